"""丝冠 SilkCrown 发制品: a wig and hair-system maker selling direct — factory in 许昌 Xuchang (Henan), flagship shops in
北京 Beijing (朝阳 Sanlitun) and 上海 Shanghai (静安), Tmall / WeChat mini program / app in China (CNY) and a US web store
exporting from Xuchang (USD). Custom orders: head measurements (template / photos), base material (full lace, Swiss
lace, mono, thin skin / PU) and hair type (Chinese virgin, Indian remy, European, synthetic), a 30 % deposit, factory
production stages (排单, 打底, 手钩, 烫染, 质检), dispatch, delivery, in-store fitting and cut-in appointments,
warranty remakes (90 days), returns, complaint tickets and replacement-unit reorders.
Data 2025-01-01 .. 2026-06-30 (some production / remakes / refunds run on into Aug 2026).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 6, 30)
N_CUST = 4500

BUG = (date(2025, 9, 1), date(2025, 9, 30))        # Android upload SDK (app 5.2.0 + mini program): head photos time out
US_RISE = date(2025, 5, 1)                          # US list prices up ~18 % (tariff surcharge folded in)
AB = (date(2026, 1, 5), date(2026, 3, 31))          # measure_guide_v2: text guide (A) vs video guide (B)
BANNER = (date(2025, 6, 1), date(2025, 8, 31))      # free_fitting_banner: no effect
CNY_SHUTDOWN = (date(2026, 2, 10), date(2026, 2, 24))  # factory closed for Spring Festival

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_product_page", "产品详情页", "Product page", "consideration", "web", "digital", "ecommerce",
     "商品页|详情页|款式页|产品页|product page|PDP|listing|product listing"),
    ("tp_consult", "在线顾问咨询", "Hair consultant chat", "consideration", "app", "digital", "customer_service",
     "顾问|咨询|在线客服|发型顾问|consultant|consultation|live chat|hair consultant"),
    ("tp_measure", "头型测量提交", "Head measurement", "purchase", "app", "digital", "ecommerce",
     "量头|测量|头围|头型数据|头模|模板|上传头型照片|measurement|measurements|head template|head measurements|"
     "template upload"),
    ("tp_options", "底材与发质定制", "Base & hair options", "purchase", "app", "digital", "ecommerce",
     "选底材|选发质|定制选项|配置|底材|发质|base material|hair type|customization|options|spec"),
    ("tp_deposit", "支付定金", "Deposit payment", "purchase", "app", "digital", "payments",
     "定金|付定金|下单|付款|支付|deposit|pay deposit|checkout|order placed"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "付款失败|支付不成功|payment failed|card declined"),
    ("tp_production", "工厂生产", "Factory production", "service", "other", "physical", "xuchang_factory",
     "生产|排产|排单|打底|手钩|钩发|烫染|质检|工厂|许昌工厂|production|factory|ventilating|knotting|QC"),
    ("tp_ship", "发货", "Dispatch", "service", "other", "physical", "logistics",
     "出库|发货|寄出|物流|dispatch|shipping|shipped|shipment"),
    ("tp_delivered", "签收", "Delivered", "service", "other", "physical", "logistics",
     "收货|到货|已签收|delivered|delivery|received"),
    ("tp_fitting_booking", "预约试戴", "Fitting appointment", "service", "app", "digital", "stores",
     "预约|约试戴|预约门店|试戴预约|fitting appointment|book a fitting|appointment"),
    ("tp_fitting", "门店试戴修剪", "In-store fitting & cut-in", "service", "store", "physical", "stores",
     "试戴|佩戴|修剪|剪发融合|到店|fitting|cut-in|cut in|attach|store visit"),
    ("tp_remake_request", "返工申请", "Remake request", "service", "app", "digital", "after_sales",
     "返工|重做|保修|质保返修|remake|redo|warranty claim|warranty remake"),
    ("tp_remake_done", "返工完成", "Remake delivered", "service", "other", "physical", "after_sales",
     "重做完成|返工寄回|remake delivered|remake done|remake completed"),
    ("tp_return_request", "退货申请", "Return request", "service", "app", "digital", "after_sales",
     "退货|退款申请|申请退货|return|return request|RMA"),
    ("tp_refund_done", "退款到账", "Refund completed", "service", "app", "digital", "finance",
     "退款成功|退款到账|refund|refunded|refund completed"),
    ("tp_reorder", "复购下单", "Replacement reorder", "loyalty", "app", "digital", "ecommerce",
     "复购|补单|再来一顶|续订|换新|reorder|replacement unit|repeat order|duplicate unit"),
    ("tp_complaint", "客诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|客诉|工单|complaint|support ticket|ticket"),
    ("tp_complaint_closed", "工单办结", "Complaint resolved", "service", "phone", "digital", "customer_service",
     "办结|结单|已解决|resolved|closed ticket"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("custom_order", "定制下单", "Custom order", ["tp_product_page", "tp_measure", "tp_options", "tp_deposit"], 14),
    ("fulfilment", "生产交付", "Production & delivery", ["tp_deposit", "tp_production", "tp_ship", "tp_delivered"], 75),
    ("fitting", "门店试戴", "Store fitting", ["tp_fitting_booking", "tp_fitting"], 14),
    ("remake", "保修返工", "Warranty remake", ["tp_remake_request", "tp_remake_done"], 45),
    ("return", "退货退款", "Return & refund", ["tp_return_request", "tp_refund_done"], 21),
    ("complaint", "客诉处理", "Complaint handling", ["tp_complaint", "tp_complaint_closed"], 7),
]
CN_REGIONS = {"华北": (["北京", "天津", "石家庄"], 0.32), "华东": (["上海", "杭州", "南京", "苏州"], 0.34),
              "华中": (["郑州", "许昌", "武汉"], 0.14), "华南": (["广州", "深圳"], 0.12), "西南": (["成都", "重庆"], 0.08)}
US_STATES = ["CA", "NY", "TX", "FL", "IL", "NJ", "WA", "GA"]
US_STATE_P = [0.22, 0.18, 0.14, 0.12, 0.09, 0.09, 0.08, 0.08]
ACQ_CN, ACQ_CN_P = ["tmall", "douyin", "xiaohongshu", "wechat", "baidu", "store_walkin"], [0.26, 0.22, 0.2, 0.12, 0.08, 0.12]
ACQ_US, ACQ_US_P = ["google", "youtube", "instagram", "tiktok", "reddit"], [0.34, 0.22, 0.18, 0.16, 0.1]
BASES = ["thin_skin", "mono", "swiss_lace", "full_lace"]
BASE_P = [0.34, 0.22, 0.26, 0.18]
HAIRS = ["chinese_virgin", "indian_remy", "european", "synthetic"]
HAIR_P = [0.38, 0.34, 0.14, 0.14]
PRICE_CNY = {"thin_skin": 1680, "mono": 2280, "swiss_lace": 2680, "full_lace": 3280}
PRICE_USD_OLD = {"thin_skin": 229, "mono": 279, "swiss_lace": 329, "full_lace": 369}
PRICE_USD_NEW = {"thin_skin": 269, "mono": 329, "swiss_lace": 389, "full_lace": 429}
HAIR_ADD_CNY = {"chinese_virgin": 0, "indian_remy": 300, "european": 1200, "synthetic": -800}
HAIR_ADD_USD = {"chinese_virgin": 0, "indian_remy": 30, "european": 150, "synthetic": -90}
LINE_F = {"hair_system": 1.0, "topper": 0.85, "wig": 1.7}
LEAD = {"thin_skin": 15, "mono": 21, "swiss_lace": 25, "full_lace": 30}
STYLISTS = {"beijing": ["王师傅", "刘老师", "陈Tony"], "shanghai": ["周老师", "Kevin", "李师傅"]}

DAYS = [START + D(i) for i in range(((END - START).days + 1))]


def season_w(d: date) -> float:
    w = {1: 1.1, 2: 0.7, 3: 1.0, 4: 1.0, 5: 1.0, 6: 1.1, 7: 1.0, 8: 0.9, 9: 1.0, 10: 1.0, 11: 1.3, 12: 1.2}[d.month]
    return w * (1.2 if d.weekday() >= 5 else 1.0) * (1.0 + 0.25 * (d - START).days / 545)


W = np.array([season_w(d) for d in DAYS])
W = W / W.sum()


def at(d: date, h0: float = 8, h1: float = 23) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def app_version(ts: datetime, device: str, channel: str) -> str:
    if channel != "app":
        return ""
    d = ts.date()
    if d < date(2025, 5, 1):
        return "5.0.3"
    if d < BUG[0]:
        return "5.1.2"
    if d <= BUG[1]:
        return "5.2.0"
    if d < date(2026, 3, 1):
        return "5.2.1"
    return "5.3.0"


def shedding_p(d: date) -> float:
    """share of hair-quality complaints that are about shedding — grows from ~10 % to ~55 %."""
    return 0.05 + 0.6 * max(0.0, min(1.0, (d - START).days / 545))


# ---------- customers ----------
customers = []
for i in range(N_CUST):
    cid = f"C{i + 1:05d}"
    us = rng.random() < 0.28
    if us:
        region, city, state = "US", "", str(rng.choice(US_STATES, p=US_STATE_P))
        acq = str(rng.choice(ACQ_US, p=ACQ_US_P))
        store = "us_online"
        lang = "zh" if rng.random() < 0.08 else "en"
    else:
        region = str(rng.choice(list(CN_REGIONS), p=[v[1] for v in CN_REGIONS.values()]))
        city = str(rng.choice(CN_REGIONS[region][0]))
        state = ""
        acq = str(rng.choice(ACQ_CN, p=ACQ_CN_P))
        store = {"华北": "beijing", "华东": "shanghai"}.get(region, "online")
        if store != "online" and rng.random() < 0.25:
            store = "online"
        if acq == "store_walkin" and store == "online":
            store = "beijing" if region in ("华北", "华中") else "shanghai"
        lang = "zh"
    wearer = str(rng.choice(["first_time", "experienced", "medical"], p=[0.44, 0.40, 0.16]))
    gender = "female" if (wearer == "medical" and rng.random() < 0.7) or rng.random() < 0.3 else "male"
    line = ("wig" if rng.random() < 0.6 else "topper") if gender == "female" else "hair_system"
    age = str(rng.choice(["18-29", "30-44", "45-59", "60+"], p=[0.18, 0.42, 0.28, 0.12]))
    signup = datetime(2024, 3, 1) + D(days=int(rng.integers(0, 830)), seconds=int(rng.integers(0, 86400)))
    dev = ("pc" if rng.random() < 0.45 else str(rng.choice(["ios", "android"]))) if us else \
        str(rng.choice(["ios", "android", "pc"], p=[0.44, 0.44, 0.12]))
    customers.append(dict(customer_id=cid, signup_at=signup, region=region, city=city, us_state=state,
                          market="US" if us else "CN", acquisition_channel=acq, preferred_store=store,
                          wearer_type=wearer, gender=gender, product_line=line, age_band=age, language=lang,
                          primary_device=dev,
                          head_circumference_cm=round(float(rng.normal(56.5 if gender == "male" else 54.5, 1.6)), 1)))
CUST = {c["customer_id"]: c for c in customers}

events, orders, feedback, truth, experiments = [], [], [], [], []
cnt = {"ev": 0, "ord": 0, "sess": 0, "fb": 0, "tk": 0}


def ev(cid, ts, tp, action, device, channel, sess="", **extra):
    cnt["ev"] += 1
    row = dict(event_id=f"E{cnt['ev']:07d}", customer_id=cid, ts=ts, touchpoint_id=tp, session_id=sess,
               action=action, device=device, channel=channel, app_version=app_version(ts, device, channel))
    row.update(extra)
    events.append(row)
    return ts


def new_sess():
    cnt["sess"] += 1
    return f"S{cnt['sess']:07d}"


TEXT = {  # topic: (sentiment, zh variants, en variants)
    "shedding": ("negative",
                 ["才戴了三周就开始掉发，洗一次掉一把", "发块掉发严重，枕头上全是头发", "掉发太厉害了，结点松了一片",
                  "新做的假发一梳就掉，质量比以前差多了", "掉发掉得心慌，才一个月顶部就稀了"],
                 ["Shedding like crazy after three weeks, hair everywhere after every wash",
                  "The unit is shedding badly, knots are coming loose at the crown",
                  "Excessive shedding — way worse than my last unit from you guys",
                  "Only a month in and the front is already thinning from shedding"]),
    "hairline": ("negative",
                 ["发际线不自然，结点很明显，一看就是假发", "前额发际线太整齐了，漂白结点没做好",
                  "发际线那一圈蕾丝发亮，近看很假"],
                 ["Hairline looks fake, the knots are super visible", "Knots at the front weren't bleached, hairline is obvious",
                  "The lace shines at the hairline, anyone close up can tell"]),
    "color_mismatch": ("negative",
                       ["颜色和我寄的样发不一样，偏红", "色号不对，比自己头发黄了好几度", "灰发比例做错了，太白了"],
                       ["Color doesn't match the hair sample I sent, way too red",
                        "Wrong shade, much lighter than my own hair", "Grey percentage is off, looks too white"]),
    "size_wrong": ("negative",
                   ["尺寸不对，前后长了一公分，贴不住", "头模量错了吧，戴上去两边翘起来", "发块尺寸偏小，盖不住秃的地方"],
                   ["Size is off, it's a cm too long front to back", "The base doesn't fit my template, edges lift on the sides",
                    "Unit is too small, doesn't cover my bald area"]),
    "slow_production": ("negative",
                        ["定金交了一个多月还在排单，太慢了", "生产周期说好25天，结果等了快两个月", "一直显示手钩中，问客服也说不清",
                         "过年停工也不提前说，等了整整五十天"],
                        ["Paid the deposit over a month ago and it's still 'in production'",
                         "You said 4 weeks, it took almost two months", "Order stuck at ventilating for weeks, no updates"]),
    "price_high": ("negative",
                   ["比别家贵太多了", "价格涨了不少，有点犹豫"],
                   ["Prices went up a lot, $389 for a Swiss lace base is too much now",
                    "Too expensive after the price increase, other brands are cheaper",
                    "The new tariff pricing killed it for me, can't justify it",
                    "Was about to reorder but the price jumped, going elsewhere"]),
    "upload_fail": ("negative",
                    ["上传头型照片一直转圈，传不上去", "安卓app量头那一步卡死，照片上传失败", "头围照片上传超时，试了五次都不行"],
                    ["Head photo upload keeps timing out on Android", "App freezes at the measurement step, can't upload photos"]),
    "customs": ("negative",
                ["寄到美国卡在海关十几天", "清关太慢了"],
                ["Package stuck in customs for two weeks", "DHL held it at customs and charged me duties",
                 "Customs delay, no one told me there'd be extra fees"]),
    "fitting_wait": ("negative",
                     ["上海店预约了还要等一个小时", "静安店太忙了，约好的时间等了四十分钟", "门店试戴排队太久"],
                     ["Had an appointment at the Shanghai store and still waited an hour"]),
    "praise_natural": ("positive",
                       ["非常自然，同事完全没看出来", "发际线很逼真，戴上年轻了十岁", "头发柔顺，佩戴很舒服透气",
                        "效果超出预期，自然得不像假发", "化疗后第一次敢出门了，谢谢你们"],
                       ["Looks totally natural, nobody at work noticed", "Best hairline I've had, super realistic",
                        "Comfortable and breathable, feels like my own hair", "Honestly life changing, my confidence is back"]),
    "praise_service": ("positive",
                       ["师傅修剪得很好，很耐心", "顾问很专业，帮我选了合适的底材", "试戴服务很贴心，剪得很融合"],
                       ["Stylist did a great cut-in, very patient", "The consultant really knew her stuff, helped me pick the base",
                        "Great service at the fitting, blended perfectly"]),
    "neutral": ("neutral",
                ["请问薄皮底能用多久？", "还行吧，和预期差不多", "想问一下能不能换色", "收到了，还没试戴"],
                ["How long does a thin skin base usually last?", "It's ok, about what I expected",
                 "Can I change the color on my next order?", "Received it, haven't worn it yet"]),
}


def comment(topic, lang, ts, cid, tp, channel, rating=None, nps=None, **extra):
    sent, zh, en = TEXT[topic]
    pool = zh if lang == "zh" else en
    cnt["fb"] += 1
    fid = f"FB{cnt['fb']:05d}"
    row = dict(feedback_id=fid, text=str(rng.choice(pool)), ts=ts, customer_id=cid, touchpoint_id=tp, channel=channel,
               rating=rating, nps=nps, language=lang)
    row.update(extra)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def neg_rating():
    return int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))


def pos_rating():
    return int(rng.choice([4, 5], p=[0.3, 0.7]))


def nps_for(r):
    return int(min(10, max(0, round(r * 2 + rng.normal(0, 1.2)))))


def complaint(cid, ts, ctype, dev, market, order_id):
    cnt["tk"] += 1
    tk = f"TK{cnt['tk']:05d}"
    ev(cid, ts, "tp_complaint", "submit", dev, "phone", complaint_type=ctype, ticket_id=tk, order_id=order_id, market=market)
    if rng.random() < 0.9:
        hrs = float(rng.gamma(2.0, 14.0 if market == "CN" else 26.0))
        ev(cid, ts + D(hours=hrs), "tp_complaint_closed", "resolve", dev, "phone", ticket_id=tk, order_id=order_id,
           market=market)


AB_VAR: dict[str, str] = {}
BANNER_VAR: dict[str, str] = {}
paid_count: dict[str, int] = {}


def produce_and_deliver(c, oid, t0, base, hair, dev, chan, lang, market, order):
    """production stages → dispatch → delivery → (fitting) → remake / return. Returns delivery time or None."""
    cid = c["customer_id"]
    lead = LEAD[base] + float(rng.gamma(3.0, 1.6)) - 3
    if order["product_type"] == "stock_unit":
        lead = float(rng.uniform(2, 5))
    start = t0 + D(days=float(rng.uniform(0.5, 3)))
    if CNY_SHUTDOWN[0] - D(days=lead) <= start.date() <= CNY_SHUTDOWN[1]:
        lead += 15
    qc_fail = rng.random() < {"synthetic": 0.03, "chinese_virgin": 0.05, "indian_remy": 0.06, "european": 0.15}[hair]
    if qc_fail:
        lead += 5
    stages = ["scheduled", "base_making", "ventilating", "styling", "qc"]
    fr = [0.0, 0.12, 0.3, 0.78, 0.92]
    for st, f in zip(stages, fr):
        extra = dict(production_stage=st, order_id=oid, base_material=base, hair_type=hair, workshop="许昌一车间"
                     if base in ("thin_skin", "mono") else "许昌二车间")
        if st == "qc":
            extra["qc_result"] = "fail" if qc_fail else "pass"
        ev(cid, start + D(days=lead * f), "tp_production", "fail" if st == "qc" and qc_fail else "complete",
           "", "other", **extra)
    t_ship = start + D(days=lead)
    carrier = "SF" if market == "CN" else str(rng.choice(["DHL", "FedEx"], p=[0.6, 0.4]))
    ev(cid, t_ship, "tp_ship", "ship", "", "other", order_id=oid, carrier=carrier, market=market)
    transit = float(rng.uniform(1, 3)) if market == "CN" else float(rng.uniform(5, 9))
    customs = market == "US" and t_ship.date() >= US_RISE and rng.random() < 0.18
    if customs:
        transit += float(rng.uniform(6, 16))
    t_del = t_ship + D(days=transit)
    ev(cid, t_del, "tp_delivered", "receive", "", "other", order_id=oid, carrier=carrier, market=market,
       customs_hold="yes" if customs else "no")
    order["production_days"] = round(lead, 1)
    order["shipped_at"] = t_ship
    order["delivered_at"] = t_del
    if customs and rng.random() < 0.5:
        comment("customs", lang, t_del + D(days=1), cid, "tp_delivered", "ticket", order_id=oid, market=market)
        complaint(cid, t_del + D(hours=20), "customs_delay", dev, market, oid)
    if lead > 38 and rng.random() < 0.45:
        comment("slow_production", lang, start + D(days=34), cid, "tp_production",
                "ticket" if rng.random() < 0.6 else "app_review", order_id=oid, market=market)
        complaint(cid, start + D(days=34, hours=2), "production_delay", dev, market, oid)
    t_after = t_del
    store = c["preferred_store"]
    wearer = c["wearer_type"]
    if store in ("beijing", "shanghai"):
        tb = t_del + D(days=float(rng.uniform(0.2, 3)))
        for attempt in range(2):
            t_app = tb + D(days=float(rng.uniform(1, 6)))
            ev(cid, tb, "tp_fitting_booking", "book", dev, "app" if chan != "store" else "phone", store=store,
               order_id=oid, appointment_at=t_app.strftime("%Y-%m-%d %H:00"))
            show = rng.random() < (0.9 if store == "beijing" else 0.74)
            if show:
                stylist = str(rng.choice(STYLISTS[store]))
                waitm = int(rng.gamma(2, 9 if store == "beijing" else 19))
                ev(cid, t_app, "tp_fitting", "complete", "", "store", store=store, order_id=oid, stylist=stylist,
                   wait_minutes=waitm, duration_min=int(rng.integers(40, 95)), cut_in="yes" if rng.random() < 0.8 else "no")
                t_after = t_app
                if waitm > 35 and rng.random() < 0.4:
                    comment("fitting_wait", lang, t_app + D(hours=3), cid, "tp_fitting", "survey",
                            rating=int(rng.choice([2, 3])), nps=int(rng.integers(3, 7)), store=store)
                elif rng.random() < 0.45:
                    topic = str(rng.choice(["praise_natural", "praise_service", "neutral", "hairline", "color_mismatch"],
                                           p=[0.42, 0.3, 0.1, 0.1, 0.08]))
                    r = pos_rating() if TEXT[topic][0] == "positive" else 3 if topic == "neutral" else neg_rating()
                    comment(topic, lang, t_app + D(hours=float(rng.uniform(2, 30))), cid, "tp_fitting", "survey",
                            rating=r, nps=nps_for(r), store=store, stylist=stylist)
                break
            else:
                if rng.random() > 0.5:
                    break
                tb = t_app + D(days=float(rng.uniform(1, 4)))
    else:
        if rng.random() < 0.3:
            sh = 0.4 * shedding_p(t_del.date())
            topic = str(rng.choice(["praise_natural", "neutral", "hairline", "color_mismatch", "shedding"],
                                   p=[0.55 - sh, 0.15, 0.17, 0.13, sh]))
            r = pos_rating() if TEXT[topic][0] == "positive" else 3 if topic == "neutral" else neg_rating()
            ch = "trustpilot" if market == "US" else ("tmall_review" if chan in ("web", "mini_program") else "app_review")
            comment(topic, lang, t_del + D(days=float(rng.uniform(2, 12))), cid, "tp_delivered", ch, rating=r,
                    market=market)
    # warranty remake (within 90 days)
    p_remake = {"thin_skin": 0.06, "mono": 0.08, "swiss_lace": 0.10, "full_lace": 0.13}[base]
    p_remake += 0.07 if wearer == "first_time" else 0
    p_remake += 0.10 * max(0.0, (t_del.date() - START).days / 545)     # shedding batch issues grow
    if order["product_type"] != "stock_unit" and rng.random() < p_remake:
        tr = t_after + D(days=float(rng.uniform(5, 60)))
        sp = shedding_p(tr.date())
        pr = [0.45, 0.3, 0.25] if wearer == "first_time" else [0.3, 0.3, 0.4]
        reason = "shedding" if rng.random() < sp else str(rng.choice(["size_wrong", "color_mismatch", "hairline"], p=pr))
        ev(cid, tr, "tp_remake_request", "submit", dev, chan, order_id=oid, remake_reason=reason, base_material=base,
           hair_type=hair, market=market)
        order["remake_reason"] = reason
        if rng.random() < 0.88:
            ev(cid, tr + D(days=float(rng.uniform(16, 34)) + (8 if market == "US" else 0)), "tp_remake_done", "receive",
               "", "other", order_id=oid, market=market)
        if rng.random() < 0.75:
            comment(reason, lang, tr + D(hours=float(rng.uniform(0, 5))), cid, "tp_remake_request",
                    "ticket" if rng.random() < 0.7 else "app_review",
                    rating=neg_rating() if rng.random() < 0.5 else None, order_id=oid, market=market)
        if rng.random() < 0.35:
            complaint(cid, tr + D(hours=6), "quality", dev, market, oid)
    elif rng.random() < (0.12 if order["product_type"] == "stock_unit" else 0.025):
        tr = t_after + D(days=float(rng.uniform(2, 25)))
        reason = str(rng.choice(["not_as_described", "changed_mind", "size_wrong", "color_mismatch"],
                                p=[0.3, 0.3, 0.2, 0.2]))
        ev(cid, tr, "tp_return_request", "submit", dev, chan, order_id=oid, return_reason=reason, market=market)
        order["return_reason"] = reason
        if rng.random() < 0.93:
            td = tr + D(days=float(rng.gamma(3, 1.5 if market == "CN" else 3.0)) + 1)
            ev(cid, td, "tp_refund_done", "refund", "", chan, order_id=oid, market=market)
            order["status"] = "returned"
            order["refunded_at"] = td
    return t_del


def place_order(c, t, dev, chan, base, hair, line, ptype, via):
    cid = c["customer_id"]
    market = c["market"]
    d = t.date()
    if market == "US":
        unit = (PRICE_USD_NEW if d >= US_RISE else PRICE_USD_OLD)[base] + HAIR_ADD_USD[hair]
    else:
        unit = PRICE_CNY[base] + HAIR_ADD_CNY[hair]
    unit = unit * LINE_F[line]
    if ptype == "replacement_unit":
        unit *= 0.9
    if ptype == "stock_unit":
        unit *= 0.6
    unit = round(unit, 0) if market == "CN" else round(unit, 2)
    qty = 2 if ptype == "replacement_unit" and rng.random() < 0.25 else 1
    cnt["ord"] += 1
    oid = f"SC{cnt['ord']:06d}"
    store = c["preferred_store"] if chan == "store" else {"CN": {"mini_program": "wechat_mini", "app": "app",
                                                                   "web": "tmall"}.get(chan, "app"), "US": "us_site"}[market]
    row = dict(order_id=oid, customer_id=cid, ts=t, amount=round(unit * qty, 2), status="paid", channel=chan,
               device=dev, market=market, currency="USD" if market == "US" else "CNY", sales_point=store,
               product_line=line, product_type=ptype, base_material=base, hair_type=hair,
               hair_length_in=int(rng.choice([4, 5, 6, 8, 10, 12, 14, 16]) if line == "wig" else rng.choice([4, 5, 6])),
               density=str(rng.choice(["80%", "100%", "110%", "120%", "130%"])),
               color_code=str(rng.choice(["1B", "1B10", "1B20", "2#", "3#", "4#", "1B40", "NC"])), unit_price=unit,
               quantity=qty, deposit=round(unit * qty * 0.3, 2), production_days="", shipped_at="", delivered_at="",
               remake_reason="", return_reason="", refunded_at="", order_via=via)
    orders.append(row)
    if rng.random() < 0.03:   # cancelled before production: deposit returned
        row["status"] = "cancelled"
        row["refunded_at"] = t + D(days=float(rng.uniform(1, 4)))
        return row, None
    lang = c["language"]
    t_del = produce_and_deliver(c, oid, t, base, hair, dev, chan, lang, market, row)
    paid_count[cid] = paid_count.get(cid, 0) + 1
    return row, t_del


def shop(c, d):
    """one shopping attempt starting at the product page on day d; returns the order-delivery time or None."""
    cid = c["customer_id"]
    market, wearer = c["market"], c["wearer_type"]
    lang = c["language"]
    if market == "US":
        chan = "web" if rng.random() < 0.72 else "app"
        dev = c["primary_device"] if chan == "web" else str(rng.choice(["ios", "android"]))
    else:
        chan = str(rng.choice(["mini_program", "app", "web", "store"], p=[0.34, 0.34, 0.17, 0.15]))
        if c["preferred_store"] == "online" and chan == "store":
            chan = "app"
        dev = "pc" if chan == "web" else "pad" if chan == "store" else (c["primary_device"] if c["primary_device"] != "pc"
                                                                        else str(rng.choice(["ios", "android"])))
    if chan == "app" and dev == "pc":
        dev = "android"
    sess = new_sess()
    t = at(d)
    line = c["product_line"]
    ev(cid, t, "tp_product_page", "view", dev, chan, sess, product_line=line, market=market)
    if AB[0] <= d <= AB[1] and cid not in AB_VAR:
        AB_VAR[cid] = "B" if rng.random() < 0.5 else "A"
        experiments.append(dict(experiment_id="measure_guide_v2", variant=AB_VAR[cid], customer_id=cid, assigned_at=t,
                                surface="tp_measure"))
    if BANNER[0] <= d <= BANNER[1] and cid not in BANNER_VAR:
        BANNER_VAR[cid] = "banner" if rng.random() < 0.5 else "control"
        experiments.append(dict(experiment_id="free_fitting_banner", variant=BANNER_VAR[cid], customer_id=cid,
                                assigned_at=t, surface="tp_product_page"))
    if rng.random() < (0.45 if wearer != "experienced" else 0.2):
        ev(cid, t + D(minutes=float(rng.uniform(2, 30))), "tp_consult", "chat", dev, chan, sess,
           consultant=str(rng.choice(["小雅", "阿杰", "Mia", "Jason", "小周"])))
    p1 = {"first_time": 0.55, "experienced": 0.8, "medical": 0.7}[wearer]
    if rng.random() > p1:
        return None
    t = t + D(hours=float(rng.gamma(1.5, 14)))
    method = str(rng.choice(["photo_upload", "template_mail", "store_measure"], p=[0.72, 0.2, 0.08]))
    if chan == "store":
        method = "store_measure"
    bug = BUG[0] <= t.date() <= BUG[1] and dev == "android" and chan in ("app", "mini_program") and method == "photo_upload"
    if bug:
        ev(cid, t, "tp_measure", "fail", dev, chan, sess, method=method, error="UPLOAD_TIMEOUT",
           head_circumference_cm=c["head_circumference_cm"])
        p2 = 0.3
        if rng.random() < 0.6:
            comment("upload_fail", lang, t + D(minutes=20), cid, "tp_measure", "app_review", rating=1, device=dev)
    else:
        ev(cid, t, "tp_measure", "submit", dev, chan, sess, method=method, head_circumference_cm=c["head_circumference_cm"],
           front_to_nape_cm=round(float(rng.normal(17.5, 1.2)), 1), ear_to_ear_cm=round(float(rng.normal(31, 1.5)), 1))
        p2 = 0.86
        if cid in AB_VAR and AB[0] <= t.date() <= AB[1] + D(days=14):
            p2 = 0.66 if AB_VAR[cid] == "A" else 0.85
    if rng.random() > p2:
        return None
    t = t + D(hours=float(rng.gamma(1.5, 10)))
    base = str(rng.choice(BASES, p=BASE_P))
    hair = str(rng.choice(HAIRS, p=HAIR_P))
    ptype = "stock_unit" if rng.random() < 0.15 else "custom_unit"
    ev(cid, t, "tp_options", "select", dev, chan, sess, base_material=base, hair_type=hair, product_type=ptype)
    p3 = 0.76
    if market == "US":
        p3 = 0.74 if d < US_RISE else 0.5
    if wearer == "first_time":
        p3 *= 0.72
    if rng.random() > p3:
        if market == "US" and d >= US_RISE and rng.random() < 0.12:
            comment("price_high", lang, t + D(minutes=30), cid, "tp_options", "exit_survey",
                    rating=int(rng.choice([2, 3])), market=market)
        elif market == "CN" and rng.random() < 0.02:
            comment("price_high", lang, t + D(minutes=30), cid, "tp_options", "exit_survey", rating=3, market=market)
        return None
    t = t + D(hours=float(rng.gamma(1.2, 8)))
    if rng.random() < 0.07:
        ev(cid, t, "tp_pay_fail", "fail", dev, chan, sess, error=str(rng.choice(["CARD_DECLINED", "TIMEOUT", "3DS_FAILED"]))
           if market == "US" else str(rng.choice(["支付超时", "余额不足", "银行卡拒付"])))
        if rng.random() < 0.5:
            return None
        t = t + D(minutes=float(rng.uniform(3, 120)))
    ev(cid, t, "tp_deposit", "success", dev, chan, sess, payment_method=str(rng.choice(["alipay", "wechat_pay", "unionpay"],
       p=[0.45, 0.45, 0.1])) if market == "CN" else str(rng.choice(["card", "paypal", "klarna"], p=[0.6, 0.3, 0.1])),
       base_material=base, hair_type=hair)
    _, t_del = place_order(c, t, dev, chan, base, hair, line, ptype, "deposit")
    return t_del


for c in customers:
    cid = c["customer_id"]
    first = max(c["signup_at"].date(), START)
    if first > END:
        continue
    n_att = 1 + int(rng.random() < 0.35) + int(rng.random() < 0.1)
    off = (first - START).days
    w = W[off:] / W[off:].sum()
    days = sorted(DAYS[off + int(k)] for k in rng.choice(len(w), size=n_att, p=w))
    if c["signup_at"].date() >= START:
        days[0] = c["signup_at"].date()
    last_del = None
    for d in days:
        if last_del and d < last_del.date():
            continue
        td = shop(c, d)
        if td:
            last_del = td
            break
    # replacement reorders (hair systems are replaced every 2-4 months)
    if last_del and c["wearer_type"] in ("experienced", "medical"):
        p_re = 0.55 if c["wearer_type"] == "experienced" else 0.3
        t = last_del
        while rng.random() < p_re:
            t = t + D(days=float(rng.uniform(70, 130)))
            if t.date() > END:
                break
            if c["market"] == "US" and t.date() >= US_RISE and rng.random() < 0.25:
                if rng.random() < 0.3:
                    comment("price_high", c["language"], t, cid, "tp_reorder", "email_reply", market="US")
                break
            dev = c["primary_device"] if c["primary_device"] != "pc" else "ios"
            chan = "app" if c["market"] == "CN" else "web"
            ev(cid, t, "tp_reorder", "success", dev, chan, new_sess(), market=c["market"])
            prev = [o for o in orders if o["customer_id"] == cid]
            base, hair = prev[-1]["base_material"], prev[-1]["hair_type"]
            _, td = place_order(c, t, dev, chan, base, hair, c["product_line"], "replacement_unit", "reorder")
            if td:
                t = td

# social posts without a date, customer or rating
for _ in range(150):
    lang = "zh" if rng.random() < 0.6 else "en"
    topic = str(rng.choice(["praise_natural", "shedding", "hairline", "slow_production", "price_high", "neutral",
                            "praise_service"], p=[0.3, 0.22, 0.12, 0.1, 0.1, 0.08, 0.08]))
    ch = ("xiaohongshu" if rng.random() < 0.7 else "douyin") if lang == "zh" else \
        ("reddit" if rng.random() < 0.6 else "instagram")
    comment(topic, lang, None, None, None, ch)

CUTOFF = datetime(2026, 7, 1)     # the extract was taken on 2026-07-01: nothing later is in the data
events[:] = [e for e in events if e["ts"] < CUTOFF]
feedback[:] = [f for f in feedback if f["ts"] is None or f["ts"] < CUTOFF]
_keep = {f["feedback_id"] for f in feedback}
truth[:] = [t for t in truth if t["feedback_id"] in _keep]
_remade = {e["order_id"] for e in events if e["touchpoint_id"] == "tp_remake_request"}
for o in orders:
    for k in ("shipped_at", "delivered_at", "refunded_at"):
        if isinstance(o[k], datetime) and o[k] >= CUTOFF:
            o[k] = ""
            if k == "refunded_at" and o["status"] == "returned":
                o["status"] = "paid"
                o["return_reason"] = ""
    if o["shipped_at"] == "":
        o["production_days"] = ""
    if o["remake_reason"] and o["order_id"] not in _remade:
        o["remake_reason"] = ""


# ---------- segment / tier at the end of the data ----------
last_seen: dict[str, datetime] = {}
for e in events:
    if e["customer_id"] not in last_seen or e["ts"] > last_seen[e["customer_id"]]:
        last_seen[e["customer_id"]] = e["ts"]
spend: dict[str, float] = {}
for o in orders:
    if o["status"] == "paid":
        spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + (o["amount"] * (7.2 if o["currency"] == "USD" else 1))
for c in customers:
    cid = c["customer_id"]
    n = sum(1 for o in orders if o["customer_id"] == cid and o["status"] == "paid") if cid in spend else 0
    if n >= 3:
        seg = "vip"
    elif c["signup_at"] >= datetime(2026, 1, 1):
        seg = "new"
    elif cid not in last_seen or last_seen[cid] < datetime(2025, 10, 1):
        seg = "at_risk"
    else:
        seg = "returning"
    c["segment"] = seg
    s = spend.get(cid, 0)
    c["tier"] = "platinum" if s >= 15000 else "gold" if s >= 6000 else "standard"
    c["paid_orders"] = n


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    return v


def write(out: Path, name: str, rows: list[dict], cols: list[str] | None = None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: fmt(r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out, "touchpoints", tps)
    js = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out, "journeys", js)
    write(out, "customers", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                        "market", "city", "us_state", "preferred_store", "wearer_type", "gender",
                                        "product_line", "age_band", "language", "primary_device",
                                        "head_circumference_cm", "paid_orders"])
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out, "events", events)
    orders.sort(key=lambda o: o["ts"])
    write(out, "orders", orders)
    fb = sorted(feedback, key=lambda r: r["feedback_id"])
    write(out, "feedback", fb, ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text",
                                "language", "market", "store", "stylist", "order_id", "device"])
    write(out, "experiments", experiments)
    write(out / "_truth", "feedback_truth", truth)
    print(f"customers {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)} "
          f"experiments {len(experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
