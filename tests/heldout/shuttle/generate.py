"""机场快线 AirLink: airport shuttle seats and private transfers at PVG, CAN and CTU, 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4500
D = timedelta
CAN_MOVE = datetime(2025, 11, 1)          # 白云机场 T2 works: shuttle pickup point moved to a far car park
STORM = (datetime(2025, 7, 1), datetime(2025, 9, 1))      # summer thunderstorm season: flight delays at PVG / CAN
MP_OUTAGE = (datetime(2026, 3, 2), datetime(2026, 3, 23))  # mini-program payment bug (WeChat Pay callback)
FOSHAN_OPEN = datetime(2026, 5, 18)       # new route CAN - Foshan
LUJIAZUI = "PVG - Lujiazui"               # new vehicles and dedicated drivers: best rated line

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search", "搜索线路", "Route search", "consideration", "app", "digital", "product",
     "搜索|查线路|查班次|查价格|search|route search|looked up a route|searched"),
    ("tp_select", "选择座位/车型", "Seat or car selected", "consideration", "app", "digital", "product",
     "选座|选车型|选车|挑车型|下单页|select|seat selection|car selection|chose a car"),
    ("tp_pay", "支付成功（预订完成）", "Booking paid", "purchase", "app", "digital", "payments",
     "支付|付款|下单成功|预订成功|订票|booking|booked|paid|payment|booking paid"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|付不了款|扣款失败|payment failed|payment error|could not pay"),
    ("tp_assign", "派车（司机/车辆指派）", "Driver & vehicle assigned", "service", "other", "digital", "dispatch",
     "派车|派单|派司机|分配司机|指派车辆|dispatch|driver assigned|vehicle assigned|assignment"),
    ("tp_reminder", "接车提醒", "Pickup reminder sent", "service", "other", "digital", "dispatch",
     "提醒|短信提醒|接车提醒|出发提醒|reminder|pickup reminder|sms reminder|notification"),
    ("tp_delay_wait", "航班延误等待", "Flight delay waiting", "service", "other", "physical", "operations",
     "航班延误|延误等待|等延误航班|延误|flight delay|delay waiting|waiting for a delayed flight"),
    ("tp_checkin", "上车点签到", "Checked in at pickup point", "service", "store", "physical", "operations",
     "签到|上车点|候车点|集合点|接机口|到达上车点|check-in|checked in|pickup point|meeting point"),
    ("tp_noshow", "乘客未到（爽约）", "Passenger no-show", "service", "other", "physical", "operations",
     "未到|爽约|没来|放鸽子|no-show|no show|passenger did not show|missed pickup"),
    ("tp_trip_start", "行程开始（发车）", "Trip started", "service", "other", "physical", "operations",
     "发车|出发|上车出发|开车|行程开始|trip start|trip started|departure|departed"),
    ("tp_dropoff", "到达下车", "Dropped off", "service", "other", "physical", "operations",
     "到达|下车|送达|到站|drop-off|dropoff|dropped off|arrived|arrival"),
    ("tp_rate", "行程评价", "Trip rated", "loyalty", "app", "digital", "customer_experience",
     "评价|打分|评分|点评|rating|rated|review|trip rating|stars"),
    ("tp_cancel", "取消订单", "Booking cancelled", "service", "app", "digital", "customer_service",
     "取消|退订|取消预订|cancel|cancellation|cancelled booking"),
    ("tp_claim", "退款/赔付申请", "Refund / compensation claim", "service", "app", "digital", "customer_service",
     "退款申请|申请退款|赔付申请|索赔|投诉赔偿|refund request|claim|compensation claim|refund claim"),
    ("tp_refund_done", "退款/赔付到账", "Refund / compensation paid out", "service", "other", "digital", "finance",
     "退款到账|赔付到账|钱到账|退款完成|refund received|refund paid|money back|compensation paid"),
    ("tp_rebook", "再次预订", "Rebooked (repeat booking)", "loyalty", "app", "digital", "growth",
     "复购|再次预订|回头客|又订了|rebook|repeat booking|booked again|came back"),
    ("tp_support", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|热线|400电话|在线客服|customer service|hotline|support|called support"),
]
JOURNEYS = [
    ("booking", "预订转化", "Booking conversion", 3, ["tp_search", "tp_select", "tp_pay"]),
    ("fulfilment", "接送履约", "Trip fulfilment", 30,
     ["tp_pay", "tp_assign", "tp_reminder", "tp_checkin", "tp_trip_start", "tp_dropoff"]),
    ("after_trip", "行程后评价", "Rating after the trip", 7, ["tp_dropoff", "tp_rate"]),
]
# code, zh, en, share of home airports, routes: (en, zh, weight, minutes, sedan fare, seat fare)
AIRPORTS = {
    "PVG": ("浦东机场", "Shanghai Pudong", 0.45, [
        ("PVG - People's Square", "浦东机场-人民广场", 0.40, 60, 260.0, 36.0),
        ("PVG - Lujiazui", "浦东机场-陆家嘴", 0.27, 45, 220.0, 32.0),
        ("PVG - Hongqiao Hub", "浦东机场-虹桥枢纽", 0.18, 70, 300.0, 40.0),
        ("PVG - Suzhou", "浦东机场-苏州", 0.15, 120, 560.0, 68.0)]),
    "CAN": ("白云机场", "Guangzhou Baiyun", 0.30, [
        ("CAN - Tianhe", "白云机场-天河", 0.40, 45, 180.0, 26.0),
        ("CAN - Zhujiang New Town", "白云机场-珠江新城", 0.35, 50, 190.0, 28.0),
        ("CAN - Panyu", "白云机场-番禺", 0.25, 75, 260.0, 38.0),
        ("CAN - Foshan", "白云机场-佛山", 0.0, 80, 280.0, 40.0)]),
    "CTU": ("天府机场", "Chengdu Tianfu", 0.25, [
        ("CTU - Chunxi Road", "天府机场-春熙路", 0.40, 70, 240.0, 35.0),
        ("CTU - Hi-tech Zone", "天府机场-高新区", 0.40, 55, 210.0, 30.0),
        ("CTU - Shuangliu", "天府机场-双流", 0.20, 50, 190.0, 28.0)]),
}
# fleets per airport for private cars: (en, zh, share)
FLEETS = {"PVG": [("AirLink own fleet", "机场快线自营", 0.6), ("Shencheng Cars", "申城约车", 0.4)],
          "CAN": [("AirLink own fleet", "机场快线自营", 0.6), ("Yangcheng Transfer", "羊城专车", 0.4)],
          "CTU": [("AirLink own fleet", "机场快线自营", 0.4), ("Shudao Mobility", "蜀道出行", 0.6)]}
LATE_FLEET = "Shudao Mobility"
VEHICLES = {"shuttle_bus": ("班车座位", 0.0), "sedan": ("舒适型轿车", 1.0), "mpv": ("商务MPV", 1.45),
            "luxury": ("豪华型", 2.2)}
TRAVELLERS = [("business", "商务出行", 0.38), ("leisure", "休闲旅游", 0.40), ("family", "家庭出游", 0.22)]
CHANNELS = [("app", "App", 0.35), ("mini_program", "微信小程序", 0.29), ("ctrip", "携程", 0.21),
            ("fliggy", "飞猪", 0.15)]
TIERS = [("standard", "普通会员"), ("silver", "银卡会员"), ("gold", "金卡会员")]
CITIES = {"PVG": [("Shanghai", "上海", "华东", 0.75), ("Suzhou", "苏州", "华东", 0.1), ("Beijing", "北京", "华北", 0.15)],
          "CAN": [("Guangzhou", "广州", "华南", 0.7), ("Shenzhen", "深圳", "华南", 0.15), ("Beijing", "北京", "华北", 0.15)],
          "CTU": [("Chengdu", "成都", "西南", 0.8), ("Chongqing", "重庆", "西南", 0.1), ("Beijing", "北京", "华北", 0.1)]}
PRIVATE_P = {"business": 0.62, "leisure": 0.30, "family": 0.70}
CAR_MIX = {"business": [0.5, 0.15, 0.35], "leisure": [0.75, 0.2, 0.05], "family": [0.5, 0.48, 0.02]}
N_BOOK = {"business": 3.2, "leisure": 1.5, "family": 1.35}
SELECT_P = {"app": 0.72, "mini_program": 0.66, "ctrip": 0.80, "fliggy": 0.78}
REFUND_DAYS = {"app": 1.0, "mini_program": 1.2, "ctrip": 2.6, "fliggy": 7.5}   # median days claim -> money back
MONTH_W = {1: 1.2, 2: 1.25, 3: 0.85, 4: 0.95, 5: 1.0, 6: 0.95, 7: 1.35, 8: 1.3, 9: 0.95, 10: 1.2, 11: 0.85, 12: 0.9}

TEXT = {
    "driver_late": (
        ["司机迟到了{m}分钟，打电话才说在路上，差点误机", "约的{t}接机，司机晚了快半小时才到", "专车司机迟到，等得人很焦虑",
         "司机又迟到了，{fleet}的车每次都不准时", "派的司机找不到路，迟到二十多分钟", "说好提前到，结果司机比我还晚",
         "送机司机迟到，赶飞机差点来不及，体验很差"],
        ["The driver was {m} minutes late, I almost missed my flight", "Driver showed up half an hour late",
         "Private car was late again, no call from the driver", "Driver late and did not answer the phone"]),
    "pickup_wait_long": (
        ["上车点挪到停车场那边了，找了半天还要等车等了四十分钟", "在上车点等班车等太久了，说好的滚动发车呢",
         "候车点没有标识，等了半个多小时才发车", "班车要等坐满才走，在上车点干等{m}分钟", "白云机场上车点太远了，还要等很久",
         "上车点等车时间太长，带着行李站着很累"],
        ["Waited over 40 minutes at the pickup point before the shuttle left",
         "The pickup point moved and nobody told us, long wait", "Long wait at the pickup point, the bus only left when full"]),
    "luggage_small": (
        ["轿车后备箱太小，两个大箱子放不下，只能抱在腿上", "一家四口带三个箱子，舒适型根本装不下", "行李空间太小了，带娃出门东西多很不方便",
         "车太小了，婴儿车和行李箱塞不进后备箱", "订的轿车行李放不下，司机也没办法"],
        ["Boot was too small for our two suitcases", "Not enough luggage space for a family with a stroller",
         "The sedan could not fit our luggage"]),
    "refund_slow": (
        ["取消订单申请退款，一个多星期了钱还没到账", "退款太慢了，{ota}那边一直说在处理", "退款流程太慢，客服只会让我等",
         "申请退款十天了还没退回来", "赔付说三个工作日到账，结果拖了两周"],
        ["Refund took more than a week to come back", "Still waiting for my refund after 10 days",
         "Refund through the travel app was very slow"]),
    "vehicle_comfortable": (
        ["车很新很干净，座椅舒服，一路睡到机场", "商务车空间大，坐着很舒服", "车况很好，空调舒适，还有矿泉水",
         "豪华型真的值，安静又舒服", "车辆干净整洁，乘坐体验很好"],
        ["Very comfortable and clean car", "The MPV was spacious and comfortable", "Nice quiet car, smooth ride"]),
    "driver_helpful": (
        ["司机师傅很热情，主动帮我们搬行李", "师傅帮忙把箱子搬上车，还提醒我们别落东西", "司机人很好，帮抱娃的我们拿行李",
         "师傅提前在接机口举牌等候，帮忙提行李，很贴心", "司机很专业，帮忙搬行李还开得很稳"],
        ["The driver helped with our bags, very kind", "Friendly driver, carried the luggage for us",
         "Driver met us at arrivals and helped with the suitcases"]),
    "on_time": (
        ["准时发车，准时到达，很靠谱", "接机很准时，航班落地出来车就在了", "班车准点，比打车便宜多了", "预订方便，准时接送"],
        ["On time and easy", "Shuttle left on schedule, good value", "Pickup was right on time"]),
    "payment_failed": (
        ["小程序付款一直失败，提示支付超时，钱扣了订单却没成功", "微信支付老是转圈然后失败，试了三次都不行", "付不了款，只好去携程订了",
         "支付失败还重复扣款，找客服半天才处理", "小程序下单到最后一步就报错，体验太差"],
        ["Payment kept failing in the mini program", "Could not pay, the payment timed out twice",
         "Charged but the booking failed"]),
    "neutral": (["还行吧", "一般般，正常接送", "价格有点贵，其他还可以", "中规中矩"],
                ["It was ok", "Average", "Fine, nothing special"]),
}
TOPIC_TP = {"driver_late": "tp_trip_start", "pickup_wait_long": "tp_checkin", "luggage_small": "tp_trip_start",
            "refund_slow": "tp_refund_done", "vehicle_comfortable": "tp_dropoff", "driver_helpful": "tp_checkin",
            "on_time": "tp_dropoff", "neutral": "tp_dropoff",
            "payment_failed": "tp_pay_fail"}
NEG = {"driver_late", "pickup_wait_long", "luggage_small", "refund_slow", "payment_failed"}
POS = {"vehicle_comfortable", "driver_helpful", "on_time"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def day_weights():
    days, w = [], []
    t = START
    total = (END - START).days + 1
    cny = [datetime(2025, 1, 29), datetime(2026, 2, 17)]
    while t <= END:
        x = MONTH_W[t.month] * (1 + 0.28 * (t - START).days / total)
        if datetime(2025, 9, 29) <= t <= datetime(2025, 10, 6):
            x *= 1.9                                   # National Day golden week
        for c in cny:
            if c - D(days=14) <= t <= c - D(days=2) or c + D(days=5) <= t <= c + D(days=9):
                x *= 1.35                              # 春运 outbound / return
            if c - D(days=1) <= t <= c + D(days=3):
                x *= 0.5
        days.append(t)
        w.append(x)
        t += D(days=1)
    w = np.asarray(w)
    return days, w / w.sum()


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = self.n_bk = 0
        self.days, self.dw = day_weights()
        self.drivers = {}

    def pick(self, items, weights):
        w = np.asarray(weights, float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))]

    def logn(self, median, sigma):
        return float(median * np.exp(self.rng.normal(0, sigma)))

    def day(self):
        d = self.days[int(self.rng.choice(len(self.days), p=self.dw))]
        h = float(self.rng.choice([8, 10, 12, 14, 16, 18, 20, 22], p=[.08, .16, .16, .14, .14, .14, .12, .06]))
        return d + D(hours=h + float(self.rng.uniform(0, 2)))

    def ev(self, c, t, tp, action, bk=None, channel="", device="", **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   device=device, channel=channel, session_id=kw.pop("session_id", ""))
        if bk:
            row.update(booking_id=bk["id"], airport=bk["airport"], 机场=AIRPORTS[bk["airport"]][0],
                       route=bk["route"][0], 线路=bk["route"][1], product=bk["product"],
                       vehicle_type=bk["vehicle"], 车型=VEHICLES[bk["vehicle"]][0], direction=bk["direction"],
                       服务类型="送机" if bk["direction"] == "to_airport" else "接机",
                       booking_channel=bk["channel"])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, bk, t, kind, amount, status, **kw):
        self.n_ord += 1
        row = dict(order_id=f"AL{self.n_ord:07d}", customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, channel=bk["channel"], device=bk["device"], booking_id=bk["id"],
                   order_type=kind, airport=bk["airport"], 机场=AIRPORTS[bk["airport"]][0], route=bk["route"][0],
                   线路=bk["route"][1], vehicle_type=bk["vehicle"], 车型=VEHICLES[bk["vehicle"]][0],
                   direction=bk["direction"], passengers=bk["pax"], payment_method=bk["pay"], refunded_at="")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, bk=None, lang=None, **fill):
        if t is not None and t > END:
            return
        rng = self.rng
        self.n_fb += 1
        lang = lang or (c["lang"] if c else ("en" if rng.random() < 0.12 else "zh"))
        zh, en = TEXT[topic]
        pool = en if lang == "en" else zh
        vals = dict(m=int(rng.integers(20, 45)), t=f"{int(rng.integers(7, 22))}点", fleet="合作车队",
                    ota={"ctrip": "携程", "fliggy": "飞猪"}.get(bk["channel"] if bk else "", "平台"))
        vals.update(fill)
        text = pool[int(rng.integers(len(pool)))].format(**vals)
        if topic in NEG:
            sent = "negative"
            r = int(rng.choice([1, 2, 3], p=[0.35, 0.45, 0.2]))
            n = int(rng.choice(range(0, 7), p=[0.12, 0.1, 0.14, 0.18, 0.2, 0.14, 0.12]))
        elif topic in POS:
            sent = "positive"
            r = int(rng.choice([4, 5], p=[0.3, 0.7]))
            n = int(rng.choice([8, 9, 10], p=[0.2, 0.4, 0.4]))
        else:
            sent = "neutral"
            r = int(rng.choice([3, 4], p=[0.6, 0.4]))
            n = int(rng.choice([6, 7, 8], p=[0.3, 0.45, 0.25]))
        if rating == "auto":
            rating = r
        if nps == "auto":
            nps = n
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts="" if t is None else fmt(t), customer_id=c["id"] if c else "",
            touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating="" if rating is None else rating,
            nps="" if nps is None else nps, booking_id=bk["id"] if bk else "",
            airport=bk["airport"] if bk else "", 机场=AIRPORTS[bk["airport"]][0] if bk else "",
            route=bk["route"][0] if bk else "", vehicle_type=bk["vehicle"] if bk else "",
            车型=VEHICLES[bk["vehicle"]][0] if bk else ""))
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    # ---- customers
    def customer(self, i):
        rng = self.rng
        ap = self.pick(list(AIRPORTS), [a[2] for a in AIRPORTS.values()])
        city = self.pick(CITIES[ap], [x[3] for x in CITIES[ap]])
        tt, tt_zh, _ = self.pick(TRAVELLERS, [x[2] for x in TRAVELLERS])
        acq = self.pick(CHANNELS, [x[2] * (1.4 if (x[0] in ("ctrip", "fliggy") and tt == "leisure") else 1)
                                   for x in CHANNELS])
        lang = "en" if rng.random() < (0.14 if ap == "PVG" and tt == "business" else 0.04) else "zh"
        c = dict(id=f"C{i:05d}", airport=ap, city=city, tt=tt, tt_zh=tt_zh, acq=acq, lang=lang,
                 device=self.pick(["ios", "android"], [0.55, 0.45] if ap == "PVG" else [0.4, 0.6]),
                 age=self.pick(["18-24", "25-34", "35-44", "45-54", "55+"],
                               {"business": [.04, .38, .36, .17, .05], "leisure": [.2, .36, .2, .14, .1],
                                "family": [.02, .3, .48, .15, .05]}[tt]),
                 paid=0, last=None, first=None)
        self.customers.append(c)
        prospect = rng.random() < 0.2
        n = 1 if prospect else max(1, int(rng.poisson(N_BOOK[tt] - 1) + 1))
        dates = sorted(self.day() for _ in range(n))
        for k, t in enumerate(dates):
            self.booking(c, t, prospect)
        c["first"] = c["first"] or dates[0]

    def booking(self, c, t0, prospect):
        rng = self.rng
        ch = c["acq"][0] if rng.random() < 0.85 else self.pick([x[0] for x in CHANNELS], [x[2] for x in CHANNELS])
        dev = c["device"] if ch in ("app", "mini_program") or rng.random() < 0.75 else "pc"
        ap = c["airport"] if rng.random() < (0.7 if c["tt"] == "business" else 0.9) else \
            self.pick(list(AIRPORTS), [a[2] for a in AIRPORTS.values()])
        routes = AIRPORTS[ap][3]
        rw = [r[2] for r in routes]
        if ap == "CAN" and t0 >= FOSHAN_OPEN:
            rw[3] = 0.15
        route = self.pick(routes, rw)
        product = "private_car" if rng.random() < PRIVATE_P[c["tt"]] else "seat"
        vehicle = "shuttle_bus" if product == "seat" else self.pick(["sedan", "mpv", "luxury"], CAR_MIX[c["tt"]])
        pax = {"business": 1, "leisure": int(rng.choice([1, 2], p=[.5, .5])),
               "family": int(rng.choice([2, 3, 4], p=[.2, .45, .35]))}[c["tt"]]
        self.n_bk += 1
        bk = dict(id=f"BK{self.n_bk:06d}", airport=ap, route=(route[0], route[1]), product=product, vehicle=vehicle,
                  direction="to_airport" if rng.random() < 0.5 else "from_airport", channel=ch, device=dev, pax=pax,
                  pay=self.pick(["wechat_pay", "alipay", "card"], [0.55, 0.38, 0.07]) if ch in ("app", "mini_program")
                  else "ota_prepaid")
        if ch == "mini_program":
            bk["pay"] = "wechat_pay"
        self.n_sess += 1
        sess = f"S{self.n_sess:07d}"
        digital = dict(channel=ch, device=dev, session_id=sess)
        t = t0
        if c["first"] is None:
            c["first"] = t0
        for _ in range(int(rng.choice([1, 2, 3], p=[.6, .3, .1]))):
            self.ev(c, t, "tp_search", "search", bk, **digital)
            t += D(minutes=float(rng.uniform(0.5, 4)))
        repeat = c["paid"] > 0
        p_sel = SELECT_P[ch] + (0.12 if repeat else 0)
        if prospect:
            p_sel *= 0.3
        if rng.random() > p_sel:
            return
        t += D(minutes=float(rng.uniform(0.5, 5)))
        self.ev(c, t, "tp_select", "select", bk, **digital)
        outage = ch == "mini_program" and MP_OUTAGE[0] <= t < MP_OUTAGE[1]
        p_pay = 0.45 if outage else (0.86 if not repeat else 0.93)
        if prospect:
            p_pay = 0.0
        t += D(minutes=float(rng.uniform(1, 6)))
        fare = self.fare(bk, route)
        if rng.random() > p_pay:
            if outage or rng.random() < 0.12:
                self.ev(c, t, "tp_pay_fail", "fail", bk, **digital,
                        error_code="WXPAY_CALLBACK_TIMEOUT" if outage else self.pick(
                            ["CARD_DECLINED", "USER_CANCELLED", "BALANCE_LOW"], [.3, .5, .2]))
                if rng.random() < (0.5 if outage else 0.1):
                    ts = t + D(minutes=float(rng.uniform(3, 30)))
                    self.ev(c, ts, "tp_support", "call", bk, channel="phone", contact_reason="payment_failed")
                    if rng.random() < 0.6:
                        self.fb(c, ts + D(minutes=10), "payment_failed", "ticket", bk=bk)
            if rng.random() < 0.6:
                self.order(c, bk, t, product, fare, "cancelled")
            return
        if repeat:
            self.ev(c, t, "tp_rebook", "repeat_booking", bk, **digital)
            t += D(seconds=1)
        self.ev(c, t, "tp_pay", "success", bk, **digital, amount=f"{fare:.2f}")
        c["paid"] += 1
        main = self.order(c, bk, t, product, fare, "paid", coupon_amount="0.00" if rng.random() < 0.8 else "10.00")
        if c["tt"] == "family" and product == "private_car" and rng.random() < 0.55:
            self.order(c, bk, t, "child_seat", 30.0, "paid")
        self.fulfil(c, bk, t, main, route)

    def fare(self, bk, route):
        if bk["product"] == "seat":
            return route[5] * bk["pax"]
        return round(route[4] * VEHICLES[bk["vehicle"]][1] * float(self.rng.uniform(0.95, 1.05)), 0)

    def tier(self, c):
        return "gold" if c["paid"] >= 5 else ("silver" if c["paid"] >= 3 else "standard")

    def driver(self, ap, fleet):
        key = (ap, fleet)
        if key not in self.drivers:
            self.drivers[key] = [f"D{ap}{len(self.drivers):02d}{j:02d}" for j in range(12)]
        return self.drivers[key][int(self.rng.integers(12))]

    def fulfil(self, c, bk, t_pay, main, route):
        rng = self.rng
        ap, product = bk["airport"], bk["product"]
        lead_h = min(max(self.logn(30, 1.0), 1.5), 20 * 24)
        pickup = t_pay + D(hours=lead_h)
        ops = dict(channel="driver_app")
        # cancellation before the trip -> refund
        p_cancel = {"business": 0.05, "leisure": 0.08, "family": 0.09}[c["tt"]]
        if rng.random() < p_cancel:
            tc = t_pay + D(hours=lead_h * float(rng.uniform(0.1, 0.9)))
            self.ev(c, tc, "tp_cancel", "cancel", bk, channel=bk["channel"], device=bk["device"])
            self.refund(c, bk, tc + D(minutes=float(rng.uniform(1, 20))), main, "refund", float(main["amount"]))
            return
        if product == "private_car":
            fleet = self.pick(FLEETS[ap], [f[2] for f in FLEETS[ap]])
        else:
            fleet = FLEETS[ap][0]
        drv = self.driver(ap, fleet[0])
        extra = dict(fleet=fleet[0], 车队=fleet[1], driver_id=drv)
        t_assign = t_pay + D(hours=min(lead_h * 0.5, self.logn(3, 0.8)))
        self.ev(c, t_assign, "tp_assign", "assigned", bk, **ops, **extra)
        t_rem = max(pickup - D(hours=2), t_assign + D(minutes=1))   # short-notice bookings: reminder right away
        self.ev(c, t_rem, "tp_reminder", "sent", bk, channel="sms", **extra)
        # flight delay (pickups from the airport only)
        arrive = pickup + D(minutes=float(rng.uniform(-10, 5)))
        delay_min = 0.0
        if bk["direction"] == "from_airport":
            p_delay = 0.30 if (STORM[0] <= pickup < STORM[1] and ap in ("PVG", "CAN")) else 0.08
            if rng.random() < p_delay:
                delay_min = min(self.logn(70, 0.6), 400)
                self.ev(c, pickup, "tp_delay_wait", "waiting", bk, **ops, **extra,
                        flight_no=self.flight(ap), flight_delay_min=int(delay_min))
                arrive = pickup + D(minutes=delay_min)
        foshan = bk["route"][0] == "CAN - Foshan"
        p_noshow = 0.0 if foshan else (0.10 if (ap == "CAN" and pickup >= CAN_MOVE and product == "seat") else
                                       (0.06 if (ap == "CAN" and pickup >= CAN_MOVE) else 0.035))
        if rng.random() < p_noshow:
            self.ev(c, arrive + D(minutes=40), "tp_noshow", "no_show", bk, **ops, **extra)
            if rng.random() < 0.25:
                self.ev(c, arrive + D(hours=float(rng.uniform(1, 5))), "tp_support", "call", bk, channel="phone",
                        contact_reason="missed_pickup")
            if ap == "CAN" and pickup >= CAN_MOVE and rng.random() < 0.25:
                self.fb(c, arrive + D(hours=3), "pickup_wait_long", "app_review", rating="auto", bk=bk)
            return
        self.ev(c, arrive, "tp_checkin", "checked_in", bk, **ops, **extra)
        if product == "seat":
            slow = ap == "CAN" and arrive >= CAN_MOVE
            wait = min(self.logn(28 if slow else 9, 0.45), 120)
        else:
            late = fleet[0] == LATE_FLEET
            wait = min(self.logn(19 if late else 3.5, 0.5 if late else 0.6), 90)
        t_start = arrive + D(minutes=wait)
        self.ev(c, t_start, "tp_trip_start", "started", bk, **ops, **extra)
        t_drop = t_start + D(minutes=route[3] * float(rng.uniform(0.85, 1.3)))
        self.ev(c, t_drop, "tp_dropoff", "arrived", bk, **ops, **extra)
        c["last"] = t_drop
        # waiting surcharge: private cars, beyond the free waiting time (gold members 60 min, others 30)
        if product == "private_car" and delay_min > 0:
            free = 60 if self.tier(c) == "gold" else 30
            if delay_min > free:
                blocks = int(np.ceil((delay_min - free) / 30))
                if t_drop <= END:
                    self.order(c, bk, t_drop, "waiting_fee", 40.0 * blocks, "paid", wait_minutes=int(delay_min))
        # experience -> feedback
        topic = None
        if product == "private_car" and wait > 15:
            topic = "driver_late" if rng.random() < 0.8 else None
        elif product == "seat" and wait > 22:
            topic = "pickup_wait_long" if rng.random() < 0.75 else None
        elif c["tt"] == "family" and bk["vehicle"] == "sedan" and rng.random() < 0.6:
            topic = "luggage_small"
        if topic is None:
            w = {"vehicle_comfortable": 0.3 + (0.5 if bk["vehicle"] in ("mpv", "luxury") else 0),
                 "driver_helpful": 0.25 + (0.35 if c["tt"] == "family" else 0) + (0.1 if product == "private_car"
                                                                                 else -0.15),
                 "on_time": 0.35, "neutral": 0.25}
            if bk["route"][0] == LUJIAZUI:          # new vehicles + dedicated drivers on the Lujiazui line
                w["neutral"], w["vehicle_comfortable"] = 0.03, w["vehicle_comfortable"] + 0.2
            topic = self.pick(list(w), list(w.values()))
        p_rate = 0.42 if topic in NEG else 0.33
        if bk["route"][0] == "CAN - Foshan":
            p_rate, topic = 0.55, self.pick(["vehicle_comfortable", "driver_helpful", "on_time"], [1, 1, 1])
        if rng.random() < p_rate:
            t_rate = t_drop + D(hours=self.logn(2, 1.0))
            row = self.ev(c, t_rate, "tp_rate", "rated", bk, channel=bk["channel"] if bk["channel"] in
                          ("app", "mini_program") else "app", device=c["device"])
            if row is not None:
                if bk["route"][0] == "CAN - Foshan":
                    self.fb(c, t_rate, topic, "trip_rating", rating=5, bk=bk)
                else:
                    self.fb(c, t_rate, topic, "trip_rating", rating="auto", bk=bk)
                row["rating"] = self.feedback[-1]["rating"]
        elif bk["channel"] in ("ctrip", "fliggy") and rng.random() < 0.12:
            # OTA reviews: scraped from the partner, a third without a date
            self.fb(c, None if rng.random() < 0.33 else t_drop + D(days=float(rng.uniform(0.2, 4))), topic,
                    "ota_review", rating="auto", bk=bk)
        # compensation claims after a bad wait
        if (wait > 25 or delay_min > 0 and product == "seat" and delay_min > 120) and rng.random() < 0.45:
            tcl = t_drop + D(hours=self.logn(5, 0.8))
            amt = 50.0 if product == "private_car" else 20.0
            self.refund(c, bk, tcl, None, "compensation", amt)
        if rng.random() < 0.03:
            self.ev(c, t_drop + D(hours=float(rng.uniform(1, 48))), "tp_support", "chat", bk, channel="phone",
                    contact_reason=self.pick(["invoice", "lost_item", "other"], [.5, .25, .25]))

    def refund(self, c, bk, t_claim, main, kind, amount):
        rng = self.rng
        row = self.ev(c, t_claim, "tp_claim", "submit", bk, channel=bk["channel"], device=bk["device"],
                      claim_type=kind, claim_amount=f"{amount:.2f}")
        if row is None:
            return
        days = self.logn(REFUND_DAYS[bk["channel"]], 0.45)
        t_done = t_claim + D(days=days)
        if t_done > END:
            return
        self.ev(c, t_done, "tp_refund_done", "paid_out", bk, channel=bk["channel"], claim_type=kind,
                claim_amount=f"{amount:.2f}")
        if kind == "refund":
            main["status"] = "refunded"
            main["refunded_at"] = fmt(t_done)
            for o in self.orders[-3:]:
                if o["booking_id"] == bk["id"] and o["order_type"] == "child_seat":
                    o["status"], o["refunded_at"] = "refunded", fmt(t_done)
        else:
            self.order(c, bk, t_done, "compensation", amount, "compensated")
        if days > 5 and rng.random() < 0.7:
            ch = "ticket" if bk["channel"] in ("app", "mini_program") else ("ota_review" if rng.random() < 0.6
                                                                             else "ticket")
            self.fb(c, t_done - D(days=float(rng.uniform(0.5, 2))), "refund_slow", ch,
                    tp="tp_refund_done", rating="auto" if ch == "ota_review" else None, bk=bk)
        elif days > 5 and rng.random() < 0.2:
            self.ev(c, t_claim + D(days=3), "tp_support", "call", bk, channel="phone", contact_reason="refund_status")

    def flight(self, ap):
        air = {"PVG": ["MU", "FM", "HO", "CA"], "CAN": ["CZ", "CA", "MU"], "CTU": ["3U", "CA", "EU"]}[ap]
        return f"{air[int(self.rng.integers(len(air)))]}{int(self.rng.integers(1000, 9999))}"

    # ---- surveys and app reviews (customers not always known)
    def extras(self):
        rng = self.rng
        done = [c for c in self.customers if c["last"] is not None]
        # quarterly NPS survey (after a completed trip)
        for c in done:
            if rng.random() < 0.12:
                t = c["last"] + D(days=float(rng.uniform(3, 20)))
                if t > END:
                    continue
                topic = self.pick(["on_time", "vehicle_comfortable", "driver_helpful", "neutral", "driver_late",
                                   "pickup_wait_long"],
                                  [.25, .2, .15, .2, .12 if c["airport"] == "CTU" else .05,
                                   .12 if (c["airport"] == "CAN" and t >= CAN_MOVE) else .04])
                self.fb(c, t, topic, "nps_survey", tp=TOPIC_TP[topic], nps="auto")
        # app store reviews, not tied to a customer, 40 % without date
        for _ in range(160):
            t = self.day()
            topic = self.pick(["on_time", "neutral", "pickup_wait_long", "refund_slow", "driver_late",
                               "vehicle_comfortable"], [.3, .25, .12, .1, .1, .13])
            self.fb(None, None if rng.random() < 0.4 else t, topic, "app_review", rating="auto")


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED)
    g = Gen(rng)
    for i in range(1, N + 1):
        g.customer(i)
    g.extras()
    # a few exact duplicate event rows (re-sent by the driver app)
    for j in rng.choice(len(g.events), 30, replace=False):
        g.events.append(dict(g.events[int(j)]))
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))

    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                  channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=k, touchpoint_id=tp, window_days=j[3])
                          for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    cust = []
    for c in g.customers:
        tier = g.tier(c)
        if c["paid"] == 0:
            seg = "prospect"
        elif c["last"] is not None and c["last"] < END - D(days=180):
            seg = "at_risk"
        elif tier == "gold":
            seg = "vip"
        elif c["paid"] >= 2:
            seg = "returning"
        else:
            seg = "new"
        signup = c["first"] - D(days=float(rng.exponential(90)))
        cust.append(dict(customer_id=c["id"], signup_at=fmt(signup), segment=seg, region=c["city"][2],
                         acquisition_channel=c["acq"][0], 获客渠道=c["acq"][1], tier=tier,
                         会员等级=dict(TIERS)[tier], traveller_type=c["tt"], 出行类型=c["tt_zh"],
                         home_city=c["city"][0], 常住城市=c["city"][1], home_airport=c["airport"],
                         常用机场=AIRPORTS[c["airport"]][0], age_band=c["age"], language=c["lang"],
                         device=c["device"]))
    dump("customers.csv", cust, list(cust[0]))
    dump("events.csv", g.events,
         ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
          "booking_id", "booking_channel", "airport", "机场", "route", "线路", "product", "vehicle_type", "车型",
          "direction", "服务类型", "fleet", "车队", "driver_id", "flight_no", "flight_delay_min", "amount",
          "claim_type", "claim_amount", "error_code", "contact_reason", "rating"])
    dump("orders.csv", g.orders,
         ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "booking_id", "order_type",
          "airport", "机场", "route", "线路", "vehicle_type", "车型", "direction", "passengers", "payment_method",
          "coupon_amount", "wait_minutes", "refunded_at"])
    dump("feedback.csv", g.feedback,
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "booking_id",
          "airport", "机场", "route", "vehicle_type", "车型"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(cust)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
