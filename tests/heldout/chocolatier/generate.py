"""流光可可 Lumière Cacao: artisan chocolate brand with boutiques in Shanghai, Hangzhou and Brussels, a Tmall
flagship store, its own website and a WeChat mini program; gift boxes, seasonal pre-orders (Valentine, 520,
Mid-Autumn, Christmas, Easter), tasting workshops and corporate gifting. Data 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table, used by gold.py only).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta
H = timedelta(hours=1)
M = timedelta(minutes=1)
EUR = 7.80  # group reporting rate, CNY per EUR

rng = np.random.default_rng(SEED)


def U(a, b):
    return a + (b - a) * rng.random()


def R():
    return rng.random()


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    r = rng.random() * sum(weights)
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def lognorm(median, sigma):
    return median * math.exp(sigma * rng.standard_normal())


def poisson(lam):
    return int(rng.poisson(max(lam, 0.0)))


# ---------------------------------------------------------------- reference data
BOUTIQUES = {
    "SH01": ("上海新天地店", "Shanghai Xintiandi", "shanghai"),
    "SH02": ("上海静安嘉里中心店", "Shanghai Jing'an Kerry Centre", "shanghai"),
    "SH03": ("上海前滩太古里店", "Shanghai Qiantan Taikoo Li", "shanghai"),
    "HZ01": ("杭州湖滨in77店", "Hangzhou Hubin in77", "hangzhou"),
    "HZ02": ("杭州天目里店", "Hangzhou Tianmuli", "hangzhou"),
    "BX01": ("布鲁塞尔萨布隆店", "Brussels Sablon", "brussels"),
    "BX02": ("布鲁塞尔圣于贝尔长廊店", "Brussels Galeries Royales Saint-Hubert", "brussels"),
}
CITY_BOUTIQUES = {"shanghai": (["SH01", "SH02", "SH03"], [0.45, 0.3, 0.25]),
                  "hangzhou": (["HZ01", "HZ02"], [0.55, 0.45]),
                  "brussels": (["BX01", "BX02"], [0.6, 0.4])}
WORKSHOP_BOUTIQUE = {"shanghai": "SH01", "hangzhou": "HZ02", "brussels": "BX01"}
WS_TYPES = {  # type: (zh, en, CNY price, EUR price, show-up rate)
    "truffle_making": ("松露巧克力手作课", "Truffle making", 398, 55, 0.92),
    "bean_to_bar": ("从可可豆到巧克力", "Bean to bar", 588, 75, 0.88),
    "kids_class": ("亲子巧克力课", "Kids' chocolate class", 298, 45, 0.62),
    "pairing": ("巧克力配茶/配酒品鉴", "Chocolate pairing", 468, 65, 0.80),
}

# sku: (zh, en, CNY price, EUR price, season key)
SKUS = {
    "GB09": ("经典九粒夹心礼盒", "Classic 9-piece praline box", 268, 29, None),
    "GB16": ("经典十六粒夹心礼盒", "Classic 16-piece praline box", 428, 45, None),
    "GB25": ("大师二十五粒礼盒", "Master 25-piece box", 598, 62, None),
    "BAR70": ("70%单一产地黑巧排块", "70% single-origin bar", 68, 8, None),
    "TRF12": ("松露巧克力12颗", "Truffles, box of 12", 238, 26, None),
    "HOTCHOC": ("热可可粉罐装", "Hot chocolate tin", 98, 12, "winter"),
    "VAL_HEART": ("情人节心形礼盒", "Valentine heart box", 520, 52, "valentine"),
    "ROSE520": ("520玫瑰心意礼盒", "520 rose box", 520, None, "520"),
    "MOON_BOX": ("流光月饼巧克力礼盒", "Mid-Autumn mooncake chocolate box", 388, None, "mid_autumn"),
    "ADVENT": ("圣诞倒数日历", "Advent calendar", 458, 49, "christmas"),
    "EASTER_EGG": ("复活节手绘彩蛋", "Hand-painted Easter egg", None, 35, "easter"),
}
REGIONS = {  # region: (country choices, city choices, market)
    "shanghai": (["CN"], ["shanghai"], "CN"),
    "hangzhou": (["CN"], ["hangzhou"], "CN"),
    "other_cn": (["CN"], ["beijing", "shenzhen", "guangzhou", "chengdu", "nanjing", "suzhou", "wuhan", "xiamen"], "CN"),
    "brussels": (["BE"], ["brussels"], "EU"),
    "eu_other": (["BE", "FR", "NL", "DE", "LU"], ["antwerp", "ghent", "paris", "lille", "amsterdam", "cologne",
                                                  "luxembourg"], "EU"),
}
EU_CITY_COUNTRY = {"antwerp": "BE", "ghent": "BE", "paris": "FR", "lille": "FR", "amsterdam": "NL",
                   "cologne": "DE", "luxembourg": "LU"}
ACQ_CN = (["tmall", "xiaohongshu", "douyin", "wechat", "boutique_walk_in", "referral"],
          [0.28, 0.2, 0.14, 0.14, 0.14, 0.1])
ACQ_CN_ONLINE = (["tmall", "xiaohongshu", "douyin", "wechat", "referral"], [0.36, 0.22, 0.2, 0.12, 0.1])
ACQ_EU = (["google", "instagram", "boutique_walk_in", "referral"], [0.35, 0.25, 0.28, 0.12])
ACQ_EU_ONLINE = (["google", "instagram", "referral"], [0.5, 0.35, 0.15])
ACQ_CORP = (["corporate_sales", "referral", "linkedin", "trade_fair", "website"], [0.3, 0.22, 0.18, 0.12, 0.18])
INDUSTRIES = ["finance", "law", "tech", "pharma", "hotel", "automotive", "consulting", "luxury_retail"]
CORP_NAMES_CN = ["恒睿", "中瑞", "博远", "嘉禾", "华信", "启明", "鼎泰", "汇丰源", "星河", "云杉", "正衡", "德盛", "明诚", "远景"]
CORP_SUFFIX_CN = {"finance": "资本", "law": "律师事务所", "tech": "科技", "pharma": "医药", "hotel": "酒店管理",
                  "automotive": "汽车", "consulting": "咨询", "luxury_retail": "精品"}
CORP_NAMES_EU = ["Vandenberghe", "Lemaire", "Peeters", "Dubois", "Janssens", "Maes", "Wouters", "Claes", "Mertens",
                 "Leclercq", "Hendrickx", "Van Damme"]
CORP_SUFFIX_EU = {"finance": "Capital", "law": "Avocats", "tech": "Digital", "pharma": "Pharma", "hotel": "Hotels",
                  "automotive": "Motors", "consulting": "Consulting", "luxury_retail": "Maison"}

# planted windows
WEB_DATE_BUG = (datetime(2026, 2, 1), datetime(2026, 3, 1))        # website delivery-date picker broken
TMALL_COURIER_SWITCH = datetime(2026, 4, 1)                          # Tmall -> other_cn by non-cold-chain courier
ZTO_MELT = {4: 0.08, 5: 0.17, 6: 0.33}
CS_BACKLOG = datetime(2026, 5, 18)                                   # after-sales desk overloaded
MOON_CRUNCH = (datetime(2025, 9, 8), datetime(2025, 10, 1))          # Mid-Autumn capacity crunch
EXPERIMENT = ("free_ship_199", datetime(2025, 10, 1), datetime(2026, 1, 1))

LAUNCHES = [  # id, market, push date, festival date, sku
    ("valentine_2025", "ALL", datetime(2025, 1, 13), date(2025, 2, 14), "VAL_HEART"),
    ("easter_2025", "EU", datetime(2025, 3, 24), date(2025, 4, 20), "EASTER_EGG"),
    ("520_2025", "CN", datetime(2025, 4, 22), date(2025, 5, 20), "ROSE520"),
    ("mid_autumn_2025", "CN", datetime(2025, 9, 1), date(2025, 10, 6), "MOON_BOX"),
    ("christmas_2025", "ALL", datetime(2025, 11, 20), date(2025, 12, 24), "ADVENT"),
    ("valentine_2026", "ALL", datetime(2026, 1, 12), date(2026, 2, 14), "VAL_HEART"),
    ("easter_2026", "EU", datetime(2026, 3, 9), date(2026, 4, 5), "EASTER_EGG"),
    ("520_2026", "CN", datetime(2026, 4, 21), date(2026, 5, 20), "ROSE520"),
]
MOON_SOLD_OUT = datetime(2025, 9, 2, 20)

DAYS = [(START + D(i)).date() for i in range((END.date() - START.date()).days + 1)]


def _near(d, target, lo, hi):
    k = (target - d).days
    return lo <= k <= hi


def weight(d: date, market: str) -> float:
    w = 1.0
    if market == "CN":
        if d.month in (7, 8):
            w *= 0.62
        for y in (2025, 2026):
            k = (date(y, 2, 14) - d).days
            if 0 <= k <= 13:
                w *= 1 + 2.4 * (14 - k) / 14
            if _near(d, date(y, 5, 20), 0, 10):
                w *= 1.8
            if date(y, 10, 25) <= d <= date(y, 11, 11):
                w *= 1.6
            if date(y, 12, 10) <= d <= date(y, 12, 24):
                w *= 1.3
        for cny in (date(2025, 1, 29), date(2026, 2, 17)):
            k = (cny - d).days
            if 3 <= k <= 20:
                w *= 1.35
            if -4 <= k < 3:
                w *= 0.45
        if _near(d, date(2025, 8, 29), 0, 10):
            w *= 2.0
        if _near(d, date(2025, 10, 6), 5, 25):
            w *= 1.9
    else:
        if d.month in (7, 8):
            w *= 0.55
        for y in (2025, 2026):
            k = (date(y, 2, 14) - d).days
            if 0 <= k <= 13:
                w *= 1 + 1.8 * (14 - k) / 14
            if date(y, 12, 1) <= d <= date(y, 12, 24):
                w *= 2.6
            if date(y, 12, 25) <= d <= date(y, 12, 31):
                w *= 0.5
        for easter in (date(2025, 4, 20), date(2026, 4, 5)):
            if _near(d, easter, 0, 14):
                w *= 1.9
    return w


WEIGHTS = {m: np.array([weight(d, m) for d in DAYS]) for m in ("CN", "EU")}


def corp_weight(d: date, market: str) -> float:
    if market == "CN":
        if date(2025, 8, 1) <= d <= date(2025, 9, 28):
            return 4.5
        if date(2025, 11, 1) <= d <= date(2025, 12, 20) or date(2026, 1, 1) <= d <= date(2026, 1, 31):
            return 2.2
        if d <= date(2025, 1, 15):
            return 2.0
        return 0.8
    if date(2025, 10, 20) <= d <= date(2025, 12, 10):
        return 5.0
    if d <= date(2025, 1, 10):
        return 1.5
    return 0.7


CORP_WEIGHTS = {m: np.array([corp_weight(d, m) for d in DAYS]) for m in ("CN", "EU")}
CUM = {m: np.cumsum(w) for m, w in WEIGHTS.items()}
CORP_CUM = {m: np.cumsum(w) for m, w in CORP_WEIGHTS.items()}


def sample_days(n, market, lo: date, hi: date, corp=False):
    i0, i1 = max(0, (lo - DAYS[0]).days), min(len(DAYS) - 1, (hi - DAYS[0]).days)
    if n <= 0 or i1 < i0:
        return []
    cum = (CORP_CUM if corp else CUM)[market]
    lo_c = cum[i0 - 1] if i0 > 0 else 0.0
    u = lo_c + rng.random(n) * (cum[i1] - lo_c)
    idx = np.minimum(np.searchsorted(cum, u, side="right"), i1)
    return sorted(DAYS[int(i)] for i in idx)


def at(d: date, hours, weights) -> datetime:
    h = pick(hours, weights)
    return datetime(d.year, d.month, d.day, h, int(rng.integers(60)), int(rng.integers(60)))


ONLINE_H = ([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23],
            [3, 4, 5, 6, 5, 4, 4, 4, 4, 5, 7, 9, 10, 9, 5])
STORE_H = ([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], [3, 5, 6, 6, 7, 8, 8, 7, 8, 8, 6, 3])
OFFICE_H = ([9, 10, 11, 13, 14, 15, 16, 17], [5, 8, 7, 5, 7, 7, 6, 4])

# ---------------------------------------------------------------- feedback text
T = {
    "melted": {
        "zh": ["收到的时候巧克力全化了，冰袋也是温的", "打开盒子全都化了，根本没法送人", "这么热的天发普通快递？巧克力化了粘成一坨",
               "第三次买了，这次化了，很失望", "外箱没有任何保温，里面化了一大半", "天猫旗舰店发的货，到手已经化了",
               "松露都化了，夹心流出来", "送给客户的礼盒化了，太尴尬了"],
        "en": ["The chocolates arrived completely melted.", "The whole box had melted into one lump, no ice pack at all.",
               "Half of the truffles melted on the way, really disappointing for a gift.",
               "Melted again. Please ship with cold packs when it is warm.", "Pralines melted and stuck to the paper."],
    },
    "crushed": {
        "zh": ["礼盒被压坏了，角都瘪了", "盒子压坏了，里面两颗也碎了", "快递暴力运输，礼盒压坏了没法送", "外箱和礼盒都压坏了"],
        "en": ["The gift box was crushed in transit.", "Outer carton crushed and two bonbons broken.",
               "Arrived crushed, could not give it as a present.", "Box crushed on one side, pralines cracked."],
    },
    "delayed": {
        "zh": ["物流延误，情人节当天没收到", "说好14号前到，结果延误了两天", "快递延误，节日礼物变成了节后礼物",
               "物流延误也没人通知一声", "发货后一直延误，问了也说不清"],
        "en": ["Delivery was delayed and we missed the day.", "Order delayed by three days with no update.",
               "Shipment delayed, the gift arrived after the party.", "Parcel delayed twice, no tracking updates."],
    },
    "date_picker": {
        "zh": ["官网结算时选不了配送日期，一直报错，没法下单", "配送日期那里一直显示不可选，只好放弃",
               "想指定情人节前送达，配送日期选不了", "网站上的配送日期怎么选都报错", "配送日期选择有bug，换了三个浏览器都不行"],
        "en": ["Checkout on the website would not let me pick a delivery date.",
               "The delivery date field kept showing an error, so I gave up.",
               "Could not choose a delivery date before the 14th, so no order.",
               "Website bug: no delivery date can be selected at checkout."],
    },
    "pricey": {
        "zh": ["味道不错但是太贵了", "一盒九颗两百多，太贵", "性价比一般，太贵了", "比去年又贵了，太贵了点"],
        "en": ["Nice but overpriced.", "Feels overpriced for nine pieces.",
               "Overpriced compared with other chocolatiers in town.", "Good quality, still overpriced."],
    },
    "sold_out": {
        "zh": ["中秋礼盒早早售罄，企业订单没排上", "想买月饼巧克力礼盒，已经售罄了", "预售开了没几天就售罄",
               "公司要三百盒，说中秋款售罄了只能换款"],
        "en": ["The festival box I wanted was sold out.", "Sold out two weeks before the festival."],
    },
    "cs_slow": {
        "zh": ["申请售后一个星期了客服都没回复", "客服回复太慢，退款拖了半个月", "找了三次客服还没处理",
               "照片都上传了，客服一直不审核", "客服电话打不通，在线也没人理"],
        "en": ["Customer service took ten days to reply to my claim.", "Still waiting on customer service for my refund.",
               "Customer service is very slow lately.", "Uploaded photos a week ago, customer service never answered."],
    },
    "too_sweet": {
        "zh": ["牛奶巧克力太甜了", "夹心有点太甜，更喜欢黑巧", "白巧那颗太甜"],
        "en": ["The milk pralines are too sweet for me.", "A bit too sweet, prefer the dark ones."],
    },
    "logo": {
        "zh": ["定制腰封上的logo印错了颜色", "logo位置偏了，客户那边有意见", "礼盒上的公司logo糊了"],
        "en": ["Our logo was printed in the wrong colour on the sleeves.", "The logo on the boxes was blurred."],
    },
    "crowded": {
        "zh": ["这期课人太多了，根本轮不到提问", "人太多，每人分到的操作台很小", "一个班十几个人，人太多了"],
        "en": ["The class was too crowded to get any help.", "Far too crowded, we had to share one marble slab."],
    },
    "taste": {
        "zh": ["非常好吃，70%黑巧很顺滑", "松露巧克力好吃到哭", "好吃，一点都不腻", "榛子夹心超级好吃，会回购",
               "好吃！单一产地的排块很有果香"],
        "en": ["Delicious, the hazelnut praline is amazing.", "Absolutely delicious single-origin bar.",
               "Delicious truffles, will buy again.", "Really delicious, you can taste the cocoa origin."],
    },
    "packaging": {
        "zh": ["包装很精致，送人很有面子", "礼盒包装好看，丝带也很用心", "包装高级，拆开很有仪式感"],
        "en": ["Beautiful packaging, perfect for gifting.", "The packaging is stunning.",
               "Lovely packaging with a handwritten card."],
    },
    "gift_loved": {
        "zh": ["买给女朋友的，她很喜欢", "送给妈妈，她很喜欢", "给同事带的伴手礼，大家都很喜欢"],
        "en": ["Bought it for my wife and she loved it.", "My colleagues loved it.", "Gave it to my mum, she loved it."],
    },
    "workshop_fun": {
        "zh": ["老师讲得很细，做出来的松露很有成就感", "课程很有意思，老师很耐心", "带孩子来上课，老师特别会带小朋友",
               "老师讲调温讲得很清楚，学到很多"],
        "en": ["Great instructor, learnt a lot about tempering.", "Fun class, the instructor was patient with the kids.",
               "The instructor explained bean to bar really well."],
    },
    "staff_good": {
        "zh": ["店员很热情，试吃了好几款", "店员讲解很专业，推荐的很对口味", "店员服务好，还帮忙写了贺卡"],
        "en": ["Lovely staff, they let us taste several pralines.", "The staff were friendly and knew every origin.",
               "Helpful staff, wrapped everything beautifully."],
    },
    "neutral": {
        "zh": ["还可以，中规中矩", "一般般吧，没有特别惊艳", "收到了，还没吃", "和预期差不多", "挺正常的，没什么特别"],
        "en": ["It's ok.", "Fine, nothing special.", "Received, haven't tried yet.", "About what I expected."],
    },
}
TOPIC_SENT = {"melted": "neg", "crushed": "neg", "delayed": "neg", "date_picker": "neg", "pricey": "neg",
              "sold_out": "neg", "cs_slow": "neg", "too_sweet": "neg", "logo": "neg", "crowded": "neg",
              "taste": "pos", "packaging": "pos", "gift_loved": "pos", "workshop_fun": "pos", "staff_good": "pos",
              "neutral": "neu"}
PREFIX = {"zh": ["", "", "", "", "第二次买了，", "给朋友买的，", "这次", "说实话，"],
          "en": ["", "", "", "", "Second order. ", "Honestly, ", "Bought as a gift. "]}


def text(topic, lang):
    t = pick(T[topic][lang])
    if topic not in ("neutral",) and R() < 0.35:
        p = pick(PREFIX[lang])
        t = p + (t[0].lower() + t[1:] if lang == "en" and p else t)
    return t


def rating_for(topic):
    s = TOPIC_SENT[topic]
    if topic in ("pricey", "too_sweet"):
        return int(pick([2, 3, 4], [0.3, 0.55, 0.15]))
    if topic == "crowded":
        return int(pick([2, 3], [0.5, 0.5]))
    if s == "neg":
        return int(pick([1, 2, 3], [0.55, 0.38, 0.07]))
    if s == "pos":
        return int(pick([4, 5], [0.25, 0.75]))
    return int(pick([3, 4], [0.6, 0.4]))


def nps_for(rating):
    base = {1: 1, 2: 3, 3: 6, 4: 8, 5: 9}[rating]
    return int(min(10, max(0, base + int(rng.integers(-1, 2)))))


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
EXPER: list[dict] = []
SESSION = [0]


def new_session():
    SESSION[0] += 1
    return f"s{SESSION[0]}"


class Cust:
    __slots__ = ("i", "region", "market", "city", "country", "segment_kind", "acq", "signup", "lang", "device",
                 "opt_in", "member_since", "tier_join", "home", "extra", "churn", "spend", "last_activity",
                 "gender", "age_band", "birth_month", "variant")

    def __init__(self, i):
        self.i = i
        self.extra = {}
        self.spend = 0.0
        self.last_activity = None
        self.variant = None


def ev(c, ts, tp, action, **kw):
    row = dict(customer_id=c.i, ts=ts, touchpoint_id=tp, action=action, region=c.region, **kw)
    EVENTS.append(row)
    if c.last_activity is None or ts > c.last_activity:
        c.last_activity = ts
    return row


def order(c, ts, order_type, channel, amount_local, currency, status="paid", **kw):
    amount = round(amount_local * (EUR if currency == "EUR" else 1.0), 2)
    o = dict(order_key=len(ORDERS), customer_id=c.i, ts=ts, order_type=order_type, channel=channel,
             amount=amount, amount_local=round(amount_local, 2), currency=currency, status=status,
             region=c.region, **kw)
    ORDERS.append(o)
    return o


def feedback(c, ts, topic, lang, channel, touchpoint, rating=None, nps=None, **kw):
    FEEDBACK.append(dict(customer_id=(c.i if c is not None else None), ts=ts, topic=topic, language=lang,
                         text=text(topic, lang), channel=channel, touchpoint_id=touchpoint, rating=rating, nps=nps,
                         region=(c.region if c is not None else kw.pop("region", None)), **kw))


def lang_of(c):
    if c.market == "CN":
        return "zh" if R() < 0.93 else "en"
    return "en" if R() < 0.9 else "zh"


# ---------------------------------------------------------------- customers
def make_consumers(n_by_region):
    out = []
    for region, n in n_by_region.items():
        countries, cities, market = REGIONS[region]
        for _ in range(n):
            c = Cust(None)
            c.region, c.market = region, market
            c.city = pick(cities)
            c.country = EU_CITY_COUNTRY.get(c.city, countries[0])
            c.segment_kind = "consumer"
            local = region in CITY_BOUTIQUES
            if market == "CN":
                c.acq = pick(*(ACQ_CN if local else ACQ_CN_ONLINE))
            else:
                c.acq = pick(*(ACQ_EU if local else ACQ_EU_ONLINE))
            if R() < 0.34:
                c.signup = datetime(2022, 3, 1) + D(days=U(0, 1035))
            else:
                d = sample_days(1, market, DAYS[0], DAYS[-1])[0]
                c.signup = at(d, *(STORE_H if c.acq == "boutique_walk_in" else ONLINE_H))
            c.lang = "zh" if market == "CN" else ("en" if R() < 0.88 else "zh")
            if c.market == "CN":
                c.device = pick(["ios", "android", "pc"], [0.52, 0.4, 0.08])
            else:
                c.device = pick(["ios", "android", "pc"], [0.4, 0.3, 0.3])
            c.opt_in = R() < 0.62
            c.member_since = None
            if c.signup < START and R() < 0.42:
                c.member_since = c.signup + D(days=U(0, 200))
                if c.member_since >= START:
                    c.member_since = START - D(days=U(1, 30))
            c.home = pick(*CITY_BOUTIQUES[region]) if local else None
            c.churn = c.signup + D(days=float(rng.exponential(260))) if R() < 0.45 else None
            c.gender = pick(["female", "male", "undisclosed"], [0.62, 0.33, 0.05])
            c.age_band = pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.16, 0.42, 0.25, 0.11, 0.06])
            c.birth_month = int(rng.integers(1, 13))
            out.append(c)
    return out


def make_corporates(n_by_region):
    out = []
    for region, n in n_by_region.items():
        countries, cities, market = REGIONS[region]
        for _ in range(n):
            c = Cust(None)
            c.region, c.market = region, market
            c.city = pick(cities)
            c.country = EU_CITY_COUNTRY.get(c.city, countries[0])
            c.segment_kind = "corporate"
            c.acq = pick(*ACQ_CORP)
            if R() < 0.3:
                c.signup = datetime(2022, 9, 1) + D(days=U(0, 850))
            else:
                c.signup = at(sample_days(1, market, DAYS[0], DAYS[-1], corp=True)[0], *OFFICE_H)
            c.lang = "zh" if market == "CN" else "en"
            c.device = "pc"
            c.opt_in = True
            c.member_since = None
            c.home = None
            c.churn = None
            c.gender = c.age_band = None
            c.birth_month = None
            ind = pick(INDUSTRIES)
            if market == "CN":
                name = pick(CORP_NAMES_CN) + CORP_SUFFIX_CN[ind]
                am = pick(["AM01", "AM02", "AM03"]) if region == "shanghai" else ("AM04" if region == "hangzhou" else
                                                                                 pick(["AM01", "AM04"]))
            else:
                name = pick(CORP_NAMES_EU) + " " + CORP_SUFFIX_EU[ind]
                am = pick(["AM05", "AM06"])
            c.extra = dict(company_name=name, industry=ind, employee_band=pick(["50-200", "200-1000", "1000+"],
                                                                            [0.45, 0.35, 0.2]),
                           account_manager=am)
            out.append(c)
    return out


# ---------------------------------------------------------------- consumer behaviour
def season_sku(ts, market):
    d = ts.date()
    opts = []
    if market == "CN":
        if date(d.year, 1, 25) <= d <= date(d.year, 2, 14):
            opts.append("VAL_HEART")
        if date(d.year, 5, 5) <= d <= date(d.year, 5, 20):
            opts.append("ROSE520")
        if date(2025, 8, 20) <= d < date(2025, 9, 3):
            opts.append("MOON_BOX")
        if date(d.year, 11, 15) <= d <= date(d.year, 12, 24):
            opts.append("ADVENT")
        if d.month in (11, 12, 1, 2):
            opts.append("HOTCHOC")
    else:
        if date(d.year, 1, 25) <= d <= date(d.year, 2, 14):
            opts.append("VAL_HEART")
        if date(d.year, 3, 10) <= d <= date(d.year, 4, 20):
            opts.append("EASTER_EGG")
        if date(d.year, 11, 10) <= d <= date(d.year, 12, 24):
            opts.append("ADVENT")
        if d.month in (11, 12, 1, 2):
            opts.append("HOTCHOC")
    if opts and R() < 0.55:
        return pick(opts)
    return pick(["GB09", "GB16", "GB25", "BAR70", "TRF12"], [0.3, 0.25, 0.12, 0.18, 0.15])


def price(sku, currency):
    p = SKUS[sku][2] if currency == "CNY" else SKUS[sku][3]
    return p


def courier_for(c, channel, ts):
    if c.market == "EU":
        return "bpost" if c.country == "BE" else "dhl"
    if channel == "tmall" and c.region == "other_cn" and ts >= TMALL_COURIER_SWITCH:
        return "zto_standard"
    return "sf_coldchain"


def delivery(c, ship_ts, courier, channel):
    """returns (deliver_ts, condition, on_time, transit_hours)"""
    same_city = c.region in ("shanghai", "hangzhou") and courier == "sf_coldchain"
    if same_city:
        hrs = U(5, 22)
    elif courier == "sf_coldchain":
        hrs = U(20, 50)
    elif courier == "zto_standard":
        hrs = U(40, 100)
    elif courier == "bpost":
        hrs = U(18, 50)
    else:
        hrs = U(36, 100)
    m = ship_ts.month
    summer = m in (6, 7, 8, 9)
    late_p = 0.05
    d = ship_ts.date()
    if date(d.year, 2, 10) <= d <= date(d.year, 2, 14) or date(d.year, 12, 18) <= d <= date(d.year, 12, 24):
        late_p = 0.2
    on_time = R() >= late_p
    if not on_time:
        hrs += U(24, 72)
    if courier == "zto_standard":
        melt = ZTO_MELT.get(m, 0.05)
    elif courier == "sf_coldchain":
        melt = 0.022 if summer else 0.006
    else:
        melt = 0.035 if m in (6, 7, 8) else 0.006
    crush = {"sf_coldchain": 0.012, "zto_standard": 0.03, "bpost": 0.018, "dhl": 0.055}[courier]
    r = R()
    cond = "melted" if r < melt else ("crushed" if r < melt + crush else "ok")
    return ship_ts + D(hours=hrs), cond, on_time, round(hrs, 1)


def online_session(c, t, channel, device, first=False):
    sid = new_session()
    cur = "CNY" if c.market == "CN" else "EUR"
    sku = season_sku(t, c.market)
    base = dict(session_id=sid, channel=channel, device=device)
    utm = None
    if channel == "web":
        utm = pick(["direct", "google", "instagram", "xiaohongshu", "email", "douyin"],
                   [0.3, 0.25 if c.market == "EU" else 0.02, 0.2 if c.market == "EU" else 0.02,
                    0.15 if c.market == "CN" else 0.01, 0.12, 0.08 if c.market == "CN" else 0.001])
        if c.acq == "douyin":
            utm = "douyin"
    elif channel == "tmall" and c.acq == "douyin" and R() < 0.7:
        utm = "douyin"
    ev(c, t, "tp_product_page", "view", sku=sku, utm_source=utm, **base)
    # A/B test on the website (CN shoppers): free shipping from 199 instead of 299
    exp_t = EXPERIMENT
    if channel == "web" and c.market == "CN" and exp_t[1] <= t < exp_t[2] and c.variant is None:
        c.variant = pick(["control", "threshold_199"])
        EXPER.append(dict(experiment_id=exp_t[0], variant=c.variant, customer_id=c.i, assigned_at=t))
    in_test = channel == "web" and c.variant is not None and exp_t[1] <= t < exp_t[2]
    douyin = c.acq == "douyin"
    p_cart = 0.33 if douyin else 0.46
    p_checkout = 0.38 if douyin else 0.66
    if in_test and c.variant == "threshold_199":
        p_cart += 0.06
        p_checkout = min(0.92, p_checkout + 0.2)
    p_pay = 0.72 if douyin else 0.87
    if channel == "tmall":
        p_pay += 0.03
    if not R() < p_cart:
        return
    qty = int(pick([1, 2, 3, 4], [0.62, 0.25, 0.09, 0.04]))
    val = price(sku, cur) * qty
    t += D(minutes=U(1, 12))
    ev(c, t, "tp_add_to_cart", "click", sku=sku, cart_value=val, **base)
    if not R() < p_checkout:
        return
    t += D(minutes=U(1, 25))
    bug = channel == "web" and WEB_DATE_BUG[0] <= t < WEB_DATE_BUG[1]
    if bug and R() < 0.62:
        ev(c, t, "tp_checkout", "fail", sku=sku, cart_value=val, error_code="NO_DELIVERY_SLOT", **base)
        if R() < 0.25:
            lang = lang_of(c)
            ch = pick(["cs_chat", "web_review", "ticket"], [0.5, 0.25, 0.25])
            feedback(c, t + D(minutes=U(2, 90)), "date_picker", lang, ch, "tp_checkout",
                     rating=(int(pick([1, 2], [0.7, 0.3])) if ch == "web_review" else None), platform="web",
                     device=device)
        return
    ev(c, t, "tp_checkout", "submit", sku=sku, cart_value=val, **base)
    if not R() < p_pay:
        return
    t += D(minutes=U(0.5, 6))
    disc = 0.0
    promo = None
    if channel == "tmall" and date(t.year, 10, 25) <= t.date() <= date(t.year, 11, 11):
        promo, disc = "DOUBLE11", 0.15
    elif R() < 0.12:
        promo, disc = pick(["CLUB10", "WELCOME30", "GIFT15"]), 0.1
    ship_fee = 0.0
    if cur == "CNY":
        thr = 199 if (in_test and c.variant == "threshold_199") else 299
        ship_fee = 0.0 if val >= thr else 20.0
    else:
        ship_fee = 0.0 if val >= 60 else 6.9
    amt = val * (1 - disc) + ship_fee
    gift = R() < (0.7 if SKUS[sku][4] else 0.4)
    o = order(c, t, "online", channel, amt, cur, device=device, sku=sku, items=qty, promo_code=promo,
              discount_local=round(val * disc, 2), shipping_fee_local=ship_fee, gift_wrap=gift,
              collection=SKUS[sku][4], session_id=sid)
    ev(c, t, "tp_payment", "success", sku=sku, cart_value=val, order_ref=o["order_key"], **base)
    c.spend += o["amount"]
    if R() < 0.025:
        o["status"] = "cancelled"
        o["cancel_reason"] = pick(["customer_request", "out_of_stock", "address_problem"])
        return
    courier = courier_for(c, channel, t)
    ship = t + D(hours=U(3, 30))
    if ship.hour < 8:
        ship += D(hours=9)
    o["courier"] = courier
    ev(c, ship, "tp_shipped", "send", order_ref=o["order_key"], courier=courier, channel=channel)
    dts, cond, on_time, hrs = delivery(c, ship, courier, channel)
    if dts > END:
        return
    ev(c, dts, "tp_delivered", "success", order_ref=o["order_key"], courier=courier, delivery_condition=cond,
       on_time=on_time, transit_hours=hrs, channel=channel)
    o["delivery_condition"] = cond
    o["on_time"] = on_time
    aftersales(c, o, dts, cond, on_time, channel, device)
    post_delivery_feedback(c, o, dts, cond, on_time, channel)
    if first and c.member_since is None and R() < 0.12:
        join(c, dts + D(days=U(0.2, 5)), "mini_program" if c.market == "CN" else "web")


def join(c, ts, channel, boutique=None):
    if c.member_since is not None or ts > END:
        return
    c.member_since = ts
    ev(c, ts, "tp_member_join", "submit", channel=channel, boutique_id=boutique, session_id=None)


def aftersales(c, o, dts, cond, on_time, channel, device):
    p = {"melted": 0.66, "crushed": 0.55}.get(cond, 0.06 if not on_time else 0.007)
    if not R() < p:
        return
    issue = cond if cond != "ok" else ("late" if not on_time else pick(["wrong_item", "missing_card"]))
    t = dts + D(hours=U(0.5, 40))
    if t > END:
        return
    sid = new_session()
    base = dict(session_id=sid, channel=("tmall" if channel == "tmall" else ("web" if c.market == "EU" else
                                                                          "mini_program")), device=device,
                order_ref=o["order_key"], issue_type=issue)
    ev(c, t, "tp_aftersales_request", "submit", **base)
    backlog = t >= CS_BACKLOG
    # a support ticket in the customer's words
    lang = lang_of(c)
    if backlog and R() < 0.55:
        feedback(c, t + D(days=U(3, 10)), "cs_slow", lang, "ticket", "tp_cs_review", platform=base["channel"],
                 order_id_ref=o["order_key"])
    elif issue in ("melted", "crushed", "late") and R() < 0.45:
        topic = {"late": "delayed"}.get(issue, issue)
        feedback(c, t + D(minutes=U(1, 30)), topic, lang, "ticket", "tp_aftersales_request",
                 platform=base["channel"], order_id_ref=o["order_key"])
    if R() < 0.87:
        t += D(hours=U(0.2, 20))
        ev(c, t, "tp_photo_upload", "submit", **base)
        if R() < 0.96:
            t += D(hours=(U(30, 330) if backlog else U(2, 46)))
            if t > END:
                return
            ev(c, t, "tp_cs_review", "success", **base)
            t += D(hours=(U(20, 200) if backlog else U(2, 70)))
            if t > END:
                return
            res = "refund" if R() < 0.55 else "reship"
            ev(c, t, "tp_aftersales_resolved", "success", resolution=res, **base)
            if res == "refund":
                o["status"] = "refunded"
                o["refund_reason"] = issue
                o["refunded_at"] = t


def post_delivery_feedback(c, o, dts, cond, on_time, channel):
    if channel == "tmall":
        p, ch = 0.28, "tmall_review"
    else:
        p, ch = 0.17, "survey"
    if cond != "ok":
        p *= 1.8
    if not R() < p:
        return
    if cond == "melted":
        topic = "melted" if R() < 0.92 else "neutral"
    elif cond == "crushed":
        topic = "crushed" if R() < 0.9 else "neutral"
    elif not on_time:
        topic = "delayed" if R() < 0.8 else "neutral"
    else:
        topic = pick(["taste", "packaging", "gift_loved", "neutral", "pricey", "too_sweet"],
                     [0.4, 0.18, 0.1, 0.16, 0.1 if c.market == "CN" else 0.14, 0.06])
    r = rating_for(topic)
    nps = nps_for(r) if ch == "survey" and R() < 0.65 else None
    ts = dts + D(hours=U(3, 120))
    if ts > END:
        return
    feedback(c, ts, topic, lang_of(c), ch, "tp_delivered", rating=r, nps=nps, platform=channel,
             order_id_ref=o["order_key"], sku=o["sku"])


def boutique_visit(c, d):
    b = c.home if R() < 0.8 else pick(CITY_BOUTIQUES[c.region][0])
    t = at(d, *STORE_H)
    sid = new_session()
    base = dict(session_id=sid, channel="store", boutique_id=b)
    ev(c, t, "tp_boutique_visit", "check_in", **base)
    tasted = R() < 0.58
    if tasted:
        t += D(minutes=U(2, 15))
        ev(c, t, "tp_tasting_bar", "view", **base)
    if R() < (0.62 if tasted else 0.38):
        t += D(minutes=U(3, 25))
        cur = "CNY" if c.market == "CN" else "EUR"
        sku = season_sku(t, c.market)
        qty = int(pick([1, 2, 3], [0.6, 0.3, 0.1]))
        amt = price(sku, cur) * qty + (U(20, 90) if cur == "CNY" else U(3, 12)) * (R() < 0.4)
        o = order(c, t, "boutique", "boutique", amt, cur, boutique_id=b, sku=sku, items=qty,
                  gift_wrap=R() < 0.5, collection=SKUS[sku][4], payment_method=pick(
                      ["wechat_pay", "alipay", "card"] if cur == "CNY" else ["card", "bancontact", "cash"]))
        ev(c, t, "tp_boutique_purchase", "success", order_ref=o["order_key"], sku=sku, **base)
        c.spend += o["amount"]
        if c.member_since is None and R() < 0.3:
            join(c, t + D(minutes=U(1, 5)), "store", b)
        if R() < 0.07:
            topic = pick(["taste", "staff_good", "packaging", "pricey", "neutral"], [0.3, 0.25, 0.15, 0.18, 0.12])
            ch = "dianping" if c.market == "CN" else "google_review"
            ts = t + D(hours=U(1, 48))
            if ts <= END:
                feedback(c, ts, topic, lang_of(c), ch, "tp_boutique_visit", rating=rating_for(topic), platform=ch,
                         boutique_id=b)


def workshop(c, d):
    b = WORKSHOP_BOUTIQUE[c.region]
    cur = "CNY" if c.market == "CN" else "EUR"
    ch = "mini_program" if c.market == "CN" else "web"
    t = at(d, *ONLINE_H)
    wtype = pick(list(WS_TYPES), [0.38, 0.22, 0.24, 0.16])
    sid = new_session()
    base = dict(session_id=sid, channel=ch, device=c.device, boutique_id=b, workshop_type=wtype)
    ev(c, t, "tp_workshop_page", "view", **base)
    if not R() < 0.45:
        return
    # next Saturday or Sunday at least 3 days ahead
    cls = t.date() + D(days=int(U(3, 24)))
    while cls.weekday() < 5:
        cls += D(days=1)
    wid = f"WS-{b}-{cls:%Y%m%d}-{wtype}"
    t += D(minutes=U(2, 20))
    ev(c, t, "tp_workshop_book", "submit", workshop_id=wid, **base)
    if not R() < 0.9:
        return
    t += D(minutes=U(1, 40))
    seats = int(pick([1, 2, 3], [0.55, 0.35, 0.1])) if wtype != "kids_class" else 2
    amt = price_ws(wtype, cur) * seats
    o = order(c, t, "workshop", ch, amt, cur, boutique_id=b, workshop_type=wtype, workshop_id=wid, items=seats,
              device=c.device, session_id=sid)
    ev(c, t, "tp_workshop_pay", "success", workshop_id=wid, order_ref=o["order_key"], **base)
    c.spend += o["amount"]
    start = datetime(cls.year, cls.month, cls.day, pick([10, 14, 16]), 0, 0)
    if start > END:
        return
    show = WS_TYPES[wtype][4]
    if not R() < show:
        o["attended"] = False
        return
    o["attended"] = True
    ev(c, start + D(minutes=U(-15, 10)), "tp_workshop_attend", "check_in", session_id=sid, channel="store",
       boutique_id=b, workshop_type=wtype, workshop_id=wid)
    if R() < 0.5:
        crowded_p = 0.45 if (b == "HZ02" and start >= datetime(2026, 1, 1)) else 0.03
        topic = "crowded" if R() < crowded_p else pick(["workshop_fun", "taste", "pricey", "neutral"],
                                                        [0.66, 0.12, 0.08, 0.14])
        r = rating_for(topic)
        ts = start + D(hours=U(3, 60))
        if ts <= END:
            feedback(c, ts, topic, lang_of(c), "workshop_survey", "tp_workshop_attend", rating=r,
                     nps=nps_for(r) if R() < 0.6 else None, boutique_id=b, workshop_type=wtype)


def price_ws(wtype, cur):
    return WS_TYPES[wtype][2] if cur == "CNY" else WS_TYPES[wtype][3]


def preorders(consumers):
    for lid, market, push, fest, sku in LAUNCHES:
        cur_by = {"CN": "CNY", "EU": "EUR"}
        for c in consumers:
            if market != "ALL" and c.market != market:
                continue
            if not c.opt_in or c.signup > push or (c.churn is not None and c.churn < push - D(days=60)):
                continue
            member = c.member_since is not None and c.member_since <= push
            if not member and R() < 0.5:
                continue
            ch = "wechat" if c.market == "CN" else "email"
            t = push + D(hours=U(10, 20))
            sid = new_session()
            base = dict(session_id=sid, channel=ch, campaign=lid, sku=sku)
            ev(c, t, "tp_launch_push", "send", **base)
            p_page = 0.24 if member else 0.14
            if not R() < p_page:
                continue
            t += D(hours=float(rng.exponential(30)))
            pch = "mini_program" if c.market == "CN" else "web"
            base = dict(session_id=sid, channel=pch, device=c.device, campaign=lid, sku=sku)
            ev(c, t, "tp_preorder_page", "view", **base)
            p_dep = 0.42
            if lid == "mid_autumn_2025" and t >= MOON_SOLD_OUT:
                ev(c, t + M, "tp_preorder_page", "fail", error_code="SOLD_OUT", **base)
                if R() < 0.35:
                    ts = t + D(hours=U(1, 30))
                    feedback(c, ts, "sold_out", lang_of(c), pick(["cs_chat", "ticket"]), "tp_preorder_page",
                             platform=pch)
                continue
            if not R() < p_dep:
                continue
            t += D(minutes=U(2, 30))
            cur = cur_by[c.market]
            qty = int(pick([1, 2, 3, 5], [0.6, 0.25, 0.1, 0.05]))
            full = price(sku, cur) * qty
            dep = round(full * 0.2, 0)
            o = order(c, t, "preorder", pch, full, cur, sku=sku, items=qty, collection=SKUS[sku][4], campaign=lid,
                      deposit_local=dep, device=c.device, session_id=sid)
            ev(c, t, "tp_deposit_pay", "success", order_ref=o["order_key"], cart_value=full, **base)
            bal_day = datetime.combine(fest - D(days=int(U(9, 13))), datetime.min.time()) + D(hours=U(9, 22))
            if not R() < 0.84:
                o["status"] = "cancelled"
                o["cancel_reason"] = "balance_not_paid"
                continue
            c.spend += o["amount"]
            ev(c, bal_day, "tp_balance_pay", "success", order_ref=o["order_key"], cart_value=full - dep, **base)
            courier = courier_for(c, "mini_program", bal_day)
            ship = datetime.combine(fest - D(days=int(U(4, 7))), datetime.min.time()) + D(hours=U(9, 18))
            o["courier"] = courier
            ev(c, ship, "tp_shipped", "send", order_ref=o["order_key"], courier=courier, channel=pch)
            dts, cond, on_time, hrs = delivery(c, ship, courier, pch)
            if dts > END:
                continue
            ev(c, dts, "tp_delivered", "success", order_ref=o["order_key"], courier=courier, delivery_condition=cond,
               on_time=on_time, transit_hours=hrs, channel=pch)
            o["delivery_condition"] = cond
            o["on_time"] = on_time
            aftersales(c, o, dts, cond, on_time, pch, c.device)
            post_delivery_feedback(c, o, dts, cond, on_time, pch)


def simulate_consumer(c):
    lo = max(c.signup, START)
    hi = min(END, c.churn) if c.churn else END
    if hi <= lo:
        # churned before the window: maybe no activity at all
        return
    months = (hi - lo).days / 30.4
    local = c.region in CITY_BOUTIQUES
    rate = lognorm(0.8 if not local else 0.5, 0.8)
    if c.acq == "douyin":
        rate *= 1.25
    n_online = poisson(rate * months)
    n_store = poisson(lognorm(0.28, 0.7) * months) if local else 0
    first_online = c.signup >= START and c.acq != "boutique_walk_in"
    first_store = c.signup >= START and c.acq == "boutique_walk_in"
    if first_online:
        n_online = max(1, n_online)
    if first_store:
        n_store = max(1, n_store)
    days = sample_days(n_online, c.market, lo.date(), hi.date())
    for k, d in enumerate(days):
        if c.market == "CN":
            if c.acq in ("tmall", "douyin"):
                ch = pick(["tmall", "mini_program", "web"], [0.78, 0.14, 0.08])
            else:
                ch = pick(["tmall", "mini_program", "web"], [0.42, 0.33, 0.25])
        else:
            ch = "web"
        if ch == "web":
            dev = c.device if R() < 0.75 else "pc"
        else:
            dev = c.device if c.device != "pc" else pick(["ios", "android"])
        t = at(d, *ONLINE_H)
        if k == 0 and first_online:
            t = c.signup
        online_session(c, t, ch, dev, first=(k == 0))
    sdays = sample_days(n_store, c.market, lo.date(), hi.date())
    for k, d in enumerate(sdays):
        if k == 0 and first_store:
            d = c.signup.date()
        boutique_visit(c, d)
    if local and R() < 0.4:
        for d in sample_days(1 + poisson(0.5), c.market, lo.date(), hi.date()):
            workshop(c, d)


def simulate_corporate(c):
    lo = max(c.signup, START)
    n = 1 + poisson(1.0 if c.extra["employee_band"] != "1000+" else 1.8)
    days = sample_days(n, c.market, lo.date(), DAYS[-1], corp=True)
    if c.signup >= START and days:
        days[0] = c.signup.date()
        days.sort()
    cur = "CNY" if c.market == "CN" else "EUR"
    for k, d in enumerate(days):
        t = at(d, *OFFICE_H)
        if k == 0 and c.signup >= START:
            t = c.signup
        sid = new_session()
        occ = occasion(t, c.market)
        boxes = int(max(20, round(lognorm(75, 0.8))))
        base = dict(session_id=sid, channel=pick(["web", "email", "phone"], [0.4, 0.35, 0.25]), occasion=occ,
                    boxes=boxes)
        ev(c, t, "tp_corp_enquiry", "submit", **base)
        crunch = occ == "mid_autumn" and MOON_CRUNCH[0] <= t < MOON_CRUNCH[1]
        if not R() < (0.62 if crunch else 0.78):
            continue
        t += D(days=U(1, 5))
        ev(c, t, "tp_corp_sample", "send", session_id=sid, channel="courier", occasion=occ, boxes=boxes)
        if not R() < 0.86:
            continue
        t += D(days=U(1.5, 9))
        unit = (U(160, 420) if cur == "CNY" else U(18, 45))
        logo = R() < 0.55
        quote = round(boxes * unit * (0.92 if boxes >= 300 else 1.0) + (boxes * (12 if cur == "CNY" else 1.5)
                                                                        if logo else 0), 2)
        ev(c, t, "tp_corp_quote", "send", session_id=sid, channel="email", occasion=occ, boxes=boxes,
           quote_amount=quote, custom_logo=logo)
        p_dep = 0.22 if crunch else (0.66 if c.extra["employee_band"] != "50-200" else 0.55)
        if not R() < p_dep:
            if crunch and R() < 0.55:
                ts = t + D(days=U(0.5, 4))
                feedback(c, ts, "sold_out", c.lang, "call_note" if c.market == "CN" else "email", "tp_corp_quote",
                         account_manager=c.extra["account_manager"])
            continue
        t += D(days=U(1, 10))
        o = order(c, t, "corporate", "corporate", quote, cur, items=boxes, boxes=boxes, occasion=occ, custom_logo=logo,
                  account_manager=c.extra["account_manager"], payment_terms=pick(["deposit_30", "net_30"],
                                                                                 [0.6, 0.4]), session_id=sid)
        ev(c, t, "tp_corp_deposit", "success", session_id=sid, channel="corporate", order_ref=o["order_key"],
           occasion=occ, boxes=boxes)
        c.spend += o["amount"]
        if R() < 0.025:
            o["status"] = "cancelled"
            o["cancel_reason"] = "client_cancelled"
            continue
        dt = t + D(days=U(6, 24))
        on_time = R() < 0.9
        if not on_time:
            dt += D(days=U(2, 6))
        if dt > END:
            continue
        misprint = logo and R() < 0.12
        ev(c, dt, "tp_corp_delivery", "success", session_id=sid, channel="corporate", order_ref=o["order_key"],
           occasion=occ, boxes=boxes, on_time=on_time, logo_misprint=misprint)
        o["on_time"] = on_time
        if R() < 0.55:
            if misprint:
                topic = "logo"
            elif not on_time:
                topic = "delayed"
            else:
                topic = pick(["gift_loved", "packaging", "taste", "neutral", "pricey"], [0.35, 0.2, 0.15, 0.2, 0.1])
            ts = dt + D(days=U(1, 10))
            if ts <= END:
                feedback(c, ts, topic, c.lang, "call_note" if c.market == "CN" else "email", "tp_corp_delivery",
                         account_manager=c.extra["account_manager"], order_id_ref=o["order_key"])


def occasion(t, market):
    d = t.date()
    if market == "CN":
        if date(2025, 7, 20) <= d <= date(2025, 10, 1):
            return "mid_autumn"
        if d <= date(2025, 1, 25) or date(2025, 12, 20) <= d <= date(2026, 2, 12):
            return "spring_festival"
        if date(2025, 11, 1) <= d < date(2025, 12, 20):
            return pick(["christmas", "year_end"])
    else:
        if date(2025, 10, 15) <= d <= date(2025, 12, 20) or d <= date(2025, 1, 10):
            return pick(["christmas", "year_end"], [0.65, 0.35])
    return pick(["client_gift", "employee_event", "conference"])


def social_posts():
    # no customer; most without a date; 'melted' posts grow in spring 2026
    rows = 0
    for _ in range(320):
        market = pick(["CN", "EU"], [0.8, 0.2])
        lang = "zh" if (market == "CN" and R() < 0.95) or (market == "EU" and R() < 0.08) else "en"
        platform = pick(["xiaohongshu", "weibo", "douyin"], [0.6, 0.25, 0.15]) if market == "CN" else \
            pick(["instagram", "facebook"], [0.7, 0.3])
        topic = pick(["taste", "packaging", "pricey", "melted", "gift_loved", "neutral", "crushed"],
                     [0.3, 0.22, 0.12, 0.08, 0.1, 0.14, 0.04])
        d = sample_days(1, market, DAYS[0], DAYS[-1])[0]
        ts = at(d, *ONLINE_H)
        FEEDBACK.append(dict(customer_id=None, ts=(None if R() < 0.6 else ts), topic=topic, language=lang,
                             text=text(topic, lang), channel="social", touchpoint_id=None, rating=None, nps=None,
                             region=None, platform=platform))
        rows += 1
    # the melted wave on social media, April-June 2026 (dated)
    for _ in range(50):
        mth = int(pick([4, 5, 6], [0.15, 0.3, 0.55]))
        d2 = date(2026, mth, 1) + D(days=int(rng.integers(30)))
        FEEDBACK.append(dict(customer_id=None, ts=(at(d2, *ONLINE_H) if R() < 0.8 else None), topic="melted",
                             language="zh", text=text("melted", "zh"), channel="social", touchpoint_id="tp_delivered",
                             rating=None, nps=None, region=None, platform=pick(["xiaohongshu", "weibo"])))


# ---------------------------------------------------------------- touchpoints / journeys
TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_product_page", "商品详情页", "Product page", "consideration", "web", "digital", "ecommerce",
     "PDP|product detail|宝贝详情|商品页"),
    ("tp_add_to_cart", "加入购物车", "Add to cart", "consideration", "web", "digital", "ecommerce", "加购|cart|购物车"),
    ("tp_checkout", "结算页", "Checkout", "purchase", "web", "digital", "ecommerce",
     "结算|填写订单|checkout page|delivery date"),
    ("tp_payment", "支付成功", "Payment", "purchase", "web", "digital", "ecommerce", "付款|下单成功|paid|order placed"),
    ("tp_shipped", "冷链发货", "Shipped", "purchase", "other", "physical", "logistics",
     "发货|出库|dispatch|shipment"),
    ("tp_delivered", "签收", "Delivered", "service", "other", "physical", "logistics",
     "送达|收货|delivery|到货"),
    ("tp_aftersales_request", "申请售后", "After-sales request", "service", "web", "digital", "customer_service",
     "售后|退换|claim|complaint"),
    ("tp_photo_upload", "上传照片凭证", "Photo evidence upload", "service", "web", "digital", "customer_service",
     "上传凭证|照片|photos"),
    ("tp_cs_review", "客服审核", "CS review", "service", "web", "digital", "customer_service",
     "审核|客服处理|claim review"),
    ("tp_aftersales_resolved", "售后完成（补发/退款）", "After-sales resolved (reship or refund)", "service", "web",
     "digital", "customer_service", "补发|退款|refund|reship|resolution"),
    ("tp_launch_push", "新品预告推送", "Launch teaser push", "awareness", "social", "digital", "marketing",
     "推送|新品通知|teaser|newsletter"),
    ("tp_preorder_page", "节日预售页", "Seasonal pre-order page", "consideration", "mini_program", "digital",
     "marketing", "预售|预售页|pre-order"),
    ("tp_deposit_pay", "付定金", "Deposit paid", "purchase", "mini_program", "digital", "ecommerce",
     "定金|订金|deposit"),
    ("tp_balance_pay", "付尾款", "Balance paid", "purchase", "mini_program", "digital", "ecommerce",
     "尾款|final payment|balance"),
    ("tp_boutique_visit", "门店到访", "Boutique visit", "consideration", "store", "physical", "retail",
     "进店|到店|store visit|shop visit"),
    ("tp_tasting_bar", "品鉴吧台试吃", "Tasting bar", "consideration", "store", "physical", "retail",
     "试吃|品鉴|tasting"),
    ("tp_boutique_purchase", "门店购买", "Boutique purchase", "purchase", "store", "physical", "retail",
     "门店成交|in-store purchase|shop sale"),
    ("tp_member_join", "加入可可会", "Cacao Club sign-up", "loyalty", "mini_program", "digital", "crm",
     "入会|会员注册|loyalty sign-up|membership"),
    ("tp_workshop_page", "课程页", "Workshop page", "consideration", "mini_program", "digital", "workshops",
     "手作课|巧克力课|class page"),
    ("tp_workshop_book", "预约课程", "Workshop booking", "purchase", "mini_program", "digital", "workshops",
     "约课|报名|class booking"),
    ("tp_workshop_pay", "课程支付", "Workshop payment", "purchase", "mini_program", "digital", "workshops",
     "课程付款|class payment"),
    ("tp_workshop_attend", "到店上课", "Workshop attendance", "service", "store", "physical", "workshops",
     "上课|签到|attended class|show-up"),
    ("tp_corp_enquiry", "企业定制询价", "Corporate enquiry", "awareness", "email", "digital", "corporate_sales",
     "企业询价|团购询价|B2B enquiry|corporate lead"),
    ("tp_corp_sample", "寄送样品", "Sample box sent", "consideration", "other", "physical", "corporate_sales",
     "样品|sample"),
    ("tp_corp_quote", "发送报价", "Quote sent", "consideration", "email", "digital", "corporate_sales",
     "报价|报价单|quotation|proposal"),
    ("tp_corp_deposit", "企业下单付定金", "Corporate order deposit", "purchase", "other", "digital",
     "corporate_sales", "企业下单|签单|PO|deposit invoice"),
    ("tp_corp_delivery", "企业订单交付", "Corporate delivery", "service", "other", "physical", "corporate_sales",
     "企业交付|团购交付|corporate delivery"),
]
JOURNEYS = [
    ("online_order", "线上下单到签收", "Online order to delivery", 7,
     ["tp_product_page", "tp_add_to_cart", "tp_checkout", "tp_payment", "tp_shipped", "tp_delivered"]),
    ("preorder", "节日预售", "Seasonal pre-order", 35,
     ["tp_launch_push", "tp_preorder_page", "tp_deposit_pay", "tp_balance_pay", "tp_delivered"]),
    ("workshop", "巧克力手作课", "Chocolate workshop", 30,
     ["tp_workshop_page", "tp_workshop_book", "tp_workshop_pay", "tp_workshop_attend"]),
    ("boutique", "门店品鉴到入会", "Boutique tasting to club", 1,
     ["tp_boutique_visit", "tp_tasting_bar", "tp_boutique_purchase", "tp_member_join"]),
    ("corporate", "企业定制礼盒", "Corporate gifting", 45,
     ["tp_corp_enquiry", "tp_corp_sample", "tp_corp_quote", "tp_corp_deposit", "tp_corp_delivery"]),
    ("aftersales", "售后处理", "After-sales claim", 14,
     ["tp_aftersales_request", "tp_photo_upload", "tp_cs_review", "tp_aftersales_resolved"]),
]


# ---------------------------------------------------------------- output
def fmt(v):
    if v is None:
        return ""
    tv = type(v)
    if tv is str:
        return v
    if tv is int:
        return str(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    consumers = make_consumers({"shanghai": 1180, "hangzhou": 620, "other_cn": 1150, "brussels": 560,
                                "eu_other": 210})
    corps = make_corporates({"shanghai": 120, "hangzhou": 55, "other_cn": 45, "brussels": 55, "eu_other": 15})
    everyone = consumers + corps
    everyone.sort(key=lambda c: c.signup)
    for k, c in enumerate(everyone, 1):
        c.i = f"C{k:05d}"
    for c in consumers:
        simulate_consumer(c)
    preorders(consumers)
    for c in corps:
        simulate_corporate(c)
    social_posts()

    # nothing after the extract date
    ORDERS[:] = [o for o in ORDERS if o["ts"] <= END]
    EVENTS[:] = [e for e in EVENTS if e["ts"] <= END]
    FEEDBACK[:] = [f for f in FEEDBACK if f["ts"] is None or f["ts"] <= END]
    # ---- orders: ids in time order
    ORDERS.sort(key=lambda o: o["ts"])
    okey = {}
    for k, o in enumerate(ORDERS, 1):
        o["order_id"] = f"LC{k:06d}"
        okey[o["order_key"]] = o["order_id"]
    # ---- events
    EVENTS.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    smap = {}
    for k, e in enumerate(EVENTS, 1):
        e["event_id"] = f"EV{k:07d}"
        if e.get("order_ref") is not None:
            e["order_id"] = okey[e.pop("order_ref")]
        sid = e.get("session_id")
        if sid:
            if sid not in smap:
                smap[sid] = f"S{len(smap) + 1:06d}"
            e["session_id"] = smap[sid]
    for o in ORDERS:
        if o.get("session_id"):
            o["session_id"] = smap.get(o["session_id"])
    # webhook re-sends: exact duplicates of some delivered scans
    deliv = [e for e in EVENTS if e["touchpoint_id"] == "tp_delivered"]
    dup_idx = sorted(rng.choice(len(deliv), size=34, replace=False))
    dup_ids = {deliv[int(i)]["event_id"] for i in dup_idx}
    rows_out = []
    for e in EVENTS:
        rows_out.append(e)
        if e["event_id"] in dup_ids:
            rows_out.append(dict(e))
    # ---- customers: state at the end of the data
    last_order = {}
    for c in everyone:
        c.spend = 0.0
    by_id = {c.i: c for c in everyone}
    for o in ORDERS:
        if o["status"] == "paid":
            last_order[o["customer_id"]] = o["ts"]
            by_id[o["customer_id"]].spend += o["amount"]
    cust_rows = []
    for c in everyone:
        if c.segment_kind == "corporate":
            seg = "corporate"
            tier = "key_account" if c.spend >= 150_000 else "standard"
        else:
            if c.member_since is None:
                tier = "none"
            elif c.spend >= 6000:
                tier = "black"
            elif c.spend >= 2000:
                tier = "gold"
            else:
                tier = "cocoa"
            last = c.last_activity
            if c.signup >= datetime(2026, 1, 1):
                seg = "new"
            elif tier in ("gold", "black"):
                seg = "vip"
            elif last is None or last < datetime(2026, 1, 1):
                seg = "at_risk"
            else:
                seg = "returning"
        row = dict(customer_id=c.i, signup_at=c.signup, segment=seg, region=c.region, city=c.city,
                   country=c.country, acquisition_channel=c.acq, tier=tier,
                   preferred_language=c.lang, main_device=c.device, marketing_opt_in=c.opt_in,
                   member_since=c.member_since, home_boutique=c.home, gender=c.gender, age_band=c.age_band,
                   birth_month=c.birth_month, lifetime_spend_cny=round(c.spend, 2),
                   last_order_at=last_order.get(c.i))
        row.update(c.extra)
        cust_rows.append(row)
    # ---- feedback ids: dated in time order, undated after
    FEEDBACK.sort(key=lambda f: (f["ts"] is None, f["ts"] or datetime.min, f["text"]))
    for k, f in enumerate(FEEDBACK, 1):
        f["feedback_id"] = f"FB{k:05d}"
        if f.get("order_id_ref") is not None:
            f["order_id"] = okey[f.pop("order_id_ref")]
        f["sentiment"] = TOPIC_SENT[f["topic"]]
    # some tickets typed in later without the date
    tickets = [f for f in FEEDBACK if f["channel"] == "ticket" and f["ts"] is not None]
    for i in rng.choice(len(tickets), size=12, replace=False):
        tickets[int(i)]["ts"] = None
        tickets[int(i)]["note_source"] = "backfilled_from_email"

    for rows in (EVENTS, ORDERS, FEEDBACK):
        for r in rows:
            b = r.get("boutique_id")
            if b:
                r["boutique_name"], r["boutique_name_en"] = BOUTIQUES[b][0], BOUTIQUES[b][1]
    for o in ORDERS:
        if o.get("sku"):
            o["sku_name"], o["sku_name_en"] = SKUS[o["sku"]][0], SKUS[o["sku"]][1]
    tp_rows = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                    kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    j_rows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            j_rows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                               touchpoint_id=tp, window_days=win))
    write(out / "touchpoints.csv", tp_rows, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel",
                                              "kind", "owner", "aliases"])
    write(out / "journeys.csv", j_rows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                         "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows,
          ["customer_id", "signup_at", "segment", "region", "city", "country", "acquisition_channel", "tier",
           "preferred_language", "main_device", "marketing_opt_in", "member_since", "home_boutique", "gender",
           "age_band", "birth_month", "lifetime_spend_cny", "last_order_at", "company_name", "industry",
           "employee_band", "account_manager"])
    write(out / "events.csv", rows_out,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
           "boutique_id", "boutique_name", "boutique_name_en", "sku", "campaign", "cart_value", "order_id", "utm_source", "error_code", "courier",
           "delivery_condition", "on_time", "transit_hours", "issue_type", "resolution", "workshop_id",
           "workshop_type", "occasion", "boxes", "quote_amount", "custom_logo", "logo_misprint"])
    write(out / "orders.csv", ORDERS,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "currency",
           "amount_local", "region", "boutique_id", "boutique_name", "boutique_name_en", "sku", "sku_name",
           "sku_name_en", "items", "boxes", "collection", "campaign", "promo_code", "discount_local",
           "shipping_fee_local", "deposit_local", "gift_wrap", "payment_method", "courier", "delivery_condition",
           "on_time", "workshop_type", "workshop_id", "attended", "occasion", "custom_logo", "account_manager",
           "payment_terms", "cancel_reason", "refund_reason", "refunded_at", "session_id"])
    write(out / "feedback.csv", FEEDBACK,
          ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
           "platform", "region", "order_id", "sku", "boutique_id", "boutique_name", "boutique_name_en", "workshop_type", "account_manager", "device",
           "note_source"])
    EXPER.sort(key=lambda r: r["assigned_at"])
    write(out / "experiments.csv", EXPER, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", FEEDBACK, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(cust_rows)}, events {len(rows_out)} ({len(EVENTS)} distinct), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)}, experiments {len(EXPER)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
