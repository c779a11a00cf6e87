"""乐途 MelodyPath: a music school chain (piano, violin, guitar, drums, vocal) with five campuses in 上海, 杭州 and
苏州. Parents (or adult learners) come in as leads from 大众点评, 小红书, a friend's referral or by walking in, book a
free trial lesson, attend it, buy a lesson package (24 / 48 / 96 lessons), get a teacher assigned, have weekly lessons
scheduled (attended, cancelled or missed), register for grade exams (考级), get results and renew. Data covers
2024-01-01 .. 2026-06-30 (today is 2026-12-01).

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

SEED = 20260318
START = datetime(2024, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 5200
D = timedelta

CAMPUSES = {  # id: zh, en, city, city_zh, weight
    "C1": ("上海徐汇校区", "Shanghai Xuhui", "Shanghai", "上海", 1.3),
    "C2": ("上海浦东校区", "Shanghai Pudong", "Shanghai", "上海", 1.2),
    "C3": ("杭州西湖校区", "Hangzhou West Lake", "Hangzhou", "杭州", 1.0),
    "C4": ("杭州滨江校区", "Hangzhou Binjiang", "Hangzhou", "杭州", 1.0),
    "C5": ("苏州园区校区", "Suzhou Industrial Park", "Suzhou", "苏州", 0.45),
}
C5_OPEN = datetime(2026, 3, 1)          # newest campus: few trials, high conversion (small-group trap)
SCHED_CAMPUS = "C1"                     # weekend slots full: long wait for the first lesson
NOISY_CAMPUS = "C2"                     # practice rooms poorly soundproofed
TURNOVER_CAMPUS = "C4"                  # three teachers leave in autumn 2025
PRICE_RISE = datetime(2025, 9, 1)       # packages +8 %
MP_BUG = datetime(2026, 3, 1)           # mini-program 5.2: trial reminders not pushed on Android
CNY_CLOSED = [(datetime(2024, 2, 8), datetime(2024, 2, 18)), (datetime(2025, 1, 27), datetime(2025, 2, 5)),
              (datetime(2026, 2, 14), datetime(2026, 2, 23))]

INSTR = {"piano": ("钢琴", 0.40, 260), "violin": ("小提琴", 0.15, 280), "guitar": ("吉他", 0.17, 200),
         "drums": ("架子鼓", 0.12, 220), "vocal": ("声乐", 0.16, 240)}
AGES = {"4-6": ("4-6岁", 0.20), "7-9": ("7-9岁", 0.30), "10-12": ("10-12岁", 0.20), "13-17": ("13-17岁", 0.12),
        "adult": ("成人", 0.18)}
SOURCES = {"dianping": ("大众点评", 0.37), "xiaohongshu": ("小红书", 0.33), "referral": ("转介绍", 0.18),
           "walk_in": ("到店咨询", 0.12)}
LEVELS = {"junior": "初级教师", "senior": "高级教师", "principal": "首席教师"}
FORMATS = {"one_on_one": "一对一", "group": "小班课"}
PAYS = {"wechat_pay": ("微信支付", 0.55), "alipay": ("支付宝", 0.25), "bank_card": ("银行卡", 0.08),
        "installment": ("分期付款", 0.12)}
EXAM_RES = {"distinction": "优秀", "merit": "良好", "pass": "合格", "fail": "不合格"}
BOOK_P = {"dianping": 0.7, "xiaohongshu": 0.78, "referral": 0.86, "walk_in": 0.82}
BUY_P = {"dianping": 0.46, "xiaohongshu": 0.24, "referral": 0.70, "walk_in": 0.52}
CAMPUS_BUY = {"C1": 1.0, "C2": 0.95, "C3": 1.3, "C4": 0.92, "C5": 1.6}

TOUCHPOINTS = [
    ("tp_lead", "留资咨询", "Lead captured", "awareness", "social", "digital", "marketing",
     "留资|咨询|线索|留电话|加微信|私信|lead|enquiry|inquiry|sign-up form"),
    ("tp_trial_booked", "预约试听课", "Trial lesson booked", "consideration", "mini_program", "digital", "sales",
     "约试听|预约试听|试听预约|约体验课|book a trial|trial booking|free trial"),
    ("tp_trial_attended", "到店试听", "Trial lesson attended", "consideration", "store", "physical", "sales",
     "试听|体验课|上试听|来试听|trial lesson|trial class|demo lesson"),
    ("tp_purchase", "购买课时包", "Package purchased", "purchase", "store", "physical", "sales",
     "报名|买课|签约|成交|购课|交学费|课时包|enrol|enroll|sign up|buy a package|package purchase"),
    ("tp_teacher_assigned", "分配老师", "Teacher assigned", "service", "store", "physical", "academic",
     "分配老师|安排老师|换老师|指定老师|teacher assignment|assign a teacher|teacher change"),
    ("tp_lesson_scheduled", "排课", "Lesson scheduled", "service", "mini_program", "digital", "academic",
     "排课|约课|预约上课|定课|课表|schedule|book a lesson|lesson booking|timetable"),
    ("tp_lesson_attended", "上课", "Lesson attended", "service", "store", "physical", "academic",
     "上课|出勤|到课|签到上课|attended|lesson|class attended|attendance"),
    ("tp_lesson_cancelled", "请假取消", "Lesson cancelled", "service", "mini_program", "digital", "academic",
     "请假|取消课程|调课|停课|cancel|cancellation|reschedule|leave"),
    ("tp_no_show", "缺课", "Lesson no-show", "service", "store", "physical", "academic",
     "缺课|旷课|没来上课|爽约|no-show|no show|missed lesson|absent"),
    ("tp_exam_registered", "考级报名", "Grade exam registered", "service", "store", "physical", "academic",
     "考级报名|报考|报名考级|exam registration|register for exam|grade exam entry"),
    ("tp_exam_result", "考级成绩", "Grade exam result", "service", "other", "physical", "academic",
     "考级成绩|考级结果|出成绩|证书|exam result|grade result|certificate"),
    ("tp_renewal", "续费", "Package renewal", "loyalty", "mini_program", "digital", "sales",
     "续费|续课|续报|再买|renew|renewal|re-enrol|top up lessons"),
]
JOURNEYS = [
    ("enrol", "试听到报名", "Trial to enrolment", 30,
     ["tp_lead", "tp_trial_booked", "tp_trial_attended", "tp_purchase"]),
    ("onboarding", "报名到开课", "Enrolment to first lesson", 30,
     ["tp_purchase", "tp_teacher_assigned", "tp_lesson_scheduled", "tp_lesson_attended"]),
    ("exam", "考级", "Grade exam", 180, ["tp_exam_registered", "tp_exam_result"]),
    ("renewal", "续费", "Renewal", 365, ["tp_purchase", "tp_renewal"]),
]

ZH = {
    "noisy": ["琴房隔音太差了，隔壁打鼓的声音全传过来", "上课的时候旁边琴房太吵，孩子根本听不清老师说话",
              "练琴房隔音不行，几个房间声音混在一起", "教室太吵了，隔音效果很差", "隔音差，上课一直被隔壁干扰",
              "琴房吵得没法专心，希望改善隔音"],
    "sched": ["排课太难了，周末的时间段全满", "想约周六上午一直约不到，只能排到三周后",
              "排课老是约不到合适的时间，很头疼", "周末约不到课，工作日孩子又要上学", "买完课等了快两周才排上课，排课效率太低",
              "排课系统里周末永远没有空位"],
    "turnover": ["孩子刚适应，老师离职了，又要换老师", "一学期换了两次老师，孩子都不想学了", "老师走了也没提前通知，临时换老师",
                 "老师离职后停了两周课，新老师还不熟悉孩子", "频繁换老师，进度全乱了", "换了老师之后孩子兴趣大减"],
    "great": ["老师很专业也很耐心，孩子进步很快", "老师特别好，每节课都有反馈", "老师很耐心，孩子每周都盼着上课",
              "老师很专业，纠正手型很细致", "遇到一个好老师，孩子爱上了练琴", "老师很有耐心，讲得清楚"],
    "exam": ["考级辅导很到位，孩子一次就过了", "老师考前辅导很细，考级拿了优秀", "考级前加了模拟考，准备得很充分",
             "考级辅导做得好，证书已经拿到", "感谢老师的考级辅导，顺利通过"],
    "pushy": ["试听课一结束就推销课时包，体验很差", "试听完被顾问逼单，说今天不报名就没优惠", "试听半小时，推销一小时",
              "试听课就是为了推销，催着报名", "顾问推销太积极了，有点反感"],
    "refund": ["退费流程太麻烦了，拖了一个多月", "申请退费一直没人处理", "剩余课时退款要扣很多手续费", "退费难，客服一直推脱"],
    "price": ["续费涨价了，一节课贵了二十多块", "课时包太贵了，续费有点犹豫", "涨价也没提前说，续费时才知道",
              "比去年涨价不少，太贵了"],
    "reminder": ["约了试听课但是没收到提醒，结果忘了去", "小程序没有推送上课提醒，错过了试听", "没收到试听课的通知短信",
                 "预约成功后没有任何提醒，孩子错过了试听"],
    "trial_good": ["试听课体验不错，老师很会带孩子", "试听课很有趣，孩子很喜欢", "试听老师很亲切，环境也好"],
    "neutral": ["停车不太方便", "还可以吧，再观察一段时间", "休息区有点小，家长只能站着等", "整体一般，中规中矩", "考虑中，先上几节课看看"],
    "exam_fail": ["考级没过，有点失望", "这次考级没通过，希望老师多抓一下基本功", "考级不合格，孩子很沮丧"],
}
EN = {
    "noisy": ["The practice rooms are so noisy, you can hear the drums next door", "Poor soundproofing, my daughter "
              "could not hear her teacher", "Rooms are noisy and not soundproof at all"],
    "sched": ["Impossible to get a weekend slot, scheduling is a nightmare", "Waited almost two weeks to get the first "
              "lesson scheduled", "Scheduling is hard, every Saturday slot is taken"],
    "turnover": ["Our teacher left and we got a new teacher with no notice", "Second teacher change this term, my son "
                 "is losing interest", "The teacher left mid-term and lessons stopped for two weeks"],
    "great": ["Great teacher, very patient with my kid", "Our teacher is fantastic and very patient",
              "Great teacher, clear feedback after every lesson"],
    "exam": ["Excellent exam preparation, passed with distinction", "The exam prep was really thorough, passed first "
             "time", "Mock exams before the grade exam helped a lot"],
    "pushy": ["Very pushy sales right after the trial", "The consultant was pushy, felt like a hard sell"],
    "refund": ["The refund process is painfully slow", "Still waiting for my refund after a month"],
    "price": ["Price increase at renewal without warning", "Packages are getting expensive after the price increase"],
    "reminder": ["Never got a reminder for the trial lesson so we missed it", "No reminder came through the mini "
                 "program, missed the trial"],
    "trial_good": ["Nice trial lesson, the teacher was lovely with kids", "Fun trial class, my son enjoyed it"],
    "neutral": ["Parking is a bit difficult", "It's ok so far", "Waiting area for parents is small"],
    "exam_fail": ["Failed the grade exam, a bit disappointed", "Did not pass the exam this time"],
}
SENT = {"noisy": "neg", "sched": "neg", "turnover": "neg", "great": "pos", "exam": "pos", "pushy": "neg",
        "refund": "neg", "price": "neg", "reminder": "neg", "trial_good": "pos", "neutral": "neu", "exam_fail": "neg"}
TOPIC_TP = {"noisy": "tp_lesson_attended", "sched": "tp_lesson_scheduled", "turnover": "tp_teacher_assigned",
            "great": "tp_lesson_attended", "exam": "tp_exam_result", "pushy": "tp_trial_attended",
            "refund": "tp_purchase", "price": "tp_renewal", "reminder": "tp_trial_booked",
            "trial_good": "tp_trial_attended", "neutral": "tp_lesson_attended", "exam_fail": "tp_exam_result"}
RATING = {"noisy": (2, 3), "sched": (2, 3), "turnover": (1, 2), "great": (5, 5), "exam": (5, 5), "pushy": (1, 2),
          "refund": (1, 2), "price": (2, 3), "reminder": (2, 2), "trial_good": (4, 5), "neutral": (3, 4),
          "exam_fail": (2, 3)}


def day_weights():
    days = (END.date() - START.date()).days + 1
    w = np.ones(days)
    for i in range(days):
        d = START + D(days=i)
        w[i] *= {1: 0.9, 2: 0.6, 3: 1.0, 4: 1.0, 5: 0.9, 6: 0.9, 7: 1.6, 8: 1.5, 9: 1.3, 10: 1.0, 11: 0.9,
                 12: 0.8}[d.month]                     # summer holiday and back-to-school peaks, CNY dip
        w[i] *= [1.0, 1.0, 1.0, 1.0, 1.0, 1.35, 1.3][d.weekday()]
        w[i] *= 1 + 0.2 * (d - START).days / 365     # the chain grows
    return w


def closed(t: datetime) -> bool:
    return any(a <= t <= b + D(hours=23) for a, b in CNY_CLOSED)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    W = day_weights()
    CW = np.cumsum(W)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "l": 0, "t": 0, "p": 0, "x": 0}

    def pick(d: dict, idx=None):
        keys = list(d)
        w = np.array([d[k] if idx is None else d[k][idx] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    # ---- teachers: campus x instrument; C4 loses three in autumn 2025
    teachers = []   # dict(id, campus, instr, level, start, end)
    tn = 0
    for c in CAMPUSES:
        for ins, k in (("piano", 3), ("violin", 2), ("guitar", 2), ("drums", 1), ("vocal", 2)):
            for j in range(k):
                tn += 1
                lvl = ["principal", "senior", "junior"][j] if ins == "piano" else ["senior", "junior"][j % 2]
                teachers.append(dict(id=f"T{tn:03d}", campus=c, instr=ins, level=lvl,
                                     start=C5_OPEN if c == "C5" else START - D(days=400), end=None))
    leave = {("C4", "piano", "principal"): datetime(2025, 9, 15, 18), ("C4", "piano", "senior"): datetime(2025, 10, 10, 18),
             ("C4", "violin", "senior"): datetime(2025, 11, 5, 18), ("C4", "guitar", "senior"): datetime(2025, 10, 24, 18),
             ("C1", "vocal", "junior"): datetime(2025, 7, 20, 18)}
    for t in list(teachers):
        key = (t["campus"], t["instr"], t["level"])
        if key in leave:
            t["end"] = leave[key]
            tn += 1
            teachers.append(dict(id=f"T{tn:03d}", campus=t["campus"], instr=t["instr"], level="junior",
                                 start=leave[key] + D(days=5), end=None, replaces=t["id"]))
    replacement = {t["replaces"]: t for t in teachers if "replaces" in t}

    def teacher_for(c, ins, at):
        pool = [t for t in teachers if t["campus"] == c and t["instr"] == ins and t["start"] <= at
                and (t["end"] is None or t["end"] > at + D(days=3))]
        return pool[int(rng.random() * len(pool))]

    def ev(cid, ts, tp, **kw):
        row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp)
        row.update(kw)
        if ts <= END:           # history ends on END
            events.append(row)
        return row

    def order(cid, ts, typ, amount, status="paid", **kw):
        row = dict(order_id=nid("o", "O", 6), customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=f"{amount:.2f}", status=status, order_type=typ,
                   订单类型={"package": "课时包", "exam_fee": "考级费", "rental": "乐器租赁", "refund": "退费"}[typ])
        row.update(kw)
        orders.append(row)
        return row

    def fb(cust, topic, ts, channel, rating=True, undated_p=0.0, nps=None, tp=None):
        lang = cust["language"]
        text = (EN if lang == "en" else ZH)[topic]
        text = text[int(rng.random() * len(text))]
        lo, hi = RATING[topic]
        row = dict(feedback_id=nid("f", "F", 5), text=text,
                   ts="" if rng.random() < undated_p else ts.strftime("%Y-%m-%d %H:%M:%S"),
                   customer_id=cust["customer_id"], touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                   rating=(lo + int(rng.random() * (hi - lo + 1))) if (channel != "ticket" if rating is None
                                                                        else rating) else "",
                   nps="" if nps is None else nps, language=lang, sentiment_label=SENT[topic],
                   campus_id=cust["campus_id"], campus=cust["campus"], campus_en=cust["campus_en"],
                   instrument=cust["instrument"], 乐器=cust["乐器"])
        if ts <= END:
            feedback.append(row)

    loc = dict(C1=0, C2=0, C3=0, C4=0, C5=0)
    for i in range(N):
        cid = f"S{i + 1:05d}"
        day = int(np.searchsorted(CW / CW[-1], rng.random()))
        lead_ts = START + D(days=day, hours=u(8, 22.5))
        opened = {c: v for c, v in CAMPUSES.items() if c != "C5" or lead_ts >= C5_OPEN}
        c = pick(opened, 4)
        loc[c] += 1
        zh_c, en_c, city, city_zh, _ = CAMPUSES[c]
        age = pick(AGES, 1)
        ins_w = {k: v[1] * (1.8 if age == "adult" and k in ("guitar", "vocal") else
                            0.5 if age == "adult" and k == "violin" else 1.0) for k, v in INSTR.items()}
        ins = pick(ins_w)
        src = pick(SOURCES, 1)
        en_lang = rng.random() < (0.14 if city == "Shanghai" else 0.04)
        fmt = "group" if rng.random() < (0.35 if ins in ("guitar", "vocal", "drums") else 0.1) else "one_on_one"
        weekend = rng.random() < (0.3 if age == "adult" else 0.7)
        cust = dict(customer_id=cid, signup_at=lead_ts.strftime("%Y-%m-%d %H:%M:%S"), segment="", region=city_zh,
                    acquisition_channel=src, tier="", campus_id=c, campus=zh_c, campus_en=en_c, city=city,
                    城市=city_zh, instrument=ins, 乐器=INSTR[ins][0], age_band=age, 年龄段=AGES[age][0], source=src,
                    来源渠道=SOURCES[src][0], lesson_format=fmt, 上课形式=FORMATS[fmt],
                    preferred_slot="weekend" if weekend else "weekday_evening",
                    payer="self" if age == "adult" else ("mother" if rng.random() < 0.72 else "father"),
                    language="en" if en_lang else "zh", wechat_bound=bool(rng.random() < 0.86))
        customers.append(cust)
        camp = dict(campus_id=c, campus=zh_c, campus_en=en_c, city=city)
        base = dict(**camp, instrument=ins, 乐器=INSTR[ins][0])

        lead_dev = "" if src == "walk_in" else ("ios" if rng.random() < 0.56 else "android")
        ev(cid, lead_ts, "tp_lead", action="submit", channel={"dianping": "dianping", "xiaohongshu": "xiaohongshu",
           "referral": "wechat", "walk_in": "store"}[src], device=lead_dev, source=src, 来源渠道=SOURCES[src][0],
           **base)
        spent, segment, renewed, dropped = 0.0, "lead", False, False
        if rng.random() >= BOOK_P[src]:
            cust["segment"] = segment
            continue
        # ---- trial booking & attendance
        book_ts = lead_ts + D(hours=u(0.2, 6)) if rng.random() < 0.5 else lead_ts + D(days=u(0.5, 9))
        bch = "store" if src == "walk_in" else pick({"mini_program": 0.62, "phone": 0.38})
        bdev = (lead_dev or ("ios" if rng.random() < 0.56 else "android")) if bch == "mini_program" else ""
        mpv = ("5.2" if book_ts >= MP_BUG else "5.1") if bch == "mini_program" else ""
        trial_id = nid("t", "TR", 5)
        trial_at = (book_ts + D(days=int(u(2, 9)))).replace(hour=int(u(10, 20)), minute=int(rng.random() * 2) * 30)
        ev(cid, book_ts, "tp_trial_booked", session_id=trial_id, action="submit", channel=bch, device=bdev,
           mp_version=mpv, trial_at=trial_at.strftime("%Y-%m-%d %H:%M"), **base)
        p_att = 0.83
        if bch == "mini_program" and bdev == "android" and book_ts >= MP_BUG:
            p_att = 0.52
        if trial_at > END or rng.random() >= p_att:
            if trial_at <= END and bch == "mini_program" and bdev == "android" and book_ts >= MP_BUG \
                    and rng.random() < 0.4:
                fb(cust, "reminder", trial_at + D(hours=u(2, 48)), "ticket", rating=False, undated_p=0.08)
            elif trial_at <= END and rng.random() < 0.03:
                fb(cust, "reminder", trial_at + D(hours=u(2, 48)), "ticket", rating=False, undated_p=0.08)
            cust["segment"] = segment
            continue
        tch0 = teacher_for(c, ins, trial_at)
        ev(cid, trial_at + D(minutes=u(-8, 6)), "tp_trial_attended", session_id=trial_id, action="check_in",
           channel="store", teacher_id=tch0["id"], **base)
        # post-trial survey
        p_buy = BUY_P[src] * CAMPUS_BUY[c] * (0.8 if age == "adult" else 1.0)
        if c == "C4" and datetime(2025, 9, 15) <= trial_at < datetime(2026, 1, 1):
            p_buy *= 0.75
        buys = rng.random() < min(p_buy, 0.9)
        if rng.random() < 0.3:
            pushy_p = 0.34 if src == "xiaohongshu" else 0.14
            r = rng.random()
            topic = "pushy" if r < pushy_p else ("trial_good" if r < pushy_p + (0.5 if buys else 0.3) else "neutral")
            fb(cust, topic, trial_at + D(hours=u(1, 40)), "wechat_survey", tp="tp_trial_attended")
        if not buys:
            cust["segment"] = segment
            continue
        # ---- purchase
        if rng.random() < 0.55:
            buy_ts = trial_at + D(minutes=u(40, 120))
        elif rng.random() < 0.9:
            buy_ts = trial_at + D(days=u(1, 20), hours=u(0, 5))
        else:
            buy_ts = trial_at + D(days=u(31, 60))
        if buy_ts > END:
            cust["segment"] = segment
            continue
        size = pick({24: 0.5, 48: 0.35, 96: 0.15} if age != "adult" else {24: 0.72, 48: 0.23, 96: 0.05})
        pay = pick(PAYS, 1)
        price = INSTR[ins][2] * (0.55 if fmt == "group" else 1.0)
        rental = (ins == "violin" and rng.random() < 0.5) or (ins == "guitar" and rng.random() < 0.15)

        def buy_package(ts, size, kind):
            nonlocal spent
            pkg = nid("p", "PK", 5)
            amt = round(size * price * {24: 1.0, 48: 0.95, 96: 0.9}[size] * (1.08 if ts >= PRICE_RISE else 1.0), -1)
            pm = pick(PAYS, 1) if kind == "renewal" else pay
            if rng.random() < 0.03:
                order(cid, ts - D(minutes=u(3, 20)), "package", amt, status="cancelled", package_id=pkg,
                      package_size=size, purchase_type=kind, 购买类型="新签" if kind == "new" else "续费",
                      payment_method=pm, 支付方式=PAYS[pm][0], currency="CNY", **base)
            order(cid, ts, "package", amt, package_id=pkg, package_size=size, purchase_type=kind,
                  购买类型="新签" if kind == "new" else "续费", payment_method=pm, 支付方式=PAYS[pm][0],
                  currency="CNY", **base)
            spent += amt
            if rental:
                months = {24: 6, 48: 12, 96: 24}[size]
                ramt = months * (120 if ins == "violin" else 80)
                order(cid, ts + D(minutes=u(2, 10)), "rental", ramt, package_id=pkg, rental_months=months,
                      payment_method=pm, 支付方式=PAYS[pm][0], currency="CNY", **base)
                spent += ramt
            return pkg, amt

        pkg, amt = buy_package(buy_ts, size, "new")
        ev(cid, buy_ts, "tp_purchase", action="pay", channel="store", device="", package_id=pkg, package_size=size,
           lesson_format=fmt, payment_method=pay, 支付方式=PAYS[pay][0], **base)
        segment = "new"
        # cooling-off refunds: no lesson taken
        if rng.random() < 0.025:
            rts = buy_ts + D(days=u(1, 7))
            if rts <= END:
                order(cid, rts, "refund", amt, status="refunded", package_id=pkg, refund_reason="cooling_off",
                      currency="CNY", **base)
                if rng.random() < 0.35:
                    fb(cust, "refund", rts + D(days=u(1, 20)), "ticket", rating=False, undated_p=0.08)
                cust["segment"] = "at_risk"
                continue
        # ---- teacher & first lesson
        assign_ts = buy_ts + D(hours=u(2, 40))
        if assign_ts > END:
            cust["segment"] = segment
            continue
        tch = teacher_for(c, ins, assign_ts)
        ev(cid, assign_ts, "tp_teacher_assigned", action="assign", channel="store", teacher_id=tch["id"],
           teacher_level=tch["level"], 教师级别=LEVELS[tch["level"]], assign_reason="new_student", package_id=pkg,
           **base)
        wait = 0.6 + rng.exponential(1.8)
        if c == SCHED_CAMPUS and weekend:
            wait += u(6, 17)
        first = assign_ts + D(days=wait)
        hour = int(u(9, 17)) if weekend else int(u(18, 21))
        # snap to preferred weekday
        while (first.weekday() >= 5) != weekend:
            first += D(days=1)
        first = first.replace(hour=hour, minute=0, second=0)
        if c == SCHED_CAMPUS and weekend and (first - buy_ts).days > 7 and rng.random() < 0.3:
            fb(cust, "sched", first - D(days=u(1, 5)), "ticket", rating=False, undated_p=0.08)
        # ---- lessons
        t = first
        consumed, attended_n, lessons, changed = 0, 0, [], None
        lvl = tch["level"]
        hist = [(assign_ts, tch)]
        noshow_p = {"4-6": 0.03, "7-9": 0.03, "10-12": 0.04, "13-17": 0.06, "adult": 0.12}[age]
        cancel_p = 0.07 if age != "adult" else 0.10
        hazard = 0.004
        sched_first = True
        while t <= END:
            if closed(t):
                t += D(days=7)
                continue
            # teacher left?
            if tch["end"] is not None and t >= tch["end"]:
                new_t = replacement[tch["id"]]
                re_ts = max(tch["end"], t - D(days=7)) + D(days=u(6, 14))
                # lessons until reassignment are cancelled by the school
                while t < re_ts and t <= END:
                    sid = nid("l", "L", 6)
                    ev(cid, t - D(days=u(1, 3)), "tp_lesson_cancelled", session_id=sid, action="cancel",
                       channel="staff", cancelled_by="school", cancel_reason="teacher_left", teacher_id=tch["id"],
                       package_id=pkg, lesson_at=t.strftime("%Y-%m-%d %H:%M"), **base)
                    t += D(days=7)
                if re_ts > END:
                    break
                ev(cid, re_ts, "tp_teacher_assigned", action="assign", channel="store", teacher_id=new_t["id"],
                   teacher_level=new_t["level"], 教师级别=LEVELS[new_t["level"]], assign_reason="teacher_left",
                   package_id=pkg, **base)
                tch, lvl, changed = new_t, new_t["level"], re_ts
                hist.append((re_ts, tch))
                hazard = 0.018
                if rng.random() < 0.6:
                    fb(cust, "turnover", re_ts + D(days=u(2, 40)), pick({"ticket": 0.55, "dianping": 0.45}),
                       rating=None, undated_p=0.1)
                continue
            sid = nid("l", "L", 6)
            sts = (assign_ts + D(hours=u(1, 20))) if sched_first else t - D(days=u(1, 6))
            sched_first = False
            sch = "mini_program" if rng.random() < 0.6 else "staff"
            dev = ("ios" if rng.random() < 0.55 else "android") if sch == "mini_program" else ""
            common = dict(session_id=sid, teacher_id=tch["id"], teacher_level=lvl, 教师级别=LEVELS[lvl],
                          package_id=pkg, package_size=size, lesson_no=consumed + 1, lesson_at=t.strftime("%Y-%m-%d %H:%M"),
                          lesson_format=fmt, room=f"{c}-R{1 + int(rng.random() * 8)}", **base)
            ev(cid, sts, "tp_lesson_scheduled", action="book", channel=sch, device=dev, **common)
            r = rng.random()
            if r < cancel_p:
                ev(cid, t - D(hours=u(2, 40)), "tp_lesson_cancelled", action="cancel", channel=sch, device=dev,
                   cancelled_by="student", cancel_reason=pick({"sick": 0.35, "school_work": 0.3, "travel": 0.2,
                                                                "other": 0.15}), **common)
            elif r < cancel_p + noshow_p:
                ev(cid, t, "tp_no_show", action="absent", channel="store", **common)
                consumed += 1
                lessons.append((t, "no_show"))
            else:
                ev(cid, t + D(minutes=u(-10, 5)), "tp_lesson_attended", action="check_in", channel="store", **common)
                consumed += 1
                attended_n += 1
                lessons.append((t, "attended"))
            t = t + D(days=7)
            if rng.random() < hazard:      # drops out
                dropped = True
                if rng.random() < (0.6 if changed else 0.35):
                    rts = t + D(days=u(3, 20))
                    if rts <= END:
                        left = size - consumed
                        order(cid, rts, "refund", round(left * amt / size, 2), status="refunded", package_id=pkg,
                              refund_reason="teacher_left" if changed else "quit", currency="CNY", **base)
                        if rng.random() < 0.3:
                            fb(cust, "refund", rts + D(days=u(5, 40)), "ticket", rating=False, undated_p=0.08)
                break
            if consumed >= size:       # package used up: renew?
                p_ren = {24: 0.64, 48: 0.72, 96: 0.78}[size] * (0.9 if t >= PRICE_RISE else 1.0)
                if c == TURNOVER_CAMPUS and datetime(2025, 9, 15) <= t < datetime(2026, 4, 1):
                    p_ren *= 0.6            # word gets around: parents hesitate to renew
                if changed is not None:
                    p_ren = 0.2
                ren_ts = t - D(days=7) + D(days=u(0, 14), hours=u(1, 6))
                if ren_ts > END:
                    break
                if rng.random() >= p_ren:
                    break
                size = pick({24: 0.45, 48: 0.4, 96: 0.15})
                pkg, amt = buy_package(ren_ts, size, "renewal")
                ev(cid, ren_ts, "tp_renewal", action="pay", channel="mini_program",
                   device="ios" if rng.random() < 0.55 else "android", package_id=pkg, package_size=size, **base)
                renewed = True
                if ren_ts >= PRICE_RISE and rng.random() < 0.12:
                    fb(cust, "price", ren_ts + D(days=u(0, 10)), pick({"ticket": 0.5, "dianping": 0.5}),
                       rating=None, undated_p=0.1)
                consumed = 0
                t = max(t, ren_ts + D(days=3))
                while t.weekday() != first.weekday():
                    t += D(days=1)
                t = t.replace(hour=hour, minute=0, second=0)
        # ---- grade exams
        if lessons and age != "adult" or (lessons and rng.random() < 0.1):
            first_l, last_l = lessons[0][0], lessons[-1][0]
            grade = 1
            for y in (2024, 2025, 2026):
                for (ra, rb, exam_day) in ((datetime(y, 4, 1), datetime(y, 5, 15), datetime(y, 7, 20)),
                                           (datetime(y, 10, 1), datetime(y, 11, 15), datetime(y + 1, 1, 15))):
                    reg = ra + D(days=u(0, (rb - ra).days), hours=u(10, 20))
                    if reg > END or not (first_l <= reg <= last_l):
                        continue
                    done = sum(1 for lt, _ in lessons if lt < reg)
                    if done < 12:
                        continue
                    p_reg = {"piano": 0.55, "violin": 0.55, "vocal": 0.35, "guitar": 0.3, "drums": 0.35}[ins]
                    if rng.random() >= p_reg:
                        continue
                    board = "CCOM" if rng.random() < 0.7 else "ABRSM"
                    cur = [h for h in hist if h[0] <= reg][-1][1]
                    clvl = cur["level"]
                    fee = 300 + 80 * grade
                    withdraw = rng.random() < 0.06
                    ev(cid, reg, "tp_exam_registered", action="submit", channel="store", exam_grade=grade,
                       exam_board=board, exam_sitting=exam_day.strftime("%Y-%m"), teacher_id=cur["id"],
                       teacher_level=clvl, 教师级别=LEVELS[clvl], **base)
                    order(cid, reg + D(minutes=u(2, 30)), "exam_fee", fee, status="cancelled" if withdraw else "paid",
                          exam_grade=grade, exam_board=board, payment_method="wechat_pay", 支付方式="微信支付",
                          currency="CNY", **base)
                    if withdraw:
                        continue
                    spent += fee
                    res_ts = exam_day + D(days=u(28, 40), hours=u(9, 18))
                    if res_ts > END:
                        continue
                    fail_p = {"junior": 0.13, "senior": 0.05, "principal": 0.03}[clvl]
                    if changed is not None and changed < exam_day:
                        fail_p = 0.35
                    if rng.random() < fail_p:
                        res = "fail"
                    else:
                        res = pick({"distinction": 0.22 if clvl == "junior" else 0.34, "merit": 0.36, "pass": 0.36})
                    ev(cid, res_ts, "tp_exam_result", action="result", channel="other", exam_grade=grade,
                       exam_board=board, exam_sitting=exam_day.strftime("%Y-%m"), exam_result=res,
                       考级结果=EXAM_RES[res], teacher_id=cur["id"], teacher_level=clvl, 教师级别=LEVELS[clvl], **base)
                    if res != "fail":
                        grade += 1
                        if rng.random() < 0.22:
                            fb(cust, "exam", res_ts + D(days=u(0, 10)), "wechat_survey")
                    elif rng.random() < 0.3:
                        fb(cust, "exam_fail" if changed is None or rng.random() < 0.5 else "turnover",
                           res_ts + D(days=u(0, 10)), "wechat_survey")
        # ---- reviews (大众点评) and NPS surveys during lessons
        if lessons:
            if rng.random() < 0.35:
                lt = lessons[int(rng.random() * len(lessons))][0]
                if c == NOISY_CAMPUS and rng.random() < 0.45:
                    topic = "noisy"
                elif c == SCHED_CAMPUS and weekend and rng.random() < 0.4:
                    topic = "sched"
                elif changed is not None and lt > changed and rng.random() < 0.5:
                    topic = "turnover"
                else:
                    topic = pick({"great": 0.5, "neutral": 0.25, "noisy": 0.06, "sched": 0.06, "exam": 0.13})
                fb(cust, topic, lt + D(hours=u(2, 60)), "dianping", undated_p=0.12)
            for y in (2024, 2025, 2026):
                for m in (3, 6, 9, 12):
                    qd = datetime(y, m, 25, 10) + D(days=u(0, 4))
                    if qd > END or not (lessons[0][0] <= qd <= lessons[-1][0] + D(days=10)):
                        continue
                    if rng.random() >= 0.2:
                        continue
                    if c == NOISY_CAMPUS and rng.random() < 0.3:
                        topic = "noisy"
                    elif c == SCHED_CAMPUS and weekend and rng.random() < 0.3:
                        topic = "sched"
                    elif changed is not None and qd > changed and rng.random() < 0.55:
                        topic = "turnover"
                    else:
                        topic = pick({"great": 0.55, "neutral": 0.45})
                    score = {"pos": (9, 10), "neu": (7, 8), "neg": (0, 6)}[SENT[topic]]
                    fb(cust, topic, qd, "nps_survey", rating=False,
                       nps=score[0] + int(rng.random() * (score[1] - score[0] + 1)))
        if dropped:
            segment = "at_risk"
        elif renewed:
            segment = "returning"
        if spent >= 20000:
            segment = "vip"
        cust["segment"] = segment
        cust["tier"] = "gold" if spent >= 20000 else ("silver" if spent >= 9000 else "standard")

    # exact duplicates of a few event rows (re-sent by the mini-program), loaded once
    for k in range(0, 24):
        events.append(dict(events[(k * 7919) % len(events)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", sorted(orders, key=lambda r: r["order_id"]))
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([["" if r.get(c) is None else r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
