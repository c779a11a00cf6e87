"""PawCare 宠爱 — synthetic chain of veterinary clinics with a booking app, written blind.

    python generate.py OUTDIR

Fixed seed, numpy + stdlib (+ pandas for writing), deterministic, about 2 s. Writes touchpoints, customers, events,
journeys, orders (consultations, lab tests, vaccines, health plans) and feedback as CSV following DATA.md.
Data covers 2025-05-01 .. 2026-04-30 (historical: it ends seven months before 2026-12-01).
See README.md for the planted patterns.
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260430
T0 = datetime(2025, 5, 1)
T_END = datetime(2026, 5, 1)          # exclusive
NDAYS = (T_END - T0).days            # 365
N_CUST = 5200

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_install", "下载安装App", "App install", "awareness", "app", "digital", "growth",
     "装App|下载App|安装|新装机|app install|download|install"),
    ("tp_pet_profile", "建立宠物档案", "Pet profile created", "consideration", "app", "digital", "app",
     "宠物档案|建档|添加宠物|毛孩子档案|pet profile|add pet|pet record"),
    ("tp_booking", "在线预约", "Online appointment booking", "purchase", "app", "digital", "app",
     "预约|挂号|约号|网上预约|约医生|booking|appointment|book a vet"),
    ("tp_checkin", "到院签到", "Clinic check-in", "service", "store", "physical", "clinic_ops",
     "签到|到店|到院|前台登记|check-in|arrival|front desk"),
    ("tp_consultation", "医生问诊", "Consultation", "service", "store", "physical", "medical",
     "看诊|问诊|就诊|看医生|接诊|consult|consultation|vet visit|exam"),
    ("tp_lab_test", "化验检查", "Lab test", "service", "store", "physical", "medical",
     "化验|验血|检查|血常规|生化|拍片|lab test|blood test|diagnostics|lab work"),
    ("tp_payment", "结账付款", "Payment", "purchase", "store", "physical", "clinic_ops",
     "付款|结账|缴费|买单|payment|checkout|pay the bill"),
    ("tp_followup_visit", "复诊", "Follow-up visit", "loyalty", "store", "physical", "medical",
     "复查|复诊|回访就诊|二次就诊|follow-up|recheck|revisit"),
    ("tp_vacc_reminder", "疫苗提醒", "Vaccination reminder", "loyalty", "other", "digital", "crm",
     "疫苗提醒|打针提醒|提醒短信|接种提醒|vaccine reminder|reminder SMS|reminder"),
    ("tp_vaccination", "疫苗接种", "Vaccination visit", "loyalty", "store", "physical", "medical",
     "打疫苗|接种|打针|免疫|vaccination|vaccine shot|jab"),
    ("tp_plan_page", "健康计划介绍页", "Health plan page", "consideration", "app", "digital", "membership",
     "健康计划页|会员计划页|年卡介绍|health plan page|membership page|plan offer"),
    ("tp_plan_purchase", "购买健康计划", "Health plan purchase", "loyalty", "app", "digital", "membership",
     "健康计划|会员年卡|买年卡|开通会员|health plan|membership|wellness plan|annual plan"),
]

JOURNEYS = [
    ("first_visit", "首次就诊", "First visit",
     ["tp_app_install", "tp_pet_profile", "tp_booking", "tp_checkin", "tp_consultation"], 30),
    ("vaccination", "疫苗提醒到接种", "Reminder to vaccination", ["tp_vacc_reminder", "tp_vaccination"], 30),
    ("health_plan", "健康计划转化", "Health plan conversion", ["tp_plan_page", "tp_plan_purchase"], 14),
]

# clinic zh, clinic en, city, vets (id, weight), mean wait minutes
CLINICS = [
    ("宠爱徐汇店", "PawCare Xuhui", "上海", [("V_XH01", 1), ("V_XH02", 1), ("V_XH03", 1)], 52.0),
    ("宠爱静安店", "PawCare Jing'an", "上海", [("V_JA01", 5), ("V_JA02", 1.5), ("V_JA03", 1.5)], 14.0),
    ("宠爱朝阳店", "PawCare Chaoyang", "北京", [("V_CY01", 1), ("V_CY02", 1), ("V_CY03", 1), ("V_CY04", 1)], 16.0),
    ("宠爱西湖店", "PawCare West Lake", "杭州", [("V_XL01", 1), ("V_XL02", 1), ("V_XL03", 1)], 13.0),
    ("宠爱高新店", "PawCare Gaoxin", "成都", [("V_GX01", 1), ("V_GX02", 1), ("V_GX03", 1)], 15.0),
    ("宠爱南山店", "PawCare Nanshan", "深圳", [("V_NS01", 1), ("V_NS02", 1), ("V_NS03", 1)], 12.0),
]
CITY_W = {"上海": 0.36, "北京": 0.20, "杭州": 0.14, "成都": 0.15, "深圳": 0.15}
ACQ = {"app_store": 0.30, "wechat": 0.25, "dianping": 0.20, "referral": 0.15, "douyin_ads": 0.10}
AGE_BANDS = {"under_1": 0.30, "1_to_7": 0.50, "over_7": 0.20}
PRICES = {"consultation": (150, 300), "lab_test": (260, 880), "vaccine": (90, 220)}
PLAN_PRICE = {"dog": 1599.0, "cat": 1299.0}
SMS_OUTAGE = (datetime(2026, 1, 1), datetime(2026, 2, 1))   # SMS gateway failing


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    ev, orders, fb, cust = [], [], [], []
    clinics_of = {}
    for c in CLINICS:
        clinics_of.setdefault(c[2], []).append(c)

    def rtime(base: datetime, lo_days: float, hi_days: float, hours=(9, 20)) -> datetime:
        d = base + timedelta(days=float(rng.uniform(lo_days, hi_days)))
        h = float(rng.uniform(*hours))
        return d.replace(hour=int(h), minute=int((h % 1) * 60), second=int(rng.integers(0, 60)), microsecond=0)

    def add(cid, ts, tp, device="", channel="app", **kw):
        if ts >= T_END:
            return False
        ev.append(dict(customer_id=cid, ts=ts, touchpoint_id=tp, device=device, channel=channel, **kw))
        return True

    def order(cid, ts, stype, amount, clinic, channel, device, refund_p):
        if ts >= T_END:
            return None
        status = "refunded" if rng.random() < refund_p else "paid"
        orders.append(dict(customer_id=cid, ts=ts, amount=round(float(amount), 2), status=status, channel=channel,
                           device=device, service_type=stype, clinic=clinic[0] if clinic else "",
                           clinic_en=clinic[1] if clinic else ""))
        return status

    def feedback(cid, ts, tp, topic, clinic, channel, rating, senti):
        fb.append(dict(customer_id=cid, ts=ts, touchpoint_id=tp, topic=topic, clinic=clinic[0] if clinic else "",
                       channel=channel, rating=rating, sentiment_label=senti))

    def visit(cid, t_checkin, clinic, species, age, first, dev):
        """check-in -> consultation (-> lab) -> payment; returns the payment time."""
        vets = clinic[3]
        w = np.array([v[1] for v in vets], float)
        vet = vets[rng.choice(len(vets), p=w / w.sum())][0]
        add(cid, t_checkin, "tp_checkin", channel="store", clinic=clinic[0], clinic_en=clinic[1])
        wait = max(2, int(rng.gamma(4.0, clinic[4] / 4.0)))
        t_c = t_checkin + timedelta(minutes=wait)
        add(cid, t_c, "tp_consultation", channel="store", clinic=clinic[0], clinic_en=clinic[1], vet=vet,
            wait_minutes=wait)
        if wait > 40 and rng.random() < 0.22:
            feedback(cid, t_c + timedelta(hours=float(rng.uniform(1, 30))), "tp_checkin", "long_wait", clinic,
                     rng.choice(["survey", "app_review", "call_note"], p=[0.6, 0.25, 0.15]),
                     int(rng.choice([1, 2], p=[0.6, 0.4])), "neg")
        elif rng.random() < 0.06:
            feedback(cid, t_c + timedelta(hours=float(rng.uniform(1, 30))), "tp_consultation", "friendly_vet",
                     clinic, "survey", 5, "pos")
        t = t_c + timedelta(minutes=int(rng.integers(15, 35)))
        lab_p = {"under_1": 0.18, "1_to_7": 0.28, "over_7": 0.55}[age]
        lab = rng.random() < lab_p
        if lab:
            t = t + timedelta(minutes=int(rng.integers(5, 20)))
            add(cid, t, "tp_lab_test", channel="store", clinic=clinic[0], clinic_en=clinic[1], vet=vet)
            t = t + timedelta(minutes=int(rng.integers(30, 90)))
        pay_ch = "app" if rng.random() < 0.55 else "store"
        pdev = dev if pay_ch == "app" else ""
        add(cid, t, "tp_payment", device=pdev, channel=pay_ch, clinic=clinic[0], clinic_en=clinic[1])
        order(cid, t, "consultation", rng.uniform(*PRICES["consultation"]), clinic, pay_ch, pdev, 0.03)
        if lab:
            st = order(cid, t, "lab_test", rng.uniform(*PRICES["lab_test"]), clinic, pay_ch, pdev, 0.05)
            if st and rng.random() < 0.13:
                feedback(cid, t + timedelta(hours=float(rng.uniform(2, 48))), "tp_lab_test", "lab_price", clinic,
                         rng.choice(["survey", "call_note"], p=[0.7, 0.3]), int(rng.choice([2, 3], p=[0.6, 0.4])),
                         "neg")
        if rng.random() < 0.04:
            feedback(cid, t + timedelta(hours=float(rng.uniform(2, 48))), "tp_payment", "general_ok", clinic, "survey",
                     int(rng.choice([4, 5])), "pos")
        # follow-up
        if rng.random() < (0.35 if lab else 0.18):
            tf = rtime(t, 7, 21)
            if add(cid, tf, "tp_followup_visit", channel="store", clinic=clinic[0], clinic_en=clinic[1], vet=vet):
                order(cid, tf, "consultation", rng.uniform(100, 180), clinic, "store", "", 0.02)
        return t

    species_all = rng.choice(["dog", "cat"], size=N_CUST, p=[0.52, 0.48])
    for i in range(N_CUST):
        cid = f"PC{i + 1:05d}"
        city = rng.choice(list(CITY_W), p=list(CITY_W.values()))
        acq = rng.choice(list(ACQ), p=list(ACQ.values()))
        species = species_all[i]
        age = rng.choice(list(AGE_BANDS), p=list(AGE_BANDS.values()))
        dev = "android" if rng.random() < 0.55 else "ios"
        clinic = clinics_of[city][rng.integers(len(clinics_of[city]))]
        signup = rtime(T0, 0, NDAYS - 5, hours=(8, 23))
        add(cid, signup, "tp_app_install", device=dev, channel="app")
        cust.append(dict(customer_id=cid, signup_at=signup, region=city, acquisition_channel=acq,
                         pet_species=species, pet_age_band=age, device=dev, _clinic=clinic[0]))
        if rng.random() > 0.86:
            continue
        t = rtime(signup, 0, 2, hours=(8, 23))
        if not add(cid, t, "tp_pet_profile", device=dev):
            continue
        book_p = 0.52 if dev == "android" else 0.74
        if rng.random() < book_p:
            tb = rtime(t, 0, 8, hours=(8, 23))
            if add(cid, tb, "tp_booking", device=dev, clinic=clinic[0], clinic_en=clinic[1]):
                if rng.random() < 0.9:
                    tc = rtime(tb, 1, 5, hours=(9, 19))
                    if tc < T_END:
                        tpay = visit(cid, tc, clinic, species, age, True, dev)
                        # repeat visits
                        for _ in range(int(rng.choice([0, 1, 2, 3], p=[0.45, 0.3, 0.17, 0.08]))):
                            tb2 = rtime(tpay, 20, 120, hours=(8, 23))
                            if not add(cid, tb2, "tp_booking", device=dev, clinic=clinic[0], clinic_en=clinic[1]):
                                break
                            tc2 = rtime(tb2, 1, 5, hours=(9, 19))
                            if tc2 >= T_END:
                                break
                            tpay = visit(cid, tc2, clinic, species, age, False, dev)
                        # health plan offer
                        if rng.random() < 0.45:
                            tp_ = rtime(tpay, 0, 30, hours=(8, 23))
                            if add(cid, tp_, "tp_plan_page", device=dev):
                                if rng.random() < (0.40 if species == "dog" else 0.14):
                                    tpp = tp_ + timedelta(hours=float(rng.uniform(0.1, 24 * 10)))
                                    if add(cid, tpp, "tp_plan_purchase", device=dev):
                                        order(cid, tpp, "health_plan", PLAN_PRICE[species], clinic, "app", dev, 0.08)
            elif rng.random() < 0.2:
                # booking abandoned in the app; Android users hit the bug
                pass
        if dev == "android" and rng.random() < 0.07:
            feedback(cid, t + timedelta(hours=float(rng.uniform(0, 72))), "tp_booking", "app_bug", None,
                     "app_review", int(rng.choice([1, 2], p=[0.7, 0.3])), "neg")
        elif dev == "ios" and rng.random() < 0.015:
            feedback(cid, t + timedelta(hours=float(rng.uniform(0, 72))), "tp_booking", "app_bug", None,
                     "app_review", 2, "neg")
        # vaccination reminders (pet owners with a profile)
        tr = signup + timedelta(days=float(rng.uniform(10, 150)))
        while tr < T_END:
            tr = tr.replace(hour=10, minute=int(rng.integers(0, 59)), second=int(rng.integers(0, 59)))
            rch = "sms" if rng.random() < 0.6 else "app_push"
            failed_p = 0.6 if (rch == "sms" and SMS_OUTAGE[0] <= tr < SMS_OUTAGE[1]) else 0.04
            delivered = rng.random() >= failed_p
            add(cid, tr, "tp_vacc_reminder", device=dev if rch == "app_push" else "", channel=rch,
                reminder_channel=rch, delivery_status="delivered" if delivered else "failed")
            p_vac = 0.58 if delivered else 0.12
            if rng.random() < p_vac:
                tv = rtime(tr, 1, 25, hours=(9, 19))
                vets = clinic[3]
                vet = vets[rng.integers(len(vets))][0]
                if add(cid, tv, "tp_vaccination", channel="store", clinic=clinic[0], clinic_en=clinic[1], vet=vet):
                    order(cid, tv, "vaccine", rng.uniform(*PRICES["vaccine"]), clinic, "store", "", 0.02)
            elif not delivered and rng.random() < 0.18:
                feedback(cid, tr + timedelta(days=float(rng.uniform(3, 20))), "tp_vacc_reminder", "sms_missing",
                         clinic, rng.choice(["call_note", "survey"], p=[0.7, 0.3]), int(rng.choice([1, 2, 3])), "neg")
            tr = tr + timedelta(days=float(rng.uniform(90, 200)))

    # ---- write
    pd.DataFrame([dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                       kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]).to_csv(
        out / "touchpoints.csv", index=False)
    pd.DataFrame([dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                       touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
                 ).to_csv(out / "journeys.csv", index=False)

    df = pd.DataFrame(ev).sort_values(["ts", "customer_id"], kind="stable").reset_index(drop=True)
    df.insert(0, "event_id", [f"E{i + 1:07d}" for i in range(len(df))])
    df["wait_minutes"] = df["wait_minutes"].astype("Int64")
    df["ts"] = df["ts"].dt.strftime("%Y-%m-%d %H:%M:%S")
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "device", "channel", "clinic", "clinic_en", "vet",
            "wait_minutes", "reminder_channel", "delivery_status"]
    df[cols].to_csv(out / "events.csv", index=False)

    od = pd.DataFrame(orders).sort_values(["ts", "customer_id"], kind="stable").reset_index(drop=True)
    od.insert(0, "order_id", [f"O{i + 1:06d}" for i in range(len(od))])
    od["ts"] = od["ts"].dt.strftime("%Y-%m-%d %H:%M:%S")
    od.to_csv(out / "orders.csv", index=False)

    # customers: tier from a paid health plan, segment from activity at the end of the data
    paid_plan = set(od.loc[(od.service_type == "health_plan") & (od.status == "paid"), "customer_id"])
    n_visits = df[df.touchpoint_id == "tp_consultation"].groupby("customer_id").size().to_dict()
    last = df.groupby("customer_id")["ts"].max().to_dict()
    rows = []
    for c in cust:
        cid = c["customer_id"]
        n = n_visits.get(cid, 0)
        if c["signup_at"] >= datetime(2026, 3, 1):
            seg = "new"
        elif n >= 3:
            seg = "vip"
        elif last.get(cid, "") < "2025-12-01":
            seg = "at_risk"
        else:
            seg = "returning"
        rows.append(dict(customer_id=cid, signup_at=c["signup_at"].strftime("%Y-%m-%d %H:%M:%S"), segment=seg,
                         region=c["region"], acquisition_channel=c["acquisition_channel"],
                         tier="health_plan" if cid in paid_plan else "standard", pet_species=c["pet_species"],
                         pet_age_band=c["pet_age_band"], device=c["device"], home_clinic=c["_clinic"]))
    pd.DataFrame(rows).to_csv(out / "customers.csv", index=False)

    fbd = pd.DataFrame(fb)
    fbd = fbd[fbd.ts < T_END].sort_values(["ts", "customer_id"], kind="stable").reset_index(drop=True)
    texts, langs = [], []
    for r in fbd.itertuples():
        zh = rng.random() < 0.62
        pool = TEXTS[r.topic]["zh" if zh else "en"]
        t = pool[rng.integers(len(pool))]
        texts.append(t.format(clinic=(r.clinic or "门店") if zh else (EN_OF.get(r.clinic, "the clinic"))))
        langs.append("zh" if zh else "en")
    fbd["text"] = texts
    fbd["lang"] = langs
    fbd.insert(0, "feedback_id", [f"F{i + 1:05d}" for i in range(len(fbd))])
    fbd["ts"] = fbd["ts"].dt.strftime("%Y-%m-%d %H:%M:%S")
    # some app-store reviews and call notes carry no date
    nodate = (fbd.channel.isin(["app_review", "call_note"])) & (rng.random(len(fbd)) < 0.15)
    fbd.loc[nodate, "ts"] = None
    fbd = fbd[["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "text", "clinic", "lang",
               "topic", "sentiment_label"]]
    fbd.to_csv(out / "feedback.csv", index=False)
    print(f"customers {len(rows)}, events {len(df)}, orders {len(od)}, feedback {len(fbd)}")


EN_OF = {c[0]: c[1] for c in CLINICS}
TEXTS = {
    "long_wait": {
        "zh": ["在{clinic}等了快一个小时才看上，预约了有什么用", "预约了还要排队等很久，{clinic}候诊时间太长了",
               "{clinic}签到后干等了50分钟，狗狗都焦躁了", "等待时间太久，前台也不告诉还要等多久",
               "明明约的是两点，三点才叫号，排队太离谱"],
        "en": ["Waited almost an hour at {clinic} even with an appointment.", "The waiting time at {clinic} is way too long.",
               "Long wait after check-in, my cat was stressed out. What's the point of booking?",
               "Booked for 2pm and got seen at 3pm, the queue is ridiculous."],
    },
    "lab_price": {
        "zh": ["化验费太贵了，一个血常规加生化要七八百", "检查项目开得太多，化验收费贵", "验血价格比别家贵不少，有点坑",
               "化验检查费用太高，医生也没解释为什么要做"],
        "en": ["Lab tests are too expensive, 700 yuan for bloodwork.", "The blood test price is much higher than other vets.",
               "Too many lab tests ordered and they are pricey.", "Expensive lab work, nobody explained why it was needed."],
    },
    "friendly_vet": {
        "zh": ["医生很温柔很耐心，猫咪一点都不怕", "接诊的医生特别专业又亲切，讲得很清楚", "医生态度超好，会再来",
               "大夫很有耐心，解释得很细，点赞"],
        "en": ["The vet was so kind and patient with my dog.", "Friendly vet, explained everything clearly.",
               "Lovely doctor, very gentle with my cat. Will come back.", "Great vet, patient and caring."],
    },
    "app_bug": {
        "zh": ["App预约页面一直闪退，约不上号", "预约时选时间段就卡死，提交不了", "在线预约总是报错，只能打电话",
               "App有bug，预约按钮点了没反应"],
        "en": ["The app keeps crashing on the booking screen.", "Booking page freezes when I pick a time slot, can't book.",
               "App bug: the book button does nothing.", "Online booking always shows an error, had to call instead."],
    },
    "sms_missing": {
        "zh": ["没收到疫苗提醒短信，差点错过打针时间", "说好的接种提醒短信一直没收到", "疫苗到期了都没有短信提醒",
               "提醒短信没收到，狗狗疫苗晚打了半个月"],
        "en": ["Never got the vaccine reminder SMS.", "I did not receive any reminder text for the booster shot.",
               "No reminder SMS this time, we almost missed the vaccination.", "The vaccination reminder text never arrived."],
    },
    "general_ok": {
        "zh": ["整体体验不错，环境干净", "挺好的，流程顺畅", "服务可以，下次还来"],
        "en": ["Overall a good experience, clean clinic.", "Smooth visit, all good.", "Good service, will return."],
    },
}

if __name__ == "__main__":
    main(Path(sys.argv[1]))
