"""康宁诊所 / Kangning Clinics: a private clinic chain with a booking app, 2025-04-01 .. 2026-09-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2025, 4, 1)
END = datetime(2026, 9, 30, 21, 0, 0)
N = 9000
BUG_FROM, BUG_TO = datetime(2026, 5, 1), datetime(2026, 6, 1)   # iOS app 3.4.0 breaks payment
SLOW_CLINIC = "K04"                                             # long waits, no-shows
BAD_DEPT = "dermatology"                                        # many complaints

TOUCHPOINTS = [
    ("tp_ad", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing", "广告|投放|ad|ads|campaign"),
    ("tp_search", "搜索进入", "Search visit", "awareness", "web", "digital", "marketing", "搜索|百度|点评搜索|search|seo"),
    ("tp_register", "App注册", "App registration", "consideration", "app", "digital", "digital",
     "注册|开户|建档|sign up|registration|register"),
    ("tp_doctor_search", "找医生", "Doctor search", "consideration", "app", "digital", "digital",
     "搜索医生|查医生|选医生|find a doctor|doctor search"),
    ("tp_booking", "预约挂号", "Appointment booking", "purchase", "app", "digital", "digital",
     "挂号|预约|约号|booking|appointment|book"),
    ("tp_payment", "支付诊费", "Consultation fee payment", "purchase", "app", "digital", "finance",
     "付款|支付|诊费|缴费|payment|pay|checkout"),
    ("tp_visit", "到诊就诊", "Clinic visit", "service", "store", "physical", "clinic_ops",
     "就诊|看病|到诊|到院|visit|consultation|see the doctor"),
    ("tp_prescription", "开处方", "Prescription", "service", "store", "physical", "clinic_ops", "处方|开药|prescription|meds"),
    ("tp_lab_test", "化验检查", "Lab test", "service", "store", "physical", "lab", "化验|检查|抽血|验血|lab test|blood test|lab"),
    ("tp_followup", "复诊预约", "Follow-up booking", "loyalty", "app", "digital", "clinic_ops",
     "复诊|回访预约|follow-up|follow up|revisit"),
    ("tp_cancel", "取消预约", "Appointment cancellation", "service", "app", "digital", "service",
     "取消|退号|cancel|cancellation"),
    ("tp_no_show", "爽约未到", "No-show", "service", "store", "physical", "clinic_ops", "爽约|未到诊|放鸽子|no-show|no show|missed"),
    ("tp_complaint", "投诉", "Complaint", "service", "store", "physical", "service", "客诉|投诉|complaint|complaints|ticket"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance", "退费|退款|退钱|refund"),
]
JOURNEYS = [
    ("booking", "预约就诊旅程", "Booking to visit", 14,
     ["tp_register", "tp_doctor_search", "tp_booking", "tp_payment", "tp_visit"]),
    ("followup", "复诊旅程", "Follow-up journey", 30, ["tp_visit", "tp_followup"]),
]
CLINICS = [("K01", "上海", "华东", 1.4), ("K02", "上海", "华东", 1.0), ("K03", "北京", "华北", 1.1),
           ("K04", "深圳", "华南", 1.0), ("K05", "广州", "华南", 0.8), ("K06", "成都", "西南", 0.7)]
DEPTS = [("pediatrics", 0.26, 200.0), ("internal_medicine", 0.24, 180.0), ("dermatology", 0.18, 260.0),
         ("dental", 0.18, 350.0), ("gynecology", 0.14, 240.0)]
FEE = {d[0]: d[2] for d in DEPTS}
ACQ = [("douyin_ads", 0.28), ("baidu_search", 0.22), ("wechat_ads", 0.18), ("insurance_partner", 0.14),
       ("dianping", 0.18)]
BOOK_P = {"douyin_ads": 0.45, "baidu_search": 0.62, "wechat_ads": 0.58, "insurance_partner": 0.88, "dianping": 0.66}
INS = [("self_pay", 0.5), ("commercial", 0.3), ("social_insurance", 0.2)]

T = dict(
    wait=dict(neg=[("候诊等了一个多小时，预约时间形同虚设", "Waited over an hour even though I had an appointment"),
                   ("排队太久了，等了90分钟才见到医生", "90 minutes in the waiting room, the appointment time means nothing"),
                   ("到了诊所还要等很久，下次不来了", "The waiting time at the clinic is ridiculous")]),
    derm=dict(neg=[("皮肤科医生看了三分钟就开药，没解释", "The dermatologist spent three minutes and didn't explain anything"),
                   ("皮肤科开的药膏没用，还过敏了", "The cream from dermatology made my skin worse"),
                   ("皮肤科推销自费项目太多", "Dermatology kept pushing expensive cosmetic treatments")]),
    pay_bug=dict(neg=[("苹果手机上支付诊费一直失败", "Payment keeps failing on my iPhone"),
                      ("iOS新版App付款页面卡住，挂号没成功", "The iOS app froze on the payment page, booking lost")]),
    visit=dict(neg=[("前台态度一般", "Front desk staff were not friendly")],
               pos=[("医生很耐心，讲得很清楚", "The doctor was patient and explained everything"),
                    ("环境干净，就诊很顺利", "Clean clinic and a smooth visit"),
                    ("儿科医生对孩子很温柔", "The pediatrician was very gentle with my kid")]),
    booking=dict(neg=[("想约的医生总是约满", "The doctor I want is always fully booked")],
                 pos=[("App挂号很方便", "Booking in the app is very convenient")]),
    register=dict(neg=[("注册要填的资料太多", "Too many fields to fill in at registration")],
                  pos=[("注册很快，一分钟搞定", "Registration took a minute")]),
    lab=dict(neg=[("化验报告出得太慢", "Lab results took too long")], pos=[("抽血很快不疼", "Blood test was quick")]),
    refund=dict(neg=[("取消预约后退款一周还没到账", "Still waiting for my refund a week after cancelling")],
                pos=[("退款很快就到账了", "Refund arrived quickly")]),
)


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, fb, custs = [], [], [], []
    days = (END - START).days

    def pick(opts):
        return opts[int(rng.choice(len(opts), p=np.array([o[1] for o in opts]) / sum(o[1] for o in opts)))][0]

    def later(t, lo, hi):
        return t + timedelta(hours=float(rng.uniform(lo, hi)))

    def ev(c, t, tp, action, dev, ch, clinic="", dept="", doc="", ver=""):
        if t <= END:
            events.append(dict(customer_id=c["id"], ts=t, tp=tp, action=action, device=dev or "", channel=ch,
                               session=f"S{len(events):07d}" if dev else "", clinic=clinic, dept=dept, doc=doc, ver=ver))
        return t

    def comment(c, t, tp, topic, sent, channel, clinic="", dept=""):
        if t > END:
            return
        zh, en = T[topic][sent][int(rng.integers(len(T[topic][sent])))]
        fb.append(dict(text=zh if rng.random() < 0.5 else en, ts=t, cid=c["id"], tp=tp, channel=channel,
                       sent=sent, clinic=clinic, dept=dept))

    for i in range(1, N + 1):
        t0 = START + timedelta(days=float(days * rng.random() ** 0.85), hours=float(rng.uniform(8, 22)))
        acq = pick(ACQ)
        clinic = CLINICS[int(rng.choice(6, p=np.array([k[3] for k in CLINICS]) / sum(k[3] for k in CLINICS)))]
        dev = "ios" if rng.random() < 0.45 else "android"
        c = dict(id=f"P{i:05d}", first=t0, acq=acq, clinic=clinic[0], city=clinic[1], region=clinic[2],
                 age=int(np.clip(rng.normal(36, 14), 1, 85)), ins=pick(INS), gender="F" if rng.random() < 0.56 else "M",
                 visits=0, noshow=0)
        custs.append(c)
        if acq in ("douyin_ads", "wechat_ads"):
            t = ev(c, t0, "tp_ad", "click", dev, "ads")
        elif acq in ("baidu_search", "dianping"):
            t = ev(c, t0, "tp_search", "click", "", "web")
        else:
            t = t0
        if rng.random() > 0.82:
            continue
        t = ev(c, later(t, 0.05, 30), "tp_register", "submit", dev, "app")
        if rng.random() > 0.85:
            continue
        t = ev(c, later(t, 0.01, 48), "tp_doctor_search", "view", dev, "app")
        ver = "3.4.0" if dev == "ios" and BUG_FROM <= t < BUG_TO else ("3.3.2" if dev == "ios" else "3.3.5")
        first = True
        while True:
            if first and rng.random() > BOOK_P[acq]:
                break
            dept = pick(DEPTS)
            if c["age"] < 14:
                dept = "pediatrics"
            doc = f"D{c['clinic'][1:]}{[d[0] for d in DEPTS].index(dept) + 1}"
            t = ev(c, later(t, 0.05, 24), "tp_booking", "submit", dev, "app", c["clinic"], dept, doc, ver)
            bug = dev == "ios" and BUG_FROM <= t < BUG_TO
            if bug and rng.random() < 0.65:
                t = ev(c, later(t, 0.01, 0.2), "tp_payment", "fail", dev, "app", c["clinic"], dept, doc, "3.4.0")
                orders.append(dict(cid=c["id"], ts=t, amount=0.0, status="cancelled", type="consultation",
                                   clinic=c["clinic"], dept=dept, dev=dev))
                if rng.random() < 0.3:
                    comment(c, t, "tp_payment", "pay_bug", "neg", "app_review")
                if rng.random() < 0.7:
                    break
            pay_t = ev(c, later(t, 0.01, 0.5), "tp_payment", "success", dev, "app", c["clinic"], dept, doc,
                       "3.4.0" if bug else ver)
            order = dict(cid=c["id"], ts=pay_t, amount=FEE[dept], status="paid", type="consultation",
                         clinic=c["clinic"], dept=dept, dev=dev)
            orders.append(order)
            appt = pay_t + timedelta(days=float(rng.uniform(1, 8)))
            if rng.random() < 0.07:  # cancellation -> refund
                ct = ev(c, later(pay_t, 2, 30), "tp_cancel", "cancel", dev, "app", c["clinic"], dept, doc)
                order["status"] = "refunded"
                rt = ev(c, later(ct, 1, 72), "tp_refund", "refund", dev, "app", c["clinic"], dept)
                if rng.random() < 0.2:
                    comment(c, rt, "tp_refund", "refund", "neg" if rng.random() < 0.5 else "pos", "app_review")
                break
            slow = c["clinic"] == SLOW_CLINIC
            if rng.random() < (0.24 if slow else 0.05):
                ev(c, appt, "tp_no_show", "missed", "", "store", c["clinic"], dept, doc)
                c["noshow"] += 1
                break
            t = ev(c, appt, "tp_visit", "visit", "", "store", c["clinic"], dept, doc)
            c["visits"] += 1
            if rng.random() < 0.55:
                ev(c, later(t, 0.2, 1), "tp_prescription", "issued", "", "store", c["clinic"], dept, doc)
            if rng.random() < (0.45 if dept == "internal_medicine" else 0.25):
                lt = ev(c, later(t, 0.2, 1.5), "tp_lab_test", "done", "", "store", c["clinic"], dept, doc)
                if lt <= END:
                    orders.append(dict(cid=c["id"], ts=lt, amount=float(rng.choice([120.0, 280.0, 460.0])),
                                       status="refunded" if rng.random() < 0.03 else "paid", type="lab_test",
                                       clinic=c["clinic"], dept=dept, dev=""))
                if rng.random() < 0.05:
                    comment(c, later(lt, 24, 96), "tp_lab_test", "lab", "neg" if rng.random() < 0.5 else "pos", "survey",
                            c["clinic"], dept)
            # complaints: waiting time at the slow clinic, dermatology care
            p_wait = 0.16 if slow else 0.012
            p_derm = 0.14 if dept == BAD_DEPT else 0.0
            r = rng.random()
            if r < p_wait + p_derm:
                topic = "wait" if r < p_wait else "derm"
                ct = later(t, 1, 30)
                cdev = dev if rng.random() < 0.6 else ""
                ev(c, ct, "tp_complaint", "submit", cdev, "app" if cdev else "store", c["clinic"], dept, doc)
                comment(c, ct, "tp_visit", topic, "neg", "ticket", c["clinic"], dept)
            elif rng.random() < 0.12:
                comment(c, later(t, 2, 48), "tp_visit", "visit", "pos" if rng.random() < 0.82 else "neg", "survey",
                        c["clinic"], dept)
            if rng.random() < 0.04:
                comment(c, later(t, -48, -1), "tp_booking", "booking", "pos" if rng.random() < 0.6 else "neg",
                        "app_review", c["clinic"], dept)
            if c["visits"] >= 4 or rng.random() > (0.42 if dept != "dental" else 0.55):
                break
            t = ev(c, later(t, 2, 24 * 20), "tp_followup", "submit", dev, "app", c["clinic"], dept, doc)
            first = False
        if rng.random() < 0.02:
            comment(c, later(c["first"], 0.1, 40), "tp_register", "register", "neg" if rng.random() < 0.5 else "pos",
                    "app_review")

    # feedback rows
    fb.sort(key=lambda r: r["ts"])
    rows_fb = []
    for k, r in enumerate(fb, 1):
        neg = r["sent"] == "neg"
        rating = ""
        if r["channel"] in ("survey", "app_review") or rng.random() < 0.5:
            rating = int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]) if neg else rng.choice([3, 4, 5], p=[0.1, 0.35, 0.55]))
        ts = "" if rng.random() < 0.05 else r["ts"].strftime("%Y-%m-%d %H:%M:%S")
        rows_fb.append([f"FB{k:05d}", r["text"], ts, r["cid"], r["tp"], r["channel"], rating, r["sent"], r["clinic"],
                        r["dept"]])
    fmt = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S")  # noqa: E731
    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp in TOUCHPOINTS:
            w.writerow([tp[0], tp[1], tp[1], tp[2], *tp[3:]])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for s, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, s, tp, win])
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "city", "home_clinic_id",
                    "insurance_type", "age", "gender"])
        for c in custs:
            seg = "lead" if c["visits"] == 0 else ("returning" if c["visits"] > 1 else "new")
            w.writerow([c["id"], fmt(c["first"]), seg, c["region"], c["acq"], c["city"], c["clinic"], c["ins"],
                        c["age"], c["gender"]])
    events.sort(key=lambda e: e["ts"])
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
                    "clinic_id", "department", "doctor_id", "app_version"])
        for k, e in enumerate(events, 1):
            w.writerow([f"E{k:07d}", e["customer_id"], fmt(e["ts"]), e["tp"], e["action"], e["device"], e["channel"],
                        e["session"], e["clinic"], e["dept"], e["doc"], e["ver"]])
    orders.sort(key=lambda o: o["ts"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                    "clinic_id", "department"])
        for k, o in enumerate([o for o in orders if o["ts"] <= END], 1):
            w.writerow([f"O{k:06d}", o["cid"], fmt(o["ts"]), f"{o['amount']:.2f}", o["status"],
                        "app" if o["type"] == "consultation" else "front_desk", o["dev"], o["type"], o["clinic"],
                        o["dept"]])
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                    "sentiment_label", "clinic_id", "department"])
        w.writerows(rows_fb)
    print(f"{len(custs)} customers, {len(events)} events, {len(orders)} orders, {len(rows_fb)} feedback")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "clinic-data"))
