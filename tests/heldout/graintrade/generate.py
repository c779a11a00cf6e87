"""穗通粮油 SuiTong Grain & Oils: a B2B trader of grain (wheat, corn, soybean meal, sorghum, barley) and edible oils
(palm, soybean, rapeseed, sunflower oil) selling to flour mills (面粉厂), feed mills (饲料厂), food factories (食品厂) and
oil packers (小包装油厂) in three English-speaking markets (Philippines, Malaysia, UK & Ireland) and three Chinese ones
(East China 华东, South China 华南, North China 华北). Synthetic, written blind.

Enquiries come from grain brokers (经纪人), trade portals (贸易平台: Alibaba.com, Tridge, 中华粮网 ...), direct e-mail /
website, trade shows and referrals. A buyer gets a sample with its quality spec / COA (样品与质量指标: the buyer's lab
approves it or finds it off spec), a price quote per tonne (报价), a credit check (资信审核: approved / LC required /
declined -> prepayment only) and signs a first sales contract (签订首份合同); repeat contracts (续签合同) follow. Every
contract is booked on a vessel, container or flexitank (订舱: booked / rolled), loaded and weighed at the load port
under an independent surveyor (装货过磅), invoiced on the bill of lading (开票), discharged and inspected at the buyer's
port (到港质检: accepted / accepted with a price discount / rejected), may bring a quality claim (质量索赔 -> price
adjustment) and a demurrage bill (滞期费), and is paid on its terms (回款: on time / late).

Data 2025-01-01 .. 2026-06-30 (CRM + ERP extract of 3 July 2026). Naive local times. Money is USD (orders.amount and
every *_usd column); Chinese domestic contracts are in CNY (currency, amount_local).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
LEAD_END = datetime(2026, 6, 22)
CNY_RATE = 0.139          # USD per CNY, fixed book rate
N_LEGACY = 310
N_ENQ_SPREAD = 2150
NEW_CROP = (date(2025, 10, 1), date(2025, 10, 31))   # wet new-crop corn out of the north-east ports
PALM_RISE = date(2026, 1, 1)                          # palm oil +18 % (biodiesel mandate)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "询盘登记", "Enquiry logged", "awareness", "other", "digital", "sales",
     "询盘|询价|新询盘|经纪人报盘|平台询盘|线索|enquiry|inquiry|lead|broker lead|portal enquiry|RFQ"),
    ("tp_sample", "样品与质量指标", "Sample & quality spec", "consideration", "other", "physical", "quality",
     "寄样|样品|质量指标|化验单|COA|sample|spec sheet|quality spec|certificate of analysis|lab test"),
    ("tp_quote", "报价", "Price quote", "consideration", "email", "digital", "sales",
     "报盘|发盘|价格|实盘|quote|offer|firm offer|price offer|quotation"),
    ("tp_credit_check", "资信审核", "Credit check", "purchase", "other", "digital", "credit_risk",
     "授信|信用审核|信保|资信调查|额度|credit check|credit approval|KYC|credit limit|credit insurance"),
    ("tp_contract", "签订首份合同", "First sales contract", "purchase", "email", "digital", "sales",
     "首单|签约|首份合同|销售合同|first contract|first deal|sales contract|signed contract"),
    ("tp_repeat_contract", "续签合同", "Repeat contract", "loyalty", "email", "digital", "sales",
     "复购|续单|返单|再次签约|repeat contract|repeat order|follow-on contract|rebuy"),
    ("tp_booking", "订舱", "Shipment booking", "service", "other", "digital", "logistics",
     "订船|订柜|租船|舱位|船期|booking|shipment booking|vessel nomination|charter|space"),
    ("tp_loading", "装货过磅", "Loading & weighing", "service", "other", "physical", "logistics",
     "装船|装柜|过磅|水尺|提单|loading|weighing|draft survey|bill of lading|B/L"),
    ("tp_delivery", "到港质检", "Delivery & quality inspection", "service", "other", "physical", "quality",
     "到港|卸货|质检|验货|品质检验|discharge|arrival|outturn|inspection|quality inspection"),
    ("tp_claim", "质量索赔", "Quality claim", "service", "email", "digital", "quality",
     "索赔|扣款|价格调整|品质异议|claim|quality claim|price adjustment|discount claim"),
    ("tp_invoice", "开票与对账", "Invoicing & statements", "service", "email", "digital", "finance",
     "发票|开票|对账|账单|invoice|billing|statement|debit note"),
    ("tp_payment", "回款", "Payment received", "service", "other", "digital", "finance",
     "收款|付款|到账|结汇|信用证付款|payment|remittance|collection|LC payment|receivables"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("enquiry_to_contract", "询盘到签约", "Enquiry to first contract",
     ["tp_enquiry", "tp_sample", "tp_quote", "tp_credit_check", "tp_contract"], 60),
    ("contract_to_delivery", "合同履约", "Contract to delivery",
     ["tp_contract", "tp_booking", "tp_loading", "tp_delivery"], 90),
    ("first_to_repeat", "首单到复购", "First contract to repeat contract",
     ["tp_contract", "tp_repeat_contract"], 120),
]

# region: zh, English-speaking, weight, discharge ports, provinces, account managers
REGIONS = {
    "Philippines": ("菲律宾", True, 0.16, ["Manila", "Batangas", "Subic"], ["Luzon", "Visayas", "Mindanao"],
                    ["Maria Santos", "Paolo Reyes"]),
    "Malaysia": ("马来西亚", True, 0.13, ["Port Klang", "Pasir Gudang", "Penang"], ["Selangor", "Johor", "Penang"],
                 ["Aaron Lim", "Siti Rahman"]),
    "UK & Ireland": ("英国及爱尔兰", True, 0.12, ["Tilbury", "Liverpool", "Dublin"], ["England", "Scotland", "Ireland"],
                     ["James Whitfield", "Fiona Byrne"]),
    "East China": ("华东", False, 0.22, ["张家港", "南通", "宁波"], ["江苏", "浙江", "上海", "安徽"], ["周建华", "钱蕾", "沈伟"]),
    "South China": ("华南", False, 0.21, ["麻涌", "南沙", "防城港"], ["广东", "广西", "福建"], ["陈志远", "黄敏"]),
    "North China": ("华北", False, 0.16, ["天津", "青岛", "日照"], ["天津", "河北", "山东"], ["刘振东", "王丽娜"]),
}
REG_NAMES = list(REGIONS)
REG_P = np.array([REGIONS[r][2] for r in REG_NAMES])
REG_P = REG_P / REG_P.sum()
CN_REGIONS = [r for r in REG_NAMES if not REGIONS[r][1]]
# the established book is weighted to East China (head office in Shanghai)
LEGACY_P = np.array([{"East China": 0.29, "South China": 0.18, "North China": 0.15, "Philippines": 0.14,
                      "Malaysia": 0.12, "UK & Ireland": 0.12}[r] for r in REG_NAMES])

CTYPE = {  # type: zh, weight, contract interval days, commodity mix
    "flour_mill": ("面粉厂", 0.27, 38, {"wheat": 1.0}),
    "feed_mill": ("饲料厂", 0.33, 27, {"corn": 0.48, "soybean_meal": 0.30, "sorghum": 0.11, "barley": 0.11}),
    "food_factory": ("食品厂", 0.22, 34, {"wheat": 0.18, "corn": 0.12, "palm_oil": 0.38, "soybean_oil": 0.16,
                                        "sunflower_oil": 0.16}),
    "oil_packer": ("小包装油厂", 0.18, 31, {"soybean_oil": 0.36, "palm_oil": 0.24, "rapeseed_oil": 0.25,
                                        "sunflower_oil": 0.15}),
}
CT_NAMES = list(CTYPE)
CT_P = np.array([CTYPE[t][1] for t in CT_NAMES])
CT_P = CT_P / CT_P.sum()

COMMOD = {  # commodity: zh, USD/t 2025-01, oil?
    "wheat": ("小麦", 262.0, False), "corn": ("玉米", 214.0, False), "soybean_meal": ("豆粕", 372.0, False),
    "sorghum": ("高粱", 236.0, False), "barley": ("大麦", 231.0, False), "palm_oil": ("棕榈油", 955.0, True),
    "soybean_oil": ("豆油", 1035.0, True), "rapeseed_oil": ("菜籽油", 1080.0, True),
    "sunflower_oil": ("葵花籽油", 1110.0, True),
}
# origins: commodity -> [(origin, load port, weight for Asia, weight for UK)]; domestic Chinese ports only to CN
ORIGINS = {
    "wheat": [("Australia", "Kwinana", 0.42, 0.0), ("Canada", "Vancouver", 0.25, 0.3), ("USA", "Portland", 0.18, 0.0),
              ("Russia", "Novorossiysk", 0.15, 0.0), ("France", "Rouen", 0.0, 0.45), ("Germany", "Hamburg", 0.0, 0.25)],
    "corn": [("Brazil", "Santos", 0.35, 0.2), ("Argentina", "Rosario", 0.25, 0.3), ("USA", "New Orleans", 0.25, 0.0),
             ("Ukraine", "Odesa", 0.15, 0.5)],
    "soybean_meal": [("Argentina", "Rosario", 0.6, 0.6), ("Brazil", "Paranagua", 0.4, 0.4)],
    "sorghum": [("Australia", "Brisbane", 0.6, 0.0), ("USA", "Houston", 0.4, 1.0)],
    "barley": [("Australia", "Kwinana", 0.55, 0.0), ("France", "Rouen", 0.2, 0.7), ("Canada", "Vancouver", 0.25, 0.3)],
    "palm_oil": [("Malaysia", "Pasir Gudang", 0.45, 0.5), ("Indonesia", "Dumai", 0.55, 0.5)],
    "soybean_oil": [("Argentina", "Rosario", 0.65, 0.6), ("Brazil", "Paranagua", 0.35, 0.4)],
    "rapeseed_oil": [("Canada", "Vancouver", 0.7, 0.4), ("Ukraine", "Odesa", 0.3, 0.6)],
    "sunflower_oil": [("Ukraine", "Odesa", 0.6, 0.7), ("Russia", "Novorossiysk", 0.4, 0.3)],
}
DOMESTIC = {  # Chinese domestic supply (coastal vessel): commodity -> (share for CN buyers, ports)
    "corn": (0.40, ["锦州港", "鲅鱼圈"]),
    "soybean_meal": (0.35, ["日照", "东莞"]),
}
TRANSIT = {  # origin -> (days to Asia, days to UK)
    "Australia": (14, 36), "Canada": (22, 30), "USA": (30, 22), "Russia": (30, 9), "France": (36, 3),
    "Germany": (40, 2), "Brazil": (38, 17), "Argentina": (40, 20), "Ukraine": (32, 10), "Malaysia": (7, 26),
    "Indonesia": (8, 27), "China": (4, 40),
}
MODE_ZH = {"bulk_vessel": "散货船", "container": "集装箱", "flexitank": "柔性罐箱", "tanker_vessel": "油轮拼舱",
           "coastal_vessel": "内贸散货船"}
SURVEYORS = {"China": ["CCIC 中国检验认证"], "default": ["SGS", "Bureau Veritas", "Intertek"]}
INSPECTORS_CN = ["CCIC 中国检验认证", "中国海关检验检疫", "SGS"]
INSPECTORS_EN = ["SGS", "Intertek", "Bureau Veritas"]
SOURCE_ZH = {"broker": "经纪人介绍", "trade_portal": "贸易平台询盘", "direct": "官网/邮件直询", "trade_show": "展会",
             "referral": "老客户转介绍"}
# channel -> p(sample), p(quote | sample approved or retried), p(credit check | quote), p(contract | credit ok)
ENQ_P = {"broker": (0.66, 0.86, 0.72, 0.80), "trade_portal": (0.19, 0.58, 0.50, 0.62),
         "direct": (0.50, 0.78, 0.64, 0.76), "trade_show": (0.40, 0.74, 0.60, 0.72),
         "referral": (0.72, 0.86, 0.76, 0.84)}
ENQ_CH_P = {"broker": 0.25, "trade_portal": 0.40, "direct": 0.23, "referral": 0.12}
BROKERS_EN = ["Marex Agri Brokers", "Bunge Brokerage Asia", "Tradelink Grains", "Pacific Agri Desk"]
BROKERS_CN = ["粮信经纪", "中储粮经纪服务部", "华粮通", "大宗商品经纪人-老赵"]
PORTALS_EN = ["Alibaba.com", "Tridge", "TradeIndia"]
PORTALS_CN = ["中华粮网", "1688", "找粮网"]
SHOWS = [  # name, first day, days, regions, enquiries
    ("Global Grain Asia 2025", date(2025, 3, 18), 2, ["Philippines", "Malaysia"], 150),
    ("中国国际粮油产品及设备技术展 2025", date(2025, 5, 22), 3, CN_REGIONS, 210),
    ("GAFTA Grain Conference 2025", date(2025, 9, 16), 2, ["UK & Ireland"], 60),
    ("中国饲料工业展 2025", date(2025, 11, 5), 3, CN_REGIONS, 190),
    ("Global Grain Asia 2026", date(2026, 3, 17), 2, ["Philippines", "Malaysia"], 140),
]
TERMS = {  # payment terms: zh, days after invoice, base late probability
    "lc_sight": ("即期信用证", 8, 0.03), "lc_90": ("90天远期信用证", 90, 0.05), "tt_30": ("电汇30天", 30, 0.28),
    "cad": ("付款交单", None, 0.14), "prepay": ("预付款", 0, 0.0),
}
TERMS_BY_REGION = {True: (["lc_sight", "lc_90", "tt_30", "cad"], [0.40, 0.18, 0.25, 0.17]),
                   False: (["lc_sight", "lc_90", "tt_30"], [0.28, 0.32, 0.40])}
UK_TERMS = (["tt_30", "cad", "lc_sight"], [0.55, 0.35, 0.10])
LATE_X = {"flour_mill": 0.85, "feed_mill": 1.55, "food_factory": 0.75, "oil_packer": 0.9}
CREDIT_ZH = {"approved": "通过", "lc_required": "需开信用证", "declined": "拒绝（仅预付款）"}
INSURERS = ["Sinosure 中国信保", "Allianz Trade", "Coface", "Atradius"]
ISSUE_ZH = {"none": "无", "moisture": "水分超标", "short_weight": "短重", "aflatoxin": "黄曲霉毒素超标",
            "foreign_matter": "杂质超标", "low_protein": "蛋白偏低", "high_ffa": "酸价超标"}
INSP_ZH = {"pass": "合格", "off_spec": "超标扣价", "fail": "不合格拒收"}
CLAIM_ACT_ZH = {"settled": "全额赔付", "partially_settled": "部分赔付", "rejected": "拒赔"}
DEM_STATUS_ZH = {"paid": "已付", "unpaid": "未付", "disputed": "争议中", "waived": "已豁免"}
VESSELS = ["MV Ocean Harmony", "MV Golden Barley", "MV Star Aurora", "MV Cape Jasmine", "MV Pacific Grace",
           "MV Nord Rigel", "MV Asia Prosper", "MV Sea Lotus", "MV Great Plains", "MV Bulk Venture"]
COASTAL = ["鑫海6", "华粮12", "安盛188", "中粮海顺", "恒通3"]
TANKERS = ["MT Bochem Oslo", "MT Golden Palm", "MT Eastern Oleo", "MT Chem Ranger"]
LINES = ["Maersk", "COSCO", "CMA CGM", "ONE", "Evergreen"]
COURIERS_EN = ["DHL", "FedEx"]
COURIERS_CN = ["顺丰", "EMS"]

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


def at(day, lo_h=8.5, hi_h=18.5):
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(minutes=int(rng.integers(int(lo_h * 60), int(hi_h * 60))))


def workday(t):
    while t.weekday() >= 5:
        t += D(days=1)
    return t


def in_data(ts):
    return START <= ts <= END


def after(t, lo, hi, work=True):
    """a business-hours time lo..hi days after t (never before t)."""
    d = t + D(days=float(rng.uniform(lo, hi)))
    if work:
        d = workday(d)
    x = at(d.date())
    return x if x > t else t + D(hours=float(rng.uniform(1, 5)))


# ---------------------------------------------------------------- prices
MONTHS = [(y, m) for y in (2024, 2025, 2026) for m in range(1, 13)]
_walk = {}
for _c in COMMOD:
    f = 1.0
    for _ym in MONTHS:
        _walk[(_c, _ym)] = f
        f *= float(np.exp(rng.normal(0.0, 0.022)))


def index_price(commodity, d):
    p = COMMOD[commodity][1] * _walk[(commodity, (d.year, d.month))]
    if commodity == "palm_oil" and d >= PALM_RISE:
        p *= 1.18
    return p


FREIGHT = {"bulk_vessel": (24, 48), "container": (45, 72), "flexitank": (85, 115), "tanker_vessel": (38, 62),
           "coastal_vessel": (11, 18)}


# ---------------------------------------------------------------- rows
def ev(c, ts, tp, action, **kw):
    if not in_data(ts):
        return None
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("E", 7), action=action,
               region=c["region"], account_manager=c["account_manager"], **kw)
    events.append(row)
    return row


def order_row(c, ts, kind, usd, status, oid=None, **kw):
    """orders: a contract row carries its contract number, an invoice row its invoice number."""
    if not in_data(ts):
        return None
    prefix = {"price_adjustment": "PA", "demurrage": "DM"}.get(kind)
    zh = {"contract": "销售合同", "invoice": "发票", "price_adjustment": "质量扣款", "demurrage": "滞期费"}[kind]
    cur = "CNY" if c["region"] in CN_REGIONS else "USD"
    row = dict(order_id=oid or nid(prefix, 6), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(usd, 2),
               status=status, order_type=kind, 单据类型=zh, region=c["region"], currency=cur,
               amount_local=round(usd / CNY_RATE, 2) if cur == "CNY" else round(usd, 2), **kw)
    orders.append(row)
    return row


# ---------------------------------------------------------------- feedback texts
# topic -> language -> [(template, sentiment)]. Markers (unique to their topic): README.md.
TEXTS = {
    "moisture": {
        "zh": [("这船{c}到港化验水分{m}%，超过合同上限，烘干成本全是我们出", "negative"),
               ("新季玉米水分太高了，卸到筒仓里两天就发热，必须尽快处理", "negative"),
               ("水分超标这么多，装港的检验报告是怎么出的？", "negative"),
               ("{c}水分{m}%，按合同要扣价，请尽快确认扣款金额", "negative"),
               ("连续两船水分不合格，再这样我们要换供应商了", "negative"),
               ("到厂抽检水分偏高，部分已经结块，希望以后装港严格把关", "negative")],
        "en": [("Moisture on arrival was {m}%, above the contract max, we have to dry it at our cost", "negative"),
               ("The new-crop corn came in with high moisture and started heating in the silo", "negative"),
               ("How did the load-port certificate pass this? Moisture is way over spec", "negative"),
               ("Moisture {m}% on the {c}, please confirm the discount per the contract", "negative"),
               ("Second cargo in a row with moisture problems, we are reviewing the supplier list", "negative")],
    },
    "short_weight": {
        "zh": [("卸货过磅比提单少了{s}%，短重部分请按合同补偿", "negative"),
               ("柔性罐有渗漏，到厂短重{s}%，底下全是油", "negative"),
               ("又短重了，提单重量和我们地磅对不上", "negative"),
               ("这批{c}短重明显，要求联合复磅", "negative"),
               ("短重问题已经第三次了，请检查装港计量", "negative")],
        "en": [("Outturn was {s}% below the B/L, please settle the short weight", "negative"),
               ("Flexitank leaked in transit, short weight of {s}% and oil all over the container floor", "negative"),
               ("Short weight again, our weighbridge never agrees with your B/L figure", "negative"),
               ("Clear short weight on the {c}, we want a joint re-weigh", "negative"),
               ("Third short weight in a row, please check the load port scales", "negative")],
    },
    "demurrage": {
        "zh": [("滞期费账单我们不认可，卸货慢是因为港口压港，不是我们的原因", "negative"),
               ("这张滞期费发票算了{d}天，我们记录只有{e}天，请核对装卸时间表", "negative"),
               ("滞期费太高了，春节期间港口停工也要算给我们？", "negative"),
               ("收到滞期费的对账单，费率跟合同不一致，请重新开", "negative"),
               ("希望滞期费能协商减免，我们是长期客户", "negative"),
               ("滞期时间计算有误，NOR递交时间不对", "negative")],
        "en": [("We dispute the demurrage invoice, the delay was port congestion, not our receiving", "negative"),
               ("The demurrage bill counts {d} days, our SOF shows {e}. Please recheck the laytime", "negative"),
               ("Demurrage rate on the statement doesn't match the charter terms in our contract", "negative"),
               ("Can the demurrage be waived? We have been a customer for years", "negative"),
               ("Demurrage charged for the holiday when the berth was closed, that is not reasonable", "negative")],
    },
    "claim_slow": {
        "zh": [("理赔拖了{w}周还没结果，财务一直在催", "negative"),
               ("理赔流程太慢，资料交齐一个月了还在审", "negative"),
               ("扣款金额认可，但理赔款迟迟不到账", "negative"),
               ("理赔进度没人跟进，每次都要我们主动问", "negative")],
        "en": [("The claim settlement has taken {w} weeks and we still have no answer", "negative"),
               ("Claim settlement is far too slow, all the paperwork went in a month ago", "negative"),
               ("Agreed the amount, but the claim settlement still hasn't been paid out", "negative"),
               ("Nobody updates us on the claim settlement unless we chase", "negative")],
    },
    "price": {
        "zh": [("{c}又涨价了，每吨贵了{p}美元，我们小包装的利润都没了", "negative"),
               ("这次报价涨价幅度太大，要和别家比一比", "negative"),
               ("涨价能不能提前通知，我们的采购计划要调整", "negative"),
               ("棕榈油涨价太快，今年的成本压力很大", "negative")],
        "en": [("Another price increase on {c}, ${p}/t more than last month", "negative"),
               ("The price increase in this offer is steep, we are comparing other suppliers", "negative"),
               ("Please warn us before a price increase so we can adjust our buying plan", "negative"),
               ("Palm oil price increase this year is hurting our margins", "negative")],
    },
    "late_shipment": {
        "zh": [("船期一拖再拖，我们的库存只够一周了", "negative"),
               ("船期延误了{w}周，生产计划全乱了", "negative"),
               ("订好的船期又变了，能不能给个准信", "negative")],
        "en": [("Late shipment again, our stocks are down to one week of milling", "negative"),
               ("The late shipment pushed our production plan back {w} weeks", "negative"),
               ("Another late shipment, please give us a firm ETA", "negative")],
    },
    "aflatoxin": {
        "zh": [("黄曲霉毒素检测超标，这批货我们只能拒收", "negative"),
               ("黄曲霉检出{a}ppb，远超国标，请立即安排处理", "negative"),
               ("希望装港加测黄曲霉，我们是做食品的，风险太大", "negative")],
        "en": [("Aflatoxin tested at {a} ppb, we cannot use this corn", "negative"),
               ("Aflatoxin over the limit, the cargo has to go back", "negative"),
               ("Please add an aflatoxin test at the load port, we are a food plant", "negative")],
    },
    "sample": {
        "zh": [("样品收到，蛋白和湿面筋都符合要求，可以谈价格", "positive"),
               ("样品化验结果不错，质量指标和报价单一致", "positive"),
               ("样品寄得有点慢，不过质量还行", "neutral"),
               ("样品指标跟规格书不符，需要重新寄", "negative"),
               ("样品酸价偏高，不符合我们的要求", "negative")],
        "en": [("Sample tested well, protein and falling number within our spec", "positive"),
               ("Good sample, the COA matches our lab results", "positive"),
               ("The sample took ten days to arrive but quality was ok", "neutral"),
               ("The sample did not match the spec sheet, please send another", "negative"),
               ("FFA in the sample is too high for our refinery", "negative")],
    },
    "account_manager": {
        "zh": [("我们的客户经理很专业，市场行情讲得很清楚", "positive"),
               ("客户经理响应很快，周末也能联系上", "positive"),
               ("换了客户经理以后沟通顺畅多了", "positive"),
               ("客户经理帮我们锁定了好价格，很感谢", "positive")],
        "en": [("Our account manager knows the market and explains the basis clearly", "positive"),
               ("Great account manager, answers even on weekends", "positive"),
               ("The new account manager has made things much smoother", "positive"),
               ("Our account manager helped us lock in a good price before the rally", "positive")],
    },
    "slow_reply": {
        "zh": [("在平台上发了询价，三天才有人回复，回复慢", "negative"),
               ("平台询价回复慢，等报过来行情都变了", "negative"),
               ("平台留言回复慢，最后还是打电话问的", "negative")],
        "en": [("Sent an enquiry on the portal and you were slow to reply, three days", "negative"),
               ("Very slow to reply to portal messages, the market moved in the meantime", "negative"),
               ("Your team was slow to reply on the platform, we called instead", "negative")],
    },
    "credit_terms": {
        "zh": [("账期只给了预付款，我们做了二十年面粉，太不合理", "negative"),
               ("申请的是电汇30天账期，结果要求开信用证，开证成本太高", "negative"),
               ("账期审核拖了两个星期，差点错过价格窗口", "negative")],
        "en": [("We were only offered prepayment on our credit terms application, after twenty years milling", "negative"),
               ("Asked for 30-day credit terms and got LC only, the bank charges are heavy", "negative"),
               ("The credit terms review took two weeks and we almost missed the price window", "negative")],
    },
    "documents": {
        "zh": [("信用证单证有不符点，银行拒付，耽误了付款", "negative"),
               ("单证寄得太晚，船到了提单还没到", "negative"),
               ("单证上的重量和发票对不上，请更正", "negative")],
        "en": [("Discrepancies in the LC documents, our bank refused them and payment was held up", "negative"),
               ("Shipping documents arrived after the vessel, we could not clear the cargo", "negative"),
               ("The weight on the documents does not match the invoice, please correct", "negative")],
    },
    "generic_pos": {
        "zh": [("合作很愉快，货源稳定", "positive"), ("整体满意，会继续合作", "positive"),
               ("品质一直很稳定，工厂反馈不错", "positive"), ("服务好，价格也公道", "positive"),
               ("对接很顺畅，没什么问题", "positive"), ("这次卸货很顺利，质量也好", "positive")],
        "en": [("Reliable supplier, very happy overall", "positive"), ("Consistent quality, fair pricing", "positive"),
               ("Easy to deal with, no complaints", "positive"), ("Smooth discharge and good quality this time",
                                                                  "positive"),
               ("Good team, quick answers", "positive"), ("Cargo was exactly to spec, thank you", "positive")],
    },
    "generic_neu": {
        "zh": [("还可以吧", "neutral"), ("一般，没什么特别的", "neutral"), ("希望品种再多一些", "neutral"),
               ("中规中矩", "neutral")],
        "en": [("It's fine", "neutral"), ("Nothing special either way", "neutral"),
               ("Would like more origins to choose from", "neutral"), ("Average, does the job", "neutral")],
    },
    "generic_neg": {
        "zh": [("电话经常打不通", "negative"), ("最近服务越来越差", "negative"),
               ("沟通效率低，一件事要说好几遍", "negative"), ("杂质有点多，筛选后损耗不小", "negative")],
        "en": [("Hard to get hold of anyone", "negative"), ("Service has slipped lately", "negative"),
               ("Had to chase the same issue three times", "negative"),
               ("Too much foreign matter, our cleaning losses were high", "negative")],
    },
}
RATING_BY_SENT = {"negative": ([1, 2, 3], [0.48, 0.4, 0.12]), "neutral": ([3, 4], [0.65, 0.35]),
                  "positive": ([4, 5], [0.3, 0.7])}
RATED = {"delivery_survey", "claim_survey", "sample_feedback", "annual_review"}


def say(topic, lang, commodity=None, want=None):
    opts = [x for x in TEXTS[topic][lang] if want is None or want(x[1])]
    tpl, sent = pick(opts)
    cname = ""
    if commodity:
        cname = COMMOD[commodity][0] if lang == "zh" else commodity.replace("_", " ")
    d = int(rng.integers(4, 9))
    return tpl.format(c=cname or ("货" if lang == "zh" else "cargo"), m=round(float(rng.uniform(15.2, 17.4)), 1),
                      s=round(float(rng.uniform(0.8, 3.5)), 1), d=d, e=d - int(rng.integers(1, 4)),
                      w=int(rng.integers(3, 8)), p=int(rng.integers(60, 180)), a=int(rng.integers(25, 90))), sent


def fb(c, ts, topic, channel, tp=None, nps=None, rating=None, lang=None, commodity=None, want=None, **kw):
    """one comment; ts None = undated. A 1-5 rating (from the sentiment) on rated channels."""
    if ts is not None and not in_data(ts):
        return None
    if lang is None:
        lang = c["preferred_language"] if c is not None else pick(["zh", "en"])
    text, sent = say(topic, lang, commodity, want)
    if channel in RATED and rating is None:
        vals, p = RATING_BY_SENT[sent]
        rating = int(pick(vals, p))
    fid = nid("FB", 6)
    anonymous = channel == "wechat_group"
    row = dict(feedback_id=fid, customer_id=c["customer_id"] if c is not None and not anonymous else "",
               ts=tfmt(ts) if ts is not None else "", touchpoint_id=tp or "", channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", text=text,
               language=lang, region=c["region"] if c is not None else "",
               customer_type=c["customer_type"] if c is not None and not anonymous else "", **kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic if not topic.startswith("generic") else "generic",
                      sentiment=sent))
    return row


# ---------------------------------------------------------------- customers
EN_PREFIX = ["Golden", "Pacific", "Northern", "Southern", "Evergreen", "Harbour", "Sunrise", "Prime", "Royal",
             "United", "Riverside", "Summit", "Lighthouse", "Meadow", "Crown"]
EN_CORE = {"flour_mill": "Flour Mills", "feed_mill": "Feeds", "food_factory": "Foods", "oil_packer": "Edible Oils"}
EN_SUFFIX = {"Philippines": "Inc.", "Malaysia": "Sdn Bhd", "UK & Ireland": "Ltd"}
ZH_PREFIX = ["丰源", "金穗", "恒兴", "鑫达", "华粮", "瑞丰", "永盛", "嘉禾", "宏图", "新港", "益民", "福满", "裕丰", "天禾", "润田"]
ZH_CORE = {"flour_mill": "面粉有限公司", "feed_mill": "饲料有限公司", "food_factory": "食品有限公司",
           "oil_packer": "粮油有限公司"}


def new_customer(region, ctype, signup, acq, legacy=False):
    cid = nid("GC", 5)
    en = REGIONS[region][1]
    prov = pick(REGIONS[region][4])
    if en:
        lang = "zh" if rng.random() < (0.14 if region in ("Malaysia", "Philippines") else 0.02) else "en"
        name = f"{pick(EN_PREFIX)} {EN_CORE[ctype]} {EN_SUFFIX[region]}"
    else:
        lang = "en" if rng.random() < 0.03 else "zh"
        name = f"{prov}{pick(ZH_PREFIX)}{ZH_CORE[ctype]}"
    mix = CTYPE[ctype][3]
    primary = pick(list(mix), list(mix.values()))
    cap = {"flour_mill": 180_000, "feed_mill": 240_000, "food_factory": 30_000, "oil_packer": 80_000}[ctype]
    capacity = int(round(cap * float(rng.lognormal(0, 0.5)), -3))
    big = capacity > cap * 1.5
    tier = "strategic" if big and rng.random() < 0.6 else ("key" if capacity > cap * 0.8 else "standard")
    rating = pick(["A", "B", "C"], [0.35, 0.45, 0.20])
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment="", region=region, province=prov,
             acquisition_channel=acq, 获客渠道=SOURCE_ZH.get(acq, "存量客户"), tier=tier, customer_type=ctype,
             客户类型=CTYPE[ctype][0], company_name=name, primary_commodity=primary, 主营品种=COMMOD[primary][0],
             annual_capacity_t=capacity, credit_rating=rating, payment_terms="", 付款条件="",
             account_manager=pick(REGIONS[region][5]), preferred_language=lang, account_opened="")
    customers.append(c)
    return c


def set_terms(c, terms):
    c["payment_terms"] = terms
    c["付款条件"] = TERMS[terms][0]


def default_terms(c):
    if c["region"] == "UK & Ireland":
        return pick(*UK_TERMS)
    return pick(*TERMS_BY_REGION[REGIONS[c["region"]][1]])


# ---------------------------------------------------------------- contract chain
def choose_origin(c, commodity, d):
    region = c["region"]
    if region in CN_REGIONS and commodity in DOMESTIC:
        share, ports = DOMESTIC[commodity]
        if commodity == "corn" and date(2025, 9, 20) <= d <= date(2025, 12, 31):
            share = 0.9          # new-crop north-east corn season
        if rng.random() < share:
            return "China", pick(ports)
    opts = ORIGINS[commodity]
    col = 3 if region == "UK & Ireland" else 2
    w = [o[col] for o in opts]
    o = pick(opts, w)
    return o[0], o[1]


def choose_mode(c, commodity, tonnes, origin):
    oil = COMMOD[commodity][2]
    if origin == "China":
        return "coastal_vessel"
    if oil:
        return "tanker_vessel" if c["customer_type"] == "oil_packer" and tonnes >= 600 else "flexitank"
    return "bulk_vessel" if tonnes >= 2000 else "container"


def tonnage(c, commodity):
    base = {"flour_mill": 6000, "feed_mill": 4000, "food_factory": 420, "oil_packer": 1800}[c["customer_type"]]
    if c["customer_type"] == "food_factory" and COMMOD[commodity][2]:
        base = 260
    t = base * float(rng.lognormal(0, 0.45)) * (1.4 if c["tier"] == "strategic" else 1.0)
    step = 500 if t > 5000 else (100 if t > 1000 else 20)
    return max(step, int(round(t / step)) * step)


STATE: dict[str, dict] = {}


def contract(c, t0, first, channel):
    st = STATE[c["customer_id"]]
    st["seq"] += 1
    commodity = c["primary_commodity"] if rng.random() < 0.72 else pick(
        list(CTYPE[c["customer_type"]][3]), list(CTYPE[c["customer_type"]][3].values()))
    if (c["region"] in CN_REGIONS and c["customer_type"] == "feed_mill"
            and date(2025, 9, 10) <= t0.date() <= date(2025, 10, 25) and rng.random() < 0.75):
        commodity = "corn"       # feed mills stock up on the new north-east crop
    origin, load_port = choose_origin(c, commodity, t0.date())
    tonnes = tonnage(c, commodity)
    mode = choose_mode(c, commodity, tonnes, origin)
    price = index_price(commodity, t0.date()) * float(rng.normal(1.0, 0.015)) + float(rng.uniform(*FREIGHT[mode]))
    price = round(price, 2)
    value = tonnes * price
    cno = f"SC{t0:%y}-{nid('SC', 5)[2:]}"
    incoterm = "DAP" if origin == "China" else pick(["CFR", "CIF"], [0.6, 0.4])
    tp = "tp_contract" if first else "tp_repeat_contract"
    device = pick(["ios", "android"], [0.45, 0.55]) if channel == "wechat" else (
        "pc" if channel == "e_sign_portal" else "")
    ev(c, t0, tp, "signed", session_id=cno, channel=channel, device=device, contract_no=cno,
       contract_seq=st["seq"], commodity=commodity, 品种=COMMOD[commodity][0], origin=origin, load_port=load_port,
       tonnes=tonnes, price_usd_per_t=price, incoterm=incoterm, amount_usd=round(value, 2), shipment_mode=mode,
       运输方式=MODE_ZH[mode])
    st["last_contract"] = t0
    st["dates"].append(t0)
    # washout / cancellation before shipment
    if rng.random() < 0.03:
        order_row(c, t0, "contract", value, "cancelled", oid=cno, contract_no=cno, commodity=commodity,
                  品种=COMMOD[commodity][0], tonnes=tonnes, channel=channel, device=device,
                  cancel_reason=pick(["washout", "buyer_cancelled", "supplier_default"], [0.5, 0.35, 0.15]))
        return
    # booking
    tb = after(t0, 1.5, 8)
    rolled = rng.random() < (0.14 if mode in ("container", "flexitank") else 0.06)
    roll_days = int(rng.integers(7, 18)) if rolled else 0
    vessel = (pick(COASTAL) if mode == "coastal_vessel" else pick(TANKERS) if mode == "tanker_vessel"
              else pick(VESSELS) if mode == "bulk_vessel" else pick(LINES))
    ev(c, tb, "tp_booking", "rolled" if rolled else "booked", session_id=cno, contract_no=cno,
       booking_no=nid("BK", 6), shipment_mode=mode, 运输方式=MODE_ZH[mode], vessel_or_line=vessel,
       rolled_days=roll_days, commodity=commodity, 品种=COMMOD[commodity][0])
    # loading and weighing
    if origin == "China":
        tl = after(tb, 3, 9) + D(days=roll_days)
    else:
        tl = after(tb, 8, 28) + D(days=roll_days)
    loaded = round(tonnes * float(rng.normal(1.0, 0.012)), 1)
    short_load = loaded < tonnes * 0.975
    surveyor = pick(SURVEYORS["China"] if origin == "China" else SURVEYORS["default"])
    bl = nid("BL", 6)
    ev(c, tl, "tp_loading", "loaded_short" if short_load else "loaded", session_id=cno, contract_no=cno, bl_no=bl,
       load_port=load_port, origin=origin, surveyor=surveyor, contract_t=tonnes, loaded_t=loaded,
       shipment_mode=mode, 运输方式=MODE_ZH[mode], commodity=commodity, 品种=COMMOD[commodity][0],
       weigh_method="draft_survey" if mode in ("bulk_vessel", "coastal_vessel", "tanker_vessel") else "weighbridge")
    inv_value = round(loaded * price, 2)
    ti = after(tl, 0.5, 3)
    inv_no = nid("INV", 6)
    terms = c["payment_terms"]
    due_days = TERMS[terms][1]
    # delivery: transit + inspection
    transit = TRANSIT[origin][1 if c["region"] == "UK & Ireland" else 0]
    if c["region"] in CN_REGIONS and origin in ("Malaysia", "Indonesia"):
        transit += 3
    if c["region"] == "Philippines" and origin == "Australia":
        transit -= 3
    td = after(tl, transit * 0.9, transit * 1.15, work=False)
    dport = pick(REGIONS[c["region"]][3])
    issue = "none"
    newcrop = origin == "China" and commodity == "corn" and NEW_CROP[0] <= td.date() <= NEW_CROP[1]
    r = rng.random()
    oil = COMMOD[commodity][2]
    if newcrop:
        issue = "moisture" if r < 0.84 else "none"
    else:
        p_short = {"flexitank": 0.26, "container": 0.025, "bulk_vessel": 0.02, "tanker_vessel": 0.02,
                   "coastal_vessel": 0.035}[mode]
        p_q = {"moisture": 0.0 if oil else 0.022, "aflatoxin": 0.035 if commodity == "corn" else 0.0,
               "foreign_matter": 0.0 if oil else 0.012, "low_protein": 0.02 if commodity in ("wheat", "soybean_meal")
               else 0.0, "high_ffa": 0.03 if oil else 0.0}
        acc = 0.0
        for k, p in [("short_weight", p_short)] + list(p_q.items()):
            acc += p
            if r < acc:
                issue = k
                break
    shortage = round(float(rng.uniform(0.8, 3.6)), 2) if issue == "short_weight" else round(
        float(abs(rng.normal(0.08, 0.12))), 2)
    outturn = round(loaded * (1 - shortage / 100), 1)
    spec_m = {"wheat": 12.5, "corn": 14.0, "soybean_meal": 12.5, "sorghum": 13.5, "barley": 12.5}.get(commodity)
    moisture = None
    if spec_m is not None:
        moisture = round(spec_m + float(rng.uniform(0.8, 3.0)), 1) if issue == "moisture" else round(
            spec_m - float(rng.uniform(0.2, 1.6)), 1)
    if issue == "none":
        action, insp = "accepted", "pass"
    elif issue == "short_weight":
        action, insp = "accepted_discount", "pass"
    elif issue == "aflatoxin":
        action, insp = ("rejected", "fail") if rng.random() < 0.55 else ("accepted_discount", "off_spec")
    elif issue == "moisture":
        action, insp = ("rejected", "fail") if rng.random() < (0.12 if newcrop else 0.08) else (
            "accepted_discount", "off_spec")
    else:
        action, insp = ("rejected", "fail") if rng.random() < 0.08 else ("accepted_discount", "off_spec")
    vessel_mode = mode in ("bulk_vessel", "coastal_vessel", "tanker_vessel")
    laytime = {"bulk_vessel": 5, "coastal_vessel": 3, "tanker_vessel": 2}.get(mode)
    p_dem = 0.10
    dd = td.date()
    if c["region"] in CN_REGIONS and date(2026, 2, 2) <= dd <= date(2026, 3, 6):
        p_dem = 0.70 if c["region"] == "South China" else 0.20
    if c["region"] in CN_REGIONS and date(2025, 1, 20) <= dd <= date(2025, 2, 12):
        p_dem = 0.22
    dem_days = 0.0
    if vessel_mode:
        if rng.random() < p_dem:
            dem_days = round(float(rng.uniform(0.5, 6.5)), 1)
        discharge = round(laytime * float(rng.uniform(0.55, 0.98)), 1) if dem_days == 0 else laytime + dem_days
    else:
        discharge = None
    inspector = pick(INSPECTORS_CN if c["region"] in CN_REGIONS else INSPECTORS_EN)
    protein = round(float(rng.normal(11.8, 0.5)) - (1.2 if issue == "low_protein" else 0), 1) \
        if commodity == "wheat" else (round(float(rng.normal(46.0, 0.6)) - (2.0 if issue == "low_protein" else 0), 1)
                                      if commodity == "soybean_meal" else None)
    ffa = round(float(rng.uniform(0.05, 0.5) if commodity != "palm_oil" else rng.uniform(3.0, 4.8))
                + (1.5 if issue == "high_ffa" else 0), 2) if oil else None
    afla = (int(rng.integers(22, 95)) if issue == "aflatoxin" else int(rng.integers(0, 12))) \
        if commodity == "corn" else None
    tpd = td if td.hour >= 7 else td + D(hours=8)
    dev = ev(c, tpd, "tp_delivery", action, session_id=cno, contract_no=cno, bl_no=bl, discharge_port=dport,
             origin=origin, load_port=load_port, commodity=commodity, 品种=COMMOD[commodity][0],
             shipment_mode=mode, 运输方式=MODE_ZH[mode], transit_days=round((td - tl).total_seconds() / 86400, 1),
             outturn_t=outturn, shortage_pct=shortage, moisture_pct=moisture, protein_pct=protein, ffa_pct=ffa,
             aflatoxin_ppb=afla, inspection_result=insp, 质检结果=INSP_ZH[insp], issue_type=issue,
             问题类型=ISSUE_ZH[issue], inspector=inspector, laytime_days=laytime, discharge_days=discharge,
             demurrage_days=dem_days if vessel_mode else None)
    delivered = dev is not None
    # invoice (on the bill of lading), cancelled when the cargo is rejected
    if terms == "cad":
        due = td
    else:
        due = ti + D(days=due_days)
    ev(c, ti, "tp_invoice", "issued", session_id=cno, contract_no=cno, invoice_no=inv_no, amount_usd=inv_value,
       currency="CNY" if c["region"] in CN_REGIONS else "USD", payment_terms=terms, 付款条件=TERMS[terms][0],
       due_date=due.strftime("%Y-%m-%d"), commodity=commodity, 品种=COMMOD[commodity][0])
    cstatus = "executed" if delivered else "open"
    if action == "rejected" and delivered:
        cstatus = "rejected"
    order_row(c, t0, "contract", value, cstatus, oid=cno, contract_no=cno, commodity=commodity, 品种=COMMOD[commodity][0],
              tonnes=tonnes, channel=channel, device=device, cancel_reason="")
    # payment
    paid_at = None
    if action == "rejected" and delivered:
        inv_status = "cancelled"
    else:
        late_p = TERMS[terms][2] * LATE_X[c["customer_type"]]
        late = rng.random() < late_p
        if terms == "prepay":
            paid_at = ti - D(days=float(rng.uniform(1, 5)))
            days_late = 0
        elif late:
            days_late = int(rng.integers(3, 45))
            paid_at = at(workday(due + D(days=days_late)).date())
        else:
            days_late = 0
            paid_at = at(workday(due - D(days=float(rng.uniform(0, min(6, max(due_days or 1, 1)))))).date())
            if paid_at < ti:
                paid_at = ti + D(hours=3)
        if paid_at <= END:
            inv_status = "paid"
            ev(c, paid_at, "tp_payment", "late" if days_late > 0 else "on_time", session_id=cno, contract_no=cno,
               invoice_no=inv_no, payment_terms=terms, 付款条件=TERMS[terms][0],
               days_to_pay=round((paid_at - ti).total_seconds() / 86400, 1), days_late=days_late,
               amount_usd=inv_value)
            if days_late > 0 and terms.startswith("lc") and rng.random() < 0.35:
                fb(c, paid_at + D(days=float(rng.uniform(0.5, 4))), "documents",
                   pick(["email", "call_note"]), tp="tp_payment")
        else:
            inv_status = "overdue" if due.replace(hour=0) + D(days=1) < END else "unpaid"
            paid_at = None
    order_row(c, ti, "invoice", inv_value, inv_status, oid=inv_no, contract_no=cno, invoice_no=inv_no, commodity=commodity,
              品种=COMMOD[commodity][0], tonnes=loaded, payment_terms=terms, 付款条件=TERMS[terms][0],
              due_date=due.strftime("%Y-%m-%d"), paid_at=tfmt(paid_at) if paid_at else "")
    if not delivered:
        return
    st["bad"] += int(action != "accepted")
    if action != "accepted":
        st["bad_dates"].append(td)
    # demurrage bill
    if dem_days > 0:
        rate = {"bulk_vessel": 14500, "coastal_vessel": 4200, "tanker_vessel": 6500}[mode] * float(
            rng.uniform(0.85, 1.15))
        dts = after(td, 8, 25)
        dstatus = pick(["paid", "disputed", "waived", "unpaid"], [0.58, 0.2, 0.1, 0.12])
        if dstatus == "paid" and dts + D(days=30) > END:
            dstatus = "unpaid"
        order_row(c, dts, "demurrage", dem_days * rate, dstatus, contract_no=cno, commodity=commodity,
                  品种=COMMOD[commodity][0], demurrage_days=dem_days, discharge_port=dport,
                  状态=DEM_STATUS_ZH[dstatus])
        if rng.random() < (0.92 if dstatus == "disputed" else 0.45):
            fb(c, after(dts, 0.5, 6), "demurrage", pick(["email", "call_note"], [0.6, 0.4]), tp="tp_invoice")
    # delivery survey (buyers with a problem answer more often)
    if rng.random() < (0.32 if issue == "none" else 0.6):
        ts = after(td, 1, 6)
        if issue == "moisture":
            topic = "moisture"
        elif issue == "short_weight":
            topic = "short_weight"
        elif issue == "aflatoxin":
            topic = "aflatoxin"
        elif issue != "none":
            topic = "generic_neg"
        elif dem_days > 0 and rng.random() < 0.3:
            topic = "demurrage"
        elif rolled and rng.random() < 0.6:
            topic = "late_shipment"
        else:
            topic = pick(["generic_pos", "account_manager", "generic_neu", "generic_neg"], [0.58, 0.2, 0.16, 0.06])
        fb(c, ts, topic, "delivery_survey", tp="tp_delivery", commodity=commodity)
    # quality claim
    claim = (action == "accepted_discount" and rng.random() < 0.88) or (action == "accepted" and rng.random() < 0.012)
    if claim:
        reason = issue if issue not in ("none",) else pick(["foreign_matter", "short_weight"])
        tc = after(td, 2, 12)
        pct = {"moisture": 0.03, "short_weight": shortage / 100, "aflatoxin": 0.06, "foreign_matter": 0.015,
               "low_protein": 0.025, "high_ffa": 0.02}[reason]
        claimed = round(inv_value * pct * float(rng.uniform(0.9, 1.3)), 2)
        outcome = pick(["settled", "partially_settled", "rejected"],
                       [0.38, 0.32, 0.30] if reason == "short_weight" else [0.55, 0.30, 0.15])
        agreed = claimed if outcome == "settled" else (round(claimed * float(rng.uniform(0.35, 0.75)), 2)
                                                       if outcome == "partially_settled" else 0.0)
        sd = float(rng.gamma(4.0, (9.0 if reason == "short_weight" else 4.5)))
        if c["region"] in CN_REGIONS:
            sd *= 1.25
        settle_days = round(sd, 1)
        ev(c, tc, "tp_claim", outcome, session_id=cno, contract_no=cno, claim_no=nid("CL", 5), claim_reason=reason,
           索赔原因=ISSUE_ZH[reason], 处理结果=CLAIM_ACT_ZH[outcome], claimed_usd=claimed, agreed_usd=agreed,
           settle_days=settle_days, commodity=commodity, 品种=COMMOD[commodity][0], shipment_mode=mode,
           运输方式=MODE_ZH[mode])
        tdec = tc + D(days=settle_days)
        if agreed > 0:
            order_row(c, tdec, "price_adjustment", -agreed, "issued", contract_no=cno, commodity=commodity,
                      品种=COMMOD[commodity][0], claim_reason=reason, 索赔原因=ISSUE_ZH[reason])
        if rng.random() < 0.5:
            if settle_days > 30 and rng.random() < 0.85:
                topic = "claim_slow"
            elif outcome == "rejected":
                topic = "generic_neg"
            else:
                topic = pick(["generic_pos", "generic_neu", "account_manager"], [0.55, 0.3, 0.15])
            fb(c, after(tdec, 1, 5), topic, "claim_survey", tp="tp_claim", commodity=commodity)
    if action != "accepted" and issue == "moisture" and rng.random() < 0.5:
        fb(c, after(td, 2, 8), "moisture", "call_note", tp="tp_delivery", commodity=commodity)


# ---------------------------------------------------------------- account life
def season(d, region):
    """contract frequency multiplier: buying ahead of Chinese New Year, the holiday lull."""
    if region in CN_REGIONS:
        if date(2025, 1, 6) <= d <= date(2025, 1, 24) or date(2026, 1, 19) <= d <= date(2026, 2, 12):
            return 1.7
        if date(2025, 1, 27) <= d <= date(2025, 2, 5) or date(2026, 2, 14) <= d <= date(2026, 2, 23):
            return 0.1
    if region == "UK & Ireland" and (d.month == 12 and d.day > 20 or d.month == 1 and d.day < 3):
        return 0.2
    return 1.0


CONTRACT_CH = {True: (["email", "broker", "e_sign_portal"], [0.55, 0.25, 0.20]),
               False: (["wechat", "email", "broker", "e_sign_portal"], [0.45, 0.2, 0.15, 0.2])}


def account_life(c, t_first):
    """repeat contracts after the first one (or from START for a pre-2025 account) until churn or data end."""
    st = STATE[c["customer_id"]]
    interval = CTYPE[c["customer_type"]][2] * (0.75 if c["tier"] == "strategic" else 1.0)
    t = t_first
    churn = 0.028
    while True:
        gap = float(rng.gamma(3.0, interval / 3.0))
        t_next = t + D(days=gap)
        s = season(t_next.date(), c["region"])
        if s < 1.0 and rng.random() > s:
            t_next += D(days=9)
        elif s > 1.0 and rng.random() < (s - 1.0):
            t_next -= D(days=gap * 0.4)
            if t_next <= t:
                t_next = t + D(days=3)
        t_next = at(workday(t_next).date(), 9, 18)
        if t_next > END:
            break
        if rng.random() < churn + 0.09 * min(st["bad"], 3):
            break
        t = t_next
        contract(c, t, False, pick(*CONTRACT_CH[REGIONS[c["region"]][1]]))


def enquiry(region, t_enq, channel, source_detail):
    ctype = pick(CT_NAMES, CT_P)
    c = new_customer(region, ctype, t_enq, channel)
    STATE[c["customer_id"]] = dict(seq=0, bad=0, last_contract=None, dates=[], bad_dates=[])
    commodity = c["primary_commodity"]
    eno = nid("ENQ", 5)
    device = pick(["pc", "ios", "android"], [0.55, 0.2, 0.25]) if channel == "trade_portal" else ""
    est = tonnage(c, commodity)
    ev(c, t_enq, "tp_enquiry", "logged", session_id=eno, channel=channel, device=device, enquiry_no=eno,
       source_detail=source_detail, commodity=commodity, 品种=COMMOD[commodity][0], est_tonnes=est,
       target_incoterm=pick(["CFR", "CIF", "FOB", "DAP"], [0.45, 0.3, 0.1, 0.15]))
    p_s, p_q, p_c, p_k = ENQ_P[channel]
    if c["region"] == "UK & Ireland":
        p_k *= 0.95
    if channel == "trade_portal" and rng.random() < 0.12:
        fb(c, after(t_enq, 1, 4), "slow_reply", "portal_message", tp="tp_enquiry", platform=source_detail)
    if rng.random() >= p_s:
        return c
    slow = D(days=float(rng.uniform(15, 40))) if rng.random() < 0.10 else D(0)
    ts = after(t_enq, 2, 9) + slow
    ok = rng.random() < 0.80
    courier = pick(COURIERS_CN if c["region"] in CN_REGIONS else COURIERS_EN)
    spec = {"wheat": "protein ≥ 11.5%, moisture ≤ 12.5%", "corn": "moisture ≤ 14%, aflatoxin ≤ 20 ppb",
            "soybean_meal": "protein ≥ 46%, moisture ≤ 12.5%", "sorghum": "moisture ≤ 13.5%, tannin ≤ 0.5%",
            "barley": "moisture ≤ 12.5%, test weight ≥ 62 kg/hl", "palm_oil": "FFA ≤ 5%, M&I ≤ 0.25%",
            "soybean_oil": "FFA ≤ 0.5%, phosphorus ≤ 200 ppm", "rapeseed_oil": "FFA ≤ 1%, erucic acid ≤ 2%",
            "sunflower_oil": "FFA ≤ 0.5%, M&I ≤ 0.2%"}[commodity]
    ev(c, ts, "tp_sample", "approved" if ok else "off_spec", session_id=eno, sample_no=nid("SMP", 5),
       commodity=commodity, 品种=COMMOD[commodity][0], sample_kg=pick([1, 2, 5]), courier=courier, quality_spec=spec,
       lab_days=int(rng.integers(2, 9)))
    if rng.random() < 0.35:
        topic = "sample" if rng.random() < 0.8 else ("generic_pos" if ok else "generic_neg")
        # the comment's sentiment follows the lab result
        fb(c, after(ts, 1, 5), topic, "sample_feedback", tp="tp_sample", commodity=commodity,
           want=(lambda s: s != "negative") if ok else (lambda s: s == "negative"))
    if not ok:
        if rng.random() < 0.6:
            return c
        ts = after(ts, 5, 12)
        ok2 = rng.random() < 0.7
        ev(c, ts, "tp_sample", "approved" if ok2 else "off_spec", session_id=eno, sample_no=nid("SMP", 5),
           commodity=commodity, 品种=COMMOD[commodity][0], sample_kg=pick([1, 2, 5]), courier=courier,
           quality_spec=spec, lab_days=int(rng.integers(2, 9)))
        if not ok2:
            return c
    if rng.random() >= p_q:
        return c
    tq = after(ts, 2, 9)
    variant = None
    if date(2025, 3, 1) <= tq.date() <= date(2026, 3, 31):
        variant = pick(["valid_24h", "valid_72h"])
        experiments.append(dict(experiment_id="quote_validity_2025", variant=variant, customer_id=c["customer_id"],
                                assigned_at=tfmt(tq - D(minutes=int(rng.integers(2, 30))))))
        p_c *= 0.84 if variant == "valid_24h" else 1.14
        p_k *= 0.88 if variant == "valid_24h" else 1.08
    price = round(index_price(commodity, tq.date()) * float(rng.normal(1.0, 0.02)) + float(
        rng.uniform(30, 70)), 2)
    valid = {"valid_24h": 24, "valid_72h": 72}.get(variant, 48)
    qno = nid("QT", 5)
    qrow = dict(session_id=eno, quote_no=qno, commodity=commodity, 品种=COMMOD[commodity][0], tonnes=est,
                incoterm=pick(["CFR", "CIF"]), price_usd_per_t=price, valid_hours=valid,
                price_basis=pick(["flat", "futures_basis"], [0.6, 0.4]))
    ev(c, tq, "tp_quote", "sent", **qrow)
    if rng.random() < 0.25:
        tq = after(tq, 1, 4)
        qrow.update(quote_no=nid("QT", 5), price_usd_per_t=round(price * float(rng.uniform(0.975, 0.995)), 2))
        ev(c, tq, "tp_quote", "revised", **qrow)
    if rng.random() < (0.55 if commodity == "palm_oil" and tq.date() >= PALM_RISE else 0.08):
        fb(c, after(tq, 0.2, 3), "price", pick(["email", "call_note"]), tp="tp_quote", commodity=commodity)
    if rng.random() >= p_c:
        return c
    tcr = after(tq, 2, 9) + (D(days=float(rng.uniform(12, 30))) if rng.random() < 0.08 else D(0))
    dec_p = {"A": 0.04, "B": 0.12, "C": 0.44}[c["credit_rating"]]
    requested = default_terms(c)
    r = rng.random()
    if r < dec_p:
        result = "declined"
    elif r < dec_p + (0.35 if requested not in ("lc_sight", "lc_90") else 0.0) * (
            1.4 if c["credit_rating"] == "C" else 0.8):
        result = "lc_required"
    else:
        result = "approved"
    approved_terms = requested if result == "approved" else ("lc_sight" if result == "lc_required" else "prepay")
    ev(c, tcr, "tp_credit_check", result, session_id=eno, application_no=nid("CR", 5), requested_terms=requested,
       credit_rating=c["credit_rating"], 审核结果=CREDIT_ZH[result], approved_terms=approved_terms,
       insurer=pick(INSURERS, [0.45, 0.2, 0.2, 0.15]) if c["region"] in CN_REGIONS else pick(INSURERS[1:]),
       insured_limit_usd=int(round(est * price * float(rng.uniform(0.6, 2.0)), -4)) if result != "declined" else 0,
       review_days=round((tcr - tq).total_seconds() / 86400, 1))
    if result != "approved" and rng.random() < 0.3:
        fb(c, after(tcr, 0.5, 5), "credit_terms", pick(["email", "call_note"]), tp="tp_credit_check")
    set_terms(c, approved_terms)
    go = p_k * (0.25 if result == "declined" else (0.85 if result == "lc_required" else 1.0))
    if rng.random() >= go:
        return c
    tk = after(tcr, 1.5, 10)
    ch = pick(*CONTRACT_CH[REGIONS[c["region"]][1]])
    if not in_data(tk):
        return c
    contract(c, tk, True, ch)
    c["account_opened"] = tk.strftime("%Y-%m-%d")
    account_life(c, tk)
    return c


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    # pre-2025 accounts
    legacy = []
    for _ in range(N_LEGACY):
        region = pick(REG_NAMES, LEGACY_P)
        ctype = pick(CT_NAMES, CT_P)
        opened = datetime(2015, 1, 1) + D(days=int(rng.integers(0, 3640)))
        acq = pick(["broker", "direct", "trade_show", "referral"], [0.4, 0.25, 0.15, 0.2])
        c = new_customer(region, ctype, at(opened.date()), acq, legacy=True)
        c["account_opened"] = opened.strftime("%Y-%m-%d")
        set_terms(c, default_terms(c))
        STATE[c["customer_id"]] = dict(seq=int(rng.integers(5, 60)), bad=0, last_contract=None, dates=[],
                                       bad_dates=[])
        legacy.append(c)
    for c in legacy:
        interval = CTYPE[c["customer_type"]][2]
        t0 = START - D(days=float(rng.uniform(60, 60 + interval)))   # shipments of late-2024 contracts in flight
        account_life(c, t0)
    # enquiries spread over the period
    span = (LEAD_END - START).days
    for _ in range(N_ENQ_SPREAD):
        region = pick(REG_NAMES, REG_P)
        t = at(workday(START + D(days=int(rng.integers(0, span)))).date(), 7.5, 21)
        ch = pick(list(ENQ_CH_P), list(ENQ_CH_P.values()))
        en = REGIONS[region][1]
        detail = {"broker": pick(BROKERS_EN if en else BROKERS_CN), "trade_portal": pick(PORTALS_EN if en else PORTALS_CN),
                  "direct": pick(["website_form", "email"]), "referral": "existing_customer"}[ch]
        enquiry(region, t, ch, detail)
    for name, first, days, regions, n in SHOWS:
        for _ in range(n):
            region = pick(regions)
            t = at(first + D(days=int(rng.integers(0, days))), 9, 18)
            enquiry(region, t, "trade_show", name)
    # NPS waves
    waves = [("2025-06", date(2025, 6, 9), date(2025, 6, 27)), ("2025-12", date(2025, 12, 1), date(2025, 12, 19)),
             ("2026-06", date(2026, 6, 1), date(2026, 6, 19))]
    for wave, a, b in waves:
        wa = datetime(a.year, a.month, a.day)
        for c in customers:
            st = STATE[c["customer_id"]]
            if not any(wa - D(days=120) <= t <= wa for t in st["dates"]):
                continue
            if rng.random() > 0.55:
                continue
            ts = at(a + D(days=int(rng.integers(0, (b - a).days + 1))), 8, 21)
            bad = sum(wa - D(days=180) <= t <= wa for t in st["bad_dates"])
            base = 8.3 - 1.4 * min(bad, 3)
            north_corn = (wave == "2025-12" and c["region"] in ("North China", "East China")
                          and c["customer_type"] == "feed_mill")
            if north_corn:
                base -= 2.6
            oilbuyer = c["primary_commodity"] == "palm_oil" and wave == "2026-06"
            if oilbuyer:
                base -= 1.8
            score = int(np.clip(round(rng.normal(base, 1.7)), 0, 10))
            if score >= 9:
                topic = pick(["account_manager", "generic_pos"], [0.5, 0.5])
            elif score >= 7:
                topic = pick(["generic_pos", "generic_neu"], [0.5, 0.5])
            else:
                topic = ("moisture" if north_corn and rng.random() < 0.6 else
                         "price" if oilbuyer and rng.random() < 0.6 else
                         pick(["generic_neg", "late_shipment", "demurrage", "claim_slow"], [0.5, 0.2, 0.15, 0.15]))
            fb(c, ts, topic, "nps_survey", nps=score, survey_wave=wave, commodity=c["primary_commodity"])
    # WeChat buyer group exports (undated, anonymous) and annual account reviews typed in later (undated)
    cn_accounts = [c for c in customers if c["region"] in CN_REGIONS and c["account_opened"]]
    for _ in range(105):
        c = pick(cn_accounts)
        topic = pick(["moisture", "demurrage", "price", "late_shipment", "generic_pos", "generic_neg", "short_weight"],
                     [0.2, 0.2, 0.15, 0.1, 0.2, 0.1, 0.05])
        tp = {"moisture": "tp_delivery", "demurrage": "tp_invoice", "price": "tp_quote", "late_shipment": "tp_booking",
              "short_weight": "tp_delivery"}.get(topic)
        fb(c, None, topic, "wechat_group", tp=tp, lang="zh")
    accounts = [c for c in customers if c["account_opened"]]
    for _ in range(44):
        c = pick(accounts)
        topic = pick(["account_manager", "generic_pos", "generic_neu", "claim_slow", "credit_terms"],
                     [0.3, 0.35, 0.15, 0.1, 0.1])
        fb(c, None, topic, "annual_review", review_year="2025")
    # segments at the extract
    for c in customers:
        st = STATE[c["customer_id"]]
        lc = st["last_contract"]
        opened = c["account_opened"]
        if lc is None and opened:
            c["segment"] = "lapsed"          # a pre-2025 account with no contract in the data
        elif lc is None:
            last = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S")
            c["segment"] = "prospect" if (END - last).days <= 45 else "lost_lead"
        elif (END - lc).days > 90:
            c["segment"] = "lapsed"
        elif opened and opened >= "2026-04-01":
            c["segment"] = "new_account"
        else:
            c["segment"] = "active"
    # a few dispatch-system re-syncs: exact duplicate loading rows
    loads = [e for e in events if e["touchpoint_id"] == "tp_loading"]
    for i in rng.choice(len(loads), 24, replace=False):
        events.append(dict(loads[int(i)]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    feedback.sort(key=lambda f: (f["ts"] == "", f["ts"], f["feedback_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    write(out / "experiments.csv", experiments)
    write(out / "_truth" / "feedback_truth.csv", truth)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    seen = set()
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
