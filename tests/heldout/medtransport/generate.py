"""安途 CareWay Patient Transport: non-emergency patient transport (wheelchair vans, stretcher ambulances, seated
escort cars) for hospitals, clinics, dialysis centres and families in Sydney, Melbourne, Vancouver, Auckland,
上海 Shanghai, 北京 Beijing, 深圳 Shenzhen and 武汉 Wuhan (synthetic, written blind).

A patient (one customer_id) comes in through a hospital / clinic / dialysis-centre referral (医院转介: e-referral
portal, fax, email, ward phone call, WeChat) or a family phone call / web form / WeChat mini-program request
(家属预约). The intake team checks eligibility and the payer (资格与保险核验: approved / pending_docs / denied), the
scheduler books each leg (预约排班), dispatch assigns a crew and vehicle (派车), the crew picks the patient up
(接到患者: on_time / late / no_show), transports (途中转运) and hands over at the destination (送达交接). Each
completed leg is billed to the hospital (contract), to an insurer or public transport scheme (保险理赔: paid /
denied; denials may be appealed, 拒赔申诉) or to the patient (患者账单: self-pay, or the balance after a final
denial). Dialysis patients ride on standing orders (透析长期预约: enrolled / renewed / ended), three sessions a week,
two legs each.

Data 2025-01-01 .. 2026-06-30 (dispatch + billing extract taken mid-July 2026). Times are naive local times of
each city. Money (orders.amount) is USD, the group's reporting currency; currency + amount_local keep what was
charged.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260715), numpy only. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from bisect import bisect_right
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260715
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_DAYS = (END.date() - START.date()).days + 1
MAPLE_PA = datetime(2025, 10, 1)          # Maple Mutual starts requiring prior authorisation
CREW_CRISIS = ("Melbourne", 2025, 7)      # Melbourne crews off sick / short-staffed in July 2025


class Rand:
    """buffered numpy draws (scalar numpy calls are slow); fixed seed, deterministic."""

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
        return -mean * np.log(1.0 - self.u())

    def randint(self, a, b):  # inclusive
        return a + int(self.u() * (b - a + 1))

    def lognorm(self, median, sigma):
        return median * float(np.exp(sigma * self.n()))


R = Rand(SEED)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_referral", "医院转介", "Hospital / clinic referral", "awareness", "other", "digital", "intake",
     "转介|转诊单|出院转运申请|病房下单|referral|e-referral|discharge referral|referral form|hospital booking"),
    ("tp_family_request", "家属预约", "Family / patient request", "awareness", "phone", "digital", "intake",
     "家属来电|预约电话|小程序下单|网上预约|family call|phone booking|booking request|enquiry|web request"),
    ("tp_eligibility", "资格与保险核验", "Eligibility & insurance check", "consideration", "other", "digital",
     "eligibility", "资格审核|医保核验|保险核验|审核|eligibility check|benefits check|insurance verification|"
     "coverage check|prior auth"),
    ("tp_booking", "预约排班", "Trip booking", "purchase", "phone", "digital", "scheduling",
     "订车|排班|预约成功|下单|booking|trip booking|scheduling|reservation"),
    ("tp_cancellation", "行程取消", "Trip cancellation", "purchase", "phone", "digital", "scheduling",
     "取消预约|退单|取消行程|cancellation|cancelled trip|late cancel"),
    ("tp_dispatch", "派车调度", "Dispatch", "service", "app", "digital", "dispatch",
     "派单|调度|派车|排车|dispatch|crew assignment|vehicle assignment|allocation"),
    ("tp_pickup", "接到患者", "Patient pickup", "service", "other", "physical", "field_crews",
     "接人|上门接送|接患者|到达接人|pickup|pick-up|collection|arrival at pickup|no-show"),
    ("tp_transport", "途中转运", "In-transit", "service", "other", "physical", "field_crews",
     "转运途中|路上|运送|transport|ride|journey|in transit|transfer"),
    ("tp_dropoff", "送达交接", "Drop-off & handover", "service", "other", "physical", "field_crews",
     "送达|交接|到院交接|下车|drop-off|dropoff|handover|hand-off|arrival"),
    ("tp_insurer_claim", "保险理赔", "Insurer claim", "service", "email", "digital", "claims",
     "理赔|向保险公司结算|报销|拒赔|claim|insurer billing|claim denial|reimbursement|payer billing"),
    ("tp_appeal", "拒赔申诉", "Denial appeal", "service", "email", "digital", "claims",
     "申诉|复议|重新审核|appeal|reconsideration|dispute a denial"),
    ("tp_patient_bill", "患者账单", "Patient bill", "service", "email", "digital", "billing",
     "账单|自费账单|自付|付款|催款|patient invoice|bill|statement|self-pay|out-of-pocket|balance bill"),
    ("tp_standing_order", "透析长期预约", "Dialysis standing order", "loyalty", "other", "digital", "renal_program",
     "长期预约|固定接送|透析接送|standing order|recurring ride|dialysis schedule|subscription"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("referral_to_trip", "转介到完成转运", "Referral to completed trip",
     ["tp_referral", "tp_eligibility", "tp_booking", "tp_pickup", "tp_dropoff"], 30),
    ("family_to_trip", "家属预约到完成转运", "Family request to completed trip",
     ["tp_family_request", "tp_eligibility", "tp_booking", "tp_pickup", "tp_dropoff"], 30),
    ("dispatch_to_handover", "派车到交接", "Dispatch to handover",
     ["tp_dispatch", "tp_pickup", "tp_transport", "tp_dropoff"], 2),
]

# city: zh, region, currency, USD per unit, price factor, weight, English-speaking
CITIES = {
    "Sydney": ("悉尼", "Australia", "AUD", 0.66, 1.00, 0.17, True),
    "Melbourne": ("墨尔本", "Australia", "AUD", 0.66, 0.97, 0.14, True),
    "Vancouver": ("温哥华", "Canada", "CAD", 0.73, 1.05, 0.12, True),
    "Auckland": ("奥克兰", "New Zealand", "NZD", 0.60, 0.95, 0.08, True),
    "Shanghai": ("上海", "China", "CNY", 0.139, 0.42, 0.16, False),
    "Beijing": ("北京", "China", "CNY", 0.139, 0.40, 0.14, False),
    "Shenzhen": ("深圳", "China", "CNY", 0.139, 0.40, 0.10, False),
    "Wuhan": ("武汉", "China", "CNY", 0.139, 0.33, 0.09, False),
}
CITY_NAMES = list(CITIES)
CITY_W = [CITIES[c][5] for c in CITY_NAMES]
HOSPITALS = {
    "Sydney": ["Harbourside General Hospital", "St Aidan's Hospital", "Northshore Private Hospital"],
    "Melbourne": ["Yarra General Hospital", "St Brigid's Hospital", "Bayside Private Hospital"],
    "Vancouver": ["Fraser General Hospital", "Burrard Health Centre", "Lions Gate Community Hospital"],
    "Auckland": ["Kauri Park Hospital", "Manukau Bay Hospital"],
    "Shanghai": ["浦江医院", "长宁中心医院", "徐汇康复医院"],
    "Beijing": ["京西医院", "朝阳和平医院", "海淀老年病医院"],
    "Shenzhen": ["南山滨海医院", "福田中心医院"],
    "Wuhan": ["江汉医院", "东湖人民医院"],
}
DIALYSIS_CENTRES = {c: ([f"{c} Renal Centre North", f"{c} Renal Centre South"] if CITIES[c][6]
                        else [f"{CITIES[c][0]}血液透析中心", f"{CITIES[c][0]}肾病医院透析室"]) for c in CITIES}
PAYER_ZH = {"hospital_contract": "医院合约", "public_program": "公共交通补助", "private_insurer": "商业保险",
            "self_pay": "自费"}
PUBLIC_PROGRAM = {"Australia": "State Patient Transport Scheme", "Canada": "BC Medical Travel Plan",
                  "New Zealand": "National Travel Assistance"}
PRIVATE = {"Australia": (["Wattle Health Fund", "Coral Cover"], [0.55, 0.45]),
           "Canada": (["Maple Mutual", "Cedar Life"], [0.62, 0.38]),
           "New Zealand": (["Koru Health"], [1.0]),
           "China": (["安康人寿", "瑞泰健康险", "华盛保险"], [0.4, 0.35, 0.25])}
DENIAL_BASE = {"State Patient Transport Scheme": 0.09, "BC Medical Travel Plan": 0.08,
               "National Travel Assistance": 0.07, "Wattle Health Fund": 0.08, "Coral Cover": 0.10,
               "Maple Mutual": 0.06, "Cedar Life": 0.07, "Koru Health": 0.06, "安康人寿": 0.11, "瑞泰健康险": 0.08,
               "华盛保险": 0.13}
DENIAL = {"missing_documents": "材料不全", "not_medically_necessary": "非医疗必需", "coverage_lapsed": "保单失效",
          "trip_not_covered": "不在保障范围", "duplicate_claim": "重复申请", "no_prior_auth": "无事先授权"}
DENIAL_W = [0.35, 0.25, 0.12, 0.15, 0.08, 0.05]
APPEAL_P = {"missing_documents": 0.75, "not_medically_necessary": 0.5, "coverage_lapsed": 0.1,
            "trip_not_covered": 0.2, "duplicate_claim": 0.3, "no_prior_auth": 0.85}
OVERTURN_P = {"missing_documents": 0.7, "not_medically_necessary": 0.3, "coverage_lapsed": 0.15,
              "trip_not_covered": 0.15, "duplicate_claim": 0.5, "no_prior_auth": 0.62}
VEHICLE = {"seated_car": ("陪诊专车", 40.0, 1.5), "wheelchair_van": ("轮椅车", 70.0, 2.2),
           "stretcher_ambulance": ("担架车", 160.0, 3.5)}
MOBILITY = {"ambulatory": ("可自行行走", "seated_car"), "wheelchair": ("轮椅", "wheelchair_van"),
            "stretcher": ("卧床/担架", "stretcher_ambulance")}
TRIP_TYPE = {"discharge": "出院回家", "outpatient": "门诊往返", "dialysis": "透析", "inter_facility": "转院"}
DEST = {"home": "家中", "hospital_ward": "医院病房", "clinic": "门诊", "dialysis_centre": "透析中心",
        "aged_care": "养老院"}
LATE_REASON = {"traffic": "交通拥堵", "prior_trip_overrun": "上一单超时", "address_issue": "地址难找",
               "dispatch_error": "调度失误", "vehicle_issue": "车辆故障", "crew_shortage": "人手不足"}
LATE_W = [0.36, 0.30, 0.10, 0.09, 0.08, 0.07]
NOSHOW = {"not_ready": "患者未准备好", "not_home": "无人在家", "refused": "患者拒绝乘车", "already_left": "已自行前往",
          "admitted": "已入院"}
CANCEL = {"patient_unwell": "身体不适", "appointment_changed": "门诊改期", "discharge_delayed": "出院推迟",
          "family_driving": "家属自行接送", "admitted": "住院", "booked_elsewhere": "改约其他机构"}
INCIDENT = {"wheelchair_lift_fault": "轮椅升降梯故障", "patient_unwell": "途中不适", "vehicle_breakdown": "车辆抛锚",
            "minor_collision": "轻微碰撞"}
END_REASON = {"transplant": "肾移植", "home_dialysis": "改居家透析", "moved_away": "搬家", "family_driving": "家属接送",
              "passed_away": "离世", "switched_provider": "换服务商", "long_hospital_stay": "长期住院"}
PAY = {"card": "银行卡", "bank_transfer": "银行转账", "cheque": "支票", "wechat_pay": "微信支付", "alipay": "支付宝",
       "direct_debit": "自动扣款"}
DOCS = {"physician_signature": "医生签字", "medical_necessity_form": "医疗必要性证明", "insurance_card": "保险卡信息",
        "mobility_assessment": "行动能力评估"}
RELATION = {"daughter": "女儿", "son": "儿子", "spouse": "配偶", "self": "本人", "carer": "护工", "other": "其他亲友"}
ROLE = ["discharge_planner", "ward_nurse", "social_worker", "clinic_receptionist", "renal_coordinator"]

EV_COLS = [
    "event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "city",
    "trip_id", "referral_source", "referring_facility", "referrer_role", "caller_relation", "来电人关系",
    "call_wait_sec", "trip_type", "行程类型", "payer_type", "付费方", "insurer", "docs_missing", "缺少材料",
    "check_reason", "vehicle_type", "车型", "leg", "scheduled_pickup", "lead_time_hours", "escort", "oxygen",
    "cancel_reason", "取消原因", "notice_hours", "crew_id", "vehicle_id", "dispatcher", "minutes_to_assign",
    "minutes_late", "late_reason", "迟到原因", "no_show_reason", "未接到原因", "distance_km", "duration_min",
    "incident_type", "事件类型", "destination_type", "目的地类型", "handover_wait_min", "claim_no", "amount_usd",
    "denial_reason", "拒赔原因", "days_to_decision", "decided_at", "bill_no", "bill_type", "payment_method",
    "付款方式", "days_to_pay", "dialysis_centre", "schedule", "end_reason", "结束原因",
]
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRIPS: list[dict] = []
N_TRIP = [0]
N_CLAIM = [0]
N_BILL = [0]


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


def at_time(day: date, hour: float) -> datetime:
    return datetime(day.year, day.month, day.day) + D(hours=hour)


def work_time(day: date, lo=8.0, hi=18.0) -> datetime:
    return at_time(day, lo + R.u() * (hi - lo))


def growth_day() -> date:
    """arrival day over the period, volume growing ~25 % over 18 months."""
    while True:
        k = int(R.u() * N_DAYS)
        if R.u() < (0.8 + 0.2 * k / N_DAYS):
            d = START.date() + D(days=k)
            if d.weekday() == 6 and R.u() < 0.6:   # Sundays are quiet
                continue
            return d


# ---------- customers ----------

CUSTOMERS: list[dict] = []


def new_customer(city, signup: datetime, channel, mobility=None, payer=None, insurer=None, dialysis=False):
    cid = f"P{len(CUSTOMERS) + 100001}"
    en = CITIES[city][6]
    region = CITIES[city][1]
    if mobility is None:
        mobility = R.pick(["ambulatory", "wheelchair", "stretcher"], [0.32, 0.5, 0.18])
    age = R.pick(["18-44", "45-64", "65-74", "75-84", "85+"], [0.08, 0.2, 0.24, 0.3, 0.18])
    if en:
        lang = "zh" if R.p(0.14 if city in ("Vancouver", "Sydney", "Auckland") else 0.08) else "en"
    else:
        lang = "en" if R.p(0.02) else "zh"
    c = {"customer_id": cid, "signup_at": clamp(signup), "segment": "", "region": region, "city": city,
         "城市": CITIES[city][0], "acquisition_channel": channel, "age_band": age, "mobility": mobility,
         "行动能力": MOBILITY[mobility][0], "payer_type": payer or "", "付费方": PAYER_ZH.get(payer, ""),
         "insurer": insurer or "", "preferred_language": lang,
         "has_caregiver": "yes" if R.p(0.7 if age in ("75-84", "85+") else 0.5) else "no",
         "_dialysis": dialysis, "_trips": 0, "_lang": lang}
    CUSTOMERS.append(c)
    return c


def choose_payer(cust, trip_type):
    region = cust["region"]
    if region == "China":
        opts = {"outpatient": ([0.05, 0, 0.23, 0.72]), "discharge": ([0.40, 0, 0.15, 0.45]),
                "inter_facility": ([0.55, 0, 0.15, 0.30]), "dialysis": ([0.10, 0, 0.35, 0.55])}[trip_type]
    else:
        opts = {"outpatient": ([0.04, 0.30, 0.33, 0.33]), "discharge": ([0.62, 0.06, 0.20, 0.12]),
                "inter_facility": ([0.80, 0.04, 0.12, 0.04]), "dialysis": ([0.0, 0.75, 0.20, 0.05])}[trip_type]
    payer = R.pick(["hospital_contract", "public_program", "private_insurer", "self_pay"], opts)
    insurer = ""
    if payer == "public_program":
        insurer = PUBLIC_PROGRAM[region]
    elif payer == "private_insurer":
        names, w = PRIVATE[region]
        insurer = R.pick(names, w)
    return payer, insurer


def fare_usd(city, vehicle, km):
    _, base, per_km = VEHICLE[vehicle]
    return round((base + per_km * km) * CITIES[city][4] * (0.95 + 0.1 * R.u()), 2)


# ---------- trips ----------

def make_trip(cust, trip_type, vehicle, leg, sched: datetime, booked_at: datetime, channel, payer, insurer,
              origin_dest, facility=""):
    """one leg: booking, maybe cancellation, dispatch, pickup, transport, drop-off, then billing."""
    if sched > END + D(days=30) or booked_at > END:
        return None
    N_TRIP[0] += 1
    tid = f"T{N_TRIP[0] + 3000000}"
    city = cust["city"]
    dest = origin_dest
    lead = (sched - booked_at).total_seconds() / 3600
    oxygen = "yes" if (vehicle == "stretcher_ambulance" and R.p(0.3)) else "no"
    escort = "yes" if R.p(0.25 if cust["age_band"] in ("75-84", "85+") else 0.1) else "no"
    common = dict(trip_id=tid, trip_type=trip_type, 行程类型=TRIP_TYPE[trip_type], vehicle_type=vehicle,
                  车型=VEHICLE[vehicle][0], leg=leg)
    ev(cust, booked_at, "tp_booking", "confirmed", channel=channel, scheduled_pickup=clamp(sched),
       lead_time_hours=round(lead, 1), escort=escort, oxygen=oxygen, payer_type=payer, 付费方=PAYER_ZH[payer],
       insurer=insurer, **common)
    trip = {"trip_id": tid, "cust": cust, "type": trip_type, "vehicle": vehicle, "leg": leg, "sched": sched,
            "payer": payer, "insurer": insurer, "status": "booked", "dest": dest}
    TRIPS.append(trip)
    # advance cancellation
    p_cancel = {"dialysis": 0.045, "outpatient": 0.09, "discharge": 0.07, "inter_facility": 0.05}[trip_type]
    disp_lead = 1.0 + R.exp(8.0) if lead > 12 else max(0.3, lead * (0.2 + 0.6 * R.u()))
    disp_ts = sched - D(hours=min(disp_lead, max(0.25, lead - 0.1)))
    if R.p(p_cancel):
        reason = R.pick(list(CANCEL), {"dialysis": [0.45, 0, 0, 0.1, 0.45, 0],
                                       "outpatient": [0.35, 0.35, 0, 0.15, 0.05, 0.1],
                                       "discharge": [0.05, 0, 0.75, 0.15, 0, 0.05],
                                       "inter_facility": [0.1, 0, 0.6, 0, 0.2, 0.1]}[trip_type])
        notice = min(lead, R.exp(20.0) if R.p(0.75) else R.u() * 2.0)
        cts = sched - D(hours=notice)
        if cts >= disp_ts:
            ev(cust, disp_ts, "tp_dispatch", "assigned", channel="dispatch_app", **_crew(city, vehicle, lead),
               **common)
        ev(cust, cts, "tp_cancellation", "cancelled", channel=R.pick(["phone", "portal", "mini_program"],
           [0.8, 0.15, 0.05] if CITIES[city][6] else [0.55, 0.1, 0.35]), cancel_reason=reason,
           取消原因=CANCEL[reason], notice_hours=round(notice, 1), **common)
        trip["status"] = "cancelled"
        if payer == "self_pay" and notice < 2 and CITIES[city][6] and cts <= END:
            _order(cust, "late_cancel_fee", cts, round(25 * CITIES[city][4], 2), "paid" if R.p(0.7) else "unpaid",
                   tid)
        return trip
    # dispatch
    if R.p(0.018 if trip_type != "dialysis" else 0.008):
        ev(cust, disp_ts, "tp_dispatch", "uncovered", channel="dispatch_app", minutes_to_assign="",
           dispatcher=R.pick(["D01", "D02", "D03", "D04", "D05", "D06"]), **common)
        trip["status"] = "uncovered"
        return trip
    action = "reassigned" if R.p(0.07) else "assigned"
    ev(cust, disp_ts, "tp_dispatch", action, channel="dispatch_app", **_crew(city, vehicle, lead), **common)
    # pickup
    p_late = 0.065 + (0.03 if not CITIES[city][6] else 0.0)
    if leg == "return":
        p_late += 0.05
        if trip_type == "dialysis":
            p_late += 0.09
    if trip_type == "discharge":
        p_late += 0.01
    crisis = (city, sched.year, sched.month) == CREW_CRISIS
    if crisis:
        p_late += 0.33
    if sched.month in (6, 7, 8) and city in ("Sydney", "Melbourne", "Auckland"):
        p_late += 0.015
    if sched.month in (12, 1) and city in ("Vancouver", "Beijing"):
        p_late += 0.01
    p_noshow = {"dialysis": 0.018, "outpatient": 0.045, "discharge": 0.012, "inter_facility": 0.008}[trip_type]
    if channel in ("phone", "web", "mini_program") and trip_type == "outpatient":
        p_noshow += 0.02
    x = R.u()
    if x < p_noshow:
        arr = sched + D(minutes=R.randint(-10, 20))
        reason = R.pick(list(NOSHOW), [0.35, 0.25, 0.15, 0.15, 0.1])
        ev(cust, arr, "tp_pickup", "no_show", channel="crew_app", scheduled_pickup=clamp(sched),
           no_show_reason=reason, 未接到原因=NOSHOW[reason], **common)
        trip["status"] = "no_show"
        if payer == "self_pay" and CITIES[city][6] and arr <= END and R.p(0.5):
            _order(cust, "late_cancel_fee", arr, round(25 * CITIES[city][4], 2), "paid" if R.p(0.6) else "unpaid",
                   tid)
        return trip
    late = R.u() < p_late
    if late:
        mins = 16 + int(R.exp(22 if not crisis else 38))
        if crisis and R.p(0.7):
            reason = "crew_shortage"
        elif trip_type == "dialysis" and leg == "return" and R.p(0.5):
            reason = "prior_trip_overrun"
        else:
            reason = R.pick(list(LATE_REASON), LATE_W)
        pu = sched + D(minutes=mins, seconds=R.randint(0, 59))
        ev(cust, pu, "tp_pickup", "late", channel="crew_app", scheduled_pickup=clamp(sched), minutes_late=mins,
           late_reason=reason, 迟到原因=LATE_REASON[reason], **common)
    else:
        mins = R.randint(-12, 15)
        pu = sched + D(minutes=mins, seconds=R.randint(0, 59))
        ev(cust, pu, "tp_pickup", "on_time", channel="crew_app", scheduled_pickup=clamp(sched),
           minutes_late=max(0, mins), **common)
    trip["late"] = late
    trip["minutes_late"] = mins if late else 0
    # transport
    km = round(min(90.0, R.lognorm(8.0 if trip_type == "dialysis" else (22 if trip_type == "inter_facility" else 12),
                                   0.55)), 1)
    dur = int(8 + km * (2.6 if not CITIES[city][6] else 3.1) * (0.8 + 0.4 * R.u()))
    dep = pu + D(minutes=R.randint(4, 14 if vehicle != "stretcher_ambulance" else 22))
    p_inc = 0.011 + (0.01 if vehicle == "wheelchair_van" else 0)
    if R.p(p_inc):
        it = R.pick(list(INCIDENT), [0.4, 0.3, 0.2, 0.1] if vehicle == "wheelchair_van" else [0.0, 0.5, 0.35, 0.15])
        tact = "diverted" if (it == "patient_unwell" and R.p(0.4)) else "incident"
        dur += R.randint(10, 50)
        ev(cust, dep, "tp_transport", tact, channel="crew_app", distance_km=km, duration_min=dur, incident_type=it,
           事件类型=INCIDENT[it], oxygen=oxygen, **common)
        trip["incident"] = it
        if tact == "diverted":
            trip["status"] = "diverted"
            return trip
    else:
        ev(cust, dep, "tp_transport", "completed", channel="crew_app", distance_km=km, duration_min=dur,
           oxygen=oxygen, **common)
    # drop-off
    arr = dep + D(minutes=dur)
    p_delay = {"hospital_ward": 0.16, "aged_care": 0.09, "clinic": 0.03, "dialysis_centre": 0.04, "home": 0.01}[dest]
    if vehicle == "stretcher_ambulance":
        p_delay += 0.06
    if R.p(p_delay):
        wait = 31 + int(R.exp(25))
        ev(cust, arr, "tp_dropoff", "handover_delayed", channel="crew_app", destination_type=dest,
           目的地类型=DEST[dest], handover_wait_min=wait, **common)
        trip["handover_delayed"] = True
    else:
        wait = int(R.exp(6 if dest != "hospital_ward" else 12))
        wait = min(wait, 30)
        ev(cust, arr, "tp_dropoff", "handed_over", channel="crew_app", destination_type=dest,
           目的地类型=DEST[dest], handover_wait_min=wait, **common)
    if arr > END:
        return trip
    trip["status"] = "completed"
    trip["done_at"] = arr
    trip["km"] = km
    cust["_trips"] += 1
    cust.setdefault("_done", []).append(arr)
    bill_trip(trip)
    return trip


def _crew(city, vehicle, lead):
    code = {"seated_car": "SC", "wheelchair_van": "WV", "stretcher_ambulance": "SA"}[vehicle]
    n = {"seated_car": 8, "wheelchair_van": 14, "stretcher_ambulance": 6}[vehicle]
    ccode = city[:3].upper()
    return dict(crew_id=f"{ccode}-C{R.randint(1, 40):02d}", vehicle_id=f"{ccode}-{code}{R.randint(1, n):02d}",
                dispatcher=R.pick(["D01", "D02", "D03", "D04", "D05", "D06"]),
                minutes_to_assign=int(2 + R.exp(9 if lead > 12 else 4)))


def _order(cust, otype, ts, usd, status, tid, **kw):
    city = cust["city"]
    cur, rate = CITIES[city][2], CITIES[city][3]
    ORDERS.append(dict(customer_id=cust["customer_id"], ts=clamp(ts), amount=round(usd, 2), status=status,
                       order_type=otype, 订单类型=ORDER_ZH[otype], trip_id=tid, city=city, currency=cur,
                       amount_local=round(usd / rate, 2), **kw))


ORDER_ZH = {"hospital_invoice": "医院结算", "insurer_claim": "保险理赔单", "self_pay": "自费车费",
            "patient_balance": "拒赔转自付", "late_cancel_fee": "迟取消/空跑费"}


def bill_trip(trip):
    cust = trip["cust"]
    city = cust["city"]
    usd = fare_usd(city, trip["vehicle"], trip["km"])
    done = trip["done_at"]
    svc = done.date().isoformat()
    tid = trip["trip_id"]
    payer = trip["payer"]
    extra = dict(payer_type=payer, 付费方=PAYER_ZH[payer], insurer=trip["insurer"], service_date=svc,
                 trip_type=trip["type"], vehicle_type=trip["vehicle"])
    if payer == "hospital_contract":
        _order(cust, "hospital_invoice", done, usd, "paid" if R.p(0.97) else "unpaid", tid, **extra)
        return
    if payer == "self_pay":
        patient_bill(cust, trip, done, usd, "self_pay", extra)
        return
    # insurer / public scheme claim
    N_CLAIM[0] += 1
    claim_no = f"CLM{N_CLAIM[0] + 500000}"
    sub = done + D(days=R.randint(1, 5), hours=R.randint(0, 6))
    insurer = trip["insurer"]
    p_deny = DENIAL_BASE[insurer]
    maple_pa = insurer == "Maple Mutual" and done >= MAPLE_PA
    if maple_pa:
        p_deny = 0.46
    if trip["type"] == "outpatient":
        p_deny += 0.02
    decide = sub + D(days=int(8 + R.exp(14)), hours=R.randint(0, 8))
    denied = R.p(p_deny)
    reason = ""
    if denied:
        if maple_pa and R.p(0.85):
            reason = "no_prior_auth"
        else:
            reason = R.pick(list(DENIAL), DENIAL_W)
    status = "submitted"
    if decide <= END:
        status = "paid"
        if denied:
            ev(cust, decide, "tp_insurer_claim", "denied", channel="clearinghouse", trip_id=tid, claim_no=claim_no,
               amount_usd=usd, payer_type=payer, 付费方=PAYER_ZH[payer], insurer=insurer, denial_reason=reason,
               拒赔原因=DENIAL[reason], days_to_decision=(decide - sub).days, trip_type=trip["type"],
               行程类型=TRIP_TYPE[trip["type"]])
            status = "denied"
            if R.p(APPEAL_P[reason]):
                filed = decide + D(days=R.randint(3, 25), hours=R.randint(0, 8))
                dec2 = filed + D(days=R.randint(14, 55))
                if filed <= END:
                    if dec2 > END:
                        outcome = "pending"
                        status = "in_appeal"
                    else:
                        outcome = "overturned" if R.p(OVERTURN_P[reason]) else "upheld"
                        status = "paid" if outcome == "overturned" else "denied"
                    ev(cust, filed, "tp_appeal", outcome, channel="payer_portal", trip_id=tid, claim_no=claim_no,
                       amount_usd=usd, insurer=insurer, payer_type=payer, 付费方=PAYER_ZH[payer],
                       denial_reason=reason, 拒赔原因=DENIAL[reason],
                       decided_at=clamp(dec2) if outcome != "pending" else "",
                       days_to_decision=(dec2 - filed).days if outcome != "pending" else "")
                    if outcome == "upheld":
                        rebill = dec2 + D(days=R.randint(2, 10))
                        if rebill <= END and R.p(0.92):
                            patient_bill(cust, trip, rebill, usd, "balance_after_denial", extra, reason)
                else:
                    status = "denied"
            else:
                rebill = decide + D(days=R.randint(3, 12))
                if rebill <= END and R.p(0.92):
                    patient_bill(cust, trip, rebill, usd, "balance_after_denial", extra, reason)
        else:
            ev(cust, decide, "tp_insurer_claim", "paid", channel="clearinghouse", trip_id=tid, claim_no=claim_no,
               amount_usd=usd, payer_type=payer, 付费方=PAYER_ZH[payer], insurer=insurer,
               days_to_decision=(decide - sub).days, trip_type=trip["type"], 行程类型=TRIP_TYPE[trip["type"]])
    trip["claim_denied"] = denied and decide <= END
    trip["denial_reason"] = reason
    if sub <= END:
        _order(cust, "insurer_claim", sub, usd, status, tid, claim_no=claim_no, **extra)


def patient_bill(cust, trip, ts, usd, kind, extra, reason=""):
    N_BILL[0] += 1
    bill_no = f"INV{N_BILL[0] + 700000}"
    city = cust["city"]
    en = CITIES[city][6]
    if kind == "self_pay" and not en:
        method = R.pick(["wechat_pay", "alipay", "card"], [0.62, 0.3, 0.08])
    elif kind == "self_pay":
        method = R.pick(["card", "bank_transfer", "direct_debit", "cheque"], [0.6, 0.2, 0.1, 0.1])
    elif en:
        method = R.pick(["card", "bank_transfer", "cheque"], [0.45, 0.35, 0.2])
    else:
        method = R.pick(["wechat_pay", "alipay", "bank_transfer"], [0.5, 0.25, 0.25])
    if kind == "self_pay":
        if method in ("wechat_pay", "alipay") or (method == "card" and R.p(0.8)):
            days = 0
        else:
            days = int(R.exp(12 if method != "cheque" else 26))
        p_unpaid, p_waive = 0.02, 0.01
    else:
        days = int(5 + R.exp(28 if method != "cheque" else 40))
        p_unpaid, p_waive = 0.22, 0.08
    x = R.u()
    if x < p_waive:
        action, status = "waived", "cancelled"
    elif x < p_waive + p_unpaid or ts + D(days=days) > END:
        action, status = "unpaid", "unpaid"
    else:
        action = "paid" if days <= 30 else "paid_late"
        status = "paid"
    ev(cust, ts, "tp_patient_bill", action, channel=R.pick(["email", "sms", "post"], [0.6, 0.25, 0.15]) if en
       else R.pick(["mini_program", "sms"], [0.7, 0.3]), trip_id=trip["trip_id"], bill_no=bill_no, bill_type=kind,
       amount_usd=usd, payment_method=method, 付款方式=PAY[method],
       days_to_pay=days if action in ("paid", "paid_late") else "", payer_type=trip["payer"],
       付费方=PAYER_ZH[trip["payer"]], insurer=trip["insurer"], denial_reason=reason,
       拒赔原因=DENIAL.get(reason, ""))
    otype = "self_pay" if kind == "self_pay" else "patient_balance"
    _order(cust, otype, ts, usd, status, trip["trip_id"], bill_no=bill_no, payment_method=method, **extra)
    trip["bill"] = (kind, action, ts)


# ---------- intake ----------

REF_CH_EN = (["portal", "fax", "email", "phone"], [0.50, 0.22, 0.18, 0.10])
REF_CH_CN = (["portal", "phone", "wechat", "email", "fax"], [0.38, 0.30, 0.22, 0.05, 0.05])
MISSING_P = {"portal": 0.08, "fax": 0.55, "email": 0.22, "phone": 0.2, "wechat": 0.15}
FOLLOWUP_P = {"portal": 0.75, "fax": 0.28, "email": 0.6, "phone": 0.6, "wechat": 0.7}


def intake_referral(cust, ts: datetime, kind):
    """a hospital / clinic referral for a one-off (discharge, inter-facility, outpatient) trip."""
    city = cust["city"]
    en = CITIES[city][6]
    ch = R.pick(*(REF_CH_EN if en else REF_CH_CN))
    if kind == "discharge":
        src, fac, role = "hospital", R.pick(HOSPITALS[city]), R.pick(ROLE[:3], [0.6, 0.3, 0.1])
    elif kind == "inter_facility":
        src, fac, role = "hospital", R.pick(HOSPITALS[city]), R.pick(ROLE[:2], [0.4, 0.6])
    else:
        src = "clinic"
        fac = (f"{city} {R.pick(['Cardiology', 'Oncology', 'Orthopaedic', 'Eye', 'Rehab'])} Clinic" if en else
               f"{CITIES[city][0]}{R.pick(['心内科', '肿瘤科', '骨科', '眼科', '康复科'])}门诊")
        role = "clinic_receptionist"
    payer, insurer = choose_payer(cust, kind)
    set_payer(cust, payer, insurer)
    ev(cust, ts, "tp_referral", "received", channel=ch, referral_source=src, referring_facility=fac,
       referrer_role=role, trip_type=kind, 行程类型=TRIP_TYPE[kind], vehicle_type=MOBILITY[cust["mobility"]][1],
       车型=VEHICLE[MOBILITY[cust["mobility"]][1]][0])
    return eligibility(cust, ts, ch, kind, payer, insurer, fac), ch


def set_payer(cust, payer, insurer):
    if not cust["payer_type"]:
        cust["payer_type"], cust["付费方"], cust["insurer"] = payer, PAYER_ZH[payer], insurer


def eligibility(cust, t0, ch, kind, payer, insurer, fac, family=False):
    lag = R.u() * (3.0 if ch != "fax" else 20.0) + (0.1 if family else 0.4)
    t1 = t0 + D(hours=lag)
    base = dict(payer_type=payer, 付费方=PAYER_ZH[payer], insurer=insurer, trip_type=kind,
                行程类型=TRIP_TYPE[kind], channel="intake_desk")
    p_den = 0.05 if payer in ("public_program", "private_insurer") else 0.015
    if R.p(p_den):
        why = R.pick(["not_medically_necessary", "outside_service_area", "coverage_lapsed", "no_suitable_vehicle"],
                     [0.4, 0.25, 0.25, 0.1])
        ev(cust, t1, "tp_eligibility", "denied", check_reason=why, **base)
        return None
    if payer != "self_pay" and R.p(MISSING_P.get(ch, 0.1) * (0.5 if family else 1.0)):
        doc = R.pick(list(DOCS), [0.42, 0.3, 0.18, 0.1])
        ev(cust, t1, "tp_eligibility", "pending_docs", docs_missing=doc, 缺少材料=DOCS[doc], **base)
        if not R.p(FOLLOWUP_P.get(ch, 0.6)):
            return None
        t1 = t1 + D(hours=12 + R.exp(50))
    ev(cust, t1, "tp_eligibility", "approved", **base)
    return (t1, payer, insurer)


def family_request(cust, ts: datetime):
    city = cust["city"]
    en = CITIES[city][6]
    day = ts.date()
    ch = R.pick(["phone", "web"], [0.8, 0.2]) if en else R.pick(["phone", "mini_program", "web"],
                                                                 [0.5, 0.43 + 0.1 * (day.year - 2025), 0.07])
    device = ""
    if ch in ("web", "mini_program"):
        device = R.pick(["ios", "android", "pc"], [0.45, 0.4, 0.15] if ch == "mini_program" else [0.25, 0.25, 0.5])
    rel = R.pick(list(RELATION), [0.32, 0.2, 0.2, 0.15, 0.08, 0.05])
    common = dict(channel=ch, device=device, caller_relation=rel, 来电人关系=RELATION[rel], trip_type="outpatient",
                  行程类型=TRIP_TYPE["outpatient"])
    if ch == "phone":
        # callers who give up in the queue call back later (or not)
        tries = 0
        while R.p(0.10 if tries == 0 else 0.05):
            ev(cust, ts, "tp_family_request", "abandoned", call_wait_sec=int(240 + R.exp(300)), **common)
            tries += 1
            if not R.p(0.6):
                return None
            ts = ts + D(hours=0.3 + R.exp(20))
        common["call_wait_sec"] = int(R.exp(90))
    if R.p(0.27 if ch == "phone" else 0.2):
        ev(cust, ts, "tp_family_request", "price_enquiry", **common)
        if not R.p(0.25):
            return None
        ts = ts + D(hours=2 + R.exp(40))
    ev(cust, ts, "tp_family_request", "booking_request", **common)
    payer, insurer = choose_payer(cust, "outpatient")
    set_payer(cust, payer, insurer)
    return eligibility(cust, ts, ch, "outpatient", payer, insurer, "", family=True), ch


def book_one_off(cust, approved, kind, channel):
    t1, payer, insurer = approved
    city = cust["city"]
    vehicle = MOBILITY[cust["mobility"]][1]
    if kind == "inter_facility" and vehicle != "stretcher_ambulance" and R.p(0.6):
        vehicle = "stretcher_ambulance"
    booked = t1 + D(hours=0.1 + R.exp(1.5))
    bch = {"portal": "portal", "fax": "phone", "email": "phone", "phone": "phone", "wechat": "phone",
           "web": "web", "mini_program": "mini_program"}.get(channel, "phone")
    if kind == "discharge":
        day = booked.date() + D(days=R.pick([0, 1, 2], [0.45, 0.45, 0.1]))
        sched = at_time(day, 10 + R.u() * 7)
        if sched < booked + D(hours=1.5):
            sched = booked + D(hours=1.5 + R.u() * 3)
        dest = "aged_care" if R.p(0.18) else "home"
        make_trip(cust, kind, vehicle, "one_way", sched, booked, bch, payer, insurer, dest)
    elif kind == "inter_facility":
        day = booked.date() + D(days=R.pick([0, 1, 2, 3], [0.3, 0.4, 0.2, 0.1]))
        sched = at_time(day, 8 + R.u() * 9)
        if sched < booked + D(hours=1.5):
            sched = booked + D(hours=1.5 + R.u() * 3)
        tr = make_trip(cust, kind, vehicle, "one_way", sched, booked, bch, payer, insurer, "hospital_ward")
        if tr and R.p(0.3) and tr["status"] == "completed":   # back after a scan / procedure
            back = sched + D(hours=3 + R.u() * 4)
            make_trip(cust, kind, vehicle, "return", back, booked, bch, payer, insurer, "hospital_ward")
    else:
        day = booked.date() + D(days=int(1 + R.exp(7)))
        while day.weekday() == 6:
            day += D(days=1)
        sched = at_time(day, 7 + R.u() * 7)
        tr = make_trip(cust, kind, vehicle, "outbound", sched, booked, bch, payer, insurer, "clinic")
        if tr and tr["status"] == "completed" and R.p(0.93):
            back = sched + D(hours=1.5 + R.u() * 3)
            make_trip(cust, kind, vehicle, "return", back, booked, bch, payer, insurer, "home")


# ---------- dialysis ----------

def dialysis_patient(cust, enrol: datetime, legacy: bool):
    city = cust["city"]
    centre = R.pick(DIALYSIS_CENTRES[city])
    sched_days = R.pick(["MWF", "TTS"])
    slot = R.pick([6.0, 11.0, 16.0], [0.45, 0.35, 0.2])
    payer, insurer = cust["payer_type"], cust["insurer"]
    vehicle = MOBILITY[cust["mobility"]][1]
    sched_zh = "一三五" if sched_days == "MWF" else "二四六"
    base = dict(dialysis_centre=centre, schedule=f"{sched_days} {int(slot):02d}:00 ({sched_zh})",
                payer_type=payer, 付费方=PAYER_ZH[payer], insurer=insurer, channel="renal_portal")
    if not legacy:
        t0 = enrol
        ev(cust, t0, "tp_referral", "received", channel=R.pick(["portal", "fax", "email"], [0.6, 0.25, 0.15])
           if CITIES[city][6] else R.pick(["portal", "wechat", "phone"], [0.5, 0.3, 0.2]),
           referral_source="dialysis_centre", referring_facility=centre, referrer_role="renal_coordinator",
           trip_type="dialysis", 行程类型=TRIP_TYPE["dialysis"], vehicle_type=vehicle, 车型=VEHICLE[vehicle][0])
        t1 = t0 + D(hours=1 + R.u() * 20)
        ev(cust, t1, "tp_eligibility", "approved", payer_type=payer, 付费方=PAYER_ZH[payer], insurer=insurer,
           trip_type="dialysis", 行程类型=TRIP_TYPE["dialysis"], channel="intake_desk")
        start = t1 + D(hours=2 + R.u() * 20)
        ev(cust, start, "tp_standing_order", "enrolled", **base)
        first_day = (start + D(days=R.randint(2, 8))).date()
    else:
        start = enrol
        first_day = START.date()
    months = R.exp(13.0)
    end_day = (start + D(days=30.4 * months)).date() if months < 40 else None
    if legacy and end_day is not None and end_day < START.date() + D(days=20):
        end_day = START.date() + D(days=R.randint(20, 200))
    # six-monthly recertification
    k = 1
    while True:
        rdt = start + D(days=182 * k)
        if rdt > END or (end_day and rdt.date() >= end_day):
            break
        if rdt >= START:
            ev(cust, rdt + D(hours=R.u() * 4), "tp_standing_order", "renewed", **base)
        k += 1
    wd = (0, 2, 4) if sched_days == "MWF" else (1, 3, 5)
    day = first_day
    last = min(END.date(), end_day) if end_day else END.date()
    hosp_until = None
    while day <= last:
        if day.weekday() in wd:
            if hosp_until and day <= hosp_until:
                day += D(days=1)
                continue
            if R.p(0.004):   # hospital stay: 1-3 weeks of no rides
                hosp_until = day + D(days=R.randint(7, 21))
                day += D(days=1)
                continue
            friday = day - D(days=(day.weekday() + 3) % 7 or 7)
            booked = at_time(friday, 15 + R.u() * 2)
            if booked < START:
                booked = START
            chair = at_time(day, slot)
            out = make_trip(cust, "dialysis", vehicle, "outbound", chair - D(minutes=45), booked, "standing_order",
                            payer, insurer, "dialysis_centre")
            if out and out["status"] == "completed":
                make_trip(cust, "dialysis", vehicle, "return", chair + D(hours=4, minutes=15), booked,
                          "standing_order", payer, insurer, "home")
        day += D(days=1)
    if end_day and end_day <= END.date():
        reason = R.pick(list(END_REASON), [0.14, 0.1, 0.1, 0.1, 0.1, 0.36, 0.1])
        ev(cust, at_time(end_day, 10 + R.u() * 6), "tp_standing_order", "ended", end_reason=reason,
           结束原因=END_REASON[reason], **base)
        cust["_ended"] = True


# ---------- feedback ----------

FB_T = {  # topic -> (sentiment, zh templates, en templates); every text holds its topic's marker
    "late": ("negative", [
        "车又迟到了，约的{t}点，快{m}分钟才来，差点误了门诊。", "司机迟到{m}分钟，老人在楼下等得很着急。",
        "迟到太严重了，打电话问调度也说不清车在哪。", "今天接送迟到了，希望以后准时一点。",
        "出院那天车迟到一个多小时，病房护士一直催。"],
        ["Late pickup again, we were told {t} and the van came {m} minutes after.",
         "Late pickup - Mum sat in the lobby for {m} minutes and nobody called us.",
         "Another late pickup, almost missed the cardiology appointment.",
         "Second late pickup this month. Please text when the van is running behind.",
         "The late pickup on discharge day meant the ward held the bed for an extra hour."]),
    "return_wait": ("negative", [
        "透析做完回程等车等了{m}分钟，人本来就很虚。", "回程等车太久，每次透析完都要在大厅坐着等。",
        "去的时候准时，回程等车总是很久，能不能安排好一点。", "我爸透析完回程等车快一个小时，太累了。"],
        ["The return ride after dialysis took {m} minutes to show up, he was exhausted.",
         "Outbound is always fine but the return ride home is a long wait every time.",
         "Waiting for the return ride after a 4 hour session is the worst part of the week.",
         "Please fix the return ride times, Dad sits in the dialysis waiting room for ages."]),
    "surprise_bill": ("negative", [
        "突然收到一张意外账单，说保险不赔要我们自己付{a}。", "意外账单！预约时没人说过可能要自费。",
        "收到意外账单很生气，之前说好是保险公司结算的。", "这张意外账单金额太大，老人根本付不起，希望能减免。"],
        ["Got a surprise bill for {a} dollars weeks after the trip, nobody said insurance might not pay.",
         "Surprise bill in the mail - we were told the ride was covered.",
         "Very upset about the surprise bill, my mother is on a pension.",
         "This surprise bill is the first we heard of any problem with the claim."]),
    "denial": ("negative", [
        "保险公司拒赔了，说缺少材料，你们能帮忙申诉吗？", "被拒赔了，理由是没有事先授权，这个应该你们提前办的吧。",
        "拒赔通知看不懂，希望有人解释一下。"],
        ["The claim was denied and nobody explained why.",
         "My claim was denied for no prior authorisation - isn't that your job to arrange?",
         "Claim was denied, can you help us appeal?"]),
    "handover": ("negative", [
        "到了病房没人交接，司机只好陪着等了很久。", "送到养老院交接不清楚，药和病历都没交代。",
        "交接太慢了，担架一直停在走廊。"],
        ["Handover at the ward took forever, the driver waited with him in the corridor.",
         "No proper handover at the nursing home, nobody told staff about his meds.",
         "The handover was rushed, they left her in reception."]),
    "securement": ("negative", [
        "轮椅固定没弄好，路上一直晃，很害怕。", "升降梯坏了，轮椅固定花了很久。"],
        ["The wheelchair straps were not done up properly and she slid on every turn.",
         "Lift was broken and it took ages to get the wheelchair straps sorted."]),
    "rough": ("negative", [
        "路上太颠簸了，病人刚做完手术受不了。", "开得太快，一路颠簸。"],
        ["Very bumpy ride, he had just had surgery.", "Driver took the speed bumps too fast, really bumpy."]),
    "hold": ("negative", [
        "电话占线打了好几次，最后还是挂了。", "订车电话占线，等了快十分钟。"],
        ["Kept on hold for ages trying to book a ride.", "On hold for 12 minutes just to change a pickup time."]),
    "paperwork": ("negative", [
        "转介单总是被退回来补材料，病房护士很头疼。", "传真的转介单经常说缺医生签字，耽误出院。"],
        ["The referral form keeps bouncing back for a signature, it delays discharges.",
         "We faxed the referral form twice and still got asked for the necessity form."]),
    "price": ("negative", [
        "收费太贵了，一趟门诊来回就要好几百。", "担架车收费太贵，比打车贵太多。"],
        ["Too expensive for a 10 km trip.", "The stretcher fare is too expensive for pensioners."]),
    "crew_praise": ("positive", [
        "随车人员非常耐心，扶我妈上下车很小心。", "随车人员很专业，一路上一直在照顾老人。", "感谢随车人员，服务很贴心。"],
        ["The crew were so patient and gentle with Dad.", "Lovely job by the crew, very professional.",
         "The crew made Mum feel safe the whole way."]),
    "clean": ("positive", ["车内干净整洁，设备也新。", "车内干净，没有异味。"],
              ["Van was spotless and the staff were friendly.", "Spotless vehicle, felt very safe."]),
    "booking_easy": ("positive", ["小程序预约方便，几分钟就订好了。", "预约方便，客服态度也好。"],
                     ["Really easy to book online.", "Easy to book and the reminder text was helpful."]),
    "generic_pos": ("positive", ["服务很好，准时送到。", "整体满意，会推荐给病友。", "很满意，谢谢。"],
                    ["Great service, on time both ways.", "All good, would recommend.", "Very happy with the service."]),
    "generic_neu": ("neutral", ["还行吧。", "一般，没什么特别的。", "正常接送。"],
                    ["It was fine.", "Nothing special, got there.", "OK overall."]),
}
MARKERS = {"late": ["迟到", "late pickup"], "return_wait": ["回程等车", "return ride"],
           "surprise_bill": ["意外账单", "surprise bill"], "denial": ["拒赔", "claim was denied"],
           "handover": ["交接", "handover"], "securement": ["轮椅固定", "wheelchair straps"],
           "rough": ["颠簸", "bumpy"], "hold": ["占线", "on hold"], "paperwork": ["转介单", "referral form"],
           "price": ["收费太贵", "too expensive"], "crew_praise": ["随车人员", "the crew"],
           "clean": ["车内干净", "spotless"], "booking_easy": ["预约方便", "easy to book"]}
FB_ID = [0]


def fb(text, topic, lang, ts=None, cust=None, tp="", channel="", rating=None, nps=None, city="", **kw):
    if ts is not None and (ts > END or ts < START):
        return
    FB_ID[0] += 1
    FEEDBACK.append(dict(feedback_id=f"FB{FB_ID[0] + 200000}", text=text, ts=clamp(ts) if ts else "",
                         customer_id=cust["customer_id"] if cust else "", touchpoint_id=tp, channel=channel,
                         rating=rating if rating is not None else "", nps=nps if nps is not None else "",
                         language=lang, city=city or (cust["city"] if cust else ""), _topic=topic,
                         _sent=FB_T[topic][0], **kw))


def text_for(topic, lang, m=30, a=120, t=9):
    tpl = R.pick(FB_T[topic][1] if lang == "zh" else FB_T[topic][2])
    return tpl.format(m=m, a=int(a), t=t)


def rating_for(sent):
    if sent == "negative":
        return R.pick([1, 2, 3], [0.5, 0.35, 0.15])
    if sent == "positive":
        return R.pick([4, 5], [0.3, 0.7])
    return R.pick([3, 4], [0.6, 0.4])


def trip_feedback(trip):
    cust = trip["cust"]
    lang = cust["_lang"]
    st = trip["status"]
    if st not in ("completed", "diverted"):
        return
    done = trip.get("done_at") or trip["sched"] + D(hours=1)
    late = trip.get("late")
    p = 0.10
    topic = None
    if late and trip["minutes_late"] >= 25:
        p = 0.30 if trip["minutes_late"] >= 40 else 0.16
        if (trip["cust"]["city"], trip["sched"].year, trip["sched"].month) == CREW_CRISIS:
            p = 0.6
        topic = "return_wait" if (trip["type"] == "dialysis" and trip["leg"] == "return") or (
            trip["leg"] == "return" and R.p(0.25)) else "late"
    elif trip.get("handover_delayed"):
        p, topic = 0.15, "handover"
    elif trip.get("incident"):
        p = 0.5
        topic = "securement" if trip["incident"] == "wheelchair_lift_fault" else "rough"
    if trip["type"] == "dialysis" and topic is None:
        p = 0.012
    if not R.p(p):
        return
    if topic is None:
        topic = R.pick(["crew_praise", "clean", "booking_easy", "generic_pos", "generic_neu", "rough", "price",
                        "securement"], [0.3, 0.1, 0.08, 0.25, 0.12, 0.05, 0.06, 0.04])
        if topic == "booking_easy" and trip["type"] == "dialysis":
            topic = "generic_pos"
    sent = FB_T[topic][0]
    tp = {"late": "tp_pickup", "return_wait": "tp_pickup", "handover": "tp_dropoff", "securement": "tp_transport",
          "rough": "tp_transport", "crew_praise": "tp_transport", "clean": "tp_transport",
          "booking_easy": "tp_booking", "price": "tp_booking", "generic_pos": "tp_dropoff",
          "generic_neu": "tp_dropoff"}[topic]
    text = text_for(topic, lang, m=trip.get("minutes_late", 30), t=trip["sched"].hour)
    ch = R.pick(["sms_survey", "call_note"], [0.75, 0.25]) if sent == "negative" else "sms_survey"
    ts = done + D(hours=1 + R.exp(10))
    fb(text, topic, lang, ts, cust, tp, ch, rating=rating_for(sent) if ch == "sms_survey" else None,
       trip_id=trip["trip_id"])


def bill_feedback(trip):
    if "bill" not in trip:
        return
    kind, action, ts = trip["bill"]
    cust = trip["cust"]
    lang = cust["_lang"]
    if kind == "balance_after_denial":
        if R.p(0.42):
            tp = "tp_patient_bill" if R.p(0.88) else "tp_insurer_claim"
            fb(text_for("surprise_bill", lang, a=fare_usd(cust["city"], trip["vehicle"], trip.get("km", 10)) /
                        CITIES[cust["city"]][3]), "surprise_bill", lang,
               ts + D(days=R.randint(1, 20), hours=R.randint(1, 9)), cust, tp,
               R.pick(["call_note", "email", "sms_survey"], [0.55, 0.35, 0.1]), trip_id=trip["trip_id"])
    elif kind == "self_pay" and R.p(0.012):
        fb(text_for("price", lang), "price", lang, ts + D(days=R.randint(0, 5)), cust, "tp_patient_bill",
           "sms_survey", rating=rating_for("negative"), trip_id=trip["trip_id"])


def claim_feedback(trip):
    if trip.get("claim_denied") and R.p(0.12):
        cust = trip["cust"]
        lang = cust["_lang"]
        fb(text_for("denial", lang), "denial", lang, trip["done_at"] + D(days=R.randint(15, 60)), cust,
           "tp_insurer_claim", R.pick(["call_note", "email"]), trip_id=trip["trip_id"])


def other_feedback():
    # family callers kept on hold
    for e in EVENTS:
        if e["touchpoint_id"] == "tp_family_request" and e["action"] == "abandoned" and R.p(0.06):
            cust = CUST_BY_ID[e["customer_id"]]
            fb(text_for("hold", cust["_lang"]), "hold", cust["_lang"], e["ts"] + D(hours=R.randint(1, 30)), cust,
               "tp_family_request", "call_note")
        elif e["touchpoint_id"] == "tp_eligibility" and e["action"] == "pending_docs" and R.p(0.05):
            cust = CUST_BY_ID[e["customer_id"]]
            en = CITIES[cust["city"]][6]
            lang = "en" if en else "zh"
            fb(text_for("paperwork", lang), "paperwork", lang, e["ts"] + D(hours=R.randint(2, 48)), None,
               "tp_referral", "referrer_feedback", city=cust["city"])
    # public reviews: Google (English cities) / mini-program reviews (Chinese cities), no customer id
    for _ in range(420):
        city = R.pick(CITY_NAMES, CITY_W)
        en = CITIES[city][6]
        lang = "en" if en else "zh"
        topic = R.pick(["generic_pos", "crew_praise", "late", "surprise_bill", "hold", "price", "clean",
                        "booking_easy", "generic_neu"], [0.22, 0.2, 0.16, 0.05, 0.08, 0.08, 0.07, 0.08, 0.06])
        sent = FB_T[topic][0]
        ts = datetime.combine(growth_day(), datetime.min.time()) + D(hours=8 + R.u() * 14)
        tp = {"late": "tp_pickup", "surprise_bill": "tp_patient_bill", "hold": "tp_family_request",
              "price": "tp_booking", "booking_easy": "tp_family_request"}.get(topic, "")
        fb(text_for(topic, lang, m=R.randint(25, 70)), topic, lang, ts, None, tp,
           "google_review" if en else "app_review", rating=rating_for(sent), city=city)
    # in-vehicle comment cards, typed in later without a date
    for _ in range(160):
        trip = TRIPS[int(R.u() * len(TRIPS))]
        if trip["status"] != "completed":
            continue
        cust = trip["cust"]
        topic = R.pick(["crew_praise", "clean", "generic_pos", "rough", "securement", "generic_neu"],
                       [0.35, 0.2, 0.2, 0.1, 0.07, 0.08])
        fb(text_for(topic, cust["_lang"]), topic, cust["_lang"], None, cust, "tp_transport", "comment_card",
           rating=rating_for(FB_T[topic][0]), trip_id=trip["trip_id"])


def nps_waves():
    waves = {"2025-H1": datetime(2025, 6, 16), "2025-H2": datetime(2025, 12, 8), "2026-H1": datetime(2026, 6, 15)}
    for wave, t0 in waves.items():
        lo = t0 - D(days=180)
        pool = [c for c in CUSTOMERS if any(lo <= d <= t0 for d in c.get("_done", ()))]
        for c in pool:
            if not R.p(0.16):
                continue
            city = c["city"]
            base = {"Sydney": 8.2, "Melbourne": 8.0, "Vancouver": 8.1, "Auckland": 8.4, "Shanghai": 8.0,
                    "Beijing": 7.8, "Shenzhen": 8.1, "Wuhan": 7.9}[city]
            if city == "Vancouver" and wave == "2026-H1":
                base -= 2.3
            if city == "Melbourne" and wave == "2025-H1":
                base -= 0.4
            if c["_dialysis"]:
                base -= 0.5
            score = int(max(0, min(10, round(base + 1.9 * R.n()))))
            lang = c["_lang"]
            if score <= 6:
                topic = R.pick(["late", "surprise_bill", "price", "hold", "return_wait"],
                               [0.22, 0.15, 0.33, 0.2, 0.1] if not (city == "Vancouver" and wave == "2026-H1")
                               else [0.15, 0.6, 0.15, 0.05, 0.05])
                if topic == "return_wait" and not c["_dialysis"]:
                    topic = "late"
            elif score >= 9:
                topic = R.pick(["crew_praise", "generic_pos", "clean", "booking_easy"], [0.45, 0.35, 0.1, 0.1])
            else:
                topic = "generic_neu"
            if R.p(0.35):
                text = "（未填写）" if lang == "zh" else "(no comment)"
            else:
                text = text_for(topic, lang, m=R.randint(25, 60))
            fb(text, topic if not text.startswith(("（", "(")) else "none", lang,
               t0 + D(days=R.randint(0, 12), hours=8 + R.u() * 12), c, "", "nps_survey", nps=score, survey_wave=wave)


FB_T["none"] = ("neutral", [], [])


# ---------- main ----------

CUST_BY_ID: dict = {}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # legacy dialysis patients (enrolled before 2025; their referral is not in the data)
    for _ in range(24):
        city = R.pick(CITY_NAMES, CITY_W)
        enrol = datetime(2023, 1, 1) + D(days=R.randint(0, 700), hours=10)
        mob = R.pick(["ambulatory", "wheelchair", "stretcher"], [0.35, 0.6, 0.05])
        cust = new_customer(city, enrol, "dialysis_centre", mobility=mob)
        cust["payer_type"], cust["insurer"] = choose_payer(cust, "dialysis")
        cust["付费方"] = PAYER_ZH[cust["payer_type"]]
        cust["_dialysis"] = True
        dialysis_patient(cust, enrol, legacy=True)
    # new dialysis patients
    for _ in range(62):
        city = R.pick(CITY_NAMES, CITY_W)
        day = growth_day()
        mob = R.pick(["ambulatory", "wheelchair", "stretcher"], [0.35, 0.6, 0.05])
        cust = new_customer(city, work_time(day), "dialysis_centre", mobility=mob, dialysis=True)
        cust["payer_type"], cust["insurer"] = choose_payer(cust, "dialysis")
        cust["付费方"] = PAYER_ZH[cust["payer_type"]]
        dialysis_patient(cust, cust["signup_at"], legacy=False)
    # one-off patients: referrals and family requests, some come back
    queue = []
    for _ in range(7600):
        queue.append(("referral", growth_day(), None))
    for _ in range(4600):
        queue.append(("family", growth_day(), None))
    i = 0
    while i < len(queue):
        src, day, cust = queue[i]
        i += 1
        if day > END.date():
            continue
        if cust is None:
            city = R.pick(CITY_NAMES, CITY_W)
            if src == "referral":
                kind = R.pick(["discharge", "outpatient", "inter_facility"], [0.5, 0.35, 0.15])
                mob = R.pick(["ambulatory", "wheelchair", "stretcher"],
                             {"discharge": [0.3, 0.45, 0.25], "outpatient": [0.4, 0.5, 0.1],
                              "inter_facility": [0.1, 0.35, 0.55]}[kind])
                acq = {"discharge": "hospital_referral", "inter_facility": "hospital_referral",
                       "outpatient": "clinic_referral"}[kind]
            else:
                kind = "outpatient"
                mob = R.pick(["ambulatory", "wheelchair", "stretcher"], [0.42, 0.5, 0.08])
                acq = "family_call"
            ts = work_time(day, 7.5, 18.5) if src == "referral" else work_time(day, 7.0, 20.5)
            cust = new_customer(city, ts, acq, mobility=mob)
        else:
            ts = work_time(day, 7.5, 18.5) if src == "referral" else work_time(day, 7.0, 20.5)
            kind = "outpatient" if src == "family" else R.pick(["discharge", "outpatient", "inter_facility"],
                                                               [0.35, 0.5, 0.15])
        before = cust["_trips"]
        if src == "referral":
            approved, ref_ch = intake_referral(cust, ts, kind)
            if approved:
                book_one_off(cust, approved, kind, ref_ch)
        else:
            res = family_request(cust, ts)
            if res and res[0]:
                book_one_off(cust, res[0], "outpatient", res[1])
        if cust["_trips"] > before and R.p(0.2):
            nxt = day + D(days=int(10 + R.exp(80)))
            queue.append((R.pick(["referral", "family"], [0.55, 0.45]), nxt, cust))
    for c in CUSTOMERS:
        CUST_BY_ID[c["customer_id"]] = c
    for t in TRIPS:
        trip_feedback(t)
        bill_feedback(t)
        claim_feedback(t)
    other_feedback()
    nps_waves()
    # segments as at the extract
    for c in CUSTOMERS:
        if c["_dialysis"]:
            c["segment"] = "dialysis_ended" if c.get("_ended") else "dialysis_active"
        elif c["_trips"] == 0:
            c["segment"] = "no_trip"
        elif c["_trips"] <= 2:
            c["segment"] = "one_off"
        else:
            c["segment"] = "repeat"
    write(out)


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
    ccols = ["customer_id", "signup_at", "segment", "region", "city", "城市", "acquisition_channel", "age_band",
             "mobility", "行动能力", "payer_type", "付费方", "insurer", "preferred_language", "has_caregiver"]
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ccols)
        for c in CUSTOMERS:
            w.writerow([c[k] for k in ccols])
    EVENTS.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    dup = []
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(EV_COLS)
        for k, e in enumerate(EVENTS):
            e["event_id"] = f"E{k + 1000001}"
            if e["touchpoint_id"] == "tp_pickup" and e["channel"] == "crew_app" and R.p(0.0012):
                dup.append(e)   # crew tablet re-sent the row after losing signal
            w.writerow([e.get(c, "") for c in EV_COLS])
            if dup and dup[-1] is e:
                w.writerow([e.get(c, "") for c in EV_COLS])
    ORDERS.sort(key=lambda o: (o["ts"], o["customer_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型", "trip_id", "city",
             "currency", "amount_local", "payer_type", "付费方", "insurer", "service_date", "trip_type",
             "vehicle_type", "claim_no", "bill_no", "payment_method"]
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(ocols)
        for k, o in enumerate(ORDERS):
            o["order_id"] = f"O{k + 600001}"
            w.writerow([o.get(c, "") for c in ocols])
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "city", "trip_id", "survey_wave"]
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(fcols)
        for r in FEEDBACK:
            w.writerow([r.get(c, "") for c in fcols])
    (out / "_truth").mkdir(exist_ok=True)
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "topic", "sentiment"])
        for r in FEEDBACK:
            w.writerow([r["feedback_id"], r["_topic"], r["_sent"]])
    print(f"customers {len(CUSTOMERS)}, events {len(EVENTS)} (+{len(dup)} dup), trips {len(TRIPS)}, "
          f"orders {len(ORDERS)}, feedback {len(FEEDBACK)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
