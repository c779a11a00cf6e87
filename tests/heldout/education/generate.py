"""学而优在线 / LearnUp Online: a bilingual online education company (K-12 tutoring + adult courses),
2025-01-01 .. 2026-09-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md.
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260930
START = datetime(2025, 1, 1)
END = datetime(2026, 9, 30, 23, 59, 59)
N_CUSTOMERS = 12000

# Android classroom bug: trial classes fail to load (black screen / no audio), March 2026
BUG_FROM, BUG_TO = datetime(2026, 3, 1), datetime(2026, 4, 1)
# complaint-ticket backlog: July-August 2026 tickets are resolved slowly
BACKLOG_FROM, BACKLOG_TO = datetime(2026, 7, 1), datetime(2026, 9, 1)
# "teacher keeps changing" complaints at class attendance grow from June 2026
TEACHER_CHURN_FROM = datetime(2026, 6, 1)

TOUCHPOINTS = [
    # id, name, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告点击", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "广告|投放|信息流广告|落地页|ad|ads|ad click|landing page|campaign"),
    ("tp_trial_class", "免费试听课", "免费试听课", "Free trial class", "consideration", "app", "digital", "teaching",
     "试听课|试听|体验课|公开课|trial|trial class|trial lesson|demo class|free lesson"),
    ("tp_counsellor_call", "课程顾问电话", "课程顾问电话", "Counsellor call", "consideration", "phone", "physical", "sales",
     "顾问电话|课程顾问|学习规划师|销售电话|回访电话|counsellor|counselor call|advisor call|sales call"),
    ("tp_purchase", "课程购买", "课程购买", "Course purchase", "purchase", "app", "digital", "sales",
     "购课|报名|下单|买课|付费|enrol|enrolment|course purchase|checkout|buy a course"),
    ("tp_attend", "上课", "上课", "Class attendance", "service", "app", "digital", "teaching",
     "出勤|到课|直播课|听课|上课出勤|attendance|live class|attend class|lesson"),
    ("tp_homework", "作业提交", "作业提交", "Homework submission", "service", "app", "digital", "teaching",
     "作业|交作业|练习|课后作业|homework|assignment|homework submitted"),
    ("tp_renewal", "续费", "续费", "Renewal", "loyalty", "app", "digital", "sales",
     "续课|续报|续班|复购|renew|renewal|re-enrol|course renewal"),
    ("tp_refund", "退费申请", "退费申请", "Refund request", "service", "app", "digital", "finance",
     "退费|退款|退课|申请退款|refund|refund request|course refund|cancel course"),
    ("tp_complaint", "投诉工单", "投诉工单", "Complaint ticket", "service", "phone", "physical", "customer_service",
     "投诉|工单|客诉|投诉电话|complaint|ticket|support ticket|complaint ticket"),
    ("tp_resolution", "工单解决", "工单解决", "Ticket resolved", "service", "phone", "physical", "customer_service",
     "投诉解决|工单关闭|结单|问题解决|resolution|ticket closed|resolved|complaint resolved"),
    ("tp_parent_app", "家长端", "家长端", "Parent app", "loyalty", "app", "digital", "product",
     "家长APP|学情报告|家长中心|parent app|progress report|parent portal"),
]

JOURNEYS = [
    ("enrol", "报名转化旅程", "Enrolment", 14,
     ["tp_ad", "tp_trial_class", "tp_counsellor_call", "tp_purchase"]),
    ("learning", "学习与续费旅程", "Learning & renewal", 90,
     ["tp_attend", "tp_homework", "tp_renewal"]),
    ("service", "投诉处理旅程", "Complaint handling", 7,
     ["tp_complaint", "tp_resolution"]),
]

CITIES = [  # city, region, weight
    ("上海", "华东", 0.20), ("北京", "华北", 0.16), ("杭州", "华东", 0.11), ("南京", "华东", 0.09),
    ("广州", "华南", 0.12), ("深圳", "华南", 0.11), ("成都", "西南", 0.12), ("武汉", "华中", 0.09),
]
SEGMENTS = [("new", 0.40), ("returning", 0.30), ("vip", 0.10), ("at_risk", 0.20)]
ACQ = [("douyin_ads", 0.30), ("wechat_ads", 0.25), ("baidu_search", 0.20), ("referral", 0.15), ("school_partner", 0.10)]
ACQ_BUY = {"douyin_ads": 0.22, "wechat_ads": 0.34, "baidu_search": 0.38, "referral": 0.62, "school_partner": 0.46}
GRADES = [("小学", 0.32), ("初中", 0.28), ("高中", 0.20), ("成人", 0.20)]
SUBJECTS = {"小学": [("math", 0.45), ("english", 0.40), ("programming", 0.15)],
            "初中": [("math", 0.40), ("english", 0.30), ("physics", 0.30)],
            "高中": [("math", 0.40), ("english", 0.25), ("physics", 0.35)],
            "成人": [("ielts", 0.45), ("programming", 0.35), ("english", 0.20)]}
HOMEWORK = {"小学": 0.82, "初中": 0.70, "高中": 0.45, "成人": 0.30}
DEVICES = [("ios", 0.34), ("android", 0.40), ("ipad", 0.12), ("pc", 0.14)]
RENEW = {"vip": 0.62, "returning": 0.45, "new": 0.33, "at_risk": 0.14}
COURSE_TYPES = [("small_class", 0.55), ("one_on_one", 0.25), ("recorded", 0.20)]
PRICE = {"small_class": (2400, 4800), "one_on_one": (6000, 12000), "recorded": (399, 1299)}
REFUND_P = {"small_class": 0.06, "one_on_one": 0.05, "recorded": 0.20}
TEACHERS = [f"T{i:02d}" for i in range(1, 13)]
BAD_TEACHER = "T07"

# month weights for ad clicks, index 0 = January: winter break and summer peaks
MONTH_W = [1.3, 1.2, 0.9, 0.8, 0.8, 1.1, 1.6, 1.5, 1.0, 0.8, 0.8, 0.9]

FEEDBACK = {
    # touchpoint: [(sentiment, zh, en)]
    "tp_ad": [
        ("neg", "广告说免费领教材，点进去要先付钱", "The ad promised free textbooks but asked me to pay first"),
        ("neg", "广告推送太频繁了", "Way too many ads from you in my feed"),
        ("pos", "广告内容很实在，正好需要", "The ad was relevant, exactly what I was looking for"),
    ],
    "tp_trial_class": [
        ("neg", "试听课老师讲得太快，孩子跟不上", "The trial teacher went too fast for my kid"),
        ("pos", "试听课很生动，孩子很喜欢", "The trial class was lively, my child loved it"),
        ("pos", "试听老师很专业，讲得清楚", "The trial teacher was professional and clear"),
    ],
    "tp_counsellor_call": [
        ("neg", "课程顾问一天打好几个电话，太烦了", "The counsellor called me several times a day, too pushy"),
        ("neg", "顾问只会推销最贵的课", "The counsellor only pushed the most expensive package"),
        ("pos", "顾问很耐心地帮孩子做了学习规划", "The counsellor patiently made a study plan for my child"),
    ],
    "tp_purchase": [
        ("neg", "付款页面优惠券用不了", "Coupon would not apply at checkout"),
        ("neg", "分期付款选项太少", "Too few instalment options when paying"),
        ("pos", "报名流程很简单，几分钟就搞定", "Enrolling took only a few minutes"),
    ],
    "tp_attend": [
        ("neg", "直播课经常卡顿，声音断断续续", "The live class keeps lagging and the audio cuts out"),
        ("pos", "老师上课很有耐心，孩子进步明显", "The teacher is patient and my child has improved a lot"),
        ("pos", "小班课互动很多，效果不错", "Small class has lots of interaction, works well"),
    ],
    "tp_homework": [
        ("neg", "作业批改太慢，一周了还没批", "Homework marking is slow, still not graded after a week"),
        ("neg", "作业上传照片总是失败", "Uploading homework photos keeps failing"),
        ("pos", "作业批改很细致，有错题讲解", "Homework feedback is detailed with explanations"),
    ],
    "tp_renewal": [
        ("neg", "续费价格比第一期贵了不少", "Renewal price is much higher than the first term"),
        ("pos", "续费有老学员优惠，很划算", "Nice loyalty discount when renewing"),
    ],
    "tp_refund": [
        ("neg", "退费要扣很多手续费，太坑了", "The refund deducts a huge fee, feels like a rip-off"),
        ("neg", "申请退费一个月了还没到账", "Asked for a refund a month ago and still haven't got it"),
        ("pos", "退费处理很快，没有刁难", "Refund was processed quickly, no hassle"),
    ],
    "tp_complaint": [
        ("neg", "投诉之后没人跟进", "Nobody followed up after my complaint"),
        ("neg", "客服电话打不通，排队半小时", "Could not get through to support, waited half an hour"),
    ],
    "tp_resolution": [
        ("pos", "投诉问题处理得很及时，满意", "My complaint was handled promptly, satisfied"),
        ("neg", "工单说已解决，其实问题还在", "The ticket was closed as resolved but the problem is still there"),
    ],
    "tp_parent_app": [
        ("pos", "家长端学情报告很清楚", "The parent app progress report is clear"),
        ("neg", "家长端经常收不到上课提醒", "The parent app often fails to send class reminders"),
    ],
}
BUG_TEXT = [("neg", "安卓手机进不了试听课教室，一直黑屏", "Trial class won't load on my Android phone, just a black screen"),
            ("neg", "安卓APP试听课没有声音，白白浪费时间", "No audio in the trial class on the Android app, total waste of time")]
RECORDED_TEXT = [("neg", "录播课内容太老了，还是几年前的视频", "The recorded course videos are years out of date"),
                 ("neg", "录播课根本没人答疑，买了后悔", "Nobody answers questions in the recorded course, regret buying it")]
BAD_TEACHER_TEXT = [("neg", "老师上课照本宣科，经常迟到", "The teacher just reads the slides and is often late"),
                    ("neg", "老师态度不好，孩子不想上课了", "The teacher is impatient, my kid doesn't want to attend anymore")]
CHURN_TEXT = [("neg", "老师频繁更换，一个月换了三个老师", "They keep changing the teacher, three different teachers this month"),
              ("neg", "又换老师了，孩子刚适应就换人", "Teacher changed again just as my child got used to the last one")]
BACKLOG_TEXT = [("neg", "投诉工单一周多了还没解决", "My complaint ticket has been open for over a week"),
                ("neg", "暑假投诉没人处理，一直说在排队", "Summer complaint ignored, they keep saying it's in the queue")]


def pick(rng, pairs):
    vals, w = zip(*pairs)
    w = np.array(w, dtype=float)
    return vals[int(rng.choice(len(vals), p=w / w.sum()))]


def rand_time(rng, day: datetime) -> datetime:
    """A time on the given day, weighted to after-school / evening hours."""
    hour = int(rng.choice([8, 10, 12, 14, 16, 17, 18, 19, 19, 20, 20, 21]))
    return day.replace(hour=hour, minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp in TOUCHPOINTS:
            w.writerow(tp)
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, k, tp, win])

    # signups: growing business, seasonal peaks
    days = (END - START).days + 1
    day_w = np.array([MONTH_W[(START + timedelta(d)).month - 1] * (1 + 0.6 * d / days) for d in range(days)])
    day_w /= day_w.sum()
    customers = []
    for i in range(1, N_CUSTOMERS + 1):
        day = START + timedelta(int(rng.choice(days, p=day_w)))
        city, region, _ = CITIES[int(rng.choice(len(CITIES), p=np.array([c[2] for c in CITIES]) / sum(c[2] for c in CITIES)))]
        grade = pick(rng, GRADES)
        customers.append(dict(
            customer_id=f"S{i:05d}", signup=rand_time(rng, day), segment=pick(rng, SEGMENTS), region=region,
            acq=pick(rng, ACQ), grade=grade, city=city, subject=pick(rng, SUBJECTS[grade]),
            device=pick(rng, DEVICES)))
    customers.sort(key=lambda c: c["signup"])

    events, orders, fb = [], [], []

    def ev(c, ts, tp, action, channel=None, teacher="", level=""):
        if ts > END:
            return False
        dev = "" if tp in ("tp_counsellor_call", "tp_complaint", "tp_resolution") else c["device"]
        ch = channel or ("phone" if dev == "" else ("web" if dev == "pc" else "app"))
        events.append([c["customer_id"], ts, tp, action, dev, ch, teacher, level])
        return True

    def feedback(c, ts, tp, texts, extra_rating=None, teacher=""):
        sent, zh, en = texts
        fb.append(dict(c=c, ts=ts, tp=tp, sent=sent, texts=(zh, en), rating=extra_rating, teacher=teacher))

    def pick_fb(tp, sent=None):
        opts = [t for t in FEEDBACK[tp] if sent is None or t[0] == sent]
        return opts[int(rng.integers(len(opts)))]

    for c in customers:
        t0 = c["signup"]
        adult = c["grade"] == "成人"
        ad_ch = "web" if c["device"] == "pc" else ("mini_program" if c["acq"] == "wechat_ads" else "ads")
        ev(c, t0, "tp_ad", "click", channel=ad_ch)
        if rng.random() < 0.25:  # a repeat ad click a few days later
            ev(c, t0 + timedelta(days=int(rng.integers(1, 20)), hours=int(rng.integers(0, 5))), "tp_ad", "click",
               channel=ad_ch)
        if rng.random() < 0.03:
            feedback(c, t0 + timedelta(hours=2), "tp_ad", pick_fb("tp_ad"))
        p_trial = 0.55 * (0.7 if c["device"] == "pc" else 1.0)
        if rng.random() >= p_trial:
            continue
        teacher = TEACHERS[int(rng.integers(len(TEACHERS)))]
        t_trial = rand_time(rng, (t0 + timedelta(days=int(rng.integers(1, 6)))).replace(hour=0))
        bug = c["device"] == "android" and BUG_FROM <= t_trial < BUG_TO
        failed = bug and rng.random() < 0.70
        if not failed and rng.random() < 0.03:
            failed = True
        if not ev(c, t_trial, "tp_trial_class", "fail" if failed else "success", teacher=teacher):
            continue
        if failed and bug and rng.random() < 0.30:
            sent, zh, en = BUG_TEXT[int(rng.integers(2))]
            feedback(c, t_trial + timedelta(hours=1), "tp_trial_class", (sent, zh, en))
        elif rng.random() < 0.10:
            feedback(c, t_trial + timedelta(hours=3), "tp_trial_class",
                     pick_fb("tp_trial_class", "neg" if rng.random() < 0.25 else "pos"), teacher=teacher)
        p_call = 0.12 if failed else 0.80
        if rng.random() >= p_call:
            continue
        t_call = t_trial + timedelta(days=int(rng.integers(0, 4)), hours=int(rng.integers(1, 20)))
        if not ev(c, t_call, "tp_counsellor_call", "call"):
            continue
        if rng.random() < 0.06:
            feedback(c, t_call + timedelta(hours=1), "tp_counsellor_call",
                     pick_fb("tp_counsellor_call", "neg" if rng.random() < 0.7 else "pos"))
        p_buy = ACQ_BUY[c["acq"]] * (1.25 if adult else 1.0)
        late = False
        if rng.random() >= p_buy:
            if rng.random() >= 0.06:
                continue
            late = True  # buys after the 14-day window
        t_buy = t_call + timedelta(days=int(rng.integers(20, 40)) if late else int(rng.integers(0, 7)),
                                   hours=int(rng.integers(1, 8)))
        if adult:
            ctype = pick(rng, [("small_class", 0.35), ("one_on_one", 0.20), ("recorded", 0.45)])
        else:
            ctype = pick(rng, COURSE_TYPES)
        level = f"L{int(rng.integers(1, 5))}"
        lo, hi = PRICE[ctype]
        amount = round(float(rng.uniform(lo, hi)) / 10) * 10 - 1
        ch = "web" if c["device"] == "pc" else pick(rng, [("app", 0.7), ("mini_program", 0.3)])
        pay_fail = rng.random() < 0.05
        if not ev(c, t_buy, "tp_purchase", "fail" if pay_fail else "success", channel=ch, level=level):
            continue
        oid = f"O{len(orders) + 1:06d}"
        order = dict(order_id=oid, c=c, ts=t_buy, amount=amount, status="cancelled" if pay_fail else "paid",
                     channel=ch, device=c["device"], course_type=ctype, subject=c["subject"], order_type="new")
        orders.append(order)
        if rng.random() < 0.05:
            feedback(c, t_buy + timedelta(hours=1), "tp_purchase",
                     pick_fb("tp_purchase", "neg" if pay_fail or rng.random() < 0.4 else "pos"))
        if pay_fail:
            continue
        if ctype == "recorded" and rng.random() < 0.12:
            sent, zh, en = RECORDED_TEXT[int(rng.integers(2))]
            feedback(c, t_buy + timedelta(days=int(rng.integers(3, 20))), "tp_attend", (sent, zh, en))
        # learning: weekly classes for 12 weeks (recorded courses: self-paced "attendance" too)
        teacher = TEACHERS[int(rng.integers(len(TEACHERS)))]
        refund_p = REFUND_P[ctype] * (2.5 if teacher == BAD_TEACHER else 1.0)
        refund_week = int(rng.integers(1, 6)) if rng.random() < refund_p else None
        hw_p = HOMEWORK[c["grade"]]
        hw_done = 0
        attended = 0
        t_first = None
        for wk in range(12):
            if refund_week is not None and wk >= refund_week:
                break
            t_class = rand_time(rng, (t_buy + timedelta(days=2 + 7 * wk)).replace(hour=0))
            if rng.random() < 0.85 - 0.015 * wk:
                if not ev(c, t_class, "tp_attend", "view", teacher=teacher, level=level):
                    break
                attended += 1
                t_first = t_first or t_class
                if rng.random() < hw_p:
                    if ev(c, t_class + timedelta(hours=int(rng.integers(2, 40))), "tp_homework", "submit",
                          teacher=teacher, level=level):
                        hw_done += 1
                if rng.random() < 0.012:
                    if teacher == BAD_TEACHER:
                        feedback(c, t_class + timedelta(hours=2), "tp_attend", BAD_TEACHER_TEXT[int(rng.integers(2))],
                                 teacher=teacher)
                    else:
                        feedback(c, t_class + timedelta(hours=2), "tp_attend",
                                 pick_fb("tp_attend", "neg" if rng.random() < 0.3 else "pos"), teacher=teacher)
                if teacher == BAD_TEACHER and rng.random() < 0.03:
                    feedback(c, t_class + timedelta(hours=2), "tp_attend", BAD_TEACHER_TEXT[int(rng.integers(2))],
                             teacher=teacher)
                if t_class >= TEACHER_CHURN_FROM:
                    months_in = (t_class.year - 2026) * 12 + t_class.month - 6
                    if rng.random() < 0.006 * (1 + 1.6 * months_in):
                        feedback(c, t_class + timedelta(hours=3), "tp_attend", CHURN_TEXT[int(rng.integers(2))],
                                 teacher=teacher)
                if rng.random() < 0.01 and hw_done:
                    feedback(c, t_class + timedelta(days=3), "tp_homework",
                             pick_fb("tp_homework", "neg" if rng.random() < 0.55 else "pos"), teacher=teacher)
            if rng.random() < 0.08:
                ev(c, t_class + timedelta(days=1, hours=2), "tp_parent_app", "view")
        if rng.random() < 0.01:
            feedback(c, t_buy + timedelta(days=30), "tp_parent_app", pick_fb("tp_parent_app"))
        # refund
        if refund_week is not None:
            t_ref = t_buy + timedelta(days=7 * refund_week + int(rng.integers(0, 5)), hours=int(rng.integers(1, 9)))
            if ev(c, t_ref, "tp_refund", "submit"):
                order["status"] = "refunded"
                if rng.random() < 0.35:
                    feedback(c, t_ref + timedelta(days=2), "tp_refund",
                             pick_fb("tp_refund", "neg" if rng.random() < 0.75 else "pos"))
        # renewal at the end of the 12-week term
        elif attended:
            p_renew = RENEW[c["segment"]] * (0.6 + 0.8 * hw_done / max(attended, 1)) * (0.6 if ctype == "recorded" else 1.0)
            if rng.random() < p_renew:
                t_ren = t_buy + timedelta(days=int(rng.integers(78, 88)), hours=int(rng.integers(1, 9)))
                if ev(c, t_ren, "tp_renewal", "success", level=level):
                    lo, hi = PRICE[ctype]
                    orders.append(dict(order_id=f"O{len(orders) + 1:06d}", c=c, ts=t_ren,
                                       amount=round(float(rng.uniform(lo, hi)) * 1.1 / 10) * 10 - 1,
                                       status="paid", channel=ch, device=c["device"], course_type=ctype,
                                       subject=c["subject"], order_type="renewal"))
                    if rng.random() < 0.05:
                        feedback(c, t_ren + timedelta(hours=5), "tp_renewal", pick_fb("tp_renewal"))
        # complaint tickets
        p_comp = {"at_risk": 0.25, "new": 0.10, "returning": 0.08, "vip": 0.06}[c["segment"]]
        if refund_week is not None:
            p_comp += 0.35
        if rng.random() < p_comp:
            t_c = t_buy + timedelta(days=int(rng.integers(5, 80)), hours=int(rng.integers(0, 10)))
            if ev(c, t_c, "tp_complaint", "submit"):
                backlog = BACKLOG_FROM <= t_c < BACKLOG_TO
                p_fast = 0.45 if backlog else 0.85
                if rng.random() < 0.3:
                    if backlog and rng.random() < 0.6:
                        feedback(c, t_c + timedelta(days=8), "tp_complaint", BACKLOG_TEXT[int(rng.integers(2))])
                    else:
                        feedback(c, t_c + timedelta(hours=3), "tp_complaint", pick_fb("tp_complaint"))
                if rng.random() < 0.93:
                    gap = timedelta(days=int(rng.integers(0, 7)), hours=int(rng.integers(1, 20))) if rng.random() < p_fast \
                        else timedelta(days=int(rng.integers(8, 25)))
                    if ev(c, t_c + gap, "tp_resolution", "success") and rng.random() < 0.25:
                        feedback(c, t_c + gap + timedelta(hours=4), "tp_resolution",
                                 pick_fb("tp_resolution", "pos" if gap.days < 7 else "neg"))

    # survey wave: NPS surveys sent to buyers, each month
    buyers = [o["c"] for o in orders if o["order_type"] == "new" and o["status"] != "cancelled"]
    for c in buyers:
        if rng.random() < 0.30:
            ts = c["signup"] + timedelta(days=int(rng.integers(30, 120)))
            promoter = rng.random() < (0.35 if c["segment"] == "at_risk" else 0.72)
            tp = "tp_attend" if rng.random() < 0.6 else "tp_parent_app"
            feedback(c, ts, tp, pick_fb(tp, "pos" if promoter else "neg"), extra_rating="survey")

    events.sort(key=lambda e: (e[1], e[0], e[2]))
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                    "teacher_id", "course_level"])
        for i, e in enumerate(events, 1):
            cid, ts, tp, action, dev, ch, teacher, level = e
            w.writerow([f"E{i:07d}", cid, ts.strftime("%Y-%m-%d %H:%M:%S"), tp,
                        f"ss-{cid}-{ts.strftime('%Y%m%d')}", action, dev, ch, teacher, level])

    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "grade", "city",
                    "subject_interest"])
        for c in sorted(customers, key=lambda c: c["customer_id"]):
            w.writerow([c["customer_id"], c["signup"].strftime("%Y-%m-%d %H:%M:%S"), c["segment"], c["region"],
                        c["acq"], c["grade"], c["city"], c["subject"]])

    orders.sort(key=lambda o: o["order_id"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "course_type",
                    "subject", "order_type"])
        for o in orders:
            w.writerow([o["order_id"], o["c"]["customer_id"], o["ts"].strftime("%Y-%m-%d %H:%M:%S"),
                        f"{o['amount']:.2f}", o["status"], o["channel"], o["device"], o["course_type"], o["subject"],
                        o["order_type"]])

    fb.sort(key=lambda r: (r["ts"], r["c"]["customer_id"], r["tp"]))
    n_fb = 0
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                    "sentiment_label", "teacher_id"])
        for r in fb:
            if r["ts"] > END:
                continue
            n_fb += 1
            lang_en = rng.random() < (0.55 if r["c"]["grade"] == "成人" else 0.35)
            zh, en = r["texts"]
            text = en if lang_en else zh
            neg = r["sent"] == "neg"
            if rng.random() < 0.15:
                text += (" Please sort this out." if lang_en else "，希望尽快改进。") if neg else (" Thanks!" if lang_en else "，谢谢老师！")
            if r["rating"] == "survey":
                ch = "survey"
            elif r["tp"] in ("tp_complaint", "tp_resolution"):
                ch = "ticket"
            elif r["tp"] == "tp_counsellor_call":
                ch = "call_note"
            else:
                ch = pick(rng, [("app_review", 0.45), ("social", 0.20), ("ticket", 0.15), ("survey", 0.20)])
            rating = ""
            if ch in ("app_review", "survey") or rng.random() < 0.5:
                rating = int(rng.choice([1, 1, 2, 2, 3]) if neg else rng.choice([4, 4, 5, 5, 5]))
                if r["teacher"] == BAD_TEACHER and neg:
                    rating = int(rng.choice([1, 1, 2]))
                if r["c"]["segment"] == "at_risk" and rng.random() < 0.6:
                    rating = max(1, rating - 1)  # at-risk customers rate lower
            nps = ""
            if ch == "survey":
                nps = int(rng.integers(0, 7) if neg else rng.integers(8, 11))
            ts = "" if rng.random() < 0.05 else r["ts"].strftime("%Y-%m-%dT%H:%M:%S")
            w.writerow([f"FB{n_fb:05d}", text, ts, r["c"]["customer_id"], r["tp"], ch, rating, nps, r["sent"],
                        r["teacher"]])
    print(f"{out}: customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {n_fb}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
