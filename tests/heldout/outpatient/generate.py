"""沐康医疗 MuKang Health: a private hospital group's outpatient journey in four Chinese cities (synthetic).

Patients book an outpatient appointment (预约挂号) in the MuKang app, the WeChat mini program or by phone (400 hotline),
pay the registration fee (挂号缴费; some payments fail), may cancel (取消预约, refunded), check in at the campus
(到院签到候诊), see the doctor (医生接诊), and may get lab tests (开检验单 -> 检验缴费 -> 采血采样 -> 报告出具 -> 线上查看报告),
imaging (开影像检查 -> 影像预约缴费 -> 影像检查 -> 影像报告), a prescription (开处方 -> 药师审方 -> 药费缴费 -> 药房取药),
a follow-up reminder (复诊提醒) that leads to a follow-up visit, a commercial-insurance claim (商保理赔: 提交 -> [补充材料]
-> 审核 -> 通过/拒赔 -> 到账) and billing disputes (账单申诉 -> 申诉处理完成). Feedback: post-visit surveys, app-store
reviews, NPS surveys, WeChat messages, hotline call notes and dispute tickets, in Chinese and English.
Data 2025-01-01 .. 2026-05-31 (extract taken in June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (the generator's topics per comment; not a DATA.md table).
Seed 20261207, numpy + stdlib, a few seconds.
"""
from __future__ import annotations

import csv
import sys
from bisect import bisect_right
from itertools import accumulate
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
HIS_GO_LIVE = datetime(2025, 10, 13)             # new billing system (新HIS收费系统): duplicate charges start
BUG_START, BUG_END = datetime(2026, 3, 2), datetime(2026, 4, 1)   # app 6.3.0 payment bug
EXP_START, EXP_END = datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_doctor_profile", "查看医生主页", "Doctor profile view", "consideration", "app", "digital", "digital_product",
     "医生介绍|医生主页|看医生简介|找医生|doctor profile|find a doctor|doctor page"),
    ("tp_booking", "预约挂号", "Appointment booking", "purchase", "app", "digital", "patient_service",
     "挂号|预约|约号|网上挂号|电话挂号|booking|appointment|book a slot|registration booking"),
    ("tp_pay_fail", "挂号支付失败", "Registration payment failed", "purchase", "app", "digital", "digital_product",
     "支付失败|付款失败|扣款失败|payment failed|payment failure|payment error"),
    ("tp_reg_payment", "挂号缴费", "Registration fee paid", "purchase", "app", "digital", "finance",
     "挂号费|缴费|付挂号费|registration fee|pay the fee|booking payment"),
    ("tp_cancel", "取消预约", "Appointment cancelled", "purchase", "app", "digital", "patient_service",
     "退号|取消挂号|取消预约|cancel appointment|cancellation|cancelled booking"),
    ("tp_checkin", "到院签到候诊", "Check-in & waiting", "service", "store", "physical", "outpatient_ops",
     "签到|报到|到院|候诊|排队叫号|check-in|check in|arrival|waiting room"),
    ("tp_consult", "医生接诊", "Doctor consultation", "service", "store", "physical", "medical",
     "看诊|就诊|看医生|门诊|问诊|consultation|see the doctor|doctor visit|appointment with doctor"),
    ("tp_test_order", "开具检验单", "Lab test ordered", "service", "store", "physical", "medical",
     "开化验单|开检验|验血单|lab order|test ordered|blood test order"),
    ("tp_test_payment", "检验缴费", "Lab test paid", "service", "app", "digital", "finance",
     "化验缴费|检验费|lab payment|test fee"),
    ("tp_sample", "采血采样", "Sample collection", "service", "store", "physical", "laboratory",
     "抽血|采血|采样|留样|blood draw|sample collection|specimen"),
    ("tp_lab_report", "检验报告出具", "Lab report issued", "service", "other", "digital", "laboratory",
     "化验报告|检验结果|出报告|lab report|lab results|test results"),
    ("tp_report_view", "线上查看报告", "Report viewed online", "service", "app", "digital", "digital_product",
     "查报告|看报告|手机查结果|view report|results online|check results"),
    ("tp_imaging_order", "开具影像检查", "Imaging ordered", "service", "store", "physical", "medical",
     "开检查|开CT|开核磁|开B超|imaging order|scan ordered"),
    ("tp_imaging_appt", "影像预约缴费", "Imaging booked & paid", "service", "app", "digital", "radiology",
     "约检查|预约CT|预约核磁|检查缴费|imaging booking|scan appointment|book a scan"),
    ("tp_imaging_exam", "影像检查", "Imaging exam", "service", "store", "physical", "radiology",
     "拍片|做CT|做核磁|B超|X光|scan|CT|MRI|ultrasound|x-ray|imaging"),
    ("tp_imaging_report", "影像报告", "Imaging report", "service", "other", "digital", "radiology",
     "片子报告|影像结果|检查报告|imaging report|scan report|radiology report"),
    ("tp_prescription", "开具处方", "Prescription issued", "service", "store", "physical", "medical",
     "开药|处方|prescription|prescribed"),
    ("tp_rx_review", "药师审方", "Pharmacist review", "service", "other", "digital", "pharmacy",
     "审方|处方审核|pharmacist review|prescription check"),
    ("tp_rx_payment", "药费缴费", "Medication paid", "service", "app", "digital", "finance",
     "药费|交药费|付药钱|medication payment|drug fee|pay for medicine"),
    ("tp_pharmacy_pickup", "药房取药", "Pharmacy pickup", "service", "store", "physical", "pharmacy",
     "取药|拿药|药房|pharmacy|pick up medicine|collect meds|dispensary"),
    ("tp_followup_remind", "复诊提醒", "Follow-up reminder", "loyalty", "mini_program", "digital", "patient_service",
     "复诊通知|复查提醒|回访提醒|follow-up reminder|recall|revisit reminder"),
    ("tp_claim_submit", "商保理赔申请", "Insurance claim submitted", "service", "app", "digital", "insurance_desk",
     "理赔|报销|商保报销|申请理赔|insurance claim|claim submitted|reimbursement"),
    ("tp_claim_docs", "理赔补充材料", "Claim documents requested", "service", "app", "digital", "insurance_desk",
     "补材料|补充资料|材料不全|documents requested|missing documents|more paperwork"),
    ("tp_claim_review", "理赔审核", "Claim under review", "service", "other", "digital", "insurance_desk",
     "审核|理赔审核|核赔|claim review|under review|assessment"),
    ("tp_claim_approved", "理赔通过", "Claim approved", "service", "other", "digital", "insurance_desk",
     "赔付通过|理赔成功|批了|claim approved|approval"),
    ("tp_claim_rejected", "理赔拒赔", "Claim rejected", "service", "other", "digital", "insurance_desk",
     "拒赔|不赔|理赔被拒|claim rejected|claim denied|denial"),
    ("tp_claim_paid", "理赔到账", "Claim paid out", "service", "other", "digital", "insurance_desk",
     "理赔款到账|赔款到账|报销到账|claim paid|payout|reimbursed"),
    ("tp_dispute", "账单申诉", "Billing dispute", "service", "phone", "digital", "billing",
     "收费投诉|账单投诉|多收费|重复收费|billing complaint|billing dispute|overcharge|bill query"),
    ("tp_dispute_resolved", "申诉处理完成", "Dispute resolved", "service", "phone", "digital", "billing",
     "申诉解决|退费完成|处理完毕|dispute resolved|refund issued|complaint closed"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("outpatient", "门诊挂号就诊", "Outpatient visit", 14,
     ["tp_booking", "tp_reg_payment", "tp_checkin", "tp_consult"]),
    ("lab", "检验流程", "Lab testing", 7,
     ["tp_test_order", "tp_test_payment", "tp_sample", "tp_lab_report", "tp_report_view"]),
    ("imaging", "影像检查", "Imaging", 30, ["tp_imaging_order", "tp_imaging_appt", "tp_imaging_exam", "tp_imaging_report"]),
    ("pharmacy", "处方取药", "Prescription to pickup", 3,
     ["tp_prescription", "tp_rx_review", "tp_rx_payment", "tp_pharmacy_pickup"]),
    ("followup", "复诊回访", "Follow-up visit", 30, ["tp_followup_remind", "tp_booking", "tp_checkin", "tp_consult"]),
    ("claim", "商保理赔", "Insurance claim", 30,
     ["tp_claim_submit", "tp_claim_review", "tp_claim_approved", "tp_claim_paid"]),
]
CITIES = [  # id, zh city, campus zh, campus en, weight
    ("shanghai", "上海", "上海静安院区", "Shanghai Jing'an campus", .36),
    ("hangzhou", "杭州", "杭州滨江院区", "Hangzhou Binjiang campus", .22),
    ("chengdu", "成都", "成都高新院区", "Chengdu Hi-tech campus", .23),
    ("wuhan", "武汉", "武汉光谷院区", "Wuhan Optics Valley campus", .19),
]
CITY_ZH = {c[0]: c[1] for c in CITIES}
CAMPUS_ZH = {c[0]: c[2] for c in CITIES}
DEPTS = {  # id: zh, weight, lab, imaging, rx, follow-up prob, imaging modality mix
    "internal": ("内科", .25, .65, .15, .75, .30, {"US": .5, "CT": .4, "MRI": .1}),
    "pediatrics": ("儿科", .16, .55, .06, .80, .15, {"XR": .6, "US": .4}),
    "gynecology": ("妇科", .12, .55, .35, .50, .35, {"US": 1.0}),
    "orthopedics": ("骨科", .12, .15, .70, .45, .40, {"XR": .5, "MRI": .4, "CT": .1}),
    "dermatology": ("皮肤科", .11, .15, .0, .85, .35, {"US": 1.0}),
    "ent": ("耳鼻喉科", .09, .20, .15, .70, .20, {"CT": .7, "MRI": .3}),
    "dental": ("口腔科", .10, .02, .40, .20, .50, {"XR": 1.0}),
    "international": ("国际医疗部", .05, .50, .20, .60, .30, {"US": .4, "CT": .3, "MRI": .3}),
}
MODALITY = {"XR": ("X光", 180), "US": ("B超", 280), "CT": ("CT", 680), "MRI": ("核磁共振", 1380)}
TESTS = {"cbc": ("血常规", 45, (1, 3)), "biochem": ("生化全套", 320, (4, 22)), "urine": ("尿常规", 35, (1, 4)),
         "thyroid": ("甲功五项", 260, (20, 44)), "allergy": ("过敏原筛查", 580, (40, 90))}
TITLE_FEE = {"attending": ("主治医师", 80), "associate": ("副主任医师", 150), "chief": ("主任医师", 260)}
SEGMENTS = [("self_pay", "自费", .46), ("insured", "商保", .28), ("corporate", "企业团体", .16), ("vip", "VIP会员", .10)]
INSURERS = {"ankang": "安康人寿", "tairui": "泰瑞健康", "guolian": "国联保险", "globalcare": "GlobalCare环球健康"}
REJECT = {"not_covered": "非保障范围", "waiting_period": "等待期内", "missing_docs": "材料不全", "pre_existing": "既往症"}
DISPUTE = {"duplicate_charge": "重复收费", "unclear_items": "收费明细不清", "direct_billing_missed": "未走商保直付",
           "refund_missing": "退款未到账"}
PAYFAIL = {"timeout": "支付超时", "gateway_error": "支付网关错误", "card_declined": "银行卡被拒"}
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾")
SURNAME_EN = dict(zip(SURNAMES, ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
                                 "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song",
                                 "Tang", "Xu", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng"]))
GIVEN = [("伟", "Wei"), ("敏", "Min"), ("静", "Jing"), ("磊", "Lei"), ("洋", "Yang"), ("婷", "Ting"), ("杰", "Jie"),
         ("丽", "Li"), ("强", "Qiang"), ("芳", "Fang"), ("军", "Jun"), ("燕", "Yan"), ("涛", "Tao"), ("慧", "Hui"),
         ("斌", "Bin"), ("娜", "Na"), ("鹏", "Peng"), ("雪", "Xue"), ("华", "Hua"), ("颖", "Ying"), ("晨", "Chen"),
         ("琳", "Lin"), ("浩", "Hao"), ("倩", "Qian")]
EMPLOYERS = ["华腾科技", "远景汽车", "星河游戏", "蓝湾物流", "恒信银行", "云帆电商"]

# ---------- feedback text ----------
ZH = {
    "long_wait": ["签到后候诊等了一个多小时才叫到号", "明明预约了时间，还是要候诊很久", "候诊区人太多，叫号特别慢",
                  "候诊快两个小时，预约形同虚设"],
    "pay_fail": ["APP付挂号费一直提示支付失败", "支付失败了好几次，钱扣了号却没挂上", "新版APP付款一直转圈然后支付失败",
                 "更新APP后挂号老是支付失败"],
    "no_slot": ["专家号源总是约满，根本挂不上", "想挂的医生号源一放出来就没了", "号源太少了，提前一周都约不到"],
    "doctor_praise": ["{doc}医生非常耐心，解释得很清楚", "{doc}医生专业又耐心", "感谢{doc}医生耐心细致的诊治"],
    "nurse_praise": ["抽血的护士手法很好，一点都不疼", "采血护士很温柔"],
    "pharmacy_queue": ["取药排队排了四十多分钟", "药房取药窗口太少，排队太久", "缴完费取药又排了半天队"],
    "report_slow": ["检验报告出得太慢，两天了还没出来", "化验报告出得太慢了", "报告出得太慢，耽误了复诊"],
    "billing": ["同一项检查被重复收费了", "账单上有重复收费，要求退款", "收费明细看不懂，好像多收了钱", "药费重复收费，被扣了两次"],
    "claim": ["商保理赔拖了一个多月还没到账", "理赔材料来回补了好几次", "理赔被拒了，说不在保障范围内"],
    "parking": ["医院停车太难了，转了半小时找不到车位", "停车场太小，停车要排队"],
    "mri_wait": ["核磁共振要排两个多星期", "做个核磁要等半个月，太久了"],
    "smooth": ["整体就诊流程很顺畅", "挂号到看诊都很顺畅", "这次看病很顺畅"],
    "app_easy": ["APP挂号很方便", "手机上就能看报告，很方便", "小程序预约挺方便的"],
    "neutral": ["还行吧，一般", "没什么特别的", "中规中矩"],
    "enquiry": ["请问周末有专家门诊吗？", "请问儿科晚上几点停止挂号？", "请问体检报告可以邮寄吗？"],
}
EN = {
    "long_wait": ["Sat in the waiting room for over an hour after check-in",
                  "Even with a booked slot we spent ages in the waiting room",
                  "The waiting room was packed and the queue barely moved"],
    "pay_fail": ["Payment failed three times in the new app version", "The app said payment failed but my card was "
                 "charged", "Constant payment failures when booking in the app"],
    "no_slot": ["There are no slots for the specialist for weeks", "Every time I check there are no slots left"],
    "doctor_praise": ["Dr. {doc} was patient and explained everything clearly", "Dr. {doc} was very patient and "
                      "thorough", "Many thanks to Dr. {doc} for being so patient"],
    "nurse_praise": ["The nurse who drew my blood was very gentle"],
    "pharmacy_queue": ["The pharmacy queue took 40 minutes", "Another long pharmacy queue just to pick up my meds"],
    "report_slow": ["My lab results took three days to come out", "The lab results took far too long"],
    "billing": ["I was charged twice for the same test", "There is a duplicate charge on my bill",
                "The bill is confusing and I think I was overcharged"],
    "claim": ["My insurance claim has been pending for over a month", "The insurance claim needed documents again and "
              "again", "My insurance claim was rejected as not covered"],
    "parking": ["Parking at the campus is a nightmare", "Could not find parking for half an hour"],
    "mri_wait": ["Had to wait over two weeks for an MRI slot", "The MRI waiting list is far too long"],
    "smooth": ["Smooth visit overall", "Everything went smoothly from booking to consultation"],
    "app_easy": ["Booking in the app is really convenient", "Very convenient to see my results on my phone"],
    "neutral": ["It was okay.", "Nothing special."],
    "enquiry": ["Do you have English-speaking doctors on Saturdays?", "Can I get my medical report sent by email?"],
}
NEG = {"long_wait", "pay_fail", "no_slot", "pharmacy_queue", "report_slow", "billing", "claim", "parking", "mri_wait"}
TOPIC_TP = {"long_wait": "tp_checkin", "pay_fail": "tp_reg_payment", "no_slot": "tp_booking",
            "doctor_praise": "tp_consult", "nurse_praise": "tp_sample", "pharmacy_queue": "tp_pharmacy_pickup",
            "report_slow": "tp_lab_report", "billing": "tp_dispute", "claim": "tp_claim_review",
            "parking": "tp_checkin", "mri_wait": "tp_imaging_appt", "smooth": "tp_consult", "app_easy": "tp_booking",
            "neutral": "tp_consult", "enquiry": None}
ZH_OPEN = ["", "", "这次来看病，", "说实话，", "总体来说，"]
ZH_CLOSE_NEG, ZH_CLOSE_POS = ["", "希望改进。", "体验很差。", "很失望。"], ["", "谢谢！", "下次还会来。"]
EN_OPEN = ["", "", "Honestly, ", "Overall, "]
EN_CLOSE_NEG, EN_CLOSE_POS = ["", " Please fix this.", " Very disappointing."], ["", " Thanks!", " Will come back."]


def pick(seq, p=None):
    if p is None:
        return seq[int(rng.integers(len(seq)))]
    cum = list(accumulate(p))
    return seq[min(bisect_right(cum, rng.random() * cum[-1]), len(seq) - 1)]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def compose(topics, lang, doc_zh="", doc_en=""):
    if lang == "zh":
        parts = [pick(ZH[t]).format(doc=doc_zh) for t in topics]
        neg = any(t in NEG for t in topics)
        return pick(ZH_OPEN) + "，".join(parts) + ("。" if not parts[-1].endswith(("？", "。")) else "") + \
            pick(ZH_CLOSE_NEG if neg else ZH_CLOSE_POS)
    parts = [pick(EN[t]).format(doc=doc_en) for t in topics]
    neg = any(t in NEG for t in topics)
    opener, s = pick(EN_OPEN), ". ".join(parts)
    if opener and not s.startswith(("Dr.", "I ", "MRI")):
        s = s[0].lower() + s[1:]
    s = opener + s
    if not s.endswith((".", "?")):
        s += "."
    return s + pick(EN_CLOSE_NEG if neg else EN_CLOSE_POS)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers, self.exp = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_visit = self.n_claim = 0
        self.doctors = self._doctors()

    # ---------- reference data ----------
    def _doctors(self):
        docs, used, k = {}, set(), 0
        for city, *_ in CITIES:
            for dept in DEPTS:
                if dept == "international" and city != "shanghai":
                    continue
                for _ in range(3):
                    while True:
                        s, g = pick(SURNAMES), pick(GIVEN)
                        if s + g[0] not in used and s + g[0] != "林晓":
                            break
                    used.add(s + g[0])
                    k += 1
                    title = pick(["attending", "associate", "chief"], [.45, .35, .2])
                    docs.setdefault((city, dept), []).append(
                        dict(doctor_id=f"DR{k:03d}", zh=s + g[0], en=f"{g[1]} {SURNAME_EN[s]}", title=title))
        # the most praised doctor: 林晓 Lin Xiao, chief dermatologist in Shanghai
        docs[("shanghai", "dermatology")][0] = dict(doctor_id="DR900", zh="林晓", en="Xiao Lin", title="chief")
        return docs

    # ---------- writers ----------
    def ev(self, cust, ts, tp, sess, action="success", channel="store", device="", **extra):
        if ts > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cust["customer_id"], ts=fmt(ts), touchpoint_id=tp,
                   session_id=sess, action=action, device=device, channel=channel)
        row.update(extra)
        self.events.append(row)
        return True

    def order(self, cust, ts, amount, otype, visit, status="paid", channel="app", device="", refunded_at=None, **x):
        if ts > END:
            return
        self.n_ord += 1
        zh = {"registration": "挂号费", "lab": "检验费", "imaging": "影像检查费", "pharmacy": "药费"}[otype]
        self.orders.append(dict(order_id=f"O{self.n_ord:06d}", customer_id=cust["customer_id"], ts=fmt(ts),
                                amount=f"{amount:.2f}", status=status, channel=channel, device=device,
                                order_type=otype, 订单类型=zh, visit_id=visit["visit_id"], city=visit["city"],
                                院区=CAMPUS_ZH[visit["city"]], department=visit["dept"],
                                科室=DEPTS[visit["dept"]][0], payment_method=x.get("pay_method", ""),
                                insurer=cust["insurer"], currency="CNY", invoice_no=f"INV{self.n_ord + 500000:07d}",
                                refunded_at=fmt(refunded_at) if refunded_at else ""))

    def fb(self, cust, ts, tp, channel, topics, lang, rating=None, nps=None, visit=None, doc=None, text=None):
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        if text is None:
            text = compose(topics, lang, doc["zh"] if doc else "", doc["en"] if doc else "")
        city = visit["city"] if visit else cust["region"]
        dept = visit["dept"] if visit else ""
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=fmt(ts) if ts else "", customer_id=cust["customer_id"],
            touchpoint_id=tp or "", channel=channel, rating="" if rating is None else int(rating),
            nps="" if nps is None else int(nps), language=lang, city=city, 院区=CAMPUS_ZH[city],
            department=dept, 科室=DEPTS[dept][0] if dept else "", doctor_name=doc["zh"] if doc else "",
            visit_id=visit["visit_id"] if visit else ""))
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(set(topics)))))

    # ---------- customers ----------
    def make_customers(self, n=4000):
        for i in range(1, n + 1):
            seg, seg_zh, _ = pick(SEGMENTS, [s[2] for s in SEGMENTS])
            city = pick(CITIES, [c[4] for c in CITIES])[0]
            old = rng.random() < .32
            if old:
                signup = datetime(2020, 1, 1) + D(days=int(rng.integers(0, 1826)), minutes=int(rng.integers(480, 1200)))
            else:
                signup = START + D(days=int(rng.integers(0, 516)), minutes=int(rng.integers(420, 1380)))
            by = int(np.clip(rng.normal(1983, 14), 1940, 2023))
            if seg == "corporate":
                acq = pick(["corporate_hr", "app", "wechat"], [.7, .15, .15])
            elif seg == "insured":
                acq = pick(["insurer", "wechat", "app", "referral"], [.4, .25, .2, .15])
            else:
                acq = pick(["wechat", "app", "phone", "referral", "walk_in", "dianping"], [.32, .2, .14, .14, .08, .12])
            insurer = ""
            if seg == "insured":
                insurer = pick(list(INSURERS), [.32, .26, .24, .18])
            elif seg == "vip" and rng.random() < .6:
                insurer = pick(list(INSURERS), [.2, .3, .2, .3])
            elif seg == "corporate" and rng.random() < .5:
                insurer = "guolian"
            lang = "en" if rng.random() < (.26 if city == "shanghai" else .07) else "zh"
            if lang == "en" and seg == "insured" and rng.random() < .6:
                insurer = "globalcare"
            age = 2025 - by
            if age >= 65:
                pref = pick(["phone", "mini_program", "app"], [.55, .3, .15])
            else:
                pref = pick(["app", "mini_program", "phone"], [.46, .40, .14])
            tier = "gold" if seg == "vip" else pick(["standard", "silver"], [.8, .2])
            self.customers.append(dict(
                customer_id=f"P{i:05d}", signup_at=fmt(signup), segment=seg, 客户类型=seg_zh, region=city,
                城市=CITY_ZH[city], acquisition_channel=acq, tier=tier, gender=pick(["F", "M"], [.56, .44]),
                birth_year=by, insurer=insurer, insurer_name=INSURERS.get(insurer, ""),
                employer=pick(EMPLOYERS) if seg == "corporate" else "", preferred_language=lang,
                nationality="CN" if lang == "zh" else pick(["US", "GB", "DE", "FR", "JP", "AU"]),
                wechat_bound=pick(["Y", "N"], [.8, .2]), mrn=f"MK{rng.integers(10**7, 10**8)}",
                _signup=signup, _pref=pref, _old=old))

    # ---------- visits ----------
    def visit_day(self, lo: datetime, dept: str) -> datetime:
        span = (END - lo).days
        while True:
            d = lo + D(days=int(rng.integers(0, max(span, 1))))
            m = d.month
            w = {1: 1.1, 2: .75, 3: 1.0, 4: .95, 5: .95, 6: .9, 7: .95, 8: .95, 9: 1.0, 10: .85, 11: 1.05, 12: 1.15}[m]
            if dept == "pediatrics" and m in (12, 1, 2):
                w *= 2.0
            if d.year == 2026:
                w *= 1.12
            if rng.random() < w / 2.3:
                return d

    def run(self):
        self.make_customers()
        for c in self.customers:
            seg = c["segment"]
            lam = {"self_pay": 1.1, "insured": 1.7, "corporate": 1.3, "vip": 2.4}[seg]
            lo = max(c["_signup"], START)
            frac = (END - lo).days / (END - START).days
            n = int(rng.poisson(lam * frac))
            if not c["_old"]:
                n = max(n, 1)
            days = []
            for k in range(n):
                dept = self.pick_dept(c)
                if k == 0 and not c["_old"]:
                    days.append((c["_signup"], dept))
                else:
                    d = self.visit_day(lo, dept)
                    days.append((d.replace(hour=int(rng.integers(7, 23)), minute=int(rng.integers(0, 60))), dept))
            for d, dept in sorted(days):
                self.visit(c, d, dept, "first", None)

    def pick_dept(self, c):
        keys = list(DEPTS)
        w = np.array([DEPTS[k][1] for k in keys])
        if c["region"] != "shanghai":
            w[keys.index("international")] = 0
        elif c["preferred_language"] == "en":
            w[keys.index("international")] = 1.5
        w = w / w.sum()
        return keys[int(rng.choice(len(keys), p=w))]

    def visit(self, c, book_ts, dept, vtype, doc, depth=0):
        if book_ts > END:
            return
        self.n_visit += 1
        city = c["region"] if rng.random() < .92 or dept == "international" else pick([x[0] for x in CITIES])
        if dept == "international":
            city = "shanghai"
        if doc is None or rng.random() < .2:
            star_team = dept == "dermatology" and city == "shanghai"
            doc = pick(self.doctors[(city, dept)], [.5, .3, .2] if star_team else None)
        v = dict(visit_id=f"V{self.n_visit:06d}", city=city, dept=dept)
        sess = v["visit_id"]
        chan = c["_pref"] if rng.random() < .8 else pick(["app", "mini_program", "phone"])
        device = "" if chan == "phone" else pick(["ios", "android"], [.45, .55])
        app_ver = ""
        if chan == "app":
            app_ver = "6.3.0" if BUG_START <= book_ts < BUG_END else ("6.3.1" if book_ts >= BUG_END else "6.2.4")
        common = dict(city=city, 院区=CAMPUS_ZH[city], department=dept, 科室=DEPTS[dept][0],
                      visit_type=vtype, 初复诊="初诊" if vtype == "first" else "复诊", insurer=c["insurer"],
                      his_batch=f"H{rng.integers(100, 999)}")
        dcols = dict(doctor_id=doc["doctor_id"], doctor_name=doc["zh"], doctor_title=doc["title"])
        fee = 800 if dept == "international" else TITLE_FEE[doc["title"]][1]
        lead = int(min(rng.geometric(.35) - 1, 10))
        appt = (book_ts + D(days=lead)).replace(hour=int(rng.choice([8, 9, 10, 11, 13, 14, 15, 16])),
                                                minute=int(rng.choice([0, 15, 30, 45])), second=0)
        if appt <= book_ts + D(hours=1):
            appt = (book_ts + D(days=1)).replace(hour=9, minute=30, second=0)
        dch = chan if chan != "phone" else "phone"
        if chan != "phone" and rng.random() < .55:
            self.ev(c, book_ts - D(minutes=int(rng.integers(2, 30))), "tp_doctor_profile", sess, "view", dch, device,
                    app_version=app_ver, **common, **dcols)
        self.ev(c, book_ts, "tp_booking", sess, "submit", dch, device, appointment_at=fmt(appt), lead_days=lead,
                app_version=app_ver, **common, **dcols)
        var = self.exp_variant(c, book_ts) if EXP_START <= book_ts <= EXP_END else None
        # ---- registration payment
        direct = c["insurer"] == "tairui"
        pay_method = "insurance_direct" if direct else ("card" if chan == "phone" else
                                                       pick(["wechat_pay", "alipay"], [.7, .3]) if chan == "app"
                                                       else "wechat_pay")
        bug = chan == "app" and BUG_START <= book_ts < BUG_END
        t = book_ts + D(seconds=int(rng.integers(30, 400)))
        paid = False
        if rng.random() < .03:       # abandoned before paying
            pass
        else:
            fail_p = .62 if bug else .05
            tries = 0
            while tries < 3:
                tries += 1
                if rng.random() < fail_p:
                    reason = "gateway_error" if bug else pick(list(PAYFAIL), [.4, .3, .3])
                    self.ev(c, t, "tp_pay_fail", sess, "fail", dch, device, app_version=app_ver, fail_reason=reason,
                            失败原因=PAYFAIL[reason], amount=fee, pay_method=pay_method, **common)
                    self.order(c, t, fee, "registration", v, "cancelled", dch, device, pay_method=pay_method)
                    retry_p = .15 if bug else .65
                    if rng.random() > retry_p:
                        break
                    t += D(seconds=int(rng.integers(40, 600)))
                    continue
                paid = self.ev(c, t, "tp_reg_payment", sess, "success", dch, device, app_version=app_ver,
                               amount=fee, pay_method=pay_method, **common)
                break
        pay_ts = t
        if bug and not paid and rng.random() < .5:
            self.pay_fail_feedback(c, pay_ts, v, device)
        if not paid:
            if rng.random() < .15 and chan == "app":  # some re-book by phone
                self.visit(c, pay_ts + D(hours=int(rng.integers(1, 48))), dept, vtype, doc, depth + 1)
            return
        # ---- cancel / no-show
        if rng.random() < .05:
            ct = book_ts + (appt - book_ts) * float(rng.uniform(.2, .9))
            if self.ev(c, ct, "tp_cancel", sess, "submit", dch, device, refund_amount=fee, **common):
                self.order(c, pay_ts, fee, "registration", v, "refunded", dch, device, refunded_at=ct + D(hours=2),
                           pay_method=pay_method)
            return
        noshow = .06
        if c["segment"] == "corporate":
            noshow = .26
        if chan == "phone":
            noshow += .03
        if var == "wechat_reminder":
            noshow *= .4
        self.order(c, pay_ts, fee, "registration", v, "paid", dch, device, pay_method=pay_method)
        if rng.random() < noshow:
            return
        ci = appt - D(minutes=int(rng.integers(0, 35)))
        if not self.ev(c, ci, "tp_checkin", sess, "success", "store", "",
                       checkin_method=pick(["kiosk", "front_desk", "app_checkin"], [.45, .3, .25]), **common):
            return
        if city == "wuhan" and dept != "international":
            wait = float(rng.lognormal(np.log(62), .45))
        elif dept == "international":
            wait = float(rng.lognormal(np.log(10), .4))
        else:
            wait = float(rng.lognormal(np.log(20), .5))
        wait = max(1, round(wait))
        cs = ci + D(minutes=wait)
        cmin = int(rng.integers(5, 25)) if dept != "international" else int(rng.integers(20, 45))
        self.ev(c, cs, "tp_consult", sess, "success", "store", "", wait_minutes=wait, consult_minutes=cmin,
                **common, **dcols)
        done = cs + D(minutes=cmin)
        exp = dict(wait=wait, report_h=0, pickup_wait=0, mri_days=0, dispute=False, claim_bad=False, sample=False,
                   lab=False, imaging=False, rx=False, total=fee)
        _, _, p_lab, p_img, p_rx, p_fu, mods = DEPTS[dept]
        if rng.random() < p_lab:
            self.lab(c, v, sess, done, common, pay_method, exp)
        if rng.random() < p_img:
            self.imaging(c, v, sess, done, common, pay_method, mods, exp)
        if rng.random() < p_rx:
            self.pharmacy(c, v, sess, done, common, pay_method, exp)
        if rng.random() < .9:   # e-bill and disputes
            self.dispute(c, v, sess, done, common, exp)
        if c["insurer"] and not direct and rng.random() < .72:
            self.claim(c, v, done, common, exp)
        self.survey(c, v, done, doc, exp, device)
        if rng.random() < (p_fu if vtype == "first" else .12) and depth < 4:
            rt = done + D(days=int(rng.integers(7, 29)), hours=int(rng.integers(0, 5)))
            rch = "mini_program" if c["wechat_bound"] == "Y" else "sms"
            if self.ev(c, rt.replace(hour=10, minute=0), "tp_followup_remind", sess, "sent",
                       "mini_program" if rch == "mini_program" else "other", "", reminder_channel=rch, **common):
                if rng.random() < (.66 if rch == "mini_program" else .5):
                    bt = rt.replace(hour=10) + D(days=int(rng.integers(0, 12)), hours=int(rng.integers(1, 11)))
                    self.visit(c, bt, dept, "followup", doc, depth + 1)

    def exp_variant(self, c, ts):
        if "_exp" not in c:
            c["_exp"] = pick(["control", "wechat_reminder"])
            self.exp.append(dict(experiment_id="exp_noshow_reminder", variant=c["_exp"], customer_id=c["customer_id"],
                                 assigned_at=fmt(ts)))
        return c["_exp"]

    def lab(self, c, v, sess, t, common, pay_method, exp):
        test = pick(list(TESTS), [.35, .25, .15, .15, .10])
        zh, price, (h0, h1) = TESTS[test]
        tc = dict(test_type=test, 检验项目=zh)
        exp["lab"] = True
        if not self.ev(c, t + D(minutes=1), "tp_test_order", sess, "success", "store", "", **tc, **common):
            return
        if rng.random() > .94:
            return
        tp = t + D(minutes=int(rng.integers(3, 40)))
        if not self.ev(c, tp, "tp_test_payment", sess, "success", "app", "", amount=price, pay_method=pay_method,
                       **tc, **common):
            return
        self.order(c, tp, price, "lab", v, "paid", "app", pay_method=pay_method)
        exp["total"] += price
        if rng.random() > .97:
            return
        ts = tp + D(minutes=int(rng.integers(5, 45)))
        if not self.ev(c, ts, "tp_sample", sess, "success", "store", "", **tc, **common):
            return
        exp["sample"] = True
        if rng.random() > .995:
            return
        hours = float(rng.uniform(h0, h1))
        exp["report_h"] = hours
        tr = ts + D(hours=hours)
        if not self.ev(c, tr, "tp_lab_report", sess, "success", "other", "", report_hours=round(hours, 1), **tc,
                       **common):
            return
        p_view = .35 if c["_pref"] == "phone" else .8
        if rng.random() < p_view:
            ch = "app" if c["_pref"] == "app" else "mini_program"
            self.ev(c, tr + D(hours=float(rng.uniform(.2, 60))), "tp_report_view", sess, "view", ch,
                    pick(["ios", "android"], [.45, .55]), **tc, **common)

    def imaging(self, c, v, sess, t, common, pay_method, mods, exp):
        mod = pick(list(mods), list(mods.values()))
        zh, price = MODALITY[mod]
        mc = dict(modality=mod, 检查类型=zh)
        exp["imaging"] = True
        if not self.ev(c, t + D(minutes=2), "tp_imaging_order", sess, "success", "store", "", **mc, **common):
            return
        if rng.random() > .93:
            return
        ta = t + D(minutes=int(rng.integers(5, 90)))
        if mod in ("XR", "US"):
            wait_days = 0.0
        elif mod == "CT":
            wait_days = float(rng.uniform(0, 2.5))
        elif v["city"] == "hangzhou":
            wait_days = float(rng.uniform(9, 21))
        else:
            wait_days = float(rng.uniform(1, 6))
        te = (ta + D(days=wait_days)) if wait_days >= 1 else ta + D(minutes=int(rng.integers(20, 150)))
        if wait_days >= 1:
            te = te.replace(hour=int(rng.integers(8, 20)), minute=int(rng.choice([0, 20, 40])))
        if not self.ev(c, ta, "tp_imaging_appt", sess, "success", "app", "", amount=price, pay_method=pay_method,
                       exam_at=fmt(te), **mc, **common):
            return
        exp["mri_days"] = wait_days if mod == "MRI" else 0
        p_exam = .70 if (mod == "MRI" and v["city"] == "hangzhou") else .96
        if rng.random() > p_exam:
            self.order(c, ta, price, "imaging", v, "refunded", "app", refunded_at=te + D(days=1), pay_method=pay_method)
            return
        self.order(c, ta, price, "imaging", v, "paid", "app", pay_method=pay_method)
        exp["total"] += price
        if not self.ev(c, te, "tp_imaging_exam", sess, "success", "store", "", exam_wait_days=round(
                (te - ta).total_seconds() / 86400, 2), **mc, **common):
            return
        if rng.random() > .99:
            return
        self.ev(c, te + D(hours=float(rng.uniform(1, 30))), "tp_imaging_report", sess, "success", "other", "", **mc,
                **common)

    def pharmacy(self, c, v, sess, t, common, pay_method, exp):
        exp["rx"] = True
        amt = round(float(np.clip(rng.lognormal(np.log(190), .7), 12, 3000)), 2)
        items = int(rng.integers(1, 6))
        if not self.ev(c, t + D(minutes=1), "tp_prescription", sess, "success", "store", "", rx_items=items,
                       **common):
            return
        tr = t + D(minutes=int(rng.integers(3, 20)))
        if rng.random() > .97:
            self.ev(c, tr, "tp_rx_review", sess, "fail", "other", "", review_result="returned_to_doctor", **common)
            return
        if not self.ev(c, tr, "tp_rx_review", sess, "success", "other", "", review_result="approved", **common):
            return
        if rng.random() > .93:
            return
        tp = tr + D(minutes=int(rng.integers(2, 30)))
        if not self.ev(c, tp, "tp_rx_payment", sess, "success", "app", "", amount=amt, pay_method=pay_method,
                       **common):
            return
        self.order(c, tp, amt, "pharmacy", v, "paid", "app", pay_method=pay_method)
        exp["total"] += amt
        if v["city"] == "chengdu":
            qw = float(rng.lognormal(np.log(34), .4))
            p_pick = .90
        else:
            qw = float(rng.lognormal(np.log(9), .5))
            p_pick = .97
        if rng.random() > p_pick:
            return
        qw = max(1, round(qw))
        exp["pickup_wait"] = qw
        self.ev(c, tp + D(minutes=qw), "tp_pharmacy_pickup", sess, "success", "store", "", pickup_wait_minutes=qw,
                window_no=int(rng.integers(1, 7)), **common)

    def dispute(self, c, v, sess, t, common, exp):
        after = t >= HIS_GO_LIVE
        p = .065 if after else .012
        if t >= datetime(2026, 1, 1):
            p = .085
        if rng.random() > p:
            return
        reason = pick(list(DISPUTE), [.66, .14, .1, .1] if after else [.12, .38, .25, .25])
        td = t + D(days=int(rng.integers(1, 15)), hours=int(rng.integers(0, 8)))
        ch = pick(["phone", "app", "mini_program"], [.5, .25, .25])
        if not self.ev(c, td, "tp_dispute", sess, "submit", ch, "", dispute_reason=reason, 申诉原因=DISPUTE[reason],
                       **common):
            return
        exp["dispute"] = True
        amt = exp["total"] if reason != "duplicate_charge" else min(exp["total"], 800)
        resolved = rng.random() < .86
        tr = td + D(days=int(rng.integers(2, 21)))
        if reason == "duplicate_charge":
            self.order(c, t + D(minutes=5), amt, "lab" if exp["lab"] else "registration", v,
                       "refunded" if resolved and tr <= END else "paid", "app",
                       refunded_at=tr if resolved and tr <= END else None, pay_method="wechat_pay")
        if resolved:
            self.ev(c, tr, "tp_dispute_resolved", sess, "success", ch, "", dispute_reason=reason,
                    申诉原因=DISPUTE[reason], refund_amount=amt if reason != "unclear_items" else 0, **common)
        lang = c["preferred_language"]
        zh_t = {"duplicate_charge": ["同一项检查被重复收费了，请尽快退款", "账单上有重复收费，要求退款", "药费重复收费，被扣了两次"],
                "unclear_items": ["收费明细看不懂，好像多收了钱", "账单收费项目没有解释清楚"],
                "direct_billing_missed": ["明明有商保直付，却按自费收费了"],
                "refund_missing": ["取消预约的退款一直没到账，收费处让我再等"]}[reason]
        en_t = {"duplicate_charge": ["I was charged twice for the same test", "There is a duplicate charge on my bill"],
                "unclear_items": ["The bill is confusing and I think I was overcharged"],
                "direct_billing_missed": ["I have direct billing but was charged twice - once by the insurer and "
                                          "once on my card"],
                "refund_missing": ["My refund has not arrived and I feel I was charged twice"]}[reason]
        text = pick(zh_t) + "。" if lang == "zh" else pick(en_t) + "."
        self.fb(c, td, "tp_dispute", "complaint_ticket", ["billing"], lang, visit=v, text=text)

    def claim(self, c, v, t, common, exp):
        self.n_claim += 1
        cid = f"CL{self.n_claim:05d}"
        ins = c["insurer"]
        cc = dict(claim_id=cid, visit_id=v["visit_id"], claim_amount=round(exp["total"], 2), **common)
        ts = t + D(days=int(rng.integers(1, 10)), hours=int(rng.integers(0, 10)))
        if not self.ev(c, ts, "tp_claim_submit", cid, "submit", "app", pick(["ios", "android"]), **cc):
            return
        gc = ins == "globalcare"
        tr = ts + D(days=int(rng.integers(1, 4)))
        if rng.random() < (.48 if gc else .12):
            if not self.ev(c, tr, "tp_claim_docs", cid, "request", "app", "", **cc):
                return
            if rng.random() < .15:
                exp["claim_bad"] = True
                return
            tr = tr + D(days=int(rng.integers(3, 12)))
        if not self.ev(c, tr, "tp_claim_review", cid, "success", "other", "", **cc):
            return
        td = tr + D(days=int(rng.integers(1, 6)))
        if rng.random() < (.68 if gc else .90):
            if not self.ev(c, td, "tp_claim_approved", cid, "success", "other", "", **cc):
                return
            tp = td + D(days=int(rng.integers(9, 24)) if gc else int(rng.integers(2, 9)))
            if rng.random() < .99:
                self.ev(c, tp, "tp_claim_paid", cid, "success", "other", "", paid_amount=round(exp["total"] * .8, 2),
                        **cc)
                if (tp - ts).days > 25:
                    exp["claim_bad"] = True
        else:
            r = pick(list(REJECT), [.35, .2, .3, .15] if gc else [.45, .25, .1, .2])
            self.ev(c, td, "tp_claim_rejected", cid, "fail", "other", "", reject_reason=r, 拒赔原因=REJECT[r], **cc)
            exp["claim_bad"] = True
        if exp["claim_bad"] and rng.random() < .35:
            lang = c["preferred_language"]
            ch = pick(["wechat", "call_note"])
            fts = tr + D(days=int(rng.integers(5, 20)))
            if fts <= END:
                if ch == "wechat" and rng.random() < .4:
                    fts = None
                self.fb(c, fts, "tp_claim_review", ch, ["claim"], lang, visit=v)

    def pay_fail_feedback(self, c, t, v, device):
        lang = c["preferred_language"]
        if rng.random() < .6:
            self.fb(c, t + D(hours=float(rng.uniform(.2, 30))), "tp_reg_payment", "app_review", ["pay_fail"], lang,
                    rating=pick([1, 2], [.85, .15]), visit=v)
        else:
            self.fb(c, t + D(hours=float(rng.uniform(.1, 5))), "tp_reg_payment", "call_note", ["pay_fail"], lang,
                    visit=v)

    def survey(self, c, v, t, doc, exp, device):
        lang = c["preferred_language"]
        neg = []
        if exp["wait"] > 55 and rng.random() < .75:
            neg.append("long_wait")
        if exp["pickup_wait"] > 28 and rng.random() < .6:
            neg.append("pharmacy_queue")
        if exp["report_h"] > 40 and rng.random() < .4:
            neg.append("report_slow")
        if exp["mri_days"] > 8 and rng.random() < .8:
            neg.append("mri_wait")
        if exp["dispute"] and rng.random() < .5:
            neg.append("billing")
        if v["city"] == "hangzhou" and rng.random() < .18:
            neg.append("parking")
        star = doc["doctor_id"] == "DR900"
        p_resp = .24 + (.2 if star else 0) + (.1 if neg else 0)
        if rng.random() > p_resp:
            return
        topics = list(neg[:2])
        if star and rng.random() < .8:
            topics.append("doctor_praise")
        elif not topics:
            topics.append(pick(["doctor_praise", "nurse_praise", "smooth", "neutral", "none"],
                               [.22, .12 if exp["sample"] else 0, .3, .18, .18 + (0 if exp["sample"] else .12)]))
        if "nurse_praise" in topics and not exp["sample"]:
            topics = ["smooth"]
        neg_n = sum(t_ in NEG for t_ in topics)
        if neg_n:
            rating = pick([1, 2, 3], [.35, .45, .2]) if neg_n == len(topics) else pick([2, 3, 4], [.3, .5, .2])
        elif topics[0] == "neutral":
            rating = pick([3, 4], [.6, .4])
        else:
            rating = pick([4, 5], [.3, .7])
        ts = t + D(hours=float(rng.uniform(2, 72)))
        if ts > END:
            return
        tp = TOPIC_TP[topics[0]] if topics[0] != "none" else "tp_consult"
        if topics == ["none"]:
            self.fb(c, ts, "tp_consult", "survey", [], lang, rating=rating, visit=v, doc=doc,
                    text="（无评论）" if lang == "zh" else "(no comment)")
            return
        self.fb(c, ts, tp, "survey", topics, lang, rating=rating, visit=v, doc=doc)

    # ---------- standalone feedback ----------
    def extra_feedback(self):
        custs = self.customers
        # app-store reviews about the booking app (outside the March bug)
        for _ in range(260):
            c = custs[int(rng.integers(len(custs)))]
            ts = START + D(minutes=int(rng.integers(0, int((END - START).total_seconds() // 60))))
            topic = pick(["app_easy", "no_slot", "pay_fail", "neutral"], [.5, .3, .06, .14])
            rating = {"app_easy": pick([4, 5], [.3, .7]), "no_slot": pick([1, 2, 3], [.3, .4, .3]),
                      "pay_fail": pick([1, 2], [.85, .15]), "neutral": 3}[topic]
            self.fb(c, ts, "tp_booking" if topic == "neutral" else TOPIC_TP[topic], "app_review", [topic],
                    c["preferred_language"], rating=rating)
        # WeChat service-account messages (often without a timestamp in the export)
        for _ in range(320):
            c = custs[int(rng.integers(len(custs)))]
            ts = START + D(minutes=int(rng.integers(0, int((END - START).total_seconds() // 60))))
            w = {"enquiry": .34, "no_slot": .18, "long_wait": .12, "parking": .08, "billing": .1, "smooth": .1,
                 "app_easy": .08}
            if ts >= HIS_GO_LIVE:
                w["billing"] = .3
            if c["region"] != "wuhan":
                w["long_wait"] = .03
            if c["region"] != "hangzhou":
                w["parking"] = .01
            else:
                w["mri_wait"] = .08
            keys = list(w)
            p = np.array(list(w.values()))
            topic = keys[int(rng.choice(len(keys), p=p / p.sum()))]
            self.fb(c, None if rng.random() < .4 else ts, TOPIC_TP[topic], "wechat", [topic], c["preferred_language"])
        # hotline call notes
        for _ in range(220):
            c = custs[int(rng.integers(len(custs)))]
            ts = START + D(minutes=int(rng.integers(0, int((END - START).total_seconds() // 60))))
            w = {"no_slot": .3, "report_slow": .2, "billing": .15, "enquiry": .35}
            if c["region"] == "hangzhou":
                w["mri_wait"] = .12
            if ts >= HIS_GO_LIVE:
                w["billing"] = .4
            keys = list(w)
            p = np.array(list(w.values()))
            topic = keys[int(rng.choice(len(keys), p=p / p.sum()))]
            self.fb(c, ts, TOPIC_TP[topic], "call_note", [topic], c["preferred_language"])
        # quarterly NPS survey of patients seen in the quarter
        seen = {}
        for e in self.events:
            if e["touchpoint_id"] == "tp_consult":
                t = datetime.strptime(e["ts"], "%Y-%m-%d %H:%M:%S")
                q = (t.year, (t.month - 1) // 3)
                seen.setdefault(q, {})[e["customer_id"]] = e
        byid = {c["customer_id"]: c for c in custs}
        for (y, qq), who in sorted(seen.items()):
            send = datetime(y, 3 * qq + 1, 1) + D(days=92)
            if send > END:
                send = datetime(2026, 5, 25)
            ids = sorted(who)
            for cid in ids:
                if rng.random() > .12:
                    continue
                c, e = byid[cid], who[cid]
                city = e["city"]
                base = {"wuhan": 6.2, "hangzhou": 7.6, "chengdu": 7.8, "shanghai": 8.4}[city]
                if c["segment"] == "vip":
                    base += .6
                nps = int(np.clip(round(rng.normal(base, 1.8)), 0, 10))
                ts = send + D(days=int(rng.integers(0, 6)), hours=int(rng.integers(8, 22)))
                if ts > END:
                    ts = END - D(hours=int(rng.integers(1, 100)))
                if rng.random() < .5:
                    topic = (pick(["long_wait", "neutral"], [.7, .3]) if city == "wuhan" else "neutral") \
                        if nps <= 6 else ("neutral" if nps <= 8 else "smooth")
                    if nps <= 6 and city == "hangzhou" and rng.random() < .5:
                        topic = "parking"
                    self.fb(c, ts, TOPIC_TP[topic], "nps_survey", [topic], c["preferred_language"], nps=nps,
                            visit=dict(visit_id=e["session_id"], city=city, dept=e["department"]))
                else:
                    self.fb(c, ts, None, "nps_survey", [], c["preferred_language"], nps=nps,
                            text="（未填写）" if c["preferred_language"] == "zh" else "(left blank)",
                            visit=dict(visit_id=e["session_id"], city=city, dept=e["department"]))


def write(path: Path, rows):
    cols = []
    for r in rows:
        for k in r:
            if k not in cols and not k.startswith("_"):
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([[r.get(k, "") for k in cols] for r in rows])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.extra_feedback()
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    g.feedback.sort(key=lambda f: f["feedback_id"])
    idx = rng.choice(len(g.events), 24, replace=False)
    dup = [dict(g.events[int(i)]) for i in idx]   # exact duplicate rows from a re-sent export batch
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)])
    write(out / "customers.csv", g.customers)
    write(out / "events.csv", g.events + dup)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "experiments.csv", g.exp)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)}, events {len(g.events)} (+{len(dup)} dup), orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
