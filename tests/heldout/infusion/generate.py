"""康途 CarePath: outpatient infusion centres in Chengdu (2), Wuhan, Singapore and Kuala Lumpur. Synthetic, written
blind.

A specialist (oncology, rheumatology, gastroenterology, haematology, infectious disease, a GP) refers a patient for an
infusion course (iron, a biologic such as infliximab, IVIG, IV antibiotics or hydration). The intake team logs the
referral, the patient uploads documents in the CarePath app / mini program, the insurance desk submits a
pre-authorisation to the patient's insurer, the insurer approves or denies it (denied patients may go self-pay), the
patient books an infusion chair, gets a reminder two days before, checks in, a nurse assesses them (and may defer the
dose: missing labs, high blood pressure, fever, low haemoglobin), the infusion runs on a chair with a named nurse,
the patient is watched for infusion reactions, pays the copay, rebooks the next dose at the chair (or later in the
app), and answers a satisfaction survey. Patients also cancel, miss sessions, get sessions cancelled by the centre
(drug out of stock, nurse off sick, chair fault), dispute bills, post reviews and call the hotline.

Data 2024-07-01 .. 2026-05-31 (extract taken 2026-06-04, six months before "today" 2026-12-01). Naive local time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260604), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260604
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 5, 31, 23, 59, 59)
WUH_AUTH = (datetime(2025, 9, 1), datetime(2026, 2, 28, 23, 59))     # Hekang Life's new pre-auth portal: slow in Wuhan
GX_SHORT = (datetime(2025, 11, 1), datetime(2026, 1, 31, 23, 59))    # IVIG and infliximab out of stock at Chengdu Hi-Tech (distributor lapse)
GX_ALT = (datetime(2025, 12, 1), datetime(2026, 2, 28, 23, 59))      # substitute IVIG brand at Chengdu Hi-Tech
KUL_CHAIRS = (datetime(2026, 1, 1), END)                              # KL lost two nurses: long waits, few slots
SIN_BILL = (datetime(2026, 3, 1), datetime(2026, 5, 15, 23, 59))      # Singapore billing system double-charges
APP_BUG = (datetime(2025, 12, 1), datetime(2026, 1, 15, 23, 59))      # app 5.2.0 upload fails on Android
AB = (datetime(2025, 8, 1), datetime(2025, 10, 31, 23, 59, 59))       # prep-checklist reminder test
AB_END = datetime(2025, 11, 30, 23, 59, 59)
ROLLOUT = datetime(2026, 1, 1)                                        # checklist reminder for everyone
DUP = (datetime(2026, 4, 6), datetime(2026, 4, 12, 23, 59))           # KL front desk re-sent its check-ins

CNY = {"CNY": 1.0, "SGD": 5.30, "MYR": 1.55}
CENTRES = {
    "CTU-JJ": dict(zh="成都锦江中心", en="Chengdu Jinjiang", city_zh="成都", city="Chengdu", cur="CNY", w=0.25,
                   nurses=[("JJ-N01", "王敏"), ("JJ-N02", "刘畅"), ("JJ-N03", "陈雪"), ("JJ-N04", "杨丽")], chairs=14),
    "CTU-GX": dict(zh="成都高新中心", en="Chengdu Hi-Tech", city_zh="成都", city="Chengdu", cur="CNY", w=0.19,
                   nurses=[("GX-N01", "周婷"), ("GX-N02", "吴倩"), ("GX-N03", "徐静")], chairs=10),
    "WUH": dict(zh="武汉光谷中心", en="Wuhan Optics Valley", city_zh="武汉", city="Wuhan", cur="CNY", w=0.22,
                nurses=[("WH-N01", "胡蓉"), ("WH-N02", "郭佳"), ("WH-N03", "何芳"), ("WH-N04", "罗晶")], chairs=12),
    "SIN": dict(zh="新加坡诺维娜中心", en="Singapore Novena", city_zh="新加坡", city="Singapore", cur="SGD", w=0.19,
                nurses=[("SG-N01", "Tan Mei Ling"), ("SG-N02", "Priya Raman"), ("SG-N03", "Nur Aisyah")], chairs=10),
    "KUL": dict(zh="吉隆坡孟沙中心", en="Kuala Lumpur Bangsar", city_zh="吉隆坡", city="Kuala Lumpur", cur="MYR",
                w=0.15, nurses=[("KL-N01", "Siti Aminah"), ("KL-N02", "Lim Wei Jie"), ("KL-N03", "Kavitha Devi"),
                                 ("KL-N04", "Farah Izzati")], chairs=8),
}
NEW_NURSE = ("WH-N04", datetime(2025, 7, 1))          # new graduate from July 2025: many cannula attempts
KL_LEFT = {"KL-N03", "KL-N04"}                        # left at the end of 2025
THERAPY = {  # zh, drug, drug_zh, minutes, doses (lo, hi), interval days, cost (CNY, SGD, MYR)
    "iron": ("补铁输液", "ferric_carboxymaltose", "羧基麦芽糖铁", 30, (1, 2), [7], (1800, 620, 1400)),
    "biologic": ("生物制剂", "infliximab", "英夫利西单抗", 120, (3, 9), [14, 28, 56], (5200, 2400, 5600)),
    "ivig": ("免疫球蛋白", "ivig", "静注人免疫球蛋白", 210, (3, 10), [28], (6800, 3300, 7800)),
    "antibiotic": ("静脉抗生素", "ceftriaxone", "头孢曲松", 30, (4, 8), [1], (420, 190, 380)),
    "hydration": ("补液治疗", "saline_electrolyte", "补液", 90, (1, 3), [5], (380, 160, 320)),
}
THER_P = {"iron": 0.3, "biologic": 0.22, "ivig": 0.14, "antibiotic": 0.18, "hydration": 0.16}
REFERRER = {"oncology": "肿瘤科", "rheumatology": "风湿免疫科", "gastroenterology": "消化科", "haematology": "血液科",
            "infectious_disease": "感染科", "gp": "全科医生", "self": "自行来诊"}
REF_BY_THER = {"iron": ["haematology", "gastroenterology", "gp", "oncology", "self"],
               "biologic": ["rheumatology", "gastroenterology"], "ivig": ["haematology", "rheumatology", "oncology"],
               "antibiotic": ["infectious_disease", "gp"], "hydration": ["oncology", "gp", "self"]}
PLANS = {  # plan: zh, copay share, insurer list (id, zh, en)
    "cn_employee": ("职工医保", 0.15, [("cn_mbureau", "医保局", "Medical Insurance Bureau")]),
    "cn_resident": ("居民医保", 0.32, [("cn_mbureau", "医保局", "Medical Insurance Bureau")]),
    "cn_commercial": ("商业医疗险", 0.08, [("hekang", "和康人寿", "Hekang Life"), ("anxin", "安信健康", "Anxin Health")]),
    "sg_shield": ("综合健保计划", 0.10, [("lionshield", "狮盾保险", "LionShield"), ("merlion", "鱼尾狮健康",
                                                                                  "Merlion Health")]),
    "sg_medishield": ("终身健保", 0.25, [("cpf_msl", "公积金终身健保", "MediShield Life")]),
    "my_panel": ("企业医疗卡", 0.05, [("medpanel", "MedPanel企业卡", "MedPanel")]),
    "my_private": ("私人医疗险", 0.18, [("taman", "塔曼保险", "Taman Assurance"), ("kenanga", "肯纳加健康",
                                                                              "Kenanga Health")]),
}
PLAN_BY_CUR = {"CNY": (["cn_employee", "cn_resident", "cn_commercial"], [0.5, 0.25, 0.25]),
               "SGD": (["sg_shield", "sg_medishield"], [0.6, 0.4]),
               "MYR": (["my_panel", "my_private"], [0.45, 0.55])}
DEFER = {"missing_labs": "缺化验单", "high_bp": "血压偏高", "fever": "发热", "low_hb": "血红蛋白偏低"}
DENY = {"not_covered": "不在保障范围", "missing_docs": "资料不全", "oral_first": "需先试口服治疗"}
CCANCEL = {"drug_shortage": "药品缺货", "nurse_sick": "护士病假", "chair_fault": "输液椅故障"}
DISPUTE = {"duplicate_charge": "重复扣费", "plan_not_applied": "保险未抵扣", "price_query": "费用疑问"}
CANCEL_R = {"feeling_unwell": "身体不适", "schedule_clash": "时间冲突", "transport": "交通不便", "other": "其他"}
OTYPE = {"session_copay": "输液自付", "self_pay": "自费输液", "late_cancel_fee": "迟取消费", "no_show_fee": "爽约费"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_referral", "转诊受理", "Referral intake", "awareness", "phone", "digital", "intake",
     "转诊|转介|referral|referral intake|intake"),
    ("tp_doc_upload", "资料上传", "Document upload", "consideration", "app", "digital", "digital",
     "上传资料|传资料|upload|documents|portal upload"),
    ("tp_preauth_submit", "预授权提交", "Pre-auth submitted", "consideration", "other", "digital", "insurance_desk",
     "报预授权|预授权申请|pre-auth|preauthorisation|prior authorization|PA submission"),
    ("tp_preauth_approved", "预授权批准", "Pre-auth approved", "purchase", "other", "digital", "insurance_desk",
     "批了|预授权通过|approval|PA approved"),
    ("tp_preauth_denied", "预授权被拒", "Pre-auth denied", "purchase", "other", "digital", "insurance_desk",
     "拒赔|被拒|denial|PA denied"),
    ("tp_chair_booking", "输液椅预约", "Chair booking", "purchase", "app", "digital", "scheduling",
     "约椅位|预约|booking|chair booking|appointment"),
    ("tp_reminder", "治疗前提醒", "Pre-visit reminder", "service", "other", "digital", "scheduling",
     "提醒|短信提醒|reminder"),
    ("tp_patient_cancel", "患者取消", "Patient cancellation", "service", "app", "digital", "scheduling",
     "取消预约|退约|cancellation|cancel"),
    ("tp_no_show", "爽约", "No-show", "service", "store", "physical", "scheduling", "放鸽子|没来|no show|DNA"),
    ("tp_centre_cancel", "中心取消", "Centre-cancelled session", "service", "store", "physical", "operations",
     "院方取消|停诊|centre cancellation|cancelled by us"),
    ("tp_checkin", "到院签到", "Check-in", "service", "store", "physical", "front_desk", "签到|报到|check in|arrival"),
    ("tp_nurse_assess", "护士评估", "Nurse assessment", "service", "store", "physical", "nursing",
     "评估|输前评估|pre-infusion assessment|vitals"),
    ("tp_infusion", "输液治疗", "Infusion session", "service", "store", "physical", "nursing",
     "输液|打针|吊瓶|infusion|drip|session"),
    ("tp_reaction_watch", "输液反应观察", "Reaction monitoring", "service", "store", "physical", "nursing",
     "观察|不良反应|reaction check|observation"),
    ("tp_rebook", "续约下次疗程", "Rebook next dose", "loyalty", "store", "physical", "front_desk",
     "续约|约下次|rebook|next dose booking"),
    ("tp_bill_dispute", "账单申诉", "Billing dispute", "service", "phone", "digital", "billing",
     "账单投诉|扣费申诉|billing complaint|dispute"),
    ("tp_survey", "满意度回访", "Satisfaction survey", "loyalty", "mini_program", "digital", "cx",
     "回访|问卷|survey|CSAT"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("intake", "转诊到首次输液", "Referral to first infusion", 30,
     ["tp_referral", "tp_preauth_submit", "tp_preauth_approved", "tp_chair_booking", "tp_infusion"]),
    ("infusion_day", "输液当天流程", "Infusion day", 1,
     ["tp_checkin", "tp_nurse_assess", "tp_infusion", "tp_reaction_watch"]),
    ("continuation", "续疗", "Course continuation", 7, ["tp_infusion", "tp_rebook"]),
]

TEXT = {  # topic: (sentiment, zh templates, en templates); the first word listed in MARKERS is in every template
    "preauth": ("negative",
                ["预授权等了快三个星期还没批，医生开的药一直打不上", "保险预授权批得太慢，打电话问只说在审核中",
                 "预授权材料交了两次，还是没有进度，能不能有人跟进一下", "等预授权等到病情都加重了，流程太慢"],
                ["The pre-auth took almost three weeks, my doctor wanted me started already",
                 "Still no pre-auth decision after two weeks, nobody calls back",
                 "Submitted the pre-auth paperwork twice and heard nothing",
                 "Why does the insurer pre-auth take so long? I just want to start treatment"]),
    "waiting": ("negative",
                ["预约九点，在候诊区坐到十点半才有输液椅", "候诊时间太长了，一个多小时才轮到我",
                 "候诊区人太多，椅位明显不够", "每次来都要在候诊区干坐一个小时"],
                ["Booked for 9am and was still in the waiting room at 10:30",
                 "Over an hour in the waiting room before a chair was free",
                 "The waiting room was packed, clearly not enough chairs",
                 "Every visit I sit in the waiting room for an hour first"]),
    "cannula": ("negative",
                ["扎针扎了三次才扎进去，手背都青了", "护士扎针不太熟练，来回找血管，很疼",
                 "这次扎针失败了两回，希望安排有经验的护士", "扎针太痛苦了，下次能不能换个护士"],
                ["It took three goes to get the cannula in, my hand is bruised",
                 "The cannula failed twice, very painful experience",
                 "Nurse struggled with the cannula, please put experienced staff on",
                 "Another failed cannula today, I dread coming in"]),
    "shortage": ("negative",
                 ["说缺药，临时取消了我的输液，病情不能等啊", "又是因为缺药被取消，至少提前通知一下",
                  "缺药缺了快一个月，只能一直改期", "到了才说缺药，白跑一趟"],
                 ["My session was cancelled because the drug was out of stock",
                  "Second time the medicine was out of stock, at least tell us earlier",
                  "Drug out of stock again, I keep getting rescheduled",
                  "Turned up only to hear the IVIG was out of stock"]),
    "billing": ("negative",
                ["账单重复扣了两次钱，申诉了还没退回来", "账单上保险部分没有抵扣，金额不对",
                 "这个月的账单看不懂，多收了一笔", "账单出错好几次了，每次都要自己去查"],
                ["I was charged twice on my bill and still waiting for the refund",
                 "My bill didn't apply the Shield plan, the amount is wrong",
                 "Got a bill for a session I already paid",
                 "The bill was wrong again, I have to check every single one"]),
    "parking": ("negative",
                ["停车太难了，绕了三圈才找到车位", "中心附近停车贵又难找", "停车场经常满，带老人来很麻烦"],
                ["Parking around the centre is a nightmare", "Parking is expensive and always full",
                 "Had to circle for twenty minutes for parking"]),
    "cold": ("negative",
             ["输液室空调太冷了，输三个小时冻得发抖", "屋里太冷了，建议多备几条毯子"],
             ["The infusion room is freezing, bring a jacket", "Freezing in there for three hours, turn the AC down"]),
    "reaction_care": ("positive",
                      ["输到一半出现过敏反应，护士马上处理了，很专业", "有点过敏反应，护士一直在旁边观察，很安心"],
                      ["Had a mild reaction halfway and the team handled it straight away",
                       "I had a reaction and the nurse stopped the drip immediately, very professional"]),
    "nurse_praise": ("positive",
                     ["护士很耐心，每一步都讲得很清楚", "{nurse}护士特别耐心，态度也好", "护士们都很耐心细致"],
                     ["The nurses are so gentle and kind", "Nurse {nurse} was really gentle and explained everything",
                      "Gentle, caring nursing team"]),
    "comfort": ("positive",
                ["输液椅很舒服，还有毯子和热水", "环境安静舒服，输三个小时也不难受"],
                ["Comfortable recliners and blankets make a long session bearable",
                 "Quiet and comfortable, the time passed quickly"]),
    "checklist": ("positive",
                  ["治疗前的准备清单提醒很有用，化验单都提前备好了", "提醒里附了准备清单，这次一次就过了评估"],
                  ["The prep checklist in the reminder was really helpful, I brought my labs",
                   "Loved the checklist message two days before, no surprises at assessment"]),
    "app_praise": ("positive",
                   ["在小程序上约椅位很方便", "预约改约都很方便"],
                   ["Booking a chair in the app is so convenient", "Rescheduling is quick and convenient"]),
    "upload_fail": ("negative",
                    ["上传化验单一直失败，换了几次网络都不行", "资料上传到一半就闪退"],
                    ["Upload of my lab results keeps failing", "App crashes halfway through the document upload"]),
    "neutral": ("neutral",
                ["还可以，没什么特别的", "一切正常，按时完成", "整体还行"],
                ["It was fine, nothing special", "All done on time, no issues", "Okay overall"]),
}
MARKERS = {"preauth": ("预授权", "pre-auth"), "waiting": ("候诊", "waiting room"), "cannula": ("扎针", "cannula"),
           "shortage": ("缺药", "out of stock"), "billing": ("账单", "bill"), "parking": ("停车", "parking"),
           "cold": ("太冷", "freezing"), "reaction_care": ("过敏反应", "reaction"), "nurse_praise": ("耐心", "gentle"),
           "comfort": ("舒服", "comfortable"), "checklist": ("清单", "checklist"), "app_praise": ("方便", "convenient"),
           "upload_fail": ("上传", "upload")}
PREFIX_ZH = ["", "", "", "说实话，", "第三次来了，", "反馈一下：", "家属代写：", "总的来说，"]
PREFIX_EN = ["", "", "", "Honestly, ", "Third visit here. ", "Feedback: ", "Writing for my mum: ", "Overall, "]


class Gen:
    def __init__(self):
        self.g = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth, self.exp, self.customers = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_visit = 0
        self.assigned = {}

    def r(self):
        return float(self.g.random())

    def pick(self, items, p=None):
        return items[int(self.g.choice(len(items), p=p))]

    # ---------------------------------------------------------------- rows
    def centre_kw(self, sid):
        c = CENTRES[sid]
        return {"centre_id": sid, "centre_en": c["en"], "中心": c["zh"], "city_en": c["city"], "城市": c["city_zh"]}

    def ev(self, p, ts, tp, action, **kw):
        if ts > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"ev{self.n_ev:07d}", customer_id=p["id"], ts=ts, touchpoint_id=tp, action=action,
                   **self.centre_kw(p["centre"]), therapy=p["therapy"], 疗法=THERAPY[p["therapy"]][0],
                   plan=p["plan"], insurer=p["ins"][2], 保险方=p["ins"][1])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, p, ts, otype, local, status="paid", **kw):
        if ts > END:
            return
        self.n_ord += 1
        cur = CENTRES[p["centre"]]["cur"]
        local = round(float(local), 2)
        row = dict(order_id=f"INV{self.n_ord:06d}", customer_id=p["id"], ts=ts, amount=local, currency=cur,
                   amount_cny=round(local * CNY[cur], 2), status=status, order_type=otype, 订单类型=OTYPE[otype],
                   **self.centre_kw(p["centre"]), therapy=p["therapy"], plan=p["plan"], insurer=p["ins"][2],
                   保险方=p["ins"][1])
        row.update(kw)
        self.orders.append(row)
        p["paid_cny"] += row["amount_cny"] if status == "paid" else 0

    def add_fb(self, topic, lang, channel, ts=None, p=None, sid=None, tp=None, rating=None, nps=None, nurse=None,
               **kw):
        if ts is not None and ts > END:
            return
        sent, zh, en = TEXT[topic]
        tpl = self.pick(zh if lang == "zh" else en)
        name = (nurse or ("", ""))[1]
        text = tpl.replace("{nurse}", name if name else ("王" if lang == "zh" else "Tan"))
        if self.r() < 0.35:
            text = self.pick(PREFIX_ZH if lang == "zh" else PREFIX_EN) + text
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        sid = sid or p["centre"]
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=p["id"] if p else None, touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, **self.centre_kw(sid),
                   nurse_id=nurse[0] if nurse else None, nurse_name=nurse[1] if nurse else None)
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    def lang(self, sid):
        cur = CENTRES[sid]["cur"]
        zh = {"CNY": 0.97, "SGD": 0.25, "MYR": 0.18}[cur]
        return "zh" if self.r() < zh else "en"

    def stars(self, sent):
        if sent == "negative":
            return int(self.pick([1, 2, 3], p=[0.45, 0.42, 0.13]))
        if sent == "positive":
            return int(self.pick([4, 5], p=[0.3, 0.7]))
        return int(self.pick([3, 4, 5], p=[0.35, 0.5, 0.15]))

    def nps_of(self, stars):
        base = {1: (0, 4), 2: (2, 6), 3: (5, 8), 4: (7, 9), 5: (8, 10)}[stars]
        return int(self.g.integers(base[0], base[1] + 1))

    # ---------------------------------------------------------------- patients
    def run(self):
        days = (END - START).days + 1
        n = 4300
        t = np.sort(self.g.random(n) ** 0.82) * (days - 1)   # referrals grow over time
        sids = list(CENTRES)
        w = np.array([CENTRES[s]["w"] for s in sids])
        for i in range(n):
            t0 = START + D(days=int(t[i])) + D(hours=float(self.g.uniform(8, 17.5)))
            t0 = t0.replace(microsecond=0)
            sid = sids[int(self.g.choice(len(sids), p=w / w.sum()))]
            self.patient(i, sid, t0)
        self.public_reviews()
        self.app_reviews()

    def patient(self, i, sid, t0):
        cur = CENTRES[sid]["cur"]
        plans, pw = PLAN_BY_CUR[cur]
        plan = self.pick(plans, p=pw)
        ins = self.pick(PLANS[plan][2])
        if sid == "WUH" and self.r() < 0.2:
            plan, ins = "cn_commercial", PLANS["cn_commercial"][2][0]
        if sid == "WUH" and plan == "cn_commercial" and self.r() < 0.6:
            ins = PLANS[plan][2][0]   # Hekang Life is the big commercial insurer in Wuhan
        ther = self.pick(list(THER_P), p=list(THER_P.values()))
        ref = self.pick(REF_BY_THER[ther])
        p = dict(id=f"CP{i + 1:05d}", centre=sid, plan=plan, insurer=ins[0], ins=ins, therapy=ther, referrer=ref,
                 doses=0, paid_cny=0.0, state="referred", last=None, variant=None,
                 lang=self.lang(sid), auth_days=None, t0=t0)
        self.customers.append(p)
        self.ev(p, t0, "tp_referral", "received", referrer=ref, 转诊来源=REFERRER[ref],
                channel=self.pick(["phone", "email", "fax"], p=[0.45, 0.4, 0.15]))
        # document upload in the app / mini program
        tu = t0 + D(hours=float(self.g.uniform(3, 60)))
        device = "ios" if self.r() < {"CNY": 0.38, "SGD": 0.62, "MYR": 0.45}[cur] else "android"
        p["device"] = device
        chan = "mini_program" if cur == "CNY" and self.r() < 0.6 else "app"
        ver = app_version(tu)
        if self.r() < 0.08:   # never uploads / unreachable
            p["state"] = "no_documents"
            return
        if chan == "app" and device == "android" and ver == "5.2.0" and self.r() < 0.55:
            self.ev(p, tu, "tp_doc_upload", "fail", device=device, channel=chan, app_version=ver,
                    error_code="UPLOAD_TIMEOUT")
            if self.r() < 0.18:
                self.add_fb("upload_fail", p["lang"], "wechat_cs" if cur == "CNY" else "whatsapp",
                            tu + D(hours=2), p, tp="tp_doc_upload", device=device, app_version=ver)
            tu += D(days=float(self.g.uniform(1, 4)))
            if self.r() < 0.2:
                p["state"] = "no_documents"
                return
            ver = app_version(tu)
        if not self.ev(p, tu, "tp_doc_upload", "upload", device=device, channel=chan, app_version=ver):
            return
        # pre-authorisation
        ts = tu + D(hours=float(self.g.uniform(4, 50)))
        if not self.ev(p, ts, "tp_preauth_submit", "submitted",
                       channel="insurer_portal" if self.r() < 0.7 else "fax"):
            return
        base = {"CNY": 3.0, "SGD": 1.6, "MYR": 4.2}[cur]
        slow = sid == "WUH" and ins[0] == "hekang" and WUH_AUTH[0] <= ts <= WUH_AUTH[1]
        days = float(self.g.gamma(4.0, (14.0 if slow else base) / 4.0)) + 0.3
        p["auth_days"] = days
        outcome = self.pick(["approved", "denied", "pending"], p=[0.86, 0.10, 0.04] if not slow else [0.8, 0.12, 0.08])
        if outcome == "pending" or days > 45:
            p["state"] = "auth_pending"
            if self.r() < 0.5:
                self.add_fb("preauth", p["lang"], "wechat_cs" if cur == "CNY" else "whatsapp",
                            ts + D(days=float(self.g.uniform(8, 20))), p, tp="tp_preauth_submit")
            return
        td = ts + D(days=days)
        ddays = round(days, 1)
        if days >= 10 and self.r() < 0.45:
            self.add_fb("preauth", p["lang"], "wechat_cs" if cur == "CNY" else "whatsapp",
                        ts + D(days=float(self.g.uniform(7, days))), p, tp="tp_preauth_submit")
        elif days < 10 and self.r() < 0.015:
            self.add_fb("preauth", p["lang"], "call_note", None, p, tp="tp_preauth_submit")
        if outcome == "denied":
            reason = self.pick(list(DENY), p=[0.45, 0.35, 0.2])
            if not self.ev(p, td, "tp_preauth_denied", "denied", days_to_decision=ddays, denial_reason=reason,
                           拒付原因=DENY[reason]):
                return
            if self.r() > 0.35:
                p["state"] = "denied"
                return
            p["self_pay"] = True
        else:
            if not self.ev(p, td, "tp_preauth_approved", "approved", days_to_decision=ddays):
                return
            p["self_pay"] = False
            if days > 12 and self.r() < 0.4:
                p["state"] = "gave_up"
                return
        # booking of the first dose
        tb = td + D(hours=float(self.g.gamma(2.0, 14.0)))
        lo, hi = THERAPY[ther][4]
        p["planned"] = int(self.g.integers(lo, hi + 1))
        self.course(p, tb, channel=None, how="booking")

    def book_channel(self, p):
        cur = CENTRES[p["centre"]]["cur"]
        if cur == "CNY":
            return self.pick(["mini_program", "app", "phone"], p=[0.55, 0.2, 0.25])
        return self.pick(["app", "whatsapp", "phone"], p=[0.45, 0.35, 0.2])

    def slot_after(self, p, tb, min_days):
        kl = p["centre"] == "KUL" and tb >= KUL_CHAIRS[0]
        d = int(self.g.integers(min_days, min_days + (9 if kl else 5)))
        if kl:
            d += int(self.g.integers(3, 8))
        s = (tb + D(days=d)).replace(hour=int(self.g.integers(8, 16)), minute=int(self.pick([0, 15, 30, 45])),
                                     second=0)
        return s

    def variant_of(self, p, tb):
        if p["variant"] is None and AB[0] <= tb <= AB[1]:
            p["variant"] = "prep_checklist" if self.r() < 0.5 else "control"
            self.exp.append(dict(experiment_id="prep_reminder_2025", variant=p["variant"], customer_id=p["id"],
                                 assigned_at=tb, centre_id=p["centre"], therapy=p["therapy"]))

    def course(self, p, tb, channel, how):
        """book dose after dose; how = booking / rebook (at the chair after the previous dose)"""
        sid, cur = p["centre"], CENTRES[p["centre"]]["cur"]
        interval_days = THERAPY[p["therapy"]][5]
        next_min = 2
        while True:
            if tb > END:
                return
            self.n_bk += 1
            bk = f"BK{self.n_bk:06d}"
            if how == "rebook":
                slot = self.slot_after(p, tb, max(1, next_min))
                ok = self.ev(p, tb, "tp_rebook", "booked", booking_id=bk, slot_at=slot, dose_no=p["doses"] + 1,
                             channel="store")
            else:
                slot = self.slot_after(p, tb, next_min)
                ch = channel or self.book_channel(p)
                kw = dict(device=p["device"]) if ch in ("app", "mini_program") else {}
                ok = self.ev(p, tb, "tp_chair_booking", "booked", booking_id=bk, slot_at=slot,
                             dose_no=p["doses"] + 1, channel=ch, **kw)
            if not ok:
                return
            self.variant_of(p, tb)
            res = self.visit(p, bk, slot)
            channel = None
            if res == "lost":
                p["state"] = "dropped"
                return
            if res in ("cancel", "noshow", "centre", "deferred"):
                # rebook the same dose
                gap = {"cancel": (0.5, 3), "noshow": (1, 5), "centre": (0.2, 2), "deferred": (0.02, 0.2)}[res]
                tb = (p["last_event"] + D(days=float(self.g.uniform(*gap)))).replace(microsecond=0)
                how, channel, next_min = "booking", ("phone" if res in ("centre", "deferred") else None), \
                    (2 if res != "centre" else 3)
                continue
            # infused
            if p["doses"] >= p["planned"]:
                p["state"] = "completed"
                return
            kl = sid == "KUL" and p["last_event"] >= KUL_CHAIRS[0]
            drop = 0.03 + (0.07 if kl else 0) + (0.04 if p.get("self_pay") else 0)
            if self.r() < drop:
                p["state"] = "dropped"
                return
            idx = min(p["doses"] - 1, len(interval_days) - 1)
            gap_days = interval_days[idx]
            if self.r() < (0.62 if kl else 0.87):
                tb = p["last_event"] + D(minutes=float(self.g.uniform(5, 40)))
                how = "rebook"
                next_min = max(1, gap_days - 1)
            else:
                if self.r() < (0.45 if kl else 0.7):
                    tb = p["last_event"] + D(days=float(self.g.uniform(1, max(2, gap_days * 0.6))),
                                             hours=float(self.g.uniform(0, 10)))
                    how = "booking"
                    next_min = max(1, gap_days - int((tb - p["last_event"]).days) - 1)
                else:
                    p["state"] = "dropped"
                    return
            tb = tb.replace(microsecond=0)

    def visit(self, p, bk, slot):
        sid, cur = p["centre"], CENTRES[p["centre"]]["cur"]
        ther = p["therapy"]
        kl = sid == "KUL" and slot >= KUL_CHAIRS[0]
        # reminder two days before
        tr = slot - D(days=2)
        if ROLLOUT <= tr or (p["variant"] == "prep_checklist" and tr <= AB_END):
            rtype, rch = "prep_checklist", ("wechat" if cur == "CNY" else "whatsapp")
        else:
            rtype, rch = "standard", "sms"
        checklist = rtype == "prep_checklist"
        self.ev(p, tr, "tp_reminder", "sent", booking_id=bk, channel=rch, reminder_type=rtype)
        # patient cancellation
        if self.r() < 0.05:
            lead = float(self.g.exponential(60)) + 1
            tc = slot - D(hours=lead)
            tc = max(tc, tr - D(hours=30))
            lead_h = round((slot - tc).total_seconds() / 3600, 1)
            late = lead_h < 24
            reason = self.pick(list(CANCEL_R), p=[0.4, 0.35, 0.1, 0.15])
            self.ev(p, tc, "tp_patient_cancel", "cancelled", booking_id=bk, lead_hours=lead_h, late_cancel=late,
                    cancel_reason=reason, 取消原因=CANCEL_R[reason], channel=self.book_channel(p))
            p["last_event"] = tc
            if late and cur != "CNY":
                self.order(p, tc, "late_cancel_fee", 50 if cur == "SGD" else 90, booking_id=bk)
            return "lost" if self.r() < 0.2 else "cancel"
        # centre cancellation
        pc = 0.008 + (0.03 if kl else 0)
        reason = None
        if sid == "CTU-GX" and ther in ("ivig", "biologic") and GX_SHORT[0] <= slot <= GX_SHORT[1]:
            if self.r() < 0.4:
                reason = "drug_shortage"
        elif self.r() < 0.003:
            reason = "drug_shortage"
        if reason is None and self.r() < pc:
            reason = "nurse_sick" if (kl or self.r() < 0.6) else "chair_fault"
        if reason:
            tcc = slot - D(hours=float(self.g.uniform(1, 20)))
            self.ev(p, tcc, "tp_centre_cancel", "cancelled_by_centre", booking_id=bk, centre_cancel_reason=reason,
                    院方取消原因=CCANCEL[reason], channel="phone")
            p["last_event"] = tcc
            if reason == "drug_shortage" and self.r() < 0.5:
                self.add_fb("shortage", p["lang"], "post_visit_survey", tcc + D(hours=3), p, tp="tp_centre_cancel",
                            **self.survey_scores("shortage"))
                self.ev(p, tcc + D(hours=3), "tp_survey", "answered", booking_id=bk)
            elif reason == "drug_shortage" and self.r() < 0.15:
                self.add_fb("shortage", p["lang"], "call_note", None, p, tp="tp_centre_cancel")
            return "lost" if self.r() < (0.12 if reason == "drug_shortage" else 0.03) else "centre"
        # no-show
        pn = (0.045 if p["variant"] != "prep_checklist" or slot > AB_END else 0.03) + (0.03 if kl else 0)
        if self.r() < pn:
            tn = slot.replace(hour=18, minute=0)
            self.ev(p, tn, "tp_no_show", "no_show", booking_id=bk)
            p["last_event"] = tn
            if cur != "CNY":
                self.order(p, tn + D(hours=1), "no_show_fee", 80 if cur == "SGD" else 120,
                           status="paid" if self.r() < 0.7 else "cancelled", booking_id=bk)
            return "lost" if self.r() < 0.3 else "noshow"
        # the visit
        self.n_visit += 1
        vid = f"V{self.n_visit:06d}"
        tci = slot - D(minutes=float(self.g.uniform(0, 20)))
        tci = tci.replace(microsecond=0)
        dup = sid == "KUL" and DUP[0] <= tci <= DUP[1]
        self.ev(p, tci, "tp_checkin", "arrived", booking_id=bk, session_id=vid, channel="store")
        if dup:
            self.events.append(dict(self.events[-1]))
        wait = float(self.g.lognormal(np.log(85 if kl else 22), 0.35))
        wait = round(wait)
        nurses = [n for n in CENTRES[sid]["nurses"]
                  if not (n[0] == NEW_NURSE[0] and tci < NEW_NURSE[1]) and not (n[0] in KL_LEFT and tci >= KUL_CHAIRS[0])]
        nurse = nurses[int(self.g.integers(len(nurses)))]
        ta = tci + D(minutes=max(3, wait * 0.4))
        # nurse assessment
        pm = (0.015 if checklist else 0.055)
        defer = None
        x = self.r()
        if x < pm:
            defer = "missing_labs"
        elif x < pm + 0.012:
            defer = "high_bp"
        elif x < pm + 0.02:
            defer = "fever"
        elif x < pm + 0.026 and ther == "iron":
            defer = "low_hb"
        if defer:
            self.ev(p, ta, "tp_nurse_assess", "deferred", booking_id=bk, session_id=vid, nurse_id=nurse[0],
                    nurse_name=nurse[1], deferral_reason=defer, 暂缓原因=DEFER[defer])
            p["last_event"] = ta
            return "lost" if self.r() < 0.05 else "deferred"
        self.ev(p, ta, "tp_nurse_assess", "cleared", booking_id=bk, session_id=vid, nurse_id=nurse[0],
                nurse_name=nurse[1])
        # infusion
        tin = tci + D(minutes=wait)
        new = nurse[0] == NEW_NURSE[0]
        att = int(self.pick([1, 2, 3, 4], p=[0.42, 0.36, 0.16, 0.06] if new else [0.86, 0.11, 0.025, 0.005]))
        mins = THERAPY[ther][3]
        dur = round(mins * float(self.g.uniform(0.9, 1.25)))
        brand = None
        if ther == "ivig":
            brand = "alt_brand" if (sid == "CTU-GX" and GX_ALT[0] <= tin <= GX_ALT[1]) else "standard"
        chair = f"{sid}-C{int(self.g.integers(1, CENTRES[sid]['chairs'] + 1)):02d}"
        p["doses"] += 1
        self.ev(p, tin, "tp_infusion", "completed", booking_id=bk, session_id=vid, nurse_id=nurse[0],
                nurse_name=nurse[1], chair_id=chair, drug=THERAPY[ther][1], 药品=THERAPY[ther][2], drug_brand=brand,
                dose_no=p["doses"], duration_min=dur, wait_min=wait, cannula_attempts=att)
        tend = tin + D(minutes=dur)
        # reaction monitoring
        pr = {"iron": 0.02, "biologic": 0.05, "ivig": 0.045, "antibiotic": 0.01, "hydration": 0.005}[ther]
        if ther == "biologic" and p["doses"] == 1:
            pr = 0.09
        if brand == "alt_brand":
            pr = 0.16
        reaction = self.r() < pr
        sev = self.pick(["mild", "moderate", "severe"], p=[0.7, 0.25, 0.05]) if reaction else None
        self.ev(p, tend + D(minutes=5), "tp_reaction_watch", "reaction" if reaction else "clear", booking_id=bk,
                session_id=vid, nurse_id=nurse[0], nurse_name=nurse[1], reaction_severity=sev,
                observed_min=30 if ther in ("biologic", "ivig") else 15)
        p["last_event"] = tend + D(minutes=35)
        # billing
        cost = THERAPY[ther][6][{"CNY": 0, "SGD": 1, "MYR": 2}[cur]] * float(self.g.uniform(0.92, 1.08))
        if p.get("self_pay"):
            self.order(p, tend + D(minutes=20), "self_pay", cost, booking_id=bk, session_id=vid)
        else:
            amt = cost * PLANS[p["plan"]][1]
            self.order(p, tend + D(minutes=20), "session_copay", amt, booking_id=bk, session_id=vid,
                       status="paid" if self.r() < 0.985 else "cancelled")
            glitch = sid == "SIN" and SIN_BILL[0] <= tend <= SIN_BILL[1] and self.r() < 0.35
            if glitch or self.r() < 0.008:
                reason = "duplicate_charge" if glitch else self.pick(["plan_not_applied", "price_query"])
                td = tend + D(days=float(self.g.uniform(1, 6)))
                if glitch:
                    self.order(p, tend + D(minutes=21), "session_copay", amt, status="refunded", booking_id=bk,
                               session_id=vid, refunded_at=(td + D(days=float(self.g.uniform(4, 25)))).replace(
                                   microsecond=0), duplicate=True)
                self.ev(p, td.replace(microsecond=0), "tp_bill_dispute", "opened", booking_id=bk,
                        dispute_reason=reason, 申诉原因=DISPUTE[reason], channel="phone")
                if self.r() < 0.45:
                    self.add_fb("billing", p["lang"], "whatsapp" if cur != "CNY" else "wechat_cs", td + D(hours=1), p,
                                tp="tp_bill_dispute")
                elif self.r() < 0.2:
                    self.add_fb("billing", p["lang"], "call_note", None, p, tp="tp_bill_dispute")
        if wait >= 60 and self.r() < 0.04:
            self.add_fb("waiting", p["lang"], "call_note", None, p, tp="tp_checkin")
        if att >= 3 and self.r() < 0.12:
            self.add_fb("cannula", p["lang"], "call_note", None, p, tp="tp_infusion", nurse=nurse)
        # survey
        if self.r() < 0.3:
            topic = self.visit_topic(p, sid, nurse, wait, att, reaction, checklist)
            ts = (tend + D(hours=float(self.g.uniform(1, 30)))).replace(microsecond=0)
            if self.ev(p, ts, "tp_survey", "answered", booking_id=bk, session_id=vid):
                tp = {"waiting": "tp_checkin", "checklist": "tp_reminder", "reaction_care": "tp_reaction_watch",
                      "parking": "tp_checkin"}.get(topic, "tp_infusion")
                self.add_fb(topic, p["lang"], "post_visit_survey", ts, p, tp=tp, nurse=nurse,
                            **self.survey_scores(topic))
        return "infused"

    def survey_scores(self, topic):
        s = self.stars(TEXT[topic][0])
        return dict(rating=s, nps=self.nps_of(s))

    def visit_topic(self, p, sid, nurse, wait, att, reaction, checklist):
        if reaction and self.r() < 0.6:
            return "reaction_care"
        if att >= 3 and self.r() < 0.7:
            return "cannula"
        if att == 2 and self.r() < 0.15:
            return "cannula"
        if wait >= 60 and self.r() < 0.6:
            return "waiting"
        if checklist and self.r() < 0.08:
            return "checklist"
        x = self.r()
        park = 0.16 if sid == "CTU-JJ" else 0.01
        praise = 0.26 + (0.12 if sid == "SIN" else 0) + (0.25 if nurse[0] == "SG-N02" else 0)
        if x < park:
            return "parking"
        x -= park
        if x < praise:
            return "nurse_praise"
        x -= praise
        if x < 0.14:
            return "comfort"
        x -= 0.14
        if x < (0.10 if p["therapy"] == "ivig" else 0.03):
            return "cold"
        return "neutral"

    # ---------------------------------------------------------------- public channels
    def public_reviews(self):
        for sid, c in CENTRES.items():
            n = int(150 * c["w"] / 0.2)
            for _ in range(n):
                t = START + D(days=float(self.g.uniform(0, (END - START).days)), hours=float(self.g.uniform(8, 22)))
                t = t.replace(microsecond=0)
                topic = self.public_topic(sid, t)
                ch = "dianping" if c["cur"] == "CNY" else "google_review"
                lang = self.lang(sid)
                no_ts = ch == "google_review" and self.r() < 0.12
                s = self.stars(TEXT[topic][0])
                self.add_fb(topic, lang, ch, None if no_ts else t, None, sid=sid,
                            tp=self.public_tp(topic), rating=s)

    def public_topic(self, sid, t):
        w = dict(neutral=0.2, nurse_praise=0.22, comfort=0.12, waiting=0.06, cannula=0.05, parking=0.02, cold=0.03,
                 preauth=0.03, billing=0.02)
        if sid == "CTU-JJ":
            w["parking"] = 0.2
        if sid == "WUH" and WUH_AUTH[0] <= t <= WUH_AUTH[1] + D(days=20):
            w["preauth"] = 0.45
        if sid == "CTU-GX" and GX_SHORT[0] <= t <= GX_SHORT[1] + D(days=10):
            w["shortage"] = 0.5
        if sid == "KUL" and t >= KUL_CHAIRS[0]:
            w["waiting"] = 0.6
        if sid == "SIN" and SIN_BILL[0] <= t <= SIN_BILL[1] + D(days=15):
            w["billing"] = 0.45
        if sid == "SIN":
            w["nurse_praise"] = 0.32
        keys = list(w)
        v = np.array([w[k] for k in keys])
        return keys[int(self.g.choice(len(keys), p=v / v.sum()))]

    @staticmethod
    def public_tp(topic):
        return {"preauth": "tp_preauth_submit", "waiting": "tp_checkin", "cannula": "tp_infusion",
                "shortage": "tp_centre_cancel", "billing": "tp_bill_dispute", "parking": "tp_checkin",
                "cold": "tp_infusion", "nurse_praise": "tp_infusion", "comfort": "tp_infusion"}.get(topic)

    def app_reviews(self):
        for _ in range(330):
            t = START + D(days=float(self.g.uniform(0, (END - START).days)), hours=float(self.g.uniform(7, 23)))
            t = t.replace(microsecond=0)
            device = "ios" if self.r() < 0.45 else "android"
            ver = app_version(t)
            sid = self.pick(list(CENTRES), p=[0.25, 0.19, 0.22, 0.19, 0.15])
            if device == "android" and ver == "5.2.0" and self.r() < 0.8:
                topic = "upload_fail"
            else:
                topic = self.pick(["app_praise", "neutral", "upload_fail"], p=[0.55, 0.38, 0.07])
            s = self.stars(TEXT[topic][0])
            self.add_fb(topic, self.lang(sid), "app_review", t, None, sid=sid, tp="tp_doc_upload", rating=s,
                        device=device, app_version=ver)
        # the app bug gets extra reviews during the bug window
        for _ in range(40):
            t = APP_BUG[0] + D(days=float(self.g.uniform(0, 45)), hours=float(self.g.uniform(7, 23)))
            t = t.replace(microsecond=0)
            sid = self.pick(list(CENTRES), p=[0.25, 0.19, 0.22, 0.19, 0.15])
            s = self.stars("negative")
            self.add_fb("upload_fail", self.lang(sid), "app_review", t, None, sid=sid, tp="tp_doc_upload", rating=s,
                        device="android", app_version="5.2.0")

    # ---------------------------------------------------------------- write
    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)
        wcsv(out / "touchpoints.csv",
             [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                   owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
        rows = []
        for jid, zh, en, win, steps in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                rows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                                 touchpoint_id=tp, window_days=win))
        wcsv(out / "journeys.csv", rows)
        last = {}
        for e in self.events:
            if e["touchpoint_id"] == "tp_infusion":
                last[e["customer_id"]] = e["ts"]
        crow = []
        for p in self.customers:
            sid = p["centre"]
            if p["doses"] == 0:
                seg = "new_referral" if p["t0"] >= END - D(days=30) else "never_started"
            elif p["state"] == "completed":
                seg = "completed"
            elif p["state"] == "dropped":
                seg = "dropped_out"
            else:
                seg = "in_course"
            crow.append(dict(customer_id=p["id"], signup_at=None, segment=seg, region=CENTRES[sid]["city_zh"],
                             city_en=CENTRES[sid]["city"], acquisition_channel=p["referrer"],
                             转诊来源=REFERRER[p["referrer"]], tier=p["plan"], 医保类型=PLANS[p["plan"]][0],
                             insurer=p["ins"][2], 保险方=p["ins"][1], home_centre_id=sid,
                             centre_en=CENTRES[sid]["en"], 中心=CENTRES[sid]["zh"], therapy=p["therapy"],
                             疗法=THERAPY[p["therapy"]][0],
                             gender=self.pick(["F", "M"], p=[0.56, 0.44]),
                             age_band=self.pick(["18-34", "35-49", "50-64", "65+"], p=[0.14, 0.26, 0.33, 0.27]),
                             language=p["lang"], doses_received=p["doses"], lifetime_copay_cny=round(p["paid_cny"], 2)))
        first = {}
        for e in self.events:
            if e["touchpoint_id"] == "tp_referral":
                first[e["customer_id"]] = e["ts"]
        for c in crow:
            c["signup_at"] = first[c["customer_id"]]
        wcsv(out / "customers.csv", crow)
        ev = sorted(self.events, key=lambda e: (e["ts"], e["event_id"]))
        wcsv(out / "events.csv", ev, first=("event_id", "customer_id", "ts", "touchpoint_id", "action"))
        wcsv(out / "orders.csv", sorted(self.orders, key=lambda o: o["order_id"]),
             first=("order_id", "customer_id", "ts", "amount", "currency", "amount_cny", "status"))
        wcsv(out / "feedback.csv", self.feedback, first=("feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                          "channel", "rating", "nps"))
        wcsv(out / "experiments.csv", self.exp)
        wcsv(out / "_truth" / "feedback_truth.csv", self.truth)


def app_version(ts):
    if ts < datetime(2025, 3, 1):
        return "4.8.1"
    if ts < datetime(2025, 8, 15):
        return "5.0.2"
    if ts < APP_BUG[0]:
        return "5.1.0"
    if ts <= APP_BUG[1]:
        return "5.2.0"
    return "5.2.1"


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v - round(v)) > 1e-9 else str(int(round(v)))
    return str(v)


def wcsv(path, rows, first=()):
    cols = list(first)
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    g = Gen()
    g.run()
    g.write(Path(sys.argv[1]))
    print(f"events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}, customers {len(g.customers)}, "
          f"experiments {len(g.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
