"""海途 SeaLink: a ferry and short-cruise operator. Island routes between three piers (北港码头 Beigang on the
mainland, 东屿码头 Dongyu and 青礁码头 Qingjiao on the islands) plus a weekend island cruise (Fridays, April-October).
Passengers search sailings in the app or the WeChat mini-program (or buy on Ctrip, or at the pier counter), pick a
sailing and seat class, add passengers and a vehicle, pay, get an e-ticket, check in online (or at the counter), are
scanned at the boarding gate, sail, arrive. Some change or refund (weather cancellations), some leave feedback.
2024-07-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240701
START = datetime(2024, 7, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
PRE = datetime(2023, 6, 1)
N = 2600
D = timedelta
M = lambda x: timedelta(minutes=float(x))  # noqa: E731
H = lambda x: timedelta(hours=float(x))  # noqa: E731

PORTS = {"BG": ("北港码头", "Beigang Pier"), "DY": ("东屿码头", "Dongyu Pier"), "QJ": ("青礁码头", "Qingjiao Pier")}
ROUTES = {
    "R1": dict(zh="北港-东屿", en="Beigang-Dongyu", ports=("BG", "DY"), mins=50,
               times=["07:30", "09:30", "12:00", "14:30", "17:00"],
               price={"economy": 68.0, "business": 108.0, "vip": 168.0},
               veh={"car": 180.0, "suv": 220.0, "motorbike": 50.0}, upg=40.0),
    "R2": dict(zh="北港-青礁", en="Beigang-Qingjiao", ports=("BG", "QJ"), mins=100, times=["08:00", "13:30"],
               price={"economy": 128.0, "business": 188.0, "vip": 268.0},
               veh={"car": 260.0, "suv": 300.0, "motorbike": 70.0}, upg=60.0),
    "R3": dict(zh="东屿-青礁", en="Dongyu-Qingjiao", ports=("DY", "QJ"), mins=40, times=["10:00", "15:30"],
               price={"economy": 48.0, "business": 78.0},
               veh={"car": 150.0, "suv": 180.0, "motorbike": 40.0}, upg=30.0),
    "C1": dict(zh="周末海岛巡游", en="Weekend Island Cruise", ports=("BG", "BG"), mins=None, times=["18:00"],
               price={"cabin_inside": 1280.0, "cabin_seaview": 1680.0}, veh={}, upg=None),
}
SEAT_ZH = {"economy": "经济座", "business": "商务座", "vip": "VIP包厢", "cabin_inside": "内舱房", "cabin_seaview": "海景房"}
VEH_ZH = {"none": "无", "car": "小轿车", "suv": "SUV", "motorbike": "摩托车"}
VESSEL_ZH = {"SeaLink 1": "海途1号", "SeaLink 2": "海途2号", "SeaLink 3": "海途3号", "SeaLink 5": "海途5号",
             "SeaLink 7": "海途7号", "SeaLink Pearl": "海途明珠号"}
RELIEF = (date(2025, 11, 10), date(2025, 11, 23))      # SeaLink 7 covers R2 while SeaLink 2 is in dry dock
ANDROID_BUG = datetime(2026, 4, 1)                     # app 6.3.1: online check-in times out on Android
TYPHOON = {date(2024, 9, 15), date(2024, 9, 16), date(2025, 7, 31), date(2025, 8, 1), date(2025, 9, 21),
           date(2025, 9, 22)}
SPRING = [(date(2025, 1, 25), date(2025, 2, 4)), (date(2026, 2, 14), date(2026, 2, 23))]
BACKLOG = (datetime(2025, 12, 1), datetime(2026, 3, 1))  # weather refunds pile up in the 2025/26 winter

# home city zh, en, weight, island port
HOMES = [("宁波", "Ningbo", 0.22, None), ("上海", "Shanghai", 0.25, None), ("杭州", "Hangzhou", 0.14, None),
         ("东屿岛", "Dongyu Island", 0.10, "DY"), ("青礁岛", "Qingjiao Island", 0.06, "QJ"),
         ("其他城市", "Other", 0.18, None), ("海外", "Overseas", 0.05, None)]
FIRST_ZH = {"app": "官方App", "mini_program": "微信小程序", "ctrip": "携程", "counter": "码头窗口"}
TIER_ZH = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}

TOUCHPOINTS = [
    ("tp_search", "搜索航班", "Search sailings", "consideration", "app", "digital", "ecommerce",
     "查航班|搜船票|查船期|查票|search|sailing search|timetable|schedule"),
    ("tp_select", "选择航班舱位", "Select sailing & seat class", "consideration", "app", "digital", "ecommerce",
     "选航班|选舱位|选座|选座位等级|select sailing|seat class|choose sailing|cabin class"),
    ("tp_passengers", "填写乘客及车辆", "Add passengers & vehicle", "purchase", "app", "digital", "ecommerce",
     "填乘客|乘客信息|添加车辆|车辆信息|带车|passengers|passenger details|add vehicle|vehicle"),
    ("tp_pay", "支付", "Payment", "purchase", "app", "digital", "payments",
     "付款|支付|下单|买票|pay|payment|checkout"),
    ("tp_eticket", "电子船票出票", "E-ticket issued", "purchase", "app", "digital", "ecommerce",
     "出票|电子船票|船票|订单成功|e-ticket|ticket issued|booking confirmed|ticketing"),
    ("tp_change", "改签", "Booking changed", "service", "app", "digital", "customer_service",
     "改签|改航班|换班次|change|rebook|reschedule"),
    ("tp_refund_req", "申请退票", "Refund requested", "service", "app", "digital", "customer_service",
     "退票|申请退款|退票申请|refund request|request refund|cancel ticket"),
    ("tp_refund_done", "退款到账", "Refund received", "service", "app", "digital", "finance",
     "退款|退款到账|钱退回|refund|refund received|refund paid|money back"),
    ("tp_weather_cancel", "天气停航通知", "Weather cancellation notice", "service", "app", "digital", "operations",
     "停航|天气停航|台风停航|大风停航|取消航班|weather cancellation|cancelled sailing|sailing cancelled"),
    ("tp_checkin", "在线值机", "Online check-in", "service", "app", "digital", "ecommerce",
     "值机|在线值机|网上值机|check-in|online check-in|check in"),
    ("tp_counter_checkin", "码头柜台值机", "Counter check-in", "service", "store", "physical", "port_ops",
     "柜台值机|人工值机|窗口值机|counter check-in|desk check-in"),
    ("tp_upgrade", "舱位升级", "Seat upgrade", "purchase", "app", "digital", "ecommerce",
     "升舱|升级|补差价升舱|upgrade|seat upgrade"),
    ("tp_delay_notice", "延误通知", "Delay notice", "service", "app", "digital", "operations",
     "晚点通知|延误通知|延误短信|delay notice|delay notification|delay alert"),
    ("tp_gate", "登船检票", "Boarding gate scan", "service", "store", "physical", "port_ops",
     "检票|登船|上船|闸机|boarding|gate|board|boarding gate"),
    ("tp_depart", "船舶离港", "Sailing departed", "service", "store", "physical", "marine_ops",
     "开船|离港|出发|准点|晚点|延误|departure|departed|sailing|on-time|delay"),
    ("tp_onboard", "船上航行体验", "Onboard experience", "service", "store", "physical", "marine_ops",
     "船上|航行中|乘务|船员|晕船|onboard|on board|crew|voyage|crossing"),
    ("tp_arrive", "到港", "Arrival", "loyalty", "store", "physical", "marine_ops",
     "到港|抵达|下船|到岸|arrival|arrived|disembark"),
]
JOURNEYS = [
    ("booking", "在线购票", "Online booking", 1, ["tp_search", "tp_select", "tp_passengers", "tp_pay", "tp_eticket"]),
    ("sailing", "出行当天", "Ticket to arrival", 60, ["tp_eticket", "tp_gate", "tp_depart", "tp_arrive"]),
    ("refund", "退票退款", "Refund", 30, ["tp_refund_req", "tp_refund_done"]),
    ("weather", "天气停航处理", "Weather cancellation handling", 30,
     ["tp_weather_cancel", "tp_refund_req", "tp_refund_done"]),
]

ZH = {
    "delay_nonotice": ["船晚点了快一个小时，没有任何通知", "延误了四十分钟，也不发个通知", "开船推迟了，晚点也没人告诉我们，在码头干等",
                       "晚点不通知，App上一点消息都没有", "又延误了，提前通知一下很难吗", "船延误一个多小时，码头广播都没有"],
    "delay_notified": ["晚点了半小时，好在提前收到了通知", "虽然延误了，但App及时推送了晚点通知", "延误了一会儿，有短信通知还算可以"],
    "crowded": ["登船口太挤了，人挤人", "检票的时候乱成一团，差点没赶上船", "暑假周末登船太拥挤，只开一个检票口",
                "候船厅人太多，拥挤得不行", "码头检票太挤，错过了开船", "东屿码头登船秩序混乱，挤死了"],
    "crew": ["船员很友好，还帮忙搬行李", "乘务员服务热情，很贴心", "船上工作人员态度很好", "游轮上的服务员特别热情周到",
             "船员很友好，一路都很照顾老人"],
    "refund_slow": ["天气停航退款等了十几天还没到账", "停航了申请退款，一个多星期了钱还没退回来，退款太慢", "携程上的退款太慢了，停航又不是我们的错",
                    "退款到账太慢，客服也说不清楚", "台风停航的退款拖了快两周", "退款一直显示处理中，停航一周了还没到账"],
    "refund_fast": ["停航后钱很快就退回来了，点赞", "取消后第二天就收到钱了，很及时", "航班取消了，钱当天就原路返回了"],
    "seasick": ["风浪太大，晕船吐了一路", "冬天这条线太颠了，晕得厉害", "浪很大船晃得厉害，老人孩子都晕船",
                "风浪大太难受了，也没有晕船药", "一路颠簸，晕船晕到下船"],
    "checkin_fail": ["安卓App在线值机一直失败，只能去柜台人工办", "值机页面一直转圈，提示超时", "更新App后值机用不了了",
                     "在线值机老是报错，安卓手机根本用不了"],
    "vehicle_full": ["车位总是订不到，暑假周末根本抢不到", "想带车上岛，车辆舱位显示已满", "车位太紧张了，提前三天都没有"],
    "price": ["票价有点贵", "商务座价格偏高", "带车的费用太贵了", "性价比一般，票价不便宜"],
    "clean": ["准点开船，船上很干净", "整体很顺利，下次还坐", "船很新很干净，体验不错", "准时到达，一切顺利", "出行顺利，环境整洁"],
    "neutral": ["还行吧，一般", "正常出行，没什么特别的", "就是普通的渡轮，中规中矩", "一般般"],
    "app_pos": ["小程序买票很方便", "App订票挺方便的，几步就买好了", "在线买票比窗口快多了"],
    "app_neg": ["App老是闪退", "App界面太复杂，找个班次都费劲", "小程序经常卡住"],
}
EN = {
    "delay_nonotice": ["The ferry was 45 minutes late and nobody told us", "Delayed sailing with no notice at all",
                       "Boat left an hour late, no text, no announcement", "No delay notification, we just waited at the pier"],
    "delay_notified": ["Sailing was delayed but we got a notification in advance", "A bit of a delay, but the app warned us"],
    "crowded": ["Boarding was chaotic and crowded", "Only one gate open, a huge crowd at boarding",
                "Missed our boat because of the crowd at the boarding gate", "Way too crowded at the pier"],
    "crew": ["Friendly crew, very helpful with our luggage", "The crew on board were lovely", "Crew were friendly and attentive"],
    "refund_slow": ["The refund after the weather cancellation took almost two weeks",
                    "Still waiting for my refund, the sailing was cancelled due to weather",
                    "Refund via Trip.com is painfully slow"],
    "refund_fast": ["Got my money back the day after the cancellation, great"],
    "seasick": ["Very rough sea, half the passengers were seasick", "Got seasick, the crossing was really choppy",
                "Rough crossing, the boat was rocking the whole way"],
    "checkin_fail": ["Online check-in keeps failing on my Android phone", "Check-in in the app times out every time"],
    "vehicle_full": ["Vehicle deck always sold out on summer weekends", "Could not book a vehicle space, sold out"],
    "price": ["Tickets are a bit pricey", "Expensive for such a short crossing"],
    "clean": ["On time and clean, smooth trip", "Great trip, would take it again", "Nice clean boat, arrived on time"],
    "neutral": ["It was ok", "Nothing special, an average ferry"],
    "app_pos": ["Easy to book in the app"],
    "app_neg": ["The app crashes sometimes"],
}
SENT = {"delay_nonotice": "neg", "crowded": "neg", "refund_slow": "neg", "seasick": "neg", "checkin_fail": "neg",
        "vehicle_full": "neg", "price": "neg", "app_neg": "neg", "crew": "pos", "refund_fast": "pos", "clean": "pos",
        "app_pos": "pos", "neutral": "neu", "delay_notified": "neu"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    rs = np.random.default_rng(SEED + 7)          # sailing-level draws (cancellations, delays)
    R = rng.random

    def pick(items, w):
        x = R() * sum(w)
        for it, wi in zip(items, w):
            x -= wi
            if x < 0:
                return it
        return items[-1]

    def U(a, b):
        return a + (b - a) * R()

    events: list[dict] = []
    orders: list[dict] = []
    feedback: list[dict] = []
    cnt = {"e": 0, "o": 0, "f": 0, "b": 0}

    def nid(k, p, w):
        cnt[k] += 1
        return f"{p}{cnt[k]:0{w}d}"

    # ---------------- sailings ----------------
    ndays = (END.date() - START.date()).days + 1
    days = [START.date() + D(days=i) for i in range(ndays)]
    cancelled: dict[tuple, str] = {}
    for d in days:
        winter = d.month in (12, 1, 2)
        for r in ("R1", "R2", "R3", "C1"):
            if d in TYPHOON:
                cancelled[(r, d)] = "typhoon"
                continue
            if r == "R2":
                p = 0.18 if winter else 0.02
            elif r == "C1":
                p = 0.02
            else:
                p = 0.03 if winter else 0.008
            if rs.random() < p:
                cancelled[(r, d)] = "strong_wind" if (winter or rs.random() < 0.5) else "fog"
    delays: dict[str, int] = {}

    def vessel(r, d, tm):
        if r == "R1":
            return "SeaLink 3" if tm in ("14:30", "17:00") else "SeaLink 1"
        if r == "R2":
            return "SeaLink 7" if RELIEF[0] <= d <= RELIEF[1] else "SeaLink 2"
        return "SeaLink 5" if r == "R3" else "SeaLink Pearl"

    def delay_of(sid, r, d, ves):
        if sid not in delays:
            if ves == "SeaLink 3":
                p = 0.27
            elif ves == "SeaLink 7":
                p = 0.5
            elif r == "R2" and d.month in (12, 1, 2):
                p = 0.12
            elif r == "C1":
                p = 0.03
            else:
                p = 0.05
            if rs.random() < p:
                delays[sid] = int(min(150, 16 + rs.exponential(25)))
            else:
                delays[sid] = int(rs.integers(0, 13))
        return delays[sid]

    # ---------------- customers ----------------
    customers = []
    for i in range(N):
        h = pick(HOMES, [x[2] for x in HOMES])
        island = h[3]
        if island:
            freq = R() < 0.7
        elif h[1] == "Ningbo":
            freq = R() < 0.12
        else:
            freq = R() < 0.02
        if island:
            first = pick(["mini_program", "app", "counter"], [0.6, 0.3, 0.1])
        elif h[1] == "Overseas":
            first = pick(["ctrip", "app"], [0.7, 0.3])
        else:
            first = pick(["ctrip", "app", "mini_program", "counter"], [0.33, 0.3, 0.27, 0.1])
        if freq:
            tier = pick(["gold", "silver", "regular"], [0.5, 0.4, 0.1])
        else:
            tier = pick(["regular", "silver", "gold"], [0.8, 0.17, 0.03])
        if island:
            veh = pick(["car", "suv", "motorbike", "none"], [0.35, 0.15, 0.15, 0.35])
        elif h[1] == "Ningbo":
            veh = pick(["car", "suv", "none"], [0.3, 0.15, 0.55])
        elif h[1] == "Overseas":
            veh = "none"
        else:
            veh = pick(["car", "suv", "none"], [0.2, 0.12, 0.68])
        lang = "en" if h[1] == "Overseas" or (h[1] == "Shanghai" and R() < 0.04) else "zh"
        su = PRE + D(days=float(U(0, (END - PRE).days - 20)))
        # signups concentrate in summers: push some into July/August
        if R() < 0.25 and not freq:
            y = int(pick([2024, 2025], [0.5, 0.5]))
            su = datetime(y, 7, 1) + D(days=float(U(0, 61)))
        active = max(su, START)
        endc = END
        if not freq and R() < 0.3:
            endc = active + D(days=float(U(60, 600)))
        customers.append(dict(
            id=f"C{i + 1:05d}", home=h, island=island, freq=freq, first=first, tier=tier, veh=veh, lang=lang,
            device="ios" if R() < 0.55 else "android", signup=su, active=active, end=min(endc, END),
            trips=0, last=None, lag=R() < 0.12))

    # ---------------- day weights ----------------
    def weight(d: date, freq: bool) -> float:
        w = 1.0
        wd = d.weekday()
        if wd in (4, 5):
            w *= 1.3 if freq else 1.5
        if d.month in (7, 8):
            w *= 1.2 if freq else 2.0
        if d.month in (12, 1, 2):
            w *= 0.85 if freq else 0.55
        if d.month == 10 and d.day <= 7:
            w *= 1.5 if freq else 3.0
        if d.month == 5 and d.day <= 5:
            w *= 1.3 if freq else 2.0
        for a, b in SPRING:
            if a <= d <= b:
                w *= 1.8 if freq else 1.2
        return w

    WF = np.array([weight(d, True) for d in days])
    WT = np.array([weight(d, False) for d in days])

    # ---------------- helpers ----------------
    def ev(c, t, tp, action, bid, **kw):
        if t > END or t < START:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=bid,
                   action=action)
        row.update(kw)
        events.append(row)
        return True

    def order(c, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        row = dict(order_id=nid("o", "O", 7), customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}", status=status,
                   order_type=otype, currency="CNY", member_tier=c["tier"])
        row.update(kw)
        orders.append(row)
        return row

    def comment(c, t, topic, channel, touchpoint=None, rating=None, dated=True, **kw):
        if t > END:
            return
        pool = EN if c["lang"] == "en" else ZH
        texts = pool[topic]
        text = texts[int(R() * len(texts))]
        nps = ""
        if channel == "survey" and R() < 0.5:
            nps = int(np.clip(round((rating or 3) * 2 - 1 + rng.normal(0, 1)), 0, 10))
        row = dict(feedback_id=nid("f", "FB", 6), text=text, ts=fmt(t) if dated else "", customer_id=c["id"],
                   touchpoint_id=touchpoint or "", channel=channel, rating="" if rating is None else rating, nps=nps,
                   language=c["lang"])
        row.update(kw)
        row["sentiment_label"] = SENT[topic]
        feedback.append(row)

    def app_version(c, t):
        if t < datetime(2025, 6, 1):
            return "6.1.2"
        if t < ANDROID_BUG:
            return "6.1.2" if c["lag"] else "6.2.0"
        return "6.2.0" if c["lag"] else "6.3.1"

    def choose_route(c, d):
        if c["island"] == "DY":
            return pick(["R1", "R3"], [0.85, 0.15])
        if c["island"] == "QJ":
            return pick(["R2", "R3"], [0.8, 0.2])
        cr = {"Shanghai": 0.32, "Hangzhou": 0.2}.get(c["home"][1], 0.1)      # the cruise is marketed in Shanghai
        r = pick(["R1", "R2", "R3", "C1"], [0.54, 0.24, 0.05, cr])
        return r

    # ---------------- one booking attempt ----------------
    def attempt(c, d: date, route=None, dep_port=None, channel=None, veh=None, pax=None, is_return=False):
        if route is None:
            route = choose_route(c, d)
        if route == "C1":
            if not (4 <= d.month <= 10):
                route = "R1"
            else:
                d = d + D(days=(4 - d.weekday()) % 7)
                if not (4 <= d.month <= 10):
                    return None
        ro = ROUTES[route]
        if dep_port is None:
            if route == "C1":
                dep_port = "BG"
            elif c["island"] in ro["ports"]:
                dep_port = c["island"]
            elif route == "R3":
                dep_port = pick(["DY", "QJ"], [0.5, 0.5])
            else:
                dep_port = "BG"
        arr_port = "BG" if route == "C1" else [p for p in ro["ports"] if p != dep_port][0]
        tm = ro["times"][int(R() * len(ro["times"]))]
        t_dep = datetime(d.year, d.month, d.day, int(tm[:2]), int(tm[3:]))
        if t_dep > END + D(days=60):
            return None
        if channel is None:
            if R() < 0.75:
                channel = c["first"]
            else:
                channel = pick(["app", "mini_program", "ctrip"], [0.4, 0.4, 0.2])
        if channel == "counter" and (route, d) in cancelled:
            return None
        if pax is None:
            if route == "C1":
                pax = int(pick([1, 2, 3, 4], [0.1, 0.6, 0.15, 0.15]))
            elif c["island"]:
                pax = int(pick([1, 2, 3], [0.6, 0.3, 0.1]))
            else:
                pax = int(pick([1, 2, 3, 4], [0.25, 0.4, 0.2, 0.15]))
        if veh is None:
            veh = "none"
            if route != "C1" and c["veh"] != "none" and R() < (0.4 if c["island"] else 0.45):
                veh = c["veh"]
        if route == "C1":
            seat = "cabin_inside" if R() < 0.6 else "cabin_seaview"
        elif route == "R3":
            seat = "economy" if R() < (0.7 if c["tier"] == "gold" else 0.8) else "business"
        else:
            b = 0.1 if c["tier"] == "gold" else 0.0
            seat = pick(["economy", "business", "vip"], [0.72 - b, 0.22 + b, 0.06])
        if channel == "counter":
            lead = H(U(0.5, 2))
        elif route == "C1":
            lead = D(days=float(U(7, 45)))
        elif c["island"]:
            lead = H(U(2, 72))
        else:
            lead = D(days=float(U(1, 20)))
        t0 = t_dep - lead
        if t0 < START:
            return None
        bid = nid("b", "BK", 7)
        ves = vessel(route, d, tm)
        sid = f"{route}-{d:%Y%m%d}-{tm.replace(':', '')}-{dep_port}"
        dev = c["device"] if channel in ("app", "mini_program") else ""
        ctx = dict(booking_channel=channel, route=ro["zh"], route_en=ro["en"], port=PORTS[dep_port][0],
                   port_en=PORTS[dep_port][1], sailing_id=sid, sailing_date=d.isoformat(), departure_time=tm,
                   vessel=ves, 船名=VESSEL_ZH[ves], seat_class=seat, 舱位等级=SEAT_ZH[seat], vehicle_type=veh,
                   车辆类型=VEH_ZH[veh], passengers=pax)
        online = channel in ("app", "mini_program")

        def dig(t):   # fields of an event in the app / mini-program
            x = dict(device=dev, channel=channel)
            if channel == "app":
                x["app_version"] = app_version(c, t)
            return x

        t = t0
        if online:
            for k in range(1 + int(R() < 0.35) + int(R() < 0.1)):
                ev(c, t, "tp_search", "view", bid, **dig(t), **ctx)
                t += M(U(0.3, 4))
            if R() > (0.82 if c["island"] else 0.5):
                return None
            t += M(U(0.5, 6))
            ev(c, t, "tp_select", "click", bid, **dig(t), **ctx)
            if R() > 0.84:
                return None
            t += M(U(1, 6))
            if veh != "none":
                summer_wkend = d.month in (7, 8) and d.weekday() in (4, 5, 6)
                p_full = 0.5 if (route == "R1" and summer_wkend) else (0.12 if route == "R1" and d.weekday() >= 4
                                                                         else 0.04)
                if R() < p_full:
                    ev(c, t, "tp_passengers", "fail", bid, error_code="VEHICLE_DECK_FULL", **dig(t), **ctx)
                    if R() < 0.8:
                        if R() < 0.07:
                            comment(c, t + H(U(0.2, 30)), "vehicle_full", "app_review", "tp_passengers",
                                    rating=int(pick([1, 2], [0.5, 0.5])), dated=R() > 0.3, device=dev,
                                    route=ro["zh"], route_en=ro["en"])
                        return None
                    veh = "none"
                    ctx.update(vehicle_type=veh, 车辆类型=VEH_ZH[veh])
                    t += M(U(0.5, 3))
            ev(c, t, "tp_passengers", "submit", bid, **dig(t), **ctx)
            if R() > (0.94 if channel == "mini_program" else 0.78):   # app: real-name ID re-entry before paying
                return None
            t += M(U(1, 5))
        elif channel == "counter":
            t = t0
        else:
            t = t0
        # payment
        pm = {"ctrip": "ota_prepaid", "counter": "cash" if R() < 0.3 else "wechat_pay"}.get(
            channel, "wechat_pay" if channel == "mini_program" or R() < 0.6 else "alipay")
        price = ro["price"][seat] * pax
        if c["tier"] == "gold" and online:
            price *= 0.9
        ochan = dict(channel=channel, device=dev, booking_id=bid, route=ro["zh"], route_en=ro["en"],
                     port=PORTS[dep_port][0], port_en=PORTS[dep_port][1], sailing_id=sid, sailing_date=d.isoformat(),
                     seat_class=seat, 舱位等级=SEAT_ZH[seat], passengers=pax, pay_method=pm)
        pay_fields = dig(t) if online else dict(channel=channel)
        if online and R() < 0.05:
            ev(c, t, "tp_pay", "fail", bid, error_code="PAY_TIMEOUT", **pay_fields, **ctx)
            if R() < 0.5:
                order(c, t, price, "ticket", status="cancelled", vehicle_type=veh, 车辆类型=VEH_ZH[veh], **ochan)
                return None
            t += M(U(1, 4))
        if not ev(c, t, "tp_pay", "success", bid, **pay_fields, **ctx):
            return None
        tk = order(c, t, price, "ticket", vehicle_type=veh, 车辆类型=VEH_ZH[veh], **ochan)
        vo = None
        if veh != "none":
            vo = order(c, t, ro["veh"][veh], "vehicle", vehicle_type=veh, 车辆类型=VEH_ZH[veh], **ochan)
        t += M(U(0.2, 2)) if channel != "ctrip" else M(U(1, 30))
        ev(c, t, "tp_eticket", "success", bid, **(dig(t) if online else dict(channel=channel)), **ctx)
        t_tk = t
        state = dict(bid=bid, c=c, route=route, ro=ro, d=d, tm=tm, t_dep=t_dep, sid=sid, ves=ves, ctx=ctx,
                     channel=channel, online=online, dev=dev, seat=seat, pax=pax, veh=veh, orders=[tk, vo],
                     dep_port=dep_port, arr_port=arr_port, ochan=ochan, dig=dig)
        done = trip(state, t_tk)
        if done and not is_return and route != "C1" and R() < (0.85 if c["island"] else 0.7):
            gap = int(U(0, 4)) if c["island"] else int(U(1, 5))
            rd = d + D(days=gap)
            attempt(c, rd, route=route, dep_port=arr_port, channel=channel, veh=veh, pax=pax, is_return=True)
        return done

    def refund(st, t_req, reason):
        c, ch = st["c"], st["channel"]
        ev(c, t_req, "tp_refund_req", "submit", st["bid"], refund_reason=reason,
           **(st["dig"](t_req) if st["online"] else dict(channel=ch)), **st["ctx"])
        if reason == "weather":
            if ch == "ctrip":
                days_ = float(rng.lognormal(np.log(8.5), 0.35))
            else:
                days_ = float(rng.lognormal(np.log(1.5), 0.5))
                if BACKLOG[0] <= t_req < BACKLOG[1]:
                    days_ *= 2.6
        else:
            days_ = float(rng.lognormal(np.log(4.0 if ch == "ctrip" else 0.8), 0.45))
        t_done = t_req + D(days=days_)
        if ev(c, t_done, "tp_refund_done", "success", st["bid"], refund_reason=reason, channel=ch, **{
                k: v for k, v in st["ctx"].items()}):
            for o in st["orders"]:
                if o is not None and o["status"] == "paid":
                    o.update(status="refunded", refund_reason=reason, refunded_at=fmt(t_done))
        else:
            for o in st["orders"]:
                if o is not None and o["status"] == "paid":
                    o.update(status="refund_pending", refund_reason=reason)
        fbk = dict(booking_id=st["bid"], route=st["ro"]["zh"], route_en=st["ro"]["en"], booking_channel=ch,
                   device=st["dev"])
        if reason == "weather":
            if days_ > 5:
                if R() < 0.35:
                    comment(c, t_req + D(days=float(U(4, days_ + 1))), "refund_slow", "call_note", "tp_refund_done",
                            dated=R() > 0.03, **fbk)
                if ch == "ctrip" and R() < 0.3:
                    comment(c, t_done + H(U(2, 60)), "refund_slow", "ota_review", "tp_refund_done",
                            rating=1, dated=R() > 0.2, **fbk)
                elif ch != "ctrip" and R() < 0.3:
                    comment(c, t_done + H(U(2, 48)), "refund_slow", "survey", "tp_refund_done",
                            rating=int(pick([1, 2], [0.6, 0.4])), **fbk)
            elif days_ < 3 and R() < 0.12:
                comment(c, t_done + H(U(2, 48)), "refund_fast", "survey", "tp_refund_done",
                        rating=int(pick([4, 5], [0.3, 0.7])), **fbk)

    def trip(st, t_tk):
        c, ch, ro, ctx = st["c"], st["channel"], st["ro"], st["ctx"]
        bid = st["bid"]
        while True:
            route, d, t_dep = st["route"], st["d"], st["t_dep"]
            if (route, d) in cancelled:
                tn = max(t_tk + M(5), t_dep - H(U(2, 20)))
                if tn >= t_dep:
                    return False
                ev(c, tn, "tp_weather_cancel", "notified", bid, channel="sms" if ch in ("ctrip", "counter") else ch,
                   cancel_reason=cancelled[(route, d)], **ctx)
                nd = d + D(days=1)
                if route != "C1" and R() < 0.35 and (route, nd) not in cancelled:
                    tc = tn + H(U(0.2, 6))
                    st["d"] = nd
                    st["t_dep"] = t_dep + D(days=1)
                    st["sid"] = st["sid"].replace(f"{d:%Y%m%d}", f"{nd:%Y%m%d}")
                    ctx.update(sailing_id=st["sid"], sailing_date=nd.isoformat())
                    ev(c, tc, "tp_change", "success", bid, change_reason="weather",
                       **(st["dig"](tc) if st["online"] else dict(channel=ch)), **ctx)
                    for o in st["orders"]:
                        if o is not None:
                            o.update(sailing_id=st["sid"], sailing_date=nd.isoformat())
                    t_tk = tc
                    continue
                refund(st, tn + H(U(0.1, 30)), "weather")
                return False
            break
        t_dep = st["t_dep"]
        d = st["d"]
        # personal refunds and changes
        if ch != "counter" and R() < 0.05 and t_dep - t_tk > H(6):
            tr = t_tk + (t_dep - t_tk) * U(0.2, 0.95)
            refund(st, tr, "personal")
            return False
        if st["online"] and R() < 0.04 and t_dep - t_tk > H(6) and st["route"] != "C1":
            tc = t_tk + (t_dep - t_tk) * U(0.2, 0.9)
            times = ro["times"]
            ntm = times[int(R() * len(times))]
            nd = d + D(days=int(R() < 0.6))
            if (st["route"], nd) not in cancelled:
                st["d"], st["tm"] = nd, ntm
                st["t_dep"] = datetime(nd.year, nd.month, nd.day, int(ntm[:2]), int(ntm[3:]))
                st["ves"] = vessel(st["route"], nd, ntm)
                st["sid"] = f"{st['route']}-{nd:%Y%m%d}-{ntm.replace(':', '')}-{st['dep_port']}"
                ctx.update(sailing_id=st["sid"], sailing_date=nd.isoformat(), departure_time=ntm, vessel=st["ves"],
                           船名=VESSEL_ZH[st["ves"]])
                ev(c, tc, "tp_change", "success", bid, change_reason="personal", **st["dig"](tc), **ctx)
                order(c, tc, 20.0, "change_fee", **dict(st["ochan"], sailing_id=st["sid"],
                                                        sailing_date=nd.isoformat()))
                for o in st["orders"]:
                    if o is not None:
                        o.update(sailing_id=st["sid"], sailing_date=nd.isoformat())
                t_dep, d = st["t_dep"], nd
        ves, sid = st["ves"], st["sid"]
        # online check-in (opens 24 h before)
        online_ok = False
        ci_fail = False
        if ch != "counter":
            p_try = (0.9 if c["island"] else 0.85) if st["online"] else 0.45
            if R() < p_try:
                tci = t_dep - H(U(1, 23.5))
                if tci < t_tk:
                    tci = t_tk + M(U(1, 20))
                fields = st["dig"](tci) if st["online"] else dict(channel="h5")
                bug = (ch == "app" and st["dev"] == "android" and tci >= ANDROID_BUG
                       and fields.get("app_version") == "6.3.1")
                p_fail = 0.6 if bug else 0.02
                if R() < p_fail:
                    ci_fail = True
                    ev(c, tci, "tp_checkin", "fail", bid, error_code="CHECKIN_TIMEOUT", **fields, **ctx)
                    if R() < 0.4:
                        tci += M(U(1, 10))
                        ev(c, tci, "tp_checkin", "fail", bid, error_code="CHECKIN_TIMEOUT", **fields, **ctx)
                    if R() < (0.15 if bug else 0.6):
                        tci += M(U(1, 30))
                        online_ok = ev(c, tci, "tp_checkin", "success", bid, **fields, **ctx)
                else:
                    online_ok = ev(c, tci, "tp_checkin", "success", bid, **fields, **ctx)
                if online_ok and st["seat"] == "economy":
                    pu = {"R1": 0.045, "R2": 0.12, "R3": 0.03}[st["route"]]
                    if R() < pu:
                        tu = tci + M(U(0.5, 4))
                        ev(c, tu, "tp_upgrade", "success", bid, upgrade_to="business", **fields, **ctx)
                        uo = order(c, tu, ro["upg"] * st["pax"], "upgrade", **dict(
                            st["ochan"], sailing_id=sid, sailing_date=d.isoformat(), seat_class="business",
                            舱位等级=SEAT_ZH["business"]))
                        st["orders"].append(uo)
                if ci_fail and R() < 0.3:
                    comment(c, tci + H(U(0.1, 30)), "checkin_fail", "app_review", "tp_checkin",
                            rating=int(pick([1, 2], [0.6, 0.4])), dated=R() > 0.3, device=st["dev"],
                            booking_id=bid, booking_channel=ch, app_version=fields.get("app_version", ""))
        if not online_ok:
            if R() < 0.02:
                return False                      # no-show
            tcc = max(t_dep - M(U(25, 90)), t_tk + M(U(1, 5)))
            ev(c, tcc, "tp_counter_checkin", "success", bid, channel="port", **ctx)
        # delay notice
        delay = delay_of(sid, st["route"], d, ves)
        notified = False
        if delay > 15:
            pn = 0.85 if st["online"] else (0.08 if ch == "ctrip" else 0.0)
            if R() < pn:
                notified = ev(c, t_dep - M(U(5, 40)), "tp_delay_notice", "sent", bid,
                              channel="push" if st["online"] else "sms", delay_min=delay, **ctx)
        # boarding
        crowded = st["dep_port"] == "DY" and d.month in (7, 8) and d.weekday() >= 5
        if R() < (0.12 if crowded else 0.012):
            tg = t_dep + M(U(1, 10))
            fbk = dict(booking_id=bid, route=ro["zh"], route_en=ro["en"], port=ctx["port"], port_en=ctx["port_en"],
                       sailing_id=sid, booking_channel=ch, device=st["dev"])
            if R() < 0.35:
                comment(c, tg + H(U(0.5, 24)), "crowded", "ota_review" if ch == "ctrip" else "survey", "tp_gate",
                        rating=1, dated=not (ch == "ctrip" and R() < 0.2), **fbk)
            return False
        tg = t_dep - M(U(0, 12) if crowded else U(5, 40))
        ev(c, tg, "tp_gate", "scan", bid, channel="port", gate_no=f"{st['dep_port']}-{1 + int(R() * (1 if crowded else 3))}",
           **ctx)
        tdp = t_dep + M(delay)
        if not ev(c, tdp, "tp_depart", "departed", bid, channel="port", delay_min=delay, **ctx):
            return False
        if st["route"] == "C1":
            ta = datetime(d.year, d.month, d.day, 16, 0) + D(days=2) + M(U(-10, 30))
        else:
            ta = tdp + M(ro["mins"] + U(-3, 10))
        if not ev(c, ta, "tp_arrive", "arrived", bid, channel="port", arrival_port=PORTS[st["arr_port"]][0], **ctx):
            return False
        c["trips"] += 1
        c["last"] = ta
        # post-trip feedback
        fbk = dict(booking_id=bid, route=ro["zh"], route_en=ro["en"], port=ctx["port"], port_en=ctx["port_en"],
                   sailing_id=sid, vessel=ves, 船名=VESSEL_ZH[ves], booking_channel=ch, device=st["dev"])
        fch = "ota_review" if ch == "ctrip" else "survey"
        if R() < (0.22 if ch == "ctrip" else 0.28):
            rough = (st["route"] == "R2" and d.month in (12, 1, 2)) or (st["route"] == "C1" and R() < 0.25)
            if delay > 15 and not notified and R() < 0.7:
                topic, tp, rt = "delay_nonotice", "tp_depart", int(pick([1, 2], [0.6, 0.4]))
            elif delay > 15 and notified and R() < 0.4:
                topic, tp, rt = "delay_notified", "tp_depart", 3
            elif crowded and R() < 0.45:
                topic, tp, rt = "crowded", "tp_gate", int(pick([1, 2, 3], [0.3, 0.5, 0.2]))
            elif rough and R() < 0.45:
                topic, tp, rt = "seasick", "tp_onboard", int(pick([2, 3], [0.6, 0.4]))
            elif ci_fail and R() < 0.4:
                topic, tp, rt = "checkin_fail", "tp_checkin", int(pick([1, 2, 3], [0.3, 0.5, 0.2]))
            elif st["route"] == "C1" and R() < 0.55:
                topic, tp, rt = "crew", "tp_onboard", 5
            elif R() < 0.12:
                topic, tp, rt = "crew", "tp_onboard", int(pick([4, 5], [0.3, 0.7]))
            elif R() < 0.06:
                topic, tp, rt = "price", "tp_pay", int(pick([2, 3], [0.5, 0.5]))
            else:
                rt = int(np.clip(round(4.2 + rng.normal(0, 0.7)), 2, 5))
                topic, tp = ("clean", "tp_arrive") if rt >= 4 else ("neutral", "tp_arrive")
            comment(c, ta + H(U(0.5, 48)), topic, fch, tp, rating=rt,
                    dated=not (fch == "ota_review" and R() < 0.2), **fbk)
        if delay > 15 and not notified and R() < 0.05:
            comment(c, tdp + H(U(0.5, 12)), "delay_nonotice", "call_note", "tp_depart", **fbk)
        return True

    # ---------------- generate bookings ----------------
    d0 = START.date()
    for c in customers:
        i = max(0, (c["active"].date() - d0).days)
        j = min(ndays - 1, (c["end"].date() - d0).days)
        if j < i:
            continue
        w = (WF if c["freq"] else WT)[i:j + 1]
        lam = 1.1 / 30 if c["freq"] else 1.8 / 365
        n = rng.poisson(lam * w.sum())
        if n == 0:
            continue
        picks = np.sort(rng.choice(np.arange(i, j + 1), size=n, p=w / w.sum()))
        for k in picks:
            attempt(c, days[int(k)])
    # app-store reviews about the app in general
    for c in customers:
        if c["first"] in ("app", "mini_program") and R() < 0.08:
            t = c["active"] + D(days=float(U(1, 500)))
            topic = pick(["app_pos", "app_neg", "neutral"], [0.55, 0.3, 0.15])
            rt = {"app_pos": 5, "app_neg": 2, "neutral": 3}[topic] - int(R() < 0.3)
            comment(c, t, topic, "app_review", "tp_search", rating=rt, dated=R() > 0.3, device=c["device"])

    # ---------------- write ----------------
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(events), size=20, replace=False)
    events += [dict(events[int(k)]) for k in dup]        # gate scanners re-send a few rows
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    paid: dict[str, float] = {}
    for o in orders:
        if o["status"] == "paid":
            paid[o["customer_id"]] = paid.get(o["customer_id"], 0.0) + float(o["amount"])
    cust_rows = []
    for c in customers:
        if c["signup"] > END - D(days=90):
            seg = "new"
        elif c["tier"] == "gold" or paid.get(c["id"], 0) > 5000:
            seg = "vip"
        elif c["last"] is None or c["last"] < END - D(days=180):
            seg = "at_risk"
        else:
            seg = "returning"
        h = c["home"]
        cust_rows.append(dict(
            customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=h[0], acquisition_channel=c["first"],
            tier=c["tier"], home_city=h[1], 常住城市=h[0], member_tier=c["tier"], 会员等级=TIER_ZH[c["tier"]],
            frequent_traveller="true" if c["freq"] else "false", 常旅客="是" if c["freq"] else "否",
            first_channel=c["first"], 首次渠道=FIRST_ZH[c["first"]], own_vehicle=c["veh"],
            primary_device=c["device"], language=c["lang"],
            id_type="passport" if c["home"][1] == "Overseas" else "id_card",
            birth_year=int(rng.integers(1955, 2006))))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "touchpoints.csv", tps)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", events)
    write(out / "journeys.csv", jrows)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([[r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
