"""琴匠到家 KeyNote Piano Care: a piano tuning and repair service marketplace in Shanghai 上海, Hangzhou 杭州,
Chengdu 成都 and Melbourne. Synthetic, written blind.

Customers book a home tuning visit in the app, the WeChat mini-program (China) or the web (Melbourne); the
platform assigns a freelance technician (调律师), who visits, tunes, and may quote a repair (报价 → 确认维修 →
维修完工). After a visit the app offers an annual maintenance plan (年度保养计划, two tunings a year) that
renews after a year. Reschedules (改约) and technician no-shows (师傅爽约 / 放鸽子) are logged.

Data 2025-01-01 .. 2026-06-30 (extract taken mid July 2026, five months before "today" 2026-12-01). Naive
local times (China UTC+8, Melbourne its own local time). Money: orders.amount is in the order's local
`currency` (CNY for the three Chinese cities, AUD for Melbourne); `amount_cny` converts at a fixed
1 AUD = 4.70 CNY for group reporting.

    python generate.py OUTDIR

Writes the DATA.md tables as CSV plus OUTDIR/_truth/feedback_truth.csv (topic per comment, not a DATA.md
table). Deterministic (seed 20260715), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260715
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
FX = 4.70                                                            # CNY per AUD
BUG = (datetime(2026, 3, 2), datetime(2026, 3, 15, 23, 59, 59))     # app Android booking-submit bug (v6.4.0)
PRICE_UP = datetime(2025, 9, 1)                                      # Shanghai upright tuning 380 -> 450 CNY
EXP = (datetime(2025, 4, 1), datetime(2025, 9, 30, 23, 59, 59))     # plan price display A/B
N_CUST = 7000

rng = np.random.default_rng(SEED)

TPS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_service_page", "调音服务页", "Tuning service page", "consideration", "app", "digital", "growth",
     "服务详情|调音页|选服务|service page|tuning page|landing page"),
    ("tp_booking_form", "填写预约", "Booking form", "purchase", "app", "digital", "growth",
     "预约单|提交预约|下预约|booking|book a tuning|booking request"),
    ("tp_booking_paid", "预约付款", "Booking payment", "purchase", "app", "digital", "growth",
     "付款|支付|下单成功|paid booking|payment|checkout"),
    ("tp_tech_assigned", "派单", "Technician assigned", "service", "other", "digital", "dispatch",
     "分配师傅|派师傅|接单|dispatch|technician assignment|job assigned"),
    ("tp_reschedule", "改约", "Reschedule", "service", "app", "digital", "dispatch",
     "改时间|改期|重新预约|reschedule|rebook|change time"),
    ("tp_visit", "上门调音", "Home tuning visit", "service", "store", "physical", "field_ops",
     "上门|调律|调琴|到访|visit|home visit|tuning visit|call-out"),
    ("tp_quote", "维修报价", "Repair quote", "service", "app", "digital", "field_ops",
     "报价|维修方案|估价|quote|repair estimate"),
    ("tp_repair_accept", "确认维修", "Repair accepted", "purchase", "app", "digital", "field_ops",
     "同意维修|接受报价|维修下单|quote accepted|repair go-ahead"),
    ("tp_repair_done", "维修完工", "Repair completed", "service", "store", "physical", "field_ops",
     "修好|完工|维修结束|repair done|job completed"),
    ("tp_review", "服务评价", "Service review", "loyalty", "app", "digital", "customer_service",
     "评价|打分|晒单|review|rating|feedback"),
    ("tp_plan_offer", "保养计划介绍", "Maintenance plan offer", "loyalty", "app", "digital", "membership",
     "年卡介绍|保养套餐页|plan page|care plan offer"),
    ("tp_plan_signup", "开通年度保养", "Maintenance plan sign-up", "loyalty", "app", "digital", "membership",
     "开年卡|买保养|办年卡|plan sign-up|care plan|subscribe"),
    ("tp_plan_renew", "保养续约", "Maintenance plan renewal", "loyalty", "app", "digital", "membership",
     "续年卡|续费|续约|plan renewal|renew"),
    ("tp_plan_cancel", "保养退订", "Maintenance plan cancellation", "loyalty", "app", "digital", "membership",
     "退年卡|取消保养|plan cancel|churn"),
    ("tp_cs_ticket", "客服工单", "CS ticket", "service", "phone", "digital", "customer_service",
     "客服|投诉|售后|工单|complaint|support ticket|customer service"),
]

JOURNEYS = [
    ("booking", "预约调音", "Tuning booking", ["tp_service_page", "tp_booking_form", "tp_booking_paid"], 7),
    ("visit_fulfilment", "上门履约", "Visit fulfilment",
     ["tp_booking_paid", "tp_tech_assigned", "tp_visit", "tp_review"], 30),
    ("repair_upsell", "维修加购", "Repair upsell", ["tp_visit", "tp_quote", "tp_repair_accept", "tp_repair_done"], 21),
    ("maintenance_plan", "年度保养", "Annual maintenance plan", ["tp_plan_offer", "tp_plan_signup", "tp_plan_renew"],
     400),
]

CITIES = [  # city, city_zh, country, currency, weight, districts
    ("Shanghai", "上海", "CN", "CNY", 0.36, ["浦东", "徐汇", "闵行", "静安", "长宁", "杨浦"]),
    ("Hangzhou", "杭州", "CN", "CNY", 0.22, ["西湖", "滨江", "余杭", "拱墅", "上城"]),
    ("Chengdu", "成都", "CN", "CNY", 0.26, ["武侯", "锦江", "高新", "青羊", "成华"]),
    ("Melbourne", "墨尔本", "AU", "AUD", 0.16, ["Box Hill", "Glen Waverley", "Carlton", "Doncaster", "St Kilda"]),
]
TECHS = {"Shanghai": 9, "Hangzhou": 6, "Chengdu": 6, "Melbourne": 4}
BRANDS_CN = (["珠江 Pearl River", "雅马哈 Yamaha", "卡瓦依 Kawai", "海伦 Hailun", "星海 Xinghai", "施坦威 Steinway"],
             [0.32, 0.26, 0.14, 0.12, 0.12, 0.04])
BRANDS_AU = (["Yamaha", "Kawai", "Beale", "Steinway", "Pearl River", "Bechstein"], [0.34, 0.2, 0.16, 0.06, 0.16, 0.08])
PRICE = {("CNY", "upright"): 380, ("CNY", "grand"): 680, ("AUD", "upright"): 180, ("AUD", "grand"): 260}
PLAN_PRICE = {"CNY": 680, "AUD": 320}
REPAIRS = [  # repair_type, zh, CNY range, AUD range, weight
    ("regulation", "整调击弦机", (600, 1500), (350, 800), 0.24),
    ("sticky_keys", "卡键/琴键回弹慢", (200, 600), (150, 350), 0.22),
    ("string_replacement", "换琴弦", (150, 900), (120, 450), 0.16),
    ("hammer_voicing", "音色整音", (400, 1200), (250, 600), 0.14),
    ("pedal_repair", "踏板维修", (150, 500), (120, 300), 0.14),
    ("pin_block", "弦轴松动处理", (1500, 4000), (900, 2200), 0.10),
]


def pick(xs, p=None):
    return xs[int(rng.choice(len(xs), p=p))]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rand_between(a: datetime, b: datetime) -> datetime:
    return a + D(seconds=float(rng.uniform(0, (b - a).total_seconds())))


def daytime(t: datetime) -> datetime:
    """move to a plausible daytime (9:00-20:00) on the same day."""
    return t.replace(hour=int(rng.integers(9, 20)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


def month_idx(t: datetime) -> int:
    return (t.year - 2025) * 12 + t.month   # 2025-01 -> 1 .. 2026-06 -> 18


def no_show_p(city: str, t: datetime) -> float:
    """growing complaint: technician no-shows in Chengdu from Oct 2025 (demand grew, technician pool did not)."""
    m = month_idx(t)
    if city == "Chengdu" and m >= 10:
        return min(0.04 + 0.022 * (m - 9), 0.24)
    return 0.03


# ---------------------------------------------------------------- feedback text
T = {
    # topic: (zh list, en list, sentiment, rating range)
    "no_show": ([
        "约好下午两点，师傅放鸽子了，打电话也不接，孩子白等一下午",
        "第二次被放鸽子了，改约也没人主动通知，太不靠谱",
        "调律师放鸽子，客服只会说再帮我改约，考级前急死了",
        "师傅临时放鸽子，APP上还显示已派单，体验很差",
        "预约了周六上午，师傅没来也没说一声，这已经是放鸽子第二回了",
    ], [
        "Technician was a no-show, waited all morning and nobody called",
        "Second no-show in a row. The app still said 'technician on the way'",
        "Booked for Saturday, tuner didn't turn up, total no-show and no apology",
        "No-show again, had to take a day off work for nothing",
    ], "negative", (1, 2)),
    "price_up": ([
        "调音从380涨到450，涨价也不提前说一声",
        "涨价了啊，立式琴调一次450，比以前贵不少",
        "这次涨价有点多，考虑找琴行的师傅了",
        "涨价涨得太快，去年才380",
    ], [
        "Price went up from 380 to 450 for an upright, bit steep",
        "Noticed the price increase, not happy about it",
    ], "negative", (2, 3)),
    "quote_expensive": ([
        "维修报价太贵了，换几根弦要九百",
        "师傅报价太贵，整调击弦机一千多，感觉被宰",
        "报价太贵，先不修了",
    ], [
        "Repair quote too expensive, declined it",
        "Quote too expensive for a regulation job, will get a second opinion",
        "Quote too expensive compared to what my old tuner charged",
        "Quote too expensive, $800 for regulation on a 20-year-old upright? No thanks",
    ], "negative", (2, 3)),
    "app_bug": ([
        "APP提交预约一直报地址解析失败，换了三个地址都不行",
        "安卓APP提交预约报错，说地址无法识别，最后只能打电话",
        "新版APP预约提交不了，一直转圈然后提示地址错误",
    ], [
        "App keeps saying address could not be located when I submit the booking",
        "Booking form error on Android, address not recognised, gave up",
    ], "negative", (1, 2)),
    "out_of_tune": ([
        "调完不到一个月又有几个音跑了",
        "音准没保持住，梅雨季一来又走音",
        "调完感觉中音区还是不太准",
    ], [
        "A few notes went out again within a month",
        "Tuning didn't hold very long, middle register drifting already",
    ], "negative", (2, 3)),
    "reschedule": ([
        "改约流程太麻烦，只能找客服",
        "想改个时间，APP里找不到改约入口",
    ], [
        "Rescheduling is a pain, had to call support",
        "Couldn't find how to change the time in the app",
    ], "negative", (2, 3)),
    "praise_tech": ([
        "师傅很专业，调得很准，还教了我怎么防潮",
        "调律师准时到，手法细致，琴声音明显好了",
        "师傅人很好，顺手把踏板的异响也弄好了",
        "非常满意，孩子说琴键手感好多了",
        "专业耐心，下次还约这位师傅",
    ], [
        "Excellent tuner, on time and very thorough",
        "Great job, the piano sounds lovely again",
        "Very professional, explained everything about humidity",
        "Friendly technician, fixed a sticky key at no extra charge",
    ], "positive", (4, 5)),
    "neutral": ([
        "调音还行，就是等派单等了两天",
        "整体一般，价格中规中矩",
        "服务还可以",
    ], [
        "It was fine, nothing special",
        "Okay service, took a couple of days to get a technician",
    ], "neutral", (3, 4)),
}


def text_for(topic, lang):
    zh, en, sent, rr = T[topic]
    return pick(zh if lang == "zh" else en), sent, rr


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers, events, orders, feedback, truth, exps = [], [], [], [], [], []
    n = {"ev": 0, "ord": 0, "fb": 0, "sess": 0}

    def ev(cid, t, tp, action, channel, device="", session="", **extra):
        n["ev"] += 1
        r = dict(event_id=f"EV{n['ev']:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp, action=action,
                 channel=channel, device=device, session_id=session)
        r.update(extra)
        events.append(r)

    def fb(cid, t, tp, channel, topic, lang, rating=None, nps=None, **extra):
        n["fb"] += 1
        txt, sent, rr = text_for(topic, lang)
        if rating is None and rr is not None and channel not in ("cs_ticket",):
            rating = int(rng.integers(rr[0], rr[1] + 1))
        fid = f"FB{n['fb']:06d}"
        feedback.append(dict(feedback_id=fid, text=txt, ts=fmt(t) if t else "", customer_id=cid or "",
                             touchpoint_id=tp or "", channel=channel, rating="" if rating is None else rating,
                             nps="" if nps is None else nps, language=lang, **extra))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))

    def order(cid, t, amount, currency, status, channel, device, **extra):
        n["ord"] += 1
        oid = f"KN{t:%y%m}{n['ord']:06d}"
        cny = round(amount * (FX if currency == "AUD" else 1.0), 2)
        orders.append(dict(order_id=oid, customer_id=cid, ts=fmt(t), amount=round(amount, 2), status=status,
                           channel=channel, device=device, currency=currency, amount_cny=cny, **extra))
        return oid

    for i in range(N_CUST):
        cid = f"K{i + 1:05d}"
        cty = CITIES[int(rng.choice(4, p=[c[4] for c in CITIES]))]
        city, city_zh, country, cur = cty[0], cty[1], cty[2], cty[3]
        # growing base: signups skew later
        if rng.random() < 0.2:      # customers from before 2025 (first booking in this extract in H1 2025)
            signup = daytime(rand_between(datetime(2023, 6, 1), datetime(2024, 12, 31)))
            first = daytime(rand_between(START, datetime(2025, 6, 30)))
        else:
            while True:   # summer grading-exam (考级) rush: July sign-ups ~2.6x
                signup = daytime(START + D(days=float((END - START).days * rng.uniform(0.0, 1.0) ** 0.8)))
                if rng.random() < (1.0 if signup.month == 7 else 1 / 2.6):
                    break
            first = signup
        ctype = pick(["household", "studio", "school"], [0.86, 0.10, 0.04])
        ptype = "grand" if rng.random() < (0.08 if ctype == "household" else 0.3) else "upright"
        brands = BRANDS_AU if country == "AU" else BRANDS_CN
        brand = pick(brands[0], brands[1])
        age = int(min(60, rng.gamma(2.0, 7.0))) + 1
        if country == "AU":
            acq = pick(["google_search", "referral_teacher", "facebook", "app_store", "piano_store_partner"],
                       [0.38, 0.24, 0.14, 0.14, 0.10])
            lang = "zh" if rng.random() < 0.3 else "en"
            chans, chp = ["app", "web"], [0.55, 0.45]
        else:
            acq = pick(["wechat_moments", "dianping", "xiaohongshu", "referral_teacher", "piano_store_partner",
                        "app_store"], [0.22, 0.24, 0.18, 0.18, 0.1, 0.08])
            lang = "zh" if rng.random() < 0.97 else "en"
            chans, chp = ["app", "mini_program"], [0.45, 0.55]
        dev_pref = pick(["ios", "android"], [0.55, 0.45] if country == "AU" or city == "Shanghai" else [0.42, 0.58])
        cust = dict(customer_id=cid, signup_at=fmt(signup), segment="", region=city, city=city, city_zh=city_zh,
                    country=country, district=pick(cty[5]), acquisition_channel=acq, tier="standard",
                    customer_type=ctype, piano_type=ptype, piano_brand=brand, piano_age_years=age,
                    preferred_language=lang)
        customers.append(cust)

        base = dict(city=city, piano_type=ptype)
        t = first
        n_paid = 0
        plan_member = False
        ever_at_risk = False
        intents = 0
        while t < END and intents < 5:
            intents += 1
            chan = pick(chans, chp)
            dev = "pc" if chan == "web" and rng.random() < 0.6 else dev_pref
            n["sess"] += 1
            sess = f"S{n['sess']:07d}"
            app_ver = ("6.4.0" if BUG[0] <= t <= BUG[1] + D(days=20) else ("6.3.2" if t < BUG[0] else "6.4.1")) \
                if chan == "app" else ""
            ev(cid, t, "tp_service_page", "view", chan, dev, sess, app_version=app_ver, **base)
            if rng.random() > 0.56:
                t = t + D(days=float(rng.uniform(30, 200)))
                continue
            tf = t + D(minutes=float(rng.uniform(2, 60 * 24 * (0.2 if rng.random() < 0.8 else 4))))
            bug = chan == "app" and dev == "android" and country == "CN" and BUG[0] <= tf <= BUG[1]
            if bug and rng.random() < 0.72:
                ev(cid, tf, "tp_booking_form", "fail", chan, dev, sess, app_version=app_ver,
                   error_code="ADDR_GEOCODE_FAIL", **base)
                if rng.random() < 0.25:
                    fb(cid, tf + D(minutes=20), "tp_booking_form", "app_review", "app_bug", lang, city=city,
                       app_version=app_ver)
                if rng.random() < 0.8:          # most give up
                    t = tf + D(days=float(rng.uniform(40, 200)))
                    continue
                tf = tf + D(minutes=float(rng.uniform(5, 300)))
                ev(cid, tf, "tp_booking_form", "submit", "phone", dev, sess, **base)
                chan = "phone"
            else:
                ev(cid, tf, "tp_booking_form", "submit", chan, dev, sess, app_version=app_ver, **base)
            price = PRICE[(cur, ptype)]
            if city == "Shanghai" and ptype == "upright" and tf >= PRICE_UP:
                price = 450
            p_pay = 0.86
            if city == "Shanghai" and ptype == "upright" and tf >= PRICE_UP:
                p_pay = 0.6
            if country == "AU":
                p_pay = 0.84
            if rng.random() > p_pay:
                if price == 450 and rng.random() < 0.12:
                    fb(cid, tf + D(hours=2), "tp_booking_paid", "app_review", "price_up", lang, city=city)
                t = tf + D(days=float(rng.uniform(30, 200)))
                continue
            tp_ = tf + D(minutes=float(rng.uniform(1, 30 if rng.random() < 0.85 else 60 * 30)))
            coupon = "NEW50" if n_paid == 0 and country == "CN" and rng.random() < 0.3 else ""
            amt = price - (50 if coupon else 0)
            pay_m = pick(["wechat_pay", "alipay"], [0.7, 0.3]) if country == "CN" else \
                pick(["card", "apple_pay", "paypal"], [0.55, 0.3, 0.15])
            ev(cid, tp_, "tp_booking_paid", "success", chan, dev, sess, amount=amt, currency=cur, **base)
            if price == 450 and rng.random() < 0.06:
                fb(cid, tp_ + D(hours=1), "tp_booking_paid", "app_review", "price_up", lang, city=city)
            # customer cancels before visit
            if rng.random() < 0.05:
                oid = order(cid, tp_, amt, cur, "cancelled", chan, dev, order_type="tuning", service_sku=
                            f"TUNE-{ptype.upper()}", city=city, country=country, payment_method=pay_m,
                            coupon_code=coupon, technician_id="")
                t = tp_ + D(days=float(rng.uniform(60, 220)))
                continue
            # dispatch
            ncity = TECHS[city]
            tech = f"T-{city[:3].upper()}-{int(rng.integers(1, ncity + 1)):02d}"
            delay_h = rng.uniform(0.5, 30) if city != "Chengdu" or tp_ < datetime(2025, 10, 1) else rng.uniform(4, 70)
            ta = tp_ + D(hours=float(delay_h))
            ev(cid, ta, "tp_tech_assigned", "assigned", "dispatch", "", "", technician_id=tech,
               hours_to_assign=round(float(delay_h), 1), **base)
            visit = daytime(ta + D(days=float(rng.uniform(1, 8))))
            if rng.random() < 0.1:   # customer-side reschedule
                ev(cid, visit - D(days=1, hours=3), "tp_reschedule", "reschedule", chan, dev, "",
                   reschedule_reason=pick(["customer_request", "kid_schedule", "customer_travel"]),
                   technician_id=tech, **base)
                if rng.random() < 0.15:
                    fb(cid, visit - D(days=1), "tp_reschedule", "cs_ticket", "reschedule", lang, city=city)
                    ev(cid, visit - D(days=1), "tp_cs_ticket", "open", "phone", "", "", ticket_reason="reschedule_help",
                       **base)
                visit = daytime(visit + D(days=float(rng.uniform(2, 9))))
            status = "paid"
            ns_count = 0
            while rng.random() < no_show_p(city, visit) * (2.4 if tech == "T-CHE-03" else 1.0) and ns_count < 2:
                ns_count += 1
                ev(cid, visit, "tp_visit", "tech_no_show", "field", "", "", technician_id=tech,
                   visit_outcome="technician_no_show", **base)
                ev(cid, visit + D(hours=3), "tp_reschedule", "reschedule", "phone", "", "",
                   reschedule_reason="tech_no_show", technician_id=tech, **base)
                r = rng.random()
                if r < 0.45:
                    ch_ = "cs_ticket"
                elif r < 0.75:
                    ch_ = "app_review" if country == "CN" or rng.random() < 0.5 else "google_review"
                else:
                    ch_ = ""
                if ch_:
                    fb(cid, visit + D(hours=4), "tp_visit", ch_, "no_show", lang, city=city, technician_id=tech)
                if ch_ == "cs_ticket":      # every ticket event has its ticket text in feedback (channel cs_ticket)
                    ev(cid, visit + D(hours=5), "tp_cs_ticket", "open", "phone", "", "", ticket_reason="tech_no_show",
                       **base)
                visit = daytime(visit + D(days=float(rng.uniform(1, 6))))
                ever_at_risk = True
            if ns_count and rng.random() < 0.35:
                status = "refunded"
            oid = order(cid, tp_, amt, cur, status, chan, dev, order_type="tuning", service_sku=f"TUNE-{ptype.upper()}",
                        city=city, country=country, payment_method=pay_m, coupon_code=coupon, technician_id=tech)
            if status == "refunded":
                t = visit + D(days=float(rng.uniform(60, 250)))
                continue
            n_paid += 1
            if rng.random() < 0.02:
                ev(cid, visit, "tp_visit", "customer_absent", "field", "", "", technician_id=tech,
                   visit_outcome="customer_not_home", **base)
                visit = daytime(visit + D(days=float(rng.uniform(1, 5))))
            dur = int(rng.integers(60, 110 if ptype == "upright" else 150))
            humid = 75 + int(rng.integers(0, 20)) if visit.month in (6, 7) and country == "CN" else \
                45 + int(rng.integers(0, 25))
            ev(cid, visit, "tp_visit", "completed", "field", "", "", technician_id=tech, visit_outcome="completed",
               duration_min=dur, pitch_raise=("yes" if age > 15 and rng.random() < 0.35 else "no"),
               room_humidity_pct=humid, order_id=oid, **base)
            # review
            if rng.random() < 0.42:
                tr = visit + D(hours=float(rng.uniform(1, 72)))
                ev(cid, tr, "tp_review", "submit", chan if chan != "phone" else "app", dev, "", technician_id=tech,
                   **base)
                topic = pick(["praise_tech", "neutral", "out_of_tune"], [0.7, 0.2, 0.1])
                if ns_count:
                    topic = pick(["no_show", "neutral", "praise_tech"], [0.5, 0.3, 0.2])
                rev_ch = "google_review" if country == "AU" and rng.random() < 0.3 else \
                    ("mini_program_review" if chan == "mini_program" else "app_review")
                fb(cid, tr, "tp_review", rev_ch, topic, lang, city=city, technician_id=tech, order_id=oid)
            # post-visit survey with NPS
            if rng.random() < 0.18:
                ts_ = visit + D(days=float(rng.uniform(1, 5)))
                if ns_count:
                    topic, sc = "no_show", int(rng.integers(0, 6))
                else:
                    topic = pick(["praise_tech", "neutral", "out_of_tune"], [0.62, 0.26, 0.12])
                    sc = {"praise_tech": int(rng.integers(8, 11)), "neutral": int(rng.integers(6, 9)),
                          "out_of_tune": int(rng.integers(2, 7))}[topic]
                fb(cid, ts_, "tp_visit", "post_visit_survey", topic, lang, nps=sc, city=city, technician_id=tech)
            # repair upsell
            p_quote = 0.28 + (0.25 if age > 25 else 0) + (0.08 if visit.month in (6, 7) and country == "CN" else 0)
            if rng.random() < p_quote:
                tq = visit + D(minutes=float(rng.uniform(20, 60 * 30)))
                rp = REPAIRS[int(rng.choice(len(REPAIRS), p=[r[4] for r in REPAIRS]))]
                if visit.month in (6, 7) and country == "CN" and rng.random() < 0.35:
                    rp = REPAIRS[1]
                lo, hi = rp[2] if cur == "CNY" else rp[3]
                qamt = float(round(rng.uniform(lo, hi) / 10) * 10)
                ev(cid, tq, "tp_quote", "issued", "app", dev, "", technician_id=tech, repair_type=rp[0],
                   repair_type_zh=rp[1], quote_amount=qamt, currency=cur, **base)
                p_acc = 0.24 if country == "AU" else 0.56
                if rng.random() < p_acc:
                    tacc = tq + D(hours=float(rng.uniform(1, 24 * 6)))
                    ev(cid, tacc, "tp_repair_accept", "accept", "app", dev, "", technician_id=tech, repair_type=rp[0],
                       quote_amount=qamt, currency=cur, **base)
                    rstat = "paid"
                    if rng.random() < 0.94:
                        tdone = daytime(tacc + D(days=float(rng.uniform(2, 12))))
                        ev(cid, tdone, "tp_repair_done", "completed", "field", "", "", technician_id=tech,
                           repair_type=rp[0], **base)
                    else:
                        rstat = "cancelled"
                    order(cid, tacc, qamt, cur, rstat, "app", dev, order_type="repair", service_sku=
                          f"REPAIR-{rp[0].upper()}", city=city, country=country, payment_method=pay_m,
                          coupon_code="", technician_id=tech, repair_type=rp[0])
                else:
                    if rng.random() < 0.2:
                        fb(cid, tq + D(hours=5), "tp_quote", "app_review" if country == "CN" else
                           pick(["app_review", "google_review"]), "quote_expensive", lang, city=city,
                           technician_id=tech)
            # maintenance plan offer
            if not plan_member and rng.random() < 0.55:
                to = visit + D(hours=float(rng.uniform(2, 72)))
                variant = None
                if EXP[0] <= to <= EXP[1]:
                    variant = "control" if rng.random() < 0.5 else "monthly_price"
                    exps.append(dict(experiment_id="plan_price_display_2025", variant=variant, customer_id=cid,
                                     assigned_at=fmt(to), placement="tp_plan_offer"))
                    if any(x["customer_id"] == cid and x["experiment_id"] == "plan_price_display_2025"
                           for x in exps[:-1]):
                        exps.pop()
                        variant = next(x["variant"] for x in exps if x["customer_id"] == cid)
                ev(cid, to, "tp_plan_offer", "view", "app" if chan != "web" else "web", dev, "",
                   display=("monthly" if variant == "monthly_price" else "annual"), **base)
                p_sign = {None: 0.14, "control": 0.11, "monthly_price": 0.21}[variant]
                if rng.random() < p_sign:
                    ts_ = to + D(minutes=float(rng.uniform(3, 60 * 24 * 5)))
                    plan_member = True
                    ev(cid, ts_, "tp_plan_signup", "success", "app" if chan != "web" else "web", dev, "",
                       plan="annual_2_tunings", billing=("monthly" if variant == "monthly_price" else "annual"),
                       **base)
                    order(cid, ts_, PLAN_PRICE[cur], cur, "paid", "app", dev, order_type="plan",
                          service_sku="PLAN-ANNUAL", city=city, country=country, payment_method=pay_m, coupon_code="",
                          technician_id="")
                    p_cancel = 0.26 if variant == "monthly_price" else 0.07
                    if rng.random() < p_cancel:
                        ev(cid, ts_ + D(days=float(rng.uniform(30, 200))), "tp_plan_cancel", "cancel", "app", dev, "",
                           cancel_reason=pick(["not_using", "too_expensive", "moving", "tech_no_show"],
                                              [0.4, 0.3, 0.15, 0.15] if city != "Chengdu" else
                                              [0.25, 0.2, 0.1, 0.45]), **base)
                    elif rng.random() < 0.62:
                        tren = ts_ + D(days=float(rng.uniform(345, 372)))
                        ev(cid, tren, "tp_plan_renew", "success", "app", dev, "", plan="annual_2_tunings", **base)
                        if tren <= END:
                            order(cid, tren, PLAN_PRICE[cur], cur, "paid", "app", dev, order_type="plan",
                                  service_sku="PLAN-ANNUAL", city=city, country=country, payment_method=pay_m,
                                  coupon_code="", technician_id="")
            t = visit + D(days=float(rng.uniform(90, 300)))
        seg = "new" if n_paid == 0 else ("at_risk" if ever_at_risk else ("vip" if n_paid >= 3 or plan_member
                                                                          else "returning"))
        cust["segment"] = seg
        cust["tier"] = "plan_member" if plan_member else "standard"

    # undated public posts (dianping / xiaohongshu / google) without customer
    for _ in range(170):
        cty = CITIES[int(rng.choice(4, p=[c[4] for c in CITIES]))]
        topic = pick(["praise_tech", "no_show", "quote_expensive", "price_up", "neutral"],
                     [0.45, 0.2, 0.15, 0.1, 0.1])
        if cty[0] == "Melbourne":
            lang, ch = ("en" if rng.random() < 0.8 else "zh"), "google_review"
            if topic == "price_up":
                topic = "neutral"
        else:
            lang, ch = "zh", pick(["dianping", "xiaohongshu"])
        fb(None, None, None, ch, topic, lang, city=cty[0])

    end_s = fmt(END)
    events = [r for r in events if r["ts"] <= end_s]
    feedback = [r for r in feedback if not r["ts"] or r["ts"] <= end_s]
    keep = {r["feedback_id"] for r in feedback}
    truth = [r for r in truth if r["feedback_id"] in keep]
    orders = [r for r in orders if r["ts"] <= end_s]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["ts"])
    exps.sort(key=lambda r: r["assigned_at"])

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TPS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, w in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=w))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "region", "city", "city_zh",
                                             "country", "district", "acquisition_channel", "tier", "customer_type",
                                             "piano_type", "piano_brand", "piano_age_years", "preferred_language"])
    write(out / "events.csv", events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device",
                                       "session_id", "city", "piano_type", "app_version", "error_code", "amount",
                                       "currency", "technician_id", "hours_to_assign", "reschedule_reason",
                                       "visit_outcome", "duration_min", "pitch_raise", "room_humidity_pct", "order_id",
                                       "repair_type", "repair_type_zh", "quote_amount", "display", "plan", "billing",
                                       "cancel_reason", "ticket_reason"])
    write(out / "orders.csv", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                       "currency", "amount_cny", "order_type", "service_sku", "city", "country",
                                       "payment_method", "coupon_code", "technician_id", "repair_type"])
    write(out / "feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "nps", "language", "city", "technician_id", "order_id",
                                           "app_version"])
    write(out / "experiments.csv", exps, ["experiment_id", "variant", "customer_id", "assigned_at", "placement"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print({"customers": len(customers), "events": len(events), "orders": len(orders), "feedback": len(feedback),
           "experiments": len(exps)})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
