"""燃力 PeakFuel: a direct-to-consumer sports nutrition brand (protein powders, creatine, pre-workout, electrolytes,
protein bars) selling online in China, the US, the UK, Germany and Australia. Synthetic, written blind.

People arrive from creator content (小红书, 抖音, B站, TikTok, Instagram, YouTube, podcasts), paid ads, search or a
friend's referral. They browse the store (WeChat mini program in China, web shop and app elsewhere), take the
supplement finder quiz, look up the batch lab-test certificates, request a free sample sachet, add to cart, check out
and pay (one-off). Many then turn on Subscribe & Save (every 4 or 8 weeks, 15 % off): renewals are charged
automatically, subscribers skip a delivery, swap flavours and cancel. Every paid order ships from a local warehouse
(German orders from the UK warehouse until the EU warehouse in Venlo opened), is delivered by a carrier, and may be
reported damaged (cracked tub, broken seal, clumped powder, melted gummies) and refunded. Customers use the support
chat, write product reviews, answer post-delivery and cancel surveys, refer friends and redeem loyalty points.
An A/B test at checkout (autumn 2025, not in China) pre-ticked the Subscribe & Save box.

Data 2024-10-01 .. 2026-07-31 (extract taken in August 2026, four months before "today" 2026-12-01). Naive local
times. Money: orders.amount in USD (group reporting currency, fixed rates); amount_local + currency kept.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261207), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 12000
EU_WAREHOUSE = datetime(2025, 11, 3)              # Germany ships from eu_venlo from this day (before: uk_leeds)
GUMMIES_LAUNCH = datetime(2025, 5, 6)
AU_HEAT = (datetime(2025, 12, 1), datetime(2026, 2, 28, 23, 59, 59))   # AU summer: gummies melt (no cold packs)
CHOC_REFORM = datetime(2026, 3, 2)                # chocolate whey: sucralose -> stevia blend
EXP = (datetime(2025, 9, 15), datetime(2025, 11, 30, 23, 59, 59))      # checkout_sub_default A/B test
PSP = (datetime(2026, 2, 9), datetime(2026, 4, 30, 23, 59, 59))        # UK: payment provider migration
STRAWBERRY_OOS = (datetime(2025, 10, 6), datetime(2025, 11, 23))       # strawberry whey out of stock

MARKETS = {  # region: currency, fx (local per USD), country, weight, cities, free-shipping threshold, fee
    "china": ("CNY", 7.10, "CN", 0.31, ["shanghai", "beijing", "shenzhen", "chengdu", "hangzhou"], 0, 0),
    "us": ("USD", 1.00, "US", 0.28, ["los_angeles", "new_york", "austin", "chicago", "miami"], 50, 5.99),
    "uk": ("GBP", 0.78, "GB", 0.17, ["london", "manchester", "leeds", "bristol", "glasgow"], 40, 3.99),
    "germany": ("EUR", 0.92, "DE", 0.12, ["berlin", "munich", "hamburg", "cologne"], 45, 4.99),
    "australia": ("AUD", 1.52, "AU", 0.12, ["sydney", "melbourne", "brisbane", "perth"], 80, 9.95),
}
WEST = ("us", "uk", "germany", "australia")

PRODUCTS = {  # id: zh, en, USD list price, flavours (weights), weight in first orders
    "whey_isolate": ("分离乳清蛋白粉", "Whey Isolate", 52.0,
                     {"chocolate": 0.38, "vanilla": 0.26, "strawberry": 0.16, "cookies_cream": 0.14, "milk_tea": 0.06},
                     0.36),
    "plant_protein": ("植物蛋白粉", "Plant Protein", 46.0, {"chocolate": 0.5, "vanilla": 0.35, "unflavoured": 0.15},
                      0.11),
    "creatine": ("一水肌酸", "Creatine Monohydrate", 29.0, {"unflavoured": 1.0}, 0.17),
    "creatine_gummies": ("肌酸软糖", "Creatine Gummies", 36.0, {"mixed_berry": 1.0}, 0.09),
    "preworkout": ("氮泵（训练前）", "Pre-Workout", 39.0, {"blue_raspberry": 0.55, "watermelon": 0.45}, 0.10),
    "electrolytes": ("电解质冲剂", "Electrolyte Hydration", 26.0, {"lemon_lime": 0.6, "watermelon": 0.4}, 0.09),
    "protein_bar": ("蛋白棒", "Protein Bar (box of 12)", 30.0,
                    {"peanut_butter": 0.5, "chocolate_brownie": 0.5}, 0.08),
}
FLAVOUR_ZH = {"chocolate": "巧克力", "vanilla": "香草", "strawberry": "草莓", "cookies_cream": "曲奇奶油",
              "milk_tea": "奶茶", "unflavoured": "原味", "mixed_berry": "混合莓果", "blue_raspberry": "蓝莓树莓",
              "watermelon": "西瓜", "lemon_lime": "青柠", "peanut_butter": "花生酱", "chocolate_brownie": "布朗尼"}

CHANNELS = {
    "china": {"xiaohongshu": 0.32, "douyin": 0.23, "wechat": 0.15, "baidu_search": 0.08, "bilibili": 0.09,
              "referral": 0.13},
    "us": {"tiktok": 0.23, "instagram": 0.15, "youtube": 0.12, "google_search": 0.21, "meta_ads": 0.12,
           "referral": 0.09, "podcast": 0.08},
    "uk": {"tiktok": 0.19, "instagram": 0.17, "youtube": 0.11, "google_search": 0.24, "meta_ads": 0.12,
           "referral": 0.10, "podcast": 0.07},
    "germany": {"tiktok": 0.12, "instagram": 0.16, "youtube": 0.15, "google_search": 0.32, "meta_ads": 0.12,
                "referral": 0.09, "podcast": 0.04},
    "australia": {"tiktok": 0.20, "instagram": 0.18, "youtube": 0.11, "google_search": 0.22, "meta_ads": 0.12,
                  "referral": 0.10, "podcast": 0.07},
}
CREATOR_CH = ("xiaohongshu", "douyin", "bilibili", "tiktok", "instagram", "youtube", "podcast")
AD_CH = ("meta_ads",)
# propensity to buy at all, and loyalty (repeat / subscribe) by acquisition channel
BUY = {"xiaohongshu": 0.50, "douyin": 0.47, "wechat": 0.55, "baidu_search": 0.45, "bilibili": 0.48,
       "referral": 0.62, "tiktok": 0.52, "instagram": 0.44, "youtube": 0.48, "google_search": 0.50,
       "meta_ads": 0.36, "podcast": 0.50}
LOYAL = {"xiaohongshu": 0.9, "douyin": 0.75, "wechat": 1.1, "baidu_search": 1.0, "bilibili": 1.0, "referral": 1.25,
         "tiktok": 0.30, "instagram": 0.85, "youtube": 1.05, "google_search": 1.1, "meta_ads": 0.8, "podcast": 1.2}
CREATORS = {"xiaohongshu": ["健身的阿May", "练腿的小周", "Coco减脂日记"], "douyin": ["力量哥老王", "健身教练Kevin"],
            "bilibili": ["硬核健身实验室"], "tiktok": ["gymwithjess", "liftbro_dan", "macrosmaria"],
            "instagram": ["fitbyleah", "coach_tom"], "youtube": ["StrongerEveryDay", "RunFuel"],
            "podcast": ["TheRecoveryPod"]}
GOALS = {"muscle_gain": 0.42, "endurance": 0.20, "weight_mgmt": 0.22, "general_health": 0.16}
GOAL_PRODUCT = {"muscle_gain": {"whey_isolate": 0.5, "creatine": 0.25, "creatine_gummies": 0.1, "preworkout": 0.15},
                "endurance": {"electrolytes": 0.45, "plant_protein": 0.15, "whey_isolate": 0.2, "creatine": 0.2},
                "weight_mgmt": {"whey_isolate": 0.45, "plant_protein": 0.3, "protein_bar": 0.25},
                "general_health": {"plant_protein": 0.35, "electrolytes": 0.25, "protein_bar": 0.2,
                                   "creatine_gummies": 0.2}}
CARRIERS = {"china": {"sf_express": 0.7, "jd_logistics": 0.3}, "us": {"ups": 0.6, "usps": 0.4},
            "uk": {"royal_mail": 0.55, "dpd": 0.45}, "australia": {"auspost": 0.7, "sendle": 0.3}}
WAREHOUSE = {"china": "cn_shanghai", "us": "us_reno", "uk": "uk_leeds", "australia": "au_sydney"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Paid ad click", "awareness", "ads", "digital", "growth",
     "ad|paid social|Meta ad|Facebook ad|投放|信息流广告|广告"),
    ("tp_creator_content", "达人种草内容", "Creator content", "awareness", "social", "digital", "influencer",
     "influencer post|creator video|KOL|种草|达人视频|博主推荐|笔记"),
    ("tp_home", "商城首页", "Store home page", "awareness", "web", "digital", "ecommerce",
     "homepage|landing page|web shop|app home|小程序首页|官网|店铺首页"),
    ("tp_goal_quiz", "补剂测评", "Supplement finder quiz", "consideration", "web", "digital", "growth",
     "quiz|goal quiz|product finder|stack builder|补剂推荐|测一测|健身目标测试"),
    ("tp_pdp", "商品详情页", "Product page", "consideration", "web", "digital", "ecommerce",
     "PDP|product detail|product listing|详情页|商品页"),
    ("tp_lab_report", "检测报告查询", "Lab test certificate lookup", "consideration", "web", "digital", "quality",
     "COA|certificate of analysis|batch test|third-party testing|检测报告|批次报告|质检报告"),
    ("tp_sample_request", "试用装申领", "Free sample request", "consideration", "web", "digital", "growth",
     "sample|trial sachet|free sample|小样|试吃装|试用装"),
    ("tp_cart", "加入购物车", "Add to cart", "consideration", "web", "digital", "ecommerce",
     "cart|basket|add to basket|加购|购物车"),
    ("tp_checkout", "结算页", "Checkout", "purchase", "web", "digital", "ecommerce",
     "checkout page|payment page|结账|结算|付款页"),
    ("tp_order_paid", "支付成功", "Order paid", "purchase", "web", "digital", "ecommerce",
     "order placed|purchase|order confirmation|下单|成交|支付完成"),
    ("tp_payment_failed", "支付失败", "Payment failed", "purchase", "web", "digital", "payments",
     "card declined|payment error|declined payment|扣款失败|付款失败"),
    ("tp_sub_start", "开通订阅", "Subscribe & Save started", "purchase", "web", "digital", "retention",
     "subscribe and save|subscription signup|auto-ship|订阅|开通自动续订|订阅省"),
    ("tp_sub_charge", "订阅续费扣款", "Subscription renewal charge", "loyalty", "other", "digital", "payments",
     "renewal|auto-ship order|rebill|subscription order|续费|自动扣款|订阅续订"),
    ("tp_sub_skip", "跳过一期", "Skip a delivery", "loyalty", "web", "digital", "retention",
     "skip|skip next shipment|delay order|跳期|这期不要|推迟一期"),
    ("tp_flavour_swap", "换口味", "Flavour swap", "loyalty", "web", "digital", "retention",
     "swap|change flavor|switch flavour|换味道|改口味"),
    ("tp_sub_cancel", "取消订阅", "Subscription cancelled", "loyalty", "web", "digital", "retention",
     "cancel|unsubscribe|subscription churn|退订|停订|取消续订"),
    ("tp_shipped", "仓库发货", "Order shipped", "service", "other", "physical", "fulfilment",
     "dispatch|shipment|fulfilment|出库|发货"),
    ("tp_customs_hold", "清关扣留", "Held at customs", "service", "other", "physical", "logistics",
     "customs|import duty|customs clearance|duties|海关|清关|关税"),
    ("tp_delivered", "签收", "Delivered", "service", "other", "physical", "logistics",
     "delivery|parcel arrived|received|到货|送达|妥投"),
    ("tp_damage_report", "破损/质量问题报告", "Damaged item report", "service", "web", "digital", "customer_care",
     "damage claim|damaged parcel|quality issue|broken tub|破损|坏了|售后申请"),
    ("tp_refund", "退款", "Refund issued", "service", "other", "digital", "finance",
     "refund|money back|退钱|退款到账"),
    ("tp_support_chat", "在线客服", "Support chat", "service", "web", "digital", "customer_care",
     "live chat|customer service|help desk|客服|人工客服|在线咨询"),
    ("tp_review", "商品评价", "Product review", "loyalty", "web", "digital", "ecommerce",
     "review|star rating|晒单|评价|买家秀"),
    ("tp_referral", "推荐好友", "Refer a friend", "loyalty", "web", "digital", "growth",
     "referral|invite a friend|share code|邀请好友|老带新"),
    ("tp_points_redeem", "积分兑换", "Loyalty points redeemed", "loyalty", "web", "digital", "crm",
     "points|rewards|loyalty redemption|积分|会员积分抵扣"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("quiz_to_order", "补剂测评到下单", "Supplement quiz to order", ["tp_goal_quiz", "tp_cart", "tp_order_paid"], 7),
    ("browse_to_buy", "浏览到购买", "Product page to purchase",
     ["tp_pdp", "tp_cart", "tp_checkout", "tp_order_paid"], 3),
    ("checkout", "结算转化", "Checkout conversion", ["tp_checkout", "tp_order_paid"], 1),
    ("sample_to_order", "试用装到下单", "Free sample to order", ["tp_sample_request", "tp_order_paid"], 30),
    ("order_to_sub", "下单到订阅", "Order to Subscribe & Save", ["tp_order_paid", "tp_sub_start"], 45),
    ("delivery", "发货到签收", "Shipment to delivery", ["tp_shipped", "tp_delivered"], 7),
    ("damage_refund", "破损报告到退款", "Damage report to refund", ["tp_damage_report", "tp_refund"], 10),
    ("early_churn", "新订阅早期取消", "New subscription early cancellation", ["tp_sub_start", "tp_sub_cancel"], 45),
]


class Rand:
    """numpy Generator with buffered uniforms (scalar calls into numpy are slow)."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        v = self._u[self._i]
        self._i += 1
        return float(v)


R = Rand(SEED)
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def U(a, b):
    return a + (b - a) * R.u()


def chance(p):
    return R.u() < p


def pick(p: dict):
    tot = sum(p.values())
    x = R.u() * tot
    for k, w in p.items():
        x -= w
        if x < 0:
            return k
    return k


def choice(items):
    return items[min(int(R.u() * len(items)), len(items) - 1)]


def lognorm(mu, sigma):
    u1, u2 = max(R.u(), 1e-12), R.u()          # Box-Muller on buffered uniforms
    return float(np.exp(mu + sigma * np.sqrt(-2 * np.log(u1)) * np.cos(2 * np.pi * u2)))


def in_(t, span):
    return span[0] <= t <= span[1]


# ---------------------------------------------------------------- calendar

def cn_sale(t):
    """618 (1-18 June) and 双11 (1-11 Nov) sales in China."""
    return (t.month == 6 and t.day <= 18) or (t.month == 11 and t.day <= 11)


def black_friday(t):
    bf = {2024: datetime(2024, 11, 29), 2025: datetime(2025, 11, 28)}.get(t.year)
    return bf is not None and bf - D(days=5) <= t <= bf + D(days=4)


def spring_festival(t):
    return datetime(2025, 1, 22) <= t <= datetime(2025, 2, 12) or datetime(2026, 2, 10) <= t <= datetime(2026, 3, 3)


DAYS = [START + D(days=i) for i in range((END - START).days + 1)]


def day_weight(region, d):
    w = 1.0 + 0.7 * (d - START).days / len(DAYS)
    if region == "china":
        if cn_sale(d):
            w *= 4.2
        elif spring_festival(d):
            w *= 0.55
    else:
        if d.month == 1:
            w *= 1.6                       # New Year resolutions
        if black_friday(d):
            w *= 2.3
        if region == "australia" and d.month in (11, 12, 1, 2):
            w *= 1.15
    return w


DAY_CDF = {}
for _r in MARKETS:
    _w = np.array([day_weight(_r, d) for d in DAYS])
    DAY_CDF[_r] = np.cumsum(_w) / _w.sum()
HOURS = np.array([0.3, 0.2, 0.1, 0.1, 0.1, 0.3, 0.8, 1.5, 2.0, 2.0, 2.0, 2.2, 2.6, 2.2, 2.0, 2.0, 2.2, 2.6, 3.2,
                  3.8, 4.2, 4.0, 3.0, 1.4])
HOUR_CDF = np.cumsum(HOURS) / HOURS.sum()


def arrival(region) -> datetime:
    i = int(np.searchsorted(DAY_CDF[region], R.u()))
    h = int(np.searchsorted(HOUR_CDF, R.u()))
    return DAYS[min(i, len(DAYS) - 1)] + D(hours=h, minutes=U(0, 59.9))


def daytime(t: datetime, h0=8.0, h1=22.0) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=U(h0, h1))


# ---------------------------------------------------------------- prices and money

def local_price(region, product, size):
    cur, fx = MARKETS[region][0], MARKETS[region][1]
    usd = PRODUCTS[product][2] * (1.85 if size == "5lb" else 1.0)
    prem = {"china": 0.88, "us": 1.0, "uk": 1.04, "germany": 1.06, "australia": 1.05}[region]
    v = usd * fx * prem
    return float(round(v)) if cur == "CNY" else round(int(v) + 0.99, 2)


def sizes_for(product):
    return {"5lb": 0.35, "2lb": 0.65} if product in ("whey_isolate", "plant_protein") else {"std": 1.0}


def pick_product(region, t, goal=None):
    w = {k: v[4] for k, v in PRODUCTS.items()}
    if goal:
        w = {k: w[k] * 0.3 + GOAL_PRODUCT[goal].get(k, 0) for k in w}
    if region == "australia":
        w["creatine_gummies"] *= 7.0
        w["electrolytes"] *= 1.3
    if region == "china":
        w["whey_isolate"] *= 1.3
        w["preworkout"] *= 0.6
    if t < GUMMIES_LAUNCH:
        w["creatine_gummies"] = 0
    return pick(w)


def pick_flavour(region, product, t):
    fl = dict(PRODUCTS[product][3])
    if "milk_tea" in fl and region != "china":
        fl["milk_tea"] = 0
    if product == "whey_isolate" and region == "china":
        fl["milk_tea"] = 0.25
    if product == "whey_isolate" and in_(t, STRAWBERRY_OOS):
        fl["strawberry"] = 0
    if product == "whey_isolate" and t >= CHOC_REFORM:
        fl["chocolate"] *= 0.75
    return pick(fl)


# ---------------------------------------------------------------- feedback text

TEXT = {
    "customs_fee": {
        "en": ["Had to pay {duty} in customs charges to the courier before they would hand over my {p}. Nothing about "
               "this at checkout.",
               "Parcel sat in customs for over a week and then I got a bill for import VAT. Not ordering again until "
               "you ship from inside the EU.",
               "Refused the parcel because of the surprise customs fee. {duty} on a tub of {p} is absurd.",
               "Since Brexit every order goes through customs. {duty} extra on top of the price, every single time.",
               "Customs hold again, third order in a row. Please sort out your EU shipping.",
               "Why is a German customer paying customs duties? Your shop shows EUR prices but ships from the UK.",
               "The {p} was fine but the customs fee made the whole order pointless."],
        "zh": ["在德国买的{p}被收了{duty}关税，结账的时候完全没提示",
               "包裹在海关卡了一个多星期，最后还要补交关税，太坑了",
               "从英国仓发到德国要交关税，下次不买了"],
    },
    "late_delivery": {
        "en": ["My order arrived late, almost a week after it shipped.",
               "Delivery was late again and I ran out of {p} before the next tub came.",
               "Late delivery, tracking didn't update for days.",
               "Subscription order turned up late so I missed a few days of {p}.",
               "Second late delivery in a row. The courier keeps saying 'in transit'."],
        "zh": ["物流慢，{p}下单五天才到",
               "大促期间物流慢得离谱，一个礼拜才收到",
               "物流慢，催了好几次才送到",
               "订阅那期物流慢，断了好几天{p}",
               "下单后迟迟不发货，物流慢到怀疑人生"],
    },
    "melted": {
        "en": ["The gummies melted into one big lump in the bag.",
               "Creatine gummies arrived melted. It's 38 degrees here and the box had no cold pack.",
               "All melted and stuck together, can't even portion them out.",
               "Second time the gummies came melted. Ship them with an ice pack in summer please.",
               "Gummies melted in the mailbox. Great product when it arrives intact."],
        "zh": ["肌酸软糖到手全融化了，粘成一坨",
               "夏天寄软糖都融化了，包装里得放冰袋吧",
               "软糖融化变形，根本分不开"],
    },
    "aftertaste": {
        "en": ["The new chocolate formula has a weird aftertaste. Did you switch sweetener?",
               "Chocolate whey used to be my favourite, now there's a bitter stevia aftertaste.",
               "That aftertaste ruins the new chocolate. Swapping to vanilla.",
               "Something changed in the chocolate tub this spring - chemical aftertaste.",
               "Bring back the old chocolate recipe, the aftertaste is awful."],
        "zh": ["巧克力味新配方有股后味，甜菊糖的那种苦",
               "巧克力乳清是不是换配方了？后味很怪",
               "新版巧克力后味太重，已经换成香草了",
               "以前最爱巧克力味，现在喝完嘴里一股后味"],
    },
    "surprise_sub": {
        "en": ["I didn't realise the box at checkout signed me up for a subscription. Got charged again a month later.",
               "Didn't realize I was on Subscribe & Save until the second charge hit my card.",
               "Please stop pre-selecting the subscription. I didn't realise until I saw the renewal email.",
               "Didn't realise it was a recurring order. Felt a bit sneaky."],
        "zh": ["结算页默认帮我开了自动续订，完全没注意到",
               "没想开自动续订，第二个月又被扣钱了"],
    },
    "payment_declined": {
        "en": ["My renewal was declined twice even though the card works everywhere else.",
               "Card declined on the subscription and the 3D Secure page never loads in the app.",
               "Payment declined and then my subscription was cancelled without warning.",
               "Renewal keeps getting declined since you changed the payment page. Bank says nothing was blocked."],
        "zh": ["订阅扣款失败两次，银行卡明明没问题",
               "扣款失败以后订阅直接被取消了，也没通知"],
    },
    "clumping": {
        "en": ["Powder was full of clumps like it got wet somewhere.",
               "The {p} clumps and won't mix in a shaker anymore.",
               "Opened a new tub and it's one big clump at the bottom."],
        "zh": ["蛋白粉结块了，摇不开", "一打开就结块，是不是受潮了", "{p}结块严重，冲不开"],
    },
    "damaged": {
        "en": ["Tub arrived cracked and there was powder all over the box.",
               "The lid was cracked and the seal underneath was broken.",
               "Box crushed, tub cracked. Half of it spilled.",
               "Cracked container again, please use better packaging."],
        "zh": ["罐子破损，粉撒了一箱子", "外包装破损严重，封口也开了", "收到的时候罐子破损，漏了一半"],
    },
    "stomach": {
        "en": ["The {p} gives me bloating every time.", "Feel bloated for hours after a shake.",
               "Tried it for two weeks, constant bloating. Not for me."],
        "zh": ["喝完{p}就胀气", "连着喝了两周一直胀气，不适合我"],
    },
    "out_of_stock": {
        "en": ["Strawberry has been out of stock for weeks, when is it coming back?",
               "My subscription flavour was out of stock and nobody told me.",
               "Out of stock again on strawberry whey. Had to swap."],
        "zh": ["草莓味一直缺货，什么时候补货", "订阅的草莓味缺货也不通知一声"],
    },
    "price": {
        "en": ["Too expensive for what it is, found a cheaper {p} at the supermarket.",
               "Prices went up, it's getting expensive even with the subscription discount.",
               "Good stuff but expensive. Cancelling for now."],
        "zh": ["价格太贵了，超市的便宜一半", "订阅折扣后还是太贵", "东西不错就是太贵"],
    },
    "flavour_dislike": {
        "en": ["Not a fan of the {f} flavour, too sweet for me.", "The {f} tastes artificial to me."],
        "zh": ["{f}味不太喜欢，太甜了", "{f}味有点假，喝不惯"],
    },
    "praise_taste": {
        "en": ["{f} is delicious, mixes perfectly with oat milk.", "Honestly delicious, best {p} I've tried.",
               "Delicious and no grit. Will reorder."],
        "zh": ["{f}味很好喝，一点都不腻", "冲起来很顺滑，好喝", "好喝！已经回购第三次了"],
    },
    "praise_results": {
        "en": ["Strength up and recovery is way better since I started the {p}.",
               "Noticeable recovery boost after long runs.", "Hit a new PR last week, the {p} is part of my routine."],
        "zh": ["用了两个月效果明显，恢复快了很多", "{p}效果不错，训练状态好多了", "效果挺好，力量涨了"],
    },
    "lab_trust": {
        "en": ["Love that every batch has a lab test certificate online.", "Checked the lab test for my batch before "
               "ordering, that's why I trust you.", "Third-party lab test results published for every batch. Rare."],
        "zh": ["每批都有检测报告可以查，放心", "查了一下我这批的检测报告才下单的，透明"],
    },
    "praise_service": {
        "en": ["The support team sorted my issue in minutes.", "Friendly support team, replaced my order fast."],
        "zh": ["客服很耐心，问题很快解决了", "客服态度好，处理得很快"],
    },
    "neutral": {
        "en": ["Does the plant protein contain soy?", "Ordered the 5lb tub, will see how it goes.",
               "Packaging is fine. Haven't opened it yet.", "Is the {p} okay to take with coffee?",
               "Have too much at home right now, will come back later.", "Reached my goal, taking a break."],
        "zh": ["请问孕期可以喝吗", "还没开始喝，包装挺好的", "{p}每天喝几勺合适？", "家里囤货太多了，先停一停",
               "目标达成了，先休息一段时间"],
    },
}
MARKERS = {  # gold.py counts topics by these; each topic's texts hold its marker and no other topic's marker
    "customs_fee": (r"关税", r"customs"),
    "late_delivery": (r"物流慢", r"\blate\b"),
    "melted": (r"融化", r"melted"),
    "aftertaste": (r"后味", r"aftertaste"),
    "surprise_sub": (r"自动续订", r"didn.t reali[sz]e"),
    "payment_declined": (r"扣款失败", r"declined"),
    "clumping": (r"结块", r"clump"),
    "damaged": (r"破损", r"cracked"),
    "stomach": (r"胀气", r"bloat"),
    "out_of_stock": (r"缺货", r"out of stock"),
    "price": (r"太贵", r"expensive"),
    "lab_trust": (r"检测报告", r"lab test"),
}
NEG = {"customs_fee", "late_delivery", "melted", "aftertaste", "surprise_sub", "payment_declined", "clumping",
       "damaged", "stomach", "out_of_stock", "price", "flavour_dislike"}
POS = {"praise_taste", "praise_results", "lab_trust", "praise_service"}


def check_markers():
    for topic, langs in TEXT.items():
        for lang, texts in langs.items():
            for tx in texts:
                low = tx.lower()
                for mt, (zh, en) in MARKERS.items():
                    hit = bool(re.search(zh, tx)) or bool(re.search(en, low))
                    assert hit == (mt == topic), (topic, mt, tx)


def fill(topic, lang, product=None, flavour=None, region=None):
    tx = choice(TEXT[topic][lang])
    p = PRODUCTS.get(product or "whey_isolate")
    fl = flavour or "vanilla"
    duty = f"€{int(U(11, 27))}"
    return tx.format(p=p[0] if lang == "zh" else p[1], f=FLAVOUR_ZH.get(fl, fl) if lang == "zh"
                     else fl.replace("_", " ").capitalize(), duty=duty)


def rating_for(topic):
    if topic in NEG:
        return pick({1: 0.45, 2: 0.4, 3: 0.15})
    if topic in POS:
        return pick({4: 0.35, 5: 0.65})
    return pick({3: 0.5, 4: 0.4, 5: 0.1})


def say(ts, topic, lang, channel, c=None, tp=None, rating=True, nps=False, product=None, flavour=None,
        order_id=None, platform=None, r=None):
    fid = nid("FB", 6)
    row = dict(feedback_id=fid, text=fill(topic, lang, product, flavour), ts=ts, customer_id=c["customer_id"] if c
               else None, touchpoint_id=tp, channel=channel, language=lang,
               region=(c["region"] if c else r), product=product, flavour=flavour, order_id=order_id,
               platform=platform)
    if rating:
        row["rating"] = r_ = rating_for(topic)
        if nps:
            base = {1: 2, 2: 4, 3: 7, 4: 8, 5: 9}[r_]
            row["nps"] = int(min(10, max(0, base + pick({-1: 0.25, 0: 0.45, 1: 0.3}))))
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic,
                      sentiment="neg" if topic in NEG else "pos" if topic in POS else "neu"))
    return row


# ---------------------------------------------------------------- customers, events, orders

class Cust:
    def __init__(self, i):
        self.region = pick({k: v[3] for k, v in MARKETS.items()})
        m = MARKETS[self.region]
        self.id = f"C{i:06d}"
        self.t0 = arrival(self.region)
        self.ch = pick(CHANNELS[self.region])
        self.city = choice(m[4])
        self.cur, self.fx = m[0], m[1]
        if self.region == "china":
            self.lang = "zh"
            self.device = pick({"ios": 0.56, "android": 0.44})
        else:
            self.lang = "zh" if (self.region != "germany" and chance(0.06)) or (
                self.region == "germany" and chance(0.03)) else "en"
            self.device = pick({"ios": 0.46, "android": 0.24, "pc": 0.30})
        self.web = "mini_program" if self.region == "china" else ("app" if self.device != "pc" and chance(0.4)
                                                                    else "web")
        self.loyal = LOYAL[self.ch] * U(0.6, 1.4)
        self.creator = choice(CREATORS[self.ch]) if self.ch in CREATORS else None
        self.goal = None
        self.variant = None
        self.spent = 0.0
        self.n_paid = 0
        self.first_order = None
        self.last_order = None
        self.sub = None            # dict while subscribed
        self.sub_ever = False
        self.points = 0
        self.sess = None

    def row(self):
        return dict(customer_id=self.id, region=self.region)


def ev(c: Cust, tp, ts, action, sess=None, **kw):
    if ts > END:
        return None
    row = dict(customer_id=c.id, ts=ts, touchpoint_id=tp, session_id=sess, action=action,
               device=c.device if sess else None, channel=kw.pop("channel", c.web if sess else "other"),
               region=c.region)
    row.update(kw)
    events.append(row)
    return row


def new_order(c: Cust, ts, otype, product, flavour, size, qty, disc=0.0, code=None, **kw):
    unit = local_price(c.region, product, size)
    net = unit * qty * (1 - disc)
    thr, fee = MARKETS[c.region][5], MARKETS[c.region][6]
    ship = fee if (otype != "subscription_renewal" and net < thr) else 0.0
    local = round(net + ship, 0 if c.cur == "CNY" else 2)
    o = dict(order_id=nid("O", 7), customer_id=c.id, ts=ts, amount=round(local / c.fx, 2), status="paid",
             channel="auto_renew" if otype == "subscription_renewal" else c.web,
             device=None if otype == "subscription_renewal" else c.device, order_type=otype, product=product,
             flavour=flavour, size=size, qty=qty, discount_code=code, discount_pct=round(disc * 100),
             shipping_fee_local=ship, currency=c.cur, amount_local=local, region=c.region,
             payment_method=kw.pop("pm", pay_method(c)), creator_code=kw.pop("creator_code", None))
    o.update(kw)
    orders.append(o)
    return o


PAY = {"china": {"wechat_pay": 0.72, "alipay": 0.28},
       "us": {"card": 0.55, "apple_pay": 0.25, "paypal": 0.2},
       "uk": {"card": 0.6, "apple_pay": 0.22, "paypal": 0.18},
       "germany": {"paypal": 0.45, "card": 0.25, "klarna": 0.3},
       "australia": {"card": 0.55, "apple_pay": 0.2, "afterpay": 0.25}}


def pay_method(c: Cust):
    return pick(PAY[c.region])


def sess_id():
    return nid("S", 7)


def warehouse_for(c: Cust, t):
    if c.region == "germany":
        return ("eu_venlo", "dhl") if t >= EU_WAREHOUSE else ("uk_leeds", "dpd")
    return WAREHOUSE[c.region], pick(CARRIERS[c.region])


def fulfil(c: Cust, o, t_paid):
    """ship, maybe hold at customs, deliver, maybe damage + refund, chat, review / survey."""
    if c.region == "china" and cn_sale(t_paid):
        t_ship = t_paid + D(days=U(1.0, 4.0))
    else:
        t_ship = t_paid + D(hours=U(4, 40))
    wh, carrier = warehouse_for(c, t_ship)
    o["warehouse"], o["carrier"] = wh, carrier
    if t_ship > END:
        return
    ev(c, "tp_shipped", t_ship, "dispatch", order_id=o["order_id"], warehouse=wh, carrier=carrier,
       product=o["product"])
    held = refused = False
    hold_days = 0.0
    if c.region == "germany" and wh == "uk_leeds" and chance(0.23):
        held = True
        hold_days = U(2, 9)
        duty = round(U(0.14, 0.26) * o["amount_local"] + 6, 2)
        ev(c, "tp_customs_hold", t_ship + D(days=U(1.5, 3)), "hold", order_id=o["order_id"], carrier=carrier,
           duty_local=duty, hold_days=round(hold_days, 1))
        refused = chance(0.28)
    elif c.region == "australia" and chance(0.004):
        held = True
        hold_days = U(1, 4)
        ev(c, "tp_customs_hold", t_ship + D(days=U(1, 2)), "hold", order_id=o["order_id"], carrier=carrier,
           duty_local=0.0, hold_days=round(hold_days, 1))
    if refused:
        o["status"] = "returned"
        o["refund_reason"] = "refused_customs_fee"
        t_ref = t_ship + D(days=U(14, 30))
        ev(c, "tp_refund", t_ref, "success", order_id=o["order_id"], refund_local=o["amount_local"],
           refund_reason="refused_customs_fee")
        if chance(0.7):
            chat(c, t_ship + D(days=U(3, 8)), "customs", long=True)
        if chance(0.45):
            fb_after(c, t_ship + D(days=U(4, 12)), "customs_fee", o)
        return
    base = {"china": 2.0, "us": 3.6, "uk": 1.8, "australia": 4.1}.get(c.region)
    if c.region == "germany":
        base = 6.2 if wh == "uk_leeds" else 2.3
    if c.region == "china" and cn_sale(t_paid):
        base += 2.2
    if black_friday(t_paid) and c.region != "china":
        base += 1.2
    dd = max(0.6, base * U(0.6, 1.45) + hold_days)
    t_del = t_ship + D(days=dd)
    if t_del > END:
        return
    e = ev(c, "tp_delivered", t_del, "success", order_id=o["order_id"], carrier=carrier,
           delivery_days=round(dd, 1), product=o["product"])
    late = dd > (7 if c.region != "china" else 4.5)
    # damage
    melt = (o["product"] == "creatine_gummies" and c.region == "australia" and in_(t_del, AU_HEAT))
    dmg = None
    if melt and chance(0.28):
        dmg = "melted"
    elif o["product"] == "creatine_gummies" and chance(0.012):
        dmg = "melted"
    elif chance(0.016):
        dmg = pick({"cracked_tub": 0.45, "broken_seal": 0.25, "clumped": 0.30})
        if o["product"] == "creatine_gummies" and dmg == "clumped":
            dmg = "broken_seal"
    if dmg:
        t_d = t_del + D(hours=U(2, 60))
        res = pick({"refund": 0.72, "reship": 0.28})
        ev(c, "tp_damage_report", t_d, "submit", sess_id(), order_id=o["order_id"], damage_type=dmg,
           product=o["product"], photo_attached=chance(0.8), resolution=res)
        if res == "refund":
            slow = chance(0.12 if c.region != "us" else 0.35)
            t_r = t_d + D(days=U(10.5, 24) if slow else U(0.5, 8))
            if t_r <= END:
                ev(c, "tp_refund", t_r, "success", order_id=o["order_id"], refund_local=o["amount_local"],
                   refund_reason=dmg, refund_days=round((t_r - t_d).total_seconds() / 86400, 1))
                o["status"] = "refunded"
                o["refund_reason"] = dmg
        if chance(0.35):
            chat(c, t_d + D(hours=U(1, 30)), "damaged_item")
        topic = {"melted": "melted", "clumped": "clumping"}.get(dmg, "damaged")
        if chance(0.65 if dmg == "melted" else 0.42):
            fb_after(c, t_d + D(hours=U(3, 72)), topic, o)
        return
    if held and chance(0.7):
        chat(c, t_ship + D(days=U(3, 6)), "customs", long=True)
        if chance(0.45):
            fb_after(c, t_del + D(days=U(0.5, 4)), "customs_fee", o)
            return
    if late and not held and chance(0.25):
        chat(c, t_ship + D(days=U(4, 6)), "where_is_my_order")
    if late and chance(0.16):
        fb_after(c, t_del + D(days=U(0.3, 3)), "late_delivery", o)
        return
    if chance(0.045):
        chat(c, t_del + D(days=U(1, 20)), pick({"product_question": 0.5, "order_change": 0.3, "account": 0.2}))
    # review / survey
    if chance(0.095):
        review(c, t_del + D(days=U(2, 14)), o)
    elif chance(0.10):
        survey(c, t_del + D(days=U(1, 4)), o)


def chat(c: Cust, t, topic, long=False):
    if t > END:
        return
    peak = (c.region == "china" and cn_sale(t)) or black_friday(t)
    wait = lognorm(1.3 + (0.9 if peak else 0) + (0.3 if long else 0), 0.6)
    if c.region == "uk" and in_(t, PSP) and topic == "billing":
        wait *= 1.6
    ev(c, "tp_support_chat", t, "open", sess_id(), chat_topic=topic, wait_min=round(wait, 1),
       resolved=chance(0.82), agent_team="cn_service" if c.region == "china" else "global_care")


def topic_for_product(c: Cust, o, t):
    prod, fl = o["product"], o["flavour"]
    if prod == "whey_isolate" and fl == "chocolate" and t >= CHOC_REFORM and chance(0.62):
        return "aftertaste"
    if prod == "plant_protein" and chance(0.12):
        return "stomach"
    if prod == "whey_isolate" and fl == "strawberry" and in_(t, STRAWBERRY_OOS) and chance(0.3):
        return "out_of_stock"
    w = {"creatine": {"praise_results": 0.72, "neutral": 0.16, "lab_trust": 0.08, "price": 0.04},
         "creatine_gummies": {"praise_results": 0.4, "praise_taste": 0.25, "neutral": 0.2, "price": 0.15},
         "whey_isolate": {"praise_taste": 0.5, "praise_results": 0.15, "neutral": 0.14, "lab_trust": 0.07,
                          "flavour_dislike": 0.08, "price": 0.06},
         "plant_protein": {"praise_taste": 0.3, "praise_results": 0.15, "neutral": 0.2, "flavour_dislike": 0.2,
                           "price": 0.15},
         "preworkout": {"praise_results": 0.45, "neutral": 0.2, "flavour_dislike": 0.2, "price": 0.15},
         "electrolytes": {"praise_taste": 0.45, "praise_results": 0.25, "neutral": 0.18, "price": 0.12},
         "protein_bar": {"praise_taste": 0.45, "neutral": 0.2, "flavour_dislike": 0.15, "price": 0.2}}[prod]
    if prod == "whey_isolate" and fl == "chocolate" and t < CHOC_REFORM:
        w["praise_taste"] = 0.7
        w["flavour_dislike"] = 0.02
    return pick(w)


def fb_after(c: Cust, t, topic, o):
    """a complaint or comment after an order: review, survey, e-mail or support ticket."""
    if t > END:
        return
    chn = pick({"product_review": 0.35, "survey": 0.35, "support_ticket": 0.2, "email": 0.1})
    if chn == "product_review":
        ev(c, "tp_review", t, "submit", sess_id(), order_id=o["order_id"], product=o["product"])
        say(t, topic, c.lang, "product_review", vars_(c), "tp_review", product=o["product"], flavour=o["flavour"],
            order_id=o["order_id"])
    elif chn == "survey":
        say(t, topic, c.lang, "survey", vars_(c), "tp_delivered", nps=chance(0.6), product=o["product"],
            flavour=o["flavour"], order_id=o["order_id"])
    elif chn == "support_ticket":
        tp = {"customs_fee": "tp_customs_hold", "late_delivery": "tp_delivered"}.get(topic, "tp_damage_report")
        if topic in ("aftertaste", "stomach", "out_of_stock", "price", "flavour_dislike"):
            tp = "tp_support_chat"
        say(t, topic, c.lang, "support_ticket", vars_(c), tp, rating=False, product=o["product"],
            flavour=o["flavour"], order_id=o["order_id"])
    else:
        say(None if chance(0.5) else t, topic, c.lang, "email", vars_(c), None, rating=False, product=o["product"],
            flavour=o["flavour"], order_id=o["order_id"])


def vars_(c: Cust):
    return dict(customer_id=c.id, region=c.region)


def review(c: Cust, t, o):
    if t > END:
        return
    topic = topic_for_product(c, o, t)
    ev(c, "tp_review", t, "submit", sess_id(), order_id=o["order_id"], product=o["product"])
    say(t, topic, c.lang, "product_review", vars_(c), "tp_review", product=o["product"], flavour=o["flavour"],
        order_id=o["order_id"])


def survey(c: Cust, t, o):
    if t > END:
        return
    topic = topic_for_product(c, o, t) if chance(0.6) else pick(
        {"praise_service": 0.2, "neutral": 0.35, "praise_taste": 0.25, "lab_trust": 0.2})
    say(t, topic, c.lang, "survey", vars_(c), "tp_delivered", nps=chance(0.6), product=o["product"],
        flavour=o["flavour"], order_id=o["order_id"])


def browse(c: Cust, t, sess, first=False, product=None):
    """store visit: home and product pages; returns (t, product)."""
    if first:
        if c.ch in CREATOR_CH:
            ev(c, "tp_creator_content", t, "view", sess, channel="social", creator_code=c.creator,
               utm_source=c.ch)
            t += D(minutes=U(0.3, 3))
        elif c.ch in AD_CH or (c.ch in ("google_search", "baidu_search") and chance(0.45)):
            ev(c, "tp_ad_click", t, "click", sess, channel="ads", utm_source=c.ch,
               campaign=choice(["always_on", "new_year", "summer_shred", "618", "double11", "black_friday"]))
            t += D(minutes=U(0.2, 1))
    if not first or chance(0.65):
        ev(c, "tp_home", t, "view", sess, utm_source=c.ch if first else None)
        t += D(minutes=U(0.5, 4))
    if first and chance(0.33 if c.region != "china" else 0.27):
        c.goal = pick(GOALS)
        product = pick_product(c.region, t, c.goal)
        ev(c, "tp_goal_quiz", t, "submit", sess, quiz_goal=c.goal, recommended=product,
           training_days=int(U(2, 6.99)))
        t += D(minutes=U(2, 6))
    product = product or pick_product(c.region, t)
    for _ in range(1 + int(U(0, 2.2))):
        ev(c, "tp_pdp", t, "view", sess, product=product)
        t += D(minutes=U(0.5, 5))
    lab_p = {"germany": 0.30, "uk": 0.20, "china": 0.12}.get(c.region, 0.15)
    if chance(lab_p if first else lab_p / 3):
        ev(c, "tp_lab_report", t, "view", sess, product=product, batch_id=f"{product[:2].upper()}-{t:%y%m}")
        t += D(minutes=U(1, 4))
    return t, product


def checkout_flow(c: Cust, t, sess, product, first, goal_boost=False):
    """cart -> checkout -> pay. returns paid order or None"""
    size = pick(sizes_for(product))
    flavour = pick_flavour(c.region, product, t)
    qty = pick({1: 0.8, 2: 0.17, 3: 0.03})
    ev(c, "tp_cart", t, "add", sess, product=product, flavour=flavour, qty=qty)
    t += D(minutes=U(0.5, 20))
    if not chance(0.74 if first else 0.85):
        return None
    ev(c, "tp_checkout", t, "start", sess, product=product, cart_value_local=local_price(c.region, product, size) * qty)
    if first and c.region != "china" and in_(t, EXP) and c.variant is None:
        c.variant = "pre_ticked" if chance(0.5) else "opt_in"
        experiments.append(dict(experiment_id="checkout_sub_default", variant=c.variant, customer_id=c.id,
                                assigned_at=t, market=c.region, surface=c.web))
    if c.region == "germany":
        p_pay = (0.57 if t < EU_WAREHOUSE else 0.84) if first else (0.74 if t < EU_WAREHOUSE else 0.9)
    else:
        p_pay = {"china": 0.87, "us": 0.81, "uk": 0.83, "australia": 0.8}[c.region] + (0 if first else 0.08)
    if c.region == "china" and cn_sale(t):
        p_pay += 0.04
    pays = chance(p_pay)
    t += D(minutes=U(1, 6))
    if chance(0.07 if pays else 0.3):
        ev(c, "tp_payment_failed", t, "fail", sess, failure_code=pick({"card_declined": 0.5, "3ds_failed": 0.3,
                                                                       "insufficient_funds": 0.2}),
           payment_context="checkout")
        t += D(minutes=U(1, 5))
    if not pays:
        return None
    code, disc = None, 0.0
    if c.region == "china" and cn_sale(t):
        code, disc = ("618" if t.month == 6 else "DOUBLE11"), 0.2
    elif c.region != "china" and black_friday(t):
        code, disc = "BLACKFRIDAY", 0.25
    elif first and c.creator and chance(0.7):
        code, disc = f"{c.creator.upper().replace(' ', '')[:12]}10", 0.10
    elif first and chance(0.3):
        code, disc = "WELCOME10", 0.10
    elif not first and c.points >= 100 and chance(0.35):
        ev(c, "tp_points_redeem", t - D(minutes=1), "redeem", sess, points=100)
        c.points -= 100
        code, disc = "POINTS", 0.10
    if t > END:
        return None
    c.sess = sess
    o = new_order(c, t, "first_order" if first else "repeat", product, flavour, size, qty, disc, code,
                  creator_code=c.creator if first and c.creator else None)
    ev(c, "tp_order_paid", t, "success", sess, order_id=o["order_id"], product=product, flavour=flavour,
       amount_local=o["amount_local"], is_first_order=first)
    paid(c, o, t)
    return o


def paid(c: Cust, o, t):
    c.spent += o["amount"]
    c.n_paid += 1
    c.points += int(o["amount"])
    c.first_order = c.first_order or t
    c.last_order = t


def sub_cancel_p(c: Cust, t, flavour, product):
    p = 0.055 / max(0.5, min(1.6, c.loyal))
    if product == "whey_isolate" and flavour == "chocolate" and t >= CHOC_REFORM:
        p += 0.20
    return p


def subscribe(c: Cust, t, o, at_checkout):
    """Subscribe & Save from order o (at checkout) or later (first charge now)."""
    plan = pick({"every_4_weeks": 0.72, "every_8_weeks": 0.28})
    product, flavour, size = o["product"], o["flavour"], o["size"]
    if product == "protein_bar":
        product, flavour, size = "whey_isolate", pick_flavour(c.region, "whey_isolate", t), "2lb"
    sid = nid("SUB", 6)
    if t > END:
        return
    ev(c, "tp_sub_start", t, "submit", c.sess if at_checkout else sess_id(), subscription_id=sid,
       plan=plan, product=product, flavour=flavour, sub_source="checkout" if at_checkout else "account_page",
       pre_ticked=(c.variant == "pre_ticked" and at_checkout and in_(t, EXP)))
    c.sub_ever = True
    c.sub = dict(id=sid, plan=plan)
    interval = 28 if plan == "every_4_weeks" else 56
    t_next = t + D(days=interval)
    if not at_checkout:
        o2 = new_order(c, t + D(seconds=30), "subscription_renewal", product, flavour, size, 1, 0.15, "SUB15",
                       subscription_id=sid, plan=plan)
        o2["order_type"] = "subscription_first"
        ev(c, "tp_sub_charge", t + D(seconds=30), "success", order_id=o2["order_id"], subscription_id=sid,
           amount_local=o2["amount_local"])
        paid(c, o2, t)
        fulfil(c, o2, t)
    # early cancel (pre-ticked customers who never meant to subscribe)
    early = None
    pre = c.variant == "pre_ticked" and at_checkout and in_(t, EXP)
    if pre and chance(0.44):
        early = t + D(days=U(1, 26))
    elif chance(0.06):
        early = t + D(days=U(3, 44))
    if early:
        reason = "not_intended" if pre else pick(
            {"too_much_stock": 0.4, "too_expensive": 0.3, "taste": 0.3})
        cancel(c, early, sid, reason, product, flavour)
        if reason == "not_intended" and chance(0.22):
            chat(c, early - D(hours=U(1, 20)), "billing")
        return
    while t_next <= END:
        # skip?
        p_skip = 0.08 + (0.09 if t_next.month == 12 else 0) + (0.14 if c.region == "china" and spring_festival(
            t_next) else 0)
        if chance(0.035) or (product == "whey_isolate" and flavour == "chocolate" and t_next >= CHOC_REFORM
                              and chance(0.2)):
            new = pick_flavour(c.region, product, t_next)
            if new == flavour:
                new = "vanilla" if flavour != "vanilla" else "strawberry"
            if product == "whey_isolate" and flavour == "strawberry" and in_(t_next, STRAWBERRY_OOS):
                new = "vanilla"
            if product in ("whey_isolate", "plant_protein", "preworkout", "electrolytes") and len(
                    PRODUCTS[product][3]) > 1 and new in PRODUCTS[product][3]:
                ev(c, "tp_flavour_swap", t_next - D(days=U(1, 6)), "submit", sess_id(), subscription_id=sid,
                   product=product, swap_from=flavour, swap_to=new)
                flavour = new
        if chance(sub_cancel_p(c, t_next, flavour, product)):
            tx = t_next - D(days=U(0.5, 7))
            choc = product == "whey_isolate" and flavour == "chocolate" and tx >= CHOC_REFORM
            reason = "taste" if choc and chance(0.8) else pick(
                {"too_much_stock": 0.3, "too_expensive": 0.28, "taste": 0.1, "switching_brand": 0.12,
                 "goal_reached": 0.12, "moving": 0.08})
            cancel(c, tx, sid, reason, product, flavour)
            return
        if chance(p_skip):
            ev(c, "tp_sub_skip", t_next - D(days=U(1, 5)), "submit", sess_id(), subscription_id=sid,
               skip_reason=pick({"too_much_stock": 0.45, "travelling": 0.25, "budget": 0.15, "injury": 0.05,
                                 "holiday": 0.1}))
            t_next += D(days=interval)
            continue
        t_c = daytime(t_next, 5, 9)
        if t_c > END:
            break
        fail_p = 0.18 if (c.region == "uk" and in_(t_c, PSP)) else 0.025
        o2 = new_order(c, t_c, "subscription_renewal", product, flavour, size, 1, 0.15, "SUB15",
                       subscription_id=sid, plan=plan, pm=pay_method(c) if c.region != "china" else "wechat_pay")
        o2["psp"] = ("adyen" if t_c >= PSP[0] else "stripe") if c.region == "uk" else (
            "wechat" if c.region == "china" else "stripe")
        if chance(fail_p):
            ev(c, "tp_payment_failed", t_c, "fail", failure_code=pick(
                {"3ds_failed": 0.7, "card_declined": 0.3} if c.region == "uk" and in_(t_c, PSP) else
                {"card_declined": 0.5, "expired_card": 0.35, "insufficient_funds": 0.15}),
               payment_context="renewal", order_id=o2["order_id"], subscription_id=sid)
            ev(c, "tp_payment_failed", t_c + D(days=3), "fail", failure_code="retry_failed",
               payment_context="renewal", order_id=o2["order_id"], subscription_id=sid)
            o2["status"] = "cancelled"
            o2["cancel_reason"] = "payment_failed"
            if c.region == "uk" and in_(t_c, PSP):
                if chance(0.5):
                    chat(c, t_c + D(days=U(0.5, 3)), "billing")
                if chance(0.45):
                    say(t_c + D(days=U(1, 5)), "payment_declined", c.lang, pick(
                        {"email": 0.4, "support_ticket": 0.6}), vars_(c), "tp_payment_failed", rating=False,
                        product=product, flavour=flavour)
            if chance(0.75):
                cancel(c, t_c + D(days=U(5, 7)), sid, "payment_failed", product, flavour, survey=False)
                return
            t_next += D(days=interval)
            continue
        ev(c, "tp_sub_charge", t_c, "success", order_id=o2["order_id"], subscription_id=sid,
           amount_local=o2["amount_local"])
        paid(c, o2, t_c)
        fulfil(c, o2, t_c)
        t_next += D(days=interval)


def cancel(c: Cust, t, sid, reason, product, flavour, survey=True):
    if t > END:
        return
    ev(c, "tp_sub_cancel", t, "submit", sess_id() if reason != "payment_failed" else None, subscription_id=sid,
       cancel_reason=reason, involuntary=reason == "payment_failed", product=product, flavour=flavour)
    c.sub = None
    if survey and chance(0.5):
        topic = {"not_intended": "surprise_sub", "too_expensive": "price", "switching_brand": "price",
                 "too_much_stock": "neutral", "goal_reached": "neutral", "moving": "neutral"}.get(reason)
        if reason == "taste":
            topic = "aftertaste" if (product == "whey_isolate" and flavour == "chocolate" and t >= CHOC_REFORM) \
                else "flavour_dislike"
        if reason == "not_intended" and chance(0.15):
            topic = "price"
        say(t + D(minutes=U(1, 10)), topic, c.lang, "cancel_survey", vars_(c), "tp_sub_cancel", product=product,
            flavour=flavour)


def simulate(c: Cust):
    t = c.t0
    sess = sess_id()
    t, product = browse(c, t, sess, first=True)
    p_buy = BUY[c.ch] * (1.15 if c.goal else 1.0) * (1.25 if c.region == "china" and cn_sale(t) else 1.0)
    o = None
    # free sample route
    if chance({"china": 0.16, "germany": 0.07}.get(c.region, 0.09)):
        sp = pick({"whey_isolate": 0.55, "plant_protein": 0.25, "preworkout": 0.2})
        ev(c, "tp_sample_request", t, "submit", sess, product=sp, sample_sku=f"{sp}_sachet")
        conv = {"china": 0.42, "us": 0.28, "uk": 0.27, "germany": 0.20, "australia": 0.24}[c.region]
        if chance(conv):
            t2 = t + D(days=U(3, 27))
            s2 = sess_id()
            t2, _ = browse(c, t2, s2, product=sp)
            o = checkout_flow(c, t2, s2, sp, True)
            if o is None and chance(0.5):
                t3 = t2 + D(days=U(1, 12))
                s3 = sess_id()
                t3, _ = browse(c, t3, s3, product=sp)
                o = checkout_flow(c, t3, s3, sp, True)
        else:
            p_buy *= 0.25
            if chance(p_buy):
                t2 = t + D(days=U(31, 90))
                s2 = sess_id()
                t2, _ = browse(c, t2, s2, product=sp)
                o = checkout_flow(c, t2, s2, sp, True)
    elif chance(p_buy * 1.55):
        if chance(0.72):
            o = checkout_flow(c, t, sess, product, True)
        else:
            t2 = t + D(days=U(0.5, 9))
            s2 = sess_id()
            t2, _ = browse(c, t2, s2, product=product)
            o = checkout_flow(c, t2, s2, product, True)
        if o is None and chance(0.35):
            t3 = t + D(days=U(2, 40))
            s3 = sess_id()
            t3, product = browse(c, t3, s3, product=product if chance(0.6) else None)
            o = checkout_flow(c, t3, s3, product, True)
    else:
        for _ in range(int(U(0, 2.4))):
            t = t + D(days=U(1, 60))
            if t > END:
                break
            s = sess_id()
            t, product = browse(c, t, s)
            if chance(0.15):
                ev(c, "tp_cart", t, "add", s, product=product, flavour=pick_flavour(c.region, product, t), qty=1)
    if o is None:
        return
    t = o["ts"]
    # subscribe at checkout?
    if c.variant == "pre_ticked" and in_(t, EXP):
        p_sub = 0.60
    else:
        p_sub = (0.14 if c.region == "china" else 0.26) * min(1.6, c.loyal)
    fulfil(c, o, t)
    if o["status"] == "paid" and o["product"] != "protein_bar" and chance(p_sub):
        subscribe(c, t + D(seconds=U(5, 40)), o, at_checkout=True)
        if chance(0.1 * c.loyal):
            extra(c, t + D(days=U(20, 120)))
        return
    # later subscription from the account page
    if o["status"] == "paid" and chance(0.12 * min(1.5, c.loyal)):
        subscribe(c, t + D(days=U(8, 40)), o, at_checkout=False)
        return
    # one-off repeat orders
    extra(c, t + D(days=U(25, 100)))


def extra(c: Cust, t):
    p_rep = min(0.8, 0.5 * c.loyal)
    while t <= END and chance(p_rep):
        s = sess_id()
        if chance(0.08):
            ev(c, "tp_referral", t - D(days=U(1, 10)), "share", s, referral_code=f"REF-{c.id[-5:]}")
        t1, product = browse(c, t, s, product=None)
        o = checkout_flow(c, t1, s, product, False)
        if o is not None:
            fulfil(c, o, t1)
        t = t + D(days=U(25, 100))
        p_rep *= 0.9
        if c.region == "china":          # 囤货: Chinese customers hold their reorder for the 618 / 双11 sale
            for sale in (datetime(t.year, 6, 1), datetime(t.year, 11, 1), datetime(t.year + 1, 6, 1)):
                if t <= sale <= t + D(days=45) and chance(0.8):
                    t = sale + D(days=U(0, 10), hours=U(0, 14))
                    p_rep = min(0.85, p_rep + 0.1)
                    break


# ---------------------------------------------------------------- social, app reviews, e-mail

def social_posts():
    for _ in range(330):
        zh = chance(0.45)
        if zh:
            platform = pick({"xiaohongshu": 0.5, "weibo": 0.25, "douyin": 0.25})
            topic = pick({"late_delivery": 0.22, "aftertaste": 0.18, "praise_taste": 0.2, "praise_results": 0.15,
                          "lab_trust": 0.1, "price": 0.1, "clumping": 0.05})
            region = "china"
        else:
            platform = pick({"reddit": 0.35, "instagram": 0.25, "tiktok": 0.2, "trustpilot": 0.2})
            topic = pick({"customs_fee": 0.2, "melted": 0.14, "aftertaste": 0.16, "surprise_sub": 0.08,
                          "praise_taste": 0.16, "praise_results": 0.14, "lab_trust": 0.06, "price": 0.06})
            region = {"customs_fee": "germany", "melted": "australia"}.get(topic)
        if topic == "aftertaste":
            t = CHOC_REFORM + D(days=U(2, (END - CHOC_REFORM).days))
        elif topic == "melted":
            t = AU_HEAT[0] + D(days=U(3, 90))
        elif topic == "customs_fee":
            t = datetime(2024, 10, 5) + D(days=U(0, (EU_WAREHOUSE - datetime(2024, 10, 5)).days))
        elif topic == "late_delivery":
            t = choice([datetime(2025, 6, 3), datetime(2025, 11, 3), datetime(2026, 6, 3), datetime(2024, 11, 3)]) \
                + D(days=U(0, 14))
        else:
            t = START + D(days=U(0, (END - START).days))
        t = daytime(t, 7, 23.9)
        product = {"aftertaste": "whey_isolate", "melted": "creatine_gummies"}.get(topic)
        flavour = "chocolate" if topic == "aftertaste" else None
        rated = platform == "trustpilot"
        say(None if chance(0.42) else t, topic, "zh" if zh else "en", "social", None, None, rating=rated,
                  product=product, flavour=flavour, platform=platform, r=region)


def app_reviews():
    for _ in range(170):
        t = daytime(START + D(days=U(0, (END - START).days)), 7, 23.9)
        platform = pick({"app_store": 0.6, "google_play": 0.4})
        region = pick({"us": 0.45, "uk": 0.25, "germany": 0.15, "australia": 0.15})
        topic = pick({"praise_service": 0.2, "praise_taste": 0.15, "neutral": 0.25, "lab_trust": 0.1,
                      "price": 0.1, "late_delivery": 0.1, "out_of_stock": 0.05, "praise_results": 0.05})
        if region == "uk" and in_(t, PSP) and chance(0.6):
            topic = "payment_declined"
        say(t, topic, "en", "app_review", None, "tp_home", platform=platform, r=region)


# ---------------------------------------------------------------- output

def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def lifecycle(c: Cust):
    if c.n_paid == 0:
        return "prospect"
    if c.sub is not None:
        return "subscriber"
    if c.sub_ever:
        return "cancelled_sub"
    return "repeat" if c.n_paid > 1 else "one_off"


def segment(c: Cust):
    if c.n_paid == 0:
        return "prospect"
    if c.spent >= 450:
        return "vip"
    if c.first_order >= END - D(days=90):
        return "new"
    if c.sub is None and c.last_order < END - D(days=150):
        return "at_risk"
    return "returning"


def tier(c: Cust):
    if c.n_paid == 0:
        return "none"
    return "gold" if c.spent >= 500 else "silver" if c.spent >= 180 else "bronze"


def main(out: Path):
    check_markers()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    custs = []
    for i in range(1, N_CUST + 1):
        c = Cust(i)
        simulate(c)
        custs.append(c)
    social_posts()
    app_reviews()

    for c in custs:
        customers.append(dict(
            customer_id=c.id, signup_at=c.t0, segment=segment(c), region=c.region, country=MARKETS[c.region][2],
            city=c.city, acquisition_channel=c.ch, tier=tier(c), lifecycle=lifecycle(c),
            preferred_language=c.lang, main_device=c.device, training_goal=c.goal, creator_code=c.creator,
            marketing_opt_in=chance(0.62), subscription_plan=c.sub["plan"] if c.sub else None,
            first_order_at=c.first_order, lifetime_spend_usd=round(c.spent, 2)))
    # events: time order, ids, a few duplicated carrier webhooks
    events.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(events, 1):
        r["event_id"] = f"E{i:07d}"
    dup_idx = [i for i, r in enumerate(events) if r["touchpoint_id"] == "tp_delivered"]
    step = max(1, len(dup_idx) // 36)
    dups = [dict(events[i]) for i in dup_idx[::step][:36]]
    all_events = events + dups
    all_events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["ts"])

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=en, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, list(customers[0].keys()))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
             "utm_source", "creator_code", "campaign", "quiz_goal", "recommended", "training_days", "product",
             "flavour", "qty", "batch_id", "sample_sku", "cart_value_local", "failure_code", "payment_context",
             "order_id", "amount_local", "is_first_order", "subscription_id", "plan", "sub_source", "pre_ticked",
             "skip_reason", "swap_from", "swap_to", "cancel_reason", "involuntary", "warehouse", "carrier",
             "duty_local", "hold_days", "delivery_days", "damage_type", "photo_attached", "resolution",
             "refund_local", "refund_reason", "refund_days", "chat_topic", "wait_min", "resolved", "agent_team",
             "referral_code", "points"]
    extra_keys = {k for r in events for k in r} - set(ecols)
    assert not extra_keys, extra_keys
    write(out / "events.csv", all_events, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "product",
             "flavour", "size", "qty", "discount_code", "discount_pct", "creator_code", "shipping_fee_local",
             "currency", "amount_local", "region", "payment_method", "psp", "subscription_id", "plan", "warehouse",
             "carrier", "cancel_reason", "refund_reason"]
    extra_keys = {k for r in orders for k in r} - set(ocols)
    assert not extra_keys, extra_keys
    write(out / "orders.csv", orders, ocols)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "region", "product", "flavour", "order_id", "platform"]
    write(out / "feedback.csv", feedback, fcols)
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "market",
                                                 "surface"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)}, events {len(all_events)} ({len(dups)} duplicates), orders {len(orders)}, "
          f"feedback {len(feedback)}, experiments {len(experiments)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        raise SystemExit(2)
    main(Path(sys.argv[1]))
