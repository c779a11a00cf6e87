"""皓齿 BrightSmile Dental: a chain of 8 dental clinics in Beijing, Guangzhou and Wuhan. People make an online inquiry
(大众点评, 百度, 微信, 抖音, 老客推荐) or walk in, book a free check-up, attend it (or not: no-shows are common), get a
treatment plan (cleaning, filling, implant, orthodontics / aligners), accept it with a deposit, come for their treatment
visit(s), a follow-up visit, and are invited to leave a review. Implants and orthodontics may be paid in monthly
installments. 2024-07-01 .. 2026-06-30.

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

SEED = 20261204
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 22, 0, 0)
D = timedelta
N_BASE = 4300
N_DY_PROMO = 320                                                    # extra Douyin leads of the 爱牙日 free-cleaning deal
DY_PROMO = (datetime(2025, 9, 15), datetime(2025, 9, 28, 22, 0))    # 抖音 "爱牙日 0元洁牙" two weeks
BJ02_WAIT = datetime(2025, 9, 1)       # Wangjing: front desk cut to one person + a dentist on leave -> lobby waits
GZ01_PUSH = datetime(2025, 7, 1)       # Tianhe: plan-value KPI for dentists -> implant / aligner push
BILL_BUG = (datetime(2025, 11, 1), datetime(2026, 2, 28, 23, 59))   # new installment partner double-charges
WH01_COMFORT = datetime(2025, 4, 1)    # Guanggu: new comfort (painless) cleaning equipment
GZ03_OPEN = datetime(2026, 4, 1)       # Panyu clinic opens

CLINICS = [  # key, zh name, en name, city, city_zh, region, weight, en-speaking share
    ("BJ01", "北京国贸店", "Beijing Guomao", "Beijing", "北京", "华北", 0.15, 0.12),
    ("BJ02", "北京望京店", "Beijing Wangjing", "Beijing", "北京", "华北", 0.15, 0.10),
    ("BJ03", "北京中关村店", "Beijing Zhongguancun", "Beijing", "北京", "华北", 0.10, 0.05),
    ("GZ01", "广州天河店", "Guangzhou Tianhe", "Guangzhou", "广州", "华南", 0.16, 0.06),
    ("GZ02", "广州海珠店", "Guangzhou Haizhu", "Guangzhou", "广州", "华南", 0.12, 0.03),
    ("GZ03", "广州番禺店", "Guangzhou Panyu", "Guangzhou", "广州", "华南", 0.10, 0.02),
    ("WH01", "武汉光谷店", "Wuhan Guanggu", "Wuhan", "武汉", "华中", 0.12, 0.03),
    ("WH02", "武汉江汉路店", "Wuhan Jianghan Road", "Wuhan", "武汉", "华中", 0.10, 0.02),
]
CL = {c[0]: c for c in CLINICS}
LEVELS = {"主任医师": "chief", "副主任医师": "associate_chief", "主治医师": "attending", "住院医师": "resident"}
DENTISTS = {  # clinic: [(id, level zh, weight)]
    "BJ01": [("D01", "主任医师", 0.3), ("D02", "主治医师", 0.4), ("D03", "住院医师", 0.3)],
    "BJ02": [("D04", "副主任医师", 0.35), ("D05", "主治医师", 0.35), ("D06", "住院医师", 0.3)],
    "BJ03": [("D07", "主任医师", 0.3), ("D08", "主治医师", 0.4), ("D09", "住院医师", 0.3)],
    "GZ01": [("D10", "副主任医师", 0.35), ("D11", "主治医师", 0.35), ("D12", "住院医师", 0.3)],
    "GZ02": [("D13", "主任医师", 0.3), ("D14", "主治医师", 0.4), ("D15", "住院医师", 0.3)],
    "GZ03": [("D16", "主治医师", 0.5), ("D17", "住院医师", 0.5)],
    "WH01": [("D18", "主任医师", 0.3), ("D19", "主治医师", 0.4), ("D20", "住院医师", 0.3)],
    "WH02": [("D21", "副主任医师", 0.35), ("D22", "主治医师", 0.35), ("D23", "住院医师", 0.3)],
}
SOURCES = ["dianping", "baidu", "wechat", "douyin", "referral", "walk_in"]
SOURCE_ZH = {"dianping": "大众点评", "baidu": "百度", "wechat": "微信公众号", "douyin": "抖音", "referral": "老客推荐",
             "walk_in": "路过到店"}
SOURCE_W = [0.22, 0.12, 0.17, 0.19, 0.13, 0.17]
INQ_CHANNEL = {"dianping": "app", "baidu": "web", "wechat": "mini_program", "douyin": "app", "referral": "mini_program"}
P_BOOK = {"dianping": 0.70, "baidu": 0.55, "wechat": 0.74, "douyin": 0.60, "referral": 0.86, "walk_in": 0.85}
P_NOSHOW = {"dianping": 0.20, "baidu": 0.24, "wechat": 0.17, "douyin": 0.42, "referral": 0.07, "walk_in": 0.05}
AGES = ["18-25", "26-35", "36-45", "46-55", "56+"]
AGE_W = [0.17, 0.33, 0.22, 0.15, 0.13]
TYPES = ["cleaning", "filling", "implant", "orthodontics"]
TYPE_ZH = {"cleaning": "洗牙", "filling": "补牙", "implant": "种植牙", "orthodontics": "正畸"}
TYPE_W = {"18-25": [0.35, 0.20, 0.02, 0.43], "26-35": [0.40, 0.30, 0.05, 0.25], "36-45": [0.36, 0.34, 0.18, 0.12],
          "46-55": [0.30, 0.30, 0.35, 0.05], "56+": [0.25, 0.25, 0.48, 0.02]}
P_ACCEPT = {"cleaning": 0.86, "filling": 0.76, "implant": 0.52, "orthodontics": 0.46}
DEPOSIT = {"cleaning": 100, "filling": 200, "implant": 2000, "orthodontics": 3000}
INS = ["医保", "商业保险", "企业团险", "自费"]
INS_EN = {"医保": "social_insurance", "商业保险": "commercial", "企业团险": "corporate_group", "自费": "self_pay"}
INS_W = [0.42, 0.17, 0.14, 0.27]
INS_MULT = {"医保": 1.0, "商业保险": 1.30, "企业团险": 1.03, "自费": 0.80}
ORDER_ZH = {"deposit": "定金", "treatment_fee": "治疗费", "installment": "分期还款"}
MONTH_W = {1: 0.85, 2: 0.7, 3: 1.0, 4: 1.0, 5: 1.0, 6: 0.95, 7: 1.1, 8: 1.1, 9: 1.0, 10: 0.9, 11: 0.95, 12: 0.9}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "线上咨询", "Online inquiry", "awareness", "app", "digital", "网络营销部",
     "咨询|在线咨询|线上问诊|私信|留资|询价|online inquiry|enquiry|lead|first contact|online consult"),
    ("tp_walkin", "到店咨询", "Walk-in", "awareness", "store", "physical", "前台",
     "到店|进店|路过|自然到店|walk-in|walk in|walked in"),
    ("tp_booking", "预约免费检查", "Check-up booked", "consideration", "app", "digital", "客服中心",
     "预约|约检查|挂号|免费检查预约|booking|appointment|book a check-up|scheduled"),
    ("tp_checkup", "到院检查", "Check-up attended", "consideration", "store", "physical", "医务部",
     "检查|口腔检查|免费检查|初诊|到诊|面诊|check-up|checkup|exam|first visit|attended"),
    ("tp_plan", "治疗方案", "Treatment plan proposed", "consideration", "store", "physical", "医务部",
     "方案|出方案|治疗计划|报价|treatment plan|plan|quote|proposal"),
    ("tp_deposit", "确认方案交定金", "Plan accepted / deposit", "purchase", "store", "physical", "咨询部",
     "定金|交定金|下定|签约|接受方案|deposit|plan accepted|sign-up|signed"),
    ("tp_treatment", "治疗就诊", "Treatment visit", "service", "store", "physical", "医务部",
     "治疗|就诊|做治疗|洗牙|补牙|种牙|种植|矫正|复诊治疗|treatment|visit|procedure|appointment visit"),
    ("tp_installment", "分期还款", "Installment payment", "service", "app", "digital", "财务部",
     "分期|月供|还款|分期付款|installment|instalment|monthly payment|payment plan"),
    ("tp_followup", "术后复查", "Follow-up visit", "service", "store", "physical", "医务部",
     "复查|回访|术后复查|follow-up|follow up|post-treatment check|recall"),
    ("tp_review", "邀请评价", "Review invited", "loyalty", "mini_program", "digital", "客服中心",
     "评价|点评|邀评|写评价|review|review invite|rating request"),
    ("tp_complaint", "客诉", "Complaint", "service", "phone", "digital", "客服中心",
     "投诉|客诉|工单|维权|complaint|ticket|escalation"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("inquiry_to_checkup", "线上咨询到检查", "Online inquiry to check-up", 30,
     ["tp_inquiry", "tp_booking", "tp_checkup"]),
    ("booking_show", "预约到诊", "Booking to check-up (show-up)", 14, ["tp_booking", "tp_checkup"]),
    ("checkup_to_treatment", "检查到开始治疗", "Check-up to treatment", 60,
     ["tp_checkup", "tp_plan", "tp_deposit", "tp_treatment"]),
    ("aftercare", "治疗后复查与评价", "Aftercare: follow-up and review", 180,
     ["tp_treatment", "tp_followup", "tp_review"]),
]

TOPICS = {  # topic: sentiment, zh templates, en templates (markers per topic are checked in gold.py)
    "long_wait": ("neg", [
        "约的{hh}点，到了在大厅等了{mins}分钟才叫号，预约有什么用",
        "每次来都要在大厅等候很久，前台就一个人根本忙不过来",
        "等了快一个小时才见到医生，孩子都等哭了",
        "大厅排队的人太多了，坐的地方都没有",
        "预约了还要等太久，下次不想来了",
    ], [
        "Booked for {hh}:00 and still waited {mins} minutes in the lobby.",
        "The wait in the lobby is ridiculous, only one person at the front desk.",
        "Long wait again even with an appointment.",
    ]),
    "upsell": ("neg", [
        "本来只是来洗个牙，医生一直推销种植牙，说不做以后会更严重",
        "检查完就开始推销隐形矫正，三万多，我只是想补个牙",
        "强推高价项目，感觉免费检查就是个套路",
        "推销太狠了，不签就一直劝，体验很差",
        "医生和咨询师轮番推销，价格一个比一个贵",
    ], [
        "Came in for a free check-up and got a hard sell for implants.",
        "Very pushy about aligners, I only wanted a filling.",
        "Too much upselling, every visit they try to sell something more expensive.",
    ]),
    "price_transparency": ("neg", [
        "价格不透明，检查完报价比电话里说的高了一倍",
        "收费不透明，做到一半又说要加钱",
        "有隐形消费，材料费、拍片费事先都没说",
        "报价单上的项目看不懂，问了也说不清楚，感觉价格不透明",
    ], [
        "Pricing is not transparent, the quote doubled after the check-up.",
        "Hidden fees for X-rays and materials that nobody mentioned before.",
    ]),
    "billing_error": ("neg", [
        "这个月分期被扣了两次，打客服电话半天才有人接",
        "分期还款重复扣款，已经一周了钱还没退回来",
        "账单金额不对，明明是{amt}元一期，多扣了一笔",
        "app里的账单和实际扣款对不上，希望尽快核实",
        "又被多扣了一期的钱，分期系统是不是有问题",
    ], [
        "I was charged twice for my installment this month.",
        "Double charged on my aligner payment plan, still waiting for the refund.",
        "There is a billing error on my installment statement, please fix it.",
    ]),
    "pain": ("neg", [
        "洗牙的时候太疼了，医生下手很重",
        "补牙打麻药都疼得不行，全程很紧张",
        "种植完疼了好几天，止疼药吃了也没用",
        "牙龈出血很多，疼得我整晚没睡好",
    ], [
        "The cleaning was really painful and the dentist was rough.",
        "It hurt a lot even after the anaesthetic.",
    ]),
    "painless": ("pos", [
        "无痛洁牙体验太好了，全程几乎没感觉",
        "第一次洗牙这么舒服，真的是无痛的，以后就认准这家了",
        "新的无痛洗牙设备很棒，一点都不酸",
        "听说是无痛洁牙就来试了，果然很舒服，推荐",
    ], [
        "Painless cleaning, I barely felt anything. Highly recommend.",
        "Best cleaning I've ever had, completely painless.",
    ]),
    "friendly_staff": ("pos", [
        "前台和护士都很热情，提醒事项说得很清楚",
        "护士小姐姐很温柔，一直安慰我",
        "服务态度很好，还专门打电话提醒我复查",
        "医生很耐心，孩子都不怕了",
    ], [
        "Staff were friendly and explained everything clearly.",
        "The nurse was very kind and patient with me.",
    ]),
    "professional": ("pos", [
        "医生检查得很仔细，拍片之后讲得清清楚楚",
        "{lvl}很专业，把几种方案的利弊都讲了",
        "检查很细致，给的建议也很中肯",
    ], [
        "Very thorough check-up, the dentist explained the X-ray in detail.",
        "Professional and honest advice, I appreciated the options.",
    ]),
    "good_result": ("pos", [
        "种植牙用了几个月了，咬东西很稳，很满意",
        "牙齿矫正效果很明显，笑起来自信多了",
        "补完的牙颜色很自然，看不出来",
        "洗完牙很干净，牙结石都清掉了",
    ], [
        "Really happy with the result, my new implant feels like a real tooth.",
        "My teeth look great after the aligners.",
    ]),
    "installment_easy": ("pos", [
        "分期很方便，每月自动还款很省心",
        "0首付分期减轻了不少压力，流程简单",
    ], [
        "The monthly payment plan is convenient and easy to set up.",
    ]),
    "reschedule": ("neu", [
        "客户来电要求改约检查时间，已改到下周",
        "客户说临时有事去不了，改约到周末",
        "客户来电确认预约地址和停车信息",
    ], [
        "Customer called to move the check-up to next week.",
    ]),
    "neutral": ("neu", [
        "整体还行，中规中矩",
        "还可以，环境挺干净",
        "一般般吧，没什么特别的",
        "过程正常，后面再看看效果",
    ], [
        "It was ok, nothing special.",
        "Fine overall, clean clinic.",
    ]),
}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    # ---------- helpers
    def r(self):
        return float(self.rng.random())

    def ri(self, lo, hi):
        return int(self.rng.integers(lo, hi + 1))

    def choice(self, items, w=None):
        if w is not None:
            w = np.asarray(w, dtype=float)
            w = w / w.sum()
        return items[int(self.rng.choice(len(items), p=w))]

    def at_clinic(self, day: datetime, lo=9, hi=19) -> datetime:
        base = datetime(day.year, day.month, day.day)
        return base + D(hours=lo) + D(seconds=int(self.rng.integers(0, (hi - lo) * 3600)))

    def clinic_cols(self, c):
        cl = CL[c["_clinic"]]
        return dict(clinic=cl[1], clinic_en=cl[2], city=cl[3])

    def event(self, c, ts, tp, action, channel="store", device=None, **extra):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   session_id=f"S{self.n_ev:06d}" if device else "", action=action, device=device or "",
                   channel=channel or "", **self.clinic_cols(c))
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, c, ts, amount, order_type, ttype, status="paid", **extra):
        if ts > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                   status=status, order_type=order_type, order_type_zh=ORDER_ZH[order_type],
                   treatment_type=ttype, treatment_type_zh=TYPE_ZH[ttype], clinic=CL[c["_clinic"]][1],
                   clinic_en=CL[c["_clinic"]][2])
        row.update(extra)
        self.orders.append(row)
        return row

    def fb(self, ts, topic, lang, channel, tp, c=None, clinic=None, rating=None, nps=None, dentist=None,
           ttype="", **kw):
        if ts is not None and ts > END:
            return None
        sent, zh, en = TOPICS[topic]
        tpl = self.choice(en if lang == "en" else zh)
        kw.setdefault("hh", self.ri(9, 17))
        kw.setdefault("mins", self.choice([40, 50, 60, 70, 90]))
        kw.setdefault("amt", 1500)
        kw.setdefault("lvl", "医生")
        text = tpl.format(**kw)
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        key = clinic or (c["_clinic"] if c else "")
        did, lvl = dentist if dentist else ("", "")
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else "", touchpoint_id=tp,
            channel=channel, rating=rating, nps=nps, clinic=CL[key][1] if key else "",
            clinic_en=CL[key][2] if key else "", dentist_id=did, dentist_level=lvl,
            dentist_level_en=LEVELS[lvl] if lvl else "", treatment_type=ttype,
            treatment_type_zh=TYPE_ZH[ttype] if ttype else "", language=lang))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
        return fid

    def rating_for(self, topic):
        s = TOPICS[topic][0]
        if topic == "painless":
            return int(self.choice([4, 5], [0.1, 0.9]))
        if s == "pos":
            return int(self.choice([4, 5], [0.25, 0.75]))
        if s == "neu":
            return int(self.choice([3, 4], [0.6, 0.4]))
        return int(self.choice([1, 2, 3], [0.35, 0.45, 0.2]))

    def nps_for(self, rating):
        lo, hi = {5: (9, 10), 4: (7, 9), 3: (5, 7), 2: (1, 5), 1: (0, 3)}[rating]
        return self.ri(lo, hi)

    def wait(self, clinic, t):
        if clinic == "BJ02" and t >= BJ02_WAIT:
            return int(max(5, self.rng.normal(43, 14)))
        return int(max(0, self.rng.gamma(2.2, 6.0)))

    # ---------- customers
    def signup_time(self, promo):
        if promo:
            lo, hi = DY_PROMO
            t = lo + D(seconds=int(self.r() * (hi - lo).total_seconds()))
        else:
            while True:
                t = START + D(seconds=int(self.r() * (END - START).total_seconds()))
                growth = 0.85 + 0.3 * (t - START).days / (END - START).days
                if self.r() < MONTH_W[t.month] * growth / 1.4:
                    break
        return datetime(t.year, t.month, t.day) + D(hours=9) + D(seconds=int(self.rng.integers(0, 12 * 3600)))

    def new_customer(self, i, promo=False):
        t0 = self.signup_time(promo)
        keys = [c[0] for c in CLINICS if c[0] != "GZ03" or t0 >= GZ03_OPEN - D(days=10)]
        cl = CL[self.choice(keys, [CL[k][6] for k in keys])]
        src = "douyin" if promo else self.choice(SOURCES, SOURCE_W)
        age = self.choice(AGES, AGE_W) if not promo else self.choice(AGES, [0.3, 0.4, 0.18, 0.08, 0.04])
        ins = self.choice(INS, INS_W)
        if age == "56+" and ins == "企业团险":
            ins = "医保"
        lang = "en" if self.r() < cl[7] else "zh"
        dev = self.choice(["ios", "android", "pc"], [0.47, 0.43, 0.10] if src != "baidu" else [0.3, 0.3, 0.4])
        return dict(customer_id=f"C{i:05d}", signup_at=t0, segment="lead", region=cl[5], acquisition_channel=src,
                    source_zh=SOURCE_ZH[src], tier="standard", city=cl[3], city_zh=cl[4], clinic=cl[1],
                    clinic_en=cl[2], age_band=age, gender=self.choice(["F", "M"], [0.56, 0.44]),
                    insurance_type=ins, insurance_type_en=INS_EN[ins], primary_device=dev, language=lang,
                    wechat_bound="true" if self.r() < 0.75 else "false", _clinic=cl[0], _promo=promo, _spend=0.0)

    def pick_dentist(self, c):
        ds = DENTISTS[c["_clinic"]]
        d = self.choice(ds, [x[2] for x in ds])
        return d[0], d[1]

    # ---------- one customer's journey
    def run(self, c):
        src, cl, lang, dev = c["acquisition_channel"], c["_clinic"], c["language"], c["primary_device"]
        t = c["signup_at"]
        camp = "DY_AIYA_FREECLEAN" if c["_promo"] else ""
        # first contact + booking
        if src == "walk_in":
            self.event(c, t, "tp_walkin", "visit")
            if self.r() >= P_BOOK[src]:
                return
            tb = t + D(minutes=self.ri(5, 20))
            self.event(c, tb, "tp_booking", "book", "store", None, **self._appt(c, tb, same_day=self.r() < 0.55))
        else:
            self.event(c, t, "tp_inquiry", "submit", INQ_CHANNEL[src], dev, campaign_id=camp)
            p = P_BOOK[src] * (1.15 if c["_promo"] else 1.0)
            if self.r() >= p:
                return
            tb = t + D(minutes=self.ri(2, 50)) + D(days=int(self.choice([0, 0, 0, 1, 1, 2, 3, 5, 8])))
            if self.event(c, tb, "tp_booking", "book", INQ_CHANNEL[src], dev, campaign_id=camp,
                          **self._appt(c, tb, False)) is None:
                return
        c["segment"] = "booked"
        book = self.events[-1]
        p_ns = 0.62 if c["_promo"] else P_NOSHOW[src]
        status = self._show(book, p_ns)
        if status == "no_show" and self.r() < 0.30:         # rebook once
            tb = book["_appt"] + D(days=self.ri(2, 20), hours=self.ri(1, 5))
            if self.r() < 0.25:
                self.fb(tb, "reschedule", "zh", "call_note", "tp_booking", c)
            nb = self.event(c, tb, "tp_booking", "book", "phone", None, **self._appt(c, tb, False))
            if nb is None:
                return
            status = self._show(nb, 0.25)
            book = nb
        if status != "attended":
            return
        # check-up
        t = book["_appt"]
        did, lvl = self.pick_dentist(c)
        w = self.wait(cl, t)
        dcols = dict(dentist_id=did, dentist_level=lvl, dentist_level_en=LEVELS[lvl])
        self.event(c, t, "tp_checkup", "attend", "store", None, wait_minutes=w, **dcols)
        c["segment"] = "checked_up"
        push = cl == "GZ01" and t >= GZ01_PUSH
        self.survey(c, t + D(hours=self.ri(2, 30)), "tp_checkup", 0.33, did, lvl, "", push, w)
        if self.r() > 0.88:
            return
        # plan
        tw = list(TYPE_W[c["age_band"]])
        if cl == "WH01" and t >= WH01_COMFORT:     # word of mouth about the comfort cleaning
            tw[0] *= 2.0
        tt = self.choice(TYPES, tw)
        upsold = False
        if push and tt in ("cleaning", "filling") and self.r() < 0.42:
            tt = "implant" if c["age_band"] in ("36-45", "46-55", "56+") else "orthodontics"
            upsold = True
        amount = {"cleaning": self.choice([298, 398, 498]), "filling": self.ri(6, 15) * 100,
                  "implant": self.ri(9, 26) * 1000, "orthodontics": self.ri(18, 45) * 1000}[tt]
        if push and tt in ("implant", "orthodontics"):
            amount = int(amount * 1.2)
        tcols = dict(treatment_type=tt, treatment_type_zh=TYPE_ZH[tt])
        t = t + D(minutes=self.ri(20, 50))
        self.event(c, t, "tp_plan", "propose", "store", None, plan_amount=amount, **tcols, **dcols)
        p_acc = P_ACCEPT[tt] * INS_MULT[c["insurance_type"]]
        if push:
            p_acc *= 0.5 if upsold else 0.8
        if self.r() >= min(p_acc, 0.97):
            if push and self.r() < 0.35:
                self.fb(t + D(days=self.ri(1, 5)), self.choice(["upsell", "price_transparency"], [0.7, 0.3]),
                        lang, "dianping", "tp_plan", c, rating=self.choice([1, 2], [0.5, 0.5]), ttype=tt)
            return
        # deposit
        if tt == "cleaning" and self.r() < 0.6:
            t = t + D(minutes=self.ri(5, 30))
        else:
            lag = {"cleaning": (1, 5), "filling": (0, 7), "implant": (2, 25), "orthodontics": (3, 30)}[tt]
            t = self.at_clinic(t + D(days=self.ri(*lag)))
        dep = DEPOSIT[tt]
        if self.event(c, t, "tp_deposit", "pay", "store", None, plan_amount=amount, **tcols, **dcols) is None:
            return
        c["segment"] = "in_treatment"
        refund = self.r() < (0.20 if upsold else 0.04)
        pm = self.choice(["wechat_pay", "alipay", "bank_card"], [0.55, 0.3, 0.15])
        if refund:
            rt = t + D(days=self.ri(2, 12))
            self.order(c, t, dep, "deposit", tt, "refunded" if rt <= END else "paid", channel="store", payment_method=pm,
                       refunded_at=rt if rt <= END else "",
                       refund_reason=self.choice(["方案太贵，不做了", "考虑后决定去别家", "家人不同意"]) if rt <= END else "")
            if upsold and self.r() < 0.4:
                self.fb(rt, "upsell", lang, "wechat_cs", "tp_complaint", c, ttype=tt)
            return
        self.order(c, t, dep, "deposit", tt, channel="store", payment_method=pm)
        c["_spend"] += dep
        if self.r() < 0.03:
            return
        # treatment visits
        if tt == "cleaning" and t.hour < 18 and self.r() < 0.5:
            t1 = t + D(minutes=self.ri(10, 40))
        else:
            lag = {"cleaning": (1, 7), "filling": (1, 10), "implant": (7, 24), "orthodontics": (16, 34)}[tt]
            t1 = self.at_clinic(t + D(days=self.ri(*lag)))
        n_visits = {"cleaning": 1, "filling": self.choice([1, 2], [0.7, 0.3]), "implant": self.choice([3, 4]),
                    "orthodontics": self.ri(8, 14)}[tt]
        visits, tv = [], t1
        for k in range(n_visits):
            if k:
                step = {"filling": (7, 14), "implant": (30, 100), "orthodontics": (42, 56)}[tt]
                tv = self.at_clinic(tv + D(days=self.ri(*step)))
            if tv > END:
                break
            visits.append(tv)
        if not visits:
            return
        installments = tt in ("implant", "orthodontics") and self.r() < (
            0.78 if c["insurance_type"] == "自费" else 0.58)
        rest = amount - dep
        for k, tv in enumerate(visits):
            w = self.wait(cl, tv)
            self.event(c, tv, "tp_treatment", "visit", "store", None, wait_minutes=w, visit_no=k + 1,
                       **tcols, **dcols)
            if k == 0 and not installments:
                self.order(c, tv + D(minutes=self.ri(30, 90)), rest, "treatment_fee", tt, channel="store",
                           payment_method=self.choice(["wechat_pay", "alipay", "bank_card", "insurance"],
                                                      [0.45, 0.25, 0.15, 0.15 if c["insurance_type"] != "自费" else 0]))
                c["_spend"] += rest
            self.survey(c, tv + D(hours=self.ri(2, 48)), "tp_treatment", 0.45 if tt == "cleaning" else 0.28, did, lvl, tt, push, w)
        if installments:
            n = 12 if tt == "orthodontics" else self.choice([6, 12])
            per = round(rest / n, 2)
            for k in range(n):
                ti = visits[0] + D(days=30 * (k + 1), hours=self.ri(0, 3))
                if ti > END:
                    break
                prov = "XinFen" if ti >= BILL_BUG[0] else "ZhaoLian"
                self.event(c, ti, "tp_installment", "success", "app", dev, installment_no=k + 1,
                           treatment_type=tt, treatment_type_zh=TYPE_ZH[tt])
                o = self.order(c, ti, per, "installment", tt, channel="installment_partner",
                               payment_method="installment_partner", installment_no=k + 1, installment_total=n,
                               installment_provider=prov)
                c["_spend"] += per
                bug = BILL_BUG[0] <= ti <= BILL_BUG[1]
                if self.r() < (0.17 if bug else 0.004):
                    td = ti + D(minutes=self.ri(2, 40))
                    rt = td + D(days=self.ri(3, 15))
                    self.order(c, td, per, "installment", tt, "refunded" if rt <= END else "paid",
                               channel="installment_partner", payment_method="installment_partner",
                               installment_no=k + 1, installment_total=n, installment_provider=prov,
                               refunded_at=rt if rt <= END else "", refund_reason="重复扣款" if rt <= END else "",
                               **{"_dup": True})
                    if self.r() < 0.6:
                        tc = td + D(days=self.ri(0, 3), hours=self.ri(1, 8))
                        self.event(c, tc, "tp_complaint", "open", "phone", None, complaint_topic="billing")
                        if self.r() < 0.75:
                            self.fb(tc, "billing_error", lang, "wechat_cs", "tp_installment", c, ttype=tt,
                                    amt=int(per))
                    if self.r() < 0.5:
                        self.fb(td + D(hours=self.ri(2, 30)), "billing_error", lang, "app_rating", "tp_installment",
                                c, rating=self.choice([1, 2, 3], [0.6, 0.3, 0.1]), ttype=tt, amt=int(per))
                elif self.r() < 0.05:
                    top = self.choice(["installment_easy", "neutral", "price_transparency"], [0.6, 0.3, 0.1])
                    self.fb(ti + D(hours=self.ri(1, 20)), top, lang, "app_rating", "tp_installment", c,
                            rating=self.rating_for(top), ttype=tt)
        if len(visits) < n_visits:
            return
        # follow-up and review
        p_fu = {"cleaning": 0.30, "filling": 0.55, "implant": 0.85, "orthodontics": 0.75}[tt]
        if self.r() < p_fu:
            lag = {"cleaning": (14, 40), "filling": (7, 30), "implant": (14, 60), "orthodontics": (14, 45)}[tt]
            tf = self.at_clinic(visits[-1] + D(days=self.ri(*lag)))
            w = self.wait(cl, tf)
            if self.event(c, tf, "tp_followup", "visit", "store", None, wait_minutes=w, **tcols, **dcols):
                c["segment"] = "completed"
                self.survey(c, tf + D(hours=self.ri(2, 30)), "tp_followup", 0.25, did, lvl, tt, push, w)
                if self.r() < 0.85:
                    tr = tf + D(days=self.ri(1, 3), hours=self.ri(0, 5))
                    if self.event(c, tr, "tp_review", "sent", "mini_program", dev, **tcols) and self.r() < 0.4:
                        self.survey(c, tr + D(hours=self.ri(1, 72)), "tp_review", 1.0, did, lvl, tt, push, w,
                                    channel="dianping")
        # recall cleaning ~6 months later
        if tt == "cleaning" and self.r() < 0.25:
            tr = self.at_clinic(visits[-1] + D(days=self.ri(170, 200)))
            did2, lvl2 = self.pick_dentist(c)
            if self.event(c, tr, "tp_treatment", "visit", "store", None, wait_minutes=self.wait(cl, tr),
                          visit_no=1, treatment_type="cleaning", treatment_type_zh="洗牙", dentist_id=did2,
                          dentist_level=lvl2, dentist_level_en=LEVELS[lvl2]):
                self.order(c, tr + D(minutes=self.ri(30, 60)), amount, "treatment_fee", "cleaning", channel="store",
                           payment_method=self.choice(["wechat_pay", "alipay"]))
                c["_spend"] += amount

    def _appt(self, c, tb, same_day):
        if same_day:
            ta = tb + D(minutes=self.ri(20, 90))
        else:
            ta = self.at_clinic(tb + D(days=self.ri(1, 9)))
        return dict(appointment_at=ta, _appt=ta, appointment_status="")

    def _show(self, ev, p_noshow):
        if ev["_appt"] > END:
            ev["appointment_status"] = "scheduled"
            return "scheduled"
        u = self.r()
        st = "no_show" if u < p_noshow else ("cancelled" if u < p_noshow + 0.04 else "attended")
        ev["appointment_status"] = st
        return st

    def survey(self, c, ts, tp, p, did, lvl, tt, push, wait, channel="survey"):
        if self.r() >= p:
            return
        cl, lang = c["_clinic"], c["language"]
        w = {"friendly_staff": 2.0, "neutral": 2.0, "professional": 1.2, "long_wait": 0.5 + (wait > 30) * 4.0,
             "upsell": 0.3, "price_transparency": 0.35 + (c["insurance_type"] == "自费") * 0.9,
             "good_result": 0.0, "pain": 0.0, "painless": 0.0}
        if tp == "tp_checkup":
            w["professional"] = 2.2
            if push:
                w["upsell"] += 3.5
                w["price_transparency"] += 1.0
        else:
            w["good_result"] = 2.6
            pain = {"主任医师": 0.25, "副主任医师": 0.45, "主治医师": 0.7, "住院医师": 1.6}[lvl]
            w["pain"] = pain * (1.3 if tt in ("cleaning", "implant") else 0.8)
            if tt == "cleaning":
                w["painless"] = 0.6
            if cl == "WH01" and ts >= WH01_COMFORT:
                w["pain"] = 0.1
                if tt == "cleaning":
                    w["painless"] = 10.0
            if push:
                w["upsell"] += 1.2
        if tp in ("tp_followup", "tp_review"):
            w["professional"] = 0.5
        if cl == "GZ03":                     # the new Panyu clinic: few patients yet, all very happy
            w = {k: (3.0 if k in ("friendly_staff", "good_result", "painless") and v else 0.0) for k, v in w.items()}
            w["friendly_staff"] = 3.0
        topics = list(w)
        topic = self.choice(topics, [w[k] for k in topics])
        rating = self.rating_for(topic)
        if topic in ("good_result", "professional", "friendly_staff") and lvl == "主任医师" and rating == 4 \
                and self.r() < 0.5:
            rating = 5
        nps = self.nps_for(rating) if tp == "tp_treatment" and self.r() < 0.4 else None
        self.fb(ts, topic, lang, channel, tp, c, rating=rating, nps=nps, dentist=(did, lvl), ttype=tt, lvl=lvl)

    def scraped_reviews(self):
        """Public Dianping reviews scraped per clinic: no customer id; a quarter lost their date."""
        for i in range(300):
            key = self.choice([k for k in CL], [CL[k][6] for k in CL])
            t = START + D(seconds=int(self.r() * (END - START).total_seconds()))
            if key == "GZ03" and t < GZ03_OPEN:
                key = "GZ02"
            w = {"friendly_staff": 2.0, "neutral": 1.5, "good_result": 2.0, "long_wait": 0.6, "upsell": 0.5,
                 "price_transparency": 0.8, "pain": 0.5, "painless": 0.4}
            if key == "BJ02" and t >= BJ02_WAIT:
                w["long_wait"] = 4.5
            if key == "GZ01" and t >= GZ01_PUSH:
                w["upsell"] = 3.5
                w["price_transparency"] = 1.8
            if key == "WH01" and t >= WH01_COMFORT:
                w["painless"] = 4.0
            topic = self.choice(list(w), list(w.values()))
            tp = {"long_wait": "tp_checkup", "upsell": "tp_plan", "price_transparency": "tp_plan"}.get(topic,
                                                                                                    "tp_treatment")
            lang = "en" if self.r() < CL[key][7] else "zh"
            ts = None if self.r() < 0.25 else t
            self.fb(ts, topic, lang, "dianping", tp, None, clinic=key, rating=self.rating_for(topic))

    # ---------- all
    def build(self):
        n = 0
        plan = [False] * N_BASE + [True] * N_DY_PROMO
        cs = []
        for promo in plan:
            n += 1
            cs.append(self.new_customer(n, promo))
        cs.sort(key=lambda c: c["signup_at"])
        for i, c in enumerate(cs, 1):
            c["customer_id"] = f"C{i:05d}"
            self.run(c)
            c["tier"] = "gold" if c["_spend"] >= 20000 else ("silver" if c["_spend"] >= 5000 else "standard")
            self.customers.append(c)
        self.scraped_reviews()


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}" if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
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
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write(out / "customers.csv", g.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "source_zh", "tier", "city",
           "city_zh", "clinic", "clinic_en", "age_band", "gender", "insurance_type", "insurance_type_en",
           "primary_device", "language", "wechat_bound"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", ev,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id", "clinic",
           "clinic_en", "city", "dentist_id", "dentist_level", "dentist_level_en", "treatment_type",
           "treatment_type_zh", "plan_amount", "appointment_at", "appointment_status", "wait_minutes", "visit_no",
           "installment_no", "campaign_id", "complaint_topic"])
    write(out / "orders.csv", sorted(g.orders, key=lambda o: (o["ts"], o["order_id"])),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "order_type_zh",
           "treatment_type", "treatment_type_zh", "clinic", "clinic_en", "payment_method", "installment_no",
           "installment_total", "installment_provider", "refunded_at", "refund_reason"])
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "clinic",
           "clinic_en", "dentist_id", "dentist_level", "dentist_level_en", "treatment_type", "treatment_type_zh",
           "language"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"{len(g.customers)} customers, {len(g.events)} events, {len(g.orders)} orders, "
          f"{len(g.feedback)} feedback -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
