"""随心驾 FlexDrive: a monthly car subscription service in 5 cities (上海, 北京, 深圳, 杭州, 成都; 成都 from March 2025).
The car is delivered to the driver's door, insurance and maintenance are included in the monthly fee.

A driver finds us (汽车之家 Autohome, 抖音 Douyin, 企业HR福利 corporate HR benefit, 朋友推荐 friend referral; from April
2026 a small 小红书 Xiaohongshu pilot) -> applies online (app or web) -> the credit check passes (some are rejected) ->
pays the deposit -> the car is delivered (some late) -> drives monthly (the monthly fee is charged; some charges fail and
are retried) -> may swap to another model -> brings the car in for maintenance -> may report damage or an accident ->
may contact customer service -> at the end of the contract term renews, or returns the car (inspection, damage
deductions from the deposit) and gets the deposit back. Data covers 2024-07-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 22, 0, 0)
N_LEADS = 4700
D = timedelta

CITIES = {  # en: zh, weight
    "Shanghai": ("上海", 0.31), "Beijing": ("北京", 0.27), "Shenzhen": ("深圳", 0.20), "Hangzhou": ("杭州", 0.14),
    "Chengdu": ("成都", 0.08),
}
CHENGDU_OPEN = datetime(2025, 3, 1)
SZ_LATE = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59))      # Shenzhen: new delivery partner, late cars
EV_BACKLOG = datetime(2025, 6, 1)                                       # swaps to an EV: long waiting list
BJ_VENDOR = datetime(2025, 9, 1)                                        # Beijing: new third-party return inspection
CC_GATEWAY = (datetime(2026, 2, 1), datetime(2026, 3, 15, 23, 59))      # credit-card gateway failing
CS_OUTSOURCE = (datetime(2026, 1, 5), datetime(2026, 2, 28, 23, 59))    # customer service moved to an outsourcer
ANDROID_BUG = (datetime(2026, 4, 1), datetime(2026, 4, 26, 23, 59))     # deposit payment fails in the Android app
XHS = datetime(2026, 4, 1)                                              # Xiaohongshu pilot
HOLIDAYS = [(datetime(2025, 1, 28), datetime(2025, 2, 4, 23, 59)), (datetime(2026, 2, 16), datetime(2026, 2, 22, 23, 59))]

SOURCES = {  # en: zh, weight, event channel, p apply
    "autohome": ("汽车之家", 0.36, "web", 0.50),
    "douyin": ("抖音", 0.30, "social", 0.34),
    "corporate_hr": ("企业HR福利", 0.16, "other", 0.86),
    "referral": ("朋友推荐", 0.18, "other", 0.66),
    "xiaohongshu": ("小红书", 0.0, "social", 0.85),
}
DTYPE = {  # en: zh, renew propensity, deposit propensity
    "young_professional": ("年轻白领", 0.40, 0.86),
    "family": ("家庭用户", 0.56, 0.91),
    "expat": ("外籍人士", 0.28, 0.90),
    "corporate": ("企业客户", 0.72, 0.91),
}
DTYPE_BY_SRC = {
    "autohome": {"young_professional": 0.40, "family": 0.48, "expat": 0.07, "corporate": 0.05},
    "douyin": {"young_professional": 0.72, "family": 0.24, "expat": 0.02, "corporate": 0.02},
    "corporate_hr": {"young_professional": 0.05, "family": 0.05, "expat": 0.15, "corporate": 0.75},
    "referral": {"young_professional": 0.36, "family": 0.30, "expat": 0.24, "corporate": 0.10},
    "xiaohongshu": {"young_professional": 0.70, "family": 0.25, "expat": 0.05, "corporate": 0.0},
}
AGE = {"18-25": "18-25岁", "26-35": "26-35岁", "36-45": "36-45岁", "46+": "46岁以上"}
AGE_BY_TYPE = {
    "young_professional": (0.42, 0.50, 0.07, 0.01), "family": (0.02, 0.38, 0.44, 0.16),
    "expat": (0.05, 0.45, 0.35, 0.15), "corporate": (0.05, 0.45, 0.35, 0.15),
}
CREDIT = {"excellent": ("优秀", 0.985), "good": ("良好", 0.93), "fair": ("一般", 0.62), "poor": ("较差", 0.22)}
CREDIT_BY_SRC = {
    "autohome": (0.30, 0.42, 0.20, 0.08), "douyin": (0.12, 0.32, 0.30, 0.26), "corporate_hr": (0.45, 0.45, 0.08, 0.02),
    "referral": (0.32, 0.44, 0.17, 0.07), "xiaohongshu": (0.75, 0.25, 0.0, 0.0),
}
REJECT = {"low_score": "征信评分不足", "high_debt": "负债率过高", "id_mismatch": "身份信息不符"}
CLASS = {  # en: zh, monthly fee, deposit
    "economy": ("经济型", 2999, 3000), "suv": ("SUV", 4599, 5000), "ev": ("新能源", 3799, 5000),
    "premium": ("豪华型", 7999, 10000),
}
MODELS = {
    "economy": [("丰田卡罗拉", "Toyota Corolla", 1.0), ("大众朗逸", "VW Lavida", 0.97), ("本田思域", "Honda Civic", 1.05)],
    "suv": [("丰田荣放RAV4", "Toyota RAV4", 1.0), ("本田CR-V", "Honda CR-V", 1.0), ("大众途观L", "VW Tiguan L", 1.06)],
    "ev": [("特斯拉Model 3", "Tesla Model 3", 1.08), ("比亚迪汉", "BYD Han", 0.95), ("小鹏P7", "XPeng P7", 0.97)],
    "premium": [("宝马5系", "BMW 5 Series", 1.0), ("奔驰E级", "Mercedes E-Class", 1.03), ("奥迪A6L", "Audi A6L", 0.95)],
}
CLASS_BY_TYPE = {
    "young_professional": {"economy": 0.55, "suv": 0.12, "ev": 0.25, "premium": 0.08},
    "family": {"economy": 0.25, "suv": 0.55, "ev": 0.15, "premium": 0.05},
    "expat": {"economy": 0.15, "suv": 0.35, "ev": 0.15, "premium": 0.35},
    "corporate": {"economy": 0.45, "suv": 0.15, "ev": 0.15, "premium": 0.25},
}
TERM = {1: 1.15, 3: 1.0, 6: 0.95, 12: 0.90}
TERM_BY_TYPE = {
    "young_professional": {1: 0.25, 3: 0.45, 6: 0.20, 12: 0.10}, "family": {1: 0.08, 3: 0.32, 6: 0.35, 12: 0.25},
    "expat": {1: 0.15, 3: 0.35, 6: 0.30, 12: 0.20}, "corporate": {1: 0.02, 3: 0.18, 6: 0.35, 12: 0.45},
}
PAYS = {"alipay": "支付宝", "wechat_pay": "微信支付", "credit_card": "信用卡", "corporate_invoice": "企业月结"}
FAILR = {"insufficient_funds": "余额不足", "card_expired": "卡片过期", "gateway_error": "支付网关错误",
         "foreign_card_declined": "境外卡被拒"}
CENTERS = {  # id: zh, en, city, quality (survey mean)
    "SC1": ("上海闵行服务中心", "Shanghai Minhang", "Shanghai", 3.9),
    "SC2": ("上海浦东服务中心", "Shanghai Pudong", "Shanghai", 3.95),
    "SC3": ("北京朝阳服务中心", "Beijing Chaoyang", "Beijing", 3.85),
    "SC4": ("北京海淀服务中心", "Beijing Haidian", "Beijing", 3.9),
    "SC5": ("深圳南山服务中心", "Shenzhen Nanshan", "Shenzhen", 3.9),
    "SC6": ("杭州滨江服务中心", "Hangzhou Binjiang", "Hangzhou", 4.65),
    "SC7": ("成都高新服务中心", "Chengdu Gaoxin", "Chengdu", 5.0),
}
MAINT = {"routine": "常规保养", "tyres": "轮胎更换", "brakes": "刹车检修", "ev_check": "电池检测"}
DAMAGE = {"scratch": ("划痕", 0.46), "dent": ("凹陷", 0.20), "glass": ("玻璃破损", 0.10), "accident": ("交通事故", 0.24)}
REASON = {"billing": "账单扣款", "delivery": "送车交付", "swap": "换车", "damage": "报损理赔", "other": "其他咨询"}
OTYPE = {"deposit": "押金", "monthly_fee": "月租", "swap_fee": "换车费", "damage_deduction": "验车扣款",
         "insurance_excess": "保险免赔额", "deposit_refund": "押金退还"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解随心驾", "Found FlexDrive", "awareness", "ads", "digital", "市场部", "看到广告|了解|lead"),
    ("tp_apply", "在线申请", "Online application", "consideration", "app", "digital", "增长产品组", "申请|提交申请|application"),
    ("tp_credit_pass", "征信审核通过", "Credit check passed", "purchase", "other", "digital", "风控部",
     "征信通过|审核通过|credit approved|approval"),
    ("tp_credit_reject", "征信审核未通过", "Credit check rejected", "purchase", "other", "digital", "风控部",
     "征信被拒|拒绝|credit rejected|rejection"),
    ("tp_deposit", "支付押金", "Deposit paid", "purchase", "app", "digital", "财务部", "交押金|付押金|deposit"),
    ("tp_delivered", "送车上门", "Car delivered", "purchase", "other", "physical", "交付运营部",
     "交车|送车|提车|delivery|handover"),
    ("tp_monthly_charge", "月租扣款", "Monthly fee charged", "service", "app", "digital", "财务部",
     "月租|扣月租|monthly payment|billing"),
    ("tp_payment_failed", "扣款失败", "Payment failed", "service", "app", "digital", "财务部",
     "扣款不成功|付款失败|failed payment|charge failed"),
    ("tp_swap_request", "申请换车", "Swap requested", "service", "app", "digital", "车队运营部",
     "换车申请|换车型|swap request|change car"),
    ("tp_swap_done", "换车完成", "Swap completed", "service", "other", "physical", "车队运营部", "换好车|swap done"),
    ("tp_maintenance", "到店保养", "Maintenance visit", "service", "store", "physical", "售后服务部",
     "保养|维修|service visit|maintenance"),
    ("tp_damage_report", "报损报险", "Damage / accident report", "service", "phone", "digital", "售后服务部",
     "出险|报险|事故|刮蹭|damage report|accident"),
    ("tp_support", "客服咨询", "Customer service contact", "service", "phone", "digital", "客服中心",
     "客服|投诉|热线|support|hotline|call center"),
    ("tp_renew", "续订", "Renewed", "loyalty", "app", "digital", "会员运营部", "续租|续约|renewal|renew"),
    ("tp_return", "还车验车", "Car returned and inspected", "loyalty", "store", "physical", "交付运营部",
     "还车|验车|退租|return|inspection"),
    ("tp_deposit_refund", "押金退还", "Deposit refunded", "loyalty", "app", "digital", "财务部",
     "退押金|押金退回|deposit refund"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("acquire", "了解到申请", "Lead to application", 14, ["tp_discover", "tp_apply"]),
    ("onboarding", "申请到交车", "Application to delivery", 30,
     ["tp_apply", "tp_credit_pass", "tp_deposit", "tp_delivered"]),
    ("swap", "换车", "Car swap", 45, ["tp_swap_request", "tp_swap_done"]),
    ("offboarding", "还车退押金", "Return and deposit refund", 30, ["tp_return", "tp_deposit_refund"]),
]

# ---- feedback texts; each topic has exclusive text markers (gold.py counts topics by them)
MARKERS = {
    "delivery_good": ["准时", "on time"],
    "delivery_late": ["晚了", "推迟", "late"],
    "swap_slow": ["换车", "swap"],
    "damage_charge": ["验车", "deduct", "hidden"],
    "app_easy": ["好用", "easy"],
    "cs_slow": ["客服", "customer service"],
    "payment": ["扣款", "payment"],
    "deposit_pay": ["押金支付", "pay the deposit"],
    "maintenance": ["保养", "maintenance"],
    "value": ["划算", "worth"],
    "return_smooth": ["顺利", "smooth"],
    "invoice": ["发票", "invoice"],
    "ok": ["还行", "alright"],
}
ZH = {
    "delivery_good": ["车送到楼下，准时又干净，很满意", "送车师傅很准时，车里也收拾得干干净净", "准时送到家门口，交接也很专业",
                      "约的上午十点，准时到了，车况很新"],
    "delivery_late": ["说好周三送车，结果晚了四天才到，也没人提前通知", "交车一拖再拖，推迟了一个多星期", "送车晚了好几天，请了假在家白等",
                      "交付时间推迟了三次，体验太差"],
    "swap_slow": ["申请换车等了三个星期还没换成", "想换成电车，换车排队排了快一个月", "换车太慢了，一直说没车",
                  "换车流程拖了好几周，每次问都说再等等"],
    "damage_charge": ["还车验车说有划痕，扣了我两千，交车时明明就有", "验车标准太严了，押金被扣了一大半", "验车扣钱没有照片也没有明细，感觉被坑了",
                      "验车的人挑了一堆小毛病，每样都要收钱"],
    "app_easy": ["APP很好用，十分钟就提交了申请", "小程序下单好用，流程很清楚", "App做得挺好用的，账单一目了然"],
    "cs_slow": ["客服电话打了半天没人接", "在线客服回复太慢了，等了一个多小时", "客服一直排队，问个问题要等半天", "找客服三次都没解决，回复特别慢"],
    "payment": ["信用卡扣款失败了好几次，还收到催缴短信", "月租扣款失败，也不告诉我原因", "这个月扣款一直不成功，银行说没问题"],
    "deposit_pay": ["安卓APP押金支付一直失败，转圈圈", "押金支付页面打不开，换了iPhone才付成功", "押金支付点了好几次都报错"],
    "maintenance": ["保养很方便，预约了直接去，半小时就好", "保养不用自己掏钱，师傅也很专业", "保养预约挺快的，还给洗了车"],
    "value": ["算下来比自己买车划算多了，不用操心", "短期用车很划算，随时可以退", "对我们这种外派两年的很划算"],
    "return_smooth": ["还车很顺利，押金一周就退了", "退租流程顺利，没有乱收费", "还车顺利，工作人员态度很好"],
    "invoice": ["月租可以开发票吗？公司要报销", "请问发票抬头怎么改", "发票什么时候能寄出"],
    "ok": ["整体还行吧，没什么特别的", "还行，跟预期差不多", "用了几个月，感觉还行"],
}
EN = {
    "delivery_good": ["Car arrived on time and spotless.", "Delivered on time, really clean inside.",
                      "Driver was on time and walked me through the car."],
    "delivery_late": ["They promised Wednesday and the car came four days late, no heads-up.",
                      "Delivery was late by a week, I had to take taxis.", "Car showed up late twice after rescheduling."],
    "swap_slow": ["Requested a swap to an EV and waited almost a month.", "The swap took weeks, nobody could tell me when.",
                  "Asked to swap to an SUV for the holidays, still waiting three weeks on."],
    "damage_charge": ["They deducted 2,000 for a scratch that was already there when I got the car.",
                      "Hidden charges at return, no photos, no breakdown.",
                      "The return inspector deducted money for every tiny mark."],
    "app_easy": ["The app is really easy, applied in ten minutes.", "Easy sign-up, everything in English too.",
                 "Very easy to see my bills in the app."],
    "cs_slow": ["Customer service took forever to reply.", "Waited over an hour for customer service to pick up.",
                "Customer service never called me back."],
    "payment": ["My monthly payment failed twice on my foreign card.", "The payment keeps failing and I get reminder texts.",
                "Payment did not go through again this month."],
    "deposit_pay": ["Could not pay the deposit in the Android app, it kept spinning.",
                    "Tried to pay the deposit five times, error every time."],
    "maintenance": ["Maintenance was quick and included, great.", "Booked the maintenance online, done in 30 minutes."],
    "value": ["Totally worth it compared to buying a car.", "For a two-year posting this is worth every yuan."],
    "return_smooth": ["Return was smooth, got my money back within a week.", "Smooth handback, friendly staff."],
    "invoice": ["Can I get an invoice (fapiao) for my company?", "How do I change the invoice title?"],
    "ok": ["It's alright, nothing special.", "Alright overall, as expected."],
}
SENT = {"delivery_good": "pos", "delivery_late": "neg", "swap_slow": "neg", "damage_charge": "neg", "app_easy": "pos",
        "cs_slow": "neg", "payment": "neg", "deposit_pay": "neg", "maintenance": "pos", "value": "pos",
        "return_smooth": "pos", "invoice": "neu", "ok": "neu"}
RATING = {"delivery_good": (4, 5), "delivery_late": (1, 2), "swap_slow": (1, 2), "damage_charge": (1, 2),
          "app_easy": (4, 5), "cs_slow": (1, 2), "payment": (1, 3), "deposit_pay": (1, 2), "maintenance": (4, 5),
          "value": (4, 5), "return_smooth": (4, 5), "invoice": (3, 4), "ok": (3, 4)}


def _check_markers() -> None:
    for pools in (ZH, EN):
        for topic, texts in pools.items():
            for t in texts:
                for other, ms in MARKERS.items():
                    hit = any(m.lower() in t.lower() for m in ms)
                    if other == topic:
                        assert hit, (topic, t)
                    else:
                        assert not hit, (topic, other, t)


def holiday(t: datetime) -> bool:
    return any(a <= t <= b for a, b in HOLIDAYS)


def add_months(t: datetime, k: int) -> datetime:
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, 28))


def main(out: Path) -> None:
    _check_markers()
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "s": 0, "t": 0}
    span = (END - START).days

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def day_time(t: datetime, h0=9.0, h1=19.0) -> datetime:
        return datetime(t.year, t.month, t.day) + D(minutes=int(u(h0, h1) * 60))

    for i in range(N_LEADS):
        cid = f"C{i + 1:05d}"
        # ---- who
        t0 = START + D(days=float(span * np.sqrt(rng.random())))      # growing business
        if i >= N_LEADS - 45:                                            # the Xiaohongshu pilot
            t0 = XHS + D(days=float(u(0, 85)))
            src = "xiaohongshu"
        else:
            src = pick(SOURCES, 1)
        t0 = day_time(t0, 8, 23)
        cities = {c: v[1] for c, v in CITIES.items() if c != "Chengdu" or t0 >= CHENGDU_OPEN}
        city = pick(cities)
        czh = CITIES[city][0]
        dtype = pick(DTYPE_BY_SRC[src])
        age = list(AGE)[int(np.searchsorted(np.cumsum(AGE_BY_TYPE[dtype]), rng.random(), side="right"))]
        credit = list(CREDIT)[int(np.searchsorted(np.cumsum(CREDIT_BY_SRC[src]) / sum(CREDIT_BY_SRC[src]),
                                                   rng.random(), side="right"))]
        os_ = "ios" if rng.random() < (0.72 if dtype == "expat" else 0.48) else "android"
        lang = "en" if dtype == "expat" or rng.random() < 0.03 else "zh"
        employer = ""
        if dtype == "corporate" or src == "corporate_hr":
            employer = ["华腾科技", "远景咨询", "博安医药", "星河证券", "德盛汽车零部件"][int(rng.integers(5))]
        cust = dict(customer_id=cid, signup_at=t0, segment="lead", region=czh, acquisition_channel=src, tier=credit,
                    获客渠道=SOURCES[src][0], 信用等级=CREDIT[credit][0], driver_type=dtype, 用户类型=DTYPE[dtype][0],
                    city=city, 城市=czh, age_band=age, 年龄段=AGE[age], phone_os=os_, preferred_language=lang,
                    employer=employer)
        st = dict(bad=False)

        def ev(tp, t, **kw):
            if t > END:
                return None
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=t.replace(microsecond=0), touchpoint_id=tp,
                       session_id="", action="", device="", channel="", city=city, 城市=czh)
            row.update(kw)
            events.append(row)
            return row

        def order(t, amount, otype, status="paid", **kw):
            if t > END:
                return None
            row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=t.replace(microsecond=0),
                       amount=round(float(amount), 2), status=status, channel="app", device=os_, order_type=otype,
                       订单类型=OTYPE[otype], city=city, 城市=czh, currency="CNY")
            row.update(kw)
            orders.append(row)
            return row

        def fb(topic, t, channel, tp, undated_p=0.0, extra=None, nps=False):
            if t > END:
                return
            pools = EN if lang == "en" else ZH
            texts = pools[topic]
            lo, hi = RATING[topic]
            rated = channel in ("survey", "app_review")
            r = int(rng.integers(lo, hi + 1)) if rated else ""
            row = dict(feedback_id=nid("f", "F", 5), text=texts[int(rng.integers(len(texts)))],
                       ts="" if rng.random() < undated_p else t.replace(microsecond=0), customer_id=cid,
                       touchpoint_id=tp, channel=channel, rating=r, nps="", language=lang, sentiment_label=SENT[topic],
                       city=city, 城市=czh, driver_type=dtype, 用户类型=DTYPE[dtype][0])
            if nps and rated:
                row["nps"] = int(min(10, max(0, round(r * 2 + rng.normal(0, 1.0) - (1 if r <= 2 else 0)))))
            row.update(extra or {})
            feedback.append(row)

        # ---- found us
        dev0 = os_ if SOURCES[src][2] == "social" else ""
        ev("tp_discover", t0, action="view", channel=SOURCES[src][2], device=dev0, source=src, 来源渠道=SOURCES[src][0])
        if rng.random() >= SOURCES[src][3]:
            customers.append(cust)
            continue
        lag = rng.gamma(1.1, 2.0) + (u(15, 40) if rng.random() < 0.07 else 0)
        t_app = day_time(t0 + D(days=float(lag)), 8, 23.5)
        if t_app > END:
            customers.append(cust)
            continue
        app_ch = "app" if rng.random() < 0.78 else "web"
        dev = os_ if app_ch == "app" else "pc"
        sid = nid("s", "S", 5)
        base = dict(session_id=sid)
        ev("tp_apply", t_app, action="submit", channel=app_ch, device=dev, source=src, 来源渠道=SOURCES[src][0], **base)
        cust["segment"] = "applicant"
        # ---- credit check
        t_cc = t_app + D(hours=float(u(0.5, 60)))
        p_pass = CREDIT[credit][1]
        if dtype == "corporate":
            p_pass = max(p_pass, 0.95)
        if rng.random() >= p_pass:
            rs = pick({"low_score": 0.55, "high_debt": 0.35, "id_mismatch": 0.10})
            ev("tp_credit_reject", t_cc, action="fail", channel="other", reject_reason=rs, 拒绝原因=REJECT[rs], **base)
            cust["segment"] = "rejected"
            customers.append(cust)
            continue
        ev("tp_credit_pass", t_cc, action="success", channel="other", **base)
        # ---- deposit (class chosen here)
        p_ev = 0.5 + 1.5 * (t_cc - START).days / span
        w = dict(CLASS_BY_TYPE[dtype])
        w["ev"] *= p_ev
        cls = pick(w)
        model = MODELS[cls][int(rng.integers(3))]
        term = int(pick(TERM_BY_TYPE[dtype]))
        t_dep = t_cc + D(days=float(rng.gamma(1.2, 1.3)))
        p_dep = 0.99 if src == "xiaohongshu" else DTYPE[dtype][2]
        bug = app_ch == "app" and os_ == "android" and ANDROID_BUG[0] <= t_dep <= ANDROID_BUG[1]
        if bug:
            p_dep *= 0.45
            if rng.random() < 0.35:
                fb("deposit_pay", t_dep + D(hours=float(u(0, 5))), "app_review", "tp_deposit", undated_p=0.05)
        if rng.random() >= min(p_dep, 0.98):
            cust["segment"] = "dropped"
            customers.append(cust)
            continue
        deposit = CLASS[cls][2]
        cur = dict(car_class=cls, 车型级别=CLASS[cls][0], car_model=model[1], 车型=model[0])
        ev("tp_deposit", t_dep, action="success", channel=app_ch, device=dev, amount=deposit, **base, **cur,
           term_months=term)
        pm = pick({"alipay": 0.40, "wechat_pay": 0.33, "credit_card": 0.27}) if dtype != "expat" else \
            pick({"alipay": 0.15, "wechat_pay": 0.15, "credit_card": 0.70})
        if dtype == "corporate" and rng.random() < 0.6:
            pm = "corporate_invoice"
        order(t_dep, deposit, "deposit", channel=app_ch, device=dev, subscription_id=sid, **cur,
              payment_method=pm, 支付方式=PAYS[pm])
        cust["segment"] = "deposit_paid"
        if rng.random() < 0.30:
            fb("app_easy" if rng.random() < 0.75 else "ok", t_dep + D(hours=float(u(1, 48))), "app_review", "tp_apply",
               undated_p=0.10)
        # ---- delivery
        promised = datetime(t_dep.year, t_dep.month, t_dep.day) + D(days=int(rng.integers(3, 7)))
        while holiday(promised + D(hours=12)):
            promised += D(days=1)
        sz = city == "Shenzhen" and SZ_LATE[0] <= promised <= SZ_LATE[1]
        partner = "速达物流" if city == "Shenzhen" and promised >= SZ_LATE[0] else "安运交付"
        late_days = 0
        if rng.random() < (0.46 if sz else 0.07):
            late_days = int(rng.integers(2, 11)) if sz else int(rng.integers(1, 4))
        t_del = day_time(promised + D(days=late_days), 9, 19)
        while holiday(t_del):
            t_del += D(days=1)
            late_days += 1
        if t_del > END:
            customers.append(cust)
            continue
        ev("tp_delivered", t_del, action="success", channel="other", **base, **cur, promised_date=promised.date(),
           late_days=late_days, delivery_partner=partner)
        cust["segment"] = "active"
        late = late_days > 0
        if late:
            st["bad"] = True
        if rng.random() < 0.40:
            topic = "delivery_late" if late else pick({"delivery_good": 0.62, "ok": 0.28, "value": 0.10})
            fb(topic, t_del + D(hours=float(u(2, 40))), "survey", "tp_delivered", extra=dict(car_class=cls))
        elif late and rng.random() < 0.25:
            fb("delivery_late", t_del + D(hours=float(u(1, 30))), "call_note", "tp_delivered", undated_p=0.08)
        if late and rng.random() < 0.5:
            support_queue = [(t_del - D(days=float(u(0.2, 1.5))), "delivery")]
        else:
            support_queue = []

        # ---- monthly life
        fee = CLASS[cls][1] * model[2] * TERM[term] * (0.92 if dtype == "corporate" else 1.0)
        start_k = t_del
        k = 0                # months since delivery
        contract_no = 1
        months_in_contract = 0
        swapped_pending = None
        ended = False
        maint_every = 5
        while not ended:
            t_m = add_months(start_k, k)
            if t_m > END:
                break
            # charge (at delivery for k == 0)
            tt = t_m if k == 0 else datetime(t_m.year, t_m.month, t_m.day, 6) + D(minutes=int(rng.integers(0, 60)))
            bill = f"{t_m.year}-{t_m.month:02d}"
            p_fail = {"alipay": 0.025, "wechat_pay": 0.02, "credit_card": 0.03, "corporate_invoice": 0.004}[pm]
            if pm == "credit_card" and dtype == "expat":
                p_fail = 0.09
            if pm == "credit_card" and CC_GATEWAY[0] <= tt <= CC_GATEWAY[1]:
                p_fail = 0.21
            ocols = dict(subscription_id=sid, **cur, payment_method=pm, 支付方式=PAYS[pm], billing_month=bill,
                         contract_no=contract_no)
            tries = 0
            while k > 0 and rng.random() < p_fail and tries < 2:
                if pm == "credit_card" and CC_GATEWAY[0] <= tt <= CC_GATEWAY[1] and rng.random() < 0.8:
                    fr = "gateway_error"
                elif pm == "credit_card" and dtype == "expat" and rng.random() < 0.7:
                    fr = "foreign_card_declined"
                else:
                    fr = pick({"insufficient_funds": 0.7, "card_expired": 0.3})
                ev("tp_payment_failed", tt, action="fail", channel="app", **base, amount=round(fee, 2),
                   payment_method=pm, 支付方式=PAYS[pm], fail_reason=fr, 失败原因=FAILR[fr], billing_month=bill)
                order(tt, fee, "monthly_fee", status="failed", fail_reason=fr, 失败原因=FAILR[fr], **ocols)
                if rng.random() < 0.22:
                    fb("payment", tt + D(hours=float(u(1, 30))), "call_note", "tp_payment_failed", undated_p=0.08)
                if rng.random() < 0.35:
                    support_queue.append((tt + D(hours=float(u(1, 20))), "billing"))
                tries += 1
                tt = tt + D(days=float(u(1, 3)))
            if tt > END:
                break
            ev("tp_monthly_charge", tt, action="success", channel="app", **base, amount=round(fee, 2), payment_method=pm,
               支付方式=PAYS[pm], billing_month=bill, **cur)
            order(tt, fee, "monthly_fee", **ocols)
            months_in_contract += 1
            nxt = add_months(start_k, k + 1)
            # things happening within this month
            span_m = (nxt - t_m).total_seconds() / 86400
            if rng.random() < 0.07:
                support_queue.append((t_m + D(days=float(u(0.5, span_m - 0.5))),
                                      pick({"billing": 0.35, "other": 0.45, "delivery": 0.05, "swap": 0.05, "damage": 0.1})))
            if k > 0 and k % maint_every == 0 and rng.random() < 0.85:
                centers = [c for c, v in CENTERS.items() if v[2] == city]
                sc = centers[int(rng.integers(len(centers)))]
                mt = "ev_check" if cls == "ev" and rng.random() < 0.5 else pick({"routine": 0.7, "tyres": 0.15, "brakes": 0.15})
                t_mt = day_time(t_m + D(days=float(u(1, span_m - 2))), 9, 18)
                if ev("tp_maintenance", t_mt, action="visit", channel="store", **base, **cur, service_center_id=sc,
                      service_center=CENTERS[sc][0], service_center_en=CENTERS[sc][1], maintenance_type=mt,
                      保养类型=MAINT[mt]) is not None and rng.random() < 0.42:
                    q = CENTERS[sc][3] + rng.normal(0, 0.6)
                    r = int(min(5, max(1, round(q))))
                    topic = "maintenance" if r >= 4 else "ok"
                    pools = EN if lang == "en" else ZH
                    text = pools[topic][int(rng.integers(len(pools[topic])))]
                    t_fb = (t_mt + D(hours=float(u(2, 30)))).replace(microsecond=0)
                    if t_fb <= END:
                        feedback.append(dict(feedback_id=nid("f", "F", 5), text=text, ts=t_fb, customer_id=cid,
                                             touchpoint_id="tp_maintenance", channel="survey", rating=r, nps="",
                                             language=lang, sentiment_label=SENT[topic], city=city, 城市=czh,
                                             driver_type=dtype, 用户类型=DTYPE[dtype][0], service_center=CENTERS[sc][0],
                                             service_center_en=CENTERS[sc][1]))
            if rng.random() < 0.013:
                dt = pick(DAMAGE, 1)
                t_dm = t_m + D(days=float(u(0.5, span_m - 0.5)))
                sev = "major" if dt == "accident" and rng.random() < 0.3 else ("minor" if rng.random() < 0.7 else "moderate")
                if ev("tp_damage_report", t_dm, action="report", channel="phone", **base, **cur, damage_type=dt,
                      损伤类型=DAMAGE[dt][0], severity=sev) is not None:
                    if dt == "accident":
                        order(t_dm + D(days=float(u(3, 12))), 1500, "insurance_excess", subscription_id=sid, **cur,
                              payment_method=pm, 支付方式=PAYS[pm], damage_type=dt, 损伤类型=DAMAGE[dt][0])
                    support_queue.append((t_dm + D(hours=float(u(0.2, 3))), "damage"))
            # swap request
            if swapped_pending is None and months_in_contract < term and rng.random() < 0.028:
                t_sr = t_m + D(days=float(u(1, span_m - 1)))
                opts = {c: (2.2 if c == "ev" else 1.0) * (0.5 if c == "premium" else 1.0) for c in CLASS if c != cls}
                to = pick(opts)
                if ev("tp_swap_request", t_sr, action="submit", channel="app", device=os_, **base, from_class=cls,
                      原车型级别=CLASS[cls][0], to_class=to, 目标车型级别=CLASS[to][0]) is not None:
                    backlog = to == "ev" and t_sr >= EV_BACKLOG
                    wait = rng.gamma(4.0, 5.5) if backlog else rng.gamma(2.2, 2.0)
                    if rng.random() < (0.10 if backlog else 0.04):
                        wait = None       # gave up
                    if wait is not None:
                        swapped_pending = (t_sr + D(days=float(wait)), to, t_sr)
                    if wait is None or wait > 10:
                        support_queue.append((t_sr + D(days=float(u(7, 10))), "swap"))
            if swapped_pending is not None and swapped_pending[0] < nxt:
                t_sd, to, t_sr = swapped_pending
                swapped_pending = None
                wait = (t_sd - t_sr).total_seconds() / 86400
                t_sd = day_time(t_sd, 9, 19)
                nm = MODELS[to][int(rng.integers(3))]
                if ev("tp_swap_done", t_sd, action="success", channel="other", **base, from_class=cls,
                      原车型级别=CLASS[cls][0], to_class=to, 目标车型级别=CLASS[to][0], car_model=nm[1], 车型=nm[0],
                      car_class=to, 车型级别=CLASS[to][0]) is not None:
                    order(t_sd, 500, "swap_fee", subscription_id=sid, car_class=to, 车型级别=CLASS[to][0], car_model=nm[1],
                          车型=nm[0], payment_method=pm, 支付方式=PAYS[pm], from_class=cls, to_class=to)
                    if wait > 14:
                        st["bad"] = True
                        if rng.random() < 0.55:
                            fb("swap_slow", t_sd + D(hours=float(u(-200, 30))),
                               pick({"call_note": 0.5, "app_review": 0.3, "social": 0.2}), "tp_swap_done",
                               undated_p=0.08)
                        elif rng.random() < 0.3:
                            fb("swap_slow", t_sd + D(hours=float(u(1, 30))), "survey", "tp_swap_done")
                    elif rng.random() < 0.3:
                        fb(pick({"ok": 0.6, "app_easy": 0.4}), t_sd + D(hours=float(u(1, 30))), "survey", "tp_swap_done")
                    cls, model = to, nm
                    cur = dict(car_class=cls, 车型级别=CLASS[cls][0], car_model=model[1], 车型=model[0])
                    fee = CLASS[cls][1] * model[2] * TERM[term] * (0.92 if dtype == "corporate" else 1.0)
            # end of the contract term?
            if months_in_contract >= term:
                t_end = nxt - D(hours=float(u(2, 20)))
                if t_end > END:
                    break
                p_ren = DTYPE[dtype][1] * (0.6 if st["bad"] else 1.0)
                if rng.random() < p_ren:
                    ev("tp_renew", t_end, action="success", channel="app", device=os_, **base, **cur,
                       contract_no=contract_no + 1, term_months=term)
                    contract_no += 1
                    months_in_contract = 0
                    st["bad"] = False
                else:
                    ended = True
                    t_ret = day_time(t_end, 9, 18)
                    bj = city == "Beijing" and t_ret >= BJ_VENDOR
                    p_ded = 0.47 if bj else 0.15
                    ded = 0.0
                    result = "clean"
                    if rng.random() < p_ded:
                        result = "damage_found"
                        ded = float(round(u(1200, 4800) if bj else u(300, 2200), -1))
                    months_total = k + 1
                    ev("tp_return", t_ret, action="inspect", channel="store", **base, **cur, inspection_result=result,
                       验车结果="无损" if result == "clean" else "有损伤", deduction_amount=ded,
                       months_subscribed=months_total, inspection_vendor="车检通" if bj else "自营验车")
                    if ded > 0:
                        order(t_ret, ded, "damage_deduction", subscription_id=sid, **cur, payment_method="deposit",
                              支付方式="押金抵扣")
                    lag = (u(12, 42) if (bj and ded > 0) else u(2, 9))
                    t_ref = day_time(t_ret + D(days=float(lag)), 10, 17)
                    if ev("tp_deposit_refund", t_ref, action="success", channel="app", **base,
                          amount=max(0.0, deposit - ded)) is not None:
                        order(t_ref, max(0.0, deposit - ded), "deposit_refund", status="refunded", subscription_id=sid,
                              **cur, payment_method=pm, 支付方式=PAYS[pm])
                    cust["segment"] = "churned"
                    # return survey (with NPS)
                    if rng.random() < 0.45:
                        if ded > 0 and (bj or rng.random() < 0.4):
                            topic = "damage_charge"
                        elif ded > 0:
                            topic = "ok"
                        else:
                            topic = pick({"return_smooth": 0.55, "value": 0.2, "ok": 0.25})
                        fb(topic, t_ret + D(hours=float(u(2, 48))), "survey", "tp_return", nps=True,
                           extra=dict(car_class=cls))
                    elif ded > 0 and bj and rng.random() < 0.35:
                        fb("damage_charge", t_ret + D(hours=float(u(2, 200))), pick({"call_note": 0.6, "social": 0.4}),
                           "tp_return", undated_p=0.12)
            k += 1
        # ---- customer-service contacts
        for t_s, reason in support_queue:
            if t_s > END:
                continue
            t_s = t_s.replace(microsecond=0)
            slow = CS_OUTSOURCE[0] <= t_s <= CS_OUTSOURCE[1]
            wmin = float(np.exp(rng.normal(np.log(44 if slow else 7), 0.55)))
            if ev("tp_support", t_s, action="contact", channel="phone" if rng.random() < 0.6 else "app", **base,
                  contact_reason=reason, 咨询类型=REASON[reason], wait_min=round(wmin, 1)) is None:
                continue
            if wmin > 30 and rng.random() < 0.40:
                fb("cs_slow", t_s + D(minutes=wmin + float(u(5, 300))), pick({"call_note": 0.5, "survey": 0.5}),
                   "tp_support", undated_p=0.06)
            elif rng.random() < 0.15:
                fb(pick({"ok": 0.6, "invoice": 0.4}) if reason == "billing" else "ok", t_s + D(minutes=wmin + 30),
                   "survey", "tp_support")
        customers.append(cust)

    # general social posts, some undated, not tied to one step
    for _ in range(90):
        c = customers[int(rng.integers(len(customers)))]
        t = START + D(days=float(u(30, span)))
        topic = pick({"value": 0.5, "invoice": 0.2, "ok": 0.3})
        pools = EN if c["preferred_language"] == "en" else ZH
        feedback.append(dict(feedback_id=nid("f", "F", 5), text=pools[topic][int(rng.integers(len(pools[topic])))],
                             ts="" if rng.random() < 0.25 else t.replace(microsecond=0), customer_id=c["customer_id"],
                             touchpoint_id="", channel="social", rating="", nps="", language=c["preferred_language"],
                             sentiment_label=SENT[topic], city=c["city"], 城市=c["城市"], driver_type=c["driver_type"],
                             用户类型=c["用户类型"]))

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    for j in rng.choice(len(events), 8, replace=False):      # app retries: exact duplicate rows, loaded once
        events.append(dict(events[int(j)]))
    feedback.sort(key=lambda f: (str(f["ts"]) if f["ts"] != "" else "9999", f["feedback_id"]))

    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c, stage=s, channel=ch, kind=k,
                                         owner=o, aliases=al) for a, b, c, s, ch, k, o, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                      touchpoint_id=tp, window_days=w)
                                 for j, zh, en, w, steps in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            vals = []
            for k in cols:
                v = r.get(k, "")
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                elif isinstance(v, np.integer):
                    v = int(v)
                elif isinstance(v, (float, np.floating)):
                    v = round(float(v), 2)
                elif isinstance(v, np.str_):
                    v = str(v)
                vals.append(v)
            w.writerow(vals)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
