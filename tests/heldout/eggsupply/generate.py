#!/usr/bin/env python3
"""Synthetic data for 晨禾蛋品 MorningField Egg Supply, a B2B egg and egg-product supplier to bakeries, restaurants
and canteens in Nanjing, Suzhou and Macau (a held-out batch written blind; see README.md).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV) and
OUTDIR/_truth/feedback_truth.csv (the topic and sentiment of every comment; not a DATA.md table). Fixed seed,
numpy + stdlib only, deterministic. Data 2025-01-01 .. 2026-06-30 (extract taken early July 2026).
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
END_D = END.date()


# ----------------------------------------------------------------------------------------------- helpers
def U(a=0.0, b=1.0) -> float:
    return a + (b - a) * float(rng.random())


def P(p: float) -> bool:
    return float(rng.random()) < p


def pick(d: dict):
    keys = list(d)
    w = np.array([d[k] for k in keys], dtype=float)
    c = np.cumsum(w / w.sum())
    return keys[min(int(np.searchsorted(c, rng.random(), side="right")), len(keys) - 1)]


def one_of(seq):
    return seq[int(rng.integers(len(seq)))]


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + timedelta(seconds=int(U(h0, h1) * 3600))


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


@lru_cache(maxsize=None)
def _d(s: str) -> date:
    return date.fromisoformat(s)


def in_range(t, a: str, b: str) -> bool:
    d = t.date() if isinstance(t, datetime) else t
    return _d(a) <= d <= _d(b)


# ----------------------------------------------------------------------------------------------- reference data
CITY = {
    "Nanjing": dict(zh="南京", region="Jiangsu", dc="Jiangning DC", dc_zh="南京江宁仓", carrier="own_fleet",
                    districts=["鼓楼区", "玄武区", "秦淮区", "建邺区", "江宁区", "浦口区", "栖霞区"]),
    "Suzhou": dict(zh="苏州", region="Jiangsu", dc="Xiangcheng DC", dc_zh="苏州相城仓", carrier="own_fleet",
                   districts=["姑苏区", "工业园区", "吴中区", "相城区", "高新区", "吴江区"]),
    "Macau": dict(zh="澳门", region="Macau", dc="Hengqin DC", dc_zh="珠海横琴仓", carrier="hengao_crossborder",
                  districts=["澳门半岛", "氹仔", "路氹城", "路环"]),
}
CARRIER_ZH = {"own_fleet": "自有车队", "hengao_crossborder": "横澳跨境物流"}
BTYPE_ZH = {"bakery": "烘焙店", "restaurant": "餐厅", "canteen": "食堂"}
CHANNEL_JS = {"sales_visit": 0.27, "wechat": 0.22, "website": 0.15, "online_ads": 0.16, "referral": 0.12,
              "trade_show": 0.08}
CHANNEL_MO = {"sales_visit": 0.28, "whatsapp": 0.22, "referral": 0.2, "website": 0.1, "trade_show": 0.14,
              "online_ads": 0.06}
ACQ_ZH = {"sales_visit": "销售拜访", "wechat": "微信公众号", "website": "官网询价", "online_ads": "线上广告",
          "referral": "客户转介绍", "trade_show": "展会", "whatsapp": "WhatsApp"}
REPS = {"Nanjing": ["王磊", "陈静", "刘洋", "周敏"], "Suzhou": ["张伟", "李娜", "吴昊", "沈佳"],
        "Macau": ["何嘉欣", "梁志豪", "陈美玲"]}
# product: zh name, unit, CNY per unit in 2025, shell eggs on pulp trays?
PRODUCTS = {
    "fresh_egg": ("鲜鸡蛋", "case of 360", 228.0, True),
    "free_range_egg": ("土鸡蛋", "case of 240", 312.0, True),
    "liquid_whole_egg": ("液体全蛋", "10 kg bag", 126.0, False),
    "liquid_yolk": ("液体蛋黄", "10 kg bag", 238.0, False),
    "liquid_white": ("液体蛋白", "10 kg bag", 92.0, False),
    "salted_yolk": ("咸蛋黄", "box of 200", 168.0, False),
    "salted_duck_egg": ("高邮咸鸭蛋", "case of 120", 196.0, True),
    "century_egg": ("皮蛋", "case of 120", 150.0, True),
    "quail_egg": ("鹌鹑蛋", "case of 600", 138.0, True),
    "marinated_egg": ("卤蛋", "case of 100", 118.0, False),
}
FARM = {"fresh_egg": "溧阳蛋鸡场", "free_range_egg": "溧阳蛋鸡场", "liquid_whole_egg": "六合液蛋工厂",
        "liquid_yolk": "六合液蛋工厂", "liquid_white": "六合液蛋工厂", "salted_yolk": "高邮加工厂",
        "salted_duck_egg": "高邮加工厂", "century_egg": "高邮加工厂", "quail_egg": "盱眙养殖场",
        "marinated_egg": "六合液蛋工厂"}
MIX = {
    "bakery": {"liquid_whole_egg": 0.30, "fresh_egg": 0.28, "liquid_yolk": 0.14, "liquid_white": 0.12,
               "salted_yolk": 0.06, "free_range_egg": 0.10},
    "restaurant": {"fresh_egg": 0.40, "free_range_egg": 0.14, "salted_duck_egg": 0.12, "century_egg": 0.12,
                   "quail_egg": 0.12, "liquid_whole_egg": 0.10},
    "canteen": {"fresh_egg": 0.50, "marinated_egg": 0.22, "liquid_whole_egg": 0.18, "salted_duck_egg": 0.10},
}
LOST_ZH = {"price": "价格", "breakage": "破损多", "delivery_reliability": "配送不准时", "closed_business": "门店关闭",
           "switched_to_platform": "转用采购平台", "quality": "品质问题"}
PAY_ZH = {"bank_transfer": "对公转账", "wechat_pay": "微信支付", "bank_acceptance": "银行承兑汇票", "cheque": "支票"}
TRAY_ZH = {"hengjie_tray": "恒洁纸托", "ruifeng_tray": "瑞丰纸托", "bag": "液蛋袋装", "box": "纸箱"}
CNY_TO_MOP = 1.108


def price_index(prod: str, t: datetime) -> float:
    shell = PRODUCTS[prod][3]
    if t >= datetime(2026, 4, 1):
        return 1.14 if shell else 1.07       # feed-cost price rise from April 2026
    if t >= datetime(2026, 1, 1):
        return 1.03
    return 1.0


def tray_of(prod: str, t: datetime) -> str:
    if not PRODUCTS[prod][3]:
        return "bag" if prod.startswith("liquid") else "box"
    # cheaper pulp trays from 瑞丰 for most shell-egg shipments between 2025-10-01 and 2026-04-15
    if datetime(2025, 10, 1) <= t < datetime(2026, 4, 16):
        share = {10: 0.3, 11: 0.5, 12: 0.7, 1: 0.85, 2: 0.9, 3: 0.95, 4: 0.9}[t.month]
        if P(share):
            return "ruifeng_tray"
    return "hengjie_tray"


# ----------------------------------------------------------------------------------------------- tables
touchpoints = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "询价登记", "Inquiry", "awareness", "other", "digital", "sales", "询价|线索|留资|inquiry|lead|enquiry"),
    ("tp_sample", "样品试用", "Sample delivery", "consideration", "other", "physical", "sales",
     "送样|试样|样品|sample|trial eggs"),
    ("tp_quote", "报价", "Quote", "consideration", "email", "digital", "sales", "报价单|价格表|quote|quotation|price list"),
    ("tp_contract", "签订供货合同", "Supply contract", "purchase", "other", "physical", "sales",
     "签约|合同|供货协议|contract|signing"),
    ("tp_first_delivery", "首次配送", "First delivery", "purchase", "other", "physical", "logistics",
     "首配|首单到货|first delivery|onboarding delivery"),
    ("tp_mp_open", "打开订货小程序", "Open ordering mini-program", "purchase", "mini_program", "digital", "digital",
     "小程序|订货小程序|mini program|ordering app"),
    ("tp_mp_catalog", "浏览商品", "Browse catalogue", "purchase", "mini_program", "digital", "digital",
     "商品列表|选品|catalogue|product list"),
    ("tp_mp_cart", "加入购物车", "Add to cart", "purchase", "mini_program", "digital", "digital", "加购|购物车|cart"),
    ("tp_mp_checkout", "提交订单", "Checkout", "purchase", "mini_program", "digital", "digital",
     "结算|提交|下单页|checkout|submit order"),
    ("tp_mp_confirm", "下单成功", "Order confirmed", "purchase", "mini_program", "digital", "digital",
     "下单成功|订单确认|order confirmed|order success"),
    ("tp_order", "订单受理", "Order received", "purchase", "other", "digital", "order_desk",
     "下单|订货|订单|order|purchase order|PO"),
    ("tp_dispatch", "仓库出库", "Dispatch", "service", "other", "physical", "logistics", "出库|发货|装车|dispatch|shipping"),
    ("tp_delivery", "送达签收", "Delivery", "service", "store", "physical", "logistics",
     "送货|到货|签收|配送|delivery|drop"),
    ("tp_breakage_report", "破损报备", "Breakage report", "service", "phone", "digital", "customer_service",
     "破损|报损|碎蛋|breakage|broken eggs|cracked eggs"),
    ("tp_claim_photo", "上传破损照片", "Upload breakage photos", "service", "mini_program", "digital",
     "customer_service", "拍照|照片|取证|photo|evidence"),
    ("tp_claim_review", "理赔审核", "Claim review", "service", "other", "digital", "customer_service",
     "审核|理赔审核|claim review|claims check"),
    ("tp_claim_settled", "理赔结案", "Claim settled", "service", "other", "digital", "customer_service",
     "赔付|补货|结案|退款|claim settled|credit|replacement"),
    ("tp_invoice", "月结对账单", "Monthly statement", "service", "email", "digital", "finance",
     "对账单|账单|月结|statement|invoice|bill"),
    ("tp_payment", "回款", "Payment", "service", "other", "digital", "finance", "付款|回款|收款|payment|paid"),
    ("tp_account_review", "季度回访", "Quarterly account review", "loyalty", "phone", "physical", "sales",
     "回访|季度回访|QBR|account review"),
    ("tp_contract_renewal", "合同续签", "Contract renewal", "loyalty", "other", "physical", "sales",
     "续约|续签|renewal|renew"),
    ("tp_account_lost", "客户流失", "Account lost", "loyalty", "other", "digital", "sales",
     "流失|停止合作|churn|lost account|churned"),
]
journeys = [
    ("onboarding", "询价到首次配送", "Inquiry to first delivery",
     ["tp_inquiry", "tp_sample", "tp_quote", "tp_contract", "tp_first_delivery"], 45),
    ("mp_ordering", "小程序下单", "Mini-program ordering",
     ["tp_mp_open", "tp_mp_catalog", "tp_mp_cart", "tp_mp_checkout", "tp_mp_confirm"], 1),
    ("order_to_cash", "订单到回款", "Order to cash",
     ["tp_order", "tp_dispatch", "tp_delivery", "tp_invoice", "tp_payment"], 75),
    ("breakage_claim", "破损理赔", "Breakage claim",
     ["tp_breakage_report", "tp_claim_photo", "tp_claim_review", "tp_claim_settled"], 14),
]

customers: list[dict] = []
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []      # dicts incl. truth fields topic / sentiment
experiments: list[dict] = []


def ev(cust, t, tp, action, **kw):
    row = dict(customer_id=cust["customer_id"], ts=t, touchpoint_id=tp, action=action, city=cust["city"])
    row.update(kw)
    events.append(row)
    return row


# ----------------------------------------------------------------------------------------------- feedback text
# topic -> (sentiment, zh (simplified), zh_hant (Macau), en)
TEXTS = {
    "breakage": ("negative", [
        "这批鸡蛋破损太多了，一箱里碎了二十几个，蛋液流得到处都是",
        "蛋托太软了，最近破损明显比以前多，能不能换回原来的包装",
        "今天到货又有好几板破损，后厨挑了半天",
        "破损率越来越高，做蛋挞的时候根本不敢直接用",
        "送来的鲜蛋破损严重，说是路上颠的，但以前从来没这样",
    ], [
        "今日送嚟嘅雞蛋破損好多，成板都濕晒",
        "最近雞蛋破損多咗好多，紙托好薄，麻煩改善",
        "又有破損，蛋液漏到成箱都係",
    ], [
        "Too many cracked eggs in today's delivery, at least two trays were a mess",
        "The new trays are flimsy - we keep getting cracked eggs",
        "Again a box full of cracked eggs, please sort out the packaging",
        "Cracked eggs every week now, this did not happen before autumn",
    ]),
    "freshness": ("negative", [
        "天太热了，这批蛋打开好几个散黄的，感觉不新鲜",
        "鸡蛋不新鲜，闻着有点味道，冷藏车是不是没开冷",
        "最近送来的蛋不新鲜，蛋清发稀",
    ], [
        "今批雞蛋唔係好新鮮，打開好多散黃",
        "雞蛋不新鮮，蛋白好稀",
    ], [
        "Eggs were not fresh this time, several yolks broke as soon as we opened them",
        "The batch was not fresh - watery whites, please check your cold chain in this heat",
    ]),
    "late": ("negative", [
        "今天送货晚了一个多小时，早餐档口差点断货",
        "又送货晚了，说好的七点前到，九点才来",
        "送货晚导致我们早上的面包推迟出炉",
    ], [
        "今朝送貨遲咗成個鐘，早餐差啲冇蛋用",
        "送貨遲，過關排隊都唔係我哋嘅問題",
    ], [
        "Late delivery again, the truck only arrived after 10",
        "The eggs arrived late and our breakfast service started without them",
        "Another late delivery from the border crossing, we need them before 8am",
    ]),
    "mp_bug": ("negative", [
        "小程序提交订单一直转圈，最后只能打电话下单",
        "安卓手机上小程序点提交就报错，试了好几次",
        "订货小程序这个月老是提交失败，太耽误事了",
    ], [
        "小程序落單一直失敗，最後要打電話",
    ], [
        "The mini program keeps failing at checkout on my Android phone",
        "Could not submit the order in the mini-program, had to call the order desk",
    ]),
    "price": ("negative", [
        "四月开始又涨价了，鸡蛋一箱贵了三十块，我们压力很大",
        "这次涨价幅度太大，别家平台上便宜不少",
        "涨价没有提前通知，合同里不是说好季度调价吗",
    ], [
        "又加價，成本壓力好大",
        "加價幅度太大，請提前通知",
    ], [
        "The price increase in April is too steep for a small bakery like us",
        "Another price increase - we need at least a month's notice",
    ]),
    "claim_slow": ("negative", [
        "上次报的碎蛋理赔到现在还没审核完，都两个多星期了",
        "理赔流程太慢，照片早就传了也没人处理",
        "理赔一直拖着，客服说在排队",
    ], [
        "理賠拖咗兩個禮拜都未處理",
    ], [
        "Our claim from two weeks ago is still not reviewed",
        "The claim process is far too slow, photos were uploaded days ago",
    ]),
    "smell": ("negative", [
        "液蛋开袋有异味，整袋都不敢用",
        "这次的液体全蛋有点异味，是不是运输温度不够",
    ], [
        "液蛋有異味，唔敢用",
    ], [
        "The liquid egg had a sour smell when we opened the bag",
    ]),
    "statement": ("negative", [
        "对账单上的数量和签收单对不上，麻烦核对一下",
        "这个月对账单又多算了两箱",
    ], [
        "對賬單數量唔啱，請核對",
    ], [
        "The monthly statement does not match our delivery notes",
    ]),
    "driver": ("positive", [
        "司机师傅很负责，每次都帮我们搬进冷库",
        "送货司机很准时，态度也好",
        "司机每次都提醒我们检查蛋托，很细心",
    ], [
        "司機好有禮貌，每次都幫手搬入雪櫃",
    ], [
        "The driver is always friendly and helps us stack the cases in the cold room",
        "Great driver, always on time and careful with the boxes",
    ]),
    "quality": ("positive", [
        "蛋的品质稳定，蛋黄颜色很正，做出来的蛋糕颜色好看",
        "品质稳定，合作一年多没出过大问题",
        "液体蛋黄品质稳定，做蛋挞效果很好",
    ], [
        "品質穩定，蛋黃顏色好靚，做蛋撻好正",
    ], [
        "Consistent quality, the yolks give our tarts a beautiful colour",
        "Really consistent quality week after week, very happy",
    ]),
    "rep": ("positive", [
        "业务员很专业，有问题随时响应",
        "我们的业务员很靠谱，调整订单都很快",
    ], [
        "業務員好專業，有問題即刻回覆",
    ], [
        "Our account manager is very responsive and always helpful",
    ]),
    "generic_pos": ("positive", [
        "整体挺满意的，继续合作", "服务不错，下单方便", "挺好的，没什么问题",
    ], [
        "整體幾滿意", "服務唔錯",
    ], [
        "Good service overall", "All fine, happy to continue", "Smooth as usual, thanks",
    ]),
    "generic_neu": ("neutral", [
        "还行吧，和之前差不多", "一般，没有特别的感觉", "正常送货，没什么意见",
    ], [
        "一般啦", "正常",
    ], [
        "It's okay, nothing special", "Average, no complaints this week",
    ]),
    "sample_good": ("positive", [
        "样品蛋黄颜色不错，师傅试做了一批，效果挺好",
        "试用的样品质量可以，想了解一下长期供货的价格",
        "样品收到了，新鲜度很好",
    ], [
        "樣品收到，質素唔錯，想了解價錢",
    ], [
        "The samples were good, our chef liked the yolk colour",
        "Samples arrived in good shape, please send the price list",
    ]),
    "sample_damaged": ("negative", [
        "样品路上压坏了好几个，第一印象不太好",
        "寄来的样品有几个压坏了，包装要加强",
    ], [
        "樣品有幾隻壓爛咗",
    ], [
        "Several sample eggs were smashed in transit",
    ]),
    "sample_slow": ("negative", [
        "样品等了一个多星期才到，有点慢",
    ], [
        "樣品等咗成個禮拜先到，太慢",
    ], [
        "The samples took more than a week to reach us in Macau",
    ]),
}
MARKER_NOTE = {  # documented in README; gold.py uses the same lists
    "breakage": ["破损", "破損", "cracked"], "freshness": ["不新鲜", "新鮮", "not fresh"],
    "late": ["送货晚", "送貨遲", "late"], "mp_bug": ["小程序", "mini program", "mini-program"],
    "price": ["涨价", "加價", "price increase"], "claim_slow": ["理赔", "理賠", "claim"],
}

RATING = {"positive": (4, 5, 5, 5, 4), "neutral": (3, 3, 4, 3, 2), "negative": (1, 2, 1, 2, 3, 1)}


def text_for(topic: str, lang: str, city: str) -> str:
    sent, zh, hant, en = TEXTS[topic]
    if lang == "en":
        return one_of(en)
    if city == "Macau" and P(0.8):
        return one_of(hant)
    return one_of(zh)


def lang_of(cust) -> str:
    if cust is None:
        return "zh" if P(0.8) else "en"
    pl = cust["preferred_language"]
    return pl if P(0.92) else ("en" if pl == "zh" else "zh")


def add_feedback(cust, t, topic, channel, tp="", rating=None, nps=None, **extra):
    sent = TEXTS[topic][0]
    city = cust["city"] if cust else one_of(["Nanjing", "Suzhou", "Macau"])
    lang = lang_of(cust)
    if rating == "auto":
        rating = int(one_of(RATING[sent]))
    row = dict(text=text_for(topic, lang, city), ts=t, customer_id=cust["customer_id"] if cust else "",
               touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
               city=city if cust else "", business_type=cust["business_type"] if cust else "",
               topic=topic, sentiment=sent)
    row.update(extra)
    feedback.append(row)


# ----------------------------------------------------------------------------------------------- customers
NAME_A = ["金陵", "姑苏", "秦淮", "紫金", "平江", "枫桥", "玄武", "观前", "金鸡湖", "新街口", "石湖", "莫愁", "禾丰",
          "麦香", "晨光", "福满", "好味", "一品", "香满园", "老街"]
NAME_B = {"bakery": ["烘焙", "面包坊", "西饼屋", "甜品工作室", "蛋糕店"], "restaurant": ["餐厅", "小馆", "酒家", "面馆", "食府"],
          "canteen": ["团餐", "食堂", "餐饮管理", "职工餐厅", "学校食堂"]}
MO_A = ["安德魯", "瑪嘉烈", "晨曦", "金龍", "葡京", "氹仔", "大三巴", "新馬路", "澳門", "海灣"]
MO_B = {"bakery": ["餅家", "蛋撻店", "Bakery", "Pastelaria"], "restaurant": ["茶餐廳", "酒家", "Restaurante", "Café"],
        "canteen": ["員工餐廳", "Staff Canteen", "學校飯堂"]}


def new_customer(cid, city, btype, acq, signup):
    outlets = {"bakery": int(rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 8, 12])),
               "restaurant": int(rng.choice([1, 1, 1, 1, 2, 2, 3, 4])),
               "canteen": int(rng.choice([1, 1, 2, 3, 4, 5, 6, 8]))}[btype]
    tier = "key_account" if outlets >= 5 else ("standard" if outlets >= 2 or btype == "canteen" else "small")
    if city == "Macau":
        name = one_of(MO_A) + one_of(MO_B[btype])
        lang = "en" if P(0.45) else "zh"
    else:
        name = one_of(NAME_A) + one_of(NAME_B[btype])
        lang = "en" if P(0.07) else "zh"
    terms = ("net45" if btype == "canteen" and P(0.7) else "net30" if P(0.6) else "net15")
    if city == "Macau":
        pay = "bank_transfer" if P(0.55) else "cheque"
    else:
        pay = pick({"bank_transfer": 0.62, "wechat_pay": 0.26 if tier == "small" else 0.08,
                    "bank_acceptance": 0.12 if btype == "canteen" else 0.05})
    return dict(customer_id=cid, signup_at=signup, segment="", region=CITY[city]["region"], city=city,
                城市=CITY[city]["zh"], district=one_of(CITY[city]["districts"]), acquisition_channel=acq,
                获客渠道=ACQ_ZH[acq], tier=tier, business_type=btype, 客户类型=BTYPE_ZH[btype], company_name=name,
                outlets=outlets, sales_rep=one_of(REPS[city]), payment_terms=terms, payment_method=pay,
                付款方式=PAY_ZH[pay], preferred_language=lang, contract_signed_at=None, first_delivery_at=None,
                lost_at=None, lost_reason="", 流失原因="", mp_user="no", mp_device="",
                # internal
                _orders=[], _breaks=[], _last_order=None)


TRADE_SHOWS = [  # name, zh, first day, days, city mix, leads
    ("Bakery China 2025", "2025中国国际焙烤展", date(2025, 5, 20), 4, {"Nanjing": 0.5, "Suzhou": 0.5}, 70),
    ("MIF Macau 2025", "2025澳门国际贸易投资展览会", date(2025, 10, 16), 3, {"Macau": 1.0}, 36),
    ("Bakery China 2026", "2026中国国际焙烤展", date(2026, 5, 19), 4, {"Nanjing": 0.5, "Suzhou": 0.5}, 80),
]


def make_leads():
    leads = []
    d = START.date()
    while d <= date(2026, 6, 20):
        months = (d.year - 2025) * 12 + d.month - 1
        lam = (4.8 + 0.07 * months) * (0.3 if in_range(d, "2025-01-27", "2025-02-04")
                                       or in_range(d, "2026-02-14", "2026-02-22") else 1.0)
        lam *= 0.55 if d.weekday() >= 5 else 1.0
        for _ in range(int(rng.poisson(lam))):
            city = pick({"Nanjing": 0.45, "Suzhou": 0.38, "Macau": 0.17})
            acq = pick(CHANNEL_MO if city == "Macau" else CHANNEL_JS)
            leads.append((city, acq, at(d, 8.5, 21.5), ""))
        d += timedelta(days=1)
    for name, name_zh, d0, ndays, mix, n in TRADE_SHOWS:
        for _ in range(n):
            leads.append((pick(mix), "trade_show", at(d0 + timedelta(days=int(rng.integers(ndays))), 9.5, 17.5),
                          name + "|" + name_zh))
    leads.sort(key=lambda r: r[2])
    out = []
    for i, (city, acq, t, show) in enumerate(leads, 1):
        btype = pick({"bakery": 0.36, "restaurant": 0.52, "canteen": 0.12} if city == "Macau"
                     else {"bakery": 0.42, "restaurant": 0.36, "canteen": 0.22})
        if show.startswith("Bakery China"):
            btype = "bakery" if P(0.85) else "restaurant"
        c = new_customer(f"C{i:05d}", city, btype, acq, t)
        c["_show"] = show
        out.append(c)
    return out


P_SAMPLE = {"sales_visit": 0.62, "wechat": 0.55, "website": 0.45, "online_ads": 0.28, "referral": 0.76,
            "trade_show": 0.52, "whatsapp": 0.58}
P_CONTRACT = {"bakery": 0.56, "restaurant": 0.48, "canteen": 0.19}


def onboard(c):
    t = c["signup_at"]
    show = c.pop("_show")
    kw = {"trade_show": show.split("|")[0], "展会": show.split("|")[1]} if show else {}
    ev(c, t, "tp_inquiry", "submitted", channel=c["acquisition_channel"], business_type=c["business_type"],
       est_cases_per_week=int(max(1, rng.gamma(2.0, 3.0 if c["tier"] != "small" else 1.2))), **kw)
    p = P_SAMPLE[c["acquisition_channel"]] * (0.92 if c["city"] == "Macau" else 1.0)
    if not P(p):
        return
    mo = c["city"] == "Macau"
    t = t + timedelta(days=int(rng.integers(5, 12) if mo else rng.integers(1, 5)), hours=U(-3, 3))
    t = max(t, c["signup_at"] + timedelta(hours=20))
    if t > END:
        return
    cond = "smashed" if P(0.12 if mo else 0.05) else "good"
    prods = "|".join(sorted(set(rng.choice(list(MIX[c["business_type"]]), size=2))))
    sno = f"SP{len(events):07d}"
    ev(c, t, "tp_sample", "delivered", channel="other", sample_no=sno, sample_products=prods,
       arrival_condition=cond, transit_days=(t - c["signup_at"]).days,
       courier="hengao_crossborder" if mo else "own_fleet")
    if P(0.6):
        late = (t - c["signup_at"]).days >= 7
        topic = ("sample_damaged" if cond == "smashed" else "sample_slow" if late and P(0.6) else
                 "sample_good" if P(0.8) else "generic_neu")
        add_feedback(c, t + timedelta(days=U(0.5, 3)), topic, "sample_feedback", "tp_sample", rating="auto",
                     sample_no=sno)
    if not P(0.83 if cond == "good" else 0.5):
        return
    t = t + timedelta(days=U(1, 6))
    if t > END:
        return
    qn = f"Q{len(events):07d}"
    prod = prods.split("|")[0]
    price = round(PRODUCTS[prod][2] * price_index(prod, t) * U(0.95, 1.05), 1)
    ev(c, t, "tp_quote", "sent", channel="email", quote_no=qn, product=prod, 品名=PRODUCTS[prod][0],
       price_per_unit_cny=price, unit=PRODUCTS[prod][1], valid_days=14)
    pc = P_CONTRACT[c["business_type"]] * (0.85 if mo else 1.0)
    if in_range(t, "2025-04-01", "2025-12-31"):
        arm = "call_24h" if P(0.5) else "email_only"
        experiments.append(dict(experiment_id="quote_followup_2025", variant=arm, customer_id=c["customer_id"],
                                assigned_at=t + timedelta(minutes=5)))
        pc += 0.13 if arm == "call_24h" else -0.02
    elif t >= datetime(2026, 1, 1):
        pc += 0.1     # the 24-hour call became the rule in 2026
    if t >= datetime(2026, 4, 1):
        pc -= 0.06    # harder to close after the April price rise
    t_last = t
    if P(0.25) and t + timedelta(days=6) < END:
        t_last = t + timedelta(days=U(2, 6))
        ev(c, t_last, "tp_quote", "revised", channel="email", quote_no=qn, product=prod, 品名=PRODUCTS[prod][0],
           price_per_unit_cny=round(price * U(0.94, 0.98), 1), unit=PRODUCTS[prod][1], valid_days=14)
    if c["city"] != "Macau" and P(0.15) and t >= datetime(2025, 2, 1):
        add_feedback(c, t + timedelta(days=U(1, 4)), "generic_neu", "call_note", "tp_quote",
                     note_by=c["sales_rep"])
    if not P(pc):
        return
    gap = U(12, 48) if c["business_type"] == "canteen" else U(2, 14)
    t = t_last + timedelta(days=gap)
    if t > END:
        return
    terms = c["payment_terms"]
    ev(c, t, "tp_contract", "signed", channel="other", contract_no=f"HT{len(events):07d}",
       contract_months=12, payment_terms=terms, tier=c["tier"])
    c["contract_signed_at"] = t
    if not P(0.86 if mo else 0.95):
        return
    t = at((t + timedelta(days=U(5, 14) if mo else U(2, 7))).date(), 6.5, 9.5)
    if t > END:
        return
    c["first_delivery_at"] = t
    c["_start"] = t


def make_legacy(n):
    out = []
    for i in range(1, n + 1):
        city = pick({"Nanjing": 0.48, "Suzhou": 0.38, "Macau": 0.14})
        btype = pick({"bakery": 0.4, "restaurant": 0.38, "canteen": 0.22})
        acq = pick(CHANNEL_MO if city == "Macau" else CHANNEL_JS)
        signup = datetime(int(rng.integers(2019, 2025)), int(rng.integers(1, 13)), int(rng.integers(1, 28)),
                          int(rng.integers(9, 18)), int(rng.integers(0, 60)))
        c = new_customer(f"A{i:04d}", city, btype, acq, signup)
        c["contract_signed_at"] = signup + timedelta(days=U(10, 40))
        c["first_delivery_at"] = c["contract_signed_at"] + timedelta(days=U(2, 7))
        c["_start"] = START
        out.append(c)
    return out


# ----------------------------------------------------------------------------------------------- ordering
RATE = {"bakery": 0.58, "restaurant": 0.46, "canteen": 0.70}
TIER_X = {"key_account": 1.7, "standard": 1.0, "small": 0.55}
CNY_WEEKS = [("2025-01-27", "2025-02-04"), ("2026-02-14", "2026-02-22")]


def season(c, d: date) -> float:
    x = 1.0
    for a, b in CNY_WEEKS:
        if in_range(d, a, b):
            x *= 0.25
    if c["business_type"] == "canteen" and (d.month in (7, 8) or in_range(d, "2026-01-20", "2026-02-28")):
        x *= 0.45            # school canteens close for the holidays
    if c["business_type"] == "bakery" and in_range(d, "2025-08-01", "2025-09-30"):
        x *= 1.35            # mooncake season (Mid-Autumn 2025-10-06)
    if c["business_type"] == "bakery" and d.month == 12:
        x *= 1.25            # Christmas cakes
    return x


def churn_hazard(c, d: date) -> tuple[float, str]:
    """monthly churn hazard and the likely reason."""
    h, reasons = 0.010, {"closed_business": 1.0, "switched_to_platform": 0.8, "quality": 0.4}
    if d >= date(2026, 4, 1):
        h += 0.035 if c["tier"] == "small" else 0.012
        reasons["price"] = 4.0
    else:
        reasons["price"] = 1.2
    if c["city"] == "Macau":
        h += 0.012
        reasons["delivery_reliability"] = 5.0
    recent = [b for b in c["_breaks"] if 0 <= (d - b).days <= 60]
    if recent:
        h += 0.03 * min(len(recent), 3)
        reasons["breakage"] = 2.0 * len(recent)
    return h, pick(reasons)


def order_product(c, d: date) -> str:
    mix = dict(MIX[c["business_type"]])
    if c["business_type"] == "bakery":
        if in_range(d, "2025-08-01", "2025-09-30"):
            mix["salted_yolk"] = 0.5           # mooncake yolks
        elif not in_range(d, "2025-07-15", "2025-10-05"):
            mix["salted_yolk"] = 0.01
        if c["city"] == "Macau":
            mix["liquid_yolk"] = 0.45          # Portuguese egg tarts
    return pick(mix)


def cases_for(c, prod) -> int:
    base = {"key_account": 9.0, "standard": 4.0, "small": 1.8}[c["tier"]]
    if prod in ("salted_yolk", "quail_egg", "century_egg"):
        base *= 0.6
    return int(max(1, rng.poisson(base)))


def simulate_account(c, sessions_out):
    btype, city = c["business_type"], c["city"]
    mo = city == "Macau"
    c["mp_user"] = "yes" if P({"bakery": 0.6, "restaurant": 0.5, "canteen": 0.3}[btype] * (0.6 if mo else 1)) else "no"
    if c["mp_user"] == "yes":
        c["mp_device"] = pick({"ios": 0.6, "android": 0.3, "pc": 0.1} if mo else
                              {"android": 0.56, "ios": 0.34, "pc": 0.10})
    start = c["_start"]
    d = start.date() + timedelta(days=1)
    lam_w = RATE[btype] * TIER_X[c["tier"]]
    lost, reason = None, ""
    month_seen = None
    # orders for the first delivery itself
    first = c["first_delivery_at"] if c["customer_id"].startswith("C") else None
    if first is not None:
        place_order(c, first - timedelta(hours=U(14, 30)), sessions_out, first_delivery=first)
    while d <= END_D:
        # monthly churn draw
        mkey = (d.year, d.month)
        if mkey != month_seen:
            month_seen = mkey
            h, r = churn_hazard(c, d)
            if (d - start.date()).days > 30 and P(h):
                lost, reason = d + timedelta(days=int(rng.integers(0, 27))), r
        if lost and d >= lost:
            break
        n = int(rng.poisson(lam_w * season(c, d) * (0.55 if d.weekday() == 5 else 0.12 if d.weekday() == 6
                                                     else 1.0) / 5.6))
        for _ in range(n):
            place_order(c, at(d, 13.0, 22.0), sessions_out)
        if c["mp_user"] == "yes" and P(0.09):
            browse_session(c, at(d, 9.0, 22.5), sessions_out)
        d += timedelta(days=1)
    if lost is not None:
        c["lost_reason"], c["流失原因"] = reason, LOST_ZH[reason]
        last = c["_last_order"] or start
        t_lost = at(max(last.date(), lost) + timedelta(days=int(rng.integers(21, 43))), 10, 18)
        if t_lost <= END:
            c["lost_at"] = t_lost
            ev(c, t_lost, "tp_account_lost", "marked_lost", channel="other", lost_reason=reason,
               流失原因=LOST_ZH[reason], last_order_date=str(last.date()), tier=c["tier"])
            if P(0.35):
                topic = {"price": "price", "breakage": "breakage", "delivery_reliability": "late",
                         "quality": "freshness"}.get(reason, "generic_neu")
                add_feedback(c, t_lost + timedelta(days=U(0, 5)), topic, "call_note", "tp_account_lost",
                             note_by=c["sales_rep"])


SESSION_N = [0]


def new_session(c):
    SESSION_N[0] += 1
    dev = c["mp_device"] if P(0.92) else pick({"ios": 1, "android": 1, "pc": 0.4})
    return f"S{SESSION_N[0]:07d}", dev


def browse_session(c, t, sessions_out):
    sid, dev = new_session(c)
    ev(c, t, "tp_mp_open", "view", channel="mini_program", session_id=sid, device=dev)
    if P(0.8):
        t += timedelta(seconds=U(10, 90))
        ev(c, t, "tp_mp_catalog", "view", channel="mini_program", session_id=sid, device=dev)
        if P(0.3):
            t += timedelta(seconds=U(20, 200))
            ev(c, t, "tp_mp_cart", "click", channel="mini_program", session_id=sid, device=dev)


def android_bug(t: datetime, dev: str) -> bool:
    return dev == "android" and datetime(2026, 3, 3) <= t < datetime(2026, 3, 29)


def place_order(c, t, sessions_out, first_delivery=None):
    prod = order_product(c, t.date())
    channel = None
    dev = ""
    if c["mp_user"] == "yes" and P(0.78) and first_delivery is None:
        sid, dev = new_session(c)
        t0 = t - timedelta(seconds=U(120, 900))
        ev(c, t0, "tp_mp_open", "view", channel="mini_program", session_id=sid, device=dev)
        t1 = t0 + timedelta(seconds=U(10, 90))
        ev(c, t1, "tp_mp_catalog", "view", channel="mini_program", session_id=sid, device=dev)
        t2 = t1 + timedelta(seconds=U(20, 240))
        ev(c, t2, "tp_mp_cart", "click", channel="mini_program", session_id=sid, device=dev, product=prod)
        t3 = t2 + timedelta(seconds=U(15, 150))
        fail = P(0.62) if android_bug(t3, dev) else P(0.025)
        ev(c, t3, "tp_mp_checkout", "fail" if fail else "submit", channel="mini_program", session_id=sid,
           device=dev, product=prod, error_code="PAY_SDK_TIMEOUT" if fail and android_bug(t3, dev) else
           ("NETWORK" if fail else ""))
        if fail:
            if P(0.3):
                add_feedback(c, t3 + timedelta(minutes=U(5, 120)), "mp_bug", "complaint_ticket", "tp_mp_checkout",
                             rating=None, device=dev)
            t = t3 + timedelta(minutes=U(8, 70))
            channel = "phone" if P(0.7) else "wechat"
            dev = ""
        else:
            t = t3 + timedelta(seconds=U(1, 6))
            ev(c, t, "tp_mp_confirm", "success", channel="mini_program", session_id=sid, device=dev, product=prod)
            channel = "mini_program"
    if channel is None:
        channel = "sales_rep" if first_delivery is not None else pick(
            {"phone": 0.4, "wechat": 0.36 if c["city"] != "Macau" else 0.1,
             "whatsapp": 0.3 if c["city"] == "Macau" else 0.0, "sales_rep": 0.12,
             "edi": 0.25 if c["tier"] == "key_account" else 0.0})
    t = t + timedelta(seconds=1)
    cases = cases_for(c, prod)
    unit = round(PRODUCTS[prod][2] * price_index(prod, t) * (0.95 if c["tier"] == "key_account" else 1.0), 2)
    amount = round(cases * unit, 2)
    ono = f"SO{len(orders) + 1:06d}"
    o = dict(order_id=ono, customer_id=c["customer_id"], ts=t, amount=amount, status="", channel=channel,
             device=dev, city=c["city"], business_type=c["business_type"], 客户类型=BTYPE_ZH[c["business_type"]],
             product=prod, 品名=PRODUCTS[prod][0], unit=PRODUCTS[prod][1], cases=cases, unit_price_cny=unit,
             currency="MOP" if c["city"] == "Macau" else "CNY",
             amount_local=round(amount * (CNY_TO_MOP if c["city"] == "Macau" else 1.0), 2),
             order_type="first" if first_delivery is not None else "regular",
             delivered_at=None, broken_eggs=0, claim_cny=0.0, statement_no="", paid_at=None, cancel_reason="")
    orders.append(o)
    c["_orders"].append(o)
    c["_last_order"] = t
    if first_delivery is None and P(0.018):
        o["status"] = "cancelled"
        o["cancel_reason"] = pick({"customer_changed_plan": 3, "duplicate_order": 1, "out_of_stock": 1})
        ev(c, t, "tp_order", "cancelled", channel=channel, device=dev, order_no=ono, product=prod,
           品名=PRODUCTS[prod][0], cases=cases, amount_cny=amount)
        return
    ev(c, t, "tp_order", "received", channel=channel, device=dev, order_no=ono, product=prod, 品名=PRODUCTS[prod][0],
       cases=cases, amount_cny=amount, order_type=o["order_type"])
    mo = c["city"] == "Macau"
    if first_delivery is not None:
        dday = first_delivery.date()
    else:
        dday = t.date() + timedelta(days=(2 if mo and P(0.4) else 1))
    if dday > END_D:      # placed on the last evening of the extract: not delivered yet
        o["status"] = "pending_delivery"
        return
    tray = tray_of(prod, t)
    t_disp = at(dday, 3.5, 5.5) if not mo else at(dday - timedelta(days=1), 20.0, 23.0)
    if t_disp <= t:
        t_disp = t + timedelta(minutes=U(30, 90))
    truck_temp = round(float(rng.normal(4.0, 1.0)), 1)
    hot = in_range(dday, "2025-07-05", "2025-08-25")
    if hot and c["city"] == "Suzhou" and P(0.55):
        truck_temp = round(float(rng.normal(11.5, 2.0)), 1)   # two reefer trucks with weak compressors
    elif hot and P(0.12):
        truck_temp = round(float(rng.normal(9.0, 1.5)), 1)
    ev(c, t_disp, "tp_dispatch", "dispatched", channel="other", order_no=ono, product=prod, 品名=PRODUCTS[prod][0],
       cases=cases, warehouse=CITY[c["city"]]["dc"], 发货仓=CITY[c["city"]]["dc_zh"],
       carrier=CITY[c["city"]]["carrier"], 承运商=CARRIER_ZH[CITY[c["city"]]["carrier"]], packaging=tray,
       包装=TRAY_ZH[tray], truck_temp_c=truck_temp)
    p_on = 0.82 if mo else (0.955 if c["city"] == "Nanjing" else 0.945)
    if mo and in_range(dday, "2026-01-05", "2026-02-28"):
        p_on = 0.70   # Hengqin port inspections before Chinese New Year
    on_time = P(p_on)
    late_min = 0 if on_time else int(rng.integers(31, 180))
    t_del = at(dday, 6.0, 9.5) + timedelta(minutes=late_min)
    if first_delivery is not None:
        t_del = first_delivery
    shell = PRODUCTS[prod][3]
    p_break = (0.0 if not shell else 0.105 if tray == "ruifeng_tray" else 0.026) * (1.8 if mo else 1.0)
    if tray == "ruifeng_tray" and dday.month == 3:
        p_break *= 1.35       # damp spring weather softens the thin 瑞丰 trays further
    broken = 0
    if P(p_break):
        broken = int(min(180, 8 + rng.gamma(1.6, 18)))
    rejected = P(0.004) or (broken > 70 and P(0.4)) or (truck_temp > 12 and P(0.2))
    ev(c, t_del, "tp_delivery", "rejected" if rejected else "signed", channel="store", order_no=ono, product=prod,
       品名=PRODUCTS[prod][0], cases=cases, carrier=CITY[c["city"]]["carrier"],
       承运商=CARRIER_ZH[CITY[c["city"]]["carrier"]], on_time="yes" if on_time else "no", minutes_late=late_min,
       packaging=tray, 包装=TRAY_ZH[tray], truck_temp_c=truck_temp, driver=f"D{int(rng.integers(1, 9)):02d}"
       + {"Nanjing": "NJ", "Suzhou": "SZ", "Macau": "MO"}[c["city"]])
    if first_delivery is not None:
        ev(c, t_del + timedelta(seconds=30), "tp_first_delivery", "delivered", channel="other", order_no=ono,
           product=prod, 品名=PRODUCTS[prod][0], cases=cases)
    o["delivered_at"] = t_del
    if rejected:
        o["status"] = "refunded"
    # ---- feedback on the drop
    fb_t = t_del + timedelta(hours=U(2, 10))
    if broken:
        c["_breaks"].append(t_del.date())
        o["broken_eggs"] = broken
        claim(c, o, t_del, broken, prod, tray)
    p_survey = 0.12 if mo else 0.07
    if P(p_survey):
        if broken and P(0.85):
            topic = "breakage"
        elif not on_time and P(0.7):
            topic = "late"
        elif truck_temp > 9 and shell and P(0.6):
            topic = "freshness"
        elif truck_temp > 9 and not shell and prod.startswith("liquid") and P(0.6):
            topic = "smell"
        else:
            r = U()
            if r < 0.2:
                topic = "driver"
            elif r < 0.36:
                topic = "quality"
            elif r < 0.75:
                topic = "generic_pos"
            else:
                topic = "generic_neu"
            if t >= datetime(2026, 4, 1) and P(0.12):
                topic = "price"
        add_feedback(c, fb_t, topic, "delivery_survey", "tp_delivery", rating="auto", order_no=ono)
    elif not on_time and late_min > 60 and P(0.12):
        add_feedback(c, fb_t, "late", "complaint_ticket", "tp_delivery", order_no=ono)
    elif truck_temp > 9 and shell and P(0.15):
        add_feedback(c, fb_t, "freshness", "complaint_ticket", "tp_delivery", order_no=ono)


def claim(c, o, t_del, broken, prod, tray):
    cno = f"CL{len(events):07d}"
    t = t_del + timedelta(hours=U(0.5, 6))
    per_egg = PRODUCTS[prod][2] / int(PRODUCTS[prod][1].split()[-1]) if PRODUCTS[prod][3] else 1.0
    cny = round(broken * per_egg * price_index(prod, t), 2)
    ev(c, t, "tp_breakage_report", "reported", channel="phone" if P(0.5) else "mini_program", order_no=o["order_id"],
       claim_no=cno, product=prod, 品名=PRODUCTS[prod][0], broken_eggs=broken, packaging=tray, 包装=TRAY_ZH[tray])
    if P(0.35):
        add_feedback(c, t + timedelta(minutes=U(5, 90)), "breakage", "complaint_ticket", "tp_breakage_report",
                     order_no=o["order_id"])
    if not P(0.87):
        return
    t = t + timedelta(hours=U(0.2, 20))
    if t > END:
        return
    ev(c, t, "tp_claim_photo", "uploaded", channel="mini_program", claim_no=cno, photos=int(rng.integers(1, 6)))
    if not P(0.97):
        return
    backlog = datetime(2025, 12, 15) <= t < datetime(2026, 4, 1)
    wait = U(6, 22) if backlog and P(0.7) else U(0.5, 4)
    t = t + timedelta(days=wait)
    if t > END:
        return
    approved = P(0.84)
    ev(c, t, "tp_claim_review", "approved" if approved else "rejected", channel="other", claim_no=cno,
       days_waiting=round(wait, 1), reviewer=one_of(["客服-徐", "客服-赵", "客服-孙"]) if not backlog else
       one_of(["客服-徐", "客服-赵"]))
    if wait > 8 and P(0.45):
        add_feedback(c, t - timedelta(days=U(0.5, 3)), "claim_slow", "complaint_ticket", "tp_claim_review",
                     claim_no=cno)
    if not approved:
        return
    t = t + timedelta(days=U(0.1, 2))
    if t > END:
        return
    how = "credit" if P(0.7) else "replacement"
    ev(c, t, "tp_claim_settled", how, channel="other", claim_no=cno, claim_cny=cny, settlement=how)
    o["claim_cny"] = cny


# ----------------------------------------------------------------------------------------------- statements
def billing(c):
    by_month: dict = {}
    for o in c["_orders"]:
        if o["status"] in ("cancelled", "refunded") or o["delivered_at"] is None:
            continue
        k = (o["delivered_at"].year, o["delivered_at"].month)
        by_month.setdefault(k, []).append(o)
    terms = int(c["payment_terms"][3:])
    late_p = {"bakery": 0.10, "restaurant": 0.16, "canteen": 0.38}[c["business_type"]]
    if c["city"] == "Macau":
        late_p *= 0.6
    if c["payment_method"] == "bank_acceptance":
        late_p += 0.15
    for (y, m), os_ in sorted(by_month.items()):
        nm = date(y + (m == 12), m % 12 + 1, 1)
        t = at(nm + timedelta(days=int(rng.integers(0, 3))), 9.0, 11.5)
        if t > END:
            for o in os_:
                o["status"] = o["status"] or "unbilled"
            continue
        sno = f"ST{c['customer_id']}-{y}{m:02d}"
        total = round(sum(o["amount"] for o in os_) - sum(o["claim_cny"] for o in os_), 2)
        ev(c, t, "tp_invoice", "issued", channel="email", statement_no=sno, statement_month=f"{y}-{m:02d}",
           statement_cny=total, orders_billed=len(os_), due_date=str((t + timedelta(days=terms)).date()),
           payment_terms=c["payment_terms"])
        if P(0.012):
            add_feedback(c, t + timedelta(days=U(1, 5)), "statement", "complaint_ticket", "tp_invoice",
                         statement_no=sno)
        due = t + timedelta(days=terms)
        late = P(late_p)
        tp = due + timedelta(days=U(3, 40)) if late else due - timedelta(days=U(0, min(terms - 1, 12)))
        tp = at(tp.date(), 9.0, 17.0)
        for o in os_:
            o["statement_no"] = sno
        if tp > END:
            for o in os_:
                o["status"] = "billed"
            continue
        ev(c, tp, "tp_payment", "late" if late else "on_time", channel="other", statement_no=sno,
           paid_cny=total, payment_method=c["payment_method"], 付款方式=c["付款方式"],
           days_to_pay=(tp.date() - t.date()).days, days_late=max(0, (tp.date() - due.date()).days))
        for o in os_:
            o["status"], o["paid_at"] = "paid", tp


def reviews_and_renewals(c):
    lost = c["lost_at"] or ((c["_last_order"] or c["_start"]) + timedelta(days=30) if c["lost_reason"] else None)
    if c["tier"] == "key_account":
        for q0 in (date(2025, 2, 10), date(2025, 5, 12), date(2025, 8, 11), date(2025, 11, 10), date(2026, 2, 23),
                   date(2026, 5, 11)):
            t = at(q0 + timedelta(days=int(rng.integers(0, 25))), 10, 17)
            if t > c["_start"] + timedelta(days=30) and (lost is None or t < lost) and t <= END:
                ev(c, t, "tp_account_review", "done", channel="phone" if P(0.4) else "store", quarter=
                   f"{t.year}Q{(t.month - 1) // 3 + 1}")
                if P(0.5):
                    topic = pick({"rep": 3, "quality": 2, "generic_pos": 2, "generic_neu": 2,
                                  "price": 4 if t >= datetime(2026, 4, 1) else 0.5,
                                  "breakage": 3 if datetime(2025, 10, 15) <= t <= datetime(2026, 4, 15) else 0.3})
                    add_feedback(c, t + timedelta(hours=U(1, 30)), topic, "qbr_form", "tp_account_review",
                                 rating="auto", quarter=f"{t.year}Q{(t.month - 1) // 3 + 1}")
    anniv = c["contract_signed_at"]
    while anniv is not None:
        anniv = anniv + timedelta(days=365)
        if anniv > END:
            break
        if anniv < START or anniv < c["_start"]:
            continue
        if lost is not None and anniv >= lost:
            break
        ev(c, at(anniv.date(), 10, 17), "tp_contract_renewal", "renewed" if P(0.85) else "renegotiated",
           channel="other", contract_months=12)


def nps_waves(accounts):
    for wave, d0 in (("2025-06", date(2025, 6, 9)), ("2025-12", date(2025, 12, 8)), ("2026-06", date(2026, 6, 8))):
        for c in accounts:
            start = c["_start"].date()
            lost = c["lost_at"].date() if c["lost_at"] else (c["_last_order"].date() + timedelta(days=30)
                                                           if c["lost_reason"] and c["_last_order"] else None)
            if start > d0 - timedelta(days=20) or (lost and lost <= d0):
                continue
            if not P(0.5):
                continue
            base = 8.2 - (0.9 if c["city"] == "Macau" else 0.0)
            recent = [b for b in c["_breaks"] if 0 <= (d0 - b).days <= 90]
            base -= 1.6 * min(len(recent), 2)
            if wave == "2026-06":
                base -= 1.0 if c["tier"] == "small" else 0.5
            score = int(np.clip(round(rng.normal(base, 1.7)), 0, 10))
            if score >= 9:
                topic = pick({"quality": 3, "driver": 2, "rep": 2, "generic_pos": 3})
            elif score >= 7:
                topic = pick({"generic_neu": 3, "generic_pos": 2, "quality": 1})
            else:
                opts = {"generic_neu": 1.5, "late": 2.5 if c["city"] == "Macau" else 0.4,
                        "price": 4.0 if wave == "2026-06" else 0.8, "breakage": 2.5 * len(recent) + 0.2,
                        "statement": 0.3}
                topic = pick(opts)
            t = at(d0 + timedelta(days=int(rng.integers(0, 10))), 9, 21)
            add_feedback(c, t, topic, "nps_survey", "", nps=score, survey_wave=wave)


def undated_feedback(all_customers, accounts):
    # WeChat customer-group messages exported without time or sender (breakage-heavy: the group was busy in winter)
    for _ in range(140):
        topic = pick({"breakage": 4, "late": 2, "generic_pos": 2, "generic_neu": 2, "driver": 1, "price": 1.5,
                      "mp_bug": 0.6})
        add_feedback(None, None, topic, "wechat_group", "")
    # paper satisfaction forms from canteens, typed in later without a date
    canteens = [c for c in accounts if c["business_type"] == "canteen"]
    for _ in range(64):
        c = one_of(canteens)
        topic = pick({"generic_pos": 3, "generic_neu": 3, "quality": 2, "late": 1, "breakage": 1, "driver": 1})
        add_feedback(c, None, topic, "paper_survey", "tp_delivery", rating="auto")


# ----------------------------------------------------------------------------------------------- segments
def segment(c) -> str:
    if c["first_delivery_at"] is None or c["first_delivery_at"] > END:
        last = max([e for e in [c["signup_at"], c["contract_signed_at"]] if e is not None])
        return "prospect" if (END - last).days <= 60 else "lost_lead"
    if c["lost_reason"]:
        return "churned"
    if c["customer_id"].startswith("C") and (END - c["first_delivery_at"]).days <= 90:
        return "new"
    last = c["_last_order"]
    if last is None or (END - last).days > 30:
        return "at_risk"
    return "active"


# ----------------------------------------------------------------------------------------------- write
def write_csv(path: Path, rows: list[dict], cols: list[str]):
    dt_cols = {k for k in cols if k in ("ts", "signup_at", "contract_signed_at", "first_delivery_at", "lost_at",
                                        "delivered_at", "paid_at", "assigned_at")}
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            out = [r.get(k) for k in cols]
            for i, k in enumerate(cols):
                if k in dt_cols and out[i] is not None:
                    out[i] = out[i].strftime("%Y-%m-%d %H:%M:%S")
            w.writerow(["" if v is None else v for v in out])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    leads = make_leads()
    for c in leads:
        onboard(c)
    legacy = make_legacy(230)
    accounts = [c for c in legacy + leads if c["first_delivery_at"] is not None and c["first_delivery_at"] <= END]
    sessions: list = []
    for c in accounts:
        simulate_account(c, sessions)
        billing(c)
        reviews_and_renewals(c)
    nps_waves(accounts)
    allc = legacy + leads
    undated_feedback(allc, accounts)
    # ---- orders statuses left blank: delivered but (June) not yet billed
    for o in orders:
        if not o["status"]:
            o["status"] = "unbilled"
    # ---- customers
    for c in allc:
        c["segment"] = segment(c)
    cust_cols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "城市",
                 "district", "获客渠道", "business_type", "客户类型", "company_name", "outlets", "sales_rep",
                 "payment_terms", "payment_method", "付款方式", "preferred_language", "mp_user", "mp_device",
                 "contract_signed_at", "first_delivery_at", "lost_at", "lost_reason", "流失原因"]
    write_csv(out / "customers.csv", allc, cust_cols)
    assert all(e["ts"] <= END for e in events)
    feedback[:] = [f for f in feedback if f["ts"] is None or f["ts"] <= END]
    # ---- events: sort, ids, a few re-sent GPS delivery scans (same event_id)
    events.sort(key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, e in enumerate(events, 1):
        e["event_id"] = f"E{i:07d}"
    dup_pool = [e for e in events if e["touchpoint_id"] == "tp_delivery" and in_range(e["ts"], "2025-11-03",
                                                                                     "2025-11-09")]
    dups = [dict(e) for e in dup_pool[: 36]]
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel", "city",
               "order_no", "order_type", "product", "品名", "cases", "amount_cny", "warehouse", "发货仓", "carrier",
               "承运商", "driver", "packaging", "包装", "truck_temp_c", "on_time", "minutes_late", "claim_no",
               "broken_eggs", "photos", "days_waiting", "reviewer", "claim_cny", "settlement", "error_code",
               "business_type", "est_cases_per_week", "trade_show", "展会", "sample_no", "sample_products",
               "arrival_condition", "transit_days", "courier", "quote_no", "price_per_unit_cny", "unit", "valid_days",
               "contract_no", "contract_months", "payment_terms", "tier", "statement_no", "statement_month",
               "statement_cny", "orders_billed", "due_date", "paid_cny", "payment_method", "付款方式", "days_to_pay",
               "days_late", "quarter", "lost_reason", "流失原因", "last_order_date"]
    allev = events + dups
    allev.sort(key=lambda r: (r["ts"], r["event_id"]))
    write_csv(out / "events.csv", allev, ev_cols)
    # ---- orders
    orders.sort(key=lambda o: o["ts"])
    ord_cols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "city", "business_type",
                "客户类型", "order_type", "product", "品名", "unit", "cases", "unit_price_cny", "currency",
                "amount_local", "delivered_at", "broken_eggs", "claim_cny", "statement_no", "paid_at",
                "cancel_reason"]
    write_csv(out / "orders.csv", orders, ord_cols)
    # ---- feedback (sorted by time, undated last)
    feedback.sort(key=lambda f: (f["ts"] is None, f["ts"] or datetime(2100, 1, 1)))
    for i, f in enumerate(feedback, 1):
        f["feedback_id"] = f"FB{i:05d}"
    fb_cols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
               "city", "business_type", "survey_wave", "order_no", "claim_no", "statement_no", "sample_no", "quarter",
               "device", "note_by"]
    write_csv(out / "feedback.csv", feedback, fb_cols)
    write_csv(out / "_truth" / "feedback_truth.csv", feedback, ["feedback_id", "topic", "sentiment"])
    # ---- experiments
    write_csv(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    # ---- touchpoints, journeys
    tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e, kind=f, owner=g, aliases=h)
           for a, b, c_, d, e, f, g, h in touchpoints]
    write_csv(out / "touchpoints.csv", tps, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel",
                                             "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in journeys:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en",
                                            "step", "touchpoint_id", "window_days"])
    print(f"customers {len(allc)}, events {len(allev)} ({len(dups)} re-sent), orders {len(orders)}, "
          f"feedback {len(feedback)}, experiments {len(experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
