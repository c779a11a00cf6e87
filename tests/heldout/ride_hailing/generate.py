"""快嘀出行 / QuickDi Rides: a ride-hailing app in five Chinese cities, 2025-01-01 .. 2026-07-31.

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

SEED = 20261202
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 0)
N = 3000
UNIONPAY_FROM = datetime(2026, 3, 1)          # 云闪付 SDK / bank-channel switch: payments start failing
D = timedelta

TOUCHPOINTS = [
    ("tp_register", "注册", "Sign-up", "awareness", "app", "digital", "growth",
     "注册|新用户注册|手机号注册|sign up|signup|registration"),
    ("tp_app_open", "打开App", "App open", "consideration", "app", "digital", "product",
     "打开app|启动|首页|open app|app launch|home screen"),
    ("tp_fare_estimate", "查看预估价", "Fare estimate", "consideration", "app", "digital", "pricing",
     "预估价|估价|看价格|fare estimate|price quote|quote"),
    ("tp_request", "发起叫车", "Ride request", "purchase", "app", "digital", "dispatch",
     "叫车|下单|呼叫|发单|打车|request|ride request|booking|hail"),
    ("tp_matched", "司机接单", "Driver matched", "purchase", "app", "digital", "dispatch",
     "接单|应答|派单成功|匹配成功|matched|driver assigned|accepted|match"),
    ("tp_no_driver", "无司机应答", "No driver found", "purchase", "app", "digital", "dispatch",
     "无人接单|无司机应答|叫不到车|派单超时|no driver|no match|request timed out|unfulfilled"),
    ("tp_rider_cancel", "乘客取消", "Rider cancellation", "purchase", "app", "digital", "dispatch",
     "乘客取消|取消订单|取消行程|取消叫车|rider cancel|cancellation|cancelled ride"),
    ("tp_driver_cancel", "司机取消/爽约", "Driver cancellation / no-show", "service", "physical", "physical",
     "driver_quality", "司机爽约|司机取消|司机不来|放鸽子|driver no-show|no-show|driver cancel"),
    ("tp_pickup", "司机到达上车", "Pickup", "service", "physical", "physical", "operations",
     "上车|接驾|到达上车点|接到乘客|pickup|pick-up|boarding"),
    ("tp_trip_complete", "行程完成", "Trip completed", "service", "physical", "physical", "operations",
     "完单|行程结束|到达目的地|完成行程|trip completed|drop-off|ride completed|completed trip"),
    ("tp_payment", "支付成功", "Payment", "purchase", "app", "digital", "payments",
     "支付|付款|车费支付|payment|paid|pay"),
    ("tp_payment_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|扣款失败|payment failed|payment failure|declined"),
    ("tp_rating", "行程评价", "Trip rating", "loyalty", "app", "digital", "driver_quality",
     "评价|打分|评星|rating|rate the trip|review"),
    ("tp_pass_page", "畅行卡介绍页", "RidePass page", "consideration", "app", "digital", "membership",
     "畅行卡页面|会员卡页|pass page|ridepass page|subscription page"),
    ("tp_pass_buy", "开通畅行卡", "RidePass purchase", "purchase", "app", "digital", "membership",
     "开通畅行卡|购买畅行卡|买卡|开卡|pass signup|buy pass|ridepass purchase|subscribe"),
    ("tp_pass_renew", "畅行卡续费", "RidePass renewal", "loyalty", "app", "digital", "membership",
     "续卡|畅行卡续费|自动续费|pass renewal|renewal|auto-renew"),
    ("tp_pass_cancel", "取消畅行卡", "RidePass cancellation", "loyalty", "app", "digital", "membership",
     "退卡|关闭自动续费|取消畅行卡|pass cancel|cancel pass|unsubscribe"),
    ("tp_cs_ticket", "客服工单", "Support ticket", "service", "phone", "digital", "customer_service",
     "客服|工单|投诉|人工客服|support|ticket|complaint|customer service"),
]
JOURNEYS = [
    ("ride_to_pay", "叫车到支付", "Request to paid trip", 1,
     ["tp_app_open", "tp_request", "tp_matched", "tp_trip_complete", "tp_payment"]),
    ("first_ride", "新用户首单", "New rider first trip", 14, ["tp_register", "tp_request", "tp_trip_complete"]),
    ("pass_signup", "畅行卡开通续费", "RidePass signup and renewal", 40, ["tp_pass_page", "tp_pass_buy", "tp_pass_renew"]),
]
CITIES = [("上海", "SH", 0.27), ("北京", "BJ", 0.24), ("深圳", "SZ", 0.19), ("成都", "CD", 0.16), ("杭州", "HZ", 0.14)]
AIRPORT = {"上海": "PVG", "北京": "PEK", "深圳": "SZX", "成都": "TFU", "杭州": "HGH"}
ACQ = [("app_store", 0.34), ("douyin_ads", 0.24), ("referral", 0.18), ("wechat_mini", 0.14), ("corporate", 0.10)]
FIRST_RIDE_P = {"app_store": 0.62, "douyin_ads": 0.38, "referral": 0.82, "wechat_mini": 0.55, "corporate": 0.88}
CAR = {"economy": (10.0, 2.3), "xl": (14.0, 3.1), "premium": (18.0, 4.4)}
SURGES = [1.0, 1.2, 1.5, 1.8, 2.0, 2.5]
HOUR_W = np.array([2.0, 1.4, .8, .4, .3, .5, 1.5, 4.5, 6.5, 4.0, 3.0, 3.0, 3.5, 3.0, 3.0, 3.2, 3.8, 5.5, 6.5, 5.0,
                   4.0, 3.6, 3.4, 2.8])
HOUR_W = HOUR_W / HOUR_W.sum()
NIGHT = {22, 23, 0, 1}
PEAK = {7, 8, 9, 17, 18, 19}
BAD_DRIVERS = {"SZ0017": 0.45, "BJ0412": 0.18, "CD0058": 0.18}
PASS_PRICE = 19.9

TEXT = {
    "wait_long": (
        ["等了{m}分钟司机才到，晚上打车太难了", "半夜叫车，显示5分钟到，结果等了{m}分钟", "接驾太慢了，{m}分钟，差点误了事",
         "晚上11点多在{city}等车等到崩溃，司机一直在绕", "司机离我好远还派给我，等了快{m}分钟", "夜里等车时间太长，体验很差"],
        ["Waited {m} minutes for the driver to show up, late at night", "ETA said 5 min, actual pickup took {m} minutes",
         "Pickup took forever at night, {m} min in the cold", "Driver was assigned from way too far, long wait for pickup"]),
    "dirty_car": (
        ["车里很脏，座椅上有污渍，还有一股烟味", "专车居然这么脏，脚垫都是泥，不值这个价", "车内有烟味，垃圾也没清理",
         "坐的专车，车厢卫生太差了，后座有饮料渍", "车不干净，有异味，开窗都散不掉"],
        ["Car was filthy, stains on the seats and it smelled of smoke", "Paid for premium and the car was dirty",
         "Strong cigarette smell inside the car, trash on the floor", "Interior not clean at all, not what premium should be"]),
    "surge": (
        ["溢价太离谱了，{s}倍的价格谁坐得起", "下雨天加价到{s}倍，直接取消了", "高峰期动态调价太狠，比平时贵一倍",
         "预估价一看{s}倍溢价，果断不打了"],
        ["Surge pricing is ridiculous, {s}x at rush hour", "{s}x surge for a 5 km ride? Cancelled right away",
         "Prices jump way too much during peak time", "The surge multiplier makes this app unaffordable in the evening"]),
    "payment_fail": (
        ["云闪付一直支付失败，试了好几次", "用云闪付付车费总是失败，还提示银行卡异常", "云闪付付款失败，司机一直在等我付钱",
         "支付失败了但银行卡显示扣款了，重复扣费", "最近云闪付根本付不了款，只能换微信"],
        ["UnionPay payment keeps failing after the trip", "Payment failed three times with UnionPay QuickPass",
         "Card was charged but the app says payment failed", "Cannot pay with UnionPay since March, had to switch to WeChat"]),
    "driver_rude": (
        ["司机态度很差，一路打电话", "司机开车很猛，急刹好几次，很不安全", "司机嫌路程短，一直抱怨",
         "师傅不认路还不开导航"],
        ["Driver was rude and on the phone the whole trip", "Reckless driving, hard braking, felt unsafe",
         "Driver complained the trip was too short"]),
    "detour": (
        ["司机绕路了，比预估多收了20多块", "明显绕远路，车费不合理，要求退款", "路线不对，多开了好几公里"],
        ["Driver took a detour and I was overcharged", "Route was much longer than needed, fare too high",
         "Overcharged, the driver went the long way"]),
    "no_show": (
        ["司机接单了又不来，还让我自己取消", "司机爽约，等了十分钟车一动不动，最后被取消", "接单后司机打电话让我取消，太坑了"],
        ["Driver accepted then never showed up", "Driver no-show, car didn't move on the map for 10 minutes",
         "Driver asked me to cancel so he wouldn't get penalised"]),
    "app_bug": (
        ["定位不准，上车点总是偏", "App经常闪退，叫车页面卡住", "更新后地图加载很慢", "上车点推荐在马路对面，很不方便"],
        ["Pickup pin is always off by a block", "App crashes when I open the request screen",
         "GPS location is inaccurate, driver goes to the wrong place"]),
    "airport_issue": (
        ["机场接机司机找不到我，在航站楼转了半天", "机场送机司机迟到，差点没赶上航班"],
        ["Airport pickup: driver couldn't find me at the terminal", "Airport run driver was late, nearly missed my flight"]),
    "pass_value": (
        ["畅行卡不划算，每月坐不了几次", "开了畅行卡也没感觉便宜多少", "畅行卡自动续费没提醒"],
        ["RidePass isn't worth it for how little I ride", "Got auto-renewed on RidePass without a reminder"]),
    "positive": (
        ["司机很准时，车很干净，服务很好", "师傅人很好，开得稳，推荐", "接驾很快，价格也合理", "车内整洁，空调舒服，五星",
         "一路很顺利，司机专业", "机场接送很准时，帮忙搬行李，点赞", "畅行卡挺划算的，经常打车的话很值"],
        ["Great driver, clean car, smooth ride", "Quick pickup and fair price", "Very professional driver, felt safe",
         "Airport run was on time and the driver helped with luggage", "Easy to use, reliable rides every day"]),
    "neutral": (
        ["还行吧，正常的一次行程", "一般，没什么特别的", "价格和别家差不多"],
        ["It was okay, nothing special", "Average trip, fine", "Normal ride, no complaints no praise"]),
}
TOPIC_TP = {"wait_long": "tp_pickup", "dirty_car": "tp_trip_complete", "surge": "tp_fare_estimate",
            "payment_fail": "tp_payment_fail", "driver_rude": "tp_trip_complete", "detour": "tp_trip_complete",
            "no_show": "tp_driver_cancel", "app_bug": "tp_app_open", "airport_issue": "tp_pickup",
            "pass_value": "tp_pass_buy", "positive": "tp_trip_complete", "neutral": "tp_trip_complete"}


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback = [], [], []
    ride_no = [0]
    sess_no = [0]

    def pick(opts):
        vals, w = zip(*opts)
        return vals[rng.choice(len(vals), p=np.array(w) / sum(w))]

    drivers = {}
    for city, code, _ in CITIES:
        pool = {"economy": [f"{code}{i:04d}" for i in range(1, 61)],
                "xl": [f"{code}{i:04d}" for i in range(401, 413)],
                "premium": [f"{code}{i:04d}" for i in range(601, 616)]}
        drivers[city] = pool

    def ev(c, t, tp, action, sess, **kw):
        events.append(dict(cid=c["id"], ts=t, tp=tp, action=action, dev=c["dev"], ch=c["ch"], sess=sess,
                           city=kw.get("city", c["city"]), **{k: v for k, v in kw.items() if k != "city"}))

    def comment(c, t, topic, channel, rating=None, nps=None, ride=None, **kw):
        zh, en = TEXT[topic]
        pool = en if c["lang"] == "en" else zh
        txt = pool[rng.integers(len(pool))]
        txt = txt.format(m=kw.get("m", int(rng.integers(15, 30))), s=kw.get("s", 2.0), city=c["city"])
        sent = "pos" if topic == "positive" else ("neu" if topic == "neutral" else "neg")
        r = ride or {}
        feedback.append(dict(cid=c["id"], ts=t, tp=TOPIC_TP[topic], channel=channel, text=txt, rating=rating, nps=nps,
                             sent=sent, topic=topic, city=r.get("city", c["city"]), car=r.get("car", ""),
                             driver=r.get("driver", ""), ride=r.get("ride", ""), pay=kw.get("pay", ""),
                             trip_type=r.get("trip_type", ""), dev=c["dev"]))

    def order(c, t, amount, status, otype, pay, ride=None, failed=0):
        r = ride or {}
        orders.append(dict(cid=c["id"], ts=t, amount=round(amount, 2), status=status, otype=otype, pay=pay,
                           ch=c["ch"], dev=c["dev"], city=r.get("city", c["city"]), car=r.get("car", ""),
                           trip_type=r.get("trip_type", ""), surge=r.get("surge", ""), ride=r.get("ride", ""),
                           failed=failed))

    def fail_p(pay, t):
        if pay == "unionpay":
            return 0.34 if t >= UNIONPAY_FROM else 0.03
        return {"credit_card": 0.05}.get(pay, 0.02)

    def ticket(c, t, topic, ride=None, **kw):
        sess = new_sess()
        ev(c, t, "tp_cs_ticket", "submit", sess, ride_id=(ride or {}).get("ride", ""), ticket_topic=topic)
        comment(c, t + D(minutes=1), topic, "ticket", ride=ride, **kw)

    def new_sess():
        sess_no[0] += 1
        return f"S{sess_no[0]:07d}"

    def ride_session(c, t):
        sess = new_sess()
        city = c["city"]
        ev(c, t, "tp_app_open", "open", sess)
        t += D(seconds=int(rng.integers(10, 60)))
        hour = t.hour
        trip_type = "airport" if rng.random() < c["airport_p"] else "on_demand"
        car = c["car_pref"] if rng.random() < 0.8 else pick([("economy", .7), ("xl", .15), ("premium", .15)])
        if hour in PEAK:
            sw = [.50, .18, .14, .10, .05, .03]
        elif hour in NIGHT:
            sw = [.62, .16, .10, .07, .03, .02]
        else:
            sw = [.80, .11, .05, .02, .01, .01]
        surge = SURGES[rng.choice(6, p=sw)] if trip_type == "on_demand" else 1.0
        km = float(np.clip(rng.normal(32, 8), 15, 60)) if trip_type == "airport" else \
            float(np.clip(rng.lognormal(2.0, 0.55), 1.2, 45))
        base, per_km = CAR[car]
        fare = (base + per_km * km) * surge
        if c["pass_until"] and c["pass_from"] <= t <= c["pass_until"] and car == "economy":
            fare *= 0.9
        attrs = dict(city=city, car_type=car, trip_type=trip_type, surge_multiplier=surge)
        ride_no[0] += 1
        rid = f"R{ride_no[0]:07d}"
        attrs["ride_id"] = rid
        if rng.random() < 0.8:
            ev(c, t, "tp_fare_estimate", "view", sess, est_fare=round(fare, 1), **attrs)
            t += D(seconds=int(rng.integers(5, 40)))
            # surge scares riders away before they even request
            walk = {1.0: .03, 1.2: .05, 1.5: .12, 1.8: .30, 2.0: .38, 2.5: .48}[surge]
            if rng.random() < walk:
                return
        ev(c, t, "tp_request", "submit", sess, **attrs)
        # rider cancels before a match (surge regret, changed plans)
        pre = {1.0: .03, 1.2: .04, 1.5: .07, 1.8: .20, 2.0: .26, 2.5: .32}[surge]
        if rng.random() < pre:
            t2 = t + D(seconds=int(rng.integers(15, 120)))
            reason = "price_too_high" if surge >= 1.5 and rng.random() < 0.8 else pick(
                [("changed_plans", .6), ("found_other_ride", .4)])
            ev(c, t2, "tp_rider_cancel", "cancel", sess, cancel_reason=reason, stage="before_match",
               wait_minutes=round((t2 - t).total_seconds() / 60, 1), **attrs)
            if surge >= 1.8 and rng.random() < 0.05:
                comment(c, t2 + D(minutes=3), "surge", "app_review", rating=int(rng.choice([1, 2])), s=surge)
            return
        cd_night = city == "成都" and hour in NIGHT
        p_none = 0.04 + (0.05 if hour in PEAK else 0) + (0.07 if car == "premium" else 0) + \
            (0.20 if cd_night else (0.04 if hour in NIGHT else 0))
        if rng.random() < p_none:
            ev(c, t + D(minutes=3), "tp_no_driver", "timeout", sess, **attrs)
            return
        t += D(seconds=int(rng.integers(5, 90)))
        pool = drivers[city][car]
        # the bad drivers get a fair share of dispatches
        drv = pool[rng.integers(len(pool))]
        attrs["driver_id"] = drv
        if cd_night:
            wait = float(np.clip(rng.lognormal(np.log(14), 0.35), 4, 45))
        elif hour in NIGHT:
            wait = float(np.clip(rng.lognormal(np.log(6.5), 0.4), 1.5, 30))
        else:
            wait = float(np.clip(rng.lognormal(np.log(5), 0.4), 1, 30))
        if trip_type == "airport":
            wait = wait * 0.8
        wait = round(wait, 1)
        ev(c, t, "tp_matched", "success", sess, eta_minutes=round(max(1.0, wait * float(rng.uniform(.5, .8))), 1),
           **attrs)
        ride = dict(ride=rid, city=city, car=car, driver=drv, trip_type=trip_type, surge=surge)
        if rng.random() < BAD_DRIVERS.get(drv, 0.025):
            t2 = t + D(minutes=float(rng.uniform(3, 12)))
            ev(c, t2, "tp_driver_cancel", "no_show" if rng.random() < 0.6 else "driver_cancel", sess, **attrs)
            if rng.random() < 0.12:
                ticket(c, t2 + D(minutes=5), "no_show", ride=ride)
            elif rng.random() < 0.08:
                comment(c, t2 + D(minutes=5), "no_show", "app_review", rating=1, ride=ride)
            return
        p_wait_cancel = 0.03 + (0.45 if wait > 12 else (0.08 if wait > 8 else 0))
        if rng.random() < p_wait_cancel:
            waited = round(min(wait, float(rng.uniform(2, wait))), 1) if wait > 2 else wait
            t2 = t + D(minutes=waited)
            reason = "wait_too_long" if wait > 8 else pick([("changed_plans", .5), ("wrong_pickup", .3),
                                                             ("found_other_ride", .2)])
            ev(c, t2, "tp_rider_cancel", "cancel", sess, cancel_reason=reason, stage="after_match",
               wait_minutes=waited, **attrs)
            if waited > 3 and reason != "wait_too_long":
                order(c, t2, 5.0, "paid", "cancel_fee", c["pay"], ride=ride)
            if reason == "wait_too_long" and rng.random() < 0.06:
                comment(c, t2 + D(minutes=2), "wait_long", "app_review", rating=int(rng.choice([1, 2])), m=int(waited))
            return
        t += D(minutes=wait)
        ev(c, t, "tp_pickup", "arrive", sess, wait_minutes=wait, **attrs)
        dur = km * float(rng.uniform(2.0, 3.2)) + float(rng.uniform(2, 6))
        t += D(minutes=dur)
        detour = rng.random() < 0.012
        if detour:
            fare *= 1.25
        ev(c, t, "tp_trip_complete", "complete", sess, trip_km=round(km, 1), trip_minutes=round(dur, 1),
           fare=round(fare, 2), **attrs)
        # payment, with retries
        pay = c["pay"]
        failed = 0
        tp_ = t + D(seconds=int(rng.integers(20, 90)))
        while rng.random() < fail_p(pay, tp_) and failed < 3:
            ev(c, tp_, "tp_payment_fail", "fail", sess, payment_method=pay, fare=round(fare, 2), **attrs)
            failed += 1
            tp_ += D(seconds=int(rng.integers(30, 180)))
            if rng.random() < 0.45:
                pay = "wechat_pay" if c["pay"] != "wechat_pay" else "alipay"
        ev(c, tp_, "tp_payment", "success", sess, payment_method=pay, fare=round(fare, 2), **attrs)
        ride["pay"] = pay
        refund = False
        # what the rider says about it
        topic = None
        if failed and c["pay"] == "unionpay" and rng.random() < 0.22:
            ticket(c, tp_ + D(minutes=int(rng.integers(5, 300))), "payment_fail", ride=ride, pay="unionpay")
        if detour and rng.random() < 0.6:
            ticket(c, tp_ + D(minutes=int(rng.integers(30, 600))), "detour", ride=ride)
            refund = True
        if car == "premium" and rng.random() < 0.30:
            topic = "dirty_car"
        elif wait > 12 and rng.random() < 0.55:
            topic = "wait_long"
        elif trip_type == "airport" and wait > 6 and rng.random() < 0.3:
            topic = "airport_issue"
        elif surge >= 1.8 and rng.random() < 0.25:
            topic = "surge"
        elif rng.random() < 0.04:
            topic = "driver_rude"
        p_comment = 0.25 if topic else 0.03
        if rng.random() < p_comment:
            if topic is None:
                topic = pick([("positive", .75), ("neutral", .25)])
            rating = {"positive": int(rng.choice([4, 5], p=[.3, .7])), "neutral": 3}.get(
                topic, int(rng.choice([1, 2, 3], p=[.5, .4, .1])))
            tr = tp_ + D(minutes=int(rng.integers(2, 240)))
            ev(c, tr, "tp_rating", "submit", new_sess(), stars=rating, **attrs)
            comment(c, tr, topic, "trip_rating", rating=rating, ride=ride, m=int(wait), s=surge)
            if topic == "dirty_car" and rng.random() < 0.12:
                refund = True
        elif rng.random() < 0.35:
            tr = tp_ + D(minutes=int(rng.integers(2, 240)))
            stars = 5 if car != "premium" else int(rng.choice([3, 4, 5]))
            ev(c, tr, "tp_rating", "submit", new_sess(), stars=stars, **attrs)
        order(c, tp_, fare, "refunded" if refund or rng.random() < 0.008 else "paid",
              "airport" if trip_type == "airport" else "trip", pay, ride=ride, failed=failed)

    def pass_flow(c, t):
        sess = new_sess()
        ev(c, t, "tp_app_open", "open", sess)
        t += D(seconds=int(rng.integers(10, 60)))
        ev(c, t, "tp_pass_page", "view", sess)
        buy_p = 0.55 if c["freq"] > 4 else 0.25
        if rng.random() > buy_p:
            return
        t += D(minutes=float(rng.uniform(0.5, 5)))
        ev(c, t, "tp_pass_buy", "success", sess, payment_method=c["pay"], plan="monthly")
        order(c, t, PASS_PRICE, "paid", "pass_purchase", c["pay"])
        c["pass_from"] = t
        keep = 0.82 if c["freq"] > 4 else 0.55
        while True:
            nxt = t + D(days=30)
            if nxt > END:
                c["pass_until"] = END
                c["pass_active"] = True
                return
            if rng.random() < keep:
                t = nxt + D(minutes=int(rng.integers(0, 300)))
                ev(c, t, "tp_pass_renew", "success", new_sess(), payment_method=c["pay"], plan="monthly")
                order(c, t, PASS_PRICE, "paid", "pass_renewal", c["pay"])
            else:
                tc = t + D(days=float(rng.uniform(5, 28)))
                ev(c, tc, "tp_pass_cancel", "cancel", new_sess(),
                   cancel_reason=pick([("not_riding_enough", .55), ("too_expensive", .3), ("forgot_auto_renew", .15)]))
                if rng.random() < 0.15:
                    comment(c, tc, "pass_value", "app_review", rating=2)
                c["pass_until"] = nxt
                return

    customers = []
    for i in range(N):
        city, code, _ = CITIES[rng.choice(len(CITIES), p=[x[2] for x in CITIES])]
        acq = pick(ACQ)
        lang = "en" if rng.random() < 0.14 else "zh"
        pre = rng.random() < 0.35
        if pre:
            t0 = datetime(2024, 3, 1) + D(days=float(rng.uniform(0, 300)))
        else:
            t0 = START + D(days=float(rng.uniform(0, (END - START).days - 10)), hours=float(rng.uniform(0, 24)))
            t0 = t0.replace(microsecond=0)
        if lang == "en":
            pay = pick([("credit_card", .55), ("alipay", .25), ("wechat_pay", .2)])
        else:
            pay = pick([("wechat_pay", .46), ("alipay", .36), ("unionpay", .14), ("credit_card", .04)])
        if acq == "corporate":
            pay = "corporate"
        c = dict(id=f"U{i + 1:05d}", t0=t0, city=city, acq=acq, lang=lang, pay=pay,
                 dev="ios" if rng.random() < (0.62 if lang == "en" else 0.42) else "android",
                 ch="mini_program" if acq == "wechat_mini" else "app",
                 freq=float(rng.gamma(1.6, 1.6)) * (1.6 if acq == "corporate" else 1.0),
                 car_pref=pick([("economy", .72), ("xl", .12), ("premium", .16)]) if acq != "corporate"
                 else pick([("economy", .4), ("premium", .6)]),
                 airport_p=float(rng.choice([0.03, 0.08, 0.25], p=[.6, .3, .1])) * (2 if acq == "corporate" else 1),
                 pass_from=None, pass_until=None, pass_active=False, last_ride=None, rides=0)
        customers.append(c)

    for c in customers:
        t = max(c["t0"], START)
        if c["t0"] >= START:
            ev(c, c["t0"], "tp_register", "submit", new_sess())
            if rng.random() < FIRST_RIDE_P[c["acq"]]:
                t = c["t0"] + D(days=float(rng.exponential(2.5)))
                if t < END:
                    ride_session(c, t)
                    c["rides"] += 1
                    c["last_ride"] = t
            elif rng.random() < 0.5:
                t = c["t0"] + D(days=float(rng.uniform(15, 60)))
            else:
                continue
        life_end = t + D(days=float(rng.exponential(420)))
        pass_at = t + D(days=float(rng.uniform(10, 300))) if rng.random() < (0.6 if c["freq"] > 4 else 0.35) else None
        while True:
            t = t + D(days=float(rng.exponential(30 / max(c["freq"], 0.3))))
            if t > END or t > life_end:
                break
            if pass_at and t >= pass_at:
                pass_flow(c, pass_at)
                pass_at = None
            h = int(rng.choice(24, p=HOUR_W))
            ts = t.replace(hour=h, minute=int(rng.integers(60)), second=int(rng.integers(60)), microsecond=0)
            if ts > END:
                break
            if rng.random() < 0.22:   # just looking at prices
                sess = new_sess()
                ev(c, ts, "tp_app_open", "open", sess)
                if rng.random() < 0.6:
                    ev(c, ts + D(seconds=30), "tp_fare_estimate", "view", sess)
                continue
            ride_session(c, ts)
            c["rides"] += 1
            c["last_ride"] = ts
        # app reviews / NPS survey, independent of rides
        if rng.random() < 0.08 and c["rides"]:
            tr = START + D(days=float(rng.uniform(0, (END - START).days)))
            topic = pick([("app_bug", .35), ("positive", .4), ("neutral", .1), ("surge", .15)])
            if c["pay"] == "unionpay" and tr >= UNIONPAY_FROM and rng.random() < .6:
                topic = "payment_fail"
            rating = {"positive": 5, "neutral": 3}.get(topic, int(rng.choice([1, 2])))
            comment(c, None if rng.random() < 0.3 else tr, topic, "app_review", rating=rating, pay=c["pay"])
        if rng.random() < 0.07 and c["rides"] >= 2:
            tr = START + D(days=float(rng.uniform(30, (END - START).days)))
            topic = pick([("positive", .5), ("neutral", .2), ("surge", .15), ("wait_long", .15)])
            if c["city"] == "成都" and rng.random() < 0.4:
                topic = "wait_long"
            nps = {"positive": int(rng.integers(8, 11)), "neutral": int(rng.integers(6, 9))}.get(
                topic, int(rng.integers(0, 7)))
            comment(c, tr, topic, "survey", nps=nps)

    # the export stops at END: anything later (a late rating, a ticket, a payment) is not in it
    events = sorted((e for e in events if e["ts"] <= END), key=lambda e: e["ts"])
    orders[:] = [o for o in orders if o["ts"] <= END]
    feedback[:] = [x for x in feedback if x["ts"] is None or x["ts"] <= END]
    # ---- write
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
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "primary_device",
                    "preferred_payment", "preferred_car_type", "language"])
        for c in customers:
            if c["pass_active"]:
                seg = "pass_member"
            elif c["t0"] >= END - D(days=60):
                seg = "new"
            elif c["last_ride"] is None or c["last_ride"] < END - D(days=90):
                seg = "dormant"
            else:
                seg = "active"
            w.writerow([c["id"], fmt(c["t0"]), seg, c["city"], c["acq"], "ridepass" if c["pass_active"] else "standard",
                        c["dev"], c["pay"], c["car_pref"], c["lang"]])
    cols = ["ride_id", "city", "car_type", "trip_type", "surge_multiplier", "driver_id", "cancel_reason", "stage",
            "wait_minutes", "eta_minutes", "trip_km", "trip_minutes", "fare", "est_fare", "payment_method", "stars",
            "plan", "ticket_topic"]
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id"]
                   + ["cancel_stage" if k == "stage" else k for k in cols])
        for k, e in enumerate(events, 1):
            row = [f"E{k:07d}", e["cid"], fmt(e["ts"]), e["tp"], e["action"], e["dev"], e["ch"], e["sess"]] + \
                  [e.get(x, "") for x in cols]
            w.writerow(row)
            if k % 997 == 0:   # a few duplicated rows (same event_id, same content), as real exports have
                w.writerow(row)
    orders.sort(key=lambda o: o["ts"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "city",
                    "car_type", "trip_type", "surge_multiplier", "payment_method", "ride_id", "failed_attempts",
                    "currency"])
        for k, o in enumerate(orders, 1):
            w.writerow([f"O{k:06d}", o["cid"], fmt(o["ts"]), f"{o['amount']:.2f}", o["status"], o["ch"], o["dev"],
                        o["otype"], o["city"], o["car"], o["trip_type"], o["surge"], o["pay"], o["ride"], o["failed"],
                        "CNY"])
    feedback.sort(key=lambda x: (x["ts"] is None, x["ts"] or START))
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "city",
                    "car_type", "driver_id", "ride_id", "trip_type", "payment_method", "device", "sentiment_label"])
        for k, x in enumerate(feedback, 1):
            w.writerow([f"FB{k:05d}", x["text"], fmt(x["ts"]), x["cid"], x["tp"], x["channel"],
                        "" if x["rating"] is None else x["rating"], "" if x["nps"] is None else x["nps"], x["city"],
                        x["car"], x["driver"], x["ride"], x["trip_type"], x["pay"], x["dev"], x["sent"]])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
