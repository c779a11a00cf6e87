"""Synthetic data for 小星牙儿童齿科 LittleStar Kids Dental, a pediatric dental clinic chain in Chengdu (成都),
Hangzhou (杭州) and Hong Kong (香港). Parents book through the WeChat mini-program (微信小程序) or the LittleStar app:
first checkup (初诊检查), treatment plans (治疗方案), fluoride / sealant prevention packages (涂氟 / 窝沟封闭套餐),
recall visits (定期复查), complaints and parent feedback in Chinese and English.

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic and sentiment each comment was written from; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic, a few seconds of CPU. Data covers 2025-01-01 .. 2026-06-30 (naive
local time, UTC+8 in all three cities). See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260705
rng = np.random.default_rng(SEED)

START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
FX_HKD = 0.92  # CNY per HKD, the fixed rate finance uses for group reporting

# planted windows
DOB_BUG = (datetime(2025, 11, 4, 10, 0), datetime(2025, 11, 26, 22, 0))  # mini-program 3.8.0: date-of-birth picker
UPSELL_START = datetime(2025, 10, 8)      # Chengdu clinics get a prevention-package sales target
AB_WINDOW = (datetime(2026, 1, 5), datetime(2026, 4, 30, 23, 59, 59))  # recall reminder card test
TIANFU_OPEN = datetime(2025, 9, 1)


def R() -> float:
    return float(rng.random())


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    r = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if r < acc:
            return o
    return options[-1]


def days(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 86400)


def hours(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 3600)


def mins(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 60)


def at(d: date, h: float) -> datetime:
    return datetime(d.year, d.month, d.day) + hours(h)


# ---------------------------------------------------------------- reference data
CITIES = {
    "Chengdu": dict(zh="成都", currency="CNY", weight=0.42),
    "Hangzhou": dict(zh="杭州", currency="CNY", weight=0.33),
    "Hong Kong": dict(zh="香港", currency="HKD", weight=0.25),
}
CLINICS = {  # id: city, zh, en, weight, opened
    "CD-JJ": ("Chengdu", "成都锦江店", "Chengdu Jinjiang", 40, None),
    "CD-GX": ("Chengdu", "成都高新店", "Chengdu Hi-Tech Zone", 38, None),
    "CD-TF": ("Chengdu", "成都天府店", "Chengdu Tianfu", 22, TIANFU_OPEN),
    "HZ-BJ": ("Hangzhou", "杭州滨江店", "Hangzhou Binjiang", 55, None),
    "HZ-CX": ("Hangzhou", "杭州城西店", "Hangzhou Chengxi", 45, None),
    "HK-ST": ("Hong Kong", "香港沙田店", "Hong Kong Sha Tin", 52, None),
    "HK-CWB": ("Hong Kong", "香港铜锣湾店", "Hong Kong Causeway Bay", 48, None),
}
DOCTORS = {cid: [f"DR-{cid}-{k:02d}" for k in range(1, (4 if cid == "CD-TF" else 6) + 1)] for cid in CLINICS}
SEGMENTS = ["toddler", "preschool", "school_age", "teen"]
SEG_W = [0.20, 0.34, 0.36, 0.10]
SEG_AGE = {"toddler": (1.0, 3.0), "preschool": (3.0, 6.0), "school_age": (6.0, 12.0), "teen": (12.0, 15.5)}

TREATMENTS = {  # code: zh, en, CNY range, share by segment
    "filling": ("补牙", "Fillings", (480, 1400)),
    "pulp_therapy": ("牙髓治疗", "Pulp therapy", (1200, 2800)),
    "crown": ("儿童预成冠", "Pre-formed crowns", (1800, 3600)),
    "ga_treatment": ("全麻下综合治疗", "Treatment under general anaesthesia", (9000, 16000)),
    "early_ortho": ("早期矫治", "Early orthodontics", (6800, 15800)),
}
TREAT_MIX = {
    "toddler": {"ga_treatment": 0.45, "filling": 0.40, "pulp_therapy": 0.15},
    "preschool": {"filling": 0.55, "pulp_therapy": 0.25, "crown": 0.20},
    "school_age": {"filling": 0.50, "pulp_therapy": 0.15, "early_ortho": 0.20, "crown": 0.15},
    "teen": {"filling": 0.50, "early_ortho": 0.45, "pulp_therapy": 0.05},
}
PACKAGES = {  # code: zh, en, CNY, HKD, sessions
    "fluoride_4": ("涂氟4次卡", "Fluoride varnish x4", 398, 680, 4),
    "sealant_4": ("窝沟封闭(4颗)", "Fissure sealants (4 teeth)", 720, 1280, 1),
    "care_card": ("全年护齿卡", "Annual Smile Care card", 1688, 2980, 2),
}
FIRST_EXAM_FEE = {"CNY": 199, "HKD": 380}
COMPLAINT_CATS = {
    "upselling": "过度推销", "wait_time": "候诊时间长", "booking_system": "预约系统故障", "billing": "收费问题",
    "staff_attitude": "服务态度", "treatment_quality": "治疗效果", "refund": "退款问题",
}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_article", "护齿科普文章", "Dental care articles", "awareness", "mini_program", "digital", "marketing",
     "科普|文章|口腔知识|articles|tips"),
    ("tp_home", "小程序/App首页", "Home screen", "consideration", "mini_program", "digital", "digital",
     "首页|主页|home|home page"),
    ("tp_choose_clinic", "选择门店", "Choose clinic", "consideration", "mini_program", "digital", "digital",
     "选门店|选诊所|pick a clinic|clinic selection"),
    ("tp_choose_slot", "选择就诊时间", "Choose time slot", "consideration", "mini_program", "digital", "digital",
     "选时间|选时段|约时间|time slot|pick a slot"),
    ("tp_child_info", "填写孩子档案", "Child profile form", "purchase", "mini_program", "digital", "digital",
     "孩子信息|儿童档案|宝宝资料|child details|kid's profile"),
    ("tp_booking_submit", "提交预约", "Booking submitted", "purchase", "mini_program", "digital", "digital",
     "预约成功|下预约|挂号|submit booking|book appointment"),
    ("tp_booking_error", "预约提交失败", "Booking error", "purchase", "mini_program", "digital", "digital",
     "预约失败|提交失败|booking failed|booking error"),
    ("tp_deposit_pay", "支付初诊检查费", "First checkup fee paid", "purchase", "mini_program", "digital", "finance",
     "初诊费|检查费|挂号费|定金|checkup fee|deposit"),
    ("tp_booking_cancel", "取消预约", "Booking cancelled", "service", "mini_program", "digital", "front_desk",
     "退约|取消|cancel booking|cancellation"),
    ("tp_checkin", "到店签到", "Clinic check-in", "service", "store", "physical", "front_desk",
     "到诊|签到|到店|check in|arrival"),
    ("tp_first_exam", "初诊检查", "First checkup", "service", "store", "physical", "clinical",
     "初诊|首诊|第一次检查|口腔检查|first visit|first exam|initial checkup"),
    ("tp_plan_presented", "出具治疗方案", "Treatment plan presented", "consideration", "store", "physical",
     "clinical", "治疗方案|方案|treatment plan|plan"),
    ("tp_plan_consent", "签署知情同意", "Treatment plan accepted", "purchase", "store", "physical", "clinical",
     "同意治疗|确认方案|知情同意书|consent|plan accepted"),
    ("tp_treatment_pay", "支付治疗费", "Treatment paid", "purchase", "store", "physical", "finance",
     "治疗费|付治疗费|treatment payment"),
    ("tp_treatment_visit", "治疗就诊", "Treatment visit", "service", "store", "physical", "clinical",
     "治疗|看牙|treatment appointment"),
    ("tp_treatment_done", "治疗完成", "Treatment completed", "service", "store", "physical", "clinical",
     "完成治疗|疗程结束|treatment finished"),
    ("tp_pkg_offer", "医生推荐护齿套餐", "Package recommended by the dentist", "consideration", "store", "physical",
     "clinical", "医生推荐|推荐套餐|package pitch|recommendation"),
    ("tp_pkg_browse", "浏览护齿套餐", "Browse prevention packages", "consideration", "mini_program", "digital",
     "growth", "套餐页|看套餐|涂氟套餐|窝沟封闭套餐|packages page"),
    ("tp_pkg_select", "选择套餐", "Package selected", "consideration", "mini_program", "digital", "growth",
     "选套餐|package selection"),
    ("tp_pkg_pay", "购买护齿套餐", "Package purchased", "purchase", "mini_program", "digital", "growth",
     "买套餐|套餐支付|buy package|package payment"),
    ("tp_pkg_book", "预约套餐服务", "Package session booked", "service", "mini_program", "digital", "front_desk",
     "约涂氟|约窝沟封闭|book fluoride|book sealant"),
    ("tp_pkg_redeem", "涂氟/窝沟封闭完成", "Fluoride / sealant session done", "service", "store", "physical",
     "clinical", "涂氟|窝沟封闭|核销|fluoride|sealant|redeemed"),
    ("tp_recall_sent", "复查提醒", "Recall reminder sent", "loyalty", "other", "digital", "crm",
     "复查通知|复诊提醒|召回|recall|reminder"),
    ("tp_recall_open", "打开复查提醒", "Recall reminder opened", "loyalty", "other", "digital", "crm",
     "点开提醒|reminder opened"),
    ("tp_recall_book", "预约复查", "Recall visit booked", "loyalty", "mini_program", "digital", "crm",
     "约复查|约复诊|recall booking"),
    ("tp_recall_visit", "复查到诊", "Recall visit", "loyalty", "store", "physical", "clinical",
     "复查|复诊|定期检查|checkup|six-month checkup|recall visit"),
    ("tp_complaint_submit", "提交投诉", "Complaint submitted", "service", "mini_program", "digital",
     "customer_service", "投诉|客诉|complaint"),
    ("tp_complaint_reply", "客服首次回复", "First reply to complaint", "service", "phone", "digital",
     "customer_service", "客服回复|首次响应|first response"),
    ("tp_complaint_closed", "投诉结案", "Complaint closed", "service", "phone", "digital", "customer_service",
     "结案|处理完成|resolved"),
    ("tp_complaint_rated", "投诉回访评价", "Complaint follow-up rating", "service", "phone", "digital",
     "customer_service", "回访|满意度回访|follow-up survey"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("first_visit", "首诊预约到店", "First checkup booking", 30,
     ["tp_choose_clinic", "tp_choose_slot", "tp_child_info", "tp_booking_submit", "tp_deposit_pay", "tp_checkin",
      "tp_first_exam"]),
    ("treatment", "治疗方案转化", "Treatment plan conversion", 60,
     ["tp_plan_presented", "tp_plan_consent", "tp_treatment_pay", "tp_treatment_visit", "tp_treatment_done"]),
    ("prevention_package", "护齿套餐购买使用", "Prevention package purchase", 30,
     ["tp_pkg_browse", "tp_pkg_select", "tp_pkg_pay", "tp_pkg_book", "tp_pkg_redeem"]),
    ("recall", "定期复查召回", "Recall visit", 30,
     ["tp_recall_sent", "tp_recall_open", "tp_recall_book", "tp_recall_visit"]),
    ("complaint", "投诉处理", "Complaint handling", 14,
     ["tp_complaint_submit", "tp_complaint_reply", "tp_complaint_closed", "tp_complaint_rated"]),
]

EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
EXPERIMENTS: list[dict] = []
_ctr = {"e": 0, "s": 0, "o": 0, "f": 0, "cp": 0}


def nid(kind: str, prefix: str, width: int) -> str:
    _ctr[kind] += 1
    return f"{prefix}{_ctr[kind]:0{width}d}"


def in_data(t: datetime | None) -> bool:
    return t is not None and START <= t <= END


def season(d: date) -> float:
    """demand multiplier: school holidays are busy, Spring Festival is quiet."""
    m = d.month
    f = 1.0
    if m in (7, 8):
        f = 1.6
    elif (m == 1 and d.day >= 15) or (m == 2 and d.day <= 20):
        f = 1.3
    elif m == 9:
        f = 1.15
    if date(2025, 1, 27) <= d <= date(2025, 2, 4) or date(2026, 2, 14) <= d <= date(2026, 2, 22):
        f = 0.35
    return f


def clinic_hour(d: date) -> float:
    if d.weekday() >= 5 or d.month in (7, 8):
        return 9.0 + R() * 8.0
    return 15.5 + R() * 3.5


def parent_hour() -> float:
    return pick([7.5 + R() * 1.5, 12 + R() * 1.5, 20 + R() * 3.0], [0.15, 0.2, 0.65])


def clinic_slot(after: datetime, lo: float, hi: float) -> datetime:
    d = (after + days(lo + R() * (hi - lo))).date()
    return at(d, clinic_hour(d))


def app_version(c: dict, t: datetime) -> str:
    if c["channel"] == "mini_program":
        if t < datetime(2025, 4, 15):
            return "3.6.2"
        if t < datetime(2025, 8, 20):
            return "3.7.0"
        if t < DOB_BUG[0]:
            return "3.7.4"
        if t < DOB_BUG[1]:
            return "3.8.0"
        if t < datetime(2026, 3, 10):
            return "3.8.1"
        return "3.9.0"
    if t < datetime(2025, 6, 1):
        return "5.2.0"
    if t < datetime(2026, 1, 12):
        return "5.3.1"
    return "5.4.0"


def new_session() -> str:
    return nid("s", "S", 7)


def clinic_fields(cid: str) -> dict:
    city, zh, en, _, _ = CLINICS[cid]
    return {"clinic_id": cid, "clinic": zh, "clinic_en": en, "region": city}


def ev(c: dict, t: datetime, tp: str, action: str, sess: str | None = None, channel: str | None = None,
       **extra) -> bool:
    if not in_data(t):
        return False
    row = {"event_id": nid("e", "E", 7), "customer_id": c["customer_id"], "ts": t, "touchpoint_id": tp,
           "session_id": sess, "action": action, "device": c["device"], "channel": channel or c["channel"],
           "app_version": app_version(c, t) if (channel or c["channel"]) in ("app", "mini_program") else None,
           "child_age": round(c["age0"] + (t - c["age_ref"]).days / 365.25, 1)}
    row.update(clinic_fields(extra.pop("clinic_id", c["clinic"])))
    row.update(extra)
    EVENTS.append(row)
    c["last_active"] = max(c.get("last_active") or t, t)
    return True


def local_to_cny(local: float, currency: str) -> float:
    return round(local * FX_HKD, 2) if currency == "HKD" else round(local, 2)


def order(c: dict, t: datetime, order_type: str, status: str, local: float, channel: str, **extra) -> str | None:
    if not in_data(t):
        return None
    oid = nid("o", "O", 6)
    cur = c["currency"]
    row = {"order_id": oid, "customer_id": c["customer_id"], "ts": t, "amount": float(local_to_cny(local, cur)),
           "status": status, "channel": channel, "device": c["device"], "order_type": order_type, "currency": cur,
           "amount_local": float(round(local, 2)), "insurance_claim": c["insurance"] != "none" and order_type == "treatment"
           and R() < 0.7}
    row.update(clinic_fields(extra.pop("clinic_id", c["clinic"])))
    row.update(extra)
    ORDERS.append(row)
    if status == "paid":
        c["spent"] += row["amount"]
    return oid


def pay_method(c: dict) -> str:
    if c["currency"] == "HKD":
        return pick(["credit_card", "fps", "payme", "octopus", "alipay_hk"], [0.4, 0.2, 0.15, 0.1, 0.15])
    if c["channel"] == "mini_program":
        return pick(["wechat_pay", "medical_insurance_card", "bank_card"], [0.86, 0.04, 0.10])
    return pick(["alipay", "wechat_pay", "bank_card"], [0.45, 0.45, 0.10])


# ---------------------------------------------------------------- customers
ACQ = {
    "Chengdu": (["wechat_ads", "xiaohongshu", "dianping", "referral", "school_screening", "douyin", "walk_in"],
                [0.22, 0.18, 0.14, 0.18, 0.12, 0.10, 0.06]),
    "Hangzhou": (["wechat_ads", "xiaohongshu", "dianping", "referral", "school_screening", "douyin", "walk_in"],
                 [0.20, 0.22, 0.12, 0.20, 0.10, 0.10, 0.06]),
    "Hong Kong": (["google_search", "facebook_ads", "referral", "school_screening", "instagram", "walk_in"],
                  [0.28, 0.20, 0.24, 0.12, 0.10, 0.06]),
}


def pick_clinic(city: str, t: datetime) -> str:
    ids = [k for k, v in CLINICS.items() if v[0] == city and (v[4] is None or t >= v[4])]
    return pick(ids, [CLINICS[k][3] for k in ids])


def make_customer(i: int, signup: datetime, legacy: bool) -> dict:
    city = pick(list(CITIES), [v["weight"] for v in CITIES.values()])
    seg = pick(SEGMENTS, SEG_W)
    lo, hi = SEG_AGE[seg]
    age0 = lo + R() * (hi - lo)
    hk = city == "Hong Kong"
    channel = pick(["mini_program", "app"], [0.22, 0.78] if hk else [0.74, 0.26])
    lang = pick(["en", "zh-HK"], [0.45, 0.55]) if hk else pick(["zh-CN", "en"], [0.95, 0.05])
    acq = pick(*ACQ[city])
    return {
        "customer_id": f"F{i:06d}", "signup_at": signup, "legacy": legacy, "city": city, "segment": seg,
        "age0": age0, "age_ref": signup, "clinic": pick_clinic(city, max(signup, START)),
        "currency": CITIES[city]["currency"], "channel": channel,
        "device": pick(["ios", "android"], [0.62, 0.38] if hk else [0.52, 0.48]), "lang": lang,
        "acquisition_channel": acq, "child_gender": pick(["boy", "girl"]),
        "children_count": pick([1, 2, 3], [0.66, 0.31, 0.03]),
        "parent_role": pick(["mother", "father", "grandparent"], [0.68, 0.26, 0.06]),
        "insurance": pick(["none", "commercial"], [0.45, 0.55] if hk else [0.85, 0.15]),
        "risk": None, "spent": 0.0, "care_card": False, "last_active": None, "examined": False, "churned": False,
        "first_exam_at": None, "last_visit": None, "upsold": 0,
    }


def build_customers() -> list[dict]:
    cs = []
    n_legacy, n_new = 1320, 2880
    for i in range(n_legacy):
        su = datetime(2023, 1, 1) + days(R() * 660)
        c = make_customer(len(cs) + 1, su.replace(microsecond=0), True)
        c["clinic"] = pick([k for k, v in CLINICS.items() if v[0] == c["city"] and v[4] is None],
                           [CLINICS[k][3] for k, v in CLINICS.items() if v[0] == c["city"] and v[4] is None])
        c["examined"] = True
        c["risk"] = pick(["low", "medium", "high"], [0.5, 0.35, 0.15])
        c["first_exam_at"] = su + days(1 + R() * 20)
        c["last_visit"] = max(c["first_exam_at"], START - days(R() * 175 + 3))
        cs.append(c)
    # new families: seasonal daily weights, a mild growth trend
    all_days = [START.date() + timedelta(days=k) for k in range((END.date() - START.date()).days + 1)]
    w = np.array([season(d) * (1 + 0.25 * k / len(all_days)) * (1.12 if d.weekday() >= 5 else 1.0)
                  for k, d in enumerate(all_days)])
    picks = rng.choice(len(all_days), size=n_new, p=w / w.sum())
    for k in sorted(picks):
        d = all_days[int(k)]
        su = at(d, parent_hour()).replace(microsecond=0)
        cs.append(make_customer(len(cs) + 1, su, False))
    return cs


# ---------------------------------------------------------------- flows
def complaint(c: dict, t: datetime, cat: str, topic: str, tp_about: str, clinic: str | None = None) -> None:
    if not in_data(t):
        return
    cid = nid("cp", "CP", 5)
    ch = pick([c["channel"], "phone"], [0.75, 0.25])
    clinic = clinic or c["clinic"]
    common = dict(complaint_id=cid, complaint_category=cat, 投诉类型=COMPLAINT_CATS[cat], clinic_id=clinic)
    ev(c, t, "tp_complaint_submit", "submit", new_session(), ch, **common)
    hk = c["city"] == "Hong Kong"
    base = 9.0 if hk else 5.0
    if cat == "booking_system" and DOB_BUG[0] <= t <= DOB_BUG[1] + days(3):
        base = 26.0  # the digital team's queue is flooded
    resp = float(rng.gamma(2.0, base / 2.0)) + 0.3
    t1 = t + hours(resp)
    if R() < 0.97:
        ev(c, t1, "tp_complaint_reply", "reply", None, "phone", response_hours=round(resp, 1), **common)
        if R() < 0.9:
            rd = round(0.5 + float(rng.gamma(2.0, 1.6 if cat != "upselling" else 2.6)), 1)
            t2 = t1 + days(rd)
            ev(c, t2, "tp_complaint_closed", "success", None, "phone", resolution_days=rd, **common)
            if R() < 0.62:
                csat = pick([1, 2, 3, 4, 5], [0.08, 0.12, 0.22, 0.33, 0.25] if cat != "upselling"
                            else [0.2, 0.25, 0.25, 0.2, 0.1])
                ev(c, t2 + days(1 + R() * 2), "tp_complaint_rated", "submit", None, "phone", csat=csat, **common)
    add_fb(topic, c["lang"], t + mins(2), c, "complaint_ticket", clinic, tp=tp_about, complaint_id=cid)


def first_visit(c: dict, t: datetime, attempt: int = 1) -> None:
    """one booking attempt from choosing a clinic; failures may retry later."""
    s = new_session()
    hk = c["city"] == "Hong Kong"
    ev(c, t, "tp_home", "view", s)
    t += mins(0.5 + R() * 2)
    ev(c, t, "tp_choose_clinic", "click", s)
    if R() > (0.82 if hk else 0.79):
        if R() < 0.22 and attempt < 3:
            first_visit(c, t + days(3 + R() * 20), attempt + 1)
        return
    t += mins(0.5 + R() * 3)
    ev(c, t, "tp_choose_slot", "click", s)
    if R() > 0.91:
        if R() < 0.2 and attempt < 3:
            first_visit(c, t + days(3 + R() * 20), attempt + 1)
        return
    t += mins(1 + R() * 4)
    ev(c, t, "tp_child_info", "submit", s, child_age_band=c["segment"])
    t += mins(0.3 + R() * 1.5)
    bug = c["channel"] == "mini_program" and DOB_BUG[0] <= t <= DOB_BUG[1]
    if bug and R() < 0.72:
        ev(c, t, "tp_booking_error", "fail", s, error_code="dob_picker_invalid")
        if R() < 0.5:
            t += mins(1 + R() * 3)
            ev(c, t, "tp_booking_error", "fail", s, error_code="dob_picker_invalid")
        if R() < 0.2:
            complaint(c, t + mins(10 + R() * 600), "booking_system", "dob_bug", "tp_booking_submit")
        if R() < 0.32 and attempt < 3:
            first_visit(c, t + days(2 + R() * 24), attempt + 1)
        return
    if not bug and R() > 0.925:
        ev(c, t, "tp_booking_error", "fail", s, error_code=pick(["slot_taken", "network_timeout", "server_error"],
                                                                 [0.5, 0.35, 0.15]))
        if R() < 0.3 and attempt < 3:
            first_visit(c, t + days(1 + R() * 10), attempt + 1)
        return
    lead = (2 + R() * 18) if hk else (1 + R() * 13)
    appt = clinic_slot(t, lead, lead + 0.01)
    ev(c, t, "tp_booking_submit", "success", s, appointment_at=appt, lead_days=round((appt - t).days + 0.0, 0),
       visit_type="first_exam")
    fee = FIRST_EXAM_FEE[c["currency"]]
    pm = pay_method(c)
    t += mins(0.5 + R() * 3)
    if R() > 0.91:
        order(c, t, "first_exam", "cancelled", fee, c["channel"], pay_method=pm, cancel_reason="payment_timeout",
              appointment_at=appt)
        return
    oid = order(c, t, "first_exam", "paid", fee, c["channel"], pay_method=pm, appointment_at=appt)
    ev(c, t, "tp_deposit_pay", "success", s, order_id=oid, pay_method=pm, amount_local=fee, currency=c["currency"])
    r = R()
    if r < 0.10:
        tc = t + (appt - t) * R()
        ev(c, tc, "tp_booking_cancel", "submit", new_session(), cancel_reason=pick(
            ["child_sick", "schedule_conflict", "found_other_clinic", "too_far"], [0.4, 0.35, 0.15, 0.1]))
        for o in ORDERS[::-1]:
            if o["order_id"] == oid:
                o["status"] = "refunded"
                o["refund_reason"] = "booking_cancelled"
                c["spent"] -= o["amount"]
                break
        if R() < 0.35:
            first_visit(c, tc + days(10 + R() * 40), attempt + 1)
        return
    if r < 0.165:
        return  # no-show: the fee is kept
    tci = appt - mins(5 + R() * 15)
    ev(c, tci, "tp_checkin", "success", None, "store", appointment_at=appt, visit_type="first_exam")
    if R() < (0.10 if c["segment"] == "toddler" else 0.02):
        return  # the child would not open their mouth; rebook by phone, not tracked
    wait = wait_minutes(c["clinic"], appt)
    tex = appt + mins(wait)
    doc = pick(DOCTORS[c["clinic"]])
    c["risk"] = pick(["low", "medium", "high"], {"toddler": [0.35, 0.35, 0.30], "preschool": [0.30, 0.38, 0.32],
                                                 "school_age": [0.40, 0.38, 0.22], "teen": [0.50, 0.35, 0.15]}
                     [c["segment"]])
    ev(c, tex, "tp_first_exam", "success", None, "store", doctor_id=doc, wait_minutes=wait, visit_type="first_exam",
       caries_risk=c["risk"])
    c["examined"] = True
    c["first_exam_at"] = tex
    c["last_visit"] = tex
    after_visit(c, tex, "first_exam", doc, wait)


def wait_minutes(clinic: str, t: datetime) -> int:
    base = {"HK-CWB": 19, "HK-ST": 14, "HZ-BJ": 13, "HZ-CX": 11, "CD-JJ": 12, "CD-GX": 12, "CD-TF": 9}[clinic]
    if t.weekday() >= 5 or t.month in (7, 8):
        base *= 1.4
    return int(round(float(rng.gamma(2.2, base / 2.2)) + 1))


def upsell_push(c: dict, t: datetime) -> float:
    """probability the dentist pitches a package at the end of a visit."""
    if c["city"] == "Chengdu" and t >= UPSELL_START:
        return 0.62 if t < datetime(2026, 1, 1) else (0.78 if t < datetime(2026, 4, 1) else 0.9)
    return 0.14


def after_visit(c: dict, t: datetime, kind: str, doc: str, wait: int) -> None:
    """what can follow a checkup / recall visit: a treatment plan, a package pitch, a survey, a complaint."""
    plan = False
    if kind in ("first_exam", "recall"):
        p = {"first_exam": {"low": 0.18, "medium": 0.58, "high": 0.88},
             "recall": {"low": 0.05, "medium": 0.16, "high": 0.42}}[kind][c["risk"]]
        if R() < p:
            plan = True
            declined = treatment_flow(c, t + mins(15 + R() * 20), doc)
        else:
            declined = False
    else:
        declined = False
    offered = False
    if kind in ("first_exam", "recall") and R() < upsell_push(c, t):
        offered = True
        package_flow(c, t + mins(20 + R() * 25), "dentist", doc)
    pushy = offered and c["city"] == "Chengdu" and t >= UPSELL_START
    if pushy:
        c["upsold"] += 1
        p_c = 0.07 if t < datetime(2026, 1, 1) else (0.10 if t < datetime(2026, 4, 1) else 0.14)
        if R() < p_c:
            complaint(c, t + days(R() * 3), "upselling", "upsell", "tp_pkg_offer")
    if R() < 0.014 + (0.05 if wait > 35 else 0.0):
        complaint(c, t + hours(2 + R() * 30), "wait_time", "wait", "tp_checkin")
    if R() < 0.01:
        complaint(c, t + hours(1 + R() * 20), "staff_attitude", "rude", "tp_checkin")
    if R() < (0.02 if c["currency"] == "HKD" else 0.01):
        complaint(c, t + hours(3 + R() * 48), "billing", "price", "tp_deposit_pay")
    # post-visit survey
    if R() < 0.31:
        ts = t + hours(2 + R() * 40)
        topic = survey_topic(c, t, wait, pushy, declined and c["segment"] == "toddler", plan)
        add_fb(topic, c["lang"], ts, c, "post_visit_survey", c["clinic"],
               tp="tp_first_exam" if kind == "first_exam" else "tp_recall_visit", doctor_id=doc, survey=True)


def survey_topic(c: dict, t: datetime, wait: int, pushy: bool, toddler_declined: bool, plan: bool) -> str:
    if toddler_declined and R() < 0.6:
        return "too_young"
    if pushy:
        p = 0.2 if t < datetime(2026, 1, 1) else (0.28 if t < datetime(2026, 4, 1) else 0.36)
        if R() < p:
            return "upsell"
    if wait > 30 and R() < 0.45:
        return "wait"
    return pick(["patient", "not_scared", "environment", "easy_booking", "generic_pos", "neutral", "wait", "price",
                 "rude", "generic_neg", "upsell"],
                [0.22, 0.15, 0.10, 0.06, 0.16, 0.10, 0.05, 0.06 + 0.04 * plan, 0.03, 0.05, 0.012])


def treatment_flow(c: dict, t: datetime, doc: str) -> bool:
    """returns True when the family did not accept the plan."""
    seg = c["segment"]
    mix = TREAT_MIX[seg]
    tt = pick(list(mix), list(mix.values()))
    zh, en, (lo, hi) = TREATMENTS[tt]
    cny = round(lo + R() * (hi - lo), -1)
    local = round(cny * 2.1, -1) if c["currency"] == "HKD" else cny
    info = dict(treatment_type=tt, 治疗项目=zh, plan_amount_local=local, currency=c["currency"], doctor_id=doc)
    ev(c, t, "tp_plan_presented", "view", None, "store", **info)
    p = {"toddler": 0.38, "preschool": 0.68, "school_age": 0.74, "teen": 0.70}[seg]
    if tt == "ga_treatment":
        p = 0.16
    if tt == "early_ortho":
        p -= 0.12
    if R() > p:
        return True
    same_day = R() < 0.5
    t1 = t + mins(5 + R() * 20) if same_day else at((t + days(1 + R() * 19)).date(), parent_hour())
    ch1 = "store" if same_day else c["channel"]
    ev(c, t1, "tp_plan_consent", "submit", None, ch1, **info)
    if R() > 0.93:
        return False
    t2 = t1 + (mins(3 + R() * 10) if same_day else pick([mins(2 + R() * 8), days(1 + int(R() * 3))], [0.7, 0.3]))
    pm = pay_method(c)
    oid = order(c, t2, "treatment", "paid", local, ch1, pay_method=pm, treatment_type=tt, 治疗项目=zh,
                doctor_id=doc)
    ev(c, t2, "tp_treatment_pay", "success", None, ch1, order_id=oid, pay_method=pm, amount_local=local, **info)
    t3 = clinic_slot(t2, 2, 21)
    if R() > 0.97:
        for o in ORDERS[::-1]:
            if o["order_id"] == oid:
                o["status"] = "refunded"
                o["refund_reason"] = "treatment_cancelled"
                c["spent"] -= o["amount"]
                break
        if R() < 0.3:
            complaint(c, t3 + days(5 + R() * 10), "refund", "refund_slow", "tp_treatment_pay")
        return False
    ev(c, t3, "tp_treatment_visit", "success", None, "store", visit_type="treatment", **info)
    if R() > 0.94:
        return False
    t4 = t3 + (days(7 + R() * 21) if tt == "early_ortho" else mins(40 + R() * 120))
    ev(c, t4, "tp_treatment_done", "success", None, "store", visit_type="treatment", **info)
    c["last_visit"] = max(c["last_visit"] or t4, t4)
    if R() < 0.045:
        complaint(c, t4 + days(5 + R() * 30), "treatment_quality", "filling", "tp_treatment_done")
    if R() < 0.28:
        topic = pick(["patient", "not_scared", "generic_pos", "neutral", "price", "generic_neg"],
                     [0.28, 0.22, 0.16, 0.12, 0.14, 0.08])
        add_fb(topic, c["lang"], t4 + hours(3 + R() * 40), c, "post_visit_survey", c["clinic"],
               tp="tp_treatment_done", doctor_id=doc, survey=True)
    return False


def package_code(c: dict, t: datetime) -> str:
    seg = c["segment"]
    if seg in ("toddler", "preschool"):
        return pick(["fluoride_4", "care_card"], [0.72, 0.28])
    if seg == "school_age":
        return pick(["sealant_4", "fluoride_4", "care_card"], [0.55, 0.2, 0.25])
    return pick(["sealant_4", "care_card", "fluoride_4"], [0.35, 0.45, 0.2])


def package_flow(c: dict, t: datetime, source: str, doc: str | None = None) -> None:
    s = new_session()
    in_clinic = source == "dentist"
    ch = "store" if in_clinic else c["channel"]
    code = package_code(c, t)
    zh, en, cny, hkd, _ = PACKAGES[code]
    local = hkd if c["currency"] == "HKD" else cny
    info = dict(package_code=code, 套餐=zh, source=source)
    if in_clinic:
        ev(c, t, "tp_pkg_offer", "view", s, "store", doctor_id=doc, **info)
        if R() > 0.66:
            return
        t += mins(1 + R() * 5)
    ev(c, t, "tp_pkg_browse", "view", s, ch if not in_clinic else c["channel"], **info)
    if R() > (0.62 if in_clinic else 0.40):
        return
    t += mins(1 + R() * 6)
    ev(c, t, "tp_pkg_select", "click", s, c["channel"], **info)
    if R() > (0.72 if in_clinic else 0.6):
        return
    t += mins(1 + R() * 4)
    pm = pay_method(c)
    oid = order(c, t, "package", "paid", local, c["channel"], pay_method=pm, package_code=code, 套餐=zh)
    ev(c, t, "tp_pkg_pay", "success", s, c["channel"], order_id=oid, pay_method=pm, amount_local=local,
       currency=c["currency"], **info)
    if code == "care_card":
        c["care_card"] = True
    if R() > 0.86:
        if R() < 0.25 and oid:
            for o in ORDERS[::-1]:
                if o["order_id"] == oid:
                    o["status"] = "refunded"
                    o["refund_reason"] = "unused_package"
                    c["spent"] -= o["amount"]
                    break
            if R() < 0.3:
                complaint(c, t + days(10 + R() * 20), "refund", "refund_slow", "tp_pkg_pay")
        return
    sessions = PACKAGES[code][4]
    for k in range(sessions):
        if k == 0:
            tb = t + (mins(2) if in_clinic and R() < 0.4 else days(0.5 + R() * 12))
            appt = (t + mins(15 + R() * 20)) if in_clinic and tb - t < mins(10) else clinic_slot(tb, 1, 14)
        else:
            tb = appt + days(80 + R() * 20)
            appt = clinic_slot(tb, 2, 12)
        ev(c, tb, "tp_pkg_book", "submit", None, c["channel"], appointment_at=appt, session_no=k + 1, **info)
        if R() > 0.93:
            break
        ev(c, appt, "tp_pkg_redeem", "success", None, "store", session_no=k + 1, order_id=oid,
           doctor_id=pick(DOCTORS[c["clinic"]]), **info)
        if R() < 0.12:
            add_fb(pick(["patient", "not_scared", "environment", "generic_pos", "neutral", "wait"],
                        [0.25, 0.25, 0.12, 0.2, 0.12, 0.06]), c["lang"], appt + hours(2 + R() * 30), c,
                   "post_visit_survey", c["clinic"], tp="tp_pkg_redeem", survey=True)


def recall_life(c: dict) -> None:
    """reminders every 6 months (3 for high caries risk) after the last visit, until the family drifts away."""
    interval = 91 if c["risk"] == "high" else 182
    nxt = c["last_visit"] + days(interval - 7)
    hk = c["city"] == "Hong Kong"
    second = False
    while nxt <= END:
        rch = pick(["sms", "whatsapp", "app_push"], [0.55, 0.2, 0.25]) if hk else \
            pick(["wechat_template", "sms", "app_push"], [0.78, 0.12, 0.10])
        ch = {"wechat_template": "mini_program", "sms": "sms", "whatsapp": "whatsapp", "app_push": "app"}[rch]
        ts = at(nxt.date(), 10 + R() * 0.5)
        variant = "plain_text"
        if AB_WINDOW[0] <= ts <= AB_WINDOW[1] and not c.get("ab"):
            c["ab"] = pick(["cartoon_card", "plain_text"])
            variant = c["ab"]
            EXPERIMENTS.append({"experiment_id": "recall_card_2026", "variant": variant,
                                "customer_id": c["customer_id"], "assigned_at": ts, "region": c["city"],
                                "reminder_channel": rch})
        elif c.get("ab") and AB_WINDOW[0] <= ts <= AB_WINDOW[1] + days(60):
            variant = c["ab"]
        recall_type = "3m_fluoride" if interval == 91 else "6m_checkup"
        info = dict(reminder_channel=rch, message_variant=variant, recall_type=recall_type,
                    reminder_no=2 if second else 1)
        ev(c, ts, "tp_recall_sent", "send", None, ch, **info)
        p_open = {"wechat_template": 0.72, "sms": 0.31, "whatsapp": 0.66, "app_push": 0.52}[rch]
        visit = None
        if R() < p_open:
            to = ts + hours(0.05 + float(rng.gamma(1.2, 3.0)))
            ev(c, to, "tp_recall_open", "click", None, ch, **info)
            p_book = 0.56 if variant == "plain_text" else 0.77
            if R() < p_book:
                tb = to + mins(1 + R() * 5) if R() < 0.6 else to + days(R() * 9)
                appt = clinic_slot(tb, 1, 16)
                ev(c, tb, "tp_recall_book", "submit", None, c["channel"] if ch in ("sms", "whatsapp") else ch,
                   appointment_at=appt, **info)
                if R() < 0.89:
                    visit = appt
        elif R() < 0.07:
            tb = ts + days(1 + R() * 10)
            appt = clinic_slot(tb, 1, 10)
            ev(c, tb, "tp_recall_book", "submit", None, "phone", appointment_at=appt, booked_by="front_desk_call",
               **info)
            if R() < 0.85:
                visit = appt
        if visit is not None:
            wait = wait_minutes(c["clinic"], visit)
            doc = pick(DOCTORS[c["clinic"]])
            ev(c, visit - mins(5 + R() * 10), "tp_checkin", "success", None, "store", visit_type="recall")
            ev(c, visit + mins(wait), "tp_recall_visit", "success", None, "store", doctor_id=doc, wait_minutes=wait,
               visit_type="recall", recall_type=recall_type)
            c["last_visit"] = visit + mins(wait)
            after_visit(c, visit + mins(wait), "recall", doc, wait)
            nxt = c["last_visit"] + days(interval - 7)
            second = False
            if R() < 0.07:
                break
        else:
            if second:
                if R() < 0.55:
                    c["churned"] = True
                    break
                nxt = ts + days(interval)
                second = False
            else:
                nxt = ts + days(21 + R() * 14)
                second = True


def browsing(c: dict) -> None:
    """home visits, articles and organic package browsing between visits."""
    t0 = max(START, c["signup_at"])
    t = t0 + days(float(rng.exponential(25)))
    rate = 0.9 if c["examined"] else 0.35
    while t <= END:
        d = t.date()
        s = new_session()
        ts = at(d, parent_hour())
        ev(c, ts, "tp_home", "view", s)
        if R() < 0.45:
            ev(c, ts + mins(0.5 + R() * 2), "tp_article", "view", s,
               article=pick(["换牙期护理", "涂氟有用吗", "窝沟封闭是什么", "龋齿早发现", "刷牙姿势", "夜奶与蛀牙"]))
        if c["examined"] and R() < 0.11 * season(d):
            package_flow(c, ts + mins(2 + R() * 5), "self")
        t += days(float(rng.exponential(30 / rate)) + 1)
        if c["churned"] and R() < 0.5:
            break


def simulate(c: dict) -> None:
    if not c["legacy"]:
        first_visit(c, c["signup_at"] + mins(1 + R() * 10))
    if c["examined"]:
        recall_life(c)
    browsing(c)


# ---------------------------------------------------------------- feedback
TEXTS = {  # topic: (sentiment, zh templates, en templates); each template holds its topic's marker only
    "upsell": ("negative", [
        "每次来检查医生都在推销套餐，孩子才刚检查完就让我们买全年护齿卡，感觉很不舒服。",
        "检查还没说清楚就开始推销涂氟和窝沟封闭，一直劝我们今天就下单。",
        "医生和助理轮流推销，我只是想带孩子做个复查。",
        "现在去成都这家店压力很大，推销太频繁了，下次考虑换一家。",
        "孩子牙齿没什么问题，还是被推销了一大堆项目，体验很差。",
    ], [
        "The dentist kept trying to upsell us a package right after the checkup. Very uncomfortable.",
        "Felt like a sales pitch, they upsell sealants and the annual card every single visit.",
        "Too much upselling. I just wanted a routine checkup for my son.",
        "Staff were nice but the constant upsell of fluoride packages is putting me off.",
    ]),
    "wait": ("negative", [
        "预约了十点，结果还是等太久，孩子在候诊区都闹起来了。",
        "周末来人太多，等太久了，能不能按预约时间叫号？",
        "明明提前约好的，到店又等太久，下次不想周末来了。",
        "前面的小朋友拖了很久，我们等太久才进诊室。",
    ], [
        "We had a booked slot but still waited too long in the waiting room.",
        "Waited too long on a Saturday morning, my daughter got restless.",
        "Appointment at 4pm, seen at almost 5. Waited too long for a booked visit.",
    ]),
    "dob_bug": ("negative", [
        "小程序填孩子出生日期一直提示格式错误，根本预约不了。",
        "出生日期选不了，点提交就报错，试了好几次都不行。",
        "更新后填出生日期就卡住，只能打电话预约，太麻烦。",
    ], [
        "The mini program won't accept my son's date of birth, booking fails every time.",
        "Can't book: the date of birth field keeps saying invalid.",
        "Tried five times, the date of birth picker is broken after the update.",
    ]),
    "price": ("negative", [
        "检查费加治疗费加起来太贵了，希望能有更透明的价格表。",
        "儿童补牙比别家太贵，虽然服务不错。",
        "套餐价格太贵了，普通家庭有点吃不消。",
    ], [
        "Good care but too expensive compared with other clinics.",
        "The treatment plan was too expensive for us, would like clearer pricing.",
        "Too expensive for a simple filling, honestly.",
    ]),
    "too_young": ("negative", [
        "医生建议全麻治疗，但孩子太小了，我们担心麻醉风险，先不做了。",
        "孩子太小不配合，方案要做镇静，家里老人不同意，再考虑一下。",
        "两岁多的宝宝要补好几颗牙，孩子太小我们下不了决心。",
    ], [
        "The plan needs general anaesthesia and my son is too young, we're not ready for that.",
        "She is too young to sit through it, they suggested sedation. We'll wait and see.",
        "Our toddler is too young for so much treatment at once, we need time to think.",
    ]),
    "rude": ("negative", [
        "前台态度很冷淡，问了两遍都不耐烦。",
        "前台态度需要改进，改约的时候说话很冲。",
    ], [
        "The front desk was rude when I asked to reschedule.",
        "Dentist was great, but the front desk was rude to my mum.",
    ]),
    "refund_slow": ("negative", [
        "取消治疗后退款很慢，两个星期了还没到账。",
        "套餐没用申请退款，退款很慢，催了好几次。",
    ], [
        "Cancelled the treatment and the slow refund is frustrating, still waiting after two weeks.",
        "Very slow refund for the unused package.",
    ]),
    "crash": ("negative", [
        "App一打开就闪退，只能用小程序。",
        "支付页面闪退了两次，不知道有没有扣款。",
    ], [
        "The app keeps crashing on the payment page.",
        "App keeps crashing when I open my child's records.",
    ]),
    "filling": ("negative", [
        "上个月补的牙掉了，又要再跑一趟。",
        "补的牙掉了一块，希望能免费重新处理。",
    ], [
        "My daughter's filling fell out after three weeks.",
        "The filling fell out, we had to come back again.",
    ]),
    "patient": ("positive", [
        "医生很耐心，一边讲故事一边检查，孩子全程配合。",
        "护士姐姐很耐心，给孩子看了刷牙的动画。",
        "王医生很耐心地解释了每颗牙的情况，家长很放心。",
        "医生很耐心，没有催孩子，慢慢来。",
    ], [
        "The dentist was so patient with my shy son.",
        "Everyone was so patient and explained everything to my daughter first.",
        "Dr. Chen was so patient, best dental visit we've had.",
    ]),
    "not_scared": ("positive", [
        "孩子这次一点都不怕，出来还说下次还要来。",
        "以前看牙就哭，这次不怕了，谢谢医生！",
        "诊室像游乐园一样，孩子完全不怕。",
    ], [
        "My son wasn't scared at all this time, he even wants to come back.",
        "First dental visit and she wasn't scared, amazing team.",
    ]),
    "environment": ("positive", [
        "诊所环境很好，有绘本和玩具，孩子很喜欢。",
        "候诊区环境干净明亮，很适合小朋友。",
    ], [
        "Really kid-friendly clinic, lots of books and toys.",
        "Clean, bright and kid-friendly waiting area.",
    ]),
    "easy_booking": ("positive", [
        "小程序预约很方便，还能选医生。",
        "预约很方便，提前一天有提醒。",
    ], [
        "Easy to book through the app and the reminders are helpful.",
        "Very easy to book, took two minutes.",
    ]),
    "generic_pos": ("positive", [
        "整体体验不错，会推荐给身边的朋友。",
        "服务专业，孩子的牙齿检查得很仔细。",
        "非常满意，下次复查还来。",
        "很专业的儿童齿科，值得信赖。",
    ], [
        "Great experience overall, will recommend to friends.",
        "Professional and thorough checkup for our kids.",
        "Very happy with the visit, see you at the next checkup.",
    ]),
    "generic_neg": ("negative", [
        "这次体验一般，感觉没有以前用心了。",
        "沟通不太到位，医生讲得太快了，没听明白。",
        "不太满意，希望改进。",
    ], [
        "Not a great visit this time, communication could be better.",
        "Disappointing, the explanation was rushed.",
    ]),
    "neutral": ("neutral", [
        "正常检查，没什么特别的。",
        "孩子做了检查，医生说下次半年后再来。",
        "还行吧，按流程走的。",
    ], [
        "Routine checkup, nothing special.",
        "It was fine. Next visit in six months.",
    ]),
}
MARKERS = {"upsell": ["推销", "upsell"], "wait": ["等太久", "waited too long"],
           "dob_bug": ["出生日期", "date of birth"], "price": ["太贵", "too expensive"],
           "too_young": ["孩子太小", "too young"], "rude": ["前台态度", "front desk was rude"],
           "refund_slow": ["退款很慢", "slow refund"], "crash": ["闪退", "keeps crashing"],
           "filling": ["补的牙掉了", "filling fell out"], "patient": ["很耐心", "so patient"],
           "not_scared": ["不怕", "wasn't scared"], "environment": ["环境", "kid-friendly"],
           "easy_booking": ["预约很方便", "easy to book"]}


def _check_templates() -> None:
    for topic, (_, zh, en) in TEXTS.items():
        for tpl in zh + en:
            low = tpl.lower()
            for m_topic, ms in MARKERS.items():
                hit = any(m.lower() in low for m in ms)
                assert hit == (m_topic == topic), (topic, m_topic, tpl)


def fb_text(topic: str, lang: str) -> str:
    _, zh, en = TEXTS[topic]
    return pick(en) if lang == "en" else pick(zh)


def add_fb(topic: str, lang: str, t: datetime | None, c: dict | None, channel: str, clinic: str | None,
           tp: str | None = None, survey: bool = False, undated_ok: bool = False, **extra) -> None:
    if t is not None and not in_data(t):
        return
    if t is None and not undated_ok:
        return
    flang = "en" if lang == "en" else "zh"
    sent = TEXTS[topic][0]
    row = {"feedback_id": nid("f", "FB", 5), "text": fb_text(topic, flang), "ts": t,
           "customer_id": c["customer_id"] if c else None, "touchpoint_id": tp, "channel": channel,
           "language": flang}
    if clinic:
        row.update(clinic_fields(clinic))
        row["region_zh"] = CITIES[CLINICS[clinic][0]]["zh"]
    if survey:
        row["rating"] = pick([4, 5], [0.3, 0.7]) if sent == "positive" else (
            pick([3, 4], [0.6, 0.4]) if sent == "neutral" else pick([1, 2, 3], [0.3, 0.45, 0.25]))
        row["nps"] = int(pick([9, 10, 8], [0.4, 0.4, 0.2])) if sent == "positive" else (
            int(pick([6, 7, 8], [0.3, 0.4, 0.3])) if sent == "neutral" else int(pick(list(range(0, 7)))))
    if c:
        row["device"] = c["device"]
    row.update(extra)
    FEEDBACK.append(row)
    TRUTH.append({"feedback_id": row["feedback_id"], "topic": topic, "sentiment": sent})


def random_ts(a: datetime, b: datetime) -> datetime:
    d = (a + (b - a) * R()).date()
    return min(max(at(d, parent_hour()), a), b).replace(microsecond=0)


def build_feedback() -> None:
    # app store reviews (no customer)
    for _ in range(210):
        t = random_ts(START, END)
        lang = pick(["zh", "en"], [0.8, 0.2])
        topic = pick(["crash", "easy_booking", "generic_pos", "generic_neg", "neutral", "patient"],
                     [0.2, 0.34, 0.16, 0.12, 0.1, 0.08])
        store = pick(["app_store", "google_play"]) if lang == "en" else pick(["app_store", "huawei_appgallery",
                                                                               "xiaomi_store"], [0.55, 0.3, 0.15])
        sent = TEXTS[topic][0]
        add_fb(topic, lang, t, None, "app_review", None, tp="tp_home", store=store,
               rating=pick([4, 5], [0.3, 0.7]) if sent == "positive" else (3 if sent == "neutral" else pick([1, 2])))
    for _ in range(38):  # the date-of-birth bug pile-on
        t = random_ts(DOB_BUG[0], DOB_BUG[1] + days(2))
        lang = pick(["zh", "en"], [0.85, 0.15])
        add_fb("dob_bug", lang, t, None, "app_review", None, tp="tp_child_info",
               store="wechat_mini_program_feedback", rating=1)
    # review sites (no customer): Dianping in the mainland, Google Maps in Hong Kong
    for _ in range(330):
        clinic = pick(list(CLINICS), [v[3] for v in CLINICS.values()])
        city = CLINICS[clinic][0]
        lo = max(START, CLINICS[clinic][4] or START)
        t = random_ts(lo, END)
        hk = city == "Hong Kong"
        lang = pick(["en", "zh"], [0.5, 0.5]) if hk else pick(["zh", "en"], [0.96, 0.04])
        if city == "Chengdu" and t >= UPSELL_START and R() < (0.3 if t < datetime(2026, 1, 1) else 0.42):
            topic = "upsell"
        else:
            topic = pick(["patient", "not_scared", "environment", "generic_pos", "wait", "price", "generic_neg",
                          "neutral"], [0.22, 0.15, 0.13, 0.15, 0.1, 0.1, 0.08, 0.07])
        sent = TEXTS[topic][0]
        add_fb(topic, lang, t, None, "google_maps" if hk else "dianping", clinic, tp="tp_first_exam",
               rating=pick([4, 5], [0.25, 0.75]) if sent == "positive" else (
                   pick([3, 4]) if sent == "neutral" else pick([1, 2, 3], [0.35, 0.4, 0.25])))
    # social posts (no customer, no rating)
    for _ in range(130):
        t = random_ts(START, END)
        hk = R() < 0.2
        if not hk and t >= datetime(2026, 1, 1) and R() < 0.45:
            topic, clinic = "upsell", pick(["CD-JJ", "CD-GX", "CD-TF"])
        else:
            topic = pick(["patient", "not_scared", "environment", "price", "wait", "generic_pos"],
                         [0.25, 0.25, 0.15, 0.15, 0.1, 0.1])
            clinic = pick([k for k, v in CLINICS.items() if (v[0] == "Hong Kong") == hk
                           and (v[4] is None or t >= v[4])])
        add_fb(topic, "en" if hk and R() < 0.6 else "zh", t, None, "social", clinic,
               platform="facebook" if hk else pick(["xiaohongshu", "douyin"], [0.75, 0.25]))
    # paper comment cards (no ts, no customer), transcribed in June 2026
    for _ in range(124):
        clinic = pick(list(CLINICS), [v[3] for v in CLINICS.values()])
        hk = CLINICS[clinic][0] == "Hong Kong"
        topic = pick(["patient", "not_scared", "environment", "generic_pos", "wait", "price", "neutral",
                      "generic_neg"], [0.22, 0.18, 0.14, 0.14, 0.1, 0.08, 0.08, 0.06])
        add_fb(topic, "en" if hk and R() < 0.45 else "zh", None, None, "comment_card", clinic, undated_ok=True,
               export_batch="paper_cards_2026-06")


# ---------------------------------------------------------------- main
def main() -> int:
    _check_templates()
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    cs = build_customers()
    for c in cs:
        simulate(c)
    build_feedback()

    rows = []
    for c in cs:
        clinic = CLINICS[c["clinic"]]
        tier = "vip" if c["spent"] >= 8000 else ("care_member" if c["care_card"] else "standard")
        birth = (c["age_ref"] - days(c["age0"] * 365.25)).date()
        rows.append({
            "customer_id": c["customer_id"], "signup_at": c["signup_at"], "segment": c["segment"],
            "region": c["city"], "acquisition_channel": c["acquisition_channel"], "tier": tier,
            "region_zh": CITIES[c["city"]]["zh"], "home_clinic_id": c["clinic"], "home_clinic": clinic[1],
            "home_clinic_en": clinic[2], "child_birth_month": birth.strftime("%Y-%m"),
            "child_gender": c["child_gender"], "children_count": c["children_count"],
            "parent_role": c["parent_role"], "preferred_language": c["lang"], "first_channel": c["channel"],
            "device": c["device"], "insurance": c["insurance"], "caries_risk": c["risk"],
            "first_exam_at": c["first_exam_at"], "last_visit_at": c["last_visit"],
            "last_active_at": c["last_active"], "wechat_bound": c["city"] != "Hong Kong" or c["channel"] ==
            "mini_program", "marketing_opt_in": R() < 0.62,
        })
    write(out / "customers.csv", rows)
    write(out / "touchpoints.csv", [
        {"touchpoint_id": t[0], "name": t[1], "name_zh": t[1], "name_en": t[2], "stage": t[3], "channel": t[4],
         "kind": t[5], "owner": t[6], "aliases": t[7]} for t in TOUCHPOINTS])
    write(out / "journeys.csv", [
        {"journey_id": j[0], "journey_name": j[1], "journey_name_zh": j[1], "journey_name_en": j[2],
         "step": k, "touchpoint_id": tp, "window_days": j[3]} for j in JOURNEYS for k, tp in enumerate(j[4], 1)])

    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(EVENTS), size=int(len(EVENTS) * 0.003), replace=False)
    ev_rows = list(EVENTS) + [EVENTS[int(i)] for i in dup_idx]
    ev_rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
            "app_version", "clinic_id", "clinic", "clinic_en", "region", "child_age", "child_age_band",
            "doctor_id", "appointment_at", "lead_days", "visit_type", "wait_minutes", "caries_risk", "error_code",
            "order_id", "pay_method", "amount_local", "currency", "treatment_type", "治疗项目", "plan_amount_local",
            "package_code", "套餐", "source", "session_no", "reminder_channel", "message_variant", "recall_type",
            "reminder_no", "booked_by", "cancel_reason", "article", "complaint_id", "complaint_category", "投诉类型",
            "response_hours", "resolution_days", "csat"]
    write(out / "events.csv", ev_rows, cols)
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ORDERS, [
        "order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "currency",
        "amount_local", "clinic_id", "clinic", "clinic_en", "region", "pay_method", "treatment_type", "治疗项目",
        "package_code", "套餐", "doctor_id", "appointment_at", "insurance_claim", "cancel_reason", "refund_reason"])
    FEEDBACK.sort(key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", FEEDBACK, [
        "feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
        "clinic_id", "clinic", "clinic_en", "region", "region_zh", "doctor_id", "device", "complaint_id",
        "store", "platform", "export_batch"])
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    EXPERIMENTS.sort(key=lambda r: (r["assigned_at"], r["customer_id"]))
    write(out / "experiments.csv", EXPERIMENTS)
    print(f"customers {len(rows)}, events {len(ev_rows)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}, "
          f"experiments {len(EXPERIMENTS)}")
    return 0


def write(path: Path, rows: list[dict], cols: list[str] | None = None) -> None:
    cols = cols or list(rows[0].keys())

    def conv(v):
        if v is None:
            return ""
        t = type(v)
        if t is datetime:
            return v.replace(microsecond=0).isoformat(" ", "seconds")
        if t is bool:
            return "true" if v else "false"
        if t is float:
            return repr(round(v, 4))
        return v

    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            g = r.get
            w.writerow([conv(g(k)) for k in cols])


if __name__ == "__main__":
    raise SystemExit(main())
