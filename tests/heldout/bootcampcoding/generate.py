"""跃码学院 LeapCode Academy: an adult coding bootcamp and career-change school (成人编程培训 / 转行训练营) with campuses
in Shanghai, Shenzhen and Chengdu (Chengdu opened 2025-03-01) and live online cohorts (线上直播班). Three tracks:
前端开发 Front-end Development (20 weeks), 数据分析 Data Analytics (16 weeks), 产品经理 Product Management (12 weeks).

A working adult signs up for a free evening webinar (公开课报名) after seeing us on Douyin ads, Zhihu, our WeChat
account, Bilibili or through an alumnus, attends it (or not), books and attends a free trial class (免费试听课), has an
admissions interview (入学面试, pass or fail), pays tuition (缴费: in full with a 5 % discount, or in 12 monthly
instalments 分期), starts a monthly cohort (开班) with an instructor (讲师), hands in weekly assignments (每周作业;
on time, late or missed), asks the TAs questions (助教答疑), may drop out (退学) or ask for a refund (退费申请 /
退费处理), graduates on demo day (结业), gets résumé coaching and mock interviews (简历辅导), lands a job with a hiring
partner (合作企业) or on their own (入职), and sometimes refers a friend (推荐好友).
Data 2025-01-01 .. 2026-07-31 (the extract was taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 9200
CHENGDU_OPEN = datetime(2025, 3, 1)
SLOW_REFUND = (datetime(2025, 10, 1), datetime(2026, 1, 1))      # finance team turnover: refunds stuck
EXPERIMENT = (datetime(2026, 1, 1), datetime(2026, 7, 1))        # webinar follow-up A/B test
ZHOU_FROM = datetime(2026, 1, 1)                                 # Zhou Yi takes over the online data cohorts

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_webinar_signup", "公开课报名", "Webinar sign-up", "awareness", "web", "digital", "marketing",
     "报名公开课|留资|线索|注册|webinar sign-up|signed up|lead|registration"),
    ("tp_webinar_attend", "公开课到场", "Webinar attended", "awareness", "web", "digital", "marketing",
     "听公开课|直播课|到场|公开课出席|attended webinar|webinar attendance|showed up|live session"),
    ("tp_trial_class", "免费试听课", "Free trial class", "consideration", "other", "physical", "admissions",
     "试听|体验课|试听课|trial class|taster|free class|demo class"),
    ("tp_interview", "入学面试", "Admissions interview", "consideration", "phone", "digital", "admissions",
     "面试|入学测评|录取面试|admissions interview|entrance interview|assessment"),
    ("tp_tuition_paid", "缴纳学费", "Tuition paid", "purchase", "web", "digital", "finance",
     "缴费|交学费|报名缴费|签约|全款|分期|enrolment|enrolled|paid tuition|tuition|sign-up fee"),
    ("tp_cohort_start", "开班", "Cohort start", "service", "other", "physical", "teaching",
     "开班|开课|入学|开学|cohort start|first class|course start|kick-off"),
    ("tp_assignment", "每周课程作业", "Weekly class & assignment", "service", "web", "digital", "teaching",
     "作业|交作业|上课|课程|进度|homework|assignment|weekly task|class|lessons"),
    ("tp_mentor_qa", "助教答疑", "TA Q&A", "service", "app", "digital", "teaching",
     "答疑|助教|提问|问老师|TA|teaching assistant|office hours|question to TA"),
    ("tp_dropout", "退学", "Drop-out", "service", "other", "digital", "teaching",
     "退学|休学|放弃学习|不学了|drop out|dropped out|quit the course|withdrew"),
    ("tp_graduation", "结业", "Graduation", "service", "other", "physical", "teaching",
     "结业|毕业|项目答辩|结课|demo day|graduation|graduated|final project"),
    ("tp_resume_review", "简历辅导", "Résumé & mock interview coaching", "service", "phone", "digital", "careers",
     "简历辅导|改简历|模拟面试|就业辅导|resume review|CV review|mock interview|career coaching"),
    ("tp_job_placed", "入职", "Job placement", "loyalty", "other", "physical", "careers",
     "就业|入职|上岸|拿offer|转行成功|job placement|placed|hired|landed a job|offer"),
    ("tp_refund_request", "退费申请", "Refund request", "service", "web", "digital", "finance",
     "申请退费|要求退款|退费申请|refund request|asked for refund|money back"),
    ("tp_refund_done", "退费处理", "Refund decision", "service", "web", "digital", "finance",
     "退费到账|退款结果|退费审批|refund processed|refund approved|refund rejected|refund decision"),
    ("tp_referral", "推荐好友", "Friend referral", "loyalty", "app", "digital", "marketing",
     "转介绍|推荐朋友|老带新|refer a friend|referral|referred"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("admissions", "招生转化", "Admissions",
     ["tp_webinar_signup", "tp_trial_class", "tp_interview", "tp_tuition_paid"], 45),
    ("learning", "学习结业", "Learning to graduation",
     ["tp_tuition_paid", "tp_cohort_start", "tp_assignment", "tp_graduation"], 210),
    ("career", "就业服务", "Career placement", ["tp_graduation", "tp_job_placed"], 180),
    ("refund", "退费流程", "Refund", ["tp_refund_request", "tp_refund_done"], 30),
]
TRACKS = {  # key: zh, en, code, weeks, campus price, online price
    "frontend": ("前端开发", "Front-end Development", "FE", 20, 19800, 15800),
    "data": ("数据分析", "Data Analytics", "DA", 16, 21800, 17800),
    "product": ("产品经理", "Product Management", "PM", 12, 16800, 12800),
}
WALL = {"frontend": 8, "data": 6, "product": 4}        # the hard week of each track (React / pandas+SQL / PRD)
CAMPUSES = {  # key: zh, en, code, delivery mode
    "shanghai": ("上海校区", "Shanghai", "SH", "campus"),
    "shenzhen": ("深圳校区", "Shenzhen", "SZ", "campus"),
    "chengdu": ("成都校区", "Chengdu", "CD", "campus"),
    "online": ("线上直播班", "Online", "ON", "online"),
}
MODE_ZH = {"campus": "线下面授", "online": "线上直播"}
INSTRUCTORS = {  # en: zh
    "Chen Si": "陈思", "Wang Lei": "王磊", "Li Na": "李娜", "Liu Yang": "刘洋", "Sun Ting": "孙婷", "He Chuan": "何川",
    "Zhao Min": "赵敏", "Zhou Yi": "周毅", "Zheng Xue": "郑雪", "Wu Hao": "吴昊"}
COACHES = {"shanghai": ("Lin Yue", "林悦"), "shenzhen": ("Huang Jian", "黄健"), "chengdu": ("Tang Min", "唐敏"),
           "online": ("Xu Nuo", "许诺")}
PARTNERS = {  # key: en, zh
    "galaxy": ("Galaxy Commerce", "星河电商"), "cloudsail": ("CloudSail Tech", "云帆科技"),
    "bluewhale": ("BlueWhale Data", "蓝鲸数据"), "orange": ("Orange Fintech", "青橙金融"),
    "glimmer": ("Glimmer Games", "拾光游戏"), "tianfu": ("Tianfu Soft", "天府软件"),
    "self": ("Self-found", "自主求职")}
PARTNER_MIX = {  # track -> (keys, weights) for non-Chengdu / Chengdu
    "frontend": ((["galaxy", "cloudsail", "glimmer", "orange", "self"], [0.36, 0.17, 0.14, 0.06, 0.27]),
                 (["tianfu", "cloudsail", "galaxy", "self"], [0.34, 0.12, 0.06, 0.48])),
    "data": ((["bluewhale", "orange", "cloudsail", "galaxy", "self"], [0.33, 0.21, 0.10, 0.08, 0.28]),
             (["tianfu", "bluewhale", "self"], [0.30, 0.12, 0.58])),
    "product": ((["galaxy", "orange", "cloudsail", "self"], [0.20, 0.14, 0.10, 0.56]),
                (["tianfu", "self"], [0.25, 0.75])),
}
JOB_TITLE = {"frontend": ("前端开发工程师", "Front-end Engineer"), "data": ("数据分析师", "Data Analyst"),
             "product": ("产品助理", "Associate Product Manager")}
CHANNELS = {  # en: zh, weight, p(attend webinar), p(trial | attended), p(pay | interview passed), webinar format
    "douyin_ads": ("抖音广告", 0.33, 0.36, 0.33, 0.56, "douyin_live"),
    "zhihu": ("知乎", 0.16, 0.60, 0.52, 0.70, "tencent_meeting"),
    "wechat": ("微信公众号", 0.17, 0.58, 0.50, 0.68, "tencent_meeting"),
    "bilibili": ("B站", 0.18, 0.55, 0.48, 0.66, "tencent_meeting"),
    "referral": ("老学员推荐", 0.16, 0.80, 0.72, 0.84, "tencent_meeting"),
}
WEBINAR_FMT = {"douyin_live": "抖音直播间", "tencent_meeting": "腾讯会议"}
CITIES = {  # en: zh, weight, campus key
    "Shanghai": ("上海", 0.27, "shanghai"), "Shenzhen": ("深圳", 0.21, "shenzhen"), "Chengdu": ("成都", 0.16, "chengdu"),
    "Hangzhou": ("杭州", 0.12, None), "Guangzhou": ("广州", 0.13, "shenzhen"), "Other": ("其他城市", 0.11, None)}
BACKGROUNDS = {  # en: zh, weight
    "sales": ("销售", 0.18), "teacher": ("教师", 0.12), "admin": ("行政文员", 0.14), "finance": ("财务会计", 0.13),
    "manufacturing": ("制造业", 0.11), "fresh_grad": ("应届毕业生", 0.17), "design": ("设计", 0.08),
    "other": ("其他", 0.07)}
EDUCATION = {"college": ("大专", 0.34, 0.64), "bachelor": ("本科", 0.55, 0.76), "master": ("硕士", 0.11, 0.86)}
DROP_REASONS = {"pace": "跟不上进度", "work": "工作太忙", "financial": "经济原因", "family": "家庭原因",
                "found_job": "已找到工作"}
REFUND_REASONS = {"before_start": "开课前退出", "dropout": "退学退费", "teaching_quality": "教学质量不满意"}
RESOL = {"approved": "已退款", "rejected": "已驳回"}
SEG_ZH = {"prospect": "潜在学员", "studying": "在读", "graduate": "已结业待就业", "placed": "已就业",
          "dropped": "已退学", "refunded": "已退费"}
OTYPE_ZH = {"tuition_full": "全款学费", "instalment": "分期学费", "career_addon": "面试冲刺包"}
PLAN_ZH = {"full": "全款", "instalments": "12期分期"}

# ---------- feedback texts: (zh list, en list); markers in gold.py must stay unique to a topic ----------
TXT = {
    "salesy": (["公开课全程在卖课，干货太少", "直播一半时间都在推销报名", "公开课就是个推销会，讲的东西很浅",
                "主播一直催着交定金，感觉被推销了"],
               ["the webinar was basically a sales pitch", "too much of a sales pitch, hardly any real content",
                "felt like a sales pitch from start to finish"]),
    "pace": (["老师讲得太快，根本跟不上", "进度太赶了，零基础完全跟不上", "一节课塞太多内容，下班回来听根本跟不上",
              "作业越来越难，跟不上节奏"],
             ["the pace is way too fast for beginners", "I can't keep up with the pace",
              "the pace of the live classes is brutal"]),
    "ta_slow": (["助教回复太慢，问个问题要等大半天", "晚上提问第二天助教才回复", "助教回复慢，卡住了只能干等"],
                ["the TAs take forever to reply", "waited half a day for the TAs to answer a simple question"]),
    "refund_slow": (["退费申请交了两周钱还没到账", "退款一直拖着没人处理", "催了好几次退款，一直说在审批"],
                    ["still waiting for my refund weeks later", "the refund is taking forever",
                     "nobody tells me when my refund will arrive"]),
    "instalment": (["已经退学了，分期还在每个月扣钱", "不上课了分期照扣，太坑了", "退学后分期还在继续扣，客服不给解决"],
                   ["I quit the course but the monthly instalments are still being charged",
                    "still getting charged instalments after dropping out"]),
    "few_jobs": (["内推机会太少，投出去都没回音", "说好的内推，结果岗位少得可怜", "本地的内推岗位太少了"],
                 ["very few job leads from the career team", "hardly any job leads in my city",
                  "the promised job leads never came"]),
    "instructor": (["老师讲得很透彻，原理都讲明白了", "讲师把难点讲得很透彻，听完就懂", "老师讲课透彻又耐心"],
                   ["the instructor explains everything really well", "great at explaining hard concepts"]),
    "projects": (["项目实战很有用，作品集直接拿去面试", "实战项目很接近真实工作", "几个实战项目做下来收获很大"],
                 ["the hands-on projects were great for my portfolio",
                  "real-world projects gave me a solid portfolio"]),
    "career_help": (["就业老师帮我改简历、模拟面试，很有帮助", "简历辅导很用心，改了三版", "简历和面试辅导都很到位"],
                    ["the career coach ran mock interviews that really helped",
                     "the mock interview sessions were spot on"]),
    "invoice": (["请问学费可以开增值税发票吗", "发票抬头写错了，麻烦帮忙重开", "公司报销需要发票，什么时候能开"],
                ["can I get a VAT invoice for the tuition", "I need an invoice for my employer to reimburse me"]),
    "offer": (["转行成功，拿到offer了！", "终于上岸了，拿到了offer", "零基础转行拿到offer，值了"],
              ["landed a job offer three months after graduating", "got an offer, career change done!"]),
}
GEN = {
    "pos": (["整体体验不错", "推荐给想转行的朋友", "学到了很多东西", "值得"],
            ["overall a good experience", "would recommend to anyone switching careers", "learned a lot"]),
    "neu": (["还行吧", "一般般，有好有坏", "中规中矩"], ["it was okay", "mixed feelings overall", "average"]),
    "neg": (["体验很差", "不太满意", "有点失望"], ["pretty disappointed", "not happy with it", "would not recommend"]),
}
NEG_TOPICS = {"salesy", "pace", "ta_slow", "refund_slow", "instalment", "few_jobs"}
POS_TOPICS = {"instructor", "projects", "career_help", "offer"}
TOPIC_TP = [("refund_slow", "tp_refund_done"), ("instalment", "tp_tuition_paid"), ("salesy", "tp_webinar_attend"),
            ("ta_slow", "tp_mentor_qa"), ("few_jobs", "tp_job_placed"), ("offer", "tp_job_placed"),
            ("career_help", "tp_resume_review"), ("pace", "tp_assignment"), ("instructor", "tp_assignment"),
            ("projects", "tp_assignment")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(options, weights):
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def season(d: datetime) -> float:
    return [0.85, 1.05, 1.45, 1.15, 0.9, 0.8, 0.95, 1.2, 1.3, 0.85, 0.9, 0.75][d.month - 1]


def instructor(track: str, campus: str, start: datetime) -> str:
    if track == "frontend":
        return {"shanghai": "Chen Si", "shenzhen": "Wang Lei", "chengdu": "Li Na", "online": "Liu Yang"}[campus]
    if track == "data":
        if campus == "online":
            return "Zhou Yi" if start >= ZHOU_FROM else "Zhao Min"
        return "He Chuan" if campus == "chengdu" else "Sun Ting"
    return "Wu Hao" if campus == "online" else "Zheng Xue"


def cohort_start(t_pay: datetime, campus: str) -> datetime:
    y, m = t_pay.year, t_pay.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = datetime(y, m, 1)
        while d.weekday() != 0:                       # the first Monday of the month
            d += D(days=1)
        if (d - t_pay).days >= 6:
            return d + (D(hours=19, minutes=30) if campus == "online" else D(hours=9))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_app = self.n_en = 0

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, enr, **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status="paid", channel="web", device=c["device"],
                   order_type=otype, 订单类型=OTYPE_ZH[otype], enrolment_id=enr["id"], track=enr["track"],
                   方向=TRACKS[enr["track"]][0], campus=CAMPUSES[enr["campus"]][1], 校区=CAMPUSES[enr["campus"]][0],
                   cohort=enr["cohort"], payment_plan=enr["plan"], 付款方式=PLAN_ZH[enr["plan"]], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        enr["orders"].append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, ctx=None, undated=False, gen=None, no_customer=False,
           tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = c["lang"] if rng.random() < 0.85 else ("en" if rng.random() < 0.1 else "zh")
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if text[0].islower():
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_assignment")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if ctx:
            row.update(ctx)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 7, 25):
            days.append((d, (0.7 + 0.7 * (d - START).days / 570) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            bg = pick(list(BACKGROUNDS), [v[1] for v in BACKGROUNDS.values()])
            edu = pick(list(EDUCATION), [v[1] for v in EDUCATION.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            track = pick(list(TRACKS), [0.42, 0.36, 0.22])
            en_share = 0.14 if city in ("Shanghai", "Shenzhen") else 0.05
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", signup=t, city=city, bg=bg, edu=edu, channel=ch, track=track,
                device=pick(["ios", "android", "pc"], [0.44, 0.36, 0.20]),
                lang="en" if rng.random() < en_share else "zh", en_share=en_share,
                age=pick(["18-24", "25-29", "30-34", "35-39", "40+"], [0.22, 0.36, 0.24, 0.12, 0.06]),
                campus_pref=rng.random() < 0.66, status="prospect"))

    # ---------- one application: webinar -> trial -> interview -> tuition ----------
    def application(self, c, t0, first):
        self.n_app += 1
        aid = f"AP{self.n_app:05d}"
        ch = CHANNELS[c["channel"]]
        fmt = ch[5]
        t_web = t0 + D(days=float(rng.integers(1, 7)))
        t_web = datetime(t_web.year, t_web.month, t_web.day, 19, 30)
        topic = {"frontend": "零基础转行前端", "data": "数据分析入门", "product": "如何转行产品经理"}[c["track"]]
        self.ev(c, t0, "tp_webinar_signup", aid, "submit", device=c["device"], channel=c["channel"],
                webinar_date=t_web.strftime("%Y-%m-%d"), webinar_topic=topic, webinar_format=fmt,
                公开课形式=WEBINAR_FMT[fmt], track=c["track"], 方向=TRACKS[c["track"]][0])
        variant = None
        if first and EXPERIMENT[0] <= t0 < EXPERIMENT[1] and c["channel"] != "referral":
            variant = "wechat_followup" if rng.random() < 0.5 else "control"
            self.exp.append(dict(experiment_id="webinar_followup", variant=variant, customer_id=c["customer_id"],
                                 assigned_at=ts(t0 + D(minutes=1))))
        attended = rng.random() < ch[2]
        if attended:
            mins = float(np.clip(rng.normal(55 if fmt == "tencent_meeting" else 32, 18), 5, 90))
            self.ev(c, t_web + D(minutes=float(rng.uniform(0, 10))), "tp_webinar_attend", aid, "attend",
                    device=c["device"], webinar_format=fmt, 公开课形式=WEBINAR_FMT[fmt], watch_minutes=round(mins),
                    track=c["track"], 方向=TRACKS[c["track"]][0])
            if fmt == "douyin_live" and rng.random() < 0.045:
                self.fb(c, t_web + D(hours=float(rng.uniform(1, 48))), ["salesy"], "social_post",
                        undated=rng.random() < 0.4, no_customer=rng.random() < 0.5, ctx=dict(platform="douyin",
                        平台="抖音", track=c["track"], 方向=TRACKS[c["track"]][0]))
            if rng.random() < 0.07:
                salesy = fmt == "douyin_live" and rng.random() < 0.45
                stars = float(pick([5, 4, 3, 2, 1], [0.30, 0.38, 0.20, 0.08, 0.04]))
                if salesy:
                    stars = float(pick([1, 2, 3], [0.45, 0.4, 0.15]))
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_web + D(hours=1.5), ["salesy"] if salesy else [], "webinar_poll", rating=stars, gen=gen,
                        tp="tp_webinar_attend", ctx=dict(track=c["track"], 方向=TRACKS[c["track"]][0]))
        p_trial = (ch[3] if attended else ch[3] * 0.3)
        if variant == "wechat_followup":
            p_trial *= 1.35
        if rng.random() > p_trial:
            return None
        city_campus = CITIES[c["city"]][2]
        campus = city_campus if (c["campus_pref"] and city_campus and
                                 (city_campus != "chengdu" or t0 >= CHENGDU_OPEN - D(days=20))) else "online"
        t_tr = max(t_web, t0) + D(days=float(rng.exponential(5) + 0.5))
        t_tr = datetime(t_tr.year, t_tr.month, t_tr.day, 14 if campus != "online" else 20, 0)
        ctx = dict(track=c["track"], 方向=TRACKS[c["track"]][0], campus=CAMPUSES[campus][1],
                   校区=CAMPUSES[campus][0], delivery_mode=CAMPUSES[campus][3], 授课方式=MODE_ZH[CAMPUSES[campus][3]])
        if not self.ev(c, t_tr, "tp_trial_class", aid, "attend", ctx,
                       channel="store" if campus != "online" else "web"):
            return None
        if rng.random() < 0.1:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.34, 0.12, 0.04]))
            self.fb(c, t_tr + D(hours=3), [], "trial_survey", rating=stars, tp="tp_trial_class", ctx=ctx,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if rng.random() > (0.88 if campus == "chengdu" else 0.74):
            return None
        t_iv = t_tr + D(days=float(rng.uniform(1, 9)))
        passed = rng.random() < EDUCATION[c["edu"]][2]
        self.ev(c, t_iv, "tp_interview", aid, "pass" if passed else "fail", ctx, channel="phone",
                interview_score=int(np.clip(rng.normal(78 if passed else 52, 8), 20, 100)),
                interview_result="pass" if passed else "fail", 面试结果="通过" if passed else "未通过")
        if not passed:
            return "failed"
        p_pay = ch[4] * (1.12 if campus == "chengdu" else 1.0)
        if rng.random() > p_pay:
            return None
        slow = rng.random() < 0.1
        t_pay = t_iv + D(days=float(rng.uniform(20, 50) if slow else rng.exponential(3) + 0.2))
        if t_pay > END:
            return None
        track = c["track"] if rng.random() < 0.92 else pick([k for k in TRACKS if k != c["track"]], [1, 1])
        self.enrol(c, t_pay, track, campus)
        return "paid"

    # ---------- one enrolment ----------
    def enrol(self, c, t_pay, track, campus):
        self.n_en += 1
        tr = TRACKS[track]
        start = cohort_start(t_pay, campus)
        cohort = f"{tr[2]}{start.strftime('%y%m')}-{CAMPUSES[campus][2]}"
        teacher = instructor(track, campus, start)
        p_inst = 0.55 + (0.15 if c["channel"] == "douyin_ads" else 0) + (0.12 if c["bg"] == "fresh_grad" else 0) \
            - (0.12 if c["channel"] == "referral" else 0) - (0.15 if campus == "chengdu" else 0)
        plan = "instalments" if rng.random() < p_inst else "full"
        price = tr[4] if campus != "online" else tr[5]
        if campus == "chengdu":
            price -= 2000
        enr = dict(id=f"EN{self.n_en:05d}", track=track, campus=campus, cohort=cohort, plan=plan, orders=[],
                   refunded=False, t_pay=t_pay, price=price, next_k=2, stop=None)
        mode = CAMPUSES[campus][3]
        common = dict(track=track, 方向=tr[0], campus=CAMPUSES[campus][1], 校区=CAMPUSES[campus][0],
                      delivery_mode=mode, 授课方式=MODE_ZH[mode], cohort=cohort, instructor=teacher,
                      讲师=INSTRUCTORS[teacher], payment_plan=plan, 付款方式=PLAN_ZH[plan])
        fbctx = dict(track=track, 方向=tr[0], campus=CAMPUSES[campus][1], 校区=CAMPUSES[campus][0], cohort=cohort,
                     instructor=teacher, 讲师=INSTRUCTORS[teacher])
        eid = enr["id"]
        first_amt = round(price * 0.95, 2) if plan == "full" else round(price / 12, 2)
        self.ev(c, t_pay, "tp_tuition_paid", eid, "success", common, amount=first_amt, list_price=price,
                cohort_start_date=start.strftime("%Y-%m-%d"), device=c["device"],
                payment_method=pick(["alipay", "wechat_pay", "bank_card"], [0.45, 0.4, 0.15]))
        c["status"] = "studying"
        if rng.random() < 0.07:
            self.fb(c, t_pay + D(days=float(rng.uniform(1, 20))), ["invoice"], "ticket", tp="tp_tuition_paid",
                    ctx=dict(track=track, 方向=tr[0], campus=CAMPUSES[campus][1], 校区=CAMPUSES[campus][0]))
        if plan == "full":
            self.order(c, t_pay, first_amt, "tuition_full", enr)
        else:
            self.order(c, t_pay, first_amt, "instalment", enr, instalment_no=1)
        zhou = teacher == "Zhou Yi"
        # ---- withdraw before the start
        if rng.random() < 0.05:
            t_rq = t_pay + D(days=float(rng.uniform(0.5, 5)))
            self.refund(c, enr, t_rq, "before_start", True, common, fbctx)
            self.instalments(c, enr)
            if t_rq <= END:
                c["status"] = "refunded"
            return
        if not self.ev(c, start, "tp_cohort_start", eid, "start", common):
            self.instalments(c, enr)
            return
        weeks = tr[3]
        dropped_week = None
        ta_bad = False
        for w in range(1, weeks + 1):
            wk0 = start + D(days=7 * (w - 1))
            if wk0 > END:
                break
            wall = w == WALL[track]
            h = 0.006 * (1.8 if plan == "instalments" else 1.0) * (3.5 if wall else 1.0)
            if zhou:
                h = 0.04 if w <= 8 else 0.012
            if track == "frontend" and w > 10:
                h *= 0.7
            if rng.random() < h:
                dropped_week = w
                break
            # TA questions
            for _ in range(int(rng.poisson(0.45 if zhou else 0.3))):
                tq = wk0 + D(hours=float(rng.uniform(0, 7 * 24)))
                weekend = tq.weekday() >= 5
                med = (150 if mode == "online" else 38) * (1.8 if weekend else 1.0)
                resp = float(rng.lognormal(np.log(med), 0.6))
                if self.ev(c, tq, "tp_mentor_qa", eid, "ask", common, response_minutes=round(resp),
                           question_topic=pick(["bug", "concept", "assignment", "career"], [0.4, 0.3, 0.25, 0.05])):
                    if resp > 360:
                        ta_bad = True
                        if rng.random() < 0.1:
                            self.fb(c, tq + D(minutes=resp + 30), ["ta_slow"], "ticket", ctx=fbctx)
            due = wk0 + D(days=6, hours=23)
            p_late = 0.10 + (0.25 if wall else 0) + (0.22 if zhou else 0)
            p_miss = 0.03 + (0.10 if wall else 0) + (0.12 if zhou else 0)
            r = rng.random()
            if r < p_miss:
                self.ev(c, due + D(minutes=1), "tp_assignment", eid, "missed", common, week_no=w, on_time=False)
            elif r < p_miss + p_late:
                self.ev(c, due + D(hours=float(rng.uniform(2, 90))), "tp_assignment", eid, "late", common, week_no=w,
                        on_time=False, score=int(np.clip(rng.normal(70 if zhou else 76, 10), 20, 100)))
            else:
                self.ev(c, due - D(hours=float(rng.uniform(1, 100))), "tp_assignment", eid, "submitted", common,
                        week_no=w, on_time=True, score=int(np.clip(rng.normal(74 if zhou else 84, 8), 20, 100)))
            if w == 4 and rng.random() < (0.8 if zhou else 0.4):
                self.review(c, wk0 + D(days=6), common, fbctx, zhou, ta_bad, teacher, mid=True)
        if dropped_week is not None:
            t_d = start + D(days=7 * (dropped_week - 1) + float(rng.uniform(0, 6)))
            if zhou and rng.random() < 0.65:
                reason = "pace"
            else:
                reason = pick(list(DROP_REASONS), [0.18, 0.34, 0.22 if plan == "instalments" else 0.08, 0.16, 0.1])
            if self.ev(c, t_d, "tp_dropout", eid, "dropout", common, week_no=dropped_week, dropout_reason=reason,
                       退学原因=DROP_REASONS[reason]):
                c["status"] = "dropped"
                if reason == "pace" and rng.random() < 0.25:
                    self.fb(c, t_d + D(days=1), ["pace"], "social_post", ctx=dict(fbctx, platform="zhihu", 平台="知乎"),
                            undated=rng.random() < 0.5, no_customer=rng.random() < 0.4)
                early = dropped_week <= 3
                if rng.random() < (0.88 if early else 0.5):
                    t_rq = t_d + D(days=float(rng.uniform(0.2, 5)))
                    ok = early or (zhou and reason == "pace" and rng.random() < 0.5) or rng.random() < 0.08
                    self.refund(c, enr, t_rq, "teaching_quality" if (zhou and reason == "pace") else "dropout", ok,
                                common, fbctx)
                    if enr["stop"] is not None:
                        c["status"] = "refunded"
            self.instalments(c, enr)
            if plan == "instalments" and enr["stop"] is None and rng.random() < 0.3:
                self.fb(c, t_d + D(days=float(rng.uniform(35, 80))), ["instalment"], "ticket", ctx=fbctx)
            return
        self.instalments(c, enr)
        t_g = start + D(days=7 * weeks + 4, hours=5)
        if not self.ev(c, t_g, "tp_graduation", eid, "graduated", common,
                       final_project_score=int(np.clip(rng.normal(72 if zhou else 83, 8), 40, 100))):
            return
        c["status"] = "graduate"
        if rng.random() < 0.5:
            self.review(c, t_g + D(days=1), common, fbctx, zhou, ta_bad, teacher, mid=False)
        if rng.random() < 0.55:
            nps = int(np.clip(round(rng.normal(8.6 - (2.6 if zhou else 0) - (1.0 if ta_bad else 0), 1.4)), 0, 10))
            topics = []
            if nps >= 9 and rng.random() < 0.4:
                topics = ["projects"]
            self.fb(c, t_g + D(days=2), topics, "graduation_survey", nps=nps, ctx=fbctx, tp="tp_graduation",
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if rng.random() < 0.19:
            self.order(c, t_g + D(days=float(rng.uniform(1, 10))), 2980, "career_addon", enr)
        # ---- careers
        coach = COACHES[campus]
        n_rev = int(pick([0, 1, 2, 3], [0.08, 0.38, 0.36, 0.18]))
        for j in range(n_rev):
            tr_ = t_g + D(days=float(3 + 10 * j + rng.uniform(0, 9)))
            if self.ev(c, tr_, "tp_resume_review", eid, "done", common, career_coach=coach[0], 就业老师=coach[1]):
                p_ch = 0.16 if campus == "shanghai" else 0.04
                if rng.random() < p_ch:
                    self.fb(c, tr_ + D(hours=4), ["career_help"], "call_note",
                            ctx=dict(fbctx, career_coach=coach[0], 就业老师=coach[1]))
        p_place = {"frontend": 0.76, "data": 0.74, "product": 0.50}[track]
        if campus == "chengdu":
            p_place *= 0.62
        if zhou:
            p_place *= 0.8
        med = {"frontend": 52, "data": 58, "product": 92}[track] * (1.35 if campus == "chengdu" else 1.0)
        days = float(rng.lognormal(np.log(med), 0.45))
        placed = rng.random() < p_place and days <= 180
        if placed:
            t_j = t_g + D(days=days)
            cityjob = c["city"] if campus == "online" else CAMPUSES[campus][1]
            mult = {"Shanghai": 1.15, "Shenzhen": 1.1, "Hangzhou": 1.02, "Guangzhou": 1.0, "Chengdu": 0.78,
                    "Other": 0.86}[cityjob]
            sal = float(rng.normal({"frontend": 11000, "data": 12500, "product": 10200}[track] * mult, 1100))
            keys, wts = PARTNER_MIX[track][1 if campus == "chengdu" else 0]
            pk = pick(keys, wts)
            if self.ev(c, t_j, "tp_job_placed", eid, "hired", common, hiring_partner=PARTNERS[pk][0],
                       合作企业=PARTNERS[pk][1], job_title=JOB_TITLE[track][1], 岗位=JOB_TITLE[track][0],
                       starting_salary=int(round(sal, -2)), job_city=cityjob, days_to_offer=round(days, 1)):
                c["status"] = "placed"
                if rng.random() < 0.16:
                    self.fb(c, t_j + D(days=float(rng.uniform(1, 20))), ["offer"] + (
                        ["career_help"] if rng.random() < 0.2 and campus == "shanghai" else []),
                        "social_post", ctx=dict(fbctx, platform="xiaohongshu", 平台="小红书"),
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
                if rng.random() < 0.28:
                    self.ev(c, t_j + D(days=float(rng.uniform(10, 90))), "tp_referral", eid, "refer", common)
        else:
            p_fj = 0.34 if campus == "chengdu" else (0.14 if track == "product" else 0.05)
            if rng.random() < p_fj:
                self.fb(c, t_g + D(days=float(rng.uniform(60, 120))), ["few_jobs"],
                        "call_note" if rng.random() < 0.6 else "social_post",
                        ctx=dict(fbctx, career_coach=coach[0], 就业老师=coach[1]), undated=False)

    def instalments(self, c, enr, until=None):
        """write the instalment orders due before `until` (all 12 when None), stopping at an approved refund."""
        if enr["plan"] != "instalments":
            return
        while enr["next_k"] <= 12:
            t = enr["t_pay"] + D(days=30 * (enr["next_k"] - 1))
            if until is not None and t >= until:
                return
            if enr.get("stop") is not None and t >= enr["stop"]:
                return
            if self.order(c, t, enr["price"] / 12, "instalment", enr, instalment_no=enr["next_k"]) is None:
                return
            enr["next_k"] += 1

    def refund(self, c, enr, t_rq, reason, ok, common, fbctx):
        eid = enr["id"]
        if not self.ev(c, t_rq, "tp_refund_request", eid, "submit", common, refund_reason=reason,
                       退费原因=REFUND_REASONS[reason]):
            return
        slow = SLOW_REFUND[0] <= t_rq < SLOW_REFUND[1]
        days = float(rng.lognormal(np.log(13 if slow else 2.8), 0.4))
        t_done = t_rq + D(days=days)
        amount = None
        if ok:                                            # every payment made up to the request is paid back
            self.instalments(c, enr, until=t_rq)
            enr["stop"] = t_rq
            amount = round(sum(o["amount"] for o in enr["orders"] if o["status"] == "paid"
                               and o["order_type"] != "career_addon"), 2)
        if self.ev(c, t_done, "tp_refund_done", eid, "approved" if ok else "rejected", common, refund_reason=reason,
                   退费原因=REFUND_REASONS[reason], resolution="approved" if ok else "rejected",
                   处理结果=RESOL["approved" if ok else "rejected"], refund_amount=amount):
            if ok:
                for o in enr["orders"]:
                    if o["status"] == "paid" and o["order_type"] != "career_addon":
                        o["status"] = "refunded"
                        o["refunded_at"] = ts(t_done)
                enr["refunded"] = True
        if days > 7 and rng.random() < 0.55:
            self.fb(c, t_rq + D(days=float(rng.uniform(7, min(days, 20)))), ["refund_slow"], "ticket", ctx=fbctx)

    def review(self, c, t, common, fbctx, zhou, ta_bad, teacher, mid):
        topics = []
        if zhou and rng.random() < 0.55:
            topics.append("pace")
        elif rng.random() < 0.03:
            topics.append("pace")
        if ta_bad and rng.random() < 0.3:
            topics.append("ta_slow")
        good = []
        if not topics:
            if rng.random() < (0.6 if teacher == "Chen Si" else 0.07):
                good.append("instructor")
            if not mid and rng.random() < 0.15:
                good.append("projects")
        stars = float(pick([5, 4, 3, 2], [0.42, 0.38, 0.14, 0.06]))
        for x in topics:
            stars -= {"pace": 2.2, "ta_slow": 1.3}[x]
        if zhou and not topics:
            stars -= 1.0
        if good:
            stars = 5.0 if rng.random() < 0.8 else 4.0
        stars = float(min(5, max(1, round(stars))))
        gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
        self.fb(c, t, topics + good, "course_review", rating=stars, ctx=dict(fbctx, review_stage="mid_course" if mid
                else "final", 评价阶段="期中评价" if mid else "结业评价"), gen=gen)

    def run(self):
        self.customers()
        for c in self.cust:
            res = self.application(c, c["signup"], True)
            if res == "failed" and rng.random() < 0.14:
                t2 = c["signup"] + D(days=float(rng.uniform(60, 130)))
                if t2 <= END:
                    self.application(c, t2, False)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            seg = c["status"]
            city_zh = CITIES[c["city"]][0]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, 学员状态=SEG_ZH[seg],
                             region=c["city"], 城市=city_zh, acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], background=c["bg"], 原行业=BACKGROUNDS[c["bg"]][0],
                             education=c["edu"], 学历=EDUCATION[c["edu"]][0], track_interest=c["track"],
                             意向方向=TRACKS[c["track"]][0], age_band=c["age"], device=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "track", "方向",
           "campus", "校区", "delivery_mode", "授课方式", "cohort", "instructor", "讲师", "payment_plan", "付款方式",
           "webinar_date", "webinar_topic", "webinar_format", "公开课形式", "watch_minutes", "interview_score",
           "interview_result", "面试结果", "amount", "list_price", "payment_method", "cohort_start_date", "week_no",
           "on_time", "score", "response_minutes", "question_topic", "dropout_reason", "退学原因",
           "final_project_score", "career_coach", "就业老师", "hiring_partner", "合作企业", "job_title", "岗位",
           "starting_salary", "job_city", "days_to_offer", "refund_reason", "退费原因", "resolution", "处理结果",
           "refund_amount"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "enrolment_id", "track", "方向", "campus", "校区", "cohort", "payment_plan", "付款方式", "instalment_no",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "platform", "平台", "track", "方向", "campus", "校区", "cohort", "instructor", "讲师", "career_coach",
           "就业老师", "review_stage", "评价阶段"]
CUST_COLS = ["customer_id", "signup_at", "segment", "学员状态", "region", "城市", "acquisition_channel", "获客渠道",
             "background", "原行业", "education", "学历", "track_interest", "意向方向", "age_band", "device",
             "preferred_language"]


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
    dup = rng.choice(len(ev), size=16, replace=False)             # the LMS webhook re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    orders = sorted(g.orders, key=lambda r: (r["ts"], r["order_id"]))
    for i, r in enumerate(orders, 1):                             # order ids in time order
        r["order_id"] = f"OD{i:06d}"
    write(out / "orders.csv", orders, ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, applications {g.n_app}, enrolments {g.n_en}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}, experiment rows {len(g.exp)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
