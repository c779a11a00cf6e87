#!/usr/bin/env python3
"""Synthetic data for 德诺齿科 Denora Dental Supply, a B2B dental consumables supplier to private dental clinics in
Shanghai, Guangzhou and Taipei (a held-out batch written blind; see README.md).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV) and
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table). Fixed seed,
numpy + stdlib only, deterministic. Data 2025-03-01 .. 2026-08-31 (CRM / ERP / WMS extract of early September 2026).
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260906
rng = np.random.default_rng(SEED)
START = datetime(2025, 3, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
TWD_PER_CNY = 4.45


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


def day_at(d, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + timedelta(seconds=int(U(h0, h1) * 3600))


def fmt(t) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def between(t: datetime, a: str, b: str) -> bool:
    return datetime.fromisoformat(a) <= t < datetime.fromisoformat(b) + timedelta(days=1)


def workday(t: datetime) -> datetime:
    while t.weekday() == 6:          # no Sunday deliveries / visits
        t += timedelta(days=1)
    return t


# ----------------------------------------------------------------------------------------------- reference data
CITY = {
    "Shanghai": dict(zh="上海", region="East China", dcs=[("Jiading DC", "上海嘉定仓", None)],
                     couriers={"sf_express": 0.55, "own_van": 0.45}, rate=1.75, en=0.08, cur="CNY",
                     districts=["徐汇区", "静安区", "浦东新区", "长宁区", "闵行区", "杨浦区", "普陀区", "嘉定区"]),
    "Guangzhou": dict(zh="广州", region="South China",
                      dcs=[("Baiyun DC", "广州白云仓", "2025-11-10"), ("Huangpu DC", "广州黄埔仓", None)],
                      couriers={"sf_express": 0.5, "own_van": 0.5}, rate=1.45, en=0.04, cur="CNY",
                      districts=["天河区", "越秀区", "海珠区", "番禺区", "白云区", "黄埔区", "荔湾区"]),
    "Taipei": dict(zh="台北", region="Taiwan", dcs=[("Taoyuan DC", "桃园仓", None)],
                   couriers={"tcat": 0.7, "hct": 0.3}, rate=0.9, en=0.35, cur="TWD",
                   districts=["大安區", "信義區", "中山區", "松山區", "內湖區", "士林區", "板橋區"]),
}
COURIER_ZH = {"sf_express": "顺丰速运", "own_van": "自有配送车", "tcat": "黑猫宅急便", "hct": "新竹物流"}
CTYPE_ZH = {"solo_clinic": "个体诊所", "group_clinic": "连锁门诊", "specialist": "专科诊所"}
SPEC_ZH = {"general": "综合", "orthodontics": "正畸", "implant": "种植", "pediatric": "儿牙", "endodontics": "牙体牙髓"}
ACQ_CN = {"sales_visit": 0.22, "trade_show": 0.08, "website": 0.17, "online_ads": 0.2, "referral": 0.15, "wechat": 0.18}
ACQ_TW = {"sales_visit": 0.2, "trade_show": 0.06, "website": 0.18, "online_ads": 0.2, "referral": 0.2, "line": 0.16}
ACQ_ZH = {"sales_visit": "销售陌拜", "trade_show": "口腔展会", "website": "官网留资", "online_ads": "线上广告",
          "referral": "同行推荐", "wechat": "微信公众号", "line": "LINE官方账号"}
REPS = {"Shanghai": ["陈志强", "李婷", "王俊", "赵敏"], "Guangzhou": ["黄嘉伟", "梁雪仪", "何志明", "林晓"],
        "Taipei": ["林怡君", "陳冠宇", "張雅婷"]}
# category: zh, unit, CNY list price per unit (2025)
PRODUCTS = {
    "nitrile_gloves": ("丁腈手套", "carton of 10 boxes", 265.0),
    "masks_disposables": ("口罩及一次性耗材", "carton", 185.0),
    "composite_resin": ("复合树脂", "kit", 420.0),
    "endo_files": ("根管锉", "pack of 6", 158.0),
    "impression_material": ("印模材料", "kit", 310.0),
    "implant_parts": ("种植体及配件", "set", 2650.0),
    "ortho_brackets": ("正畸托槽", "patient kit", 385.0),
    "anaesthetic": ("局麻药", "box of 50", 520.0),
    "infection_control": ("消毒感控", "carton", 238.0),
    "burs": ("车针", "pack of 10", 132.0),
}
CAT_EN = {"nitrile_gloves": "nitrile gloves", "masks_disposables": "masks and disposables",
          "composite_resin": "composite resin", "endo_files": "endo files", "impression_material": "impression material",
          "implant_parts": "implant parts", "ortho_brackets": "ortho brackets", "anaesthetic": "anaesthetic",
          "infection_control": "disinfection supplies", "burs": "burs"}
BASE_MIX = {"nitrile_gloves": 0.2, "masks_disposables": 0.16, "composite_resin": 0.12, "endo_files": 0.08,
            "impression_material": 0.08, "anaesthetic": 0.09, "infection_control": 0.13, "burs": 0.12,
            "implant_parts": 0.01, "ortho_brackets": 0.01}
SPEC_EXTRA = {"implant": {"implant_parts": 0.28}, "orthodontics": {"ortho_brackets": 0.3},
              "endodontics": {"endo_files": 0.2}, "pediatric": {"composite_resin": 0.08}, "general": {}}
LOST_ZH = {"price": "价格", "wrong_items": "错发漏发", "delivery": "配送不及时", "clinic_closed": "诊所关闭",
           "switched_to_platform": "转用电商平台", "competitor": "转向竞争对手"}
PAY_ZH = {"bank_transfer": "对公转账", "alipay": "支付宝", "wechat_pay": "微信支付", "wire": "银行汇款", "cheque": "支票"}
RETURN_ZH = {"wrong_item": "错发", "damaged": "运输破损", "near_expiry": "近效期", "ordered_by_mistake": "下错单"}
ERROR_NORMAL = ["TIMEOUT", "CREDIT_LIMIT", "STOCK_CHANGED"]


def price_index(cat: str, t: datetime) -> float:
    if t >= datetime(2026, 4, 1):    # April 2026 list-price change (nitrile shortage, implant import costs)
        return {"nitrile_gloves": 1.18, "implant_parts": 1.08}.get(cat, 1.03)
    return 1.0


def dc_of(city: str, t: datetime):
    for name, zh, until in CITY[city]["dcs"]:
        if until is None or t < datetime.fromisoformat(until):
            return name, zh
    raise AssertionError


def wrong_pick_p(dc: str, t: datetime) -> float:
    if dc == "Huangpu DC":           # new warehouse + new WMS from 2025-11-10: picking errors for three months
        if t < datetime(2025, 12, 1):
            return 0.09
        if t < datetime(2026, 2, 1):
            return 0.11
        if t < datetime(2026, 3, 1):
            return 0.06
        if t < datetime(2026, 4, 1):
            return 0.03
    return 0.009


# ----------------------------------------------------------------------------------------------- tables
touchpoints = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索登记", "Lead registered", "awareness", "other", "digital", "sales",
     "线索|留资|询盘|新客户|lead|enquiry|prospect"),
    ("tp_rep_visit", "销售拜访", "Sales rep visit", "consideration", "store", "physical", "sales",
     "拜访|上门|业务拜访|面访|rep visit|sales visit|sales call"),
    ("tp_sample", "样品试用", "Sample kit", "consideration", "other", "physical", "sales",
     "样品|试用装|送样|sample|trial kit"),
    ("tp_quote", "报价", "Quote", "consideration", "email", "digital", "sales", "报价单|价格单|询价回复|quote|quotation"),
    ("tp_license_check", "资质审核", "Licence check", "purchase", "other", "digital", "compliance",
     "资质|执业许可证|开户审核|开户|licence check|license check|KYC|account opening"),
    ("tp_login", "登录商城", "Webshop login", "purchase", "web", "digital", "ecommerce",
     "商城|网上商城|登录|webshop|e-shop|login"),
    ("tp_catalog", "浏览目录", "Browse catalogue", "purchase", "web", "digital", "ecommerce",
     "目录|商品列表|搜索|catalogue|catalog|search"),
    ("tp_product", "商品详情", "Product page", "purchase", "web", "digital", "ecommerce",
     "详情页|商品页|product page|product detail"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "web", "digital", "ecommerce", "加购|购物车|cart|basket"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "web", "digital", "ecommerce",
     "结算|结账|提交订单|checkout|submit order"),
    ("tp_order_confirm", "下单成功", "Order confirmed", "purchase", "web", "digital", "ecommerce",
     "下单成功|订单确认|order confirmed|order placed"),
    ("tp_order", "订单受理", "Order received", "purchase", "other", "digital", "order_desk",
     "订单|下单|订货|order|purchase order|PO"),
    ("tp_pick", "仓库拣货", "Picking", "service", "other", "physical", "warehouse", "拣货|配货|picking|pick"),
    ("tp_ship", "发货出库", "Shipped", "service", "other", "physical", "warehouse", "发货|出库|shipping|dispatch"),
    ("tp_delivery", "送达签收", "Delivered", "service", "store", "physical", "logistics",
     "送货|到货|签收|配送|delivery|delivered"),
    ("tp_return_request", "退换申请", "Return request", "service", "phone", "digital", "customer_service",
     "退货|换货|退换|错发|return|exchange|RMA"),
    ("tp_return_approval", "退换审核", "Return approval", "service", "other", "digital", "customer_service",
     "退货审核|审批|return approval"),
    ("tp_return_pickup", "上门取件", "Return pickup", "service", "other", "physical", "logistics",
     "取件|取回|return pickup|collection"),
    ("tp_return_received", "退货入库", "Return received", "service", "other", "physical", "warehouse",
     "退货入库|收到退货|return received"),
    ("tp_return_closed", "退换完成", "Return closed", "service", "other", "digital", "customer_service",
     "退款|补发|退换完成|credit note|replacement|return closed"),
    ("tp_invoice", "月结发票", "Monthly invoice", "service", "email", "digital", "finance",
     "发票|月结|对账单|账单|invoice|statement|bill"),
    ("tp_payment", "回款", "Payment", "service", "other", "digital", "finance", "付款|回款|收款|payment|paid"),
    ("tp_account_lost", "客户流失", "Account lost", "loyalty", "other", "digital", "sales",
     "流失|停止合作|churn|lost account|churned"),
]
TP_IDS = {t[0] for t in touchpoints}
journeys = [
    ("onboarding", "新诊所开户", "New clinic onboarding",
     ["tp_lead", "tp_rep_visit", "tp_sample", "tp_quote", "tp_license_check", "tp_order"], 60),
    ("webshop", "网上商城下单", "Webshop ordering",
     ["tp_login", "tp_catalog", "tp_product", "tp_cart", "tp_checkout", "tp_order_confirm"], 1),
    ("order_to_cash", "订单到回款", "Order to cash",
     ["tp_order", "tp_pick", "tp_ship", "tp_delivery", "tp_invoice", "tp_payment"], 120),
    ("returns", "错发退换", "Returns and exchanges",
     ["tp_return_request", "tp_return_approval", "tp_return_pickup", "tp_return_received", "tp_return_closed"], 21),
]

customers: list[dict] = []
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
experiments: list[dict] = []


def ev(cust, t, tp, action, **kw):
    assert tp in TP_IDS, tp
    row = dict(customer_id=cust["customer_id"], ts=t, touchpoint_id=tp, action=action, city=cust["city"])
    row.update(kw)
    if t <= END:                        # later steps happen after the extract
        events.append(row)
    return row


# ----------------------------------------------------------------------------------------------- feedback text
# topic -> (sentiment, simplified zh, traditional zh (Taipei), en); {c}/{c2} = a category (never gloves), {r} = rep
TEXTS = {
    "wrong_item": ("negative", [
        "这次又错发了，订的{c}送来的是别的型号，诊所等着用",
        "错发货：下单的是{c}，到货却是{c2}，麻烦尽快换",
        "第二次错发了，仓库能不能核对一下再发",
        "收到的{c}规格不对，错发了，耽误了两个病人",
        "错发的东西已经放前台了，请安排取件换货",
        "又错发嘢，{c}同我落单嗰个唔一样",
    ], [
        "又錯發了，訂的{c}寄來的是別的規格",
        "錯發貨，請盡快換貨，診所明天要用",
        "這個月第二次錯發，倉庫出貨前請再確認",
    ], [
        "Received the wrong item again - we ordered {ce}, got {c2e}.",
        "Wrong item in today's box, please arrange an exchange asap.",
        "Another wrong item this month, our nurse had to call twice to sort it out.",
    ]),
    "late": ("negative", [
        "送货慢，说好第二天到结果第三天才到",
        "这次送货慢了一天，病人都约好了",
        "送货慢，急用的{c}下午才到",
        "台风天可以理解，但送货慢了三天也没人通知",
    ], [
        "送貨慢，預約的病人等不到材料",
        "這次送貨慢了兩天",
    ], [
        "Late delivery again, the {ce} arrived after our morning list.",
        "Another late delivery this week, nobody told us.",
    ]),
    "expiry": ("negative", [
        "收到的{c}效期只剩三个月，太短了",
        "近效期的货请不要发给我们",
        "效期太短，用不完就过期了",
    ], [
        "{c}效期只剩幾個月，太短",
        "近效期商品請先告知",
    ], [
        "The {ce} we got is close to expiry, only 3 months left.",
        "Short expiry dates on the last two orders.",
    ]),
    "checkout": ("negative", [
        "商城结账失败，提示税号校验不通过",
        "网上商城结账失败，只能打电话下单",
    ], [
        "結帳失敗，一直顯示統一編號錯誤",
        "商城結帳失敗好幾次，只好打電話訂",
        "網站結帳失敗，用LINE下單還比較快",
        "這個月結帳失敗太多次了，請盡快修好",
    ], [
        "Checkout keeps failing with a tax ID error.",
        "Webshop checkout is broken, had to phone in the order.",
        "Checkout failed three times today.",
    ]),
    "price": ("negative", [
        "四月开始涨价了，同样的单子贵了不少",
        "种植体涨价8%，我们小诊所压力很大",
        "涨价没有提前通知，考虑换供应商了",
        "这次涨价幅度太大，电商平台上便宜不少",
    ], [
        "漲價太多了，小診所吃不消",
        "四月漲價後比其他家貴",
    ], [
        "The April price increase hurts small clinics like ours.",
        "Price increase on implant parts again, we are comparing suppliers.",
        "Please give notice before a price increase.",
    ]),
    "invoice": ("negative", [
        "发票抬头开错了，麻烦重开",
        "月结发票金额和订单对不上",
        "发票迟迟没收到，财务一直在催",
    ], [
        "發票統編打錯了",
        "月結發票金額有誤，請更正",
    ], [
        "The monthly invoice doesn't match our orders.",
        "Invoice has the wrong clinic name on it.",
    ]),
    "gloves": ("negative", [
        "这批手套很容易破，戴上就裂",
        "手套尺码偏小，护士戴着不舒服",
        "手套质量不如以前",
    ], [
        "這批手套很容易破",
        "手套粉太多了",
    ], [
        "These nitrile gloves tear too easily.",
        "Gloves run small in this batch.",
    ]),
    "rep": ("positive", [
        "业务代表{r}很负责，每次来都帮我们盘库存",
        "业务代表上门很及时，有问题当天解决",
        "感谢业务代表推荐的新树脂，医生很喜欢",
    ], [
        "業務代表{r}很用心",
        "業務代表回覆很快，很專業",
    ], [
        "Our sales rep is always on top of things.",
        "Great sales rep, visits regularly and knows our stock.",
    ]),
    "quality": ("positive", [
        "货品质量稳定，用着放心",
        "{c}质量很好，医生满意",
        "包装很好，东西齐全",
    ], [
        "品質穩定，用得安心",
        "東西都很齊全，謝謝",
    ], [
        "Good quality products, happy with the service.",
        "Everything arrived well packed.",
    ]),
    "fast": ("positive", [
        "送得很快，上午下单下午就到",
        "次日达很靠谱",
    ], [
        "隔天就到，很方便",
    ], [
        "Fast and reliable, next day as promised.",
    ]),
    "search": ("negative", [
        "商城搜索不好用，找不到型号",
        "网站找货太难了，分类太乱",
    ], [
        "網站搜尋不好用，找不到型號",
    ], [
        "Search on the webshop is hard to use, can't find product codes.",
    ]),
    "sample": ("positive", [
        "样品试用不错，医生说{c}手感好",
        "试用装收到了，想了解一下长期合作的价格",
    ], [
        "試用品不錯，想了解價格",
    ], [
        "The sample kit was useful, please send us a price list.",
    ]),
    "generic_pos": ("positive", [
        "整体挺满意的，继续合作", "服务不错，下单方便", "挺好的，没什么问题",
    ], [
        "整體滿意", "服務不錯",
    ], [
        "Good service overall.", "All fine, happy to continue.",
    ]),
    "generic_neu": ("neutral", [
        "还行吧，和之前差不多", "一般，没有特别的感觉", "正常，没什么意见",
    ], [
        "還可以", "普通",
    ], [
        "It's okay, nothing special.", "Average, nothing to add.",
    ]),
}
RATING = {"positive": (4, 5, 5, 5, 4), "neutral": (3, 3, 4, 3, 2), "negative": (1, 2, 1, 2, 3, 1)}
NOTE_PREFIX = {"zh": "拜访记录：客户反映", "zh_t": "拜訪紀錄：客戶反映", "en": "Visit note - clinic says: "}
TEXT_CATS = [c for c in PRODUCTS if c != "nitrile_gloves"]


def lang_of(cust, city) -> str:
    if cust is not None:
        pl = cust["preferred_language"]
        return pl if P(0.93) else ("en" if pl == "zh" else "zh")
    return "en" if P(CITY[city]["en"]) else "zh"


def text_for(topic: str, lang: str, city: str, rep: str) -> str:
    _, zh, zt, en = TEXTS[topic]
    c, c2 = one_of(TEXT_CATS), one_of(TEXT_CATS)
    if lang == "en":
        s = one_of(en)
    elif city == "Taipei":
        s = one_of(zt)
    else:
        s = one_of(zh)
    return s.format(c=PRODUCTS[c][0], c2=PRODUCTS[c2][0], ce=CAT_EN[c], c2e=CAT_EN[c2], r=rep)


def add_feedback(cust, t, topic, channel, tp="", rating=None, nps=None, note=False, city=None, **extra):
    if t is not None and t > END:
        return                          # after the extract
    sent = TEXTS[topic][0]
    city = cust["city"] if cust else (city or pick({"Shanghai": 0.42, "Guangzhou": 0.36, "Taipei": 0.22}))
    lang = lang_of(cust, city)
    rep = cust["sales_rep"] if cust else one_of(REPS[city])
    text = text_for(topic, lang, city, rep)
    if note:
        text = NOTE_PREFIX["en" if lang == "en" else ("zh_t" if city == "Taipei" else "zh")] + text
    if rating == "auto":
        rating = int(one_of(RATING[sent]))
    row = dict(text=text, ts=t, customer_id=cust["customer_id"] if cust else "", touchpoint_id=tp, channel=channel,
               rating=rating, nps=nps, language=lang, city=city, clinic_type=cust["clinic_type"] if cust else "",
               topic=topic, sentiment=sent)
    row.update(extra)
    feedback.append(row)


# ----------------------------------------------------------------------------------------------- customers
NAME_A = ["博雅", "仁爱", "皓齿", "美佳", "贝齿", "德康", "瑞尔", "佳美", "齿道", "微笑", "悦齿", "正雅", "柏林", "同心",
          "康贝", "雅致", "新桥", "爱牙", "星辰", "睿齿"]
NAME_B = {"solo_clinic": ["口腔诊所", "齿科", "牙科诊所"], "group_clinic": ["口腔连锁", "齿科集团", "口腔门诊部"],
          "specialist": ["正畸中心", "种植中心", "儿童口腔", "齿科专科"]}
TW_A = ["仁愛", "大安", "信義", "晴光", "敦南", "天母", "松德", "忠孝", "民生", "南港"]
TW_B = {"solo_clinic": ["牙醫診所", "牙科診所"], "group_clinic": ["牙醫聯盟", "牙醫集團"],
        "specialist": ["矯正中心", "植牙中心", "兒童牙科"]}


def new_customer(cid, city, ctype, acq, signup):
    spec = "general" if ctype != "specialist" else pick({"orthodontics": 0.35, "implant": 0.35, "pediatric": 0.15,
                                                        "endodontics": 0.15})
    chairs = {"solo_clinic": int(rng.integers(1, 5)), "group_clinic": int(rng.integers(8, 41)),
              "specialist": int(rng.integers(3, 11))}[ctype]
    tier = "key_account" if chairs >= 12 else ("standard" if chairs >= 3 else "small")
    if city == "Taipei":
        name = one_of(TW_A) + one_of(TW_B[ctype])
        lang = "en" if P(0.33) else "zh"
    else:
        name = one_of(NAME_A) + one_of(NAME_B[ctype])
        lang = "en" if P(CITY[city]["en"]) else "zh"
    terms = "net60" if ctype == "group_clinic" and city != "Taipei" else "net30"
    pay = {"Taipei": {"wire": 0.7, "cheque": 0.3}}.get(city) or (
        {"bank_transfer": 1.0} if ctype == "group_clinic" else {"bank_transfer": 0.6, "alipay": 0.2, "wechat_pay": 0.2})
    dev = pick({"pc": 0.5, "ios": 0.35, "android": 0.15} if city == "Taipei" else {"pc": 0.62, "ios": 0.2,
                                                                                   "android": 0.18})
    c = dict(customer_id=cid, signup_at=signup, segment="", region=CITY[city]["region"], acquisition_channel=acq,
             tier=tier, city=city, 城市=CITY[city]["zh"], district=one_of(CITY[city]["districts"]),
             clinic_type=ctype, 诊所类型=CTYPE_ZH[ctype], specialty=spec, 专科=SPEC_ZH[spec],
             获客渠道=ACQ_ZH[acq] if acq else "", clinic_name=name, chairs=chairs,
             dentists=max(1, int(chairs * U(0.6, 1.3))), sales_rep=one_of(REPS[city]), payment_terms=terms,
             credit_limit_cny=int({"key_account": 200000, "standard": 60000, "small": 20000}[tier]),
             payment_method=pick(pay), preferred_language=lang,
             webshop_user=P({"solo_clinic": 0.55, "group_clinic": 0.85, "specialist": 0.7}[ctype] + (
                 0.1 if city == "Taipei" else 0)),
             webshop_device=dev, licence_no="", account_opened_at=None, first_order_at=None, lost_at=None,
             lost_reason="", 流失原因="", _orders=0, _last_order=None, _wrong=[], _lead=None, _fail_mar=False,
             _max_price_hit=False)
    c["付款方式"] = PAY_ZH[c["payment_method"]]
    customers.append(c)
    return c


def licence_no(c):
    if c["city"] == "Taipei":
        return f"北市衛牙字第{int(rng.integers(10000, 99999))}號"
    return f"PDY{int(rng.integers(10**7, 10**8))}{'31' if c['city'] == 'Shanghai' else '44'}"


# ----------------------------------------------------------------------------------------------- onboarding
SHOWS = {  # trade shows: name, city, first day, last day, extra leads
    "DenTech China 2025": ("Shanghai", "2025-10-23", "2025-10-26", 95),
    "华南国际口腔展 2026": ("Guangzhou", "2026-03-03", "2026-03-06", 80),
    "台北國際牙科器材展 2025": ("Taipei", "2025-09-19", "2025-09-21", 40),
}


def gen_leads():
    leads = []
    d = START.date()
    n = 0
    while d <= END.date():
        growth = 0.85 + 0.3 * (d - START.date()).days / 549
        for city, info in CITY.items():
            lam = info["rate"] * growth * (0.35 if d.weekday() == 6 else 1.0)
            if date(2026, 2, 14) <= d <= date(2026, 2, 22):
                lam *= 0.3                                      # Chinese New Year
            for _ in range(int(rng.poisson(lam))):
                leads.append((city, day_at(d, 8.5, 20), None))
        d += timedelta(days=1)
    for show, (city, a, b, extra) in SHOWS.items():
        da, db = date.fromisoformat(a), date.fromisoformat(b)
        for _ in range(extra):
            dd = da + timedelta(days=int(rng.integers((db - da).days + 1)))
            leads.append((city, day_at(dd, 9, 18), show))
    leads.sort(key=lambda x: x[1])
    out = []
    for city, t, show in leads:
        n += 1
        acq = "trade_show" if show else pick(ACQ_TW if city == "Taipei" else ACQ_CN)
        if acq == "trade_show" and not show:
            show = {"Shanghai": "DenTech China 2025", "Guangzhou": "华南国际口腔展 2026",
                    "Taipei": "台北國際牙科器材展 2025"}[city] if P(0.5) else "other_show"
        ctype = pick({"solo_clinic": 0.5, "group_clinic": 0.17, "specialist": 0.33})
        c = new_customer(f"C{n:05d}", city, ctype, acq, t)
        c["_lead"] = t
        out.append((c, show))
    return out


def onboard(c, show):
    t = c["_lead"]
    ev(c, t, "tp_lead", "created", channel=c["acquisition_channel"], trade_show=show or "",
       展会=show or "", est_monthly_cny=int(c["chairs"] * U(1500, 3500)))
    visit_p = {"sales_visit": 0.95, "referral": 0.86, "trade_show": 0.82, "website": 0.72, "wechat": 0.7,
               "line": 0.7, "online_ads": 0.5}[c["acquisition_channel"]]
    if not P(visit_p):
        return None
    t = workday(t + timedelta(days=U(1, 9)))
    ev(c, day_at(t, 9, 18), "tp_rep_visit", "visit", visit_type="first_visit", rep=c["sales_rep"],
       visit_minutes=int(U(20, 70)), channel="sales_rep")
    if not P(0.8):
        return None
    t = t + timedelta(days=U(2, 7))
    kit = one_of(["composite_starter", "impression_kit", "endo_kit", "glove_sampler", "implant_demo"])
    ev(c, day_at(t, 9, 18), "tp_sample", "delivered", sample_kit=kit, courier="sf_express" if c["city"] != "Taipei"
       else "tcat", channel="other")
    if P(0.3):
        add_feedback(c, day_at(t + timedelta(days=U(1, 5)), 9, 20), pick({"sample": 0.6, "generic_pos": 0.2,
                                                                          "generic_neu": 0.2}),
                     "sample_feedback", "tp_sample", rating="auto")
    if not P(0.82):
        return None
    t = t + timedelta(days=U(1, 6))
    disc = round(float(one_of([0, 3, 5, 5, 8, 10])), 1)
    ev(c, day_at(t, 9, 19), "tp_quote", "sent", quote_no=f"Q{len(events):07d}", discount_pct=disc,
       quote_cny=int(c["chairs"] * U(1800, 4200)), channel="email")
    p_lic = {"solo_clinic": 0.43, "group_clinic": 0.9, "specialist": 0.77}[c["clinic_type"]]
    if c["acquisition_channel"] == "online_ads":
        p_lic *= 0.85
    if not P(p_lic):
        return None
    t = t + timedelta(days=U(3, 12) if c["city"] != "Taipei" else U(5, 18))
    ok = P(0.93)
    if t <= END:
        c["licence_no"] = licence_no(c)
    ev(c, day_at(t, 9, 18), "tp_license_check", "approved" if ok else "rejected", licence_no=c["licence_no"],
       reviewer=one_of(["合规-周", "合规-吴", "合规-郑"]), docs=one_of(["licence+id", "licence+id+tax", "licence"]),
       reject_reason="" if ok else one_of(["licence_expired", "name_mismatch", "missing_tax_id"]))
    if not ok or t > END:
        return None
    c["account_opened_at"] = t
    if not P(0.88):
        return None
    return t + timedelta(days=U(1, 9))


# ----------------------------------------------------------------------------------------------- ordering
def order_mix(c, t):
    mix = dict(BASE_MIX)
    for k, v in SPEC_EXTRA[c["specialty"]].items():
        mix[k] = mix[k] + v
    n_lines = int(rng.integers(1, 4) if c["clinic_type"] == "solo_clinic" else rng.integers(2, 9))
    lines = defaultdict(int)
    for _ in range(n_lines):
        lines[pick(mix)] += int(rng.integers(1, 4 if c["clinic_type"] != "group_clinic" else 8))
    value = {k: PRODUCTS[k][2] * q * price_index(k, t) for k, q in lines.items()}
    main = max(value, key=value.get)
    return main, n_lines, sum(lines.values()), round(sum(value.values()) * U(0.92, 1.0), 2), dict(lines)


def web_session(c, t, depth, dev, order_no="", fail_mode=None):
    """depth: 1 login .. 6 confirmed; returns (confirmed?, last ts)."""
    sid = f"S{len(events):08d}"
    ch = "web" if dev == "pc" else "app"
    kw = dict(session_id=sid, device=dev, channel=ch)
    ev(c, t, "tp_login", "view", **kw)
    seq = ["tp_catalog", "tp_product", "tp_cart"]
    for k, tp in enumerate(seq, 2):
        if depth < k:
            return False, t
        t = t + timedelta(seconds=int(U(20, 400)))
        ev(c, t, tp, "view" if tp != "tp_cart" else "add", **kw)
    if depth < 5:
        return False, t
    for attempt in range(3):
        t = t + timedelta(seconds=int(U(30, 240)))
        fail = None
        if fail_mode == "einv" and P(0.72):
            fail = "EINV_TAXID_REJECT"
        elif P(0.02):
            fail = one_of(ERROR_NORMAL)
        if fail is None:
            ev(c, t, "tp_checkout", "submit", **kw)
            t = t + timedelta(seconds=int(U(2, 20)))
            ev(c, t, "tp_order_confirm", "success", order_no=order_no, **kw)
            return True, t
        ev(c, t, "tp_checkout", "fail", error_code=fail, **kw)
        if not P(0.45 if fail == "EINV_TAXID_REJECT" else 0.8):
            break
    return False, t


def mainland_cny(t: datetime) -> bool:
    return datetime(2026, 2, 13) <= t <= datetime(2026, 2, 23)


EXP_A, EXP_B = datetime(2025, 6, 2), datetime(2025, 7, 31)
invoice_lines = defaultdict(list)        # (cid, 'YYYY-MM') -> [order rows]
returns_log = []


def place_order(c, t, first=False):
    """one order with its web session (if any), fulfilment and returns; returns the order row or None."""
    dev = c["webshop_device"]
    if first:
        channel = pick({"sales_rep": 0.6, "phone": 0.2, "webshop": 0.2})
    elif c["webshop_user"]:
        channel = pick({"webshop": 0.66, "phone": 0.1, "im": 0.1, "sales_rep": 0.08,
                        "edi": 0.06 if c["clinic_type"] == "group_clinic" else 0.0})
    else:
        channel = pick({"phone": 0.4, "im": 0.35, "sales_rep": 0.25})
    if channel == "webshop" and not c["webshop_user"]:
        c["webshop_user"] = True
    main, n_lines, items, amount, lines = order_mix(c, t)
    if main in ("nitrile_gloves", "implant_parts") and t >= datetime(2026, 4, 1):
        c["_max_price_hit"] = True
    order_no = f"SO{len(orders) + 1:06d}"
    if channel == "webshop":
        mode = "einv" if (c["city"] == "Taipei" and datetime(2026, 3, 2) <= t < datetime(2026, 3, 27)) else None
        variant = c.get("_variant")
        if variant == "classic" and EXP_A <= t <= EXP_B + timedelta(days=14) and P(0.3):
            web_session(c, t, 4, dev)                           # abandoned at the old multi-page checkout
            channel = "phone" if P(0.6) else "im"
            t = t + timedelta(hours=U(1, 5))
        else:
            ok, t2 = web_session(c, t, 6, dev, order_no, mode)
            if not ok:
                if mode:
                    c["_fail_mar"] = True
                    if P(0.2):
                        add_feedback(c, t2 + timedelta(minutes=U(5, 90)), "checkout",
                                     "app_review" if dev != "pc" else "web_feedback", "tp_checkout",
                                     rating=int(one_of([1, 1, 2])), device=dev)
                if not P(0.85):
                    return None
                channel = "phone" if (c["city"] != "Taipei" or P(0.5)) else "im"
                t = t2 + timedelta(hours=U(0.5, 4))
            else:
                t = t2
                if P(0.03):
                    topic = pick({"search": 0.4, "generic_pos": 0.3, "generic_neu": 0.2, "quality": 0.1})
                    add_feedback(c, t + timedelta(minutes=U(1, 20)), topic,
                                 "app_review" if dev != "pc" else "web_feedback",
                                 "tp_catalog" if topic == "search" else "tp_order_confirm", rating="auto", device=dev)
    if channel == "im":
        channel = "line" if c["city"] == "Taipei" else "wechat"
    dc, dc_zh = dc_of(c["city"], t)
    o = dict(order_id=order_no, customer_id=c["customer_id"], ts=t, amount=amount, status="", channel=channel,
             device=dev if channel == "webshop" else "", city=c["city"], clinic_type=c["clinic_type"],
             诊所类型=c["诊所类型"], order_type="first" if first else "regular", category=main,
             品类=PRODUCTS[main][0], lines=n_lines, items=items, warehouse=dc, 发货仓=dc_zh,
             currency=CITY[c["city"]]["cur"], amount_local=round(amount * (TWD_PER_CNY if c["city"] == "Taipei"
                                                                           else 1.0), 0 if c["city"] == "Taipei"
                                                                  else 2),
             po_number=f"PO-{c['customer_id']}-{c['_orders'] + 1:03d}" if c["clinic_type"] == "group_clinic" else "",
             delivered_at=None, invoice_no="", paid_at=None, cancel_reason="", wrong_item="no",
             sales_rep=c["sales_rep"])
    orders.append(o)
    c["_orders"] += 1
    c["_last_order"] = t
    if c["first_order_at"] is None:
        c["first_order_at"] = t
    base = dict(order_no=order_no, category=main, 品类=PRODUCTS[main][0], amount_cny=amount,
                channel=channel)
    if P(0.015):
        o["status"] = "cancelled"
        o["cancel_reason"] = one_of(["out_of_stock", "duplicate_order", "clinic_request"])
        ev(c, t, "tp_order", "cancelled", cancel_reason=o["cancel_reason"], **base)
        return o
    ev(c, t, "tp_order", "received", order_type=o["order_type"], lines=n_lines, **base)
    # picking and shipping
    tp = t + timedelta(hours=U(1, 6)) if t.hour < 15 else day_at(t.date() + timedelta(days=1), 8, 12)
    if t > END - timedelta(hours=8):
        o["status"] = "pending"
        return o
    wrong = P(wrong_pick_p(dc, tp))
    ev(c, tp, "tp_pick", "picked", warehouse=dc, 发货仓=dc_zh, picker=f"P{int(rng.integers(1, 40)):02d}",
       wms="WMS-v2" if dc == "Huangpu DC" else "WMS-v1", order_no=order_no, lines=n_lines)
    ts_ = tp + timedelta(hours=U(0.5, 3))
    courier = pick(CITY[c["city"]]["couriers"])
    ev(c, ts_, "tp_ship", "shipped", warehouse=dc, 发货仓=dc_zh, courier=courier, 承运商=COURIER_ZH[courier],
       order_no=order_no, parcels=max(1, items // 6))
    # delivery
    promise = workday(datetime.combine(ts_.date() + timedelta(days=1 if c["city"] != "Taipei" else 2),
                                       datetime.min.time()) + timedelta(hours=18))
    p_late = {"Shanghai": 0.05, "Guangzhou": 0.07, "Taipei": 0.09}[c["city"]]
    if c["city"] == "Guangzhou" and between(ts_, "2025-09-01", "2025-09-30"):
        p_late = 0.34                      # typhoon season (Wipha in July was short; Ragasa late September)
    if between(ts_, "2026-02-09", "2026-02-28"):
        p_late += 0.1                      # couriers before / after Chinese New Year
    late = P(p_late)
    td = promise - timedelta(hours=U(1, 9)) if not late else promise + timedelta(hours=U(14, 60))
    if td > END:
        o["status"] = "pending"
        return o
    o["delivered_at"] = td
    ev(c, td, "tp_delivery", "delivered", courier=courier, 承运商=COURIER_ZH[courier], order_no=order_no,
       on_time="no" if late else "yes", hours_late=round((td - promise).total_seconds() / 3600, 1) if late else 0,
       warehouse=dc, signed_by=one_of(["前台", "护士", "医生", "front desk"]))
    if wrong:
        o["wrong_item"] = "yes"
        c["_wrong"].append(td)
    # returns
    reason = "wrong_item" if wrong else None
    if reason is None:
        r = rng.random()
        reason = ("damaged" if r < 0.006 else "near_expiry" if r < (0.011 if c["city"] != "Taipei" else 0.018)
                  else "ordered_by_mistake" if r < 0.016 else None)
    if reason and (reason != "wrong_item" or P(0.92)):
        do_return(c, o, td, reason, dc)
    # feedback after the delivery
    if P(0.12):
        if wrong:
            topic = "wrong_item" if P(0.85) else "generic_neu"
        elif late:
            topic = "late" if P(0.8) else "generic_neu"
        else:
            topic = pick({"quality": 0.28, "fast": 0.2, "generic_pos": 0.2, "generic_neu": 0.17, "expiry": 0.04,
                          "gloves": 0.04, "invoice": 0.02, "search": 0.05})
        add_feedback(c, td + timedelta(hours=U(1, 30)), topic, "delivery_survey",
                     "tp_delivery" if topic not in ("invoice", "search") else
                     ("tp_invoice" if topic == "invoice" else "tp_catalog"),
                     rating="auto", order_no=order_no)
    if o["status"] != "returned":
        invoice_lines[(c["customer_id"], td.strftime("%Y-%m"))].append(o)
    return o


def do_return(c, o, td, reason, dc):
    t = td + timedelta(hours=U(2, 70))
    if t > END:
        return
    rno = f"RMA{len(returns_log) + 1:05d}"
    returns_log.append(rno)
    kw = dict(return_no=rno, order_no=o["order_id"], return_reason=reason, 退货原因=RETURN_ZH[reason])
    ev(c, t, "tp_return_request", "requested", channel=one_of(["phone", "webshop", "wechat" if c["city"] !=
                                                                "Taipei" else "line"]), **kw)
    if reason == "wrong_item" and P(0.5):
        add_feedback(c, t + timedelta(minutes=U(1, 30)), "wrong_item", "complaint_ticket", "tp_return_request",
                     return_no=rno, order_no=o["order_id"])
    backlog = c["city"] == "Guangzhou" and between(t, "2025-11-20", "2026-01-31")
    t = t + timedelta(hours=U(4, 48) if not backlog else U(30, 110))
    if t > END:
        return
    approved = reason != "ordered_by_mistake" or P(0.7)
    ev(c, t, "tp_return_approval", "approved" if approved else "rejected", **kw)
    if not approved:
        return
    pk = U(1, 4) if c["city"] != "Taipei" else U(2, 6)
    if backlog:
        pk = U(4, 15)
    t = workday(t + timedelta(days=pk))
    if t > END:
        return
    ev(c, t, "tp_return_pickup", "collected", courier="sf_express" if c["city"] != "Taipei" else "tcat", **kw)
    t = t + timedelta(days=U(1, 3))
    if t > END:
        return
    ev(c, t, "tp_return_received", "received", warehouse=dc, **kw)
    t = t + timedelta(days=U(0.5, 3) if not backlog else U(1, 6))
    if t > END:
        return
    settle = "credit_note" if reason == "ordered_by_mistake" else ("replacement" if P(0.75) else "credit_note")
    credit = o["amount"] if reason == "ordered_by_mistake" else round(o["amount"] * U(0.05, 0.3), 2)
    ev(c, t, "tp_return_closed", settle, credit_cny=credit, **kw)
    if reason == "ordered_by_mistake":
        o["status"] = "returned"


def interval_days(c) -> float:
    return {"solo_clinic": 42.0, "group_clinic": 16.0, "specialist": 28.0}[c["clinic_type"]] * U(0.7, 1.3)


def monthly_hazard(c, t) -> float:
    h = {"solo_clinic": 0.02, "group_clinic": 0.006, "specialist": 0.011}[c["clinic_type"]]
    if t >= datetime(2026, 4, 1):
        h *= 2.8 if c["clinic_type"] == "solo_clinic" else 1.5
    if any(timedelta(0) <= t - w <= timedelta(days=90) for w in c["_wrong"]):
        h *= 2.5
    return h


def lost_reason(c, t):
    if c["_wrong"] and any(timedelta(0) <= t - w <= timedelta(days=100) for w in c["_wrong"]) and P(0.6):
        return "wrong_items"
    if t >= datetime(2026, 4, 1) and P(0.6):
        return "price"
    return pick({"price": 0.25, "clinic_closed": 0.2, "competitor": 0.25, "switched_to_platform": 0.18,
                 "delivery": 0.12})


def run_account(c, start, first_order_t):
    t = first_order_t
    first = first_order_t is not None and c["first_order_at"] is None and c["_lead"] is not None
    if t is None:
        t = start + timedelta(days=U(0, interval_days(c)))
    while t <= END:
        if c["city"] != "Taipei" and mainland_cny(t):
            t = datetime(2026, 2, 24) + timedelta(hours=U(8, 60))
            continue
        if c["city"] == "Taipei" and datetime(2026, 2, 15) <= t <= datetime(2026, 2, 20):
            t = datetime(2026, 2, 21) + timedelta(hours=U(8, 48))
            continue
        if t.weekday() == 6 and P(0.7):
            t += timedelta(days=1)
        t = datetime.combine(t.date(), datetime.min.time()) + timedelta(hours=U(8.5, 19.5))
        if t > END:
            break
        place_order(c, t, first)
        first = False
        gap = interval_days(c) * float(rng.exponential(1.0)) ** 0.5
        gap = max(1.5, gap)
        h = monthly_hazard(c, t + timedelta(days=gap / 2))
        if P(1 - (1 - h) ** (gap / 30)):
            lost_t = c["_last_order"] + timedelta(days=U(35, 55))
            if lost_t <= END:
                reason = lost_reason(c, lost_t)
                c["lost_at"], c["lost_reason"], c["流失原因"] = lost_t, reason, LOST_ZH[reason]
                ev(c, day_at(lost_t, 9, 18), "tp_account_lost", "marked_lost", lost_reason=reason,
                   流失原因=LOST_ZH[reason], last_order_date=c["_last_order"].strftime("%Y-%m-%d"),
                   orders_total=c["_orders"])
            return
        # browsing sessions that do not end in an order
        if c["webshop_user"]:
            for _ in range(int(rng.poisson(0.8))):
                ts_ = t + timedelta(days=U(0.5, gap))
                if ts_ <= END:
                    depth = pick({1: 0.1, 2: 0.25, 3: 0.5, 4: 0.15})
                    if c.get("_variant") == "classic" and EXP_A <= ts_ <= EXP_B + timedelta(days=14) and P(0.3):
                        depth = 4
                    web_session(c, day_at(ts_, 8, 21), depth, c["webshop_device"])
        t = t + timedelta(days=gap)


def rep_visits(c):
    """routine sales-rep visits to an account while it is active."""
    if c["first_order_at"] is None:
        return
    every = {"key_account": 30, "standard": 55, "small": 110}[c["tier"]] * (1.4 if c["city"] == "Taipei" else 1.0)
    t = max(START, c["first_order_at"]) + timedelta(days=U(5, every))
    stop = min(END, c["lost_at"] or END)
    while t <= stop:
        vt = day_at(workday(t), 9.5, 18)
        if vt > stop:
            break
        recent_wrong = any(timedelta(0) <= vt - w <= timedelta(days=20) for w in c["_wrong"])
        vtype = "complaint_followup" if recent_wrong and P(0.6) else "routine"
        ev(c, vt, "tp_rep_visit", "visit", visit_type=vtype, rep=c["sales_rep"], visit_minutes=int(U(15, 60)),
           channel="sales_rep")
        if P(0.13):
            if recent_wrong:
                topic = "wrong_item"
            elif vt >= datetime(2026, 4, 1) and P(0.45):
                topic = "price"
            else:
                topic = pick({"rep": 0.3, "quality": 0.15, "expiry": 0.1, "gloves": 0.12, "search": 0.08,
                              "generic_pos": 0.1, "generic_neu": 0.1, "late": 0.05})
            add_feedback(c, vt + timedelta(minutes=U(30, 240)), topic, "call_note", "tp_rep_visit", note=True,
                         note_by=c["sales_rep"])
        t = t + timedelta(days=every * U(0.7, 1.3))


def invoices():
    for (cid, ym), rows in sorted(invoice_lines.items()):
        c = CUST[cid]
        y, m = int(ym[:4]), int(ym[5:])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        ti = day_at(nxt + timedelta(days=int(rng.integers(1, 4))), 9, 12)
        if ti > END:
            for o in rows:
                o["status"] = o["status"] or "unbilled"
            continue
        total = round(sum(o["amount"] for o in rows), 2)
        ino = f"INV{ym.replace('-', '')}{cid}"
        terms = int(c["payment_terms"][3:])
        due = ti + timedelta(days=terms)
        itype = "電子發票" if c["city"] == "Taipei" else ("增值税专用发票" if c["clinic_type"] != "solo_clinic"
                                                          else "增值税普通发票")
        ev(c, ti, "tp_invoice", "issued", invoice_no=ino, invoice_month=ym, invoice_cny=total, orders_billed=len(rows),
           due_date=due.strftime("%Y-%m-%d"), payment_terms=c["payment_terms"], invoice_type=itype, channel="email")
        for o in rows:
            o["invoice_no"] = ino
        if P(0.007):
            add_feedback(c, ti + timedelta(days=U(1, 6)), "invoice", "complaint_ticket", "tp_invoice",
                         invoice_no=ino)
        p_late = {"solo_clinic": 0.1, "group_clinic": 0.36, "specialist": 0.12}[c["clinic_type"]]
        if c["city"] == "Taipei":
            p_late = 0.05
        if c["lost_at"] is not None:
            p_late += 0.2
        late = P(p_late)
        tp_ = due + timedelta(days=U(3, 40)) if late else due - timedelta(days=U(0, terms * 0.8))
        tp_ = day_at(tp_, 9, 17)
        if tp_ > END:
            for o in rows:
                o["status"] = o["status"] or "billed"
            continue
        ev(c, tp_, "tp_payment", "late" if late else "on_time", invoice_no=ino, paid_cny=total,
           payment_method=c["payment_method"], 付款方式=c["付款方式"],
           days_late=max(0, (tp_.date() - due.date()).days), channel="other")
        for o in rows:
            o["status"] = o["status"] or "paid"
            o["paid_at"] = tp_


# ----------------------------------------------------------------------------------------------- surveys
WAVES = {"2025-09": ("2025-09-08", 12), "2026-03": ("2026-03-09", 12), "2026-08": ("2026-08-10", 12)}


def nps_waves():
    for wave, (a, days) in WAVES.items():
        t0 = datetime.fromisoformat(a)
        for c in customers:
            if c["first_order_at"] is None or c["first_order_at"] > t0 - timedelta(days=20):
                continue
            if c["lost_at"] is not None and c["lost_at"] < t0:
                continue
            if not P(0.42):
                continue
            t = day_at((t0 + timedelta(days=int(rng.integers(days)))).date(), 8, 22)
            score = rng.normal(8.3 if c["city"] != "Taipei" else 8.5, 1.4)
            issue = None
            if any(timedelta(0) <= t - w <= timedelta(days=90) for w in c["_wrong"]):
                score -= 3.5
                issue = "wrong_item"
            if wave == "2026-03" and c["_fail_mar"]:
                score -= 3.0
                issue = issue or "checkout"
            if wave == "2026-08" and ((c["_max_price_hit"] and P(0.4)) or (c["clinic_type"] == "solo_clinic"
                                                                             and P(0.35))):
                score -= 2.6
                issue = issue or "price"
            s = int(min(10, max(0, round(score))))
            if issue and s <= 6 and P(0.8):
                topic = issue
            elif s <= 6:
                topic = pick({"late": 0.25, "expiry": 0.2, "gloves": 0.2, "search": 0.15, "generic_neu": 0.2})
            elif s >= 9:
                topic = pick({"rep": 0.3, "quality": 0.3, "fast": 0.2, "generic_pos": 0.2})
            else:
                topic = pick({"generic_neu": 0.5, "generic_pos": 0.3, "quality": 0.2})
            if P(0.3):          # score without a comment: keep a short generic text (text is required)
                topic = "generic_pos" if s >= 9 else "generic_neu"
            add_feedback(c, t, topic, "nps_survey", "", nps=s, survey_wave=wave)


def undated_feedback():
    # WeChat / LINE customer-group messages exported without time or customer; paper forms from the booths
    for _ in range(128):
        topic = pick({"wrong_item": 0.15, "late": 0.12, "price": 0.1, "expiry": 0.1, "gloves": 0.1, "rep": 0.1,
                      "quality": 0.13, "generic_pos": 0.1, "generic_neu": 0.1})
        city = pick({"Shanghai": 0.42, "Guangzhou": 0.38, "Taipei": 0.2})
        add_feedback(None, None, topic, "wechat_group" if city != "Taipei" else "line_group", "", city=city)
    for _ in range(74):
        topic = pick({"sample": 0.35, "quality": 0.2, "rep": 0.15, "generic_pos": 0.15, "generic_neu": 0.1,
                      "price": 0.05})
        city = pick({"Shanghai": 0.6, "Guangzhou": 0.4})
        add_feedback(None, None, topic, "paper_form", "", rating="auto", city=city,
                     trade_show="DenTech China 2025" if city == "Shanghai" else "华南国际口腔展 2026")


# ----------------------------------------------------------------------------------------------- main
CUST: dict = {}


def existing_accounts(n=360):
    out = []
    for i in range(1, n + 1):
        city = pick({"Shanghai": 0.43, "Guangzhou": 0.35, "Taipei": 0.22})
        ctype = pick({"solo_clinic": 0.42, "group_clinic": 0.22, "specialist": 0.36})
        acq = pick(ACQ_TW if city == "Taipei" else ACQ_CN)
        opened = datetime(2019, 1, 1) + timedelta(days=U(0, 2150))
        c = new_customer(f"A{i:04d}", city, ctype, acq, opened)
        c["account_opened_at"] = opened
        c["licence_no"] = licence_no(c)
        c["_hist_first"] = opened + timedelta(days=U(1, 20))
        out.append(c)
    return out


def assign_experiment():
    """one-page checkout test on webshop accounts, June-July 2025."""
    for c in customers:
        if not c["webshop_user"]:
            continue
        if c["first_order_at"] is not None and c["first_order_at"] > EXP_B:
            continue
        if c["_lead"] is not None and (c["account_opened_at"] is None or c["account_opened_at"] > EXP_A):
            continue
        if P(0.8):
            c["_variant"] = "one_page" if P(0.5) else "classic"
            c["_assigned"] = day_at((EXP_A + timedelta(days=int(rng.integers(0, 5)))).date(), 0, 8)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    accs = existing_accounts()
    leads = gen_leads()
    for c in customers:
        CUST[c["customer_id"]] = c
    firsts = {}
    for c, show in leads:
        firsts[c["customer_id"]] = onboard(c, show)
    assign_experiment()
    for c in accs:
        run_account(c, START, None)
    for c, _ in leads:
        f = firsts[c["customer_id"]]
        if f is not None and f <= END:
            run_account(c, f, f)
    for c in customers:
        rep_visits(c)
    invoices()
    nps_waves()
    undated_feedback()
    for c in customers:
        if c.get("_variant"):
            experiments.append(dict(experiment_id="one_page_checkout_2025", variant=c["_variant"],
                                    customer_id=c["customer_id"], assigned_at=c["_assigned"]))
    write(out)


def segment_of(c) -> str:
    if c["first_order_at"] is None:
        if c["_lead"] is not None and c["_lead"] > END - timedelta(days=60):
            return "lead"
        return "lost_lead"
    if c["lost_at"] is not None:
        return "churned"
    if c["_lead"] is not None and c["first_order_at"] > END - timedelta(days=90):
        return "new"
    if c["_last_order"] < END - timedelta(days=45):
        return "at_risk"
    return "active"


def write(out: Path) -> None:
    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp, zh, en, stage, ch, kind, owner, al in touchpoints:
            w.writerow([tp, zh, zh, en, stage, ch, kind, owner, al])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                     "window_days"])
        for jid, zh, en, steps, win in journeys:
            for k, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, k, tp, win])
    ccols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "城市",
             "district", "clinic_type", "诊所类型", "specialty", "专科", "获客渠道", "clinic_name", "chairs", "dentists",
             "sales_rep", "payment_terms", "credit_limit_cny", "payment_method", "付款方式", "preferred_language",
             "webshop_user", "webshop_device", "licence_no", "account_opened_at", "first_order_at", "lost_at",
             "lost_reason", "流失原因"]
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ccols)
        for c in customers:
            c["segment"] = segment_of(c)
            if c.get("_hist_first"):
                c["first_order_at"] = c["_hist_first"]
            row = []
            for k in ccols:
                v = c[k]
                if isinstance(v, datetime):
                    v = fmt(v)
                elif isinstance(v, bool):
                    v = "yes" if v else "no"
                elif v is None:
                    v = ""
                row.append(v)
            w.writerow(row)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "city", "clinic_type", "诊所类型",
             "order_type", "category", "品类", "lines", "items", "warehouse", "发货仓", "currency", "amount_local",
             "po_number", "sales_rep", "delivered_at", "wrong_item", "invoice_no", "paid_at", "cancel_reason"]
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    ren = {o["order_id"]: f"SO{i:06d}" for i, o in enumerate(orders, 1)}     # order numbers in time order
    for o in orders:
        o["order_id"] = ren[o["order_id"]]
    for r in events + feedback:
        if r.get("order_no"):
            r["order_no"] = ren[r["order_no"]]
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ocols)
        for o in orders:
            w.writerow([fmt(o[k]) if isinstance(o[k], datetime) else ("" if o[k] is None else o[k]) for k in ocols])
    events.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    extra = []
    for e in events:
        for k in e:
            if k not in extra and k not in ("customer_id", "ts", "touchpoint_id", "action"):
                extra.append(k)
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel"]
    ecols += [k for k in extra if k not in ecols]
    dup_pool = [i for i, e in enumerate(events) if e["touchpoint_id"] == "tp_delivery"
                and datetime(2026, 1, 5) <= e["ts"] < datetime(2026, 1, 12)]
    dups = set(int(i) for i in rng.choice(dup_pool, size=min(42, len(dup_pool)), replace=False))
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ecols)
        for i, e in enumerate(events, 1):
            e["event_id"] = f"E{i:07d}"
            row = [fmt(e.get(k)) if k == "ts" else ("" if e.get(k) is None else e.get(k)) for k in ecols]
            w.writerow(row)
            if i - 1 in dups:              # the courier API re-sent some proofs of delivery in January 2026
                w.writerow(row)
    feedback.sort(key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["customer_id"], r["text"]))
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "city", "clinic_type", "survey_wave", "order_no", "return_no", "invoice_no", "device", "note_by",
             "trade_show"]
    (out / "_truth").mkdir(exist_ok=True)
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f, \
            open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as g:
        w, wt = csv.writer(f), csv.writer(g)
        w.writerow(fcols)
        wt.writerow(["feedback_id", "topic", "sentiment"])
        for i, r in enumerate(feedback, 1):
            r["feedback_id"] = f"F{i:05d}"
            w.writerow([fmt(r.get(k)) if k == "ts" else ("" if r.get(k) is None else r.get(k)) for k in fcols])
            wt.writerow([r["feedback_id"], r["topic"], r["sentiment"]])
    with open(out / "experiments.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["experiment_id", "variant", "customer_id", "assigned_at"])
        for x in experiments:
            w.writerow([x["experiment_id"], x["variant"], x["customer_id"], fmt(x["assigned_at"])])
    print(f"customers {len(customers)}, events {len(events)} (+{len(dups)} re-sent), orders {len(orders)}, "
          f"feedback {len(feedback)}, experiments {len(experiments)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUTDIR")
    main(Path(sys.argv[1]))
