"""Synthetic dataset: 安途校车 SafeRide School Transport (school-bus operator, written blind).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback, experiments .csv) and
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment of every comment; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic (two runs are byte-identical).
"""
from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)

D = dt.date
DAY = dt.timedelta(days=1)
DATA_START = dt.datetime(2024, 11, 1)
DATA_END = dt.datetime(2026, 6, 30, 23, 59, 59)


def rnd(a=None):
    return float(rng.random()) if a is None else float(rng.random()) < a


def choice(items, p=None):
    i = int(rng.choice(len(items), p=p))
    return items[i]


def uni(a, b):
    return float(rng.uniform(a, b))


def rint(a, b):
    """inclusive"""
    return int(rng.integers(a, b + 1))


def at(day: dt.date, h0=8.0, h1=20.0) -> dt.datetime:
    sec = int(uni(h0 * 3600, h1 * 3600))
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=sec)


def fmt(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def drange(a: dt.date, b: dt.date):
    d = a
    while d <= b:
        yield d
        d += DAY


# ---------------------------------------------------------------- cities, calendar

CITIES = {
    "SH": dict(en="Shanghai", zh="上海", group="CN", cur="CNY", fx=1.0, late=0.035,
               districts=["浦东新区", "闵行区", "长宁区", "徐汇区", "青浦区"]),
    "SZ": dict(en="Shenzhen", zh="深圳", group="CN", cur="CNY", fx=1.0, late=0.055,
               districts=["南山区", "福田区", "宝安区", "龙华区"]),
    "HZ": dict(en="Hangzhou", zh="杭州", group="CN", cur="CNY", fx=1.0, late=0.03,
               districts=["滨江区", "西湖区", "余杭区", "上城区"]),
    "CD": dict(en="Chengdu", zh="成都", group="CN", cur="CNY", fx=1.0, late=0.04,
               districts=["高新区", "天府新区", "武侯区", "锦江区", "双流区"]),
    "SG": dict(en="Singapore", zh="新加坡", group="INTL", cur="SGD", fx=5.35, late=0.02,
               districts=["Bukit Timah", "Woodlands", "Tampines", "Clementi", "Holland Village"]),
    "HK": dict(en="Hong Kong", zh="香港", group="INTL", cur="HKD", fx=0.92, late=0.045,
               districts=["Kowloon Bay", "Sai Kung", "Tseung Kwan O", "Kowloon Tong"]),
}
CITY_CODES = list(CITIES)

TERMS = {
    "2025S1": {"CN": (D(2025, 2, 17), D(2025, 6, 27)), "INTL": (D(2025, 1, 6), D(2025, 6, 13))},
    "2025S2": {"CN": (D(2025, 9, 1), D(2026, 1, 16)), "INTL": (D(2025, 8, 18), D(2025, 12, 12))},
    "2026S1": {"CN": (D(2026, 3, 2), D(2026, 6, 30)), "INTL": (D(2026, 1, 5), D(2026, 6, 12))},
    "2026S2": {"CN": (D(2026, 9, 1), D(2027, 1, 15)), "INTL": (D(2026, 8, 17), D(2026, 12, 11))},
}
PREV_TERM_END = {"CN": D(2025, 1, 17), "INTL": D(2024, 12, 13)}  # autumn 2024, before the data
TERM_ZH = {"2024S2": "2024秋季学期", "2025S1": "2025春季学期", "2025S2": "2025秋季学期", "2026S1": "2026春季学期", "2026S2": "2026秋季学期"}
TERM_LIST = list(TERMS)


def _hol(*spans):
    out = set()
    for a, b in spans:
        out.update(drange(a, b))
    return out


HOLIDAYS = {
    "CN": _hol((D(2025, 4, 4), D(2025, 4, 4)), (D(2025, 5, 1), D(2025, 5, 5)), (D(2025, 5, 31), D(2025, 6, 2)),
               (D(2025, 10, 1), D(2025, 10, 8)), (D(2026, 1, 1), D(2026, 1, 2)), (D(2026, 4, 4), D(2026, 4, 6)),
               (D(2026, 5, 1), D(2026, 5, 5)), (D(2026, 6, 19), D(2026, 6, 19))),
    "INTL": _hol((D(2025, 1, 29), D(2025, 1, 31)), (D(2025, 3, 17), D(2025, 3, 21)), (D(2025, 4, 18), D(2025, 4, 21)),
                 (D(2025, 5, 1), D(2025, 5, 1)), (D(2025, 10, 20), D(2025, 10, 24)),
                 (D(2026, 2, 16), D(2026, 2, 20)), (D(2026, 4, 3), D(2026, 4, 10)), (D(2026, 5, 1), D(2026, 5, 1))),
}


def school_days(group, term):
    a, b = TERMS[term][group]
    return [d for d in drange(a, min(b, DATA_END.date())) if d.weekday() < 5 and d not in HOLIDAYS[group]]


SCHOOL_DAYS = {(g, t): school_days(g, t) for g in ("CN", "INTL") for t in TERM_LIST}

# ---------------------------------------------------------------- schools, routes

BASE_SCHOOLS = [
    # id, city, name_zh, name_en, type, routes
    ("SCH001", "SH", "浦东星河双语学校", "Xinghe Bilingual School Pudong", "private_bilingual", 3),
    ("SCH002", "SH", "闵行枫林国际学校", "Fenglin International School", "international", 2),
    ("SCH003", "SZ", "南山博雅学校", "Boya School Nanshan", "private", 3),
    ("SCH004", "SZ", "福田思源双语学校", "Siyuan Bilingual School Futian", "private_bilingual", 2),
    ("SCH005", "HZ", "滨江云谷学校", "Yungu Academy Binjiang", "private", 2),
    ("SCH006", "CD", "天府锦城外国语学校", "Jincheng Foreign Language School", "private", 3),
    ("SCH007", "SG", "东陵公园学校", "Tanglin Park Academy", "international", 2),
    ("SCH008", "SG", "兀兰峰国际学校", "Woodlands Crest International School", "international", 2),
    ("SCH009", "HK", "九龙湾海港学校", "Kowloon Bay Harbour School", "international", 2),
    ("SCH010", "HK", "西贡绿谷学校", "Sai Kung Green Valley School", "international", 2),
]
TENDER_NAMES = {
    "SH": [("徐汇明德实验学校", "Mingde Experimental School Xuhui"), ("长宁启航双语学校", "Qihang Bilingual School"),
           ("青浦协和学校", "Qingpu Concord School"), ("浦东德英学校", "Deying School Pudong"),
           ("闵行华曜学校", "Huayao School Minhang"), ("上海宏文外国语学校", "Hongwen Foreign Language School"),
           ("嘉定博思学校", "Bosi School Jiading"), ("徐汇枫叶书院", "Maple Academy Xuhui"),
           ("浦东远景学校", "Yuanjing School Pudong")],
    "SZ": [("宝安智谷学校", "Zhigu School Bao'an"), ("龙华鹏程学校", "Pengcheng School Longhua"),
           ("南山海岸双语学校", "Coastline Bilingual School"), ("福田博文学校", "Bowen School Futian"),
           ("深圳前海国际学校", "Qianhai International School"), ("龙岗德远学校", "Deyuan School Longgang"),
           ("深圳蛇口英才学校", "Shekou Talent School"), ("南山科创实验学校", "Kechuang Experimental School")],
    "HZ": [("西湖求是双语学校", "Qiushi Bilingual School"), ("余杭未来学校", "Future School Yuhang"),
           ("上城博雅书院", "Boya Academy Shangcheng"), ("滨江江南实验学校", "Jiangnan Experimental School"),
           ("杭州钱塘外国语学校", "Qiantang Foreign Language School"), ("拱墅润泽学校", "Runze School Gongshu")],
    "CD": [("成都高新英华学校", "Yinghua School Chengdu Hi-tech"), ("天府七中实验学校", "Tianfu No.7 Experimental School"),
           ("武侯蜀才学校", "Shucai School Wuhou"), ("成都锦江双语学校", "Jinjiang Bilingual School"),
           ("双流棠湖学校", "Tanghu School Shuangliu"), ("成都华德国际学校", "Huade International School")],
    "SG": [("兰花园国际学校", "Orchid Garden International School"), ("滨海湾学院", "Marina Bay Academy"),
           ("淡滨尼枫树学校", "Tampines Maple School"), ("金文泰国际学校", "Clementi International School"),
           ("荷兰村蒙特梭利学校", "Holland Village Montessori"), ("武吉知马学院", "Bukit Timah Academy"),
           ("东海岸美国学校", "East Coast American School"), ("裕廊湖学校", "Jurong Lake School")],
    "HK": [("九龙塘英文学校", "Kowloon Tong English School"), ("将军澳国际学校", "Tseung Kwan O International School"),
           ("港岛南区学校", "Island South School"), ("沙田汇知学校", "Sha Tin Wisdom School"),
           ("西贡海湾学校", "Sai Kung Bay School"), ("大埔绿谷书院", "Tai Po Green Academy"),
           ("红磡英华学校", "Hung Hom Ying Wah School")],
}
SCHOOL_TYPE_ZH = {"international": "国际学校", "private_bilingual": "民办双语学校", "private": "民办学校"}

schools = {}   # id -> dict
routes = {}    # route_id -> dict
route_seq = {c: 0 for c in CITIES}


def add_routes(school_id, n, from_term):
    s = schools[school_id]
    c = s["city"]
    ids = []
    for _ in range(n):
        route_seq[c] += 1
        k = route_seq[c]
        rid = f"{c}-R{k:02d}"
        dist = choice(CITIES[c]["districts"])
        short = s["name_zh"][2:6] if CITIES[c]["group"] == "CN" else s["name_en"].split()[0]
        ride = uni(25, 45) + (18 if c == "CD" else 0) + (8 if c == "SH" else 0)
        routes[rid] = dict(
            route_id=rid, school_id=school_id, city=c, district=dist,
            name_zh=f"{short}{len(s['routes']) + 1}号线（{dist}）" if CITIES[c]["group"] == "CN"
            else f"{s['name_zh'][:4]}{len(s['routes']) + 1}号线（{dist}）",
            name_en=f"{s['name_en']} Route {len(s['routes']) + 1} ({dist})",
            capacity=int(choice([19, 33, 33, 45])) if c not in ("SG", "HK") else int(choice([19, 24, 24, 33])),
            bus_id=f"BUS-{c}-{k:02d}", driver_id=f"DR-{c}-{k:02d}", ride_min=ride, from_term=from_term,
            stops=[f"{dist}{j}站" if CITIES[c]["group"] == "CN" else f"{dist} Stop {j}" for j in range(1, 9)],
            sched=[(dt.datetime(2000, 1, 1, 6, 35) + dt.timedelta(minutes=int(uni(3, 7) * j))).time() for j in range(8)],
        )
        s["routes"].append(rid)
        ids.append(rid)
    return ids


for sid, c, zh, en, typ, n in BASE_SCHOOLS:
    schools[sid] = dict(id=sid, city=c, name_zh=zh, name_en=en, type=typ, routes=[], contracted_from="2025S1",
                        signed=None, origin="existing")
    add_routes(sid, n, "2025S1")

# ---------------------------------------------------------------- event / order / feedback buffers

events, orders, feedback = [], [], []
experiments = []
ev_counter = [0]


def ev(cust, ts, tp, action, **kw):
    row = dict(customer_id=cust, ts=ts, touchpoint_id=tp, action=action)
    row.update(kw)
    events.append(row)
    return row


def cityfields(c):
    return dict(region=CITIES[c]["en"], region_zh=CITIES[c]["zh"])


# ---------------------------------------------------------------- school tenders

WIN_P = {"SH": 0.55, "SZ": 0.5, "HZ": 0.65, "CD": 0.6, "SG": 0.13, "HK": 0.42}
TENDER_N = {"SH": 9, "SZ": 8, "HZ": 6, "CD": 6, "SG": 8, "HK": 7}  # = the names below
school_customers = []
tender_seq = 0
sch_seq = 10
for c in CITY_CODES:
    names = TENDER_NAMES[c]
    for i in range(TENDER_N[c]):
        sch_seq += 1
        sid = f"SCH{sch_seq:03d}"
        zh, en = names[i]
        typ = choice(["international", "private_bilingual", "private"],
                     p=[0.8, 0.1, 0.1] if CITIES[c]["group"] == "INTL" else [0.2, 0.4, 0.4])
        schools[sid] = dict(id=sid, city=c, name_zh=zh, name_en=en, type=typ, routes=[], contracted_from=None,
                            signed=None, origin="tender")
        tender_seq += 1
        t0 = D(2024, 12, 1) + DAY * rint(0, 500)
        ts = at(t0, 9, 18)
        est = rint(60, 260)
        nroutes = max(2, round(est / 70))
        comp = rint(2, 6) + (3 if c == "SG" else 0)
        common = dict(session_id=f"TD{tender_seq:04d}", tender_no=f"TD-{c}-{t0.year}-{tender_seq:03d}",
                      school_id=sid, est_students=est, routes_requested=nroutes, competitor_count=comp,
                      **cityfields(c))
        ev(sid, ts, "tp_tender", "invited", channel=choice(["email", "other"], p=[0.7, 0.3]),
           tender_source=choice(["tender_platform", "school_invitation", "referral"], p=[0.5, 0.3, 0.2]), **common)
        schools[sid]["tender_at"] = ts
        if not rnd(0.86):
            continue
        t1 = ts + DAY * rint(4, 16) + dt.timedelta(hours=uni(-3, 3))
        if t1 > DATA_END:
            continue
        ev(sid, t1, "tp_site_survey", "completed", channel="other", surveyed_stops=rint(8, 30), **common)
        if not rnd(0.9):
            continue
        t2 = t1 + DAY * rint(8, 24)
        if t2 > DATA_END:
            continue
        price = {"SH": 7800, "SZ": 7200, "HZ": 6200, "CD": 5400, "SG": 1650 * 5.35, "HK": 9800 * 0.92}[c]
        bid_price = round(price * uni(0.92, 1.08), -1)
        rdate = t2 + DAY * rint(14, 35)
        if rdate > DATA_END:
            result = "pending"
        else:
            p = WIN_P[c] * (1.15 if bid_price < price else 0.85)
            result = "won" if rnd(p) else "lost"
        ev(sid, t2, "tp_bid", result, channel="email", bid_price_cny=bid_price, contract_years=rint(1, 3),
           result_date=rdate.strftime("%Y-%m-%d") if result != "pending" else "", **common)
        if result != "won":
            continue
        t3 = rdate + DAY * rint(5, 20)
        if t3 > DATA_END:
            continue
        ev(sid, t3, "tp_contract", "signed", channel="other", bid_price_cny=bid_price,
           contract_routes=nroutes, **common)
        schools[sid]["signed"] = t3
        # service starts the first term that begins >= 30 days after signing
        g = CITIES[c]["group"]
        start_term = next((t for t in TERM_LIST if TERMS[t][g][0] >= t3.date() + DAY * 30), None)
        schools[sid]["contracted_from"] = start_term
        if start_term:
            add_routes(sid, nroutes, start_term)

# ---------------------------------------------------------------- route-day operations (planted patterns)

CAUSES = [("traffic", "交通拥堵"), ("driver_absent", "司机缺勤"), ("breakdown", "车辆故障"),
          ("weather", "恶劣天气"), ("relief_driver", "替班司机不熟路线"), ("school_event", "学校活动调整")]
CAUSE_ZH = dict(CAUSES)
route_day = {}      # (route, date) -> dict(kind, base, cause, driver_type, pm_kind, pm_delay, pm_cause)


def gen_route_day(rid, d):
    r = routes[rid]
    c = r["city"]
    late_p, miss_p = CITIES[c]["late"], 0.004
    relief = False
    if d.month == 6 and c in ("SZ", "HK", "SG"):
        late_p += 0.015
    if c == "SH" and D(2026, 3, 2) <= d <= D(2026, 3, 31):       # planted 1: post-CNY driver shortage
        relief = rnd(0.55)
        if relief:
            late_p, miss_p = 0.5, 0.1
        else:
            late_p, miss_p = 0.2, 0.03
    elif c == "SH" and D(2026, 4, 1) <= d <= D(2026, 4, 10):
        late_p = 0.07
    u = rnd()
    if u < miss_p:
        kind = "missed"
        cause = ("driver_absent" if relief or rnd(0.6) else "breakdown")
        base = None
    elif u < miss_p + late_p:
        kind = "late"
        base = 11 + min(50.0, float(rng.exponential(9)))
        if relief:
            cause = "relief_driver" if rnd(0.8) else "traffic"
        else:
            cause = choice(["traffic", "weather", "breakdown", "school_event"], p=[0.7, 0.12, 0.1, 0.08])
    else:
        kind = "ok"
        base = float(np.clip(rng.normal(0.8, 2.2), -4, 9))
        cause = None
    pm_u = rnd()
    pm_late = CITIES[c]["late"] * 0.8 + (0.15 if relief else 0)
    if pm_u < pm_late:
        pm_kind, pm_delay = "late", 11 + min(45.0, float(rng.exponential(8)))
        pm_cause = "relief_driver" if relief and rnd(0.7) else choice(["traffic", "weather", "school_event"],
                                                                         p=[0.75, 0.1, 0.15])
    else:
        pm_kind, pm_delay, pm_cause = "ok", None, None
    return dict(kind=kind, base=base, cause=cause, relief=relief, pm_kind=pm_kind, pm_delay=pm_delay,
                pm_cause=pm_cause, relief_id=f"DR-SH-RL{rint(1, 6)}" if relief else None)


for rid in sorted(routes):
    r = routes[rid]
    g = CITIES[r["city"]]["group"]
    started = False
    for t in TERM_LIST:
        if t == r["from_term"]:
            started = True
        if not started:
            continue
        for d in SCHOOL_DAYS[(g, t)]:
            route_day[(rid, d)] = gen_route_day(rid, d)

# ---------------------------------------------------------------- families

PASS = [("round_trip", "往返"), ("am_only", "单程（仅早班）")]
PASS_ZH = dict(PASS)
PRICE = {"SH": 7800, "SZ": 7200, "HZ": 6200, "CD": 5400, "SG": 1650, "HK": 9800}   # local currency, round trip
PAY_METHODS = {
    "CN": [("wechat_pay", "微信支付", 0.6), ("alipay", "支付宝", 0.25), ("bank_transfer", "银行转账", 0.15)],
    "SG": [("paynow", "PayNow", 0.55), ("credit_card", "信用卡", 0.3), ("bank_transfer", "银行转账", 0.15)],
    "HK": [("fps", "转数快FPS", 0.5), ("credit_card", "信用卡", 0.25), ("bank_transfer", "银行转账", 0.25)],
}
PM_ZH = {m: z for lst in PAY_METHODS.values() for m, z, _ in lst}
SIGNUP_CH = {"CN": (["mini_program", "school_office", "web", "phone"], [0.55, 0.25, 0.1, 0.1]),
             "INTL": (["web", "school_office", "email"], [0.55, 0.3, 0.15])}
ACQ = {"CN": (["school_notice", "wechat_article", "parent_referral", "open_day", "search"],
              ["学校通知", "公众号文章", "家长推荐", "开放日", "搜索"], [0.35, 0.2, 0.25, 0.12, 0.08]),
       "INTL": (["school_notice", "facebook", "parent_referral", "open_day", "search"],
                ["学校通知", "脸书", "家长推荐", "开放日", "搜索"], [0.35, 0.15, 0.3, 0.12, 0.08])}
CANCEL_REASONS = [("moved_house", "搬家"), ("schedule_change", "作息变化"), ("too_expensive", "价格太贵"),
                  ("late_pickups", "经常迟到漏接"), ("safety_concern", "安全顾虑"), ("parent_drives", "改为家长接送"),
                  ("changed_school", "转学"), ("graduated", "毕业"), ("no_reason", "未说明")]
CR_ZH = dict(CANCEL_REASONS)

families = []
fam_seq = 0
stu_seq = 0


def new_family(city, school_id, signup_at, existing=False):
    global fam_seq, stu_seq
    fam_seq += 1
    g = CITIES[city]["group"]
    kids = 1 if rnd(0.88) else 2
    stus = []
    for _ in range(kids):
        stu_seq += 1
        stus.append(f"STU{stu_seq:05d}")
    acq_i = int(rng.choice(5, p=ACQ[g][2]))
    f = dict(id=f"FAM{fam_seq:05d}", city=city, group=g, school=school_id, signup_at=signup_at, students=stus,
             pass_type=choice(["round_trip", "am_only"], p=[0.8, 0.2]),
             grade_band=choice(["primary", "middle", "high"], p=[0.6, 0.3, 0.1]),
             district=choice(CITIES[city]["districts"]),
             lang=("zh" if rnd(0.94) else "en") if g == "CN" else ("en" if rnd(0.8) else "zh"),
             acq=ACQ[g][0][acq_i], acq_zh=ACQ[g][1][acq_i], device=choice(["ios", "android"], p=[0.55, 0.45]),
             existing=existing, route=None, stop=None, terms=[], status="prospect", form_channel=None,
             issues={}, cancelled=False, waitlisted=False)
    families.append(f)
    return f


pay_seq = [0]
order_seq = [0]


def new_order(cust, ts, amount_cny, status, order_type, order_type_zh, city, **kw):
    order_seq[0] += 1
    c = CITIES[city]
    row = dict(order_id=f"ORD{order_seq[0]:06d}", customer_id=cust, ts=ts, amount=round(amount_cny, 2),
               status=status, order_type=order_type, order_type_zh=order_type_zh, currency=c["cur"],
               amount_local=round(amount_cny / c["fx"], 2), **cityfields(city))
    row.update(kw)
    orders.append(row)
    return row


def term_price_local(f, term):
    p = PRICE[f["city"]] * (1.12 if f["city"] == "SH" and term >= "2026S1" else 1.0)
    if f["pass_type"] == "am_only":
        p *= 0.6
    n = len(f["students"])
    return p * (1 + 0.9 * (n - 1))


def invoice_and_pay(f, t_inv, term, channel, renewal=False):
    """issue the term-fee invoice at t_inv; maybe pay. Returns paid datetime or None."""
    c = f["city"]
    g = f["group"]
    local = round(term_price_local(f, term), 0)
    cny = local * CITIES[c]["fx"]
    due = (t_inv + DAY * 14).date()
    if renewal:
        due = max(due, TERMS[term][g][0] - DAY * 14)
    pay_seq[0] += 1
    inv = f"INV{pay_seq[0]:06d}"
    if f["form_channel"] == "school_office" and not renewal:
        p_pay = 0.62
    else:
        p_pay = 0.97 if renewal else 0.93
    methods = PAY_METHODS["CN" if g == "CN" else c]
    mi = int(rng.choice(len(methods), p=[m[2] for m in methods]))
    method, method_zh = methods[mi][0], methods[mi][1]
    late_p = {"bank_transfer": 0.35}.get(method, 0.1) + (0.08 if c == "HK" else 0)
    common = dict(term=term, term_zh=TERM_ZH[term], school_id=f["school"], route_id=f["route"],
                  pass_type=f["pass_type"], pass_type_zh=PASS_ZH[f["pass_type"]], children=len(f["students"]),
                  invoice_no=inv, due_date=due.strftime("%Y-%m-%d"))
    if rnd(p_pay):
        if rnd(late_p):
            paid_day = due + DAY * rint(1, 20)
        else:
            paid_day = max(t_inv.date(), due - DAY * rint(0, 13))
            if renewal:
                paid_day = min(paid_day, t_inv.date() + DAY * rint(0, 25))
                paid_day = max(paid_day, t_inv.date())
        paid = at(paid_day, 7, 23)
        if paid <= t_inv:
            paid = t_inv + dt.timedelta(hours=uni(1, 30))
        if paid > DATA_END:
            new_order(f["id"], t_inv, cny, "unpaid", "term_pass", "学期通票", c, channel=channel,
                      device=f["device"] if channel in ("mini_program", "app") else "", **common)
            return None
        days_late = max(0, (paid.date() - due).days)
        pch = "mini_program" if method in ("wechat_pay", "alipay") else ("app" if g == "INTL" and method != "bank_transfer" else "bank")
        ev(f["id"], paid, "tp_fee_payment", "paid_late" if days_late > 0 else "paid_on_time", channel=pch,
           device=f["device"] if pch in ("mini_program", "app") else "", amount_cny=round(cny, 2),
           amount_local=local, currency=CITIES[c]["cur"], payment_method=method, payment_method_zh=method_zh,
           days_late=days_late, session_id=inv, **cityfields(c), **common)
        o = new_order(f["id"], t_inv, cny, "paid", "term_pass", "学期通票", c, channel=channel,
                      device=f["device"] if channel in ("mini_program", "app") else "", paid_at=fmt(paid),
                      payment_method=method, payment_method_zh=method_zh, **common)
        f.setdefault("pass_orders", {})[term] = o
        return paid
    void = t_inv + DAY * 30
    new_order(f["id"], t_inv, cny, "cancelled" if void <= DATA_END else "unpaid", "term_pass", "学期通票", c,
              channel=channel, device=f["device"] if channel in ("mini_program", "app") else "",
              cancel_reason="invoice_voided_unpaid" if void <= DATA_END else "", **common)
    return None


# ---- pre-existing families (riding in autumn 2024, before the data)
for sid, c, *_ in BASE_SCHOOLS:
    nr = len(schools[sid]["routes"])
    for _ in range(int(nr * 6 + rint(0, 3))):
        su = dt.datetime(2022, 8, 1) + DAY * rint(0, 760)
        f = new_family(c, sid, su, existing=True)
        f["route"] = choice(schools[sid]["routes"])
        f["stop"] = rint(0, 7)
        f["status"] = "riding_prev"

# ---- new sign-up forms
SIGNUP_WAVES = [  # (term, form window start, end, forms per active route)
    ("2025S1", D(2024, 11, 10), D(2025, 3, 20), 4.0),
    ("2025S2", D(2025, 5, 10), D(2025, 10, 10), 6.5),
    ("2026S1", D(2025, 11, 20), D(2026, 3, 25), 3.4),
    ("2026S2", D(2026, 5, 10), D(2026, 6, 30), 3.0),
]


def term_for_form(g, d):
    for t in TERM_LIST:
        a, b = TERMS[t][g]
        if d <= b - DAY * 60:
            return t
    return None


signups = []
for term, a, b, per_route in SIGNUP_WAVES:
    for sid in sorted(schools):
        s = schools[sid]
        if not s["routes"]:
            continue
        ft = s["contracted_from"]
        if ft is None or ft > term:
            continue
        g = CITIES[s["city"]]["group"]
        lam = per_route * len(s["routes"]) * (1.6 if ft == term and s["origin"] == "tender" else 1.0)
        n = int(rng.poisson(lam))
        start = a
        if s["signed"] is not None:
            start = max(a, s["signed"].date() + DAY * 3)
        if start > b:
            continue
        span = (b - start).days
        for _ in range(n):
            # forms bunch in the few weeks before the term starts
            x = float(rng.beta(2.2, 1.6))
            d = start + DAY * int(x * span)
            if d > DATA_END.date():
                continue
            signups.append((at(d, 7, 23), sid))
signups.sort()

wl_seq = [0]
for ts, sid in signups:
    s = schools[sid]
    c = s["city"]
    g = CITIES[c]["group"]
    f = new_family(c, sid, ts)
    chs, ps = SIGNUP_CH[g]
    ch = choice(chs, p=ps)
    f["form_channel"] = ch
    f["status"] = "signed_up"
    f["stop"] = rint(0, 7)
    term = term_for_form(g, ts.date())
    f["target_term"] = term
    dev = f["device"] if ch in ("mini_program",) else (choice(["pc", f["device"]], p=[0.6, 0.4]) if ch == "web" else "")
    ev(f["id"], ts, "tp_signup_form", "submitted", channel=ch, device=dev, session_id=f"APP{f['id'][3:]}",
       school_id=sid, term=term, term_zh=TERM_ZH[term], pass_type=f["pass_type"], pass_type_zh=PASS_ZH[f["pass_type"]],
       children=len(f["students"]), grade_band=f["grade_band"], home_district=f["district"], **cityfields(c))
    # route assignment (dispatch)
    if ch == "school_office":
        p_proc, delay = 0.7, uni(10, 32)
    elif ch == "phone":
        p_proc, delay = 0.93, uni(2, 8)
    else:
        p_proc, delay = 0.96, uni(1, 6)
    if not rnd(p_proc):
        f["status"] = "lost_form"
        continue
    t_assign = ts + dt.timedelta(days=delay)
    a0 = TERMS[term][g][0]
    # forms for a far-away term are processed from about 75 days before the term
    if t_assign.date() < a0 - DAY * 75:
        t_assign = at(a0 - DAY * rint(60, 75), 9, 18)
        if t_assign < ts:
            t_assign = ts + dt.timedelta(days=delay)
    wait_p = 0.5 if c == "SG" else 0.05
    if rnd(wait_p):
        if t_assign > DATA_END:
            continue
        wl_seq[0] += 1
        ev(f["id"], t_assign, "tp_waitlist", "waitlisted", channel="other", session_id=f"APP{f['id'][3:]}",
           school_id=sid, term=term, term_zh=TERM_ZH[term], waitlist_position=rint(1, 25), **cityfields(c))
        f["waitlisted"] = True
        f["status"] = "waitlisted"
        if not rnd(0.45):
            continue
        t_assign = t_assign + dt.timedelta(days=uni(12, 50))
    if t_assign > DATA_END:
        continue
    rid = choice(s["routes"])
    f["route"] = rid
    r = routes[rid]
    ride = max(10, r["ride_min"] * uni(0.5, 1.3))
    ev(f["id"], t_assign, "tp_route_assign", "assigned", channel="other", session_id=f"APP{f['id'][3:]}",
       school_id=sid, route_id=rid, route_name=r["name_zh"] if g == "CN" else r["name_en"],
       stop_name=r["stops"][f["stop"]], walk_m=rint(50, 650), est_ride_min=round(ride),
       assign_days=round((t_assign - ts).total_seconds() / 86400, 1), term=term, term_zh=TERM_ZH[term],
       **cityfields(c))
    f["status"] = "assigned"
    f["ride_min"] = ride
    t_inv = t_assign + dt.timedelta(hours=uni(0.5, 20))
    if t_inv > DATA_END:
        continue
    paid = invoice_and_pay(f, t_inv, term, ch if ch in ("mini_program", "web") else "other")
    if paid is None:
        continue
    f["status"] = "paid"
    f["terms"].append(dict(term=term, paid=paid))

# ---------------------------------------------------------------- term by term: renewals, rides, issues

EXP_ID = "renewal_nudge_2025S2"
INC_TYPES = [("behaviour", "学生打闹", "low", 0.34), ("illness", "身体不适", "low", 0.16),
             ("minor_collision", "轻微剐蹭", "medium", 0.14), ("student_injury", "学生磕碰受伤", "medium", 0.12),
             ("lost_item", "物品遗失", "low", 0.12), ("wrong_stop", "送错站点", "medium", 0.10),
             ("left_on_bus", "学生滞留车内", "high", 0.02)]
SVC_REASONS = [("stop_change", "更换站点"), ("leave_request", "请假"), ("payment_query", "缴费咨询"),
               ("late_complaint", "迟到投诉"), ("missed_complaint", "漏接投诉"), ("lost_item", "物品遗失"),
               ("timetable", "时刻表咨询"), ("refund_query", "退费咨询"), ("card_issue", "乘车卡问题")]
SVC_ZH = dict(SVC_REASONS)

ride_rows = []        # per (family, term) riding facts for feedback / renewal
inc_seq = [0]


def riders_for_term(term):
    """families with a paid pass for `term` (new sign-ups and renewals)."""
    out = []
    for f in families:
        for tt in f["terms"]:
            if tt["term"] == term:
                out.append((f, tt))
    return out


def simulate_term(term):
    for f, tt in riders_for_term(term):
        g, c = f["group"], f["city"]
        days = [d for d in SCHOOL_DAYS[(g, term)] if (f["route"], d) in route_day]
        first_ok = (tt["paid"] + DAY * 2).date()
        days = [d for d in days if d >= first_ok]
        # mid-term cancellation
        cancel_day = None
        before = None
        if days and rnd(0.07 + 0.1 * (f["city"] == "SH" and term == "2026S1")):
            cancel_day = days[min(len(days) - 1, rint(3, max(3, len(days) - 5)))]
        elif days and (days[0] - tt["paid"].date()).days > 10 and rnd(0.05):
            before = tt["paid"].date() + DAY * rint(3, (days[0] - tt["paid"].date()).days - 1)
            cancel_day = days[0]
        tt["days"] = 0
        tt["late"] = tt["missed"] = 0
        r = routes[f["route"]]
        rd_sched = r["sched"][f["stop"]]
        n_missed_run = 0
        for d in days:
            if cancel_day and d >= cancel_day:
                break
            rd = route_day[(f["route"], d)]
            for stu in f["students"]:
                tt["days"] += 1
                sched = dt.datetime.combine(d, rd_sched)
                common = dict(session_id=f"{f['route']}-{d.strftime('%Y%m%d')}-AM", route_id=f["route"],
                              school_id=f["school"], student_id=stu, run="am",
                              stop_name=r["stops"][f["stop"]], bus_id=r["bus_id"],
                              driver_id=rd["relief_id"] or r["driver_id"],
                              driver_type="relief" if rd["relief"] else "regular",
                              scheduled_time=sched.strftime("%H:%M"), term=term, **cityfields(c))
                if c == "HK":
                    common["reader_fw"] = "v2.3" if D(2025, 10, 13) <= d <= D(2025, 11, 30) else (
                        "v2.4" if d > D(2025, 11, 30) else "v2.1")
                u = rnd()
                if rd["kind"] == "missed":
                    if u < 0.04:
                        ev(f["id"], sched, "tp_boarding", "absent_notified", on_time="no", pm_scan="", **common)
                        continue
                    ev(f["id"], sched + dt.timedelta(minutes=20), "tp_boarding", "bus_missed", on_time="no",
                       pm_scan="", **common)
                    ev(f["id"], sched + dt.timedelta(minutes=rint(15, 40)), "tp_pickup_issue", "missed",
                       cause=rd["cause"], cause_zh=CAUSE_ZH[rd["cause"]],
                       parent_notified="yes" if rnd(0.35) else "no", **common)
                    tt["missed"] += 1
                    n_missed_run += 1
                    continue
                delay = round(rd["base"] + float(rng.normal(0, 1.5)), 1)
                arrive = sched + dt.timedelta(minutes=delay)
                on_time = "yes" if delay <= 5 else "no"
                if u < 0.04:
                    action = "absent_notified"
                elif u < 0.055:
                    action = "no_show"
                else:
                    action = "boarded"
                    if c == "HK" and common.get("reader_fw") == "v2.3" and rnd(0.09):
                        action = "no_show"          # planted 4: false 'not boarded' from new card readers
                        tt.setdefault("false_alert", []).append(d)
                pm = ""
                if f["pass_type"] == "round_trip":
                    pm = "boarded" if action == "boarded" else ("absent" if action != "no_show" else "boarded"
                                                                 if rnd(0.5) else "absent")
                ev(f["id"], arrive + dt.timedelta(seconds=rint(5, 90)), "tp_boarding", action,
                   pickup_delay_min=delay, on_time=on_time, pm_scan=pm, **common)
                if delay > 10 and action in ("boarded", "no_show"):
                    ev(f["id"], arrive + dt.timedelta(minutes=rint(1, 30)), "tp_pickup_issue", "late",
                       delay_min=delay, cause=rd["cause"] or "traffic", cause_zh=CAUSE_ZH[rd["cause"] or "traffic"],
                       parent_notified="yes" if rnd(0.55) else "no", **common)
                    tt["late"] += 1
                if pm == "boarded" and rd["pm_kind"] == "late":
                    pcommon = dict(common, run="pm", session_id=common["session_id"][:-2] + "PM")
                    pdl = round(rd["pm_delay"] + float(rng.normal(0, 1.5)), 1)
                    ev(f["id"], dt.datetime.combine(d, dt.time(16, 30)) + dt.timedelta(minutes=pdl + rint(0, 20)),
                       "tp_pickup_issue", "late", delay_min=pdl, cause=rd["pm_cause"],
                       cause_zh=CAUSE_ZH[rd["pm_cause"]], parent_notified="yes" if rnd(0.5) else "no", **pcommon)
                    tt["late"] += 1
                # incidents (one per family-day at most)
                inc_p = 0.0011 + (0.004 if rd["relief"] else 0)
                if stu == f["students"][0] and rnd(inc_p):
                    if rd["relief"] and rnd(0.6):
                        it = ("wrong_stop", "送错站点", "medium")
                    else:
                        k = int(rng.choice(len(INC_TYPES), p=[x[3] for x in INC_TYPES]))
                        it = INC_TYPES[k][:3]
                    inc_seq[0] += 1
                    res = {"low": uni(0, 2), "medium": uni(1, 7), "high": uni(3, 15)}[it[2]]
                    ev(f["id"], dt.datetime.combine(d, dt.time(7, 0)) + dt.timedelta(minutes=rint(0, 600)),
                       "tp_incident", "reported", incident_no=f"INC{inc_seq[0]:04d}", incident_type=it[0],
                       incident_type_zh=it[1], severity=it[2], resolution_days=round(res, 1),
                       school_notified="yes" if it[2] != "low" or rnd(0.3) else "no",
                       **{k: v for k, v in common.items() if k not in ("scheduled_time",)})
                    tt.setdefault("incidents", []).append((d, it[0]))
        tt["cancel_day"] = cancel_day
        if cancel_day:
            do_cancel(f, tt, term, before or cancel_day, mid=True, before=before is not None)


def do_cancel(f, tt, term, day, mid, before=False):
    c, g = f["city"], f["group"]
    if mid:
        if tt.get("missed", 0) >= 2 and rnd(0.6):
            reason = "late_pickups"
        else:
            reason = choice(["moved_house", "schedule_change", "parent_drives", "changed_school", "safety_concern",
                             "no_reason"], p=[0.3, 0.2, 0.2, 0.15, 0.05, 0.1])
    else:
        reason = tt.get("exit_reason")
    ts = at(day, 8, 21)
    kw = dict(cancel_type=("before_term" if before else "mid_term") if mid else "not_renewed", cancel_reason=reason, cancel_reason_zh=CR_ZH[reason],
              term=term, term_zh=TERM_ZH[term], school_id=f["school"], route_id=f["route"], **cityfields(c))
    if mid:
        a, b = TERMS[term][g]
        total = max(1, len(SCHOOL_DAYS[(g, term)]))
        left = len([d for d in SCHOOL_DAYS[(g, term)] if d >= day])
        o = f.get("pass_orders", {}).get(term)
        paid_cny = o["amount"] if o else 0
        refund = round(max(0.0, paid_cny * left / total - 200), 2)
        refund_days = float(rng.gamma(6, 6.0)) if g == "CN" else float(rng.gamma(4, 2.0))
        kw.update(refund_amount_cny=refund, refund_days=round(refund_days, 1))
        ev(f["id"], ts, "tp_cancel", "cancelled", channel=choice(["mini_program", "phone", "email"] if g == "CN"
                                                                  else ["app", "email", "phone"], p=[0.5, 0.3, 0.2]),
           **kw)
        rdone = ts + dt.timedelta(days=refund_days)
        if refund > 0 and o:
            new_order(f["id"], ts, refund, "refunded" if rdone <= DATA_END else "refund_pending", "refund", "退费", c,
                      refund_of=o["order_id"], refunded_at=fmt(rdone) if rdone <= DATA_END else "", term=term,
                      term_zh=TERM_ZH[term], school_id=f["school"], route_id=f["route"], channel="other")
        tt["refund_days"] = refund_days
        tt["refund_ts"] = ts
    else:
        ev(f["id"], ts, "tp_cancel", "not_renewed", channel="other", **kw)
    f["cancelled"] = True
    f["status"] = "churned"


def renewal_round(term, next_term, notice_days_before=35):
    """renewal notices near the end of `term` to families riding it (not cancelled)."""
    pool = []
    if term == "prev":
        pool = [(f, None) for f in families if f["existing"]]
    else:
        pool = [(f, tt) for f, tt in riders_for_term(term) if not tt.get("cancel_day")]
    for f, tt in pool:
        g, c = f["group"], f["city"]
        end = PREV_TERM_END[g] if term == "prev" else TERMS[term][g][1]
        nd = end - DAY * notice_days_before
        t_n = at(nd, 9, 11)
        if t_n > DATA_END:
            continue
        variant = None
        if term == "2025S2":
            variant = "early_bird" if rnd(0.5) else "standard_notice"
            experiments.append(dict(experiment_id=EXP_ID, variant=variant, customer_id=f["id"], assigned_at=fmt(t_n)))
        ev(f["id"], t_n, "tp_renewal_notice", "sent", channel="mini_program" if g == "CN" else "email",
           term=next_term, term_zh=TERM_ZH[next_term], school_id=f["school"], route_id=f["route"],
           notice_variant=variant or "standard_notice", new_price_local=round(term_price_local(f, next_term), 0),
           **cityfields(c))
        p = 0.87
        missed = tt.get("missed", 0) if tt else 0
        late = tt.get("late", 0) if tt else 0
        p -= min(0.3, 0.12 * missed) + min(0.12, 0.01 * max(0, late - 4))
        if c == "SH" and next_term == "2026S1":
            p -= 0.25                                  # planted 5: 12 % price rise in Shanghai
        if variant == "early_bird":
            p += 0.08
        elif variant == "standard_notice":
            p -= 0.06
        graduating = next_term in ("2025S2", "2026S2") and rnd(0.09)
        if graduating:
            p = 0.0
        if rnd(max(0.0, p)):
            td = t_n + dt.timedelta(days=float(rng.gamma(2.0, 5.0 if variant != "early_bird" else 3.0)))
            if td > DATA_END:
                continue
            ev(f["id"], td, "tp_renewal", "renewed", channel="mini_program" if g == "CN" else "app",
               device=f["device"], term=next_term, term_zh=TERM_ZH[next_term], school_id=f["school"],
               route_id=f["route"], early_bird="yes" if variant == "early_bird" and (td - t_n).days <= 14 else "no",
               **cityfields(c))
            f["status"] = "renewed"
            paid = invoice_and_pay(f, td + dt.timedelta(hours=uni(0.1, 3)), next_term,
                                   "mini_program" if g == "CN" else "app", renewal=True)
            if paid is not None:
                f["terms"].append(dict(term=next_term, paid=paid))
                f["status"] = "paid"
        else:
            if graduating:
                reason = "graduated"
            elif c == "SH" and next_term == "2026S1" and rnd(0.5):
                reason = "too_expensive"
            elif missed >= 2 and rnd(0.6):
                reason = "late_pickups"
            else:
                reason = choice(["moved_house", "schedule_change", "too_expensive", "parent_drives", "changed_school",
                                 "no_reason"], p=[0.2, 0.15, 0.15, 0.2, 0.1, 0.2])
            tt2 = dict(exit_reason=reason)
            if end <= DATA_END.date() and rnd(0.8):
                do_cancel(f, tt2, term if term != "prev" else "2024S2", end, mid=False)
            else:
                f["status"] = "lapsed"
            f["cancelled"] = True
            f["status"] = "churned"


renewal_round("prev", "2025S1")
simulate_term("2025S1")
renewal_round("2025S1", "2025S2")
simulate_term("2025S2")
renewal_round("2025S2", "2026S1")
simulate_term("2026S1")
renewal_round("2026S1", "2026S2")

# ---------------------------------------------------------------- service contacts, one-off trips

svc_seq = [0]
for f in families:
    c, g = f["city"], f["group"]
    for tt in f["terms"]:
        term = tt["term"]
        if "days" not in tt or tt["days"] == 0:
            continue
        a, b = TERMS[term][g]
        b = min(b, DATA_END.date())
        n = int(rng.poisson(0.9 + 0.25 * tt.get("missed", 0) + 0.05 * tt.get("late", 0)))
        for _ in range(n):
            w = [1.2, 2.0, 0.8, 0.4 + 0.15 * tt.get("late", 0), 0.3 + 1.2 * tt.get("missed", 0), 0.4, 0.6,
                 0.1 + (2.0 if tt.get("cancel_day") else 0), 0.3 + 1.5 * len(tt.get("false_alert", []))]
            w = np.array(w) / sum(w)
            k = int(rng.choice(len(SVC_REASONS), p=w))
            d = a + DAY * rint(0, max(0, (b - a).days))
            svc_seq[0] += 1
            ch = choice(["wechat", "hotline", "email"], p=[0.6, 0.3, 0.1]) if g == "CN" else choice(
                ["whatsapp", "hotline", "email"], p=[0.55, 0.3, 0.15])
            reason = SVC_REASONS[k][0]
            esc_p = 0.08 + (0.25 if reason in ("missed_complaint", "refund_query") else 0) + (
                0.15 if reason == "late_complaint" else 0)
            ev(f["id"], at(d, 7, 21), "tp_service_contact", "escalated" if rnd(esc_p) else "resolved",
               channel="phone" if ch == "hotline" else ch, contact_channel=ch, contact_reason=reason,
               contact_reason_zh=SVC_ZH[reason], handle_min=round(uni(3, 25), 1), ticket_no=f"CS{svc_seq[0]:05d}",
               term=term, term_zh=TERM_ZH[term], school_id=f["school"], route_id=f["route"], **cityfields(c))
        # one-off single rides (after-school activity late runs, days the pass does not cover)
        for _ in range(int(rng.poisson(0.9 if f["pass_type"] == "round_trip" else 1.8))):
            d = a + DAY * rint(0, max(0, (b - a).days))
            t = at(d - DAY * rint(0, 3), 7, 22)
            price_local = {"SH": 60, "SZ": 55, "HZ": 45, "CD": 40, "SG": 14, "HK": 75}[c]
            ch = "mini_program" if g == "CN" else "app"
            cancelled = rnd(0.08)
            ev(f["id"], t, "tp_oneoff_booking", "cancelled" if cancelled else "booked", channel=ch, device=f["device"],
               booking_type="single_ride", booking_type_zh="单次乘车", trip_date=d.strftime("%Y-%m-%d"), passengers=1,
               school_id=f["school"], route_id=f["route"], term=term, **cityfields(c))
            new_order(f["id"], t, price_local * CITIES[c]["fx"], "cancelled" if cancelled else "paid", "single_ride",
                      "单次乘车", c, channel=ch, device=f["device"], trip_date=d.strftime("%Y-%m-%d"), passengers=1,
                      school_id=f["school"], route_id=f["route"], term=term, term_zh=TERM_ZH[term],
                      paid_at="" if cancelled else fmt(t + dt.timedelta(minutes=rint(1, 20))))

DESTS = {"CN": ["科技馆", "博物馆", "植物园", "农场研学基地", "大学参观", "体育中心"],
         "INTL": ["Science Centre", "Zoo", "National Museum", "Wetland Park", "Sports Hub", "Botanic Gardens"]}
for sid in sorted(schools):
    s = schools[sid]
    if not s["routes"] or s["contracted_from"] is None:
        continue
    c = s["city"]
    g = CITIES[c]["group"]
    for term in ("2025S1", "2025S2", "2026S1"):
        if s["contracted_from"] > term:
            continue
        a, b = TERMS[term][g]
        b = min(b, DATA_END.date())
        for _ in range(int(rng.poisson(2.2))):
            d = a + DAY * rint(10, max(10, (b - a).days - 5))
            t = at(d - DAY * rint(7, 30), 9, 17)
            if t > DATA_END:
                continue
            buses = rint(1, 4)
            pax = buses * rint(25, 42)
            local = buses * {"SH": 2200, "SZ": 2000, "HZ": 1800, "CD": 1600, "SG": 520, "HK": 2600}[c] * uni(0.9, 1.4)
            r = rnd()
            st = "cancelled" if r < 0.1 else ("unpaid" if d + DAY * 30 > DATA_END.date() and r < 0.5 else "paid")
            dest = choice(DESTS[g])
            ev(sid, t, "tp_oneoff_booking", "cancelled" if st == "cancelled" else "booked", channel="email",
               booking_type="field_trip", booking_type_zh="研学包车", trip_date=d.strftime("%Y-%m-%d"),
               passengers=pax, buses=buses, destination=dest, school_id=sid, term=term, **cityfields(c))
            new_order(sid, t, round(local, 0) * CITIES[c]["fx"], st, "field_trip", "研学包车", c, channel="email",
                      trip_date=d.strftime("%Y-%m-%d"), passengers=pax, buses=buses, destination=dest, school_id=sid,
                      term=term, term_zh=TERM_ZH[term],
                      paid_at=fmt(at(d + DAY * rint(5, 25))) if st == "paid" else "")

# ---------------------------------------------------------------- feedback

TPL = {
    "late": {
        "zh": ["校车今天早上又迟到了{m}分钟，孩子差点赶不上早读。", "{route}这周迟到三次了，每次都要在站点等很久。",
               "早上校车迟到{m}分钟也没有提前通知，家长在路边干等。", "放学送回来总是迟到，{m}分钟以后才到小区门口。",
               "最近接送经常迟到，能不能调整一下发车时间？", "迟到太频繁了，孩子已经被班主任说了两次。"],
        "en": ["The bus was {m} minutes late this morning and nobody told us.",
               "Third time this week the bus is late at our stop.",
               "Bus running late again on {route_en}, my son was late for assembly.",
               "Afternoon drop-off is always late, {m} minutes past the usual time.",
               "Why is the bus late so often these days?", "Late again today. Please sort out the timing."],
    },
    "missed": {
        "zh": ["今天校车根本没来，漏接了，只能自己打车送孩子。", "早上漏接，站点等了半小时没人，也没接到通知。",
               "{route}连续两天漏接，太不靠谱了。", "漏接之后打客服电话也说不清楚原因。",
               "换了替班的车找不到我们小区，直接漏接。", "这个月第二次漏接了，早课都耽误了。"],
        "en": ["The bus never came today. Missed pickup, had to drive her in myself.",
               "Missed pickup again, we waited 30 minutes at the stop and no bus.",
               "Two missed pickups in one week on {route_en}. Not acceptable.",
               "No bus this morning, a missed pickup and no message from dispatch.",
               "The relief bus missed our stop completely."],
    },
    "scan_alert": {
        "zh": ["收到刷卡提醒说孩子没上车，吓死了，打电话才知道其实在车上。", "刷卡提醒又错了，孩子明明上车了，系统显示未乘车。",
               "最近刷卡提醒老是不准，请修一下读卡器。", "一周三次刷卡提醒说缺勤，其实每天都坐车。"],
        "en": ["Got an alert that my daughter did not board, but she was on the bus the whole time.",
               "False 'not boarded' alert again this morning. Please fix the card readers.",
               "The boarding alert says absent every other day. Very stressful for parents.",
               "Another wrong alert today, the card reader must be broken."],
    },
    "refund": {
        "zh": ["退车一个多月了退费还没到账，客服只说在走流程。", "申请退费{d}天了，一直没有消息。",
               "退费太慢了，而且按天折算扣得太多。", "搬家退车，退费流程能不能快一点？", "退费要等财务月结，太离谱了。"],
        "en": ["Still waiting for my refund {d} days after cancelling.",
               "Refund took forever and the pro-rata deduction was not explained.",
               "We withdrew mid-term, where is the refund?", "Refund finally arrived but only after three reminders."],
    },
    "price": {
        "zh": ["下学期车费涨价12%，太多了，考虑自己接送。", "涨价也没有提前沟通，续费通知里才看到。",
               "车费一下涨价这么多，服务却没变好。", "涨价之后比打车还贵了。"],
        "en": ["A 12% price increase for next term is hard to justify.",
               "The fee hike came with no explanation in the renewal notice.",
               "Price increase again? Service has not improved at all."],
    },
    "driver": {
        "zh": ["司机师傅开车很稳，孩子很喜欢他。", "感谢{route}的司机师傅，每天都很准时很耐心。",
               "司机师傅下雨天还下车帮孩子撑伞，太暖心了。", "司机师傅会等孩子走进校门再开走，放心。"],
        "en": ["Our driver is so kind and patient with the little ones.",
               "Big thanks to the driver on {route_en}, always friendly and careful.",
               "The driver waits until I reach the stop before leaving. Great service."],
    },
    "aide": {
        "zh": ["跟车老师很负责，每天都会在群里报平安。", "跟车老师很细心，孩子晕车会照顾。", "新换的跟车老师不太管孩子，车上很吵。"],
        "en": ["The bus aide is wonderful, she knows every child by name.",
               "Bus aide keeps the kids calm and sends a message when they arrive.",
               "The new bus aide doesn't seem to manage the older kids at all."],
    },
    "crowded": {
        "zh": ["车上太拥挤了，三个孩子挤一排。", "早班车拥挤，书包都没地方放。", "线路加了学生以后特别拥挤。"],
        "en": ["The bus is overcrowded, kids sitting three to a bench.", "Too crowded on the morning run, no room for bags."],
    },
    "aircon": {
        "zh": ["车上空调不制冷，孩子下车一身汗。", "空调太冷了，孩子有点感冒。", "夏天空调坏了好几天都没修。"],
        "en": ["The air-con on the bus isn't working, kids arrive soaked.", "Air-con way too cold in the mornings.",
               "Air-con broken for a week in this heat."],
    },
    "long_ride": {
        "zh": ["孩子路上时间太长，单程要一个多小时。", "线路绕得太远，路上时间比自己开车多一倍。", "路上时间太久了，孩子早上五点多就要起床。"],
        "en": ["Ride time is over an hour each way, too long for a 7-year-old.",
               "Can you shorten the ride time? The route zigzags all over.", "Ride time of 70 minutes is crazy."],
    },
    "waitlist": {
        "zh": ["报名两个月了还在候补，到底有没有位置？", "候补名单一直没动，开学了还没分到车。", "候补排第几也不告诉我们。"],
        "en": ["We've been on the waitlist for six weeks with no update.",
               "Still on the waitlist after term started. Please tell us our position.",
               "Waitlist again this year, you need more buses in our area."],
    },
    "paylink": {
        "zh": ["缴费链接打不开，试了好几次。", "一直没收到缴费链接，怎么交学期费？", "缴费链接过期了也没人重新发。"],
        "en": ["Never got the payment link for the term fee.", "Payment link expired before I could pay.",
               "The payment link in the email does not work on my phone."],
    },
    "seatbelt": {
        "zh": ["看到有孩子没系安全带，跟车的也没管。", "车上安全带有几个坏了，请检查。", "希望每次发车前检查安全带。"],
        "en": ["Some seatbelts on the bus are broken, please check.", "Kids not wearing seatbelts and no one checks.",
               "Please make seatbelt checks part of every run."],
    },
    "incident": {
        "zh": ["事故发生后学校和公司及时通知了我们，处理得还可以。", "孩子在车上磕到头，这次事故事后处理太慢。",
               "事故原因到现在也没有一个书面说明。", "送错站那次事故，孩子一个人在陌生站点等了很久。"],
        "en": ["We were informed quickly after the incident, handled well.",
               "Nobody called us after the incident where my son got hurt.",
               "Still no written report about last week's incident.",
               "The wrong-stop incident left my daughter alone at a strange stop."],
    },
    "positive": {
        "zh": ["整体服务很满意，孩子每天坐校车很开心。", "服务不错，家长省心很多。", "比去年好多了，继续保持。",
               "很方便，早上不用开车送了。", "总体满意，推荐给了同班家长。"],
        "en": ["Very happy with the service overall.", "Great service, makes our mornings so much easier.",
               "Smooth term, no complaints from us.", "Reliable and friendly, we recommend it to other parents."],
    },
    "neutral": {
        "zh": ["希望周末兴趣班也能安排校车。", "能不能在小区北门加一个站点？", "建议开通电子发票。", "希望能在小程序里看到车辆位置。"],
        "en": ["Would be nice to have a bus for weekend activities.", "Could you add a stop near the north gate?",
               "Please send e-invoices for the fees.", "Would love live bus tracking in the parent portal."],
    },
    "school_ops": {
        "zh": ["本学期车队与学校对接顺畅，调度反应及时。", "放学发车秩序良好，希望继续保持。", "新学期线路调整沟通及时。"],
        "en": ["Coordination with our school office has been smooth this term.",
               "Dismissal loading has been orderly, thank you.", "Route changes for the new term were communicated well."],
    },
}
TOPIC_TP = {"late": "tp_pickup_issue", "missed": "tp_pickup_issue", "scan_alert": "tp_boarding", "refund": "tp_cancel",
            "price": "tp_renewal_notice", "driver": "tp_boarding", "aide": "tp_boarding", "crowded": "tp_boarding",
            "aircon": "tp_boarding", "long_ride": "tp_route_assign", "waitlist": "tp_waitlist",
            "paylink": "tp_fee_payment", "seatbelt": "tp_boarding", "incident": "tp_incident", "positive": None,
            "neutral": None, "school_ops": None}
SENT = {"late": "negative", "missed": "negative", "scan_alert": "negative", "refund": "negative",
        "price": "negative", "driver": "positive", "aide": "positive", "crowded": "negative", "aircon": "negative",
        "long_ride": "negative", "waitlist": "negative", "paylink": "negative", "seatbelt": "negative",
        "incident": "negative", "positive": "positive", "neutral": "neutral", "school_ops": "positive"}
fb_seq = [0]
truth = []


def text_for(topic, lang, f=None, m=None, d=None):
    opts = TPL[topic][lang]
    i = int(rng.integers(len(opts)))
    t = opts[i]
    r = routes.get(f["route"]) if f and f.get("route") else None
    t = t.replace("{m}", str(int(m) if m else rint(15, 35))).replace("{d}", str(int(d) if d else rint(25, 60)))
    t = t.replace("{route}", r["name_zh"] if r else "我们这条线").replace("{route_en}", r["name_en"] if r else "our route")
    sent = SENT[topic]
    if topic == "aide" and ("不太管" in t or "doesn't" in t):
        sent = "negative"
    if topic == "incident" and ("还可以" in t or "handled well" in t):
        sent = "neutral"
    return t, sent


def add_fb(topic, ts, f=None, channel="wechat", rating=None, nps=None, lang=None, tp="auto", city=None, school=None,
           m=None, d=None, cust="auto"):
    fb_seq[0] += 1
    if lang is None:
        lang = f["lang"] if f else "zh"
    text, sent = text_for(topic, lang, f, m, d)
    c = city or (f["city"] if f else None)
    row = dict(feedback_id=f"FB{fb_seq[0]:05d}", ts=fmt(ts) if ts else "",
               customer_id=(f["id"] if f else "") if cust == "auto" else cust,
               touchpoint_id=TOPIC_TP[topic] if tp == "auto" else (tp or ""), channel=channel,
               rating="" if rating is None else rating, nps="" if nps is None else nps, text=text, language=lang,
               region=CITIES[c]["en"] if c else "", region_zh=CITIES[c]["zh"] if c else "",
               school_id=school or (f["school"] if f else ""), route_id=(f.get("route") or "") if f else "")
    feedback.append(row)
    truth.append(dict(feedback_id=row["feedback_id"], topic=topic, sentiment=sent))
    return row


# event-driven complaints
fam_by_id = {f["id"]: f for f in families}
for e in list(events):
    f = fam_by_id.get(e["customer_id"])
    if f is None:
        continue
    tp, act = e["touchpoint_id"], e["action"]
    g = f["group"]
    msg_ch = "wechat" if g == "CN" else "whatsapp"
    if tp == "tp_pickup_issue":
        if act == "missed" and rnd(0.3):
            add_fb("missed", e["ts"] + dt.timedelta(minutes=rint(10, 180)), f, channel=choice([msg_ch, "call_note"]))
        elif act == "late" and rnd(0.035 if e["delay_min"] < 20 else 0.07):
            add_fb("late", e["ts"] + dt.timedelta(minutes=rint(5, 240)), f, channel=choice([msg_ch, msg_ch, "call_note"]),
                   m=e["delay_min"])
    elif tp == "tp_boarding" and act == "no_show" and e.get("reader_fw") == "v2.3" and rnd(0.35):
        add_fb("scan_alert", e["ts"] + dt.timedelta(minutes=rint(5, 60)), f, channel=choice([msg_ch, "app_review"]),
               rating=rint(1, 2) if rnd(0.3) else None)
    elif tp == "tp_cancel" and act == "cancelled":
        rd = e.get("refund_days", 0)
        if rd > 21:
            # parents chase slow refunds, often more than once
            for k in range(int(rng.poisson(rd / 25.0))):
                add_fb("refund", e["ts"] + dt.timedelta(days=min(rd, 14 + 12 * k) * uni(0.9, 1.1)), f,
                       channel=choice([msg_ch, msg_ch, "call_note"]), d=min(rd, 14 + 12 * k))
        elif rnd(0.1):
            add_fb("refund", e["ts"] + dt.timedelta(days=rint(5, 15)), f, channel=msg_ch, d=rint(6, 15))
    elif tp == "tp_renewal_notice" and f["city"] == "SH" and e["term"] == "2026S1" and rnd(0.45):
        add_fb("price", e["ts"] + dt.timedelta(days=uni(0.2, 20)), f, channel=choice([msg_ch, "call_note"]))
    elif tp == "tp_waitlist" and rnd(0.55 if f["city"] == "SG" else 0.2):
        add_fb("waitlist", e["ts"] + dt.timedelta(days=uni(10, 40)), f, channel=choice([msg_ch, "email"]))
    elif tp == "tp_incident" and rnd(0.35):
        add_fb("incident", e["ts"] + dt.timedelta(days=uni(1, 6)), f, channel="incident_followup", rating=rint(1, 4))
    elif tp == "tp_route_assign" and f["city"] == "CD" and e.get("est_ride_min", 0) > 55 and rnd(0.25):
        add_fb("long_ride", e["ts"] + dt.timedelta(days=uni(3, 40)), f, channel=msg_ch)
    elif tp == "tp_fee_payment" and e["action"] == "paid_late" and rnd(0.05):
        add_fb("paylink", e["ts"] - dt.timedelta(days=uni(1, 5)), f, channel=msg_ch)

# end-of-term surveys (rating 1-5 + NPS 0-10, with a comment)
for f in families:
    for tt in f["terms"]:
        if "days" not in tt or tt["days"] < 10:
            continue
        term = tt["term"]
        end = TERMS[term][f["group"]][1]
        if tt.get("cancel_day"):
            continue
        when = at(end - DAY * rint(0, 8), 8, 22)
        if when > DATA_END or not rnd(0.65):
            continue
        bad = tt.get("missed", 0) * 1.0 + tt.get("late", 0) * 0.2 + 1.5 * len(tt.get("false_alert", []))
        if f["city"] == "SH" and term == "2026S1":
            bad += 1.0
        score = 4.5 - 0.45 * bad + float(rng.normal(0, 0.7))
        rating = int(np.clip(round(score), 1, 5))
        nps = int(np.clip(round(score * 2.1 + float(rng.normal(0, 1.2))), 0, 10))
        if rating <= 2:
            if tt.get("missed", 0) >= 2:
                topic = "missed"
            elif tt.get("false_alert"):
                topic = "scan_alert"
            elif tt.get("late", 0) >= 3:
                topic = "late"
            else:
                topic = choice(["crowded", "aircon", "seatbelt", "long_ride", "aide"])
        elif rating == 3:
            topic = choice(["late", "crowded", "aircon", "neutral", "long_ride", "seatbelt"])
            if topic == "late" and tt.get("late", 0) == 0:
                topic = "neutral"
            if topic == "long_ride" and f["city"] != "CD" and rnd(0.7):
                topic = "neutral"
            if f["city"] == "SH" and term == "2026S1" and rnd(0.4):
                topic = "price"
        else:
            topic = choice(["positive", "positive", "driver", "aide", "neutral"])
        if topic == "aircon" and end.month not in (6, 1, 12):
            topic = "crowded"
        row = add_fb(topic, when, f, channel="term_survey", rating=rating, nps=nps,
                     tp="auto" if topic not in ("positive", "neutral") else None)
        row["term"] = term

# parent app store reviews (SG / HK parent app), a few with no date recorded
for f in families:
    if f["group"] != "INTL" or not f["terms"] or not rnd(0.3):
        continue
    tt = f["terms"][-1]
    a, b = TERMS[tt["term"]]["INTL"]
    when = at(a + DAY * rint(10, max(10, (min(b, DATA_END.date()) - a).days)), 7, 23)
    if when > DATA_END:
        continue
    if tt.get("false_alert"):
        topic, rating = "scan_alert", rint(1, 2)
    else:
        topic = choice(["positive", "neutral", "late", "paylink", "driver"], p=[0.35, 0.2, 0.15, 0.15, 0.15])
        rating = {"positive": rint(4, 5), "neutral": rint(3, 4), "late": rint(1, 3), "paylink": rint(1, 2),
                  "driver": 5}[topic]
    add_fb(topic, when, f, channel="app_review", rating=rating, lang=f["lang"],
           tp="auto" if topic not in ("positive", "neutral") else None)

# school term reviews (school admin offices; the 2025 ones typed up later without a date)
for sid in sorted(schools):
    s = schools[sid]
    if s["contracted_from"] is None:
        continue
    g = CITIES[s["city"]]["group"]
    for term in ("2025S1", "2025S2", "2026S1"):
        if s["contracted_from"] > term:
            continue
        end = TERMS[term][g][1]
        when = at(end - DAY * rint(0, 10), 9, 17)
        if when > DATA_END:
            continue
        lang = "zh" if g == "CN" else "en"
        for _ in range(rint(1, 3)):
            if s["city"] == "SH" and term == "2026S1":
                topic = choice(["late", "missed", "school_ops"], p=[0.4, 0.4, 0.2])
            else:
                topic = choice(["school_ops", "school_ops", "late", "crowded", "seatbelt"])
            rating = {"school_ops": rint(4, 5), "late": rint(2, 3), "missed": rint(1, 2), "crowded": 3,
                      "seatbelt": rint(2, 3)}[topic]
            add_fb(topic, None if term == "2025S1" else when, None, channel="school_review", rating=rating, lang=lang,
                   city=s["city"], school=sid, cust=sid, tp="auto" if topic != "school_ops" else None)

# parent open-day comment cards (paper, no date, no customer)
for _ in range(70):
    c = choice(CITY_CODES, p=[0.25, 0.2, 0.12, 0.13, 0.15, 0.15])
    lang = "zh" if CITIES[c]["group"] == "CN" else ("en" if rnd(0.8) else "zh")
    topic = choice(["neutral", "positive", "long_ride", "seatbelt", "crowded", "waitlist"], p=[0.35, 0.25, 0.1, 0.1, 0.1, 0.1])
    if topic == "waitlist" and c != "SG":
        topic = "neutral"
    add_fb(topic, None, None, channel="open_day_card", lang=lang, city=c, cust="",
           tp="auto" if topic not in ("positive", "neutral") else None)

# WeChat / WhatsApp messages about the ride itself through the year (praise, air-con, crowding, seatbelts)
for f in families:
    if not f["terms"]:
        continue
    for _k in range(int(rng.poisson(1.0))):
        tt = choice(f["terms"])
        a, b = TERMS[tt["term"]][f["group"]]
        d = a + DAY * rint(5, max(5, (min(b, DATA_END.date()) - a).days))
        if d > DATA_END.date() or not tt.get("days"):
            continue
        topic = choice(["aircon", "crowded", "driver", "aide", "seatbelt", "neutral", "positive"])
        if topic == "aircon" and d.month not in (5, 6, 9):
            topic = "neutral"
        add_fb(topic, at(d, 7, 21), f, channel="wechat" if f["group"] == "CN" else "whatsapp",
               tp="auto" if topic not in ("neutral", "positive") else None)
# a sixth of call notes were typed in without a time
for row in feedback:
    if row["channel"] == "call_note" and rnd(1 / 6):
        row["ts"] = ""

# ---------------------------------------------------------------- customers

cust_rows = []
BID_RESULT = {}
for e in events:
    if e["touchpoint_id"] == "tp_bid":
        BID_RESULT.setdefault(e["customer_id"], []).append(e["action"])
for sid in sorted(schools):
    s = schools[sid]
    c = s["city"]
    if s["origin"] == "existing":
        seg, su = "contract_active", dt.datetime(2019, 9, 1) + DAY * rint(0, 1500)
        acq = choice([("sales_visit", "销售拜访"), ("referral", "转介绍")])
    else:
        su = s["tender_at"]
        acq = choice([("tender_platform", "招标平台"), ("referral", "转介绍"), ("sales_visit", "销售拜访")])
        res = BID_RESULT.get(sid, [])
        if s["signed"] is not None:
            seg = "contract_active"
        elif res and res[0] == "lost":
            seg = "bid_lost"
        elif res and res[0] == "won":
            seg = "contract_pending"
        else:
            seg = "prospect"
    acq_code, acq_zh = acq
    nr = len(s["routes"])
    cust_rows.append(dict(
        customer_id=sid, signup_at=fmt(su), segment=seg, region=CITIES[c]["en"], region_zh=CITIES[c]["zh"],
        acquisition_channel=acq_code, acquisition_channel_zh=acq_zh,
        tier=("A" if nr >= 4 else "B" if nr >= 2 else "C") if nr else "", customer_type="school",
        customer_type_zh="学校", school_id=sid, school_name=s["name_zh"] if CITIES[c]["group"] == "CN" else s["name_en"],
        school_name_zh=s["name_zh"], school_type=s["type"], school_type_zh=SCHOOL_TYPE_ZH[s["type"]],
        children="", grade_band="", home_district="", preferred_language="zh" if CITIES[c]["group"] == "CN" else "en",
        contracted_routes=nr, country="China" if CITIES[c]["group"] == "CN" else ("Singapore" if c == "SG" else "Hong Kong SAR")))

last_term = {}
for f in families:
    terms = [tt["term"] for tt in f["terms"] if tt.get("days", 0) > 0 or tt["term"] == "2026S2"]
    rode = [tt for tt in f["terms"] if tt.get("days", 0) > 0]
    n_rode = len(rode) + (1 if f["existing"] else 0)
    if f["cancelled"] or f["status"] == "churned":
        seg = "churned"
    elif any(tt["term"] == "2026S1" for tt in rode):
        seg = "new" if n_rode == 1 else "active"
    elif f["status"] in ("paid", "renewed", "assigned") and f.get("target_term") == "2026S2":
        seg = "new"
    elif f["status"] == "waitlisted":
        seg = "waitlisted"
    elif f["status"] in ("signed_up", "assigned"):
        seg = "prospect"
    elif f["status"] == "lost_form":
        seg = "prospect"
    else:
        seg = "churned" if rode else "prospect"
    tier = "gold" if n_rode >= 3 else ("silver" if n_rode == 2 else ("standard" if n_rode == 1 else ""))
    s = schools[f["school"]]
    cust_rows.append(dict(
        customer_id=f["id"], signup_at=fmt(f["signup_at"]), segment=seg, region=CITIES[f["city"]]["en"],
        region_zh=CITIES[f["city"]]["zh"], acquisition_channel=f["acq"], acquisition_channel_zh=f["acq_zh"],
        tier=tier, customer_type="parent", customer_type_zh="家长", school_id=f["school"],
        school_name=s["name_zh"] if f["group"] == "CN" else s["name_en"], school_name_zh=s["name_zh"],
        school_type=s["type"], school_type_zh=SCHOOL_TYPE_ZH[s["type"]], children=len(f["students"]),
        grade_band=f["grade_band"], home_district=f["district"], preferred_language=f["lang"], contracted_routes="",
        country="China" if f["group"] == "CN" else ("Singapore" if f["city"] == "SG" else "Hong Kong SAR")))

# ---------------------------------------------------------------- touchpoints, journeys

TOUCHPOINTS = [
    ("tp_tender", "学校招标邀请", "School tender invitation", "awareness", "email", "digital", "school_sales",
     "招标|投标邀请|招标公告|tender|RFP|tender invitation"),
    ("tp_site_survey", "线路踏勘", "Route site survey", "consideration", "other", "physical", "school_sales",
     "踏勘|实地勘察|现场勘察|site visit|route survey"),
    ("tp_bid", "投标", "Bid submission", "consideration", "email", "digital", "school_sales",
     "标书|投标书|竞标|bid|proposal|tender bid"),
    ("tp_contract", "学校签约", "School contract signed", "purchase", "other", "physical", "school_sales",
     "签约|中标签约|学校合同|contract|contract award"),
    ("tp_signup_form", "家长报名", "Parent sign-up form", "consideration", "mini_program", "digital", "parent_service",
     "报名表|乘车报名|报名|sign-up|sign up form|registration form|application form"),
    ("tp_waitlist", "候补排队", "Waitlist", "consideration", "other", "digital", "dispatch",
     "候补|排队等位|候补名单|waiting list|wait list"),
    ("tp_route_assign", "线路分配", "Route assignment", "purchase", "other", "digital", "dispatch",
     "分配线路|排线|站点分配|分车|seat allocation|route allocation|bus allocation"),
    ("tp_fee_payment", "学期费缴纳", "Term fee payment", "purchase", "mini_program", "digital", "finance",
     "缴费|交费|学期费|车费|term fee|fee payment|bus fee"),
    ("tp_boarding", "刷卡乘车", "Boarding scan", "service", "other", "physical", "operations",
     "刷卡|上车|乘车|早班接送|接孩子|morning pickup|tap on|boarding|ridership"),
    ("tp_pickup_issue", "迟到/漏接", "Late or missed pickup", "service", "other", "physical", "operations",
     "迟到|漏接|晚点|延误|late bus|missed pickup|delay|late pickup"),
    ("tp_incident", "安全事件报告", "Incident report", "service", "other", "physical", "safety",
     "事故|安全事件|事件报告|incident|accident|safety incident"),
    ("tp_service_contact", "客服咨询", "Customer service contact", "service", "phone", "digital", "parent_service",
     "客服|热线|咨询|工单|hotline|enquiry|support ticket"),
    ("tp_oneoff_booking", "临时乘车/包车预约", "One-off trip booking", "purchase", "mini_program", "digital",
     "parent_service", "单次乘车|临时坐车|研学包车|包车|one-off ride|single ride|field trip|charter"),
    ("tp_renewal_notice", "续费通知", "Renewal notice", "loyalty", "mini_program", "digital", "parent_service",
     "续费提醒|续费通知书|renewal reminder|renewal letter"),
    ("tp_renewal", "学期续费", "Term renewal", "loyalty", "mini_program", "digital", "parent_service",
     "续费|续报|续订|renew|re-enrol|re-enrollment"),
    ("tp_cancel", "退订", "Cancellation", "loyalty", "other", "digital", "parent_service",
     "退车|退订|取消乘车|不续费|withdrawal|cancel|cancellation|drop out"),
]
JOURNEYS = [
    ("school_tender", "学校招标到签约", "Tender to contract", ["tp_tender", "tp_site_survey", "tp_bid", "tp_contract"], 120),
    ("parent_signup", "报名到首次乘车", "Sign-up to first ride",
     ["tp_signup_form", "tp_route_assign", "tp_fee_payment", "tp_boarding"], 150),
    ("term_renewal", "学期续费", "Term renewal", ["tp_renewal_notice", "tp_renewal"], 45),
]

# ---------------------------------------------------------------- write

EVENT_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
              "region", "region_zh", "school_id", "route_id", "route_name", "student_id", "term", "term_zh",
              "tender_no", "tender_source", "est_students", "routes_requested", "competitor_count", "surveyed_stops",
              "bid_price_cny", "contract_years", "result_date", "contract_routes",
              "pass_type", "pass_type_zh", "children", "grade_band", "home_district",
              "waitlist_position", "stop_name", "walk_m", "est_ride_min", "assign_days",
              "invoice_no", "amount_cny", "amount_local", "currency", "payment_method", "payment_method_zh", "due_date",
              "days_late", "run", "scheduled_time", "pickup_delay_min", "on_time", "pm_scan", "bus_id", "driver_id",
              "driver_type", "reader_fw", "delay_min", "cause", "cause_zh", "parent_notified",
              "incident_no", "incident_type", "incident_type_zh", "severity", "resolution_days", "school_notified",
              "ticket_no", "contact_channel", "contact_reason", "contact_reason_zh", "handle_min",
              "booking_type", "booking_type_zh", "trip_date", "passengers", "buses", "destination",
              "notice_variant", "new_price_local", "early_bird",
              "cancel_type", "cancel_reason", "cancel_reason_zh", "refund_amount_cny", "refund_days"]
ORDER_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
              "term", "term_zh", "region", "region_zh", "currency", "amount_local", "school_id", "route_id",
              "pass_type", "pass_type_zh", "children", "invoice_no", "due_date", "paid_at", "payment_method",
              "payment_method_zh", "trip_date", "passengers", "buses", "destination", "refund_of", "refunded_at",
              "cancel_reason"]
FB_COLS = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
           "region", "region_zh", "school_id", "route_id", "term"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "region_zh", "acquisition_channel",
             "acquisition_channel_zh", "tier", "customer_type", "customer_type_zh", "school_id", "school_name",
             "school_name_zh", "school_type", "school_type_zh", "children", "grade_band", "home_district",
             "preferred_language", "contracted_routes", "country"]


def cell(v):
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return fmt(v)
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v - round(v)) > 1e-9 else str(int(round(v)))
    return str(v)


def write(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([cell(r.get(k)) for k in cols])


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    evs = [e for e in events if DATA_START <= e["ts"] <= DATA_END]
    evs.sort(key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"], e.get("student_id") or ""))
    for i, e in enumerate(evs, 1):
        e["event_id"] = f"E{i:07d}"
    # a card reader re-sent a few scan batches: exact duplicate rows
    scans = [i for i, e in enumerate(evs) if e["touchpoint_id"] == "tp_boarding"]
    dup_idx = sorted(int(x) for x in rng.choice(scans, 16, replace=False))
    rows = []
    for i, e in enumerate(evs):
        rows.append(e)
        if i in dup_idx:
            rows.append(e)
    write(out / "events.csv", EVENT_COLS, rows)
    ords = [o for o in orders if o["ts"] <= DATA_END]
    ords.sort(key=lambda o: (o["ts"], o["order_id"]))
    write(out / "orders.csv", ORDER_COLS, ords)
    fbs = [r for r in feedback if not r["ts"] or r["ts"] <= fmt(DATA_END)]
    fbs.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write(out / "feedback.csv", FB_COLS, fbs)
    keep = {r["feedback_id"] for r in fbs}
    write(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment"],
          [t for t in truth if t["feedback_id"] in keep])
    write(out / "customers.csv", CUST_COLS, cust_rows)
    write(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"],
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"], jrows)
    write(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at"], experiments)
    print(f"events {len(rows)} ({len(evs)} unique), orders {len(ords)}, feedback {len(fbs)}, customers {len(cust_rows)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
