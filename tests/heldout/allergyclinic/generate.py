"""Synthetic data for 安敏过敏专科 ClearBreath Allergy Clinics (held-out batch, written blind).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback, experiments) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment per comment; not a DATA.md table).
Fixed seed, numpy only for randomness; data covers 2024-07-01 .. 2026-05-31 (extract taken early June 2026).
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261201
START = datetime(2024, 7, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
R = np.random.default_rng(SEED)

CLINICS = {
    "BJ-WJ": dict(city="Beijing", city_zh="北京", clinic="北京望京诊所", clinic_en="Beijing Wangjing", cur="CNY", w=0.45),
    "SY-HP": dict(city="Shenyang", city_zh="沈阳", clinic="沈阳和平诊所", clinic_en="Shenyang Heping", cur="CNY", w=0.30),
    "SG-OR": dict(city="Singapore", city_zh="新加坡", clinic="新加坡乌节诊所", clinic_en="Singapore Orchard", cur="SGD",
                  w=0.25),
}
SGD_CNY = 5.3
SEG_ZH = {"child": "儿童（家长陪同）", "adult": "成人", "seasonal_hayfever": "季节性花粉症"}
PAYER_ZH = {"insured": "商保直付", "self_pay": "自费"}
TEST_ZH = {"skin_prick": "皮肤点刺", "blood_ige": "血清sIgE"}
PLAN_ZH = {"scit": "皮下注射脱敏", "slit": "舌下滴剂脱敏", "medication_only": "药物对症"}
ALLERGEN = {"dust_mite": "尘螨", "mugwort": "蒿草花粉", "tree_pollen": "树木花粉", "cat_dander": "猫毛", "mould": "霉菌",
            "ragweed": "豚草花粉"}
ACQ_ZH = {"wechat_search": "微信搜一搜", "search_ads": "搜索广告", "pediatrician_referral": "儿科医生转介",
          "word_of_mouth": "口碑介绍", "xiaohongshu": "小红书", "corporate_clinic": "企业体检转介"}
CALL_ZH = {"delivery_late": "送药延误", "triage_form_error": "问卷提交失败", "reaction_question": "不良反应咨询",
           "insurance_billing": "保险结算", "reschedule": "改约", "refill_question": "续方咨询"}
COURIER_ZH = {"SF Express": "顺丰", "QuickLark": "快雀速运", "Ninja Van": "Ninja Van"}
DOCTORS = {
    "BJ-WJ": [("王立群", "Dr Wang Liqun"), ("陈思雨", "Dr Chen Siyu"), ("刘洋", "Dr Liu Yang")],
    "SY-HP": [("赵德明", "Dr Zhao Deming"), ("孙晓婷", "Dr Sun Xiaoting")],
    "SG-OR": [("林慧敏", "Dr Lim Hui Min"), ("Rajesh Menon", "Dr Rajesh Menon"), ("陈家豪", "Dr Tan Kah Hao")],
}
# price lists (local currency)
PRICE = {
    "consult_fee": {"BJ-WJ": 300, "SY-HP": 220, "SG-OR": 120},
    "skin_prick": {"BJ-WJ": 480, "SY-HP": 360, "SG-OR": 150},
    "blood_ige": {"BJ-WJ": 880, "SY-HP": 700, "SG-OR": 320},
    "scit_vials": {"BJ-WJ": 3200, "SY-HP": 2600, "SG-OR": 900},
    "scit_injection": {"BJ-WJ": 260, "SY-HP": 200, "SG-OR": 95},
    "slit_old": {"BJ-WJ": 620, "SY-HP": 620, "SG-OR": 165},
    "slit_new": {"BJ-WJ": 720, "SY-HP": 720, "SG-OR": 185},
    "followup_fee": {"BJ-WJ": 150, "SY-HP": 120, "SG-OR": 60},
    "medication": {"BJ-WJ": 128, "SY-HP": 118, "SG-OR": 38},
}
PRICE_CHANGE = datetime(2026, 1, 1)
BUG_START, BUG_END = datetime(2025, 9, 3), datetime(2025, 9, 29, 23, 59)
COURIER_SWITCH = datetime(2025, 11, 1)
EXP_START, EXP_END = datetime(2025, 3, 1), datetime(2025, 8, 31, 23, 59)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_online_booking", "在线预约", "Online booking", "consideration", "mini_program", "digital", "growth",
     "预约挂号|约号|booking|appointment booking"),
    ("tp_triage_form", "分诊问卷", "Triage questionnaire", "consideration", "mini_program", "digital", "nursing",
     "预诊问卷|病史问卷|triage|intake form|pre-visit questionnaire"),
    ("tp_allergy_test", "过敏原检测", "Allergy test", "purchase", "store", "physical", "lab",
     "点刺|抽血查过敏原|skin prick|SPT|blood test|sIgE|allergy testing"),
    ("tp_doctor_review", "医生解读报告", "Doctor review", "purchase", "store", "physical", "medical",
     "看报告|面诊|results consult|doctor consult"),
    ("tp_treatment_plan", "出具治疗方案", "Treatment plan", "purchase", "store", "physical", "medical",
     "治疗方案|方案|treatment plan|care plan"),
    ("tp_plan_accept", "确认脱敏方案", "Immunotherapy plan accepted", "purchase", "store", "physical", "medical",
     "签约脱敏|开始脱敏|plan accepted|signed up for immunotherapy|desensitisation sign-up"),
    ("tp_first_dose", "首次给药", "First dose", "service", "store", "physical", "nursing",
     "首针|首次滴药|first injection|first drops|initiation"),
    ("tp_injection", "脱敏注射", "Allergy shot", "service", "store", "physical", "nursing",
     "打针|皮下注射|SCIT|allergy shots|injection visit"),
    ("tp_monthly_followup", "月度复诊", "Monthly follow-up", "service", "store", "physical", "medical",
     "复诊|随访|follow-up|review visit"),
    ("tp_reaction_report", "不良反应上报", "Adverse reaction report", "service", "app", "digital", "medical",
     "不良反应|过敏反应|reaction|side effect report"),
    ("tp_course_complete", "疗程完成", "Course completion", "loyalty", "store", "physical", "medical",
     "结疗|完成疗程|course completed|graduation"),
    ("tp_refill_order", "续方下单", "Refill order", "loyalty", "app", "digital", "pharmacy",
     "续药|复购|refill|repeat prescription|reorder drops"),
    ("tp_pharmacist_check", "药师审方", "Pharmacist check", "loyalty", "other", "digital", "pharmacy",
     "审方|prescription check|pharmacist review"),
    ("tp_delivery", "送药到家", "Home delivery", "loyalty", "other", "physical", "pharmacy",
     "配送|快递|送药|delivery|courier"),
    ("tp_cs_call", "客服来电", "Customer service call", "service", "phone", "digital", "customer_service",
     "客服|热线|hotline|call centre"),
]
JOURNEYS = [
    ("first_visit", "首诊流程", "First visit", 30,
     ["tp_online_booking", "tp_triage_form", "tp_allergy_test", "tp_doctor_review", "tp_treatment_plan"]),
    ("immunotherapy_course", "脱敏疗程", "Immunotherapy course", 400,
     ["tp_plan_accept", "tp_first_dose", "tp_monthly_followup", "tp_course_complete"]),
    ("refill", "续方送药", "Refill and delivery", 7,
     ["tp_refill_order", "tp_pharmacist_check", "tp_delivery"]),
]

TEXTS = {
    "doctor_patient": (
        ["王医生讲得很细，把点刺结果一项项解释清楚了", "医生很耐心，回答了我所有关于脱敏的问题", "医生专业又耐心，终于知道自己是对尘螨过敏",
         "看报告的医生很负责，给的方案也不推销"],
        ["The doctor explained every skin prick result patiently", "Very thorough doctor, took time to explain "
         "immunotherapy options", "Finally a doctor who listened. Clear explanation of my IgE results",
         "Doctor was professional and not pushy about the treatment plan"]),
    "kids_friendly": (
        ["护士对孩子特别温柔，点刺的时候孩子都没哭", "儿童诊室布置得很好，孩子不害怕", "带娃来测过敏原，护士哄孩子很有一套"],
        ["Nurses were amazing with my 5 year old during the skin prick test", "Very child friendly clinic, my son "
         "wasn't scared at all", "Great with kids, the nurse distracted my daughter so well"]),
    "symptoms_better": (
        ["脱敏半年了，今年春天鼻炎明显轻了", "坚持舌下滴剂，孩子晚上不怎么咳了", "打了几个月针，花粉季终于不用天天吃药"],
        ["After 6 months of drops my hay fever is much better this spring", "Shots are working, far fewer "
         "sneezing days", "My son's asthma flare-ups dropped a lot since starting SLIT"]),
    "delivery_fast": (
        ["药第二天就送到了，冰袋还是冰的", "送药很快，包装也好", "续方下单后很快就到了"],
        ["Drops arrived next day, still cold, great", "Refill delivery was quick and well packed",
         "Fast delivery of my refill"]),
    "app_easy": (
        ["小程序预约很方便", "在小程序上续方很简单", "预约流程很顺畅"],
        ["Booking online was easy", "The app makes refills really simple", "Smooth online booking"]),
    "neutral": (
        ["还行吧，正常流程", "第二次来了，没什么特别的", "一般，和别的医院差不多", "已完成检测，等医生通知"],
        ["It was ok", "Standard visit, nothing special", "Average experience", "Test done, waiting for the results"]),
    "triage_bug": (
        ["分诊问卷一直提交失败，填了三遍都不行", "小程序问卷点提交就报错，白填了", "预诊问卷提交不了，最后只好取消预约",
         "问卷提交一直转圈然后报错500"],
        ["The triage questionnaire kept failing when I pressed submit", "Filled the intake form three times, "
         "error every time", "Couldn't submit the pre-visit questionnaire in the mini program, gave up",
         "Questionnaire submit error, so frustrating"]),
    "wait_long": (
        ["到了诊所还要等一个多小时", "周六人太多了，排队排了很久", "约了时间还要等那么久"],
        ["Waited over an hour past my appointment time", "Saturday clinic was packed, long wait",
         "Long wait even with a booking"]),
    "price_high": (
        ["滴剂又涨价了，一个月七百多太贵", "自费做脱敏太贵了，负担不起", "检测费用有点高", "舌下滴剂涨价了也不提前通知"],
        ["The drops got more expensive again, too pricey", "Immunotherapy is too expensive without insurance",
         "Testing fees are quite high", "Price increase on the SLIT drops with no notice"]),
    "delivery_late": (
        ["续方的药晚了三天才到，滴剂都断了", "新换的快递太慢了，药到的时候冰袋都化了", "送药延误，客服也说不清楚",
         "快雀送药太慢了，药是温的"],
        ["My refill arrived 3 days late, I missed doses", "Drops arrived warm, the ice pack had melted",
         "Delivery delayed again and nobody could tell me where my parcel was", "The new courier is so slow"]),
    "injection_reaction": (
        ["打完针手臂肿了好几天", "舌下滴剂嘴巴很痒，有点担心", "注射后起了风团，有点吓人"],
        ["Big swelling on my arm after the shot", "My mouth itches a lot with the drops",
         "Had hives after the injection, scary"]),
    "insurance_hassle": (
        ["商保直付一直审核不过，最后只能先自费", "保险结算太麻烦了", "直付额度查了半天"],
        ["Direct billing with my insurer took forever", "Insurance claim was a hassle",
         "They couldn't confirm my insurance coverage at the desk"]),
}
POS = {"doctor_patient", "kids_friendly", "symptoms_better", "delivery_fast", "app_easy"}
NEG = {"triage_bug", "wait_long", "price_high", "delivery_late", "injection_reaction", "insurance_hassle"}


def rnd_ts(d0: datetime, d1: datetime) -> datetime:
    return d0 + timedelta(seconds=float(R.uniform(0, (d1 - d0).total_seconds())))


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def season_weight(city: str, seg: str, month: int) -> float:
    if city == "Singapore":
        return 1.0
    if seg == "seasonal_hayfever":
        return {3: 1.6, 4: 3.2, 5: 2.6, 6: 0.8, 7: 1.4, 8: 3.0, 9: 2.4, 10: 0.9}.get(month, 0.4)
    return {4: 1.4, 5: 1.3, 8: 1.4, 9: 1.3, 2: 0.6}.get(month, 1.0)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    ev: list[dict] = []
    orders: list[dict] = []
    fb: list[dict] = []
    customers: list[dict] = []
    exps: list[dict] = []
    n_ev = [0]
    n_ord = [0]

    def clinic_cols(cid):
        c = CLINICS[cid]
        return dict(clinic_id=cid, clinic=c["clinic"], clinic_en=c["clinic_en"], city=c["city"], 城市=c["city_zh"])

    def add_ev(cust, tp, t, action, **kw):
        n_ev[0] += 1
        row = dict(event_id=f"E{n_ev[0]:07d}", customer_id=cust["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   action=action, device=kw.pop("device", cust["device"]), channel=kw.pop("channel", "store"))
        row.update(clinic_cols(cust["clinic_id"]))
        row.update(kw)
        ev.append(row)
        return row

    def add_order(cust, t, otype, amount, status="paid", channel="clinic", **kw):
        n_ord[0] += 1
        cur = CLINICS[cust["clinic_id"]]["cur"]
        pm = "insurance_direct" if cust["tier"] == "insured" and otype not in ("medication",) and R.random() < 0.8 \
            else ({"SGD": ["card", "paynow"], "CNY": ["wechat_pay", "alipay", "card"]}[cur][
                int(R.integers(0, 2 if cur == "SGD" else 3))])
        row = dict(order_id=f"O{n_ord[0]:06d}", customer_id=cust["customer_id"], ts=fmt(t), amount=float(amount),
                   status=status, channel=channel, device=cust["device"] if channel != "clinic" else "",
                   currency=cur, amount_cny=round(float(amount) * (SGD_CNY if cur == "SGD" else 1.0), 2),
                   order_type=otype, payment_method=pm)
        row.update(clinic_cols(cust["clinic_id"]))
        row.update(kw)
        orders.append(row)
        return row

    fb_truth: list[dict] = []

    def add_fb(topic, t, channel, cust=None, tp=None, lang=None, rating=None, nps=None, undated=False, **kw):
        if lang is None:
            if cust is not None and cust["clinic_id"] == "SG-OR":
                lang = "zh" if R.random() < 0.25 else "en"
            else:
                lang = "en" if R.random() < 0.08 else "zh"
        opts = TEXTS[topic][0 if lang == "zh" else 1]
        text = opts[int(R.integers(0, len(opts)))]
        if rating is None and channel not in ("call_note",):
            rating = int(R.choice([4, 5], p=[0.4, 0.6])) if topic in POS else (
                int(R.choice([1, 2, 3], p=[0.35, 0.45, 0.2])) if topic in NEG else int(R.choice([3, 4], p=[0.6, 0.4])))
        fid = f"F{len(fb) + 1:06d}"
        row = dict(feedback_id=fid, text=text, ts="" if undated else fmt(t), customer_id=cust["customer_id"] if cust else "",
                   touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
                   nps=nps if nps is not None else "", language=lang,
                   渠道={"survey": "满意度问卷", "delivery_rating": "配送评价", "app_review": "应用商店评价",
                       "dianping": "大众点评", "google_review": "谷歌评价", "call_note": "客服记录"}[channel])
        if cust is not None:
            row.update(clinic_cols(cust["clinic_id"]))
        else:
            row.update({k: "" for k in ("clinic_id", "clinic", "clinic_en", "city", "城市")})
            if "clinic_id" in kw:
                row.update(clinic_cols(kw.pop("clinic_id")))
        row.update(kw)
        fb.append(row)
        fb_truth.append(dict(feedback_id=fid, topic=topic,
                             sentiment="positive" if topic in POS else "negative" if topic in NEG else "neutral",
                             language=lang))

    def nps_for(topic):
        if topic in POS:
            return int(R.choice([8, 9, 10], p=[0.25, 0.4, 0.35]))
        if topic in NEG:
            return int(R.choice(range(0, 8), p=[0.1, 0.1, 0.15, 0.15, 0.15, 0.15, 0.1, 0.1]))
        return int(R.choice([6, 7, 8], p=[0.3, 0.4, 0.3]))

    # ------------------------------------------------------------------ customers (one per first booking)
    days = (END - timedelta(days=16) - START).days
    n_target = 8600
    cids = list(CLINICS)
    cw = np.array([CLINICS[c]["w"] for c in cids])
    i = 0
    cands = 0
    while i < n_target:
        cands += 1
        clinic_id = cids[int(R.choice(3, p=cw))]
        city = CLINICS[clinic_id]["city"]
        seg = str(R.choice(["child", "adult", "seasonal_hayfever"],
                           p=[0.3, 0.45, 0.25] if city == "Singapore" else [0.3, 0.35, 0.35]))
        d = START + timedelta(days=int(R.integers(0, days)))
        # Spring Festival dip
        if city != "Singapore" and ((d.year == 2025 and datetime(2025, 1, 25) <= d <= datetime(2025, 2, 6)) or
                                    (d.year == 2026 and datetime(2026, 2, 14) <= d <= datetime(2026, 2, 24))):
            if R.random() < 0.7:
                continue
        if R.random() > season_weight(city, seg, d.month) / 3.2:
            continue
        i += 1
        cust_id = f"C{i:05d}"
        ins_p = 0.62 if city == "Singapore" else 0.38
        tier = "insured" if R.random() < ins_p else "self_pay"
        if city == "Singapore":
            bch = str(R.choice(["web", "app", "phone"], p=[0.5, 0.35, 0.15]))
        else:
            bch = str(R.choice(["mini_program", "web", "app", "phone"], p=[0.58, 0.12, 0.15, 0.15]))
        device = {"phone": "", "web": str(R.choice(["pc", "ios", "android"], p=[0.5, 0.25, 0.25]))}.get(
            bch, str(R.choice(["ios", "android"], p=[0.5, 0.5])))
        acq = str(R.choice(list(ACQ_ZH), p=[0.3, 0.2, 0.15, 0.18, 0.12, 0.05] if city != "Singapore" else
                           [0.0, 0.4, 0.2, 0.25, 0.0, 0.15]))
        if seg == "child" and R.random() < 0.3:
            acq = "pediatrician_referral"
        age = {"child": str(R.choice(["0-5", "6-12", "13-17"], p=[0.3, 0.5, 0.2])),
               "adult": str(R.choice(["18-29", "30-44", "45-59", "60+"], p=[0.3, 0.4, 0.2, 0.1])),
               "seasonal_hayfever": str(R.choice(["13-17", "18-29", "30-44", "45-59"], p=[0.1, 0.3, 0.4, 0.2]))}[seg]
        insurer = ""
        if tier == "insured":
            insurer = str(R.choice(["AIA", "Great Eastern", "Cigna"]) if city == "Singapore" else
                          R.choice(["平安健康", "泰康", "Cigna"]))
        cust = dict(customer_id=cust_id, signup_at=None, segment=seg, 患者类型=SEG_ZH[seg], region=city,
                    城市=CLINICS[clinic_id]["city_zh"], acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], tier=tier,
                    付费方式=PAYER_ZH[tier], insurer=insurer, age_band=age,
                    gender=str(R.choice(["F", "M"])), home_clinic_id=clinic_id,
                    home_clinic=CLINICS[clinic_id]["clinic"], home_clinic_en=CLINICS[clinic_id]["clinic_en"],
                    booking_channel=bch, clinic_id=clinic_id, device=device)
        t0 = d + timedelta(hours=float(R.uniform(7, 23)))
        cust["signup_at"] = fmt(t0 - timedelta(minutes=float(R.uniform(1, 20))))
        customers.append(cust)
        simulate(cust, t0, seg, tier, bch, add_ev, add_order, add_fb, nps_for, exps)

    # ------------------------------------------------------------------ anonymous app / store reviews
    for _ in range(700):
        t = rnd_ts(START, END)
        clinic_id = cids[int(R.choice(3, p=cw))]
        bug = BUG_START <= t <= BUG_END + timedelta(days=5)
        late = t >= COURIER_SWITCH and clinic_id != "SG-OR"
        if clinic_id == "SG-OR":
            ch, lang = "google_review" if R.random() < 0.6 else "app_review", ("en" if R.random() < 0.8 else "zh")
        else:
            ch, lang = "dianping" if R.random() < 0.6 else "app_review", ("zh" if R.random() < 0.93 else "en")
        p = {"doctor_patient": 0.2, "kids_friendly": 0.1, "app_easy": 0.1, "neutral": 0.15, "wait_long": 0.1,
             "price_high": 0.1 + (0.08 if t >= PRICE_CHANGE else 0), "triage_bug": 0.6 if bug and clinic_id != "SG-OR" else 0.01,
             "delivery_late": 0.22 if late else 0.03, "insurance_hassle": 0.04}
        keys = list(p)
        w = np.array([p[k] for k in keys])
        topic = keys[int(R.choice(len(keys), p=w / w.sum()))]
        undated = R.random() < 0.2
        tp = {"triage_bug": "tp_triage_form", "delivery_late": "tp_delivery", "app_easy": "tp_online_booking",
              "wait_long": "tp_allergy_test", "doctor_patient": "tp_doctor_review"}.get(topic, "")
        dev = str(R.choice(["ios", "android"])) if ch == "app_review" else ""
        add_fb(topic, t, ch, None, tp, lang=lang, undated=undated, clinic_id=clinic_id, device=dev)

    # ------------------------------------------------------------------ write
    ev.sort(key=lambda r: r["ts"])
    dups = [dict(ev[int(k)]) for k in R.choice(len(ev), 40, replace=False)]
    ev_df = pd.DataFrame(ev + dups)
    ev_df = ev_df[ev_df["ts"] <= fmt(END)]
    for c in ("lead_days", "symptom_months", "wait_min", "panel_size", "sige_class", "course_months", "dose_no",
              "month_no", "symptom_score", "attempt"):
        ev_df[c] = pd.to_numeric(ev_df[c], errors="coerce").astype("Int64")
    cust_df = pd.DataFrame(customers).drop(columns=["clinic_id", "device"])
    tps = pd.DataFrame([dict(touchpoint_id=a, name=b, name_zh=b, name_en=c, stage=s, channel=ch, kind=k, owner=o,
                             aliases=al) for a, b, c, s, ch, k, o, al in TOUCHPOINTS])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    tps.to_csv(out / "touchpoints.csv", index=False)
    pd.DataFrame(jr).to_csv(out / "journeys.csv", index=False)
    cust_df.to_csv(out / "customers.csv", index=False)
    ev_df.to_csv(out / "events.csv", index=False)
    od = pd.DataFrame(orders)
    od = od[od["ts"] <= fmt(END)]
    od.sort_values("ts").to_csv(out / "orders.csv", index=False)
    fbd = pd.DataFrame(fb)
    fbd["rating"] = fbd["rating"].astype(str).str.replace(r"\.0$", "", regex=True)
    fbd.to_csv(out / "feedback.csv", index=False)
    pd.DataFrame(exps).to_csv(out / "experiments.csv", index=False)
    pd.DataFrame(fb_truth).to_csv(out / "_truth" / "feedback_truth.csv", index=False)
    print(f"customers {len(customers)}, events {len(ev_df)}, orders {len(orders)}, feedback {len(fb)}, "
          f"experiments {len(exps)}")


def simulate(cust, t0, seg, tier, bch, add_ev, add_order, add_fb, nps_for, exps):
    cid = cust["clinic_id"]
    city = CLINICS[cid]["city"]
    dev = cust["device"]
    sess = f"S{cust['customer_id'][1:]}"
    appt = (t0 + timedelta(days=int(R.integers(2, 15)))).replace(hour=int(R.integers(8, 17)), minute=int(R.choice([0, 30])))
    add_ev(cust, "tp_online_booking", t0, "submit", channel=bch, session_id=sess, booking_id=f"B{cust['customer_id'][1:]}",
           appt_at=fmt(appt), lead_days=(appt.date() - t0.date()).days, visit_type="first_visit")
    # triage questionnaire (filled online through the mini program / web / app link; phone bookers get a link by SMS)
    tri_ch = "web" if bch == "phone" else bch
    if R.random() > 0.87:
        if R.random() < 0.5:
            add_ev(cust, "tp_online_booking", t0 + timedelta(days=float(R.uniform(0.5, 3))), "cancel", channel=bch,
                   cancel_reason="no_time")
        return
    t1 = t0 + timedelta(hours=float(R.uniform(0.1, 40)))
    if t1 >= appt:
        t1 = appt - timedelta(hours=2)
    ver = ("2.3.0" if BUG_START <= t1 <= BUG_END else "2.2.4" if t1 < BUG_START else "2.3.1") \
        if tri_ch == "mini_program" else ""
    bug = tri_ch == "mini_program" and BUG_START <= t1 <= BUG_END
    if bug and R.random() < 0.8:
        add_ev(cust, "tp_triage_form", t1, "fail", channel=tri_ch, error_code="TRIAGE_SUBMIT_500", app_version=ver)
        if R.random() < 0.35:
            add_ev(cust, "tp_cs_call", t1 + timedelta(hours=float(R.uniform(0.2, 20))), "call", channel="phone",
                   device="", call_reason="triage_form_error", 来电原因=CALL_ZH["triage_form_error"],
                   resolved="yes" if R.random() < 0.6 else "no")
            if R.random() < 0.6:
                add_fb("triage_bug", t1 + timedelta(hours=1), "call_note", cust, "tp_triage_form", rating=None)
        if R.random() < 0.65:
            if R.random() < 0.4:
                add_fb("triage_bug", t1 + timedelta(hours=3), "survey", cust, "tp_triage_form", nps=nps_for("triage_bug"))
            add_ev(cust, "tp_online_booking", t1 + timedelta(hours=float(R.uniform(1, 30))), "cancel", channel=bch,
                   cancel_reason="triage_form_error")
            return
        t1 = t1 + timedelta(minutes=float(R.uniform(5, 300)))
        add_ev(cust, "tp_triage_form", t1, "submit", channel=tri_ch, app_version=ver, attempt=2)
    else:
        if R.random() < 0.015:
            add_ev(cust, "tp_triage_form", t1, "fail", channel=tri_ch, error_code="TIMEOUT", app_version=ver)
            t1 += timedelta(minutes=float(R.uniform(2, 60)))
        add_ev(cust, "tp_triage_form", t1, "submit", channel=tri_ch, app_version=ver,
               symptom_months=int(R.integers(1, 120)), on_antihistamines="yes" if R.random() < 0.3 else "no")
    # allergy test at the appointment
    show = 0.86 if seg == "child" else 0.82
    if R.random() > show:
        add_ev(cust, "tp_online_booking", appt, "no_show", channel=bch)
        return
    ttype = "blood_ige" if (cust["age_band"] == "0-5" or R.random() < (0.45 if city == "Singapore" else 0.28)) \
        else "skin_prick"
    main_al = str(R.choice(list(ALLERGEN), p=([0.55, 0.05, 0.08, 0.12, 0.12, 0.08] if city == "Singapore" else
                                              [0.3, 0.3, 0.15, 0.1, 0.05, 0.1] if seg != "seasonal_hayfever" else
                                              [0.08, 0.45, 0.27, 0.03, 0.02, 0.15])))
    wait = int(R.gamma(2.0, 12 if city != "Singapore" or appt.weekday() != 5 else 30))
    t2 = appt + timedelta(minutes=wait)
    add_ev(cust, "tp_allergy_test", t2, "done", test_type=ttype, 检测类型=TEST_ZH[ttype], wait_min=wait,
           main_allergen=main_al, 主要过敏原=ALLERGEN[main_al], panel_size=int(R.choice([12, 18, 24])))
    add_order(cust, t2, ttype + "_test", PRICE[ttype][cid], item=ttype)
    if R.random() > 0.94:
        return
    t3 = t2 + (timedelta(minutes=float(R.uniform(25, 60))) if ttype == "skin_prick"
               else timedelta(days=int(R.integers(4, 8)), hours=float(R.uniform(-2, 3))))
    docs = DOCTORS[cid]
    dz, de = docs[int(R.integers(0, len(docs)))]
    add_ev(cust, "tp_doctor_review", t3, "done", doctor=dz, doctor_en=de, wheal_mm=round(float(R.uniform(2, 12)), 1)
           if ttype == "skin_prick" else "", sige_class=int(R.integers(0, 7)) if ttype == "blood_ige" else "",
           consult_mode="in_person" if ttype == "skin_prick" or R.random() < 0.6 else "video")
    add_order(cust, t3, "consult_fee", PRICE["consult_fee"][cid])
    # post-visit survey
    if R.random() < 0.35:
        pw = {"doctor_patient": 0.35, "kids_friendly": 0.25 if seg == "child" else 0.0, "neutral": 0.25,
              "wait_long": 0.22 if (city == "Singapore" and appt.weekday() == 5) else 0.06,
              "price_high": 0.14 if tier == "self_pay" else 0.03, "insurance_hassle": 0.05 if tier == "insured" else 0,
              "app_easy": 0.08}
        ks = list(pw)
        w = np.array([pw[k] for k in ks])
        topic = ks[int(R.choice(len(ks), p=w / w.sum()))]
        tp = {"wait_long": "tp_allergy_test", "app_easy": "tp_online_booking"}.get(topic, "tp_doctor_review")
        add_fb(topic, t3 + timedelta(hours=float(R.uniform(2, 48))), "survey", cust, tp, nps=nps_for(topic),
               undated=R.random() < 0.03)
    if R.random() > 0.95:
        return
    # treatment plan
    if seg == "child":
        pp = [0.12, 0.5, 0.38]
    elif seg == "seasonal_hayfever":
        pp = [0.2, 0.45, 0.35]
    else:
        pp = [0.32, 0.28, 0.4]
    plan = str(R.choice(["scit", "slit", "medication_only"], p=pp))
    t4 = t3 + timedelta(minutes=float(R.uniform(5, 20)))
    course_m = 6 if seg == "seasonal_hayfever" else 12
    add_ev(cust, "tp_treatment_plan", t4, "issued", plan_type=plan, 方案类型=PLAN_ZH[plan],
           course_months=course_m if plan != "medication_only" else "", doctor=dz, doctor_en=de)
    if plan == "medication_only":
        tm = t4
        for _ in range(int(R.choice([0, 1, 2, 3], p=[0.45, 0.3, 0.15, 0.1]))):
            tm = tm + timedelta(days=int(R.integers(20, 60)))
            if tm > END:
                break
            refill(cust, tm, "medication", add_ev, add_order, add_fb, nps_for)
        return
    acc_p = {"insured": 0.66, "self_pay": 0.36}[tier] + (0.06 if seg == "child" else 0.0)
    if R.random() > acc_p:
        return
    t5 = t4 + timedelta(days=float(R.uniform(0, 21)))
    if t5 > END:
        return
    add_ev(cust, "tp_plan_accept", t5, "accept", plan_type=plan, 方案类型=PLAN_ZH[plan], course_months=course_m)
    variant = None
    if EXP_START <= t5 <= EXP_END:
        variant = "wechat_nudge" if R.random() < 0.5 else "control"
        exps.append(dict(experiment_id="followup_nudge_2025", variant=variant, customer_id=cust["customer_id"],
                         assigned_at=fmt(t5), clinic_id=cid, plan_type=plan))
    if R.random() > 0.95:
        return
    t6 = t5 + timedelta(days=float(R.uniform(3, 14)))
    if t6 > END:
        return
    route = plan
    add_ev(cust, "tp_first_dose", t6, "done", route=route, 给药方式=PLAN_ZH[route], product="Alutard SQ" if route == "scit"
           else "Staloral 300", dose_ml=0.1 if route == "scit" else 1.0)
    if route == "scit":
        add_order(cust, t6, "scit_vials", PRICE["scit_vials"][cid], item="Alutard SQ vial set")
        # weekly build-up injections
        for k in range(1, 8):
            tk = t6 + timedelta(days=7 * k, hours=float(R.uniform(-3, 3)))
            if tk > END:
                return
            inj(cust, tk, k + 1, add_ev, add_order, add_fb, nps_for)
    else:
        add_order(cust, t6, "slit_drops", slit_price(cid, t6), item="Staloral 300 monthly pack")
    # monthly follow-ups
    cont = 0.93
    if variant == "wechat_nudge":
        cont = 0.975
    elif variant == "control":
        cont = 0.925
    tm = t6
    for m in range(1, course_m + 1):
        tm = t6 + timedelta(days=30 * m + int(R.integers(-3, 4)), hours=float(R.uniform(-2, 2)))
        if tm > END:
            return
        if R.random() > cont:
            return
        if route == "slit":
            tr = tm - timedelta(days=int(R.integers(3, 7)))
            if tr <= END:
                refill(cust, tr, "slit_drops", add_ev, add_order, add_fb, nps_for)
        score = max(0, int(R.normal(9 - 0.5 * m, 2)))
        add_ev(cust, "tp_monthly_followup", tm, "done", route=route, 给药方式=PLAN_ZH[route], month_no=m,
               symptom_score=score, consult_mode="in_person" if route == "scit" or R.random() < 0.5 else "video")
        add_order(cust, tm, "followup_fee", PRICE["followup_fee"][cid])
        if route == "scit":
            inj(cust, tm + timedelta(minutes=20), 8 + m, add_ev, add_order, add_fb, nps_for)
        elif R.random() < 0.04:
            add_ev(cust, "tp_reaction_report", tm - timedelta(days=int(R.integers(1, 20))), "report", route=route,
                   reaction_severity="local", 反应程度="局部反应", symptom="oral_itching", channel="app")
        if R.random() < 0.1:
            topic = str(R.choice(["symptoms_better", "neutral", "doctor_patient"], p=[0.55, 0.3, 0.15])) if m >= 4 \
                else str(R.choice(["neutral", "doctor_patient", "symptoms_better"], p=[0.5, 0.3, 0.2]))
            add_fb(topic, tm + timedelta(hours=float(R.uniform(2, 30))), "survey", cust, "tp_monthly_followup",
                   nps=nps_for(topic))
    tc = tm + timedelta(minutes=30)
    add_ev(cust, "tp_course_complete", tc, "completed", route=route, 给药方式=PLAN_ZH[route], course_months=course_m)


def slit_price(cid, t):
    return PRICE["slit_new" if t >= PRICE_CHANGE else "slit_old"][cid]


def inj(cust, t, dose_no, add_ev, add_order, add_fb, nps_for):
    cid = cust["clinic_id"]
    add_ev(cust, "tp_injection", t, "done", route="scit", dose_no=dose_no, 给药方式=PLAN_ZH["scit"])
    add_order(cust, t, "scit_injection", PRICE["scit_injection"][cid])
    u = R.random()
    if u < 0.07:
        sev = "systemic" if u < 0.005 else "local"
        add_ev(cust, "tp_reaction_report", t + timedelta(hours=float(R.uniform(0.3, 30))), "report", route="scit",
               reaction_severity=sev, 反应程度="全身反应" if sev == "systemic" else "局部反应",
               symptom="hives" if sev == "systemic" else "arm_swelling", channel="app")
        if R.random() < 0.35:
            add_fb("injection_reaction", t + timedelta(hours=30), "survey", cust, "tp_injection",
                   nps=nps_for("injection_reaction"))


def refill(cust, t, kind, add_ev, add_order, add_fb, nps_for):
    cid = cust["clinic_id"]
    ch = "app" if cust["booking_channel"] in ("app", "phone", "web") else "mini_program"
    if cid == "SG-OR":
        ch = "app"
    add_ev(cust, "tp_refill_order", t, "submit", channel=ch, item=kind)
    price = slit_price(cid, t) if kind == "slit_drops" else PRICE["medication"][cid]
    if R.random() < 0.02:
        add_order(cust, t, kind, price, status="cancelled", channel=ch, item=kind)
        return
    if cid == "SG-OR":
        courier = "Ninja Van"
        p_late, p_warm = 0.07, 0.01
    elif t >= COURIER_SWITCH and R.random() < 0.7:
        courier = "QuickLark"
        p_late, p_warm = 0.30, 0.12
    else:
        courier = "SF Express"
        p_late, p_warm = 0.05, 0.01
    tc = t + timedelta(hours=float(R.uniform(0.3, 8)))
    add_ev(cust, "tp_pharmacist_check", tc, "approved", channel="other", device="", item=kind)
    late = R.random() < p_late
    hours = float(R.uniform(50, 110)) if late else float(R.uniform(14, 46))
    td = tc + timedelta(hours=hours)
    warm = kind == "slit_drops" and R.random() < p_warm
    status = "refunded" if warm else "paid"
    o = add_order(cust, t, kind, price, status=status, channel=ch, item=kind, courier=courier, 快递=COURIER_ZH[courier])
    if td > END:
        return
    add_ev(cust, "tp_delivery", td, "late" if late else "delivered", channel="other", device="", courier=courier,
           快递=COURIER_ZH[courier], delivery_hours=round(hours, 1), cold_chain_ok="no" if warm else "yes",
           order_id=o["order_id"])
    if late or warm:
        if R.random() < 0.3:
            add_ev(cust, "tp_cs_call", td + timedelta(hours=1), "call", channel="phone", device="",
                   call_reason="delivery_late", 来电原因=CALL_ZH["delivery_late"], resolved="yes")
            if R.random() < 0.5:
                add_fb("delivery_late", td + timedelta(hours=2), "call_note", cust, "tp_delivery", rating=None)
        if R.random() < 0.45:
            add_fb("delivery_late", td + timedelta(hours=float(R.uniform(1, 30))), "delivery_rating", cust,
                   "tp_delivery", undated=R.random() < 0.04)
    elif R.random() < 0.15:
        topic = str(R.choice(["delivery_fast", "neutral", "price_high"],
                             p=[0.6, 0.3, 0.1] if t < PRICE_CHANGE or kind != "slit_drops" else [0.45, 0.25, 0.3]))
        add_fb(topic, td + timedelta(hours=float(R.uniform(1, 30))), "delivery_rating", cust,
               "tp_refill_order" if topic == "price_high" else "tp_delivery", undated=R.random() < 0.04)
    if R.random() < 0.015:
        add_ev(cust, "tp_cs_call", t + timedelta(days=1), "call", channel="phone", device="",
               call_reason="refill_question", 来电原因=CALL_ZH["refill_question"], resolved="yes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
