"""动吧球馆 RallyDome: badminton and tennis court booking app with its own sports halls in Chengdu, Wuhan and Xi'an.

A player opens the app, searches a venue (sport, date, peak / off-peak slot), books a court and pays (WeChat Pay,
Alipay or the stored-value membership card), may add a coach to the booking (教练课加购), scans in at the gate of the
hall (face / QR gate), plays, may take the lesson, rates the visit, and sometimes tops up the membership card
(会员卡充值, bonus credit; card level by total top-ups). Players cancel (full refund to the original payment method),
outdoor tennis courts are cancelled by the venue when it rains (full refund), and some paid bookings are never used
(爽约 no-show, money kept). Feedback: app reviews (1-5 stars), Dianping reviews, NPS surveys, service tickets, in-app
feedback and Douyin comments.
Events 2025-01-01 .. 2026-09-15 (the extract was taken on 2026-09-16).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 9, 15, 23, 59, 59)
N_CUST = 4200
PRICE_RISE = datetime(2025, 9, 1)                               # badminton peak slots 80 -> 100 CNY per court-hour
GATE_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 20))        # Wuchang: new face-recognition gates mis-read faces
ALIPAY_SLOW = (datetime(2025, 10, 15), datetime(2025, 12, 16))  # Alipay refund settlement backlog
PLUM_RAIN = [(datetime(2025, 6, 15), datetime(2025, 7, 16)), (datetime(2026, 6, 15), datetime(2026, 7, 16))]
DOUBLE11 = (datetime(2025, 11, 1), datetime(2025, 11, 12))      # "充1000送200" top-up campaign
QUJIANG_AC = (datetime(2026, 6, 1), datetime(2026, 9, 1))       # Qujiang badminton hall: air-con compressor broken
HITECH_DIM = (datetime(2026, 5, 1), datetime(2026, 8, 16))      # new Xi'an Hi-tech hall: lights too dim until re-fit
APP_VERSIONS = [(datetime(2025, 1, 1), "6.2.0"), (datetime(2025, 5, 20), "6.3.0"), (datetime(2025, 9, 1), "6.4.0"),
                (datetime(2026, 2, 10), "7.0.0"), (datetime(2026, 7, 1), "7.0.2")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_open", "打开App", "App opened", "awareness", "app", "digital", "growth",
     "打开App|打开应用|启动|进App|app open|opened the app|launch"),
    ("tp_venue_search", "搜索场馆", "Venue search", "consideration", "app", "digital", "product",
     "搜场馆|查场地|找场地|搜索|看场|venue search|search|find a court|court search"),
    ("tp_court_book", "预订场地", "Court booked", "purchase", "app", "digital", "product",
     "订场|预订|下单|提交预订|锁场|book|booking|reserve|court booking"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "it",
     "支付失败|付款失败|付不了款|payment failed|payment error|can't pay"),
    ("tp_pay", "支付成功", "Booking paid", "purchase", "app", "digital", "finance",
     "支付|付款|买单|已支付|pay|payment|paid|checkout"),
    ("tp_coach_addon", "加购教练课", "Coach add-on", "purchase", "app", "digital", "coaching",
     "加教练|约教练|教练课|私教|陪练|加购教练|coach add-on|add a coach|lesson add-on|coaching add-on"),
    ("tp_topup", "会员卡充值", "Card top-up", "loyalty", "app", "digital", "membership",
     "充值|储值|会员卡|办卡|充卡|top-up|top up|recharge|membership card|stored value"),
    ("tp_cancel", "取消预订", "Booking cancelled", "service", "app", "digital", "venue_ops",
     "取消|退订|场馆取消|雨天取消|cancel|cancellation|rained off|venue cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|到账|refund|money back|refunded"),
    ("tp_gate_fail", "闸机签到失败", "Gate check-in failed", "service", "store", "physical", "venue_ops",
     "闸机刷不开|人脸识别失败|扫码失败|进不去|gate failed|gate error|face scan failed|gate didn't open"),
    ("tp_gate_checkin", "闸机签到", "Gate check-in", "service", "store", "physical", "venue_ops",
     "签到|进场|入场|刷脸进馆|扫码入场|检票|check-in|check in|gate|entry"),
    ("tp_noshow", "爽约", "No-show", "service", "other", "digital", "venue_ops",
     "爽约|没来|未到场|放鸽子|没到场|no-show|no show|didn't show up"),
    ("tp_play", "上场打球", "Play", "service", "store", "physical", "venue_ops",
     "打球|上场|开打|打场|play|game|on court|played"),
    ("tp_lesson", "教练课", "Coaching lesson", "service", "store", "physical", "coaching",
     "上课|教练课|私教课|训练课|lesson|coaching session|coaching lesson|training"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "订场转化", "Court booking", ["tp_app_open", "tp_venue_search", "tp_court_book", "tp_pay"], 3),
    ("visit", "到场打球", "Show-up", ["tp_pay", "tp_gate_checkin", "tp_play"], 21),
    ("coaching", "教练课加购", "Coaching add-on", ["tp_pay", "tp_coach_addon", "tp_lesson"], 21),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 7),
    ("rebook", "再次订场", "Rebooking", ["tp_play", "tp_court_book"], 30),
    ("topup", "充值办卡", "Card top-up", ["tp_play", "tp_topup"], 60),
]
CITIES = {"Chengdu": ("成都", 0.48, 0.12), "Wuhan": ("武汉", 0.31, 0.08), "Xi'an": ("西安", 0.21, 0.06)}  # zh, w, en
VENUES = [  # id, city, zh, en, {sport: [court types]}, opened
    ("V01", "Chengdu", "成都高新馆", "Chengdu Gaoxin Hall", {"badminton": ["indoor"], "tennis": ["indoor"]}, None),
    ("V02", "Chengdu", "成都天府网球中心", "Chengdu Tianfu Tennis Centre", {"tennis": ["outdoor", "indoor"]}, None),
    ("V03", "Chengdu", "成都锦江羽毛球馆", "Chengdu Jinjiang Badminton Hall", {"badminton": ["indoor"]}, None),
    ("V04", "Wuhan", "武汉光谷馆", "Wuhan Optics Valley Hall", {"badminton": ["indoor"], "tennis": ["indoor"]}, None),
    ("V05", "Wuhan", "武汉汉口江滩网球场", "Wuhan Hankou Riverside Tennis", {"tennis": ["outdoor"]}, None),
    ("V06", "Wuhan", "武汉武昌羽毛球馆", "Wuhan Wuchang Badminton Hall", {"badminton": ["indoor"]}, None),
    ("V07", "Xi'an", "西安曲江馆", "Xi'an Qujiang Hall", {"badminton": ["indoor"], "tennis": ["outdoor"]}, None),
    ("V08", "Xi'an", "西安高新羽毛球馆", "Xi'an Hi-tech Badminton Hall", {"badminton": ["indoor"]},
     datetime(2026, 5, 1)),
]
VENUE = {v[0]: v for v in VENUES}
COACHES = {  # (venue, sport): (coach_id, zh, en)
    ("V01", "badminton"): ("C01", "李伟", "Li Wei"), ("V01", "tennis"): ("C03", "陈晨", "Chen Chen"),
    ("V02", "tennis"): ("C03", "陈晨", "Chen Chen"), ("V03", "badminton"): ("C02", "王芳", "Wang Fang"),
    ("V04", "badminton"): ("C04", "刘洋", "Liu Yang"), ("V04", "tennis"): ("C05", "张敏", "Zhang Min"),
    ("V05", "tennis"): ("C05", "张敏", "Zhang Min"), ("V06", "badminton"): ("C07", "孙悦", "Sun Yue"),
    ("V07", "badminton"): ("C08", "周杰", "Zhou Jie"), ("V07", "tennis"): ("C06", "赵磊", "Zhao Lei"),
    ("V08", "badminton"): ("C08", "周杰", "Zhou Jie"),
}
SPORT_ZH = {"badminton": "羽毛球", "tennis": "网球"}
COURT_ZH = {"indoor": "室内", "outdoor": "室外"}
SLOT_ZH = {"peak": "高峰", "off_peak": "闲时"}
LESSON_PRICE = {"badminton": 180.0, "tennis": 280.0}
PTYPES = {  # en: zh, weight, bookings per 30 days, p(peak), p(no-show), p(top-up after a visit)
    "student": ("学生党", 0.27, 2.4, 0.55, 0.05, 0.015),
    "office_worker": ("上班族", 0.43, 2.0, 0.85, 0.04, 0.035),
    "corporate": ("企业客户", 0.10, 1.0, 0.9, 0.19, 0.05),
    "retiree": ("退休球友", 0.20, 3.2, 0.12, 0.03, 0.06),
}
CHANNELS = {  # en: zh, weight, p(search | open) first time, p(book | search) first time
    "douyin": ("抖音", 0.26, 0.72, 0.42), "xiaohongshu": ("小红书", 0.20, 0.88, 0.62),
    "dianping": ("大众点评", 0.20, 0.93, 0.76), "friend": ("球友推荐", 0.19, 0.95, 0.84),
    "wechat_group": ("微信群", 0.15, 0.95, 0.80),
}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "member_card": "会员卡余额"}
TIERS = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "diamond": "钻石会员"}
TOPUPS = [(500, 0), (1000, 100), (2000, 300), (5000, 1000)]
TOPUPS_D11 = [(500, 0), (1000, 200), (2000, 500), (5000, 1200)]
CANCEL_ZH = {"customer": "顾客取消", "rain": "下雨"}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-59", "60+"]
AGES = {"student": [0.9, 0.1, 0, 0, 0], "office_worker": [0.12, 0.5, 0.3, 0.08, 0],
        "corporate": [0.05, 0.45, 0.38, 0.12, 0], "retiree": [0, 0, 0, 0.3, 0.7]}

TXT = {  # topic: (zh variants, en variants)
    "gate": (["闸机刷脸刷不开，在门口等了十分钟", "人脸识别老是失败，进不去场馆", "闸机识别不了，只能找前台手动开门",
              "扫码进场一直失败"],
             ["the gate wouldn't open, face scan failed again", "face recognition at the entrance keeps failing",
              "stuck at the gate for ten minutes", "the gate scanner didn't recognise me"]),
    "rain": (["下雨场地被取消了，白请了假", "雨天又闭场了，能不能提前通知", "室外场一下雨就取消，体验太差",
              "梅雨季天天取消"],
             ["rained off again, they cancelled my outdoor court", "court cancelled because of rain with little notice",
              "outdoor courts get cancelled every time it rains"]),
    "full": (["高峰时段根本订不到场", "晚上的场地一放出来就被抢光了", "想订晚上的场全满了"],
             ["impossible to get a court at peak time", "all courts fully booked in the evening",
              "every evening slot was fully booked"]),
    "pricey": (["高峰场太贵了，一小时一百", "涨价后晚上打球有点贵", "场地费太贵"],
               ["peak-hour courts are too expensive", "too expensive after the price rise", "overpriced evening slots"]),
    "refund_slow": (["退款好几天了还没到账", "取消后退款一直没到", "支付宝退款太慢了"],
                    ["refund still hasn't arrived after days", "waiting forever for my refund",
                     "the refund to Alipay is so slow"]),
    "hot": (["馆里太热了，空调跟没开一样", "夏天打羽毛球闷热得受不了", "空调坏了，热到中暑"],
            ["way too hot inside, the air con barely works", "the hall was stifling hot",
             "air con broken, too hot to play"]),
    "dim": (["新馆灯光太暗，看不清球", "灯光又暗又晃眼"],
            ["lights in the new hall are too dim", "poor lighting, hard to see the shuttle"]),
    "coach_late": (["教练迟到了二十分钟", "教练又迟到，课都缩水了", "教练迟到还一直看手机"],
                   ["the coach was 20 minutes late", "coach turned up late again", "coach late and on his phone"]),
    "coach_great": (["教练很专业，纠正动作很到位", "教练特别耐心，进步很大", "教练讲得很清楚"],
                    ["the coach was very professional", "patient coach, learned a lot",
                     "great coaching, my footwork improved"]),
    "court_good": (["场地很干净，地板也不错", "环境好，场地维护得很好"],
                   ["clean courts and good flooring", "well-kept courts, nice venue"]),
}
GEN = {"neg": (["体验很差", "有点失望"], ["really disappointing", "not happy"]),
       "pos": (["会再来的", "推荐给球友"], ["will book again", "recommended"]),
       "neu": (["还行", "一般般"], ["it was ok", "average"])}
TOPIC_TP = [("gate", "tp_gate_fail"), ("rain", "tp_cancel"), ("full", "tp_venue_search"), ("pricey", "tp_court_book"),
            ("refund_slow", "tp_refund"), ("coach_late", "tp_lesson"), ("coach_great", "tp_lesson"), ("hot", "tp_play"),
            ("dim", "tp_play"), ("court_good", "tp_play")]
NEG_TOPICS = {"gate", "rain", "full", "pricey", "refund_slow", "hot", "dim", "coach_late"}
PEN = {"gate": 1.6, "rain": 2.2, "pricey": 0.8, "refund_slow": 2.4, "hot": 1.8, "dim": 2.2, "coach_late": 2.0,
       "coach_great": -0.6, "court_good": -0.3, "full": 1.5}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def uni(a, b):
    return float(rng.uniform(a, b))


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def in_win(t, win):
    return win[0] <= t < win[1]


def season(sport: str, t: datetime) -> float:
    if sport == "badminton":
        return {1: 1.15, 2: 1.0, 3: 1.05, 4: 1.0, 5: 0.95, 6: 0.95, 7: 1.0, 8: 1.0, 9: 1.0, 10: 1.05, 11: 1.1,
                12: 1.2}[t.month]
    return {1: 0.6, 2: 0.7, 3: 1.1, 4: 1.3, 5: 1.3, 6: 1.0, 7: 0.8, 8: 0.8, 9: 1.2, 10: 1.3, 11: 1.0, 12: 0.7}[t.month]


def make_rain():
    """rain flags per city and day (outdoor tennis courts are closed on rainy days)."""
    out = {}
    d = START
    while d <= END + D(days=20):
        for city in CITIES:
            if city == "Wuhan":
                p = 0.6 if any(in_win(d, w) for w in PLUM_RAIN) else (0.14 if d.month in (4, 5, 6, 7, 8) else 0.08)
            elif city == "Chengdu":
                p = 0.12 if d.month in (6, 7, 8, 9) else 0.08
            else:
                p = 0.1 if d.month in (7, 8, 9) else 0.04
            out[(city, d.date())] = rng.random() < p
        d += D(days=1)
    return out


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_tu = self.n_ca = 0
        self.rain = make_rain()

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, device=True, channel="app", **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if device else None, channel=channel,
                   app_version=app_version(t) if device else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, common=None, sid=None, undated=False,
           gen=None, no_customer=False, coach=None):
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
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if ({"coach_great", "court_good"} & set(topics) or gen == "pos") else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=sid)
        if common:
            for k in ("venue_id", "venue", "venue_en", "venue_city", "场馆城市", "sport", "运动项目", "court_type",
                      "场地类型"):
                row[k] = common.get(k)
        if coach:
            row["coach"], row["coach_en"] = coach[1], coach[2]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def order_row(self, c, t, oid, amount, status, order_type, common=None, **kw):
        self.n_ord += 1
        zh = {"court": "订场", "coaching": "教练课", "topup": "会员卡充值"}[order_type]
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2), status=status,
                   channel="app", device=c["device"], order_type=order_type, 订单类型=zh, currency="CNY")
        if common:
            row.update({k: v for k, v in common.items() if k in ORD_COLS})
        row.update(kw)
        self.orders.append(row)
        return row

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 9, 8):
            growth = 0.55 + 0.9 * (d - START).days / 620
            days.append((d, growth))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=uni(7.5, 23.5))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            sport = pick(["badminton", "tennis"], [0.68, 0.32])
            ptype = pick(list(PTYPES), [x[1] for x in PTYPES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            venues = [v for v in VENUES if v[1] == city and sport in v[4] and (v[5] is None or v[5] <= t)]
            home = pick(venues, [{"V01": 2.0, "V08": 0.1}.get(v[0], 1.0) for v in venues])
            if city == "Xi'an" and sport == "badminton" and t >= VENUE["V08"][5] and rng.random() < 0.1:
                home = VENUE["V08"]
            en_share = CITIES[city][2]
            self.cust.append(dict(
                customer_id=f"P{i + 1:05d}", signup=t, city=city, sport=sport, ptype=ptype, channel=ch,
                home=home[0], age=pick(AGE_BANDS, AGES[ptype]), gender=pick(["male", "female"], [0.58, 0.42]),
                device=pick(["ios", "android"], [0.47, 0.53]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", balance=0.0, topped=0.0, paid=0, plays=[],
                first_pay=None, d11=False))

    def venue_for(self, c, t):
        home = VENUE[c["home"]]
        others = [v for v in VENUES if v[1] == c["city"] and c["sport"] in v[4] and (v[5] is None or v[5] <= t)]
        if (rng.random() < 0.8 or len(others) == 1) and (home[5] is None or home[5] <= t):
            return home
        if c["city"] == "Xi'an" and c["sport"] == "badminton" and t >= VENUE["V08"][5] and rng.random() < 0.04:
            return VENUE["V08"]
        return others[int(rng.integers(len(others)))]

    @staticmethod
    def common(v, sport, court_type, slot_type, slot_start, hours, courts):
        return dict(venue_id=v[0], venue=v[2], venue_en=v[3], venue_city=v[1], 场馆城市=CITIES[v[1]][0], sport=sport,
                    运动项目=SPORT_ZH[sport], court_type=court_type, 场地类型=COURT_ZH[court_type],
                    slot_type=slot_type, 时段=SLOT_ZH[slot_type], slot_start=ts(slot_start), hours=hours,
                    courts=courts)

    def tier(self, c):
        x = c["topped"]
        return "diamond" if x >= 8000 else "gold" if x >= 3000 else "silver" if x >= 1000 else "regular"

    # ---------- one booking session ----------
    def attempt(self, c, t0, first):
        self.n_bk += 1
        bid = f"BK{self.n_bk:07d}"
        pt = PTYPES[c["ptype"]]
        v = self.venue_for(c, t0)
        sport = c["sport"]
        ctypes = v[4][sport]
        court_type = ctypes[0] if len(ctypes) == 1 else pick(ctypes, [0.7, 0.3])
        # the slot
        lead = int(pick([0, 1, 2, 3, 5, 7, 10, 14], [0.22, 0.25, 0.16, 0.12, 0.1, 0.08, 0.04, 0.03]))
        if c["ptype"] == "corporate":
            lead = int(pick([2, 5, 7, 10, 14], [0.15, 0.25, 0.3, 0.15, 0.15]))
        p_peak = pt[3]
        if sport == "badminton" and t0 >= PRICE_RISE:
            p_peak *= 0.7                                          # the price rise pushes some players off-peak
        want_peak = rng.random() < p_peak
        day = datetime(t0.year, t0.month, t0.day) + D(days=lead)
        weekend = day.weekday() >= 5
        if want_peak:
            hour = int(rng.integers(9, 21)) if weekend else int(rng.integers(18, 22))
        else:
            hour = int(rng.integers(7, 18))
            if weekend:
                hour = int(rng.integers(7, 9))
        slot = day + D(hours=hour)
        if slot <= t0 + D(hours=1):
            slot += D(days=1)
        slot_type = "peak" if (slot.weekday() >= 5 and slot.hour >= 9) or slot.hour >= 18 else "off_peak"
        hours = 2 if (c["ptype"] == "corporate" or rng.random() < (0.55 if sport == "tennis" else 0.45)) else 1
        courts = int(pick([2, 3, 4], [0.5, 0.3, 0.2])) if (c["ptype"] == "corporate" and sport == "badminton") else 1
        cm = self.common(v, sport, court_type, slot_type, slot, hours, courts)
        if sport == "badminton":
            price = (100.0 if t0 >= PRICE_RISE else 80.0) if slot_type == "peak" else 40.0
        elif court_type == "indoor":
            price = 200.0 if slot_type == "peak" else 140.0
        else:
            price = 120.0 if slot_type == "peak" else 80.0
        amount = price * hours * courts
        # open -> search -> book
        self.ev(c, t0, "tp_app_open", bid, "open")
        p_search = CHANNELS[c["channel"]][2] if first else 0.93
        if rng.random() > p_search:
            return None
        t = t0 + D(minutes=uni(0.3, 4))
        self.ev(c, t, "tp_venue_search", bid, "search", dict(
            venue_id=v[0], venue=v[2], venue_en=v[3], venue_city=v[1], 场馆城市=CITIES[v[1]][0], sport=sport,
            运动项目=SPORT_ZH[sport], court_type=court_type, 场地类型=COURT_ZH[court_type], slot_type=slot_type,
            时段=SLOT_ZH[slot_type]))
        p_book = CHANNELS[c["channel"]][3] if first else 0.86
        if slot_type == "peak":
            p_book *= 0.9
            if v[0] == "V01" and sport == "badminton":
                p_book *= 0.55                                     # Gaoxin evenings are sold out within minutes
        if rng.random() > p_book:
            full = slot_type == "peak" and v[0] == "V01" and sport == "badminton"
            if rng.random() < (0.12 if full else 0.015):
                self.fb(c, t + D(minutes=uni(1, 30)), ["full"], pick(["app_feedback", "douyin_comment"], [0.7, 0.3]),
                        common=cm, sid=bid, undated=False)
            return None
        t += D(minutes=uni(0.5, 5))
        self.ev(c, t, "tp_court_book", bid, "submit", cm, court_no=int(rng.integers(1, 13)), amount=amount)
        # payment
        if c["balance"] >= amount and rng.random() < 0.85:
            pm = "member_card"
        else:
            pm = pick(["wechat_pay", "alipay"], [0.68, 0.32])
        t += D(minutes=uni(0.3, 3))
        if pm != "member_card" and rng.random() < 0.04:
            self.ev(c, t, "tp_pay_fail", bid, "fail", cm, payment_method=pm, 支付方式=PAYM[pm],
                    error_code=str(rng.choice(["CARD_DECLINED", "NETWORK_ERROR", "USER_CANCELLED"])))
            if rng.random() < 0.4:
                return None
            t += D(minutes=uni(0.5, 4))
        elif rng.random() < 0.04:
            return None                                            # slot lock expired without paying
        t_pay = t
        self.ev(c, t_pay, "tp_pay", bid, "success", cm, amount=amount, payment_method=pm, 支付方式=PAYM[pm])
        if pm == "member_card":
            c["balance"] -= amount
        orow = self.order_row(c, t_pay, bid, amount, "paid", "court", cm, payment_method=pm, 支付方式=PAYM[pm],
                              booking_id=bid)
        c["paid"] += 1
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        # coach add-on
        coach = COACHES.get((v[0], sport))
        crow = None
        lesson_price = 0.0
        if coach and slot - t_pay > D(hours=2):
            p_add = 0.14 if sport == "tennis" else 0.06
            if coach[0] == "C01":
                p_add = 0.26
            if c["ptype"] == "corporate":
                p_add *= 0.3
            if rng.random() < p_add:
                t_a = t_pay + (slot - t_pay) * uni(0.02, 0.5)
                lesson_price = LESSON_PRICE[sport]
                self.n_ca += 1
                cid = f"CA{self.n_ca:06d}"
                pm2 = pm if (pm != "member_card" or c["balance"] >= lesson_price) else "wechat_pay"
                self.ev(c, t_a, "tp_coach_addon", bid, "add_coach", cm, coach_id=coach[0], coach=coach[1],
                        coach_en=coach[2], amount=lesson_price, payment_method=pm2, 支付方式=PAYM[pm2])
                if pm2 == "member_card":
                    c["balance"] -= lesson_price
                if t_a <= END:
                    crow = self.order_row(c, t_a, cid, lesson_price, "paid", "coaching", cm, payment_method=pm2,
                                          支付方式=PAYM[pm2], booking_id=bid, coach_id=coach[0], coach=coach[1],
                                          coach_en=coach[2])
        # cancellations: rain (venue) or the player
        rained = court_type == "outdoor" and self.rain[(v[1], slot.date())]
        cust_cancel = rng.random() < (0.1 if c["ptype"] == "corporate" else 0.065)
        if rained or cust_cancel:
            if rained:
                t_c = max(slot - D(hours=uni(1, 4)), t_pay + D(minutes=uni(3, 20)))
                action, reason = "venue_cancel", "rain"
            else:
                t_c = t_pay + (slot - t_pay) * uni(0.1, 0.9)
                action, reason = "cancel", "customer"
            if crow is not None and t_c < datetime.strptime(crow["ts"], "%Y-%m-%d %H:%M:%S"):
                t_c = datetime.strptime(crow["ts"], "%Y-%m-%d %H:%M:%S") + D(minutes=uni(5, 60))
            self.ev(c, t_c, "tp_cancel", bid, action, cm, device=action == "cancel",
                    channel="app" if action == "cancel" else "venue", cancel_reason=reason,
                    取消原因=CANCEL_ZH[reason], payment_method=pm, 支付方式=PAYM[pm])
            back = amount + (lesson_price if crow is not None else 0.0)
            if pm == "member_card":
                hrs = uni(0.01, 0.1)
            elif pm == "wechat_pay":
                hrs = float(rng.lognormal(np.log(1.5), 0.6))
            else:
                hrs = float(rng.lognormal(np.log(70.0 if in_win(t_c, ALIPAY_SLOW) else 3.0), 0.45))
            t_r = t_c + D(hours=hrs)
            self.ev(c, t_r, "tp_refund", bid, "refund", cm, device=False, channel="other", refund_amount=back,
                    refund_method=pm, payment_method=pm, 支付方式=PAYM[pm], cancel_reason=reason,
                    取消原因=CANCEL_ZH[reason])
            if t_r <= END:
                st = "refunded" if reason == "rain" else "cancelled"
                for r in (orow, crow):
                    if r is not None:
                        r["status"] = st
                        r["refunded_at"] = ts(t_r)
                if pm == "member_card":
                    c["balance"] += back
            topics = []
            if reason == "rain" and rng.random() < 0.4:
                topics.append("rain")
            if hrs > 24 and rng.random() < 0.7:
                topics.append("refund_slow")
            if topics:
                t_f = t_r + D(hours=uni(0.5, 6)) if "refund_slow" in topics else t_c + D(minutes=uni(5, 120))
                if "refund_slow" in topics and hrs > 24:
                    t_f = t_c + D(hours=uni(24, min(hrs, 96)))
                chn = pick(["ticket", "app_review", "douyin_comment"], [0.55, 0.3, 0.15])
                stars = None
                if chn == "app_review":
                    stars = float(pick([1, 2, 3], [0.5, 0.35, 0.15]))
                    self.ev(c, t_f, "tp_review", bid, "review", cm, stars=stars)
                self.fb(c, t_f, topics, chn, rating=stars, common=cm, sid=bid,
                        undated=chn == "douyin_comment" and rng.random() < 0.4,
                        no_customer=chn == "douyin_comment" and rng.random() < 0.5)
            return dict(bad=bool(topics), played=False)
        # no-show
        p_ns = pt[4] + (0.04 if lead >= 7 else 0.0)
        if rng.random() < p_ns:
            self.ev(c, slot + D(hours=hours, minutes=10), "tp_noshow", bid, "no_show", cm, device=False,
                    channel="system")
            return dict(bad=False, played=False)
        # gate
        t_g = slot - D(minutes=uni(3, 25))
        bug = v[0] == "V06" and in_win(t_g, GATE_BUG)
        topics = []
        if rng.random() < (0.34 if bug else 0.03):
            code = "FACE_NOT_RECOGNIZED" if bug else str(rng.choice(["QR_EXPIRED", "GATE_OFFLINE"]))
            self.ev(c, t_g, "tp_gate_fail", bid, "fail", cm, device=False, channel="venue", error_code=code,
                    gate_id=f"{v[0]}-G{int(rng.integers(1, 3))}")
            t_g += D(minutes=float(rng.lognormal(np.log(9.0 if bug else 3.0), 0.4)))
            self.ev(c, t_g, "tp_gate_checkin", bid, "manual_checkin" if bug else "scan_success", cm, device=False,
                    channel="venue", gate_id=f"{v[0]}-G{int(rng.integers(1, 3))}")
            if rng.random() < (0.7 if bug else 0.15):
                topics.append("gate")
                if rng.random() < (0.5 if bug else 0.3):
                    self.fb(c, t_g + D(minutes=uni(2, 90)), ["gate"], pick(["ticket", "app_feedback"], [0.6, 0.4]),
                            common=cm, sid=bid)
        else:
            self.ev(c, t_g, "tp_gate_checkin", bid, "scan_success", cm, device=False, channel="venue",
                    gate_id=f"{v[0]}-G{int(rng.integers(1, 3))}")
        self.ev(c, slot + D(minutes=uni(0, 4)), "tp_play", bid, "play_start", cm, device=False, channel="venue")
        c["plays"].append(slot)
        # lesson
        if crow is not None:
            self.ev(c, slot + D(minutes=uni(0, 2)), "tp_lesson", bid, "attended", cm, device=False, channel="venue",
                    coach_id=coach[0], coach=coach[1], coach_en=coach[2])
            ltop = []
            if coach[0] == "C06" and rng.random() < 0.55:
                ltop.append("coach_late")
            elif rng.random() < (0.55 if coach[0] == "C01" else 0.2):
                ltop.append("coach_great")
            if rng.random() < 0.5:
                stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06])) + (0.4 if coach[0] == "C01" else 0.0)
                stars -= 0.8 if coach[0] == "C06" else 0.0
                for k in ltop:
                    stars -= PEN[k]
                stars = float(min(5, max(1, round(stars))))
                t_r = slot + D(hours=hours, minutes=float(rng.lognormal(np.log(60), 0.8)))
                self.ev(c, t_r, "tp_review", bid, "review", cm, stars=stars, coach_id=coach[0], coach=coach[1],
                        coach_en=coach[2])
                self.fb(c, t_r, ltop, "app_review", tp="tp_lesson", rating=stars, common=cm, sid=bid, coach=coach,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        # play experience
        if v[0] == "V07" and sport == "badminton" and slot.month in (6, 7, 8):
            if rng.random() < (0.5 if in_win(slot, QUJIANG_AC) else 0.06):
                topics.append("hot")
        if v[0] == "V08" and in_win(slot, HITECH_DIM) and rng.random() < 0.8:
            topics.append("dim")
        if sport == "badminton" and slot_type == "peak" and rng.random() < (0.07 if t0 >= PRICE_RISE else 0.02):
            topics.append("pricey")
        bad = bool(set(topics) & NEG_TOPICS)
        if not bad and rng.random() < 0.18:
            topics.append("court_good")
        self.reviews(c, slot + D(hours=hours), topics, bad, cm, bid)
        return dict(bad=bad, played=True)

    def reviews(self, c, t_end, topics, bad, cm, bid):
        if rng.random() < (0.4 if bad else 0.2):
            stars = float(pick([5, 4, 3, 2], [0.42, 0.38, 0.14, 0.06]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            t_r = t_end + D(minutes=float(rng.lognormal(np.log(50), 0.9)))
            self.ev(c, t_r, "tp_review", bid, "review", cm, stars=stars)
            self.fb(c, t_r, topics, "app_review", rating=stars, common=cm, sid=bid,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if rng.random() < 0.035:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_end + D(hours=uni(1, 48)), topics, "dianping_review", rating=stars, common=cm, sid=bid,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.25,
                    no_customer=rng.random() < 0.3)
        if rng.random() < 0.035:
            nps = int(np.clip(round(rng.normal(8.2 - 3.0 * bad, 1.6)), 0, 10))
            self.fb(c, t_end + D(days=1, hours=uni(0, 8)), topics if rng.random() < 0.6 else [], "survey", nps=nps,
                    common=cm, sid=bid, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if rng.random() < 0.015:
            self.fb(c, t_end + D(hours=uni(1, 72)), topics, "douyin_comment", common=cm, sid=bid,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.5)

    # ---------- membership card top-up ----------
    def topup(self, c, t, campaign=False):
        if t > END:
            return
        opts = TOPUPS_D11 if campaign else TOPUPS
        w = [0.25, 0.45, 0.22, 0.08] if campaign else [0.45, 0.35, 0.15, 0.05]
        if c["ptype"] == "corporate":
            w = [0.05, 0.25, 0.4, 0.3]
        amt, bonus = opts[int(rng.choice(4, p=np.asarray(w) / sum(w)))]
        self.n_tu += 1
        tid = f"TU{self.n_tu:06d}"
        pm = pick(["wechat_pay", "alipay"], [0.7, 0.3])
        c["topped"] += amt
        c["balance"] += amt + bonus
        self.ev(c, t, "tp_topup", tid, "topup", None, topup_amount=float(amt), bonus_amount=float(bonus),
                amount=float(amt), payment_method=pm, 支付方式=PAYM[pm], card_level=self.tier(c),
                会员卡等级=TIERS[self.tier(c)], campaign="double11" if campaign else None)
        self.order_row(c, t, tid, float(amt), "paid", "topup", None, payment_method=pm, 支付方式=PAYM[pm],
                       bonus_amount=float(bonus), card_level=self.tier(c), 会员卡等级=TIERS[self.tier(c)])

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            pt = PTYPES[c["ptype"]]
            t = c["signup"]
            rate = pt[2] * float(rng.lognormal(0, 0.4))
            tries = 0
            while t <= END:
                res = self.attempt(c, t, c["paid"] == 0)
                tries += 1
                if c["paid"] == 0 and res is None and (tries >= 3 or rng.random() < 0.55):
                    break
                if res and res.get("played") and c["plays"]:
                    p_top = pt[5] * (1.5 if c["topped"] > 0 else 1.0)
                    if rng.random() < p_top:
                        self.topup(c, c["plays"][-1] + D(hours=uni(2, 72)))
                churn = 0.085 * (1.8 if (res and res.get("bad")) else 1.0)
                if c["topped"] > 0:
                    churn *= 0.45
                if c["paid"] > 0 and rng.random() < churn:
                    break
                gap = float(rng.exponential(30.0 / rate)) + 0.2
                if c["topped"] > 0:
                    gap /= 1.6                                     # card holders play more often
                gap /= season(c["sport"], t + D(days=gap))
                nt = t + D(days=gap)
                # Double 11 campaign: active players top up during 1-11 Nov 2025
                if not c["d11"] and c["paid"] > 0 and t < DOUBLE11[1] and nt >= DOUBLE11[0] - D(days=20):
                    c["d11"] = True
                    if rng.random() < 0.3:
                        self.topup(c, DOUBLE11[0] + D(days=uni(0, 10.9)), campaign=True)
                t = datetime(nt.year, nt.month, nt.day) + D(hours=float(pick(
                    [8, 10, 12, 14, 17, 19, 21, 22], [0.1, 0.12, 0.16, 0.1, 0.14, 0.16, 0.14, 0.08]) + uni(0, 1)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            tier = self.tier(c)
            p = c["plays"]
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 7, 1):
                seg = "new"
            elif not p or p[-1] < datetime(2026, 6, 1):
                seg = "at_risk"
            elif len(p) >= 15:
                seg = "loyal"
            else:
                seg = "active"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             customer_type=c["ptype"], 球友类型=PTYPES[c["ptype"]][0], favourite_sport=c["sport"],
                             常打项目=SPORT_ZH[c["sport"]], age_band=c["age"], gender=c["gender"], phone_os=c["device"],
                             home_venue_id=c["home"], card_balance=round(c["balance"], 2),
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "venue_id", "venue", "venue_en", "venue_city", "场馆城市", "sport", "运动项目", "court_type",
           "场地类型", "slot_type", "时段", "slot_start", "hours", "courts", "court_no", "amount", "payment_method",
           "支付方式", "error_code", "gate_id", "cancel_reason", "取消原因", "refund_amount", "refund_method",
           "coach_id", "coach", "coach_en", "topup_amount", "bonus_amount", "card_level", "会员卡等级", "campaign",
           "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "venue_id", "venue", "venue_en", "venue_city", "场馆城市", "sport", "运动项目", "court_type",
            "场地类型", "slot_type", "时段", "slot_start", "hours", "courts", "coach_id", "coach", "coach_en",
            "payment_method", "支付方式", "bonus_amount", "card_level", "会员卡等级", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "venue_id", "venue", "venue_en", "venue_city", "场馆城市", "sport", "运动项目", "court_type",
           "场地类型", "coach", "coach_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "customer_type", "球友类型", "favourite_sport", "常打项目", "age_band", "gender", "phone_os",
             "home_venue_id", "card_balance", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=24, replace=False)            # the gate tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: (r["ts"], r["order_id"])), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
