"""肾安 KidneyCare: outpatient haemodialysis centres in Shanghai, Nanjing, Hong Kong, Bangkok and Melbourne,
2025-01-01 .. 2026-07-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
DSTART = datetime(2025, 1, 1)                  # the new renal EMR went live; nothing earlier was migrated as events
END = datetime(2026, 7, 31, 23, 59, 59)        # extract taken mid-August 2026
D = timedelta
CNY = [datetime(2025, 1, 29), datetime(2026, 2, 17)]            # Spring Festival (春节)
NJ_SWITCH = (datetime(2025, 11, 10), datetime(2026, 1, 21))      # Nanjing 医保 system switch: slow 门特 approvals
HK_DUP_BILL = datetime(2025, 9, 3)                              # HK: August statements charged twice
SH_LAB = (datetime(2025, 8, 1), datetime(2025, 11, 1))          # Shanghai: new outside lab, slow turnaround
BK_VENDOR = datetime(2026, 3, 1)                                # Bangkok: SiamRide replaces CityCare Van
BK_FIX = datetime(2026, 7, 1)                                   # SiamRide penalty clause, better from July
SH_CROWD = datetime(2026, 3, 1)                                 # Shanghai morning shift over-booked
ZHOU_FROM = datetime(2025, 6, 1)                                # Nanjing: newly qualified nurse Zhou Lei starts
AB = (datetime(2026, 3, 2), datetime(2026, 3, 13))              # reminder_call_2026 enrolment
AB_DAYS = 56

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_referral", "肾内科转诊", "Nephrologist referral received", "awareness", "email", "digital", "intake coordination",
     "转诊|转诊单|转介|医生转介|医院转介|肾科转诊|出院转诊|referral|renal referral|referral letter|hospital referral|"
     "e-referral|nephrologist referral"),
    ("tp_enquiry", "咨询登记", "Patient enquiry", "awareness", "phone", "digital", "patient access",
     "咨询|来电咨询|线上咨询|问价|旅行透析咨询|临时透析|enquiry|inquiry|web enquiry|holiday dialysis enquiry|"
     "guest dialysis|travel dialysis"),
    ("tp_intake", "入院评估", "Intake assessment", "consideration", "store", "physical", "nursing",
     "入院评估|首诊评估|建档|新病人评估|乙肝筛查|传染病筛查|intake|intake assessment|admission assessment|"
     "new patient assessment|hep screen|onboarding assessment"),
    ("tp_preauth", "保险预授权/医保备案", "Insurance pre-authorisation", "consideration", "email", "digital", "billing",
     "预授权|医保备案|门特备案|门特审批|门特|保险审批|医保审批|续备案|pre-auth|preauth|prior authorisation|"
     "prior authorization|insurance approval|eligibility check|authorisation"),
    ("tp_schedule", "排班确认", "Dialysis schedule set", "purchase", "phone", "digital", "scheduling",
     "排班|排床|定班次|固定时段|改班|调班|schedule|chair slot|shift allocation|dialysis slot|schedule change"),
    ("tp_first_session", "首次透析", "First dialysis session", "purchase", "store", "physical", "nursing",
     "首透|第一次透析|开始透析|首次上机|首次治疗|first session|first dialysis|started dialysis|first treatment|"
     "commenced dialysis"),
    ("tp_session", "血液透析治疗", "Haemodialysis session", "service", "store", "physical", "nursing",
     "透析|血透|做透析|上机|下机|治疗|HD|dialysis|dialysis session|hemodialysis|treatment|run|chair time"),
    ("tp_missed_session", "缺透", "Missed session", "service", "other", "physical", "nursing",
     "缺透|漏透|没来透析|缺席|未到|爽约|missed session|missed treatment|missed dialysis|no-show|skipped dialysis|DNA"),
    ("tp_transport", "接送车", "Transport pick-up", "service", "phone", "physical", "transport desk",
     "接送|接送车|班车|司机|接驳|专车|transport|pick-up|pickup|van|driver|patient transport|shuttle"),
    ("tp_reminder_call", "透析提醒电话", "Reminder call", "service", "phone", "digital", "nursing",
     "提醒电话|电话提醒|提醒|护士电话|reminder call|reminder|nurse call|reminder phone call"),
    ("tp_lab", "化验结果", "Lab results released", "service", "app", "digital", "clinical",
     "化验|验血|抽血|月度化验|化验单|血检|化验报告|Kt/V|血红蛋白|血磷|lab results|labs|bloods|monthly bloods|"
     "blood test|blood results"),
    ("tp_access_check", "血管通路评估", "Vascular access check", "service", "store", "physical", "vascular access",
     "内瘘|内瘘检查|通路|血管通路|导管|动静脉瘘|人工血管|fistula|AV fistula|AVF|graft|catheter|access check|"
     "vascular access|access assessment"),
    ("tp_hospital_admission", "住院", "Hospital admission", "service", "other", "physical", "clinical",
     "住院|入院|急诊住院|收住院|admission|hospitalisation|hospitalization|admitted|hospital stay"),
    ("tp_bill", "月度账单", "Monthly statement issued", "service", "app", "digital", "billing",
     "账单|自付|自付费|缴费单|月结单|对账单|收费|bill|statement|invoice|co-pay|copay|gap payment"),
    ("tp_support_call", "客服来电", "Patient support call", "service", "phone", "digital", "patient services",
     "客服|热线|打电话|来电|投诉电话|helpline|hotline|call centre|phone call|support call|support"),
    ("tp_transfer_out", "转出", "Transfer out", "loyalty", "other", "physical", "patient services",
     "转出|转院|退出|离开中心|流失|转居家透析|肾移植|transfer out|transferred out|left the centre|moved away|"
     "discharged|lost patients|churn"),
    ("tp_survey", "满意度调查", "Patient survey", "loyalty", "email", "digital", "patient experience",
     "满意度|问卷|调查|打分|评价|患者体验调查|survey|patient survey|CSAT|NPS|patient experience survey"),
]

JOURNEYS = [
    ("referral_to_start", "转诊到首透", "Referral to first dialysis",
     ["tp_referral", "tp_intake", "tp_preauth", "tp_first_session"], 30),
    ("enquiry_to_start", "咨询到首透", "Enquiry to first dialysis", ["tp_enquiry", "tp_intake", "tp_first_session"], 21),
    ("new_patient_90d", "新病人前90天", "New patient first 90 days",
     ["tp_first_session", "tp_lab", "tp_access_check", "tp_survey"], 90),
]

# id, zh, en, city, 城市, country, currency, usd, prevalent, referrals / month, transport share, catheter share
CENTRES = [
    ("SH-XH", "上海徐汇透析中心", "Shanghai Xuhui", "Shanghai", "上海", "CN", "CNY", 0.14, 56, 5.8, 0.22, 0.13),
    ("NJ-GL", "南京鼓楼透析中心", "Nanjing Gulou", "Nanjing", "南京", "CN", "CNY", 0.14, 40, 4.4, 0.22, 0.15),
    ("HK-KT", "香港九龙塘透析中心", "Hong Kong Kowloon Tong", "Hong Kong", "香港", "HK", "HKD", 0.128, 30, 3.2, 0.25,
     0.16),
    ("BK-SK", "曼谷素坤逸透析中心", "Bangkok Sukhumvit", "Bangkok", "曼谷", "TH", "THB", 0.029, 36, 3.6, 0.40, 0.40),
    ("MB-FZ", "墨尔本菲茨罗伊透析中心", "Melbourne Fitzroy", "Melbourne", "墨尔本", "AU", "AUD", 0.66, 24, 3.0, 0.25,
     0.07),
]
CE = {c[0]: c for c in CENTRES}
SESSION_PRICE = {"SH-XH": 520, "NJ-GL": 480, "HK-KT": 2300, "BK-SK": 3200, "MB-FZ": 640}
GUEST_PRICE = {"SH-XH": 900, "NJ-GL": 800, "HK-KT": 2600, "BK-SK": 4300, "MB-FZ": 780}
INTAKE_FEE = {"SH-XH": 260, "NJ-GL": 240, "HK-KT": 1800, "BK-SK": 3000, "MB-FZ": 220}
TRIP_FEE = {"SH-XH": 15, "NJ-GL": 12, "HK-KT": 60, "BK-SK": 0, "MB-FZ": 10}
VENDOR = {"SH-XH": ("肾安班车", "KidneyCare Shuttle"), "NJ-GL": ("宁康接送", "NingKang Transfer"),
          "HK-KT": ("易达接送", "EasyVan HK"), "MB-FZ": ("菲茨罗伊社区交通", "Fitzroy Community Transport")}
BK_VENDORS = (("城市关爱专车", "CityCare Van"), ("暹罗专车", "SiamRide"))

# payer id, zh, en, tier, co-pay share, weight, pre-auth days (median)
PAYERS = {
    "SH-XH": [("cn_employee", "上海职工医保", "Shanghai employee medical insurance", "public", 0.12, 0.72, 3),
              ("cn_resident", "上海居民医保", "Shanghai resident medical insurance", "public", 0.28, 0.21, 3),
              ("commercial_cn", "商业医疗险", "Commercial health insurance", "private", 0.05, 0.05, 5),
              ("self_pay", "自费", "Self-pay", "self_pay", 1.0, 0.02, 1)],
    "NJ-GL": [("cn_employee", "南京职工医保", "Nanjing employee medical insurance", "public", 0.15, 0.62, 3),
              ("cn_resident", "南京居民医保", "Nanjing resident medical insurance", "public", 0.30, 0.32, 3),
              ("commercial_cn", "商业医疗险", "Commercial health insurance", "private", 0.05, 0.04, 5),
              ("self_pay", "自费", "Self-pay", "self_pay", 1.0, 0.02, 1)],
    "HK-KT": [("ha_ppp", "医管局公私营协作计划", "HA Public-Private Partnership", "public", 0.06, 0.45, 6),
              ("axa_hk", "安盛保险", "AXA Hong Kong", "private", 0.20, 0.20, 4),
              ("bupa_hk", "保柏香港", "Bupa Hong Kong", "private", 0.20, 0.15, 4),
              ("self_pay", "自费", "Self-pay", "self_pay", 1.0, 0.20, 1)],
    "BK-SK": [("sso", "泰国社会保险", "Social Security Office (SSO)", "public", 0.12, 0.45, 6),
              ("csmbs", "泰国公务员医疗福利", "Civil Servant Medical Benefit (CSMBS)", "public", 0.0, 0.15, 3),
              ("muang_thai", "孟泰人寿", "Muang Thai Life", "private", 0.20, 0.15, 4),
              ("aia_th", "友邦泰国", "AIA Thailand", "private", 0.20, 0.10, 4),
              ("self_pay", "自费", "Self-pay", "self_pay", 1.0, 0.15, 1)],
    "MB-FZ": [("medicare", "澳洲联邦医保", "Medicare", "public", 0.0, 0.60, 1),
              ("bupa_au", "保柏澳洲", "Bupa Australia", "private", 0.08, 0.15, 3),
              ("medibank", "Medibank", "Medibank", "private", 0.08, 0.15, 3),
              ("dva", "澳洲退伍军人事务部", "Department of Veterans' Affairs", "public", 0.0, 0.10, 2)],
}
TRAVEL_INS = ("travel_insurance", "旅行保险", "Travel insurance", "private", 0.0, 0, 2)
TIER_ZH = {"public": "公共医保", "private": "商业保险", "self_pay": "自费"}
CHANNEL_ZH = {"nephrologist_referral": "肾内科医生转诊", "hospital_discharge": "住院出院转介",
              "self_referral": "自行咨询", "transfer_in": "外院转入", "holiday_guest": "旅行临时透析"}
SHIFT = {"morning": ("早班", 7.0), "afternoon": ("午班", 12.5), "evening": ("晚班", 17.5)}
ACCESS_ZH = {"avf": "自体动静脉内瘘", "avg": "人工血管内瘘", "cvc": "中心静脉导管"}
CAUSE_ZH = {"diabetic_nephropathy": "糖尿病肾病", "hypertensive": "高血压肾病", "glomerulonephritis": "肾小球肾炎",
            "polycystic": "多囊肾", "other": "其他"}
MISS_ZH = {"unwell": "身体不适", "personal": "个人事务", "forgot": "忘记", "unknown": "原因不明",
           "transport": "接送问题", "travel": "外出/回乡", "hospitalised": "住院"}
SHORT_ZH = {"patient_request": "患者要求提前下机", "cramps_hypotension": "抽筋/低血压", "late_start": "上机晚",
            "machine_alarm": "机器报警", "access_flow": "通路流量不足"}
EXIT_ZH = {"transplant": "肾移植", "home_dialysis": "转居家透析", "relocated": "搬迁/回老家",
           "other_provider": "转其他透析中心", "hospital_care": "转住院治疗"}
CALL_ZH = {"billing": "账单问题", "schedule_change": "改排班", "transport": "接送问题", "lab_results": "化验结果",
           "insurance": "保险/医保", "other": "其他"}
ADMIT_ZH = {"access_infection": "通路感染", "fluid_overload": "容量超负荷", "cardiac": "心血管事件", "other": "其他"}
FINDING_ZH = {"normal": "正常", "stenosis": "狭窄", "infection": "感染", "low_flow": "流量不足", "thrombosis": "血栓"}
ENQ_ZH = {"holiday_guest": "旅行临时透析", "self_referral": "本地病人自行咨询", "transfer_in": "外院转入"}
OTYPE_ZH = {"copay_statement": "月度自付", "guest_session": "临时透析费", "intake_fee": "入院评估费",
            "transport_fee": "接送费"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "银行卡", "fps": "转数快", "octopus": "八达通",
          "promptpay": "PromptPay", "bank_transfer": "银行转账", "bpay": "BPAY", "direct_debit": "自动扣款"}
FB_CH_ZH = {"survey": "满意度问卷", "sms_csat": "短信满意度", "google_review": "Google评价", "dianping": "大众点评",
            "call_note": "客服通话记录", "app_review": "应用商店评价", "wechat": "微信留言"}
EXIT_W = {
    "SH-XH": dict(transplant=0.22, home_dialysis=0.06, relocated=0.40, other_provider=0.14, hospital_care=0.18),
    "NJ-GL": dict(transplant=0.20, home_dialysis=0.06, relocated=0.38, other_provider=0.16, hospital_care=0.20),
    "HK-KT": dict(transplant=0.22, home_dialysis=0.34, relocated=0.14, other_provider=0.14, hospital_care=0.16),
    "BK-SK": dict(transplant=0.16, home_dialysis=0.10, relocated=0.24, other_provider=0.30, hospital_care=0.20),
    "MB-FZ": dict(transplant=0.22, home_dialysis=0.46, relocated=0.12, other_provider=0.06, hospital_care=0.14),
}
NURSES = {
    "SH-XH": [("王丽华", "Wang Lihua"), ("张敏", "Zhang Min"), ("李婷", "Li Ting"), ("陈静", "Chen Jing")],
    "NJ-GL": [("孙悦", "Sun Yue"), ("吴芳", "Wu Fang"), ("徐晶", "Xu Jing"), ("周磊", "Zhou Lei")],
    "HK-KT": [("陈嘉欣", "Chan Ka-yan"), ("黄志明", "Wong Chi-ming"), ("李美玲", "Lee Mei-ling")],
    "BK-SK": [("素帕蓬", "Supaporn Wongsa"), ("妮塔雅", "Nittaya Chaiyo"), ("颂猜", "Somchai Boonmee")],
    "MB-FZ": [("艾玛·威尔逊", "Emma Wilson"), ("詹姆斯·李", "James Lee"), ("索菲·陈", "Sophie Chen")],
}
NEPHRO = {
    "SH-XH": [("顾建华", "Gu Jianhua"), ("沈雅", "Shen Ya")], "NJ-GL": [("朱明", "Zhu Ming"), ("杨蕾", "Yang Lei")],
    "HK-KT": [("梁家豪", "Leung Ka-ho"), ("何慧仪", "Ho Wai-yee")],
    "BK-SK": [("阿南", "Anan Srisuk"), ("帕妮", "Pannee Thongdee")],
    "MB-FZ": [("奥利弗·格兰特", "Oliver Grant"), ("普丽雅·夏尔马", "Priya Sharma")],
}
HOSPITALS = {
    "SH-XH": ["复旦大学附属中山医院", "上海交通大学医学院附属瑞金医院", "上海市第六人民医院", "徐汇区中心医院"],
    "NJ-GL": ["江苏省人民医院", "南京鼓楼医院", "东部战区总医院"],
    "HK-KT": ["Queen Elizabeth Hospital", "Kwong Wah Hospital", "Hong Kong Baptist Hospital"],
    "BK-SK": ["Bumrungrad International", "Ramathibodi Hospital", "Rajavithi Hospital"],
    "MB-FZ": ["St Vincent's Hospital Melbourne", "Royal Melbourne Hospital", "Austin Health"],
}
LAB_VENDOR = {"SH-XH": "迪安诊断", "NJ-GL": "金域医学", "HK-KT": "Hong Kong Diagnostic Lab", "BK-SK": "N Health",
              "MB-FZ": "Melbourne Pathology"}
GUEST_FROM = {"SH-XH": ["CN", "HK", "TW", "US"], "NJ-GL": ["CN", "HK"], "HK-KT": ["CN", "SG", "TW", "MY", "GB"],
              "BK-SK": ["AU", "GB", "CN", "DE", "SG", "US", "JP"], "MB-FZ": ["NZ", "GB", "CN", "SG", "US"]}
# guests by month (1..12) per centre: relative weights
GUEST_SEASON = {
    "SH-XH": [0.8, 1.2, 0.9, 1, 1.2, 0.9, 1, 1.1, 1, 1.6, 0.8, 0.7], "NJ-GL": [0.8, 1.3, 0.9, 1, 1, 1, 1, 1, 1, 1.5, 0.8, 0.7],
    "HK-KT": [1.3, 1.6, 0.9, 1.1, 0.9, 0.8, 1, 1, 0.8, 1, 0.9, 1.4], "BK-SK": [1.5, 1.4, 1.2, 1, 0.7, 0.6, 0.8, 0.8, 0.7,
                                                                          0.9, 1.3, 1.8],
    "MB-FZ": [1.6, 1.2, 1, 0.9, 0.7, 0.7, 0.8, 0.8, 0.9, 1, 1.2, 1.6]}
GUEST_RATE = {"SH-XH": 1.4, "NJ-GL": 0.5, "HK-KT": 3.0, "BK-SK": 4.0, "MB-FZ": 2.6}
SELF_RATE = {"SH-XH": 1.6, "NJ-GL": 1.2, "HK-KT": 0.9, "BK-SK": 1.1, "MB-FZ": 0.6}
TRANSFER_IN_RATE = 0.5


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers: list[dict] = []
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n: dict[str, int] = {}

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def ri(self, lo, hi):                      # inclusive
        return int(self.rng.integers(lo, hi + 1))

    def pick(self, items, w=None):
        items = list(items)
        if w is None:
            return items[int(self.rng.integers(len(items)))]
        w = list(w)
        x = float(self.rng.random()) * sum(w)
        for item, wi in zip(items, w):
            x -= wi
            if x < 0:
                return item
        return items[-1]

    def at(self, day, lo, hi):
        base = datetime(day.year, day.month, day.day)
        return base + D(seconds=int(self.rng.integers(int(lo * 3600), int(hi * 3600))))

    def later(self, t, d_lo, d_hi, h_lo=9.0, h_hi=17.5):
        return self.at(t + D(days=self.ri(d_lo, d_hi)), h_lo, h_hi)

    def nid(self, k, pre, w):
        self.n[k] = self.n.get(k, 0) + 1
        return f"{pre}{self.n[k]:0{w}d}"

    @staticmethod
    def ccols(k, city=False):
        c = CE[k]
        d = dict(centre_id=k, centre=c[1], centre_en=c[2])
        if city:
            d.update(city=c[3], 城市=c[4])
        return d

    def ev(self, c, ts, tp, **kw):
        if ts > END or ts < DSTART:
            return None
        row = dict(event_id=self.nid("ev", "EV", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp)
        row.update(kw)
        row.update(self.ccols(c["k"]))
        self.events.append(row)
        return row

    def order(self, c, ts, otype, amount, status="paid", **kw):
        if ts > END or ts < DSTART:
            return None
        k = c["k"]
        cur = CE[k][6]
        if cur == "CNY":
            pay = self.pick(["wechat_pay", "alipay", "card"], [0.55, 0.33, 0.12])
        elif cur == "HKD":
            pay = self.pick(["fps", "card", "octopus", "direct_debit"], [0.35, 0.35, 0.1, 0.2])
        elif cur == "THB":
            pay = self.pick(["promptpay", "card", "bank_transfer"], [0.5, 0.35, 0.15])
        else:
            pay = self.pick(["card", "bpay", "direct_debit"], [0.5, 0.2, 0.3])
        o = dict(order_id=self.nid("ord", "KO", 6), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
                 currency=cur, amount_usd=round(float(amount) * CE[k][7], 2), status=status, order_type=otype,
                 订单类型=OTYPE_ZH[otype], channel=self.pick(["app", "counter"], [0.7, 0.3]) if k != "MB-FZ" else "online",
                 payment_method=pay, 支付方式=PAY_ZH[pay], **self.ccols(k, True))
        o["device"] = c["phone_os"] if o["channel"] == "app" else None
        o.update(kw)
        self.orders.append(o)
        return o

    # ---------- people ----------
    def new_customer(self, k, ch, signup, lang=None, guest_country=None):
        cid = self.nid("cu", "KC", 5)
        country = CE[k][5]
        if lang is None:
            if k in ("SH-XH", "NJ-GL"):
                lang = "zh"
            elif k == "HK-KT":
                lang = "zh" if self.r() < 0.6 else "en"
            elif k == "BK-SK":
                lang = "en"
            else:
                lang = "zh" if self.r() < 0.12 else "en"
        if ch == "holiday_guest":
            payer = TRAVEL_INS if self.r() < 0.4 else ("self_pay", "自费", "Self-pay", "self_pay", 1.0, 0, 1)
        else:
            ps = PAYERS[k]
            payer = self.pick(ps, [p[5] for p in ps])
        g = self.pick(["male", "female"], [0.6, 0.4])
        age = self.pick(["18-44", "45-59", "60-74", "75+"], [0.14, 0.30, 0.38, 0.18])
        cause = self.pick(list(CAUSE_ZH), [0.38, 0.22, 0.2, 0.06, 0.14] if country != "AU" else [0.36, 0.14, 0.26,
                                                                                                0.08, 0.16])
        cvc = CE[k][11]
        if ch == "hospital_discharge":
            cvc = min(0.7, cvc * 2.2)
        access = self.pick(["avf", "avg", "cvc"], [0.84 * (1 - cvc), 0.16 * (1 - cvc), cvc])
        shift = self.pick(list(SHIFT), [0.42, 0.36, 0.22])
        if age == "18-44" and self.r() < 0.5:
            shift = "evening"
        x = self.r()
        risk = 0.009 if x < 0.7 else (0.035 if x < 0.9 else 0.10)
        if shift == "evening":
            risk *= 1.3
        if age == "18-44":
            risk *= 1.4
        c = dict(customer_id=cid, signup_at=signup, segment="not_started", region=CE[k][3], 城市=CE[k][4],
                 acquisition_channel=ch, 获客渠道=CHANNEL_ZH[ch], tier=payer[3], 付费类型=TIER_ZH[payer[3]],
                 payer=payer[0], payer_zh=payer[1], payer_en=payer[2], home_centre_id=k, home_centre=CE[k][1],
                 home_centre_en=CE[k][2], gender=g, 性别="男" if g == "male" else "女", age_band=age,
                 primary_cause=cause, 原发病=CAUSE_ZH[cause], access_type=access, 通路类型=ACCESS_ZH[access],
                 shift=shift, 班次=SHIFT[shift][0], schedule_days=self.pick(["MWF", "TTS"]),
                 needs_transport=(self.r() < CE[k][10]) and ch != "holiday_guest", language=lang,
                 phone_os=self.pick(["ios", "android"], [0.5, 0.5] if country != "CN" else [0.42, 0.58]),
                 home_country=guest_country or country, dialysis_start=None, exit_date=None, exit_reason=None,
                 退出原因=None, referring_hospital=None, k=k, payer_t=payer, risk=risk, zhou_bad=None,
                 preauth_slow_at=None, sched_min=self.pick([240, 210, 270], [0.76, 0.12, 0.12]))
        self.customers.append(c)
        return c

    # ---------- the run ----------
    def run(self):
        for k in CE:
            for _ in range(CE[k][8]):
                start = datetime(2014, 1, 1) + D(days=self.ri(0, (datetime(2024, 12, 20) - datetime(2014, 1, 1)).days))
                ch = self.pick(["nephrologist_referral", "hospital_discharge", "self_referral", "transfer_in"],
                               [0.5, 0.3, 0.1, 0.1])
                c = self.new_customer(k, ch, start - D(days=self.ri(8, 40)) + D(hours=self.ri(9, 17)))
                c["dialysis_start"] = start.date()
                self.life(c, start, prevalent=True)
        months = []
        m = DSTART
        while m <= END:
            months.append(m)
            m = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        for m in months:
            nd = ((datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)) - m).days
            for k in CE:
                for _ in range(int(self.rng.poisson(CE[k][9] * (0.8 if m.month == 2 else 1.0)))):
                    self.referral(k, self.at(m + D(days=self.ri(0, nd - 1)), 8.5, 18))
                for _ in range(int(self.rng.poisson(GUEST_RATE[k] * GUEST_SEASON[k][m.month - 1]))):
                    self.enquiry(k, self.at(m + D(days=self.ri(0, nd - 1)), 8, 22), "holiday_guest")
                for _ in range(int(self.rng.poisson(SELF_RATE[k]))):
                    self.enquiry(k, self.at(m + D(days=self.ri(0, nd - 1)), 8, 21), "self_referral")
                for _ in range(int(self.rng.poisson(TRANSFER_IN_RATE))):
                    self.enquiry(k, self.at(m + D(days=self.ri(0, nd - 1)), 9, 18), "transfer_in")
        self.public_reviews(months)
        self.app_reviews(months)

    # ---------- acquisition ----------
    def referral(self, k, t):
        ch = self.pick(["nephrologist_referral", "hospital_discharge"], [0.6, 0.4])
        c = self.new_customer(k, ch, t)
        c["referring_hospital"] = self.pick(HOSPITALS[k])
        urgent = self.r() < (0.45 if ch == "hospital_discharge" else 0.15)
        self.ev(c, t, "tp_referral", action="received", channel=self.pick(["email", "fax", "e_referral", "phone"],
                                                                          [0.3, 0.15, 0.45, 0.1]),
                referral_id=self.nid("rf", "RF", 5), referral_source=ch, referring_hospital=c["referring_hospital"],
                urgency="urgent" if urgent else "routine", egfr=round(float(self.rng.uniform(5, 14)), 1))
        p = 0.60
        if k == "MB-FZ":
            p = 0.72
        if ch == "hospital_discharge":
            p = min(0.95, p + 0.28)
        if k == "HK-KT":                  # most HK patients can go to a public HA unit instead of paying privately
            p = 0.30 if ch == "nephrologist_referral" else 0.38
        if self.r() > p:
            c["referral_outcome"] = self.pick(["chose_other_provider", "not_yet_needed", "no_response", "cost",
                                               "transplant_first"], [0.35, 0.25, 0.2, 0.12 if k != "HK-KT" else 0.4,
                                                                     0.08])
            return
        ti = self.later(t, 1, 4) if urgent else self.later(t, 3, 14)
        self.start_path(c, ti, urgent)

    def enquiry(self, k, t, etype):
        guest = etype == "holiday_guest"
        lang = None
        gc = None
        if guest:
            gc = self.pick(GUEST_FROM[k])
            lang = "zh" if gc in ("CN", "HK", "TW") else "en"
            if gc in ("SG", "MY") and self.r() < 0.4:
                lang = "zh"
        c = self.new_customer(k, etype, t, lang=lang, guest_country=gc)
        if k in ("SH-XH", "NJ-GL"):
            chan = self.pick(["phone", "wechat", "web_form"], [0.4, 0.45, 0.15])
        elif k in ("HK-KT", "BK-SK"):
            chan = self.pick(["phone", "whatsapp", "web_form", "email"], [0.3, 0.35, 0.2, 0.15])
        else:
            chan = self.pick(["phone", "web_form", "email"], [0.45, 0.35, 0.2])
        lead = self.ri(6, 55) if guest else self.ri(1, 10)
        self.ev(c, t, "tp_enquiry", action="logged", channel=chan, enquiry_id=self.nid("enq", "EQ", 5),
                enquiry_type=etype, 咨询类型=ENQ_ZH[etype], home_country=c["home_country"],
                planned_start=(t + D(days=lead)).date())
        if guest:
            if self.r() > (0.66 if chan != "web_form" else 0.5):
                c["referral_outcome"] = self.pick(["no_response", "no_chair_available", "cost", "trip_cancelled"])
                return
            arrive = self.at(t + D(days=lead), 7, 8)
            ti = max(t + D(hours=20), self.at(arrive - D(days=self.ri(2, 10)), 9, 17))
            self.ev(c, ti, "tp_intake", action="documents_cleared", intake_id=self.nid("in", "IN", 5),
                    intake_type="guest_documents", hbv_status=self.pick(["negative", "positive"], [0.95, 0.05]),
                    assessor=None, nephrologist=None)
            if c["payer"] == "travel_insurance":
                self.ev(c, ti + D(hours=self.ri(2, 30)), "tp_preauth", action="approved", preauth_type="guarantee",
                        payer=c["payer"], payer_zh=c["payer_zh"], payer_en=c["payer_en"],
                        days_to_decision=1, auth_no=self.nid("au", "AU", 6))
            c["segment"] = "guest"
            self.guest_stay(c, arrive)
            return
        p = 0.55 if etype == "self_referral" else 0.88
        if self.r() > p:
            c["referral_outcome"] = self.pick(["chose_other_provider", "not_yet_needed", "no_response", "cost"])
            return
        self.start_path(c, self.later(t, 1, 8) if etype == "self_referral" else self.later(t, 2, 6), False)

    def start_path(self, c, ti, urgent):
        k = c["k"]
        nurse = self.pick(NURSES[k])
        neph = self.pick(NEPHRO[k])
        self.ev(c, ti, "tp_intake", action="completed", intake_id=self.nid("in", "IN", 5), intake_type="full_assessment",
                hbv_status=self.pick(["negative", "positive", "pending"], [0.9, 0.06, 0.04]), assessor=nurse[0],
                assessor_en=nurse[1], nephrologist=neph[0], nephrologist_en=neph[1], planned_access=c["access_type"])
        if INTAKE_FEE[k] and not (k == "MB-FZ" and c["tier"] == "public"):
            self.order(c, ti + D(minutes=self.ri(30, 180)), "intake_fee", INTAKE_FEE[k])
        sub = ti + D(hours=self.ri(2, 40))
        approved, gave_up = self.preauth(c, sub, "new")
        if not approved or gave_up:
            c["referral_outcome"] = "preauth_denied" if not approved else "gave_up_waiting"
            return
        t_sched = approved + D(hours=self.ri(2, 30))
        if t_sched > END:
            return
        self.ev(c, t_sched, "tp_schedule", action="assigned", channel="phone", shift=c["shift"], 班次=c["班次"],
                schedule_days=c["schedule_days"], change_by=None)
        first = t_sched + D(days=self.ri(1, 3) if urgent else self.ri(1, 6))
        # next scheduled weekday
        days = (0, 2, 4) if c["schedule_days"] == "MWF" else (1, 3, 5)
        while first.weekday() not in days:
            first += D(days=1)
        start = datetime(first.year, first.month, first.day)
        if start > END:
            return
        if c["acquisition_channel"] != "transfer_in":
            c["dialysis_start"] = start.date()
        else:
            c["dialysis_start"] = (start - D(days=self.ri(200, 2500))).date()
        self.life(c, start, prevalent=False)

    def preauth(self, c, sub, ptype):
        """returns (final approval time or None, gave_up)."""
        k, p = c["k"], c["payer_t"]
        base = p[6]
        slow = k == "NJ-GL" and p[0].startswith("cn_") and NJ_SWITCH[0] <= sub < NJ_SWITCH[1]
        if slow:
            days = max(8, int(round(self.rng.normal(19, 4))))
            c["preauth_slow_at"] = sub
            if self.r() < 0.35:
                self.fb(c, self.at(sub + D(days=self.ri(8, 20)), 8, 21), "preauth_slow",
                        self.pick(["wechat", "call_note"], [0.6, 0.4]), "tp_preauth", rating=False)
        else:
            days = max(0, int(round(self.rng.lognormal(np.log(base + 0.5), 0.35))))
        t = self.at(sub + D(days=days), 9, 18)
        x = self.r()
        first = "approved" if x < (0.62 if slow else 0.86) else ("more_info" if x < (0.95 if slow else 0.96)
                                                                  else "denied")
        auth = self.nid("au", "AU", 6)
        row = dict(preauth_type=ptype, payer=p[0], payer_zh=p[1], payer_en=p[2], days_to_decision=days,
                   submitted_at=sub, auth_no=auth, approved_sessions=156 if p[0] != "self_pay" else None)
        self.ev(c, t, "tp_preauth", action=first, attempt=1, **row)
        if first == "denied":
            return None, False
        if first == "more_info":
            sub2 = self.later(t, 1, 5)
            d2 = max(1, int(round(self.rng.normal(12 if slow else 4, 2))))
            t = self.at(sub2 + D(days=d2), 9, 18)
            row.update(days_to_decision=d2, submitted_at=sub2)
            self.ev(c, t, "tp_preauth", action="approved", attempt=2, **row)
        gave_up = ptype == "new" and (t - sub).days > 14 and self.r() < 0.3
        return t, gave_up

    # ---------- guests ----------
    def guest_stay(self, c, arrive):
        k = c["k"]
        n = self.ri(2, 9)
        days = (0, 2, 4) if c["schedule_days"] == "MWF" else (1, 3, 5)
        t = datetime(arrive.year, arrive.month, arrive.day)
        done = 0
        first = True
        while done < n:
            if t.weekday() in days:
                s = self.session(c, t, first=first, guest=True)
                if s is not None:
                    if first:
                        self.order(c, s["ts"] + D(minutes=30), "guest_session", GUEST_PRICE[k] * n,
                                   sessions=n)
                    first = False
                done += 1
            t += D(days=1)
        if self.r() < 0.25:
            self.csat(c, t - D(days=1) + D(hours=14), "sms_csat")

    # ---------- a regular patient's life ----------
    def life(self, c, start, prevalent):
        k = c["k"]
        c["segment"] = "active"
        s0 = max(start, DSTART)
        # exit
        exit_at, reason = None, None
        m = datetime(s0.year, s0.month, 1)
        while m <= END and exit_at is None:
            pd = 0.0075
            pt = 0.016
            if k == "BK-SK" and c["needs_transport"] and datetime(2026, 4, 1) <= m < datetime(2026, 8, 1):
                pt += 0.22
            x = self.r()
            if x < pd + pt:
                day = m + D(days=self.ri(0, 27))
                if day > s0 + D(days=14):
                    if x < pd:
                        exit_at, reason = day, "deceased"
                    else:
                        w = dict(EXIT_W[k])
                        if k == "BK-SK" and c["needs_transport"] and m >= datetime(2026, 4, 1):
                            w = dict(transplant=0.05, home_dialysis=0.05, relocated=0.1, other_provider=0.7,
                                     hospital_care=0.1)
                        exit_at, reason = day, self.pick(list(w), list(w.values()))
            m = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        stop = min(exit_at, END) if exit_at else END
        # hospital admissions
        adm = []
        m = datetime(s0.year, s0.month, 1)
        while m <= stop:
            if self.r() < (0.045 if c["access_type"] == "cvc" else 0.015):
                a = self.at(m + D(days=self.ri(0, 27)), 0, 23.9)
                if s0 + D(days=3) < a < stop:
                    rs = self.pick(list(ADMIT_ZH), [0.55, 0.2, 0.15, 0.1] if c["access_type"] == "cvc"
                                   else [0.1, 0.4, 0.3, 0.2])
                    los = self.ri(2, 10)
                    adm.append((a, a + D(days=los), rs))
                    self.ev(c, a, "tp_hospital_admission", action="admitted", admit_reason=rs, 住院原因=ADMIT_ZH[rs],
                            los_days=los, hospital=self.pick(HOSPITALS[k]))
            m = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        # Spring Festival trips home
        trips = []
        if k in ("SH-XH", "NJ-GL"):
            for cny in CNY:
                if self.r() < (0.22 if k == "SH-XH" else 0.12):
                    trips.append((cny - D(days=self.ri(2, 6)), cny + D(days=self.ri(4, 9))))
        # experiment: decided when the session loop reaches the patient's enrolment day (see below)
        arm = None
        enrol = AB[0] + D(days=self.ri(0, (AB[1] - AB[0]).days))
        c["misses"] = []
        # sessions
        days = (0, 2, 4) if c["schedule_days"] == "MWF" else (1, 3, 5)
        t = datetime(s0.year, s0.month, s0.day)
        first = not prevalent
        month_sessions: dict[tuple, int] = {}
        month_trips: dict[tuple, int] = {}
        lab_month = None
        short_hist = []
        csat_month = False
        while t <= stop:
            if arm is None and t >= enrol and start < enrol - D(days=30):
                arm = "not_eligible"
                unplanned = [x for x, why in c["misses"] if x >= enrol - D(days=90) and why not in ("travel",
                                                                                                  "hospitalised")]
                if len(unplanned) >= 2:
                    arm = self.pick(["sms_reminder", "nurse_call"])
                    assigned = self.at(enrol, 9, 17)
                    c["arm"] = (arm, assigned)
                    self.experiments.append(dict(experiment_id="reminder_call_2026", variant=arm,
                                                 customer_id=c["customer_id"], assigned_at=assigned, centre_id=k,
                                                 shift=c["shift"], prior_missed_90d=len(unplanned)))
            if t.weekday() in days:
                sched = t + D(hours=SHIFT[c["shift"]][1])
                why = None
                for a0, a1, _ in adm:
                    if a0 - D(hours=6) <= sched <= a1:
                        why = "hospitalised"
                for a0, a1 in trips:
                    if a0 <= sched <= a1:
                        why = "travel"
                if why is None and first:
                    s = self.session(c, t, first=True)
                    first = False
                else:
                    s = None
                    if why is None:
                        s = self.regular(c, t, sched)
                    else:
                        self.ev(c, sched, "tp_missed_session", action="missed", missed_reason=why,
                                缺透原因=MISS_ZH[why], shift=c["shift"], 班次=c["班次"], notified=True)
                        c["misses"].append((sched, why))
                if s is not None and s.get("touchpoint_id") in ("tp_session", "tp_first_session"):
                    key = (t.year, t.month)
                    month_sessions[key] = month_sessions.get(key, 0) + 1
                    if c["needs_transport"]:
                        month_trips[key] = month_trips.get(key, 0) + 1
                    short_hist.append(s["action"] == "shortened")
                    if lab_month != key:
                        lab_month = key
                        self.lab(c, s["ts"], short_hist[-13:])
                        csat_month = self.r() < 0.08
                    elif csat_month and self.r() < 0.3:
                        csat_month = False
                        self.csat(c, s["ts"] + D(minutes=int(s["actual_min"]) + self.ri(60, 240)), "sms_csat")
            t += D(days=1)
        # nurse reminder calls (experiment arm)
        if arm == "nurse_call" and "arm" in c:
            a = c["arm"][1]
            t = datetime(a.year, a.month, a.day) + D(days=1)
            while t <= a + D(days=AB_DAYS) and t <= stop:
                if (t + D(days=1)).weekday() in days:
                    self.ev(c, self.at(t, 16, 19.5), "tp_reminder_call", action=self.pick(
                        ["reached", "voicemail", "no_answer"], [0.72, 0.18, 0.10]), channel="phone",
                        caller=self.pick(NURSES[k])[1])
                t += D(days=1)
        # access checks
        t = start + D(days=self.ri(25, 42)) if not prevalent else s0 + D(days=self.ri(0, 85))
        while t < stop:
            self.access_check(c, self.at(t, 9, 16))
            t += D(days=self.ri(80, 100))
        # bills
        for (y, mo), n in sorted(month_sessions.items()):
            self.bill(c, y, mo, n, month_trips.get((y, mo), 0))
        # support calls, wechat, schedule changes, renewals
        m = datetime(s0.year, s0.month, 1)
        while m <= stop:
            self.calls(c, m, stop)
            if self.r() < 0.015 + (0.03 if k == "SH-XH" and m >= SH_CROWD else 0):
                t = self.at(m + D(days=self.ri(0, 27)), 9, 17)
                if t < stop:
                    new = self.pick([s for s in SHIFT if s != c["shift"]])
                    by = "centre" if (k == "SH-XH" and m >= SH_CROWD and self.r() < 0.8) else self.pick(
                        ["patient", "centre"], [0.6, 0.4])
                    self.ev(c, t, "tp_schedule", action="changed", channel="phone", shift=new, 班次=SHIFT[new][0],
                            schedule_days=c["schedule_days"], change_by=by, previous_shift=c["shift"])
                    if by == "centre" and self.r() < 0.3:
                        self.fb(c, t + D(hours=self.ri(2, 48)), "schedule_change", self.pick(
                            ["wechat", "call_note"] if c["language"] == "zh" and k != "MB-FZ" else ["call_note"]),
                            "tp_schedule", rating=False)
            if k in ("SH-XH", "NJ-GL", "HK-KT") and c["language"] == "zh" and self.r() < 0.022:
                self.fb(c, self.at(m + D(days=self.ri(0, 27)), 8, 22), None, "wechat", None, rating=False)
            if m.month == 12 and k in ("SH-XH", "NJ-GL") and c["payer"].startswith("cn_") and m.year == 2025:
                sub = self.at(datetime(2025, 12, self.ri(1, 12)), 9, 17)
                if sub < stop:
                    self.preauth(c, sub, "renewal")
            elif k not in ("SH-XH", "NJ-GL") and c["payer"] not in ("self_pay",) and c["dialysis_start"] and \
                    m.month == c["dialysis_start"].month and m > datetime(s0.year, s0.month, 1):
                sub = self.at(m + D(days=self.ri(0, 20)), 9, 17)
                if sub < stop:
                    self.preauth(c, sub, "renewal")
            m = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        # surveys
        if not prevalent:
            t = start + D(days=self.ri(58, 72))
            if t < stop and self.r() < 0.55:
                self.survey(c, self.at(t, 10, 21), "new_patient_60d")
        for w0, w1 in ((datetime(2025, 10, 13), datetime(2025, 10, 31)), (datetime(2026, 4, 13), datetime(2026, 4, 30))):
            if s0 + D(days=30) < w0 and stop > w1 and self.r() < 0.5:
                self.survey(c, self.at(w0 + D(days=self.ri(0, (w1 - w0).days)), 9, 22), "experience_survey")
        # exit
        if exit_at:
            c["exit_date"] = exit_at.date()
            c["exit_reason"] = reason
            c["退出原因"] = EXIT_ZH.get(reason, "去世")
            if reason == "deceased":
                c["segment"] = "deceased"
            else:
                c["segment"] = "transferred_out"
                t = self.at(exit_at, 9, 17)
                self.ev(c, t, "tp_transfer_out", action="transferred", exit_reason=reason, 转出原因=EXIT_ZH[reason],
                        receiving_provider=None if reason in ("transplant", "home_dialysis") else self.pick(
                            ["public hospital unit", "other private centre", "home-town centre"]),
                        tenure_months=round(((exit_at - start).days) / 30.4, 1))
                if reason == "other_provider" and self.r() < 0.35:
                    self.fb(c, t + D(days=self.ri(0, 5)), None, "call_note", "tp_transfer_out", rating=False)

    def regular(self, c, day, sched):
        """a scheduled session that is not the first one: maybe transport, maybe missed, else a session."""
        k = c["k"]
        late = 0
        pick = None
        if c["needs_transport"]:
            if k == "BK-SK":
                vend = BK_VENDORS[1] if day >= BK_VENDOR else BK_VENDORS[0]
            else:
                vend = VENDOR[k]
            p_late, p_ns = 0.07, 0.008
            if k == "BK-SK" and BK_VENDOR <= day < BK_FIX:
                p_late, p_ns = 0.36, 0.09
            elif k == "BK-SK" and day >= BK_FIX:
                p_late, p_ns = 0.16, 0.02
            x = self.r()
            pick = "no_show" if x < p_ns else ("late" if x < p_ns + p_late else "on_time")
            delay = 0 if pick == "on_time" else (self.ri(10, 65) if pick == "late" else None)
            base = sched - D(minutes=60)
            t_ev = base + D(minutes=self.ri(0, 5) if pick == "on_time" else (delay if pick == "late" else 30))
            self.ev(c, t_ev, "tp_transport", action=pick, channel="phone",
                    vendor=vend[1], vendor_zh=vend[0], delay_min=delay, trip="pickup",
                    pickup_at=base.strftime("%H:%M"))
            on_call = "arm" in c and c["arm"][0] == "nurse_call" and c["arm"][1] <= sched <= c["arm"][1] + D(
                days=AB_DAYS)
            if pick == "no_show":
                if self.r() < (0.25 if on_call else 0.75):     # the nurse has already confirmed a back-up ride
                    self.ev(c, sched, "tp_missed_session", action="missed", missed_reason="transport",
                            缺透原因=MISS_ZH["transport"], shift=c["shift"], 班次=c["班次"], notified=False)
                    c["misses"].append((sched, "transport"))
                    return None
                late = self.ri(40, 80)
            elif pick == "late":
                late = delay
        p = c["risk"]
        if "arm" in c and c["arm"][0] == "nurse_call" and c["arm"][1] <= sched <= c["arm"][1] + D(days=AB_DAYS):
            p *= 0.25
        if self.r() < p:
            w = dict(unwell=0.35, personal=0.25, forgot=0.2, unknown=0.15, transport=0.05 if c["needs_transport"]
                     else 0)
            why = self.pick(list(w), list(w.values()))
            self.ev(c, sched, "tp_missed_session", action="missed", missed_reason=why, 缺透原因=MISS_ZH[why],
                    shift=c["shift"], 班次=c["班次"], notified=why in ("unwell", "personal") and self.r() < 0.6)
            c["misses"].append((sched, why))
            return None
        return self.session(c, day, late=late)

    def session(self, c, day, first=False, guest=False, late=0):
        k = c["k"]
        sched = day + D(hours=SHIFT[c["shift"]][1])
        delay = max(0, int(self.rng.normal(7, 5)))
        if k == "SH-XH" and c["shift"] == "morning" and day >= SH_CROWD:
            delay += max(0, int(self.rng.normal(21, 8)))
        if late > 20:
            delay = max(delay, late - 15 + self.ri(0, 10))
        ts = sched + D(minutes=delay + self.ri(0, 4))
        sm = c["sched_min"]
        p_short = {"morning": 0.035, "afternoon": 0.045, "evening": 0.12}[c["shift"]]
        reason = None
        if delay >= 30 and self.r() < 0.6:
            reason = "late_start"
        elif self.r() < p_short:
            w = dict(patient_request=0.35, cramps_hypotension=0.3, machine_alarm=0.1,
                     access_flow=0.25 if c["access_type"] == "cvc" else 0.05)
            if c["shift"] == "evening":
                w["patient_request"] = 1.4
            reason = self.pick(list(w), list(w.values()))
        actual = sm - (self.ri(20, 75) if reason else self.ri(-3, 5))
        nurse = None
        attempts = None
        if c["access_type"] != "cvc":
            pool = NURSES[k]
            if k == "NJ-GL" and day < ZHOU_FROM:
                pool = pool[:3]
            nurse = self.pick(pool)
            p2 = 0.14 if nurse[1] == "Zhou Lei" else 0.03
            attempts = 1 if self.r() > p2 else self.pick([2, 3], [0.8, 0.2])
            if nurse[1] == "Zhou Lei" and attempts >= 2:
                c["zhou_bad"] = ts
        idwg = round(float(max(0.3, self.rng.normal(2.4 if k != "BK-SK" else 2.7, 0.8))), 1)
        s = self.ev(c, ts, "tp_first_session" if first else "tp_session",
                    action="shortened" if reason else "completed", session_id=self.nid("se", "S", 7),
                    shift=c["shift"], 班次=c["班次"], chair_no=f"{k[:2]}-{self.ri(1, 24):02d}", scheduled_min=sm,
                    actual_min=actual, start_delay_min=delay, shortened_reason=reason,
                    缩短原因=SHORT_ZH.get(reason) if reason else None, access_type=c["access_type"],
                    通路类型=c["通路类型"], cannulation_nurse=nurse[0] if nurse else None,
                    cannulation_nurse_en=nurse[1] if nurse else None, needle_attempts=attempts, idwg_kg=idwg,
                    guest=guest)
        if s is not None and nurse and nurse[1] == "Zhou Lei" and attempts >= 2 and self.r() < 0.12:
            self.fb(c, ts + D(hours=self.ri(5, 30)), "needle_pain", self.pick(["wechat", "sms_csat"]), "tp_session",
                    rating=True)
        return s

    def lab(self, c, drawn, short_recent):
        k = c["k"]
        rd = max(1, int(round(self.rng.normal(1.5, 0.6))))
        if k == "SH-XH" and SH_LAB[0] <= drawn < SH_LAB[1]:
            rd = max(3, int(round(self.rng.normal(5.6, 1.2))))
        vendor = LAB_VENDOR[k] if not (k == "SH-XH" and drawn >= SH_LAB[0]) else "艾迪康检验"
        mu = {"avf": 1.47, "avg": 1.40, "cvc": 1.21}[c["access_type"]]
        if c["shift"] == "evening":
            mu -= 0.04
        if short_recent:
            mu -= 0.5 * sum(short_recent) / len(short_recent)
        ktv = round(float(self.rng.normal(mu, 0.17)), 2)
        hb = int(self.rng.normal(108 if k != "BK-SK" else 102, 12))
        phos = round(float(max(0.6, self.rng.normal(1.72 if k != "BK-SK" else 1.85, 0.42))), 2)
        self.ev(c, self.at(drawn + D(days=rd), 8, 20), "tp_lab", action="released", channel="app",
                device=c["phone_os"], lab_order_id=self.nid("lab", "LB", 6), drawn_at=drawn.date(), result_days=rd,
                lab_vendor=vendor, kt_v=ktv, kt_v_ok=ktv >= 1.2, urr=round(min(0.85, 0.65 + (ktv - 1.2) * 0.13), 3),
                hb_g_l=hb, phosphate_mmol_l=phos, potassium_mmol_l=round(float(self.rng.normal(4.9, 0.6)), 1),
                albumin_g_l=round(float(self.rng.normal(37, 4)), 1))

    def access_check(self, c, t):
        a = c["access_type"]
        if a == "cvc":
            f = self.pick(["normal", "infection", "low_flow", "thrombosis"], [0.78, 0.09, 0.09, 0.04])
        else:
            f = self.pick(["normal", "stenosis", "low_flow", "thrombosis"], [0.84, 0.09, 0.05, 0.02])
        self.ev(c, t, "tp_access_check", action="normal" if f == "normal" else "issue_found", access_type=a,
                通路类型=ACCESS_ZH[a], finding=f, 检查结果=FINDING_ZH[f],
                flow_ml_min=int(self.rng.normal(900 if a == "avf" else 750, 180)) if a != "cvc" else None,
                referred_to_surgeon=f in ("stenosis", "thrombosis") or (f == "low_flow" and self.r() < 0.4),
                checked_by="vascular access nurse")

    def bill(self, c, y, mo, n, trips):
        k = c["k"]
        issued = self.at(datetime(y + (mo == 12), mo % 12 + 1, 3), 8, 10)
        if issued > END:
            return
        gross = n * SESSION_PRICE[k]
        share = c["payer_t"][4]
        copay = round(gross * share, 2)
        bid = self.nid("bill", "BL", 6)
        delivery = "app" if self.r() < 0.75 else ("wechat" if k in ("SH-XH", "NJ-GL") else "paper")
        dup = k == "HK-KT" and issued.date() == HK_DUP_BILL.date() and copay > 0
        self.ev(c, issued, "tp_bill", action="issued", channel="app" if delivery == "app" else "other",
                device=c["phone_os"] if delivery == "app" else None, bill_id=bid, bill_month=f"{y}-{mo:02d}",
                sessions_billed=n, gross_amount=gross, payer_amount=round(gross - copay, 2), copay_amount=copay,
                currency=CE[k][6], delivery=delivery, duplicate_charge=dup if dup else None)
        paid_at = self.at(issued + D(days=int(self.rng.exponential(4.5))), 7.5, 22.5)
        if paid_at < issued:
            paid_at = issued + D(hours=self.ri(1, 10))
        if copay > 0:
            self.order(c, paid_at, "copay_statement", copay, bill_id=bid, bill_month=f"{y}-{mo:02d}", sessions=n,
                       gross_amount=gross, payer=c["payer"])
            if dup:
                self.order(c, issued + D(hours=self.ri(1, 6)), "copay_statement", copay, status="refunded",
                           bill_id=bid, bill_month=f"{y}-{mo:02d}", sessions=n, gross_amount=gross, payer=c["payer"],
                           refunded_at=self.at(datetime(2025, 9, self.ri(10, 30)), 9, 18),
                           refund_reason="duplicate charge", 退款原因="重复扣款")
        if trips and TRIP_FEE[k]:
            self.order(c, paid_at + D(minutes=2), "transport_fee", trips * 2 * TRIP_FEE[k], bill_id=bid,
                       bill_month=f"{y}-{mo:02d}", trips=trips * 2)

    def calls(self, c, m, stop):
        k = c["k"]
        w = dict(billing=0.03, schedule_change=0.03, transport=0.02 if c["needs_transport"] else 0, lab_results=0.02,
                 insurance=0.012, other=0.015)
        if k == "HK-KT" and m == datetime(2025, 9, 1) and c["payer_t"][4] > 0:
            w["billing"] += 0.75
        if k == "HK-KT" and m == datetime(2025, 10, 1) and c["payer_t"][4] > 0:
            w["billing"] += 0.15
        if k == "NJ-GL" and datetime(2025, 11, 1) <= m <= datetime(2026, 1, 1) and c["payer"].startswith("cn_"):
            w["insurance"] += 0.2
        if k == "SH-XH" and SH_LAB[0] <= m < SH_LAB[1]:
            w["lab_results"] += 0.18
        if k == "BK-SK" and c["needs_transport"] and BK_VENDOR <= m < BK_FIX:
            w["transport"] += 0.55
        if k == "SH-XH" and m >= SH_CROWD:
            w["schedule_change"] += 0.03
        for reason, lam in w.items():
            for _ in range(int(self.rng.poisson(lam))):
                t = self.at(m + D(days=self.ri(0, 27)), 8, 20)
                if t >= stop:
                    continue
                chan = self.pick(["phone", "wechat"] if k in ("SH-XH", "NJ-GL") else (
                    ["phone", "whatsapp"] if k in ("HK-KT", "BK-SK") else ["phone"]))
                ok = self.r() < (0.55 if reason in ("billing", "insurance") else 0.75)
                self.ev(c, t, "tp_support_call", action="resolved" if ok else "escalated", channel=chan,
                        call_id=self.nid("call", "CL", 6), call_reason=reason, 来电原因=CALL_ZH[reason],
                        handle_min=round(float(self.rng.gamma(3, 2.5 if reason != "billing" else 3.5)), 1),
                        first_contact_resolution=ok)
                if self.r() < 0.45:
                    topic = self.call_topic(c, t, reason)
                    self.fb(c, t + D(minutes=self.ri(5, 40)), topic, "call_note", None, rating=False)

    def call_topic(self, c, t, reason):
        k = c["k"]
        if reason == "billing":
            if k == "HK-KT" and datetime(2025, 9, 1) <= t < datetime(2025, 11, 1):
                return "bill_error"
            return self.pick(["copay_high", "bill_error", "neutral"], [0.45, 0.15, 0.4])
        if reason == "insurance":
            return "preauth_slow" if (c["preauth_slow_at"] and t - c["preauth_slow_at"] < D(days=60)) \
                or self.r() < 0.25 else "neutral"
        if reason == "transport":
            return "transport_late" if self.r() < 0.8 else "neutral"
        if reason == "lab_results":
            if k == "SH-XH" and SH_LAB[0] <= t < SH_LAB[1] + D(days=10):
                return "lab_slow"
            return self.pick(["lab_slow", "neutral", "doctor_explains"], [0.15, 0.7, 0.15])
        if reason == "schedule_change":
            return self.pick(["schedule_change", "neutral"], [0.55, 0.45])
        return self.pick(["neutral", "chair_wait", "nurses_caring"], [0.7, 0.15, 0.15])

    # ---------- feedback ----------
    def topic(self, c, t, channel):
        k = c["k"]
        r = self.r()
        if k == "BK-SK" and c["needs_transport"] and BK_VENDOR <= t < BK_FIX + D(days=10) and r < 0.8:
            return "transport_late"
        if k == "BK-SK" and BK_VENDOR + D(days=7) <= t < BK_FIX and r < 0.5:
            return "chair_wait"           # late vans back up the chairs for everyone
        if k == "HK-KT" and c["payer_t"][4] > 0 and datetime(2025, 9, 3) <= t < datetime(2025, 11, 1) and r < 0.5:
            return "bill_error"
        if k == "SH-XH" and SH_LAB[0] + D(days=5) <= t < SH_LAB[1] + D(days=15) and r < 0.38:
            return "lab_slow"
        if c["preauth_slow_at"] and D(days=5) < t - c["preauth_slow_at"] < D(days=75) and r < 0.55:
            return "preauth_slow"
        if c["zhou_bad"] and t - c["zhou_bad"] < D(days=10) and r < 0.12:
            return "needle_pain"
        if k == "SH-XH" and c["shift"] == "morning" and t >= SH_CROWD + D(days=7) and r < 0.4:
            return "chair_wait"
        w = dict(nurses_caring=0.2, clean_comfort=0.1, on_time=0.08, doctor_explains=0.08, app_handy=0.05, neutral=0.2,
                 chair_wait=0.06, needle_pain=0.04, copay_high=0.06, schedule_change=0.04,
                 transport_late=0.04 if c["needs_transport"] else 0, bill_error=0.01, lab_slow=0.02)
        if k in ("HK-KT",) and c["payer_t"][4] >= 0.2:
            w["copay_high"] = 0.2
        if k == "BK-SK" and c["payer_t"][4] >= 0.2:
            w["copay_high"] = 0.12
        if c["payer_t"][4] == 0:
            w["copay_high"] = 0.0
        return self.pick(list(w), list(w.values()))

    def survey(self, c, t, kind):
        topic = self.topic(c, t, "survey")
        self.ev(c, t, "tp_survey", action="completed", channel="email" if c["k"] in ("MB-FZ",) else "app",
                survey_type=kind)
        self.fb(c, t + D(minutes=self.ri(1, 20)), topic, "survey", None, rating=True, nps=True, survey_type=kind)

    def csat(self, c, t, channel):
        if c["segment"] == "guest":
            topic = self.pick(["nurses_caring", "clean_comfort", "neutral", "copay_high", "on_time"],
                              [0.35, 0.2, 0.2, 0.15, 0.1])
        else:
            topic = self.topic(c, t, channel)
        self.fb(c, t, topic, channel, None, rating=True)

    def fb(self, c, ts, topic, channel, tp, rating=True, nps=False, survey_type=None, lang=None, k=None, device=None,
           undated=False, store=None):
        if ts is not None and (ts > END or ts < DSTART):
            return
        if topic is None:
            topic = self.topic(c, ts, channel) if c else "neutral"
        sent = SENT[topic]
        lang = lang or (c["language"] if c else "en")
        k = k or (c["k"] if c else None)
        if tp is None:
            tp = TOPIC_TP[topic] or self.pick(["tp_session", "tp_survey", "tp_schedule"], [0.6, 0.25, 0.15])
        rt = None
        if rating:
            rt = {"positive": self.pick([5, 4], [0.68, 0.32]), "neutral": self.pick([4, 3, 2], [0.35, 0.5, 0.15]),
                  "negative": self.pick([1, 2, 3], [0.35, 0.45, 0.2])}[sent]
        npsv = None
        if nps:
            npsv = {"positive": self.pick([10, 9, 8], [0.5, 0.35, 0.15]), "neutral": self.ri(5, 8),
                    "negative": self.ri(0, 6)}[sent]
        fid = self.nid("fb", "FB", 6)
        row = dict(feedback_id=fid, text=self.text(topic, lang, k, c), ts=None if undated else ts,
                   customer_id=c["customer_id"] if c else None, touchpoint_id=tp, channel=channel,
                   渠道=FB_CH_ZH[channel], rating=rt, nps=npsv, language=lang, survey_type=survey_type, device=device,
                   store=store)
        if k:
            row.update(self.ccols(k, True))
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    def text(self, topic, lang, k, c):
        tpl = self.pick(TEXTS[topic][lang])
        nurse = self.pick(NURSES[k]) if k else ("护士", "the nurse")
        if topic == "needle_pain" and k == "NJ-GL" and self.r() < 0.4:
            nurse = ("周磊", "Zhou Lei")
        vendor = (BK_VENDORS[1] if k == "BK-SK" else VENDOR.get(k, ("接送公司", "the transport company")))
        s = tpl.format(nurse=nurse[0] if lang == "zh" else nurse[1].split()[0],
                       centre=CE[k][1] if (k and lang == "zh") else (CE[k][2] if k else "KidneyCare"),
                       vendor=vendor[0] if lang == "zh" else vendor[1], m=self.ri(20, 70), d=self.ri(15, 26))
        pre = self.pick(PRE[lang])
        post = self.pick(POST[lang][SENT[topic]])
        return (pre + s + post).strip()

    def public_reviews(self, months):
        for m in months:
            for k in CE:
                site = "dianping" if k in ("SH-XH", "NJ-GL") else "google_review"
                for _ in range(int(self.rng.poisson(3.2))):
                    t = self.at(m + D(days=self.ri(0, 27)), 7, 23.5)
                    r = self.r()
                    topic = None
                    if k == "BK-SK" and BK_VENDOR <= t < BK_FIX + D(days=10) and r < 0.45:
                        topic = "transport_late"
                    elif k == "HK-KT" and datetime(2025, 9, 5) <= t < datetime(2025, 11, 1) and r < 0.4:
                        topic = "bill_error"
                    elif k == "SH-XH" and SH_LAB[0] + D(days=5) <= t < SH_LAB[1] + D(days=10) and r < 0.35:
                        topic = "lab_slow"
                    elif k == "NJ-GL" and NJ_SWITCH[0] + D(days=10) <= t < NJ_SWITCH[1] + D(days=30) and r < 0.4:
                        topic = "preauth_slow"
                    elif k == "SH-XH" and t >= SH_CROWD + D(days=7) and r < 0.3:
                        topic = "chair_wait"
                    if topic is None:
                        topic = self.pick(["nurses_caring", "clean_comfort", "on_time", "doctor_explains", "neutral",
                                           "chair_wait", "copay_high", "needle_pain", "transport_late"],
                                          [0.22, 0.16, 0.08, 0.08, 0.18, 0.08, 0.12 if k in ("HK-KT", "BK-SK")
                                           else 0.06, 0.04, 0.03])
                    if site == "dianping":
                        lang = "zh"
                    else:
                        lang = {"HK-KT": "zh" if self.r() < 0.4 else "en", "MB-FZ": "zh" if self.r() < 0.1 else "en"
                                }.get(k, "en")
                    self.fb(None, t, topic, site, None, rating=True, lang=lang, k=k, undated=self.r() < 0.27)

    def app_reviews(self, months):
        for m in months:
            for _ in range(int(self.rng.poisson(11))):
                t = self.at(m + D(days=self.ri(0, 27)), 7, 23.5)
                lang = "zh" if self.r() < 0.55 else "en"
                r = self.r()
                if lang == "zh" and SH_LAB[0] + D(days=5) <= t < SH_LAB[1] + D(days=10) and r < 0.4:
                    topic = "lab_slow"
                elif datetime(2025, 9, 4) <= t < datetime(2025, 10, 20) and r < 0.3:
                    topic = "bill_error"
                else:
                    topic = self.pick(["app_handy", "neutral", "lab_slow", "schedule_change", "bill_error"],
                                      [0.5, 0.25, 0.1, 0.08, 0.07])
                dev = self.pick(["ios", "android"])
                tp = {"app_handy": "tp_lab", "lab_slow": "tp_lab", "bill_error": "tp_bill", "schedule_change":
                      "tp_schedule", "neutral": "tp_lab"}[topic]
                self.fb(None, t, topic, "app_review", tp, rating=True, lang=lang, device=dev,
                        store="App Store" if dev == "ios" else self.pick(["Google Play", "华为应用市场"]))

    def finish(self):
        for c in self.customers:
            if c["segment"] == "not_started" and c.get("referral_outcome") is None:
                c["referral_outcome"] = "in_progress"


SENT = dict(nurses_caring="positive", clean_comfort="positive", on_time="positive", doctor_explains="positive",
            app_handy="positive", neutral="neutral", transport_late="negative", preauth_slow="negative",
            bill_error="negative", lab_slow="negative", chair_wait="negative", needle_pain="negative",
            copay_high="negative", schedule_change="negative")
TOPIC_TP = dict(nurses_caring="tp_session", clean_comfort="tp_session", on_time="tp_session",
                doctor_explains="tp_lab", app_handy="tp_lab", neutral=None, transport_late="tp_transport",
                preauth_slow="tp_preauth", bill_error="tp_bill", lab_slow="tp_lab", chair_wait="tp_session",
                needle_pain="tp_session", copay_high="tp_bill", schedule_change="tp_schedule")
PRE = {"zh": ["", "", "", "说实话，", "反馈一下：", "家属反馈：", "老病人了，", "补充一句，"],
       "en": ["", "", "", "Honestly, ", "Feedback: ", "Family member here - ", "Long-time patient. ", "FYI "]}
POST = {"zh": {"positive": ["", "", "谢谢！", "点赞！", "继续保持。"], "neutral": ["", "", "就这样。"],
               "negative": ["", "", "希望改进。", "请尽快解决。", "很失望。"]},
        "en": {"positive": ["", "", " Thank you!", " Keep it up.", " Five stars."], "neutral": ["", "", " That's all."],
               "negative": ["", "", " Please fix this.", " Very disappointed.", " Not good enough."]}}
TEXTS = {
    "nurses_caring": {
        "zh": ["{nurse}护士每次都很耐心，扎针前会先问我感觉怎么样，四个小时也不难熬。",
               "护士们都很负责，血压一低马上就过来处理，很安心。",
               "透析室的护士态度特别好，记得我的习惯，像家人一样。",
               "感谢{centre}的护士团队，老人家每周来三次，她们照顾得很周到。",
               "护士很专业，下机后还会提醒我控制喝水。",
               "我妈在这里透析两年了，护士一直很细心，家属很放心。",
               "{nurse}护士穿刺技术好，一针就进，从来不疼。"],
        "en": ["Nurse {nurse} is always so patient and checks on me every half hour during the run.",
               "The nursing team at {centre} is fantastic - they caught my low blood pressure straight away.",
               "Staff are kind and professional, they know every patient by name.",
               "My dad dialyses here three times a week and the nurses treat him like family.",
               "Really caring nurses, they explained my fluid limit again without making me feel stupid.",
               "Can't fault the nurses, four hours goes by much easier with them around.",
               "{nurse} needles my fistula perfectly every time."]},
    "clean_comfort": {
        "zh": ["环境很干净，床位舒服，每个位子还有电视。", "透析室整洁明亮，消毒做得很到位。",
               "椅子可以躺平，毯子也够暖，比之前医院舒服多了。", "中心很新，空调温度合适，卫生间也干净。",
               "{centre}环境安静，透析的时候能好好休息。"],
        "en": ["Very clean unit, comfy recliners and each chair has its own TV.",
               "Spotless centre, you can tell infection control is taken seriously.",
               "Much more comfortable than the hospital unit I came from, warm blankets and quiet.",
               "Modern, bright and clean. Parking is easy too.", "{centre} is calm and tidy, I can actually rest."]},
    "on_time": {
        "zh": ["每次都能准时上机，不耽误下午上班。", "排班很准时，到了就能上机，不用干等。",
               "上下机都很有序，时间安排得很好。", "从来没让我等过，准点开始准点结束。"],
        "en": ["I always get on the machine on time, which matters because I work afternoons.",
               "Sessions start right on schedule, no hanging around in the waiting room.",
               "Well organised - on and off the machine like clockwork.", "Never had to wait for my chair. On time, every time."]},
    "doctor_explains": {
        "zh": ["医生每月都会把化验单给我讲一遍，磷高了该怎么吃讲得很清楚。",
               "{centre}的肾内科医生很耐心，Kt/V和血红蛋白都解释明白了。",
               "医生查房很认真，调整了我的干体重，最近抽筋少了。", "医生解释化验结果很细，还给了饮食建议。"],
        "en": ["The nephrologist goes through my monthly bloods with me and explains what the phosphate numbers mean.",
               "Doctor explained my Kt/V and why my dry weight was changed. Clear and unrushed.",
               "Good doctors - they actually listen and adjust the prescription.",
               "The renal doctor took time to explain my potassium results and diet."]},
    "app_handy": {
        "zh": ["App上查化验结果很方便，还能看历史趋势。", "在App里就能看排班和账单，不用再打电话问。",
               "肾安App挺好用的，化验结果出来会推送提醒。", "用App看Kt/V和血红蛋白的变化曲线，一目了然。"],
        "en": ["Love that I can see my lab results and trends in the app.",
               "The KidneyCare app makes checking my schedule and bills easy.",
               "Handy app, I get a notification when results are out.", "Great app, all my bloods in one place."]},
    "neutral": {
        "zh": ["还可以，按时来做透析。", "一般吧，没什么特别的。", "透析就是这样，习惯了。", "停车有点难找，其他还行。",
               "希望候诊区多放几把椅子。", "周六的班次能不能多一点？", "想问一下春节期间的排班安排。",
               "请问化验单可以打印纸质版吗？"],
        "en": ["It's fine, I come three times a week and it's ok.", "Average. Nothing special to report.",
               "Parking can be tricky but otherwise ok.", "Would be nice to have wifi in the lounge.",
               "Dialysis is dialysis. The centre does its job.", "Could you add more Saturday slots?",
               "Asked about holiday schedule over Christmas.", "Can I get a printed copy of my results?"]},
    "transport_late": {
        "zh": ["接送车又迟到了{m}分钟，到中心上机晚了，只能少透一会儿。",
               "司机经常不按时来，打电话也联系不上，害我差点错过透析。",
               "换了新的接送公司之后车老是晚到，上周还直接没来接。", "接送太不靠谱了，老人在楼下等了快一个小时。",
               "{vendor}的车又晚了，透析时间被压缩，身体很难受。"],
        "en": ["The van was {m} minutes late again so my session got cut short.",
               "Since the new transport company took over the driver is late almost every time. Last week nobody came.",
               "Waited outside for nearly an hour for the pick-up. This is dangerous for dialysis patients.",
               "{vendor} is unreliable - I missed a session because the van never showed.",
               "Transport keeps arriving late and I lose treatment time.",
               "Pick-up was {m} min late, third time this month."]},
    "preauth_slow": {
        "zh": ["医保门特备案等了快三个星期还没批下来，一直在催。", "医保系统换了以后审批特别慢，材料交了又让补。",
               "透析的医保备案迟迟不通过，年底续备案也卡住了，很焦虑。",
               "预授权办了{d}天，中心说是医保那边系统问题，能不能快一点。", "门特审批太慢了，耽误开始透析。"],
        "en": ["Insurance pre-authorisation took {d} days, I couldn't start until it was approved.",
               "Still waiting on the approval from the insurer, nobody can tell me when.",
               "The pre-auth paperwork was sent back twice for more documents. Very slow.",
               "Approval for my dialysis took weeks."]},
    "bill_error": {
        "zh": ["这个月的自付费被扣了两次，打电话问了好几次才说会退款。", "账单金额不对，重复收费了，退款到现在还没到账。",
               "8月的账单重复扣款，客服说系统出错，希望以后核对清楚。", "账单上同一笔自付出现两次，太离谱了。"],
        "en": ["I was charged twice for my August co-pay. The refund took weeks.",
               "Billing error on my statement - duplicate charge. Had to call three times.",
               "The bill showed the same co-payment twice. Please sort out your billing system.",
               "Double-charged again on the monthly statement."]},
    "lab_slow": {
        "zh": ["换了化验公司以后，抽血一个星期才出结果，医生都没法及时调药。", "化验结果出得太慢了，App上一直显示待出报告。",
               "上个月抽的血到现在还没结果，钾高不高都不知道，很担心。", "化验单要等五六天，以前第二天就有。"],
        "en": ["Lab results now take almost a week to come back.",
               "Still waiting for last month's blood results, the app just says pending.",
               "Slow lab turnaround - my potassium result came after my next two sessions.",
               "Bloods used to be back next day, now it's five or six days."]},
    "chair_wait": {
        "zh": ["早班经常要等半小时才能上机，床位太紧张了。", "人越来越多，早上七点到了还要在外面等位。",
               "上机时间一拖再拖，下机就晚了，耽误一整天。", "等机器等了{m}分钟，太久了。"],
        "en": ["Morning shift is overbooked, I wait 30+ minutes for a chair most days.",
               "Start times keep slipping because there aren't enough chairs.",
               "Too many patients for the chairs, long waits before getting on.", "Waited {m} minutes to get on the machine."]},
    "needle_pain": {
        "zh": ["今天穿刺扎了两次才成功，胳膊都青了。", "{nurse}扎针不太熟练，内瘘被扎得很痛。",
               "每次穿刺都好几针，希望安排有经验的护士。", "内瘘穿刺失败了两次，疼得不行。"],
        "en": ["Took two attempts to needle my fistula today, very painful.", "Cannulation has been rough lately, lots of bruising.",
               "Please let the experienced nurses do the needling, my arm is black and blue.",
               "{nurse} missed my fistula twice today."]},
    "copay_high": {
        "zh": ["自付部分太贵了，每个月光透析就要花一大笔。", "保险报销后自己还要出不少钱，负担很重。",
               "价格比公立医院高太多，长期做下去吃不消。", "每月自付越来越多，退休金都不够。"],
        "en": ["The co-pay is really expensive for something I need three times a week.",
               "Out-of-pocket costs keep adding up, hard on a pension.", "Pricey compared with the public unit, even after insurance.",
               "Monthly gap payment is too high."]},
    "schedule_change": {
        "zh": ["排班被临时调了，从早班改到晚班，完全打乱了我的工作。", "中心老是调整透析时间，也不提前通知。",
               "改班次没跟我商量，接送也要重新安排，很麻烦。", "又被调班了，能不能固定下来？"],
        "en": ["My slot was moved from mornings to evenings with two days' notice.",
               "They keep changing my dialysis days without asking.", "Schedule change messed up my transport and work.",
               "Moved to a different shift again, please keep my slot fixed."]},
}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.finish()

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return repr(round(v, 2))
        return v

    def dump(name, rows, cols):
        pos = {k: i for i, k in enumerate(cols)}
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for row in rows:
                line = [""] * len(cols)
                for k, v in row.items():
                    if k in pos:
                        line[pos[k]] = fmt(v)
                w.writerow(line)

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                              touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"])
    dump("customers.csv", g.customers,
         ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "付费类型",
          "payer", "payer_zh", "payer_en", "home_centre_id", "home_centre", "home_centre_en", "gender", "性别",
          "age_band", "primary_cause", "原发病", "access_type", "通路类型", "shift", "班次", "schedule_days",
          "needs_transport", "language", "phone_os", "home_country", "referring_hospital", "dialysis_start",
          "exit_date", "exit_reason", "退出原因", "referral_outcome"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    dump("events.csv", ev,
         ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "centre_id", "centre",
          "centre_en", "referral_id", "referral_source", "referring_hospital", "urgency", "egfr",
          "enquiry_id", "enquiry_type", "咨询类型", "home_country", "planned_start", "intake_id", "intake_type",
          "hbv_status", "assessor", "assessor_en", "nephrologist", "nephrologist_en", "planned_access", "preauth_type",
          "payer", "payer_zh", "payer_en", "attempt", "submitted_at", "days_to_decision", "auth_no",
          "approved_sessions", "session_id", "shift", "班次", "schedule_days", "change_by", "previous_shift",
          "chair_no", "scheduled_min", "actual_min", "start_delay_min", "shortened_reason", "缩短原因", "access_type",
          "通路类型", "cannulation_nurse", "cannulation_nurse_en", "needle_attempts", "idwg_kg",
          "guest", "missed_reason", "缺透原因", "notified", "vendor",
          "vendor_zh", "delay_min", "trip", "pickup_at", "caller", "lab_order_id", "drawn_at", "result_days",
          "lab_vendor", "kt_v", "kt_v_ok", "urr", "hb_g_l", "phosphate_mmol_l", "potassium_mmol_l", "albumin_g_l",
          "finding", "检查结果", "flow_ml_min", "referred_to_surgeon", "checked_by", "admit_reason", "住院原因",
          "los_days", "hospital", "bill_id", "bill_month", "sessions_billed", "gross_amount", "payer_amount",
          "copay_amount", "currency", "delivery", "duplicate_charge", "call_id", "call_reason", "来电原因",
          "handle_min", "first_contact_resolution", "exit_reason", "转出原因", "receiving_provider", "tenure_months",
          "survey_type"])
    dump("orders.csv", sorted(g.orders, key=lambda o: o["order_id"]),
         ["order_id", "customer_id", "ts", "amount", "currency", "amount_usd", "status", "order_type", "订单类型",
          "channel", "device", "payment_method", "支付方式", "centre_id", "centre", "centre_en", "city", "城市",
          "bill_id", "bill_month", "sessions", "trips", "gross_amount", "payer", "refunded_at", "refund_reason",
          "退款原因"])
    fb = g.feedback
    perm = g.rng.permutation(len(fb))
    dump("feedback.csv", [fb[i] for i in perm],
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "渠道", "rating", "nps", "language",
          "centre_id", "centre", "centre_en", "city", "城市", "survey_type", "device", "store"])
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "centre_id",
                                            "shift", "prior_missed_90d"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}, "
          f"experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
