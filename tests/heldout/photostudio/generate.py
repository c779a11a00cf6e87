"""光影 LumiStudio: a chain of eight portrait photo studios (写真馆) in Shanghai, Hangzhou, Nanjing and Suzhou.
A customer finds us (Xiaohongshu 小红书 notes, Meituan 美团, Dianping 大众点评, a friend's referral or walking past the
studio), chats with the booking consultant (在线咨询 / 门店咨询), books a package and a date (档期) with a photographer
(首席 / 资深 / 标准 level) and a makeup artist, pays a deposit (定金) in the WeChat mini program 光影约拍, comes for
the shoot (化妆造型 → 拍摄), chooses photos (选片, where the selection staff sell extra retouched photos 加片, albums 相册
and desk frames 摆台), pays the balance (尾款), waits for retouching (修图) and delivery (电子版 digital or printed
album 相册), sometimes asks for a re-retouch (返修), rates us and comes back (e.g. the next kids' birthday shoot).
Cancellations >= 48 h before the shoot get the deposit back; late cancellations and no-shows (爽约) forfeit it.
History 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 8500
AI_BEAUTY = (datetime(2025, 10, 15), datetime(2026, 2, 1))      # "AI美颜 v2" skin smoothing on portrait/couple
PEAKS = [(datetime(2025, 6, 5), datetime(2025, 7, 31)),          # graduation season: retouching outsourced
         (datetime(2026, 1, 5), datetime(2026, 2, 20))]          # Spring Festival family photos: outsourced
MP_VERSIONS = [(datetime(2025, 1, 1), "2.3.0"), (datetime(2025, 6, 1), "2.4.0"), (datetime(2025, 11, 10), "2.5.1"),
               (datetime(2026, 4, 1), "2.6.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现光影", "Discover LumiStudio", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|小红书看到|美团搜到|点评搜到|路过|朋友推荐|discover|found us|first touch|saw a note"),
    ("tp_consult", "咨询客服", "Consultation", "consideration", "mini_program", "digital", "sales",
     "咨询|问价|私信|客服|问档期|consult|enquiry|inquiry|asked about prices|chat with sales"),
    ("tp_book", "预约档期", "Shoot booked", "consideration", "mini_program", "digital", "sales",
     "预约|约拍|订档期|选套餐|下单|book|booking|reserve|schedule a shoot"),
    ("tp_deposit", "付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|付定金|交定金|deposit|down payment|pay deposit"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "mini_program", "digital", "sales",
     "取消|改期不来了|退订|cancel|cancellation|cancelled"),
    ("tp_refund", "退定金", "Deposit refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|money back|deposit refund"),
    ("tp_noshow", "爽约未到店", "No-show", "service", "store", "physical", "store_ops",
     "爽约|没来|未到店|放鸽子|no-show|no show|didn't turn up|missed the shoot"),
    ("tp_makeup", "化妆造型", "Makeup & styling", "service", "store", "physical", "makeup",
     "化妆|妆造|造型|做头发|妆面|makeup|styling|hair and makeup|make-up"),
    ("tp_shoot", "拍摄", "Photo shoot", "service", "store", "physical", "photography",
     "拍摄|拍照|摄影|开拍|棚拍|shoot|photo shoot|photographer|session"),
    ("tp_select", "选片", "Photo selection", "purchase", "store", "physical", "sales",
     "选片|看片|挑照片|加片|升级相册|selection|choose photos|picking photos|extra photos|upsell"),
    ("tp_balance", "付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|结清|补款|付尾款|balance|final payment|pay the rest"),
    ("tp_retouch", "修图完成", "Retouching done", "service", "other", "digital", "retouch",
     "修图|精修|后期|P图|retouch|retouching|editing|post-production"),
    ("tp_deliver", "成片交付", "Photos delivered", "service", "mini_program", "digital", "retouch",
     "交付|取片|成片|底片|相册到手|发原片|delivery|delivered|final photos|album arrived|pick up photos"),
    ("tp_reretouch", "返修", "Re-retouch request", "service", "mini_program", "digital", "retouch",
     "返修|重修|再修一次|修改|re-retouch|redo|re-edit|touch-up request"),
    ("tp_rate", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|晒图|review|rating|rate|stars"),
    ("tp_rebook", "再次预约", "Repeat booking", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来拍|又约|老客户|rebook|repeat booking|came back|return customer"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "约拍转化", "Booking conversion", ["tp_discover", "tp_consult", "tp_book", "tp_deposit"], 14),
    ("shoot_day", "到店拍摄", "Shoot day", ["tp_deposit", "tp_makeup", "tp_shoot", "tp_select"], 90),
    ("delivery", "选片到交付", "Selection to delivery", ["tp_select", "tp_balance", "tp_retouch", "tp_deliver"], 45),
    ("cancel_refund", "取消退定金", "Cancellation refund", ["tp_cancel", "tp_refund"], 14),
    ("repeat", "回头客", "Repeat customers", ["tp_deliver", "tp_rebook"], 180),
]
CITIES = {"Shanghai": "上海", "Hangzhou": "杭州", "Nanjing": "南京", "Suzhou": "苏州"}
CITY_W = {"Shanghai": 0.46, "Hangzhou": 0.26, "Nanjing": 0.24, "Suzhou": 0.04}
STORES = [  # id, city, zh, en, opened, weight
    ("S01", "Shanghai", "上海静安店", "Shanghai Jing'an", None, 1.3),
    ("S02", "Shanghai", "上海徐汇店", "Shanghai Xuhui", None, 1.0),
    ("S03", "Shanghai", "上海五角场店", "Shanghai Wujiaochang", None, 1.1),
    ("S04", "Hangzhou", "杭州湖滨店", "Hangzhou Hubin", None, 1.2),
    ("S05", "Hangzhou", "杭州滨江店", "Hangzhou Binjiang", None, 0.9),
    ("S06", "Nanjing", "南京新街口店", "Nanjing Xinjiekou", None, 1.2),
    ("S07", "Nanjing", "南京河西店", "Nanjing Hexi", None, 0.9),
    ("S08", "Suzhou", "苏州观前店", "Suzhou Guanqian", datetime(2026, 3, 1), 1.0),
]
STORE = {s[0]: s for s in STORES}
HARD_SELL = "S03"          # Wujiaochang: selection staff on a commission scheme
NEW_STORE = "S08"          # Guanqian: new retouch hire, many re-retouch requests in its first months
LEVELS = {"chief": ("首席", 600), "senior": ("资深", 300), "standard": ("标准", 0)}   # level: zh, surcharge
PHOTOGRAPHERS = [  # id, store, level
    ("P01", "S01", "chief"), ("P02", "S01", "senior"), ("P03", "S01", "standard"),
    ("P04", "S02", "senior"), ("P05", "S02", "standard"),
    ("P06", "S03", "senior"), ("P07", "S03", "standard"),
    ("P08", "S04", "chief"), ("P09", "S04", "standard"),
    ("P10", "S05", "senior"), ("P11", "S05", "standard"),
    ("P12", "S06", "chief"), ("P13", "S06", "standard"),
    ("P14", "S07", "senior"), ("P15", "S07", "standard"),
    ("P16", "S08", "standard"),
]
RUDE_PHOTOGRAPHER = "P15"  # Hexi: dismissive with customers
MAKEUP_ARTISTS = {"S01": ["M01", "M02"], "S02": ["M03"], "S03": ["M04"], "S04": ["M05", "M06"], "S05": ["M06"],
                  "S06": ["M07", "M08"], "S07": ["M09"], "S08": ["M10"]}
BAD_MAKEUP = "M07"         # Xinjiekou: heavy, cakey makeup
PACKAGES = {  # en: zh, price, deposit, included photos, price per extra photo
    "id_photo": ("证件照", 199, 30, 2, 39), "portrait": ("个人写真", 1299, 300, 10, 98),
    "couple": ("情侣照", 1999, 500, 15, 98), "kids": ("儿童照", 1599, 300, 12, 88),
    "family": ("全家福", 1899, 400, 12, 88), "graduation": ("毕业照", 699, 200, 8, 68),
    "wedding": ("婚纱照", 6999, 2000, 30, 128),
}
CTYPES = {  # en: zh, weight, package probs (id, portrait, couple, kids, family, graduation, wedding), rebook prob,
    #          age probs (18-24, 25-34, 35-44, 45+)
    "student": ("学生", 0.22, (0.35, 0.20, 0.03, 0.0, 0.0, 0.42, 0.0), 0.22, (0.85, 0.15, 0.0, 0.0)),
    "professional": ("白领", 0.30, (0.42, 0.50, 0.03, 0.0, 0.02, 0.0, 0.03), 0.20, (0.15, 0.65, 0.17, 0.03)),
    "couple": ("情侣", 0.16, (0.05, 0.05, 0.62, 0.0, 0.0, 0.0, 0.28), 0.10, (0.25, 0.70, 0.05, 0.0)),
    "parents": ("宝爸宝妈", 0.20, (0.05, 0.05, 0.0, 0.75, 0.15, 0.0, 0.0), 0.42, (0.0, 0.50, 0.45, 0.05)),
    "family": ("家庭", 0.12, (0.05, 0.0, 0.0, 0.10, 0.85, 0.0, 0.0), 0.15, (0.0, 0.25, 0.45, 0.30)),
}
AGE_BANDS = ["18-24", "25-34", "35-44", "45+"]
CHANNELS = {  # en: zh, weight, discover -> consult prob, consult -> book prob
    "xiaohongshu": ("小红书", 0.40, 0.45, 0.48), "meituan": ("美团", 0.22, 0.70, 0.72),
    "dianping": ("大众点评", 0.18, 0.70, 0.70), "referral": ("朋友推荐", 0.10, 0.85, 0.80),
    "walk_in": ("路过进店", 0.10, 0.95, 0.75)}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "black": "黑卡"}
DELIVERY = {"digital": "电子版", "album": "实体相册"}
ORDER_ZH = {"deposit": "定金", "balance": "尾款", "extra_photos": "加片", "album": "相册", "frame": "摆台相框"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "hard_sell": (["选片的时候一直推销加片，不买就甩脸色", "选片环节强买强卖，说底片不买就要删掉", "选片师疯狂推销相册和摆台，体验很差",
                   "拍得还行，但选片推销太狠了，一个小时都在推销"],
                  ["the photo selection was a pushy hard sell for extra photos",
                   "they kept pushing upsell packages during the selection",
                   "pushy sales at the selection, felt pressured to buy the album"]),
    "slow_retouch": (["修图太慢了，说好一周结果等了快一个月", "选完片三个星期还没收到精修", "修图太慢，催了好几次客服",
                      "都过去二十多天了还没收到成片"],
                     ["retouching took forever, almost a month", "still waiting for my photos three weeks later",
                      "slow retouch, I had to chase them several times"]),
    "over_retouch": (["修得太假了，脸修变形了", "磨皮太重，根本不像我本人", "精修把脸P得太假，下巴都变形了", "磨皮磨得像塑料"],
                     ["over-retouched, my face looks plastic", "the edits are way overdone, it doesn't look like me",
                      "heavily over-retouched faces, we asked for a redo"]),
    "rude_staff": (["摄影师态度很差，全程不耐烦", "拍的时候被摄影师凶了，态度很差", "工作人员态度很差，问问题爱答不理"],
                   ["the photographer was rude to us", "staff were rude and dismissive", "rude photographer, rushed us through"]),
    "makeup": (["妆太浓了，拍出来显老", "底妆卡粉，近景全是粉", "化妆师手法一般，妆太浓还卡粉", "妆感太重，不像日常的自己"],
               ["the makeup was too heavy", "cakey foundation, it shows in every close-up",
                "makeup was too heavy and looked cakey"]),
    "deposit_lost": (["临时有事没去，定金不退，太霸道了", "提前一天取消也说定金不退", "定金被扣了，规则也没提前说清楚"],
                     ["they kept my deposit even though I told them a day before", "lost the whole deposit for missing it"]),
    "photographer_good": (["摄影师很专业，引导动作很到位", "拍得很自然，摄影师会找角度", "摄影师很专业，一点都不尴尬"],
                          ["the photographer was great, very natural poses", "photographer was great at putting us at ease",
                           "so natural, the photographer knew exactly what to do"]),
    "kids_patience": (["对小朋友很有耐心，宝宝全程在笑", "摄影师哄娃很有耐心，抓拍到好多表情", "工作人员对孩子特别有耐心"],
                      ["so patient with our toddler, great shots", "staff were really patient with the kids"]),
}
GEN = {
    "pos": (["整体很满意，下次还来", "性价比很高，会推荐给朋友", "环境好，服装也多，出片率高", "照片很好看，家里人都喜欢"],
            ["really happy with the photos", "great value, we'll come back", "lovely studio and the photos came out great"]),
    "neu": (["还行吧，中规中矩", "一般般，价格还可以", "照片还可以，没有特别惊艳"],
            ["it was ok", "average experience, nothing special"]),
    "neg": (["整体体验不好，不会再来了", "有点失望，和宣传的不一样", "花了钱不开心"],
            ["not worth the money", "disappointing, won't come back"]),
}
TOPIC_TP = [("hard_sell", "tp_select"), ("slow_retouch", "tp_deliver"), ("over_retouch", "tp_retouch"),
            ("rude_staff", "tp_shoot"), ("makeup", "tp_makeup"), ("deposit_lost", "tp_noshow"),
            ("photographer_good", "tp_shoot"), ("kids_patience", "tp_shoot")]
NEG_TOPICS = {"hard_sell", "slow_retouch", "over_retouch", "rude_staff", "makeup", "deposit_lost"}
PEN = {"hard_sell": 2.8, "slow_retouch": 1.6, "over_retouch": 2.0, "rude_staff": 2.8, "makeup": 1.6,
       "deposit_lost": 3.0}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime, ctype: str) -> float:
    m = d.month
    if ctype == "student":
        return {4: 1.6, 5: 2.4, 6: 2.0, 7: 0.8, 8: 0.6}.get(m, 0.8)
    if ctype == "family":
        return {12: 1.6, 1: 2.4, 2: 1.8, 10: 1.3}.get(m, 0.7)
    if ctype == "parents":
        return {5: 1.7, 6: 1.4, 7: 1.3, 8: 1.3, 1: 1.2}.get(m, 0.9)
    if ctype == "couple":
        return {2: 1.6, 5: 1.5, 9: 1.2, 10: 1.2}.get(m, 0.9)
    return 1.0


def mp_version(t: datetime) -> str:
    v = MP_VERSIONS[0][1]
    for start, ver in MP_VERSIONS:
        if t >= start:
            v = ver
    return v


def open_stores(city: str, t: datetime):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


def in_peak(t: datetime) -> bool:
    return any(a <= t < b for a, b in PEAKS)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="store" if otype in ("extra_photos", "album", "frame") else "mini_program",
                   device=c["device"], order_type=otype, 订单类型=ORDER_ZH[otype], booking_id=bk["id"])
        for k in ("store_id", "store", "store_en", "store_city", "门店城市", "package", "套餐", "photographer_id",
                  "photographer_level", "摄影师级别"):
            row[k] = bk["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, bk=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (gen == "pos" or bool(topics))
        senti = "neg" if neg else ("pos" if pos else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市", "package", "套餐", "photographer_id",
                      "makeup_artist_id"):
                row[k] = bk["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, ws = [], {k: [] for k in CTYPES}
        d = START
        while d <= datetime(2026, 6, 20):
            days.append(d)
            growth = 0.6 + 0.8 * (d - START).days / 535
            for k in CTYPES:
                ws[k].append(growth * season(d, k))
            d += D(days=1)
        self.cust = []
        types = [pick(list(CTYPES), [v[1] for v in CTYPES.values()]) for _ in range(N_CUST)]
        for i, ct in enumerate(types):
            w = np.array(ws[ct])
            day = days[int(rng.choice(len(days), p=w / w.sum()))]
            t = day + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITY_W), list(CITY_W.values()))
            if city == "Suzhou" and t < STORE[NEW_STORE][4]:
                city = "Shanghai"
            stores = open_stores(city, t)
            home = pick(stores, [s[5] for s in stores])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            age = pick(AGE_BANDS, CTYPES[ct][4])
            en_share = 0.18 if city == "Shanghai" else 0.06
            self.cust.append(dict(
                customer_id=f"CU{i + 1:05d}", discover=t, city=city, home=home[0], ctype=ct, channel=ch, age=age,
                gender=pick(["female", "male"], [0.68, 0.32]), device=pick(["ios", "android"], [0.55, 0.45]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh", spend=0.0, shoots=0,
                first_dep=None, last_shoot=None))
        self.cust.sort(key=lambda c: c["discover"])
        for i, c in enumerate(self.cust):
            c["customer_id"] = f"CU{i + 1:05d}"

    # ---------- one booking ----------
    def booking(self, c, t_book: datetime, n_prev: int, consult: bool):
        ct = CTYPES[c["ctype"]]
        pkg = pick(list(PACKAGES), ct[2])
        if n_prev > 0 and c["ctype"] == "student":
            pkg = "id_photo" if rng.random() < 0.6 else "portrait"
        pz = PACKAGES[pkg]
        stores = open_stores(c["city"], t_book)
        store = STORE[c["home"]] if (rng.random() < 0.85 or len(stores) == 1) else \
            stores[int(rng.integers(len(stores)))]
        phs = [p for p in PHOTOGRAPHERS if p[1] == store[0]]
        lv_w = {"chief": 0.35 if pkg in ("wedding", "couple") else 0.15, "senior": 0.35, "standard": 0.5}
        if pkg == "id_photo":
            lv_w = {"chief": 0.0, "senior": 0.1, "standard": 0.9}
        ph = pick(phs, [lv_w[p[2]] + 1e-6 for p in phs])
        mua = MAKEUP_ARTISTS[store[0]][int(rng.integers(len(MAKEUP_ARTISTS[store[0]])))]
        price = pz[1] + (LEVELS[ph[2]][1] if pkg != "id_photo" else 0)
        if pkg == "id_photo":
            lead = float(rng.uniform(0.2, 3))
        elif pkg == "wedding":                         # wedding shoots are booked weeks ahead
            lead = float(min(75, rng.lognormal(np.log(35), 0.4)))
        else:
            lead = float(min(20, rng.lognormal(np.log(7), 0.5)))
        shoot_day = t_book + D(days=lead)
        shoot_at = datetime(shoot_day.year, shoot_day.month, shoot_day.day) + D(hours=float(rng.integers(9, 17)))
        if shoot_at < t_book + D(hours=2):
            shoot_at += D(days=1)
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        common = dict(device=c["device"], mp_version=mp_version(t_book), store_id=store[0], store=store[2],
                      store_en=store[3], store_city=store[1], 门店城市=CITIES[store[1]], package=pkg, 套餐=pz[0],
                      photographer_id=ph[0], photographer_level=ph[2], 摄影师级别=LEVELS[ph[2]][0],
                      makeup_artist_id=mua, package_price=price)
        bk = dict(id=bid, common=common)
        if n_prev > 0:
            self.ev(c, t_book - D(minutes=float(rng.uniform(1, 10))), "tp_rebook", bid, "rebook", bk,
                    channel="mini_program")
        if consult:
            gap_h = min(float(rng.uniform(0.1, 30)), (t_book - c["discover"]).total_seconds() / 3600 * 0.8)
            self.ev(c, t_book - D(hours=gap_h), "tp_consult", bid, "chat", bk,
                    channel="mini_program" if c["channel"] != "walk_in" else "store")
        self.ev(c, t_book, "tp_book", bid, "submit", bk, channel="mini_program", shoot_at=ts(shoot_at))
        if rng.random() < 0.12:
            return None                                # booking hold expired without a deposit
        t_dep = t_book + D(minutes=float(rng.lognormal(np.log(20), 1.0)))
        dep = pz[2]
        self.ev(c, t_dep, "tp_deposit", bid, "paid", bk, channel="mini_program", amount=dep)
        dep_order = self.order(c, t_dep, dep, "deposit", bk, payment_method="wechat_pay", 支付方式="微信支付")
        c["spend"] += dep
        if c["first_dep"] is None:
            c["first_dep"] = t_dep
        # cancellation / no-show
        r = rng.random()
        p_noshow = 0.14 if pkg == "id_photo" else (0.07 if c["channel"] == "meituan" else 0.035)
        if r < 0.05:
            t_c = t_dep + (shoot_at - t_dep) * float(rng.uniform(0.1, 0.98))
            early = (shoot_at - t_c) >= D(hours=48)
            self.ev(c, t_c, "tp_cancel", bid, "cancel", bk, channel="mini_program",
                    hours_before_shoot=round((shoot_at - t_c).total_seconds() / 3600, 1))
            if early:
                t_r = t_c + D(days=float(rng.uniform(0.2, 3)))
                if self.ev(c, t_r, "tp_refund", bid, "refund", bk, channel="mini_program", refund_amount=dep,
                           refund_reason="cancelled_48h", 退款原因="提前48小时取消") and dep_order is not None:
                    dep_order["status"] = "refunded"
                    dep_order["refunded_at"] = ts(t_r)
                    c["spend"] -= dep
            else:
                if dep_order is not None:
                    dep_order["deposit_forfeited"] = True
                if rng.random() < 0.35:
                    self.fb(c, t_c + D(days=float(rng.uniform(0.1, 2))), ["deposit_lost"], "service_ticket", bk=bk,
                            tp="tp_cancel")
            return dict(end=t_c, shot=False)
        if r < 0.05 + p_noshow:
            self.ev(c, shoot_at + D(minutes=30), "tp_noshow", bid, "no_show", bk, channel="store",
                    forfeited_amount=dep)
            if dep_order is not None:
                dep_order["deposit_forfeited"] = True
            if rng.random() < 0.15:
                self.fb(c, shoot_at + D(days=float(rng.uniform(0.5, 5))), ["deposit_lost"], "service_ticket", bk=bk)
            return dict(end=shoot_at, shot=False)
        # shoot day
        t_mk = shoot_at + D(minutes=float(rng.uniform(-10, 15)))
        mk_min = float(rng.uniform(10, 20)) if pkg == "id_photo" else float(rng.uniform(45, 100))
        self.ev(c, t_mk, "tp_makeup", bid, "makeup_start", bk, device=None, channel="store",
                makeup_minutes=round(mk_min))
        t_sh = t_mk + D(minutes=mk_min)
        outfits = 1 if pkg == "id_photo" else int(rng.integers(2, 5))
        self.ev(c, t_sh, "tp_shoot", bid, "shoot", bk, device=None, channel="store", outfits=outfits,
                raw_photos=int(rng.integers(20, 40)) if pkg == "id_photo" else int(rng.integers(150, 400)))
        c["shoots"] += 1
        c["last_shoot"] = t_sh
        # selection (same day for ID photos, a few days later for the rest)
        if pkg == "id_photo":
            t_sel = t_sh + D(minutes=float(rng.uniform(20, 50)))
        else:
            d_ = int(rng.integers(2, 7))
            t_sel = datetime(t_sh.year, t_sh.month, t_sh.day) + D(days=d_, hours=float(rng.uniform(10, 19)))
        # upsell
        p_up = 0.15 if pkg == "id_photo" else 0.42
        if store[0] == HARD_SELL:
            p_up = 0.35 if pkg == "id_photo" else 0.80
        if ph[2] == "chief":
            p_up += 0.08
        upsell = rng.random() < p_up
        n_extra, album, frame = 0, False, False
        if upsell:
            n_extra = int(rng.integers(1, 4)) if pkg == "id_photo" else int(rng.integers(3, 13 if store[0] != HARD_SELL
                                                                                          else 21))
            if pkg != "id_photo":
                album = rng.random() < (0.55 if store[0] == HARD_SELL else 0.35)
                frame = rng.random() < 0.3
        if not self.ev(c, t_sel, "tp_select", bid, "selected", bk, device=None, channel="store",
                       selected_photos=pz[3] + n_extra, extra_photos=n_extra, upsold=upsell):
            return dict(end=t_sel, shot=True)
        extra_amt = n_extra * pz[4]
        if n_extra:
            self.order(c, t_sel + D(minutes=2), extra_amt, "extra_photos", bk, payment_method="wechat_pay",
                       支付方式="微信支付", quantity=n_extra)
        if album:
            a_amt = 1280.0 if pkg in ("wedding", "couple") or rng.random() < 0.4 else 680.0
            self.order(c, t_sel + D(minutes=3), a_amt, "album", bk, payment_method="wechat_pay", 支付方式="微信支付",
                       quantity=1)
            extra_amt += a_amt
        if frame:
            self.order(c, t_sel + D(minutes=4), 199.0, "frame", bk, payment_method="wechat_pay", 支付方式="微信支付",
                       quantity=1)
            extra_amt += 199.0
        c["spend"] += extra_amt
        hard = store[0] == HARD_SELL and upsell and rng.random() < 0.30 or \
            store[0] != HARD_SELL and upsell and rng.random() < 0.025
        # balance
        if rng.random() < 0.015:
            return dict(end=t_sel, shot=True)          # disputed, never paid the balance
        t_bal = t_sel + D(minutes=float(rng.uniform(5, 30)))
        bal = price - pz[2]
        self.ev(c, t_bal, "tp_balance", bid, "paid", bk, channel="mini_program", amount=bal)
        self.order(c, t_bal, bal, "balance", bk, payment_method=pick(["wechat_pay", "alipay"], [0.8, 0.2]))
        self.orders[-1]["支付方式"] = "微信支付" if self.orders[-1]["payment_method"] == "wechat_pay" else "支付宝"
        c["spend"] += bal
        # retouching
        peak = in_peak(t_sel) and pkg != "id_photo"
        vendor = "outsourced" if peak else "in_house"
        tool = "AI-Beauty v2" if (AI_BEAUTY[0] <= t_sel < AI_BEAUTY[1] and pkg in ("portrait", "couple")) else \
            ("AI-Beauty v2.1" if t_sel >= AI_BEAUTY[1] and pkg in ("portrait", "couple") else "manual")
        if pkg == "id_photo":
            t_rt = t_sel + D(hours=float(rng.uniform(1, 5)))
        else:
            med = 16.0 if peak else (9.0 if pkg == "wedding" else 6.5)
            t_rt = t_sel + D(days=float(min(40, rng.lognormal(np.log(med), 0.35))))
        if not self.ev(c, t_rt, "tp_retouch", bid, "retouched", bk, device=None, channel="retouch_center",
                       retouch_vendor=vendor, 修图方="外包修图" if vendor == "outsourced" else "自营修图中心",
                       retouch_tool=tool, photos_retouched=pz[3] + n_extra):
            return dict(end=t_rt, shot=True)
        dtype = "album" if album else "digital"
        t_dl = t_rt + (D(days=float(rng.uniform(8, 16))) if album else D(hours=float(rng.uniform(0.5, 20))))
        if not self.ev(c, t_dl, "tp_deliver", bid, "delivered", bk, channel="mini_program", delivery_type=dtype,
                       交付方式=DELIVERY[dtype], days_since_selection=round((t_dl - t_sel).total_seconds() / 86400, 1)):
            return dict(end=t_dl, shot=True)
        # experience topics
        topics = []
        if hard:
            topics.append("hard_sell")
        if peak and (t_dl - t_sel).days >= 14 and rng.random() < 0.35:
            topics.append("slow_retouch")
        elif not peak and (t_dl - t_sel).days >= 14 and rng.random() < 0.06:
            topics.append("slow_retouch")
        p_over = 0.02
        if tool == "AI-Beauty v2":
            p_over = 0.28
        if store[0] == NEW_STORE and pkg != "id_photo":
            p_over = 0.45
        over = rng.random() < p_over
        if over and rng.random() < 0.7:
            topics.append("over_retouch")
        if ph[0] == RUDE_PHOTOGRAPHER and rng.random() < 0.35 or rng.random() < 0.008:
            topics.append("rude_staff")
        if pkg != "id_photo" and (mua == BAD_MAKEUP and rng.random() < 0.30 or rng.random() < 0.015):
            topics.append("makeup")
        bad = bool(topics)
        if "rude_staff" not in topics and rng.random() < {"chief": 0.35, "senior": 0.15, "standard": 0.06}[ph[2]]:
            topics.append("photographer_good")
        if pkg == "kids" and "rude_staff" not in topics and rng.random() < 0.3:
            topics.append("kids_patience")
        # re-retouch request
        p_re = 0.05 + (0.65 if over else 0.0) + (0.03 if pkg in ("wedding", "couple", "portrait") else 0.0)
        if pkg == "id_photo":
            p_re = 0.02
        if rng.random() < p_re:
            t_re = t_dl + D(days=float(rng.uniform(0.2, 6)))
            reason = "over_retouched" if over else pick(["skin_tone", "background", "body_shape"], [0.4, 0.3, 0.3])
            self.ev(c, t_re, "tp_reretouch", bid, "request", bk, channel="mini_program", reretouch_reason=reason,
                    返修原因={"over_retouched": "修得太假", "skin_tone": "肤色", "background": "背景",
                          "body_shape": "身形"}[reason])
        # ratings
        p_rate = 0.45 if bad else 0.28
        stars_base = float(pick([5, 4, 3, 2], [0.55, 0.32, 0.09, 0.04]))
        if ph[2] == "chief" and rng.random() < 0.5:
            stars_base = min(5.0, stars_base + 1)

        def stars_for():
            s = stars_base
            for k in topics:
                s -= PEN.get(k, 0.0)
            return float(min(5, max(1, round(s + float(rng.normal(0, 0.3))))))

        if rng.random() < p_rate:
            stars = stars_for()
            t_r = t_dl + D(hours=float(rng.lognormal(np.log(20), 1.0)))
            if self.ev(c, t_r, "tp_rate", bid, "rate", bk, channel="mini_program", stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics, "mini_program_review", rating=stars, bk=bk, gen=gen)
        if c["channel"] in ("meituan", "dianping") and rng.random() < 0.22:
            stars = stars_for()
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_dl + D(hours=float(rng.uniform(3, 96))), topics, f"{c['channel']}_review", rating=stars,
                    bk=bk, gen=gen, undated=(c["channel"] == "dianping" and rng.random() < 0.25))
        if rng.random() < 0.07:
            nps = int(np.clip(round(rng.normal(8.6 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_dl + D(days=2, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "wechat_survey", nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < (0.25 if c["channel"] == "xiaohongshu" else 0.05):
            self.fb(c, t_dl + D(days=float(rng.uniform(0.5, 10))), topics, "xiaohongshu_note", bk=bk,
                    undated=rng.random() < 0.35, no_customer=rng.random() < 0.4)
        if "slow_retouch" in topics and rng.random() < 0.5:
            self.fb(c, t_sel + D(days=14, hours=float(rng.uniform(0, 48))), ["slow_retouch"], "service_ticket", bk=bk)
        if over and rng.random() < 0.2:
            self.fb(c, t_dl + D(days=float(rng.uniform(0.2, 3))), ["over_retouch"], "service_ticket", bk=bk)
        return dict(end=t_dl, shot=True, bad=bad)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", device=c["device"], channel=c["channel"],
                    mp_version=mp_version(c["discover"]))
            ch = CHANNELS[c["channel"]]
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(hours=float(min(300, rng.exponential(30) + 0.3)))
            if rng.random() > ch[3]:
                self.ev(c, t, "tp_consult", None, "chat", channel="mini_program" if c["channel"] != "walk_in"
                        else "store", device=c["device"])
                continue
            t += D(hours=float(min(200, rng.exponential(20) + 0.5)))
            n = 0
            while t <= END:
                res = self.booking(c, t, n, consult=(n == 0 or rng.random() < 0.4))
                n += 1
                if res is None:
                    if rng.random() < 0.4:
                        t += D(hours=float(rng.uniform(2, 96)))
                        continue
                    break
                if not res["shot"]:
                    if rng.random() < 0.3:
                        t = res["end"] + D(days=float(rng.uniform(3, 30)))
                        continue
                    break
                p_ret = CTYPES[c["ctype"]][3] * (0.6 if res.get("bad") else 1.0)
                if rng.random() > p_ret:
                    break
                t = res["end"] + D(days=float(rng.uniform(10, 170)))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 22)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "black" if s >= 8000 else "gold" if s >= 4000 else "silver" if s >= 1500 else "regular"
            if c["first_dep"] is None:
                seg = "prospect"
            elif c["first_dep"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["shoots"] >= 2:
                seg = "repeat"
            elif c["shoots"] == 1:
                seg = "one_time"
            else:
                seg = "lost"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], home_store_id=c["home"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "mp_version", "store_id", "store", "store_en", "store_city", "门店城市", "package", "套餐", "package_price",
           "photographer_id", "photographer_level", "摄影师级别", "makeup_artist_id", "shoot_at", "amount",
           "hours_before_shoot", "refund_amount", "refund_reason", "退款原因", "forfeited_amount", "makeup_minutes",
           "outfits", "raw_photos", "selected_photos", "extra_photos", "upsold", "retouch_vendor", "修图方",
           "retouch_tool", "photos_retouched", "delivery_type", "交付方式", "days_since_selection", "reretouch_reason",
           "返修原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "store_id", "store", "store_en", "store_city", "门店城市", "package", "套餐",
            "photographer_id", "photographer_level", "摄影师级别", "payment_method", "支付方式", "quantity",
            "deposit_forfeited", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "store_id", "store", "store_en", "store_city", "门店城市", "package", "套餐", "photographer_id",
           "makeup_artist_id"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "customer_type", "客户类型", "age_band", "gender", "phone_os", "home_store_id",
             "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the mini program re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    for o in g.orders:
        if o["order_type"] == "deposit":
            o["deposit_forfeited"] = bool(o.get("deposit_forfeited", False))
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
