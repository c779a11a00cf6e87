"""环城游 LoopCity hop-on hop-off sightseeing buses in five cities — 上海 Shanghai, 北京 Beijing, 西安 Xi'an,
厦门 Xiamen and 成都 Chengdu (synthetic, written blind for the held-out batch).

Visitors buy a ticket (24 h 单日票, 48 h 两日票 or a family ticket) in the LoopCity app, at a roadside self-service
kiosk (自助售票机), at a partner hotel's front desk (酒店前台代售, a paper voucher with a code) or on an OTA (Ctrip /
Klook / Trip.com). On the day they scan the ticket when boarding (上车核销), hop on and off at the stops (each
boarding carries the wait at the stop), plug in the audio guide (语音讲解器), follow the bus in the app's live map,
sometimes add a night tour (夜游加购) or upgrade 24 h → 48 h, rate the trip, and sometimes ask for a refund (退票)
or open a customer-service ticket (客服工单).
Events 2025-01-01 .. 2026-06-30 (extract 2026-07-06, five months before "today" 2026-12-01). All money in CNY.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics / sentiment per comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260706
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 7600
SH_KIOSK = (datetime(2025, 6, 1), datetime(2025, 9, 1))        # Shanghai kiosk card readers failing in the heat
XA_AUDIO = (datetime(2025, 7, 1), datetime(2026, 1, 1))        # Xi'an audio-guide headsets broken
BJ_QUEUE = (datetime(2025, 7, 1), datetime(2025, 9, 1))        # Beijing summer queues (fleet short by 4 buses)
BJ_GATE = datetime(2026, 1, 1)                                 # Beijing new scanners reject hotel vouchers
ANDROID_CRASH = (datetime(2026, 1, 8), datetime(2026, 4, 1))   # app 6.0 on Android crashes at checkout
XM_TYPHOON = (datetime(2025, 9, 11), datetime(2025, 9, 21))    # Xiamen typhoon: buses suspended
AB_START, AB_END = datetime(2026, 3, 1), datetime(2026, 6, 1)
PANDA_START = datetime(2026, 6, 1)                              # Chengdu panda express route: new, few ratings

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_route_page", "查看线路", "Route & stops page", "consideration", "app", "digital", "product",
     "看线路|线路图|站点|时刻表|查路线|route map|timetable|stops page|route page"),
    ("tp_ticket_pick", "选择票种", "Ticket picker", "consideration", "app", "digital", "product",
     "选票|票种|挑票|加购物车|选日期|ticket picker|choose ticket|pick a pass"),
    ("tp_app_pay", "App下单支付", "App checkout", "purchase", "app", "digital", "product",
     "下单|付款|支付|结账|买票|checkout|pay|payment|bought in app"),
    ("tp_kiosk_buy", "自助机购票", "Kiosk purchase", "purchase", "store", "physical", "station ops",
     "售票机|自助机|站点买票|机器买票|kiosk|ticket machine|vending machine"),
    ("tp_hotel_sale", "酒店前台代售", "Hotel desk sale", "purchase", "other", "physical", "partnerships",
     "酒店买票|前台买票|酒店代售|纸质票|concierge|hotel desk|hotel voucher sale"),
    ("tp_ota_order", "OTA平台下单", "OTA booking", "purchase", "web", "digital", "partnerships",
     "携程|Klook|客路|OTA|第三方平台|ctrip|trip.com|third-party booking"),
    ("tp_board_scan", "上车扫码核销", "Boarding scan", "service", "store", "physical", "fleet ops",
     "核销|上车扫码|验票|检票|扫码上车|boarding|ticket scan|redeem|validation"),
    ("tp_hop_on", "站点上车", "Hop-on at a stop", "service", "store", "physical", "fleet ops",
     "上车|候车|等车|换乘|跳上跳下|hop on|waiting at the stop|boarding at stop"),
    ("tp_audio", "语音讲解器", "Audio guide", "service", "store", "physical", "fleet ops",
     "讲解器|耳机|语音导览|讲解|audio guide|headphones|commentary"),
    ("tp_live_map", "实时车辆地图", "Live bus map", "service", "app", "digital", "product",
     "实时地图|车辆位置|查车|看车到哪了|live map|bus tracker|where is the bus"),
    ("tp_night_tour", "夜游加购", "Night tour add-on", "loyalty", "app", "digital", "sales",
     "夜游|夜景线|加购夜游|night tour|evening tour|night add-on"),
    ("tp_upgrade", "升级两日票", "Upgrade to 48h", "loyalty", "app", "digital", "sales",
     "升级|补差价|延长|换两日票|upgrade|extend pass|48h upgrade"),
    ("tp_trip_rating", "行程评价", "Trip rating", "service", "app", "digital", "customer experience",
     "评价|打分|星级|评分|rating|review|stars"),
    ("tp_refund_req", "申请退票", "Refund request", "service", "app", "digital", "customer service",
     "退票|申请退款|退钱|取消订单|refund request|cancel ticket|money back"),
    ("tp_refund_paid", "退款到账", "Refund paid", "service", "other", "digital", "finance",
     "退款到账|到账|退款完成|refund paid|refunded|refund received"),
    ("tp_cs_ticket", "客服工单", "Service ticket", "service", "phone", "digital", "customer service",
     "客服|投诉|工单|打电话|热线|complaint|service ticket|helpdesk|hotline"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("app_purchase", "App购票", "App ticket purchase", ["tp_route_page", "tp_ticket_pick", "tp_app_pay", "tp_board_scan"], 7),
    ("kiosk_purchase", "自助机购票乘车", "Kiosk purchase to boarding", ["tp_kiosk_buy", "tp_board_scan"], 1),
    ("hotel_voucher", "酒店票兑换", "Hotel voucher to boarding", ["tp_hotel_sale", "tp_board_scan"], 3),
    ("ride_day", "乘车体验", "Ride day", ["tp_board_scan", "tp_audio", "tp_trip_rating"], 3),
    ("refund", "退票退款", "Refund", ["tp_refund_req", "tp_refund_paid"], 30),
]
CITIES = {  # id: zh, en, weight, 24h price, 48h price
    "SH": ("上海", "Shanghai", 0.30, 150, 220), "BJ": ("北京", "Beijing", 0.25, 140, 200),
    "XA": ("西安", "Xi'an", 0.18, 100, 150), "XM": ("厦门", "Xiamen", 0.14, 110, 160),
    "CD": ("成都", "Chengdu", 0.13, 100, 150),
}
STOPS = {
    "SH": [("外滩", "The Bund"), ("人民广场", "People's Square"), ("豫园", "Yu Garden"), ("陆家嘴", "Lujiazui"),
           ("新天地", "Xintiandi"), ("静安寺", "Jing'an Temple")],
    "BJ": [("天安门东", "Tian'anmen East"), ("前门", "Qianmen"), ("王府井", "Wangfujing"), ("什刹海", "Shichahai"),
           ("雍和宫", "Lama Temple"), ("天坛", "Temple of Heaven")],
    "XA": [("钟楼", "Bell Tower"), ("回民街", "Muslim Quarter"), ("大雁塔", "Big Wild Goose Pagoda"),
           ("城墙南门", "South Gate"), ("大唐不夜城", "Tang Paradise Street"), ("陕西历史博物馆", "Shaanxi History Museum")],
    "XM": [("中山路", "Zhongshan Road"), ("轮渡码头", "Ferry Pier"), ("南普陀", "Nanputuo Temple"),
           ("厦门大学", "Xiamen University"), ("环岛路", "Island Ring Road"), ("曾厝垵", "Zengcuo'an")],
    "CD": [("天府广场", "Tianfu Square"), ("宽窄巷子", "Kuanzhai Alley"), ("武侯祠", "Wuhou Shrine"),
           ("锦里", "Jinli"), ("春熙路", "Chunxi Road"), ("熊猫基地", "Panda Base")],
}
ROUTES = {"red": "红线", "blue": "蓝线", "panda": "熊猫专线"}
KIOSKS = {c: [(f"K-{c}-0{i + 1}", STOPS[c][i]) for i in range(3)] for c in CITIES}
HOTELS = {
    "SH": [("浦江华庭酒店", "Pujiang Huating Hotel"), ("外滩云舍", "Bund Cloud Lodge"), ("静安嘉苑酒店", "Jing'an Jiayuan Hotel")],
    "BJ": [("长安雅居酒店", "Chang'an Yaju Hotel"), ("王府花园酒店", "Wangfu Garden Hotel"), ("什刹海宾舍", "Shichahai Guesthouse")],
    "XA": [("钟鼓楼大酒店", "Bell & Drum Grand Hotel"), ("曲江云上酒店", "Qujiang Cloud Hotel")],
    "XM": [("鹭岛海景酒店", "Egret Island Seaview Hotel"), ("鼓浪屿别苑", "Gulangyu Villa")],
    "CD": [("锦江竹韵酒店", "Jinjiang Bamboo Hotel"), ("宽窄客栈", "Kuanzhai Inn")],
}
TICKETS = {"24h": ("单日票", 0.58), "48h": ("两日票", 0.27), "family": ("家庭票", 0.15)}
CHANNELS = {  # acquisition channel: zh, share, purchase channel mix (app, kiosk, hotel, ota)
    "app_store": ("应用商店", 0.24, [0.86, 0.14, 0.0, 0.0]),
    "social": ("社交媒体", 0.18, [0.70, 0.30, 0.0, 0.0]),
    "ota": ("OTA平台", 0.24, [0.10, 0.0, 0.0, 0.90]),
    "hotel": ("酒店合作", 0.16, [0.0, 0.10, 0.90, 0.0]),
    "walk_up": ("路边自助机", 0.18, [0.10, 0.90, 0.0, 0.0]),
}
SALE_CH = ["app", "kiosk", "hotel", "ota"]
SALE_ZH = {"app": "App", "kiosk": "自助机", "hotel": "酒店前台", "ota": "OTA"}
OTAS = {"ctrip": ("携程", 0.5), "klook": ("客路", 0.3), "tripcom": ("Trip.com", 0.2)}
REGIONS = [("East China", "华东", 0.26), ("North China", "华北", 0.18), ("South China", "华南", 0.17),
           ("Southwest", "西南", 0.10), ("Central China", "华中", 0.09), ("Overseas", "海外", 0.20)]
LANGS_OVERSEAS = (["en", "ko", "ja"], [0.6, 0.2, 0.2])
AGENTS = ["小周 Zhou", "阿May", "老陈 Chen", "Vicky 王"]
REFUND_ZH = {"weather": "天气停运", "plans_changed": "行程变更", "service_issue": "服务问题"}
CS_ZH = {"voucher": "兑换码无效", "kiosk": "售票机故障", "refund_chase": "催退款", "lost_item": "遗失物品"}
NIGHT_PRICE, UPGRADE_PRICE = 90, 70
REFUND_DAYS = {"app": 1.0, "kiosk": 3.0, "hotel": 5.0, "ota": 9.0}   # median days request → money back

# ---------- feedback texts: each topic has one marker per language (README) ----------
TEXTS = {
    "kiosk": (["售票机吞了我的卡，钱扣了票没出来", "站点的售票机刷卡一直失败，只好换站", "售票机屏幕晒得看不清，付了两次",
               "人民广场那台售票机坏了一整天"],
              ["The kiosk took my card payment but printed nothing", "Ticket kiosk kept rejecting my card",
               "Kiosk at the stop was broken, had to walk to the next one", "Charged twice by the kiosk"]),
    "audio": (["讲解器根本没声音，换了三个都不行", "讲解器一直串台，听不清", "中文讲解器只有杂音，白坐了",
               "讲解器耳机是坏的，工作人员也没办法"],
              ["The audio guide had no sound at all", "Audio guide kept cutting out, no English channel",
               "Three headsets, none of the audio guide channels worked", "Audio guide broken, so we just looked out the window"]),
    "wait": (["在站点等了四十分钟车才来", "等了快一个小时，说好的15分钟一班呢", "周末等了好久，车来了还满员上不去"],
             ["We waited 40 minutes at the stop", "Waited almost an hour for a bus, app said 15 min",
              "Waited ages and the first bus was full"]),
    "voucher": (["酒店给的兑换码上车扫不出来，司机不让上", "兑换码显示无效，只好又买了一张", "前台买的兑换码用不了，耽误半天"],
                ["Hotel voucher wouldn't scan, driver refused us", "The voucher code from the hotel was 'invalid'",
                 "Paid at the hotel desk, voucher didn't work on the bus"]),
    "refund": (["退款申请两周了还没到账", "平台上退款一直显示处理中", "停运了说全额退款，到现在钱还没回来"],
               ["Still no refund after two weeks", "Refund via the booking site is taking forever",
                "Buses were suspended and the refund never arrived"]),
    "crash": (["安卓手机一到付款就闪退", "更新后闪退，票都买不了", "付款页面闪退三次"],
              ["App crashes on the payment screen (Android)", "Crash every time I tap pay after the update",
               "App keeps crashing at checkout"]),
    "price": (["两日票220有点太贵了", "家庭票太贵了，不如打车"],
              ["A bit overpriced for what it is", "Family ticket is overpriced"]),
    "views": (["坐在二层敞篷看风景太棒了", "沿途风景很美，拍照很出片", "夜里看风景特别有感觉"],
              ["Great views from the open top deck", "Loved the views along the river", "Amazing views, perfect for photos"]),
    "convenient": (["随上随下很方便，老人也不累", "App买票扫码就上，很方便", "站点多，去景点很方便"],
                   ["Very convenient way to see the city", "Hop on hop off is so convenient with kids",
                    "Convenient stops near every sight"]),
    "neutral": (["还行，车上有点热", "一般般，中规中矩", "路线还可以，座位有点挤"],
                ["It was ok, a bit hot on the bus", "Average, nothing special", "Fine overall, seats were cramped"]),
}
NEGATIVE = {"kiosk", "audio", "wait", "voucher", "refund", "crash", "price"}


def pick(seq):
    return seq[int(rng.integers(len(seq)))]


def wchoice(keys, probs):
    p = np.array(probs, dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def inside(t, span):
    return span[0] <= t < span[1]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tix = 0

    def ev(self, c, tp, t, action, session="", device="", channel="", city=None, **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=session, action=action, device=device, channel=channel)
        if city:
            row.update(city_id=city, city=CITIES[city][0], city_en=CITIES[city][1])
        row.update(kw)
        self.events.append(row)
        c["first"] = min(c.get("first", t), t)
        return row

    def order(self, c, t, amount, otype, city, session, channel, status="paid", refunded_at=None, **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"ticket": "观光票", "night_tour": "夜游加购", "upgrade": "升级补差"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, channel=channel, device=kw.pop("device", ""), order_type=otype, 订单类型=zh,
                   city_id=city, city=CITIES[city][0], city_en=CITIES[city][1], ticket_id=session,
                   refunded_at=fmt(refunded_at) if refunded_at else "", currency="CNY")
        row.update(kw)
        self.orders.append(row)
        c["spend"] = c.get("spend", 0) + (amount if status == "paid" else 0)
        return row

    def fb(self, c, topic, t, channel, tp, lang=None, rating="", nps="", extra_topic=None, **kw):
        if t is not None and t > END:
            return
        lang = lang or ("zh" if c and c["language"] == "zh" else "en")
        li = 0 if lang == "zh" else 1
        text = pick(TEXTS[topic][li])
        topics = [topic] if topic != "neutral" else []
        if extra_topic:
            text += ("，" if li == 0 else ". ") + pick(TEXTS[extra_topic][li])
            topics.append(extra_topic)
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=fmt(t) if t else "", customer_id=c["customer_id"] if c else "",
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang)
        row.update(kw)
        self.feedback.append(row)
        sent = "negative" if set(topics) & NEGATIVE else ("positive" if topics else "neutral")
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))


def month_weight(t):
    season = [4, 5, 6, 8, 9, 9, 12, 12, 8, 11, 6, 5][t.month - 1]
    growth = 1 + 0.4 * (t - START).days / (END - START).days
    return season * growth


DAYS = [START + D(days=i) for i in range((END - START).days + 1)]
DAY_W = np.array([month_weight(d) for d in DAYS])
DAY_W /= DAY_W.sum()


def customers():
    out = []
    acq_keys = list(CHANNELS)
    for i in range(N_CUST):
        acq = wchoice(acq_keys, [CHANNELS[k][1] for k in acq_keys])
        reg = REGIONS[int(rng.choice(len(REGIONS), p=[r[2] for r in REGIONS]))]
        if reg[0] == "Overseas":
            lang = wchoice(*LANGS_OVERSEAS)
        else:
            lang = "zh" if rng.random() < 0.97 else "en"
        party = wchoice(["solo", "couple", "family", "group"], [0.22, 0.38, 0.28, 0.12])
        out.append(dict(customer_id=f"C{i + 1:05d}", acquisition_channel=acq, 获客渠道=CHANNELS[acq][0],
                        region=reg[0], 客源地=reg[1], language=lang, party_type=party,
                        os=wchoice(["ios", "android"], [0.55, 0.45])))
    return out


def ride(g, c, city, t_day, tix, sale, ttype, device, not_before):
    """boarding, hop-ons, audio, live map, add-ons, rating; returns the set of issues met."""
    issues = set()
    c["_route"] = "red"
    t = max(t_day + D(hours=float(rng.uniform(8.5, 14))), not_before + D(minutes=float(rng.uniform(8, 50))))
    c["_tb"] = t
    # boarding scan (hotel vouchers fail on Beijing's new scanners from 2026)
    if sale == "hotel" and city == "BJ" and t >= BJ_GATE and rng.random() < 0.42:
        g.ev(c, "tp_board_scan", t, "fail", tix, channel=sale, city=city, ticket_type=ttype, fail_reason="voucher_invalid")
        issues.add("voucher")
        if rng.random() < 0.35:
            g.ev(c, "tp_cs_ticket", t + D(minutes=int(rng.integers(5, 40))), "submit", tix, channel=sale, city=city,
                 cs_topic="voucher", 工单类型=CS_ZH["voucher"], agent=pick(AGENTS))
        if rng.random() < 0.7:
            t += D(minutes=int(rng.integers(10, 60)))
        else:
            return issues | {"no_ride"}
    g.ev(c, "tp_board_scan", t, "success", tix, channel=sale, city=city, ticket_type=ttype)
    c["_tb"] = t
    days = 2 if ttype == "48h" and rng.random() < 0.7 else 1
    weekend = t.weekday() >= 5
    rt = "panda" if city == "CD" and t >= PANDA_START and rng.random() < 0.3 else pick(["red", "blue"])
    c["_route"] = rt
    for d in range(days):
        n_hop = int(rng.integers(2, 6))
        th = t + D(days=d) + D(minutes=int(rng.integers(0, 20)))
        stops = rng.permutation(6)
        for k in range(n_hop):
            if city == "BJ" and inside(th, BJ_QUEUE):
                mean = 34 if weekend else 21
            else:
                mean = 11
            w = int(min(90, max(1, rng.gamma(3, mean / 3))))
            if w >= 30:
                issues.add("wait")
            s = STOPS[city][int(stops[k])]
            g.ev(c, "tp_hop_on", th, "board", tix, channel=sale, city=city, route=rt, route_zh=ROUTES[rt], stop=s[0],
                 stop_en=s[1], wait_min=w)
            th += D(minutes=int(rng.integers(50, 130)))
    if rng.random() < 0.72:
        alang = c["language"] if c["language"] in ("zh", "en", "ko", "ja") else "en"
        broken = 0.36 if city == "XA" and inside(t, XA_AUDIO) else 0.04
        ok = rng.random() >= broken
        g.ev(c, "tp_audio", t + D(minutes=3), "success" if ok else "fail", tix, channel=sale, city=city,
             audio_lang=alang)
        if not ok:
            issues.add("audio")
    if sale == "app" and rng.random() < 0.6:
        g.ev(c, "tp_live_map", t + D(minutes=int(rng.integers(30, 200))), "view", tix, device=device, channel=sale,
             city=city)
    # add-ons (bought in the app or on board via QR)
    p_night = 0.26 if city == "SH" else 0.10
    if rng.random() < p_night:
        tn = t_day + D(hours=float(rng.uniform(17, 19.5)))
        g.ev(c, "tp_night_tour", tn, "success", tix, device=device, channel=sale, city=city, amount=NIGHT_PRICE)
        g.order(c, tn, NIGHT_PRICE, "night_tour", city, tix, sale, device=device, ticket_type="night",
                票种="夜游票", list_price=f"{NIGHT_PRICE:.2f}", discount="0.00")
    if ttype == "24h" and rng.random() < 0.08:
        tu = t + D(hours=float(rng.uniform(3, 7)))
        g.ev(c, "tp_upgrade", tu, "success", tix, device=device, channel=sale, city=city, amount=UPGRADE_PRICE)
        g.order(c, tu, UPGRADE_PRICE, "upgrade", city, tix, sale, device=device, ticket_type="48h",
                票种="两日票", list_price=f"{UPGRADE_PRICE:.2f}", discount="0.00")
    return issues


def rate_trip(g, c, city, t, tix, issues, sale):
    if rng.random() >= (0.55 if issues else 0.42):
        return
    tr = t + D(hours=float(rng.uniform(6, 30)))
    r = 4.45 + rng.normal(0, 0.55)
    if "audio" in issues:
        r -= 1.6
    if "wait" in issues:
        r -= 1.3
    if "voucher" in issues:
        r -= 1.7
    if "kiosk" in issues:
        r -= 0.8
    if c.get("_route") == "panda":
        r += 0.5
    r = int(min(5, max(1, round(r))))
    rt = c.get("_route", "red")
    ev = g.ev(c, "tp_trip_rating", tr, "submit", tix, channel=sale, city=city, stars=r, route=rt,
              route_zh=ROUTES[rt])
    if ev is None:
        return
    neg = [i for i in ("audio", "wait", "voucher", "kiosk") if i in issues]
    if neg and r <= 3:
        topic = neg[0]
    elif r >= 4:
        topic = "views" if rng.random() < 0.55 else "convenient"
    else:
        topic = "neutral" if rng.random() < 0.7 else "price"
    extra = "price" if topic in NEGATIVE and topic != "price" and rng.random() < 0.1 else None
    if rng.random() < 0.25 and topic == "neutral":
        return  # stars only; the comment box left empty is still a rating
    g.fb(c, topic, tr, "trip_rating", "tp_trip_rating", rating=r, extra_topic=extra, city_id=city,
         city=CITIES[city][0], city_en=CITIES[city][1], route=rt, route_zh=ROUTES[rt], sales_channel=sale)


def refund(g, c, city, t_req, tix, sale, amount, reason, device, order):
    g.ev(c, "tp_refund_req", t_req, "submit", tix, device=device if sale == "app" else "", channel=sale, city=city,
         refund_reason=reason, 退票原因=REFUND_ZH[reason])
    if reason == "plans_changed" and rng.random() < 0.15:
        return None   # declined: outside the free cancellation window
    days = float(rng.lognormal(np.log(REFUND_DAYS[sale]), 0.45))
    tp = t_req + D(days=days)
    if sale == "ota" and days > 8 and rng.random() < 0.45:
        g.ev(c, "tp_cs_ticket", t_req + D(days=7, hours=float(rng.uniform(0, 20))), "submit", tix, channel=sale,
             city=city, cs_topic="refund_chase", 工单类型=CS_ZH["refund_chase"], agent=pick(AGENTS))
    if tp > END:
        return None
    g.ev(c, "tp_refund_paid", tp, "success", tix, channel=sale, city=city, refund_reason=reason,
         退票原因=REFUND_ZH[reason], refund_amount=f"{amount:.2f}")
    if order is not None:
        order["status"] = "refunded"
        order["refunded_at"] = fmt(tp)
    return tp


def trip(g, c, t_day, first):
    city = wchoice(list(CITIES), [v[2] for v in CITIES.values()])
    mix = CHANNELS[c["acquisition_channel"]][2]
    if not first:
        mix = [mix[0] + 0.3, mix[1], mix[2], mix[3]]
    sale = wchoice(SALE_CH, mix)
    ttype = "family" if c["party_type"] == "family" and rng.random() < 0.6 else wchoice(["24h", "48h"], [0.7, 0.3])
    lp = {"24h": CITIES[city][3], "48h": CITIES[city][4], "family": round(CITIES[city][3] * 2.5)}[ttype]
    device = c["os"] if sale == "app" else ("kiosk" if sale == "kiosk" else "")
    g.n_tix += 1
    tix = f"T{g.n_tix:06d}"
    issues = set()
    t_buy = None
    kw = {}
    if sale == "app":
        t0 = t_day - D(days=float(rng.choice([0, 0, 1, 1, 2, 3, 5]))) + D(hours=float(rng.uniform(7, 23)))
        browse = f"B{g.n_tix:06d}"
        g.ev(c, "tp_route_page", t0, "view", browse, device=device, channel="app", city=city, app_version=_ver(c, t0))
        p_pick = 0.74 if c["acquisition_channel"] != "social" else 0.58
        if rng.random() >= p_pick:
            return _lost(g, c, t_day, city, first)
        t1 = t0 + D(minutes=float(rng.uniform(1, 25)))
        g.ev(c, "tp_ticket_pick", t1, "click", browse, device=device, channel="app", city=city, ticket_type=ttype,
             票种=TICKETS[ttype][0], app_version=_ver(c, t1))
        p_pay = 0.76
        if inside(t1, (AB_START, AB_END)) and not c.get("ab"):
            var = "one_page" if rng.random() < 0.5 else "control"
            c["ab"] = var
            g.exp.append(dict(experiment_id="one_page_checkout", variant=var, customer_id=c["customer_id"],
                              assigned_at=fmt(t1 - D(seconds=5))))
            p_pay = 0.86 if var == "one_page" else 0.72
        if device == "android" and inside(t1, ANDROID_CRASH):
            p_pay *= 0.55
            if rng.random() < 0.8:
                g.ev(c, "tp_app_pay", t1 + D(minutes=2), "fail", browse, device=device, channel="app", city=city,
                     fail_reason="app_crash", app_version="6.0.1")
                if rng.random() < 0.3:
                    g.fb(c, "crash", t1 + D(hours=float(rng.uniform(0.2, 30))) if rng.random() < 0.8 else None,
                         "app_review", "tp_app_pay", rating=int(rng.choice([1, 1, 2])), device="android",
                         app_version="6.0.1")
        if rng.random() >= p_pay:
            return _lost(g, c, t_day, city, first)
        t_buy = t1 + D(minutes=float(rng.uniform(2, 30)))
        disc = 20.0 if first and rng.random() < 0.35 else 0.0
        g.ev(c, "tp_app_pay", t_buy, "success", tix, device=device, channel="app", city=city, ticket_type=ttype,
             票种=TICKETS[ttype][0], amount=lp - disc, app_version=_ver(c, t_buy))
        if t_buy.date() > t_day.date() or t_buy.hour >= 17:
            t_day = datetime(t_buy.year, t_buy.month, t_buy.day) + D(days=1 if t_buy.hour >= 17 else 0)
    elif sale == "kiosk":
        k = KIOSKS[city][int(rng.choice(3, p=[0.5, 0.3, 0.2]))]
        t_buy = t_day + D(hours=float(rng.uniform(8.3, 13)))
        p_fail = 0.05
        if city == "SH" and inside(t_buy, SH_KIOSK):
            p_fail = 0.48 if k[0] == "K-SH-02" else 0.2
        tries = 0
        while rng.random() < p_fail and tries < 2:
            g.ev(c, "tp_kiosk_buy", t_buy, "fail", tix, device="kiosk", channel="kiosk", city=city, kiosk_id=k[0],
                 kiosk_location=k[1][0], kiosk_location_en=k[1][1], fail_reason="card_reader")
            issues.add("kiosk")
            tries += 1
            t_buy += D(minutes=float(rng.uniform(2, 8)))
            if rng.random() < 0.3:
                if rng.random() < 0.3:
                    g.ev(c, "tp_cs_ticket", t_buy + D(minutes=5), "submit", tix, channel="kiosk", city=city,
                         cs_topic="kiosk", 工单类型=CS_ZH["kiosk"], agent=pick(AGENTS))
                _kiosk_gripe(g, c, t_buy, city, k)
                return
        disc = 0.0
        g.ev(c, "tp_kiosk_buy", t_buy, "success", tix, device="kiosk", channel="kiosk", city=city, kiosk_id=k[0],
             kiosk_location=k[1][0], kiosk_location_en=k[1][1], ticket_type=ttype, 票种=TICKETS[ttype][0], amount=lp)
        kw = dict(kiosk_id=k[0])
    elif sale == "hotel":
        h = pick(HOTELS[city])
        t_buy = t_day - D(days=float(rng.choice([0, 0, 1, 2]))) + D(hours=float(rng.uniform(7, 22)))
        disc = 0.0
        g.ev(c, "tp_hotel_sale", t_buy, "success", tix, channel="hotel", city=city, hotel=h[1], 酒店=h[0],
             ticket_type=ttype, 票种=TICKETS[ttype][0], amount=lp)
        kw = dict(hotel=h[1], 酒店=h[0], commission=f"{lp * 0.15:.2f}")
    else:
        ota = wchoice(list(OTAS), [v[1] for v in OTAS.values()])
        t_buy = t_day - D(days=float(rng.integers(1, 25))) + D(hours=float(rng.uniform(0, 24)))
        disc = round(lp * 0.08, 2)
        g.ev(c, "tp_ota_order", t_buy, "success", tix, channel="ota", city=city, ota_platform=ota,
             OTA平台=OTAS[ota][0], ticket_type=ttype, 票种=TICKETS[ttype][0], amount=lp - disc)
        kw = dict(ota_platform=ota, OTA平台=OTAS[ota][0], commission=f"{lp * 0.12:.2f}")
    order = g.order(c, t_buy, lp - disc, "ticket", city, tix, sale, device=device if sale == "app" else "",
                    ticket_type=ttype, 票种=TICKETS[ttype][0], list_price=f"{lp:.2f}", discount=f"{disc:.2f}", **kw)
    # refunds before the trip: typhoon (Xiamen), other weather, changed plans
    amount = lp - disc
    if city == "XM" and inside(t_day, XM_TYPHOON):
        if rng.random() < 0.9:
            t_req = max(t_buy + D(minutes=30), t_day + D(hours=float(rng.uniform(6, 11))))
            refund(g, c, city, t_req, tix, sale, amount, "weather", device, order)
            if sale == "ota" and rng.random() < 0.8:
                g.fb(c, "refund", t_req + D(days=float(rng.uniform(8, 20))) if rng.random() < 0.7 else None,
                     "ota_review", "tp_refund_paid", rating=int(rng.choice([1, 2])), ota_platform=kw["ota_platform"],
                     city_id=city, city=CITIES[city][0], city_en=CITIES[city][1])
            return
    r = rng.random()
    if r < 0.012 or (r < 0.045 and sale in ("app", "ota")):
        reason = "weather" if r < 0.012 else "plans_changed"
        t_req = max(t_buy + D(minutes=30), t_day - D(hours=float(rng.uniform(1, 30))))
        tp = refund(g, c, city, t_req, tix, sale, amount, reason, device, order)
        if sale == "ota" and tp is not None and (tp - t_req).days >= 8 and rng.random() < 0.8:
            g.fb(c, "refund", tp + D(days=1) if rng.random() < 0.7 else None, "ota_review", "tp_refund_paid",
                 rating=int(rng.choice([1, 2, 2])), ota_platform=kw["ota_platform"], city_id=city,
                 city=CITIES[city][0], city_en=CITIES[city][1])
        return
    if rng.random() < 0.03:
        return   # no-show: never boarded
    issues |= ride(g, c, city, t_day, tix, sale, ttype, device, t_buy)
    t_ride = c["_tb"]
    if "no_ride" in issues:
        t_req = t_ride + D(hours=float(rng.uniform(0.5, 6)))
        refund(g, c, city, t_req, tix, sale, amount, "service_issue", device, order)
    elif "audio" in issues and rng.random() < 0.06:
        refund(g, c, city, t_ride + D(hours=float(rng.uniform(2, 8))), tix, sale, amount, "service_issue", device, order)
    rate_trip(g, c, city, t_ride, tix, issues, sale)
    if "voucher" in issues and rng.random() < 0.35:
        g.fb(c, "voucher", t_day + D(hours=float(rng.uniform(12, 60))), "call_note", "tp_cs_ticket",
             agent=pick(AGENTS), city_id=city, city=CITIES[city][0], city_en=CITIES[city][1])
    # post-trip NPS survey (emailed to app / OTA buyers)
    if sale in ("app", "ota") and rng.random() < 0.18:
        base = 9.0 - 3.0 * bool(issues & {"audio", "wait", "voucher"}) - (1.0 if city == "BJ" else 0.0)
        n = int(min(10, max(0, round(base + rng.normal(0, 1.5)))))
        topic = "views" if n >= 9 else ("neutral" if n >= 7 else ("wait" if "wait" in issues else
                                                                   "audio" if "audio" in issues else "price"))
        g.fb(c, topic, t_day + D(days=float(rng.uniform(1, 4))), "nps_survey", "", nps=n, city_id=city,
             city=CITIES[city][0], city_en=CITIES[city][1])


def _ver(c, t):
    if c["os"] == "android" and inside(t, ANDROID_CRASH):
        return "6.0.1"
    return "6.1.0" if t >= ANDROID_CRASH[1] else ("6.0.1" if t >= ANDROID_CRASH[0] else "5.8.3")


def _lost(g, c, t_day, city, first):
    """an app browser who did not pay: some walk up to a kiosk on the day instead."""
    if rng.random() < 0.2:
        # buy at the kiosk on the day (same customer)
        g.n_tix += 1
        tix = f"T{g.n_tix:06d}"
        k = KIOSKS[city][0]
        t = t_day + D(hours=float(rng.uniform(9, 13)))
        lp = CITIES[city][3]
        g.ev(c, "tp_kiosk_buy", t, "success", tix, device="kiosk", channel="kiosk", city=city, kiosk_id=k[0],
             kiosk_location=k[1][0], kiosk_location_en=k[1][1], ticket_type="24h", 票种="单日票", amount=lp)
        g.order(c, t, lp, "ticket", city, tix, "kiosk", ticket_type="24h", 票种="单日票", list_price=f"{lp:.2f}",
                discount="0.00", kiosk_id=k[0])
        ride(g, c, city, t_day, tix, "kiosk", "24h", "kiosk", t)


def _kiosk_gripe(g, c, t, city, k):
    if rng.random() < 0.8:
        ch = "social" if rng.random() < 0.4 else "call_note"
        g.fb(c, "kiosk", t + D(hours=float(rng.uniform(0.2, 6))) if rng.random() < 0.75 else None, ch,
             "tp_kiosk_buy", city_id=city, city=CITIES[city][0], city_en=CITIES[city][1], kiosk_id=k[0])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    cs = customers()
    first_days = rng.choice(len(DAYS), size=len(cs), p=DAY_W)
    for c, di in zip(cs, first_days):
        t = DAYS[int(di)]
        n_trips = int(rng.choice([1, 2, 3], p=[0.84, 0.13, 0.03]))
        for k in range(n_trips):
            if t > END:
                break
            trip(g, c, t, k == 0)
            t = t + D(days=int(rng.integers(40, 300)))
    # app store reviews: praise and plain ones from customers, undated scraped ones without customer
    app_users = cs
    for i in range(260):
        c = pick(app_users)
        topic = wchoice(["convenient", "views", "neutral", "price"], [0.45, 0.2, 0.25, 0.1])
        t = DAYS[int(rng.choice(len(DAYS), p=DAY_W))] + D(hours=float(rng.uniform(8, 23)))
        anon = rng.random() < 0.3
        r = {"convenient": 5, "views": 5, "neutral": 3, "price": 2}[topic] - int(rng.random() < 0.3)
        g.fb(None if anon else c, topic, None if rng.random() < 0.25 else t, "app_review", "tp_app_pay",
             lang="zh" if c["language"] == "zh" else "en", rating=r, device=c["os"])
    # OTA reviews with a rating (some scraped without a date)
    for i in range(220):
        c = pick(cs)
        city = wchoice(list(CITIES), [v[2] for v in CITIES.values()])
        topic = wchoice(["views", "convenient", "neutral", "price", "wait"], [0.35, 0.25, 0.2, 0.1, 0.1])
        if topic == "wait" and city != "BJ" and rng.random() < 0.7:
            city = "BJ"
        r = {"views": 5, "convenient": 4, "neutral": 3, "price": 3, "wait": 2}[topic]
        t = DAYS[int(rng.choice(len(DAYS), p=DAY_W))] + D(hours=float(rng.uniform(8, 23)))
        g.fb(c, topic, None if rng.random() < 0.3 else t, "ota_review", "tp_ota_order", rating=r,
             ota_platform=wchoice(list(OTAS), [v[1] for v in OTAS.values()]), city_id=city, city=CITIES[city][0],
             city_en=CITIES[city][1])
    # customers: signup, segment, tier from what happened
    last_ts = {}
    for e in g.events:
        last_ts[e["customer_id"]] = max(last_ts.get(e["customer_id"], ""), e["ts"])
    ntix = {}
    for o in g.orders:
        if o["order_type"] == "ticket":
            ntix[o["customer_id"]] = ntix.get(o["customer_id"], 0) + 1
    complained = {e["customer_id"] for e in g.events if e["touchpoint_id"] in ("tp_cs_ticket", "tp_refund_req")}
    rows = []
    for c in cs:
        cid = c["customer_id"]
        spend = c.get("spend", 0)
        first = c.get("first")
        if cid in complained:
            seg = "at_risk"
        elif spend >= 600:
            seg = "vip"
        elif ntix.get(cid, 0) >= 2:
            seg = "returning"
        elif first and first >= datetime(2026, 4, 1):
            seg = "new"
        else:
            seg = "one_time"
        tier = "gold" if spend >= 500 else ("silver" if spend >= 250 else "standard")
        rows.append(dict(customer_id=cid, signup_at=fmt(first) if first else "", segment=seg,
                         region=c["region"], 客源地=c["客源地"], acquisition_channel=c["acquisition_channel"],
                         获客渠道=c["获客渠道"], tier=tier, 会员等级={"gold": "金卡", "silver": "银卡", "standard": "普通"}[tier],
                         language=c["language"], party_type=c["party_type"], os=c["os"]))
    # a few re-sent event rows (exact duplicates)
    dup = [g.events[int(i)] for i in rng.choice(len(g.events), 30, replace=False)]
    events = sorted(g.events + [dict(r) for r in dup], key=lambda r: (r["ts"], r["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "city_id", "city", "city_en", "route", "route_zh", "stop", "stop_en", "wait_min", "kiosk_id",
               "kiosk_location", "kiosk_location_en", "hotel", "酒店", "ota_platform", "OTA平台", "ticket_type", "票种",
               "amount", "audio_lang", "stars", "fail_reason", "refund_reason", "退票原因", "refund_amount", "cs_topic",
               "工单类型", "agent", "app_version"]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for i, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", rows, list(rows[0]))
    write(out / "events.csv", events, ev_cols)
    g.orders.sort(key=lambda r: r["ts"])
    write(out / "orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                         "order_type", "订单类型", "ticket_type", "票种", "city_id", "city", "city_en",
                                         "ticket_id", "list_price", "discount", "commission", "kiosk_id", "hotel", "酒店",
                                         "ota_platform", "OTA平台", "refunded_at", "currency"])
    write(out / "feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                             "rating", "nps", "language", "city_id", "city", "city_en", "route",
                                             "route_zh", "sales_channel", "ota_platform", "kiosk_id", "device",
                                             "app_version", "agent"])
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(rows)}, events {len(events)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"experiments {len(g.exp)}")
    return 0


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


if __name__ == "__main__":
    raise SystemExit(main())
