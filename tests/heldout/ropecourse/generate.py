"""云端 SkyRope: high-ropes adventure parks and zip-line courses in three forest parks (Guilin Yangshuo 桂林阳朔,
Zhangjiajie 张家界, Anji 安吉竹海) plus a small new park at Guilin Longji 桂林龙脊 (opened 2026-04-01).
A visitor finds us (Meituan / Ctrip / Douyin / our own app / school partnership), looks at the ticket page and picks a
time slot (场次), buys a ticket (own app, Meituan or Ctrip; schools and companies buy group tickets through group
sales), signs the waiver (电子免责协议 online, or on paper at the gate), checks in at the park gate, gets the safety
harness fitted (安全装备穿戴: sometimes re-fitted because it does not fit), attends the safety briefing and ground
school (安全讲解), climbs the course (亲子线 kids / 入门线 beginner / 进阶线 intermediate / 挑战线 expert; some are
rescued off the course by staff), may add the zip-line (速降滑索 add-on) and a photo package, reviews and maybe comes
back (annual pass holders come back often). Rain / thunderstorm / typhoon days close a park (天气闭园): every ticket
of the day is refunded (own app in minutes, Meituan / Ctrip in days, group sales in a week).
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(topics of each comment; not a DATA.md table). Deterministic (seed 20261219), numpy + stdlib, a few seconds.
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
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 9000
WAIVER_BUG = (datetime(2025, 7, 1), datetime(2025, 8, 11))       # own app 2.4.0: e-waiver crashes on Android
XS_SHORTAGE = (datetime(2025, 7, 1), datetime(2026, 1, 1))      # Anji: kids' XS harnesses short
ZJJ_STAFF = (datetime(2025, 7, 1), datetime(2025, 9, 1))        # Zhangjiajie summer: short-staffed
APP_VERSIONS = [(datetime(2025, 1, 1), "2.3.1"), (datetime(2025, 7, 1), "2.4.0"), (datetime(2025, 8, 11), "2.4.1"),
                (datetime(2026, 3, 2), "2.5.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现云端", "Discover SkyRope", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|搜到|看到广告|discover|found us|first touch|saw an ad"),
    ("tp_ticket_page", "查看票务场次", "Ticket & time-slot page", "consideration", "app", "digital", "ecommerce",
     "票务页|选场次|看票|选线路|场次页|ticket page|time slot|slot picker|browse tickets"),
    ("tp_buy", "购票支付", "Ticket purchase", "purchase", "app", "digital", "ecommerce",
     "购票|买票|下单|付款|支付|订票|buy ticket|purchase|checkout|payment|booking"),
    ("tp_waiver", "签署免责协议", "Waiver signed", "service", "app", "digital", "safety",
     "免责协议|免责声明|安全协议|签协议|电子签|waiver|liability waiver|e-waiver|sign the form"),
    ("tp_checkin", "入园检票", "Park check-in", "service", "store", "physical", "park_ops",
     "检票|入园|验票|到园|闸机|check-in|gate|entry|arrival"),
    ("tp_harness", "安全装备穿戴", "Harness fitting", "service", "store", "physical", "safety",
     "穿装备|安全带|安全绳|头盔|试穿|harness|helmet|gear up|harness fit"),
    ("tp_briefing", "安全讲解", "Safety briefing", "service", "store", "physical", "safety",
     "安全讲解|安全培训|地面训练|教练讲解|briefing|ground school|safety talk|training"),
    ("tp_course", "上绳挑战", "Ropes course", "service", "store", "physical", "park_ops",
     "上绳|高空绳索|闯关|爬线路|挑战线路|ropes course|course|climb|obstacles|high ropes"),
    ("tp_zipline", "速降滑索", "Zip-line add-on", "purchase", "store", "physical", "park_ops",
     "滑索|速降|飞索|加购滑索|zip line|zipline|zip-line|flying fox"),
    ("tp_photo", "照片包", "Photo package", "purchase", "app", "digital", "ecommerce",
     "照片|拍照|跟拍|照片包|视频|photo|photos|photo package|pictures"),
    ("tp_closure", "天气闭园", "Weather closure", "service", "app", "digital", "park_ops",
     "闭园|下雨关门|雷雨|台风|停业|天气原因|closure|closed|rain|thunderstorm|typhoon"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退票|退钱|refund|money back|refunded"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "marketing",
     "评价|点评|打分|写评论|review|rating|stars"),
    ("tp_revisit", "再次购票", "Return visit", "loyalty", "app", "digital", "crm",
     "回头客|复购|再来|二刷|又来了|return visit|came back|repeat visit|rebook"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("purchase", "购票转化", "Ticket purchase", ["tp_discover", "tp_ticket_page", "tp_buy"], 7),
    ("visit", "入园体验", "Park visit", ["tp_buy", "tp_waiver", "tp_checkin", "tp_harness", "tp_briefing", "tp_course"], 30),
    ("upsell", "加购滑索", "Zip-line upsell", ["tp_course", "tp_zipline"], 1),
    ("closure", "闭园退款", "Closure refund", ["tp_closure", "tp_refund"], 14),
    ("revisit", "回头客", "Return visit", ["tp_course", "tp_revisit"], 90),
]
PARKS = {  # id: zh, en, city_en, city_zh, opened, weight
    "P1": ("桂林阳朔森林乐园", "Guilin Yangshuo", "Guilin", "桂林", None, 0.36),
    "P2": ("张家界天门森林乐园", "Zhangjiajie Tianmen", "Zhangjiajie", "张家界", None, 0.34),
    "P3": ("安吉竹海森林乐园", "Anji Bamboo Sea", "Anji", "安吉", None, 0.30),
    "P4": ("桂林龙脊云端营地", "Guilin Longji", "Guilin", "桂林", datetime(2026, 4, 1), 0.0),
}
LEVELS = {  # en: zh, price per person, rescue prob, zipline prob
    "kids": ("亲子线", 98, 0.02, 0.04), "beginner": ("入门线", 168, 0.03, 0.22),
    "intermediate": ("进阶线", 228, 0.06, 0.38), "expert": ("挑战线", 298, 0.13, 0.58),
}
SLOTS = {"09:00": "上午早场", "11:00": "上午场", "13:30": "下午场", "15:30": "傍晚场"}
CHANNELS = {  # acquisition: zh, weight, page prob, buy prob
    "meituan": ("美团", 0.28, 0.80, 0.68), "ctrip": ("携程", 0.26, 0.85, 0.78), "douyin": ("抖音", 0.22, 0.55, 0.45),
    "own_app": ("官方App", 0.14, 0.88, 0.80), "school_partner": ("学校合作", 0.10, 0.95, 0.90),
}
CTYPES = {  # en: zh, levels weights (kids, beg, int, exp), party size range
    "individual": ("散客", [0.0, 0.35, 0.4, 0.25], (1, 2)), "couple": ("情侣", [0.0, 0.45, 0.4, 0.15], (2, 2)),
    "family": ("亲子家庭", [0.7, 0.25, 0.05, 0.0], (2, 4)), "school": ("学校团体", [0.55, 0.45, 0.0, 0.0], (28, 55)),
    "company": ("企业团建", [0.0, 0.45, 0.45, 0.1], (12, 30)),
}
REGIONS = {"P1": [("Guangxi", "广西", .5), ("Guangdong", "广东", .35), ("overseas", "境外", .15)],
           "P2": [("Hunan", "湖南", .55), ("Hubei", "湖北", .2), ("Guangdong", "广东", .1), ("overseas", "境外", .15)],
           "P3": [("Zhejiang", "浙江", .45), ("Shanghai", "上海", .4), ("Jiangsu", "江苏", .15)]}
AGE_BANDS = ["<18", "18-25", "26-35", "36-45", "46+"]

# ---------- feedback text ----------
TXT = {  # topic: (zh texts, en texts) -- each text carries the topic's marker
    "queue": (["排队太久了，检票到穿装备等了快一个小时", "周末人太多，排队排到怀疑人生", "排队一个多小时才轮到我们，孩子都累了",
               "入园排队太久，场次时间都过了"],
              ["the queue was ridiculous, almost an hour before we got our harness", "waited in line forever at the gate",
               "the queue at check-in took over an hour"]),
    "harness_fit": (["安全带不合身，孩子穿着晃来晃去", "安全带太紧勒得疼，换了两次才合适", "没有小码安全带，孩子的安全带不合身只能等",
                     "安全带不合身，教练重新调了好久"],
                    ["the harness didn't fit my kid at all", "harness didn't fit, they had no small sizes",
                     "my harness didn't fit properly and had to be redone"]),
    "staff": (["工作人员态度很差，问个问题爱答不理", "教练态度差，一直催我们快点", "员工态度恶劣，吼小孩"],
              ["staff were rude and impatient", "the guide was rude to us", "rude staff, shouting at kids"]),
    "refund_slow": (["闭园退款到现在还没到账", "下雨闭园了，退款等了一个星期还没到账", "退款还没到账，客服只会让等"],
                    ["refund for the closure still hasn't arrived", "my refund still hasn't arrived after a week"]),
    "waiver_app": (["App签免责协议一直闪退，只好到门口填纸质的", "电子协议签不了，App闪退", "免责协议页面闪退三次"],
                   ["the app kept crashing on the waiver page", "waiver page crashed the app, had to sign paper at the gate"]),
    "too_hard": (["挑战线太难了，爬到一半下不来被救下来", "难度太大，半路被教练救援下撤"],
                 ["the expert course was way too hard, had to be rescued halfway", "got stuck and needed a rescue off the course"]),
    "photo_price": (["照片包太贵了，几张照片要88", "照片卖得太贵"], ["the photo package is overpriced", "photos are way overpriced"]),
    "scenery": (["森林里风景太美了", "竹林风景绝了，空气好", "在树顶看风景太震撼"],
                ["amazing forest views", "stunning scenery from the treetops", "the views were breathtaking"]),
    "instructor": (["教练很专业很耐心", "教练专业又耐心，讲解很清楚", "安全员特别专业，很有安全感"],
                   ["instructors were professional and patient", "very professional and patient instructor"]),
    "zipline": (["滑索超刺激，强烈推荐", "速降滑索太爽了", "滑索超刺激，还想再来"],
                ["the zip line was such a thrill", "zip line was a thrill, highly recommend"]),
}
NEG_TOPICS = {"queue", "harness_fit", "staff", "refund_slow", "waiver_app", "too_hard", "photo_price"}
TOPIC_TP = [("waiver_app", "tp_waiver"), ("refund_slow", "tp_refund"), ("harness_fit", "tp_harness"),
            ("queue", "tp_checkin"), ("staff", "tp_briefing"), ("too_hard", "tp_course"), ("zipline", "tp_zipline"),
            ("photo_price", "tp_photo"), ("instructor", "tp_briefing"), ("scenery", "tp_course")]
GEN = {"neg": (["体验不太好", "下次不会来了"], ["not a great day", "disappointing"]),
       "pos": (["下次还来", "值得一玩", "带朋友再来"], ["will come back", "worth it", "great day out"]),
       "neu": (["还行吧", "一般般，中规中矩"], ["it was ok", "average experience"])}


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d):
    m = {1: 0.35, 2: 0.55, 3: 0.8, 4: 1.0, 5: 1.3, 6: 1.0, 7: 1.6, 8: 1.7, 9: 0.9, 10: 1.4, 11: 0.8, 12: 0.4}[d.month]
    if datetime(d.year, 10, 1) <= d < datetime(d.year, 10, 8) or datetime(d.year, 5, 1) <= d < datetime(d.year, 5, 6):
        m *= 1.8
    if d.weekday() >= 5:
        m *= 1.5
    return m


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


# weather closures per park-day
CLOSED = set()
_d = datetime(2024, 12, 25)
while _d <= END + D(days=40):
    for p in PARKS:
        m = _d.month
        pc = 0.03
        if p in ("P1", "P4") and m in (4, 5, 6):
            pc = 0.2                        # Guilin plum-rain season
        elif p == "P2" and m in (6, 7):
            pc = 0.09                       # thunderstorms
        elif p == "P3" and m in (8, 9):
            pc = 0.08                       # typhoons
        if rng.random() < pc:
            CLOSED.add((p, _d.date()))
    _d += D(days=1)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tk = 0

    def ev(self, c, t, tp, sid, action, tk=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=kw.pop("device", c["device"]), channel=kw.pop("channel", None),
                   app_version=app_version(t))
        if tk:
            row.update(tk["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, tk=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"ticket": "门票", "group_ticket": "团体票", "zipline": "滑索加购", "photo": "照片包", "annual_pass": "年卡"}[otype]
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=kw.pop("channel", tk["common"]["sales_channel"] if tk else "own_app"),
                   device=c["device"], order_type=otype, 订单类型=zh, ticket_id=tk["id"] if tk else None)
        if tk:
            for k in ("park_id", "park", "park_en", "park_city", "园区城市", "course_level", "线路难度", "party_size"):
                row[k] = tk["common"][k]
        row.update(kw)
        row.setdefault("refunded_at", None)
        row["currency"] = "CNY"
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, tk=None, undated=False, en=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        if en is None:
            en = rng.random() < c["en_share"]
        li = 1 if en else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if not en else ". ").join(parts) + ("。" if not en else ".")
        tp = next((tp_ for k, tp_ in TOPIC_TP if k in topics), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["id"], touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, language="en" if en else "zh",
                   ticket_id=tk["id"] if tk else None)
        for k in ("park_id", "park", "park_en", "park_city", "园区城市", "course_level", "线路难度"):
            row[k] = tk["common"][k] if tk else None
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    # ---------- customers ----------
    def customers(self):
        days, w = [], []
        d = START
        while d <= datetime(2026, 6, 25):
            days.append(d)
            w.append((0.6 + 0.8 * (d - START).days / 545) * season(d))
            d += D(days=1)
        w = np.array(w)
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        for i, k in enumerate(idx):
            t = days[k] + D(hours=float(rng.uniform(8, 23.5)))
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            if ch == "school_partner":
                ct = pick(["school", "company"], [0.7, 0.3])
            else:
                ct = pick(["individual", "couple", "family"], [0.4, 0.25, 0.35])
            park = pick(["P1", "P2", "P3"], [PARKS[p][5] for p in ("P1", "P2", "P3")])
            reg = REGIONS[park]
            r = reg[int(rng.choice(len(reg), p=np.array([x[2] for x in reg]) / sum(x[2] for x in reg)))]
            if ch == "school_partner" and r[0] == "overseas":
                r = reg[0]
            age = {"family": pick(AGE_BANDS, [0, 0, .35, .55, .1]), "school": "<18",
                   "company": pick(AGE_BANDS, [0, .3, .5, .2, 0])}.get(ct, pick(AGE_BANDS, [.08, .4, .35, .12, .05]))
            self.cust.append(dict(id=f"SR{i + 1:05d}", discover=t, channel=ch, ctype=ct, park=park, region=r,
                                  age=age, device=pick(["ios", "android"], [0.48, 0.52]),
                                  en_share=0.6 if r[0] == "overseas" else 0.03, visits=0, spend=0.0,
                                  first_buy=None, last_visit=None, pass_=False))

    # ---------- one ticket ----------
    def ticket(self, c, t_buy, repeat):
        self.n_tk += 1
        tid = f"TK{self.n_tk:06d}"
        ct = CTYPES[c["ctype"]]
        park = c["park"]
        if park == "P1" and t_buy >= PARKS["P4"][4] and rng.random() < 0.15:
            park = "P4"
        level = pick(list(LEVELS), ct[1])
        party = int(rng.integers(ct[2][0], ct[2][1] + 1))
        group = c["ctype"] in ("school", "company")
        if c["pass_"]:
            sc = "annual_pass"
        elif group:
            sc = "group_sales"
        elif repeat:
            sc = pick(["own_app", "meituan", "ctrip"], [0.5, 0.25, 0.25])
        else:
            sc = {"douyin": pick(["meituan", "own_app"], [0.6, 0.4])}.get(c["channel"], c["channel"])
        scz = {"own_app": "官方App", "meituan": "美团", "ctrip": "携程", "group_sales": "团队销售", "annual_pass": "年卡预约"}[sc]
        lead = int(pick([0, 1, 2, 3, 5, 7, 14, 21], [0.25, 0.2, 0.15, 0.1, 0.1, 0.1, 0.07, 0.03]))
        if group:
            lead = int(rng.integers(7, 30))
        day = datetime(t_buy.year, t_buy.month, t_buy.day) + D(days=lead)
        slot = pick(list(SLOTS), [0.3, 0.3, 0.25, 0.15])
        start = day + D(hours=int(slot[:2]), minutes=int(slot[3:]))
        if start < t_buy + D(hours=1):
            day += D(days=1)
            start += D(days=1)
        weekend = day.weekday() >= 5
        P = PARKS[park]
        common = dict(park_id=park, park=P[0], park_en=P[1], park_city=P[2], 园区城市=P[3], course_level=level,
                      线路难度=LEVELS[level][0], time_slot=slot, 场次=SLOTS[slot], sales_channel=sc, 购票平台=scz,
                      party_size=party, visit_date=day.strftime("%Y-%m-%d"), customer_type=c["ctype"],
                      客户类型=CTYPES[c["ctype"]][0])
        tk = dict(id=tid, common=common)
        price = LEVELS[level][1]
        if group:
            amount = party * (88 if c["ctype"] == "school" else 138)
            otype = "group_ticket"
        elif sc == "annual_pass":
            amount, otype = 0.0, None
        else:
            amount = party * price * (0.92 if sc in ("meituan", "ctrip") else 1.0)
            otype = "ticket"
        dev = "pc" if (sc == "ctrip" and rng.random() < 0.2) or group else c["device"]
        self.ev(c, t_buy, "tp_buy", tid, "pass_reserve" if otype is None else "success", tk, device=dev,
                channel=sc, amount=amount)
        o = self.order(c, t_buy, amount, otype, tk, channel=sc) if otype else None
        if o:
            c["spend"] += amount
        c["first_buy"] = c["first_buy"] or t_buy
        # closure or customer cancellation
        closed = (park, day.date()) in CLOSED
        cancel = not closed and rng.random() < 0.04
        if closed or cancel:
            if closed:
                self.ev(c, day + D(hours=6, minutes=int(rng.integers(30, 60))), "tp_closure", tid, "notified", tk,
                        channel="sms", weather=pick(["暴雨", "雷暴", "台风"] if park == "P3" else ["暴雨", "雷暴"],
                                                    [0.5, 0.3, 0.2] if park == "P3" else [0.6, 0.4]))
                t0 = day + D(hours=7)
            else:
                t0 = t_buy + D(hours=float(rng.uniform(1, 48)))
                if t0 > start:
                    t0 = start - D(minutes=30)
                self.ev(c, t0, "tp_refund", tid, "requested", tk, channel=sc)
            delay = {"own_app": rng.uniform(0.05, 2) / 24, "meituan": rng.uniform(1.5, 4.5), "ctrip": rng.uniform(2.5, 6.5),
                     "group_sales": rng.uniform(6, 11), "annual_pass": 0.01}[sc]
            tr = t0 + D(days=float(delay))
            self.ev(c, tr, "tp_refund", tid, "refunded", tk, channel=sc, refund_amount=amount,
                    refund_reason="weather_closure" if closed else "customer_cancel",
                    退款原因="天气闭园" if closed else "客户取消")
            if o and tr <= END:
                o["status"] = "refunded"
                o["refunded_at"] = ts(tr)
                c["spend"] -= amount
            if closed and delay > 2.5 and rng.random() < 0.45:
                self.fb(c, tr - D(days=float(delay) / 2), ["refund_slow"], "ticket", tk=tk)
            return None
        # waiver
        bug = WAIVER_BUG[0] <= t_buy < WAIVER_BUG[1] and dev == "android" and sc == "own_app"
        paper = (rng.random() < 0.62) if bug else (rng.random() < (0.6 if group else 0.06))
        if bug and paper:
            self.ev(c, t_buy + D(minutes=float(rng.uniform(2, 30))), "tp_waiver", tid, "fail", tk, device=dev,
                    error_code="WAIVER_PAGE_CRASH")
        if rng.random() < 0.03:     # no-show
            if not paper:
                self.ev(c, t_buy + D(minutes=float(rng.uniform(3, 60))), "tp_waiver", tid, "e_sign", tk, device=dev)
            return None
        arrive = start - D(minutes=float(rng.uniform(10, 40)))
        if not paper:
            tw = min(t_buy + D(minutes=float(rng.uniform(3, 600))), arrive - D(minutes=5))
            self.ev(c, tw, "tp_waiver", tid, "e_sign", tk, device=dev)
        self.ev(c, arrive, "tp_checkin", tid, "scan", tk, channel="gate")
        if paper:
            self.ev(c, arrive + D(minutes=float(rng.uniform(3, 10))), "tp_waiver", tid, "paper", tk, channel="gate")
        q = float(rng.lognormal(np.log(13), 0.35))
        if park == "P2" and weekend and day.month in (7, 8):
            q = float(rng.lognormal(np.log(52), 0.3))
        elif weekend and day.month in (5, 7, 8, 10):
            q = float(rng.lognormal(np.log(20), 0.35))
        if paper:
            q += float(rng.uniform(8, 18))
        if group:
            q += 10
        t_h = arrive + D(minutes=q)
        refit_p = 0.05
        if park == "P3" and level == "kids" and XS_SHORTAGE[0] <= day < XS_SHORTAGE[1]:
            refit_p = 0.42
        elif park == "P4":
            refit_p = 0.3          # new park, sizes not yet stocked
        refit = rng.random() < refit_p
        self.ev(c, t_h, "tp_harness", tid, "refit" if refit else "fitted", tk, channel="gate",
                harness_size=pick(["XS", "S", "M", "L", "XL"], [.35, .45, .15, .05, 0] if level == "kids" else [0, .15, .4, .3, .15]),
                queue_min=round(q, 1))
        t_b = t_h + D(minutes=float(rng.uniform(8, 15) + (12 if refit else 0)))
        instr = f"{park}-I{int(rng.integers(1, 13)):02d}"
        self.ev(c, t_b, "tp_briefing", tid, "attended", tk, channel="gate", instructor_id=instr)
        t_c = t_b + D(minutes=float(rng.uniform(15, 25)))
        rescued = rng.random() < LEVELS[level][2]
        self.ev(c, t_c, "tp_course", tid, "rescued" if rescued else "completed", tk, channel="gate",
                instructor_id=instr, duration_min=round(float(rng.uniform(40, 110)), 0))
        c["visits"] += 1
        c["last_visit"] = t_c
        t_end = t_c + D(minutes=float(rng.uniform(50, 110)))
        zp = LEVELS[level][3] * (0.3 if group else 1.0) * (0.0 if rescued else 1.0)
        zip_ = rng.random() < zp
        if zip_:
            n = party if not group else max(1, int(party * 0.2))
            self.ev(c, t_end, "tp_zipline", tid, "ride", tk, channel="gate", riders=n, amount=120 * n)
            self.order(c, t_end, 120 * n, "zipline", tk, channel="park")
            c["spend"] += 120 * n
        photo_p = {"family": 0.45, "couple": 0.3, "individual": 0.12, "school": 0.08, "company": 0.15}[c["ctype"]]
        photo = rng.random() < photo_p
        if photo:
            t_p = t_end + D(minutes=float(rng.uniform(10, 300)))
            self.ev(c, t_p, "tp_photo", tid, "purchase", tk, device=c["device"], amount=88)
            self.order(c, t_p, 88, "photo", tk, channel="own_app")
            c["spend"] += 88
        # feedback topics
        topics = []
        if q > 40 and rng.random() < 0.55:
            topics.append("queue")
        if refit and rng.random() < 0.55:
            topics.append("harness_fit")
        staff_p = 0.28 if (park == "P2" and ZJJ_STAFF[0] <= day < ZJJ_STAFF[1]) else 0.03
        if rng.random() < staff_p:
            topics.append("staff")
        if bug and paper and rng.random() < 0.3:
            topics.append("waiver_app")
        if rescued and rng.random() < 0.5:
            topics.append("too_hard")
        if photo and rng.random() < 0.12:
            topics.append("photo_price")
        pos = []
        if rng.random() < (0.35 if park == "P3" else 0.22):
            pos.append("scenery")
        if rng.random() < 0.15 and "staff" not in topics:
            pos.append("instructor")
        if zip_ and rng.random() < 0.3:
            pos.append("zipline")
        negs = len(topics)
        review_p = 0.32 + 0.25 * (negs > 0)
        if rng.random() < review_p:
            t_r = t_end + D(hours=float(rng.uniform(1, 72)))
            self.ev(c, t_r, "tp_review", tid, "review", tk)
            base = 4.6 - 1.3 * negs + (0.2 if pos else 0)
            rating = int(np.clip(round(base + rng.normal(0, 0.7)), 1, 5))
            all_t = topics + (pos if negs == 0 or rng.random() < 0.3 else [])
            chn = {"meituan": "meituan_review", "ctrip": "ctrip_review"}.get(sc, "app_review")
            if "waiver_app" in all_t and rng.random() < 0.5:
                all_t.remove("waiver_app")
                self.fb(c, t_buy + D(hours=2), ["waiver_app"], "ticket", tk=tk)
            self.fb(c, t_r, all_t, chn, rating=rating, tk=tk)
        elif topics and rng.random() < 0.35:
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 48))), topics, "douyin_comment", tk=tk,
                    undated=rng.random() < 0.4)
        elif rng.random() < 0.16:
            score = int(np.clip(round(9 - 2.2 * negs + rng.normal(0, 1.4)), 0, 10))
            self.fb(c, t_end + D(days=1), topics + pos, "survey", nps=score, tk=tk)
        # annual pass
        if not c["pass_"] and not group and c["visits"] >= 1 and rng.random() < (0.12 if park == "P3" else 0.05):
            t_a = t_end + D(hours=2)
            if t_a <= END:
                self.order(c, t_a, 699, "annual_pass", None, channel="own_app", park_id=park, park=P[0],
                           park_en=P[1], park_city=P[2], 园区城市=P[3])
                c["pass_"] = True
                c["spend"] += 699
        return t_c, rescued, negs

    def customer(self, c):
        t = c["discover"]
        ch = c["channel"]
        self.ev(c, t, "tp_discover", None, "view", channel=ch,
                device="pc" if ch == "school_partner" else c["device"])
        cp = CHANNELS[ch]
        if rng.random() > cp[2]:
            return
        t = t + D(hours=float(rng.exponential(10)))
        self.ev(c, t, "tp_ticket_page", None, "view", channel=ch)
        p_buy = cp[3] * (0.8 if c["ctype"] == "family" and ch == "douyin" else 1.0)
        if rng.random() > p_buy:
            return
        t = t + D(hours=float(rng.exponential(20) if rng.random() < 0.9 else rng.uniform(170, 400)))
        repeat = False
        n = 0
        while t <= END and n < 12:
            r = self.ticket(c, t, repeat)
            n += 1
            if c["pass_"]:
                p_back, gap = 0.85, rng.uniform(10, 60)
            elif c["ctype"] in ("school", "company"):
                p_back, gap = 0.35, rng.uniform(120, 200)
            else:
                p_back, gap = 0.16, rng.exponential(100) + 10
            if r and r[2] > 0:
                p_back *= 0.5
            if rng.random() > p_back:
                break
            t = t + D(days=float(gap) + 1, hours=float(rng.uniform(-6, 6)))
            if t > END:
                break
            self.ev(c, t - D(minutes=float(rng.uniform(3, 30))), "tp_revisit", None, "view")
            repeat = True

    def run(self):
        self.customers()
        for c in self.cust:
            self.customer(c)


def seg(c):
    if not c["first_buy"]:
        return "prospect"
    if c["pass_"] or c["visits"] >= 3:
        return "loyal"
    if c["first_buy"] >= datetime(2026, 4, 1):
        return "new"
    if c["last_visit"] is None or c["last_visit"] < datetime(2025, 12, 1):
        return "at_risk"
    return "returning" if c["visits"] >= 2 else "one_time"


def write(path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main():
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])])
    tiers = [(0, "basic", "普通会员"), (800, "silver", "银卡"), (2000, "gold", "金卡")]
    rows = []
    for c in g.cust:
        tier = [t for t in tiers if c["spend"] >= t[0]][-1]
        rows.append(dict(customer_id=c["id"], signup_at=ts(c["discover"]), segment=seg(c), region=c["region"][0],
                         客源地=c["region"][1], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                         tier=tier[1], 会员等级=tier[2], customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0],
                         age_band=c["age"], home_park_id=c["park"], annual_pass=str(c["pass_"]).lower()))
    write(out / "customers.csv", rows)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = [ev[int(i)] for i in rng.choice(len(ev), size=30, replace=False)]     # tracker re-sends
    write(out / "events.csv", ev + dup)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(rows)} events {len(ev) + len(dup)} orders {len(g.orders)} feedback {len(g.feedback)}")


if __name__ == "__main__":
    main()
