"""琴匠 Luthier House: violin, cello, guitar and guqin workshops in Beijing and Suzhou and a Cremona-trained violin
team in London (synthetic, written blind).

A player finds us (小红书 / 抖音 / 大众点评 / a teacher / a school partnership / walking past; Google and Instagram in
London), browses the website or mini program, books a trial in a showroom (预约试琴), tries instruments (到店试琴) and
buys a ready instrument (成品琴购买), or asks for a custom commission (定制询价 → 付定金 30 % → 选材定稿 → 白坯完成 →
上漆完成 → 交琴付尾款), rents a student instrument (学生租琴起租 with a rental deposit, monthly rent by autopay, then
租转买 buy-out or 退租还琴), brings an instrument for repair or a setup (送修登记 → 修好取琴), orders strings and
accessories in the online shop (加入购物车 → 商城下单), gets referred to a teacher (老师转介) and writes reviews.

Data 2025-01-01 .. 2026-07-31 (extract taken 2026-08-04). Times are naive local time of each workshop.
Money: orders.amount is CNY for every store; London orders also carry amount_local in GBP (1 GBP = 9.20 CNY).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260804), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260804
rng = np.random.default_rng(SEED)
T0 = datetime(2025, 1, 1)
TEND = datetime(2026, 7, 31, 23, 59, 59)
GBP = 9.20


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def dt(s: str) -> datetime:
    return datetime.fromisoformat(s)


def within(t, a, b):
    return dt(a) <= t < dt(b) + timedelta(days=1)


def day_time(t: datetime, h0=10, h1=20) -> datetime:
    """move t to a business hour of its day."""
    return t.replace(hour=ri(h0, h1 - 1), minute=ri(0, 59), second=ri(0, 59))


# ---------------------------------------------------------------- reference data
STORES = {
    "S01": dict(zh="北京798工坊", en="Beijing 798 Workshop", city="Beijing", city_zh="北京", w=0.32,
                inst={"violin": .40, "cello": .15, "guqin": .30, "guitar": .15}),
    "S02": dict(zh="北京国贸琴房", en="Beijing Guomao Showroom", city="Beijing", city_zh="北京", w=0.24,
                inst={"violin": .45, "cello": .20, "guitar": .35}),
    "S03": dict(zh="苏州平江路工坊", en="Suzhou Pingjiang Workshop", city="Suzhou", city_zh="苏州", w=0.25,
                inst={"guqin": .50, "guitar": .25, "violin": .25}),
    "S04": dict(zh="伦敦工作室", en="London Studio", city="London", city_zh="伦敦", w=0.19,
                inst={"violin": .60, "cello": .30, "guitar": .10}),
}
INST_ZH = {"violin": "小提琴", "cello": "大提琴", "guitar": "吉他", "guqin": "古琴"}
CHAN_CN = {"xiaohongshu": .25, "douyin": .18, "dianping": .14, "teacher_referral": .16, "walk_in": .12,
           "school_partner": .10, "wechat_search": .05}
CHAN_UK = {"google": .35, "instagram": .25, "teacher_referral": .25, "walk_in": .15}
CHAN_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "dianping": "大众点评", "teacher_referral": "老师推荐",
           "walk_in": "自然到店", "school_partner": "学校合作", "wechat_search": "微信搜一搜", "google": "谷歌搜索",
           "instagram": "Instagram"}
LEVELS = {"beginner": .36, "amateur": .34, "conservatory": .18, "professional": .12}
LEVELS_UK = {"beginner": .22, "amateur": .28, "conservatory": .27, "professional": .23}
LEVEL_ZH = {"beginner": "初学", "amateur": "业余爱好", "conservatory": "音乐学院", "professional": "职业演奏"}
LINE_ZH = {"student": "学生级", "workshop": "工坊级", "master": "大师级"}
# ready instrument prices, CNY (London prices are set in GBP below)
PRICE = {"violin": {"student": (4800, 9800), "workshop": (18000, 42000), "master": (68000, 160000)},
         "cello": {"student": (8800, 16000), "workshop": (32000, 70000), "master": (110000, 260000)},
         "guitar": {"student": (2600, 5200), "workshop": (7800, 16000), "master": (26000, 52000)},
         "guqin": {"student": (5800, 9800), "workshop": (16000, 36000), "master": (58000, 130000)}}
COMMISSION = {"violin": (58000, 150000), "cello": (96000, 240000), "guitar": (26000, 56000), "guqin": (32000, 98000)}
RENT = {"violin": 180, "cello": 380, "guitar": 150, "guqin": 320}
RENT_DEP = {"violin": 1500, "cello": 3000, "guitar": 800, "guqin": 2500}
REPAIR_TYPES = {  # repair type -> (zh, fee range CNY, base days range)
    "crack": ("开裂修复", (600, 3200), (6, 12)),
    "open_seam": ("开胶粘合", (200, 600), (2, 5)),
    "bridge": ("琴桥更换", (400, 1200), (2, 5)),
    "soundpost": ("音柱调整", (150, 400), (1, 3)),
    "setup": ("整体调校", (300, 900), (1, 4)),
    "frets": ("品丝打磨", (300, 900), (2, 5)),
    "strings": ("换弦", (80, 300), (0.2, 1.2)),
    "pegs": ("琴轸雁足", (200, 700), (2, 6)),
}
PRODUCTS = {  # product -> (zh, price CNY, instruments)
    "violin_strings": ("小提琴套弦", (320, 820)), "cello_strings": ("大提琴套弦", (900, 2100)),
    "guitar_strings": ("吉他弦", (60, 180)), "guqin_strings": ("古琴丝弦", (220, 480)),
    "rosin": ("松香", (40, 260)), "case": ("琴盒", (600, 3800)), "humidifier": ("加湿器", (80, 240)),
    "shoulder_rest": ("肩托", (150, 680)), "tuner": ("调音器", (60, 220)),
}
INST_PRODUCTS = {"violin": ["violin_strings", "rosin", "case", "shoulder_rest", "humidifier", "tuner"],
                 "cello": ["cello_strings", "rosin", "case", "humidifier", "tuner"],
                 "guitar": ["guitar_strings", "case", "tuner", "humidifier"],
                 "guqin": ["guqin_strings", "case", "humidifier", "tuner"]}
TEACHERS_CN = ["王雪老师", "陈默老师", "刘一鸣老师", "周琴老师", "赵可老师"]
TEACHERS_EN = ["Ms Harper", "Mr Bellini", "Dr Okafor"]

# touchpoint_id, zh, en, stage, channel, kind, owner, aliases
TOUCHPOINTS = [
    ("tp_discover", "内容种草", "Social content", "awareness", "social", "digital", "品牌市场部",
     "小红书笔记|抖音视频|种草|Instagram post|social post"),
    ("tp_browse", "官网/小程序浏览", "Website & mini program visit", "awareness", "web", "digital", "数字化团队",
     "官网|小程序|逛官网|website|site visit|online browse"),
    ("tp_trial_book", "预约试琴", "Trial booking", "consideration", "mini_program", "digital", "门店运营",
     "约试琴|试琴预约|book a trial|appointment"),
    ("tp_trial", "到店试琴", "Showroom trial", "consideration", "store", "physical", "门店运营",
     "试琴|试拉|试奏|play-test|try-out|showroom visit"),
    ("tp_purchase", "成品琴购买", "Ready-made instrument purchase", "purchase", "store", "physical", "门店运营",
     "买琴|成品琴|现琴|buy an instrument|off-the-shelf"),
    ("tp_quote", "定制询价", "Commission enquiry & quote", "consideration", "store", "physical", "定制工坊",
     "定制咨询|报价|询价|commission quote|custom build enquiry"),
    ("tp_deposit", "付定金", "Commission deposit", "purchase", "web", "digital", "定制工坊",
     "下定|定金|订金|deposit paid|commission deposit"),
    ("tp_design", "选材定稿", "Wood selection & design sign-off", "purchase", "store", "physical", "定制工坊",
     "选木料|选材|定稿|design sign-off|tonewood selection"),
    ("tp_white", "白坯完成", "Built in the white", "service", "other", "physical", "定制工坊",
     "白坯|白胚|琴体完成|in the white|body done"),
    ("tp_varnish", "上漆完成", "Varnish finished", "service", "other", "physical", "定制工坊",
     "上漆|油漆|刷漆|varnish|varnishing"),
    ("tp_handover", "交琴付尾款", "Handover & final payment", "purchase", "store", "physical", "定制工坊",
     "交琴|提琴|取琴|付尾款|尾款|handover|collection|final payment"),
    ("tp_rental_start", "学生租琴起租", "Student rental start", "purchase", "store", "physical", "租赁业务",
     "租琴|起租|租赁签约|rental|rent an instrument"),
    ("tp_rent_pay", "月租扣款", "Monthly rent debit", "service", "app", "digital", "租赁业务",
     "月租|扣款|代扣|autopay|rent payment"),
    ("tp_rto", "租转买", "Rent-to-own buy-out", "loyalty", "store", "physical", "租赁业务",
     "租转买|买断|以租代购|rent-to-own|buy-out|buyout"),
    ("tp_rental_return", "退租还琴", "Rental return", "service", "store", "physical", "租赁业务",
     "退租|还琴|退琴|return the rental|rental return"),
    ("tp_repair_in", "送修登记", "Repair drop-off", "service", "store", "physical", "维修车间",
     "送修|报修|修琴|调校|repair intake|drop-off|setup"),
    ("tp_repair_done", "修好取琴", "Repair ready & pick-up", "service", "store", "physical", "维修车间",
     "修好|取回|维修完成|repair done|pick-up"),
    ("tp_shop_cart", "商城加购", "Shop cart", "purchase", "app", "digital", "电商团队",
     "加购物车|购物车|add to cart|basket|checkout"),
    ("tp_shop_order", "配件商城下单", "Accessory shop order", "purchase", "app", "digital", "电商团队",
     "买弦|买配件|商城订单|string order|shop order"),
    ("tp_lesson_ref", "老师转介", "Lesson referral", "loyalty", "phone", "physical", "客户关系",
     "推荐老师|介绍老师|找老师|lesson referral|teacher match"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "客户关系",
     "点评|评价|打分|review|rating"),
]
JOURNEYS = [  # journey_id, zh, en, window, steps
    ("trial_buy", "试琴购琴", "Trial to purchase", 30, ["tp_trial_book", "tp_trial", "tp_purchase"]),
    ("commission", "定制琴", "Custom commission", 365,
     ["tp_quote", "tp_deposit", "tp_design", "tp_white", "tp_varnish", "tp_handover"]),
    ("rental_rto", "租琴转买", "Rental to rent-to-own", 540, ["tp_rental_start", "tp_rto"]),
    ("repair", "送修取琴", "Repair", 30, ["tp_repair_in", "tp_repair_done"]),
    ("shop", "线上买配件", "Online accessory shop", 7, ["tp_browse", "tp_shop_cart", "tp_shop_order"]),
]

# ---------------------------------------------------------------- feedback templates
# every topic has marker words that appear in its templates and in no other template (checked below and in gold.py)
T = {
    "delay": dict(neg=True, zh=["定制的琴交期一拖再拖，说好的时间早就过了", "交期又延期了，已经多等了一个多月",
                               "交琴日期延期两次，孩子考级都赶不上了"],
                  en=["The handover was pushed back twice, a long delay on a commission I paid months ago",
                      "Still waiting for my violin, well past the promised date",
                      "Another delay on the build, the date keeps slipping"]),
    "no_update": dict(neg=True, zh=["做到哪一步了完全不知道，进度全靠自己去问", "定制进度不透明，没人主动说一声"],
                      en=["No updates at all unless I chase them by email", "Months of no update on where my build is"]),
    "repair_slow": dict(neg=True, zh=["修琴太慢了，等了两个多星期才取回", "送去修琴说三天，结果拖到半个月"],
                        en=["The repair took far longer than quoted, nearly three weeks",
                            "Dropped it for a repair and waited ages to get it back"]),
    "crack": dict(neg=True, zh=["冬天暖气一开面板就开裂了", "买了不到半年琴身开裂，北京太干了"],
                  en=["The top developed a crack over the winter", "Found a crack near the f-hole after the heating came on"]),
    "shipping": dict(neg=True, zh=["网上买的弦快递寄了一个多星期", "快递把琴盒压坏了"],
                     en=["Strings took ten days to arrive, the shipping is slow", "The courier lost my order for a week"]),
    "pay_fail": dict(neg=True, zh=["安卓小程序支付失败好几次，最后没买成", "下单时一直支付失败，换了手机才行"],
                     en=["Checkout kept failing on my Android phone", "The app checkout errored three times, gave up"]),
    "rental_dep": dict(neg=True, zh=["退租后押金拖了很久才退", "还琴时押金被扣了一部分，说是有划痕"],
                       en=["Took weeks to get the rental deposit back", "They kept part of my deposit for a tiny scratch"]),
    "pricey": dict(neg=True, zh=["价格有点贵，比别家高不少", "定制太贵了，学生真的负担不起"],
                   en=["Lovely but expensive for a student", "Quite pricey compared with other shops"]),
    "tone": dict(neg=False, zh=["音色特别通透，拉起来很舒服", "音色温润，低音很厚"],
                 en=["Beautiful warm tone, projects really well", "The tone opened up after a few weeks, gorgeous"]),
    "craft": dict(neg=False, zh=["做工非常精细，漆面很漂亮", "细节做工无可挑剔"],
                  en=["Superb craftsmanship, the varnish is stunning", "Craftsmanship is first class"]),
    "trial": dict(neg=False, zh=["试琴体验很好，可以慢慢比较好几把", "试琴的时候没有催着买，很放松"],
                  en=["Relaxed trial, they let me compare five instruments", "Great trial session, no pressure to buy"]),
    "luthier": dict(neg=False, zh=["师傅很耐心，讲了很多保养知识", "老师傅调得特别好，手感完全不一样"],
                    en=["The luthier explained everything patiently", "Our luthier set it up perfectly, plays like a dream"]),
    "rto": dict(neg=False, zh=["租转买很划算，租金能抵琴款", "孩子学了一年直接租转买，很方便"],
                en=["Rent-to-own made it affordable for us", "Love the rent-to-own option, rent counted towards the price"]),
}
MARKERS = {"delay": ["交期", "延期", "delay", "still waiting"], "no_update": ["进度", "no update"],
           "repair_slow": ["修琴", "repair"], "crack": ["开裂", "crack"], "shipping": ["快递", "shipping", "courier"],
           "pay_fail": ["支付失败", "checkout"], "rental_dep": ["押金", "deposit"], "pricey": ["贵", "expensive", "pricey"],
           "tone": ["音色", "tone"], "craft": ["做工", "craftsmanship"], "trial": ["试琴", "trial"],
           "luthier": ["师傅", "luthier"], "rto": ["租转买", "rent-to-own"]}
FILLER_ZH = ["", "", "希望改进。", "总体还行。", "下次再看看。"]
FILLER_EN = ["", "", " Hope this gets sorted.", " Overall fine otherwise.", ""]
NEUTRAL_ZH = ["一般般吧，没什么特别的", "还可以，和预期差不多", "东西收到了"]
NEUTRAL_EN = ["It was okay, nothing special", "Fine, as expected", "Received, all good"]


def _check_templates():
    for topic, d in T.items():
        for lang in ("zh", "en"):
            for s in d[lang]:
                assert any(m in s.lower() for m in MARKERS[topic]), (topic, s)
                for other, ms in MARKERS.items():
                    if other != topic:
                        assert not any(m in s.lower() for m in ms), (topic, other, s)
    for s in FILLER_ZH + FILLER_EN + NEUTRAL_ZH + NEUTRAL_EN:
        assert not any(m in s.lower() for ms in MARKERS.values() for m in ms), s


_check_templates()


# ---------------------------------------------------------------- simulation
class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.ne = self.no = self.nf = 0
        self.sess = {"BK": 0, "CM": 0, "RT": 0, "RP": 0, "SH": 0}

    def sid(self, p):
        self.sess[p] += 1
        return f"{p}{self.sess[p]:05d}"

    def ev(self, c, ts, tp, action, session=None, device=None, channel=None, **extra):
        if ts > TEND:
            return False
        self.ne += 1
        st = STORES[c["store"]]
        row = dict(event_id=f"E{self.ne:07d}", customer_id=c["id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=session, action=action, device=device or c["device"],
                   channel=channel, store_id=c["store"], store=st["zh"], store_en=st["en"], city=st["city"],
                   城市=st["city_zh"])
        inst = extra.pop("instrument", None)
        if inst:
            row["instrument"], row["乐器"] = inst, INST_ZH[inst]
        row.update(extra)
        self.events.append(row)
        return True

    def order(self, c, ts, amount_cny, otype, status="paid", session=None, inst=None, channel="store", **extra):
        if ts > TEND:
            return None
        self.no += 1
        st = STORES[c["store"]]
        london = c["store"] == "S04"
        row = dict(order_id=f"O{self.no:06d}", customer_id=c["id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=round(amount_cny, 2), status=status, channel=channel,
                   device=c["device"] if channel in ("app", "web", "mini_program") else None,
                   order_type=otype, 订单类型=OTYPE_ZH[otype], session_id=session, store_id=c["store"],
                   store=st["zh"], store_en=st["en"], currency="GBP" if london else "CNY",
                   amount_local=round(amount_cny / GBP, 2) if london else round(amount_cny, 2))
        if inst:
            row["instrument"], row["乐器"] = inst, INST_ZH[inst]
        row.update(extra)
        self.orders.append(row)
        return row

    def fb(self, c, ts, topics, tp, channel, rating=None, nps=None, lang=None, sentiment=None, keep_ts=True,
           anon=False):
        lang = lang or c["lang"]
        if rating is None and channel in ("app_review", "dianping", "google_review"):
            rating = ri(1, 2) if any(T[t]["neg"] for t in topics) else ri(4, 5) if topics else 3
        parts = []
        for t in topics:
            parts.append(T[t][lang][int(rng.integers(len(T[t][lang])))])
        if not topics:
            parts.append((NEUTRAL_ZH if lang == "zh" else NEUTRAL_EN)[int(rng.integers(3))])
        sep = "，" if lang == "zh" else ". "
        text = sep.join(parts)
        if topics and any(T[t]["neg"] for t in topics):
            fill = (FILLER_ZH if lang == "zh" else FILLER_EN)[int(rng.integers(5))]
            text += ("。" + fill if lang == "zh" and fill else fill)
        if ts is not None and ts > TEND:
            return
        self.nf += 1
        fid = f"FB{self.nf:05d}"
        st = STORES[c["store"]]
        self.feedback.append(dict(feedback_id=fid, text=text, ts=ts.strftime("%Y-%m-%d %H:%M:%S") if keep_ts else None,
                                  customer_id=None if anon else c["id"], touchpoint_id=tp, channel=channel,
                                  rating=rating, nps=nps, language=lang, store_id=c["store"], store=st["zh"],
                                  store_en=st["en"]))
        if sentiment is None:
            neg = any(T[t]["neg"] for t in topics)
            pos = any(not T[t]["neg"] for t in topics)
            sentiment = "negative" if neg and not pos else "positive" if pos and not neg else (
                "mixed" if topics else "neutral")
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sentiment))


OTYPE_ZH = {"instrument": "成品琴", "commission_deposit": "定制定金", "commission_balance": "定制尾款",
            "rental_deposit": "租琴押金", "monthly_rent": "月租", "buyout": "租转买尾款", "repair_fee": "维修费",
            "accessory": "配件"}


def _day_weights():
    # growth plus term-start peaks (Sep, Mar) and the run-up to them (Aug, Feb)
    days = (TEND - T0).days + 1
    w = np.ones(days)
    for i in range(days):
        d = T0 + timedelta(days=i)
        w[i] = 1.0 + 0.5 * i / days + (0.45 if d.month in (3, 9) else 0) + (0.25 if d.month in (2, 8) else 0)
    return w / w.sum()


DAY_W = _day_weights()


def signup_time():
    i = int(rng.choice(len(DAY_W), p=DAY_W))
    return day_time(T0 + timedelta(days=i), 8, 23)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    w = W()
    customers = []
    N = 8000
    for k in range(1, N + 1):
        store = pickd({s: d["w"] for s, d in STORES.items()})
        uk = store == "S04"
        chan = pickd(CHAN_UK if uk else CHAN_CN)
        level = pickd(LEVELS_UK if uk else LEVELS)
        inst = pickd(STORES[store]["inst"])
        lang = "en" if uk or chance(0.04) else "zh"
        device = pickd({"ios": .5, "android": .2, "pc": .3} if uk else {"ios": .42, "android": .38, "pc": .20})
        c = dict(id=f"C{k:05d}", store=store, chan=chan, level=level, inst=inst, lang=lang, device=device,
                 signup=signup_time(), spend=0.0, did=set())
        customers.append(c)
        simulate(w, c)
    # --- write
    write_tables(out, w, customers)


def browse(w, c, t):
    if c["chan"] in ("xiaohongshu", "douyin", "instagram"):
        w.ev(c, t - timedelta(minutes=ri(5, 600)), "tp_discover", "view", channel="social",
             platform=c["chan"])
    if c["chan"] != "walk_in":
        w.ev(c, t, "tp_browse", "view", channel="mini_program" if c["device"] != "pc" and c["store"] != "S04" else "web")


def simulate(w: W, c: dict) -> None:
    t = c["signup"]
    lvl, inst, chan, store = c["level"], c["inst"], c["chan"], c["store"]
    intent = pickd({"beginner": {"rental": .52, "trial_buy": .30, "shop": .18},
                    "amateur": {"trial_buy": .48, "shop": .27, "repair": .25},
                    "conservatory": {"trial_buy": .35, "commission": .25, "repair": .25, "shop": .15},
                    "professional": {"commission": .42, "repair": .40, "trial_buy": .18}}[lvl])
    if store == "S01" and t.month in (11, 12, 1, 2) and intent in ("shop", "trial_buy") and chance(0.25):
        intent = "repair"  # Beijing's dry winter: more people walk in with cracked instruments
    c["intent"] = intent
    browse(w, c, t)
    if intent in ("trial_buy", "rental"):
        trial_flow(w, c, t)
    elif intent == "commission":
        commission_flow(w, c, t + timedelta(days=u(1, 20)))
    elif intent == "repair":
        repair_flow(w, c, t + timedelta(days=u(0, 10)))
    else:
        shop_flow(w, c, t, first=True)
    # extra shop sessions for owners and renters
    n_shop = int(rng.poisson(1.1 if c["did"] & {"purchase", "rental", "handover"} else 0.35))
    for _ in range(n_shop):
        shop_flow(w, c, t + timedelta(days=u(5, 420)))
    if c["did"] & {"purchase", "handover"} and chance(0.22):
        repair_flow(w, c, t + timedelta(days=u(40, 450)))
    survey(w, c)


def trial_flow(w, c, t):
    chan, inst, store = c["chan"], c["inst"], c["store"]
    booked = chan != "walk_in"
    tt = t + timedelta(days=u(0.5, 9))
    tt = day_time(tt)
    bk = None
    if booked:
        bk = w.sid("BK")
        w.ev(c, t + timedelta(minutes=ri(2, 50)), "tp_trial_book", "booked", session=bk, channel="mini_program"
             if store != "S04" else "web", acquisition_channel=chan, instrument=inst)
        show = {"douyin": 0.54, "instagram": 0.70}.get(chan, 0.86)
        if not chance(show):
            return
    w.ev(c, tt, "tp_trial", "attended", session=bk, channel="store", acquisition_channel=chan, instrument=inst,
         instruments_tried=ri(2, 6))
    if c["intent"] == "rental":
        if chance(0.80 if chan in ("school_partner", "teacher_referral") else 0.62):
            rental_flow(w, c, tt + timedelta(hours=u(0.3, 2)) if chance(0.7) else day_time(tt + timedelta(days=u(1, 12))))
        elif chance(0.3):
            w.fb(c, tt + timedelta(days=u(0, 3)), ["pricey"], "tp_trial", "app_review", rating=ri(2, 3))
        return
    p = {"teacher_referral": 0.66, "school_partner": 0.50, "douyin": 0.24, "walk_in": 0.44}.get(chan, 0.40)
    if c["level"] in ("conservatory",) and chance(0.25):
        commission_flow(w, c, tt + timedelta(hours=1))
        return
    if not chance(p):
        if chance(0.12):
            w.fb(c, tt + timedelta(days=u(0, 4)), ["pricey"], "tp_trial", pick(["app_review", "dianping"], [1, 1])
                 if store != "S04" else "google_review", rating=ri(2, 3))
        return
    pt = tt + timedelta(minutes=ri(20, 90)) if chance(0.55) else day_time(tt + timedelta(days=u(1, 28)))
    line = pickd({"beginner": {"student": .85, "workshop": .15}, "amateur": {"student": .35, "workshop": .55, "master": .1},
                  "conservatory": {"workshop": .6, "master": .4}, "professional": {"workshop": .3, "master": .7}}[c["level"]])
    price = u(*PRICE[inst][line])
    if store == "S04":
        price *= 1.25
    price = round(price / 100) * 100
    if not w.ev(c, pt, "tp_purchase", "purchased", channel="store", instrument=inst, line=line, 档次=LINE_ZH[line],
                amount=price):
        return
    status = "refunded" if chance(0.02) else "paid"
    w.order(c, pt, price, "instrument", status=status, inst=inst, line=line, 档次=LINE_ZH[line])
    c["did"].add("purchase")
    c["spend"] += price if status == "paid" else 0
    lesson_ref(w, c, pt)
    # review of the purchase
    if chance(0.35):
        topics = []
        if chance(0.55):
            topics.append("tone")
        if chance(0.35):
            topics.append("trial")
        if chance(0.2):
            topics.append("craft")
        if chance(0.12):
            topics.append("pricey")
        crack = store in ("S01", "S02") and chance(0.05)
        if crack:
            topics = ["crack"]
        rt = pt + timedelta(days=u(1, 20))
        r = ri(1, 2) if crack else (ri(3, 4) if "pricey" in topics else ri(4, 5))
        review(w, c, rt, topics, "tp_purchase", r)


def review(w, c, rt, topics, tp, rating):
    if rt > TEND:
        return
    ch = "google_review" if c["store"] == "S04" else pickd({"app_review": .7, "dianping": .3})
    w.ev(c, rt, "tp_review", "review", channel="app" if ch == "app_review" else "other", stars=rating, about=tp)
    w.fb(c, rt, topics, tp, ch, rating=rating, keep_ts=not (ch == "dianping" and chance(0.15)))


def lesson_ref(w, c, t):
    if c["level"] in ("beginner", "amateur") and chance(0.3):
        teacher = pick(TEACHERS_EN, [1, 1, 1]) if c["store"] == "S04" else pick(TEACHERS_CN, [5, 3, 2, 2, 1])
        w.ev(c, day_time(t + timedelta(days=u(1, 14))), "tp_lesson_ref", "referred", channel="phone", teacher=teacher)


def commission_flow(w, c, t):
    store, inst = c["store"], c["inst"]
    if store == "S04" and inst == "guitar":
        inst = "violin"
    t = day_time(t)
    cm = w.sid("CM")
    price = u(*COMMISSION[inst])
    if store == "S04":
        price *= 1.3
    price = round(price / 500) * 500
    variant = None
    if within(t, "2026-01-05", "2026-06-30"):
        variant = "render_video" if chance(0.5) else "pdf_quote"
        w.exps.append(dict(experiment_id="quote_render_2026", variant=variant, customer_id=c["id"],
                           assigned_at=t.strftime("%Y-%m-%d %H:%M:%S")))
    if not w.ev(c, t, "tp_quote", "quoted", session=cm, channel="store", instrument=inst, quote_amount=price,
                quote_format=variant or "pdf_quote"):
        return
    p = {"render_video": 0.52, "pdf_quote": 0.33}.get(variant, 0.36)
    if c["level"] == "professional":
        p += 0.08
    if not chance(p):
        if chance(0.12):
            w.fb(c, t + timedelta(days=u(1, 10)), ["pricey"], "tp_quote",
                 "email" if store == "S04" else "wechat", keep_ts=chance(0.6))
        return
    td = day_time(t + timedelta(days=u(1, 25)))
    dep = round(price * 0.3, 2)
    if not w.ev(c, td, "tp_deposit", "deposit_paid", session=cm, channel="web", instrument=inst, amount=dep):
        return
    cancel = chance(0.04)
    w.order(c, td, dep, "commission_deposit", status="refunded" if cancel else "paid", session=cm, inst=inst,
            channel="web")
    if cancel:
        return
    c["spend"] += dep
    t1 = day_time(td + timedelta(days=u(5, 21)))
    w.ev(c, t1, "tp_design", "signed_off", session=cm, channel="store", instrument=inst,
         wood=pick(["Bosnian maple", "Italian spruce", "桐木", "梓木", "Indian rosewood"], [3, 3, 2, 1, 1]))
    t2 = day_time(t1 + timedelta(days=u(35, 80)))
    w.ev(c, t2, "tp_white", "milestone", session=cm, channel="other", instrument=inst)
    t3 = day_time(t2 + timedelta(days=u(18, 38)))
    w.ev(c, t3, "tp_varnish", "milestone", session=cm, channel="other", instrument=inst)
    late = store == "S04" and within(t3, "2025-10-01", "2026-02-28")  # the UV cabinet / humidity problem in London
    t4 = day_time(t3 + timedelta(days=u(30, 62) if late else u(6, 16)))
    ok = w.ev(c, t4, "tp_handover", "handed_over", session=cm, channel="store", instrument=inst, amount=price - dep)
    if late and chance(0.45):
        w.fb(c, t3 + timedelta(days=u(20, 45)), ["delay"] + (["no_update"] if chance(0.5) else []), "tp_handover",
             "email", keep_ts=chance(0.85))
    elif not late and chance(0.04):
        w.fb(c, t3 + timedelta(days=u(3, 10)), ["no_update"], "tp_varnish", "wechat" if store != "S04" else "email")
    if not ok:
        return
    w.order(c, t4, price - dep, "commission_balance", session=cm, inst=inst)
    c["spend"] += price - dep
    c["did"].add("handover")
    if chance(0.5):
        topics = [t_ for t_, p_ in (("tone", .6), ("craft", .6), ("luthier", .3)) if chance(p_)]
        if late:
            topics = ["delay"] + topics[:1]
            r = ri(2, 3)
        else:
            r = ri(4, 5) if topics else 4
        review(w, c, t4 + timedelta(days=u(2, 30)), topics, "tp_handover", r)


def rental_flow(w, c, t):
    inst = c["inst"]
    rt = w.sid("RT")
    t = day_time(t)
    rent = RENT[inst] * (1.0 if c["store"] != "S04" else 1.6)
    pm = "direct_debit" if c["store"] == "S04" else pickd({"wechat_autopay": .55, "alipay_autopay": .45})
    if not w.ev(c, t, "tp_rental_start", "started", session=rt, channel="store", instrument=inst, monthly_rent=rent,
                payment_method=pm):
        return
    c["did"].add("rental")
    dep_order = w.order(c, t, RENT_DEP[inst] * (1.0 if c["store"] != "S04" else 1.6), "rental_deposit", status="held",
                        session=rt, inst=inst)
    w.order(c, t, rent, "monthly_rent", session=rt, inst=inst, payment_method=pm)
    c["spend"] += rent
    lesson_ref(w, c, t)
    rto_p = {"guqin": 0.45, "guitar": 0.30, "cello": 0.16, "violin": 0.10}[inst]
    if c["chan"] == "school_partner":
        rto_p += 0.05
    fate = "rto" if chance(rto_p) else ("return" if chance(0.45) else "ongoing")
    end_m = {"rto": ri(5, 14), "return": ri(2, 11), "ongoing": 99}[fate]
    paid = rent
    for m in range(1, end_m):
        due = t + timedelta(days=30.4 * m)
        if due > TEND:
            return
        due = due.replace(hour=9, minute=0, second=0)
        if chance(0.03):
            w.ev(c, due, "tp_rent_pay", "fail", session=rt, channel="app", payment_method=pm, amount=rent)
            due2 = due + timedelta(days=3)
            w.ev(c, due2, "tp_rent_pay", "success", session=rt, channel="app", payment_method=pm, amount=rent)
            w.order(c, due2, rent, "monthly_rent", session=rt, inst=inst, payment_method=pm, channel="app")
        else:
            w.ev(c, due, "tp_rent_pay", "success", session=rt, channel="app", payment_method=pm, amount=rent)
            w.order(c, due, rent, "monthly_rent", session=rt, inst=inst, payment_method=pm, channel="app")
        paid += rent
        c["spend"] += rent
    te = day_time(t + timedelta(days=30.4 * (end_m - 1) + u(3, 25)))
    if fate == "rto":
        list_price = {"violin": 6800, "cello": 14000, "guitar": 4200, "guqin": 9800}[inst] * (
            1.0 if c["store"] != "S04" else 1.5)
        amt = round(max(list_price * 0.3, list_price - 0.7 * paid - dep_order["amount"]), 2)
        if w.ev(c, te, "tp_rto", "bought_out", session=rt, channel="store", instrument=inst, amount=amt):
            w.order(c, te, amt, "buyout", session=rt, inst=inst)
            dep_order["status"] = "applied"
            c["spend"] += amt
            c["did"].add("rto")
            if chance(0.4):
                review(w, c, te + timedelta(days=u(1, 15)), ["rto"] + (["luthier"] if chance(0.3) else []), "tp_rto",
                       5 if chance(0.7) else 4)
    elif fate == "return":
        if w.ev(c, te, "tp_rental_return", "returned", session=rt, channel="store", instrument=inst):
            slow = chance(0.15)
            deduct = chance(0.12)
            dep_order["status"] = "refunded"
            dep_order["refunded_at"] = (te + timedelta(days=u(14, 30) if slow else u(1, 5))).strftime("%Y-%m-%d %H:%M:%S")
            if (slow or deduct) and chance(0.6):
                w.fb(c, te + timedelta(days=u(5, 30)), ["rental_dep"], "tp_rental_return",
                     pick(["call_note", "wechat", "app_review"], [3, 1, 1]) if c["store"] != "S04" else "email",
                     rating=None, keep_ts=chance(0.8))


def repair_flow(w, c, t):
    store, inst = c["store"], c["inst"]
    t = day_time(t)
    winter_bj = store in ("S01", "S02") and t.month in (11, 12, 1, 2, 3)
    kinds = {"violin": ["crack", "open_seam", "bridge", "soundpost", "setup", "strings"],
             "cello": ["crack", "open_seam", "bridge", "soundpost", "setup", "strings"],
             "guitar": ["crack", "frets", "setup", "strings", "bridge"],
             "guqin": ["crack", "pegs", "strings", "setup"]}[inst]
    wts = [(5.0 if winter_bj else 0.6) if k == "crack" else 1.0 for k in kinds]
    if "open_seam" in kinds and winter_bj:
        wts[kinds.index("open_seam")] = 2.0
    rtype = pick(kinds, wts)
    zh, fee_rng, days_rng = REPAIR_TYPES[rtype]
    rp = w.sid("RP")
    if not w.ev(c, t, "tp_repair_in", "dropped_off", session=rp, channel="store", instrument=inst,
                repair_type=rtype, 维修类型=zh, ticket_id=rp):
        return
    days = u(*days_rng)
    backlog = store == "S01" and within(t, "2025-12-01", "2026-02-28")
    if backlog:
        days = days * 2.6 + u(2, 5)
    if store == "S04":
        days *= 1.2
    td = day_time(t + timedelta(days=days))
    if td <= t:
        td = t + timedelta(hours=u(2, 6))
    fee = round(u(*fee_rng) * (1.4 if store == "S04" else 1.0))
    if chance(0.03):
        return  # still in the workshop / abandoned
    if not w.ev(c, td, "tp_repair_done", "picked_up", session=rp, channel="store", instrument=inst,
                repair_type=rtype, 维修类型=zh, ticket_id=rp, amount=fee):
        return
    w.order(c, td, fee, "repair_fee", session=rp, inst=inst, repair_type=rtype, 维修类型=zh)
    c["spend"] += fee
    c["did"].add("repair")
    if rtype == "crack" and winter_bj and chance(0.18):
        w.fb(c, t + timedelta(hours=u(1, 30)), ["crack"], "tp_repair_in", pick(["wechat", "dianping"], [1, 1]),
             rating=None, keep_ts=chance(0.6))
    if chance(0.32) or (days > 9 and chance(0.5)):
        if days > 9:
            topics = ["repair_slow"]
            r = ri(1, 2)
        else:
            topics = [t_ for t_, p_ in (("luthier", .6), ("tone", .25)) if chance(p_)]
            r = ri(4, 5) if topics else ri(3, 4)
        review(w, c, td + timedelta(days=u(0.2, 6)), topics, "tp_repair_done", r)


def shop_flow(w, c, t, first=False):
    t = day_time(t, 8, 23)
    if t > TEND:
        return
    if not first:
        browse(w, c, t)
    sh = w.sid("SH")
    tc = t + timedelta(minutes=ri(2, 25))
    bug = c["device"] == "android" and within(tc, "2026-05-08", "2026-06-21")
    ch = "web" if c["device"] == "pc" else "app"
    if not chance(0.62):
        return  # browsed only
    prods = INST_PRODUCTS[c["inst"]]
    prod = prods[int(rng.integers(len(prods)))]
    if not w.ev(c, tc, "tp_shop_cart", "checkout_error" if bug and chance(0.9) else "add_to_cart", session=sh,
                channel=ch, product=prod, 商品=PRODUCTS[prod][0]):
        return
    p = 0.22 if bug else 0.72
    if not chance(p):
        if bug and chance(0.45):
            w.fb(c, tc + timedelta(minutes=ri(5, 300)), ["pay_fail"], "tp_shop_cart", pick(["ticket", "app_review"], [2, 1]),
                 rating=None, keep_ts=True)
        return
    to = tc + timedelta(minutes=ri(1, 20))
    qty = ri(1, 3) if prod.endswith("strings") or prod == "rosin" else 1
    amt = round(u(*PRODUCTS[prod][1]) * qty * (1.2 if c["store"] == "S04" else 1.0), 2)
    if not w.ev(c, to, "tp_shop_order", "ordered", session=sh, channel=ch, product=prod, 商品=PRODUCTS[prod][0],
                amount=amt, quantity=qty):
        return
    status = pickd({"paid": .93, "refunded": .04, "cancelled": .03})
    courier = "Royal Mail" if c["store"] == "S04" else pickd({"顺丰": .5, "中通": .3, "京东物流": .2})
    slow_ship = courier == "中通" and within(to, "2025-11-01", "2026-01-31")
    w.order(c, to, amt, "accessory", status=status, session=sh, channel=ch, product=prod, 商品=PRODUCTS[prod][0],
            quantity=qty, courier=courier)
    if status == "paid":
        c["spend"] += amt
    if slow_ship and chance(0.35):
        w.fb(c, to + timedelta(days=u(6, 12)), ["shipping"], "tp_shop_order", pick(["ticket", "app_review"], [1, 1]),
             keep_ts=True)
    elif chance(0.04):
        w.fb(c, to + timedelta(days=u(2, 8)), ["shipping"], "tp_shop_order", "app_review", rating=2)


def survey(w, c):
    if not (c["did"] & {"purchase", "handover", "rental", "repair"}) or not chance(0.25):
        return
    t = c["signup"] + timedelta(days=u(40, 120))
    if t > TEND:
        return
    s = ri(7, 10)
    topics = []
    if c["store"] == "S04" and c["intent"] == "commission" and t >= datetime(2025, 11, 1) and t < datetime(2026, 4, 1):
        s = ri(2, 7)
        topics = ["delay"]
    elif c["store"] == "S01" and c["intent"] == "repair" and within(t, "2025-12-15", "2026-03-31"):
        s = ri(3, 7)
        topics = ["repair_slow"] if chance(0.6) else []
    elif chance(0.15):
        s = ri(0, 6)
        topics = [pick(["pricey", "no_update"], [2, 1])]
    else:
        topics = [t_ for t_, p_ in (("tone", .35), ("luthier", .25), ("trial", .15)) if chance(p_)]
    w.fb(c, day_time(t), topics, "tp_review", "survey", nps=s)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def write_tables(out: Path, w: W, customers) -> None:
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    crow = []
    for c in customers:
        st = STORES[c["store"]]
        did = c["did"]
        seg = ("commission_client" if "handover" in did else "owner" if "purchase" in did or "rto" in did
               else "renter" if "rental" in did else "repair_client" if "repair" in did else "prospect")
        sp = c["spend"]
        tier = "gold" if sp >= 50000 else "silver" if sp >= 8000 else "standard"
        crow.append(dict(customer_id=c["id"], signup_at=c["signup"].strftime("%Y-%m-%d %H:%M:%S"), segment=seg,
                         region=st["city"], 地区=st["city_zh"], acquisition_channel=c["chan"],
                         获客渠道=CHAN_ZH[c["chan"]], tier=tier,
                         会员等级={"gold": "金卡", "silver": "银卡", "standard": "普通"}[tier],
                         home_store_id=c["store"], home_store=st["zh"], home_store_en=st["en"],
                         player_level=c["level"], 演奏水平=LEVEL_ZH[c["level"]], main_instrument=c["inst"],
                         主修乐器=INST_ZH[c["inst"]], preferred_language=c["lang"], phone_os=c["device"]))
    write(out / "customers.csv", crow, list(crow[0]))
    ev = sorted(w.events, key=lambda r: (r["ts"], r["event_id"]))
    # the mini program re-sends a few events: exact duplicates
    dups = [ev[int(i)] for i in rng.choice(len(ev), 18, replace=False)]
    ev = sorted(ev + [dict(d) for d in dups], key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", ev, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id",
                                               "action", "device", "channel"]))
    orows = sorted(w.orders, key=lambda r: r["ts"])
    write(out / "orders.csv", orows, cols_of(orows, ["order_id", "customer_id", "ts", "amount", "status",
                                                     "channel", "device"]))
    for r in w.feedback:  # undated WeChat group posts come without a customer (forwarded screenshots)
        if r["channel"] == "wechat" and r["ts"] is None:
            r["customer_id"] = None
    fb = sorted(w.feedback, key=lambda r: (r["ts"] or "9", r["feedback_id"]))
    write(out / "feedback.csv", fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "store_id", "store", "store_en"])
    write(out / "experiments.csv", w.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(crow)}, events {len(ev)}, orders {len(orows)}, feedback {len(fb)}, "
          f"experiments {len(w.exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
