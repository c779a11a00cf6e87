"""康步假肢矫形 StrideWell Orthotics & Prosthetics: a chain of five O&P clinics in Singapore and Malaysia
(synthetic, written blind). Data 2024-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2024, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta

PG_OPEN = datetime(2025, 4, 1)                                  # George Town (Penang) opened
TAM_RENO = (datetime(2025, 4, 1), datetime(2025, 7, 1))         # Tampines renovation: one room, long booking waits
LAB_CADCAM = (datetime(2025, 8, 4), datetime(2025, 10, 4))     # Jurong central lab CAD/CAM migration: late jobs
STRAITS_PREAUTH = (datetime(2026, 2, 1), datetime(2026, 6, 1))  # Straits Life pre-authorisation rule, clinics unprepared
TELE_FROM = datetime(2025, 7, 1)                                # video follow-ups offered
AB = (datetime(2026, 1, 5), datetime(2026, 5, 1))               # whatsapp_reminder_2026 (bookings in this range)
WA_ROLLOUT = datetime(2026, 5, 1)                               # WhatsApp reminders for everyone
MARCUS_FROM = datetime(2025, 6, 2)                              # new prosthetist at Novena

# id, zh, en, city, city_zh, country, currency, weight, open
CLINICS = [
    ("SG-NOV", "诺维娜中心", "Novena Centre", "Singapore", "新加坡", "SG", "SGD", 0.30, START),
    ("SG-JUR", "裕廊东中心", "Jurong East Centre", "Singapore", "新加坡", "SG", "SGD", 0.22, START),
    ("SG-TAM", "淡滨尼中心", "Tampines Centre", "Singapore", "新加坡", "SG", "SGD", 0.18, START),
    ("KL-BSR", "吉隆坡孟沙中心", "Bangsar KL Centre", "Kuala Lumpur", "吉隆坡", "MY", "MYR", 0.21, START),
    ("PG-GTN", "槟城乔治市中心", "George Town Penang Centre", "Penang", "槟城", "MY", "MYR", 0.11, PG_OPEN),
]
CL = {c[0]: c for c in CLINICS}
MYR_SGD = 0.29   # group reporting rate

# clinicians: clinic -> list of (zh, en, role, from)
STAFF = {
    "SG-NOV": [("陈志明", "Chen Zhiming", "cpo", START), ("黄丽华", "Wong Li Hua", "orthotist", START),
               ("普丽亚", "Priya Nair", "orthotist", START), ("李俊杰", "Marcus Lee", "prosthetist", MARCUS_FROM)],
    "SG-JUR": [("林美玲", "Lim Mei Ling", "orthotist", START), ("艾哈迈德", "Ahmad Faizal", "prosthetist", START),
               ("郑伟强", "Tay Wei Qiang", "cpo", START)],
    "SG-TAM": [("吴嘉欣", "Goh Jia Xin", "orthotist", START), ("王大卫", "David Ong", "cpo", START)],
    "KL-BSR": [("张国华", "Teoh Kok Wah", "cpo", START), ("努鲁", "Nurul Aisyah", "orthotist", START),
               ("拉维", "Ravi Kumar", "prosthetist", START)],
    "PG-GTN": [("邱佩琪", "Khoo Pei Qi", "cpo", PG_OPEN), ("许文杰", "Khor Wen Jie", "orthotist", PG_OPEN)],
}

# device: zh, en, category, weight SG, weight MY, price SGD (lo, hi), lab promised days, renew (p, months lo, hi)
DEVICES = {
    "foot_orthoses": ("定制矫形鞋垫", "Custom foot orthoses", "orthotic", 0.31, 0.27, (420, 680), 7, (0.30, 11, 18)),
    "diabetic_footwear": ("糖尿病足鞋垫套装", "Diabetic footwear & insoles", "orthotic", 0.13, 0.14, (560, 950), 10,
                          (0.40, 10, 14)),
    "afo": ("踝足矫形器", "Ankle-foot orthosis (AFO)", "orthotic", 0.12, 0.12, (950, 1900), 10, (0.25, 10, 15)),
    "knee_brace": ("定制膝关节支具", "Custom knee brace", "orthotic", 0.08, 0.07, (1200, 2300), 12, (0.0, 0, 0)),
    "spinal_brace": ("脊柱侧弯矫形器", "Scoliosis brace", "orthotic", 0.07, 0.05, (2600, 4200), 10, (0.35, 10, 16)),
    "cranial_helmet": ("婴儿头型矫正头盔", "Cranial remoulding helmet", "orthotic", 0.04, 0.03, (3000, 3900), 7,
                       (0.0, 0, 0)),
    "kafo": ("膝踝足矫形器", "Knee-ankle-foot orthosis (KAFO)", "orthotic", 0.02, 0.02, (3200, 6500), 18, (0.0, 0, 0)),
    "transtibial": ("小腿假肢", "Below-knee prosthesis", "prosthetic", 0.13, 0.17, (8500, 18500), 12, (0.0, 0, 0)),
    "transfemoral": ("大腿假肢", "Above-knee prosthesis", "prosthetic", 0.06, 0.08, (16000, 46000), 16, (0.0, 0, 0)),
    "partial_foot": ("部分足假肢", "Partial-foot prosthesis", "prosthetic", 0.02, 0.02, (3000, 6200), 10, (0.0, 0, 0)),
    "upper_limb": ("上肢假肢", "Upper-limb prosthesis", "prosthetic", 0.02, 0.03, (10000, 30000), 21, (0.0, 0, 0)),
}
DEV_IDS = list(DEVICES)
LOWER_PROS = ("transtibial", "transfemoral", "partial_foot")

DIAG = {  # id: zh, en
    "foot_pain": ("足底筋膜炎/扁平足", "Foot pain / flat foot"), "sports_injury": ("运动损伤", "Sports injury"),
    "diabetes": ("糖尿病足", "Diabetic foot"), "stroke": ("中风", "Stroke"),
    "cerebral_palsy": ("脑瘫", "Cerebral palsy"), "osteoarthritis": ("骨关节炎", "Osteoarthritis"),
    "scoliosis": ("脊柱侧弯", "Scoliosis"), "plagiocephaly": ("婴儿扁头", "Plagiocephaly"),
    "neuro": ("神经肌肉疾病", "Neuromuscular condition"),
    "vascular_amputation": ("血管性截肢", "Vascular amputation"), "trauma_amputation": ("外伤截肢", "Traumatic amputation"),
    "congenital": ("先天性肢体缺损", "Congenital limb difference"),
}

SOURCES = {  # id: zh
    "hospital": "医院转诊", "gp": "家庭医生", "podiatrist": "足科诊所", "physio": "物理治疗师",
    "school_screening": "学校脊柱筛查", "insurer_case_manager": "保险个案经理", "socso": "社险PERKESO",
    "self_referral": "自行就诊",
}
PAYERS = {  # id: zh, en, type, country
    "self_pay": ("自费", "Self-pay", "self_pay"),
    "medisave": ("保健储蓄/终身健保", "MediSave / MediShield Life", "government_scheme"),
    "smf": ("乐龄行动辅助基金", "Seniors' Mobility & Enabling Fund", "government_scheme"),
    "merlion": ("鱼尾狮保险", "Merlion Assurance", "private_insurance"),
    "straits_life": ("海峡人寿", "Straits Life", "private_insurance"),
    "wica": ("工伤保险", "Work injury insurer (WICA)", "work_injury"),
    "socso": ("社险PERKESO", "SOCSO (PERKESO)", "work_injury"),
    "harimau": ("虎威保险", "Harimau Insurance", "private_insurance"),
    "employer": ("雇主医疗福利", "Employer medical benefit", "private_insurance"),
}
PAYER_TYPE_ZH = {"self_pay": "自费", "government_scheme": "政府计划", "private_insurance": "商业保险",
                 "work_injury": "工伤赔偿"}
REJECT = {  # id: zh
    "no_preauth": "缺少预授权", "not_covered": "不在保障范围", "incomplete_docs": "资料不全",
    "exceeds_limit": "超出保额", "pre_existing": "既往症除外", "not_work_related": "非工伤",
}
ADJ = {  # id: zh
    "socket_loose": "残肢萎缩接受腔松动", "pressure_point": "压痛点", "alignment": "对线调整", "noise": "异响",
    "skin_irritation": "皮肤磨损", "strap_broken": "绑带损坏", "growth": "孩子长大需放大", "shoe_fit": "鞋子放不下",
}
CONTACT = {  # id: zh
    "appointment": "预约改期", "claim_status": "理赔进度", "device_status": "器具进度", "billing": "账单费用",
    "discomfort": "佩戴不适", "repair": "维修", "general": "一般咨询",
}
REPAIR = {"liner": "硅胶套", "foot_shell": "假脚外壳", "pin_lock": "锁销", "knee_unit": "膝关节", "cosmetic_cover": "外装饰套",
          "strap": "绑带", "top_cover": "鞋垫面层"}
CAST = {"3d_scan": "3D扫描", "plaster_cast": "石膏取模", "foam_box": "泡沫取模"}
FUP = {"in_clinic": "到店复查", "tele": "视频复查"}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_referral", "收到转诊", "Referral received", "awareness", "other", "digital", "referral desk",
     "转诊|转介|转诊单|医生转介|自荐|referral|referred|e-referral|referral letter|new referral|intake"),
    ("tp_booking", "预约评估", "Assessment booked", "awareness", "phone", "digital", "patient services",
     "预约|约评估|挂号|订位|排期|booking|appointment booked|book an assessment|scheduling"),
    ("tp_missed_appt", "爽约", "Missed appointment", "service", "other", "physical", "patient services",
     "爽约|没来|放鸽子|未到|缺席|no-show|no show|DNA|did not attend|missed appointment"),
    ("tp_assessment", "初次评估", "Clinical assessment", "consideration", "store", "physical", "clinicians",
     "评估|初诊|首诊|面诊|步态评估|看师傅|assessment|initial assessment|first visit|consult|gait assessment|eval"),
    ("tp_quote", "报价与资助方案", "Quote & funding plan", "consideration", "email", "digital", "patient services",
     "报价|估价|费用方案|资助方案|quote|quotation|estimate|cost estimate|funding plan"),
    ("tp_claim_submitted", "提交理赔申请", "Funding claim submitted", "purchase", "other", "digital", "claims team",
     "理赔|报销|申请理赔|保险申请|预授权申请|津贴申请|claim|claim submitted|insurance claim|funding application|"
     "pre-auth request|SMF application|SOCSO application"),
    ("tp_claim_decision", "理赔审批结果", "Funding claim decision", "purchase", "other", "digital", "claims team",
     "理赔结果|审批|批核|拒赔|理赔批准|claim decision|approval|claim approved|claim rejected|denial|claim outcome"),
    ("tp_cast_scan", "取模/3D扫描", "Casting / 3D scan", "purchase", "store", "physical", "clinicians",
     "取模|打石膏|石膏模|扫描|3D扫描|量脚|casting|cast|scan|3D scan|measurement|mould"),
    ("tp_fabrication", "器具制作完成", "Device fabricated", "service", "other", "physical", "central lab",
     "制作|做好|制作室|工厂|出货|fabrication|lab|device ready|manufacturing|lab job|workshop"),
    ("tp_fitting", "试穿/试戴", "Fitting", "service", "store", "physical", "clinicians",
     "试穿|试戴|适配|试接受腔|装配|fitting|fit|test socket|check socket|try-on"),
    ("tp_handover", "交付器具", "Device handover", "service", "store", "physical", "clinicians",
     "交付|取件|领取|拿到器具|交货|handover|delivery|device delivered|collection|issue of device"),
    ("tp_gait_training", "步态训练", "Gait training", "service", "store", "physical", "rehab team",
     "步态训练|走路训练|康复训练|练走路|gait training|walking training|rehab session|physio session"),
    ("tp_adjustment", "器具调整", "Device adjustment", "service", "store", "physical", "clinicians",
     "调整|修改|打磨|加垫|微调|adjustment|tweak|modification|padding|refit"),
    ("tp_followup", "定期复查", "Follow-up review", "service", "store", "physical", "clinicians",
     "复查|复诊|回访|随访|视频复查|follow-up|review|check-up|tele-review|video review"),
    ("tp_support", "客服联络", "Patient support contact", "service", "phone", "digital", "patient services",
     "客服|热线|打电话|WhatsApp|咨询|询问|support|helpline|call|enquiry|hotline|customer service"),
    ("tp_repair", "维修/换件", "Repair", "service", "store", "physical", "central lab",
     "维修|修理|换件|坏了|更换部件|repair|fix|broken|spare part|component replacement"),
    ("tp_renewal", "复配新器具", "Device renewal", "loyalty", "store", "physical", "patient services",
     "复配|换新|再做一副|续配|renewal|replacement device|new pair|reorder|re-supply"),
]

JOURNEYS = [
    ("referral_to_assessment", "转诊到初次评估", "Referral to assessment",
     ["tp_referral", "tp_booking", "tp_assessment"], 30),
    ("assessment_to_handover", "评估到交付", "Assessment to device handover",
     ["tp_assessment", "tp_cast_scan", "tp_fitting", "tp_handover"], 90),
    ("claim_to_casting", "理赔到取模", "Funding claim to casting",
     ["tp_claim_submitted", "tp_claim_decision", "tp_cast_scan"], 45),
    ("referral_to_handover", "转诊到交付全流程", "Referral to handover (end to end)",
     ["tp_referral", "tp_booking", "tp_assessment", "tp_cast_scan", "tp_handover"], 120),
    ("handover_to_review", "交付到首次复查", "Handover to first review",
     ["tp_handover", "tp_followup"], 45),
]

HOSP = ["Central General Hospital", "Eastside Regional Hospital", "Westlake Medical Centre", "Harbourfront Hospital",
        "Straits Rehab Hospital", "St. Anne's Community Hospital"]
HOSP_MY = ["Pantai Hill Medical Centre", "Bukit Jalil Specialist Hospital", "Penang Island Hospital",
           "Klang Valley Rehab Centre", "Gurney Specialist Hospital"]
GPS = ["Family Care Clinic", "Healthway GP", "OneMed Clinic", "Sunrise Medical", "Greenleaf Family Practice"]


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers = {}
        self.events = []
        self.orders = []
        self.feedback = []
        self.truth = []
        self.experiments = []
        self.n = {}

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, w=None):
        if w is None:
            return items[int(self.rng.integers(len(items)))]
        cum = []
        a = 0.0
        for x in w:
            a += x
            cum.append(a)
        return items[min(len(items) - 1, bisect.bisect_right(cum, self.r() * a))]

    def nid(self, k, pre, w=7):
        self.n[k] = self.n.get(k, 0) + 1
        return f"{pre}{self.n[k]:0{w}d}"

    def at(self, day, lo=8.5, hi=17.5):
        h = lo + self.r() * (hi - lo)
        return datetime(day.year, day.month, day.day) + D(hours=h, seconds=int(self.r() * 59))

    def workday(self, t, days):
        """clinic appointment `days` after t, moved off Sundays, at clinic hours."""
        d = t + D(days=days)
        if d.weekday() == 6:
            d += D(days=1)
        return self.at(d)

    def ccols(self, k):
        c = CL[k]
        return dict(clinic_id=k, clinic=c[1], clinic_en=c[2], city=c[3], 城市=c[4])

    def ev(self, p, ts, tp, **kw):
        if ts > END:
            return None
        e = dict(event_id=self.nid("e", "E", 7), customer_id=p["customer_id"], ts=ts, touchpoint_id=tp)
        e.update(self.ccols(p["k"]))
        e.update(kw)
        self.events.append(e)
        p["last"] = max(p.get("last", ts), ts)
        return e

    def order(self, p, ts, otype, amount, status="paid", channel="clinic", pay=None, **kw):
        if ts > END:
            return None
        k = p["k"]
        cur = CL[k][6]
        amount = round(float(amount), 2)
        if pay is None:
            pay = self.pick(["card", "nets", "paynow", "cash", "medisave_deduction"], [0.45, 0.2, 0.25, 0.05, 0.05]) \
                if cur == "SGD" else self.pick(["card", "fpx", "duitnow", "cash"], [0.45, 0.25, 0.2, 0.1])
        o = dict(order_id=self.nid("o", "INV", 7), customer_id=p["customer_id"], ts=ts, amount=amount, status=status,
                 channel=channel, currency=cur,
                 amount_sgd=round(amount * (1 if cur == "SGD" else MYR_SGD), 2), order_type=otype,
                 订单类型=ORDER_ZH[otype], payment_method=pay, device_type=p["dev"], 器具类型=DEVICES[p["dev"]][0],
                 category=DEVICES[p["dev"]][2])
        o.update(self.ccols(k))
        o.update(kw)
        self.orders.append(o)
        return o

    # ---------- population ----------
    def run(self):
        day = START
        while day <= END:
            base = 10.2 * (1 + 0.12 * (day - START).days / 365)
            m = day.month
            season = {12: 0.82, 1: 0.95, 2: 0.9, 6: 0.95, 7: 1.05, 3: 1.08, 10: 1.05}.get(m, 1.0)
            if day.weekday() == 6:
                season *= 0.15
            elif day.weekday() == 5:
                season *= 0.45
            for c in CLINICS:
                if day < c[8]:
                    continue
                w = c[7]
                if c[0] == "PG-GTN":
                    w *= min(1.0, 0.45 + (day - PG_OPEN).days / 240)
                for _ in range(int(self.rng.poisson(base * w * season))):
                    self.patient(c[0], self.at(day, 8, 19))
            day += D(days=1)
        self.public_reviews()

    def new_patient(self, k, t):
        c = CL[k]
        country = c[5]
        dev = self.pick(DEV_IDS, [DEVICES[d][3 if country == "SG" else 4] for d in DEV_IDS])
        if dev == "foot_orthoses":
            diag = self.pick(["foot_pain", "sports_injury"], [0.75, 0.25])
            age = int(self.rng.integers(18, 72))
        elif dev == "diabetic_footwear":
            diag, age = "diabetes", int(self.rng.integers(45, 88))
        elif dev == "afo":
            diag = self.pick(["stroke", "cerebral_palsy", "neuro"], [0.55, 0.3, 0.15])
            age = int(self.rng.integers(3, 15)) if diag == "cerebral_palsy" else int(self.rng.integers(35, 88))
        elif dev == "knee_brace":
            diag = self.pick(["sports_injury", "osteoarthritis"], [0.55, 0.45])
            age = int(self.rng.integers(18, 50)) if diag == "sports_injury" else int(self.rng.integers(50, 82))
        elif dev == "spinal_brace":
            diag, age = "scoliosis", int(self.rng.integers(10, 19))
        elif dev == "cranial_helmet":
            diag, age = "plagiocephaly", 0
        elif dev == "kafo":
            diag, age = "neuro", int(self.rng.integers(12, 75))
        elif dev == "upper_limb":
            diag = self.pick(["trauma_amputation", "congenital"], [0.8, 0.2])
            age = int(self.rng.integers(20, 60)) if diag == "trauma_amputation" else int(self.rng.integers(3, 16))
        else:
            diag = self.pick(["vascular_amputation", "trauma_amputation"],
                             [0.7, 0.3] if country == "SG" else [0.55, 0.45])
            if dev == "partial_foot":
                diag = "vascular_amputation"
            age = int(self.rng.integers(48, 88)) if diag == "vascular_amputation" else int(self.rng.integers(19, 62))
        cat = DEVICES[dev][2]
        # referral source
        if dev == "spinal_brace":
            src = self.pick(["school_screening", "hospital", "gp", "self_referral"], [0.45, 0.3, 0.1, 0.15]) \
                if country == "SG" else self.pick(["hospital", "gp", "self_referral"], [0.6, 0.2, 0.2])
        elif dev == "cranial_helmet":
            src = self.pick(["hospital", "gp", "self_referral"], [0.5, 0.2, 0.3])
        elif cat == "prosthetic":
            if diag == "trauma_amputation" and age < 63:
                src = self.pick(["hospital", "insurer_case_manager", "socso", "self_referral"],
                                [0.45, 0.45, 0, 0.1] if country == "SG" else [0.35, 0.1, 0.5, 0.05])
            else:
                src = self.pick(["hospital", "gp", "self_referral"], [0.82, 0.08, 0.1])
        elif dev in ("foot_orthoses", "knee_brace"):
            src = self.pick(["podiatrist", "physio", "gp", "self_referral", "hospital"], [0.3, 0.25, 0.15, 0.22, 0.08])
        elif dev == "diabetic_footwear":
            src = self.pick(["podiatrist", "gp", "hospital", "self_referral"], [0.4, 0.25, 0.25, 0.1])
        else:
            src = self.pick(["hospital", "physio", "gp", "self_referral"], [0.55, 0.25, 0.1, 0.1])
        # payer
        payer = "self_pay"
        x = self.r()
        if country == "SG":
            if src == "insurer_case_manager":
                payer = "wica"
            elif cat == "prosthetic":
                payer = self.pick(["medisave", "smf", "merlion", "straits_life", "self_pay"],
                                  [0.3, 0.25 if age >= 60 else 0, 0.18, 0.17, 0.1])
            elif age >= 60 and dev in ("afo", "diabetic_footwear", "kafo", "knee_brace"):
                payer = self.pick(["smf", "medisave", "self_pay", "straits_life", "merlion"], [0.45, 0.1, 0.25, 0.1, 0.1])
            elif x < 0.42:
                payer = self.pick(["merlion", "straits_life", "medisave"], [0.45, 0.4, 0.15])
        else:
            if src == "socso":
                payer = "socso"
            elif cat == "prosthetic":
                payer = self.pick(["straits_life", "harimau", "employer", "self_pay"], [0.3, 0.25, 0.15, 0.3])
            elif x < 0.35:
                payer = self.pick(["straits_life", "harimau", "employer"], [0.4, 0.3, 0.3])
        if country == "SG":
            lang = self.pick(["en", "zh", "ms"], [0.52, 0.4, 0.08])
        elif k == "KL-BSR":
            lang = self.pick(["en", "zh", "ms"], [0.38, 0.4, 0.22])
        else:
            lang = self.pick(["en", "zh", "ms"], [0.25, 0.6, 0.15])
        age_band = "0-17" if age < 18 else "18-39" if age < 40 else "40-59" if age < 60 else "60-74" if age < 75 else "75+"
        ptype = "infant" if age < 2 else "child" if age < 18 else "adult" if age < 65 else "senior"
        cid = self.nid("c", "P", 6)
        g = self.pick(["F", "M"], [0.72, 0.28] if dev == "spinal_brace" else
                      [0.35, 0.65] if diag == "trauma_amputation" else [0.5, 0.5])
        p = dict(customer_id=cid, k=k, dev=dev, cat=cat, diag=diag, age=age, age_band=age_band, src=src,
                 payer=payer, lang=lang, ptype=ptype, gender=g, t0=t, stage="referred", ab=None)
        self.customers[cid] = p
        return p

    # ---------- journey ----------
    def patient(self, k, t):
        p = self.new_patient(k, t)
        urgent = p["src"] == "hospital" and self.r() < 0.35
        p["urgent"] = urgent
        via = {"hospital": "e_referral_portal", "gp": self.pick(["e_referral_portal", "fax", "email"], [0.5, 0.2, 0.3]),
               "podiatrist": self.pick(["email", "e_referral_portal"], [0.6, 0.4]), "physio": "email",
               "school_screening": "e_referral_portal", "insurer_case_manager": "email", "socso": "e_referral_portal",
               "self_referral": self.pick(["web_form", "walk_in", "whatsapp"], [0.55, 0.2, 0.25])}[p["src"]]
        org = None
        if p["src"] == "hospital":
            org = self.pick(HOSP if CL[k][5] == "SG" else HOSP_MY)
        elif p["src"] == "gp":
            org = self.pick(GPS)
        ch = {"e_referral_portal": "web", "fax": "other", "email": "email", "web_form": "web", "walk_in": "store",
              "whatsapp": "social"}[via]
        e = self.ev(p, t, "tp_referral", action="received", channel=ch, referral_id=self.nid("r", "REF", 6),
                    referral_source=p["src"], 转诊来源=SOURCES[p["src"]], referral_via=via, referrer_org=org,
                    urgency="urgent" if urgent else "routine", diagnosis=p["diag"], 诊断=DIAG[p["diag"]][0],
                    device_type=p["dev"], 器具类型=DEVICES[p["dev"]][0], category=p["cat"],
                    device="pc" if via == "web_form" and self.r() < 0.5 else ("ios" if via == "web_form" else None))
        if e is not None and self.r() < 0.007:
            self.events.append(dict(e))   # e-referral portal re-sent the same message
        nobook = {"hospital": 0.07, "gp": 0.12, "podiatrist": 0.08, "physio": 0.1, "school_screening": 0.22,
                  "insurer_case_manager": 0.03, "socso": 0.05, "self_referral": 0.24}[p["src"]]
        if self.r() < nobook:
            p["stage"] = "lost_before_booking"
            return
        lead = self.rng.exponential(0.8 if urgent else 2.8)
        bt = t + D(days=float(lead), hours=float(self.r() * 3))
        if bt.hour < 8 or bt.hour > 20:
            bt = self.at(bt, 9, 18)
        self.booking_loop(p, bt, first=True)

    def booking_loop(self, p, bt, first):
        k = p["k"]
        misses = 0
        rebook = False
        while True:
            if bt > END:
                return
            urgent = p.get("urgent")
            mean = 3.0 if urgent else 8.5
            if k == "SG-TAM" and TAM_RENO[0] <= bt < TAM_RENO[1]:
                mean = 3.0 if urgent else 26.0
            wait = max(1, int(round(self.rng.gamma(4.0, mean / 4.0))))
            if rebook:
                wait = max(2, int(round(self.rng.gamma(4.0, 7 / 4.0))))
            appt = self.workday(bt, wait)
            if bt < AB[0]:
                rem = "sms"
            elif bt < AB[1]:
                if first and p["ab"] is None:
                    p["ab"] = self.pick(["sms", "whatsapp"])
                    self.experiments.append(dict(experiment_id="whatsapp_reminder_2026", variant=p["ab"],
                                                 customer_id=p["customer_id"], assigned_at=bt, clinic_id=k,
                                                 device_type=p["dev"]))
                rem = p["ab"] or "sms"
            else:
                rem = "whatsapp"
            via = self.pick(["phone", "web", "app", "whatsapp", "referral_portal"],
                            [0.4, 0.15, 0.1, 0.2, 0.15 if p["src"] == "hospital" else 0.02])
            ch = {"phone": "phone", "web": "web", "app": "app", "whatsapp": "social", "referral_portal": "other"}[via]
            dev = self.pick(["ios", "android"]) if via == "app" else ("pc" if via == "web" and self.r() < 0.6 else
                                                                       "ios" if via == "web" else None)
            bid = self.nid("b", "BK", 6)
            self.ev(p, bt, "tp_booking", action="booked", channel=ch, device=dev, booking_id=bid,
                    appt_type="assessment", 预约类型="初次评估", appt_at=appt, wait_days=(appt.date() - bt.date()).days,
                    booked_via=via, reminder_channel=rem, rebooking=rebook, urgency="urgent" if urgent else "routine")
            p["stage"] = "booked"
            ns = {"hospital": 0.13, "gp": 0.10, "podiatrist": 0.06, "physio": 0.07, "school_screening": 0.13,
                  "insurer_case_manager": 0.04, "socso": 0.08, "self_referral": 0.23}[p["src"]]
            if p["age"] >= 75:
                ns += 0.06
            if wait > 18:
                ns += 0.07
            if rem == "whatsapp":
                ns *= 0.42
            if rebook:
                ns *= 0.8
            if appt > END:
                return
            if self.r() < ns:
                self.ev(p, appt, "tp_missed_appt", action="no_show", channel="store", booking_id=bid,
                        appt_type="assessment", 预约类型="初次评估", reminder_channel=rem)
                misses += 1
                if misses >= 3 or self.r() > (0.62 if misses == 1 else 0.4):
                    p["stage"] = "lost_no_show"
                    if self.r() < 0.3:
                        self.support(p, appt + D(days=float(self.r() * 2)), "appointment")
                    return
                if self.r() < 0.25:
                    self.support(p, appt + D(hours=2 + self.r() * 20), "appointment")
                bt = appt + D(days=float(self.r() * 3), hours=float(self.r() * 4))
                rebook = True
                continue
            self.assessment(p, appt, wait)
            return

    def clinician(self, p, t):
        k = p["k"]
        st = [s for s in STAFF[k] if s[3] <= t]
        if p["cat"] == "prosthetic":
            st = [s for s in st if s[2] in ("prosthetist", "cpo")]
            if k == "SG-NOV":
                if t >= MARCUS_FROM:
                    return self.pick(st, [0.55 if s[2] == "cpo" else 0.45 for s in st])
        else:
            st = [s for s in st if s[2] in ("orthotist", "cpo")]
        return self.pick(st, [0.6 if s[2] == "cpo" and p["cat"] == "prosthetic" else 1.0 for s in st])

    def assessment(self, p, t, wait_days):
        k = p["k"]
        doc = self.clinician(p, t)
        p["doc"] = doc
        wm = max(0, int(self.rng.normal(31 if (k == "SG-TAM" and TAM_RENO[0] <= t < TAM_RENO[1]) else 11, 6)))
        kl = None
        if p["dev"] in LOWER_PROS:
            kl = self.pick(["K1", "K2", "K3", "K4"], [0.15, 0.45, 0.32, 0.08] if p["age"] >= 60 else
                           [0.02, 0.2, 0.55, 0.23])
        p["klevel"] = kl
        outcome = "custom_device" if self.r() < 0.93 else self.pick(["off_the_shelf", "no_device", "referred_back"])
        mins = int(self.rng.normal(85 if p["cat"] == "prosthetic" else 50, 10))
        self.ev(p, t, "tp_assessment", action="attended", channel="store", clinician=doc[0], clinician_en=doc[1],
                clinician_role=doc[2], wait_minutes=wm, assessment_minutes=mins, gait_analysis=p["dev"] not in
                ("cranial_helmet", "upper_limb", "spinal_brace") and self.r() < 0.8, k_level=kl,
                device_type=p["dev"], 器具类型=DEVICES[p["dev"]][0], category=p["cat"], diagnosis=p["diag"],
                诊断=DIAG[p["diag"]][0], outcome=outcome, 评估结果={"custom_device": "定制器具",
                                                               "off_the_shelf": "成品即可", "no_device": "无需器具",
                                                               "referred_back": "转回医生"}[outcome])
        p["stage"] = "assessed"
        fee = (150 if p["cat"] == "prosthetic" else 110) if CL[k][6] == "SGD" else (250 if p["cat"] == "prosthetic" else 180)
        self.order(p, t + D(minutes=mins + 5), "assessment_fee", fee)
        if p.get("wait_fb") is None:
            p["wait_fb"] = wait_days
        self.survey(p, t + D(hours=3 + self.r() * 40), "tp_assessment", "assessment", wait=wait_days, wm=wm)
        if outcome != "custom_device":
            p["stage"] = "assessed_no_device"
            return
        self.quote(p, t)

    def price(self, p):
        lo, hi = DEVICES[p["dev"]][5]
        v = lo + (hi - lo) * self.rng.beta(2, 2)
        if p["dev"] == "transfemoral" and p.get("klevel") in ("K3", "K4"):
            v *= 1.35
        if CL[p["k"]][6] == "MYR":
            v = v * 2.35
        return round(v / 10) * 10

    def quote(self, p, t):
        k = p["k"]
        price = self.price(p)
        p["price"] = price
        qt = t + D(days=float(self.r() * 3), hours=float(1 + self.r() * 5))
        payer = p["payer"]
        if payer == "self_pay":
            share = 1.0
        elif payer == "smf":
            share = self.pick([0.1, 0.25, 0.5], [0.5, 0.3, 0.2])
        elif payer in ("wica", "socso"):
            share = 0.0
        elif payer == "medisave":
            share = self.pick([0.2, 0.35])
        else:
            share = self.pick([0.1, 0.2, 0.3])
        qid = self.nid("q", "Q", 6)
        p["qid"] = qid
        self.ev(p, qt, "tp_quote", action="sent", channel=self.pick(["email", "app"], [0.7, 0.3]), quote_id=qid,
                quote_amount=price, currency=CL[k][6], device_type=p["dev"], 器具类型=DEVICES[p["dev"]][0],
                category=p["cat"], funding_route=payer, 资金来源=PAYERS[payer][0], payer_type=PAYERS[payer][2],
                est_patient_share=share, clinician=p["doc"][0], clinician_en=p["doc"][1])
        p["stage"] = "quoted"
        if payer == "self_pay":
            acc = {"foot_orthoses": 0.8, "diabetic_footwear": 0.74, "afo": 0.86, "knee_brace": 0.68,
                   "spinal_brace": 0.9, "cranial_helmet": 0.82, "kafo": 0.8}.get(p["dev"], 0.85)
            if self.r() < acc:
                self.cast(p, qt + D(days=float(2 + self.rng.exponential(6))), share=1.0)
            else:
                p["stage"] = "declined_quote"
                if self.r() < 0.2:
                    self.survey(p, qt + D(days=2 + self.r() * 5), "tp_quote", "quote_declined")
            return
        self.claim(p, qt + D(days=float(1 + self.r() * 4)), share)

    def claim(self, p, t, share, appeal=False):
        k = p["k"]
        payer = p["payer"]
        if t > END:
            return
        straits_rule = payer == "straits_life" and t >= STRAITS_PREAUTH[0]
        if straits_rule:
            pre = self.r() < (0.4 if t < STRAITS_PREAUTH[1] else 0.93)
        else:
            pre = self.r() < 0.15
        if appeal:
            pre = True
        amount = round(p["price"] * (1 - share), 2)
        cid = self.nid("cl", "CLM", 6)
        self.ev(p, t, "tp_claim_submitted", action="submitted", channel="other", claim_id=cid, payer=payer,
                payer_en=PAYERS[payer][1], 保险方=PAYERS[payer][0], payer_type=PAYERS[payer][2],
                付款类型=PAYER_TYPE_ZH[PAYERS[payer][2]], claim_amount=amount, currency=CL[k][6],
                preauth_attached=pre, appeal=appeal, submitted_via=self.pick(["payer_portal", "email", "post"],
                                                                                [0.7, 0.25, 0.05]),
                device_type=p["dev"], 器具类型=DEVICES[p["dev"]][0])
        p["stage"] = "awaiting_funding"
        # decision
        mean, sd, appr = {"medisave": (7, 2, 0.95), "smf": (14, 4, 0.9), "merlion": (9, 3, 0.91),
                          "straits_life": (8, 3, 0.91), "wica": (13, 4, 0.93), "socso": (47, 12, 0.86),
                          "harimau": (10, 3, 0.89), "employer": (5, 2, 0.96)}[payer]
        days = max(1, int(round(self.rng.normal(mean, sd))))
        reasons = ["not_covered", "incomplete_docs", "exceeds_limit", "pre_existing"]
        rw = [0.35, 0.35, 0.15, 0.15]
        if payer == "socso":
            reasons, rw = ["incomplete_docs", "not_work_related", "not_covered"], [0.5, 0.35, 0.15]
        if straits_rule and not pre:
            appr = 0.12
            reasons, rw = ["no_preauth", "not_covered", "incomplete_docs"], [0.85, 0.08, 0.07]
            days = max(2, int(round(self.rng.normal(11, 3))))
        if appeal:
            appr = 0.78
        dt = self.at(t + D(days=days), 9, 18.5)
        partial = False
        if self.r() < appr:
            partial = payer not in ("wica", "socso") and self.r() < 0.12
            action = "partial" if partial else "approved"
            paid = round(amount * (self.pick([0.6, 0.7, 0.8]) if partial else 1.0), 2)
            reason = "exceeds_limit" if partial else None
        else:
            action, paid, reason = "rejected", 0.0, self.pick(reasons, rw)
        self.ev(p, dt, "tp_claim_decision", action=action, channel="other", claim_id=cid, payer=payer,
                payer_en=PAYERS[payer][1], 保险方=PAYERS[payer][0], payer_type=PAYERS[payer][2],
                付款类型=PAYER_TYPE_ZH[PAYERS[payer][2]], claim_amount=amount, approved_amount=paid,
                currency=CL[k][6], decision_days=(dt.date() - t.date()).days, reject_reason=reason,
                拒赔原因=REJECT.get(reason) if reason else None, appeal=appeal)
        if dt > END:
            return
        # waiting long → patient calls
        if days > 20 and self.r() < 0.55:
            self.support(p, t + D(days=float(14 + self.r() * (days - 14))), "claim_status", ctx="claim_slow")
        if action == "rejected":
            p["rejected"] = (payer, reason, dt)
            for _ in range(1 + int(self.r() < 0.45)):
                self.support(p, dt + D(days=float(self.r() * 6)), "claim_status", ctx="claim_rejected")
            if self.r() < 0.5:
                self.survey(p, dt + D(days=1 + self.r() * 3), "tp_claim_decision", "claim_rejected")
            x = self.r()
            if not appeal and x < 0.35:
                self.claim(p, dt + D(days=float(3 + self.r() * 10)), share, appeal=True)
            elif x < 0.65:
                p["payer_fallback"] = True
                self.cast(p, dt + D(days=float(3 + self.rng.exponential(8))), share=1.0, selfpay_after=True)
            else:
                p["stage"] = "lost_funding"
            return
        if days > 30 and self.r() < 0.35:
            self.survey(p, dt + D(days=1 + self.r() * 3), "tp_claim_decision", "claim_slow")
        if self.r() < (0.88 if partial else 0.95):
            new_share = 1 - paid / p["price"]
            p["claim_paid"] = (paid, payer, cid)
            self.cast(p, dt + D(days=float(2 + self.rng.exponential(4))), share=new_share)
        else:
            p["stage"] = "lost_after_approval"

    def cast(self, p, t, share, selfpay_after=False):
        k = p["k"]
        t = self.workday(t, 0)
        if t > END:
            return
        dev = p["dev"]
        yr = (t - START).days / 365
        if dev in ("foot_orthoses", "diabetic_footwear"):
            s3 = 0.42 + 0.17 * yr
            method = "3d_scan" if self.r() < s3 else "foam_box"
        elif dev in ("spinal_brace", "cranial_helmet", "knee_brace"):
            method = "3d_scan" if self.r() < 0.6 + 0.14 * yr else "plaster_cast"
        elif p["cat"] == "prosthetic":
            method = "3d_scan" if self.r() < 0.22 + 0.12 * yr else "plaster_cast"
        else:
            method = "3d_scan" if self.r() < 0.3 + 0.1 * yr else "plaster_cast"
        p["method"] = method
        doc = p["doc"]
        self.ev(p, t, "tp_cast_scan", action="done", channel="store", cast_method=method, 取模方式=CAST[method],
                scan_minutes=int(self.rng.normal(15 if method == "3d_scan" else 40, 5)), clinician=doc[0],
                clinician_en=doc[1], device_type=dev, 器具类型=DEVICES[dev][0], category=p["cat"])
        p["stage"] = "in_fabrication"
        p["share"] = share
        patient_total = round(p["price"] * share, 2)
        p["patient_total"] = patient_total
        dep = round(patient_total * 0.3, 2)
        if dep > 0:
            if self.r() < 0.015:
                self.order(p, t + D(minutes=30), "deposit", dep, status="refunded", refunded_at=t + D(days=float(
                    2 + self.r() * 5)), refund_reason=self.pick(["changed_mind", "moved_overseas", "hospitalised"]))
                p["stage"] = "withdrawn"
                return
            self.order(p, t + D(minutes=30), "deposit", dep)
        p["dep"] = dep
        self.fabricate(p, t, "first")

    def fabricate(self, p, t, kind, fit_no=1):
        k = p["k"]
        dev = p["dev"]
        lab, lab_en = ("裕廊中央制作室", "Jurong central lab") if CL[k][5] == "SG" else ("莎阿南制作室", "Shah Alam lab")
        promised = DEVICES[dev][6]
        if kind == "remake":
            promised = max(4, promised // 2)
        elif kind == "definitive":
            promised = 9 if dev != "transfemoral" else 12
        actual = promised + int(self.rng.integers(-3, 1))
        if CL[k][5] == "SG" and LAB_CADCAM[0] <= t < LAB_CADCAM[1]:
            actual = promised + int(self.rng.integers(4, 15))
        elif self.r() < 0.08:
            actual += int(self.rng.integers(1, 5))
        actual = max(2, actual)
        ready = self.at(t + D(days=actual), 15, 19)
        prom_date = (t + D(days=promised)).date()
        late = ready.date() > prom_date
        job = self.nid("j", "FJ", 6)
        self.ev(p, ready, "tp_fabrication", action="ready", channel="other", fab_job_id=job, job_type=kind,
                lab=lab, lab_en=lab_en, promised_date=prom_date.isoformat(), lab_days=(ready.date() - t.date()).days,
                promised_days=promised, ready_late=late, days_late=max(0, (ready.date() - prom_date).days),
                printed_3d=p.get("method") == "3d_scan" and self.r() < 0.7, device_type=dev,
                器具类型=DEVICES[dev][0], category=p["cat"])
        if ready > END:
            return
        if late and (ready.date() - prom_date).days >= 4:
            p["late_job"] = True
            if self.r() < 0.6:
                self.support(p, self.at(t + D(days=promised + 1 + int(self.r() * 3)), 9, 19), "device_status",
                             ctx="device_wait")
        elif self.r() < 0.06:
            self.support(p, self.at(t + D(days=int(self.r() * actual)), 9, 19), "device_status")
        self.fitting(p, self.workday(ready, int(2 + self.rng.integers(0, 6))), kind, fit_no)

    def fitting(self, p, t, kind, fit_no):
        if t > END:
            return
        dev = p["dev"]
        doc = p["doc"]
        stage = "definitive" if kind == "definitive" else ("check_socket" if p["cat"] == "prosthetic" else "final")
        if stage == "check_socket":
            pr = 0.11 + (0.04 if dev == "transfemoral" else 0)
            if doc[1] == "Marcus Lee":
                pr = 0.34
            if kind == "remake":
                pr *= 0.5
        elif stage == "definitive":
            pr = 0.03
        else:
            pr = 0.04 if p.get("method") == "3d_scan" else 0.06
            if kind == "remake":
                pr = 0.02
        x = self.r()
        result = "remake" if x < pr else ("adjusted" if x < pr + 0.28 else "ok")
        self.ev(p, t, "tp_fitting", action=result, channel="store", fit_no=fit_no, fit_stage=stage,
                试穿阶段={"check_socket": "试接受腔", "definitive": "正式接受腔", "final": "成品试穿"}[stage],
                fit_result=result, 试穿结果={"ok": "合适", "adjusted": "当场调整", "remake": "需重做"}[result],
                fit_minutes=int(self.rng.normal(60 if p["cat"] == "prosthetic" else 30, 8)), clinician=doc[0],
                clinician_en=doc[1], device_type=dev, 器具类型=DEVICES[dev][0], category=p["cat"])
        if result == "remake":
            p["remade"] = True
            if self.r() < 0.3:
                self.survey(p, t + D(hours=4 + self.r() * 30), "tp_fitting", "remake")
            self.fabricate(p, t, "remake", fit_no + 1)
            return
        if stage == "check_socket":
            self.fabricate(p, t, "definitive", fit_no + 1)
            return
        self.handover(p, t + D(minutes=int(fit_no and 40 + self.r() * 40)))

    def handover(self, p, t):
        if t > END:
            return
        k = p["k"]
        dev = p["dev"]
        doc = p["doc"]
        warranty = 24 if p["cat"] == "prosthetic" else 12
        self.ev(p, t, "tp_handover", action="handed_over", channel="store", device_serial=self.nid("s", "SW", 7),
                warranty_months=warranty, training_minutes=int(self.rng.normal(45 if p["cat"] == "prosthetic" else 15,
                                                                                 5)),
                clinician=doc[0], clinician_en=doc[1], device_type=dev, 器具类型=DEVICES[dev][0], category=p["cat"],
                days_since_referral=(t.date() - p["t0"].date()).days)
        p["stage"] = "fitted"
        p["handover"] = t
        bal = round(p["patient_total"] - p.get("dep", 0), 2)
        if bal > 0:
            self.order(p, t + D(minutes=20), "balance", bal)
        if p.get("claim_paid"):
            paid, payer, cid = p["claim_paid"]
            lag = self.rng.normal(45, 12) if payer == "socso" else self.rng.normal(21, 7)
            self.order(p, self.at(t + D(days=max(3, float(lag))), 10, 17), "payer_settlement", paid,
                       channel="payer", pay="bank_transfer", payer=payer, 保险方=PAYERS[payer][0], claim_id=cid)
            if p["claim_paid"] and paid < p["price"] * 0.75 and self.r() < 0.3 and p["payer"] not in ("smf",):
                self.support(p, t + D(days=float(3 + self.r() * 20)), "billing", ctx="billing_confusion")
        self.survey(p, t + D(hours=5 + self.r() * 60), "tp_handover", "handover")
        # gait training
        if dev in LOWER_PROS:
            n = int(self.rng.integers(3, 9))
            s = t + D(days=float(3 + self.r() * 4))
            for i in range(n):
                self.ev(p, self.workday(s, 7 * i), "tp_gait_training", action="attended", channel="store",
                        session_no=i + 1, therapist=self.pick(["Joanne Koh", "Hafiz Rahman", "Mei Chen"]),
                        session_minutes=45)
        self.followups(p, t)
        self.adjustments(p, t)
        self.repairs(p, t)
        self.renewal(p, t)

    def followups(self, p, t):
        dev = p["dev"]
        for no, off in ((1, 14), (2, 90), (3, 365)):
            due = self.workday(t, off + int(self.rng.integers(-3, 4)))
            if due > END:
                return
            tele_ok = due >= TELE_FROM and (no > 1 or p["cat"] == "orthotic") and dev not in ("cranial_helmet",)
            ftype = "tele" if tele_ok and self.r() < (0.15 if p["cat"] == "prosthetic" else 0.42) else "in_clinic"
            if ftype == "tele":
                ns = 0.035
            else:
                ns = {"75+": 0.21, "60-74": 0.11}.get(p["age_band"], 0.06)
                if p["k"] == "PG-GTN":
                    ns += 0.02
            if self.r() < ns:
                self.ev(p, due, "tp_missed_appt", action="no_show", channel="phone" if ftype == "tele" else "store",
                        appt_type="followup", 预约类型="复查", followup_type=ftype, 复查方式=FUP[ftype], review_no=no)
                if self.r() < 0.4:
                    self.survey(p, due + D(days=1), "tp_missed_appt", "missed_followup")
                if self.r() > 0.6:
                    continue
                due = self.workday(due, int(7 + self.r() * 10))
                if due > END:
                    return
            self.review(p, due, no, ftype)

    def review(self, p, t, no, ftype):
        dev = p["dev"]
        wear = None
        if dev == "spinal_brace":
            m = {True: 19.3}.get(p["age"] <= 12, None) or (15.4 if p["age"] <= 15 else 17.6)
            wear = round(min(23.5, max(4, self.rng.normal(m, 2.6))), 1)
        elif dev == "cranial_helmet":
            wear = round(min(23.8, max(10, self.rng.normal(21.5, 1.5))), 1)
        pain = int(min(10, max(0, self.rng.normal(2.5 if no > 1 else 3.5, 1.8))))
        outcome = self.pick(["no_change", "minor_adjustment", "renewal_advised"], [0.8, 0.17, 0.03])
        self.ev(p, t, "tp_followup", action="attended", channel="store" if ftype == "in_clinic" else "app",
                device=self.pick(["ios", "android", "pc"]) if ftype == "tele" else None, review_no=no,
                followup_type=ftype, 复查方式=FUP[ftype], pain_score=pain, wear_hours_avg=wear,
                prescribed_hours=20 if dev == "spinal_brace" else (23 if dev == "cranial_helmet" else None),
                k_level=p.get("klevel"), review_outcome=outcome, clinician=p["doc"][0], clinician_en=p["doc"][1],
                device_type=dev, 器具类型=DEVICES[dev][0], category=p["cat"])
        if self.r() < 0.16:
            self.survey(p, t + D(hours=4 + self.r() * 40), "tp_followup", "followup", wear=wear)

    def adjustments(self, p, t):
        dev = p["dev"]
        lam = {"transfemoral": 1.15, "transtibial": 0.85, "partial_foot": 0.5, "upper_limb": 0.6}.get(dev, 0.22)
        if p["doc"][1] == "Marcus Lee":
            lam *= 1.6
        if dev in ("diabetic_footwear",):
            lam = 0.45
        times = [t + D(days=float(3 + self.r() * 87)) for _ in range(int(self.rng.poisson(lam)))]
        yrs = (END - t).days / 365
        if yrs > 0.25:
            times += [t + D(days=float(90 + self.r() * (END - t).days)) for _ in range(int(self.rng.poisson(
                (0.35 if p["cat"] == "prosthetic" else 0.12) * (yrs - 0.25))))]
        for ta in sorted(times):
            ta = self.workday(ta, 0)
            if ta > END:
                continue
            if p["cat"] == "prosthetic":
                reason = self.pick(["socket_loose", "pressure_point", "alignment", "noise", "skin_irritation"],
                                   [0.46, 0.18, 0.14, 0.1, 0.12] if dev != "upper_limb" else [0.3, 0.25, 0.25, 0.1, 0.1])
            elif dev == "diabetic_footwear":
                reason = self.pick(["pressure_point", "skin_irritation", "shoe_fit", "strap_broken"], [0.55, 0.2, 0.15, 0.1])
            else:
                opts = ["pressure_point", "strap_broken", "skin_irritation", "shoe_fit"]
                w = [0.4, 0.2, 0.2, 0.2 if dev == "foot_orthoses" else 0.02]
                if p["age"] < 16:
                    opts.append("growth")
                    w.append(0.5)
                reason = self.pick(opts, w)
            warranty_end = t + D(days=365 * (2 if p["cat"] == "prosthetic" else 1))
            charge = ta > warranty_end
            self.ev(p, ta, "tp_adjustment", action="done", channel="store", adjustment_reason=reason,
                    调整原因=ADJ[reason], walk_in=self.r() < 0.3, adjust_minutes=int(self.rng.normal(35, 10)),
                    chargeable=charge, clinician=p["doc"][0], clinician_en=p["doc"][1], device_type=dev,
                    器具类型=DEVICES[dev][0], category=p["cat"])
            if charge:
                fee = 90 if CL[p["k"]][6] == "SGD" else 160
                self.order(p, ta + D(minutes=40), "adjustment_fee", fee)
            if self.r() < 0.13:
                self.support(p, ta - D(days=float(self.r() * 3)), "discomfort",
                             ctx="socket_fit" if reason in ("socket_loose", "alignment") else "pressure_pain")
            if self.r() < 0.12:
                self.survey(p, ta + D(hours=3 + self.r() * 30), "tp_adjustment",
                            "socket_fit" if reason in ("socket_loose", "alignment") else "pressure_pain")

    def repairs(self, p, t):
        lam = 0.55 if p["cat"] == "prosthetic" else 0.07
        yrs = (END - t).days / 365
        for _ in range(int(self.rng.poisson(lam * max(0, yrs - 0.15)))):
            ta = self.workday(t + D(days=float(55 + self.r() * max(1, (END - t).days - 55))), 0)
            if ta > END:
                continue
            if p["cat"] == "prosthetic":
                comp = self.pick(["liner", "foot_shell", "pin_lock", "knee_unit", "cosmetic_cover"],
                                 [0.42, 0.2, 0.18, 0.1 if p["dev"] == "transfemoral" else 0.0, 0.1])
            else:
                comp = self.pick(["strap", "top_cover"], [0.5, 0.5])
            warranty = ta <= t + D(days=365 * (2 if p["cat"] == "prosthetic" else 1)) and comp != "liner"
            days = int(max(0, self.rng.normal(4, 2)))
            self.ev(p, ta, "tp_repair", action="repaired", channel="store", component=comp, 部件=REPAIR[comp],
                    covered_by_warranty=warranty, repair_days=days, device_type=p["dev"],
                    器具类型=DEVICES[p["dev"]][0], category=p["cat"])
            if not warranty:
                base = {"liner": 620, "foot_shell": 180, "pin_lock": 240, "knee_unit": 1400, "cosmetic_cover": 300,
                        "strap": 35, "top_cover": 45}[comp]
                if CL[p["k"]][6] == "MYR":
                    base *= 2.35
                self.order(p, ta + D(days=days), "repair_fee", round(base * (0.9 + self.r() * 0.2)))
            if self.r() < 0.15:
                self.support(p, ta - D(days=1), "repair")

    def renewal(self, p, t):
        pr, lo, hi = DEVICES[p["dev"]][7]
        if p["dev"] == "afo" and p["age"] < 15:
            pr, lo, hi = 0.6, 9, 14
        if pr <= 0 or self.r() > pr:
            return
        ta = self.workday(t, int(30 * (lo + self.r() * (hi - lo))))
        if ta > END:
            return
        amt = round(p["price"] * (0.9 + 0.1 * self.r()) / 10) * 10
        self.ev(p, ta, "tp_renewal", action="ordered", channel="store", renewal_reason=self.pick(
            ["worn_out", "outgrown", "prescription_change"], [0.6, 0.3 if p["age"] < 16 else 0.02, 0.2]),
            device_type=p["dev"], 器具类型=DEVICES[p["dev"]][0], category=p["cat"], renewal_amount=amt)
        self.order(p, ta + D(minutes=30), "renewal", amt)

    def support(self, p, t, reason, ctx=None):
        if t > END or t < START:
            return
        t = self.at(t, 8, 21) if (t.hour < 8 or t.hour > 21) else t
        method = self.pick(["phone", "whatsapp", "email", "web_chat"], [0.42, 0.38, 0.12, 0.08])
        ch = {"phone": "phone", "whatsapp": "social", "email": "email", "web_chat": "web"}[method]
        resolved = self.r() < {"claim_status": 0.55, "device_status": 0.7, "billing": 0.65}.get(reason, 0.82)
        self.ev(p, t, "tp_support", action="contact", channel=ch, contact_method=method, contact_reason=reason,
                咨询原因=CONTACT[reason], resolved_first_contact=resolved,
                handle_minutes=int(max(2, self.rng.normal(9 if method == "phone" else 14, 4))),
                device=self.pick(["ios", "android", "pc"]) if method == "web_chat" else None)
        if ctx and self.r() < 0.55:
            self.call_note(p, t + D(minutes=10), "tp_support", ctx)
        elif self.r() < 0.12:
            self.call_note(p, t + D(minutes=10), "tp_support", "neutral")

    # ---------- feedback ----------
    def lang_of(self, p):
        return "zh" if p["lang"] == "zh" else "en"

    def fb(self, p, ts, channel, topic, lang, tp=None, rating=None, nps=None, k=None):
        if ts is not None and ts > END:
            return
        fid = self.nid("f", "FB", 6)
        k = k or p["k"]
        row = dict(feedback_id=fid, text=self.text(topic, lang, p, k, ts), ts=ts,
                   customer_id=p["customer_id"] if p else None, touchpoint_id=tp, channel=channel,
                   渠道=FB_CH_ZH[channel], rating=rating, nps=nps, language=lang)
        row.update(self.ccols(k))
        if p:
            row["device_type"] = p["dev"]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=TOPIC_SENT[topic], language=lang))

    def rating(self, sent):
        return int(self.pick([1, 2, 3, 4, 5], {"positive": [0, 0, 0.04, 0.3, 0.66], "neutral": [0.02, 0.08, 0.45, 0.35, 0.1],
                                               "negative": [0.38, 0.36, 0.2, 0.05, 0.01]}[sent]))

    def nps(self, sent):
        lo, hi = {"positive": (8, 11), "neutral": (5, 9), "negative": (0, 7)}[sent]
        return int(self.rng.integers(lo, hi))

    def survey(self, p, ts, tp, ctx, wait=None, wm=None, wear=None):
        if self.r() > {"assessment": 0.28, "handover": 0.4, "followup": 1.0, "claim_rejected": 1.0, "claim_slow": 1.0,
                       "remake": 1.0, "socket_fit": 1.0, "pressure_pain": 1.0, "quote_declined": 1.0,
                       "missed_followup": 1.0}[ctx]:
            return
        k = p["k"]
        topic = self.topic_for(p, ctx, ts, wait=wait, wm=wm, wear=wear)
        s = TOPIC_SENT[topic]
        self.fb(p, ts, "survey", topic, self.lang_of(p), tp=tp, rating=self.rating(s), nps=self.nps(s))

    def call_note(self, p, ts, tp, ctx):
        topic = {"claim_rejected": "claim_rejected", "claim_slow": "claim_slow", "device_wait": "device_wait",
                 "billing_confusion": "billing_confusion", "socket_fit": "socket_fit",
                 "pressure_pain": "pressure_pain", "neutral": "neutral"}[ctx]
        about = {"claim_rejected": "tp_claim_decision", "claim_slow": "tp_claim_decision", "device_wait": "tp_fabrication",
                 "billing_confusion": "tp_handover", "socket_fit": "tp_adjustment", "pressure_pain": "tp_adjustment"}
        self.fb(p, ts, "call_note", topic, self.lang_of(p), tp=about.get(ctx, tp))

    def topic_for(self, p, ctx, ts, wait=None, wm=None, wear=None):
        k = p["k"]
        x = self.r()
        if ctx == "claim_rejected":
            return "claim_rejected"
        if ctx == "claim_slow":
            return "claim_slow"
        if ctx == "remake":
            return "socket_fit" if p["cat"] == "prosthetic" else self.pick(["pressure_pain", "neutral"], [0.6, 0.4])
        if ctx in ("socket_fit", "pressure_pain"):
            return ctx if x < 0.8 else "staff_caring"
        if ctx == "quote_declined":
            return "price_high" if x < 0.75 else "neutral"
        if ctx == "missed_followup":
            return self.pick(["neutral", "appointment_wait"], [0.7, 0.3]) if p["age_band"] != "75+" else \
                self.pick(["neutral", "transport_hard"], [0.4, 0.6])
        if k == "SG-TAM" and TAM_RENO[0] <= ts < TAM_RENO[1] + D(days=10) and ctx in (
                "assessment", "handover", "followup") and self.r() < 0.3:
            return "appointment_wait"   # cramped temporary unit during the renovation
        if ctx == "assessment":
            if wait is not None and wait >= 18 and x < 0.75:
                return "appointment_wait"
            if wm is not None and wm >= 25 and x < 0.8:
                return "appointment_wait"
            if k == "SG-NOV" and x < 0.2:
                return "parking"
            return self.pick(["staff_caring", "clinician_expert", "neutral", "price_high", "parking"],
                             [0.3, 0.3, 0.28, 0.1, 0.02])
        if ctx == "handover":
            if p.get("late_job") and x < 0.65:
                return "device_wait"
            if p.get("remade") and x < 0.4:
                return "socket_fit" if p["cat"] == "prosthetic" else "pressure_pain"
            if k == "SG-NOV" and x < 0.12:
                return "parking"
            return self.pick(["fit_comfortable", "mobility_improved", "staff_caring", "neutral", "price_high",
                              "pressure_pain", "billing_confusion"], [0.26, 0.2, 0.16, 0.2, 0.08, 0.06, 0.04])
        if ctx == "followup":
            if wear is not None and wear < 16 and x < 0.4:
                return "brace_hard_to_wear"
            if p["cat"] == "prosthetic":
                return self.pick(["mobility_improved", "socket_fit", "staff_caring", "neutral"], [0.4, 0.2, 0.15, 0.25])
            return self.pick(["mobility_improved", "fit_comfortable", "pressure_pain", "neutral", "staff_caring"],
                             [0.3, 0.2, 0.1, 0.3, 0.1])
        return "neutral"

    def public_reviews(self):
        day = START
        while day <= END:
            for c in CLINICS:
                k = c[0]
                if day < c[8]:
                    continue
                lam = 0.16 * c[7] / 0.2
                for _ in range(int(self.rng.poisson(lam))):
                    topics = ["staff_caring", "clinician_expert", "mobility_improved", "fit_comfortable", "neutral",
                              "price_high", "parking", "appointment_wait", "device_wait", "claim_slow"]
                    w = [0.24, 0.2, 0.14, 0.1, 0.1, 0.08, 0.0, 0.05, 0.04, 0.0]
                    if k == "SG-NOV":
                        w[6] = 0.22
                    if k == "SG-TAM" and TAM_RENO[0] <= day < TAM_RENO[1] + D(days=14):
                        w[7] = 0.6
                    if c[5] == "SG" and LAB_CADCAM[0] + D(days=10) <= day < LAB_CADCAM[1] + D(days=20):
                        w[8] = 0.55
                    if c[5] == "MY":
                        w[9] = 0.06
                    topic = self.pick(topics, w)
                    ch = "google_review" if c[5] == "SG" or self.r() < 0.6 else "facebook_review"
                    lang = "zh" if self.r() < (0.3 if c[5] == "SG" else 0.45) else "en"
                    ts = self.at(day, 7, 23.5)
                    if self.r() < 0.14:
                        ts = None  # imported from the review site without a date
                    anon = dict(customer_id=None, k=k, dev=None, cat=None, doc=None)
                    self.fb(anon, ts, ch, topic, lang, tp=None, rating=self.rating(TOPIC_SENT[topic]), k=k)
                    self.feedback[-1]["customer_id"] = None
                    self.feedback[-1].pop("device_type", None)
            day += D(days=1)

    def text(self, topic, lang, p, k, ts=None):
        c = CL[k]
        dev = p.get("dev") if p else None
        if dev:
            dz, de = DEVICES[dev][0], DEVICES[dev][1].lower()
            de = de.replace("(afo)", "").replace("(kafo)", "").strip()
        else:
            dz, de = self.pick([("鞋垫", "insoles"), ("支具", "brace"), ("假肢", "prosthesis"), ("矫形器", "orthosis")])
        doc = p.get("doc") if p else None
        dzn = doc[0] if doc else self.pick(["师傅", "医生", "治疗师"])
        den = doc[1] if doc else self.pick(["the clinician", "the orthotist", "the prosthetist"])
        payer = p.get("payer") if p else None
        pz, pe = (PAYERS[payer][0], PAYERS[payer][1]) if payer and payer != "self_pay" else ("保险公司", "the insurer")
        tpl = TEXTS[topic][lang]
        if p and p.get("cat") == "prosthetic" and topic in TEXTS_PROS:
            tpl = TEXTS_PROS[topic][lang]
        if topic == "claim_rejected" and p and (p.get("rejected") or (None, None))[1] == "no_preauth":
            tpl = TEXTS_PREAUTH[lang]
        if topic == "appointment_wait" and k == "SG-TAM" and ts is not None and \
                TAM_RENO[0] <= ts < TAM_RENO[1] + D(days=20) and self.r() < 0.6:
            tpl = TEXTS_RENO[lang]
        s = self.pick(tpl)
        s = s.format(dev=dz if lang == "zh" else de, clinic=c[1] if lang == "zh" else c[2], doc=dzn if lang == "zh"
                     else den, payer=pz if lang == "zh" else pe, days=int(self.rng.integers(10, 30)),
                     city=c[4] if lang == "zh" else c[3])
        if self.r() < 0.35:
            s = self.pick(OPEN[lang]) + s
        if self.r() < 0.3:
            s = s + self.pick(CLOSE[lang])
        return s


ORDER_ZH = {"assessment_fee": "评估费", "deposit": "订金", "balance": "尾款", "payer_settlement": "保险/计划结算",
            "adjustment_fee": "调整费", "repair_fee": "维修费", "renewal": "复配"}
FB_CH_ZH = {"survey": "满意度问卷", "call_note": "客服记录", "google_review": "谷歌评价", "facebook_review": "脸书评价"}

TOPIC_SENT = {
    "staff_caring": "positive", "clinician_expert": "positive", "fit_comfortable": "positive",
    "mobility_improved": "positive", "neutral": "neutral", "device_wait": "negative", "claim_rejected": "negative",
    "claim_slow": "negative", "price_high": "negative", "pressure_pain": "negative", "socket_fit": "negative",
    "appointment_wait": "negative", "parking": "negative", "billing_confusion": "negative",
    "transport_hard": "negative", "brace_hard_to_wear": "negative",
}

OPEN = {"zh": ["说实话，", "总的来说，", "补充一下：", "这次", "", "嗯，", "家里老人说，", "我想反映一下，"],
        "en": ["Honestly, ", "Overall, ", "Just to add: ", "Well, ", "To be fair, ", "FYI - ", "Quick note: "]}
CLOSE = {"zh": ["。", "！", "，希望改进。", "，谢谢。", "。就这样。", "～"],
         "en": [".", "!", " Thanks.", " Hope this helps.", " Cheers.", " Please look into it."]}

TEXTS = {
    "staff_caring": {
        "zh": ["{clinic}的前台和护士都很耐心，帮我妈妈推轮椅进出", "工作人员态度非常好，解释得很清楚，一点都不催",
               "{doc}很有耐心，一步一步教我怎么穿{dev}", "客服小姐姐很贴心，主动打电话来问恢复情况",
               "每次来{clinic}都感觉被照顾得很好", "团队很温暖，孩子第一次来也不害怕", "服务很周到，连停车券都帮我们准备了"],
        "en": ["The team at {clinic} were so patient with my dad and his wheelchair", "Staff were lovely and explained "
               "everything without rushing us", "{doc} took time to show me how to put on the {dev} properly",
               "Reception called to check how I was getting on, really caring", "Always feel looked after at {clinic}",
               "Very kind team, my kid wasn't scared at all", "Friendly front desk, they sorted everything for us"]},
    "clinician_expert": {
        "zh": ["{doc}很专业，一看步态就知道问题在哪", "评估做得很细，还录了走路视频分析", "师傅经验丰富，讲解了好几种方案给我选",
               "{doc}建议我换双合适的鞋一起配，很实用", "专业度没话说，比之前去的地方强多了", "检查很仔细，连鞋子磨损都看了"],
        "en": ["{doc} really knows his stuff, spotted my gait problem straight away", "Very thorough assessment with a "
               "video gait analysis", "Clinician was experienced and walked me through the options",
               "{doc} gave really practical advice on shoes and exercises", "Much more professional than the "
               "last place I tried", "Detailed exam, even checked the wear on my shoes"]},
    "fit_comfortable": {
        "zh": ["{dev}很合脚，穿了一整天也不累", "新的{dev}很舒服，第一天就能戴很久", "做出来的{dev}贴合度很好，几乎没感觉",
               "戴上以后完全不磨，很满意", "尺寸刚刚好，师傅手艺不错"],
        "en": ["The {dev} fits perfectly, wore it all day with no trouble", "Very comfortable {dev} from day one",
               "Great fit, I barely notice the {dev}", "No rubbing at all, really happy with the fit",
               "Spot on sizing, excellent craftsmanship"]},
    "mobility_improved": {
        "zh": ["装了{dev}以后终于能自己走去巴刹了", "现在走路稳多了，膝盖也不痛了", "孩子走路明显好了，摔跤少了很多",
               "可以重新去公园散步了，感谢团队", "孩子戴了头盔几个月，头型圆多了", "脚底痛好了八成，跑步也没问题"],
        "en": ["With the new {dev} I can walk to the market on my own again", "Walking is so much steadier now, no knee "
               "pain", "My son walks better and falls far less", "Back to walks in the park, thank you team",
               "A few months in the helmet and his head shape is so much better", "Heel pain mostly gone, I'm running again"]},
    "neutral": {
        "zh": ["想问一下{dev}要多久复查一次", "请问可以改到周六的时间吗", "收到报价了，还在和家人商量", "请问发票可以发电邮吗",
               "{dev}的清洁方法可以再发一份给我吗", "已经预约了下个月的复查", "想了解一下保险可以报销多少",
               "请问{clinic}几点关门", "一般般吧，流程和预期差不多"],
        "en": ["How often should the {dev} be reviewed?", "Can I move my appointment to a Saturday?",
               "Got the quote, still discussing with family", "Could you email the invoice please",
               "Please resend the cleaning instructions for the {dev}", "Booked my next review for next month",
               "How much of this can insurance cover?", "What time does {clinic} close?",
               "It was fine, about what I expected"]},
    "device_wait": {
        "zh": ["{dev}说好一个星期，结果等了快三个星期", "打了好几次电话问{dev}做好没有，每次都说还在制作室",
               "等{dev}等太久了，脚一直痛", "取模以后一直没消息，延期也没人主动通知", "制作室延误，试穿一拖再拖",
               "交期一改再改，{days}天了还没拿到"],
        "en": ["Was told a week for the {dev}, ended up waiting nearly three", "Called several times about my {dev}, "
               "always 'still at the lab'", "Waiting far too long for the {dev} while in pain",
               "No update after casting and nobody told me about the delay", "Lab delays kept pushing my fitting back",
               "Delivery date changed again and again, {days} days and still nothing"]},
    "claim_rejected": {
        "zh": ["{payer}拒赔了，说不在保障范围内", "理赔被拒，现在要全部自费，压力很大",
               "诊所提交理赔时漏了文件，结果被{payer}拒了", "被拒赔后要重新申请，又要等好几个星期",
               "为什么别的病人能赔我不能，{payer}拒赔理由说不清楚", "拒赔信写得很模糊，不知道下一步怎么办"],
        "en": ["{payer} rejected the claim saying it isn't covered",
               "Claim denied, now I have to pay the full amount myself", "The clinic left out a document and {payer} "
               "turned the claim down", "After the rejection we had to appeal and wait weeks more",
               "{payer} gave no clear reason for the rejection", "The rejection letter is vague, no idea what to do next"]},
    "claim_slow": {
        "zh": ["{payer}的审批太慢了，{days}多天还没结果", "一直在等理赔批下来，器具都做不了", "理赔进度没人跟进，每次都要自己问",
               "等{payer}批核等到残肢都萎缩了", "申请交上去一个多月了还在审核"],
        "en": ["{payer} approval is painfully slow, over {days} days and no answer", "Still waiting on the claim "
               "approval so the device can't be made", "Nobody follows up on the claim, I always have to chase",
               "Waited so long for {payer} to approve that my stump changed shape", "Application submitted over a month ago, still "
               "under review"]},
    "price_high": {
        "zh": ["{dev}的价格太贵了，比预期高很多", "报价有点吓人，自费部分负担不起", "一副鞋垫要几百块，不太值",
               "费用不透明，加这加那的", "收费偏高，希望有分期"],
        "en": ["The {dev} is far more expensive than I expected", "The quote was a shock, can't afford the co-pay",
               "Hundreds of dollars for insoles feels steep", "Pricing isn't transparent, extras everywhere",
               "Too pricey, wish there were instalments"]},
    "pressure_pain": {
        "zh": ["{dev}穿久了脚底有个地方压得很痛", "戴了两天就磨破皮了", "脚踝那里一直被顶着，走路很痛",
               "新的{dev}有压痛点，回来调整了两次", "鞋垫边缘磨脚，起了水泡"],
        "en": ["The {dev} digs into one spot on my foot after a while", "Skin rubbed raw after two days",
               "Constant pressure on my ankle bone, walking hurts", "New {dev} has a pressure point, back twice for "
               "tweaks", "Edge of the insole rubs and gave me blisters"]},
    "socket_fit": {
        "zh": ["接受腔越来越松，走路时假肢会转", "试接受腔做了两次还是不合适", "残肢一缩接受腔就松，要一直加袜子",
               "假肢走路会晃，{doc}调了几次都没解决", "接受腔太紧，坐久了很痛", "重做接受腔又要多等两个星期"],
        "en": ["The socket keeps getting looser and the leg rotates when I walk", "Two check sockets and still not "
               "right", "Every time the stump shrinks the socket is loose, I keep adding socks",
               "The leg feels wobbly, {doc} adjusted it several times without fixing it", "Socket is too tight, "
               "painful after sitting", "Socket had to be remade, another two weeks of waiting"]},
    "appointment_wait": {
        "zh": ["约评估要等一个月，太久了", "{clinic}排期排到好几个星期后", "现场等了快一个小时才轮到",
               "前台说排满了，只能约到下个月", "电话一直打不通，约不到时间", "好不容易约上，又被改期"],
        "en": ["Had to wait a month for an assessment slot", "{clinic} couldn't see me for weeks",
               "Waited almost an hour past my appointment time", "Front desk said they were fully booked until next month", "Couldn't get through on the phone to book", "Finally got a slot and then it was "
               "rescheduled"]},
    "parking": {
        "zh": ["{clinic}附近停车太难找了，推轮椅的更麻烦", "医院那边停车场每次都满，还很贵", "没有专门的残障车位，绕了好几圈",
               "停车费太贵，一次复查停车就几十块", "下车点离诊所太远，老人走不动"],
        "en": ["Parking near {clinic} is a nightmare, especially with a wheelchair", "The hospital car park is always "
               "full and expensive", "No proper accessible parking, circled for ages", "Parking costs a fortune for "
               "every review", "Drop-off point is too far for elderly patients"]},
    "billing_confusion": {
        "zh": ["账单看不懂，保险付了多少自己付多少都不清楚", "收到尾款通知才知道保险只赔了一部分", "发票和报价对不上",
               "重复收了一次费用，要来回沟通", "不知道为什么还要补差价"],
        "en": ["Can't make sense of the bill, unclear what insurance paid vs me", "Only found out at the balance "
               "invoice that insurance covered part of it", "Invoice doesn't match the quote", "Got charged twice and "
               "had to chase a refund", "No idea why I still owe a top-up"]},
    "transport_hard": {
        "zh": ["老人家行动不便，来复查要请假陪同，很难安排", "没有车，坐德士来回很贵", "下雨天轮椅出门太难了，只好没去",
               "家里没人能陪，只能错过复查"],
        "en": ["Hard to get my elderly mum to reviews, someone has to take leave", "No car and taxis there and back "
               "are expensive", "Couldn't get out with the wheelchair in the rain so we missed it",
               "Nobody could accompany him so he missed the review"]},
    "brace_hard_to_wear": {
        "zh": ["孩子说背架太热，上学不肯穿", "晚上戴背架睡不着，每天只能戴十几个小时", "背架在学校被同学笑，女儿很抗拒",
               "天气太热，背架里面全是汗"],
        "en": ["My daughter says the brace is too hot to wear at school", "Can't sleep in the brace, only manage a "
               "dozen hours a day", "Kids at school tease him about the brace so he avoids it", "Too hot and sweaty "
               "inside the brace in this weather"]},
}

TEXTS_PROS = {
    "clinician_expert": {
        "zh": ["{doc}对截肢后的康复很懂，给了很多实用建议", "评估很细，连残肢的皮肤和肌力都检查了", "{doc}解释了K级和各种假脚的区别，很专业",
               "师傅经验丰富，一眼看出我走路哪里代偿"],
        "en": ["{doc} gave great practical advice for life after the amputation", "Very thorough, checked the skin and "
               "strength of my residual limb", "{doc} explained K-levels and the different feet clearly",
               "Experienced prosthetist, spotted my compensation pattern straight away"]},
    "mobility_improved": {
        "zh": ["步态训练很有用，现在不用拐杖了", "装了假肢以后可以自己上下楼梯了", "终于可以走路去上班了，谢谢团队",
               "现在每天能走几千步，生活又回来了"],
        "en": ["Gait training made a huge difference, no more crutches", "With the new leg I can manage stairs on my "
               "own", "Finally walking to work again, thank you team", "Doing a few thousand steps a day now, got my "
               "life back"]},
    "fit_comfortable": {
        "zh": ["接受腔很服帖，穿一整天也不痛", "新假肢很轻，走起来很稳", "正式接受腔比试的那个舒服多了", "硅胶套很合适，没有磨皮"],
        "en": ["The socket fits snugly, no pain even after a full day", "New leg is light and feels stable",
               "The definitive socket is far more comfortable than the test one", "Liner fits well, no rubbing"]},
    "pressure_pain": {
        "zh": ["残肢末端一直被顶着，走久了很痛", "接受腔边缘磨得起水泡", "穿了假肢半天膝盖下面就压红了", "坐久了接受腔后缘压得很痛"],
        "en": ["The end of my stump gets pressure and hurts after walking", "Socket brim rubs and gave me blisters",
               "Half a day in the leg and there's a red pressure mark below the knee", "Back edge of the socket digs in "
               "when I sit"]},
}
TEXTS_PREAUTH = {
    "zh": ["{payer}拒赔了，说没有预授权，可是之前没人告诉我要先申请", "预授权的事情诊所应该早点提醒", "因为缺少预授权被拒，现在要重新走流程",
           "海峡人寿新规定要预授权，诊所好像也不知道", "被拒赔的理由是没有先申请预授权，太折腾了"],
    "en": ["{payer} rejected the claim for no pre-authorisation, nobody told me I needed one", "The clinic should have "
           "warned us about the new pre-auth rule", "Claim bounced for missing pre-authorisation, now starting over",
           "Straits Life now needs pre-approval and the clinic didn't seem to know", "Rejected because nobody asked "
           "for pre-auth first, what a hassle"],
}
TEXTS_RENO = {
    "zh": ["装修期间地方小，等位的人很多", "临时诊室太挤了，轮椅都转不开", "淡滨尼装修，约个评估要等三四个星期", "临时地点不好找，等了很久"],
    "en": ["Tiny temporary space during the renovation, packed waiting room", "The temporary unit is so cramped you "
           "can't turn a wheelchair", "Tampines is being renovated and the wait for an assessment is 3-4 weeks",
           "Temporary premises hard to find and a long wait once there"],
}


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def segment(p):
    st = p["stage"]
    if st == "fitted":
        return "fitted" if (END - p["handover"]).days <= 365 else "long_term"
    if st in ("referred",):
        return "referred"
    if st.startswith("lost") or st in ("declined_quote", "withdrawn", "assessed_no_device"):
        return {"assessed_no_device": "no_device_needed"}.get(st, "lost")
    if (END - p.get("last", p["t0"])).days > 90:
        return "lost"
    return {"booked": "booked", "assessed": "assessed", "quoted": "assessed", "awaiting_funding": "awaiting_funding",
            "in_fabrication": "in_progress"}.get(st, st)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = G()
    g.run()

    def dump(name, rows, cols=None):
        if cols is None:
            cols = []
            seen = set()
            for r in rows:
                for kk in r:
                    if kk not in seen:
                        seen.add(kk)
                        cols.append(kk)
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(cc)) for cc in cols])

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i,
                               touchpoint_id=tp, window_days=j[4])
                          for j in JOURNEYS for i, tp in enumerate(j[3], 1)])
    cust = []
    for p in g.customers.values():
        c = CL[p["k"]]
        cust.append(dict(customer_id=p["customer_id"], signup_at=p["t0"], segment=segment(p), region=c[3], 城市=c[4],
                         acquisition_channel=p["src"], 转诊来源=SOURCES[p["src"]], tier=PAYERS[p["payer"]][2],
                         资金来源类型=PAYER_TYPE_ZH[PAYERS[p["payer"]][2]], payer=p["payer"], 保险方=PAYERS[p["payer"]][0],
                         patient_type=p["ptype"], 患者类型={"infant": "婴儿", "child": "儿童青少年", "adult": "成人",
                                                        "senior": "长者"}[p["ptype"]],
                         age=p["age"], age_band=p["age_band"], gender=p["gender"], language=p["lang"], country=c[5],
                         home_clinic_id=p["k"], home_clinic=c[1], home_clinic_en=c[2], diagnosis=p["diag"],
                         诊断=DIAG[p["diag"]][0], device_type=p["dev"], 器具类型=DEVICES[p["dev"]][0],
                         category=p["cat"], 类别="假肢" if p["cat"] == "prosthetic" else "矫形器",
                         k_level=p.get("klevel"), primary_clinician=p["doc"][1] if p.get("doc") else None))
    dump("customers.csv", cust)
    evs = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    dump("events.csv", evs)
    dump("orders.csv", sorted(g.orders, key=lambda o: (o["ts"], o["order_id"])))
    fbk = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "渠道", "rating", "nps", "language",
           "clinic_id", "clinic", "clinic_en", "city", "城市", "device_type"]
    dump("feedback.csv", sorted(g.feedback, key=lambda f: f["feedback_id"]), fbk)
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "clinic_id",
                                            "device_type"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
