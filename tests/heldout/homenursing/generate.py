#!/usr/bin/env python
"""Generate the 安颐到家 AnYi HomeCare held-out dataset (synthetic, fixed seed).

    python generate.py OUTDIR

Home nursing and elder-care visits in Chengdu, Wuhan and Singapore. Writes a DATA.md folder (touchpoints,
journeys, customers, events, orders, feedback, experiments) plus OUTDIR/_truth/feedback_truth.csv (the
generator's topic / sentiment per comment; not a DATA.md table). Data covers 2025-01-01 .. 2026-05-31; naive local
times (China and Singapore are both UTC+8). See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 1)  # exclusive
SGD_TO_CNY = 5.35  # group reporting rate, fixed for the whole period

rng = np.random.default_rng(SEED)


def R() -> float:
    return float(rng.random())


def U(a: float, b: float) -> float:
    return a + (b - a) * R()


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    u = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if u < acc:
            return o
    return options[-1]


def day_time(d: datetime, h0=8.0, h1=18.0) -> datetime:
    """d's calendar day at a random time between h0 and h1."""
    base = datetime(d.year, d.month, d.day)
    return base + timedelta(minutes=int(U(h0, h1) * 60))


def iso(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- cities
CITIES = ["Chengdu", "Wuhan", "Singapore"]
CITY_W = [0.45, 0.33, 0.22]
CITY_ZH = {"Chengdu": "成都", "Wuhan": "武汉", "Singapore": "新加坡"}
CUR = {"Chengdu": "CNY", "Wuhan": "CNY", "Singapore": "SGD"}
DISTRICTS = {
    "Chengdu": [("武侯区", "Wuhou"), ("锦江区", "Jinjiang"), ("青羊区", "Qingyang"), ("成华区", "Chenghua"),
                ("金牛区", "Jinniu"), ("高新区", "Gaoxin")],
    "Wuhan": [("江岸区", "Jiang'an"), ("武昌区", "Wuchang"), ("洪山区", "Hongshan"), ("江汉区", "Jianghan"),
              ("汉阳区", "Hanyang")],
    "Singapore": [("淡滨尼", "Tampines"), ("勿洛", "Bedok"), ("大巴窑", "Toa Payoh"), ("裕廊西", "Jurong West"),
                  ("宏茂桥", "Ang Mo Kio"), ("兀兰", "Woodlands")],
}
HOSPITALS = {"Chengdu": ["四川大学华西医院", "四川省人民医院", "成都市第三人民医院"],
             "Wuhan": ["华中科技大学同济医学院附属协和医院", "武汉大学人民医院", "武汉市中心医院"],
             "Singapore": ["Singapore General Hospital", "Tan Tock Seng Hospital", "Changi General Hospital"]}
ACQ = {
    "cn": (["hospital_referral", "community_center", "douyin_ads", "wechat_search", "word_of_mouth", "insurer_referral"],
           [0.21, 0.15, 0.21, 0.15, 0.18, 0.10]),
    "sg": (["hospital_referral", "aic_referral", "google_search", "facebook_ads", "word_of_mouth"],
           [0.25, 0.15, 0.22, 0.18, 0.20]),
}
ACQ_ZH = {"hospital_referral": "医院出院转介", "community_center": "社区/街道推荐", "douyin_ads": "抖音信息流广告",
          "wechat_search": "微信搜一搜", "word_of_mouth": "亲友推荐", "insurer_referral": "保险公司转介",
          "aic_referral": "AIC护理署转介", "google_search": "谷歌搜索", "facebook_ads": "Facebook广告"}
# (p book assessment | inquiry, p sign | care plan)
ACQ_CONV = {"hospital_referral": (0.76, 0.80), "community_center": (0.60, 0.64), "douyin_ads": (0.34, 0.38),
            "wechat_search": (0.52, 0.60), "word_of_mouth": (0.66, 0.72), "insurer_referral": (0.70, 0.70),
            "aic_referral": (0.72, 0.74), "google_search": (0.55, 0.62), "facebook_ads": (0.46, 0.55)}
CONDITIONS = ["stroke", "dementia", "diabetes", "post_surgery", "copd", "frailty", "cancer_palliative", "parkinsons"]
COND_W = [0.24, 0.16, 0.15, 0.14, 0.09, 0.1, 0.06, 0.06]
COND_ZH = {"stroke": "脑卒中后遗症", "dementia": "认知症", "diabetes": "糖尿病", "post_surgery": "术后康复",
           "copd": "慢阻肺", "frailty": "衰弱/高龄", "cancer_palliative": "肿瘤安宁疗护", "parkinsons": "帕金森"}
TIERS = ["basic", "standard", "premium"]
TIER_ZH = {"basic": "基础护理包", "standard": "标准护理包", "premium": "尊享护理包"}
VISITS_PER_MONTH = {"basic": 1, "standard": 2, "premium": 3}
PRICE = {"Chengdu": {"basic": 980, "standard": 1880, "premium": 3580},
         "Wuhan": {"basic": 920, "standard": 1780, "premium": 3380},
         "Singapore": {"basic": 420, "standard": 800, "premium": 1480}}
ASSESS_FEE = {"Chengdu": 200.0, "Wuhan": 200.0, "Singapore": 120.0}
SCHEMES = {"Chengdu": (["chengdu_ltci", "commercial_care", "none"], [0.56, 0.1, 0.34]),
           "Wuhan": (["commercial_care", "none"], [0.3, 0.7]),
           "Singapore": (["careshield_life", "medisave", "none"], [0.42, 0.23, 0.35])}
SCHEME_ZH = {"chengdu_ltci": "成都长期护理保险", "commercial_care": "商业护理险", "careshield_life": "CareShield Life",
             "medisave": "MediSave", "none": "自费"}
COVER = {"chengdu_ltci": 0.7, "commercial_care": 0.5, "careshield_life": 0.6, "medisave": 0.3}
SERVICES = ["wound_care", "injection", "catheter_care", "nasogastric_feeding", "rehab_exercise", "vital_signs",
            "medication_mgmt", "bathing_assist", "palliative_care"]
SERVICE_ZH = {"wound_care": "伤口护理", "injection": "注射", "catheter_care": "导尿管护理", "nasogastric_feeding": "鼻饲",
              "rehab_exercise": "康复训练", "vital_signs": "生命体征监测", "medication_mgmt": "用药管理",
              "bathing_assist": "助浴", "palliative_care": "安宁疗护"}
SERVICE_MIN = {"wound_care": 50, "injection": 30, "catheter_care": 45, "nasogastric_feeding": 40, "rehab_exercise": 75,
               "vital_signs": 35, "medication_mgmt": 40, "bathing_assist": 90, "palliative_care": 80}
COND_SERVICE = {"stroke": ["rehab_exercise", "bathing_assist", "vital_signs", "nasogastric_feeding"],
                "dementia": ["medication_mgmt", "bathing_assist", "vital_signs"],
                "diabetes": ["wound_care", "injection", "vital_signs"],
                "post_surgery": ["wound_care", "catheter_care", "rehab_exercise"],
                "copd": ["vital_signs", "medication_mgmt", "injection"],
                "frailty": ["bathing_assist", "vital_signs", "rehab_exercise"],
                "cancer_palliative": ["palliative_care", "wound_care", "injection"],
                "parkinsons": ["rehab_exercise", "medication_mgmt", "bathing_assist"]}
ADDONS = [("iv_infusion", "上门输液", {"cn": 260, "sg": 95}), ("wound_supplies", "伤口敷料包", {"cn": 120, "sg": 40}),
          ("hospital_bed_rental", "护理床租赁", {"cn": 380, "sg": 150}), ("blood_test", "上门抽血检验", {"cn": 180, "sg": 70}),
          ("extra_visit", "加约上门", {"cn": 240, "sg": 85})]
ADDON_W = [0.22, 0.3, 0.1, 0.18, 0.2]
CANCEL_REASONS = (["family_request", "hospitalized", "nurse_unavailable", "weather", "elder_unwell"],
                  [0.42, 0.2, 0.14, 0.08, 0.16])
CNY_HOLIDAY = {2025: datetime(2025, 1, 29), 2026: datetime(2026, 2, 17)}
# planted: Chengdu LTCI platform migration (claims submitted in Nov 2025 mostly rejected)
MIGRATION = (datetime(2025, 11, 1), datetime(2025, 12, 1))
# planted: Android family app 3.2.0 crashes at "link elder" (2026-02-01 .. 03-02)
BAD_ANDROID = (datetime(2026, 2, 1), datetime(2026, 3, 3))
# planted: Wuhan nurse attrition -> visits by a nurse other than the primary one
WUHAN_PRIMARY = {(2026, 1): 0.70, (2026, 2): 0.60, (2026, 3): 0.52, (2026, 4): 0.45, (2026, 5): 0.40}


def p_primary(city: str, t: datetime) -> float:
    if city == "Wuhan":
        if t.year == 2026:
            return WUHAN_PRIMARY[(2026, t.month)]
        return 0.84 if t.month >= 10 else 0.87
    return 0.9 if city == "Chengdu" else 0.91


def add_months(d: datetime, n: int) -> datetime:
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    return datetime(y, m, 1)


# ---------------------------------------------------------------- text templates
T = {
    "late_arrival": {
        "zh": ["护士又迟到了{m}分钟，老人一直在等", "约的九点，迟到快一个小时才来，也没提前说", "护士迟到太常见了，能不能准时一点",
               "今天护士迟到{m}分钟，打电话也没人接", "迟到了还催着赶下一家，服务很匆忙"],
        "en": ["The nurse was {m} minutes late again and Dad was waiting by the door.",
               "Nurse came late, almost an hour after the slot, no call.", "Why is the nurse always late? Please fix this.",
               "Late by {m} minutes today and she rushed through everything."],
    },
    "nurse_changes": {
        "zh": ["这个月又换护士了，老人认生很不习惯", "每次都换护士，新来的不了解我妈的情况", "能不能别老换护士？要重新交代一遍病情",
               "总是换护士，之前的王护士为什么不来了", "一个月换了三个护士，老人都记不住谁是谁"],
        "en": ["A different nurse every week, Mum gets anxious with strangers.", "Yet another new nurse who didn't know Dad's history.",
               "Please stop sending a different nurse each time, we have to explain everything again.",
               "Third new nurse this month, continuity of care is gone."],
    },
    "claim_rejected": {
        "zh": ["长护险理赔被拒了，说资料不匹配，之前都是正常的", "理赔被驳回，客服说是医保平台升级的问题，让我们等",
               "这个月的报销被拒，要自己先垫付全款", "理赔一直不通过，材料交了三次", "报销被拒了也没人主动通知我们"],
        "en": ["Our claim was rejected for 'data mismatch', it was fine every month before.",
               "The insurance claim got rejected and nobody told us why.", "Claim denied again, we had to pay the full amount upfront.",
               "Still waiting on the resubmitted claim, very stressful."],
    },
    "billing_error": {
        "zh": ["账单多收了一次上门的钱", "这个月账单金额不对，明明取消了两次还照收", "账单看不懂，扣费项目太多",
               "重复扣费了，退款还要等好几天"],
        "en": ["We were charged for a visit that never happened.", "The invoice amount is wrong, cancelled visits were billed.",
               "Double charged this month, please refund.", "The bill is confusing, too many line items."],
    },
    "app_issue": {
        "zh": ["安卓版App绑定老人账号时一直闪退", "更新后App闪退，绑定不了我爸的档案", "绑定长者账号点确认就闪退，试了好多次",
               "App闪退，看不了护理记录"],
        "en": ["App crashes every time I try to bind my mother's account.", "Android app crash at the bind elder step, useless.",
               "Can't bind Dad's profile, the app just crashes.", "Crash after the update, cannot see anything."],
    },
    "scheduling": {
        "zh": ["想加约一次上门，周末的时段都约不上", "排班太死了，下午的时段总是约不上", "临时想改时间，约不上合适的时段"],
        "en": ["No weekend slot available for weeks.", "Hard to get an afternoon slot, the schedule is always full.",
               "Tried to move the visit, no slot free until next week."],
    },
    "care_quality": {
        "zh": ["换药的时候不够细心，伤口有点渗血", "操作有点粗糙，老人说疼", "量完血压也没解释就走了，不够细心"],
        "en": ["The dressing change felt rough, Mum said it hurt.", "A bit careless with the catheter, please train staff."],
    },
    "nurse_caring": {
        "zh": ["李护士非常耐心，跟老人聊天，老人很开心", "护士很专业，伤口恢复得很好", "护士专业又耐心，我们做子女的放心多了",
               "每次来都很耐心地教我们怎么护理", "护士很专业，还提醒我们注意防跌倒"],
        "en": ["Nurse Tan is so patient and caring with my father.", "Very professional nurse, the wound healed well.",
               "Caring and professional, she explained everything to us.", "Our nurse is wonderful, Mum looks forward to her visits."],
    },
    "punctual": {
        "zh": ["护士每次都很准时，提前还会发消息", "准时到，做事利索", "很准时，从来没让老人等过"],
        "en": ["Always on time and messages before arriving.", "Punctual and efficient, thank you.", "Arrived on time every visit."],
    },
    "report_helpful": {
        "zh": ["每次服务完都有护理记录推送，血压血糖一目了然", "护理报告写得很详细，在外地也能了解老人情况",
               "服务记录很清楚，复诊时直接给医生看"],
        "en": ["The visit report after each session is really useful, we can track his blood pressure.",
               "Detailed visit notes, great for us living overseas.", "Love the visit report, the doctor found it helpful too."],
    },
    "assessment_good": {
        "zh": ["上门评估很细致，护理方案很贴合老人情况", "评估的护士很专业，给的方案合理", "评估做得很全面，还给了居家改造建议"],
        "en": ["The home assessment was thorough and the care plan fits Mum well.",
               "Very thorough assessment, useful home safety tips."],
    },
    "neutral": {
        "zh": ["请问下个月能不能加一次上门？", "服务还可以，继续观察", "想了解一下尊享护理包包含哪些项目", "一般吧，没什么特别的",
               "老人最近住院了，先暂停一下服务"],
        "en": ["Can we add one more visit next month?", "Service is ok so far.", "What does the premium package include?",
               "Nothing special, it's fine.", "Dad is in hospital this week, please pause visits."],
    },
}
TOPIC_SENT = {"late_arrival": "neg", "nurse_changes": "neg", "claim_rejected": "neg", "billing_error": "neg",
              "app_issue": "neg", "scheduling": "neg", "care_quality": "neg", "nurse_caring": "pos", "punctual": "pos",
              "report_helpful": "pos", "assessment_good": "pos", "neutral": "neu"}
TOPIC_TP = {"late_arrival": "tp_nurse_checkin", "nurse_changes": "tp_visit_scheduled",
            "claim_rejected": "tp_claim_rejected", "billing_error": "tp_invoice", "app_issue": "tp_bind_elder",
            "scheduling": "tp_visit_scheduled", "care_quality": "tp_visit_done", "nurse_caring": "tp_visit_done",
            "punctual": "tp_nurse_checkin", "report_helpful": "tp_visit_report", "assessment_good": "tp_assessment",
            "neutral": None}


def rating_for(topic: str) -> int:
    s = TOPIC_SENT[topic]
    if topic in ("late_arrival", "scheduling"):
        return int(pick([1, 2, 3], [0.3, 0.5, 0.2]))
    if s == "neg":
        return int(pick([1, 2, 3], [0.55, 0.38, 0.07]))
    if s == "pos":
        return int(pick([4, 5], [0.28, 0.72]))
    return int(pick([3, 4], [0.6, 0.4]))


def nps_for(rating: int) -> int:
    base = {1: 1, 2: 3, 3: 6, 4: 8, 5: 9}[rating]
    return int(min(10, max(0, base + int(rng.integers(-1, 2)))))


def text_for(topic: str, lang: str) -> str:
    s = pick(T[topic][lang])
    return s.replace("{m}", str(int(pick([20, 25, 30, 35, 40, 50]))))


# ---------------------------------------------------------------- touchpoints and journeys
TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "服务咨询", "Service inquiry", "consideration", "phone", "physical", "intake",
     "咨询|来电咨询|询价|enquiry|inquiry call"),
    ("tp_assess_book", "预约评估", "Assessment booked", "consideration", "app", "digital", "intake",
     "约评估|预约上门评估|book assessment"),
    ("tp_assessment", "上门评估", "Home assessment", "consideration", "other", "physical", "clinical",
     "护理评估|失能评估|能力评估|nursing assessment|ADL assessment"),
    ("tp_care_plan", "护理方案", "Care plan proposed", "consideration", "app", "digital", "clinical",
     "护理计划|照护方案|care plan"),
    ("tp_plan_sign", "签约", "Service agreement signed", "purchase", "app", "digital", "sales",
     "签合同|签约|开通服务|sign-up|contract signed"),
    ("tp_first_visit", "首次上门", "First home visit", "service", "other", "physical", "nursing_ops",
     "首访|首次服务|first visit|intake visit"),
    ("tp_visit_scheduled", "上门排班", "Visit scheduled", "service", "app", "digital", "scheduling",
     "排班|预约上门|约护士|booking a visit"),
    ("tp_nurse_checkin", "护士到达签到", "Nurse arrival check-in", "service", "other", "physical", "nursing_ops",
     "到达|签到|到岗|arrival|check-in"),
    ("tp_visit_done", "上门服务完成", "Visit completed", "service", "other", "physical", "nursing_ops",
     "服务完成|护理完成|上门服务|visit done|home visit"),
    ("tp_visit_report", "护理记录推送", "Visit report sent", "service", "app", "digital", "nursing_ops",
     "护理记录|服务报告|服务记录|visit notes|care notes"),
    ("tp_family_rating", "家属评价", "Family rating", "loyalty", "app", "digital", "cx",
     "评价|打分|满意度评价|rating"),
    ("tp_visit_cancel", "取消上门", "Visit cancelled", "service", "app", "digital", "scheduling",
     "取消预约|取消服务|cancel visit"),
    ("tp_invoice", "月度账单", "Monthly invoice", "purchase", "app", "digital", "finance",
     "账单|月结单|发票|bill|invoice"),
    ("tp_payment", "缴费", "Payment", "purchase", "app", "digital", "finance", "付款|支付|交费|pay|payment"),
    ("tp_claim_submit", "提交理赔", "Claim submitted", "service", "other", "digital", "claims",
     "报销申请|长护险申请|提交报销|claim submission"),
    ("tp_claim_approved", "理赔通过", "Claim approved", "service", "other", "digital", "claims",
     "审核通过|报销通过|claim approved"),
    ("tp_claim_rejected", "理赔被拒", "Claim rejected", "service", "other", "digital", "claims",
     "拒赔|驳回|报销被拒|claim denied"),
    ("tp_reimbursed", "报销到账", "Reimbursement paid", "service", "other", "digital", "claims",
     "赔付到账|报销款到账|payout"),
    ("tp_app_download", "下载家属App", "Family app download", "service", "app", "digital", "digital",
     "下载App|装App|app install"),
    ("tp_app_register", "App注册", "App registration", "service", "app", "digital", "digital", "注册|sign up in app"),
    ("tp_bind_elder", "绑定长者", "Link elder's profile", "service", "app", "digital", "digital",
     "绑定老人|绑定长者账号|关联老人|bind elder|link profile"),
    ("tp_view_report", "App查看护理记录", "View visit report in app", "service", "app", "digital", "digital",
     "看记录|查看报告|view report"),
    ("tp_renewal_notice", "续约提醒", "Renewal reminder", "loyalty", "other", "digital", "account_mgmt",
     "到期提醒|续费提醒|renewal reminder"),
    ("tp_reassessment", "复评", "Re-assessment visit", "loyalty", "other", "physical", "clinical",
     "再评估|复评估|re-assessment"),
    ("tp_plan_update", "方案调整", "Care plan updated", "loyalty", "app", "digital", "clinical",
     "调整方案|改套餐|plan change"),
    ("tp_renewal", "续约", "Contract renewed", "loyalty", "app", "digital", "account_mgmt",
     "续签|续费|renewal|renewed"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "physical", "cx", "客诉|投诉工单|complaint"),
    ("tp_service_end", "终止服务", "Service ended", "loyalty", "other", "digital", "account_mgmt",
     "停止服务|解约|流失|churn|cancellation of service"),
]
JOURNEYS = [
    ("onboarding", "签约入户", "Onboarding: inquiry to first visit", 30,
     ["tp_inquiry", "tp_assess_book", "tp_assessment", "tp_care_plan", "tp_plan_sign", "tp_first_visit"]),
    ("home_visit", "上门护理服务", "Nurse home visit", 5,
     ["tp_visit_scheduled", "tp_nurse_checkin", "tp_visit_done", "tp_visit_report", "tp_family_rating"]),
    ("claim", "保险理赔", "Insurance claim", 30,
     ["tp_invoice", "tp_claim_submit", "tp_claim_approved", "tp_reimbursed"]),
    ("family_app", "家属App激活", "Family app activation", 14,
     ["tp_app_download", "tp_app_register", "tp_bind_elder", "tp_view_report"]),
    ("renewal", "续约", "Contract renewal", 30,
     ["tp_renewal_notice", "tp_reassessment", "tp_plan_update", "tp_renewal"]),
]

# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
EXPERIMENTS: list[dict] = []
_ids = {"E": 0, "O": 0, "F": 0, "V": 0, "CL": 0}


def nid(kind: str, width: int) -> str:
    _ids[kind] += 1
    return f"{kind}{_ids[kind]:0{width}d}"


def ev(cust: dict, tp: str, ts: datetime, action: str, channel: str = "", device: str = "", session: str = "",
       **extra) -> dict | None:
    if ts < START or ts >= END:
        return None
    row = dict(event_id=nid("E", 7), customer_id=cust["customer_id"], ts=ts.replace(microsecond=0), touchpoint_id=tp, session_id=session,
               action=action, device=device, channel=channel, city=cust["city"])
    row.update(extra)
    EVENTS.append(row)
    return row


def lang_for(cust: dict) -> str:
    return cust["contact_language"]


def feedback(cust: dict | None, topic: str, ts: datetime | None, channel: str, rating=None, nps=None,
             lang: str | None = None, tp: str | None = "auto", **extra):
    if ts is not None and (ts < START or ts >= END):
        return
    lang = lang or (lang_for(cust) if cust else "zh")
    FEEDBACK.append(dict(feedback_id=nid("F", 6), text=text_for(topic, lang), ts=ts and ts.replace(microsecond=0),
                         customer_id=cust["customer_id"] if cust else "",
                         touchpoint_id=TOPIC_TP[topic] if tp == "auto" else (tp or ""), channel=channel,
                         rating=rating, nps=nps, language=lang, city=cust["city"] if cust else extra.pop("city", ""),
                         _topic=topic, _sent=TOPIC_SENT[topic], **extra))


def complaint(cust: dict, ts: datetime, ctype: str, **extra):
    if ts >= END:
        return
    ch = pick(["phone", "app", "wechat" if cust["city"] != "Singapore" else "whatsapp"], [0.5, 0.3, 0.2])
    r = ev(cust, "tp_complaint", ts, "submit", channel=ch, complaint_type=ctype, **extra)
    if r is not None:
        cust["_complaints"].append(ts)
    if r is not None and R() < 0.8:
        feedback(cust, ctype, ts + timedelta(minutes=int(U(5, 120))), "ticket", nurse_id=extra.get("nurse_id", ""))


# ---------------------------------------------------------------- customers
def make_customer(i: int, city: str, signup: datetime) -> dict:
    sg = city == "Singapore"
    acq = pick(*ACQ["sg" if sg else "cn"])
    dz, de = pick(DISTRICTS[city])
    lang = ("en" if R() < 0.68 else "zh") if sg else ("en" if R() < 0.04 else "zh")
    age = int(min(101, max(60, rng.normal(81, 7))))
    return dict(customer_id=f"HN{i:06d}", signup_at=signup, city=city, city_zh=CITY_ZH[city],
                region=de, district_zh=dz, acquisition_channel=acq, acquisition_channel_zh=ACQ_ZH[acq],
                referral_hospital=pick(HOSPITALS[city]) if acq == "hospital_referral" else "",
                elder_age=age, elder_gender=pick(["F", "M"], [0.58, 0.42]),
                primary_condition=pick(CONDITIONS, COND_W), lives_alone=bool(R() < (0.22 if sg else 0.3)),
                family_relation=pick(["daughter", "son", "spouse", "daughter_in_law", "grandchild", "self"],
                                     [0.36, 0.3, 0.14, 0.08, 0.07, 0.05]),
                contact_language=lang, care_level="", tier="", payer_type="", insurance_scheme="",
                primary_nurse_id="", signed_at=None, service_end_at=None, end_reason="", app_user=False,
                currency=CUR[city], _complaints=[], _bad_invoice=[])


NURSES = {"Chengdu": [f"CD-N{k:02d}" for k in range(1, 41)], "Wuhan": [f"WH-N{k:02d}" for k in range(1, 29)],
          "Singapore": [f"SG-N{k:02d}" for k in range(1, 23)]}
AGENCY_WH = [f"WH-A{k:02d}" for k in range(1, 15)]


def other_nurse(cust: dict, t: datetime) -> tuple[str, str]:
    city = cust["city"]
    if city == "Wuhan" and t.year == 2026 and R() < 0.6:
        return pick(AGENCY_WH), "agency"
    while True:
        n = pick(NURSES[city])
        if n != cust["primary_nurse_id"]:
            return n, "staff"


def device_for(cust: dict) -> str:
    if cust["city"] == "Singapore":
        return pick(["ios", "android"], [0.56, 0.44])
    return pick(["ios", "android"], [0.38, 0.62])


def app_version(device: str, t: datetime) -> str:
    if t < datetime(2025, 9, 15):
        return "3.0.8"
    if t < BAD_ANDROID[0]:
        return "3.1.4"
    if t < BAD_ANDROID[1]:
        return "3.2.0"
    return "3.2.1"


# ---------------------------------------------------------------- onboarding
def onboarding(c: dict) -> datetime | None:
    """inquiry .. first visit; returns the first-visit time when signed."""
    sg = c["city"] == "Singapore"
    t = c["signup_at"]
    ch = pick(["phone", "mini_program" if not sg else "web", "app", "whatsapp" if sg else "web"], [0.42, 0.3, 0.12, 0.16])
    dev = device_for(c) if ch in ("app", "mini_program") else (pick(["pc", "ios", "android"], [0.5, 0.25, 0.25])
                                                               if ch == "web" else "")
    sess = f"OB{c['customer_id'][2:]}"
    ev(c, "tp_inquiry", t, "submit", ch, dev, sess, entry_source=c["acquisition_channel"])
    pb, ps = ACQ_CONV[c["acquisition_channel"]]
    if R() > pb:
        return None
    t = t + timedelta(hours=U(2, 70))
    ev(c, "tp_assess_book", t, "submit", pick(["phone", "app", "mini_program" if not sg else "web"], [0.5, 0.25, 0.25]),
       "", sess)
    if R() > 0.86:
        return None
    t = day_time(t + timedelta(days=U(1, 5)), 9, 17)
    c["care_level"] = int(pick([1, 2, 3], [0.34, 0.42, 0.24]))
    assessor = pick(NURSES[c["city"]])
    ev(c, "tp_assessment", t, "success", "home_visit", "", sess, nurse_id=assessor, care_level=c["care_level"],
       duration_minutes=int(U(60, 110)))
    ORDERS.append(dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=t + timedelta(minutes=95),
                       amount=ASSESS_FEE[c["city"]], status="paid" if R() < 0.97 else "cancelled", order_type="assessment",
                       city=c["city"], currency=c["currency"], payment_method=pick(
                           ["paynow", "card"] if sg else ["wechat_pay", "alipay"]), channel="app", session_id=sess))
    if R() > 0.93:
        return None
    t = t + timedelta(hours=U(18, 70))
    tier = pick(TIERS, {1: [0.55, 0.38, 0.07], 2: [0.3, 0.52, 0.18], 3: [0.12, 0.43, 0.45]}[c["care_level"]])
    ev(c, "tp_care_plan", t, "send", "app" if R() < 0.6 else "email", "", sess, tier_proposed=tier)
    if R() > ps:
        return None
    t = t + timedelta(days=U(1, 9))
    c["tier"] = tier
    c["insurance_scheme"] = pick(*SCHEMES[c["city"]])
    if c["insurance_scheme"] == "chengdu_ltci" and c["care_level"] == 1:
        c["insurance_scheme"] = "none" if R() < 0.6 else "commercial_care"
    c["payer_type"] = "self_pay" if c["insurance_scheme"] == "none" else "insurance"
    c["primary_nurse_id"] = pick(NURSES[c["city"]])
    c["signed_at"] = t
    ev(c, "tp_plan_sign", t, "success", pick(["app", "paper"], [0.7, 0.3]), "", sess, tier=tier,
       contract_months=6)
    t = day_time(t + timedelta(days=U(1, 5)), 8, 17)
    if R() > 0.965:  # signed, then cancelled before the first visit
        c["service_end_at"] = t
        c["end_reason"] = "cancelled_before_start"
        ev(c, "tp_service_end", t, "success", "phone", "", sess, end_reason=c["end_reason"])
        return None
    ev(c, "tp_first_visit", t, "success", "home_visit", "", sess, nurse_id=c["primary_nurse_id"],
       duration_minutes=int(U(90, 130)))
    if R() < 0.16:
        topic = pick(["assessment_good", "nurse_caring", "neutral"], [0.55, 0.3, 0.15])
        feedback(c, topic, t + timedelta(days=U(1, 4)), "survey", rating=rating_for(topic),
                 tp="tp_first_visit" if topic == "nurse_caring" else "tp_assessment")
    return t


# ---------------------------------------------------------------- visits
def cny_window(t: datetime) -> bool:
    h = CNY_HOLIDAY.get(t.year)
    return h is not None and h - timedelta(days=7) <= t <= h + timedelta(days=9)


def visits(c: dict, a: datetime, b: datetime, stats: dict):
    """regular visits in [a, b)."""
    per = VISITS_PER_MONTH[c["tier"]]
    gap = 30.0 / per
    t = a + timedelta(days=U(0.5, gap))
    sg = c["city"] == "Singapore"
    conds = COND_SERVICE[c["primary_condition"]]
    while t < b and t < END:
        vt = day_time(t, 8, 17.5)
        t = t + timedelta(days=gap * U(0.8, 1.2))
        if not sg and cny_window(vt) and R() < 0.6:
            continue
        sess = nid("V", 6)
        sched = vt - timedelta(days=U(1, 3))
        sched = day_time(sched, 9, 20)
        by_app = c["app_user"] and R() < 0.7
        dev = c.get("_device", "") if by_app else ""
        ev(c, "tp_visit_scheduled", sched, "submit", "app" if by_app else "phone", dev, sess,
           planned_start=iso(vt))
        if R() < 0.055:
            reason = pick(*CANCEL_REASONS)
            ev(c, "tp_visit_cancel", sched + (vt - sched) * U(0.2, 0.95), "cancel", "app" if by_app else "phone", dev,
               sess, cancel_reason=reason)
            continue
        if R() < p_primary(c["city"], vt):
            nurse, ntype = c["primary_nurse_id"], "staff"
            primary = True
        else:
            (nurse, ntype), primary = other_nurse(c, vt), False
        p_on = {"Chengdu": 0.74, "Wuhan": 0.66, "Singapore": 0.82}[c["city"]] - (0.0 if primary else 0.2)
        late = 0 if R() < p_on else int(1 + rng.exponential(14 if primary else 24))
        checkin = vt + timedelta(minutes=late)
        svc = pick(conds) if R() < 0.85 else pick(SERVICES)
        ev(c, "tp_nurse_checkin", checkin, "success", "home_visit", "", sess, nurse_id=nurse, nurse_type=ntype,
           is_primary_nurse=primary, late_minutes=late)
        if R() < 0.004:
            continue  # emergency transfer, visit aborted
        dur = int(max(20, rng.normal(SERVICE_MIN[svc], 10)))
        done = checkin + timedelta(minutes=dur)
        ev(c, "tp_visit_done", done, "success", "home_visit", "", sess, nurse_id=nurse, nurse_type=ntype,
           is_primary_nurse=primary, service_type=svc, service_type_zh=SERVICE_ZH[svc], duration_minutes=dur,
           care_level=c["care_level"])
        key = (done.year, done.month)
        stats[key] = stats.get(key, 0) + 1
        if done < END:
            stats.setdefault("visits", []).append((done, late, primary, nurse))
        if R() < 0.97:
            rep = done + timedelta(minutes=int(U(10, 240)))
            ev(c, "tp_visit_report", rep, "send", "app" if c["app_user"] else "sms", "", sess, nurse_id=nurse)
            p_rate = 0.13 if c["app_user"] else 0.05
            if R() < p_rate:
                rt = rep + timedelta(hours=U(1, 40))
                # topic of the family rating
                w = {"late_arrival": 0.02 + (0.55 if late > 20 else 0.12 if late > 8 else 0.0),
                     "nurse_changes": 0.0 if primary else (0.38 if c["city"] == "Wuhan" else 0.12),
                     "care_quality": 0.03, "scheduling": 0.03, "nurse_caring": 0.4 if primary else 0.2,
                     "punctual": 0.1 if late == 0 else 0.0, "report_helpful": 0.1, "neutral": 0.14}
                topic = pick(list(w), list(w.values()))
                rating = rating_for(topic)
                ev(c, "tp_family_rating", rt, "submit", "app" if c["app_user"] else "sms",
                   c.get("_device", "") if c["app_user"] else "", sess, rating=rating)
                if START <= rt < END:
                    feedback(c, topic, rt, "survey", rating=rating,
                             nps=nps_for(rating) if R() < 0.4 else None, nurse_id=nurse, visit_id=sess)
        # complaints
        if late > 30 and R() < 0.09:
            complaint(c, checkin + timedelta(hours=U(1, 30)), "late_arrival", nurse_id=nurse, session_id=sess)
        if not primary and c["city"] == "Wuhan" and vt.year == 2026 and R() < 0.045:
            complaint(c, done + timedelta(hours=U(1, 48)), "nurse_changes", nurse_id=nurse, session_id=sess)
        elif not primary and R() < 0.006:
            complaint(c, done + timedelta(hours=U(1, 48)), "nurse_changes", nurse_id=nurse, session_id=sess)
        if R() < 0.002:
            complaint(c, done + timedelta(hours=U(1, 48)), "care_quality", nurse_id=nurse, session_id=sess)


# ---------------------------------------------------------------- billing and claims
def bill(c: dict, stats: dict, active: list[tuple[datetime, datetime]]):
    sg = c["city"] == "Singapore"
    months = sorted(k for k in stats if isinstance(k, tuple))
    for (y, m) in months:
        ms = datetime(y, m, 1)
        me = add_months(ms, 1)
        inv_t = day_time(me + timedelta(days=int(U(0, 3))), 9, 11)
        if inv_t >= END:
            continue
        days = sum(max(0.0, (min(b, me) - max(a, ms)).total_seconds() / 86400) for a, b in active)
        frac = min(1.0, days / (me - ms).days)
        price = PRICE[c["city"]][c["tier_at"](ms)]
        amount = round(price * (1.0 if frac > 0.8 else max(0.25, frac)), 2)
        scheme = c["insurance_scheme"]
        ins = round(amount * COVER.get(scheme, 0.0), 2)
        oid = nid("O", 6)
        sess = f"BL{oid[1:]}"
        order = dict(order_id=oid, customer_id=c["customer_id"], ts=inv_t, amount=amount, status="paid",
                     order_type="monthly_package", city=c["city"], currency=c["currency"], tier=c["tier_at"](ms),
                     service_month=f"{y}-{m:02d}", visits_completed=stats[(y, m)], insurance_scheme=scheme,
                     insurer_share=ins, copay_amount=round(amount - ins, 2), channel="app" if c["app_user"] else "sms",
                     session_id=sess)
        ev(c, "tp_invoice", inv_t, "send", order["channel"], "", sess, order_id=oid, amount=amount)
        u = R()
        if u < 0.025:  # billing error: voided and reissued
            order["status"] = "cancelled"
            order["void_reason"] = "billing_error"
            ORDERS.append(order)
            complaint(c, inv_t + timedelta(hours=U(3, 60)), "billing_error", order_id=oid)
            inv_t = inv_t + timedelta(days=U(2, 6))
            if inv_t >= END:
                continue
            oid2 = nid("O", 6)
            order = dict(order, order_id=oid2, ts=inv_t, status="paid", void_reason="",
                         amount=round(amount * U(0.8, 0.95), 2), replaces_order_id=oid)
            order["insurer_share"] = round(order["amount"] * COVER.get(scheme, 0.0), 2)
            order["copay_amount"] = round(order["amount"] - order["insurer_share"], 2)
            ev(c, "tp_invoice", inv_t, "send", order["channel"], "", sess, order_id=oid2, amount=order["amount"])
            oid, amount, ins = oid2, order["amount"], order["insurer_share"]
        pay_t = inv_t + timedelta(days=U(0.2, 12))
        if pay_t >= END:
            order["status"] = "pending"
        else:
            order["paid_at"] = pay_t
            order["payment_method"] = pick(["paynow", "giro", "card"], [0.5, 0.3, 0.2]) if sg else \
                pick(["wechat_pay", "alipay", "bank_transfer"], [0.55, 0.3, 0.15])
            ev(c, "tp_payment", pay_t, "success", order["channel"], c.get("_device", "") if c["app_user"] else "",
               sess, order_id=oid, amount=order["copay_amount"], payment_method=order["payment_method"])
            if R() < 0.012:
                order["status"] = "refunded"
                order["refund_reason"] = pick(["service_missed", "duplicate_charge"], [0.6, 0.4])
                order["refunded_at"] = pay_t + timedelta(days=U(3, 12))
                complaint(c, pay_t + timedelta(days=U(0.5, 2)), "billing_error", order_id=oid)
        ORDERS.append(order)
        # add-ons
        if R() < 0.28:
            item, item_zh, prices = pick(ADDONS, ADDON_W)
            base = prices["sg" if sg else "cn"]
            n = 1 if item == "hospital_bed_rental" else int(pick([1, 2, 3], [0.7, 0.22, 0.08]))
            at = day_time(ms + timedelta(days=U(0, 27)), 9, 19)
            if START <= at < END:
                ORDERS.append(dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=at, amount=float(base * n),
                                   status="paid" if R() < 0.96 else "cancelled", order_type="addon", addon_item=item,
                                   addon_item_zh=item_zh, quantity=n, city=c["city"], currency=c["currency"],
                                   payment_method=pick(["paynow", "card"]) if sg else pick(["wechat_pay", "alipay"]),
                                   channel="app" if c["app_user"] else "phone", tier=c["tier_at"](ms)))
        # claims
        if scheme == "none" or R() > (0.95 if scheme == "careshield_life" else 0.9):
            continue
        st = inv_t + timedelta(days=U(1, 6))
        cid = nid("CL", 6)
        ev(c, "tp_claim_submit", st, "submit", "insurer_portal", "", sess, claim_id=cid, scheme=scheme,
           claim_amount=ins, attempt=1)
        migration = scheme == "chengdu_ltci" and MIGRATION[0] <= st < MIGRATION[1]
        p_ok = 0.35 if migration else 0.93
        dt_ = st + timedelta(days=U(4, 12))
        if R() < p_ok:
            ev(c, "tp_claim_approved", dt_, "success", "insurer_portal", "", sess, claim_id=cid, scheme=scheme,
               claim_amount=ins)
            if R() < 0.99:
                ev(c, "tp_reimbursed", dt_ + timedelta(days=U(2, 7)), "success", "bank", "", sess, claim_id=cid,
                   scheme=scheme, claim_amount=ins)
        else:
            reason = "platform_migration_mismatch" if migration and R() < 0.9 else \
                pick(["missing_documents", "not_eligible", "over_annual_limit"], [0.6, 0.25, 0.15])
            ev(c, "tp_claim_rejected", dt_, "fail", "insurer_portal", "", sess, claim_id=cid, scheme=scheme,
               claim_amount=ins, reject_reason=reason)
            if R() < (0.42 if migration else 0.3):
                complaint(c, dt_ + timedelta(hours=U(2, 72)), "claim_rejected", claim_id=cid)
            if migration and R() < 0.22:
                feedback(c, "claim_rejected", dt_ + timedelta(days=U(0.5, 10)), "call_note")
            if R() < (0.85 if migration else 0.5):
                rt = day_time(datetime(2026, 1, 6) + timedelta(days=U(0, 12))) if migration else \
                    st + timedelta(days=U(32, 50))
                ev(c, "tp_claim_submit", rt, "submit", "insurer_portal", "", sess, claim_id=cid, scheme=scheme,
                   claim_amount=ins, attempt=2)
                at = rt + timedelta(days=U(4, 12))
                if R() < 0.92:
                    ev(c, "tp_claim_approved", at, "success", "insurer_portal", "", sess, claim_id=cid,
                       scheme=scheme, claim_amount=ins)
                    ev(c, "tp_reimbursed", at + timedelta(days=U(2, 7)), "success", "bank", "", sess, claim_id=cid,
                       scheme=scheme, claim_amount=ins)


# ---------------------------------------------------------------- family app
def family_app(c: dict, t: datetime):
    dev = device_for(c)
    c["_device"] = dev
    sess = f"AP{c['customer_id'][2:]}"
    ver = app_version(dev, t)
    ev(c, "tp_app_download", t, "success", "app", dev, sess, app_version=ver)
    c["app_user"] = True
    if R() > 0.89:
        return
    t = t + timedelta(hours=U(0.1, 30))
    ver = app_version(dev, t)
    ev(c, "tp_app_register", t, "success", "app", dev, sess, app_version=ver)
    t = t + timedelta(hours=U(0.1, 48))
    ver = app_version(dev, t)
    if dev == "android" and ver == "3.2.0" and R() < 0.72:
        if R() < 0.15:
            complaint(c, t + timedelta(hours=U(1, 24)), "app_issue")
        if R() < 0.45:  # some come back after the 3.2.1 fix, mostly weeks later
            t = max(t, BAD_ANDROID[1]) + timedelta(days=U(6, 30))
            ver = "3.2.1"
        else:
            return
    elif R() > 0.86:
        return
    ev(c, "tp_bind_elder", t, "success", "app", dev, sess, app_version=ver)
    if R() < 0.9:
        ev(c, "tp_view_report", t + timedelta(days=U(0.3, 6)), "view", "app", dev, sess, app_version=ver)


# ---------------------------------------------------------------- service life
def service_life(c: dict, first_visit: datetime, signed: datetime, legacy: bool = False):
    """contract periods with renewals and endings; visits, bills, app."""
    stats: dict = {}
    active: list[tuple[datetime, datetime]] = []
    if legacy:  # December 2024 service, invoiced in early January 2025
        stats[(2024, 12)] = VISITS_PER_MONTH[c["tier"]]
        active.append((datetime(2024, 12, 1), START))
    tiers: list[tuple[datetime, str]] = [(datetime(2000, 1, 1), c["tier"])]
    c["tier_at"] = lambda t: [x for s, x in tiers if s <= t][-1] if any(s <= t for s, _ in tiers) else tiers[0][1]
    # family app
    if not legacy and R() < (0.78 if c["city"] == "Singapore" else 0.68):
        family_app(c, signed + timedelta(days=U(0, 25)))
    cs = signed
    start = first_visit
    hazard = {1: 0.015, 2: 0.02, 3: 0.034}[c["care_level"]] / 30.0
    while True:
        ce = cs + timedelta(days=182)
        end_med = start + timedelta(days=float(rng.exponential(1 / hazard)))
        stop = min(ce, end_med)
        n_before = len(c["_complaints"])
        visits(c, start, stop, stats)
        active.append((start, min(stop, END)))
        if not c["app_user"] and R() < 0.3:
            at = start + timedelta(days=U(5, 150))
            if at < stop:
                family_app(c, at)
        if end_med < ce:
            if end_med < END:
                c["service_end_at"] = end_med
                c["end_reason"] = pick(["hospitalized_long_term", "passed_away", "moved_to_care_home", "moved_away"],
                                       [0.35, 0.3, 0.25, 0.1])
                ev(c, "tp_service_end", end_med, "success", "other", "", "", end_reason=c["end_reason"])
            break
        notice = day_time(ce - timedelta(days=14), 9, 11)
        if notice >= END:
            break
        sess = f"RN{c['customer_id'][2:]}{ce:%y%m}"
        ev(c, "tp_renewal_notice", notice, "send", pick(["sms", "app"]) if c["app_user"] else "sms", "", sess,
           contract_end=ce.strftime("%Y-%m-%d"))
        variant = None
        if datetime(2025, 9, 1) <= notice < datetime(2026, 3, 1):
            variant = "loyalty_discount" if R() < 0.5 else "control"
            EXPERIMENTS.append(dict(experiment_id="renewal_offer_2025h2", variant=variant,
                                    customer_id=c["customer_id"], assigned_at=notice))
        complaints = len(c["_complaints"]) - n_before
        recent = [v for v in stats.get("visits", []) if v[0] >= cs]
        changes = sum(1 for v in recent if not v[2]) / max(1, len(recent))
        p = {"Chengdu": 0.83, "Wuhan": 0.81, "Singapore": 0.86}[c["city"]]
        p -= 0.12 * min(complaints, 2) + 0.9 * max(0.0, changes - 0.15)
        if variant == "loyalty_discount":
            p += 0.07
        renew = R() < p
        t = notice + timedelta(days=U(2, 7))
        if R() < (0.9 if renew else 0.45):
            ev(c, "tp_reassessment", t, "success", "home_visit", "", sess, nurse_id=c["primary_nurse_id"])
            t = t + timedelta(days=U(1, 3))
            if renew or R() < 0.5:
                new_tier = c["tier"]
                if R() < 0.18:
                    new_tier = pick(TIERS)
                ev(c, "tp_plan_update", t, "send", "app" if c["app_user"] else "email", "", sess, tier=new_tier)
                if renew and new_tier != c["tier"]:
                    tiers.append((ce, new_tier))
                    c["tier"] = new_tier
        if not renew:
            if ce < END:
                c["service_end_at"] = ce
                c["end_reason"] = "dissatisfied" if complaints or changes > 0.3 else pick(
                    ["cost", "family_takes_over", "dissatisfied", "switched_provider"], [0.4, 0.3, 0.15, 0.15])
                ev(c, "tp_service_end", ce, "success", "other", "", sess, end_reason=c["end_reason"])
            stop = ce
            break
        ev(c, "tp_renewal", t + timedelta(days=U(0.5, 4)), "success", "app" if c["app_user"] else "paper", "", sess,
           tier=c["tier"], contract_months=6, renewal_offer=variant or "")
        cs = ce
        start = ce
        if start >= END:
            break
    bill(c, stats, active)
    return stats


# ---------------------------------------------------------------- other feedback
def ambient_feedback(customers: list[dict]):
    signed = [c for c in customers if c["signed_at"] is not None]
    # coordinator call notes (回访): quarterly, some typed in later without a date
    for c in signed:
        t = max(c["signed_at"] + timedelta(days=U(20, 60)), START + timedelta(days=U(0, 90)))
        end = c["service_end_at"] or END
        while t < end and t < END:
            if R() < 0.22:
                topic = pick(["neutral", "nurse_caring", "report_helpful", "scheduling", "late_arrival", "billing_error"],
                             [0.42, 0.28, 0.08, 0.08, 0.08, 0.06])
                if c["city"] == "Wuhan" and t.year == 2026 and R() < 0.35:
                    topic = "nurse_changes"
                ts = None if R() < 0.1 else day_time(t, 9, 18)
                feedback(c, topic, ts, "call_note",
                         tp=None if topic == "neutral" else "auto", staff_id=f"CC{int(U(1, 19)):02d}")
            t = t + timedelta(days=U(75, 100))
    # family chat messages (WeChat group in China, WhatsApp in Singapore); exported chats carry no date
    for c in signed:
        if R() < 0.45:
            for _ in range(int(pick([1, 2, 3], [0.6, 0.3, 0.1]))):
                lo = max(c["signed_at"], START)
                hi = min(c["service_end_at"] or END, END)
                if hi <= lo:
                    break
                t = lo + (hi - lo) * R()
                topic = pick(["nurse_caring", "neutral", "punctual", "scheduling", "late_arrival", "report_helpful"],
                             [0.3, 0.3, 0.1, 0.1, 0.1, 0.1])
                if c["city"] == "Wuhan" and t.year == 2026 and R() < 0.4:
                    topic = "nurse_changes"
                if c["insurance_scheme"] == "chengdu_ltci" and MIGRATION[0] <= t < datetime(2026, 1, 1) and R() < 0.3:
                    topic = "claim_rejected"
                feedback(c, topic, None if R() < 0.12 else t,
                         "whatsapp" if c["city"] == "Singapore" else "wechat",
                         tp=None if topic == "neutral" else "auto")
    # app store reviews: no customer id, device only
    t = START
    while t < END:
        bad = BAD_ANDROID[0] <= t < BAD_ANDROID[1] + timedelta(days=20)
        for _ in range(int(rng.poisson(6 if bad else 3.2))):
            dev = "android" if (bad and R() < 0.8) else pick(["ios", "android"])
            if bad and dev == "android" and R() < 0.75:
                topic = "app_issue"
            else:
                topic = pick(["report_helpful", "neutral", "app_issue", "scheduling", "billing_error"],
                             [0.45, 0.25, 0.08, 0.12, 0.1])
            lang = "zh" if R() < 0.7 else "en"
            ts = t + timedelta(days=U(0, 7), hours=U(8, 22))
            feedback(None, topic, ts, "app_review", rating=rating_for(topic), lang=lang,
                     tp="tp_bind_elder" if topic == "app_issue" else ("tp_view_report" if topic == "report_helpful"
                                                                       else "auto"),
                     device=dev, app_version=app_version(dev, ts), city="")
        t += timedelta(days=7)
    # Google reviews (Singapore)
    for c in [c for c in signed if c["city"] == "Singapore"]:
        if R() < 0.12:
            lo = max(c["signed_at"] + timedelta(days=20), START)
            if lo >= END:
                continue
            t = lo + (END - lo) * R() * 0.8
            topic = pick(["nurse_caring", "punctual", "report_helpful", "late_arrival", "billing_error", "neutral"],
                         [0.45, 0.12, 0.1, 0.13, 0.08, 0.12])
            feedback(c, topic, t, "google_review", rating=rating_for(topic), lang="en" if R() < 0.85 else "zh",
                     tp=None if topic == "neutral" else "auto")


# ---------------------------------------------------------------- main
def month_weight(d: date) -> float:
    k = (d.year - 2025) * 12 + d.month - 1  # 0 .. 16
    w = 1.0 + 0.035 * k
    if d.month in (1, 2):
        w *= 0.8
    return w


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers: list[dict] = []
    i = 100000
    # clients signed in 2024 (their onboarding happened before the data starts)
    for _ in range(220):
        i += 1
        city = pick(CITIES, CITY_W)
        signed = datetime(2024, 1, 5) + timedelta(days=U(0, 350))
        c = make_customer(i, city, signed - timedelta(days=U(6, 25)))
        c["care_level"] = int(pick([1, 2, 3], [0.3, 0.44, 0.26]))
        c["tier"] = pick(TIERS, [0.32, 0.46, 0.22])
        c["insurance_scheme"] = pick(*SCHEMES[city])
        c["payer_type"] = "self_pay" if c["insurance_scheme"] == "none" else "insurance"
        c["primary_nurse_id"] = pick(NURSES[city])
        c["signed_at"] = signed
        c["app_user"] = R() < 0.55
        if c["app_user"]:
            c["_device"] = device_for(c)
        customers.append(c)
    # inquiries from 2025-01 on
    days = [START.date() + timedelta(days=k) for k in range((END - START).days)]
    w = np.array([month_weight(d) for d in days])
    w /= w.sum()
    n_new = 3400
    picks = rng.choice(len(days), size=n_new, p=w)
    for k in sorted(picks):
        i += 1
        city = pick(CITIES, CITY_W)
        d = days[k]
        c = make_customer(i, city, day_time(datetime(d.year, d.month, d.day), 8, 21))
        customers.append(c)

    for c in customers:
        if c["signed_at"] is not None and c["signed_at"] < START:  # legacy client
            cs = c["signed_at"]
            while cs + timedelta(days=182) < START:
                cs += timedelta(days=182)
            c["_legacy_contract"] = cs
            service_life_legacy(c, cs)
            continue
        fv = onboarding(c)
        if fv is not None:
            service_life(c, fv, c["signed_at"])
    ambient_feedback(customers)
    # a few visit check-ins re-sent by the nurses' app (exact duplicates)
    ci = [e for e in EVENTS if e["touchpoint_id"] == "tp_nurse_checkin"]
    for k in rng.choice(len(ci), size=34, replace=False):
        EVENTS.append(dict(ci[int(k)]))
    finish(customers, out)


def service_life_legacy(c: dict, cs: datetime):
    """a client signed in 2024: visits from 2025-01-01 in the contract running then."""
    # treat the running contract as the signing; first visit at the data start
    c_signed = c["signed_at"]
    stats = service_life(c, START, cs, legacy=True)
    c["signed_at"] = c_signed
    return stats


def finish(customers: list[dict], out: Path):
    # segments (state at the end of the data, 2026-05-31)
    cut = END - timedelta(days=90)
    for c in customers:
        recent_c = [t for t in c["_complaints"] if t >= cut]
        if c["signed_at"] is None:
            c["segment"] = "prospect"
        elif c["service_end_at"] is not None:
            c["segment"] = "churned"
        elif recent_c:
            c["segment"] = "at_risk"
        else:
            c["segment"] = "active"
    # orders: cny amount
    for o in ORDERS:
        o["amount_cny"] = round(o["amount"] * (SGD_TO_CNY if o["currency"] == "SGD" else 1.0), 2)
        o["order_type_zh"] = {"assessment": "评估费", "monthly_package": "月度护理包", "addon": "增值服务"}[o["order_type"]]
    ORDERS[:] = sorted((o for o in ORDERS if START <= o["ts"] < END), key=lambda o: o["ts"])
    EVENTS.sort(key=lambda e: (e["ts"], e["event_id"]))
    FEEDBACK.sort(key=lambda f: (f["ts"] is None, f["ts"] or START, f["feedback_id"]))

    def cell(v):
        t = type(v)
        if t is str:
            return v
        if t is datetime:
            return str(v.replace(microsecond=0))
        if v is None:
            return ""
        if t is bool:
            return "true" if v else "false"
        return v

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f)
            wr.writerow(cols)
            wr.writerows([[cell(r.get(col, "")) for col in cols] for r in rows])

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    for c in customers:
        c["tier_zh"] = TIER_ZH.get(c["tier"], "")
        c["insurance_scheme_zh"] = SCHEME_ZH.get(c["insurance_scheme"], "")
        c["primary_condition_zh"] = COND_ZH[c["primary_condition"]]
    write("customers", customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "city_zh",
           "district_zh", "acquisition_channel_zh", "referral_hospital", "elder_age", "elder_gender", "primary_condition",
           "primary_condition_zh", "care_level", "tier_zh", "payer_type", "insurance_scheme", "insurance_scheme_zh",
           "primary_nurse_id", "signed_at", "service_end_at", "end_reason", "lives_alone", "family_relation",
           "contact_language", "app_user", "currency"])
    write("events", EVENTS,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "nurse_id", "nurse_type", "is_primary_nurse", "late_minutes", "service_type", "service_type_zh",
           "duration_minutes", "care_level", "planned_start", "cancel_reason", "order_id", "amount", "payment_method",
           "claim_id", "scheme", "claim_amount", "attempt", "reject_reason", "app_version", "tier", "tier_proposed",
           "contract_months", "contract_end", "renewal_offer", "complaint_type", "end_reason", "entry_source", "rating"])
    write("orders", ORDERS,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "city", "currency", "amount_cny", "tier", "service_month", "visits_completed", "insurance_scheme",
           "insurer_share", "copay_amount", "payment_method", "paid_at", "refund_reason", "refunded_at", "void_reason",
           "replaces_order_id", "addon_item", "addon_item_zh", "quantity", "session_id"])
    write("feedback", FEEDBACK,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "nurse_id", "visit_id", "device", "app_version", "staff_id"])
    write("experiments", EXPERIMENTS, ["experiment_id", "variant", "customer_id", "assigned_at"])
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["feedback_id", "topic", "sentiment"])
        for r in FEEDBACK:
            wr.writerow([r["feedback_id"], r["_topic"], r["_sent"]])
    print(f"customers {len(customers)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}, "
          f"experiments {len(EXPERIMENTS)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
