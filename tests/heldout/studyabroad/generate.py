"""启航留学 SetSail: a study-abroad consultancy (留学中介) with five branches (Beijing, Shanghai, Guangzhou, Wuhan and
Chengdu, the last opened 2025-07-01) that turns leads into signed service packages and takes students through school
applications, offers, visas and pre-departure.

A student (or a parent) leaves their details (留资: Xiaohongshu note, Baidu search, WeChat official account, an
education fair, a former student's referral, a campus talk), books a free consultation (免费咨询, online video or in the
office), gets a profile assessment (背景评估 / 选校报告), signs a service package (标准申请 standard, 精英申请 premium,
名校冲刺 top-school sprint with a no-offer refund guarantee, 签证单办 visa only) and pays a deposit (定金) then the
balance (尾款). The counsellor's team finalises the essays (文书定稿), submits the school applications, the schools send
offers or rejections, the student accepts an offer (确认入读), files the student visa (递签), gets the decision (下签 /
拒签) and attends the pre-departure briefing (行前说明会). Refund requests (退费申请) are decided by the branch;
students rate their counsellor (顾问评价) at milestones.

The extract covers 2025-01-01 .. 2026-07-31 (taken at the start of August 2026) for events and feedback. Students who
left their details in H2 2024 are in `customers` (signup_at in 2024) and their orders are in `orders` (the order system
export is complete since the CRM went live in July 2024), but their 2024 events are not in the extract.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261230), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261230
rng = np.random.default_rng(SEED)
D = timedelta
LEAD_START = datetime(2024, 7, 1)                 # first leads (their 2024 events are outside the extract)
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_LEAD = 16000
CD_OPEN = datetime(2025, 7, 1)                    # Chengdu Hi-Tech branch opens
US_BACKLOG = (datetime(2025, 6, 1), datetime(2025, 9, 1))   # US visa interview backlog (visas filed Jun-Aug 2025)
AU_GS = (datetime(2026, 1, 1), datetime(2026, 8, 1))        # Australia tightens the Genuine Student check

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "留资登记", "Lead captured", "awareness", "social", "digital", "marketing",
     "留资|留电话|咨询登记|线索|获客|lead|enquiry|inquiry|sign-up form"),
    ("tp_consult_book", "预约免费咨询", "Free consultation booked", "consideration", "mini_program", "digital", "sales",
     "预约咨询|约顾问|预约免费咨询|book consultation|consultation booking"),
    ("tp_free_consult", "免费咨询", "Free consultation", "consideration", "store", "physical", "sales",
     "免费咨询|初次咨询|面谈|到访|free consultation|first consultation|consult"),
    ("tp_assessment", "背景评估", "Profile assessment", "consideration", "email", "digital", "consulting",
     "背景评估|选校评估|选校报告|定位|profile assessment|school list|evaluation"),
    ("tp_contract", "签约", "Contract signed", "purchase", "store", "physical", "sales",
     "签约|签合同|成单|买套餐|contract|signed|sign-up|package"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|首付款|deposit|down payment"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|余款|付清|balance|final payment|remaining fee"),
    ("tp_essay", "文书定稿", "Essays finalised", "service", "other", "digital", "consulting",
     "文书|PS|个人陈述|推荐信|材料准备|essays|personal statement|SOP|documents"),
    ("tp_app_submit", "递交申请", "Application submitted", "service", "web", "digital", "consulting",
     "递交申请|网申|提交申请|application submitted|applied|submission"),
    ("tp_app_result", "申请结果", "Admission decision", "service", "email", "digital", "consulting",
     "录取|offer|拒信|结果|admission decision|offer|rejection|result"),
    ("tp_offer_accept", "确认入读", "Offer accepted", "service", "web", "digital", "consulting",
     "确认入读|接受offer|交留位费|accept offer|enrol|firm choice"),
    ("tp_visa_file", "递交签证", "Visa filed", "service", "other", "physical", "visa",
     "递签|办签证|签证申请|面签|visa application|visa filing|visa interview"),
    ("tp_visa_result", "签证结果", "Visa decision", "service", "other", "physical", "visa",
     "下签|出签|拒签|签证结果|visa granted|visa refused|visa decision"),
    ("tp_predeparture", "行前说明会", "Pre-departure briefing", "loyalty", "store", "physical", "student_services",
     "行前|行前说明会|行前讲座|出国前|pre-departure|briefing|orientation"),
    ("tp_refund_request", "退费申请", "Refund requested", "service", "phone", "digital", "customer_service",
     "退费|退款申请|要求退钱|refund request|ask for refund"),
    ("tp_refund", "退费处理", "Refund decision", "service", "mini_program", "digital", "finance",
     "退费结果|退款到账|退费审批|refund decision|refund paid|refund rejected"),
    ("tp_rate", "顾问评价", "Counsellor rating", "loyalty", "mini_program", "digital", "quality",
     "评价|打分|顾问评分|rate|rating|review|stars|counsellor rating"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("signup", "签约转化", "Lead to contract",
     ["tp_lead", "tp_consult_book", "tp_free_consult", "tp_assessment", "tp_contract"], 60),
    ("payment", "签约付款", "Contract payment", ["tp_contract", "tp_deposit", "tp_balance"], 60),
    ("application", "申请季", "Applications", ["tp_app_submit", "tp_app_result", "tp_offer_accept"], 180),
    ("visa", "签证出行", "Visa and departure", ["tp_visa_file", "tp_visa_result", "tp_predeparture"], 90),
    ("refund", "退费", "Refund", ["tp_refund_request", "tp_refund"], 30),
]
BRANCHES = [  # id, city, zh, en, opened
    ("B01", "Beijing", "北京朝阳分公司", "Beijing Chaoyang", None),
    ("B02", "Shanghai", "上海静安分公司", "Shanghai Jing'an", None),
    ("B03", "Guangzhou", "广州天河分公司", "Guangzhou Tianhe", None),
    ("B04", "Wuhan", "武汉光谷分公司", "Wuhan Optics Valley", None),
    ("B05", "Chengdu", "成都高新分公司", "Chengdu Hi-Tech", CD_OPEN),
]
BR = {b[0]: b for b in BRANCHES}
CITY_BRANCH = {"Beijing": "B01", "Shanghai": "B02", "Guangzhou": "B03", "Wuhan": "B04", "Chengdu": "B05"}
CITIES = {"Beijing": ("北京", 0.25), "Shanghai": ("上海", 0.31), "Guangzhou": ("广州", 0.19), "Wuhan": ("武汉", 0.11),
          "Chengdu": ("成都", 0.14)}
COUNS = [  # id, branch, zh, en, base stars, sign factor, weight
    ("K01", "B01", "张伟", "Zhang Wei", 4.15, 1.0, 1.0),
    ("K02", "B01", "刘洋", "Liu Yang", 4.05, 1.0, 1.0),
    ("K03", "B01", "陈静", "Chen Jing", 4.2, 1.0, 0.9),
    ("K04", "B02", "李婧", "Li Jing", 4.75, 1.45, 1.0),
    ("K05", "B02", "王磊", "Wang Lei", 4.05, 1.0, 1.0),
    ("K06", "B02", "赵敏", "Zhao Min", 4.1, 1.0, 1.0),
    ("K07", "B03", "黄志强", "Huang Zhiqiang", 3.95, 1.0, 1.0),
    ("K08", "B03", "林晓", "Lin Xiao", 4.05, 1.0, 1.0),
    ("K09", "B04", "周涛", "Zhou Tao", 4.15, 1.0, 1.0),
    ("K10", "B04", "吴芳", "Wu Fang", 4.05, 1.0, 1.0),
    ("K11", "B05", "杨帆", "Yang Fan", 3.6, 0.9, 1.0),
    ("K12", "B05", "何雪", "He Xue", 2.9, 0.85, 1.0),
]
KC = {k[0]: k for k in COUNS}
CHANNELS = {  # en: zh, weight, p(book | lead), p(show) factor, p(sign | assessment)
    "xiaohongshu": ("小红书", 0.27, 0.55, 0.78, 0.44),
    "baidu": ("百度搜索", 0.17, 0.58, 1.0, 0.46),
    "wechat": ("微信公众号", 0.15, 0.62, 1.0, 0.50),
    "edu_fair": ("留学展会", 0.15, 0.45, 1.0, 0.20),
    "referral": ("老学员推荐", 0.12, 0.88, 1.05, 0.76),
    "campus_talk": ("高校讲座", 0.14, 0.62, 1.0, 0.50),
}
DEGREES = {"master": ("硕士", 0.60), "undergrad": ("本科", 0.33), "phd": ("博士", 0.07)}
COUNTRIES = {  # en: zh, decision days, offer modifier, visa days, visa refusal, visa type
    "UK": ("英国", 35, 0.0, 15, 0.03, "Student visa"),
    "US": ("美国", 75, -0.05, 22, 0.06, "F-1"),
    "Australia": ("澳大利亚", 18, 0.18, 25, 0.05, "Subclass 500"),
    "Hong Kong": ("中国香港", 60, -0.08, 30, 0.02, "Student entry permit"),
    "Canada": ("加拿大", 70, 0.0, 40, 0.08, "Study permit"),
    "Singapore": ("新加坡", 65, 0.0, 20, 0.03, "Student's Pass"),
}
CW_2025 = {"UK": 0.33, "US": 0.20, "Australia": 0.16, "Hong Kong": 0.12, "Canada": 0.07, "Singapore": 0.12}
CW_2026 = {"UK": 0.30, "US": 0.13, "Australia": 0.15, "Hong Kong": 0.26, "Canada": 0.05, "Singapore": 0.11}
SCHOOLS = {
    "UK": {"top": ["Oxford", "Cambridge", "Imperial College London", "LSE"], "reach": ["UCL", "KCL", "Edinburgh"],
           "match": ["Manchester", "Bristol", "Warwick", "Durham"],
           "safety": ["Leeds", "Birmingham", "Glasgow", "Southampton"]},
    "US": {"top": ["Harvard", "Stanford", "Columbia", "Cornell"], "reach": ["NYU", "USC", "Northwestern"],
           "match": ["Boston University", "UIUC", "Northeastern"], "safety": ["Syracuse", "Rutgers", "Ohio State"]},
    "Australia": {"top": ["University of Melbourne", "ANU"], "reach": ["University of Sydney", "UNSW"],
                  "match": ["Monash", "UQ"], "safety": ["Adelaide", "UWA", "Macquarie"]},
    "Hong Kong": {"top": ["HKU"], "reach": ["CUHK", "HKUST"], "match": ["PolyU", "CityU"],
                  "safety": ["HKBU", "Lingnan"]},
    "Canada": {"top": ["Toronto"], "reach": ["UBC", "McGill"], "match": ["Waterloo", "McMaster"],
               "safety": ["Ottawa", "Concordia"]},
    "Singapore": {"top": ["NUS"], "reach": ["NTU"], "match": ["SMU"], "safety": ["SUSS", "JCU Singapore"]},
}
TIER_ZH = {"top": "顶尖名校", "reach": "冲刺", "match": "匹配", "safety": "保底"}
TIER_P = {"top": 0.16, "reach": 0.33, "match": 0.62, "safety": 0.86}
PACKAGES = {  # en: zh, deposit, balance, n apps, tier mix (top, reach, match, safety), weight
    "standard": ("标准申请", 10000, 26000, 5, (0.0, 0.25, 0.45, 0.30), 0.50),
    "premium": ("精英申请", 15000, 43000, 8, (0.10, 0.30, 0.40, 0.20), 0.28),
    "ivy_sprint": ("名校冲刺", 20000, 68000, 6, (0.75, 0.25, 0.0, 0.0), 0.10),
    "visa_only": ("签证单办", 2000, 6000, 0, None, 0.12),
}
OTYPE_ZH = {"deposit": "定金", "balance": "尾款", "language_course": "语言培训", "visa_expedite": "签证加急",
            "extra_application": "加申院校"}
REFUND_ZH = {"changed_mind": "个人原因放弃", "no_offer": "未获录取(保录取退费)", "visa_refused": "拒签退费"}
REFUSAL_ZH = {"genuine_student": "真实学生(GS)存疑", "financial": "资金证明不足", "documents": "材料不全",
              "interview": "面签未通过"}
SEG_ZH = {"prospect": "潜在客户", "consulted": "已咨询", "in_service": "服务中", "enrolled": "已录取",
          "departed": "已出行", "refunded": "已退费", "dropped": "已流失"}
MONTH_W = [0.8, 0.6, 1.25, 1.0, 0.9, 1.1, 1.3, 1.2, 1.3, 1.45, 1.1, 0.8]

# ---------- comment texts: (zh list, en list); markers used by gold.py are noted per topic ----------
TXT = {
    # 回复慢 / 才回复 / 没人回 | slow to reply / took days to answer / never replied
    "slow_reply": (["顾问回复慢，消息经常隔天才回复", "找顾问问进度，回复慢得让人着急", "微信问材料的事半天没人回",
                    "顾问太忙了，回复慢，催了好几次"],
                   ["Counsellor is slow to reply, messages sit for a day", "The team took days to answer a simple question",
                    "Asked about my essay status twice and they never replied"]),
    # 模板 / 套路 | generic / cookie-cutter / template
    "template_essay": (["文书写得很模板化，换个名字谁都能用", "个人陈述像套模板，没有我自己的经历", "文书套路化严重，改了三遍还是一样"],
                       ["The personal statement felt generic", "Cookie-cutter essays, nothing about me",
                        "My SOP read like a template"]),
    # 定金 | deposit
    "deposit_refund": (["定金说不退就不退，合同里写得不清楚", "交了一万定金后来不想办了，定金不给退", "想退定金被拒，太坑了"],
                       ["They won't refund my deposit even though I never used the service",
                        "Lost my deposit because I changed my mind after a week", "Deposit is non-refundable, nobody told me"]),
    # 推销 / 硬推 | pushy / upsell / hard sell
    "upsell": (["签约的时候一直推销语言课，不买好像就不上心", "顾问硬推雅思培训班，很反感", "交完钱还被推销语言培训，烦"],
               ["Very pushy about buying their IELTS course", "Constant upsell of language classes",
                "Hard sell on extra courses during signing"]),
    # 拒签 / 签证被拒 | visa was refused / visa got rejected / visa refusal
    "visa_refused": (["签证被拒了，顾问之前说材料没问题", "拒签了，GS陈述根本没帮我好好改", "被拒签，资金证明的建议有问题"],
                     ["My visa was refused after they said the file was fine", "Visa got rejected, the GS statement was weak",
                      "Visa refusal because of the bank statement advice"]),
    # 等了一个多月 / 等太久 / 审理太慢 | visa is taking forever / waiting weeks / visa wait
    "visa_slow": (["签证等了一个多月还没消息", "递签后等太久，差点赶不上开学", "签证审理太慢，面签预约都排不上"],
                  ["The visa is taking forever", "Waiting weeks for the visa with no update",
                   "Visa wait was so long I nearly missed the start of term"]),
    # 一个offer都没 / 全军覆没 | not a single offer / zero offers
    "no_offer": (["花了八万多冲名校，结果一个offer都没拿到", "名校冲刺全军覆没，白忙一场"],
                 ["Paid for the top-school sprint and got not a single offer", "Zero offers after all that money"]),
    # 专业 | very professional / expert
    "expert": (["顾问特别专业，选校建议很靠谱", "老师专业又耐心，每一步都讲得很清楚", "顾问很专业，时间线安排得明明白白"],
               ["Counsellor was very professional and honest about my chances", "Real expert on UK admissions",
                "Very professional team, clear timeline"]),
    # 梦校 / 录取通知 / offer到了 | dream school / received the offer
    "offer_joy": (["拿到了梦校的offer，太开心了", "收到录取通知，谢谢老师一路帮忙", "offer到了！选校很准"],
                  ["Got into my dream school", "Received the offer I wanted, thanks to the team"]),
    # 下签 | visa came through / approved quickly
    "visa_smooth": (["签证很顺利，两周就下签了", "下签很快，材料准备得很细"],
                    ["Visa came through without any issue", "Visa approved quickly, documents were spot on"]),
    # 行前 | pre-departure
    "predeparture": (["行前说明会很实用，租房和接机都讲到了", "行前讲座干货满满，家长也放心了"],
                     ["The pre-departure briefing was really useful", "Loved the pre-departure session on housing and banking"]),
    # 免费咨询 / 第一次咨询 | free consultation / first consultation
    "consult_good": (["免费咨询聊得很有收获", "第一次咨询就把选校思路理清了"],
                     ["The free consultation was genuinely helpful", "Clear advice in the first consultation"]),
}
GEN = {
    "pos": (["整体满意", "服务不错，推荐给同学了", "流程清楚，省心"], ["Overall happy", "Good service overall", "Smooth process"]),
    "neu": (["还行吧", "中规中矩", "一般般"], ["It was okay", "Average service", "Nothing special"]),
    "neg": (["体验一般，不太推荐", "有点失望", "沟通体验不好"], ["Disappointed", "Would not recommend", "Poor communication"]),
}
NEG_TOPICS = {"slow_reply", "template_essay", "deposit_refund", "upsell", "visa_refused", "visa_slow", "no_offer"}
TOPIC_TP = [("deposit_refund", "tp_refund"), ("no_offer", "tp_app_result"), ("visa_refused", "tp_visa_result"),
            ("visa_slow", "tp_visa_result"), ("slow_reply", "tp_essay"), ("template_essay", "tp_essay"),
            ("upsell", "tp_contract"), ("offer_joy", "tp_app_result"), ("visa_smooth", "tp_visa_result"),
            ("predeparture", "tp_predeparture"), ("consult_good", "tp_free_consult"), ("expert", "tp_rate")]
PEN = {"slow_reply": 1.5, "template_essay": 1.0, "upsell": 0.9, "deposit_refund": 2.6, "visa_refused": 1.9,
       "visa_slow": 1.1, "no_offer": 2.3}
BONUS = {"expert": 0.5, "offer_joy": 0.4, "visa_smooth": 0.3, "predeparture": 0.3, "consult_good": 0.3}


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def visa_date(t: datetime, country: str) -> datetime:
    """students file their visa in the season before their intake: Australia for the July (file Apr-Jun) or
    February (file mid-Oct - mid-Jan) intake, everyone else for September (file mid-May - Aug)."""
    if country == "Australia":
        wins = [(datetime(y, 4, 1), datetime(y, 6, 20)) for y in (2024, 2025, 2026, 2027)] + \
               [(datetime(y, 10, 15), datetime(y + 1, 1, 10)) for y in (2024, 2025, 2026)]
    else:
        wins = [(datetime(y, 5, 15), datetime(y, 8, 25)) for y in (2024, 2025, 2026, 2027)]
    for a, b in sorted(wins):
        if a <= t < b:
            return work_hours(t)
        if t < a:
            return work_hours(a + D(days=float(rng.uniform(0, (b - a).days * 0.8))))
    return work_hours(t)


def work_hours(t: datetime, lo=9.0, hi=20.0) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(lo, hi)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_cb = self.n_case = self.n_app = self.n_visa = 0

    # ---------- writers ----------
    def ev(self, c, t, tp, sid, action, common=None, digital=True, **kw):
        if t > END:
            return False
        if t < START:
            return True                      # happened, but before the extract
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if digital else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, case, common, status="paid", **kw):
        if t > END:
            return None                      # the order system export is complete since the first leads (2024-07)
        self.n_ord += 1
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status,
                   channel="mini_program" if otype in ("deposit", "language_course") else "bank_transfer"
                   if otype == "balance" and rng.random() < 0.5 else "mini_program",
                   device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype], case_id=case, currency="CNY")
        for k in ("package", "服务套餐", "branch_id", "branch", "branch_en", "branch_city", "分公司城市", "counsellor_id"):
            row[k] = common.get(k)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, country=None):
        if t > END or t < START:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        if set(topics) & NEG_TOPICS:
            topics = [x for x in topics if x != "expert"]      # nobody calls the counsellor an expert while complaining
        topics = list(dict.fromkeys(topics))
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) - NEG_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if common:
            for k in ("case_id", "branch_id", "branch", "branch_en", "branch_city", "分公司城市", "counsellor_id",
                      "counsellor", "counsellor_en"):
                row[k] = common.get(k)
        if country:
            row["country"], row["国家"] = country, COUNTRIES[country][0]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def stars(self, c, topics, good):
        s = KC[c["counsellor_id"]][4] + float(rng.normal(0, 0.6))
        for x in topics:
            s -= PEN.get(x, 0)
        for x in good:
            s += BONUS.get(x, 0)
        return float(min(5, max(1, round(s))))

    def rate(self, c, t, topics, good, common, country=None, sid=None):
        """a counsellor rating (tp_rate event + its comment)."""
        st = self.stars(c, topics, good)
        if self.ev(c, t, "tp_rate", sid or common.get("case_id"), "rate", common, stars=st):
            gen = "pos" if st >= 4 else ("neu" if st == 3 else "neg")
            shown = list(topics) + [g for g in good if rng.random() < 0.8]
            self.fb(c, t, shown, "counsellor_rating", rating=st, common=common, gen=gen, country=country)
        return st

    # ---------- customers ----------
    def customers(self):
        days, d = [], LEAD_START
        span = (END - LEAD_START).days
        while d <= datetime(2026, 7, 28):
            days.append((d, (0.65 + 0.7 * (d - LEAD_START).days / span) * MONTH_W[d.month - 1]))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_LEAD, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            home = CITY_BRANCH[city]
            if home == "B05" and t < CD_OPEN:
                home = "B04"                  # Chengdu students were served from Wuhan before the branch opened
            chw = [v[1] * (2.6 if (k_ == "edu_fair" and t.month in (3, 10)) else 0.7 if k_ == "edu_fair" else 1.0)
                   for k_, v in CHANNELS.items()]
            ch = pick(list(CHANNELS), chw)
            deg = pick(list(DEGREES), [v[1] for v in DEGREES.values()])
            cw = CW_2026 if t >= datetime(2026, 1, 1) else CW_2025
            country = pick(list(cw), list(cw.values()))
            en_share = 0.16 if city in ("Shanghai", "Beijing") else 0.05
            ielts = float(np.clip(round(rng.normal(6.4, 0.6) * 2) / 2, 5.0, 8.0))
            gpa = float(np.clip(round(rng.normal(3.3, 0.35), 2), 2.2, 4.0))
            self.cust.append(dict(
                customer_id=f"S{i + 1:05d}", lead=t, city=city, home=home, channel=ch, degree=deg,
                country=country, ielts=ielts, gpa=gpa,
                device=pick(["ios", "android", "pc"], [0.46, 0.34, 0.20] if ch == "baidu" else [0.55, 0.40, 0.05]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh",
                gender=pick(["female", "male"], [0.56, 0.44]),
                age=int(rng.integers(18, 23) if deg == "undergrad" else rng.integers(21, 27) if deg == "master"
                        else rng.integers(24, 31)),
                undergrad_school=(pick(["985", "211", "double_non", "overseas"], [0.18, 0.27, 0.47, 0.08])
                                  if deg != "undergrad" else None),
                budget=pick(["<30万", "30-50万", "50万以上"], [0.35, 0.42, 0.23]),
                counsellor_id=None, package=None, stage="prospect"))

    def branch_common(self, c):
        b = BR[c["home"]]
        return dict(branch_id=b[0], branch=b[2], branch_en=b[3], branch_city=b[1], 分公司城市=CITIES[b[1]][0])

    # ---------- one lead ----------
    def lead(self, c):
        ch = CHANNELS[c["channel"]]
        self.ev(c, c["lead"], "tp_lead", None, "submit", channel=c["channel"],
                lead_form=pick(["选校评估表", "留学费用测算", "活动报名", "在线客服"], [0.35, 0.25, 0.2, 0.2]),
                target_country=c["country"], 意向国家=COUNTRIES[c["country"]][0])
        if rng.random() > ch[2]:
            return
        bc = self.branch_common(c)
        ks = [k for k in COUNS if k[1] == c["home"]]
        k = pick(ks, [x[6] for x in ks])
        c["counsellor_id"] = k[0]
        kc = dict(bc, counsellor_id=k[0], counsellor=k[2], counsellor_en=k[3])
        t = c["lead"] + D(hours=float(rng.exponential(60) + 0.3))
        attended = None
        for attempt in range(2):
            mode = "online" if rng.random() < (0.75 if c["channel"] == "xiaohongshu" else 0.5) else "offline"
            self.n_cb += 1
            cb = f"CB{self.n_cb:06d}"
            self.ev(c, t, "tp_consult_book", cb, "booked", kc, channel="mini_program" if rng.random() < 0.7 else "phone",
                    consult_mode=mode, 咨询方式="线上视频" if mode == "online" else "到店面谈")
            t_slot = work_hours(t + D(days=float(rng.uniform(1, 7))))
            p_show = (0.68 if mode == "online" else 0.89) * ch[3]
            if rng.random() < p_show:
                self.ev(c, t_slot, "tp_free_consult", cb, "attended", kc, digital=False,
                        channel="online_video" if mode == "online" else "store", consult_mode=mode,
                        咨询方式="线上视频" if mode == "online" else "到店面谈",
                        duration_min=int(rng.integers(30, 91)))
                attended = (t_slot, cb)
                break
            if rng.random() > 0.3:
                break
            t = t_slot + D(days=float(rng.uniform(1, 10)))
        if attended is None:
            return
        c["stage"] = "consulted"
        t_c, cb = attended
        if rng.random() < 0.05:
            self.fb(c, t_c + D(hours=float(rng.uniform(2, 48))), ["consult_good"] if rng.random() < 0.6 else [],
                    "dianping_review", rating=float(pick([5, 4, 3], [0.55, 0.35, 0.1])), common=kc,
                    undated=rng.random() < 0.25, gen="pos")
        if rng.random() < 0.08:
            self.rate(c, t_c + D(hours=float(rng.uniform(1, 24))), [], ["consult_good"] if rng.random() < 0.5 else [],
                      kc, sid=cb)
        if rng.random() > (0.78 if k[0] == "K04" else 0.68):
            return
        t_a = work_hours(t_c + D(days=float(rng.uniform(1, 9))))
        n_list = int(rng.integers(6, 13))
        self.ev(c, t_a, "tp_assessment", None, "report_sent", kc, channel="email", school_list_size=n_list,
                target_country=c["country"], 意向国家=COUNTRIES[c["country"]][0], gpa=c["gpa"], ielts=c["ielts"])
        p_sign = min(0.92, ch[4] * k[5])
        if rng.random() > p_sign:
            return
        t_s = work_hours(t_a + D(days=float(min(80, rng.lognormal(np.log(9), 0.7)))), 10, 19)
        self.case(c, t_s, kc)

    # ---------- one signed case ----------
    def case(self, c, t_s, kc):
        pk_w = [v[5] for v in PACKAGES.values()]
        if c["budget"] == "50万以上":
            pk_w = [0.35, 0.33, 0.22, 0.10]
        elif c["budget"] == "<30万":
            pk_w = [0.60, 0.18, 0.04, 0.18]
        pkg = pick(list(PACKAGES), pk_w)
        P = PACKAGES[pkg]
        self.n_case += 1
        case = f"CS{self.n_case:05d}"
        c["package"] = pkg
        c["stage"] = "in_service"
        cm = dict(kc, case_id=case, package=pkg, 服务套餐=P[0])
        self.ev(c, t_s, "tp_contract", case, "signed", cm, digital=False, channel="store",
                contract_value=P[1] + P[2])
        topics, good = [], []
        # language course pitched at signing (Guangzhou sells it hard)
        gz = c["home"] == "B03"
        if pkg != "visa_only" and c["ielts"] < 7.0:
            if rng.random() < (0.55 if gz else 0.16):
                self.order(c, t_s + D(days=float(rng.uniform(0, 5))), 6800, "language_course", case, cm)
            if rng.random() < (0.24 if gz else 0.03):
                topics.append("upsell")
        elif gz and rng.random() < 0.08:
            topics.append("upsell")
        if "upsell" in topics and rng.random() < 0.35:
            self.fb(c, t_s + D(days=float(rng.uniform(1, 10))), ["upsell"], "ticket" if rng.random() < 0.6 else
                    "call_note", common=cm)
        # deposit
        if rng.random() > 0.94:
            t_o = t_s + D(minutes=5)
            self.order(c, t_o, P[1], "deposit", case, cm, status="cancelled", cancelled_at=ts(t_s + D(days=7)))
            c["stage"] = "dropped"
            return
        t_d = t_s + D(minutes=float(rng.uniform(5, 60))) + D(days=float(rng.choice([0, 0, 0, 1, 2])))
        pm = pick(["wechat_pay", "alipay", "bank_transfer", "credit_card"], [0.45, 0.25, 0.2, 0.1])
        self.ev(c, t_d, "tp_deposit", case, "paid", cm, amount=P[1], payment_method=pm)
        dep = self.order(c, t_d, P[1], "deposit", case, cm, payment_method=pm)
        # balance
        if rng.random() > 0.87:
            c["stage"] = "dropped"
            if rng.random() < 0.6:
                wait = float(rng.uniform(1, 6.9) if rng.random() < 0.25 else rng.uniform(8, 45))
                self.refund(c, t_d + D(days=wait), cm, "changed_mind", P[1], dep, approve=wait < 7)
            return
        t_b = t_d + D(days=float(min(120, rng.lognormal(np.log(13), 0.6))))
        pm = pick(["bank_transfer", "wechat_pay", "alipay", "credit_card"], [0.5, 0.25, 0.15, 0.1])
        if not self.ev(c, t_b, "tp_balance", case, "paid", cm, amount=P[2], payment_method=pm):
            return
        bal = self.order(c, t_b, P[2], "balance", case, cm, payment_method=pm)
        if pkg == "visa_only":
            t_vf = work_hours(t_b + D(days=float(rng.uniform(7, 40))))
            res = self.visa(c, t_vf, cm, c["country"], topics, good)
            if res == "refused":
                t_r = t_vf + D(days=float(rng.uniform(20, 40)))
                self.refund(c, t_r, cm, "visa_refused", P[2], bal, approve=True)
            return
        # essays
        cd = c["home"] == "B05"
        days = float(rng.lognormal(np.log(38 if cd else 15), 0.4))
        t_e = work_hours(t_b + D(days=days))
        if rng.random() < (0.62 if cd else 0.04) + (0.08 if days > 25 else 0):
            topics.append("slow_reply")
        if rng.random() < (0.14 if cd else 0.05):
            topics.append("template_essay")
        n = P[3]
        extra = int(rng.integers(1, 3)) if rng.random() < 0.15 else 0
        if not self.ev(c, t_e, "tp_essay", case, "finalized", cm, essay_count=n + extra,
                       days_since_balance=round(days, 1)):
            return
        if set(topics) & {"slow_reply", "template_essay"} and rng.random() < 0.35:
            self.fb(c, t_e + D(hours=float(rng.uniform(2, 72))),
                    [x for x in topics if x in ("slow_reply", "template_essay")],
                    "ticket" if rng.random() < 0.55 else "call_note", common=cm)
        # applications
        apps = []
        mix = P[4]
        for j in range(n + extra):
            country = c["country"] if (pkg != "premium" or rng.random() < 0.7) else pick(
                [x for x in COUNTRIES if x != c["country"]], [1] * 5)
            tier = pick(["top", "reach", "match", "safety"], mix) if j < n else pick(["match", "safety"], [0.5, 0.5])
            school = str(rng.choice(SCHOOLS[country][tier]))
            self.n_app += 1
            aid = f"AP{self.n_app:06d}"
            t_sub = work_hours(t_e + D(days=float(rng.uniform(0, 35))), 9, 23.5)
            p = TIER_P[tier] + COUNTRIES[country][2] + (c["gpa"] - 3.3) * 0.25 + (c["ielts"] - 6.4) * 0.05
            p = float(min(0.95, max(0.03, p)))
            offer = rng.random() < p
            dd = float(rng.lognormal(np.log(COUNTRIES[country][1]), 0.35))
            t_res = work_hours(t_sub + D(days=dd), 8, 22)
            common = dict(cm, application_id=aid, school=school, school_tier=tier, 院校档次=TIER_ZH[tier],
                          country=country, 国家=COUNTRIES[country][0], degree_level=c["degree"],
                          申请阶段=DEGREES[c["degree"]][0])
            if not self.ev(c, t_sub, "tp_app_submit", case, "submitted", common, digital=False, channel="web"):
                continue
            if j >= n:
                self.order(c, t_sub, 3000, "extra_application", case, cm)
            cond = offer and c["ielts"] < 6.5 and country in ("UK", "Australia", "Hong Kong") and rng.random() < 0.7
            if self.ev(c, t_res, "tp_app_result", case, "offer" if offer else "rejected", common, digital=False,
                       channel="email", offer_type=("conditional" if cond else "unconditional") if offer else None,
                       录取类型=("有条件录取" if cond else "无条件录取") if offer else None,
                       decision_days=round(dd, 1)):
                apps.append((t_res, offer, tier, country, school))
        if not apps:
            return
        offers = [a for a in apps if a[1]]
        last = max(a[0] for a in apps)
        if len(apps) < n + extra and not offers:
            return                                    # results still pending at the end of the data
        if not offers:
            if pkg == "ivy_sprint" and rng.random() < 0.9:
                topics.append("no_offer")
                t_r = last + D(days=float(rng.uniform(1, 10)))
                if rng.random() < 0.6:
                    self.fb(c, t_r + D(hours=float(rng.uniform(1, 48))), ["no_offer"], "ticket", common=cm)
                self.refund(c, t_r, cm, "no_offer", P[2], bal, approve=True, topics=topics)
            else:
                c["stage"] = "dropped"
                if rng.random() < 0.3:
                    self.fb(c, last + D(days=float(rng.uniform(1, 10))), topics or [], "call_note", common=cm,
                            gen="neg")
            return
        first = min(a[0] for a in offers)
        if rng.random() > 0.92:
            c["stage"] = "dropped"
            return
        t_acc = work_hours(max(first, min(first + D(days=30), last)) + D(days=float(rng.uniform(1, 7))))
        best = sorted(offers, key=lambda a: ["top", "reach", "match", "safety"].index(a[2]))[0]
        country = best[3]
        if not self.ev(c, t_acc, "tp_offer_accept", case, "accepted", cm, school=best[4], school_tier=best[2],
                       院校档次=TIER_ZH[best[2]], country=country, 国家=COUNTRIES[country][0]):
            return
        c["stage"] = "enrolled"
        if rng.random() < 0.3:
            good.append("offer_joy")
        if not topics and rng.random() < (0.45 if c["counsellor_id"] == "K04" else 0.07):
            good.append("expert")
        if rng.random() < 0.45:
            self.rate(c, t_acc + D(days=float(rng.uniform(0.5, 5))), topics, good, cm, country)
        if c["channel"] == "xiaohongshu" and rng.random() < 0.3 and (topics or good):
            self.fb(c, t_acc + D(days=float(rng.uniform(1, 20))), topics + good, "xiaohongshu_note", common=cm,
                    undated=rng.random() < 0.45, no_customer=rng.random() < 0.4, country=country)
        self.visa(c, visa_date(t_acc + D(days=float(rng.uniform(10, 30))), country), cm, country, topics, good)

    def visa(self, c, t_vf, cm, country, topics, good):
        res = None
        for attempt in range(2):
            self.n_visa += 1
            vid = f"VA{self.n_visa:05d}"
            K = COUNTRIES[country]
            vc = dict(cm, visa_app_id=vid, country=country, 国家=K[0], visa_type=K[5])
            if not self.ev(c, t_vf, "tp_visa_file", cm["case_id"], "filed", vc, digital=False, channel="other",
                           attempt=attempt + 1):
                return None
            if country in ("UK", "Hong Kong") and rng.random() < 0.22:
                self.order(c, t_vf, 1500, "visa_expedite", cm["case_id"], cm)
                med = K[3] * 0.45
            else:
                med = K[3]
            if country == "US" and US_BACKLOG[0] <= t_vf < US_BACKLOG[1]:
                med = 48
            days = float(rng.lognormal(np.log(med), 0.3))
            p_ref = K[4]
            if country == "Australia" and AU_GS[0] <= t_vf < AU_GS[1]:
                p_ref = 0.35
            if attempt == 1:
                p_ref = p_ref * 1.2
            refused = rng.random() < p_ref
            reason = None
            if refused:
                if country == "Australia" and t_vf >= AU_GS[0]:
                    reason = pick(list(REFUSAL_ZH), [0.78, 0.15, 0.07, 0.0])
                elif country == "US":
                    reason = pick(list(REFUSAL_ZH), [0.0, 0.35, 0.15, 0.5])
                else:
                    reason = pick(list(REFUSAL_ZH), [0.15, 0.55, 0.3, 0.0])
            t_vr = work_hours(t_vf + D(days=days), 9, 18)
            if not self.ev(c, t_vr, "tp_visa_result", cm["case_id"], "refused" if refused else "granted", vc,
                           digital=False, channel="other", refusal_reason=reason,
                           拒签原因=REFUSAL_ZH[reason] if reason else None, processing_days=round(days, 1)):
                return None
            vt = []
            if days > 35:
                vt.append("visa_slow")
            if refused:
                vt.append("visa_refused")
            if vt and rng.random() < 0.5:
                self.fb(c, t_vr + D(hours=float(rng.uniform(1, 72))), vt, "ticket" if rng.random() < 0.6 else
                        "xiaohongshu_note", common=cm, country=country,
                        undated=rng.random() < 0.2, no_customer=rng.random() < 0.1)
            vgood = list(good)
            if not refused and days < 14 and rng.random() < 0.4:
                vgood.append("visa_smooth")
            if rng.random() < 0.35:
                self.rate(c, t_vr + D(days=float(rng.uniform(0.5, 4))), topics + vt, vgood, cm, country)
            if rng.random() < 0.3:
                neg = bool(vt) or bool(topics)
                nps = int(np.clip(round(rng.normal(8.6 - 3.4 * neg + 0.6 * bool(vgood), 1.4)), 0, 10))
                self.fb(c, t_vr + D(days=float(rng.uniform(1, 5))), (topics + vt + vgood) if rng.random() < 0.6 else [],
                        "survey", nps=nps, common=cm, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"),
                        country=country)
            if not refused:
                res = "granted"
                t_p = work_hours(t_vr + D(days=float(rng.uniform(7, 40))), 14, 20)
                if rng.random() < 0.85 and self.ev(c, t_p, "tp_predeparture", cm["case_id"], "attended", vc,
                                                   digital=False, channel="store" if rng.random() < 0.6 else
                                                   "online_video"):
                    c["stage"] = "departed"
                    if rng.random() < 0.3:
                        nps = int(np.clip(round(rng.normal(8.9 - 2.5 * bool(topics), 1.2)), 0, 10))
                        self.fb(c, t_p + D(days=1), ["predeparture"] if rng.random() < 0.65 else [], "survey",
                                nps=nps, common=cm, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"),
                                country=country)
                    if rng.random() < 0.08:
                        self.fb(c, t_p + D(days=float(rng.uniform(1, 30))), topics + good + ["predeparture"],
                                "dianping_review", rating=float(max(1, pick([5, 4, 3], [0.6, 0.3, 0.1]) - 2 * bool(topics))),
                                common=cm, undated=rng.random() < 0.25, country=country)
                return res
            res = "refused"
            if rng.random() > 0.55:
                return res
            t_vf = work_hours(t_vr + D(days=float(rng.uniform(10, 30))))
        return res

    def refund(self, c, t_r, cm, reason, amount, order_row, approve, topics=None):
        if not self.ev(c, t_r, "tp_refund_request", cm["case_id"], "requested", cm, refund_reason=reason,
                       退费原因=REFUND_ZH[reason], requested_amount=amount):
            return
        t_x = work_hours(t_r + D(days=float(rng.lognormal(np.log(9 if reason == "no_offer" else 4), 0.4))), 9, 18)
        if not self.ev(c, t_x, "tp_refund", cm["case_id"], "approved" if approve else "rejected", cm,
                       refund_reason=reason, 退费原因=REFUND_ZH[reason], refund_amount=amount if approve else 0):
            return
        if approve:
            c["stage"] = "refunded"
            if order_row is not None:
                order_row["status"] = "refunded"
                order_row["refunded_at"] = ts(t_x)
        tps = list(topics or [])
        if not approve:
            tps.append("deposit_refund")
            if rng.random() < 0.7:
                self.fb(c, t_x + D(hours=float(rng.uniform(1, 48))), ["deposit_refund"],
                        "ticket" if rng.random() < 0.7 else "xiaohongshu_note", common=cm,
                        undated=rng.random() < 0.2)
        if rng.random() < 0.6:
            self.rate(c, t_x + D(days=float(rng.uniform(0.5, 3))), tps, [], cm)

    def run(self):
        self.customers()
        for c in self.cust:
            self.lead(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            b = BR[c["home"]]
            k = KC.get(c["counsellor_id"])
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["lead"]), segment=c["stage"], 客户阶段=SEG_ZH[c["stage"]],
                region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                获客渠道=CHANNELS[c["channel"]][0], tier=c["package"],
                服务套餐=PACKAGES[c["package"]][0] if c["package"] else None,
                degree_level=c["degree"], 申请阶段=DEGREES[c["degree"]][0], target_country=c["country"],
                意向国家=COUNTRIES[c["country"]][0], gpa=c["gpa"], ielts=c["ielts"], budget=c["budget"],
                undergrad_school=c["undergrad_school"], home_branch_id=b[0], branch=b[2], branch_en=b[3],
                counsellor_id=c["counsellor_id"], counsellor=k[2] if k else None, counsellor_en=k[3] if k else None,
                gender=c["gender"], age=c["age"], phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "lead_form",
           "target_country", "意向国家", "branch_id", "branch", "branch_en", "branch_city", "分公司城市", "counsellor_id",
           "counsellor", "counsellor_en", "consult_mode", "咨询方式", "duration_min", "school_list_size", "gpa", "ielts",
           "case_id", "package", "服务套餐", "contract_value", "amount", "payment_method", "essay_count",
           "days_since_balance", "application_id", "school", "school_tier", "院校档次", "country", "国家",
           "degree_level", "申请阶段", "offer_type", "录取类型", "decision_days", "visa_app_id", "visa_type", "attempt",
           "refusal_reason", "拒签原因", "processing_days", "refund_reason", "退费原因", "requested_amount",
           "refund_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "case_id", "package", "服务套餐", "branch_id", "branch", "branch_en", "branch_city", "分公司城市",
            "counsellor_id", "payment_method", "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "case_id", "branch_id", "branch", "branch_en", "branch_city", "分公司城市", "counsellor_id", "counsellor",
           "counsellor_en", "country", "国家"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户阶段", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "服务套餐", "degree_level", "申请阶段", "target_country", "意向国家", "gpa", "ielts", "budget",
             "undergrad_school", "home_branch_id", "branch", "branch_en", "counsellor_id", "counsellor",
             "counsellor_en", "gender", "age", "phone_os", "preferred_language"]


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
    dup = rng.choice(len(ev), size=15, replace=False)             # the CRM re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = g.feedback
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, cases {g.n_case}, applications {g.n_app}, visas {g.n_visa}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
