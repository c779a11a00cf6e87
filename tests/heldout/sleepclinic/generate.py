"""眠安 RestWell Sleep Clinics: sleep-apnoea diagnosis and CPAP therapy clinics in Beijing, Guangzhou, Singapore,
Toronto and Dublin, 2024-07-01 .. 2026-06-30 (synthetic, written blind).

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

SEED = 20261130
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta
VIDEO_FROM = datetime(2025, 3, 1)                          # video consultations offered from here on
KIT_FAULT = (datetime(2025, 5, 15), datetime(2025, 9, 1))  # Guangzhou: faulty batch of HST-3 home-test kits
LAB_CLOSURE = (datetime(2025, 10, 1), datetime(2026, 3, 1))  # Singapore: one of two lab beds closed (renovation)
BT_BUG = (datetime(2026, 3, 20), datetime(2026, 5, 11))    # Android app 3.4.0 Bluetooth sync bug
CLAIM_RULE = datetime(2026, 1, 1)                          # MapleShield: device claims need a compliance report
CLAIM_FIX = datetime(2026, 4, 1)                           # Toronto clinic attaches the report by default
AB = (datetime(2026, 1, 5), datetime(2026, 4, 1))          # cpap_coach_2026: rental starts in this range
STAR_FITTER = "Aoife Byrne"

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_sleep_quiz", "在线睡眠自测", "Online sleep quiz", "awareness", "web", "digital", "digital marketing",
     "睡眠自测|自测|睡眠测评|打鼾测试|STOP-BANG|问卷测评|小程序自测|sleep quiz|online quiz|sleep test online|"
     "self-assessment|snoring quiz|risk quiz"),
    ("tp_gp_referral", "医生转诊", "GP referral received", "awareness", "email", "digital", "referral desk",
     "转诊|转诊单|医生推荐|全科转诊|referral|GP referral|referral letter|eReferral|doctor's referral"),
    ("tp_booking", "预约初诊", "Consultation booked", "consideration", "web", "digital", "patient access",
     "预约|挂号|约诊|约号|booking|appointment booking|book a consult|scheduling"),
    ("tp_noshow", "初诊爽约", "Consultation no-show", "consideration", "other", "physical", "patient access",
     "爽约|没来|未到诊|放鸽子|no-show|no show|missed appointment|DNA|did not attend"),
    ("tp_consult", "睡眠专科初诊", "Sleep physician consultation", "consideration", "store", "physical", "sleep physicians",
     "初诊|面诊|问诊|看医生|视频问诊|专科门诊|consultation|consult|first visit|physician visit|telehealth visit"),
    ("tp_home_study", "居家睡眠监测", "Home sleep test", "purchase", "other", "physical", "diagnostics",
     "居家监测|家庭睡眠监测|HST|监测仪|居家测试|home sleep test|home study|HSAT|home test kit|sleep test kit"),
    ("tp_lab_study", "院内多导睡眠监测", "In-lab sleep study (PSG)", "purchase", "store", "physical", "sleep lab",
     "多导睡眠监测|PSG|院内监测|睡眠实验室|住院监测|整夜监测|in-lab study|polysomnography|sleep lab|overnight study"),
    ("tp_diagnosis", "诊断结果解读", "Diagnosis & results review", "purchase", "store", "physical", "sleep physicians",
     "诊断|确诊|出报告|结果解读|报告解读|AHI|diagnosis|results review|sleep report|test results"),
    ("tp_mask_fitting", "CPAP面罩适配", "CPAP mask fitting", "purchase", "store", "physical", "respiratory therapy",
     "面罩适配|试戴面罩|面罩|鼻枕|口鼻面罩|mask fitting|mask fit|CPAP mask|nasal pillows|full face mask"),
    ("tp_device_start", "呼吸机租赁/购买", "CPAP device rental or purchase", "purchase", "store", "physical",
     "respiratory therapy",
     "上机|开始用呼吸机|租呼吸机|买呼吸机|呼吸机|设备租赁|CPAP|APAP|CPAP setup|machine rental|device purchase|"
     "started therapy"),
    ("tp_data_upload", "依从性数据上传", "Adherence data upload", "service", "app", "digital", "remote monitoring",
     "数据上传|同步数据|依从性|使用数据|蓝牙同步|data upload|sync|adherence data|usage upload|compliance data"),
    ("tp_followup", "复诊随访", "Follow-up visit", "service", "store", "physical", "sleep physicians",
     "复诊|随访|30天复诊|90天复诊|回访|follow-up|follow up|30-day review|review visit|check-up"),
    ("tp_support_call", "客服来电", "Patient support call", "service", "phone", "digital", "patient support",
     "客服|热线|打电话|咨询电话|WhatsApp|微信客服|support call|helpline|hotline|call centre|support"),
    ("tp_claim_submit", "保险理赔提交", "Insurance claim submitted", "service", "email", "digital", "billing",
     "理赔|报销|提交理赔|保险申请|insurance claim|claim submitted|reimbursement|claim"),
    ("tp_claim_decision", "理赔结果", "Insurance claim decision", "service", "email", "digital", "billing",
     "理赔结果|拒赔|赔付|理赔被拒|claim decision|claim denied|denial|approved claim|claim outcome"),
    ("tp_device_buyout", "租转购", "Rental converted to purchase", "loyalty", "store", "physical", "respiratory therapy",
     "租转购|买断|转购买|buyout|rent-to-own|rental conversion|kept the machine"),
    ("tp_device_return", "设备归还", "Device return", "loyalty", "store", "physical", "respiratory therapy",
     "退机|还机|归还呼吸机|退租|device return|returned the CPAP|rental return|gave back the machine"),
    ("tp_resupply", "耗材续购", "Supplies reorder", "loyalty", "app", "digital", "respiratory therapy",
     "耗材|换面罩垫|滤棉|管路|续购|resupply|supplies|cushion replacement|filters|reorder"),
    ("tp_survey", "满意度回访", "Patient survey", "loyalty", "email", "digital", "patient experience",
     "满意度|问卷|评价|打分|回访问卷|survey|patient survey|CSAT|NPS|rating"),
]

JOURNEYS = [
    ("quiz_to_consult", "在线自测到初诊", "Online quiz to consultation", ["tp_sleep_quiz", "tp_booking", "tp_consult"], 30),
    ("referral_to_consult", "转诊到初诊", "GP referral to consultation", ["tp_gp_referral", "tp_booking", "tp_consult"], 45),
    ("consult_to_cpap", "初诊到上机", "Consultation to CPAP start",
     ["tp_consult", "tp_diagnosis", "tp_mask_fitting", "tp_device_start"], 90),
    ("cpap_first_month", "上机首月", "CPAP first month",
     ["tp_mask_fitting", "tp_device_start", "tp_data_upload", "tp_followup"], 45),
]

# id, zh, en, city, 城市, country, currency, usd rate, weight, en-speaking share, channel mix, lab share
CLINICS = [
    ("BJ-CY", "北京朝阳诊所", "Beijing Chaoyang", "Beijing", "北京", "CN", "CNY", 0.14, 0.26, 0.03,
     dict(online_quiz=0.70, gp_referral=0.12, dentist_referral=0.04, employer_screening=0.08, word_of_mouth=0.06), 0.33),
    ("GZ-TH", "广州天河诊所", "Guangzhou Tianhe", "Guangzhou", "广州", "CN", "CNY", 0.14, 0.22, 0.02,
     dict(online_quiz=0.69, gp_referral=0.13, dentist_referral=0.04, employer_screening=0.06, word_of_mouth=0.08), 0.28),
    ("SG-NV", "新加坡诺维娜诊所", "Singapore Novena", "Singapore", "新加坡", "SG", "SGD", 0.74, 0.17, 0.62,
     dict(online_quiz=0.45, gp_referral=0.34, dentist_referral=0.06, employer_screening=0.09, word_of_mouth=0.06), 0.42),
    ("TO-NY", "多伦多北约克诊所", "Toronto North York", "Toronto", "多伦多", "CA", "CAD", 0.73, 0.19, 0.78,
     dict(online_quiz=0.34, gp_referral=0.53, dentist_referral=0.06, employer_screening=0.03, word_of_mouth=0.04), 0.38),
    ("DB-BB", "都柏林鲍尔斯布里奇诊所", "Dublin Ballsbridge", "Dublin", "都柏林", "IE", "EUR", 1.08, 0.16, 0.96,
     dict(online_quiz=0.22, gp_referral=0.68, dentist_referral=0.04, employer_screening=0.02, word_of_mouth=0.04), 0.30),
]
CL = {c[0]: c for c in CLINICS}
# list prices in local currency
PRICE = {
    "consult_fee": dict(CNY=600, SGD=180, CAD=250, EUR=200),
    "home_study_fee": dict(CNY=1200, SGD=450, CAD=350, EUR=295),
    "lab_study_fee": dict(CNY=3200, SGD=1400, CAD=1100, EUR=850),
    "followup_fee": dict(CNY=300, SGD=120, CAD=120, EUR=110),
    "device_purchase": dict(CNY=9800, SGD=2600, CAD=1900, EUR=1450),
    "rental_fee": dict(CNY=600, SGD=150, CAD=120, EUR=95),
    "device_buyout": dict(CNY=8600, SGD=2300, CAD=1700, EUR=1290),
    "mask": dict(CNY=900, SGD=280, CAD=220, EUR=160),
    "resupply": dict(CNY=450, SGD=120, CAD=95, EUR=75),
}
PREMIUM = 1.22   # DreamFlow A9 (heated tube, quieter) vs SomnoAir S10

PHYS = {  # (zh, en)
    "BJ-CY": [("王静", "Jing Wang"), ("刘洋", "Yang Liu")],
    "GZ-TH": [("陈思远", "Siyuan Chen"), ("黄敏", "Min Huang")],
    "SG-NV": [("陈伟明", "Tan Wei Ming"), ("普丽雅", "Priya Nair")],
    "TO-NY": [("莎拉·米切尔", "Sarah Mitchell"), ("陈大卫", "David Chen")],
    "DB-BB": [("齐亚拉·沃尔什", "Ciara Walsh"), ("利亚姆·奥康纳", "Liam O'Connor")],
}
FITTERS = {
    "BJ-CY": [("张蕾", "Lei Zhang"), ("孙浩", "Hao Sun")],
    "GZ-TH": [("李婷", "Ting Li"), ("吴刚", "Gang Wu")],
    "SG-NV": [("努尔·艾莎", "Nur Aisyah"), ("林凯文", "Kevin Lim")],
    "TO-NY": [("玛丽亚·桑托斯", "Maria Santos"), ("朴詹姆斯", "James Park")],
    "DB-BB": [("伊菲·伯恩", "Aoife Byrne"), ("肖恩·墨菲", "Sean Murphy")],
}
TECHS = {"BJ-CY": ["赵敏", "钱坤"], "GZ-TH": ["周洁", "郑伟"], "SG-NV": ["Farah", "Daniel Ong"],
         "TO-NY": ["Emily Roy", "Omar Haddad"], "DB-BB": ["Niamh Kelly", "Conor Doyle"]}
PRACTICES = {
    "BJ-CY": ["朝阳社区卫生服务中心", "望京医院全科", "三里屯国际诊所"],
    "GZ-TH": ["天河区社区卫生中心", "珠江新城家庭医生诊所", "体育西路门诊部"],
    "SG-NV": ["Novena Family Clinic", "Toa Payoh Polyclinic", "Orchard GP Partners"],
    "TO-NY": ["Yonge-Sheppard Family Health Team", "Bayview Medical Centre", "Willowdale Family Practice"],
    "DB-BB": ["Ballsbridge Medical Practice", "Donnybrook GP Centre", "Sandymount Family Doctors"],
}
INSURERS = {  # (zh, en, share of patients, device claims need compliance report from CLAIM_RULE)
    "CN": [("康泰健康险", "Kangtai Health", 0.17), ("平和保险", "Pinghe Insurance", 0.11)],
    "SG": [("狮城健保", "LionCare", 0.33), ("鱼尾狮保险", "Merlion Assurance", 0.22)],
    "CA": [("枫盾保险", "MapleShield", 0.46), ("北星福利", "NorthStar Benefits", 0.33)],
    "IE": [("翡翠健康", "Emerald Health", 0.40), ("利菲保险", "Liffey Cover", 0.25)],
}
CHANNEL_ZH = {"online_quiz": "在线自测", "gp_referral": "医生转诊", "dentist_referral": "牙医转诊",
              "employer_screening": "企业筛查", "word_of_mouth": "亲友推荐"}
TIER_ZH = {"self_pay": "自费", "private_insurance": "商业保险", "employer_plan": "企业福利"}
SEV_ZH = {"none": "无", "mild": "轻度", "moderate": "中度", "severe": "重度"}
TREAT_ZH = {"cpap": "CPAP呼吸机", "oral_appliance": "口腔矫治器", "lifestyle": "生活方式调整", "cbt_i": "失眠认知行为治疗"}
MASK_ZH = {"nasal": "鼻罩", "nasal_pillows": "鼻枕", "full_face": "口鼻面罩"}
MASK_MODEL = {"nasal": "Nuvo N20", "nasal_pillows": "Nuvo P10", "full_face": "Nuvo F30"}
ACQ_ZH = {"rent": "租赁", "buy": "购买"}
RETURN_ZH = {"mask_discomfort": "面罩不适", "rarely_used": "很少使用", "too_expensive": "价格太贵",
             "switched_treatment": "改用其他治疗", "moved_away": "搬走了"}
CALL_ZH = {"mask_leak": "面罩漏气", "dry_mouth": "口干鼻塞", "upload_problem": "数据上传问题", "billing": "账单与理赔",
           "appointment": "预约改期", "machine_noise": "机器噪音"}
CLAIM_ZH = {"consult": "门诊费", "sleep_study": "睡眠监测费", "device": "呼吸机设备"}
DENY_ZH = {"missing_compliance_report": "缺少依从性报告", "not_medically_necessary": "非医疗必需",
           "policy_limit": "超出保额", "paperwork_error": "材料有误"}
OTYPE_ZH = {"consult_fee": "初诊费", "home_study_fee": "居家监测费", "lab_study_fee": "院内监测费",
            "followup_fee": "复诊费", "device_purchase": "呼吸机购买", "rental_fee": "呼吸机租金",
            "device_buyout": "租转购尾款", "mask": "面罩", "resupply": "耗材"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "银行卡", "paynow": "PayNow", "apple_pay": "Apple Pay",
          "direct_billing": "保险直付"}
STUDY_ZH = {"home": "居家监测", "lab": "院内PSG", "none": "无需检查"}
MODE_ZH = {"in_person": "面诊", "video": "视频问诊"}
FU_ZH = {"30_day": "30天复诊", "90_day": "90天复诊"}
FB_CH_ZH = {"survey": "满意度问卷", "app_review": "应用商店评价", "google_review": "Google评价", "dianping": "大众点评",
            "call_note": "客服通话记录", "email": "邮件"}
MONTH_W = [1.2, 0.95, 1.0, 1.0, 0.98, 0.95, 0.9, 0.85, 1.0, 1.05, 1.05, 0.85]


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n = dict(ev=0, ord=0, fb=0, bk=0, st=0, cl=0, sn=0)

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

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

    def later(self, t, d_lo, d_hi, h_lo=8.5, h_hi=18):
        return self.at(t + D(days=int(self.rng.integers(d_lo, d_hi + 1))), h_lo, h_hi)

    def nid(self, k, pre, w):
        self.n[k] += 1
        return f"{pre}{self.n[k]:0{w}d}"

    def ccols(self, k):
        c = CL[k]
        return dict(clinic_id=k, clinic=c[1], clinic_en=c[2], city=c[3], 城市=c[4])

    def ev(self, c, ts, tp, **kw):
        if ts > END or ts < START:
            return None
        row = dict(event_id=self.nid("ev", "E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp)
        row.update(kw)
        row.update(self.ccols(c["k"]))
        self.events.append(row)
        return row

    def price(self, otype, k, premium=False):
        v = PRICE[otype][CL[k][6]]
        if premium:
            v = round(v * PREMIUM / 10) * 10
        return float(v)

    def order(self, c, ts, otype, status="paid", amount=None, channel="clinic", **kw):
        if ts > END or ts < START:
            return None
        k = c["k"]
        amt = amount if amount is not None else self.price(otype, k)
        cur = CL[k][6]
        if cur == "CNY":
            pay = self.pick(["wechat_pay", "alipay", "card"], [0.55, 0.33, 0.12])
        elif cur == "SGD":
            pay = self.pick(["card", "paynow", "apple_pay"], [0.55, 0.3, 0.15])
        else:
            pay = self.pick(["card", "apple_pay"], [0.75, 0.25])
        if c["tier"] != "self_pay" and otype in ("lab_study_fee",) and cur in ("SGD", "EUR") and self.r() < 0.5:
            pay = "direct_billing"
        o = dict(order_id=self.nid("ord", "O", 6), customer_id=c["customer_id"], ts=ts, amount=round(float(amt), 2),
                 currency=cur, amount_usd=round(float(amt) * CL[k][7], 2), status=status, order_type=otype,
                 订单类型=OTYPE_ZH[otype], channel=channel, device=c["phone_os"] if channel == "app" else None,
                 payment_method=pay, 支付方式=PAY_ZH[pay], **self.ccols(k))
        o.update(kw)
        self.orders.append(o)
        return o

    def app_version(self, ts):
        if ts < datetime(2025, 1, 15):
            return "3.1.2"
        if ts < datetime(2025, 8, 1):
            return "3.2.0"
        if ts < datetime(2026, 1, 20):
            return "3.3.1"
        if ts < BT_BUG[1]:
            return "3.4.0"
        return "3.4.1"

    # ---------- customers ----------
    def new_customer(self, k, ch):
        cid = self.nid("sn", "P", 5)
        lang = "en" if self.r() < CL[k][9] else "zh"
        country = CL[k][5]
        if country == "CN":
            os_ = self.pick(["ios", "android"], [0.45, 0.55])
        elif country == "SG":
            os_ = self.pick(["ios", "android"], [0.55, 0.45])
        else:
            os_ = self.pick(["ios", "android"], [0.58, 0.42])
        ins = None
        x = self.r()
        acc = 0.0
        for zh, en, w in INSURERS[country]:
            acc += w
            if x < acc:
                ins = (zh, en)
                break
        tier = "private_insurance" if ins else "self_pay"
        if ch == "employer_screening":
            tier = "employer_plan"
            ins = ins or INSURERS[country][0][:2]
        g = self.pick(["male", "female"], [0.64, 0.36])
        c = dict(customer_id=cid, signup_at=None, segment="prospect", region=CL[k][3], 城市=CL[k][4],
                 acquisition_channel=ch, 获客渠道=CHANNEL_ZH[ch], tier=tier, 付费类型=TIER_ZH[tier],
                 insurer=ins[0] if ins else None, insurer_en=ins[1] if ins else None, gender=g,
                 性别="男" if g == "male" else "女",
                 age_band=self.pick(["18-34", "35-44", "45-54", "55-64", "65+"], [0.14, 0.24, 0.28, 0.22, 0.12]),
                 bmi_band=self.pick(["<25", "25-30", "30-35", "35+"], [0.22, 0.38, 0.26, 0.14]),
                 phone_os=os_, language=lang, home_clinic_id=k, home_clinic=CL[k][1], home_clinic_en=CL[k][2],
                 country=country, referring_practice=None, k=k, last_upload_fail=None)
        self.customers[cid] = c
        return c

    def sign(self, c, ts):
        if c["signup_at"] is None and ts <= END:
            c["signup_at"] = ts

    def seg(self, c, s):
        c["segment"] = s

    # ---------- the run ----------
    def run(self):
        days = [START + D(days=i) for i in range((END - START).days + 1)]
        for di, day in enumerate(days):
            growth = 1 + 0.22 * di / 365
            mw = MONTH_W[day.month - 1] * (0.75 if day.weekday() >= 5 else 1.08)
            for k, *_ in CLINICS:
                cl = CL[k]
                for ch, share in cl[10].items():
                    lam = 12.5 * cl[8] * share * growth * mw
                    if ch == "online_quiz" and day.month == 3:
                        lam *= 1.9            # World Sleep Day campaign (世界睡眠日)
                    if ch == "online_quiz" and day.weekday() >= 5:
                        lam *= 1.35           # people take quizzes at the weekend
                    if cl[5] == "CN" and (datetime(2025, 1, 25) <= day <= datetime(2025, 2, 8) or
                                          datetime(2026, 2, 14) <= day <= datetime(2026, 2, 26)):
                        lam *= 0.45           # Spring Festival
                    if k == "DB-BB" and day.month == 12 and day.day >= 20:
                        lam *= 0.4
                    for _ in range(int(self.rng.poisson(lam))):
                        c = self.new_customer(k, ch)
                        self.lead(c, day)
        self.app_reviews()
        self.public_reviews()
        self.calls_background()

    def lead(self, c, day):
        r = self.r
        ch, k = c["acquisition_channel"], c["k"]
        if ch == "online_quiz":
            t = self.at(day, 7, 23.9)
            cn = CL[k][5] == "CN"
            if cn and r() < 0.55:
                chan, dev = "mini_program", c["phone_os"]
            else:
                chan = "web"
                dev = self.pick(["pc", c["phone_os"]], [0.42, 0.58])
            score = int(min(8, max(0, self.rng.binomial(8, 0.42))))
            band = "low" if score <= 2 else ("intermediate" if score <= 4 else "high")
            src = (self.pick(["wechat", "xiaohongshu", "baidu"], [0.35, 0.3, 0.35]) if cn else
                   self.pick(["google", "facebook", "instagram"], [0.55, 0.27, 0.18]))
            self.ev(c, t, "tp_sleep_quiz", session_id=self.nid("st", "S", 6), action="submit", device=dev,
                    channel=chan, quiz_score=score, risk_band=band,
                    风险等级={"low": "低", "intermediate": "中", "high": "高"}[band],
                    epworth_score=int(min(24, max(0, self.rng.normal(9 + score, 4)))), utm_source=src,
                    app_version=self.app_version(t) if chan != "web" else None)
            c["risk"] = band
            p = {"low": 0.09, "intermediate": 0.27, "high": 0.5}[band]
            if r() < p:
                tb = t + D(minutes=int(self.rng.integers(3, 40))) if r() < 0.45 else self.later(t, 1, 26, 8, 23)
                self.booking(c, tb, sid=None)
            elif r() < 0.04:
                self.booking(c, self.later(t, 31, 80, 8, 22), sid=None)
        elif ch == "gp_referral":
            t = self.at(day, 8.5, 18)
            prac = self.pick(PRACTICES[k])
            c["referring_practice"] = prac
            c["risk"] = self.pick(["intermediate", "high"], [0.45, 0.55])
            self.sign(c, t)
            self.ev(c, t, "tp_gp_referral", action="received", channel=self.pick(["email", "other"], [0.7, 0.3]),
                    referring_practice=prac, urgency=self.pick(["routine", "urgent"], [0.85, 0.15]),
                    referral_method=self.pick(["eReferral", "fax", "letter"], [0.6, 0.25, 0.15]))
            if r() < 0.87:
                self.booking(c, self.later(t, 1, 30 if k != "DB-BB" else 40, 8.5, 18), sid=None, phone_bias=0.5)
            else:
                self.seg(c, "prospect")
        else:
            c["risk"] = self.pick(["low", "intermediate", "high"], [0.25, 0.4, 0.35])
            self.booking(c, self.at(day, 8, 22), sid=None)

    def booking(self, c, t, sid, phone_bias=0.2, rebook=False):
        r = self.r
        k, ch = c["k"], c["acquisition_channel"]
        if t > END:
            return
        self.sign(c, t)
        bchan = self.pick(["web", "app", "phone"], [0.5 - phone_bias / 2, 0.5 - phone_bias / 2, phone_bias])
        mode = "in_person"
        if t >= VIDEO_FROM:
            mode = "video" if r() < {"TO-NY": 0.38, "SG-NV": 0.22, "DB-BB": 0.25}.get(k, 0.2) else "in_person"
        lead = int(self.rng.integers(2, 19))
        appt = self.at(t + D(days=lead), 8.5, 17.5)
        bid = self.nid("bk", "B", 6)
        self.ev(c, t, "tp_booking", action="submit", channel=bchan,
                device=c["phone_os"] if bchan == "app" else (self.pick(["pc", c["phone_os"]]) if bchan == "web"
                                                             else None),
                booking_id=bid, consult_mode=mode, 就诊方式=MODE_ZH[mode], appt_at=appt, lead_days=lead,
                rebooking=rebook, app_version=self.app_version(t) if bchan == "app" else None)
        p_ns = {"online_quiz": 0.17, "gp_referral": 0.05, "dentist_referral": 0.08, "employer_screening": 0.12,
                "word_of_mouth": 0.08}[ch]
        if lead >= 10:
            p_ns *= 1.35
        if mode == "video":
            p_ns *= 0.6
        if r() < p_ns:
            self.ev(c, appt + D(minutes=20), "tp_noshow", action="no_show", channel="other", booking_id=bid,
                    consult_mode=mode, 就诊方式=MODE_ZH[mode], appt_at=appt)
            if not rebook and r() < 0.42:
                self.booking(c, self.later(appt, 1, 20, 8, 21), sid=None, phone_bias=0.45, rebook=True)
            else:
                self.seg(c, "prospect")
            return
        self.consult(c, appt, bid, mode)

    def consult(self, c, t, bid, mode):
        r = self.r
        k = c["k"]
        if t > END:
            return
        self.seg(c, "consulted")
        phys = self.pick(PHYS[k])
        risk = c.get("risk", "intermediate")
        p_study = {"low": 0.6, "intermediate": 0.86, "high": 0.95}[risk]
        lab_share = CL[k][11] * (1.25 if risk == "high" else 0.85)
        study = "none" if r() > p_study else ("lab" if r() < lab_share else "home")
        self.ev(c, t, "tp_consult", action="attended", channel="store" if mode == "in_person" else "web",
                device=(c["phone_os"] if mode == "video" else None), booking_id=bid, consult_mode=mode,
                就诊方式=MODE_ZH[mode], physician=phys[0], physician_en=phys[1],
                duration_min=int(self.rng.integers(20, 46)), study_ordered=study, 检查类型=STUDY_ZH[study])
        self.order(c, t + D(minutes=40), "consult_fee", channel="clinic" if mode == "in_person" else "app",
                   booking_id=bid)
        self.claim(c, t + D(minutes=40), "consult", self.price("consult_fee", k))
        if r() < 0.22:
            self.survey(c, t, "tp_consult", ctx="consult")
        if study == "none":
            return
        c["phys"] = phys
        if study == "home":
            self.home_study(c, t)
        else:
            self.lab_study(c, t)

    def home_study(self, c, t, attempt=1):
        r = self.r
        k = c["k"]
        ts = self.later(t, 1, 4, 9, 17)
        if ts > END:
            return
        sid = self.nid("st", "S", 6)
        fault = k == "GZ-TH" and KIT_FAULT[0] <= ts < KIT_FAULT[1]
        model = ("HST-3" if r() < 0.8 else "HST-2") if fault else ("HST-2" if ts < datetime(2025, 5, 1) or
                                                                     r() < 0.5 else "HST-3")
        self.ev(c, ts, "tp_home_study", action="kit_sent", channel="other", study_id=sid, kit_model=model,
                attempt=attempt, delivery=self.pick(["courier", "clinic_pickup"], [0.7, 0.3]))
        if attempt == 1:
            self.order(c, ts, "home_study_fee", study_id=sid)
            self.claim(c, ts, "sleep_study", self.price("home_study_fee", k))
        tr = self.at(ts + D(days=int(self.rng.integers(2, 6))), 7, 11)
        p_fail = 0.38 if (fault and model == "HST-3") else 0.06
        ok = r() > p_fail
        hours = round(float(self.rng.uniform(5.2, 8.3)), 1) if ok else round(float(self.rng.uniform(0.4, 3.6)), 1)
        self.ev(c, tr, "tp_home_study", action="success" if ok else "fail", channel="other", study_id=sid,
                kit_model=model, attempt=attempt, study_valid=ok, valid_hours=hours,
                fail_reason=None if ok else self.pick(["sensor_detached", "insufficient_data", "device_error"],
                                                       [0.5, 0.3, 0.2] if not fault else [0.45, 0.15, 0.4]))
        if r() < (0.3 if not ok else 0.12):
            self.survey(c, tr, "tp_home_study", ctx="kit_fail" if not ok else "kit_ok")
        if ok:
            self.diagnosis(c, tr, "home")
            return
        if attempt == 1 and r() < 0.78:
            self.home_study(c, tr, attempt=2)
        elif r() < 0.4:
            self.lab_study(c, tr)
        elif fault and tr <= END:
            # gave up; home-study fee refunded
            for o in reversed(self.orders):
                if o["customer_id"] == c["customer_id"] and o["order_type"] == "home_study_fee":
                    ra = tr + D(days=int(self.rng.integers(2, 10)))
                    if ra <= END:
                        o["status"], o["refunded_at"] = "refunded", ra
                        o["refund_reason"], o["退款原因"] = "study_failed", "监测失败退款"
                    break

    def lab_study(self, c, t):
        r = self.r
        k = c["k"]
        closure = k == "SG-NV" and LAB_CLOSURE[0] <= t < LAB_CLOSURE[1] - D(days=20)
        mean = 13.0 if k != "SG-NV" else 15.0
        if closure:
            mean = 41.0
        wait = max(3, int(self.rng.gamma(6.0, mean / 6.0)))
        ts = self.at(t + D(days=wait), 20.5, 22.5)
        if ts > END:
            return
        sid = self.nid("st", "S", 6)
        ok = r() > 0.03
        self.ev(c, ts, "tp_lab_study", action="success" if ok else "fail", channel="store", study_id=sid,
                wait_days=(ts.date() - t.date()).days, bed_no=f"{k[:2]}-{int(self.rng.integers(1, 3))}"
                if not (k == "SG-NV" and LAB_CLOSURE[0] <= ts < LAB_CLOSURE[1]) else "SG-1",
                sleep_tech=self.pick(TECHS[k]), total_sleep_min=int(self.rng.normal(385, 45)) if ok else
                int(self.rng.integers(90, 200)), study_valid=ok)
        self.order(c, ts, "lab_study_fee", study_id=sid)
        self.claim(c, ts, "sleep_study", self.price("lab_study_fee", k))
        if r() < (0.55 if (ts.date() - t.date()).days > 28 else 0.2):
            self.survey(c, ts + D(hours=10), "tp_lab_study",
                        ctx="lab_wait" if (ts.date() - t.date()).days > 28 else "lab_ok")
        if not ok:
            if r() < 0.7:
                self.lab_study(c, ts)
            return
        self.diagnosis(c, ts + D(hours=10), "lab")

    def diagnosis(self, c, t, study):
        r = self.r
        k = c["k"]
        turn = int(self.rng.integers(3, 11)) + (6 if (k == "SG-NV" and LAB_CLOSURE[0] <= t < LAB_CLOSURE[1]) else 0)
        ts = self.at(t + D(days=turn), 9, 17.5)
        if ts > END:
            return
        risk = c.get("risk", "intermediate")
        w = {"low": [0.35, 0.35, 0.2, 0.1], "intermediate": [0.15, 0.3, 0.32, 0.23],
             "high": [0.06, 0.18, 0.33, 0.43]}[risk]
        sev = self.pick(["none", "mild", "moderate", "severe"], w)
        lo, hi = {"none": (0.5, 4.9), "mild": (5, 14.9), "moderate": (15, 29.9), "severe": (30, 85)}[sev]
        ahi = round(float(self.rng.uniform(lo, hi)) if sev != "severe" else 30 + float(self.rng.gamma(2, 9)), 1)
        if sev == "none":
            treat = self.pick(["lifestyle", "cbt_i"], [0.6, 0.4])
        elif sev == "mild":
            treat = self.pick(["cpap", "oral_appliance", "lifestyle"], [0.4, 0.35, 0.25])
        else:
            treat = self.pick(["cpap", "oral_appliance"], [0.93, 0.07])
        phys = c.get("phys") or self.pick(PHYS[k])
        mode = "video" if (ts >= VIDEO_FROM and r() < 0.3) else "in_person"
        self.ev(c, ts, "tp_diagnosis", action="reviewed", channel="store" if mode == "in_person" else "web",
                physician=phys[0], physician_en=phys[1], study_type=study, 检查类型=STUDY_ZH[study], ahi=ahi,
                severity=sev, 严重程度=SEV_ZH[sev], diagnosis="osa" if sev != "none" else "no_osa",
                treatment=treat, 治疗方案=TREAT_ZH[treat], days_since_study=(ts.date() - t.date()).days,
                consult_mode=mode, 就诊方式=MODE_ZH[mode])
        c["sev"] = sev
        if r() < 0.15:
            self.survey(c, ts, "tp_diagnosis", ctx="diag_slow" if turn > 10 else "diag")
        if treat != "cpap":
            self.seg(c, "other_treatment")
            return
        p = 0.8 if CL[k][5] == "CN" else 0.86
        if c["tier"] == "self_pay":
            p -= 0.06
        if r() < p:
            self.fitting(c, self.later(ts, 2, 16, 9, 17))
        else:
            self.seg(c, "other_treatment")
            if r() < 0.3:
                self.survey(c, ts + D(days=2), "tp_device_start", ctx="price")

    def fitting(self, c, t):
        r = self.r
        k = c["k"]
        if t > END:
            return
        fit = self.pick(FITTERS[k])
        mask = self.pick(["nasal", "nasal_pillows", "full_face"], [0.44, 0.25, 0.31])
        attempts = int(self.pick([1, 2, 3], [0.55, 0.32, 0.13]))
        self.ev(c, t, "tp_mask_fitting", action="fitted", channel="store", fitter=fit[0], fitter_en=fit[1],
                mask_type=mask, 面罩类型=MASK_ZH[mask], mask_model=MASK_MODEL[mask], fit_attempts=attempts)
        self.order(c, t + D(minutes=50), "mask", item=MASK_MODEL[mask])
        if r() < 0.2:
            self.survey(c, t, "tp_mask_fitting", ctx="fitting")
        if r() > 0.93:
            self.seg(c, "other_treatment")
            return
        ts = t + D(minutes=int(self.rng.integers(30, 90)))
        if ts > END:
            return
        acq = "rent" if r() < {"CN": 0.55, "SG": 0.6, "CA": 0.62, "IE": 0.66}[CL[k][5]] else "buy"
        premium = r() < 0.35
        model = "DreamFlow A9" if premium else "SomnoAir S10"
        serial = f"{'DF' if premium else 'SA'}{int(self.rng.integers(100000, 999999))}"
        self.ev(c, ts, "tp_device_start", action=acq, channel="store", acquisition=acq, 获取方式=ACQ_ZH[acq],
                device_model=model, serial_no=serial, list_price=self.price("device_purchase", k, premium),
                mask_type=mask, 面罩类型=MASK_ZH[mask])
        self.seg(c, "cpap_active")
        coach = False
        if acq == "rent" and AB[0] <= ts < AB[1]:
            coach = r() < 0.5
            self.experiments.append(dict(experiment_id="cpap_coach_2026", variant="coach" if coach else "control",
                                         customer_id=c["customer_id"], assigned_at=ts, clinic_id=k,
                                         device_model=model))
        # adherence (latent)
        p = {"nasal_pillows": 0.8, "nasal": 0.7, "full_face": 0.47}[mask]
        if fit[1] == STAR_FITTER:
            p += 0.25
        if coach:
            p += 0.18
        p += {"severe": 0.05, "moderate": 0.0, "mild": -0.12}.get(c.get("sev"), 0)
        p -= 0.06 * (attempts - 1)
        compliant = r() < min(0.96, p)
        c["compliant"] = compliant
        if acq == "buy":
            o = self.order(c, ts, "device_purchase", amount=self.price("device_purchase", k, premium),
                           item=model)
            self.claim(c, ts, "device", self.price("device_purchase", k, premium))
            if not compliant and o is not None and r() < 0.12:
                ra = ts + D(days=int(self.rng.integers(10, 30)))
                if ra <= END:
                    o["status"], o["refunded_at"] = "returned", ra
                    o["refund_reason"], o["退款原因"] = "30_day_guarantee", "30天无忧退机"
                    self.ret(c, ra, "mask_discomfort" if mask == "full_face" else "rarely_used",
                             (ra - ts).days, acq)
                    self.usage(c, ts, mask, compliant, until=ra)
                    return
        else:
            self.order(c, ts, "rental_fee", amount=self.price("rental_fee", k, premium), item=model,
                       rental_month=1)
        if r() < 0.32:
            self.survey(c, ts + D(days=2), "tp_device_start", ctx="price" if r() < 0.18 else "start")
        end_use = None
        if acq == "rent":
            dday = ts + D(days=int(self.rng.integers(52, 72)))
            self.order(c, ts + D(days=30), "rental_fee", amount=self.price("rental_fee", k, premium),
                       item=model, rental_month=2)
            pb = 0.76 if compliant else 0.13
            if coach:
                pb += 0.05
            if r() < pb:
                if dday <= END:
                    self.ev(c, dday, "tp_device_buyout", action="purchase", channel="store", device_model=model,
                            rental_days=(dday - ts).days, acquisition="rent", 获取方式=ACQ_ZH["rent"])
                    self.order(c, dday, "device_buyout", amount=self.price("device_buyout", k, premium), item=model)
                    self.claim(c, dday, "device", self.price("device_buyout", k, premium))
            else:
                if compliant:
                    reason = self.pick(["too_expensive", "moved_away", "switched_treatment"], [0.45, 0.2, 0.35])
                elif mask == "full_face":
                    reason = self.pick(["mask_discomfort", "rarely_used", "too_expensive"], [0.62, 0.25, 0.13])
                else:
                    reason = self.pick(["mask_discomfort", "rarely_used", "too_expensive", "switched_treatment"],
                                       [0.36, 0.36, 0.14, 0.14])
                self.ret(c, dday, reason, (dday - ts).days, acq)
                end_use = dday
        self.usage(c, ts, mask, compliant, until=end_use)

    def ret(self, c, t, reason, days, acq):
        if t > END:
            return
        self.ev(c, t, "tp_device_return", action="returned", channel="store", return_reason=reason,
                归还原因=RETURN_ZH[reason], rental_days=days, acquisition=acq, 获取方式=ACQ_ZH[acq],
                device_condition=self.pick(["good", "worn", "damaged"], [0.82, 0.15, 0.03]))
        self.seg(c, "cpap_returned")

    def usage(self, c, t0, mask, compliant, until=None):
        """weekly uploads for 12 weeks, then monthly; the 30- and 90-day follow-ups; calls; supplies."""
        r = self.r
        k = c["k"]
        method = "app_bluetooth" if r() < 0.72 else "modem"
        stop = until or END
        if not compliant and until is None and r() < 0.55:
            stop = t0 + D(days=int(self.rng.integers(20, 120)))       # gave up quietly
        base_h = float(self.rng.normal(6.2, 0.6)) if compliant else float(self.rng.normal(3.0, 0.8))
        leak_base = {"nasal_pillows": 14, "nasal": 18, "full_face": 31}[mask]
        t = t0
        wk = 0
        fails_30 = 0
        while True:
            wk += 1
            step = 7 if wk <= 12 else 30
            t = t + D(days=step)
            if t > stop or t > END:
                break
            tu = self.at(t, 6, 9.5) if method == "modem" else self.at(t, 7, 23)
            dev = c["phone_os"] if method == "app_bluetooth" else None
            ver = self.app_version(tu) if dev else None
            p_fail = 0.02 if method == "modem" else 0.035
            bug = dev == "android" and ver == "3.4.0" and BT_BUG[0] <= tu < BT_BUG[1]
            if bug:
                p_fail = 0.46
            tries = 0
            while True:
                tries += 1
                fail = r() < p_fail
                if fail:
                    self.ev(c, tu, "tp_data_upload", action="fail", channel="app" if dev else "other", device=dev,
                            app_version=ver, upload_method=method, error_code="BT_SYNC_TIMEOUT" if bug else
                            self.pick(["BT_SYNC_TIMEOUT", "NO_SIGNAL", "SD_READ_ERROR"]), mask_type=mask)
                    c["last_upload_fail"] = tu
                    if tu <= t0 + D(days=30):
                        fails_30 += 1
                    if bug and tries == 1 and r() < 0.1:
                        self.call(c, tu + D(hours=int(self.rng.integers(1, 40))), "upload_problem")
                    if tries < 3 and r() < 0.55:
                        tu = tu + D(hours=int(self.rng.integers(1, 30)))
                        continue
                    break
                nights = step
                h = max(0.2, base_h + float(self.rng.normal(0, 0.7)) - (0.4 if wk > 12 else 0))
                pct = min(1.0, max(0.0, (h - 2.2) / 4.2 + float(self.rng.normal(0, 0.07))))
                self.ev(c, tu, "tp_data_upload", action="success", channel="app" if dev else "other", device=dev,
                        app_version=ver, upload_method=method, period_nights=nights, usage_avg_h=round(h, 2),
                        nights_4h_pct=round(pct, 3), ahi_residual=round(float(self.rng.gamma(2, 1.3 if compliant
                                                                                             else 2.4)), 1),
                        leak_lpm=round(float(max(2, self.rng.normal(leak_base + (0 if compliant else 6), 5))), 1),
                        mask_type=mask)
                break
            if wk in (2, 6) and not compliant and r() < (0.3 if mask == "full_face" else 0.12):
                self.call(c, self.at(t, 9, 20), "mask_leak" if mask == "full_face" or r() < 0.5 else "dry_mouth")
            elif wk == 3 and r() < 0.05:
                self.call(c, self.at(t, 9, 20), self.pick(["machine_noise", "dry_mouth", "billing"]))
        # 30-day follow-up
        tf = self.at(t0 + D(days=int(self.rng.integers(28, 38))), 9, 17.5)
        if tf <= min(stop + D(days=10), END) and r() < (0.93 if compliant else 0.74):
            u30 = round(max(0.3, base_h + float(self.rng.normal(0, 0.35))), 2)
            pct30 = round(min(1.0, max(0.0, (u30 - 2.2) / 4.2 + float(self.rng.normal(0, 0.04)))), 3)
            if compliant:
                pct30 = max(pct30, round(float(self.rng.uniform(0.71, 0.97)), 3))
                u30 = max(u30, 4.3)
            else:
                pct30 = min(pct30, round(float(self.rng.uniform(0.1, 0.69)), 3))
            mode = "video" if (tf >= VIDEO_FROM and r() < 0.45) else "in_person"
            phys = c.get("phys") or self.pick(PHYS[k])
            self.ev(c, tf, "tp_followup", action="attended", channel="store" if mode == "in_person" else "web",
                    followup_type="30_day", 复诊类型=FU_ZH["30_day"], consult_mode=mode, 就诊方式=MODE_ZH[mode],
                    physician=phys[0], physician_en=phys[1], mask_type=mask, 面罩类型=MASK_ZH[mask],
                    compliant=compliant, usage_30d_avg_h=u30, nights_4h_pct_30d=pct30,
                    data_complete=fails_30 == 0)
            self.order(c, tf, "followup_fee", channel="clinic" if mode == "in_person" else "app")
            recent_fail = c["last_upload_fail"] is not None and (tf - c["last_upload_fail"]).days < 21
            if r() < 0.3 or (recent_fail and r() < 0.35):
                self.survey(c, tf, "tp_followup", ctx="fu_ok" if compliant else ("fu_bad_" + mask),
                            upload_fail=recent_fail)
            # 90-day follow-up
            t90 = self.at(t0 + D(days=int(self.rng.integers(85, 100))), 9, 17.5)
            if t90 <= min(stop + D(days=5), END) and r() < (0.68 if compliant else 0.35):
                self.ev(c, t90, "tp_followup", action="attended", channel="store", followup_type="90_day",
                        复诊类型=FU_ZH["90_day"], consult_mode="in_person", 就诊方式=MODE_ZH["in_person"],
                        physician=phys[0], physician_en=phys[1], mask_type=mask, 面罩类型=MASK_ZH[mask],
                        compliant=compliant)
                self.order(c, t90, "followup_fee")
        # supplies
        if compliant:
            ts = t0 + D(days=int(self.rng.integers(80, 110)))
            while ts <= min(stop, END):
                if r() < 0.62:
                    tt = self.at(ts, 8, 22)
                    if tt <= END:
                        items = self.pick(["cushion+filters", "filters", "cushion+filters+tubing"], [0.5, 0.3, 0.2])
                        self.ev(c, tt, "tp_resupply", action="ordered", channel="app", device=c["phone_os"],
                                items=items, mask_type=mask)
                        self.order(c, tt, "resupply", channel="app", item=items)
                ts = ts + D(days=int(self.rng.integers(80, 110)))

    # ---------- calls ----------
    def call(self, c, t, reason):
        if t > END:
            return
        chan = "phone" if self.r() < 0.7 else "other"
        self.ev(c, t, "tp_support_call", action="call", channel=chan,
                contact_method="phone" if chan == "phone" else ("wechat" if CL[c["k"]][5] == "CN" else "whatsapp"),
                call_reason=reason, 来电原因=CALL_ZH[reason], duration_min=int(self.rng.integers(3, 25)),
                resolved=self.r() < (0.55 if reason == "upload_problem" else 0.8))
        if self.r() < 0.33:
            topic = {"mask_leak": "mask_leak", "dry_mouth": "side_effects", "upload_problem": "upload_fail",
                     "billing": "claim_denied" if self.r() < 0.5 else "price_high", "appointment": "booking_hard",
                     "machine_noise": "neutral"}[reason]
            tp = {"mask_leak": "tp_mask_fitting", "dry_mouth": "tp_device_start", "upload_problem": "tp_data_upload",
                  "billing": "tp_claim_decision", "appointment": "tp_booking", "machine_noise": "tp_device_start"}[reason]
            self.fb(c, t + D(minutes=30), topic, "call_note", tp, rating=False)

    def calls_background(self):
        """appointment / billing calls from anyone who booked."""
        pats = [c for c in self.customers.values() if c["signup_at"] is not None]
        for c in pats:
            if self.r() < 0.09:
                t = c["signup_at"] + D(days=int(self.rng.integers(1, 40)), hours=int(self.rng.integers(1, 9)))
                self.call(c, t, self.pick(["appointment", "billing"], [0.74, 0.26]))

    # ---------- claims ----------
    def claim(self, c, t, ctype, amount):
        r = self.r
        if c["tier"] == "self_pay" or c["insurer_en"] is None:
            return
        k = c["k"]
        if r() > (0.9 if ctype == "device" else 0.75):
            return
        ts = self.later(t, 1, 9, 9, 18)
        if ts > END:
            return
        cid = self.nid("cl", "CLM", 6)
        ins = (c["insurer"], c["insurer_en"])
        attached = None
        if ctype == "device":
            if ins[1] == "MapleShield" and CLAIM_RULE <= ts < CLAIM_FIX:
                attached = r() < 0.3
            elif ins[1] == "MapleShield" and ts >= CLAIM_FIX:
                attached = r() < 0.92
            else:
                attached = r() < 0.4
        self.ev(c, ts, "tp_claim_submit", action="submit", channel="email", claim_id=cid, claim_type=ctype,
                理赔类型=CLAIM_ZH[ctype], insurer=ins[0], insurer_en=ins[1], claim_amount=amount,
                currency=CL[k][6], compliance_report_attached=attached)
        td = ts + D(days=int(self.rng.integers(6, 32)), hours=int(self.rng.integers(0, 6)))
        if td > END:
            return
        p_deny = {"consult": 0.05, "sleep_study": 0.08, "device": 0.1}[ctype]
        reason = self.pick(["not_medically_necessary", "policy_limit", "paperwork_error"], [0.4, 0.3, 0.3])
        if ctype == "device" and ins[1] == "MapleShield" and ts >= CLAIM_RULE and not attached:
            p_deny, reason = 0.93, "missing_compliance_report"
        if r() < p_deny:
            out, amt = "denied", 0.0
        elif r() < 0.12:
            out, amt = "partial", round(amount * float(self.rng.uniform(0.4, 0.7)), 2)
            reason = "policy_limit"
        else:
            out, amt = "approved", round(amount * (0.8 if ctype == "device" else 1.0), 2)
            reason = None
        self.ev(c, td, "tp_claim_decision", action=out, channel="email", claim_id=cid, claim_type=ctype,
                理赔类型=CLAIM_ZH[ctype], insurer=ins[0], insurer_en=ins[1], claim_amount=amount,
                approved_amount=amt, currency=CL[k][6], denial_reason=reason,
                拒赔原因=DENY_ZH[reason] if reason else None, days_to_decision=(td - ts).days)
        if out == "denied":
            if r() < 0.3:
                self.call(c, td + D(hours=int(self.rng.integers(2, 48))), "billing")
            if r() < 0.3:
                self.fb(c, td + D(hours=int(self.rng.integers(3, 72))), "claim_denied", "email",
                        "tp_claim_decision", rating=False)

    # ---------- feedback ----------
    def survey(self, c, t, tp, ctx, upload_fail=False):
        r = self.r
        if ctx == "consult":
            topic = self.pick(["doctor_clear", "staff_kind", "neutral", "booking_hard", "price_high"],
                              [0.36, 0.2, 0.28, 0.1, 0.06])
        elif ctx == "kit_fail":
            topic = "kit_failed" if r() < 0.75 else "neutral"
        elif ctx == "kit_ok":
            topic = self.pick(["staff_kind", "neutral", "doctor_clear"], [0.35, 0.5, 0.15])
        elif ctx == "lab_wait":
            topic = "wait_too_long" if r() < 0.72 else self.pick(["staff_kind", "neutral"])
        elif ctx == "lab_ok":
            topic = self.pick(["staff_kind", "neutral", "wait_too_long"], [0.5, 0.42, 0.08])
        elif ctx == "diag_slow":
            topic = self.pick(["wait_too_long", "neutral", "doctor_clear"], [0.45, 0.3, 0.25])
        elif ctx == "diag":
            topic = self.pick(["doctor_clear", "neutral", "price_high"], [0.55, 0.35, 0.1])
        elif ctx == "fitting":
            topic = self.pick(["fitter_patient", "neutral", "price_high"], [0.55, 0.3, 0.15])
        elif ctx == "price":
            topic = "price_high" if r() < 0.8 else "neutral"
        elif ctx == "start":
            topic = self.pick(["app_easy", "neutral", "fitter_patient", "side_effects"], [0.3, 0.4, 0.15, 0.15])
        elif ctx == "fu_ok":
            topic = self.pick(["sleep_better", "app_easy", "doctor_clear", "neutral"], [0.55, 0.15, 0.12, 0.18])
        elif ctx == "fu_bad_full_face":
            topic = self.pick(["mask_leak", "side_effects", "neutral"], [0.62, 0.22, 0.16])
        else:  # fu_bad_nasal / nasal_pillows
            topic = self.pick(["mask_leak", "side_effects", "neutral"], [0.25, 0.45, 0.3])
        if upload_fail and r() < 0.7:
            topic = "upload_fail"
            tp = "tp_data_upload"
        tp_of = {"kit_failed": "tp_home_study", "wait_too_long": tp if tp in ("tp_lab_study", "tp_diagnosis")
                 else "tp_lab_study", "mask_leak": "tp_mask_fitting", "upload_fail": "tp_data_upload",
                 "booking_hard": "tp_booking", "price_high": tp if tp in ("tp_device_start", "tp_consult")
                 else "tp_device_start", "side_effects": "tp_device_start"}
        ts = t + D(hours=int(self.rng.integers(3, 60)))
        if ts > END:
            return
        self.ev(c, ts, "tp_survey", action="submit", channel="email", about_touchpoint=tp_of.get(topic, tp))
        self.fb(c, ts, topic, "survey", tp_of.get(topic, tp), rating=True, nps=True)

    def fb(self, c, ts, topic, channel, tp, rating=True, nps=False, lang=None, k=None, device=None, ver=None,
           store=None, no_ts=False):
        if ts is not None and ts > END:
            return
        k = k or (c["k"] if c else None)
        lang = lang or (c["language"] if c else "zh")
        sent = TOPIC_SENT[topic]
        fid = self.nid("fb", "F", 5)
        row = dict(feedback_id=fid, text=self.text(topic, lang, k, sent), ts=None if no_ts else ts,
                   customer_id=c["customer_id"] if c else None, touchpoint_id=tp, channel=channel,
                   渠道=FB_CH_ZH[channel], language=lang, device=device, app_version=ver, store=store)
        if k:
            row.update(self.ccols(k))
        if rating:
            lo, hi = {"positive": (4, 5), "neutral": (3, 4), "negative": (1, 3)}[sent]
            w = {"positive": [0.25, 0.75], "neutral": [0.55, 0.45], "negative": [0.45, 0.35, 0.2]}[sent]
            row["rating"] = self.pick(list(range(lo, hi + 1)), w)
        if nps:
            row["nps"] = int({"positive": self.rng.integers(8, 11), "neutral": self.rng.integers(5, 9),
                              "negative": self.rng.integers(0, 7)}[sent])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    def text(self, topic, lang, k, sent):
        bank = TEXTS[topic][lang]
        s = bank[int(self.rng.integers(len(bank)))]
        if k:
            s = s.replace("{clinic}", CL[k][1] if lang == "zh" else CL[k][2])
            s = s.replace("{fitter}", self.pick(FITTERS[k])[0 if lang == "zh" else 1])
            s = s.replace("{doc}", self.pick(PHYS[k])[0 if lang == "zh" else 1])
        else:
            s = s.replace("{clinic}", "眠安" if lang == "zh" else "RestWell").replace("{fitter}", "老师" if lang == "zh"
                                                                                    else "the therapist")
            s = s.replace("{doc}", "" if lang == "zh" else "the")
        x = self.r()
        if lang == "zh":
            if x < 0.15:
                s = self.pick(["说实话，", "总的来说，", "补充一下：", "第二次来了，"]) + s
            elif x < 0.25:
                s = s + self.pick({"positive": ["！", "，推荐。", "，点赞。", "。"],
                                   "neutral": ["。", "，就这样吧。", "，给个参考。", "。"],
                                   "negative": ["，希望改进。", "！", "，太失望了。", "。"]}[sent])
        else:
            if x < 0.15:
                s = self.pick(["Honestly, ", "Overall: ", "Update: ", "To be fair, "]) + s[0].lower() + s[1:]
        return s

    def app_reviews(self):
        """store reviews of the RestWell Sleep app (no customer id)."""
        day = START
        while day <= END:
            bug = BT_BUG[0] <= day < BT_BUG[1] + D(days=7)
            for os_ in ("ios", "android"):
                lam = 0.55 if os_ == "ios" else 0.5
                if bug and os_ == "android":
                    lam = 2.4
                for _ in range(int(self.rng.poisson(lam))):
                    ts = self.at(day, 7, 23.9)
                    ver = self.app_version(ts)
                    if bug and os_ == "android" and self.r() < 0.75:
                        topic = "upload_fail"
                    else:
                        topic = self.pick(["app_easy", "neutral", "upload_fail", "booking_hard", "sleep_better"],
                                          [0.42, 0.28, 0.08, 0.1, 0.12])
                    lang = self.pick(["zh", "en"], [0.48, 0.52])
                    store = "App Store" if os_ == "ios" else ("华为应用市场" if lang == "zh" and self.r() < 0.5
                                                              else "Google Play")
                    tp = {"app_easy": "tp_data_upload", "upload_fail": "tp_data_upload", "booking_hard": "tp_booking",
                          "sleep_better": None, "neutral": None}[topic]
                    self.fb(None, ts, topic, "app_review", tp, rating=True, lang=lang, device=os_, ver=ver,
                            store=store)
            day += D(days=1)

    def public_reviews(self):
        """Google reviews (SG / TO / DB, en) and 大众点评 (BJ / GZ, zh); about a quarter scraped without a date."""
        day = START
        while day <= END:
            for k, *_ in CLINICS:
                cn = CL[k][5] == "CN"
                lam = 0.3 if cn else 0.2
                fault = k == "GZ-TH" and KIT_FAULT[0] <= day < KIT_FAULT[1] + D(days=10)
                closure = k == "SG-NV" and LAB_CLOSURE[0] <= day < LAB_CLOSURE[1]
                if fault or closure:
                    lam *= 2.2
                for _ in range(int(self.rng.poisson(lam))):
                    if fault and self.r() < 0.55:
                        topic = "kit_failed"
                    elif closure and self.r() < 0.55:
                        topic = "wait_too_long"
                    else:
                        topic = self.pick(["doctor_clear", "staff_kind", "sleep_better", "neutral", "price_high",
                                           "booking_hard", "wait_too_long"], [0.24, 0.18, 0.16, 0.2, 0.1, 0.07, 0.05])
                    lang = "zh" if cn else ("en" if self.r() < 0.92 else "zh")
                    tp = {"doctor_clear": "tp_consult", "staff_kind": "tp_consult", "kit_failed": "tp_home_study",
                          "wait_too_long": "tp_lab_study", "price_high": "tp_device_start",
                          "booking_hard": "tp_booking"}.get(topic)
                    no_ts = self.r() < 0.26
                    self.fb(None, self.at(day, 8, 23.5), topic, "dianping" if cn else "google_review", tp,
                            rating=True, lang=lang, k=k, no_ts=no_ts)
            day += D(days=1)

    # ---------- wrap-up ----------
    def finish(self):
        for c in self.customers.values():
            if c["signup_at"] is None and c["segment"] != "prospect":
                c["segment"] = "prospect"


TOPIC_SENT = dict(doctor_clear="positive", sleep_better="positive", fitter_patient="positive", app_easy="positive",
                  staff_kind="positive", neutral="neutral", wait_too_long="negative", kit_failed="negative",
                  mask_leak="negative", upload_fail="negative", claim_denied="negative", price_high="negative",
                  side_effects="negative", booking_hard="negative")

TEXTS = {
    "doctor_clear": {
        "zh": ["{doc}医生讲得很清楚，AHI是什么、为什么要治疗都解释明白了", "初诊很专业，医生耐心听我讲打呼噜和白天犯困的情况",
               "结果解读很到位，终于知道自己是中度呼吸暂停，医生说得明明白白", "医生很负责，问诊半个多小时，一点不敷衍",
               "视频问诊也很方便，医生解释得清楚，不用请假跑诊所", "{doc}大夫把监测报告一项项讲给我听，心里踏实多了"],
        "en": ["Dr {doc} explained my AHI and the treatment options really clearly.",
               "Very thorough consultation, the doctor actually listened to my snoring story.",
               "The results review was excellent, finally understand why I'm so tired all day.",
               "The video consult was easy and the physician took her time with my questions.",
               "Great sleep doctor, walked me through every page of the sleep report."]},
    "sleep_better": {
        "zh": ["用了呼吸机两周，白天终于不犯困了，老婆说我也不打呼了", "戴上以后一觉到天亮，早上起来头不疼了",
               "睡眠质量明显改善，开车再也不打瞌睡", "坚持用了一个月，精神好太多了，后悔没早点来看",
               "夜里不再憋醒，血压也稳了，感谢{clinic}"],
        "en": ["Two weeks on CPAP and I'm not falling asleep at my desk anymore. Life changing.",
               "My wife says the snoring is gone and I wake up without a headache.",
               "Sleeping through the night for the first time in years.",
               "Energy levels way up since starting therapy, wish I'd come sooner.",
               "No more waking up gasping. Thank you {clinic}!"]},
    "fitter_patient": {
        "zh": ["面罩适配的老师很细心，试了三款才找到最合适的", "{fitter}老师教得很耐心，怎么戴怎么调都演示了好几遍",
               "适配环节很专业，鼻枕戴着几乎没感觉", "面罩试戴很仔细，还教了怎么清洗保养"],
        "en": ["{fitter} was so patient during the mask fitting, we tried three masks until one felt right.",
               "The respiratory therapist showed me exactly how to wear and adjust the mask.",
               "Great mask fitting, the nasal pillows are barely noticeable.",
               "Really careful fitting session, plus tips on cleaning the mask."]},
    "app_easy": {
        "zh": ["App看每晚的使用时长和AHI很直观", "数据自动同步，复诊时医生直接看报告，很省事", "小程序预约很方便，提醒也及时",
               "App界面简洁，我爸妈也会用"],
        "en": ["Love seeing my nightly hours and AHI in the app.", "Data syncs automatically and my doctor sees it "
               "before the follow-up.", "Booking through the app was quick and the reminders help.",
               "Simple, clean app. Does what it should."]},
    "staff_kind": {
        "zh": ["前台和护士都很热情，流程安排得井井有条", "诊所环境安静干净，工作人员态度很好", "客服回复很快，改约也很顺利",
               "睡眠技师很温柔，监测那晚照顾得很周到"],
        "en": ["Friendly reception and nurses, everything well organised.", "Calm, clean clinic and lovely staff.",
               "The sleep technician was so kind on the night of my study.",
               "Support team answered quickly and rescheduling was painless."]},
    "neutral": {
        "zh": ["流程还行，就是中间要来好几趟", "整体一般吧，还在适应呼吸机", "还在观察效果", "价格和别家差不多",
               "停车有点麻烦，其他还好", "第一次来，感觉中规中矩", "预约时问了几个问题，客服都回答了"],
        "en": ["It's fine. Several visits needed but OK.", "Still getting used to the machine, will see.",
               "Still seeing how it goes.", "Prices similar to other places.",
               "Parking is a bit of a pain, otherwise fine.", "Average experience, nothing special."]},
    "wait_too_long": {
        "zh": ["约院内睡眠监测要等一个多月，实在太久了", "初诊完排监测排了五六周，这期间每天都睡不好",
               "睡眠实验室床位太紧张，改了两次期才做上PSG", "等做睡眠监测等到崩溃，就不能多开几张床吗",
               "从看医生到拿到诊断报告用了快两个月"],
        "en": ["Six weeks wait for an in-lab sleep study. Ridiculous.",
               "Waited over a month for the overnight study, meanwhile I'm exhausted every day.",
               "The sleep lab is booked out forever, they moved my PSG date twice.",
               "Took nearly two months from the consult to getting a diagnosis.",
               "Great doctors but the wait for the lab study is way too long."]},
    "kit_failed": {
        "zh": ["居家监测仪戴了一晚上说数据无效，又得重做一次", "血氧探头半夜老是掉，结果测了两次都失败",
               "寄来的监测设备一直报错，白白浪费一晚", "居家睡眠监测失败了，还要等快递寄新设备，太折腾",
               "监测盒子没电了没记录下来，体验很差"],
        "en": ["The home sleep test kit failed, data invalid, had to redo the whole night.",
               "Finger sensor kept falling off, two home tests and both failed.",
               "Home test device threw an error all night. Wasted time.",
               "Home study didn't record anything, now waiting for another kit by courier."]},
    "mask_leak": {
        "zh": ["全脸面罩一直漏气，吹得眼睛干，半夜被吵醒好几次", "面罩老是漏气，压痕也重，戴不住", "晚上一翻身面罩就漏风，呼吸机报警",
               "口鼻面罩太大了，压着鼻梁疼，还漏气", "换了两次面罩还是漏，想放弃了"],
        "en": ["Full face mask leaks all night and blows air in my eyes.", "Mask keeps leaking and leaves red marks, "
               "can't keep it on.", "Every time I roll over the mask leaks and the machine alarms.",
               "The full face mask is too big, hurts the bridge of my nose and still leaks.",
               "Swapped masks twice and it still leaks. About to give up."]},
    "upload_fail": {
        "zh": ["App一直同步失败，蓝牙连不上呼吸机，数据传不上去", "升级新版本后数据上传老是超时，医生看不到我的使用记录",
               "安卓手机传数据总失败，重试好多次都不行", "依从性数据上传不了，复诊时说没数据，白跑一趟"],
        "en": ["App keeps failing to sync, Bluetooth won't connect to the CPAP.",
               "Since the last update uploads time out every time, my doctor can't see my data.",
               "Data upload fails constantly on my Android phone.",
               "Couldn't upload my usage data so the follow-up was pointless."]},
    "claim_denied": {
        "zh": ["保险理赔被拒了，说缺依从性报告，诊所之前也没人提醒", "呼吸机的理赔申请被驳回，来回补材料一个月",
               "理赔被拒，客服也说不清楚原因", "报销被拒，钱都是自己垫的"],
        "en": ["Insurance denied my CPAP claim for a missing compliance report. Nobody at the clinic told me.",
               "Claim for the machine rejected, a month of back and forth with paperwork.",
               "My claim was denied and support couldn't explain why.",
               "Reimbursement denied, I'm out of pocket for the whole device."]},
    "price_high": {
        "zh": ["呼吸机太贵了，将近一万块", "检查费加设备费加起来负担不小", "耗材也不便宜，每隔几个月就要换",
               "租金比别家贵，考虑换地方"],
        "en": ["The CPAP machine is very expensive.", "Study fee plus device costs add up quickly.",
               "Supplies aren't cheap either.", "Rental is pricier than elsewhere."]},
    "side_effects": {
        "zh": ["戴呼吸机后早上口干得厉害，鼻子也堵", "用了以后肚子胀气，不太舒服", "压力太大，吹得喉咙干",
               "加湿器开了还是口干，晚上要起来喝水"],
        "en": ["Waking up with a really dry mouth and blocked nose since starting CPAP.",
               "Getting bloated from the air pressure.", "Pressure feels too high, throat is sore in the morning.",
               "Even with the humidifier my mouth is dry every morning."]},
    "booking_hard": {
        "zh": ["电话预约一直占线，打了好几天才约上", "网上约不到近期的号，只能排到三周后", "改约特别麻烦，要打电话才行",
               "小程序约号总显示已满"],
        "en": ["Phone line always busy, took days to book.", "No appointments online for the next three weeks.",
               "Rescheduling is a hassle, you have to call.", "Online booking always says fully booked."]},
}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = G()
    g.run()
    g.finish()

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, bool):
            return "true" if v else "false"
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
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"])
    dump("customers.csv", list(g.customers.values()),
         ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "付费类型",
          "insurer", "insurer_en", "gender", "性别", "age_band", "bmi_band", "phone_os", "language", "country",
          "home_clinic_id", "home_clinic", "home_clinic_en", "referring_practice"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    up = [i for i, e in enumerate(ev) if e["touchpoint_id"] == "tp_data_upload" and e["upload_method"] == "modem"]
    idx = g.rng.choice(up, size=31, replace=False)
    ev = ev + [ev[int(i)] for i in sorted(idx)]      # the modem gateway re-sent a few uploads (same event_id)
    dump("events.csv", ev,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "clinic_id",
          "clinic", "clinic_en", "city", "城市", "app_version", "quiz_score", "risk_band", "风险等级", "epworth_score",
          "utm_source", "referring_practice", "urgency", "referral_method", "booking_id", "consult_mode", "就诊方式",
          "appt_at", "lead_days", "rebooking", "physician", "physician_en", "duration_min", "study_ordered", "检查类型",
          "study_id", "kit_model", "attempt", "delivery", "study_valid", "valid_hours", "fail_reason", "wait_days",
          "bed_no", "sleep_tech", "total_sleep_min", "study_type", "ahi", "severity", "严重程度", "diagnosis",
          "treatment", "治疗方案", "days_since_study", "fitter", "fitter_en", "mask_type", "面罩类型", "mask_model",
          "fit_attempts", "acquisition", "获取方式", "device_model", "serial_no", "list_price", "upload_method",
          "error_code", "period_nights", "usage_avg_h", "nights_4h_pct", "ahi_residual", "leak_lpm", "followup_type",
          "复诊类型", "compliant", "usage_30d_avg_h", "nights_4h_pct_30d", "data_complete", "rental_days",
          "return_reason", "归还原因", "device_condition", "items", "contact_method", "call_reason", "来电原因",
          "resolved", "claim_id", "claim_type", "理赔类型", "insurer", "insurer_en", "claim_amount", "approved_amount",
          "currency", "compliance_report_attached", "denial_reason", "拒赔原因", "days_to_decision",
          "about_touchpoint"])
    dump("orders.csv", sorted(g.orders, key=lambda o: o["order_id"]),
         ["order_id", "customer_id", "ts", "amount", "currency", "amount_usd", "status", "order_type", "订单类型",
          "channel", "device", "payment_method", "支付方式", "clinic_id", "clinic", "clinic_en", "city", "城市",
          "booking_id", "study_id", "item", "rental_month", "refunded_at", "refund_reason", "退款原因"])
    fb = g.feedback
    perm = g.rng.permutation(len(fb))
    dump("feedback.csv", [fb[i] for i in perm],
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "渠道", "rating", "nps", "language",
          "clinic_id", "clinic", "clinic_en", "city", "城市", "device", "app_version", "store"])
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "clinic_id",
                                            "device_model"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(fb)}, "
          f"experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
