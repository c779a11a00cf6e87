"""匠鞋 SoleCraft: shoe and leather-goods repair and care (walk-in shops in four cities + mail-in through the app to
a central workshop in Suzhou). A customer finds us (Dianping / Xiaohongshu / walking past / a friend / WeChat ads),
either drops the pair or the bag off at a shop or creates a mail-in request in the app and has it collected by a
courier, the item is inspected and quoted (检测报价), the customer approves the quote (and pays) or declines it
(mail-in declines pay a 30 CNY inspection fee and get the item back), the craftsman repairs or cleans it (resole 换底,
heel 换鞋跟, stitching 缝线修补, sneaker clean 球鞋清洗, bag re-dye 包袋补色), quality check (质检, a failed QC is
redone), a ready notice is pushed, the customer picks it up at the shop or it is couriered back and signed for,
sometimes a rework claim (返修) follows (redo or refund), the customer rates the job, buys care products
(护理用品) and comes back.
Data 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026).

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

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 7000
GLUE = (datetime(2025, 6, 1), datetime(2025, 11, 1))         # Futian: a bad adhesive batch on resoles
BACKLOG = (datetime(2025, 11, 8), datetime(2025, 12, 21))    # Suzhou workshop: Double-11 sneaker-clean backlog
APP_VERSIONS = [(datetime(2025, 1, 1), "4.2.0"), (datetime(2025, 4, 15), "4.3.0"), (datetime(2025, 10, 9), "4.4.1"),
                (datetime(2026, 3, 20), "5.0.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现匠鞋", "Discover SoleCraft", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|小红书看到|点评搜到|路过|朋友推荐|discover|found us|first touch"),
    ("tp_request", "提交寄修单", "Mail-in request", "consideration", "app", "digital", "mail_in_ops",
     "寄修|下寄修单|提交订单|线上下单|mail-in|mail in request|send in|online order"),
    ("tp_courier_in", "上门取件", "Courier pick-up", "service", "other", "physical", "logistics",
     "取件|上门取件|寄出|快递揽收|顺丰取件|pick-up|courier collection|shipped to us"),
    ("tp_dropoff", "到店送修", "Shop drop-off", "consideration", "store", "physical", "store_ops",
     "送修|到店|送鞋|前台收件|开单|drop-off|drop off|walk-in|counter"),
    ("tp_inspect", "检测报价", "Inspection & quote", "consideration", "store", "physical", "workshop",
     "检测|验鞋|报价|估价|看鞋|inspection|quote|assessment|estimate"),
    ("tp_approve", "确认报价", "Quote approved", "purchase", "app", "digital", "finance",
     "确认报价|同意报价|付款|支付|下单维修|approve|approval|accept quote|pay|paid"),
    ("tp_decline", "拒绝报价", "Quote declined", "purchase", "app", "digital", "finance",
     "拒绝报价|不修了|嫌贵|退回|decline|declined quote|rejected quote|no thanks"),
    ("tp_repair", "维修施工", "Repair / cleaning work", "service", "store", "physical", "workshop",
     "维修|施工|换底|换跟|补色|清洗|修鞋|做鞋|repair|cleaning|resole|re-dye|work|craftsman"),
    ("tp_qc", "质检", "Quality check", "service", "store", "physical", "workshop",
     "质检|检验|验收|QC|quality check|inspection after repair"),
    ("tp_ready", "完工通知", "Ready notice", "service", "app", "digital", "store_ops",
     "完工|修好了|可取件通知|完工通知|ready|ready for pick-up|done notice|finished"),
    ("tp_pickup", "到店取件", "Shop pick-up", "service", "store", "physical", "store_ops",
     "取鞋|取件|到店取|领取|pick up|pick-up|collect|collection"),
    ("tp_ship_back", "快递寄回", "Courier return", "service", "other", "physical", "logistics",
     "寄回|回寄|发货|快递寄回|ship back|return shipping|sent back"),
    ("tp_delivered", "签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|收到|到货|delivered|received|signed for"),
    ("tp_rework", "返修申请", "Rework claim", "service", "phone", "digital", "customer_service",
     "返修|售后|投诉|保修|重修|rework|warranty claim|claim|redo|complaint"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance",
     "退款|退钱|赔付|refund|money back|refunded"),
    ("tp_rate", "服务评价", "Job rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_shop", "护理用品购买", "Care products", "purchase", "app", "digital", "retail",
     "护理用品|鞋油|鞋刷|防水喷雾|商城|care products|shoe cream|brush|protector spray|shop"),
    ("tp_repeat", "再次送修", "Repeat job", "loyalty", "app", "digital", "crm",
     "回头客|复购|再来|再次送修|又来修|repeat|came back|return customer|second job"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("first_job", "首单转化", "First job", ["tp_discover", "tp_inspect", "tp_approve"], 30),
    ("mail_in", "寄修流程", "Mail-in", ["tp_request", "tp_courier_in", "tp_inspect", "tp_approve", "tp_delivered"], 45),
    ("workshop", "维修交付", "Repair delivery", ["tp_approve", "tp_repair", "tp_qc", "tp_ready"], 30),
    ("walkin_pickup", "到店取件", "Shop pick-up", ["tp_ready", "tp_pickup"], 30),
    ("repeat", "回头客", "Repeat customer", ["tp_ready", "tp_repeat"], 120),
]
CITIES = {  # en: zh, weight, english share of comments
    "Shanghai": ("上海", 0.32, 0.22), "Beijing": ("北京", 0.22, 0.12), "Shenzhen": ("深圳", 0.16, 0.15),
    "Chengdu": ("成都", 0.10, 0.05), "Hangzhou": ("杭州", 0.07, 0.08), "Nanjing": ("南京", 0.05, 0.06),
    "Wuhan": ("武汉", 0.04, 0.05), "Guangzhou": ("广州", 0.04, 0.10),
}
SHOPS = [  # id, city, zh, en, opened, weight
    ("S01", "Shanghai", "上海静安店", "Shanghai Jing'an", None, 1.3),
    ("S02", "Shanghai", "上海新天地店", "Shanghai Xintiandi", None, 1.0),
    ("S03", "Shanghai", "上海徐汇店", "Shanghai Xuhui", None, 0.9),
    ("S04", "Shanghai", "上海陆家嘴店", "Shanghai Lujiazui", None, 0.9),
    ("S05", "Beijing", "北京国贸店", "Beijing Guomao", None, 1.2),
    ("S06", "Beijing", "北京三里屯店", "Beijing Sanlitun", None, 1.0),
    ("S07", "Beijing", "北京望京店", "Beijing Wangjing", None, 0.9),
    ("S08", "Shenzhen", "深圳福田店", "Shenzhen Futian", None, 1.2),
    ("S09", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None, 1.0),
    ("S10", "Chengdu", "成都春熙路店", "Chengdu Chunxi Rd", None, 1.0),
    ("S11", "Chengdu", "成都太古里店", "Chengdu Taikoo Li", datetime(2026, 5, 1), 1.0),
]
SHOP = {s[0]: s for s in SHOPS}
WORKSHOP = ("W01", "Suzhou", "苏州中央工坊", "Suzhou Central Workshop", None, 0.0)
NEW_SHOP = "S11"          # trainee craftsmen in the first months
MASTER_SHOP = "S01"       # master craftsman 周师傅
BAG_SHOP = "S02"          # the bag counter: re-dye heavy
SLOW_PICKUP = "S05"       # office workers leave pairs for a week
SERVICES = {  # en: zh, order type, item categories (weights), prices (mass, mid, luxury), work days median,
    #              decline prob, QC fail prob, base rework-claim prob
    "resole": ("换底", "repair", {"leather_shoes": 0.6, "boots": 0.4}, (180, 280, 580), 5.0, 0.10, 0.04, 0.035),
    "heel": ("换鞋跟", "repair", {"high_heels": 0.8, "leather_shoes": 0.2}, (60, 90, 180), 1.0, 0.05, 0.03, 0.03),
    "stitching": ("缝线修补", "repair", {"leather_shoes": 0.4, "sneakers": 0.3, "handbag": 0.3}, (80, 120, 260), 2.0,
                  0.07, 0.04, 0.025),
    "sneaker_clean": ("球鞋清洗", "cleaning_package", {"sneakers": 1.0}, (69, 129, 179), 2.5, 0.03, 0.04, 0.02),
    "bag_redye": ("包袋补色", "repair", {"handbag": 1.0}, (380, 520, 880), 8.0, 0.30, 0.22, 0.06),
}
ITEMS = {"leather_shoes": "皮鞋", "boots": "靴子", "high_heels": "高跟鞋", "sneakers": "球鞋", "handbag": "手袋"}
PACKAGES = {69: ("基础清洗", "basic clean"), 129: ("深度清洗", "deep clean"), 179: ("奢护清洗", "premium clean")}
BRAND_TIERS = {"mass": "大众品牌", "mid": "轻奢品牌", "luxury": "奢侈品牌"}
CHANNELS = {  # en: zh, weight, discover -> first job probability
    "dianping": ("大众点评", 0.27, 0.62), "xiaohongshu": ("小红书", 0.26, 0.30), "walk_by": ("路过进店", 0.15, 0.86),
    "friend": ("朋友推荐", 0.17, 0.78), "wechat_ads": ("微信广告", 0.15, 0.46)}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "black": "黑卡"}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]
CARE = [(39, "鞋油", "shoe cream"), (59, "马毛鞋刷", "horsehair brush"), (89, "防水喷雾", "protector spray"),
        (129, "皮具护理套装", "leather care kit"), (199, "鞋撑", "cedar shoe trees")]
QC_DEFECTS = {"resole": "edge_gap", "heel": "heel_wobble", "stitching": "loose_stitch", "sneaker_clean": "yellowing",
              "bag_redye": "colour_mismatch"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "sole_peel": (["刚换的底没几天就开胶了", "鞋底又开胶了，胶水不行吧", "换底才两周就开胶，还得再跑一趟", "前掌开胶，走路啪嗒啪嗒响"],
                  ["the new sole is already peeling off", "sole started peeling after two weeks",
                   "the glue failed and the sole is peeling away at the toe"]),
    "colour": (["补色有色差，跟原来的颜色不一样", "包补完色差很明显", "色差太大了，像两个包拼起来的"],
               ["the colour doesn't match the rest of the bag", "obvious colour mismatch after the re-dye",
                "the re-dye left a colour mismatch on the handle"]),
    "slow_mail": (["寄过去好几天都没人检测", "寄修等检测等了快一周", "寄到工坊后迟迟不检测，客服只会说在排队"],
                  ["waited ages for the workshop to even look at my shoes", "a week before anyone even inspected the pair",
                   "mail-in took forever, the workshop just sat on it"]),
    "pricey": (["报价太贵了", "这个报价比买双新的还贵", "报价高得离谱，算了不修了"],
               ["the quote was way too high", "the quote costs more than a new pair", "ridiculous quote for a small job"]),
    "crushed": (["快递寄回来盒子都压坏了", "寄回的时候鞋被压变形了"],
                ["the box came back crushed", "the courier crushed the box and the toe cap"]),
    "craft": (["手艺真好，跟新的一样", "老师傅手艺没得说", "修完跟新的一样，很惊喜"],
              ["looks like new, great craftsmanship", "amazing craftsmanship on an old pair", "they look brand new"]),
    "staff": (["店员很耐心讲解", "店员服务态度很好，解释得很清楚"],
              ["the staff were patient and explained everything", "friendly staff at the counter"]),
}
GEN = {
    "pos": (["整体满意", "下次还来", "推荐给朋友了", "性价比可以"],
            ["overall happy", "will come back", "recommended to friends", "good value"]),
    "neu": (["还行吧", "一般般，中规中矩"], ["it was okay", "average experience"]),
    "neg": (["体验不太好", "有点失望", "不会再来了"], ["not a great experience", "a bit disappointed", "won't come back"]),
}
TOPIC_TP = [("sole_peel", "tp_rework"), ("colour", "tp_repair"), ("slow_mail", "tp_inspect"), ("pricey", "tp_approve"),
            ("crushed", "tp_delivered"), ("craft", "tp_repair"), ("staff", "tp_dropoff")]
NEG_TOPICS = {"sole_peel", "colour", "slow_mail", "pricey", "crushed"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 14) <= d < datetime(2026, 2, 26):
        return 0.4                                   # Spring Festival: shops half closed
    if d.month in (10, 11, 12):
        return 1.3                                   # boots season
    if d.month in (6, 7, 8):
        return 1.15                                  # sneaker season
    return 1.0


def service_weights(pref, d: datetime):
    w = dict(pref)
    if d.month in (6, 7, 8):
        w["sneaker_clean"] *= 1.9
    if d.month in (10, 11, 12):
        w["resole"] *= 1.8
    if BACKLOG[0] <= d < BACKLOG[1]:
        w["sneaker_clean"] *= 1.6
    return w


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def open_shops(city, t):
    return [s for s in SHOPS if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0

    def ev(self, c, t, tp, sid, action, job=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], app_version=app_version(t))
        if job:
            row.update(job["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, job=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"repair": "维修单", "cleaning_package": "清洗套餐", "care_product": "护理用品", "inspection_fee": "检测费"}[otype]
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="app", device=c["device"], order_type=otype, 订单类型=zh,
                   job_id=job["id"] if job else None, currency="CNY")
        if job:
            for k in ("shop_id", "shop", "shop_en", "shop_city", "门店城市", "intake_mode", "送修方式", "service_type",
                      "服务类型", "item_category", "物品类别", "brand_tier"):
                row[k] = job["common"][k]
            row["channel"] = "store" if job["common"]["intake_mode"] == "walk_in" else "app"
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, job=None, undated=False, gen=None, no_customer=False,
           tp=None):
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
        pos = not neg and (bool({"craft", "staff"} & set(topics)) or gen == "pos")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job["id"] if job else None)
        if job:
            for k in ("shop_id", "shop", "shop_en", "shop_city", "门店城市", "intake_mode", "送修方式", "service_type",
                      "服务类型"):
                row[k] = job["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="neg" if neg else ("pos" if pos else "neu")))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            growth = 0.6 + 0.8 * (d - START).days / 600
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        cities = list(CITIES)
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(9, 22)))
            city = pick(cities, [CITIES[x][1] for x in cities])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            shops = open_shops(city, t)
            if not shops and ch == "walk_by":
                ch = "xiaohongshu"
            if shops:
                home = pick(shops, [s[5] for s in shops])
                if city == "Chengdu" and t >= datetime(2026, 5, 1) and rng.random() < 0.5:
                    home = SHOP[NEW_SHOP]
                mail_pref = 0.0 if ch == "walk_by" else 0.22
            else:
                home, mail_pref = None, 1.0
            gender = pick(["female", "male"], [0.58, 0.42])
            if gender == "female":
                pref = {"resole": 0.16, "heel": 0.26, "stitching": 0.10, "sneaker_clean": 0.30, "bag_redye": 0.18}
            else:
                pref = {"resole": 0.42, "heel": 0.01, "stitching": 0.15, "sneaker_clean": 0.39, "bag_redye": 0.03}
            if home is not None and home[0] == BAG_SHOP:
                pref["bag_redye"] *= 4.0
            if home is not None and home[0] == "S08":
                pref["resole"] *= 1.8
            age = pick(AGE_BANDS, [0.22, 0.38, 0.22, 0.12, 0.06])
            btier = pick(list(BRAND_TIERS), [0.36, 0.48, 0.16] if city in ("Shanghai", "Beijing") else [0.5, 0.42, 0.08])
            self.cust.append(dict(
                customer_id=f"CU{i + 1:05d}", discover=t, city=city, channel=ch, home=home, mail_pref=mail_pref,
                gender=gender, pref=pref, age=age, btier=btier, device=pick(["ios", "android"], [0.52, 0.48]),
                en_share=CITIES[city][2], spend=0.0, jobs=[], first_job=None))

    # ---------- one job ----------
    def job(self, c, t0, n_prev):
        mail = rng.random() < c["mail_pref"]
        if not mail:
            shops = open_shops(c["city"], t0)
            shop = c["home"] if (rng.random() < 0.85 or len(shops) == 1) else shops[int(rng.integers(len(shops)))]
        else:
            shop = WORKSHOP
        svc = pick(list(SERVICES), list(service_weights(c["pref"], t0).values()))
        S = SERVICES[svc]
        item = pick(list(S[2]), list(S[2].values()))
        bt = c["btier"] if rng.random() < 0.8 else pick(list(BRAND_TIERS), [0.4, 0.45, 0.15])
        price = S[3][list(BRAND_TIERS).index(bt)]
        if svc != "sneaker_clean":
            price = round(price * float(rng.uniform(0.85, 1.25)) / 5) * 5
        self.n_job += 1
        jid = f"JB{self.n_job:06d}"
        city = shop[1]
        common = dict(shop_id=shop[0], shop=shop[2], shop_en=shop[3], shop_city=city,
                      门店城市="苏州" if shop is WORKSHOP else CITIES[city][0], intake_mode="mail_in" if mail else "walk_in",
                      送修方式="寄修" if mail else "到店", service_type=svc, 服务类型=S[0], item_category=item,
                      物品类别=ITEMS[item], brand_tier=bt, 品牌档次=BRAND_TIERS[bt])
        job = dict(id=jid, common=common)
        if n_prev > 0:
            self.ev(c, t0, "tp_repeat", jid, "new_job", job, channel="app" if mail else "store")
        # ---- intake
        if mail:
            self.ev(c, t0, "tp_request", jid, "submit", job, channel="app")
            if rng.random() < 0.36:
                return None                                  # never shipped the pair
            t_pk = t0 + D(days=float(rng.lognormal(np.log(0.9), 0.5)))
            courier = pick(["SF", "JD"], [0.7, 0.3])
            self.ev(c, t_pk, "tp_courier_in", jid, "picked_up", job, channel="courier", device=None, courier=courier,
                    快递公司={"SF": "顺丰", "JD": "京东"}[courier])
            t_arr = t_pk + D(days=float(rng.uniform(1, 2.8)))
            backlog = BACKLOG[0] <= t_arr < BACKLOG[1]
            t_in = t_arr + D(days=float(rng.lognormal(np.log(3.8 if backlog else 0.6), 0.4)))
        else:
            self.ev(c, t0, "tp_dropoff", jid, "received", job, channel="store", device=None)
            backlog = False
            t_in = t0 + D(minutes=float(rng.uniform(5, 40)))
        self.ev(c, t_in, "tp_inspect", jid, "quoted", job, channel="store", device=None, quote_amount=price,
                craftsman=f"{shop[0]}-C{int(rng.integers(1, 4))}")
        # ---- quote
        p_dec = S[5] * (1.5 if bt == "luxury" else 1.0)
        if mail:
            t_dec = t_in + D(hours=float(rng.lognormal(np.log(10), 0.8)))
        else:
            t_dec = t_in + (D(minutes=float(rng.uniform(3, 25))) if rng.random() < 0.75
                            else D(hours=float(rng.lognormal(np.log(20), 0.6))))
        if rng.random() < p_dec:
            self.ev(c, t_dec, "tp_decline", jid, "declined", job, channel="app", quote_amount=price)
            if mail:
                self.order(c, t_dec, 30, "inspection_fee", job)
                t_sb = t_dec + D(days=float(rng.uniform(0.3, 1.5)))
                self.ev(c, t_sb, "tp_ship_back", jid, "returned_unrepaired", job, channel="courier", device=None)
                self.ev(c, t_sb + D(days=float(rng.uniform(1, 3))), "tp_delivered", jid, "signed", job,
                        channel="courier", device=None)
            if rng.random() < 0.22:
                self.fb(c, t_dec + D(hours=float(rng.uniform(1, 30))), ["pricey"], "call_note", job=job,
                        undated=rng.random() < 0.2)
            return dict(end=t_dec, bad=True, paid=False)
        self.ev(c, t_dec, "tp_approve", jid, "approved_paid", job, channel="app", amount=price)
        if svc == "sneaker_clean":
            o = self.order(c, t_dec, price, "cleaning_package", job, package_name=PACKAGES[price][1],
                           套餐名称=PACKAGES[price][0])
        else:
            o = self.order(c, t_dec, price, "repair", job)
        c["spend"] += price
        if c["first_job"] is None:
            c["first_job"] = t_dec
        # ---- work
        q = (1.0 if mail else 0.5) * (3.0 if backlog else 1.0)
        t_w = t_dec + D(days=float(rng.lognormal(np.log(q), 0.5)))
        glue = shop[0] == "S08" and svc == "resole" and GLUE[0] <= t_w < GLUE[1]
        self.ev(c, t_w, "tp_repair", jid, "started", job, channel="store", device=None,
                craftsman=f"{shop[0]}-C{int(rng.integers(1, 4))}",
                adhesive_batch=("GB-2506" if glue else "GB-std") if svc == "resole" else None)
        t_q = t_w + D(days=float(rng.lognormal(np.log(S[4]), 0.35)))
        p_fail = S[6]
        if shop[0] == NEW_SHOP:
            p_fail = max(p_fail, 0.30)
        elif shop[0] == BAG_SHOP:
            p_fail = max(p_fail, 0.11)             # the bag counter's dye station is also short-staffed
        qc_fail = rng.random() < p_fail
        if qc_fail:
            self.ev(c, t_q, "tp_qc", jid, "fail", job, channel="store", device=None, qc_result="fail",
                    质检结果="不合格", defect_code=QC_DEFECTS[svc])
            t_w2 = t_q + D(hours=float(rng.uniform(2, 20)))
            self.ev(c, t_w2, "tp_repair", jid, "redo", job, channel="store", device=None)
            t_q = t_w2 + D(days=float(rng.lognormal(np.log(max(1.0, S[4] / 2)), 0.35)))
        self.ev(c, t_q, "tp_qc", jid, "pass", job, channel="store", device=None, qc_result="pass", 质检结果="合格")
        t_r = t_q + D(hours=float(rng.uniform(0.5, 6)))
        self.ev(c, t_r, "tp_ready", jid, "notified", job, channel="app")
        # ---- hand-over
        if mail:
            t_sb = t_r + D(days=float(rng.uniform(0.2, 1.2)))
            courier = pick(["SF", "JD"], [0.7, 0.3])
            self.ev(c, t_sb, "tp_ship_back", jid, "shipped", job, channel="courier", device=None, courier=courier,
                    快递公司={"SF": "顺丰", "JD": "京东"}[courier])
            t_h = t_sb + D(days=float(rng.uniform(1, 3)))
            self.ev(c, t_h, "tp_delivered", jid, "signed", job, channel="courier", device=None)
            crushed = rng.random() < 0.025
        else:
            if rng.random() < 0.03:
                return dict(end=t_r, bad=False, paid=True)   # never collected (still in the shop)
            med = 6.5 if shop[0] == SLOW_PICKUP else 2.0
            t_h = t_r + D(days=float(rng.lognormal(np.log(med), 0.6)))
            self.ev(c, t_h, "tp_pickup", jid, "collected", job, channel="store", device=None)
            crushed = False
        turnaround = (t_h - t0).days
        # ---- care products (cross-sell)
        if rng.random() < 0.16:
            t_s = t_h + D(hours=float(rng.uniform(0.1, 48)))
            self.care(c, t_s, job)
        # ---- rework claim
        p_claim = S[7]
        if glue:
            p_claim = 0.34
        if qc_fail and svc == "bag_redye":
            p_claim = max(p_claim, 0.15)
        claim = rng.random() < p_claim
        topics = []
        if claim and svc == "resole":
            topics.append("sole_peel")
        if svc == "bag_redye" and (qc_fail and rng.random() < 0.55 or claim):
            topics.append("colour")
        if mail and backlog and rng.random() < 0.55:
            topics.append("slow_mail")
        if crushed:
            topics.append("crushed")
        bad = bool(topics)
        if not bad:
            p_craft = 0.55 if shop[0] == MASTER_SHOP else 0.12
            if rng.random() < p_craft:
                topics.append("craft")
            if not mail and rng.random() < 0.08:
                topics.append("staff")
        # ---- rating (invitation pushed after hand-over)
        if rng.random() < (0.45 if bad else 0.3):
            stars = float(pick([5, 4, 3, 2], [0.45, 0.38, 0.12, 0.05]))
            pen = {"sole_peel": 2.6, "colour": 2.0, "slow_mail": 1.6, "crushed": 1.5}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "craft" in topics:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_rt = t_h + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            if claim and "sole_peel" in topics:
                t_rt = t_h + D(days=float(rng.uniform(10, 25)))
            self.ev(c, t_rt, "tp_rate", jid, "rate", job, channel="app", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_rt, topics, "app_review", rating=stars, job=job, gen=gen)
        if not mail and c["channel"] == "dianping" and rng.random() < 0.14:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.33, 0.12, 0.05]))
            for k in topics:
                stars -= {"sole_peel": 2.5, "colour": 2.0}.get(k, 0.0)
            if "craft" in topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_h + D(hours=float(rng.uniform(3, 72))), topics, "dianping_review", rating=stars, job=job,
                    gen=gen, undated=rng.random() < 0.3)
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_h + D(days=2, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, job=job, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if c["channel"] == "xiaohongshu" and topics and rng.random() < 0.12:
            self.fb(c, t_h + D(days=float(rng.uniform(1, 10))), topics, "xiaohongshu_post", job=job,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.3)
        if claim:
            t_cl = t_h + D(days=float(rng.uniform(4, 35)))
            if self.ev(c, t_cl, "tp_rework", jid, "claim", job, channel="phone"):
                if rng.random() < 0.7:
                    tk = {"resole": ["sole_peel"], "bag_redye": ["colour"]}.get(svc, [])
                    self.fb(c, t_cl + D(minutes=20), tk, "ticket", job=job, gen="neg", tp="tp_rework")
                if rng.random() < 0.3:                       # refunded instead of redone
                    t_rf = t_cl + D(days=float(rng.uniform(1, 6)))
                    if self.ev(c, t_rf, "tp_refund", jid, "refund", job, channel="app", refund_amount=price):
                        o["status"] = "refunded"
                        o["refunded_at"] = ts(t_rf)
                        c["spend"] -= price
                else:
                    t_w3 = t_cl + D(days=float(rng.uniform(1, 4)))
                    self.ev(c, t_w3, "tp_repair", jid, "rework", job, channel="store", device=None)
                    t_q3 = t_w3 + D(days=float(rng.lognormal(np.log(max(1.0, S[4] / 2)), 0.3)))
                    self.ev(c, t_q3, "tp_qc", jid, "pass", job, channel="store", device=None, qc_result="pass",
                            质检结果="合格")
                    self.ev(c, t_q3 + D(hours=2), "tp_ready", jid, "notified", job, channel="app")
                    if mail:
                        self.ev(c, t_q3 + D(days=1), "tp_ship_back", jid, "shipped", job, channel="courier", device=None)
                        self.ev(c, t_q3 + D(days=2.5), "tp_delivered", jid, "signed", job, channel="courier",
                                device=None)
                    else:
                        self.ev(c, t_q3 + D(days=2), "tp_pickup", jid, "collected", job, channel="store", device=None)
        return dict(end=t_h, bad=bad or claim, paid=True, turnaround=turnaround)

    def care(self, c, t, job=None):
        k = int(rng.integers(len(CARE)))
        amt, zh, en = CARE[k]
        qty = 1 if rng.random() < 0.8 else 2
        if not self.ev(c, t, "tp_shop", job["id"] if job else None, "purchase", None, channel="app",
                       amount=amt * qty, product=en, 商品=zh):
            return
        o = self.order(c, t, amt * qty, "care_product", None, product=en, 商品=zh, quantity=qty)
        o["channel"] = "app"
        if job:
            o["job_id"] = job["id"]
        c["spend"] += amt * qty
        if rng.random() < 0.06:
            t_rf = t + D(days=float(rng.uniform(2, 10)))
            if t_rf <= END:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_rf)
                c["spend"] -= amt * qty

    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            if c["channel"] == "walk_by":
                t = c["discover"] + D(minutes=float(rng.uniform(2, 20)))
            else:
                t = c["discover"] + D(days=float(min(25, rng.exponential(3) + 0.5)))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(10, 21)))
            n = 0
            while t <= END:
                res = self.job(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.25:
                        t += D(days=float(rng.uniform(1, 20)))
                        continue
                    break
                if res["paid"]:
                    c["jobs"].append(res["end"])
                p_ret = 0.72 * (0.6 if res["bad"] else 1.0) * (1.15 if c["channel"] == "friend" else 1.0)
                if rng.random() > min(0.9, p_ret):
                    break
                g = float(rng.exponential(55) + 5)
                g /= max(0.5, season(res["end"] + D(days=g)))
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 21)))
        # Double-11 care-product sales (standalone app purchases)
        for c in self.cust:
            for y in (2025,):
                if c["discover"] < datetime(y, 11, 1) and rng.random() < 0.10:
                    self.care(c, datetime(y, 11, 1) + D(days=float(rng.uniform(0, 11))))
            if rng.random() < 0.05:
                self.care(c, c["discover"] + D(days=float(rng.uniform(1, 300))))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "black" if s >= 5000 else "gold" if s >= 2000 else "silver" if s >= 800 else "regular"
            j = c["jobs"]
            if c["first_job"] is None:
                seg = "prospect"
            elif c["first_job"] >= datetime(2026, 6, 1):
                seg = "new"
            elif not j or j[-1] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif len(j) >= 4:
                seg = "loyal"
            elif len(j) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                             tier=tier, 会员等级=TIERS[tier], gender=c["gender"], age_band=c["age"],
                             home_shop_id=c["home"][0] if c["home"] else None, brand_tier=c["btier"],
                             品牌档次=BRAND_TIERS[c["btier"]], phone_os=c["device"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version",
           "shop_id", "shop", "shop_en", "shop_city", "门店城市", "intake_mode", "送修方式", "service_type", "服务类型",
           "item_category", "物品类别", "brand_tier", "品牌档次", "courier", "快递公司", "quote_amount", "amount",
           "craftsman", "adhesive_batch", "qc_result", "质检结果", "defect_code", "refund_amount", "stars", "product",
           "商品"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "shop_id", "shop", "shop_en", "shop_city", "门店城市", "intake_mode", "送修方式", "service_type", "服务类型",
            "item_category", "物品类别", "brand_tier", "package_name", "套餐名称", "product", "商品", "quantity",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "job_id",
           "shop_id", "shop", "shop_en", "shop_city", "门店城市", "intake_mode", "送修方式", "service_type", "服务类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
             "gender", "age_band", "home_shop_id", "brand_tier", "品牌档次", "phone_os"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the app tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
