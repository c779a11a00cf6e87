"""闪回收 FlashSwap: a used-phone trade-in and resale platform in mainland China (synthetic, written blind).

Sell side (回收): a seller gets an online quote (在线估价) in the app, the WeChat mini program or on the web, submits a
trade-in order (提交回收单) and hands the phone over by courier pickup (上门取件: SF Express 顺丰 / JD Logistics 京东物流 /
Dada 达达), by mailing it (邮寄) or at a partner store (门店交机). The phone reaches one of three warehouses (上海仓,
深圳仓, 成都仓), is inspected (质检: as described, or downgraded -> price revision 改价), the seller may appeal (质检申诉)
and then accepts or declines the revised price (declined phones are sent back, 退机); accepted / as-described phones
are paid out (打款: Alipay / WeChat Pay / bank card).
Buy side (购机): buyers browse refurbished listings, open a product page with the inspection report, check out
(unpaid orders expire after 30 min), receive the phone, may ask for a 7-day return (退货) and get refunded.
Data 2024-10-01 .. 2026-05-31 (the extract was taken early June 2026). Timestamps are Beijing time, naive.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20260611), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260611
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 5, 31, 23, 59, 59)
N_SELLERS, N_BUYERS, N_BOTH = 7400, 6200, 700
SZ_GRADING = (datetime(2025, 11, 1), datetime(2025, 12, 1))      # Shenzhen's new automatic grading rig, too strict
PAYOUT_MIGRATION = (datetime(2026, 3, 1), datetime(2026, 4, 1))  # payment-gateway migration: payouts held for days

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_quote", "在线估价", "Online quote", "consideration", "app", "digital", "回收产品组",
     "估价|报价|询价|查价格|回收价|quote|price check|instant quote|valuation"),
    ("tp_order_submit", "提交回收单", "Trade-in order submitted", "purchase", "app", "digital", "回收产品组",
     "下回收单|提交订单|回收单|卖手机|submit order|trade-in order|sell my phone"),
    ("tp_pickup", "上门取件", "Courier pickup", "service", "other", "physical", "物流组",
     "上门回收|上门取件|快递上门|取件|顺丰上门|pickup|courier pickup|collection"),
    ("tp_mailin", "邮寄寄出", "Mail-in shipment", "service", "other", "physical", "物流组",
     "邮寄|自己寄|寄出|快递寄送|mail-in|ship it in|send by post"),
    ("tp_store_dropoff", "门店交机", "Store drop-off", "service", "store", "physical", "门店运营",
     "门店|营业厅|到店回收|线下交机|store drop-off|drop off in store|carrier store"),
    ("tp_received", "仓库签收", "Warehouse receipt", "service", "other", "physical", "仓储组",
     "签收|入库|仓库收货|到仓|received|warehouse receipt|arrived at warehouse"),
    ("tp_inspection", "质检", "Inspection", "service", "other", "physical", "质检中心",
     "质检|检测|验机|成色检测|inspection|grading|quality check|QC"),
    ("tp_price_revision", "改价通知", "Price revision", "service", "app", "digital", "质检中心",
     "改价|压价|价格复核|重新报价|质检后降价|price revision|revised offer|re-quote|price cut after inspection"),
    ("tp_appeal", "质检申诉", "Inspection appeal", "service", "phone", "digital", "客服中心",
     "申诉|质检申诉|复检|投诉质检|appeal|dispute|re-inspection"),
    ("tp_seller_decision", "卖家确认", "Seller decision", "purchase", "app", "digital", "回收产品组",
     "确认成交|接受改价|拒绝改价|同意报价|accept offer|decline offer|seller decision"),
    ("tp_return_device", "退回手机", "Phone returned to seller", "service", "other", "physical", "物流组",
     "退机|退回手机|寄回|原机退回|return my phone|phone sent back"),
    ("tp_payout", "打款到账", "Payout", "loyalty", "other", "digital", "财务组",
     "打款|到账|回款|收款|提现|payout|payment to seller|got paid|money received"),
    ("tp_browse", "浏览商品", "Browse listings", "awareness", "app", "digital", "电商运营",
     "逛|首页|商品列表|搜手机|browse|listings|shop home|search"),
    ("tp_product_detail", "商品详情页", "Product page", "consideration", "app", "digital", "电商运营",
     "详情页|商品页|质检报告|看机|product page|listing page|inspection report"),
    ("tp_checkout", "下单支付", "Checkout", "purchase", "app", "digital", "电商运营",
     "下单|付款|支付|结算|买手机|checkout|place order|buy|payment"),
    ("tp_delivery", "签收到货", "Delivery", "service", "other", "physical", "物流组",
     "收货|到货|签收|发货|物流|delivery|delivered|shipping"),
    ("tp_return_request", "申请退货", "Return request", "service", "app", "digital", "客服中心",
     "退货|七天无理由|申请退货|售后|return|return request|send it back"),
    ("tp_return_refund", "退货退款", "Return refund", "service", "other", "digital", "财务组",
     "退款|退货退款|钱退回|refund|money back"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("tradein", "回收成交", "Trade-in to payout", 30,
     ["tp_quote", "tp_order_submit", "tp_received", "tp_inspection", "tp_payout"]),
    ("revision", "改价后成交", "Price revision to payout", 14,
     ["tp_price_revision", "tp_seller_decision", "tp_payout"]),
    ("purchase", "购机下单", "Browse to delivery", 7,
     ["tp_browse", "tp_product_detail", "tp_checkout", "tp_delivery"]),
    ("returns", "退货退款", "Return to refund", 30, ["tp_return_request", "tp_return_refund"]),
]

CITIES = [  # id, zh, weight, warehouse
    ("shanghai", "上海", 0.21, "shanghai"), ("beijing", "北京", 0.17, "shanghai"), ("hangzhou", "杭州", 0.09, "shanghai"),
    ("shenzhen", "深圳", 0.15, "shenzhen"), ("guangzhou", "广州", 0.13, "shenzhen"), ("wuhan", "武汉", 0.07, "shenzhen"),
    ("chengdu", "成都", 0.12, "chengdu"), ("xian", "西安", 0.06, "chengdu"),
]
CITY_ZH = {c[0]: c[1] for c in CITIES}
WAREHOUSE_ZH = {"shanghai": "上海仓", "shenzhen": "深圳仓", "chengdu": "成都仓"}
INSPECTORS = {"shanghai": ["QC-SH01", "QC-SH02", "QC-SH03", "QC-SH04"],
              "shenzhen": ["QC-SZ01", "QC-SZ02", "QC-SZ03"], "chengdu": ["QC-CD01", "QC-CD02"]}
ACQ = [  # id, zh, weight sellers, weight buyers, quote->submit, detail->checkout
    ("app_store", "应用商店", 0.24, 0.26, 0.52, 0.24),
    ("douyin_ads", "抖音广告", 0.20, 0.22, 0.27, 0.055),
    ("baidu_search", "百度搜索", 0.11, 0.12, 0.47, 0.20),
    ("wechat_referral", "微信好友推荐", 0.17, 0.17, 0.57, 0.26),
    ("carrier_partner", "运营商合作", 0.16, 0.07, 0.74, 0.22),
    ("xiaohongshu", "小红书", 0.12, 0.16, 0.46, 0.15),
]
ACQ_ZH = {a[0]: a[1] for a in ACQ}
TIER_ZH = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
ROLE_ZH = {"seller": "卖家", "buyer": "买家", "both": "买卖双方"}
BRAND_ZH = {"Apple": "苹果", "Huawei": "华为", "Xiaomi": "小米", "Samsung": "三星", "OPPO": "OPPO", "vivo": "vivo"}
MODELS = {  # brand: [(model, like-new trade-in price in CNY at 2024-10)]
    "Apple": [("iPhone 11", 950), ("iPhone 12", 1550), ("iPhone 13", 2350), ("iPhone 14", 3050),
              ("iPhone 14 Pro", 3950), ("iPhone 15", 3850), ("iPhone 15 Pro Max", 5700)],
    "Huawei": [("Mate 40 Pro", 1650), ("P50", 1500), ("Mate 50", 2300), ("Mate 60 Pro", 3900), ("nova 11", 900)],
    "Xiaomi": [("Xiaomi 12", 900), ("Xiaomi 13", 1500), ("Xiaomi 14", 2350), ("Redmi K60", 1000)],
    "Samsung": [("Galaxy S21", 900), ("Galaxy S22", 1350), ("Galaxy S23", 2250), ("Galaxy Z Flip4", 1400)],
    "OPPO": [("Find X5", 1000), ("Reno 9", 800), ("Find X6", 1800)],
    "vivo": [("X80", 900), ("X90", 1550), ("iQOO 11", 1000)],
}
GRADES = ["like_new", "excellent", "good", "fair"]
GRADE_ZH = {"like_new": "99新", "excellent": "95新", "good": "9成新", "fair": "8成新"}
GRADE_F = {"like_new": 1.0, "excellent": 0.88, "good": 0.72, "fair": 0.52}
REASONS = [  # id, zh, weight (normal), weight (Shenzhen rig Nov 2025)
    ("screen_scratch", "屏幕划痕", 0.34, 0.55), ("housing_dent", "边框磕碰", 0.22, 0.25),
    ("battery_health", "电池健康度低", 0.20, 0.12), ("face_id", "面容/指纹异常", 0.08, 0.03),
    ("not_original", "非原装配件", 0.10, 0.03), ("water_damage", "进水痕迹", 0.06, 0.02),
]
RETURN_REASONS = {"battery_mismatch": "电池与描述不符", "cosmetic": "成色不符", "function_fault": "功能故障",
                  "changed_mind": "七天无理由"}
PAYOUT_ZH = {"alipay": "支付宝", "wechat_pay": "微信支付", "bank_card": "银行卡"}
COURIER_ZH = {"sf_express": "顺丰", "jd_logistics": "京东物流", "dada": "达达"}
FULFIL_ZH = {"pickup": "上门取件", "mail_in": "邮寄", "store": "门店交机"}
STORES = {"shanghai": ["中国移动南京东路营业厅", "中国联通徐家汇营业厅"], "beijing": ["中国移动西单营业厅"],
          "hangzhou": ["中国移动武林营业厅"], "shenzhen": ["中国移动华强北营业厅", "中国电信福田营业厅"],
          "guangzhou": ["中国移动天河营业厅"], "wuhan": ["中国联通光谷营业厅"], "chengdu": ["中国移动春熙路营业厅"],
          "xian": ["中国电信钟楼营业厅"]}

# ---------------------------------------------------------------- feedback texts
# each topic has zh and en templates; its marker words appear in no other topic's template (gold.py relies on it)
T = {
    "lowball": {
        "zh": ["估价{q}元，寄过去质检完直接压价到{r}元，这不是套路吗", "质检说成色不符，压价压了三分之一，太坑了",
               "线上估得挺高，到仓库就压价，感觉被骗了", "说我的机器有磕碰要压价，我寄出前明明拍了照片",
               "压价太狠了，{q}变{r}，不卖了让他们寄回来", "又是质检压价，申诉也没用，客服只会复制粘贴",
               "自评99新，质检给了9成新，压价几百块，标准到底是什么"],
        "en": ["Quoted {q} online, then after inspection they came back with {r}. Classic lowball.",
               "Total lowball after the inspection, they claimed dents I can't even see.",
               "The inspection team lowballed me by a third, I declined and asked for the phone back.",
               "Felt like a bait and switch: high quote, lowball offer once they had my phone."],
    },
    "payout_slow": {
        "zh": ["确认成交三天了钱还没到账，客服说系统升级", "说好的秒到账呢？等了快一周", "打款一直显示处理中，迟迟不到账",
               "手机早就卖了，钱到现在还没到账，有点慌", "到账太慢了，以前几分钟就到，这次等了好几天"],
        "en": ["Accepted the offer days ago and still no payout. Support says a system upgrade.",
               "Payout took almost a week this time, used to be instant.",
               "Where is my payout? Phone is gone, money is not."],
    },
    "courier_noshow": {
        "zh": ["约了上门取件，快递员根本没来，也没人通知", "快递员放鸽子两次，白请了半天假", "上门取件的快递员迟到两个小时还嫌我催",
               "快递员没来，改约又没来，最后只能自己去寄"],
        "en": ["Booked a pickup, the courier never showed up.", "Courier no-show twice, wasted my whole afternoon.",
               "The courier cancelled the pickup without telling me."],
    },
    "battery": {
        "zh": ["详情页写电池健康度90%，到手一看才81%", "电池掉电特别快，和质检报告写的不一样", "电池健康度虚标，申请退货了",
               "买的95新，电池却是维修后的非原装电池"],
        "en": ["Listing said battery health 90%, mine shows 80%.", "Battery drains in half a day, not what the report said.",
               "The battery was clearly replaced with a non-original one."],
    },
    "cosmetic": {
        "zh": ["说是99新，背面一道明显划痕", "成色和图片差太多，边框全是划痕", "屏幕有细微划痕，描述里没写"],
        "en": ["Sold as like new but the back has visible scratches.", "More scratches than the photos showed.",
               "Frame covered in scratches, not the grade advertised."],
    },
    "data_privacy": {
        "zh": ["担心隐私泄露，还好质检后给了数据清除证明", "数据清除报告很专业，放心了", "有点担心照片隐私，客服解释了数据清除流程"],
        "en": ["Got a data wipe certificate after inspection, good for peace of mind.",
               "Was worried about privacy, the wipe report helped.", "Clear explanation of how they wipe my data."],
    },
    "refund_slow": {
        "zh": ["退货寄回去一个礼拜了退款还没下来", "退款太慢，仓库说还在检测", "退货退款流程拖拖拉拉"],
        "en": ["Returned the phone over a week ago, still waiting for my refund.", "Refund is taking forever after the return."],
    },
    "quote_easy": {
        "zh": ["估价很快，选个型号几秒就出价格", "估价很方便，比去营业厅问省事多了", "估价很透明，各项扣分写得清楚"],
        "en": ["Super easy to get a quote, took seconds.", "Instant quote was spot on, no surprises.",
               "Easy to get a quote in the app, really smooth."],
    },
    "fast_delivery": {
        "zh": ["发货很快，第二天就收到了", "下单当天就发货，包装也很好", "发货速度快，机器和描述一致"],
        "en": ["Shipped the same day, arrived next morning.", "Fast shipping and the phone matched the listing.",
               "Ordered Monday, shipped Monday, in my hands Tuesday."],
    },
    "_pos": {
        "zh": ["整体体验不错，价格公道", "第二次在这里卖手机了，流程顺", "挺好的，推荐给朋友了", "性价比高，会回购"],
        "en": ["Fair price, smooth process.", "Second time selling here, no issues.", "Good value, would recommend."],
    },
    "_neu": {
        "zh": ["还行吧，中规中矩", "一般，没什么特别的", "流程有点多，不过能接受"],
        "en": ["It was okay.", "Average experience, nothing special.", "A few too many steps but fine."],
    },
}
TOPIC_TP = {"lowball": "tp_price_revision", "payout_slow": "tp_payout", "courier_noshow": "tp_pickup",
            "battery": "tp_delivery", "cosmetic": "tp_delivery", "data_privacy": "tp_inspection",
            "refund_slow": "tp_return_refund", "quote_easy": "tp_quote", "fast_delivery": "tp_delivery"}
NEG = {"lowball", "payout_slow", "courier_noshow", "battery", "cosmetic", "refund_slow"}


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def month_weight(d: datetime, side: str) -> float:
    months = (d.year - 2024) * 12 + d.month - 10
    w = 1.0 + 0.022 * months                                   # steady growth
    if side == "sell":
        w *= {9: 1.35, 10: 1.3, 11: 1.2, 12: 1.0, 1: 0.95, 2: 0.7, 3: 1.15}.get(d.month, 1.0)
    else:
        w *= {11: 1.45, 12: 1.05, 2: 0.75, 5: 1.1, 6: 1.3}.get(d.month, 1.0)
    return w


DAYS = [START + D(days=i) for i in range((END - START).days + 1)]


def day_sampler(side):
    w = np.array([month_weight(d, side) * (1.15 if d.weekday() >= 5 else 1.0) for d in DAYS])
    return w / w.sum()


HOUR_W = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2.5, 3.5, 4, 4, 4, 3.8, 3.6, 3.6, 3.8, 4, 4.3, 5, 5.5, 5.2,
                   4, 2.2])
HOUR_W = HOUR_W / HOUR_W.sum()


def at_hour(d: datetime, lo=0, hi=24) -> datetime:
    h = int(rng.choice(24, p=HOUR_W))
    h = min(max(h, lo), hi - 1)
    return d.replace(hour=h, minute=int(rng.integers(60)), second=int(rng.integers(60)))


def work_time(t: datetime) -> datetime:
    """push to warehouse / courier working hours (9:00-20:00)."""
    if t.hour < 9:
        t = t.replace(hour=9) + D(minutes=int(rng.integers(0, 90)))
    elif t.hour >= 20:
        t = (t + D(days=1)).replace(hour=9) + D(minutes=int(rng.integers(0, 120)))
    return t


class StopCase(Exception):
    """the case runs past the end of the extract: what happened so far is kept."""


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.customers = []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.n_ti = self.n_bs = 0
        self.spend = {}
        self.last = {}

    # ---------------------------------------------------------------- helpers
    def ev(self, c, t, tp, sid, action, channel=None, **kw):
        if t > END:
            raise StopCase
        self.n_ev += 1
        digital = tp in ("tp_quote", "tp_order_submit", "tp_price_revision", "tp_seller_decision", "tp_browse",
                         "tp_product_detail", "tp_checkout", "tp_return_request", "tp_appeal")
        dev = None
        if digital:
            ch = channel or c["platform"]
            dev = "pc" if ch == "web" else c["phone_os"]
            if tp == "tp_appeal":
                ch, dev = "phone", None
        else:
            ch = channel
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=dev, channel=ch)
        row.update(kw)
        self.events.append(row)
        self.last[c["customer_id"]] = max(self.last.get(c["customer_id"], t), t)
        return row

    def order(self, c, t, amount, otype, sid, status, **kw):
        if t > END:
            raise StopCase
        self.n_ord += 1
        oid = f"O{self.n_ord:06d}"
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel=c["platform"], device="pc" if c["platform"] == "web" else c["phone_os"],
                   order_type=otype, 订单类型={"phone": "二手手机", "warranty": "碎屏延保"}[otype], session_id=sid,
                   city=c["region"], 城市=CITY_ZH[c["region"]], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        if status == "paid":
            self.spend[c["customer_id"]] = self.spend.get(c["customer_id"], 0) + amount
        return row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, undated=False, lang=None, anon=False, **kw):
        if t > END:
            return None
        self.n_fb += 1
        lang = lang or (c["preferred_language"] if c else ("en" if rng.random() < 0.25 else "zh"))
        text = str(pick(T[topic][lang], [1] * len(T[topic][lang])))
        text = text.format(q=kw.pop("q", 2000), r=kw.pop("r", 1500))
        sent = "negative" if topic in NEG else ("neutral" if topic == "_neu" else "positive")
        if tp is None:
            tp = TOPIC_TP.get(topic)
        row = dict(feedback_id=f"FB{self.n_fb:05d}", text=text, ts=None if undated else ts(t),
                   customer_id=None if (anon or c is None) else c["customer_id"], touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, language=lang)
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=row["feedback_id"], topics="" if topic.startswith("_") else topic,
                               sentiment=sent))
        return row

    # ---------------------------------------------------------------- customers
    def make_customers(self):
        roles = ["seller"] * N_SELLERS + ["buyer"] * N_BUYERS + ["both"] * N_BOTH
        rng.shuffle(roles)
        for i, role in enumerate(roles):
            city = pick(CITIES, [x[2] for x in CITIES])
            acq = pick(ACQ, [a[2] if role != "buyer" else a[3] for a in ACQ])
            os_ = "ios" if rng.random() < (0.48 if city[0] in ("shanghai", "beijing", "shenzhen", "hangzhou") else 0.36) \
                else "android"
            platform = pick(["app", "mini_program", "web"], [0.55, 0.31, 0.14])
            if acq[0] == "carrier_partner":
                platform = pick(["app", "mini_program", "web"], [0.35, 0.55, 0.10])
            en_p = 0.22 if city[0] in ("shanghai", "shenzhen", "beijing", "guangzhou") else 0.08
            self.customers.append(dict(
                customer_id=f"C{i + 1:05d}", role=role, region=city[0], city_zh=city[1], warehouse=city[3],
                acquisition_channel=acq[0], phone_os=os_, platform=platform,
                preferred_language="en" if rng.random() < en_p else "zh",
                age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.22, 0.38, 0.24, 0.11, 0.05]),
                gender=pick(["female", "male"], [0.46, 0.54]),
                real_name_verified=bool(rng.random() < 0.83)))

    # ---------------------------------------------------------------- sell side
    def phone(self, c, t):
        if c["phone_os"] == "ios":
            brand = "Apple" if rng.random() < 0.86 else pick(list(MODELS)[1:], [0.4, 0.25, 0.15, 0.1, 0.1])
        else:
            brand = pick(list(MODELS)[1:], [0.3, 0.26, 0.16, 0.15, 0.13])
        model, price = MODELS[brand][int(rng.integers(len(MODELS[brand])))]
        storage = int(pick([128, 256, 512], [0.45, 0.4, 0.15]))
        months = (t - START).days / 30.4
        base = price * {128: 1.0, 256: 1.12, 512: 1.25}[storage] * (1 - 0.012 * months)
        return brand, model, storage, base

    def tradein(self, c, t0):
        self.n_ti += 1
        sid = f"TI{self.n_ti:06d}"
        brand, model, storage, base = self.phone(c, t0)
        claimed = pick(GRADES, [0.27, 0.43, 0.24, 0.06])
        quote = round(base * GRADE_F[claimed] / 10) * 10
        dev = dict(brand=brand, 品牌=BRAND_ZH[brand], model=model, storage_gb=storage)
        self.ev(c, t0, "tp_quote", sid, "quoted", claimed_condition=claimed, 自评成色=GRADE_ZH[claimed],
                quote_amount=quote, **dev)
        t = t0
        for _ in range(int(rng.choice([0, 0, 0, 1, 1, 2]))):   # re-quotes with another storage / condition
            t = t + D(minutes=int(rng.integers(1, 20)))
            self.ev(c, t, "tp_quote", sid, "quoted", claimed_condition=claimed, 自评成色=GRADE_ZH[claimed],
                    quote_amount=round(quote * rng.uniform(0.9, 1.1) / 10) * 10, **dev)
        acq = next(a for a in ACQ if a[0] == c["acquisition_channel"])
        p_submit = acq[4] * (1.1 if quote > 2000 else 0.95)
        if rng.random() > p_submit:
            return
        t = t + D(minutes=int(rng.integers(2, 60))) if rng.random() < 0.7 else at_hour(t + D(days=int(rng.integers(1, 4))))
        if c["acquisition_channel"] == "carrier_partner":
            method = pick(["pickup", "mail_in", "store"], [0.2, 0.1, 0.7])
        else:
            method = pick(["pickup", "mail_in", "store"], [0.55, 0.33, 0.12])
        wh = c["warehouse"]
        common = dict(fulfil_method=method, 交付方式=FULFIL_ZH[method], warehouse=wh, 仓库=WAREHOUSE_ZH[wh])
        self.ev(c, t, "tp_order_submit", sid, "submitted", quote_amount=quote, **dev, **common)
        # ---- hand-over
        missed = False
        if method == "pickup":
            slow_city = c["region"] in ("chengdu", "xian", "wuhan")
            courier = pick(["sf_express", "jd_logistics", "dada"], [0.4, 0.2, 0.4] if slow_city else [0.6, 0.35, 0.05])
            p_miss = {"sf_express": 0.03, "jd_logistics": 0.05, "dada": 0.23}[courier]
            tp_t = work_time(at_hour(t + D(days=int(rng.choice([0, 1, 1, 2]))), 9, 20))
            if tp_t <= t:
                tp_t = t + D(hours=3)
            got = False
            for attempt in range(2):
                if rng.random() < p_miss:
                    missed = True
                    self.ev(c, tp_t, "tp_pickup", sid, "missed", channel=None, courier=courier,
                            物流商=COURIER_ZH[courier], attempt=attempt + 1, **common)
                    if rng.random() < 0.35:
                        break                                           # seller gives up
                    tp_t = work_time(tp_t + D(days=1, hours=int(rng.integers(-2, 3))))
                else:
                    self.ev(c, tp_t, "tp_pickup", sid, "picked_up", channel=None, courier=courier,
                            物流商=COURIER_ZH[courier], attempt=attempt + 1, **common)
                    got = True
                    break
            if not got:
                if missed and rng.random() < 0.5:
                    self.fb(c, tp_t + D(hours=int(rng.integers(1, 30))), "courier_noshow", "cs_ticket",
                            courier=courier, 物流商=COURIER_ZH[courier], trade_in_id=sid, city=c["region"],
                            城市=c["city_zh"])
                return
            t = tp_t
            courier_in = courier
        elif method == "mail_in":
            if rng.random() > 0.83:
                return
            t = at_hour(t + D(days=int(rng.choice([0, 1, 1, 2, 3, 5]))), 9, 21)
            courier_in = pick(["sf_express", "jd_logistics"], [0.7, 0.3])
            self.ev(c, t, "tp_mailin", sid, "shipped", channel=None, courier=courier_in,
                    物流商=COURIER_ZH[courier_in], tracking_no=f"SF{rng.integers(10**11, 10**12)}"
                    if courier_in == "sf_express" else f"JD{rng.integers(10**11, 10**12)}", **common)
        else:
            if rng.random() > 0.9:
                return
            t = at_hour(t + D(days=int(rng.choice([0, 1, 2, 3, 5]))), 10, 21)
            courier_in = "store_batch"
            store = str(pick(STORES[c["region"]], [1] * len(STORES[c["region"]])))
            self.ev(c, t, "tp_store_dropoff", sid, "dropped_off", channel="store", store_name=store, **common)
        t = work_time(t + D(days=int(rng.choice([1, 1, 2, 2, 3]) + (1 if method == "store" else 0)),
                            hours=int(rng.integers(0, 8))))
        self.ev(c, t, "tp_received", sid, "received", channel=None, **common)
        # ---- inspection
        t = work_time(t + D(hours=float(rng.uniform(2, 30))))
        inspector = str(pick(INSPECTORS[wh], [1] * len(INSPECTORS[wh])))
        rig = wh == "shenzhen" and SZ_GRADING[0] <= t < SZ_GRADING[1]
        p_down = {"like_new": 0.30, "excellent": 0.22, "good": 0.14, "fair": 0.05}[claimed]
        if brand == "Samsung":
            p_down += 0.08
        if rig:
            p_down = 0.72
        down = rng.random() < p_down
        gi = GRADES.index(claimed)
        graded = GRADES[min(3, gi + (1 + int(rng.random() < 0.25)) if down else gi)]
        battery = int(np.clip(rng.normal(88 if graded in ("like_new", "excellent") else 82, 5), 62, 100))
        self.ev(c, t, "tp_inspection", sid, "downgraded" if down else "as_described", channel=None, inspector=inspector,
                inspection_grade=graded, 质检成色=GRADE_ZH[graded], battery_health=battery, **dev, **common)
        final = quote
        if rng.random() < 0.025 and not down:
            self.fb(c, t + D(hours=int(rng.integers(1, 48))), "data_privacy", "app_review",
                    rating=int(pick([4, 5], [0.4, 0.6])), trade_in_id=sid, warehouse=wh, 仓库=WAREHOUSE_ZH[wh],
                    platform="app_store" if c["phone_os"] == "ios" else "huawei_appgallery")
        appealed = declined = False
        if down:
            reason = pick(REASONS, [r[3] if rig else r[2] for r in REASONS])
            pct = -rng.uniform(0.25, 0.45) if rig else (-rng.uniform(0.18, 0.38) if brand == "Samsung"
                                                        else -rng.uniform(0.05, 0.24))
            revised = round(quote * (1 + pct) / 10) * 10
            t = t + D(minutes=int(rng.integers(5, 180)))
            self.ev(c, t, "tp_price_revision", sid, "revised", channel="app", quote_amount=quote,
                    revised_amount=revised, revision_pct=round(pct, 4), revision_reason=reason[0], 改价原因=reason[1],
                    inspector=inspector, **dev, **common)
            final = revised
            p_accept = float(np.clip(0.97 - 1.25 * abs(pct), 0.2, 0.95))
            if rng.random() < (0.33 if rig else 0.12):
                appealed = True
                t2 = t + D(hours=float(rng.uniform(0.5, 30)))
                adjusted = rng.random() < 0.3
                if adjusted:
                    final = round((revised + (quote - revised) * 0.5) / 10) * 10
                    p_accept = min(0.95, p_accept + 0.25)
                self.ev(c, t2, "tp_appeal", sid, "appealed", result="adjusted" if adjusted else "upheld",
                        申诉结果="改判加价" if adjusted else "维持原判", final_amount=final, revision_reason=reason[0],
                        改价原因=reason[1], **common)
                t = t2 + D(days=float(rng.uniform(1, 3)))
                if rng.random() < 0.4:
                    self.fb(c, t2 + D(hours=int(rng.integers(1, 20))), "lowball", "cs_ticket", q=quote, r=revised,
                            trade_in_id=sid, warehouse=wh, 仓库=WAREHOUSE_ZH[wh], brand=brand, 品牌=BRAND_ZH[brand])
            t = t + D(hours=float(rng.exponential(10)) + 0.1)
            accept = rng.random() < p_accept
            self.ev(c, t, "tp_seller_decision", sid, "accepted" if accept else "declined", quote_amount=quote,
                    final_amount=final, **common)
            if not accept:
                declined = True
                self.ev(c, work_time(t + D(days=float(rng.uniform(1, 3)))), "tp_return_device", sid, "returned",
                        channel=None, courier="sf_express", 物流商="顺丰", **common)
                if rng.random() < 0.3:
                    social = rng.random() < 0.4
                    self.fb(c, t + D(hours=int(rng.integers(1, 72))), "lowball", "social" if social else "app_review",
                            rating=None if social else int(pick([1, 2], [0.6, 0.4])), q=quote, r=revised,
                            trade_in_id=sid, warehouse=wh, 仓库=WAREHOUSE_ZH[wh], brand=brand, 品牌=BRAND_ZH[brand],
                            platform=str(pick(["xiaohongshu", "weibo"], [0.6, 0.4])) if social else "app_store")
                return
        # ---- payout
        method_pay = pick(["alipay", "wechat_pay", "bank_card"], [0.55, 0.3, 0.15])
        hours = float(rng.lognormal(np.log(0.6), 0.8)) if method_pay != "bank_card" else float(
            rng.lognormal(np.log(20), 0.4))
        if PAYOUT_MIGRATION[0] <= t < PAYOUT_MIGRATION[1]:
            hours += float(rng.uniform(60, 150))
        tp = t + D(hours=hours)
        if tp > END:
            return
        self.ev(c, tp, "tp_payout", sid, "paid", channel=None, payout_method=method_pay, 打款方式=PAYOUT_ZH[method_pay],
                payout_amount=final, payout_hours=round(hours, 2), **common)
        self.spend[c["customer_id"]] = self.spend.get(c["customer_id"], 0) + final
        # ---- feedback after payout
        slow = hours > 48
        extra = dict(trade_in_id=sid, warehouse=wh, 仓库=WAREHOUSE_ZH[wh], brand=brand, 品牌=BRAND_ZH[brand])
        if slow and rng.random() < 0.3:
            self.fb(c, t + D(hours=float(rng.uniform(24, 48))), "payout_slow", "cs_ticket", **extra)
        if rng.random() < 0.36:
            r = 4.5 - (1.4 if down else 0) - (0.6 if appealed else 0) - (1.6 if slow else 0) - (0.8 if missed else 0)
            rating = int(np.clip(round(r + rng.normal(0, 0.7)), 1, 5))
            nps = int(np.clip(round(rating * 2.1 - 1 + rng.normal(0, 1.2)), 0, 10))
            if slow and rng.random() < 0.75:
                topic = "payout_slow"
            elif down and rating <= 3 and rng.random() < 0.75:
                topic = "lowball"
            elif missed and rng.random() < 0.6:
                topic = "courier_noshow"
            elif rating >= 4:
                topic = str(pick(["quote_easy", "_pos", "data_privacy"], [0.45, 0.45, 0.1]))
            else:
                topic = "_neu"
            self.fb(c, tp + D(hours=float(rng.uniform(1, 70))), topic, "payout_survey", rating=rating, nps=nps,
                    tp=None if not topic.startswith("_") else "tp_payout", q=quote, r=final, **extra)

    # ---------------------------------------------------------------- buy side
    def buy(self, c, t0):
        self.n_bs += 1
        sid = f"BS{self.n_bs:06d}"
        self.ev(c, t0, "tp_browse", sid, "view", page=str(pick(["home", "search", "category", "promo"],
                                                                 [0.4, 0.3, 0.2, 0.1])))
        if rng.random() > 0.7:
            return
        t = t0
        acq = next(a for a in ACQ if a[0] == c["acquisition_channel"])
        n_views = int(rng.choice([1, 1, 2, 3]))
        listing = None
        for _ in range(n_views):
            t = t + D(minutes=float(rng.uniform(0.5, 12)))
            brand = pick(list(MODELS), [0.5, 0.15, 0.12, 0.08, 0.08, 0.07])
            model, price = MODELS[brand][int(rng.integers(len(MODELS[brand])))]
            grade = pick(GRADES, [0.18, 0.42, 0.3, 0.1])
            months = (t - START).days / 30.4
            storage = int(pick([128, 256, 512], [0.45, 0.4, 0.15]))
            lp = round((price * {128: 1.0, 256: 1.12, 512: 1.25}[storage] * GRADE_F[grade] * (1 - 0.012 * months)
                        * 1.3 + 150) / 10) * 10 - 1
            listing = dict(listing_id=f"L{rng.integers(100000, 999999)}", brand=brand, 品牌=BRAND_ZH[brand], model=model,
                           storage_gb=storage, grade=grade, 成色=GRADE_ZH[grade], list_price=lp,
                           ship_from=c["warehouse"], 发货仓=WAREHOUSE_ZH[c["warehouse"]])
            self.ev(c, t, "tp_product_detail", sid, "view", **listing)
        if rng.random() > acq[5] * (1.15 if c["platform"] == "app" else 0.9):
            return
        t = t + D(minutes=float(rng.uniform(1, 40)))
        grade, brand = listing["grade"], listing["brand"]
        coupon = rng.random() < 0.3
        discount = float(pick([20, 50, 100], [0.5, 0.3, 0.2])) if coupon else 0.0
        amount = listing["list_price"] - discount
        paid = rng.random() < 0.91
        pay = pick(["alipay", "wechat_pay", "huabei"], [0.5, 0.38, 0.12])
        pay_zh = {"alipay": "支付宝", "wechat_pay": "微信支付", "huabei": "花呗分期"}[pay]
        ocommon = dict(brand=brand, 品牌=BRAND_ZH[brand], model=listing["model"], grade=grade, 成色=GRADE_ZH[grade],
                       warehouse=c["warehouse"], 仓库=WAREHOUSE_ZH[c["warehouse"]], listing_price=listing["list_price"],
                       discount=discount, coupon_code="NEWUSER50" if discount == 50 else ("SAVE100" if discount == 100
                                                                                           else ("LJ20" if coupon else None)),
                       payment_method=pay, 支付方式=pay_zh)
        o = self.order(c, t, amount, "phone", sid, "paid" if paid else "cancelled", **ocommon)
        self.ev(c, t, "tp_checkout", sid, "paid" if paid else "unpaid", order_id=o["order_id"], amount=amount,
                **{k: listing[k] for k in ("listing_id", "brand", "品牌", "model", "grade", "成色")})
        if not paid:
            o["cancelled_at"] = ts(t + D(minutes=30))
            return
        w = None
        if rng.random() < 0.24:
            w = self.order(c, t + D(minutes=1), float(pick([99, 149, 199], [0.5, 0.3, 0.2])), "warranty", sid, "paid",
                           **ocommon)
        ship = t + D(hours=float(rng.uniform(2, 30)))
        td = work_time(ship + D(days=float(rng.choice([1, 1, 2, 2, 3, 4])), hours=float(rng.uniform(0, 6))))
        self.ev(c, td, "tp_delivery", sid, "delivered", channel=None, order_id=o["order_id"],
                courier=pick(["sf_express", "jd_logistics"], [0.75, 0.25]), shipped_at=ts(ship),
                ship_from=c["warehouse"], 发货仓=WAREHOUSE_ZH[c["warehouse"]])
        p_ret = {"like_new": 0.03, "excellent": 0.05, "good": 0.09, "fair": 0.26}[grade]
        battery_issue = brand == "Apple" and grade in ("good", "fair") and rng.random() < 0.22
        if battery_issue:
            p_ret = 0.55
        extra = dict(order_id=o["order_id"], brand=brand, 品牌=BRAND_ZH[brand], grade=grade, 成色=GRADE_ZH[grade],
                     warehouse=c["warehouse"], 仓库=WAREHOUSE_ZH[c["warehouse"]])
        if rng.random() < p_ret:
            if battery_issue:
                reason = "battery_mismatch"
            else:
                reason = pick(list(RETURN_REASONS), [0.25, 0.3, 0.15, 0.3])
            tr = td + D(days=float(rng.uniform(0.2, 6.5)))
            self.ev(c, tr, "tp_return_request", sid, "requested", order_id=o["order_id"], return_reason=reason,
                    退货原因=RETURN_REASONS[reason])
            days = float(rng.uniform(2, 5)) + (float(rng.uniform(3, 8)) if rng.random() < 0.3 else 0)
            trf = tr + D(days=days)
            if trf <= END:
                self.ev(c, trf, "tp_return_refund", sid, "refunded", channel=None, order_id=o["order_id"],
                        refund_amount=amount, refund_days=round(days, 2))
                o["status"] = "returned"
                o["returned_at"] = ts(trf)
                self.spend[c["customer_id"]] -= amount
                if w is not None:
                    w["status"] = "refunded"
                    w["refunded_at"] = ts(trf)
                    self.spend[c["customer_id"]] -= w["amount"]
                if days > 6 and rng.random() < 0.7:
                    self.fb(c, trf - D(days=1), "refund_slow", "cs_ticket", **extra)
            if rng.random() < 0.6:
                topic = {"battery_mismatch": "battery", "cosmetic": "cosmetic"}.get(reason, "_neu")
                self.fb(c, tr + D(hours=float(rng.uniform(1, 30))), topic, "delivery_review",
                        rating=int(pick([1, 2, 3], [0.5, 0.35, 0.15])), tp="tp_delivery", **extra)
            return
        if rng.random() < 0.42:
            r = 4.55 - (0.4 if grade == "fair" else 0)
            rating = int(np.clip(round(r + rng.normal(0, 0.6)), 1, 5))
            if battery_issue:
                topic, rating = "battery", int(pick([2, 3], [0.6, 0.4]))
            elif rng.random() < 0.07:
                topic, rating = "cosmetic", int(pick([2, 3], [0.5, 0.5]))
            elif rating >= 4:
                topic = str(pick(["fast_delivery", "_pos"], [0.5, 0.5]))
            else:
                topic = "_neu"
            self.fb(c, td + D(hours=float(rng.uniform(2, 96))), topic, "delivery_review", rating=rating,
                    tp="tp_delivery", **extra)

    # ---------------------------------------------------------------- other feedback
    def loose_feedback(self):
        sell = [c for c in self.customers if c["role"] != "buyer"]
        days = day_sampler("sell")
        for _ in range(520):   # app-store reviews: mostly anonymous, a third without date
            d = DAYS[int(rng.choice(len(DAYS), p=days))]
            topic = str(pick(["quote_easy", "lowball", "payout_slow", "courier_noshow", "_pos", "_neu", "battery"],
                             [0.22, 0.22, 0.08, 0.03, 0.30, 0.10, 0.05]))
            if topic == "payout_slow" and not (datetime(2026, 3, 1) <= d < datetime(2026, 5, 1)):
                topic = "_pos"
            rating = {"quote_easy": 5, "_pos": 5, "_neu": 3}.get(topic, 1)
            rating = int(np.clip(rating + (0 if rng.random() < 0.6 else (-1 if rating > 2 else 1)), 1, 5))
            c = sell[int(rng.integers(len(sell)))] if rng.random() < 0.35 else None
            tp = "tp_inspection" if topic == "lowball" and rng.random() < 0.3 else None
            self.fb(c, at_hour(d), topic, "app_review", tp=tp, rating=rating, undated=rng.random() < 0.33,
                    anon=c is None, platform=str(pick(["app_store", "huawei_appgallery", "xiaomi_store"],
                                                      [0.5, 0.3, 0.2])))
        for _ in range(300):   # Xiaohongshu / Weibo posts: no rating, mostly undated
            d = DAYS[int(rng.choice(len(DAYS), p=days))]
            topic = str(pick(["lowball", "courier_noshow", "data_privacy", "_pos", "battery"],
                             [0.45, 0.12, 0.13, 0.2, 0.1]))
            c = sell[int(rng.integers(len(sell)))] if rng.random() < 0.2 else None
            self.fb(c, at_hour(d), topic, "social", undated=rng.random() < 0.55, anon=c is None,
                    lang="zh" if rng.random() < 0.9 else "en",
                    platform=str(pick(["xiaohongshu", "weibo"], [0.6, 0.4])))

    @staticmethod
    def safe(fn, c, t):
        try:
            fn(c, t)
        except StopCase:
            pass

    def run(self):
        self.make_customers()
        ds, db = day_sampler("sell"), day_sampler("buy")
        for c in self.customers:
            if c["role"] in ("seller", "both"):
                d = DAYS[int(rng.choice(len(DAYS), p=ds))]
                t = at_hour(d)
                c["first"] = t
                self.safe(self.tradein, c, t)
                n_more = int(rng.choice([0, 0, 0, 0, 0, 1, 1, 2]))
                for _ in range(n_more):
                    t2 = at_hour(t + D(days=int(rng.integers(20, 300))))
                    if t2 <= END:
                        self.safe(self.tradein, c, t2)
            if c["role"] in ("buyer", "both"):
                d = DAYS[int(rng.choice(len(DAYS), p=db))]
                if c["role"] == "both":
                    d = max(d, c["first"] + D(days=1)).replace(hour=0, minute=0, second=0)
                    if d > END:
                        continue
                t = at_hour(d)
                c.setdefault("first", t)
                self.safe(self.buy, c, t)
                for _ in range(int(rng.choice([0, 0, 1, 1, 2, 3]))):
                    t2 = at_hour(t + D(days=int(rng.integers(1, 200))))
                    if t2 <= END:
                        self.safe(self.buy, c, t2)
        self.loose_feedback()
        # the app re-sends a few events on reconnect: exact duplicates
        for i in rng.choice(len(self.events), 37, replace=False):
            self.events.append(dict(self.events[int(i)]))
        self.events.sort(key=lambda r: (r["ts"], r["event_id"]))
        self.orders.sort(key=lambda r: r["order_id"])

    def customer_rows(self):
        rows = []
        asof = datetime(2026, 5, 31)
        for c in self.customers:
            spend = self.spend.get(c["customer_id"], 0)
            tier = "gold" if spend >= 6000 else ("silver" if spend >= 2500 else "regular")
            last = self.last.get(c["customer_id"], c["first"])
            if tier == "gold":
                seg = "vip"
            elif c["first"] >= datetime(2026, 4, 1):
                seg = "new"
            elif last < asof - D(days=180):
                seg = "at_risk"
            else:
                seg = "returning"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"] - D(minutes=int(rng.integers(1, 30)))),
                             segment=seg, region=c["region"], 城市=c["city_zh"], acquisition_channel=c["acquisition_channel"],
                             获客渠道=ACQ_ZH[c["acquisition_channel"]], tier=tier, 会员等级=TIER_ZH[tier],
                             user_role=c["role"], 用户类型=ROLE_ZH[c["role"]], phone_os=c["phone_os"],
                             preferred_platform=c["platform"], preferred_language=c["preferred_language"],
                             age_band=c["age_band"], gender=c["gender"],
                             real_name_verified=str(c["real_name_verified"]).lower()))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else r.get(k) for k in cols])


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                  touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                       "touchpoint_id", "window_days"])
    crows = g.customer_rows()
    write(out / "customers.csv", crows, list(crows[0]))
    write(out / "events.csv", g.events, cols_of(g.events, ["event_id", "customer_id", "ts", "touchpoint_id",
                                                           "session_id", "action", "device", "channel"]))
    write(out / "orders.csv", g.orders, cols_of(g.orders, ["order_id", "customer_id", "ts", "amount", "status",
                                                           "channel", "device"]))
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                                 "rating", "nps"]))
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
