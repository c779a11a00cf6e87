"""A hand-made catalogue (no database) shaped like the demo company, for planner unit tests."""
from __future__ import annotations

from datetime import date

from knowledge.semantic.layer import load_semantic_layer

from assistant.planner.catalog import _terms
from assistant.planner.types import Catalog, JourneyInfo, TermInfo, TouchpointInfo

TPS = [
    ("tp_ad", "广告", "Ads", "awareness", "广告投放|ad|ads|advert"),
    ("tp_landing", "落地页", "Landing page", "awareness", "着陆页|landing"),
    ("tp_register", "注册页", "Sign-up page", "consideration", "注册|sign up|signup|registration"),
    ("tp_sms", "短信验证", "SMS verification", "consideration", "验证码|短信验证码|verification code|otp|sms code"),
    ("tp_product", "商品详情页", "Product page", "consideration", "详情页|商品页|product detail|pdp"),
    ("tp_cart", "购物车", "Cart", "purchase", "加购|shopping cart|basket"),
    ("tp_checkout", "结算页", "Checkout", "purchase", "下单页|结算|check out"),
    ("tp_payment", "支付", "Payment", "purchase", "付款|支付页|pay|payment page"),
    ("tp_delivery", "物流配送", "Delivery", "service", "物流|快递|配送|shipping"),
    ("tp_support", "客服", "Customer service", "service", "客服中心|人工客服|support|customer support|help desk"),
    ("tp_return", "退货", "Returns", "service", "退款|退换货|return|refund"),
]
JOURNEYS = [
    ("register", "注册流程", "Sign-up journey", ("tp_ad", "tp_landing", "tp_register", "tp_sms")),
    ("purchase", "购买流程", "Purchase journey", ("tp_product", "tp_cart", "tp_checkout", "tp_payment")),
    ("after_sales", "售后流程", "After-sales journey", ("tp_delivery", "tp_support", "tp_return")),
]
METRICS = [
    ("users_reached", "触达用户数", "users reached", "到达人数|触达人数", "reach|users who reached", "count"),
    ("step_conversion", "步骤转化率", "step conversion rate", "转化率|转化", "conversion|conversion rate", "ratio"),
    ("overall_conversion", "整体转化率", "overall conversion", "转化率|转化|总转化率", "conversion|conversion rate|end-to-end conversion", "ratio"),
    ("drop_off_rate", "流失率", "drop-off rate", "流失比例", "drop off rate|dropoff rate", "ratio"),
    ("users_lost", "流失用户数", "users lost", "流失用户|流失人数|流失的用户", "lost users|users dropped", "count"),
    ("exit_rate", "退出率", "exit rate", "离开率", "exit share", "ratio"),
    ("median_time_to_convert", "转化时长中位数", "median time to convert", "转化耗时", "time to convert", "seconds"),
    ("events", "事件数", "events", "访问量|行为数", "event count|visits", "count"),
    ("failure_rate", "失败率", "failure rate", "报错率|出错率", "error rate|fail rate", "ratio"),
    ("orders", "订单数", "orders", "订单|下单量", "order count|number of orders", "count"),
    ("revenue", "营收", "revenue", "收入|销售额|gmv", "sales|gmv", "currency"),
    ("aov", "客单价", "average order value", "平均订单金额", "aov|basket size", "currency"),
    ("repurchase_rate", "复购率", "repurchase rate", "回购率", "repeat purchase rate", "ratio"),
    ("return_rate", "退货率", "return rate", "退款率", "refund rate", "ratio"),
    ("csat", "满意度", "CSAT", "评分|平均评分|满意度评分", "average rating|satisfaction|rating", "score"),
    ("nps", "NPS", "NPS", "净推荐值", "net promoter score", "score"),
    ("feedback_volume", "反馈量", "feedback volume", "反馈数量", "number of comments|feedback count", "count"),
    ("negative_share", "负面反馈占比", "negative feedback share", "差评率|负面占比", "negative share|share of negative feedback", "ratio"),
]
VALUES = {
    "device": ("android", "ios", "pc"), "channel": ("app", "mini_program", "web"),
    "segment": ("at_risk", "new", "returning", "vip"), "region": ("east", "north", "south", "west"),
    "acquisition_channel": ("ads", "organic", "referral", "social"), "tier": ("gold", "silver", "standard"),
    "variant": ("control", "treatment"), "feedback_channel": ("app_review", "survey", "ticket"),
    "stage": ("awareness", "consideration", "purchase", "service", "loyalty"),
}


def make_catalog() -> Catalog:
    """The demo-shaped catalogue with the real dimensions.yaml."""
    layer = load_semantic_layer()
    metrics = tuple(TermInfo(id=i, names={"zh": zh, "en": en},
                             aliases={"zh": tuple(az.split("|")), "en": tuple(ae.split("|"))}, unit=u)
                    for i, zh, en, az, ae, u in METRICS)
    return Catalog(
        touchpoints=tuple(TouchpointInfo(id=i, name=zh, name_zh=zh, name_en=en, stage=st,
                                         aliases=tuple(al.split("|")), position=n)
                          for n, (i, zh, en, st, al) in enumerate(TPS)),
        journeys=tuple(JourneyInfo(id=i, name=zh, name_zh=zh, name_en=en, steps=s) for i, zh, en, s in JOURNEYS),
        metrics=metrics, dimensions=_terms(layer.dimensions, with_values=True),
        dimension_values=VALUES, experiments=("checkout_button_test",),
        coverage={"events": (date(2025, 11, 23), date(2026, 11, 22))}, default_as_of=date(2026, 11, 22))
