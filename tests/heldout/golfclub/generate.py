"""Generate the synthetic 翠峰高尔夫 JadePeak Golf dataset (golf clubs and driving ranges in Shenzhen, Kunming and
Singapore) as a DATA.md folder.

    python generate.py OUTDIR

Deterministic (numpy seed 20261130). Data window 2025-01-01 .. 2026-06-30 (extract taken in July 2026). Writes
touchpoints, journeys, customers, events, orders, feedback and experiments as CSV, plus OUTDIR/_truth/ with the
generator's topic and sentiment of each feedback row (not a DATA.md table; used by gold.py only).
"""
from __future__ import annotations

import csv
import sys
from bisect import bisect_right
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

import numpy as np

SEED = 20261130
START = datetime(2025, 1, 1)
LAST = datetime(2026, 6, 30, 23, 59, 59)
NDAYS = (LAST.date() - START.date()).days + 1
SGD = 5.35  # CNY per SGD, fixed group reporting rate
rng = np.random.default_rng(SEED)


_BUF: list[float] = []
_POS = 0


def r() -> float:
    """uniform [0, 1) from a buffered stream (fast and deterministic)."""
    global _BUF, _POS
    if _POS >= len(_BUF):
        _BUF, _POS = rng.random(65536).tolist(), 0
    _POS += 1
    return _BUF[_POS - 1]


def uni(a: float, b: float) -> float:
    return a + (b - a) * r()


def randint(a: int, b: int) -> int:
    """integer in [a, b)"""
    return a + int(r() * (b - a))


def pick(items, p=None):
    if p is None:
        return items[int(r() * len(items))]
    cum = list(accumulate(float(x) for x in p))
    return items[min(bisect_right(cum, r() * cum[-1]), len(items) - 1)]


def mins(a, b):
    return timedelta(minutes=uni(a, b))


def days(a, b):
    return timedelta(days=uni(a, b))


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + timedelta(hours=uni(h0, h1))


def ts(t: datetime) -> str:
    return t.replace(microsecond=0).isoformat(sep=" ")


# ---------------------------------------------------------------- reference data
VENUES = {  # id: city, zh, en, has course, has range, fitting studio
    "SZ01": ("shenzhen", "深圳翠峰球会", "JadePeak Shenzhen Country Club", True, True, True),
    "SZ02": ("shenzhen", "南山练习场", "Nanshan Driving Range", False, True, True),
    "SZ03": ("shenzhen", "福田都市练习场", "Futian City Range", False, True, False),
    "KM01": ("kunming", "昆明滇湖球会", "Dianhu Lake Golf Club Kunming", True, True, True),
    "KM02": ("kunming", "呈贡练习场", "Chenggong Driving Range", False, True, False),
    "SG01": ("singapore", "新加坡西海岸球场", "West Coast Links Singapore", True, False, False),
    "SG02": ("singapore", "新加坡淡滨尼练习场", "Tampines Golf Range", False, True, True),
}
COURSE_OF = {"shenzhen": "SZ01", "kunming": "KM01", "singapore": "SG01"}
RANGES = {"shenzhen": (["SZ01", "SZ02", "SZ03"], [0.15, 0.5, 0.35]),
          "kunming": (["KM01", "KM02"], [0.4, 0.6]), "singapore": (["SG02"], [1.0])}
FITTING = {"shenzhen": (["SZ01", "SZ02"], [0.45, 0.55]), "kunming": (["KM01"], [1.0]),
           "singapore": (["SG02"], [1.0])}
COACHES = {  # id: venue, zh name, en name, trial->package factor, late share
    "C01": ("SZ01", "陈志强", "Chen Zhiqiang", 1.05, 0.02),
    "C02": ("SZ01", "李婷", "Li Ting", 1.1, 0.02),
    "C03": ("SZ02", "王磊", "Wang Lei", 0.75, 0.30),
    "C04": ("SZ02", "赵雪", "Zhao Xue", 1.0, 0.03),
    "C05": ("SZ03", "刘洋", "Liu Yang", 0.95, 0.03),
    "C06": ("KM01", "杨帆", "Yang Fan", 1.0, 0.02),
    "C07": ("KM02", "段丽", "Duan Li", 0.95, 0.03),
    "C08": ("SG02", "林文杰", "Marcus Lim", 1.6, 0.02),
    "C09": ("SG02", "普丽雅", "Priya Nair", 1.0, 0.03),
    "C10": ("SG01", "王德明", "Daniel Ong", 1.0, 0.02),
}
VENUE_COACHES = {}
for cid, (v, *_rest) in COACHES.items():
    VENUE_COACHES.setdefault(v, []).append(cid)
LESSON_VENUES = {"shenzhen": (["SZ01", "SZ02", "SZ03"], [0.3, 0.45, 0.25]), "kunming": (["KM01", "KM02"], [0.5, 0.5]),
                 "singapore": (["SG02", "SG01"], [0.75, 0.25])}
FITTERS = {"SZ01": ["F-SZ01-1", "F-SZ01-2"], "SZ02": ["F-SZ02-1"], "KM01": ["F-KM01-1"], "SG02": ["F-SG02-1", "F-SG02-2"]}
BRANDS = ["Titleist", "Ping", "TaylorMade", "Callaway", "Mizuno", "Honma"]
BRAND_P = {"shenzhen": [0.22, 0.22, 0.2, 0.14, 0.1, 0.12], "kunming": [0.2, 0.22, 0.2, 0.14, 0.1, 0.14],
           "singapore": [0.26, 0.24, 0.22, 0.16, 0.12, 0.0]}
CATEGORY = {"driver": (3200, 5200), "irons": (7800, 14000), "wedges": (2400, 3800), "putter": (2200, 4200),
            "full_bag": (24000, 42000)}
CATEGORY_P = [0.36, 0.3, 0.1, 0.1, 0.14]
COMPANIES = {
    "shenzhen": [("华鹏科技", "Huapeng Tech"), ("前海资本", "Qianhai Capital"), ("南海置业", "Nanhai Properties"),
                 ("鹏城律师事务所", "Pengcheng Law"), ("深湾医疗", "Shenwan Medical"), ("粤港物流", "YueGang Logistics")],
    "kunming": [("滇云药业", "Dianyun Pharma"), ("春城文旅", "Chuncheng Tourism"), ("云岭建设", "Yunling Construction")],
    "singapore": [("狮城航运", "Merlion Shipping"), ("狮桥资本", "Lionbridge Capital"), ("海峡银行", "Straitsview Bank"),
                  ("兰花科技", "Orchid Tech")],
}
TOURNAMENTS = [  # id, zh, en, venue, date, fee (local), eligibility, views
    ("T01", "2025春季月例赛", "Spring Medal 2025", "SZ01", date(2025, 4, 19), 1280, "open", 330),
    ("T02", "2025新加坡俱乐部锦标赛", "Club Championship 2025 (Singapore)", "SG01", date(2025, 8, 23), 150, "member", 190),
    ("T03", "2025企业精英赛", "Corporate Cup 2025", "SZ01", date(2025, 10, 18), 2880, "corporate", 200),
    ("T04", "2025昆明冬季公开赛", "Kunming Winter Open 2025", "KM01", date(2025, 12, 13), 980, "open", 300),
    ("T05", "2026滇湖开春杯", "Dianhu Spring Cup 2026", "KM01", date(2026, 3, 7), 880, "open", 230),
    ("T06", "2026春季月例赛", "Spring Medal 2026", "SZ01", date(2026, 4, 18), 1380, "open", 360),
    ("T07", "2026淡滨尼长打挑战赛", "Tampines Long Drive Challenge 2026", "SG02", date(2026, 5, 16), 60, "open", 260),
]
MEMBER_FEE = {  # (venue, tier): annual fee local, before / from 2026 renewals
    ("SZ01", "silver"): (28000, 33000), ("SZ01", "gold"): (46000, 54300), ("SZ01", "platinum"): (88000, 103800),
    ("KM01", "silver"): (16000, 16800), ("KM01", "gold"): (26000, 27300), ("KM01", "platinum"): (48000, 50400),
    ("SG01", "silver"): (6800, 7100), ("SG01", "gold"): (11000, 11500), ("SG01", "platinum"): (19500, 20400),
}
GREEN_FEE = {  # venue: {rate_type: (weekday, weekend)} per player, local currency
    "SZ01": {"visitor": (980, 1580), "member": (380, 580), "corporate": (720, 1180)},
    "KM01": {"visitor": (580, 880), "member": (220, 320), "corporate": (480, 720)},
    "SG01": {"visitor": (165, 235), "member": (75, 110), "corporate": (140, 200)},
}
BAY_FEE = {"shenzhen": (120, 160), "kunming": (80, 100), "singapore": (25, 32)}  # 60 min incl. 2 buckets
MONTH_W = {"shenzhen": [1.1, 0.75, 1.2, 1.2, 1.0, 0.7, 0.6, 0.6, 0.8, 1.3, 1.4, 1.2],
           "kunming": [1.45, 1.2, 1.1, 1.0, 0.85, 0.7, 0.6, 0.7, 0.8, 1.0, 1.2, 1.45],
           "singapore": [0.85, 0.95, 1.0, 1.0, 1.05, 1.1, 1.05, 1.05, 1.0, 1.0, 0.85, 0.8]}
TYPHOON_DAYS = {date(2025, 9, 23), date(2025, 9, 24)}  # SZ01 closed
PRICE_RISE_NOTICE = datetime(2025, 12, 1)  # SZ01 renewals due from 2026-01-01 at the new price
MP_BUG = (datetime(2026, 4, 1, 10), datetime(2026, 4, 28, 18))  # mini program 2.14.0 payment SDK timeout


def cur(venue):
    return "SGD" if VENUES[venue][0] == "singapore" else "CNY"


def to_cny(venue, local):
    return round(local * SGD, 2) if cur(venue) == "SGD" else round(float(local), 2)


def app_version(channel, t):
    if channel == "app":
        for cut, v in ((datetime(2025, 6, 10), "4.5.2"), (datetime(2025, 11, 18), "4.6.1"),
                       (datetime(2026, 3, 25), "4.7.0")):
            if t < cut:
                return v
        return "4.8.1"
    if channel == "mini_program":
        if t < datetime(2025, 9, 2):
            return "2.12.0"
        if t < MP_BUG[0]:
            return "2.13.4"
        if t < MP_BUG[1]:
            return "2.14.0"
        return "2.14.2"
    return ""


# ---------------------------------------------------------------- touchpoints and journeys
TP = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_tee_search", "查询开球时间", "Tee time search", "consideration", "app", "digital", "数字产品部",
     "订场|查场|找时段|tee sheet|tee times"),
    ("tp_tee_slot", "选择开球时段", "Tee slot selected", "consideration", "app", "digital", "数字产品部", "选时段|选场|pick a slot"),
    ("tp_tee_checkout", "提交订场订单", "Tee booking checkout", "purchase", "app", "digital", "数字产品部",
     "下单|付款页|结账|checkout|pay page"),
    ("tp_tee_confirmed", "订场成功", "Tee booking confirmed", "purchase", "app", "digital", "数字产品部",
     "预订成功|付款成功|booking confirmed|paid booking"),
    ("tp_tee_cancel", "取消订场", "Tee booking cancelled", "service", "app", "digital", "球会运营", "退订|cancellation"),
    ("tp_checkin", "前台签到", "Clubhouse check-in", "service", "store", "physical", "球会运营", "签到|登记|check in"),
    ("tp_round_done", "完成一轮", "Round completed", "service", "store", "physical", "球会运营",
     "打完一场|下场|round played|finished round"),
    ("tp_bay_browse", "查看打位", "Range bay browse", "consideration", "app", "digital", "练习场运营",
     "看打位|练习场预约页|range bays"),
    ("tp_bay_book", "预约打位", "Range bay booking", "purchase", "app", "digital", "练习场运营", "订打位|bay booking"),
    ("tp_bay_checkin", "练习场扫码入场", "Range check-in", "service", "store", "physical", "练习场运营", "入场|range check-in"),
    ("tp_ball_dispense", "发球机出球", "Ball dispenser", "service", "store", "physical", "练习场运营",
     "发球机|球机|出球|ball machine|dispenser"),
    ("tp_coach_browse", "浏览教练", "Coach browse", "consideration", "app", "digital", "学院", "找教练|教练页|coaches page"),
    ("tp_trial_book", "预约体验课", "Trial lesson booking", "purchase", "app", "digital", "学院", "约体验课|trial booking"),
    ("tp_trial_attend", "上体验课", "Trial lesson attended", "service", "store", "physical", "学院", "体验课|trial lesson"),
    ("tp_package_buy", "购买课包", "Lesson package purchase", "purchase", "store", "physical", "学院",
     "买课|课包|lesson package|buy lessons"),
    ("tp_lesson_attend", "正式课上课", "Lesson attended", "loyalty", "store", "physical", "学院", "上课|lessons"),
    ("tp_fitting_book", "预约定制试打", "Fitting booking", "consideration", "app", "digital", "装备中心",
     "约定制|club fitting booking"),
    ("tp_fitting_session", "定制试打", "Fitting session", "consideration", "store", "physical", "装备中心",
     "试打|测杆|fitting|launch monitor session"),
    ("tp_fitting_quote", "定制方案报价", "Fitting quote", "purchase", "email", "digital", "装备中心", "报价|quote"),
    ("tp_club_order", "定制球杆下单", "Custom club order", "purchase", "store", "physical", "装备中心",
     "买杆|定制下单|club order"),
    ("tp_club_pickup", "取杆交付", "Club pickup", "service", "store", "physical", "装备中心", "交付|提货|pickup|delivery"),
    ("tp_member_join", "入会签约", "Membership signed", "purchase", "store", "physical", "会籍部", "入会|买会籍|join"),
    ("tp_renewal_notice", "会籍续费提醒", "Renewal reminder", "loyalty", "email", "digital", "会籍部",
     "续费通知|renewal notice"),
    ("tp_renewal_page", "查看续费方案", "Renewal page", "loyalty", "app", "digital", "会籍部", "续费页|renewal page"),
    ("tp_renewal_plan", "选择续费方案", "Renewal plan chosen", "loyalty", "app", "digital", "会籍部", "选方案|choose plan"),
    ("tp_renewal_pay", "续费付款", "Renewal payment", "loyalty", "app", "digital", "会籍部", "续费|renew|renewed"),
    ("tp_event_page", "赛事页面", "Tournament page", "awareness", "app", "digital", "赛事部", "比赛页面|event page"),
    ("tp_event_signup", "赛事报名", "Tournament sign-up", "purchase", "app", "digital", "赛事部", "报名|sign up|entry"),
    ("tp_event_pay", "报名缴费", "Entry fee payment", "purchase", "app", "digital", "赛事部", "报名费|entry fee"),
    ("tp_event_checkin", "赛事签到", "Tournament check-in", "service", "store", "physical", "赛事部", "比赛签到"),
    ("tp_event_score", "成绩录入", "Score posted", "loyalty", "app", "digital", "赛事部", "成绩|scorecard"),
    ("tp_proshop", "专卖店购物", "Pro shop purchase", "purchase", "store", "physical", "零售部", "球具店|pro shop"),
    ("tp_cs_contact", "客服咨询", "Customer service contact", "service", "phone", "digital", "客服中心",
     "客服|热线|hotline|support"),
    ("tp_social", "社交媒体", "Social media", "awareness", "social", "digital", "市场部", "小红书|Instagram|微博"),
]
JOURNEYS = [
    ("tee_booking", "订场到打完一轮", "Tee time booking to round", 14,
     ["tp_tee_search", "tp_tee_slot", "tp_tee_checkout", "tp_tee_confirmed", "tp_checkin", "tp_round_done"]),
    ("range_session", "练习场打位", "Range bay session", 7,
     ["tp_bay_browse", "tp_bay_book", "tp_bay_checkin", "tp_ball_dispense"]),
    ("lesson_conversion", "体验课到课包", "Trial lesson to package", 30,
     ["tp_coach_browse", "tp_trial_book", "tp_trial_attend", "tp_package_buy", "tp_lesson_attend"]),
    ("club_fitting", "定制试打到取杆", "Club fitting to pickup", 60,
     ["tp_fitting_book", "tp_fitting_session", "tp_fitting_quote", "tp_club_order", "tp_club_pickup"]),
    ("membership_renewal", "会籍续费", "Membership renewal", 45,
     ["tp_renewal_notice", "tp_renewal_page", "tp_renewal_plan", "tp_renewal_pay"]),
    ("tournament_entry", "赛事报名到成绩", "Tournament entry", 45,
     ["tp_event_page", "tp_event_signup", "tp_event_pay", "tp_event_checkin", "tp_event_score"]),
]

# ---------------------------------------------------------------- day weights
EXTRA = 12  # activity is simulated a little past the extract date and cut there (searches for July tee times)
DAYS = [START.date() + timedelta(days=i) for i in range(NDAYS + EXTRA)]


def day_cum(city, weekend):
    w = np.array([MONTH_W[city][d.month - 1] * (weekend if d.weekday() >= 5 else 1.0)
                  * (1.0 + 0.18 * i / NDAYS) for i, d in enumerate(DAYS)])
    return np.cumsum(w)


CUM = {(c, k): day_cum(c, wk) for c in MONTH_W for k, wk in (("tee", 2.3), ("range", 1.6), ("flat", 1.2))}


def draw_day(city, kind, min_idx=0):
    cum = CUM[(city, kind)]
    lo = cum[min_idx - 1] if min_idx > 0 else 0.0
    u = float(uni(lo, cum[-1]))
    return min(int(np.searchsorted(cum, u, side="right")), len(DAYS) - 1)


# ---------------------------------------------------------------- customers
CUSTOMERS: list[dict] = []


def rand_date(a: date, b: date) -> datetime:
    return datetime(a.year, a.month, a.day) + timedelta(seconds=float(uni(0, (b - a).days * 86400)))


def make_customers():
    n = {"shenzhen": 2300, "kunming": 1250, "singapore": 1650}
    types = {"shenzhen": [0.15, 0.13, 0.72], "kunming": [0.16, 0.07, 0.77], "singapore": [0.12, 0.12, 0.76]}
    k = 0
    for city, cnt in n.items():
        for _ in range(cnt):
            k += 1
            ctype = pick(["member", "corporate", "visitor"], types[city])
            cn = city != "singapore"
            c = dict(customer_id=f"C{k:05d}", region=city, customer_type=ctype, city=city)
            if ctype == "member":
                joined_in_data = r() < 0.17
                if joined_in_data:
                    c["member_since"] = rand_date(date(2025, 1, 15), date(2026, 5, 31))
                    c["signup_at"] = rand_date(date(2020, 1, 1), c["member_since"].date() - timedelta(days=20))
                else:
                    c["member_since"] = rand_date(date(2014, 1, 1), date(2024, 12, 31))
                    c["signup_at"] = max(c["member_since"], datetime(2018, 6, 1)) + days(0, 200)
                    c["signup_at"] = min(c["signup_at"], datetime(2024, 12, 31))
                c["tier"] = pick(["silver", "gold", "platinum"], [0.45, 0.38, 0.17])
                c["acquisition_channel"] = pick(["referral", "walk_in", "wechat", "member_event"], [0.4, 0.25, 0.2, 0.15]) \
                    if cn else pick(["referral", "walk_in", "google", "member_event"], [0.42, 0.25, 0.18, 0.15])
                c["home_venue"] = COURSE_OF[city]
            elif ctype == "corporate":
                comp = pick(COMPANIES[city])
                c["corporate_account"] = comp[1]
                c["corporate_account_zh"] = comp[0]
                c["signup_at"] = rand_date(date(2021, 3, 1), date(2026, 6, 20))
                c["tier"] = "corporate"
                c["acquisition_channel"] = "corporate_sales"
                c["home_venue"] = COURSE_OF[city]
            else:
                u = r()
                c["signup_at"] = (rand_date(date(2019, 1, 1), date(2024, 12, 31)) if u < 0.42 else
                                  rand_date(date(2025, 1, 1), date(2025, 12, 31)) if u < 0.8 else
                                  rand_date(date(2026, 1, 1), date(2026, 6, 25)))
                c["tier"] = "visitor"
                c["acquisition_channel"] = pick(["wechat", "dianping", "douyin", "meituan", "referral", "walk_in"],
                                                [0.26, 0.18, 0.2, 0.08, 0.15, 0.13]) if cn else \
                    pick(["google", "instagram", "klook", "referral", "walk_in"], [0.32, 0.2, 0.15, 0.18, 0.15])
                c["home_venue"] = pick(*RANGES[city])
            c["home_range"] = c["home_venue"] if VENUES[c["home_venue"]][4] else pick(*RANGES[city])
            if c["home_venue"] == "SG01":
                c["home_range"] = "SG02"
            c["gender"] = pick(["M", "F"], [0.72, 0.28] if ctype != "visitor" else [0.62, 0.38])
            c["age_band"] = pick(["18-29", "30-39", "40-49", "50-59", "60+"],
                                 [0.08, 0.22, 0.34, 0.24, 0.12] if ctype == "member" else [0.22, 0.34, 0.26, 0.12, 0.06])
            if ctype == "visitor" and r() < 0.45:
                c["handicap"] = ""
            else:
                c["handicap"] = str(int(np.clip(rng.normal(17 if ctype == "member" else 22, 7), 0, 36)))
            c["preferred_language"] = pick(["zh", "en"], [0.97, 0.03] if cn else [0.2, 0.8])
            c["main_device"] = pick(["ios", "android"], [0.52, 0.48]) if cn else \
                pick(["ios", "android", "pc"], [0.6, 0.3, 0.1])
            c["marketing_opt_in"] = "true" if r() < 0.58 else "false"
            c["activity"] = float(rng.gamma(2.0, 0.5))
            c["sidx"] = max(0, (c["signup_at"].date() - START.date()).days)
            c["douyin"] = c["acquisition_channel"] == "douyin"
            CUSTOMERS.append(c)


def member_at(c, t: datetime) -> bool:
    return c["customer_type"] == "member" and c["member_since"] <= t and not (
        c.get("lapsed_at") and t >= c["lapsed_at"])


POOLS: dict = {}


def pool(city, kind):
    key = (city, kind)
    if key not in POOLS:
        idx, w = [], []
        for i, c in enumerate(CUSTOMERS):
            if c["region"] != city:
                continue
            t = c["customer_type"]
            if kind == "tee":
                wt = {"member": 7.0, "corporate": 3.0, "visitor": 1.0}[t]
            elif kind == "range":
                wt = {"member": 1.2, "corporate": 0.4, "visitor": 1.6}[t]
            elif kind == "lesson":
                wt = {"member": 0.25, "corporate": 0.2, "visitor": 1.0}[t] * (2.2 if c["douyin"] else 1.0)
            elif kind == "fitting":
                wt = {"member": 4.0, "corporate": 1.2, "visitor": 0.6}[t]
            elif kind == "shop":
                wt = {"member": 3.0, "corporate": 1.0, "visitor": 1.0}[t]
            else:
                wt = 1.0
            idx.append(i)
            w.append(wt * c["activity"] * max(0.0, NDAYS - c["sidx"]) / NDAYS)  # active days in the data
        POOLS[key] = (np.array(idx), np.cumsum(w))
    return POOLS[key]


def draw_customer(city, kind):
    idx, cum = pool(city, kind)
    while True:
        c = CUSTOMERS[int(idx[min(int(np.searchsorted(cum, r() * cum[-1], side="right")), len(idx) - 1)])]
        if c["sidx"] < NDAYS - 3:
            return c


# ---------------------------------------------------------------- output buffers
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK_SEEDS: list[dict] = []
EXPERIMENTS: list[dict] = []
_n = {"e": 0, "o": 0, "s": 0, "b": 0}


def nid(kind, prefix, width=7):
    _n[kind] += 1
    return f"{prefix}{_n[kind]:0{width}d}"


def ev(c, t, tp, action, channel, device="", venue="", session="", **extra):
    if t > LAST or t < START:
        return None
    e = dict(event_id=nid("e", "E"), customer_id=c["customer_id"], ts=t, touchpoint_id=tp, session_id=session,
             action=action, device=device, channel=channel, venue_id=venue)
    e.update(extra)
    EVENTS.append(e)
    return e


def order(c, t, venue, otype, local, channel, device="", status="paid", **extra):
    if t > LAST or t < START:
        return None
    o = dict(order_id=nid("o", "O", 6), customer_id=c["customer_id"], ts=t, amount=to_cny(venue, local),
             status=status, channel=channel, device=device, order_type=otype, venue_id=venue,
             currency=cur(venue), amount_local=round(float(local), 2))
    o.update(extra)
    ORDERS.append(o)
    return o


def fb(c, t, tp, topic, channel, venue="", undated=False, **extra):
    if t is not None and (t > LAST or t < START):
        return
    FEEDBACK_SEEDS.append(dict(c=c, t=None if undated else t, tp=tp, topic=topic, channel=channel, venue=venue,
                               extra=extra))


def online_channel(c, allow_web=True):
    if c["region"] == "singapore":
        ch = "web" if (c["main_device"] == "pc" or (allow_web and r() < 0.22)) else "app"
    else:
        ch = pick(["app", "mini_program"], [0.55, 0.45])
    dev = "pc" if ch == "web" else (c["main_device"] if c["main_device"] in ("ios", "android") else "ios")
    return ch, dev


def pay_method(c, ch, venue):
    if c["customer_type"] == "corporate":
        return "corporate_account"
    if cur(venue) == "SGD":
        return pick(["card", "paynow"], [0.7, 0.3])
    if ch == "mini_program":
        return "wechat_pay"
    return pick(["wechat_pay", "alipay", "card"], [0.58, 0.32, 0.1])


# ---------------------------------------------------------------- tee time journey
def rate_type(c, t):
    if member_at(c, t):
        return "member"
    return "corporate" if c["customer_type"] == "corporate" else "visitor"


def tee_booking(c, tee_day: date | None = None, search_t: datetime | None = None, force_channel=None, retry=False):
    city = c["region"]
    if tee_day is None:
        di = draw_day(city, "tee", c["sidx"])
        tee_day = DAYS[di]
        lead = int(pick(list(range(0, 10)), [0.06, 0.16, 0.16, 0.14, 0.12, 0.1, 0.09, 0.07, 0.06, 0.04]))
        sd = max(tee_day - timedelta(days=lead), c["signup_at"].date(), START.date())
        search_t = at(sd, 7, 23.5)
        if search_t.date() == tee_day:
            search_t = at(sd, 5.5, 7.5)
    venue = COURSE_OF[city]
    if city == "shenzhen" and tee_day.month in (12, 1, 2) and r() < 0.16:
        venue = "KM01"  # winter golf trip
    if force_channel:
        ch, dev = force_channel, (c["main_device"] if c["main_device"] in ("ios", "android") else "ios")
    else:
        ch, dev = online_channel(c)
    sess = nid("s", "S", 7)
    ver = app_version(ch, search_t)
    base = dict(venue=venue, session=sess)
    ev(c, search_t, "tp_tee_search", "view", ch, dev, app_version=ver, tee_date=tee_day.isoformat(), **base)
    weekend = tee_day.weekday() >= 5
    rt = rate_type(c, search_t)
    p_slot = 0.64 - (0.1 if weekend and venue == "SZ01" else 0) + (0.12 if rt == "member" else 0)
    if r() > p_slot and not retry:
        return
    players = int(pick([1, 2, 3, 4], [0.1, 0.3, 0.22, 0.38] if rt != "corporate" else [0.03, 0.12, 0.25, 0.6]))
    holes = 18 if r() < 0.86 else 9
    h0, h1 = (6.5, 15.0) if venue != "SG01" else (7.0, 16.0)
    tee_time = at(tee_day, h0, h1).replace(second=0)
    tee_time = tee_time.replace(minute=(tee_time.minute // 8) * 8)
    t = search_t + mins(1, 6)
    ev(c, t, "tp_tee_slot", "click", ch, dev, app_version=ver, tee_time=ts(tee_time), players=players, holes=holes,
       **base)
    if r() > 0.82 and not retry:
        return
    t += mins(1, 4)
    bug = ch == "mini_program" and MP_BUG[0] <= t < MP_BUG[1]
    p_fail = 0.6 if bug else 0.025
    if r() < p_fail:
        code = "PAY_TIMEOUT" if bug or r() < 0.5 else "CARD_DECLINED"
        ev(c, t, "tp_tee_checkout", "fail", ch, dev, app_version=ver, error_code=code, tee_time=ts(tee_time),
           **base)
        if bug:
            if r() < 0.45:
                fb(c, t + days(0, 2), "tp_tee_checkout", "pay_fail",
                   pick(["app_review", "ticket", "dianping"], [0.5, 0.35, 0.15]), venue, device=dev)
            if r() < 0.22 and not retry:
                t2 = t + mins(10, 600)
                if t2.date() <= tee_day:
                    tee_booking(c, tee_day, t2, force_channel="app", retry=True)
        return
    ev(c, t, "tp_tee_checkout", "submit", ch, dev, app_version=ver, tee_time=ts(tee_time), **base)
    if r() < 0.05:
        return  # abandoned at the payment sheet
    t += mins(0.5, 3)
    booking = nid("b", "TB", 6)
    price = GREEN_FEE[venue][rt][1 if weekend else 0] * (0.6 if holes == 9 else 1.0)
    pm = pay_method(c, ch, venue)
    ev(c, t, "tp_tee_confirmed", "success", ch, dev, app_version=ver, booking_id=booking, tee_time=ts(tee_time),
       players=players, holes=holes, rate_type=rt, **base)
    o = order(c, t, venue, "green_fee", price * players, ch, dev, booking_id=booking, players=players, holes=holes,
              rate_type=rt, payment_method=pm, session_id=sess, tee_time=ts(tee_time),
              corporate_account=c.get("corporate_account", ""))
    # cancel / no-show / weather
    if venue == "SZ01" and tee_day in TYPHOON_DAYS:
        tc = min(tee_time - mins(60, 600), LAST)
        tc = max(tc, t + mins(5, 30))
        ev(c, tc, "tp_tee_cancel", "cancel", "app", dev, booking_id=booking, cancel_reason="weather", **base)
        if o:
            o.update(status="refunded", refunded_at=ts(tc + days(0.1, 2)), refund_reason="weather")
        return
    u = r()
    if u < 0.05:
        tc = t + (tee_time - t) * float(uni(0.1, 0.95))
        ev(c, tc, "tp_tee_cancel", "cancel", ch, dev, booking_id=booking, cancel_reason="customer_cancel", **base)
        if o and tc <= LAST:
            o.update(status="refunded", refunded_at=ts(tc + days(0.2, 4)), refund_reason="customer_cancel")
        return
    if u < 0.075:
        return  # no-show, green fee kept
    tci = tee_time - mins(20, 55)
    ev(c, tci, "tp_checkin", "check_in", "onsite", "", booking_id=booking, players=players, tee_time=ts(tee_time),
       **base)
    if r() < 0.01:
        return
    if venue == "SZ01":
        m = rng.normal(292, 22) if weekend else rng.normal(252, 18)
        if weekend and tee_day >= date(2026, 1, 1):
            m += 12
    elif venue == "KM01":
        m = rng.normal(238, 16)
    else:
        m = rng.normal(266, 18)
    if holes == 9:
        m *= 0.52
    m = int(m)
    caddie = f"{venue}-K{randint(1, 31):02d}" if venue != "SG01" else ""
    ev(c, tee_time + timedelta(minutes=m), "tp_round_done", "complete", "onsite", "", booking_id=booking,
       holes=holes, players=players, round_minutes=m, caddie_id=caddie, tee_time=ts(tee_time), **base)
    tr = tee_time + timedelta(minutes=m)
    if r() < 0.2:  # post-round survey
        slow = holes == 18 and m > 270
        p_slow = min(0.5, max(0.0, (m - 262) / 90)) if holes == 18 else 0.0
        u2 = r()
        if u2 < p_slow:
            topic = "slow_play"
        else:
            topic = pick(["course_good", "staff_friendly", "neutral", "greens_bad"],
                         [0.5 if venue == "KM01" else 0.25, 0.3, 0.35,
                          0.14 if venue == "SZ01" and tee_day.month in (7, 8) else 0.03])
        del slow
        fb(c, tr + mins(30, 600), "tp_round_done", topic, "survey", venue, booking_id=booking)


# ---------------------------------------------------------------- range bays
def jam_rate(venue, t: datetime):
    if venue == "SZ02":
        k = (t - datetime(2025, 8, 1)).days / (datetime(2026, 6, 30) - datetime(2025, 8, 1)).days
        return 0.03 + 0.3 * min(1.0, max(0.0, k))
    return 0.022


def range_session(c):
    city = c["region"]
    venue = c["home_range"] if r() < 0.82 else pick(*RANGES[city])
    di = draw_day(city, "range", c["sidx"])
    day = DAYS[di]
    evening = r() < (0.5 if city == "singapore" else 0.4)
    slot = at(day, 18, 21.5) if evening else at(day, 8, 18)
    slot = slot.replace(minute=(slot.minute // 30) * 30, second=0)
    lead_h = float(pick([0.5, 2, 6, 20, 30, 50], [0.25, 0.25, 0.15, 0.15, 0.12, 0.08]))
    tb = max(slot - timedelta(hours=lead_h) - mins(0, 30), c["signup_at"] + mins(1, 60))
    if tb >= slot:
        tb = slot - mins(10, 40)
    ch, dev = online_channel(c)
    sess = nid("s", "S", 7)
    ver = app_version(ch, tb)
    base = dict(venue=venue, session=sess)
    if venue == "SG02" and evening:
        p_full = 0.38 if day >= date(2026, 1, 1) else 0.1
        if r() < p_full:
            ev(c, tb, "tp_bay_browse", "fail", ch, dev, app_version=ver, error_code="NO_BAY_AVAILABLE",
               slot_time=ts(slot), **base)
            if r() < 0.1:
                fb(c, tb + days(0, 3), "tp_bay_browse", "bay_full",
                   pick(["app_review", "google_review", "survey"], [0.4, 0.35, 0.25]), venue)
            return
    ev(c, tb, "tp_bay_browse", "view", ch, dev, app_version=ver, slot_time=ts(slot), **base)
    if r() > 0.79:
        return
    t = tb + mins(1, 5)
    minutes = int(pick([60, 90, 120], [0.55, 0.3, 0.15]))
    buckets = minutes // 30
    bay = f"{venue}-B{randint(1, 61 if venue != 'SZ03' else 31):02d}"
    wk = day.weekday() >= 5
    price = BAY_FEE[city][1 if wk else 0] * minutes / 60 * (0.5 if member_at(c, t) else 1.0)
    booking = nid("b", "BB", 6)
    ev(c, t, "tp_bay_book", "submit", ch, dev, app_version=ver, booking_id=booking, slot_time=ts(slot), bay_no=bay,
       bay_minutes=minutes, **base)
    o = order(c, t, venue, "range_bay", price, ch, dev, booking_id=booking, payment_method=pay_method(c, ch, venue),
              bay_minutes=minutes, session_id=sess, corporate_account=c.get("corporate_account", ""))
    if r() < 0.1:
        if r() < 0.5 and o:
            o.update(status="refunded", refunded_at=ts(min(slot, LAST)), refund_reason="customer_cancel")
        return
    tci = slot - mins(0, 12)
    ev(c, tci, "tp_bay_checkin", "check_in", "onsite", "", booking_id=booking, bay_no=bay, **base)
    if r() < 0.005:
        return
    jam = r() < jam_rate(venue, tci)
    machine = f"{venue}-M{randint(1, 9)}"
    td = tci + mins(1, 6)
    ev(c, td, "tp_ball_dispense", "fail" if jam else "success", "onsite", "", booking_id=booking, bay_no=bay,
       machine_id=machine, balls=buckets * 50, error_code="BALL_JAM" if jam else "", **base)
    if jam and r() < 0.3:
        fb(c, td + mins(20, 900), "tp_ball_dispense", "dispenser_jam",
           pick(["survey", "app_review", "dianping" if city != "singapore" else "google_review"], [0.55, 0.25, 0.2]),
           venue, booking_id=booking)
    elif r() < 0.05:
        fb(c, td + mins(60, 600), "tp_bay_checkin", pick(["staff_friendly", "neutral"], [0.45, 0.55]), "survey", venue,
           booking_id=booking)


# ---------------------------------------------------------------- lessons
EXP_WINDOW = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))
EXP_ASSIGNED: dict[str, str] = {}


def lesson(c):
    city = c["region"]
    venue = pick(*LESSON_VENUES[city])
    di = draw_day(city, "flat", c["sidx"])
    tb = at(DAYS[di], 8, 23)
    ch, dev = online_channel(c)
    sess = nid("s", "S", 7)
    base = dict(venue=venue, session=sess)
    ev(c, tb, "tp_coach_browse", "view", ch, dev, app_version=app_version(ch, tb), **base)
    variant = EXP_ASSIGNED.get(c["customer_id"])
    if variant is None and EXP_WINDOW[0] <= tb <= EXP_WINDOW[1]:
        variant = "coupon_49" if r() < 0.5 else "control"
        EXP_ASSIGNED[c["customer_id"]] = variant
        EXPERIMENTS.append(dict(experiment_id="trial_coupon", variant=variant, customer_id=c["customer_id"],
                                assigned_at=ts(tb)))
    in_exp = variant is not None and EXP_WINDOW[0] <= tb <= EXP_WINDOW[1]
    p = 0.3
    if c["douyin"]:
        p = 0.5
    if in_exp and variant == "coupon_49":
        p *= 1.45
    if r() > p:
        return
    t = tb + mins(2, 15) if r() < 0.7 else tb + days(0.2, 4)
    coach = pick(VENUE_COACHES[venue])
    cv, czh, cen, cfac, clate = COACHES[coach]
    cname = cen if city == "singapore" else czh
    ev(c, t, "tp_trial_book", "submit", ch, dev, app_version=app_version(ch, t), coach_id=coach, coach_name=cname,
       coach_name_en=cen, **base)
    if c["douyin"]:
        local, promo = 69, "DOUYIN69"
    elif in_exp and variant == "coupon_49":
        local, promo = 49, "TRIAL49"
    else:
        local, promo = (199 if city != "singapore" else 45), ""
    o = order(c, t, venue, "lesson_trial", local, ch, dev, coach_id=coach, promo_code=promo,
              payment_method="douyin_voucher" if c["douyin"] else pay_method(c, ch, venue), session_id=sess)
    if r() > 0.85:
        if o and r() < 0.6:
            o.update(status="refunded", refunded_at=ts(min(t + days(1, 5), LAST)), refund_reason="customer_cancel")
        return
    ta = at((t + days(1, 7)).date(), 9, 20)
    late = r() < clate
    late_min = randint(12, 35) if late else 0
    ev(c, ta, "tp_trial_attend", "attend", "onsite", "", coach_id=coach, coach_name=cname, coach_name_en=cen,
       coach_late_minutes=late_min, lesson_type="trial", **base)
    p_pkg = 0.37 * cfac
    if c["douyin"]:
        p_pkg = 0.1 * cfac
    if member_at(c, ta):
        p_pkg = min(0.9, p_pkg * 1.3)
    if late:
        p_pkg *= 0.6
    buy = r() < p_pkg
    if r() < 0.25:
        if late and r() < 0.8:
            topic = "coach_late"
        elif c["douyin"] and not buy and r() < 0.45:
            topic = "upsell_pushy"
        else:
            topic = pick(["coach_good", "neutral", "staff_friendly"], [0.55, 0.3, 0.15] if buy else [0.3, 0.55, 0.15])
        fb(c, ta + mins(60, 900), "tp_trial_attend", topic, pick(["survey", "app_review"], [0.8, 0.2]), venue,
           coach_id=coach)
    if not buy:
        return
    tp_ = ta + mins(20, 60) if r() < 0.7 else ta + days(1, 10)
    size = 10 if r() < 0.82 else 20
    local = {"shenzhen": 4800, "kunming": 3600, "singapore": 950}[city] * (1.0 if size == 10 else 1.8)
    ev(c, tp_, "tp_package_buy", "success", "store", "", coach_id=coach, coach_name=cname, coach_name_en=cen,
       lessons=size, **base)
    order(c, tp_, venue, "lesson_package", local, "store", "", coach_id=coach, lessons=size,
          payment_method=pay_method(c, "store", venue))
    tl = tp_ + days(3, 10)
    used = int(size * float(uni(0.5, 1.0)))
    for k in range(1, used + 1):
        tl2 = at(tl.date(), 9, 20)
        late = r() < clate
        e = ev(c, tl2, "tp_lesson_attend", "attend", "onsite", "", coach_id=coach, coach_name=cname,
               coach_name_en=cen, coach_late_minutes=randint(12, 35) if late else 0, lesson_type="package",
               lesson_no=k, **base)
        if e is None:
            break
        if late and r() < 0.12:
            fb(c, tl2 + mins(60, 600), "tp_lesson_attend", "coach_late", pick(["survey", "ticket"], [0.7, 0.3]),
               venue, coach_id=coach)
        elif r() < 0.03:
            fb(c, tl2 + mins(60, 600), "tp_lesson_attend", pick(["coach_good", "neutral"], [0.7, 0.3]), "survey",
               venue, coach_id=coach)
        tl = tl2 + days(4, 12)


# ---------------------------------------------------------------- club fitting
def fitting(c):
    city = c["region"]
    venue = pick(*FITTING[city])
    di = draw_day(city, "flat", c["sidx"])
    tb = at(DAYS[di], 8, 23)
    ch, dev = online_channel(c)
    sess = nid("s", "S", 7)
    base = dict(venue=venue, session=sess)
    cat = pick(list(CATEGORY), CATEGORY_P)
    ev(c, tb, "tp_fitting_book", "submit", ch, dev, app_version=app_version(ch, tb), club_category=cat, **base)
    fee = 600 if city != "singapore" else 120
    o = order(c, tb, venue, "fitting_fee", fee, ch, dev, club_category=cat, payment_method=pay_method(c, ch, venue),
              session_id=sess)
    if r() > 0.9:
        if o:
            o.update(status="refunded", refunded_at=ts(min(tb + days(1, 6), LAST)), refund_reason="customer_cancel")
        return
    fitter = pick(FITTERS[venue])
    t = at((tb + days(2, 12)).date(), 9, 19)
    ev(c, t, "tp_fitting_session", "attend", "onsite", "", fitter_id=fitter, club_category=cat,
       swing_speed_mph=int(rng.normal(92, 12)), **base)
    if r() > 0.95:
        return
    brand = pick(BRANDS, BRAND_P[city])
    lo, hi = CATEGORY[cat]
    qlocal = float(uni(lo, hi)) * (1.0 if city != "singapore" else 1 / SGD * 1.05)
    qlocal = round(qlocal / 10) * 10
    tq = t + mins(30, 240) if r() < 0.6 else t + days(1, 3)
    ev(c, tq, "tp_fitting_quote", "send", "email", "", fitter_id=fitter, club_category=cat, brand=brand,
       quote_amount=qlocal, currency=cur(venue), **base)
    p = {"singapore": 0.6, "shenzhen": 0.52, "kunming": 0.38}[city]
    if r() > p:
        return
    to = tq + days(0, 14)
    ev(c, to, "tp_club_order", "success", "store", "", fitter_id=fitter, club_category=cat, brand=brand,
       amount_local=qlocal, currency=cur(venue), **base)
    order(c, to, venue, "club_purchase", qlocal, "store", "", club_category=cat, brand=brand,
          payment_method=pay_method(c, "store", venue))
    slow = brand == "Ping" and to >= datetime(2025, 11, 1)
    lead = float(uni(30, 52)) if slow else float(uni(7, 16))
    tpk = at((to + timedelta(days=lead)).date(), 10, 20)
    if slow and r() < 0.5:
        fb(c, to + days(20, min(lead, 45)), "tp_club_pickup", "fitting_delay", pick(["ticket", "survey"], [0.6, 0.4]),
           venue, brand=brand)
    e = ev(c, tpk, "tp_club_pickup", "pickup", "onsite", "", club_category=cat, brand=brand,
           lead_days=int(lead), **base)
    if e and r() < 0.22:
        fb(c, tpk + days(3, 25), "tp_club_pickup", pick(["fitting_good", "neutral"], [0.75, 0.25]), "survey", venue,
           brand=brand)


# ---------------------------------------------------------------- memberships
def anniversary(since: datetime, year: int) -> datetime:
    try:
        return since.replace(year=year)
    except ValueError:
        return since.replace(year=year, day=28)


def memberships():
    for c in CUSTOMERS:
        if c["customer_type"] != "member":
            continue
        venue = c["home_venue"]
        c["membership_status"] = "active"
        if c["member_since"] >= START:
            t = c["member_since"]
            ev(c, t, "tp_member_join", "sign", "store", "", venue=venue, membership_tier=c["tier"])
            order(c, t, venue, "membership_new", MEMBER_FEE[(venue, c["tier"])][1 if t.year >= 2026 else 0], "store",
                  "", membership_tier=c["tier"], payment_method=pay_method(c, "store", venue), plan="1_year")
            expiry = anniversary(c["member_since"], c["member_since"].year + 1)
        else:
            expiry = anniversary(c["member_since"], 2025)
            if expiry < START:
                expiry = anniversary(c["member_since"], 2026)
        while True:
            notice = expiry - timedelta(days=30)
            notice = notice.replace(hour=10, minute=0, second=0) + mins(0, 30)
            if notice > LAST:
                break
            if notice < START:
                expiry = anniversary(c["member_since"], expiry.year + 1)  # renewed before the data starts
                continue
            new_price = venue == "SZ01" and notice >= PRICE_RISE_NOTICE
            chan = pick(["email", "sms", "app_push"], [0.3, 0.4, 0.3])
            ev(c, notice, "tp_renewal_notice", "send", chan, "", venue=venue, membership_tier=c["tier"],
               expiry_date=expiry.date().isoformat())
            if new_price:
                pp, pl, pay = 0.9, 0.72, 0.6
            elif venue == "SG01":
                pp, pl, pay = 0.93, 0.94, 0.96
            else:
                pp, pl, pay = 0.9, 0.93, 0.95
            renewed = False
            dev = c["main_device"] if c["main_device"] in ("ios", "android") else "ios"
            ch = "app" if c["region"] == "singapore" or r() < 0.6 else "mini_program"
            if r() < pp:
                tpg = notice + days(0.05, 12)
                sess = nid("s", "S", 7)
                ev(c, tpg, "tp_renewal_page", "view", ch, dev, venue=venue, session=sess,
                   app_version=app_version(ch, tpg), membership_tier=c["tier"])
                if new_price and r() < 0.2:
                    fb(c, tpg + days(0, 10), "tp_renewal_page", "renewal_price",
                       pick(["call_note", "ticket", "survey"], [0.5, 0.3, 0.2]), venue)
                if r() < pl:
                    plan = "2_year" if r() < 0.15 else "1_year"
                    ev(c, tpg + mins(1, 8), "tp_renewal_plan", "click", ch, dev, venue=venue, session=sess,
                       app_version=app_version(ch, tpg), membership_tier=c["tier"], plan=plan)
                    if r() < pay:
                        tpay = tpg + (mins(3, 20) if r() < 0.55 else days(1, 25))
                        fee = MEMBER_FEE[(venue, c["tier"])][1 if new_price else 0] * (1.85 if plan == "2_year" else 1)
                        e = ev(c, tpay, "tp_renewal_pay", "success", ch, dev, venue=venue, session=sess,
                               membership_tier=c["tier"], plan=plan)
                        if e:
                            order(c, tpay, venue, "membership_renewal", fee, ch, dev, membership_tier=c["tier"],
                                  plan=plan, payment_method=pay_method(c, ch, venue), session_id=sess)
                        renewed = True
                        expiry = anniversary(c["member_since"], expiry.year + (2 if plan == "2_year" else 1))
            if not renewed:
                if new_price and r() < 0.25:
                    fb(c, notice + days(5, 40), "tp_renewal_notice", "renewal_price",
                       pick(["call_note", "social_direct"], [0.7, 0.3]), venue)
                c["lapsed_at"] = expiry
                if expiry <= LAST:
                    c["membership_status"] = "lapsed"
                else:
                    c["membership_status"] = "active"  # still valid at the end, not renewed yet
                break
        c["membership_expiry"] = expiry.date().isoformat()


# ---------------------------------------------------------------- tournaments
def tournaments():
    for tid, zh, en, venue, d, fee, elig, views in TOURNAMENTS:
        city = VENUES[venue][0]
        cands = [c for c in CUSTOMERS if (c["region"] == city or (venue.startswith("KM") and c["region"] == "shenzhen"
                                                                    and r() < 0.15))
                 and (elig == "open" or (elig == "member" and c["customer_type"] == "member")
                      or (elig == "corporate" and c["customer_type"] == "corporate"))]
        w = np.array([(3.0 if c["customer_type"] == "member" else 1.0) * c["activity"] for c in cands])
        n = min(views, len(cands))
        chosen = rng.choice(len(cands), size=n, replace=False, p=w / w.sum())
        day0 = datetime(d.year, d.month, d.day)
        for j in chosen:
            c = cands[int(j)]
            tv = day0 - days(3, 40)
            tv = tv.replace(hour=randint(8, 23))
            if tv < c["signup_at"]:
                continue
            ch, dev = online_channel(c)
            sess = nid("s", "S", 7)
            base = dict(venue=venue, session=sess, tournament_id=tid, tournament_name=zh, tournament_name_en=en)
            ev(c, tv, "tp_event_page", "view", ch, dev, app_version=app_version(ch, tv), **base)
            p_sign = 0.68 if elig == "corporate" else 0.5 if elig == "member" else 0.42
            if r() > p_sign:
                continue
            t = tv + (mins(2, 20) if r() < 0.6 else days(0.2, min(3.0, (day0 - tv).days - 1)))
            ev(c, t, "tp_event_signup", "submit", ch, dev, app_version=app_version(ch, t), **base)
            p_pay = 0.97 if elig == "corporate" else 0.86
            if r() > p_pay:
                continue
            t += mins(1, 30) if r() < 0.7 else days(0.5, 2)
            if t >= day0:
                t = day0 - mins(60, 300)
            ev(c, t, "tp_event_pay", "success", ch, dev, **base)
            order(c, t, venue, "tournament_fee", fee, ch, dev, tournament_id=tid,
                  payment_method=pay_method(c, ch, venue), corporate_account=c.get("corporate_account", ""))
            if r() > 0.9:
                continue
            tc = at(d, 6.5, 8.5)
            ev(c, tc, "tp_event_checkin", "check_in", "onsite", "", **base)
            if r() > 0.97:
                continue
            score = int(rng.normal(88 if c["customer_type"] != "member" else 84, 8))
            ev(c, tc + mins(300, 400), "tp_event_score", "post", "app", dev, gross_score=score, **base)
            if r() < 0.12:
                fb(c, tc + mins(500, 3000), "tp_event_score", pick(["staff_friendly", "neutral", "slow_play"],
                                                                    [0.45, 0.35, 0.2]), "survey", venue,
                   tournament_id=tid)


# ---------------------------------------------------------------- pro shop and customer service
SHOP_ITEMS = [("golf_balls", 280, 520), ("glove", 120, 260), ("apparel", 380, 1600), ("shoes", 900, 1900),
              ("bag", 1500, 4200), ("accessories", 60, 300)]


def proshop(c):
    city = c["region"]
    venue = c["home_venue"] if r() < 0.7 else pick(*RANGES[city])
    di = draw_day(city, "range", c["sidx"])
    t = at(DAYS[di], 9, 21)
    item, lo, hi = pick(SHOP_ITEMS, [0.35, 0.22, 0.18, 0.08, 0.05, 0.12])
    local = float(uni(lo, hi)) / (SGD * 0.85 if city == "singapore" else 1)
    local = round(local)
    ev(c, t, "tp_proshop", "purchase", "store", "", venue=venue, item_category=item, amount_local=local,
       currency=cur(venue))
    order(c, t, venue, "proshop", local, "store", "", item_category=item, payment_method=pay_method(c, "store", venue))


CS_ISSUES = ["booking_change", "refund", "membership", "lesson_reschedule", "payment", "invoice", "other"]


def cs_contact(c):
    city = c["region"]
    di = draw_day(city, "flat", c["sidx"])
    t = at(DAYS[di], 9, 21)
    issue = pick(CS_ISSUES, [0.28, 0.16, 0.12, 0.12, 0.1, 0.08 if c["customer_type"] == "corporate" else 0.02, 0.14])
    ch = pick(["phone", "wechat", "email"], [0.5, 0.35, 0.15] if city != "singapore" else [0.45, 0.1, 0.45])
    ev(c, t, "tp_cs_contact", "contact", ch, "", venue=c["home_venue"], issue_type=issue)
    if r() < 0.12:
        fb(c, t + mins(5, 60), "tp_cs_contact", pick(["staff_friendly", "neutral"], [0.55, 0.45]), "ticket",
           c["home_venue"])


# ---------------------------------------------------------------- feedback texts
TEXT = {
    "pay_fail": (
        ["小程序订场一直支付失败，转了半天圈最后超时", "订场到最后一步支付失败，试了三次都不行",
         "周末想订个早场，结果支付失败，只好打电话给前台", "支付失败了但好像扣了钱，吓一跳，客服说会原路退回",
         "新版小程序付款老是支付失败，体验太差", "订场支付失败，时段又被别人抢走了"],
        ["Tried to book a tee time and the payment failed three times", "payment failed on the WeChat mini program, "
         "had to call the club instead", "Kept getting payment failed at checkout, very frustrating",
         "Booking a Saturday slot, payment failed and the slot was gone"]),
    "dispenser_jam": (
        ["发球机老是卡球，打一筐要叫三次服务员", "这边的发球机卡球太频繁了，该修了", "打位的球机又卡球了，浪费时间",
         "球机卡球，等了十几分钟才有人来处理", "一个小时卡球四五次，练习节奏全被打乱", "发球机卡球问题反映好几次了还没修好"],
        ["The ball machine at my bay kept jamming", "Ball dispenser jammed twice in one session",
         "Machines jam all the time, please fix them", "Dispenser jammed and nobody came for ten minutes"]),
    "renewal_price": (
        ["续费一下子涨价这么多，服务没见变好", "会籍涨价18%，考虑不续了", "今年续费涨价太狠了，老会员也没优惠",
         "涨价之前也没提前沟通，续费通知直接就是新价格", "会费涨价了，球场还是老样子，不值",
         "老会员了，这次涨价让人很失望"],
        ["The membership price hike this year is too much", "18% price hike on renewal with nothing new in return",
         "Not renewing after the price hike", "A price hike like this for loyal members is disappointing"]),
    "slow_play": (
        ["周末前组压场严重，打一场要五个多小时", "前面一直压场，每洞都在等", "下场人太多了，压场，巡场也不管",
         "压场太厉害，后九洞基本每杆都在等", "开球间隔太密，一路压场", "又是压场的一天，18洞打了五个半小时"],
        ["Terrible slow play on the weekend, five hours plus", "slow play everywhere, marshals did nothing",
         "Round took forever due to slow play", "Slow play on the back nine, waited on every tee"]),
    "coach_late": (
        ["教练又迟到了二十分钟，课时也没补", "约好九点上课，教练迟到，体验很差", "教练迟到还不打招呼，太不专业了",
         "第三次遇到教练迟到了", "教练迟到半小时，最后只上了半节课"],
        ["Coach was 20 minutes late and didn't extend the lesson", "Second time the coach turned up late",
         "Lesson started late again, the coach never apologised", "Coach was late and rushed the session"]),
    "bay_full": (
        ["晚上的打位根本约不到，下班想练一下都不行", "周末打位总是约不到", "打位约不到，app上一片灰", "想约晚上七点的打位，一周都约不到"],
        ["Evening bays are always fully booked", "Tried all week, fully booked after 6pm",
         "fully booked again, you need more bays", "Every evening slot fully booked, getting annoying"]),
    "fitting_delay": (
        ["定制杆说两周交货，一个多月了还没到", "交货时间一拖再拖，下单时不是这么说的", "定制的铁杆交货太慢了",
         "交货一直延期，也没人主动通知", "付了全款五周了还没交货"],
        ["Still waiting for my custom irons after six weeks", "Ordered a fitted driver, still waiting, no update",
         "Still waiting on my clubs, was promised two weeks"]),
    "upsell_pushy": (
        ["体验课一大半时间在推销课包", "团购来的体验课，教练全程推销", "上来就推销，课都没怎么教", "体验课就是个推销会"],
        ["The trial lesson felt like a sales pitch, too pushy", "Coach was pushy about buying a package",
         "Pushy sales talk during the trial, not impressed"]),
    "greens_bad": (
        ["果岭被晒坏了，推杆全靠运气", "果岭坑坑洼洼，这个价格不应该", "夏天果岭状态太差了"],
        ["The greens were bumpy and burnt", "greens in poor shape this month", "Bad greens for the price"]),
    "coach_good": (
        ["教练很耐心，一节课就纠正了我的挥杆", "老师讲解耐心细致，进步很明显", "教练耐心又专业，推荐",
         "很耐心的教练，小白也能听懂"],
        ["Coach was very patient and explained everything clearly", "Patient coach, my slice is finally gone",
         "Really patient with a beginner like me"]),
    "course_good": (
        ["球场风景太美了，湖边打球很享受", "风景好，球道维护得也不错", "风景一流，下次还来", "天气好风景好，打得很开心"],
        ["Lovely scenery and well kept fairways", "Great scenery, will come back", "Stunning scenery on the back nine"]),
    "staff_friendly": (
        ["前台和球童都很热情", "服务热情，签到很快", "工作人员很热情，有问必答", "球童热情，帮忙看线很准"],
        ["Staff were friendly and check-in was quick", "Very friendly caddies and front desk",
         "Friendly team, smooth experience"]),
    "fitting_good": (
        ["定制完一号木距离远了二十码", "按数据配的杆，距离和方向都稳定了", "铁杆定制后距离控制好多了"],
        ["Gained 15 yards with the fitted driver", "Fitting was worth it, extra yards and tighter dispersion",
         "New irons, more yards and better contact"]),
    "neutral": (
        ["还行吧，中规中矩", "一般，没什么特别的", "价格偏高但可以接受", "停车有点麻烦，其他还好", "整体可以"],
        ["It was okay.", "Average experience overall", "Decent, nothing special", "Parking was a bit tricky, otherwise fine"]),
}
SENTIMENT = {t: "pos" for t in ("coach_good", "course_good", "staff_friendly", "fitting_good")}
SENTIMENT.update({t: "neg" for t in ("pay_fail", "dispenser_jam", "renewal_price", "slow_play", "coach_late",
                                     "bay_full", "fitting_delay", "upsell_pushy", "greens_bad")})
SENTIMENT["neutral"] = "neu"
SOCIAL_TOPICS = {"shenzhen": (["slow_play", "dispenser_jam", "course_good", "coach_good", "neutral", "renewal_price"],
                              [0.2, 0.22, 0.18, 0.12, 0.18, 0.1]),
                 "kunming": (["course_good", "staff_friendly", "neutral", "coach_good"], [0.5, 0.2, 0.2, 0.1]),
                 "singapore": (["bay_full", "course_good", "coach_good", "neutral", "staff_friendly"],
                               [0.3, 0.2, 0.2, 0.2, 0.1])}
SOCIAL_TP = {"slow_play": ("tp_round_done", "SZ01"), "dispenser_jam": ("tp_ball_dispense", "SZ02"),
             "course_good": ("tp_round_done", None), "coach_good": ("tp_trial_attend", None),
             "neutral": ("tp_social", None), "renewal_price": ("tp_renewal_notice", "SZ01"),
             "staff_friendly": ("tp_checkin", None), "bay_full": ("tp_bay_browse", "SG02")}


def social_posts():
    """public posts (no customer id, no rating); about half without a date."""
    for city, n in (("shenzhen", 150), ("kunming", 70), ("singapore", 110)):
        for _ in range(n):
            topic = pick(*SOCIAL_TOPICS[city])
            di = draw_day(city, "flat")
            t = at(DAYS[di], 8, 23.5)
            # the jam theme grows: posts about it come late in the data
            if topic == "dispenser_jam":
                t = at(DAYS[draw_day(city, "flat", (date(2025, 10, 1) - START.date()).days)], 8, 23.5)
            if topic == "renewal_price":
                t = at(DAYS[draw_day(city, "flat", (date(2025, 12, 5) - START.date()).days)], 8, 23.5)
            if topic == "bay_full":
                t = at(DAYS[draw_day(city, "flat", (date(2026, 1, 1) - START.date()).days)], 8, 23.5)
            if t > LAST:
                continue
            tp, venue = SOCIAL_TP[topic]
            if venue is None:
                venue = COURSE_OF[city] if tp in ("tp_round_done", "tp_checkin") else pick(*LESSON_VENUES[city])
            plat = pick(["xiaohongshu", "weibo", "douyin"], [0.55, 0.25, 0.2]) if city != "singapore" else \
                pick(["instagram", "facebook", "xiaohongshu"], [0.5, 0.3, 0.2])
            FEEDBACK_SEEDS.append(dict(c=None, t=None if r() < 0.5 else t, tp=tp, topic=topic, channel="social",
                                       venue=venue, extra=dict(platform=plat), city=city))


def public_reviews():
    """大众点评 / Google reviews of the venues by customers (rated; about one in ten undated)."""
    for city, n in (("shenzhen", 170), ("kunming", 80), ("singapore", 100)):
        venues = [v for v, meta in VENUES.items() if meta[0] == city]
        for _ in range(n):
            c = draw_customer(city, "range")
            venue = pick(venues)
            day = DAYS[draw_day(city, "flat", c["sidx"])]
            t = at(day, 9, 23.5)
            if VENUES[venue][3]:
                topics = ["course_good", "staff_friendly", "neutral", "slow_play", "greens_bad"]
                w = [0.45 if venue == "KM01" else 0.2, 0.2, 0.3, 0.22 if venue == "SZ01" else 0.05,
                     0.2 if venue == "SZ01" and day.month in (7, 8) else 0.02]
                tp = "tp_round_done"
            else:
                topics = ["staff_friendly", "neutral", "coach_good", "dispenser_jam", "bay_full"]
                w = [0.3, 0.4, 0.12, jam_rate(venue, t) * 3 if venue == "SZ02" else 0.02,
                     (0.3 if day.year == 2026 else 0.08) if venue == "SG02" else 0.0]
                tp = "tp_bay_checkin"
            topic = pick(topics, w)
            tp = {"dispenser_jam": "tp_ball_dispense", "bay_full": "tp_bay_browse", "coach_good": "tp_trial_attend"}.get(
                topic, tp)
            fb(c, t, tp, topic, "dianping" if city != "singapore" else "google_review", venue)


def render_feedback():
    rows, truth = [], []
    seeds = sorted(FEEDBACK_SEEDS, key=lambda s: (s["t"] or datetime(2100, 1, 1), s["topic"]))
    for k, s in enumerate(seeds, 1):
        c = s["c"]
        city = c["region"] if c else s["city"]
        if c:
            lang = c["preferred_language"]
        else:
            lang = "en" if (city == "singapore" and s["extra"].get("platform") != "xiaohongshu") else "zh"
        zh, en = TEXT[s["topic"]]
        text = pick(zh if lang == "zh" else en)
        ch = s["channel"]
        if ch == "social_direct":
            ch = "social"
        if ch == "dianping" and city == "singapore":
            ch = "google_review"
        rating, nps = "", ""
        sent = SENTIMENT[s["topic"]]
        if ch in ("survey", "app_review", "dianping", "google_review"):
            rating = int(pick([1, 2, 3], [0.35, 0.45, 0.2]) if sent == "neg" else
                         pick([4, 5], [0.35, 0.65]) if sent == "pos" else pick([3, 4], [0.6, 0.4]))
            # a coach's own survey scores drift with lateness
            if ch == "survey" and r() < 0.65:
                nps = int(pick(list(range(0, 7)), None) if sent == "neg" else
                          pick([8, 9, 10], [0.25, 0.4, 0.35]) if sent == "pos" else pick([6, 7, 8], [0.35, 0.4, 0.25]))
        t = s["t"]
        undated = t is None
        if not undated and ch in ("dianping", "google_review") and r() < 0.1:
            undated = True
        if not undated and ch == "ticket" and r() < 0.03:
            undated = True
        venue = s["venue"]
        row = dict(feedback_id=f"FB{k:05d}", text=text, ts="" if undated else ts(t),
                   customer_id=c["customer_id"] if c else "", touchpoint_id=s["tp"], channel=ch, rating=rating,
                   nps=nps, language=lang, venue_id=venue, venue_name=VENUES[venue][1] if venue else "",
                   region=city, platform=s["extra"].get("platform", {"dianping": "大众点评", "google_review": "Google",
                                                                      "app_review": "App Store / 应用商店"}.get(ch, "")),
                   device=s["extra"].get("device", ""), booking_id=s["extra"].get("booking_id", ""),
                   coach_id=s["extra"].get("coach_id", ""), brand=s["extra"].get("brand", ""),
                   tournament_id=s["extra"].get("tournament_id", ""),
                   customer_type=c["customer_type"] if c else "")
        if ch == "app_review" and not row["device"] and c:
            row["device"] = c["main_device"] if c["main_device"] in ("ios", "android") else "ios"
        rows.append(row)
        truth.append(dict(feedback_id=row["feedback_id"], topic=s["topic"], sentiment=sent))
    return rows, truth


# ---------------------------------------------------------------- main
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    make_customers()
    memberships()  # sets lapse dates used by member_at()
    counts = {"shenzhen": (4300, 4800, 1800, 380, 700, 420), "kunming": (2200, 1600, 900, 170, 330, 200),
              "singapore": (2600, 2300, 1400, 300, 520, 330)}
    for city, (n_tee, n_range, n_lesson, n_fit, n_shop, n_cs) in counts.items():
        for _ in range(n_tee):
            tee_booking(draw_customer(city, "tee"))
        for _ in range(n_range):
            range_session(draw_customer(city, "range"))
        for _ in range(n_lesson):
            lesson(draw_customer(city, "lesson"))
        for _ in range(n_fit):
            fitting(draw_customer(city, "fitting"))
        for _ in range(n_shop):
            proshop(draw_customer(city, "shop"))
        for _ in range(n_cs):
            cs_contact(draw_customer(city, "cs"))
    tournaments()
    social_posts()
    public_reviews()

    # ---- customers: end-of-data state
    last_ev: dict[str, datetime] = {}
    for e in EVENTS:
        if e["ts"] > last_ev.get(e["customer_id"], START - timedelta(days=1)):
            last_ev[e["customer_id"]] = e["ts"]
    spend: dict[str, float] = {}
    for o in ORDERS:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0.0) + o["amount"]
    cust_rows = []
    for c in CUSTOMERS:
        le = last_ev.get(c["customer_id"])
        if c["customer_type"] == "member" and c.get("membership_status") == "active" and c["tier"] in ("gold",
                                                                                                       "platinum"):
            seg = "vip"
        elif c["signup_at"] >= datetime(2026, 1, 1):
            seg = "new"
        elif le is None or le < datetime(2026, 1, 1):
            seg = "at_risk"
        else:
            seg = "returning"
        cust_rows.append(dict(
            customer_id=c["customer_id"], signup_at=ts(c["signup_at"]), segment=seg, region=c["region"],
            acquisition_channel=c["acquisition_channel"], tier=c["tier"], customer_type=c["customer_type"],
            membership_status=c.get("membership_status", "none"),
            member_since=c["member_since"].date().isoformat() if c.get("member_since") else "",
            membership_expiry=c.get("membership_expiry", ""), home_venue=c["home_venue"],
            home_range=c["home_range"], corporate_account=c.get("corporate_account", ""),
            corporate_account_zh=c.get("corporate_account_zh", ""), gender=c["gender"], age_band=c["age_band"],
            handicap=c["handicap"], preferred_language=c["preferred_language"], main_device=c["main_device"],
            marketing_opt_in=c["marketing_opt_in"], lifetime_spend_cny=round(spend.get(c["customer_id"], 0.0), 2),
            last_activity_at=ts(le) if le else ""))

    # ---- events: add venue names and region, sort by time
    region_of = {c["customer_id"]: c["region"] for c in CUSTOMERS}
    EVENTS.sort(key=lambda e: (e["ts"], e["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "venue_id", "venue_name", "venue_name_en", "region", "app_version", "booking_id", "tee_date",
               "tee_time", "players", "holes", "rate_type", "round_minutes", "caddie_id", "cancel_reason",
               "error_code", "slot_time", "bay_no", "bay_minutes", "machine_id", "balls", "coach_id", "coach_name",
               "coach_name_en", "coach_late_minutes", "lesson_type", "lesson_no", "lessons", "fitter_id",
               "club_category", "swing_speed_mph", "brand", "quote_amount", "amount_local", "currency", "lead_days",
               "membership_tier", "expiry_date", "plan", "tournament_id", "tournament_name", "tournament_name_en",
               "gross_score", "item_category", "issue_type"]
    for e in EVENTS:
        v = e.get("venue_id", "")
        e["venue_name"] = VENUES[v][1] if v else ""
        e["venue_name_en"] = VENUES[v][2] if v else ""
        e["region"] = VENUES[v][0] if v else region_of[e["customer_id"]]
        e["ts"] = ts(e["ts"])
    ORDERS.sort(key=lambda o: (o["ts"], o["order_id"]))
    or_cols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "venue_id",
               "venue_name", "region", "currency", "amount_local", "payment_method", "booking_id", "tee_time",
               "players", "holes", "rate_type", "bay_minutes", "coach_id", "lessons", "promo_code", "club_category",
               "brand", "membership_tier", "plan", "tournament_id", "item_category", "corporate_account",
               "refunded_at", "refund_reason", "session_id"]
    for o in ORDERS:
        o["venue_name"] = VENUES[o["venue_id"]][1]
        o["region"] = VENUES[o["venue_id"]][0]
        o["ts"] = ts(o["ts"])
    fb_rows, truth = render_feedback()

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            w.writerows([[row.get(k, "") for k in cols] for row in rows])

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TP],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                            touchpoint_id=tp, window_days=w) for j, zh, en, w, steps in JOURNEYS
                       for k, tp in enumerate(steps, 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0]))
    write("events", EVENTS, ev_cols)
    write("orders", ORDERS, or_cols)
    write("feedback", fb_rows, list(fb_rows[0]))
    write("experiments", EXPERIMENTS, ["experiment_id", "variant", "customer_id", "assigned_at"])
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["feedback_id", "topic", "sentiment"])
        w.writeheader()
        w.writerows(truth)
    print(f"customers {len(cust_rows)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(fb_rows)}, "
          f"experiments {len(EXPERIMENTS)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
