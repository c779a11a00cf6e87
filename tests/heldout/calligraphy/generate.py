"""墨韵 InkFlow: a calligraphy and Chinese-painting school for kids and adults with campuses in Hangzhou (West Lake,
Binjiang), Suzhou (Pingjiang Rd; SIP opened 2026-03-01) and an online campus. A family or adult learner finds us
(Xiaohongshu / Dianping / our WeChat official account / a current student's referral / walking past), books a free
trial class (试听课), attends it, takes a level placement (水平测试 / 定级), enrols and pays the term fee (报名缴费),
usually buys a brush / ink / paper material kit (材料包), attends weekly classes (签到), uploads homework in the app
(作业上传) and gets a teacher critique (老师点评), may sign up for a grade exam (考级报名, fee) and sit it, may show work
at the student exhibition (学员作品展), may add a holiday intensive (寒暑假集训), and renews (续费) for the next term.
The school sometimes cancels classes (停课: teacher on leave, room repairs, weather, live-stream failure); a student
can withdraw and be refunded; defective kits are refunded.
Extract: 2025-01-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(topics / sentiment of each comment: generator truth, not a DATA.md table). Fixed seed, numpy + stdlib, ~3 s.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261242
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 5200
PINGJIANG_SHORTAGE = "2025A"                       # two teachers left Pingjiang Rd in autumn 2025
ONLINE_SLOW = (datetime(2025, 10, 1), datetime(2026, 1, 1))   # online critique backlog
KIT_BAD_BATCH = (datetime(2026, 3, 1), datetime(2026, 5, 1))  # brushes of batch 2026-03 shed hair
SIP_OPEN = datetime(2026, 3, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解墨韵", "Discover InkFlow", "awareness", "social", "digital", "marketing",
     "了解|刷到|看到|小红书|点评|公众号|朋友推荐|路过|discover|found us|first contact|lead"),
    ("tp_trial_book", "预约试听课", "Trial class booked", "consideration", "mini_program", "digital", "admissions",
     "预约试听|约试听|试听预约|约课|book a trial|trial booking|free trial"),
    ("tp_trial_attend", "上试听课", "Trial class attended", "consideration", "store", "physical", "teaching",
     "试听|试听课|体验课|trial class|trial lesson|taster"),
    ("tp_placement", "水平测试定级", "Level placement", "consideration", "store", "physical", "teaching",
     "定级|水平测试|分班测试|测级|placement|level test|assessment"),
    ("tp_enrol", "报名缴费", "Term enrolment", "purchase", "mini_program", "digital", "admissions",
     "报名|缴费|交学费|报班|入学|enrol|enroll|sign up|term fee|tuition"),
    ("tp_kit", "购买材料包", "Material kit purchase", "purchase", "mini_program", "digital", "retail",
     "材料包|文房四宝|笔墨纸砚|毛笔|宣纸|墨汁|kit|brush kit|materials|supplies"),
    ("tp_class", "上课签到", "Class attended", "service", "store", "physical", "teaching",
     "上课|签到|课堂|每周课|class|lesson|check-in|attendance"),
    ("tp_class_cancel", "停课通知", "Class cancelled", "service", "app", "digital", "teaching",
     "停课|取消课|调课|课被取消|老师请假|class cancelled|cancellation|lesson cancelled|rescheduled"),
    ("tp_homework", "作业上传", "Homework upload", "service", "app", "digital", "teaching",
     "作业|交作业|上传作业|拍照上传|homework|upload|assignment"),
    ("tp_critique", "老师点评", "Teacher critique", "service", "app", "digital", "teaching",
     "点评|批改|老师反馈|评语|critique|feedback on homework|marking|correction"),
    ("tp_intensive", "寒暑假集训报名", "Holiday intensive", "purchase", "mini_program", "digital", "admissions",
     "集训|寒假班|暑假班|暑期班|intensive|holiday course|summer camp|winter camp"),
    ("tp_exam_signup", "考级报名", "Grade exam sign-up", "purchase", "mini_program", "digital", "exams",
     "考级报名|报考|考级费|exam sign-up|exam registration|exam fee"),
    ("tp_exam", "参加考级", "Grade exam", "service", "store", "physical", "exams",
     "考级|考试|等级考试|grade exam|exam|graded test"),
    ("tp_exhibition", "学员作品展", "Student exhibition", "loyalty", "store", "physical", "marketing",
     "作品展|展览|画展|书法展|exhibition|showcase|student show"),
    ("tp_renew", "续费下学期", "Term renewal", "loyalty", "mini_program", "digital", "admissions",
     "续费|续报|续班|下学期|renew|renewal|re-enrol|next term"),
    ("tp_refund", "退费", "Refund", "service", "other", "digital", "finance",
     "退费|退款|退钱|退学|refund|money back|withdrawal"),
]
JOURNEYS = [
    ("trial", "试听转化", "Trial to enrolment",
     ["tp_discover", "tp_trial_book", "tp_trial_attend", "tp_placement", "tp_enrol"], 30),
    ("homework", "作业点评", "Homework critique", ["tp_homework", "tp_critique"], 14),
    ("exam", "考级", "Grade exam", ["tp_exam_signup", "tp_exam"], 60),
    ("renewal", "续费", "Renewal", ["tp_enrol", "tp_renew"], 180),
]
CITIES = {"Hangzhou": ("杭州", 0.44, 0.06), "Suzhou": ("苏州", 0.31, 0.12), "Online": ("线上", 0.25, 0.30)}
CAMPUSES = {  # id: city, zh, en, opened
    "HZ1": ("Hangzhou", "杭州西湖校区", "Hangzhou West Lake", None),
    "HZ2": ("Hangzhou", "杭州滨江校区", "Hangzhou Binjiang", None),
    "SZ1": ("Suzhou", "苏州平江路校区", "Suzhou Pingjiang Rd", None),
    "SZ2": ("Suzhou", "苏州园区校区", "Suzhou SIP", SIP_OPEN),
    "OL": ("Online", "线上校区", "Online campus", None),
}
COURSES = {  # id: zh, en, audience, price per class, kit
    "kids_brush": ("少儿软笔书法", "Kids brush calligraphy", "kids", 180, "kids_brush_kit"),
    "kids_pen": ("少儿硬笔书法", "Kids pen calligraphy", "kids", 150, "pen_kit"),
    "kids_paint": ("少儿国画", "Kids Chinese painting", "kids", 200, "painting_kit"),
    "adult_kaishu": ("成人楷书", "Adult regular script", "adults", 220, "four_treasures_kit"),
    "adult_xingshu": ("成人行书", "Adult running script", "adults", 240, "four_treasures_kit"),
    "adult_paint": ("成人国画", "Adult Chinese painting", "adults", 260, "painting_kit"),
}
KITS = {  # id: zh, en, price, has brush
    "kids_brush_kit": ("少儿书法入门套装", "Kids calligraphy starter kit", 198, True),
    "pen_kit": ("硬笔练字套装", "Pen practice kit", 88, False),
    "painting_kit": ("国画入门套装", "Chinese painting starter kit", 298, True),
    "four_treasures_kit": ("文房四宝套装", "Four Treasures kit", 368, True),
    "refill": ("宣纸墨汁补充包", "Paper & ink refill pack", 68, False),
}
TERMS = {  # id: zh, en, first class, n classes, gap days, main
    "2025S": ("2025春季学期", "Spring 2025", datetime(2025, 3, 3), 15, 7, True),
    "2025SU": ("2025暑期集训", "Summer 2025 intensive", datetime(2025, 7, 7), 8, 3, False),
    "2025A": ("2025秋季学期", "Autumn 2025", datetime(2025, 9, 8), 15, 7, True),
    "2026W": ("2026寒假集训", "Winter 2026 intensive", datetime(2026, 1, 19), 6, 3, False),
    "2026S": ("2026春季学期", "Spring 2026", datetime(2026, 3, 2), 15, 7, True),
    "2026A": ("2026秋季学期", "Autumn 2026", datetime(2026, 9, 7), 15, 7, True),
}
MAIN = ["2025S", "2025A", "2026S", "2026A"]
NEXT_INTENSIVE = {"2025S": "2025SU", "2025A": "2026W"}
CHANNELS = {  # id: zh, weight, p trial book, p enrol after placement
    "xiaohongshu": ("小红书", 0.32, 0.42, 0.30), "dianping": ("大众点评", 0.22, 0.60, 0.50),
    "wechat_official": ("公众号", 0.18, 0.62, 0.52), "referral": ("老学员推荐", 0.18, 0.82, 0.78),
    "walk_in": ("路过到店", 0.10, 0.75, 0.60),
}
KID_AGES, ADULT_AGES = ["4-6", "7-9", "10-12", "13-15"], ["18-29", "30-44", "45-59", "60+"]
LEVELS = {1: "启蒙", 2: "基础", 3: "提高", 4: "进阶", 5: "高级", 6: "研修"}
CANCEL_REASONS = {"teacher_leave": "老师请假", "room_repair": "教室维修", "weather": "天气原因",
                  "venue_clash": "场地冲突", "stream_failure": "直播故障"}
REFUND_REASONS = {"withdrawal": "退学", "class_cancellations": "停课太多", "kit_defect": "材料包质量问题"}
TIERS = {"regular": "普通学员", "silver": "银卡学员", "gold": "金卡学员"}
SEGMENTS = {"prospect": "潜在学员", "new": "新生", "active": "在读", "lapsed": "流失"}

TXT = {  # topic: (zh variants, en variants)
    "class_cancel": (["又临时停课了，通知得太晚", "这学期已经停了好几次课", "老师请假就停课，也不提前说一声", "临时调课太频繁，家长根本安排不过来"],
                     ["another class cancelled at short notice", "they cancelled class again this week",
                      "too many cancelled lessons this term"]),
    "crowded": (["教室太挤了，孩子都坐不开", "一个班人太多，老师根本顾不过来", "人太多了，桌子都不够用"],
                ["the classroom is way too crowded", "too many kids in one class, the teacher can't get round",
                 "packed room, barely space to lay out the paper"]),
    "slow_critique": (["作业传上去一周都没点评", "老师点评太慢了", "作业点评等了好几天才回来"],
                      ["still waiting for a critique on last week's homework", "the teacher's critique takes days to come back",
                       "critiques are painfully slow"]),
    "refund_slow": (["退费申请两周了还没到账", "退费太慢了，催了好几次"],
                    ["my refund still hasn't arrived after two weeks", "the refund is dragging on, chased it three times"]),
    "kit_defect": (["材料包里的毛笔一用就掉毛", "毛笔掉毛严重，写一张纸全是笔毛", "新买的套装毛笔掉毛，没法用"],
                   ["the brush in the kit sheds hairs everywhere", "kit brush is shedding after one use",
                    "brush shedding all over the paper"]),
    "teacher_praise": (["老师很耐心，讲得特别细", "老师示范讲得很清楚，很耐心"],
                       ["the teacher is really patient", "the teacher explains every stroke, very patient"]),
    "progress": (["孩子的字进步很大", "写得比以前好多了，看得到进步"],
                 ["my daughter's handwriting has improved a lot", "real progress in just a few weeks"]),
    "exam_pass": (["考级顺利通过了，谢谢老师", "这次考级过了，孩子很开心"],
                  ["passed the grade exam, thank you", "our son passed his grade exam"]),
}
GEN = {"neg": (["体验一般，有点失望", "不太满意"], ["not great this term", "a bit disappointed"]),
       "pos": (["整体很满意", "会继续在墨韵学下去"], ["very happy overall", "we'll keep learning here"]),
       "neu": (["还行吧", "一般般，中规中矩"], ["it's ok", "fine, nothing special"])}
NEG_TOPICS = {"class_cancel", "crowded", "slow_critique", "refund_slow", "kit_defect"}
TOPIC_TP = [("class_cancel", "tp_class_cancel"), ("slow_critique", "tp_critique"), ("refund_slow", "tp_refund"),
            ("kit_defect", "tp_kit"), ("crowded", "tp_class"), ("exam_pass", "tp_exam"), ("teacher_praise", "tp_class"),
            ("progress", "tp_class")]


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d):
    if d.month in (2, 8):
        return 1.8
    if d.month in (1, 9):
        return 1.3
    if d.month in (6, 12):
        return 0.8
    return 1.0


def app_version(t):
    return "4.2.0" if t < datetime(2025, 6, 1) else "4.3.1" if t < datetime(2026, 1, 15) else "4.5.0"


def term_dates(term):
    _, _, first, n, gap, _ = TERMS[term]
    return [first + D(days=gap * k) for k in range(n)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_enr = self.n_hw = 0
        self.sessions = {}

    def ev(self, c, t, tp, sid, action, ctx=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, app_version=app_version(t))
        if ctx:
            row.update(ctx)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, ctx, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"term_fee": "学费", "intensive_fee": "集训费", "exam_fee": "考级费", "material_kit": "材料包"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=float(amount),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=zh,
                   currency="CNY")
        for k in ("campus_id", "campus", "campus_en", "city", "城市", "course", "课程", "course_en", "term", "学期"):
            if ctx and k in ctx:
                row[k] = ctx[k]
        row.update(kw)
        self.orders.append(row)
        return row

    def refund(self, c, t_req, order, reason, ctx):
        days = float(rng.lognormal(np.log(4.0), 0.5))
        t_r = t_req + D(days=days)
        if t_r > END:
            return None
        order["status"] = "refunded"
        order["refunded_at"] = ts(t_r)
        self.ev(c, t_r, "tp_refund", ctx.get("session_id") if ctx else None, "refunded", ctx_strip(ctx),
                refund_amount=order["amount"], refund_reason=reason, 退费原因=REFUND_REASONS[reason],
                order_id=order["order_id"])
        if days > 7 and rng.random() < 0.55:
            self.fb(c, t_req + D(days=7, hours=float(rng.uniform(1, 20))), ["refund_slow"], "ticket", ctx=ctx)
        return t_r

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, ctx=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_class")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if gen == "pos" or set(topics) & {"teacher_praise", "progress",
                                                                          "exam_pass"} else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if ctx:
            for k in ("campus_id", "campus", "campus_en", "city", "城市", "course", "课程", "term", "学期"):
                row[k] = ctx.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, (0.7 + 0.6 * (d - START).days / 535) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            if city == "Hangzhou":
                home = pick(["HZ1", "HZ2"], [0.6, 0.4])
            elif city == "Suzhou":
                home = "SZ2" if t >= SIP_OPEN - D(days=20) and rng.random() < 0.35 else "SZ1"
            else:
                home = "OL"
            kids = rng.random() < (0.66 if city != "Online" else 0.40)
            if kids:
                age = pick(KID_AGES, [0.22, 0.38, 0.28, 0.12])
                course = pick(["kids_brush", "kids_pen", "kids_paint"], [0.5, 0.3, 0.2])
            else:
                age = pick(ADULT_AGES, [0.22, 0.40, 0.30, 0.08])
                course = pick(["adult_kaishu", "adult_xingshu", "adult_paint"],
                              [0.15, 0.15, 0.7] if age == "60+" else [0.42, 0.25, 0.33])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            dev = "pc" if city == "Online" and rng.random() < 0.35 else pick(["ios", "android"], [0.55, 0.45])
            self.cust.append(dict(customer_id=f"S{i + 1:05d}", discover=t, city=city, home=home, kids=kids, age=age,
                                  course=course, channel=ch, device=dev, en_share=CITIES[city][2],
                                  lang="en" if rng.random() < CITIES[city][2] else "zh", spend=0.0, enrol=[],
                                  first_enrol=None))

    def ctx(self, c, campus, term=None, sid=None, level=None):
        city = CAMPUSES[campus][0]
        co = COURSES[c["course"]]
        r = dict(session_id=sid, device=c["device"], campus_id=campus, campus=CAMPUSES[campus][1],
                 campus_en=CAMPUSES[campus][2], city=city, 城市=CITIES[city][0], course=c["course"], 课程=co[0],
                 course_en=co[1], student_type="kids" if c["kids"] else "adults", 学员类型="少儿" if c["kids"] else "成人")
        if term:
            r.update(term=term, 学期=TERMS[term][0], term_en=TERMS[term][1])
        if level:
            r.update(level=level, 级别=LEVELS[level])
        return r

    def session(self, campus, course, term, k, section):
        key = (campus, course, term, k, section)
        if key not in self.sessions:
            p = 0.025
            if campus == "SZ1" and term == PINGJIANG_SHORTAGE:
                p = 0.16
            reason = pick(list(CANCEL_REASONS), [0.3, 0.2, 0.25, 0.25, 0.0] if campus != "OL" else
                          [0.3, 0.0, 0.0, 0.0, 0.7])
            if campus == "SZ1" and term == PINGJIANG_SHORTAGE:
                reason = pick(list(CANCEL_REASONS), [0.9, 0.05, 0.03, 0.02, 0.0])
            crowded = campus == "HZ1" and term == "2026S" and COURSES[course][2] == "kids"
            size = int(np.clip(rng.normal(15 if crowded else 8.5, 2), 3, 22))
            self.sessions[key] = dict(cancel=rng.random() < p, reason=reason, size=size,
                                      teacher=f"T{campus}{list(COURSES).index(course) * 2 + section:02d}")
        return self.sessions[key]

    # ---------- one term ----------
    def term(self, c, campus, term, t_pay, level, renewal):
        self.n_enr += 1
        eid = f"EN{self.n_enr:05d}"
        main = TERMS[term][5]
        dates = [d for d in term_dates(term) if d > t_pay]
        if not dates:
            return None
        price = COURSES[c["course"]][3] * (1.1 if not main else 1.0)
        fee = round(price * len(dates))
        cx = self.ctx(c, campus, term, eid, level)
        tp = "tp_renew" if renewal else ("tp_intensive" if not main else "tp_enrol")
        if not self.ev(c, t_pay, tp, eid, "paid", cx, amount=fee, classes=len(dates), channel="mini_program"):
            return None
        o = self.order(c, t_pay, fee, "term_fee" if main else "intensive_fee", cx, enrolment_id=eid,
                       classes=len(dates))
        c["spend"] += fee
        c["enrol"].append((term, t_pay))
        if main and c["first_enrol"] is None:
            c["first_enrol"] = t_pay
        # kit
        if not renewal and main and len(c["enrol"]) == 1 and rng.random() < 0.78:
            self.kit(c, t_pay + D(minutes=float(rng.uniform(2, 30))), COURSES[c["course"]][4], cx)
        section = int(rng.integers(1, 3))
        hour = {"kids": float(pick([9.0, 14.0, 16.5, 18.5], [1, 1, 1, 1])), "adults": float(pick([10.0, 19.0], [1, 2]))}[
            "kids" if c["kids"] else "adults"]
        n_cancel, crowded, delays, withdrew = 0, False, [], False
        for k, day in enumerate(dates):
            s = self.session(campus, c["course"], term, k, section)
            t = day + D(hours=hour)
            scx = dict(cx, class_session_id=f"{campus}-{c['course']}-{term}-S{section}-{k + 1:02d}",
                       teacher_id=s["teacher"])
            if s["cancel"]:
                n_cancel += 1
                self.ev(c, t - D(hours=float(rng.uniform(2, 20))), "tp_class_cancel", eid, "cancelled_by_school", scx,
                        cancel_reason=s["reason"], 停课原因=CANCEL_REASONS[s["reason"]], channel="app")
                if rng.random() < (0.10 if n_cancel >= 2 else 0.03):
                    self.fb(c, t + D(hours=float(rng.uniform(1, 30))), ["class_cancel"],
                            "ticket" if rng.random() < 0.6 else "parent_group", ctx=cx,
                            undated=rng.random() < 0.3)
                if (campus == "SZ1" and n_cancel >= 3 and not withdrew and rng.random() < 0.12 and k < 10
                        and o is not None):
                    withdrew = True
                    self.refund(c, t + D(days=1), o, "class_cancellations", cx)
                    c["spend"] -= fee
                    break
                continue
            if rng.random() > (0.9 if c["kids"] else 0.8):
                continue
            if s["size"] >= 13:
                crowded = True
            self.ev(c, t, "tp_class", eid, "check_in", scx, class_size=s["size"],
                    channel="online" if campus == "OL" else "store")
            if k == 1 and rng.random() < 0.03 and o is not None and main:
                self.refund(c, t + D(days=2), o, "withdrawal", cx)
                c["spend"] -= fee
                withdrew = True
                break
            if rng.random() < (0.75 if c["kids"] else 0.55):
                self.n_hw += 1
                hid = f"HW{self.n_hw:06d}"
                th = t + D(hours=float(rng.uniform(4, 60)))
                hcx = dict(cx, session_id=hid, enrolment_id=eid, teacher_id=s["teacher"])
                if self.ev(c, th, "tp_homework", hid, "upload", hcx, channel="app"):
                    if rng.random() < 0.97:
                        med = 100.0 if (campus == "OL" and ONLINE_SLOW[0] <= th < ONLINE_SLOW[1]) else 18.0
                        dh = float(rng.lognormal(np.log(med), 0.55))
                        delays.append(dh)
                        if dh > 96 and rng.random() < 0.15:
                            self.fb(c, th + D(hours=96 + float(rng.uniform(0, 24))), ["slow_critique"],
                                    pick(["ticket", "parent_group", "app_review"], [0.4, 0.3, 0.3]), ctx=cx,
                                    rating=int(pick([1, 2, 3], [0.4, 0.4, 0.2])) if rng.random() < 0.3 else None)
                        self.ev(c, th + D(hours=dh), "tp_critique", hid, "critique", dict(hcx, device=None),
                                critique_grade=pick(["A", "B", "C"], [0.35, 0.5, 0.15]), channel="app")
            if (k == len(dates) // 2 and main and rng.random() < 0.25):
                self.kit(c, t + D(hours=float(rng.uniform(2, 72))), "refill", cx)
        end = dates[-1] + D(hours=hour)
        slow = bool(delays) and float(np.median(delays)) > 72
        return dict(id=eid, end=end, n_cancel=n_cancel, crowded=crowded, slow=slow, withdrew=withdrew, cx=cx,
                    dates=dates)

    def kit(self, c, t, kit, cx):
        zh, en, price, brush = KITS[kit]
        batch = "2026-03" if KIT_BAD_BATCH[0] <= t < KIT_BAD_BATCH[1] else ("2025-09" if t >= datetime(2025, 9, 1)
                                                                           else "2025-01")
        kcx = {k: v for k, v in cx.items() if k not in ("session_id",)}
        if not self.ev(c, t, "tp_kit", None, "purchase", kcx, kit_type=kit, 材料包=zh, kit_batch=batch,
                       amount=price, channel="mini_program"):
            return
        o = self.order(c, t, price, "material_kit", kcx, kit_type=kit, 材料包=zh, kit_en=en, kit_batch=batch)
        c["spend"] += price
        p_bad = 0.32 if (brush and batch == "2026-03") else 0.03
        if rng.random() < p_bad:
            t_req = t + D(days=float(rng.uniform(3, 15)))
            if self.refund(c, t_req, o, "kit_defect", kcx):
                c["spend"] -= price
            if brush and batch == "2026-03" and rng.random() < 0.8:
                self.fb(c, t_req, ["kit_defect"], pick(["ticket", "app_review"], [0.6, 0.4]), ctx=cx,
                        rating=int(pick([1, 2], [0.6, 0.4])) if rng.random() < 0.4 else None)

    # ---------- life ----------
    def life(self, c):
        t = c["discover"]
        cx0 = self.ctx(c, c["home"])
        lead = f"LD{c['customer_id'][1:]}"
        cx0["session_id"] = lead
        self.ev(c, t, "tp_discover", lead, "view", cx0, channel=c["channel"])
        chan = CHANNELS[c["channel"]]
        if rng.random() > chan[2]:
            return
        t = t + D(days=float(rng.lognormal(np.log(1.5), 0.8)))
        self.ev(c, t, "tp_trial_book", lead, "submit", cx0, channel="mini_program")
        t = t + D(days=float(rng.uniform(2, 8)))
        t = datetime(t.year, t.month, t.day) + D(hours=float(pick([10.0, 14.0, 16.0, 19.0], [1, 1, 1, 1])))
        if rng.random() > 0.82:
            return
        self.ev(c, t, "tp_trial_attend", lead, "attended", cx0,
                channel="online" if c["home"] == "OL" else "store", teacher_id=f"T{c['home']}01")
        if rng.random() < 0.33:
            r = int(pick([5, 4, 3, 2, 1], [0.5, 0.3, 0.12, 0.05, 0.03]))
            self.fb(c, t + D(hours=2), ["teacher_praise"] if r >= 4 and rng.random() < 0.5 else [], "trial_survey",
                    tp="tp_trial_attend", rating=r, ctx=cx0, gen="pos" if r >= 4 else "neg" if r <= 2 else "neu")
        if rng.random() > 0.93:
            return
        level = int(pick([1, 2, 3, 4, 5, 6], [0.4, 0.25, 0.15, 0.1, 0.06, 0.04]))
        self.ev(c, t + D(minutes=50), "tp_placement", lead, "placed", cx0, level=level, 级别=LEVELS[level])
        p_en = chan[3] + (0.05 if c["kids"] else 0.0)
        if c["home"] == "HZ2":
            p_en += 0.15                                    # Binjiang's dedicated trial-class teacher
        if c["home"] == "SZ2":
            p_en = 0.88                                     # opening offer
        if rng.random() > p_en:
            return
        t_pay = t + D(days=float(min(rng.lognormal(np.log(3.0), 0.8), 40)))
        # which term: running main term with >= 6 classes left, else the next one
        term = None
        for m in MAIN:
            left = [d for d in term_dates(m) if d > t_pay]
            if len(left) >= 6:
                term = m
                break
        if term is None or t_pay > END:
            return
        campus = c["home"]
        res = self.term(c, campus, term, t_pay, level, renewal=False)
        while res:
            self.after_term(c, res, term, level)
            if res["withdrew"]:
                return
            # renewal
            p = 0.72 if c["kids"] else 0.55
            if c["age"] == "60+":
                p = 0.92
            if res["n_cancel"] >= 2:
                p *= 0.55
            if res["crowded"]:
                p *= 0.8
            if res["slow"]:
                p *= 0.75
            nxt = MAIN[MAIN.index(term) + 1] if term != MAIN[-1] else None
            if nxt is None or rng.random() > p:
                return
            t_r = res["dates"][-4] + D(days=float(rng.uniform(0, 45)))
            if t_r > END:
                return
            level = min(6, level + int(rng.random() < 0.6))
            term = nxt
            res = self.term(c, campus, term, t_r, level, renewal=True)

    def after_term(self, c, res, term, level):
        cx = res["cx"]
        end = res["end"]
        # exam
        exam = {"2025S": datetime(2025, 7, 12, 9), "2025A": datetime(2026, 1, 10, 9)}.get(term)
        if exam and not res["withdrew"] and rng.random() < (0.42 if c["kids"] else 0.10):
            t_s = exam - D(days=float(rng.uniform(22, 55)))
            grade = int(min(9, level + int(rng.integers(0, 3))))
            fee = 300 + 40 * grade
            ecx = dict(cx, session_id=f"EX{res['id'][2:]}", exam_grade=grade)
            if self.ev(c, t_s, "tp_exam_signup", ecx["session_id"], "signed_up", ecx, amount=fee, channel="mini_program"):
                self.order(c, t_s, fee, "exam_fee", cx, exam_grade=grade, exam_session=exam.strftime("%Y-%m"))
                c["spend"] += fee
                if rng.random() < 0.96:
                    pp = 0.72 if "paint" in c["course"] else 0.94 if c["course"] == "kids_pen" else 0.87
                    ok = rng.random() < pp
                    self.ev(c, exam + D(minutes=float(rng.uniform(0, 240))), "tp_exam", ecx["session_id"], "sat", ecx,
                            exam_result="pass" if ok else "fail", 考级结果="通过" if ok else "未通过", channel="store")
                    if ok and rng.random() < 0.18:
                        self.fb(c, exam + D(days=float(rng.uniform(20, 30))), ["exam_pass"], "app_review",
                                rating=5, ctx=cx)
        if res["withdrew"]:
            return
        # exhibition
        exh = {"2025A": datetime(2025, 12, 20, 10), "2026S": datetime(2026, 6, 27, 10)}.get(term)
        if exh and cx["campus_id"] != "OL" and rng.random() < 0.3:
            self.ev(c, exh + D(minutes=float(rng.uniform(0, 300))), "tp_exhibition", None, "work_shown",
                    {k: v for k, v in cx.items() if k != "session_id"}, channel="store")
        # intensive
        it = NEXT_INTENSIVE.get(term)
        if it and rng.random() < (0.55 if c["age"] == "60+" else 0.22):
            first = TERMS[it][2]
            self.term(c, cx["campus_id"], it, first - D(days=float(rng.uniform(5, 30))), level, renewal=False)
        # term-end feedback
        neg = []
        if res["n_cancel"] >= 2 and rng.random() < 0.7:
            neg.append("class_cancel")
        if res["crowded"] and rng.random() < 0.6:
            neg.append("crowded")
        if res["slow"] and rng.random() < 0.7:
            neg.append("slow_critique")
        pos = [] if neg else [x for x in ("teacher_praise", "progress") if rng.random() < 0.35]
        t_fb = end + D(days=float(rng.uniform(0, 10)))
        if rng.random() < 0.45:
            r = float(np.clip(round(rng.normal(4.4 - 1.4 * len(neg), 0.7)), 1, 5))
            self.fb(c, t_fb, neg + pos, "app_review", rating=int(r), ctx=cx)
        if rng.random() < 0.3:
            n = int(np.clip(round(rng.normal(8.6 - 2.3 * len(neg), 1.5)), 0, 10))
            self.fb(c, t_fb + D(days=1), neg[:1] + pos[:1], "term_survey", nps=n, ctx=cx)
        if rng.random() < 0.08:
            r = int(np.clip(round(rng.normal(4.3 - 1.5 * len(neg), 0.8)), 1, 5))
            self.fb(c, t_fb + D(days=3), neg + pos, "dianping_review", rating=r, ctx=cx, undated=rng.random() < 0.33)
        if c["kids"] and rng.random() < 0.12:
            self.fb(c, end - D(days=float(rng.uniform(5, 60))), (neg or pos)[:1], "parent_group", ctx=cx,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.15)

    def run(self):
        self.customers()
        for c in self.cust:
            self.life(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "gold" if spend >= 8000 else "silver" if spend >= 4000 else "regular"
            terms = [t for t, _ in c["enrol"]]
            if not terms:
                seg = "prospect"
            elif c["first_enrol"] and c["first_enrol"] >= datetime(2026, 2, 1):
                seg = "new"
            elif "2026S" in terms:
                seg = "active"
            else:
                seg = "lapsed"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg,
                             学员状态=SEGMENTS[seg], region=c["city"], 城市=CITIES[c["city"]][0],
                             acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级=TIERS[tier], student_type="kids" if c["kids"] else "adults",
                             学员类型="少儿" if c["kids"] else "成人", age_band=c["age"], course_interest=c["course"],
                             意向课程=COURSES[c["course"]][0], home_campus_id=c["home"], preferred_language=c["lang"],
                             phone_os=c["device"]))
        return rows


def ctx_strip(ctx):
    return {k: v for k, v in (ctx or {}).items() if k != "session_id"}


def write(path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "campus_id", "campus", "campus_en", "city", "城市", "course", "课程", "course_en",
           "student_type", "学员类型", "term", "学期", "term_en", "level", "级别", "enrolment_id", "class_session_id",
           "teacher_id", "class_size", "classes", "amount", "cancel_reason", "停课原因", "critique_grade", "kit_type",
           "材料包", "kit_batch", "exam_grade", "exam_result", "考级结果", "refund_amount", "refund_reason", "退费原因",
           "order_id"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "campus_id", "campus", "campus_en", "city", "城市", "course", "课程", "course_en", "term", "学期",
            "enrolment_id", "classes", "kit_type", "材料包", "kit_en", "kit_batch", "exam_grade", "exam_session",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "campus_id", "campus", "campus_en", "city", "城市", "course", "课程", "term", "学期"]
CUST_COLS = ["customer_id", "signup_at", "segment", "学员状态", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "会员等级", "student_type", "学员类型", "age_band", "course_interest", "意向课程", "home_campus_id",
             "preferred_language", "phone_os"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=w) for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    for e in g.events:                       # device only on app-side steps
        if e["touchpoint_id"] in ("tp_class", "tp_exam", "tp_exhibition", "tp_placement", "tp_trial_attend",
                                  "tp_refund", "tp_discover"):
            e["device"] = None
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=30, replace=False)         # the app tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, enrolments {g.n_enr}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
