"""颐康养老 YiKang Elder Care: a chain of five elder-care homes (养老院) in 上海 and 杭州 plus a home-care service line
(居家照护, caregivers visiting seniors at home), 2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers (one row per senior, the family is the contact), events, journeys, orders and feedback
as CSV following DATA.md (no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240701
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N_RES = 2100            # families enquiring about a residential place
N_HC = 900              # home-care customers
N_LEGACY = 330          # residents who moved in before the history starts (no admission events in the data)
D = timedelta
PRICE_UP = datetime(2026, 1, 1)           # monthly care fees +6 %

# (zh name, en name, city, weight, price factor)
HOMES = [("静安颐康苑", "Jingan Home", "上海", 0.26, 1.2), ("浦东颐康苑", "Pudong Home", "上海", 0.21, 1.05),
         ("闵行颐康苑", "Minhang Home", "上海", 0.18, 0.95), ("西湖颐康苑", "West Lake Home", "杭州", 0.2, 1.0),
         ("滨江颐康苑", "Binjiang Home", "杭州", 0.15, 0.9)]
HOME_EN = {h[0]: h[1] for h in HOMES}
HOME_CITY = {h[0]: h[2] for h in HOMES}
HOME_F = {h[0]: h[4] for h in HOMES}
LOW_TRIAL_HOME = "浦东颐康苑"      # trial stays rarely end in a contract (noise, food)
FALL_HOME = "闵行颐康苑"          # falls, mostly at night (night-shift staffing)
MED_HOME = "西湖颐康苑"           # medication-timing problems Jul-Sep 2025 (staff shortage)
MED_WIN = (datetime(2025, 7, 1), datetime(2025, 10, 1))
LTC_WIN = (datetime(2025, 10, 1), datetime(2026, 1, 1))    # long-term-care insurance settlement switch: billing errors
HOLIDAYS = [(datetime(2024, 10, 1), datetime(2024, 10, 7), 1.0), (datetime(2025, 1, 28), datetime(2025, 2, 4), 1.8),
            (datetime(2025, 10, 1), datetime(2025, 10, 8), 1.3), (datetime(2026, 2, 15), datetime(2026, 2, 23), 2.4)]
ANDROID_BUG = (datetime(2026, 3, 1), datetime(2026, 5, 1))  # app release: Android home-care bookings not dispatched

LEVELS = ["self_care", "semi_assisted", "full_care"]
LEVEL_ZH = {"self_care": "自理", "semi_assisted": "半护理", "full_care": "全护理"}
PAYERS = ["self", "children", "ltc_insurance"]
PAYER_ZH = {"self": "自付", "children": "子女支付", "ltc_insurance": "长护险"}
AGE_BANDS = ["60-69", "70-79", "80-89", "90+"]
AGE_RANGE = {"60-69": (62, 69), "70-79": (70, 79), "80-89": (80, 89), "90+": (90, 99)}
LEVEL_BY_AGE = {"60-69": [0.5, 0.3, 0.2], "70-79": [0.4, 0.35, 0.25], "80-89": [0.25, 0.4, 0.35],
                "90+": [0.12, 0.38, 0.5]}
ROOMS = ["double_room", "single_room", "suite"]
ROOM_F = {"double_room": 1.0, "single_room": 1.35, "suite": 1.8}
BASE_FEE = {"self_care": 6800, "semi_assisted": 9800, "full_care": 13800}
TRIAL_DAY = {"self_care": 320, "semi_assisted": 420, "full_care": 520}
DEPOSIT = {"self_care": 20000, "semi_assisted": 30000, "full_care": 30000}
WAIT = {"self_care": (3, 14), "semi_assisted": (5, 22), "full_care": (18, 55)}   # trial end -> move-in (bed wait)
ACQ = ["wechat", "phone_hotline", "hospital_referral", "walk_in", "community_event", "online_ads", "word_of_mouth",
       "senior_university"]
ACQ_W = [0.28, 0.22, 0.14, 0.1, 0.1, 0.1, 0.055, 0.005]
RELATIONS = ["daughter", "son", "spouse", "daughter_in_law", "self", "niece_nephew"]
REL_W = [0.4, 0.3, 0.1, 0.08, 0.07, 0.05]
SERVICES = ["bathing", "medication_mgmt", "rehab", "companionship", "wound_care"]
SERVICE_ZH = {"bathing": "助浴", "medication_mgmt": "用药管理", "rehab": "康复训练", "companionship": "陪伴照护",
              "wound_care": "伤口护理"}
SERVICE_W = [0.3, 0.15, 0.2, 0.25, 0.1]
SERVICE_PRICE = {"bathing": 220, "medication_mgmt": 120, "rehab": 280, "companionship": 160, "wound_care": 200}
SERVICE_MIN = {"bathing": (60, 90), "medication_mgmt": (30, 45), "rehab": (60, 90), "companionship": (120, 240),
               "wound_care": (40, 60)}
CAREGIVERS = {"上海": [f"C-SH-{i:02d}" for i in range(1, 11)], "杭州": [f"C-HZ-{i:02d}" for i in range(1, 9)]}
STAR_CAREGIVER = "C-SH-04"
RUDE_CAREGIVER = "C-HZ-06"
TINY_CAREGIVER = "C-HZ-09"       # a weekend part-timer with a handful of (perfect) ratings
CONSULTANTS = {"静安颐康苑": ["S-JA-1", "S-JA-2"], "浦东颐康苑": ["S-PD-1", "S-PD-2"], "闵行颐康苑": ["S-MH-1"],
               "西湖颐康苑": ["S-XH-1", "S-XH-2"], "滨江颐康苑": ["S-BJ-1"]}
ASSESSORS = {"上海": ["N-SH-01", "N-SH-02", "N-SH-03"], "杭州": ["N-HZ-01", "N-HZ-02"]}

TOUCHPOINTS = [
    ("tp_inquiry", "家属咨询", "Family inquiry", "awareness", "phone", "physical", "sales",
     "咨询|来电咨询|电话咨询|微信咨询|上门咨询|问价|inquiry|enquiry|first contact|phone inquiry|lead"),
    ("tp_site_visit", "实地参观", "Site visit", "consideration", "store", "physical", "sales",
     "参观|看院|实地参观|带看|site visit|tour|home tour|visit the home"),
    ("tp_assessment", "健康评估", "Health assessment", "consideration", "store", "physical", "nursing",
     "评估|健康评估|入院评估|能力评估|护理等级评估|assessment|health assessment|care assessment|intake assessment"),
    ("tp_trial_stay", "试住体验", "Trial stay", "consideration", "store", "physical", "operations",
     "试住|试入住|短住体验|7天试住|trial stay|trial|respite trial|trial week"),
    ("tp_contract", "签约", "Contract signed", "purchase", "store", "physical", "sales",
     "签约|签合同|交押金|入住签约|contract|contract signed|signing|sign-up|deposit paid"),
    ("tp_move_in", "正式入住", "Move-in", "purchase", "store", "physical", "operations",
     "入住|搬进来|正式入住|入院|move-in|move in|admission|moved in"),
    ("tp_monthly_bill", "月度缴费", "Monthly care-fee payment", "service", "app", "digital", "finance",
     "缴费|交月费|护理费|月费|账单|付款|monthly fee|care fee|billing|bill payment|monthly bill"),
    ("tp_family_visit", "家属探视", "Family visit", "service", "store", "physical", "operations",
     "探视|探望|家属探视|来看老人|family visit|visiting|visit by family|visitors"),
    ("tp_incident", "意外事件", "Care incident", "service", "store", "physical", "nursing",
     "意外|跌倒|摔倒|用药差错|不良事件|incident|fall|falls|medication error|adverse event"),
    ("tp_hospital_transfer", "转院就医", "Hospital transfer", "service", "other", "physical", "nursing",
     "转院|送医|住院|急诊|120|hospital transfer|sent to hospital|hospitalisation|ER transfer"),
    ("tp_move_out", "退住", "Move-out", "loyalty", "store", "physical", "operations",
     "退住|退院|离院|搬走|move-out|move out|discharge|left the home"),
    ("tp_hc_booking", "居家服务预约", "Home-care booking", "purchase", "app", "digital", "home_care",
     "预约上门|居家预约|下单|约服务|home-care booking|book a visit|booking|home care order"),
    ("tp_hc_visit", "护理员上门", "Caregiver visit", "service", "other", "physical", "home_care",
     "上门|护理员上门|到家服务|阿姨上门|caregiver visit|home visit|caregiver arrived|visit"),
    ("tp_hc_completed", "服务完成", "Visit completed", "service", "other", "physical", "home_care",
     "服务完成|完成服务|做完了|service completed|visit completed|completed"),
    ("tp_hc_rating", "服务评价", "Service rating", "loyalty", "app", "digital", "home_care",
     "评价|打分|服务评价|星级|rating|review|rate the visit|stars"),
]
JOURNEYS = [
    ("admission", "入住旅程", "Admission", 60,
     ["tp_inquiry", "tp_site_visit", "tp_assessment", "tp_trial_stay", "tp_contract", "tp_move_in"]),
    ("home_care", "居家照护服务", "Home-care service", 7, ["tp_hc_booking", "tp_hc_visit", "tp_hc_completed", "tp_hc_rating"]),
]

# ---------------- feedback text; markers used by gold.py must stay topic-specific
ZH = {
    "food": ["饭菜太硬了，老人牙口不好嚼不动", "伙食太清淡，连着几天都是白菜豆腐", "饭菜端上来都凉了", "伙食一般，水果给得少",
             "饭菜口味太咸，老人有高血压不敢吃"],
    "attitude": ["护工态度不好，跟老人说话很冲", "有个护工很不耐烦，叫了好几次才过来", "护工态度冷淡，老人说不敢提要求",
                 "夜班护工态度差，按铃半天没人理"],
    "praise": ["护工很细心，每天帮我妈擦身翻身", "护理员特别耐心，老人很喜欢她", "阿姨照顾得很贴心，谢谢",
               "护工很细心，老人气色好多了"],
    "medicine": ["吃药时间不准，晚上的药九点多才喂", "喂药晚了一个多小时，降压药不能这样", "老人漏服了一次降糖药，没人发现",
                 "服药时间总是不固定，希望按医嘱来"],
    "fall": ["老人夜里摔倒了，早上才通知我们", "又跌倒了，床边连个护栏都没有", "我爸起夜摔了一跤，夜班人手太少",
             "老人在卫生间摔倒，为什么没人看着"],
    "billing": ["这个月账单多扣了两千，长护险那部分没减掉", "扣费有错，长护险报销的钱又让我们自己付了",
                "账单和合同对不上，多收了护理费", "长护险结算改了以后账单一直出错"],
    "env": ["环境干净，活动也多，老人每天去唱歌", "院里绿化好，房间亮堂", "活动丰富，老人交了不少朋友"],
    "neutral": ["整体还可以", "一般，没什么特别的", "还行吧，正常"],
    "noise": ["晚上走廊很吵，老人睡不好", "隔音太差了，隔壁的声音听得清清楚楚", "夜里推车声音很吵，试住几天都没睡好"],
    "hc_good": ["上门的护理员很专业，动作轻", "服务很好，准时到，做得很仔细", "阿姨很专业，我妈很满意"],
    "hc_late": ["护理员迟到了四十分钟，也没提前说", "说好九点上门，快十点才到，迟到太久", "又迟到了，老人一直在等"],
    "hc_noshow": ["预约了没人来，订单还显示已预约", "APP上约好了，结果没人上门，打电话才知道没派单",
                  "预约成功了但是没人来，耽误老人洗澡"],
}
EN = {
    "food": ["The food is too hard for Dad to chew", "Meals are bland and repetitive, same dishes every day",
             "Food arrives cold at dinner time"],
    "attitude": ["One caregiver was rude to my mother", "Night staff are impatient and ignore the call bell",
                 "The caregiver's attitude is cold and rude"],
    "praise": ["The caregivers are so caring and patient with Mum", "Very caring staff, Dad looks much better",
               "Patient and kind nurses, thank you"],
    "medicine": ["Medication was given over an hour late again", "Mum missed her evening medicine twice this week",
                 "Pills are not given on schedule, please follow the doctor's timing"],
    "fall": ["Dad had a fall at night and we were only told the next morning", "Mum fell in the bathroom, no one was "
             "watching", "Another fall this month, not enough night staff"],
    "billing": ["We were charged twice on this month's bill", "The bill ignored the long-term care insurance part, "
                "overcharged again", "Billing errors every month since the insurance settlement changed"],
    "env": ["Clean place with lots of activities", "Nice garden and bright rooms"],
    "neutral": ["It's OK overall", "Nothing special", "Fine so far"],
    "noise": ["Corridor is noisy at night, Mum couldn't sleep", "Thin walls, very noisy during the trial week"],
    "hc_good": ["Professional caregiver, very gentle", "On time and thorough, great service"],
    "hc_late": ["Caregiver came 40 minutes late without calling", "Arrived almost an hour late, Dad was waiting"],
    "hc_noshow": ["Booked in the app but nobody came", "Booking said confirmed, no one showed up"],
}
SENT = {"food": "neg", "attitude": "neg", "praise": "pos", "medicine": "neg", "fall": "neg", "billing": "neg",
        "env": "pos", "neutral": "neu", "noise": "neg", "hc_good": "pos", "hc_late": "neg", "hc_noshow": "neg"}
RATING_MU = {"food": 2.5, "attitude": 1.9, "praise": 4.8, "medicine": 2.0, "fall": 1.6, "billing": 2.2, "env": 4.6,
             "neutral": 3.5, "noise": 2.3, "hc_good": 4.7, "hc_late": 2.2, "hc_noshow": 1.3}
TOPIC_TP = {"food": "tp_family_visit", "attitude": "tp_family_visit", "praise": "tp_family_visit",
            "medicine": "tp_family_visit", "fall": "tp_incident", "billing": "tp_monthly_bill",
            "env": "tp_family_visit", "neutral": "tp_family_visit", "noise": "tp_trial_stay",
            "hc_good": "tp_hc_rating", "hc_late": "tp_hc_visit", "hc_noshow": "tp_hc_booking"}
SUFFIX = {"zh": {"neg": ["，希望尽快改进", "，已经跟护士长反映过了", "！", "，很失望"],
                 "pos": ["，点赞！", "，非常感谢", "，会推荐给朋友"], "neu": ["。", "，暂时没别的意见"]},
          "en": {"neg": [" Please fix this.", " Very disappointed.", "!"],
                 "pos": [" Thank you!", " Highly recommend."], "neu": [".", " No other comments."]}}


def next_month(t: datetime) -> datetime:
    return datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)


def at_day(d: date, h0: float, h1: float, rng) -> datetime:
    return datetime.combine(d, datetime.min.time()) + D(hours=float(rng.uniform(h0, h1)))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    cnt = {"o": 0, "f": 0}

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, session, channel, device="", **extra):
        if t > END:
            return False
        row = dict(customer_id=c["id"], ts=t, touchpoint_id=tp, session_id=session, action=action, device=device,
                   channel=channel)
        row.update(extra)
        events.append(row)
        return True

    def order(c, t, otype, amount, status="paid", month="", **extra):
        cnt["o"] += 1
        row = dict(order_id=f"ORD{cnt['o']:06d}", customer_id=c["id"], ts=fmt(t), amount=round(float(amount), 2),
                   status=status, channel=extra.pop("channel", "app"), device=c["device"], order_type=otype,
                   费用类型={"monthly_fee": "月护理费", "deposit": "押金", "trial_stay": "试住费",
                         "home_care_visit": "上门服务费"}[otype],
                   billing_month=month, payer_type=c["payer"], payment_method=c["pay"], service_type="", 服务项目="",
                   currency="CNY")
        row.update(extra)
        orders.append(row)
        return row

    def stars(mu):
        return int(min(5, max(1, round(rng.normal(mu, 0.7)))))

    def comment(c, t, topic, channel, tp=None, rating=None, dated=True, caregiver="", nps=None):
        if t > END:
            return None
        lang = c["lang"]
        text = str(rng.choice((EN if lang == "en" else ZH)[topic]))
        if rng.random() < 0.35:
            text += str(rng.choice(SUFFIX[lang][SENT[topic]]))
        cnt["f"] += 1
        feedback.append(dict(feedback_id=f"FB{cnt['f']:05d}", text=text, ts=fmt(t) if dated else "",
                             customer_id=c["id"], touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                             rating="" if rating is None else int(rating), nps="" if nps is None else nps,
                             caregiver_id=caregiver, language=lang, sentiment_label=SENT[topic]))
        return feedback[-1]

    def pick(weights: dict) -> str:
        ks = list(weights)
        p = np.array([weights[k] for k in ks], dtype=float)
        return str(rng.choice(ks, p=p / p.sum()))

    # ---------------- arrival days (slow growth, dip around Spring Festival)
    total_days = (datetime(2026, 6, 20) - START).days
    days = [START + D(days=i) for i in range(total_days)]
    w = np.array([0.75 + 0.5 * i / total_days for i in range(total_days)])
    for i, d in enumerate(days):
        if (d.month == 1 and d.day > 20) or (d.month == 2 and d.day < 20):
            w[i] *= 0.5
        if d.month in (9, 10, 3, 4):
            w[i] *= 1.25
    w = w / w.sum()

    people = []
    for i in range(N_RES + N_HC + N_LEGACY):
        line = "home_care" if N_RES <= i < N_RES + N_HC else "residential"
        legacy = i >= N_RES + N_HC
        band = str(rng.choice(AGE_BANDS, p=[0.1, 0.3, 0.42, 0.18] if line == "residential" else [0.15, 0.4, 0.35, 0.1]))
        level = str(rng.choice(LEVELS, p=LEVEL_BY_AGE[band]))
        payer = str(rng.choice(PAYERS, p={"self_care": [0.4, 0.52, 0.08], "semi_assisted": [0.28, 0.5, 0.22],
                                          "full_care": [0.18, 0.42, 0.4]}[level]))
        if line == "home_care" and rng.random() < 0.25:
            payer = "ltc_insurance"
        if line == "residential":
            hi = int(rng.choice(len(HOMES), p=[h[3] for h in HOMES]))
            home = HOMES[hi][0]
            city = HOME_CITY[home]
        else:
            home = ""
            city = str(rng.choice(["上海", "杭州"], p=[0.6, 0.4]))
        p_en = {"静安颐康苑": 0.14, "浦东颐康苑": 0.1}.get(home, 0.04)
        lo, hi_age = AGE_RANGE[band]
        people.append(dict(line=line, band=band, age=int(rng.integers(lo, hi_age + 1)), level=level, payer=payer,
                           home=home, city=city, lang="en" if rng.random() < p_en else "zh",
                           t0=days[int(rng.choice(total_days, p=w))] + D(minutes=float(rng.uniform(8 * 60, 21 * 60))),
                           acq=str(rng.choice(ACQ, p=ACQ_W)) if line == "residential" else
                           str(rng.choice(["wechat", "community_event", "hospital_referral", "phone_hotline",
                                           "word_of_mouth"], p=[0.35, 0.25, 0.15, 0.15, 0.1])),
                           room=str(rng.choice(ROOMS, p=[0.5, 0.38, 0.12])) if line == "residential" else "",
                           gender=str(rng.choice(["F", "M"], p=[0.6, 0.4])),
                           relation=str(rng.choice(RELATIONS, p=REL_W)),
                           dementia="yes" if rng.random() < (0.35 if level == "full_care" else 0.1) else "no",
                           device=str(rng.choice(["ios", "android"], p=[0.45, 0.55])),
                           pay=str(rng.choice(["wechat_pay", "alipay", "bank_transfer", "insurance_direct"],
                                              p=[0.45, 0.25, 0.3, 0.0] if payer != "ltc_insurance" else
                                              [0.25, 0.15, 0.2, 0.4])),
                           state="prospect" if line == "residential" else "home_care", legacy=legacy))
        if legacy:                                           # moved in 2020-01 .. 2024-06, enquired ~2 months before
            mi = datetime(2020, 1, 6) + D(days=float(rng.uniform(0, (START - datetime(2020, 1, 6)).days - 5)))
            people[-1]["move_in"] = datetime.combine(mi.date(), datetime.min.time()) + D(hours=float(rng.uniform(9, 16)))
            people[-1]["t0"] = people[-1]["move_in"] - D(days=float(rng.uniform(20, 90)), hours=float(rng.uniform(0, 6)))
            people[-1]["state"] = "resident"
    people.sort(key=lambda c: c["t0"])
    for i, c in enumerate(people):
        c["id"] = f"YK{i + 1:05d}"

    def live(c, move_in, dep):
        """monthly life of a resident from move-in (or from START) to move-out or END"""
        home, lvl = c["home"], c["level"]
        m = max(datetime(move_in.year, move_in.month, 1), START)
        out_t = None
        pending_out = None
        while m <= END and out_t is None:
            msid = f"RM-{c['id'][2:]}-{m:%Y%m}"
            first = m.year == move_in.year and m.month == move_in.month
            fee = round(BASE_FEE[lvl] * ROOM_F[c["room"]] * HOME_F[home] * (1.06 if m >= PRICE_UP else 1.0), -1)
            pay_t = move_in + D(minutes=40) if first else m + D(days=float(rng.uniform(0, 8)), hours=float(
                rng.uniform(8, 21)))
            ltc_bad = c["payer"] == "ltc_insurance" and LTC_WIN[0] <= m < LTC_WIN[1]
            overdue = (not first) and rng.random() < (0.3 if ltc_bad else 0.03)
            fuss = {10: 1.0, 11: 0.6, 12: 0.4}.get(m.month, 0.0) if ltc_bad else 0.0   # complaints fade after October
            if overdue:
                order(c, m + D(hours=9), "monthly_fee", fee, "overdue", f"{m:%Y-%m}")
            else:
                if ev(c, pay_t, "tp_monthly_bill", "pay", msid, "app", c["device"]):
                    order(c, pay_t, "monthly_fee", fee, "paid", f"{m:%Y-%m}")
            nm = next_month(m)
            # family visits, plus extra ones in the Spring Festival and National Day holiday weeks
            rel_f = 0.6 if c["relation"] in ("self", "niece_nephew") else 1.0
            vts = [m + D(days=float(rng.uniform(0, (nm - m).days)), hours=float(rng.uniform(9.5, 18.5)))
                   for _ in range(int(rng.poisson(2.4 * rel_f)))]
            for h0, h1, extra in HOLIDAYS:
                if m <= h0 < nm:
                    vts += [h0 + D(days=float(rng.uniform(0, (h1 - h0).days + 1)), hours=float(rng.uniform(9.5, 18.5)))
                            for _ in range(int(rng.poisson(extra * rel_f)))]
            for vt in vts:
                if vt < move_in or vt > END:
                    continue
                rel = c["relation"] if c["relation"] != "self" else str(rng.choice(["daughter", "son", "friend"]))
                ev(c, vt, "tp_family_visit", "visit", msid, "store", visit_minutes=int(rng.integers(20, 181)),
                   visitor_relation=rel)
            # incidents: falls (Minhang x3, mostly at night there), medication errors (West Lake, Jul-Sep 2025)
            p_fall = {"self_care": 0.012, "semi_assisted": 0.028, "full_care": 0.045}[lvl] * (
                3.2 if home == FALL_HOME else 1.0)
            if rng.random() < p_fall:
                night = rng.random() < (0.68 if home == FALL_HOME else 0.33)
                d0 = m + D(days=float(rng.integers(0, (nm - m).days)))
                hr = float(rng.uniform(22, 30)) if night else float(rng.uniform(7, 21))
                ft = d0 + D(hours=hr)
                if move_in < ft <= END:
                    sev = str(rng.choice(["minor", "moderate", "severe"], p=[0.68, 0.24, 0.08]))
                    ev(c, ft, "tp_incident", "report", msid, "store", incident_type="fall", severity=sev)
                    if rng.random() < 0.4:
                        topic = "fall"
                        comment(c, ft + D(hours=float(rng.uniform(6, 48))), topic, "call_note", tp="tp_incident",
                                dated=rng.random() > 0.1)
                    if rng.random() < {"minor": 0.05, "moderate": 0.35, "severe": 0.85}[sev]:
                        ht = ft + D(hours=float(rng.uniform(0.5, 20)))
                        ev(c, ht, "tp_hospital_transfer", "transfer", msid, "other", transfer_reason="fall")
                        if rng.random() < 0.2:
                            pending_out = ht + D(days=float(rng.uniform(10, 40)))
            p_med = 0.008 * (6 if home == MED_HOME and MED_WIN[0] <= m < MED_WIN[1] else 1)
            if rng.random() < p_med:
                mt = m + D(days=float(rng.integers(0, (nm - m).days)), hours=float(rng.uniform(7, 22)))
                if move_in < mt:
                    ev(c, mt, "tp_incident", "report", msid, "store", incident_type="medication_error", severity="minor")
            # other hospital transfers
            if rng.random() < {"self_care": 0.008, "semi_assisted": 0.015, "full_care": 0.03}[lvl]:
                ht = m + D(days=float(rng.uniform(0, (nm - m).days - 0.5)), hours=float(rng.uniform(0, 23)))
                if move_in < ht:
                    ev(c, ht, "tp_hospital_transfer", "transfer", msid, "other",
                       transfer_reason=str(rng.choice(["pneumonia", "cardiac", "stroke", "other"],
                                                      p=[0.4, 0.25, 0.15, 0.2])))
                    if rng.random() < 0.3:
                        pending_out = ht + D(days=float(rng.uniform(7, 35)))
            # monthly family survey
            if rng.random() < 0.3:
                st = m + D(days=float(rng.uniform(12, 27)), hours=float(rng.uniform(9, 22)))
                tw = {"food": 0.12, "attitude": 0.07, "praise": 0.28, "medicine": 0.04, "fall": 0.02, "billing": 0.025,
                      "env": 0.14, "neutral": 0.3}
                if home == FALL_HOME:
                    tw["fall"] += 0.12
                if home == MED_HOME and MED_WIN[0] <= m < MED_WIN[1]:
                    tw["medicine"] += 0.5
                if ltc_bad:
                    tw["billing"] += 1.2 * fuss
                topic = pick(tw)
                r = stars(RATING_MU[topic])
                comment(c, st, topic, "survey", rating=r,
                        nps=int(np.clip(round(rng.normal(2.2 * r - 0.8, 1.3)), 0, 10)) if rng.random() < 0.7 else None)
            # WeChat messages to the home's service desk and phone complaints (no rating)
            if rng.random() < 0.06:
                tw = {"food": 0.25, "attitude": 0.2, "medicine": 0.1, "billing": 0.08, "neutral": 0.1, "praise": 0.1}
                if home == MED_HOME and MED_WIN[0] <= m < MED_WIN[1]:
                    tw["medicine"] += 0.8
                if ltc_bad:
                    tw["billing"] += 2.0 * fuss
                if home == FALL_HOME:
                    tw["fall"] = 0.2
                comment(c, m + D(days=float(rng.uniform(0, 27)), hours=float(rng.uniform(8, 22))), pick(tw), "wechat",
                        dated=rng.random() > 0.08)
            if ltc_bad and rng.random() < 0.35 * fuss:
                comment(c, m + D(days=float(rng.uniform(3, 27)), hours=float(rng.uniform(9, 18))), "billing",
                        "call_note", dated=rng.random() > 0.1)
            # move-out
            hz = 0.014
            if pending_out is not None and pending_out < nm:
                out_t = pending_out
                reason = str(rng.choice(["health_decline", "passed_away"], p=[0.6, 0.4]))
            elif not first and rng.random() < hz:
                out_t = m + D(days=float(rng.uniform(0, 27)), hours=float(rng.uniform(9, 17)))
                reason = str(rng.choice(["moved_to_family", "cost", "other_facility", "passed_away"],
                                        p=[0.35, 0.25, 0.25, 0.15]))
            m = nm
        if out_t is not None and out_t <= END:
            ev(c, out_t, "tp_move_out", "check_out", "MO-" + c["id"][2:], "store", move_out_reason=reason)
            c["state"] = "moved_out"
            if dep is not None:
                dep["status"] = "refunded"

    # ---------------- residential: admission journey, then monthly life
    for c in people:
        if c["line"] != "residential":
            continue
        home, city, lvl, t0, sid = c["home"], c["city"], c["level"], c["t0"], "AD-" + c["id"][2:]
        acq = c["acq"]
        if c["legacy"]:
            live(c, c["move_in"], None)
            continue
        boost = {"hospital_referral": 1.25, "senior_university": 1.5, "word_of_mouth": 1.1, "online_ads": 0.8}.get(acq, 1.0)
        ch = {"wechat": "wechat", "phone_hotline": "phone", "walk_in": "store", "online_ads": "wechat"}.get(
            acq, str(rng.choice(["phone", "wechat", "store"], p=[0.5, 0.35, 0.15])))
        for j in range(1 + int(rng.poisson(0.6))):
            t = t0 if j == 0 else t0 + D(hours=float(rng.uniform(2, 200)))
            ev(c, t, "tp_inquiry", "inquire", sid, ch if j == 0 else str(rng.choice(["phone", "wechat"])),
               c["device"] if ch == "wechat" else "")
        if rng.random() > min(0.97, 0.55 * boost):
            continue
        t = at_day((t0 + D(days=float(rng.uniform(1, 10)))).date(), 9, 17, rng)
        ev(c, t, "tp_site_visit", "attend", sid, "store", consultant=str(rng.choice(CONSULTANTS[home])))
        if rng.random() > min(0.97, 0.8 * boost):
            continue
        t = at_day((t + D(days=float(rng.uniform(1, 7)))).date(), 9, 16, rng)
        ev(c, t, "tp_assessment", "complete", sid, "store", assessor=str(rng.choice(ASSESSORS[city])),
           assessed_level=lvl)
        if rng.random() > min(0.97, 0.72 * boost):
            continue
        t = at_day((t + D(days=float(rng.uniform(2, 10)))).date(), 10, 15, rng)
        if not ev(c, t, "tp_trial_stay", "check_in", sid, "store", trial_nights=7):
            continue
        order(c, t, "trial_stay", TRIAL_DAY[lvl] * 7 * HOME_F[home], channel="store")
        p_sign = 0.36 if home == LOW_TRIAL_HOME else 0.8
        if rng.random() < 0.35:                               # trial feedback card
            if home == LOW_TRIAL_HOME:
                topic = pick({"noise": 0.45, "food": 0.3, "praise": 0.15, "env": 0.1})
            else:
                topic = pick({"noise": 0.05, "food": 0.12, "praise": 0.4, "env": 0.33, "neutral": 0.1})
            comment(c, t + D(days=7, hours=float(rng.uniform(0, 20))), topic, "trial_card", tp="tp_trial_stay",
                    rating=stars(RATING_MU[topic]))
        if rng.random() > min(0.97, p_sign * boost):
            continue
        t = t + D(days=7 + float(rng.uniform(0, 5)), hours=float(rng.uniform(0, 4)))
        if not ev(c, t, "tp_contract", "sign", sid, "store", consultant=str(rng.choice(CONSULTANTS[home]))):
            continue
        dep = order(c, t, "deposit", DEPOSIT[lvl], channel="store")
        c["state"] = "signed"
        if rng.random() > 0.97:
            continue
        t = at_day((t + D(days=float(rng.uniform(*WAIT[lvl])))).date(), 9, 16, rng)
        if not ev(c, t, "tp_move_in", "check_in", sid, "store", room_type=c["room"]):
            continue
        c["state"] = "resident"
        c["move_in"] = t
        live(c, t, dep)

    # ---------------- home care: booking -> caregiver visit -> completed -> rating
    k = 0
    for c in people:
        if c["line"] != "home_care":
            continue
        city = c["city"]
        span_end = min(END, c["t0"] + D(days=float(30 * (1 + rng.geometric(0.12)))))
        rate = float(rng.uniform(1.0, 3.5))      # bookings a month
        t = c["t0"]
        pref = str(rng.choice(SERVICES, p=SERVICE_W))
        while t <= span_end:
            k += 1
            bsid = f"HC{k:06d}"
            svc = pref if rng.random() < 0.7 else str(rng.choice(SERVICES, p=SERVICE_W))
            chan = "app" if rng.random() < 0.7 else "mini_program"
            ev(c, t, "tp_hc_booking", "submit", bsid, chan, c["device"], service_type=svc)
            bug = c["device"] == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1]
            p_visit = 0.55 if bug else 0.94
            vday = (t + D(days=float(rng.integers(1, 4)))).date()
            if rng.random() < p_visit:
                pool = CAREGIVERS[city]
                cg = pool[int(rng.integers(0, len(pool)))]
                if city == "杭州" and rng.random() < 0.0016:
                    cg = TINY_CAREGIVER
                late_p = 0.21 if city == "杭州" else 0.06
                u = rng.random()
                late = int(rng.integers(16, 70)) if u < late_p else (int(rng.integers(1, 16)) if u < late_p + 0.2 else 0)
                vt = at_day(vday, 8, 17, rng) + D(minutes=late)
                if ev(c, vt, "tp_hc_visit", "arrive", bsid, "other", caregiver_id=cg, late_minutes=late,
                      service_type=svc):
                    if rng.random() < 0.97:
                        dur = int(rng.integers(*SERVICE_MIN[svc]))
                        ct = vt + D(minutes=dur)
                        if ev(c, ct, "tp_hc_completed", "complete", bsid, "other", caregiver_id=cg, service_minutes=dur,
                              service_type=svc):
                            order(c, ct, "home_care_visit", SERVICE_PRICE[svc] * (1.1 if city == "上海" else 1.0),
                                  "paid", channel=chan, service_type=svc, 服务项目=SERVICE_ZH[svc])
                            p_rate = 1.0 if cg == TINY_CAREGIVER else 0.26
                            if rng.random() < p_rate:
                                rt = ct + D(hours=float(rng.uniform(0.5, 40)))
                                if ev(c, rt, "tp_hc_rating", "rate", bsid, chan, c["device"], caregiver_id=cg):
                                    if late > 15:
                                        topic = "hc_late" if rng.random() < 0.8 else "neutral"
                                    elif cg == RUDE_CAREGIVER and rng.random() < 0.5:
                                        topic = "attitude"
                                    else:
                                        topic = pick({"hc_good": 0.55, "praise": 0.15, "neutral": 0.3})
                                    mu = RATING_MU[topic] + (0.6 if cg == STAR_CAREGIVER else 0.0)
                                    r = 5 if cg == TINY_CAREGIVER else stars(mu)
                                    if cg == TINY_CAREGIVER:
                                        topic = "hc_good"
                                    comment(c, rt, topic, "service_rating", tp="tp_hc_rating", rating=r, caregiver=cg)
                        else:
                            order(c, t, "home_care_visit", SERVICE_PRICE[svc] * (1.1 if city == "上海" else 1.0),
                                  "cancelled", channel=chan, service_type=svc, 服务项目=SERVICE_ZH[svc])
            else:
                order(c, t, "home_care_visit", SERVICE_PRICE[svc] * (1.1 if city == "上海" else 1.0), "cancelled",
                      channel=chan, service_type=svc, 服务项目=SERVICE_ZH[svc])
                if rng.random() < (0.45 if bug else 0.15):
                    comment(c, t + D(days=float(rng.uniform(1, 4))), "hc_noshow", "wechat", tp="tp_hc_booking",
                            dated=rng.random() > 0.08)
            t = t + D(days=float(rng.exponential(30 / rate)) + 0.5)
            t = at_day(t.date(), 8, 21, rng)

    # ---------------- write
    events.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(events):
        r["event_id"] = f"E{i + 1:07d}"
        r["ts"] = fmt(r["ts"])
    dups = [dict(events[int(j)]) for j in rng.choice(len(events), 25, replace=False)]
    ev_rows = events + dups
    seg = {"prospect": "prospect", "signed": "prospect", "resident": "resident", "moved_out": "moved_out",
           "home_care": "home_care"}
    cust_rows = [dict(customer_id=c["id"], signup_at=fmt(c["t0"]), segment=seg[c["state"]], region=c["city"],
                      acquisition_channel=c["acq"], tier=c["room"], service_line=c["line"], 院区=c["home"],
                      facility=HOME_EN.get(c["home"], ""), care_level=c["level"], 评估等级=LEVEL_ZH[c["level"]],
                      age=c["age"], age_band=c["band"], gender=c["gender"], payer_type=c["payer"],
                      付费方式=PAYER_ZH[c["payer"]],
                      move_in_date=c["move_in"].strftime("%Y-%m-%d") if "move_in" in c else "", family_contact=c["relation"], dementia=c["dementia"],
                      language=c["lang"], primary_device=c["device"]) for c in people]
    tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=e, stage=s, channel=ch, kind=kd, owner=o, aliases=al)
           for a, b, e, s, ch, kd, o, al in TOUCHPOINTS]
    jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1, touchpoint_id=tp,
               window_days=win) for j, zh, en, win, steps in JOURNEYS for i, tp in enumerate(steps)]
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "consultant", "assessor", "assessed_level", "trial_nights", "room_type", "visit_minutes",
             "visitor_relation", "incident_type", "severity", "transfer_reason", "move_out_reason", "service_type",
             "caregiver_id", "late_minutes", "service_minutes"]
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", jr)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", ev_rows, ecols)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    print(f"customers {len(cust_rows)}, events {len(ev_rows)}, orders {len(orders)}, feedback {len(feedback)}")


def write(path: Path, rows: list[dict], cols: list[str] | None = None) -> None:
    cols = cols or list(rows[0])
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "yikang_data"))
