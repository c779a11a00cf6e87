"""清源水务 ClearFlow Water: a city water utility (six districts modelled on Suzhou).
New connection application -> site survey -> connection fee -> meter installation; monthly water bills and
their payments (bank autopay, WeChat, Alipay, service counter); service requests (leak, low pressure, water
quality, meter-reading / billing dispute) -> field visit -> resolved -> resolution survey. 2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240701
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N_EXISTING = 1300
N_APPLICANTS = 900
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731

# (区, district, weight, building-age mix (pre-1990, 1990-2009, 2010+))
DISTRICTS = [("姑苏区", "Gusu", 0.26, (0.55, 0.35, 0.10)), ("吴中区", "Wuzhong", 0.18, (0.15, 0.45, 0.40)),
             ("工业园区", "SIP", 0.17, (0.0, 0.30, 0.70)), ("虎丘区", "Huqiu", 0.13, (0.12, 0.45, 0.43)),
             ("相城区", "Xiangcheng", 0.13, (0.10, 0.40, 0.50)), ("吴江区", "Wujiang", 0.13, (0.15, 0.45, 0.40))]
SLOW_LEAK_DISTRICT = "Wujiang"    # one outsourced repair crew for a large area: leak visits take ~2 days
AGE = [("pre-1990", "1990年前"), ("1990-2009", "1990-2009年"), ("2010+", "2010年后")]
CTYPE = {"residential": "居民", "commercial": "非居民"}
METER = {"smart": "智能表", "mechanical": "机械表"}
PAY = ["autopay", "wechat", "alipay", "counter"]
PAY_W = {"residential": [0.40, 0.32, 0.18, 0.10], "commercial": [0.55, 0.15, 0.10, 0.20]}
PAY_CHANNEL = {"autopay": "other", "wechat": "mini_program", "alipay": "app", "counter": "store"}
REQ = {"leak": "漏水报修", "low_pressure": "水压不足", "water_quality": "水质问题", "billing_dispute": "抄表争议"}
APPLY_CH = ["web", "app", "counter", "developer"]
APPLY_CH_W = [0.30, 0.30, 0.22, 0.18]
AUTOPAY_SPIKE = (2025, 11)       # the bank's direct-debit interface change: ~1 in 4 debits fail

TOUCHPOINTS = [
    ("tp_guide_view", "办事指南", "Service guide page", "awareness", "web", "digital", "digital",
     "办事指南|新装指南|报装须知|接水流程|guide|how to apply|service guide"),
    ("tp_apply", "新装申请", "New connection application", "consideration", "web", "digital", "connections",
     "报装|新装|接水申请|开户申请|申请接水|apply|application|new connection|connection request"),
    ("tp_site_survey", "现场勘察", "Site survey", "consideration", "other", "physical", "connections",
     "勘察|现场勘查|踏勘|上门勘察|survey|site visit|site inspection"),
    ("tp_fee_payment", "缴纳接水费", "Connection fee payment", "purchase", "app", "digital", "connections",
     "接水费|报装费|工程费|安装费|connection fee|installation fee|fee payment|pay fee"),
    ("tp_meter_install", "水表安装", "Meter installation", "purchase", "other", "physical", "metering",
     "装表|水表安装|通水|接通|meter installation|meter install|installed|connected|switch-on"),
    ("tp_bill_issued", "月度账单", "Monthly bill issued", "service", "app", "digital", "billing",
     "账单|水费单|出账|缴费通知|bill|monthly bill|statement|invoice|bill issued"),
    ("tp_bill_paid", "水费缴纳", "Bill payment", "service", "app", "digital", "billing",
     "缴费|交水费|付款|缴纳水费|payment|bill payment|paid|pay bill"),
    ("tp_autopay_failed", "代扣失败", "Autopay failed", "service", "other", "digital", "billing",
     "代扣失败|扣款失败|自动扣费失败|银行代扣|direct debit failed|autopay failed|failed autopay|debit failure"),
    ("tp_overdue_notice", "欠费催缴", "Overdue notice", "service", "phone", "digital", "billing",
     "欠费|逾期|催缴|滞纳金|overdue|arrears|late payment|past due|reminder"),
    ("tp_service_request", "报修/服务工单", "Service request", "service", "phone", "digital", "customer_service",
     "报修|工单|投诉|热线|96116|service request|ticket|complaint|report|hotline"),
    ("tp_field_visit", "上门处理", "Field visit", "service", "other", "physical", "field_ops",
     "上门|维修|师傅上门|抢修|现场处理|复核|field visit|repair visit|crew visit|technician|site repair"),
    ("tp_resolved", "工单办结", "Request resolved", "service", "other", "digital", "customer_service",
     "办结|解决|结单|关单|处理完成|resolved|closed|fixed|resolution"),
    ("tp_survey", "满意度回访", "Resolution survey", "loyalty", "phone", "digital", "quality",
     "回访|满意度|评价|打分|survey|satisfaction|csat|rating|follow-up call"),
]
JOURNEYS = [
    ("connection", "新装接水", "New water connection", 60,
     ["tp_apply", "tp_site_survey", "tp_fee_payment", "tp_meter_install"]),
    ("billing", "账单缴费", "Bill payment", 30, ["tp_bill_issued", "tp_bill_paid"]),
    ("repair", "报修处理", "Service request handling", 30,
     ["tp_service_request", "tp_field_visit", "tp_resolved", "tp_survey"]),
]

ZH = {
    "smell": ["水有异味，像漂白粉的味道", "自来水有股怪味，烧开了还有", "最近水里氯味很重", "水龙头放出来的水有股土腥味",
              "夏天水有异味，不敢直接喝", "水有异味，泡茶都不好喝了"],
    "yellow": ["早上放出来的水发黄，有点浑", "水里有铁锈色，管子太老了", "水很浑浊，有白色沉淀"],
    "leak_slow": ["报了漏水一整天都没人来", "楼道水管爆了，等了两天师傅才上门", "漏水报修太慢了，家里都淹了",
                  "打了三次热线才派人来修漏水"],
    "praise": ["师傅上门很快，漏点很快就修好了", "维修师傅很专业，态度也好", "报修后两小时就到了，点赞", "处理及时，满意"],
    "pressure": ["高峰期水压太小，热水器都打不着", "楼上水压不足，洗澡都困难", "水压一直很低，反映了好几次"],
    "dispute": ["抄表不准，这个月水费翻了一倍", "明明没住人还收这么多水费，估抄的吧", "机械表读数和账单对不上",
                "抄表员根本没上门，账单是估的"],
    "dispute_ok": ["抄表争议复核后退了多收的钱，还行", "重新抄表后账单改过来了"],
    "autopay": ["银行代扣失败了也没通知我，结果逾期了", "代扣扣款失败，说是银行接口问题", "自动扣费又失败了，还得自己去交"],
    "latefee": ["滞纳金收得太不合理了", "催缴短信一天发好几条，太烦了"],
    "overdue_ok": ["收到催缴提醒，已经补缴了", "提醒挺及时，忘了交水费"],
    "conn_slow": ["接水申请等了一个多月才装表", "现场勘察之后一直没消息", "装表排期太久了"],
    "conn_fee": ["接水费太贵了，报价看不懂", "商铺的接水工程费报价太高了", "报装费用比预想的高很多"],
    "app": ["掌上营业厅缴费挺方便", "App查账单很清楚", "小程序交水费很快"],
    "neutral": ["还可以", "一般", "按时缴费，没什么问题"],
}
EN = {
    "smell": ["The tap water has a strange smell, like bleach", "Water smells of chlorine lately",
              "Bad odor from the tap water, even after boiling", "Water smells musty in summer"],
    "yellow": ["Water came out yellow and cloudy this morning", "Rusty brown water from the tap"],
    "leak_slow": ["Reported a leak and nobody came for two days", "Leak repair was far too slow, the flat flooded",
                  "Called the hotline three times before a crew came for the leak"],
    "praise": ["The technician came quickly and fixed the leak", "Very professional repair crew, thank you",
               "Quick response, problem solved the same day"],
    "pressure": ["Water pressure is too low at peak hours", "Low pressure on the upper floors, hard to shower"],
    "dispute": ["The meter reading is wrong, my bill doubled", "They estimated my reading, nobody read the meter",
                "Bill does not match my meter reading"],
    "dispute_ok": ["After the re-check they corrected my bill"],
    "autopay": ["Direct debit failed and nobody told me", "Autopay failed again, had to pay by hand"],
    "latefee": ["The late fee is unfair", "Too many reminder messages"],
    "overdue_ok": ["Got the reminder and paid, thanks"],
    "conn_slow": ["Waited over a month for the meter to be installed", "No news after the site survey"],
    "conn_fee": ["The connection fee is too expensive", "Connection fee quote is hard to understand"],
    "app": ["Paying the bill in the app is easy", "App shows the bill clearly"],
    "neutral": ["It's ok", "Nothing special"],
}
SENT = {"smell": "neg", "yellow": "neg", "leak_slow": "neg", "praise": "pos", "pressure": "neg", "dispute": "neg",
        "dispute_ok": "neu", "autopay": "neg", "latefee": "neg", "overdue_ok": "neu", "conn_slow": "neg",
        "conn_fee": "neg", "app": "pos", "neutral": "neu"}
TOPIC_TP = {"smell": "tp_service_request", "yellow": "tp_service_request", "leak_slow": "tp_field_visit",
            "praise": "tp_field_visit", "pressure": "tp_service_request", "dispute": "tp_bill_issued",
            "dispute_ok": "tp_bill_issued", "autopay": "tp_autopay_failed", "latefee": "tp_overdue_notice",
            "overdue_ok": "tp_overdue_notice", "conn_slow": "tp_meter_install", "conn_fee": "tp_fee_payment",
            "app": "tp_bill_paid", "neutral": "tp_bill_paid"}


def month_start(y: int, m: int) -> datetime:
    return datetime(y + (m - 1) // 12, (m - 1) % 12 + 1, 1)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "b": 0, "r": 0}

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, session="", channel=None, device=None, **extra):
        if t > END:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=c["device"] if device is None else device,
                   channel=channel or c["channel"], district=c["district"], 区=c["区"],
                   customer_type=c["ctype"], meter_type=c["meter"] or "")
        row.update(extra)
        events.append(row)
        return True

    def comment(c, t, topic, channel, rating=None, dated=True, tp=None, **extra):
        if t > END:
            return
        texts = (EN if c["lang"] == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "FB", 5), text=str(texts[int(rng.integers(len(texts)))]),
                   ts=fmt(t) if dated else "", customer_id=c["id"], touchpoint_id=tp or TOPIC_TP[topic],
                   channel=channel, rating="" if rating is None else int(rating), language=c["lang"],
                   district=c["district"], 区=c["区"], customer_type=c["ctype"], meter_type=c["meter"] or "",
                   sentiment_label=SENT[topic])
        row.update(extra)
        feedback.append(row)

    def new_customer(i, existing):
        k = int(rng.choice(len(DISTRICTS), p=[d[2] for d in DISTRICTS]))
        zh_d, en_d, _, age_w = DISTRICTS[k]
        ctype = "commercial" if rng.random() < (0.14 if existing else 0.22) else "residential"
        if existing:
            age = int(rng.choice(3, p=age_w))
            meter = "mechanical" if rng.random() < (0.75, 0.5, 0.15)[age] else "smart"
            signup = datetime(2004, 1, 1) + D(days=float(rng.uniform(0, 7400)))
        else:
            age = int(rng.choice(3, p=[0.05, 0.15, 0.80]))
            meter = None
            signup = None
        pm = str(rng.choice(PAY, p=PAY_W[ctype]))
        return dict(id=f"C{i:05d}", district=en_d, 区=zh_d, ctype=ctype, age=age, meter=meter, signup=signup,
                    pay=pm, device="ios" if rng.random() < 0.45 else "android",
                    channel="app" if rng.random() < 0.55 else "mini_program",
                    lang="en" if rng.random() < (0.15 if en_d == "SIP" else 0.04) else "zh",
                    apply_ch="", connected_at=START if existing else None, n_overdue_recent=0, existing=existing)

    customers = [new_customer(i + 1, True) for i in range(N_EXISTING)]
    span_days = (END - START).days
    # ---------- new connection applications (growing over time) ----------
    for j in range(N_APPLICANTS):
        c = new_customer(N_EXISTING + j + 1, False)
        customers.append(c)
        ta = START + D(days=float(span_days * rng.beta(1.25, 1.0)))
        ta = ta.replace(hour=int(rng.integers(8, 21)), minute=int(rng.integers(60)), second=int(rng.integers(60)))
        c["signup"] = ta
        ch = str(rng.choice(APPLY_CH, p=APPLY_CH_W))
        c["apply_ch"] = ch
        if ch in ("web", "app") and rng.random() < 0.65:
            ev(c, ta - H(rng.uniform(0.3, 72)), "tp_guide_view", "view", channel="web" if ch == "web" else "app")
        app_ch = {"web": "web", "app": "app", "counter": "store", "developer": "other"}[ch]
        app_dev = c["device"] if ch == "app" else ("pc" if ch == "web" else "")
        if not ev(c, ta, "tp_apply", "submit", channel=app_ch, device=app_dev, apply_channel=ch,
                  building_age_band=AGE[c["age"]][0]):
            continue
        if rng.random() > 0.88:
            continue
        ts_ = ta + D(days=float(rng.lognormal(np.log(5.0 if c["ctype"] == "commercial" else 3.5), 0.45)))
        ts_ = ts_.replace(hour=int(rng.integers(9, 17)))
        if not ev(c, ts_, "tp_site_survey", "complete", channel="other", device=""):
            continue
        if ch == "developer":
            p_fee = 0.93
        else:
            p_fee = 0.36 if c["ctype"] == "commercial" else 0.68
        if rng.random() > p_fee:
            if rng.random() < 0.12:
                comment(c, ts_ + D(days=float(rng.uniform(5, 30))), "conn_fee", "call_note",
                        dated=rng.random() > 0.08)
            continue
        tf = ts_ + D(days=float(rng.exponential(6.0))) + H(rng.uniform(1, 8))
        tf = tf.replace(hour=int(rng.integers(8, 22)))
        fee = (rng.uniform(8000, 26000) if c["ctype"] == "commercial" else rng.uniform(1500, 3200))
        fee = round(float(fee), 2)
        pay_ch = "store" if ch in ("counter", "developer") else ("web" if ch == "web" else "app")
        if not ev(c, tf, "tp_fee_payment", "success", channel=pay_ch, device=app_dev if pay_ch != "store" else "",
                  fee_amount=fee):
            continue
        orders.append(dict(order_id=nid("o", "OR", 6), customer_id=c["id"], ts=fmt(tf), amount=fee, status="paid",
                           channel=pay_ch, device=app_dev if pay_ch != "store" else "", order_type="connection_fee",
                           payment_method="counter" if pay_ch == "store" else "online", district=c["district"],
                           区=c["区"], customer_type=c["ctype"], currency="CNY"))
        if rng.random() > 0.95:
            if rng.random() < 0.5:
                comment(c, tf + D(days=float(rng.uniform(20, 50))), "conn_slow", "call_note")
            continue
        ti = tf + D(days=float(rng.lognormal(np.log(8.0), 0.5)))
        ti = ti.replace(hour=int(rng.integers(9, 17)))
        c["meter"] = "smart" if rng.random() < 0.95 else "mechanical"
        if not ev(c, ti, "tp_meter_install", "complete", channel="other", device="", meter_id=f"M{c['id'][1:]}"):
            c["meter"] = None
            continue
        c["connected_at"] = ti
        if (ti - ta).days > 40 and rng.random() < 0.35:
            comment(c, ti - D(days=float(rng.uniform(1, 10))), "conn_slow", "call_note", dated=rng.random() > 0.08)

    # ---------- monthly bills and payments ----------
    def bill_amount(c, m):
        if c["ctype"] == "commercial":
            vol = rng.gamma(4.0, 22.0)
            price = 5.1
        else:
            vol = rng.gamma(5.0, 2.8)
            price = 3.6
        if m in (6, 7, 8, 9):
            vol *= 1.25
        return round(float(max(vol, 1.0) * price), 2)

    bills_by_customer = {}
    for c in customers:
        if c["connected_at"] is None:
            continue
        first = c["connected_at"]
        y, m = (first.year, first.month) if c["existing"] else (first.year, first.month + 1)
        if c["existing"]:
            y, m = 2024, 6
        lst = []
        while True:
            bm = month_start(y, m)
            issue = month_start(y, m + 1) + D(days=2) + H(8) + D(minutes=int(rng.integers(0, 120)))
            if issue > END:
                break
            lst.append((bm, issue))
            y, m = bm.year, bm.month + 1
        bills_by_customer[c["id"]] = lst

    for c in customers:
        for bm, issue in bills_by_customer.get(c["id"], []):
            bid = nid("b", "B", 6)
            amt = bill_amount(c, bm.month)
            due = (issue + D(days=20)).replace(hour=23, minute=59, second=0)
            bmonth = bm.strftime("%Y-%m")
            common = dict(bill_id=bid, bill_month=bmonth, due_date=due.strftime("%Y-%m-%d"), bill_amount=amt)
            ocommon = dict(customer_id=c["id"], amount=amt, order_type="water_bill", bill_id=bid, bill_month=bmonth,
                           due_date=due.strftime("%Y-%m-%d"), district=c["district"], 区=c["区"],
                           customer_type=c["ctype"], meter_type=c["meter"], currency="CNY")
            ev(c, issue, "tp_bill_issued", "notify", bid, channel="app", device="", **common)
            paid_at, overdue = None, False
            method = c["pay"]
            if method == "autopay":
                ta = (issue + D(days=15)).replace(hour=10, minute=int(rng.integers(60)))
                p_fail = 0.24 if (ta.year, ta.month) == AUTOPAY_SPIKE else 0.03
                if ta > END:
                    continue
                if rng.random() >= p_fail:
                    ev(c, ta, "tp_bill_paid", "success", bid, channel="other", device="", payment_method="autopay",
                       **common)
                    orders.append(dict(order_id=nid("o", "OR", 6), ts=fmt(ta), status="paid", channel="other",
                                       device="", payment_method="autopay", late_payment="false", **ocommon))
                    continue
                ev(c, ta, "tp_autopay_failed", "fail", bid, channel="other", device="", payment_method="autopay",
                   **common)
                orders.append(dict(order_id=nid("o", "OR", 6), ts=fmt(ta), status="failed_autopay", channel="other",
                                   device="", payment_method="autopay", late_payment="false", **ocommon))
                if rng.random() < 0.16:
                    comment(c, ta + H(rng.uniform(2, 96)), "autopay", "call_note", dated=rng.random() > 0.06)
                if rng.random() < 0.86:
                    paid_at = ta + D(days=float(rng.exponential(4.5))) + H(rng.uniform(1, 10))
                    method = "wechat" if rng.random() < 0.6 else "alipay"
            else:
                p_late = {"wechat": 0.04, "alipay": 0.04, "counter": 0.15}[method]
                p_late += 0.03 if c["ctype"] == "commercial" else 0.0
                if rng.random() < p_late:
                    if rng.random() < 0.78:
                        paid_at = due + D(days=float(rng.exponential(14.0))) + H(rng.uniform(2, 20))
                else:
                    paid_at = issue + D(days=float(rng.uniform(0.2, 19.5)))
                    if paid_at > due:
                        paid_at = due - H(rng.uniform(1, 12))
            if paid_at is None or paid_at > due:
                tn = (due + D(days=1)).replace(hour=9, minute=0)
                if tn > END:
                    continue
                overdue = True
                ev(c, tn, "tp_overdue_notice", "notify", bid, channel="phone", device="", **common)
                orders.append(dict(order_id=nid("o", "OR", 6), ts=fmt(tn), status="overdue", channel="",
                                   device="", payment_method="", late_payment="", **ocommon))
                if tn >= END - D(days=365):
                    c["n_overdue_recent"] += 1
                r = rng.random()
                if r < 0.10:
                    comment(c, tn + H(rng.uniform(1, 72)), "latefee", "call_note", dated=rng.random() > 0.06)
                elif r < 0.17:
                    comment(c, tn + H(rng.uniform(1, 72)), "overdue_ok", "call_note", dated=rng.random() > 0.06)
            if paid_at is not None and paid_at <= END:
                pch = PAY_CHANNEL[method]
                dev = c["device"] if pch in ("app", "mini_program") else ""
                ev(c, paid_at, "tp_bill_paid", "success", bid, channel=pch, device=dev, payment_method=method,
                   **common)
                orders.append(dict(order_id=nid("o", "OR", 6), ts=fmt(paid_at), status="paid", channel=pch,
                                   device=dev, payment_method=method, late_payment="true" if overdue else "false",
                                   **ocommon))

    # ---------- service requests ----------
    def handle_request(c, t0, rtype, bill_id=""):
        rid = nid("r", "SR", 5)
        ch = str(rng.choice(["phone", "app", "mini_program"], p=[0.55, 0.25, 0.20]))
        dev = c["device"] if ch != "phone" else ""
        common = dict(request_id=rid, request_type=rtype, 工单类型=REQ[rtype], building_age_band=AGE[c["age"]][0])
        if bill_id:
            common["bill_id"] = bill_id
        if not ev(c, t0, "tp_service_request", "submit", rid, channel=ch, device=dev, **common):
            return
        if rtype == "water_quality" and rng.random() < 0.8:
            topic = "smell" if rng.random() < 0.72 else "yellow"
            comment(c, t0 + H(0.1), topic, "call_note", dated=rng.random() > 0.06, request_id=rid)
        if rtype == "low_pressure" and rng.random() < 0.4:
            comment(c, t0 + H(0.1), "pressure", "call_note", dated=rng.random() > 0.06, request_id=rid)
        if rtype == "billing_dispute" and rng.random() < 0.6:
            comment(c, t0 + H(0.1), "dispute", "call_note", dated=rng.random() > 0.06, request_id=rid)
        if rng.random() < 0.03:
            return                                             # withdrawn / fixed by the customer
        slow = rtype == "leak" and c["district"] == SLOW_LEAK_DISTRICT
        visit = True
        if rtype == "leak":
            wait = rng.lognormal(np.log(44.0 if slow else 5.0), 0.5 if slow else 0.6)
        elif rtype == "low_pressure":
            wait = rng.lognormal(np.log(22.0), 0.5)
        elif rtype == "water_quality":
            wait = rng.lognormal(np.log(16.0), 0.5)
        else:
            visit = rng.random() < 0.6
            wait = rng.lognormal(np.log(70.0), 0.4)
        tv = t0 + H(wait)
        if visit:
            crew = f"CR-{c['district'][:3].upper()}-{int(rng.integers(1, 4))}"
            if not ev(c, tv, "tp_field_visit", "complete", rid, channel="other", device="", crew_id=crew,
                      wait_hours=round(float(wait), 1), **common):
                return
            if slow and rng.random() < 0.25:
                comment(c, tv - H(rng.uniform(2, 20)), "leak_slow", "call_note", dated=rng.random() > 0.06,
                        request_id=rid)
            if rtype == "leak":
                fix = rng.uniform(1, 6) if rng.random() < 0.8 else rng.uniform(48, 144)
            elif rtype == "low_pressure":
                fix = rng.uniform(1, 48)
            else:
                fix = rng.uniform(24, 72)
            tr = tv + H(fix)
        else:
            tr = t0 + H(rng.uniform(48, 120))
        if rng.random() < 0.04:
            return                                             # still open / escalated
        if not ev(c, tr, "tp_resolved", "success", rid, channel="other", device="", **common):
            return
        if rng.random() < 0.55:
            tsv = tr + H(rng.uniform(20, 72))
            m = 4.4
            if visit and wait > 24 and rtype == "leak":
                m -= 2.0
            if rtype == "billing_dispute":
                m -= 1.0 if c["meter"] == "mechanical" else 0.5
            if rtype == "water_quality":
                m -= 0.8
            stars = int(np.clip(round(m + rng.normal(0, 0.7)), 1, 5))
            if rtype == "leak" and visit and wait > 24 and rng.random() < 0.8:
                topic = "leak_slow"
            elif rtype == "billing_dispute":
                topic = "dispute" if stars <= 3 else "dispute_ok"
            elif rtype == "water_quality" and stars <= 3:
                topic = "smell" if rng.random() < 0.6 else "yellow"
            elif rtype == "low_pressure" and stars <= 3:
                topic = "pressure"
            elif stars >= 4:
                topic = "praise" if rng.random() < 0.8 else "neutral"
            else:
                topic = "neutral"
            if ev(c, tsv, "tp_survey", "submit", rid, channel="phone", device="", **common):
                comment(c, tsv, topic, "survey", rating=stars, tp="tp_survey", request_id=rid,
                        request_type=rtype)

    for c in customers:
        if c["connected_at"] is None:
            continue
        t = max(c["connected_at"], START)
        mult_leak = (3.0, 1.4, 1.0)[c["age"]] * (1.5 if c["ctype"] == "commercial" else 1.0)
        while True:
            ms = datetime(t.year, t.month, 1)
            if ms > END:
                break
            nxt = month_start(ms.year, ms.month + 1)
            lo = max(t, ms)
            span_h = (nxt - lo).total_seconds() / 3600
            frac = span_h / ((nxt - ms).total_seconds() / 3600)
            rates = {
                "leak": 0.005 * mult_leak * (1.5 if ms.month in (12, 1, 2) else 1.0),
                "low_pressure": 0.0022 * (2.0 if ms.month in (7, 8) else 1.0),
                "water_quality": 0.0025 * (3.5 if ms.month in (6, 7, 8, 9) else 1.0)
                * (1.7 if ms.year == 2026 else 1.0) * (1.4 if c["district"] == "Gusu" else 1.0),
            }
            for rtype, lam in rates.items():
                for _ in range(int(rng.poisson(lam * frac))):
                    t0 = lo + H(rng.uniform(0, span_h))
                    t0 = t0.replace(hour=int(rng.integers(7, 23)))
                    handle_request(c, t0, rtype)
            t = nxt
        # disputes follow a bill
        for k, (bm, issue) in enumerate(bills_by_customer.get(c["id"], [])):
            p = 0.014 if c["meter"] == "mechanical" else 0.0015
            if rng.random() < p:
                handle_request(c, issue + D(days=float(rng.uniform(1, 10))), "billing_dispute")

    # ---------- app reviews and social posts ----------
    for c in customers:
        if c["connected_at"] is not None and rng.random() < 0.08:
            tr = max(c["connected_at"], START) + D(days=float(rng.uniform(0, 600)))
            topic = str(rng.choice(["app", "neutral", "autopay", "latefee", "dispute"], p=[0.45, 0.2, 0.12, 0.1,
                                                                                            0.13]))
            if topic == "dispute" and c["meter"] != "mechanical":
                topic = "app"
            rating = max(1, {"app": 5, "neutral": 3, "autopay": 2, "latefee": 2, "dispute": 1}[topic]
                         - int(rng.random() < 0.3))
            comment(c, min(tr, END), topic, "app_review", rating=rating if rng.random() < 0.93 else None,
                    dated=rng.random() > 0.3)
        if c["connected_at"] is not None and rng.random() < 0.05:
            # social posts about the water itself, mostly in summer, more in 2026
            y = 2025 if rng.random() < 0.45 else 2026
            mth = int(rng.choice([5, 6, 7, 8, 9] if y == 2025 else [4, 5, 6], p=[0.1, 0.25, 0.3, 0.25, 0.1]
                                 if y == 2025 else [0.2, 0.35, 0.45]))
            ts_ = datetime(y, mth, 1) + D(days=float(rng.uniform(0, 28))) + H(rng.uniform(8, 22))
            comment(c, ts_, "smell" if rng.random() < 0.8 else "yellow", "social", dated=rng.random() > 0.1)

    # ---------- customers ----------
    crow = []
    for c in customers:
        if c["connected_at"] is None:
            seg = "prospect"
        elif not c["existing"]:
            seg = "new"
        elif c["n_overdue_recent"] >= 2:
            seg = "at_risk"
        else:
            seg = "regular"
        crow.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=c["district"],
                         acquisition_channel=c["apply_ch"] or "legacy", tier=c["ctype"], district=c["district"],
                         区=c["区"], customer_type=c["ctype"], 用户类型=CTYPE[c["ctype"]], meter_type=c["meter"] or "",
                         水表类型=METER[c["meter"]] if c["meter"] else "", payment_method=c["pay"],
                         building_age_band=AGE[c["age"]][0], 楼龄=AGE[c["age"]][1], language=c["lang"]))
    dup = rng.choice(len(events), 25, replace=False)
    events.extend(dict(events[int(i)]) for i in dup)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    feedback.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    for i, r in enumerate(feedback):           # ids in time order (undated last)
        r["feedback_id"] = f"FB{i + 1:05d}"

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
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                              "district", "区", "customer_type", "用户类型", "meter_type", "水表类型", "payment_method",
                              "building_age_band", "楼龄", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "district", "区", "customer_type", "meter_type", "apply_channel",
                             "building_age_band", "fee_amount", "meter_id", "bill_id", "bill_month", "due_date",
                             "bill_amount", "payment_method", "request_id", "request_type", "工单类型", "crew_id",
                             "wait_hours"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                             "payment_method", "late_payment", "bill_id", "bill_month", "due_date", "district", "区",
                             "customer_type", "meter_type", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "district", "区", "customer_type", "meter_type", "request_id",
                                 "request_type", "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
