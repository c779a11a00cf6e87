"""鹭航 EgretAir — synthetic regional airline (app + web booking, airport day of travel, refunds, 常旅客), written blind.

    python generate.py OUTDIR

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders and feedback as CSV (DATA.md). Data covers 2025-01-01 .. 2026-07-31 (tickets bought before the end may be for
flights after it; nothing after 2026-07-31 23:59:59 is written). See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
TYPHOON = (datetime(2025, 9, 2), datetime(2025, 9, 8))   # flights touching Fujian airports cancelled on these dates
FUJIAN = {"XMN", "FOC", "JJN"}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_fare_sale", "特价机票活动页", "Fare sale page", "awareness", "app", "digital", "marketing",
     "特价|活动页|促销|低价机票|fare sale|promo|deal"),
    ("tp_flight_search", "航班查询", "Flight search", "consideration", "app", "digital", "ecommerce",
     "查航班|搜航班|查询|search|flight search|look up flights"),
    ("tp_select_flight", "选择航班和票价", "Select flight & fare", "consideration", "app", "digital", "ecommerce",
     "选航班|选票价|选舱位|select flight|choose fare|fare selection"),
    ("tp_passenger_info", "填写乘机人信息", "Passenger details", "consideration", "app", "digital", "ecommerce",
     "乘机人|旅客信息|填信息|passenger info|passenger details|traveller details"),
    ("tp_payment", "支付", "Payment", "purchase", "app", "digital", "finance",
     "付款|支付|收银台|pay|payment|checkout"),
    ("tp_ticket_issued", "出票成功", "Ticket issued", "purchase", "app", "digital", "ecommerce",
     "出票|订票成功|购票成功|ticketed|ticket issued|booking confirmed|e-ticket"),
    ("tp_seat_selection", "付费选座", "Paid seat selection", "purchase", "app", "digital", "ancillary",
     "选座|付费座位|座位升级|seat|seat selection|paid seat|extra legroom"),
    ("tp_bag_purchase", "预购行李额", "Prepaid extra baggage", "purchase", "app", "digital", "ancillary",
     "买行李额|逾重行李|加购行李|extra bag|prepaid baggage|baggage allowance"),
    ("tp_upgrade", "付费升舱", "Paid upgrade", "purchase", "app", "digital", "ancillary",
     "升舱|升公务舱|upgrade|cabin upgrade"),
    ("tp_online_checkin", "网上值机", "Online check-in", "service", "app", "digital", "airport_ops",
     "手机值机|在线值机|网上值机|online check-in|mobile check-in|web check-in"),
    ("tp_airport_checkin", "机场值机", "Airport check-in", "service", "store", "physical", "airport_ops",
     "柜台值机|自助值机|值机柜台|airport check-in|check-in counter|kiosk check-in"),
    ("tp_bag_drop", "行李托运", "Bag drop", "service", "store", "physical", "airport_ops",
     "托运|交运行李|行李托运柜台|bag drop|baggage drop|check a bag"),
    ("tp_flight_delay", "航班延误通知", "Flight delay notice", "service", "app", "digital", "operations",
     "延误|晚点|延误通知|delay|delayed flight|delay notification"),
    ("tp_flight_cancelled", "航班取消", "Flight cancellation", "service", "app", "digital", "operations",
     "取消航班|航班取消|停飞|cancelled flight|flight cancellation"),
    ("tp_boarding", "登机", "Boarding", "service", "store", "physical", "airport_ops",
     "登机口|登机|上飞机|boarding|gate|board the plane"),
    ("tp_baggage_claim", "行李提取", "Baggage claim", "service", "store", "physical", "airport_ops",
     "提行李|行李转盘|取行李|baggage claim|carousel|bag collection"),
    ("tp_baggage_issue", "行李异常登记", "Mishandled baggage report", "service", "store", "physical", "airport_ops",
     "行李丢失|行李破损|行李延误|少收行李|lost bag|damaged bag|delayed baggage|mishandled baggage"),
    ("tp_change_request", "改签", "Flight change", "service", "app", "digital", "customer_service",
     "改期|改签|换航班|change flight|rebooking|date change"),
    ("tp_refund_request", "退票申请", "Refund request", "service", "app", "digital", "customer_service",
     "退票|申请退款|退票申请|refund request|cancel ticket|ask for refund"),
    ("tp_refund_review", "退票审核", "Refund review", "service", "app", "digital", "finance",
     "退票审核|审核通过|审核驳回|refund review|refund approval|refund rejected"),
    ("tp_refund_paid", "退款到账", "Refund paid", "service", "app", "digital", "finance",
     "退款到账|钱退回来|refund paid|refund received|money back"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|客诉|工单|95热线投诉|complaint|ticket|customer service case"),
    ("tp_survey", "航后评价", "Post-flight survey", "loyalty", "app", "digital", "cx",
     "评价|满意度调查|问卷|打分|survey|rating|CSAT|feedback form"),
    ("tp_ffp_enroll", "常旅客入会", "Frequent-flyer enrolment", "loyalty", "app", "digital", "loyalty",
     "注册会员|入会|加入常旅客|FFP enrol|join the frequent flyer programme|sign up"),
    ("tp_miles_credit", "里程累积", "Miles credited", "loyalty", "app", "digital", "loyalty",
     "积里程|里程到账|累积里程|miles credited|mileage accrual|earn miles"),
    ("tp_tier_upgrade", "会员升级", "Tier upgrade", "loyalty", "app", "digital", "loyalty",
     "升级|升金卡|升银卡|会员等级提升|tier upgrade|status upgrade|elite status"),
]
TP_CH = {tp[0]: tp[4] for tp in TOUCHPOINTS}

JOURNEYS = [
    ("booking", "在线订票", "Online booking",
     ["tp_flight_search", "tp_select_flight", "tp_passenger_info", "tp_payment", "tp_ticket_issued"], 3),
    ("day_of_travel", "值机到登机", "Check-in to boarding", ["tp_online_checkin", "tp_boarding"], 2),
    ("refund", "退票退款", "Refund", ["tp_refund_request", "tp_refund_review", "tp_refund_paid"], 30),
]

AIRPORTS = {  # code: zh name, en name
    "XMN": ("厦门高崎", "Xiamen Gaoqi"), "FOC": ("福州长乐", "Fuzhou Changle"), "JJN": ("泉州晋江", "Quanzhou Jinjiang"),
    "SHA": ("上海虹桥", "Shanghai Hongqiao"), "PEK": ("北京首都", "Beijing Capital"), "CAN": ("广州白云", "Guangzhou Baiyun"),
    "SZX": ("深圳宝安", "Shenzhen Bao'an"), "CTU": ("成都双流", "Chengdu Shuangliu"), "HGH": ("杭州萧山", "Hangzhou Xiaoshan"),
    "KMG": ("昆明长水", "Kunming Changshui"),
}
# route (hub first), weight, economy base fare, block minutes, first flight number
ROUTES = [
    ("XMN-SHA", 0.16, 820, 110, 8101), ("XMN-PEK", 0.15, 1180, 180, 8111), ("XMN-CAN", 0.12, 640, 85, 8121),
    ("XMN-SZX", 0.09, 600, 80, 8131), ("XMN-CTU", 0.12, 1080, 170, 8141), ("XMN-HGH", 0.09, 660, 90, 8151),
    ("XMN-KMG", 0.06, 1120, 165, 8161), ("FOC-CAN", 0.08, 720, 95, 8171), ("FOC-PEK", 0.07, 1220, 175, 8181),
    ("JJN-SHA", 0.06, 780, 105, 8191),
]
ROUTE_P = np.array([r[1] for r in ROUTES]) / sum(r[1] for r in ROUTES)
BAG_WAIT = {"CAN": 36.0, "SHA": 12.0, "PEK": 13.0, "CTU": 11.0}      # mean queue minutes at bag drop (else 8.5)
CLAIM_WAIT = {"PEK": 24.0, "SHA": 17.0}                               # mean minutes arrival -> bag on the belt (else 14)
TIERS = ["basic", "silver", "gold", "platinum"]
TIER_ZH = {"basic": "普卡", "silver": "银卡", "gold": "金卡", "platinum": "白金卡"}
TIER_P = [0.62, 0.20, 0.12, 0.06]
TRIPS = {"basic": 1.5, "silver": 3.6, "gold": 6.0, "platinum": 10.0}
LEAD = {"basic": 22.0, "silver": 16.0, "gold": 9.0, "platinum": 6.0}   # mean days booking -> departure
ATTACH = {"basic": 0.44, "silver": 0.33, "gold": 0.17, "platinum": 0.08}  # P(any paid ancillary) economy tickets
CABINS = ["economy", "premium_economy", "business"]
CABIN_ZH = {"economy": "经济舱", "premium_economy": "超级经济舱", "business": "公务舱"}
CABIN_MULT = {"economy": 1.0, "premium_economy": 1.5, "business": 2.9}
FARE_ECON = ["Y", "B", "M", "H", "K", "L", "Q"]
FARE_ECON_P = [0.08, 0.12, 0.16, 0.18, 0.18, 0.16, 0.12]
FARE_MULT = {"Y": 1.3, "B": 1.12, "M": 1.0, "H": 0.9, "K": 0.78, "L": 0.68, "Q": 0.58, "W": 1.0, "J": 1.0, "C": 0.9}
REFUND_FEE = {"Y": 0.05, "B": 0.10, "M": 0.15, "H": 0.20, "K": 0.25, "L": 0.30, "Q": 0.40, "W": 0.10, "J": 0.05, "C": 0.08}
SEASON = {1: 1.25, 2: 1.35, 3: 0.85, 4: 0.95, 5: 1.05, 6: 0.95, 7: 1.35, 8: 1.4, 9: 0.9, 10: 1.3, 11: 0.8, 12: 0.85}
PAY_FAIL = {"alipay": 0.025, "wechat_pay": 0.03, "unionpay": 0.05, "credit_card": 0.14}
ACQ = ["app_store", "search_ads", "ota_referral", "corporate", "member_referral", "airport_signup"]
REGIONS = ["福建", "广东", "上海", "北京", "四川", "浙江", "云南", "其他"]
REGION_HOME = {"福建": "XMN", "广东": "CAN", "上海": "SHA", "北京": "PEK", "四川": "CTU", "浙江": "HGH", "云南": "KMG",
               "其他": "XMN"}

TEXT = {
    "delay": {
        "zh": ["航班延误了三个多小时，一直没有人解释原因", "又延误了，成都这条线几乎每次都晚点两小时",
               "延误通知来得太晚，人都到登机口了才说延误", "飞机延误还不给安排餐食，体验很差", "延误两个小时，耽误了重要会议"],
        "en": ["Flight was delayed over three hours and nobody explained why", "Delayed again, this route is late almost every time",
               "The delay notice came way too late, we were already at the gate", "Two hour delay and no food vouchers offered",
               "Long delay made me miss my connection"],
    },
    "bag_queue": {
        "zh": ["托运柜台排队排了四十分钟，差点没赶上飞机", "白云机场托运排队太长了，只开了两个柜台", "行李托运排队等了快一个小时",
               "排队交运行李太慢，工作人员也不着急", "托运处排队的人太多了，建议多开柜台"],
        "en": ["Waited 40 minutes in the bag drop queue and nearly missed the flight", "Huge queue at bag drop, only two desks open",
               "The bag drop queue in Guangzhou was ridiculous", "Queued almost an hour just to check one bag",
               "Bag drop queue moved painfully slowly"],
    },
    "lost_bag": {
        "zh": ["到了目的地行李箱没到，等了两天才送过来", "行李箱轮子被摔坏了，索赔很麻烦", "行李丢了，打了好几次电话都没结果",
               "托运的行李箱被压变形了，里面东西也坏了", "行李晚到一天，没人主动联系我"],
        "en": ["My suitcase did not arrive and took two days to be delivered", "The wheels of my luggage were broken on arrival",
               "Lost luggage and nobody answers the phone", "Suitcase came out crushed and the contents were damaged",
               "Luggage arrived a day late with no update from the airline"],
    },
    "refund_slow": {
        "zh": ["退款一个多月了还没到账", "退票手续费太高，退款还特别慢", "申请退票后退款迟迟不到，客服只会让等",
               "台风航班取消了，退款等了好久", "退款进度查不到，到底什么时候到账"],
        "en": ["Still waiting for my refund after a month", "Refund fees are too high and the refund is very slow",
               "Requested a refund weeks ago and the money has not come back",
               "Flight cancelled for the typhoon and the refund took forever", "No way to track the refund status"],
    },
    "payment_fail": {
        "zh": ["信用卡支付一直失败，只好换支付宝", "付款页面卡住了，扣了钱却没出票", "支付失败了好几次，差点没订上",
               "网页版支付老是报错", "支付环节太容易失败了"],
        "en": ["Credit card payment kept failing on checkout", "Payment page froze, money taken but no ticket issued",
               "Payment failed three times before it went through", "The website payment keeps throwing errors",
               "Checkout payment is so unreliable"],
    },
    "seat_fee": {
        "zh": ["选座还要收费，太抠了", "靠窗座位也要付钱选，不合理", "付费选座价格太贵了"],
        "en": ["Charging for seat selection is just greedy", "Paid for a seat and still got moved", "Seat fees are far too expensive"],
    },
    "app_crash": {
        "zh": ["APP老是闪退，值机都办不了", "app更新后一直闪退", "APP很卡，加载航班要好久"],
        "en": ["The app keeps crashing when I open my trips", "App crashes after the latest update", "App is slow and laggy"],
    },
    "claim_slow": {
        "zh": ["转盘等行李等了半个多小时", "到达后取行李太慢了"],
        "en": ["Waited half an hour at the carousel", "Bags took ages to come out at arrivals"],
    },
    "crew_good": {
        "zh": ["乘务员服务很热情，很贴心", "空姐很耐心，照顾老人小孩很周到", "机组服务一流，会再坐鹭航"],
        "en": ["Cabin crew were friendly and attentive", "Lovely crew, very caring with my kids", "Great service from the crew"],
    },
    "ontime_good": {
        "zh": ["准点起飞准点到达，很满意", "航班很准时，整体体验不错", "提前到达，赞"],
        "en": ["On time departure and arrival, very happy", "Punctual flight and smooth trip", "Arrived early, great job"],
    },
    "checkin_easy": {
        "zh": ["手机值机很方便，几秒钟搞定", "网上值机选座很顺畅", "APP值机和电子登机牌都很好用"],
        "en": ["Mobile check-in was quick and easy", "Online check-in worked perfectly", "Love the e-boarding pass in the app"],
    },
    "app_good": {
        "zh": ["APP订票很方便，价格清楚", "界面简洁，订票很快"],
        "en": ["Booking in the app is super easy", "Clean app, booked in two minutes"],
    },
    "neutral": {
        "zh": ["一般般吧，没什么特别的", "还行，餐食普通", "整体还可以"],
        "en": ["It was ok", "Average flight, nothing special", "Fine, food was so-so"],
    },
}
PENALTY = {"delay": 2.0, "bag_queue": 1.6, "lost_bag": 2.2, "refund_slow": 2.0, "payment_fail": 1.7, "seat_fee": 1.1,
           "app_crash": 1.8, "claim_slow": 1.0}
TOPIC_TP = {"delay": "tp_flight_delay", "bag_queue": "tp_bag_drop", "lost_bag": "tp_baggage_issue",
            "refund_slow": "tp_refund_paid", "payment_fail": "tp_payment", "seat_fee": "tp_seat_selection",
            "app_crash": "tp_online_checkin", "claim_slow": "tp_baggage_claim", "crew_good": "tp_boarding",
            "ontime_good": "tp_boarding", "checkin_easy": "tp_online_checkin", "app_good": "tp_ticket_issued",
            "neutral": "tp_boarding"}
TICKET_CAT = {"delay": "delay", "bag_queue": "bag_drop_queue", "lost_bag": "baggage", "refund_slow": "refund",
              "payment_fail": "payment", "seat_fee": "ancillary_fee"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "s": 0, "b": 0}
    flights: dict = {}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def r():
        return float(rng.random())

    def choice(seq, p=None):
        if p is not None:
            p = np.asarray(p, dtype=float)
            p = p / p.sum()
        return seq[int(rng.choice(len(seq), p=p))]

    def iso(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def flight_info(ri, outbound, slot, day):
        """one scheduled flight: number, stations, departure, delay (shared by all its passengers)"""
        route, _, fare, block, fno0 = ROUTES[ri]
        hub, spoke = route.split("-")
        orig, dest = (hub, spoke) if outbound else (spoke, hub)
        fno = f"EG{fno0 + (0 if outbound else 1) + 2 * slot}"
        key = (fno, day)
        if key not in flights:
            hh, mm = ((7 + ri % 3, 5 + 5 * ri) if slot == 0 else (17 + ri % 4, 10 + 4 * ri)) if outbound else \
                ((11 + ri % 3, 15 + 3 * ri) if slot == 0 else (20 + ri % 2, 5 + 4 * ri))
            dep = datetime(day.year, day.month, day.day, hh, mm % 60)
            cancelled = None
            if (orig in FUJIAN or dest in FUJIAN) and TYPHOON[0] <= day <= TYPHOON[1]:
                cancelled = "typhoon"
            elif r() < 0.004:
                cancelled = choice(["weather", "technical"])
            p_delay = 0.16 + (0.07 if day.month in (6, 7, 8) else 0.0) + (0.03 if slot == 1 else 0.0)
            mean_delay = 38.0
            if route == "XMN-CTU":
                p_delay, mean_delay = 0.47 + (0.05 if day.month in (6, 7, 8) else 0.0), 78.0
            if r() < p_delay:
                delay = int(15 + rng.gamma(1.3, (mean_delay - 15) / 1.3))
                if route == "XMN-CTU":
                    reason = choice(["atc", "weather", "late_aircraft", "technical"], [0.55, 0.25, 0.15, 0.05])
                else:
                    reason = choice(["atc", "weather", "late_aircraft", "technical", "crew"], [0.3, 0.2, 0.32, 0.12, 0.06])
            else:
                delay, reason = int(max(0, rng.normal(2, 5))), None
                delay = min(delay, 14)
            flights[key] = dict(fno=fno, route=route, orig=orig, dest=dest, dep=dep, block=block, fare=fare,
                                delay=delay, reason=reason, cancelled=cancelled)
        return flights[key]

    def ev(c, t, tp, action, trip=None, session=None, channel=None, device=None, **extra):
        if t > END or t < START:
            return None
        row = {"event_id": nid("e", "E", 7), "customer_id": c["id"], "ts": iso(t), "touchpoint_id": tp,
               "session_id": session, "action": action, "device": device,
               "channel": channel or (c["ch"] if TP_CH[tp] == "app" else "airport")}
        if tp in ("tp_complaint",):
            row["channel"] = channel or "phone"
        if trip is not None:
            f = trip["f"]
            row.update(booking_ref=trip["ref"], flight_no=f["fno"], route=f["route"], origin_airport=f["orig"],
                       出发机场=AIRPORTS[f["orig"]][0], dest_airport=f["dest"], 到达机场=AIRPORTS[f["dest"]][0],
                       flight_date=f["dep"].strftime("%Y-%m-%d"), cabin=trip["cabin"], 舱位=CABIN_ZH[trip["cabin"]],
                       fare_class=trip["fc"])
        row.update(extra)
        events.append(row)
        return row

    def order(c, trip, t, kind, amount, channel, device, **extra):
        row = {"order_id": nid("o", "O", 6), "customer_id": c["id"], "ts": t, "amount": round(float(amount), 2),
               "status": "paid", "channel": channel, "device": device, "order_type": kind, "booking_ref": trip["ref"],
               "flight_no": None, "route": None, "origin_airport": None, "出发机场": None, "dest_airport": None,
               "到达机场": None, "flight_date": None, "cabin": trip["cabin"], "舱位": CABIN_ZH[trip["cabin"]],
               "fare_class": trip["fc"], "bag_count": None, "seat_type": None, "refund_amount": None,
               "refunded_at": None}
        row.update(extra)
        trip["orders"].append(row)
        orders.append(row)
        return row

    def fb(c, t, tp, channel, topic, rating=None, nps=None, trip=None, no_ts=False, **extra):
        if t is not None and t > END:
            return None
        row = {"feedback_id": nid("f", "FB", 5), "text": choice(TEXT[topic][c["lang"]]),
               "ts": None if (no_ts or t is None) else iso(t), "customer_id": c["id"], "touchpoint_id": tp,
               "channel": channel, "rating": rating, "nps": nps, "language": c["lang"], "会员等级": TIER_ZH[c["tier"]]}
        if trip is not None:
            f = trip["f"]
            row.update(booking_ref=trip["ref"], flight_no=f["fno"], route=f["route"], origin_airport=f["orig"],
                       出发机场=AIRPORTS[f["orig"]][0], dest_airport=f["dest"], cabin=trip["cabin"],
                       delay_minutes=f["delay"] if not f["cancelled"] else None)
        row.update(extra)
        feedback.append(row)
        return row

    def complaint(c, t, topic, trip=None):
        if t > END:
            return
        ev(c, t, "tp_complaint", "open", trip, channel="phone", ticket_category=TICKET_CAT[topic])
        fb(c, t, TOPIC_TP[topic], "ticket", topic, trip=trip, category=TICKET_CAT[topic])

    def rating_for(topic, base=4.5):
        v = base - PENALTY.get(topic, 0.0) + float(rng.normal(0, 0.7))
        return int(min(5, max(1, round(v))))

    total_days = (END - START).days + 1
    n_cust = 5000
    for i in range(n_cust):
        tier = choice(TIERS, TIER_P)
        legacy = r() < 0.68
        if legacy:
            signup = datetime(2016, 1, 1) + timedelta(days=int(rng.integers(0, 3200)), minutes=int(rng.integers(420, 1380)))
        else:
            signup = START + timedelta(days=float(rng.uniform(0, total_days - 15)))
            signup = signup.replace(hour=int(rng.integers(7, 23)), minute=int(rng.integers(0, 60)), second=0, microsecond=0)
            if tier == "platinum":
                tier = "gold"
        region = choice(REGIONS, [0.34, 0.14, 0.12, 0.1, 0.08, 0.08, 0.04, 0.10])
        lang = "en" if r() < 0.18 else "zh"
        app_user = r() < (0.62 if signup >= START else 0.5)
        dev = ("ios" if r() < 0.5 else "android") if app_user else "pc"
        switch_at = None
        if not app_user and r() < 0.3:   # web customers moving to the app during the period
            switch_at = START + timedelta(days=float(rng.uniform(60, total_days)))
        if signup >= START:
            acq = choice(ACQ, [0.34, 0.2, 0.14, 0.08, 0.12, 0.12])
        else:
            acq = choice(ACQ, [0.22, 0.18, 0.2, 0.16, 0.12, 0.12])
        c = {"id": f"M{i + 1:05d}", "tier": tier, "signup": signup, "region": region, "lang": lang, "dev": dev,
             "ch": "app" if app_user else "web", "switch": switch_at, "acq": acq, "home": REGION_HOME[region],
             "flights": [], "age": choice(["18-29", "30-44", "45-59", "60+"], [0.27, 0.4, 0.23, 0.1])}
        customers.append(c)
        t0 = max(signup, START)

        def chan_at(t):
            if c["switch"] is not None and t >= c["switch"]:
                return "app", ("ios" if int(c["id"][1:]) % 2 else "android")
            return c["ch"], c["dev"]

        if signup >= START:
            ch0, dv0 = chan_at(signup)
            ev(c, signup, "tp_ffp_enroll", "submit", channel=ch0, device=dv0)
        # browsing-only searches (no intent to buy now)
        for _ in range(int(rng.poisson(1.6))):
            tb = t0 + timedelta(days=float(rng.uniform(0, max(1.0, (END - t0).days))), minutes=float(rng.uniform(0, 900)))
            ch, dv = chan_at(tb)
            sess = nid("s", "S", 7)
            ri = int(rng.choice(len(ROUTES), p=ROUTE_P))
            ev(c, tb, "tp_flight_search", "search", session=sess, channel=ch, device=dv, route=ROUTES[ri][0])
            if r() < 0.35:
                ev(c, tb + timedelta(minutes=float(rng.uniform(1, 5))), "tp_select_flight", "click", session=sess,
                   channel=ch, device=dv, route=ROUTES[ri][0])
        # tier upgrade events (silver and above reached their tier at some point; some of them inside the period)
        if tier != "basic" and r() < (0.28 if legacy else 0.6):
            tu = t0 + timedelta(days=float(rng.uniform(20, max(21.0, (END - t0).days))))
            ch, dv = chan_at(tu)
            ev(c, tu, "tp_tier_upgrade", "upgrade", channel=ch, device=dv, new_tier=tier, 会员等级=TIER_ZH[tier])

        n_trips = int(rng.poisson(TRIPS[tier] * (END + timedelta(days=45) - t0).days / (total_days + 45)))
        if r() < 0.08:
            n_trips = 0
        for _ in range(n_trips):
            # flight day with seasonality (accept-reject)
            while True:
                day = t0 + timedelta(days=float(rng.uniform(1, (END + timedelta(days=45) - t0).days)))
                if r() < SEASON[day.month] / 1.4:
                    break
            day = datetime(day.year, day.month, day.day)
            if r() < 0.45 and c["home"] in AIRPORTS:
                cands = [k for k, rt in enumerate(ROUTES) if c["home"] in rt[0].split("-")]
                ri = choice(cands) if cands else int(rng.choice(len(ROUTES), p=ROUTE_P))
            else:
                ri = int(rng.choice(len(ROUTES), p=ROUTE_P))
            outbound = r() < 0.5
            slot = 0 if r() < 0.55 else 1
            f = flight_info(ri, outbound, slot, day)
            lead = float(rng.gamma(1.6, LEAD[tier] / 1.6))
            book_t = f["dep"] - timedelta(days=lead, hours=float(rng.uniform(1, 10)))
            if book_t < max(t0, START) or book_t > END:
                continue
            pc = {"basic": [0.93, 0.05, 0.02], "silver": [0.88, 0.08, 0.04], "gold": [0.78, 0.1, 0.12],
                  "platinum": [0.6, 0.12, 0.28]}[tier]
            cabin = choice(CABINS, pc)
            fc = choice(FARE_ECON, FARE_ECON_P) if cabin == "economy" else ("W" if cabin == "premium_economy" else
                                                                           choice(["J", "C"], [0.4, 0.6]))
            if tier in ("gold", "platinum") and fc in ("L", "Q"):
                fc = "M"
            fare = f["fare"] * CABIN_MULT[cabin] * FARE_MULT[fc] * SEASON[day.month] ** 0.5 * float(rng.uniform(0.92, 1.08))
            fare = round(fare / 10) * 10
            cnt["b"] += 1
            trip = {"ref": f"PNR{cnt['b']:06d}", "f": f, "cabin": cabin, "fc": fc, "orders": []}
            # booking sessions: up to 3 attempts
            t = book_t
            ticket_t = None
            for attempt in range(3):
                ch, dv = chan_at(t)
                app = ch == "app"
                sess = nid("s", "S", 7)
                tt = t
                if r() < 0.18:
                    ev(c, tt - timedelta(minutes=2), "tp_fare_sale", "view", session=sess, channel=ch, device=dv)
                ev(c, tt, "tp_flight_search", "search", session=sess, channel=ch, device=dv, route=f["route"])
                ok = False
                if r() < (0.8 if app else 0.64):
                    tt += timedelta(minutes=float(rng.uniform(1, 6)))
                    ev(c, tt, "tp_select_flight", "click", trip, sess, ch, dv)
                    if r() < (0.86 if app else 0.7):
                        tt += timedelta(minutes=float(rng.uniform(1, 5)))
                        ev(c, tt, "tp_passenger_info", "submit", trip, sess, ch, dv)
                        if r() < (0.84 if app else 0.7):
                            pay = choice(["alipay", "wechat_pay", "unionpay", "credit_card"],
                                         [0.42, 0.38, 0.08, 0.12] if app else [0.3, 0.12, 0.22, 0.36])
                            if lang == "en":
                                pay = choice(["alipay", "credit_card"], [0.35, 0.65])
                            for k in range(2):
                                tt += timedelta(minutes=float(rng.uniform(0.5, 3)))
                                if r() < PAY_FAIL[pay]:
                                    ev(c, tt, "tp_payment", "fail", trip, sess, ch, dv, payment_method=pay, amount=fare)
                                    if r() < 0.45:
                                        continue
                                    break
                                ev(c, tt, "tp_payment", "success", trip, sess, ch, dv, payment_method=pay, amount=fare)
                                ok = True
                                break
                if ok:
                    tt += timedelta(seconds=float(rng.uniform(20, 120)))
                    if tt > f["dep"] - timedelta(hours=1):
                        ok = False
                if ok:
                    ticket_t = tt
                    trip["ch"], trip["dev"], trip["pay"] = ch, dv, pay
                    ev(c, tt, "tp_ticket_issued", "issued", trip, sess, ch, dv, amount=fare)
                    break
                if r() > 0.55:
                    break
                t = t + timedelta(hours=float(rng.uniform(3, 40)))
                if t > f["dep"] - timedelta(hours=3) or t > END:
                    break
            if ticket_t is None:
                continue
            tk = order(c, trip, ticket_t, "ticket", fare, trip["ch"], trip["dev"], payment_method=trip["pay"],
                       flight_no=f["fno"], route=f["route"], origin_airport=f["orig"], 出发机场=AIRPORTS[f["orig"]][0],
                       dest_airport=f["dest"], 到达机场=AIRPORTS[f["dest"]][0], flight_date=f["dep"].strftime("%Y-%m-%d"))
            c_ch, c_dv = trip["ch"], trip["dev"]
            # void within 24 h
            if r() < 0.028:
                tk["status"] = "cancelled"
                continue
            # ancillaries
            if cabin != "business" and r() < ATTACH[tier]:
                kinds = []
                u = r()
                kinds = ["seat"] if u < 0.45 else (["bag"] if u < 0.85 else ["seat", "bag"])
                if r() < 0.06:
                    kinds.append("upgrade")
                ta = ticket_t + (timedelta(minutes=float(rng.uniform(1, 6))) if r() < 0.6 else
                                 timedelta(hours=float(rng.uniform(2, max(3.0, (f["dep"] - ticket_t).total_seconds() / 3600 - 3)))))
                if ta > f["dep"] - timedelta(hours=2):
                    ta = ticket_t + timedelta(minutes=3)
                for kd in kinds:
                    ta += timedelta(minutes=float(rng.uniform(0.5, 3)))
                    if kd == "seat":
                        st = choice(["standard_window", "front_row", "exit_row"], [0.5, 0.3, 0.2])
                        amt = {"standard_window": 40, "front_row": 80, "exit_row": 120}[st] * (1.5 if f["block"] > 150 else 1)
                        ev(c, ta, "tp_seat_selection", "purchase", trip, None, c_ch, c_dv, seat_type=st, amount=amt)
                        order(c, trip, ta, "seat", amt, c_ch, c_dv, seat_type=st, flight_date=f["dep"].strftime("%Y-%m-%d"),
                              route=f["route"], flight_no=f["fno"], origin_airport=f["orig"], 出发机场=AIRPORTS[f["orig"]][0])
                    elif kd == "bag":
                        nb = 1 if r() < 0.78 else 2
                        amt = nb * (150 if f["block"] <= 120 else 200)
                        trip["prebag"] = nb
                        ev(c, ta, "tp_bag_purchase", "purchase", trip, None, c_ch, c_dv, bag_count=nb, amount=amt)
                        order(c, trip, ta, "bag", amt, c_ch, c_dv, bag_count=nb, flight_date=f["dep"].strftime("%Y-%m-%d"),
                              route=f["route"], flight_no=f["fno"], origin_airport=f["orig"], 出发机场=AIRPORTS[f["orig"]][0])
                    else:
                        amt = round(f["fare"] * 0.6 / 10) * 10
                        ev(c, ta, "tp_upgrade", "purchase", trip, None, c_ch, c_dv, amount=amt)
                        order(c, trip, ta, "upgrade", amt, c_ch, c_dv, flight_date=f["dep"].strftime("%Y-%m-%d"),
                              route=f["route"], flight_no=f["fno"], origin_airport=f["orig"], 出发机场=AIRPORTS[f["orig"]][0])

            def do_refund(t_req, involuntary, reason):
                ev(c, t_req, "tp_refund_request", "submit", trip, None, c_ch, c_dv, refund_reason=reason)
                if not involuntary and fc in ("Q",) and r() < 0.6 or (not involuntary and r() < 0.04):
                    ev(c, t_req + timedelta(days=float(rng.uniform(0.5, 3))), "tp_refund_review", "rejected", trip, None,
                       c_ch, c_dv, refund_reason=reason)
                    return False
                t_ap = t_req + timedelta(hours=float(rng.uniform(2, 20) if involuntary else rng.uniform(6, 90)))
                ev(c, t_ap, "tp_refund_review", "approved", trip, None, c_ch, c_dv, refund_reason=reason)
                slow = r() < (0.12 if not involuntary else 0.3 if reason == "typhoon" else 0.1)
                t_pd = t_ap + timedelta(days=float(rng.uniform(22, 48) if slow else rng.uniform(2, 12)))
                amt = sum(o["amount"] for o in trip["orders"] if o["status"] == "paid" and o["order_type"] != "change_fee")
                if not involuntary:
                    amt -= tk["amount"] * REFUND_FEE[fc]
                ev(c, t_pd, "tp_refund_paid", "paid", trip, None, c_ch, c_dv, amount=round(amt, 2), refund_reason=reason)
                if t_pd <= END:
                    for o in trip["orders"]:
                        if o["status"] == "paid" and o["order_type"] != "change_fee":
                            o["status"] = "refunded"
                            o["refunded_at"] = t_pd
                            o["refund_amount"] = round(o["amount"] * (1 if involuntary or o is not tk
                                                                      else 1 - REFUND_FEE[fc]), 2)
                    if (t_pd - t_req).days > 20 and r() < 0.45:
                        tc = t_req + timedelta(days=float(rng.uniform(15, 20)))
                        complaint(c, tc, "refund_slow", trip)
                    if r() < 0.06:
                        fb(c, t_pd + timedelta(days=1), "tp_refund_paid", "social", "refund_slow", trip=trip,
                           no_ts=r() < 0.3)
                return True

            # voluntary refund or change before the flight
            u = r()
            if u < 0.045:
                t_req = ticket_t + timedelta(hours=float(rng.uniform(25, max(26.0, (f["dep"] - ticket_t).total_seconds() / 3600 - 2))))
                if t_req < f["dep"] - timedelta(hours=2):
                    if do_refund(t_req, False, "voluntary"):
                        continue
            elif u < 0.095:
                t_ch = ticket_t + timedelta(hours=float(rng.uniform(2, max(3.0, (f["dep"] - ticket_t).total_seconds() / 3600 - 3))))
                if t_ch < f["dep"] - timedelta(hours=3):
                    nd = f["dep"] + timedelta(days=int(rng.integers(1, 8)))
                    nf = flight_info(ri, outbound, slot, datetime(nd.year, nd.month, nd.day))
                    fee = 0 if tier in ("gold", "platinum") or fc in ("Y", "J", "W") else round(fare * 0.1 / 10) * 10
                    ev(c, t_ch, "tp_change_request", "changed", trip, None, c_ch, c_dv, change_reason="voluntary",
                       old_flight_date=f["dep"].strftime("%Y-%m-%d"), new_flight_date=nf["dep"].strftime("%Y-%m-%d"),
                       amount=fee)
                    if fee > 0 and t_ch <= END:
                        order(c, trip, t_ch, "change_fee", fee, c_ch, c_dv, flight_date=nf["dep"].strftime("%Y-%m-%d"),
                              route=f["route"], flight_no=nf["fno"], origin_airport=f["orig"], 出发机场=AIRPORTS[f["orig"]][0])
                    trip["f"] = f = nf
                    tk["flight_date"] = f["dep"].strftime("%Y-%m-%d")
            # irregular operations: cancellation
            if f["cancelled"]:
                tcx = f["dep"] - timedelta(hours=float(rng.uniform(6, 30)))
                if tcx < ticket_t:
                    tcx = ticket_t + timedelta(minutes=30)
                ev(c, tcx, "tp_flight_cancelled", "notify", trip, None, c_ch, c_dv, cancel_reason=f["cancelled"])
                if r() < (0.85 if f["cancelled"] == "typhoon" else 0.7):
                    do_refund(tcx + timedelta(hours=float(rng.uniform(0.5, 40))), True, f["cancelled"])
                    continue
                nd = f["dep"] + timedelta(days=int(rng.integers(3, 6)))
                nf = flight_info(ri, outbound, slot, datetime(nd.year, nd.month, nd.day))
                ev(c, tcx + timedelta(hours=2), "tp_change_request", "changed", trip, None, c_ch, c_dv,
                   change_reason="irregular_ops", old_flight_date=f["dep"].strftime("%Y-%m-%d"),
                   new_flight_date=nf["dep"].strftime("%Y-%m-%d"), amount=0)
                trip["f"] = f = nf
                tk["flight_date"] = f["dep"].strftime("%Y-%m-%d")
                if f["cancelled"]:
                    continue
            # long delay known in advance -> some refund instead of flying
            dep = f["dep"]
            if f["delay"] >= 180 and r() < 0.2:
                tq = dep - timedelta(minutes=float(rng.uniform(40, 100)))
                ev(c, tq - timedelta(minutes=20), "tp_flight_delay", "notify", trip, None, c_ch, c_dv,
                   delay_minutes=f["delay"], delay_reason=f["reason"])
                do_refund(tq, True, "long_delay")
                continue
            # ---- day of travel
            if r() < 0.022:   # no-show
                continue
            online = r() < ((0.8 if c_ch == "app" else 0.52) + (0.1 if tier == "platinum" else 0))
            has_bag = r() < {"economy": 0.4, "premium_economy": 0.5, "business": 0.62}[cabin] or trip.get("prebag")
            nbag = trip.get("prebag") or (1 if r() < 0.82 else 2)
            arrive = dep - timedelta(minutes=float(rng.uniform(55, 150)))
            mode = None
            wait = None
            if online:
                ev(c, dep - timedelta(hours=float(rng.uniform(2, 24))), "tp_online_checkin", "checkin", trip, None,
                   c_ch, c_dv, checkin_mode=c_ch)
            if has_bag:
                mean = BAG_WAIT.get(f["orig"], 8.5) * (1.2 if f["orig"] == "CAN" and dep.month in (1, 2, 7, 8, 10) else 1)
                wait = int(round(float(rng.gamma(4.0, mean / 4.0))))
            if not online:
                mode = "kiosk" if (r() < 0.4 and not has_bag) else "counter"
                tci = arrive + timedelta(minutes=(wait if (has_bag and mode == "counter") else float(rng.uniform(1, 6))))
                ev(c, tci, "tp_airport_checkin", "checkin", trip, None, "airport", None, checkin_mode=mode,
                   wait_minutes=wait if has_bag else None)
            if has_bag:
                tbd = arrive + timedelta(minutes=wait + float(rng.uniform(1, 3)))
                ev(c, tbd, "tp_bag_drop", "accepted", trip, None, "airport", None, bag_count=nbag, wait_minutes=wait)
                if wait >= 40 and r() < 0.12:
                    complaint(c, tbd + timedelta(hours=float(rng.uniform(3, 48))), "bag_queue", trip)
            if f["delay"] >= 30:
                ev(c, dep - timedelta(minutes=float(rng.uniform(30, 120))), "tp_flight_delay", "notify", trip, None,
                   c_ch, c_dv, delay_minutes=f["delay"], delay_reason=f["reason"])
            if online and r() < 0.012:   # checked in, missed the flight
                continue
            tboard = dep + timedelta(minutes=f["delay"] - float(rng.uniform(20, 32)))
            ev(c, tboard, "tp_boarding", "boarded", trip, None, "airport", None, delay_minutes=f["delay"],
               delay_reason=f["reason"])
            c["flights"].append(dep)
            arr = dep + timedelta(minutes=f["delay"] + f["block"])
            issue = None
            claim = None
            if has_bag:
                claim = int(round(float(rng.gamma(3.0, CLAIM_WAIT.get(f["dest"], 14.0) / 3.0))))
                u2 = r()
                if u2 < 0.009:
                    issue = "delayed"
                elif u2 < 0.013:
                    issue = "damaged"
                elif u2 < 0.0145:
                    issue = "lost"
                if issue not in ("delayed", "lost"):
                    ev(c, arr + timedelta(minutes=claim), "tp_baggage_claim", "collected", trip, None, "airport", None,
                       bag_count=nbag, claim_minutes=claim)
                if issue:
                    ev(c, arr + timedelta(minutes=claim + float(rng.uniform(5, 25))), "tp_baggage_issue", "report", trip,
                       None, "airport", None, issue_type=issue, bag_count=nbag)
                    if r() < 0.5:
                        complaint(c, arr + timedelta(days=float(rng.uniform(0.5, 4))), "lost_bag", trip)
            ev(c, arr + timedelta(days=float(rng.uniform(1, 3))), "tp_miles_credit", "credit", trip, None, c_ch, c_dv,
               miles=int(f["block"] * 6 * CABIN_MULT[cabin]))
            if f["delay"] >= 120 and r() < 0.4 or 60 <= f["delay"] < 120 and r() < 0.1:
                complaint(c, arr + timedelta(hours=float(rng.uniform(2, 72))), "delay", trip)
            # post-flight survey
            if r() < 0.26:
                ts = arr + timedelta(days=float(rng.uniform(0.3, 3)))
                topic = None
                if issue and r() < 0.85:
                    topic = "lost_bag"
                elif f["delay"] >= 60 and r() < 0.75:
                    topic = "delay"
                elif wait is not None and wait >= 30 and r() < 0.65:
                    topic = "bag_queue"
                elif claim is not None and claim >= 30 and r() < 0.5:
                    topic = "claim_slow"
                elif any(o["order_type"] == "seat" for o in trip["orders"]) and r() < 0.15:
                    topic = "seat_fee"
                if topic is None:
                    topic = choice(["crew_good", "ontime_good", "checkin_easy", "neutral", "delay"],
                                   [0.3, 0.28 if f["delay"] < 15 else 0.0, 0.22 if online else 0.0, 0.2,
                                    0.0 if f["delay"] < 15 else 0.28])
                    if topic == "checkin_easy" and not online:
                        topic = "neutral"
                base = 4.55 if topic not in ("neutral",) else 3.6
                rt = rating_for(topic, base)
                nps = int(min(10, max(0, round(rt * 2.1 - 1.2 + float(rng.normal(0, 1.3))))))
                ev(c, ts, "tp_survey", "submit", trip, None, c_ch, c_dv, stars=rt)
                fb(c, ts, TOPIC_TP[topic], "survey", topic, rating=rt, nps=nps, trip=trip)
            if r() < 0.04 and f["delay"] >= 60:
                fb(c, arr + timedelta(hours=3), "tp_flight_delay", "social", "delay", trip=trip, no_ts=r() < 0.3)
            if r() < 0.01 and wait is not None and wait >= 30:
                fb(c, tbd + timedelta(hours=1), "tp_bag_drop", "social", "bag_queue", trip=trip, no_ts=r() < 0.3)
        # app store reviews
        if (c["ch"] == "app" or c["switch"]) and r() < 0.1:
            topic = choice(["app_crash", "payment_fail", "checkin_easy", "app_good", "seat_fee", "neutral"],
                           [0.22, 0.18, 0.2, 0.22, 0.08, 0.1])
            tr = t0 + timedelta(days=float(rng.uniform(0, max(1.0, (END - t0).days))))
            rt = rating_for(topic, 4.4)
            fb(c, tr, TOPIC_TP.get(topic) if topic != "neutral" else None, "app_review", topic, rating=rt,
               no_ts=r() < 0.35, platform="App Store" if (c["dev"] == "ios" or c["dev"] == "pc" and int(c["id"][1:]) % 2) else "Android 应用市场")
        # payment complaints from web users
        if c["ch"] == "web" and r() < 0.01:
            tr = t0 + timedelta(days=float(rng.uniform(0, max(1.0, (END - t0).days))))
            complaint(c, tr, "payment_fail")

    # ---- customers: segment at the end
    cust_rows = []
    for c in customers:
        fl = sorted(c["flights"])
        if c["signup"] >= END - timedelta(days=90):
            seg = "new"
        elif c["tier"] in ("gold", "platinum") and len(fl) >= 3:
            seg = "vip"
        elif fl and (END - fl[-1]).days > 180:
            seg = "at_risk"
        elif not fl and c["signup"] < START:
            seg = "at_risk"
        else:
            seg = "returning"
        cust_rows.append({"customer_id": c["id"], "signup_at": iso(c["signup"]), "segment": seg, "region": c["region"],
                          "acquisition_channel": c["acq"], "tier": c["tier"], "会员等级": TIER_ZH[c["tier"]],
                          "home_airport": c["home"], "常驻机场": AIRPORTS[c["home"]][0], "language": c["lang"],
                          "age_band": c["age"], "primary_device": c["dev"]})

    # ---- orders: drop those after the end, format
    order_rows = []
    for o in sorted(orders, key=lambda o: (o["ts"], o["order_id"])):
        if o["ts"] > END:
            continue
        o = dict(o)
        o["ts"] = iso(o["ts"])
        if o["refunded_at"] is not None:
            o["refunded_at"] = iso(o["refunded_at"])
        order_rows.append(o)

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in cols})

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "booking_ref", "flight_no", "route", "origin_airport", "出发机场", "dest_airport", "到达机场", "flight_date",
             "cabin", "舱位", "fare_class", "payment_method", "amount", "seat_type", "bag_count", "checkin_mode",
             "wait_minutes", "delay_minutes", "delay_reason", "cancel_reason", "claim_minutes", "issue_type",
             "refund_reason", "change_reason", "old_flight_date", "new_flight_date", "miles", "stars", "new_tier",
             "会员等级", "ticket_category"]
    write("events", events, ecols)
    write("orders", order_rows, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                                 "booking_ref", "payment_method", "flight_no", "route", "origin_airport", "出发机场",
                                 "dest_airport", "到达机场", "flight_date", "cabin", "舱位", "fare_class", "bag_count",
                                 "seat_type", "refund_amount", "refunded_at"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                 "language", "会员等级", "booking_ref", "flight_no", "route", "origin_airport", "出发机场",
                                 "dest_airport", "cabin", "delay_minutes", "category", "platform"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(order_rows)}, feedback {len(feedback)}",
          file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "airline-data"))
