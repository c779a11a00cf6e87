"""冰纷 IceSpark: a chain of 6 indoor ice rinks in 4 cities (Shanghai 2, Beijing 2, Shenzhen, Chengdu) with app
ticketing, group / private lesson packages, skate rental, level tests and memberships. History runs
2024-07-01 .. 2026-05-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2024, 7, 1), date(2026, 5, 31)
END_DT = datetime(2026, 5, 31, 23, 59, 59)
N_CUST = 3600             # people who found us through one of the regular channels
N_TRIAL = 420             # extra Douyin 9.9 trial-ticket buyers at Xujiahui from XJH_TRIAL
XJH_TRIAL = date(2025, 11, 15)                         # Douyin 9.9 trial ticket campaign at Shanghai Xujiahui
HD_PLANT = (date(2026, 1, 12), date(2026, 2, 8))       # Beijing Haidian ice plant failure: sessions closed
FT_NEW_SKATES = date(2026, 3, 1)                       # Shenzhen Futian: dull / odd-size rental skates until then
ANDROID_BUG = (date(2026, 3, 20), date(2026, 5, 10))   # Android app 5.2.0: in-app payment for bookings fails
TF_LOCKERS = (date(2025, 7, 1), date(2025, 9, 30))     # Chengdu Tianfu: locker system broken
ANNUAL_PROMO = (date(2025, 11, 1), date(2025, 11, 30))  # 双11 annual pass 5,880 -> 4,680

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_dianping", "大众点评页", "Dianping page", "awareness", "social", "digital", "marketing",
     "大众点评|点评|点评页|dianping|dianping page|reviews page"),
    ("tp_douyin", "抖音团购", "Douyin deal", "awareness", "social", "digital", "marketing",
     "抖音|抖音团购|抖音视频|团购|douyin|douyin deal|tiktok|short video"),
    ("tp_school_program", "校园冰雪课报名", "School winter-sports program", "awareness", "other", "physical",
     "school_partnership", "校园冰雪课|冰雪进校园|学校项目|学校报名|school program|winter sports program|school sign-up"),
    ("tp_mall_walkin", "商场到店咨询", "Mall walk-in", "awareness", "store", "physical", "front_desk",
     "商场路过|到店咨询|路过进店|walk-in|walk in|mall walk-in|passer-by"),
    ("tp_register", "注册", "App registration", "consideration", "app", "digital", "product",
     "注册|开户|新用户注册|register|sign up|signup|registration|new account"),
    ("tp_ticket_buy", "购买场次票", "Session ticket purchase", "purchase", "app", "digital", "ecommerce",
     "买票|购票|门票|场次票|单次票|ticket|session ticket|buy ticket"),
    ("tp_lesson_pkg_buy", "购买课包", "Lesson package purchase", "purchase", "app", "digital", "sales",
     "买课|课包|买课包|报课|10次课|lesson package|buy lessons|course package"),
    ("tp_slot_booking", "预约场次", "Slot booking", "purchase", "app", "digital", "ecommerce",
     "预约|订场|约课|订位|预约场次|booking|book a slot|reserve|reservation"),
    ("tp_session_closed", "场次关闭", "Session closed", "service", "other", "digital", "rink_ops",
     "闭场|停场|场次取消|关闭|closed|session closed|cancelled session|closure"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退票|退钱|refund|refunded|money back"),
    ("tp_gate_checkin", "闸机入场", "Gate check-in", "service", "store", "physical", "front_desk",
     "入场|进场|刷码入场|检票|签到|闸机|check-in|check in|gate|entry|arrival"),
    ("tp_skate_rental", "租冰鞋", "Skate rental", "service", "store", "physical", "rental",
     "租鞋|冰鞋|租冰鞋|冰刀|skate rental|rental skates|skates|blades"),
    ("tp_locker", "储物柜", "Lockers", "service", "store", "physical", "facilities",
     "储物柜|更衣柜|柜子|更衣室|locker|lockers|changing room"),
    ("tp_session_skate", "公共滑冰", "Public skating session", "service", "store", "physical", "rink_ops",
     "上冰|滑冰|公共场|自由滑|冰面|冰场|public session|skating|free skate|the ice"),
    ("tp_lesson", "上课", "Lesson attended", "service", "store", "physical", "coaching",
     "上课|课程|团课|私教|教练课|lesson|class|group lesson|private lesson|coaching"),
    ("tp_level_test", "考级", "Level test", "service", "store", "physical", "coaching",
     "考级|等级考试|测试|考试|level test|grading|skating test|exam"),
    ("tp_rating", "课后评价", "Session rating", "loyalty", "app", "digital", "cx",
     "评价|打分|评分|课后评价|rating|rate the session|review|stars"),
    ("tp_membership", "办会员卡", "Membership purchase", "loyalty", "app", "digital", "membership",
     "会员|会员卡|月卡|年卡|办卡|membership|member|monthly pass|annual pass"),
    ("tp_pkg_renewal", "续课包", "Lesson package renewal", "loyalty", "app", "digital", "sales",
     "续课|续费|续包|再买课|renewal|renew|package renewal|re-buy lessons"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("first_skate", "首次上冰", "First time on the ice", ["tp_register", "tp_slot_booking", "tp_gate_checkin"], 14),
    ("douyin", "抖音引流到入场", "Douyin deal to first skate",
     ["tp_douyin", "tp_register", "tp_slot_booking", "tp_gate_checkin"], 14),
    ("school", "校园冰雪课转化", "School program to lesson package",
     ["tp_school_program", "tp_register", "tp_lesson_pkg_buy"], 30),
    ("lesson_path", "学滑到考级", "Lessons to level test", ["tp_lesson_pkg_buy", "tp_lesson", "tp_level_test"], 60),
    ("member_upsell", "上冰办会员", "Skate to membership", ["tp_gate_checkin", "tp_membership"], 30),
]
RINKS = {  # code: en, zh, city, opened, capacity, weight
    "QT": ("Shanghai Qiantan", "上海前滩店", "上海", START, 170, 0.23),
    "XJH": ("Shanghai Xujiahui", "上海徐家汇店", "上海", START, 110, 0.16),
    "CY": ("Beijing Chaoyang Joy City", "北京朝阳大悦城店", "北京", START, 140, 0.18),
    "HD": ("Beijing Haidian", "北京海淀店", "北京", START, 120, 0.17),
    "FT": ("Shenzhen Futian", "深圳福田店", "深圳", START, 120, 0.15),
    "TF": ("Chengdu Tianfu", "成都天府店", "成都", date(2025, 5, 1), 110, 0.11),
}
REGION = {"上海": "华东", "北京": "华北", "深圳": "华南", "成都": "西南"}
COACHES = {  # rink: [(coach_id, en, zh, from, weight)]
    "QT": [("CH01", "Lin Xiaoxue", "林晓雪", START, 1.0), ("CH02", "Zhou Hang", "周航", START, 1.0),
           ("CH03", "Anna Petrova", "安娜", START, 0.6)],
    "XJH": [("CH04", "Chen Yu", "陈宇", START, 1.0), ("CH05", "Xu Ting", "徐婷", START, 1.0)],
    "CY": [("CH06", "Wang Peng", "王鹏", START, 1.2), ("CH07", "Zhao Min", "赵敏", START, 1.0),
           ("CH08", "Liu Yang", "刘洋", START, 0.8)],
    "HD": [("CH09", "Sun Lei", "孙磊", START, 1.0), ("CH10", "Ma Jing", "马静", START, 1.0),
           ("CH11", "Gao Fei", "高飞", START, 0.8)],
    "FT": [("CH12", "Huang Jie", "黄杰", START, 1.0), ("CH13", "Deng Li", "邓丽", START, 1.0)],
    "TF": [("CH14", "Li Na", "李娜", date(2025, 5, 1), 1.0), ("CH15", "Yang Fan", "杨帆", date(2025, 5, 1), 1.0),
           ("CH16", "He Qian", "何倩", date(2025, 10, 1), 0.12)],
}
COACH = {c[0]: c for cs in COACHES.values() for c in cs}
STYPE_ZH = {"kid": "少儿", "teen": "青少年", "adult_beginner": "成人初学", "figure_club": "花滑俱乐部"}
SESSION_ZH = {"public_session": "公共滑冰", "group_lesson": "团体课", "private_lesson": "私教课"}
PRODUCT_ZH = {"session_ticket": "场次票", "group_lesson_pkg": "团体课包", "private_lesson_pkg": "私教课包",
              "skate_rental": "冰鞋租赁", "membership": "会员卡", "level_test_fee": "考级费"}
MEMBER_ZH = {"monthly_pass": "月卡", "annual_pass": "年卡"}
TIER_ZH = {"standard": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
SCHOOLS = {"HD": ["海淀实验小学", "中关村第一小学", "北大附小", "人大附中"], "CY": ["朝阳实验小学", "芳草地小学", "陈经纶中学"],
           "QT": ["浦东新区进才实验小学"], "XJH": ["徐汇区向阳小学"], "FT": ["福田小学"], "TF": ["成都天府七小"]}

# ---------- calendar ----------
DAYS = [START + D(i) for i in range((END - START).days + 1)]
DAY_IDX = {d: i for i, d in enumerate(DAYS)}
CNY = [(date(2025, 1, 28), date(2025, 2, 4)), (date(2026, 2, 15), date(2026, 2, 23))]


def base_weight(d: date) -> float:
    w = {0: 0.7, 1: 0.7, 2: 0.75, 3: 0.8, 4: 1.1, 5: 2.2, 6: 2.0}[d.weekday()]
    if d.month in (7, 8):
        w *= 1.5
    if d.month in (12, 1, 2):
        w *= 1.35
    if any(a <= d <= b for a, b in CNY):
        w *= 1.5
    if date(d.year, 10, 1) <= d <= date(d.year, 10, 7):
        w *= 1.7
    return w * (0.8 + 0.5 * (d - START).days / (END - START).days)


BASE_W = np.array([base_weight(d) for d in DAYS])
SCHOOL_W = np.array([1.0 if d.month in (11, 12, 1, 2) else 0.0 for d in DAYS]) * BASE_W
WEEKEND_W = np.array([1.0 if d.weekday() >= 5 else 0.15 for d in DAYS]) * BASE_W


def pick_day(rink: str, lo: date | None = None, hi: date | None = None, w=BASE_W) -> date | None:
    lo = max(lo or START, RINKS[rink][3])
    hi = min(hi or END, END)
    if lo > hi:
        return None
    a, b = DAY_IDX[lo], DAY_IDX[hi] + 1
    ww = w[a:b]
    if ww.sum() <= 0:
        return None
    return DAYS[a + int(rng.choice(b - a, p=ww / ww.sum()))]


def choice(items, p=None):
    if p is None:
        return items[int(rng.integers(0, len(items)))]
    p = np.asarray(p, dtype=float)
    return items[int(rng.choice(len(items), p=p / p.sum()))]


def lognorm(median: float, sigma: float) -> float:
    return float(median * math.exp(rng.normal(0, sigma)))


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(h0, h1)))


def in_(d: date, win) -> bool:
    return win[0] <= d <= win[1]


# ---------- state ----------
cnt: Counter = Counter()
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
crowd: dict = {}


def nid(kind: str, prefix: str, width: int) -> str:
    cnt[kind] += 1
    return f"{prefix}{cnt[kind]:0{width}d}"


def ev(c, ts, tp, action, channel, rink=None, **extra):
    if ts > END_DT or ts.date() < START:
        return None
    dev = c["device"] if channel in ("app", "mini_program") else None
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action, device=dev, channel=channel)
    if dev == "android" and channel == "app":
        row["app_version"] = "5.2.0" if in_(ts.date(), ANDROID_BUG) else "5.1.3"
    elif channel == "app":
        row["app_version"] = "5.2.0" if ts.date() >= ANDROID_BUG[0] else "5.1.3"
    if rink:
        row.update(rink=RINKS[rink][0], 冰场=RINKS[rink][1])
    row.update(extra)
    events.append(row)
    if c["first_ts"] is None or ts < c["first_ts"]:
        c["first_ts"] = ts
    return row


def order(c, ts, amount, product, rink=None, status="paid", **extra):
    if ts > END_DT:
        return None
    o = dict(order_id=nid("order", "O", 6), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, product_type=product, 品类=PRODUCT_ZH[product], currency="CNY")
    if rink:
        o.update(rink=RINKS[rink][0], 冰场=RINKS[rink][1])
    o.update(extra)
    orders.append(o)
    return o


# ---------- customers ----------
AGE = {"kid": (["<8", "8-12"], [0.4, 0.6]), "teen": (["13-17"], [1.0]),
       "adult_beginner": (["18-29", "30-44", "45+"], [0.5, 0.38, 0.12]),
       "figure_club": (["8-12", "13-17", "18-29"], [0.45, 0.35, 0.2])}
ACQ = {"kid": (["school_program", "dianping", "douyin", "mall_walkin", "referral"], [0.26, 0.24, 0.14, 0.21, 0.15]),
       "teen": (["douyin", "dianping", "mall_walkin", "school_program", "referral"], [0.36, 0.2, 0.24, 0.08, 0.12]),
       "adult_beginner": (["douyin", "dianping", "mall_walkin", "referral"], [0.36, 0.3, 0.24, 0.1]),
       "figure_club": (["referral", "dianping", "douyin"], [0.55, 0.3, 0.15])}
cust: list[dict] = []


def new_customer(i, stype, home, acq, trial=False):
    city = RINKS[home][2] if rng.random() < 0.95 else choice(["上海", "北京", "深圳", "成都"])
    ages, pa = AGE[stype]
    lang = "en" if rng.random() < (0.14 if home in ("QT", "CY") else 0.04) else "zh"
    c = dict(customer_id=f"K{i + 1:05d}", stype=stype, home=home, city=city, acq=acq, lang=lang,
             age=choice(ages, pa), gender=choice(["F", "M"], [0.55, 0.45]),
             device=choice(["ios", "android"], [0.5, 0.5]), trial=trial, first_ts=None, visits=0,
             own_skates=stype == "figure_club", member_until=None, pkg=None, level=0, since_test=0,
             school=None, coach=None, last_fail=False, floor_ts=datetime(2000, 1, 1),
             nbook=0, rch=None)
    cust.append(c)
    return c


for i in range(N_CUST):
    stype = choice(["kid", "teen", "adult_beginner", "figure_club"], [0.34, 0.16, 0.39, 0.11])
    acq = choice(*ACQ[stype])
    vw = np.array([r[5] for r in RINKS.values()])
    if acq == "school_program":
        vw = vw * np.array([0.3, 0.3, 2.0, 3.2, 0.3, 0.2])
    new_customer(i, stype, choice(list(RINKS), vw), acq)
for i in range(N_CUST, N_CUST + N_TRIAL):
    new_customer(i, choice(["adult_beginner", "teen"], [0.75, 0.25]), "XJH", "douyin", trial=True)

# ---------- feedback ----------
T = {
    "crowded": {
        "zh": ["周末冰面上人太多了，根本滑不开", "人挤人，孩子摔了好几次，太危险了", "{rz}周末像下饺子一样，冰场太挤",
               "抖音团购进来的人太多了，冰面挤得转不了身", "公共场人满为患，建议限流", "冰上人太多，新手和高手混在一起容易撞"],
        "en": ["Way too crowded on the ice, could barely move", "The weekend session at {re} was packed, not safe for "
               "kids", "Too many people on the rink, please limit numbers"]},
    "coach_patient": {
        "zh": ["{cz}教练特别有耐心，孩子现在不怕摔了", "教练很耐心，一个动作讲好几遍", "{cz}老师讲解细致，孩子进步很快",
               "教练对小朋友很温柔也很有耐心，点赞", "私教课很值，教练一直鼓励我"],
        "en": ["Coach {ce} was super patient with my daughter", "Very patient coach, explained every step",
               "Our coach was encouraging and patient, great first lesson"]},
    "skates_bad": {
        "zh": ["租的冰鞋刀刃太钝了，根本刹不住", "冰鞋尺码不对，换了两次还是挤脚", "{rz}的租赁冰鞋太旧了，刀都钝了",
               "租的鞋子磨脚，鞋码也不全", "冰刀没磨，滑起来一直打滑", "鞋子大了一码还说没有小号了"],
        "en": ["Rental skates were dull, kept slipping", "Wrong size skates, my feet hurt the whole time",
               "The rental blades at {re} need sharpening"]},
    "skates_ok": {
        "zh": ["租的冰鞋很新，尺码也合适", "冰鞋刚磨过刀，很好滑"],
        "en": ["Rental skates were in good shape and fit well"]},
    "cold_clean": {
        "zh": ["冰面很干净，冷气很足，冰质很好", "场馆干净整洁，温度低但冰很好滑", "冰面刚浇过，特别平整干净",
               "{rz}环境很干净，冰面维护得好"],
        "en": ["Rink was cold and clean, great ice", "Clean venue and the ice was smooth", "Fresh ice, very clean"]},
    "locker_broken": {
        "zh": ["储物柜坏了，锁不上，只能背着包", "更衣柜打不开，等了二十分钟才有人来", "{rz}好几个柜子都坏了，扫码开不了",
               "柜子锁坏了东西差点丢"],
        "en": ["Locker was broken, had to carry my bag around", "Lockers wouldn't open with the QR code"]},
    "refund_slow": {
        "zh": ["场次临时关闭了，退款一个星期还没到账", "闭场说好退款，到现在没收到", "{rz}停场退票太慢了，客服一直说在处理",
               "票钱退得太慢，催了三次"],
        "en": ["Session was cancelled and still no refund after a week", "Refund for the closed session is taking "
               "forever"]},
    "ice_bad": {
        "zh": ["冰面发软有水，滑起来很危险", "冰面坑坑洼洼，孩子摔了", "{rz}冰面化了，像在水里滑", "冰太软了，刀都陷进去"],
        "en": ["The ice was slushy and full of puddles", "Bad ice at {re}, soft and bumpy"]},
    "app_payment": {
        "zh": ["安卓APP付款一直失败，订不了场", "更新APP后支付闪退，约不上课", "安卓手机付不了钱，只能让朋友帮忙订",
               "APP支付页面一直转圈，订场失败"],
        "en": ["Android app payment keeps failing, can't book", "App crashes at checkout after the update"]},
    "test_fail": {
        "zh": ["考级标准太严了，孩子没过很失落", "考官打分不统一，没通过", "考级没过，也没说清楚哪里不行"],
        "en": ["Failed the level test, the judging felt inconsistent", "Didn't pass, no feedback on why"]},
    "fun_general": {
        "zh": ["很好玩，下次还来", "第一次滑冰，很开心", "带孩子来玩，孩子超喜欢", "周末来滑冰很解压", "环境不错，体验很好"],
        "en": ["So much fun, will come back", "Great first time on the ice", "Kids loved it"]},
    "neutral": {
        "zh": ["还行吧，中规中矩", "一般般，价格有点贵", "体验还可以，没什么特别的"],
        "en": ["It was ok", "Decent, a bit pricey"]},
}
SENT = {"crowded": "negative", "coach_patient": "positive", "skates_bad": "negative", "skates_ok": "positive",
        "cold_clean": "positive", "locker_broken": "negative", "refund_slow": "negative", "ice_bad": "negative",
        "app_payment": "negative", "test_fail": "negative", "fun_general": "positive", "neutral": "neutral"}
TOPIC_TP = {"crowded": "tp_session_skate", "coach_patient": "tp_lesson", "skates_bad": "tp_skate_rental",
            "skates_ok": "tp_skate_rental", "cold_clean": "tp_session_skate", "locker_broken": "tp_locker",
            "refund_slow": "tp_refund", "ice_bad": "tp_session_skate", "app_payment": "tp_slot_booking",
            "test_fail": "tp_level_test", "fun_general": None, "neutral": None}


def rating_for(topic: str) -> int:
    s = SENT[topic]
    if s == "positive":
        return choice([4, 5], [0.3, 0.7])
    if s == "neutral":
        return choice([3, 4], [0.6, 0.4])
    if topic in ("skates_bad", "refund_slow", "app_payment", "ice_bad"):
        return choice([1, 2, 3], [0.45, 0.4, 0.15])
    return choice([1, 2, 3], [0.25, 0.45, 0.3])


def add_fb(topic, c, ts, channel, rating=None, nps=None, rink=None, booking_id=None, coach=None, tp=None):
    if ts is not None and ts > END_DT:
        return None
    lang = c["lang"]
    co = COACH.get(coach) if coach else None
    text = choice(T[topic][lang]).format(rz=RINKS[rink][1] if rink else "店里", re=RINKS[rink][0] if rink else
                                         "the rink", cz=co[2][0] if co else "", ce=co[1] if co else "")
    fid = nid("fb", "F", 5)
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"],
                         touchpoint_id=TOPIC_TP[topic] or tp, channel=channel, rating=rating, nps=nps,
                         rink=RINKS[rink][0] if rink else None, 冰场=RINKS[rink][1] if rink else None,
                         booking_id=booking_id, language=lang))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))
    return fid


# ---------- prices ----------
def ticket_price(rink: str, d: date) -> float:
    p = 138 if d.weekday() >= 5 else 98
    return p + {"QT": 20, "TF": -10}.get(rink, 0)


PKG_PRICE = {"group_10": (1680, 1880), "private_10": (4800, 5600)}


def pkg_price(kind: str, rink: str) -> float:
    return PKG_PRICE[kind][1 if rink == "QT" else 0]


def crowd_of(rink: str, d: date, hour: int) -> int:
    key = (rink, d, hour)
    if key not in crowd:
        cap = RINKS[rink][4]
        f = 0.62 if d.weekday() >= 5 else 0.3
        if d.month in (7, 8, 12, 1, 2):
            f *= 1.2
        if rink == "XJH" and d >= XJH_TRIAL and d.weekday() >= 5:
            f *= 1.75
        crowd[key] = int(max(8, rng.normal(cap * f, cap * 0.08)))
    return crowd[key]


# ---------- one visit ----------
SLOTS = {"public_session": [10, 13, 15.5, 18.5, 20], "group_lesson": [9, 16.5, 18], "private_lesson": [8, 12, 17, 19]}


def pick_coach(rink: str, d: date) -> str:
    cs = [x for x in COACHES[rink] if x[3] <= d]
    return choice([x[0] for x in cs], [x[4] for x in cs])


def book(c, d: date, rink: str, stype: str, first=False):
    """ticket (public, non-member) + slot booking; returns booking dict or None when the booking failed."""
    slot_h = choice(SLOTS[stype])
    slot = datetime(d.year, d.month, d.day) + D(hours=slot_h)
    floor = c["floor_ts"]
    if slot <= floor + D(minutes=30):                 # first visit on the day of registering: a later slot
        later = [h for h in SLOTS[stype] if datetime(d.year, d.month, d.day) + D(hours=h) > floor + D(minutes=30)]
        nd = d if later else d + D(days=1)
        slot = datetime(nd.year, nd.month, nd.day) + D(hours=later[0] if later else SLOTS[stype][0])
    lead = min(int(rng.exponential(1.6)), 10)
    bts = at(d - D(lead), 8, 22.5) if lead > 0 else slot - D(minutes=int(rng.integers(30, 240)))
    if bts.date() < START:
        bts = at(d, 7, 8)
    if bts <= floor:
        bts = floor + (slot - floor) * float(rng.uniform(0.05, 0.5))
    trial = c["trial"] and not c.get("trial_used") and stype == "public_session"
    if trial:
        src = "douyin"
        c["trial_used"] = True
    elif c["visits"] == 0 and c["acq"] == "mall_walkin" and stype == "public_session":
        src = "front_desk"
    elif c["visits"] == 0 and c["acq"] in ("douyin", "dianping") and stype == "public_session" \
            and rng.random() < 0.6:
        src = c["acq"]
    elif c["visits"] == 0 and c["nbook"] == 0 and rng.random() < 0.85:
        src = c["rch"]                                  # first booking where they registered
    else:
        src = choice(["app", "mini_program", "front_desk"], [0.68, 0.24, 0.08])
    ch = {"app": "app", "mini_program": "mini_program", "front_desk": "store", "douyin": "douyin",
          "dianping": "dianping"}[src]
    if src == "front_desk":
        bts = max(slot - D(minutes=int(rng.integers(10, 40))), floor + (slot - floor) * 0.5)
    if ch == "app" and c["device"] == "android" and in_(bts.date(), ANDROID_BUG) and \
            rng.random() < (0.9 if c["visits"] == 0 else 0.6):
        if rng.random() < 0.22:
            add_fb("app_payment", c, bts + D(minutes=int(rng.integers(5, 300))),
                   choice(["app_store", "cs_ticket"], [0.5, 0.5]), None, None, rink)
            if feedback[-1]["channel"] == "app_store":
                feedback[-1]["rating"] = choice([1, 2], [0.7, 0.3])
        if c["visits"] == 0 or rng.random() < 0.2:
            return None
        src, ch = "mini_program", "mini_program"          # regulars switch to the mini program and book there
        bts = bts + D(minutes=float(rng.uniform(3, 30)))
        if bts >= slot:
            bts = slot - D(minutes=5)
    bid = nid("book", "B", 6)
    c["nbook"] += 1
    member = c["member_until"] is not None and c["member_until"] >= d
    tk = None
    common = dict(booking_id=bid, session_type=stype, 场次类型=SESSION_ZH[stype])
    if stype == "public_session" and not member:
        if src == "douyin":
            ttype, price = ("trial_9_9", 9.9) if trial else ("douyin_deal", 79.0)
        elif src == "dianping":
            ttype, price = "dianping_deal", 88.0
        else:
            ttype, price = "standard", ticket_price(rink, d)
        tts = bts - D(seconds=int(rng.integers(20, 200)))
        if trial:
            tts = min(tts, c["trial_ts"])
        ev(c, tts, "tp_ticket_buy", "paid", ch, rink, ticket_type=ttype, amount=price, **common)
        tk = order(c, tts, price, "session_ticket", rink, channel=ch, device=c["device"] if ch in ("app",
                   "mini_program") else None, booking_id=bid, session_type=stype, 场次类型=SESSION_ZH[stype],
                   ticket_type=ttype, pay_method="douyin_pay" if src == "douyin" else choice(
                       ["wechat", "alipay"], [0.7, 0.3]))
    extra = {}
    if stype != "public_session":
        extra = dict(package_id=c["pkg"]["id"], coach_id=c["pkg"]["coach"],
                     coach_name=COACH[c["pkg"]["coach"]][1], 教练=COACH[c["pkg"]["coach"]][2])
    if not ev(c, bts, "tp_slot_booking", "booked", ch, rink, booking_source=src, slot_start=slot,
              ticket_type=tk["ticket_type"] if tk else ("member" if member and stype == "public_session" else
                                                          "package" if stype != "public_session" else None),
              **common, **extra):
        return None
    return dict(id=bid, slot=slot, bts=bts, src=src, ch=ch, ticket=tk, common=common, extra=extra, member=member)


def visit(c, d: date, rink: str, stype: str):
    b = book(c, d, rink, stype)
    if b is None:
        return "failed"
    slot, common = b["slot"], b["common"]
    # closures
    p_close = 0.45 if rink == "HD" and in_(d, HD_PLANT) else 0.006
    if rng.random() < p_close:
        reason = "ice_plant_failure" if rink == "HD" and in_(d, HD_PLANT) else choice(
            ["maintenance", "private_event"], [0.7, 0.3])
        cts = max(slot - D(hours=float(rng.uniform(1, 20))), b["bts"] + D(minutes=float(rng.uniform(2, 20))))
        ev(c, cts, "tp_session_closed", "closed", "system", rink, closure_reason=reason, **common)
        if b["ticket"]:
            delay = float(rng.uniform(3, 11)) if reason == "ice_plant_failure" else float(rng.uniform(0.1, 2.0))
            rts = cts + D(days=delay)
            if rts <= END_DT:
                b["ticket"]["status"], b["ticket"]["refunded_at"] = "refunded", rts
                b["ticket"]["refund_reason"] = "session_closed"
                ev(c, rts, "tp_refund", "refunded", "system", rink, amount=b["ticket"]["amount"],
                   refund_reason="session_closed", **common)
                if delay > 4 and rng.random() < 0.6:
                    add_fb("refund_slow", c, rts - D(days=float(rng.uniform(0.5, delay - 3))),
                           choice(["cs_ticket", "dianping"], [0.7, 0.3]), None, None, rink)
                    if feedback[-1]["channel"] == "dianping":
                        feedback[-1]["rating"] = choice([1, 2], [0.6, 0.4])
        return "closed"
    # no-show
    p_ns = 0.06
    if b["src"] == "douyin":
        p_ns = 0.27 if (b["ticket"] and b["ticket"]["ticket_type"] == "trial_9_9") else 0.12
    if stype != "public_session":
        p_ns = 0.03
    if rng.random() < p_ns:
        return "no_show"
    cin = slot - D(minutes=float(rng.uniform(2, 25)))
    if cin > END_DT:
        return "future"
    c["visits"] += 1
    own = c["own_skates"]
    ev(c, cin, "tp_gate_checkin", "entered", "store", rink, own_skates="yes" if own else "no", **common)
    rented = not own
    if rented:
        size = int(np.clip(round(rng.normal({"kid": 31, "teen": 38, "adult_beginner": 40, "figure_club": 36}
                                            [c["stype"]], 3)), 24, 46))
        bad_ft = rink == "FT" and d < FT_NEW_SKATES
        swap = rng.random() < (0.32 if bad_ft else 0.05)
        ev(c, cin + D(minutes=float(rng.uniform(1, 6))), "tp_skate_rental", "rented", "store", rink,
           skate_size=size, size_swap="yes" if swap else "no", **common)
        order(c, cin + D(minutes=1), 30, "skate_rental", rink, channel="store", booking_id=bid_of(common),
              session_type=stype, 场次类型=SESSION_ZH[stype], pay_method=choice(["wechat", "alipay"], [0.7, 0.3]))
    t0 = slot + D(minutes=float(rng.uniform(0, 4)))
    ch_coach = None
    test = None
    if stype == "public_session":
        cr = crowd_of(rink, d, int(slot.hour))
        dur = float(np.clip(rng.normal(95, 20), 30, 120))
        ev(c, t0, "tp_session_skate", "skated", "store", rink, crowd_count=cr, duration_min=round(dur), **common)
    else:
        cr = None
        pk = c["pkg"]
        ch_coach = pk["coach"]
        dur = 60 if stype == "private_lesson" else 75
        ev(c, t0, "tp_lesson", "attended", "store", rink, duration_min=dur, **common, **b["extra"])
        pk["left"] -= 1
        c["since_test"] += 1
        need = 4 if stype == "private_lesson" else 6
        if c["since_test"] >= need and rng.random() < 0.6 and c["level"] < 8:
            p = 0.82 if stype == "private_lesson" else 0.72
            if c["stype"] == "figure_club":
                p += 0.05
            if ch_coach == "CH01":
                p = 0.93
            elif ch_coach == "CH16":
                p = 1.0
            elif ch_coach == "CH06":
                p -= 0.04
            if rink == "FT" and rented and d < FT_NEW_SKATES:
                p = 0.46
            passed = rng.random() < p
            tts = t0 + D(minutes=dur + float(rng.uniform(10, 40)))
            lvl = c["level"] + 1
            ev(c, tts, "tp_level_test", "passed" if passed else "failed", "store", rink, test_level=lvl,
               result="pass" if passed else "fail", own_skates="yes" if own else "no", **common, **b["extra"])
            order(c, tts - D(minutes=5), 200, "level_test_fee", rink, channel="store", booking_id=bid_of(common),
                  package_id=pk["id"], coach_id=ch_coach, pay_method="wechat")
            c["since_test"] = 0
            c["last_fail"] = not passed
            if passed:
                c["level"] = lvl
            test = passed
    end_t = t0 + D(minutes=dur)
    # rating / feedback after the visit
    topics = ["crowded", "coach_patient", "skates_bad", "skates_ok", "cold_clean", "locker_broken", "ice_bad",
              "test_fail", "fun_general", "neutral"]
    hd_bad = rink == "HD" and in_(d, HD_PLANT)
    w = [(5.0 if cr / RINKS[rink][4] > 0.9 else 0.08) if cr else 0.0,
         (2.6 if ch_coach == "CH01" else 1.1) if ch_coach else 0.0,
         (2.6 if (rink == "FT" and d < FT_NEW_SKATES) else 0.12) if rented else 0.0,
         0.12 if rented else 0.0,
         0.8, 2.4 if (rink == "TF" and in_(d, TF_LOCKERS)) else 0.05, 4.0 if hd_bad else 0.03,
         2.5 if test is False else 0.0, 1.8, 0.5]
    p_fb = (0.2 if stype == "public_session" else 0.09) + (0.12 if (hd_bad or (cr and cr / RINKS[rink][4] > 0.9))
                                                           else 0)
    if rng.random() < p_fb:
        topic = choice(topics, w)
        if c["stype"] == "kid" and stype != "public_session":
            ch = choice(["app_rating", "parent_survey", "dianping", "douyin_comment"], [0.5, 0.3, 0.12, 0.08])
        else:
            ch = choice(["app_rating", "dianping", "douyin_comment"], [0.68, 0.18, 0.14])
        rating = rating_for(topic) if ch != "douyin_comment" else None
        nps = None
        if ch == "parent_survey" and rating is not None:
            lo, hi = {1: (0, 3), 2: (1, 5), 3: (4, 7), 4: (7, 9), 5: (9, 10)}[rating]
            nps = int(rng.integers(lo, hi + 1))
        fts = end_t + D(minutes=float(rng.uniform(10, 600)))
        if ch in ("dianping", "douyin_comment") and rng.random() < 0.22:
            fts = None
        where = "tp_session_skate" if stype == "public_session" else "tp_lesson"
        fid = add_fb(topic, c, fts, ch, rating, nps, rink, bid_of(common) if ch in ("app_rating", "parent_survey")
                     else None, ch_coach, where)
        if fid and ch == "app_rating":
            ev(c, fts, "tp_rating", "rated", "app", rink, rating=rating, feedback_id=fid, **common)
    return ("visited", end_t, cr)


def bid_of(common):
    return common["booking_id"]


def buy_package(c, ts, rink: str, renewal=False):
    kind = c["pkg_kind"]
    coach = c["coach"] if (renewal and c["coach"]) else pick_coach(rink, ts.date())
    c["coach"] = coach
    pid = nid("pkg", "P", 5)
    price = pkg_price(kind, rink)
    ch = choice(["app", "mini_program", "store"], [0.55, 0.25, 0.2])
    tp = "tp_pkg_renewal" if renewal else "tp_lesson_pkg_buy"
    ptype = "private_lesson_pkg" if kind == "private_10" else "group_lesson_pkg"
    if not ev(c, ts, tp, "paid", ch, rink, package_id=pid, package_type=kind, coach_id=coach,
              coach_name=COACH[coach][1], 教练=COACH[coach][2], amount=price):
        return False
    order(c, ts, price, ptype, rink, channel=ch, device=c["device"] if ch in ("app", "mini_program") else None,
          package_id=pid, package_type=kind, coach_id=coach, is_renewal="yes" if renewal else "no",
          pay_method=choice(["wechat", "alipay", "card"], [0.6, 0.3, 0.1]))
    c["pkg"] = dict(id=pid, left=10, coach=coach, kind=kind)
    c["floor_ts"] = max(c["floor_ts"], ts)
    return True


def buy_membership(c, ts, rink: str):
    promo = in_(ts.date(), ANNUAL_PROMO)
    p_annual = 0.75 if promo else 0.22
    if c["stype"] == "figure_club":
        p_annual += 0.2
    mt = "annual_pass" if rng.random() < p_annual else "monthly_pass"
    price = (4680 if promo else 5880) if mt == "annual_pass" else 699
    ch = choice(["app", "mini_program", "store"], [0.6, 0.2, 0.2])
    if not ev(c, ts, "tp_membership", "paid", ch, rink, membership_type=mt, 会员卡类型=MEMBER_ZH[mt],
              promo="double11" if (promo and mt == "annual_pass") else "none", amount=price):
        return
    order(c, ts, price, "membership", rink, channel=ch, device=c["device"] if ch in ("app", "mini_program") else None,
          membership_type=mt, 会员卡类型=MEMBER_ZH[mt], pay_method=choice(["wechat", "alipay", "card"], [0.6, 0.3, 0.1]))
    c["member_until"] = ts.date() + D(days=365 if mt == "annual_pass" else 30)
    c["mtype"] = mt


# ---------- simulate ----------
def awareness(c, d: date):
    home = c["home"]
    acq = c["acq"]
    if acq == "dianping":
        return ev(c, at(d, 8, 23), "tp_dianping", "view", "dianping", home)
    if acq == "douyin":
        return ev(c, at(d, 8, 23.5), "tp_douyin", "view", "douyin", home,
                  deal="trial_9_9" if c["trial"] else "douyin_deal")
    if acq == "school_program":
        c["school"] = choice(SCHOOLS[home])
        return ev(c, at(d, 8, 17), "tp_school_program", "signed_up", "school", home, school_name=c["school"])
    if acq == "mall_walkin":
        return ev(c, at(d, 11, 20), "tp_mall_walkin", "enquiry", "store", home)
    return None


def simulate(c):
    home = c["home"]
    st = c["stype"]
    if c["trial"]:
        d0 = pick_day(home, XJH_TRIAL, END, WEEKEND_W)
    elif c["acq"] == "school_program":
        d0 = pick_day(home, None, None, SCHOOL_W)
    else:
        d0 = pick_day(home)
    if d0 is None:
        return
    a = awareness(c, d0)
    t_aw = a["ts"] if a else at(d0, 8, 20)
    # registration
    p_reg = {"dianping": 0.72, "douyin": 0.7, "school_program": 0.86, "mall_walkin": 0.93, "referral": 1.0}[c["acq"]]
    if c["trial"]:
        p_reg = 0.9
    if rng.random() >= p_reg:
        return
    if c["trial"]:
        c["trial_ts"] = t_aw + D(minutes=float(rng.uniform(1, 20)))
    if c["acq"] == "mall_walkin":
        rts = t_aw + D(minutes=float(rng.uniform(3, 20)))
    elif c["acq"] == "referral":
        rts = t_aw
    else:
        rts = t_aw + D(days=min(lognorm(0.6, 1.0), 20))
    if c["trial"]:
        rts = max(rts, c["trial_ts"] + D(minutes=float(rng.uniform(1, 30))))
    rch = choice(["app", "mini_program"], [0.72, 0.28])
    if not ev(c, rts, "tp_register", "registered", rch, home):
        return
    c["floor_ts"] = c["reg_ts"] = rts
    c["rch"] = rch
    if rng.random() < 0.1:
        return                                          # registered, never booked
    # first purchase: package or ticket
    p_pkg = {"kid": 0.32, "teen": 0.15, "adult_beginner": 0.1, "figure_club": 0.55}[st]
    if c["acq"] == "school_program":
        p_pkg = 0.42 if home != "HD" else 0.5
    if c["trial"]:
        p_pkg = 0.0
    p_priv = {"kid": 0.25, "teen": 0.3, "adult_beginner": 0.35, "figure_club": 0.8}[st]
    c["pkg_kind"] = "private_10" if rng.random() < p_priv else "group_10"
    first = rts + D(days=min(lognorm(2.5, 1.0), 40))
    if c["acq"] == "mall_walkin":
        first = rts + D(minutes=float(rng.uniform(5, 40)))
    d = first.date()
    if d > END:
        return
    if rng.random() < p_pkg:
        if not buy_package(c, first, home):
            return
        d = d + D(days=int(rng.integers(0, 6)))
    n_public = {"kid": choice([1, 2, 3, 5], [0.35, 0.3, 0.2, 0.15]), "teen": choice([1, 2, 4, 6, 10], [0.3, 0.25,
                0.2, 0.15, 0.1]), "adult_beginner": choice([1, 2, 3, 5, 8, 12], [0.35, 0.22, 0.15, 0.12, 0.1, 0.06]),
                "figure_club": choice([6, 12, 20, 30], [0.3, 0.3, 0.25, 0.15])}[st]
    if c["trial"]:
        n_public = choice([1, 2, 3], [0.8, 0.15, 0.05])
    n_done = 0
    guard = 0
    while d is not None and d <= END and guard < 90:
        guard += 1
        rink = home if rng.random() < 0.9 else choice(list(RINKS))
        if d < RINKS[rink][3]:
            rink = home
        if c["pkg"] and c["pkg"]["left"] > 0:
            stype = "private_lesson" if c["pkg"]["kind"] == "private_10" else "group_lesson"
            rink = home
        else:
            stype = "public_session"
        res = visit(c, d, rink, stype)
        if res == "failed":
            if c["visits"] == 0 and rng.random() < 0.75:
                return
            nxt = d + D(days=int(rng.integers(15, 40)))
            d = pick_day(home, nxt, nxt + D(days=10))
            continue
        if stype == "public_session":
            n_done += 1
        if isinstance(res, tuple):
            end_t = res[1]
            # package used up -> renew?
            pk = c["pkg"]
            if pk and pk["left"] <= 0:
                p = 0.46
                if pk["coach"] == "CH06":
                    p = 0.16
                elif pk["coach"] == "CH01":
                    p = 0.68
                if c["last_fail"]:
                    p -= 0.15
                if rink == "FT" and d < FT_NEW_SKATES and not c["own_skates"]:
                    p -= 0.15
                c["pkg"] = None
                if rng.random() < p:
                    buy_package(c, end_t + D(hours=float(rng.uniform(0.2, 72))), home, renewal=True)
            # after a public session: membership / lessons / own skates
            if stype == "public_session":
                member = c["member_until"] is not None and c["member_until"] >= d
                if not member:
                    p_m = {"kid": 0.02, "teen": 0.05, "adult_beginner": 0.06, "figure_club": 0.16}[st]
                    if c["trial"]:
                        p_m = 0.006
                    elif c["acq"] == "douyin":
                        p_m *= 0.6
                    if res[2] and res[2] > 0.9 * RINKS[rink][4]:
                        p_m *= 0.4                      # a packed session does not sell memberships
                    if in_(d, ANNUAL_PROMO):
                        p_m *= 3.0
                    if rng.random() < p_m:
                        buy_membership(c, end_t + (D(minutes=float(rng.uniform(5, 60))) if rng.random() < 0.6
                                                   else D(days=float(rng.uniform(1, 25)))), rink)
                elif c["member_until"] - d < D(days=6) and c.get("mtype") == "monthly_pass" and rng.random() < 0.55:
                    buy_membership(c, datetime.combine(c["member_until"], datetime.min.time()) + D(hours=10), rink)
                if c["pkg"] is None and not c["trial"] and rng.random() < {"kid": 0.1, "teen": 0.06,
                                                                           "adult_beginner": 0.05,
                                                                           "figure_club": 0.1}[st]:
                    buy_package(c, end_t + D(days=float(rng.uniform(0.5, 10))), home)
            if not c["own_skates"] and c["visits"] >= 6 and rng.random() < 0.08:
                c["own_skates"] = True
        lesson_mode = c["pkg"] is not None and c["pkg"]["left"] > 0
        member = c["member_until"] is not None and c["member_until"] >= d
        if not lesson_mode and n_done >= n_public and not member:
            break
        if lesson_mode:
            gap = rng.uniform(2, 6) if c["pkg"]["kind"] == "private_10" else rng.uniform(4, 11)
        else:
            gap = rng.exponential(12 if member else 30)
        nxt = d + D(days=max(1, int(gap)))
        if nxt > END:
            break
        d = pick_day(home, nxt, nxt + D(days=4 if lesson_mode else 14))


for c in cust:
    simulate(c)

# standalone comments: customer-service tickets and Douyin comments not tied to a visit
active = [c for c in cust if c["visits"] > 0]
for _ in range(160):
    c = active[int(rng.integers(0, len(active)))]
    v = c["home"]
    d = pick_day(v)
    topic = choice(["fun_general", "crowded", "skates_bad", "locker_broken", "coach_patient", "cold_clean", "neutral",
                    "ice_bad"], [0.3, 0.12, 0.1, 0.08, 0.12, 0.1, 0.13, 0.05])
    if topic == "crowded" and d >= XJH_TRIAL and rng.random() < 0.6:
        v = "XJH"
    if topic == "skates_bad" and d < FT_NEW_SKATES and rng.random() < 0.5:
        v = "FT"
    if d < RINKS[v][3]:
        v = c["home"]
    ch = choice(["douyin_comment", "cs_ticket"], [0.6, 0.4])
    ts = at(d, 8, 23.9)
    if ch == "douyin_comment" and rng.random() < 0.3:
        ts = None
    add_fb(topic, c, ts, ch, None, None, v, None, c["coach"], "tp_session_skate")

# ---------- customers table ----------
last: dict = {}
spend: dict = {}
for e in events:
    last[e["customer_id"]] = max(last.get(e["customer_id"], e["ts"]), e["ts"])
for o in orders:
    if o["status"] == "paid":
        spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
engaged = {o["customer_id"] for o in orders if o["product_type"] in ("membership", "group_lesson_pkg",
                                                                     "private_lesson_pkg")}
cust_rows = []
for c in cust:
    cid = c["customer_id"]
    if c["first_ts"] is None or cid not in last:
        continue
    if c.get("reg_ts") is None:
        seg = "prospect"                                # saw a deal / came by, never registered
    elif cid in engaged and last[cid] >= datetime(2026, 1, 1):
        seg = "vip"
    elif c["first_ts"] >= datetime(2026, 1, 1):
        seg = "new"
    elif last[cid] < datetime(2025, 12, 1):
        seg = "at_risk"
    else:
        seg = "returning"
    s = spend.get(cid, 0)
    tier = "gold" if s >= 8000 else "silver" if s >= 2000 else "standard"
    cust_rows.append(dict(customer_id=cid, signup_at=c.get("reg_ts"), first_seen_at=c["first_ts"], segment=seg, region=REGION[c["city"]],
                          acquisition_channel=c["acq"], tier=tier, 会员等级=TIER_ZH[tier], skater_type=c["stype"],
                          学员类型=STYPE_ZH[c["stype"]], age_band=c["age"], gender=c["gender"], city=c["city"],
                          home_rink=RINKS[c["home"]][0], 常去冰场=RINKS[c["home"]][1], school_name=c["school"],
                          skill_level=c["level"], owns_skates="yes" if c["own_skates"] else "no",
                          language=c["lang"], primary_device=c["device"]))


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "" if v is None else v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "app_version", "rink",
           "冰场", "booking_id", "booking_source", "session_type", "场次类型", "slot_start", "ticket_type", "deal",
           "amount", "own_skates", "skate_size", "size_swap", "crowd_count", "duration_min", "package_id",
           "package_type", "coach_id", "coach_name", "教练", "test_level", "result", "rating", "feedback_id",
           "membership_type", "会员卡类型", "promo", "closure_reason", "refund_reason", "school_name"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "product_type", "品类", "rink",
           "冰场", "booking_id", "session_type", "场次类型", "ticket_type", "package_id", "package_type", "coach_id",
           "is_renewal", "membership_type", "会员卡类型", "pay_method", "refunded_at", "refund_reason", "currency"]


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en,
                                      step=k + 1, touchpoint_id=tp, window_days=win)
                                 for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows, list(cust_rows[0]))
    evs = sorted(events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(evs):
        r["event_id"] = f"E{i + 1:07d}"
    write(out / "events.csv", evs, EV_COLS)
    ords = sorted(orders, key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ords, OR_COLS)
    fbs = sorted(feedback, key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", fbs, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "rink", "冰场", "booking_id", "language"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(evs)}, orders {len(ords)}, feedback {len(fbs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
