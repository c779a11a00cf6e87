"""韩味坊泡菜 HanJar Kimchi & Ferments: kimchi, pickles and kombucha sold online (Tmall flagship store, own WeChat
mini-program, Shopee Malaysia) and wholesale to restaurants, made in Qingdao 青岛 and Yanbian 延边.
Synthetic, written blind.

Three journeys share one CRM:
- consumer order: product page -> add to cart -> checkout -> payment -> cold-chain dispatch -> delivery (签收) ->
  review. China orders ship from Qingdao (pickles, kombucha) or Yanbian (kimchi) with SF Cold / JD Cold Chain;
  Malaysia (Shopee) orders go cross-border from Qingdao to the Shopee hub and out by J&T Cold or Lalamove.
- monthly jar subscription (月享坛子 / Monthly Jar Club, mini-program and Shopee): sign-up -> first box ->
  each month renew / pause / cancel.
- B2B restaurant accounts: sample request -> tasting visit -> first bulk order -> reorders.

Data 2025-01-01 .. 2026-06-30 (extract taken early July 2026, five months before "today" 2026-12-01).
Naive local times (China and Malaysia are both UTC+8). Money: orders.amount in CNY (reporting currency);
`currency` + `amount_local` keep MYR for Malaysia (fixed 1 MYR = 1.55 CNY), `amount_myr` for every row.

    python generate.py OUTDIR

Writes the DATA.md tables as CSV plus OUTDIR/_truth/feedback_truth.csv (topic / sentiment per comment; not a
DATA.md table). Deterministic (seed 20260708), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260708
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
FX = 1.55                                            # CNY per MYR
BUG = (datetime(2026, 3, 9), datetime(2026, 3, 22, 23, 59, 59))   # mini-program Android checkout bug
PRICE_UP = datetime(2026, 2, 1)                       # classic napa kimchi 500 g price rise
EXP = (datetime(2025, 9, 1), datetime(2025, 12, 31, 23, 59, 59))  # subscription first-box offer test
N_CONS, N_B2B = 7200, 330

rng = np.random.default_rng(SEED)

# ---------------------------------------------------------------- touchpoints
TPS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_product_page", "商品详情页", "Product page", "consideration", "web", "digital", "ecommerce",
     "宝贝详情|详情页|PDP|listing|product listing"),
    ("tp_cart", "加入购物车", "Add to cart", "consideration", "web", "digital", "ecommerce", "加购|购物车|cart|basket"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "web", "digital", "ecommerce",
     "结算|下单|结算页|check out|place order"),
    ("tp_payment", "支付成功", "Payment", "purchase", "web", "digital", "ecommerce",
     "付款|支付|paid|payment success"),
    ("tp_dispatch", "冷链发货", "Cold-chain dispatch", "service", "other", "physical", "logistics",
     "发货|出库|冷链|dispatch|shipped|cold chain"),
    ("tp_delivery", "签收", "Delivery", "service", "other", "physical", "logistics",
     "到货|收货|派送|delivered|delivery|received"),
    ("tp_review", "商品评价", "Product review", "loyalty", "web", "digital", "customer_service",
     "评价|晒单|买家秀|review|rating"),
    ("tp_cs_ticket", "客服工单", "CS ticket", "service", "phone", "digital", "customer_service",
     "客服|售后|工单|投诉|customer service|complaint|after-sales"),
    ("tp_sub_signup", "订阅开通", "Subscription sign-up", "purchase", "mini_program", "digital", "subscription",
     "月享坛子开通|订阅|开通会员|jar club sign-up|subscribe"),
    ("tp_sub_first_box", "首箱到货", "First box delivered", "service", "other", "physical", "subscription",
     "首箱|第一箱|first box|first jar box"),
    ("tp_sub_renew", "订阅续费", "Subscription renewal", "loyalty", "mini_program", "digital", "subscription",
     "续订|续费|自动续费|renew|renewal"),
    ("tp_sub_pause", "暂停订阅", "Subscription pause", "loyalty", "mini_program", "digital", "subscription",
     "暂停|跳过一期|pause|skip a month"),
    ("tp_sub_cancel", "取消订阅", "Subscription cancel", "loyalty", "mini_program", "digital", "subscription",
     "退订|取消|cancel|churn"),
    ("tp_b2b_sample", "样品申请", "Sample request", "consideration", "other", "physical", "b2b_sales",
     "申请样品|寄样|试吃装|sample|sample request"),
    ("tp_b2b_tasting", "试吃品鉴", "Tasting visit", "consideration", "store", "physical", "b2b_sales",
     "品鉴|试菜|上门试吃|tasting|chef tasting"),
    ("tp_b2b_first_order", "首批大货订单", "First bulk order", "purchase", "other", "physical", "b2b_sales",
     "首单|大货|开户首单|first order|first bulk order|opening order"),
    ("tp_b2b_reorder", "餐厅复购", "Restaurant reorder", "loyalty", "other", "physical", "b2b_sales",
     "补货|返单|复购|reorder|repeat order|top-up order"),
]

JOURNEYS = [
    ("online_order", "线上下单", "Online order", ["tp_product_page", "tp_cart", "tp_checkout", "tp_payment"], 3),
    ("cold_chain_fulfilment", "冷链履约", "Cold-chain fulfilment", ["tp_payment", "tp_dispatch", "tp_delivery",
                                                                    "tp_review"], 21),
    ("jar_subscription", "月享坛子订阅", "Monthly jar subscription", ["tp_sub_signup", "tp_sub_first_box",
                                                                      "tp_sub_renew"], 45),
    ("b2b_account", "餐厅客户开发", "Restaurant account", ["tp_b2b_sample", "tp_b2b_tasting", "tp_b2b_first_order",
                                                           "tp_b2b_reorder"], 90),
]

SKUS = {  # sku: line, name_zh, name_en, CNY price, MYR price, warehouse
    "KIM-NAPA-500": ("kimchi", "经典辣白菜 500g", "Classic napa kimchi 500 g", 29.9, 19.9, "yanbian"),
    "KIM-NAPA-1KG": ("kimchi", "经典辣白菜 1kg 坛装", "Classic napa kimchi 1 kg jar", 52.9, 34.9, "yanbian"),
    "KIM-RADISH-400": ("kimchi", "萝卜块泡菜 400g", "Kkakdugi radish kimchi 400 g", 26.9, 17.9, "yanbian"),
    "KIM-VEGAN-400": ("kimchi", "纯素泡菜 400g", "Vegan kimchi 400 g", 32.9, 21.9, "yanbian"),
    "PIC-CUKE-300": ("pickles", "酱黄瓜 300g", "Soy pickled cucumber 300 g", 18.9, 12.9, "qingdao"),
    "PIC-GARLIC-250": ("pickles", "糖蒜 250g", "Sweet pickled garlic 250 g", 16.9, 11.9, "qingdao"),
    "KOM-GINGER-6": ("kombucha", "姜味康普茶 6瓶", "Ginger kombucha 6-pack", 59.0, 39.0, "qingdao"),
    "KOM-YUZU-6": ("kombucha", "柚子康普茶 6瓶", "Yuzu kombucha 6-pack", 62.0, 41.0, "qingdao"),
}
SKU_IDS = list(SKUS)
SKU_P = np.array([0.26, 0.10, 0.12, 0.08, 0.12, 0.08, 0.13, 0.11])
NEW_NAPA = (34.9, 22.9)

CN_REGIONS = [("East China", "华东", ["上海", "杭州", "南京"], 0.36), ("North China", "华北", ["北京", "天津", "青岛"], 0.24),
              ("Northeast China", "东北", ["沈阳", "长春", "延吉"], 0.14), ("South China", "华南", ["广州", "深圳"], 0.16),
              ("Southwest China", "西南", ["成都", "重庆"], 0.10)]
MY_REGIONS = [("Klang Valley", "巴生谷", ["Kuala Lumpur", "Petaling Jaya"], 0.55), ("Penang", "槟城", ["George Town"], 0.18),
              ("Johor", "柔佛", ["Johor Bahru"], 0.17), ("East Malaysia", "东马", ["Kota Kinabalu", "Kuching"], 0.10)]

MONTH_W = {1: 1.0, 2: 0.8, 3: 0.9, 4: 0.9, 5: 1.0, 6: 1.25, 7: 0.9, 8: 0.9, 9: 1.0, 10: 1.1, 11: 1.6, 12: 1.2}


def pick(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rand_time_between(a: datetime, b: datetime) -> datetime:
    """random time between a and b, weighted by month factor and evening hours."""
    span_days = max(1, (b - a).days)
    for _ in range(20):
        d = a + D(days=int(rng.integers(0, span_days)))
        if rng.random() < MONTH_W[d.month] / 1.6:
            break
    hour = int(rng.choice(24, p=HOUR_P))
    t = datetime(d.year, d.month, d.day, hour, int(rng.integers(0, 60)), int(rng.integers(0, 60)))
    return min(max(t, a), b)


_h = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2, 2.5, 3, 3.2, 3.5, 3, 2.8, 2.6, 2.6, 3, 3.5, 4.2, 5, 5.2, 4,
               2.2])
HOUR_P = _h / _h.sum()

# ---------------------------------------------------------------- feedback text
T = {  # topic: (zh templates, en templates, sentiment, rating range)
    "leak": (["收到的时候{item}漏液了，箱子里全是汤汁", "{item}盖子鼓起来还漏液，快递盒都湿透了", "又是漏液！{item}坛子密封不行，要求退款",
              "打开快递一股酸味，{item}漏液洒了一半"],
             ["The {item} arrived leaking, brine all over the box", "Jar lid bulged and it was leaking everywhere",
              "Second time the {item} came leaking. Seal is not good, want refund",
              "Box soaked, the {item} was leaking when the courier handed it over"], "negative", (1, 2)),
    "warm": (["冰袋都化了，{item}到手是温的", "冷链不冷，送到的时候{item}已经常温了", "夏天送到已经不凉了，冰袋都化了"],
             ["Ice packs fully melted, the {item} was warm on arrival", "So much for cold chain, parcel was room temperature",
              "Arrived warm, ice packs melted after 4 days in transit"], "negative", (1, 3)),
    "slow": (["物流太慢了，等了五天才到", "发货慢，下单三天才出库", "快递慢得离谱，泡菜都过度发酵了"],
             ["Shipping took ages, almost a week", "Slow delivery, took 6 days to reach Penang",
              "Delivery was slow, kimchi got over-fermented on the way"], "negative", (2, 3)),
    "ship_fee": (["运费太贵了，冷链费比泡菜还贵", "结算才看到冷链运费，直接不买了"],
                 ["Shipping fee is crazy, cold chain fee more than the kimchi", "Only saw the cold-chain shipping fee at checkout, too expensive"],
                 "negative", (2, 3)),
    "price": (["辣白菜涨价了，以前29.9现在34.9", "怎么涨价了？老顾客有点接受不了", "涨价以后感觉性价比一般"],
              ["Price went up on the napa kimchi, was cheaper before", "Price increase is noticeable, RM 22.9 now",
               "The price went up again, will buy less"], "negative", (2, 3)),
    "sour": (["这批太酸了，和上次不一样", "有点太酸，孩子不爱吃"], ["Too sour this batch, different from last time",
                                                         "A bit too sour for my taste"], "negative", (2, 3)),
    "spicy": (["太辣了，希望出个微辣款", "辣度有点高，不过味道正"], ["Way too spicy for me, please make a mild version",
                                                      "Too spicy but the flavour is authentic"], "neutral", (3, 4)),
    "tasty": (["很好吃，地道的延边味道", "味道正宗，脆爽，回购了", "好吃！配五花肉绝了", "康普茶好喝，气足不甜"],
              ["Tastes authentic, crunchy and fresh", "Really tasty, will reorder", "Delicious with samgyeopsal, love it",
               "The kombucha is great, fizzy and not too sweet"], "positive", (5, 5)),
    "pack": (["包装很严实，冰袋还是冻的", "包装好，坛子很精致，适合送人"], ["Well packed, ice packs still frozen",
                                                            "Nice packaging, the jar looks great as a gift"], "positive", (4, 5)),
    "cs": (["客服回复很快，漏发的很快补寄了", "客服态度好，耐心解答"], ["Customer service replied fast and resent the missing item",
                                                      "Customer service was patient and helpful"], "positive", (4, 5)),
    "halal": (["清真认证还没有，马来餐厅老板不敢进货", "客户问有没有清真认证，没有的话不能上菜单"],
              ["No halal certificate yet, the owner can't put it on the menu", "Chef liked the taste but needs halal certification first"],
              "negative", None),
    "b2b_good": (["厨师长很满意，酸度稳定，准备长期合作", "试吃反馈好，老板说比之前的供应商脆"],
                 ["Head chef happy, acidity is consistent, wants a standing order", "Tasting went well, crunchier than their current supplier"],
                 "positive", None),
    "b2b_moq": (["起订量太高了，一家小店用不完", "大货起订量要降一点才行"], ["MOQ too high for a single outlet",
                                                          "Minimum order quantity is too high for us"], "negative", None),
    "sub_value": (["订阅很划算，每个月都有新口味", "月享坛子每月都期待，口味搭配不错"],
                  ["Jar club is good value, new flavour every month", "Look forward to the monthly box, good mix"], "positive", None),
    "sub_repeat": (["每个月都是差不多的口味，有点腻了", "订阅口味太单一，想暂停"], ["Same flavours every month, getting bored",
                                                                "Box is too repetitive, thinking to pause"], "negative", None),
}
ITEMS_ZH = {"kimchi": "辣白菜", "pickles": "酱菜", "kombucha": "康普茶"}
ITEMS_EN = {"kimchi": "kimchi", "pickles": "pickles", "kombucha": "kombucha"}


def text_for(topic, lang, line="kimchi"):
    zh, en, sent, rr = T[topic]
    s = pick(zh if lang == "zh" else en)
    return s.format(item=(ITEMS_ZH if lang == "zh" else ITEMS_EN)[line]), sent, rr


def leak_p(t: datetime) -> float:
    """growing complaint: leaking / bloated jars from Dec 2025 (new lid supplier)."""
    m = (t.year - 2025) * 12 + t.month   # 2025-12 -> 12
    if m < 12:
        return 0.012
    return 0.012 + 0.03 * (m - 11)       # Dec .02.. Jun 2026 .222


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers, events, orders, feedback, truth, exps = [], [], [], [], [], []
    ev_n = [0]
    ord_n = [0]
    fb_n = [0]

    def ev(cid, t, tp, action, channel, device="", session="", **extra):
        ev_n[0] += 1
        r = dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp, action=action,
                 channel=channel, device=device, session_id=session)
        r.update(extra)
        events.append(r)

    def fb(cid, t, tp, channel, topic, lang, line="kimchi", rating=None, nps=None, **extra):
        fb_n[0] += 1
        txt, sent, rr = text_for(topic, lang, line)
        if rating is None and rr is not None:
            rating = int(rng.integers(rr[0], rr[1] + 1))
        fid = f"FB{fb_n[0]:06d}"
        feedback.append(dict(feedback_id=fid, text=txt, ts=fmt(t) if t else "", customer_id=cid or "",
                             touchpoint_id=tp or "", channel=channel, rating="" if rating is None else rating,
                             nps="" if nps is None else nps, language=lang, **extra))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))

    def order(cid, t, amount_local, currency, status, channel, device, **extra):
        ord_n[0] += 1
        oid = f"HJ{t:%y%m}{ord_n[0]:06d}"
        cny = round(amount_local * (FX if currency == "MYR" else 1.0), 2)
        orders.append(dict(order_id=oid, customer_id=cid, ts=fmt(t), amount=cny, status=status, channel=channel,
                           device=device, currency=currency, amount_local=round(amount_local, 2),
                           amount_myr=round(cny / FX, 2), **extra))
        return oid

    # ------------------------------------------------------------ consumers
    sub_candidates = []
    assigned = set()
    for i in range(N_CONS):
        cid = f"C{i + 1:05d}"
        country = "MY" if rng.random() < 0.27 else "CN"
        if country == "CN":
            reg = CN_REGIONS[int(rng.choice(5, p=[r[3] for r in CN_REGIONS]))]
            platform = "tmall" if rng.random() < 0.6 else "mini_program"
            acq = pick(["tmall_search", "xiaohongshu", "douyin_ads", "wechat_group", "referral"],
                       [0.32, 0.22, 0.2, 0.16, 0.1])
            lang = "zh"
        else:
            reg = MY_REGIONS[int(rng.choice(4, p=[r[3] for r in MY_REGIONS]))]
            platform = "shopee"
            acq = pick(["shopee_search", "facebook_ads", "tiktok_shop", "referral"], [0.5, 0.25, 0.15, 0.1])
            lang = "zh" if rng.random() < 0.4 else "en"
        city = pick(reg[2])
        signup = rand_time_between(START, END - D(days=5))
        device_pref = pick(["ios", "android", "pc"], [0.4, 0.45, 0.15] if platform != "mini_program" else [0.45, 0.55, 0.0])
        cust = dict(customer_id=cid, signup_at=fmt(signup), segment="", region=reg[0], region_zh=reg[1], city=city,
                    country=country, acquisition_channel=acq, tier="", customer_type="consumer", platform=platform,
                    preferred_language=lang, restaurant_type="", restaurant_type_zh="", outlets="", sales_rep="")
        customers.append(cust)
        n_sess = 1 + int(rng.geometric(0.42)) - 1 + (1 if rng.random() < 0.3 else 0)
        paid_n = 0
        spend = 0.0
        last_paid = None
        times = sorted(rand_time_between(signup, END - D(days=1)) for _ in range(n_sess))
        times[0] = signup
        for s_i, t in enumerate(times):
            sess = f"S{cid}-{s_i}"
            dev = device_pref if rng.random() < 0.85 else pick(["ios", "android"])
            if platform == "mini_program" and dev == "pc":
                dev = "android"
            sku = SKU_IDS[int(rng.choice(len(SKU_IDS), p=SKU_P))]
            line, nzh, nen, p_cny, p_myr, wh = SKUS[sku]
            if sku == "KIM-NAPA-500" and t >= PRICE_UP:
                p_cny, p_myr = NEW_NAPA
            unit = p_myr if country == "MY" else p_cny
            cur = "MYR" if country == "MY" else "CNY"
            extra = dict(sku=sku, product_line=line, country=country, city=city)
            ev(cid, t, "tp_product_page", "view", platform, dev, sess, **extra, unit_price_local=unit, currency=cur)
            # A/B test on product page: first-box half price for the jar club
            if EXP[0] <= t <= EXP[1] and platform in ("mini_program", "shopee") \
                    and cid not in assigned and rng.random() < 0.8:
                assigned.add(cid)
                variant = "control" if rng.random() < 0.5 else "half_price_first_box"
                at = t + D(seconds=2)
                exps.append(dict(experiment_id="jar_club_offer_2025", variant=variant, customer_id=cid,
                                 assigned_at=fmt(at), placement="product_page"))
                p_sign = 0.07 if variant == "control" else 0.14
                if rng.random() < p_sign:
                    sub_candidates.append((cid, at + D(hours=float(rng.uniform(0.2, 24 * 12))), variant, country,
                                           platform, dev, lang, city))
            p_cart = 0.55 if line != "kombucha" else 0.48
            if rng.random() > p_cart:
                continue
            t2 = t + D(minutes=float(rng.uniform(0.5, 12)))
            qty = 1 + int(rng.poisson(0.6))
            ev(cid, t2, "tp_cart", "click", platform, dev, sess, **extra, qty=qty)
            p_co = 0.72 if platform != "shopee" else 0.66
            if sku == "KIM-NAPA-500" and t >= PRICE_UP:
                p_co -= 0.08
            if rng.random() > p_co:
                continue
            t3 = t2 + D(minutes=float(rng.uniform(1, 30)))
            # Shopee Malaysia: the cold-chain surcharge appears at checkout -> many drop
            p_pay = 0.90 if platform != "shopee" else 0.58
            bug = platform == "mini_program" and dev == "android" and BUG[0] <= t3 <= BUG[1]
            if bug:
                ev(cid, t3, "tp_checkout", "fail", platform, dev, sess, **extra, qty=qty, error_code="PAY_SDK_TIMEOUT")
                if rng.random() < 0.2:   # a few retry on another phone / later
                    t3 = t3 + D(minutes=float(rng.uniform(2, 40)))
                    ev(cid, t3, "tp_checkout", "submit", platform, "ios", sess, **extra, qty=qty)
                    dev = "ios"
                else:
                    if rng.random() < 0.35:
                        fb_n[0] += 1
                        fid = f"FB{fb_n[0]:06d}"
                        msg = pick(["小程序提交订单一直转圈，付不了款", "安卓手机下单卡在支付页面，提示超时", "提交订单失败好几次了，小程序是不是坏了"])
                        feedback.append(dict(feedback_id=fid, text=msg, ts=fmt(t3 + D(minutes=8)), customer_id=cid,
                                             touchpoint_id="tp_checkout", channel="cs_ticket", rating="", nps="",
                                             language="zh", platform=platform, product_line=line, country=country))
                        truth.append(dict(feedback_id=fid, topic="checkout_bug", sentiment="negative"))
                    continue
            else:
                ev(cid, t3, "tp_checkout", "submit", platform, dev, sess, **extra, qty=qty)
            if rng.random() > p_pay:
                if platform == "shopee" and rng.random() < 0.12:
                    fb(cid, t3 + D(minutes=5), "tp_checkout", "shopee_chat", "ship_fee", lang, line,
                       platform=platform, product_line=line, country=country)
                continue
            t4 = t3 + D(minutes=float(rng.uniform(0.3, 8)))
            amount = round(unit * qty + (0 if country == "CN" else 6.9), 2)
            ev(cid, t4, "tp_payment", "success", platform, dev, sess, **extra, qty=qty)
            cancel = rng.random() < 0.035
            status = "cancelled" if cancel else "paid"
            oid = order(cid, t4, amount, cur, status, platform, dev, order_type="retail", sku=sku,
                        product_line=line, qty=qty, unit_price_local=unit, warehouse=wh if country == "CN" else "qingdao",
                        country=country, region=reg[0])
            if cancel:
                continue
            # dispatch
            whs = wh if country == "CN" else "qingdao"
            dd = 0.6 if t4.month != 11 else 1.8
            t5 = t4 + D(days=float(rng.exponential(dd)) + 0.3)
            if country == "CN":
                courier = pick(["SF Cold 顺丰冷运", "JD Cold Chain 京东冷链"], [0.65, 0.35])
                transit = float(rng.gamma(4, 9)) + 12
            else:
                courier = pick(["J&T Cold", "Lalamove"], [0.7, 0.3])
                transit = float(rng.gamma(6, 14)) + 48
            hot = t5.month in (6, 7, 8) or country == "MY"
            temp = round(float(rng.normal(4.5 + (2.0 if hot else 0) + transit / 60, 1.3)), 1)
            ev(cid, t5, "tp_dispatch", "shipped", "logistics", "", "", order_id=oid, warehouse=whs, courier=courier,
               sku=sku, product_line=line, country=country, city=city)
            t6 = t5 + D(hours=transit)
            late = transit > (60 if country == "CN" else 120)
            ev(cid, t6, "tp_delivery", "delivered", "logistics", "", "", order_id=oid, courier=courier,
               transit_hours=round(transit, 1), arrival_temp_c=temp, on_time="no" if late else "yes",
               sku=sku, product_line=line, country=country, city=city)
            leaked = rng.random() < leak_p(t6) * (1.4 if line == "kombucha" else 1.0)
            if leaked:
                orders[-1]["status"] = "refunded" if rng.random() < 0.6 else "paid"
                if rng.random() < 0.55:
                    fb(cid, t6 + D(hours=float(rng.uniform(1, 30))), "tp_cs_ticket", "cs_ticket", "leak", lang, line,
                       platform=platform, product_line=line, country=country)
                    ev(cid, t6 + D(hours=float(rng.uniform(1, 30))), "tp_cs_ticket", "submit", platform, dev, "",
                       ticket_reason="leaking_jar", order_id=oid, country=country)
            elif temp > 9.0 and rng.random() < 0.3:
                ev(cid, t6 + D(hours=3), "tp_cs_ticket", "submit", platform, dev, "", ticket_reason="arrived_warm",
                   order_id=oid, country=country)
            if orders[-1]["status"] == "paid":
                paid_n += 1
                spend += orders[-1]["amount"]
                last_paid = t6
            # review
            if rng.random() < (0.38 if not leaked else 0.6):
                t7 = t6 + D(days=float(rng.exponential(2.5)) + 0.2)
                if t7 > END:
                    continue
                stars = None
                if leaked:
                    topic = "leak"
                elif temp > 9.0 and rng.random() < 0.6:
                    topic = "warm"
                elif late and rng.random() < 0.5:
                    topic = "slow"
                elif sku == "KIM-NAPA-500" and t4 >= PRICE_UP and rng.random() < 0.25:
                    topic = "price"
                else:
                    topic = pick(["tasty", "pack", "sour", "spicy", "cs", "tasty"], [0.42, 0.15, 0.12, 0.1, 0.06, 0.15])
                ev(cid, t7, "tp_review", "submit", platform, dev, "", order_id=oid, sku=sku, product_line=line,
                   country=country)
                ch = {"tmall": "tmall_review", "mini_program": "mini_program_review", "shopee": "shopee_review"}[platform]
                fb(cid, t7, "tp_review", ch, topic, lang, line, rating=stars, platform=platform, product_line=line,
                   country=country, order_id=oid)
        cust["_paid"] = paid_n
        cust["_spend"] = spend
        cust["_last"] = last_paid

    # ------------------------------------------------------------ organic jar-club sign-ups
    cons = [c for c in customers if c["platform"] in ("mini_program", "shopee")]
    for c in cons:
        if rng.random() < 0.07:
            t = rand_time_between(datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S"), END - D(days=3))
            if EXP[0] <= t <= EXP[1]:
                continue
            sub_candidates.append((c["customer_id"], t, "", c["country"], c["platform"],
                                   "ios" if rng.random() < 0.5 else "android", c["preferred_language"], c["city"]))
    seen = set()
    for cid, t, variant, country, platform, dev, lang, city in sorted(sub_candidates, key=lambda r: r[1]):
        if cid in seen or t > END:
            continue
        seen.add(cid)
        plan = "family" if rng.random() < 0.3 else "classic"
        price = {("CN", "classic"): 99.0, ("CN", "family"): 169.0, ("MY", "classic"): 65.0, ("MY", "family"): 109.0}[
            (country, plan)]
        cur = "MYR" if country == "MY" else "CNY"
        first_price = price * (0.5 if variant == "half_price_first_box" else 1.0)
        ev(cid, t, "tp_sub_signup", "submit", platform, dev, "", plan=plan, country=country, city=city,
           offer="half_price_first_box" if variant == "half_price_first_box" else "none")
        order(cid, t + D(minutes=1), first_price, cur, "paid", platform, dev, order_type="subscription", sku=f"JAR-{plan.upper()}",
              product_line="subscription", qty=1, unit_price_local=first_price, warehouse="yanbian", country=country,
              region="")
        tb = t + D(days=float(rng.uniform(2, 6 if country == "CN" else 9)))
        if tb > END:
            continue
        ev(cid, tb, "tp_sub_first_box", "delivered", "logistics", "", "", plan=plan, country=country, city=city)
        p_renew = 0.74 if variant != "half_price_first_box" else 0.47
        cur_t = tb
        month_i = 0
        while True:
            month_i += 1
            nt = cur_t + D(days=30)
            if nt > END:
                break
            r = rng.random()
            if month_i > 1:
                p_renew = 0.84
            if r < p_renew:
                ev(cid, nt, "tp_sub_renew", "success", platform, dev, "", plan=plan, country=country, month_no=month_i)
                order(cid, nt, price, cur, "paid", platform, dev, order_type="subscription", sku=f"JAR-{plan.upper()}",
                      product_line="subscription", qty=1, unit_price_local=price, warehouse="yanbian", country=country,
                      region="")
                if rng.random() < 0.06:
                    fb(cid, nt + D(days=3), "tp_sub_renew", "sub_survey", pick(["sub_value", "sub_repeat"]), lang,
                       nps=int(rng.integers(8, 11)), platform=platform, country=country)
                cur_t = nt
            elif r < p_renew + (1 - p_renew) * 0.35:
                ev(cid, nt - D(days=2), "tp_sub_pause", "submit", platform, dev, "", plan=plan, country=country,
                   pause_reason=pick(["travel", "too_much_stock", "budget"]))
                if rng.random() < 0.3:
                    fb(cid, nt - D(days=2), "tp_sub_pause", "sub_survey", "sub_repeat", lang,
                       nps=int(rng.integers(4, 8)), platform=platform, country=country)
                cur_t = nt + D(days=30)
            else:
                reason = pick(["too_expensive", "flavour_fatigue", "leaking_jar", "moved", "other"],
                              [0.3, 0.3, 0.15, 0.1, 0.15] if nt < datetime(2026, 1, 1)
                              else [0.25, 0.22, 0.35, 0.07, 0.11])
                ev(cid, nt - D(days=1), "tp_sub_cancel", "submit", platform, dev, "", plan=plan, country=country,
                   cancel_reason=reason)
                if rng.random() < 0.4:
                    fb(cid, nt - D(days=1), "tp_sub_cancel", "sub_survey",
                       {"too_expensive": "price", "flavour_fatigue": "sub_repeat", "leaking_jar": "leak",
                        "moved": "sub_repeat", "other": "sub_repeat"}[reason], lang,
                       nps=int(rng.integers(0, 7)), platform=platform, country=country)
                break

    # ------------------------------------------------------------ B2B restaurants
    RTYPES = [("korean_bbq", "韩式烤肉", 0.3), ("korean_restaurant", "韩餐馆", 0.22), ("hotpot", "火锅", 0.16),
              ("northeast_chinese", "东北菜", 0.12), ("cafe_bistro", "西餐简餐", 0.1), ("hotel_buffet", "酒店自助餐", 0.1)]
    REPS_CN = ["王磊", "金美英", "刘洋", "朴成浩"]
    REPS_MY = ["Jason Lim", "Nurul Aina", "Kevin Tan"]
    for j in range(N_B2B):
        cid = f"R{j + 1:04d}"
        country = "MY" if rng.random() < 0.3 else "CN"
        reg = (CN_REGIONS[int(rng.choice(5, p=[r[3] for r in CN_REGIONS]))] if country == "CN"
               else MY_REGIONS[int(rng.choice(4, p=[r[3] for r in MY_REGIONS]))])
        rt = RTYPES[int(rng.choice(6, p=[r[2] for r in RTYPES]))]
        city = pick(reg[2])
        rep = pick(REPS_CN if country == "CN" else REPS_MY)
        lang = "zh" if country == "CN" or rng.random() < 0.35 else "en"
        t = rand_time_between(START, datetime(2026, 5, 31))
        acq = pick(["sales_rep", "trade_show", "referral", "website_form"], [0.4, 0.25, 0.2, 0.15])
        cust = dict(customer_id=cid, signup_at=fmt(t), segment="", region=reg[0], region_zh=reg[1], city=city,
                    country=country, acquisition_channel=acq, tier="", customer_type="restaurant", platform="b2b",
                    preferred_language=lang, restaurant_type=rt[0], restaurant_type_zh=rt[1],
                    outlets=1 + int(rng.poisson(0.8)), sales_rep=rep)
        customers.append(cust)
        ext = dict(country=country, city=city, sales_rep=rep, restaurant_type=rt[0])
        ev(cid, t, "tp_b2b_sample", "submit", acq, "pc", "", **ext, sample_kg=pick([2, 3, 5]))
        cust["_paid"], cust["_spend"], cust["_last"] = 0, 0.0, None
        if rng.random() > 0.78:
            continue
        t2 = t + D(days=float(rng.uniform(4, 20)))
        ev(cid, t2, "tp_b2b_tasting", "done", "sales_rep", "", "", **ext)
        p_first = 0.62 if country == "CN" else 0.24   # Malaysian restaurants stall: no halal certificate
        if rt[0] == "hotpot":
            p_first -= 0.1
        note_topic = None
        if country == "MY" and rng.random() < 0.6:
            note_topic = "halal"
        elif rng.random() < 0.5:
            note_topic = pick(["b2b_good", "b2b_moq"], [0.65, 0.35])
        if note_topic:
            fb(cid, t2 + D(hours=4), "tp_b2b_tasting", "visit_note", note_topic, lang, platform="b2b", country=country,
               restaurant_type=rt[0])
        if rng.random() > p_first or t2 + D(days=3) > END:
            continue
        t3 = t2 + D(days=float(rng.uniform(3, 40)))
        if t3 > END:
            continue
        kg = float(rng.choice([20, 30, 50, 80]))
        pkg = 18.0 if country == "CN" else 12.5
        ev(cid, t3, "tp_b2b_first_order", "submit", "sales_rep", "", "", **ext, order_kg=kg)
        order(cid, t3, kg * pkg, "MYR" if country == "MY" else "CNY", "paid", "b2b", "", order_type="wholesale",
              sku="KIM-NAPA-BULK10", product_line="kimchi", qty=kg, unit_price_local=pkg,
              warehouse="yanbian" if country == "CN" else "qingdao", country=country, region=reg[0],
              payment_terms=pick(["prepaid", "net30"]))
        cust["_paid"] += 1
        cust["_spend"] += orders[-1]["amount"]
        cust["_last"] = t3
        freq = float(rng.uniform(10, 24))
        tt = t3
        while True:
            tt = tt + D(days=float(rng.gamma(4, freq / 4)))
            if tt > END or rng.random() < 0.04:
                break
            kg2 = float(rng.choice([20, 30, 50, 80, 120]))
            ev(cid, tt, "tp_b2b_reorder", "submit", pick(["sales_rep", "wechat", "email"]), "", "", **ext, order_kg=kg2)
            order(cid, tt, kg2 * pkg, "MYR" if country == "MY" else "CNY", "paid", "b2b", "", order_type="wholesale",
                  sku="KIM-NAPA-BULK10", product_line="kimchi", qty=kg2, unit_price_local=pkg,
                  warehouse="yanbian" if country == "CN" else "qingdao", country=country, region=reg[0],
                  payment_terms=pick(["prepaid", "net30"]))
            cust["_paid"] += 1
            cust["_spend"] += orders[-1]["amount"]
            cust["_last"] = tt
            if rng.random() < 0.03:
                fb(cid, tt + D(days=2), "tp_b2b_reorder", "visit_note", pick(["b2b_good", "leak", "b2b_moq"]), lang,
                   platform="b2b", country=country, restaurant_type=rt[0])

    # ------------------------------------------------------------ undated social posts + NPS wave
    for k in range(140):
        c = customers[int(rng.integers(0, N_CONS))]
        lang = c["preferred_language"]
        topic = pick(["tasty", "leak", "warm", "price", "pack", "spicy"], [0.35, 0.2, 0.15, 0.1, 0.1, 0.1])
        fb(None, None, None, "xiaohongshu" if lang == "zh" else "facebook", topic, lang,
           pick(["kimchi", "kombucha"]), platform="social", country=c["country"])
    for c in customers[:N_CONS]:
        if c["_paid"] and rng.random() < 0.12:
            t = datetime(2026, 4, int(rng.integers(6, 18)), int(rng.integers(9, 22)), int(rng.integers(0, 60)))
            score = int(rng.choice(11, p=[.03, .02, .03, .04, .05, .08, .1, .15, .18, .17, .15]))
            topic = "tasty" if score >= 9 else ("price" if score <= 6 and rng.random() < 0.4 else
                                               ("leak" if score <= 6 else "pack"))
            fb(c["customer_id"], t, "", "nps_survey", topic, c["preferred_language"], nps=score, rating=None,
               platform=c["platform"], country=c["country"], survey_wave="2026-04")

    # ------------------------------------------------------------ segments / tiers
    for c in customers:
        last = c.pop("_last")
        paid = c.pop("_paid")
        spend = c.pop("_spend")
        if c["customer_type"] == "restaurant":
            c["tier"] = "key_account" if spend > 20000 else "standard"
            c["segment"] = ("prospect" if paid == 0 else ("at_risk" if last < END - D(days=45) else "active"))
        else:
            c["tier"] = "gold" if spend > 250 else ("member" if paid >= 2 else "regular")
            if paid == 0:
                c["segment"] = "new"
            elif last and last < END - D(days=120):
                c["segment"] = "at_risk"
            elif spend > 250 or paid >= 4:
                c["segment"] = "vip"
            else:
                c["segment"] = "returning" if paid >= 2 else "new"

    end_s = fmt(END)
    events = [r for r in events if r["ts"] <= end_s]
    keep = {r["feedback_id"] for r in feedback if not r["ts"] or r["ts"] <= end_s}
    feedback = [r for r in feedback if r["feedback_id"] in keep]
    truth = [r for r in truth if r["feedback_id"] in keep]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["ts"])

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TPS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, w in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=w))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "region", "region_zh", "city",
                                             "country", "acquisition_channel", "tier", "customer_type", "platform",
                                             "preferred_language", "restaurant_type", "restaurant_type_zh", "outlets",
                                             "sales_rep"])
    write(out / "events.csv", events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device",
                                       "session_id", "sku", "product_line", "country", "city", "unit_price_local",
                                       "currency", "qty", "error_code", "order_id", "warehouse", "courier",
                                       "transit_hours", "arrival_temp_c", "on_time", "ticket_reason", "plan", "offer",
                                       "month_no", "pause_reason", "cancel_reason", "sales_rep", "restaurant_type",
                                       "sample_kg", "order_kg"])
    write(out / "orders.csv", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                       "currency", "amount_local", "amount_myr", "order_type", "sku", "product_line",
                                       "qty", "unit_price_local", "warehouse", "country", "region", "payment_terms"])
    write(out / "feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "nps", "language", "platform", "product_line", "country",
                                           "order_id", "restaurant_type", "survey_wave"])
    write(out / "experiments.csv", exps, ["experiment_id", "variant", "customer_id", "assigned_at", "placement"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print({"customers": len(customers), "events": len(events), "orders": len(orders), "feedback": len(feedback),
           "experiments": len(exps)})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
