"""海逸游艇 SeaLeisure Yacht Charters: a yacht charter company at two marinas in Sanya 三亚 (Hainan) and two in Phuket
普吉岛 (Thailand) serving Chinese and English-speaking tourists.

A guest enquires (WeChat 微信客服, our website 官网 or an OTA: Ctrip 携程 / Klook / GetYourGuide), we send a quote for a
boat (small < 40 ft, medium 40-59 ft, large 60 ft+) and a trip (half day 半日出海, full-day island hopping 全日跳岛,
sunset cruise 日落巡航, overnight 过夜包船 in Phuket only), the guest pays a deposit (30 %, corporate groups 50 %) and may
add extras (潜水 diving / snorkelling, 跟拍 photography, 餐饮 catering); the harbour master's forecast is checked the
evening before (天气确认: go / no-go for typhoon 台风, monsoon swell 季风浪涌, strong wind 大风, thunderstorm 雷暴); a no-go
is rebooked (改期) or refunded (申请退款 -> 退款到账); guests board (登船, departure delay), the trip ends (completed, or cut
short: 提前返航), the balance (尾款) is paid, photos are delivered, and the guest reviews.
Data 2024-10-01 .. 2026-04-30 (the extract was taken at the end of April 2026). All timestamps are Beijing time (UTC+8,
the Sanya head office's clock; Phuket local time is one hour earlier).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261231), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261231
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 4, 30, 23, 59, 59)
N_CUST = 8200
TYPHOON = (datetime(2025, 9, 22), datetime(2025, 9, 27))       # typhoon week: every Sanya trip called off
SURCHARGE_FROM = datetime(2026, 1, 1)                          # Sanya fuel surcharge added to the balance (8 %)
PK_REFUND_FIX = datetime(2026, 1, 15)                          # Phuket refunds switch from bank wire to WeChat/Alipay
MANDARIN_GUIDE = datetime(2025, 12, 1)                         # Phuket boats get a Mandarin-speaking guide
PHOTO_OUTSOURCED = (datetime(2026, 1, 1), datetime(2026, 4, 1))  # Phuket photographer left: outsourced, slow

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询询价", "Enquiry", "awareness", "social", "digital", "sales",
     "咨询|询价|问价|留言|私信|enquiry|inquiry|ask about a trip|first contact"),
    ("tp_quote", "发送报价", "Quote sent", "consideration", "social", "digital", "sales",
     "报价|报价单|方案|quote|quotation|price offer"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|预付|下定|deposit|booking confirmed|confirmed booking"),
    ("tp_extra", "预订增值服务", "Extras booked", "purchase", "mini_program", "digital", "sales",
     "增值服务|加购|潜水|浮潜|跟拍|摄影|餐饮|海鲜餐|extras|add-on|diving|snorkelling|photography|catering"),
    ("tp_weather_check", "天气确认", "Weather check", "service", "other", "physical", "operations",
     "天气确认|出海确认|海况|能不能出海|weather check|go/no-go|sea conditions|forecast check"),
    ("tp_rebook", "改期", "Rebooked", "service", "social", "digital", "customer_service",
     "改期|换日期|顺延|rebook|reschedule|new date"),
    ("tp_refund_request", "申请退款", "Refund requested", "service", "social", "digital", "customer_service",
     "申请退款|退订|取消订单|refund request|cancel booking|cancellation"),
    ("tp_refund", "退款到账", "Refund paid", "service", "other", "digital", "finance",
     "退款到账|退款完成|退钱|refund paid|refund received|money back"),
    ("tp_boarding", "登船出发", "Boarding & departure", "service", "store", "physical", "operations",
     "登船|上船|开船|出发|码头集合|boarding|departure|embark|set sail"),
    ("tp_trip_done", "行程结束", "Trip completed", "service", "store", "physical", "operations",
     "行程结束|返航|靠岸|下船|trip completed|back at the marina|returned|disembark"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|结账|补款|balance|final payment|settle the bill"),
    ("tp_photo", "照片交付", "Photos delivered", "loyalty", "social", "digital", "operations",
     "照片交付|出片|发照片|photos delivered|photo delivery|got the pictures"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|点评|回访|review|rating|stars|feedback survey"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "询价成交", "Enquiry to booking", ["tp_enquiry", "tp_quote", "tp_deposit"], 14),
    ("trip", "出海履约", "Booking to trip", ["tp_deposit", "tp_weather_check", "tp_boarding", "tp_trip_done",
                                         "tp_balance"], 90),
    ("refund", "退款处理", "Refund", ["tp_refund_request", "tp_refund"], 30),
    ("review", "出海评价", "Trip to review", ["tp_trip_done", "tp_review"], 14),
]
CITIES = {"Sanya": "三亚", "Phuket": "普吉岛"}
MARINAS = [  # id, city, zh, en, weight in city
    ("M1", "Sanya", "三亚鸿洲码头", "Sanya Hongzhou Marina", 0.6),
    ("M2", "Sanya", "三亚亚龙湾码头", "Yalong Bay Marina", 0.4),
    ("M3", "Phuket", "普吉查龙湾码头", "Chalong Bay Pier", 0.55),
    ("M4", "Phuket", "普吉皇家游艇码头", "Royal Phuket Marina", 0.45),
]
MARINA = {m[0]: m for m in MARINAS}
BOATS = [  # id, marina, zh, en, size, feet
    ("B11", "M1", "海鸥号", "Seagull", "small", 36), ("B12", "M1", "珊瑚号", "Coral", "medium", 52),
    ("B13", "M1", "鸿洲一号", "Hongzhou One", "large", 78),
    ("B21", "M2", "海豚号", "Dolphin", "small", 38), ("B22", "M2", "蓝鲸号", "Blue Whale", "medium", 48),
    ("B23", "M2", "亚龙号", "Yalong", "large", 65),
    ("B31", "M3", "安达曼号", "Andaman Spirit", "small", 34), ("B32", "M3", "皮皮之星", "Phi Phi Star", "medium", 45),
    ("B33", "M3", "查龙女王号", "Chalong Queen", "large", 62),
    ("B41", "M4", "珍珠号", "Pearl", "small", 39), ("B42", "M4", "普吉之星", "Phuket Star", "medium", 55),
    ("B43", "M4", "皇家小夜曲号", "Royal Serenade", "large", 85),
]
SIZES = {"small": "小型艇", "medium": "中型艇", "large": "大型艇"}
CAPTAINS = [  # id, marina, en, zh, weight
    ("CAP01", "M1", "Lin Afu", "林阿福", 1.0), ("CAP02", "M1", "Wang Haitao", "王海涛", 1.0),
    ("CAP03", "M1", "Chen Zhiqiang", "陈志强", 0.8),
    ("CAP04", "M2", "Huang Jianguo", "黄建国", 1.0), ("CAP05", "M2", "Fu Xiaolong", "符小龙", 1.0),
    ("CAP06", "M3", "Krit Saetang", "吉特", 1.0), ("CAP07", "M3", "Somchai Boonma", "颂猜", 1.0),
    ("CAP08", "M3", "Li Ming", "李明", 0.6),
    ("CAP09", "M4", "Anan Wongsa", "阿南", 1.0), ("CAP10", "M4", "James Porter", "詹姆斯", 0.9),
]
CHINESE_CAPTAINS = {"CAP01", "CAP02", "CAP03", "CAP04", "CAP05", "CAP08"}
TRIPS = {  # en: zh, hours, departure hour, price small / medium / large (CNY, Sanya)
    "half_day": ("半日出海", 4.0, None, (3800, 6800, 12800)),
    "full_day": ("全日跳岛", 8.0, 8.5, (6800, 11800, 19800)),
    "sunset": ("日落巡航", 2.5, 16.5, (2600, 4800, 8800)),
    "overnight": ("过夜包船", 26.0, 10.0, (None, 22000, 36000)),
}
EXTRAS = {"diving": "潜水", "photography": "跟拍", "catering": "餐饮"}
REGIONS = {  # en: zh, weight, p(writes English)
    "mainland_china": ("中国大陆", 0.60, 0.0), "hong_kong": ("中国香港", 0.06, 0.5), "singapore": ("新加坡", 0.07, 0.7),
    "australia": ("澳大利亚", 0.10, 1.0), "uk": ("英国", 0.08, 1.0), "usa": ("美国", 0.05, 1.0),
    "other_intl": ("其他海外", 0.04, 1.0)}
CHANNELS = {"wechat": "微信", "website": "官网", "ota": "OTA平台"}
OTA = {"ctrip": "携程", "klook": "Klook", "getyourguide": "GetYourGuide"}
CTYPES = {"couple": "情侣蜜月", "family": "亲子家庭", "friends": "朋友结伴", "corporate": "企业团建"}
TIERS = {"regular": "普通会员", "silver": "银帆会员", "gold": "金锚会员"}
REASONS = {"typhoon": "台风", "monsoon_swell": "季风浪涌", "strong_wind": "大风", "thunderstorm": "雷暴"}
REFUND_R = {"weather": "天气取消", "customer_cancel": "客人取消"}
CUT_R = {"seasickness": "游客晕船", "sea_state": "海况变差", "guest_request": "客人要求"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "信用卡", "ota_prepaid": "OTA代收", "bank_transfer": "对公转账"}
OTYPE = {"deposit": "定金", "balance": "尾款", "extra": "增值服务"}

TXT = {  # topic: (zh variants, en variants)
    "seasick": (["晕船晕得厉害，吐了一路", "浪太大，全家都晕船了", "吃了晕船药也不管用，半路就返航了"],
                ["got terribly seasick the whole way", "the swell was brutal and half our group was seasick",
                 "seasick within twenty minutes and we had to turn back"]),
    "refund_slow": (["天气取消后退款等了十几天才到账", "退款一直没到账，催了好几次", "说好的退款拖了两个星期"],
                    ["the refund after the weather cancellation took forever",
                     "still waiting for my refund after two weeks", "refund took almost three weeks to reach my card"]),
    "late": (["船晚开了快一个小时，在码头干等", "约好九点出发，结果十点才开船", "开船时间一拖再拖，浪费了半天"],
             ["we left almost an hour late and just waited on the pier", "departure was delayed for ages",
              "the boat only left an hour after the booked time"]),
    "hidden_fee": (["尾款多收了燃油附加费，报价时根本没提", "结账时多出一笔燃油费，感觉被坑", "燃油附加费属于隐形消费"],
                   ["they added a fuel surcharge to the balance that was never in the quote",
                    "hidden fuel surcharge at the end", "surprise fuel fee when paying the balance"]),
    "photo_slow": (["跟拍的照片等了两个星期还没收到", "买了摄影套餐，照片迟迟不发", "照片拖了好久才给"],
                   ["paid for the photographer and the photos took two weeks", "still no photos from the shoot",
                    "photo package delivery was painfully slow"]),
    "language": (["船员不会说中文，沟通很困难", "全程没有中文讲解，听不懂"],
                 ["the crew barely spoke English", "hard to communicate, nobody on board spoke English"]),
    "captain": (["船长特别专业，开得很稳", "船长人超好，一路给我们讲解", "船长经验丰富，很有安全感"],
                ["the captain was fantastic and very professional", "our skipper was brilliant",
                 "great captain, felt safe the whole time"]),
    "diving": (["浮潜看到好多热带鱼", "潜水教练很耐心，水下超美"],
               ["the snorkelling was amazing", "dive instructor was patient and the reef was beautiful"]),
    "food": (["船上的海鲜午餐很新鲜", "餐饮安排得很好，香槟配日落绝了"],
             ["the seafood lunch on board was excellent", "great food and drinks on board"]),
    "scenery": (["海水特别蓝，风景太美了", "岛上风景绝美"],
                ["stunning water and views", "the islands were breathtaking"]),
    "weather": (["因为天气原因取消了一次，有点遗憾", "台风天出不了海，只能改期"],
                ["the first date was called off due to the weather", "weather cancelled our original day"]),
    "pricey": (["价格偏贵", "性价比一般，有点贵"], ["a bit pricey for what it is", "overpriced compared with other operators"]),
    "slow_reply": (["官网留言过了一天才有人回复", "咨询之后回复太慢了"],
                   ["took a day to reply to my enquiry", "slow to answer my enquiry"]),
}
GEN = {"pos": (["整体体验很好，推荐！", "玩得很开心", "下次还会再来"], ["Overall a great day out", "would recommend",
                                                           "had a lovely time"]),
       "neu": (["还可以吧", "中规中矩"], ["It was okay", "average experience"]),
       "neg": (["体验很差，不会再来了", "很失望"], ["really disappointing", "would not book again"])}
NEG_TOPICS = {"seasick", "refund_slow", "late", "hidden_fee", "photo_slow", "language", "weather", "pricey",
              "slow_reply"}
POS_TOPICS = {"captain", "diving", "food", "scenery"}
TOPIC_TP = [("refund_slow", "tp_refund"), ("hidden_fee", "tp_balance"), ("photo_slow", "tp_photo"),
            ("late", "tp_boarding"), ("language", "tp_boarding"), ("seasick", "tp_trip_done"),
            ("weather", "tp_weather_check"), ("slow_reply", "tp_enquiry"), ("pricey", "tp_quote"),
            ("captain", "tp_trip_done"), ("diving", "tp_extra"), ("food", "tp_extra"), ("scenery", "tp_trip_done")]

SEASON = {"Sanya": [1.6, 1.9, 1.3, 1.0, 0.9, 0.6, 0.9, 0.9, 0.5, 1.1, 1.0, 1.2],
          "Phuket": [1.6, 1.5, 1.3, 1.1, 0.6, 0.5, 0.6, 0.6, 0.4, 0.6, 1.2, 1.6]}


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def season(city, d: datetime) -> float:
    s = SEASON[city][d.month - 1]
    if city == "Sanya" and ((d.month == 10 and d.day <= 7) or (datetime(2025, 1, 25) <= d <= datetime(2025, 2, 8))
                            or (datetime(2026, 2, 13) <= d <= datetime(2026, 2, 27))):
        s *= 1.6                                                    # golden week / Spring Festival
    return s


def no_go_p(city, d: datetime) -> tuple[float, list, list]:
    if city == "Phuket":
        if 5 <= d.month <= 10:
            return 0.27, ["monsoon_swell", "thunderstorm", "strong_wind"], [0.6, 0.25, 0.15]
        return 0.045, ["strong_wind", "thunderstorm"], [0.6, 0.4]
    if TYPHOON[0] <= d < TYPHOON[1]:
        return 1.0, ["typhoon"], [1.0]
    if 8 <= d.month <= 10:
        return 0.11, ["typhoon", "strong_wind", "thunderstorm"], [0.5, 0.3, 0.2]
    if d.month in (12, 1):
        return 0.08, ["strong_wind"], [1.0]
    return 0.04, ["strong_wind", "thunderstorm"], [0.6, 0.4]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action,
                   device=c["device"] if tp in ("tp_enquiry", "tp_deposit", "tp_extra", "tp_balance", "tp_review",
                                                "tp_rebook", "tp_refund_request") else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bid, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"YO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel=c["channel"], device=c["device"], order_type=otype, 订单类型=OTYPE[otype],
                   booking_id=bid)
        for k in ("city", "城市", "marina_id", "marina", "marina_en", "trip_type", "行程类型", "boat_size", "游艇尺寸",
                  "captain", "船长", "pax"):
            row[k] = common.get(k)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, sid=None, platform=None, lang=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = lang or c["lang"]
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, platform=platform, booking_id=sid)
        if common:
            for k in ("city", "城市", "marina_id", "marina", "marina_en", "captain", "船长", "boat_size", "游艇尺寸",
                      "trip_type", "行程类型"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 4, 28):
            g = 0.7 + 0.6 * (d - START).days / 575
            days.append((d, g * (0.62 * season("Sanya", d) + 0.38 * season("Phuket", d))))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            region = pick(list(REGIONS), [v[1] for v in REGIONS.values()])
            en = rng.random() < REGIONS[region][2]
            # where they want to go, weighted by that city's season
            p_sy = (0.80 if not en else 0.20)
            ws, wp = p_sy * season("Sanya", t), (1 - p_sy) * season("Phuket", t)
            city = "Sanya" if rng.random() < ws / (ws + wp) else "Phuket"
            if en:
                ch = pick(["website", "ota", "wechat"], [0.42, 0.50, 0.08])
            else:
                ch = pick(["wechat", "ota", "website"], [0.55, 0.32, 0.13])
            ota = None
            if ch == "ota":
                ota = pick(list(OTA), [0.1, 0.4, 0.5] if en else [0.85, 0.15, 0.0])
            ctype = pick(list(CTYPES), [0.34, 0.28, 0.27, 0.11] if en else [0.30, 0.34, 0.22, 0.14])
            self.cust.append(dict(customer_id=f"YC{i + 1:05d}", signup=t, region=region, lang="en" if en else "zh",
                                  city=city, channel=ch, ota=ota, ctype=ctype,
                                  device=pick(["ios", "android", "pc"], [0.5, 0.35, 0.15] if ch != "website"
                                              else [0.35, 0.2, 0.45]),
                                  age=pick(["18-25", "26-35", "36-45", "46-55", "56+"], [0.12, 0.38, 0.30, 0.13, 0.07]),
                                  spend=0.0, trips=0, deposits=0, first_trip=None, last_trip=None, open_booking=False))

    # ---------- one booking case ----------
    def case(self, c, t0, city, repeat=False):
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        ct = c["ctype"]
        pax = {"couple": 2, "family": int(rng.integers(3, 8)), "friends": int(rng.integers(4, 11)),
               "corporate": int(rng.integers(10, 31))}[ct]
        tw = {"couple": [0.35, 0.15, 0.45, 0.05], "family": [0.5, 0.4, 0.1, 0.0],
              "friends": [0.4, 0.4, 0.15, 0.05], "corporate": [0.3, 0.5, 0.2, 0.0]}[ct]
        if city == "Sanya":
            tw = tw[:3] + [0.0]
        trip = pick(list(TRIPS), tw)
        if pax >= 15:
            size = "large"
        elif pax >= 7:
            size = pick(["medium", "large"], [0.75, 0.25])
        else:
            size = pick(["small", "medium", "large"], [0.62, 0.33, 0.05])
        if trip == "overnight" and size == "small":
            size = "medium"
        ms = [m for m in MARINAS if m[1] == city]
        marina = pick(ms, [m[4] for m in ms])
        boat = next(b for b in BOATS if b[1] == marina[0] and b[4] == size)
        caps = [x for x in CAPTAINS if x[1] == marina[0]]
        cap = pick(caps, [x[4] for x in caps])
        common = dict(city=city, 城市=CITIES[city], marina_id=marina[0], marina=marina[2], marina_en=marina[3],
                      trip_type=trip, 行程类型=TRIPS[trip][0], pax=pax)
        boatc = dict(boat_id=boat[0], boat_name=boat[2], boat_name_en=boat[3], boat_size=size, 游艇尺寸=SIZES[size],
                     boat_length_ft=boat[5], captain_id=cap[0], captain=cap[2], 船长=cap[3])
        lead = {"couple": 9, "family": 12, "friends": 10, "corporate": 28}[ct] * (1.8 if c["lang"] == "en" else 1.0)
        t_trip_day = t0 + D(days=float(min(80, rng.exponential(lead) + 1.5)))
        # enquiry
        self.ev(c, t0, "tp_enquiry", bid, "message", common, channel=c["channel"],
                ota_platform=c["ota"])
        # quote
        if rng.random() > {"wechat": 0.93, "website": 0.80, "ota": 0.90}[c["channel"]]:
            return None
        med = {"wechat": 0.35, "website": 9.0, "ota": 2.0}[c["channel"]]
        t_q = t0 + D(hours=float(min(96, rng.lognormal(np.log(med), 0.7))))
        price = TRIPS[trip][3][["small", "medium", "large"].index(size)]
        quote = round(price * (0.9 if city == "Phuket" else 1.0) * float(rng.uniform(0.94, 1.04)) / 10) * 10
        common_b = dict(common, **boatc)
        self.ev(c, t_q, "tp_quote", bid, "sent", common_b, quote_amount=quote)
        p_dep = {"wechat": 0.55, "website": 0.43, "ota": 0.27}[c["channel"]]
        p_dep += {"corporate": 0.12, "couple": 0.0, "family": 0.03, "friends": -0.04}[ct]
        if repeat:
            p_dep += 0.2
        dep_share = 0.5 if ct == "corporate" else 0.3
        deposit = round(quote * dep_share / 10) * 10
        if rng.random() > p_dep:
            if rng.random() < 0.30:   # deposit link sent, never paid, expired after 72 h
                self.order(c, t_q + D(hours=float(rng.uniform(0.5, 30))), deposit, "deposit", bid, common_b,
                           status="cancelled", cancelled_at=ts(t_q + D(hours=72)), quote_amount=quote)
            return None
        t_d = t_q + D(hours=float(min(rng.exponential(30) + 0.2, max(1.0, (t_trip_day - t_q).total_seconds() / 3600 - 20))))
        if ct == "corporate":
            pm = "bank_transfer"
        elif c["channel"] == "ota":
            pm = "ota_prepaid"
        elif c["lang"] == "en":
            pm = pick(["card", "wechat_pay", "alipay"], [0.8, 0.1, 0.1])
        else:
            pm = pick(["wechat_pay", "alipay"], [0.72, 0.28])
        pay = dict(payment_method=pm, 支付方式=PAY[pm])
        if not self.ev(c, t_d, "tp_deposit", bid, "paid", common_b, amount=deposit, quote_amount=quote, **pay):
            return None
        c["deposits"] += 1
        dep_order = self.order(c, t_d, deposit, "deposit", bid, common_b, quote_amount=quote, **pay)
        c["spend"] += deposit
        # extras prepaid
        extras = []
        p_div = (0.42 if trip == "full_day" else 0.25) if city == "Phuket" else (0.22 if trip == "full_day" else 0.10)
        if trip == "sunset":
            p_div = 0.0
        p_photo = {"couple": 0.55, "family": 0.22, "friends": 0.14, "corporate": 0.30}[ct]
        p_cat = {"corporate": 0.72, "family": 0.30, "friends": 0.30, "couple": 0.22}[ct] + (0.15 if trip != "sunset" and trip != "half_day" else 0)
        for ex, p in (("diving", p_div), ("photography", p_photo), ("catering", p_cat)):
            if rng.random() < p:
                if ex == "diving":
                    n = min(pax, int(rng.integers(1, 5)) if ct != "couple" else 2)
                    amt = n * (680 if city == "Phuket" else 580)
                elif ex == "photography":
                    amt = 1480 if city == "Phuket" else 1280
                else:
                    amt = pax * (128 if trip == "sunset" else 168)
                te = t_d + D(minutes=float(rng.uniform(1, 20)))
                if self.ev(c, te, "tp_extra", bid, "added", common_b, extra_type=ex, 增值项目=EXTRAS[ex], amount=amt, **pay):
                    o = self.order(c, te, amt, "extra", bid, common_b, extra_type=ex, 增值项目=EXTRAS[ex], **pay)
                    extras.append((ex, o))
                    c["spend"] += amt
        # customer cancels (deposit refunded when > 7 days before the trip)
        if rng.random() < 0.04:
            t_c = t_d + D(days=float(rng.uniform(0.5, max(1.0, (t_trip_day - t_d).days))))
            if t_c < t_trip_day - D(days=7):
                self.refund(c, t_c, bid, common_b, "customer_cancel", dep_order, extras, city)
            return None
        bad, topics_weather = set(), False
        tday = max(t_trip_day, t_d + D(days=1))
        dep_h = TRIPS[trip][2] if TRIPS[trip][2] is not None else float(pick([9.0, 13.5], [0.6, 0.4]))
        for attempt in range(3):
            tday = datetime(tday.year, tday.month, tday.day)
            t_w = tday - D(days=1) + D(hours=float(rng.uniform(17, 20)))
            if attempt == 0:
                t_w = max(t_w, t_d + D(minutes=float(rng.uniform(20, 60))))
            p, rs, rw = no_go_p(city, tday)
            nogo = rng.random() < p
            if nogo:
                r = pick(rs, rw)
                wind = round(float(rng.uniform(22, 45) if r != "thunderstorm" else rng.uniform(12, 25)), 0)
                wave = round(float(rng.uniform(2.0, 4.5) if r in ("monsoon_swell", "typhoon") else rng.uniform(1.2, 2.5)), 1)
            else:
                r = None
                monsoon = city == "Phuket" and 5 <= tday.month <= 10
                wind = round(float(rng.uniform(8, 20) if monsoon else rng.uniform(4, 15)), 0)
                wave = round(float(rng.uniform(1.0, 2.0) if monsoon else rng.uniform(0.3, 1.0)), 1)
            if not self.ev(c, t_w, "tp_weather_check", bid, "no_go" if nogo else "go", common_b,
                           trip_date=tday.strftime("%Y-%m-%d"), weather_decision="no_go" if nogo else "go",
                           weather_reason=r, 天气原因=REASONS[r] if r else None, wind_knots=wind, wave_height_m=wave):
                c["open_booking"] = True
                return None
            if not nogo:
                break
            topics_weather = True
            p_rebook = ((0.62 if city == "Sanya" else 0.38) if attempt == 0 else 0.25) if attempt < 2 else 0.0
            t_x = t_w + D(minutes=float(rng.uniform(10, 180)))
            if rng.random() < p_rebook:
                tday = tday + D(days=float(rng.integers(1, 5)))
                self.ev(c, t_x, "tp_rebook", bid, "rebook", common_b, trip_date=tday.strftime("%Y-%m-%d"),
                        weather_reason=r, 天气原因=REASONS[r])
                continue
            self.refund(c, t_x, bid, common_b, "weather", dep_order, extras, city, reason=r)
            return None
        else:
            return None
        # boarding
        no_show = rng.random() < (0.075 if c["channel"] == "ota" else 0.015)
        if no_show:
            return None
        t_dep = tday + D(hours=dep_h)
        late = cap[0] == "CAP06"
        delay = float(max(0.0, rng.normal(40, 15) if late else rng.normal(7, 6)))
        t_b = t_dep + D(minutes=delay)
        if not self.ev(c, t_b, "tp_boarding", bid, "boarded", common_b, trip_date=tday.strftime("%Y-%m-%d"),
                       delay_minutes=round(delay, 0), guests=pax):
            c["open_booking"] = True
            return None
        if delay > 30 and rng.random() < 0.55:
            bad.add("late")
        monsoon = city == "Phuket" and 5 <= tday.month <= 10
        p_cut = {"small": 0.26, "medium": 0.09, "large": 0.04}[size] if monsoon else 0.03
        cut = rng.random() < p_cut
        hours = TRIPS[trip][1]
        cut_r = None
        if cut:
            cut_r = pick(["seasickness", "sea_state", "guest_request"], [0.55, 0.35, 0.10] if monsoon else [0.3, 0.2, 0.5])
            hours = round(hours * float(rng.uniform(0.35, 0.7)), 1)
            if cut_r != "guest_request" or rng.random() < 0.3:
                bad.add("seasick")
        elif monsoon and size == "small" and rng.random() < 0.18:
            bad.add("seasick")
        t_end = t_b + D(hours=hours)
        if not self.ev(c, t_end, "tp_trip_done", bid, "cut_short" if cut else "completed", common_b,
                       trip_date=tday.strftime("%Y-%m-%d"), trip_hours=hours, cut_short_reason=cut_r,
                       提前返航原因=CUT_R[cut_r] if cut_r else None):
            c["open_booking"] = True
            return None
        c["trips"] += 1
        c["first_trip"] = c["first_trip"] or t_end
        c["last_trip"] = t_end
        # onboard extras (drinks / catering / photos added on the boat)
        if rng.random() < 0.07:
            ex = pick(["catering", "photography"], [0.75, 0.25])
            amt = pax * 98 if ex == "catering" else (1480 if city == "Phuket" else 1280)
            t_o = t_b + D(minutes=float(rng.uniform(20, 90)))
            if not any(e == ex for e, _ in extras):
                self.ev(c, t_o, "tp_extra", bid, "added_onboard", common_b, extra_type=ex, 增值项目=EXTRAS[ex],
                        amount=amt)
                o = self.order(c, t_o, amt, "extra", bid, common_b, extra_type=ex, 增值项目=EXTRAS[ex],
                               payment_method="card" if c["lang"] == "en" else "wechat_pay",
                               支付方式="信用卡" if c["lang"] == "en" else "微信支付")
                extras.append((ex, o))
                c["spend"] += amt
        # balance
        surcharge = round(quote * 0.08 / 10) * 10 if (city == "Sanya" and tday >= SURCHARGE_FROM) else 0
        goodwill = round((quote - deposit) * 0.3 / 10) * 10 if cut else 0
        bal = quote - deposit + surcharge - goodwill
        if ct == "corporate":
            t_bal = t_end + D(days=float(rng.uniform(4, 25)))
        elif c["channel"] == "ota":
            t_bal = t_end + D(minutes=float(rng.uniform(15, 120)))
        else:
            t_bal = t_end + D(minutes=float(rng.uniform(5, 90)))
        if self.ev(c, t_bal, "tp_balance", bid, "paid", common_b, amount=bal, quote_amount=quote,
                   fuel_surcharge=surcharge, goodwill_discount=goodwill, **pay):
            self.order(c, t_bal, bal, "balance", bid, common_b, quote_amount=quote, fuel_surcharge=surcharge,
                       goodwill_discount=goodwill, **pay)
            c["spend"] += bal
            if surcharge and rng.random() < 0.2:
                bad.add("hidden_fee")
        else:
            c["open_booking"] = True
        # photos
        if any(e == "photography" for e, _ in extras):
            slow = city == "Phuket" and PHOTO_OUTSOURCED[0] <= tday < PHOTO_OUTSOURCED[1]
            days = float(rng.lognormal(np.log(9.5 if slow else 1.4), 0.35))
            t_p = t_end + D(days=days)
            self.ev(c, t_p, "tp_photo", bid, "delivered", common_b, photo_count=int(rng.integers(40, 160)),
                    delivery_days=round(days, 1))
            if days > 5 and rng.random() < 0.6:
                bad.add("photo_slow")
        # language barrier
        if c["lang"] == "zh" and city == "Phuket" and cap[0] not in CHINESE_CAPTAINS:
            if rng.random() < (0.16 if tday < MANDARIN_GUIDE else 0.02):
                bad.add("language")
        if c["lang"] == "en" and city == "Sanya" and rng.random() < 0.10:
            bad.add("language")
        if c["channel"] == "website" and (t_q - t0).total_seconds() > 12 * 3600 and rng.random() < 0.25:
            bad.add("slow_reply")
        topics = [x for x in ("seasick", "late", "hidden_fee", "photo_slow", "language", "slow_reply") if x in bad]
        if topics_weather and rng.random() < 0.25:
            topics.append("weather")
        if rng.random() < 0.05:
            topics.append("pricey")
        good = []
        if cap[0] == "CAP01" and rng.random() < 0.45 and "late" not in bad:
            good.append("captain")
        elif cap[0] != "CAP06" and rng.random() < 0.06:
            good.append("captain")
        if any(e == "diving" for e, _ in extras) and "seasick" not in bad and rng.random() < 0.3:
            good.append("diving")
        if any(e == "catering" for e, _ in extras) and rng.random() < 0.22:
            good.append("food")
        if not bad and rng.random() < 0.2:
            good.append("scenery")
        neg = bool(set(topics) & NEG_TOPICS)
        t_r = max(t_end, t_bal if t_bal <= END else t_end) + D(hours=float(rng.uniform(1, 60)))
        # post-trip survey in the mini program / by e-mail: rated 1-5 + NPS
        if rng.random() < (0.58 if neg else 0.45):
            stars = float(pick([5, 4, 3, 2], [0.5, 0.34, 0.12, 0.04]))
            pen = {"seasick": 1.8, "late": 1.6, "hidden_fee": 1.5, "photo_slow": 1.2, "language": 1.0, "weather": 0.4,
                   "pricey": 0.7, "slow_reply": 0.6}
            for x in topics:
                stars -= pen.get(x, 0)
            if cap[0] == "CAP06":
                stars -= 0.6
            elif cap[0] == "CAP01":
                stars += 0.7
            if good and not topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            if self.ev(c, t_r, "tp_review", bid, "rate", common_b, stars=stars):
                nps = int(np.clip(round(rng.normal(4.3 + 1.15 * stars, 1.1)), 0, 10))
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics + good, "post_trip_survey", rating=stars, nps=nps, common=common_b, gen=gen,
                        sid=bid)
        # OTA platform review
        if c["channel"] == "ota" and rng.random() < 0.30:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.35, 0.14, 0.06]))
            for x in topics:
                stars -= 1.8
            if good and not topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r + D(hours=float(rng.uniform(1, 72))), topics + good, "ota_review", rating=stars,
                    common=common_b, gen=gen, undated=rng.random() < 0.25, sid=bid, platform=c["ota"])
        # TripAdvisor (English speakers)
        if c["lang"] == "en" and rng.random() < 0.22:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.3, 0.14, 0.06]))
            for x in topics:
                stars -= 1.9
            if good and not topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r + D(days=float(rng.uniform(0.5, 10))), topics + good, "tripadvisor", rating=stars,
                    common=common_b, gen=gen, undated=rng.random() < 0.35, sid=bid, platform="tripadvisor")
        # Xiaohongshu notes (Chinese speakers, no rating)
        if c["lang"] == "zh" and (topics or good) and rng.random() < 0.20:
            self.fb(c, t_r + D(days=float(rng.uniform(0.2, 6))), topics + good, "xiaohongshu", common=common_b,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.4, sid=None, platform="xiaohongshu")
        # customer-service chat notes about problems
        if "late" in bad and rng.random() < 0.12:
            self.fb(c, t_end + D(hours=2), ["late"], "cs_chat", common=common_b, sid=bid)
        if "photo_slow" in bad and rng.random() < 0.45:
            self.fb(c, t_end + D(days=float(rng.uniform(5, 8))), ["photo_slow"], "cs_chat", common=common_b, sid=bid)
        if "hidden_fee" in bad and rng.random() < 0.25:
            self.fb(c, t_bal + D(hours=1), ["hidden_fee"], "cs_chat", common=common_b, sid=bid)
        return dict(end=t_end)

    def refund(self, c, t_x, bid, common_b, why, dep_order, extras, city, reason=None):
        amt = dep_order["amount"] + sum(o["amount"] for _, o in extras if o and o["status"] == "paid")
        kw = dict(refund_reason=why, 退款原因=REFUND_R[why], refund_amount=amt)
        if reason:
            kw.update(weather_reason=reason, 天气原因=REASONS[reason])
        if not self.ev(c, t_x, "tp_refund_request", bid, "request", common_b, **kw):
            return
        if city == "Phuket":
            med = 9.0 if t_x < PK_REFUND_FIX else 2.2
        else:
            med = 1.3
        days = float(rng.lognormal(np.log(med), 0.4))
        t_r = t_x + D(days=days)
        if self.ev(c, t_r, "tp_refund", bid, "refunded", common_b, refund_days=round(days, 2),
                   payment_method=dep_order.get("payment_method"), 支付方式=dep_order.get("支付方式"), **kw):
            for o in [dep_order] + [o for _, o in extras]:
                if o and o["status"] == "paid":
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)
                    c["spend"] -= o["amount"]
        c_sid = bid
        if why == "weather" and days > 6 and rng.random() < 0.65:
            self.fb(c, t_x + D(days=float(rng.uniform(5, min(days, 12)))), ["refund_slow"], "cs_chat",
                    common=common_b, sid=c_sid)
        elif why == "weather" and rng.random() < 0.1:
            self.fb(c, t_x + D(hours=1), ["weather"], "cs_chat", common=common_b, sid=c_sid)
        if why == "weather" and days > 6 and c["lang"] == "zh" and rng.random() < 0.1:
            self.fb(c, t_r + D(days=1), ["refund_slow"], "xiaohongshu", common=common_b, undated=rng.random() < 0.5,
                    no_customer=rng.random() < 0.4, platform="xiaohongshu")

    def run(self):
        self.customers()
        for c in self.cust:
            t, city = c["signup"], c["city"]
            repeat = False
            for _ in range(4):
                res = self.case(c, t, city, repeat)
                if res is None:
                    # one more enquiry with another date / boat, sometimes
                    if rng.random() < 0.12:
                        t = t + D(days=float(rng.uniform(2, 40)))
                        if t > END:
                            break
                        continue
                    break
                p_back = 0.16 if c["ctype"] != "corporate" else 0.30
                if rng.random() > p_back:
                    break
                t = res["end"] + D(days=float(rng.uniform(20, 320)))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))
                if t > END:
                    break
                repeat = True
                if rng.random() < 0.3:
                    city = "Phuket" if city == "Sanya" else "Sanya"

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "gold" if s >= 30000 else "silver" if s >= 10000 else "regular"
            if c["trips"] == 0:
                seg = "booked" if c["open_booking"] else "prospect"
            elif c["first_trip"] >= datetime(2026, 3, 1):
                seg = "new"
            elif c["trips"] >= 2:
                seg = "repeat"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg,
                             region=c["region"], 客源地=REGIONS[c["region"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]], ota_platform=c["ota"], tier=tier, 会员等级=TIERS[tier],
                             customer_type=c["ctype"], 客群=CTYPES[c["ctype"]], preferred_city=c["city"],
                             意向城市=CITIES[c["city"]], preferred_language=c["lang"], age_band=c["age"],
                             phone_os=c["device"], trips_taken=c["trips"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "ota_platform",
           "city", "城市", "marina_id", "marina", "marina_en", "trip_type", "行程类型", "pax", "boat_id", "boat_name",
           "boat_name_en", "boat_size", "游艇尺寸", "boat_length_ft", "captain_id", "captain", "船长", "quote_amount",
           "amount", "payment_method", "支付方式", "extra_type", "增值项目", "trip_date", "weather_decision",
           "weather_reason", "天气原因", "wind_knots", "wave_height_m", "refund_reason", "退款原因", "refund_amount",
           "refund_days", "delay_minutes", "guests", "trip_hours", "cut_short_reason", "提前返航原因", "fuel_surcharge",
           "goodwill_discount", "photo_count", "delivery_days", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "city", "城市", "marina_id", "marina", "marina_en", "trip_type", "行程类型", "boat_size",
            "游艇尺寸", "captain", "船长", "pax", "extra_type", "增值项目", "quote_amount", "fuel_surcharge",
            "goodwill_discount", "payment_method", "支付方式", "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "platform", "booking_id", "city", "城市", "marina_id", "marina", "marina_en", "captain", "船长", "boat_size",
           "游艇尺寸", "trip_type", "行程类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "客源地", "acquisition_channel", "获客渠道", "ota_platform",
             "tier", "会员等级", "customer_type", "客群", "preferred_city", "意向城市", "preferred_language", "age_band",
             "phone_os", "trips_taken"]


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
    dup = rng.choice(len(ev), size=21, replace=False)             # the booking system re-sends a few webhooks
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
