"""Synthetic 食堂通 CampusEats university canteen pre-ordering dataset (blind held-out batch).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every feedback row; not a DATA.md table, used by gold.py
only). Fixed seed, numpy + stdlib, deterministic, a few seconds. Data covers 2025-01-01 .. 2026-06-30.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

rng = np.random.default_rng(20261212)
D = timedelta
MIN, HOUR, DAY = D(minutes=1), D(hours=1), D(days=1)
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
RENOVATION = (datetime(2025, 10, 13), datetime(2025, 12, 22))     # Canteen No.1 closed (No.2 overloaded at lunch)
CRASH = (datetime(2025, 11, 3), datetime(2025, 12, 1))            # Android app 5.2.0 crashes at checkout at noon
REMINDER_FROM = datetime(2026, 3, 2)                               # low-balance reminder push launched
PORTION_CUT = datetime(2026, 3, 2)                                 # Lakeside Dining new supplier, smaller portions
ORIENTATION = datetime(2025, 8, 30)                                # orientation push to incoming students

CAMPUSES = [("Zijing", "紫荆校区", 0.45), ("Donghu", "东湖校区", 0.33), ("Nanshan", "南山校区", 0.22)]
CAMPUS_ZH = {c[0]: c[1] for c in CAMPUSES}
# id, en, zh, campus, weight, price factor, base rating
CANTEENS = [
    ("zj_no1", "Canteen No.1", "一食堂", "Zijing", 0.42, 1.0, 3.95),
    ("zj_no2", "Canteen No.2", "二食堂", "Zijing", 0.38, 1.0, 3.9),
    ("zj_halal", "Halal Canteen", "清真食堂", "Zijing", 0.20, 1.1, 4.0),
    ("dh_east", "East Canteen", "东区食堂", "Donghu", 0.55, 1.0, 3.85),
    ("dh_lake", "Lakeside Dining", "湖畔餐厅", "Donghu", 0.45, 1.05, 4.05),
    ("dh_staff", "Staff Dining Hall", "教工餐厅", "Donghu", 0.0, 1.6, 4.7),
    ("ns_nanyuan", "Nanyuan Canteen", "南苑食堂", "Nanshan", 0.55, 1.0, 4.4),
    ("ns_hill", "Hillview Dining", "山景餐厅", "Nanshan", 0.45, 1.0, 3.75),
    ("ns_night", "Night Bites", "夜宵坊", "Nanshan", 0.0, 1.0, 3.9),
]
CT = {c[0]: c for c in CANTEENS}
BY_CAMPUS = {cp: [c for c in CANTEENS if c[3] == cp and c[4] > 0] for cp, _, _ in CAMPUSES}
LATE_NIGHT = {"Zijing": ["zj_no2"], "Donghu": ["dh_east"], "Nanshan": ["ns_night", "ns_nanyuan"]}
PERIOD_ZH = {"breakfast": "早餐", "lunch": "午餐", "dinner": "晚餐", "late_night": "夜宵"}
PERIOD_HOURS = {"breakfast": (7.0, 8.75), "lunch": (10.75, 12.85), "dinner": (16.75, 18.85),
                "late_night": (20.75, 23.25)}
PERIOD_PRICE = {"breakfast": (8, 2.5), "lunch": (18, 5), "dinner": (17, 5), "late_night": (22, 6)}
PREP = {"breakfast": 6.0, "lunch": 11.5, "dinner": 10.5, "late_night": 13.0}
USER_ZH = {"undergraduate": "本科生", "postgraduate": "研究生", "staff": "教职工"}
BAND_ZH = {"Year 1": "大一", "Year 2": "大二", "Year 3": "大三", "Year 4": "大四", "Postgraduate": "研究生",
           "Graduated": "已毕业", "Staff": "教职工"}
DIET_ZH = {"none": "无忌口", "vegetarian": "素食", "halal": "清真", "no_spicy": "不吃辣"}
ACQ_ZH = {"orientation_push": "迎新推送", "wechat_official_account": "微信公众号", "friend_referral": "同学推荐",
          "campus_poster": "校园海报", "table_qr_code": "餐桌二维码"}
SEG_ZH = {"new": "新用户", "active": "活跃用户", "at_risk": "流失风险", "dormant": "沉睡用户",
          "never_ordered": "未下单用户", "not_activated": "未激活"}
TIER_ZH = {"regular": "普通用户", "plus": "Plus会员"}
FUL_ZH = {"pickup": "自取", "dine_in": "堂食"}
CANCEL_ZH = {"balance_too_low": "余额不足未支付", "unpaid_timeout": "超时未支付", "user_cancelled": "用户取消",
             "sold_out": "菜品售罄"}
LOGIN_ZH = {"student_id": "学号登录", "staff_card": "工卡登录"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_orientation_push", "迎新推送", "Orientation push", "awareness", "other", "digital", "运营部 Marketing",
     "迎新|新生推送|开学推送|orientation|welcome push|freshers push"),
    ("tp_onboard", "注册登录", "Sign-up / login", "awareness", "app", "digital", "产品部 Product",
     "注册|登录|开通|激活|学号登录|绑定工卡|sign up|signup|onboarding|registration|activation"),
    ("tp_topup", "钱包充值", "Wallet top-up", "purchase", "app", "digital", "财务部 Finance",
     "充值|充钱|钱包|饭卡充值|top up|top-up|recharge|wallet"),
    ("tp_menu_browse", "浏览菜单", "Menu browse", "consideration", "app", "digital", "产品部 Product",
     "看菜单|菜单|浏览|menu|browse|browsing"),
    ("tp_preorder", "提交预订", "Pre-order placed", "purchase", "app", "digital", "产品部 Product",
     "下单|预订|预点餐|提交订单|place order|pre-order|preorder|checkout"),
    ("tp_pay", "钱包支付", "Wallet payment", "purchase", "app", "digital", "财务部 Finance",
     "支付|付款|扣款|支付成功|pay|payment|paid"),
    ("tp_pay_failed", "支付失败", "Payment failed", "purchase", "app", "digital", "财务部 Finance",
     "支付失败|余额不足|扣款失败|payment failed|failed payment|insufficient balance|declined"),
    ("tp_kitchen_accept", "后厨接单", "Kitchen accepted", "service", "store", "physical", "餐饮中心 Catering Ops",
     "接单|后厨|出单|kitchen|order accepted|accept"),
    ("tp_meal_ready", "出餐通知", "Meal ready notification", "service", "app", "digital", "餐饮中心 Catering Ops",
     "出餐|备餐完成|取餐提醒|取餐通知|meal ready|ready notification|ready for pickup"),
    ("tp_pickup", "取餐", "Meal picked up", "service", "store", "physical", "餐饮中心 Catering Ops",
     "取餐|拿饭|领餐|堂食|pick up|pickup|collected|collection"),
    ("tp_cancel", "取消退款", "Order cancelled & refunded", "service", "app", "digital", "客服部 Customer Service",
     "取消|退款|退单|cancel|cancellation|refund"),
    ("tp_rating", "菜品评价", "Dish rating", "loyalty", "app", "digital", "餐饮中心 Catering Ops",
     "评价|打分|评分|点评|rate|rating|review"),
    ("tp_reorder", "再来一单", "Reorder", "loyalty", "app", "digital", "产品部 Product",
     "再来一单|复购|回购|再次下单|reorder|order again|repeat order"),
]
JOURNEYS = [
    ("activation", "新用户激活", "New user activation", 14, ["tp_onboard", "tp_topup", "tp_preorder", "tp_pay"]),
    ("ordering", "点餐取餐", "Order to pickup", 1,
     ["tp_menu_browse", "tp_preorder", "tp_pay", "tp_kitchen_accept", "tp_meal_ready", "tp_pickup"]),
    ("after_meal", "评价复购", "Rate and reorder", 30, ["tp_pickup", "tp_rating", "tp_reorder"]),
]

TEXT = {
    "long_wait": (["午饭等了快半小时才出餐", "中午等餐太久了，下午的课差点迟到", "预订了还要等二十多分钟，那预订有什么用",
                   "中午出餐太慢，等得人都饿过头了", "提前下单还是等了很久，体验很差", "午高峰等餐时间太长了"],
                  ["Waited almost 30 minutes for lunch even with a pre-order.", "The wait at lunch is way too long.",
                   "Long wait for my food, pre-ordering didn't help at all.",
                   "Had to wait 25 min after ordering ahead, missed the start of my lab."]),
    "cold": (["取餐的时候饭已经凉了", "拿到手菜都凉了，冬天吃凉饭太难受", "打包的饭取的时候全凉了",
              "出餐通知来了我过去拿，汤都凉了"],
             ["Food was cold by the time I picked it up.", "My takeaway was cold at pickup.",
              "Picked up my order and the rice was stone cold."]),
    "portion": (["分量太少了，根本吃不饱", "最近分量明显变少了，价格还一样", "这个分量男生吃不饱", "肉的分量少得可怜"],
                ["Portions are too small now.", "The portion got smaller but the price didn't.",
                 "Tiny portion, still hungry after lunch."]),
    "spicy": (["麻辣香锅辣得过瘾，强烈推荐", "水煮鱼够辣够味，每周必点", "川味窗口的辣子鸡绝了", "辣度刚好，下饭神器"],
              ["Love the spicy dishes here!", "The spicy chicken is amazing, proper Sichuan heat.",
               "Best spicy noodles on campus."]),
    "tasty": (["今天的菜很好吃", "红烧肉好吃，下次还点", "味道好吃，性价比高", "饭菜挺好吃的，阿姨手不抖"],
              ["Tasty and good value.", "Delicious, will order again.", "Really tasty today, well done kitchen."]),
    "fast": (["出餐很快，下课过去刚好拿", "提前下单直接取，很快很方便", "出餐速度快，点赞"],
             ["Quick service, my meal was ready when I arrived.", "Super fast, pre-ordering saves so much time."]),
    "bland": (["今天的菜太难吃了", "没什么味道，有点难吃", "菜有点难吃，油太大了"],
              ["Quite bland today.", "Bland and oily, not great.", "The food was bland."]),
    "price": (["有点贵了，一份快二十五", "比窗口现买还贵，不太划算", "价格偏贵"],
              ["A bit expensive for canteen food.", "Pricier than buying at the counter."]),
    "crash": (["中午下单的时候App闪退，白排队了", "一到饭点就闪退，付款页面打不开", "安卓版又闪退了，午饭没订上",
               "App中午总是闪退，能不能修一下"],
              ["The app keeps crashing at checkout around noon.", "App crashed twice when I tried to pay for lunch.",
               "Android app crashes every lunchtime, please fix."]),
    "balance": (["余额不足支付失败，也没有提前提醒", "付款时才说余额不足，充值又要跳好几个页面", "余额不足订单就没了，很麻烦"],
                ["Payment failed because my balance was low, no warning at all.",
                 "Low balance error at checkout and my order was gone."]),
    "refund": (["取消订单后退款到账太慢", "退款三天了还没到钱包", "菜卖完了被取消，退款一直没到"],
               ["Refund after cancelling took days.", "My refund still hasn't reached the wallet."]),
    "login": (["学号登录一直失败，验证码收不到", "新生登录不了，提示学号不存在", "登录老是掉线，要重新验证"],
              ["Cannot log in with my student ID.", "Login keeps failing for new students."]),
    "convenient": (["用食堂通订饭很方便，不用排长队", "挺方便的，课间就能订好饭", "方便实用，推荐给同学了"],
                   ["Very convenient, no more queueing at the counter.", "Convenient app, I use it every day."]),
    "neutral": (["还行吧，中规中矩", "一般般，没什么特别", "正常水平", "还可以"],
                ["It was OK.", "Fine, nothing special.", "Average meal."]),
}
SENT = {"long_wait": "neg", "cold": "neg", "portion": "neg", "spicy": "pos", "tasty": "pos", "fast": "pos",
        "bland": "neg", "price": "neg", "crash": "neg", "balance": "neg", "refund": "neg", "login": "neg",
        "convenient": "pos", "neutral": "neu"}
TOPIC_TP = {"long_wait": "tp_meal_ready", "fast": "tp_meal_ready", "cold": "tp_pickup", "crash": "tp_preorder",
            "balance": "tp_pay_failed", "refund": "tp_cancel", "login": "tp_onboard", "convenient": "tp_preorder"}

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[tuple] = []
_sess = [0]


def U(a, b):
    return float(rng.uniform(a, b))


def pick(xs, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return xs[int(rng.choice(len(xs), p=p))]


def lognorm(median, sigma):
    return float(median * np.exp(sigma * rng.standard_normal()))


def fmt(t):
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def new_session():
    _sess[0] += 1
    return f"S{_sess[0]:07d}"


def ev(c, t, tp, action, sess="", order="", physical=False, canteen=None, **kw):
    events.append(dict(event_id=f"E{len(events) + 1:07d}", customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                       session_id=sess, action=action, device="" if physical else c["primary_device"],
                       channel="store" if physical else c["app_channel"], order_id=order,
                       canteen_id=canteen[0] if canteen else "", canteen=canteen[1] if canteen else "",
                       campus=canteen[3] if canteen else c["campus"],
                       app_version="" if physical else app_version(c, t), **kw))


def app_version(c, t):
    if c["app_channel"] == "mini_program":
        return "mp"
    if c["primary_device"] == "android":
        return "5.1.4" if t < CRASH[0] else ("5.2.0" if t < CRASH[1] else "5.2.1")
    return "5.1.4" if t < CRASH[0] else "5.2.0"


def add_fb(topic, lang, t, channel, cust=None, order=None, tp=None, rating=None, nps=None, canteen=None,
           platform=""):
    zh, en = TEXT[topic]
    text = pick(en) if lang == "en" else pick(zh)
    fid = f"FB{len(feedback) + 1:05d}"
    if tp is None:
        tp = TOPIC_TP.get(topic, "tp_rating")
    feedback.append(dict(feedback_id=fid, text=text, ts=t, customer_id=cust["customer_id"] if cust else "",
                         touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
                         order_id=order["order_id"] if order else "",
                         canteen=canteen[1] if canteen else "", 食堂=canteen[2] if canteen else "",
                         language=lang, app_store=platform))
    truth.append((fid, topic, SENT[topic]))


# ---------------------------------------------------------------- calendar
def calendar_factor(d: date, staff: bool) -> float:
    def between(a, b):
        return date.fromisoformat(a) <= d <= date.fromisoformat(b)
    if between("2025-01-13", "2025-02-16") or between("2026-01-12", "2026-02-22"):
        f = 0.45 if staff else 0.07
    elif between("2025-06-30", "2025-08-31"):
        f = 0.5 if staff else 0.12
    elif between("2025-10-01", "2025-10-07") or between("2025-05-01", "2025-05-05") \
            or between("2026-05-01", "2026-05-05") or between("2025-04-04", "2025-04-06"):
        f = 0.3
    elif between("2025-01-01", "2025-01-12") or between("2026-01-05", "2026-01-11") \
            or between("2025-06-16", "2025-06-29") or between("2026-06-15", "2026-06-30"):
        f = 0.75
    else:
        f = 1.0
    if d.weekday() >= 5:
        f *= 0.5 if not staff else 0.15
    return f


DAYS = [START.date() + D(days=i) for i in range((END.date() - START.date()).days + 1)]
CAL = {s: np.array([calendar_factor(d, s) for d in DAYS]) for s in (False, True)}


# ---------------------------------------------------------------- customers
def make_customers():
    custs = []
    cohorts = []  # (user_type, enrol_year, n, signup kind)
    cohorts += [("undergraduate", 2021, 230, "old"), ("undergraduate", 2022, 260, "old"),
                ("undergraduate", 2023, 280, "old"), ("undergraduate", 2024, 320, "old"),
                ("postgraduate", 2022, 90, "old"), ("postgraduate", 2023, 130, "old"),
                ("postgraduate", 2024, 160, "old"), ("staff", None, 230, "old"),
                ("undergraduate", 2025, 760, "orientation"), ("postgraduate", 2025, 300, "orientation"),
                ("undergraduate", 2023, 70, "late"), ("undergraduate", 2024, 110, "late"),
                ("postgraduate", 2024, 50, "late"), ("staff", None, 90, "late")]
    i = 0
    for utype, enrol, n, kind in cohorts:
        for _ in range(n):
            i += 1
            campus = pick([c[0] for c in CAMPUSES], [c[2] for c in CAMPUSES])
            intl = utype != "staff" and rng.random() < (0.09 if utype == "undergraduate" else 0.14)
            diet = pick(["none", "vegetarian", "halal", "no_spicy"], [0.66, 0.08, 0.07, 0.19])
            if utype == "staff":
                band = "Staff"
            elif (utype == "undergraduate" and enrol == 2021) or (utype == "postgraduate" and enrol == 2022):
                band = "Graduated"
            elif utype == "postgraduate":
                band = "Postgraduate"
            else:
                band = f"Year {2026 - enrol}"
            c = dict(customer_id=f"U{i:05d}", user_type=utype, enrol_year=enrol or "", year_band=band, campus=campus,
                     intl=intl, diet=diet, kind=kind,
                     language="en" if intl or rng.random() < 0.02 else "zh",
                     primary_device=pick(["ios", "android", "harmonyos"], [0.46, 0.4, 0.14]),
                     app_channel=pick(["app", "mini_program"], [0.68, 0.32]),
                     tier="plus" if rng.random() < (0.12 if utype == "postgraduate" else 0.07) else "regular")
            # signup
            if kind == "old":
                if utype == "staff":
                    c["signup_at"] = datetime(2022, 3, 1) + D(days=U(0, 1000), hours=U(8, 22))
                else:
                    c["signup_at"] = datetime(enrol, 9, 1) + D(days=float(rng.exponential(60)), hours=U(8, 23))
                    if c["signup_at"] >= START:
                        c["signup_at"] = START - D(days=U(1, 30))
                c["acq"] = pick(["orientation_push", "wechat_official_account", "friend_referral", "campus_poster",
                                 "table_qr_code"], [0.3 if utype != "staff" else 0.0, 0.25, 0.2, 0.1, 0.15])
            elif kind == "orientation":
                r = rng.random()
                if r < 0.70:
                    c["signup_at"] = datetime(2025, 8, 31) + D(days=float(rng.exponential(3.0)), hours=U(8, 23))
                elif r < 0.84:
                    c["signup_at"] = datetime(2025, 9, 14) + D(days=U(0, 260), hours=U(8, 23))
                else:
                    c["signup_at"] = None
                c["acq"] = pick(["orientation_push", "friend_referral", "table_qr_code", "wechat_official_account"],
                                [0.68, 0.14, 0.12, 0.06])
            else:
                c["signup_at"] = START + D(days=U(30, 540), hours=U(8, 22))
                c["acq"] = pick(["wechat_official_account", "friend_referral", "campus_poster", "table_qr_code"],
                                [0.3, 0.3, 0.15, 0.25])
            c["login"] = "staff_card" if utype == "staff" else "student_id"
            base = {"undergraduate": 0.021, "postgraduate": 0.036, "staff": 0.024}[utype]
            c["rate"] = base * float(np.exp(0.75 * rng.standard_normal() - 0.28))
            # when they stop using the app
            stop = END + DAY
            if band == "Graduated":
                stop = datetime(2025, 6, 28) + D(days=U(0, 10))
            if c["signup_at"] is not None and rng.random() < 0.35:
                stop = min(stop, max(c["signup_at"], START) + D(days=float(rng.exponential(200))))
            c["stop"] = stop
            fav_pool = BY_CAMPUS[campus]
            c["fav"] = pick([x[0] for x in fav_pool], [x[4] for x in fav_pool])
            if diet == "halal" and campus == "Zijing":
                c["fav"] = "zj_halal"
            custs.append(c)
    return custs


# ---------------------------------------------------------------- simulation
def choose_canteen(c, period, t):
    if period == "late_night":
        opts = LATE_NIGHT[c["campus"]]
        cid = opts[0] if len(opts) == 1 or rng.random() < 0.85 else opts[1]
    elif c["user_type"] == "staff" and c["campus"] == "Donghu" and rng.random() < 0.2:
        cid = "dh_staff"
    elif rng.random() < 0.6:
        cid = c["fav"]
    else:
        pool = BY_CAMPUS[c["campus"]]
        cid = pick([x[0] for x in pool], [x[4] for x in pool])
    if cid == "zj_no1" and RENOVATION[0] <= t < RENOVATION[1]:
        cid = "zj_no2" if rng.random() < 0.85 else "zj_halal"
    return CT[cid]


def choose_period(c):
    p = {"undergraduate": [0.14, 0.44, 0.30, 0.12], "postgraduate": [0.12, 0.44, 0.32, 0.12],
         "staff": [0.10, 0.72, 0.18, 0.0]}[c["user_type"]]
    return pick(["breakfast", "lunch", "dinner", "late_night"], p)


def topup(c, t, amount, sess):
    oid = f"T{len(orders) + 1:06d}"
    method = pick(["wechat_pay", "alipay", "bank_card"], [0.6, 0.3, 0.1])
    ev(c, t, "tp_topup", "success", sess, oid, amount=amount, payment_method=method)
    orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=float(amount), status="paid",
                       channel=c["app_channel"], device=c["primary_device"], order_type="wallet_topup",
                       order_type_zh="钱包充值", payment_method=method, _c=c))
    c["balance"] += amount


def topup_amount(c):
    if c["user_type"] == "staff":
        return int(pick([200, 300, 500], [0.4, 0.35, 0.25]))
    if c["user_type"] == "postgraduate":
        return int(pick([100, 200, 300], [0.35, 0.45, 0.2]))
    if c["year_band"] == "Year 1" and ORIENTATION <= c["_t"] < datetime(2025, 11, 1):
        return int(pick([30, 50, 100], [0.35, 0.45, 0.2]))
    return int(pick([50, 100, 200], [0.3, 0.45, 0.25]))


def check_prob(c, t):
    p = {"undergraduate": 0.55, "postgraduate": 0.7, "staff": 0.92}[c["user_type"]]
    if c["year_band"] == "Year 1" and ORIENTATION <= t < datetime(2025, 11, 1):
        p = 0.2
    if t >= REMINDER_FROM:
        p = min(0.95, p + 0.3)
    return p


def meal_order(c, t, period, reorder_of=None):
    c["_t"] = t
    canteen = reorder_of["_canteen"] if reorder_of else choose_canteen(c, period, t)
    if canteen[0] == "zj_no1" and RENOVATION[0] <= t < RENOVATION[1]:
        canteen = CT["zj_no2"]
    if period == "late_night" and canteen[0] not in sum(LATE_NIGHT.values(), []):
        canteen = CT[LATE_NIGHT[c["campus"]][0]]
    if period != "late_night" and canteen[0] == "ns_night":
        canteen = CT["ns_nanyuan"]
    mu, sd = PERIOD_PRICE[period]
    subtotal = max(4.0, mu + sd * float(rng.standard_normal())) * canteen[5] * (1.25 if c["user_type"] == "staff" else 1)
    subtotal = round(subtotal * 2) / 2
    discount = round(subtotal * 0.05, 2) if c["tier"] == "plus" else 0.0
    amount = round(subtotal - discount, 2)
    items = int(pick([1, 2, 3], [0.62, 0.3, 0.08]))
    ful = "pickup" if rng.random() < ({"late_night": 0.85}.get(period, 0.3 if c["user_type"] == "staff" else 0.55)) \
        else "dine_in"
    # pre-order balance check (a separate short session)
    if c["balance"] < amount + 5 and rng.random() < check_prob(c, t):
        tt = t - D(minutes=U(20, 600))
        topup(c, tt if tt > c["_begin"] else t - D(minutes=U(10, 15)), topup_amount(c), new_session())
    sess = new_session()
    oid = f"M{len(orders) + 1:06d}"
    if reorder_of:
        ev(c, t - D(minutes=U(0.3, 2)), "tp_reorder", "click", sess, oid, canteen=canteen)
    else:
        ev(c, t - D(minutes=U(1, 9)), "tp_menu_browse", "view", sess, canteen=canteen)
    o = dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=amount, status="paid",
             channel=c["app_channel"], device=c["primary_device"], order_type="meal", order_type_zh="餐食订单",
             canteen_id=canteen[0], canteen=canteen[1], 食堂=canteen[2], campus=canteen[3],
             校区=CAMPUS_ZH[canteen[3]], meal_period=period, 餐段=PERIOD_ZH[period], fulfilment=ful,
             fulfilment_zh=FUL_ZH[ful], item_count=items, subtotal=subtotal, discount=discount,
             payment_method="wallet", is_reorder=bool(reorder_of), app_version=app_version(c, t),
             paid_at=None, accepted_at=None, ready_at=None, picked_up_at=None, picked_up=False,
             cancel_reason="", cancel_reason_zh="", refund_amount=0.0, _canteen=canteen, _c=c)
    orders.append(o)
    ev(c, t, "tp_preorder", "submit", sess, oid, canteen=canteen, amount=amount, meal_period=period)
    # checkout
    tp = t + D(minutes=U(0.2, 1.5))
    crash = (c["app_channel"] == "app" and c["primary_device"] == "android" and CRASH[0] <= t < CRASH[1]
             and 11 <= t.hour < 13 and rng.random() < 0.4)
    if crash:
        c["crashed"].append(o)
        o.update(status="cancelled", cancel_reason="unpaid_timeout", cancel_reason_zh=CANCEL_ZH["unpaid_timeout"])
        ev(c, t + D(minutes=15), "tp_cancel", "auto_cancel", sess, oid, canteen=canteen)
        return o
    if c["balance"] < amount:
        ev(c, tp, "tp_pay_failed", "fail", sess, oid, canteen=canteen, amount=amount, fail_reason="balance_too_low")
        c["failed"].append(o)
        if rng.random() < 0.62:
            tp = tp + D(minutes=U(1, 5))
            topup(c, tp, max(topup_amount(c), 50 if amount > 30 else 0), sess)
            tp = tp + D(minutes=U(0.2, 1))
        else:
            o.update(status="cancelled", cancel_reason="balance_too_low", cancel_reason_zh=CANCEL_ZH["balance_too_low"])
            ev(c, t + D(minutes=15), "tp_cancel", "auto_cancel", sess, oid, canteen=canteen)
            return o
    c["balance"] -= amount
    o["paid_at"] = tp
    ev(c, tp, "tp_pay", "success", sess, oid, canteen=canteen, amount=amount)
    r = rng.random()
    if r < 0.025 or (r < 0.035 and period == "lunch"):
        kind = "user_cancelled" if r < 0.022 else "sold_out"
        tc = tp + D(minutes=U(0.5, 4))
        o.update(status="refunded", cancel_reason=kind, cancel_reason_zh=CANCEL_ZH[kind], refund_amount=amount)
        ev(c, tc, "tp_cancel", "user_cancel" if kind == "user_cancelled" else "kitchen_reject", sess, oid,
           canteen=canteen, amount=amount)
        c["balance"] += amount
        if rng.random() < 0.12:
            c["refund_ticket"].append((o, tc))
        return o
    rush = 1.0
    ta = tp + D(minutes=U(0.5, 3.5) * (1.5 if period == "lunch" else 1))
    ev(c, ta, "tp_kitchen_accept", "accept", sess, oid, physical=True, canteen=canteen)
    med = PREP[period]
    if canteen[0] == "zj_no2" and period == "lunch" and RENOVATION[0] <= t < RENOVATION[1]:
        med, rush = 27.0, 2.0
    prep = max(2.0, lognorm(med, 0.3))
    tr = ta + D(minutes=prep)
    ev(c, tr, "tp_meal_ready", "notify", sess, oid, canteen=canteen)
    o.update(accepted_at=ta, ready_at=tr, prep_minutes=round(prep, 1))
    noshow = 0.035
    if period == "late_night":
        noshow = 0.13 if canteen[0] == "ns_night" else 0.10
    if rush > 1:
        noshow = 0.09
    if rng.random() < noshow:
        return o
    gap = max(0.3, lognorm(7.0 if ful == "pickup" else 3.0, 0.75))
    tpick = tr + D(minutes=gap)
    ev(c, tpick, "tp_pickup", "collect", sess, oid, physical=True, canteen=canteen)
    o.update(picked_up_at=tpick, picked_up=True, _gap=gap, _prep=prep)
    c["picked"].append(o)
    # rating
    bad = prep > 22 or (gap > 12 and ful == "pickup" and tpick.month in (12, 1, 2))
    if rng.random() < (0.35 if bad else 0.13):   # unhappy diners rate more often
        rate_order(c, o, tpick + D(minutes=U(10, 240)))
    return o


def rate_order(c, o, t):
    cid = o["canteen_id"]
    base = CT[cid][6]
    winter = t.month in (12, 1, 2)
    topic = None
    if o["_prep"] > 22 and rng.random() < 0.75:
        topic = "long_wait"
    elif o["_gap"] > (12 if winter else 18) and o["fulfilment"] == "pickup" and rng.random() < (0.75 if winter else 0.2):
        topic = "cold"
    elif cid == "dh_lake" and t >= PORTION_CUT and rng.random() < 0.5:
        topic = "portion"
    elif cid == "ns_nanyuan" and c["diet"] != "no_spicy" and rng.random() < 0.5:
        topic = "spicy"
    if topic is None:
        if cid == "dh_lake" and t >= PORTION_CUT:
            base = 3.55
        stars = int(np.clip(round(base + 0.9 * rng.standard_normal()), 1, 5))
        if stars >= 4:
            topic = pick(["tasty", "fast", "convenient", "neutral", "spicy"],
                         [0.45, 0.15, 0.12, 0.2, 0.08 if c["diet"] != "no_spicy" else 0])
        elif stars == 3:
            topic = pick(["neutral", "price", "portion", "bland"], [0.6, 0.15, 0.1, 0.15])
        else:
            topic = pick(["bland", "price", "portion", "neutral"], [0.45, 0.25, 0.2, 0.1])
    else:
        stars = stars_for(topic)
    ev(c, t, "tp_rating", "rate", "", o["order_id"], canteen=o["_canteen"], stars=stars)
    add_fb(topic, c["language"], t, "in_app_rating", cust=c, order=o, rating=stars, canteen=o["_canteen"])


def stars_for(topic):
    s = SENT[topic]
    if s == "pos":
        return int(pick([5, 4], [0.65, 0.35]))
    if s == "neu":
        return int(pick([3, 4], [0.6, 0.4]))
    if topic == "price":
        return int(pick([2, 3], [0.45, 0.55]))
    return int(pick([1, 2, 3], [0.35, 0.45, 0.2]))


def simulate(c):
    c.update(balance=0.0, failed=[], crashed=[], picked=[], refund_ticket=[], _t=START)
    staff = c["user_type"] == "staff"
    if c["kind"] == "orientation":
        t0 = ORIENTATION + D(hours=U(9, 21))
        events.append(dict(event_id=f"E{len(events) + 1:07d}", customer_id=c["customer_id"], ts=t0,
                           touchpoint_id="tp_orientation_push", session_id="", action="delivered", device="",
                           channel="sms", order_id="", canteen_id="", canteen="", campus=c["campus"],
                           app_version="", campaign="orientation_2025"))
    if c["signup_at"] is None:
        return
    s = c["signup_at"]
    begin = max(s, START)
    c["_begin"] = begin
    if s >= START:
        ev(c, s, "tp_onboard", "login_success", new_session(), login_method=c["login"])
        # first top-up
        p_top = 0.55 if c["acq"] == "orientation_push" else 0.85
        if rng.random() < p_top:
            c["_t"] = s
            topup(c, s + D(hours=float(rng.exponential(20)) + 0.05), topup_amount(c), new_session())
        if rng.random() < 0.35:
            ev(c, s + D(minutes=U(1, 30)), "tp_menu_browse", "view", new_session())
        if c["acq"] == "orientation_push" and rng.random() < 0.35:
            c["rate"] *= 0.35
        # the first order soon after signing up (push-only sign-ups often never order)
        if rng.random() < (0.42 if c["acq"] == "orientation_push" else 0.8):
            period = choose_period(c)
            lo, hi = PERIOD_HOURS[period]
            d0 = (s + D(days=float(rng.exponential(2.5)) + 0.3)).date()
            t = datetime.combine(d0, datetime.min.time()) + D(hours=lo + (hi - lo) * float(rng.beta(2.2, 2.2)))
            if t < c["stop"]:
                meal_order(c, t, period)
    else:
        c["balance"] = float(pick([0, 20, 60, 150], [0.3, 0.3, 0.25, 0.15]))
    i0 = (begin.date() - START.date()).days + 1
    i1 = min(len(DAYS), (c["stop"].date() - START.date()).days + 1)
    if i1 <= i0:
        return
    lam = c["rate"] * CAL[staff][i0:i1]
    if c["kind"] == "orientation":
        # novelty in the first weeks after orientation
        lam = lam * np.where(np.arange(i0, i1) < i0 + 42, 1.5, 1.0)
    n = rng.poisson(lam)
    last = None
    for k in np.nonzero(n)[0]:
        d = DAYS[i0 + k]
        periods = set()
        for _ in range(int(min(n[k], 2))):
            period = choose_period(c)
            if period in periods:
                continue
            periods.add(period)
            lo, hi = PERIOD_HOURS[period]
            h = lo + (hi - lo) * float(rng.beta(2.2, 2.2))
            t = datetime.combine(d, datetime.min.time()) + D(hours=h)
            if t <= begin:
                continue
            reo = None
            if last is not None and last["picked_up"] and rng.random() < (0.38 if c["user_type"] == "postgraduate"
                                                                            else 0.22):
                reo = last
                period_r = last["meal_period"]
                if period_r != period:
                    reo = None
            o = meal_order(c, t, period, reorder_of=reo)
            last = o
            if rng.random() < 0.3:   # a browse-only session on another day
                tb = t - D(days=U(0.5, 5))
                if tb > begin:
                    ev(c, tb, "tp_menu_browse", "view", new_session(), canteen=choose_canteen(c, period, tb))
    # customer-service tickets
    for o in c["failed"]:
        if rng.random() < 0.06:
            add_fb("balance", c["language"], o["ts"] + D(minutes=U(10, 300)), "cs_ticket", cust=c, order=o,
                   canteen=o["_canteen"])
    for k, o in enumerate(c["crashed"]):
        if rng.random() < (0.45 if k == 0 else 0.15):
            add_fb("crash", c["language"], o["ts"] + D(minutes=U(5, 240)), "cs_ticket", cust=c, order=o)
    for o, tc in c["refund_ticket"]:
        add_fb("refund", c["language"], tc + D(days=U(1, 3)), "cs_ticket", cust=c, order=o)
    if s >= START and c["user_type"] != "staff" and c["kind"] == "orientation" and rng.random() < 0.03:
        add_fb("login", c["language"], s + D(minutes=U(5, 120)), "cs_ticket", cust=c)
    for o in c["picked"]:
        if o["_gap"] > 25 and o["fulfilment"] == "pickup" and o["ts"].month in (12, 1, 2) and rng.random() < 0.05:
            add_fb("cold", c["language"], o["picked_up_at"] + D(minutes=U(10, 120)), "cs_ticket", cust=c, order=o,
                   canteen=o["_canteen"])


# ---------------------------------------------------------------- other feedback
def app_store_reviews():
    plat = ["ios_app_store", "huawei_appgallery", "tencent_myapp"]
    def review(topic, t, lang, platform):
        add_fb(topic, lang, t, "app_store_review", rating=stars_for(topic) if topic != "crash" else
               int(pick([1, 2], [0.8, 0.2])), platform=platform)
    for _ in range(46):      # Android crash reviews, Nov 2025
        review("crash", CRASH[0] + D(days=U(0, 28), hours=U(11, 14)), pick(["zh", "en"], [0.85, 0.15]),
               pick(plat[1:], [0.5, 0.5]))
    for _ in range(9):
        review("crash", START + D(days=U(0, 540), hours=U(8, 23)), "zh", pick(plat))
    for _ in range(17):      # login problems in orientation week
        review("login", datetime(2025, 8, 31) + D(days=U(0, 10), hours=U(8, 23)), pick(["zh", "en"], [0.8, 0.2]),
               pick(plat))
    for _ in range(7):
        review("login", START + D(days=U(0, 540), hours=U(8, 23)), "zh", pick(plat))
    for _ in range(70):
        review(pick(["convenient", "fast", "neutral"], [0.6, 0.2, 0.2]), START + D(days=U(0, 545), hours=U(8, 23)),
               pick(["zh", "en"], [0.85, 0.15]), pick(plat))
    for _ in range(12):
        review("balance", START + D(days=U(0, 545), hours=U(8, 23)), "zh", pick(plat))
    # a few old reviews imported without a date
    idx = [i for i, f in enumerate(feedback) if f["channel"] == "app_store_review"]
    for i in rng.choice(idx, size=10, replace=False):
        feedback[int(i)]["ts"] = None


def surveys(custs):
    waves = [(datetime(2025, 6, 9), "2025 spring"), (datetime(2025, 12, 8), "2025 fall"),
             (datetime(2026, 6, 8), "2026 spring")]
    for t0, _ in waves:
        t1 = t0 + D(days=14)
        recent = t0 - D(days=110)
        for c in custs:
            if c["signup_at"] is None or c["signup_at"] > t0 or c["stop"] < t0:
                continue
            mine = [o for o in c["picked"] if recent <= o["ts"] < t0]
            if not mine or rng.random() > 0.2:
                continue
            t = t0 + D(days=U(0, 14), hours=U(8, 23))
            if t > t1:
                continue
            waits = sum(o["_prep"] > 22 for o in mine)
            colds = sum(o["_gap"] > 18 and o["fulfilment"] == "pickup" for o in mine)
            lake = sum(o["canteen_id"] == "dh_lake" for o in mine) and t0.year == 2026
            crashed = any(recent <= o["ts"] < t0 for o in c["crashed"])
            r = rng.random()
            if crashed and r < 0.5:
                topic = "crash"
            elif waits and r < 0.6:
                topic = "long_wait"
            elif lake and r < 0.5:
                topic = "portion"
            elif colds and r < 0.3:
                topic = "cold"
            else:
                topic = pick(["tasty", "convenient", "neutral", "price", "spicy", "bland"],
                             [0.25, 0.25, 0.2, 0.12, 0.1 if c["campus"] == "Nanshan" else 0.02, 0.06])
            stars = stars_for(topic)
            nps = {5: pick([9, 10, 8], [0.4, 0.4, 0.2]), 4: pick([7, 8, 9], [0.3, 0.4, 0.3]),
                   3: pick([5, 6, 7], [0.3, 0.4, 0.3]), 2: pick([2, 3, 4, 5], [0.25, 0.25, 0.25, 0.25]),
                   1: pick([0, 1, 2, 3], [0.3, 0.3, 0.2, 0.2])}[stars]
            add_fb(topic, c["language"], t, "semester_survey", cust=c, rating=stars, nps=int(nps),
                   tp=TOPIC_TP.get(topic, "tp_rating"))


def comment_box():
    specs = [("dh_lake", "portion", 26), ("zj_no2", "long_wait", 18), ("ns_nanyuan", "spicy", 16),
             ("zj_no1", "tasty", 8), ("dh_east", "neutral", 10), ("ns_hill", "bland", 9), ("zj_halal", "tasty", 8),
             ("ns_night", "cold", 7), ("zj_no2", "cold", 6), ("dh_east", "price", 6)]
    for cid, topic, n in specs:
        for _ in range(n):
            add_fb(topic, "zh", None, "comment_box", canteen=CT[cid])


# ---------------------------------------------------------------- output
def write(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k, "")
                if isinstance(v, datetime):
                    v = fmt(v)
                elif v is None:
                    v = ""
                elif isinstance(v, bool):
                    v = "true" if v else "false"
                elif isinstance(v, float):
                    v = f"{v:.2f}"
                out.append(v)
            w.writerow(out)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    custs = make_customers()
    for c in custs:
        simulate(c)
    app_store_reviews()
    surveys(custs)
    comment_box()
    global events, orders, feedback, truth
    events = [e for e in events if e["ts"] <= END]
    orders = [o for o in orders if o["ts"] <= END]
    for o in orders:
        for k in ("paid_at", "accepted_at", "ready_at", "picked_up_at"):
            if o.get(k) is not None and o[k] > END:
                o[k] = None
    keep = {f["feedback_id"] for f in feedback if f["ts"] is None or f["ts"] <= END}
    feedback = [f for f in feedback if f["feedback_id"] in keep]
    truth = [x for x in truth if x[0] in keep]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    # customers: segment at the end of the data
    last_paid = {}
    for o in orders:
        if o["order_type"] == "meal" and o["status"] == "paid":
            last_paid[o["customer_id"]] = max(last_paid.get(o["customer_id"], START), o["ts"])
    for c in custs:
        if c["signup_at"] is None:
            seg = "not_activated"
        elif c["signup_at"] >= datetime(2026, 5, 1):
            seg = "new"
        elif c["customer_id"] not in last_paid:
            seg = "never_ordered"
        else:
            days = (END - last_paid[c["customer_id"]]).days
            seg = "active" if days <= 30 else ("at_risk" if days <= 90 else "dormant")
        c.update(segment=seg, segment_zh=SEG_ZH[seg], region=c["campus"], 校区=CAMPUS_ZH[c["campus"]],
                 acquisition_channel=c["acq"], acquisition_channel_zh=ACQ_ZH[c["acq"]], tier_zh=TIER_ZH[c["tier"]],
                 user_type_zh=USER_ZH[c["user_type"]], year_band_zh=BAND_ZH[c["year_band"]],
                 dietary_preference=c["diet"], dietary_preference_zh=DIET_ZH[c["diet"]],
                 student_origin="international" if c["intl"] else ("domestic" if c["user_type"] != "staff" else ""),
                 login_method=c["login"], login_method_zh=LOGIN_ZH[c["login"]],
                 home_canteen=CT[c["fav"]][1], app_channel=c["app_channel"])
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=a, name=b, name_zh=b, name_en=e, stage=s, channel=ch, kind=k, owner=o, aliases=al)
           for a, b, e, s, ch, k, o, al in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1, touchpoint_id=tp,
                window_days=w) for j, zh, en, w, steps in JOURNEYS for i, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write(out / "customers.csv", custs,
          ["customer_id", "signup_at", "segment", "segment_zh", "region", "acquisition_channel",
           "acquisition_channel_zh", "tier", "tier_zh", "user_type", "user_type_zh", "campus", "校区", "enrol_year",
           "year_band", "year_band_zh", "dietary_preference", "dietary_preference_zh", "student_origin", "language",
           "primary_device", "app_channel", "login_method", "login_method_zh", "home_canteen"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "order_id",
           "canteen_id", "canteen", "campus", "meal_period", "amount", "app_version", "fail_reason", "payment_method",
           "login_method", "stars", "campaign"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "canteen_id", "canteen", "食堂", "campus", "校区", "meal_period", "餐段", "fulfilment", "fulfilment_zh",
           "item_count", "subtotal", "discount", "payment_method", "is_reorder", "app_version", "paid_at",
           "accepted_at", "ready_at", "picked_up_at", "picked_up", "prep_minutes", "cancel_reason",
           "cancel_reason_zh", "refund_amount"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "order_id",
           "canteen", "食堂", "language", "app_store"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=a, topic=b, sentiment=s) for a, b, s in truth], ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(custs)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
