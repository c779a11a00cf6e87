"""Synthetic data for 'Boulder Up 抱石派', a chain of bouldering gyms (held-out batch, written blind).

    python generate.py OUTDIR

Fixed seed; writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Data runs 2025-03-01 .. 2026-02-28.
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

RNG = np.random.default_rng(20260228)
START = datetime(2025, 3, 1)
END = datetime(2026, 2, 28, 22, 0)

GYMS = {  # id: (zh, en, city, coaches)
    "G01": ("抱石派·静安店", "Jing'an", "Shanghai", ["阿杰", "Mia"]),
    "G02": ("抱石派·徐汇滨江店", "Xuhui Riverside", "Shanghai", ["小鹿", "Leo"]),
    "G03": ("抱石派·望京店", "Wangjing", "Beijing", ["大熊"]),
    "G04": ("抱石派·三里屯店", "Sanlitun", "Beijing", ["老周", "Kiki"]),
    "G05": ("抱石派·南山店", "Nanshan", "Shenzhen", ["阿May"]),
    "G06": ("抱石派·天府店", "Tianfu", "Chengdu", ["川川"]),
}
CITY_GYMS = {"Shanghai": ["G01", "G02"], "Beijing": ["G03", "G04"], "Shenzhen": ["G05"], "Chengdu": ["G06"]}

TOUCHPOINTS = [
    # id, name, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_site_visit", "官网/App浏览", "官网/App浏览", "Website / app visit", "awareness", "app", "digital", "growth",
     "官网|小程序首页|app首页|homepage"),
    ("tp_book_daypass", "预订体验日票", "预订体验日票", "Day-pass booking", "consideration", "app", "digital", "growth",
     "订票|日票预约|day pass|体验票"),
    ("tp_waiver", "签署免责协议", "签署免责协议", "Waiver signed", "purchase", "app", "digital", "ops",
     "免责声明|安全协议|waiver"),
    ("tp_checkin", "到馆签到", "到馆签到", "Gym check-in", "service", "store", "physical", "ops",
     "入场|到店|进馆|check in|visit"),
    ("tp_intro_course", "新手入门课", "新手入门课", "Intro course", "service", "store", "physical", "coaching",
     "入门课|体验课|新手课|intro class|beginner course"),
    ("tp_climb_log", "攀爬打卡记录", "攀爬打卡记录", "Climb log", "loyalty", "app", "digital", "product",
     "打卡|刷线记录|send log|climb log"),
    ("tp_gear_rental", "装备租赁", "装备租赁", "Gear rental", "service", "store", "physical", "ops",
     "租鞋|租攀岩鞋|shoe rental|chalk bag rental"),
    ("tp_buy_card", "购买十次卡", "购买十次卡", "10-visit card purchase", "purchase", "app", "digital", "sales",
     "次卡|十次卡|punch card|10-visit pass"),
    ("tp_buy_membership", "购买月卡会员", "购买月卡会员", "Monthly membership purchase", "purchase", "app", "digital",
     "sales", "月卡|会员卡|办会员|membership"),
    ("tp_freeze", "会员冻结", "会员冻结", "Membership freeze", "loyalty", "app", "digital", "member_care",
     "停卡|冻结|pause membership"),
    ("tp_cancel", "会员取消", "会员取消", "Membership cancellation", "loyalty", "app", "digital", "member_care",
     "退会|取消会员|cancel membership"),
    ("tp_youth_trial", "青少年队试训", "青少年队试训", "Youth team trial", "consideration", "store", "physical",
     "coaching", "青少年试训|youth trial|少儿队试课"),
    ("tp_youth_join", "青少年队报名", "青少年队报名", "Youth team enrolment", "purchase", "store", "physical",
     "coaching", "青少年队入队|youth team sign-up"),
]

JOURNEYS = [
    ("first_visit", "首次到馆", "首次到馆", "First visit", ["tp_site_visit", "tp_book_daypass", "tp_waiver",
                                                          "tp_checkin"], 14),
    ("intro_to_member", "入门课转会员", "入门课转会员", "Intro course to membership",
     ["tp_intro_course", "tp_buy_membership"], 30),
    ("youth_team", "青少年队试训", "青少年队试训", "Youth team trial", ["tp_youth_trial", "tp_youth_join"], 21),
]

PRICE = {"day_pass": 118.0, "intro_course": 199.0, "ten_visit_card": 980.0, "monthly_membership": 599.0,
         "gear_rental": 25.0, "youth_team": 1800.0}

CHANNELS = ["meituan_dianping", "xiaohongshu", "friend_referral", "walk_in", "corporate"]
CH_P = [0.30, 0.27, 0.18, 0.13, 0.12]
RETURN_P = {"meituan_dianping": 0.55, "xiaohongshu": 0.16, "friend_referral": 0.7, "walk_in": 0.5, "corporate": 0.3}
BOOK_P = {"meituan_dianping": 0.62, "xiaohongshu": 0.72, "friend_referral": 0.66, "walk_in": 0.9, "corporate": 0.85}
GRADES = ["V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8"]


def rand_time(day: datetime, weekend_evening=False) -> datetime:
    h = int(RNG.choice([10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21], p=[.05, .07, .08, .08, .08, .09, .1, .13, .14,
                                                                       .11, .07]))
    return day.replace(hour=h, minute=int(RNG.integers(0, 60)), second=int(RNG.integers(0, 60)))


def pick_day(after: datetime, lo: int, hi: int, gym: str) -> datetime:
    """A day lo..hi days after `after`; G02 visits lean hard to weekends."""
    wk_p = 0.62 if gym == "G02" else 0.34
    for _ in range(20):
        d = after + timedelta(days=int(RNG.integers(lo, hi + 1)))
        is_wk = d.weekday() >= 5
        if (is_wk and RNG.random() < wk_p / (2 / 7)) or (not is_wk and RNG.random() < (1 - wk_p) / (5 / 7)):
            return d
    return d


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    n = 3200
    span = (END - START).days - 20
    # signups grow over the year, with a dip around Spring Festival (late Jan / Feb 2026)
    w = np.linspace(0.7, 1.4, span)
    for i in range(span):
        d = START + timedelta(days=i)
        if datetime(2026, 1, 25) <= d <= datetime(2026, 2, 12):
            w[i] *= 0.35
    w /= w.sum()
    cust, ev, orders, fb, truth = [], [], [], [], []
    eid = oid = 0

    def add_ev(cid, ts, tp, action, device, channel, gym=None, grade=None, coach=None, order_id=None, sess=None):
        nonlocal eid
        eid += 1
        g = GYMS[gym] if gym else None
        ev.append(dict(event_id=f"E{eid:07d}", customer_id=cid, ts=ts, touchpoint_id=tp,
                       session_id=sess or f"S{cid[1:]}_{ts:%Y%m%d}", action=action, device=device, channel=channel,
                       gym=g[0] if g else None, gym_en=g[1] if g else None, route_grade=grade, coach=coach,
                       order_id=order_id))

    def add_order(cid, ts, product, status, channel, device, gym, amount=None):
        nonlocal oid
        oid += 1
        orders.append(dict(order_id=f"O{oid:06d}", customer_id=cid, ts=ts, amount=amount or PRICE[product],
                           status=status, channel=channel, device=device, product=product, gym=GYMS[gym][0],
                           gym_en=GYMS[gym][1]))
        return f"O{oid:06d}"

    for i in range(n):
        cid = f"C{i + 1:05d}"
        signup = START + timedelta(days=int(RNG.choice(span, p=w)), hours=int(RNG.integers(8, 23)),
                                   minutes=int(RNG.integers(0, 60)))
        city = str(RNG.choice(list(CITY_GYMS), p=[0.45, 0.3, 0.13, 0.12]))
        gyms = CITY_GYMS[city]
        home = str(RNG.choice(gyms, p=[0.45, 0.55] if len(gyms) == 2 else None))
        ch = str(RNG.choice(CHANNELS, p=CH_P))
        age = str(RNG.choice(["under_18", "18-24", "25-34", "35-44", "45+"], p=[0.08, 0.3, 0.4, 0.16, 0.06]))
        exp = str(RNG.choice(["beginner", "intermediate", "advanced"], p=[0.62, 0.28, 0.10]))
        dev = str(RNG.choice(["ios", "android", "pc"], p=[0.55, 0.38, 0.07]))
        dev_app = "ios" if dev == "pc" and RNG.random() < 0.5 else ("android" if dev == "pc" else dev)
        tier, segment = "none", "new"
        t = signup
        add_ev(cid, t, "tp_site_visit", "view", dev, "web" if dev == "pc" else "app")
        first_visit = None
        booked = RNG.random() < BOOK_P[ch]
        if booked:
            t = t + timedelta(minutes=int(RNG.integers(3, 60 * 24 * (1 if ch in ("walk_in",) else 4))))
            o = add_order(cid, t, "day_pass", "paid", "app", dev_app, home)
            add_ev(cid, t, "tp_book_daypass", "submit", dev_app, "app", home, order_id=o)
            visit_day = pick_day(t, 0 if ch == "walk_in" else 1, 0 if ch == "walk_in" else 8, home)
            vt = rand_time(visit_day)
            if vt <= t:
                vt = t + timedelta(minutes=30)
            signed = RNG.random() < (0.8 if ch != "xiaohongshu" else 0.83)
            if signed:
                wt = vt - timedelta(minutes=int(RNG.integers(5, 600))) if RNG.random() < 0.6 else \
                    vt - timedelta(minutes=int(RNG.integers(1, 10)))
                wt = max(wt, t + timedelta(minutes=1))
                add_ev(cid, wt, "tp_waiver", "submit", dev_app, "app", home)
                if RNG.random() < 0.9 and vt < END:
                    first_visit = vt
                else:
                    orders[-1]["status"] = "refunded" if RNG.random() < 0.6 else "cancelled"
            else:
                orders[-1]["status"] = "refunded" if RNG.random() < 0.5 else "cancelled"
        if first_visit is None:
            cust.append(dict(customer_id=cid, signup_at=signup, segment="prospect", region=city,
                             acquisition_channel=ch, tier="none", age_band=age, experience_level=exp, home_gym=home))
            continue
        # ---- visits
        visits = [(first_visit, home)]
        intro = False
        if RNG.random() < {"beginner": 0.5, "intermediate": 0.18, "advanced": 0.04}[exp] * (0.7 if ch == "xiaohongshu"
                                                                                          else 1):
            intro = True
            it = rand_time(pick_day(first_visit, 1, 12, home))
            if it < END:
                o = add_order(cid, it - timedelta(hours=int(RNG.integers(2, 48))), "intro_course", "paid", "app",
                              dev_app, home)
                coach = str(RNG.choice(GYMS[home][3]))
                add_ev(cid, it, "tp_intro_course", "attend", None, "store", home, coach=coach, order_id=o)
                visits.append((it, home))
            else:
                intro = False
        # membership / card decision
        mult = 0.45 if ch == "xiaohongshu" else 1.0
        member_p = (0.42 if intro else 0.09) * mult
        card_p = (0.18 if intro else 0.08) * mult
        r = RNG.random()
        member_at = card_at = None
        base = visits[-1][0]
        if r < member_p:
            member_at = base + timedelta(days=int(RNG.integers(1, 26)), hours=int(RNG.integers(0, 5)))
        elif r < member_p + card_p:
            card_at = base + timedelta(days=int(RNG.integers(1, 40)), hours=int(RNG.integers(0, 5)))
        returns = intro or member_at or card_at or RNG.random() < RETURN_P[ch]
        last = base
        if member_at and member_at < END:
            tier, segment = "monthly", "member"
            o = add_order(cid, member_at, "monthly_membership", "paid", "app", dev_app, home)
            add_ev(cid, member_at, "tp_buy_membership", "success", dev_app, "app", home, order_id=o)
            # renewals / freeze / cancel
            m = member_at
            while True:
                m = m + timedelta(days=30)
                if m >= END:
                    break
                u = RNG.random()
                if u < 0.05:
                    add_ev(cid, m - timedelta(days=2), "tp_freeze", "submit", dev_app, "app", home)
                    segment, tier = "frozen", "monthly_frozen"
                    m = m + timedelta(days=int(RNG.integers(14, 60)))
                    if m >= END:
                        break
                    segment, tier = "member", "monthly"
                elif u < 0.17:
                    add_ev(cid, m - timedelta(days=1), "tp_cancel", "submit", dev_app, "app", home)
                    segment, tier = "lapsed", "none"
                    break
                add_order(cid, m, "monthly_membership", "paid", "auto_renew", None, home)
            n_vis = int(RNG.integers(4, 30))
            vend = min(m, END)
        elif card_at and card_at < END:
            tier, segment = "ten_visit_card", "card_holder"
            o = add_order(cid, card_at, "ten_visit_card", "refunded" if RNG.random() < 0.04 else "paid", "app",
                          dev_app, home)
            add_ev(cid, card_at, "tp_buy_card", "success", dev_app, "app", home, order_id=o)
            n_vis = int(RNG.integers(3, 11))
            vend = card_at + timedelta(days=150)
        elif returns:
            n_vis = int(RNG.integers(1, 4))
            vend = base + timedelta(days=60)
            segment = "casual"
        else:
            n_vis = 0
            vend = base
            segment = "one_time"
        t = member_at or card_at or base
        for _ in range(n_vis):
            g = home if RNG.random() < 0.85 else str(RNG.choice(list(GYMS)))
            if RNG.random() < 0.5 and len(gyms) == 2:
                g = home
            d = pick_day(t, 2, 12 if (member_at or card_at) else 25, g)
            vt = rand_time(d)
            if vt >= END or vt > vend + timedelta(days=30):
                break
            visits.append((vt, g))
            t = vt
            if not (member_at or card_at) and RNG.random() < 0.9:
                o = add_order(cid, vt - timedelta(hours=int(RNG.integers(1, 30))), "day_pass", "paid", "app",
                              dev_app, g)
                add_ev(cid, vt - timedelta(hours=int(RNG.integers(1, 30))), "tp_book_daypass", "submit", dev_app,
                       "app", g, order_id=o)
        # check-ins, rentals, climb logs
        lvl = {"beginner": 0, "intermediate": 3, "advanced": 5}[exp]
        for k, (vt, g) in enumerate(sorted(visits)):
            add_ev(cid, vt, "tp_checkin", "success", None, "store", g)
            if RNG.random() < (0.2 if member_at else 0.62):
                rent_t = vt + timedelta(minutes=int(RNG.integers(2, 10)))
                o = add_order(cid, rent_t, "gear_rental", "refunded" if RNG.random() < 0.06 else "paid", "store",
                              None, g)
                add_ev(cid, rent_t, "tp_gear_rental", "success", None, "store", g, order_id=o)
            for j in range(int(RNG.integers(0, 4))):
                gr = min(8, max(0, lvl + int(RNG.integers(-1, 3)) + k // 8))
                add_ev(cid, vt + timedelta(minutes=20 + 15 * j), "tp_climb_log", "log", dev_app, "app", g,
                       grade=GRADES[gr])
        last = max(v[0] for v in visits)
        # youth team
        if age == "under_18" and RNG.random() < 0.55:
            yt = rand_time(pick_day(first_visit, 3, 30, home))
            if yt < END:
                coach = str(RNG.choice(GYMS[home][3]))
                add_ev(cid, yt, "tp_youth_trial", "attend", None, "store", home, coach=coach)
                if RNG.random() < (0.55 if home in ("G01", "G03") else 0.3):
                    jt = yt + timedelta(days=int(RNG.integers(1, 15)))
                    if jt < END:
                        o = add_order(cid, jt, "youth_team", "paid", "store", None, home)
                        add_ev(cid, jt, "tp_youth_join", "success", None, "store", home, coach=coach, order_id=o)
        cust.append(dict(customer_id=cid, signup_at=signup, segment=segment, region=city, acquisition_channel=ch,
                         tier=tier, age_band=age, experience_level=exp, home_gym=home))
        # ---- feedback
        if RNG.random() < 0.42:
            vt, g = visits[int(RNG.integers(0, len(visits)))]
            fb_one(fb, truth, cid, vt, g, intro, ch)
    # anonymous social posts without dates
    for _ in range(90):
        g = str(RNG.choice(list(GYMS)))
        fb_one(fb, truth, None, None, g, False, "xiaohongshu", nodate=True)

    pd.DataFrame(TOUCHPOINTS, columns=["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                       "owner", "aliases"]).to_csv(out / "touchpoints.csv", index=False)
    rows = []
    for jid, name, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            rows.append(dict(journey_id=jid, journey_name=name, journey_name_zh=zh, journey_name_en=en, step=k,
                             touchpoint_id=tp, window_days=win))
    pd.DataFrame(rows).to_csv(out / "journeys.csv", index=False)
    fmt = "%Y-%m-%d %H:%M:%S"
    c = pd.DataFrame(cust)
    c["signup_at"] = c["signup_at"].dt.strftime(fmt)
    c.to_csv(out / "customers.csv", index=False)
    e = pd.DataFrame(ev).sort_values(["ts", "event_id"])
    e = e[e.ts <= END]
    e["ts"] = e["ts"].dt.strftime(fmt)
    e.to_csv(out / "events.csv", index=False)
    o = pd.DataFrame(orders).sort_values("ts")
    o = o[o.ts <= END]
    o["ts"] = o["ts"].dt.strftime(fmt)
    o.to_csv(out / "orders.csv", index=False)
    f = pd.DataFrame(fb)
    f["ts"] = pd.to_datetime(f["ts"]).dt.strftime(fmt)
    f["rating"] = f["rating"].astype("Int64")
    f.to_csv(out / "feedback.csv", index=False)
    pd.DataFrame(truth).to_csv(out / "_truth" / "feedback_truth.csv", index=False)


TOPIC_TEXT = {
    "crowded": (["周末人太多了，岩壁前排队排到怀疑人生", "周六下午去简直下饺子，一条线要等十几分钟", "高峰期太挤了，垫子上全是人，有点危险",
                 "人挤人，周末根本爬不了几条", "Way too crowded on weekends, queued forever for every problem",
                 "Saturday afternoon was packed, barely got any climbs in"], 2),
    "chalk_dust": (["镁粉粉尘太大了，爬完嗓子疼，通风要加强", "空气不好，到处是镁粉灰，建议装新风", "馆里粉尘好重，戴口罩都呛",
                    "Chalk dust everywhere, the air quality is bad — please improve ventilation"], 2),
    "routes_stale": (["线路好久没换了，爬来爬去都是老线", "定线更新太慢，一个月都没新线", "新线太少，老会员都腻了",
                      "Routes are not reset often enough, same problems for weeks"], 2),
    "coach_great": (["教练超级耐心，入门课讲得很清楚！", "教练很专业，动作纠正得很细致，推荐", "带我的教练人很好，第一次爬就上了V1",
                     "The coach was great, very patient with beginners", "Loved the intro class, coach explained footwork well"], 5),
    "shower_broken": (["淋浴坏了好几天了，没热水", "更衣室淋浴一直不出热水，报修也没人管", "洗澡的地方坏了，爬完一身汗没法冲",
                       "Shower was broken again, no hot water"], 1),
    "price": (["日票有点贵，希望多点优惠", "月卡价格偏高，学生党压力大", "Day pass is a bit pricey compared to other gyms"], 3),
    "app_booking": (["小程序订票老是卡，付款页面转圈", "App预约时段选不了，bug很多", "The booking app crashed twice while paying"], 2),
    "positive": (["环境不错，氛围很好，会再来", "岩馆很干净，线路设计有意思", "朋友带来的，体验很好", "Great vibe, friendly staff, will come back"], 5),
}


def fb_one(fb, truth, cid, vt, g, intro, ch, nodate=False):
    is_wk = vt is not None and vt.weekday() >= 5
    p = {"crowded": 0.06, "chalk_dust": 0.08, "routes_stale": 0.07, "coach_great": 0.1, "shower_broken": 0.02,
         "price": 0.09, "app_booking": 0.07, "positive": 0.22}
    if g == "G02" and (is_wk or nodate):
        p["crowded"] = 0.9
    elif g == "G02":
        p["crowded"] = 0.12
    if g in ("G01", "G03"):
        p["chalk_dust"] = 0.3
    if g == "G04":
        p["routes_stale"] = 0.4
    if intro:
        p["coach_great"] = 0.5
    if g == "G05" and vt is not None and datetime(2025, 11, 1) <= vt < datetime(2026, 2, 1):
        p["shower_broken"] = 0.8
    ks = list(p)
    pr = np.array([p[k] for k in ks])
    topic = ks[int(RNG.choice(len(ks), p=pr / pr.sum()))]
    texts, base = TOPIC_TEXT[topic]
    text = str(RNG.choice(texts))
    rating = int(np.clip(base + RNG.choice([-1, 0, 0, 0, 1]), 1, 5))
    sent = "positive" if topic in ("coach_great", "positive") else "negative"
    fid = f"F{len(fb) + 1:05d}"
    ts = None if nodate or RNG.random() < 0.05 else vt + timedelta(hours=int(RNG.integers(1, 40)))
    if ts is not None and ts > END:
        ts = END
    channel = "xiaohongshu" if nodate else str(RNG.choice(["dianping_review", "app_review", "survey"], p=[.45, .2, .35]))
    fb.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=cid,
                   touchpoint_id="tp_intro_course" if topic == "coach_great" else (
                       "tp_book_daypass" if topic == "app_booking" else "tp_checkin"),
                   channel=channel, rating=None if nodate else rating, gym=GYMS[g][0], gym_en=GYMS[g][1]))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
