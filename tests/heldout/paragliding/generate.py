"""翔云滑翔伞 SkyDrift Paragliding: tandem flights and pilot courses (synthetic, written blind).

Four sites: 大理 Dali (洱海 launch), 桂林 Guilin (阳朔 Yangshuo), 安吉 Anji (Zhejiang) and 博卡拉 Pokhara (Nepal,
Sarangkot launch, priced in NPR). Journeys:
- tandem flight booking: browse a site page -> pick a date -> weather check (go / no-go on the forecast) -> pay the
  deposit -> tandem flight with a pilot -> photo & video package at the landing zone;
- pilot course enrolment: course enquiry -> trial day -> medical form -> course payment -> solo certificate;
- after-service: reschedule (weather or customer), weather refund of the deposit, complaint tickets.
Customers: tourists, corporate team-building groups, students; acquired through Xiaohongshu, Ctrip, walk-in and
hotel concierge. Events 2025-01-01 .. 2026-06-30 (extract taken early July 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of each comment; generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261208
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 11000
NPR_PER_CNY = 18.6
DEPOSIT_BUG = (datetime(2026, 4, 1), datetime(2026, 5, 1))   # Android deposit payment bug (new pay SDK)
PHOTO_PRICE_UP = datetime(2025, 10, 1)                        # China sites photo package 199 -> 299 CNY
AB = ("exp_refund_badge", datetime(2025, 11, 1), datetime(2026, 2, 1))  # "weather refund guarantee" badge test

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_site_page", "飞行场地浏览", "Site page", "awareness", "mini_program", "digital", "growth",
     "场地页|看场地|浏览场地|场地介绍|飞行点|site page|browse sites|launch site page|location page"),
    ("tp_date_pick", "选择飞行日期", "Date selection", "consideration", "mini_program", "digital", "reservations",
     "选日期|选档期|约时间|排期|pick a date|date picker|choose date|slot"),
    ("tp_weather_check", "天气评估", "Weather check", "consideration", "phone", "digital", "flight_ops",
     "看天气|天气确认|气象评估|能不能飞|风况|weather check|forecast check|go/no-go|flyable"),
    ("tp_deposit", "支付定金", "Deposit payment", "purchase", "mini_program", "digital", "finance",
     "定金|订金|付定金|预付款|押金|deposit|pay deposit|down payment|prepayment"),
    ("tp_pickup", "酒店接送", "Hotel pickup", "service", "other", "physical", "ground_crew",
     "接送|接驳车|接驳|班车|上山车|pickup|shuttle|transfer|hotel pickup"),
    ("tp_flight", "双人伞飞行", "Tandem flight", "service", "store", "physical", "pilots",
     "双人飞行|带飞|飞行|起飞|滑翔|双人伞|tandem|tandem flight|flight|fly|paraglide"),
    ("tp_photo", "航拍照片视频包", "Photo & video package", "purchase", "store", "physical", "media_team",
     "照片|视频|跟拍|航拍|照片包|视频包|gopro|photo package|video package|photos|footage"),
    ("tp_course_enquiry", "课程咨询", "Course enquiry", "awareness", "social", "digital", "school",
     "咨询|课程咨询|学飞|学滑翔伞|考证咨询|enquiry|inquiry|course enquiry|learn to fly"),
    ("tp_trial_day", "体验日", "Trial day", "consideration", "store", "physical", "school",
     "体验课|试飞|体验日|地面练习|trial day|taster day|intro day|ground handling"),
    ("tp_medical", "体检表提交", "Medical form", "purchase", "mini_program", "digital", "school",
     "体检|体检表|健康声明|医学证明|medical|medical form|health declaration|fitness form"),
    ("tp_course_pay", "课程缴费", "Course payment", "purchase", "mini_program", "digital", "finance",
     "学费|缴费|报名费|课程费|tuition|course fee|course payment|enrol"),
    ("tp_solo_cert", "单飞证书", "Solo certificate", "loyalty", "store", "physical", "school",
     "单飞|结业|考证|证书|执照|solo|solo certificate|license|licence|graduation"),
    ("tp_reschedule", "改期", "Reschedule", "service", "phone", "digital", "reservations",
     "改期|改时间|换日期|延期|reschedule|rebook|move date|postpone"),
    ("tp_weather_refund", "天气退款", "Weather refund", "service", "other", "digital", "finance",
     "退款|退定金|天气退款|退钱|refund|weather refund|deposit refund|money back"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|工单|客诉|售后|complaint|ticket|customer complaint|escalation"),
    ("tp_review", "飞行评价", "Review", "loyalty", "app", "digital", "growth",
     "评价|点评|打分|好评|差评|review|rating|feedback|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("tandem", "双人飞行预订", "Tandem flight booking",
     ["tp_site_page", "tp_date_pick", "tp_weather_check", "tp_deposit", "tp_flight", "tp_photo"], 14),
    ("course", "飞行员课程报名", "Pilot course enrolment",
     ["tp_course_enquiry", "tp_trial_day", "tp_medical", "tp_course_pay", "tp_solo_cert"], 120),
    ("weather_reschedule", "天气改期", "Weather reschedule", ["tp_reschedule", "tp_flight"], 30),
]
SITES = {  # id: zh, en, city_en, country, currency, tandem price (local), deposit (local), course price, weight
    "S1": ("大理", "Dali", "Dali", "CN", "CNY", 880, 200, 12800, 0.34),
    "S2": ("桂林", "Guilin", "Yangshuo", "CN", "CNY", 780, 200, 11800, 0.24),
    "S3": ("安吉", "Anji", "Anji", "CN", "CNY", 680, 150, 9800, 0.20),
    "S4": ("博卡拉", "Pokhara", "Pokhara", "NP", "NPR", 11500, 3000, 150000, 0.22),
}
PILOTS = {
    "S1": [("P01", "王磊", "Wang Lei"), ("P02", "赵云飞", "Zhao Yunfei"), ("P03", "李想", "Li Xiang")],
    "S2": [("P04", "陈涛", "Chen Tao"), ("P05", "黄海", "Huang Hai")],
    "S3": [("P06", "周琳", "Zhou Lin"), ("P07", "吴迪", "Wu Di")],
    "S4": [("P08", "拉姆·古隆", "Ram Gurung"), ("P09", "比卡什·塔帕", "Bikash Thapa"), ("P10", "桑杰·拉伊", "Sanjay Rai")],
}
STAR_PILOT = "P06"
SEGMENTS = {"tourist": ("游客", 0.68), "corporate_team": ("企业团建", 0.12), "student": ("学生", 0.20)}
ACQ = {"xiaohongshu": ("小红书", 0.36), "ctrip": ("携程", 0.30), "walk_in": ("到店散客", 0.14),
       "hotel_concierge": ("酒店礼宾推荐", 0.20)}
BOOK_CH = {"xiaohongshu": "mini_program", "ctrip": "ctrip", "walk_in": "walk_in", "hotel_concierge": "concierge"}

# feedback topics: id -> (zh phrases, en phrases); the first word of each pair is the marker gold.py searches for
TOPICS = {
    "weather_cancel": (["因为天气原因取消了，白跑一趟", "天气原因取消两次了，假期都快结束了"],
                       ["flight got cancelled due to weather and we wasted a day",
                        "cancelled due to weather twice, holiday nearly over"]),
    "shuttle": (["接驳车迟到了四十分钟，差点错过起飞窗口", "接驳车司机找不到酒店，打了好几个电话"],
                ["the shuttle was late by 40 minutes, almost missed our slot",
                 "shuttle driver couldn't find our hotel"]),
    "photo_price": (["照片包太贵了，两百九十九就几张图", "照片包太贵，去年还便宜一百"],
                    ["photo package is overpriced for a few clips", "the photo package is overpriced now"]),
    "deposit_fail": (["定金付不了，安卓上一直转圈", "定金付不了，换了三次卡都不行"],
                     ["deposit payment failed on my android phone", "deposit payment failed again and again"]),
    "refund_slow": (["退款还没到账，都两周了", "天气取消的退款还没到账，客服一直说在处理"],
                    ["refund still not received after two weeks", "refund still not in my account"]),
    "medical": (["体检表要求太麻烦，还要医院盖章", "体检表被退回两次，说格式不对"],
                ["the medical form needs a hospital stamp, total hassle", "medical form rejected twice"]),
    "pilot_praise": (["教练很专业，全程很安心", "教练很专业还会帮忙拍照"],
                     ["pilot was amazing, felt safe the whole time", "our pilot was amazing and super funny"]),
    "view": (["风景太美了，洱海/漓江尽收眼底", "风景太美了，一辈子值得一次"],
             ["stunning views over the lake and mountains", "stunning views, once in a lifetime"]),
    "airsick": (["有点晕，落地吐了", "有点晕，教练转圈太多了"],
                ["felt a bit airsick after the spirals", "felt a bit airsick, too many wingovers"]),
}
NEG = {"weather_cancel", "shuttle", "photo_price", "deposit_fail", "refund_slow", "medical", "airsick"}


def rdt(a, b):
    return a + D(seconds=int(rng.integers(0, max(1, int((b - a).total_seconds())))))


def day_time(d, h0=8, h1=18):
    return datetime(d.year, d.month, d.day, int(rng.integers(h0, h1)), int(rng.integers(0, 60)),
                    int(rng.integers(0, 60)))


def season_weight(t, site):
    m = t.month
    w = {"S1": [1.2, 1.3, 1.2, 1.0, 0.9, 0.7, 0.9, 1.1, 0.9, 1.3, 1.1, 1.0],
         "S2": [0.6, 0.9, 0.9, 0.8, 0.9, 1.0, 1.3, 1.3, 1.0, 1.4, 1.1, 0.7],
         "S3": [0.5, 0.6, 1.0, 1.3, 1.3, 1.0, 1.1, 1.0, 1.2, 1.5, 1.2, 0.6],
         "S4": [1.2, 1.2, 1.3, 1.1, 0.9, 0.5, 0.4, 0.5, 0.7, 1.4, 1.5, 1.3]}[site][m - 1]
    growth = 1.0 + 0.28 * max(0.0, (t - START).days / 365.0)
    return w * growth


def weather_nogo(site, t):
    m = t.month
    if site == "S4" and m in (6, 7, 8, 9):
        return 0.42
    if site == "S2" and m in (4, 5, 6):
        return 0.24
    if site == "S3" and m in (6, 7):
        return 0.18
    return 0.07


def day_cancel(site, t):
    m = t.month
    if site == "S4" and m in (6, 7, 8, 9):
        return 0.30
    if site == "S2" and m in (4, 5, 6):
        return 0.16
    return 0.05


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.customers = []
        self.ne = self.no = self.nf = self.nb = 0

    def ev(self, c, ts, tp, **kw):
        if ts > END:
            return None
        self.ne += 1
        row = dict(event_id=f"E{self.ne:07d}", customer_id=c["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, device=c["device"])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, ts, amount_local, site, otype, status="paid", **kw):
        if ts > END:
            return
        self.no += 1
        cur = SITES[site][4]
        cny = round(amount_local / NPR_PER_CNY, 2) if cur == "NPR" else amount_local
        self.orders.append(dict(order_id=f"O{self.no:06d}", customer_id=c["customer_id"],
                                ts=ts.strftime("%Y-%m-%d %H:%M:%S"), amount=cny, status=status, order_type=otype,
                                订单类型={"deposit": "定金", "balance": "尾款", "photo_package": "照片视频包",
                                      "trial_day": "体验日", "course_fee": "课程学费"}[otype],
                                currency=cur, amount_local=amount_local, site_id=site, site=SITES[site][0],
                                site_en=SITES[site][1], channel=c["booking_channel"], device=c["device"], **kw))

    def fb(self, c, ts, tp, channel, topics, site, rating=None, nps=None, keep_ts=True, booking_id=None,
           pilot=None, with_customer=True):
        if ts is not None and ts > END:
            return
        self.nf += 1
        lang = c["lang"]
        parts = []
        for t in topics:
            zh, en = TOPICS[t]
            parts.append((zh if lang == "zh" else en)[int(rng.integers(0, 2))])
        if not parts:
            parts = [["还行吧，中规中矩", "体验一般般"], ["it was ok", "fine, nothing special"]][lang == "en"][
                int(rng.integers(0, 2))]
            parts = [parts]
        text = ("，".join(parts) + "。") if lang == "zh" else (". ".join(p[0].upper() + p[1:] for p in parts) + ".")
        fid = f"F{self.nf:05d}"
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=ts.strftime("%Y-%m-%d %H:%M:%S") if (ts and keep_ts) else "",
            customer_id=c["customer_id"] if with_customer else "", touchpoint_id=tp, channel=channel,
            rating="" if rating is None else int(rating), nps="" if nps is None else int(nps), language=lang,
            site_id=site, site=SITES[site][0], site_en=SITES[site][1], booking_id=booking_id or "",
            pilot_id=pilot[0] if pilot else "", pilot_name=pilot[1] if pilot else "",
            pilot_name_en=pilot[2] if pilot else ""))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics)))

    # ------------------------------------------------------------------ customers
    def customer(self, i):
        seg = rng.choice(list(SEGMENTS), p=[v[1] for v in SEGMENTS.values()])
        acq = rng.choice(list(ACQ), p=[v[1] for v in ACQ.values()])
        site = rng.choice(list(SITES), p=[v[8] for v in SITES.values()])
        foreign = rng.random() < (0.55 if site == "S4" else 0.06)
        if foreign:
            nat = rng.choice(["UK", "US", "DE", "IN", "AU", "KR"])
        else:
            nat = "CN"
        lang = "en" if nat != "CN" else "zh"
        dev = rng.choice(["ios", "android", "pc"], p=[0.45, 0.45, 0.10])
        if acq == "walk_in":
            dev = "pos"
        return dict(customer_id=f"C{i:05d}", segment=seg, acquisition_channel=acq, home_site=site,
                    nationality=nat, lang=lang, device=dev, booking_channel=BOOK_CH[acq],
                    age_band=("18-24" if seg == "student" else rng.choice(["25-34", "35-44", "45-54", "55+"],
                                                                         p=[0.42, 0.33, 0.17, 0.08])),
                    group_size=int(rng.integers(6, 25)) if seg == "corporate_team" else int(rng.choice([1, 2, 3],
                                                                                                   p=[.5, .4, .1])))

    def start_time(self, site):
        while True:
            t = rdt(START, END)
            if rng.random() < season_weight(t, site) / 1.95:
                return t

    # ------------------------------------------------------------------ tandem
    def tandem(self, c, t0, site):
        self.nb += 1
        bid = f"BK{self.nb:06d}"
        zh, en, city, country, cur, price, dep, _, _ = SITES[site]
        base = dict(session_id=bid, channel=c["booking_channel"], site_id=site, site=zh, site_en=en)
        pax = c["group_size"]
        self.ev(c, t0, "tp_site_page", action="view", **base)
        variant = None
        if AB[1] <= t0 < AB[2] and c["booking_channel"] in ("mini_program", "ctrip") and not c.get("ab"):
            variant = "refund_badge" if rng.random() < 0.5 else "control"
            c["ab"] = variant
            self.exps.append(dict(experiment_id=AB[0], variant=variant, customer_id=c["customer_id"],
                                  assigned_at=t0.strftime("%Y-%m-%d %H:%M:%S")))
        p_date = {"ctrip": 0.52, "walk_in": 0.9}.get(c["acquisition_channel"], 0.68)
        if c["segment"] == "corporate_team":
            p_date -= 0.18   # a group has to agree on a date
        if rng.random() > p_date:
            return
        t1 = t0 + D(minutes=float(rng.uniform(2, 90)))
        fdate = (t1 + D(days=int(rng.integers(1, 9)))).date()
        self.ev(c, t1, "tp_date_pick", action="select", flight_date=str(fdate), pax=pax, **base)
        t2 = t1 + D(hours=float(rng.uniform(0.2, 20)))
        nogo = rng.random() < weather_nogo(site, datetime(fdate.year, fdate.month, fdate.day))
        wind = round(float(rng.uniform(22, 40) if nogo else rng.uniform(5, 20)), 1)
        self.ev(c, t2, "tp_weather_check", action="no_go" if nogo else "go", forecast_wind_kmh=wind,
                flight_date=str(fdate), **base)
        if nogo:
            if rng.random() < 0.55:
                return
            fdate = fdate + D(days=int(rng.integers(2, 5)))
            t2 = t2 + D(hours=float(rng.uniform(1, 30)))
            self.ev(c, t2, "tp_weather_check", action="go", forecast_wind_kmh=round(float(rng.uniform(5, 20)), 1),
                    flight_date=str(fdate), **base)
        p_dep = {"ctrip": 0.50, "walk_in": 0.95, "hotel_concierge": 0.80}.get(c["acquisition_channel"], 0.74)
        if c["segment"] == "corporate_team":
            p_dep -= 0.08
        if variant == "refund_badge":
            p_dep += 0.2
        if rng.random() > p_dep:
            return
        t3 = t2 + D(minutes=float(rng.uniform(5, 300)))
        dep_amt = dep * pax
        paid = False
        for attempt in range(3):
            bug = DEPOSIT_BUG[0] <= t3 < DEPOSIT_BUG[1] and c["device"] == "android"
            fail = rng.random() < (0.46 if bug else 0.03)
            row = self.ev(c, t3, "tp_deposit", action="fail" if fail else "success", amount=dep_amt, currency=cur,
                          pay_method=rng.choice(["wechat_pay", "alipay", "card"], p=[.55, .35, .10])
                          if cur == "CNY" else rng.choice(["card", "esewa", "cash"], p=[.6, .25, .15]),
                          fail_reason=("pay_sdk_timeout" if bug else "card_declined") if fail else "", pax=pax,
                          **base)
            if row is None:
                return
            if not fail:
                paid = True
                self.order(c, t3, dep_amt, site, "deposit", booking_id=bid, pax=pax)
                dep_order = self.orders[-1] if self.orders and self.orders[-1].get("booking_id") == bid else None
                break
            if fail and attempt == 0 and bug and rng.random() < 0.5:
                self.fb(c, t3 + D(hours=1), "tp_deposit", "ticket", ["deposit_fail"], site, booking_id=bid)
            if rng.random() < 0.55:
                return
            t3 = t3 + D(minutes=float(rng.uniform(3, 120)))
        if not paid:
            return
        # pickup for concierge customers and some others
        fly_day = datetime(fdate.year, fdate.month, fdate.day)
        if fly_day < t3:
            fly_day = datetime(t3.year, t3.month, t3.day) + D(days=1)
        reschedules = 0
        while True:
            if c["acquisition_channel"] == "hotel_concierge" or rng.random() < 0.25:
                tp_ = day_time(fly_day, 7, 10)
                months = (tp_.year - 2025) * 12 + tp_.month - 1
                p_late = (0.02 + 0.026 * months) if site == "S1" else 0.03
                late = rng.random() < p_late
                self.ev(c, tp_, "tp_pickup", action="late" if late else "on_time",
                        delay_min=int(rng.integers(25, 70)) if late else int(rng.integers(0, 8)), **base)
                if late and rng.random() < 0.6:
                    self.ev(c, tp_ + D(hours=3), "tp_complaint", action="opened", complaint_type="shuttle_late",
                            **base)
                    self.fb(c, tp_ + D(hours=3), "tp_pickup", "ticket", ["shuttle"], site, booking_id=bid)
            cancel = rng.random() < day_cancel(site, fly_day)
            if not cancel and reschedules == 0 and rng.random() < 0.04:
                # customer-side reschedule
                tr = day_time(fly_day - D(days=1), 9, 20)
                old = fly_day
                fly_day = fly_day + D(days=int(rng.integers(2, 10)))
                self.ev(c, tr, "tp_reschedule", action="rescheduled", reschedule_reason="customer",
                        改期原因="客人原因", old_flight_date=str(old.date()), flight_date=str(fly_day.date()), **base)
                reschedules += 1
                continue
            if not cancel:
                break
            tc = day_time(fly_day, 7, 11)
            refund_p = 0.35 + (0.3 if c["lang"] == "en" else 0) + (0.2 if reschedules else 0)
            if rng.random() < refund_p:
                days = float(rng.gamma(2.0, 4.5 if c["booking_channel"] == "ctrip" else 1.2))
                tr = tc + D(days=days)
                self.ev(c, tr, "tp_weather_refund", action="refunded", refund_amount=dep_amt, currency=cur,
                        refund_days=round(days, 1), refund_reason="weather", 退款原因="天气", **base)
                if dep_order is not None and tr <= END:
                    dep_order["status"] = "refunded"
                    dep_order["refunded_at"] = tr.strftime("%Y-%m-%d %H:%M:%S")
                if days > 7 and rng.random() < 0.7:
                    self.ev(c, tr - D(days=3), "tp_complaint", action="opened", complaint_type="refund_slow", **base)
                    self.fb(c, tr - D(days=3), "tp_weather_refund", "ticket", ["refund_slow"], site, booking_id=bid)
                elif rng.random() < 0.25:
                    self.fb(c, tc + D(hours=2), "tp_weather_refund",
                            "xiaohongshu" if c["lang"] == "zh" else "google_review", ["weather_cancel"], site,
                            rating=None if c["lang"] == "zh" else 2, keep_ts=rng.random() < 0.5,
                            with_customer=rng.random() < 0.5)
                return
            new_day = fly_day + D(days=int(rng.integers(1, 6)))
            self.ev(c, tc, "tp_reschedule", action="rescheduled", reschedule_reason="weather", 改期原因="天气",
                    old_flight_date=str(fly_day.date()), flight_date=str(new_day.date()), **base)
            if rng.random() < 0.15:
                self.fb(c, tc + D(hours=1), "tp_reschedule", "ticket", ["weather_cancel"], site, booking_id=bid)
            fly_day = new_day
            reschedules += 1
            if reschedules >= 3:
                return
        # flight
        tf = day_time(fly_day, 9, 17)
        pilot = PILOTS[site][int(rng.integers(0, len(PILOTS[site])))]
        product = "high_altitude" if rng.random() < 0.3 else "standard"
        r = self.ev(c, tf, "tp_flight", action="flown", pilot_id=pilot[0], pilot_name=pilot[1],
                    pilot_name_en=pilot[2], product=product, 产品="高空长线" if product == "high_altitude" else "标准带飞",
                    flight_minutes=int(rng.integers(22, 40) if product == "high_altitude" else rng.integers(10, 20)),
                    takeoff_alt_m={"S1": 2650, "S2": 620, "S3": 980, "S4": 1590}[site], pax=pax, **base)
        if r is None:
            return
        bal = (price * (1.25 if product == "high_altitude" else 1.0)) * pax - dep_amt
        self.order(c, tf + D(minutes=30), round(bal, 2), site, "balance", booking_id=bid, pax=pax)
        # photo package
        if site == "S4":
            p_photo, ph_price = 0.50, 4500
        elif tf >= PHOTO_PRICE_UP:
            p_photo, ph_price = 0.34, 299
        else:
            p_photo, ph_price = 0.56, 199
        bought = rng.random() < p_photo
        if bought:
            tph = tf + D(minutes=float(rng.uniform(20, 90)))
            self.ev(c, tph, "tp_photo", action="purchase", amount=ph_price, currency=cur, **base)
            self.order(c, tph, ph_price, site, "photo_package", booking_id=bid, pax=1)
        # review / survey
        if rng.random() < 0.38:
            tpcs = []
            good = 4.2 if pilot[0] == STAR_PILOT else 3.9
            if rng.random() < 0.45:
                tpcs.append("view")
            if rng.random() < (0.55 if pilot[0] == STAR_PILOT else 0.22):
                tpcs.append("pilot_praise")
            if rng.random() < 0.06:
                tpcs.append("airsick")
            if bought and ph_price == 299 and rng.random() < 0.35:
                tpcs.append("photo_price")
            neg = len([x for x in tpcs if x in NEG])
            pos = len([x for x in tpcs if x not in NEG])
            rating = int(np.clip(round(rng.normal(good + 0.4 * pos - 1.3 * neg, 0.7)), 1, 5))
            ch = "ctrip_review" if c["acquisition_channel"] == "ctrip" else (
                "google_review" if c["lang"] == "en" else "dianping")
            tr = tf + D(hours=float(rng.uniform(2, 72)))
            self.ev(c, tr, "tp_review", action="rate", stars=rating, **base)
            self.fb(c, tr, "tp_photo" if "photo_price" in tpcs else "tp_flight", ch, tpcs, site, rating=rating,
                    booking_id=bid, pilot=pilot, keep_ts=not (ch == "dianping" and rng.random() < 0.12))
        elif rng.random() < 0.2:
            tpcs = ["view"] if rng.random() < 0.5 else []
            nps = int(np.clip(round(rng.normal(8.3 if tpcs else 7.2, 1.6)), 0, 10))
            self.fb(c, tf + D(days=1), "tp_flight", "survey", tpcs, site, nps=nps, booking_id=bid, pilot=pilot)
        if rng.random() < 0.05 and c["lang"] == "zh":
            self.fb(c, tf + D(days=2), "tp_flight", "xiaohongshu", ["view"], site, keep_ts=rng.random() < 0.5,
                    with_customer=False)
        return tf

    # ------------------------------------------------------------------ course
    def course(self, c, t0, site):
        zh, en, city, country, cur, price, dep, cprice, _ = SITES[site]
        base = dict(channel=c["booking_channel"], site_id=site, site=zh, site_en=en)
        self.ev(c, t0, "tp_course_enquiry", action="enquire", course="P1", **base)
        p_trial = {"student": 0.62, "corporate_team": 0.35}.get(c["segment"], 0.48)
        if rng.random() > p_trial:
            return
        t1 = t0 + D(days=float(rng.uniform(1, 20)))
        trial_fee = 980 if cur == "CNY" else 12000
        self.ev(c, t1, "tp_trial_day", action="attended", amount=trial_fee, currency=cur, **base)
        self.order(c, t1, trial_fee, site, "trial_day")
        if rng.random() > 0.66:
            return
        t2 = t1 + D(days=float(rng.uniform(1, 14)))
        rejected = rng.random() < (0.28 if cur == "CNY" else 0.08)
        self.ev(c, t2, "tp_medical", action="rejected" if rejected else "accepted", **base)
        if rejected:
            if rng.random() < 0.5:
                self.fb(c, t2 + D(hours=5), "tp_medical", "ticket", ["medical"], site)
            if rng.random() < 0.4:
                return
            t2 = t2 + D(days=float(rng.uniform(2, 10)))
            self.ev(c, t2, "tp_medical", action="accepted", **base)
        p_pay = {"student": 0.78, "corporate_team": 0.40}.get(c["segment"], 0.60)
        if rng.random() > p_pay:
            return
        t3 = t2 + D(days=float(rng.uniform(1, 10)))
        fee = cprice * (0.8 if c["segment"] == "student" else 1.0)
        self.ev(c, t3, "tp_course_pay", action="success", amount=fee, currency=cur,
                student_discount=c["segment"] == "student", **base)
        self.order(c, t3, fee, site, "course_fee")
        if rng.random() > 0.82:
            return
        t4 = t3 + D(days=float(rng.uniform(20, 75)))
        self.ev(c, t4, "tp_solo_cert", action="certified", solo_flights=int(rng.integers(15, 40)), **base)
        if rng.random() < 0.3:
            self.fb(c, t4 + D(days=1), "tp_solo_cert", "survey", ["pilot_praise"] if rng.random() < 0.5 else [],
                    site, nps=int(np.clip(round(rng.normal(8.8, 1.2)), 0, 10)))

    def run(self):
        for i in range(1, N_CUST + 1):
            c = self.customer(i)
            site = c["home_site"]
            t0 = self.start_time(site)
            c["signup_at"] = t0
            p_course = {"student": 0.30, "corporate_team": 0.05}.get(c["segment"], 0.12)
            if rng.random() < p_course:
                self.course(c, t0, site)
            else:
                tf = self.tandem(c, t0, site)
                if tf is not None and rng.random() < 0.18:
                    t1 = tf + D(days=float(rng.uniform(30, 200)))
                    if t1 < END:
                        self.tandem(c, t1, site if rng.random() < 0.7 else rng.choice(list(SITES)))
                if tf is not None and rng.random() < 0.05:
                    t1 = tf + D(days=float(rng.uniform(3, 60)))
                    if t1 < END:
                        self.course(c, t1, site)
            self.customers.append(c)


def dump(out, name, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    dump(out, "touchpoints", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e, kind=f,
                                   owner=o, aliases=al) for a, b, c_, d, e, f, o, al in TOUCHPOINTS])
    dump(out, "journeys", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                touchpoint_id=tp, window_days=w)
                           for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps)])
    first = {}
    for e in g.events:
        first.setdefault(e["customer_id"], e["ts"])
    cust = []
    for c in g.customers:
        seg = c["segment"]
        cust.append(dict(customer_id=c["customer_id"], signup_at=first.get(c["customer_id"], ""), segment=seg,
                         客群=SEGMENTS[seg][0], region="Nepal" if c["home_site"] == "S4" else "China",
                         acquisition_channel=c["acquisition_channel"], 获客渠道=ACQ[c["acquisition_channel"]][0],
                         tier="corporate" if seg == "corporate_team" else "standard",
                         home_site=c["home_site"], home_site_name=SITES[c["home_site"]][0],
                         home_site_en=SITES[c["home_site"]][1], nationality=c["nationality"],
                         preferred_language=c["lang"], age_band=c["age_band"], group_size=c["group_size"]))
    dump(out, "customers", cust)
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dump(out, "events", g.events)
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    dump(out, "orders", g.orders)
    dump(out, "feedback", g.feedback)
    dump(out, "experiments", g.exps)
    dump(out / "_truth", "feedback_truth", g.truth)
    print(len(cust), "customers", len(g.events), "events", len(g.orders), "orders", len(g.feedback), "feedback",
          len(g.exps), "experiment rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
