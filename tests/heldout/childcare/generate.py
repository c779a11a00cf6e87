"""小橡树托育 LittleOak: a chain of daycare / early-education centres (6 months to 6 years) on seven campuses in
北京, 上海, 深圳 and 杭州, 2024-03-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers (families), events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240301
START = datetime(2024, 3, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
N = 2500
D = timedelta
FEE_UP = datetime(2025, 9, 1)          # tuition increase

CAMPUSES = ["望京园", "国贸园", "中关村园", "张江园", "徐汇园", "前海园", "滨江园"]
CAMPUS_W = [0.25, 0.13, 0.13, 0.14, 0.13, 0.11, 0.11]
CODE = {"望京园": "WJ", "国贸园": "GM", "中关村园": "ZGC", "张江园": "ZJ", "徐汇园": "XH", "前海园": "QH", "滨江园": "BIN"}
CITY = {"望京园": "北京", "国贸园": "北京", "中关村园": "北京", "张江园": "上海", "徐汇园": "上海", "前海园": "深圳",
        "滨江园": "杭州"}
DISTRICTS = {"望京园": (["朝阳区", "顺义区"], [0.85, 0.15]), "国贸园": (["朝阳区", "东城区"], [0.7, 0.3]),
             "中关村园": (["海淀区", "昌平区"], [0.8, 0.2]), "张江园": (["浦东新区"], [1.0]),
             "徐汇园": (["徐汇区", "闵行区"], [0.7, 0.3]), "前海园": (["南山区", "宝安区"], [0.65, 0.35]),
             "滨江园": (["滨江区", "萧山区"], [0.75, 0.25])}
PRICE_F = {"望京园": 1.05, "国贸园": 1.15, "中关村园": 1.05, "张江园": 1.0, "徐汇园": 1.05, "前海园": 1.1,
           "滨江园": 0.9}
GUIDES = {"望京园": ["Amy Zhang", "Lucy Wang"], "国贸园": ["Grace Li", "Helen Zhao"],
          "中关村园": ["Iris Sun", "Jenny Zhou"], "张江园": ["Kelly Wu", "Linda Xu"],
          "徐汇园": ["Vivian Chen", "Nancy Hu"], "前海园": ["Coco Lin", "Olivia Guo"], "滨江园": ["Penny He", "Rachel Ma"]}
STAR_GUIDE = "Vivian Chen"
STAR_TEACHER = "T-XH-02"
LOW_CAMPUS = "张江园"      # tours that rarely turn into contracts
LATE_CAMPUS = "国贸园"     # parents pick up late (CBD office hours)
PLANS = ["full_day", "half_day", "hourly"]
PLAN_ZH = {"full_day": "全日托", "half_day": "半日托", "hourly": "计时托"}
TUITION = {"full_day": (6800, 7600), "half_day": (4200, 4800), "hourly": (2400, 2600)}
MEAL = {"full_day": 650, "half_day": 380}
DEPOSIT = {"full_day": 5000, "half_day": 3000, "hourly": 2000}
EXIT_HAZARD = {"full_day": 0.017, "half_day": 0.048, "hourly": 0.03}
OCCUPATIONS = ["it_engineer", "finance", "teacher", "doctor", "civil_servant", "entrepreneur", "other"]
OCC_W = [0.3, 0.18, 0.1, 0.08, 0.09, 0.12, 0.13]
INCOME = ["<20k", "20k-40k", "40k-70k", "70k+"]
ACQ = ["xiaohongshu", "dianping", "wechat", "referral", "baidu", "community_event", "walk_in"]
ACQ_W = [0.3, 0.17, 0.15, 0.14, 0.1, 0.08, 0.06]
CLOSED = [(date(2024, 10, 1), date(2024, 10, 7)), (date(2025, 1, 25), date(2025, 2, 9)),
          (date(2025, 10, 1), date(2025, 10, 8)), (date(2026, 2, 14), date(2026, 2, 26)),
          (date(2024, 5, 1), date(2024, 5, 5)), (date(2025, 5, 1), date(2025, 5, 5)),
          (date(2026, 5, 1), date(2026, 5, 5))]

TOUCHPOINTS = [
    ("tp_web_visit", "官网浏览", "Website visit", "awareness", "web", "digital", "marketing",
     "官网|小程序|浏览官网|看官网|公众号文章|website|site visit|web visit|landing page|mini program"),
    ("tp_book_tour", "预约参观", "Book campus tour", "consideration", "mini_program", "digital", "admissions",
     "预约参观|约参观|预约看园|约看园|book tour|tour booking|book a visit|schedule a tour"),
    ("tp_tour_attended", "到园参观", "Campus tour", "consideration", "store", "physical", "admissions",
     "参观|看园|到园参观|实地参观|campus tour|tour|visit the campus|site visit tour|tour attended"),
    ("tp_trial_day", "试园体验", "Trial day", "consideration", "store", "physical", "admissions",
     "试园|试听|体验日|入园体验|试托|trial day|trial|trial class|taster day"),
    ("tp_sign_contract", "签约入托", "Contract signed", "purchase", "store", "physical", "admissions",
     "签约|签合同|报名|交定金|入托签约|sign contract|contract|enrol|enrollment|sign-up"),
    ("tp_first_day", "首日入园", "First day", "purchase", "store", "physical", "education",
     "首日入园|第一天入园|开学第一天|入园|first day|start date|starting day|first day at nursery"),
    ("tp_fee_paid", "缴纳月费", "Monthly fee paid", "service", "app", "digital", "finance",
     "缴费|交学费|月费|付学费|交月费|monthly fee|fee paid|tuition payment|pay tuition"),
    ("tp_attendance", "入园出勤", "Attendance", "service", "store", "physical", "education",
     "出勤|考勤|入园打卡|上学|接送|接娃|病假|attendance|check-in|drop-off|pick-up|pickup|sick day"),
    ("tp_ptm", "家长会", "Parent-teacher meeting", "loyalty", "store", "physical", "education",
     "家长会|家园沟通会|家访|面谈|parent-teacher meeting|PTM|parents meeting|teacher meeting"),
    ("tp_parent_app", "家长App", "Parent app", "service", "app", "digital", "product",
     "家长App|App|看照片|宝宝动态|成长相册|parent app|app|photos|daily updates|photo feed"),
    ("tp_withdraw_request", "退园申请", "Withdrawal request", "loyalty", "app", "digital", "customer_service",
     "退园|退学|申请退园|不上了|withdrawal|withdraw|quit|leave the nursery|cancel enrolment"),
    ("tp_exit_interview", "退园访谈", "Exit interview", "loyalty", "phone", "physical", "customer_service",
     "退园访谈|离园访谈|回访|exit interview|exit call|leaving interview"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "service", "app", "digital", "finance",
     "退押金|押金退还|押金到账|退保证金|deposit refund|refund|deposit back|refunded deposit"),
]
JOURNEYS = [
    ("enrolment", "招生入园", "Enrolment", 60,
     ["tp_web_visit", "tp_book_tour", "tp_tour_attended", "tp_trial_day", "tp_sign_contract", "tp_first_day"]),
    ("monthly", "月度托育", "Monthly care", 31, ["tp_fee_paid", "tp_attendance", "tp_ptm"]),
    ("exit", "退园", "Exit", 30, ["tp_withdraw_request", "tp_exit_interview", "tp_deposit_refund"]),
]

# ---------------- feedback text (topic -> templates); markers used by gold.py must stay topic-specific
ZH = {
    "caring": ["{t}老师特别有耐心，孩子每天都开开心心去上学", "老师很用心，会主动跟我们沟通孩子的情况",
               "阿姨和老师都很温柔，宝宝分离焦虑一周就好了", "班主任很负责，细心照顾孩子午睡和换尿布",
               "老师对孩子很有爱心，感谢{t}老师"],
    "food": ["饭菜太咸了，孩子回家说午饭不好吃", "菜品太单一，连着几天都是土豆", "伙食一般，水果给得太少",
             "午餐有时候是凉的，希望改善伙食", "餐食质量下降了，点心也不新鲜"],
    "sick": ["一入园就生病，两周请了三次病假", "班里流感传染得厉害，孩子又发烧了", "冬天老是感冒，班上好多小朋友咳嗽",
             "孩子在园里被传染了手足口，希望加强消毒", "上个月生病在家一周，病假还不能退费"],
    "app": ["App照片上传太慢，下午才能看到上午的照片", "家长App经常加载不出来照片", "宝宝动态更新太慢了，照片一直转圈",
            "App看照片卡顿，视频也打不开"],
    "fees": ["学费又涨了，涨价太多了", "九月涨价后学费太贵了，考虑换园", "收费太高，性价比不如以前",
             "学费一年比一年贵，餐费还另算", "涨价通知太突然，费用负担重"],
    "pickup": ["放学接娃门口排队太乱了，一等就是二十分钟", "接孩子的时候门口堵成一团，没人维持秩序",
               "接送时间人太多，排队混乱", "晚接要等很久才有老师出来，接娃太混乱"],
    "neutral": ["整体还行，中规中矩", "一般吧，没什么特别的", "正常上学，没有问题"],
    "tour_good": ["园区环境很好，老师介绍得很专业", "参观下来感觉教室干净明亮，很满意", "看园体验不错，课程讲解清楚"],
    "tour_space": ["户外场地太小了，孩子没地方跑", "园区还在装修，有味道不放心", "户外活动区太小，教室也偏暗"],
}
EN = {
    "caring": ["Teacher {t} is so patient, our son loves going every morning", "The teachers are really caring and "
               "keep us updated", "Caring staff, our daughter settled in within a week",
               "Very caring class teacher, she notices everything about nap time"],
    "food": ["Lunch is too salty and the menu is repetitive", "Food quality has gone down, not enough fruit",
             "The meals are often cold, please improve the food"],
    "sick": ["Our kid gets sick every other week since starting", "Flu is going around the class again, fever twice "
             "this month", "Constant colds in winter, so many kids coughing"],
    "app": ["The app photos load so slowly, takes hours to see pictures", "Parent app keeps failing to load photos",
            "Photo feed in the app is slow and videos won't open"],
    "fees": ["The fees are too high after the September increase", "Tuition went up again, too expensive now",
             "Fees too high for a half-day place, considering other options"],
    "pickup": ["Pickup line is chaos at the gate every evening", "The pickup queue is a mess, no one directs the "
               "parents", "Pickup time is chaotic, waited 20 minutes at the door"],
    "neutral": ["It's fine overall", "Nothing special, OK", "Average experience so far"],
    "tour_good": ["Lovely bright classrooms, the tour was very informative", "Great campus tour, staff were "
                  "professional"],
    "tour_space": ["Outdoor space is too small for the kids", "Campus still under renovation, smell of paint"],
}
EXIT_ZH = {"fees": ZH["fees"], "sick": ZH["sick"],
           "move": ["家里搬家了，离园区太远", "要回老家了，所以退园", "换工作搬到别的城市"],
           "schedule": ["半日托时间不合适，中午接孩子太麻烦", "上班时间变了，半日托接不过来"],
           "kindergarten": ["孩子要上公立幼儿园了", "摇到了公立幼儿园，所以退园"]}
EXIT_EN = {"fees": EN["fees"], "sick": EN["sick"],
           "move": ["We are moving to another city", "Relocating for work, too far now"],
           "schedule": ["Half-day hours don't work with our jobs, midday pickup is impossible"],
           "kindergarten": ["Got a place at a public kindergarten"]}
SENT = {"caring": "pos", "tour_good": "pos", "food": "neg", "sick": "neg", "app": "neg", "fees": "neg",
        "pickup": "neg", "tour_space": "neg", "neutral": "neu", "move": "neu", "schedule": "neg",
        "kindergarten": "neu"}
SUFFIX = {"zh": {"neg": ["，希望园方重视", "，已经跟班主任反映过了", "！", "，有点失望"],
                  "pos": ["，点赞！", "，非常感谢", "，推荐给朋友了"], "neu": ["。", "，暂时没别的意见"]},
          "en": {"neg": [" Please sort this out.", " Really disappointing.", "!"],
                 "pos": [" Thank you!", " Highly recommend.", " Love it."], "neu": [".", " No other comments."]}}
RATING_MU = {"caring": 4.8, "tour_good": 4.6, "food": 2.4, "sick": 2.3, "app": 2.0, "fees": 2.0, "pickup": 2.2,
             "tour_space": 2.3, "neutral": 3.4}
TOPIC_TP = {"caring": "tp_attendance", "food": "tp_attendance", "sick": "tp_attendance", "app": "tp_parent_app",
            "fees": "tp_fee_paid", "pickup": "tp_attendance", "neutral": "tp_attendance",
            "tour_good": "tp_tour_attended", "tour_space": "tp_tour_attended"}


def closed(d: date) -> bool:
    return d.weekday() >= 5 or any(a <= d <= b for a, b in CLOSED)


def month_start(y: int, m: int) -> datetime:
    return datetime(y, m, 1)


def next_month(t: datetime) -> datetime:
    return datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)


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
                   channel=channel, campus=c["campus"])
        row.update(extra)
        events.append(row)
        return True

    def order(c, t, otype, amount, status="paid", month=""):
        cnt["o"] += 1
        orders.append(dict(order_id=f"LO{cnt['o']:06d}", customer_id=c["id"], ts=fmt(t), amount=round(float(amount), 2),
                           status=status, channel="app" if otype != "deposit" else "store", device=c["device"],
                           order_type=otype, plan=c["plan"], campus=c["campus"], billing_month=month,
                           payment_method=c["pay"], currency="CNY"))
        return orders[-1]

    def comment(c, t, topic, channel, tp=None, rating=None, dated=True, texts=None, teacher=""):
        if t > END:
            return
        pool = texts if texts is not None else (EN if c["lang"] == "en" else ZH)[topic]
        text = str(rng.choice(pool))
        if rng.random() < 0.35:                              # a little variety in the wording
            text += str(rng.choice(SUFFIX[c["lang"]][SENT[topic]]))
        if "{t}" in text:
            text = text.replace("{t}", c["teacher_name"] if c["lang"] == "zh" else c["teacher_name_en"])
        cnt["f"] += 1
        feedback.append(dict(feedback_id=f"FB{cnt['f']:05d}", text=text, ts=fmt(t) if dated else "",
                             customer_id=c["id"], touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                             rating="" if rating is None else int(rating), nps="", campus=c["campus"],
                             teacher_id=teacher, language=c["lang"], sentiment_label=SENT[topic]))
        return feedback[-1]

    def stars(mu):
        return int(min(5, max(1, round(rng.normal(mu, 0.7)))))

    # ---------------- teachers: six a campus
    TEACHER_NAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
                     "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
                     "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢"]
    PINYIN = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu",
              "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Yu",
              "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Xu", "Fu", "Shen", "Zeng", "Peng", "Lv", "Su", "Lu"]
    teachers, k = {}, 0
    for cp in CAMPUSES:
        teachers[cp] = []
        for j in range(1, 7):
            teachers[cp].append((f"T-{CODE[cp]}-{j:02d}", TEACHER_NAMES[k], PINYIN[k]))
            k += 1

    # ---------------- families
    total_days = (datetime(2026, 7, 10) - START).days
    days = [START + D(days=i) for i in range(total_days)]
    w = np.array([0.7 + 0.6 * i / total_days for i in range(total_days)])
    for i, d in enumerate(days):
        if d.month in (2, 3, 6, 7, 8):
            w[i] *= 1.6                                     # spring and pre-September admissions peaks
        if d.month == 1 or (d.month == 2 and d.day < 15):
            w[i] *= 0.6
    w = w / w.sum()
    fams = []
    for i in range(N):
        cp = str(rng.choice(CAMPUSES, p=CAMPUS_W))
        dl, dw = DISTRICTS[cp]
        occ = str(rng.choice(OCCUPATIONS, p=OCC_W))
        inc_w = [0.08, 0.32, 0.38, 0.22] if cp not in ("国贸园", "前海园") else [0.03, 0.2, 0.4, 0.37]
        if occ in ("finance", "entrepreneur"):
            inc_w = [0.02, 0.15, 0.38, 0.45]
        inc = str(rng.choice(INCOME, p=inc_w))
        pw = {"<20k": [0.35, 0.4, 0.25], "20k-40k": [0.48, 0.35, 0.17], "40k-70k": [0.6, 0.27, 0.13],
              "70k+": [0.68, 0.22, 0.1]}[inc]
        plan = str(rng.choice(PLANS, p=pw))
        age = int(np.clip(round(rng.triangular(6, 20, 48)), 6, 48))
        t0 = days[int(rng.choice(total_days, p=w))] + D(minutes=float(rng.uniform(7 * 60, 23 * 60)))
        p_en = {"前海园": 0.3, "张江园": 0.22, "国贸园": 0.2}.get(cp, 0.06)
        tch = teachers[cp][int(rng.integers(0, 6))]
        fams.append(dict(id=f"F{i + 1:05d}", campus=cp, city=CITY[cp], district=str(rng.choice(dl, p=dw)), occ=occ,
                         inc=inc, plan=plan, age=age, t0=t0, lang="en" if rng.random() < p_en else "zh",
                         acq=str(rng.choice(ACQ, p=ACQ_W)), device=str(rng.choice(["ios", "android"], p=[0.6, 0.4])),
                         pay=str(rng.choice(["wechat_pay", "alipay", "bank_transfer"], p=[0.6, 0.3, 0.1])),
                         teacher=tch[0], teacher_name=tch[1], teacher_name_en=tch[2], state="prospect"))

    for c in fams:
        cp, t0, sid = c["campus"], c["t0"], "EN-" + c["id"][1:]
        # website / mini-program visits
        nv = 1 + int(rng.poisson(1.2))
        for j in range(nv):
            t = t0 if j == 0 else t0 + D(hours=float(rng.uniform(1, 240)))
            chan = str(rng.choice(["web", "mini_program"], p=[0.45, 0.55]))
            dev = "pc" if chan == "web" and rng.random() < 0.4 else c["device"]
            ev(c, t, "tp_web_visit", "view", sid, chan, dev)
        if rng.random() > 0.6:
            continue
        t = t0 + D(hours=float(rng.uniform(0.2, 24 * 7)))
        ev(c, t, "tp_book_tour", "submit", sid, "mini_program", c["device"])
        if rng.random() > 0.86:
            continue
        tour_day = (t + D(days=float(rng.uniform(1, 8)))).date()
        while closed(tour_day):
            tour_day += D(days=1)
        t = datetime.combine(tour_day, datetime.min.time()) + D(hours=float(rng.uniform(9, 16.5)))
        guide = GUIDES[cp][0] if rng.random() < 0.55 else GUIDES[cp][1]
        ev(c, t, "tp_tour_attended", "attend", sid, "store", tour_guide=guide)
        c["tour"] = t
        f = 1.3 if guide == STAR_GUIDE else 1.0
        p_trial, p_sign = (0.5, 0.42) if cp == LOW_CAMPUS else (0.76, 0.78)
        if rng.random() < 0.22:                             # tour feedback card
            if cp == LOW_CAMPUS:
                topic = "tour_space" if rng.random() < 0.7 else "tour_good"
            else:
                topic = "tour_good" if rng.random() < 0.85 else "tour_space"
            comment(c, t + D(hours=float(rng.uniform(1, 30))), topic, "tour_card", rating=stars(RATING_MU[topic]))
        if rng.random() > min(0.95, p_trial * f):
            continue
        trial_day = (t + D(days=float(rng.uniform(2, 12)))).date()
        while closed(trial_day):
            trial_day += D(days=1)
        lead = teachers[cp][0][0]
        trial_teacher = lead if rng.random() < 0.65 else teachers[cp][int(rng.integers(1, 6))][0]
        t = datetime.combine(trial_day, datetime.min.time()) + D(hours=float(rng.uniform(8.5, 10)))
        ev(c, t, "tp_trial_day", "attend", sid, "store", teacher_id=trial_teacher)
        if rng.random() > min(0.96, p_sign * f):
            continue
        t = t + D(days=float(rng.uniform(1, 15)), hours=float(rng.uniform(0, 6)))
        if not ev(c, t, "tp_sign_contract", "submit", sid, "store"):
            continue
        c["state"] = "signed"
        c["sign"] = t
        dep = order(c, t, "deposit", DEPOSIT[c["plan"]])
        if rng.random() > 0.96:
            c["state"] = "no_show"
            continue
        fd = (t + D(days=float(rng.uniform(3, 25)))).date()
        while closed(fd):
            fd += D(days=1)
        t = datetime.combine(fd, datetime.min.time()) + D(hours=float(rng.uniform(8, 9.3)))
        if not ev(c, t, "tp_first_day", "check_in", sid, "store", teacher_id=c["teacher"]):
            continue
        c["state"] = "enrolled"
        c["first"] = t
        # ---------------- monthly care
        m = datetime(t.year, t.month, 1)
        exit_t = None
        while m <= END and exit_t is None:
            msid = f"MO-{c['id'][1:]}-{m:%Y%m}"
            after = m >= FEE_UP
            fee = round(TUITION[c["plan"]][after] * PRICE_F[cp], -1)
            first_month = m.year == t.year and m.month == t.month
            pay_t = t - D(minutes=30) if first_month else m + D(days=float(rng.uniform(0, 6)), hours=float(
                rng.uniform(8, 22)))
            overdue = (not first_month) and rng.random() < (0.045 if after else 0.028)
            if overdue:
                order(c, m + D(hours=9), "tuition", fee, "overdue", f"{m:%Y-%m}")
                if c["plan"] in MEAL:
                    order(c, m + D(hours=9), "meal", MEAL[c["plan"]], "overdue", f"{m:%Y-%m}")
            else:
                ev(c, pay_t, "tp_fee_paid", "success", msid, "app", c["device"])
                order(c, pay_t, "tuition", fee, "paid", f"{m:%Y-%m}")
                if c["plan"] in MEAL:
                    order(c, pay_t, "meal", MEAL[c["plan"]], "paid", f"{m:%Y-%m}")
            # withdrawal this month?
            hz = EXIT_HAZARD[c["plan"]]
            if datetime(2025, 9, 1) <= m < datetime(2025, 12, 1):
                hz *= 2.6
            elif datetime(2025, 12, 1) <= m < datetime(2026, 3, 1):
                hz *= 1.5
            if not first_month and rng.random() < hz:
                exit_t = m + D(days=float(rng.uniform(0, 27)), hours=float(rng.uniform(8, 22)))
            last_day = (exit_t + D(days=float(rng.uniform(0, 10)))).date() if exit_t else next_month(m).date() - D(
                days=1)
            # attendance
            d = max(t.date(), m.date()) if first_month else m.date()
            age_now = c["age"] + (m.year - c["t0"].year) * 12 + m.month - c["t0"].month
            while d <= last_day and d < next_month(m).date() and datetime.combine(d, datetime.min.time()) <= END:
                if closed(d) or (c["plan"] == "hourly" and rng.random() > 0.4):
                    d += D(days=1)
                    continue
                winter = d.month in (12, 1, 2)
                p_sick = (0.1 if winter else 0.034) * (1.35 if age_now < 24 else 1.0)
                base = datetime.combine(d, datetime.min.time())
                if rng.random() < p_sick:
                    ev(c, base + D(hours=float(rng.uniform(7.5, 9))), "tp_attendance", "absent", msid, "store",
                       teacher_id=c["teacher"], sick_day="yes", minutes_late_pickup="")
                elif rng.random() < 0.04:
                    pass                                      # other absence, nothing recorded
                else:
                    u = rng.random()
                    p_big = 0.15 if cp == LATE_CAMPUS else 0.035
                    if u < p_big:
                        late = int(rng.integers(16, 61))
                    elif u < p_big + 0.12:
                        late = int(rng.integers(1, 16))
                    else:
                        late = 0
                    ev(c, base + D(hours=float(rng.uniform(7.6, 9.4))), "tp_attendance", "check_in", msid, "store",
                       teacher_id=c["teacher"], sick_day="no", minutes_late_pickup=late)
                d += D(days=1)
            # parent app
            for _ in range(int(rng.poisson(2))):
                ev(c, m + D(days=float(rng.uniform(0, 28)), hours=float(rng.uniform(8, 23))), "tp_parent_app",
                   "view_photos", msid, "app", c["device"])
            # parent-teacher meeting
            if rng.random() < 0.42 and not first_month:
                dd = (m + D(days=float(rng.uniform(8, 27)))).date()
                while closed(dd):
                    dd += D(days=1)
                if dd <= last_day:
                    ev(c, datetime.combine(dd, datetime.min.time()) + D(hours=float(rng.uniform(17.5, 19.5))),
                       "tp_ptm", "attend", msid, "store", teacher_id=c["teacher"])
            # monthly survey
            if rng.random() < 0.2:
                st = m + D(days=float(rng.uniform(10, 27)), hours=float(rng.uniform(9, 22)))
                if st <= END:
                    tw = {"caring": 0.3, "food": 0.13, "sick": 0.08, "app": 0.04, "fees": 0.05, "pickup": 0.015,
                          "neutral": 0.36}
                    if m.month in (12, 1, 2):
                        tw["sick"] += 0.22
                    if after:
                        tw["fees"] += 0.14
                    if cp == LATE_CAMPUS:
                        tw["pickup"] += 0.25
                    if c["teacher"] == STAR_TEACHER:
                        tw["caring"] += 0.45
                    tps = list(tw)
                    pr = np.array([tw[x] for x in tps])
                    topic = str(rng.choice(tps, p=pr / pr.sum()))
                    mu = RATING_MU[topic] + (0.7 if c["teacher"] == STAR_TEACHER else 0.0)
                    row = comment(c, st, topic, "survey", rating=stars(mu), teacher=c["teacher"])
                    if row is not None and rng.random() < 0.7:
                        row["nps"] = int(np.clip(round(rng.normal(2.2 * stars(mu) - 0.8, 1.3)), 0, 10))
            # app store reviews / wechat tickets
            if rng.random() < 0.035:
                topic = str(rng.choice(["app", "caring", "neutral", "fees"], p=[0.6, 0.18, 0.12, 0.1]))
                at = m + D(days=float(rng.uniform(0, 28)), hours=float(rng.uniform(8, 23)))
                comment(c, at, topic, "app_review", tp="tp_parent_app", rating=stars(RATING_MU[topic]),
                        dated=rng.random() > 0.25)
            if rng.random() < 0.05:
                tw = {"pickup": 0.08, "food": 0.3, "sick": 0.2, "fees": 0.15, "app": 0.1, "neutral": 0.1}
                if cp == LATE_CAMPUS:
                    tw["pickup"] += 0.8
                if m.month in (12, 1, 2):
                    tw["sick"] += 0.3
                tps = list(tw)
                pr = np.array([tw[x] for x in tps])
                topic = str(rng.choice(tps, p=pr / pr.sum()))
                at = m + D(days=float(rng.uniform(0, 28)), hours=float(rng.uniform(8, 22)))
                comment(c, at, topic, "wechat_ticket", dated=rng.random() > 0.08)
            m = next_month(m)
        # ---------------- exit
        if exit_t is not None and exit_t <= END:
            xsid = "EX-" + c["id"][1:]
            ev(c, exit_t, "tp_withdraw_request", "submit", xsid, "app", c["device"])
            c["state"] = "withdrawn"
            if rng.random() < 0.72:
                it = exit_t + D(days=float(rng.uniform(1, 7)), hours=float(rng.uniform(0, 5)))
                if ev(c, it, "tp_exit_interview", "complete", xsid, "phone") and rng.random() < 0.85:
                    ew = {"fees": 0.15, "sick": 0.15, "move": 0.35, "schedule": 0.05, "kindergarten": 0.3}
                    if datetime(2025, 9, 1) <= exit_t < datetime(2026, 3, 1):
                        ew["fees"] += 0.6
                    if c["plan"] == "half_day":
                        ew["schedule"] += 0.3
                    tps = list(ew)
                    pr = np.array([ew[x] for x in tps])
                    topic = str(rng.choice(tps, p=pr / pr.sum()))
                    comment(c, it + D(minutes=20), topic, "exit_interview", tp="tp_exit_interview",
                            texts=(EXIT_EN if c["lang"] == "en" else EXIT_ZH)[topic], dated=rng.random() > 0.05)
            if rng.random() < 0.93:
                slow = datetime(2025, 9, 1) <= exit_t < datetime(2026, 1, 1)
                rt = exit_t + D(days=float(rng.uniform(14, 32) if slow else rng.uniform(4, 16)),
                                hours=float(rng.uniform(0, 8)))
                if ev(c, rt, "tp_deposit_refund", "success", xsid, "app", c["device"], refund_amount=dep["amount"]):
                    dep["status"] = "refunded"

    # ---------------- write
    events.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(events):
        r["event_id"] = f"E{i + 1:07d}"
        r["ts"] = fmt(r["ts"])
    dups = [dict(events[int(j)]) for j in rng.choice(len(events), 30, replace=False)]
    ev_rows = events + dups
    seg = {"prospect": "prospect", "signed": "prospect", "no_show": "prospect", "enrolled": "enrolled",
           "withdrawn": "withdrawn"}
    cust_rows = [dict(customer_id=c["id"], signup_at=fmt(c["t0"]), segment=seg[c["state"]], region=c["city"],
                      acquisition_channel=c["acq"], campus=c["campus"], district=c["district"],
                      child_age_months=c["age"], parent_occupation=c["occ"], income_band=c["inc"], plan=c["plan"],
                      托育方案=PLAN_ZH[c["plan"]], class_teacher=c["teacher"] if "first" in c else "",
                      language=c["lang"], primary_device=c["device"]) for c in fams]
    tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=e, stage=s, channel=ch, kind=k, owner=o, aliases=al)
           for a, b, e, s, ch, k, o, al in TOUCHPOINTS]
    jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1, touchpoint_id=tp,
               window_days=win) for j, zh, en, win, steps in JOURNEYS for i, tp in enumerate(steps)]
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "campus",
             "teacher_id", "sick_day", "minutes_late_pickup", "tour_guide", "refund_amount"]
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", jr)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", ev_rows, ecols)
    write(out / "orders.csv", orders)
    feedback.sort(key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", feedback)
    print(f"families {len(cust_rows)}, events {len(ev_rows)}, orders {len(orders)}, feedback {len(feedback)}")


def write(path: Path, rows: list[dict], cols: list[str] | None = None) -> None:
    cols = cols or list(rows[0])
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "littleoak_data"))
