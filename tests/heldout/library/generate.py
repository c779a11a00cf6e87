"""Synthetic data for '书香城市图书馆 CityReads', a city public-library system with an app (held-out batch, written blind).

    python generate.py OUTDIR

Fixed seed; writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Data runs 2023-09-01 .. 2026-08-31 (history; months before 2026-12-01).
"""
from __future__ import annotations

import bisect
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

RNG = np.random.default_rng(20230901)
START = datetime(2023, 9, 1)
END = datetime(2026, 8, 31, 21, 0)
POLICY = datetime(2025, 3, 1)        # fine-free policy: overdue fines up to 30 days are waived
SEARCH_REDESIGN = datetime(2025, 11, 1)  # app 5.0 search redesign: worse results, more searches per hold

BRANCHES = ["中心馆", "东城分馆", "西城分馆", "南湖分馆", "北苑分馆", "高新分馆"]
BRANCH_P = [0.26, 0.18, 0.16, 0.14, 0.14, 0.12]
DISTRICT = {"中心馆": "老城区", "东城分馆": "东城区", "西城分馆": "西城区", "南湖分馆": "南湖区", "北苑分馆": "北苑区",
            "高新分馆": "高新区"}
DISTRICTS = list(DISTRICT.values())

READER = ["child", "student", "working_adult", "retiree", "teacher"]
READER_ZH = {"child": "少儿读者", "student": "学生", "working_adult": "在职人士", "retiree": "退休人员", "teacher": "教师"}
READER_P = [0.17, 0.28, 0.31, 0.16, 0.08]
LOAN_RATE = {"child": 0.42, "student": 0.34, "working_adult": 0.19, "retiree": 0.30, "teacher": 0.26}  # per month
ONTIME_P = {"child": 0.87, "student": 0.68, "working_adult": 0.88, "retiree": 0.93, "teacher": 0.91}
GENRES = {
    "child": (["children", "comics", "science", "fiction"], [0.55, 0.2, 0.15, 0.1]),
    "student": (["exam_prep", "fiction", "comics", "science", "history"], [0.32, 0.25, 0.15, 0.16, 0.12]),
    "working_adult": (["fiction", "business", "self_help", "history", "science"], [0.34, 0.2, 0.16, 0.16, 0.14]),
    "retiree": (["history", "health", "fiction", "science"], [0.35, 0.3, 0.25, 0.1]),
    "teacher": (["history", "science", "fiction", "children", "self_help"], [0.25, 0.2, 0.25, 0.2, 0.1]),
}
CHANNELS = ["wechat_official_account", "app_store", "school_partnership", "walk_in", "community_event"]

TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_site_visit", "官网/App访问", "Website / app visit", "awareness", "app", "digital", "digital_services",
     "打开App|官网|首页|visit site|homepage"),
    ("tp_register", "在线注册", "Online registration", "consideration", "app", "digital", "digital_services",
     "注册账号|开户|sign up|register"),
    ("tp_id_verify", "实名身份核验", "ID verification", "consideration", "app", "digital", "circulation",
     "实名认证|身份证核验|人脸核验|verify ID"),
    ("tp_card_issued", "读者证办理", "Library card issued", "purchase", "store", "physical", "circulation",
     "办证|发证|电子读者证|library card|card issued"),
    ("tp_catalog_search", "馆藏检索", "Catalog search", "consideration", "app", "digital", "digital_services",
     "搜书|查书|OPAC|书目检索|search catalog"),
    ("tp_place_hold", "预约借书", "Place hold", "purchase", "app", "digital", "circulation",
     "预约|预借|占书|reserve|hold request"),
    ("tp_hold_ready", "预约到书通知", "Hold ready", "service", "app", "digital", "circulation",
     "到书通知|可取书|预约到馆|hold available|ready for pickup"),
    ("tp_hold_expired", "预约过期未取", "Hold expired", "service", "store", "physical", "circulation",
     "逾期未取|预约失效|hold expired|not picked up"),
    ("tp_checkout", "借出/取书", "Checkout / pick-up", "service", "store", "physical", "circulation",
     "借书|借阅|取书|借出|borrow|check out|pick up"),
    ("tp_renew", "续借", "Renewal", "loyalty", "app", "digital", "circulation", "续期|renew|extend loan"),
    ("tp_return", "还书", "Return", "service", "store", "physical", "circulation",
     "归还|还回|自助还书|book drop|return"),
    ("tp_events_browse", "活动浏览", "Browse events", "awareness", "app", "digital", "programs",
     "活动日历|看活动|讲座列表|event calendar"),
    ("tp_event_signup", "活动报名", "Event sign-up", "consideration", "app", "digital", "programs",
     "报名|预约活动|register for event|book event"),
    ("tp_event_attend", "活动签到", "Event attendance", "loyalty", "store", "physical", "programs",
     "参加活动|活动到场|签到|attend event|check in"),
    ("tp_report_lost", "图书报失", "Report lost book", "service", "app", "digital", "circulation",
     "丢书|书丢了|挂失图书|lost book"),
    ("tp_fine_issued", "罚款/赔偿单生成", "Fine issued", "service", "store", "physical", "circulation",
     "罚单|滞纳金|逾期费|赔书单|fine|late fee|overdue charge"),
    ("tp_fine_paid", "缴纳罚款", "Fine paid", "service", "app", "digital", "finance",
     "交罚款|缴费|赔偿付款|pay fine"),
    ("tp_seat_booking", "自习座位预约", "Study seat booking", "service", "app", "digital", "facilities",
     "订座|占座|自习室预约|阅览室座位|seat reservation|study room"),
    ("tp_print", "打印复印", "Printing & copying", "service", "store", "physical", "facilities",
     "打印|复印|扫描|print|copy"),
]

JOURNEYS = [
    ("membership", "办证入馆", "Library card sign-up",
     ["tp_site_visit", "tp_register", "tp_id_verify", "tp_card_issued", "tp_checkout"], 30),
    ("borrowing", "预约借阅", "Reserve and borrow",
     ["tp_catalog_search", "tp_place_hold", "tp_hold_ready", "tp_checkout", "tp_return"], 60),
    ("activities", "活动参与", "Library events",
     ["tp_events_browse", "tp_event_signup", "tp_event_attend"], 30),
    ("lost_item", "图书报失赔偿", "Lost book and fine",
     ["tp_report_lost", "tp_fine_issued", "tp_fine_paid"], 60),
]

PROGRAMS = {  # name: (price, audience)
    "暑期阅读挑战": (0.0, "kids"),
    "亲子故事会": (0.0, "kids"),
    "少儿编程工作坊": (80.0, "kids"),
    "作家讲座": (0.0, "adult"),
    "读书会": (0.0, "adult"),
    "英语角": (0.0, "adult"),
    "非遗手工体验": (30.0, "all"),
}


_CUM: dict = {}


def pick(seq, p=None):
    """RNG.choice for small python lists, without numpy's per-call overhead."""
    if p is None:
        return seq[int(RNG.random() * len(seq))]
    key = tuple(p)
    cum = _CUM.get(key)
    if cum is None:
        tot = float(sum(p))
        acc, cum = 0.0, []
        for x in p:
            acc += x / tot
            cum.append(acc)
        _CUM[key] = cum
    return seq[min(bisect.bisect_left(cum, RNG.random()), len(seq) - 1)]


APP_HOURS = list(range(7, 24))
APP_HOURS_P = [.02, .04, .05, .06, .06, .07, .06, .06, .06, .06, .06, .07, .09, .1, .1, .05, .03]


def day_time(day: datetime, lo=9, hi=20) -> datetime:
    return day.replace(hour=int(RNG.integers(lo, hi + 1)), minute=int(RNG.integers(0, 60)),
                       second=int(RNG.integers(0, 60)))


def app_time(day: datetime) -> datetime:
    h = pick(APP_HOURS, APP_HOURS_P)
    return day.replace(hour=h, minute=int(RNG.integers(0, 60)), second=int(RNG.integers(0, 60)))


def season(t: datetime, rt: str) -> float:
    m = t.month
    if m in (7, 8):
        return {"child": 2.0, "student": 1.4}.get(rt, 1.0)
    if m in (1, 2):
        return {"child": 1.2, "student": 1.15}.get(rt, 0.9)
    return 1.0


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    ev, orders, cust = [], [], []
    counters = {"e": 0, "o": 0, "h": 0, "l": 0, "s": 0}

    def nid(k):
        counters[k] += 1
        return counters[k]

    def add_ev(cid, ts, tp, action, device=None, channel=None, branch=None, fmt=None, genre=None, overdue=None,
               hold=None, loan=None, program=None, order=None, sess=None):
        if ts > END:
            return False
        ev.append((f"E{nid('e'):07d}", cid, ts, tp, sess or f"S{nid('s'):07d}", action, device, channel, branch, fmt,
                   genre, overdue, hold, loan, program, order))
        return True

    def add_order(cid, ts, amount, status, otype, channel, device, branch):
        oid = f"O{nid('o'):06d}"
        orders.append((oid, cid, ts, round(float(amount), 2), status, channel, device, otype, branch))
        return oid

    span_days = (END - START).days
    n_existing, n_new = 1700, 3500

    # newcomer arrival weights: school start (Sep) and summer (Jul/Aug) peaks, a dip around Spring Festival
    w = np.ones(span_days - 5)
    for i in range(len(w)):
        d = START + timedelta(days=i)
        w[i] = {7: 1.7, 8: 1.6, 9: 1.4, 2: 0.7}.get(d.month, 1.0) * (1 + 0.15 * i / len(w))
    w /= w.sum()

    for i in range(n_existing + n_new):
        cid = f"P{i + 1:05d}"
        existing = i < n_existing
        ch = pick(CHANNELS, p=[0.12, 0.1, 0.06, 0.6, 0.12] if existing else [0.30, 0.22, 0.14, 0.16, 0.18])
        if ch == "school_partnership":
            rt = pick(READER, p=[0.45, 0.5, 0.0, 0.0, 0.05])
        else:
            rt = pick(READER, p=READER_P)
        dev = pick(["ios", "android", "pc"], p=[0.42, 0.43, 0.15] if rt != "retiree" else [0.3, 0.55, 0.15])
        app_dev = dev if dev != "pc" else pick(["ios", "android"])
        home = pick(BRANCHES, p=BRANCH_P)
        district = DISTRICT[home] if RNG.random() < 0.8 else pick(DISTRICTS)
        age = {"child": "0-11", "student": pick(["12-17", "18-24"], p=[0.55, 0.45]),
               "retiree": "60+"}.get(rt) or pick(["25-34", "35-44", "45-59"], p=[0.38, 0.36, 0.26])
        card_type = {"child": "child", "retiree": "senior"}.get(rt, "adult")
        row = dict(customer_id=cid, signup_at=None, segment=None, acquisition_channel=ch, age_group=age, branch=home,
                   card_type=card_type, district=district, reader_type=rt, 读者类型=READER_ZH[rt])
        if existing:
            signup = datetime(2012, 1, 1) + timedelta(days=int(RNG.integers(0, (START - datetime(2012, 1, 1)).days)),
                                                      hours=int(RNG.integers(9, 20)), minutes=int(RNG.integers(0, 60)))
            row["signup_at"] = signup
            active_from = START
            first_borrow_by = None
        else:
            t = app_time(START + timedelta(days=int(RNG.choice(len(w), p=w))))
            sess = f"S{nid('s'):07d}"
            add_ev(cid, t, "tp_site_visit", "view", dev, "web" if dev == "pc" else "app", sess=sess)
            p_reg = {"school_partnership": 0.9, "walk_in": 0.78}.get(ch, 0.62)
            if RNG.random() >= p_reg:
                row.update(age_group=None, branch=None, card_type=None, district=None, reader_type=None, 读者类型=None,
                           segment="prospect")
                if RNG.random() < 0.3:  # a second look, still no registration
                    add_ev(cid, t + timedelta(days=int(RNG.integers(1, 40)), hours=int(RNG.integers(0, 8))),
                           "tp_site_visit", "view", dev, "web" if dev == "pc" else "app")
                cust.append(row)
                continue
            t = t + timedelta(minutes=int(RNG.integers(2, 40))) if RNG.random() < 0.8 else \
                t + timedelta(days=int(RNG.integers(1, 12)), hours=int(RNG.integers(0, 6)))
            add_ev(cid, t, "tp_register", "submit", dev, "web" if dev == "pc" else "app", sess=sess)
            row["signup_at"] = t
            p_ver = 0.62 if rt == "retiree" else 0.86
            if RNG.random() >= p_ver or t > END:
                row["segment"] = "prospect"
                for k in ("branch", "card_type"):
                    row[k] = None
                cust.append(row)
                continue
            t = t + (timedelta(minutes=int(RNG.integers(1, 20))) if RNG.random() < 0.7 else
                     timedelta(days=int(RNG.integers(1, 9)), hours=int(RNG.integers(0, 8))))
            add_ev(cid, t, "tp_id_verify", "pass", app_dev, "app")
            if RNG.random() >= 0.93:
                row["segment"] = "prospect"
                row["card_type"] = None
                cust.append(row)
                continue
            ecard = RNG.random() < 0.6
            if ecard:
                t = t + timedelta(minutes=int(RNG.integers(1, 30)))
                add_ev(cid, t, "tp_card_issued", "issued", app_dev, "app", home)
            else:
                t = day_time((t + timedelta(days=int(RNG.integers(0, 10)))).replace(hour=0))
                add_ev(cid, t, "tp_card_issued", "issued", None, "store", home)
            active_from = t
            p_first = {"child": 0.82, "student": 0.76, "retiree": 0.62}.get(rt, 0.68)
            if ch == "school_partnership":
                p_first = 0.86
            first_borrow_by = t + timedelta(days=float(RNG.uniform(0.05, 28))) if RNG.random() < p_first else None
        cust.append(row)

        # ----- lifetime: churn after an exponential time
        life_end = active_from + timedelta(days=float(RNG.exponential(900)))
        intensity = LOAN_RATE[rt] * float(RNG.gamma(1.5, 1 / 1.5))
        # loan start times
        loan_times = []
        if first_borrow_by is not None:
            loan_times.append(first_borrow_by)
            cursor = first_borrow_by
        elif existing:
            cursor = START
        else:
            cursor = active_from + timedelta(days=float(RNG.uniform(30, 120)))
        smax = 2.0 if rt == "child" else 1.4
        while True:
            cursor = cursor + timedelta(days=float(RNG.exponential(30.4 / max(intensity * smax, 0.01))))
            if cursor > min(END, life_end):
                break
            if RNG.random() < season(cursor, rt) / smax:
                loan_times.append(cursor)

        busy_until = None
        for lt in loan_times:
            frac = (lt - START).days / span_days
            p_e = (0.14 + 0.12 * frac) * (0.5 if rt == "retiree" else (0.6 if rt == "child" else 1.0))
            p_a = 0.08 if rt != "child" else 0.04
            r = RNG.random()
            fmt = "ebook" if r < p_e else ("audiobook" if r < p_e + p_a else "print")
            gl, gp = GENRES[rt]
            genre = pick(gl, p=gp)
            digital = fmt != "print"
            via_hold = RNG.random() < (0.55 if digital else 0.38)
            if lt == first_borrow_by:
                via_hold = False
            branch = None if digital else (home if RNG.random() < 0.82 else pick(BRANCHES))
            ldev = app_dev if (digital or RNG.random() < 0.9) else "pc"
            hold = None
            co_t = None
            if via_hold:
                # search, then place hold
                sess = f"S{nid('s'):07d}"
                ts = app_time(lt.replace(hour=0))
                n_search = 1 + int(RNG.poisson(0.6))
                if ts >= SEARCH_REDESIGN and ldev in ("ios", "android"):
                    n_search += 1 + int(RNG.poisson(1.2))
                for _ in range(n_search):
                    add_ev(cid, ts, "tp_catalog_search", "search", ldev, "web" if ldev == "pc" else "app",
                           fmt=None, sess=sess)
                    ts = ts + timedelta(seconds=int(RNG.integers(20, 240)))
                hold = f"H{nid('h'):06d}"
                add_ev(cid, ts, "tp_place_hold", "place", ldev, "web" if ldev == "pc" else "app", branch, fmt, genre,
                       hold=hold, sess=sess)
                if fmt == "print":
                    never = RNG.random() < 0.03
                    mean_wait = 10.5 if branch == "北苑分馆" else 2.8
                    wait = float(RNG.gamma(2.0, mean_wait / 2.0)) + 0.2
                else:
                    never = False
                    wait = float(RNG.gamma(1.6, (6.5 if fmt == "ebook" else 4.0) / 1.6)) + 0.05
                if never:
                    continue
                rt_ready = ts + timedelta(days=wait)
                if branch is not None:
                    rt_ready = day_time(rt_ready.replace(hour=0), 9, 18) if rt_ready.hour > 18 else rt_ready
                    if rt_ready <= ts:
                        rt_ready = ts + timedelta(hours=20)
                if not add_ev(cid, rt_ready, "tp_hold_ready", "notify", None, "app", branch, fmt, genre, hold=hold):
                    continue
                if fmt == "print":
                    p_pick = 0.60 if branch == "北苑分馆" else 0.80
                    if rt == "student":
                        p_pick -= 0.04
                else:
                    p_pick = 0.93 if fmt == "ebook" else 0.89
                if RNG.random() < p_pick:
                    if fmt == "print":
                        mean_p = 3.6 if branch == "北苑分馆" else 1.7
                        dd = min(float(RNG.gamma(1.8, mean_p / 1.8)), 6.8)
                        co_t = rt_ready + timedelta(days=dd)
                        if co_t.hour < 9 or co_t.hour > 20:
                            co_t = day_time((co_t + timedelta(days=1 if co_t.hour > 20 else 0)).replace(hour=0))
                        if co_t <= rt_ready:
                            co_t = rt_ready + timedelta(hours=2)
                    else:
                        co_t = rt_ready + timedelta(hours=float(RNG.exponential(10)))
                else:
                    add_ev(cid, rt_ready + timedelta(days=7 if fmt == "print" else 3), "tp_hold_expired", "expired",
                           None, "store" if fmt == "print" else "app", branch, fmt, genre, hold=hold)
                    continue
            else:
                co_t = day_time(lt.replace(hour=0)) if not digital else app_time(lt.replace(hour=0))
            if co_t > END:
                continue
            loan = f"L{nid('l'):06d}"
            add_ev(cid, co_t, "tp_checkout", "borrow", ldev if digital else None, "app" if digital else "store",
                   branch, fmt, genre, hold=hold, loan=loan)
            # ----- return
            if digital:
                days = 21 if fmt == "ebook" else 14
                early = RNG.random() < 0.3
                rts = co_t + timedelta(days=float(RNG.uniform(2, days)) if early else days)
                add_ev(cid, rts, "tp_return", "return" if early else "auto_return", ldev, "app", None, fmt, genre,
                       overdue=0, loan=loan)
                continue
            due = co_t + timedelta(days=30)
            if RNG.random() < (0.35 if rt == "student" else 0.2):
                rn = co_t + timedelta(days=float(RNG.uniform(18, 29.5)))
                add_ev(cid, rn, "tp_renew", "renew", app_dev, "app", branch, fmt, genre, loan=loan)
                due = due + timedelta(days=30)
            lost_p = 0.022 if rt == "student" else 0.011
            if RNG.random() < lost_p:
                lr = app_time((due + timedelta(days=int(RNG.integers(5, 45)))).replace(hour=0))
                if not add_ev(cid, lr, "tp_report_lost", "report", app_dev, "app", branch, fmt, genre, loan=loan):
                    continue
                fi = lr + timedelta(hours=float(RNG.uniform(0.5, 60)))
                price = float(pick([28, 35, 39, 42, 45, 49, 52, 58, 59, 68, 78, 88, 98, 128]))
                amount = price + 10.0
                if not add_ev(cid, fi, "tp_fine_issued", "lost", None, "store", branch, fmt, genre, loan=loan):
                    continue
                if RNG.random() < 0.82:
                    pt = fi + timedelta(days=float(RNG.exponential(6)))
                    if pt <= END:
                        status = "refunded" if RNG.random() < 0.09 else "paid"
                        pdv = app_dev if RNG.random() < 0.7 else None
                        oid = add_order(cid, pt, amount, status, "lost_item_fee", "app" if pdv else "store", pdv,
                                        branch)
                        add_ev(cid, pt, "tp_fine_paid", "pay", pdv, "app" if pdv else "store", branch, fmt, genre,
                               loan=loan, order=oid)
                continue
            if RNG.random() < ONTIME_P[rt]:
                rts = day_time((co_t + timedelta(days=float(RNG.uniform(4, (due - co_t).days - 0.5)))).replace(hour=0))
                od = 0
            else:
                od = 1 + int(RNG.exponential(14.0 if rt == "student" else 8.0))
                rts = day_time((due + timedelta(days=od)).replace(hour=0))
            rbranch = branch if RNG.random() < 0.85 else pick(BRANCHES)
            if not add_ev(cid, rts, "tp_return", "return", None, "store", rbranch, fmt, genre, overdue=od, loan=loan):
                continue
            if od > 0:
                amount = min(0.5 * od, 50.0)
                fi = rts + timedelta(minutes=int(RNG.integers(1, 5)))
                waive = card_type == "child" or (fi >= POLICY and od <= 30) or RNG.random() < 0.07
                add_ev(cid, fi, "tp_fine_issued", "waived" if waive else "overdue", None, "store", rbranch, fmt, genre,
                       overdue=od, loan=loan)
                if waive:
                    add_order(cid, fi, amount, "waived", "overdue_fine", "store", None, rbranch)
                else:
                    pt = fi + (timedelta(minutes=int(RNG.integers(1, 10))) if RNG.random() < 0.75 else
                               timedelta(days=float(RNG.exponential(8))))
                    if pt <= END:
                        pdv = None if pt - fi < timedelta(hours=1) else app_dev
                        oid = add_order(cid, pt, amount, "paid", "overdue_fine", "app" if pdv else "store", pdv,
                                        rbranch)
                        add_ev(cid, pt, "tp_fine_paid", "pay", pdv, "app" if pdv else "store", rbranch, fmt, genre,
                               loan=loan, order=oid)

        # ----- catalog searches that never lead to a hold (browsing)
        t = active_from
        while True:
            t = t + timedelta(days=float(RNG.exponential(240)))
            if t > min(END, life_end):
                break
            d = app_dev if RNG.random() < 0.85 else "pc"
            sess = f"S{nid('s'):07d}"
            ts = app_time(t.replace(hour=0))
            for _ in range(1 + int(RNG.poisson(0.8 + (1.5 if ts >= SEARCH_REDESIGN and d != "pc" else 0)))):
                add_ev(cid, ts, "tp_catalog_search", "search", d, "web" if d == "pc" else "app", sess=sess)
                ts = ts + timedelta(seconds=int(RNG.integers(20, 300)))

        # ----- library events (activities)
        kids = rt in ("child", "student")
        t = active_from
        base = {"child": 0.22, "student": 0.12, "working_adult": 0.06, "retiree": 0.1, "teacher": 0.1}[rt]
        mmax = base * (3.5 if kids else 1.0)
        while True:  # thinning: a Poisson process whose rate rises in July and August for kids
            t = t + timedelta(days=float(RNG.exponential(30.4 / mmax)))
            if t > min(END, life_end):
                break
            if RNG.random() > base * (3.5 if (t.month in (7, 8) and kids) else 1.0) / mmax:
                continue
            sess = f"S{nid('s'):07d}"
            ts = app_time(t.replace(hour=0))
            add_ev(cid, ts, "tp_events_browse", "view", app_dev, "app", sess=sess)
            summer = ts.month in (7, 8) and kids
            if summer and RNG.random() < 0.75:
                prog = "暑期阅读挑战"
            else:
                if kids:
                    prog = pick(["亲子故事会", "少儿编程工作坊", "非遗手工体验"], [0.5, 0.2, 0.3])
                else:
                    prog = pick(["作家讲座", "读书会", "英语角", "非遗手工体验"], [0.3, 0.3, 0.25, 0.15])
            p_sign = 0.72 if prog == "暑期阅读挑战" else 0.42
            if RNG.random() >= p_sign:
                continue
            st = ts + timedelta(minutes=int(RNG.integers(1, 15)))
            eb = home if RNG.random() < 0.72 else pick(BRANCHES)
            price = PROGRAMS[prog][0]
            oid = None
            attend = RNG.random() < (0.86 if price > 0 else 0.72)
            if price > 0:
                status = "paid" if attend or RNG.random() < 0.5 else "refunded"
                oid = add_order(cid, st, price, status, "event_ticket", "app", app_dev, eb)
            add_ev(cid, st, "tp_event_signup", "signup", app_dev, "app", eb, program=prog, order=oid, sess=sess)
            if attend:
                at = day_time((st + timedelta(days=int(RNG.integers(1, 14)))).replace(hour=0), 10, 19)
                add_ev(cid, at, "tp_event_attend", "checkin", None, "store", eb, program=prog)

        # ----- study seats and printing
        seat_rate = {"student": 0.5, "working_adult": 0.1, "teacher": 0.06}.get(rt, 0.0)
        t = active_from
        while seat_rate > 0:
            t = t + timedelta(days=float(RNG.exponential(30.4 / (2 * seat_rate))))
            if t > min(END, life_end):
                break
            if RNG.random() > (1.0 if t.month in (12, 1, 5, 6) else (0.7 if t.month in (7, 8) else 0.5)):
                continue
            sb = home if RNG.random() < 0.75 else pick(["中心馆", "高新分馆", "东城分馆"])
            exam = t.month in (12, 1, 5, 6)
            p_ok = {"中心馆": 0.45 if exam else 0.66, "高新分馆": 0.72 if exam else 0.84}.get(sb, 0.93)
            ts = app_time(t.replace(hour=0))
            add_ev(cid, ts, "tp_seat_booking", "success" if RNG.random() < p_ok else "fail", app_dev, "app", sb)
        prate = {"student": 0.12, "working_adult": 0.05, "teacher": 0.1, "retiree": 0.03}.get(rt, 0.0)
        t = active_from
        while prate > 0:
            t = t + timedelta(days=float(RNG.exponential(30.4 / prate)))
            if t > min(END, life_end):
                break
            pb = home if RNG.random() < 0.8 else pick(BRANCHES)
            ts = day_time(t.replace(hour=0))
            pages = int(RNG.integers(2, 41))
            oid = add_order(cid, ts, 0.5 * pages, "paid", "printing", "store", None, pb)
            add_ev(cid, ts, "tp_print", "print", None, "store", pb, order=oid)

    # ----- events frame
    e = pd.DataFrame(ev, columns=["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                                  "channel", "branch", "item_format", "genre", "days_overdue", "hold_id", "loan_id",
                                  "program", "order_id"])
    e = e.sort_values(["ts", "event_id"]).reset_index(drop=True)
    e["days_overdue"] = e["days_overdue"].astype("Int64")

    # ----- segments (state at the end of the data)
    c = pd.DataFrame(cust)
    last_co = e[e.touchpoint_id == "tp_checkout"].groupby("customer_id").ts.max()
    card = e[e.touchpoint_id == "tp_card_issued"].groupby("customer_id").ts.min()
    seg = []
    for r in c.itertuples():
        if r.segment == "prospect":
            seg.append("prospect")
        elif r.customer_id in card.index and card[r.customer_id] >= datetime(2026, 3, 1):
            seg.append("new")
        elif r.customer_id in last_co.index and last_co[r.customer_id] >= datetime(2026, 3, 1):
            seg.append("active")
        else:
            seg.append("lapsed")
    c["segment"] = seg

    # ----- feedback
    fb, truth = make_feedback(c, e)

    # ----- write
    rows = []
    for tid, zh, en, stage, chn, kind, owner, al in TOUCHPOINTS:
        rows.append(dict(touchpoint_id=tid, name=zh, name_zh=zh, name_en=en, stage=stage, channel=chn, kind=kind,
                         owner=owner, aliases=al))
    pd.DataFrame(rows).to_csv(out / "touchpoints.csv", index=False)
    rows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            rows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                             touchpoint_id=tp, window_days=win))
    pd.DataFrame(rows).to_csv(out / "journeys.csv", index=False)
    c["signup_at"] = pd.to_datetime(c["signup_at"]).dt.strftime("%Y-%m-%d %H:%M:%S")
    c = c[["customer_id", "signup_at", "segment", "acquisition_channel", "age_group", "branch", "card_type",
           "district", "reader_type", "读者类型"]]
    c.to_csv(out / "customers.csv", index=False)
    e["ts"] = e["ts"].dt.strftime("%Y-%m-%d %H:%M:%S")
    e.to_csv(out / "events.csv", index=False)
    o = pd.DataFrame(orders, columns=["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                      "order_type", "branch"]).sort_values("ts")
    o["ts"] = pd.to_datetime(o["ts"]).dt.strftime("%Y-%m-%d %H:%M:%S")
    o.to_csv(out / "orders.csv", index=False)
    fb.to_csv(out / "feedback.csv", index=False)
    truth.to_csv(out / "_truth" / "feedback_truth.csv", index=False)
    print(f"customers {len(c)}, events {len(e)}, orders {len(o)}, feedback {len(fb)}")


# ---------------------------------------------------------------- feedback
TEXTS = {
    "seat_shortage": ("negative", "tp_seat_booking", [
        "自习座位根本约不到，早上八点一开放就满了", "考试周想来{b}自习，座位预约全是满的", "座位太少了，每次抢座都抢不到",
        "{b}的自习区座位不够用，周末排队占座", "阅览室座位太紧张，能不能多开放一些区域", "约座系统一秒就被约光，学生党太难了",
    ], [
        "Impossible to book a study seat, everything is gone within minutes", "Not enough seats at {b} during exam season",
        "The study area is always full, I could not get a seat all week", "Seat reservations sell out instantly. Please add more desks",
    ]),
    "noisy_study_room": ("negative", "tp_seat_booking", [
        "自习室太吵了，有人一直打电话", "{b}自习区噪音大，管理员也不管", "阅览室里小孩跑来跑去，根本没法学习",
        "隔壁活动区声音传到自习室，很吵", "希望自习室能安静点，键盘声和聊天声太大",
    ], [
        "The study room at {b} is so noisy, people chat and take calls", "Too loud in the quiet zone, nobody enforces the rules",
        "Noise from the event area leaks into the reading room", "Could not concentrate, the study room is noisy every evening",
    ]),
    "app_search": ("negative", "tp_catalog_search", [
        "App搜书太难用了，输入书名都搜不到", "新版App的检索结果乱七八糟，找不到想要的书", "搜索功能很差，必须输入完整书名才行",
        "馆藏检索经常显示错误的馆藏地", "App更新后搜书变慢了，结果也不准",
    ], [
        "The app search is terrible, I typed the exact title and got nothing", "Catalog search in the new app version is useless",
        "Search results are full of irrelevant items, very hard to find a book", "The app's search keeps showing wrong availability",
    ]),
    "friendly_staff": ("positive", "tp_checkout", [
        "{b}的馆员很热情，帮我找到了绝版书", "前台老师态度特别好，耐心教我用自助借还机", "工作人员很友善，孩子很喜欢来",
        "管理员阿姨帮我办证很耐心，点赞", "馆员推荐的书都很好看，服务贴心",
    ], [
        "The librarians at {b} are super friendly and helpful", "Staff helped me find exactly what I needed, great service",
        "Lovely librarians, always patient with my kids", "Friendly and knowledgeable staff, thank you",
    ]),
    "ebook_limits": ("negative", "tp_place_hold", [
        "电子书复本太少了，预约要排好几周", "热门电子书永远在排队，借阅期也太短", "电子书一次只能借5本，太少了",
        "有声书资源少，想听的都要等", "电子书到期自动归还，没看完又得重新排队",
    ], [
        "Too few ebook licences, the waitlist for popular titles is weeks long", "Ebook loan limit is too low",
        "Why can only one person borrow an ebook at a time? The waits are silly", "Audiobook selection is small and holds take forever",
    ]),
    "long_hold_wait": ("negative", "tp_hold_ready", [
        "在{b}预约的书等了快两周才到", "预约到书太慢了，{b}调书要等十天", "预约的书一直显示在途，等得太久",
        "{b}的预约书总是很久才到馆，到了通知我又赶不上取", "预约周期太长了，还不如直接去中心馆借",
    ], [
        "My hold at {b} took almost two weeks to arrive", "Holds are so slow at {b}, transfers take forever",
        "Waited ages for my reserved book, it was stuck in transit", "Hold pickup at {b} is a pain, the books take too long",
    ]),
    "summer_program": ("positive", "tp_event_attend", [
        "暑期阅读挑战太棒了，孩子一个暑假读了二十本书", "孩子参加暑期阅读挑战拿到了奖章，特别开心",
        "暑假的阅读活动组织得很好，希望每年都办", "{b}的暑期阅读挑战很有意思，孩子爱上了看书",
    ], [
        "The summer reading challenge was amazing, my daughter read 20 books", "Great summer reading programme at {b}, kids loved it",
        "Summer reading challenge kept my kids busy and reading, thank you",
    ]),
    "fine_policy": ("positive", "tp_fine_issued", [
        "取消逾期罚款的新政策很人性化", "现在逾期一个月内不罚款了，点赞", "免罚金政策好，终于敢带孩子借书了",
    ], [
        "The new fine-free policy is great, thank you", "Glad late fees are gone for short overdues",
        "No more overdue fines for a few days late, very welcome change",
    ]),
    "lost_fee": ("negative", "tp_fine_paid", [
        "丢书赔偿太贵了，还要加收工本费", "报失的书找到了，退款流程很麻烦", "赔书的价格比网上买还贵，不合理",
    ], [
        "The lost book charge is more than the book costs online", "Refund for a found lost book took weeks",
        "Replacement fee plus processing fee feels unfair",
    ]),
    "opening_hours": ("neutral", "tp_checkout", [
        "希望周一也能开馆", "建议晚上开放到十点", "节假日开放时间能不能公布得早一点",
    ], [
        "Would be nice to have longer opening hours on weekdays", "Please open on Mondays too",
        "Could the holiday opening hours be posted earlier?",
    ]),
    "event_praise": ("positive", "tp_event_attend", [
        "作家讲座很精彩，收获很大", "读书会氛围很好，认识了很多书友", "英语角很有意思，下次还来",
        "少儿编程工作坊老师很专业", "非遗手工体验很有意义",
    ], [
        "The author talk was excellent", "Really enjoyed the book club, great atmosphere",
        "English corner is fun and well organised", "The kids coding workshop was worth it",
    ]),
}


def make_feedback(c: pd.DataFrame, e: pd.DataFrame):
    patrons = c[c.branch.notna()].reset_index(drop=True)
    pid = patrons.customer_id.to_numpy()
    pbranch = patrons.branch.to_numpy()
    prt = patrons.reader_type.to_numpy()
    by_branch = {b: np.flatnonzero(pbranch == b) for b in BRANCHES}
    students = np.flatnonzero(prt == "student")
    kids = np.flatnonzero(np.isin(prt, ["child", "student"]))
    days = (END - START).days
    rows, truth = [], []

    def pick_day(topic):
        while True:
            d = START + timedelta(days=int(RNG.integers(0, days)))
            if topic == "app_search":
                if d >= SEARCH_REDESIGN or RNG.random() < 0.18:
                    return d
            elif topic == "summer_program":
                if d.month in (7, 8, 9) and (d.month != 9 or d.day <= 15):
                    return d
            elif topic == "fine_policy":
                if d >= POLICY:
                    return d
            elif topic == "seat_shortage":
                if d.month in (12, 1, 5, 6) or RNG.random() < 0.35:
                    return d
            else:
                return d

    def pick_branch(topic):
        if topic == "seat_shortage":
            return pick(BRANCHES, p=[0.62, 0.06, 0.04, 0.04, 0.04, 0.20])
        if topic == "noisy_study_room":
            return pick(BRANCHES, p=[0.15, 0.55, 0.08, 0.08, 0.06, 0.08])
        if topic == "long_hold_wait":
            return pick(BRANCHES, p=[0.06, 0.07, 0.07, 0.08, 0.66, 0.06])
        if topic == "friendly_staff":
            return pick(BRANCHES, p=[0.2, 0.14, 0.28, 0.14, 0.12, 0.12])
        if topic in ("app_search", "ebook_limits"):
            return None
        return pick(BRANCHES, p=BRANCH_P)

    counts = {"seat_shortage": 190, "noisy_study_room": 120, "app_search": 170, "friendly_staff": 170,
              "ebook_limits": 130, "long_hold_wait": 140, "summer_program": 90, "fine_policy": 60, "lost_fee": 50,
              "opening_hours": 70, "event_praise": 90}
    items = [t for t, n in counts.items() for _ in range(n)]
    RNG.shuffle(items)
    for i, topic in enumerate(items):
        sent, tp, zh, en = TEXTS[topic]
        lang = "en" if RNG.random() < 0.3 else "zh"
        branch = pick_branch(topic)
        ch = pick(["app_review", "survey", "wechat", "suggestion_box"], p=[0.36, 0.26, 0.24, 0.14])
        # who
        if topic in ("seat_shortage",) and RNG.random() < 0.7:
            pool = students
        elif topic == "summer_program":
            pool = kids
        elif branch is not None:
            pool = by_branch[branch]
        else:
            pool = np.arange(len(pid))
        k = int(RNG.choice(pool))
        cid = pid[k]
        if branch is None and topic not in ("app_search", "ebook_limits"):
            branch = pbranch[k]
        ts = app_time(pick_day(topic))
        rating = None
        if ch in ("app_review", "survey"):
            if sent == "positive":
                rating = pick([4, 5], [0.35, 0.65])
            elif sent == "negative":
                rating = pick([1, 2, 3], [0.4, 0.4, 0.2])
            else:
                rating = pick([3, 4], [0.6, 0.4])
        if ch == "suggestion_box":
            ts = None
            if RNG.random() < 0.6:
                cid = None
        tmpl = pick(zh if lang == "zh" else en)
        bname = branch or "中心馆"
        text = tmpl.replace("{b}", bname)
        if RNG.random() < 0.25:
            text += pick(["。", "！", "。谢谢", "，希望改进"] if lang == "zh" else [".", "!", " Thanks.",
                                                                                        " Please fix."])
        fid = f"F{i + 1:05d}"
        rows.append(dict(feedback_id=fid, text=text, ts=ts.strftime("%Y-%m-%d %H:%M:%S") if ts else None,
                         customer_id=cid, touchpoint_id=tp, channel=ch, rating=rating,
                         branch=branch, language=lang))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
    f = pd.DataFrame(rows)
    f["rating"] = f["rating"].astype("Int64")
    return f, pd.DataFrame(truth)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
