"""雀友 TileRoom: a chain of 30 self-service mahjong and board-game room stores (自助棋牌室) in six cities, booked
through a WeChat mini program. A player finds us (Meituan / Dianping / a WeChat group / a friend), books a room and a
time block (白天场 daytime, 晚场 evening, 通宵场 overnight package), pays (WeChat Pay, member balance, or a group-buy
voucher bought on Meituan / Dianping / Douyin), scans the QR code to unlock the door (sometimes it fails and customer
service opens it remotely, or the player gives up and is refunded), plays (the automatic mahjong table powers on),
orders snacks and drinks through the app, sometimes extends the booking, leaves and the room is auto-checked out,
a cleaner inspects the room (mess or damage is charged as a cleaning fee), the player rates the room (the rating
invitation is pushed after the inspection) and books again.
Events 2025-01-01 .. 2026-07-31 (the mini program launched on 2025-01-01; the extract was taken at the end of July
2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, about 3 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 5000
ANDROID_BUG = (datetime(2025, 9, 15), datetime(2025, 10, 20))   # mini program 3.8.0: BLE unlock fails on Android
JIANGHAN_NEW_TABLES = datetime(2026, 3, 1)                       # Jianghan Rd replaces its old automatic tables
AIRCON = (datetime(2025, 7, 8), datetime(2025, 9, 1))            # heat wave: aircon breakdowns
APP_VERSIONS = [(datetime(2025, 1, 1), "3.6.2"), (datetime(2025, 5, 12), "3.7.0"), (datetime(2025, 9, 15), "3.8.0"),
                (datetime(2025, 10, 20), "3.8.1"), (datetime(2026, 3, 2), "3.9.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现雀友", "Discover TileRoom", "awareness", "social", "digital", "marketing",
     "发现|找到我们|刷到|看到|美团搜到|点评搜到|群里看到|朋友推荐|discover|found us|first touch"),
    ("tp_book", "预约包间", "Room booked", "consideration", "mini_program", "digital", "store_ops",
     "预约|订房|订包间|下单|选时段|book|booking|reserve|reservation"),
    ("tp_pay", "支付", "Payment", "purchase", "mini_program", "digital", "finance",
     "支付|付款|付钱|团购券|核销|验券|pay|payment|paid|voucher redeemed"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "mini_program", "digital", "store_ops",
     "取消|退订|不去了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退券|refund|money back|refunded"),
    ("tp_unlock_fail", "开门失败", "Unlock failed", "service", "mini_program", "digital", "it",
     "开门失败|开不了门|门打不开|扫码失败|unlock failed|door won't open|unlock error"),
    ("tp_unlock", "扫码开门", "Door unlocked", "service", "mini_program", "digital", "it",
     "开门|扫码开门|远程开门|进门|到店|unlock|door|arrival|check-in"),
    ("tp_play", "开局打牌", "Playing (table on)", "service", "store", "physical", "store_ops",
     "开局|打牌|打麻将|玩桌游|麻将机|包间体验|play|playing|game|mahjong table|in the room"),
    ("tp_snack", "点零食饮料", "Snacks & drinks", "service", "mini_program", "digital", "store_ops",
     "零食|饮料|点单|小卖部|买水|snacks|drinks|food"),
    ("tp_extend", "续时", "Booking extended", "purchase", "mini_program", "digital", "store_ops",
     "续时|续费|加时|延长|extend|extension|extra hour|overtime"),
    ("tp_checkout", "离店结束", "Auto check-out", "service", "mini_program", "digital", "store_ops",
     "离店|结束|退房|自动结束|checkout|check-out|leave|left"),
    ("tp_inspect", "保洁检查", "Room inspection", "service", "store", "physical", "cleaning",
     "保洁|打扫|检查|查房|卫生检查|清洁费|cleaning|cleaner|inspection|room check"),
    ("tp_rate", "评价包间", "Room rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_rebook", "再次预约", "Repeat booking", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来|再次预约|又订|rebook|repeat booking|came back|return visit"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预约下单", "Booking", ["tp_discover", "tp_book", "tp_pay"], 7),
    ("visit", "到店体验", "Room visit", ["tp_pay", "tp_unlock", "tp_play", "tp_checkout"], 14),
    ("aftercare", "离店评价", "After the visit", ["tp_checkout", "tp_inspect", "tp_rate"], 3),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("rebook", "回头客", "Repeat visit", ["tp_checkout", "tp_rebook"], 60),
]
CITIES = {  # en: zh, weight, cleaning vendor, median inspection delay (min)
    "Chengdu": ("成都", 0.31, "净优保洁", 18.0), "Chongqing": ("重庆", 0.23, "闪洁家政", 68.0),
    "Changsha": ("长沙", 0.15, "闪洁家政", 40.0), "Wuhan": ("武汉", 0.15, "净优保洁", 20.0),
    "Hangzhou": ("杭州", 0.11, "净优保洁", 16.0), "Guangzhou": ("广州", 0.05, "净优保洁", 19.0),
}
STORES = [  # id, city, zh, en, opened
    ("R01", "Chengdu", "成都春熙路店", "Chengdu Chunxi Rd", None), ("R02", "Chengdu", "成都宽窄巷子店", "Chengdu Kuanzhai Alley", None),
    ("R03", "Chengdu", "成都玉林店", "Chengdu Yulin", None), ("R04", "Chengdu", "成都高新店", "Chengdu Hi-Tech Zone", None),
    ("R05", "Chengdu", "成都双流店", "Chengdu Shuangliu", None), ("R06", "Chengdu", "成都武侯祠店", "Chengdu Wuhouci", None),
    ("R07", "Chengdu", "成都建设路店", "Chengdu Jianshe Rd", None),
    ("R08", "Chengdu", "成都天府三街店", "Chengdu Tianfu 3rd St", datetime(2025, 4, 1)),
    ("R09", "Chongqing", "重庆解放碑店", "Chongqing Jiefangbei", None), ("R10", "Chongqing", "重庆观音桥店", "Chongqing Guanyinqiao", None),
    ("R11", "Chongqing", "重庆南坪店", "Chongqing Nanping", None), ("R12", "Chongqing", "重庆沙坪坝店", "Chongqing Shapingba", None),
    ("R13", "Chongqing", "重庆杨家坪店", "Chongqing Yangjiaping", None),
    ("R14", "Chongqing", "重庆大学城店", "Chongqing University Town", None),
    ("R15", "Changsha", "长沙五一广场店", "Changsha Wuyi Square", None), ("R16", "Changsha", "长沙梅溪湖店", "Changsha Meixi Lake", None),
    ("R17", "Changsha", "长沙河西店", "Changsha Hexi", None), ("R18", "Changsha", "长沙星沙店", "Changsha Xingsha", datetime(2025, 6, 1)),
    ("R19", "Changsha", "长沙东塘店", "Changsha Dongtang", None),
    ("R20", "Wuhan", "武汉江汉路店", "Wuhan Jianghan Rd", None), ("R21", "Wuhan", "武汉光谷店", "Wuhan Optics Valley", None),
    ("R22", "Wuhan", "武汉楚河汉街店", "Wuhan Han Street", None), ("R23", "Wuhan", "武汉徐东店", "Wuhan Xudong", None),
    ("R24", "Wuhan", "武汉武昌店", "Wuhan Wuchang", None),
    ("R25", "Hangzhou", "杭州西湖店", "Hangzhou West Lake", None), ("R26", "Hangzhou", "杭州滨江店", "Hangzhou Binjiang", None),
    ("R27", "Hangzhou", "杭州武林店", "Hangzhou Wulin", None),
    ("R28", "Hangzhou", "杭州城西店", "Hangzhou Chengxi", datetime(2025, 9, 1)),
    ("R29", "Guangzhou", "广州天河店", "Guangzhou Tianhe", None),
    ("R30", "Guangzhou", "广州北京路店", "Guangzhou Beijing Rd", datetime(2026, 5, 1)),
]
STORE = {s[0]: s for s in STORES}
STORE_WEIGHT = {"R01": 1.4, "R09": 1.4, "R15": 1.3, "R20": 1.6, "R25": 1.3}   # downtown flagships draw more players
OLD_LOCK = {"R09"}                         # Jiefangbei still runs the old KD-100 locks
NEW_STORE = "R30"                          # Beijing Rd: lock gateway not tuned in its first months
OLD_TABLES = {"R20": 0.50, "R22": 0.10, "R07": 0.08}      # old automatic tables (QS-2019): noise
SMOKY = {"R15": 0.32, "R10": 0.07, "R16": 0.05, "R17": 0.05, "R19": 0.05}   # poor ventilation / smokers
AIRCON_STORES = {"R09", "R10", "R11", "R12", "R13", "R14", "R29"}
ROOMS = {  # size: zh, hourly day rate, overnight package
    "small": ("小包", 28, 128), "medium": ("中包", 38, 168), "large": ("大包", 58, 238), "boardgame": ("桌游房", 35, 148)}
BLOCKS = {"daytime": "白天场", "evening": "晚场", "overnight": "通宵场"}
PTYPES = {  # en: zh, weight, room probs (small, medium, large, boardgame), block probs (day, eve, night),
    #          return prob, mean gap days, extension multiplier, mess prob
    "friends": ("朋友局", 0.42, (0.35, 0.33, 0.10, 0.22), (0.20, 0.50, 0.30), 0.72, 18, 1.0, 0.10),
    "colleagues": ("同事局", 0.20, (0.10, 0.35, 0.45, 0.10), (0.10, 0.80, 0.10), 0.66, 24, 0.9, 0.06),
    "family": ("家庭局", 0.23, (0.20, 0.45, 0.30, 0.05), (0.60, 0.35, 0.05), 0.62, 28, 0.7, 0.04),
    "regular_club": ("固定牌友", 0.15, (0.55, 0.40, 0.05, 0.00), (0.65, 0.30, 0.05), 0.92, 7, 1.4, 0.02),
}
AGES = {  # player type -> probabilities over 18-25, 26-35, 36-45, 46-55, 56+
    "friends": (0.45, 0.45, 0.08, 0.02, 0.0), "colleagues": (0.10, 0.52, 0.28, 0.10, 0.0),
    "family": (0.05, 0.31, 0.40, 0.235, 0.005), "regular_club": (0.0, 0.05, 0.14, 0.74, 0.07),
}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]
CHANNELS = {  # en: zh, weight, discover -> book probability
    "meituan": ("美团", 0.34, 0.42), "dianping": ("大众点评", 0.20, 0.60),
    "wechat_group": ("微信群", 0.26, 0.86), "friend": ("朋友推荐", 0.20, 0.80)}
PAY = {"wechat_pay": "微信支付", "voucher": "团购券", "member_balance": "会员储值"}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "diamond": "钻石卡"}
RESULTS = {"ok": "正常", "mess": "脏乱", "damage": "损坏"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "unlock_fail": (["到了门口扫码开不了门，在走廊等了半天", "门打不开，打客服电话好久才远程开的", "开门失败好几次，朋友都在门口站着",
                     "小程序开门一直失败，蓝牙连不上", "又开不了门！这个锁到底行不行"],
                    ["couldn't unlock the door with the app, we waited outside for ages",
                     "the door wouldn't open and support took forever to answer the phone",
                     "unlock failed three times before someone opened it remotely"]),
    "smoke": (["房间里一股烟味，熏得人头疼", "烟味太重了，带孩子的别来", "通风不好，进去全是烟味", "上一桌抽了很多烟，烟味散不掉"],
              ["the room smelled of smoke", "really smoky room, the ventilation is bad", "stank of cigarettes"]),
    "noise": (["自动麻将机洗牌声音太大，聊天都听不清", "麻将机太吵了，嗡嗡响一晚上", "机器噪音很大，像拖拉机", "麻将机太吵，洗牌咔咔响"],
              ["the automatic table was so noisy we could barely talk", "the mahjong machine is really loud when shuffling",
               "constant noise from the table"]),
    "aircon": (["空调坏了，热得打不下去", "空调不制冷，开了跟没开一样", "空调一直不工作，跟前台说了也没人修"],
               ["the aircon was broken, way too hot", "air conditioning wasn't working at all"]),
    "clean": (["包间很干净，私密性也好", "环境干净又私密，适合家庭聚会", "卫生打扫得很干净，隔音也不错", "房间干净整洁，下次还来"],
              ["clean and private, exactly what we wanted", "spotless room, very private", "clean and private, great for a family game"]),
    "cleaning_fee": (["被扣了50块清洁费，莫名其妙", "清洁费收得不合理，我们走的时候明明收拾过了", "无缘无故扣清洁费，申诉也没人理"],
                     ["we were charged a cleaning fee for no reason", "unfair cleaning fee, we tidied up before leaving"]),
    "refund_slow": (["团购券退款到现在还没到账", "取消了五天了退款还没到账", "退款太慢了，美团那边说在处理"],
                    ["my voucher refund still hasn't arrived", "the refund is taking forever"]),
    "snacks_pricey": (["小程序里的零食饮料太贵了", "一瓶水比外面贵一倍", "零食太贵，下次自己带"],
                      ["the snacks are overpriced", "drinks cost twice as much as in the shop next door"]),
}
GEN = {
    "pos": (["体验不错，下次还来", "预约很方便，性价比高", "朋友聚会的好地方，推荐", "自助很方便，不用跟前台打交道", "打得很尽兴"],
            ["great place for a game night", "easy to book and good value", "nice room, we'll be back"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的", "价格还可以，环境普通"],
            ["it was ok", "average experience, nothing special"]),
    "neg": (["体验一般，不太满意", "这次不太行，有点失望", "性价比不高，不会再来了"],
            ["not great this time", "disappointing, won't come back"]),
}
TOPIC_TP = [("unlock_fail", "tp_unlock"), ("refund_slow", "tp_refund"), ("cleaning_fee", "tp_inspect"),
            ("aircon", "tp_play"), ("smoke", "tp_play"), ("noise", "tp_play"), ("snacks_pricey", "tp_snack"),
            ("clean", "tp_play")]
NEG_TOPICS = {"unlock_fail", "smoke", "noise", "aircon", "cleaning_fee", "refund_slow", "snacks_pricey"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    m = 1.0
    if datetime(2025, 1, 22) <= d < datetime(2025, 2, 10) or datetime(2026, 2, 10) <= d < datetime(2026, 3, 2):
        m = 2.2                                     # Spring Festival
    elif datetime(2025, 10, 1) <= d < datetime(2025, 10, 8):
        m = 1.7                                     # National Day golden week
    elif d.month in (7, 8):
        m = 1.25                                    # summer holidays
    elif d.month in (3, 11):
        m = 0.85
    return m


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def open_stores(city: str, t: datetime):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"room": "包间费", "extension": "续时费", "snacks": "零食饮料", "cleaning_fee": "清洁费"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=zh,
                   booking_id=bk["id"])
        for k in ("store_id", "store", "store_en", "store_city", "门店城市", "room_size", "包间类型", "time_block", "时段"):
            row[k] = bk["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, bk=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts)
        text = text + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and ("clean" in topics or gen == "pos")
        senti = "neg" if neg else ("pos" if pos else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市", "room_size", "包间类型", "time_block", "时段"):
                row[k] = bk["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 7, 25):
            growth = 0.55 + 0.9 * (d - START).days / 570
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        cities = list(CITIES)
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(9, 23.5)))
            city = pick(cities, [CITIES[x][1] for x in cities])
            stores = open_stores(city, t)
            if city == "Guangzhou" and len(stores) > 1:
                home = STORE[NEW_STORE] if rng.random() < 0.45 else stores[0]
            else:
                home = pick(stores, [STORE_WEIGHT.get(s[0], 1.0) for s in stores])
            ptype = pick(list(PTYPES), [p[1] for p in PTYPES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            age = pick(AGE_BANDS, AGES[ptype])
            en_share = 0.25 if city in ("Hangzhou", "Guangzhou") else 0.07
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", discover=t, city=city, home=home[0], ptype=ptype, channel=ch, age=age,
                gender=pick(["female", "male"], [0.46, 0.54]), device=pick(["ios", "android"], [0.45, 0.55]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh", spend=0.0, paid=0, visits=[],
                first_pay=None, last_visit=None))

    # ---------- one booking ----------
    def booking(self, c, t_book: datetime, n_prev: int):
        p = PTYPES[c["ptype"]]
        stores = open_stores(c["city"], t_book)
        home = STORE[c["home"]]
        store = home if (rng.random() < 0.85 or len(stores) == 1) else stores[int(rng.integers(len(stores)))]
        if c["city"] == "Guangzhou" and t_book >= STORE[NEW_STORE][4] and rng.random() < 0.25:
            store = STORE[NEW_STORE]
        size = pick(list(ROOMS), p[2])
        block = pick(list(BLOCKS), p[3])
        older = c["age"] == "56+"
        if older:
            block = "daytime"
        # start time
        day = datetime(t_book.year, t_book.month, t_book.day) + D(days=int(pick([0, 1, 2, 3], [0.5, 0.25, 0.15, 0.1])))
        for _ in range(5):
            hour = {"daytime": float(rng.integers(10, 16)), "evening": float(rng.integers(18, 22)),
                    "overnight": 23.0}[block]
            start = day + D(hours=hour)
            if start >= t_book + D(minutes=30):
                break
            day += D(days=1)
        hours = {"daytime": int(rng.integers(3, 6)), "evening": int(rng.integers(3, 5)), "overnight": 9}[block]
        if older:
            hours = int(rng.integers(5, 8))
        rz = ROOMS[size]
        if block == "overnight":
            base = rz[2]
        else:
            base = rz[1] * hours * (1.3 if block == "evening" else 1.0)
        # payment method
        if n_prev == 0 and c["channel"] in ("meituan", "dianping"):
            voucher = rng.random() < (0.75 if c["channel"] == "meituan" else 0.6)
        else:
            voucher = rng.random() < (0.4 if c["channel"] == "meituan" else 0.1)
        if voucher:
            pm = "voucher"
            vp = c["channel"] if c["channel"] in ("meituan", "dianping") and rng.random() < 0.85 else "douyin"
            amount = round(base * 0.75)
        else:
            pm = "member_balance" if (n_prev >= 3 and rng.random() < 0.45) else "wechat_pay"
            vp = None
            amount = round(base)
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        party = {"small": int(rng.integers(3, 5)), "medium": int(rng.integers(4, 7)), "large": int(rng.integers(6, 11)),
                 "boardgame": int(rng.integers(3, 9))}[size]
        city_zh = CITIES[store[1]][0]
        common = dict(device=c["device"], app_version=app_version(t_book), store_id=store[0], store=store[2],
                      store_en=store[3], store_city=store[1], 门店城市=city_zh, room_id=f"{store[0]}-{size[0].upper()}"
                      f"{int(rng.integers(1, 3))}", room_size=size, 包间类型=rz[0], time_block=block, 时段=BLOCKS[block],
                      payment_method=pm, 支付方式=PAY[pm], voucher_platform=vp, party_size=party,
                      lock_model="KD-100" if store[0] in OLD_LOCK else "SmartLock S3")
        bk = dict(id=bid, common=common)
        if n_prev > 0:
            self.ev(c, t_book, "tp_rebook", bid, "rebook", bk, channel="mini_program")
        self.ev(c, t_book, "tp_book", bid, "submit", bk, channel="mini_program", hours=hours,
                booking_start=ts(start))
        # pay
        if rng.random() > 0.9:
            return None                              # submitted, never paid (15-minute hold expired)
        t_pay = t_book + D(minutes=float(rng.lognormal(np.log(2.5), 0.7)))
        channel = vp if voucher else "mini_program"
        self.ev(c, t_pay, "tp_pay", bid, "success", bk, channel=channel, amount=amount, hours=hours)
        room_order = self.order(c, t_pay, amount, "room", bk, payment_method=pm, 支付方式=PAY[pm],
                                voucher_platform=vp, hours=hours, channel=channel)
        c["paid"] += 1
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        # cancellation
        if rng.random() < 0.05:
            t_c = t_pay + (start - t_pay) * float(rng.uniform(0.1, 0.9))
            self.ev(c, t_c, "tp_cancel", bid, "cancel", bk, channel="mini_program")
            if voucher:
                med = {"meituan": 4.5, "dianping": 3.2, "douyin": 1.8}[vp]
                t_r = t_c + D(days=float(rng.lognormal(np.log(med), 0.45)))
            else:
                t_r = t_c + D(minutes=float(rng.uniform(1, 20)))
            self.refund(c, bk, t_r, amount, room_order, "customer_cancelled")
            if voucher and (t_r - t_c).days >= 3 and rng.random() < 0.5:
                self.fb(c, t_c + D(days=3, hours=float(rng.uniform(0, 20))), ["refund_slow"], "ticket", bk=bk)
            return dict(bad=True, voucher=voucher, end=t_c)
        # unlock
        t_arr = start + D(minutes=float(rng.uniform(-10, 15)))
        p_fail = 0.035
        err = "QR_EXPIRED"
        if c["device"] == "android" and ANDROID_BUG[0] <= t_arr < ANDROID_BUG[1]:
            p_fail, err = 0.40, "BLE_TIMEOUT"
        if store[0] in OLD_LOCK:
            p_fail, err = max(p_fail, 0.20), "LOCK_OFFLINE" if p_fail < 0.20 else err
        if store[0] == NEW_STORE and t_arr < datetime(2026, 8, 1):
            p_fail, err = max(p_fail, 0.42), "GATEWAY_OFFLINE"
        failed = rng.random() < p_fail
        t = t_arr
        if failed:
            n_fail = 1 + int(rng.geometric(0.55)) - 1
            for _ in range(n_fail):
                self.ev(c, t, "tp_unlock_fail", bid, "fail", bk, channel="mini_program", error_code=err)
                t += D(minutes=float(rng.uniform(0.5, 2.5)))
            r = rng.random()
            if r < 0.12:                               # gave up: refunded
                t_r = t + D(minutes=float(rng.uniform(15, 60)))
                self.refund(c, bk, t_r, amount, room_order, "unlock_failed")
                if rng.random() < 0.6:
                    self.fb(c, t_r + D(minutes=10), ["unlock_fail"], "ticket", bk=bk)
                return dict(bad=True, voucher=voucher, end=t_r, unlock_fail=True)
            if r < 0.5:
                t += D(minutes=float(rng.uniform(1, 4)))
                action = "scan_success"
            else:
                med = 16.0 if err == "BLE_TIMEOUT" else 9.0
                t += D(minutes=float(rng.lognormal(np.log(med), 0.5)))
                action = "remote_unlock"
            if rng.random() < 0.35:
                self.fb(c, t + D(minutes=5), ["unlock_fail"], "ticket", bk=bk)
        else:
            action = "scan_success"
        self.ev(c, t, "tp_unlock", bid, action, bk, channel="mini_program")
        t_play = t + D(minutes=float(rng.uniform(1, 6)))
        self.ev(c, t_play, "tp_play", bid, "table_on", bk, device=None, channel="store",
                table_model=("QS-2019" if store[0] in OLD_TABLES and not (store[0] == "R20" and t_play >=
                             JIANGHAN_NEW_TABLES) else "QS-2024") if size != "boardgame" else None)
        end_t = start + D(hours=hours)
        # snacks
        lam = {"daytime": 0.45, "evening": 0.9, "overnight": 1.4}[block]
        snack_total = 0.0
        for _ in range(int(rng.poisson(lam))):
            ts_ = t_play + (end_t - t_play) * float(rng.uniform(0.05, 0.9))
            amt = float(rng.choice([12, 15, 18, 25, 28, 36, 45, 58, 68, 88]))
            self.ev(c, ts_, "tp_snack", bid, "order", bk, channel="mini_program", amount=amt)
            self.order(c, ts_, amt, "snacks", bk, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
            snack_total += amt
        # extension
        p_ext = {"daytime": 0.13, "evening": 0.34, "overnight": 0.04}[block] * p[6]
        ext = 0
        if rng.random() < p_ext:
            ext = int(pick([1, 2], [0.65, 0.35]))
            t_e = end_t - D(minutes=float(rng.uniform(3, 20)))
            rate_h = rz[1] * (1.3 if block == "evening" else 1.0)
            self.ev(c, t_e, "tp_extend", bid, "extend", bk, channel="mini_program", hours=ext,
                    amount=round(rate_h * ext))
            self.order(c, t_e, round(rate_h * ext), "extension", bk, payment_method="wechat_pay",
                       支付方式=PAY["wechat_pay"], hours=ext)
            end_t += D(hours=ext)
        t_out = end_t - D(minutes=float(rng.uniform(0, 25)))
        self.ev(c, t_out, "tp_checkout", bid, "auto_checkout", bk, channel="mini_program", hours=hours + ext)
        c["spend"] += amount + snack_total
        c["visits"].append(t_out)
        c["last_visit"] = t_out
        # inspection
        med = CITIES[store[1]][3]
        if block == "overnight":
            med *= 0.8
        t_in = t_out + D(minutes=float(max(3.0, rng.lognormal(np.log(med), 0.55))))
        pm_mess = p[7] * {"daytime": 0.7, "evening": 1.0, "overnight": 3.0}[block]
        r = rng.random()
        res = "damage" if r < 0.012 else ("mess" if r < 0.012 + pm_mess else "ok")
        vendor = CITIES[store[1]][2]
        self.ev(c, t_in, "tp_inspect", bid, "inspected" if res == "ok" else "issue_reported", bk, device=None,
                channel="store", inspect_result=res, 检查结果=RESULTS[res], cleaner_vendor=vendor)
        fee = False
        if res != "ok":
            amt = 50 if res == "mess" else float(rng.choice([150, 200, 300]))
            self.order(c, t_in + D(minutes=5), amt, "cleaning_fee", bk, payment_method="wechat_pay",
                       支付方式=PAY["wechat_pay"])
            fee = True
            if rng.random() < 0.2:
                self.fb(c, t_in + D(hours=float(rng.uniform(1, 20))), ["cleaning_fee"], "ticket", bk=bk)
        # experience
        topics = []
        if failed:
            topics.append("unlock_fail")
        if fee and rng.random() < 0.5:
            topics.append("cleaning_fee")
        if AIRCON[0] <= start < AIRCON[1]:
            if rng.random() < (0.36 if store[0] in AIRCON_STORES else 0.015):
                topics.append("aircon")
        p_smoke = SMOKY.get(store[0], 0.005 if store[1] == "Hangzhou" else 0.02) * (2.2 if block == "overnight" else 1.0)
        if rng.random() < p_smoke:
            topics.append("smoke")
        if size != "boardgame":
            p_noise = OLD_TABLES.get(store[0], 0.008)
            if store[0] == "R20" and start >= JIANGHAN_NEW_TABLES:
                p_noise = 0.008
            if rng.random() < p_noise:
                topics.append("noise")
        if snack_total > 0 and rng.random() < 0.05:
            topics.append("snacks_pricey")
        bad = bool(topics)
        p_clean = 0.70 if store[1] == "Hangzhou" else 0.10
        if not ({"smoke", "aircon", "noise"} & set(topics)) and rng.random() < p_clean:
            topics.append("clean")
        # rating (invitation pushed after the inspection)
        p_rate = 0.5 if failed else (0.4 if bad else (0.3 if "clean" in topics else 0.2))
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.47, 0.38, 0.11, 0.04]))
            pen = {"unlock_fail": 2.6, "smoke": 2.0, "noise": 1.5, "aircon": 2.2, "cleaning_fee": 1.8,
                   "snacks_pricey": 0.6}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "clean" in topics:
                stars = (5.0 if rng.random() < 0.8 else 4.0) if not bad else stars + 1.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_in + D(minutes=float(rng.lognormal(np.log(150), 1.0)))
            self.ev(c, t_r, "tp_rate", bid, "rate", bk, channel="mini_program", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, bk=bk, gen=gen)
        if voucher and vp in ("meituan", "dianping") and rng.random() < 0.16:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.38, 0.12, 0.05]))
            for k in topics:
                stars -= {"unlock_fail": 2.5, "smoke": 2.0, "noise": 1.5, "aircon": 2.0, "cleaning_fee": 1.5}.get(k, 0)
            if "clean" in topics:
                stars = 5.0 if not bad else stars + 1.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_out + D(hours=float(rng.uniform(2, 48))), topics, f"{vp}_review", rating=stars, bk=bk,
                    gen=gen, undated=(vp == "dianping" and rng.random() < 0.3))
        if rng.random() < 0.04:
            nps = int(np.clip(round(rng.normal(8.2 - 3.0 * bad, 1.6)), 0, 10))
            self.fb(c, t_out + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.03:
            self.fb(c, t_out + D(hours=float(rng.uniform(1, 72))), [k for k in topics if k != "clean"] or topics,
                    "wechat_group", bk=bk, undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return dict(bad=bad or fee, voucher=voucher, end=t_out, unlock_fail=failed)

    def refund(self, c, bk, t_r, amount, room_order, reason):
        self.ev(c, t_r, "tp_refund", bk["id"], "refund", bk, channel=bk["common"]["voucher_platform"] or "mini_program",
                refund_amount=amount, refund_reason=reason,
                退款原因={"customer_cancelled": "顾客取消", "unlock_failed": "开门失败"}[reason])
        if room_order is not None and t_r <= END:
            room_order["status"] = "refunded"
            room_order["refunded_at"] = ts(t_r)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", device=c["device"], channel=c["channel"],
                    app_version=app_version(c["discover"]))
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            if rng.random() < 0.06:
                t = c["discover"] + D(days=float(rng.uniform(8, 40)))
            else:
                t = c["discover"] + D(hours=float(min(150, rng.exponential(20) + 0.2)))
            p = PTYPES[c["ptype"]]
            n = 0
            first_voucher = None
            while t <= END:
                res = self.booking(c, t, n)
                n += 1
                if res is None:
                    # unpaid booking: most try again within days
                    if rng.random() < 0.6:
                        t += D(hours=float(rng.uniform(0.2, 72)))
                        continue
                    break
                if first_voucher is None:
                    first_voucher = res["voucher"] and c["channel"] == "meituan"
                p_ret = p[4]
                if first_voucher:
                    p_ret *= 0.45
                if res.get("unlock_fail"):
                    p_ret *= 0.7
                elif res["bad"]:
                    p_ret *= 0.85
                if c["age"] == "56+":
                    p_ret = 0.95
                if rng.random() > p_ret:
                    break
                gap = 5.0 if c["age"] == "56+" else p[5]
                g = float(rng.exponential(gap) + 0.5)
                g /= max(1.0, season(res["end"] + D(days=g)))        # peaks: people come back sooner
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "diamond" if spend >= 3000 else "gold" if spend >= 1500 else "silver" if spend >= 600 else "regular"
            v = c["visits"]
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 5, 1):
                seg = "new"
            elif not v or v[-1] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif len(v) >= 6:
                seg = "loyal"
            elif len(v) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            city_zh = CITIES[c["city"]][0]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=city_zh, acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                             tier=tier, 会员等级=TIERS[tier], player_type=c["ptype"], 玩家类型=PTYPES[c["ptype"]][0],
                             age_band=c["age"], gender=c["gender"], phone_os=c["device"], home_store_id=c["home"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "store_id", "store", "store_en", "store_city", "门店城市", "room_id", "room_size", "包间类型",
           "time_block", "时段", "payment_method", "支付方式", "voucher_platform", "party_size", "lock_model",
           "booking_start", "hours", "amount", "error_code", "table_model", "inspect_result", "检查结果",
           "cleaner_vendor", "refund_amount", "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "store_id", "store", "store_en", "store_city", "门店城市", "room_size", "包间类型",
            "time_block", "时段", "payment_method", "支付方式", "voucher_platform", "hours", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "store_id", "store", "store_en", "store_city", "门店城市", "room_size", "包间类型", "time_block",
           "时段"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "player_type", "玩家类型", "age_band", "gender", "phone_os", "home_store_id",
             "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=24, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
