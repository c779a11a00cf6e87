"""安康体检 HealthFirst: a chain of health check-up centres in five Chinese cities, 2024-01-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
START = datetime(2024, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
N = 4000
D = timedelta

CENTERS = [  # name, city, share of customers (home centre)
    ("徐家汇中心", "上海", 0.20), ("陆家嘴中心", "上海", 0.14), ("静安中心", "上海", 0.09),
    ("望京中心", "北京", 0.16), ("国贸中心", "北京", 0.12), ("福田中心", "深圳", 0.12),
    ("天河中心", "广州", 0.10), ("西湖中心", "杭州", 0.07),
]
CITY_CENTERS = {}
for _n, _c, _w in CENTERS:
    CITY_CENTERS.setdefault(_c, []).append(_n)
REGION = {"上海": "华东", "杭州": "华东", "北京": "华北", "深圳": "华南", "广州": "华南"}
SLOW_BLOOD = "望京中心"          # long blood-draw queues
RUDE = "福田中心"                 # rude front desk
PARKING = {"国贸中心": 0.26, "陆家嘴中心": 0.12}
AGE_BANDS = ["18-29", "30-39", "40-49", "50-59", "60+"]
TIERS = ["basic", "standard", "premium"]
LIST_OLD = {"basic": 499, "standard": 999, "premium": 2599}
LIST_NEW = {"basic": 599, "standard": 1199, "premium": 2999}       # from 2025-09-01 (individual list prices)
CONTRACT = {"basic": 399, "standard": 799, "premium": 1999}        # employer contract prices, paid by company
PRICE_UP = datetime(2025, 9, 1)
DOUBLE11 = (datetime(2025, 11, 1), datetime(2025, 12, 1))           # 15 % off individual packages
P618 = (datetime(2024, 6, 1), datetime(2024, 6, 19))                # 10 % off
ADDONS = [("肿瘤标志物", 380), ("低剂量螺旋CT", 600), ("幽门螺杆菌呼气试验", 150), ("甲状腺彩超", 220),
          ("骨密度检测", 180), ("胃功能检测", 260)]
ADDON_P = [0.30, 0.14, 0.20, 0.16, 0.10, 0.10]
FOLLOWUP_FEE = 150
HOLIDAYS = [(datetime(2024, 2, 10), datetime(2024, 2, 17)), (datetime(2025, 1, 28), datetime(2025, 2, 4)),
            (datetime(2026, 2, 15), datetime(2026, 2, 23))]           # spring festival: centres closed

TOUCHPOINTS = [
    ("tp_ad", "广告/种草", "Ad / social post", "awareness", "ads", "digital", "marketing",
     "广告|小红书|种草|信息流|ad|ads|campaign"),
    ("tp_corp_invite", "企业团检通知", "Corporate check-up invitation", "awareness", "email", "digital", "corporate_sales",
     "团检通知|HR通知|企业通知|公司体检通知|corporate invite|HR invitation|employer invitation"),
    ("tp_browse_packages", "浏览体检套餐", "Browse packages", "consideration", "app", "digital", "product",
     "浏览套餐|看套餐|套餐页|套餐列表|browse packages|package page|package list"),
    ("tp_choose_package", "选择套餐", "Choose package", "consideration", "app", "digital", "product",
     "选套餐|选择套餐|挑套餐|选定套餐|choose package|select package|package selected"),
    ("tp_book_slot", "预约时段", "Book a slot", "purchase", "app", "digital", "operations",
     "预约|约时间|预约时段|订时段|排期|book slot|booking|appointment|book a slot|schedule"),
    ("tp_payment", "支付", "Payment", "purchase", "app", "digital", "payments",
     "付款|支付|买单|结算|payment|pay|checkout"),
    ("tp_cancel", "取消预约/退款", "Cancellation / refund", "service", "app", "digital", "customer_service",
     "取消预约|退款|退订|改约取消|cancel|cancellation|refund"),
    ("tp_checkin", "到检签到", "Arrival / check-in", "service", "store", "physical", "operations",
     "签到|到检|到店|前台登记|报到|check-in|check in|arrival|arrive|front desk"),
    ("tp_blood_draw", "抽血", "Blood draw", "service", "store", "physical", "nursing",
     "抽血|采血|验血|抽血室|blood draw|blood test|blood sample|phlebotomy"),
    ("tp_imaging", "影像检查", "Imaging", "service", "store", "physical", "radiology",
     "影像|拍片|B超|彩超|CT|核磁|X光|imaging|x-ray|ultrasound|scan|MRI"),
    ("tp_doctor_consult", "医生总检问诊", "Doctor consultation", "service", "store", "physical", "medical",
     "医生问诊|总检|医生咨询|看医生|主检医生|doctor consult|doctor consultation|consult|GP review"),
    ("tp_report_ready", "报告出具", "Report ready", "service", "app", "digital", "medical",
     "出报告|报告出具|报告生成|报告出来|report ready|report issued|results ready"),
    ("tp_report_viewed", "查看报告", "Report viewed", "loyalty", "app", "digital", "product",
     "看报告|查看报告|报告解读页|打开报告|report viewed|view report|read report|opened report"),
    ("tp_abnormal_flag", "异常提醒", "Abnormal result alert", "loyalty", "phone", "digital", "health_management",
     "异常|异常提醒|异常指标|阳性结果|健康管家提醒|abnormal|abnormal flag|abnormal result|red flag"),
    ("tp_followup_booked", "预约复查", "Follow-up booked", "loyalty", "app", "digital", "health_management",
     "预约复查|复查预约|约复诊|复诊预约|follow-up booked|book follow-up|follow-up booking|recheck booking"),
    ("tp_followup_attended", "复查到诊", "Follow-up attended", "loyalty", "store", "physical", "health_management",
     "复查|复诊|复查到诊|回来复查|follow-up attended|follow-up visit|recheck|came back"),
]
JOURNEYS = [
    ("booking", "预约体检", "Booking a check-up", 30,
     ["tp_browse_packages", "tp_choose_package", "tp_book_slot", "tp_payment", "tp_checkin"]),
    ("exam_day", "体检当天", "Check-up day", 14,
     ["tp_checkin", "tp_blood_draw", "tp_imaging", "tp_doctor_consult", "tp_report_ready"]),
    ("followup", "异常随访", "Abnormal result follow-up", 60,
     ["tp_report_viewed", "tp_abnormal_flag", "tp_followup_booked", "tp_followup_attended"]),
]

ZH = {
    "blood_wait": ["抽血排队排了快一个小时，空腹饿得头晕", "抽血窗口就开了两个，等了四十多分钟", "早上七点半就到了，抽血排队排到快九点",
                   "抽血等待时间太长了，建议多开几个窗口", "排队抽血的人太多，叫号乱七八糟"],
    "rude": ["前台护士态度很差，问两句就不耐烦", "工作人员态度恶劣，说话很冲", "叫号的导检员爱答不理，态度差",
             "问下一项在哪，护士翻白眼，服务态度太差了"],
    "slow_report": ["报告等了快一周才出来", "说好三天出报告，结果五天了还没有出", "CT报告出得太慢了，打电话催了两次",
                    "体检报告迟迟不出，耽误入职", "核磁的报告出得太慢，等得心慌"],
    "fasting": ["空腹要求没说清楚，我喝了咖啡结果抽血要改天", "短信里没写要空腹几个小时，白跑一趟", "不知道能不能喝水，注意事项写得不清楚"],
    "parking": ["停车位太少，绕了三圈才停上", "停车费太贵，体检客户也没有优惠", "附近不好停车，建议提前提醒大家坐地铁"],
    "doctor_clear": ["总检医生讲解得很清楚，耐心回答了我所有问题", "医生把每项指标都解释得很明白，很安心", "医生讲得很细，给的生活建议很实用",
                     "主检医生耐心解释了甲状腺结节的情况，非常专业"],
    "good": ["流程顺畅，护士很温柔", "环境干净整洁，整体体验不错", "体检完的早餐很贴心", "导检安排合理，一上午就做完了"],
    "neutral": ["还可以，中规中矩", "一般吧，跟去年差不多", "正常体检，没什么特别的"],
    "app_ok": ["小程序预约挺方便的", "在线选套餐很清楚，下单顺利"],
    "no_slot": ["想约的周六时段总是约满", "一连两周都约不到号"],
    "price": ["套餐涨价了，同样的项目贵了一百多", "价格涨得太多，去别家做了", "标准套餐从999涨到1199，有点接受不了"],
    "refund": ["取消预约后退款迟迟不到账", "退款流程太慢，客服一直说在处理"],
    "followup_busy": ["客户表示工作太忙，暂时没时间去复查", "客户觉得指标只是轻微异常，不打算复查", "客户说年轻身体好，复查以后再说",
                      "客户称最近出差，复查先不约了"],
    "followup_ok": ["客户已了解异常项，同意预约复查", "客户感谢健康管家提醒，会按时复查"],
}
EN = {
    "blood_wait": ["Waited almost an hour for the blood draw, starving after fasting", "The blood draw queue was ridiculously long",
                   "Only two nurses doing the blood draw, 45 min wait"],
    "rude": ["Front desk staff were rude and impatient", "The nurse was rude when I asked where to go next",
             "Rude staff at reception, felt like a burden"],
    "slow_report": ["My report took almost a week to come out", "Still waiting for my report after 5 days",
                    "The MRI report was very slow, had to chase them twice"],
    "fasting": ["Fasting instructions were unclear, I had a coffee and had to come back", "Nobody told me how many hours to fast"],
    "parking": ["Parking was a nightmare, no spaces at all", "Expensive parking and no discount for check-up customers"],
    "doctor_clear": ["The doctor explained every result clearly and patiently", "Very clear explanation from the doctor, I felt reassured"],
    "good": ["Smooth process and friendly nurses", "Clean centre and well organised, done in one morning"],
    "neutral": ["It was OK, nothing special", "Average experience, similar to last year"],
    "app_ok": ["Booking in the mini program was easy"],
    "no_slot": ["No Saturday slots available for weeks"],
    "price": ["Prices went up a lot, the standard package is now 1199", "Too expensive after the price increase"],
    "refund": ["Refund after cancelling took two weeks"],
    "followup_busy": ["Customer says too busy with work to come back for the follow-up",
                      "Customer thinks the abnormal result is minor and declined the follow-up"],
    "followup_ok": ["Customer understood the abnormal items and agreed to book a follow-up"],
}
NEG = {"blood_wait", "rude", "slow_report", "fasting", "parking", "no_slot", "price", "refund"}
POS = {"doctor_clear", "good", "app_ok", "followup_ok"}
TOPIC_TP = {"blood_wait": "tp_blood_draw", "rude": "tp_checkin", "slow_report": "tp_report_ready",
            "fasting": "tp_blood_draw", "parking": "tp_checkin", "doctor_clear": "tp_doctor_consult",
            "good": "tp_checkin", "neutral": "tp_checkin", "app_ok": "tp_book_slot", "no_slot": "tp_book_slot",
            "price": "tp_choose_package", "refund": "tp_cancel", "followup_busy": "tp_abnormal_flag",
            "followup_ok": "tp_abnormal_flag"}


def month_weight(d: datetime, corp: bool) -> float:
    total = (END - START).days
    x = 0.8 + 0.4 * (d - START).days / total
    if corp:
        x *= [0.5, 0.3, 1.2, 1.5, 1.4, 1.2, 0.6, 0.6, 1.2, 1.0, 1.3, 0.8][d.month - 1]
    for a, b in HOLIDAYS:
        if a - D(days=10) <= d <= b:
            x *= 0.3
    return x


def day_weights(corp: bool):
    days, w = [], []
    d = START
    while d < END - D(days=5):
        days.append(d)
        w.append(month_weight(d, corp))
        d += D(days=1)
    w = np.array(w)
    return days, w / w.sum()


def open_day(d: datetime) -> datetime:
    """check-up centres are closed on Sundays and during the spring festival holiday."""
    for _ in range(20):
        moved = False
        for a, b in HOLIDAYS:
            if a.date() <= d.date() <= b.date():
                d = datetime(b.year, b.month, b.day) + D(days=1)
                moved = True
        if d.weekday() == 6:
            d += D(days=1)
            moved = True
        if not moved:
            break
    return d


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "s": 0, "f": 0, "o": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, sid="", physical=False, channel=None, **kw):
        if t > END or t < START:
            return False
        r = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=sid,
                 action=action, device="" if physical or channel in ("phone", "email") else c["device"],
                 channel=channel or ("store" if physical else c["channel"]))
        r.update(kw)
        events.append(r)
        return True

    def order(c, t, sid, kind, amount, status="paid", **kw):
        r = dict(order_id=nid("o", "HO", 6), customer_id=c["id"], ts=fmt(t), amount=round(float(amount), 2),
                 status=status, channel=c["channel"], device=c["device"], session_id=sid, order_type=kind,
                 center="", package_tier="", item_name="", list_price=round(float(amount), 2), discount=0,
                 coupon_code="", paid_by="self")
        r.update(kw)
        orders.append(r)
        return r

    def comment(c, t, topic, channel, rating=None, nps=None, ts=True, **kw):
        if t > END:
            return
        bank = ZH if c["lang"] == "zh" else EN
        txt = bank[topic][int(rng.integers(len(bank[topic])))]
        if c["lang"] == "zh" and rng.random() < 0.3:
            txt += str(rng.choice(["。", "！", "，希望改进" if topic in NEG else "，谢谢", "～"]))
        label = "neg" if topic in NEG else ("pos" if topic in POS else "neu")
        r = dict(feedback_id=nid("f", "FB", 5), text=txt, ts=fmt(t) if ts else "", customer_id=c["id"],
                 touchpoint_id=TOPIC_TP[topic], channel=channel, rating="" if rating is None else int(rating),
                 nps="" if nps is None else int(nps), language=c["lang"], center=c["center"], package_tier="",
                 session_id="", sentiment_label=label)
        r.update(kw)
        feedback.append(r)

    # ---------------- customers
    centre_names = [x[0] for x in CENTERS]
    centre_w = np.array([x[2] for x in CENTERS])
    centre_w = centre_w / centre_w.sum()
    city_of = {x[0]: x[1] for x in CENTERS}
    weights = {True: day_weights(True), False: day_weights(False)}
    for i in range(N):
        corp = rng.random() < 0.40
        center = centre_names[int(rng.choice(len(centre_names), p=centre_w))]
        city = city_of[center]
        age = AGE_BANDS[int(rng.choice(5, p=[0.30, 0.35, 0.20, 0.12, 0.03] if corp else [0.12, 0.19, 0.22, 0.25, 0.22]))]
        gender = "female" if rng.random() < 0.52 else "male"
        if corp:
            acq = "corporate_hr"
            industry = str(rng.choice(["finance", "internet", "manufacturing", "government", "retail"],
                                      p=[0.3, 0.28, 0.18, 0.14, 0.10]))
        else:
            acq = str(rng.choice(["wechat_mini_program", "meituan", "baidu_search", "xiaohongshu", "referral"],
                                 p=[0.3, 0.2, 0.17, 0.15, 0.18]))
            industry = ""
        device = str(rng.choice(["ios", "android", "pc"], p=[0.45, 0.45, 0.10]))
        channel = "web" if device == "pc" else ("mini_program" if acq == "wechat_mini_program" or rng.random() < 0.4
                                                else "app")
        p_en = {"上海": 0.3, "深圳": 0.25, "北京": 0.2}.get(city, 0.1)
        days, w = weights[corp]
        t0 = days[int(rng.choice(len(days), p=w))] + D(minutes=float(rng.uniform(8 * 60, 23 * 60)))
        signup = max(START, t0 - D(days=float(rng.exponential(20))) if rng.random() < 0.5 else t0)
        c = dict(id=f"C{i + 1:05d}", corp=corp, center=center, city=city, age=age, gender=gender, acq=acq,
                 industry=industry, device=device, channel=channel, lang="en" if rng.random() < p_en else "zh",
                 t0=t0, signup=signup, seg="returning" if rng.random() < 0.3 else "new", visits=0)
        customers.append(c)

    # ---------------- booking attempts (one a year, sometimes more browsing)
    for c in customers:
        if c["acq"] in ("xiaohongshu", "baidu_search"):
            ev(c, c["signup"] - D(minutes=float(rng.uniform(5, 600))), "tp_ad", "click")
        t = c["t0"]
        while t < END:
            attempt(c, t, rng, ev, order, comment, nid, open_day, CITY_CENTERS)
            if not c["corp"] and rng.random() < 0.3:          # a second look without booking
                attempt(c, t + D(days=float(rng.uniform(40, 150))), rng, ev, order, comment, nid, open_day,
                        CITY_CENTERS, browse_only=True)
            if rng.random() > (0.72 if c["corp"] else 0.45):
                break
            t = t + D(days=float(rng.uniform(330, 400)))

    # app reviews not tied to a visit (a quarter without a date)
    for c in customers:
        if rng.random() < 0.06:
            tr = c["signup"] + D(days=float(rng.uniform(0, 90)))
            topic = str(rng.choice(["app_ok", "no_slot", "fasting", "neutral"], p=[0.45, 0.25, 0.15, 0.15]))
            rating = {"app_ok": 5, "no_slot": 2, "fasting": 2, "neutral": 3}[topic] - int(rng.random() < 0.3)
            comment(c, tr, topic, "app_review", rating=rating if rng.random() < 0.85 else None,
                    ts=rng.random() > 0.25)

    # ---------------- write
    crow = [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=c["seg"], region=REGION[c["city"]],
                 acquisition_channel=c["acq"], gender=c["gender"], age_band=c["age"],
                 employer_type="corporate" if c["corp"] else "individual", 客户来源="企业团检" if c["corp"] else "个人",
                 employer_industry=c["industry"], city=c["city"], center=c["center"], primary_device=c["device"],
                 language=c["lang"]) for c in customers]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    feedback.sort(key=lambda r: r["feedback_id"])

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "gender",
                              "age_band", "employer_type", "客户来源", "employer_industry", "city", "center",
                              "primary_device", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "center", "package_tier", "wait_minutes", "abnormal_items", "report_hours",
                             "slot_date"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "session_id",
                             "order_type", "center", "package_tier", "item_name", "list_price", "discount",
                             "coupon_code", "paid_by"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "nps", "language", "center", "package_tier", "session_id", "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def attempt(c, t0, rng, ev, order, comment, nid, open_day, city_centers, browse_only=False):
    """one booking attempt: browse → choose → slot → pay → check-in → the day → report → follow-up."""
    sid = nid("s", "HF", 6)
    corp = c["corp"]
    if corp:
        inv = (t0 - D(days=float(rng.uniform(1, 10)))).replace(hour=int(rng.integers(9, 18)))
        ev(c, inv, "tp_corp_invite", "sent", sid, channel="email")
    if not ev(c, t0, "tp_browse_packages", "view", sid):
        return
    if rng.random() < 0.35:
        ev(c, t0 + D(minutes=float(rng.uniform(1, 20))), "tp_browse_packages", "view", sid)
    hike = PRICE_UP <= t0 < datetime(2025, 11, 1)
    p_choose = 0.93 if corp else (0.42 if hike else 0.62)
    if browse_only or rng.random() > p_choose:
        return
    tier = TIERS[int(rng.choice(3, p=[0.45, 0.45, 0.10] if corp else [0.30, 0.45, 0.25]))]
    center = c["center"]
    if rng.random() < 0.1 and len(city_centers[c["city"]]) > 1:
        center = str(rng.choice([x for x in city_centers[c["city"]] if x != c["center"]]))
    tc = t0 + D(minutes=float(rng.uniform(3, 60 * 40)))
    if not ev(c, tc, "tp_choose_package", "select", sid, center=center, package_tier=tier):
        return
    if rng.random() > (0.94 if corp else 0.82):
        return
    tb = tc + D(minutes=float(rng.uniform(2, 60 * 20)))
    slot = open_day(datetime(tb.year, tb.month, tb.day) + D(days=int(rng.integers(2, 21))))
    if not ev(c, tb, "tp_book_slot", "submit", sid, center=center, package_tier=tier, slot_date=slot.strftime("%Y-%m-%d")):
        return
    # price
    if corp:
        price, listp, disc, coupon, paid_by = CONTRACT[tier], CONTRACT[tier], 0, "", "company"
    else:
        listp = (LIST_NEW if tb >= PRICE_UP else LIST_OLD)[tier]
        disc, coupon = 0, ""
        if DOUBLE11[0] <= tb < DOUBLE11[1] and rng.random() < 0.8:
            disc, coupon = round(listp * 0.15), "DOUBLE11"
        elif P618[0] <= tb < P618[1] and rng.random() < 0.7:
            disc, coupon = round(listp * 0.10), "SALE618"
        elif c["visits"] == 0 and rng.random() < 0.3:
            disc, coupon = 50, "NEW50"
        price, paid_by = listp - disc, "self"
    hike_pay = PRICE_UP <= tb < datetime(2025, 11, 1)
    p_pay = 0.97 if corp else (0.52 if hike_pay else 0.86)
    tpay = tb + D(minutes=float(rng.uniform(1, 25)))
    common = dict(center=center, package_tier=tier)
    if rng.random() > p_pay:
        order(c, tpay, sid, "package", price, status="cancelled", list_price=listp, discount=disc, coupon_code=coupon,
              paid_by=paid_by, **common)
        if hike_pay and rng.random() < 0.3:
            comment(c, tpay + D(hours=float(rng.uniform(1, 48))), "price", str(rng.choice(["app_review", "ticket"])),
                    rating=None, ts=rng.random() > 0.15)
        return
    if not ev(c, tpay, "tp_payment", "success", sid, **common):
        return
    pk = order(c, tpay, sid, "package", price, list_price=listp, discount=disc, coupon_code=coupon, paid_by=paid_by,
               **common)
    adds = []
    if rng.random() < (0.22 if corp else 0.32):
        for k in rng.choice(len(ADDONS), int(rng.choice([1, 2], p=[0.7, 0.3])), replace=False, p=ADDON_P):
            name, amt = ADDONS[int(k)]
            adds.append(order(c, tpay + D(seconds=30), sid, "addon", amt, item_name=name, paid_by="self", **common))
    day = slot + D(minutes=float(rng.uniform(7.5 * 60, 10 * 60)))
    if rng.random() < 0.05:                                             # cancelled: refunded
        tx = tpay + D(hours=float(rng.uniform(2, max(3.0, (day - tpay).total_seconds() / 3600 - 12))))
        if ev(c, tx, "tp_cancel", "cancel", sid, **common):
            pk["status"] = "refunded"
            for a in adds:
                a["status"] = "refunded"
            if rng.random() < 0.15:
                comment(c, tx + D(days=float(rng.uniform(3, 12))), "refund", "ticket", ts=rng.random() > 0.1,
                        center=center, session_id=sid)
        return
    if rng.random() < 0.03:                                             # no-show
        return
    # ---- the check-up day
    if not ev(c, day, "tp_checkin", "checkin", sid, physical=True, **common):
        return
    c["visits"] += 1
    if rng.random() < 0.12:                                             # on-the-day add-on
        name, amt = ADDONS[int(rng.choice(len(ADDONS), p=ADDON_P))]
        order(c, day + D(minutes=5), sid, "addon", amt, item_name=name, paid_by="self", channel="store", device="",
              **common)
    fasting_issue = rng.random() < 0.04
    wait_b = float(rng.gamma(4, 11.5)) if center == SLOW_BLOOD else float(rng.gamma(3, 4.8))
    if day.weekday() == 5:
        wait_b *= 1.25
    wait_b = int(round(wait_b))
    tbd = day + D(minutes=wait_b + float(rng.uniform(3, 8)))
    ev(c, tbd, "tp_blood_draw", "done", sid, physical=True, wait_minutes=wait_b, **common)
    t = tbd
    if rng.random() < 0.97:
        wait_i = int(round(float(rng.gamma(3, 6.5 if tier == "premium" else 5.0))))
        t = tbd + D(minutes=wait_i + float(rng.uniform(10, 30)))
        ev(c, t, "tp_imaging", "done", sid, physical=True, wait_minutes=wait_i, **common)
    p_consult = 0.70 if center == SLOW_BLOOD else 0.91
    consulted = rng.random() < p_consult
    if consulted:
        wait_d = int(round(float(rng.gamma(2, 7))))
        t = t + D(minutes=wait_d + float(rng.uniform(5, 15)))
        ev(c, t, "tp_doctor_consult", "done", sid, physical=True, wait_minutes=wait_d, **common)
    mean_h = {"basic": 28, "standard": 46, "premium": 118}[tier]
    hours = float(np.clip(rng.gamma(6, mean_h / 6), 6, 300))
    rep = day + D(hours=hours)
    rep = rep.replace(microsecond=0)
    rep_h = round((rep - day).total_seconds() / 3600, 1)
    lam = {"18-29": 0.9, "30-39": 1.2, "40-49": 1.7, "50-59": 2.3, "60+": 3.0}[c["age"]]
    abn = int(rng.poisson(lam))
    if not ev(c, rep, "tp_report_ready", "ready", sid, channel="app", abnormal_items=abn, report_hours=rep_h,
              **common):
        return
    fb = dict(center=center, package_tier=tier, session_id=sid)
    # post-visit survey
    if rng.random() < 0.24:
        rude = rng.random() < (0.2 if center == RUDE else 0.02)
        parking = rng.random() < PARKING.get(center, 0.03)
        slow = rep_h > 96
        long_wait = wait_b > 40
        r = 4.5 - (1.3 if long_wait else 0) - (1.0 if slow else 0) - (1.8 if rude else 0) - (0.5 if parking else 0) \
            - (0.8 if fasting_issue else 0) + (0.3 if consulted else -0.4) + rng.normal(0, 0.5)
        stars = int(np.clip(round(r), 1, 5))
        if rude:
            topic = "rude"
        elif long_wait and rng.random() < 0.85:
            topic = "blood_wait"
        elif slow and rng.random() < 0.6:
            topic = "slow_report"
        elif fasting_issue:
            topic = "fasting"
        elif parking:
            topic = "parking"
        elif consulted and stars >= 4 and rng.random() < 0.45:
            topic = "doctor_clear"
        elif stars >= 4:
            topic = "good"
        else:
            topic = "neutral"
        nps = int(np.clip(round(stars * 2 + rng.normal(-0.5, 1.2)), 0, 10))
        ts_ = rep + D(hours=float(rng.uniform(1, 60))) if topic == "slow_report" else \
            day + D(hours=float(rng.uniform(3, 30)))
        comment(c, ts_, topic, "survey", rating=stars, nps=nps, **fb)
    if rng.random() < (0.05 if center == RUDE else 0.004):
        comment(c, day + D(minutes=float(rng.uniform(30, 240))), "rude", "ticket", ts=rng.random() > 0.08, **fb)
    if wait_b > 40 and rng.random() < 0.2:
        comment(c, tbd + D(minutes=20), "blood_wait", "ticket", ts=rng.random() > 0.08, **fb)
    if rep_h > 96 and rng.random() < 0.08:
        comment(c, day + D(hours=96), "slow_report", "ticket", ts=rng.random() > 0.08, **fb)
    # ---- report and follow-up
    viewed = rng.random() < (0.80 if c["corp"] else 0.88)
    tv = rep + D(hours=float(rng.exponential(18)) + 0.1)
    if viewed:
        viewed = ev(c, tv, "tp_report_viewed", "view", sid, **common)
    if abn == 0:
        return
    tf = tv + D(hours=float(rng.uniform(1, 30))) if viewed else rep + D(hours=float(rng.uniform(72, 96)))
    if not ev(c, tf, "tp_abnormal_flag", "alert", sid, channel="phone", abnormal_items=abn, **common):
        return
    age_k = {"18-29": 0.6, "30-39": 0.85, "40-49": 1.0, "50-59": 1.1, "60+": 1.15}[c["age"]]
    p_book = min(0.95, (0.24 if c["corp"] else 0.66) * age_k * (1.1 if abn >= 3 else 1.0))
    if rng.random() > p_book:
        if rng.random() < 0.22:
            comment(c, tf + D(minutes=10), "followup_busy", "call_note", ts=rng.random() > 0.05, **fb)
        return
    if rng.random() < 0.1:
        comment(c, tf + D(minutes=10), "followup_ok", "call_note", **fb)
    tfb = tf + D(days=float(np.clip(rng.gamma(2, 3), 0.1, 30)))
    if not ev(c, tfb, "tp_followup_booked", "booked", sid, center=center):
        return
    p_att = {"18-29": 0.42, "30-39": 0.68, "40-49": 0.84, "50-59": 0.88, "60+": 0.9}[c["age"]]
    if rng.random() > p_att:
        return
    tfa = open_day(tfb + D(days=float(rng.uniform(3, 20))))
    tfa = tfa.replace(hour=int(rng.integers(9, 17)), minute=int(rng.integers(0, 60)))
    if ev(c, tfa, "tp_followup_attended", "attended", sid, physical=True, center=center):
        order(c, tfa, sid, "followup", FOLLOWUP_FEE, center=center, paid_by="self", channel="store", device="")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
