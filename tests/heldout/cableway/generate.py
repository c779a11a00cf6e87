"""云索 CloudRope 索道集团: a mountain cableway / ropeway operator with four lines — 张家界天门山索道 (Zhangjiajie),
黄山玉屏索道 (Huangshan), 峨眉山金顶索道 (Emei) and the Queenstown Skyline-style gondola (皇后镇天际缆车, NZ).
Online tickets (app, WeChat mini program, web, OTA), time-slot reservation on peak days, real-name / visitor ID step,
travel-agency group bookings, weather closures with refunds, annual passes. CNY for the Chinese lines, NZD for
Queenstown. Data 2025-01-01 .. 2026-06-30 (a few refunds / resolutions run into July 2026).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md table)
and OUTDIR/_truth/closures.csv (closure days per site). Deterministic (fixed seed), plain Python + numpy.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 6, 30)
N_CUST = 4200

SITES = {  # code: zh, en, currency, base wait (min), share of domestic visitors
    "zhangjiajie": ("张家界天门山索道", "Tianmen Mountain Cableway", "CNY", 32, 0.34),
    "huangshan": ("黄山玉屏索道", "Huangshan Yuping Cableway", "CNY", 38, 0.36),
    "emei": ("峨眉山金顶索道", "Emei Golden Summit Cableway", "CNY", 24, 0.26),
    "queenstown": ("皇后镇天际缆车", "Queenstown Gondola", "NZD", 9, 0.04),
}
PRICE = {  # site: {ticket_type: price}; Queenstown rises on 2025-11-01
    "zhangjiajie": {"adult": 278, "child": 140, "senior": 140, "student": 180},
    "huangshan": {"adult": 90, "child": 45, "senior": 45, "student": 45},
    "emei": {"adult": 65, "child": 35, "senior": 35, "student": 35},
    "queenstown": {"adult": 59, "child": 39, "senior": 49, "student": 49},
}
QT_NEW = {"adult": 69, "child": 45, "senior": 55, "student": 55}
QT_RISE = date(2025, 11, 1)
PASS_PRICE = {"zhangjiajie": 880, "huangshan": 600, "emei": 480, "queenstown": 249}
BUG = (date(2025, 8, 5), date(2025, 8, 25))          # iOS app 3.8.0: real-name OCR times out
AB = (date(2026, 3, 1), date(2026, 5, 31))           # slot_picker_v2 A/B test
HOLIDAYS = [(date(2025, 1, 1), date(2025, 1, 1)), (date(2025, 1, 28), date(2025, 2, 4)),
            (date(2025, 4, 4), date(2025, 4, 6)), (date(2025, 5, 1), date(2025, 5, 5)),
            (date(2025, 5, 31), date(2025, 6, 2)), (date(2025, 10, 1), date(2025, 10, 8)),
            (date(2026, 1, 1), date(2026, 1, 3)), (date(2026, 2, 15), date(2026, 2, 23)),
            (date(2026, 4, 4), date(2026, 4, 6)), (date(2026, 5, 1), date(2026, 5, 5))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_weather", "天气与运营公告", "Weather & operating status", "awareness", "app", "digital", "digital",
     "运营公告|天气|开放状态|今日运营|weather|operating status|status page"),
    ("tp_ticket_page", "购票页", "Ticket page", "consideration", "app", "digital", "ecommerce",
     "门票页|索道票|买票页|票价页|ticket page|tickets|buy tickets"),
    ("tp_timeslot", "预约时段", "Time-slot selection", "purchase", "app", "digital", "ecommerce",
     "分时预约|选时段|预约|时段|time slot|timeslot|slot picker|reservation"),
    ("tp_realname", "实名认证", "Visitor ID check", "purchase", "app", "digital", "ecommerce",
     "实名|实名制|身份证验证|游客信息|ID check|real-name|visitor details|passport check"),
    ("tp_payment", "支付成功", "Payment", "purchase", "app", "digital", "payments",
     "支付|付款|下单成功|payment|paid|checkout"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "付款失败|payment failed|payment failure"),
    ("tp_gate", "检票进站", "Gate entry", "service", "store", "physical", "station_ops",
     "检票|进站|闸机|刷脸入站|gate|entry|check-in|ticket scan"),
    ("tp_queue", "排队候乘", "Boarding queue", "service", "store", "physical", "station_ops",
     "排队|候车|候乘|排队区|queue|queueing|waiting line|boarding queue"),
    ("tp_boarding", "登厢乘坐", "Cabin boarding", "service", "store", "physical", "ropeway_ops",
     "上车|登厢|坐索道|乘坐|boarding|ride|cabin|gondola ride"),
    ("tp_closure_notice", "停运通知", "Closure notice", "service", "app", "digital", "ropeway_ops",
     "停运|停运公告|大风停运|天气停运|closure|weather closure|closure alert|suspension notice"),
    ("tp_refund_request", "退票申请", "Refund request", "service", "app", "digital", "customer_service",
     "退票|申请退款|退款申请|refund request|request refund"),
    ("tp_refund_done", "退款到账", "Refund completed", "service", "app", "digital", "finance",
     "退款成功|到账|refund completed|refund paid|refunded"),
    ("tp_pass_page", "年卡介绍页", "Annual pass page", "consideration", "app", "digital", "membership",
     "年卡页|年票页|annual pass page|season pass page|pass page"),
    ("tp_pass_buy", "年卡购买", "Annual pass purchase", "loyalty", "app", "digital", "membership",
     "办年卡|买年卡|年票|annual pass|buy pass|pass purchase"),
    ("tp_agency_booking", "旅行社团队预订", "Agency group booking", "purchase", "web", "digital", "group_sales",
     "团队预订|团队票|旅行社下单|group booking|tour group booking|agency booking"),
    ("tp_group_checkin", "团队核验入站", "Group check-in", "service", "store", "physical", "group_sales",
     "团队入站|团队核验|导游核验|group check-in|tour group arrival"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|客诉|工单|complaint|support ticket"),
    ("tp_resolution", "工单办结", "Complaint resolved", "service", "phone", "digital", "customer_service",
     "办结|结单|已解决|resolved|closed ticket|resolution"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("booking", "线上购票到进站", "Online booking to gate", ["tp_ticket_page", "tp_timeslot", "tp_realname",
                                                             "tp_payment", "tp_gate"], 7),
    ("group", "旅行社团队游", "Agency group tour", ["tp_agency_booking", "tp_group_checkin"], 30),
    ("closure_refund", "停运退票", "Weather-closure refund", ["tp_closure_notice", "tp_refund_request",
                                                             "tp_refund_done"], 14),
    ("annual_pass", "年卡办理", "Annual pass sign-up", ["tp_pass_page", "tp_pass_buy"], 14),
    ("complaint", "投诉处理", "Complaint handling", ["tp_complaint", "tp_resolution"], 7),
]
PROVINCES = {"华中": ["湖南", "湖北", "河南"], "华东": ["上海", "江苏", "浙江", "安徽"], "华南": ["广东", "福建"],
             "西南": ["四川", "重庆", "云南"], "华北": ["北京", "天津", "河北"]}
REGION_P = {"华中": 0.2, "华东": 0.3, "华南": 0.16, "西南": 0.17, "华北": 0.17}
NEAR = {"华中": "zhangjiajie", "华东": "huangshan", "西南": "emei"}
COUNTRIES = ["New Zealand", "Australia", "South Korea", "United States", "United Kingdom", "Singapore"]
COUNTRY_P = [0.3, 0.25, 0.17, 0.12, 0.08, 0.08]
ACQ = ["ctrip", "meituan", "douyin", "wechat_official", "xiaohongshu", "fliggy"]
ACQ_P = [0.26, 0.18, 0.2, 0.14, 0.14, 0.08]
ACQ_EN = ["google", "tripadvisor", "klook", "ctrip"]
ACQ_EN_P = [0.38, 0.27, 0.2, 0.15]
AGENCIES = [  # name, site, bookings per year (Poisson mean over the 18 months)
    ("中青旅湖南分社", "zhangjiajie", 62), ("张家界国旅", "zhangjiajie", 34), ("湘西印象旅行社", "zhangjiajie", 18),
    ("韩游网 HanTour", "zhangjiajie", 22), ("长沙康辉", "zhangjiajie", 14), ("湖南华天国旅", "zhangjiajie", 12),
    ("黄山旅行社", "huangshan", 40), ("安徽中旅", "huangshan", 28), ("春秋旅游", "huangshan", 20),
    ("上海锦江旅游", "huangshan", 18), ("杭州西湖国旅", "huangshan", 15), ("南京金陵旅游", "huangshan", 10),
    ("峨眉山旅游公司", "emei", 30), ("四川康辉", "emei", 22), ("成都青旅", "emei", 16), ("重庆海外旅业", "emei", 10),
    ("携程门店团队部", "huangshan", 16), ("凯撒旅游", "zhangjiajie", 12), ("众信旅游", "emei", 9),
    ("Kiwi Coach Tours", "queenstown", 24), ("Southern Alps Tours", "queenstown", 16),
    ("Great Sights NZ", "queenstown", 12), ("Real Journeys Groups", "queenstown", 9), ("AAT Kings", "queenstown", 8),
]
N_AGENCY = len(AGENCIES)


def holiday(d: date) -> bool:
    return any(a <= d <= b for a, b in HOLIDAYS)


DAYS = [START + D(i) for i in range((END - START).days + 1)]


def season_w(site: str, d: date) -> float:
    if site == "queenstown":
        w = {12: 1.5, 1: 1.7, 2: 1.4, 3: 1.1, 6: 0.8, 7: 1.2, 8: 1.0}.get(d.month, 0.9)
        if date(2025, 1, 28) <= d <= date(2025, 2, 4) or date(2026, 2, 15) <= d <= date(2026, 2, 23):
            w *= 1.8
        return w * (1.2 if d.weekday() >= 5 else 1.0)
    w = {1: 0.6, 2: 0.8, 3: 0.8, 4: 1.0, 5: 1.1, 6: 1.0, 7: 1.4, 8: 1.5, 9: 1.0, 10: 1.2, 11: 0.8, 12: 0.6}[d.month]
    if site == "emei" and d.month in (12, 1, 2):
        w *= 1.3   # snow-viewing at the Golden Summit
    return w * (1.5 if d.weekday() >= 5 else 1.0) * (3.2 if holiday(d) else 1.0)


DEMAND = {s: np.array([season_w(s, d) for d in DAYS]) for s in SITES}
DEMAND = {s: w / w.sum() for s, w in DEMAND.items()}

# ---------- weather closures ----------
CLOSURES: dict[str, dict[date, str]] = {s: {} for s in SITES}
for d in DAYS:
    for s in SITES:
        if s == "emei":
            p, why = (0.09, "icing") if d.month in (12, 1, 2) else (0.02, "fog")
        elif s == "huangshan":
            p, why = (0.08, "thunderstorm") if d.month in (6, 7, 8) else (0.015, "fog")
        elif s == "zhangjiajie":
            p, why = (0.04, "fog") if d.month in (3, 4, 5) else (0.015, "high_wind")
        else:
            p, why = (0.08, "high_wind") if d.month in (6, 7, 8) else (0.025, "high_wind")
        if rng.random() < p:
            CLOSURES[s][d] = why
for d in (date(2025, 7, 29), date(2025, 7, 30), date(2025, 7, 31)):   # Huangshan: three-day thunderstorm shutdown
    CLOSURES["huangshan"][d] = "thunderstorm"


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def app_version(ts: datetime, device: str) -> str:
    if device not in ("ios", "android"):
        return ""
    d = ts.date()
    if d < date(2025, 4, 1):
        return "3.6.1"
    if d < date(2025, 8, 5):
        return "3.7.2"
    if d < date(2025, 8, 26):
        return "3.8.0" if device == "ios" else "3.7.2"
    if d < date(2026, 2, 1):
        return "3.8.1"
    return "4.0.0"


def price(site: str, tt: str, d: date) -> int:
    if site == "queenstown" and d >= QT_RISE:
        return QT_NEW[tt]
    return PRICE[site][tt]


# ---------- customers ----------
customers = []
for i in range(N_CUST):
    cid = f"C{i + 1:05d}"
    overseas = rng.random() < 0.12
    if overseas:
        country = str(rng.choice(COUNTRIES, p=COUNTRY_P))
        region, prov = "海外", ""
        id_type = "passport"
        lang = "ko" if country == "South Korea" and rng.random() < 0.5 else "en"
        acq = str(rng.choice(ACQ_EN, p=ACQ_EN_P))
        if country in ("New Zealand", "Australia"):
            pref = "queenstown" if rng.random() < 0.8 else str(rng.choice(["zhangjiajie", "huangshan"]))
        elif country == "South Korea":
            pref = "zhangjiajie" if rng.random() < 0.75 else "queenstown"
        else:
            pref = str(rng.choice(list(SITES), p=[0.3, 0.25, 0.1, 0.35]))
    else:
        country = "China"
        region = str(rng.choice(list(REGION_P), p=list(REGION_P.values())))
        prov = str(rng.choice(PROVINCES[region]))
        id_type = "hk_macau_permit" if rng.random() < 0.03 else "id_card"
        lang = "zh"
        acq = str(rng.choice(ACQ, p=ACQ_P))
        if region in NEAR and rng.random() < 0.55:
            pref = NEAR[region]
        else:
            pref = str(rng.choice(list(SITES), p=[v[4] for v in SITES.values()]))
    age = str(rng.choice(["18-29", "30-44", "45-59", "60+"], p=[0.3, 0.34, 0.22, 0.14]))
    signup = datetime(2023, 6, 1) + D(days=int(rng.integers(0, 1125)), seconds=int(rng.integers(0, 86400)))
    device = str(rng.choice(["ios", "android", "pc"], p=[0.42, 0.46, 0.12]))
    customers.append(dict(customer_id=cid, signup_at=signup, region=region, province=prov, home_country=country,
                          id_type=id_type, language=lang, acquisition_channel=acq, age_band=age,
                          preferred_site=pref, primary_device=device, tier="standard", agency_name=""))
for j, (name, site, _) in enumerate(AGENCIES):
    customers.append(dict(customer_id=f"AG{j + 1:03d}", signup_at=datetime(2024, 1, 1) + D(days=int(rng.integers(0, 360))),
                          region="海外" if site == "queenstown" else "华中" if site == "zhangjiajie" else
                          "华东" if site == "huangshan" else "西南", province="",
                          home_country="New Zealand" if site == "queenstown" else "China", id_type="business_license",
                          language="en" if site == "queenstown" else "zh", acquisition_channel="agency_portal",
                          age_band="", preferred_site=site, primary_device="pc", tier="agency", agency_name=name))
AGENCY_RATE = {f"AG{j + 1:03d}": n for j, (_, _, n) in enumerate(AGENCIES)}
CUST = {c["customer_id"]: c for c in customers}

events, orders, feedback, truth, experiments = [], [], [], [], []
ev_n = [0]
ord_n = [0]
sess_n = [0]


def ev(cid, ts, tp, action, device, channel, sess, **extra):
    ev_n[0] += 1
    row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=ts, touchpoint_id=tp, session_id=sess,
               action=action, device=device, channel=channel, app_version=app_version(ts, device))
    row.update(extra)
    events.append(row)
    return ts


def new_sess():
    sess_n[0] += 1
    return f"S{sess_n[0]:07d}"


def new_order(cid, ts, amount, status, **extra):
    ord_n[0] += 1
    oid = f"O{ord_n[0]:06d}"
    row = dict(order_id=oid, customer_id=cid, ts=ts, amount=round(float(amount), 2), status=status)
    row.update(extra)
    orders.append(row)
    return oid


# A/B test assignment: customers active in the test window get a variant at their first ticket-page view in it
AB_VARIANT: dict[str, tuple[str, datetime]] = {}
PASS_AB: dict[str, tuple[str, datetime]] = {}

visit_log = []      # (cid, site, date, wait, closed, ts) for feedback
complaint_log = []  # (cid, ts, site, type)
refund_log = []     # (cid, ts, site, days)


def pick_day(site: str, lo: date = START, hi: date = END) -> date:
    a, b = max(0, (lo - START).days), min(len(DAYS) - 1, (hi - START).days)
    if a > b:
        a = b
    w = DEMAND[site][a:b + 1]
    return DAYS[a + int(rng.choice(len(w), p=w / w.sum()))]


def wait_minutes(site, d, ts):
    base = SITES[site][3]
    f = 1.0
    if holiday(d) and site != "queenstown":
        f *= 3.1
    elif d.weekday() >= 5:
        f *= 1.5
    if 9 <= ts.hour < 12:
        f *= 1.3
    return int(max(2, rng.gamma(4.0, base * f / 4.0)))


def ride(cid, site, d, dev, chan, t_gate, sess):
    """gate entry → queue → boarding on day d (site open). Returns wait."""
    ev(cid, t_gate, "tp_gate", "scan", dev, chan, sess, site=site, station="lower")
    w = wait_minutes(site, d, t_gate)
    ev(cid, t_gate + D(minutes=int(rng.integers(2, 8))), "tp_queue", "enter_queue", dev, chan, sess, site=site,
       wait_minutes=w)
    ev(cid, t_gate + D(minutes=w + int(rng.integers(8, 15))), "tp_boarding", "board", dev, chan, sess, site=site,
       cabin_no=int(rng.integers(1, 99)))
    return w


def complaint(cid, ts, site, ctype, dev):
    sess = new_sess()
    ev(cid, ts, "tp_complaint", "submit", dev, "phone", sess, site=site, complaint_type=ctype)
    complaint_log.append((cid, ts, site, ctype))
    p_res = 0.86
    if rng.random() < p_res:
        hrs = float(rng.gamma(2.0, 14.0 if ctype != "refund" else 30.0))
        ev(cid, ts + D(hours=hrs), "tp_resolution", "close", dev, "phone", sess, site=site, complaint_type=ctype)


def refund(cid, t_req, site, oid_row, dev, chan, sess, reason):
    ev(cid, t_req, "tp_refund_request", "submit", dev, chan, sess, site=site, order_id=oid_row["order_id"],
       refund_reason=reason)
    med = {"emei": 4.0, "huangshan": 2.2, "zhangjiajie": 1.8, "queenstown": 1.2}[site]
    days = float(rng.lognormal(np.log(med), 0.5))
    t_done = t_req + D(days=days)
    ev(cid, t_done, "tp_refund_done", "success", dev, chan, sess, site=site, order_id=oid_row["order_id"],
       refund_reason=reason)
    oid_row["status"] = "refunded"
    oid_row["refunded_at"] = t_done
    oid_row["refund_reason"] = reason
    refund_log.append((cid, t_req, site, days))
    if days > 6 and rng.random() < 0.45:
        complaint(cid, t_req + D(days=6, hours=float(rng.uniform(1, 20))), site, "refund", dev)


def trip(c, site, d, pass_holder=False):
    cid = c["customer_id"]
    dev = c["primary_device"]
    if dev == "pc":
        chan = "web"
    else:
        chan = str(rng.choice(["app", "mini_program"], p=[0.55, 0.45])) if c["language"] == "zh" else "app"
        if chan == "mini_program":
            dev = dev  # device stays the phone OS
    lead = int(rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 12], p=[0.3, 0.22, 0.14, 0.1, 0.07, 0.06, 0.04, 0.04, 0.03]))
    bd = d - D(days=lead)
    if bd < START:
        bd, lead = START, (d - START).days
    t = at(bd, 7.5, 22.5) if lead > 0 else at(bd, 6.5, 10.5)
    sess = new_sess()
    if rng.random() < 0.5:
        t = ev(cid, t, "tp_weather", "view", dev, chan, sess, site=site) + D(minutes=float(rng.uniform(0.5, 4)))
    if d in CLOSURES[site] and lead == 0:
        return  # saw the closure status and stayed home
    peak = holiday(d) and site != "queenstown"
    if not pass_holder:
        t = ev(cid, t, "tp_ticket_page", "view", dev, chan, sess, site=site, visit_date=d)
        p_slot = 0.78
        if site == "queenstown" and d >= QT_RISE and c["home_country"] in ("New Zealand", "Australia"):
            p_slot = 0.78
        if rng.random() > p_slot:
            return
    t += D(minutes=float(rng.uniform(0.5, 5)))
    sold_out = peak and rng.random() < 0.3
    ev(cid, t, "tp_timeslot", "sold_out" if sold_out else "select", dev, chan, sess, site=site, visit_date=d,
       slot=f"{int(rng.choice([8, 9, 10, 11, 13, 14, 15]))}:00")
    if sold_out and rng.random() < 0.75:
        return
    if pass_holder:
        p_go = 0.93
    else:
        # real-name / visitor ID step
        p_rn = 0.88
        if c["id_type"] == "passport" and site != "queenstown":
            p_rn = 0.52
        ab = AB_VARIANT.get(cid)
        if AB[0] <= bd <= AB[1] and c["tier"] != "agency":
            if ab is None:
                ab = (str(rng.choice(["A", "B"])), t - D(minutes=3))
                AB_VARIANT[cid] = ab
            p_rn = p_rn * (0.93 if ab[0] == "A" else 1.06)
        bug = BUG[0] <= bd <= BUG[1] and dev == "ios" and chan == "app"
        if bug:
            p_rn = 0.3
        if rng.random() > min(p_rn, 0.97):
            if bug or rng.random() < 0.3:
                ev(cid, t + D(minutes=float(rng.uniform(1, 4))), "tp_realname", "fail", dev, chan, sess, site=site,
                   id_type=c["id_type"], error="OCR_TIMEOUT" if bug else "ID_MISMATCH")
            return
        t = ev(cid, t + D(minutes=float(rng.uniform(1, 4))), "tp_realname", "success", dev, chan, sess, site=site,
               id_type=c["id_type"]) + D(minutes=float(rng.uniform(0.5, 3)))
        p_pay = 0.88
        if site == "queenstown" and d >= QT_RISE:
            p_pay = 0.66
        qty = int(rng.choice([1, 2, 3, 4, 5], p=[0.22, 0.4, 0.18, 0.15, 0.05]))
        types = ["adult"] * qty
        if qty >= 3:
            types[-1] = "child"
        if c["age_band"] == "60+":
            types[0] = "senior"
        amount = sum(price(site, tt, bd) for tt in types)
        cur = SITES[site][2]
        if rng.random() < 0.05:
            ev(cid, t, "tp_pay_fail", "fail", dev, chan, sess, site=site, error=str(rng.choice(
                ["BANK_DECLINED", "TIMEOUT", "WECHAT_PAY_ERROR"])))
            if rng.random() < 0.5:
                new_order(cid, t, amount, "cancelled", site=site, currency=cur, product_type="ticket", quantity=qty,
                          ticket_types="|".join(types), visit_date=d, unit_price=price(site, "adult", bd),
                          channel=chan, device=dev, agency_name="", refunded_at="", refund_reason="")
                return
            t += D(minutes=float(rng.uniform(1, 5)))
        if rng.random() > p_pay:
            return
        oid = new_order(cid, t, amount, "paid", site=site, currency=cur, product_type="ticket", quantity=qty,
                        ticket_types="|".join(types), visit_date=d, unit_price=price(site, "adult", bd),
                        channel=chan, device=dev, agency_name="", refunded_at="", refund_reason="")
        orow = orders[-1]
        ev(cid, t, "tp_payment", "success", dev, chan, sess, site=site, order_id=oid, amount=amount, currency=cur,
           quantity=qty)
        p_go = 0.95
    # ---- the visit day
    if d in CLOSURES[site]:
        tn = datetime(d.year, d.month, d.day, 6, 30) - (D(hours=12) if rng.random() < 0.4 else D(0))
        if tn < t:
            tn = t + D(minutes=10)
        s2 = new_sess()
        ev(cid, tn, "tp_closure_notice", "push", dev, "app", s2, site=site, closure_reason=CLOSURES[site][d])
        visit_log.append((cid, site, d, None, True, tn))
        if not pass_holder and rng.random() < 0.86:
            refund(cid, tn + D(hours=float(rng.gamma(2.0, 5.0))), site, orow, dev, chan, s2, "weather_closure")
        return
    if not pass_holder and rng.random() < 0.035:
        refund(cid, t + D(hours=float(rng.uniform(2, 40))), site, orow, dev, chan, new_sess(), "change_of_plan")
        return
    if rng.random() > p_go:
        return
    t_gate = at(d, 7.5, 15.0)
    if t_gate <= t:
        t_gate = t + D(minutes=float(rng.uniform(30, 150)))
    w = ride(cid, site, d, dev, chan, t_gate, new_sess())
    visit_log.append((cid, site, d, w, False, t_gate + D(hours=float(rng.uniform(2, 30)))))
    p_c = 0.14 if w > 90 else 0.018
    if rng.random() < p_c:
        complaint(cid, t_gate + D(hours=float(rng.uniform(1, 30))), site, "queue" if w > 90 else str(
            rng.choice(["staff", "facility", "slot_ignored"])), dev)


# ---------- individual customers ----------
for c in customers:
    if c["tier"] == "agency":
        continue
    cid = c["customer_id"]
    n = int(rng.poisson(1.1)) + (1 if rng.random() < 0.75 else 0)
    lo = max(START, c["signup_at"].date())
    for _ in range(n):
        site = c["preferred_site"] if rng.random() < 0.8 else str(rng.choice(list(SITES), p=[0.33, 0.35, 0.22, 0.1]))
        if c["language"] != "zh" and site != "queenstown" and rng.random() < 0.4:
            site = c["preferred_site"]
        trip(c, site, pick_day(site, lo))
    # annual pass: page views (experiment pass_banner, no effect) and purchases
    if c["language"] == "zh" and rng.random() < 0.16 or c["home_country"] == "New Zealand" and rng.random() < 0.3:
        site = c["preferred_site"]
        d = pick_day(site, lo, date(2026, 3, 31))
        t = at(d, 8, 23)
        dev = c["primary_device"]
        chan = "web" if dev == "pc" else "app"
        sess = new_sess()
        ev(cid, t, "tp_pass_page", "view", dev, chan, sess, site=site)
        if date(2025, 9, 1) <= d <= date(2025, 12, 31):
            PASS_AB[cid] = (str(rng.choice(["control", "banner"])), t - D(seconds=5))
        p_buy = 0.24 if site != "queenstown" else 0.3
        if c["region"] != "海外" and NEAR.get(c["region"]) == site:
            p_buy = 0.42
        if rng.random() < p_buy:
            t2 = t + D(minutes=float(rng.uniform(2, 60 * 24 * 3)))
            amt = PASS_PRICE[site]
            oid = new_order(cid, t2, amt, "paid", site=site, currency=SITES[site][2], product_type="annual_pass",
                            quantity=1, ticket_types="annual_pass", visit_date="", unit_price=amt, channel=chan,
                            device=dev, agency_name="", refunded_at="", refund_reason="")
            ev(cid, t2, "tp_pass_buy", "success", dev, chan, sess, site=site, order_id=oid, amount=amt,
               currency=SITES[site][2], quantity=1)
            c["tier"] = "annual_pass"
            c["pass_site"] = site
            for _ in range(int(rng.poisson(6)) + 2):
                dd = pick_day(site, min(t2.date() + D(days=1), END))
                trip(c, site, dd, pass_holder=True)

# ---------- agencies: group bookings ----------
GROUP_SLOT_TO_VISIT = []
for c in customers:
    if c["tier"] != "agency":
        continue
    cid, site = c["customer_id"], c["preferred_site"]
    for _ in range(int(rng.poisson(AGENCY_RATE[cid] * 1.5))):
        d = pick_day(site)
        lead = int(rng.integers(3, 29))
        bt = at(max(START, d - D(days=lead)), 9, 18)
        sess = new_sess()
        pax = int(rng.integers(12, 46)) if site != "queenstown" else int(rng.integers(8, 30))
        ev(cid, bt, "tp_agency_booking", "submit", "pc", "web", sess, site=site, pax=pax, visit_date=d,
           agency_name=c["agency_name"])
        unit = round(price(site, "adult", bt.date()) * 0.8, 2)
        oid = new_order(cid, bt, unit * pax, "paid", site=site, currency=SITES[site][2], product_type="group_ticket",
                        quantity=pax, ticket_types="group", visit_date=d, unit_price=unit, channel="agency_portal",
                        device="pc", agency_name=c["agency_name"], refunded_at="", refund_reason="")
        orow = orders[-1]
        if d in CLOSURES[site]:
            tn = datetime(d.year, d.month, d.day, 6, 0)
            ev(cid, tn, "tp_closure_notice", "sms", "pc", "web", sess, site=site, closure_reason=CLOSURES[site][d])
            refund(cid, tn + D(hours=float(rng.uniform(1, 8))), site, orow, "pc", "web", sess, "weather_closure")
            continue
        if rng.random() < 0.06:
            refund(cid, bt + D(days=1), site, orow, "pc", "web", sess, "group_cancelled")
            continue
        tg = at(d, 7.5, 11)
        w = wait_minutes(site, d, tg)
        w = int(w * 0.6)  # group lane
        ev(cid, tg, "tp_group_checkin", "verify", "pc", "store", sess, site=site, pax=pax, wait_minutes=w,
           agency_name=c["agency_name"])

# ---------- segments (state at the end of the data) ----------
last_seen: dict[str, datetime] = {}
visits_n: dict[str, int] = {}
for e in events:
    last_seen[e["customer_id"]] = max(last_seen.get(e["customer_id"], e["ts"]), e["ts"])
    if e["touchpoint_id"] in ("tp_gate",):
        visits_n[e["customer_id"]] = visits_n.get(e["customer_id"], 0) + 1
for c in customers:
    cid = c["customer_id"]
    if c["tier"] == "agency":
        c["segment"] = "agency"
    elif c["tier"] == "annual_pass":
        c["segment"] = "vip"
    elif c["signup_at"].date() >= date(2026, 1, 1):
        c["segment"] = "new"
    elif cid in last_seen and last_seen[cid].date() < date(2025, 10, 1):
        c["segment"] = "at_risk"
    else:
        c["segment"] = "returning"

# ---------- experiments ----------
for cid, (v, t) in sorted(AB_VARIANT.items()):
    experiments.append(dict(experiment_id="slot_picker_v2", variant=v, customer_id=cid, assigned_at=t,
                            surface="tp_timeslot"))
for cid, (v, t) in sorted(PASS_AB.items()):
    experiments.append(dict(experiment_id="pass_banner", variant=v, customer_id=cid, assigned_at=t,
                            surface="tp_pass_page"))

# ---------- feedback ----------
ZH_NAME = {s: v[0] for s, v in SITES.items()}
SHORT_ZH = {"zhangjiajie": "天门山", "huangshan": "黄山", "emei": "峨眉", "queenstown": "皇后镇"}
SHORT_EN = {"zhangjiajie": "Tianmen", "huangshan": "Huangshan", "emei": "Emei", "queenstown": "Queenstown"}
TEXT = {  # topic: (sentiment, zh templates, en templates)
    "queue_long": ("negative", [
        "{s}排队排了快{w}分钟才上索道，太折磨人了", "黄金周来{s}，候乘区人挤人，排队{w}分钟，腿都站麻了",
        "排队时间太长了，{s}下站至少等了一个多小时，建议增加车厢", "{s}索道排队太久，老人小孩根本受不了"],
        ["Queued about {w} minutes for the {S} cable car, way too long", "The waiting line at {S} was insane, over an hour",
         "Long queue at the lower station, nobody told us how long it would be"]),
    "slot_ignored": ("negative", [
        "明明预约了{t}的时段，到了{s}还是要跟所有人一起排队，分时预约形同虚设",
        "分时预约有什么用？{s}现场根本不按时段放人", "预约时段没用，约了9点10点半才坐上，还不如不约",
        "{s}的预约时段完全不执行，预约的和没预约的混在一起排"],
        ["We booked the {t} slot but still had to join the general queue at {S}. What is the point of time slots?",
         "Timed entry is meaningless, staff at {S} ignored our slot", "Reserved a time slot, waited like everyone else"]),
    "refund_slow": ("negative", [
        "{s}停运了，退票申请提交一周了钱还没到账", "天气停运退款太慢了，客服只会说在处理中",
        "索道停运不是我的原因，退款却要等这么多天，{s}能不能快一点"],
        ["{S} was closed for weather and my refund still has not arrived after a week",
         "Refund is taking forever, support just says it is being processed"]),
    "closure_late": ("negative", [
        "{s}停运通知发得太晚了，我们都到山脚了才收到", "早上六点多才推送停运，酒店都订好了，白跑一趟",
        "停运能不能提前一天通知？{s}这次太坑了"],
        ["The closure notice from {S} came when we were already at the base station",
         "Got the weather closure alert way too late, wasted a whole morning"]),
    "realname_fail": ("negative", [
        "iOS上实名认证一直转圈，拍身份证识别超时，试了五次都不行", "实名认证页面卡死，OCR超时，最后只能去窗口买",
        "更新到3.8.0以后实名认证就过不去了，苹果手机", "护照实名一直提示证件号不匹配，外国朋友没法帮买票"],
        ["ID check keeps timing out on iPhone, could not finish the booking",
         "The passport verification step rejects my passport number every time",
         "App stuck on the visitor ID step after the update"]),
    "price_high": ("negative", [
        "{s}索道票又贵了，一家四口光索道就好几百", "票价偏高，性价比一般", "索道票价太贵，学生优惠也不多"],
        ["Gondola prices went up again, NZ$69 for a 10 minute ride is steep",
         "Too expensive for a family now that the adult fare is $69", "Price hike at Queenstown, not worth it anymore",
         "Ticket price is high for what it is"]),
    "group_crowding": ("negative", [
        "旅行社团队一来就占满候乘区，散客被挤到后面", "导游带团插队，工作人员也不管", "团队太多了，{s}下站乱糟糟"],
        ["Tour groups pushed ahead of us in the queue", "Large tour groups everywhere, the station was chaotic"]),
    "staff_praise": ("positive", [
        "{s}工作人员很耐心，帮老人上下车厢，点赞", "站务小姐姐服务特别好，还提醒我们带外套",
        "索道员工很专业，排队时还有人维持秩序"],
        ["Staff at {S} were lovely and helped my elderly mum into the cabin", "Friendly and professional crew, thanks!"]),
    "scenery_praise": ("positive", [
        "{s}索道上看云海太美了，值回票价", "坐在车厢里看日出，绝了，推荐大家早点来", "风景无敌，索道很平稳，孩子很喜欢",
        "云海加雾凇，{s}这次来对了"],
        ["Stunning views from the {S} gondola, worth every cent", "Breathtaking ride, the sunset was unreal",
         "Smooth ride and amazing scenery over the lake"]),
    "pass_praise": ("positive", [
        "办了{s}年卡，一年来了好几次，很划算", "年卡刷脸进站很方便，不用每次买票"],
        ["The annual pass paid for itself after three rides", "Love the annual pass, quick entry every time"]),
    "neutral": ("neutral", ["还行吧，一般般", "体验中规中矩", "索道挺正常的，没什么特别"],
                ["It was ok", "Average experience, nothing special", "Fine, as expected"]),
}


def fb_text(topic, lang, site, w=None, slot=None):
    sent, zh, en = TEXT[topic]
    tpl = str(rng.choice(zh if lang == "zh" else en))
    return tpl.format(s=SHORT_ZH.get(site, ""), S=SHORT_EN.get(site, ""), w=w or 80, t=slot or "9:00"), sent


fb_n = [0]


def add_fb(text, sent, topic, ts, cid, tp, channel, rating, site, lang, nps=None, device=""):
    fb_n[0] += 1
    fid = f"FB{fb_n[0]:05d}"
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=cid, touchpoint_id=tp, channel=channel,
                         rating=rating, nps=nps, site=site, language=lang, device=device))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def rating_for(sent):
    if sent == "positive":
        return int(rng.choice([4, 5], p=[0.35, 0.65]))
    if sent == "neutral":
        return 3
    return int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))


def nps_for(sent):
    if sent == "positive":
        return int(rng.integers(8, 11))
    if sent == "neutral":
        return int(rng.integers(6, 9))
    return int(rng.integers(0, 7))


MONTHS = (END.year - START.year) * 12 + END.month - START.month + 1
for cid, site, d, w, closed, ts in visit_log:
    c = CUST[cid]
    if c["tier"] == "agency":
        continue
    if rng.random() > 0.3:
        continue
    lang = "zh" if c["language"] == "zh" else "en"
    mi = (d.year - START.year) * 12 + d.month - START.month
    if closed:
        topic = str(rng.choice(["closure_late", "refund_slow", "neutral"], p=[0.45, 0.4, 0.15]))
        tp = "tp_closure_notice" if topic != "refund_slow" else "tp_refund_done"
    else:
        p_slot = 0.02 + 0.3 * mi / (MONTHS - 1)          # growing topic: time slots not honoured
        weights = {"queue_long": 0.5 if w > 75 else 0.05, "slot_ignored": p_slot * (1.6 if w > 40 else 0.6),
                   "price_high": 0.35 if site == "queenstown" and d >= QT_RISE else 0.04,
                   "group_crowding": 0.06 if site != "queenstown" else 0.01,
                   "staff_praise": 0.12 if site != "emei" else 0.07, "scenery_praise": 0.34,
                   "pass_praise": 0.25 if c["tier"] == "annual_pass" else 0.0, "neutral": 0.1}
        ks = list(weights)
        p = np.array([weights[k] for k in ks])
        topic = str(rng.choice(ks, p=p / p.sum()))
        tp = {"queue_long": "tp_queue", "slot_ignored": "tp_timeslot", "price_high": "tp_ticket_page",
              "group_crowding": "tp_queue", "staff_praise": "tp_boarding", "scenery_praise": "tp_boarding",
              "pass_praise": "tp_gate", "neutral": "tp_boarding"}[topic]
    text, sent = fb_text(topic, lang, site, w)
    channel = "survey" if lang == "zh" or rng.random() < 0.5 else "tripadvisor"
    if lang == "zh" and rng.random() < 0.25:
        channel = "ctrip_review"
    r = rating_for(sent)
    add_fb(text, sent, topic, ts + D(hours=float(rng.uniform(1, 20))), cid, tp, channel, r, site, lang,
           nps=nps_for(sent) if channel == "survey" else None)

# app reviews: real-name failures (bug period iOS; passports), general
for e in events:
    if e["touchpoint_id"] == "tp_realname" and e["action"] == "fail":
        c = CUST[e["customer_id"]]
        p = 0.35 if e.get("error") == "OCR_TIMEOUT" else 0.12
        if rng.random() < p:
            lang = "zh" if c["language"] == "zh" else "en"
            sent, zh, en = TEXT["realname_fail"]
            if e.get("error") == "OCR_TIMEOUT":
                text = str(rng.choice(zh[:3] if lang == "zh" else en[::2]))
            else:
                text = zh[3] if lang == "zh" else en[1]
            add_fb(text, sent, "realname_fail", e["ts"] + D(minutes=float(rng.uniform(5, 600))), c["customer_id"],
                   "tp_realname", "app_review", int(rng.choice([1, 2], p=[0.7, 0.3])), e["site"], lang,
                   device=e["device"])
# complaint tickets (one per complaint, no rating)
CT_TOPIC = {"queue": "queue_long", "refund": "refund_slow", "slot_ignored": "slot_ignored", "staff": None,
            "facility": None}
CT_TEXT = {"staff": ("工作人员态度差，问个问题爱答不理", "Staff at the station were rude"),
           "facility": ("候乘区没有遮阳棚，也没有足够的座椅和饮水点", "No shade or water in the queue area")}
for cid, ts, site, ctype in complaint_log:
    c = CUST[cid]
    lang = "zh" if c["language"] == "zh" else "en"
    if CT_TOPIC[ctype]:
        topic = CT_TOPIC[ctype]
        text, sent = fb_text(topic, lang, site, int(rng.integers(90, 160)))
    else:
        topic, sent = ("staff_rude" if ctype == "staff" else "facility"), "negative"
        text = CT_TEXT[ctype][0 if lang == "zh" else 1]
    add_fb(text, sent, topic, ts, cid, "tp_complaint", "ticket", None, site, lang)
# social posts without ts / customer
for i in range(140):
    site = str(rng.choice(list(SITES), p=[0.32, 0.32, 0.22, 0.14]))
    lang = "en" if site == "queenstown" and rng.random() < 0.7 else "zh"
    topic = str(rng.choice(["scenery_praise", "queue_long", "slot_ignored", "price_high", "group_crowding"],
                           p=[0.4, 0.25, 0.15, 0.1, 0.1]))
    text, sent = fb_text(topic, lang, site, int(rng.integers(60, 150)))
    add_fb(text, sent, topic, None, None, None, "weibo" if lang == "zh" and i % 2 else (
        "xiaohongshu" if lang == "zh" else "instagram"), None, site, lang)


# ---------- write ----------
def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return v.isoformat()
    return v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


def main(out: Path) -> None:
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    write(out / "touchpoints.csv", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind",
                                              "owner", "aliases"], t), name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel",
                                             "tier", "province", "home_country", "id_type", "language", "age_band",
                                             "preferred_site", "primary_device", "agency_name"])
    evs = sorted(events, key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", evs, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                    "device", "channel", "site", "app_version", "visit_date", "slot", "id_type",
                                    "error", "order_id", "amount", "currency", "quantity", "wait_minutes", "cabin_no",
                                    "station", "closure_reason", "refund_reason", "complaint_type", "pax",
                                    "agency_name"])
    write(out / "orders.csv", sorted(orders, key=lambda o: o["order_id"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "site", "currency",
           "product_type", "quantity", "ticket_types", "unit_price", "visit_date", "agency_name", "refunded_at",
           "refund_reason"])
    write(out / "feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "nps", "site", "language", "device"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "surface"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    write(out / "_truth" / "closures.csv", [dict(site=s, date=d, reason=r) for s in SITES
                                            for d, r in sorted(CLOSURES[s].items())], ["site", "date", "reason"])
    print(f"customers {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)} "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
