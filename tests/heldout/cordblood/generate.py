"""脐安 CordSafe: umbilical cord blood and stem-cell bank (脐带血 / 干细胞存储) with branches in Beijing 北京,
Chengdu 成都 and Xi'an 西安. An expecting family hears of us (hospital prenatal class 孕妇学校, online ads, maternity
expo 孕婴展, WeChat official account, referral by an existing client), meets a health consultant (健康顾问) for a
prenatal consultation, signs the storage contract and pays the enrolment fee (采集制备费, basic 基础套餐 = cord blood
only, premium 尊享套餐 = cord blood + cord tissue MSC) either with annual storage fees (年缴) or an 18-year prepaid
storage fee (18年趸缴). Some weeks before the due date (预产期) the collection kit (采集包) is couriered to the
delivery hospital; at birth the midwife collects the cord blood (a collection is missed when the kit is not there or
in emergencies), the bag is cold-chain shipped to the lab, processed (TNC count, CD34+, sterility) and a quality
report (质检报告) is issued; passed units go into long-term liquid-nitrogen storage (入库). Every storage anniversary
an annual-fee bill (年费账单) is pushed to annual-plan clients; clients may buy upgrades (30-year term, family
medical-aid plan); rarely a unit is released for treatment (临床调取). Cancelled contracts, missed collections and
failed QC are refunded.
Data 2024-01-01 .. 2026-06-30 (extract taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(topics of each comment: the generator's truth, not a DATA.md table). Fixed seed, numpy, ~2 s. Patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_LEADS = 9000
COURIER_SWITCH = (datetime(2025, 10, 1), datetime(2026, 1, 1))   # Chengdu kits by 速达同城 instead of 顺丰冷运
FEE_RISE = datetime(2025, 7, 1)                                   # annual fee 680/980 -> 880/1180
BJ_LAB_UPGRADE = (datetime(2026, 3, 1), datetime(2026, 5, 1))     # Beijing lab line upgrade: slow reports

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "获客线索", "Lead captured", "awareness", "ads", "digital", "marketing",
     "线索|留资|孕妇学校|孕婴展|广告|听讲座|lead|enquiry|prenatal class|expo"),
    ("tp_consult", "产前咨询", "Prenatal consultation", "consideration", "store", "physical", "sales",
     "咨询|面谈|顾问|健康顾问|讲解|consultation|consultant|advisor|meeting"),
    ("tp_contract", "签约", "Contract signed", "purchase", "store", "physical", "sales",
     "签约|签合同|合同|入会|sign|signing|contract|enrol|enrollment"),
    ("tp_kit_ship", "采集包寄出", "Kit dispatched", "service", "other", "physical", "logistics",
     "寄出|发货|采集包寄送|kit shipped|dispatch"),
    ("tp_kit_arrive", "采集包送达医院", "Kit delivered to hospital", "service", "other", "physical", "logistics",
     "采集包|送达|到院|快递|物流|kit|collection kit|kit delivery|courier"),
    ("tp_collect", "分娩采集", "Cord blood collected", "service", "other", "physical", "clinical",
     "采集|分娩|脐血采集|生产当天|collection|birth|delivery day|collected"),
    ("tp_collect_missed", "采集未成功", "Collection missed", "service", "other", "physical", "clinical",
     "没采到|漏采|采集失败|missed collection|no collection"),
    ("tp_lab_receive", "实验室接收", "Lab received", "service", "other", "physical", "lab",
     "冷链|转运|接收|到实验室|cold chain|transport|lab receipt"),
    ("tp_qc_report", "质检报告", "Lab quality report", "service", "app", "digital", "lab",
     "报告|质检|检测报告|制备|细胞数|lab report|qc|quality check|test results|processing"),
    ("tp_storage", "入库存储", "Stored in bank", "loyalty", "other", "physical", "lab",
     "入库|存储|液氮|冻存|storage|stored|banked|cryo"),
    ("tp_fee_notice", "年费账单", "Annual fee bill", "loyalty", "app", "digital", "finance",
     "账单|年费通知|缴费提醒|bill|invoice|fee reminder"),
    ("tp_annual_fee", "缴纳年费", "Annual fee paid", "loyalty", "app", "digital", "finance",
     "年费|存储费|续费|缴费|annual fee|storage fee|renewal|renew"),
    ("tp_upgrade", "套餐升级", "Plan upgrade", "loyalty", "app", "digital", "sales",
     "升级|加购|延长存储|家庭医疗援助|upgrade|add-on|extend term"),
    ("tp_cancel", "解约", "Contract cancelled", "service", "phone", "digital", "customer_service",
     "解约|退约|取消合同|不存了|cancel|cancellation|terminate"),
    ("tp_refund", "退费", "Refund", "service", "other", "digital", "finance",
     "退费|退款|退钱|refund|money back"),
    ("tp_release", "临床调取", "Released for treatment", "service", "phone", "physical", "clinical",
     "调取|出库|移植|临床应用|release|transplant|treatment use"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("enrol", "签约转化", "Enrolment", ["tp_lead", "tp_consult", "tp_contract"], 60),
    ("collection", "采集入库", "Collection to storage",
     ["tp_contract", "tp_kit_arrive", "tp_collect", "tp_qc_report", "tp_storage"], 240),
    ("renewal", "年费续缴", "Annual fee renewal", ["tp_fee_notice", "tp_annual_fee"], 60),
    ("refund", "解约退费", "Cancellation refund", ["tp_cancel", "tp_refund"], 60),
]
CITIES = {"Beijing": ("北京", 0.42), "Chengdu": ("成都", 0.35), "Xi'an": ("西安", 0.23)}
HOSPITALS = [  # id, city, zh, en, weight
    ("H01", "Beijing", "北京妇产医院", "Beijing Obstetrics & Gynecology Hospital", 0.45),
    ("H02", "Beijing", "北京和睦家医院", "Beijing United Family Hospital", 0.20),
    ("H03", "Beijing", "海淀区妇幼保健院", "Haidian Maternal & Child Health Hospital", 0.35),
    ("H04", "Chengdu", "四川大学华西第二医院", "West China Second University Hospital", 0.50),
    ("H05", "Chengdu", "成都市妇女儿童中心医院", "Chengdu Women's & Children's Central Hospital", 0.40),
    ("H06", "Chengdu", "双流区妇幼保健院", "Shuangliu Maternal & Child Health Hospital", 0.10),
    ("H07", "Xi'an", "西北妇女儿童医院", "Northwest Women's & Children's Hospital", 0.55),
    ("H08", "Xi'an", "西安交大一附院", "First Affiliated Hospital of XJTU", 0.37),
    ("H09", "Xi'an", "西安高新医院", "Xi'an Gaoxin Hospital", 0.10),
]
HOSP = {h[0]: h for h in HOSPITALS}
QC_FAIL_HOSP = {"H09": 0.40, "H06": 0.08}       # new midwife teams: low-volume bags
CHANNELS = {  # en: zh, weight, p(consult), p(contract | consult)
    "prenatal_class": ("孕妇学校讲座", 0.30, 0.78, 0.46),
    "online_ads": ("线上广告", 0.32, 0.25, 0.20),
    "maternity_expo": ("孕婴展会", 0.14, 0.52, 0.32),
    "wechat": ("微信公众号", 0.14, 0.55, 0.28),
    "referral": ("老客户推荐", 0.10, 0.88, 0.62),
}
PLANS = {"basic": ("基础套餐", 15800, (680, 880)), "premium": ("尊享套餐", 23800, (980, 1180))}
PAYPLANS = {"annual": "年缴", "prepaid_18y": "18年趸缴"}
PREPAID = {"basic": 9800, "premium": 14800}
UPGRADES = {"term_30y": ("延长至30年", 6800), "family_aid": ("家庭医疗援助计划", 1980)}
ORDER_ZH = {"enrolment": "采集制备费", "prepaid_storage": "18年存储费", "annual_fee": "年度存储费",
            "upgrade": "升级服务费"}
AGES = ["<25", "25-29", "30-34", "35-39", "40+"]

TXT = {
    "kit_delay": (["采集包到现在还没送到医院", "预产期都快到了采集包还没到", "采集包迟迟不到，打了好几次客服",
                   "快生了采集包还在路上，急死了"],
                  ["the collection kit still hasn't reached the hospital", "the kit arrived late, we were about to give birth",
                   "collection kit delayed again, nobody could tell us where it was"]),
    "fee_opaque": (["年费涨了也没提前通知", "收费不透明，合同里没写清楚", "年费账单看不懂，多出来一笔钱", "费用说不清楚，问客服也答不上来"],
                   ["the annual fee went up without any notice", "fees are not transparent at all",
                    "hidden charges on the storage bill"]),
    "lab_slow": (["检测报告等了快一个月", "质检报告出得太慢了", "实验室报告一拖再拖"],
                 ["the lab report took weeks to come out", "still waiting for the lab report",
                  "lab results are so slow"]),
    "pushy": (["顾问推销太强势了，一直打电话", "销售天天催签约，很烦", "顾问太能推销，说不签以后会后悔"],
              ["the consultant was really pushy", "too much sales pressure from the advisor"]),
    "refund_slow": (["退费申请提交一个多月了还没到账", "退款流程太慢，来回跑了好几趟"],
                    ["still waiting for my refund", "the refund took forever"]),
    "smooth": (["采集很顺利，护士很专业", "分娩当天工作人员很快就到了，很安心"],
               ["collection went smoothly", "the staff on the day of the birth were very professional"]),
    "clear": (["顾问讲解很清楚，很耐心", "咨询的时候把费用讲得很明白"],
              ["the consultant explained everything clearly", "very patient advisor, answered all our questions"]),
}
GEN = {
    "pos": (["整体服务不错", "给宝宝存一份保障，值得", "流程规范，推荐给朋友"], ["good service overall", "worth it for peace of mind"]),
    "neu": (["还可以吧", "中规中矩"], ["it was ok", "average service"]),
    "neg": (["不太满意", "体验很差，有点失望"], ["not happy with the service", "disappointing experience"]),
}
NEG = {"kit_delay", "fee_opaque", "lab_slow", "pushy", "refund_slow"}
TOPIC_TP = {"kit_delay": "tp_kit_arrive", "fee_opaque": "tp_annual_fee", "lab_slow": "tp_qc_report",
            "pushy": "tp_consult", "clear": "tp_consult", "refund_slow": "tp_refund", "smooth": "tp_collect"}


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def lead_weight(d):
    w = 1.3 if d.year == 2024 else (0.9 if d.year == 2025 else 0.85)   # Dragon year 2024 baby boom
    if d.month == 2:
        w *= 0.7                                                        # Spring Festival lull
    return w


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_ct = 0

    def ev(self, c, t, tp, action, sid=None, ct=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, city=c["city"], 城市=CITIES[c["city"]][0])
        if ct:
            row.update(ct)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, ct, **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=float(amount),
                   status="paid", channel=kw.pop("channel", "store"), device=kw.pop("device", None), order_type=otype,
                   订单类型=ORDER_ZH[otype], contract_id=ct["contract_id"], city=c["city"], 城市=CITIES[c["city"]][0],
                   plan=ct["plan"], 套餐=ct["套餐"], payment_plan=ct["payment_plan"], 缴费方式=ct["缴费方式"],
                   currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, ct=None, undated=False, gen=None, no_cust=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        lang = c["lang"] if rng.random() < 0.85 else ("zh" if c["lang"] == "en" else "en")
        if c["city"] != "Beijing" and lang == "en" and rng.random() < 0.6:
            lang = "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((TOPIC_TP[k] for k in topics if k in TOPIC_TP), "tp_storage" if ct else "tp_consult")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_cust else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, city=c["city"], 城市=CITIES[c["city"]][0],
                   contract_id=ct["contract_id"] if ct else None, hospital=ct["hospital"] if ct else None,
                   医院=ct["医院"] if ct else None)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), lang=lang))

    def stars(self, topics, base=(0.45, 0.38, 0.12, 0.05)):
        s = float(pick([5, 4, 3, 2], base))
        for k in topics:
            s -= {"kit_delay": 2.4, "fee_opaque": 1.8, "lab_slow": 1.5, "pushy": 1.9, "refund_slow": 2.0}.get(k, 0)
        if {"smooth", "clear"} & set(topics) and not set(topics) & NEG:
            s = 5.0 if rng.random() < 0.8 else 4.0
        return float(min(5, max(1, round(s))))

    # ---------------------------------------------------------------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, lead_weight(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_LEADS, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            hs = [h for h in HOSPITALS if h[1] == city]
            weeks = float(rng.uniform(10, 33))                      # pregnancy week at first contact
            due = t + D(days=(40 - weeks) * 7)
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", lead=t, city=city,
                                  hospital=pick([h[0] for h in hs], [h[4] for h in hs]),
                                  channel=pick(list(CHANNELS), [v[1] for v in CHANNELS.values()]),
                                  age=pick(AGES, [0.06, 0.30, 0.38, 0.20, 0.06]), due=due,
                                  device=pick(["ios", "android"], [0.5, 0.5]),
                                  lang="en" if rng.random() < (0.14 if city == "Beijing" else 0.02) else "zh",
                                  state="prospect", plan=None, payplan=None, consultant=None))

    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["lead"], "tp_lead", "enquiry", channel=c["channel"], device=c["device"],
                    lead_source=c["channel"], 线索来源=ch[0])
            if rng.random() > ch[2]:
                continue
            t_c = c["lead"] + D(days=float(min(45, rng.exponential(6) + 0.3)))
            cons = f"{'BJ' if c['city'] == 'Beijing' else ('CD' if c['city'] == 'Chengdu' else 'XA')}-G{int(rng.integers(1, 7)):02d}"
            c["consultant"] = cons
            self.ev(c, t_c, "tp_consult", "consulted", channel="store", consultant_id=cons,
                    pregnancy_week=int(40 - (c["due"] - t_c).days / 7))
            p_sign = ch[3]
            pushy = c["channel"] == "online_ads" and rng.random() < 0.22
            if rng.random() < 0.22:
                topics = ["pushy"] if pushy else (["clear"] if rng.random() < 0.35 else [])
                st = self.stars(topics)
                self.fb(c, t_c + D(hours=float(rng.uniform(2, 30))), topics, "consult_survey", rating=st,
                        gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
            elif pushy and rng.random() < 0.25:
                self.fb(c, t_c + D(days=float(rng.uniform(1, 10))), ["pushy"], "hotline")
            if pushy:
                p_sign *= 0.5
            if rng.random() > p_sign:
                continue
            late = rng.random() < 0.06
            t_s = t_c + D(days=float(rng.uniform(62, 90) if late else min(55, rng.exponential(9) + 0.5)))
            if t_s > c["due"] - D(days=21) or t_s > END:
                continue
            self.contract(c, t_s)

    def contract(self, c, t_s):
        self.n_ct += 1
        cid = f"CS{self.n_ct:05d}"
        plan = pick(list(PLANS), [0.62, 0.38] if c["city"] != "Beijing" else [0.5, 0.5])
        pp = pick(list(PAYPLANS), [0.72, 0.28])
        h = HOSP[c["hospital"]]
        c.update(state="awaiting_birth", plan=plan, payplan=pp)
        ct = dict(contract_id=cid, plan=plan, 套餐=PLANS[plan][0], payment_plan=pp, 缴费方式=PAYPLANS[pp],
                  hospital=h[3], 医院=h[2], hospital_id=h[0], due_date=c["due"].strftime("%Y-%m-%d"))
        self.ev(c, t_s, "tp_contract", "signed", cid, ct, channel="store", consultant_id=c["consultant"],
                amount=PLANS[plan][1] + (PREPAID[plan] if pp == "prepaid_18y" else 0))
        enrol = self.order(c, t_s, PLANS[plan][1], "enrolment", ct, channel="store")
        paid_orders = [enrol]
        if pp == "prepaid_18y":
            paid_orders.append(self.order(c, t_s + D(minutes=3), PREPAID[plan], "prepaid_storage", ct, channel="store"))
        off = float(rng.uniform(-40, -22)) if rng.random() < 0.07 else float(np.clip(rng.normal(-4, 7), -20, 14))
        birth = c["due"] + D(days=off, hours=float(rng.uniform(0, 24)))           # ~7 % preterm (< 37 weeks)
        # cancellation before the birth
        if rng.random() < 0.045:
            t_x = t_s + (birth - t_s) * float(rng.uniform(0.1, 0.8))
            self.cancel(c, ct, t_x, "customer_changed_mind", paid_orders)
            return
        # kit to the hospital
        t_ship = c["due"] - D(days=float(rng.uniform(42, 56)))       # sent around week 32-34
        t_ship = max(t_ship, t_s + D(days=1))
        promised = t_ship + D(days=7)
        courier = "顺丰冷运"
        transit = float(rng.lognormal(np.log(2.0), 0.4))
        if c["city"] == "Chengdu" and COURIER_SWITCH[0] <= t_ship < COURIER_SWITCH[1]:
            courier = "速达同城"
            r = rng.random()
            if r < 0.3:                                   # lost in the depot, re-sent
                transit = float(rng.uniform(35, 60))
            elif r < 0.55:
                transit = float(rng.lognormal(np.log(15), 0.45))
        elif rng.random() < 0.03:
            transit = float(rng.lognormal(np.log(9), 0.3))
        t_arr = t_ship + D(days=transit)
        self.ev(c, t_ship, "tp_kit_ship", "dispatched", cid, ct, channel="courier", courier=courier,
                promised_by=ts(promised))
        kit_late = t_arr > promised
        arrived_before_birth = t_arr < birth
        if arrived_before_birth:
            self.ev(c, t_arr, "tp_kit_arrive", "delivered", cid, ct, channel="courier", courier=courier,
                    promised_by=ts(promised), days_late=max(0, (t_arr.date() - promised.date()).days))
        if kit_late and rng.random() < 0.5:
            self.fb(c, min(t_arr, birth) - D(days=float(rng.uniform(0, 2))), ["kit_delay"],
                    pick(["hotline", "ticket"], [0.6, 0.4]), ct=ct)
        # collection
        if not arrived_before_birth or rng.random() < 0.018:
            reason = "kit_not_at_hospital" if not arrived_before_birth else "emergency_delivery"
            if not self.ev(c, birth + D(hours=2), "tp_collect_missed", "missed", cid, ct, channel="hospital",
                           missed_reason=reason, 未采集原因="采集包未到院" if reason == "kit_not_at_hospital" else "急产未采集"):
                return
            if not arrived_before_birth:
                self.ev(c, t_arr, "tp_kit_arrive", "delivered", cid, ct, channel="courier", courier=courier,
                        promised_by=ts(promised), days_late=max(0, (t_arr.date() - promised.date()).days))
            self.cancel(c, ct, birth + D(days=float(rng.uniform(2, 10))), reason, paid_orders,
                        topic_extra=["kit_delay"] if reason == "kit_not_at_hospital" and rng.random() < 0.7 else [])
            return
        weeks = 40 - (c["due"] - birth).days / 7
        vol = float(max(20, rng.normal(95 if weeks >= 37 else 60, 25)))
        if not self.ev(c, birth + D(minutes=float(rng.uniform(10, 60))), "tp_collect", "collected", cid, ct,
                       channel="hospital", gestational_weeks=round(weeks, 1), volume_ml=round(vol, 1)):
            return
        c["state"] = "collected"
        lab = "北京亦庄实验室" if c["city"] == "Beijing" else "成都天府实验室"
        hrs = float(rng.uniform(20, 40)) if c["city"] == "Xi'an" else float(rng.uniform(3, 12))
        t_lab = birth + D(hours=hrs)
        self.ev(c, t_lab, "tp_lab_receive", "received", cid, ct, channel="cold_chain", lab=lab,
                lab_en="Beijing Yizhuang Lab" if c["city"] == "Beijing" else "Chengdu Tianfu Lab")
        med = 9.0
        if c["city"] == "Xi'an":
            med = 19.0
        if c["city"] == "Beijing" and BJ_LAB_UPGRADE[0] <= t_lab < BJ_LAB_UPGRADE[1]:
            med = 22.0
        t_rep = t_lab + D(days=float(rng.lognormal(np.log(med), 0.3)))
        p_fail = QC_FAIL_HOSP.get(c["hospital"], 0.04) + (0.15 if weeks < 37 else 0.0)
        fail = rng.random() < p_fail
        tnc = float(max(2, rng.normal(6.5 if not fail else 3.2, 1.3)))
        rep_days = (t_rep - birth).total_seconds() / 86400
        if not self.ev(c, t_rep, "tp_qc_report", "report_issued", cid, ct, channel="app", device=c["device"], lab=lab,
                       qc_result="fail" if fail else "pass", 质检结果="不合格" if fail else "合格",
                       tnc_1e8=round(tnc, 2), cd34_1e6=round(max(0.5, tnc * float(rng.uniform(0.5, 1.1))), 2),
                       fail_reason=("low_tnc" if tnc < 4 else "contamination") if fail else None):
            if rep_days > 20 and rng.random() < 0.3:
                self.fb(c, birth + D(days=21), ["lab_slow"], "hotline", ct=ct)
            return
        if rep_days > 18 and rng.random() < 0.35:
            self.fb(c, t_rep - D(days=float(rng.uniform(1, 5))), ["lab_slow"], pick(["hotline", "ticket"], [0.7, 0.3]),
                    ct=ct)
        if fail:
            self.cancel(c, ct, t_rep + D(days=float(rng.uniform(1, 7))), "qc_failed", paid_orders)
            return
        t_st = t_rep + D(days=float(rng.uniform(0.5, 3)))
        if not self.ev(c, t_st, "tp_storage", "stored", cid, ct, channel="lab", lab=lab,
                       tank_id=f"{'BJ' if c['city'] == 'Beijing' else 'CD'}-T{int(rng.integers(1, 13)):02d}"):
            return
        c["state"] = "stored"
        # post-storage survey / app review
        topics = []
        if rep_days > 18 and rng.random() < 0.6:
            topics.append("lab_slow")
        if rng.random() < 0.35:
            topics.append("smooth")
        if rng.random() < 0.3:
            nps = int(np.clip(round(rng.normal(8.6 - 3.2 * ("lab_slow" in topics), 1.5)), 0, 10))
            self.fb(c, t_st + D(days=float(rng.uniform(2, 14))), topics if rng.random() < 0.7 else [],
                    "storage_survey", nps=nps, ct=ct, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if rng.random() < 0.12:
            st = self.stars(topics)
            self.fb(c, t_st + D(days=float(rng.uniform(1, 30))), topics, "app_review", rating=st, ct=ct,
                    gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
        if rng.random() < 0.05:
            self.fb(c, t_st + D(days=float(rng.uniform(1, 60))), topics or ["smooth"], "xiaohongshu", ct=ct,
                    undated=rng.random() < 0.5, no_cust=rng.random() < 0.4)
        if rng.random() < 0.035:
            t_u = t_st + D(days=float(rng.uniform(10, 200)))
            self.upgrade(c, ct, t_u)
        # release for treatment (rare)
        if rng.random() < 0.004:
            t_rel = t_st + D(days=float(rng.uniform(60, 400)))
            self.ev(c, t_rel, "tp_release", "released", cid, ct, channel="phone",
                    release_for=pick(["sibling_leukemia", "self_cerebral_palsy", "aplastic_anemia"], [0.5, 0.3, 0.2]))
        # annual fees
        if ct["payment_plan"] != "annual":
            return
        k = 1
        lapsed = False
        while True:
            t_bill = t_st + D(days=365 * k)
            if t_bill > END:
                break
            price = PLANS[ct["plan"]][2][1 if t_bill >= FEE_RISE else 0]
            self.ev(c, t_bill, "tp_fee_notice", "bill_sent", cid, ct, channel="app", device=c["device"], amount=price,
                    fee_year=k + 1)
            p_pay = 0.93 if t_bill < FEE_RISE else 0.78
            complained = False
            if t_bill >= FEE_RISE and rng.random() < 0.22:
                complained = True
                self.fb(c, t_bill + D(days=float(rng.uniform(1, 20))), ["fee_opaque"],
                        pick(["hotline", "ticket", "app_review", "xiaohongshu"], [0.45, 0.2, 0.2, 0.15]), ct=ct,
                        rating=None, undated=False)
                if self.feedback[-1]["channel"] == "app_review":
                    self.feedback[-1]["rating"] = float(pick([1, 2, 3], [0.5, 0.4, 0.1]))
                elif self.feedback[-1]["channel"] == "xiaohongshu" and rng.random() < 0.5:
                    self.feedback[-1]["ts"] = None
                p_pay -= 0.15
            elif t_bill < FEE_RISE and rng.random() < 0.03:
                self.fb(c, t_bill + D(days=float(rng.uniform(1, 20))), ["fee_opaque"], "hotline", ct=ct)
            if rng.random() < p_pay:
                t_pay = t_bill + D(days=float(min(55, rng.exponential(12) + 0.2)))
                if self.ev(c, t_pay, "tp_annual_fee", "paid", cid, ct, channel="app", device=c["device"], amount=price,
                           fee_year=k + 1):
                    self.order(c, t_pay, price, "annual_fee", ct, channel="app", device=c["device"], fee_year=k + 1)
                if rng.random() < (0.02 if complained else 0.07):
                    self.upgrade(c, ct, t_pay + D(minutes=float(rng.uniform(2, 30))))
            else:
                lapsed = t_bill + D(days=60) <= END
                break
            k += 1
        if lapsed:
            c["state"] = "lapsed"

    def upgrade(self, c, ct, t):
        u = pick(list(UPGRADES), [0.35, 0.65])
        if self.ev(c, t, "tp_upgrade", "upgraded", ct["contract_id"], ct, channel="app", device=c["device"],
                   upgrade_type=u, 升级项目=UPGRADES[u][0], amount=UPGRADES[u][1]):
            self.order(c, t, UPGRADES[u][1], "upgrade", ct, channel="app", device=c["device"], upgrade_type=u,
                       升级项目=UPGRADES[u][0])

    def cancel(self, c, ct, t_x, reason, paid_orders, topic_extra=()):
        zh = {"customer_changed_mind": "客户主动解约", "kit_not_at_hospital": "采集包未到院未采集",
              "emergency_delivery": "急产未采集", "qc_failed": "质检不合格"}[reason]
        if not self.ev(c, t_x, "tp_cancel", "cancelled", ct["contract_id"], ct, channel="phone",
                       cancel_reason=reason, 解约原因=zh):
            return
        c["state"] = "cancelled"
        total = sum(o["amount"] for o in paid_orders if o)
        slow = rng.random() < (0.35 if c["city"] == "Xi'an" else 0.12)
        t_r = t_x + D(days=float(rng.lognormal(np.log(32 if slow else 9), 0.3)))
        if topic_extra:
            self.fb(c, t_x + D(hours=float(rng.uniform(1, 48))), list(topic_extra), "ticket", ct=ct)
        if slow and rng.random() < 0.5:
            self.fb(c, t_x + D(days=25), ["refund_slow"], pick(["hotline", "ticket"], [0.5, 0.5]), ct=ct)
        if t_r > END:
            return
        self.ev(c, t_r, "tp_refund", "refunded", ct["contract_id"], ct, channel="bank_transfer", refund_amount=total,
                cancel_reason=reason, 解约原因=zh)
        for o in paid_orders:
            if o:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            seg = {"prospect": "prospect", "awaiting_birth": "awaiting_birth", "collected": "processing",
                   "stored": "stored", "lapsed": "lapsed", "cancelled": "cancelled"}[c["state"]]
            h = HOSP[c["hospital"]]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["lead"]), segment=seg,
                             客户状态={"prospect": "意向客户", "awaiting_birth": "待产", "processing": "制备中", "stored": "在存",
                                   "lapsed": "年费逾期", "cancelled": "已解约"}[seg],
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=c["plan"] or "",
                             套餐=PLANS[c["plan"]][0] if c["plan"] else "", payment_plan=c["payplan"] or "",
                             缴费方式=PAYPLANS[c["payplan"]] if c["payplan"] else "",
                             due_date=c["due"].strftime("%Y-%m-%d"), hospital_id=h[0], hospital=h[3], 医院=h[2],
                             mother_age_band=c["age"], consultant_id=c["consultant"] or "", phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city", "城市",
           "lead_source", "线索来源", "consultant_id", "pregnancy_week", "contract_id", "plan", "套餐", "payment_plan",
           "缴费方式", "hospital_id", "hospital", "医院", "due_date", "courier", "promised_by", "days_late",
           "gestational_weeks", "volume_ml", "missed_reason", "未采集原因", "lab", "lab_en", "qc_result", "质检结果",
           "tnc_1e8", "cd34_1e6", "fail_reason", "tank_id", "fee_year", "amount", "upgrade_type", "升级项目",
           "cancel_reason", "解约原因", "refund_amount", "release_for"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "contract_id", "city", "城市", "plan", "套餐", "payment_plan", "缴费方式", "fee_year", "upgrade_type",
            "升级项目", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "城市", "contract_id", "hospital", "医院"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户状态", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "套餐", "payment_plan", "缴费方式", "due_date", "hospital_id", "hospital", "医院", "mother_age_band",
             "consultant_id", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    for r in g.events:                                    # contract_id twin of session_id on contract events
        r["contract_id"] = r.get("session_id")
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=15, replace=False)     # CRM sync re-sent a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fbs = sorted(zip(g.feedback, g.truth), key=lambda x: x[0]["feedback_id"])
    write(out / "feedback.csv", [f for f, _ in fbs], FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", [t for _, t in fbs], ["feedback_id", "topics", "lang"])
    print(f"leads {len(g.cust)}, contracts {g.n_ct}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
