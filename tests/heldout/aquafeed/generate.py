"""海丰水产饲料 HaiFeng Aquafeed: a B2B fish- and shrimp-feed maker selling to fish and shrimp farms in six Chinese
provinces (广东 Guangdong, 广西 Guangxi, 海南 Hainan, 湖北 Hubei, 江苏 Jiangsu, 福建 Fujian) and four overseas
markets (Vietnam, Philippines, Indonesia, India). Synthetic, written blind.

Leads come from aquaculture trade fairs (展会), sales-rep pond walks (业务员扫塘), dealer referrals (经销商介绍),
farmer referrals (养殖户介绍) and online ads (抖音 / Facebook). A sales rep and a technician visit the pond (塘口拜访),
the farm feeds our feed to one pond as a trial against its current brand (投喂试验, 3-6 weeks, result recorded at
the end), gets a price quote per tonne (报价), and places a first bulk order (首批大货订单); repeat feed orders
(复购订单) follow all season. Every order goes out by truck from a feed plant (送料到塘: delivered / delivered late /
refused), technicians weigh samples from the ponds a few weeks after a delivery (技术员测产: on track / below target /
disease found), farms call in technical-service requests (技术服务: disease, water quality, feeding plan ...; lab
tests are charged), pay on credit terms (回款: cash, net 30 / 60 / 90 days), and farms that stop ordering get a
win-back call (流失回访: won back or lost, with the reason).

Data 2025-01-01 .. 2026-06-30 (CRM + ERP + technician-app extract taken early July 2026). Naive local times.
Money (orders.amount and *_cny columns) is CNY (人民币元); overseas orders also keep currency + amount_local.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic, sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260702), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260702
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
LEAD_END = datetime(2026, 6, 20)
N_LEGACY = 640
N_LEADS_SPREAD = 1280                                  # leads outside trade fairs
BAD_BATCH = (date(2025, 8, 15), date(2025, 9, 20))      # Zhanjiang shrimp feed made with a substitute fishmeal
SHRIMP_RISE = date(2026, 3, 1)                         # shrimp feed list price +9 % (fishmeal)
RAINY = (5, 6)                                         # 龙舟水: May-June rains in South China

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索登记", "Lead captured", "awareness", "other", "physical", "sales",
     "新线索|展会名片|养殖户线索|询价|潜在客户|lead|enquiry|trade fair lead|prospect|new lead"),
    ("tp_farm_visit", "塘口拜访", "Farm visit", "consideration", "other", "physical", "sales",
     "下塘|看塘|塘头拜访|上门拜访|扫塘|pond visit|farm visit|site visit|farm call"),
    ("tp_trial", "投喂试验", "Feed trial", "consideration", "other", "physical", "technical_service",
     "试料|对比试验|试喂|试验塘|feed trial|trial pond|pilot feeding|feeding trial"),
    ("tp_quote", "报价", "Price quote", "consideration", "other", "digital", "sales",
     "报价单|价格单|询价回复|吨价|quote|quotation|price offer|price per tonne"),
    ("tp_first_order", "首批大货订单", "First bulk order", "purchase", "other", "digital", "sales",
     "首单|开单|第一车料|首批订单|first order|opening order|first truckload|first bulk order"),
    ("tp_reorder", "复购订单", "Repeat feed order", "loyalty", "other", "digital", "order_desk",
     "补料|续料|返单|再订货|复购|reorder|repeat order|top-up order|feed order"),
    ("tp_delivery", "送料到塘", "Truck delivery", "service", "other", "physical", "logistics",
     "送货|到货|卸料|发车|送料|delivery|truck|drop-off|unloading"),
    ("tp_growth_check", "技术员测产", "Growth check", "service", "other", "physical", "technical_service",
     "测产|打样|抽样称重|生长检测|塘口测产|growth check|sampling|weight check|FCR check"),
    ("tp_service", "技术服务", "Technical service request", "service", "phone", "physical", "technical_service",
     "技术支持|病害咨询|水质检测|上门服务|服务工单|tech support|disease call|water test|service ticket"),
    ("tp_payment", "回款", "Credit payment", "service", "other", "digital", "finance",
     "收款|结账|还款|账款|货款|payment|collection|receivable|settlement"),
    ("tp_winback", "流失回访", "Win-back call", "loyalty", "phone", "digital", "customer_service",
     "挽回|召回|流失客户回访|断料回访|win-back|churn call|lapsed farm call"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead_to_first_order", "线索到首单", "Lead to first order",
     ["tp_lead", "tp_farm_visit", "tp_trial", "tp_quote", "tp_first_order"], 120),
    ("first_order_care", "首单交付与测产", "First order delivery and growth check",
     ["tp_first_order", "tp_delivery", "tp_growth_check"], 45),
    ("first_to_reorder", "首单到复购", "First order to repeat order", ["tp_first_order", "tp_reorder"], 60),
]

# region: zh, market, weight among leads/legacy, season profile, currency, CNY per local unit, language
REGIONS = {
    "Guangdong": ("广东", "china", 0.24, "south", "CNY", 1.0, "zh"),
    "Guangxi": ("广西", "china", 0.10, "south", "CNY", 1.0, "zh"),
    "Hainan": ("海南", "china", 0.06, "south", "CNY", 1.0, "zh"),
    "Fujian": ("福建", "china", 0.06, "south", "CNY", 1.0, "zh"),
    "Hubei": ("湖北", "china", 0.12, "central", "CNY", 1.0, "zh"),
    "Jiangsu": ("江苏", "china", 0.09, "central", "CNY", 1.0, "zh"),
    "Vietnam": ("越南", "overseas", 0.12, "tropic", "VND", 0.00029, "en"),
    "Philippines": ("菲律宾", "overseas", 0.07, "tropic", "PHP", 0.125, "en"),
    "Indonesia": ("印度尼西亚", "overseas", 0.07, "tropic", "IDR", 0.00044, "en"),
    "India": ("印度", "overseas", 0.07, "tropic", "INR", 0.085, "en"),
}
REG_NAMES = list(REGIONS)
REG_P = np.array([REGIONS[r][2] for r in REG_NAMES])
REG_P = REG_P / REG_P.sum()
CN_REGIONS = [r for r in REG_NAMES if REGIONS[r][1] == "china"]
SEASON = {  # order-frequency factor by month
    "south": [0.40, 0.32, 0.55, 0.80, 1.00, 1.15, 1.25, 1.30, 1.20, 1.00, 0.72, 0.48],
    "central": [0.06, 0.06, 0.32, 0.75, 1.05, 1.30, 1.45, 1.50, 1.30, 0.90, 0.40, 0.10],
    "tropic": [1.00, 0.95, 1.00, 1.00, 1.00, 0.95, 0.90, 0.90, 0.95, 1.00, 1.05, 1.05],
}
# species: zh, CNY per tonne, bag kg, feed type, product line, regions where farmed (weight)
SPECIES = {
    "grass_carp": ("草鱼", 5200, 40, "sinking_pellet", "HF-GC30 草鱼颗粒料",
                   {"Guangdong": 3, "Guangxi": 3, "Hubei": 5, "Jiangsu": 3, "Fujian": 2}),
    "tilapia": ("罗非鱼", 5650, 40, "extruded_floating", "HF-TL28 罗非鱼膨化料",
                {"Guangdong": 3, "Guangxi": 4, "Hainan": 4, "Fujian": 1, "Philippines": 4, "Indonesia": 5}),
    "largemouth_bass": ("加州鲈", 11400, 20, "extruded_floating", "HF-LB45 加州鲈膨化料",
                        {"Guangdong": 4, "Jiangsu": 3, "Hubei": 2, "Fujian": 2}),
    "whiteleg_shrimp": ("南美白对虾", 9800, 20, "shrimp_crumble", "HF-SP40 虾宝对虾料",
                        {"Guangdong": 4, "Guangxi": 3, "Hainan": 5, "Fujian": 2, "Jiangsu": 1, "Vietnam": 5,
                         "Indonesia": 3, "India": 8, "Philippines": 1}),
    "pangasius": ("巴沙鱼", 4750, 40, "extruded_floating", "HF-PG26 巴沙鱼膨化料", {"Vietnam": 5, "India": 1}),
    "milkfish": ("虱目鱼", 5050, 40, "extruded_floating", "HF-MF27 虱目鱼膨化料", {"Philippines": 5, "Indonesia": 1}),
    "crayfish": ("小龙虾", 4400, 40, "sinking_pellet", "HF-CF30 小龙虾配合料", {"Hubei": 5, "Jiangsu": 3}),
}
FEED_TYPE_ZH = {"sinking_pellet": "沉性颗粒料", "extruded_floating": "膨化浮性料", "shrimp_crumble": "虾料（破碎/颗粒）"}
# base order gap in peak season (days), late-payment propensity
SP_GAP = {"grass_carp": 16, "tilapia": 15, "largemouth_bass": 11, "whiteleg_shrimp": 13, "pangasius": 10,
          "milkfish": 16, "crayfish": 18}
SP_LATE = {"grass_carp": 0.10, "tilapia": 0.12, "largemouth_bass": 0.16, "whiteleg_shrimp": 0.30, "pangasius": 0.14,
           "milkfish": 0.10, "crayfish": 0.08}
CTYPES = {"individual_farmer": ("个体养殖户", 0.46, 0.6), "family_farm": ("家庭农场", 0.24, 1.0),
          "cooperative": ("养殖合作社", 0.14, 1.8), "aquaculture_company": ("养殖企业", 0.16, 3.0)}
CT_NAMES = list(CTYPES)
CT_P = np.array([CTYPES[c][1] for c in CT_NAMES])
CT_P = CT_P / CT_P.sum()
MODES = {"pond": 0.78, "cage": 0.10, "raceway": 0.07, "ras": 0.05}
CH_ZH = {"trade_fair": "展会", "sales_rep": "业务员扫塘", "dealer_referral": "经销商介绍",
         "farmer_referral": "养殖户介绍", "online": "线上广告"}
# lead channel: p(visit), visit delay (lo, hi days), p(order | quote) factor
LEAD_P = {"trade_fair": (0.30, (12, 45), 0.80), "sales_rep": (0.90, (0, 6), 1.0), "dealer_referral": (0.72, (3, 18), 0.95),
          "farmer_referral": (0.82, (2, 12), 1.05), "online": (0.46, (4, 25), 0.92)}
FAIRS = [  # name, first day, days, regions, leads
    ("2025中国水产养殖饲料博览会（广州）", date(2025, 3, 18), 3, ["Guangdong", "Guangxi", "Hainan", "Fujian"], 150),
    ("VIETSHRIMP 2025 (Can Tho)", date(2025, 3, 26), 3, ["Vietnam"], 80),
    ("2025湖北水产养殖技术交流会（武汉）", date(2025, 4, 10), 2, ["Hubei", "Jiangsu"], 90),
    ("Indo Aqua 2025 (Jakarta)", date(2025, 6, 11), 3, ["Indonesia"], 50),
    ("Philippine Aquaculture Summit 2025 (Manila)", date(2025, 8, 20), 2, ["Philippines"], 45),
    ("Aqua Expo India 2025 (Vijayawada)", date(2025, 9, 12), 2, ["India"], 70),
    ("2025海南对虾产业大会（海口）", date(2025, 11, 12), 2, ["Hainan", "Guangdong", "Guangxi"], 75),
    ("2026中国水产养殖饲料博览会（广州）", date(2026, 3, 17), 3, ["Guangdong", "Guangxi", "Hainan", "Fujian"], 140),
    ("VIETSHRIMP 2026 (Can Tho)", date(2026, 3, 25), 3, ["Vietnam"], 70),
    ("2026湖北水产养殖技术交流会（武汉）", date(2026, 4, 9), 2, ["Hubei", "Jiangsu"], 80),
]
SOURCES = {"sales_rep": ["pond_walk", "fish_market_contact", "hatchery_tip"],
           "dealer_referral": ["鱼药店", "饲料经销商", "苗场"],
           "farmer_referral": ["existing_customer", "village_head", "cooperative_member"],
           "online": ["douyin_ad", "facebook_ad", "website_form"]}
BRANDS = ["绿洲饲料", "金鳞饲料", "蓝湾饲料", "AquaPrime", "OceanGrow", "自配料"]
REPS = {"Guangdong": ["陈伟", "梁志强", "黄丽"], "Guangxi": ["韦海军", "覃明"], "Hainan": ["符晓峰"], "Fujian": ["林建华"],
        "Hubei": ["张强", "刘洋"], "Jiangsu": ["周斌"], "Vietnam": ["Nguyen Van Minh", "Tran Thi Lan"],
        "Philippines": ["Mark Santos"], "Indonesia": ["Budi Hartono"], "India": ["Ravi Kumar", "Srinivas Rao"]}
TECHS = {"Guangdong": ["技术员 邓工", "技术员 何工"], "Guangxi": ["技术员 蒙工"], "Hainan": ["技术员 吴工"],
         "Fujian": ["技术员 郑工"], "Hubei": ["技术员 胡工", "技术员 王工"], "Jiangsu": ["技术员 徐工"],
         "Vietnam": ["Le Quang Huy"], "Philippines": ["Joel Reyes"], "Indonesia": ["Agus Setiawan"],
         "India": ["Prakash Reddy"]}
PLANTS = {  # plant: zh
    "Foshan": "佛山工厂", "Zhanjiang": "湛江工厂", "Nanning": "南宁工厂", "Wuhan": "武汉工厂",
    "Long An": "越南隆安工厂", "Batangas (toll)": "菲律宾八打雁代工厂", "Surabaya (toll)": "印尼泗水代工厂",
    "Nellore (toll)": "印度内洛尔代工厂"}
CARRIERS = {  # carrier: zh
    "HaiFeng fleet": "海丰自有车队", "Shunda Logistics": "顺达物流", "Yuetong Freight": "粤通货运",
    "Chuyun Logistics": "楚运物流", "Mekong Trans": "湄公运输", "Luzon Haulers": "吕宋货运", "Java Cargo": "爪哇货运",
    "Coastal Roadways": "海岸公路运输"}
REGION_CARRIERS = {
    "Guangdong": (["HaiFeng fleet", "Shunda Logistics", "Yuetong Freight"], [0.45, 0.38, 0.17]),
    "Guangxi": (["HaiFeng fleet", "Shunda Logistics"], [0.55, 0.45]),
    "Hainan": (["Shunda Logistics", "Yuetong Freight"], [0.5, 0.5]),
    "Fujian": (["HaiFeng fleet", "Yuetong Freight"], [0.5, 0.5]),
    "Hubei": (["HaiFeng fleet", "Chuyun Logistics"], [0.6, 0.4]),
    "Jiangsu": (["Chuyun Logistics", "HaiFeng fleet"], [0.7, 0.3]),
    "Vietnam": (["Mekong Trans"], [1.0]), "Philippines": (["Luzon Haulers"], [1.0]),
    "Indonesia": (["Java Cargo"], [1.0]), "India": (["Coastal Roadways"], [1.0]),
}
COND_ZH = {"good": "完好", "damp_bags": "受潮结块", "torn_bags": "破袋"}
TERMS = {"cash": 0, "net30": 30, "net60": 60, "net90": 90}
TERMS_ZH = {"cash": "现款现货", "net30": "月结30天", "net60": "赊销60天", "net90": "赊销90天（到出塘）"}
PAY_ZH = {"bank_transfer": "对公转账", "wechat_transfer": "微信转账", "acceptance_bill": "承兑汇票", "cash": "现金",
          "e_wallet": "电子钱包"}
ISSUES = {  # issue: zh, weight, charged lab test share
    "disease": ("病害诊断", 0.30, 0.55), "water_quality": ("水质问题", 0.26, 0.5), "feeding_plan": ("投喂方案", 0.20, 0.0),
    "low_appetite": ("摄食下降", 0.14, 0.0), "pond_prep": ("清塘备苗", 0.10, 0.2)}
ISSUE_NAMES = list(ISSUES)
ISSUE_P = np.array([ISSUES[i][1] for i in ISSUE_NAMES])
ISSUE_P = ISSUE_P / ISSUE_P.sum()
LOST = {"lost_to_competitor": "被竞品抢走", "price_too_high": "嫌价格高", "poor_growth": "长势不好换料",
        "pond_fallow": "清塘停养", "disease_loss": "病害亏损停养", "credit_hold": "欠款停供"}
ORDER_CH_CN = (["sales_rep", "phone", "wechat_mini_program", "dealer"], [0.30, 0.22, 0.33, 0.15])
ORDER_CH_OS = (["sales_rep", "phone", "whatsapp", "dealer"], [0.40, 0.20, 0.25, 0.15])

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


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at(day, lo_h=7.0, hi_h=18.5):
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(minutes=int(rng.integers(int(lo_h * 60), int(hi_h * 60))))


def in_data(ts):
    return START <= ts <= END


def ev(c, ts, tp, action, **kw):
    if not in_data(ts):
        return None
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("E", 7), action=action,
               region=c["region"], **kw)
    events.append(row)
    return row


def order_row(c, ts, kind, amount, status, **kw):
    if not in_data(ts):
        return None
    prefix = {"feed_order": "FO", "tech_service": "TS"}[kind]
    cur, rate = REGIONS[c["region"]][4], REGIONS[c["region"]][5]
    row = dict(order_id=nid(prefix, 6), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(amount, 2),
               status=status, order_type=kind, order_type_zh={"feed_order": "饲料订单", "tech_service": "技术服务"}[kind],
               region=c["region"], currency=cur, amount_local=round(amount / rate, 0 if cur in ("VND", "IDR") else 2),
               **kw)
    orders.append(row)
    return row


# ---------------------------------------------------------------- feedback texts
# topic -> language -> list of (template, sentiment). Markers (unique to their topic): README.md.
TEXTS = {
    "damp": {
        "zh": [("这车料好几包受潮结块了，塘边倒出来一坨一坨的", "negative"),
               ("下雨天送来的料没盖篷布，底下几层都受潮了", "negative"),
               ("受潮的料有霉味，鱼都不爱吃，要求退换", "negative"),
               ("又是受潮的问题，卸下来的袋子都是湿的", "negative"),
               ("料袋受潮发软，放了三天就开始发霉", "negative")],
        "en": [("Several bags were damp and caked when the truck arrived", "negative"),
               ("The feed got damp on the way, no tarpaulin on the truck in the rain", "negative"),
               ("Damp feed smells musty, the fish won't take it. Please replace", "negative"),
               ("Bottom layer of bags was damp again this delivery", "negative")],
    },
    "late": {
        "zh": [("送货晚了一天，塘里差点断料", "negative"),
               ("说好上午到，结果送货晚到傍晚，工人白等了半天", "negative"),
               ("旺季老是送货晚，能不能提前排车", "negative")],
        "en": [("Late delivery again, we ran out of feed for a day", "negative"),
               ("Truck promised for the morning, late delivery in the evening", "negative"),
               ("Another late delivery in peak season, please plan the trucks earlier", "negative")],
    },
    "fines": {
        "zh": [("这批料粉末多，一倒下去水就浑了", "negative"),
               ("颗粒不结实，袋底全是粉末多得很", "negative")],
        "en": [("Too many fines in this batch, the water turns cloudy", "negative"),
               ("Pellets crumble easily, lots of fines at the bottom of each bag", "negative")],
    },
    "slow_growth": {
        "zh": [("换了这批料以后虾长得慢，一个月才长了两三克", "negative"),
               ("测了一下，比隔壁塘长得慢，料是不是有问题", "negative"),
               ("鱼长得慢，出塘要推迟，损失谁来承担", "negative"),
               ("这批虾料吃了长得慢，还容易空肠", "negative")],
        "en": [("Slow growth since the new batch, the shrimp barely gained weight this month", "negative"),
               ("We're seeing slow growth compared to the pond next door, is the feed okay?", "negative"),
               ("Slow growth means our harvest is delayed by weeks", "negative")],
    },
    "fcr": {
        "zh": [("料比很低，一吨料多出不少鱼，划算", "positive"),
               ("这季的料比做到了1.3，比以前用的牌子好", "positive"),
               ("料比不错，鱼体色也好看", "positive")],
        "en": [("Great FCR this cycle, much better than our old brand", "positive"),
               ("FCR came in at 1.3, very happy with the feed", "positive"),
               ("The FCR numbers speak for themselves, we'll stay with you", "positive")],
    },
    "technician": {
        "zh": [("技术员很负责，每次来都帮我们看水看鱼", "positive"),
               ("技术员讲得很细，投喂量调整后效果明显", "positive"),
               ("多亏技术员及时来测产，发现问题早", "positive")],
        "en": [("The technician is very hands-on, checks the water and the fish every visit", "positive"),
               ("Your technician explained the feeding rates clearly, big improvement", "positive"),
               ("Good technician, came out quickly and knew his stuff", "positive")],
    },
    "price": {
        "zh": [("虾料又涨价了，一吨贵了快九百，利润都被吃掉了", "negative"),
               ("今年涨价太狠，别家还没涨，考虑换料", "negative"),
               ("涨价能不能提前通知，我们好囤点料", "negative")],
        "en": [("Another price increase on shrimp feed, margins are gone", "negative"),
               ("The price increase is steep this year, other brands haven't moved", "negative"),
               ("Please give notice before a price increase so we can stock up", "negative")],
    },
    "credit_terms": {
        "zh": [("账期太短了，我们养虾要四个月才出塘", "negative"),
               ("能不能把账期放到出塘以后，别的厂都可以", "negative"),
               ("账期谈了好久才批下来，耽误下苗", "negative")],
        "en": [("Credit terms are too short for a four-month shrimp cycle", "negative"),
               ("Could you extend our credit terms until harvest like other suppliers?", "negative"),
               ("Took weeks to agree the credit terms, delayed our stocking", "negative")],
    },
    "disease": {
        "zh": [("塘里发病打了三次电话，技术服务第二天才回，病害损失不小", "negative"),
               ("病害检测结果出得太慢了，虾都死了一半", "negative"),
               ("发现病害后等了两天才有人来看", "negative")],
        "en": [("We reported a disease outbreak and waited two days for a reply", "negative"),
               ("Disease test results took too long, we lost half the pond", "negative"),
               ("Slow response on the disease call, by the time someone came it was too late", "negative")],
    },
    "rep": {
        "zh": [("业务员很勤快，经常来塘口转", "positive"),
               ("业务员人实在，有事电话就到", "positive")],
        "en": [("Our sales rep visits often and always answers the phone", "positive"),
               ("Friendly sales rep, sorted out our order in one call", "positive")],
    },
    "trial": {
        "zh": [("试料效果不错，准备整片塘都换成你们的", "positive"),
               ("试料那口塘长得比对照塘好", "positive"),
               ("试料期间没看出明显差别", "neutral"),
               ("试料结果一般，还是觉得原来的料顺手", "negative")],
        "en": [("The trial pond did better than the control, we'll switch", "positive"),
               ("Trial went well, fish were feeding actively", "positive"),
               ("No clear difference during the trial", "neutral"),
               ("The trial was disappointing, staying with our current supplier", "negative")],
    },
    "driver": {
        "zh": [("司机师傅很好，帮忙把料搬到塘边", "positive"),
               ("司机不肯把料卸到塘边，我们自己搬了一下午", "negative")],
        "en": [("The driver helped carry the bags right to the pond", "positive"),
               ("Driver refused to unload near the pond, we had to move everything ourselves", "negative")],
    },
    "statement": {
        "zh": [("对账单跟我们记的数对不上，差了两车", "negative"),
               ("每个月对账太麻烦，能不能发电子版", "neutral")],
        "en": [("The statement doesn't match our delivery notes, two loads are missing", "negative"),
               ("Monthly statement is confusing, could you send it by email?", "neutral")],
    },
    "generic_pos": {
        "zh": [("料挺好的，会继续用", "positive"), ("整体满意，服务到位", "positive"), ("用了两年了，质量稳定", "positive"),
               ("鱼吃得欢，没什么问题", "positive")],
        "en": [("Good feed, we'll keep using it", "positive"), ("Happy overall, reliable supplier", "positive"),
               ("Consistent quality, fish feed well", "positive"), ("No complaints, good service", "positive")],
    },
    "generic_neu": {
        "zh": [("还行吧", "neutral"), ("一般般", "neutral"), ("希望多搞点优惠活动", "neutral"), ("没啥意见", "neutral")],
        "en": [("It's okay", "neutral"), ("Average", "neutral"), ("Would like more volume discounts", "neutral"),
               ("Nothing to add", "neutral")],
    },
    "generic_neg": {
        "zh": [("打客服电话老是没人接", "negative"), ("最近服务变差了", "negative"), ("一件事要说好几遍", "negative")],
        "en": [("Hard to reach anyone at the office", "negative"), ("Service has gone downhill", "negative"),
               ("Had to explain the same problem three times", "negative")],
    },
}
RATING_BY_SENT = {"negative": ([1, 2, 3], [0.48, 0.40, 0.12]), "neutral": ([3, 4], [0.65, 0.35]),
                  "positive": ([4, 5], [0.3, 0.7])}
RATED = {"delivery_callback", "growth_check_survey", "trial_review", "service_survey", "farmer_meeting_form"}


def say(topic, lang):
    tpl, sent = pick(TEXTS[topic][lang])
    return tpl, sent


def fb(c, ts, topic, channel, tp=None, nps=None, lang=None, **kw):
    """one comment; ts None = undated. A 1-5 rating (from the sentiment) on rated channels."""
    if ts is not None and not in_data(ts):
        return None
    if lang is None:
        lang = c["preferred_language"] if c is not None else pick(["zh", "en"], [0.7, 0.3])
    text, sent = say(topic, lang)
    rating = None
    if channel in RATED:
        vals, p = RATING_BY_SENT[sent]
        rating = int(pick(vals, p))
    fid = nid("FB", 6)
    anonymous = channel == "wechat_group"
    row = dict(feedback_id=fid, customer_id=c["customer_id"] if c is not None and not anonymous else "",
               ts=tfmt(ts) if ts is not None else "", touchpoint_id=tp or "", channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", text=text,
               language=lang, region=c["region"] if c is not None else "",
               species=c["species"] if c is not None and not anonymous else "", **kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic if not topic.startswith("generic") else "generic",
                      sentiment=sent))
    return row


# ---------------------------------------------------------------- customers
def new_customer(region, signup, acq, legacy):
    cid = nid("F", 5)
    zh, market = REGIONS[region][0], REGIONS[region][1]
    sp_names = [s for s in SPECIES if region in SPECIES[s][5]]
    species = pick(sp_names, [SPECIES[s][5][region] for s in sp_names])
    ctype = pick(CT_NAMES, CT_P)
    area = float(np.clip(rng.lognormal(np.log(45 * CTYPES[ctype][2]), 0.55), 6, 2500))   # 亩
    lang = REGIONS[region][6]
    if market == "overseas" and rng.random() < 0.06:
        lang = "zh"                                    # Chinese-invested farms abroad
    if legacy:
        terms = pick(list(TERMS), [0.22, 0.36, 0.27, 0.15])
    else:
        terms = pick(list(TERMS), [0.40, 0.35, 0.18, 0.07])
    if species == "whiteleg_shrimp" and terms == "net30" and rng.random() < 0.4:
        terms = "net90"
    tier = "A" if area >= 150 else ("B" if area >= 50 else "C")
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment="", region=region, region_zh=zh, market=market,
             acquisition_channel=acq, acquisition_channel_zh=CH_ZH.get(acq, "老客户"), tier=tier,
             customer_type=ctype, customer_type_zh=CTYPES[ctype][0], species=species, species_zh=SPECIES[species][0],
             farming_mode=pick(list(MODES), list(MODES.values())),
             pond_area_mu=round(area, 1) if market == "china" else "",
             pond_area_ha=round(area / 15, 2) if market == "overseas" else "",
             sales_rep=pick(REPS[region]), technician=pick(TECHS[region]), credit_terms=terms,
             credit_terms_zh=TERMS_ZH[terms],
             credit_limit_cny=0 if terms == "cash" else int(round(area * 900 * (1 + TERMS[terms] / 60), -3)),
             preferred_language=lang)
    c["_area"] = area
    c["_late"] = SP_LATE[species] + (0.12 if terms == "net90" else 0) + (0.08 if region == "India" else 0) + \
        float(rng.normal(0, 0.04))
    c["_first_order"] = None
    c["_last_order"] = None
    c["_state"] = "lead"
    customers.append(c)
    return c


def lead_day():
    t = START + D(days=float(rng.uniform(0, (LEAD_END - START).days)))
    return t.date()


# ---------------------------------------------------------------- orders stream
def price_on(sp, day, c):
    base = SPECIES[sp][1]
    if sp == "whiteleg_shrimp" and day >= SHRIMP_RISE:
        base *= 1.09
    disc = {"A": 0.95, "B": 0.98, "C": 1.0}[c["tier"]]
    return round(base * disc * float(rng.normal(1, 0.012)), 0)


def plant_for(c):
    r, sp = c["region"], c["species"]
    if r in ("Guangdong", "Fujian"):
        return "Zhanjiang" if sp == "whiteleg_shrimp" else "Foshan"
    if r == "Guangxi":
        return "Zhanjiang" if sp == "whiteleg_shrimp" else "Nanning"
    if r == "Hainan":
        return "Zhanjiang"
    if r in ("Hubei", "Jiangsu"):
        return "Wuhan"
    return {"Vietnam": "Long An", "Philippines": "Batangas (toll)", "Indonesia": "Surabaya (toll)",
            "India": "Nellore (toll)"}[r]


def one_order(c, day, first):
    """a feed order with its delivery, growth check, payment, service requests and feedback. Returns a badness
    score (bad delivery / bad growth) used for churn."""
    sp = c["species"]
    ts = at(day, 7, 20)
    mkt = REGIONS[c["region"]][1]
    if first:
        ch = "sales_rep"
    else:
        chs, p = ORDER_CH_CN if mkt == "china" else ORDER_CH_OS
        ch = pick(chs, p)
    device = pick(["android", "ios"], [0.8, 0.2]) if ch in ("wechat_mini_program", "whatsapp") else ""
    bag = SPECIES[sp][2]
    tonnes = float(np.clip(rng.lognormal(np.log(4.0 + c["_area"] * 0.07), 0.35), 1.0, 32.0))
    bags = max(10, int(round(tonnes * 1000 / bag)))
    tonnes = round(bags * bag / 1000, 2)
    price = price_on(sp, day, c)
    amount = round(tonnes * price, 2)
    plant = plant_for(c)
    order_no = f"HF{ts:%y%m}{_n.get('FO', 0) + 1:06d}"
    cancelled = rng.random() < 0.022
    tp = "tp_first_order" if first else "tp_reorder"
    seq = c.get("_nord", 0) + 1
    c["_nord"] = seq
    ev(c, ts, tp, "cancelled" if cancelled else "placed", channel=ch, device=device, sales_rep=c["sales_rep"],
       order_no=order_no, product_line=SPECIES[sp][4], species=sp, species_zh=SPECIES[sp][0], tonnes=tonnes, bags=bags,
       price_per_tonne_cny=price, amount_cny=amount, payment_terms=c["credit_terms"], order_seq=seq, plant=plant,
       plant_zh=PLANTS[plant])
    base = dict(channel=ch, device=device, order_no=order_no, product_line=SPECIES[sp][4], species=sp,
                feed_type=SPECIES[sp][3], feed_type_zh=FEED_TYPE_ZH[SPECIES[sp][3]], tonnes=tonnes,
                price_per_tonne_cny=price, plant=plant, payment_terms=c["credit_terms"])
    if cancelled:
        order_row(c, ts, "feed_order", amount, "cancelled", due_date="", paid_at="", days_to_pay="",
                  cancel_reason=pick(["pond_disease", "price", "duplicate_order", "weather"]), **base)
        return 0.0
    # ---- delivery by truck
    carriers, cp = REGION_CARRIERS[c["region"]]
    carrier = pick(carriers, cp)
    promised = day + D(days=int(rng.integers(1, 3 if mkt == "china" else 4)))
    late_p = 0.07 if mkt == "china" else 0.13
    if day.month in (7, 8) and c["region"] in ("Hubei", "Jiangsu"):
        late_p += 0.04
    late = rng.random() < late_p
    hours_late = round(float(rng.gamma(2.0, 5.0)) + 2.5, 1) if late else 0.0
    dts = at(promised, 6, 17) + D(hours=hours_late)
    damp_p = 0.012
    if carrier == "Shunda Logistics":
        damp_p = 0.30 if dts.month in RAINY else 0.03
    elif c["region"] in ("Vietnam", "Indonesia", "Philippines") and dts.month in (7, 8, 9):
        damp_p = 0.03
    r = rng.random()
    cond = "damp_bags" if r < damp_p else ("torn_bags" if r < damp_p + 0.025 else "good")
    refused = cond == "damp_bags" and rng.random() < 0.16
    action = "refused" if refused else ("delivered_late" if late else "delivered")
    truck = f"{'粤' if c['region'] in ('Guangdong',) else ''}TRK-{int(rng.integers(100, 999))}"
    km = int(np.clip(rng.lognormal(np.log(140), 0.5), 15, 600))
    drow = ev(c, dts, "tp_delivery", action, order_no=order_no, plant=plant, plant_zh=PLANTS[plant], carrier=carrier,
              carrier_zh=CARRIERS[carrier], truck_id=truck, distance_km=km, tonnes=tonnes, bags=bags,
              promised_date=promised.isoformat(), hours_late=hours_late, on_time="no" if late else "yes",
              condition=cond, condition_zh=COND_ZH[cond],
              damp_bags=int(rng.integers(3, max(4, bags // 4))) if cond == "damp_bags" else 0,
              product_line=SPECIES[sp][4], species=sp, species_zh=SPECIES[sp][0])
    bad = 0.0
    if late:
        bad += 0.5
    if cond == "damp_bags":
        bad += 1.0
    # delivery callback survey
    if drow is not None and rng.random() < (0.38 if cond == "damp_bags" else 0.11):
        if cond == "damp_bags" and rng.random() < 0.8:
            topic = "damp"
        elif late and rng.random() < 0.6:
            topic = "late"
        else:
            topic = pick(["driver", "fines", "generic_pos", "generic_neu", "generic_neg", "rep"],
                         [0.14, 0.06, 0.45, 0.2, 0.07, 0.08])
        fb(c, dts + D(hours=float(rng.uniform(3, 60))), topic, "delivery_callback", "tp_delivery")
    if refused:
        order_row(c, ts, "feed_order", amount, "returned", due_date="", paid_at="", days_to_pay="",
                  return_reason="damp_bags", **base)
        return bad
    # ---- growth check by the technician a few weeks later
    bad_batch = (plant == "Zhanjiang" and sp == "whiteleg_shrimp" and BAD_BATCH[0] <= dts.date() <= BAD_BATCH[1])
    gc_p = 0.85 if first else (0.72 if bad_batch else 0.36)     # farms with a bad batch call the technician out
    if mkt == "overseas":
        gc_p *= 0.8
    if rng.random() < gc_p:
        gday = dts + D(days=float(rng.uniform(12, 30)))
        pbelow = 0.74 if bad_batch else 0.09
        pdis = 0.09 if sp == "whiteleg_shrimp" else 0.04
        u = rng.random()
        gact = "below_target" if u < pbelow else ("disease_found" if u < pbelow + pdis else "on_track")
        target = {"grass_carp": 600, "tilapia": 450, "largemouth_bass": 380, "whiteleg_shrimp": 14, "pangasius": 700,
                  "milkfish": 300, "crayfish": 28}[sp]
        w = target * (float(rng.uniform(0.72, 0.9)) if gact == "below_target" else float(rng.uniform(0.93, 1.12)))
        fcr_base = {"grass_carp": 1.6, "tilapia": 1.35, "largemouth_bass": 1.15, "whiteleg_shrimp": 1.25,
                    "pangasius": 1.5, "milkfish": 1.55, "crayfish": 1.9}[sp]
        fcr = fcr_base * (float(rng.uniform(1.12, 1.3)) if gact == "below_target" else float(rng.normal(1.0, 0.05)))
        grow = ev(c, at(gday.date(), 8, 17), "tp_growth_check", gact, technician=c["technician"], order_no=order_no,
                  plant=plant, plant_zh=PLANTS[plant], product_line=SPECIES[sp][4], species=sp,
                  species_zh=SPECIES[sp][0], avg_weight_g=round(w, 1), target_weight_g=target, fcr=round(fcr, 2),
                  survival_pct=round(float(np.clip(rng.normal(78 if gact == "disease_found" else 88, 6), 40, 99)), 1),
                  water_temp_c=round(float(rng.normal(29 if gday.month in (6, 7, 8, 9) else 24, 2)), 1),
                  sample_size=int(rng.integers(30, 101)))
        if gact != "on_track":
            bad += 1.2
        if grow is not None and rng.random() < 0.2:
            if gact == "below_target":
                topic = pick(["slow_growth", "generic_neg", "technician"], [0.8, 0.12, 0.08])
            elif gact == "disease_found":
                topic = pick(["disease", "technician", "generic_neg"], [0.3, 0.5, 0.2])
            else:
                topic = pick(["fcr", "technician", "generic_pos", "generic_neu"], [0.3, 0.3, 0.25, 0.15])
            fb(c, datetime.strptime(grow["ts"], "%Y-%m-%d %H:%M:%S") + D(hours=float(rng.uniform(1, 30))), topic,
               "growth_check_survey", "tp_growth_check")
        if grow is not None and gact == "disease_found" and rng.random() < 0.7:
            service(c, datetime.strptime(grow["ts"], "%Y-%m-%d %H:%M:%S") + D(hours=float(rng.uniform(2, 48))),
                    "disease")
    if rng.random() < 0.11:
        service(c, dts + D(days=float(rng.uniform(2, 25))), None)
    # ---- payment on terms
    days = TERMS[c["credit_terms"]]
    due = dts.date() + D(days=days)
    if days == 0:
        pay_day, dlate = dts.date(), 0
    else:
        late_pay = rng.random() < c["_late"]
        dlate = int(rng.gamma(1.6, 12)) + 3 if late_pay else 0
        early = int(rng.integers(0, 6)) if not late_pay else 0
        pay_day = due + D(days=dlate - early)
    never = days > 0 and rng.random() < 0.006
    if mkt == "china":
        methods = ["bank_transfer", "wechat_transfer", "acceptance_bill", "cash"]
        mp = [0.45, 0.30, 0.12 if c["tier"] == "A" else 0.03, 0.13]
    else:
        methods, mp = ["bank_transfer", "cash", "e_wallet"], [0.6, 0.25, 0.15]
    method = "cash" if days == 0 and rng.random() < 0.5 else pick(methods, mp)
    pay_ts = at(pay_day, 9, 17)
    status = "paid"
    if never or pay_ts > END:
        status = "overdue" if (due <= END.date() and (never or pay_ts > END)) else "unpaid"
        order_row(c, ts, "feed_order", amount, status, due_date=due.isoformat(), paid_at="", days_to_pay="", **base)
    else:
        dtp = (pay_day - dts.date()).days
        ev(c, pay_ts, "tp_payment", "late" if dlate > 0 else "on_time", order_no=order_no, amount_cny=amount,
           payment_terms=c["credit_terms"], payment_terms_zh=TERMS_ZH[c["credit_terms"]], due_date=due.isoformat(),
           days_to_pay=dtp, days_late=dlate, payment_method=method, payment_method_zh=PAY_ZH[method], species=sp,
           species_zh=SPECIES[sp][0])
        order_row(c, ts, "feed_order", amount, "paid", due_date=due.isoformat(), paid_at=tfmt(pay_ts),
                  days_to_pay=dtp, payment_method=method, **base)
        if dlate > 0 and rng.random() < 0.05:
            fb(c, pay_ts + D(days=1), pick(["credit_terms", "statement"], [0.6, 0.4]), "call_note", "tp_payment")
    return bad


def service(c, ts, issue):
    if issue is None:
        issue = pick(ISSUE_NAMES, ISSUE_P)
    mkt = REGIONS[c["region"]][1]
    ch = pick(["phone", "wechat", "on_site"], [0.4, 0.45, 0.15]) if mkt == "china" else \
        pick(["phone", "whatsapp", "on_site"], [0.45, 0.4, 0.15])
    resp = float(rng.lognormal(np.log(5 if mkt == "china" else 19), 0.6))
    u = rng.random()
    act = "resolved" if u < (0.80 if resp < 12 else 0.62) else ("escalated" if u < 0.93 else "unresolved")
    fee = 0
    if rng.random() < ISSUES[issue][2]:
        fee = int(pick([300, 500, 800, 1200], [0.35, 0.35, 0.2, 0.1]))
    row = ev(c, ts, "tp_service", act, channel=ch, technician=c["technician"], issue_type=issue,
             issue_zh=ISSUES[issue][0], response_hours=round(resp, 1), service_fee_cny=fee, species=c["species"],
             species_zh=c["species_zh"])
    if row is None:
        return
    if fee:
        order_row(c, ts, "tech_service", fee, "paid" if rng.random() < 0.96 else "unpaid", channel=ch,
                  service_type=issue, service_type_zh=ISSUES[issue][0])
    if rng.random() < 0.16:
        if issue == "disease" and resp > 12:
            topic = pick(["disease", "generic_neg"], [0.85, 0.15])
        elif issue == "disease":
            topic = pick(["disease", "technician", "generic_pos"], [0.25, 0.5, 0.25])
        else:
            topic = pick(["technician", "generic_pos", "generic_neu", "generic_neg"], [0.4, 0.3, 0.2, 0.1])
        fb(c, ts + D(hours=resp + float(rng.uniform(4, 72))), topic, "service_survey", "tp_service")


def order_stream(c, t0, first):
    """orders from date t0 until churn or the end of data."""
    season = SEASON[REGIONS[c["region"]][3]]
    gap0 = SP_GAP[c["species"]]
    day = t0
    recent_bad = 0.0
    while day <= END.date():
        bad = one_order(c, day, first)
        c["_last_order"] = day
        if c["_first_order"] is None:
            c["_first_order"] = day
        first = False
        recent_bad = recent_bad * 0.6 + bad
        n = c["_nord"]
        hz = 0.010 + (0.03 if n <= 3 else 0) + (0.07 if n == 1 else 0) + 0.03 * recent_bad
        if day >= SHRIMP_RISE and c["species"] == "whiteleg_shrimp":
            hz += 0.012
        if rng.random() < hz:
            if not winback(c, day, recent_bad):
                return
            day = c["_resume"]
            recent_bad = 0.0
            continue
        f = season[day.month - 1]
        gap = gap0 / max(f, 0.05) * float(rng.lognormal(0, 0.28))
        gap = min(gap, 150)
        day = day + D(days=max(3, int(round(gap))))
    c["_state"] = "customer"


def winback(c, last_day, recent_bad):
    """win-back call 50-80 days after the last order; True (and _resume) when the farm is won back."""
    c["_called"] = False
    call = last_day + D(days=int(rng.integers(50, 81)))
    if REGIONS[c["region"]][3] == "central" and (call.month in (12, 1, 2) or (call.month == 11 and call.day > 15)):
        call = date(call.year + (1 if call.month >= 11 else 0), 3, int(rng.integers(3, 20)))
    c["_state"] = "churned"
    if call > END.date():
        return False
    won = rng.random() < 0.24
    if won:
        reason, act = "", "won_back"
    else:
        act = "lost"
        w = {"lost_to_competitor": 0.36, "price_too_high": 0.16, "poor_growth": 0.08, "pond_fallow": 0.18,
             "disease_loss": 0.14 if c["species"] == "whiteleg_shrimp" else 0.06, "credit_hold": 0.05}
        if recent_bad >= 1.0:
            w["poor_growth"] += 0.25
        if call >= SHRIMP_RISE and c["species"] == "whiteleg_shrimp":
            w["price_too_high"] += 0.35
        reason = pick(list(w), list(w.values()))
    ts = at(call, 9, 18)
    c["_called"] = True
    ev(c, ts, "tp_winback", act, channel="phone", outcome_reason=reason, reason_zh=LOST.get(reason, ""),
       days_since_last_order=(call - last_day).days, sales_rep=c["sales_rep"])
    if not won:
        if rng.random() < 0.18:
            topic = {"price_too_high": "price", "poor_growth": "slow_growth"}.get(reason, "generic_neg")
            if reason == "lost_to_competitor":
                topic = pick(["price", "generic_neg"], [0.4, 0.6])
            fb(c, ts, topic, "call_note", "tp_winback")
        return False
    c["_state"] = "customer"
    c["_resume"] = call + D(days=int(rng.integers(5, 30)))
    return True


# ---------------------------------------------------------------- lead funnel
def lead_journey(c, day, channel, source):
    ts = at(day, 8, 18)
    ev(c, ts, "tp_lead", "captured", channel=channel, lead_source=source, sales_rep=c["sales_rep"],
       species=c["species"], species_zh=c["species_zh"], pond_area_mu=c["pond_area_mu"],
       pond_area_ha=c["pond_area_ha"], current_feed_brand=pick(BRANDS))
    p_visit, (lo, hi), f_order = LEAD_P[channel]
    if rng.random() > p_visit:
        return None
    vday = day + D(days=int(rng.integers(lo, hi + 1)))
    vts = at(vday, 8, 17)
    interested = rng.random() < 0.62
    ev(c, vts, "tp_farm_visit", "interested" if interested else "not_interested", sales_rep=c["sales_rep"],
       technician=c["technician"], water_temp_c=round(float(rng.normal(26, 3)), 1),
       dissolved_oxygen_mg_l=round(float(np.clip(rng.normal(5.2, 1.1), 1.5, 9)), 1), species=c["species"],
       species_zh=c["species_zh"])
    p_trial = 0.88 if interested else 0.12
    if rng.random() > p_trial:
        if rng.random() < 0.05:
            fb(c, vts + D(days=2), pick(["rep", "generic_neu"]), "call_note", "tp_farm_visit")
        return None
    start = vday + D(days=int(rng.integers(3, 13)))
    variant = None
    if date(2025, 3, 1) <= start <= date(2025, 12, 31):
        variant = "weekly_visit" if rng.random() < 0.5 else "phone_followup"
        experiments.append(dict(experiment_id="trial_support_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=tfmt(at(start, 9, 17))))
    dur = int(rng.integers(21, 43))
    end_day = start + D(days=dur)
    pp = 0.71 if variant == "weekly_visit" else (0.47 if variant == "phone_followup" else 0.58)
    u = rng.random()
    res = "passed" if u < pp else ("inconclusive" if u < pp + 0.2 else "failed")
    sp = c["species"]
    base_fcr = {"grass_carp": 1.75, "tilapia": 1.5, "largemouth_bass": 1.3, "whiteleg_shrimp": 1.4, "pangasius": 1.65,
                "milkfish": 1.7, "crayfish": 2.1}[sp]
    tfcr = base_fcr * (float(rng.uniform(0.84, 0.95)) if res == "passed" else float(rng.uniform(0.95, 1.08)))
    tts = at(end_day, 9, 17)
    ev(c, tts, "tp_trial", res, technician=c["technician"], trial_start=start.isoformat(), trial_days=dur,
       trial_tonnes=round(float(rng.uniform(0.5, 3.0)), 1), trial_fcr=round(tfcr, 2),
       baseline_fcr=round(base_fcr * float(rng.normal(1, 0.03)), 2), product_line=SPECIES[sp][4], species=sp,
       species_zh=SPECIES[sp][0], compared_brand=pick(BRANDS))
    if rng.random() < 0.22:
        fb(c, tts + D(days=float(rng.uniform(1, 6))), "trial" if rng.random() < 0.8 else "technician", "trial_review",
           "tp_trial")
    p_quote = {"passed": 0.93, "inconclusive": 0.55, "failed": 0.12}[res]
    if rng.random() > p_quote:
        return None
    qday = end_day + D(days=int(rng.integers(2, 11)))
    qts = at(qday, 9, 18)
    price = price_on(sp, qday, c)
    revised = rng.random() < 0.18
    ev(c, qts, "tp_quote", "sent", quote_no=nid("Q", 5), product_line=SPECIES[sp][4], species=sp,
       species_zh=SPECIES[sp][0], price_per_tonne_cny=price, payment_terms=c["credit_terms"],
       est_monthly_tonnes=round(c["_area"] * 0.12, 1), valid_days=15, sales_rep=c["sales_rep"])
    if revised:
        qts = qts + D(days=int(rng.integers(2, 8)))
        qday = qts.date()
        ev(c, qts, "tp_quote", "revised", quote_no=nid("Q", 5), product_line=SPECIES[sp][4], species=sp,
           species_zh=SPECIES[sp][0], price_per_tonne_cny=round(price * 0.975, 0), payment_terms=c["credit_terms"],
           est_monthly_tonnes=round(c["_area"] * 0.12, 1), valid_days=15, sales_rep=c["sales_rep"])
    if rng.random() < (0.35 if qday >= SHRIMP_RISE and sp == "whiteleg_shrimp" else 0.07):
        fb(c, qts + D(days=float(rng.uniform(0.5, 5))),
           "price" if (qday >= SHRIMP_RISE and sp == "whiteleg_shrimp") else pick(["credit_terms", "generic_neu"]),
           "call_note", "tp_quote")
    p_order = 0.64 * f_order * {"passed": 1.0, "inconclusive": 0.7, "failed": 0.5}[res]
    if variant == "weekly_visit":
        p_order *= 1.12
    if qday >= SHRIMP_RISE and sp == "whiteleg_shrimp":
        p_order *= 0.8
    if rng.random() > p_order:
        return None
    return qday + D(days=int(rng.integers(3, 26)))


# ---------------------------------------------------------------- build
def build():
    # legacy farms (customers before 2025): onboarding not in the data
    for _ in range(N_LEGACY):
        region = pick(REG_NAMES, REG_P)
        signup = datetime(2016, 1, 1) + D(days=float(rng.uniform(0, 3200)))
        acq = pick(list(CH_ZH), [0.25, 0.35, 0.2, 0.15, 0.05])
        c = new_customer(region, signup, acq, legacy=True)
        c["_nord"] = int(rng.integers(10, 200))
        t0 = date(2025, 1, 1) + D(days=int(rng.integers(0, 40)))
        season = SEASON[REGIONS[region][3]]
        while season[t0.month - 1] < 0.3 and rng.random() < 0.8:
            t0 = t0 + D(days=int(rng.integers(10, 30)))
        order_stream(c, t0, first=False)
    # leads: trade fairs (bursts) and spread sources
    leads = []
    for name, d0, ndays, regions, n in FAIRS:
        for _ in range(n):
            day = d0 + D(days=int(rng.integers(0, ndays)))
            leads.append((day, pick(regions), "trade_fair", name))
    ch_spread = ["sales_rep", "dealer_referral", "farmer_referral", "online"]
    for _ in range(N_LEADS_SPREAD):
        day = lead_day()
        region = pick(REG_NAMES, REG_P)
        ch = pick(ch_spread, [0.38, 0.22, 0.17, 0.23])
        # season: fewer leads in winter in central China
        if REGIONS[region][3] == "central" and day.month in (12, 1, 2) and rng.random() < 0.7:
            day = date(day.year if day.month != 12 else day.year + 1, 3, 1) + D(days=int(rng.integers(0, 60)))
            if datetime(day.year, day.month, day.day) > LEAD_END:
                day = LEAD_END.date() - D(days=int(rng.integers(1, 30)))
        src = pick(SOURCES[ch])
        if ch == "online":
            src = "douyin_ad" if REGIONS[region][1] == "china" else pick(["facebook_ad", "website_form"])
        leads.append((day, region, ch, src))
    leads.sort(key=lambda x: x[0])
    for day, region, ch, src in leads:
        c = new_customer(region, at(day, 8, 18), ch, legacy=False)
        c["_nord"] = 0
        fo = lead_journey(c, day, ch, src)
        if fo is not None and fo <= END.date():
            order_stream(c, fo, first=True)


def segments():
    end = END.date()
    for c in customers:
        lo = c["_last_order"]
        if lo is None:
            signup = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S").date()
            c["segment"] = "prospect" if (end - signup).days <= 120 else "lead_lost"
        elif c["_state"] == "churned" and c.get("_called"):
            c["segment"] = "churned"
        elif c["_first_order"] is not None and c["acquisition_channel"] and (end - c["_first_order"]).days <= 180 \
                and c["signup_at"] >= "2025":
            c["segment"] = "new_customer"
        elif (end - lo).days > 45:
            c["segment"] = "at_risk"
        else:
            c["segment"] = "active"


def survey_feedback():
    """NPS waves, annual farmer-meeting forms (typed in later, no ts), WeChat group exports (no ts, no customer),
    Facebook page comments."""
    cust_by_state = [c for c in customers if c["_last_order"] is not None]
    for wave, d0 in (("2025-11", date(2025, 11, 3)), ("2026-05", date(2026, 5, 11))):
        for c in cust_by_state:
            lo = c["_last_order"]
            if lo is None or lo < d0 - D(days=150) or c["_first_order"] > d0:
                continue
            if rng.random() > 0.42:
                continue
            score = float(rng.normal(8.1, 1.6))
            if c["region"] == "India":
                score -= 1.2
            if wave == "2026-05" and c["species"] == "whiteleg_shrimp":
                score -= 1.4
            if c["_state"] == "churned":
                score -= 2.0
            nps = int(np.clip(round(score), 0, 10))
            if nps >= 9:
                topic = pick(["fcr", "technician", "rep", "generic_pos"], [0.3, 0.25, 0.15, 0.3])
            elif nps >= 7:
                topic = pick(["generic_pos", "generic_neu", "rep"], [0.4, 0.5, 0.1])
            else:
                topics = ["generic_neg", "late", "credit_terms", "disease", "price"]
                p = [0.35, 0.15, 0.2, 0.15, 0.15]
                if wave == "2026-05" and c["species"] == "whiteleg_shrimp":
                    p[4] = 0.9
                topic = pick(topics, p)
            fb(c, at(d0 + D(days=int(rng.integers(0, 14))), 8, 21), topic, "nps_survey", None, nps=nps,
               survey_wave=wave)
    # annual farmer meeting forms (养殖户大会, Dec 2025) typed in later: customer known, no ts
    act = [c for c in customers if c["_last_order"] is not None and REGIONS[c["region"]][1] == "china"]
    for i in rng.choice(len(act), 60, replace=False):
        c = act[int(i)]
        topic = pick(["generic_pos", "fcr", "technician", "damp", "credit_terms", "generic_neu"],
                     [0.3, 0.15, 0.15, 0.15, 0.1, 0.15])
        fb(c, None, topic, "farmer_meeting_form", "tp_delivery" if topic == "damp" else None,
           survey_wave="2025-12 养殖户大会")
    # WeChat customer-group exports: no ts, no customer
    for _ in range(120):
        c = customers[int(rng.integers(0, len(customers)))]
        if REGIONS[c["region"]][1] != "china":
            continue
        topic = pick(["damp", "late", "price", "generic_neg", "generic_pos", "slow_growth", "fines"],
                     [0.2, 0.15, 0.15, 0.15, 0.2, 0.1, 0.05])
        tp = {"damp": "tp_delivery", "late": "tp_delivery", "fines": "tp_delivery", "price": "tp_quote",
              "slow_growth": "tp_growth_check"}.get(topic)
        fb(c, None, topic, "wechat_group", tp, lang="zh")
    # Facebook page comments from overseas farms
    os_c = [c for c in customers if REGIONS[c["region"]][1] == "overseas" and c["_last_order"] is not None]
    for _ in range(90):
        c = os_c[int(rng.integers(0, len(os_c)))]
        t = START + D(days=float(rng.uniform(0, (END - START).days)))
        topic = pick(["generic_pos", "late", "disease", "rep", "generic_neg"], [0.35, 0.2, 0.15, 0.15, 0.15])
        tp = {"late": "tp_delivery", "disease": "tp_service"}.get(topic)
        fb(c, t, topic, "facebook", tp, lang="en")


def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"])
    dump("customers.csv", customers,
         ["customer_id", "signup_at", "segment", "region", "region_zh", "market", "acquisition_channel",
          "acquisition_channel_zh", "tier", "customer_type", "customer_type_zh", "species", "species_zh",
          "farming_mode", "pond_area_mu", "pond_area_ha", "sales_rep", "technician", "credit_terms",
          "credit_terms_zh", "credit_limit_cny", "preferred_language"])
    evs = sorted(events, key=lambda r: (r["ts"], r["event_id"]))
    # tablet re-sync: some growth checks uploaded twice (exact duplicates)
    gcs = [r for r in evs if r["touchpoint_id"] == "tp_growth_check"]
    for i in rng.choice(len(gcs), 24, replace=False):
        evs.append(dict(gcs[int(i)]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "region", "sales_rep",
             "technician", "lead_source", "species", "species_zh", "pond_area_mu", "pond_area_ha",
             "current_feed_brand", "water_temp_c", "dissolved_oxygen_mg_l", "trial_start", "trial_days",
             "trial_tonnes", "trial_fcr", "baseline_fcr", "compared_brand", "quote_no", "product_line",
             "price_per_tonne_cny", "payment_terms", "est_monthly_tonnes", "valid_days", "order_no", "tonnes", "bags",
             "amount_cny", "order_seq", "plant", "plant_zh", "carrier", "carrier_zh", "truck_id", "distance_km",
             "promised_date", "hours_late", "on_time", "condition", "condition_zh", "damp_bags", "avg_weight_g",
             "target_weight_g", "fcr", "survival_pct", "sample_size", "issue_type", "issue_zh", "response_hours",
             "service_fee_cny", "payment_terms_zh", "due_date", "days_to_pay", "days_late", "payment_method",
             "payment_method_zh", "outcome_reason", "reason_zh", "days_since_last_order"]
    dump("events.csv", evs, ecols)
    dump("orders.csv", sorted(orders, key=lambda r: (r["ts"], r["order_id"])),
         ["order_id", "customer_id", "ts", "amount", "status", "order_type", "order_type_zh", "channel", "device",
          "region", "currency", "amount_local", "order_no", "product_line", "species", "feed_type", "feed_type_zh",
          "tonnes", "price_per_tonne_cny", "plant", "payment_terms", "due_date", "paid_at", "days_to_pay",
          "payment_method", "cancel_reason", "return_reason", "service_type", "service_type_zh"])
    dump("feedback.csv", feedback, ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps",
                                    "text", "language", "region", "species", "survey_wave"])
    dump("experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    dump("_truth/feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "aquafeed_data")
    build()
    segments()
    survey_feedback()
    write(out)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)} -> {out}")


if __name__ == "__main__":
    main()
