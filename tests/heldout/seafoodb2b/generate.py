"""蓝港 BlueHarbour Frozen Seafood: a B2B wholesaler of frozen seafood (shrimp, salmon, squid, cod, scallops, crab,
lobster, fish fillets) selling to restaurants, hotels, supermarkets, seafood retailers and caterers in Sydney,
Auckland, Vancouver, Los Angeles, 上海 Shanghai, 深圳 Shenzhen, 北京 Beijing and 成都 Chengdu (synthetic, written blind).

Leads come from trade shows (展会), sales-rep visits (销售拜访), website enquiries, WeChat (Chinese cities) and
referrals. A lead asks for samples (样品寄送), gets a price quote (报价), fills in the trade-account / credit
application (信用申请), credit control decides (信用审批: approved, approved with a reduced limit, declined -> cash
on delivery), the customer places a first purchase order (首单), then repeat orders (复购订单). Every order leaves a
cold store (冷链发货) and is delivered with a core-temperature probe at the door (到货验收: accepted / accepted with
a note / rejected). Quality claims (质量索赔) end approved, partly approved or rejected; approved claims get a credit
note. Every delivered order is invoiced (开票) on delivery and paid (回款) on or after its terms.

Data 2025-01-01 .. 2026-05-31 (CRM + WMS + ERP extract taken early June 2026). Times are naive local times of each
city. Money (orders.amount and *_usd columns) is USD, the group's reporting currency; currency + amount_local keep
the invoiced currency.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic, sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260605), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260605
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
LEAD_END = datetime(2026, 5, 20)
N_LEGACY = 520
N_LEADS_SPREAD = 2050          # leads outside trade shows
ICELINK = (date(2025, 7, 1), date(2025, 7, 31))   # Shanghai last-mile carrier trial
SALMON_RISE = date(2026, 1, 1)                    # salmon list price +14 %

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索登记", "Lead captured", "awareness", "other", "physical", "sales",
     "新线索|展会名片|拜访登记|询盘|潜在客户|lead|prospect|enquiry|trade show lead|new lead"),
    ("tp_sample", "样品寄送", "Sample sent", "consideration", "other", "physical", "sales_support",
     "寄样|样品申请|试样|送样|sample|sample request|samples|trial pack"),
    ("tp_quote", "报价单", "Price quote", "consideration", "email", "digital", "sales",
     "报价|询价回复|价格单|价目表|quote|quotation|price list|pricing"),
    ("tp_credit_app", "信用申请", "Credit application", "purchase", "email", "digital", "credit_control",
     "开户申请|账期申请|赊销申请|开户资料|credit application|trade account application|account form"),
    ("tp_credit_review", "信用审批", "Credit decision", "purchase", "other", "digital", "credit_control",
     "授信|额度审批|信审|账期审批|credit check|credit approval|credit limit|credit decision"),
    ("tp_first_po", "首单下单", "First purchase order", "purchase", "email", "digital", "sales",
     "首单|首次下单|开单|试单|first order|opening order|first PO|trial order"),
    ("tp_reorder", "复购订单", "Repeat order", "loyalty", "web", "digital", "order_desk",
     "补货|返单|再次下单|复购|reorder|repeat order|top-up order|replenishment"),
    ("tp_dispatch", "冷链发货", "Cold-chain dispatch", "service", "other", "physical", "logistics",
     "出库|发货|装车|冷库出库|配送出车|dispatch|shipping|pick and pack|outbound|loading"),
    ("tp_delivery", "到货验收", "Delivery and temperature check", "service", "other", "physical", "logistics",
     "收货|签收|验货|测温|到货|delivery|receiving|temp check|temperature check|POD|drop"),
    ("tp_claim", "质量索赔", "Quality claim", "service", "email", "digital", "quality_assurance",
     "索赔|质量投诉|理赔|退货申请|客诉|claim|quality complaint|credit claim|RMA|complaint"),
    ("tp_invoice", "开票", "Invoice issued", "service", "email", "digital", "finance",
     "发票|账单|对账单|开发票|invoice|bill|billing|statement"),
    ("tp_payment", "回款", "Payment received", "service", "other", "digital", "finance",
     "收款|付款|到账|结款|应收|payment|remittance|collections|receivables"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead_to_first_order", "线索到首单", "Lead to first order",
     ["tp_lead", "tp_sample", "tp_quote", "tp_credit_app", "tp_first_po"], 90),
    ("first_order_fulfilment", "首单履约", "First order fulfilment",
     ["tp_first_po", "tp_dispatch", "tp_delivery"], 14),
    ("first_to_repeat", "首单到复购", "First order to repeat order",
     ["tp_first_po", "tp_reorder"], 60),
]

# city: zh, region, region_zh, currency, USD per unit, weight, English-speaking, warehouse, warehouse_zh, carrier
CITIES = {
    "Sydney": ("悉尼", "Australia", "澳大利亚", "AUD", 0.66, 0.15, True, "SYD Botany cold store", "悉尼博塔尼冷库",
               "BlueHarbour fleet"),
    "Auckland": ("奥克兰", "New Zealand", "新西兰", "NZD", 0.60, 0.07, True, "AKL Penrose cold store", "奥克兰冷库",
                 "KiwiChill Logistics"),
    "Vancouver": ("温哥华", "Canada", "加拿大", "CAD", 0.73, 0.12, True, "YVR Richmond cold store", "温哥华列治文冷库",
                  "BlueHarbour fleet"),
    "Los Angeles": ("洛杉矶", "USA", "美国", "USD", 1.0, 0.14, True, "LAX Vernon cold store", "洛杉矶弗农冷库",
                    "FrostLine Freight"),
    "Shanghai": ("上海", "East China", "华东", "CNY", 0.139, 0.22, False, "SHA Waigaoqiao cold store", "上海外高桥冷库",
                 "申冷物流"),
    "Shenzhen": ("深圳", "South China", "华南", "CNY", 0.139, 0.14, False, "SZX Yantian cold store", "深圳盐田冷库",
                 "BlueHarbour fleet"),
    "Beijing": ("北京", "North China", "华北", "CNY", 0.139, 0.11, False, "PEK Shunyi cold store", "北京顺义冷库",
                "京冷速运"),
    "Chengdu": ("成都", "Southwest China", "西南", "CNY", 0.139, 0.08, False, "CTU Shuangliu cold store", "成都双流冷库",
                "BlueHarbour fleet"),
}
CITY_NAMES = list(CITIES)
CITY_P = np.array([CITIES[c][5] for c in CITY_NAMES])
CITY_P = CITY_P / CITY_P.sum()
EN_CITIES = [c for c in CITY_NAMES if CITIES[c][6]]
CN_CITIES = [c for c in CITY_NAMES if not CITIES[c][6]]

BIZ = {  # type: zh, weight, mean days between orders, kg per order (lognormal median), late-payment propensity
    "restaurant": ("餐厅", 0.38, 13.0, 45, 0.30),
    "hotel": ("酒店", 0.09, 11.0, 80, 0.10),
    "supermarket": ("超市", 0.13, 8.5, 190, 0.05),
    "seafood_retailer": ("水产零售", 0.24, 8.0, 130, 0.14),
    "caterer": ("团餐配送", 0.16, 10.0, 100, 0.20),
}
BIZ_NAMES = list(BIZ)
BIZ_P = np.array([BIZ[b][1] for b in BIZ_NAMES])
BIZ_P = BIZ_P / BIZ_P.sum()

PRODUCTS = {  # category: zh, weight, USD/kg, packers (name, origin, weight)
    "shrimp": ("虾", 0.30, 10.5, [("Coastal Star Seafoods", "India", 0.32), ("Pacific Blue Aquaculture", "Ecuador", 0.40),
                                  ("Mekong Fresh Foods", "Vietnam", 0.28)]),
    "salmon": ("三文鱼", 0.17, 13.0, [("Nordfjord Salmon", "Norway", 0.6), ("Patagonia Marine", "Chile", 0.4)]),
    "squid": ("鱿鱼", 0.12, 5.2, [("舟山海洋食品", "China", 0.6), ("Austral Pesca", "Argentina", 0.4)]),
    "cod": ("鳕鱼", 0.11, 8.5, [("Bering Seafoods", "USA", 0.5), ("Nordfjord Salmon", "Norway", 0.5)]),
    "scallop": ("扇贝", 0.09, 24.0, [("Hokkaido Suisan", "Japan", 0.55), ("獐子岛渔业", "China", 0.45)]),
    "crab": ("蟹", 0.08, 21.0, [("Maritime Snow Crab Co.", "Canada", 1.0)]),
    "lobster": ("龙虾", 0.07, 38.0, [("Maritime Snow Crab Co.", "Canada", 0.6), ("Southern Rock Lobster", "Australia", 0.4)]),
    "fish_fillet": ("鱼片", 0.06, 4.6, [("Mekong Fresh Foods", "Vietnam", 0.7), ("湛江水产", "China", 0.3)]),
}
PROD_NAMES = list(PRODUCTS)
PROD_P = np.array([PRODUCTS[p][1] for p in PROD_NAMES])
PROD_P = PROD_P / PROD_P.sum()

CHANNEL_ZH = {"trade_show": "展会", "sales_rep": "销售拜访", "website": "官网询盘", "wechat": "微信咨询",
              "referral": "客户转介绍", "distributor_transfer": "经销商转入"}
# lead channel: p(sample), p(quote | sample), p(credit application | quote)
LEAD_P = {"trade_show": (0.26, 0.58, 0.55), "sales_rep": (0.70, 0.80, 0.72), "website": (0.54, 0.72, 0.64),
          "wechat": (0.56, 0.72, 0.64), "referral": (0.78, 0.82, 0.78)}
SHOWS = [  # name, first day, days, cities, leads
    ("Seafood Expo North America 2025", date(2025, 3, 16), 3, ["Vancouver", "Los Angeles"], 230),
    ("SIAL China 2025 中国国际食品和饮料展", date(2025, 5, 19), 3, CN_CITIES, 260),
    ("Fine Food New Zealand 2025", date(2025, 6, 22), 3, ["Auckland"], 70),
    ("Fine Food Australia 2025", date(2025, 9, 8), 4, ["Sydney", "Auckland"], 170),
    ("中国国际渔业博览会 2025", date(2025, 10, 29), 3, CN_CITIES, 290),
    ("Seafood Expo North America 2026", date(2026, 3, 15), 3, ["Vancouver", "Los Angeles"], 210),
]
LEAD_SOURCES = {"sales_rep": ["cold_visit", "market_walk", "restaurant_association"],
                "website": ["google_search", "seafood_directory", "linkedin"],
                "wechat": ["公众号文章", "朋友圈广告", "视频号"],
                "referral": ["existing_customer", "chef_network", "supplier_partner"]}
REVIEW = {"approved": "批准", "approved_reduced": "降额批准", "declined": "拒绝（货到付款）"}
TERMS_DAYS = {"net30": 30, "net45": 45, "net60": 60, "cod": 0}
TERMS_ZH = {"net30": "月结30天", "net45": "月结45天", "net60": "月结60天", "cod": "货到付款"}
CLAIM = {"thawed": "解冻回温", "short_weight": "缺重（镀冰过厚）", "wrong_item": "发错货", "damaged_packaging": "包装破损",
         "freezer_burn": "冻伤", "size_grade": "规格不符"}
CLAIM_ACT = {"approved": "全额赔付", "partially_approved": "部分赔付", "rejected": "拒赔"}
TEMP_ZH = {"pass": "合格", "marginal": "临界", "fail": "不合格"}
PAY = {"bank_transfer": "对公转账", "card": "信用卡", "cheque": "支票", "bank_acceptance": "银行承兑汇票",
       "cash_on_delivery": "货到付款"}
PAY_BY_REGION = {
    "Australia": (["bank_transfer", "card"], [0.8, 0.2]),
    "New Zealand": (["bank_transfer", "card"], [0.8, 0.2]),
    "Canada": (["bank_transfer", "cheque", "card"], [0.55, 0.3, 0.15]),
    "USA": (["bank_transfer", "cheque", "card"], [0.5, 0.35, 0.15]),
    "CN": (["bank_transfer", "bank_acceptance"], [0.8, 0.2]),
}
PAY_LATE_X = {"bank_transfer": 1.0, "card": 0.3, "cheque": 1.6, "bank_acceptance": 2.4, "cash_on_delivery": 0.0}
REPS = {
    "Sydney": ["Olivia Brown", "Jack Nguyen"], "Auckland": ["Aroha Walker"],
    "Vancouver": ["Kevin Chan", "Megan Fraser"], "Los Angeles": ["Carlos Rivera", "Emily Tran"],
    "Shanghai": ["王海燕", "陈志刚", "李明"], "Shenzhen": ["黄晓东", "林佳"], "Beijing": ["赵磊", "孙悦"],
    "Chengdu": ["杨帆"],
}
ORDER_CH_EN = (["sales_rep", "email", "phone", "b2b_portal"], [0.2, 0.3, 0.2, 0.3])
ORDER_CH_CN = (["sales_rep", "phone", "b2b_portal", "wechat_mini_program"], [0.2, 0.2, 0.15, 0.45])

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


def at(day, lo_h, hi_h):
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(minutes=int(rng.integers(int(lo_h * 60), int(hi_h * 60))))


def workday(t):
    while t.weekday() >= 5:
        t += D(days=1)
    return t


def in_data(ts):
    return START <= ts <= END


def ev(c, ts, tp, action, **kw):
    if not in_data(ts):
        return None
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("E", 7), action=action,
               city=c["city"], **kw)
    events.append(row)
    return row


def local(c, usd):
    return round(usd / CITIES[c["city"]][4], 2)


def order_row(c, ts, kind, kind_zh, usd, status, **kw):
    if not in_data(ts):
        return None
    prefix = {"purchase_order": "PO", "invoice": "INV", "credit_note": "CN"}[kind]
    row = dict(order_id=nid(prefix, 6), customer_id=c["customer_id"], ts=tfmt(ts), amount=round(usd, 2),
               status=status, order_type=kind, 单据类型=kind_zh, city=c["city"], 城市=CITIES[c["city"]][0],
               currency=CITIES[c["city"]][3], amount_local=local(c, usd), **kw)
    orders.append(row)
    return row


# ---------------------------------------------------------------- feedback texts
# topic -> language -> list of (template, sentiment). Markers (unique to their topic): README.md.
TEXTS = {
    "thawed": {
        "zh": [("到货的虾有解冻的迹象，箱子都软了，测温只有零下{t}度", "negative"),
               ("这批货明显解冻过又冻上了，结成一大块，没法用", "negative"),
               ("送来时已经开始解冻，包装上全是水，我们当场拒收了", "negative"),
               ("夏天这几次都有解冻的情况，冷链到底有没有保证？", "negative"),
               ("三文鱼到店时边上已经解冻发软，后厨很不满意", "negative")],
        "en": [("The prawns arrived partly thawed, cartons were soft, probe read -{t}C", "negative"),
               ("This delivery had clearly thawed and refrozen, the fish was one solid block", "negative"),
               ("Product was thawed on arrival with water pooling in the boxes, we refused it", "negative"),
               ("Second time this month the salmon came in thawed around the edges", "negative")],
    },
    "glaze": {
        "zh": [("虾的镀冰太厚了，化冰后净重少了快两成", "negative"),
               ("称了一下，镀冰占了三成，这不是缺斤少两吗", "negative"),
               ("这个印度厂的虾仁镀冰比例一直超标，要求按净重结算", "negative"),
               ("镀冰问题反映好几次了，收货时每箱都要复称，太麻烦", "negative")],
        "en": [("Way too much glaze on the shrimp, net weight after thawing was nearly 20% short", "negative"),
               ("We weighed the cartons: glaze was about 30%. We're paying for ice", "negative"),
               ("The glaze on the Coastal Star prawns is over spec again, please invoice on net weight", "negative"),
               ("Heavy glaze on the last three shrimp orders, our receiver now re-weighs every carton", "negative")],
    },
    "late": {
        "zh": [("送货晚了两个多小时，午市备料全耽误了", "negative"),
               ("又送货晚了，司机说冷库出车就晚了", "negative"),
               ("说好早上七点前到，结果送货晚到十点", "negative")],
        "en": [("Late delivery again, the truck turned up after lunch service had started", "negative"),
               ("Another late delivery - our kitchen had nothing to prep for the morning", "negative"),
               ("The late delivery meant we had to buy prawns at retail to cover the night", "negative")],
    },
    "damaged": {
        "zh": [("好几个箱子破了，里面的鱿鱼都露出来了", "negative"),
               ("纸箱被压扁，箱子破了两个，拍照发给业务了", "negative")],
        "en": [("Several crushed cartons in this drop, product exposed to air", "negative"),
               ("Crushed cartons at the bottom of the pallet again, please stack properly", "negative")],
    },
    "wrong": {
        "zh": [("发错货了，我们订的是31/40的虾，送来的是41/50", "negative"),
               ("又发错货，订的带头虾送成了虾仁", "negative")],
        "en": [("Wrong product delivered, we ordered skin-on salmon portions and got skinless", "negative"),
               ("Wrong product again: U10 scallops ordered, 20/30 delivered", "negative")],
    },
    "credit_slow": {
        "zh": [("索赔批了快一个月，红字发票还没开出来，财务没法冲账", "negative"),
               ("红字发票要等税务流程，拖了三周，能不能快一点", "negative"),
               ("赔付金额认可，但红字发票一直没到，下个月对账又要出问题", "negative")],
        "en": [("Claim approved three weeks ago and still no credit note on our account", "negative"),
               ("Still waiting on the credit note for last month's salmon claim, accounts are chasing me", "negative"),
               ("The credit note took forever, please speed up the claims paperwork", "negative")],
    },
    "price": {
        "zh": [("三文鱼又涨价了，一公斤贵了快两美元，菜单价压力很大", "negative"),
               ("今年涨价幅度太大，考虑换供应商", "negative"),
               ("涨价前能不能提前一个月通知，我们好调整菜单", "negative")],
        "en": [("Another price increase on salmon, hard to keep it on the menu", "negative"),
               ("The price increase this year is steep, we're getting quotes elsewhere", "negative"),
               ("Please give us more notice before a price increase, we print menus quarterly", "negative")],
    },
    "sample": {
        "zh": [("样品收到了，品质不错，后厨试菜反馈很好", "positive"),
               ("样品的虾个头均匀，准备下试单", "positive"),
               ("样品到的时候有点化了，不过味道还可以", "neutral"),
               ("样品规格跟报价单上的不一样，需要再寄一次", "negative")],
        "en": [("Sample was excellent, the chef loved the scallops", "positive"),
               ("Good sample, consistent sizing, we'll move to a trial order", "positive"),
               ("The sample took a week to arrive but quality was fine", "neutral"),
               ("The sample didn't match the spec on the quote, please resend", "negative")],
    },
    "rep": {
        "zh": [("我们的业务经理很专业，有问题随叫随到", "positive"),
               ("业务经理每个月都来拜访，还帮我们做了新菜单的建议", "positive"),
               ("换了业务经理以后沟通顺畅多了", "positive")],
        "en": [("Our account manager is fantastic, always picks up the phone", "positive"),
               ("Great account manager, helped us plan the Christmas seafood menu", "positive"),
               ("The account manager sorted our standing order in one call", "positive")],
    },
    "driver": {
        "zh": [("送货师傅很准时，每次都帮忙把货搬进冷库", "positive"),
               ("送货师傅态度好，还会当面测温给我们看", "positive")],
        "en": [("The delivery driver is always on time and helps stack our freezer", "positive"),
               ("Lovely delivery driver, probes the cartons in front of our chef every time", "positive")],
    },
    "credit_terms": {
        "zh": [("账期只给了货到付款，我们开了十几年店，太不合理", "negative"),
               ("账期申请的是月结60天，只批了30天，额度也太低", "negative"),
               ("账期审批拖了两个星期，耽误了我们开业备货", "negative")],
        "en": [("We only got COD on our credit terms application, after 12 years in business", "negative"),
               ("Asked for 60-day credit terms and got 30 with a tiny limit", "negative"),
               ("The credit terms review took two weeks and delayed our opening order", "negative")],
    },
    "portal": {
        "zh": [("下单小程序很好用，半夜也能补货", "positive"),
               ("下单小程序经常显示缺货，其实仓库有货", "negative"),
               ("下单小程序能不能加个一键复购", "neutral")],
        "en": [("The ordering portal makes reorders so easy", "positive"),
               ("Ordering portal keeps logging me out before I can submit", "negative"),
               ("Could the ordering portal remember our usual order?", "neutral")],
    },
    "invoice": {
        "zh": [("发票金额跟送货单对不上，每次都要来回核对", "negative"),
               ("发票抬头又开错了，要重开", "negative")],
        "en": [("The invoice amount doesn't match the delivery docket again", "negative"),
               ("Invoice amount is wrong - charged gross weight instead of net", "negative")],
    },
    "generic_pos": {
        "zh": [("合作很愉快，货品稳定", "positive"), ("整体满意，会继续合作", "positive"),
               ("品质一直很稳定，客人反馈不错", "positive"), ("服务好，价格也公道", "positive"),
               ("对接很顺畅，没什么问题", "positive")],
        "en": [("Reliable supplier, very happy overall", "positive"), ("Consistent quality, good value", "positive"),
               ("Easy to deal with, no complaints", "positive"), ("Been with you for years, never let us down",
                                                                  "positive"),
               ("Great range and the team is responsive", "positive")],
    },
    "generic_neu": {
        "zh": [("还可以吧", "neutral"), ("一般，没什么特别的", "neutral"), ("希望品类再多一些", "neutral"),
               ("中规中矩", "neutral")],
        "en": [("It's fine", "neutral"), ("Nothing special either way", "neutral"),
               ("Would like a wider range of shellfish", "neutral"), ("Average, does the job", "neutral")],
    },
    "generic_neg": {
        "zh": [("客服电话老是打不通", "negative"), ("最近服务越来越差", "negative"),
               ("沟通效率低，一件事要说好几遍", "negative")],
        "en": [("Hard to get hold of anyone in customer service", "negative"), ("Service has slipped lately", "negative"),
               ("Had to chase the same issue three times", "negative")],
    },
}
RATING_BY_SENT = {"negative": ([1, 2, 3], [0.5, 0.38, 0.12]), "neutral": ([3, 4], [0.65, 0.35]),
                  "positive": ([4, 5], [0.3, 0.7])}
RATED = {"delivery_survey", "claim_survey", "sample_feedback", "qbr_form"}


def say(topic, lang):
    tpl, sent = pick(TEXTS[topic][lang])
    return tpl.format(t=int(rng.integers(8, 15))), sent


def fb(c, ts, topic, channel, tp=None, nps=None, rating=None, lang=None, **kw):
    """one comment; ts None = undated. A 1-5 rating (from the sentiment) on rated channels."""
    if ts is not None and not in_data(ts):
        return None
    if lang is None:
        lang = c["preferred_language"] if c is not None else pick(["zh", "en"])
    text, sent = say(topic, lang)
    if channel in RATED and rating is None:
        vals, p = RATING_BY_SENT[sent]
        rating = int(pick(vals, p))
    fid = nid("F", 6)
    anonymous = channel == "wechat_group"
    row = dict(feedback_id=fid, customer_id=c["customer_id"] if c is not None and not anonymous else "",
               ts=tfmt(ts) if ts is not None else "", touchpoint_id=tp or "", channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", text=text,
               language=lang, city=c["city"] if c is not None else "",
               business_type=c["business_type"] if c is not None and not anonymous else "", **kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic if not topic.startswith("generic") else "generic",
                      sentiment=sent))
    return row


# ---------------------------------------------------------------- customers
def new_customer(city, biz, signup, acq, segment):
    cid = nid("C", 5)
    en_city = CITIES[city][6]
    if en_city:
        lang = "zh" if rng.random() < (0.22 if biz in ("restaurant", "seafood_retailer") else 0.06) else "en"
    else:
        lang = "en" if rng.random() < (0.15 if biz == "hotel" else 0.03) else "zh"
    outlets = int(1 + rng.poisson(0.6 if biz in ("restaurant", "seafood_retailer") else 2.5))
    tier = "key_account" if outlets >= 5 or (biz in ("supermarket", "hotel") and rng.random() < 0.3) else (
        "standard" if outlets >= 2 or rng.random() < 0.5 else "small")
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment=segment, region=CITIES[city][1],
             区域=CITIES[city][2], city=city, 城市=CITIES[city][0], acquisition_channel=acq,
             获客渠道=CHANNEL_ZH[acq], tier=tier, business_type=biz, 客户类型=BIZ[biz][0], outlets=outlets,
             years_in_business=int(min(40, rng.exponential(7.0))), preferred_language=lang,
             sales_rep=pick(REPS[city]), payment_terms="", 账期="", credit_limit_usd="", account_opened="")
    customers.append(c)
    return c


def season_orders(d: date, city: str) -> float:
    """order frequency multiplier: Christmas in English-speaking cities, the weeks before Chinese New Year."""
    if CITIES[city][6]:
        if d.month == 12 and d.day <= 23:
            return 1.9 if city in ("Sydney", "Auckland") else 1.35
        if d.month == 12 or (d.month == 1 and d.day <= 3):
            return 0.5
        return 1.0
    for cny in (date(2025, 1, 29), date(2026, 2, 17)):
        delta = (cny - d).days
        if 0 < delta <= 24:
            return 1.7
        if -6 <= delta <= 0:
            return 0.25
    return 1.0


# ---------------------------------------------------------------- acquisition
def lead_days():
    """(customer-less) list of (day, channel, city, show) for every lead."""
    out = []
    for name, d0, ndays, cities, n in SHOWS:
        for _ in range(n):
            d = d0 + D(days=int(rng.integers(0, ndays)))
            out.append((d, "trade_show", pick(cities), name))
    span = (LEAD_END.date() - START.date()).days
    for _ in range(N_LEADS_SPREAD):
        while True:
            d = START.date() + D(days=int(rng.integers(0, span + 1)))
            if d.weekday() < 6 and not (d.month == 12 and d.day > 20):
                break
        city = CITY_NAMES[rng.choice(8, p=CITY_P)]
        if CITIES[city][6]:
            ch = pick(["sales_rep", "website", "referral"], [0.55, 0.28, 0.17])
        else:
            ch = pick(["sales_rep", "website", "wechat", "referral"], [0.45, 0.12, 0.28, 0.15])
        out.append((d, ch, city, ""))
    out.sort(key=lambda r: r[0])
    return out


def acquisition():
    """leads -> samples -> quotes -> credit application -> decision -> first order; returns accounts."""
    accounts = []
    for d, ch, city, show in lead_days():
        biz = BIZ_NAMES[rng.choice(5, p=BIZ_P)]
        if ch == "trade_show":
            ts = at(d, 9, 17.5)
        elif ch in ("website", "wechat"):
            ts = at(d, 7, 23)
        else:
            ts = at(workday(datetime(d.year, d.month, d.day)), 9, 17.5)
        c = new_customer(city, biz, ts, ch, "prospect")
        interest = PROD_NAMES[rng.choice(8, p=PROD_P)]
        kw = dict(channel=ch, sales_rep=c["sales_rep"], lead_source=show or pick(LEAD_SOURCES[ch]),
                  product_interest=interest, 品类=PRODUCTS[interest][0],
                  est_monthly_kg=int(BIZ[biz][3] * 30 / BIZ[biz][2] * rng.lognormal(0, 0.4)))
        if ch in ("website", "wechat"):
            kw["device"] = "pc" if ch == "website" and rng.random() < 0.65 else pick(["ios", "android"], [0.5, 0.5])
        ev(c, ts, "tp_lead", "new", **kw)
        p_s, p_q, p_a = LEAD_P[ch]
        if rng.random() >= p_s:
            c["segment"] = "lost_lead" if ts < END - D(days=60) else "prospect"
            continue
        # sample
        t = at(workday(ts + D(days=int(2 + rng.gamma(2.0, 3.5)))), 9, 17)
        cat = interest if rng.random() < 0.8 else PROD_NAMES[rng.choice(8, p=PROD_P)]
        ev(c, t, "tp_sample", "sent", sample_no=nid("SMP", 5), product_category=cat, 品类=PRODUCTS[cat][0],
           sample_kg=float(pick([1.0, 2.0, 5.0], [0.4, 0.45, 0.15])),
           courier=pick(["DHL Express Cold", "TNT", "BlueHarbour fleet"] if CITIES[city][6]
                        else ["顺丰冷运", "京东冷链", "BlueHarbour fleet"]))
        if rng.random() < 0.30:
            fb(c, t + D(days=int(rng.integers(2, 8)), hours=int(rng.integers(0, 8))), "sample", "sample_feedback",
               "tp_sample")
        if rng.random() >= p_q:
            c["segment"] = "lost_lead" if t < END - D(days=60) else "prospect"
            continue
        # quote (sometimes revised)
        t = at(workday(t + D(days=int(3 + rng.gamma(2.0, 3.0)))), 9, 18)
        price = PRODUCTS[cat][2] * (1.14 if cat == "salmon" and t.date() >= SALMON_RISE else 1.0)
        qkw = dict(quote_no=nid("Q", 5), product_category=cat, 品类=PRODUCTS[cat][0],
                   price_per_kg_usd=round(price * rng.uniform(0.95, 1.08), 2), valid_days=int(pick([14, 30])),
                   sales_rep=c["sales_rep"])
        ev(c, t, "tp_quote", "sent", **qkw)
        if rng.random() < 0.28:
            t = at(workday(t + D(days=int(rng.integers(2, 10)))), 9, 18)
            qkw["price_per_kg_usd"] = round(qkw["price_per_kg_usd"] * rng.uniform(0.93, 0.98), 2)
            ev(c, t, "tp_quote", "revised", **qkw)
        # quote follow-up experiment (quotes sent 2025-07-01 .. 2026-02-28)
        boost = 0.0
        if datetime(2025, 7, 1) <= t < datetime(2026, 3, 1):
            variant = pick(["email_followup", "rep_call_followup"])
            experiments.append(dict(experiment_id="quote_followup_2025", variant=variant,
                                    customer_id=c["customer_id"], assigned_at=tfmt(t + D(minutes=5))))
            boost = 0.22 if variant == "rep_call_followup" else 0.0
        if rng.random() >= min(0.95, p_a + boost):
            c["segment"] = "lost_lead" if t < END - D(days=60) else "prospect"
            continue
        # credit application and decision
        t = at(workday(t + D(days=int(2 + rng.gamma(2.0, 4.0)))), 8, 20)
        req_terms = pick(["net30", "net45", "net60"], [0.5, 0.25, 0.25])
        req_limit = int(round(BIZ[biz][3] * 30 / BIZ[biz][2] * 11 * 2 * rng.lognormal(0, 0.3), -2))
        ev(c, t, "tp_credit_app", "submitted", application_no=nid("CA", 5), requested_terms=req_terms,
           requested_limit_usd=req_limit, years_in_business=c["years_in_business"],
           trade_references=int(rng.integers(0, 4)))
        young = c["years_in_business"] < 2
        p_dec = 0.38 if young else 0.12
        if biz == "restaurant":
            p_dec += 0.06
        decision = pick(["approved", "approved_reduced", "declined"], [1 - p_dec - 0.2, 0.2, p_dec])
        review_days = int(1 + rng.gamma(2.0, 1.6 if CITIES[city][6] else 2.6))
        t2 = at(workday(t + D(days=review_days)), 9, 18)
        terms = "cod" if decision == "declined" else (req_terms if decision == "approved" else "net30")
        limit = 0 if decision == "declined" else int(round(req_limit * (1 if decision == "approved" else 0.5), -2))
        ev(c, t2, "tp_credit_review", decision, 审批结果=REVIEW[decision], approved_terms=terms,
           approved_limit_usd=limit, review_days=review_days, credit_score=int(np.clip(
               rng.normal(72 if decision != "declined" else 48, 10), 10, 99)))
        c.update(payment_terms=terms, 账期=TERMS_ZH[terms], credit_limit_usd=limit)
        if decision != "approved" and rng.random() < 0.10:
            fb(c, t2 + D(days=int(rng.integers(1, 10))), "credit_terms", pick(["call_note", "email"]),
               "tp_credit_review")
        p_po = {"approved": 0.86, "approved_reduced": 0.74, "declined": 0.36}[decision]
        if rng.random() >= p_po:
            c["segment"] = "lost_lead" if t2 < END - D(days=60) else "prospect"
            continue
        t3 = at(workday(t2 + D(days=int(1 + rng.gamma(1.6, 4.0)))), 8, 19)
        c["account_opened"] = t3.strftime("%Y-%m-%d")
        accounts.append((c, t3))
    return accounts


def legacy_accounts():
    out = []
    for _ in range(N_LEGACY):
        city = CITY_NAMES[rng.choice(8, p=CITY_P)]
        biz = BIZ_NAMES[rng.choice(5, p=BIZ_P)]
        opened = datetime(2017, 1, 1) + D(days=int(rng.integers(0, 2900)))
        c = new_customer(city, biz, at(opened, 9, 17), pick(["sales_rep", "trade_show", "referral",
                                                               "distributor_transfer"], [0.45, 0.2, 0.25, 0.1]),
                         "active")
        c["years_in_business"] = max(c["years_in_business"], 2025 - opened.year + int(rng.integers(0, 6)))
        terms = pick(["net30", "net45", "net60", "cod"], [0.5, 0.22, 0.2, 0.08])
        c.update(payment_terms=terms, 账期=TERMS_ZH[terms], account_opened=opened.strftime("%Y-%m-%d"),
                 credit_limit_usd=0 if terms == "cod" else int(round(rng.lognormal(9.3, 0.6), -2)))
        first = at(workday(START + D(days=int(rng.integers(0, 12)))), 8, 19)
        out.append((c, first))
    return out


# ---------------------------------------------------------------- orders and fulfilment
def probe_temp(c, day: date, carrier: str):
    if carrier == "冰链冷运":
        return rng.normal(-17.3, 2.0)
    mean = -20.6
    if day.month in (6, 7, 8) and not CITIES[c["city"]][6]:
        mean += 0.3
    if day.month in (12, 1, 2) and c["city"] in ("Sydney", "Auckland"):
        mean += 0.3
    return rng.normal(mean, 1.15)


class Acct:
    def __init__(self, c):
        self.c = c
        self.risk = 0.0          # extra lapse hazard after bad experiences
        self.lapsed = False
        self.n_orders = 0
        self.last_order = None
        self.bad = 0


def fulfil(a: Acct, t: datetime, first: bool):
    """one purchase order with dispatch, delivery, claim, invoice, payment."""
    c = a.c
    city = c["city"]
    biz = c["business_type"]
    cat = PROD_NAMES[rng.choice(8, p=PROD_P)]
    packer, origin = pick([(p[0], p[1]) for p in PRODUCTS[cat][3]], [p[2] for p in PRODUCTS[cat][3]])
    kg = float(round(BIZ[biz][3] * rng.lognormal(0, 0.45) * (1.4 if c["tier"] == "key_account" else 1.0)
                     * (1.25 if season_orders(t.date(), city) > 1.2 else 1.0), 1))
    kg = max(5.0, kg)
    price = PRODUCTS[cat][2] * (1.14 if cat == "salmon" and t.date() >= SALMON_RISE else 1.0)
    price *= {"key_account": 0.92, "standard": 1.0, "small": 1.05}[c["tier"]] * rng.uniform(0.97, 1.03)
    amount = round(kg * price, 2)
    chans, cp = ORDER_CH_EN if CITIES[city][6] else ORDER_CH_CN
    if first:
        ch = pick(["sales_rep", "email", "phone"], [0.6, 0.25, 0.15])
    else:
        ch = pick(chans, cp)
    dev = ""
    if ch == "b2b_portal":
        dev = pick(["pc", "ios", "android"], [0.6, 0.2, 0.2])
    elif ch == "wechat_mini_program":
        dev = pick(["ios", "android"], [0.45, 0.55])
    po_no = nid("PO-", 6)
    tp = "tp_first_po" if first else "tp_reorder"
    row = ev(c, t, tp, "placed", channel=ch, device=dev, po_no=po_no, product_category=cat, 品类=PRODUCTS[cat][0],
             packer=packer, origin=origin, order_kg=kg, amount_usd=amount, order_seq=a.n_orders + 1)
    if row is None:
        return
    a.n_orders += 1
    a.last_order = t
    po_kw = dict(channel=ch, device=dev, po_no=po_no, product_category=cat, 品类=PRODUCTS[cat][0], order_kg=kg,
                 payment_terms=c["payment_terms"])
    if rng.random() < 0.018:
        order_row(c, t, "purchase_order", "采购订单", amount, "cancelled", **po_kw,
                  cancel_reason=pick(["customer_changed_mind", "out_of_stock", "duplicate_order"], [0.4, 0.4, 0.2]))
        return
    # dispatch: the next morning from the city's cold store (no Sunday runs)
    day = t.date() + D(days=1)
    if day.weekday() == 6:
        day += D(days=1)
    peak = season_orders(day, city) > 1.2
    carrier = CITIES[city][9]
    if city == "Shanghai" and ICELINK[0] <= day <= ICELINK[1] and rng.random() < 0.8:
        carrier = "冰链冷运"
    late_p = 0.035 + (0.10 if peak else 0.0)
    late_dispatch = rng.random() < late_p
    planned = at(day, 4, 7)
    delay_h = round(float(rng.uniform(1.0, 4.0)), 1) if late_dispatch else 0.0
    tdisp = planned + D(hours=delay_h) + D(minutes=int(rng.integers(0, 20)))
    if tdisp + D(hours=8) > END:      # still open at the extract
        order_row(c, t, "purchase_order", "采购订单", amount, "open", **po_kw)
        return
    ev(c, tdisp, "tp_dispatch", "dispatched_late" if late_dispatch else "dispatched", po_no=po_no,
       warehouse=CITIES[city][7], 冷库=CITIES[city][8], carrier=carrier, 承运商=carrier,
       truck_id=f"{city[:3].upper()}-R{int(rng.integers(1, 19)):02d}", load_temp_c=round(float(rng.normal(-22, 0.8)), 1),
       delay_hours=delay_h)
    # delivery with probe temperature
    tdel = tdisp + D(minutes=int(rng.integers(60, 360)))
    late_min = int(max(0, rng.normal(70, 45))) if (late_dispatch or rng.random() < 0.05) else 0
    if carrier == "冰链冷运" and rng.random() < 0.25:
        late_min = int(max(late_min, rng.normal(90, 40)))
    tdel += D(minutes=late_min)
    temp = round(float(probe_temp(c, day, carrier)), 1)
    check = "pass" if temp <= -18.0 else ("marginal" if temp <= -15.0 else "fail")
    act = {"pass": "accepted", "marginal": "accepted_with_note", "fail": "rejected"}[check]
    ev(c, tdel, "tp_delivery", act, po_no=po_no, carrier=carrier, 承运商=carrier, probe_temp_c=temp,
       temp_check=check, 温检结果=TEMP_ZH[check], minutes_late=late_min, on_time="no" if late_min > 30 else "yes",
       product_category=cat, 品类=PRODUCTS[cat][0], packer=packer, cartons=int(max(1, kg // 10)))
    if check == "fail":
        a.risk += 0.06
        a.bad += 1
    elif check == "marginal":
        a.risk += 0.02
        a.bad += 1
    # delivery survey
    p_fb = 0.05 + (0.35 if check != "pass" else 0) + (0.2 if late_min > 30 else 0) + (
        0.12 if packer == "Coastal Star Seafoods" else 0)
    if rng.random() < p_fb:
        topic = None
        if check != "pass" and rng.random() < 0.8:
            topic = "thawed"
        elif late_min > 30 and rng.random() < 0.7:
            topic = "late"
        elif packer == "Coastal Star Seafoods" and rng.random() < 0.55:
            topic = "glaze"
        if topic is None:
            topic = pick(["driver", "damaged", "wrong", "generic_pos", "generic_neu", "generic_neg"],
                         [0.12, 0.04, 0.03, 0.5, 0.2, 0.11])
        tp_fb = "tp_dispatch" if topic == "late" and rng.random() < 0.25 else "tp_delivery"
        fb(c, tdel + D(hours=int(rng.integers(1, 30))), topic, "delivery_survey", tp_fb)
    if check == "fail":
        order_row(c, t, "purchase_order", "采购订单", amount, "returned", **po_kw, return_reason="temperature_fail")
        return
    order_row(c, t, "purchase_order", "采购订单", amount, "fulfilled", **po_kw)
    # claim
    p = 0.006
    reason = None
    if check == "marginal" and rng.random() < 0.33:
        reason = "thawed"
    elif cat == "shrimp" and packer == "Coastal Star Seafoods" and rng.random() < 0.085:
        reason = "short_weight"
    elif rng.random() < p * 2.6:
        reason = pick(["wrong_item", "damaged_packaging", "freezer_burn", "size_grade", "short_weight"],
                      [0.25, 0.25, 0.15, 0.25, 0.10])
    credit = 0.0
    tclaim = None
    if reason:
        tclaim = at(tdel.date() + D(days=int(rng.integers(0, 4))), 8, 20)
        claimed = round(amount * (rng.uniform(0.5, 1.0) if reason in ("thawed", "wrong_item") else
                                  rng.uniform(0.1, 0.35)), 2)
        outcome = pick(["approved", "partially_approved", "rejected"],
                       {"thawed": [0.6, 0.25, 0.15], "short_weight": [0.45, 0.45, 0.10],
                        "wrong_item": [0.85, 0.1, 0.05]}.get(reason, [0.4, 0.3, 0.3]))
        decision_days = int(1 + rng.gamma(2.0, 2.0))
        credit = 0.0 if outcome == "rejected" else (claimed if outcome == "approved" else
                                                    round(claimed * rng.uniform(0.4, 0.7), 2))
        cn_days = ""
        cn_no = ""
        if credit > 0:
            cn_days = int(rng.integers(2, 9)) if CITIES[city][6] else int(rng.integers(9, 32))
            cn_no = nid("CRN-", 5)
        ev(c, tclaim, "tp_claim", outcome, 赔付结果=CLAIM_ACT[outcome], claim_no=nid("CLM", 5), po_no=po_no,
           claim_reason=reason, 索赔原因=CLAIM[reason], product_category=cat, 品类=PRODUCTS[cat][0], packer=packer,
           claimed_usd=claimed, approved_usd=credit, decision_days=decision_days, credit_note_no=cn_no,
           credit_note_days=cn_days)
        if outcome == "rejected":
            a.risk += 0.03
        if credit > 0:
            tcn = tclaim + D(days=decision_days + cn_days, hours=int(rng.integers(0, 6)))
            order_row(c, tcn, "credit_note", "贷项通知单", -credit, "issued", po_no=po_no, claim_no=cn_no,
                      product_category=cat, 品类=PRODUCTS[cat][0], claim_reason=reason)
        # claim survey
        if rng.random() < 0.45:
            tfb = tclaim + D(days=decision_days + (cn_days or 0) + int(rng.integers(1, 5)))
            if credit > 0 and cn_days and cn_days > 14 and rng.random() < 0.7:
                topic = "credit_slow"
            elif reason == "thawed" and rng.random() < 0.3:
                topic = "thawed"
            elif reason == "short_weight" and rng.random() < 0.12:
                topic = "glaze"
            elif outcome == "rejected":
                topic = "generic_neg"
            else:
                topic = pick(["generic_pos", "generic_neu", "generic_neg"], [0.45, 0.35, 0.2])
            fb(c, tfb, topic, "claim_survey", "tp_claim")
    # invoice on delivery, payment by terms
    terms = c["payment_terms"]
    tinv = at(tdel.date(), 18, 21)
    inv_no = nid("INV-", 6)
    ev(c, tinv, "tp_invoice", "issued", invoice_no=inv_no, po_no=po_no, amount_usd=amount,
       payment_terms=terms, 账期=TERMS_ZH[terms], due_date=(tinv + D(days=TERMS_DAYS[terms])).strftime("%Y-%m-%d"))
    if terms == "cod":
        method = "cash_on_delivery" if CITIES[city][6] else pick(["cash_on_delivery", "bank_transfer"], [0.4, 0.6])
        days = 0
        late = False
    else:
        reg = CITIES[city][1] if CITIES[city][6] else "CN"
        method = pick(*PAY_BY_REGION[reg])
        p_late = BIZ[biz][4] * PAY_LATE_X[method] * (1.3 if terms == "net60" else 1.0)
        late = rng.random() < p_late
        base = TERMS_DAYS[terms]
        days = int(base + 1 + rng.gamma(1.6, 9.0)) if late else int(max(1, base - rng.integers(0, 10)))
    tpay = at(tinv.date() + D(days=days), 9, 17) if days > 0 else tdel + D(minutes=int(rng.integers(5, 40)))
    due = tinv.date() + D(days=TERMS_DAYS[terms])
    if tpay <= END:
        status = "paid"
        ev(c, tpay, "tp_payment", "late" if late else "on_time", invoice_no=inv_no, payment_method=method,
           付款方式=PAY[method], days_to_pay=days, days_late=max(0, days - TERMS_DAYS[terms]), amount_usd=amount)
        if late:
            a.risk += 0.0
    else:
        status = "overdue" if due < END.date() else "unpaid"
    order_row(c, tinv, "invoice", "发票", amount, status, po_no=po_no, invoice_no=inv_no, payment_terms=terms,
              due_date=due.strftime("%Y-%m-%d"), paid_at=tfmt(tpay) if status == "paid" else "",
              days_to_pay=days if status == "paid" else "", payment_method=method if status == "paid" else "",
              product_category=cat, 品类=PRODUCTS[cat][0], order_kg=kg)
    if status == "paid" and late and days - TERMS_DAYS[terms] > 20 and rng.random() < 0.05:
        fb(c, tpay + D(days=int(rng.integers(1, 6))), "invoice", "email", "tp_invoice")


def run_accounts(accts):
    for c, first in accts:
        a = Acct(c)
        legacy = c["account_opened"] < "2025-01-01"
        t = first
        fulfil(a, t, first=not legacy)
        base = BIZ[c["business_type"]][2] * (0.8 if c["tier"] == "key_account" else 1.15 if c["tier"] == "small"
                                             else 1.0) * rng.lognormal(0, 0.25)
        # first repeat order comes a bit later for new accounts (they test the product first)
        if not legacy and rng.random() < 0.18:
            a.lapsed = True   # one-off buyers
        gap_mult = 1.6 if not legacy else 1.0
        while not a.lapsed:
            gap = rng.gamma(2.2, base * 1.35 / 2.2) * gap_mult / max(0.2, season_orders(t.date(), c["city"]))
            gap_mult = 1.0
            t = t + D(days=float(max(1.0, gap)))
            if t > END:
                break
            # monthly-ish lapse hazard, scaled per order
            hz = (0.012 + a.risk) * (gap / 30.0)
            a.risk *= 0.9
            if rng.random() < hz:
                a.lapsed = True
                break
            if season_orders(t.date(), c["city"]) < 0.6 and rng.random() < 0.8:
                while season_orders(t.date(), c["city"]) < 0.6:     # closed for the holidays: order after
                    t += D(days=1)
            t = at(workday(t), 7, 20)
            if t > END:
                break
            fulfil(a, t, first=False)
        # segment at extract time
        if a.last_order is None:
            c["segment"] = "lost_lead"
        elif a.n_orders == 1 and (END - a.last_order).days > 60:
            c["segment"] = "one_off"
        elif (END - a.last_order).days > 60:
            c["segment"] = "lapsed"
        elif not legacy and (END - datetime.strptime(c["account_opened"], "%Y-%m-%d")).days <= 90:
            c["segment"] = "new_account"
        else:
            c["segment"] = "active"
        # account review notes and quarterly business reviews
        if a.n_orders >= 3:
            last = a.last_order
            for _ in range(int(rng.poisson(0.35))):
                lo = datetime.strptime(max(c["account_opened"], "2025-01-01"), "%Y-%m-%d")
                if lo >= last:
                    break
                ts = at(workday(lo + D(days=int(rng.integers(0, max(1, (last - lo).days))))), 9, 18)
                topic, tp = call_note_topic(c, ts, a)
                fb(c, ts, topic, "call_note", tp)
            if c["tier"] == "key_account" and rng.random() < 0.22:
                topic, tp = call_note_topic(c, None, a)
                fb(c, None, topic, "qbr_form", tp)


def call_note_topic(c, ts, a):
    r = rng.random()
    if ts is not None and ts.date() >= SALMON_RISE and r < 0.35:
        return "price", "tp_quote"
    if ts is not None and ts.date() < SALMON_RISE and r < 0.05:
        return "price", "tp_quote"
    r = rng.random()
    if a.bad and r < 0.25:
        return "thawed", "tp_delivery"
    if r < 0.33:
        return "glaze", "tp_delivery"
    if r < 0.42:
        return "portal", "tp_reorder"
    if r < 0.60:
        return "rep", ""
    if r < 0.66:
        return "invoice", "tp_invoice"
    return pick(["generic_pos", "generic_neu", "generic_neg"], [0.5, 0.3, 0.2]), ""


def nps_waves():
    """semi-annual relationship NPS survey of customers who had deliveries in the 180 days before the wave."""
    by_cust: dict[str, list[dict]] = {}
    for e in events:
        if e["touchpoint_id"] == "tp_delivery":
            by_cust.setdefault(e["customer_id"], []).append(e)
    cmap = {c["customer_id"]: c for c in customers}
    for wave, day in (("2025-06", date(2025, 6, 16)), ("2025-12", date(2025, 12, 8))):
        lo, hi = tfmt(datetime(day.year, day.month, day.day) - D(days=180)), tfmt(datetime(day.year, day.month,
                                                                                           day.day))
        for cid, dels in by_cust.items():
            recent = [e for e in dels if lo <= e["ts"] < hi]
            if not recent or rng.random() > 0.42:
                continue
            c = cmap[cid]
            bad = sum(e["temp_check"] != "pass" for e in recent)
            late = sum(e["on_time"] == "no" for e in recent)
            mu = 8.5 - 2.6 * min(bad, 2) - 0.5 * min(late, 2)
            if c["payment_terms"] == "cod":
                mu -= 0.8
            score = int(np.clip(round(rng.normal(mu, 1.6)), 0, 10))
            ts = at(day + D(days=int(rng.integers(0, 10))), 8, 22)
            if score >= 9:
                topic = pick(["rep", "driver", "generic_pos"], [0.35, 0.2, 0.45])
            elif score >= 7:
                topic = pick(["generic_neu", "portal", "generic_pos", "price"], [0.5, 0.15, 0.25, 0.1])
            else:
                topic = "thawed" if bad and rng.random() < 0.6 else pick(
                    ["late", "price", "credit_terms", "generic_neg", "invoice"], [0.25, 0.2, 0.1, 0.35, 0.1])
            fb(c, ts, topic, "nps_survey", "", nps=score, survey_wave=wave)


def wechat_group():
    for _ in range(110):
        city = pick(CN_CITIES)
        c = dict(customer_id="", city=city, business_type="", preferred_language="zh")
        topic = pick(["thawed", "glaze", "late", "portal", "price", "driver", "generic_pos", "generic_neg"],
                     [0.15, 0.12, 0.15, 0.15, 0.1, 0.1, 0.13, 0.1])
        tp = {"thawed": "tp_delivery", "glaze": "tp_delivery", "late": "tp_delivery", "portal": "tp_reorder",
              "price": "tp_quote", "driver": "tp_delivery"}.get(topic, "")
        fb(c, None, topic, "wechat_group", tp, lang="zh", platform="企业微信客户群")


# ---------------------------------------------------------------- output
def write(path: Path, rows: list[dict], cols=None) -> None:
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    accts = legacy_accounts() + acquisition()
    run_accounts(accts)
    nps_waves()
    wechat_group()
    # a few re-synced dispatch scans (exact duplicates, same event_id)
    dup_idx = rng.choice([i for i, e in enumerate(events) if e["touchpoint_id"] == "tp_dispatch"], 30,
                         replace=False)
    events.extend(dict(events[i]) for i in dup_idx)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows)
    write(out / "customers.csv", customers)
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "city"]
    write(out / "events.csv", events, ev_cols + [k for k in dict.fromkeys(k for e in events for k in e)
                                                 if k not in ev_cols])
    write(out / "orders.csv", orders)
    fb_cols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text"]
    write(out / "feedback.csv", feedback, fb_cols + [k for k in dict.fromkeys(k for f in feedback for k in f)
                                                     if k not in fb_cols])
    write(out / "experiments.csv", experiments)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
