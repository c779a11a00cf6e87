"""萌宠之家 PawStay: a chain of 12 pet boarding hotels (宠物寄养) in five cities. A pet owner finds us (Meituan,
Xiaohongshu, a vet clinic's referral or a friend), sometimes asks customer service first, books a stay for a dog or a
cat (标准笼位 standard cage for dogs, 猫咪独立房 cattery room, 豪华套房 suite) for a number of nights, pays a 30 %
deposit (定金), drops the pet off (the vaccination record is checked at the door; pets without valid vaccines are
refused and the deposit is refunded), gets daily photo / video updates in the mini program, may add services
(bath, grooming, extra walks, medication), sometimes the pet falls ill or gets stressed and sees the partner vet (the
vet fee is billed to the owner), may extend the stay or pick the pet up early, pays the balance (尾款) at pick-up,
rates the stay and books again. Spring Festival and National Day are peaks with a holiday surcharge.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 4200
NANSHAN_SHORT = (datetime(2025, 11, 1), datetime(2026, 3, 1))     # Shenzhen Nanshan: two carers quit, few updates
PUDONG_SMELL = (datetime(2025, 7, 1), datetime(2025, 9, 1))       # Shanghai Pudong: ventilation broken in summer
PEAKS = [  # name, first night, last night, surcharge
    ("spring_festival", datetime(2025, 1, 25), datetime(2025, 2, 5), 1.5),
    ("national_day", datetime(2025, 9, 29), datetime(2025, 10, 8), 1.3),
    ("spring_festival", datetime(2026, 2, 12), datetime(2026, 2, 24), 1.5),
]
APP_VERSIONS = [(datetime(2025, 1, 1), "5.1.0"), (datetime(2025, 6, 3), "5.2.0"), (datetime(2025, 11, 18), "5.3.0"),
                (datetime(2026, 4, 8), "5.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现萌宠之家", "Discover PawStay", "awareness", "social", "digital", "marketing",
     "发现|找到我们|刷到|小红书看到|美团搜到|医生推荐|朋友推荐|discover|found us|first touch"),
    ("tp_inquiry", "咨询客服", "Ask customer service", "consideration", "mini_program", "digital", "customer_service",
     "咨询|问客服|问房|问价格|有没有房|inquiry|ask|question|availability"),
    ("tp_book", "提交预订", "Stay booked", "consideration", "mini_program", "digital", "store_ops",
     "预订|订房|下单|订寄养|book|booking|reservation|reserve"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|付定金|交定金|deposit|pay deposit|prepay"),
    ("tp_cancel", "取消预订", "Booking cancelled", "service", "mini_program", "digital", "store_ops",
     "取消|退订|不寄了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|deposit back|money back"),
    ("tp_vax_check", "疫苗核验", "Vaccination check", "service", "store", "physical", "store_ops",
     "疫苗|疫苗本|查疫苗|核验|拒收|vaccine|vaccination|vax check|shot record|refused"),
    ("tp_checkin", "入住交接", "Drop-off / check-in", "service", "store", "physical", "store_ops",
     "入住|送宠|交接|到店|寄进去|drop-off|drop off|check-in|checkin"),
    ("tp_daily_update", "每日照片视频", "Daily photo & video update", "service", "mini_program", "digital", "care_team",
     "每日更新|照片|视频|汇报|日报|看娃|daily update|photos|videos|pet cam|updates"),
    ("tp_addon", "加购服务", "Add-on service", "purchase", "mini_program", "digital", "care_team",
     "加购|洗澡|美容|加遛|喂药|附加服务|add-on|addon|bath|grooming|extra walk|medication"),
    ("tp_vet", "兽医就诊", "Vet visit", "service", "store", "physical", "care_team",
     "兽医|看病|就诊|生病|拉肚子|应激|vet|vet visit|sick|ill|stressed"),
    ("tp_extend", "续住", "Stay extended", "purchase", "mini_program", "digital", "store_ops",
     "续住|延长|多住几天|加天数|extend|extension|extra nights"),
    ("tp_pickup", "接宠离店", "Pick-up", "service", "store", "physical", "store_ops",
     "接宠|接回|离店|提前接走|pick-up|pickup|collect|early pickup"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|结账|结算|补款|balance|final payment|settle"),
    ("tp_rate", "评价寄养", "Stay review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|好评|差评|rate|rating|review|stars"),
    ("tp_rebook", "再次预订", "Repeat booking", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再次寄养|又订|再来|rebook|repeat booking|came back|return stay"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预订下单", "Booking", ["tp_discover", "tp_book", "tp_deposit"], 7),
    ("stay", "入住寄养", "Boarding stay", ["tp_deposit", "tp_vax_check", "tp_checkin", "tp_pickup"], 60),
    ("checkout", "离店结算", "Pick-up & settle", ["tp_pickup", "tp_balance", "tp_rate"], 3),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 14),
    ("rebook", "回头客", "Repeat stay", ["tp_pickup", "tp_rebook"], 90),
]
CITIES = {  # en: zh, weight, english-speaking share
    "Shanghai": ("上海", 0.30, 0.22), "Beijing": ("北京", 0.25, 0.12), "Hangzhou": ("杭州", 0.15, 0.06),
    "Shenzhen": ("深圳", 0.18, 0.18), "Chengdu": ("成都", 0.12, 0.05),
}
STORES = [  # id, city, zh, en, opened
    ("S01", "Shanghai", "上海静安店", "Shanghai Jing'an", None), ("S02", "Shanghai", "上海浦东店", "Shanghai Pudong", None),
    ("S03", "Shanghai", "上海徐汇店", "Shanghai Xuhui", None), ("S04", "Beijing", "北京朝阳店", "Beijing Chaoyang", None),
    ("S05", "Beijing", "北京海淀店", "Beijing Haidian", None), ("S06", "Beijing", "北京顺义店", "Beijing Shunyi", None),
    ("S07", "Hangzhou", "杭州西湖店", "Hangzhou West Lake", None), ("S08", "Hangzhou", "杭州滨江店", "Hangzhou Binjiang", None),
    ("S09", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None), ("S10", "Shenzhen", "深圳福田店", "Shenzhen Futian", None),
    ("S11", "Chengdu", "成都高新店", "Chengdu Hi-Tech", None),
    ("S12", "Chengdu", "成都锦江店", "Chengdu Jinjiang", datetime(2026, 5, 1)),
]
STORE = {s[0]: s for s in STORES}
NEW_STORE = "S12"
CHANNELS = {  # id: zh, weight, p(book after discovering), p(come back after a stay), vaccine refusal on a first stay
    "meituan": ("美团", 0.34, 0.62, 0.30, 0.13),
    "xiaohongshu": ("小红书", 0.30, 0.36, 0.34, 0.09),
    "vet_referral": ("宠物医院推荐", 0.14, 0.86, 0.58, 0.015),
    "friend": ("朋友推荐", 0.22, 0.74, 0.50, 0.05),
}
ROOMS = {"standard_cage": ("标准笼位", None), "cattery_room": ("猫咪独立房", 118), "suite": ("豪华套房", 228)}
CAGE_PRICE = {"small": 88, "medium": 108, "large": 138}
PET_ZH = {"dog": "狗", "cat": "猫"}
SIZE_ZH = {"small": "小型犬", "medium": "中型犬", "large": "大型犬", None: None}
ADDONS = {  # id: zh, price choices, p(dog), p(cat)
    "bath": ("洗澡", [68, 88, 108], 0.34, 0.12),
    "grooming": ("美容", [168, 228, 298], 0.14, 0.06),
    "extra_walk": ("加遛", [30, 40], 0.22, 0.0),
    "medication": ("喂药", [20, 30], 0.06, 0.07),
}
VET_REASONS = {"diarrhea": "腹泻", "stress": "应激", "not_eating": "不吃饭", "skin": "皮肤问题"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "meituan": "美团支付"}
REFUND_REASON = {"customer_cancelled": "主人取消", "vaccine_refused": "疫苗不合格拒收"}
AGE_BANDS = ["18-24", "25-30", "31-40", "41-55", "56+"]
BREEDS = {"dog": {"small": ["泰迪", "比熊", "博美", "柯基"], "medium": ["柴犬", "边牧", "法斗"],
                  "large": ["金毛", "拉布拉多", "萨摩耶", "哈士奇"]},
          "cat": ["英短", "美短", "布偶", "中华田园猫", "暹罗"]}

NEG_TOPICS = {"no_update", "weight_loss", "smell", "price_hike", "pet_ill", "vax_refused", "refund_slow"}
TXT = {  # topic: (zh texts, en texts); every text carries its topic's marker words and no other topic's
    "no_update": (["一整天都没收到照片", "说好的每日视频，两天都没更新", "没收到照片也没收到视频，心里很慌",
                   "寄养三天只发了一次照片，其他时候都没更新", "问了好几次才发照片，之前一直没收到"],
                  ["no photo updates for two whole days", "we were promised daily videos but got no updates",
                   "no photos, no videos, nothing - very stressful", "only one photo in three days, no updates otherwise"]),
    "weight_loss": (["接回来明显瘦了一圈", "猫咪瘦了快半斤", "回家一称瘦了好多，是不是没好好吃饭",
                     "毛孩子瘦了，心疼"],
                    ["my cat lost weight during the stay", "he clearly lost weight, was he eating at all",
                     "she came back thinner, lost weight in just a week"]),
    "smell": (["一进门就一股臭味", "房间有异味，接回来身上也臭", "味道很大，通风太差了，臭烘烘的"],
              ["the place had a strong smell", "my dog came home with a bad smell", "the kennel area stank"]),
    "price_hike": (["春节涨价也太狠了", "过节一晚贵了一半，涨价太离谱", "节假日涨价没提前说清楚"],
                   ["the holiday surcharge is outrageous", "huge price hike over the holidays",
                    "prices jacked up 50% for the holiday"]),
    "pet_ill": (["寄养期间拉肚子了", "狗狗回来一直拉肚子", "猫咪应激了，好几天不吃东西", "宝贝生病了还得带去看兽医"],
                ["my dog got diarrhea while boarding", "the cat got stressed and stopped eating",
                 "she got sick and needed the vet"]),
    "vax_refused": (["疫苗差几天就被拒收了，白跑一趟", "到店才说疫苗本不合格，早说呀", "疫苗要求没提前讲清楚"],
                    ["turned away at drop-off over the vaccination record", "nobody told us the vaccination rules",
                     "refused because a vaccine was a few days overdue"]),
    "refund_slow": (["定金退款太慢了，三天了还没到账", "取消了定金还没退回来"],
                    ["deposit refund still hasn't arrived", "cancelled days ago and the refund is still pending"]),
    "staff_care": (["店员照顾得很好，特别用心", "阿姨很细心，每天都会说它吃了多少", "工作人员很有爱心，照顾得很好"],
                   ["the staff took great care of him", "very caring and attentive team",
                    "the carers were so attentive and kind"]),
    "grooming": (["顺便做了美容，剪得很漂亮", "洗完澡毛很顺，美容做得不错"],
                 ["the grooming was excellent", "looked amazing after the grooming"]),
}
GEN = {
    "pos": (["下次还来", "推荐给朋友了", "整体满意", "放心"], ["will come back", "recommended to friends",
                                                       "happy overall", "peace of mind"]),
    "neu": (["还行吧", "中规中矩", "一般般"], ["it was okay", "average", "fine I guess"]),
    "neg": (["有点失望", "不会再来了", "体验不太好"], ["a bit disappointed", "not coming back", "not a great experience"]),
}
TOPIC_TP = [("vax_refused", "tp_vax_check"), ("refund_slow", "tp_refund"), ("pet_ill", "tp_vet"),
            ("weight_loss", "tp_pickup"), ("no_update", "tp_daily_update"), ("price_hike", "tp_balance"),
            ("smell", "tp_checkin"), ("grooming", "tp_addon"), ("staff_care", "tp_rate")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    cw = np.cumsum(np.asarray(weights, dtype=float))
    return items[min(len(items) - 1, int(np.searchsorted(cw, rng.random() * cw[-1], side="right")))]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def peak_of(d: datetime):
    for p in PEAKS:
        if p[1] <= d <= p[2]:
            return p
    return None


def open_stores(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


def at_hour(d: datetime, lo: float, hi: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_st = 0

    def ev(self, c, t, tp, sid, action, st=None, app=True, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if app else None,
                   channel="mini_program" if app else "store", app_version=app_version(t) if app else None)
        if st:
            row.update(st["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, st, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"deposit": "定金", "balance": "尾款", "addon": "加购服务", "extension": "续住费", "vet_fee": "兽医费"}[otype]
        pm = kw.pop("payment_method", st["pm"] if otype == "deposit" else c["pay_pref"])
        row = dict(order_id=f"P{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="meituan" if pm == "meituan" else "mini_program", device=c["device"],
                   order_type=otype, 订单类型=zh, payment_method=pm, 支付方式=PAY[pm], stay_id=st["id"])
        for k in ("store_id", "store", "store_en", "store_city", "门店城市", "room_type", "房型", "pet_type", "宠物类型"):
            row[k] = st["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, st=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & {"staff_care", "grooming"}) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, stay_id=st["id"] if st else None)
        if st:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市", "room_type", "房型", "pet_type", "宠物类型"):
                row[k] = st["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            w = 0.6 + 0.8 * (d - START).days / 600
            for _, a, _b, _s in PEAKS:              # owners look for boarding 1-4 weeks before a holiday
                if a - D(days=30) <= d < a - D(days=2):
                    w *= 2.3
            if d.month in (7, 8):
                w *= 1.3                             # summer travel
            days.append((d, w))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        cities = list(CITIES)
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(cities, [CITIES[x][1] for x in cities])
            stores = open_stores(city, t)
            if city == "Chengdu" and len(stores) > 1 and rng.random() < 0.5:
                home = STORE[NEW_STORE]
            else:
                home = stores[int(rng.integers(len(stores)))]
            pet = pick(["dog", "cat"], [0.58, 0.42])
            size = pick(["small", "medium", "large"], [0.5, 0.3, 0.2]) if pet == "dog" else None
            breed = str(rng.choice(BREEDS["dog"][size] if pet == "dog" else BREEDS["cat"]))
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            en_share = CITIES[city][2]
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", discover=t, city=city, home=home[0], channel=ch, pet=pet, size=size,
                breed=breed, age=pick(AGE_BANDS, [0.18, 0.34, 0.30, 0.14, 0.04]),
                gender=pick(["female", "male"], [0.68, 0.32]), device=pick(["ios", "android"], [0.52, 0.48]),
                pay_pref=pick(["wechat_pay", "alipay"], [0.7, 0.3]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, stays=0, first_dep=None, last_stay=None,
                pet_name=str(rng.choice(["豆豆", "可乐", "团子", "Lucky", "Momo", "奶茶", "布丁", "Coco", "旺财", "咪咪"]))))

    # ---------- one stay ----------
    def stay(self, c, t_book: datetime, n_prev: int):
        stores = open_stores(c["city"], t_book)
        store = STORE[c["home"]] if (rng.random() < 0.9 or len(stores) == 1) else stores[int(rng.integers(len(stores)))]
        if store[4] is not None and store[4] > t_book:
            store = stores[0]
        if c["pet"] == "dog":
            room = "suite" if rng.random() < 0.2 else "standard_cage"
        else:
            room = "suite" if rng.random() < 0.15 else "cattery_room"
        price = CAGE_PRICE[c["size"]] if room == "standard_cage" else ROOMS[room][1]
        # dates: most owners board for a trip a few days ahead; before a holiday they book the holiday
        start = None
        for _, a, b, _s in PEAKS:
            if a - D(days=32) <= t_book < a - D(days=1) and rng.random() < 0.75:
                start = a + D(days=int(rng.integers(-2, 3)))
                nights = int(max(3, min(16, round(rng.normal((b - a).days * 0.8, 2.5)))))
                break
        if start is None:
            start = datetime(t_book.year, t_book.month, t_book.day) + D(days=int(min(40, 1 + rng.lognormal(np.log(5), 0.7))))
            nights = int(min(21, 1 + rng.geometric(0.28)))
        if start <= t_book:
            start = datetime(t_book.year, t_book.month, t_book.day) + D(days=1)
        night_prices = []
        for k in range(nights):
            p = peak_of(start + D(days=k))
            night_prices.append(round(price * (p[3] if p else 1.0)))
        total = float(sum(night_prices))
        holiday = any(peak_of(start + D(days=k)) for k in range(nights))
        if n_prev == 0 and c["channel"] == "meituan" and rng.random() < 0.7:
            pm = "meituan"
        else:
            pm = c["pay_pref"]
        self.n_st += 1
        sid = f"ST{self.n_st:06d}"
        common = dict(store_id=store[0], store=store[2], store_en=store[3], store_city=store[1],
                      门店城市=CITIES[store[1]][0], room_type=room, 房型=ROOMS[room][0], pet_type=c["pet"],
                      宠物类型=PET_ZH[c["pet"]], pet_size=c["size"], 体型=SIZE_ZH[c["size"]], breed=c["breed"])
        st = dict(id=sid, common=common, pm=pm)
        if n_prev > 0:
            self.ev(c, t_book, "tp_rebook", sid, "rebook", st)
        self.ev(c, t_book, "tp_book", sid, "submit", st, nights=nights, stay_start=start.strftime("%Y-%m-%d"),
                holiday_peak=holiday, quoted_total=total)
        if rng.random() > (0.80 if holiday else 0.90):
            return None                                  # booked but the deposit was never paid (hold expired)
        deposit = round(total * 0.3)
        t_dep = t_book + D(minutes=float(rng.lognormal(np.log(6), 0.9)))
        self.ev(c, t_dep, "tp_deposit", sid, "success", st, amount=deposit, payment_method=pm, 支付方式=PAY[pm],
                nights=nights, holiday_peak=holiday)
        dep_order = self.order(c, t_dep, deposit, "deposit", st, nights=nights)
        if c["first_dep"] is None:
            c["first_dep"] = t_dep
        c["spend"] += deposit
        # cancellation: a refund when cancelled 3+ days before the stay, else the deposit is kept
        if rng.random() < 0.07:
            t_c = t_dep + (start - t_dep) * float(rng.uniform(0.05, 0.95))
            self.ev(c, t_c, "tp_cancel", sid, "cancel", st, payment_method=pm, 支付方式=PAY[pm],
                    days_before_start=(start - t_c).days)
            if (start - t_c).days >= 3:
                t_r = t_c + (D(days=float(rng.lognormal(np.log(3.4), 0.4))) if pm == "meituan"
                             else D(minutes=float(rng.uniform(2, 30))))
                self.refund(c, st, t_r, deposit, dep_order, "customer_cancelled")
                if pm == "meituan" and (t_r - t_c).days >= 3 and rng.random() < 0.5:
                    self.fb(c, t_c + D(days=3, hours=float(rng.uniform(1, 20))), ["refund_slow"], "ticket", st=st)
            return dict(bad=True, end=t_c)
        # drop-off and vaccination check
        t_in = at_hour(start, 8, 19)
        p_ref = CHANNELS[c["channel"]][4] if n_prev == 0 else 0.01
        if store[0] == NEW_STORE:
            p_ref = max(p_ref, 0.30)                     # new store, strict new checklist
        if rng.random() < p_ref:
            self.ev(c, t_in, "tp_vax_check", sid, "refused", st, app=False, vax_result="refused", 疫苗核验结果="拒收")
            t_r = t_in + (D(days=float(rng.lognormal(np.log(3.0), 0.4))) if pm == "meituan"
                          else D(minutes=float(rng.uniform(5, 60))))
            self.refund(c, st, t_r, deposit, dep_order, "vaccine_refused")
            if rng.random() < 0.55:
                self.fb(c, t_in + D(hours=float(rng.uniform(0.5, 30))), ["vax_refused"],
                        pick(["ticket", "wechat_chat", "xiaohongshu_note"], [0.5, 0.3, 0.2]), st=st,
                        undated=rng.random() < 0.25)
            return dict(bad=True, end=t_in)
        self.ev(c, t_in, "tp_vax_check", sid, "passed", st, app=False, vax_result="passed", 疫苗核验结果="通过")
        t_ci = t_in + D(minutes=float(rng.uniform(5, 25)))
        self.ev(c, t_ci, "tp_checkin", sid, "checkin", st, app=False, nights=nights)
        # extension / early pick-up decided up front
        sf26 = PEAKS[2][1] - D(days=3) <= start <= PEAKS[2][2]
        ext = int(pick([1, 2, 3, 4], [0.35, 0.3, 0.2, 0.15])) if rng.random() < (0.30 if sf26 else 0.07) else 0
        # vet
        p_vet = 0.025 + 0.004 * nights
        shunyi_cat = store[0] == "S06" and c["pet"] == "cat"
        if shunyi_cat:
            p_vet = 0.20 + 0.01 * nights                 # cats housed next to the dog yard: stress
        vet = rng.random() < p_vet
        early = False
        stayed = nights + ext
        if vet:
            reason = "stress" if (shunyi_cat or c["pet"] == "cat") and rng.random() < 0.6 else \
                pick(["diarrhea", "not_eating", "skin"], [0.55, 0.3, 0.15])
            t_v = at_hour(start + D(days=int(rng.integers(1, max(2, nights)))), 10, 18)
            fee = float(rng.choice([180, 260, 380, 520]))
            self.ev(c, t_v, "tp_vet", sid, "vet_visit", st, app=False, vet_reason=reason, 就诊原因=VET_REASONS[reason],
                    amount=fee)
            self.order(c, t_v + D(minutes=40), fee, "vet_fee", st, vet_reason=reason)
            c["spend"] += fee
            if rng.random() < 0.35 and nights >= 2:
                early = True
        if not early and nights >= 3 and rng.random() < 0.04:
            early = True
        if early:
            ext = 0
            stayed = int(rng.integers(1, nights))
        # daily updates
        short = store[0] == "S09" and NANSHAN_SHORT[0] <= start < NANSHAN_SHORT[1]
        p_upd = 0.32 if short else 0.96
        n_upd = 0
        for k in range(stayed):
            if rng.random() < p_upd:
                t_u = at_hour(start + D(days=k + (1 if k == 0 else 0) * 0), 11, 21)
                if t_u <= t_ci:
                    t_u = t_ci + D(hours=float(rng.uniform(1, 4)))
                self.ev(c, t_u, "tp_daily_update", sid, "video" if rng.random() < 0.3 else "photo", st,
                        media_type="video" if rng.random() < 0.3 else "photo", day_no=k + 1)
                n_upd += 1
        # add-ons
        addons = []
        for a, (azh, prices, pd_, pc) in ADDONS.items():
            if rng.random() < (pd_ if c["pet"] == "dog" else pc) * (1.3 if stayed >= 5 else 1.0):
                amt = float(rng.choice(prices))
                if c["size"] == "large" and a in ("bath", "grooming"):
                    amt += 40
                t_a = at_hour(start + D(days=int(rng.integers(0, max(1, stayed)))), 9, 20)
                if t_a <= t_ci:
                    t_a = t_ci + D(minutes=float(rng.uniform(10, 120)))
                self.ev(c, t_a, "tp_addon", sid, "order", st, addon_type=a, 服务类型=azh, amount=amt)
                self.order(c, t_a, amt, "addon", st, addon_type=a, 服务类型=azh)
                c["spend"] += amt
                addons.append(a)
        # extension
        if ext:
            t_e = at_hour(start + D(days=nights - 1), 9, 21)
            ext_amt = float(sum(round(price * ((peak_of(start + D(days=nights + k)) or (0, 0, 0, 1.0))[3]))
                                for k in range(ext)))
            self.ev(c, t_e, "tp_extend", sid, "extend", st, extra_nights=ext, amount=ext_amt)
            self.order(c, t_e, ext_amt, "extension", st, extra_nights=ext)
            c["spend"] += ext_amt
        # pick-up and balance
        t_p = at_hour(start + D(days=stayed), 9, 20)
        self.ev(c, t_p, "tp_pickup", sid, "early_pickup" if early else "pickup", st, app=False,
                nights_stayed=stayed, early_pickup=early)
        if t_p > END:
            return dict(bad=False, end=t_p)
        bal = total - deposit                            # booked nights are charged in full, early pick-up or not
        t_b = t_p + D(minutes=float(rng.uniform(1, 15)))
        self.ev(c, t_b, "tp_balance", sid, "success", st, amount=bal, payment_method=c["pay_pref"],
                支付方式=PAY[c["pay_pref"]])
        self.order(c, t_b, bal, "balance", st)
        c["spend"] += bal
        c["stays"] += 1
        c["last_stay"] = t_p
        # experience
        topics = []
        if stayed >= 2 and n_upd / stayed < 0.6:
            topics.append("no_update")
        if vet:
            topics.append("pet_ill")
        if c["pet"] == "cat" and stayed >= 4 and rng.random() < (0.45 if store[0] == "S06" else 0.04):
            topics.append("weight_loss")
        elif c["pet"] == "dog" and stayed >= 8 and rng.random() < 0.03:
            topics.append("weight_loss")
        if rng.random() < (0.40 if store[0] == "S02" and PUDONG_SMELL[0] <= start < PUDONG_SMELL[1] else 0.015):
            topics.append("smell")
        if holiday and rng.random() < 0.28:
            topics.append("price_hike")
        bad = bool(topics)
        p_care = 0.55 if store[0] == "S07" else 0.12
        if not ({"no_update", "weight_loss", "pet_ill"} & set(topics)) and rng.random() < p_care:
            topics.append("staff_care")
        if "grooming" in addons and rng.random() < 0.3:
            topics.append("grooming")
        pen = {"no_update": 2.0, "weight_loss": 2.2, "smell": 1.8, "price_hike": 0.9, "pet_ill": 1.6}
        p_rate = 0.55 if bad else 0.35
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3], [0.6, 0.32, 0.08]))
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "staff_care" in topics:
                stars = max(stars, 5.0 if rng.random() < 0.8 else 4.0)
            stars = float(min(5, max(1, round(stars))))
            t_r = t_p + D(hours=float(rng.lognormal(np.log(8), 0.9)))
            self.ev(c, t_r, "tp_rate", sid, "rate", st, stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "app_review", rating=stars, st=st, gen=gen)
        if pm == "meituan" and rng.random() < 0.3:
            stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10]))
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "staff_care" in topics:
                stars = max(stars, 5.0)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_p + D(hours=float(rng.uniform(3, 72))), topics, "meituan_review", rating=stars, st=st,
                    gen=gen, undated=rng.random() < 0.1)
        if rng.random() < 0.12:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_p + D(days=2, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, st=st, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if "no_update" in topics and rng.random() < 0.35:
            self.fb(c, at_hour(start + D(days=1), 20, 23), ["no_update"], "wechat_chat", st=st,
                    undated=rng.random() < 0.4)
        if topics and c["channel"] == "xiaohongshu" and rng.random() < 0.25:
            self.fb(c, t_p + D(days=float(rng.uniform(1, 10))), topics, "xiaohongshu_note", st=st,
                    undated=rng.random() < 0.35, no_customer=rng.random() < 0.3)
        return dict(bad=bad, end=t_p)

    def refund(self, c, st, t_r, amount, dep_order, reason):
        self.ev(c, t_r, "tp_refund", st["id"], "refund", st, refund_amount=amount, refund_reason=reason,
                退款原因=REFUND_REASON[reason], payment_method=st["pm"], 支付方式=PAY[st["pm"]])
        if dep_order is not None and t_r <= END:
            dep_order["status"] = "refunded"
            dep_order["refunded_at"] = ts(t_r)
        c["spend"] -= amount

    # ---------- simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0])
            if rng.random() < (0.45 if c["channel"] == "vet_referral" else 0.65):
                self.ev(c, c["discover"] + D(minutes=float(rng.lognormal(np.log(90), 1.2))), "tp_inquiry", None,
                        "message", topic=pick(["availability", "price", "vaccine_rules", "camera"], [4, 3, 2, 1]))
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            if rng.random() < 0.07:
                t = c["discover"] + D(days=float(rng.uniform(8, 45)))
            else:
                t = c["discover"] + D(hours=float(min(160, rng.exponential(26) + 0.3)))
            n = 0
            while t <= END:
                res = self.stay(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.5:
                        t += D(hours=float(rng.uniform(0.5, 48)))
                        continue
                    break
                p_ret = CHANNELS[c["channel"]][3] * (0.6 if res["bad"] else 1.0)
                p_ret = min(0.9, p_ret + 0.08 * min(n, 4))
                if rng.random() > p_ret:
                    break
                t = res["end"] + D(days=float(rng.lognormal(np.log(45), 0.6)))

    def customer_rows(self):
        out = []
        for c in self.cust:
            if c["first_dep"] is None:
                seg = "prospect"
            elif c["first_dep"] >= datetime(2026, 5, 1):
                seg = "new"
            elif c["last_stay"] is not None and c["last_stay"] < datetime(2026, 2, 1):
                seg = "at_risk"
            elif c["stays"] >= 4:
                seg = "loyal"
            elif c["stays"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            tier = "gold" if c["spend"] >= 3000 else ("silver" if c["spend"] >= 1200 else "regular")
            out.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                            城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                            获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                            会员等级={"regular": "普通会员", "silver": "银卡", "gold": "金卡"}[tier],
                            pet_type=c["pet"], 宠物类型=PET_ZH[c["pet"]], pet_size=c["size"], 体型=SIZE_ZH[c["size"]],
                            breed=c["breed"], pet_name=c["pet_name"], owner_age_band=c["age"], gender=c["gender"],
                            phone_os=c["device"], home_store_id=c["home"], preferred_language=c["lang"]))
        return out


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, list(tps[0]))
    js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", js, list(js[0]))
    cs = g.customer_rows()
    write(out / "customers.csv", cs, list(cs[0]))
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=30, replace=False)          # the tracker re-sends a few events
    ev = ev + [dict(ev[i]) for i in sorted(dup_idx)]
    write(out / "events.csv", ev, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id",
                                                "action", "device", "channel"]))
    od = sorted(g.orders, key=lambda r: r["order_id"])
    write(out / "orders.csv", od, cols_of(od, ["order_id", "customer_id", "ts", "amount", "status", "channel",
                                               "device"]))
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"]))
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(cs)}, events {len(ev)}, orders {len(od)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
