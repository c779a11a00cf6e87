"""码上 CodeUp: an online + offline coding bootcamp (Python 数据分析, Web 前端, Java 后端) in Beijing, Shanghai and
Chengdu. A lead comes from an ad (抖音 / 百度), the WeChat account, a referral or a free open class, books a free trial
lesson, attends it (or not), gets a call from a course consultant, enrols with a deposit, pays the tuition (in full or
in 12 monthly installments), starts a cohort, hands in weekly assignments, asks the TAs for help, presents a project
demo, graduates and (hopefully) reports a job. Some drop out, some ask for a refund. 2024-09-01 .. 2026-05-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md, plus the generator's
truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 9, 1)
END = datetime(2026, 5, 31, 22, 0, 0)
D = timedelta
N_BASE = 6300
N_DY_PUSH = 480                                                  # extra Douyin leads of the 金三银四 "0基础转行" push
DY_PUSH = (datetime(2025, 3, 3), datetime(2025, 3, 23, 22, 0))   # three weeks of Douyin ads
JAVA_FAST = (datetime(2025, 9, 1), datetime(2026, 2, 28))        # Java cohorts starting here: 16 -> 12 weeks syllabus
TA_CUT = (datetime(2025, 10, 1), datetime(2026, 1, 31, 23, 59))  # online TA team cut from 9 to 4 people
SH_PITCH = (datetime(2025, 1, 1), datetime(2025, 12, 31, 23, 59))  # Shanghai consultants pitch "包就业" (job guarantee)
STAR_TEACHER = "T07"                                             # online front-end: the mentor everyone loves
GUEST_TEACHER = "T16"                                            # one small guest cohort, everybody graduates

CITIES = [  # en, zh, code, region, weight, en-speaking share
    ("Beijing", "北京", "BJ", "华北", 0.40, 0.07),
    ("Shanghai", "上海", "SH", "华东", 0.35, 0.12),
    ("Chengdu", "成都", "CD", "西南", 0.25, 0.04),
]
CITY = {c[0]: c for c in CITIES}
COURSES = {  # key: zh, en, code, offline list price, online list price, weight
    "python": ("Python数据分析", "Python & Data Analytics", "PY", 19800, 15800, 0.38),
    "frontend": ("Web前端开发", "Front-end Web Development", "FE", 16800, 12800, 0.32),
    "java": ("Java后端开发", "Java Backend Engineering", "JV", 22800, 18800, 0.30),
}
MODE_ZH = {"online": "线上", "offline": "线下"}
TEACHERS = {  # (course, mode, city or None) -> [teacher ids]
    ("python", "online", None): ["T01", "T02"], ("python", "offline", "Beijing"): ["T03"],
    ("python", "offline", "Shanghai"): ["T04"], ("python", "offline", "Chengdu"): ["T05"],
    ("frontend", "online", None): ["T06", "T07"], ("frontend", "offline", "Beijing"): ["T08"],
    ("frontend", "offline", "Shanghai"): ["T09"], ("frontend", "offline", "Chengdu"): ["T10"],
    ("java", "online", None): ["T11", "T12"], ("java", "offline", "Beijing"): ["T13"],
    ("java", "offline", "Shanghai"): ["T14"], ("java", "offline", "Chengdu"): ["T15"],
}
TEACHER_NAME = {"T01": "李", "T02": "赵", "T03": "孙", "T04": "周", "T05": "吴", "T06": "郑", "T07": "冯", "T08": "陈",
                "T09": "褚", "T10": "何", "T11": "蒋", "T12": "沈", "T13": "韩", "T14": "杨", "T15": "朱", "T16": "秦"}
CONSULTANTS = {"Beijing": ["C01", "C02", "C03"], "Shanghai": ["C04", "C05"], "Chengdu": ["C06"]}
SOURCES = ["douyin_ads", "baidu_search", "wechat", "referral", "open_class"]
SOURCE_ZH = {"douyin_ads": "抖音广告", "baidu_search": "百度搜索", "wechat": "微信公众号", "referral": "老学员推荐",
             "open_class": "公开课"}
SOURCE_W = [0.30, 0.17, 0.20, 0.12, 0.21]
LEAD_CHANNEL = {"douyin_ads": ("ads", "app"), "baidu_search": ("ads", "web"), "wechat": ("social", "mini_program"),
                "referral": ("other", "mini_program"), "open_class": ("web", "web")}
P_BOOK = {"douyin_ads": 0.42, "baidu_search": 0.55, "wechat": 0.60, "referral": 0.80, "open_class": 0.74}
P_ATTEND = {"douyin_ads": 0.50, "baidu_search": 0.71, "wechat": 0.73, "referral": 0.90, "open_class": 0.86}
WORK = ["在读学生", "在职", "待业"]
WORK_EN = {"在读学生": "student", "在职": "employed", "待业": "unemployed"}
WORK_W = [0.24, 0.50, 0.26]
EDU = ["高中及以下", "大专", "本科", "硕士及以上"]
EDU_EN = {"高中及以下": "high_school", "大专": "associate", "本科": "bachelor", "硕士及以上": "master_plus"}
EDU_W = {"在读学生": [0.0, 0.35, 0.50, 0.15], "在职": [0.12, 0.33, 0.43, 0.12], "待业": [0.22, 0.38, 0.33, 0.07]}
EDU_MULT = {"高中及以下": 0.55, "大专": 0.90, "本科": 1.0, "硕士及以上": 1.30}
WORK_MULT = {"在读学生": 0.80, "在职": 0.90, "待业": 1.45}
SRC_MULT = {"douyin_ads": 0.80, "baidu_search": 1.0, "wechat": 1.0, "referral": 1.25, "open_class": 1.10}
P_ONLINE = {"在读学生": 0.40, "在职": 0.72, "待业": 0.33}
P_INSTALL = {"在读学生": 0.55, "在职": 0.28, "待业": 0.72}
AGE = {"在读学生": (["18-22", "23-27"], [0.8, 0.2]), "在职": (["23-27", "28-32", "33-40", "40+"], [0.35, 0.35, 0.22, 0.08]),
       "待业": (["18-22", "23-27", "28-32", "33-40", "40+"], [0.15, 0.40, 0.25, 0.15, 0.05])}
MONTH_W = {1: 0.9, 2: 0.6, 3: 1.3, 4: 1.1, 5: 1.0, 6: 1.0, 7: 1.25, 8: 1.1, 9: 1.0, 10: 0.8, 11: 1.0, 12: 0.9}
DEPOSIT = 2000
JOB_ROLE = {"python": ["数据分析师", "BI工程师", "Python开发"], "frontend": ["前端开发", "Web开发", "UI开发"],
            "java": ["Java开发", "后端开发", "测试开发"]}
DROP_REASONS = ["跟不上进度", "工作太忙", "经济原因", "个人原因", "对课程不满意", "找到工作了"]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_open_class", "免费公开课", "Free open class", "awareness", "web", "digital", "市场部",
     "公开课|直播公开课|免费讲座|open class|webinar|free workshop"),
    ("tp_lead", "线索登记", "Lead captured", "awareness", "ads", "digital", "市场部",
     "留资|线索|注册咨询|填表|新线索|lead|sign-up form|new lead|inquiry"),
    ("tp_trial_booked", "预约试听课", "Trial lesson booked", "consideration", "mini_program", "digital", "招生部",
     "约试听|预约体验课|预约试听|trial booking|booked a trial|free trial booked"),
    ("tp_trial_attended", "参加试听课", "Trial lesson attended", "consideration", "other", "physical", "教学部",
     "试听|体验课|试听到课|听了试听课|trial lesson|trial class|demo class|attended trial"),
    ("tp_consult", "课程顾问沟通", "Consultation call", "consideration", "phone", "physical", "招生部",
     "顾问电话|咨询电话|课程顾问|学习规划师|advisor call|sales call|consultation"),
    ("tp_deposit", "交定金报名", "Enrolled (deposit paid)", "purchase", "app", "digital", "招生部",
     "报名|交定金|定金|占位|签约|enrolment|enrolled|deposit|sign-up"),
    ("tp_tuition", "缴纳学费", "Tuition paid", "purchase", "app", "digital", "财务部",
     "交学费|付学费|全款|首付|学费到账|tuition|tuition payment|paid in full|first installment"),
    ("tp_installment", "分期还款", "Installment payment", "purchase", "app", "digital", "财务部",
     "分期|月供|还款|分期付款|installment|instalment|monthly payment"),
    ("tp_course_start", "开课", "Course started", "service", "other", "physical", "教学部",
     "开班|开学|正式上课|第一节课|course start|class started|first class|kick-off"),
    ("tp_assignment", "周作业提交", "Weekly assignment submitted", "service", "web", "digital", "教学部",
     "交作业|作业|周作业|作业提交|homework|assignment|weekly assignment"),
    ("tp_ta_help", "助教答疑", "TA Q&A", "service", "app", "digital", "教学部",
     "问助教|答疑|助教|提问|TA|TA question|help desk|Q&A"),
    ("tp_demo", "项目答辩", "Project demo", "service", "other", "physical", "教学部",
     "答辩|结课项目|项目展示|demo day|capstone|project demo|final project"),
    ("tp_graduate", "结业", "Graduated", "loyalty", "other", "physical", "教学部",
     "毕业|结课|拿证|graduation|graduated|completed the course"),
    ("tp_job", "就业上报", "Job placement reported", "loyalty", "other", "digital", "就业服务部",
     "就业|入职|拿到offer|找到工作|job placement|hired|got a job|placement"),
    ("tp_dropout", "退学", "Dropped out", "service", "other", "physical", "教务部",
     "退课|中途退出|退班|休学|drop-out|dropped out|quit the course"),
    ("tp_refund", "退费申请", "Refund request", "service", "app", "digital", "客服部",
     "退费|退款|申请退钱|refund|refund request|money back"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("admissions", "招生转化", "Admissions: lead to enrolment", 60,
     ["tp_lead", "tp_trial_booked", "tp_trial_attended", "tp_consult", "tp_deposit"]),
    ("enrol_to_start", "报名到开课", "Enrolment to course start", 75, ["tp_deposit", "tp_tuition", "tp_course_start"]),
    ("completion", "学习到结业", "Course completion", 150, ["tp_course_start", "tp_demo", "tp_graduate"]),
    ("placement", "结业到就业", "Graduation to job", 180, ["tp_graduate", "tp_job"]),
]

TOPICS = {  # topic: sentiment, zh templates, en templates (markers per topic are checked in gold.py)
    "too_fast": ("neg", [
        "{course}进度太快了，上一个知识点还没消化就讲下一个，完全跟不上",
        "讲得太快了，一周要学以前两周的内容，作业根本做不完",
        "节奏太快，零基础真的扛不住，建议放慢一点",
        "课程压缩得太厉害，进度太快，下班学到半夜还是做不完作业",
        "老师讲得太快了，好多知识点一带而过，只能自己回看录播",
        "第{wk}周开始明显太快了，框架和项目挤在一起讲，身边好几个同学都想退了",
    ], [
        "The pace is way too fast, we covered two frameworks in a single week.",
        "Course moves too fast for beginners, I can't keep up with the assignments.",
        "Too fast. The new schedule crams everything into a few weeks.",
    ]),
    "ta_slow": ("neg", [
        "助教回复太慢了，问个问题要等一天",
        "提问之后助教半天不回，卡住了只能干等",
        "助教回得特别慢，晚上问的第二天下午才回",
        "作业报错找助教，等了{hrs}个小时才有人理",
        "现在助教明显不够用，回复越来越慢，交了这么多钱体验很差",
    ], [
        "The TA took almost a day to answer my question.",
        "TAs are so slow to reply, I was stuck for hours on one bug.",
        "Waited {hrs} hours for a TA response. Not acceptable for what we pay.",
    ]),
    "ta_helpful": ("pos", [
        "助教回复很及时，代码问题几分钟就解决了",
        "助教很耐心，一点点帮我排查bug",
        "答疑很到位，助教还顺便讲了调试技巧",
    ], [
        "The TA was quick and helpful with my bug.",
        "Great support from the TAs, answers within minutes.",
    ]),
    "great_mentor": ("pos", [
        "带班老师讲得特别清楚，超级耐心，遇到好老师了",
        "老师很负责，每次作业都认真点评，还会单独约时间答疑",
        "老师太好了，答辩前专门帮我们把项目过了一遍",
        "遇到的讲师是真的用心，从零带到能独立做项目",
        "{teacher}老师是我见过最好的讲师，思路清晰又有耐心",
    ], [
        "Great mentor, explains everything clearly and really cares.",
        "Our teacher is amazing and so patient with beginners.",
        "Best instructor I've had, reviewed every assignment in detail.",
    ]),
    "practical": ("pos", [
        "项目实战很有用，做完能直接写进简历",
        "课程内容很实用，跟实际工作接轨",
        "案例都是真实业务场景，学完感觉能上手干活了",
    ], [
        "The hands-on projects were really useful for my portfolio.",
        "Practical content, close to what companies actually use.",
    ]),
    "course_neutral": ("neu", [
        "上课时间能不能调整到晚上八点以后",
        "希望录播能早点上传",
        "教室空调有点冷，其他还好",
        "作业平台有时候有点卡，希望优化一下",
    ], [
        "Could the recordings be uploaded sooner?",
        "Would prefer classes to start a bit later in the evening.",
    ]),
    "trial_good": ("pos", [
        "试听课挺好的，老师讲得清楚，环境也不错",
        "试听体验不错，内容比想象中有干货",
        "体验课听下来感觉挺适合我的",
    ], [
        "The trial lesson was good, a clear and friendly intro.",
        "Enjoyed the trial class, learned something useful in an hour.",
    ]),
    "ad_mismatch": ("neg", [
        "抖音广告说零基础三个月月入过万，试听完感觉完全不是一回事",
        "广告和实际不一样，试听课一半时间在推销",
        "刷到广告来的，结果试听就是个销售会，很失望",
    ], [
        "The ad made it sound easy, the trial was basically a sales pitch.",
        "Nothing like the video ad, half of the trial was selling.",
    ]),
    "price_high": ("neg", [
        "学费太贵了，{price}块，再考虑一下",
        "价格有点高，能不能有优惠",
        "对比了几家，这边学费偏贵",
    ], [
        "Tuition is too expensive for me right now.",
        "Price is high compared with other bootcamps.",
    ]),
    "consult_neutral": ("neu", [
        "顾问介绍得挺详细，回去和家里商量一下",
        "想了解一下线上班和线下班的区别，顾问说会发资料",
        "问了开班时间，下个月再决定",
    ], [
        "Consultant explained the options, I'll think about it.",
        "Asked about online vs offline classes, waiting for the brochure.",
    ]),
    "job_promise": ("neg", [
        "报名时顾问说包就业，结业三个月了一个内推都没有",
        "承诺的就业保障根本没兑现，简历投了一百多份",
        "当初说保就业才报的名，现在改口说只是推荐面试",
        "就业服务就是发几个招聘链接，承诺的内推呢？",
        "顾问拍胸脯说包就业，结果就业老师说市场不好让我自己投",
    ], [
        "They promised job placement when I signed up. Three months later, nothing.",
        "The job guarantee was a lie, career services just forward job ads.",
        "Was promised referrals to partner companies, never got a single one.",
    ]),
    "job_found": ("pos", [
        "结业一个多月拿到offer了，感谢就业老师帮我改简历",
        "面了五家拿了两个offer，模拟面试很有帮助",
        "顺利入职{role}，转行成功！",
    ], [
        "Got an offer five weeks after graduating, thanks to the career team!",
        "Mock interviews really helped, I start my new job next month.",
    ]),
    "refund_dispute": ("neg", [
        "申请退费两周了还没到账，客服一直说在走流程",
        "退学了分期还在扣，退费申请被拒",
        "退费要扣一大笔手续费，报名时可没说",
        "开课第二周就申请退款，到现在没消息",
        "退费规则前后说法不一致，打了好几次电话都没解决",
    ], [
        "Refund request stuck for weeks and nobody answers.",
        "I dropped out but the loan keeps charging me, refund denied.",
        "They deducted a huge fee from my refund that was never mentioned.",
    ]),
    "refund_ok": ("neu", [
        "钱三天就原路返回了，处理得还算快",
        "客服态度不错，流程清楚，已经到账",
    ], [
        "Money was returned within three days, smooth process.",
    ]),
}
TAILS = {  # neutral endings so the same template does not repeat verbatim (no topic markers in them)
    "zh": {"pos": ["", "", "", "，推荐！", "，五星", "，值得", "，好评"],
           "neg": ["", "", "", "，希望改进", "，很失望", "。", "，真的无语"], "neu": ["", "", "。", "，谢谢"]},
    "en": {"pos": ["", "", " Recommended.", " 5 stars."], "neg": ["", "", " Please fix this.", " Disappointed."],
           "neu": ["", "", " Thanks."]},
}
TOPIC_RATING = {"pos": ([4, 5], [0.35, 0.65]), "neu": ([3, 4], [0.6, 0.4]), "neg": ([1, 2, 3], [0.45, 0.4, 0.15])}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def r(self) -> float:
        return float(self.rng.random())

    def choice(self, items, w=None):
        if w is not None:
            w = np.asarray(w, dtype=float)
            w = w / w.sum()
        return items[int(self.rng.choice(len(items), p=w))]

    def at(self, day: datetime, lo=9, hi=21) -> datetime:
        return datetime(day.year, day.month, day.day) + D(hours=float(self.rng.uniform(lo, hi)))

    # ---------- rows ----------
    def course_cols(self, c, mode=None):
        k = COURSES[c["course_key"]]
        mode = mode or c["mode"]
        return dict(course=k[0], course_en=k[1], class_mode=MODE_ZH[mode], class_mode_en=mode, city=c["city"])

    def event(self, c, ts, tp, action, channel, device=None, session=False, **extra):
        if ts > END:
            return None
        self.n_ev += 1
        sid = None
        if session:
            self.n_sess += 1
            sid = f"S{self.n_sess:06d}"
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   session_id=sid, action=action, device=device, channel=channel, **self.course_cols(c))
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, c, ts, amount, otype, status="paid", **extra):
        if ts > END:
            return None
        self.n_ord += 1
        zh = {"deposit": "定金", "tuition_full": "全款学费", "installment": "分期还款"}[otype]
        channel = "loan_partner" if otype == "installment" else ("store" if c["mode"] == "offline" and
                                                                  self.r() < 0.4 else "app")
        pm = ("installment_loan" if otype == "installment" else
              self.choice(["wechat_pay", "alipay", "bank_transfer"], [0.5, 0.35, 0.15]))
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                   status=status, channel=channel, device=c["device"] if channel == "app" else None,
                   order_type=otype, order_type_zh=zh, **self.course_cols(c), cohort_id=c.get("cohort_id"),
                   payment_method=pm, list_price=c["price"])
        row.update(extra)
        self.orders.append(row)
        return row

    def fb(self, ts, topic, lang, channel, tp, c=None, rating=None, nps=None, teacher_id=None, **fmt):
        if ts is not None and ts > END:
            return
        sent, zh, en = TOPICS[topic]
        text = self.choice(zh if lang == "zh" else en)
        text = text.format(**{k: v for k, v in fmt.items()}) if "{" in text else text
        text += self.choice(TAILS[lang][sent])
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None,
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang)
        if c:
            row.update(self.course_cols(c))
            row["teacher_id"] = teacher_id
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))

    def rating_for(self, topic):
        vals, w = TOPIC_RATING[TOPICS[topic][0]]
        return self.choice(vals, w)

    def nps_for(self, rating):
        base = {1: 2, 2: 4, 3: 6, 4: 8, 5: 9}[rating]
        return int(min(10, max(0, base + self.rng.integers(-1, 2))))

    # ---------- people ----------
    def lead_time(self, push: bool) -> datetime:
        if push:
            span = (DY_PUSH[1] - DY_PUSH[0]).total_seconds()
            return DY_PUSH[0] + D(seconds=float(self.rng.uniform(0, span)))
        last = END - D(days=2)
        days = (last - START).days
        while True:
            d = START + D(days=int(self.rng.integers(0, days)))
            growth = 0.85 + 0.3 * (d - START).days / days
            if self.r() < MONTH_W[d.month] * growth / 1.5:
                return self.at(d, 8, 23)

    def new_customer(self, i: int, push: bool) -> dict:
        city = self.choice(CITIES, [c[4] for c in CITIES])
        work = self.choice(WORK, WORK_W)
        edu = self.choice(EDU, EDU_W[work])
        src = "douyin_ads" if push else self.choice(SOURCES, SOURCE_W)
        w = [COURSES[k][5] for k in COURSES]
        if edu == "高中及以下":
            w = [0.2, 0.55, 0.25]
        elif edu == "硕士及以上":
            w = [0.55, 0.15, 0.30]
        ck = self.choice(list(COURSES), w)
        mode = "online" if self.r() < P_ONLINE[work] else "offline"
        ages, aw = AGE[work]
        lang = "en" if self.r() < city[5] else "zh"
        c = dict(customer_id=f"CU{i:05d}", signup_at=self.lead_time(push), segment="lead", region=city[3],
                 acquisition_channel=src, lead_source_zh=SOURCE_ZH[src], city=city[0], city_zh=city[1],
                 education=edu, education_en=EDU_EN[edu], work_status=work, work_status_en=WORK_EN[work],
                 age_band=self.choice(ages, aw), gender=self.choice(["F", "M"], [0.42, 0.58]), language=lang,
                 course_key=ck, mode=mode, device=self.choice(["ios", "android", "pc"], [0.45, 0.35, 0.20]))
        c["price"] = COURSES[ck][3] if mode == "offline" else COURSES[ck][4]
        c["course_interest"] = COURSES[ck][0]
        c["course_interest_en"] = COURSES[ck][1]
        c["preferred_mode"] = MODE_ZH[mode]
        c["preferred_mode_en"] = mode
        return c

    def cohort(self, c, after: datetime):
        d = datetime(after.year, after.month, 1)
        while True:
            first_monday = d + D(days=(7 - d.weekday()) % 7)
            if first_monday >= after:
                break
            d = datetime(d.year + (d.month == 12), d.month % 12 + 1, 1)
        key = (c["course_key"], c["mode"], None if c["mode"] == "online" else c["city"])
        teachers = TEACHERS[key]
        teacher = teachers[(first_monday.month + first_monday.year) % len(teachers)]
        place = "ON" if c["mode"] == "online" else CITY[c["city"]][2]
        if (c["course_key"], c["mode"], c["city"]) == ("python", "offline", "Shanghai") and \
                first_monday.strftime("%Y-%m") in ("2025-05", "2025-06"):
            teacher = GUEST_TEACHER
        return first_monday + D(hours=19), f"{COURSES[c['course_key']][2]}{first_monday:%y%m}-{place}", teacher

    def survey_lang(self, c):
        return c["language"] if self.r() < 0.9 else ("zh" if c["language"] == "en" else "en")

    # ---------- the journey of one customer ----------
    def run(self, c):
        t = c["signup_at"]
        src = c["acquisition_channel"]
        ch, dev_kind = LEAD_CHANNEL[src]
        dev = c["device"] if dev_kind != "web" else self.choice([c["device"], "pc"], [0.4, 0.6])
        if src == "open_class":
            self.event(c, t - D(minutes=float(self.rng.uniform(30, 90))), "tp_open_class", "view", "web", dev,
                       session=True, campaign_id=None)
        camp = "DY_ZERO2OFFER_2503" if DY_PUSH[0] <= t <= DY_PUSH[1] and src == "douyin_ads" else None
        self.event(c, t, "tp_lead", "submit", ch, dev, session=True, campaign_id=camp, lead_source_zh=c["lead_source_zh"])
        # trial booking
        if self.r() >= P_BOOK[src]:
            return
        tb = t + D(days=float(self.rng.exponential(3.0)) + 0.05)
        trial_at = self.at(tb + D(days=int(self.rng.integers(2, 9))), 10, 20)
        p_att = P_ATTEND[src] * (0.85 if camp else 1.0)
        if trial_at > END:
            status = "scheduled"
        elif self.r() < p_att:
            status = "attended"
        else:
            status = self.choice(["no_show", "cancelled"], [0.75, 0.25])
        if self.event(c, tb, "tp_trial_booked", "submit", "mini_program", c["device"], session=True,
                      trial_at=trial_at, trial_status=status) is None:
            return
        c["segment"] = "trial"
        if status != "attended":
            return
        tm = "app" if c["mode"] == "online" else "store"
        self.event(c, trial_at, "tp_trial_attended", "success", tm)
        if self.r() < 0.33:
            lang = self.survey_lang(c)
            topic = "ad_mismatch" if (src == "douyin_ads" and self.r() < 0.45) else (
                self.choice(["trial_good", "course_neutral"], [0.8, 0.2]) if self.r() < 0.85 else "ad_mismatch")
            if topic == "course_neutral":
                topic = "trial_good"
            self.fb(trial_at + D(hours=float(self.rng.uniform(1, 30))), topic, lang, "survey", "tp_trial_attended",
                    c, rating=self.rating_for(topic))
        # consultation call
        if self.r() >= 0.9:
            return
        tc = trial_at + D(days=float(self.rng.uniform(0.1, 4)))
        consultant = self.choice(CONSULTANTS[c["city"]])
        if self.event(c, tc, "tp_consult", "success", "phone", consultant_id=consultant,
                      call_minutes=int(self.rng.integers(8, 46))) is None:
            return
        pitched = c["city"] == "Shanghai" and SH_PITCH[0] <= tc <= SH_PITCH[1]
        p_dep = 0.42 * EDU_MULT[c["education"]] * WORK_MULT[c["work_status"]] * SRC_MULT[src]
        if pitched:
            p_dep *= 1.45
        p_dep = min(p_dep, 0.92)
        c["pitched"] = pitched
        if self.r() >= p_dep:
            if self.r() < 0.14:
                lang = self.survey_lang(c)
                topic = self.choice(["price_high", "consult_neutral"], [0.6, 0.4])
                self.fb(tc + D(minutes=float(self.rng.uniform(5, 60))), topic, lang, "call_note", "tp_consult", c,
                        price=c["price"])
            return
        td = tc + D(days=min(45.0, float(self.rng.exponential(5.0)) + 0.3))
        start, cohort_id, teacher = self.cohort(c, td + D(days=10))
        c["cohort_id"] = cohort_id
        if self.event(c, td, "tp_deposit", "success", "app", c["device"], session=True, cohort_id=cohort_id,
                      consultant_id=consultant) is None:
            return
        c["segment"] = "enrolled"
        dep = self.order(c, td, DEPOSIT, "deposit")
        # tuition or deposit refund
        if self.r() < (0.06 if not pitched else 0.04):
            tr = td + D(days=float(self.rng.uniform(3, 20)))
            if self.event(c, tr, "tp_refund", "submit", "app", c["device"], cohort_id=cohort_id,
                          refund_status="approved", refund_amount=DEPOSIT, refund_stage="before_start") is not None:
                dep["status"] = "refunded"
                dep["refunded_at"] = tr + D(days=float(self.rng.uniform(2, 10)))
                dep["refund_reason"] = self.choice(["改变计划", "经济原因", "选择了其他机构", "时间冲突"])
                c["segment"] = "refunded"
                if self.r() < 0.25:
                    self.fb(tr + D(days=3), self.choice(["refund_ok", "refund_dispute"], [0.6, 0.4]),
                            self.survey_lang(c), "ticket", "tp_refund", c, rating=None)
            return
        tt = td + D(days=float(self.rng.uniform(1, max(1.5, (start - td).days - 1))))
        inst = self.r() < P_INSTALL[c["work_status"]]
        rest = c["price"] - DEPOSIT
        plan = "installment" if inst else "full"
        if self.event(c, tt, "tp_tuition", "success", "app", c["device"], session=True, cohort_id=cohort_id,
                      payment_plan=plan, installment_no=1 if inst else None) is None:
            return
        pays = []
        if inst:
            per = round(rest / 12, 2)
            pays.append(self.order(c, tt, per, "installment", installment_no=1, installment_total=12))
        else:
            pays.append(self.order(c, tt, rest, "tuition_full"))
        c["inst"], c["tt"] = inst, tt
        if start > END:
            return
        c["segment"] = "studying"
        fast = c["course_key"] == "java" and JAVA_FAST[0] <= start <= JAVA_FAST[1]
        weeks = 12 if fast else 16
        self.event(c, start, "tp_course_start", "success", "app" if c["mode"] == "online" else "store",
                   cohort_id=cohort_id, teacher_id=teacher, course_weeks=weeks)
        # weekly course
        h = 0.006 if not fast else 0.032
        if c["education"] == "高中及以下":
            h *= 1.6
        if c["work_status"] == "在职":
            h *= 1.2
        if teacher == STAR_TEACHER:
            h *= 0.35
        if teacher == GUEST_TEACHER:
            h = 0.0
        p_sub = 0.90 if not fast else 0.72
        if teacher == STAR_TEACHER:
            p_sub = 0.96
        dropped = None
        n_ta = int(self.rng.poisson(1.9 * weeks / 16))
        ta_weeks = sorted(int(x) for x in self.rng.integers(1, weeks + 1, n_ta))
        for wk in range(1, weeks + 1):
            wk0 = start + D(days=7 * (wk - 1))
            if self.r() < h:
                dropped = wk
                break
            if self.r() < p_sub:
                self.event(c, self.at(wk0 + D(days=int(self.rng.integers(2, 7))), 8, 24), "tp_assignment", "submit",
                           "web", self.choice([c["device"], "pc"], [0.3, 0.7]), cohort_id=cohort_id,
                           teacher_id=teacher, week_no=wk,
                           score=int(np.clip(self.rng.normal(84 if teacher == STAR_TEACHER else 78, 9), 30, 100)))
            for _ in range(ta_weeks.count(wk)):
                ts = self.at(wk0 + D(days=int(self.rng.integers(0, 7))), 9, 23)
                online = c["mode"] == "online"
                med = 2.5 if not online else (21.0 if TA_CUT[0] <= ts <= TA_CUT[1] else 3.5)
                hrs = round(float(np.clip(self.rng.lognormal(np.log(med), 0.5), 0.1, 96)), 1)
                if self.event(c, ts, "tp_ta_help", "submit", "app", c["device"], cohort_id=cohort_id,
                              teacher_id=teacher, week_no=wk, ta_response_hours=hrs) is not None and self.r() < 0.28:
                    slow = hrs > 10
                    topic = ("ta_slow" if self.r() < 0.85 else "ta_helpful") if slow else (
                        "ta_helpful" if self.r() < 0.8 else "ta_slow")
                    self.fb(ts + D(hours=hrs + float(self.rng.uniform(0.2, 6))), topic, self.survey_lang(c), "ticket",
                            "tp_ta_help", c, rating=self.rating_for(topic), teacher_id=teacher, hrs=int(hrs))
            if wk == 4 and self.r() < 0.6:
                self.course_survey(c, self.at(wk0 + D(days=int(self.rng.integers(4, 7))), 12, 23), "tp_assignment",
                                   teacher, fast, wk)
            if start + D(days=7 * wk) > END:
                return
        if dropped:
            tdo = self.at(start + D(days=7 * (dropped - 1) + int(self.rng.integers(0, 7))), 9, 21)
            reason = "跟不上进度" if fast and self.r() < 0.6 else self.choice(DROP_REASONS)
            if self.event(c, tdo, "tp_dropout", "fail", "other", cohort_id=cohort_id, teacher_id=teacher,
                          week_no=dropped, dropout_reason=reason) is None:
                return
            c["segment"] = "dropped_out"
            if fast and self.r() < 0.5:
                self.course_survey(c, tdo + D(hours=3), "tp_assignment", teacher, fast, dropped, force="too_fast")
            early = dropped <= 3
            if early or self.r() < 0.3:
                trq = tdo + D(days=float(self.rng.uniform(0.2, 4)))
                status = "approved" if early else "rejected"
                ev = self.event(c, trq, "tp_refund", "submit", "app", c["device"], cohort_id=cohort_id,
                                refund_status=status, refund_stage="after_start",
                                refund_amount=round(sum(o["amount"] for o in pays if o), 2) if early else 0)
                if ev is None:
                    return
                if early:
                    c["inst_stop"] = tdo
                    c["refund_at"] = trq
                    for o in pays:
                        if o:
                            o["status"] = "refunded"
                            o["refunded_at"] = trq + D(days=float(self.rng.uniform(3, 25)))
                            o["refund_reason"] = "开课三周内退学"
                    c["segment"] = "refunded"
                p_disp = 0.85 if (inst or not early) else 0.35
                if self.r() < 0.6:
                    topic = "refund_dispute" if self.r() < p_disp else "refund_ok"
                    self.fb(trq + D(days=float(self.rng.uniform(5, 20))), topic, self.survey_lang(c), "ticket",
                            "tp_refund", c, rating=self.rating_for(topic))
                if early:
                    return
            return
        # demo and graduation
        tdemo = self.at(start + D(days=7 * weeks - 2), 13, 18)
        if self.r() >= (0.97 if teacher != GUEST_TEACHER else 1.0):
            return
        score = int(np.clip(self.rng.normal(79 + (7 if teacher == STAR_TEACHER else 0) - (5 if fast else 0)
                                            + (10 if teacher == GUEST_TEACHER else 0), 8), 40, 100))
        if self.event(c, tdemo, "tp_demo", "success", "store" if c["mode"] == "offline" else "app",
                      cohort_id=cohort_id, teacher_id=teacher, demo_score=score) is None:
            return
        if self.r() < 0.7:
            self.course_survey(c, tdemo + D(hours=float(self.rng.uniform(2, 48))), "tp_demo", teacher, fast, weeks,
                               nps=True)
        if score < 60:
            return
        tg = self.at(tdemo + D(days=int(self.rng.integers(3, 8))), 10, 17)
        if self.event(c, tg, "tp_graduate", "success", "other", cohort_id=cohort_id, teacher_id=teacher) is None:
            return
        c["segment"] = "graduated"
        # job placement
        sh_bad = c["city"] == "Shanghai" and tg >= datetime(2025, 7, 1)
        p_job = {"python": 0.70, "frontend": 0.62, "java": 0.80}[c["course_key"]]
        if sh_bad:
            p_job = 0.40
        if c["education"] == "高中及以下":
            p_job -= 0.12
        mean = {"python": 50, "frontend": 62, "java": 38}[c["course_key"]]
        if self.r() < p_job:
            tj = self.at(tg + D(days=float(self.rng.gamma(2.5, mean / 2.5)) + 5), 9, 20)
            if tj <= tg + D(days=175) and self.event(c, tj, "tp_job", "success", "other", cohort_id=cohort_id,
                                                      job_role=self.choice(JOB_ROLE[c["course_key"]]),
                                                      employer_city=c["city"]) is not None:
                c["segment"] = "placed"
                if self.r() < 0.3:
                    self.fb(tj + D(days=float(self.rng.uniform(1, 10))), "job_found", self.survey_lang(c), "survey",
                            "tp_job", c, rating=self.rating_for("job_found"), role=self.choice(JOB_ROLE[c["course_key"]]))
                return
        # no job (yet) 90 days after graduation
        p_c = 0.55 if (sh_bad or c.get("pitched")) else 0.18
        if self.r() < p_c:
            self.fb(tg + D(days=float(self.rng.uniform(85, 120))), "job_promise", self.survey_lang(c),
                    self.choice(["survey", "ticket"], [0.4, 0.6]), "tp_job", c, rating=self.rating_for("job_promise"))

    def installments(self, c):
        """Monthly installments 2..12 after the first; an early drop-out (refund approved) stops them and the ones
        already charged are refunded; a late drop-out keeps paying the loan."""
        per = round((c["price"] - DEPOSIT) / 12, 2)
        stop = c.get("inst_stop")
        for k in range(2, 13):
            ts = c["tt"] + D(days=30 * (k - 1), hours=float(self.rng.uniform(-2, 2)))
            if ts > END or (stop is not None and ts > stop):
                break
            self.event(c, ts, "tp_installment", "success", "app", c["device"], cohort_id=c["cohort_id"],
                       installment_no=k)
            o = self.order(c, ts, per, "installment", installment_no=k, installment_total=12)
            if stop is not None:
                o.update(status="refunded", refunded_at=c["refund_at"] + D(days=float(self.rng.uniform(3, 25))),
                         refund_reason="开课三周内退学")

    def course_survey(self, c, ts, tp, teacher, fast, wk, nps=False, force=None):
        lang = self.survey_lang(c)
        if force:
            topic = force
        else:
            w = {"too_fast": 0.08, "great_mentor": 0.08, "practical": 0.30, "course_neutral": 0.27, "ta_slow": 0.05}
            if fast:
                w["too_fast"] = 0.55
            if teacher == STAR_TEACHER:
                w["great_mentor"] = 1.50
            if teacher == GUEST_TEACHER:
                w["great_mentor"] = 0.45
            if c["mode"] == "online" and TA_CUT[0] <= ts <= TA_CUT[1]:
                w["ta_slow"] = 0.30
            topic = self.choice(list(w), list(w.values()))
        rating = self.rating_for(topic)
        self.fb(ts, topic, lang, "survey", tp, c, rating=rating, nps=self.nps_for(rating) if nps else None,
                teacher_id=teacher, teacher=TEACHER_NAME[teacher], course=COURSES[c["course_key"]][0] if lang == "zh" else "",
                wk=wk,
                hrs=int(self.rng.integers(15, 30)))

    def public_reviews(self):
        topics = ["job_promise", "too_fast", "great_mentor", "refund_dispute", "practical", "ad_mismatch",
                  "ta_slow", "job_found"]
        tw = [0.22, 0.14, 0.16, 0.12, 0.12, 0.10, 0.06, 0.08]
        tp_of = {"job_promise": "tp_job", "too_fast": "tp_assignment", "great_mentor": "tp_demo",
                 "refund_dispute": "tp_refund", "practical": "tp_demo", "ad_mismatch": "tp_trial_attended",
                 "ta_slow": "tp_ta_help", "job_found": "tp_job"}
        for i in range(260):
            topic = self.choice(topics, tw)
            lang = "zh" if self.r() < 0.85 else "en"
            ts = None
            if self.r() > 0.25:
                ts = self.at(START + D(days=int(self.rng.integers(30, (END - START).days - 1))), 8, 23)
            self.fb(ts, topic, lang, self.choice(["xiaohongshu", "zhihu"], [0.6, 0.4]), tp_of[topic], None,
                    rating=self.rating_for(topic), course="课程", teacher="王", wk=6, hrs=20, role="开发",
                    price=19800)

    def build(self):
        people = [False] * N_BASE + [True] * N_DY_PUSH
        cust = [self.new_customer(i + 1, p) for i, p in enumerate(people)]
        cust.sort(key=lambda c: c["signup_at"])
        for i, c in enumerate(cust, 1):
            c["customer_id"] = f"CU{i:05d}"
            self.run(c)
            if c.get("inst"):
                self.installments(c)
        self.customers = cust
        self.public_reviews()


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.build()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "lead_source_zh", "city", "city_zh",
           "education", "education_en", "work_status", "work_status_en", "age_band", "gender", "language",
           "course_interest", "course_interest_en", "preferred_mode", "preferred_mode_en"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", ev,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "course",
           "course_en", "class_mode", "class_mode_en", "city", "cohort_id", "teacher_id", "consultant_id",
           "call_minutes", "campaign_id", "lead_source_zh", "trial_at", "trial_status", "payment_plan",
           "installment_no", "course_weeks", "week_no", "score", "ta_response_hours", "demo_score", "dropout_reason",
           "refund_status", "refund_stage", "refund_amount", "job_role", "employer_city"])
    write(out / "orders.csv", sorted(g.orders, key=lambda o: o["order_id"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "course", "course_en", "class_mode", "class_mode_en", "city", "cohort_id", "payment_method", "list_price",
           "installment_no", "installment_total", "refunded_at", "refund_reason"])
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "course", "course_en", "class_mode", "class_mode_en", "city", "teacher_id"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)} ({sum(f['ts'] is None for f in g.feedback)} without ts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
