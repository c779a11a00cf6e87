"""码小匠 CodeKid: a children's coding and robotics school with seven campuses (校区) in Beijing, Shanghai, Chengdu,
Guangzhou and Wuhan (Wuhan Optics Valley opened 2025-09-01).

A parent leaves a phone number on an ad (留资: Douyin / WeChat Moments / Baidu / Xiaohongshu ads, a friend's referral,
mall street promotion 地推), a course advisor (or, from October 2025, the AI outbound-call robot 智能外呼) books a
trial class (试听课, 9.9 CNY), the child attends and takes a placement test (分班测评: suggested track and level by age
and ability), the parent pays for a term package (课包: 16 or 32 weekly lessons of Scratch 图形化 / Python /
robotics 机器人 / C++ 信奥; robotics adds a kit 教具套装), the child attends lessons, asks for leave (请假) and books
makeup classes (补课), may enter competitions (蓝桥杯 Lanqiao Cup, NOC, WRO) and receive award certificates (证书),
gets an end-of-term review (期末展示课 / 学期总结), renews (续费) or asks for a refund of the remaining lessons (退费).
Parents talk back through lesson ratings in the mini program, end-of-term surveys (rating + NPS), WeChat messages to
the class teacher / service desk (some exported without a date), call notes of the service team and Dianping reviews.
Data 2025-01-01 .. 2026-07-31 (the extract was taken at the end of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261208), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261208
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 8000
AI_CALL_FROM = datetime(2025, 10, 1)                             # AI outbound-call robot books trials from here on
PUDONG_CHURN = (datetime(2025, 9, 1), datetime(2026, 1, 1))      # teachers leaving Shanghai Pudong
HAIDIAN_FULL = (datetime(2026, 3, 1), datetime(2026, 7, 1))      # makeup slots full at Beijing Haidian (spring term)
FINANCE_SLOW = (datetime(2026, 1, 1), datetime(2026, 4, 1))      # new shared finance centre: refunds slow
WUHAN_OPEN = datetime(2025, 9, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "广告留资", "Ad lead", "awareness", "ads", "digital", "marketing",
     "留资|线索|留电话|表单|投放|广告|lead|sign-up form|ad lead|leads"),
    ("tp_trial_book", "预约试听", "Trial booked", "consideration", "phone", "digital", "sales",
     "约试听|预约试听|邀约|外呼|课程顾问|book trial|trial booking|advisor call"),
    ("tp_trial_attend", "试听到课", "Trial class attended", "consideration", "store", "physical", "sales",
     "试听|试听课|体验课|到课|trial|trial class|demo class|show-up"),
    ("tp_placement", "分班测评", "Placement test", "consideration", "store", "physical", "teaching",
     "测评|分班|能力测试|定级|placement|placement test|level test|assessment"),
    ("tp_pay", "报名缴费", "Enrolment payment", "purchase", "mini_program", "digital", "sales",
     "报名|缴费|签约|买课|首购|enrol|enrollment|sign up|first purchase|payment"),
    ("tp_class", "上课", "Lesson attended", "service", "store", "physical", "teaching",
     "上课|出勤|课堂|正课|lesson|class|attendance"),
    ("tp_leave", "请假缺课", "Missed lesson", "service", "mini_program", "digital", "teaching",
     "请假|缺课|旷课|没来|leave|absence|missed lesson|no-show"),
    ("tp_makeup_book", "预约补课", "Makeup booked", "service", "mini_program", "digital", "teaching",
     "约补课|补课预约|调课|book makeup|makeup booking"),
    ("tp_makeup_class", "补课", "Makeup class", "service", "store", "physical", "teaching",
     "补课|补上|makeup|make-up class|makeup lesson"),
    ("tp_term_review", "期末展示课", "End-of-term review", "loyalty", "store", "physical", "teaching",
     "结课|期末|学期总结|展示课|家长会|term review|end of term|showcase"),
    ("tp_renewal", "续费", "Renewal", "loyalty", "mini_program", "digital", "sales",
     "续费|续课|续报|renew|renewal|re-enrol"),
    ("tp_comp_signup", "竞赛报名", "Competition sign-up", "loyalty", "mini_program", "digital", "teaching",
     "比赛报名|竞赛报名|报蓝桥杯|competition sign-up|contest entry"),
    ("tp_comp_result", "竞赛成绩", "Competition result", "loyalty", "other", "digital", "teaching",
     "比赛成绩|获奖|名次|竞赛结果|competition result|award|prize"),
    ("tp_certificate", "证书发放", "Certificate issued", "loyalty", "other", "physical", "service",
     "证书|奖状|发证|certificate|diploma"),
    ("tp_referral", "转介绍", "Referral", "loyalty", "social", "digital", "marketing",
     "转介绍|老带新|推荐朋友|referral|refer a friend"),
    ("tp_refund_request", "退费申请", "Refund requested", "service", "mini_program", "digital", "service",
     "退费|退课|申请退款|refund request|drop out|cancel course"),
    ("tp_refund_done", "退费完成", "Refund completed", "service", "other", "digital", "finance",
     "退款到账|退费完成|refund done|refund paid|refund completed"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("enrol", "招生转化", "Enrolment", ["tp_lead", "tp_trial_book", "tp_trial_attend", "tp_pay"], 30),
    ("makeup", "请假补课", "Makeup class", ["tp_leave", "tp_makeup_book", "tp_makeup_class"], 21),
    ("renewal", "续费", "Renewal", ["tp_term_review", "tp_renewal"], 30),
    ("competition", "竞赛证书", "Competition", ["tp_comp_signup", "tp_comp_result", "tp_certificate"], 150),
    ("refund", "退费处理", "Refund", ["tp_refund_request", "tp_refund_done"], 30),
]
CAMPUSES = [  # id, city, zh, en, opened, weight in city
    ("BJ1", "Beijing", "北京海淀校区", "Beijing Haidian", None, 2.2),
    ("BJ2", "Beijing", "北京朝阳校区", "Beijing Chaoyang", None, 1.0),
    ("SH1", "Shanghai", "上海浦东校区", "Shanghai Pudong", None, 1.2),
    ("SH2", "Shanghai", "上海闵行校区", "Shanghai Minhang", None, 1.0),
    ("CD1", "Chengdu", "成都高新校区", "Chengdu Gaoxin", None, 1.0),
    ("GZ1", "Guangzhou", "广州天河校区", "Guangzhou Tianhe", None, 1.0),
    ("WH1", "Wuhan", "武汉光谷校区", "Wuhan Optics Valley", WUHAN_OPEN, 1.0),
]
CAMPUS = {c[0]: c for c in CAMPUSES}
CITIES = {"Beijing": ("北京", 0.31), "Shanghai": ("上海", 0.27), "Chengdu": ("成都", 0.14),
          "Guangzhou": ("广州", 0.15), "Wuhan": ("武汉", 0.13)}
CHANNELS = {  # en: zh, weight, p(book trial), p(pay | attended), lead cost CNY (mean)
    "douyin": ("抖音广告", 0.31, 0.38, 0.30, 38), "wechat_moments": ("朋友圈广告", 0.19, 0.58, 0.50, 65),
    "baidu": ("百度搜索", 0.11, 0.66, 0.55, 118), "xiaohongshu": ("小红书", 0.14, 0.55, 0.47, 52),
    "referral": ("老带新转介绍", 0.13, 0.86, 0.76, None), "street": ("商场地推", 0.12, 0.48, 0.38, 22)}
TRACKS = {  # en: zh, price for 16 lessons
    "scratch": ("Scratch图形化", 3680), "python": ("Python编程", 4480), "robotics": ("机器人编程", 4980),
    "cpp": ("C++信奥", 5280)}
KIT_PRICE = 1299
COMPS = {"lanqiao": ("蓝桥杯", "Lanqiao Cup", 300), "noc": ("NOC大赛", "NOC", 200), "wro": ("WRO机器人赛", "WRO", 600)}
AWARDS = {"first": "一等奖", "second": "二等奖", "third": "三等奖", "merit": "优秀奖", "none": "未获奖"}
CAMPAIGNS = {"summer_camp": "暑期集训营", "free_trial": "9.9元试听", "lanqiao_prep": "蓝桥杯冲刺", "robot_show": "机器人展示日"}
SOURCES = {"advisor": "课程顾问", "ai_call": "智能外呼", "self": "小程序自助"}
REFUND_R = {"cant_keep_up": "跟不上进度", "teacher_change": "老师变动", "schedule": "时间冲突", "moving": "搬家",
            "other": "其他"}
OTYPE_ZH = {"trial": "试听课", "term_package": "新报课包", "renewal_package": "续费课包", "kit": "教具套装",
            "competition_fee": "竞赛报名费", "camp": "假期集训营"}
TIERS = {"standard": "普通学员", "gold": "金卡学员", "diamond": "钻石学员"}
SEGS = {"lead": "线索", "trial_only": "仅试听", "active": "在读", "lapsed": "已停课", "refunded": "已退费"}
GRADES = {6: "幼儿园大班", 7: "一年级", 8: "二年级", 9: "三年级", 10: "四年级", 11: "五年级", 12: "六年级", 13: "初一",
          14: "初二"}
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马胡朱郭何林罗高"
GIVEN = ["思远", "子涵", "一鸣", "雨萱", "浩然", "梓轩", "欣怡", "俊杰", "佳琪", "晨曦", "博文", "诗雨", "宇航", "若曦"]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "cant_keep_up": (["孩子说Python听不懂，完全跟不上", "内容太难了孩子跟不上", "才三年级学Python有点跟不上进度",
                      "作业不会做，上课跟不上"],
                     ["my kid can't keep up with the Python class", "way too hard for him, he can't keep up"]),
    "makeup_full": (["补课一直约不上，名额全满", "请假后补课排不到，等了快一个月", "补课老是约不上，小程序里全是满的"],
                    ["couldn't book a makeup class, all slots full", "still waiting for a makeup class after three weeks"]),
    "teacher_change": (["一学期换了三个老师", "老师又换了，孩子很不适应", "频繁换老师，孩子都不想去了"],
                       ["the teacher changed again, third one this term", "they keep changing the teacher"]),
    "cert_delay": (["蓝桥杯的证书到现在还没拿到", "比赛证书迟迟不发", "证书等了两个月还没寄到"],
                   ["still no certificate two months after the results", "the competition certificate is taking forever"]),
    "refund_slow": (["退费申请提交半个月了还没到账", "退费流程太慢", "退费一直显示审核中"],
                    ["the refund is taking weeks", "still waiting for my refund"]),
    "pushy_calls": (["一天接到好几个电话，太烦了", "约试听的电话打个不停", "电话推销太频繁，还是录音在说话"],
                    ["they kept calling me several times a day", "too many sales calls, some of them recorded"]),
    "pricey": (["课时费太贵了", "价格偏贵，一节课快三百", "比别家机构贵不少"],
               ["the package is too expensive", "pricier than other coding schools"]),
    "patient": (["老师很有耐心", "老师耐心又专业，讲得很细", "老师特别耐心，会一步步引导"],
                ["the teacher is very patient", "patient and encouraging teacher"]),
    "kid_loves": (["孩子很喜欢上课，每周都盼着", "孩子特别喜欢搭机器人", "孩子喜欢自己做小游戏，回家还在编"],
                  ["my son loves the class", "she loves building robots"]),
    "award": (["孩子这次比赛拿了二等奖，谢谢老师", "蓝桥杯获奖了，全家都很开心", "第一次参赛就得了一等奖"],
              ["my kid won a prize at the competition", "so proud, she got an award at the contest"]),
}
GEN = {
    "pos": (["整体满意", "会推荐给朋友", "值得", "继续跟着学"], ["overall happy", "would recommend", "worth it"]),
    "neu": (["还行", "一般般", "再观察一下"], ["it's ok", "average so far", "we'll see"]),
    "neg": (["有点失望", "体验不好", "考虑换机构了"], ["a bit disappointed", "not a great experience",
                                              "thinking of switching schools"]),
}
NEG_TOPICS = {"cant_keep_up", "makeup_full", "teacher_change", "cert_delay", "refund_slow", "pushy_calls", "pricey"}
POS_TOPICS = {"patient", "kid_loves", "award"}
TOPIC_TP = [("refund_slow", "tp_refund_done"), ("makeup_full", "tp_makeup_book"), ("cert_delay", "tp_certificate"),
            ("pushy_calls", "tp_trial_book"), ("pricey", "tp_pay"), ("cant_keep_up", "tp_class"),
            ("teacher_change", "tp_class"), ("award", "tp_comp_result"), ("patient", "tp_class"),
            ("kid_loves", "tp_class")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def u(a, b):
    return float(rng.uniform(a, b))


def season(d: datetime) -> float:
    if d.month == 7:
        return 1.7                                   # summer holiday: camps and first-time learners
    if d.month in (8, 2):
        return 1.3
    if d.month in (1, 9):
        return 1.15
    if d.month in (6, 11):
        return 0.85                                  # exams / quiet month
    return 1.0


def in_(t, win):
    return win[0] <= t < win[1]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tr = self.n_pk = self.n_cp = 0
        self.teachers = {}
        for cid, city, *_ in CAMPUSES:
            for tr in TRACKS:
                self.teachers[(cid, tr)] = [(f"{cid}-{tr[:2].upper()}{k}",
                                             str(rng.choice(list(SURNAMES))) + str(rng.choice(GIVEN)))
                                            for k in range(1, 5)]

    def campus_cols(self, cid):
        cp = CAMPUS[cid]
        return dict(campus_id=cid, campus=cp[2], campus_en=cp[3], campus_city=cp[1], 校区城市=CITIES[cp[1]][0])

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        dev = c["device"] if tp in ("tp_lead", "tp_leave", "tp_makeup_book", "tp_renewal", "tp_comp_signup",
                                     "tp_refund_request", "tp_pay", "tp_referral") else None
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=dev)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, ref, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="mini_program" if otype != "camp" else "store", device=c["device"],
                   order_type=otype, 订单类型=OTYPE_ZH[otype], ref_id=ref, currency="CNY")
        for k in ("campus_id", "campus", "campus_en", "campus_city", "校区城市", "track", "课程线"):
            row[k] = (common or {}).get(k)
        row.update(kw)
        self.orders.append(row)
        if status == "paid":
            c["spend"] += float(amount)
        return row

    def fb(self, c, t, topics, channel, default_tp, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FK{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), default_tp)
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, ref_id=sid)
        cm = common or self.campus_cols(c["home"])
        for k in ("campus_id", "campus", "campus_en", "campus_city", "校区城市", "track", "课程线", "teacher_id",
                  "teacher"):
            row[k] = cm.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 7, 26):
            days.append((d, (0.65 + 0.7 * (d - START).days / 570) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=u(8, 23))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            if city == "Wuhan" and t < datetime(2025, 8, 10):
                city = pick(["Beijing", "Shanghai", "Chengdu", "Guangzhou"], [0.3, 0.27, 0.15, 0.15])
            camps = [cp for cp in CAMPUSES if cp[1] == city]
            home = pick(camps, [cp[5] for cp in camps])[0]
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            age = int(pick(list(range(6, 15)), [0.10, 0.14, 0.15, 0.15, 0.14, 0.12, 0.09, 0.06, 0.05]))
            en_share = 0.16 if city in ("Shanghai", "Beijing") else 0.04
            self.cust.append(dict(customer_id=f"K{i + 1:05d}", lead=t, city=city, home=home, channel=ch, age=age,
                                  device=pick(["ios", "android"], [0.55, 0.45]), en_share=en_share,
                                  lang="en" if rng.random() < en_share else "zh",
                                  gender=pick(["boy", "girl"], [0.64, 0.36]),
                                  parent=pick(["mother", "father", "grandparent"], [0.62, 0.31, 0.07]),
                                  spend=0.0, stage="lead", last_class=None, refunded=False, track=None))

    def run(self):
        self.customers()
        for c in self.cust:
            self.customer(c)

    def customer(self, c):
        ch = CHANNELS[c["channel"]]
        cm = self.campus_cols(c["home"])
        camp = ["summer_camp", "free_trial", "lanqiao_prep", "robot_show"]
        cpn = pick(camp, [0.3 if c["lead"].month in (6, 7, 8) else 0.05, 0.5, 0.15, 0.2])
        cost = None if ch[4] is None else round(float(max(5.0, rng.normal(ch[4], ch[4] * 0.25))), 2)
        self.ev(c, c["lead"], "tp_lead", None, "submit", cm, channel=c["channel"], 获客渠道=ch[0], campaign=cpn,
                投放活动=CAMPAIGNS[cpn], lead_cost=cost, child_age=c["age"])
        t = c["lead"]
        booked_once = False
        for attempt in range(2):
            p_book = ch[2] if attempt == 0 else 0.25
            if rng.random() > p_book:
                if not booked_once and t >= AI_CALL_FROM and c["channel"] != "referral" and rng.random() < 0.04:
                    self.fb(c, t + D(days=u(1, 6)), ["pushy_calls"], pick(["call_note", "wechat"], [0.5, 0.5]),
                            "tp_trial_book", common=cm, undated=rng.random() < 0.3)
                return
            booked_once = True
            t_b = t + D(hours=float(rng.exponential(40) + 0.5))
            if c["channel"] == "referral":
                src = "advisor"
            elif t_b >= AI_CALL_FROM:
                src = pick(["ai_call", "advisor", "self"], [0.65, 0.2, 0.15])
            else:
                src = pick(["advisor", "self"], [0.8, 0.2])
            t_trial = datetime(t_b.year, t_b.month, t_b.day) + D(days=int(rng.integers(2, 10)), hours=u(9.5, 18))
            if c["home"] == "WH1" and t_trial < WUHAN_OPEN:
                t_trial = WUHAN_OPEN + D(days=int(rng.integers(0, 10)), hours=u(9.5, 18))
            self.n_tr += 1
            tid = f"TR{self.n_tr:05d}"
            if not self.ev(c, t_b, "tp_trial_book", tid, "booked", cm, booking_source=src, 预约方式=SOURCES[src],
                           trial_at=ts(t_trial)):
                return
            if c["channel"] != "referral":
                self.order(c, t_b + D(minutes=u(1, 20)), 9.9, "trial", tid, cm)
            if src == "ai_call" and rng.random() < 0.07:
                chn = pick(["call_note", "wechat", "dianping"], [0.4, 0.4, 0.2])
                self.fb(c, t_b + D(days=u(0.2, 3)), ["pushy_calls"], chn, "tp_trial_book", common=cm,
                        rating=float(pick([1, 2], [0.6, 0.4])) if chn == "dianping" else None,
                        undated=chn != "call_note" and rng.random() < 0.3,
                        no_customer=chn == "dianping" and rng.random() < 0.3)
            p_show = 0.50 if src == "ai_call" else (0.84 if src == "advisor" else 0.78)
            if rng.random() < p_show:
                self.trial(c, t_trial, tid, cm)
                return
            t = t_trial + D(days=u(3, 20))

    def trial(self, c, t, tid, cm):
        ch = CHANNELS[c["channel"]]
        age = c["age"]
        if age <= 7:
            sug = pick(["scratch", "robotics"], [0.6, 0.4])
        elif age <= 10:
            sug = pick(["scratch", "robotics", "python"], [0.55, 0.3, 0.15])
        else:
            sug = pick(["python", "cpp", "robotics"], [0.6, 0.2, 0.2])
        if sug == "python" and age < 10:
            sug = "scratch"
        level = int(min(4, max(1, round(1 + (age - 6) / 4 + rng.normal(0, 0.5)))))
        self.ev(c, t, "tp_trial_attend", tid, "attended", cm, trial_track=sug, child_age=age)
        c["stage"] = "trial_only"
        t_p = t + D(minutes=u(40, 70))
        if rng.random() < 0.95:
            self.ev(c, t_p, "tp_placement", tid, "tested", cm, child_age=age, suggested_track=sug,
                    建议课程=TRACKS[sug][0], suggested_level=f"L{level}", placement_score=int(np.clip(
                        rng.normal(55 + 6 * level, 12), 10, 100)))
        p_pay = ch[3] * (1.1 if c["home"] == "CD1" else 1.0)
        if rng.random() < 0.05:
            stars = float(pick([5, 4, 3, 2], [0.35, 0.35, 0.2, 0.1]))
            tp = ["pricey"] if rng.random() < 0.3 else (["patient"] if rng.random() < 0.4 else [])
            if tp == ["pricey"]:
                stars = float(min(stars, 3))
            self.fb(c, t + D(hours=u(3, 60)), tp, "dianping", "tp_trial_attend", rating=stars, common=cm,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3,
                    no_customer=rng.random() < 0.3)
        if rng.random() > p_pay:
            if rng.random() < 0.06:
                self.fb(c, t + D(days=u(1, 5)), ["pricey"], "call_note", "tp_pay", common=cm)
            if rng.random() < 0.25:
                o = self.order(c, t_p + D(minutes=10), TRACKS[sug][1], "term_package", None,
                               dict(cm, track=sug, 课程线=TRACKS[sug][0]), status="cancelled", level=f"L{level}")
                if o:
                    o["cancelled_at"] = ts(t_p + D(days=3))
            return
        track = sug
        if sug == "scratch" and 8 <= age <= 9 and rng.random() < 0.5:
            track = "python"                       # the parent insists on "real" code
        if rng.random() < 0.45:
            t_pay = t_p + D(minutes=u(15, 150))
        elif rng.random() < 0.9:
            t_pay = t_p + D(days=float(rng.exponential(4) + 0.3))
        else:
            t_pay = t_p + D(days=u(25, 50))
        if rng.random() < 0.1:
            o = self.order(c, t_p + D(minutes=10), TRACKS[track][1], "term_package", None,
                           dict(cm, track=track, 课程线=TRACKS[track][0]), status="cancelled", level=f"L{level}")
            if o:
                o["cancelled_at"] = ts(t_p + D(days=3))
        c["track"] = track
        self.package(c, t_pay, track, level, first=True, suggested=sug)

    def package(self, c, t_pay, track, level, first, suggested=None, prev=None):
        if t_pay > END:
            return
        self.n_pk += 1
        pid = f"PK{self.n_pk:05d}"
        n_les = 32 if rng.random() < 0.25 else 16
        price = TRACKS[track][1] * (n_les / 16) * (0.9 if n_les == 32 else 1.0)
        cid = c["home"]
        cm = dict(self.campus_cols(cid), track=track, 课程线=TRACKS[track][0], level=f"L{level}")
        teachers = self.teachers[(cid, track)]
        teacher = teachers[int(rng.integers(0, 2))]
        cm_t = dict(cm, teacher_id=teacher[0], teacher=teacher[1])
        age = c["age"] + (t_pay - c["lead"]).days // 365
        if first:
            kit = track == "robotics"
            self.ev(c, t_pay, "tp_pay", pid, "paid", cm_t, amount=round(price + (KIT_PRICE if kit else 0), 2),
                    package_lessons=n_les, child_age=age, suggested_track=suggested,
                    placement_override=suggested is not None and suggested != track)
            po = self.order(c, t_pay, price, "term_package", pid, cm, level=f"L{level}", package_lessons=n_les,
                            teacher_id=teacher[0])
            if kit:
                self.order(c, t_pay + D(seconds=30), KIT_PRICE, "kit", pid, cm)
            c["stage"] = "paid"
        else:
            self.ev(c, t_pay, "tp_renewal", prev, "renewed", cm_t, amount=round(price, 2), package_lessons=n_les,
                    new_package_id=pid)
            po = self.order(c, t_pay, price, "renewal_package", pid, cm, level=f"L{level}", package_lessons=n_les,
                            teacher_id=teacher[0])
        struggling = (track == "python" and age < 10) or rng.random() < 0.04
        wd_slot = pick(["weekend", "weekday"], [0.7, 0.3])
        t = datetime(t_pay.year, t_pay.month, t_pay.day) + D(days=int(rng.integers(3, 12)))
        t += D(hours=u(9, 17) if wd_slot == "weekend" else 18.5)
        n_changes = 0
        makeup_pending = 0
        comp_done = False
        camp_seen = set()
        per_lesson = price / n_les
        for k in range(1, n_les + 1):
            if t > END:
                return
            lt = t
            pud = cid == "SH1" and in_(lt, PUDONG_CHURN)
            changed = False
            if k > 1 and rng.random() < (0.3 if pud else 0.015):
                others = [x for x in teachers if x[0] != teacher[0]]
                teacher = others[int(rng.integers(0, len(others)))]
                cm_t = dict(cm, teacher_id=teacher[0], teacher=teacher[1])
                changed = True
                n_changes += 1
            summer = lt.month in (7, 8)
            r = rng.random()
            p_leave = 0.10 if summer else 0.065
            p_ns = 0.06 if struggling else 0.025
            if r < p_leave or r < p_leave + p_ns:
                kind = "leave" if r < p_leave else "no_show"
                self.ev(c, lt - D(hours=u(2, 40)) if kind == "leave" else lt, "tp_leave", pid, kind, cm_t,
                        lesson_no=k, 请假类型="请假" if kind == "leave" else "旷课")
                full = cid == "BJ1" and in_(lt, HAIDIAN_FULL)
                p_b = (0.88 if kind == "leave" else 0.5) * (0.55 if full else 1.0)
                if rng.random() < p_b:
                    t_mb = lt + D(days=u(0.1, 3.5) if not full else u(1, 8))
                    self.ev(c, t_mb, "tp_makeup_book", pid, "booked", cm_t, lesson_no=k)
                    if rng.random() < 0.94:
                        t_mc = t_mb + D(days=u(2, 9) if not full else u(9, 28), hours=0)
                        self.ev(c, t_mc, "tp_makeup_class", pid, "attended", cm_t, lesson_no=k,
                                makeup_slot="weekday" if rng.random() < 0.6 else "weekend")
                        if full and rng.random() < 0.3:
                            self.fb(c, t_mb + D(days=u(1, 6)), ["makeup_full"],
                                    pick(["wechat", "call_note"], [0.65, 0.35]), "tp_makeup_book", common=cm_t,
                                    undated=rng.random() < 0.35)
                    else:
                        makeup_pending += 1
                else:
                    makeup_pending += 1
                    if full and rng.random() < 0.35:
                        self.fb(c, lt + D(days=u(2, 9)), ["makeup_full"], pick(["wechat", "call_note"], [0.65, 0.35]),
                                "tp_makeup_book", common=cm_t, undated=rng.random() < 0.35)
            else:
                self.ev(c, lt, "tp_class", pid, "attended", cm_t, lesson_no=k, teacher_changed=changed,
                        class_minutes=90 if track in ("robotics", "cpp") else 60)
                c["last_class"] = lt
                if rng.random() < 0.06:
                    self.lesson_rating(c, lt, cm_t, struggling, n_changes, cid)
            # camps: summer (July) and winter (January) intensive camps for current students
            for key, mon, cost, pr in (("s", 7, 2280, 0.16), ("w", 1, 1680, 0.10)):
                yk = (key, lt.year)
                if lt.month == mon and yk not in camp_seen:
                    camp_seen.add(yk)
                    if rng.random() < pr:
                        self.order(c, lt + D(days=u(0.1, 3)), cost, "camp", pid, cm)
            # competition at lesson 6
            if k == 6 and not comp_done:
                comp_done = True
                p = {"python": 0.22, "cpp": 0.5, "robotics": 0.18, "scratch": 0.12}[track]
                if rng.random() < p:
                    self.competition(c, lt + D(days=u(0.5, 5)), track, cm_t, level)
            # refund hazard
            hz = 0.004
            if struggling:
                hz = 0.035
            if n_changes >= 2:
                hz = max(hz, 0.03)
            if k < n_les and rng.random() < hz:
                reason = ("cant_keep_up" if struggling and rng.random() < 0.8 else
                          "teacher_change" if n_changes >= 2 and rng.random() < 0.8 else
                          pick(["schedule", "moving", "other"], [0.5, 0.25, 0.25]))
                self.refund(c, lt + D(days=u(0.5, 4)), pid, cm_t, reason, round(per_lesson * (n_les - k) * 0.95, 2),
                            po)
                return
            t += D(days=7)
            if rng.random() < 0.05:
                t += D(days=7)                     # holiday week, no class
        # end of term
        t_r = t - D(days=7) + D(days=u(1, 8))
        if not self.ev(c, t_r, "tp_term_review", pid, "reviewed", cm_t, lessons_done=n_les):
            return
        p_ren = {"robotics": 0.70, "python": 0.55, "scratch": 0.62, "cpp": 0.76}[track]
        if cid == "CD1":
            p_ren += 0.08
        if struggling:
            p_ren = 0.28
        if n_changes >= 2:
            p_ren = min(p_ren, 0.25)
        if makeup_pending >= 2:
            p_ren -= 0.12
        happy = not struggling and n_changes < 2
        if rng.random() < 0.35:
            stars = float(pick([5, 4, 3], [0.5, 0.35, 0.15]))
            topics = []
            if struggling and rng.random() < 0.6:
                topics.append("cant_keep_up")
            if n_changes >= 2 and rng.random() < 0.6:
                topics.append("teacher_change")
            if makeup_pending >= 2 and cid == "BJ1" and rng.random() < 0.5:
                topics.append("makeup_full")
            stars -= 1.6 * len(topics)
            if not topics and rng.random() < (0.45 if cid == "CD1" else 0.15):
                topics.append("patient")
            if not topics and rng.random() < 0.15:
                topics.append("kid_loves")
            stars = float(min(5, max(1, round(stars))))
            nps = int(np.clip(round(rng.normal(8.5 - 3.0 * (not happy) - 1.5 * (stars <= 2), 1.4)), 0, 10))
            self.fb(c, t_r + D(hours=u(2, 72)), topics, "survey", "tp_term_review", rating=stars, nps=nps, common=cm_t,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), sid=pid)
        if happy and rng.random() < 0.09:
            self.ev(c, t_r + D(days=u(0, 20)), "tp_referral", pid, "referred", cm_t)
        if rng.random() < p_ren:
            t_n = t_r + D(days=u(0.1, 24)) if rng.random() < 0.9 else t_r + D(days=u(32, 60))
            self.package(c, t_n, track, min(4, level + (1 if n_les == 16 or rng.random() < 0.7 else 0)), first=False,
                         prev=pid)

    def lesson_rating(self, c, t, cm, struggling, n_changes, cid):
        stars = float(pick([5, 4, 3], [0.55, 0.33, 0.12]))
        topics = []
        if struggling and rng.random() < 0.5:
            topics.append("cant_keep_up")
            stars -= 2.0
        if n_changes >= 2 and rng.random() < 0.5:
            topics.append("teacher_change")
            stars -= 1.8
        if not topics:
            if rng.random() < (0.4 if cid == "CD1" else 0.12):
                topics.append("patient")
                stars = 5.0 if rng.random() < 0.85 else 4.0
            elif rng.random() < 0.15:
                topics.append("kid_loves")
                stars = max(stars, 4.0)
        if cid == "CD1" and not topics:
            stars = min(5.0, stars + 0.4)
        stars = float(min(5, max(1, round(stars))))
        self.fb(c, t + D(hours=u(1, 30)), topics, "lesson_rating", "tp_class", rating=stars, common=cm,
                gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))

    def competition(self, c, t, track, cm, level):
        comp = {"python": "lanqiao", "cpp": "lanqiao", "robotics": "wro"}.get(track) or pick(["lanqiao", "noc"],
                                                                                            [0.55, 0.45])
        self.n_cp += 1
        cpid = f"CP{self.n_cp:05d}"
        cc = dict(cm, competition=comp, 赛事=COMPS[comp][0])
        if not self.ev(c, t, "tp_comp_signup", cpid, "signed_up", cc):
            return
        self.order(c, t + D(minutes=u(1, 30)), COMPS[comp][2], "competition_fee", cpid, cm, competition=comp,
                   赛事=COMPS[comp][0])
        if rng.random() < 0.07:
            return                                   # withdrew
        t_res = t + D(days=u(30, 75))
        award = pick(list(AWARDS), [0.08 + 0.02 * level, 0.15, 0.2, 0.2, 0.37 - 0.02 * level])
        if not self.ev(c, t_res, "tp_comp_result", cpid, "award" if award != "none" else "no_award", cc, award=award,
                       奖项=AWARDS[award]):
            return
        if award in ("first", "second") and rng.random() < 0.3:
            self.fb(c, t_res + D(days=u(0.5, 4)), ["award"], "wechat", "tp_comp_result", common=cm,
                    undated=rng.random() < 0.35)
        if award == "none":
            return
        days = float(rng.lognormal(np.log(48 if comp == "lanqiao" else 11), 0.3))
        t_c = t_res + D(days=days)
        self.ev(c, t_c, "tp_certificate", cpid, "issued", cc, award=award, 奖项=AWARDS[award],
                delivery=pick(["mail", "pickup"], [0.6, 0.4]))
        if days > 30 and rng.random() < 0.3:
            self.fb(c, t_res + D(days=u(25, min(days, 70))), ["cert_delay"], pick(["wechat", "call_note"], [0.7, 0.3]),
                    "tp_certificate", common=cc, undated=rng.random() < 0.35)

    def refund(self, c, t, pid, cm, reason, amount, po):
        if not self.ev(c, t, "tp_refund_request", pid, "requested", cm, refund_reason=reason,
                       退费原因=REFUND_R[reason], refund_amount=amount):
            return
        if reason in ("cant_keep_up", "teacher_change") and rng.random() < 0.55:
            self.fb(c, t + D(hours=u(1, 30)), [reason], "call_note", "tp_refund_request", common=cm, sid=pid)
        slow = in_(t, FINANCE_SLOW)
        days = float(rng.lognormal(np.log(15 if slow else 4), 0.35))
        rejected = rng.random() < 0.04
        t_d = t + D(days=days)
        ok = self.ev(c, t_d, "tp_refund_done", pid, "rejected" if rejected else "refunded", cm, refund_reason=reason,
                     退费原因=REFUND_R[reason], refund_amount=0.0 if rejected else amount)
        if days > 10 and rng.random() < 0.6:
            self.fb(c, t + D(days=u(7, min(days, 20))), ["refund_slow"], pick(["wechat", "call_note"], [0.6, 0.4]),
                    "tp_refund_done", common=cm, undated=rng.random() < 0.3, sid=pid)
        if ok and not rejected and po is not None:
            po["status"] = "refunded"
            po["refunded_at"] = ts(t_d)
            po["refund_amount"] = amount
            c["spend"] -= float(po["amount"])
            c["refunded"] = True

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            if c["stage"] == "lead":
                seg = "lead"
            elif c["stage"] == "trial_only":
                seg = "trial_only"
            elif c["refunded"] and (c["last_class"] is None or c["last_class"] < END - D(days=45)):
                seg = "refunded"
            elif c["last_class"] is not None and c["last_class"] >= END - D(days=45):
                seg = "active"
            else:
                seg = "lapsed"
            tier = None if c["stage"] != "paid" else ("diamond" if s >= 12000 else "gold" if s >= 6000 else "standard")
            cp = CAMPUS[c["home"]]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["lead"]), segment=seg, 学员状态=SEGS[seg],
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS.get(tier),
                             child_age=c["age"], 年级=GRADES[c["age"]], child_gender=c["gender"],
                             parent_role=c["parent"], 家长身份={"mother": "妈妈", "father": "爸爸",
                                                             "grandparent": "祖辈"}[c["parent"]],
                             home_campus_id=c["home"], home_campus=cp[2], home_campus_en=cp[3], track=c["track"],
                             课程线=TRACKS[c["track"]][0] if c["track"] else None, phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "campus_id",
           "campus", "campus_en", "campus_city", "校区城市", "获客渠道", "campaign", "投放活动", "lead_cost", "child_age", "booking_source",
           "预约方式", "trial_at", "trial_track", "suggested_track", "建议课程", "suggested_level", "placement_score",
           "track", "课程线", "level", "teacher_id", "teacher", "amount", "package_lessons", "placement_override",
           "new_package_id", "lesson_no", "teacher_changed", "class_minutes", "请假类型", "makeup_slot", "lessons_done",
           "competition", "赛事", "award", "奖项", "delivery", "refund_reason", "退费原因",
           "refund_amount"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "ref_id",
            "campus_id", "campus", "campus_en", "campus_city", "校区城市", "track", "课程线", "level", "package_lessons",
            "teacher_id", "competition", "赛事", "refunded_at", "refund_amount", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "ref_id", "campus_id", "campus", "campus_en", "campus_city", "校区城市", "track", "课程线", "teacher_id",
           "teacher"]
CUST_COLS = ["customer_id", "signup_at", "segment", "学员状态", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "child_age", "年级", "child_gender", "parent_role", "家长身份", "home_campus_id", "home_campus",
             "home_campus_en", "track", "课程线", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=16, replace=False)             # the mini-program tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, trials {g.n_tr}, packages {g.n_pk}, competitions {g.n_cp}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
