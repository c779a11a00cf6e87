"""启航 SailPrep: an IELTS / TOEFL exam-prep school with campuses in 北京, 上海, 广州, 成都 and 杭州 plus online
classes. A student sees an ad (百度 / 抖音), a 小红书 post, a WeChat article or a campus talk, or is referred by a friend,
leaves their details (lead), takes the free placement test, has a consultation with a course advisor, enrols in a
course (group class 班课 / 1-on-1 一对一 / online 网课) with a deposit, pays the balance, attends the classes (per
lesson, attended / absent), takes mock exams (score), registers for the real exam, reports the score, and may refer
a friend or renew for a second (sprint) course. Data covers 2024-09-01 .. 2026-05-31 (today is 2026-12-01).

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

SEED = 20261201
START = datetime(2024, 9, 1)
END = datetime(2026, 5, 31, 21, 0, 0)
N = 5000
D = timedelta

CITIES = {  # city: zh, campus zh, campus en, weight
    "Beijing": ("北京", "北京海淀校区", "Beijing Haidian", 1.25),
    "Shanghai": ("上海", "上海徐汇校区", "Shanghai Xuhui", 1.2),
    "Guangzhou": ("广州", "广州天河校区", "Guangzhou Tianhe", 0.9),
    "Chengdu": ("成都", "成都高新校区", "Chengdu Hi-Tech", 0.8),
    "Hangzhou": ("杭州", "杭州西湖校区", "Hangzhou Xihu", 0.85),
}
ONLINE_CAMPUS = ("线上校区", "Online")
SOURCES = {  # source: zh, weight, placement-test rate, consultation rate, deposit rate (after consultation)
    "xiaohongshu": ("小红书", 0.30, 0.80, 0.80, 0.17),
    "douyin": ("抖音", 0.14, 0.62, 0.78, 0.30),
    "baidu": ("百度推广", 0.13, 0.70, 0.85, 0.40),
    "referral": ("老带新", 0.15, 0.90, 0.93, 0.64),
    "wechat": ("公众号", 0.13, 0.72, 0.84, 0.42),
    "campus_talk": ("校园讲座", 0.15, 0.78, 0.80, 0.36),
}
SRC_CHANNEL = {"xiaohongshu": "social", "douyin": "ads", "baidu": "ads", "referral": "referral", "wechat": "social",
               "campus_talk": "offline_event"}
STYPES = {"high_school": ("高中生", 0.34), "university": ("大学生", 0.41), "working": ("在职", 0.25)}
EXAMS = {"IELTS": "雅思", "TOEFL": "托福"}
TOEFL_P = {"high_school": 0.52, "university": 0.30, "working": 0.12}
COURSES = {  # type: zh, weight, lessons, per week, price IELTS, price TOEFL, deposit
    "group": ("班课", 0.52, 40, 2, 12800, 14800, 2000),
    "one_on_one": ("一对一", 0.20, 30, 3, 26800, 29800, 2000),
    "online": ("网课", 0.28, 36, 3, 6800, 7800, 1000),
}
DEVICES = {"ios": 0.44, "android": 0.40, "pc": 0.16}
PAYS = {"wechat_pay": ("微信支付", 0.50), "alipay": ("支付宝", 0.27), "bank_transfer": ("银行转账", 0.12),
        "installment": ("分期付款", 0.11)}
ATT_ZH = {"attended": "出勤", "absent": "缺勤"}
REFUND_REASON = {"deposit_refund": "退定金", "score_guarantee": "保分退费", "quit_midway": "中途退课"}
GUARANTEE_FROM = datetime(2025, 3, 1)          # 保分班 (score-guarantee option) sold from March 2025
BIG_CLASS_CITY, BIG_CLASS_FROM = "Shanghai", datetime(2025, 9, 1)   # Shanghai merges group classes: 28-36 students
LAG_FROM = datetime(2025, 11, 1)               # online classes move to a new live platform: lag, Android worst
RESCHED_CITY = "Chengdu"                       # two Chengdu teachers leave: classes rescheduled Oct - Dec 2025
RESCHED = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59))
CNY_CLOSED = [(datetime(2025, 1, 27), datetime(2025, 2, 4, 23, 59)), (datetime(2026, 2, 15), datetime(2026, 2, 23, 23, 59))]
MONTH_W = {1: 1.25, 2: 0.8, 3: 1.0, 4: 0.9, 5: 0.85, 6: 1.1, 7: 1.55, 8: 1.45, 9: 1.0, 10: 0.85, 11: 0.95, 12: 1.2}

ADVISOR_NAMES = ["王芳", "赵磊", "刘畅", "陈静", "杨帆", "黄磊", "周婷", "吴昊", "孙悦", "徐峰", "马丽", "朱军", "胡颖",
                 "郭涛", "林琳"]
PUSHY = "A02"                                  # 赵磊 (Beijing): closes many deposits, many never pay the balance
NEW_ADVISOR = ("A16", "韩雪", "Beijing", datetime(2025, 11, 3))     # joins late 2025: tiny, very high numbers
TEACHERS = [  # id, zh, en, city (None = online team), exam
    ("T01", "李娜", "Lina Li", "Beijing", "IELTS"), ("T02", "王强", "Kevin Wang", "Beijing", "IELTS"),
    ("T03", "张敏", "Amy Zhang", "Beijing", "TOEFL"), ("T04", "刘洋", "Leo Liu", "Beijing", "TOEFL"),
    ("T05", "陈晨", "Grace Chen", "Shanghai", "IELTS"), ("T06", "杨柳", "Willow Yang", "Shanghai", "IELTS"),
    ("T07", "赵刚", "Jason Zhao", "Shanghai", "TOEFL"), ("T08", "黄蕾", "Lily Huang", "Shanghai", "TOEFL"),
    ("T09", "陈思雨", "Emily Chen", "Guangzhou", "IELTS"), ("T10", "何俊", "Jun He", "Guangzhou", "IELTS"),
    ("T11", "梁伟", "William Liang", "Guangzhou", "TOEFL"), ("T12", "罗佳", "Jia Luo", "Guangzhou", "TOEFL"),
    ("T13", "邓丽", "Lisa Deng", "Chengdu", "IELTS"), ("T14", "宋杰", "Jack Song", "Chengdu", "IELTS"),
    ("T15", "唐颖", "Ivy Tang", "Chengdu", "TOEFL"), ("T16", "韩冰", "Bing Han", "Chengdu", "TOEFL"),
    ("T17", "许诺", "Nora Xu", "Hangzhou", "IELTS"), ("T18", "曹阳", "Sunny Cao", "Hangzhou", "IELTS"),
    ("T19", "彭博", "Bob Peng", "Hangzhou", "TOEFL"), ("T20", "苏珊", "Susan Su", "Hangzhou", "TOEFL"),
    ("T21", "高远", "Gavin Gao", None, "IELTS"), ("T22", "吕薇", "Vivian Lv", None, "IELTS"),
    ("T23", "沈涛", "Tony Shen", None, "IELTS"), ("T24", "蒋琪", "Kiki Jiang", None, "TOEFL"),
    ("T25", "叶凡", "Evan Ye", None, "TOEFL"),
]
STAR_TEACHER = "T09"                            # 陈思雨 Emily Chen: her IELTS students gain far more
NEW_TEACHER = ("T26", "周宁", "Nina Zhou", "Guangzhou", "IELTS", datetime(2025, 11, 3))  # few mocks, very high
LEFT_TEACHERS = {"T14": datetime(2025, 10, 8), "T16": datetime(2025, 10, 20)}   # Chengdu: substitutes / reschedules

TOUCHPOINTS = [
    ("tp_lead", "留资线索", "Lead captured", "awareness", "ads", "digital", "marketing",
     "留资|线索|咨询登记|看到广告|刷到小红书|lead|sign-up|enquiry"),
    ("tp_placement_test", "免费测评", "Free placement test", "consideration", "web", "digital", "academic",
     "分级测试|入学测试|水平测试|摸底测试|测评|placement test|level test|diagnostic test"),
    ("tp_consultation", "顾问咨询", "Advisor consultation", "consideration", "store", "physical", "sales",
     "课程咨询|约顾问|面谈|规划咨询|consultation|advisor meeting|course advice"),
    ("tp_enroll_deposit", "报名交定金", "Enrolled (deposit paid)", "purchase", "store", "physical", "sales",
     "交定金|订金|报名|占位|deposit|enrolment|sign up for a course"),
    ("tp_balance_paid", "付清尾款", "Balance paid", "purchase", "app", "digital", "finance",
     "尾款|付全款|结清|交齐学费|balance|full payment|tuition paid"),
    ("tp_class", "上课", "Class attended", "service", "store", "physical", "academic",
     "课堂|上课|课次|到课|lesson|class|session"),
    ("tp_mock_exam", "模考", "Mock exam", "service", "store", "physical", "academic",
     "模拟考|模考|全真模考|mock|practice test|mock test"),
    ("tp_exam_registered", "考试报名", "Real exam registered", "service", "web", "digital", "academic",
     "报考|报名考试|约考位|exam booking|exam registration|registered for the exam"),
    ("tp_score_reported", "出分", "Score reported", "service", "app", "digital", "academic",
     "出成绩|出分|成绩单|考试成绩|score|result|score report"),
    ("tp_referral", "推荐好友", "Friend referred", "loyalty", "app", "digital", "marketing",
     "转介绍|老带新|推荐朋友|referral|refer a friend"),
    ("tp_renewal", "续报课程", "Renewed (second course)", "loyalty", "store", "physical", "sales",
     "续报|续费|二次报名|冲刺班|renewal|second course|re-enrol"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("enroll", "报名转化", "Lead to enrolment", 30,
     ["tp_lead", "tp_placement_test", "tp_consultation", "tp_enroll_deposit", "tp_balance_paid"]),
    ("exam", "备考到出分", "Study to score", 240,
     ["tp_balance_paid", "tp_mock_exam", "tp_exam_registered", "tp_score_reported"]),
    ("renewal", "出分后续报", "Score to renewal", 90, ["tp_score_reported", "tp_renewal"]),
    ("referral", "出分后转介绍", "Score to referral", 90, ["tp_score_reported", "tp_referral"]),
]

ZH = {
    "test_good": ["免费测评很专业，报告写得很细，知道自己差在哪了", "测评老师讲得很清楚，口语短板一下就找到了",
                  "测评流程挺快的，半小时出报告", "摸底测试做完心里有数了，挺好"],
    "advisor_good": ["顾问很耐心，帮我规划了备考时间线", "课程顾问按我的情况推荐了班型，没有乱推课",
                     "顾问回复很及时，解释得很清楚", "咨询的时候顾问把几种课的区别讲得很明白"],
    "pushy": ["顾问一直逼单，当场就催着交定金，很不舒服", "课程顾问推销太猛了，一天打三个电话",
              "说今天不交定金就没优惠了，感觉被套路，顾问太强势", "交了定金就后悔了，顾问当时推销得太急",
              "顾问逼单太厉害，还没想好就让我先交定金占位"],
    "deposit_refund": ["想退定金，顾问推三阻四，当时逼单的时候可不是这样", "定金退了两周还没到账，当初推销的时候说随时能退",
                       "被顾问催着交定金，现在要退说不行，太强势了"],
    "teacher_great": ["{t}老师讲得太好了，写作思路一下就清楚了", "{t}老师超级负责，作文每篇都认真批改",
                      "{t}老师特别专业，口语纠音很细", "跟着{t}老师上课提分很明显，老师讲得太好了"],
    "class_big": ["班里三十多个人，老师根本顾不过来", "班级人太多了，口语练习轮不到我", "说好的小班，结果一个班快四十人",
                  "大班上课，问个问题都没机会", "合班以后人太多了，体验很差"],
    "schedule": ["又调课了，这个月已经改了三次时间", "临时调课，通知太晚，工作根本请不了假",
                 "老是换上课时间，还换了代课老师，没法安排", "频繁调课，课表完全打乱了"],
    "lag": ["网课一直卡顿，老师声音断断续续", "上网课老掉线，听力练习都听不清", "新换的直播平台太卡顿了，安卓手机上根本没法上",
            "网课卡顿严重，回放也加载不出来", "直播课掉线三次，白交钱了"],
    "guarantee": ["保分班没考到目标分，说好的退费现在又不认了", "承诺保分，结果没过，退费各种扯皮",
                  "保分协议写得含糊，出分后申请退费被拒", "保分退费拖了一个多月还没处理"],
    "mock_good": ["模考很还原真题，出分也快", "模考之后老师一对一讲评，很有帮助", "全真模考的环境和真实考场很像"],
    "mock_hard": ["模考题目比真题难太多，心态有点崩", "模考判分标准感觉和官方不一样"],
    "score_good": ["终于考到目标分了！谢谢启航的老师们", "出分了，比预期还高，没白努力", "一次就达标，感谢老师"],
    "score_miss": ["出分了，差0.5分没到目标，有点失落", "成绩没达标，还得再考一次"],
    "neutral": ["校区附近停车不太方便", "教材还可以，就是价格有点贵", "前台小姐姐挺热情的", "教室空调有点冷",
                "希望周末能多开几个时段"],
}
EN = {
    "test_good": ["The free placement test was really useful, the report showed exactly where I was weak.",
                  "Quick placement test and a clear report, nice start."],
    "advisor_good": ["My advisor was patient and helped me plan a realistic timeline.",
                     "The advisor explained the course options clearly without overselling."],
    "pushy": ["The advisor was way too pushy, kept pressuring me to pay the deposit on the spot.",
              "Felt pressured into paying a deposit, the sales pitch was really pushy."],
    "deposit_refund": ["Asked for my deposit back and got the runaround, they were so pushy when I paid it."],
    "teacher_great": ["{e} is a great teacher, the writing feedback is super detailed.",
                      "Great teacher! {e} explains reading strategies really clearly."],
    "class_big": ["The class is way too big, over 30 students, no chance to speak.",
                  "Class size is far too large now, the teacher can't give anyone attention."],
    "schedule": ["Classes keep getting rescheduled at short notice.", "Third schedule change this month, really frustrating."],
    "lag": ["The online class keeps lagging and freezing.",
            "Constant lag on the new live platform, audio drops out on my Android phone.",
            "App freezes every lesson since the platform change, 1 star."],
    "guarantee": ["They sold me a score guarantee, I missed my target and now they refuse the refund.",
                  "Score guarantee dispute: still no refund after 6 weeks."],
    "mock_good": ["The mock exam felt just like the real thing.", "Useful mock test with detailed feedback."],
    "mock_hard": ["Mock exam was much harder than the real test."],
    "score_good": ["Got my target score on the first try, thanks SailPrep!", "Hit my target band, thank you teachers!"],
    "score_miss": ["Missed my target by half a band, a bit disappointed."],
    "neutral": ["Parking near the campus is a bit hard.", "Textbooks are fine but a little pricey."],
}
RATING = {"test_good": (4, 5), "advisor_good": (4, 5), "pushy": (1, 2), "deposit_refund": (1, 2),
          "teacher_great": (5, 5), "class_big": (1, 3), "schedule": (1, 3), "lag": (1, 2), "guarantee": (1, 1),
          "mock_good": (4, 5), "mock_hard": (2, 3), "score_good": (5, 5), "score_miss": (2, 3), "neutral": (3, 4)}
SENT = {"test_good": "pos", "advisor_good": "pos", "pushy": "neg", "deposit_refund": "neg", "teacher_great": "pos",
        "class_big": "neg", "schedule": "neg", "lag": "neg", "guarantee": "neg", "mock_good": "pos", "mock_hard": "neg",
        "score_good": "pos", "score_miss": "neg", "neutral": "neu"}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    customers, events, orders, feedback = [], [], [], []
    ids = {"e": 0, "o": 0, "f": 0, "c": 0, "s": 0, "k": 0}

    def nid(kind, prefix, width):
        ids[kind] += 1
        return f"{prefix}{ids[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def pick(d, idx=None):
        keys = list(d)
        w = np.array([(v[idx] if idx is not None else v) for v in d.values()], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def closed(t):
        return any(a <= t <= b for a, b in CNY_CLOSED)

    advisors = {}
    k = 0
    for city in CITIES:
        for _ in range(3):
            advisors[f"A{k + 1:02d}"] = dict(id=f"A{k + 1:02d}", name=ADVISOR_NAMES[k], city=city,
                                             start=START - D(days=400))
            k += 1
    aid, aname, acity, astart = NEW_ADVISOR
    advisors[aid] = dict(id=aid, name=aname, city=acity, start=astart)
    assert advisors[PUSHY]["city"] == "Beijing" and advisors[PUSHY]["name"] == "赵磊"
    teachers = {t[0]: dict(id=t[0], zh=t[1], en=t[2], city=t[3], exam=t[4], start=START - D(days=400),
                           end=LEFT_TEACHERS.get(t[0])) for t in TEACHERS}
    t = NEW_TEACHER
    teachers[t[0]] = dict(id=t[0], zh=t[1], en=t[2], city=t[3], exam=t[4], start=t[5], end=None)

    def advisor_for(city, when):
        cs = [a for a in advisors.values() if a["city"] == city and a["start"] <= when]
        return cs[int(rng.integers(len(cs)))]

    def teacher_for(city, exam, when, online):
        cs = [x for x in teachers.values() if x["exam"] == exam and x["start"] <= when
              and (x["end"] is None or when < x["end"]) and (x["city"] is None if online else x["city"] == city)]
        w = np.array([1.3 if x["id"] == STAR_TEACHER else (0.6 if x["id"] == NEW_TEACHER[0] else 1.0) for x in cs])
        return cs[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def substitute(city, exam, when):
        cs = [x for x in teachers.values() if x["city"] == city and x["start"] <= when
              and (x["end"] is None or when < x["end"])]
        same = [x for x in cs if x["exam"] == exam]
        cs = same or cs
        return cs[int(rng.integers(len(cs)))]

    def base(cust, t, tp, course=None, teacher=None, advisor=None, **kw):
        city = cust["city"]
        online = course is not None and course["type"] == "online"
        r = dict(event_id=nid("e", "E", 7), customer_id=cust["customer_id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=None, action=None, device=None, channel=None, city=city, 城市=CITIES[city][0],
                 campus=ONLINE_CAMPUS[0] if online else CITIES[city][1],
                 campus_en=ONLINE_CAMPUS[1] if online else CITIES[city][2],
                 target_exam=cust["target_exam"], 目标考试=cust["目标考试"])
        if advisor is not None:
            r.update(advisor_id=advisor["id"], advisor_name=advisor["name"])
        if course is not None:
            r.update(course_id=course["id"], course_type=course["type"], 课程类型=COURSES[course["type"]][0],
                     guarantee=course["guarantee"])
        if teacher is not None:
            r.update(teacher_id=teacher["id"], teacher_name=teacher["zh"], teacher_en=teacher["en"])
        r.update(kw)
        events.append(r)
        return r

    def order(cust, t, amount, otype, otype_zh, status="paid", course=None, **kw):
        pay = kw.pop("payment_method", None) or pick(PAYS, 1)
        r = dict(order_id=nid("o", "O", 6), customer_id=cust["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
                 status=status, channel=kw.pop("channel", "store"), device=kw.pop("device", None), order_type=otype,
                 订单类型=otype_zh, payment_method=pay, 支付方式=PAYS[pay][0], city=cust["city"],
                 城市=CITIES[cust["city"]][0], target_exam=cust["target_exam"])
        if course is not None:
            r.update(course_id=course["id"], course_type=course["type"], 课程类型=COURSES[course["type"]][0],
                     guarantee=course["guarantee"], advisor_id=course["advisor"]["id"],
                     advisor_name=course["advisor"]["name"])
        r.update(kw)
        orders.append(r)
        return r

    def fb(cust, t, topic, tp, channel, dated=True, rating=True, nps=None, lang=None, teacher=None, advisor=None,
           course=None):
        if lang is None:
            lang = "en" if rng.random() < (0.22 if cust["student_type"] == "university" else 0.09) else "zh"
        texts = (EN if lang == "en" else ZH)[topic]
        text = texts[int(rng.integers(len(texts)))]
        if "{t}" in text or "{e}" in text:
            text = text.replace("{t}", teacher["zh"][0] if teacher else "").replace(
                "{e}", teacher["en"].split()[0] if teacher else "The teacher")
        lo, hi = RATING[topic]
        online = course is not None and course["type"] == "online"
        feedback.append(dict(feedback_id=nid("f", "F", 5), text=text, ts=fmt(t) if dated else None,
                             customer_id=cust["customer_id"], touchpoint_id=tp, channel=channel,
                             rating=int(lo + rng.integers(hi - lo + 1)) if rating else None, nps=nps, language=lang,
                             sentiment_label=SENT[topic], city=cust["city"], 城市=CITIES[cust["city"]][0],
                             campus_en=ONLINE_CAMPUS[1] if online else CITIES[cust["city"]][2],
                             course_type=course["type"] if course else None,
                             teacher_id=teacher["id"] if teacher else None,
                             teacher_name=teacher["zh"] if teacher else None,
                             teacher_en=teacher["en"] if teacher else None,
                             advisor_name=advisor["name"] if advisor else None,
                             student_type=cust["student_type"]))

    def slot(t, weekend):
        while not ((t.weekday() >= 5) == weekend):
            t += D(days=1)
        hour = int(rng.choice([9, 10, 14, 15])) if weekend else int(rng.choice([18, 19, 20]))
        return t.replace(hour=hour, minute=int(rng.choice([0, 30])), second=0)

    # ---- lead times with seasonality
    days = [START + D(days=i) for i in range((END - START).days - 2)]
    w = np.array([MONTH_W[d.month] * (1.0 + 0.25 * (d >= datetime(2025, 9, 1))) for d in days])
    lead_days = sorted(rng.choice(len(days), size=N, p=w / w.sum()))

    for i, di in enumerate(lead_days):
        t0 = days[di] + D(hours=float(u(8, 23)))
        city = pick(CITIES, 3)
        src = pick(SOURCES, 1)
        st = pick(STYPES, 1)
        exam = "TOEFL" if rng.random() < TOEFL_P[st] else "IELTS"
        target = float(rng.choice([6.0, 6.5, 7.0, 7.5], p=[0.25, 0.40, 0.25, 0.10])) if exam == "IELTS" else \
            float(rng.choice([90, 100, 105, 110], p=[0.3, 0.4, 0.2, 0.1]))
        cust = dict(customer_id=f"S{i + 1:05d}", signup_at=fmt(t0), segment=None, region=CITIES[city][0],
                    acquisition_channel=src, tier=None, source=src, 来源渠道=SOURCES[src][0], city=city,
                    城市=CITIES[city][0], campus=CITIES[city][1], campus_en=CITIES[city][2], student_type=st,
                    学员类型=STYPES[st][0], target_exam=exam, 目标考试=EXAMS[exam], target_score=target,
                    gender="F" if rng.random() < 0.58 else "M",
                    age=int(rng.integers(16, 19) if st == "high_school" else
                            (rng.integers(19, 24) if st == "university" else rng.integers(24, 36))),
                    device=pick(DEVICES), placement_score=None, advisor_id=None, advisor_name=None,
                    course_type=None, 课程类型=None, teacher_id=None, teacher_name=None, teacher_en=None,
                    best_score=None, reached_target=None)
        customers.append(cust)
        spent = 0.0
        base(cust, t0, "tp_lead", action="submit", channel=SRC_CHANNEL[src], source=src, 来源渠道=SOURCES[src][0],
             device=cust["device"] if src in ("xiaohongshu", "douyin", "wechat") else None)
        cust["segment"] = "lead"
        _, _, p_test, p_cons, p_dep = SOURCES[src]
        # ---- free placement test
        if rng.random() > p_test:
            continue
        tt = t0 + D(days=float(rng.exponential(2.0)) + 0.05)
        if tt > END:
            continue
        if exam == "IELTS":
            ps = float(np.clip(np.round(rng.normal(5.4, 0.55) * 2) / 2, 4.0, 7.0))
        else:
            ps = float(np.clip(np.round(rng.normal(76, 9)), 45, 100))
        cust["placement_score"] = ps
        mode = "online" if rng.random() < 0.6 else "on_site"
        base(cust, tt, "tp_placement_test", session_id=nid("s", "PT", 5), action="submit",
             channel="web" if mode == "online" else "store", device=cust["device"] if mode == "online" else None,
             test_mode=mode, placement_score=ps)
        if rng.random() < 0.2:
            fb(cust, tt + D(hours=float(u(1, 20))), "test_good" if rng.random() < 0.8 else "neutral",
               "tp_placement_test", "survey")
        # ---- consultation with a course advisor
        if rng.random() > p_cons:
            continue
        tc = tt + D(days=float(rng.exponential(1.6)) + 0.05)
        if tc > END:
            continue
        adv = advisor_for(city, tc)
        cust["advisor_id"], cust["advisor_name"] = adv["id"], adv["name"]
        base(cust, tc, "tp_consultation", session_id=nid("s", "CS", 5), action="consult",
             channel="store" if rng.random() < 0.55 else "phone", advisor=adv)
        pushy = adv["id"] == PUSHY
        if rng.random() < 0.24:
            topic = pick({"advisor_good": 0.52, "pushy": 0.33, "neutral": 0.15}) if not pushy else \
                pick({"advisor_good": 0.2, "pushy": 0.72, "neutral": 0.08})
            fb(cust, tc + D(hours=float(u(1, 30))), topic, "tp_consultation", "survey", advisor=adv)
        pd_ = p_dep * (1.5 if pushy else 1.0)
        if adv["id"] == NEW_ADVISOR[0]:
            pd_ = 0.85
        if rng.random() > min(pd_, 0.92):
            continue
        td = tc + D(hours=float(u(0.2, 3))) if (pushy or rng.random() < 0.45) else tc + D(days=float(rng.exponential(3.0)) + 0.2)
        if td > END:
            continue
        # ---- course choice and deposit
        ctype = pick(COURSES, 1)
        if st == "working" and rng.random() < 0.35:
            ctype = "online"
        _, _, n_lessons, per_week, p_ielts, p_toefl, dep = COURSES[ctype]
        guarantee = "yes" if (ctype != "online" and td >= GUARANTEE_FROM and rng.random() < 0.28) else "no"
        price = (p_ielts if exam == "IELTS" else p_toefl) + (3000 if guarantee == "yes" else 0)
        course = dict(id=nid("k", "C", 5), type=ctype, guarantee=guarantee, advisor=adv)
        cust["course_type"], cust["课程类型"] = ctype, COURSES[ctype][0]
        base(cust, td, "tp_enroll_deposit", course=course, advisor=adv, action="pay", channel="store",
             session_id=course["id"], price=price)
        if rng.random() < 0.03:
            order(cust, td - D(minutes=float(u(3, 40))), dep, "deposit", "定金", status="cancelled", course=course,
                  purchase_type="new", 购买类型="新报")
        order(cust, td, dep, "deposit", "定金", course=course, purchase_type="new", 购买类型="新报")
        spent += dep
        cust["segment"] = "deposit_only"
        # ---- balance
        p_bal = 0.58 if pushy else (0.96 if ctype == "online" else 0.91)
        if rng.random() > p_bal:
            if rng.random() < 0.55:
                tr = td + D(days=float(u(5, 25)))
                if tr <= END:
                    order(cust, tr, dep, "refund", "退费", status="refunded", course=course, refund_reason="deposit_refund",
                          退费原因=REFUND_REASON["deposit_refund"])
                    spent -= dep
                    if rng.random() < (0.5 if pushy else 0.2):
                        fb(cust, tr + D(days=float(u(0, 6))), "deposit_refund", "tp_enroll_deposit", "ticket",
                           dated=rng.random() > 0.08, rating=False, advisor=adv)
            elif pushy and rng.random() < 0.3:
                fb(cust, td + D(days=float(u(3, 30))), "pushy", "tp_enroll_deposit", "social",
                   dated=rng.random() > 0.15, rating=False, advisor=adv)
            continue
        if st == "working":
            tb = td + D(days=float(u(4, 26)))
        else:
            tb = td + D(days=float(rng.exponential(3.0)) + 0.3)
        if tb > END:
            continue
        pay = "installment" if (st == "working" and rng.random() < 0.35) else None
        base(cust, tb, "tp_balance_paid", course=course, advisor=adv, action="pay",
             channel="app" if rng.random() < 0.6 else "store", session_id=course["id"],
             device=cust["device"] if rng.random() < 0.6 else None)
        if rng.random() < 0.02:
            order(cust, tb - D(minutes=float(u(3, 40))), price - dep, "balance", "尾款", status="cancelled",
                  course=course, purchase_type="new", 购买类型="新报")
        order(cust, tb, price - dep, "balance", "尾款", course=course, purchase_type="new", 购买类型="新报",
              payment_method=pay)
        spent += price - dep
        cust["segment"] = "student"
        if rng.random() < (0.55 if ctype != "online" else 0.3):
            amt = float(rng.choice([380, 480, 680]))
            order(cust, tb + D(minutes=float(u(1, 30))), amt, "materials", "教材", course=course,
                  item="materials", 商品="教材")
            spent += amt

        # ---- courses (first, then possibly a renewal sprint course)
        first = True
        cur = tb
        score = ps
        while True:
            online = ctype == "online"
            teacher = teacher_for(city, exam, cur, online)
            if first:
                cust["teacher_id"], cust["teacher_name"], cust["teacher_en"] = teacher["id"], teacher["zh"], teacher["en"]
            n_l = n_lessons if first else 16
            weekend = st != "university" or rng.random() < 0.3
            if online:
                weekend = False
            class_size = None
            t = slot(cur + D(days=float(u(2, 9))), weekend)
            attended, last, quit_at, done = 0, None, None, False
            per_week = COURSES[ctype][3]
            mock_at = {max(2, int(n_l * 0.4)), max(3, int(n_l * 0.85))} if first else {max(2, int(n_l * 0.6))}
            gain_total = (0.95 if exam == "IELTS" else 13.0) * (1.15 if ctype == "one_on_one" else
                                                                 (0.75 if online else 1.0))
            if teacher["id"] == STAR_TEACHER:
                gain_total += 0.9 if exam == "IELTS" else 10
            if teacher["id"] == NEW_TEACHER[0]:
                gain_total += 1.6
            mock_no = 0
            mocks = []
            for n in range(1, n_l + 1):
                while closed(t):
                    t += D(days=7)
                if t > END:
                    break
                done = n == n_l
                tch = teacher
                if tch["end"] is not None and t >= tch["end"]:
                    tch = substitute(city, exam, t)
                resched = "no"
                ab = 0.055 + (0.05 if st == "working" else 0.0)
                if online and t >= LAG_FROM:
                    ab = {"android": 0.25, "ios": 0.14, "pc": 0.11}[cust["device"]]
                elif online:
                    ab = 0.07 + (0.03 if st == "working" else 0.0)
                if city == RESCHED_CITY and not online and RESCHED[0] <= t <= RESCHED[1] and rng.random() < 0.36:
                    resched = "yes"
                    ab += 0.10
                elif rng.random() < 0.035:
                    resched = "yes"
                if ctype == "group":
                    class_size = int(rng.integers(28, 37)) if (city == BIG_CLASS_CITY and t >= BIG_CLASS_FROM) \
                        else int(rng.integers(10, 19))
                elif ctype == "one_on_one":
                    class_size = 1
                else:
                    class_size = int(rng.integers(40, 121))
                att = "absent" if rng.random() < ab else "attended"
                lid = nid("s", "L", 6)
                base(cust, t, "tp_class", course=course, teacher=tch, session_id=lid,
                     action="check_in" if att == "attended" else "absent",
                     channel="app" if online else "store", device=cust["device"] if online else None,
                     lesson_no=n, attendance=att, 出勤情况=ATT_ZH[att], rescheduled=resched, class_size=class_size)
                last = t
                attended += att == "attended"
                # comments about classes
                p_c = 0.013
                big = ctype == "group" and city == BIG_CLASS_CITY and t >= BIG_CLASS_FROM
                lagging = online and t >= LAG_FROM
                if big or lagging or resched == "yes":
                    p_c = 0.04
                if tch["id"] == STAR_TEACHER:
                    p_c = 0.05
                if rng.random() < p_c:
                    wts = {"teacher_great": 0.42 if tch["id"] != STAR_TEACHER else 0.9, "neutral": 0.18,
                           "class_big": 0.02 if ctype == "group" else 0.0, "schedule": 0.02, "lag": 0.01 if online else 0.0}
                    if big:
                        wts["class_big"] = 1.1
                    if lagging:
                        wts["lag"] = 1.0 if cust["device"] == "android" else 0.6
                    if resched == "yes":
                        wts["schedule"] = 1.2
                    topic = pick(wts)
                    tf = t + D(hours=float(u(1, 40)))
                    if online and rng.random() < 0.35:
                        fb(cust, tf, topic, "tp_class", "app_review", dated=rng.random() > 0.1, teacher=tch,
                           course=course)
                    elif topic == "schedule" and rng.random() < 0.35:
                        fb(cust, tf, topic, "tp_class", "ticket", dated=rng.random() > 0.08, rating=False,
                           teacher=tch, course=course)
                    elif rng.random() < 0.2:
                        fb(cust, tf, topic, "tp_class", "social", dated=rng.random() > 0.15, rating=False,
                           teacher=tch, course=course)
                    else:
                        fb(cust, tf, topic, "tp_class", "survey", teacher=tch, course=course)
                # mocks
                if n in mock_at:
                    mock_no += 1
                    tm = slot(t + D(days=float(u(1, 5))), True)
                    if tm <= END:
                        frac = n / n_l
                        att_rate = attended / n
                        g = gain_total * frac * (0.5 + 0.5 * att_rate)
                        if big:
                            g -= 0.45 * frac if exam == "IELTS" else 6 * frac
                        if exam == "IELTS":
                            ms = float(np.clip(np.round((score + g + rng.normal(0, 0.3)) * 2) / 2, 4.0, 8.5))
                        else:
                            ms = float(np.clip(np.round(score + g + rng.normal(0, 4)), 40, 118))
                        mocks.append(ms)
                        base(cust, tm, "tp_mock_exam", course=course, teacher=tch, session_id=nid("s", "MK", 5), action="result",
                             channel="store" if not online else "app", device=cust["device"] if online else None,
                             mock_no=mock_no, mock_score=ms, exam=exam)
                        if online:
                            order(cust, tm - D(days=1), 199, "mock_exam_fee", "模考费", course=course,
                                  channel="app", device=cust["device"], item="mock exam", 商品="模考")
                            spent += 199
                        if rng.random() < 0.12:
                            fb(cust, tm + D(hours=float(u(2, 30))), "mock_good" if rng.random() < 0.75 else "mock_hard",
                               "tp_mock_exam", "survey", teacher=tch, course=course)
                # quitting mid-course
                if 4 <= n < n_l - 2 and rng.random() < (0.0035 + (0.006 if big or lagging else 0)):
                    quit_at = t
                    break
                gap = 7 / per_week if not online else 7 / 3
                t = t + D(days=gap + float(u(-0.4, 0.4)))
                t = t.replace(hour=int(rng.choice([9, 10, 14, 15])) if t.weekday() >= 5 else int(rng.choice([18, 19, 20])),
                              minute=0)
            if quit_at is not None:
                tr = quit_at + D(days=float(u(3, 14)))
                if tr <= END:
                    unused = n_l - n
                    amt = round(price / n_l * unused * 0.8, 2)
                    order(cust, tr, amt, "refund", "退费", status="refunded", course=course,
                          refund_reason="quit_midway", 退费原因=REFUND_REASON["quit_midway"], unused_lessons=unused)
                    spent -= amt
                    cust["segment"] = "churned"
                break
            if not done:
                break     # the data ends before the course does
            # ---- real exam
            if rng.random() > 0.88:
                break
            tx = last + D(days=float(u(2, 20)))
            if tx > END:
                break
            exam_date = tx + D(days=float(u(10, 40)))
            base(cust, tx, "tp_exam_registered", course=course, session_id=nid("s", "EX", 5), action="register",
                 channel="web", exam=exam, exam_date=exam_date.strftime("%Y-%m-%d"))
            ts_ = exam_date + D(days=13 if exam == "IELTS" else 8, hours=float(u(8, 12)))
            if ts_ > END:
                break
            final = mocks[-1] if mocks else score
            if exam == "IELTS":
                xs = float(np.clip(np.round((final + rng.normal(0.1, 0.3)) * 2) / 2, 4.0, 9.0))
            else:
                xs = float(np.clip(np.round(final + rng.normal(1, 4)), 40, 120))
            hit = xs >= cust["target_score"]
            base(cust, ts_, "tp_score_reported", course=course, session_id=nid("s", "SR", 5), action="report",
                 channel="app", exam=exam, exam_score=xs, reached_target="yes" if hit else "no",
                 是否达标="达标" if hit else "未达标")
            cust["best_score"] = max(xs, cust["best_score"] or 0)
            cust["reached_target"] = "yes" if hit else ("yes" if cust["reached_target"] == "yes" else "no")
            score = xs
            if rng.random() < 0.18:
                social = rng.random() < 0.5
                fb(cust, ts_ + D(hours=float(u(1, 72))), "score_good" if hit else "score_miss", "tp_score_reported",
                   "social" if social else "survey", dated=not social or rng.random() > 0.15, rating=not social,
                   teacher=teacher, course=course)
            if course["guarantee"] == "yes" and not hit and rng.random() < 0.75:
                tr = ts_ + D(days=float(u(5, 30)))
                fb(cust, tr, "guarantee", "tp_score_reported", "ticket" if rng.random() < 0.7 else "social",
                   dated=rng.random() > 0.1, rating=False, course=course)
                if rng.random() < 0.6 and tr + D(days=20) <= END:
                    amt = round(price * 0.5, 2)
                    order(cust, tr + D(days=float(u(7, 20))), amt, "refund", "退费", status="refunded", course=course,
                          refund_reason="score_guarantee", 退费原因=REFUND_REASON["score_guarantee"])
                    spent -= amt
            if rng.random() < (0.30 if hit else 0.06):
                tf = ts_ + D(days=float(u(1, 80)))
                if tf <= END:
                    base(cust, tf, "tp_referral", action="refer", channel="app", session_id=nid("s", "RF", 5),
                         device=cust["device"])
            if not first or rng.random() > (0.08 if hit else 0.42):
                break
            tn = ts_ + D(days=float(rng.exponential(14)) + 0.5)
            if tn > END:
                break
            ctype = "one_on_one" if rng.random() < 0.45 else ctype
            price = round((COURSES[ctype][4] if exam == "IELTS" else COURSES[ctype][5]) * 0.45, -2)
            course = dict(id=nid("k", "C", 5), type=ctype, guarantee="no", advisor=adv)
            base(cust, tn, "tp_renewal", course=course, advisor=adv, action="pay", channel="store",
                 session_id=course["id"], price=price)
            order(cust, tn, 2000, "deposit", "定金", course=course, purchase_type="renewal", 购买类型="续报")
            order(cust, tn + D(hours=float(u(1, 48))), price - 2000, "balance", "尾款", course=course,
                  purchase_type="renewal", 购买类型="续报")
            spent += price
            cust["segment"] = "renewed"
            first = False
            cur = tn + D(days=1)
        cust["tier"] = "gold" if spent >= 25000 else ("silver" if spent >= 12000 else ("standard" if spent > 0 else None))

    # NPS survey each quarter to a sample of paying students
    paying = [c for c in customers if c["segment"] not in ("lead", "deposit_only")]
    for qs in (datetime(2024, 12, 15), datetime(2025, 3, 15), datetime(2025, 6, 15), datetime(2025, 9, 15),
               datetime(2025, 12, 15), datetime(2026, 3, 15)):
        for c in paying:
            if datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S") > qs - D(days=45) or rng.random() > 0.16:
                continue
            tq = qs + D(days=float(u(0, 10)), hours=float(u(8, 21)))
            if c["course_type"] == "online" and tq >= LAG_FROM and rng.random() < 0.55:
                topic, sc = "lag", (1, 5)
            elif c["city"] == BIG_CLASS_CITY and c["course_type"] == "group" and tq >= BIG_CLASS_FROM and rng.random() < 0.5:
                topic, sc = "class_big", (2, 6)
            elif c["advisor_id"] == PUSHY and rng.random() < 0.3:
                topic, sc = "pushy", (2, 6)
            else:
                topic = pick({"teacher_great": 0.5, "neutral": 0.35, "schedule": 0.15})
                sc = {"teacher_great": (9, 10), "neutral": (6, 8), "schedule": (3, 6)}[topic]
            tch = {"id": c["teacher_id"], "zh": c["teacher_name"], "en": c["teacher_en"]} if c["teacher_id"] else None
            fb(c, tq, topic, "tp_class", "nps_survey", rating=False,
               nps=sc[0] + int(rng.random() * (sc[1] - sc[0] + 1)), teacher=tch,
               course=dict(type=c["course_type"]) if c["course_type"] else None)

    # a few exact duplicate event rows (the app re-sent them), loaded once
    for k in range(18):
        events.append(dict(events[(k * 7919) % len(events)]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])
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
