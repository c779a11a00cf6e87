"""山牧 HillDairy: an artisan cheese maker with four creameries: 云南 Yunnan (大理), 内蒙古 Inner Mongolia (锡林郭勒),
Victoria (Gippsland, AU) and Wisconsin (Driftless, US). Synthetic, written blind.

Two businesses share one CRM:
- Consumers. People find the online shop (WeChat mini program in China, web shop in AU / US), read the
  cheese-of-the-month club plans (奶酪月盒), check out and join the club: a rolling monthly box or a prepaid 6 / 12
  month plan. Gift subscriptions (3 or 6 months) are activated by the person who receives them. Others buy one-off
  gift boxes, visit a farm shop at a creamery, or come to a tasting event (open day, cheesemaking workshop, cheese
  and wine pairing night). Boxes ship in cold packs every month; some arrive melted, mouldy, frozen or crushed. An
  arrival problem is reported online and settled with a store credit or a refund. Members pause a month, cancel, and
  prepaid / gift members get a renewal reminder 21 days before the plan runs out.
- Trade (wholesale). Delis and restaurants send a trade enquiry, receive trade samples (by courier in a cold pack,
  or a rep visit), open a wholesale account, usually set up a standing order, and get refrigerated deliveries. A
  delivery problem (short-shipped, warm, mouldy, damaged) is claimed and settled with a credit note. The annual
  supply agreement comes up for renewal with a reminder 30 days before it ends.
- An A/B test on the club plan page (Oct 2025 - Jan 2026) offered a "build your own box" option.

Data 2024-08-01 .. 2026-07-31 (the CRM extract was taken in mid-August 2026, months before "today" 2026-12-01).
Naive local times. Money: orders.amount in CNY (group reporting currency; AUD at a fixed 4.72, USD at 7.18);
amount_local + currency kept.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment) and OUTDIR/_truth/reps.csv (not DATA.md
tables). Deterministic (seed 20261215), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
D = timedelta
START, END = datetime(2024, 8, 1), datetime(2026, 7, 31, 23, 59, 59)
N_PROSPECT, N_GIFT, N_LEGACY_SUBS, N_ENQ, N_LEGACY_TRADE = 15000, 760, 460, 1180, 240
EXP = (datetime(2025, 10, 1), datetime(2026, 1, 31, 23, 59, 59))      # club plan page A/B test
PRICE_RISE = datetime(2026, 4, 1)                                     # AU / US club price rise (milk prices)
NO_LATE_WEEK = datetime(2026, 2, 16)                                  # Victoria: no Thu / Fri box dispatch
HEATWAVE = (datetime(2026, 1, 13), datetime(2026, 2, 4))              # Victoria heatwave
CAVE = (datetime(2025, 7, 18), datetime(2025, 9, 6))                  # Yunnan ageing cave humidity failure
CS_VENDOR = datetime(2026, 1, 12)                                     # Wisconsin: outsourced claims desk
XMAS_SHORT = (datetime(2025, 11, 27), datetime(2025, 12, 24))         # AU / US reserve cheddar sold out
FX = {"CNY": 1.0, "AUD": 4.72, "USD": 7.18}
REGIONS = ["yunnan", "inner_mongolia", "victoria", "wisconsin"]
COUNTRY = {"yunnan": "CN", "inner_mongolia": "CN", "victoria": "AU", "wisconsin": "US"}
CUR = {"CN": "CNY", "AU": "AUD", "US": "USD"}
CODE = {"yunnan": "YN", "inner_mongolia": "IM", "victoria": "VIC", "wisconsin": "WI"}
CITIES = {
    "yunnan": {"昆明": 0.3, "大理": 0.15, "成都": 0.2, "广州": 0.2, "深圳": 0.15},
    "inner_mongolia": {"呼和浩特": 0.25, "包头": 0.1, "北京": 0.4, "天津": 0.15, "沈阳": 0.1},
    "victoria": {"Melbourne": 0.72, "Geelong": 0.12, "Ballarat": 0.08, "Bendigo": 0.08},
    "wisconsin": {"Madison": 0.3, "Milwaukee": 0.35, "Green Bay": 0.1, "Chicago": 0.25},
}
COURIER = {"yunnan": "sf_coldchain", "inner_mongolia": "jd_coldchain", "victoria": "startrack_chilled",
           "wisconsin": "ups_ground"}
PRICE = {  # local currency
    "CN": dict(box=268, one_off=398, holiday_box=498, workshop=298, pairing_night=198, kg=165),
    "AU": dict(box=79, box_new=89, one_off=95, holiday_box=129, workshop=120, pairing_night=85, kg=42),
    "US": dict(box=69, box_new=77, one_off=85, holiday_box=115, workshop=95, pairing_night=70, kg=31),
}
PLAN_MONTHS = {"monthly": 1, "prepaid_6": 6, "prepaid_12": 12, "gift_3": 3, "gift_6": 6}
PLAN_DISC = {"monthly": 1.0, "prepaid_6": 0.92, "prepaid_12": 0.85, "gift_3": 1.0, "gift_6": 0.95}

CHEESES = {  # id: zh, en, region
    "goat_tomme": ("苍山山羊托姆", "Cangshan Goat Tomme", "yunnan"),
    "rushan": ("乳扇", "Rushan", "yunnan"),
    "erhai_blue": ("洱海蓝纹", "Erhai Blue", "yunnan"),
    "fresh_chevre": ("鲜山羊奶酪", "Fresh Chevre", "yunnan"),
    "milk_tofu": ("奶豆腐", "Milk Tofu", "inner_mongolia"),
    "naipizi": ("奶皮子", "Naipizi Milk Skin", "inner_mongolia"),
    "steppe_gouda": ("草原高达", "Steppe Gouda", "inner_mongolia"),
    "smoked_curd": ("烟熏奶酪", "Smoked Curd", "inner_mongolia"),
    "gippsland_brie": ("吉普斯兰布里", "Gippsland Brie", "victoria"),
    "washed_rind": ("洗浸奶酪", "Washed Rind", "victoria"),
    "marinated_feta": ("油浸菲达", "Marinated Feta", "victoria"),
    "reserve_cheddar": ("陈年切达", "Reserve Cheddar", "victoria|wisconsin"),
    "driftless_alpine": ("山地阿尔卑斯", "Driftless Alpine", "wisconsin"),
    "cheese_curds": ("鲜奶酪粒", "Cheese Curds", "wisconsin"),
    "bluff_blue": ("峭壁蓝纹", "Bluff Blue", "wisconsin"),
}
RANGE = {r: [k for k, v in CHEESES.items() if r in v[2]] for r in REGIONS}
CH_CODE = {k: "".join(w[0] for w in k.split("_")).upper() for k in CHEESES}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_shop_home", "线上商城首页", "Online shop home", "awareness", "web", "digital", "ecommerce",
     "homepage|web shop|landing page|mini program|小程序首页|官网|商城首页"),
    ("tp_plan_page", "奶酪月盒方案页", "Cheese club plan page", "consideration", "web", "digital", "growth",
     "club page|plans page|subscription options|cheese club|月盒介绍页|订阅方案|方案页"),
    ("tp_checkout", "结账页", "Checkout", "purchase", "web", "digital", "ecommerce",
     "cart|basket|payment page|购物车|付款页|结算页"),
    ("tp_sub_start", "月盒开通", "Club membership started", "purchase", "web", "digital", "ecommerce",
     "join the club|subscription start|sign-up|cheese of the month signup|gift activation|入会|开通订阅|订阅成功"),
    ("tp_one_off_order", "单次礼盒下单", "One-off gift box order", "purchase", "web", "digital", "ecommerce",
     "gift box|hamper|one-off order|礼盒|年货礼盒|单买"),
    ("tp_box_dispatch", "月盒冷链发货", "Club box dispatched", "service", "other", "physical", "fulfilment",
     "dispatch|shipped|cold pack dispatch|packing|发货|出库|冷链发货"),
    ("tp_box_delivered", "月盒签收", "Club box delivered", "service", "other", "physical", "logistics",
     "delivery|arrival|parcel delivered|到货|签收|送达"),
    ("tp_arrival_claim", "到货问题申报", "Arrival problem report", "service", "web", "digital", "customer_care",
     "damage report|quality claim|melted box report|申报|售后申请|到货投诉"),
    ("tp_credit", "补偿发放", "Credit or refund issued", "service", "other", "digital", "customer_care",
     "store credit|refund|goodwill credit|补偿|积分补偿|退款"),
    ("tp_pause", "暂停一期", "Pause a month", "loyalty", "web", "digital", "ecommerce",
     "skip a month|pause|holiday hold|跳过一期|暂停|这个月不要"),
    ("tp_cancel", "取消月盒", "Club membership cancelled", "loyalty", "web", "digital", "ecommerce",
     "cancel|unsubscribe|churn|退订|取消订阅|停订"),
    ("tp_plan_renewal_notice", "月盒续订提醒", "Club plan renewal reminder", "loyalty", "email", "digital", "crm",
     "prepaid renewal reminder|gift expiry reminder|续订提醒|到期提醒"),
    ("tp_plan_renewed", "月盒续订", "Club plan renewed", "loyalty", "web", "digital", "crm",
     "plan renewal|renewed prepaid plan|续订成功|续费"),
    ("tp_support", "在线客服", "Customer care chat", "service", "web", "digital", "customer_care",
     "live chat|help desk|support|客服|人工客服"),
    ("tp_event_booking", "活动报名", "Event booking", "awareness", "web", "digital", "community",
     "tasting booking|workshop booking|RSVP|报名|品鉴会报名"),
    ("tp_tasting_event", "品鉴活动到场", "Tasting event attended", "consideration", "store", "physical", "community",
     "tasting|workshop|open day|pairing night|cheese and wine|品鉴会|奶酪制作课|牧场开放日|配酒之夜"),
    ("tp_farm_shop", "牧场门店到访", "Farm-shop visit", "awareness", "store", "physical", "retail",
     "farm shop|cellar door|creamery shop|牧场店|门店|工坊门店"),
    ("tp_trade_enquiry", "批发询价", "Trade enquiry", "consideration", "web", "digital", "trade_sales",
     "wholesale enquiry|trade inquiry|B2B lead|stockist enquiry|进货咨询|批发咨询"),
    ("tp_trade_sample", "试吃样品寄送", "Trade samples sent", "consideration", "other", "physical", "trade_sales",
     "trade samples|sample kit|rep visit|送样|样品|试吃装"),
    ("tp_account_open", "批发开户", "Wholesale account opened", "purchase", "other", "digital", "trade_sales",
     "account opened|new stockist|onboarding|开户|签约"),
    ("tp_standing_order", "固定订单设置", "Standing order set up", "purchase", "other", "digital", "trade_sales",
     "standing order|repeat order|recurring order|固定订单|定期订货"),
    ("tp_trade_order", "批发订货", "Wholesale order", "purchase", "other", "digital", "trade_ops",
     "trade order|wholesale order|reorder|订货|补货|下单"),
    ("tp_trade_delivery", "批发冷链到货", "Wholesale delivery", "service", "other", "physical", "logistics",
     "trade delivery|van delivery|refrigerated delivery|送货|到店|冷链配送"),
    ("tp_trade_claim", "批发到货索赔", "Trade delivery claim", "service", "phone", "digital", "trade_ops",
     "trade claim|delivery claim|short claim|索赔|到货索赔"),
    ("tp_credit_note", "贷项通知单", "Credit note issued", "service", "email", "digital", "finance",
     "credit note|trade credit|红字发票|贷项"),
    ("tp_agreement_notice", "供货协议续约提醒", "Supply agreement renewal reminder", "loyalty", "email", "digital",
     "account_mgmt", "agreement renewal notice|contract reminder|协议到期提醒|续约提醒"),
    ("tp_agreement_renewed", "供货协议续签", "Supply agreement renewed", "loyalty", "other", "digital",
     "account_mgmt", "agreement renewed|contract renewal|re-signed|续签|续约成功"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("club_signup", "奶酪月盒入会", "Cheese club sign-up", ["tp_plan_page", "tp_checkout", "tp_sub_start"], 7),
    ("event_to_club", "品鉴活动到入会", "Tasting event to club",
     ["tp_event_booking", "tp_tasting_event", "tp_sub_start"], 30),
    ("arrival_credit", "到货问题到补偿", "Arrival problem to credit", ["tp_arrival_claim", "tp_credit"], 7),
    ("plan_renewal", "月盒续订", "Club plan renewal", ["tp_plan_renewal_notice", "tp_plan_renewed"], 21),
    ("trade_onboarding", "批发开户", "Trade onboarding",
     ["tp_trade_enquiry", "tp_trade_sample", "tp_account_open"], 45),
    ("standing_order_setup", "开户到固定订单", "Account to standing order",
     ["tp_account_open", "tp_standing_order"], 30),
    ("trade_claim_credit", "批发索赔到贷项", "Trade claim to credit note", ["tp_trade_claim", "tp_credit_note"], 14),
    ("agreement_renewal", "供货协议续签", "Supply agreement renewal",
     ["tp_agreement_notice", "tp_agreement_renewed"], 30),
]
REPS = {  # id: name, region
    "R01": ("杨丽萍", "yunnan"), "R02": ("段志刚", "yunnan"),
    "R03": ("巴特尔", "inner_mongolia"), "R04": ("乌兰", "inner_mongolia"),
    "R05": ("Sophie Laurent", "victoria"), "R06": ("Tom Kavanagh", "victoria"), "R07": ("Mei Chen", "victoria"),
    "R08": ("Brett Olson", "wisconsin"), "R09": ("Karen Schultz", "wisconsin"), "R10": ("Luis Ortega", "wisconsin"),
}
REPS_BY_REGION = {r: [k for k, v in REPS.items() if v[1] == r] for r in REGIONS}


class Rand:
    """numpy Generator with buffered uniforms (scalar calls into numpy are slow)."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        v = self._u[self._i]
        self._i += 1
        return float(v)


R = Rand(SEED)
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def U(a, b):
    return a + (b - a) * R.u()


def chance(p):
    return R.u() < p


def pick(p: dict):
    tot = sum(p.values())
    x = R.u() * tot
    for k, w in p.items():
        x -= w
        if x < 0:
            return k
    return k


def choice(items):
    return items[min(int(R.u() * len(items)), len(items) - 1)]


def randint(a, b):
    return min(int(U(a, b + 1)), b)


def day0(t: datetime) -> datetime:
    return datetime(t.year, t.month, t.day)


def at(day: datetime, h0=8.0, h1=17.0) -> datetime:
    return (day0(day) + D(hours=U(h0, h1))).replace(microsecond=0)


def sec(t: datetime) -> datetime:
    return t.replace(microsecond=0)


def months():
    y, m = START.year, START.month
    while (y, m) <= (END.year, END.month):
        yield datetime(y, m, 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


MONTHS = list(months())


def month_end(m: datetime) -> datetime:
    n = datetime(m.year + 1, 1, 1) if m.month == 12 else datetime(m.year, m.month + 1, 1)
    return n - D(seconds=1)


def add_month(t: datetime, k=1) -> tuple[int, int]:
    y, m = t.year, t.month + k
    while m > 12:
        y, m = y + 1, m - 12
    return y, m


def gift_season(region, t):
    """gift boxes: Christmas in AU / US, the weeks before Spring Festival (29 Jan 2025, 17 Feb 2026) in China."""
    if COUNTRY[region] == "CN":
        return (datetime(2025, 1, 2) <= t < datetime(2025, 1, 27)) or (datetime(2026, 1, 15) <= t < datetime(2026, 2, 15))
    return t.month == 12 or (t.month == 11 and t.day > 15)


def arrival(region, weights=None, growth=0.03, hours=None):
    w = {i: (1 + growth * i) * (weights(m) if weights else 1.0) for i, m in enumerate(MONTHS)}
    m = MONTHS[pick(w)]
    day = m + D(days=int(U(0, (month_end(m) - m).days + 1)))
    if hours is None:
        h = pick({8: 0.8, 10: 1, 12: 1.8, 13: 1.3, 15: 1, 18: 1.2, 20: 2.3, 21: 2.4, 22: 1.6, 23: 0.6})
        return (day + D(hours=h, minutes=U(0, 59.9))).replace(microsecond=0)
    return at(day, *hours)


def consumer_season(region):
    def f(m):
        if COUNTRY[region] == "CN":
            return {1: 1.45, 2: 1.1, 9: 1.1, 10: 1.2, 12: 1.1}.get(m.month, 1.0)
        return {11: 1.35, 12: 1.6, 1: 1.1, 6: 0.9, 7: 0.9}.get(m.month, 1.0)
    return f


def farm_season(region):
    def f(m):
        return {"yunnan": {7: 1.5, 8: 1.6, 10: 3.4, 2: 1.4, 1: 0.8},
                "inner_mongolia": {6: 1.6, 7: 2.6, 8: 2.5, 9: 1.3, 12: 0.35, 1: 0.3, 2: 0.35},
                "victoria": {12: 1.7, 1: 2.0, 3: 1.2, 4: 1.3, 7: 0.6},
                "wisconsin": {6: 1.5, 7: 1.8, 8: 1.7, 9: 1.5, 10: 1.6, 1: 0.4, 2: 0.4}}[region].get(m.month, 1.0)
    return f


# ---------------------------------------------------------------- feedback text

TEXT = {
    "melted": {
        "zh": ["收到的时候{cheese}都化了，油都渗出来了，盒子里一股味。",
               "冷链箱打开里面冰排是温的，奶酪化了一半。",
               "周五发的货周一才到，奶酪全化了，这种天气还周五发？",
               "快递在站点放了一个周末，{cheese}化了，软塌塌的没法吃。",
               "第二次收到化了的奶酪，夏天能不能换个快点的物流？",
               "外面三十多度，送到门口的时候奶酪已经化了。"],
        "en": ["The brie arrived completely melted and oily - the cold packs were warm.",
               "Box sat in the depot over the weekend and the {cheese} melted into the paper.",
               "Second melted box this summer. Why ship on a Friday in a heatwave?",
               "Cheese was sweating and half melted when the courier finally dropped it off.",
               "Opened the box to a melted mess, the insulation clearly isn't enough for 40 degrees.",
               "Everything melted in transit. Love the cheese but not like this.",
               "The {cheese} had melted and the wrapper stuck to it. Shipped Friday, arrived Monday."],
    },
    "mouldy": {
        "zh": ["{cheese}表面发霉了，不是正常的白霉，是绿色的毛。",
               "收到就发霉了，这批{cheese}是不是仓储出了问题？",
               "切开里面都发霉，给小孩吃之前幸亏看了一眼。",
               "连续两箱发霉，雨季的时候你们的洞穴湿度有人管吗？",
               "乳扇发霉了还有异味，太失望了。",
               "店里到的山羊托姆有三块发霉，只能全部下架。"],
        "en": ["The {cheese} arrived mouldy - fuzzy green spots, not the normal rind.",
               "Found moldy spots all over the {cheese}, had to throw it out.",
               "Mouldy cheese again. Something is wrong with the storage.",
               "Two wheels were mouldy on arrival, we had to bin them."],
    },
    "frozen": {
        "zh": ["零下二十多度快递在车上放了一夜，奶豆腐冻硬了，解冻后口感全变了。",
               "奶酪冻得硬邦邦的，一解冻就出水。",
               "冬天能不能加个保温？这次又冻坏了。",
               "{cheese}到手是冻住的，质地全毁了。"],
        "en": ["The box came frozen solid - the texture is ruined after thawing.",
               "Cheese curds were frozen when they arrived, no squeak left at all.",
               "It's -20 out and the driver left the box on the porch, everything frozen.",
               "Frozen {cheese} again. Please insulate for winter, not just summer."],
    },
    "crushed": {
        "zh": ["盒子被压扁了，里面的奶酪也变形了。", "外箱压扁，蓝纹奶酪碎成一块一块的。",
               "快递把箱子压扁了，奶酪包装纸都破了。"],
        "en": ["Box was crushed and the wedge was squashed flat.", "Crushed box, cheese paper torn, rind cracked.",
               "The courier crushed the box, one wedge split in half."],
    },
    "short_ship": {
        "zh": ["这周又少发了两块，订单上写的跟到货对不上。", "固定订单少发了{n}公斤，也没人提前通知。",
               "过节前备货的时候少发，客人要的没货。", "陈年切达少发了，圣诞周货架空了好几天。"],
        "en": ["Our standing order was short-shipped again - only {n} of the cheddar wheels turned up.",
               "Short-shipped on the reserve cheddar the week before Christmas, worst possible timing.",
               "Got short-shipped with no phone call, we found out when the van left.",
               "Third short-shipped delivery in December. Customers were asking for the aged cheddar all week.",
               "The delivery was short-shipped and the invoice still charged the full order."],
    },
    "credit_slow": {
        "zh": ["申报了到货问题两个星期了，补偿还没到账。", "客服说会给补偿，到现在也没消息。",
               "补偿迟迟不到，每次都要催。"],
        "en": ["Still waiting on my credit for the damaged box, it's been {days} days.",
               "Reported a problem two weeks ago and no credit yet.",
               "Your new support system lost my claim - where is the credit?",
               "Had to chase three times to get a credit applied to my account."],
    },
    "ice_packs": {
        "zh": ["每次都一堆冰袋和泡沫箱，扔都没地方扔。", "冰袋太多了，能不能回收？", "三块奶酪配四个冰袋，太不环保了。"],
        "en": ["So many ice packs and foam in every box - can you take them back?",
               "The ice packs and polystyrene are a lot of waste for three wedges of cheese.",
               "Please do something about the ice packs, my freezer is full of them."],
    },
    "price_rise": {
        "zh": ["月盒涨价以后性价比不高了。", "涨价了也没提前说，直接扣款。"],
        "en": ["The price increase on the club box was a shock - ten dollars more a month.",
               "Not happy about the price increase without better cheese.",
               "With the price increase I'm going to stop the club.",
               "Price increase of over 10% is too much for what's in the box."],
    },
    "repeat_cheese": {
        "zh": ["连着三个月都有同一款，太重复了。", "月盒内容重复，希望能自己选。"],
        "en": ["Third box in a row with the same cheese.", "Getting the same cheese every month, would love some variety."],
    },
    "praise_taste": {
        "zh": ["{cheese}太好吃了，家里人都抢着吃。", "{cheese}真的好吃，比超市进口的强多了。", "每个月开箱都很期待，好吃！",
               "奶香很浓，好吃不腻。"],
        "en": ["The {cheese} was delicious - best cheese we've had all year.", "Absolutely delicious box this month.",
               "Delicious, well-aged and beautifully wrapped.", "Our customers say the {cheese} is delicious."],
    },
    "praise_event": {
        "zh": ["奶酪制作课的活动安排得很好，老师很耐心。", "开放日活动很有意思，小朋友喂了小羊。", "配酒之夜这个活动氛围很好。"],
        "en": ["Great event, the cheesemaker was super knowledgeable.", "The pairing event was a lovely evening.",
               "Kids loved the open day event.", "Best workshop event I've been to, made my own curds."],
    },
    "praise_farm": {
        "zh": ["大理的门店环境很好，可以现场试吃。", "门店的店员很热情，买了好几块带回去。", "路过门店专门停车进去买，值得。"],
        "en": ["Lovely farm shop, tried everything before buying.", "The farm shop staff were great, great selection.",
               "Worth the drive to the farm shop."],
    },
    "general_pos": {
        "zh": ["包装很用心，物流也快。", "整体满意，会继续订。", "配送准时，包装专业。"],
        "en": ["Great service overall.", "Happy with the club so far.", "Deliveries on time, well packed."],
    },
    "general_neu": {
        "zh": ["还行吧，再看看。", "一般般，没有特别惊喜。", "和上个月差不多。"],
        "en": ["It's fine.", "Okay box this month, nothing special.", "About the same as last month."],
    },
    "cancel_too_much": {
        "zh": ["一个月一盒吃不完，浪费了。", "家里就两个人，吃不完。"],
        "en": ["Just too much cheese for two of us.", "We can't get through that much cheese each month - too much cheese."],
    },
    "cancel_budget": {
        "zh": ["最近预算紧，先停一停。", "预算有限，以后再说。"],
        "en": ["Cutting back on the budget for now.", "Doesn't fit our budget at the moment."],
    },
    "cancel_moving": {
        "zh": ["要搬家到外地了，先取消。", "搬家了，新地址不在配送范围。"],
        "en": ["We're moving overseas.", "Moving interstate, will rejoin later."],
    },
}
MARK = {  # topic: (zh substring, en regex); the gold SQL uses the same markers
    "melted": ("化了", r"\bmelted\b"),
    "mouldy": ("发霉", r"\bmou?ldy\b"),
    "frozen": ("冻", r"\bfrozen\b"),
    "crushed": ("压扁", r"\bcrushed\b"),
    "short_ship": ("少发", r"short-shipped"),
    "credit_slow": ("补偿", r"\bcredit\b"),
    "ice_packs": ("冰袋", r"\bice packs?\b"),
    "price_rise": ("涨价", r"\bprice increase\b"),
    "repeat_cheese": ("重复", r"\bsame cheese\b"),
    "praise_taste": ("好吃", r"\bdelicious\b"),
    "praise_event": ("活动", r"\bevent\b"),
    "praise_farm": ("门店", r"\bfarm shop\b"),
}
SENT = {"melted": "neg", "mouldy": "neg", "frozen": "neg", "crushed": "neg", "short_ship": "neg",
        "credit_slow": "neg", "ice_packs": "neg", "price_rise": "neg", "repeat_cheese": "neg",
        "praise_taste": "pos", "praise_event": "pos", "praise_farm": "pos", "general_pos": "pos",
        "general_neu": "neu", "cancel_too_much": "neu", "cancel_budget": "neu", "cancel_moving": "neu"}


def check_markers():
    """every template of a topic carries its marker; no other topic's template does."""
    for topic, by_lang in TEXT.items():
        for lang, temps in by_lang.items():
            for t in temps:
                low = t.lower()
                for mt, (zh, en) in MARK.items():
                    hit = (zh in t) if lang == "zh" else bool(re.search(en, low))
                    assert hit == (mt == topic), (topic, lang, t, mt)


def say(ts, topic, lang, channel, cid, tp, rating=None, nps=None, region=None, cheese=None, batch=None,
        courier=None, platform=None, rep=None):
    t = choice(TEXT[topic][lang])
    if cheese is None:
        cheese_for_text = choice(RANGE[region or "victoria"])
    else:
        cheese_for_text = cheese
    name = CHEESES[cheese_for_text][0 if lang == "zh" else 1]
    t = t.format(cheese=name, n=randint(2, 5), days=randint(9, 24))
    fid = nid("FB", 6)
    feedback.append(dict(feedback_id=fid, text=t, ts=ts, customer_id=cid, touchpoint_id=tp, channel=channel,
                         rating=rating, nps=nps, language=lang, region=region, cheese=cheese, batch_id=batch,
                         courier=courier, platform=platform, account_manager=rep))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


def rating_for(sentiment):
    if sentiment == "neg":
        return pick({1: 0.45, 2: 0.4, 3: 0.15})
    if sentiment == "neu":
        return pick({2: 0.1, 3: 0.6, 4: 0.3})
    return pick({4: 0.35, 5: 0.65})


def nps_for(rating):
    return {1: randint(0, 3), 2: randint(1, 5), 3: randint(5, 7), 4: pick({7: 0.25, 8: 0.4, 9: 0.35}),
            5: pick({8: 0.1, 9: 0.35, 10: 0.55})}[int(rating)]


# ---------------------------------------------------------------- events / orders helpers

def ev(c, ts, tp, **kw):
    e = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=sec(ts), touchpoint_id=tp,
             region=c["region"], segment=c["segment"])
    e.update(kw)
    events.append(e)
    return e


def order(c, ts, order_type, amount_local, status="paid", **kw):
    cur = CUR[COUNTRY[c["region"]]]
    o = dict(order_id=nid("O", 7), customer_id=c["customer_id"], ts=sec(ts), order_type=order_type, status=status,
             currency=cur, amount_local=round(amount_local, 2), amount=round(amount_local * FX[cur], 2),
             region=c["region"], segment=c["segment"])
    o.update(kw)
    orders.append(o)
    return o


def lang_of(c):
    return c["preferred_language"]


def box_price(region, t):
    p = PRICE[COUNTRY[region]]
    if COUNTRY[region] != "CN" and t >= PRICE_RISE:
        return p["box_new"]
    return p["box"]


def plan_price(region, plan, t):
    return round(box_price(region, t) * PLAN_MONTHS[plan] * PLAN_DISC[plan], 0)


def web_channel(c):
    return "mini_program" if COUNTRY[c["region"]] == "CN" else "web"


# ---------------------------------------------------------------- tasting events calendar

EVENT_CAL: dict[str, list[dict]] = {r: [] for r in REGIONS}


def build_events():
    for r in REGIONS:
        for m in MONTHS:
            days = [m + D(days=k) for k in range((month_end(m) - m).days + 1)]
            weekend = [d for d in days if d.weekday() >= 5]
            plan = [("open_day", 1), ("workshop", 2), ("pairing_night", 1)]
            if COUNTRY[r] == "CN" and m.month in (1, 2):
                plan = [("open_day", 1), ("workshop", 1), ("pairing_night", 1)]
            for etype, k in plan:
                for _ in range(k):
                    d = choice(weekend) if etype != "pairing_night" else choice([d for d in days if d.weekday() == 4])
                    h = {"open_day": 10, "workshop": 14, "pairing_night": 19}[etype]
                    EVENT_CAL[r].append(dict(tasting_id=f"T-{CODE[r]}-{d:%y%m%d}-{etype[:2].upper()}",
                                             when=d + D(hours=h), event_type=etype))
        EVENT_CAL[r].sort(key=lambda x: x["when"])


# ---------------------------------------------------------------- consumers

def new_consumer(kind, legacy=False):
    region = pick({"yunnan": 0.26, "inner_mongolia": 0.22, "victoria": 0.25, "wisconsin": 0.27})
    cn = COUNTRY[region] == "CN"
    if legacy:
        t0 = datetime(2023, 3, 1) + D(days=U(0, 500), hours=U(9, 22))
    elif kind == "farm":
        t0 = arrival(region, farm_season(region), growth=0.02, hours=(9.5, 17.5))
    elif kind == "gift":
        def gw(m):
            if cn:
                return {1: 2.6, 2: 2.4, 5: 1.3, 8: 1.3}.get(m.month, 0.7)
            return {12: 3.2, 1: 2.4, 5: 1.2}.get(m.month, 0.6)
        t0 = arrival(region, gw)
    else:
        t0 = arrival(region, consumer_season(region))
    if cn:
        lang = "zh" if chance(0.97) else "en"
        acq = pick({"xiaohongshu": 0.3, "douyin": 0.22, "wechat": 0.22, "baidu": 0.08, "referral": 0.1,
                    "other": 0.08})
        device = pick({"ios": 0.55, "android": 0.45})
    else:
        lang = "zh" if (region == "victoria" and chance(0.09)) or chance(0.015) else "en"
        acq = pick({"instagram": 0.26, "google_search": 0.28, "facebook": 0.16, "newsletter": 0.08,
                    "referral": 0.12, "other": 0.1})
        device = pick({"ios": 0.45, "android": 0.25, "pc": 0.3})
    if kind == "farm":
        acq = "farm_shop"
    elif kind == "event":
        acq = "tasting_event"
    elif kind == "gift":
        acq = "gift"
    return dict(customer_id=None, signup_at=t0, segment="consumer", region=region, country=COUNTRY[region],
                city=pick(CITIES[region]), acquisition_channel=acq, tier="none", lifecycle="prospect",
                preferred_language=lang, main_device=device, is_gift=kind == "gift",
                taste_profile=pick({"mild": 0.35, "bold": 0.3, "blue_lover": 0.15, "goat_fan": 0.2}),
                dietary=pick({"none": 0.86, "vegetarian_rennet": 0.1, "lactose_sensitive": 0.04}),
                marketing_opt_in=chance(0.62), _kind=kind, _legacy=legacy)


def assign_variant(c, t):
    if c.get("_variant") is not None or not (EXP[0] <= t <= EXP[1]):
        return c.get("_variant")
    v = "build_your_own" if chance(0.5) else "control"
    c["_variant"] = v
    experiments.append(dict(experiment_id="club_builder_2025", variant=v, customer_id=c["customer_id"],
                            assigned_at=sec(t), experiment_name="Club plan page: build-your-own box"))
    return v


def plan_page_visit(c, t, base_co=0.40, base_pay=0.72, force=False):
    """plan page -> checkout -> join; returns the join time or None."""
    dev = c["main_device"]
    sid = nid("S", 7)
    ch = web_channel(c)
    ev(c, t, "tp_plan_page", session_id=sid, device=dev, channel=ch, action="view",
       utm_source=c["acquisition_channel"])
    v = assign_variant(c, t)
    cn = COUNTRY[c["region"]] == "CN"
    p_co, p_pay = base_co, base_pay
    if v == "build_your_own":
        p_co *= 1.62 if cn else 1.18
        p_pay *= 1.04 if cn else 1.0
    if not cn and t >= PRICE_RISE:
        p_co *= 0.68
    if force:
        p_co, p_pay = 1.0, 1.0
    if not chance(p_co):
        return None
    tc = t + (D(minutes=U(2, 25)) if chance(0.65) else D(days=U(0.5, 6.5)))
    if tc > END:
        return None
    sid2 = sid if tc - t < D(hours=1) else nid("S", 7)
    ev(c, tc, "tp_checkout", session_id=sid2, device=dev, channel=ch, action="view", cart="club_box")
    if not chance(p_pay):
        return None
    tj = tc + D(minutes=U(1, 12))
    return tj if tj <= END else None


def join_club(c, tj, plan=None, gift=False):
    if plan is None:
        plan = pick({"monthly": 0.62, "prepaid_6": 0.24, "prepaid_12": 0.14})
    cn = COUNTRY[c["region"]] == "CN"
    first = choice(RANGE[c["region"]])
    ev(c, tj, "tp_sub_start", device=c["main_device"] if not gift else None,
       channel="gift" if gift else web_channel(c), action="success", plan=plan, is_gift=gift,
       first_cheese=first, box_style="build_your_own" if c.get("_variant") == "build_your_own" else "curated")
    amt = plan_price(c["region"], plan, tj)
    if plan == "monthly":
        pass  # the first box is charged at its dispatch
    else:
        order(c, tj + D(seconds=randint(5, 50)), "prepaid_plan", amt, channel="gift" if gift else web_channel(c),
              device=None if gift else c["main_device"], plan=plan, is_gift=gift,
              discount_code=None if gift else (pick({"WELCOME10": 0.2, None: 0.8}) if not cn else None))
    c["tier"], c["lifecycle"] = plan, "subscriber"
    c["_joined"] = tj
    run_sub(c, tj, plan)


def cycle_date(c, y, m):
    """the box ships in the week of the member's cycle day, on the member's dispatch wave (weekday)."""
    dom = min(c["_dom"], 28)
    d = datetime(y, m, dom)
    wave = c["_wave"]
    if c["region"] == "victoria" and d >= NO_LATE_WEEK and wave >= 3:
        wave = wave - 3 + 7          # Thu / Fri waves moved to Mon / Tue of the next week
    t = d - D(days=d.weekday()) + D(days=wave, hours=9) + D(hours=U(0, 7))
    return sec(t)


def melt_base(region, t):
    m = t.month
    if region == "victoria":
        b = {12: 0.05, 1: 0.065, 2: 0.055, 11: 0.02, 3: 0.02}.get(m, 0.006)
        if HEATWAVE[0] <= t <= HEATWAVE[1]:
            b *= 2.4
        return b
    if region == "wisconsin":
        return {6: 0.018, 7: 0.03, 8: 0.026}.get(m, 0.004)
    if region == "yunnan":
        return {5: 0.012, 6: 0.012}.get(m, 0.005)
    return {7: 0.018, 8: 0.012}.get(m, 0.003)


def frozen_base(region, t):
    if region == "inner_mongolia":
        return {12: 0.055, 1: 0.08, 2: 0.05}.get(t.month, 0.0)
    if region == "wisconsin":
        return {12: 0.018, 1: 0.028, 2: 0.02}.get(t.month, 0.0)
    return 0.0


def mould_p(region, t, cheeses):
    if region == "yunnan" and CAVE[0] <= t <= CAVE[1] and ("goat_tomme" in cheeses or "rushan" in cheeses):
        return 0.13
    return 0.004


def box_arrival(c, t_disp, cheeses):
    region = c["region"]
    wd = t_disp.weekday()
    transit = {"yunnan": U(20, 40), "inner_mongolia": U(24, 50), "victoria": U(20, 46),
               "wisconsin": U(20, 44)}[region]
    if wd == 4:
        transit += U(44, 66)
    elif wd == 3:
        transit += U(0, 30) if chance(0.5) else 0
    t_del = t_disp + D(hours=transit)
    mult = 1 + max(0.0, transit - 36) / 14
    p_melt = melt_base(region, t_disp) * mult
    p_frozen = frozen_base(region, t_disp) * (1 + max(0.0, transit - 36) / 30)
    p_mould = mould_p(region, t_disp, cheeses)
    x = R.u()
    if x < p_melt:
        cond = "melted"
    elif x < p_melt + p_mould:
        cond = "mouldy"
    elif x < p_melt + p_mould + p_frozen:
        cond = "frozen"
    elif x < p_melt + p_mould + p_frozen + 0.011:
        cond = "crushed"
    else:
        cond = "ok"
    temp = {"melted": U(13, 24), "frozen": U(-7, -1), "ok": U(1.5, 8.5), "mouldy": U(3, 9),
            "crushed": U(2, 9)}[cond]
    # couriers deliver in the day: a box due at night is handed over the next morning
    if t_del.hour < 8:
        t_del = day0(t_del) + D(hours=U(8, 12))
    elif t_del.hour >= 20:
        t_del = day0(t_del) + D(days=1, hours=U(8, 12))
    transit = (t_del - t_disp).total_seconds() / 3600
    return sec(t_del), round(transit, 1), cond, round(temp, 1)


def pick_cheeses(c, t):
    rng = list(RANGE[c["region"]])
    k = 3
    chosen = []
    while len(chosen) < k and rng:
        x = choice(rng)
        chosen.append(x)
        rng.remove(x)
    return chosen


def settle_claim(c, t_claim, cond, box_order, prepaid):
    region = c["region"]
    photo = chance(0.72)
    slow_desk = region == "wisconsin" and t_claim >= CS_VENDOR
    if chance(0.05):
        return None, photo
    if slow_desk:
        days = U(0.6, 6.5) if chance(0.3) else U(8, 26)
    else:
        fast = 0.94 if photo else 0.74
        days = U(0.3, 6.5) if chance(fast) else U(7.6, 20)
    t_cr = t_claim + D(days=days)
    if t_cr > END:
        return None, photo
    refund = (not prepaid) and box_order is not None and chance(0.25)
    amt = box_order["amount_local"] if refund else round(box_price(region, t_claim) * U(0.5, 1.0), 0)
    ev(c, t_cr, "tp_credit", channel="other", action="success", credit_type="refund" if refund else "store_credit",
       credit_local=amt, days_to_credit=round(days, 1), issue=cond)
    if refund:
        box_order["status"] = "refunded"
        box_order["refund_reason"] = cond
    return days, photo


def run_sub(c, t_start, plan, legacy=False):
    region = c["region"]
    cn = COUNTRY[region] == "CN"
    lang = lang_of(c)
    c["_dom"] = randint(1, 26)
    c["_wave"] = pick({0: 0.22, 1: 0.22, 2: 0.22, 3: 0.17, 4: 0.17})
    gift = plan.startswith("gift")
    if legacy:
        y, m = START.year, START.month
        boxes_left = randint(1, PLAN_MONTHS[plan]) if plan != "monthly" else None
        box_no = randint(3, 20)
    else:
        y, m = t_start.year, t_start.month
        if cycle_date(c, y, m) < t_start + D(days=2):
            y, m = add_month(datetime(y, m, 1))
        boxes_left = PLAN_MONTHS[plan] if plan != "monthly" else None
        box_no = 0
    bad_recent = 0
    variant = c.get("_variant")
    while True:
        t = cycle_date(c, y, m)
        if t > END:
            c["tier"], c["lifecycle"] = plan, "subscriber"
            return
        nxt = add_month(datetime(y, m, 1))
        if plan == "monthly":
            haz = 0.034
            if box_no <= 2:
                haz *= 1.3
            if bad_recent > 0:
                haz *= 2.6
            price_period = (not cn) and PRICE_RISE <= t < datetime(2026, 7, 1)
            if price_period:
                haz *= 2.6
            if variant == "build_your_own":
                haz *= 0.8
            if box_no >= 1 and chance(haz):
                tc = t - D(days=U(1, 12))
                if price_period and chance(0.62):
                    reason = "price"
                elif bad_recent > 0 and chance(0.55):
                    reason = "quality"
                else:
                    reason = pick({"too_much_cheese": 0.3, "budget": 0.25, "moving": 0.12, "other": 0.13,
                                   "quality": 0.1, "price": 0.1})
                ev(c, tc, "tp_cancel", channel=web_channel(c), device=c["main_device"], action="submit",
                   cancel_reason=reason, boxes_received=box_no, plan=plan)
                if chance(0.45):
                    topic = {"price": "price_rise" if price_period or (not cn and tc >= PRICE_RISE) else "cancel_budget",
                             "quality": choice(["melted", "mouldy", "frozen", "crushed"])
                             if bad_recent == 0 else c.get("_last_bad", "melted"),
                             "too_much_cheese": "cancel_too_much", "budget": "cancel_budget",
                             "moving": "cancel_moving", "other": "general_neu"}[reason]
                    if topic == "frozen" and region not in ("inner_mongolia", "wisconsin"):
                        topic = "melted"
                    if topic == "mouldy" and region != "yunnan" and chance(0.7):
                        topic = "melted" if region != "inner_mongolia" else "frozen"
                    r = rating_for(SENT[topic])
                    say(tc + D(minutes=U(1, 5)), topic, lang, "cancel_survey", c["customer_id"], "tp_cancel",
                        rating=r, region=region)
                c["tier"], c["lifecycle"] = "none", "cancelled"
                return
            p_pause = 0.035
            if (not cn) and t.month in (12, 1):
                p_pause = 0.12
            if cn and ((t.year == 2025 and t.month == 1) or (t.year == 2026 and t.month == 2)):
                p_pause = 0.11
            if box_no >= 1 and chance(p_pause):
                tp_ = t - D(days=U(2, 10))
                ev(c, tp_, "tp_pause", channel=web_channel(c), device=c["main_device"], action="submit",
                   pause_reason=pick({"travel": 0.45, "too_much_cheese": 0.3, "other": 0.25}), plan=plan)
                y, m = nxt
                continue
        cheeses = pick_cheeses(c, t)
        box_no += 1
        box_order = None
        if plan == "monthly":
            failed = chance(0.018)
            box_order = order(c, t - D(hours=U(2, 6)), "club_box", box_price(region, t),
                              status="cancelled" if failed else "paid", channel="auto_debit", plan=plan,
                              box_no=box_no, cheeses="|".join(cheeses),
                              refund_reason="payment_failed" if failed else None)
            if failed:
                bad_recent = max(0, bad_recent - 1)
                y, m = nxt
                continue
        box_id = nid("BX", 6)
        batch = f"{CODE[region]}-{t:%y%m}-{CH_CODE[cheeses[0]]}"
        if box_order is not None:
            box_order["batch_id"] = batch
        ev(c, t, "tp_box_dispatch", channel="other", action="dispatch", box_id=box_id, box_no=box_no,
           cheeses="|".join(cheeses), batch_id=batch, courier=COURIER[region], plan=plan,
           dispatch_day=t.strftime("%a"))
        t_del, transit, cond, temp = box_arrival(c, t, cheeses)
        if t_del > END:
            c["tier"], c["lifecycle"] = plan, "subscriber"
            return
        ev(c, t_del, "tp_box_delivered", channel="other", action="delivered", box_id=box_id, box_no=box_no,
           batch_id=batch, courier=COURIER[region], dispatch_day=t.strftime("%a"), transit_hours=transit,
           arrival_temp_c=temp, arrival_condition=cond)
        bad_recent = max(0, bad_recent - 1)
        issue_cheese = cheeses[0]
        if cond == "mouldy":
            issue_cheese = "goat_tomme" if "goat_tomme" in cheeses else (
                "rushan" if "rushan" in cheeses else cheeses[0])
        if cond != "ok":
            bad_recent = 2
            c["_last_bad"] = cond
            if chance({"melted": 0.74, "mouldy": 0.86, "frozen": 0.7, "crushed": 0.6}[cond]):
                t_cl = t_del + D(hours=U(1, 40))
                if t_cl <= END:
                    claim_id = nid("CL", 6)
                    days, photo = None, None
                    ev(c, t_cl, "tp_arrival_claim", channel=web_channel(c), device=c["main_device"],
                       action="submit", claim_id=claim_id, box_id=box_id, issue=cond, issue_cheese=issue_cheese)
                    days, photo = settle_claim(c, t_cl, cond, box_order, plan != "monthly")
                    events[-1 if days is None else -2]["photo_attached"] = photo
                    if chance(0.28):
                        say(t_cl + D(minutes=U(2, 30)), cond, lang, "ticket", c["customer_id"], "tp_arrival_claim",
                            region=region, cheese=issue_cheese, batch=batch, courier=COURIER[region])
                    if (days is None or days > 7) and chance(0.5 if days is not None else 0.3):
                        t_f = t_cl + D(days=U(8, 16))
                        if t_f <= END:
                            say(t_f, "credit_slow", lang, pick({"email": 0.5, "ticket": 0.5}), c["customer_id"],
                                "tp_credit", region=region)
                    if chance(0.2):
                        ev(c, t_cl + D(minutes=U(5, 90)), "tp_support", channel=web_channel(c), action="chat",
                           chat_topic="arrival_problem", wait_min=round(U(1, 25), 1), resolved=chance(0.7))
        if chance(0.01):
            ev(c, t_del + D(days=U(1, 10)), "tp_support", channel=web_channel(c), action="chat",
               chat_topic=pick({"change_address": 0.4, "cheese_info": 0.3, "billing": 0.3}),
               wait_min=round(U(0.5, 12), 1), resolved=chance(0.9))
        # post-delivery survey
        if chance(0.32 if cond != "ok" else 0.085):
            ts = t_del + D(hours=U(3, 72))
            if ts <= END:
                if cond != "ok":
                    topic = cond
                else:
                    w = {"praise_taste": 0.4, "general_pos": 0.3, "general_neu": 0.14, "ice_packs": 0.04}
                    if variant != "build_your_own" and box_no >= 4:
                        w["repeat_cheese"] = 0.07
                    if (not cn) and t >= PRICE_RISE:
                        w["price_rise"] = 0.06
                    if not cn:
                        w["ice_packs"] = 0.07
                    topic = pick(w)
                r = rating_for(SENT[topic])
                nps = nps_for(r) if chance(0.5) else None
                say(ts, topic, lang, "box_survey", c["customer_id"], "tp_box_delivered", rating=r, nps=nps,
                    region=region, cheese=issue_cheese if cond != "ok" else cheeses[0], batch=batch,
                    courier=COURIER[region])
        if cn and chance(0.006):
            ts = t_del + D(days=U(1, 5))
            topic = cond if cond != "ok" else pick({"praise_taste": 0.6, "general_pos": 0.25, "general_neu": 0.15})
            say(ts, topic, lang, "mini_program_review", c["customer_id"], "tp_box_delivered",
                rating=rating_for(SENT[topic]), region=region, cheese=cheeses[0], platform="wechat_mini_program")
        y, m = nxt
        if plan != "monthly":
            boxes_left -= 1
            if boxes_left == 0:
                expiry = cycle_date(c, *nxt)
                notice = expiry - D(days=21)
                if notice < t:
                    notice = t + D(hours=U(2, 20))
                if notice > END:
                    c["tier"], c["lifecycle"] = plan, "subscriber"
                    return
                ev(c, notice, "tp_plan_renewal_notice", channel="email", action="sent", plan=plan,
                   plan_end=expiry.date().isoformat(), is_gift=plan.startswith("gift"))
                p_renew = {"gift_3": 0.1, "gift_6": 0.13, "prepaid_6": 0.55, "prepaid_12": 0.64}[plan]
                if c.get("_bad_in_plan"):
                    p_renew *= 0.6
                c["_bad_in_plan"] = False
                if not chance(p_renew):
                    c["tier"], c["lifecycle"] = "none", "lapsed"
                    return
                tr = notice + (D(days=U(0.3, 20.5)) if chance(0.9) else D(days=U(22, 40)))
                if tr > END:
                    c["tier"], c["lifecycle"] = "none", "lapsed"
                    return
                new_plan = "prepaid_6" if plan.startswith("gift") else plan
                ev(c, tr, "tp_plan_renewed", channel=web_channel(c), device=c["main_device"], action="success",
                   plan=new_plan, previous_plan=plan)
                order(c, tr + D(seconds=randint(5, 50)), "prepaid_plan", plan_price(region, new_plan, tr),
                      channel=web_channel(c), device=c["main_device"], plan=new_plan, is_gift=False, renewal=True)
                plan = new_plan
                boxes_left = PLAN_MONTHS[plan]
                while cycle_date(c, y, m) < tr + D(days=1):
                    y, m = add_month(datetime(y, m, 1))
        if cond != "ok":
            c["_bad_in_plan"] = True


def simulate_consumer(c):
    kind = c["_kind"]
    region = c["region"]
    cn = COUNTRY[region] == "CN"
    t0 = c["signup_at"]
    if c["_legacy"]:
        plan = pick({"monthly": 0.66, "prepaid_6": 0.2, "prepaid_12": 0.14})
        c["tier"], c["lifecycle"] = plan, "subscriber"
        run_sub(c, START, plan, legacy=True)
        return
    if kind == "gift":
        join_club(c, t0, plan=pick({"gift_3": 0.6, "gift_6": 0.4}), gift=True)
        return
    if kind == "online":
        sid = nid("S", 7)
        ev(c, t0, "tp_shop_home", session_id=sid, device=c["main_device"], channel=web_channel(c), action="view",
           utm_source=c["acquisition_channel"])
        if chance(0.52):
            tj = plan_page_visit(c, t0 + D(minutes=U(0.5, 8)))
            if tj is None and chance(0.18):
                t2 = t0 + D(days=U(8, 60))
                if t2 <= END:
                    tj = plan_page_visit(c, t2, base_co=0.36, base_pay=0.68)
            if tj is not None:
                join_club(c, tj)
                return
        else:
            p = 0.13 * (2.2 if gift_season(region, t0) else 1.0)
            if chance(p):
                tc = t0 + D(minutes=U(2, 20))
                ev(c, tc, "tp_checkout", session_id=sid, device=c["main_device"], channel=web_channel(c),
                   action="view", cart="gift_box")
                if chance(0.8):
                    to = tc + D(minutes=U(1, 8))
                    holiday = gift_season(region, to)
                    ev(c, to, "tp_one_off_order", session_id=sid, device=c["main_device"], channel=web_channel(c),
                       action="success", product="holiday_box" if holiday else "gift_box")
                    p_ = PRICE[COUNTRY[region]]
                    order(c, to + D(seconds=randint(3, 40)), "one_off",
                          p_["holiday_box" if holiday else "one_off"] * (2 if chance(0.15) else 1),
                          channel=web_channel(c), device=c["main_device"],
                          product="holiday_box" if holiday else "gift_box")
                    c["lifecycle"] = "one_off"
                    if chance(0.05):
                        tj = plan_page_visit(c, to + D(days=U(10, 90)), force=True)
                        if tj is not None and tj <= END:
                            join_club(c, tj)
        return
    if kind == "event":
        cal = [e for e in EVENT_CAL[region] if t0 + D(days=3) <= e["when"] <= t0 + D(days=30)]
        if not cal:
            return
        e = choice(cal)
        etype = e["event_type"]
        ev(c, t0, "tp_event_booking", channel=web_channel(c), device=c["main_device"], action="submit",
           tasting_id=e["tasting_id"], event_type=etype, party_size=pick({1: 0.35, 2: 0.5, 3: 0.1, 4: 0.05}))
        if etype != "open_day":
            order(c, t0 + D(minutes=U(1, 6)), "event_ticket", PRICE[COUNTRY[region]][etype],
                  channel=web_channel(c), device=c["main_device"], tasting_id=e["tasting_id"], product=etype)
            c["lifecycle"] = "one_off"
        show = {"workshop": 0.9, "pairing_night": 0.78, "open_day": 0.5}[etype]
        if e["when"] > END or not chance(show):
            return
        ta = e["when"] + D(minutes=U(-15, 25))
        ev(c, ta, "tp_tasting_event", channel="store", action="attend", tasting_id=e["tasting_id"],
           event_type=etype)
        if chance(0.3):
            say(ta + D(hours=U(4, 48)), "praise_event" if chance(0.82) else "general_pos", lang_of(c),
                "event_survey", c["customer_id"], "tp_tasting_event", rating=pick({4: 0.3, 5: 0.7}), region=region)
        if etype == "open_day" or chance(0.7):
            if chance(0.55):
                ev(c, ta + D(minutes=U(60, 150)), "tp_farm_shop", channel="store", action="visit",
                   purchase=False, visit_type="event_day")
        p_join = {"workshop": 0.3, "pairing_night": 0.22, "open_day": 0.08}[etype]
        if chance(p_join):
            tj = plan_page_visit(c, ta + D(days=U(0.3, 25)), force=True)
            if tj is not None:
                join_club(c, tj)
        elif chance(0.05):
            tj = plan_page_visit(c, ta + D(days=U(31, 70)), force=True)
            if tj is not None:
                join_club(c, tj)
        return
    if kind == "farm":
        visits = [t0]
        while chance(0.2):
            nt = visits[-1] + D(days=U(25, 200))
            if nt > END:
                break
            visits.append(at(nt, 9.5, 17.5))
        p_ = PRICE[COUNTRY[region]]
        for tv in visits:
            buy = chance(0.72)
            basket = round(U(0.25, 1.3) * p_["one_off"], 0) if buy else None
            ev(c, tv, "tp_farm_shop", channel="store", action="visit", purchase=buy, basket_local=basket,
               visit_type=pick({"walk_in": 0.7, "tour_group": 0.3}) if cn else "walk_in")
            if buy:
                order(c, tv + D(minutes=U(10, 50)), "farm_shop", basket, channel="farm_shop",
                      product="farm_shop_basket")
                c["lifecycle"] = "one_off" if c["lifecycle"] == "prospect" else c["lifecycle"]
            if chance(0.04):
                topic = pick({"praise_farm": 0.75, "general_pos": 0.12, "general_neu": 0.13})
                say(tv + D(hours=U(2, 60)), topic, lang_of(c), "dianping" if cn else "google_review",
                    c["customer_id"], "tp_farm_shop", rating=rating_for(SENT[topic]), region=region,
                    platform="dianping" if cn else "google")
        if chance(0.075):
            tj = plan_page_visit(c, t0 + D(days=U(3, 60)), force=chance(0.6))
            if tj is not None:
                join_club(c, tj)


# ---------------------------------------------------------------- trade

def new_trade(legacy=False):
    region = pick({"yunnan": 0.22, "inner_mongolia": 0.18, "victoria": 0.28, "wisconsin": 0.32})
    cn = COUNTRY[region] == "CN"
    seg = "deli" if chance(0.55) else "restaurant"
    show_month = {"yunnan": 5, "inner_mongolia": 5, "victoria": 9, "wisconsin": 4}[region]
    if legacy:
        t0 = datetime(2021, 6, 1) + D(days=U(0, 1100), hours=U(9, 17))
        src = "legacy"
    else:
        src = pick({"website": 0.33, "trade_show": 0.2, "chef_referral": 0.19, "distributor": 0.16,
                    "instagram": 0.12})
        if src == "trade_show":
            t0 = arrival(region, lambda m: 6.0 if m.month in (show_month, show_month % 12 + 1) else 0.2,
                         hours=(9, 18))
        else:
            t0 = arrival(region, lambda m: {12: 0.7, 1: 0.7 if not cn else 0.5, 2: 0.8}.get(m.month, 1.0),
                         hours=(8.5, 18))
    name_pool = {"deli": ["Deli", "Providore", "Pantry", "Fine Foods", "Cheese Counter", "Market"],
                 "restaurant": ["Bistro", "Kitchen", "Wine Bar", "Trattoria", "Dining Room", "Eatery"]}
    zh_pool = {"deli": ["食品店", "进口超市", "奶酪铺", "精品超市"], "restaurant": ["西餐厅", "酒馆", "小馆", "餐吧"]}
    if cn:
        biz = choice(["云", "苍洱", "草原", "北方", "山野", "滇", "胡同", "青城", "塞上", "岭南"]) + \
            choice(["小", "大", "老", "新", ""]) + choice(zh_pool[seg]) + f"{randint(1, 99)}号"
    else:
        biz = choice(["Hill St", "Harbour", "Oak", "Maple", "Bluestone", "Lakeside", "Northside", "Copper",
                      "Old Mill", "Riverside"]) + " " + choice(name_pool[seg])
    return dict(customer_id=None, signup_at=t0, segment=seg, region=region, country=COUNTRY[region],
                city=pick(CITIES[region]), acquisition_channel=src, tier="prospect", lifecycle="prospect",
                preferred_language="zh" if cn else "en", main_device=None, business_name=biz,
                account_manager=choice(REPS_BY_REGION[region]), credit_terms=None, has_standing_order=False,
                standing_order_freq=None, agreement_end=None,
                covers=randint(30, 160) if seg == "restaurant" else None,
                counter_metres=round(U(1.5, 8), 1) if seg == "deli" else None, _legacy=legacy)


def trade_delivery(c, t_ord, kg, o):
    region = c["region"]
    t_del = at(t_ord + D(days=randint(1, 2)), 6, 12)
    has_cheddar = region in ("victoria", "wisconsin") and chance(0.72)
    p_short, p_warm, p_mould = 0.012, 0.0, 0.003
    if has_cheddar and XMAS_SHORT[0] <= t_del <= XMAS_SHORT[1]:
        p_short = 0.34
    elif has_cheddar and datetime(2024, 12, 1) <= t_del <= datetime(2024, 12, 24):
        p_short = 0.05
    if region == "victoria" and t_del.month in (12, 1, 2):
        p_warm = 0.025
        if HEATWAVE[0] <= t_del <= HEATWAVE[1]:
            p_warm = 0.06
    if region == "wisconsin" and t_del.month == 7:
        p_warm = 0.015
    if region == "yunnan" and CAVE[0] <= t_del <= CAVE[1]:
        p_mould = 0.09
    x = R.u()
    if x < p_short:
        cond = "short_shipped"
    elif x < p_short + p_warm:
        cond = "warm"
    elif x < p_short + p_warm + p_mould:
        cond = "mouldy"
    elif x < p_short + p_warm + p_mould + 0.006:
        cond = "damaged"
    else:
        cond = "ok"
    short_kg = round(kg * U(0.25, 0.7), 1) if cond == "short_shipped" else 0.0
    if cond == "short_shipped":
        o["amount_local"] = round(o["amount_local"] * (1 - short_kg / kg), 2)
        o["amount"] = round(o["amount_local"] * FX[o["currency"]], 2)
        o["short_kg"] = short_kg
    ev(c, t_del, "tp_trade_delivery", channel="other", action="delivered", delivery_id=nid("DL", 6),
       order_id=o["order_id"], kg=kg, short_kg=short_kg, delivery_condition=cond, on_time=chance(0.93),
       reserve_cheddar=has_cheddar if region in ("victoria", "wisconsin") else None,
       account_manager=c["account_manager"])
    return t_del, cond, short_kg


def simulate_trade(c):
    region = c["region"]
    cn = COUNTRY[region] == "CN"
    seg = c["segment"]
    rep = c["account_manager"]
    lang = lang_of(c)
    t0 = c["signup_at"]
    if c["_legacy"]:
        t_open = t0
        so = chance(0.62)
        c["credit_terms"] = pick({"net_30": 0.55, "net_14": 0.3, "prepay": 0.15})
        t_so = START if so else None
        c["tier"], c["lifecycle"] = ("key_account" if chance(0.25) else "trade"), "active"
    else:
        ev(c, t0, "tp_trade_enquiry", channel=pick({"web": 0.7, "email": 0.2, "phone": 0.1}), action="submit",
           lead_source=c["acquisition_channel"], outlet_type=seg, account_manager=rep)
        if not chance(0.78 if c["acquisition_channel"] != "trade_show" else 0.7):
            return
        method = "rep_visit" if chance(0.55 if cn else 0.4) else "courier"
        ts = at(t0 + D(days=U(1, 12)), 9, 17)
        if ts > END:
            return
        ev(c, ts, "tp_trade_sample", channel="other", action="sent", sample_method=method,
           samples=randint(3, 6), account_manager=rep, lead_source=c["acquisition_channel"])
        p = {"restaurant": 0.6, "deli": 0.44}[seg]
        p *= {"chef_referral": 1.3, "trade_show": 0.48, "distributor": 1.0, "website": 0.98, "instagram": 0.9}[
            c["acquisition_channel"]]
        p *= 1.12 if method == "rep_visit" else 0.9
        if not chance(min(p, 0.95)):
            return
        t_open = at(ts + D(days=U(3, 31)), 9, 17) if chance(0.92) else at(t0 + D(days=U(46, 80)), 9, 17)
        if t_open > END:
            return
        c["credit_terms"] = pick({"net_30": 0.45, "net_14": 0.3, "prepay": 0.25})
        ev(c, t_open, "tp_account_open", channel="other", action="success", credit_terms=c["credit_terms"],
           account_manager=rep, outlet_type=seg)
        c["tier"], c["lifecycle"] = "trade", "active"
        so = chance({"restaurant": 0.62, "deli": 0.47}[seg])
        t_so = None
        if so:
            t_so = at(t_open + (D(days=U(2, 29)) if chance(0.88) else D(days=U(32, 90))), 8, 18)
            if t_so > END:
                t_so, so = None, False
    c["_opened"] = t_open
    freq = pick({"weekly": 0.45, "fortnightly": 0.55}) if so else None
    if so and not c["_legacy"]:
        ev(c, t_so, "tp_standing_order", channel="other", action="success", so_freq=freq, account_manager=rep)
    c["has_standing_order"], c["standing_order_freq"] = bool(so), freq
    # the order calendar: ad-hoc orders until the standing order starts, then the standing order
    plan_times = []
    t = max(t_open, START) + D(days=U(1, 6))
    limit = min(t_so, END) if so else END
    while t < limit:
        plan_times.append((t, pick({"b2b_portal": 0.55, "phone": 0.25, "rep": 0.2})))
        t += D(days=min(60.0, max(4.0, -float(np.log(max(R.u(), 1e-9))) * 20)))
    if so:
        t = max(t_so, START) + D(days=U(1, 5))
        step = 7 if freq == "weekly" else 14
        while t <= END:
            plan_times.append((t, "standing_order"))
            t += D(days=step)
    # the supply agreement runs a year from opening and renews every year
    ann = t_open
    while ann < START + D(days=30):
        ann = datetime(ann.year + 1, ann.month, min(ann.day, 28), ann.hour, ann.minute)
    ends_at = None          # agreement not renewed: the account stops ordering when it ends
    churn_at = None
    bad_recent = None
    prev = max(t_open, START)
    kg_base = {"restaurant": U(4, 12), "deli": U(8, 26)}[seg]
    price = PRICE[COUNTRY[region]]["kg"]
    last_order = prev

    def renewals_until(limit_t):
        nonlocal ann, ends_at
        while ends_at is None and ann - D(days=30) <= min(limit_t, END):
            notice = at(ann - D(days=30), 8, 11)
            ev(c, notice, "tp_agreement_notice", channel="email", action="sent",
               agreement_end=ann.date().isoformat(), account_manager=rep)
            p_r = 0.87 if so else 0.42
            if region == "yunnan" and datetime(2025, 9, 1) <= notice <= datetime(2026, 3, 31):
                p_r *= 0.58
            if bad_recent is not None and (notice - bad_recent).days < 60:
                p_r *= 0.85
            if not chance(p_r):
                ends_at = ann
                return
            tr = notice + (D(days=U(0.5, 29.5)) if chance(0.93) else D(days=U(31, 45)))
            if tr <= END:
                ev(c, tr, "tp_agreement_renewed", channel="other", action="success",
                   agreement_end=(ann + D(days=365)).date().isoformat(), term_months=12, account_manager=rep)
                if chance(0.18):
                    say(tr + D(days=U(0, 3)), pick({"general_pos": 0.6, "praise_taste": 0.4}), lang, "call_note",
                        c["customer_id"], "tp_agreement_renewed", region=region, rep=rep)
            ann = datetime(ann.year + 1, ann.month, ann.day, ann.hour, ann.minute)

    for nt, channel in plan_times:
        renewals_until(nt)
        if ends_at is not None and nt >= ends_at:
            churn_at = ends_at
            break
        weeks = max((nt - prev).days, 1) / 7
        if chance(0.0022 * weeks * (2.5 if bad_recent and (nt - bad_recent).days < 45 else 1)):
            churn_at = nt
            break
        prev = nt
        kg = round(kg_base * U(0.7, 1.3), 1)
        tt = at(nt, 7, 18) if channel != "standing_order" else nt.replace(hour=5, minute=randint(0, 59), second=0)
        o = order(c, tt, "trade_order", kg * price, channel=channel, kg=kg, account_manager=rep,
                  payment_terms=c["credit_terms"], product=pick({"mixed_wheels": 0.6, "cut_wedges": 0.4}))
        ev(c, tt, "tp_trade_order", channel=channel if channel != "standing_order" else "other", action="submit",
           order_id=o["order_id"], kg=kg, so_freq=freq if channel == "standing_order" else None,
           account_manager=rep)
        last_order = tt
        t_del, cond, short_kg = trade_delivery(c, tt, kg, o)
        if cond == "ok" or t_del > END:
            continue
        bad_recent = t_del
        if not chance({"short_shipped": 0.5, "warm": 0.7, "mouldy": 0.8, "damaged": 0.6}[cond]):
            continue
        tc = at(t_del + D(hours=U(1, 30)), 8, 18)
        if tc > END:
            continue
        ev(c, tc, "tp_trade_claim", channel="phone", action="submit", claim_id=nid("TC", 6),
           order_id=o["order_id"], issue=cond, short_kg=short_kg or None, account_manager=rep)
        if chance(0.9):
            days = U(1, 13) if chance(0.88) else U(15, 35)
            tcn = tc + D(days=days)
            if tcn <= END:
                ev(c, tcn, "tp_credit_note", channel="email", action="issued",
                   credit_local=round(o["amount_local"] * U(0.15, 0.6), 2), days_to_credit=round(days, 1),
                   order_id=o["order_id"], account_manager=rep)
        if chance(0.35):
            topic = {"short_shipped": "short_ship", "warm": "melted", "mouldy": "mouldy", "damaged": "crushed"}[cond]
            say(tc + D(hours=U(0, 4)), topic, lang, "call_note", c["customer_id"], "tp_trade_claim",
                region=region, rep=rep, cheese="reserve_cheddar" if topic == "short_ship" and not cn
                else ("goat_tomme" if topic == "mouldy" else None))
    else:
        renewals_until(END)
        if ends_at is not None:
            churn_at = ends_at
    if churn_at is not None and churn_at <= END:
        c["lifecycle"], c["tier"] = "churned", "churned"
        c["agreement_end"] = churn_at.date().isoformat()
    else:
        c["agreement_end"] = (ends_at or ann).date().isoformat()
    c["_last_order"] = last_order


def quarterly_trade_surveys(trade):
    """quarterly account survey (NPS) sent to active accounts."""
    qs = [datetime(2024, 10, 8), datetime(2025, 1, 8), datetime(2025, 4, 8), datetime(2025, 7, 8),
          datetime(2025, 10, 8), datetime(2026, 1, 8), datetime(2026, 4, 8), datetime(2026, 7, 8)]
    short_by = {}
    bad_by = {}
    for e in events:
        if e["touchpoint_id"] == "tp_trade_delivery" and e["delivery_condition"] != "ok":
            key = (e["customer_id"])
            (short_by if e["delivery_condition"] == "short_shipped" else bad_by).setdefault(key, []).append(
                (e["ts"], e["delivery_condition"]))
    for c in trade:
        if c["lifecycle"] == "prospect":
            continue
        opened = c.get("_opened") or c["signup_at"]
        for qd in qs:
            if qd < opened + D(days=20) or qd > c.get("_last_order", END) + D(days=10):
                continue
            if not chance(0.42):
                continue
            ts = at(qd + D(days=U(0, 12)), 8, 20)
            if ts > END:
                continue
            recent_short = [x for x in short_by.get(c["customer_id"], []) if D(0) <= ts - x[0] <= D(days=100)]
            recent_bad = [x for x in bad_by.get(c["customer_id"], []) if D(0) <= ts - x[0] <= D(days=100)]
            if recent_short and chance(0.75):
                topic = "short_ship"
            elif recent_bad and chance(0.7):
                topic = {"warm": "melted", "mouldy": "mouldy", "damaged": "crushed"}[recent_bad[-1][1]]
            else:
                topic = pick({"praise_taste": 0.35, "general_pos": 0.35, "general_neu": 0.22, "ice_packs": 0.08})
            r = rating_for(SENT[topic])
            say(ts, topic, lang_of(c), "trade_survey", c["customer_id"], "tp_trade_delivery", rating=r,
                nps=nps_for(r), region=c["region"], rep=c["account_manager"],
                cheese="goat_tomme" if topic == "mouldy" else ("reserve_cheddar" if topic == "short_ship"
                                                                and c["region"] in ("victoria", "wisconsin")
                                                                else None))


def social_posts():
    plat = {"zh": {"xiaohongshu": 0.45, "douyin": 0.25, "weibo": 0.3},
            "en": {"instagram": 0.45, "facebook": 0.3, "reddit": 0.25}}
    for _ in range(170):
        lang = "zh" if chance(0.5) else "en"
        ts = START + D(days=U(0, 729), hours=U(8, 23))
        topic = pick({"praise_taste": 0.5, "praise_farm": 0.15, "praise_event": 0.1, "general_pos": 0.1,
                      "ice_packs": 0.08, "general_neu": 0.07})
        region = choice(["yunnan", "inner_mongolia"]) if lang == "zh" else choice(["victoria", "wisconsin"])
        say(ts if chance(0.55) else None, topic, lang, "social", None, None, region=None, platform=pick(plat[lang]),
            cheese=choice(RANGE[region]))
    for _ in range(44):   # Victoria heatwave
        ts = HEATWAVE[0] + D(days=U(0, 28), hours=U(8, 23))
        say(ts if chance(0.5) else None, "melted", "en" if chance(0.9) else "zh", "social", None, None,
            region=None, platform=pick(plat["en"]), cheese="gippsland_brie", courier="startrack_chilled")
    for _ in range(36):   # Yunnan mould
        ts = CAVE[0] + D(days=U(10, 60), hours=U(8, 23))
        say(ts if chance(0.5) else None, "mouldy", "zh", "social", None, None, region=None,
            platform=pick(plat["zh"]), cheese="goat_tomme")


# ---------------------------------------------------------------- output

CU_COLS = ["customer_id", "signup_at", "segment", "region", "country", "city", "acquisition_channel", "tier",
           "lifecycle", "preferred_language", "main_device", "is_gift", "taste_profile", "dietary",
           "marketing_opt_in", "business_name", "account_manager", "credit_terms", "has_standing_order",
           "standing_order_freq", "agreement_end", "covers", "counter_metres"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
           "segment", "utm_source", "cart", "product", "plan", "previous_plan", "plan_end", "is_gift", "first_cheese",
           "box_style", "box_id", "box_no", "cheeses", "batch_id", "courier", "dispatch_day", "transit_hours",
           "arrival_temp_c", "arrival_condition", "claim_id", "issue", "issue_cheese", "photo_attached",
           "credit_type", "credit_local", "days_to_credit", "pause_reason", "cancel_reason", "boxes_received",
           "chat_topic", "wait_min", "resolved", "tasting_id", "event_type", "party_size", "purchase",
           "basket_local", "visit_type", "lead_source", "outlet_type", "sample_method", "samples",
           "account_manager", "credit_terms", "so_freq", "order_id", "kg", "delivery_id", "short_kg",
           "delivery_condition", "on_time", "reserve_cheddar", "agreement_end", "term_months"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "product", "plan",
           "box_no", "cheeses", "batch_id", "is_gift", "renewal", "discount_code", "kg", "short_kg", "currency",
           "amount_local", "region", "segment", "account_manager", "payment_terms", "tasting_id", "refund_reason"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "cheese", "batch_id", "courier", "platform", "account_manager"]


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    return v


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main(out: Path):
    check_markers()
    build_events()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    cons = [new_consumer("online", legacy=True) for _ in range(N_LEGACY_SUBS)]
    cons += [new_consumer(pick({"online": 0.64, "event": 0.13, "farm": 0.23})) for _ in range(N_PROSPECT)]
    cons += [new_consumer("gift") for _ in range(N_GIFT)]
    trade = [new_trade(legacy=i < N_LEGACY_TRADE) for i in range(N_ENQ + N_LEGACY_TRADE)]
    allc = sorted(cons + trade, key=lambda c: c["signup_at"])
    for i, c in enumerate(allc):
        c["customer_id"] = f"HD{i + 1:05d}"
    for c in allc:
        if c["segment"] == "consumer":
            simulate_consumer(c)
        else:
            simulate_trade(c)
    quarterly_trade_surveys(trade)
    social_posts()
    # the consumer record exists from the first touch; gift recipients from activation
    customers[:] = [c for c in allc if c["signup_at"] <= END]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events[:] = [e for e in events if START <= e["ts"] <= END]
    # the courier webhook re-sent some delivery scans: exact duplicate rows (same event_id)
    dl = [e for e in events if e["touchpoint_id"] == "tp_box_delivered"]
    events.extend(dict(dl[int(U(0, len(dl)))]) for _ in range(36))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    orders[:] = [o for o in orders if START <= o["ts"] <= END]
    keep = [i for i, f in enumerate(feedback) if f["ts"] is None or START <= f["ts"] <= END]
    feedback[:] = [feedback[i] for i in keep]
    truth[:] = [truth[i] for i in keep]
    exps = [x for x in experiments if x["assigned_at"] <= END]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, CU_COLS)
    write(out / "events.csv", events, EV_COLS)
    write(out / "orders.csv", orders, OR_COLS)
    write(out / "feedback.csv", feedback, FB_COLS)
    write(out / "experiments.csv", exps, ["experiment_id", "variant", "customer_id", "assigned_at",
                                          "experiment_name"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    write(out / "_truth" / "reps.csv", [dict(account_manager=k, name=v[0], region=v[1]) for k, v in REPS.items()],
          ["account_manager", "name", "region"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(exps)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
