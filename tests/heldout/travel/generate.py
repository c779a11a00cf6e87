"""途悦旅行 / TripJoy: a bilingual online travel agency (hotels + flights), 2025-03-01 .. 2026-10-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md.
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261031
START = datetime(2025, 3, 1)
END = datetime(2026, 10, 31, 23, 59, 59)
N_CUSTOMERS = 6000

# Android payment SDK bug: the whole of July 2026
BUG_FROM, BUG_TO = datetime(2026, 7, 1), datetime(2026, 8, 1)
# hotels "cannot find the booking" at check-in: complaints grow month by month from May 2026
NO_ROOM_FROM = datetime(2026, 5, 1)

TOUCHPOINTS = [
    # id, name, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告投放", "广告投放", "Ad campaign", "awareness", "ads", "digital", "growth",
     "广告|信息流广告|投放|ads|ad click|campaign"),
    ("tp_search", "搜索", "搜索", "Search", "consideration", "app", "digital", "search",
     "酒店搜索|机票搜索|查询航班|搜酒店|search|search results|flight search|hotel search"),
    ("tp_detail", "详情页", "详情页", "Detail page", "consideration", "app", "digital", "product",
     "酒店详情|航班详情|房型页|商品详情|detail|listing page|product page|hotel page"),
    ("tp_booking_form", "填写订单", "填写订单", "Booking form", "purchase", "app", "digital", "product",
     "预订表单|填写旅客信息|填写入住人|下单页|booking page|checkout form|traveller details|passenger info"),
    ("tp_payment", "支付", "支付", "Payment", "purchase", "app", "digital", "payments",
     "付款|收银台|支付页|在线支付|pay|payment page|cashier|checkout payment"),
    ("tp_confirmed", "出票/确认成功", "出票/确认成功", "Booking confirmed", "purchase", "app", "digital", "fulfilment",
     "出票|出票成功|订单确认|确认成功|预订成功|ticket issued|ticketing|booking confirmation|confirmed"),
    ("tp_checkin", "入住/值机", "入住/值机", "Check-in", "service", "other", "physical", "fulfilment",
     "入住|办理入住|到店入住|值机|在线值机|check in|hotel check-in|flight check-in|arrival"),
    ("tp_review", "住后点评", "住后点评", "Post-trip review", "loyalty", "app", "digital", "content",
     "点评|写点评|评价|出行点评|review|post-stay review|rating"),
    ("tp_rebook", "再次预订", "再次预订", "Book again", "loyalty", "app", "digital", "crm",
     "再订一次|复购|回购|再次下单|rebook|rebooking|repeat booking|book again"),
    ("tp_refund_request", "退改申请", "退改申请", "Refund request", "service", "app", "digital", "after_sales",
     "退票|退订|改签|取消预订|申请退款|refund|cancellation request|change booking|refund request"),
    ("tp_refund_review", "退改审核", "退改审核", "Refund review", "service", "app", "digital", "after_sales",
     "退款审核|退票审核|审核退款|refund approval|refund review|cancellation review"),
    ("tp_refund_done", "退款到账", "退款到账", "Refund paid", "service", "app", "digital", "finance",
     "退款成功|退款完成|钱退回来|refund received|refund paid|refund completed"),
    ("tp_cs", "客服", "客服", "Customer service", "service", "phone", "physical", "customer_service",
     "客服热线|人工客服|在线客服|电话客服|customer support|hotline|call center|support"),
    ("tp_member", "会员中心", "会员中心", "Member center", "loyalty", "app", "digital", "crm",
     "会员|积分|里程|会员权益|loyalty program|points|membership"),
]

JOURNEYS = [
    ("booking", "预订旅程", "预订旅程", "Booking", 7,
     ["tp_search", "tp_detail", "tp_booking_form", "tp_payment", "tp_confirmed"]),
    ("post_trip", "出行与复购旅程", "出行与复购旅程", "Trip & rebooking", 60,
     ["tp_checkin", "tp_review", "tp_rebook"]),
    ("refund", "退改旅程", "退改旅程", "Refund & change", 14,
     ["tp_refund_request", "tp_refund_review", "tp_refund_done"]),
]

CITIES = [  # home_city, region, weight
    ("上海", "华东", 0.22), ("北京", "华北", 0.16), ("广州", "华南", 0.12), ("深圳", "华南", 0.12),
    ("杭州", "华东", 0.10), ("成都", "西南", 0.11), ("武汉", "华中", 0.09), ("西安", "西北", 0.08),
]
SEGMENTS = [("new", 0.35), ("returning", 0.35), ("vip", 0.10), ("at_risk", 0.20)]
ACQ = [("app_store", 0.30), ("search_ads", 0.25), ("social", 0.20), ("referral", 0.15), ("corporate", 0.10)]
DEVICES = [("ios", 0.38), ("android", 0.40), ("harmonyos", 0.12), ("pc", 0.10)]
DESTS = ["三亚", "成都", "西安", "上海", "北京", "厦门", "青岛", "昆明", "大理", "香港"]

# month weights, index 0 = January
BOOK_MONTH = [1.0, 1.3, 0.8, 1.0, 1.2, 0.9, 1.6, 1.7, 1.0, 1.4, 0.8, 0.9]

FEEDBACK = {
    # touchpoint: (sentiment, zh, en)
    "tp_search": [
        ("neg", "搜索结果太乱，筛选条件不好用", "Search results are messy and the filters don't work well"),
        ("neg", "搜出来的价格和点进去的不一样", "The price in the search list is different from the detail page"),
        ("pos", "搜索很快，航班一目了然", "Search is fast and flights are easy to compare"),
    ],
    "tp_detail": [
        ("neg", "酒店图片和实际差太多，详情描述不准确", "Hotel photos look nothing like the real room, the description is misleading"),
        ("neg", "详情页看不到退改规则", "Can't find the cancellation policy on the detail page"),
        ("pos", "房型介绍很详细，很有帮助", "Room details are thorough and helpful"),
    ],
    "tp_booking_form": [
        ("neg", "填写乘机人信息太麻烦，护照号总是校验不通过", "Passenger form is painful, my passport number keeps failing validation"),
        ("neg", "下单页一直加价，各种附加服务默认勾选", "The booking form keeps adding extras that are pre-selected"),
        ("pos", "常用旅客一键填写，很方便", "Saved travellers fill the form in one tap, convenient"),
    ],
    "tp_payment": [
        ("neg", "支付页面卡住，付款总是失败", "Payment page freezes and the payment keeps failing"),
        ("neg", "钱扣了但订单显示未支付", "Money was taken but the order still shows unpaid"),
        ("pos", "微信支付很顺畅", "Paying with WeChat Pay was smooth"),
    ],
    "tp_confirmed": [
        ("neg", "付款后半天才出票，很着急", "Ticket took hours to be issued after payment, very stressful"),
        ("pos", "秒出票，确认短信马上就到了", "Ticket issued instantly, got the confirmation right away"),
    ],
    "tp_checkin": [
        ("neg", "前台办理入住排队太久", "Waited ages at the front desk to check in"),
        ("neg", "值机选座一直报错", "Online check-in kept throwing errors when choosing a seat"),
        ("pos", "入住很顺利，前台很热情", "Check-in was smooth and the front desk was friendly"),
    ],
    "tp_review": [
        ("pos", "酒店位置很好，房间干净，下次还来", "Great location, clean room, will stay again"),
        ("pos", "航班准点，服务很好", "Flight on time and great service"),
        ("neg", "房间隔音太差，一晚上没睡好", "Room was noisy all night, barely slept"),
    ],
    "tp_rebook": [
        ("pos", "再订一次功能很方便，信息都自动带出来", "Book again is handy, everything was pre-filled"),
        ("neg", "再次预订时价格比上次贵了很多", "The price was much higher when I booked again"),
    ],
    "tp_refund_request": [
        ("neg", "退票手续费太高了", "Cancellation fee is far too high"),
        ("neg", "找不到退改入口", "Could not find where to cancel or change my booking"),
        ("pos", "在线改签很方便", "Changing my flight online was easy"),
    ],
    "tp_refund_review": [
        ("neg", "退款审核太慢，一周了还在审核中", "Refund review is painfully slow, still pending after a week"),
        ("neg", "退款申请被驳回也不说原因", "Refund was rejected with no reason given"),
        ("pos", "退款审核当天就通过了", "Refund was approved the same day"),
    ],
    "tp_refund_done": [
        ("neg", "退款到账太慢，说好的三天等了两周", "Refund took two weeks to arrive instead of three days"),
        ("pos", "退款很快就到账了", "Refund arrived quickly"),
    ],
    "tp_cs": [
        ("neg", "客服电话一直占线，等了半小时", "Customer service line was busy, waited half an hour"),
        ("neg", "在线客服只会发模板回复，解决不了问题", "Chat support only sends canned replies and solves nothing"),
        ("pos", "客服小姐姐很耐心，帮我改好了行程", "The support agent was patient and fixed my itinerary"),
    ],
    "tp_member": [
        ("neg", "积分规则看不懂，积分还会过期", "Points rules are confusing and points expire"),
        ("pos", "金卡会员免费升级房型，很值", "Gold member free room upgrade, worth it"),
    ],
}
PAY_BUG_TEXTS = [
    ("安卓手机上支付一直失败，换了银行卡也不行", "Payment keeps failing on my Android phone, even with another card"),
    ("安卓APP付款时闪退，订单没了", "The Android app crashes at payment and the order is gone"),
    ("支付失败但是钱被扣了，安卓客户端", "Payment failed but I was charged, on the Android app"),
]
NO_ROOM_TEXTS = [
    ("到店后酒店说没有我的订单，只能现场加钱另订", "Arrived at the hotel and they had no record of my booking, had to pay again on the spot"),
    ("酒店前台查不到预订，说平台没推送订单", "Front desk could not find my reservation, said the booking was never sent to them"),
    ("到了酒店被告知满房，订单不认", "Hotel said they were full and would not honour my booking"),
]


def pick(rng, items):
    vals = [i[0] for i in items]
    p = np.array([i[-1] for i in items], dtype=float)
    return vals[rng.choice(len(vals), p=p / p.sum())]


_DAY_P: dict = {}


def rand_day(rng, lo=START, hi=END, seasonal=True):
    """A random datetime in [lo, hi] (days), with booking seasonality and a golden-week bump."""
    days = (hi.date() - lo.date()).days + 1
    key = (lo, hi, seasonal)
    if key not in _DAY_P:
        w = []
        for d in range(days):
            day = lo + timedelta(days=d)
            x = BOOK_MONTH[day.month - 1] if seasonal else 1.0
            if seasonal and day.month == 9 and day.day >= 20:
                x *= 1.8  # booking ahead of the National Day golden week
            w.append(x)
        w = np.array(w, dtype=float)
        _DAY_P[key] = w / w.sum()
    d = rng.choice(days, p=_DAY_P[key])
    return datetime.combine(lo.date(), datetime.min.time()) + timedelta(
        days=int(d), seconds=int(rng.integers(7 * 3600, 24 * 3600)))


def dest_for(rng, ts: datetime) -> str:
    w = np.ones(len(DESTS))
    if ts.month in (12, 1, 2):
        w[DESTS.index("三亚")] = 4.0
    if ts.month in (7, 8):
        w[DESTS.index("青岛")] = 3.0
        w[DESTS.index("大理")] = 2.0
    if (ts.month == 9 and ts.day >= 20) or (ts.month == 10 and ts.day <= 7):
        w[DESTS.index("西安")] = 4.0
    w[DESTS.index("成都")] *= 1.4
    return DESTS[rng.choice(len(DESTS), p=w / w.sum())]


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        w.writerows(TOUCHPOINTS)
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
        for jid, name, zh, en, win, steps in JOURNEYS:
            for i, tp in enumerate(steps, 1):
                w.writerow([jid, name, zh, en, i, tp, win])

    customers = []
    for i in range(1, N_CUSTOMERS + 1):
        seg = pick(rng, SEGMENTS)
        city = pick(rng, [(c, p) for c, _, p in CITIES])
        region = {c: r for c, r, _ in CITIES}[city]
        if seg == "vip":
            level = "platinum" if rng.random() < 0.6 else "gold"
        elif seg == "new":
            level = "regular"
        else:
            level = pick(rng, [("regular", 0.45), ("silver", 0.35), ("gold", 0.17), ("platinum", 0.03)])
        if seg == "new":
            signup = rand_day(rng, seasonal=False, hi=datetime(2026, 10, 15))
        else:
            signup = datetime(2019, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 6)), seconds=int(rng.integers(0, 86400)))
        customers.append(dict(customer_id=f"U{i:05d}", signup_at=signup, segment=seg, region=region,
                              acquisition_channel=pick(rng, ACQ), member_level=level, home_city=city,
                              device=pick(rng, DEVICES)))

    events: list[tuple] = []
    orders: list[tuple] = []
    fb_ctx: list[dict] = []  # planted comments (bug, no-room)

    def chan(c):
        if c["device"] == "pc":
            return "web"
        return "mini_program" if rng.random() < 0.3 else "app"

    def ev(c, ts, tp, action, ch=None, device="same", product="", pay=""):
        dev = c["device"] if device == "same" else device
        events.append((c["customer_id"], ts, tp, action, dev, ch or chan(c), product, pay))

    def later(t, lo_min, hi_min):
        return t + timedelta(minutes=float(rng.uniform(lo_min, hi_min)))

    order_no = 0

    def add_order(c, ts, product, dest, status, ch):
        nonlocal order_no
        order_no += 1
        if product == "hotel":
            nights = int(rng.choice([1, 1, 2, 2, 3, 4, 5]))
            amount = nights * rng.uniform(280, 900) * (1.6 if c["member_level"] == "platinum" else 1.0)
        else:
            nights = 0
            amount = rng.uniform(450, 2600) * (1.3 if dest == "香港" else 1.0)
        orders.append(dict(order_id=f"O{order_no:07d}", customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
                           status=status, channel=ch, device=c["device"], product_type=product, destination=dest,
                           nights=nights if product == "hotel" else ""))
        return orders[-1]

    def fulfil(c, t, product, dest, ch, order):
        """After a confirmed booking: maybe refund, else trip check-in, review, rebook."""
        p_refund = 0.12 if product == "flight" else 0.07
        if rng.random() < p_refund:
            t1 = t + timedelta(days=float(rng.uniform(0.1, 10)))
            ev(c, t1, "tp_refund_request", "submit", product=product)
            p_rev = 0.62 if product == "flight" else 0.85
            if c["member_level"] == "platinum":
                p_rev = 0.95
            if rng.random() < p_rev:
                t2 = t1 + timedelta(days=float(rng.uniform(0.2, 6)))
                ev(c, t2, "tp_refund_review", "success", product=product)
                if rng.random() < 0.9:
                    t3 = t2 + timedelta(days=float(rng.uniform(0.5, 6)))
                    ev(c, t3, "tp_refund_done", "success", product=product)
                    order["status"] = "refunded"
            else:
                ev(c, t1 + timedelta(days=float(rng.uniform(1, 6))), "tp_refund_review", "fail", product=product)
                if rng.random() < 0.5:
                    ev(c, t1 + timedelta(days=float(rng.uniform(1, 8))), "tp_cs", "call", ch="phone", device="")
            return
        trip = t + timedelta(days=float(rng.uniform(1, 25)))
        if product == "hotel":
            ev(c, trip, "tp_checkin", "visit", ch="store", device="", product=product)
            if trip >= NO_ROOM_FROM and rng.random() < 0.02 + 0.03 * (trip.month - 4):
                fb_ctx.append(dict(c=c, ts=trip + timedelta(hours=float(rng.uniform(0.5, 30))), tp="tp_checkin",
                                   sent="neg", texts=NO_ROOM_TEXTS[int(rng.integers(0, 3))], product="hotel"))
                if rng.random() < 0.6:
                    ev(c, trip + timedelta(minutes=int(rng.integers(5, 90))), "tp_cs", "call", ch="phone", device="")
        else:
            ev(c, trip - timedelta(hours=float(rng.uniform(2, 20))), "tp_checkin", "submit", product=product)
        p_review = {"platinum": 0.55, "gold": 0.5, "silver": 0.42, "regular": 0.35}[c["member_level"]]
        if rng.random() < p_review:
            ev(c, trip + timedelta(days=float(rng.uniform(0.5, 5))), "tp_review", "submit", product=product)
            p_rebook = {"platinum": 0.62, "gold": 0.48, "silver": 0.36, "regular": 0.24}[c["member_level"]]
            if c["segment"] == "at_risk":
                p_rebook *= 0.5
            if rng.random() < p_rebook:
                t4 = trip + timedelta(days=float(rng.uniform(6, 50)))
                if t4 <= END:
                    ev(c, t4, "tp_rebook", "click", product=product)
                    ch2 = chan(c)
                    t5 = later(t4, 2, 30)
                    ev(c, t5, "tp_booking_form", "submit", ch2, product=product)
                    t6 = later(t5, 1, 10)
                    ev(c, t6, "tp_payment", "success", ch2, product=product, pay=pay_method(c))
                    t7 = later(t6, 1, 30)
                    ev(c, t7, "tp_confirmed", "success", ch2, product=product)
                    add_order(c, t6, product, dest_for(rng, t4), "paid", ch2)

    def pay_method(c):
        if c["device"] == "ios" and rng.random() < 0.2:
            return "apple_pay"
        return pick(rng, [("alipay", 0.42), ("wechat_pay", 0.43), ("credit_card", 0.15)])

    sessions_by_seg = {"new": 1.4, "returning": 2.2, "vip": 3.6, "at_risk": 1.0}
    for c in customers:
        lo = max(START, c["signup_at"]) if c["segment"] == "new" else START
        n = 1 + rng.poisson(sessions_by_seg[c["segment"]] - 1 if c["segment"] != "at_risk" else 0.3)
        for _ in range(n):
            t = rand_day(rng, lo=lo)
            product = "flight" if rng.random() < 0.42 else "hotel"
            dest = dest_for(rng, t)
            ch = chan(c)
            if c["acquisition_channel"] in ("search_ads", "social") and rng.random() < 0.5:
                ev(c, t - timedelta(minutes=int(rng.integers(1, 600))), "tp_ad", "click", ch="ads", product=product)
            ev(c, t, "tp_search", "view", ch, product=product)
            if rng.random() < 0.3:
                ev(c, later(t, 1, 5), "tp_search", "view", ch, product=product)
            p_detail = 0.48 if c["device"] != "pc" else 0.40
            if rng.random() >= p_detail:
                continue
            t = later(t, 1, 60 * 30)
            ev(c, t, "tp_detail", "view", ch, product=product)
            p_form = 0.70 if product == "hotel" else 0.62
            if c["device"] == "pc":
                p_form -= 0.10
            if rng.random() >= p_form:
                continue
            t = later(t, 1, 60 * 20)
            ev(c, t, "tp_booking_form", "submit", ch, product=product)
            if rng.random() >= 0.80:
                continue
            t = later(t, 1, 40)
            pm = pay_method(c)
            bug = BUG_FROM <= t < BUG_TO and c["device"] == "android"
            p_fail = 0.48 if bug else 0.07
            if rng.random() < p_fail:
                ev(c, t, "tp_payment", "fail", ch, product=product, pay=pm)
                add_order(c, t, product, dest, "cancelled", ch)
                if bug and rng.random() < 0.45:
                    fb_ctx.append(dict(c=c, ts=t + timedelta(hours=float(rng.uniform(0.1, 20))), tp="tp_payment",
                                       sent="neg", texts=PAY_BUG_TEXTS[int(rng.integers(0, 3))], product=product))
                if rng.random() < (0.4 if bug else 0.15):
                    ev(c, later(t, 5, 300), "tp_cs", "call", ch="phone", device="")
                continue
            ev(c, t, "tp_payment", "success", ch, product=product, pay=pm)
            order = add_order(c, t, product, dest, "paid", ch)
            t2 = later(t, 1, 240 if product == "flight" else 20)
            ev(c, t2, "tp_confirmed", "success", ch, product=product)
            fulfil(c, t2, product, dest, ch, order)
        # service calls and member center
        for _ in range(rng.poisson(0.5 if c["segment"] == "at_risk" else 0.3)):
            ev(c, rand_day(rng, seasonal=False), "tp_cs", "call", ch="phone", device="")
        n_mem = rng.poisson({"platinum": 2.5, "gold": 1.5, "silver": 0.8, "regular": 0.3}[c["member_level"]])
        for _ in range(n_mem):
            ev(c, rand_day(rng, seasonal=False), "tp_member", "view")

    # the last day of the extract has activity, so "today" in the data is 2026-10-31
    for k in range(12):
        c = customers[int(rng.integers(0, N_CUSTOMERS))]
        ev(c, datetime(2026, 10, 31, 9 + k, int(rng.integers(0, 60))), "tp_search", "view", product="hotel")

    events = sorted((e for e in events if START <= e[1] <= END), key=lambda e: (e[1], e[0]))
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
                    "product_type", "payment_method"])
        rows = []
        for i, (cid, ts, tp, action, dev, ch, product, pay) in enumerate(events, 1):
            rows.append([f"E{i:07d}", cid, ts.strftime("%Y-%m-%d %H:%M:%S"), tp, action, dev, ch,
                         f"S{cid[1:]}-{ts.strftime('%Y%m%d')}", product, pay])
        # a re-sent batch from the app tracker: 60 rows appear twice (same event_id, same content)
        dup_idx = set(int(x) for x in rng.choice(len(rows), size=60, replace=False))
        for i, r in enumerate(rows):
            w.writerow(r)
            if i in dup_idx:
                w.writerow(r)

    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        cols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "member_level", "home_city"]
        w.writerow(cols)
        for c in customers:
            w.writerow([c["signup_at"].strftime("%Y-%m-%d %H:%M:%S") if k == "signup_at" else c[k] for k in cols])

    orders = [o for o in orders if START <= o["ts"] <= END]
    orders.sort(key=lambda o: o["ts"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        cols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "product_type", "destination", "nights"]
        w.writerow(cols)
        for o in orders:
            w.writerow([o["ts"].strftime("%Y-%m-%d %H:%M:%S") if k == "ts" else
                        (f"{o[k]:.2f}" if k == "amount" else o[k]) for k in cols])

    # ---- feedback
    cust = {c["customer_id"]: c for c in customers}
    by_tp: dict[str, list] = {}
    for e in events:
        by_tp.setdefault(e[2], []).append(e)
    volume = {"tp_search": 160, "tp_detail": 200, "tp_booking_form": 220, "tp_payment": 260, "tp_confirmed": 120,
              "tp_checkin": 260, "tp_review": 520, "tp_rebook": 70, "tp_refund_request": 200,
              "tp_refund_review": 300, "tp_refund_done": 150, "tp_cs": 380, "tp_member": 90}
    neg_bias = {"tp_refund_review": 0.8, "tp_cs": 0.72, "tp_refund_request": 0.65, "tp_payment": 0.55,
                "tp_booking_form": 0.55, "tp_review": 0.2, "tp_rebook": 0.3}
    fb = []
    for tp, n in volume.items():
        pool = by_tp[tp]
        for _ in range(n):
            e = pool[int(rng.integers(0, len(pool)))]
            c = cust[e[0]]
            bias = neg_bias.get(tp, 0.45) + (0.15 if c["segment"] == "at_risk" else 0.0)
            templates = FEEDBACK[tp]
            negs = [t for t in templates if t[0] == "neg"]
            poss = [t for t in templates if t[0] == "pos"]
            if rng.random() < bias:
                k = 0 if rng.random() < 0.6 or len(negs) == 1 else int(rng.integers(1, len(negs)))
                sent, zh, en = negs[k]
            else:
                sent, zh, en = poss[int(rng.integers(0, len(poss)))]
            fb.append(dict(c=c, ts=e[1] + timedelta(hours=float(rng.uniform(0.2, 72))), tp=tp, sent=sent, texts=(zh, en),
                           product=e[6]))
    fb.extend(fb_ctx)
    fb.sort(key=lambda r: (r["ts"], r["c"]["customer_id"]))
    n_fb = 0
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                    "sentiment_label", "trip_type"])
        for i, r in enumerate(fb, 1):
            if r["ts"] > END:
                continue
            n_fb += 1
            lang_en = rng.random() < 0.4
            zh, en = r["texts"]
            text = en if lang_en else zh
            neg = r["sent"] == "neg"
            if rng.random() < 0.12:
                text += (". Please fix this!" if lang_en else "，希望尽快改进！") if neg else ("!" if lang_en else "，赞！")
            if r["tp"] == "tp_review":
                ch = "app_review"
            elif r["tp"] == "tp_cs":
                ch = "call_note"
            else:
                ch = pick(rng, [("app_review", 0.3), ("survey", 0.35), ("ticket", 0.25), ("social", 0.1)])
            rating = ""
            if r["tp"] == "tp_review" or rng.random() < 0.55:
                rating = int(rng.choice([1, 1, 2, 2, 3]) if neg else rng.choice([4, 4, 5, 5, 5]))
                if neg and r["tp"] == "tp_refund_review":
                    rating = int(rng.choice([1, 1, 1, 2]))
            nps = ""
            if ch == "survey":
                nps = int(rng.integers(0, 7) if neg else rng.integers(7, 11))
            ts = "" if rng.random() < 0.06 else r["ts"].strftime("%Y-%m-%dT%H:%M:%S")
            w.writerow([f"F{i:06d}", text, ts, r["c"]["customer_id"], r["tp"], ch, rating, nps, r["sent"], r["product"]])
    print(f"{out}: customers {len(customers)}, events {len(events)} (+60 duplicate rows), orders {len(orders)}, "
          f"feedback {n_fb}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
