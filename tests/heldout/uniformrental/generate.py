"""衣链 WearLink Workwear: B2B uniform and workwear rental with weekly laundry routes for factories, hotels and
hospitals in 苏州 Suzhou, 上海 Shanghai, 东莞 Dongguan, 天津 Tianjin, 成都 Chengdu and one overseas branch in
Ho Chi Minh City 胡志明市 (Vietnam) (synthetic, written blind).

A business enquires (询价咨询: website form, WeChat mini-program, phone, paid-search landing page, a public
procurement / tender portal, or a referral from an existing customer), a sales rep visits (销售拜访), we send a
quote (方案报价, sometimes revised), the customer signs a rental contract (签订合同; a one-off set-up fee order), we
measure every wearer (量体: on site or from a self-reported size form, sometimes rescheduled), issue the first
garments (首批发放: complete, or partial when sizes are out of stock), then run the weekly route: pick up soiled
garments (收取脏衣: collected / missed), wash and check them at the city plant (洗涤质检: passed / rewash), deliver
clean ones (洁衣配送: on_time / late / short), repair torn garments (缝补维修). Wearers join and leave (人员增减),
quarterly stocktakes charge for missing garments (盘点丢失计费), invoices are monthly (月度账单), customers dispute
charges (账单争议), call the service desk (客服热线), use the customer portal (客户门户), get a renewal offer 60 days
before the term ends (续约沟通), renew (续约签订) or not, or terminate early (解约).

Data 2025-01-01 .. 2026-06-30 (extract taken 2026-07-03). Times are naive local times of each city. Money
(orders.amount) is CNY, the group's reporting currency; currency + amount_local keep what Ho Chi Minh City invoiced
in VND.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
DG_REPLAN = (datetime(2025, 9, 1), datetime(2025, 11, 1))    # Dongguan new route-planning system: late deliveries
TJ_WASHER = (datetime(2026, 1, 5), datetime(2026, 4, 1))     # Tianjin plant: new tunnel washer, hard water, rewash
PRICE_2026 = datetime(2026, 1, 1)                              # annual price adjustment +6 % on every invoice
EXP = (datetime(2025, 7, 1), datetime(2026, 1, 1))              # A/B: SMS pickup reminder the day before
HOLIDAYS = [(datetime(2025, 1, 27), datetime(2025, 2, 5)), (datetime(2026, 2, 14), datetime(2026, 2, 24))]
N_LEADS = 900
N_LEGACY = 140

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "询价咨询", "Enquiry", "awareness", "web", "digital", "sales",
     "询价|咨询|留资|询盘|招标公告|enquiry|inquiry|lead|rfq|tender notice"),
    ("tp_sales_visit", "销售拜访", "Sales visit", "consideration", "other", "physical", "sales",
     "拜访|上门拜访|面谈|看厂|sales visit|site visit|meeting|walkthrough"),
    ("tp_quote", "方案报价", "Quote", "consideration", "email", "digital", "sales",
     "报价|报价单|方案|投标|quote|quotation|proposal|bid|pricing"),
    ("tp_contract", "签订合同", "Contract signed", "purchase", "other", "digital", "sales",
     "签约|合同|成交|中标|contract|signed|won|deal closed|agreement"),
    ("tp_sizing", "量体", "Sizing visit", "purchase", "other", "physical", "onboarding",
     "量体|量尺寸|尺码采集|测量|sizing|fitting|measuring|size survey"),
    ("tp_garment_issue", "首批发放", "Garment issue", "purchase", "other", "physical", "onboarding",
     "发放|首批发放|发衣服|配发|上线|garment issue|initial issue|rollout|go-live|first issue"),
    ("tp_pickup", "收取脏衣", "Route pickup", "service", "other", "physical", "logistics",
     "收衣|取件|收脏衣|上门收取|pickup|collection|soiled pickup|route stop"),
    ("tp_laundry", "洗涤质检", "Wash & QC", "service", "other", "physical", "plant",
     "洗涤|清洗|洗衣厂|质检|返洗|wash|laundry|washing|QC|rewash|plant"),
    ("tp_delivery", "洁衣配送", "Route delivery", "service", "other", "physical", "logistics",
     "送衣|配送|送货|回送|delivery|drop-off|clean delivery|route delivery"),
    ("tp_repair", "缝补维修", "Repairs", "service", "other", "physical", "plant",
     "缝补|修补|换拉链|换扣子|维修|repair|mending|alteration|sewing room"),
    ("tp_wearer_change", "人员增减", "Wearer changes", "service", "web", "digital", "customer_service",
     "新员工入职|离职退衣|增员|减员|加人|starters|leavers|new starter|wearer change|add wearer"),
    ("tp_missing_charge", "盘点丢失计费", "Missing garment charges", "service", "email", "digital", "finance",
     "盘点|丢失|丢衣服|丢失费|赔偿|stocktake|missing garments|loss charge|lost garments|shrinkage charge"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "账单|发票|月结|对账|invoice|bill|statement|billing"),
    ("tp_dispute", "账单争议", "Billing dispute", "service", "email", "digital", "finance",
     "争议|异议|投诉账单|扣款争议|红冲|dispute|query|credit note|challenge|billing complaint"),
    ("tp_service_desk", "客服热线", "Service desk", "service", "phone", "digital", "customer_service",
     "客服|热线|400电话|工单|投诉|service desk|helpdesk|hotline|ticket|customer service"),
    ("tp_portal", "客户门户", "Customer portal", "service", "web", "digital", "customer_service",
     "门户|客户后台|网上下单|portal|customer portal|online account|self-service"),
    ("tp_renewal_offer", "续约沟通", "Renewal offer", "loyalty", "email", "digital", "account_mgmt",
     "续约报价|续约通知|到期提醒|renewal offer|renewal notice|renewal quote"),
    ("tp_renewal", "续约签订", "Contract renewed", "loyalty", "other", "digital", "account_mgmt",
     "续约|续签|续签合同|renewal|renewed|re-signed|extension signed"),
    ("tp_cancellation", "解约", "Cancellation", "loyalty", "other", "digital", "account_mgmt",
     "解约|不续约|终止合作|退租|流失|cancellation|termination|churn|non-renewal|not renewed"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("enquiry_to_contract", "询价签约", "Enquiry to contract",
     ["tp_enquiry", "tp_sales_visit", "tp_quote", "tp_contract"], 45),
    ("onboarding", "新客上线", "Onboarding (contract to first issue)",
     ["tp_contract", "tp_sizing", "tp_garment_issue"], 30),
    ("weekly_cycle", "每周收洗送", "Weekly laundry cycle", ["tp_pickup", "tp_laundry", "tp_delivery"], 5),
    ("renewal", "合同续约", "Contract renewal", ["tp_renewal_offer", "tp_renewal"], 60),
]

# city: zh, region, region_zh, currency, CNY per local unit, lead weight, plant, industry weights f/ht/hs,
#       English-speaking share, route codes
CITIES = {
    "Suzhou": ("苏州", "East China", "华东", "CNY", 1.0, 0.24, "SZ-SIP 苏州工业园区洗涤厂", (0.70, 0.15, 0.15), 0.06, "SZ"),
    "Shanghai": ("上海", "East China", "华东", "CNY", 1.0, 0.20, "SH-Minhang 上海闵行洗涤厂", (0.25, 0.40, 0.35), 0.25,
                 "SH"),
    "Dongguan": ("东莞", "South China", "华南", "CNY", 1.0, 0.20, "DG-Changan 东莞长安洗涤厂", (0.80, 0.12, 0.08), 0.04,
                 "DG"),
    "Tianjin": ("天津", "North China", "华北", "CNY", 1.0, 0.14, "TJ-TEDA 天津经开区洗涤厂", (0.50, 0.25, 0.25), 0.05, "TJ"),
    "Chengdu": ("成都", "Southwest China", "西南", "CNY", 1.0, 0.12, "CD-Shuangliu 成都双流洗涤厂", (0.40, 0.30, 0.30),
                0.04, "CD"),
    "Ho Chi Minh City": ("胡志明市", "Southeast Asia", "东南亚", "VND", 1 / 3450, 0.10,
                         "HCM-Binh Duong 平阳洗涤厂", (0.75, 0.20, 0.05), 0.70, "HCM"),
}
INDUSTRY = {"factory": "工厂", "hotel": "酒店", "hospital": "医院"}
GARMENTS = {  # type: zh, industry, weight within industry, weekly CNY per wearer, replacement CNY
    "coverall": ("连体工作服", "factory", 0.40, 16, 180), "two_piece": ("分体工装", "factory", 0.35, 15, 150),
    "cleanroom_suit": ("无尘服", "factory", 0.15, 26, 260), "fr_coverall": ("阻燃工作服", "factory", 0.10, 30, 420),
    "chef_whites": ("厨师服", "hotel", 0.40, 22, 130), "front_office": ("前厅制服", "hotel", 0.30, 32, 280),
    "housekeeping": ("客房服", "hotel", 0.30, 18, 110),
    "scrubs": ("刷手服", "hospital", 0.55, 20, 90), "lab_coat": ("白大褂", "hospital", 0.25, 18, 120),
    "nurse_uniform": ("护士服", "hospital", 0.20, 19, 110),
}
ACQ = {  # acquisition_channel: zh, events.channel of the enquiry, weight (factory/hotel), weight hospital, HCMC
    "website": ("官网", "web", 0.24, 0.12, 0.35),
    "wechat_mini_program": ("微信小程序", "mini_program", 0.20, 0.08, 0.0),
    "phone": ("电话", "phone", 0.18, 0.12, 0.22),
    "paid_search": ("搜索广告", "ads", 0.16, 0.05, 0.20),
    "tender_portal": ("招标平台", "tender_portal", 0.08, 0.55, 0.08),
    "referral": ("老客户推荐", "referral", 0.14, 0.08, 0.15),
}
# visit | enquiry, quote | visit, contract | quote (the last quote), by events.channel of the enquiry
STEP_P = {"web": (0.72, 0.86, 0.44), "mini_program": (0.66, 0.84, 0.40), "phone": (0.80, 0.88, 0.48),
          "ads": (0.42, 0.80, 0.36), "tender_portal": (0.88, 0.95, 0.11), "referral": (0.92, 0.93, 0.66)}
DELAYS = {"route_replanning": "排线调整", "traffic": "交通拥堵", "vehicle_breakdown": "车辆故障",
          "rewash": "返洗延误", "driver_shortage": "司机不足"}
REWASH = {"oil_stains": "油污残留", "hard_water_marks": "水垢黄斑", "blood_stains": "血渍残留",
          "odour": "异味", "lint": "起毛粘絮"}
MISSED = {"not_ready": "脏衣未备好", "site_closed": "客户停工", "gate_access": "门禁进不去", "no_contact": "联系不上对接人"}
REPAIRS = {"zip": "拉链损坏", "button": "纽扣脱落", "tear": "破洞撕裂", "hem": "裤脚开线", "reflective_tape": "反光条脱落",
           "name_patch": "名牌绣字"}
REPAIR_W = {"factory": (0.34, 0.08, 0.25, 0.12, 0.16, 0.05), "hotel": (0.10, 0.35, 0.15, 0.20, 0.0, 0.20),
            "hospital": (0.05, 0.30, 0.20, 0.25, 0.0, 0.20)}
TICKETS = {  # category: zh, weight, median hours
    "billing": ("账单问题", 0.22, 30), "delivery": ("配送问题", 0.13, 6), "missing_garment": ("衣物丢失", 0.14, 48),
    "size_exchange": ("尺码更换", 0.15, 72), "wash_quality": ("洗涤质量", 0.10, 24), "repair": ("缝补维修", 0.10, 60),
    "wearer_change": ("人员增减", 0.11, 20), "other": ("其他", 0.05, 12)}
NONRENEW = {"price_increase": "涨价", "service_quality": "服务质量", "switched_supplier": "换供应商",
            "business_closed": "停产关店", "insourced": "自建洗衣房"}
TERMINATE = {"service_quality": "服务质量", "business_closed": "停产关店", "switched_supplier": "换供应商",
             "budget_cut": "预算削减"}
DISPUTES = {"missing_charge": "丢失费争议", "invoice_error": "账单金额错误", "price": "价格异议"}
ORDER_ZH = {"setup_fee": "开户费", "rental_fee": "租赁服务费", "missing_charge": "丢失赔偿费",
            "early_termination_fee": "提前解约费"}
DRIVERS = ["王师傅", "李师傅", "张师傅", "刘师傅", "陈师傅", "杨师傅", "赵师傅", "黄师傅", "周师傅", "吴师傅", "徐师傅",
           "孙师傅", "胡师傅", "朱师傅", "高师傅", "林师傅"]
VN_DRIVERS = ["Nguyen Van An", "Tran Minh Duc", "Le Hoang Nam", "Pham Quoc Bao"]
REPS = {c: [f"{v[9]}-S{i}" for i in range(1, 4 + (c in ("Suzhou", "Shanghai")))] for c, v in CITIES.items()}
WAVES = [("2025-06", datetime(2025, 6, 9)), ("2025-12", datetime(2025, 12, 8)), ("2026-06", datetime(2026, 6, 8))]

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
exps: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(items, p=None):
    items = list(items)
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return items[rng.choice(len(items), p=p)]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def dfmt(t):
    return t.strftime("%Y-%m-%d")


def at(day, lo=8, hi=18):
    return datetime(day.year, day.month, day.day) + D(minutes=int(rng.integers(lo * 60, hi * 60)))


def later(t, lo, hi, hlo=8, hhi=18):
    x = at(t + D(days=int(rng.integers(lo, hi + 1))), hlo, hhi)
    return x if x > t else t + D(minutes=int(rng.integers(20, 180)))


def in_holiday(t):
    return any(a <= t < b for a, b in HOLIDAYS)


def ev(c, ts, tp, action, channel="", **kw):
    if ts < START or ts > END:
        return None
    cz = CITIES[c["city"]]
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("EV", 7), action=action,
               channel=channel, city=c["city"], 城市=cz[0], industry=c["industry"], 行业=INDUSTRY[c["industry"]], **kw)
    row["src_system"] = {"tp_pickup": "TMS", "tp_delivery": "TMS", "tp_laundry": "PLANT-MES", "tp_repair": "PLANT-MES",
                         "tp_portal": "PORTAL", "tp_service_desk": "CRM-CS"}.get(tp, "ERP" if tp in (
                             "tp_invoice", "tp_missing_charge", "tp_dispute") else "CRM")
    row["ingest_batch"] = f"b{ts.strftime('%y%m')}-{int(rng.integers(1, 5))}"
    events.append(row)
    return row


def order(c, ts, kind, cny, status="paid", **kw):
    if ts < START or ts > END:
        return None
    cz = CITIES[c["city"]]
    row = dict(order_id=nid("OR", 6), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(cny, 2), status=status,
               order_type=kind, 订单类型=ORDER_ZH[kind], city=c["city"], 城市=cz[0], industry=c["industry"],
               行业=INDUSTRY[c["industry"]],
               currency=cz[3], amount_local=round(cny / cz[4], 0 if cz[3] == "VND" else 2),
               tax_rate=0.08 if cz[3] == "VND" else 0.06, **kw)
    orders.append(row)
    return row


# ---------------- feedback text ----------------
TOPICS = {  # topic: marker zh, marker en, sentiment
    "late_delivery": ("送晚了", "delivery was late", "negative"),
    "stains": ("没洗干净", "still stained", "negative"),
    "missing_charge": ("丢失费", "missing garment charge", "negative"),
    "wrong_size": ("尺码不对", "wrong size", "negative"),
    "repair_slow": ("修补太慢", "repairs take forever", "negative"),
    "driver_praise": ("司机师傅", "our driver", "positive"),
    "price": ("涨价", "price increase", "negative"),
    "invoice_error": ("账单算错", "invoice was wrong", "negative"),
    "partial_issue": ("衣服没发齐", "not all garments arrived", "negative"),
    "hotline": ("电话没人接", "nobody picks up", "negative"),
}
TEXTS = {
    "late_delivery": {
        "zh": ["干净工服又送晚了，早班工人只能穿旧的上线。", "这周又送晚了{n}个小时，车间主任很有意见。",
               "周三的衣服周四下午才到，送晚了耽误交接班。", "送晚了也不提前打个招呼，前台只能临时借衣服。",
               "连续两周都送晚了，希望你们把路线排好。"],
        "en": ["Clean delivery was late again, the morning shift had to reuse dirty coveralls.",
               "Our delivery was late by {n} hours and nobody called us.",
               "Third week the delivery was late. Please sort out the route.",
               "Delivery was late so the kitchen team worked in yesterday's whites.",
               "The delivery was late and the front desk had no jackets for check-in."],
    },
    "stains": {
        "zh": ["工服上的油污没洗干净，穿着很难受。", "白大褂领口发黄，明显没洗干净。", "这批衣服没洗干净，还有一股味道。",
               "厨师服袖口没洗干净，员工不愿意穿。", "刷手服上有斑点，没洗干净就送回来了。"],
        "en": ["Coveralls came back still stained with oil.", "Lab coats are still stained around the collar.",
               "Half the chef jackets were still stained, we sent them back.",
               "Scrubs still stained and smelling of detergent.", "Garments still stained after the wash, not acceptable."],
    },
    "missing_charge": {
        "zh": ["盘点出来的丢失费太高了，很多衣服其实是你们漏送。", "这个季度又收了一笔丢失费，没有明细没法认。",
               "丢失费按新衣服价格算不合理，都穿了一年多了。", "离职员工的衣服都交回了，为什么还有丢失费？",
               "丢失费清单和我们的台账对不上，请重新核对。"],
        "en": ["The missing garment charge this quarter is far too high.",
               "We were billed a missing garment charge for items the route driver never collected.",
               "Disputing the missing garment charge, leavers returned all their scrubs.",
               "Missing garment charge at full replacement price for two-year-old coats? No.",
               "No breakdown with the missing garment charge, we can't approve it."],
    },
    "wrong_size": {
        "zh": ["发下来的工服尺码不对，裤子短了一截。", "一半人的尺码不对，只能互相换着穿。", "自己填的尺码表，结果尺码不对还要重新换。",
               "新员工的衣服尺码不对，换了两次才合适。"],
        "en": ["Several staff got the wrong size and had to swap around.", "Trousers are the wrong size, far too short.",
               "We filled in the size form and still got the wrong size for half the team.",
               "New starter's jacket is the wrong size again."],
    },
    "repair_slow": {
        "zh": ["送去修补太慢了，拉链坏了两周还没回来。", "修补太慢，员工只能穿破的。", "破洞的衣服修补太慢，要等好几个来回。"],
        "en": ["Repairs take forever, the zip has been broken for two weeks.",
               "Torn sleeves sent for mending and repairs take forever.",
               "Repairs take forever, staff are wearing ripped trousers."],
    },
    "driver_praise": {
        "zh": ["送货的司机师傅很准时，还帮忙把衣服挂好。", "司机师傅服务态度好，每次都清点得很仔细。", "我们这条线的司机师傅很靠谱。",
               "司机师傅很负责，少了一件会当场说明。"],
        "en": ["Our driver is always on time and hangs everything up.", "Our driver counts everything carefully, great service.",
               "Really happy with our driver, friendly and reliable.", "Our driver went out of his way to fix a short delivery."],
    },
    "price": {
        "zh": ["今年又涨价百分之六，预算批不下来。", "续约就涨价，服务却没有提高。", "涨价幅度太大，我们在比较其他供应商。",
               "涨价通知太突然，采购部门很有意见。"],
        "en": ["A 6% price increase on renewal is hard to justify.", "The price increase came with no improvement in service.",
               "We are comparing suppliers after this price increase.", "Price increase notice arrived far too late for our budget."],
    },
    "invoice_error": {
        "zh": ["这个月账单算错了，人数多算了{n}个。", "账单算错了两次，每次都要来回对账。", "离职人员还在计费，账单算错了。"],
        "en": ["This month's invoice was wrong, charged for {n} extra wearers.",
               "The invoice was wrong again, leavers still being billed.", "Invoice was wrong and the credit note took weeks."],
    },
    "partial_issue": {
        "zh": ["首批衣服没发齐，还有三分之一的人没拿到。", "衣服没发齐，大码全缺货。", "上线一周了衣服没发齐，员工有意见。"],
        "en": ["Go-live day and not all garments arrived, large sizes missing.",
               "Still waiting, not all garments arrived for the night shift.",
               "Not all garments arrived at the first issue, a third of staff without uniforms."],
    },
    "hotline": {
        "zh": ["客户反映客服电话没人接，只好在企业微信里找客户经理。", "客户说400电话没人接，打了好几次。", "客户投诉上午电话没人接。"],
        "en": ["Customer says nobody picks up the service line in the morning.",
               "Client complained nobody picks up the phone at the service desk.",
               "Customer rang four times and nobody picks up."],
    },
}
GENERIC = {
    "general": {
        "pos": {"zh": ["合作挺顺利的，衣服干净整齐。", "客户经理响应很快，有问题都能解决。", "整体满意，工服质量不错。",
                       "服务稳定，员工反馈挺好。"],
                "en": ["Smooth partnership, garments clean and neat.", "Account manager responds quickly.",
                       "Happy overall, good quality workwear.", "Reliable service, staff are pleased."]},
        "neu": {"zh": ["服务一般，价格还算合理。", "还可以，有改进空间。", "基本满足需求。"],
                "en": ["Average service, fair price.", "OK, room for improvement.", "Meets our basic needs."]},
        "neg": {"zh": ["沟通效率低，一件事要说好几遍。", "衣服越来越旧了，希望换新。", "对接人换了好几次，交接不清楚。"],
                "en": ["Communication is slow, we have to chase everything.", "Garments are getting worn, please refresh stock.",
                       "Contact person changed several times, handover was poor."]},
    },
    "wearer": {
        "pos": {"zh": ["衣服穿着舒服，透气。", "洗得很干净，挺好的。", "新工服很合身。"],
                "en": ["Comfortable and breathable.", "Clean and fresh every week.", "New uniform fits well."]},
        "neu": {"zh": ["还行吧。", "一般，能穿。"], "en": ["It's fine.", "OK, does the job."]},
        "neg": {"zh": ["面料有点硬，夏天太热。", "口袋太少，不方便。"],
                "en": ["Fabric is stiff and hot in summer.", "Not enough pockets."]},
    },
    "call": {
        "neu": {"zh": ["客户要一份上个月的对账单。", "客户要求开专票，抬头需要修改。", "咨询新增一个车间的配送时间。",
                       "客户询问合同到期日。", "客户要更新对接人电话。"],
                "en": ["Customer asked for a copy of last month's statement.", "Customer wants the VAT invoice reissued.",
                       "Asked about adding a second delivery point.", "Customer asked when the contract expires.",
                       "Updated the site contact phone number."]},
    },
    "lost": {
        "neu": {"zh": ["预算没批下来，暂时不做。", "公司决定继续自己洗。", "已经和原供应商续签了。", "项目推迟到明年。"],
                "en": ["Budget was not approved this year.", "We decided to keep washing in-house.",
                       "Renewed with our current supplier.", "Project postponed to next year."]},
    },
    "card": {
        "pos": {"zh": ["量体师傅很耐心。", "量体安排得很有序。"], "en": ["Fitter was patient and quick.", "Well organised sizing day."]},
        "neu": {"zh": ["量体时间有点长。", "希望可以分批量体。"], "en": ["Sizing took a while.", "Would prefer sizing in batches."]},
    },
    "expo": {
        "pos": {"zh": ["展位介绍很专业。", "样衣质量不错。"], "en": ["Very professional stand.", "Sample garments look good."]},
        "neu": {"zh": ["拿了资料回去看看。", "想了解一下医院的方案。"], "en": ["Took a brochure.", "Interested in a hospital scheme."]},
    },
}


def render(topic, lang, ctx):
    if topic == "generic":
        pool = GENERIC[ctx.get("at", "general")]
        tone = ctx.get("tone", "neu")
        pool = (pool.get(tone) or pool[next(iter(pool))])[lang]
    else:
        pool = TEXTS[topic][lang]
    return pool[rng.integers(len(pool))].format(n=ctx.get("n", 3))


def fb(c, ts, channel, topic, lang=None, tp=None, rating=None, nps=None, **kw):
    if ts is not None and (ts < START or ts > END):
        return
    ctx = kw.pop("ctx", {})
    if lang is None:
        lang = c["lang"] if c else "zh"
    fid = nid("FB", 5)
    row = dict(feedback_id=fid, text=render(topic, lang, ctx), ts=tfmt(ts) if ts else "",
               customer_id=c["customer_id"] if c else "", touchpoint_id=tp or "", channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", language=lang,
               city=c["city"] if c else kw.pop("city", ""), 城市=CITIES[c["city"]][0] if c else kw.pop("城市", ""),
               industry=c["industry"] if c else "", **kw)
    feedback.append(row)
    if topic == "generic":
        sent = {"pos": "positive", "neu": "neutral", "neg": "negative"}[ctx.get("tone", "neu")]
    else:
        sent = TOPICS[topic][2]
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def stars(tone):
    if tone == "pos":
        return int(pick([4, 5], [0.4, 0.6]))
    if tone == "neu":
        return int(pick([3, 4], [0.7, 0.3]))
    return int(pick([1, 2, 3], [0.4, 0.45, 0.15]))


def tone_from(score):
    """score: 0 good .. bigger worse."""
    p_neg = min(0.85, 0.12 + 0.18 * score)
    p_pos = max(0.05, 0.55 - 0.2 * score)
    return pick(["pos", "neu", "neg"], [p_pos, 1 - p_pos - p_neg if 1 - p_pos - p_neg > 0.05 else 0.05, p_neg])


# ---------------- customers ----------------
CITY_NAMES = list(CITIES)


def new_customer(city, industry, acq, signup, legacy=False):
    cid = nid("C", 5)
    cz = CITIES[city]
    gw = [(g, v[2]) for g, v in GARMENTS.items() if v[1] == industry]
    garment = pick([g for g, _ in gw], [w for _, w in gw])
    med = {"factory": 170, "hotel": 85, "hospital": 210}[industry]
    wearers = int(np.clip(rng.lognormal(np.log(med), 0.55), 25, 950))
    lang = "en" if rng.random() < cz[8] else "zh"
    c = dict(customer_id=cid, city=city, industry=industry, acq=acq, signup=signup, garment=garment,
             wearers=wearers, lang=lang, legacy=legacy, rate=GARMENTS[garment][3] * (0.85 if cz[3] == "VND" else 1.0),
             route=f"{cz[9]}-R{int(rng.integers(1, 7 if city != 'Ho Chi Minh City' else 4)):02d}",
             pickup_wd=int(rng.integers(0, 6)), sizing="self_report" if rng.random() < 0.3 else "on_site",
             rep=pick(REPS[city]), late_dates=[], rewash_dates=[], dispute_dates=[], segment="prospect",
             signed=False, variant="", freq="fortnightly" if wearers < 110 else "weekly")
    c["driver"] = pick(VN_DRIVERS) if city == "Ho Chi Minh City" else pick(DRIVERS)
    customers.append(c)
    return c


def lead_time():
    """enquiry times 2025-01-01 .. 2026-06-25 with a spring peak after Chinese New Year."""
    mw = {1: 0.8, 2: 0.5, 3: 1.4, 4: 1.2, 5: 1.1, 6: 1.0, 7: 0.9, 8: 0.9, 9: 1.1, 10: 0.9, 11: 1.0, 12: 0.8}
    days = []
    t = START
    while t < datetime(2026, 6, 25):
        days.append(t)
        t += D(days=1)
    w = np.array([mw[d.month] * (0.25 if d.weekday() >= 5 else 1.0) for d in days])
    return days[rng.choice(len(days), p=w / w.sum())]


# ---------------- the service life of one account ----------------

def monthly_fee(c, month_start, weeks):
    mult = 1.06 if month_start >= PRICE_2026 else 1.0
    return c["wearers"] * c["rate"] * mult * weeks


def run_service(c, start, term_end):
    """weekly route from `start` until the contract ends (or END)."""
    cz = CITIES[c["city"]]
    stop = END
    pending_end = None            # set when the account will not renew / terminates
    offered_for = None
    week = start - D(days=start.weekday())
    month_weeks: dict[tuple, int] = {}
    last_month = (start.year, start.month)
    quarter_pickups = 0
    last_q = (start.year, (start.month - 1) // 3)
    while week <= END:
        if pending_end is not None and week >= pending_end:
            break
        # --- renewal offer 60 days before the term ends
        if pending_end is None and term_end is not None and week >= term_end - D(days=60) and offered_for != term_end:
            offered_for = term_end
            t_off = at(term_end - D(days=int(rng.integers(55, 66))), 9, 17)
            if t_off < week:
                t_off = at(week, 9, 17)
            pct = 6 if t_off >= PRICE_2026 else 3
            ev(c, t_off, "tp_renewal_offer", "offered", "email", contract_id=c["contract_id"],
               term_end=dfmt(term_end), price_change_pct=pct, account_manager=c["rep"])
            if t_off >= PRICE_2026 and rng.random() < 0.3:
                fb(c, later(t_off, 2, 12), "email", "price", tp="tp_renewal_offer")
            p = 0.87 if t_off < PRICE_2026 else 0.62
            p -= {"hotel": 0.10, "factory": 0.0, "hospital": 0.02}[c["industry"]]
            recent_d = sum(1 for d in c["dispute_dates"] if d > t_off - D(days=365))
            if recent_d >= 2:
                p -= 0.25
            if c["city"] == "Dongguan" and sum(1 for d in c["late_dates"] if d > t_off - D(days=180)) >= 3:
                p -= 0.15
            t_dec = later(t_off, 8, 45, 9, 18)
            if t_dec > END:
                pass                                          # decision still open at the extract
            elif rng.random() < p:
                new_term = int(pick([12, 24], [0.6, 0.4]))
                ev(c, t_dec, "tp_renewal", "renewed", "other", contract_id=c["contract_id"], term_months=new_term,
                   price_change_pct=pct, account_manager=c["rep"])
                term_end = term_end + D(days=round(new_term * 30.44))
            else:
                if t_off >= PRICE_2026:
                    reason = pick(list(NONRENEW), [0.55, 0.15, 0.18, 0.05, 0.07])
                else:
                    reason = pick(list(NONRENEW), [0.10, 0.38, 0.30, 0.10, 0.12])
                if c["industry"] == "hotel" and rng.random() < 0.35:
                    reason = "insourced"
                ev(c, t_dec, "tp_cancellation", "not_renewed", "other", contract_id=c["contract_id"],
                   reason=reason, 解约原因=NONRENEW[reason], term_end=dfmt(term_end), account_manager=c["rep"])
                c["segment"] = "at_risk"
                pending_end = term_end
                stop = term_end
        # --- early termination (monthly hazard, checked on the first week of a month)
        if pending_end is None and week.day <= 7 and rng.random() < 0.0045:
            reason = pick(list(TERMINATE), [0.35, 0.25, 0.25, 0.15])
            t_term = at(week + D(days=int(rng.integers(0, 5))), 9, 17)
            notice = int(pick([30, 60], [0.6, 0.4]))
            ev(c, t_term, "tp_cancellation", "terminated_early", "other", contract_id=c["contract_id"], reason=reason,
               解约原因=TERMINATE[reason], notice_days=notice, account_manager=c["rep"])
            order(c, t_term + D(days=2), "early_termination_fee", monthly_fee(c, t_term, 4.33) * 1.5,
                  "paid" if rng.random() < 0.8 else "unpaid", contract_id=c["contract_id"],
                  invoice_no=nid("INV-T", 5), payment_method="bank_transfer")
            pending_end = t_term + D(days=notice)
            stop = pending_end
            c["segment"] = "at_risk"
        # --- the week's pickup
        t_pick = at(week + D(days=c["pickup_wd"]), 7, 14)
        mkey = (t_pick.year, t_pick.month)
        off_week = c["freq"] == "fortnightly" and (week - datetime(2024, 12, 30)).days // 7 % 2 == 1
        if not off_week and t_pick >= start and t_pick <= min(stop, END) and not in_holiday(t_pick):
            month_weeks[mkey] = month_weeks.get(mkey, 0) + (2 if c["freq"] == "fortnightly" else 1)
            if EXP[0] <= t_pick < EXP[1] and c["variant"]:
                p_miss = 0.068 if c["variant"] == "control" else 0.026
            elif t_pick >= EXP[1]:
                p_miss = 0.03
            else:
                p_miss = 0.066
            wearers = c["wearers"]
            if rng.random() < p_miss:
                r = pick(list(MISSED), [0.55, 0.15, 0.15, 0.15])
                ev(c, t_pick, "tp_pickup", "missed", "route", route_id=c["route"], driver=c["driver"],
                   missed_reason=r, 未收原因=MISSED[r], plant=cz[6])
            else:
                pieces = int(wearers * rng.uniform(2.1, 2.8))
                ev(c, t_pick, "tp_pickup", "collected", "route", route_id=c["route"], driver=c["driver"],
                   pieces_collected=pieces, plant=cz[6], bag_count=int(np.ceil(pieces / 40)))
                quarter_pickups += 1
                # wash & QC next day
                t_wash = at(t_pick + D(days=1), 6, 20)
                p_re = 0.04
                if c["city"] == "Tianjin" and TJ_WASHER[0] <= t_wash < TJ_WASHER[1]:
                    p_re = 0.24
                elif c["industry"] == "hospital":
                    p_re = 0.05
                rewash = rng.random() < p_re
                if rewash:
                    if c["city"] == "Tianjin" and TJ_WASHER[0] <= t_wash < TJ_WASHER[1]:
                        rr = pick(list(REWASH), [0.35, 0.45, 0.05, 0.10, 0.05])
                    else:
                        rr = pick(list(REWASH), [0.35, 0.10, 0.25 if c["industry"] == "hospital" else 0.02, 0.15,
                                                 0.15])
                    ev(c, t_wash, "tp_laundry", "rewash", "plant", plant=cz[6], pieces_washed=pieces,
                       rewash_pieces=int(pieces * rng.uniform(0.05, 0.3)), rewash_reason=rr, 返洗原因=REWASH[rr],
                       wash_program=pick(["heavy_soil", "standard", "disinfect_80c"], [0.4, 0.4, 0.2]))
                    c["rewash_dates"].append(t_wash)
                    if rng.random() < (0.3 if c["city"] == "Tianjin" and TJ_WASHER[0] <= t_wash < TJ_WASHER[1] else 0.15):
                        fb(c, later(t_wash, 2, 6), "wearer_app", "stains", tp="tp_laundry", rating=int(pick([1, 2], [0.6, 0.4])))
                else:
                    ev(c, t_wash, "tp_laundry", "passed", "plant", plant=cz[6], pieces_washed=pieces,
                       wash_program=pick(["heavy_soil", "standard", "disinfect_80c"], [0.4, 0.4, 0.2]))
                # delivery
                t_del = at(t_pick + D(days=3 if rewash else 2), 7, 15)
                p_late = 0.055 + (0.10 if rewash else 0.0)
                replan = c["city"] == "Dongguan" and DG_REPLAN[0] <= t_del < DG_REPLAN[1]
                if replan:
                    p_late = 0.40
                if c["city"] == "Ho Chi Minh City":
                    p_short = 0.075
                else:
                    p_short = 0.03
                u = rng.random()
                promised = dfmt(t_pick + D(days=2))
                if u < p_late:
                    if replan:
                        dr = pick(list(DELAYS), [0.65, 0.15, 0.05, 0.05, 0.10])
                    elif rewash:
                        dr = "rewash"
                    else:
                        dr = pick(list(DELAYS), [0.02, 0.45, 0.20, 0.08, 0.25])
                    hours = int(rng.integers(3, 30))
                    ev(c, t_del + D(hours=hours), "tp_delivery", "late", "route", route_id=c["route"],
                       driver=c["driver"], pieces_delivered=pieces, promised_date=promised, hours_late=hours,
                       delay_reason=dr, 延误原因=DELAYS[dr])
                    c["late_dates"].append(t_del)
                    if rng.random() < (0.13 if not replan else 0.22):
                        fb(c, later(t_del, 0, 3), pick(["wechat_work", "call_note"], [0.7, 0.3]), "late_delivery",
                           tp="tp_delivery", ctx={"n": hours})
                elif u < p_late + p_short:
                    short = int(max(2, pieces * rng.uniform(0.02, 0.1)))
                    ev(c, t_del, "tp_delivery", "short", "route", route_id=c["route"], driver=c["driver"],
                       pieces_delivered=pieces - short, pieces_short=short, promised_date=promised, hours_late=0)
                else:
                    ev(c, t_del, "tp_delivery", "on_time", "route", route_id=c["route"], driver=c["driver"],
                       pieces_delivered=pieces, promised_date=promised, hours_late=0)
                    if rng.random() < 0.009:
                        fb(c, later(t_del, 0, 4), pick(["wechat_work", "quarterly_review"], [0.6, 0.4]),
                           "driver_praise", tp="tp_delivery",
                           rating=None)
                # repairs found at the plant
                if rng.random() < 0.085:
                    rt = pick(list(REPAIRS), REPAIR_W[c["industry"]])
                    turn = int(rng.integers(5, 12)) if c["city"] == "Chengdu" else int(rng.integers(1, 5))
                    act = "replaced" if rng.random() < 0.2 else "repaired"
                    ev(c, at(t_pick + D(days=1), 8, 18), "tp_repair", act, "plant", plant=cz[6], repair_type=rt,
                       修补类型=REPAIRS[rt], pieces=int(rng.integers(1, 9)), turnaround_days=turn)
                    if rng.random() < (0.16 if c["city"] == "Chengdu" else 0.025):
                        fb(c, later(t_pick, turn, turn + 3), pick(["wearer_app", "wechat_work"]), "repair_slow",
                           tp="tp_repair", rating=2 if rng.random() < 0.5 else None)
        # --- month boundary: invoice for the previous month, tickets, wearer changes, portal
        wk_month = (week.year, week.month)
        if wk_month != last_month:
            pm = last_month
            last_month = wk_month
            weeks_billed = month_weeks.get(pm, 0)
            if weeks_billed:
                t_inv = at(datetime(wk_month[0], wk_month[1], 1), 6, 9)
                amt = monthly_fee(c, datetime(pm[0], pm[1], 1), weeks_billed)
                inv = nid("INV", 6)
                age = (END - t_inv).days
                stat = "unpaid" if (age < 40 and rng.random() < 0.75) else ("unpaid" if rng.random() < 0.015 else "paid")
                o = order(c, t_inv, "rental_fee", amt, stat, contract_id=c["contract_id"], invoice_no=inv,
                          service_month=f"{pm[0]}-{pm[1]:02d}", wearers_billed=c["wearers"], weeks_billed=weeks_billed,
                          payment_method=pick(["bank_transfer", "bank_transfer", "alipay_b2b", "cheque"]))
                ev(c, t_inv, "tp_invoice", "issued", "email", invoice_no=inv, amount_cny=round(amt, 2),
                   service_month=f"{pm[0]}-{pm[1]:02d}", weeks_billed=weeks_billed)
                if rng.random() < 0.03:
                    t_d = later(t_inv, 3, 15, 9, 18)
                    kind = "invoice_error"
                    if t_inv >= PRICE_2026 and t_inv < datetime(2026, 3, 1) and rng.random() < 0.4:
                        kind = "price"
                    dispute(c, t_d, kind, inv, o, amt * rng.uniform(0.05, 0.2))
                    if kind == "invoice_error" and rng.random() < 0.5:
                        fb(c, later(t_d, 0, 2), "email", "invoice_error", tp="tp_invoice",
                           ctx={"n": int(rng.integers(2, 15))})
            # service desk tickets
            p_t = 0.15
            if c["city"] == "Dongguan" and DG_REPLAN[0] <= week < DG_REPLAN[1] + D(days=14):
                p_t = 0.5
            if c["city"] == "Tianjin" and TJ_WASHER[0] <= week < TJ_WASHER[1] + D(days=14):
                p_t = 0.45
            n_t = int(rng.random() < p_t) + int(rng.random() < p_t / 3)
            for _ in range(n_t):
                t_t = at(week + D(days=int(rng.integers(0, 7))), 8, 20)
                w = {k: v[1] for k, v in TICKETS.items()}
                if c["city"] == "Dongguan" and DG_REPLAN[0] <= t_t < DG_REPLAN[1] + D(days=14):
                    w["delivery"] = 1.4
                if c["city"] == "Tianjin" and TJ_WASHER[0] <= t_t < TJ_WASHER[1] + D(days=14):
                    w["wash_quality"] = 1.2
                if c["sizing"] == "self_report":
                    w["size_exchange"] = 0.35
                if c["industry"] == "hospital":
                    w["missing_garment"] = 0.3
                cat = pick(list(w), list(w.values()))
                hrs = round(float(rng.lognormal(np.log(TICKETS[cat][2]), 0.6)), 1)
                ch = pick(["phone", "wechat", "portal"], [0.55, 0.35, 0.10])
                ev(c, t_t, "tp_service_desk", "ticket_opened", ch, ticket_no=nid("TK", 6), ticket_category=cat,
                   问题类别=TICKETS[cat][0], resolution_hours=hrs)
                if rng.random() < 0.05:
                    fb(c, t_t + D(minutes=int(rng.integers(5, 60))), "call_note", "hotline", tp="tp_service_desk")
                elif rng.random() < 0.45:
                    fb(c, t_t + D(minutes=int(rng.integers(5, 60))), "call_note", "generic", tp="tp_service_desk",
                       ctx={"at": "call", "tone": "neu"}, ticket_category=cat)
            # wearer changes
            p_w = 0.55 if (c["industry"] == "factory" and c["city"] == "Dongguan") else 0.3
            if rng.random() < p_w:
                t_w = at(week + D(days=int(rng.integers(0, 7))), 9, 18)
                add = rng.random() < 0.55
                n = int(max(1, round(c["wearers"] * rng.uniform(0.01, 0.08))))
                c["wearers"] = max(20, c["wearers"] + (n if add else -n))
                ev(c, t_w, "tp_wearer_change", "add_wearer" if add else "remove_wearer",
                   pick(["portal", "email", "wechat"], [0.5, 0.3, 0.2]), wearers_changed=n,
                   wearers_after=c["wearers"])
            # portal use (noise)
            for _ in range(int(rng.poisson(0.35))):
                t_p = at(week + D(days=int(rng.integers(0, 7))), 8, 22)
                dev = pick(["pc", "ios", "android"], [0.7, 0.15, 0.15])
                ev(c, t_p, "tp_portal", pick(["login", "download_invoice", "request_extra", "track_delivery"],
                                             [0.4, 0.3, 0.1, 0.2]), "web" if dev == "pc" else "app", device=dev,
                   app_version=pick(["3.2.1", "3.3.0", "3.4.2"]) if dev != "pc" else "")
        # --- quarter boundary: stocktake
        q = (week.year, (week.month - 1) // 3)
        if q != last_q:
            if quarter_pickups >= 6:
                t_s = at(week + D(days=int(rng.integers(1, 5))), 9, 17)
                p_c = {"hospital": 0.62, "hotel": 0.33, "factory": 0.20}[c["industry"]]
                if rng.random() < p_c:
                    miss = int(max(1, rng.poisson(c["wearers"] * 0.06)))
                    charge = miss * GARMENTS[c["garment"]][4] * 0.6
                    inv = nid("INV-M", 5)
                    row = ev(c, t_s, "tp_missing_charge", "charged", "email", stocktake_quarter=f"{last_q[0]}Q{last_q[1] + 1}",
                             missing_pieces=miss, charge_cny=round(charge, 2), invoice_no=inv)
                    if row:
                        o = order(c, t_s, "missing_charge", charge, "paid", contract_id=c["contract_id"],
                                  invoice_no=inv, missing_pieces=miss, payment_method="bank_transfer")
                        if rng.random() < 0.27:
                            fb(c, later(t_s, 1, 10), "email", "missing_charge", tp="tp_missing_charge")
                        p_d = {"hospital": 0.40, "hotel": 0.18, "factory": 0.10}[c["industry"]]
                        if rng.random() < p_d:
                            dispute(c, later(t_s, 2, 14, 9, 18), "missing_charge", inv, o, charge)
                else:
                    ev(c, t_s, "tp_missing_charge", "clear", "email", stocktake_quarter=f"{last_q[0]}Q{last_q[1] + 1}",
                       missing_pieces=0, charge_cny=0.0)
            quarter_pickups = 0
            last_q = q
        week += D(days=7)
    if pending_end is not None and pending_end <= END:
        c["segment"] = "churned"
        ev(c, at(pending_end, 9, 17), "tp_cancellation", "service_ended", "other", contract_id=c["contract_id"],
           account_manager=c["rep"])
    elif c["segment"] != "at_risk":
        c["segment"] = "active"


def dispute(c, t_d, kind, inv, o, amount):
    if t_d > END:
        return
    ev(c, t_d, "tp_dispute", "opened", pick(["email", "phone"], [0.7, 0.3]), invoice_no=inv, dispute_type=kind,
       争议类型=DISPUTES[kind], disputed_cny=round(amount, 2))
    c["dispute_dates"].append(t_d)
    if kind == "missing_charge" and rng.random() < 0.35:
        fb(c, later(t_d, 0, 2), "email", "missing_charge", tp="tp_dispute")
    p_credit = {"missing_charge": 0.5, "invoice_error": 0.7, "price": 0.15}[kind]
    t_r = later(t_d, 4, 20, 9, 18)
    if t_r > END:
        return
    if rng.random() < p_credit:
        ev(c, t_r, "tp_dispute", "credited", "email", invoice_no=inv, dispute_type=kind, 争议类型=DISPUTES[kind],
           credit_cny=round(amount, 2), days_to_resolve=(t_r - t_d).days)
        if o is not None and o["order_type"] == "missing_charge":
            o["status"] = "refunded"
    else:
        ev(c, t_r, "tp_dispute", "rejected", "email", invoice_no=inv, dispute_type=kind, 争议类型=DISPUTES[kind],
           credit_cny=0.0, days_to_resolve=(t_r - t_d).days)


def sign_and_onboard(c, t_sign, term_months):
    cz = CITIES[c["city"]]
    c["signed"] = True
    c["contract_id"] = nid("CT", 5)
    c["term_months"] = term_months
    fee = c["wearers"] * 25 * (0.85 if cz[3] == "VND" else 1.0)
    cancel = rng.random() < 0.035
    ev(c, t_sign, "tp_contract", "signed", "other", contract_id=c["contract_id"], term_months=term_months,
       wearers_contracted=c["wearers"], garment_type=c["garment"], 工装类型=GARMENTS[c["garment"]][0],
       price_per_wearer_week=round(c["rate"] * (1.06 if t_sign >= PRICE_2026 else 1.0), 2), sales_rep=c["rep"],
       service_frequency=c["freq"])
    order(c, t_sign, "setup_fee", fee, "cancelled" if cancel else "paid", contract_id=c["contract_id"],
          invoice_no=nid("INV-S", 5), payment_method=pick(["bank_transfer", "alipay_b2b"]))
    if cancel:
        t_x = later(t_sign, 2, 10, 9, 17)
        ev(c, t_x, "tp_cancellation", "cancelled_before_issue", "other", contract_id=c["contract_id"],
           reason="switched_supplier", 解约原因=TERMINATE["switched_supplier"], account_manager=c["rep"])
        c["segment"] = "churned"
        return
    # sizing
    t_sz = later(t_sign, 3, 12)
    if rng.random() < 0.16:
        rr = pick(["site_shutdown", "staff_on_shift", "customer_request"], [0.3, 0.4, 0.3])
        ev(c, t_sz, "tp_sizing", "rescheduled", "onsite", sizing_method=c["sizing"], reschedule_reason=rr,
           fitter=f"{cz[9]}-F{int(rng.integers(1, 4))}")
        t_sz = later(t_sz, 3, 9)
    ev(c, t_sz, "tp_sizing", "completed", "onsite" if c["sizing"] == "on_site" else "web", sizing_method=c["sizing"],
       wearers_measured=int(c["wearers"] * rng.uniform(0.85, 1.0)), fitter=f"{cz[9]}-F{int(rng.integers(1, 4))}")
    # garment issue
    if c["city"] == "Ho Chi Minh City":
        t_is = later(t_sz, 16, 34)
        partial = rng.random() < 0.45
    else:
        t_is = later(t_sz, 8, 16)
        partial = rng.random() < 0.08
    if partial:
        short = int(c["wearers"] * rng.uniform(0.1, 0.35))
        ev(c, t_is, "tp_garment_issue", "issued_partial", "onsite", garments_issued=(c["wearers"] - short) * 5,
           wearers_short=short, garment_type=c["garment"], 工装类型=GARMENTS[c["garment"]][0],
           days_from_contract=(t_is - t_sign).days)
        if rng.random() < 0.6:
            fb(c, later(t_is, 1, 6), pick(["call_note", "email"]), "partial_issue", tp="tp_garment_issue")
        ev(c, later(t_is, 7, 18), "tp_garment_issue", "issued_balance", "onsite", garments_issued=short * 5,
           wearers_short=0, garment_type=c["garment"], 工装类型=GARMENTS[c["garment"]][0])
    else:
        ev(c, t_is, "tp_garment_issue", "issued", "onsite", garments_issued=c["wearers"] * 5, wearers_short=0,
           garment_type=c["garment"], 工装类型=GARMENTS[c["garment"]][0], days_from_contract=(t_is - t_sign).days)
    # wearers tell us about fit
    n_size = rng.poisson(2.6 if c["sizing"] == "self_report" else 0.35)
    for _ in range(n_size):
        fb(c, later(t_is, 3, 40), "wearer_app", "wrong_size", tp="tp_sizing", rating=int(pick([1, 2, 3], [0.4, 0.4, 0.2])))
    if rng.random() < 0.3:
        fb(None, None, "sizing_card", "generic", lang=c["lang"], tp="tp_sizing",
           rating=None, ctx={"at": "card", "tone": pick(["pos", "neu"], [0.6, 0.4])},
           city=c["city"], 城市=cz[0])
        feedback[-1]["customer_id"] = c["customer_id"]
        feedback[-1]["industry"] = c["industry"]
        feedback[-1]["rating"] = stars("pos" if "耐心" in feedback[-1]["text"] or "patient" in feedback[-1]["text"]
                                       or "有序" in feedback[-1]["text"] or "organised" in feedback[-1]["text"] else "neu")
    c["segment"] = "onboarding"
    if t_is > END:
        return
    c["segment"] = "active"
    if t_is + D(days=3) < EXP[0]:
        c["variant"] = pick(["control", "sms_reminder"])
    term_end = t_sign + D(days=round(term_months * 30.44))
    run_service(c, t_is + D(days=3), term_end)


# ---------------- build ----------------

def build():
    cities = CITY_NAMES
    cw = [CITIES[x][5] for x in cities]
    # legacy accounts (signed before 2025)
    for _ in range(N_LEGACY):
        city = pick(cities, cw)
        ind = pick(list(INDUSTRY), CITIES[city][7])
        acq = pick(list(ACQ), [v[2] for v in ACQ.values()])
        signup = datetime(int(rng.integers(2019, 2025)), int(rng.integers(1, 13)), int(rng.integers(1, 28)), 10)
        c = new_customer(city, ind, acq, signup, legacy=True)
        c["signed"] = True
        c["contract_id"] = nid("CT", 5)
        c["term_months"] = int(pick([12, 24, 36], [0.3, 0.5, 0.2]))
        c["segment"] = "active"
        # the current term ends somewhere in 2025-02 .. 2027-06
        term_end = datetime(2025, 3, 20) + D(days=int(rng.integers(0, 520)))
        c["variant"] = pick(["control", "sms_reminder"])
        run_service(c, START, term_end)
    # new leads
    lost_quotes = []
    for _ in range(N_LEADS):
        city = pick(cities, cw)
        ind = pick(list(INDUSTRY), CITIES[city][7])
        col = 4 if city == "Ho Chi Minh City" else (3 if ind == "hospital" else 2)
        acq = pick(list(ACQ), [v[col] for v in ACQ.values()])
        t0 = at(lead_time(), 8, 21)
        c = new_customer(city, ind, acq, t0)
        ch = ACQ[acq][1]
        dev = ""
        if ch in ("web", "ads"):
            dev = pick(["pc", "ios", "android"], [0.6, 0.2, 0.2])
        elif ch == "mini_program":
            dev = pick(["ios", "android"], [0.45, 0.55])
        ev(c, t0, "tp_enquiry", "submitted", ch, device=dev, enquiry_ref=nid("ENQ", 5),
           wearers_est=int(c["wearers"] * rng.uniform(0.8, 1.3)), garment_type=c["garment"],
           工装类型=GARMENTS[c["garment"]][0], ad_keyword=pick(["工作服租赁", "工装清洗", "uniform rental", "制服租赁"])
           if ch == "ads" else "", tender_no=f"ZB{t0.year}-{int(rng.integers(1000, 9999))}" if ch == "tender_portal" else "")
        pv, pq, pc = STEP_P[ch]
        if rng.random() >= pv:
            continue
        t1 = later(t0, 2, 10, 9, 18)
        ev(c, t1, "tp_sales_visit", "visited", "onsite", sales_rep=c["rep"],
           visit_type=pick(["site_walk", "meeting", "video_call"], [0.5, 0.35, 0.15]))
        if rng.random() >= pq:
            continue
        t2 = later(t1, 2, 10, 9, 19)
        term = int(pick([12, 24, 36], [0.45, 0.4, 0.15]))
        mult = 1.06 if t2 >= PRICE_2026 else 1.0
        qv = c["wearers"] * c["rate"] * mult * 4.33
        qid = nid("Q", 5)
        ev(c, t2, "tp_quote", "sent", "email", quote_id=qid, quote_value_cny=round(qv, 2),
           price_per_wearer_week=round(c["rate"] * mult, 2), term_months=term,
           discount_pct=int(pick([0, 3, 5, 8], [0.5, 0.2, 0.2, 0.1])), sales_rep=c["rep"])
        t_last = t2
        if rng.random() < 0.25:
            t_last = later(t2, 3, 9, 9, 19)
            ev(c, t_last, "tp_quote", "revised", "email", quote_id=qid, quote_value_cny=round(qv * 0.95, 2),
               price_per_wearer_week=round(c["rate"] * mult * 0.95, 2), term_months=term, discount_pct=5,
               sales_rep=c["rep"])
        if rng.random() >= pc:
            lost_quotes.append((c, t_last))
            continue
        lag = (10, 40) if ch == "tender_portal" else (4, 28)
        t3 = later(t_last, *lag, 9, 18)
        if t3 > END:
            continue
        sign_and_onboard(c, t3, term)
    # lost-quote survey
    for c, t in lost_quotes:
        if rng.random() < 0.35:
            if rng.random() < 0.3:
                fb(c, later(t, 20, 40), "lost_quote_survey", "price", tp="tp_quote")
            else:
                fb(c, later(t, 20, 40), "lost_quote_survey", "generic", tp="tp_quote", ctx={"at": "lost", "tone": "neu"})


def nps_and_reviews():
    """NPS waves, quarterly reviews, wearer app comments, expo cards."""
    by_c = {c["customer_id"]: c for c in customers}
    active_at = {}
    # service windows from events
    first, last = {}, {}
    for e in events:
        if e["touchpoint_id"] == "tp_pickup":
            cid = e["customer_id"]
            first[cid] = min(first.get(cid, e["ts"]), e["ts"])
            last[cid] = max(last.get(cid, e["ts"]), e["ts"])
    for cid in first:
        active_at[cid] = (datetime.fromisoformat(first[cid]), datetime.fromisoformat(last[cid]))

    def active(cid, t):
        a = active_at.get(cid)
        return a is not None and a[0] <= t - D(days=20) and a[1] >= t - D(days=10)

    def badness(c, t, days):
        lo = t - D(days=days)
        return (sum(1 for d in c["late_dates"] if lo <= d < t) * 0.5 + sum(1 for d in c["rewash_dates"] if lo <= d < t)
                * 0.4 + sum(1 for d in c["dispute_dates"] if lo <= d < t) * 0.8)

    for wave, t0 in WAVES:
        for cid in active_at:
            c = by_c[cid]
            if not active(cid, t0) or rng.random() > 0.7:
                continue
            b = badness(c, t0, 120)
            mu = 8.3 - 0.55 * b - (0.6 if c["industry"] == "hospital" else 0.0)
            if c["city"] == "Dongguan" and wave == "2025-12":
                mu -= 1.6
            if c["city"] == "Tianjin" and wave == "2026-06":
                mu -= 0.8
            score = int(np.clip(round(rng.normal(mu, 1.6)), 0, 10))
            t = at(t0 + D(days=int(rng.integers(0, 12))), 9, 21)
            tone = "pos" if score >= 9 else ("neu" if score >= 7 else "neg")
            if rng.random() < 0.55:
                fb(c, t, "nps_survey", "generic", tp="", nps=score, ctx={"at": "general", "tone": tone},
                   survey_wave=wave)
            else:
                row = dict(feedback_id=nid("FB", 5), text="", ts=tfmt(t), customer_id=cid, touchpoint_id="",
                           channel="nps_survey", rating="", nps=score, language=c["lang"], city=c["city"],
                           城市=CITIES[c["city"]][0], industry=c["industry"], survey_wave=wave)
                # a score with no comment: text must not be empty by DATA.md -> short tag
                row["text"] = "（未填写评论）" if c["lang"] == "zh" else "(no comment)"
                feedback.append(row)
                truth.append(dict(feedback_id=row["feedback_id"], topic="generic", sentiment="neutral"))
    # quarterly account reviews (rating 1-5)
    for qs in [datetime(2025, 3, 20), datetime(2025, 6, 20), datetime(2025, 9, 19), datetime(2025, 12, 19),
               datetime(2026, 3, 20), datetime(2026, 6, 19)]:
        for cid in active_at:
            c = by_c[cid]
            if not active(cid, qs) or rng.random() > 0.3:
                continue
            tone = tone_from(badness(c, qs, 90))
            fb(c, at(qs + D(days=int(rng.integers(0, 10))), 9, 18), "quarterly_review", "generic",
               rating=stars(tone), ctx={"at": "general", "tone": tone})
    # wearer app comments (generic)
    cids = list(active_at)
    for _ in range(1400):
        cid = cids[rng.integers(len(cids))]
        c = by_c[cid]
        a, b = active_at[cid]
        t = a + D(seconds=int(rng.integers(0, max(1, int((b - a).total_seconds())))))
        tone = pick(["pos", "neu", "neg"], [0.5, 0.3, 0.2])
        fb(c, at(t, 7, 22), "wearer_app", "generic", tp=pick(["tp_delivery", "tp_laundry", ""], [0.3, 0.3, 0.4]),
           rating=stars(tone), ctx={"at": "wearer", "tone": tone})
    # expo / trade show comment cards (no customer, no ts)
    for _ in range(110):
        city = pick(["Suzhou", "Shanghai", "Dongguan", "Ho Chi Minh City"], [0.3, 0.35, 0.2, 0.15])
        lang = "en" if (city == "Ho Chi Minh City" or rng.random() < 0.1) else "zh"
        tone = pick(["pos", "neu"], [0.55, 0.45])
        fb(None, None, "expo_card", "generic", lang=lang, tp="tp_enquiry", rating=stars(tone),
           ctx={"at": "expo", "tone": tone}, city=city, 城市=CITIES[city][0])


def assign_experiment():
    for c in customers:
        if c["variant"]:
            exps.append(dict(experiment_id="pickup_sms_reminder", variant=c["variant"], customer_id=c["customer_id"],
                             assigned_at=tfmt(at(EXP[0], 9, 10))))


def write(outdir: Path):
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols=None, sub=""):
        if cols is None:
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols:
                        cols.append(k)
        p = outdir / sub / f"{name}.csv"
        with open(p, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                           touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])])
    crow = []
    for c in customers:
        cz = CITIES[c["city"]]
        tier = "prospect"
        if c["signed"]:
            tier = "key_account" if c["wearers"] >= 400 else "standard"
            if c["legacy"] and c["wearers"] >= 600:
                tier = "strategic"
        crow.append(dict(customer_id=c["customer_id"], signup_at=tfmt(c["signup"]), segment=c["segment"],
                         region=cz[1], acquisition_channel=c["acq"], tier=tier, region_zh=cz[2], city=c["city"],
                         城市=cz[0], industry=c["industry"], 行业=INDUSTRY[c["industry"]], 获客渠道=ACQ[c["acq"]][0],
                         garment_type=c["garment"], wearers=c["wearers"], sizing_method=c["sizing"] if c["signed"] and not c["legacy"] else "",
                         service_frequency=c["freq"] if c["signed"] else "", preferred_language=c["lang"], account_manager=c["rep"], route_id=c["route"] if c["signed"] else "",
                         contract_id=c.get("contract_id", ""), term_months=c.get("term_months", ""),
                         crm_owner_team=pick(["KA", "SMB", "Public"]) if c["signed"] else "SMB"))
    dump("customers", crow)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    # the TMS re-exported a few delivery rows (exact duplicates; DATA.md loads an event_id once)
    dels = [r for r in events if r["touchpoint_id"] == "tp_delivery"]
    dup = [dels[i] for i in rng.choice(len(dels), 45, replace=False)]
    allev = events + [dict(r) for r in dup]
    allev.sort(key=lambda r: (r["ts"], r["event_id"]))
    dump("events", allev)
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    dump("orders", orders)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
             "城市", "industry", "ticket_category", "survey_wave"]
    order_idx = rng.permutation(len(feedback))
    fbs = [feedback[i] for i in order_idx]
    dump("feedback", fbs, fcols)
    dump("experiments", exps)
    dump("feedback_truth", truth, ["feedback_id", "topic", "sentiment"], sub="_truth")


def main():
    out = Path(sys.argv[1])
    build()
    nps_and_reviews()
    assign_experiment()
    write(out)
    print(f"customers {len(customers)}, events {len(events)} (+45 dup), orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(exps)}")


if __name__ == "__main__":
    main()
