"""好帮手家政 HandyHome: on-demand housekeeping (hourly cleaning, deep clean, nanny, appliance cleaning) in seven
Chinese cities, 2024-06-01 .. 2026-08-31.

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

SEED = 20240601
START = datetime(2024, 6, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
N = 5000
D = timedelta

CITIES = ["上海", "北京", "深圳", "广州", "杭州", "南京", "成都"]
CITY_W = [0.24, 0.2, 0.15, 0.13, 0.11, 0.09, 0.08]
CODE = {"上海": "SH", "北京": "BJ", "深圳": "SZ", "广州": "GZ", "杭州": "HZ", "南京": "NJ", "成都": "CD"}
REGION = {"上海": "华东", "杭州": "华东", "南京": "华东", "北京": "华北", "深圳": "华南", "广州": "华南", "成都": "西南"}
PRICE_F = {"上海": 1.15, "北京": 1.15, "深圳": 1.1}
BAD_TEAM = "GZ-T2"            # the cleaner team with ~3.5x the complaints
STAR_AYI = "SH-A004"          # a full-time ayi with a much larger workload
HH = ["young_couple", "family_with_kids", "elderly", "single_professional"]
HH_ZH = {"young_couple": "年轻夫妻", "family_with_kids": "有娃家庭", "elderly": "老人家庭", "single_professional": "单身白领"}
HH_W = [0.27, 0.36, 0.15, 0.22]
SERVICES = ["hourly_cleaning", "deep_clean", "nanny", "appliance_cleaning"]
SVC_W = {"young_couple": [0.5, 0.25, 0.02, 0.23], "family_with_kids": [0.38, 0.22, 0.2, 0.2],
         "elderly": [0.55, 0.2, 0.05, 0.2], "single_professional": [0.6, 0.2, 0.0, 0.2]}
ACQ = ["douyin", "xiaohongshu", "meituan", "wechat_mini_program", "referral", "baidu_search", "offline_flyer"]
ACQ_W = [0.27, 0.18, 0.16, 0.14, 0.12, 0.08, 0.05]
LEVELS = ["none", "silver", "gold"]
LEVEL_W = [0.6, 0.28, 0.12]

TOUCHPOINTS = [
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "广告|抖音广告|小红书种草|信息流|ad|ads|campaign|ad click"),
    ("tp_open_app", "打开App", "Open app", "consideration", "app", "digital", "product",
     "打开App|打开小程序|进入首页|启动|open app|app open|launch|visit|home page"),
    ("tp_choose_service", "选择服务", "Choose service", "consideration", "app", "digital", "product",
     "选服务|选择服务|选服务项目|看服务|choose service|select service|service selection|pick a service"),
    ("tp_pick_slot", "选择上门时间", "Pick time slot", "purchase", "app", "digital", "product",
     "选时间|预约时间|选时段|约时间|pick time slot|time slot|choose slot|book a slot|schedule"),
    ("tp_pay", "支付订单", "Pay", "purchase", "app", "digital", "payments",
     "支付|付款|下单支付|付钱|买单|pay|payment|checkout|paid"),
    ("tp_order_cancelled", "取消订单", "Order cancelled", "service", "app", "digital", "customer_service",
     "取消|取消订单|退单|不约了|cancel|cancellation|cancelled order"),
    ("tp_cleaner_arrived", "阿姨上门", "Cleaner arrived", "service", "store", "physical", "operations",
     "上门|阿姨到了|到达|迟到|准时|保洁员到达|cleaner arrived|arrival|ayi arrived|late arrival|on time"),
    ("tp_service_done", "服务完成", "Service done", "service", "store", "physical", "operations",
     "服务完成|完工|做完|打扫完|保洁完成|service done|service completed|job done|finished|completed"),
    ("tp_rate", "订单评价", "Rate the service", "loyalty", "app", "digital", "quality",
     "评价|打分|评分|晒单|rate|rating|review|leave a review|stars"),
    ("tp_trial_clean", "体验保洁", "Trial clean", "consideration", "store", "physical", "membership",
     "体验保洁|体验课|体验价|首次体验|99元体验|trial clean|trial|trial visit|first trial"),
    ("tp_subscribe", "订阅包月", "Subscribe monthly plan", "purchase", "app", "digital", "membership",
     "包月|订阅|开通包月|月卡|买套餐|subscribe|subscription|monthly plan|plan purchase"),
    ("tp_renew", "续订包月", "Renew plan", "loyalty", "app", "digital", "membership",
     "续订|续费|续包月|续卡|renew|renewal|plan renewal|renewed"),
    ("tp_complaint", "提交投诉", "Complaint filed", "service", "app", "digital", "customer_service",
     "投诉|客诉|提投诉|差评投诉|complaint|complain|file a complaint|complaint filed"),
    ("tp_reclean", "安排返工", "Re-clean arranged", "service", "store", "physical", "operations",
     "返工|重新打扫|重做|补扫|二次上门|re-clean|reclean|redo|second visit|rework"),
    ("tp_refund", "退款到账", "Refund issued", "service", "app", "digital", "payments",
     "退款|退钱|退款到账|赔付|refund|refunded|refund issued|money back"),
]
JOURNEYS = [
    ("first_order", "首单旅程", "First order", 14,
     ["tp_open_app", "tp_choose_service", "tp_pick_slot", "tp_pay", "tp_cleaner_arrived", "tp_service_done",
      "tp_rate"]),
    ("subscription", "包月订阅", "Subscription", 45, ["tp_trial_clean", "tp_subscribe", "tp_renew"]),
    ("complaint", "投诉处理", "Complaint handling", 30, ["tp_complaint", "tp_reclean", "tp_refund"]),
]

ZH = {
    "late": ["阿姨迟到了半个多小时，也没提前打电话", "约的九点，十点才到，周末就这样", "保洁阿姨又迟到了，耽误我出门",
             "上门时间一直拖，迟到太严重", "师傅迟到四十分钟，等得很烦"],
    "broken": ["擦窗的时候把花瓶打碎了", "阿姨把我的扫地机器人弄坏了", "油烟机清洗完漏油，零件装坏了",
               "打碎了一个杯子，说好赔偿到现在没消息", "空调清洗后滴水，外壳被弄坏了"],
    "missed": ["床底下和角落都没打扫，敷衍", "卫生间死角没清干净", "深度保洁还是有很多地方没擦到",
               "猫毛到处都是，根本没清干净", "厨房台面还是油乎乎的，边角都没擦"],
    "great": ["阿姨特别细心，家里焕然一新", "王阿姨人很好，干活麻利，下次还约她", "保洁阿姨很专业，连窗槽都擦了",
              "非常满意，阿姨手脚勤快", "育儿嫂很有经验，宝宝很喜欢她"],
    "price": ["价格有点贵，一小时五十多", "深度保洁太贵了，比别家贵不少", "包月价格太高，性价比一般",
              "收费偏贵，还要另收材料费"],
    "cancel_fee": ["临时取消被扣了30块取消费，不合理", "改个时间也要收取消费？", "取消订单还收违约金，太坑了"],
    "neutral": ["还可以，按时做完了", "一般般，中规中矩", "正常保洁，没什么问题"],
    "app": ["小程序下单挺方便的", "App选时段的页面有点卡", "预约流程简单"],
}
EN = {
    "late": ["The cleaner was 40 minutes late and never called", "Ayi showed up late again, on a Saturday of course",
             "Late arrival, I had to wait almost an hour"],
    "broken": ["She broke a vase while cleaning the windows", "My robot vacuum got damaged during the clean",
               "AC unit was damaged after the appliance cleaning"],
    "missed": ["Missed corners everywhere, under the bed not touched", "Bathroom corners were not cleaned at all",
               "Pet hair all over the sofa, not cleaned properly", "Deep clean missed half the kitchen"],
    "great": ["Great ayi, super careful and friendly", "Our ayi was fantastic, the flat looks brand new",
              "Very professional cleaner, will book her again", "The nanny was wonderful with our baby"],
    "price": ["Too expensive for two hours of cleaning", "Price too high compared to other apps",
              "The monthly plan is overpriced"],
    "cancel_fee": ["Charged a cancellation fee for rescheduling a day ahead, not fair",
                   "Why is there a cancellation fee at all?"],
    "neutral": ["It was fine, nothing special", "OK clean, average"],
    "app": ["Booking in the app is easy", "Time slot page in the app is slow"],
}
NEG = {"late", "broken", "missed", "price", "cancel_fee"}
POS = {"great"}
TOPIC_TP = {"late": "tp_cleaner_arrived", "broken": "tp_service_done", "missed": "tp_service_done",
            "great": "tp_service_done", "price": "tp_pay", "cancel_fee": "tp_order_cancelled",
            "neutral": "tp_service_done", "app": "tp_pick_slot"}


def is_summer(d: datetime) -> bool:
    return d.month in (6, 7, 8)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    counters = {"e": 0, "o": 0, "f": 0, "b": 0, "s": 0}

    def nid(kind, prefix, width):
        counters[kind] += 1
        return f"{prefix}{counters[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, session, **extra):
        if t > END:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=c["device"], channel=c["channel"], city=c["city"])
        row.update(extra)
        events.append(row)
        return True

    def order(c, t, booking, otype, svc, amount, status="paid", **extra):
        row = dict(order_id=nid("o", "HO", 6), customer_id=c["id"], ts=fmt(t), amount=round(float(amount), 2),
                   status=status, channel=c["channel"], device=c["device"], booking_id=booking, order_type=otype,
                   service_type=svc, city=c["city"], payment_method=c["pay"], currency="CNY")
        row.update(extra)
        orders.append(row)
        return row

    def comment(c, t, topic, channel, rating=None, dated=True, **extra):
        if t > END:
            return
        lang = c["lang"]
        texts = (EN if lang == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "FB", 6), text=str(rng.choice(texts)), ts=fmt(t) if dated else "",
                   customer_id=c["id"], touchpoint_id=TOPIC_TP[topic], channel=channel,
                   rating="" if rating is None else int(rating), language=lang, city=c["city"],
                   sentiment_label="neg" if topic in NEG else ("pos" if topic in POS else "neu"))
        row.update(extra)
        feedback.append(row)

    # ---------------- customers
    total_days = (END - START).days
    days = [START + D(days=k) for k in range(total_days - 30)]
    w = np.array([0.5 + 1.0 * k / total_days for k in range(len(days))])
    for k, d in enumerate(days):
        if (datetime(2025, 1, 20) <= d < datetime(2025, 2, 10)) or (datetime(2026, 2, 8) <= d < datetime(2026, 3, 1)):
            w[k] *= 0.5                                              # spring festival: ayis go home
        if d.month == 6:
            w[k] *= 1.3
    w = w / w.sum()
    customers = []
    for i in range(N):
        city = str(rng.choice(CITIES, p=CITY_W))
        hh = str(rng.choice(HH, p=HH_W))
        size = {"young_couple": rng.uniform(50, 105), "family_with_kids": rng.uniform(80, 170),
                "elderly": rng.uniform(60, 135), "single_professional": rng.uniform(30, 85)}[hh]
        pets = rng.random() < {"young_couple": 0.38, "family_with_kids": 0.25, "elderly": 0.2,
                               "single_professional": 0.36}[hh]
        level = str(rng.choice(LEVELS, p=LEVEL_W))
        acq = str(rng.choice(ACQ, p=ACQ_W))
        device = str(rng.choice(["ios", "android"], p=[0.52, 0.48]))
        channel = "mini_program" if acq in ("wechat_mini_program", "meituan") else "app"
        p_en = 0.16 if city in ("上海", "北京", "深圳") else 0.05
        t0 = days[int(rng.choice(len(days), p=w))] + D(minutes=float(rng.uniform(7 * 60, 23 * 60)))
        signup = max(START, t0 - D(hours=float(rng.exponential(40)))) if rng.random() < 0.55 else t0
        pay = str(rng.choice(["wechat_pay", "alipay"], p=[0.68, 0.32]))
        customers.append(dict(id=f"U{i + 1:05d}", city=city, hh=hh, size=int(round(size)), pets=pets, level=level,
                              acq=acq, device=device, channel=channel, lang="en" if rng.random() < p_en else "zh",
                              t0=t0, signup=signup, pay=pay))

    # ---------------- cleaners: 3 teams a city, 10 ayis a team
    cleaners = {}
    for city in CITIES:
        ids, teams, wts = [], [], []
        for tk in range(3):
            for k in range(10):
                cid = f"{CODE[city]}-A{tk * 10 + k + 1:03d}"
                ids.append(cid)
                teams.append(f"{CODE[city]}-T{tk + 1}")
                wts.append(22.0 if cid == STAR_AYI else float(rng.gamma(4, 1)))
        wts = np.array(wts)
        cleaners[city] = (ids, teams, wts / wts.sum())

    ctx = dict(rng=rng, ev=ev, order=order, comment=comment, nid=nid, cleaners=cleaners)

    # ---------------- bookings
    for c in customers:
        if c["acq"] in ("douyin", "xiaohongshu", "baidu_search"):
            ev(c, max(START, c["signup"] - D(minutes=float(rng.uniform(5, 600)))), "tp_ad_click", "click", nid("s", "S", 6),
               ad_source=c["acq"])
        t = c["t0"]
        first = True
        p_again = {"none": 0.7, "silver": 0.82, "gold": 0.9}[c["level"]]
        while t < END:
            paid = booking(c, t, first, ctx)
            if paid:
                first = False
            if rng.random() > p_again:
                break
            p_again *= 0.96
            t = t + D(days=float(3 + rng.exponential(38)))
        if rng.random() < 0.3:                                          # browsing-only opens
            tb = c["signup"] + D(days=float(rng.uniform(5, 300)))
            ev(c, tb, "tp_open_app", "view", nid("s", "S", 6))
        # trial clean → monthly plan → renewals
        if rng.random() < {"none": 0.15, "silver": 0.25, "gold": 0.4}[c["level"]]:
            subscription(c, c["t0"] + D(days=float(rng.uniform(3, 240))), ctx)

    # app-store style reviews (part without a date)
    for c in customers:
        if rng.random() < 0.06:
            tr = c["signup"] + D(days=float(rng.uniform(0, 90)))
            topic = str(rng.choice(["app", "great", "price", "neutral", "cancel_fee"], p=[0.4, 0.2, 0.2, 0.12, 0.08]))
            rating = {"app": 4, "great": 5, "price": 2, "neutral": 3, "cancel_fee": 2}[topic] - int(rng.random() < 0.3)
            comment(c, tr, topic, "app_review", rating=rating if rng.random() < 0.9 else None,
                    dated=rng.random() > 0.25)

    # ---------------- write
    crow = [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), household_type=c["hh"], 家庭类型=HH_ZH[c["hh"]],
                 region=REGION[c["city"]], city=c["city"], home_size_sqm=c["size"],
                 has_pets="true" if c["pets"] else "false", member_level=c["level"], acquisition_channel=c["acq"],
                 primary_device=c["device"], language=c["lang"]) for c in customers]
    dup = rng.choice(len(events), 40, replace=False)
    events.extend(dict(events[int(i)]) for i in dup)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    feedback.sort(key=lambda r: r["feedback_id"])

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
    write("customers", crow, ["customer_id", "signup_at", "household_type", "家庭类型", "region", "city",
                              "home_size_sqm", "has_pets", "member_level", "acquisition_channel", "primary_device",
                              "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "city", "service_type", "slot_start", "cleaner_id", "cleaner_team",
                             "minutes_late", "duration_hours", "plan", "complaint_type", "refund_amount",
                             "cancel_reason", "ad_source"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "booking_id",
                             "order_type", "service_type", "city", "cleaner_id", "cleaner_team", "plan",
                             "coupon_code", "discount_amount", "cancel_fee", "payment_method", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "booking_id", "city", "service_type", "cleaner_id", "cleaner_team",
                                 "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def booking(c, t0, first, x) -> bool:
    """one booking: open app → choose service → pick slot → pay → ayi arrives → done → rate (+ complaint)."""
    rng, ev, order, comment = x["rng"], x["ev"], x["order"], x["comment"]
    b = x["nid"]("b", "HB", 6)
    if not ev(c, t0, "tp_open_app", "view", b):
        return False
    if rng.random() > 0.64:
        return False
    wts = np.array(SVC_W[c["hh"]], dtype=float)
    if is_summer(t0):
        wts[3] *= 4.0                                                  # air-conditioner season
    svc = SERVICES[int(rng.choice(4, p=wts / wts.sum()))]
    t1 = t0 + D(minutes=float(rng.uniform(0.5, 8)))
    ev(c, t1, "tp_choose_service", "click", b, service_type=svc)
    if rng.random() > 0.8:
        return False
    # slot lead time (days from booking to the visit)
    if svc == "hourly_cleaning":
        lead = rng.uniform(0.3, 2.5)
    elif svc == "deep_clean":
        lead = rng.uniform(1, 5)
    elif svc == "nanny":
        lead = rng.uniform(1, 4)
    else:
        lead = rng.uniform(3, 8) if is_summer(t0) else rng.uniform(0.5, 3)
    t2 = t1 + D(minutes=float(rng.uniform(1, 10)))
    slot = (t2 + D(days=float(lead))).replace(minute=0, second=0, microsecond=0)
    slot = slot.replace(hour=int(rng.integers(8, 17)))
    if slot < t2 + D(hours=3):
        slot = slot + D(days=1)
    ev(c, t2, "tp_pick_slot", "submit", b, service_type=svc, slot_start=slot.strftime("%Y-%m-%d %H:%M:%S"))
    if rng.random() > 0.76:
        return False
    t3 = t2 + D(minutes=float(rng.uniform(1, 6)))
    f = PRICE_F.get(c["city"], 1.0)
    if svc == "hourly_cleaning":
        hours = int(rng.choice([2, 3, 4, 5], p=[0.3, 0.38, 0.22, 0.1]))
        price = 45 * hours * f
        dur = hours + float(rng.uniform(-0.1, 0.4))
    elif svc == "deep_clean":
        price = max(399.0, c["size"] * 7.5) * f
        dur = max(3.0, c["size"] / 25 + float(rng.normal(0, 0.5)))
    elif svc == "nanny":
        price = 320 * f
        dur = float(rng.uniform(8, 10))
    else:
        units = int(rng.choice([1, 2, 3], p=[0.45, 0.35, 0.2]))
        price = 139 * units
        dur = 0.8 * units + float(rng.uniform(0.3, 1.0))
    dur = round(dur, 1)
    coupon, disc = "", 0
    if svc == "appliance_cleaning" and is_summer(t3) and rng.random() < 0.5:
        coupon, disc = "SUMMER30", 30
    elif first and rng.random() < 0.35:
        coupon, disc = "NEWUSER20", 20
    elif c["level"] == "gold" and rng.random() < 0.3:
        coupon, disc = "GOLD15", 15
    if not ev(c, t3, "tp_pay", "success", b, service_type=svc, slot_start=slot.strftime("%Y-%m-%d %H:%M:%S")):
        return False
    ids, teams, cw = x["cleaners"][c["city"]]
    k = int(rng.choice(len(ids), p=cw))
    ayi, team = ids[k], teams[k]
    o = order(c, t3, b, "single", svc, price - disc, cleaner_id=ayi, cleaner_team=team, coupon_code=coupon,
              discount_amount=disc)
    if rng.random() < 0.055:                                           # cancelled before the visit
        hours_before = (slot - t3).total_seconds() / 3600
        tx = t3 + D(hours=float(rng.uniform(0.2, max(0.5, hours_before - 0.5))))
        if ev(c, tx, "tp_order_cancelled", "cancel", b, service_type=svc,
              cancel_reason=str(rng.choice(["schedule_changed", "booked_by_mistake", "found_other_ayi"]))):
            o["status"] = "cancelled"
            fee = 30 if (slot - tx) < D(hours=24) else 0
            o["cancel_fee"] = fee
            if fee and rng.random() < 0.3:
                comment(c, tx + D(hours=float(rng.uniform(0.2, 20))), "cancel_fee", "ticket",
                        dated=rng.random() > 0.1, booking_id=b, service_type=svc)
        return True
    o["cancel_fee"] = 0
    weekend = slot.weekday() >= 5
    mu, sd = (10.0, 14.0) if weekend else (-2.0, 9.0)
    if c["city"] == "北京":
        mu += 6
    late = max(0, int(round(rng.normal(mu, sd))))
    ta = slot + D(minutes=late)
    if not ev(c, ta, "tp_cleaner_arrived", "arrive", b, service_type=svc, cleaner_id=ayi, cleaner_team=team,
              minutes_late=late):
        return True
    td = ta + D(hours=dur)
    if not ev(c, td, "tp_service_done", "success", b, service_type=svc, cleaner_id=ayi, cleaner_team=team,
              duration_hours=dur):
        return True
    fb = dict(booking_id=b, service_type=svc, cleaner_id=ayi, cleaner_team=team)
    # complaint?
    p_c = {"hourly_cleaning": 0.035, "deep_clean": 0.11, "nanny": 0.035, "appliance_cleaning": 0.05}[svc]
    if team == BAD_TEAM:
        p_c *= 3.5
    if late >= 30:
        p_c += 0.08
    if c["pets"]:
        p_c += 0.02
    ctype = None
    if rng.random() < p_c:
        if late >= 30 and rng.random() < 0.5:
            ctype = "late"
        elif rng.random() < (0.45 if svc == "appliance_cleaning" else 0.25):
            ctype = "broken"
        else:
            ctype = "missed"
    # rating
    if rng.random() < 0.55:
        r = 4.6 - (0.8 if c["pets"] else 0) - (0.7 if late >= 20 else 0) - (2.0 if ctype in ("broken", "missed") else 0) \
            - (0.4 if team == BAD_TEAM else 0) + rng.normal(0, 0.55)
        stars = int(np.clip(round(r), 1, 5))
        trt = td + D(hours=float(rng.uniform(0.5, 48)))
        if ev(c, trt, "tp_rate", "submit", b, service_type=svc, cleaner_id=ayi, cleaner_team=team):
            if ctype in ("broken", "missed"):
                topic = ctype
            elif late >= 20 and rng.random() < 0.6:
                topic = "late"
            elif stars >= 4:
                topic = "great" if rng.random() < 0.7 else "neutral"
            elif stars <= 3 and rng.random() < 0.3:
                topic = "price"
            else:
                topic = "missed" if (c["pets"] and stars <= 3 and rng.random() < 0.5) else "neutral"
            comment(c, trt, topic, "order_review", rating=stars, **fb)
    if late >= 30 and weekend and rng.random() < 0.15:
        comment(c, ta + D(minutes=float(rng.uniform(5, 60))), "late", "call_note", dated=rng.random() > 0.1, **fb)
    if ctype:
        tc = td + D(hours=float(rng.uniform(1, 72)))
        if ev(c, tc, "tp_complaint", "submit", b, service_type=svc, cleaner_id=ayi, cleaner_team=team,
              complaint_type=ctype):
            if rng.random() < 0.6:
                comment(c, tc + D(minutes=5), ctype, "ticket", dated=rng.random() > 0.1, **fb)
            reclean = rng.random() < {"missed": 0.85, "broken": 0.2, "late": 0.0}[ctype]
            t_last = tc
            if reclean:
                t_last = tc + D(days=float(rng.uniform(1, 4)))
                ev(c, t_last, "tp_reclean", "assign", b, service_type=svc)
            if ctype == "missed":
                p_ref = (0.45 if svc == "deep_clean" else 0.18) if reclean else (0.5 if svc == "deep_clean" else 0.3)
            elif ctype == "broken":
                p_ref = 0.5 if reclean else 0.7
            else:
                p_ref = 0.3
            if rng.random() < p_ref:
                tr = t_last + D(days=float(rng.uniform(1, 7) if reclean else rng.uniform(1, 5)))
                if ev(c, tr, "tp_refund", "success", b, service_type=svc, refund_amount=o["amount"]):
                    o["status"] = "refunded"
    return True


def subscription(c, t0, x) -> None:
    """trial clean (¥99) → monthly plan → monthly renewals (gold members renew more)."""
    rng, ev, order = x["rng"], x["ev"], x["order"]
    sid = x["nid"]("s", "S", 6)
    if not ev(c, t0, "tp_trial_clean", "success", sid, service_type="hourly_cleaning", duration_hours=3.0):
        return
    order(c, t0, sid, "trial", "hourly_cleaning", 99, cancel_fee=0)
    if rng.random() > {"none": 0.4, "silver": 0.5, "gold": 0.6}[c["level"]]:
        return
    plan = str(rng.choice(["monthly_4", "monthly_8"], p=[0.7, 0.3]))
    f = PRICE_F.get(c["city"], 1.0)
    fee = round((699 if plan == "monthly_4" else 1299) * f)
    ts = t0 + D(days=float(rng.uniform(0.5, 12)))
    if not ev(c, ts, "tp_subscribe", "success", sid, service_type="hourly_cleaning", plan=plan):
        return
    coupon, disc = ("GOLD15", 15) if c["level"] == "gold" and rng.random() < 0.3 else ("", 0)
    order(c, ts, sid, "subscription", "hourly_cleaning", fee - disc, plan=plan, coupon_code=coupon,
          discount_amount=disc, cancel_fee=0)
    p = {"none": 0.5, "silver": 0.68, "gold": 0.86}[c["level"]]
    t = ts
    while True:
        if rng.random() > p:
            return
        t = t + D(days=float(30 + rng.uniform(-3, 2)))
        if not ev(c, t, "tp_renew", "success", sid, service_type="hourly_cleaning", plan=plan):
            return
        order(c, t, sid, "renewal", "hourly_cleaning", fee, plan=plan, discount_amount=0, cancel_fee=0)
        p *= 0.97


if __name__ == "__main__":
    main(Path(sys.argv[1]))
