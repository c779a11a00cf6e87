"""Synthetic data for 饭点校园 FanDian Campus, a meal-card and canteen pre-ordering app run for three universities:
江汉理工大学 Jianghan University of Technology (Wuhan), 秦川大学 Qinchuan University (Xi'an) and Universiti Lembah
Klang 巴生谷大学 (Kuala Lumpur).

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic and sentiment each comment was written from; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic, a few seconds of CPU. Data covers 2025-02-01 .. 2026-07-31 (naive
local campus time). See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260807
rng = np.random.default_rng(SEED)

START = datetime(2025, 2, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
FX_MYR = 1.55  # CNY per MYR, the fixed rate finance uses for group reporting

# planted windows
XA_CREDIT_BUG = (datetime(2025, 11, 3), datetime(2025, 11, 28))   # Qinchuan card-system migration: top-ups not credited
AB_WINDOW = (datetime(2026, 3, 2), datetime(2026, 5, 31, 23, 59, 59))  # auto top-up prompt A/B test
KL_NEW_BANK = datetime(2026, 1, 5)                                  # KL refunds move to a new acquiring bank (slower)


def R() -> float:
    return float(rng.random())


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    r = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if r < acc:
            return o
    return options[-1]


def days(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 86400)


def hours(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 3600)


def mins(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 60)


def at(d: date, h: float) -> datetime:
    return datetime(d.year, d.month, d.day) + hours(h)


# ---------------------------------------------------------------- reference data
UNIS = {
    "JHUT": dict(zh="江汉理工大学", en="Jianghan University of Technology", region="Wuhan", region_zh="武汉",
                 country="China", currency="CNY", team="wh_canteen_service"),
    "QCU": dict(zh="秦川大学", en="Qinchuan University", region="Xi'an", region_zh="西安",
                country="China", currency="CNY", team="xa_canteen_service"),
    "ULK": dict(zh="巴生谷大学", en="Universiti Lembah Klang", region="Kuala Lumpur", region_zh="吉隆坡",
                country="Malaysia", currency="MYR", team="kl_campus_dining"),
}
CANTEENS = {  # id: uni, zh, en, weight
    "c_wh_east": ("JHUT", "东区食堂", "East Canteen", 46),
    "c_wh_west": ("JHUT", "西区食堂", "West Canteen", 34),
    "c_wh_gui": ("JHUT", "桂园餐厅", "Osmanthus Restaurant", 20),
    "c_xa_changan": ("QCU", "长安食堂", "Chang'an Canteen", 44),
    "c_xa_yanta": ("QCU", "雁塔餐厅", "Yanta Restaurant", 36),
    "c_xa_halal": ("QCU", "清真食堂", "Halal Canteen", 20),
    "c_kl_lake": ("ULK", "湖畔美食广场", "Lakeside Food Court", 42),
    "c_kl_kolej": ("ULK", "书院餐厅", "Kolej Cafe", 33),
    "c_kl_eng": ("ULK", "工学院食堂", "Engineering Canteen", 25),
}
UNI_CANTEENS = {u: [k for k, v in CANTEENS.items() if v[0] == u] for u in UNIS}
FACULTIES = {"engineering": "工学院", "computer_science": "计算机学院", "business": "商学院", "medicine": "医学院",
             "humanities": "人文学院", "science": "理学院"}
COMPLAINT_CATS = {"queue_wait": "排队等候", "food_quality": "饭菜质量", "hygiene": "食品卫生",
                  "topup_issue": "充值问题", "refund_issue": "退款问题", "staff_attitude": "服务态度",
                  "app_issue": "App故障", "card_issue": "卡片问题"}

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_install", "下载并打开App", "App installed", "awareness", "app", "digital", "growth",
     "下载|装App|新用户|首次打开|install|download|first open"),
    ("tp_id_verify", "学号实名认证", "Student ID verified", "consideration", "app", "digital", "growth",
     "实名认证|学号认证|注册|身份认证|sign up|verification|ID check"),
    ("tp_card_bind", "绑定饭卡", "Meal card linked", "consideration", "app", "digital", "card_office",
     "绑卡|绑定校园卡|一卡通绑定|饭卡绑定|link card|card binding|card linking"),
    ("tp_card_bind_error", "绑卡失败", "Card link failed", "consideration", "app", "digital", "card_office",
     "绑卡报错|绑不上|card link error|binding error"),
    ("tp_pin_set", "设置支付密码", "Payment PIN set", "consideration", "app", "digital", "payments",
     "支付密码|免密支付|PIN|payment password"),
    ("tp_topup_page", "充值页面", "Top-up page", "purchase", "app", "digital", "payments",
     "充值入口|充值页|top up page|reload page"),
    ("tp_topup_submit", "提交充值", "Top-up submitted", "purchase", "app", "digital", "payments",
     "选金额|提交充值|充值下单|top-up order|reload amount"),
    ("tp_topup_pay", "充值支付成功", "Top-up paid", "purchase", "app", "digital", "payments",
     "充值付款|付款成功|微信支付|支付宝|FPX|Touch 'n Go|top-up payment"),
    ("tp_topup_pay_failed", "充值支付失败", "Top-up payment failed", "purchase", "app", "digital", "payments",
     "付款失败|支付失败|payment failed|declined"),
    ("tp_topup_credit", "充值圈存到账", "Top-up credited to card", "purchase", "app", "digital", "card_office",
     "到账|圈存|余额到账|充值到账|credited|balance updated|reload credited"),
    ("tp_auto_topup_on", "开通自动充值", "Auto top-up enabled", "loyalty", "app", "digital", "payments",
     "自动充值|自动圈存|auto top-up|auto reload"),
    ("tp_menu_browse", "浏览菜单", "Menu browsed", "consideration", "app", "digital", "canteen_ops",
     "看菜单|今日菜单|菜单|menu|today's menu"),
    ("tp_add_to_cart", "加入购物车", "Added to cart", "consideration", "app", "digital", "canteen_ops",
     "购物车|加购|add to cart|basket"),
    ("tp_order_submit", "提交预订", "Pre-order submitted", "purchase", "app", "digital", "canteen_ops",
     "下单|预订|预点餐|订餐|pre-order|order placed"),
    ("tp_order_pay", "预订支付成功", "Pre-order paid", "purchase", "app", "digital", "payments",
     "付款|支付订单|扣款|order payment|paid order"),
    ("tp_order_cancelled", "订单取消", "Order cancelled", "service", "app", "digital", "canteen_ops",
     "取消订单|售罄|卖完了|sold out|cancelled order"),
    ("tp_meal_ready", "出餐通知", "Meal ready notice", "service", "app", "digital", "canteen_ops",
     "出餐|备餐完成|取餐通知|meal ready|order ready"),
    ("tp_queue_check", "查看排队进度", "Queue status checked", "service", "app", "digital", "canteen_ops",
     "排队进度|排号|前面几个人|queue status|wait time"),
    ("tp_pickup", "窗口取餐核销", "Meal picked up", "service", "store", "physical", "canteen_ops",
     "取餐|领餐|窗口取餐|取餐柜|核销|pickup|collect meal|collection"),
    ("tp_meal_rating", "菜品评价", "Meal rated", "loyalty", "app", "digital", "canteen_ops",
     "评价|打分|点评|rating|review|rate my meal"),
    ("tp_refund_request", "申请退款", "Refund requested", "service", "app", "digital", "finance",
     "退款|退钱|refund|money back"),
    ("tp_refund_review", "退款审核中", "Refund under review", "service", "other", "digital", "finance",
     "审核|退款审核|refund review"),
    ("tp_refund_approved", "退款审核通过", "Refund approved", "service", "other", "digital", "finance",
     "审核通过|同意退款|refund approved"),
    ("tp_refund_credited", "退款到账", "Refund credited", "service", "app", "digital", "finance",
     "退款到账|钱退回来了|refund received|refund credited"),
    ("tp_complaint_submit", "提交投诉", "Complaint submitted", "service", "app", "digital", "customer_service",
     "投诉|意见反馈|反映问题|complaint|feedback ticket"),
    ("tp_complaint_assigned", "投诉分派", "Complaint assigned", "service", "other", "digital", "customer_service",
     "分派|派单|转交食堂|assigned"),
    ("tp_complaint_reply", "投诉首次回复", "First reply to complaint", "service", "app", "digital",
     "customer_service", "首次回复|首响|回复|first response|first reply"),
    ("tp_complaint_closed", "投诉结案", "Complaint closed", "service", "other", "digital", "customer_service",
     "结案|处理完成|closed|resolved"),
    ("tp_complaint_rated", "投诉处理满意度", "Complaint resolution rated", "service", "app", "digital",
     "customer_service", "满意度|CSAT|处理评价|satisfaction"),
    ("tp_card_lost", "饭卡挂失", "Card reported lost", "service", "app", "digital", "card_office",
     "挂失|丢卡|卡丢了|lost card|report lost"),
    ("tp_card_replace_apply", "补卡申请", "Replacement card requested", "service", "app", "digital", "card_office",
     "补卡|补办|replacement card|new card"),
    ("tp_card_collect", "领取新卡", "New card collected", "service", "store", "physical", "card_office",
     "领卡|卡务中心取卡|collect card|card centre"),
]
JOURNEYS = [
    ("activation", "饭卡开通激活", "Meal card activation", 7,
     ["tp_app_install", "tp_id_verify", "tp_card_bind", "tp_pin_set", "tp_topup_credit", "tp_order_pay"]),
    ("topup", "饭卡充值", "Card top-up", 1,
     ["tp_topup_page", "tp_topup_submit", "tp_topup_pay", "tp_topup_credit"]),
    ("preorder", "预订取餐", "Pre-order and pickup", 1,
     ["tp_menu_browse", "tp_add_to_cart", "tp_order_submit", "tp_order_pay", "tp_meal_ready", "tp_pickup"]),
    ("refund", "退款", "Refund", 14,
     ["tp_refund_request", "tp_refund_review", "tp_refund_approved", "tp_refund_credited"]),
    ("complaint", "投诉处理", "Complaint handling", 14,
     ["tp_complaint_submit", "tp_complaint_assigned", "tp_complaint_reply", "tp_complaint_closed",
      "tp_complaint_rated"]),
    ("card_replace", "挂失补卡", "Lost card replacement", 14,
     ["tp_card_lost", "tp_card_replace_apply", "tp_card_collect", "tp_card_bind"]),
]

# term calendars (inclusive)
TERMS = {
    "China": [(date(2025, 2, 17), date(2025, 7, 4)), (date(2025, 9, 1), date(2026, 1, 16)),
              (date(2026, 3, 2), date(2026, 7, 3))],
    "Malaysia": [(date(2025, 2, 1), date(2025, 2, 14)), (date(2025, 3, 3), date(2025, 6, 27)),
                 (date(2025, 10, 6), date(2026, 2, 13)), (date(2026, 3, 2), date(2026, 7, 3))],
}
HOLIDAYS = {  # staff days off (besides weekends)
    "China": [(date(2025, 5, 1), date(2025, 5, 5)), (date(2025, 10, 1), date(2025, 10, 8)),
              (date(2026, 2, 15), date(2026, 2, 23)), (date(2025, 7, 20), date(2025, 8, 20))],
    "Malaysia": [(date(2025, 3, 30), date(2025, 4, 2)), (date(2026, 2, 16), date(2026, 2, 18)),
                 (date(2026, 3, 20), date(2026, 3, 22)), (date(2025, 8, 31), date(2025, 9, 1))],
}
DAY0 = START.date()


def day_of(i: int) -> date:
    return DAY0 + timedelta(days=i)


def calendar(country: str, staff: bool) -> np.ndarray:
    f = np.zeros(NDAYS)
    for i in range(NDAYS):
        d = day_of(i)
        weekend = d.weekday() >= 5
        if staff:
            off = any(a <= d <= b for a, b in HOLIDAYS[country])
            f[i] = 0.06 if weekend or off else 1.0
        else:
            term = any(a <= d <= b for a, b in TERMS[country])
            f[i] = (0.5 if weekend else 1.0) if term else 0.07
    return f


CAL = {(c, s): calendar(c, s) for c in ("China", "Malaysia") for s in (False, True)}


def east_queue_mean(t: datetime) -> float:
    """mean lunch queue (minutes) at the Wuhan East Canteen pickup windows: grows after the 2025 intake."""
    key = (t.year, t.month)
    table = {(2025, 9): 9, (2025, 10): 11, (2025, 11): 13, (2025, 12): 15, (2026, 1): 16, (2026, 2): 14,
             (2026, 3): 19, (2026, 4): 22, (2026, 5): 24, (2026, 6): 25, (2026, 7): 20}
    if key in table:
        return table[key]
    return 5.5


def app_version(c: dict, t: datetime) -> str:
    if c["channel"] == "mini_program":
        return "mp-2.3" if t < datetime(2025, 9, 1) else "mp-2.6"
    steps = [(datetime(2025, 4, 14), "3.4.2"), (datetime(2025, 8, 25), "3.5.0"), (datetime(2026, 1, 5), "3.6.1"),
             (datetime(2026, 4, 20), "3.7.0")]
    for until, v in steps:
        if t < until:
            return v
    return "3.8.0"


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
EXPERIMENTS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
FB_QUEUE: list[tuple] = []   # (customer, ts, topic, channel, extra) comments triggered by an experience
counter = {"ev": 0, "ord": 0, "sess": 0, "ref": 0, "cmp": 0, "fb": 0}


def new_session() -> str:
    counter["sess"] += 1
    return f"s{counter['sess']:07d}"


def ev(c: dict, t: datetime, tp: str, action: str, sess: str | None = None, **extra) -> bool:
    if t < START or t > END:
        return False
    counter["ev"] += 1
    row = {"event_id": f"e{counter['ev']:07d}", "customer_id": c["customer_id"], "ts": t, "touchpoint_id": tp,
           "session_id": sess or new_session(), "action": action, "device": c["device"], "channel": c["channel"],
           "university": c["university"], "app_version": app_version(c, t)}
    row.update(extra)
    EVENTS.append(row)
    c["last_active"] = max(c["last_active"], t)
    return True


def canteen_fields(cid: str) -> dict:
    u, zh, en, _ = CANTEENS[cid]
    return {"canteen_id": cid, "canteen": zh, "canteen_en": en}


def local_to_cny(local: float, currency: str) -> float:
    return round(local * (FX_MYR if currency == "MYR" else 1.0), 2)


def order(c: dict, t: datetime, order_type: str, status: str, local: float, **extra) -> str:
    if t < START or t > END:
        return ""
    counter["ord"] += 1
    oid = f"o{counter['ord']:06d}"
    cur = UNIS[c["university"]]["currency"]
    row = {"order_id": oid, "customer_id": c["customer_id"], "ts": t, "amount": local_to_cny(local, cur),
           "status": status, "channel": c["channel"], "device": c["device"], "order_type": order_type,
           "university": c["university"], "currency": cur, "amount_local": round(local, 2)}
    row.update(extra)
    ORDERS.append(row)
    return oid


# ---------------------------------------------------------------- customers
def make_customer(uni: str, segment: str, installed: datetime | None, legacy: bool) -> dict:
    country = UNIS[uni]["country"]
    cn = country == "China"
    if segment == "staff":
        enrol = None
    elif legacy:
        enrol = (int(pick([2021, 2022, 2023, 2024], [24, 26, 25, 25])) if segment == "undergraduate"
                 else int(pick([2022, 2023, 2024], [30, 35, 35])))
    else:
        enrol = installed.year if installed.month >= 7 else installed.year - (0 if segment == "exchange" else 1)
    if cn:
        channel = "mini_program" if R() < (0.32 if segment != "exchange" else 0.05) else "app"
        device = "ios" if R() < (0.42 if segment != "staff" else 0.35) else "android"
    else:
        channel = "app"
        device = "ios" if R() < 0.30 else "android"
    if segment == "exchange":
        lang = "en" if (not cn or R() < 0.85) else "zh-CN"
    elif cn:
        lang = "zh-CN"
    else:
        lang = pick(["en", "zh-CN", "ms"], [50, 38, 12])
    if cn:
        acq = pick(["orientation_qr", "wechat_official_account", "campus_poster", "app_store", "friend_referral",
                    "canteen_counter"], [40, 22, 10, 8, 12, 8] if segment in ("freshman", "postgraduate", "exchange")
                   else [5, 30, 15, 15, 20, 15])
    else:
        acq = pick(["orientation_qr", "facebook_page", "campus_poster", "app_store", "friend_referral",
                    "canteen_counter"], [40, 15, 12, 10, 13, 10] if segment in ("freshman", "postgraduate", "exchange")
                   else [5, 25, 15, 20, 20, 15])
    if segment == "staff":
        tier = "staff_card"
    elif segment in ("freshman", "undergraduate") and R() < (0.12 if cn else 0.18):
        tier = "subsidised"
    else:
        tier = "standard"
    fac = pick(list(FACULTIES), [26, 18, 16, 12, 14, 14]) if segment != "staff" else "administration"
    diet = pick(["none", "halal", "vegetarian"], [92, 5, 3] if cn else [45, 50, 5])
    home = pick(UNI_CANTEENS[uni], [CANTEENS[k][3] for k in UNI_CANTEENS[uni]])
    heavy = R() < (0.22 if segment != "staff" else 0.35)
    return {
        "customer_id": "", "university": uni, "segment": segment, "legacy": legacy, "enrol_year": enrol,
        "country": country, "channel": channel, "device": device, "app_language": lang, "acquisition_channel": acq,
        "tier": tier, "faculty": fac, "diet": diet, "home_canteen": home, "gender": pick(["female", "male"], [51, 49]),
        "installed_at": installed, "signup_at": None, "active_from": None, "active_until": None,
        "last_active": installed or START, "topup_rate": float(np.exp(rng.normal(np.log(1 / 75), 0.45))),
        "order_rate": (0.05 if heavy else 0.0068) * float(np.exp(rng.normal(0, 0.35))) * (1.5 if uni == "JHUT" else 1.0),
        "auto_topup": False, "ab_done": False, "card_lost": 0, "pin": False, "bound": False,
        "pay_method": (pick(["wechat_pay", "alipay", "bank_card"], [55, 35, 10]) if cn else
                       pick(["fpx_online_banking", "tng_ewallet", "grabpay", "debit_card"], [35, 40, 10, 15])),
        "dorm_zone": pick(["north", "south", "east", "west", "off_campus"], [25, 25, 20, 20, 10]),
    }


def window_time(a: date, b: date, peak: tuple[date, date] | None = None, p_peak=0.0) -> datetime:
    if peak and R() < p_peak:
        a, b = peak
    span = (b - a).days + 1
    d = a + timedelta(days=int(rng.integers(0, span)))
    return at(d, float(rng.uniform(8, 23.5)))


def build_customers() -> list[dict]:
    cs: list[dict] = []
    # legacy users, signed up before the data starts
    for uni, n in (("JHUT", 820), ("QCU", 660), ("ULK", 440)):
        for _ in range(n):
            seg = pick(["undergraduate", "postgraduate", "staff"], [66, 20, 14])
            c = make_customer(uni, seg, None, legacy=True)
            y = (c["enrol_year"] or int(pick([2021, 2022, 2023, 2024])))
            c["signup_at"] = window_time(date(y, 9, 1), date(min(y + 1, 2025), 1, 20))
            c["installed_at"] = c["signup_at"] - mins(rng.uniform(1, 30))
            c["active_from"] = START
            c["bound"] = c["pin"] = True
            cs.append(c)
    # new installs in the data period
    plan = [
        # uni, segment, n, window, peak
        ("JHUT", "freshman", 640, (date(2025, 8, 26), date(2025, 9, 14)), (date(2025, 9, 1), date(2025, 9, 4))),
        ("QCU", "freshman", 520, (date(2025, 8, 27), date(2025, 9, 14)), (date(2025, 9, 2), date(2025, 9, 5))),
        ("ULK", "freshman", 340, (date(2025, 9, 26), date(2025, 10, 14)), (date(2025, 9, 29), date(2025, 10, 3))),
        ("JHUT", "postgraduate", 150, (date(2025, 8, 28), date(2025, 9, 14)), None),
        ("QCU", "postgraduate", 120, (date(2025, 8, 28), date(2025, 9, 14)), None),
        ("ULK", "postgraduate", 50, (date(2025, 9, 26), date(2025, 10, 14)), None),
        ("ULK", "postgraduate", 40, (date(2026, 2, 23), date(2026, 3, 8)), None),
        ("JHUT", "exchange", 25, (date(2025, 2, 17), date(2025, 3, 5)), None),
        ("JHUT", "exchange", 40, (date(2025, 8, 30), date(2025, 9, 14)), None),
        ("JHUT", "exchange", 25, (date(2026, 2, 27), date(2026, 3, 12)), None),
        ("QCU", "exchange", 20, (date(2025, 2, 17), date(2025, 3, 5)), None),
        ("QCU", "exchange", 35, (date(2025, 8, 30), date(2025, 9, 14)), None),
        ("QCU", "exchange", 20, (date(2026, 2, 27), date(2026, 3, 12)), None),
        ("ULK", "exchange", 40, (date(2025, 2, 24), date(2025, 3, 10)), None),
        ("ULK", "exchange", 90, (date(2025, 9, 26), date(2025, 10, 14)), None),
        ("ULK", "exchange", 60, (date(2026, 2, 23), date(2026, 3, 10)), None),
    ]
    for uni, seg, n, (a, b), peak in plan:
        for _ in range(n):
            cs.append(make_customer(uni, seg, window_time(a, b, peak, 0.55), legacy=False))
    # late adopters (returning students) and new staff, spread over term time
    for uni, n in (("JHUT", 110), ("QCU", 90), ("ULK", 70)):
        terms = [t for t in TERMS[UNIS[uni]["country"]] if t[0] >= date(2025, 2, 1)]
        for _ in range(n):
            a, b = terms[int(rng.integers(0, len(terms)))]
            cs.append(make_customer(uni, "undergraduate", window_time(a, min(b, date(2026, 7, 20))), legacy=False))
    for uni, n in (("JHUT", 30), ("QCU", 28), ("ULK", 22)):
        for _ in range(n):
            cs.append(make_customer(uni, "staff", window_time(date(2025, 2, 3), date(2026, 7, 20)), legacy=False))
    cs.sort(key=lambda c: (c["installed_at"], c["university"]))
    for i, c in enumerate(cs, 1):
        c["customer_id"] = f"u{i:05d}"
    return cs


# ---------------------------------------------------------------- sessions
def topup_session(c: dict, t: datetime, forced: bool = False, source: str = "manual") -> datetime | None:
    """returns the credit time within the same day, or None."""
    if t > END:
        return None
    cur = UNIS[c["university"]]["currency"]
    s = new_session()
    ev(c, t, "tp_topup_page", "view", s, trigger=source)
    if not forced and R() > 0.87:
        return None
    t += mins(rng.uniform(0.2, 2.5))
    local = float(pick([30, 50, 100, 200, 300], [10, 28, 40, 16, 6]) if cur == "CNY" else
                  pick([10, 20, 50, 100], [14, 32, 40, 14]))
    ev(c, t, "tp_topup_submit", "submit", s, amount_local=local, currency=cur, pay_method=c["pay_method"])
    t += mins(rng.uniform(0.2, 1.5))
    p_pay = 0.93 if cur == "CNY" else 0.90
    if not forced and R() > p_pay:
        reason = pick(["insufficient_funds", "bank_declined", "timeout", "user_cancelled"], [25, 20, 30, 25]
                      if cur == "CNY" else [20, 40, 25, 15])
        ev(c, t, "tp_topup_pay_failed", "fail", s, amount_local=local, currency=cur, pay_method=c["pay_method"],
           fail_reason=reason)
        order(c, t, "topup", "cancelled", local, pay_method=c["pay_method"], trigger=source, fail_reason=reason)
        if R() < 0.45:   # tries again a bit later
            return topup_session(c, t + mins(rng.uniform(2, 90)), forced=False, source=source)
        return None
    ev(c, t, "tp_topup_pay", "success", s, amount_local=local, currency=cur, pay_method=c["pay_method"])
    bug = c["university"] == "QCU" and XA_CREDIT_BUG[0] <= t < XA_CREDIT_BUG[1]
    p_fail = 0.42 if bug else 0.012
    if R() < p_fail and not (forced and not bug):
        # the money left the wallet but the card system never credited it on the day
        if R() < 0.55:
            t2 = t + days(rng.uniform(1.6, 4.5))
            oid = order(c, t, "topup", "paid", local, pay_method=c["pay_method"], trigger=source,
                        credit_delayed=True)
            ev(c, t2, "tp_topup_credit", "success", None, amount_local=local, currency=cur, order_id=oid,
               delayed=True, fail_reason="card_system_sync" if bug else "manual_fix")
        else:
            oid = order(c, t, "topup", "refunded", local, pay_method=c["pay_method"], trigger=source,
                        refund_reason="not_credited", credit_delayed=True)
            refund_flow(c, t + hours(rng.uniform(3, 40)), oid, local, "not_credited", "topup")
        if R() < (0.30 if bug else 0.12):
            complaint(c, t + hours(rng.uniform(2, 30)), "topup_issue", "credit")
        elif R() < 0.12:
            FB_QUEUE.append((c, t + hours(rng.uniform(2, 48)), "credit", "app_store_review", {}))
        return None
    t += mins(rng.uniform(0.1, 3) if not bug else rng.uniform(1, 40))
    oid = order(c, t, "topup", "paid", local, pay_method=c["pay_method"], trigger=source)
    if cur == "MYR" and c["pay_method"] == "fpx_online_banking" and R() < 0.06:
        # the FPX gateway debits the bank account twice; the duplicate is refunded on request
        dup = order(c, t + timedelta(seconds=float(rng.uniform(5, 90))), "topup", "refunded", local,
                    pay_method=c["pay_method"], trigger=source, refund_reason="double_charge")
        refund_flow(c, t + hours(rng.uniform(2, 48)), dup, local, "double_charge", "topup")
    ev(c, t, "tp_topup_credit", "success", s, amount_local=local, currency=cur, order_id=oid, delayed=False)
    # auto top-up A/B test
    if not c["auto_topup"] and not c["ab_done"] and AB_WINDOW[0] <= t <= AB_WINDOW[1] and c["active_from"]:
        c["ab_done"] = True
        variant = "smart_prompt" if R() < 0.5 else "control"
        EXPERIMENTS.append({"experiment_id": "auto_topup_prompt_2026", "variant": variant,
                            "customer_id": c["customer_id"], "assigned_at": t, "university": c["university"],
                            "device": c["device"]})
        p = 0.23 if variant == "smart_prompt" else 0.055
        if R() < p:
            ta = t + (mins(rng.uniform(0.2, 3)) if variant == "smart_prompt" and R() < 0.7 else days(rng.uniform(0.3, 13)))
            if ev(c, ta, "tp_auto_topup_on", "submit", None, threshold_local=20 if cur == "CNY" else 10,
                  source="prompt" if variant == "smart_prompt" else "settings"):
                c["auto_topup"] = True
    elif not c["auto_topup"] and R() < 0.008:
        if ev(c, t + days(rng.uniform(0.1, 5)), "tp_auto_topup_on", "submit", None,
              threshold_local=20 if cur == "CNY" else 10, source="settings"):
            c["auto_topup"] = True
    return t


def meal_period(c: dict) -> str:
    if c["segment"] == "staff":
        return pick(["lunch", "dinner"], [85, 15])
    if c["country"] == "Malaysia":
        return pick(["breakfast", "lunch", "dinner", "supper"], [12, 48, 28, 12])
    return pick(["breakfast", "lunch", "dinner"], [14, 56, 30])


SLOT = {"breakfast": (7.0, 8.2), "lunch": (11.6, 12.6), "dinner": (17.3, 18.5), "supper": (21.0, 22.5)}


def preorder_session(c: dict, d: date, forced: bool = False) -> datetime | None:
    """one menu visit for a meal; returns the payment time of a paid order or None."""
    cid = c["home_canteen"] if R() < 0.7 else pick(UNI_CANTEENS[c["university"]],
                                                    [CANTEENS[k][3] for k in UNI_CANTEENS[c["university"]]])
    period = meal_period(c)
    lo, hi = SLOT[period]
    slot = at(d, float(rng.uniform(lo, hi)))
    t = slot - mins(rng.uniform(25, 150)) if R() < 0.8 else at(d, 0) - hours(rng.uniform(1, 6))
    if t < START or t > END:
        return None
    s = new_session()
    cf = canteen_fields(cid)
    ev(c, t, "tp_menu_browse", "view", s, meal_period=period, **cf)
    if not forced and R() > 0.62:
        return None
    t += mins(rng.uniform(0.3, 4))
    cur = UNIS[c["university"]]["currency"]
    items = int(pick([1, 2, 3], [62, 30, 8]))
    local = round(sum(float(rng.uniform(7, 16)) if cur == "CNY" else float(rng.uniform(4.5, 11)) for _ in range(items)), 1)
    if period == "breakfast":
        local = round(local * 0.45, 1)
    ev(c, t, "tp_add_to_cart", "click", s, meal_period=period, items=items, **cf)
    if not forced and R() > 0.86:
        return None
    t += mins(rng.uniform(0.2, 3))
    pickup_mode = "locker" if (cid in ("c_wh_west", "c_xa_changan") and R() < 0.5) else "counter"
    ev(c, t, "tp_order_submit", "submit", s, meal_period=period, items=items, amount_local=local, currency=cur,
       pickup_mode=pickup_mode, **cf)
    paym = "card_balance" if R() < 0.8 else c["pay_method"]
    common = dict(canteen_id=cid, canteen=cf["canteen"], canteen_en=cf["canteen_en"], meal_period=period,
                  items=items, pay_method=paym, pickup_mode=pickup_mode)
    t += mins(rng.uniform(0.1, 1.5))
    if not forced and R() > 0.94:
        order(c, t, "preorder", "cancelled", local, cancel_reason="unpaid_timeout", **common)
        return None
    oid = order(c, t, "preorder", "paid", local, **common)
    ev(c, t, "tp_order_pay", "success", s, order_id=oid, amount_local=local, currency=cur, pay_method=paym,
       meal_period=period, **cf)
    pay_t = t
    o = ORDERS[-1] if oid else None
    if R() < 0.028:     # sold out: the kitchen rejects and the money goes back automatically
        t2 = t + mins(rng.uniform(3, 30))
        ev(c, t2, "tp_order_cancelled", "fail", None, order_id=oid, cancel_reason="sold_out", meal_period=period, **cf)
        if o:
            o["status"], o["refund_reason"] = "refunded", "sold_out"
        return pay_t
    ready = max(t + mins(rng.uniform(4, 15)), slot - mins(rng.uniform(0, 10)))
    ev(c, ready, "tp_meal_ready", "notify", None, order_id=oid, meal_period=period, **cf)
    east_lunch = cid == "c_wh_east" and period == "lunch"
    qmean = east_queue_mean(ready) if east_lunch else (5.0 if period == "lunch" else 2.5)
    if cid in ("c_kl_lake",) and period == "lunch":
        qmean = 6.5
    if pickup_mode == "locker":
        qmean = 0.8
    queue = float(rng.gamma(3.0, qmean / 3.0))
    if R() < (0.35 if qmean > 12 else 0.1):
        ev(c, ready + mins(rng.uniform(0.5, 6)), "tp_queue_check", "view", None, order_id=oid,
           queue_length=int(queue * 2.2 + rng.integers(0, 4)), **cf)
    p_noshow = 0.03 + 0.0065 * max(0.0, qmean - 8)
    if R() < p_noshow:
        if R() < 0.3:
            refund_flow(c, ready + hours(rng.uniform(1, 30)), oid, local, "not_collected", "preorder")
        if east_lunch and R() < 0.25:
            complaint(c, ready + hours(rng.uniform(0.5, 8)), "queue_wait", "queue")
        return pay_t
    picked = ready + mins(rng.uniform(2, 15)) + mins(queue)
    ev(c, picked, "tp_pickup", "scan", None, order_id=oid, queue_minutes=round(queue, 1), meal_period=period,
       pickup_mode=pickup_mode, **cf)
    # experience -> rating / complaint / refund
    topic = None
    if queue > 15:
        topic = pick(["queue", "cold", "generic_neg"], [70, 22, 8]) if R() < 0.55 else None
    if topic is None:
        r = R()
        if r < 0.012:
            topic = "hair"
        elif r < 0.05:
            topic = pick(["salty", "portion", "cold", "rude"], [35, 35, 15, 15])
        elif r < 0.2:
            topic = pick(["tasty", "fast", "generic_pos", "neutral"], [40, 20 if queue < 6 else 2, 25, 15])
    if topic is not None:
        p_rate = 0.55 if topic in ("queue", "cold", "hair", "rude", "generic_neg") else 0.45
        if R() < p_rate:
            FB_QUEUE.append((c, picked + mins(rng.uniform(5, 240)), topic, "in_app_rating",
                             dict(order_id=oid, **cf, meal_period=period)))
        if topic in ("hair", "salty", "portion", "cold") and R() < (0.6 if topic == "hair" else 0.06):
            refund_flow(c, picked + hours(rng.uniform(0.3, 6)), oid, local,
                        "foreign_object" if topic == "hair" else "quality", "preorder")
        if topic == "hair" and R() < 0.5:
            complaint(c, picked + hours(rng.uniform(0.2, 5)), "hygiene", "hair", cid)
        elif topic in ("queue", "cold") and R() < 0.2:
            complaint(c, picked + hours(rng.uniform(0.2, 5)), "queue_wait", topic, cid)
        elif topic == "rude" and R() < 0.2:
            complaint(c, picked + hours(rng.uniform(0.2, 5)), "staff_attitude", "rude", cid)
    if R() < 0.006:   # wrong item
        refund_flow(c, picked + hours(rng.uniform(0.2, 3)), oid, local, "wrong_item", "preorder")
    return pay_t


def refund_flow(c: dict, t: datetime, oid: str, local: float, reason: str, rtype: str) -> None:
    if t > END or not oid:
        return
    counter["ref"] += 1
    rid = f"r{counter['ref']:05d}"
    s = new_session()
    kw = dict(refund_id=rid, order_id=oid, refund_reason=reason, refund_type=rtype, amount_local=local,
              currency=UNIS[c["university"]]["currency"])
    ev(c, t, "tp_refund_request", "submit", s, **kw)
    t += hours(rng.uniform(0.3, 20))
    if R() > 0.97:
        return
    ev(c, t, "tp_refund_review", "view", None, **kw)
    p_ok = {"double_charge": 0.97, "not_credited": 0.98, "sold_out": 1.0, "foreign_object": 0.95, "quality": 0.7, "wrong_item": 0.92,
            "not_collected": 0.35}[reason]
    t += hours(rng.uniform(2, 40))
    if R() > p_ok:
        ev(c, t, "tp_refund_review", "fail", None, **kw, fail_reason="rejected")
        return
    ev(c, t, "tp_refund_approved", "success", None, **kw)
    for o in ORDERS[::-1]:
        if o["order_id"] == oid:
            o["status"] = "refunded"
            o["refund_reason"] = reason
            break
    if c["country"] == "Malaysia":
        med = 7.5 if t < KL_NEW_BANK else 12.0
        lag = float(np.exp(rng.normal(np.log(med), 0.45)))
    else:
        lag = float(rng.uniform(0.1, 2.5))
    tc = t + days(lag)
    ev(c, tc, "tp_refund_credited", "success", None, **kw, refund_days=round((tc - t).total_seconds() / 86400, 1))
    if c["country"] == "Malaysia" and lag > 8 and R() < 0.3:
        if R() < 0.5:
            complaint(c, t + days(rng.uniform(7, max(7.5, lag))), "refund_issue", "refund_slow")
        else:
            FB_QUEUE.append((c, t + days(rng.uniform(6, max(6.5, lag))), "refund_slow",
                             pick(["app_store_review", "social"], [60, 40]), {}))


TEAM_HOURS = {"wh_canteen_service": 5.0, "xa_canteen_service": 3.5, "kl_campus_dining": 8.0}


def complaint(c: dict, t: datetime, category: str, topic: str, cid: str | None = None) -> None:
    if t > END:
        return
    counter["cmp"] += 1
    no = f"CP{counter['cmp']:05d}"
    uni = c["university"]
    team = UNIS[uni]["team"]
    kw = dict(complaint_id=no, complaint_category=category, 投诉类型=COMPLAINT_CATS[category])
    if cid:
        kw.update(canteen_fields(cid))
    s = new_session()
    if not ev(c, t, "tp_complaint_submit", "submit", s, **kw):
        return
    FB_QUEUE.append((c, t + mins(1), topic, "complaint_ticket", dict(complaint_id=no, **({} if not cid else canteen_fields(cid)))))
    t += hours(rng.uniform(0.2, 3))
    if R() > 0.96:
        return
    ev(c, t, "tp_complaint_assigned", "assign", None, handler_team=team, **kw)
    med = TEAM_HOURS[team]
    if uni == "QCU" and XA_CREDIT_BUG[0] <= t < XA_CREDIT_BUG[1] + timedelta(days=5):
        med = 22.0
    if uni == "JHUT" and t >= datetime(2026, 3, 1):
        med = 9.0
    rh = float(np.exp(rng.normal(np.log(med), 0.6)))
    if R() > 0.93:
        return
    t += hours(rh)
    ev(c, t, "tp_complaint_reply", "reply", None, handler_team=team, response_hours=round(rh, 1), **kw)
    if R() > 0.88:
        return
    rd = float(rng.uniform(0.3, 5))
    t += days(rd)
    ev(c, t, "tp_complaint_closed", "close", None, handler_team=team, resolution_days=round(rd, 1), **kw)
    if R() > 0.48:
        return
    base = {"queue_wait": 2.6, "food_quality": 3.3, "hygiene": 3.0, "topup_issue": 3.2, "refund_issue": 2.4,
            "staff_attitude": 3.1, "app_issue": 3.4, "card_issue": 3.3}[category]
    csat = int(np.clip(round(rng.normal(base, 1.0)), 1, 5))
    ev(c, t + hours(rng.uniform(0.2, 30)), "tp_complaint_rated", "submit", None, handler_team=team, csat=csat, **kw)


def card_lost(c: dict, t: datetime) -> None:
    s = new_session()
    if not ev(c, t, "tp_card_lost", "submit", s):
        return
    c["card_lost"] += 1
    if R() > 0.86:     # found it again
        return
    t += mins(rng.uniform(1, 600))
    ev(c, t, "tp_card_replace_apply", "submit", s)
    cur = UNIS[c["university"]]["currency"]
    order(c, t, "card_replacement", "paid", 20.0 if cur == "CNY" else 10.0, pay_method=c["pay_method"])
    if R() > 0.92:
        return
    lag = float(rng.uniform(1, 4) if c["country"] == "China" else rng.uniform(2, 9))
    t += days(lag)
    t = at(t.date(), float(rng.uniform(9, 17)))
    ev(c, t, "tp_card_collect", "scan", None, card_centre=UNIS[c["university"]]["region"] + " card centre")
    if R() > 0.93:
        return
    ev(c, t + mins(rng.uniform(2, 600)), "tp_card_bind", "success", None, card_type="replacement")


# ---------------------------------------------------------------- lives
def activation(c: dict) -> None:
    t = c["installed_at"]
    s = new_session()
    ev(c, t, "tp_app_install", "view", s, install_source=c["acquisition_channel"])
    if R() > (0.95 if c["channel"] == "mini_program" else 0.88):
        return
    t += mins(rng.uniform(0.5, 8)) if R() < 0.85 else days(rng.uniform(0.3, 3))
    if not ev(c, t, "tp_id_verify", "success", s if t - c["installed_at"] < hours(1) else None):
        return
    c["signup_at"] = t
    exchange = c["segment"] == "exchange"
    if exchange:
        # exchange students' IDs reach the card system late: binding errors until it syncs
        r = R()
        ok_after = days(rng.uniform(0.5, 6.5)) if r < 0.32 else days(rng.uniform(8, 32)) if r < 0.76 else None
    else:
        ok_after = mins(rng.uniform(0.5, 10)) if R() < 0.93 else days(rng.uniform(0.5, 12)) if R() < 0.6 else None
    n_err = int(rng.integers(1, 4)) if exchange else (1 if R() < 0.08 else 0)
    for k in range(n_err):
        te = t + mins(rng.uniform(0.5, 6)) + days(k * rng.uniform(0, 2))
        if ok_after is None or te < t + ok_after:
            ev(c, te, "tp_card_bind_error", "fail", None,
               fail_reason="student_id_not_synced" if exchange else pick(["card_no_mismatch", "timeout"]))
            if exchange and k == 0 and R() < 0.22:
                FB_QUEUE.append((c, te + hours(rng.uniform(1, 48)), "card_bind",
                                 pick(["app_store_review", "complaint_ticket"], [50, 50]), {}))
    if ok_after is None:
        return
    t += ok_after
    if not ev(c, t, "tp_card_bind", "success", None, card_type="new"):
        return
    c["bound"] = True
    t += mins(rng.uniform(0.3, 5))
    if R() > 0.91:
        if R() < 0.5:
            c["active_from"] = t + days(rng.uniform(5, 40))
        return
    ev(c, t, "tp_pin_set", "success", None)
    c["pin"] = True
    c["active_from"] = t + days(rng.uniform(2, 12))
    if R() < 0.8:
        tt = t + (hours(rng.uniform(0.05, 6)) if R() < 0.6 else days(rng.uniform(0.3, 5.5)))
        credit = topup_session(c, tt, forced=True)
        if credit and R() < 0.64:
            d = (credit + (hours(rng.uniform(1, 20)) if R() < 0.5 else days(rng.uniform(0.5, 5)))).date()
            paid = preorder_session(c, d, forced=True)
            if paid and paid < credit:
                pass
    c["active_from"] = max(c["active_from"], t + days(1))


def regular_life(c: dict) -> None:
    if c["active_from"] is None:
        return
    staff = c["segment"] == "staff"
    cal = CAL[(c["country"], staff)]
    a = max(0, (c["active_from"].date() - DAY0).days)
    until = END
    if c["legacy"] and c["segment"] == "undergraduate" and c["enrol_year"] == 2021:
        until = datetime(2025, 6, 27)   # graduates
        c["segment"] = "alumni"
    if c["segment"] == "exchange":
        until = min(END, c["installed_at"] + days(rng.uniform(120, 160)))
    life = rng.exponential(900)
    until = min(until, c["active_from"] + days(life))
    c["active_until"] = until
    b = min(NDAYS, (until.date() - DAY0).days + 1)
    if b <= a:
        return
    seg = cal[a:b]
    n_top = rng.poisson(c["topup_rate"] * seg * (0.55 if c["auto_topup"] else 1.0))
    n_ord = rng.poisson(c["order_rate"] * seg)
    n_lost = rng.poisson(seg / 2600)
    for i in range(a, b):
        d = day_of(i)
        k = i - a
        for _ in range(int(n_top[k])):
            t = at(d, float(pick([7.5, 11.5, 13, 17.5, 21.5], [12, 25, 18, 20, 25]) + rng.uniform(-0.5, 1.5)))
            if c["auto_topup"] and R() < 0.5:
                # automatic top-up, no app screen involved
                cur = UNIS[c["university"]]["currency"]
                local = 50.0 if cur == "CNY" else 20.0
                oid = order(c, t, "topup", "paid", local, pay_method=c["pay_method"], trigger="auto")
                ev(c, t, "tp_topup_credit", "success", None, amount_local=local, currency=cur, order_id=oid,
                   delayed=False, trigger="auto")
            else:
                topup_session(c, t)
        for _ in range(int(n_ord[k])):
            preorder_session(c, d)
        if n_lost[k]:
            card_lost(c, at(d, float(rng.uniform(8, 22))))
    # some background complaints about the app / card / food
    for _ in range(int(rng.poisson(0.035 * (b - a) / 365 * 3))):
        i = int(rng.integers(a, b))
        t = at(day_of(i), float(rng.uniform(8, 23)))
        cat, topic = pick([("app_issue", "crash"), ("card_issue", "generic_neg"), ("food_quality", "salty"),
                           ("food_quality", "portion"), ("staff_attitude", "rude")], [30, 15, 20, 20, 15])
        complaint(c, t, cat, topic, c["home_canteen"] if cat in ("food_quality", "staff_attitude") else None)


# ---------------------------------------------------------------- feedback
MARK = {
    "queue": ("排队太久", "queue was too long"), "credit": ("充值没到账", "top-up not credited"),
    "cold": ("饭菜是凉的", "food was cold"), "salty": ("太咸", "too salty"), "hair": ("吃出头发", "found a hair"),
    "portion": ("分量太少", "portion too small"), "tasty": ("很好吃", "really tasty"),
    "fast": ("取餐很快", "quick pickup"), "refund_slow": ("退款太慢", "refund is slow"),
    "card_bind": ("绑不上卡", "can't link my card"), "crash": ("闪退", "app keeps crashing"),
    "rude": ("态度差", "rude staff"),
}
SENT = {"queue": "negative", "credit": "negative", "cold": "negative", "salty": "negative", "hair": "negative",
        "portion": "negative", "tasty": "positive", "fast": "positive", "refund_slow": "negative",
        "card_bind": "negative", "crash": "negative", "rude": "negative", "generic_pos": "positive",
        "generic_neg": "negative", "neutral": "neutral"}
TOPIC_TP = {"queue": "tp_pickup", "cold": "tp_pickup", "fast": "tp_pickup", "rude": "tp_pickup",
            "salty": "tp_meal_rating", "hair": "tp_meal_rating", "portion": "tp_meal_rating",
            "tasty": "tp_meal_rating", "credit": "tp_topup_credit", "refund_slow": "tp_refund_credited",
            "card_bind": "tp_card_bind", "crash": "tp_order_submit"}
TEMPL = {
    "queue": {
        "zh": ["{c}中午取餐排队太久了，提前预订了还要等{m}分钟，预订还有什么意义",
               "排队太久！下课赶过去，窗口前面还是一长串人",
               "预订取餐窗口排队太久，建议多开几个取餐口",
               "每天中午都排队太久，十二点那一波根本挤不进去",
               "App上显示已出餐，结果到窗口又排队太久，午休都没了"],
        "en": ["The queue was too long at the {ce} pickup window, waited {m} minutes for a meal I already paid for",
               "Queue was too long again at lunch, pre-ordering doesn't save any time",
               "Pickup queue was too long, please open more collection counters",
               "The queue was too long today and I was late for my 1pm class"],
    },
    "credit": {
        "zh": ["充值没到账，钱已经扣了，饭卡余额还是原来的", "昨天充的100块充值没到账，客服说系统升级",
               "微信付了款充值没到账，食堂刷卡说余额不足，太尴尬了", "充值没到账已经三天了，请尽快处理！"],
        "en": ["My top-up not credited after two days, the money already left my account",
               "Paid for a reload but top-up not credited to my card, canteen says balance is zero",
               "Top-up not credited. Please fix the card system, this is the third time"],
    },
    "cold": {
        "zh": ["取到的时候饭菜是凉的，预订的意义在哪", "饭菜是凉的，汤也是温吞的", "等了半天，拿到手饭菜是凉的"],
        "en": ["By the time I got it the food was cold", "The food was cold and the rice was hard",
               "Food was cold at pickup, not worth pre-ordering"],
    },
    "salty": {
        "zh": ["今天的红烧肉太咸了", "菜太咸，喝了一下午水", "{c}的土豆丝太咸，希望少放点盐"],
        "en": ["The chicken rice was way too salty", "Too salty for me, please use less soy sauce",
               "Noodles were too salty today"],
    },
    "hair": {
        "zh": ["在饭里吃出头发，太恶心了，后厨卫生要管管", "吃出头发！已经申请退款", "{c}的盖饭里吃出头发，请给个说法"],
        "en": ["Found a hair in my rice, disgusting", "I found a hair in the curry, please check kitchen hygiene",
               "Found a hair in my meal from {ce}, want a refund"],
    },
    "portion": {
        "zh": ["分量太少了，男生根本吃不饱", "价格没变但分量太少", "预订的比窗口打的分量太少"],
        "en": ["Portion too small for the price", "Portion too small, still hungry after lunch",
               "Pre-order portion too small compared to the counter"],
    },
    "tasty": {
        "zh": ["{c}的牛肉面很好吃，推荐", "今天的宫保鸡丁很好吃", "很好吃，阿姨手艺不错", "麻辣香锅很好吃，会再点"],
        "en": ["The nasi lemak at {ce} is really tasty", "Really tasty laksa today", "Really tasty and good value",
               "The beef noodles were really tasty"],
    },
    "fast": {
        "zh": ["取餐很快，不用排队，点赞", "预订以后取餐很快，节省时间", "取餐柜取餐很快，很方便"],
        "en": ["Quick pickup, no waiting at all", "Love the quick pickup, saves me so much time",
               "Quick pickup from the locker, great"],
    },
    "refund_slow": {
        "zh": ["退款太慢了，一个多星期还没到账", "退款太慢，审核通过了钱还没回来", "申请了退款，退款太慢，客服只会说等等"],
        "en": ["The refund is slow, it's been 10 days already", "Refund is slow, approved last week but still nothing",
               "Why the refund is slow every single time? 2 weeks now"],
    },
    "card_bind": {
        "zh": ["绑不上卡，一直提示学号不存在", "交换生绑不上卡，去卡务中心也说要等", "新生报到绑不上卡，提示信息错误"],
        "en": ["I can't link my card, it says student ID not found", "Exchange student here, can't link my card for a week",
               "Still can't link my card to the app, error every time"],
    },
    "crash": {
        "zh": ["下单的时候闪退，白忙一场", "App老是闪退，更新了也没用", "一点提交订单就闪退"],
        "en": ["The app keeps crashing when I submit an order", "App keeps crashing on my phone after the update",
               "Ordering is impossible, the app keeps crashing"],
    },
    "rude": {
        "zh": ["取餐窗口阿姨态度差，问一句就凶", "工作人员态度差，扫码慢还不耐烦", "窗口态度差，希望培训一下"],
        "en": ["Rude staff at the pickup counter", "Rude staff at the cashier, very unfriendly",
               "Rude staff today, shouted at students in line"],
    },
    "generic_pos": {
        "zh": ["用起来挺方便的", "比刷实体卡方便多了", "整体不错，继续保持", "App界面清楚，好用"],
        "en": ["Convenient app, I use it every day", "Much easier than carrying the card around", "Good app overall"],
    },
    "generic_neg": {
        "zh": ["体验一般，还有很多要改进", "不太满意，希望改进", "越来越不想用了"],
        "en": ["Not great overall, needs work", "Disappointing experience lately", "Could be a lot better"],
    },
    "neutral": {
        "zh": ["还行吧", "希望多一些新菜品", "一般般，能用", "希望周末也能预订"],
        "en": ["It's ok", "Would like more vegetarian options", "Average, does the job", "Please add weekend pre-orders"],
    },
}


def fb_lang(c: dict | None, uni: str) -> str:
    if c is not None:
        return "zh" if c["app_language"] == "zh-CN" else "en"
    if UNIS[uni]["country"] == "China":
        return "zh" if R() < 0.95 else "en"
    return "en" if R() < 0.6 else "zh"


def add_fb(topic: str, lang: str, t: datetime | None, c: dict | None, channel: str, uni: str, rating=None, nps=None,
           **extra) -> None:
    counter["fb"] += 1
    fid = f"fb{counter['fb']:05d}"
    cz, ce = "食堂", "the canteen"
    if extra.get("canteen_id"):
        cz, ce = CANTEENS[extra["canteen_id"]][1], CANTEENS[extra["canteen_id"]][2]
    text = pick(TEMPL[topic][lang]).format(c=cz, ce=ce, m=int(rng.integers(15, 35)))
    if rating is None and channel in ("in_app_rating", "app_store_review"):
        s = SENT[topic]
        rating = int(pick([1, 2, 3], [55, 35, 10]) if s == "negative" else pick([4, 5], [35, 65]) if s == "positive"
                     else pick([3, 4], [70, 30]))
    row = {"feedback_id": fid, "text": text, "ts": t, "customer_id": c["customer_id"] if c else None,
           "touchpoint_id": TOPIC_TP.get(topic, {"in_app_rating": "tp_meal_rating", "complaint_ticket":
                                                  "tp_complaint_submit"}.get(channel)),
           "channel": channel, "rating": rating, "nps": nps, "language": lang, "university": uni,
           "university_zh": UNIS[uni]["zh"], "region": UNIS[uni]["region"],
           "device": c["device"] if c else None}
    row.update(extra)
    FEEDBACK.append(row)
    TRUTH.append({"feedback_id": fid, "topic": topic, "sentiment": SENT[topic]})


def build_feedback(cs: list[dict]) -> None:
    FB_QUEUE.sort(key=lambda r: (r[1], r[0]["customer_id"], r[2]))
    for c, t, topic, channel, extra in FB_QUEUE:
        if t > END:
            continue
        lang = fb_lang(c, c["university"])
        if channel == "app_store_review":
            store = ("app_store" if c["device"] == "ios" else
                     pick(["huawei_appgallery", "xiaomi_store", "oppo_store"]) if c["country"] == "China"
                     else "google_play")
            add_fb(topic, lang, t, None, channel, c["university"], store=store, app_version=app_version(c, t))
        elif channel == "social":
            plat = pick(["weibo", "xiaohongshu"]) if lang == "zh" else pick(["facebook", "x"])
            add_fb(topic, lang, t, None, channel, c["university"], platform=plat)
        else:
            add_fb(topic, lang, t, c, channel, c["university"], app_version=app_version(c, t), **extra)
    # baseline app-store reviews and social posts
    for _ in range(230):
        uni = pick(list(UNIS), [42, 34, 24])
        t = at(day_of(int(rng.integers(0, NDAYS))), float(rng.uniform(7, 24)))
        topic = pick(["crash", "generic_pos", "generic_neg", "neutral", "fast", "tasty"], [18, 30, 14, 16, 10, 12])
        lang = fb_lang(None, uni)
        store = pick(["app_store", "huawei_appgallery", "xiaomi_store"]) if uni != "ULK" else pick(["app_store", "google_play"])
        add_fb(topic, lang, t, None, "app_store_review", uni, store=store)
    for _ in range(120):
        uni = pick(list(UNIS), [40, 35, 25])
        t = at(day_of(int(rng.integers(0, NDAYS))), float(rng.uniform(7, 24)))
        w = {"generic_pos": 20, "generic_neg": 15, "tasty": 25, "portion": 12, "salty": 10, "neutral": 18}
        if uni == "JHUT" and t >= datetime(2025, 10, 1):
            w["queue"] = 45
        if uni == "QCU" and XA_CREDIT_BUG[0] <= t < XA_CREDIT_BUG[1] + timedelta(days=7):
            w["credit"] = 200
        topic = pick(list(w), list(w.values()))
        lang = fb_lang(None, uni)
        plat = pick(["weibo", "xiaohongshu"]) if lang == "zh" else pick(["facebook", "x"])
        add_fb(topic, lang, t, None, "social", uni, platform=plat)
    # Xi'an social pile-on during the credit failure
    for _ in range(26):
        t = XA_CREDIT_BUG[0] + days(rng.uniform(1, 27))
        add_fb("credit", fb_lang(None, "QCU"), t, None, "social", "QCU", platform=pick(["weibo", "xiaohongshu"]))
    # semester surveys (NPS)
    waves = {"2025-06": (date(2025, 6, 9), date(2025, 6, 20)), "2025-12": (date(2025, 12, 8), date(2025, 12, 19)),
             "2026-06": (date(2026, 6, 8), date(2026, 6, 19))}
    for wave, (a, b) in waves.items():
        wa = at(a, 0)
        pool = [c for c in cs if c["active_from"] and c["active_from"] <= wa and (c["active_until"] or END) >= wa]
        idx = rng.choice(len(pool), size=min(len(pool), 270), replace=False)
        for j in sorted(int(x) for x in idx):
            c = pool[j]
            uni = c["university"]
            w = {"generic_pos": 22, "tasty": 18, "fast": 10, "neutral": 20, "generic_neg": 8, "portion": 7, "salty": 5,
                 "crash": 4}
            if uni == "JHUT":
                w["queue"] = {"2025-06": 2, "2025-12": 22, "2026-06": 45}[wave]
                w["cold"] = {"2025-06": 1, "2025-12": 5, "2026-06": 9}[wave]
                w["fast"] = {"2025-06": 10, "2025-12": 4, "2026-06": 2}[wave]
            if uni == "QCU" and wave == "2025-12":
                w["credit"] = 18
            if uni == "ULK":
                w["refund_slow"] = {"2025-06": 3, "2025-12": 6, "2026-06": 12}[wave]
            topic = pick(list(w), list(w.values()))
            s = SENT[topic]
            nps = int(pick([9, 10], [50, 50]) if s == "positive" and R() < 0.8 else
                      pick([0, 1, 2, 3, 4, 5, 6], [4, 3, 6, 10, 14, 28, 35]) if s == "negative" and R() < 0.85 else
                      pick([6, 7, 8], [20, 45, 35]))
            t = window_time(a, b)
            add_fb(topic, fb_lang(c, uni), t, c, "semester_survey", uni, nps=nps, survey_wave=wave)
    # paper comment box slips, transcribed without a date or a name
    for _ in range(150):
        cid = pick(list(CANTEENS), [CANTEENS[k][3] for k in CANTEENS])
        uni = CANTEENS[cid][0]
        w = {"salty": 14, "portion": 16, "tasty": 18, "generic_neg": 10, "neutral": 16, "rude": 8, "hair": 4, "cold": 5}
        if uni == "JHUT":
            w["queue"] = 30
        topic = pick(list(w), list(w.values()))
        add_fb(topic, fb_lang(None, uni), None, None, "comment_box", uni, export_batch="paper_slips_2026-07",
               **canteen_fields(cid))


# ---------------------------------------------------------------- main
def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    cs = build_customers()
    for c in cs:
        if not c["legacy"]:
            activation(c)
        regular_life(c)
    build_feedback(cs)

    rows = []
    for c in cs:
        u = UNIS[c["university"]]
        seg = c["segment"]
        if seg == "exchange" and c["active_until"] and c["active_until"] < END - timedelta(days=1) and c["installed_at"] < datetime(2026, 1, 1):
            seg = "exchange"   # finished exchange; still tagged exchange in the CRM
        rows.append({
            "customer_id": c["customer_id"], "signup_at": c["signup_at"], "segment": seg, "region": u["region"],
            "acquisition_channel": c["acquisition_channel"], "tier": c["tier"], "university": c["university"],
            "university_name": u["en"], "university_zh": u["zh"], "region_zh": u["region_zh"], "country": u["country"],
            "faculty": c["faculty"], "学院": FACULTIES.get(c["faculty"], "行政部门"), "enrol_year": c["enrol_year"],
            "gender": c["gender"], "device": c["device"], "first_channel": c["channel"],
            "app_language": c["app_language"], "diet": c["diet"], "home_canteen": c["home_canteen"],
            "dorm_zone": c["dorm_zone"], "installed_at": c["installed_at"] if not c["legacy"] else None,
            "card_status": ("no_card_linked" if not c["bound"] else "replaced" if c["card_lost"] else "active"),
            "auto_topup": c["auto_topup"], "default_pay_method": c["pay_method"], "last_active_at": c["last_active"],
        })
    write(out / "customers.csv", rows)
    write(out / "touchpoints.csv", [
        {"touchpoint_id": t[0], "name": t[1], "name_zh": t[1], "name_en": t[2], "stage": t[3], "channel": t[4],
         "kind": t[5], "owner": t[6], "aliases": t[7]} for t in TOUCHPOINTS])
    write(out / "journeys.csv", [
        {"journey_id": j[0], "journey_name": j[1], "journey_name_zh": j[1], "journey_name_en": j[2],
         "step": k, "touchpoint_id": tp, "window_days": j[3]} for j in JOURNEYS for k, tp in enumerate(j[4], 1)])

    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(EVENTS), size=int(len(EVENTS) * 0.004), replace=False)
    ev_rows = list(EVENTS) + [EVENTS[int(i)] for i in dup_idx]
    ev_rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
            "university", "app_version", "canteen_id", "canteen", "canteen_en", "meal_period", "items", "order_id",
            "amount_local", "currency", "pay_method", "pickup_mode", "queue_minutes", "queue_length", "trigger",
            "delayed", "fail_reason", "install_source", "card_type", "card_centre", "threshold_local", "source",
            "refund_id", "refund_type", "refund_reason", "refund_days", "complaint_id", "complaint_category", "投诉类型",
            "handler_team", "response_hours", "resolution_days", "csat", "cancel_reason"]
    write(out / "events.csv", ev_rows, cols)
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ORDERS, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                       "order_type", "university", "currency", "amount_local", "canteen_id",
                                       "canteen", "canteen_en", "meal_period", "items", "pay_method", "pickup_mode",
                                       "trigger", "credit_delayed", "fail_reason", "cancel_reason", "refund_reason"])
    FEEDBACK.sort(key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", FEEDBACK, [
        "feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
        "university", "university_zh", "region", "canteen_id", "canteen", "canteen_en", "meal_period", "order_id",
        "complaint_id", "device", "store", "platform", "survey_wave", "app_version", "export_batch"])
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    EXPERIMENTS.sort(key=lambda r: (r["assigned_at"], r["customer_id"]))
    write(out / "experiments.csv", EXPERIMENTS)
    print(f"customers {len(rows)}, events {len(ev_rows)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}, "
          f"experiments {len(EXPERIMENTS)}")
    return 0


def write(path: Path, rows: list[dict], cols: list[str] | None = None) -> None:
    cols = cols or list(rows[0].keys())

    def conv(v):
        if v is None:
            return ""
        t = type(v)
        if t is datetime:
            return v.isoformat(" ", "seconds")
        if t is bool:
            return "true" if v else "false"
        if t is float:
            return repr(round(v, 4))
        return v

    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            g = r.get
            w.writerow([conv(g(k)) for k in cols])


if __name__ == "__main__":
    raise SystemExit(main())
