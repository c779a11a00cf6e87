"""极光电竞馆 AuroraNet esports cafés: a chain of 9 gaming cafés (网咖 / 电竞馆) in Guangzhou, Shenzhen, Hangzhou and
Chongqing with a member app. A player downloads the app (from a Douyin or Bilibili ad, a campus promoter, a friend's
invite, Meituan, or by scanning the QR code at the front desk), registers, passes the real-name ID check that Chinese
internet cafés must run (实名认证; minors are refused), books a seat in the app (hall 大厅, pro zone 电竞区, duo seats
双人座 or a five-player private room 五连坐包厢; by the hour, a 3-hour package or the night package 包夜) or just walks in,
checks in at the front desk (face scan or ID card), starts the PC, may call the admin for a PC fault (and be moved to
another PC, or end early with a refund), orders food and drinks from the PC client (delivered to the seat), ends the
session, rates it, tops up the wallet (充值送: bonus credit), climbs member tiers, and signs up for the monthly
community tournaments (free cups and paid-entry cups) at four venues.
Data 2025-01-01 .. 2026-07-31 (extract taken in early August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261205
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_NEW = 5600            # app downloads in the period
N_LEGACY = 620         # members from the old membership system (registered and verified before 2025)
ID_BUG = (datetime(2026, 3, 3), datetime(2026, 4, 2))        # Android 4.2.0: new ID-card OCR fails
XIXI_UPGRADE = datetime(2026, 1, 15)                          # Hangzhou Xixi: old RTX 3060 PCs replaced
SZ02_SHORT = datetime(2026, 4, 1)                             # Huaqiangbei: kitchen runner cut, food slow
SZ_PRICE_UP = datetime(2026, 5, 1)                            # Shenzhen prices +20 %
GZ01_TOURNEY_LAG = datetime(2025, 9, 1)                       # Tianhe: bigger brackets on the shared uplink
DOUBLE11 = (datetime(2025, 11, 1), datetime(2025, 11, 12))    # 双11 top-up festival: double bonus
EXP = (datetime(2025, 10, 1), datetime(2026, 1, 1))           # first top-up bonus A/B test
APP_VERSIONS = [(datetime(2024, 11, 1), "4.0.3"), (datetime(2025, 8, 12), "4.1.0"), (datetime(2026, 3, 3), "4.2.0"),
                (datetime(2026, 4, 2), "4.2.1"), (datetime(2026, 6, 10), "4.3.0")]

VENUES = {  # id: en, zh, city, 城市, opened
    "GZ01": ("Tianhe Sports Center", "天河体育中心店", "Guangzhou", "广州", None),
    "GZ02": ("Panyu University Town", "番禺大学城店", "Guangzhou", "广州", None),
    "GZ03": ("Beijing Road", "北京路店", "Guangzhou", "广州", None),
    "SZ01": ("Nanshan Science Park", "南山科技园店", "Shenzhen", "深圳", None),
    "SZ02": ("Huaqiangbei", "华强北店", "Shenzhen", "深圳", None),
    "HZ01": ("Xixi", "西溪店", "Hangzhou", "杭州", None),
    "HZ02": ("Binjiang", "滨江店", "Hangzhou", "杭州", None),
    "CQ01": ("Jiefangbei", "解放碑店", "Chongqing", "重庆", None),
    "CQ02": ("Shapingba", "沙坪坝店", "Chongqing", "重庆", datetime(2026, 2, 1)),
}
CITY_VENUES = {"Guangzhou": (["GZ01", "GZ02", "GZ03"], [0.45, 0.3, 0.25]),
               "Shenzhen": (["SZ01", "SZ02"], [0.55, 0.45]),
               "Hangzhou": (["HZ01", "HZ02"], [0.5, 0.5]),
               "Chongqing": (["CQ01"], [1.0])}
CITY_ZH = {"Guangzhou": "广州", "Shenzhen": "深圳", "Hangzhou": "杭州", "Chongqing": "重庆"}
REGION = {"Guangzhou": "Guangdong", "Shenzhen": "Guangdong", "Hangzhou": "Zhejiang", "Chongqing": "Chongqing"}

CHANNELS = ["douyin", "bilibili", "campus", "referral", "meituan", "walk_in"]
CHANNEL_ZH = {"douyin": "抖音广告", "bilibili": "B站", "campus": "校园推广", "referral": "好友邀请", "meituan": "美团",
              "walk_in": "到店扫码"}
CH_W = [0.27, 0.13, 0.13, 0.13, 0.14, 0.20]
P_REG = {"douyin": 0.52, "bilibili": 0.72, "campus": 0.80, "referral": 0.86, "meituan": 0.76, "walk_in": 0.96}
P_MINOR = {"douyin": 0.07, "bilibili": 0.06, "campus": 0.30, "referral": 0.02, "meituan": 0.02, "walk_in": 0.03}
P_VISIT = {"douyin": 0.42, "bilibili": 0.72, "campus": 0.74, "referral": 0.88, "meituan": 0.80, "walk_in": 0.98}
P_STAY = {"douyin": 0.62, "bilibili": 0.89, "campus": 0.89, "referral": 0.93, "meituan": 0.88, "walk_in": 0.89}

TIERS = [("regular", "普通会员", 0), ("silver", "白银会员", 300), ("gold", "黄金会员", 1000),
         ("platinum", "铂金会员", 3000), ("diamond", "钻石会员", 8000)]
TIER_DISC = {"regular": 0.0, "silver": 0.05, "gold": 0.10, "platinum": 0.15, "diamond": 0.20}
GAMES = ["lol", "valorant", "cs2", "honor_of_kings", "naraka"]
GAME_ZH = {"lol": "英雄联盟", "valorant": "无畏契约", "cs2": "CS2", "honor_of_kings": "王者荣耀", "naraka": "永劫无间"}
GAME_W = [0.34, 0.24, 0.16, 0.14, 0.12]
ZONE_ZH = {"hall": "大厅", "pro": "电竞区", "duo": "双人座", "private_room": "五连坐包厢"}
BOOK_ZH = {"hourly": "按小时", "three_hour": "三小时套餐", "night": "包夜", "room": "包厢计时"}
HOURLY = {"hall": 8, "pro": 12, "duo": 18, "private_room": 55}
THREE_H = {"hall": 20, "pro": 30, "duo": 45}
NIGHT = {"hall": 45, "pro": 65, "duo": 99}
FOOD = [("instant_noodles", "泡面套餐", 15, 0.24), ("cola", "可乐", 6, 0.16), ("milk_tea", "奶茶", 14, 0.14),
        ("fried_rice", "扬州炒饭", 22, 0.12), ("chicken_cutlet", "炸鸡排", 18, 0.1), ("energy_drink", "能量饮料", 8, 0.12),
        ("snack_platter", "小吃拼盘", 28, 0.06), ("coffee", "咖啡", 16, 0.06)]
FAULT_ZH = {"crash": "死机蓝屏", "peripheral": "外设故障", "display": "显示器故障", "network": "网络故障"}
PAY_ZH = {"wallet": "会员钱包", "wechat_pay": "微信支付", "alipay": "支付宝", "cash": "现金"}
OTYPE_ZH = {"seat": "上机消费", "food": "餐饮", "topup": "钱包充值", "tournament_entry": "赛事报名费"}
FAIL_ZH = {"minor": "未成年", "ocr_fail": "证件识别失败", "name_mismatch": "信息不一致"}
BONUS = {50: 0, 100: 10, 200: 25, 500: 80, 1000: 200}
BONUS_D11 = {50: 10, 100: 25, 200: 60, 500: 180, 1000: 450}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_download", "下载App", "App download", "awareness", "app", "digital", "growth",
     "下载|装App|安装|拉新|download|install|app install"),
    ("tp_register", "注册账号", "Account registration", "consideration", "app", "digital", "product",
     "注册|开户|注册账号|手机号注册|sign up|register|registration"),
    ("tp_id_verify", "实名认证通过", "ID verification passed", "consideration", "app", "digital", "compliance",
     "实名|实名认证|身份认证|认证通过|核验|ID check|ID verification|KYC|real-name"),
    ("tp_id_fail", "实名认证失败", "ID verification failed", "consideration", "app", "digital", "compliance",
     "认证失败|实名失败|识别失败|未成年拦截|ID check failed|verification failed|ID rejected"),
    ("tp_seat_booking", "App订座", "Seat booking", "purchase", "app", "digital", "product",
     "订座|预约|预订座位|订机位|约座|book a seat|booking|reservation|reserve"),
    ("tp_booking_cancel", "取消订座", "Booking cancelled", "purchase", "app", "digital", "product",
     "取消预约|取消订座|退订|cancel booking|cancelled booking"),
    ("tp_booking_release", "超时未到释放", "Booking released (no-show)", "service", "app", "digital", "store_ops",
     "爽约|没来|未到店|超时释放|放鸽子|no-show|no show|released"),
    ("tp_checkin", "到店签到", "Front-desk check-in", "service", "store", "physical", "store_ops",
     "到店|签到|前台|刷脸|刷身份证|开卡上网|check in|check-in|arrival|front desk"),
    ("tp_session", "上机", "Play session start", "service", "store", "physical", "store_ops",
     "上机|开机|开黑|上网|玩|游戏|play|session|gaming|log on"),
    ("tp_pc_fault", "机器报修", "PC fault report", "service", "store", "physical", "it_support",
     "报修|故障|死机|蓝屏|坏了|呼叫网管|PC fault|broken PC|crash|repair"),
    ("tp_seat_change", "换机", "Moved to another PC", "service", "store", "physical", "store_ops",
     "换机|换座|换电脑|switch PC|moved seat|change PC"),
    ("tp_food_order", "点餐", "Food & drink order", "purchase", "other", "digital", "fnb",
     "点餐|点吃的|点饮料|下单吃的|外卖到座|order food|food order|drinks|snacks"),
    ("tp_food_delivered", "送餐到座", "Food delivered to seat", "service", "store", "physical", "fnb",
     "送餐|上餐|送到座位|出餐|food delivered|food delivery|served"),
    ("tp_session_end", "下机", "Session end", "service", "store", "physical", "store_ops",
     "下机|结账|离店|关机|log off|session end|checkout"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance",
     "退款|退钱|退回钱包|refund|money back"),
    ("tp_review", "评价", "Session review", "service", "app", "digital", "cx",
     "评价|打分|评分|点评|review|rating|rate"),
    ("tp_topup", "钱包充值", "Wallet top-up", "loyalty", "app", "digital", "crm",
     "充值|充钱|充值送|钱包|余额|储值|top up|top-up|recharge|wallet"),
    ("tp_tier_upgrade", "会员升级", "Tier upgrade", "loyalty", "app", "digital", "crm",
     "升级|会员等级|升白银|升黄金|升钻石|tier up|upgrade|level up"),
    ("tp_tournament_signup", "赛事报名", "Tournament sign-up", "loyalty", "app", "digital", "esports_events",
     "报名|赛事报名|比赛报名|参赛|sign up for tournament|tournament registration|enter tournament"),
    ("tp_tournament_checkin", "赛事签到", "Tournament check-in", "loyalty", "store", "physical", "esports_events",
     "赛事签到|比赛签到|检录|tournament check-in|check in for the tournament"),
    ("tp_tournament_match", "赛事对局", "Tournament match", "loyalty", "store", "physical", "esports_events",
     "比赛|对局|打比赛|赛事|match|tournament game|bracket"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("onboarding", "新客激活", "New player activation", 14,
     ["tp_app_download", "tp_register", "tp_id_verify", "tp_checkin"]),
    ("booking", "订座到店", "Booking to play", 2, ["tp_seat_booking", "tp_checkin", "tp_session"]),
    ("first_topup", "到店充值", "Visit to top-up", 30, ["tp_checkin", "tp_topup"]),
    ("tournament", "赛事参赛", "Tournament participation", 30,
     ["tp_tournament_signup", "tp_tournament_checkin", "tp_tournament_match"]),
    ("food", "点餐送达", "Food order to seat", 1, ["tp_food_order", "tp_food_delivered"]),
]

# ---------------------------------------------------------------- feedback text
TOPIC_TXT = {
    "lag": (["比赛打到一半延迟飙到两百多", "网络延迟忽高忽低，团战直接没了", "打着打着掉线了，队友都在等我",
             "延迟太高，根本没法正常比赛"],
            ["ping spiked to 200 in the middle of the match", "got disconnected mid-game and my team had to wait",
             "constant lag spikes, unplayable"]),
    "pc_fault": (["电脑玩着玩着就蓝屏了", "机器死机了两次，进度全没了", "键盘有好几个键按不动", "鼠标老是自己连点"],
                 ["the PC crashed twice", "keyboard had sticky keys", "the mouse kept double clicking",
                  "screen went black and the PC froze"]),
    "noise": (["包厢隔音太差，隔壁的声音全都听得到", "旁边一桌一直大喊大叫", "晚上大厅太吵了"],
              ["the private room has no soundproofing at all", "people shouting all night", "way too noisy in the hall"]),
    "smoke": (["一进门就一股烟味", "有人在座位上抽烟也没人管"],
              ["the place smelled of cigarette smoke", "people were smoking right next to me"]),
    "food_slow": (["点的炒饭等了快四十分钟才送到", "送餐太慢了，泡面都坨了"],
                  ["my food took ages to arrive", "waited 40 minutes for a drink to arrive at my seat"]),
    "id_verify": (["实名认证一直识别失败", "身份证拍了五六次都过不了", "实名认证说我信息不一致，明明是本人"],
                  ["ID verification kept failing", "the app could not read my ID card"]),
    "seat_taken": (["订好的座位到店发现被别人占了"], ["my reserved seat was taken by someone else"]),
    "topup": (["充值之后余额一直没到账"], ["my top-up didn't show up in the balance"]),
    "price": (["价格有点贵", "又涨价了，包夜太贵"], ["a bit pricey for what it is", "prices went up again, overpriced"]),
    "tourney_org": (["赛程拖了两个多小时", "裁判判罚有问题，申诉也没人理"],
                    ["the schedule ran two hours late", "the referee made some bad calls"]),
    "specs": (["配置很顶，240Hz屏幕玩着很爽", "机器配置高，最高画质也很流畅"],
              ["great specs", "the 240Hz monitors are amazing"]),
    "clean": (["环境很干净", "桌面擦得很干净，椅子也舒服"], ["really clean place", "clean desks and comfy chairs"]),
    "staff": (["网管小哥很热情", "网管帮忙调设置，态度很好"], ["the admin staff were super helpful",
                                                    "helpful staff at the front desk"]),
}
NEG = {"lag", "pc_fault", "noise", "smoke", "food_slow", "id_verify", "seat_taken", "topup", "price", "tourney_org"}
TOPIC_TP = {"lag": None, "pc_fault": "tp_pc_fault", "noise": "tp_session", "smoke": "tp_session",
            "food_slow": "tp_food_delivered", "id_verify": "tp_id_fail", "seat_taken": "tp_checkin",
            "topup": "tp_topup", "price": "tp_session", "tourney_org": "tp_tournament_match",
            "specs": "tp_session", "clean": "tp_session", "staff": "tp_session"}
GENERIC_POS = (["体验不错，下次还来", "朋友推荐来的，挺满意", "整体还行"], ["good experience, will come back", "decent overall"])
GENERIC_NEU = (["一般般吧", "还可以"], ["it was ok", "nothing special"])


class _Stream:
    """numpy-seeded random numbers served from pre-drawn blocks (scalar numpy calls are slow)."""

    def __init__(self, n=1 << 18):
        self.n, self.u, self.z, self.iu, self.iz = n, rng.random(n).tolist(), rng.standard_normal(n).tolist(), 0, 0

    def uni(self) -> float:
        if self.iu >= self.n:
            self.u, self.iu = rng.random(self.n).tolist(), 0
        self.iu += 1
        return self.u[self.iu - 1]

    def norm(self) -> float:
        if self.iz >= self.n:
            self.z, self.iz = rng.standard_normal(self.n).tolist(), 0
        self.iz += 1
        return self.z[self.iz - 1]


S = _Stream()


def r() -> float:
    return S.uni()


def uniform(a, b) -> float:
    return a + (b - a) * S.uni()


def lognormal(m, s) -> float:
    return math.exp(m + s * S.norm())


def normal(m, s) -> float:
    return m + s * S.norm()


def exponential(scale) -> float:
    return -scale * math.log(1.0 - S.uni())


def poisson(lam) -> int:
    x, k, p = S.uni(), 0, math.exp(-lam)
    acc = p
    while x > acc and k < 50:
        k += 1
        p *= lam / k
        acc += p
    return k


def integers(a, b) -> int:
    return a + min(int(S.uni() * (b - a)), b - a - 1)


def clip(v, lo, hi):
    return lo if v < lo else (hi if v > hi else v)


def pick(items, p=None):
    x = r()
    if p is None:
        return items[min(int(x * len(items)), len(items) - 1)]
    acc = 0.0
    for item, w in zip(items, p):
        acc += w
        if x < acc:
            return item
    return items[-1]


def clip_dt(t):
    return t if t <= END else None


def season(t: datetime) -> float:
    return {1: 1.15, 2: 1.1, 3: 0.95, 4: 0.95, 5: 1.0, 6: 0.85, 7: 1.3, 8: 1.3, 9: 0.95, 10: 1.05, 11: 1.0,
            12: 1.05}[t.month]


def app_version(t: datetime) -> str:
    t2 = t - D(days=exponential(4))
    v = APP_VERSIONS[0][1]
    for d0, name in APP_VERSIONS:
        if t2 >= d0:
            v = name
    return v


def tier_of(cum: float) -> str:
    t = "regular"
    for name, _, thr in TIERS:
        if cum >= thr:
            t = name
    return t


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.customers = []
        self.n_visit = 0
        self.n_entry = 0

    # ------------------------------------------------------------ helpers
    def ev(self, c, ts, tp, action, session=None, device=None, channel=None, venue=None, **kw):
        if ts is None or ts > END:
            return None
        d = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action, session_id=session,
                 device=device, channel=channel)
        if venue:
            en, zh, city, cityzh, _ = VENUES[venue]
            d.update(venue_id=venue, venue=en, 门店=zh, city=city, 城市=cityzh)
        if device in ("ios", "android"):
            d["app_version"] = app_version(ts)
        d.update(kw)
        self.events.append(d)
        return d

    def order(self, c, ts, otype, amount, status, channel, device, venue=None, **kw):
        d = dict(customer_id=c["customer_id"], ts=ts, amount=round(amount, 2), status=status, channel=channel,
                 device=device, order_type=otype, 订单类型=OTYPE_ZH[otype], currency="CNY")
        if venue:
            en, zh, city, cityzh, _ = VENUES[venue]
            d.update(venue_id=venue, venue=en, 门店=zh, city=city, 城市=cityzh)
        d.update(kw)
        if "payment_method" in d and d["payment_method"]:
            d["支付方式"] = PAY_ZH[d["payment_method"]]
        if ts <= END:
            self.orders.append(d)
        return d

    def fb(self, c, ts, channel, topics, lang, rating=None, nps=None, tp=None, venue=None, cust=True, **kw):
        if ts is not None and ts > END:
            return None
        li = 0 if lang == "zh" else 1
        parts = []
        for t in topics:
            parts.append(pick(TOPIC_TXT[t][li]))
        if not topics:
            parts.append(pick(GENERIC_POS[li] if (rating or 5) >= 4 or (nps or 10) >= 8 else GENERIC_NEU[li]))
        elif all(t not in NEG for t in topics) and r() < 0.5:
            parts.append(pick(GENERIC_POS[li]))
        if lang == "en":
            parts = [x[0].upper() + x[1:] for x in parts]
        text = ("，" if lang == "zh" else ". ").join(parts)
        text = text + ("。" if lang == "zh" else ".")
        if channel == "front_desk_note":
            text = "客人反映：" + text
        if tp is None:
            first = topics[0] if topics else None
            tp = TOPIC_TP.get(first) if first else None
        neg = any(t in NEG for t in topics)
        pos = any(t not in NEG for t in topics) or not topics
        if rating is not None:
            sent = "negative" if rating <= 2 else ("positive" if rating >= 4 else "neutral")
        elif nps is not None:
            sent = "negative" if nps <= 6 else ("positive" if nps >= 9 else "neutral")
        else:
            sent = "negative" if neg else ("positive" if pos else "neutral")
        d = dict(text=text, ts=ts, customer_id=c["customer_id"] if (c and cust) else None, touchpoint_id=tp,
                 channel=channel, rating=rating, nps=nps, language=lang)
        if venue:
            en_, zh_, city, cityzh, _ = VENUES[venue]
            d.update(venue_id=venue, venue=en_, 门店=zh_, city=city, 城市=cityzh)
        d.update(kw)
        self.feedback.append(d)
        self.truth.append(dict(topics="|".join(topics), sentiment=sent))
        return d

    # ------------------------------------------------------------ customers
    def make_customers(self):
        # new downloads, seasonal
        days = (END.date() - START.date()).days + 1
        w = np.array([season(START + D(days=i)) * (1.25 if (START + D(days=i)).weekday() >= 5 else 1.0)
                      for i in range(days)])
        w /= w.sum()
        day_idx = np.sort(rng.choice(days, size=N_NEW, p=w))
        cid = 0
        for _ in range(N_LEGACY):
            cid += 1
            city = pick(list(CITY_VENUES), [0.34, 0.26, 0.22, 0.18])
            vs, vw = CITY_VENUES[city]
            ch = pick(["walk_in", "referral", "meituan", "campus"], [0.5, 0.2, 0.2, 0.1])
            su = datetime(2022, 6, 1) + D(days=uniform(0, 940), seconds=uniform(0, 86400))
            c = self.new_customer(cid, city, pick(vs, vw), ch, legacy=True)
            c.update(signup_at=su, verified_at=su + D(minutes=uniform(2, 30)),
                     cum_topup=float(rng.choice([0, 100, 300, 800, 1500, 3500, 9000], p=[.25, .2, .2, .15, .1, .07, .03])))
            self.customers.append(c)
        for di in day_idx:
            cid += 1
            city = pick(list(CITY_VENUES), [0.34, 0.26, 0.22, 0.18])
            ch = pick(CHANNELS, CH_W)
            vs, vw = CITY_VENUES[city]
            home = pick(vs, vw)
            if ch == "campus" and city == "Guangzhou":
                home = "GZ02" if r() < 0.75 else home
            dl = START + D(days=int(di), hours=uniform(9, 24))
            if city == "Chongqing" and dl >= datetime(2026, 1, 20) and r() < 0.5:
                home = "CQ02"
            c = self.new_customer(cid, city, home, ch, legacy=False)
            c["download_at"] = min(dl, END)
            self.customers.append(c)

    def new_customer(self, i, city, home, ch, legacy):
        minor = (not legacy) and r() < P_MINOR[ch]
        student = minor or r() < (0.7 if ch == "campus" else (0.5 if home == "GZ02" else 0.22))
        if minor:
            age = "under_18"
        elif student:
            age = pick(["18-22", "23-27"], [0.85, 0.15])
        else:
            age = pick(["18-22", "23-27", "28-35", "36+"], [0.15, 0.4, 0.33, 0.12])
        rate = float(clip(rng.gamma(1.4, 2.3), 0.4, 16))
        return dict(customer_id=f"C{i:06d}", city=city, home=home, channel=ch, legacy=legacy, minor=minor,
                    student=student, age_band=age, gender=pick(["male", "female"], [0.78, 0.22]),
                    os=pick(["ios", "android"], [0.38, 0.62]), main_game=pick(GAMES, GAME_W), rate=rate,
                    signup_at=None, verified_at=None, download_at=None, visits=[], cum_topup=0.0, wallet=0.0,
                    exp=None, tournaments=[])

    # ------------------------------------------------------------ onboarding
    def onboarding(self, c):
        ch, dev = c["channel"], c["os"]
        t = c["download_at"]
        self.ev(c, t, "tp_app_download", "install", device=dev, channel=ch)
        if r() >= P_REG[ch]:
            return
        t = t + (D(minutes=uniform(1, 8)) if ch == "walk_in" else D(hours=lognormal(0.3, 1.4)))
        if self.ev(c, t, "tp_register", "success", device=dev, channel="app", register_method=pick(
                ["phone_sms", "wechat"], [0.55, 0.45])) is None:
            return
        c["signup_at"] = t
        if ch != "walk_in" and r() < 0.08:
            return                                       # never tried verification
        t = t + (D(minutes=uniform(1, 5)) if ch == "walk_in" else D(minutes=lognormal(2.5, 1.5)))
        giveup = 0.5 if ch == "douyin" else 0.35
        for attempt in range(1, 5):
            if t > END:
                return
            if c["minor"]:
                self.ev(c, t, "tp_id_fail", "fail", device=dev, channel="app", fail_reason="minor",
                        失败原因=FAIL_ZH["minor"], attempt_no=attempt)
                if attempt == 1 and r() < 0.12:
                    self.fb(c, t + D(minutes=uniform(3, 60)), "cs_ticket", ["id_verify"], "zh")
                if r() < 0.6:
                    return
                t = t + D(minutes=uniform(2, 120))
                continue
            v = app_version(t)
            bug = dev == "android" and v == "4.2.0"
            p = 0.30 if bug else 0.9
            if r() < p:
                self.ev(c, t, "tp_id_verify", "success", device=dev, channel="app", attempt_no=attempt,
                        app_version=v)
                c["verified_at"] = t
                break
            reason = "ocr_fail" if (bug or r() < 0.65) else "name_mismatch"
            self.ev(c, t, "tp_id_fail", "fail", device=dev, channel="app", fail_reason=reason,
                    失败原因=FAIL_ZH[reason], attempt_no=attempt, app_version=v)
            if r() < (0.22 if bug else 0.1):
                lang = "en" if r() < 0.06 else "zh"
                self.fb(c, t + D(minutes=uniform(3, 240)), "cs_ticket", ["id_verify"], lang)
            if r() < (giveup + 0.1 if bug else giveup):
                return
            t = t + D(minutes=lognormal(2.0, 1.6))
        if c["verified_at"] is None:
            return
        if EXP[0] <= c["verified_at"] < EXP[1]:
            c["exp"] = "bonus_boost" if r() < 0.5 else "control"
            self.exp.append(dict(experiment_id="first_topup_bonus_2025q4", variant=c["exp"],
                                 customer_id=c["customer_id"], assigned_at=c["verified_at"]))

    # ------------------------------------------------------------ visit plan
    def plan_visits(self, c):
        ch = c["channel"]
        if c["legacy"]:
            t = START + D(days=exponential(30 / c["rate"]), hours=uniform(0, 24))
            stay = 0.975 if c["rate"] >= 3 else 0.95
        else:
            if c["verified_at"] is None or r() >= P_VISIT[ch]:
                return
            if ch == "walk_in":
                t = c["verified_at"] + D(minutes=uniform(2, 10))
            else:
                t = c["verified_at"] + D(days=lognormal(0.4, 1.1))
                t = max(t.replace(hour=int(pick(list(range(10, 24)), HOUR_W))), c["verified_at"] + D(minutes=30))
            stay = P_STAY[ch] + (0.06 if c["rate"] >= 4 else 0.0)
        while t <= END:
            self.add_visit(c, t)
            if r() >= stay:
                break
            gap = exponential(30 / c["rate"]) / season(t)
            t = t + D(days=max(gap, 0.4))
            t = t.replace(hour=int(pick(list(range(10, 24)), HOUR_W)), minute=integers(0, 60))

    def add_visit(self, c, t):
        venue = c["home"]
        if r() < 0.12:
            vs, _ = CITY_VENUES[c["city"]]
            venue = pick(vs + (["CQ02"] if c["city"] == "Chongqing" else []))
        op = VENUES[venue][4]
        if op and t < op:
            venue = "CQ01"
        if venue == "CQ01" and c["home"] == "CQ02" and t >= VENUES["CQ02"][4]:
            venue = "CQ02"
        if c["home"] == "CQ01" and t >= VENUES["CQ02"][4] and r() < 0.2:
            venue = "CQ02"
        c["visits"].append(dict(t=t, venue=venue))

    # ------------------------------------------------------------ tournaments
    def tournaments(self):
        by_city = {}
        for c in self.customers:
            for v in c["visits"]:
                by_city.setdefault(VENUES[v["venue"]][2], []).append((v["t"], c["customer_id"], c))
        for lst in by_city.values():
            lst.sort(key=lambda x: (x[0], x[1]))
        keys = {city: [x[0] for x in lst] for city, lst in by_city.items()}
        self.tourneys = []
        m = datetime(2025, 1, 1)
        while m <= END:
            sats = [m + D(days=i) for i in range(28) if (m + D(days=i)).weekday() == 5]
            plan = [("GZ01", "paid", sats[1]), ("GZ01", "free", sats[3]), ("SZ01", "paid" if m.month % 2 else "free",
                    sats[2]), ("HZ02", "free" if m.month % 2 else "paid", sats[2]), ("CQ01", "paid" if m.month % 3
                                                                                   else "free", sats[0])]
            for venue, kind, day in plan:
                game = pick(GAMES, GAME_W)
                fee = 0 if kind == "free" else int(pick([30, 50, 80], [0.4, 0.4, 0.2]))
                tid = f"T{day:%y%m}{venue}{'F' if kind == 'free' else 'P'}"
                start = day.replace(hour=13)
                self.tourneys.append((tid, venue, game, fee, start))
                city = VENUES[venue][2]
                seen = set()
                lo = bisect.bisect_left(keys[city], start - D(days=60))
                hi = bisect.bisect_left(keys[city], start - D(days=1))
                for tv, _, c in by_city[city][lo:hi]:
                    if c["customer_id"] in seen:
                        continue
                    seen.add(c["customer_id"])
                    p = (0.22 if c["main_game"] == game else 0.03) * (1.6 if kind == "free" else 1.0)
                    if r() < p:
                        su = start - D(days=uniform(1, 20))
                        su = max(su, tv + D(hours=1))
                        c["tournaments"].append(dict(tid=tid, venue=venue, game=game, fee=fee, start=start, su=su))
            m = (m.replace(day=28) + D(days=5)).replace(day=1)

    # ------------------------------------------------------------ run one customer chronologically
    def run_customer(self, c):
        cum = c["cum_topup"]
        c["wallet"] = float(pick([0, 20, 60, 150])) if c["legacy"] else 0.0
        tier = tier_of(cum)
        c["tier0"] = tier
        items = [("visit", v["t"], v) for v in c["visits"]] + [("tourney", x["su"], x) for x in c["tournaments"]]
        # top-up plan
        p_top = (0.3 if c["rate"] >= 4 else 0.14) if not c["legacy"] else (0.32 if c["rate"] >= 4 else 0.18)
        tops = []
        exp_end = c["verified_at"] + D(days=14) if c["exp"] else None
        if c["exp"]:
            if r() < (0.46 if c["exp"] == "bonus_boost" else 0.30):
                in14 = [v["t"] for v in c["visits"] if v["t"] <= exp_end]
                tt = in14[0] - D(minutes=3) if in14 and r() < 0.7 else c["verified_at"] + D(days=float(
                    uniform(0.3, 13.5)))
                tops.append((tt, "app" if r() < 0.5 else "store", True, None))
        first = True
        for v in c["visits"]:
            if exp_end and v["t"] <= exp_end:
                first = False
                continue
            p = p_top * (2.6 if DOUBLE11[0] <= v["t"] < DOUBLE11[1] else 1.0)
            if first and not c["legacy"]:
                p = max(p, 0.3)
            first = False
            if r() < min(p, 0.9):
                if r() < 0.6:
                    tops.append((v["t"] - D(minutes=uniform(1, 4)), "store", False, v["venue"]))
                else:
                    tops.append((v["t"] - D(hours=uniform(0.2, 40)), "app", False, None))
        # double 11 push: recent players top up in the app
        recent = [v for v in c["visits"] if datetime(2025, 9, 15) <= v["t"] < DOUBLE11[0]]
        if recent and r() < 0.32:
            tops.append((DOUBLE11[0] + D(days=uniform(0, 10.9)), "app", False, None))
        items += [("topup", t, x) for x, t in ((x, x[0]) for x in tops)]
        items.sort(key=lambda x: x[1])
        for kind, t, x in items:
            if t > END or t < START or (c["verified_at"] and t < c["verified_at"] and kind == "topup"):
                continue
            if kind == "topup":
                cum, tier = self.topup(c, x, cum, tier)
            elif kind == "visit":
                self.visit(c, x, tier)
            else:
                self.tourney_entry(c, x)
        c["cum_topup"] = cum
        c["tier"] = tier

    def topup(self, c, x, cum, tier):
        t, chan, is_exp, venue = x
        heavy = c["rate"] >= 4 or c["legacy"]
        d11 = DOUBLE11[0] <= t < DOUBLE11[1]
        amts, pw = ([100, 200, 500, 1000], [0.3, 0.35, 0.27, 0.08]) if heavy else ([50, 100, 200, 500],
                                                                                 [0.35, 0.45, 0.15, 0.05])
        if d11:
            pw = [0.1, 0.3, 0.4, 0.2] if heavy else [0.15, 0.4, 0.3, 0.15]
        amt = int(pick(amts, pw))
        bonus = BONUS_D11[amt] if d11 else BONUS[amt]
        if is_exp and c["exp"] == "bonus_boost":
            bonus = max(bonus, round(amt * 0.3))
        pm = pick(["wechat_pay", "alipay"], [0.68, 0.32]) if chan == "app" else pick(
            ["wechat_pay", "alipay", "cash"], [0.6, 0.3, 0.1])
        device = c["os"] if chan == "app" else None
        venue = venue if chan == "store" else None
        if venue is None and chan == "store":
            venue = c["home"]
        o = self.order(c, t, "topup", amt, "paid", "app" if chan == "app" else "front_desk", device, venue,
                       payment_method=pm, gross_amount=amt, bonus_amount=bonus)
        self.ev(c, t, "tp_topup", "success", device=device, channel="app" if chan == "app" else "store", venue=venue,
                topup_amount=amt, bonus_amount=bonus, payment_method=pm, 支付方式=PAY_ZH[pm], _order=o,
                campaign="double11" if d11 else ("first_topup_test" if is_exp else None))
        c["wallet"] += amt + bonus
        if r() < 0.01:
            self.fb(c, t + D(minutes=uniform(10, 300)), "cs_ticket", ["topup"], "zh" if r() > 0.07 else "en")
        new_cum = cum + amt
        new_tier = tier_of(new_cum)
        if new_tier != tier:
            self.ev(c, t + D(seconds=5), "tp_tier_upgrade", "upgrade", device=device, channel="app",
                    from_tier=tier, to_tier=new_tier, 会员等级=dict((a, b) for a, b, _ in TIERS)[new_tier])
        return new_cum, new_tier

    def pay(self, c, amount, chan):
        if c["wallet"] >= amount and r() < 0.92:
            c["wallet"] -= amount
            return "wallet"
        if chan == "front_desk":
            return pick(["wechat_pay", "alipay", "cash"], [0.62, 0.3, 0.08])
        return pick(["wechat_pay", "alipay"], [0.68, 0.32])

    # ------------------------------------------------------------ a visit
    def visit(self, c, v, tier):
        self.n_visit += 1
        vid = f"V{self.n_visit:07d}"
        t, venue = v["t"], v["venue"]
        dev = c["os"]
        disc = TIER_DISC[tier]
        booked = r() < (0.64 if c["rate"] >= 3 else 0.5)
        wk = t.weekday() >= 5
        if booked:
            btype = pick(["hourly", "three_hour", "night", "room"], [0.52, 0.2, 0.16, 0.12])
        else:
            btype = pick(["hourly", "night"], [0.9, 0.1])
        if btype == "night":
            t = t.replace(hour=int(pick([21, 22, 23], [0.3, 0.5, 0.2])))
        zone = "private_room" if btype == "room" else pick(["hall", "pro", "duo"], [0.55, 0.35, 0.1])
        hours = {"hourly": int(pick([1, 2, 3, 4, 5, 6], [0.08, 0.25, 0.3, 0.2, 0.1, 0.07])), "three_hour": 3,
                 "night": 10, "room": int(pick([2, 3, 4, 5], [0.3, 0.35, 0.25, 0.1]))}[btype]
        price_mult = 1.2 if venue.startswith("SZ") and t >= SZ_PRICE_UP else 1.0
        if btype in ("hourly", "room"):
            gross = HOURLY[zone] * hours
        elif btype == "three_hour":
            gross = THREE_H[zone]
        else:
            gross = NIGHT[zone]
        gross = round(gross * price_mult, 2)
        amount = round(gross * (1 - disc), 2)
        seat = dict(seat_zone=zone, 座位区=ZONE_ZH[zone], booking_type=btype, 套餐=BOOK_ZH[btype], hours=hours)
        order = None
        if booked:
            bt = t - D(hours=clip(lognormal(1.2, 1.0), 0.3, 40))
            if bt < START:
                bt = t - D(minutes=30)
            pm = self.pay(c, amount, "app")
            order = self.order(c, bt, "seat", amount, "paid", "app", dev, venue, session_id=vid, payment_method=pm,
                               gross_amount=gross, tier_discount=round(gross - amount, 2), **seat)
            self.ev(c, bt, "tp_seat_booking", "submit", session=vid, device=dev, channel="app", venue=venue,
                    amount=amount, payment_method=pm, 支付方式=PAY_ZH[pm], _order=order, **seat)
            if r() < 0.05:
                ct = bt + (t - bt) * r()
                self.ev(c, ct, "tp_booking_cancel", "cancel", session=vid, device=dev, channel="app", venue=venue)
                order["status"] = "cancelled"
                order["cancel_reason"] = "customer_cancel"
                if pm == "wallet":
                    c["wallet"] += amount
                return
            p_ns = 0.16 if venue == "GZ02" else 0.07
            if r() < p_ns:
                rt = t + D(minutes=30)
                if self.ev(c, rt, "tp_booking_release", "auto_release", session=vid, channel="app",
                           venue=venue) is not None:
                    self.ev(c, rt + D(seconds=20), "tp_refund", "refund", session=vid, channel="app", venue=venue,
                            refund_amount=amount, refund_reason="no_show_release")
                    order.update(status="refunded", refunded_at=rt + D(seconds=20), refund_reason="no_show_release")
                    if pm == "wallet":
                        c["wallet"] += amount
                return
        if t > END:
            return
        method = pick(["face", "id_card"], [0.72, 0.28])
        self.ev(c, t, "tp_checkin", "checkin", session=vid, channel="store", venue=venue, checkin_method=method,
                签到方式="刷脸" if method == "face" else "刷身份证", **seat)
        if not booked:
            pm = self.pay(c, amount, "front_desk")
            order = self.order(c, t, "seat", amount, "paid", "front_desk", None, venue, session_id=vid,
                               payment_method=pm, gross_amount=gross, tier_discount=round(gross - amount, 2), **seat)
        st = t + D(minutes=uniform(1, 6))
        spec = {"hall": "RTX4060", "pro": "RTX4080", "duo": "RTX4060", "private_room": "RTX4070"}[zone]
        if venue == "HZ01" and st < XIXI_UPGRADE:
            spec = {"hall": "RTX3060", "pro": "RTX4070", "duo": "RTX3060", "private_room": "RTX3060"}[zone]
        pc = f"{venue}-{zone[0].upper()}{integers(1, 60):03d}"
        self.ev(c, st, "tp_session", "start", session=vid, device="pc", channel="store", venue=venue, pc_id=pc,
                pc_spec=spec, **seat)
        minutes = hours * 60 - uniform(0, 25) if btype != "night" else uniform(420, 600)
        if not booked and btype == "hourly":
            minutes = clip(lognormal(5.0, 0.5), 30, 600)
            hrs = int(np.ceil(minutes / 60))
            gross = round(HOURLY[zone] * hrs * price_mult, 2)
            order.update(amount=round(gross * (1 - disc), 2), gross_amount=gross,
                         tier_discount=round(gross * disc, 2), hours=hrs)
        # fault
        p_fault = 0.025
        if venue == "HZ01" and st < XIXI_UPGRADE:
            p_fault = 0.13
        if venue == "CQ02" and st < datetime(2026, 4, 1):
            p_fault = 0.09
        fault, ended_fault, slow_food, noise, smoke = None, False, False, False, False
        if r() < p_fault:
            if venue == "HZ01" and st < XIXI_UPGRADE:
                fault = pick(["crash", "peripheral", "display"], [0.55, 0.3, 0.15])
            else:
                fault = pick(["peripheral", "crash", "display", "network"], [0.45, 0.25, 0.15, 0.15])
            ft = st + D(minutes=minutes * uniform(0.1, 0.8))
            self.ev(c, ft, "tp_pc_fault", "report", session=vid, device="pc", channel="store", venue=venue, pc_id=pc,
                    pc_spec=spec, fault_type=fault, 故障类型=FAULT_ZH[fault])
            if r() < 0.7:
                self.ev(c, ft + D(minutes=uniform(3, 15)), "tp_seat_change", "moved", session=vid,
                        channel="store", venue=venue, from_pc=pc)
            else:
                ended_fault = True
                minutes = (ft - st).total_seconds() / 60
        # food
        lam = {"hourly": 0.45, "three_hour": 0.6, "night": 1.3, "room": 1.0}[btype]
        n_food = poisson(lam)
        for k in range(n_food):
            ot = st + D(minutes=minutes * uniform(0.05, 0.9))
            item, izh, price, _ = pick(FOOD, [f[3] for f in FOOD])
            qty = int(pick([1, 2, 3], [0.75, 0.2, 0.05]))
            amt = price * qty * (1.0 if not (venue.startswith("SZ") and ot >= SZ_PRICE_UP) else 1.1)
            amt = round(amt, 2)
            pm = self.pay(c, amt, "app")
            fo = self.order(c, ot, "food", amt, "paid", "pc_client", "pc", venue, session_id=vid, payment_method=pm,
                            food_item=item, 餐品=izh, quantity=qty, gross_amount=amt)
            self.ev(c, ot, "tp_food_order", "submit", session=vid, device="pc", channel="pc_client", venue=venue,
                    food_item=item, 餐品=izh, quantity=qty, amount=amt, payment_method=pm, 支付方式=PAY_ZH[pm], _order=fo)
            if r() < 0.03:
                fo.update(status="cancelled", cancel_reason="out_of_stock")
                if pm == "wallet":
                    c["wallet"] += amt
                continue
            med = 10.5
            if venue == "SZ02" and ot >= SZ02_SHORT:
                med = 24.0
            if wk and 19 <= ot.hour <= 22:
                med *= 1.25
            dm = clip(lognormal(math.log(med), 0.42), 3, 90)
            self.ev(c, ot + D(minutes=dm), "tp_food_delivered", "delivered", session=vid, channel="store",
                    venue=venue, food_item=item, 餐品=izh, delivery_minutes=round(dm, 1))
            if dm > 25:
                slow_food = True
        end_t = st + D(minutes=minutes)
        reason = "pc_fault" if ended_fault else ("time_up" if booked and btype != "hourly" else
                                                 pick(["normal", "time_up"], [0.6, 0.4]))
        self.ev(c, end_t, "tp_session_end", "end", session=vid, device="pc", channel="store", venue=venue,
                minutes_played=round(minutes, 1), end_reason=reason, **seat)
        if ended_fault:
            ref = round(order["amount"] * 0.5 if btype == "night" else order["amount"], 2)
            rt = end_t + D(minutes=uniform(5, 90))
            self.ev(c, rt, "tp_refund", "refund", session=vid, channel="app", venue=venue, refund_amount=ref,
                    refund_reason="pc_fault")
            if rt <= END:
                order.update(status="refunded", refunded_at=rt, refund_reason="pc_fault", refund_amount=ref)
                if order["payment_method"] == "wallet":
                    c["wallet"] += ref
        # environment
        night = btype == "night"
        p_noise = 0.03
        if venue == "HZ02" and zone == "private_room":
            p_noise = 0.45
        elif venue == "HZ02":
            p_noise = 0.10
        elif night and zone == "hall":
            p_noise = 0.08
        noise = r() < p_noise
        smoke = r() < (0.13 if venue == "CQ01" else 0.02)
        lag = r() < 0.006
        # review
        p_rev = 0.13 + (0.25 if fault else 0) + (0.1 if slow_food else 0) + (0.08 if noise or smoke else 0)
        if r() < p_rev:
            topics = []
            if fault and r() < 0.75:
                topics.append("pc_fault")
            if slow_food and r() < 0.6:
                topics.append("food_slow")
            if noise and r() < 0.7:
                topics.append("noise")
            if smoke and r() < 0.7:
                topics.append("smoke")
            if lag:
                topics.append("lag")
            sz_up = venue.startswith("SZ") and t >= SZ_PRICE_UP
            if r() < (0.22 if sz_up else 0.04):
                topics.append("price")
            if not topics or r() < 0.25:
                if r() < (0.16 if not (venue == "HZ01" and st < XIXI_UPGRADE) else 0.04):
                    topics.append("specs")
                if r() < (0.12 if venue != "CQ01" else 0.02):
                    topics.append("clean")
                if r() < (0.38 if venue == "GZ03" else 0.08):
                    topics.append("staff")
            base = 4.6
            pen = {"pc_fault": 2.2, "food_slow": 1.2, "noise": 1.5, "smoke": 1.6, "lag": 1.8, "price": 0.8}
            score = base - sum(pen.get(x, 0) for x in topics) + (0.3 if venue == "GZ03" else 0) + float(
                normal(0, 0.6))
            stars = int(clip(round(score), 1, 5))
            rt = end_t + D(minutes=uniform(2, 600))
            if self.ev(c, rt, "tp_review", "rate", session=vid, device=dev, channel="app", venue=venue,
                       stars=stars) is not None:
                lang = "en" if r() < 0.08 else "zh"
                tp = None
                if topics and topics[0] == "lag":
                    tp = "tp_session"
                self.fb(c, rt, "app_review", topics, lang, rating=stars, tp=tp or (None if topics else "tp_session"),
                        venue=venue, session_id=vid, seat_zone=zone, 座位区=ZONE_ZH[zone])
        # Dianping review (some undated in the export)
        if r() < 0.045:
            topics = []
            if noise and r() < 0.6:
                topics.append("noise")
            if smoke and r() < 0.6:
                topics.append("smoke")
            if fault and r() < 0.6:
                topics.append("pc_fault")
            if r() < 0.2:
                topics.append(pick(["specs", "clean", "staff", "price"]))
            if not topics or "smoke" in topics and venue == "CQ01" and r() < 0.1:
                pass
            score = 4.4 - 1.6 * sum(x in NEG for x in topics) + normal(0, 0.7)
            stars = int(clip(round(score), 1, 5))
            ts = t + D(days=uniform(0, 3))
            if ts <= END:
                self.fb(c, ts if r() > 0.22 else None, "dianping_review", topics, "zh" if r() > 0.04 else "en",
                        rating=stars, venue=venue, tp="tp_session" if not topics else None)
        # front-desk notes about noise / smoke / faults (staff log; often without a time)
        if (noise or smoke) and r() < 0.15:
            topic = "noise" if noise else "smoke"
            self.fb(c, end_t if r() > 0.4 else None, "front_desk_note", [topic], "zh", venue=venue,
                    cust=r() < 0.5, tp="tp_session")
        # seat taken on arrival (booking glitch)
        if booked and r() < 0.005:
            self.fb(c, t + D(minutes=uniform(5, 120)), "cs_ticket", ["seat_taken"],
                    "zh" if r() > 0.07 else "en", venue=venue, session_id=vid)
        v["fault"], v["noise"], v["smoke"], v["slow_food"] = fault, noise, smoke, slow_food

    # ------------------------------------------------------------ tournament entry
    def tourney_entry(self, c, x):
        self.n_entry += 1
        eid = f"EN{self.n_entry:06d}"
        venue, fee, start = x["venue"], x["fee"], x["start"]
        dev = c["os"]
        info = dict(tournament_id=x["tid"], game=x["game"], 赛事项目=GAME_ZH[x["game"]], entry_fee=fee,
                    tournament_type="free_cup" if fee == 0 else "paid_cup", 赛事类型="免费杯赛" if fee == 0 else "付费赛")
        o = None
        if fee:
            pm = self.pay(c, fee, "app")
            o = self.order(c, x["su"], "tournament_entry", fee, "paid", "app", dev, venue, session_id=eid,
                           payment_method=pm, gross_amount=fee, tournament_id=x["tid"], game=x["game"],
                           赛事项目=GAME_ZH[x["game"]])
        if self.ev(c, x["su"], "tp_tournament_signup", "signup", session=eid, device=dev, channel="app", venue=venue,
                   _order=o, **info) is None:
            return
        if r() >= (0.86 if fee else 0.44):
            return
        ct = start - D(minutes=uniform(5, 50))
        self.ev(c, ct, "tp_tournament_checkin", "checkin", session=eid, channel="store", venue=venue, **info)
        if r() >= 0.97:
            return
        mt = start + D(minutes=uniform(10, 150))
        rnd = pick(["group_stage", "round_of_16", "quarter_final", "semi_final", "final"],
                   [0.45, 0.25, 0.15, 0.1, 0.05])
        lag = r() < (0.5 if venue == "GZ01" and start >= GZ01_TOURNEY_LAG else 0.04)
        self.ev(c, mt, "tp_tournament_match", "played", session=eid, device="pc", channel="store", venue=venue,
                round_reached=rnd, network_incident=lag, **info)
        if r() < (0.75 if lag else 0.35):
            topics = []
            if lag:
                topics.append("lag")
            if r() < 0.1:
                topics.append("tourney_org")
            if not topics and r() < 0.3:
                topics.append(pick(["specs", "staff"]))
            score = 4.5 - (2.0 if lag else 0) - (1.0 if "tourney_org" in topics else 0) + normal(0, 0.6)
            self.fb(c, mt + D(hours=uniform(1, 30)), "tournament_survey", topics,
                    "zh" if r() > 0.1 else "en", rating=int(clip(round(score), 1, 5)), venue=venue,
                    tp="tp_tournament_match", tournament_id=x["tid"], game=x["game"], 赛事项目=GAME_ZH[x["game"]])

    # ------------------------------------------------------------ surveys / social
    def surveys(self):
        qs = [datetime(2025, 3, 31), datetime(2025, 6, 30), datetime(2025, 9, 30), datetime(2025, 12, 31),
              datetime(2026, 3, 31), datetime(2026, 6, 30)]
        for qe in qs:
            qstart = qe - D(days=91)
            for c in self.customers:
                vs = [v for v in c["visits"] if qstart < v["t"] <= qe]
                if not vs or r() >= 0.09:
                    continue
                bad = [k for k in ("fault", "noise", "smoke", "slow_food") if any(v.get(k) for v in vs)]
                nps = int(clip(round(normal(8.2, 1.6) - 2.0 * len(bad)), 0, 10))
                topics = []
                for k in bad:
                    if r() < 0.5:
                        topics.append({"fault": "pc_fault", "noise": "noise", "smoke": "smoke",
                                       "slow_food": "food_slow"}[k])
                if nps >= 9 and r() < 0.4:
                    topics.append(pick(["specs", "clean", "staff"]))
                if vs[-1]["venue"].startswith("SZ") and qe > SZ_PRICE_UP and r() < 0.25:
                    topics.append("price")
                ts = qe + D(days=uniform(1, 12))
                if ts > END:
                    continue
                self.fb(c, ts, "survey", topics, "zh" if r() > 0.07 else "en", nps=nps, venue=vs[-1]["venue"],
                        tp="tp_session_end" if not topics else None)
        # Douyin comments under our videos: no customer id, a third without a time
        for _ in range(320):
            ts = START + D(days=uniform(0, (END - START).days))
            venue = pick(list(VENUES)) if r() < 0.7 else None
            if venue == "CQ02" and ts < VENUES["CQ02"][4]:
                venue = "CQ01"
            topics = [pick(["specs", "specs", "clean", "price", "staff", "noise", "smoke"])]
            if venue == "CQ01" and r() < 0.4:
                topics = ["smoke"]
            self.fb(None, ts if r() > 0.33 else None, "douyin_comment", topics, "zh", venue=venue)

    # ------------------------------------------------------------ run
    def run(self):
        self.make_customers()
        for c in self.customers:
            if not c["legacy"]:
                self.onboarding(c)
            self.plan_visits(c)
        self.tournaments()
        for c in self.customers:
            self.run_customer(c)
        self.surveys()


HOUR_W = np.array([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 7, 6, 4], dtype=float)
HOUR_W = list(HOUR_W / HOUR_W.sum())


def fmt(v):
    if v is None:
        return ""
    if type(v) is str:
        return v
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for row in rows:
            w.writerow([fmt(row[k]) if k in row else "" for k in cols])


def segment(c) -> str:
    vs = c["visits_done"]
    if not vs:
        return "prospect"
    last, first = vs[-1], vs[0]
    if (END - first).days <= 60:
        return "new"
    if (END - last).days <= 30 and len(vs) >= 3:
        return "active"
    if (END - last).days <= 90:
        return "at_risk" if (END - last).days > 30 else "active"
    return "churned"


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])

    # events: sort, ids, orders ids
    evs = sorted(g.events, key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    ords = sorted(g.orders, key=lambda o: (o["ts"], o["customer_id"]))
    for i, o in enumerate(ords, 1):
        o["order_id"] = f"ORD{i:07d}"
    for i, e in enumerate(evs, 1):
        e["event_id"] = f"E{i:08d}"
        o = e.pop("_order", None)
        if o is not None:
            e["order_id"] = o["order_id"]
    dup_idx = rng.choice(len(evs), size=28, replace=False)
    evs_out = evs + [evs[int(i)] for i in sorted(dup_idx)]
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "venue_id", "venue", "门店", "city", "城市", "app_version", "order_id", "amount", "payment_method", "支付方式",
             "seat_zone", "座位区", "booking_type", "套餐", "hours", "checkin_method", "签到方式", "pc_id", "pc_spec",
             "fault_type", "故障类型", "from_pc", "food_item", "餐品", "quantity", "delivery_minutes", "minutes_played",
             "end_reason", "refund_amount", "refund_reason", "stars", "topup_amount", "bonus_amount", "campaign",
             "from_tier", "to_tier", "会员等级", "tournament_id", "game", "赛事项目", "entry_fee", "tournament_type", "赛事类型",
             "round_reached", "network_incident", "fail_reason", "失败原因", "attempt_no", "register_method"]
    assert all(set(e) <= set(ecols) for e in evs), {k for e in evs for k in e} - set(ecols)
    write(out / "events.csv", evs_out, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
             "venue_id", "venue", "门店", "city", "城市", "session_id", "payment_method", "支付方式", "gross_amount",
             "tier_discount", "bonus_amount", "seat_zone", "座位区", "booking_type", "套餐", "hours", "food_item", "餐品",
             "quantity", "tournament_id", "game", "赛事项目", "cancel_reason", "refunded_at", "refund_reason",
             "refund_amount", "currency"]
    assert all(set(o) <= set(ocols) for o in ords), {k for o in ords for k in o} - set(ocols)
    write(out / "orders.csv", ords, ocols)

    # customers
    visits_by = {}
    for e in evs:
        if e["touchpoint_id"] == "tp_checkin":
            visits_by.setdefault(e["customer_id"], []).append(e["ts"])
    tzh = dict((a, b) for a, b, _ in TIERS)
    crow = []
    for c in g.customers:
        c["visits_done"] = visits_by.get(c["customer_id"], [])
        tier = c.get("tier", "regular")
        crow.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=segment(c),
                         region=REGION[c["city"]], city=c["city"], 城市=CITY_ZH[c["city"]],
                         acquisition_channel=c["channel"], 获客渠道=CHANNEL_ZH[c["channel"]], tier=tier,
                         会员等级=tzh[tier], home_venue_id=c["home"], home_venue=VENUES[c["home"]][0],
                         常去门店=VENUES[c["home"]][1], age_band=c["age_band"], gender=c["gender"],
                         is_student=c["student"], main_game=c["main_game"], 常玩游戏=GAME_ZH[c["main_game"]],
                         phone_os=c["os"], id_verified=c["verified_at"] is not None, verified_at=c["verified_at"],
                         total_topup=round(c["cum_topup"], 2), wallet_balance=round(max(c["wallet"], 0), 2),
                         visits=len(c["visits_done"])))
    write(out / "customers.csv", crow, ["customer_id", "signup_at", "segment", "region", "city", "城市",
                                        "acquisition_channel", "获客渠道", "tier", "会员等级", "home_venue_id",
                                        "home_venue", "常去门店", "age_band", "gender", "is_student", "main_game",
                                        "常玩游戏", "phone_os", "id_verified", "verified_at", "total_topup",
                                        "wallet_balance", "visits"])
    # feedback
    fb = list(zip(g.feedback, g.truth))
    order_ = sorted(range(len(fb)), key=lambda i: (fb[i][0]["ts"] or datetime(2100, 1, 1), i))
    frows, trows = [], []
    for n, i in enumerate(order_, 1):
        f, tr = fb[i]
        f["feedback_id"] = f"FB{n:06d}"
        frows.append(f)
        trows.append(dict(feedback_id=f["feedback_id"], **tr))
    write(out / "feedback.csv", frows, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                        "rating", "nps", "language", "venue_id", "venue", "门店", "city", "城市",
                                        "session_id", "seat_zone", "座位区", "tournament_id", "game", "赛事项目"])
    write(out / "_truth" / "feedback_truth.csv", trows, ["feedback_id", "topics", "sentiment"])
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(crow)}, events {len(evs_out)}, orders {len(ords)}, feedback {len(frows)}, "
          f"experiments {len(g.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
