"""网动 NetGo: tennis clubs and a court-booking app in Shanghai, Hangzhou and Shenzhen (synthetic, written blind).

A player finds NetGo (Xiaohongshu note, Dianping, a WeChat moments ad, a friend), searches courts in the app, books a
court and a slot (早场 morning / 白天 daytime / 黄金时段 prime time), pays (WeChat Pay, Alipay or stored value),
gets a rain alert when an outdoor court is rained out (switch to an indoor court for an upgrade fee, or cancel with
a full refund), checks in at the front desk by QR code, plays, and may rate the court. Players also take a trial
lesson then private / group / junior lessons with a coach (coaches sometimes cancel: refunded), drop rackets for
restringing (穿线), enter club tournaments and buy annual memberships (银卡 / 金卡).
Data 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback CSVs following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 3600
PAY_BUG = (datetime(2025, 6, 9), datetime(2025, 7, 7))       # app 5.2.0: payment SDK times out on Android
APP_VERSIONS = [(datetime(2025, 1, 1), "5.0.3"), (datetime(2025, 4, 14), "5.1.0"), (datetime(2025, 6, 9), "5.2.0"),
                (datetime(2025, 7, 7), "5.2.1"), (datetime(2026, 1, 12), "5.3.0")]
CLAY_FIX = datetime(2026, 3, 1)                               # Century Park clay courts resurfaced

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现网动", "Discover NetGo", "awareness", "social", "digital", "marketing",
     "发现|刷到|小红书|种草|看到广告|朋友推荐|discover|found us|first touch"),
    ("tp_court_search", "查场地", "Court search", "consideration", "app", "digital", "product",
     "找场|查场|搜场地|看空场|court search|find a court|availability"),
    ("tp_book", "订场", "Court booked", "purchase", "app", "digital", "product",
     "订场|约场|下单|锁场|book|booking|reserve|court booking"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "it",
     "支付失败|付款失败|付不了款|扣款失败|payment failed|payment error|checkout error"),
    ("tp_pay", "支付成功", "Payment", "purchase", "app", "digital", "finance",
     "支付|付款|付钱|pay|payment|paid"),
    ("tp_weather_alert", "雨天提醒", "Rain alert", "service", "app", "digital", "club_ops",
     "下雨|雨天|天气预警|雨停|rain|rain alert|weather"),
    ("tp_indoor_switch", "改室内场", "Switch to indoor", "service", "app", "digital", "club_ops",
     "改室内|换室内|室内场|补差价|indoor switch|move indoors|indoor upgrade"),
    ("tp_cancel", "取消订场", "Booking cancelled", "service", "app", "digital", "club_ops",
     "取消|退订|不打了|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance",
     "退款|退钱|refund|money back"),
    ("tp_checkin", "到场签到", "Check-in", "service", "store", "physical", "club_ops",
     "签到|到场|前台|扫码入场|check-in|arrival|front desk"),
    ("tp_play", "上场打球", "On court", "service", "store", "physical", "club_ops",
     "打球|上场|球场|场地|灯光|play|court|on court|floodlights|surface"),
    ("tp_rate", "场地评价", "Court rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_trial_lesson", "体验课", "Trial lesson", "consideration", "app", "digital", "coaching",
     "体验课|试听课|试课|trial lesson|trial class"),
    ("tp_lesson_book", "约课", "Lesson booked", "purchase", "app", "digital", "coaching",
     "约课|订课|买课|私教课|小组课|少儿班|book a lesson|lesson booking|private lesson|group class|junior class"),
    ("tp_coach_cancel", "教练取消", "Coach cancelled", "service", "app", "digital", "coaching",
     "教练取消|教练请假|课被取消|coach cancelled|coach cancellation|lesson cancelled"),
    ("tp_lesson", "上课", "Lesson attended", "service", "store", "physical", "coaching",
     "上课|训练|课程|教练|lesson|coaching|training|coach"),
    ("tp_stringing_order", "穿线下单", "Stringing drop-off", "purchase", "store", "physical", "pro_shop",
     "穿线|拉线|送拍|球拍穿线|stringing|restring|drop off racket"),
    ("tp_stringing_ready", "穿线完成", "Stringing ready", "service", "app", "digital", "pro_shop",
     "穿好了|穿线完成|取拍通知|racket ready|stringing done"),
    ("tp_stringing_pickup", "取拍", "Racket pickup", "service", "store", "physical", "pro_shop",
     "取拍|拿拍子|racket pickup|collect racket"),
    ("tp_tournament", "赛事报名", "Tournament entry", "loyalty", "app", "digital", "events",
     "比赛|赛事|报名比赛|公开赛|tournament|competition|league|entry"),
    ("tp_membership", "办会员卡", "Membership purchase", "loyalty", "app", "digital", "membership",
     "会员|办卡|年卡|银卡|金卡|membership|member card|annual pass"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("court_booking", "订场下单", "Court booking", ["tp_discover", "tp_court_search", "tp_book", "tp_pay"], 7),
    ("court_visit", "到场打球", "Court visit", ["tp_pay", "tp_checkin", "tp_play"], 7),
    ("lesson", "体验课转正课", "Trial to lessons", ["tp_trial_lesson", "tp_lesson_book", "tp_lesson"], 30),
    ("stringing", "穿线服务", "Racket stringing", ["tp_stringing_order", "tp_stringing_ready", "tp_stringing_pickup"], 14),
    ("rain", "雨天改室内", "Rain switch", ["tp_weather_alert", "tp_indoor_switch"], 1),
    ("membership", "入会", "Membership", ["tp_play", "tp_membership"], 90),
    ("repeat", "再次订场", "Repeat booking", ["tp_play", "tp_book"], 30),
]
CITIES = {"Shanghai": ("上海", 0.45), "Hangzhou": ("杭州", 0.25), "Shenzhen": ("深圳", 0.30)}
CLUBS = [  # id, city, zh, en, outdoor type or None, has indoor, opened, weight
    ("SH01", "Shanghai", "上海徐汇滨江网球中心", "Xuhui Riverside", "outdoor_hard", True, None, 1.4),
    ("SH02", "Shanghai", "上海静安室内网球馆", "Jing'an Indoor", None, True, None, 1.0),
    ("SH03", "Shanghai", "上海世纪公园红土场", "Century Park Clay", "clay", False, None, 1.1),
    ("SH04", "Shanghai", "上海闵行网球中心", "Minhang", "outdoor_hard", True, None, 0.9),
    ("HZ01", "Hangzhou", "杭州黄龙网球场", "Huanglong", "outdoor_hard", False, None, 1.3),
    ("HZ02", "Hangzhou", "杭州滨江室内网球馆", "Binjiang Indoor", None, True, None, 1.0),
    ("HZ03", "Hangzhou", "杭州西溪网球中心", "Xixi", "outdoor_hard", True, None, 0.9),
    ("SZ01", "Shenzhen", "深圳南山网球中心", "Nanshan", "outdoor_hard", True, None, 1.4),
    ("SZ02", "Shenzhen", "深圳福田室内网球馆", "Futian Indoor", None, True, None, 1.0),
    ("SZ03", "Shenzhen", "深圳宝安网球场", "Bao'an", "outdoor_hard", False, datetime(2026, 5, 1), 0.8),
]
CLUB = {c[0]: c for c in CLUBS}
COURT_TYPES = {"outdoor_hard": ("室外硬地", 120, 180), "indoor_hard": ("室内硬地", 200, 280), "clay": ("红土", 160, 220)}
SLOTS = {"morning": ("早场", 7, 10), "daytime": ("白天", 10, 17), "prime": ("黄金时段", 18, 22)}
COACHES = [  # id, club, zh, en, cancel prob
    ("CO01", "SH01", "张伟", "Zhang Wei", 0.03), ("CO02", "SH01", "陈晨", "Chen Chen", 0.04),
    ("CO03", "SH02", "刘洋", "Liu Yang", 0.03), ("CO04", "SH03", "赵敏", "Zhao Min", 0.04),
    ("CO05", "SH04", "孙浩", "Sun Hao", 0.03), ("CO06", "HZ01", "周杰", "Zhou Jie", 0.04),
    ("CO07", "HZ02", "吴倩", "Wu Qian", 0.03), ("CO08", "HZ03", "郑凯", "Zheng Kai", 0.05),
    ("CO09", "SZ01", "王磊", "Wang Lei", 0.05), ("CO10", "SZ01", "黄婷", "Huang Ting", 0.03),
    ("CO11", "SZ02", "林峰", "Lin Feng", 0.04), ("CO12", "SZ03", "何静", "He Jing", 0.04),
]
WANG_BAD = datetime(2025, 9, 1)          # Wang Lei takes on outside tournament work: many last-minute cancellations
LESSONS = {"private": ("私教课", 480), "group": ("小组课", 160), "junior": ("少儿班", 180)}
STRINGS = {"nylon": ("尼龙线", 80), "poly": ("聚酯线", 120), "gut": ("羊肠线", 260)}
PTYPES = {  # en: zh, weight, mean gap days between court bookings, stop prob per visit, court prob, lesson prob
    "casual": ("休闲球友", 0.45, 21, 0.22, 1.0, 0.35),
    "regular": ("约球常客", 0.33, 7, 0.06, 1.0, 0.25),
    "junior": ("少儿学员家长", 0.22, 25, 0.30, 0.25, 1.0),
}
CHANNELS = {  # en: zh, weight, discover -> search, search -> book
    "xiaohongshu": ("小红书", 0.34, 0.60, 0.50), "dianping": ("大众点评", 0.22, 0.85, 0.75),
    "wechat_ads": ("朋友圈广告", 0.20, 0.70, 0.70), "friend": ("朋友推荐", 0.24, 0.92, 0.85)}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "stored_value": "会员储值"}
TIERS = {"non_member": "非会员", "silver": "银卡会员", "gold": "金卡会员"}
NTRP = ["2.5", "3.0", "3.5", "4.0+"]

TXT = {  # each topic's phrases carry its markers (gold.py counts topics by these markers)
    "surface": (["红土场积水好几天了，根本没法打", "场地坑洼不平，球乱弹", "底线都磨没了，线都磨得看不清", "下完雨红土积水，鞋全是泥"],
                ["the clay courts were waterlogged again", "surface is bumpy, the ball bounces all over the place",
                 "lines are so faded you can't call the ball"]),
    "lights": (["晚上灯光太暗，高球完全看不见", "灯光太暗了，还有两盏灯是坏的", "夜场灯光太暗，打得眼睛疼"],
               ["floodlights are too dim at night", "the lights are dim and two of them were out",
                "way too dim in the evening, can't see lobs"]),
    "coach_cancel": (["教练临时取消课程，提前一小时才通知", "教练又临时取消了，孩子白跑一趟", "这个月教练临时取消两次了，还怎么学"],
                     ["the coach cancelled the lesson last minute", "coach cancelled last minute again, wasted my evening",
                      "my lesson got cancelled last minute for the second time this month"]),
    "app_fail": (["付款失败但钱被扣了，场也没订上", "App订场一直付款失败，安卓手机根本付不了", "支付一直转圈然后提示付款失败"],
                 ["payment failed in the app but I was still charged", "app kept saying payment failed on my android phone",
                  "payment failed three times while trying to book a court"]),
    "rain": (["下雨改室内还要补差价，不合理", "雨天改室内场还得补差价，太坑了"],
             ["had to pay extra to move indoors because of the rain", "rained again and we paid extra to move indoors"]),
    "stringing": (["穿线等了快一个星期", "拍子送去穿线五天了还没好", "穿线太慢了，周末比赛都耽误了"],
                  ["restring took almost a week", "my racket has been waiting for a restring for five days",
                   "restring is way too slow"]),
    "price": (["黄金时段订场太贵了", "晚上的场太贵，一小时快三百"], ["prime-time courts are overpriced", "evening courts are overpriced"]),
    "coach_good": (["教练很专业，讲解很清楚", "教练很专业，帮我把反手纠正过来了", "教练很专业也很耐心"],
                   ["the coach is very professional and patient", "very professional coach, fixed my backhand"]),
    "junior_good": (["孩子很喜欢上课，进步很快", "孩子很喜欢这里的少儿班", "孩子很喜欢教练，每周都盼着来"],
                    ["my kid loves the junior class", "our kid loves the coaches here"]),
    "court_good": (["场地维护得很好，打起来很舒服", "场地维护得很好，室内灯光也亮"],
                   ["courts are well kept and the bounce is true", "really well kept courts"]),
}
GEN = {
    "pos": (["整体不错，会再来", "订场方便，推荐", "环境挺好，朋友约球的好地方"], ["great experience, will come back", "easy booking, recommended"]),
    "neu": (["还行吧，中规中矩", "一般般，价格还可以"], ["it was ok", "average, nothing special"]),
    "neg": (["体验一般，有点失望", "不太满意，不会再来了"], ["disappointing visit", "not great, won't come back"]),
}
TOPIC_TP = [("app_fail", "tp_pay_fail"), ("coach_cancel", "tp_coach_cancel"), ("stringing", "tp_stringing_pickup"),
            ("rain", "tp_indoor_switch"), ("surface", "tp_play"), ("lights", "tp_play"), ("price", "tp_book"),
            ("coach_good", "tp_lesson"), ("junior_good", "tp_lesson"), ("court_good", "tp_play")]
NEG = {"surface", "lights", "coach_cancel", "app_fail", "rain", "stringing", "price"}
PEN = {"surface": 2.2, "lights": 1.6, "coach_cancel": 2.5, "app_fail": 2.0, "rain": 1.5, "stringing": 1.8, "price": 0.8}


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def season(d):
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 13) <= d < datetime(2026, 2, 27):
        return 0.45                                   # Spring Festival: people leave town
    return {4: 1.2, 5: 1.25, 10: 1.25, 11: 1.15, 7: 0.95, 8: 0.9}.get(d.month, 1.0)


# rainy days per city (plum rains in Shanghai / Hangzhou in June-July, a wet summer in Shenzhen)
RAIN = {}
_d = START
while _d <= END:
    for city in CITIES:
        p = 0.10
        if city in ("Shanghai", "Hangzhou") and (_d.month == 6 and _d.day >= 10 or _d.month == 7 and _d.day <= 15):
            p = 0.55
        elif city == "Shenzhen" and _d.month in (5, 6, 7, 8, 9):
            p = 0.30
        RAIN[(city, _d.date())] = rng.random() < p
    _d += D(days=1)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.n_sess = {"BK": 0, "LS": 0, "TR": 0, "ST": 0, "TN": 0, "MB": 0}

    def sid(self, prefix):
        self.n_sess[prefix] += 1
        return f"{prefix}{self.n_sess[prefix]:06d}"

    def ev(self, c, t, tp, sid, action, common=None, device="app", **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=c["os"] if device == "app" else device,
                   channel="app" if device == "app" else "club", app_version=app_version(t) if device == "app" else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, common=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"court": "订场费", "indoor_upgrade": "改室内补差价", "trial": "体验课", "lesson": "课时费",
              "stringing": "穿线费", "tournament": "赛事报名费", "membership": "会员卡"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="app" if otype not in ("stringing",) else "club", device=c["os"],
                   order_type=otype, 订单类型=zh, session_id=sid, currency="CNY")
        if common:
            for k in ("club_id", "club", "club_en", "club_city", "球馆城市", "court_type", "场地类型", "slot", "时段",
                      "payment_method", "支付方式", "lesson_type", "课程类型", "coach_id", "coach", "coach_en"):
                if k in common:
                    row[k] = common[k]
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None, no_cust=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((tp_ for k, tp_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=None if no_cust else c["id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang)
        if common:
            for k in ("session_id", "club_id", "club", "club_en", "club_city", "球馆城市", "court_type", "场地类型",
                      "slot", "时段", "coach_id", "coach", "coach_en", "lesson_type", "课程类型"):
                if k in common:
                    row[k] = common[k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    def stars(self, topics, base=(0.45, 0.38, 0.12, 0.05)):
        s = float(pick([5, 4, 3, 2], base))
        for k in topics:
            s -= PEN.get(k, 0.0)
        if set(topics) & {"coach_good", "junior_good", "court_good"} and not set(topics) & NEG:
            s = 5.0 if rng.random() < 0.75 else 4.0
        return float(min(5, max(1, round(s))))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            clubs = [cl for cl in CLUBS if cl[1] == city and (cl[6] is None or cl[6] <= t + D(days=20))]
            home = pick(clubs, [cl[7] for cl in clubs])
            ptype = pick(list(PTYPES), [v[1] for v in PTYPES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            age = {"junior": pick(["6-9", "10-13", "14-17"], [0.4, 0.4, 0.2])}.get(
                ptype, pick(["18-25", "26-35", "36-45", "46+"], [0.22, 0.42, 0.25, 0.11]))
            self.cust.append(dict(id=f"C{i + 1:05d}", discover=t, city=city, home=home, ptype=ptype, ch=ch, age=age,
                                  os=pick(["ios", "android"], [0.52, 0.48]), en=0.22 if city == "Shenzhen" else 0.10,
                                  gender=pick(["female", "male"], [0.44, 0.56]),
                                  ntrp=pick(NTRP, {"casual": [0.5, 0.35, 0.12, 0.03], "regular": [0.05, 0.3, 0.4, 0.25],
                                                   "junior": [0.6, 0.3, 0.08, 0.02]}[ptype]),
                                  tier="non_member", paid=False, first_pay=None, last=None, visits=0))

    def common(self, c, club, t, court_type=None, slot=None, pm=None):
        row = dict(club_id=club[0], club=club[2], club_en=club[3], club_city=club[1], 球馆城市=CITIES[club[1]][0])
        if court_type:
            row.update(court_type=court_type, 场地类型=COURT_TYPES[court_type][0])
        if slot:
            row.update(slot=slot, 时段=SLOTS[slot][0])
        if pm:
            row.update(payment_method=pm, 支付方式=PAYM[pm])
        return row

    def pick_club(self, c, t):
        clubs = [cl for cl in CLUBS if cl[1] == c["city"] and (cl[6] is None or cl[6] <= t)]
        if c["home"] in clubs and rng.random() < 0.8:
            return c["home"]
        return pick(clubs, [cl[7] for cl in clubs])

    # ---------- a court booking ----------
    def court(self, c, t, first=False):
        club = self.pick_club(c, t)
        bid = self.sid("BK")
        if club[4] is None:
            ctype = "indoor_hard"
        elif club[5] and rng.random() < 0.35:
            ctype = "indoor_hard"
        else:
            ctype = club[4]
        slot = pick(list(SLOTS), [0.2, 0.3, 0.5] if c["ptype"] != "junior" else [0.3, 0.6, 0.1])
        pm = "stored_value" if c["tier"] != "non_member" and rng.random() < 0.7 else pick(["wechat_pay", "alipay"], [0.65, 0.35])
        cm = self.common(c, club, t, ctype, slot, pm)
        day = datetime(t.year, t.month, t.day) + D(days=int(pick([0, 1, 2, 3, 5], [0.25, 0.3, 0.2, 0.15, 0.1])))
        s, e = SLOTS[slot][1], SLOTS[slot][2]
        start = day + D(hours=int(rng.integers(s, e)))
        if start < t + D(hours=1):
            start += D(days=1)
        hours = int(pick([1, 2, 3], [0.35, 0.5, 0.15]))
        price = COURT_TYPES[ctype][2 if slot == "prime" else 1] * hours
        if c["tier"] != "non_member":
            price *= 0.8
        cm.update(court_no=f"{club[0]}-{int(rng.integers(1, 9))}", start_time=ts(start), hours=hours)
        self.ev(c, t, "tp_court_search", bid, "view", cm)
        ch = CHANNELS[c["ch"]]
        if rng.random() > (ch[3] if first else 0.9):
            return None
        t += D(minutes=float(rng.uniform(1, 8)))
        self.ev(c, t, "tp_book", bid, "submit", cm, amount=round(price, 2))
        # payment (app 5.2.0 payment SDK bug on Android)
        p_fail = 0.04
        if c["os"] == "android" and PAY_BUG[0] <= t < PAY_BUG[1] and pm != "stored_value":
            p_fail = 0.34
        t += D(minutes=float(rng.uniform(0.3, 3)))
        if rng.random() < p_fail:
            bug = p_fail > 0.1
            for _ in range(int(rng.integers(1, 3))):
                self.ev(c, t, "tp_pay_fail", bid, "fail", cm, error_code="PAY_SDK_TIMEOUT" if bug else
                        pick(["CARD_DECLINED", "NETWORK_ERROR"], [0.5, 0.5]))
                t += D(minutes=float(rng.uniform(0.5, 3)))
            if rng.random() < (0.3 if bug else 0.15):
                self.fb(c, t + D(minutes=20), ["app_fail"], "ticket", common=dict(cm, session_id=bid))
            if rng.random() < (0.45 if bug else 0.35):
                return None                                   # gave up
        if rng.random() < 0.04 and not first:
            return None                                       # left the booking unpaid
        self.ev(c, t, "tp_pay", bid, "success", cm, amount=round(price, 2))
        o = self.order(c, t, price, "court", bid, cm, hours=hours)
        c["paid"] = True
        c["first_pay"] = c["first_pay"] or t
        # rain on an outdoor court
        outdoor = ctype != "indoor_hard"
        if outdoor and RAIN.get((club[1], start.date())):
            t_a = start - D(hours=float(rng.uniform(1, 3)))
            if t_a < t:
                t_a = t + D(minutes=5)
            self.ev(c, t_a, "tp_weather_alert", bid, "rain_alert", cm)
            if club[5] and rng.random() < 0.62:
                t_s = t_a + D(minutes=float(rng.lognormal(np.log(12), 0.6)))
                cm = dict(cm, court_type="indoor_hard", 场地类型=COURT_TYPES["indoor_hard"][0])
                self.ev(c, t_s, "tp_indoor_switch", bid, "switch", cm, amount=80 * hours)
                self.order(c, t_s, 80 * hours, "indoor_upgrade", bid, cm, hours=hours)
                if rng.random() < 0.12:
                    self.fb(c, t_s + D(hours=3), ["rain"], "app_review", rating=self.stars(["rain"]),
                            common=dict(cm, session_id=bid))
            else:
                t_c = t_a + D(minutes=float(rng.uniform(2, 40)))
                self.ev(c, t_c, "tp_cancel", bid, "cancel", cm, cancel_reason="rain", 取消原因="下雨")
                self.refund(c, t_c + D(minutes=float(rng.uniform(1, 30))), bid, cm, price, o, "rain")
                return dict(end=t_c, played=False)
        elif rng.random() < 0.06:
            t_c = t + (start - t) * float(rng.uniform(0.1, 0.9))
            self.ev(c, t_c, "tp_cancel", bid, "cancel", cm, cancel_reason="customer", 取消原因="顾客取消")
            full = (start - t_c) > D(hours=24)
            self.refund(c, t_c + D(minutes=float(rng.uniform(1, 60))), bid, cm, price if full else price * 0.5,
                        o if full else None, "customer")
            return dict(end=t_c, played=False)
        if rng.random() < 0.05:
            return dict(end=start, played=False)              # no-show
        t_in = start - D(minutes=float(rng.uniform(0, 15)))
        self.ev(c, t_in, "tp_checkin", bid, "scan_in", cm)
        t_p = start + D(minutes=float(rng.uniform(0, 5)))
        self.ev(c, t_p, "tp_play", bid, "court_time", cm, device=None)
        c["visits"] += 1
        c["last"] = max(c["last"] or t_p, t_p)
        end = start + D(hours=hours)
        # experience
        topics = []
        p_surf = 0.008
        if club[0] == "SH03" and t_p < CLAY_FIX:
            p_surf = 0.45 if RAIN.get((club[1], (start - D(days=1)).date())) else 0.25
        if rng.random() < p_surf:
            topics.append("surface")
        if slot == "prime" and outdoor and rng.random() < (0.30 if club[0] == "HZ01" else 0.01):
            topics.append("lights")
        if slot == "prime" and rng.random() < 0.02:
            topics.append("price")
        if not topics and rng.random() < (0.35 if ctype == "indoor_hard" else 0.12):
            topics.append("court_good")
        bad = bool(set(topics) & NEG)
        if rng.random() < (0.35 if bad else 0.15):
            st = self.stars(topics)
            t_r = end + D(minutes=float(rng.lognormal(np.log(90), 0.9)))
            self.ev(c, t_r, "tp_rate", bid, "rate", cm, stars=st)
            self.fb(c, t_r, topics, "app_review", rating=st, common=dict(cm, session_id=bid),
                    gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
        if c["ch"] == "dianping" and rng.random() < 0.06:
            st = self.stars(topics)
            self.fb(c, end + D(hours=float(rng.uniform(2, 30))), topics, "dianping_review", rating=st,
                    common=dict(cm, session_id=bid), gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"),
                    undated=rng.random() < 0.3)
        if rng.random() < 0.03:
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, end + D(days=1), topics if rng.random() < 0.6 else [], "survey", nps=nps,
                    common=dict(cm, session_id=bid), gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if bad and rng.random() < 0.04:
            self.fb(c, end + D(hours=float(rng.uniform(1, 48))), [k for k in topics if k in NEG], "wechat_group",
                    common=dict(cm, session_id=bid), undated=rng.random() < 0.5, no_cust=rng.random() < 0.3)
        return dict(end=end, played=True)

    def refund(self, c, t, sid, cm, amount, order, reason):
        zh = {"rain": "下雨", "customer": "顾客取消", "coach": "教练取消"}[reason]
        self.ev(c, t, "tp_refund", sid, "refund", cm, refund_amount=round(float(amount), 2), refund_reason=reason,
                退款原因=zh)
        if order is not None and t <= END:
            order["status"] = "refunded"
            order["refunded_at"] = ts(t)

    # ---------- lessons ----------
    def lessons(self, c, t):
        club = self.pick_club(c, t)
        coaches = [co for co in COACHES if co[1] == club[0]]
        coach = coaches[int(rng.integers(len(coaches)))]
        ltype = "junior" if c["ptype"] == "junior" else pick(["private", "group"], [0.45, 0.55])
        base = self.common(c, club, t)
        base.update(coach_id=coach[0], coach=coach[2], coach_en=coach[3], lesson_type=ltype, 课程类型=LESSONS[ltype][0])
        tid = self.sid("TR")
        if not self.ev(c, t, "tp_trial_lesson", tid, "attend", base):
            return
        self.order(c, t, 99, "trial", tid, base)
        if rng.random() < 0.15:
            topics = ["junior_good"] if ltype == "junior" and rng.random() < 0.6 else (
                ["coach_good"] if rng.random() < 0.4 else [])
            self.fb(c, t + D(hours=3), topics, "survey", nps=int(np.clip(round(rng.normal(8.6, 1.2)), 0, 10)),
                    common=dict(base, session_id=tid))
        p_conv = {"junior": 0.62, "casual": 0.26, "regular": 0.38}[c["ptype"]]
        if rng.random() > p_conv:
            return
        t += D(days=float(rng.exponential(6) + 0.5))
        stop = {"junior": 0.04, "casual": 0.12, "regular": 0.08}[c["ptype"]]
        while t <= END:
            lid = self.sid("LS")
            start = t + D(days=float(rng.uniform(1, 5)))
            start = datetime(start.year, start.month, start.day, int(rng.integers(9, 21)))
            pm = "stored_value" if c["tier"] != "non_member" and rng.random() < 0.7 else "wechat_pay"
            cm = dict(base, payment_method=pm, 支付方式=PAYM[pm], start_time=ts(start))
            price = LESSONS[ltype][1]
            self.ev(c, t, "tp_lesson_book", lid, "submit", cm, amount=price)
            o = self.order(c, t, price, "lesson", lid, cm)
            c["paid"] = True
            c["first_pay"] = c["first_pay"] or t
            p_cc = coach[4]
            if coach[0] == "CO09" and start >= WANG_BAD:
                p_cc = 0.28
            if rng.random() < p_cc:
                t_c = start - D(hours=float(rng.lognormal(np.log(3), 0.7)))
                t_c = max(t_c, t + D(minutes=10))
                self.ev(c, t_c, "tp_coach_cancel", lid, "coach_cancel", cm)
                self.refund(c, t_c + D(hours=float(rng.uniform(0.2, 6))), lid, cm, price, o, "coach")
                if rng.random() < 0.35:
                    self.fb(c, t_c + D(hours=1), ["coach_cancel"], "ticket", common=dict(cm, session_id=lid))
                elif rng.random() < 0.25:
                    st = self.stars(["coach_cancel"])
                    self.fb(c, t_c + D(hours=2), ["coach_cancel"], "app_review", rating=st,
                            common=dict(cm, session_id=lid), gen="neg")
                elif rng.random() < 0.2:
                    self.fb(c, t_c + D(hours=2), ["coach_cancel"], "wechat_group", common=dict(cm, session_id=lid),
                            undated=rng.random() < 0.5, no_cust=rng.random() < 0.3)
                if rng.random() < 0.2:
                    break
            else:
                self.ev(c, start, "tp_lesson", lid, "attend", cm, device=None)
                c["last"] = max(c["last"] or start, start)
                if rng.random() < 0.14:
                    topics = []
                    if ltype == "junior" and rng.random() < 0.5:
                        topics.append("junior_good")
                    elif rng.random() < 0.45:
                        topics.append("coach_good")
                    st = self.stars(topics, base=(0.55, 0.33, 0.09, 0.03))
                    self.fb(c, start + D(hours=float(rng.uniform(1.5, 6))), topics, "app_review", rating=st,
                            common=dict(cm, session_id=lid), gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
            if rng.random() < stop:
                break
            t = start + D(days=float(rng.uniform(4, 10)))

    # ---------- stringing, tournaments, membership ----------
    def stringing(self, c, t):
        club = self.pick_club(c, t)
        sid = self.sid("ST")
        string = pick(list(STRINGS), [0.3, 0.6, 0.1])
        cm = self.common(c, club, t)
        cm.update(string_type=string, 线材=STRINGS[string][0], tension_lbs=int(rng.integers(46, 60)))
        t = datetime(t.year, t.month, t.day, int(rng.integers(9, 21)), int(rng.integers(0, 60)))
        if not self.ev(c, t, "tp_stringing_order", sid, "drop_off", cm, device=None, amount=STRINGS[string][1]):
            return
        self.order(c, t, STRINGS[string][1], "stringing", sid, cm)
        med = 3.4 if club[1] == "Hangzhou" else 0.9         # Hangzhou sends rackets to an outside stringer
        t_r = t + D(days=float(rng.lognormal(np.log(med), 0.45)))
        self.ev(c, t_r, "tp_stringing_ready", sid, "ready_notice", cm)
        t_p = t_r + D(days=float(rng.exponential(1.2) + 0.05))
        if rng.random() < 0.97:
            self.ev(c, t_p, "tp_stringing_pickup", sid, "picked_up", cm, device=None)
        if (t_r - t).days >= 3 and rng.random() < 0.3:
            self.fb(c, t_p + D(hours=2), ["stringing"], "ticket" if rng.random() < 0.6 else "app_review",
                    rating=None, common=dict(cm, session_id=sid))

    def tournament(self, c, t):
        club = self.pick_club(c, t)
        sid = self.sid("TN")
        q = (t.month - 1) // 3 + 1
        cm = self.common(c, club, t)
        cm.update(tournament=f"NetGo {t.year} Q{q} Open", 赛事=f"网动{t.year}年第{q}季公开赛",
                  draw=pick(["singles", "doubles"], [0.6, 0.4]))
        if self.ev(c, t, "tp_tournament", sid, "signup", cm, amount=200):
            self.order(c, t, 200, "tournament", sid, cm)

    def membership(self, c, t):
        club = c["home"]
        sid = self.sid("MB")
        tier = pick(["silver", "gold"], [0.7, 0.3])
        price = {"silver": 2999, "gold": 5999}[tier]
        cm = self.common(c, club, t)
        cm.update(card_tier=tier, 卡种=TIERS[tier])
        if self.ev(c, t, "tp_membership", sid, "purchase", cm, amount=price):
            self.order(c, t, price, "membership", sid, cm)
            c["tier"] = tier

    # ---------- simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view")
            self.events[-1]["channel"] = c["ch"]
            p = PTYPES[c["ptype"]]
            does_lessons = rng.random() < p[5]
            does_court = rng.random() < p[4]
            if does_lessons:
                t_l = c["discover"] + D(days=float(rng.exponential(4) + 0.3))
                self.lessons(c, t_l)
            if not does_court:
                continue
            if rng.random() > CHANNELS[c["ch"]][2]:
                continue
            t = c["discover"] + D(hours=float(min(140, rng.exponential(18) + 0.1)))
            first = True
            while t <= END:
                res = self.court(c, t, first)
                if res is None:
                    if first:
                        break
                    if rng.random() < 0.5:
                        t += D(days=float(rng.uniform(0.5, 5)))
                        continue
                    break
                first = False
                if res["played"] and c["ptype"] == "regular":
                    if c["tier"] == "non_member" and c["visits"] >= 4 and rng.random() < 0.10:
                        self.membership(c, res["end"] + D(hours=float(rng.uniform(0.5, 3))))
                    if rng.random() < 0.12:
                        self.stringing(c, res["end"] + D(days=float(rng.uniform(0, 3))))
                    if rng.random() < 0.05:
                        self.tournament(c, res["end"] + D(days=float(rng.uniform(1, 10))))
                elif res["played"] and rng.random() < 0.03:
                    self.stringing(c, res["end"] + D(days=float(rng.uniform(0, 3))))
                stop = p[3] * (0.5 if c["tier"] != "non_member" else 1.0)
                if rng.random() < stop:
                    break
                g = float(rng.exponential(p[2]) + 0.5) / season(res["end"])
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(7, 23)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 6, 1):
                seg = "new"
            elif c["last"] is None or c["last"] < datetime(2026, 4, 1):
                seg = "at_risk"
            else:
                seg = "active"
            rows.append(dict(customer_id=c["id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["ch"], 获客渠道=CHANNELS[c["ch"]][0],
                             tier=c["tier"], 会员等级=TIERS[c["tier"]], player_type=c["ptype"],
                             球友类型=PTYPES[c["ptype"]][0], ntrp_level=c["ntrp"], age_band=c["age"],
                             gender=c["gender"], phone_os=c["os"], home_club_id=c["home"][0]))
        return rows


def write(path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version",
           "club_id", "club", "club_en", "club_city", "球馆城市", "court_no", "court_type", "场地类型", "slot", "时段",
           "start_time", "hours", "payment_method", "支付方式", "amount", "error_code", "cancel_reason", "取消原因",
           "refund_amount", "refund_reason", "退款原因", "stars", "coach_id", "coach", "coach_en", "lesson_type",
           "课程类型", "string_type", "线材", "tension_lbs", "tournament", "赛事", "draw", "card_tier", "卡种"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "session_id", "club_id", "club", "club_en", "club_city", "球馆城市", "court_type", "场地类型", "slot", "时段",
            "payment_method", "支付方式", "lesson_type", "课程类型", "coach_id", "coach", "coach_en", "hours",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "session_id", "club_id", "club", "club_en", "club_city", "球馆城市", "court_type", "场地类型", "slot", "时段",
           "coach_id", "coach", "coach_en", "lesson_type", "课程类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "player_type", "球友类型", "ntrp_level", "age_band", "gender", "phone_os", "home_club_id"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=18, replace=False)                 # the app tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"sessions {g.n_sess}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
