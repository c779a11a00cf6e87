"""海帆 BlueSail: a sailing school and yacht day-charter operator at four marinas (five from March 2026) in Sanya 三亚,
Qingdao 青岛 and Xiamen 厦门. A customer finds us (Xiaohongshu / Douyin / Ctrip / a friend / a hotel concierge),
asks our WeChat customer service, books in the mini program and pays (WeChat Pay, Alipay, Ctrip, or a corporate bank
transfer). Products: a 2-hour intro sail 体验航行 (shared boat), certification courses 考证课程 (ASA 101 / ASA 103,
RYA Competent Crew / RYA Day Skipper: a theory class, several on-water sessions, then an assessment and the
certificate), skippered day charters 包船出海 (half day, full day, sunset) and club membership 俱乐部会员 (quarterly
or annual; members book club sails). The marina may cancel a sail for weather (typhoon, strong wind, fog, storms);
the customer then rebooks another date or asks for a refund. Before sailing: a safety briefing on the dock.
After the sail: a review in the mini program, sometimes a Ctrip review, an NPS survey, a Xiaohongshu note.

Events 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
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
N_CUST = 9000
TYPHOON_25 = (datetime(2025, 8, 1), datetime(2025, 11, 1))       # Sanya / Xiamen typhoon season 2025 (busy one)
TYPHOON_26 = (datetime(2026, 7, 15), datetime(2026, 9, 1))
FOG_QD = [(6, 7)]                                                # Qingdao sea fog months
CROWD = (datetime(2026, 1, 20), datetime(2026, 3, 6))            # Spring Festival overbooking at Sanya Serenity
REFUND_BACKLOG = (datetime(2025, 9, 1), datetime(2025, 11, 1))   # finance backlog after the typhoon wave
XIANGSHAN_OPEN = datetime(2026, 3, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现海帆", "Discover BlueSail", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|看到|小红书|抖音|携程|朋友推荐|酒店推荐|discover|found us|first touch"),
    ("tp_enquire", "咨询客服", "WeChat enquiry", "consideration", "other", "digital", "sales",
     "咨询|问客服|问价|私信|加微信|enquiry|inquiry|ask|customer service chat"),
    ("tp_book", "预订", "Booking", "consideration", "mini_program", "digital", "sales",
     "预订|预约|下单|订船|报名|book|booking|reserve|sign up|enrol"),
    ("tp_pay", "支付", "Payment", "purchase", "mini_program", "digital", "finance",
     "支付|付款|付钱|买单|pay|payment|paid|checkout"),
    ("tp_weather_cancel", "天气取消", "Weather cancellation", "service", "other", "digital", "marina_ops",
     "天气取消|停航|台风取消|大风取消|大雾|取消出海|weather cancel|called off|cancelled for weather|no-sail day"),
    ("tp_rebook", "改期", "Rebooked", "service", "mini_program", "digital", "marina_ops",
     "改期|改签|换日期|重新约|rebook|reschedule|new date"),
    ("tp_refund_request", "申请退款", "Refund request", "service", "mini_program", "digital", "finance",
     "申请退款|要退款|退订|refund request|asked for refund|cancel booking"),
    ("tp_refund", "退款到账", "Refund received", "service", "other", "digital", "finance",
     "退款|退钱|到账|refund|money back|refunded"),
    ("tp_theory", "理论课", "Theory class", "service", "store", "physical", "school",
     "理论课|上课|岸上课|theory|classroom|ground school"),
    ("tp_briefing", "安全讲解", "Safety briefing", "service", "store", "physical", "marina_ops",
     "安全讲解|安全须知|穿救生衣|码头集合|briefing|safety talk|life jacket|check-in at dock"),
    ("tp_sail", "出海航行", "On-water session", "service", "store", "physical", "marina_ops",
     "出海|航行|开船|上船|帆船体验|下水|实操|sail|sailing|on the water|on-water|boat trip|charter day"),
    ("tp_exam", "考证考核", "Certification assessment", "service", "store", "physical", "school",
     "考核|考试|考证|实操考核|assessment|exam|test|check sail"),
    ("tp_certificate", "证书发放", "Certificate issued", "loyalty", "other", "digital", "school",
     "证书|拿证|发证|certificate|cert|licence|logbook"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars"),
    ("tp_membership", "加入俱乐部", "Club membership", "loyalty", "mini_program", "digital", "club",
     "入会|会员|俱乐部|年卡|季卡|join the club|membership|member"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预订转化", "Booking conversion", ["tp_discover", "tp_enquire", "tp_book", "tp_pay"], 7),
    ("certification", "考证之路", "Certification path", ["tp_theory", "tp_exam", "tp_certificate"], 45),
    ("weather", "天气改期挽回", "Weather rebooking recovery", ["tp_weather_cancel", "tp_rebook", "tp_sail"], 30),
    ("refund", "退款", "Refund", ["tp_refund_request", "tp_refund"], 30),
    ("club", "入会转化", "Club conversion", ["tp_sail", "tp_membership"], 90),
]
CITIES = {"Sanya": ("三亚", 0.50), "Xiamen": ("厦门", 0.30), "Qingdao": ("青岛", 0.20)}
MARINAS = [  # id, city, zh, en, opened
    ("M01", "Sanya", "三亚鸿洲码头", "Sanya Serenity Marina", None),
    ("M02", "Sanya", "三亚半山半岛帆船港", "Sanya Horizon Bay", None),
    ("M03", "Qingdao", "青岛奥帆中心", "Qingdao Olympic Sailing Center", None),
    ("M04", "Xiamen", "厦门五缘湾码头", "Xiamen Wuyuan Bay", None),
    ("M05", "Xiamen", "厦门香山码头", "Xiamen Xiangshan Marina", XIANGSHAN_OPEN),
]
MARINA = {m[0]: m for m in MARINAS}
SKIPPERS = {"M01": [("陈船长", "Capt. Chen"), ("黎教练", "Coach Li"), ("Tom Walsh", "Tom Walsh")],
            "M02": [("符船长", "Capt. Fu"), ("王教练", "Coach Wang")],
            "M03": [("于教练", "Coach Yu"), ("孙船长", "Capt. Sun")],
            "M04": [("林教练", "Coach Lin"), ("郑船长", "Capt. Zheng")],
            "M05": [("黄教练", "Coach Huang")]}
PRODUCTS = {  # code: (type, zh name, en name, price (per person for intro/course), sessions)
    "INTRO2H": ("intro_sail", "2小时体验航行", "2-hour intro sail", 398, 1),
    "ASA101": ("course", "ASA 101 基础龙骨艇", "ASA 101 Basic Keelboat", 4980, 3),
    "ASA103": ("course", "ASA 103 沿岸巡航", "ASA 103 Coastal Cruising", 4280, 3),
    "RYA_CC": ("course", "RYA 合格船员", "RYA Competent Crew", 5600, 4),
    "RYA_DS": ("course", "RYA 日间船长", "RYA Day Skipper", 8800, 5),
    "CH_HALF": ("charter", "半日包船", "Half-day skippered charter", 3800, 1),
    "CH_FULL": ("charter", "全日包船", "Full-day skippered charter", 6800, 1),
    "CH_SUNSET": ("charter", "日落包船", "Sunset charter", 2800, 1),
    "CLUB_SAIL": ("club_sail", "会员日航行", "Club sail", 199, 1),
}
TYPE_ZH = {"intro_sail": "体验航行", "course": "考证课程", "charter": "包船出海", "club_sail": "会员航行",
           "membership": "俱乐部会员", "photo_package": "航拍套餐"}
CITY_PRICE = {"Sanya": 1.0, "Xiamen": 0.85, "Qingdao": 0.78}
CTYPES = {  # type: zh, weight, product weights (intro, course, charter)
    "couple": ("情侣", 0.24, (0.80, 0.04, 0.16)),
    "family": ("亲子家庭", 0.24, (0.78, 0.04, 0.18)),
    "friends": ("朋友结伴", 0.20, (0.60, 0.10, 0.30)),
    "corporate": ("企业团建", 0.10, (0.10, 0.02, 0.88)),
    "learner": ("个人学员", 0.22, (0.22, 0.76, 0.02)),
}
CHANNELS = {  # en: zh, weight, P(enquire), P(book | enquire)
    "xiaohongshu": ("小红书", 0.32, 0.80, 0.33),
    "douyin": ("抖音", 0.22, 0.72, 0.52),
    "ctrip": ("携程", 0.18, 0.85, 0.78),
    "referral": ("朋友推荐", 0.14, 0.92, 0.76),
    "hotel_concierge": ("酒店礼宾", 0.14, 0.88, 0.70),
}
REGIONS = {"North China": ("华北", 0.28), "East China": ("华东", 0.32), "South China": ("华南", 0.18),
           "Local": ("本地", 0.12), "Overseas": ("海外", 0.10)}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "ctrip": "携程支付", "corporate_transfer": "对公转账"}
REASON_ZH = {"typhoon": "台风", "strong_wind": "大风", "fog": "大雾", "thunderstorm": "雷暴"}
EXAM_PASS = {"ASA101": 0.88, "ASA103": 0.82, "RYA_CC": 0.92, "RYA_DS": 0.56}

# ---------- feedback texts (markers of each topic only appear in that topic's sentences) ----------
TXT = {
    "weather": (["台风天说取消就取消，行程全被打乱", "因为大风取消了两次，白跑一趟三亚", "天气取消通知得太晚了，人都到码头了",
                 "又是天气原因取消，假期就这几天", "大风停航可以理解，但是临时通知太坑"],
                ["They cancelled because of the wind on the morning of the sail", "Our sail got cancelled due to weather twice",
                 "Typhoon cancellation with almost no notice, holiday ruined",
                 "Cancelled for weather after we had already reached the marina"]),
    "seasick": (["浪有点大，晕船吐了一路", "老婆晕船很严重，全程躺着", "晕船太难受了，船晃得厉害", "孩子晕船，提前返航了"],
                ["Got badly seasick, the boat was rolling a lot", "My wife was seasick the whole time",
                 "Half our group got seasick and we came back early", "Felt seasick within twenty minutes"]),
    "crowded": (["一条船塞了十几个人，太挤了", "船上人太多了，根本没地方坐", "过年期间超售，船上挤得像公交车",
                 "太挤了，拍照都拍不了"],
                ["The boat was way too crowded, twelve people on a small yacht", "Overcrowded boat, could barely move",
                 "Packed like sardines on the intro sail", "Far too crowded to enjoy anything"]),
    "refund_slow": (["退款申请一个多星期了还没到账", "退款太慢了，催了好几次", "取消后退款迟迟不到账，客服只会说在处理",
                     "携程的单子退款太慢了"],
                    ["Refund still not received after a week", "Waiting for my refund for ten days now",
                     "Refund process is painfully slow", "Still waiting for my refund, support keeps saying processing"]),
    "instructor": (["教练很专业也很耐心", "船长人超好，讲解很细致", "教练教得很好，第一次就敢自己掌舵", "教练特别耐心，新手友好"],
                   ["The instructor was patient and really professional", "Our skipper was fantastic and explained everything",
                    "Great instructor, I was helming by the end", "Excellent coaching, very patient with beginners"]),
    "scenery": (["海水特别蓝，风景绝了", "日落太美了，拍了好多照片", "看到了海豚，风景一流", "海上看城市天际线很震撼"],
                ["Gorgeous sunset from the water", "Beautiful scenery and crystal clear water",
                 "Stunning views of the coastline", "We saw dolphins, the views were amazing"]),
    "exam_hard": (["考核标准太严了，没过有点郁闷", "日间船长考核太难，补考还要再交钱", "考试要求比宣传的高很多"],
                  ["The assessment was much harder than advertised", "Failed the Day Skipper assessment, very strict examiner",
                   "Exam standard felt unreasonably tough"]),
    "slow_reply": (["客服回复太慢了，问个价等半天", "私信半天没人回", "咨询了一天都没人回复"],
                   ["Customer service took forever to reply on WeChat", "Nobody answered my enquiry for a whole day"]),
}
GEN = {"pos": (["整体体验很好，下次还来", "推荐给朋友了", "非常值得", "很棒的一次出海"],
               ["Overall a great experience", "Would definitely recommend", "Worth every penny", "Loved it"]),
       "neg": (["不太满意", "体验一般，性价比不高", "不会再来了"],
               ["Not happy with it", "Not worth the money", "Would not come back"]),
       "neu": (["还行吧", "中规中矩", "还可以"], ["It was okay", "Average experience", "Fine I guess"])}
NEG_TOPICS = {"weather", "seasick", "crowded", "refund_slow", "exam_hard", "slow_reply"}
TOPIC_TP = [("refund_slow", "tp_refund"), ("weather", "tp_weather_cancel"), ("exam_hard", "tp_exam"),
            ("slow_reply", "tp_enquire"), ("crowded", "tp_sail"), ("seasick", "tp_sail"), ("instructor", "tp_sail"),
            ("scenery", "tp_sail")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(city: str, d: datetime) -> float:
    m = d.month
    if city == "Sanya":
        s = {12: 1.6, 1: 1.8, 2: 2.0, 3: 1.4, 4: 1.0, 5: 0.8, 6: 0.7, 7: 0.9, 8: 0.9, 9: 0.6, 10: 1.1, 11: 1.2}[m]
    elif city == "Qingdao":
        s = {12: 0.15, 1: 0.1, 2: 0.15, 3: 0.3, 4: 0.7, 5: 1.2, 6: 1.5, 7: 2.2, 8: 2.3, 9: 1.5, 10: 0.9, 11: 0.3}[m]
    else:
        s = {12: 0.8, 1: 0.8, 2: 1.1, 3: 1.0, 4: 1.3, 5: 1.3, 6: 1.0, 7: 1.2, 8: 1.2, 9: 0.9, 10: 1.4, 11: 1.0}[m]
    if datetime(2025, 10, 1) <= d < datetime(2025, 10, 8):
        s *= 1.6
    return s


def weather_p(city: str, d: datetime):
    """probability that a sail on day d is cancelled for weather, and the reason."""
    if city in ("Sanya", "Xiamen") and (TYPHOON_25[0] <= d < TYPHOON_25[1]):
        return (0.38 if city == "Sanya" else 0.30), "typhoon"
    if city in ("Sanya", "Xiamen") and (TYPHOON_26[0] <= d < TYPHOON_26[1]):
        return 0.16, "typhoon"
    if city == "Qingdao" and d.month in (6, 7):
        return 0.16, "fog"
    if city == "Xiamen" and d.month in (11, 12, 1, 2):
        return 0.08, "strong_wind"
    return 0.045, pick(["strong_wind", "thunderstorm"], [0.7, 0.3])


def open_marinas(city: str, t: datetime):
    return [m for m in MARINAS if m[1] == city and (m[4] is None or m[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if tp in DIGITAL_DEVICE else None)
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype,
                   订单类型=TYPE_ZH[otype], booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("marina_id", "marina", "marina_en", "city", "城市", "product_code", "产品名称", "pax",
                      "payment_method", "支付方式"):
                row[k] = bk["common"][k]
            if bk["common"]["payment_method"] == "ctrip":
                row["channel"] = "ctrip"
            elif bk["common"]["payment_method"] == "corporate_transfer":
                row["channel"] = "corporate"
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, bk=None, undated=False, gen=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = c["lang"] if rng.random() < 0.9 else ("en" if c["lang"] == "zh" else "zh")
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                   booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("marina_id", "marina", "marina_en", "city", "城市", "product_type", "产品类型", "product_code"):
                row[k] = bk["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def customers(self):
        self.cust = []
        days = []
        d = START
        while d <= datetime(2026, 8, 25):
            days.append(d)
            d += D(days=1)
        wts = {city: np.array([(0.6 + 0.8 * (x - START).days / 600) * season(city, x) for x in days])
               for city in CITIES}
        for i in range(N_CUST):
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            w = wts[city]
            t = days[int(rng.choice(len(days), p=w / w.sum()))] + D(hours=float(rng.uniform(8, 23.5)))
            ctype = pick(list(CTYPES), [v[1] for v in CTYPES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            if ctype == "corporate" and rng.random() < 0.5:
                ch = "referral"
            region = pick(list(REGIONS), [v[1] for v in REGIONS.values()])
            age = pick(AGE_BANDS, {"couple": [0.35, 0.5, 0.1, 0.04, 0.01], "family": [0.02, 0.3, 0.5, 0.15, 0.03],
                                   "friends": [0.35, 0.45, 0.12, 0.06, 0.02], "corporate": [0.05, 0.45, 0.35, 0.13, 0.02],
                                   "learner": [0.12, 0.38, 0.3, 0.14, 0.06]}[ctype])
            lang = "en" if rng.random() < (0.75 if region == "Overseas" else 0.03) else "zh"
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", discover=t, city=city, ctype=ctype, channel=ch,
                                  region=region, age=age, lang=lang,
                                  gender=pick(["female", "male"], [0.5, 0.5]),
                                  device=pick(["ios", "android"], [0.5, 0.5]),
                                  experience=("certified" if ctype == "learner" and rng.random() < 0.15 else
                                              "some" if rng.random() < 0.2 else "none"),
                                  spend=0.0, paid=0, sails=[], first_pay=None, member=None, certs=[]))
        self.cust.sort(key=lambda c: c["discover"])
        for i, c in enumerate(self.cust):
            c["customer_id"] = f"C{i + 1:05d}"

    # ---------- one booking ----------
    def booking(self, c, t_book: datetime, code: str, repeat: bool):
        marinas = open_marinas(c["city"], t_book)
        if c["city"] == "Sanya":
            m = pick(marinas, [0.58, 0.42])
        elif c["city"] == "Xiamen" and len(marinas) == 2:
            m = pick(marinas, [0.85, 0.15])
        else:
            m = marinas[0]
        ptype, pzh, pen, price, n_sess = PRODUCTS[code]
        ctype = c["ctype"]
        if ptype == "intro_sail":
            pax = {"couple": 2, "family": int(rng.integers(3, 5)), "friends": int(rng.integers(2, 6)),
                   "corporate": int(rng.integers(4, 9)), "learner": 1}[ctype]
            amount = round(price * CITY_PRICE[c["city"]]) * pax
        elif ptype == "course":
            pax = 2 if (ctype == "friends" and rng.random() < 0.5) else 1
            amount = price * pax
        elif ptype == "charter":
            pax = {"corporate": int(rng.integers(8, 13))}.get(ctype, int(rng.integers(2, 8)))
            amount = round(price * (1.2 if c["city"] == "Sanya" else 1.0))
        else:
            pax = 1
            amount = price
        if c["member"] is not None and ptype == "charter":
            amount = round(amount * 0.8)
        if ptype == "club_sail" or repeat:
            pm = pick(["wechat_pay", "alipay"], [0.75, 0.25])
        elif ctype == "corporate" and ptype == "charter":
            pm = "corporate_transfer" if rng.random() < 0.7 else "wechat_pay"
        elif c["channel"] == "ctrip":
            pm = "ctrip" if rng.random() < 0.85 else "wechat_pay"
        else:
            pm = pick(["wechat_pay", "alipay"], [0.72, 0.28])
        lead = {"intro_sail": 1 + int(rng.integers(0, 7)), "course": 5 + int(rng.integers(0, 25)),
                "charter": 2 + int(rng.integers(0, 14)), "club_sail": 1 + int(rng.integers(0, 10))}[ptype]
        hour = {"intro_sail": pick([9, 14, 16.5], [0.3, 0.4, 0.3]), "course": 9, "charter":
                (16.5 if code == "CH_SUNSET" else 9.5 if code == "CH_FULL" else pick([9.5, 14], [0.5, 0.5])),
                "club_sail": 14}[ptype]
        sail_day = datetime(t_book.year, t_book.month, t_book.day) + D(days=lead, hours=hour)
        boat = ("Lagoon 42 双体船" if ptype == "charter" and pax >= 7 or (ptype == "intro_sail" and m[0] in ("M01", "M02"))
                else "Beneteau Oceanis 38 单体船")
        boat_type = "catamaran" if boat.startswith("Lagoon") else "monohull"
        self.n_bk += 1
        bid = f"BS{self.n_bk:06d}"
        common = dict(marina_id=m[0], marina=m[2], marina_en=m[3], city=m[1], 城市=CITIES[m[1]][0],
                      product_type=ptype, 产品类型=TYPE_ZH[ptype], product_code=code, 产品名称=pzh, product_name_en=pen,
                      pax=pax, payment_method=pm, 支付方式=PAY[pm])
        bk = dict(id=bid, common=common)
        self.ev(c, t_book, "tp_book", bid, "repeat_booking" if repeat else "submit", bk, channel="mini_program",
                sail_date=ts(sail_day), amount=amount)
        if rng.random() > (0.93 if repeat else 0.86):
            return None                                   # held, never paid
        t_pay = t_book + D(minutes=float(rng.lognormal(np.log(20 if pm != "corporate_transfer" else 1500), 0.8)))
        self.ev(c, t_pay, "tp_pay", bid, "success", bk, channel="ctrip" if pm == "ctrip" else "mini_program",
                amount=amount)
        od = self.order(c, t_pay, amount, ptype, bk)
        if od is None:
            return None
        c["paid"] += 1
        c["first_pay"] = c["first_pay"] or t_pay
        # customer cancellation
        if rng.random() < 0.04:
            t_c = t_pay + (sail_day - t_pay) * float(rng.uniform(0.1, 0.6))
            self.refund(c, bk, od, t_c, amount, "customer_cancelled")
            return None
        # weather
        n_cancel = 0
        had_weather = False
        while True:
            p, reason = weather_p(c["city"], sail_day)
            if ptype == "charter" and code == "CH_SUNSET":
                p *= 1.1
            if rng.random() >= p:
                break
            t_wc = sail_day - D(hours=float(rng.uniform(2, 16)))
            if not self.ev(c, t_wc, "tp_weather_cancel", bid, "cancelled_by_marina", bk, channel="wechat",
                           cancel_reason=reason, 取消原因=REASON_ZH[reason], sail_date=ts(sail_day)):
                return None
            had_weather = True
            n_cancel += 1
            typhoon = reason == "typhoon"
            p_rebook = (0.52 if typhoon else 0.80) * (0.7 if n_cancel > 1 else 1.0)
            if ptype == "course":
                p_rebook = 0.9
            if rng.random() < p_rebook and n_cancel < 3:
                t_rb = t_wc + D(hours=float(rng.uniform(1, 60)))
                gap = int(rng.integers(1, 6)) if ptype != "course" else int(rng.integers(5, 21))
                sail_day = datetime(t_rb.year, t_rb.month, t_rb.day) + D(days=gap, hours=sail_day.hour,
                                                                         minutes=sail_day.minute)
                if not self.ev(c, t_rb, "tp_rebook", bid, "rebook", bk, channel="mini_program", sail_date=ts(sail_day)):
                    return None
                if ptype != "course" and typhoon and rng.random() < 0.35:
                    self.fb(c, t_wc + D(hours=float(rng.uniform(1, 30))), ["weather"], "ticket", bk=bk)
                continue
            self.refund(c, bk, od, t_wc + D(hours=float(rng.uniform(0.5, 30))), amount, "weather", reason=reason)
            if rng.random() < 0.45:
                self.fb(c, t_wc + D(hours=float(rng.uniform(2, 40))), ["weather"], "ticket", bk=bk)
            return None
        # sail (sessions)
        skipper = SKIPPERS[m[0]][int(rng.integers(len(SKIPPERS[m[0]])))]
        t0 = sail_day
        if ptype == "course":
            if not self.ev(c, t0 - D(days=1, hours=-5), "tp_theory", bid, "attended", bk, instructor=skipper[0],
                           instructor_en=skipper[1]):
                return None
        crowded = False
        seasick_any = False
        wind = 0.0
        last = None
        for s in range(n_sess):
            t_s = t0 + D(days=s)
            if not self.ev(c, t_s - D(minutes=30), "tp_briefing", bid, "checked_in", bk, session_no=s + 1):
                return None
            month = t_s.month
            wind = float(np.clip(rng.normal(17 if (m[1] == "Xiamen" and month in (10, 11, 12, 1, 2, 3)) else 11, 3.5),
                                 4, 28))
            p_sick = 0.04 if boat_type == "catamaran" else (0.05 + max(0.0, wind - 12) * 0.04)
            if ptype == "course" and s > 0:
                p_sick *= 0.5
            sick = rng.random() < p_sick
            seasick_any = seasick_any or sick
            on_boat = pax
            if ptype in ("intro_sail", "club_sail"):
                on_boat = pax + int(rng.integers(2, 5))
                if m[0] == "M01" and CROWD[0] <= t_s < CROWD[1] and ptype == "intro_sail":
                    on_boat = pax + int(rng.integers(7, 10))
            crowded = crowded or on_boat >= 10 and ptype == "intro_sail"
            dur = {"intro_sail": 2.0, "course": 6.0, "charter": 4.0 if code == "CH_HALF" else 7.5 if code == "CH_FULL"
                   else 2.5, "club_sail": 3.0}[ptype]
            early = sick and rng.random() < 0.45
            if not self.ev(c, t_s, "tp_sail", bid, "returned_early" if early else "completed", bk, session_no=s + 1,
                           boat_model=boat, boat_type=boat_type, 船型="双体船" if boat_type == "catamaran" else "单体船",
                           skipper=skipper[0], skipper_en=skipper[1], wind_knots=round(wind, 1),
                           guests_on_boat=on_boat, seasick="yes" if sick else "no",
                           duration_hours=round(dur * (0.5 if early else 1.0), 1)):
                return None
            last = t_s + D(hours=dur)
        c["sails"].append(last)
        if ptype in ("intro_sail", "charter") and rng.random() < 0.22:
            self.order(c, last + D(minutes=20), 199 if ptype == "intro_sail" else 599, "photo_package", bk)
        # exam
        passed = None
        if ptype == "course":
            t_e = last - D(hours=1)
            p_pass = EXAM_PASS[code]
            for attempt in range(2):
                passed = rng.random() < p_pass
                if not self.ev(c, t_e, "tp_exam", bid, "pass" if passed else "fail", bk, attempt=attempt + 1,
                               exam_result="pass" if passed else "fail", 考核结果="通过" if passed else "未通过",
                               examiner=skipper[0]):
                    break
                if passed:
                    days_ = float(rng.uniform(1, 4)) if code.startswith("ASA") else float(rng.uniform(12, 28))
                    if self.ev(c, t_e + D(days=days_), "tp_certificate", bid, "issued", bk, certificate=code):
                        c["certs"].append((code, t_e + D(days=days_)))
                    break
                if rng.random() < 0.4 and attempt == 0:
                    chan = pick(["mini_program_review", "ticket"], [0.3, 0.7])
                    self.fb(c, t_e + D(hours=float(rng.uniform(2, 48))), ["exam_hard"], chan, bk=bk,
                            rating=int(rng.integers(1, 3)) if chan == "mini_program_review" else None)
                if rng.random() > 0.6:
                    break
                t_e = t_e + D(days=float(rng.integers(7, 22)))
                p_pass = 0.8
        # reviews
        self.reviews(c, bk, last, ptype, crowded, seasick_any, had_weather, passed, m[0])
        return dict(last=last, ptype=ptype, code=code, passed=passed)

    def refund(self, c, bk, od, t_req, amount, why, reason=None):
        if not self.ev(c, t_req, "tp_refund_request", bk["id"], "request", bk, channel="mini_program",
                       refund_reason=why, 退款原因={"weather": "天气取消", "customer_cancelled": "客户取消"}[why]):
            return
        pm = bk["common"]["payment_method"]
        med = {"wechat_pay": 0.8, "alipay": 0.8, "ctrip": 8.0, "corporate_transfer": 5.0}[pm]
        days_ = float(rng.lognormal(np.log(med), 0.4))
        if REFUND_BACKLOG[0] <= t_req < REFUND_BACKLOG[1]:
            days_ += float(rng.uniform(3, 6))
        t_r = t_req + D(days=days_)
        if self.ev(c, t_r, "tp_refund", bk["id"], "refunded", bk, channel=pm, refund_amount=amount,
                   refund_days=round(days_, 2)):
            od["status"] = "refunded"
            od["refunded_at"] = ts(t_r)
        if days_ > 5 and rng.random() < 0.55:
            chan = pick(["ticket", "call_note", "ctrip_review" if pm == "ctrip" else "ticket"], [0.5, 0.2, 0.3])
            self.fb(c, t_req + D(days=5, hours=float(rng.uniform(0, 40))), ["refund_slow"], chan, bk=bk,
                    rating=int(rng.integers(1, 3)) if chan == "ctrip_review" else None)

    def reviews(self, c, bk, last, ptype, crowded, sick, had_weather, passed, marina_id):
        topics = []
        if sick and rng.random() < 0.75:
            topics.append("seasick")
        if crowded and rng.random() < 0.7:
            topics.append("crowded")
        if had_weather and rng.random() < 0.3:
            topics.append("weather")
        if not topics:
            if rng.random() < (0.45 if ptype == "course" else 0.3):
                topics.append("instructor")
            if rng.random() < (0.4 if ptype != "course" else 0.1):
                topics.append("scenery")
        base = 4.4 + (0.55 if marina_id == "M05" else 0.3 if marina_id == "M03" else 0.0)
        if passed is False:
            base -= 0.8
        base -= 1.6 * ("seasick" in topics) + 1.7 * ("crowded" in topics) + 0.9 * ("weather" in topics)
        base -= 0.5 * sick + 0.6 * crowded
        star = int(np.clip(round(rng.normal(base, 0.7)), 1, 5))
        t = last + D(hours=float(rng.uniform(1, 40)))
        if rng.random() < 0.42:
            self.ev(c, t, "tp_review", bk["id"], "rate", bk, stars=star)
            self.fb(c, t, topics, "mini_program_review", rating=star, bk=bk,
                    tp="tp_review" if not topics else None,
                    gen="pos" if star >= 4 and not set(topics) & NEG_TOPICS else "neg" if star <= 2 else None)
        if bk["common"]["payment_method"] == "ctrip" and rng.random() < 0.5:
            s2 = int(np.clip(star + rng.integers(-1, 2), 1, 5))
            self.fb(c, t + D(hours=float(rng.uniform(2, 72))), topics, "ctrip_review", rating=s2, bk=bk,
                    undated=rng.random() < 0.25,
                    gen="pos" if s2 >= 4 and not set(topics) & NEG_TOPICS else "neg" if s2 <= 2 else None)
        if rng.random() < 0.22:
            nps = int(np.clip(round(rng.normal(2.3 * star - 2.2 + (0.6 if ptype == "course" else 0), 1.3)), 0, 10))
            self.fb(c, last + D(days=float(rng.uniform(1, 4))), topics if rng.random() < 0.5 else [], "survey",
                    nps=nps, bk=bk, gen="pos" if nps >= 9 else "neg" if nps <= 6 else "neu")
        if rng.random() < 0.06:
            self.fb(c, t + D(days=float(rng.uniform(0, 5))), topics or ["scenery"], "social", bk=bk,
                    undated=rng.random() < 0.5)

    # ---------- one customer ----------
    def customer(self, c):
        t = c["discover"]
        ch = CHANNELS[c["channel"]]
        self.ev(c, t, "tp_discover", None, "view", channel=c["channel"])
        if rng.random() > ch[2]:
            return
        t_q = t + D(hours=float(rng.lognormal(np.log(8), 1.0)))
        self.ev(c, t_q, "tp_enquire", None, "message", channel="ctrip" if c["channel"] == "ctrip" else "wechat")
        if rng.random() < 0.05:
            self.fb(c, t_q + D(hours=float(rng.uniform(3, 20))), ["slow_reply"],
                    pick(["social", "ticket"], [0.5, 0.5]), undated=rng.random() < 0.3)
        p_book = ch[3]
        if c["ctype"] == "corporate":
            p_book = min(0.95, p_book + 0.1)
        if rng.random() > p_book:
            return
        t_b = t_q + D(hours=float(rng.lognormal(np.log(10), 1.0)))
        if t_b > t + D(days=7) and rng.random() < 0.7:
            t_b = t + D(days=float(rng.uniform(0.5, 6.5)))
        w = CTYPES[c["ctype"]][2]
        ptype = pick(["intro_sail", "course", "charter"], w)
        code = {"intro_sail": "INTRO2H",
                "course": pick(["ASA101", "RYA_CC", "RYA_DS"] if c["experience"] != "none" else ["ASA101", "RYA_CC"],
                               [0.4, 0.3, 0.3] if c["experience"] != "none" else [0.6, 0.4]),
                "charter": pick(["CH_HALF", "CH_FULL", "CH_SUNSET"],
                                [0.2, 0.7, 0.1] if c["ctype"] == "corporate" else [0.45, 0.2, 0.35])}[ptype]
        res = self.booking(c, t_b, code, repeat=False)
        # follow-on: next course, membership, club sails, repeat charters
        n = 0
        while res is not None and n < 8:
            n += 1
            last = res["last"]
            joined = False
            if c["member"] is None:
                p_join = {"course": 0.34 if res["passed"] else 0.10, "charter": 0.06, "intro_sail": 0.035,
                          "club_sail": 0.0}[res["ptype"]]
                if c["ctype"] == "learner":
                    p_join *= 1.2
                if rng.random() < p_join:
                    t_m = last + D(days=float(rng.uniform(1, 80)))
                    kind = pick(["annual", "quarterly"], [0.55, 0.45])
                    if self.ev(c, t_m, "tp_membership", None, "joined", channel="mini_program", membership=kind,
                               会员类型="年卡" if kind == "annual" else "季卡"):
                        self.order(c, t_m, 9800 if kind == "annual" else 3200, "membership",
                                   membership=kind, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
                        c["member"] = (kind, t_m)
                        joined = True
                        last = t_m
            if c["member"] is not None:
                if rng.random() < (0.85 if joined else 0.7):
                    t_next = last + D(days=float(rng.uniform(5, 45)))
                    nxt = "CLUB_SAIL" if rng.random() < 0.8 else pick(["ASA103", "RYA_DS", "CH_HALF"], [0.4, 0.3, 0.3])
                else:
                    break
            elif res["ptype"] == "course" and res["passed"] and rng.random() < 0.22:
                t_next = last + D(days=float(rng.uniform(14, 120)))
                nxt = "ASA103" if res["code"] == "ASA101" else "RYA_DS"
            elif res["ptype"] == "intro_sail" and rng.random() < 0.07:
                t_next = last + D(days=float(rng.uniform(10, 90)))
                nxt = "ASA101"
            elif res["ptype"] == "charter" and rng.random() < 0.12:
                t_next = last + D(days=float(rng.uniform(30, 200)))
                nxt = res["code"]
            else:
                break
            if t_next > END:
                break
            res = self.booking(c, t_next, nxt, repeat=True)

    def run(self):
        self.customers()
        for c in self.cust:
            self.customer(c)


DIGITAL_DEVICE = {"tp_book", "tp_pay", "tp_rebook", "tp_refund_request", "tp_review", "tp_membership"}


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    cust_rows = []
    cut_new = datetime(2026, 6, 1)
    for c in g.cust:
        last_sail = max(c["sails"]) if c["sails"] else None
        member = c["member"]
        active = member is not None and member[1] + D(days=365 if member[0] == "annual" else 91) >= END
        if c["paid"] == 0:
            seg = "prospect"
        elif active:
            seg = "member"
        elif c["first_pay"] >= cut_new:
            seg = "new"
        elif c["paid"] >= 2:
            seg = "returning"
        else:
            seg = "one_time"
        tier = member[0] if member else "none"
        cust_rows.append(dict(
            customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["region"],
            客源地=REGIONS[c["region"]][0], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
            tier=tier, 会员类型={"annual": "年卡", "quarterly": "季卡", "none": "非会员"}[tier],
            customer_type=c["ctype"], 客群=CTYPES[c["ctype"]][0], preferred_city=c["city"],
            意向城市=CITIES[c["city"]][0], age_band=c["age"], gender=c["gender"], phone_os=c["device"],
            sailing_experience=c["experience"], 航海经验={"none": "零基础", "some": "有经验", "certified": "已持证"}[
                c["experience"]], certificates="|".join(x[0] for x in c["certs"]), preferred_language=c["lang"],
            last_sail_at=ts(last_sail) if last_sail and last_sail <= END else None))
    write(out / "customers.csv", cust_rows)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dups = [ev[int(i)] for i in rng.choice(len(ev), size=18, replace=False)]
    write(out / "events.csv", ev + dups)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]))
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(cust_rows)}, events {len(ev)} (+{len(dups)} dups), orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
