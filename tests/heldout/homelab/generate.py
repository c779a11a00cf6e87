"""采安到家 DrawWell Home: home blood-test and sample-collection service in four Chinese cities (上海 Shanghai, 广州
Guangzhou, 成都 Chengdu, 杭州 Hangzhou) and four English-speaking ones (London, Manchester, Singapore, Toronto)
(synthetic, written blind).

A patient (one customer_id) browses the test packages (浏览套餐) in the app, WeChat mini-program or website and books a
home visit (预约下单) — or is referred by a partner clinic (诊所转介), or calls the hotline. The ops desk confirms the
address and time slot (地址与时段确认: confirmed / rescheduled / address_invalid / unreachable), dispatch assigns a
nurse (护士派单: assigned / reassigned / unassigned), the nurse draws the blood at home (上门采血: collected /
failed_draw / not_fasting / not_home), a cold-chain courier takes the tubes to the lab (冷链送检: delivered /
delayed), the lab accepts or rejects the sample (实验室检测: processed / rejected, a rejected sample means a free
re-collection visit), the report is released (报告发布, normal / abnormal / critical), the patient may book a doctor's
video teleconsult to go through it (医生解读: completed / no_show), and may subscribe to repeat testing (复检订阅:
subscribed / payment_failed / cancelled; each cycle's visit is auto-scheduled). Patients also contact customer
service (客服咨询). Test packages, add-ons at the door, teleconsult fees, subscription fees and missed-visit fees are
orders.

Data 2025-01-01 .. 2026-04-30 (extract taken mid-May 2026). Times are naive local times of each city. Money
(orders.amount) is CNY, the group's reporting currency; currency + amount_local keep what the patient paid.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260512), numpy only. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260512
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 4, 30, 23, 59, 59)
N_DAYS = (END.date() - START.date()).days + 1
COLD_SWITCH = ("Guangzhou", date(2025, 8, 1), date(2025, 8, 31))   # Guangzhou tries a cheaper courier for August


class Rand:
    """buffered numpy draws; fixed seed, deterministic."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._n, self.iu, self.inn = [], [], 0, 0

    def u(self):
        if self.iu >= len(self._u):
            self._u, self.iu = self.g.random(1 << 18).tolist(), 0
        self.iu += 1
        return self._u[self.iu - 1]

    def n(self):
        if self.inn >= len(self._n):
            self._n, self.inn = self.g.standard_normal(1 << 17).tolist(), 0
        self.inn += 1
        return self._n[self.inn - 1]

    def p(self, prob):
        return self.u() < prob

    def pick(self, items, weights=None):
        if weights is None:
            return items[int(self.u() * len(items))]
        tot = sum(weights)
        x, acc = self.u() * tot, 0.0
        for it, w in zip(items, weights):
            acc += w
            if x < acc:
                return it
        return items[-1]

    def exp(self, mean):
        return -mean * float(np.log(1.0 - self.u()))

    def randint(self, a, b):
        return a + int(self.u() * (b - a + 1))

    def lognorm(self, median, sigma):
        return median * float(np.exp(sigma * self.n()))


R = Rand(SEED)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览套餐", "Package browsing", "awareness", "app", "digital", "growth",
     "看套餐|套餐页|商品页|浏览|browse|package page|product page|catalogue"),
    ("tp_booking", "预约下单", "Booking", "purchase", "app", "digital", "growth",
     "下单|预约|约上门|诊所转介|booking|order|book a visit|clinic referral|checkout"),
    ("tp_confirm", "地址与时段确认", "Address & slot confirmation", "purchase", "phone", "digital", "ops_desk",
     "确认地址|确认时段|确认电话|改约|confirmation|confirm call|slot confirmation|address check|reschedule"),
    ("tp_cancel", "取消预约", "Booking cancellation", "purchase", "app", "digital", "ops_desk",
     "取消|退单|不约了|cancellation|cancel booking|cancelled visit"),
    ("tp_dispatch", "护士派单", "Nurse dispatch", "service", "other", "digital", "dispatch",
     "派单|派护士|排班|指派|dispatch|nurse assignment|rostering|allocation"),
    ("tp_collection", "上门采血", "Home sample collection", "service", "other", "physical", "nursing",
     "采血|抽血|上门抽血|护士上门|扎针|blood draw|home visit|phlebotomy|collection|sample collection|draw"),
    ("tp_courier", "冷链送检", "Courier to lab", "service", "other", "physical", "logistics",
     "送检|冷链|物流|运样|courier|cold chain|sample transport|transit"),
    ("tp_lab", "实验室检测", "Lab processing", "service", "other", "physical", "lab",
     "检测|化验|实验室|样本拒收|拒收|lab|testing|sample rejection|rejected sample|processing"),
    ("tp_results", "报告发布", "Results released", "service", "app", "digital", "lab",
     "出报告|报告|结果|化验单|results|report|lab report|results release|turnaround"),
    ("tp_teleconsult", "医生解读", "Doctor teleconsult", "loyalty", "app", "digital", "medical",
     "报告解读|视频问诊|医生咨询|线上问诊|teleconsult|doctor call|video consult|results consult|GP call"),
    ("tp_subscription", "复检订阅", "Repeat-test subscription", "loyalty", "app", "digital", "growth",
     "定期复检|订阅|会员复查|自动续费|退订|subscription|repeat testing|recurring test|plan|unsubscribe"),
    ("tp_support", "客服咨询", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|投诉|热线|在线客服|customer service|support|hotline|helpdesk|complaint call"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking_to_report", "预约到出报告", "Booking to report",
     ["tp_booking", "tp_confirm", "tp_dispatch", "tp_collection", "tp_courier", "tp_lab", "tp_results"], 14),
    ("browse_to_booking", "浏览到下单", "Browse to booking", ["tp_browse", "tp_booking", "tp_confirm"], 7),
    ("sample_to_report", "采样到出报告", "Sample to report", ["tp_collection", "tp_courier", "tp_lab", "tp_results"], 5),
    ("report_to_subscription", "报告到复检订阅", "Report to subscription",
     ["tp_results", "tp_teleconsult", "tp_subscription"], 30),
]

# city: zh, region, currency, CNY per unit, weight, zh share of patients, lateness factor
CITIES = {
    "Shanghai": ("上海", "China", "CNY", 1.0, 0.18, 0.99, 1.0),
    "Guangzhou": ("广州", "China", "CNY", 1.0, 0.13, 0.99, 0.9),
    "Chengdu": ("成都", "China", "CNY", 1.0, 0.10, 0.99, 0.8),
    "Hangzhou": ("杭州", "China", "CNY", 1.0, 0.10, 0.99, 0.85),
    "London": ("伦敦", "United Kingdom", "GBP", 9.1, 0.17, 0.06, 1.9),
    "Manchester": ("曼彻斯特", "United Kingdom", "GBP", 9.1, 0.09, 0.04, 1.0),
    "Singapore": ("新加坡", "Singapore", "SGD", 5.4, 0.13, 0.45, 0.75),
    "Toronto": ("多伦多", "Canada", "CAD", 5.2, 0.10, 0.22, 1.05),
}
CITY_NAMES = list(CITIES)
CITY_W = [CITIES[c][4] for c in CITY_NAMES]
CHINA = {"Shanghai", "Guangzhou", "Chengdu", "Hangzhou"}
COURIERS = {"Shanghai": ["顺丰冷运 SF Cold"], "Guangzhou": ["顺丰冷运 SF Cold"], "Chengdu": ["京东冷链 JD Cold"],
            "Hangzhou": ["顺丰冷运 SF Cold", "京东冷链 JD Cold"], "London": ["MedEx Couriers"],
            "Manchester": ["MedEx Couriers"], "Singapore": ["LionCity Medlog"], "Toronto": ["NorthPath Bio"]}
BAD_COURIER = "速冷达 SuCold Express"
LABS = {"Shanghai": "上海中心实验室", "Hangzhou": "上海中心实验室", "Guangzhou": "广州实验室", "Chengdu": "成都实验室",
        "London": "London Central Lab", "Manchester": "London Central Lab", "Singapore": "Singapore Lab",
        "Toronto": "Toronto Lab"}
CLINICS = {"Shanghai": ["静安社区诊所", "徐汇全科门诊", "浦东家庭医生诊所"], "Guangzhou": ["天河家庭诊所", "越秀全科门诊"],
           "Chengdu": ["锦江社区诊所", "高新全科门诊"], "Hangzhou": ["西湖家庭诊所", "滨江全科门诊"],
           "London": ["Marylebone GP Partners", "Clapham Family Practice", "Islington Health Centre"],
           "Manchester": ["Didsbury Medical Practice", "Ancoats GP Surgery"],
           "Singapore": ["Tanjong Pagar Family Clinic", "Bishan Medical Centre"],
           "Toronto": ["Yorkville Family Health", "Danforth Medical Clinic"]}
# package: zh, local price by currency, fasting, base tat hours, tubes, chronic
PACKAGES = {
    "basic_checkup": ("基础体检", {"CNY": 199, "GBP": 59, "SGD": 89, "CAD": 85}, True, 18, 3, False),
    "diabetes_panel": ("糖尿病监测", {"CNY": 159, "GBP": 45, "SGD": 69, "CAD": 65}, True, 14, 2, True),
    "lipid_heart": ("血脂心血管", {"CNY": 179, "GBP": 49, "SGD": 79, "CAD": 75}, True, 16, 2, True),
    "thyroid": ("甲状腺功能", {"CNY": 229, "GBP": 65, "SGD": 99, "CAD": 95}, False, 26, 2, True),
    "vitamins": ("维生素与微量元素", {"CNY": 299, "GBP": 79, "SGD": 119, "CAD": 115}, False, 40, 2, False),
    "womens_health": ("女性激素", {"CNY": 399, "GBP": 99, "SGD": 159, "CAD": 149}, False, 36, 3, False),
    "mens_health": ("男性健康", {"CNY": 349, "GBP": 89, "SGD": 139, "CAD": 129}, False, 30, 3, False),
    "annual_comprehensive": ("年度全面体检", {"CNY": 899, "GBP": 199, "SGD": 329, "CAD": 309}, True, 52, 5, False),
}
PKG_NAMES = list(PACKAGES)
CONSULT_FEE = {"CNY": 99, "GBP": 35, "SGD": 45, "CAD": 45}
MISSED_FEE = {"CNY": 50, "GBP": 20, "SGD": 25, "CAD": 25}
ADDON = {"vitamin_d": ("维生素D", 0.35), "ferritin": ("铁蛋白", 0.3), "hba1c": ("糖化血红蛋白", 0.3),
         "psa": ("前列腺特异抗原", 0.35), "crp": ("C反应蛋白", 0.25)}
SLOTS = ["07:00-09:00", "09:00-11:00", "11:00-13:00", "14:00-17:00", "18:00-20:00"]
SLOT_START = {"07:00-09:00": 7, "09:00-11:00": 9, "11:00-13:00": 11, "14:00-17:00": 14, "18:00-20:00": 18}
NURSE_TYPE = {"staff": "全职护士", "agency": "外包护士"}
VISIT_TYPE = {"first": "首次上门", "repeat": "复购上门", "recollection": "重新采样", "subscription": "订阅复检"}
ARRIVAL = {"on_time": "准时", "late": "迟到"}
FAIL = {"difficult_vein": "血管难找", "patient_fainted": "晕针", "not_fasting": "未空腹", "not_home": "无人在家"}
REJECT = {"hemolysis": "溶血", "clotted": "凝血", "insufficient_volume": "样本量不足", "label_mismatch": "标签不符",
          "temperature_excursion": "温度超标"}
REJECT_W = [0.44, 0.2, 0.2, 0.16]
FLAG = {"normal": "正常", "abnormal": "异常", "critical": "危急值"}
CANCEL = {"schedule_conflict": "时间冲突", "went_to_hospital": "已去医院检查", "price": "价格原因", "unwell": "身体不适",
          "booked_by_mistake": "误下单", "wait_too_long": "等待太久"}
CANCEL_W = [0.36, 0.18, 0.1, 0.14, 0.12, 0.1]
UNSUB = {"too_expensive": "价格太高", "results_stable": "指标已稳定", "switched_to_hospital": "改去医院复查",
         "moving": "搬家", "bad_experience": "体验不好", "payment_failed": "扣款失败"}
CONTACT = {"reschedule": "改约", "report_query": "报告查询", "refund": "退款", "nurse_late": "护士迟到",
           "address_change": "修改地址", "billing": "扣费疑问", "redraw": "重新采样"}
PAYMENT = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "银行卡", "apple_pay": "Apple Pay",
           "paynow": "PayNow", "insurance": "保险直付"}

EV_COLS = [
    "event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "city",
    "booking_id", "package", "套餐", "visit_type", "上门类型", "referral_clinic", "slot_date", "slot_window",
    "fasting_required", "lead_days", "confirm_attempt", "nurse_id", "nurse_type", "护士类型", "minutes_to_assign",
    "arrival_status", "到达情况", "arrival_delay_min", "draw_attempts", "tubes", "fail_reason", "未采成原因",
    "cancel_reason", "取消原因", "courier_partner", "transit_min", "temp_max_c", "lab_site", "reject_reason",
    "拒收原因", "tat_hours", "result_flag", "结果状态", "report_channel", "doctor_id", "consult_min",
    "consult_reason", "plan", "unsub_reason", "退订原因", "contact_reason", "咨询原因", "wait_sec",
]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "city", "currency", "amount_local", "package", "套餐", "booking_id", "billing_cycle", "plan",
            "payment_method", "支付方式", "refund_reason"]
ORDER_TYPE = {"test_package": "检测套餐", "add_on": "上门加项", "teleconsult": "医生解读费", "subscription": "复检订阅费",
              "missed_visit_fee": "空跑费"}
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "city", "booking_id", "survey_wave"]

EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
CUSTOMERS: list[dict] = []
VISITS: list[dict] = []      # one per collection attempt, for feedback
EPISODES: list[dict] = []
NURSES: dict[str, list] = {}
N = {"bk": 0, "ord": 0, "sess": 0}


def clamp(t: datetime) -> datetime:
    return t.replace(microsecond=0)


def ev(cust, ts, tp, action, **kw):
    if ts > END or ts < START:
        return None
    d = {"customer_id": cust["customer_id"], "ts": clamp(ts), "touchpoint_id": tp, "action": action,
         "city": cust["city"]}
    d.update(kw)
    EVENTS.append(d)
    return d


def order(cust, ts, otype, local, status="paid", **kw):
    if ts > END or ts < START:
        return None
    cur = CITIES[cust["city"]][2]
    N["ord"] += 1
    pm = cust["_pay"]
    d = {"order_id": f"O{N['ord'] + 5000000}", "customer_id": cust["customer_id"], "ts": clamp(ts),
         "amount": round(local * CITIES[cust["city"]][3], 2), "status": status, "order_type": otype,
         "订单类型": ORDER_TYPE[otype], "city": cust["city"], "currency": cur, "amount_local": round(local, 2),
         "payment_method": pm, "支付方式": PAYMENT[pm]}
    d.update(kw)
    ORDERS.append(d)
    return d


def at_time(day: date, hour: float) -> datetime:
    return datetime(day.year, day.month, day.day) + D(hours=hour)


def growth_day() -> date:
    """arrival day over the period, volume growing ~35 % over 16 months, quieter in Chinese New Year week."""
    while True:
        k = int(R.u() * N_DAYS)
        if R.u() < (0.74 + 0.26 * k / N_DAYS):
            d = START.date() + D(days=k)
            if date(2025, 1, 27) <= d <= date(2025, 2, 4) and R.u() < 0.5:
                continue
            if date(2026, 2, 15) <= d <= date(2026, 2, 23) and R.u() < 0.5:
                continue
            return d


# ---------- customers ----------

def new_customer(city, signup: datetime, acq):
    cid = f"C{len(CUSTOMERS) + 200001}"
    lang = "zh" if R.p(CITIES[city][5]) else "en"
    age = R.pick(["18-29", "30-44", "45-59", "60-74", "75+"], [0.14, 0.32, 0.27, 0.19, 0.08])
    chronic = R.pick(["none", "diabetes", "hyperlipidemia", "thyroid", "hypertension"],
                     [0.55, 0.14, 0.12, 0.09, 0.10] if age in ("45-59", "60-74", "75+") else [0.82, 0.05, 0.05, 0.06, 0.02])
    chronic_zh = {"none": "无", "diabetes": "糖尿病", "hyperlipidemia": "高血脂", "thyroid": "甲状腺疾病",
                  "hypertension": "高血压"}[chronic]
    if city in CHINA:
        pay = R.pick(["wechat_pay", "alipay", "card", "insurance"], [0.55, 0.33, 0.05, 0.07])
    elif city == "Singapore":
        pay = R.pick(["card", "paynow", "apple_pay", "insurance"], [0.45, 0.3, 0.15, 0.1])
    else:
        pay = R.pick(["card", "apple_pay", "insurance"], [0.6, 0.3, 0.1])
    tier = "corporate" if acq == "employer_program" else ("family" if R.p(0.1) else "standard")
    c = {"customer_id": cid, "signup_at": clamp(signup), "segment": "", "region": CITIES[city][1], "city": city,
         "城市": CITIES[city][0], "acquisition_channel": acq, "tier": tier, "age_band": age,
         "gender": R.pick(["female", "male"], [0.58, 0.42]), "chronic_condition": chronic, "慢病类型": chronic_zh,
         "preferred_language": lang, "_pay": pay, "_eps": 0, "_sub": None, "_subbed": False}
    CUSTOMERS.append(c)
    return c


def pick_package(c, channel):
    ch = c["chronic_condition"]
    w = [0.30, 0.08, 0.10, 0.07, 0.12, 0.10, 0.07, 0.16]
    if ch == "diabetes":
        w = [0.12, 0.55, 0.12, 0.03, 0.05, 0.03, 0.03, 0.07]
    elif ch in ("hyperlipidemia", "hypertension"):
        w = [0.15, 0.1, 0.5, 0.03, 0.05, 0.03, 0.04, 0.1]
    elif ch == "thyroid":
        w = [0.12, 0.03, 0.05, 0.6, 0.05, 0.08, 0.02, 0.05]
    w = list(w)
    if c["gender"] == "male":
        w[5] = 0.0
    else:
        w[6] = 0.0
    if channel == "clinic_referral":
        w = [w[0] * 1.5, w[1] * 2, w[2] * 2, w[3] * 2, w[4] * 0.5, w[5], w[6], w[7] * 0.3]
    if c["acquisition_channel"] == "employer_program":
        w[7] *= 3
    return R.pick(PKG_NAMES, w)


# ---------- one booking episode ----------

def nurse_for(city, exclude=None):
    pool = NURSES[city]
    while True:
        n = R.pick(pool)
        if n[0] != exclude:
            return n


def refund(od, reason, ts):
    if od is not None:
        od["status"] = "refunded"
        od["refund_reason"] = reason


def support(c, ep, ts, reason, p=1.0):
    if not R.p(p) or ts > END or ts < START:
        return
    bid = ep["bid"] if ep else None
    ch = R.pick(["phone", "online_chat", "wechat"], [0.4, 0.3, 0.3] if c["city"] in CHINA else [0.55, 0.45, 0.0])
    wait = int(R.exp(140 if ch == "phone" else 60)) + 5
    if c["city"] == "London" and ch == "phone":
        wait += int(R.exp(120))
    ev(c, ts, "tp_support", R.pick(["resolved", "escalated"], [0.86, 0.14]), channel=ch, booking_id=bid,
       contact_reason=reason, 咨询原因=CONTACT[reason], wait_sec=wait)
    if ep is not None:
        ep["contacts"].append((ts, reason))


def visit(c, ep, slot_day, slot, kind, nurse_hint=None):
    """dispatch + collection attempt; returns (outcome, collection ts, nurse)."""
    city, bid, pkg = c["city"], ep["bid"], ep["pkg"]
    start = at_time(slot_day, SLOT_START[slot])
    common = dict(booking_id=bid, package=pkg, 套餐=PACKAGES[pkg][0], visit_type=kind, 上门类型=VISIT_TYPE[kind])
    dts = start - D(hours=10 + 10 * R.u())
    nurse = nurse_for(city)
    mta = int(5 + R.exp(35))
    r = R.u()
    p_un = 0.012 if city != "London" else 0.03
    if r < p_un:
        ev(c, dts, "tp_dispatch", "unassigned", channel="dispatch_console", minutes_to_assign=mta + 240, **common)
        return "unassigned", dts, None
    ev(c, dts, "tp_dispatch", "assigned", channel="dispatch_console", nurse_id=nurse[0], nurse_type=nurse[1],
       护士类型=NURSE_TYPE[nurse[1]], minutes_to_assign=mta, **common)
    if r < p_un + 0.04:
        nurse = nurse_for(city, exclude=nurse[0])
        ev(c, dts + D(hours=1 + 6 * R.u()), "tp_dispatch", "reassigned", channel="dispatch_console",
           nurse_id=nurse[0], nurse_type=nurse[1], 护士类型=NURSE_TYPE[nurse[1]], minutes_to_assign=int(R.exp(40)) + 5,
           **common)
    # arrival
    p_late = 0.075 * CITIES[city][6] * (2.3 if slot == "07:00-09:00" else 1.0) * (1.25 if nurse[1] == "agency" else 1)
    if R.p(p_late):
        delay = 16 + int(R.exp(22))
        status = "late"
    else:
        delay = R.randint(-15, 15)
        status = "on_time"
    arrive = start + D(minutes=max(delay, -15) + 20 * R.u())
    ep["late"] = ep["late"] or status == "late"
    fasting = PACKAGES[pkg][2]
    arr = dict(nurse_id=nurse[0], nurse_type=nurse[1], 护士类型=NURSE_TYPE[nurse[1]], arrival_status=status,
               到达情况=ARRIVAL[status], arrival_delay_min=delay, slot_window=slot, slot_date=slot_day,
               fasting_required="yes" if fasting else "no")
    channel = "nurse_app"
    age_old = c["age_band"] in ("60-74", "75+")
    p_fail = (0.07 if nurse[1] == "agency" else 0.022) + (0.02 if age_old else 0.0)
    if R.p(0.028 if kind != "subscription" else 0.018):
        out, reason = "not_home", "not_home"
    elif fasting and R.p(0.022):
        out, reason = "not_fasting", "not_fasting"
    elif R.p(p_fail):
        out, reason = "failed_draw", R.pick(["difficult_vein", "patient_fainted"], [0.8, 0.2])
    else:
        out, reason = "collected", None
    if out == "collected":
        if nurse[1] == "agency":
            att = R.pick([1, 2, 3], [0.74, 0.19, 0.07])
        else:
            att = R.pick([1, 2, 3], [0.90, 0.08, 0.02])
        if age_old and att == 1 and R.p(0.06):
            att = 2
        ts = arrive + D(minutes=8 + 14 * R.u())
        ev(c, ts, "tp_collection", "collected", channel=channel, draw_attempts=att, tubes=PACKAGES[pkg][4],
           **arr, **common)
    else:
        att = 3 if out == "failed_draw" else (1 if out == "not_fasting" else 0)
        ts = arrive + D(minutes=3 + 10 * R.u())
        ev(c, ts, "tp_collection", out, channel=channel, draw_attempts=att if att else None, fail_reason=reason,
           未采成原因=FAIL[reason], **arr, **common)
    VISITS.append({"c": c, "ep": ep, "ts": ts, "out": out, "late": status == "late", "att": att, "kind": kind,
                   "nurse": nurse})
    ep["attempts_max"] = max(ep.get("attempts_max", 0), att)
    if status == "late":
        support(c, ep, arrive - D(minutes=delay * 0.5), "nurse_late", 0.25)
    return out, ts, nurse


def lab_chain(c, ep, coll_ts, nurse):
    """courier + lab; returns (processed?, lab ts, reason, courier delayed)."""
    city, bid, pkg = c["city"], ep["bid"], ep["pkg"]
    common = dict(booking_id=bid, package=pkg, 套餐=PACKAGES[pkg][0])
    pick = coll_ts + D(hours=0.3 + 2.2 * R.u())
    partner = R.pick(COURIERS[city])
    bad = city == COLD_SWITCH[0] and COLD_SWITCH[1] <= coll_ts.date() <= COLD_SWITCH[2]
    if bad:
        partner = BAD_COURIER
    transit = R.lognorm(95 if city not in ("Chengdu", "Toronto") else 115, 0.38)
    if bad:
        transit *= 1.35
    transit = int(transit)
    if bad and R.p(0.55):
        temp = round(8.3 + R.u() * 6, 1)
    else:
        temp = round(min(7.9, max(2.1, 5.2 + 1.1 * R.n())), 1)
    delayed = transit > 240
    arrive = pick + D(minutes=transit)
    ev(c, arrive, "tp_courier", "delayed" if delayed else "delivered", channel="courier_scan",
       courier_partner=partner, transit_min=transit, temp_max_c=temp, lab_site=LABS[city], **common)
    lts = arrive + D(hours=0.5 + 3.5 * R.u())
    p_rej = 0.028 + (0.012 if nurse[1] == "agency" else 0) + (0.09 if delayed else 0)
    reason = None
    if temp > 8.0 and R.p(0.62):
        reason = "temperature_excursion"
    elif R.p(p_rej):
        reason = R.pick(["hemolysis", "clotted", "insufficient_volume", "label_mismatch"],
                        [0.6, 0.15, 0.15, 0.1] if delayed else REJECT_W)
    if reason:
        ev(c, lts, "tp_lab", "rejected", channel="lis", lab_site=LABS[city], reject_reason=reason,
           拒收原因=REJECT[reason], **common)
        return False, lts, reason, delayed
    ev(c, lts, "tp_lab", "processed", channel="lis", lab_site=LABS[city], **common)
    return True, lts, None, delayed


def episode(c, t0: datetime, channel, device, kind, pkg=None, clinic=None):
    if t0 > END:
        return None
    N["bk"] += 1
    bid = f"B{N['bk'] + 700000}"
    pkg = pkg or pick_package(c, channel)
    ep = {"bid": bid, "c": c, "pkg": pkg, "t0": t0, "channel": channel, "kind": kind, "late": False,
          "contacts": [], "end": "open", "recollected": 0, "flag": None, "consult": None, "results_ts": None,
          "tat": None, "reject": None}
    EPISODES.append(ep)
    c["_eps"] += 1
    city = c["city"]
    cur = CITIES[city][2]
    common = dict(booking_id=bid, package=pkg, 套餐=PACKAGES[pkg][0])
    fasting = PACKAGES[pkg][2]
    lead = {"clinic_referral": R.randint(1, 6), "subscription": R.randint(3, 7)}.get(channel, R.randint(1, 4))
    slot_day = (t0 + D(days=lead)).date()
    if fasting:
        slot = R.pick(SLOTS[:2], [0.62, 0.38])
    else:
        slot = R.pick(SLOTS, [0.12, 0.26, 0.17, 0.27, 0.18])
    sess = None
    if channel in ("app", "mini_program", "web"):
        N["sess"] += 1
        sess = f"S{N['sess'] + 900000}"
    ev(c, t0, "tp_booking", "submitted" if channel != "subscription" else "auto_scheduled", channel=channel,
       device=device, session_id=sess, referral_clinic=clinic, slot_date=slot_day, slot_window=slot,
       fasting_required="yes" if fasting else "no", lead_days=lead, visit_type=kind, 上门类型=VISIT_TYPE[kind],
       **common)
    od = None
    if kind != "subscription":
        od = order(c, t0, "test_package", PACKAGES[pkg][1][cur] * (0.9 if c["tier"] == "corporate" else 1.0),
                   channel=channel, device=device, package=pkg, 套餐=PACKAGES[pkg][0], booking_id=bid)
    # confirmation
    slot_start = at_time(slot_day, SLOT_START[slot])
    cts = t0 + D(hours=0.3 + 7 * R.u())
    if cts > slot_start - D(hours=3):
        cts = t0 + D(minutes=10 + 20 * R.u())
    pr = {"web": [0.60, 0.04, 0.19, 0.17], "subscription": [0.93, 0.05, 0.0, 0.02],
          "phone": [0.86, 0.06, 0.05, 0.03]}.get(channel, [0.90, 0.05, 0.02, 0.03])
    res = R.pick(["confirmed", "rescheduled", "address_invalid", "unreachable"], pr)
    method = "call" if res in ("address_invalid", "unreachable") or channel in ("phone", "clinic_referral") else \
        R.pick(["sms", "app_push", "call"], [0.4, 0.4, 0.2])
    ev(c, cts, "tp_confirm", res, channel=method, slot_date=slot_day, slot_window=slot, confirm_attempt=1, **common)
    if res in ("address_invalid", "unreachable"):
        fix_p = {"web": 0.28}.get(channel, 0.5)
        if res == "address_invalid":
            support(c, ep, cts + D(hours=0.5 + 4 * R.u()), "address_change", 0.3)
        if R.p(fix_p):
            cts = cts + D(hours=2 + 16 * R.u())
            slot_day = max(slot_day, (cts + D(days=1)).date())
            ev(c, cts, "tp_confirm", "confirmed", channel="call", slot_date=slot_day, slot_window=slot,
               confirm_attempt=2, **common)
        else:
            ep["end"] = "not_confirmed"
            refund(od, res, cts)
            return ep
    if res == "rescheduled":
        slot_day = slot_day + D(days=R.randint(1, 5))
        support(c, ep, cts - D(hours=1), "reschedule", 0.2)
    # customer cancellation
    if R.p(0.05 if kind != "subscription" else 0.03):
        slot_start = at_time(slot_day, SLOT_START[slot])
        xts = cts + (slot_start - cts) * (0.2 + 0.75 * R.u())
        reason = R.pick(list(CANCEL), CANCEL_W)
        ev(c, xts, "tp_cancel", "cancelled", channel=R.pick(["app", "phone"]) if channel != "web" else "web",
           cancel_reason=reason, 取消原因=CANCEL[reason], **common)
        ep["end"] = "cancelled"
        refund(od, "customer_cancelled", xts)
        support(c, ep, xts + D(hours=1 + 30 * R.u()), "refund", 0.15)
        return ep
    # visits (with re-collections)
    vkind = kind
    for attempt in range(3):
        out, vts, nurse = visit(c, ep, slot_day, slot, vkind)
        if out == "unassigned":
            ep["end"] = "no_nurse"
            refund(od, "no_nurse", vts)
            support(c, ep, vts + D(hours=1), "refund", 0.4)
            return ep
        if out == "not_home":
            ep["end"] = "not_home"
            refund(od, "not_home", vts)
            if od is not None and R.p(0.7):
                order(c, vts, "missed_visit_fee", MISSED_FEE[cur], channel="nurse_app", booking_id=bid)
            return ep
        if out in ("failed_draw", "not_fasting"):
            if attempt < 2 and R.p(0.8):
                ep["recollected"] += 1
                vkind = "recollection"
                slot_day = vts.date() + D(days=R.randint(1, 4))
                if out == "failed_draw":
                    support(c, ep, vts + D(hours=2), "redraw", 0.3)
                continue
            ep["end"] = "failed"
            refund(od, out, vts)
            return ep
        # collected
        if od is not None and R.p(0.14):
            a = R.pick(list(ADDON))
            order(c, vts, "add_on", round(PACKAGES["basic_checkup"][1][cur] * ADDON[a][1]), channel="nurse_app",
                  booking_id=bid, package=a, 套餐=ADDON[a][0])
        ok, lts, reason, delayed = lab_chain(c, ep, vts, nurse)
        if ok:
            break
        ep["reject"] = reason
        if attempt < 2 and R.p(0.85):
            ep["recollected"] += 1
            vkind = "recollection"
            slot_day = lts.date() + D(days=R.randint(1, 3))
            support(c, ep, lts + D(hours=3 + 20 * R.u()), R.pick(["redraw", "report_query"], [0.6, 0.4]), 0.6)
            continue
        ep["end"] = "rejected"
        refund(od, "sample_rejected", lts)
        return ep
    else:
        return ep
    # results
    tat = R.lognorm(PACKAGES[pkg][3], 0.22) + (6 if delayed else 0)
    rts = max(vts + D(hours=tat), lts + D(hours=1.5))
    tat_h = round((rts - vts).total_seconds() / 3600, 1)
    chronic_match = (pkg == "diabetes_panel" and c["chronic_condition"] == "diabetes") or \
        (pkg == "lipid_heart" and c["chronic_condition"] in ("hyperlipidemia", "hypertension")) or \
        (pkg == "thyroid" and c["chronic_condition"] == "thyroid")
    if chronic_match:
        flag = R.pick(["normal", "abnormal", "critical"], [0.38, 0.56, 0.06])
    else:
        flag = R.pick(["normal", "abnormal", "critical"], [0.72, 0.26, 0.02])
    rch = R.pick(["app", "mini_program", "email"], [0.5, 0.4, 0.1]) if city in CHINA else \
        R.pick(["app", "email"], [0.65, 0.35])
    if channel == "clinic_referral":
        rch = "clinic_portal"
    ev(c, rts, "tp_results", "released", channel=rch, tat_hours=tat_h, result_flag=flag, 结果状态=FLAG[flag],
       **common)
    if rts > END:
        return ep
    ep.update(end="reported", flag=flag, results_ts=rts, tat=tat_h)
    if tat_h > 60 or ep["recollected"]:
        support(c, ep, rts - D(hours=tat_h * 0.3), "report_query", 0.25)
    # teleconsult
    p_tc = {"critical": 0.92, "abnormal": 0.42, "normal": 0.08}[flag]
    if pkg == "annual_comprehensive":
        p_tc += 0.15
    if R.p(p_tc):
        tts = rts + D(hours=2 + 70 * R.u()) if flag != "critical" else rts + D(hours=0.5 + 5 * R.u())
        no_show = R.p(0.16 if flag == "normal" else 0.10 if flag == "abnormal" else 0.03)
        cm = max(4, int(12 + 4 * R.n() + (8 if flag == "critical" else 0)))
        doc = f"DR{R.randint(1, 14) + (100 if city in CHINA else 200):03d}"
        reason = {"critical": "critical_callback", "abnormal": "abnormal_result", "normal": "routine_review"}[flag]
        ev(c, tts, "tp_teleconsult", "no_show" if no_show else "completed", channel=R.pick(["video", "phone"],
                                                                                            [0.75, 0.25]),
           doctor_id=doc, consult_min=None if no_show else cm, consult_reason=reason, **common)
        ep["consult"] = "no_show" if no_show else "completed"
        free = flag == "critical" or pkg == "annual_comprehensive" or kind == "subscription"
        if not free:
            order(c, tts, "teleconsult", CONSULT_FEE[cur], status="cancelled" if no_show else "paid",
                  channel="app", booking_id=bid)
    # subscription
    if kind != "subscription" and c["_sub"] is None and not c["_subbed"]:
        chronic_pkg = PACKAGES[pkg][5]
        if ep["consult"] == "completed" and flag != "normal":
            p_sub = 0.40
        elif flag != "normal":
            p_sub = 0.10
        else:
            p_sub = 0.035
        if not chronic_pkg:
            p_sub *= 0.25
        if R.p(p_sub):
            sts = rts + D(days=1 + 18 * R.u())
            if ep["consult"] == "completed":
                sts = max(sts, tts + D(hours=1))
            start_subscription(c, sts, pkg)
    return ep


def start_subscription(c, sts, pkg):
    if sts > END:
        return
    plan = R.pick(["quarterly", "semiannual"], [0.72, 0.28])
    cur = CITIES[c["city"]][2]
    months = 3 if plan == "quarterly" else 6
    fee = round(PACKAGES[pkg][1][cur] * (0.9 if plan == "quarterly" else 0.85))
    ch = R.pick(["app", "mini_program"]) if c["city"] in CHINA else R.pick(["app", "web"], [0.7, 0.3])
    ev(c, sts, "tp_subscription", "subscribed", channel=ch, package=pkg, 套餐=PACKAGES[pkg][0], plan=plan)
    c["_subbed"] = True
    c["_sub"] = {"plan": plan, "start": sts, "pkg": pkg, "active": True, "cycles": 1}
    order(c, sts, "subscription", fee, channel=ch, package=pkg, 套餐=PACKAGES[pkg][0], billing_cycle=1, plan=plan)
    t = sts
    bad = False
    for cycle in range(2, 12):
        # the cycle's auto-scheduled visit, a week after the charge
        ep = episode(c, t + D(days=2 + 5 * R.u()), "subscription", None, "subscription", pkg=pkg)
        if ep is not None and (ep["late"] or ep.get("attempts_max", 0) >= 2 or ep["recollected"]):
            bad = True
        t = t + D(days=30 * months + R.randint(-2, 2))
        if t > END:
            return
        p_cancel = 0.17 + (0.12 if bad else 0.0)
        if c["city"] in ("London", "Manchester") and t >= datetime(2026, 1, 1):
            p_cancel += 0.10     # the UK price rise of January 2026
        if R.p(p_cancel):
            w = [0.36, 0.22, 0.14, 0.08, 0.20 if bad else 0.06, 0.0]
            if c["city"] in ("London", "Manchester") and t >= datetime(2026, 1, 1):
                w[0] += 0.4
            reason = R.pick(list(UNSUB), w)
            ev(c, t - D(days=R.randint(1, 10)), "tp_subscription", "cancelled", channel=ch, package=pkg,
               套餐=PACKAGES[pkg][0], plan=plan, unsub_reason=reason, 退订原因=UNSUB[reason])
            c["_sub"]["active"] = False
            return
        if R.p(0.045):
            ev(c, t, "tp_subscription", "payment_failed", channel="billing", package=pkg, 套餐=PACKAGES[pkg][0],
               plan=plan)
            support(c, None, t + D(hours=5), "billing", 0.5)
            if not R.p(0.55):
                ev(c, t + D(days=7), "tp_subscription", "cancelled", channel="billing", package=pkg,
                   套餐=PACKAGES[pkg][0], plan=plan, unsub_reason="payment_failed", 退订原因=UNSUB["payment_failed"])
                order(c, t, "subscription", fee, status="cancelled", channel="billing", package=pkg,
                      套餐=PACKAGES[pkg][0], billing_cycle=cycle, plan=plan)
                c["_sub"]["active"] = False
                return
            t = t + D(days=3)
        uk_rise = 1.12 if c["city"] in ("London", "Manchester") and t >= datetime(2026, 1, 1) else 1.0
        order(c, t, "subscription", round(fee * uk_rise), channel="billing", package=pkg, 套餐=PACKAGES[pkg][0],
              billing_cycle=cycle, plan=plan)
        c["_sub"]["cycles"] = cycle


# ---------- arrivals ----------

def booking_channel(c):
    city = c["city"]
    if c["acquisition_channel"] == "clinic_referral":
        return "clinic_referral"
    if city in CHINA:
        return R.pick(["app", "mini_program", "web", "phone"], [0.42, 0.40, 0.11, 0.07])
    return R.pick(["app", "web", "phone"], [0.55, 0.36, 0.09])


def device_for(channel, city):
    if channel in ("app", "mini_program"):
        return R.pick(["ios", "android"], [0.55, 0.45] if city not in ("Chengdu", "Guangzhou") else [0.4, 0.6])
    if channel == "web":
        return R.pick(["pc", "ios", "android"], [0.45, 0.3, 0.25])
    return None


def browse(c, ts, channel, device, n):
    N["sess"] += 1
    sess = f"S{N['sess'] + 900000}"
    for k in range(n):
        pkg = R.pick(PKG_NAMES)
        ev(c, ts + D(minutes=k * (1 + 4 * R.u())), "tp_browse", "view", channel=channel, device=device,
           session_id=sess, package=pkg, 套餐=PACKAGES[pkg][0])


def make_customer():
    city = R.pick(CITY_NAMES, CITY_W)
    acq = R.pick(["app_store", "search_ads", "social_media", "clinic_referral", "employer_program", "word_of_mouth"],
                 [0.18, 0.24, 0.18, 0.14, 0.08, 0.18])
    day = growth_day()
    t = at_time(day, 7.5 + 14.5 * R.u())
    c = new_customer(city, t, acq)
    ch = booking_channel(c)
    if ch == "clinic_referral":
        t0 = at_time(day, 9 + 8 * R.u())
        c["signup_at"] = clamp(t0)
        episode(c, t0, ch, None, "first", clinic=R.pick(CLINICS[city]))
    else:
        dev = device_for(ch, city)
        if ch in ("app", "mini_program", "web"):
            browse(c, t, ch, dev, R.randint(1, 4))
            if R.p(0.52):        # browsed and left
                c["segment"] = "browse_only"
                if R.p(0.25):
                    browse(c, t + D(days=3 + 60 * R.u()), ch, dev, R.randint(1, 3))
                return
            t0 = t + D(minutes=3 + 10 * R.u()) if R.p(0.6) else t + D(hours=3 + 100 * R.u())
        else:
            t0 = t
        episode(c, t0, ch, dev, "first")
    # returning customers book again
    t = c["signup_at"]
    for _ in range(3):
        if c["_subbed"] or not R.p(0.28):
            break
        t = t + D(days=45 + 200 * R.u())
        if t > END:
            break
        ch2 = ch if ch != "clinic_referral" else R.pick(["app", "phone", "clinic_referral"], [0.5, 0.2, 0.3])
        if c["city"] not in CHINA and ch2 == "mini_program":
            ch2 = "app"
        dev = device_for(ch2, c["city"])
        if ch2 in ("app", "mini_program", "web"):
            browse(c, t - D(minutes=5 + 20 * R.u()), ch2, dev, R.randint(1, 2))
        episode(c, t, ch2, dev, "repeat", clinic=R.pick(CLINICS[c["city"]]) if ch2 == "clinic_referral" else None)


# ---------- feedback ----------

TEXT = {
    "attempts": (["护士扎了好几针才抽出来，胳膊青了一大块。", "扎了好几针，老人手背都肿了，希望派有经验的护士来。",
                  "抽个血扎了好几针，最后还换了只手，体验很差。", "外包来的护士不太熟练，扎了好几针。",
                  "扎了好几针都没找到血管，孩子在旁边都吓哭了。"],
                 ["The nurse needed multiple attempts to find a vein and left a big bruise.",
                  "It took multiple attempts on my mum's arm, she is 78, not acceptable.",
                  "Multiple attempts and my arm is still sore two days later.",
                  "Third needle in, after multiple attempts she finally got it. Please train your agency staff.",
                  "Multiple attempts, lots of bruising. Won't book the home visit again."]),
    "late": (["护士迟到了快一个小时，我空腹等得头晕。", "约的7点到9点，护士迟到，上班都迟到了。",
              "护士迟到也没提前打电话说一声。", "第二次了，护士迟到四十多分钟。"],
             ["The nurse was late by almost an hour and I was fasting the whole time.",
              "Booked 7-9am, nurse was late and I missed my train to work.",
              "Nurse was late and nobody called to let me know.", "Second time the nurse was late. Not great."]),
    "slow_results": (["报告太慢了，说好24小时，等了三天。", "报告太慢，打了两次客服才出来。", "报告太慢了，医生那边一直在催。"],
                     ["Results took four days, you promise 24-48 hours.",
                      "Results took forever and support kept saying 'soon'.",
                      "My GP was waiting and the results took far too long."]),
    "redraw": (["样本被实验室拒收，又要重新抽血，白请了一次假。", "说样本溶血要重新抽血，挺折腾的。",
                "重新抽血一次还行，第二次真的受不了。", "送检出了问题让我重新抽血，起码道个歉吧。"],
               ["Lab rejected my sample so I needed a redraw, another morning off work.",
                "Had to have a redraw because the sample 'got warm in transit'. Annoying.",
                "Second redraw in a month. Sort out your courier.",
                "They asked for a redraw with no real explanation."]),
    "confusing": (["看不懂报告，一堆箭头也没人解释。", "报告上全是英文缩写，看不懂报告。", "看不懂报告，希望有通俗的说明。"],
                  ["I couldn't understand the report, just numbers and arrows.",
                   "Honestly couldn't understand the report without paying for a consult.",
                   "Couldn't understand the report at all, needs plain-language notes."]),
    "price": (["价格太贵了，医院抽血便宜多了。", "上门费加套餐，价格太贵。", "价格太贵，续订不起。"],
              ["Too pricey compared with my GP surgery.", "A bit too pricey for what it is.",
               "Good service but too pricey to keep doing every quarter."]),
    "address_form": (["网页上的地址填写有问题，定位不准，小区名搜不到。", "地址填写太麻烦，门牌号一直提示错误。"],
                     ["The address form on the website rejected my flat number.",
                      "Address form wouldn't accept my postcode, had to call in."]),
    "unconfirmed": (["下了单一直没人确认，不知道护士来不来。", "没人确认时间，只能自己打客服。"],
                    ["Booked online and no one confirmed the slot, had to chase.",
                     "No one confirmed my appointment so I wasn't sure anyone was coming."]),
    "doctor_good": (["医生讲解很耐心，把每个指标都说清楚了。", "医生讲解得很专业，心里踏实多了。"],
                    ["The doctor explained every result clearly, worth it.",
                     "Really helpful call, the doctor explained what to do next."]),
    "nurse_praise": (["护士很专业，一针就好，完全不疼。", "护士很专业也很有礼貌，还提醒我多喝水。", "护士很专业，老人很满意。"],
                     ["The nurse was so gentle, didn't feel a thing.", "Lovely nurse, so gentle with my son.",
                      "Quick, clean and so gentle. Great nurse."]),
    "convenient": (["足不出户就能抽血，太方便了。", "带娃没时间去医院，足不出户就搞定。", "足不出户，早上在家抽完血就去上班。"],
                   ["So convenient, done before breakfast at home.", "So convenient for my elderly dad.",
                    "So convenient compared with queueing at the clinic."]),
    "autorenew": (["自动续费没有提前提醒，直接扣钱了。", "自动续费取消入口太难找。"],
                  ["The auto-renew charged me without any reminder.",
                   "Couldn't find how to turn off auto-renew in the app."]),
    "generic_pos": (["整体体验不错，会推荐给家人。", "服务挺好的，下次还会用。", "流程顺畅，挺满意。"],
                    ["Good experience overall, would recommend.", "Smooth from start to finish.",
                     "Everything worked as described, happy."]),
    "generic_neu": (["还行吧，和预期差不多。", "一般，没什么特别的。", "服务中规中矩。"],
                    ["It was fine, nothing special.", "Okay service, as expected.", "Average experience."]),
    "generic_neg": (["体验一般，有待改进。", "客服回复太慢了。", "不太满意，沟通不到位。"],
                    ["Not very impressed, communication could be better.", "Customer service took ages to reply.",
                     "Disappointing, expected more."]),
}
MARKERS = {"attempts": ["扎了好几针", "multiple attempts"], "late": ["护士迟到", "nurse was late"],
           "slow_results": ["报告太慢", "results took"], "redraw": ["重新抽血", "redraw"],
           "confusing": ["看不懂报告", "couldn't understand the report"], "price": ["价格太贵", "too pricey"],
           "address_form": ["地址填写", "address form"], "unconfirmed": ["没人确认", "no one confirmed"],
           "doctor_good": ["医生讲解", "doctor explained"], "nurse_praise": ["护士很专业", "so gentle"],
           "convenient": ["足不出户", "so convenient"], "autorenew": ["自动续费", "auto-renew"]}
SENT = {"attempts": "negative", "late": "negative", "slow_results": "negative", "redraw": "negative",
        "confusing": "negative", "price": "negative", "address_form": "negative", "unconfirmed": "negative",
        "doctor_good": "positive", "nurse_praise": "positive", "convenient": "positive", "autorenew": "negative",
        "generic_pos": "positive", "generic_neu": "neutral", "generic_neg": "negative"}
N_FB = [0]


def fb(ts, cust, lang, topic, channel, tp=None, rating=None, nps=None, city=None, bid=None, wave=None, text=None):
    if ts is not None and (ts > END or ts < START):
        return
    if text is None:
        text = R.pick(TEXT[topic][0 if lang == "zh" else 1])
    N_FB[0] += 1
    FEEDBACK.append({"feedback_id": f"F{N_FB[0] + 40000}", "text": text, "ts": clamp(ts) if ts else None,
                     "customer_id": cust["customer_id"] if cust else None, "touchpoint_id": tp, "channel": channel,
                     "rating": rating, "nps": nps, "language": lang, "city": city or (cust["city"] if cust else None),
                     "booking_id": bid, "survey_wave": wave, "_topic": topic, "_sent": SENT.get(topic, "neutral")})


def rating_for(topic):
    s = SENT[topic]
    if s == "negative":
        return R.pick([1, 2, 3], [0.35, 0.4, 0.25])
    if s == "positive":
        return R.pick([4, 5], [0.3, 0.7])
    return R.pick([3, 4], [0.6, 0.4])


def make_feedback():
    # post-visit survey (SMS / app, after each collection attempt)
    for v in VISITS:
        after_reject = v["kind"] == "recollection" and v["ep"]["reject"]
        if v["out"] == "not_home" or not R.p(0.45 if after_reject else 0.2):
            continue
        c = v["c"]
        lang = c["preferred_language"]
        tp = "tp_collection"
        if v["att"] >= 2 and R.p(0.75 if v["att"] >= 3 else 0.45):
            topic = "attempts"
        elif v["late"] and R.p(0.6):
            topic = "late"
        elif v["out"] == "not_fasting":
            topic = R.pick(["generic_neu", "generic_neg"])
        elif after_reject and R.p(0.7):
            topic, tp = "redraw", "tp_lab"
        else:
            topic = R.pick(["nurse_praise", "convenient", "generic_pos", "generic_neu", "generic_neg", "price"],
                           [0.28, 0.27, 0.2, 0.12, 0.06, 0.07])
        r = rating_for(topic)
        if v["late"] and topic != "late":
            r = max(1, r - 1)
        fb(v["ts"] + D(hours=1 + 20 * R.u()), c, lang, topic, "post_visit_survey", tp, rating=r,
           bid=v["ep"]["bid"])
    for ep in EPISODES:
        c = ep["c"]
        lang = c["preferred_language"]
        # report survey (in-app, after release)
        if ep["results_ts"] is not None and R.p(0.09):
            if ep["recollected"] and ep["reject"] and R.p(0.6):
                topic, tp = "redraw", "tp_lab"
            elif ep["tat"] > 48 and R.p(0.55):
                topic, tp = "slow_results", "tp_results"
            elif ep["flag"] != "normal" and ep["consult"] is None and R.p(0.45):
                topic, tp = "confusing", "tp_results"
            else:
                topic, tp = R.pick(["generic_pos", "generic_neu", "convenient"], [0.5, 0.3, 0.2]), "tp_results"
            fb(ep["results_ts"] + D(hours=2 + 40 * R.u()), c, lang, topic, "report_survey", tp,
               rating=rating_for(topic), bid=ep["bid"])
        # consult survey
        if ep["consult"] == "completed" and R.p(0.3):
            topic = R.pick(["doctor_good", "generic_pos", "generic_neu", "generic_neg"], [0.55, 0.2, 0.15, 0.1])
            fb(ep["results_ts"] + D(hours=80 + 20 * R.u()), c, lang, topic, "consult_survey", "tp_teleconsult",
               rating=rating_for(topic), bid=ep["bid"])
        # call notes from customer-service contacts
        for ts, reason in ep["contacts"]:
            if not R.p(0.45):
                continue
            topic, tp = {"nurse_late": ("late", "tp_collection"), "report_query": ("slow_results", "tp_results"),
                         "redraw": ("redraw", "tp_lab"), "address_change": ("address_form", "tp_booking"),
                         "refund": ("generic_neg", "tp_cancel"), "reschedule": ("generic_neu", "tp_confirm"),
                         "billing": ("autorenew", "tp_subscription")}[reason]
            if reason == "redraw" and ep.get("attempts_max", 0) >= 3 and not ep["reject"]:
                topic, tp = "attempts", "tp_collection"
            if reason == "address_change" and ep["channel"] != "web" and R.p(0.5):
                topic, tp = "unconfirmed", "tp_confirm"
            fb(ts + D(minutes=5 + 20 * R.u()), c, lang, topic, "call_note", tp, bid=ep["bid"])
        if ep["end"] == "not_confirmed" and R.p(0.12):
            topic = "unconfirmed" if R.p(0.6) else "address_form"
            fb(ep["t0"] + D(days=1 + 2 * R.u()), c, lang, topic, "call_note",
               "tp_confirm" if topic == "unconfirmed" else "tp_booking", bid=ep["bid"])
    # subscription billing complaints
    for c in CUSTOMERS:
        if c["_sub"] and R.p(0.06):
            fb(c["_sub"]["start"] + D(days=90 + R.randint(0, 60)), c, c["preferred_language"], "autorenew",
               "call_note", "tp_subscription")
    # NPS waves (quarterly, sent on the 10th day after quarter end to patients with a visit that quarter)
    waves = [("2025-Q1", date(2025, 1, 1), date(2025, 3, 31)), ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30)),
             ("2025-Q3", date(2025, 7, 1), date(2025, 9, 30)), ("2025-Q4", date(2025, 10, 1), date(2025, 12, 31)),
             ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31))]
    seen = {}
    for v in VISITS:
        seen.setdefault(v["c"]["customer_id"], []).append(v)
    for label, a, b in waves:
        sent = datetime(b.year, b.month, b.day) + D(days=10)
        for cid, vs in seen.items():
            vq = [v for v in vs if a <= v["ts"].date() <= b]
            if not vq or not R.p(0.2):
                continue
            c = vq[0]["c"]
            bad = any(v["att"] >= 2 or v["kind"] == "recollection" for v in vq)
            late = any(v["late"] for v in vq)
            base = 8.9 - (3.4 if bad else 0) - (1.8 if late else 0) + 1.3 * R.n()
            if c["city"] in ("London", "Manchester") and a >= date(2026, 1, 1) and c["_subbed"]:
                base -= 2.5
            score = int(min(10, max(0, round(base))))
            lang = c["preferred_language"]
            if R.p(0.45):
                text, topic = ("（未填写）" if lang == "zh" else "(no comment)"), "no_comment"
                fb(sent + D(hours=R.u() * 240), c, lang, topic, "nps_survey", None, nps=score, wave=label, text=text)
                continue
            if score <= 6:
                topic = R.pick(["attempts", "late", "redraw", "price", "slow_results", "generic_neg"],
                               [0.3, 0.15, 0.2, 0.15, 0.1, 0.1] if bad else
                               [0.0, 0.4, 0.0, 0.3, 0.1, 0.2] if late else [0.0, 0.0, 0.0, 0.5, 0.2, 0.3])
            elif score <= 8:
                topic = R.pick(["generic_neu", "price", "convenient"], [0.5, 0.2, 0.3])
            else:
                topic = R.pick(["convenient", "nurse_praise", "generic_pos"], [0.45, 0.25, 0.3])
            fb(sent + D(hours=R.u() * 240), c, lang, topic, "nps_survey", None, nps=score, wave=label)
    # app-store / mini-program reviews (no customer id)
    for _ in range(380):
        city = R.pick(CITY_NAMES, CITY_W)
        lang = "zh" if R.p(CITIES[city][5]) else "en"
        topic = R.pick(["convenient", "address_form", "price", "generic_pos", "generic_neg", "unconfirmed",
                        "attempts"], [0.3, 0.1, 0.14, 0.22, 0.12, 0.06, 0.06])
        tp = {"address_form": "tp_booking", "unconfirmed": "tp_confirm"}.get(topic)
        day = growth_day()
        fb(at_time(day, 8 + 14 * R.u()), None, lang, topic, "app_review", tp, rating=rating_for(topic), city=city)
    # social posts (小红书 / Trustpilot), no customer id, no rating
    for _ in range(260):
        city = R.pick(CITY_NAMES, CITY_W)
        lang = "zh" if R.p(CITIES[city][5]) else "en"
        day = growth_day()
        topic = R.pick(["convenient", "attempts", "price", "late", "nurse_praise", "generic_neu", "redraw"],
                       [0.26, 0.14, 0.16, 0.1, 0.14, 0.12, 0.08])
        if topic == "redraw" and city == "Guangzhou":
            day = date(2025, 8, R.randint(5, 31))
        fb(at_time(day, 8 + 15 * R.u()), None, lang, topic, "social", None, city=city)
    # paper forms at partner clinics, typed in later without a date
    referred = [ep for ep in EPISODES if ep["channel"] == "clinic_referral" and ep["results_ts"] is not None]
    for ep in referred:
        if not R.p(0.09):
            continue
        c = ep["c"]
        topic = R.pick(["convenient", "generic_pos", "confusing", "slow_results", "generic_neu"],
                       [0.3, 0.25, 0.2, 0.1, 0.15])
        tp = "tp_results" if topic in ("confusing", "slow_results") else "tp_booking"
        fb(None, c, c["preferred_language"], topic, "clinic_form", tp, rating=rating_for(topic), bid=ep["bid"])


def segments():
    for c in CUSTOMERS:
        if c["segment"] == "browse_only":
            continue
        if c["_sub"] is not None:
            c["segment"] = "subscriber" if c["_sub"]["active"] else "lapsed_subscriber"
        elif c["_eps"] >= 2:
            c["segment"] = "repeat"
        elif c["_eps"] == 1:
            c["segment"] = "one_time"
        else:
            c["segment"] = "browse_only"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for city in CITY_NAMES:
        n = 40 if city in ("Shanghai", "London") else 26
        NURSES[city] = [(f"N{city[:3].upper()}{k:03d}", "agency" if R.p(0.3 if city != "London" else 0.45)
                         else "staff") for k in range(1, n + 1)]
    for _ in range(17500):
        make_customer()
    make_feedback()
    segments()
    write(out)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    return v


def write(out: Path):
    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp, zh, en, stage, ch, kind, owner, al in TOUCHPOINTS:
            w.writerow([tp, zh, zh, en, stage, ch, kind, owner, al])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, steps, win in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, k, tp, win])
    cols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "城市",
            "age_band", "gender", "chronic_condition", "慢病类型", "preferred_language"]
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for c in CUSTOMERS:
            w.writerow([fmt(c[k]) for k in cols])
    EVENTS.sort(key=lambda e: e["ts"])
    for k, e in enumerate(EVENTS, 1):
        e["event_id"] = f"E{k + 10000000}"
    # nurse-app re-sends: exact duplicate rows
    dup = [e for e in EVENTS if e["touchpoint_id"] == "tp_collection"]
    dup = [dup[int(R.u() * len(dup))] for _ in range(36)]
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(EV_COLS)
        rows = EVENTS + dup
        for e in rows:
            w.writerow([fmt(e.get(k)) for k in EV_COLS])
    ORDERS.sort(key=lambda o: o["ts"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ORD_COLS)
        for o in ORDERS:
            w.writerow([fmt(o.get(k)) for k in ORD_COLS])
    FEEDBACK.sort(key=lambda r: (r["ts"] is None, r["ts"] or datetime.min))
    for r in FEEDBACK:
        mk = [t for t, ws in MARKERS.items() if any(x.lower() in r["text"].lower() for x in ws)]
        assert mk == ([r["_topic"]] if r["_topic"] in MARKERS else []), (r["text"], r["_topic"], mk)
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FB_COLS)
        for r in FEEDBACK:
            w.writerow([fmt(r.get(k)) for k in FB_COLS])
    (out / "_truth").mkdir(exist_ok=True)
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "topic", "sentiment"])
        for r in FEEDBACK:
            w.writerow([r["feedback_id"], r["_topic"], r["_sent"]])
    print(f"customers {len(CUSTOMERS)}, events {len(EVENTS)} (+{len(dup)} dup), episodes {len(EPISODES)}, "
          f"orders {len(ORDERS)}, feedback {len(FEEDBACK)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
