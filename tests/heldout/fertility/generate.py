"""安孕 NewLeaf: a private fertility clinic group (6 clinics in 5 cities). A patient (or couple) finds us online,
chats with an online consultant, books a first visit (初诊, standard or specialist slot), sees a doctor, does the
hormone panel (激素六项 + AMH), gets a treatment plan (IUI 人工授精, IVF 试管 with or without PGT, or egg freezing
冻卵), buys a treatment package, goes through a stimulation cycle (促排, with B-ultrasound monitoring 监测 and a
medication bill), egg retrieval (取卵), embryo transfer (移植: fresh, or frozen after a freeze-all), the blood
pregnancy test (验孕 β-HCG) and the early-pregnancy follow-up (胎心 B超); IUI patients get insemination instead of
retrieval / transfer; egg-freezing patients pay a yearly storage fee (冻存费) and renew it. Counselling (心理咨询)
is offered, mostly after a negative test. Feedback comes from in-app reviews (rated), Dianping (rated), a post-cycle
NPS survey, billing / refund tickets, hotline call notes and Xiaohongshu posts (no rating, many undated).
The extract holds 2025-01-01 .. 2026-08-31 (taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment; the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 6000
PRICE_RISE = datetime(2025, 10, 1)                            # new medication price list (+22 %)
SMS_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 10))       # app 4.2.0 reminder SMS names the procedure
JINGAN_QUEUE_FIX = datetime(2026, 4, 1)                       # Jing'an: new ultrasound scheduling system
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.3"), (datetime(2025, 6, 16), "4.1.0"), (datetime(2026, 3, 2), "4.2.0"),
                (datetime(2026, 4, 10), "4.2.1")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_consult", "在线咨询", "Online consultation", "awareness", "app", "digital", "online_consult",
     "在线咨询|线上咨询|网上问诊|客服咨询|咨询|online consult|chat|enquiry|inquiry|first contact"),
    ("tp_book_visit", "预约初诊", "First visit booked", "consideration", "app", "digital", "patient_services",
     "预约|挂号|约号|专家号|预约初诊|book|booking|appointment|first visit booking"),
    ("tp_visit_cancel", "取消初诊预约", "First visit cancelled", "consideration", "app", "digital", "patient_services",
     "取消预约|退号|不来了|cancel appointment|visit cancelled|no-show"),
    ("tp_first_visit", "初诊面诊", "First visit", "consideration", "store", "physical", "medical",
     "初诊|面诊|看医生|首诊|first visit|consultation visit|see the doctor|initial consult"),
    ("tp_hormone_test", "激素检查", "Hormone tests", "consideration", "store", "physical", "lab",
     "激素|抽血|性激素六项|AMH|检查|化验|hormone test|blood test|AMH test|lab work|fertility workup"),
    ("tp_plan", "制定治疗方案", "Treatment plan agreed", "purchase", "store", "physical", "medical",
     "方案|治疗方案|签知情同意|定方案|进周|treatment plan|protocol|consent|plan signed"),
    ("tp_package_pay", "购买疗程套餐", "Treatment package paid", "purchase", "app", "digital", "finance",
     "套餐|缴费|付款|交钱|买套餐|package|payment|paid|treatment package"),
    ("tp_stim_start", "促排启动", "Stimulation started", "service", "store", "physical", "medical",
     "促排|打促排针|降调|启动|用药|stimulation|stims|injections started|ovarian stimulation|medication"),
    ("tp_monitor", "B超监测", "Monitoring scan", "service", "store", "physical", "medical",
     "B超|监测|卵泡监测|看泡|抽血监测|monitoring|scan|ultrasound|follicle scan"),
    ("tp_cycle_cancel", "周期取消", "Cycle cancelled", "service", "store", "physical", "medical",
     "取消周期|周期取消|停药|低反应取消|cycle cancelled|cancelled cycle|poor response"),
    ("tp_retrieval", "取卵", "Egg retrieval", "service", "store", "physical", "medical",
     "取卵|取卵手术|OPU|egg retrieval|egg collection|retrieval"),
    ("tp_iui", "人工授精", "Insemination (IUI)", "service", "store", "physical", "medical",
     "人工授精|IUI|宫腔内人工授精|insemination|iui procedure"),
    ("tp_freeze_store", "冷冻保存", "Frozen storage", "service", "store", "physical", "lab",
     "冷冻|冻卵|冻胚|冻存|玻璃化冷冻|freezing|egg freezing|embryo freezing|storage|vitrification"),
    ("tp_transfer", "胚胎移植", "Embryo transfer", "service", "store", "physical", "medical",
     "移植|鲜胚移植|冻胚移植|放胚|transfer|embryo transfer|FET|fresh transfer|frozen transfer"),
    ("tp_beta_test", "验孕", "Pregnancy test", "service", "store", "physical", "lab",
     "验孕|抽血验孕|HCG|β-HCG|出结果|pregnancy test|beta|beta hcg|test result"),
    ("tp_followup", "早孕随访", "Early pregnancy follow-up", "loyalty", "store", "physical", "medical",
     "随访|胎心|早孕B超|孕检|毕业|follow-up|heartbeat scan|early pregnancy scan|graduation"),
    ("tp_counsel", "心理咨询", "Counselling", "service", "store", "physical", "counselling",
     "心理咨询|心理疏导|倾诉|咨询师|counselling|counseling|therapist|emotional support"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退费|退钱|refund|money back|reimbursement"),
    ("tp_storage_renew", "冻存续费", "Storage renewed", "loyalty", "app", "digital", "lab",
     "续费|冻存续费|保存续期|storage renewal|renew storage|storage fee renewal"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("intake", "初诊转化", "Intake", ["tp_consult", "tp_book_visit", "tp_first_visit", "tp_hormone_test"], 30),
    ("signup", "方案签约", "Plan sign-up", ["tp_first_visit", "tp_plan", "tp_package_pay"], 60),
    ("stimulation", "促排取卵", "Stimulation to retrieval", ["tp_stim_start", "tp_monitor", "tp_retrieval"], 25),
    ("outcome", "移植到确认妊娠", "Transfer to confirmed pregnancy", ["tp_transfer", "tp_beta_test", "tp_followup"], 45),
    ("storage", "冻存续费", "Storage renewal", ["tp_freeze_store", "tp_storage_renew"], 400),
]
CLINICS = [  # id, city, zh, en, opened, doctors
    ("K01", "Shanghai", "上海静安中心", "Shanghai Jing'an", None, ["D01", "D02", "D03"]),
    ("K02", "Shanghai", "上海浦东中心", "Shanghai Pudong", None, ["D04", "D05"]),
    ("K03", "Beijing", "北京朝阳中心", "Beijing Chaoyang", None, ["D06", "D07", "D08"]),
    ("K04", "Shenzhen", "深圳福田中心", "Shenzhen Futian", None, ["D09", "D10"]),
    ("K05", "Hangzhou", "杭州滨江中心", "Hangzhou Binjiang", None, ["D11", "D12"]),
    ("K06", "Chengdu", "成都高新中心", "Chengdu Hi-Tech", datetime(2025, 9, 1), ["D13"]),
]
CLINIC = {c[0]: c for c in CLINICS}
DOCTORS = {"D01": "林主任", "D02": "陈医生", "D03": "黄医生", "D04": "张主任", "D05": "吴医生", "D06": "王主任",
           "D07": "刘医生", "D08": "赵医生", "D09": "孙主任", "D10": "周医生", "D11": "徐主任", "D12": "朱医生",
           "D13": "杨主任"}
RUSHED_DOCTOR = "D10"
CITIES = {"Shanghai": ("上海", 0.36), "Beijing": ("北京", 0.23), "Shenzhen": ("深圳", 0.19),
          "Hangzhou": ("杭州", 0.13), "Chengdu": ("成都", 0.09)}
CHANNELS = {  # en: zh, weight, p(book a first visit), payer insurance share
    "xiaohongshu": ("小红书", 0.34, 0.26), "baidu_search": ("百度搜索", 0.22, 0.50),
    "friend_referral": ("朋友推荐", 0.18, 0.70), "doctor_referral": ("医生转诊", 0.12, 0.84),
    "insurance_partner": ("保险合作", 0.14, 0.72),
}
AGE_BANDS = ["<30", "30-34", "35-37", "38-40", "41+"]
AGE_ZH = {"<30": "30岁以下", "30-34": "30-34岁", "35-37": "35-37岁", "38-40": "38-40岁", "41+": "41岁及以上"}
DIAG = {  # en: zh, weight
    "unexplained": ("不明原因不孕", 0.22), "tubal": ("输卵管因素", 0.20), "male_factor": ("男方因素", 0.16),
    "pcos": ("多囊卵巢", 0.14), "dor": ("卵巢储备低下", 0.12), "social_freezing": ("社会性冻卵", 0.16),
}
TREAT_ZH = {"iui": "人工授精", "ivf": "试管婴儿", "ivf_pgt": "三代试管", "egg_freezing": "冻卵"}
PACKAGES = {"iui": ("IUI单周期套餐", 4800), "ivf": ("IVF标准套餐", 35000), "ivf_pgt": ("IVF+PGT套餐", 58000),
            "egg_freezing": ("冻卵套餐", 28000)}
OTYPE_ZH = {"consultation": "初诊挂号费", "hormone_test": "激素检查费", "package": "疗程套餐", "medication": "促排药费",
            "storage": "冻存费", "counselling": "心理咨询费"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "insurance_direct": "保险直付"}
REFUND_ZH = {"visit_cancelled": "取消初诊", "cycle_cancelled": "周期取消", "withdrew": "放弃治疗"}
P_POS = {"<30": 0.56, "30-34": 0.50, "35-37": 0.40, "38-40": 0.27, "41+": 0.08}   # per embryo transfer
P_POS_IUI = {"<30": 0.18, "30-34": 0.16, "35-37": 0.12, "38-40": 0.08, "41+": 0.04}

TXT = {  # topic: (zh variants, en variants)
    "wait": (["B超监测排队等了快两个小时", "候诊时间太长了，约了时间段还要再等一个多小时", "每次来监测都要排很久的队，请假都请不过来"],
             ["waited almost two hours for a ten-minute scan", "the waiting time is ridiculous even with a time slot",
              "the queue for monitoring scans goes on forever, I keep missing work"]),
    "doctor": (["医生五分钟就把我打发了，什么都没解释", "问医生问题他很不耐烦", "方案到底为什么这么定，医生没讲清楚"],
               ["the doctor rushed me out without explaining anything", "the doctor seemed impatient with my questions",
                "nobody explained why this protocol was chosen for me"]),
    "billing": (["药费比面诊时说的高了好几千", "套餐外还有很多额外收费，账单一点都不透明", "收费明细看不懂，也没人提前告知"],
                ["the medication bill was thousands more than what we were quoted",
                 "lots of extra charges on top of the package, zero transparency",
                 "hidden costs that nobody mentioned at the plan meeting"]),
    "privacy": (["短信提醒里直接写了取卵两个字，被同事看到了", "叫号的时候当着所有人喊全名和项目，隐私何在", "你们的隐私保护做得太差了"],
                ["the SMS reminder literally said egg retrieval and my colleague saw it",
                 "they shouted my full name and procedure in front of everyone",
                 "my privacy was not respected at all"]),
    "refund": (["取消周期的退款两周了还没到账", "退款流程太慢，催了好几次才有人理"],
               ["the refund for my cancelled cycle still hasn't arrived after two weeks",
                "the refund process is painfully slow, had to chase them again and again"]),
    "booking": (["专家号根本约不上", "线上预约总是显示约满了"],
                ["impossible to get a slot with the specialist", "online booking always shows fully booked"]),
    "nurse": (["护士们特别温柔耐心", "打针的护士姐姐很专业，一点都不疼"],
              ["the nurses were so kind and patient", "the nurse team was professional and caring"]),
    "success": (["终于好孕了，感谢整个团队！", "验孕成功，谢谢主任和整个团队的照顾"],
                ["finally a positive pregnancy test, thank you all!", "we are pregnant, forever grateful to this team"]),
}
GEN = {"pos": (["整体体验不错", "环境很舒服，流程顺畅", "会推荐给身边的朋友"],
               ["overall a good experience", "comfortable clinic and a smooth process", "would recommend to friends"]),
       "neu": (["还行吧", "一般般，和别家差不多", "中规中矩"], ["it was okay", "average, nothing special", "fine I guess"]),
       "neg": (["体验很差，不会再来了", "很失望", "花了这么多钱却是这种体验"],
               ["really disappointed", "would not come back", "not worth the money at all"])}
NEG_TOPICS = {"wait", "doctor", "billing", "privacy", "refund", "booking"}
TOPIC_TP = {"success": "tp_beta_test", "refund": "tp_refund", "booking": "tp_book_visit"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def season(d: datetime) -> float:
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 12) or datetime(2026, 2, 13) <= d < datetime(2026, 3, 3):
        return 0.45                                   # Spring Festival: clinics quiet
    if datetime(2025, 2, 12) <= d < datetime(2025, 3, 10) or datetime(2026, 3, 3) <= d < datetime(2026, 3, 25):
        return 1.5                                    # after-holiday rush
    if d.month in (7, 8):
        return 1.15
    return 1.0


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_cy = 0

    def ev(self, c, t, tp, sid, action, common=None, device=None, channel="clinic", **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=device, channel=channel)
        if device:
            row["app_version"] = app_version(t)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        pm = "insurance_direct" if (c["payer"] == "insurance" and otype in ("package", "hormone_test")) else \
            pick(["wechat_pay", "alipay", "bank_card"], [0.5, 0.3, 0.2] if amount < 5000 else [0.2, 0.25, 0.55])
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="app" if otype in ("consultation", "package", "storage") else "clinic",
                   device=c["device"], order_type=otype, 订单类型=OTYPE_ZH[otype], case_id=sid,
                   payment_method=pm, 支付方式=PAY[pm], currency="CNY")
        for k in ("clinic_id", "clinic", "clinic_en", "clinic_city", "诊所城市", "treatment", "治疗方案"):
            row[k] = common.get(k)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp, common=None, rating=None, nps=None, gen=None, undated=False,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        for k, tp_ in TOPIC_TP.items():
            if k in topics:
                tp = tp_
                break
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["id"], touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, language=lang)
        if common:
            for k in ("clinic_id", "clinic", "clinic_en", "clinic_city", "诊所城市", "doctor_id", "doctor_name", "treatment",
                      "治疗方案"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), gen=gen))

    # ---------- patients ----------
    def patients(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            if city == "Chengdu" and t < CLINIC["K06"][4]:
                city = pick(["Shanghai", "Beijing", "Shenzhen", "Hangzhou"], [0.36, 0.23, 0.19, 0.13])
            clinics = [x for x in CLINICS if x[1] == city]
            home = clinics[0] if len(clinics) == 1 else pick(clinics, [0.62, 0.38])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            diag = pick(list(DIAG), [v[1] for v in DIAG.values()])
            if diag == "social_freezing":
                age = pick(AGE_BANDS, [0.12, 0.48, 0.32, 0.08, 0.0])
            elif diag == "dor":
                age = pick(AGE_BANDS, [0.02, 0.13, 0.25, 0.32, 0.28])
            elif diag == "pcos":
                age = pick(AGE_BANDS, [0.3, 0.45, 0.17, 0.07, 0.01])
            else:
                age = pick(AGE_BANDS, [0.08, 0.33, 0.27, 0.2, 0.12])
            en = 0.22 if city in ("Shanghai", "Shenzhen") else 0.06
            self.cust.append(dict(
                id=f"P{i + 1:05d}", t0=t, city=city, home=home, channel=ch, diag=diag, age=age,
                payer="insurance" if ch == "insurance_partner" or rng.random() < 0.05 else "self",
                device=pick(["ios", "android", "pc"], [0.5, 0.38, 0.12]), en=en,
                lang="en" if rng.random() < en else "zh", tier="premium" if rng.random() < 0.22 else "standard",
                visited=False, paid=False, pregnant=False, froze=False, last=t, treatment=None))

    def common(self, c, clinic, doctor=None, treatment=None):
        return dict(clinic_id=clinic[0], clinic=clinic[2], clinic_en=clinic[3], clinic_city=clinic[1],
                    诊所城市=CITIES[clinic[1]][0], doctor_id=doctor, doctor_name=DOCTORS.get(doctor),
                    treatment=treatment, 治疗方案=TREAT_ZH.get(treatment) if treatment else None)

    def wait(self, clinic, t, kind):
        med = 28.0
        if clinic[0] == "K01":
            med = 88.0 if t < JINGAN_QUEUE_FIX else 34.0
            if kind == "first":
                med *= 0.6
        elif clinic[0] == "K04":
            med = 38.0
        return int(round(max(3.0, rng.lognormal(np.log(med), 0.4))))

    def intake(self, c):
        t = c["t0"]
        sid = f"IN{c['id'][1:]}"
        dev = c["device"]
        chan = "web" if dev == "pc" else ("mini_program" if c["channel"] == "xiaohongshu" and rng.random() < 0.5
                                            else "app")
        self.ev(c, t, "tp_consult", sid, "chat", device=dev, channel=chan, acquisition_channel=c["channel"])
        if rng.random() > CHANNELS[c["channel"]][2]:
            if rng.random() < 0.05:
                self.fb(c, t + D(days=float(rng.uniform(1, 20))), ["booking"], "xiaohongshu", "tp_book_visit",
                        undated=rng.random() < 0.4)
            return
        tb = t + D(days=float(rng.exponential(3.0) + 0.05)) if rng.random() > 0.06 else t + D(
            days=float(rng.uniform(31, 70)))
        clinic = c["home"]
        if clinic[4] and tb < clinic[4]:
            return
        doctor = str(rng.choice(clinic[5]))
        slot = "specialist" if rng.random() < 0.35 else "standard"
        com = self.common(c, clinic, doctor)
        com_v = dict(com, visit_type=slot, 号别="专家号" if slot == "specialist" else "普通号")
        if not self.ev(c, tb, "tp_book_visit", sid, "submit", com_v, device=dev, channel=chan):
            return
        fee = 500 if slot == "specialist" else 300
        o = self.order(c, tb, fee, "consultation", sid, com, visit_type=slot)
        if rng.random() < (0.03 if slot == "standard" else 0.08) and rng.random() < 0.5:
            self.fb(c, tb + D(hours=2), ["booking"], "app_review", "tp_book_visit", com,
                    rating=float(pick([1, 2, 3], [0.4, 0.4, 0.2])))
        tv = tb + D(days=float(rng.uniform(1, 12)))
        tv = datetime(tv.year, tv.month, tv.day) + D(hours=float(rng.uniform(8, 16.5)))
        if rng.random() < 0.09:                       # cancels the first visit: consultation fee refunded
            tc = tb + (tv - tb) * float(rng.uniform(0.1, 0.9))
            self.ev(c, tc, "tp_visit_cancel", sid, "cancel", com_v, device=dev, channel=chan)
            tr = tc + D(hours=float(rng.uniform(0.2, 30)))
            self.refund(c, tr, fee, "visit_cancelled", sid, com, o)
            return
        wm = self.wait(clinic, tv, "first")
        if not self.ev(c, tv, "tp_first_visit", sid, "visit", com_v, wait_minutes=wm):
            return
        c["visited"] = True
        c["last"] = tv
        topics = []
        if wm > 60 and rng.random() < 0.3:
            topics.append("wait")
        if doctor == RUSHED_DOCTOR and rng.random() < 0.32:
            topics.append("doctor")
        elif doctor != RUSHED_DOCTOR and rng.random() < 0.03:
            topics.append("doctor")
        if rng.random() < (0.55 if topics else 0.16):
            stars = float(pick([5, 4, 3, 2], [0.5, 0.33, 0.12, 0.05]))
            stars -= 1.6 * ("wait" in topics) + 2.0 * ("doctor" in topics)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            tpcs = topics if topics else (["nurse"] if rng.random() < 0.25 else [])
            self.fb(c, tv + D(hours=float(rng.uniform(1, 30))), tpcs, "app_review", "tp_first_visit", com,
                    rating=stars, gen=gen)
        if rng.random() > 0.92:
            return
        th = tv + D(days=float(rng.choice([0, 0, 1, 2, 3, 5]))) + D(minutes=float(rng.uniform(20, 90)))
        amh = {"dor": 0.6, "pcos": 7.5, "social_freezing": 2.8}.get(c["diag"], 2.6)
        amh *= {"<30": 1.3, "30-34": 1.1, "35-37": 0.85, "38-40": 0.6, "41+": 0.45}[c["age"]]
        amh = round(float(max(0.05, rng.lognormal(np.log(amh), 0.3))), 2)
        if not self.ev(c, th, "tp_hormone_test", sid, "sample_taken", com, amh_ng_ml=amh):
            return
        self.order(c, th, 680, "hormone_test", sid, com)
        c["last"] = th
        p_plan = 0.80 if c["diag"] == "social_freezing" else 0.70
        if c["channel"] == "xiaohongshu":
            p_plan -= 0.15
        if "doctor" in topics:
            p_plan -= 0.25
        if rng.random() > p_plan:
            return
        tp_ = th + D(days=float(rng.uniform(6, 24))) if rng.random() > 0.07 else th + D(days=float(rng.uniform(62, 90)))
        treat = self.treatment(c)
        com = self.common(c, clinic, doctor, treat)
        protocol = "mild" if treat == "iui" else pick(["antagonist", "long_agonist"], [0.62, 0.38])
        com["protocol"] = protocol
        com["方案类型"] = {"mild": "微刺激", "antagonist": "拮抗剂方案", "long_agonist": "长方案"}[protocol]
        if not self.ev(c, tp_, "tp_plan", sid, "consent_signed", com, package_name=PACKAGES[treat][0]):
            return
        c["last"] = tp_
        if rng.random() > 0.86:
            return
        tpay = tp_ + D(days=float(rng.exponential(4.0) + 0.1))
        self.buy_and_cycle(c, tpay, com, first=True)

    def treatment(self, c):
        d = c["diag"]
        if d == "social_freezing":
            return "egg_freezing"
        if d in ("unexplained", "male_factor") and rng.random() < 0.45 or d == "pcos" and rng.random() < 0.35:
            return "iui"
        if c["age"] in ("38-40", "41+") and rng.random() < 0.4:
            return "ivf_pgt"
        return "ivf"

    def refund(self, c, t, amount, reason, sid, com, order):
        if t > END:
            return
        self.ev(c, t, "tp_refund", sid, "refund", com, channel="other", refund_amount=amount, refund_reason=reason,
                退款原因=REFUND_ZH[reason])
        if order is not None:
            order["status"] = "refunded"
            order["refunded_at"] = ts(t)

    def buy_and_cycle(self, c, tpay, com, first):
        treat = com["treatment"]
        self.n_cy += 1
        cy = f"CY{self.n_cy:05d}"
        com = dict(com, cycle_no=c.setdefault("cycles", 0) + 1)
        c["cycles"] += 1
        name, price = PACKAGES[treat]
        if not self.ev(c, tpay, "tp_package_pay", cy, "paid", com, device=c["device"],
                       channel="web" if c["device"] == "pc" else "app", package_name=name, amount=price):
            return
        pkg = self.order(c, tpay, price, "package", cy, com, package_name=name, 套餐名称=name)
        c["paid"] = True
        c["treatment"] = treat
        c["last"] = tpay
        clinic = CLINIC[com["clinic_id"]]
        if rng.random() < 0.05:                        # withdraws before starting: package refunded
            tw = tpay + D(days=float(rng.uniform(3, 30)))
            self.refund(c, tw + D(days=float(rng.uniform(7, 18))), price, "withdrew", cy, com, pkg)
            return
        ts_ = tpay + D(days=float(rng.uniform(3, 28)))
        ts_ = datetime(ts_.year, ts_.month, ts_.day) + D(hours=float(rng.uniform(8, 11)))
        if treat != "iui" and not self.ev(c, ts_, "tp_stim_start", cy, "started", com):
            return                                   # IUI: follicle tracking only, no stimulation start
        if treat == "iui":
            med = float(rng.uniform(900, 2200))
        else:
            med = float(rng.uniform(8000, 12500) * (1.25 if com["protocol"] == "long_agonist" else 1.0))
        if ts_ >= PRICE_RISE:
            med *= 1.22
        self.order(c, ts_, round(med), "medication", cy, com)
        p_bill = (0.16 if ts_ >= PRICE_RISE else 0.035) * (0.4 if treat == "iui" else 1.0)
        if rng.random() < p_bill:
            ch = pick(["ticket", "call_note", "app_review"], [0.5, 0.3, 0.2])
            self.fb(c, ts_ + D(days=float(rng.uniform(0.2, 6))), ["billing"], ch,
                    "tp_package_pay" if treat == "iui" else "tp_stim_start", com,
                    rating=float(pick([1, 2], [0.6, 0.4])) if ch == "app_review" else None,
                    undated=ch == "call_note" and rng.random() < 0.25)
        # monitoring scans
        t = ts_
        n_mon = int(rng.integers(2, 4)) if treat == "iui" else int(rng.integers(3, 6))
        waits, priv = [], False
        cancel = rng.random() < (0.32 if c["diag"] == "dor" else (0.09 if c["age"] == "41+" else 0.05))
        if treat == "iui":
            cancel = rng.random() < 0.04
        for k in range(n_mon):
            t += D(days=float(rng.choice([2, 2, 3])))
            t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(7.5, 11)))
            wm = self.wait(clinic, t, "monitor")
            waits.append(wm)
            if not self.ev(c, t, "tp_monitor", cy, "scan", com, wait_minutes=wm, scan_no=k + 1):
                return
            if SMS_BUG[0] <= t < SMS_BUG[1]:
                priv = True
            if cancel and k >= 1:
                break
        c["last"] = t
        topics = []
        if max(waits) > 75 and rng.random() < 0.28:
            topics.append("wait")
        if priv and rng.random() < 0.35:
            topics.append("privacy")
        elif rng.random() < 0.006:
            topics.append("privacy")
        if topics or rng.random() < 0.08:
            ch = pick(["app_review", "call_note", "xiaohongshu", "dianping"], [0.45, 0.2, 0.2, 0.15])
            rating = None
            if ch in ("app_review", "dianping"):
                stars = float(pick([5, 4, 3, 2], [0.5, 0.33, 0.12, 0.05])) - 1.5 * len(topics)
                rating = float(min(5, max(1, round(stars))))
            tpcs = topics if topics else (["nurse"] if rng.random() < 0.5 else [])
            gen = None if rating is None else ("pos" if rating >= 4 else ("neu" if rating == 3 else "neg"))
            self.fb(c, t + D(hours=float(rng.uniform(2, 40))), tpcs, ch, "tp_monitor", com, rating=rating, gen=gen,
                    undated=(ch == "xiaohongshu" and rng.random() < 0.45) or (ch == "dianping" and rng.random() < 0.2),
                    no_customer=ch == "xiaohongshu" and rng.random() < 0.5)
        if cancel:
            tc = t + D(hours=float(rng.uniform(3, 30)))
            self.ev(c, tc, "tp_cycle_cancel", cy, "cancelled", com, reason="poor_response", 取消原因="卵巢低反应")
            slow = rng.random() < 0.7
            tr = tc + D(days=float(rng.uniform(9, 21) if slow else rng.uniform(2, 6)))
            self.refund(c, tr, price, "cycle_cancelled", cy, com, pkg)
            if tr <= END and slow and rng.random() < 0.5:
                self.fb(c, tr - D(days=float(rng.uniform(0.5, 3))), ["refund"], pick(["ticket", "call_note"], [0.7, 0.3]),
                        "tp_refund", com)
            if rng.random() < 0.3:
                self.counsel(c, tc + D(days=float(rng.uniform(2, 15))), cy, com)
            if rng.random() < 0.35:
                self.buy_and_cycle(c, tc + D(days=float(rng.uniform(40, 110))), com, first=False)
            return
        if treat == "iui":
            ti = t + D(days=float(rng.uniform(1, 2.5)))
            if not self.ev(c, ti, "tp_iui", cy, "inseminated", com):
                return
            return self.beta(c, ti, cy, com, P_POS_IUI[c["age"]])
        tr = t + D(days=float(rng.uniform(1.5, 3)))
        tr = datetime(tr.year, tr.month, tr.day) + D(hours=float(rng.uniform(7.5, 10)))
        eggs = {"dor": 3.0, "pcos": 19.0}.get(c["diag"], 11.0) * {"<30": 1.2, "30-34": 1.05, "35-37": 0.85,
                                                                      "38-40": 0.65, "41+": 0.45}[c["age"]]
        eggs = int(max(1, rng.poisson(eggs)))
        if not self.ev(c, tr, "tp_retrieval", cy, "retrieved", com, eggs_retrieved=eggs):
            return
        c["last"] = tr
        if rng.random() < 0.12:
            self.fb(c, tr + D(days=float(rng.uniform(0.5, 4))), ["nurse"], pick(["app_review", "dianping"], [0.7, 0.3]),
                    "tp_retrieval", com, rating=float(pick([5, 4], [0.7, 0.3])))
        if treat == "egg_freezing":
            tf = tr + D(hours=float(rng.uniform(2, 6)))
            self.ev(c, tf, "tp_freeze_store", cy, "vitrified", com, frozen_type="eggs", 冷冻类型="卵子",
                    frozen_count=eggs)
            self.order(c, tf, 3600, "storage", cy, com, storage_year=1)
            c["froze"] = True
            p_ren = 0.84 if c["age"] in ("<30", "30-34") else 0.72
            if rng.random() < p_ren:
                tn = tf + D(days=float(rng.uniform(335, 372)))
                if self.ev(c, tn, "tp_storage_renew", cy, "renewed", com, device=c["device"],
                           channel="web" if c["device"] == "pc" else "app", frozen_type="eggs", 冷冻类型="卵子"):
                    self.order(c, tn, 3600, "storage", cy, com, storage_year=2)
            if rng.random() < 0.08:
                self.fb(c, tf + D(days=float(rng.uniform(3, 30))), [], "survey", "tp_freeze_store", com,
                        nps=int(np.clip(round(rng.normal(8.3, 1.5)), 0, 10)))
            return
        embryos = int(rng.binomial(eggs, 0.45))
        if embryos == 0:
            self.ev(c, tr + D(days=5), "tp_cycle_cancel", cy, "no_embryo", com, reason="no_embryo",
                    取消原因="无可用胚胎")
            if rng.random() < 0.45:
                self.counsel(c, tr + D(days=float(rng.uniform(6, 20))), cy, com)
            return
        freeze_all = rng.random() < (0.58 if c["diag"] == "pcos" else (0.9 if treat == "ivf_pgt" else 0.12))
        if freeze_all:
            tf = tr + D(days=5, hours=3)
            self.ev(c, tf, "tp_freeze_store", cy, "vitrified", com, frozen_type="embryos", 冷冻类型="胚胎",
                    frozen_count=embryos)
            self.order(c, tf, 2400, "storage", cy, com, storage_year=1)
            tt = tr + D(days=float(rng.uniform(35, 80)))
            ttype = "frozen"
        else:
            tt = tr + D(days=float(rng.choice([3, 5])), hours=float(rng.uniform(1, 4)))
            ttype = "fresh"
        if not self.ev(c, tt, "tp_transfer", cy, "transferred", com, transfer_type=ttype,
                       移植类型="冻胚移植" if ttype == "frozen" else "鲜胚移植", embryos_available=embryos):
            return
        p = P_POS[c["age"]] + (0.10 if treat == "ivf_pgt" else 0.0)
        return self.beta(c, tt, cy, com, p)

    def beta(self, c, t_proc, cy, com, p):
        tb = t_proc + D(days=float(rng.choice([12, 13, 14]))) + D(hours=float(rng.uniform(-2, 2)))
        pos = rng.random() < p
        if not self.ev(c, tb, "tp_beta_test", cy, "result", com, beta_result="positive" if pos else "negative",
                       验孕结果="阳性" if pos else "阴性"):
            return
        c["last"] = tb
        if rng.random() < 0.3:
            nps = int(np.clip(round(rng.normal(9.0 if pos else 6.2, 1.4)), 0, 10))
            topics = ["success"] if pos and rng.random() < 0.5 else []
            self.fb(c, tb + D(days=float(rng.uniform(1, 6))), topics, "survey", "tp_beta_test", com, nps=nps,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if pos:
            c["pregnant"] = True
            if rng.random() < 0.84:
                tf = tb + D(days=float(rng.uniform(14, 24)))
                self.ev(c, tf, "tp_followup", cy, "heartbeat_confirmed", com)
                if rng.random() < 0.12:
                    ch = pick(["xiaohongshu", "dianping", "app_review"], [0.5, 0.25, 0.25])
                    self.fb(c, tf + D(days=float(rng.uniform(1, 10))), ["success"], ch, "tp_followup", com,
                            rating=None if ch == "xiaohongshu" else 5.0,
                            undated=ch != "app_review" and rng.random() < 0.3)
            return
        counselled = rng.random() < 0.38
        if counselled:
            self.counsel(c, tb + D(days=float(rng.uniform(2, 20))), cy, com)
        if rng.random() < (0.56 if counselled else 0.28):
            nxt = com["treatment"]
            if nxt == "iui" and rng.random() < 0.35:
                nxt = "ivf"
            com2 = dict(com, treatment=nxt, 治疗方案=TREAT_ZH[nxt])
            if nxt != com["treatment"]:
                com2.update(protocol="antagonist", 方案类型="拮抗剂方案")
            self.buy_and_cycle(c, tb + D(days=float(rng.uniform(35, 100))), com2, first=False)

    def counsel(self, c, t, cy, com):
        if self.ev(c, t, "tp_counsel", cy, "session", com, counsellor=pick(["C1", "C2", "C3"], [1, 1, 1])):
            free = rng.random() < 0.5
            if not free:
                self.order(c, t, 400, "counselling", cy, com)

    def run(self):
        self.patients()
        for c in self.cust:
            self.intake(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if c["pregnant"]:
                seg = "pregnant"
            elif c["froze"] and c["treatment"] == "egg_freezing":
                seg = "eggs_in_storage"
            elif c["paid"] and c["last"] >= datetime(2026, 7, 1):
                seg = "in_treatment"
            elif c["paid"]:
                seg = "paused"
            elif c["visited"]:
                seg = "assessed"
            else:
                seg = "lead"
            diag = c["diag"] if c["visited"] else None
            tier = c["tier"] if c["paid"] else "standard"           # the concierge tier is sold with a package
            rows.append(dict(
                customer_id=c["id"], signup_at=ts(c["t0"]), segment=seg, region=c["city"], 城市=CITIES[c["city"]][0],
                acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                服务等级="尊享管家" if tier == "premium" else "标准", age_band=c["age"], 年龄段=AGE_ZH[c["age"]],
                diagnosis=diag, 诊断=DIAG[diag][0] if diag else None, payer=c["payer"],
                付费方式="商业保险" if c["payer"] == "insurance" else "自费", home_clinic_id=c["home"][0],
                device=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "acquisition_channel", "clinic_id", "clinic", "clinic_en", "clinic_city", "诊所城市",
           "doctor_id", "doctor_name", "visit_type", "号别", "treatment", "治疗方案", "protocol", "方案类型", "cycle_no",
           "package_name", "amount", "wait_minutes", "scan_no", "amh_ng_ml", "eggs_retrieved", "embryos_available",
           "frozen_type", "冷冻类型", "frozen_count", "transfer_type", "移植类型", "beta_result", "验孕结果", "reason",
           "取消原因", "counsellor", "refund_amount", "refund_reason", "退款原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "case_id", "clinic_id", "clinic", "clinic_en", "clinic_city", "诊所城市", "treatment", "治疗方案",
            "package_name", "套餐名称", "visit_type", "storage_year", "payment_method", "支付方式", "refunded_at",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "clinic_id", "clinic", "clinic_en", "clinic_city", "诊所城市", "doctor_id", "doctor_name", "treatment", "治疗方案"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "服务等级",
             "age_band", "年龄段", "diagnosis", "诊断", "payer", "付费方式", "home_clinic_id", "device",
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
    dup = rng.choice(len(ev), size=15, replace=False)            # the clinic system re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fbs = sorted(zip(g.feedback, g.truth), key=lambda x: x[0]["feedback_id"])
    write(out / "feedback.csv", [x[0] for x in fbs], FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", [x[1] for x in fbs], ["feedback_id", "topics", "gen"])
    print(f"patients {len(g.cust)}, cycles {g.n_cy}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
