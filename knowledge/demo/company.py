"""The demo company as data: touchpoints, journeys, customer attributes and planted facts."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# One year of data ending Sunday 2026-11-15 23:59:59 (dataset local time).
START = np.datetime64("2025-11-16T00:00:00", "s")
DAYS = 365
END_S = DAYS * 86400 - 1  # last valid second, as an offset from START


@dataclass(frozen=True)
class Touchpoint:
    id: str
    name_zh: str
    name_en: str
    stage: str
    channel: str
    kind: str
    owner: str
    aliases: str


# Order matters: the index of a touchpoint here is its code in the generator's arrays.
TOUCHPOINTS: tuple[Touchpoint, ...] = (
    Touchpoint("tp_ads", "广告投放", "Online ads", "awareness", "ads", "digital", "市场部 Marketing",
               "广告|信息流广告|投放|ads|paid ads|banner"),
    Touchpoint("tp_social", "社交媒体", "Social media", "awareness", "social", "digital", "市场部 Marketing",
               "小红书|微博|抖音|种草|social|social media|KOL"),
    Touchpoint("tp_app_push", "App推送", "App push", "awareness", "app", "digital", "用户运营 CRM",
               "推送|消息推送|通知|push|push notification|notification"),
    Touchpoint("tp_landing", "活动落地页", "Landing page", "awareness", "web", "digital", "增长部 Growth",
               "落地页|着陆页|活动页|landing|landing page"),
    Touchpoint("tp_signup", "注册", "Sign-up", "consideration", "app", "digital", "增长部 Growth",
               "注册页|注册账号|开户|sign up|signup|registration|register"),
    Touchpoint("tp_sms", "短信验证", "SMS verification", "consideration", "app", "digital", "账号安全 Identity",
               "短信验证|验证码|手机验证|短信码|SMS code|OTP|verification code|SMS"),
    Touchpoint("tp_profile", "完善资料", "Profile setup", "consideration", "app", "digital", "增长部 Growth",
               "个人资料|资料填写|填写资料|profile|onboarding|profile page"),
    Touchpoint("tp_search", "商品搜索", "Search", "consideration", "app", "digital", "搜索推荐 Search",
               "搜索|搜索框|找商品|search|search bar|product search"),
    Touchpoint("tp_product", "商品详情页", "Product page", "consideration", "app", "digital", "商品部 Merchandising",
               "商品页|详情页|宝贝详情|PDP|product detail|product page|item page"),
    Touchpoint("tp_cart", "购物车", "Cart", "purchase", "app", "digital", "交易部 Commerce",
               "加购|购物车页|cart|basket|shopping cart|add to cart"),
    Touchpoint("tp_checkout", "结算页", "Checkout", "purchase", "app", "digital", "交易部 Commerce",
               "结算|下单页|确认订单|提交订单|checkout|check out|order form"),
    Touchpoint("tp_payment", "支付", "Payment", "purchase", "app", "digital", "支付团队 Payments",
               "付款|支付页|收银台|付钱|payment|pay|cashier|paying"),
    Touchpoint("tp_order_confirm", "下单成功页", "Order confirmation", "purchase", "app", "digital", "交易部 Commerce",
               "订单确认|支付成功页|下单成功|order confirmation|thank-you page|order placed"),
    Touchpoint("tp_delivery", "物流配送", "Delivery", "service", "other", "physical", "物流部 Logistics",
               "配送|快递|物流|发货|送货|delivery|shipping|courier|shipment"),
    Touchpoint("tp_support", "客服", "Customer service", "service", "phone", "digital", "客服中心 Customer Care",
               "客服中心|在线客服|人工客服|售后客服|customer service|support|help desk|live chat|customer support"),
    Touchpoint("tp_returns", "退货退款", "Returns & refunds", "service", "app", "physical", "客服中心 Customer Care",
               "退货|退款|退换货|returns|return|refund|refunds|RMA"),
    Touchpoint("tp_review", "商品评价", "Reviews", "loyalty", "app", "digital", "商品部 Merchandising",
               "评价|晒单|评论|写评价|review|reviews|rating"),
    Touchpoint("tp_loyalty", "会员积分", "Loyalty points", "loyalty", "app", "digital", "用户运营 CRM",
               "会员|积分|会员中心|积分商城|membership|points|loyalty program|rewards"),
)
TP = {t.id: i for i, t in enumerate(TOUCHPOINTS)}


@dataclass(frozen=True)
class Journey:
    id: str
    name_zh: str
    name_en: str
    steps: tuple[str, ...]
    window_days: int


JOURNEYS: tuple[Journey, ...] = (
    Journey("register", "注册旅程", "Registration", ("tp_landing", "tp_signup", "tp_sms", "tp_profile"), 7),
    Journey("purchase", "购买旅程", "Purchase",
            ("tp_product", "tp_cart", "tp_checkout", "tp_payment", "tp_order_confirm"), 7),
    Journey("after_sales", "售后旅程", "After-sales", ("tp_delivery", "tp_support", "tp_returns"), 30),
    Journey("review_loyalty", "评价与会员旅程", "Review & loyalty", ("tp_delivery", "tp_review", "tp_loyalty"), 30),
)

ACTIONS = ("view", "click", "submit", "success", "fail")
A = {a: i for i, a in enumerate(ACTIONS)}
DEVICES = ("ios", "android", "pc")
DEVICE_P = (0.35, 0.45, 0.20)
ANDROID = DEVICES.index("android")
PC = DEVICES.index("pc")
EVENT_CHANNELS = ("web", "app", "mini_program")
SEGMENTS = ("new", "returning", "vip", "at_risk")
SEG = {s: i for i, s in enumerate(SEGMENTS)}
REGIONS = ("east", "north", "south", "southwest", "central", "northeast")
REGION_P = (0.32, 0.20, 0.22, 0.12, 0.09, 0.05)
ACQUISITION = ("ads", "social", "search", "referral", "organic")
ACQUISITION_P = (0.34, 0.22, 0.18, 0.11, 0.15)
TIERS = ("basic", "silver", "gold", "platinum")
ORDER_STATUSES = ("paid", "cancelled", "refunded", "returned")
FEEDBACK_CHANNELS = ("survey", "app_review", "ticket", "social", "call_note")

EXPERIMENT_ID = "exp_checkout_button"
EXPERIMENT_VARIANTS = ("control", "treatment")


def day_offset(iso_day: str) -> int:
    """Days from START to an ISO date."""
    return int((np.datetime64(iso_day, "D") - START.astype("datetime64[D]")).astype(int))


def in_days(seconds: np.ndarray, first: str, last: str) -> np.ndarray:
    """Mask of offsets (seconds since START) that fall on the ISO days first..last inclusive."""
    return (seconds >= day_offset(first) * 86400) & (seconds < (day_offset(last) + 1) * 86400)


@dataclass(frozen=True)
class Planted:
    """The effects planted in the data, in one place so tests and docs agree with the generator."""

    sms_success: float = 0.58               # register: most users are lost at SMS verification
    bug_start: str = "2026-11-02"           # android payment bug, inclusive
    bug_end: str = "2026-11-08"
    pay_first_ok: float = 0.82              # first payment attempt succeeds
    pay_first_ok_bug: float = 0.42          # ... on android during the bug week
    pay_retry_ok: float = 0.60
    pay_retry_ok_bug: float = 0.30
    return_rate_day: float = 0.07           # orders placed 06:00-23:59
    return_rate_night: float = 0.16         # orders placed 00:00-05:59
    exp_start: str = "2026-08-01"           # experiment assignment window, inclusive
    exp_end: str = "2026-10-31"
    checkout_to_pay: float = 0.70           # control and everyone outside the experiment
    checkout_to_pay_treatment: float = 0.82
    festival_day: str = "2026-11-11"        # Double 11 shopping festival


PLANTED = Planted()
