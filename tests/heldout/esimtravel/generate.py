"""Synthetic data for 漫游猫 RoamCat, a travel eSIM app with users in mainland China, Hong Kong and the UK.

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic and sentiment each comment was written from; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic, a few seconds of CPU. Data covers 2025-01-01 .. 2026-06-30; all
timestamps are naive Hong Kong time (HKT, UTC+8), the company's system clock. See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)

START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1

# planted windows
SMDP_BUG = (datetime(2026, 3, 3), datetime(2026, 3, 28, 23, 59, 59))   # SM-DP+ provider migration: installs time out
AUTO_RENEW_LAUNCH = datetime(2025, 9, 1)                                 # 30-day plans auto-renew by default
AUTO_RENEW_15D = datetime(2026, 1, 15)                                   # ... and 15-day plans too
REMINDER_DROPPED = datetime(2026, 3, 20)                                 # pre-renewal reminder push dropped (3.7.0)
AB = (datetime(2026, 1, 12), datetime(2026, 4, 30, 23, 59, 59))          # install_video_guide_2026


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


def D(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 86400)


def H(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 3600)


def M(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 60)


def expo(mean: float) -> float:
    return float(rng.exponential(mean))


HOUR_W = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4, 4, 5, 4, 4, 4, 4, 5, 6, 7, 8, 8, 6, 3]


def at_day(d: datetime) -> datetime:
    """a waking-hours time on the day of d."""
    h = pick(list(range(24)), HOUR_W)
    return datetime(d.year, d.month, d.day) + H(h) + M(R() * 60)


# ---------------------------------------------------------------- reference data
REGIONS = {
    "CN": dict(region="Mainland China", region_zh="中国内地", currency="CNY", fx=7.20, team="sz_cs", share=0.50,
               cities=[("Shanghai", "上海", 28), ("Beijing", "北京", 20), ("Shenzhen", "深圳", 18),
                       ("Guangzhou", "广州", 14), ("Hangzhou", "杭州", 10), ("Chengdu", "成都", 10)],
               seg=[0.40, 0.20, 0.14, 0.16, 0.10], ios=0.55,
               brands=[("Huawei", 30), ("Xiaomi", 25), ("OPPO", 15), ("vivo", 15), ("Honor", 15)],
               pay=[("alipay", 55), ("wechat_pay", 38), ("apple_pay", 5), ("card", 2)],
               acq=[("xiaohongshu", 34), ("app_store", 22), ("airline_partner", 14), ("referral", 14),
                    ("douyin", 16)],
               lang=("zh-Hans", 0.97), buy_ch=[("app", 80), ("mini_program", 20)]),
    "HK": dict(region="Hong Kong", region_zh="中国香港", currency="HKD", fx=7.80, team="hk_cs", share=0.28,
               cities=[("Hong Kong Island", "港岛", 30), ("Kowloon", "九龙", 38), ("New Territories", "新界", 32)],
               seg=[0.44, 0.22, 0.06, 0.16, 0.12], ios=0.66,
               brands=[("Samsung", 45), ("Xiaomi", 20), ("Google", 15), ("Huawei", 10), ("OPPO", 10)],
               pay=[("apple_pay", 36), ("card", 30), ("alipay_hk", 18), ("payme", 16)],
               acq=[("app_store", 30), ("instagram", 24), ("airline_partner", 16), ("referral", 16),
                    ("google_ads", 14)],
               lang=("zh-Hant", 0.50), buy_ch=[("app", 90), ("web", 10)]),
    "UK": dict(region="United Kingdom", region_zh="英国", currency="GBP", fx=0.79, team="london_cs", share=0.22,
               cities=[("London", "伦敦", 52), ("Manchester", "曼彻斯特", 16), ("Birmingham", "伯明翰", 12),
                       ("Edinburgh", "爱丁堡", 10), ("Bristol", "布里斯托", 10)],
               seg=[0.44, 0.18, 0.18, 0.12, 0.08], ios=0.56,
               brands=[("Samsung", 55), ("Google", 30), ("Xiaomi", 8), ("OnePlus", 7)],
               pay=[("card", 56), ("apple_pay", 34), ("paypal", 10)],
               acq=[("google_ads", 30), ("app_store", 24), ("tiktok", 18), ("referral", 16), ("airline_partner", 12)],
               lang=("en", 0.92), buy_ch=[("app", 75), ("web", 25)]),
}
SEGMENTS = ["leisure", "business", "student", "family", "senior"]
SEGMENT_ZH = {"leisure": "休闲游客", "business": "商务出行", "student": "留学生", "family": "家庭出游", "senior": "长者出行"}
MODELS = {"Apple": ["iPhone 13", "iPhone 14", "iPhone 15", "iPhone 15 Pro", "iPhone 16", "iPhone XR"],
          "Huawei": ["Mate 60", "P60", "nova 12", "Pura 70"], "Xiaomi": ["Xiaomi 14", "Redmi K70", "Xiaomi 13"],
          "OPPO": ["Find X7", "Reno 11"], "vivo": ["X100", "S18"], "Honor": ["Magic6", "Honor 100"],
          "Samsung": ["Galaxy S23", "Galaxy S24", "Galaxy A54", "Galaxy Z Flip5"], "Google": ["Pixel 7", "Pixel 8"],
          "OnePlus": ["OnePlus 12"]}
LANG_CODE = {"zh-Hans": "zh", "zh-Hant": "zh", "en": "en"}

# code: (en, zh, dest_region, network partner, price factor)
DESTS = {
    "JP": ("Japan", "日本", "Asia", "NTT Docomo", 1.0), "KR": ("South Korea", "韩国", "Asia", "SK Telecom", 1.0),
    "TH": ("Thailand", "泰国", "Asia", "AIS", 0.8), "SG": ("Singapore", "新加坡", "Asia", "Singtel", 0.9),
    "MY": ("Malaysia", "马来西亚", "Asia", "Maxis", 0.8), "CN": ("China Mainland", "中国内地", "Asia", "China Unicom", 0.9),
    "HKMO": ("Hong Kong & Macau", "港澳", "Asia", "CSL", 0.7), "US": ("USA", "美国", "Americas", "T-Mobile US", 1.3),
    "AU": ("Australia", "澳大利亚", "Oceania", "Telstra", 1.3),
    "EU": ("Europe (33 countries)", "欧洲多国", "Europe", "Orange", 1.2), "ES": ("Spain", "西班牙", "Europe", "Movistar", 0.9),
    "FR": ("France", "法国", "Europe", "Orange", 0.9), "IT": ("Italy", "意大利", "Europe", "TIM", 0.9),
    "GB": ("United Kingdom", "英国", "Europe", "EE", 1.0), "TR": ("Turkey", "土耳其", "Middle East", "Turkcell", 1.0),
    "AE": ("UAE", "阿联酋", "Middle East", "Etisalat", 1.4),
}
DEST_W = {
    "CN": {"JP": 26, "TH": 14, "KR": 12, "HKMO": 11, "SG": 6, "MY": 5, "EU": 9, "US": 6, "AU": 4, "AE": 2, "GB": 3,
           "TR": 2},
    "HK": {"CN": 35, "JP": 22, "KR": 10, "TH": 10, "GB": 5, "EU": 7, "SG": 5, "AU": 4, "US": 3, "MY": 1},
    "UK": {"EU": 30, "ES": 12, "FR": 8, "IT": 8, "US": 12, "JP": 7, "TR": 6, "CN": 6, "HKMO": 4, "TH": 5, "AE": 2},
}
STUDENT_DEST_W = {"CN": {"GB": 35, "US": 25, "AU": 20, "JP": 10, "EU": 10},
                  "HK": {"GB": 40, "AU": 25, "US": 15, "CN": 10, "JP": 10},
                  "UK": {"EU": 45, "CN": 20, "US": 15, "ES": 10, "JP": 10}}
# days, data_gb, usd base
PLANS = [(1, 1, 2.5), (7, 6, 9.0), (15, 12, 16.0), (30, 25, 26.0)]
PLAN_W = {"leisure": [15, 50, 25, 10], "business": [12, 33, 25, 30], "student": [3, 15, 22, 60],
          "family": [8, 52, 30, 10], "senior": [8, 50, 32, 10]}
TOPUPS = [(1, 3.0), (3, 7.0), (5, 10.0)]


def local_price(usd: float, cur: str, fx: float) -> float:
    x = usd * fx
    if cur == "GBP":
        return float(int(x)) + (0.49 if x - int(x) < 0.5 else 0.99)
    return float(round(x))


# ---------------------------------------------------------------- touchpoints / journeys
TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_open", "下载打开App", "App download & first open", "awareness", "app", "digital", "growth",
     "下载|装App|首次打开|app install|download"),
    ("tp_signup", "注册账号", "Sign up", "consideration", "app", "digital", "growth", "注册|开户|sign-up|register"),
    ("tp_dest_search", "搜索目的地", "Destination search", "consideration", "app", "digital", "product",
     "搜目的地|选国家|search|browse destinations"),
    ("tp_plan_view", "查看套餐详情", "Plan details", "consideration", "app", "digital", "product",
     "套餐页|看套餐|plan page|data plan"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "app", "digital", "product", "下单|结算|结账|checkout|basket"),
    ("tp_pay_success", "支付成功", "Payment successful", "purchase", "app", "digital", "payments",
     "付款成功|买成功|purchase|paid"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "付款失败|扣款失败|payment declined|3DS"),
    ("tp_install_guide", "查看安装指引", "Install guide", "service", "app", "digital", "product",
     "安装教程|安装说明|how to install|setup guide"),
    ("tp_profile_download", "下载eSIM配置文件", "eSIM profile download", "service", "app", "digital", "esim_ops",
     "扫码|扫二维码|下载配置|QR code|profile download"),
    ("tp_profile_installed", "eSIM安装成功", "eSIM installed", "service", "app", "digital", "esim_ops",
     "装好eSIM|安装eSIM|安装成功|install eSIM|installation"),
    ("tp_install_error", "eSIM安装失败", "eSIM install failed", "service", "app", "digital", "esim_ops",
     "装不上|安装报错|install error|installation failed"),
    ("tp_activate", "境外落地激活", "Activated abroad", "service", "other", "physical", "esim_ops",
     "落地激活|开通|激活|activation|landing"),
    ("tp_first_data", "首次境外上网", "First data session abroad", "service", "other", "physical", "network",
     "上网|连上网络|first connection|data session"),
    ("tp_low_data_alert", "流量不足提醒", "Low-data alert", "service", "app", "digital", "product",
     "流量快用完|流量提醒|low data|data running out"),
    ("tp_topup_view", "查看加油包", "Top-up packs viewed", "purchase", "app", "digital", "product",
     "加油包页面|流量包|top-up page|add-on"),
    ("tp_topup_pay", "加油包支付成功", "Top-up paid", "purchase", "app", "digital", "payments",
     "买加油包|充流量|top-up purchase|buy more data"),
    ("tp_topup_applied", "加油包生效", "Top-up applied", "service", "app", "digital", "esim_ops",
     "流量到账|加油包到账|top-up active"),
    ("tp_auto_renew", "自动续费扣款", "Auto-renewal charge", "loyalty", "app", "digital", "payments",
     "自动续费|续订|auto-renew|renewal"),
    ("tp_auto_renew_off", "关闭自动续费", "Auto-renew turned off", "loyalty", "app", "digital", "product",
     "取消自动续费|关续费|cancel auto-renew"),
    ("tp_help_center", "帮助中心", "Help centre", "service", "app", "digital", "customer_service",
     "FAQ|常见问题|help center|help"),
    ("tp_chat_start", "发起在线客服", "Support chat started", "service", "app", "digital", "customer_service",
     "找客服|在线客服|联系客服|live chat|contact support"),
    ("tp_agent_joined", "人工客服接入", "Agent joined chat", "service", "app", "digital", "customer_service",
     "转人工|人工接入|agent|human agent"),
    ("tp_chat_resolved", "客服问题解决", "Chat resolved", "service", "app", "digital", "customer_service",
     "问题解决|已解决|resolved|case closed"),
    ("tp_chat_rated", "客服评价", "Chat rated", "service", "app", "digital", "customer_service",
     "服务评价|客服满意度|CSAT|chat rating"),
    ("tp_refund_request", "申请退款", "Refund requested", "service", "app", "digital", "finance",
     "退款|要退钱|refund|money back"),
    ("tp_refund_review", "退款审核", "Refund under review", "service", "other", "digital", "finance",
     "审核退款|退款处理中|refund review"),
    ("tp_refund_approved", "退款审核通过", "Refund approved", "service", "other", "digital", "finance",
     "退款通过|同意退款|refund approved"),
    ("tp_refund_paid", "退款到账", "Refund paid out", "service", "other", "digital", "finance",
     "钱退回来了|退款到账|refund received"),
    ("tp_plan_expired", "套餐到期", "Plan expired", "loyalty", "app", "digital", "product",
     "到期|套餐结束|plan ended|expiry"),
    ("tp_review_prompt", "邀请评价", "Rate-us prompt", "loyalty", "app", "digital", "growth",
     "评分邀请|去评分|rate us"),
]
TP = {t[0]: t for t in TOUCHPOINTS}
JOURNEYS = [
    ("onboarding", "新用户首单", "New traveller first purchase", 14,
     ["tp_app_open", "tp_signup", "tp_dest_search", "tp_plan_view", "tp_checkout", "tp_pay_success"]),
    ("purchase", "选购下单", "Plan purchase", 2, ["tp_dest_search", "tp_plan_view", "tp_checkout", "tp_pay_success"]),
    ("esim_setup", "eSIM安装激活", "eSIM setup & activation", 30,
     ["tp_pay_success", "tp_install_guide", "tp_profile_download", "tp_profile_installed", "tp_activate",
      "tp_first_data"]),
    ("topup", "流量加油", "Data top-up", 2,
     ["tp_low_data_alert", "tp_topup_view", "tp_topup_pay", "tp_topup_applied"]),
    ("support", "在线客服", "Support chat", 7,
     ["tp_help_center", "tp_chat_start", "tp_agent_joined", "tp_chat_resolved", "tp_chat_rated"]),
    ("refund", "退款", "Refund", 21, ["tp_refund_request", "tp_refund_review", "tp_refund_approved", "tp_refund_paid"]),
]

CHAT_TOPICS = {"install_help": "安装求助", "install_failed": "安装失败", "no_signal": "没有信号", "slow_speed": "网速慢",
               "hotspot": "热点共享", "auto_renew": "自动续费", "refund_status": "退款进度", "billing": "支付扣款",
               "other": "其他"}
REFUND_REASONS = {"install_failed": "安装失败", "trip_cancelled": "行程取消", "unwanted_auto_renew": "不想要的自动续费",
                  "no_signal": "没有信号", "topup_not_applied": "加油包未生效"}
REFUND_DAYS = {"alipay": (0.3, 1.2), "wechat_pay": (0.4, 1.5), "alipay_hk": (0.5, 2.0), "payme": (0.5, 2.0),
               "apple_pay": (2, 5), "paypal": (1, 3), "card": (3, 8)}

EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
EXPERIMENTS: list[dict] = []
CTR = {"ev": 0, "ord": 0, "sess": 0, "chat": 0, "ref": 0, "fb": 0}


def nid(kind: str, prefix: str, width: int = 6) -> str:
    CTR[kind] += 1
    return f"{prefix}{CTR[kind]:0{width}d}"


def app_version(c, t: datetime) -> str:
    if c["os"] == "ios":
        return "3.4.2" if t < datetime(2025, 6, 10) else "3.5.0" if t < datetime(2025, 11, 18) else \
            "3.6.1" if t < datetime(2026, 3, 16) else "3.7.0"
    return "3.4.1" if t < datetime(2025, 6, 17) else "3.5.0" if t < datetime(2025, 11, 25) else \
        "3.6.0" if t < datetime(2026, 3, 23) else "3.7.0"


def ev(c, tp: str, t: datetime, action: str, session=None, channel=None, **kw) -> datetime | None:
    if t > END or t < START:
        return None
    row = {"event_id": nid("ev", "E", 7), "customer_id": c["customer_id"], "ts": t, "touchpoint_id": tp,
           "session_id": session, "action": action, "device": c["os"], "channel": channel or "app",
           "app_version": app_version(c, t), "os_version": c["os_version"], "city": c["city"]}
    row.update(kw)
    EVENTS.append(row)
    return t


# ---------------------------------------------------------------- customers
def day_weights():
    w = np.ones(NDAYS)
    for i in range(NDAYS):
        d = START + timedelta(days=i)
        m = d.month
        s = {1: 1.25, 2: 1.1, 3: 0.85, 4: 1.0, 5: 0.95, 6: 1.2, 7: 1.5, 8: 1.35, 9: 1.05, 10: 1.15, 11: 0.85,
             12: 1.2}[m]
        growth = 1.0 + 0.45 * i / NDAYS
        w[i] = s * growth
    return w / w.sum()


DAYW = day_weights()


def build_customers() -> list[dict]:
    cs = []
    n_new, n_old = 4000, 600
    days_new = rng.choice(NDAYS, size=n_new, p=DAYW)
    for i in range(n_new + n_old):
        rk = pick(["CN", "HK", "UK"], [REGIONS[k]["share"] for k in ("CN", "HK", "UK")])
        r = REGIONS[rk]
        seg = pick(SEGMENTS, r["seg"])
        os_ = "ios" if R() < r["ios"] else "android"
        brand = "Apple" if os_ == "ios" else pick([b for b, _ in r["brands"]], [w for _, w in r["brands"]])
        city, city_zh, _ = pick(r["cities"], [w for *_, w in r["cities"]])
        if i < n_new:
            installed = at_day(START + timedelta(days=int(days_new[i])))
            legacy = False
        else:
            installed = datetime(2024, 3, 1) + D(R() * 290)
            legacy = True
        lang_main, p_main = r["lang"]
        if rk == "HK":
            app_lang = "zh-Hant" if R() < p_main else "en"
        elif rk == "CN":
            app_lang = "zh-Hans" if R() < p_main else "en"
        else:
            app_lang = "en" if R() < p_main else "zh-Hans"
        if seg == "senior":
            age = pick(["55-64", "65+"], [45, 55])
        elif seg == "student":
            age = pick(["18-24", "25-34"], [80, 20])
        else:
            age = pick(["25-34", "35-44", "45-54"], [40, 38, 22])
        c = dict(customer_id=f"RC{100001 + i}", rk=rk, segment=seg, os=os_, brand=brand,
                 model=pick(MODELS[brand]), city=city, city_zh=city_zh, installed=installed, legacy=legacy,
                 app_lang=app_lang, lang=LANG_CODE[app_lang], age=age, gender=pick(["female", "male"], [52, 48]),
                 acq=pick([a for a, _ in r["acq"]], [w for _, w in r["acq"]]),
                 pay=pick([p for p, _ in r["pay"]], [w for _, w in r["pay"]]),
                 buy_ch=pick([a for a, _ in r["buy_ch"]], [w for _, w in r["buy_ch"]]),
                 os_version=(pick(["iOS 17.5", "iOS 18.1", "iOS 18.3"]) if os_ == "ios" else
                             pick(["Android 13", "Android 14", "Android 15", "HarmonyOS 4.2"] if brand == "Huawei"
                                  else ["Android 13", "Android 14", "Android 15"])),
                 signup=None, paid_orders=0, trips=[], last_active=installed if not legacy else None,
                 auto_renew_on=False, variant=None, first_pay=None, marketing=R() < 0.46)
        if legacy:
            c["signup"] = installed + M(3 + R() * 20)
        cs.append(c)
    return cs


# ---------------------------------------------------------------- purchase
def choose_plan(c, first: bool, t: datetime):
    rk = c["rk"]
    w = STUDENT_DEST_W[rk] if c["segment"] == "student" and R() < 0.7 else DEST_W[rk]
    dest = pick(list(w), list(w.values()))
    k = pick(list(range(4)), PLAN_W[c["segment"]])
    days, gb, usd = PLANS[k]
    en, zh, dreg, partner, f = DESTS[dest]
    usd = usd * f
    r = REGIONS[rk]
    lp = local_price(usd, r["currency"], r["fx"])
    coupon, disc = None, 0.0
    if first and R() < 0.55:
        coupon, disc = "FIRSTTRIP", 0.15
    elif rk in ("CN", "HK") and datetime(2025, 7, 1) <= t < datetime(2025, 9, 1) and R() < 0.35:
        coupon, disc = "SUMMER25", 0.10
    elif rk == "UK" and datetime(2025, 12, 1) <= t < datetime(2026, 1, 1) and R() < 0.4:
        coupon, disc = "XMAS25", 0.10
    elif R() < 0.06:
        coupon, disc = "FRIEND10", 0.10
    paid_local = round(lp * (1 - disc), 2)
    return dict(dest=dest, dest_en=en, dest_zh=zh, dest_region=dreg, partner=partner, days=days, gb=gb,
                plan_id=f"{dest}-{days}D-{gb}GB", plan_name=f"{en} {days}-day {gb}GB", list_local=lp,
                local=paid_local, discount=round(lp - paid_local, 2), coupon=coupon,
                usd=round(paid_local / r["fx"], 2), currency=r["currency"])


def new_order(c, t, plan, status, otype="plan", **kw):
    o = {"order_id": nid("ord", "ORD", 6), "customer_id": c["customer_id"], "ts": t, "amount": plan["usd"],
         "status": status, "channel": kw.pop("channel", c["buy_ch"]), "device": c["os"], "order_type": otype,
         "plan_id": plan["plan_id"], "plan_name": plan["plan_name"], "destination": plan["dest_en"],
         "destination_zh": plan["dest_zh"], "dest_region": plan["dest_region"], "plan_days": plan["days"],
         "data_gb": plan["gb"], "currency": plan["currency"], "amount_local": plan["local"],
         "list_price_local": plan["list_local"], "discount_local": plan["discount"], "coupon_code": plan["coupon"],
         "pay_method": c["pay"], "region": REGIONS[c["rk"]]["region"]}
    o.update(kw)
    ORDERS.append(o)
    return o


def pay_ok_prob(c) -> float:
    return {"CN": 0.91, "HK": 0.88, "UK": 0.64}[c["rk"]] if c["pay"] in ("card", "paypal") or c["rk"] != "UK" \
        else 0.86


def fail_reason(c) -> str:
    if c["rk"] == "UK" and c["pay"] in ("card", "paypal"):
        return pick(["3ds_failed", "card_declined", "user_cancelled"], [60, 25, 15])
    if c["rk"] == "CN":
        return pick(["insufficient_balance", "user_cancelled", "risk_control"], [35, 50, 15])
    return pick(["card_declined", "user_cancelled", "3ds_failed"], [40, 45, 15])


def shopping(c, t: datetime, first: bool) -> tuple[dict, dict, datetime] | None:
    """one purchase intent: search -> plan -> checkout -> pay (with retries). Returns (plan, order, paid_at)."""
    sess = nid("sess", "S", 7)
    ch = c["buy_ch"]
    plan = choose_plan(c, first, t)
    dkw = dict(destination=plan["dest_en"], destination_zh=plan["dest_zh"])
    if not ev(c, "tp_dest_search", t, "view", sess, ch, **dkw):
        return None
    t += M(0.5 + expo(2))
    p_view = 0.86 if first else 0.9
    if R() > p_view:
        return None
    ev(c, "tp_plan_view", t, "view", sess, ch, plan_id=plan["plan_id"], **dkw)
    # browsing a second plan sometimes
    if R() < 0.3:
        ev(c, "tp_plan_view", t + M(1 + R() * 3), "view", sess, ch, plan_id=plan["plan_id"], **dkw)
        t += M(4)
    p_co = 0.55 if first else 0.78
    if R() > p_co:
        return None
    for attempt in range(2):
        t += M(1 + expo(4))
        order = None
        if t > END:
            return None
        ev(c, "tp_checkout", t, "submit", sess, ch, plan_id=plan["plan_id"], amount_local=plan["local"],
           currency=plan["currency"], pay_method=c["pay"], coupon_code=plan["coupon"], **dkw)
        t += M(0.5 + R() * 2)
        if t > END:
            return None
        if R() < pay_ok_prob(c):
            order = new_order(c, t, plan, "paid", auto_renew=((plan["days"] == 30 and t >= AUTO_RENEW_LAUNCH) or
                                                              (plan["days"] == 15 and t >= AUTO_RENEW_15D)))
            ev(c, "tp_pay_success", t, "success", sess, ch, plan_id=plan["plan_id"], order_id=order["order_id"],
               amount_local=plan["local"], currency=plan["currency"], pay_method=c["pay"], **dkw)
            return plan, order, t
        fr = fail_reason(c)
        order = new_order(c, t, plan, "cancelled", fail_reason=fr)
        ev(c, "tp_pay_fail", t, "fail", sess, ch, plan_id=plan["plan_id"], order_id=order["order_id"],
           pay_method=c["pay"], fail_reason=fr, **dkw)
        if fr != "user_cancelled" and R() < 0.2:
            chat(c, t + M(3 + R() * 30), "billing", plan, order)
        if R() > 0.45:
            return None
    return None


# ---------------------------------------------------------------- support, refunds
def chat(c, t: datetime, topic: str, plan=None, order=None, resolve_p=None) -> dict:
    """help centre -> chat -> agent -> resolved -> rated. Returns a dict with outcome and times."""
    out = {"started": False, "resolved": False, "t": t}
    dkw = dict(destination=plan["dest_en"], destination_zh=plan["dest_zh"]) if plan else {}
    oid = order["order_id"] if order else None
    if not ev(c, "tp_help_center", t, "view", nid("sess", "S", 7), **dkw):
        return out
    t2 = t + M(0.5 + R() * 3)
    if R() > 0.86:
        return out
    cid = nid("chat", "CH", 6)
    ch = {"CN": pick(["app", "wechat"], [75, 25]), "HK": pick(["app", "whatsapp"], [60, 40]),
          "UK": pick(["app", "whatsapp"], [70, 30])}[c["rk"]]
    team = REGIONS[c["rk"]]["team"]
    ckw = dict(chat_id=cid, chat_topic=topic, chat_topic_zh=CHAT_TOPICS[topic], agent_team=team, order_id=oid, **dkw)
    if not ev(c, "tp_chat_start", t2, "submit", cid, ch, **ckw):
        return out
    out["started"] = True
    wait = {"sz_cs": 2.5, "hk_cs": 4.0, "london_cs": 7.5}[team] * (0.4 + expo(0.6))
    if t2.hour >= 23 or t2.hour < 7:
        wait *= 2.5
    if R() > 0.93:
        return out
    t3 = t2 + M(wait)
    if not ev(c, "tp_agent_joined", t3, "success", cid, ch, wait_minutes=round(wait, 1), **ckw):
        return out
    rp = resolve_p if resolve_p is not None else {"install_help": 0.86, "install_failed": 0.62, "no_signal": 0.8,
                                                  "slow_speed": 0.7, "hotspot": 0.75, "auto_renew": 0.7,
                                                  "refund_status": 0.85, "billing": 0.85, "other": 0.85}[topic]
    handle = 4 + expo(9)
    t4 = t3 + M(handle)
    resolved = R() < rp
    if resolved:
        ev(c, "tp_chat_resolved", t4, "success", cid, ch, handle_minutes=round(handle, 1), **ckw)
        out["resolved"] = True
    out["t"] = t4
    if R() < (0.58 if resolved else 0.45):
        t5 = t4 + M(1 + R() * 20)
        csat = pick([5, 4, 3, 2, 1], [55, 30, 8, 4, 3] if resolved else [3, 7, 15, 30, 45])
        if wait > 15:
            csat = max(1, csat - 1)
        if ev(c, "tp_chat_rated", t5, "submit", cid, ch, csat=csat, **ckw) and R() < 0.62:
            fb_chat(c, t5, topic, csat, resolved, wait, cid, plan)
    return out


def refund(c, t: datetime, reason: str, order: dict, approve_p: float, plan=None) -> None:
    rid = nid("ref", "RF", 6)
    dkw = dict(destination=plan["dest_en"], destination_zh=plan["dest_zh"]) if plan else {}
    kw = dict(refund_id=rid, refund_reason=reason, refund_reason_zh=REFUND_REASONS[reason],
              order_id=order["order_id"], amount_local=order["amount_local"], currency=order["currency"],
              pay_method=order["pay_method"], **dkw)
    if not ev(c, "tp_refund_request", t, "submit", rid, **kw):
        return
    if R() > 0.985:
        return
    t2 = t + H(1 + R() * 20)
    if not ev(c, "tp_refund_review", t2, "submit", rid, "other", **kw):
        return
    t3 = t2 + H(4 + R() * 40)
    if R() > approve_p:
        ev(c, "tp_refund_review", t3, "fail", rid, "other", reject_reason=pick(["data_used", "outside_policy"]), **kw)
        return
    if not ev(c, "tp_refund_approved", t3, "success", rid, "other", **kw):
        return
    lo, hi = REFUND_DAYS[order["pay_method"]]
    dd = lo + R() * (hi - lo)
    t4 = t3 + D(dd)
    if ev(c, "tp_refund_paid", t4, "success", rid, "other", refund_days=round((t4 - t).total_seconds() / 86400, 2),
          **kw):
        order["status"] = "refunded"
        order["refund_reason"] = reason
        order["refunded_at"] = t4
        order["refund_amount"] = order["amount"]
        if dd > 5 and R() < 0.3:
            fb_topic(c, t4 + D(R() * 2), "refund_slow", plan, "email", order)


# ---------------------------------------------------------------- trips
def trip(c, plan: dict, order: dict, tpay: datetime, first_ever: bool) -> datetime:
    """after payment: setup, activation, use, top-ups, expiry, auto-renewal. Returns the time the trip is over."""
    seg = c["segment"]
    dkw = dict(destination=plan["dest_en"], destination_zh=plan["dest_zh"], order_id=order["order_id"],
               plan_id=plan["plan_id"])
    lead = 0.3 + expo(2.0 if seg == "business" else 9.0)
    depart = tpay + D(min(lead, 60))
    issues = []
    # A/B: video install guide for first-time buyers in the window
    video = False
    if first_ever and AB[0] <= tpay <= AB[1]:
        c["variant"] = "video_guide" if R() < 0.5 else "text_guide"
        video = c["variant"] == "video_guide"
        EXPERIMENTS.append({"experiment_id": "install_video_guide_2026", "variant": c["variant"],
                            "customer_id": c["customer_id"], "assigned_at": tpay, "region": REGIONS[c["rk"]]["region"],
                            "device": c["os"], "order_id": order["order_id"]})
    # trip cancelled before setup
    if R() < 0.04:
        tc = tpay + D(R() * max(0.2, lead - 0.1))
        refund(c, tc, "trip_cancelled", order, 0.8, plan)
        return tc
    early = R() < (0.86 if video else 0.55)
    tg = tpay + M(2 + expo(20)) if early else depart - H(2 + R() * 20)
    if tg <= tpay:
        tg = tpay + M(5)
    isess = nid("sess", "S", 7)
    if R() > 0.97:
        return depart
    ev(c, "tp_install_guide", tg, "view", isess, guide=("video" if video else "text"), **dkw)
    p_dl = (0.80 if video else 0.56) if seg == "senior" else (0.975 if video else 0.96)
    t = tg + M(1 + expo(3))
    if R() > p_dl:
        issues.append("install_help")
        ch = chat(c, t + M(2 + R() * 30), "install_help", plan, order) if R() < 0.6 else {"resolved": False,
                                                                                            "t": t}
        if ch["resolved"] and R() < 0.55:
            t = ch["t"] + M(2 + R() * 10)
        else:
            if R() < 0.45:
                refund(c, t + D(R() * 3), "install_failed", order, 0.9, plan)
            maybe_trip_feedback(c, plan, order, depart + D(plan["days"]), issues, activated=False)
            return depart
    ev(c, "tp_profile_download", t, "submit", isess, **dkw)
    installed = False
    t2 = t + M(0.3 + R() * 2)
    in_bug = SMDP_BUG[0] <= t <= SMDP_BUG[1]
    pf = 0.56 if in_bug else (0.085 if c["os"] == "android" else 0.05)
    if R() < pf:
        reason = "smdp_server_timeout" if in_bug else pick(
            ["device_not_supported", "qr_scan_failed", "carrier_locked", "network_timeout"], [30, 25, 20, 25])
        ev(c, "tp_install_error", t2, "fail", isess, fail_reason=reason, **dkw)
        issues.append("install_failed")
        ch = chat(c, t2 + M(3 + R() * 60), "install_failed", plan, order, resolve_p=0.35 if in_bug else None) \
            if R() < 0.65 else {"resolved": False, "t": t2}
        retry_p = 0.0 if reason == "device_not_supported" else (0.3 if in_bug else 0.6)
        if R() < retry_p:
            tr = max(ch["t"], t2) + (D(1 + R() * 5) if in_bug else H(0.2 + R() * 30))
            if tr < depart + D(2):
                ev(c, "tp_profile_download", tr, "submit", isess, **dkw)
                t2 = tr + M(0.5 + R() * 2)
                installed = bool(ev(c, "tp_profile_installed", t2, "success", isess, **dkw))
        if not installed:
            if R() < 0.78:
                refund(c, t2 + D(R() * 2), "install_failed", order, 0.93, plan)
            maybe_trip_feedback(c, plan, order, depart + D(plan["days"]), issues, activated=False)
            return depart
    else:
        installed = bool(ev(c, "tp_profile_installed", t2, "success", isess, **dkw))
    if not installed:
        return t2
    # activation abroad
    if R() > 0.96:
        if R() < 0.4:
            refund(c, depart - D(R()), "trip_cancelled", order, 0.6, plan)
        return depart
    ta = max(depart, t2 + H(1)) + H(0.5 + R() * 3)
    asess = nid("sess", "S", 7)
    akw = dict(dkw, network_partner=plan["partner"])
    if not ev(c, "tp_activate", ta, "success", asess, "other", **akw):
        return ta
    no_sig = R() < (0.1 if plan["dest"] in ("TH", "TR") else 0.045)
    tf = ta + M(1 + R() * 4)
    if no_sig:
        issues.append("no_signal")
        if R() < 0.6:
            chat(c, ta + M(5 + R() * 20), "no_signal", plan, order)
        if R() < 0.82:
            tf = ta + H(0.5 + R() * 6)
        else:
            tf = None
            if R() < 0.5:
                refund(c, ta + D(0.5 + R()), "no_signal", order, 0.85, plan)
    if tf is not None:
        ev(c, "tp_first_data", tf, "success", asess, "other", data_used_mb=round(5 + R() * 60, 1), **akw)
    # use of the plan
    days = plan["days"]
    tend = ta + D(days)
    if tf is not None:
        if R() < (0.24 if plan["dest"] == "EU" else 0.07):   # EU multi-country partner throttles after 2 GB a day
            issues.append("slow_speed")
            if R() < 0.45:
                chat(c, ta + D(R() * min(days, 5)), "slow_speed", plan, order)
        if R() < 0.03:
            issues.append("hotspot")
            if R() < 0.5:
                chat(c, ta + D(R() * min(days, 4)), "hotspot", plan, order)
        # top-ups
        p_low = {"student": 0.5, "business": 0.36, "family": 0.3, "leisure": 0.22, "senior": 0.1}[seg]
        if days == 1:
            p_low *= 0.5
        n = 0
        tt = ta + D(0.4 + R() * max(0.5, days * 0.6))
        while R() < p_low and n < 3 and tt < tend and tt <= END:
            n += 1
            topup(c, tt, plan, order, asess)
            tt += D(1 + R() * max(1, days * 0.5))
            p_low *= 0.5
    if R() < 0.1:
        chat(c, ta + D(R() * days), "other", plan, order)
    elif R() < 0.1:
        ev(c, "tp_help_center", ta + D(R() * days), "view", nid("sess", "S", 7))
    ev(c, "tp_plan_expired", tend, "expired", asess, **dkw)
    maybe_trip_feedback(c, plan, order, tend, issues, activated=True)
    # auto-renewal of 30-day plans bought after the launch
    if order.get("auto_renew"):
        tend = auto_renew_chain(c, plan, order, tend, ta)
    return tend


def topup(c, t, plan, order, sess):
    dkw = dict(destination=plan["dest_en"], destination_zh=plan["dest_zh"], plan_id=plan["plan_id"])
    ev(c, "tp_low_data_alert", t, "view", sess, remaining_mb=int(50 + R() * 400), **dkw)
    if R() > 0.8:
        return
    t2 = t + M(1 + expo(25))
    ev(c, "tp_topup_view", t2, "view", sess, **dkw)
    if R() > 0.66:
        return
    gb, usd = pick(TOPUPS, [40, 40, 20])
    r = REGIONS[c["rk"]]
    lp = local_price(usd, r["currency"], r["fx"])
    t3 = t2 + M(0.5 + R() * 3)
    if t3 > END:
        return
    tp = dict(plan, plan_id=f"TOPUP-{gb}GB", plan_name=f"Top-up {gb}GB", gb=gb, days=None, list_local=lp,
              local=lp, discount=0.0, coupon=None, usd=round(lp / r["fx"], 2))
    o = new_order(c, t3, tp, "paid", otype="topup", parent_order_id=order["order_id"])
    ev(c, "tp_topup_pay", t3, "success", sess, order_id=o["order_id"], topup_gb=gb, amount_local=lp,
       currency=r["currency"], pay_method=c["pay"], **dkw)
    if R() < 0.975:
        ev(c, "tp_topup_applied", t3 + M(0.2 + R() * 3), "success", sess, order_id=o["order_id"], topup_gb=gb, **dkw)
    elif R() < 0.7:   # provisioning error: the pack is not applied and the money goes back
        refund(c, t3 + H(1 + R() * 10), "topup_not_applied", o, 0.95, plan)


def auto_renew_chain(c, plan, order, tend, ta) -> datetime:
    seg = c["segment"]
    c["auto_renew_on"] = True
    p_off = 0.3
    cycle = 0
    prev = order
    days = plan["days"]
    while True:
        if tend >= REMINDER_DROPPED:
            p_off = min(p_off, 0.1)
        if R() < p_off:
            ev(c, "tp_auto_renew_off", ta + D(R() * (days - 1)), "submit", None, order_id=prev["order_id"])
            c["auto_renew_on"] = False
            return tend
        if tend > END:
            return tend
        o = new_order(c, tend, plan, "paid", otype="auto_renew", renewal_of=prev["order_id"], auto_renew=True,
                      coupon_code=None, amount=round(plan["list_local"] / REGIONS[c["rk"]]["fx"], 2),
                      amount_local=plan["list_local"], discount_local=0.0)
        ev(c, "tp_auto_renew", tend, "success", None, order_id=o["order_id"], amount_local=plan["list_local"],
           currency=plan["currency"], pay_method=c["pay"], destination=plan["dest_en"],
           destination_zh=plan["dest_zh"], plan_id=plan["plan_id"])
        cycle += 1
        wanted = R() < ({"student": 0.6, "business": 0.45}.get(seg, 0.15) / cycle)
        if not wanted:
            tn = tend + D(0.3 + expo(2.5))
            ev(c, "tp_auto_renew_off", tn, "submit", None, order_id=o["order_id"])
            c["auto_renew_on"] = False
            if R() < 0.5:
                chat(c, tn + M(2 + R() * 30), "auto_renew", plan, o)
            if R() < 0.6:
                refund(c, tn + H(1 + R() * 30), "unwanted_auto_renew", o, 0.75, plan)
            if R() < 0.42:
                fb_topic(c, tn + D(R() * 3), "auto_renew", plan, pick(["email", "app_review", "app_review"]), o)
            return tn
        p_off = 0.4
        prev = o
        ta = tend
        tend = tend + D(days)


# ---------------------------------------------------------------- life of a customer
def life(c) -> None:
    seg = c["segment"]
    ch = c["buy_ch"]
    if not c["legacy"]:
        t = c["installed"]
        ev(c, "tp_app_open", t, "install", nid("sess", "S", 7), ch if ch != "web" else "app", acquisition=c["acq"])
        if R() > 0.86:
            c["last_active"] = t
            return
        t += M(1 + expo(4))
        ev(c, "tp_signup", t, "success", None, ch if ch != "web" else "app",
           method=pick(["phone", "email", "apple", "google", "wechat"] if c["rk"] == "CN" else
                       ["email", "apple", "google", "phone"]))
        c["signup"] = t
        t0 = t + (M(1 + R() * 5) if R() < 0.5 else D(expo(3.5)))
    else:
        if R() > 0.85:
            return
        t0 = at_day(START + D(R() * NDAYS * 0.8))
    first = True
    t = t0
    keep = {"business": 0.82, "student": 0.62, "leisure": 0.55, "family": 0.5, "senior": 0.45}[seg]
    gap = {"business": 40, "student": 80, "leisure": 110, "family": 140, "senior": 140}[seg]
    tries = 0
    while t <= END:
        res = shopping(c, t, first and c["paid_orders"] == 0 and not c["legacy"])
        c["last_active"] = max(c["last_active"] or t, min(t, END))
        if res is None:
            tries += 1
            if tries <= 2 and R() < 0.4:
                t = at_day(t + D(1 + expo(4)))
                continue
            # browse-only, then maybe come back much later
            if R() > keep * 0.6:
                return
            t = at_day(t + D(20 + expo(gap)))
            tries = 0
            continue
        plan, order, tp = res
        first_ever = c["first_pay"] is None and not c["legacy"]
        if c["first_pay"] is None:
            c["first_pay"] = tp
        c["paid_orders"] += 1
        tend = trip(c, plan, order, tp, first_ever)
        c["last_active"] = max(c["last_active"], min(tend, END))
        first = False
        tries = 0
        if R() > keep:
            return
        t = at_day(max(tend, tp) + D(3 + expo(gap)))
        # window shopping before the next trip
        if R() < 0.35:
            tb = t - D(2 + R() * 10)
            if tb > tp and tb <= END:
                p = choose_plan(c, False, tb)
                ev(c, "tp_dest_search", tb, "view", nid("sess", "S", 7), ch, destination=p["dest_en"],
                   destination_zh=p["dest_zh"])


# ---------------------------------------------------------------- feedback
T = {  # topic -> (sentiment, {script: [texts]})
    "auto_renew": ("negative", {
        "zh-Hans": ["人都回国了还被自动续费扣了一个月，根本没提醒", "自动续费默认是打开的，这种设计太坑了，要求退款",
                    "出差早就结束了又被自动续费，找客服半天才处理", "没用的套餐也自动续费，扣款前至少发个通知吧"],
        "zh-Hant": ["返咗香港仲俾你自動續費，完全冇通知", "自動續費預設開住，好似呃錢咁，要求退款",
                    "無端端自動續費扣咗我一個月錢"],
        "en": ["Got charged for an auto-renew after I was already home. No warning at all.",
               "The auto-renew is switched on by default, that's sneaky. Refund please.",
               "Auto-renew billed me for another month even though my trip ended weeks ago.",
               "Please make auto-renew opt-in, I never wanted a second month."]}),
    "install_failed": ("negative", {
        "zh-Hans": ["eSIM一直装不上，提示服务器超时", "试了好几次都装不上，出发前急死了", "配置文件下载了但就是装不上，白买了"],
        "zh-Hant": ["eSIM裝唔到，一直話連線逾時", "試咗幾次都裝唔到，臨上機好狼狽"],
        "en": ["I couldn't install the eSIM, it kept timing out.",
               "Tried three times and couldn't install the profile before my flight.",
               "Paid, downloaded, but couldn't install it. Useless."]}),
    "install_help": ("negative", {
        "zh-Hans": ["年纪大了不会安装，二维码要用另一部手机扫，太麻烦", "说明看不懂，不会安装，最后叫孙子帮忙弄的",
                    "老人根本不会安装eSIM，步骤太多了"],
        "zh-Hant": ["老人家唔識裝，要兩部電話掃碼好麻煩", "教學太複雜，我唔識裝，最後要個仔幫手"],
        "en": ["My dad didn't know how to install it, the QR code steps are confusing.",
               "I'm 70 and didn't know how to install this without my granddaughter."]}),
    "no_signal": ("negative", {
        "zh-Hans": ["落地以后一直没信号，重启了好几次", "激活了但是没信号，只能蹭机场wifi"],
        "zh-Hant": ["落機之後一直冇訊號，重開機都冇用", "開咗數據漫遊都係冇訊號"],
        "en": ["Landed and had no signal for two hours.", "Activated fine but no signal until I picked a network manually."]}),
    "slow_speed": ("negative", {
        "zh-Hans": ["网速太慢了，地图都加载不出来", "白天网速太慢，视频根本刷不动"],
        "zh-Hant": ["網速好慢，Google Map都load唔到", "啲網速好慢，成日斷"],
        "en": ["Data was painfully slow in the city centre.", "Speeds were painfully slow, barely usable for maps."]}),
    "hotspot": ("negative", {
        "zh-Hans": ["开不了热点，电脑没法用", "套餐说支持共享但是开不了热点"],
        "zh-Hant": ["開唔到熱點，部notebook用唔到網"],
        "en": ["Personal hotspot doesn't work with this plan.", "The hotspot doesn't work, so my laptop was offline."]}),
    "refund_slow": ("negative", {
        "zh-Hans": ["退款太慢了，一个星期还没到账", "审核通过了但退款太慢"],
        "zh-Hant": ["退款好慢，等咗成個星期"],
        "en": ["The refund took ages to reach my card.", "Approved quickly but the refund took ages to arrive."]}),
    "cheap": ("positive", {
        "zh-Hans": ["比漫游便宜太多了，以后出国都用这个", "价格实惠，比漫游便宜一大半"],
        "zh-Hant": ["平過漫遊好多，抵用", "價錢抵，平過漫遊一半"],
        "en": ["Way cheaper than roaming with my network.", "Much cheaper than roaming and worked fine."]}),
    "easy": ("positive", {
        "zh-Hans": ["安装很简单，扫一下就好了", "安装很简单，落地直接有网"],
        "zh-Hant": ["安裝好簡單，一落機就有網", "安裝好簡單，幾分鐘搞掂"],
        "en": ["Really easy to set up, took two minutes.", "Easy to set up and connected as soon as we landed."]}),
    "support_good": ("positive", {
        "zh-Hans": ["客服很耐心，一步步教我弄好了", "客服很耐心，问题很快解决"],
        "zh-Hant": ["客服好有耐性，好快幫我搞掂"],
        "en": ["The support agent was really helpful and patient.", "Support agent was really helpful, sorted in minutes."]}),
    "support_slow": ("negative", {
        "zh-Hans": ["等人工客服等了好久，回复太慢", "客服回复太慢了，急用的时候找不到人"],
        "zh-Hant": ["等人工客服等咗好耐"],
        "en": ["Waited ages for an agent to pick up the chat.", "Waited ages for a human in the support chat."]}),
    "generic_pos": ("positive", {
        "zh-Hans": ["整体体验不错，下次出国还会买", "好用，信号稳定，推荐", "很方便，不用换卡了"],
        "zh-Hant": ["好用，下次旅行會再買", "成個旅程都冇問題，推介"],
        "en": ["Worked well for the whole trip, would use again.", "Great app, no complaints.", "Solid service, recommended."]}),
    "generic_neu": ("neutral", {
        "zh-Hans": ["还行吧，和别家差不多", "一般，能用"],
        "zh-Hant": ["一般般啦", "普通，用得"],
        "en": ["It was okay, nothing special.", "Does the job."]}),
    "generic_neg": ("negative", {
        "zh-Hans": ["体验一般，有点失望", "不太满意，下次可能换别家"],
        "zh-Hant": ["唔係幾好用，有啲失望"],
        "en": ["Not great overall, a bit disappointed.", "Meh. Will probably try another provider next time."]}),
}
TOPIC_TP = {"auto_renew": "tp_auto_renew", "install_failed": "tp_profile_installed",
            "install_help": "tp_install_guide", "no_signal": "tp_activate", "slow_speed": "tp_first_data",
            "hotspot": "tp_first_data", "refund_slow": "tp_refund_paid", "cheap": "tp_plan_view",
            "easy": "tp_profile_installed", "support_good": "tp_chat_resolved", "support_slow": "tp_agent_joined",
            "generic_pos": "tp_plan_expired", "generic_neu": "tp_plan_expired", "generic_neg": "tp_plan_expired"}
RATING_W = {"negative": [2, 5, 15, 38, 40], "neutral": [5, 20, 55, 15, 5], "positive": [60, 32, 6, 1, 1]}  # 5..1


HANT = {"韩国": "韓國", "泰国": "泰國", "中国内地": "中國內地", "马来西亚": "馬來西亞", "美国": "美國", "澳大利亚": "澳洲",
        "欧洲多国": "歐洲多國", "英国": "英國", "新加坡": "新加坡", "日本": "日本"}


def text_for(c, topic: str, plan=None) -> tuple[str, str]:
    script = c["app_lang"] if c else pick(["zh-Hans", "zh-Hant", "en"], [50, 20, 30])
    txt = pick(T[topic][1][script])
    if plan and R() < 0.35:
        if script == "en":
            txt = txt + f" ({plan['dest_en']} trip)"
        elif script == "zh-Hant":
            txt = f"去{HANT.get(plan['dest_zh'], plan['dest_zh'])}，" + txt
        else:
            txt = f"去{plan['dest_zh']}用的，" + txt
    if R() < 0.08:
        txt += {"positive": pick([" 👍", "！！", " 😊"]), "negative": pick([" 😡", "！！", "…"]), "neutral": "。"}[T[topic][0]]
    return txt, script


def add_fb(c, t, topic, channel, plan=None, order=None, rating=None, nps=None, **kw):
    if t is not None and t > END:
        return
    txt, script = text_for(c, topic, plan)
    fid = nid("fb", "FB", 5)
    row = {"feedback_id": fid, "text": txt, "ts": t, "customer_id": c["customer_id"] if c else None,
           "touchpoint_id": TOPIC_TP[topic], "channel": channel, "rating": rating, "nps": nps,
           "language": LANG_CODE[script], "locale": {"zh-Hans": "zh-CN", "zh-Hant": "zh-HK", "en": "en-GB"}[script],
           "region": REGIONS[c["rk"]]["region"] if c else kw.pop("region", None),
           "destination": plan["dest_en"] if plan else None, "destination_zh": plan["dest_zh"] if plan else None,
           "order_id": order["order_id"] if order else None, "device": c["os"] if c else None,
           "app_version": app_version(c, t) if c and t else None}
    row.update(kw)
    FEEDBACK.append(row)
    TRUTH.append({"feedback_id": fid, "topic": topic, "sentiment": T[topic][0]})


def fb_topic(c, t, topic, plan, channel, order=None):
    sent = T[topic][0]
    rating = pick([5, 4, 3, 2, 1], RATING_W[sent]) if channel == "app_review" else None
    store = ("app_store" if c["os"] == "ios" else "huawei_appgallery" if c["brand"] == "Huawei" else
             "google_play" if c["rk"] != "CN" else "xiaomi_store") if channel == "app_review" else None
    add_fb(c, t, topic, channel, plan, order, rating=rating, store=store)


def fb_chat(c, t, topic, csat, resolved, wait, cid, plan):
    if wait > 15 and csat <= 3:
        tp = "support_slow"
    elif csat >= 4:
        tp = "support_good" if R() < 0.7 else "generic_pos"
    elif topic in ("install_failed", "no_signal", "slow_speed", "hotspot", "auto_renew", "install_help") \
            and R() < 0.7:
        tp = topic
    else:
        tp = "generic_neg" if csat <= 2 else "generic_neu"
    add_fb(c, t, tp, "chat_csat", plan, rating=csat, chat_id=cid)


def maybe_trip_feedback(c, plan, order, t, issues, activated: bool):
    """post-trip survey (rating + NPS) at plan expiry, sometimes an app review."""
    if R() < 0.3:
        ts = t + H(2 + R() * 30)
        if issues:
            topic = pick(issues) if R() < 0.8 else "generic_neg"
            sent = "negative"
        else:
            topic = pick(["cheap", "easy", "generic_pos", "generic_neu", "generic_pos", "cheap"])
            sent = T[topic][0]
        rating = pick([5, 4, 3, 2, 1], RATING_W[sent])
        if sent == "positive":
            nps = int(pick(list(range(11)), [0, 0, 0, 0, 1, 2, 4, 10, 22, 30, 31]))
        elif sent == "neutral":
            nps = int(pick(list(range(11)), [1, 1, 2, 4, 6, 12, 18, 22, 20, 8, 6]))
        else:
            nps = int(pick(list(range(11)), [14, 12, 14, 15, 12, 12, 8, 6, 4, 2, 1]))
        add_fb(c, ts, topic, "post_trip_survey", plan, order, rating=rating, nps=nps,
               survey_id=f"PTS-{order['order_id']}")
    if R() < 0.08:
        ts = t + D(R() * 10)
        ev(c, "tp_review_prompt", ts - M(1), "view", None)
        topic = pick(issues) if issues and R() < 0.75 else pick(["cheap", "easy", "generic_pos", "generic_neu"])
        fb_topic(c, ts, topic, plan, "app_review", order)


def social_posts() -> None:
    """posts collected by the social-listening agency; most without a date, none with a customer."""
    plats = [("xiaohongshu", "CN", "zh-Hans"), ("weibo", "CN", "zh-Hans"), ("lihkg", "HK", "zh-Hant"),
             ("instagram", "HK", "en"), ("reddit", "UK", "en"), ("tiktok", "UK", "en")]
    for i in range(170):
        plat, rk, script = pick(plats, [30, 10, 18, 12, 18, 12])
        t = START + D(R() * NDAYS)
        topic = pick(["cheap", "easy", "no_signal", "slow_speed", "install_failed", "generic_pos", "generic_neg",
                      "auto_renew" if t >= AUTO_RENEW_LAUNCH else "hotspot"], [18, 14, 10, 10, 8, 14, 8, 12])
        dest = pick(list(DEST_W[rk]), list(DEST_W[rk].values()))
        plan = {"dest_en": DESTS[dest][0], "dest_zh": DESTS[dest][1]}
        fake = {"app_lang": script, "rk": rk}
        txt, _ = text_for(fake, topic, plan)
        fid = nid("fb", "FB", 5)
        dated = R() < 0.38
        FEEDBACK.append({"feedback_id": fid, "text": txt, "ts": t if dated else None, "customer_id": None,
                         "touchpoint_id": TOPIC_TP[topic], "channel": "social", "rating": None, "nps": None,
                         "language": LANG_CODE[script],
                         "locale": {"zh-Hans": "zh-CN", "zh-Hant": "zh-HK", "en": "en-GB"}[script],
                         "region": REGIONS[rk]["region"], "destination": plan["dest_en"],
                         "destination_zh": plan["dest_zh"], "platform": plat,
                         "export_batch": "social_listening_2026-07" if not dated else None})
        TRUTH.append({"feedback_id": fid, "topic": topic, "sentiment": T[topic][0]})


# ---------------------------------------------------------------- main
def write(path: Path, rows: list[dict], cols: list[str]) -> None:
    def conv(v):
        if v is None:
            return ""
        t = type(v)
        if t is datetime:
            return v.isoformat(" ", "seconds")
        if t is bool:
            return "true" if v else "false"
        if t is float:
            return f"{v:.2f}" if abs(v - round(v, 2)) < 1e-9 else repr(round(v, 4))
        return v

    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([conv(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    cs = build_customers()
    for c in cs:
        life(c)
    social_posts()

    tier_zh = {"explorer": "探索者", "voyager": "旅行家", "globetrotter": "环球客"}
    rows = []
    for c in cs:
        n = c["paid_orders"]
        tier = "explorer" if n <= 2 else "voyager" if n <= 5 else "globetrotter"
        r = REGIONS[c["rk"]]
        rows.append({
            "customer_id": c["customer_id"], "signup_at": c["signup"], "segment": c["segment"],
            "segment_zh": SEGMENT_ZH[c["segment"]], "region": r["region"], "region_zh": r["region_zh"],
            "city": c["city"], "city_zh": c["city_zh"], "acquisition_channel": c["acq"], "tier": tier,
            "tier_zh": tier_zh[tier], "installed_at": c["installed"], "app_language": c["app_lang"],
            "home_currency": r["currency"], "os": c["os"], "os_version": c["os_version"], "phone_brand": c["brand"],
            "phone_model": c["model"], "age_band": c["age"], "gender": c["gender"],
            "default_pay_method": c["pay"], "marketing_opt_in": c["marketing"],
            "auto_renew_enabled": c["auto_renew_on"], "first_purchase_at": c["first_pay"],
            "last_active_at": c["last_active"],
        })
    write(out / "customers.csv", rows, list(rows[0].keys()))
    write(out / "touchpoints.csv", [
        {"touchpoint_id": t[0], "name": t[1], "name_zh": t[1], "name_en": t[2], "stage": t[3], "channel": t[4],
         "kind": t[5], "owner": t[6], "aliases": t[7]} for t in TOUCHPOINTS],
        ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [
        {"journey_id": j[0], "journey_name": j[1], "journey_name_zh": j[1], "journey_name_en": j[2],
         "step": k, "touchpoint_id": tp, "window_days": j[3]} for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
        ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])

    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(EVENTS), size=int(len(EVENTS) * 0.003), replace=False)
    ev_rows = list(EVENTS) + [EVENTS[int(i)] for i in dup]
    ev_rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", ev_rows, [
        "event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version",
        "os_version", "city", "acquisition", "method", "destination", "destination_zh", "plan_id", "order_id",
        "amount_local", "currency", "pay_method", "coupon_code", "fail_reason", "guide", "network_partner",
        "data_used_mb", "remaining_mb", "topup_gb", "chat_id", "chat_topic", "chat_topic_zh", "agent_team",
        "wait_minutes", "handle_minutes", "csat", "refund_id", "refund_reason", "refund_reason_zh", "reject_reason",
        "refund_days"])
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ORDERS, [
        "order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "region", "plan_id",
        "plan_name", "destination", "destination_zh", "dest_region", "plan_days", "data_gb", "currency",
        "amount_local", "list_price_local", "discount_local", "coupon_code", "pay_method", "auto_renew",
        "renewal_of", "parent_order_id", "fail_reason", "refund_reason", "refunded_at", "refund_amount"])
    FEEDBACK.sort(key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", FEEDBACK, [
        "feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
        "locale", "region", "destination", "destination_zh", "order_id", "chat_id", "survey_id", "store", "platform",
        "device", "app_version", "export_batch"])
    write(out / "_truth" / "feedback_truth.csv", TRUTH, ["feedback_id", "topic", "sentiment"])
    EXPERIMENTS.sort(key=lambda r: (r["assigned_at"], r["customer_id"]))
    write(out / "experiments.csv", EXPERIMENTS,
          ["experiment_id", "variant", "customer_id", "assigned_at", "region", "device", "order_id"])
    print(f"customers {len(rows)}, events {len(ev_rows)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)}, "
          f"experiments {len(EXPERIMENTS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
