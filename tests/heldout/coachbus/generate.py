"""路联 RoadLink: an intercity coach operator (长途客运 / 城际大巴) in Guangdong and Guangxi. Passengers search
timetables (查班次) in the RoadLink app, the WeChat mini program, at the station ticket counter (车站售票窗口) or
through Ctrip (携程, an OTA), pick a seat (选座: standard / business / sleeper berth 卧铺), pay (optionally adding
passenger accident insurance 乘意险), may ask for a refund (退票, fee by hours before departure) or change the
departure (改签), check in at the gate (扫码检票 with the e-ticket QR code, 刷身份证 at the ID-card gate, or at the
manual window 人工检票), board, ride and arrive, then rate the trip and buy again. Some also send small parcels on
the coaches (小件快运: drop off at the origin station, pick up at the destination station).
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4500
QR_BUG = (datetime(2025, 8, 11), datetime(2025, 9, 22))      # app 5.3.0: e-ticket QR code fails at the gate on Android
FEE_RISE = datetime(2025, 10, 1)                           # refund fee < 24 h before departure: 10 % -> 20 %
INS_OPT_IN = datetime(2026, 3, 1)                          # insurance box no longer pre-ticked in app / mini program
SEAT_LOCK_BUG = (datetime(2026, 5, 6), datetime(2026, 6, 15))   # mini program: seat hold times out before payment
CHUNYUN = [(datetime(2025, 1, 14), datetime(2025, 2, 23)), (datetime(2026, 2, 2), datetime(2026, 3, 14))]  # 春运
NANNING_OPEN = datetime(2026, 4, 1)
APP_VERSIONS = [(datetime(2025, 1, 1), "5.1.0"), (datetime(2025, 5, 20), "5.2.0"), (QR_BUG[0], "5.3.0"),
                (QR_BUG[1], "5.3.1"), (INS_OPT_IN, "5.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search", "查询班次", "Timetable search", "awareness", "app", "digital", "marketing",
     "查班次|搜班次|查车次|查票|搜索|时刻表|search|timetable|schedule lookup|find a bus"),
    ("tp_seat", "选座", "Seat selection", "consideration", "app", "digital", "product",
     "选座|选座位|挑座|占座|seat selection|choose seat|pick a seat"),
    ("tp_pay", "支付购票", "Ticket payment", "purchase", "app", "digital", "finance",
     "购票|买票|下单|支付|付款|出票|buy ticket|ticket purchase|pay|payment|checkout"),
    ("tp_insure", "加购乘意险", "Trip insurance add-on", "purchase", "app", "digital", "finance",
     "乘意险|保险|意外险|加购保险|insurance|trip insurance|add-on"),
    ("tp_refund_req", "申请退票", "Refund request", "service", "app", "digital", "customer_service",
     "退票|申请退票|退车票|cancel ticket|refund request|cancellation"),
    ("tp_refund", "退款到账", "Refund received", "service", "other", "digital", "finance",
     "退款|退钱|到账|refund|money back|refunded"),
    ("tp_change", "改签", "Ticket change", "service", "app", "digital", "customer_service",
     "改签|换班次|改时间|change ticket|rebook departure|reschedule"),
    ("tp_checkin_fail", "检票失败", "Check-in failed", "service", "store", "physical", "station_ops",
     "检票失败|扫码失败|二维码刷不出|过不了闸机|check-in failed|gate rejected|QR failed"),
    ("tp_checkin", "检票进站", "Gate check-in", "service", "store", "physical", "station_ops",
     "检票|进站|扫码检票|刷身份证|闸机|检票口|check-in|gate|boarding gate|ticket check"),
    ("tp_board", "上车发车", "Boarding & departure", "service", "store", "physical", "operations",
     "上车|发车|开车|出发|班车发车|board|boarding|departure|depart"),
    ("tp_ride", "乘车到站", "Ride & arrival", "service", "other", "physical", "operations",
     "乘车|坐车|车上|途中|到站|到达|司机|座椅|卧铺|ride|on board|arrival|arrive|driver|seat comfort"),
    ("tp_rate", "行程评价", "Trip rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_rebook", "再次购票", "Repeat purchase", "loyalty", "app", "digital", "crm",
     "复购|回头客|再次购票|又买票|再坐|repeat purchase|rebook|came back|returning passenger"),
    ("tp_parcel", "小件快运寄件", "Parcel drop-off", "purchase", "store", "physical", "parcel",
     "小件快运|寄件|寄包裹|托运|带货|parcel|parcel drop-off|send a parcel|shipping"),
    ("tp_parcel_pick", "小件快运取件", "Parcel pick-up", "service", "store", "physical", "parcel",
     "取件|取包裹|领包裹|parcel pick-up|collect parcel|pickup"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "购票转化", "Ticket booking", ["tp_search", "tp_seat", "tp_pay"], 3),
    ("trip", "乘车出行", "Trip", ["tp_pay", "tp_checkin", "tp_board", "tp_ride"], 30),
    ("refund", "退票退款", "Refund", ["tp_refund_req", "tp_refund"], 14),
    ("rating", "到站评价", "After the ride", ["tp_ride", "tp_rate"], 3),
    ("rebuy", "复购", "Repeat purchase", ["tp_ride", "tp_rebook"], 60),
    ("parcel", "小件快运", "Parcel shipping", ["tp_parcel", "tp_parcel_pick"], 7),
]
CITIES = {  # en: zh, weight of passengers living there
    "Guangzhou": ("广州", 0.36), "Shenzhen": ("深圳", 0.30), "Zhuhai": ("珠海", 0.09), "Shantou": ("汕头", 0.09),
    "Zhanjiang": ("湛江", 0.08), "Huizhou": ("惠州", 0.06), "Nanning": ("南宁", 0.02)}
STATIONS = {  # id: city, zh, en
    "GZT": ("Guangzhou", "广州天河客运站", "Guangzhou Tianhe Coach Station"),
    "GZP": ("Guangzhou", "广东省汽车客运站", "Guangdong Provincial Bus Station"),
    "SZF": ("Shenzhen", "深圳福田汽车站", "Shenzhen Futian Bus Station"),
    "SZL": ("Shenzhen", "深圳罗湖汽车站", "Shenzhen Luohu Bus Station"),
    "ZHG": ("Zhuhai", "珠海拱北汽车站", "Zhuhai Gongbei Bus Station"),
    "STZ": ("Shantou", "汕头汽车总站", "Shantou Central Bus Station"),
    "ZJZ": ("Zhanjiang", "湛江汽车总站", "Zhanjiang Central Bus Station"),
    "HZZ": ("Huizhou", "惠州汽车总站", "Huizhou Central Bus Station"),
    "NNL": ("Nanning", "南宁琅东汽车站", "Nanning Langdong Bus Station"),
}
CITY_STATIONS = {"Guangzhou": ["GZT", "GZP"], "Shenzhen": ["SZF", "SZL"], "Zhuhai": ["ZHG"], "Shantou": ["STZ"],
                 "Zhanjiang": ["ZJZ"], "Huizhou": ["HZZ"], "Nanning": ["NNL"]}
ROUTES = {  # id: city a, city b, zh, en, hours, standard fare, sleeper?, weight, parcel transit hours, bus model
    "R01": ("Guangzhou", "Shenzhen", "广州—深圳", "Guangzhou–Shenzhen", 2.0, 60, False, 0.34, 10, "金龙XMQ6127"),
    "R02": ("Guangzhou", "Zhuhai", "广州—珠海", "Guangzhou–Zhuhai", 2.5, 70, False, 0.16, 12, "金龙XMQ6127"),
    "R03": ("Shenzhen", "Shantou", "深圳—汕头", "Shenzhen–Shantou", 5.0, 150, False, 0.16, 60, "宇通ZK6122"),
    "R04": ("Guangzhou", "Zhanjiang", "广州—湛江", "Guangzhou–Zhanjiang", 6.5, 180, True, 0.14, 18, "宇通ZK6118卧铺"),
    "R05": ("Shenzhen", "Huizhou", "深圳—惠州", "Shenzhen–Huizhou", 1.5, 45, False, 0.17, 8, "比亚迪C9"),
    "R06": ("Guangzhou", "Nanning", "广州—南宁", "Guangzhou–Nanning", 9.0, 260, True, 0.04, 30, "宇通ZK6148卧铺"),
}
SEATS = {"standard": "普通座", "business": "商务座", "sleeper": "卧铺"}
SALES = {"app": "路联App", "mini_program": "微信小程序", "store": "车站窗口", "ota": "携程"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "cash": "现金", "ota_pay": "携程代付"}
CHECKIN = {"qr": "扫码检票", "id_card": "刷身份证", "manual": "人工检票"}
PTYPES = {  # en: zh, weight, mean gap days between trips, keep-travelling prob, business-seat prob, lead days
    "student": ("学生", 0.22, 40, 0.80, 0.02, 6.0),
    "migrant_worker": ("务工人员", 0.26, 55, 0.70, 0.00, 8.0),
    "business": ("商务出行", 0.24, 12, 0.88, 0.35, 1.0),
    "leisure": ("旅游探亲", 0.28, 50, 0.62, 0.05, 4.0),
}
AGES = {"student": (0.92, 0.08, 0.0, 0.0, 0.0), "migrant_worker": (0.12, 0.38, 0.30, 0.17, 0.03),
        "business": (0.03, 0.42, 0.38, 0.15, 0.02), "leisure": (0.10, 0.25, 0.25, 0.22, 0.18)}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]
ACQ = {  # en: zh, weight, search -> seat multiplier, sales channel probabilities (app, mini, store, ota)
    "app_store": ("应用商店", 0.27, 1.0, (0.85, 0.08, 0.07, 0.0)),
    "wechat": ("微信", 0.28, 1.0, (0.18, 0.74, 0.08, 0.0)),
    "ctrip": ("携程", 0.20, 0.80, (0.05, 0.05, 0.05, 0.85)),
    "station": ("车站", 0.16, 1.0, (0.10, 0.20, 0.70, 0.0)),
    "referral": ("朋友推荐", 0.12, 1.1, (0.55, 0.35, 0.10, 0.0)),
}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "platinum": "白金卡"}
DRIVERS = {r: [f"D{i:02d}" for i in range(k, k + 4)] for r, k in
           zip(ROUTES, (1, 5, 9, 13, 17, 21))}
BAD_DRIVER = "D10"                                         # Shenzhen–Shantou: phone at the wheel, harsh braking

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "delay": (["班车晚点了一个多小时，也没人通知", "又延误了，在候车厅干等", "发车晚点四十分钟，耽误了事", "春运晚点太严重了，到家都半夜了"],
              ["the bus left over an hour late and nobody told us", "another long delay, we just sat in the waiting hall",
               "departure was delayed 40 minutes"]),
    "qr_fail": (["App里的二维码刷不出来，闸机过不去，只好去窗口排", "检票时二维码一直显示加载失败", "二维码扫了好几次都不行，差点没赶上车"],
                ["the QR code in the app would not load at the gate", "QR ticket kept failing at the gate, had to go to the window"]),
    "queue": (["人工窗口排队排了半个小时", "检票口排队太长了，只开了一个窗口", "车站排队的人太多，工作人员也不指引"],
              ["queued for half an hour at the ticket window", "the queue at the gate was huge and only one window open"]),
    "refund_fee": (["退票手续费收了20%，太黑了", "提前十几个小时退票也要扣这么多手续费", "手续费涨了也不提前说"],
                   ["a 20% cancellation fee is a rip-off", "the refund fee is way too high for cancelling the day before"]),
    "refund_slow": (["携程上退的票，退款五天了还没到账", "退款一直没到账，客服说等等", "票退了钱迟迟没到账"],
                    ["still waiting for my refund after five days", "the money for my cancelled ticket never showed up"]),
    "driver": (["司机一边开车一边打电话，太吓人了", "司机急刹好几次，车上老人差点摔倒", "司机态度很凶，问个路都不耐烦"],
               ["the driver was on his phone while driving", "the driver kept braking hard, really scary",
                "rude driver, shouted at passengers"]),
    "seat": (["卧铺太窄了，翻个身都难，铺位还有异味", "座椅很旧，靠背放不下去，坐得腰疼", "铺位的被子很脏"],
             ["the berth was tiny and smelled bad", "old worn-out seat, could not recline", "dirty blanket on my berth"]),
    "insurance": (["买票默认勾了保险，我都没注意就扣了钱", "保险是默认勾选的，这不是强制消费吗", "退票的时候才发现被加了保险"],
                  ["insurance was pre-ticked and I paid for it without noticing", "they sneak insurance into the ticket price"]),
    "parcel": (["小件快运寄的包裹三天了还没到", "包裹寄到汕头要两三天，说好当天到的", "包裹外箱压坏了"],
               ["my parcel took three days to arrive", "parcel was supposed to arrive same day but took ages",
                "the parcel box was crushed"]),
    "praise": (["准点发车，车上很干净", "车很新很干净，一路很顺", "准点到站，服务很好"],
               ["on time and the bus was spotless", "spotless coach, smooth trip", "left on time, arrived on time, great"]),
}
GEN = {
    "pos": (["整体体验不错，下次还坐路联", "买票很方便，推荐", "挺好的，回家就坐这个"],
            ["good trip overall, will ride RoadLink again", "easy to book, recommended", "nice experience"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的", "价格还可以"],
            ["it was ok", "average trip, nothing special"]),
    "neg": (["体验很差，不太满意", "这次很失望", "不会再买了"],
            ["really disappointing this time", "bad experience, will not book again"]),
}
NEG_TOPICS = {"delay", "qr_fail", "queue", "refund_fee", "refund_slow", "driver", "seat", "insurance", "parcel"}
TOPIC_TP = [("qr_fail", "tp_checkin"), ("queue", "tp_checkin"), ("refund_slow", "tp_refund"),
            ("refund_fee", "tp_refund_req"), ("insurance", "tp_insure"), ("parcel", "tp_parcel_pick"),
            ("driver", "tp_ride"), ("seat", "tp_ride"), ("delay", "tp_board"), ("praise", "tp_ride")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    r = float(rng.random()) * float(sum(weights))
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def chunyun(d: datetime) -> bool:
    return any(a <= d < b for a, b in CHUNYUN)


def season(d: datetime) -> float:
    if chunyun(d):
        return 2.0
    if datetime(d.year, 10, 1) <= d < datetime(d.year, 10, 8) or datetime(d.year, 5, 1) <= d < datetime(d.year, 5, 6):
        return 1.7
    if d.month in (7, 8):
        return 1.3
    if d.month in (3, 11):
        return 0.85
    return 1.0


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tk = self.n_pc = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, tk=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if tk:
            row.update(tk["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, tk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"ticket": "车票", "insurance": "乘意险", "refund_fee": "退票手续费", "parcel": "小件快运"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, order_type=otype, 订单类型=zh, currency="CNY")
        if tk:
            row.update(channel=tk["common"]["channel"], device=tk["common"]["device"], ticket_id=tk["id"])
            for k in ("route_id", "route", "route_en", "origin_station", "出发站", "seat_type", "座位类型", "购票渠道",
                      "payment_method", "支付方式", "departure_at"):
                row[k] = tk["common"][k]
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, tk=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and ("praise" in topics or gen == "pos")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, ticket_id=tk["id"] if tk else None)
        if tk:
            for k in ("route_id", "route", "route_en", "origin_station", "出发站", "station_en", "seat_type",
                      "座位类型", "driver_id"):
                row[k] = tk["common"].get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="neg" if neg else ("pos" if pos else "neu")))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 6, 25):
            growth = 0.6 + 0.8 * (d - START).days / 540
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(7, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            if city == "Nanning" and t < NANNING_OPEN - D(days=10):
                city = "Guangzhou"
            ptype = pick(list(PTYPES), [p[1] for p in PTYPES.values()])
            acq = pick(list(ACQ), [a[1] for a in ACQ.values()])
            if ptype == "migrant_worker" and rng.random() < 0.3:
                acq = "station"
            en_share = 0.22 if city == "Shenzhen" else (0.12 if city == "Guangzhou" else 0.04)
            if ptype == "business":
                en_share += 0.08
            self.cust.append(dict(
                customer_id=f"P{i + 1:05d}", first=t, city=city, ptype=ptype, acq=acq,
                age=pick(AGE_BANDS, AGES[ptype]), gender=pick(["female", "male"], [0.47, 0.53]),
                device=pick(["ios", "android"], [0.38, 0.62]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, rides=[], first_pay=None))

    def pick_route(self, c, t):
        cands = [r for r, v in ROUTES.items() if c["city"] in (v[0], v[1])
                 and (r != "R06" or t >= NANNING_OPEN)]
        if not cands:
            cands = ["R01"]
        w = [ROUTES[r][7] * (2.5 if c["ptype"] == "business" and ROUTES[r][4] <= 2.5 else 1.0)
             * (2.0 if c["ptype"] == "migrant_worker" and ROUTES[r][4] >= 5 else 1.0) for r in cands]
        return pick(cands, w)

    # ---------- one ticket ----------
    def ticket(self, c, t, n_paid_before):
        rid = self.pick_route(c, t)
        r = ROUTES[rid]
        home_first = rng.random() < 0.55
        origin_city = c["city"] if home_first else (r[1] if c["city"] == r[0] else r[0])
        st = CITY_STATIONS[origin_city]
        station = st[0] if len(st) == 1 else pick(st, [0.5, 0.5])
        sales = pick(list(SALES), ACQ[c["acq"]][3])
        device = c["device"] if sales in ("app", "mini_program", "ota") else None
        p = PTYPES[c["ptype"]]
        lead = float(min(20, rng.exponential(p[5] * (2.0 if chunyun(t) else 1.0))))
        if sales == "store":
            lead = float(rng.uniform(0, 0.4)) if rng.random() < 0.7 else lead
        dep_day = t + D(days=lead)
        if r[6] and (rid == "R06" or rng.random() < 0.6):
            seat, hour = "sleeper", float(pick([20.5, 21.5, 22.5], [1, 1, 1]))
        else:
            seat = "business" if (r[4] <= 2.5 and rng.random() < p[4]) else "standard"
            hour = float(rng.choice([7.0, 8.5, 10.0, 12.0, 14.0, 15.5, 17.0, 18.5]))
        dep = datetime(dep_day.year, dep_day.month, dep_day.day) + D(hours=hour)
        if dep <= t + D(minutes=40):
            dep += D(days=1)
        fare = r[5] * {"standard": 1.0, "business": 1.5, "sleeper": 1.25}[seat]
        if chunyun(dep):
            fare *= 1.15
        fare = float(round(fare))
        paym = {"app": pick(["wechat_pay", "alipay"], [0.5, 0.5]), "mini_program": "wechat_pay",
                "store": pick(["cash", "wechat_pay", "alipay"], [0.35, 0.4, 0.25]), "ota": "ota_pay"}[sales]
        self.n_tk += 1
        tid = f"TK{self.n_tk:06d}"
        driver = str(rng.choice(DRIVERS[rid]))
        if rid == "R03" and rng.random() < 0.35:
            driver = BAD_DRIVER
        tk = dict(id=tid, common=dict(
            channel=sales, 购票渠道=SALES[sales], device=device,
            app_version=app_version(t) if sales == "app" else None,
            route_id=rid, route=r[2], route_en=r[3], origin_station=station, 出发站=STATIONS[station][1],
            station_en=STATIONS[station][2], origin_city=origin_city, 出发城市=CITIES[origin_city][0],
            seat_type=seat, 座位类型=SEATS[seat], departure_at=ts(dep), fare=fare,
            payment_method=paym, 支付方式=PAY[paym], driver_id=driver, bus_model=r[9]))
        # search -> seat -> pay
        self.ev(c, t, "tp_search", tid, "search", tk)
        if sales != "store":
            p_seat = {"app": 0.74, "mini_program": 0.70, "ota": 0.60}[sales] * ACQ[c["acq"]][2]
            if rng.random() > p_seat:
                return None
        t_seat = t + D(minutes=float(rng.uniform(0.5, 6)))
        self.ev(c, t_seat, "tp_seat", tid, "select", tk)
        if sales != "store":
            p_pay = {"app": 0.84, "mini_program": 0.80, "ota": 0.82}[sales]
            if sales == "mini_program" and SEAT_LOCK_BUG[0] <= t < SEAT_LOCK_BUG[1]:
                p_pay = 0.45
            if rng.random() > p_pay:
                return None
        t_pay = t_seat + D(minutes=float(rng.uniform(1, 8)))
        if t_pay > END:
            return None
        self.ev(c, t_pay, "tp_pay", tid, "success", tk, amount=fare)
        tko = self.order(c, t_pay, fare, "ticket", tk)
        c["first_pay"] = c["first_pay"] or t_pay
        if c["rides"]:
            self.ev(c, t_pay + D(seconds=1), "tp_rebook", tid, "rebook", tk)
        ins_amt = 5.0 if r[4] <= 3 else 10.0
        if sales in ("app", "mini_program"):
            p_ins = 0.62 if t_pay < INS_OPT_IN else 0.17
        else:
            p_ins = 0.30 if sales == "ota" else 0.12
        inso = None
        insured = rng.random() < p_ins
        if insured:
            self.ev(c, t_pay + D(seconds=5), "tp_insure", tid, "add_insurance", tk, amount=ins_amt)
            inso = self.order(c, t_pay + D(seconds=5), ins_amt, "insurance", tk)
            if sales in ("app", "mini_program") and t_pay < INS_OPT_IN and rng.random() < 0.03:
                self.fb(c, t_pay + D(hours=float(rng.uniform(1, 72))), ["insurance"],
                        pick(["ticket", "app_review"], [0.6, 0.4]), tk=tk,
                        rating=float(pick([1, 2], [0.6, 0.4])) if rng.random() < 0.4 else None)
        spend = fare + (ins_amt if insured else 0)
        # refund
        p_ref = 0.07 + (0.04 if c["ptype"] == "leisure" else 0) + (0.03 if lead > 5 else 0)
        if rng.random() < p_ref:
            hrs_left = (dep - t_pay).total_seconds() / 3600
            h_before = float(rng.uniform(0.5, max(0.6, hrs_left - 0.1)))
            t_req = dep - D(hours=h_before)
            rate = 0.05 if h_before >= 24 else (0.10 if t_req < FEE_RISE else 0.20)
            fee = float(round(fare * rate, 1))
            back = fare - fee + (ins_amt if insured else 0)
            self.ev(c, t_req, "tp_refund_req", tid, "request", tk, hours_before_departure=round(h_before, 1),
                    refund_fee=fee, 退票原因=pick(["行程变更", "买错班次", "改坐高铁", "生病"], [0.5, 0.15, 0.25, 0.1]))
            if sales == "ota":
                t_back = t_req + D(hours=float(rng.lognormal(np.log(80), 0.35)))
            elif sales == "store":
                t_back = t_req + D(minutes=float(rng.uniform(1, 5)))
            else:
                t_back = t_req + D(minutes=float(rng.lognormal(np.log(25), 0.7)))
            self.ev(c, t_back, "tp_refund", tid, "refunded", tk, refund_amount=round(back, 1))
            if t_back <= END:
                tko["status"], tko["refunded_at"] = "refunded", ts(t_back)
                if inso:
                    inso["status"], inso["refunded_at"] = "refunded", ts(t_back)
            if fee > 0:
                self.order(c, t_req, fee, "refund_fee", tk)
            topics = []
            if rate >= 0.2 and rng.random() < 0.45:
                topics.append("refund_fee")
            elif rate == 0.10 and rng.random() < 0.04:
                topics.append("refund_fee")
            if sales == "ota" and rng.random() < 0.25:
                topics.append("refund_slow")
            elif sales != "ota" and rng.random() < 0.01:
                topics.append("refund_slow")
            if insured and t_pay < INS_OPT_IN and sales in ("app", "mini_program") and rng.random() < 0.05:
                topics.append("insurance")
            if topics:
                ch = pick(["ticket", "call_note", "ota_review" if sales == "ota" else "app_review"], [0.5, 0.3, 0.2])
                rating = float(pick([1, 2], [0.7, 0.3])) if ch.endswith("review") else None
                self.fb(c, t_back + D(hours=float(rng.uniform(0.5, 48))), topics, ch, tk=tk, rating=rating,
                        undated=(ch == "call_note" and rng.random() < 0.35))
            c["spend"] += fee
            return dict(end=t_back, paid=True)
        c["spend"] += spend
        # change
        if rng.random() < 0.06:
            new_dep = dep + D(days=int(rng.integers(1, 4)))
            self.ev(c, dep - D(hours=float(rng.uniform(2, 30))), "tp_change", tid, "change", tk,
                    new_departure_at=ts(new_dep))
            dep = new_dep
        # check-in
        t_ci = dep - D(minutes=float(rng.uniform(10, 50)))
        if sales == "store":
            method = pick(["manual", "id_card"], [0.6, 0.4])
        else:
            method = pick(["qr", "id_card", "manual"], [0.72, 0.22, 0.06])
        topics = []
        missed = rng.random() < 0.02
        if method == "qr":
            p_fail = 0.02
            err = "QR_EXPIRED"
            if sales == "app" and device == "android" and QR_BUG[0] <= t_ci < QR_BUG[1]:
                p_fail, err = 0.42, "QR_RENDER_FAIL"
            if rng.random() < p_fail:
                self.ev(c, t_ci, "tp_checkin_fail", tid, "fail", tk, error_code=err, checkin_method="qr",
                        检票方式=CHECKIN["qr"])
                method = "manual"
                t_ci += D(minutes=float(rng.uniform(1, 3)))
                topics.append("qr_fail")
                if rng.random() < (0.12 if err == "QR_RENDER_FAIL" else 0.05):
                    missed = True
        queue = None
        if method == "manual":
            med = 24.0 if station == "GZP" else 8.0
            if chunyun(dep):
                med *= 1.5
            queue = float(round(max(1.0, rng.lognormal(np.log(med), 0.5)), 1))
            t_ci += D(minutes=queue)
            if queue > 25 and rng.random() < 0.35:
                topics.append("queue")
        if missed or t_ci > dep + D(minutes=10):
            if topics:
                self.fb(c, t_ci + D(hours=float(rng.uniform(0.5, 24))), topics, pick(["ticket", "call_note"], [0.6, 0.4]),
                        tk=tk)
            return dict(end=t_ci, paid=True)
        self.ev(c, t_ci, "tp_checkin", tid, "checked_in", tk, checkin_method=method, 检票方式=CHECKIN[method],
                queue_min=queue)
        # board & depart
        med_delay = 12.0 if rid == "R04" else (24.0 if rid == "R06" else 4.0)
        if chunyun(dep):
            med_delay *= 4.0 if rid == "R04" else 2.5
        delay = float(round(max(0.0, rng.lognormal(np.log(med_delay), 0.9) - 2.0), 1))
        t_board = dep + D(minutes=delay)
        self.ev(c, t_board, "tp_board", tid, "depart", tk, delay_min=delay)
        ride_h = r[4] * float(rng.uniform(0.95, 1.15)) * (1.25 if chunyun(dep) else 1.0)
        t_arr = t_board + D(hours=ride_h)
        self.ev(c, t_arr, "tp_ride", tid, "arrive", tk, ride_min=round(ride_h * 60, 1))
        c["rides"].append(t_arr)
        if delay > 30 and rng.random() < 0.45:
            topics.append("delay")
        if tk["common"]["driver_id"] == BAD_DRIVER and rng.random() < 0.28:
            topics.append("driver")
        elif rng.random() < 0.006:
            topics.append("driver")
        if seat == "sleeper" and rid == "R04" and rng.random() < 0.20:
            topics.append("seat")
        elif rng.random() < 0.01:
            topics.append("seat")
        bad = bool(topics)
        if not bad and delay <= 10 and rng.random() < 0.25:
            topics.append("praise")
        # rating
        p_rate = (0.45 if bad else 0.22) * (0.3 if sales == "store" else 1.0)
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.50, 0.35, 0.11, 0.04]))
            pen = {"delay": 1.6, "qr_fail": 1.8, "queue": 1.2, "driver": 2.8, "seat": 1.8}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "praise" in topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_arr + D(minutes=float(rng.lognormal(np.log(120), 1.0)))
            ch = "ota_review" if sales == "ota" else "app_review"
            self.ev(c, t_r, "tp_rate", tid, "rate", tk, stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, ch, rating=stars, tk=tk, gen=gen,
                    undated=(ch == "ota_review" and rng.random() < 0.2))
        elif bad and rng.random() < 0.25:
            self.fb(c, t_arr + D(hours=float(rng.uniform(0.5, 30))), topics, pick(["ticket", "call_note"], [0.55, 0.45]),
                    tk=tk, undated=rng.random() < 0.2)
        if rng.random() < 0.045:
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bad, 1.6)), 0, 10))
            self.fb(c, t_arr + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, tk=tk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if bad and rng.random() < 0.03:
            self.fb(c, t_arr + D(hours=float(rng.uniform(1, 72))), [k for k in topics if k != "praise"], "social",
                    tk=tk, undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return dict(end=t_arr, paid=True)

    def parcel(self, c, t):
        rid = self.pick_route(c, t)
        r = ROUTES[rid]
        origin_city = c["city"]
        st = CITY_STATIONS[origin_city]
        station = st[0] if len(st) == 1 else pick(st, [0.5, 0.5])
        self.n_pc += 1
        pid = f"PC{self.n_pc:05d}"
        common = dict(channel="store", route_id=rid, route=r[2], route_en=r[3], origin_station=station,
                      出发站=STATIONS[station][1], station_en=STATIONS[station][2], origin_city=origin_city,
                      出发城市=CITIES[origin_city][0])
        pk = dict(id=pid, common=common)
        weight = float(round(rng.uniform(0.5, 15), 1))
        amt = float(round(12 + 2.0 * weight + (10 if r[4] >= 5 else 0)))
        self.ev(c, t, "tp_parcel", pid, "drop_off", pk, parcel_weight_kg=weight, amount=amt)
        if t <= END:
            self.n_ord += 1
            self.orders.append(dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=amt,
                                    status="paid", order_type="parcel", 订单类型="小件快运", currency="CNY",
                                    channel="store", parcel_id=pid, route_id=rid, route=r[2], route_en=r[3],
                                    origin_station=station, 出发站=STATIONS[station][1], parcel_weight_kg=weight))
            c["spend"] += amt
        transit = float(rng.lognormal(np.log(r[8]), 0.4))
        t_pick = t + D(hours=transit + float(rng.uniform(1, 20)))
        self.ev(c, t_pick, "tp_parcel_pick", pid, "picked_up", pk)
        if (rid == "R03" and rng.random() < 0.25) or rng.random() < 0.02:
            self.fb(c, t_pick + D(hours=2), ["parcel"], pick(["ticket", "call_note"], [0.6, 0.4]), tp="tp_parcel_pick",
                    undated=rng.random() < 0.15)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            p = PTYPES[c["ptype"]]
            t = c["first"]
            n = 0
            while t <= END:
                res = self.ticket(c, t, n)
                if res is None:
                    if rng.random() < 0.55:
                        t += D(hours=float(rng.uniform(0.2, 48)))
                        continue
                    break
                n += 1
                p_keep = p[3] * (0.55 if c["acq"] == "ctrip" else 1.0)
                if rng.random() > p_keep:
                    break
                g = float(rng.exponential(p[2]) + 1.0)
                g /= max(1.0, season(res["end"] + D(days=g)))
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(7, 23)))
            if c["ptype"] in ("business", "migrant_worker") and rng.random() < 0.25:
                tp_ = c["first"] + D(days=float(rng.uniform(1, 60)))
                for _ in range(int(rng.integers(1, 6))):
                    if tp_ > END:
                        break
                    self.parcel(c, tp_)
                    tp_ += D(days=float(rng.exponential(30) + 2))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "platinum" if spend >= 2500 else "gold" if spend >= 1200 else "silver" if spend >= 500 else "regular"
            v = c["rides"]
            if not c["first_pay"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif not v or v[-1] < datetime(2026, 1, 1):
                seg = "at_risk"
            elif len(v) >= 6:
                seg = "loyal"
            elif len(v) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0],
                             tier=tier, 会员等级=TIERS[tier], passenger_type=c["ptype"],
                             乘客类型=PTYPES[c["ptype"]][0], age_band=c["age"], gender=c["gender"],
                             phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "购票渠道",
           "app_version", "route_id", "route", "route_en", "origin_station", "出发站", "station_en", "origin_city",
           "出发城市", "seat_type", "座位类型", "departure_at", "fare", "payment_method", "支付方式", "driver_id",
           "bus_model", "amount", "hours_before_departure", "refund_fee", "退票原因", "refund_amount",
           "new_departure_at", "error_code", "checkin_method", "检票方式", "queue_min", "delay_min", "ride_min", "stars",
           "parcel_weight_kg"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "ticket_id", "parcel_id", "route_id", "route", "route_en", "origin_station", "出发站", "seat_type", "座位类型",
            "购票渠道", "payment_method", "支付方式", "departure_at", "parcel_weight_kg", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "ticket_id", "route_id", "route", "route_en", "origin_station", "出发站", "station_en", "seat_type", "座位类型",
           "driver_id"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "passenger_type", "乘客类型", "age_band", "gender", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the gate system re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, tickets {g.n_tk}, parcels {g.n_pc}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
