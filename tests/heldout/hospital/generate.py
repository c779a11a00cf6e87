"""仁和医院 RenHe Hospital: a private hospital group's outpatient service (four campuses in Shanghai),
2025-03-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, about two seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261203
START = datetime(2025, 3, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
N = 4200
D = timedelta

CAMPUSES = [("浦东院区", "Pudong", 0.33), ("徐汇院区", "Xuhui", 0.29), ("闵行院区", "Minhang", 0.22),
            ("嘉定院区", "Jiading", 0.16)]
CAMPUS_EN = {c[0]: c[1] for c in CAMPUSES}
NOSHOW = {"闵行院区": 0.23}                      # others 0.055
PARKING_P = {"徐汇院区": 0.05}                   # others 0.008
DEPTS = [("internal_medicine", "内科", 0.28), ("pediatrics", "儿科", 0.17), ("orthopedics", "骨科", 0.18),
         ("dermatology", "皮肤科", 0.14), ("gynecology", "妇科", 0.12), ("ophthalmology", "眼科", 0.11)]
DEPT_ZH = {d[0]: d[1] for d in DEPTS}
TITLES = [("chief_physician", "主任医师", 0.20, 300), ("associate_chief", "副主任医师", 0.25, 200),
          ("attending", "主治医师", 0.35, 100), ("resident", "住院医师", 0.20, 50)]
TITLE_ZH = {t[0]: t[1] for t in TITLES}
REG_FEE = {t[0]: t[3] for t in TITLES}
ONLINE_FEE = {"chief_physician": 150, "associate_chief": 100, "attending": 60, "resident": 30}
RATING_MU = {"chief_physician": 3.85, "associate_chief": 4.45, "attending": 3.9, "resident": 3.7}
INSURANCE = [("employee_basic", "职工医保", 0.45, 0.6), ("resident_basic", "居民医保", 0.15, 0.4),
             ("commercial", "商业保险", 0.20, 0.8), ("self_pay", "自费", 0.20, 0.0)]
INS_ZH = {i[0]: i[1] for i in INSURANCE}
COVER = {i[0]: i[3] for i in INSURANCE}
LABS = [("cbc", 60, 0.34), ("metabolic_panel", 280, 0.2), ("urinalysis", 40, 0.14), ("liver_function", 120, 0.12),
        ("thyroid", 180, 0.1), ("allergy_panel", 420, 0.1)]
IMAGING = {"orthopedics": [("xray", 150, 0.45), ("mri", 1200, 0.35), ("ct", 600, 0.2)],
           "other": [("ultrasound", 260, 0.6), ("xray", 150, 0.25), ("ct", 600, 0.15)]}
DUP_WINDOW = (datetime(2026, 3, 4), datetime(2026, 3, 27))   # HIS upgrade: duplicate charges, refunded later
DUP_P = 0.38

TOUCHPOINTS = [
    ("tp_wechat_article", "公众号推文", "WeChat article", "awareness", "social", "digital", "marketing",
     "公众号|推文|公众号文章|科普文章|WeChat post|article"),
    ("tp_doctor_profile", "医生主页", "Doctor profile", "consideration", "mini_program", "digital", "product",
     "医生介绍|医生详情|查看医生|找医生|doctor page|doctor profile|find a doctor"),
    ("tp_booking", "预约挂号", "Appointment booking", "purchase", "mini_program", "digital", "outpatient_office",
     "挂号|预约|网上挂号|预约挂号|booking|appointment|book an appointment"),
    ("tp_reg_payment", "挂号缴费", "Registration fee payment", "purchase", "mini_program", "digital", "finance",
     "挂号费|付挂号费|挂号支付|registration fee|booking payment"),
    ("tp_cancel", "取消预约", "Appointment cancellation", "purchase", "mini_program", "digital", "outpatient_office",
     "退号|取消挂号|取消预约|cancel appointment|cancellation"),
    ("tp_checkin", "到院签到", "Arrival check-in", "service", "store", "physical", "outpatient_office",
     "签到|报到|到院|取号|check-in|check in|arrival|registration desk"),
    ("tp_no_show", "爽约", "No-show", "service", "store", "physical", "outpatient_office",
     "失约|没来|未到诊|放鸽子|no show|no-show|missed appointment"),
    ("tp_triage", "分诊台", "Triage desk", "service", "store", "physical", "nursing",
     "分诊|护士站|导诊|triage|nurse station"),
    ("tp_consultation", "医生就诊", "Doctor consultation", "service", "store", "physical", "medical_affairs",
     "看诊|就诊|看医生|门诊|面诊|consultation|doctor visit|seeing the doctor"),
    ("tp_lab_test", "检验", "Lab test", "service", "store", "physical", "laboratory",
     "化验|抽血|验血|检验科|lab|lab test|blood test"),
    ("tp_imaging", "影像检查", "Imaging", "service", "store", "physical", "radiology",
     "拍片|影像|放射科|CT|核磁|B超|imaging|scan|x-ray|radiology"),
    ("tp_prescription", "开具处方", "Prescription", "service", "other", "digital", "pharmacy",
     "开药|处方|电子处方|prescription|e-prescription"),
    ("tp_payment", "门诊缴费", "Outpatient payment", "service", "mini_program", "digital", "finance",
     "缴费|付款|交费|收费|billing|payment|pay the bill"),
    ("tp_pharmacy", "药房取药", "Pharmacy pickup", "service", "store", "physical", "pharmacy",
     "取药|药房|拿药|发药窗口|pharmacy|medicine pickup|collect medicine"),
    ("tp_online_consult", "互联网问诊", "Online consultation", "service", "mini_program", "digital", "internet_hospital",
     "线上问诊|网上问诊|在线问诊|图文问诊|视频问诊|互联网医院|online consult|online consultation|telemedicine"),
    ("tp_followup_booking", "复诊预约", "Follow-up booking", "loyalty", "mini_program", "digital", "outpatient_office",
     "约复诊|复诊挂号|预约复查|book a follow-up|follow-up appointment|return visit booking"),
    ("tp_parking", "停车场", "Parking", "service", "store", "physical", "facilities",
     "停车|车位|停车场|parking|car park"),
]
JOURNEYS = [
    ("booking", "预约挂号到就诊", "Booking to consultation", 14,
     ["tp_doctor_profile", "tp_booking", "tp_reg_payment", "tp_checkin", "tp_consultation"]),
    ("clinic_rx", "门诊看诊到取药", "Clinic visit to medicine pickup", 3,
     ["tp_consultation", "tp_prescription", "tp_payment", "tp_pharmacy"]),
    ("online_rx", "互联网问诊到取药", "Online consultation to medicine pickup", 7,
     ["tp_online_consult", "tp_prescription", "tp_payment", "tp_pharmacy"]),
    ("followup", "复诊", "Follow-up visit", 60,
     ["tp_consultation", "tp_followup_booking", "tp_checkin"]),
]

TEXT = {
    "wait": (["等了快{m}分钟才轮到我，{dz}的号根本不准时", "签到以后在{dz}门口排了{m}分钟，腿疼还得一直站着",
              "预约了还要等{m}分钟，那预约有什么意义", "候诊时间太长了，{m}分钟，叫号屏也不更新"],
             ["Waited about {m} minutes after check-in before the {de} doctor saw me.",
              "Booked a slot and still sat in the {de} waiting area for {m} minutes. What is the appointment for?",
              "The wait in {de} was ridiculous, {m} minutes, and nobody told us why."]),
    "attitude": (["医生态度很差，没说几句就让我走了", "医生很不耐烦，问多了就不高兴，态度需要改进",
                  "感觉医生敷衍，头都没抬就开了检查单"],
                  ["The doctor was rude and dismissive, barely listened to me.",
                   "Doctor's attitude was poor - impatient and cut me off after two minutes.",
                   "Felt rushed and the doctor was condescending."]),
    "praise_doc": (["{tz}讲得很清楚，很耐心，推荐", "医生非常耐心，把检查结果一项一项解释给我听",
                    "看诊体验很好，医生专业又细心"],
                   ["The doctor was patient and explained everything clearly.",
                    "Very professional {te}, took time to explain my results.", "Great consultation, caring doctor."]),
    "ok_visit": (["整体还行，流程比公立医院顺", "就诊还可以，就是环境一般", "中规中矩吧"],
                 ["Visit was fine overall.", "OK experience, nothing special.", "Smooth enough, average."]),
    "billing": (["缴费的时候被重复扣费了，同一笔药费扣了两次", "账单有问题，检查费被扣了两遍，退款还拖了好几天",
                 "收费错误，多收了我一笔钱，打电话才给退", "小程序缴费显示失败但钱扣了，又付了一次，重复扣款"],
                ["I was charged twice for the same prescription, the billing system is a mess.",
                 "Billing error: my lab fee was deducted twice and the refund took days.",
                 "Double charge on my payment in the mini program, had to call to get a refund."]),
    "billing_other": (["发票开错了，抬头不对", "医保报销比例算错了，自付多了"],
                      ["The invoice was wrong, had to go back to the cashier.",
                       "Insurance share was calculated wrong on my bill."]),
    "parking": (["停车太难了，在{cz}附近转了半小时找不到车位", "{cz}停车场太小，车位根本不够，还贵",
                 "开车来看病最头疼的就是停车，光排队进停车场就花了二十分钟"],
                ["Parking at {ce} campus is a nightmare, no spaces at all.",
                 "Spent 30 minutes looking for a parking space at {ce}. Please fix the car park.",
                 "The car park is too small and expensive."]),
    "pharmacy": (["取药窗口排队很久，只开了一个窗口", "取药太慢了，缴完费在药房又耗了半小时"],
                 ["Long queue at the pharmacy window, only one counter open.",
                  "The pharmacy pickup took forever after paying."]),
    "online_good": (["线上问诊很方便，医生回复快，开完药直接去药房拿就行", "互联网问诊省了排队，药在药房备好了，很好",
                     "在线问诊体验不错，不用请假跑医院"],
                    ["Online consultation was really convenient, medicine was ready at the pharmacy.",
                     "Telemedicine saved me a trip, doctor replied quickly and the prescription was ready.",
                     "Loved the online consult, quick and easy."]),
    "online_bad": (["线上问诊医生回复太慢，半天没人理", "图文问诊医生回答很简单，感觉不值这个钱"],
                   ["Online doctor took hours to reply.", "The online consult answers were too short, not worth it."]),
    "booking": (["小程序上专家号太难抢了，一放号就没了", "挂号页面老是卡，选不了时间"],
                ["Specialist slots in the mini program are always gone in seconds.",
                 "The booking page keeps freezing when I pick a time."]),
    "noshow_far": (["回访：患者表示{cz}太远，交通不方便，所以没去", "回访：患者说去{cz}要换两次地铁，临时决定不去了"],
                   ["Call note: patient said {ce} campus is too far and the commute is hard, so skipped it.",
                    "Call note: patient could not get transport to {ce} and did not come."]),
    "noshow_forgot": (["回访：患者说忘记了预约时间", "回访：患者临时有事没来，没有提前退号"],
                      ["Call note: patient forgot the appointment.", "Call note: patient had a clash and did not cancel."]),
}
TP_CHANNEL = {x[0]: x[4] for x in TOUCHPOINTS}
NEG_TOPICS = {"wait", "attitude", "billing", "billing_other", "parking", "pharmacy", "online_bad", "booking"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    counters = {"E": 0, "O": 0, "F": 0, "V": 0, "W": 0}

    def nid(k, prefix, width):
        counters[k] += 1
        return f"{prefix}{counters[k]:0{width}d}"

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def pick(items, probs):
        p = np.array(probs, dtype=float)
        return items[int(rng.choice(len(items), p=p / p.sum()))]

    # doctors: one per campus x department x title
    doctors = {}
    k = 0
    for cz, _ce, _w in CAMPUSES:
        for d, _dz, _w2 in DEPTS:
            for t, _tz, _w3, _f in TITLES:
                k += 1
                doctors[(cz, d, t)] = f"D{k:03d}"

    def ev(c, t, tp, action, sid="", device=True, channel=None, **kw):
        if t > END:
            return None
        ch = channel or TP_CHANNEL[tp]
        dev = c["device"] if (device and ch == "mini_program") else ""
        row = dict(event_id=nid("E", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=dev, channel=ch)
        row.update(kw)
        events.append(row)
        return row

    def order(c, t, sid, kind, amount, status="paid", **kw):
        if t > END:
            return None
        kind_zh = {"registration": "挂号费", "online_consult": "问诊费", "lab": "检验费", "imaging": "检查费",
                   "medicine": "药费"}[kind]
        cover = COVER[c["ins"]] if (kind not in ("registration", "online_consult") or c["ins"] == "commercial") else 0
        ins = round(amount * cover, 2)
        row = dict(order_id=nid("O", "OD", 6), customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}", status=status,
                   order_type=kind, 费用类型=kind_zh, session_id=sid, insurance_amount=f"{ins:.2f}",
                   self_pay_amount=f"{amount - ins:.2f}")
        row.update(kw)
        orders.append(row)
        return row

    def comment(c, t, topic, channel, tp, rating=None, ts=True, sentiment=None, **kw):
        if t is not None and t > END:
            return
        zh, en = TEXT[topic]
        bank = zh if c["lang"] == "zh" else en
        text = bank[int(rng.integers(len(bank)))]
        text = text.format(m=kw.pop("_m", 60), dz=DEPT_ZH.get(kw.get("department", ""), "门诊"),
                           de=kw.get("department", "clinic").replace("_", " "),
                           cz=kw.get("campus", "医院"), ce=kw.get("campus_en", "the"),
                           tz=TITLE_ZH.get(kw.get("doctor_title", ""), "医生"),
                           te=kw.get("doctor_title", "doctor").replace("_", " "))
        if sentiment is None:
            sentiment = "neg" if topic in NEG_TOPICS else ("neu" if topic in ("ok_visit", "noshow_far", "noshow_forgot")
                                                         else "pos")
        if channel in ("ticket", "call_note"):
            rating = None
        row = dict(feedback_id=nid("F", "FB", 5), text=text, ts=fmt(t) if (ts and t is not None) else "",
                   customer_id=c["id"], touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else int(rating), topic=topic, sentiment_label=sentiment,
                   language=c["lang"])
        row.update(kw)
        feedback.append(row)

    def legacy_ts():
        # ~18 % of tickets and call notes came from the old CRM export without a date
        return rng.random() > 0.18

    def place(cz, d, t):
        return dict(campus=cz, campus_en=CAMPUS_EN[cz], department=d, 科室=DEPT_ZH[d],
                    doctor_id=doctors[(cz, d, t)], doctor_title=t, 职称=TITLE_ZH[t])

    def slot_time(day):
        if rng.random() < 0.6:
            return day.replace(hour=8) + D(minutes=int(rng.integers(0, 210)))
        return day.replace(hour=13, minute=30) + D(minutes=int(rng.integers(0, 180)))

    def after_consult(c, sid, tcons, pl, online=False):
        """Tests, prescription, payment, pickup. Returns nothing."""
        d = pl["department"]
        info = dict(pl)
        tnext = tcons + D(minutes=int(rng.integers(4, 15)))
        pay_dev = "mini_program" if rng.random() < 0.6 else "store"
        dup = DUP_WINDOW[0] <= tcons <= DUP_WINDOW[1]

        def pay(t, kind, amount, item=""):
            ch = pay_dev if not online else "mini_program"
            o = order(c, t, sid, kind, amount, "paid", channel=ch,
                      device=c["device"] if ch == "mini_program" else "", item=item, **info)
            ev(c, t, "tp_payment", "success", sid, channel=ch, fee_type=kind)
            if o is not None and dup and ch == "mini_program" and rng.random() < DUP_P:
                o2 = order(c, t + D(seconds=int(rng.integers(5, 90))), sid, kind, amount, "refunded", channel=ch,
                           device=c["device"], item=item, refund_reason="duplicate_charge",
                           refunded_at=fmt(t + D(days=int(rng.integers(2, 9)))), **info)
                if o2 is not None and rng.random() < 0.33:
                    tt = t + D(days=float(rng.uniform(0.2, 3)))
                    comment(c, tt, "billing", "ticket" if rng.random() < 0.6 else "mp_review", "tp_payment",
                            rating=None if rng.random() < 0.6 else int(rng.integers(1, 3)), ts=True, **info)
            return o

        if not online:
            p_lab = {"internal_medicine": 0.6, "pediatrics": 0.45, "gynecology": 0.5}.get(d, 0.2)
            p_img = 0.62 if d == "orthopedics" else (0.25 if d == "ophthalmology" else 0.12)
            if rng.random() < p_lab:
                lab, fee, _p = pick(LABS, [x[2] for x in LABS])
                if rng.random() < 0.93:
                    tp_ = tnext + D(minutes=int(rng.integers(3, 25)))
                    o = pay(tp_, "lab", fee, lab)
                    tl = tp_ + D(minutes=int(rng.integers(8, 40)))
                    if rng.random() < 0.02 and o is not None:
                        o["status"] = "refunded"
                        o["refund_reason"] = "test_not_done"
                        o["refunded_at"] = fmt(tl + D(days=1))
                    else:
                        ev(c, tl, "tp_lab_test", "done", sid, lab_test_type=lab, **info)
                    tnext = tl + D(minutes=int(rng.integers(40, 150)))
                else:
                    order(c, tnext, sid, "lab", fee, "cancelled", channel="store", item=lab, **info)
            if rng.random() < p_img:
                im, fee, _p = pick(IMAGING["orthopedics" if d == "orthopedics" else "other"],
                                   [x[2] for x in IMAGING["orthopedics" if d == "orthopedics" else "other"]])
                if rng.random() < 0.92:
                    tp_ = tnext + D(minutes=int(rng.integers(3, 25)))
                    pay(tp_, "imaging", fee, im)
                    ti = tp_ + D(minutes=int(rng.integers(15, 90)))
                    ev(c, ti, "tp_imaging", "done", sid, imaging_type=im, **info)
                    tnext = ti + D(minutes=int(rng.integers(30, 120)))
                else:
                    order(c, tnext, sid, "imaging", fee, "cancelled", channel="store", item=im, **info)
            p_rx = {"dermatology": 0.85, "internal_medicine": 0.7, "pediatrics": 0.72, "orthopedics": 0.5,
                    "gynecology": 0.55, "ophthalmology": 0.55}[d]
            p_pay, p_pick = 0.80, 0.84
        else:
            p_rx, p_pay, p_pick = 0.86, 0.94, 0.93
        if rng.random() >= p_rx:
            return
        trx = tnext
        ev(c, trx, "tp_prescription", "issued", sid, channel="mini_program" if online else "other",
           device=False, rx_source="online" if online else "clinic", **info)
        amount = float(np.round(np.exp(rng.normal(5.3, 0.6)), 2))
        if rng.random() >= p_pay:
            order(c, trx + D(hours=24), sid, "medicine", amount, "cancelled", channel="store", **info)
            return
        tpay = trx + (D(minutes=int(rng.integers(5, 60))) if not online else D(minutes=int(rng.integers(10, 600))))
        pay(tpay, "medicine", amount)
        if rng.random() >= p_pick:
            return
        if online:
            tpick = tpay + D(hours=float(rng.gamma(2.0, 9.0)) + 1)
            tpick = max(tpick, tpick.replace(hour=8)) if tpick.hour < 8 else tpick
        else:
            tpick = tpay + D(minutes=int(rng.integers(8, 45)))
        ev(c, tpick, "tp_pharmacy", "collected", sid, **info)
        if rng.random() < 0.025:
            comment(c, tpick + D(hours=2), "pharmacy", "mp_review", "tp_pharmacy", rating=int(rng.integers(1, 3)),
                    **info)

    def offline_visit(c, t0, dept, cz, title, visit_type="first", prev=None, depth=0):
        sid = nid("V", "V", 6)
        pl = place(cz, dept, title)
        extra = dict(visit_type=visit_type)
        if visit_type == "return":
            extra["followup_of"] = prev
            tb = t0
            ev(c, tb, "tp_followup_booking", "submit", sid, **pl, **extra)
            lead = int(rng.integers(5, 20)) + (7 if dept == "orthopedics" else 0)
            appt_day = (tb + D(days=lead)).replace(hour=0, minute=0, second=0)
        else:
            if rng.random() < 0.85:
                ev(c, t0, "tp_doctor_profile", "view", sid, **pl)
                p_book = 0.62 if c["ins"] == "self_pay" else 0.82
                if rng.random() >= p_book:
                    return
                tb = t0 + D(minutes=int(rng.integers(1, 25)))
            else:
                tb = t0
            ev(c, tb, "tp_booking", "submit", sid, **pl, **extra)
            lead = int(min(rng.geometric(0.28) - 1, 10))
            appt_day = (tb + D(days=lead)).replace(hour=0, minute=0, second=0)
        slot = slot_time(appt_day)
        if slot < tb + D(minutes=30):
            slot = slot_time(appt_day + D(days=1))
        tpay = tb + D(minutes=int(rng.integers(1, 6)))
        fee = REG_FEE[title]
        if rng.random() < 0.05:
            ev(c, tpay, "tp_reg_payment", "fail", sid, **pl)
            order(c, tpay, sid, "registration", fee, "cancelled", channel="mini_program", device=c["device"], **pl)
            if rng.random() < 0.5:
                return
            tpay = tpay + D(minutes=int(rng.integers(1, 10)))
        ev(c, tpay, "tp_reg_payment", "success", sid, **pl)
        reg = order(c, tpay, sid, "registration", fee, "paid", channel="mini_program", device=c["device"], **pl)
        # cancellation
        if rng.random() < 0.075:
            tc = tpay + (slot - tpay) * float(rng.uniform(0.1, 0.9))
            if ev(c, tc, "tp_cancel", "cancel", sid, **pl) is not None and reg is not None:
                reg["status"] = "refunded"
                reg["refund_reason"] = "cancelled_appointment"
                reg["refunded_at"] = fmt(tc)
            return
        p_ns = NOSHOW.get(cz, 0.055) * (0.7 if visit_type == "return" else 1.0)
        if rng.random() < p_ns:
            ev(c, slot + D(minutes=30), "tp_no_show", "missed", sid, device=False, **pl)
            if rng.random() < 0.3:
                topic = "noshow_far" if (cz == "闵行院区" and rng.random() < 0.7) else "noshow_forgot"
                comment(c, slot + D(days=1, hours=2), topic, "call_note", "tp_no_show", ts=legacy_ts(), **pl)
            return
        tci = slot - D(minutes=int(rng.integers(0, 20)), seconds=int(rng.integers(0, 60)))
        ci_ch = "mini_program" if rng.random() < 0.5 else "store"
        if ev(c, tci, "tp_checkin", "success", sid, channel=ci_ch, **pl, **extra) is None:
            return
        if rng.random() < PARKING_P.get(cz, 0.008):
            comment(c, tci + D(minutes=5), "parking", pick(["ticket", "mp_review", "survey"], [0.4, 0.35, 0.25]),
                    "tp_parking", rating=int(rng.integers(1, 3)), ts=legacy_ts(), campus=cz, campus_en=CAMPUS_EN[cz])
        ev(c, tci + D(minutes=int(rng.integers(1, 4))), "tp_triage", "done", sid, device=False, **pl)
        mean = 72 if dept == "orthopedics" else 21
        if title == "chief_physician":
            mean += 8
        wait = max(3, int(round(rng.gamma(4.0, mean / 4.0))))
        tcons = tci + D(minutes=wait)
        ev(c, tcons, "tp_consultation", "done", sid, device=False, wait_minutes=wait, **pl, **extra)
        # survey feedback on the consultation
        r = rng.random()
        if r < 0.17:
            mu = RATING_MU[title] - (1.1 if wait > 60 else 0.0)
            rating = int(np.clip(np.round(rng.normal(mu, 0.75)), 1, 5))
            if wait > 60 and rating <= 3 and rng.random() < 0.75:
                topic = "wait"
            elif rating <= 2:
                topic = "attitude"
            elif rating >= 4:
                topic = "praise_doc"
            else:
                topic = "ok_visit"
            comment(c, tcons + D(hours=int(rng.integers(2, 30))), topic, "survey", "tp_consultation", rating=rating,
                    _m=wait, **pl)
        elif r < 0.19 and wait > 60:
            comment(c, tcons + D(hours=3), "wait", "ticket", "tp_consultation", ts=legacy_ts(), _m=wait, **pl)
        elif r < 0.198:
            comment(c, tcons + D(hours=5), "attitude", "ticket", "tp_consultation", ts=legacy_ts(), **pl)
        after_consult(c, sid, tcons, pl)
        # follow-up advice
        p_fu = {"orthopedics": 0.5, "dermatology": 0.42, "internal_medicine": 0.35}.get(dept, 0.28)
        if depth == 0 and rng.random() < p_fu * 0.72:
            tfb = tcons + D(days=int(rng.integers(0, 6)), hours=int(rng.integers(2, 10)))
            tfb = max(tfb, tcons + D(hours=3))
            offline_visit(c, tfb, dept, cz, title, "return", prev=sid, depth=1)

    def online_episode(c, t0, dept):
        sid = nid("W", "W", 6)
        cz = c["home"]
        title = pick([t[0] for t in TITLES], [0.1, 0.3, 0.45, 0.15])
        pl = place(cz, dept, title)
        fee = ONLINE_FEE[title]
        ev(c, t0, "tp_online_consult", "submit", sid, consult_mode=pick(["图文", "视频"], [0.7, 0.3]), **pl)
        o = order(c, t0, sid, "online_consult", fee, "paid", channel="mini_program", device=c["device"], **pl)
        if rng.random() < 0.03:
            if o is not None:
                o["status"] = "refunded"
                o["refund_reason"] = "doctor_no_reply"
                o["refunded_at"] = fmt(t0 + D(days=1))
            return
        if rng.random() < 0.11:
            good = rng.random() < 0.78
            comment(c, t0 + D(hours=6), "online_good" if good else "online_bad", "mp_review", "tp_online_consult",
                    rating=int(rng.integers(4, 6)) if good else int(rng.integers(1, 3)), **pl)
        after_consult(c, sid, t0 + D(minutes=int(rng.integers(10, 60))), pl, online=True)
        if rng.random() < 0.12:
            # advised to come in
            title2 = pick([t[0] for t in TITLES], [t[2] for t in TITLES])
            offline_visit(c, t0 + D(days=int(rng.integers(1, 6)), hours=3), dept, cz, title2)

    # ---------------- customers
    days = (END - START).days + 1
    dw = np.linspace(1.0, 1.45, days)
    dw /= dw.sum()
    for i in range(N):
        gender = "female" if rng.random() < 0.56 else "male"
        age = int(rng.integers(1, 14)) if rng.random() < 0.16 else int(np.clip(rng.normal(42, 15), 15, 88))
        ins = pick([x[0] for x in INSURANCE], [x[2] for x in INSURANCE])
        lang = "en" if rng.random() < (0.55 if ins == "commercial" else 0.2) else "zh"
        home = pick([x[0] for x in CAMPUSES], [x[2] for x in CAMPUSES])
        device = "ios" if rng.random() < (0.62 if lang == "en" else 0.42) else "android"
        arrive = START + D(days=int(rng.choice(days, p=dw)), hours=int(rng.integers(7, 23)),
                           minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
        acq = pick(["wechat_search", "wechat_article", "referral", "insurance_partner", "dianping", "walk_in"],
                   [0.26, 0.18, 0.16, 0.14 if ins == "commercial" else 0.03, 0.12, 0.14])
        c = dict(id=f"P{i + 1:05d}", gender=gender, age=age, ins=ins, lang=lang, home=home, device=device,
                 arrive=arrive, acq=acq)
        customers.append(c)

    for c in customers:
        t = c["arrive"]
        if c["acq"] == "wechat_article" or rng.random() < 0.12:
            ev(c, max(START + D(hours=9), t - D(days=int(rng.integers(0, 10)), hours=int(rng.integers(1, 8)))),
               "tp_wechat_article", "view", channel="social")
        first = True
        while t <= END:
            if c["age"] < 14:
                dept = "pediatrics"
            else:
                opts = [d for d in DEPTS if d[0] != "pediatrics" and not (d[0] == "gynecology" and c["gender"] == "male")]
                dept = pick([d[0] for d in opts], [d[2] for d in opts])
            # winter flu bump for pediatrics / internal medicine
            if dept in ("pediatrics", "internal_medicine") and t.month in (12, 1, 2) and rng.random() < 0.4:
                offline_visit(c, t + D(hours=1), dept, c["home"],
                              pick([x[0] for x in TITLES], [x[2] for x in TITLES]))
            online_p = 0.16 + 0.14 * (t - START).days / days
            if not first and rng.random() < online_p or first and rng.random() < online_p * 0.6:
                online_episode(c, t, dept)
            else:
                cz = c["home"] if rng.random() < 0.9 else pick([x[0] for x in CAMPUSES], [x[2] for x in CAMPUSES])
                title = pick([x[0] for x in TITLES], [x[2] for x in TITLES])
                offline_visit(c, t, dept, cz, title)
            first = False
            t = t + D(days=float(rng.exponential(330)) + 10)
            t = t.replace(hour=int(rng.integers(7, 23)), minute=int(rng.integers(0, 60)))

    # random service feedback (not tied to a visit)
    for c in customers:
        if rng.random() < 0.02:
            tt = c["arrive"] + D(days=float(rng.uniform(0, 30)))
            comment(c, tt, "booking", "mp_review", "tp_booking", rating=int(rng.integers(1, 3)))
        if rng.random() < 0.012:
            tt = c["arrive"] + D(days=float(rng.uniform(5, 60)))
            comment(c, tt, "billing_other", "ticket", "tp_payment", ts=legacy_ts())

    # ---------------- write
    ev_c = {}
    for e in events:
        ev_c.setdefault(e["customer_id"], []).append(e)
    cons = {}
    for e in events:
        if e["touchpoint_id"] in ("tp_consultation", "tp_online_consult"):
            cons[e["customer_id"]] = cons.get(e["customer_id"], 0) + 1
    crow = []
    for c in customers:
        evs = ev_c.get(c["id"], [])
        signup = min((e["ts"] for e in evs), default=fmt(c["arrive"]))
        crow.append(dict(customer_id=c["id"], signup_at=signup,
                         segment="returning" if cons.get(c["id"], 0) >= 2 else "new",
                         region=pick(["上海", "江苏", "浙江"], [0.8, 0.12, 0.08]), acquisition_channel=c["acq"],
                         tier="vip" if c["ins"] == "commercial" else "standard",
                         gender=c["gender"], age=c["age"], insurance_type=c["ins"], 医保类型=INS_ZH[c["ins"]],
                         home_campus=c["home"], language=c["lang"]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "gender",
                              "age", "insurance_type", "医保类型", "home_campus", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "campus", "campus_en", "department", "科室", "doctor_id", "doctor_title", "职称",
                             "visit_type", "followup_of", "wait_minutes", "lab_test_type", "imaging_type", "fee_type",
                             "rx_source", "consult_mode"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                             "费用类型", "session_id", "campus", "campus_en", "department", "科室", "doctor_id",
                             "doctor_title", "item", "insurance_amount", "self_pay_amount", "refund_reason",
                             "refunded_at"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "campus", "campus_en", "department", "科室", "doctor_id", "doctor_title", "职称",
                                 "language", "sentiment_label"])
    print(f"{len(crow)} customers, {len(events)} events, {len(orders)} orders, {len(feedback)} feedback -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
