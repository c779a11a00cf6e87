"""蜂语授粉 BeeWise Pollination: a B2B pollination service renting beehives (honeybee colonies, and bumblebee boxes
for greenhouses) to orchards and greenhouse farms in six Chinese provinces (山东 Shandong, 陕西 Shaanxi, 新疆 Xinjiang,
四川 Sichuan, 云南 Yunnan, 辽宁 Liaoning) and through subsidiaries in Australia (Victoria, South Australia, New South
Wales), New Zealand (Bay of Plenty, Hawke's Bay) and the US (California, Washington). Synthetic, written blind.

Growers come in as leads (grower-association meetings 果农协会推介会, field reps walking the orchards 区域经理田间走访,
referrals from existing growers 老果农介绍, online (WeChat articles / Douyin in China, website / Facebook abroad),
agronomists and county extension stations 农技站推荐). A field rep surveys the orchard (果园踏勘), the grower books hives
for the expected bloom (花期预订), the operations desk allocates colonies from an apiary yard (蜂群调配: full or short),
the beekeepers truck the hives in at night and place them in the orchard before 10 % bloom (进园摆放), a hive strength
check counts frames of bees a few days later (蜂势检查; growers can also order a paid third-party inspection), the hives
are removed after petal fall (花后撤箱; late removal blocks the grower's spray program), the season is invoiced per
hive (按箱开票), and a rebooking call asks for next season (下季续订). Growers call the hotline (客服热线) to move hives,
report stings, reschedule for an early or late bloom, announce spraying or query an invoice. Repeat growers (signed
before the extract) skip the lead steps and go straight to booking.

Data 2024-10-01 .. 2026-06-30 (CRM + ops tablet + billing extract taken early July 2026, five months before "today"
2026-12-01); anything before 2024-10-01 is outside the extract. Naive local times of each region. Money: orders.amount
and every *_cny column are CNY (group reporting currency, fixed budget rates); overseas rows also keep currency,
price_per_hive_local and amount_local.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260705), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260705
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 6, 30, 23, 59, 59)
LEAD_END = datetime(2026, 6, 15)
N_LEGACY = 980
COLD_SNAP = (date(2026, 4, 1), date(2026, 4, 30))      # 倒春寒: late cold snap, weak colonies from two yards
COLD_YARDS = {"Meixian", "Penglai"}
BILLING_FIX = datetime(2026, 3, 1)                     # before: short allocations invoiced at the booked count
CN_PRICE_RISE = datetime(2025, 10, 1)                  # China list price +12 % for bookings from this day
US_LOSS_SEASON = 2025                                  # winter 2024/25 colony losses: short hives for almonds

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索登记", "Lead captured", "awareness", "other", "physical", "sales",
     "新线索|果农线索|协会名单|咨询|潜在客户|lead|enquiry|prospect|grower lead|new grower"),
    ("tp_field_visit", "果园踏勘", "Orchard survey visit", "consideration", "other", "physical", "sales",
     "踏勘|看园|上门走访|实地考察|field visit|orchard visit|site survey|farm walk"),
    ("tp_booking", "花期预订", "Bloom booking", "purchase", "other", "digital", "sales",
     "预订|订蜂|下单|签合同|租蜂|booking|hive booking|pollination contract|bloom booking"),
    ("tp_allocation", "蜂群调配", "Hive allocation", "purchase", "other", "digital", "operations",
     "调蜂|配蜂|分配蜂箱|派蜂|allocation|hive allocation|colony allocation|yard allocation"),
    ("tp_delivery", "进园摆放", "Delivery and placement", "service", "other", "physical", "beekeeping",
     "送蜂|进园|摆箱|放蜂|拉蜂进场|delivery|placement|move-in|hive drop"),
    ("tp_strength_check", "蜂势检查", "Hive strength check", "service", "other", "physical", "beekeeping",
     "查蜂|框数检查|蜂群检查|开箱检查|蜂势评估|strength check|frame count|colony inspection|hive audit"),
    ("tp_removal", "花后撤箱", "Removal after bloom", "service", "other", "physical", "beekeeping",
     "撤蜂|拉走蜂箱|出园|撤场|removal|pick-up|move-out|hive removal"),
    ("tp_invoice", "按箱开票", "Per-hive invoice", "service", "email", "digital", "finance",
     "开票|账单|发票|结算|对账|invoice|billing|bill|statement"),
    ("tp_rebooking", "下季续订", "Next-season rebooking", "loyalty", "phone", "digital", "customer_success",
     "续订|续约|回访续签|明年预订|rebooking|renewal|next season booking|rebook call"),
    ("tp_hotline", "客服热线", "Grower hotline", "service", "phone", "digital", "customer_service",
     "客服|热线|投诉电话|工单|hotline|support call|service desk|ticket"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead_to_booking", "新果农签约", "New grower: lead to booking",
     ["tp_lead", "tp_field_visit", "tp_booking"], 120),
    ("bloom_season", "花期服务全流程", "Bloom season service",
     ["tp_booking", "tp_allocation", "tp_delivery", "tp_strength_check", "tp_removal", "tp_invoice"], 240),
    ("invoice_to_rebooking", "开票到续订", "Invoice to rebooking", ["tp_invoice", "tp_rebooking"], 120),
]

# region: zh, country, lead/legacy weight
REGIONS = {
    "Shandong": ("山东", "CN", 0.16), "Shaanxi": ("陕西", "CN", 0.15), "Xinjiang": ("新疆", "CN", 0.08),
    "Sichuan": ("四川", "CN", 0.08), "Yunnan": ("云南", "CN", 0.05), "Liaoning": ("辽宁", "CN", 0.08),
    "Victoria": ("维多利亚州", "AU", 0.06), "South Australia": ("南澳州", "AU", 0.04),
    "New South Wales": ("新南威尔士州", "AU", 0.04), "Bay of Plenty": ("丰盛湾", "NZ", 0.07),
    "Hawke's Bay": ("霍克斯湾", "NZ", 0.04), "California": ("加州", "US", 0.10), "Washington": ("华盛顿州", "US", 0.05),
}
REG_NAMES = list(REGIONS)
REG_P = np.array([REGIONS[r][2] for r in REG_NAMES])
REG_P = REG_P / REG_P.sum()
COUNTRY = {"CN": ("中国", "CNY", 1.0), "AU": ("澳大利亚", "AUD", 4.70), "NZ": ("新西兰", "NZD", 4.25),
           "US": ("美国", "USD", 7.20)}
# crop: zh, hive type, hives per ha, bloom length (days)
CROPS = {
    "apple": ("苹果", "honeybee", 3.5, 14), "pear": ("梨", "honeybee", 3.0, 12), "cherry": ("樱桃", "honeybee", 5.0, 11),
    "kiwifruit": ("猕猴桃", "honeybee", 8.0, 14), "almond": ("扁桃（巴旦木）", "honeybee", 5.0, 24),
    "blueberry": ("蓝莓", "honeybee", 6.0, 30), "avocado": ("牛油果", "honeybee", 6.0, 30),
    "gh_strawberry": ("大棚草莓", "honeybee", 15.0, 110), "gh_tomato": ("温室番茄", "bumblebee", 15.0, 80),
}
# region -> crop: (bloom month, day, weight)
REGION_CROPS = {
    "Shandong": {"apple": (4, 17, 4), "cherry": (4, 2, 2), "gh_strawberry": (11, 25, 2), "gh_tomato": (12, 5, 3)},
    "Shaanxi": {"apple": (4, 12, 5), "kiwifruit": (5, 8, 4)},
    "Xinjiang": {"almond": (3, 12, 3), "pear": (4, 3, 4)},
    "Sichuan": {"kiwifruit": (4, 20, 4), "pear": (3, 20, 2)},
    "Yunnan": {"blueberry": (1, 15, 5)},
    "Liaoning": {"gh_strawberry": (11, 20, 4), "gh_tomato": (12, 10, 2), "apple": (5, 2, 2)},
    "Victoria": {"almond": (8, 5, 4), "apple": (10, 5, 2)},
    "South Australia": {"almond": (8, 3, 5)},
    "New South Wales": {"blueberry": (7, 20, 4), "avocado": (9, 25, 2)},
    "Bay of Plenty": {"kiwifruit": (11, 5, 6), "avocado": (11, 20, 2)},
    "Hawke's Bay": {"apple": (9, 28, 5)},
    "California": {"almond": (2, 12, 8), "cherry": (3, 15, 1)},
    "Washington": {"apple": (4, 20, 5), "cherry": (4, 5, 3)},
}
# price per hive per bloom, local currency (2025 list; China +12 % for bookings from CN_PRICE_RISE)
PRICE = {
    ("CN", "apple"): 160, ("CN", "pear"): 150, ("CN", "cherry"): 180, ("CN", "kiwifruit"): 230, ("CN", "almond"): 200,
    ("CN", "blueberry"): 240, ("CN", "gh_strawberry"): 300, ("CN", "gh_tomato"): 380,
    ("AU", "almond"): 125, ("AU", "apple"): 95, ("AU", "blueberry"): 110, ("AU", "avocado"): 105,
    ("NZ", "kiwifruit"): 240, ("NZ", "apple"): 100, ("NZ", "avocado"): 115,
    ("US", "almond"): 195, ("US", "apple"): 85, ("US", "cherry"): 90,
}
CONTRACT_FRAMES = {"CN": 5, "AU": 6, "NZ": 6, "US": 8}
YARDS = {  # yard: zh
    "Penglai": "蓬莱蜂场", "Meixian": "眉县蜂场", "Changji": "昌吉蜂场", "Yuanmou": "元谋蜂场",
    "Shouguang bumblebee centre": "寿光熊蜂繁育中心", "Mildura": "米尔杜拉蜂场", "Te Puke": "蒂普基蜂场",
    "Fresno": "弗雷斯诺蜂场", "Yakima": "亚基马蜂场"}
REGION_YARD = {"Shandong": "Penglai", "Liaoning": "Penglai", "Shaanxi": "Meixian", "Sichuan": "Meixian",
               "Xinjiang": "Changji", "Yunnan": "Yuanmou", "Victoria": "Mildura", "South Australia": "Mildura",
               "New South Wales": "Mildura", "Bay of Plenty": "Te Puke", "Hawke's Bay": "Te Puke",
               "California": "Fresno", "Washington": "Yakima"}
CTYPES_CN = {"family_orchard": 0.50, "cooperative": 0.30, "agri_company": 0.20}
CTYPES_OS = {"family_orchard": 0.45, "cooperative": 0.15, "agri_company": 0.40}
CTYPE_ZH = {"family_orchard": "家庭果园", "cooperative": "合作社", "agri_company": "农业企业"}
AREA = {"family_orchard": (1.6, 0.5), "cooperative": (3.3, 0.5), "agri_company": (4.6, 0.6)}  # lognormal ha
GH_COUNT = {"family_orchard": (2.5, 0.4), "cooperative": (3.7, 0.4), "agri_company": (4.4, 0.4)}  # greenhouses
CH_ZH = {"association": "果农协会推介会", "field_rep": "区域经理走访", "grower_referral": "老果农介绍",
         "online": "线上渠道", "agronomist": "农技站/农艺师推荐", "legacy": "老客户（2024年前签约）"}
# lead channel: share of non-association leads, p(visit), visit delay (lo, hi), p(booking | visit)
LEAD_P = {"association": (0.0, 0.30, (14, 95), 0.30), "field_rep": (0.34, 0.82, (1, 12), 0.56),
          "grower_referral": (0.26, 0.80, (3, 20), 0.66), "online": (0.28, 0.50, (5, 35), 0.34),
          "agronomist": (0.12, 0.66, (4, 25), 0.50)}
N_LEADS_SPREAD = 1350
MEETINGS = [  # name, date, regions, leads
    ("烟台市苹果协会冬季技术培训会", date(2024, 11, 14), ["Shandong"], 55),
    ("洛川县苹果产业协会年会", date(2024, 12, 5), ["Shaanxi"], 60),
    ("The Almond Conference 2024 (Sacramento)", date(2024, 12, 10), ["California"], 45),
    ("WSTFA Annual Meeting 2024 (Wenatchee)", date(2024, 12, 9), ["Washington"], 25),
    ("眉县猕猴桃协会技术交流会", date(2025, 1, 9), ["Shaanxi"], 45),
    ("库尔勒香梨协会春季培训", date(2025, 1, 16), ["Xinjiang"], 35),
    ("苍溪县猕猴桃协会年会", date(2025, 2, 20), ["Sichuan"], 35),
    ("Berries Australia grower day 2025", date(2025, 5, 20), ["New South Wales"], 20),
    ("NZKGI grower roadshow 2025", date(2025, 6, 24), ["Bay of Plenty"], 35),
    ("丹东草莓协会秋季推介会", date(2025, 8, 21), ["Liaoning"], 35),
    ("澄江蓝莓协会推介会", date(2025, 9, 11), ["Yunnan"], 20),
    ("Australian Almond Conference 2025", date(2025, 10, 21), ["Victoria", "South Australia"], 30),
    ("烟台市苹果协会冬季技术培训会", date(2025, 11, 13), ["Shandong"], 50),
    ("洛川县苹果产业协会年会", date(2025, 12, 4), ["Shaanxi"], 72),
    ("The Almond Conference 2025 (Sacramento)", date(2025, 12, 9), ["California"], 40),
    ("眉县猕猴桃协会技术交流会", date(2026, 1, 8), ["Shaanxi"], 40),
    ("库尔勒香梨协会春季培训", date(2026, 1, 15), ["Xinjiang"], 30),
]
REPS = {"Shandong": ["王建军", "孙丽"], "Shaanxi": ["李卫东", "赵敏"], "Xinjiang": ["艾力·买买提"], "Sichuan": ["陈磊"],
        "Yunnan": ["杨帆"], "Liaoning": ["刘洋"], "Victoria": ["Sam Whitfield"], "South Australia": ["Priya Nair"],
        "New South Wales": ["Hannah Li"], "Bay of Plenty": ["Aroha Ngata", "Tom Becker"],
        "Hawke's Bay": ["Jake Moretti"], "California": ["Luis Ortega", "Emily Carter"], "Washington": ["Ben Schultz"]}
INSPECTORS = {"CN": "中蜂检测（第三方）", "AU": "AgriBee Audits", "NZ": "HiveCheck NZ", "US": "Pollination Audit Co."}
INSPECT_FEE = {"CN": 800, "AU": 450, "NZ": 480, "US": 650}
TERMS = {"on_removal": 7, "net30": 30, "net60": 60}
TERMS_ZH = {"on_removal": "撤箱结清", "net30": "月结30天", "net60": "60天账期"}
DECLINE = {"poor_fruit_set": "坐果不理想", "price_too_high": "价格太高", "own_bees": "改为自己养蜂",
           "switched_provider": "换了别家授粉", "orchard_replanted": "果园改种/挖树", "weak_hives": "蜂势差",
           "billing_dispute": "账单纠纷"}
ISSUES = {"reschedule": "花期变更", "move_hives": "挪箱", "sting": "蜇伤", "spray_notice": "打药报备",
          "invoice_query": "账单疑问"}
CANCEL = {"frost_damage": "冻害", "grower_withdrew": "果农取消", "bloom_failed": "花量太少", "duplicate_booking": "重复预订"}

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


def pick(items, p=None):
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return items[rng.choice(len(items), p=p)]


def U(a, b):
    return float(rng.uniform(a, b))


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at(day, lo_h=8.0, hi_h=18.0):
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(minutes=int(rng.integers(int(lo_h * 60), int(hi_h * 60))))


def night(day):
    """bees are moved at night: 21:00 .. 04:00"""
    return datetime(day.year, day.month, day.day) + D(minutes=int(rng.integers(21 * 60, 28 * 60)))


def in_data(ts):
    return START <= ts <= END


def country(c):
    return REGIONS[c["region"]][1]


def ev(c, ts, tp, action, **kw):
    if not in_data(ts):
        return None
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("EV", 6), action=action,
               region=c["region"], country=country(c), **kw)
    events.append(row)
    return row


# ---------------------------------------------------------------- bloom calendar
BLOOM_SHIFT = {}
for _r in REG_NAMES:
    for _c in REGION_CROPS[_r]:
        for _y in range(2023, 2028):
            BLOOM_SHIFT[(_r, _c, _y)] = int(round(rng.normal(0, 4)))


def bloom_starts(region, crop):
    m, d, _ = REGION_CROPS[region][crop]
    return [date(y, m, d) + D(days=BLOOM_SHIFT[(region, crop, y)]) for y in range(2023, 2028)]


def next_bloom(region, crop, after: date):
    for b in bloom_starts(region, crop):
        if b >= after:
            return b
    return None


# ---------------------------------------------------------------- feedback texts
# topic -> lang -> [(template, sentiment)]; markers (unique to their topic) in README.md
TEXTS = {
    "weak_hives": {
        "zh": [("蜂势弱，一箱也就三四框蜂，出勤的蜂很少", "negative"),
               ("这次送来的蜂蜂势弱，开箱一看好多箱子蜂不满框", "negative"),
               ("检查的时候发现蜂势弱，跟合同写的框数差太多了", "negative"),
               ("降温以后蜂势弱得厉害，花开了蜜蜂都不怎么出来", "negative"),
               ("蜂势弱，要求补箱一直没安排", "negative")],
        "en": [("Weak hives this year - most boxes were well under the frame count in the contract", "negative"),
               ("The inspection showed weak hives, barely any foragers out on a warm morning", "negative"),
               ("We paid for strong colonies and got weak hives. Not acceptable during bloom", "negative"),
               ("Several weak hives in the north block, asked for replacements and heard nothing", "negative")],
    },
    "late_placement": {
        "zh": [("进园晚了两三天，花都开到两成了蜂才到", "negative"),
               ("蜂箱进园晚，头一批花基本没授上", "negative"),
               ("说好初花前到，结果进园晚，打电话催了好几次", "negative")],
        "en": [("Late placement again - bloom was already at 20% when the trucks showed up", "negative"),
               ("Hives arrived after king bloom. Late placement cost us the first flowers", "negative"),
               ("Late placement, the driver said the yard ran out of trucks", "negative")],
    },
    "late_removal": {
        "zh": [("花谢了一个礼拜还没来拉，撤箱晚耽误我们喷药", "negative"),
               ("撤箱晚，果园要喷药只好一直等着", "negative"),
               ("撤箱晚了好几天，工人都不敢进园干活", "negative"),
               ("每年都撤箱晚，催了三次才来车", "negative")],
        "en": [("Late removal held up our petal-fall spray by almost a week", "negative"),
               ("Late removal - hives were still in the orchard five days after petal fall", "negative"),
               ("Had to chase the office about late removal, our spray program was waiting", "negative")],
    },
    "hive_count": {
        "zh": [("发票上的箱数不对，合同一百箱，实际只放了八十箱，却按一百箱收钱", "negative"),
               ("账单箱数不对，请按实际进园数量重新开票", "negative"),
               ("箱数不对，多收了钱，到现在还没退", "negative"),
               ("对账时发现箱数不对，是按预订数开的票，不是实际摆放数", "negative")],
        "en": [("The invoice hive count is wrong - we were billed for the booked number, not what was placed",
                "negative"),
               ("Hive count on the bill doesn't match the placement sheet. Please fix before we pay", "negative"),
               ("Disputing this invoice: the hive count is off by about twenty", "negative")],
    },
    "stings": {
        "zh": [("摆箱的位置离工棚太近，好几个工人被蜇了", "negative"),
               ("疏花的工人被蜇，希望箱子放远一点", "negative")],
        "en": [("Two of our pickers got stung near the packing shed, hives were placed too close", "negative"),
               ("Kids from the house next door got stung, please move the hives further out", "negative")],
    },
    "blocked_rows": {
        "zh": [("蜂箱摆在作业道上挡路，拖拉机过不去", "negative"),
               ("箱子挡路，打药车进不去行间", "negative")],
        "en": [("Pallets blocked the rows, the tractor could not get through", "negative"),
               ("Hives blocked the headland, we had to move them ourselves", "negative")],
    },
    "fruit_set": {
        "zh": [("今年坐果很好，比自己养蜂那年强多了", "positive"),
               ("坐果率明显提高，明年继续合作", "positive"),
               ("{crop}坐果均匀，果形也正", "positive")],
        "en": [("Fruit set was excellent, best we've had in years", "positive"),
               ("Great fruit set across the whole block, will book again", "positive"),
               ("Even fruit set on the {crop}, thanks team", "positive")],
    },
    "beekeeper": {
        "zh": [("蜂师傅很专业，摆箱又快又整齐", "positive"),
               ("蜂师傅半夜进园，一点没影响我们干活", "positive"),
               ("蜂师傅开箱给我们看了框数，心里有底", "positive")],
        "en": [("The beekeeper was great, placed everything at night and walked us through the hives", "positive"),
               ("Our beekeeper explained the strength check clearly. Very professional", "positive")],
    },
    "price": {
        "zh": [("今年一箱涨价二十多块，果价又不好，压力很大", "negative"),
               ("涨价也不提前说一声，预算都做好了", "negative"),
               ("涨价幅度太大了，明年考虑自己养几箱蜂", "negative")],
        "en": [("The price increase per hive is hard to swallow with fruit prices down", "negative"),
               ("Another price increase, we'll look around next year", "negative")],
    },
    "reschedule": {
        "zh": [("花期提前了，打电话改期很顺利，当天就调好了", "positive"),
               ("花期推迟想改期，等了两天才有人回", "negative")],
        "en": [("Bloom came early and they handled the reschedule the same day", "positive"),
               ("Tried to reschedule when bloom was delayed, took days to get an answer", "negative")],
    },
    "generic_pos": {
        "zh": [("服务挺好，明年还用", "positive"), ("合作好几年了，一直挺满意", "positive"),
               ("整体不错，沟通顺畅", "positive"), ("比去年安排得好", "positive")],
        "en": [("Good service overall, happy to continue", "positive"), ("Smooth season, no issues", "positive"),
               ("Reliable as always", "positive")],
    },
    "generic_neg": {
        "zh": [("客服电话老打不通", "negative"), ("沟通太慢，问个事要等好几天", "negative"),
               ("今年服务不如以前", "negative")],
        "en": [("Hard to reach anyone at the office", "negative"), ("Communication was slow this year", "negative"),
               ("Service has gone downhill", "negative")],
    },
    "generic_neu": {
        "zh": [("还行吧，跟去年差不多", "neutral"), ("暂无意见", "neutral"), ("一般", "neutral")],
        "en": [("About the same as last year", "neutral"), ("No comments", "neutral"), ("It was fine", "neutral")],
    },
    "invoice_admin": {
        "zh": [("请开增值税专用发票，抬头改成合作社", "neutral"), ("麻烦把对公账户信息再发一次", "neutral")],
        "en": [("Please reissue with our ABN on it", "neutral"),
               ("Can you send the remittance details again?", "neutral")],
    },
}
CROP_EN = {"gh_strawberry": "strawberries", "gh_tomato": "tomatoes", "kiwifruit": "kiwifruit"}


def say(topic, lang, crop=None):
    opts = TEXTS[topic][lang]
    text, sent = opts[rng.integers(len(opts))]
    if "{crop}" in text:
        text = text.format(crop=(CROPS[crop][0] if lang == "zh" else CROP_EN.get(crop, crop + "s")) if crop else "")
    return text, sent


def rating_for(sent):
    if sent == "positive":
        return int(pick([4, 5], [0.35, 0.65]))
    if sent == "negative":
        return int(pick([1, 2, 3], [0.4, 0.45, 0.15]))
    return int(pick([3, 4], [0.6, 0.4]))


def fb(c, ts, topic, channel, tp=None, rating=True, nps=None, lang=None, crop=None, **kw):
    if ts is not None and not in_data(ts):
        return None
    lang = lang or c["preferred_language"]
    text, sent = say(topic, lang, crop)
    fid = nid("FB", 5)
    row = dict(feedback_id=fid, text=text, ts=tfmt(ts) if ts else None,
               customer_id=c["customer_id"] if c else None, touchpoint_id=tp, channel=channel,
               rating=rating_for(sent) if rating and nps is None else None, nps=nps, language=lang,
               region=c["region"] if c else kw.pop("region", None), crop=crop, **kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
    return row


# ---------------------------------------------------------------- customers
def new_customer(region, signup, acq, legacy, crops=None):
    cn = REGIONS[region][1] == "CN"
    types = CTYPES_CN if cn else CTYPES_OS
    ctype = pick(list(types), list(types.values()))
    if crops is None:
        rc = REGION_CROPS[region]
        names = list(rc)
        w = [rc[k][2] for k in names]
        crops = [pick(names, w)]
        if legacy and len(names) > 1 and rng.random() < 0.22:
            rest = [k for k in names if k != crops[0]]
            crops.append(pick(rest, [rc[k][2] for k in rest]))
    main = crops[0]
    if main.startswith("gh_"):
        n_gh = max(3, int(round(rng.lognormal(*GH_COUNT[ctype]))))
        area = round(n_gh * 0.067, 2)
    else:
        n_gh = None
        area = round(float(np.clip(rng.lognormal(*AREA[ctype]) * (3.0 if region == "California" else 1.0), 1.2,
                                   2500)), 1)
    terms = ("on_removal" if ctype == "family_orchard" else "net30" if ctype == "cooperative" else "net60") if cn \
        else ("net30" if ctype != "agri_company" or rng.random() < 0.6 else "net60")
    hives = hives_for(main, area)
    c = dict(customer_id=nid("G", 5), signup_at=tfmt(signup), segment=None, region=region,
             region_zh=REGIONS[region][0], country=REGIONS[region][1], country_zh=COUNTRY[REGIONS[region][1]][0],
             acquisition_channel=acq, acquisition_channel_zh=CH_ZH[acq],
             tier="A" if hives >= 300 else "B" if hives >= 60 else "C",
             customer_type=ctype, customer_type_zh=CTYPE_ZH[ctype], main_crop=main, main_crop_zh=CROPS[main][0],
             crops="|".join(crops), orchard_area_ha=area,
             orchard_area_mu=round(area * 15, 0) if cn else None, greenhouses=n_gh,
             field_rep=pick(REPS[region]), payment_terms=terms, payment_terms_zh=TERMS_ZH[terms],
             preferred_language="zh" if cn else "en", _crops=crops, _legacy=legacy)
    customers.append(c)
    return c


def hives_for(crop, area):
    n = area * CROPS[crop][2] * U(0.85, 1.1)
    return max(4, int(round(n)))


# ---------------------------------------------------------------- one bloom season
def season(c, crop, bloom: date, book_ts: datetime, book_ch: str):
    """booking -> allocation -> delivery -> strength check -> removal -> invoice; returns (invoice_ts, info)"""
    ctry = country(c)
    cn = ctry == "CN"
    region = c["region"]
    bloom = bloom + D(days=int(rng.integers(-2, 3)))
    blen = CROPS[crop][3]
    hive_type = CROPS[crop][1]
    area = c["orchard_area_ha"]
    booked = hives_for(crop, area) if crop == c["main_crop"] else hives_for(crop, area * U(0.2, 0.6))
    base_price = PRICE[(ctry, crop)]
    price = round(base_price * (1.12 if cn and book_ts >= CN_PRICE_RISE else 1.0), 0)
    cur, fx = COUNTRY[ctry][1], COUNTRY[ctry][2]
    yard = "Shouguang bumblebee centre" if hive_type == "bumblebee" else REGION_YARD[region]
    common = dict(crop=crop, crop_zh=CROPS[crop][0], hive_type=hive_type)
    booking_no = nid("BK", 6)
    device = None
    if book_ch in ("wechat_mini_program",):
        device = pick(["android", "ios"], [0.7, 0.3])
    elif book_ch == "web_portal":
        device = pick(["pc", "ios", "android"], [0.6, 0.25, 0.15])
    ev(c, book_ts, "tp_booking", "booked", channel=book_ch, device=device, field_rep=c["field_rep"],
       booking_no=booking_no, expected_bloom_date=bloom.isoformat(), hives_booked=booked,
       price_per_hive_local=price, currency=cur, orchard_area_ha=area, **common)
    order = dict(order_id=booking_no.replace("BK", "HR"), customer_id=c["customer_id"], ts=tfmt(book_ts), amount=None,
                 status=None, channel=book_ch, device=device, region=region, country=ctry,
                 order_type="hive_rental", order_type_zh="蜂箱租赁", crop=crop, crop_zh=CROPS[crop][0],
                 hive_type=hive_type, booking_no=booking_no, bloom_start=bloom.isoformat(), hives_booked=booked,
                 billed_hives=None, price_per_hive_local=price, currency=cur, fx_rate=fx, amount_local=None,
                 payment_terms=c["payment_terms"], invoice_date=None, due_date=None, paid_at=None,
                 cancel_reason=None, cancel_reason_zh=None, credit_note_cny=None)

    def finish_order(amount_local, status):
        order["amount_local"] = round(amount_local, 2)
        order["amount"] = round(amount_local * fx, 2)
        order["status"] = status
        if in_data(book_ts):
            orders.append(order)

    # hotline: reschedule before delivery
    if rng.random() < 0.10:
        t = at(bloom - D(days=int(rng.integers(3, 15))))
        hotline(c, t, "reschedule", crop)
    # cancellation (frost in the cold snap, otherwise a few)
    p_cancel = 0.035
    if region in ("Shaanxi", "Shandong") and COLD_SNAP[0] <= bloom <= COLD_SNAP[1] + D(days=10):
        p_cancel = 0.10
    if rng.random() < p_cancel:
        reason = "frost_damage" if p_cancel > 0.05 and rng.random() < 0.8 else pick(
            ["grower_withdrew", "bloom_failed", "duplicate_booking"], [0.6, 0.25, 0.15])
        order["cancel_reason"] = reason
        order["cancel_reason_zh"] = CANCEL[reason]
        finish_order(booked * price, "cancelled")
        return None, dict(cancelled=True)
    # allocation
    al_ts = at(bloom - D(days=int(rng.integers(6, 20))), 8, 17)
    p_short = 0.07
    if ctry == "US" and crop == "almond" and bloom.year == US_LOSS_SEASON:
        p_short = 0.34
    short = rng.random() < p_short
    allocated = booked if not short else max(2, int(round(booked * U(0.68, 0.92))))
    ev(c, al_ts, "tp_allocation", "short" if short else "full", channel="ops_desk", booking_no=booking_no,
       hives_booked=booked, hives_allocated=allocated, yard=yard, yard_zh=YARDS[yard], **common)
    # delivery and placement (at night, before 10 % bloom unless late)
    p_late = 0.07 + (0.10 if region == "Xinjiang" else 0.0) + (0.05 if short else 0.0)
    late = rng.random() < p_late
    if late:
        days_late = int(rng.integers(1, 5))
        dv_day = bloom + D(days=days_late)
        pct = int(rng.integers(15, 45))
    else:
        days_late = 0
        dv_day = bloom - D(days=int(rng.integers(0, 4)))
        pct = int(rng.integers(0, 10))
    dv_ts = night(dv_day)
    placed = allocated
    ev(c, dv_ts, "tp_delivery", "placed_late" if late else "placed_on_time", channel="field_ops",
       booking_no=booking_no, hives_placed=placed, yard=yard, yard_zh=YARDS[yard], days_late=days_late,
       bloom_pct_at_placement=pct, truck_id=f"{yard[:3].upper()}-{int(rng.integers(1, 40)):02d}", **common)
    if rng.random() < (0.55 if late else 0.30):
        cb_ts = at(dv_day + D(days=int(rng.integers(1, 4))))
        r = rng.random()
        if late and r < 0.72:
            fb(c, cb_ts, "late_placement", "placement_callback", "tp_delivery", crop=crop)
        elif r < 0.06:
            fb(c, cb_ts, "stings", "placement_callback", "tp_delivery", crop=crop)
        elif r < 0.14:
            fb(c, cb_ts, "blocked_rows", "placement_callback", "tp_delivery", crop=crop)
        elif r < 0.36:
            fb(c, cb_ts, "beekeeper", "placement_callback", "tp_delivery", crop=crop)
        else:
            fb(c, cb_ts, pick(["generic_pos", "generic_neu", "generic_neg"], [0.5, 0.35, 0.15]),
               "placement_callback", "tp_delivery", crop=crop)
    if rng.random() < 0.13:
        hotline(c, at(dv_day + D(days=int(rng.integers(1, 6)))), pick(["move_hives", "sting"], [0.65, 0.35]), crop)
    # strength check (routine), plus paid third-party inspections
    ck_day = dv_day + D(days=int(rng.integers(2, 8)))
    weak = strength_check(c, ck_day, "routine", yard, crop, placed, common, booking_no)
    p_insp = {"US": 0.32, "AU": 0.18, "NZ": 0.08, "CN": 0.04}[ctry] * (1.6 if c["customer_type"] == "agri_company"
                                                                      else 0.5)
    if crop in ("almond", "kiwifruit") and rng.random() < p_insp:
        ins_day = dv_day + D(days=int(rng.integers(4, 11)))
        w2 = strength_check(c, ins_day, "paid_inspection", yard, crop, placed, common, booking_no)
        weak = weak or w2
        ins_ts = at(ins_day, 9, 16)
        if in_data(ins_ts):
            fee = INSPECT_FEE[ctry]
            paid = ins_ts < END - D(days=30) or rng.random() < 0.4
            orders.append(dict(order_id=nid("IN", 5), customer_id=c["customer_id"], ts=tfmt(ins_ts),
                               amount=round(fee * fx, 2), status="paid" if paid else "unpaid", channel="field_ops",
                               region=region, country=ctry, order_type="inspection", order_type_zh="第三方蜂群检测",
                               crop=crop, crop_zh=CROPS[crop][0], hive_type=hive_type, booking_no=booking_no,
                               hives_booked=booked, price_per_hive_local=None, currency=cur, fx_rate=fx,
                               amount_local=fee, payment_terms="net30"))
    if rng.random() < 0.06:
        hotline(c, at(bloom + D(days=blen - int(rng.integers(0, 4)))), "spray_notice", crop)
    # removal after petal fall
    bloom_end = bloom + D(days=blen)
    p_late_rm = 0.09 + (0.14 if region == "Xinjiang" else 0.0) + (0.06 if ctry == "NZ" else 0.0)
    late_rm = rng.random() < p_late_rm
    dapf = int(rng.integers(5, 11)) if late_rm else int(rng.integers(0, 4))
    rm_ts = night(bloom_end + D(days=dapf))
    incident = "yes" if late_rm and rng.random() < 0.22 else "no"
    ev(c, rm_ts, "tp_removal", "removed_late" if late_rm else "removed_on_time", channel="field_ops",
       booking_no=booking_no, hives_removed=placed, days_after_petal_fall=dapf, pesticide_incident=incident,
       yard=yard, yard_zh=YARDS[yard], **common)
    # invoice per hive
    inv_ts = at((rm_ts + D(days=int(rng.integers(2, 12)))).date(), 9, 18)
    billed = placed
    if short and inv_ts < BILLING_FIX and rng.random() < 0.72:
        billed = booked
    mismatch = billed != placed
    amount_local = billed * price
    terms = c["payment_terms"]
    due = inv_ts + D(days=TERMS[terms])
    p_late_pay = {"on_removal": 0.05, "net30": 0.12, "net60": 0.28}[terms] + \
        (0.05 if c["customer_type"] == "cooperative" else 0.0)
    credit = None
    if mismatch and rng.random() < 0.78:
        action = "disputed"
        resolve = inv_ts + D(days=int(rng.integers(15, 70)))
        credit = round((billed - placed) * price * fx, 2)
        paid_at = resolve + D(days=int(rng.integers(2, 15)))
        status = "paid" if paid_at <= END else "disputed"
        if paid_at > END:
            paid_at = None
    elif rng.random() < p_late_pay:
        action = "paid_late"
        paid_at = due + D(days=int(rng.integers(3, 50)))
        status = "paid"
        if paid_at > END:
            action, status, paid_at = "overdue", "overdue", None
    else:
        action = "paid_on_time"
        paid_at = inv_ts + D(days=int(rng.integers(0, TERMS[terms] + 1)))
        status = "paid"
        if paid_at > END:
            action, status, paid_at = "unpaid", "unpaid", None
    if inv_ts > END:
        status = "unpaid"
    paid_at = at(paid_at.date(), 9, 17) if paid_at else None
    ev(c, inv_ts, "tp_invoice", action, channel="wechat" if ctry == "CN" else "email", booking_no=booking_no,
       hives_booked=booked, hives_placed=placed, billed_hives=billed, price_per_hive_local=price, currency=cur,
       amount_cny=round(amount_local * fx, 2), payment_terms=terms, payment_terms_zh=TERMS_ZH[terms],
       due_date=due.date().isoformat(),
       paid_at=tfmt(paid_at) if paid_at else None,
       days_late_payment=max(0, (paid_at.date() - due.date()).days) if paid_at else None, **common)
    order.update(billed_hives=billed, invoice_date=tfmt(inv_ts) if in_data(inv_ts) else None,
                 due_date=due.date().isoformat() if in_data(inv_ts) else None,
                 paid_at=tfmt(paid_at) if paid_at else None,
                 credit_note_cny=credit if credit and status == "paid" else None)
    finish_order(amount_local if not credit or status != "paid" else placed * price, status)
    if mismatch:
        if rng.random() < 0.80:
            fb(c, at((inv_ts + D(days=int(rng.integers(1, 8)))).date()), "hive_count", "invoice_ticket",
               "tp_invoice", rating=False, crop=crop)
        if rng.random() < 0.7:
            hotline(c, at((inv_ts + D(days=int(rng.integers(1, 10)))).date()), "invoice_query", crop)
    elif rng.random() < 0.04:
        fb(c, at((inv_ts + D(days=int(rng.integers(1, 8)))).date()), "invoice_admin", "invoice_ticket", "tp_invoice",
           rating=False, crop=crop)
        if rng.random() < 0.3:
            hotline(c, at((inv_ts + D(days=int(rng.integers(1, 10)))).date()), "invoice_query", crop)
    # post-bloom survey
    if rng.random() < 0.42:
        sv_ts = at((rm_ts + D(days=int(rng.integers(2, 9)))).date())
        r = rng.random()
        if weak and r < 0.70:
            fb(c, sv_ts, "weak_hives", "post_bloom_survey", "tp_strength_check", crop=crop)
        elif late_rm and r < 0.75:
            fb(c, sv_ts, "late_removal", "post_bloom_survey", "tp_removal", crop=crop)
        elif cn and book_ts >= CN_PRICE_RISE and r < 0.30:
            fb(c, sv_ts, "price", "post_bloom_survey", "tp_booking", crop=crop)
        elif mismatch and r < 0.85:
            fb(c, sv_ts, "hive_count", "post_bloom_survey", "tp_invoice", crop=crop)
        elif not weak and not late_rm and r < 0.55:
            fb(c, sv_ts, "fruit_set", "post_bloom_survey", None, crop=crop)
        elif r < 0.65:
            fb(c, sv_ts, "beekeeper", "post_bloom_survey", "tp_strength_check", crop=crop)
        elif r < 0.70 and late_rm:
            fb(c, sv_ts, "late_removal", "post_bloom_survey", "tp_removal", crop=crop)
        else:
            g = pick(["generic_pos", "generic_neu", "generic_neg"], [0.45, 0.35, 0.20] if not weak else [0.2, 0.3, 0.5])
            fb(c, sv_ts, g, "post_bloom_survey", None, crop=crop)
    # rep call notes
    if rng.random() < 0.06:
        topic = "weak_hives" if weak else "late_removal" if late_rm else pick(
            ["generic_pos", "generic_neu", "reschedule", "blocked_rows", "hive_count"], [0.35, 0.3, 0.15, 0.15, 0.05])
        tp = {"weak_hives": "tp_strength_check", "late_removal": "tp_removal", "blocked_rows": "tp_delivery",
              "reschedule": "tp_booking", "hive_count": "tp_allocation"}.get(topic)
        fb(c, at((rm_ts + D(days=int(rng.integers(1, 20)))).date()), topic, "call_note", tp, rating=False,
           crop=crop)
    return inv_ts, dict(weak=weak, late_rm=late_rm, incident=incident == "yes", mismatch=mismatch, bloom=bloom,
                        crop=crop, status=status)


def strength_check(c, day, kind, yard, crop, placed, common, booking_no):
    ctry = country(c)
    hive_type = CROPS[crop][1]
    p_weak = 0.07
    if hive_type == "bumblebee":
        p_weak = 0.03
    if ctry == "US" and crop == "almond" and day.year == US_LOSS_SEASON:
        p_weak = 0.15
    if yard in COLD_YARDS and COLD_SNAP[0] <= day <= COLD_SNAP[1]:
        p_weak = 0.46
    if kind == "paid_inspection":
        p_weak += 0.03
    weak = rng.random() < p_weak
    sampled = min(placed, max(4, int(round(placed * 0.1))))
    contract = CONTRACT_FRAMES[ctry] if hive_type == "honeybee" else None
    if hive_type == "honeybee":
        avg = contract - U(0.6, 2.2) if weak else contract + U(0.2, 2.5)
        weak_n = int(round(sampled * U(0.3, 0.7))) if weak else int(round(sampled * U(0.0, 0.12)))
    else:
        avg = None
        weak_n = int(round(sampled * U(0.3, 0.6))) if weak else int(round(sampled * U(0.0, 0.1)))
    temp = round(float(rng.normal(13 if day.month in (3, 4) and ctry == "CN" else 18, 4)), 1)
    if yard in COLD_YARDS and COLD_SNAP[0] <= day <= date(2026, 4, 12):
        temp = round(temp - 7, 1)
    ts = at(day, 9, 16)
    row = ev(c, ts, "tp_strength_check", "weak" if weak else "pass", channel="field_ops", booking_no=booking_no,
             check_type=kind, inspector=INSPECTORS[ctry] if kind == "paid_inspection" else "own_beekeeper",
             hives_sampled=sampled, avg_frames=round(avg, 1) if avg is not None else None,
             contracted_frames=contract, weak_hives=weak_n, temp_c=temp, yard=yard, yard_zh=YARDS[yard], **common)
    if row is not None and kind == "routine" and rng.random() < 0.0125:
        events.append(dict(row))                   # tablet re-sync: exact duplicate row
    return weak


def hotline(c, ts, issue, crop):
    resp = float(rng.lognormal(1.2, 0.7)) * (1.8 if country(c) != "CN" else 1.0)
    esc = rng.random() < (0.25 if issue == "invoice_query" else 0.10)
    ch = pick(["phone", "wechat"], [0.6, 0.4]) if country(c) == "CN" else pick(["phone", "email"], [0.55, 0.45])
    ev(c, ts, "tp_hotline", "escalated" if esc else "resolved", channel=ch, issue_type=issue, issue_zh=ISSUES[issue],
       response_hours=round(resp, 1), crop=crop, crop_zh=CROPS[crop][0])


# ---------------------------------------------------------------- chains of seasons
EXP = {}          # customer -> variant of early_bird_2025


def crop_chain(c, crop, first_bloom: date, first_book_ts: datetime, first_ch: str):
    bloom, book_ts, ch = first_bloom, first_book_ts, first_ch
    cn = country(c) == "CN"
    while bloom is not None and book_ts <= END:
        inv_ts, info = season(c, crop, bloom, book_ts, ch)
        if inv_ts is None:       # cancelled: they come back next season with some probability
            nb = next_bloom(c["region"], crop, bloom + D(days=200))
            if nb is None or rng.random() > 0.6:
                return
            book_ts = at(nb - D(days=int(rng.integers(30, 110))))
            bloom, ch = nb, booking_channel(c)
            continue
        if inv_ts > END:
            return
        # early-bird rebooking experiment: customers with their first invoice 2025-03-01 .. 2025-12-31
        if c["customer_id"] not in EXP and datetime(2025, 3, 1) <= inv_ts <= datetime(2025, 12, 31, 23, 59) \
                and rng.random() < 0.9:
            EXP[c["customer_id"]] = ("early_bird_5pct" if rng.random() < 0.5 else "standard", inv_ts)
        call_ts = at((inv_ts + D(days=int(rng.integers(12, 60)))).date(), 9, 19)
        if call_ts > END:
            return
        if rng.random() > (0.93 if cn else 0.80):      # nobody called: some book again on their own
            if rng.random() < 0.5:
                return
            nb = next_bloom(c["region"], crop, (call_ts + D(days=40)).date())
            if nb is None:
                return
            bloom, ch = nb, booking_channel(c)
            book_ts = at(nb - D(days=int(rng.integers(20, 60))))
            continue
        p = 0.79
        reasons = {"poor_fruit_set": 1.5, "price_too_high": 2.5, "own_bees": 1.5, "switched_provider": 2,
                   "orchard_replanted": 1}
        if info["weak"]:
            p -= 0.22
            reasons["weak_hives"] = 6
            reasons["poor_fruit_set"] += 3
        if info["late_rm"]:
            p -= 0.10 + (0.12 if info["incident"] else 0.0)
        if info["mismatch"]:
            p -= 0.14
            reasons["billing_dispute"] = 5
        if cn and call_ts >= CN_PRICE_RISE:
            p -= 0.08
            reasons["price_too_high"] += 4
        var = EXP.get(c["customer_id"])
        if var and var[1] == inv_ts:
            p += 0.11 if var[0] == "early_bird_5pct" else 0.0
        rebook = rng.random() < p
        rch = pick(["phone", "field_rep", "wechat" if cn else "email"], [0.45, 0.35, 0.20])
        nb = next_bloom(c["region"], crop, (call_ts + D(days=20)).date())
        if rebook:
            ev(c, call_ts, "tp_rebooking", "rebooked", channel=rch, crop=crop, crop_zh=CROPS[crop][0],
               next_bloom_date=nb.isoformat() if nb else None, field_rep=c["field_rep"],
               early_bird=("yes" if var and var[0] == "early_bird_5pct" and var[1] == inv_ts else "no"))
        else:
            reason = pick(list(reasons), list(reasons.values()))
            ev(c, call_ts, "tp_rebooking", "declined", channel=rch, crop=crop, crop_zh=CROPS[crop][0],
               decline_reason=reason, reason_zh=DECLINE[reason], field_rep=c["field_rep"],
               early_bird=("yes" if var and var[0] == "early_bird_5pct" and var[1] == inv_ts else "no"))
            c["_declined"] = call_ts
            return
        if nb is None:
            return
        book_ts = max(call_ts + D(days=int(rng.integers(3, 20))), at(nb - D(days=int(rng.integers(25, 100)))))
        bloom, ch = nb, booking_channel(c)


def booking_channel(c):
    if country(c) == "CN":
        return pick(["field_rep", "phone", "wechat_mini_program"], [0.38, 0.27, 0.35])
    return pick(["field_rep", "phone", "web_portal", "email"], [0.30, 0.20, 0.28, 0.22])


def legacy_customers():
    for _ in range(N_LEGACY):
        region = pick(REG_NAMES, REG_P)
        y = int(pick(list(range(2016, 2025)), [1, 1, 2, 2, 3, 3, 4, 4, 3]))
        signup = at(date(y, int(rng.integers(1, 13)), int(rng.integers(1, 29))))
        if signup >= START:
            signup = at(date(2024, int(rng.integers(1, 9)), int(rng.integers(1, 29))))
        c = new_customer(region, signup, "legacy", True)
        for crop in c["_crops"]:
            if rng.random() > 0.9:
                continue
            b = next_bloom(region, crop, date(2024, 8, 1))
            book_ts = at(b - D(days=int(rng.integers(25, 130))))
            crop_chain(c, crop, b, book_ts, booking_channel(c))


def lead_day():
    t = START + D(seconds=float(rng.uniform(0, (LEAD_END - START).total_seconds())))
    return t.date()


def lead_journey(c, ts, channel, source, association=None):
    crop = c["main_crop"]
    ev(c, ts, "tp_lead", "captured", channel=channel, lead_source=source, association=association,
       field_rep=c["field_rep"], crop=crop, crop_zh=CROPS[crop][0], orchard_area_ha=c["orchard_area_ha"])
    p_visit, (lo, hi), p_book = LEAD_P[channel][1:]
    if rng.random() > p_visit:
        return
    v_ts = at((ts + D(days=int(rng.integers(lo, hi + 1)))).date())
    if v_ts > END:
        return
    interested = rng.random() < p_book
    ev(c, v_ts, "tp_field_visit", "interested" if interested else "not_interested", channel="field_rep",
       field_rep=c["field_rep"], crop=crop, crop_zh=CROPS[crop][0], orchard_area_ha=c["orchard_area_ha"],
       orchard_area_mu=c["orchard_area_mu"], hives_recommended=hives_for(crop, c["orchard_area_ha"]))
    if not interested:
        return
    b_ts = at((v_ts + D(days=int(rng.integers(2, 31)))).date())
    bloom = next_bloom(c["region"], crop, (b_ts + D(days=14)).date())
    if bloom is None:
        return
    crop_chain(c, crop, bloom, b_ts, pick(["field_rep", "phone", "wechat_mini_program" if country(c) == "CN"
                                          else "email"], [0.7, 0.15, 0.15]))


def new_growers():
    for name, day, regions, n in MEETINGS:
        for _ in range(n):
            region = pick(regions)
            d = day + D(days=int(pick([0, 0, 0, 1, 2])))
            ts = at(d, 9, 21)
            c = new_customer(region, ts, "association", False)
            lead_journey(c, ts, "association", "association_meeting", name)
    chans = [k for k in LEAD_P if k != "association"]
    w = [LEAD_P[k][0] for k in chans]
    for _ in range(N_LEADS_SPREAD):
        region = pick(REG_NAMES, REG_P)
        ch = pick(chans, w)
        ts = at(lead_day())
        cn = REGIONS[region][1] == "CN"
        source = {"field_rep": "orchard_walk", "grower_referral": "existing_grower",
                  "agronomist": "农技站推荐" if cn else "agronomist_referral",
                  "online": pick(["wechat_article", "douyin_ad"]) if cn else pick(["website_form", "facebook_ad"])}[ch]
        c = new_customer(region, ts, ch, False)
        lead_journey(c, ts, ch, source)


# ---------------------------------------------------------------- segments, surveys, loose comments
def segments():
    last_ev = {}
    first_book = {}
    for e in events:
        cid = e["customer_id"]
        if e["touchpoint_id"] == "tp_booking":
            first_book.setdefault(cid, e["ts"])
        last_ev[cid] = max(last_ev.get(cid, ""), e["ts"])
    for c in customers:
        cid = c["customer_id"]
        if c.get("_declined"):
            c["segment"] = "churned"
        elif not c["_legacy"] and cid not in first_book:
            c["segment"] = "lead_open" if datetime.fromisoformat(c["signup_at"]) >= END - D(days=120) else "lead_lost"
        elif not c["_legacy"] and datetime.fromisoformat(first_book[cid]) >= END - D(days=365):
            c["segment"] = "new_grower"
        elif last_ev.get(cid, "") < tfmt(END - D(days=365)):
            c["segment"] = "lapsed"
        else:
            c["segment"] = "active"


def nps_surveys():
    for wave, d0 in (("2025-06", date(2025, 6, 9)), ("2026-06", date(2026, 6, 8))):
        lo = datetime(d0.year - 1, d0.month, d0.day)
        seen = {}
        for e in events:
            if e["touchpoint_id"] == "tp_removal" and lo <= datetime.fromisoformat(e["ts"]) < datetime(
                    d0.year, d0.month, d0.day):
                seen.setdefault(e["customer_id"], []).append(e)
        for c in customers:
            rm = seen.get(c["customer_id"])
            if not rm or rng.random() > 0.34:
                continue
            cn = country(c) == "CN"
            weak = any(x["customer_id"] == c["customer_id"] and x["touchpoint_id"] == "tp_strength_check"
                       and x["action"] == "weak" for x in _recent_checks(c["customer_id"], lo, d0))
            late = any(x["action"] == "removed_late" for x in rm)
            score = rng.normal(8.4, 1.4) - 3.2 * weak - 1.8 * late - (1.0 if cn and wave == "2026-06" else 0.0)
            nps = int(np.clip(round(score), 0, 10))
            if weak and rng.random() < 0.5:
                topic = "weak_hives"
            elif late and rng.random() < 0.5:
                topic = "late_removal"
            elif cn and wave == "2026-06" and rng.random() < 0.35:
                topic = "price"
            elif nps >= 9:
                topic = pick(["generic_pos", "fruit_set", "beekeeper"], [0.6, 0.25, 0.15])
            elif nps >= 7:
                topic = pick(["generic_neu", "generic_pos"], [0.6, 0.4])
            else:
                topic = pick(["generic_neg", "generic_neu"], [0.7, 0.3])
            ts = at(d0 + D(days=int(rng.integers(0, 14))), 8, 22)
            fb(c, ts, topic, "nps_survey", None, nps=nps, survey_wave=wave, crop=c["main_crop"])


_CHECKS: dict[str, list] = {}


def _recent_checks(cid, lo, d0):
    if not _CHECKS:
        for e in events:
            if e["touchpoint_id"] == "tp_strength_check":
                _CHECKS.setdefault(e["customer_id"], []).append(e)
    hi = datetime(d0.year, d0.month, d0.day)
    return [x for x in _CHECKS.get(cid, []) if lo <= datetime.fromisoformat(x["ts"]) < hi]


def loose_comments():
    """comments without ts: WeChat grower-group exports (no customer) and paper forms from association meetings."""
    cn_regions = [r for r in REG_NAMES if REGIONS[r][1] == "CN"]
    topics = ["weak_hives", "late_placement", "late_removal", "stings", "fruit_set", "beekeeper", "price",
              "generic_pos", "generic_neg", "generic_neu", "reschedule"]
    w = [0.12, 0.08, 0.08, 0.05, 0.12, 0.08, 0.10, 0.15, 0.10, 0.07, 0.05]
    for _ in range(74):
        region = pick(cn_regions)
        topic = pick(topics, w)
        tp = {"weak_hives": "tp_strength_check", "late_placement": "tp_delivery", "late_removal": "tp_removal",
              "stings": "tp_delivery", "price": "tp_booking", "reschedule": "tp_booking"}.get(topic)
        fb(None, None, topic, "wechat_group", tp, rating=False, lang="zh", region=region)
    grown = [c for c in customers if c["country"] == "CN" and c["segment"] in ("active", "churned")]
    for _ in range(58):
        c = grown[int(rng.integers(len(grown)))]
        topic = pick(["fruit_set", "beekeeper", "price", "generic_pos", "generic_neu", "generic_neg", "late_removal"],
                     [0.2, 0.15, 0.15, 0.2, 0.12, 0.1, 0.08])
        tp = {"late_removal": "tp_removal", "price": "tp_booking"}.get(topic)
        fb(c, None, topic, "association_meeting_form", tp, crop=c["main_crop"])
    # overseas e-mails through the year
    os_c = [c for c in customers if c["country"] != "CN" and c["segment"] in ("active", "churned", "new_grower")]
    for _ in range(120):
        c = os_c[int(rng.integers(len(os_c)))]
        topic = pick(["generic_pos", "generic_neg", "generic_neu", "reschedule", "beekeeper", "blocked_rows"],
                     [0.3, 0.2, 0.2, 0.12, 0.1, 0.08])
        tp = {"reschedule": "tp_booking", "blocked_rows": "tp_delivery", "beekeeper": "tp_delivery"}.get(topic)
        t = at((START + D(days=int(rng.integers(0, (END - START).days)))).date())
        fb(c, t, topic, "email", tp, rating=False, crop=c["main_crop"])


def build():
    legacy_customers()
    new_growers()
    segments()
    nps_surveys()
    loose_comments()
    for cid, (var, t) in sorted(EXP.items()):
        experiments.append(dict(experiment_id="early_bird_2025", variant=var, customer_id=cid, assigned_at=tfmt(t)))


# ---------------------------------------------------------------- write
def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                  channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    dump("customers.csv", customers,
         ["customer_id", "signup_at", "segment", "region", "region_zh", "country", "country_zh",
          "acquisition_channel", "acquisition_channel_zh", "tier", "customer_type", "customer_type_zh", "main_crop",
          "main_crop_zh", "crops", "orchard_area_ha", "orchard_area_mu", "greenhouses", "field_rep", "payment_terms",
          "payment_terms_zh", "preferred_language"])
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    dump("events.csv", events,
         ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "region", "country",
          "crop", "crop_zh", "hive_type", "field_rep", "lead_source", "association", "orchard_area_ha",
          "orchard_area_mu", "hives_recommended", "booking_no", "expected_bloom_date", "hives_booked",
          "hives_allocated", "hives_placed", "hives_removed", "billed_hives", "yard", "yard_zh", "truck_id",
          "days_late", "bloom_pct_at_placement", "check_type", "inspector", "hives_sampled", "avg_frames",
          "contracted_frames", "weak_hives", "temp_c", "days_after_petal_fall", "pesticide_incident",
          "price_per_hive_local", "currency", "amount_cny", "payment_terms", "payment_terms_zh", "due_date", "paid_at",
          "days_late_payment", "next_bloom_date", "early_bird", "decline_reason", "reason_zh", "issue_type",
          "issue_zh", "response_hours"])
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    dump("orders.csv", orders,
         ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "region", "country", "order_type",
          "order_type_zh", "crop", "crop_zh", "hive_type", "booking_no", "bloom_start", "hives_booked",
          "billed_hives", "price_per_hive_local", "currency", "fx_rate", "amount_local", "payment_terms",
          "invoice_date", "due_date", "paid_at", "cancel_reason", "cancel_reason_zh", "credit_note_cny"])
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))
    dump("feedback.csv", feedback,
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
          "region", "crop", "survey_wave"])
    dump("experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    dump("_truth/feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


def main():
    out = Path(sys.argv[1])
    build()
    write(out)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main()
