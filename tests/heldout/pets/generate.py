"""PawPantry 爪爪粮仓 — synthetic pet-supplies e-commerce with auto-ship subscriptions (written blind).

    python generate.py OUTDIR

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders and feedback as CSV (DATA.md). Data covers 2025-11-01 .. 2026-10-31. See README.md for planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261031
START = datetime(2025, 11, 1)
END = datetime(2026, 10, 31, 23, 59, 59)

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social_ad", "社交广告", "Social ad", "awareness", "social", "digital", "growth", "抖音广告|小红书广告|朋友圈广告|social ad|ad click"),
    ("tp_search", "搜索", "Search", "awareness", "web", "digital", "growth", "搜索引擎|SEM|search ad|百度"),
    ("tp_influencer", "达人种草", "Influencer post", "awareness", "social", "digital", "growth", "KOL|达人|种草|influencer|blogger"),
    ("tp_product_page", "商品详情页", "Product page", "consideration", "app", "digital", "ecommerce", "商品页|详情页|PDP|product detail"),
    ("tp_pet_profile", "创建宠物档案", "Pet profile created", "consideration", "app", "digital", "ecommerce", "宠物档案|建档|pet profile"),
    ("tp_size_quiz", "体型/品种测评", "Size & breed quiz", "consideration", "app", "digital", "ecommerce", "测评|选粮测试|breed quiz|size quiz|quiz"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "app", "digital", "ecommerce", "购物车|加购|cart"),
    ("tp_checkout", "结算", "Checkout", "purchase", "app", "digital", "ecommerce", "结算页|去结算|checkout page"),
    ("tp_first_order", "首单支付成功", "First order placed", "purchase", "app", "digital", "ecommerce", "首单|首次下单|first purchase|first order"),
    ("tp_subscribe", "开通自动配送", "Subscribe to auto-ship", "purchase", "app", "digital", "subscription", "订阅|自动配送|周期购|auto-ship|autoship|subscription"),
    ("tp_delivery", "包裹送达", "Delivery", "service", "other", "physical", "logistics", "送达|配送|签收|delivered|shipping"),
    ("tp_late_delivery", "配送延迟", "Late delivery", "service", "other", "physical", "logistics", "延迟|晚到|超时|delayed|late"),
    ("tp_damaged_parcel", "包裹破损", "Damaged parcel", "service", "other", "physical", "logistics", "破损|包装破了|漏了|damaged|broken bag"),
    ("tp_skip_shipment", "跳过一期", "Skip shipment", "service", "app", "digital", "subscription", "跳过|skip|skip a delivery"),
    ("tp_pause", "暂停订阅", "Pause subscription", "service", "app", "digital", "subscription", "暂停|pause"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "customer_service", "退款|退货|refund|return"),
    ("tp_cs_chat", "在线客服", "Customer chat", "service", "app", "digital", "customer_service", "客服|人工客服|在线咨询|chat|support"),
    ("tp_repeat_order", "复购下单", "Repeat order", "loyalty", "app", "digital", "ecommerce", "复购|回购|再次购买|reorder|repeat purchase"),
    ("tp_renewal", "订阅续期扣款", "Subscription renewal", "loyalty", "app", "digital", "subscription", "续订|续期|自动扣款|renewal|recurring shipment"),
    ("tp_cancel_sub", "取消订阅", "Cancel subscription", "loyalty", "app", "digital", "subscription", "退订|取消自动配送|cancel auto-ship|unsubscribe"),
    ("tp_review", "商品评价", "Product review", "loyalty", "app", "digital", "ecommerce", "评价|晒单|review"),
    ("tp_referral", "推荐好友", "Referral", "loyalty", "app", "digital", "growth", "邀请好友|推荐|拉新|refer a friend|referral"),
]

JOURNEYS = [
    ("first_purchase", "首单购买旅程", "First purchase", ["tp_product_page", "tp_cart", "tp_checkout", "tp_first_order"], 7),
    ("onboarding", "建档到首单", "Pet profile to first order", ["tp_pet_profile", "tp_size_quiz", "tp_first_order"], 14),
    ("autoship", "首单到订阅", "First order to auto-ship", ["tp_first_order", "tp_subscribe"], 14),
]

CITIES = [  # city, province, region, warehouse, weight
    ("Shanghai", "Shanghai", "华东", "WH_SH", 0.17), ("Hangzhou", "Zhejiang", "华东", "WH_SH", 0.10),
    ("Nanjing", "Jiangsu", "华东", "WH_SH", 0.07), ("Wuhan", "Hubei", "华中", "WH_SH", 0.06),
    ("Guangzhou", "Guangdong", "华南", "WH_GZ", 0.12), ("Shenzhen", "Guangdong", "华南", "WH_GZ", 0.11),
    ("Beijing", "Beijing", "华北", "WH_TJ", 0.14), ("Tianjin", "Tianjin", "华北", "WH_TJ", 0.05),
    ("Chengdu", "Sichuan", "西南", "WH_CD", 0.11), ("Chongqing", "Chongqing", "西南", "WH_CD", 0.07),
]
WAREHOUSE_NAME = {"WH_SH": "上海嘉定仓", "WH_GZ": "广州番禺仓", "WH_TJ": "天津武清仓", "WH_CD": "成都双流仓"}

BREEDS = {
    "dog": [("Corgi", "medium"), ("Golden Retriever", "large"), ("Shiba Inu", "medium"), ("Poodle", "small"),
            ("Labrador", "large"), ("Husky", "large"), ("French Bulldog", "small"), ("Pomeranian", "small")],
    "cat": [("British Shorthair", "medium"), ("Ragdoll", "large"), ("Chinese Field Cat", "medium"),
            ("Siamese", "small"), ("Maine Coon", "large")],
    "other": [("Rabbit", "small"), ("Hamster", "small"), ("Guinea Pig", "small")],
}

# category -> list of (brand, sku, base price)
CATALOG = {
    ("dog", "dry_food"): [("BarkBite", "BB-DOG-DRY", 189.0), ("NorthPaw", "NP-DOG-DRY", 239.0)],
    ("dog", "wet_food"): [("BarkBite", "BB-DOG-WET", 96.0)],
    ("cat", "dry_food"): [("Purrfect", "PF-CAT-DRY", 159.0), ("WhiskerWild", "WW-CAT-DRY", 199.0)],
    ("cat", "wet_food"): [("Purrfect", "PF-CAT-WET", 88.0), ("WhiskerWild", "WW-CAT-WET", 109.0)],
    ("cat", "litter"): [("CleanPaw", "CP-LITTER-10L", 69.0), ("CleanPaw", "CP-TOFU-6L", 59.0)],
    ("other", "dry_food"): [("HopHop", "HH-SMALL-FEED", 79.0)],
    ("any", "treats"): [("YumYum", "YY-TREATS", 45.0)],
    ("any", "toys"): [("PlayPal", "PP-TOY", 59.0)],
    ("any", "vet_care"): [("VetPlus", "VP-CARE-PLAN", 199.0)],
}
SIZE_MULT = {"small": 0.8, "medium": 1.0, "large": 1.45}


def app_version(t: datetime) -> str:
    if t < datetime(2026, 3, 1):
        return "3.8.0"
    if t < datetime(2026, 7, 1):
        return "3.9.0"
    return "4.0.0"


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback = [], [], [], []
    counters = {"e": 0, "o": 0, "f": 0, "s": 0}

    def nid(k, prefix, width):
        counters[k] += 1
        return f"{prefix}{counters[k]:0{width}d}"

    def r():
        return float(rng.random())

    def choice(seq, p=None):
        return seq[int(rng.choice(len(seq), p=p))]

    # ---------- feedback text ----------
    TEXT = {
        "late": {
            "zh": ["说好三天到，等了一个多星期才送到，狗粮都快吃完了", "配送太慢了，物流显示一直在仓库没动",
                   "又延迟了，这已经是第二次晚到了，周期购还这么不靠谱", "快递晚了五天，猫砂用完只能去楼下买",
                   "物流延误也没人通知，客服说仓库爆仓"],
            "en": ["Delivery was late again, promised 3 days and it took over a week", "My auto-ship order arrived 5 days late, we ran out of food",
                   "Parcel stuck at the warehouse for days, nobody told me about the delay", "Shipping is way too slow lately"],
        },
        "damaged": {
            "zh": ["包装破了，猫砂撒了一箱子", "狗粮袋子破损，粮洒了一半", "罐头压扁了好几个，纸箱也烂了", "收到的时候外箱破损，里面的零食袋漏了"],
            "en": ["The bag was torn and litter spilled all over the box", "Box arrived crushed, several cans were dented",
                   "Food bag was ripped open when it arrived, half of it spilled"],
        },
        "recall": {
            "zh": ["喵享猫粮召回了？我家猫吃了之后呕吐，要求退款", "Purrfect这批猫粮猫咪吃了拉肚子，申请退款",
                   "看到召回通知，赶紧把没吃完的喵享干粮退了", "猫吃了喵享软便呕吐，再也不敢买这个牌子了"],
            "en": ["My cat vomited after eating the Purrfect dry food, I heard there is a recall. I want a refund",
                   "Purrfect recall notice — please refund the bag I bought", "Cat got diarrhea from this batch of Purrfect kibble, refund please"],
        },
        "coupon_cancel": {
            "zh": ["当时就是冲着五折券订阅的，券用完就取消了", "优惠没了就不续了，原价太贵", "五折首单挺香，后面原价不划算，退订"],
            "en": ["Only signed up for the 50% off coupon, cancelling now that it's over", "Without the discount the auto-ship is too expensive, cancelled",
                   "Subscribed for the half-price first box, not worth it at full price"],
        },
        "cancel_hard": {
            "zh": ["取消订阅的入口太难找了，找了半天", "想暂停周期购都找不到按钮，只能找客服"],
            "en": ["It's really hard to find where to cancel the subscription", "Couldn't find how to pause auto-ship in the app, had to contact support"],
        },
        "price": {
            "zh": ["价格比别家贵一点，希望多点优惠", "涨价了，订阅折扣太少"],
            "en": ["A bit pricier than other shops, more discounts please", "Prices went up and the auto-ship discount is small"],
        },
        "praise_product": {
            "zh": ["狗狗很爱吃，毛色变亮了，会一直回购", "猫咪超喜欢这款罐头，每次都吃光", "猫砂结团好、除臭好，推荐", "性价比高，小柯基吃得很香",
                   "零食很受欢迎，颗粒大小合适"],
            "en": ["My dog loves this food, coat looks shinier", "Cats finish every can, great quality", "Litter clumps well and no smell, recommend",
                   "Great value and my pup eats it happily"],
        },
        "praise_delivery": {
            "zh": ["发货很快，第二天就到了", "自动配送很省心，每个月准时送到", "快递小哥送货上门，包装很结实"],
            "en": ["Fast delivery, arrived the next day", "Auto-ship is so convenient, always on time", "Well packed and delivered to my door"],
        },
        "app_checkout": {
            "zh": ["安卓新版本结算页一直转圈，付不了款", "更新后结算时卡住，提交订单没反应"],
            "en": ["Checkout keeps spinning on the new Android app, can't pay", "After the update the app freezes at checkout"],
        },
        "quiz": {
            "zh": ["选粮测试推荐得挺准，按体重给了份量建议", "测评结果很有用，知道该买哪种粮了"],
            "en": ["The breed quiz recommendation was spot on", "Size quiz helped me pick the right food portion"],
        },
    }
    NEG_TOPICS = {"late", "damaged", "recall", "coupon_cancel", "cancel_hard", "price", "app_checkout"}

    def fb(cid, ts, tp, channel, topic, lang, rating=None, nps=None, **extra):
        text = choice(TEXT[topic][lang])
        row = dict(feedback_id=nid("f", "fb", 5), text=text, ts=ts, customer_id=cid, touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, topic=topic, sentiment_label="neg" if topic in NEG_TOPICS else "pos",
                   language=lang)
        row.update(extra)
        feedback.append(row)

    def ev(cid, ts, tp, action, c, session=None, **extra):
        if ts > END:
            return
        row = dict(event_id=nid("e", "ev", 7), customer_id=cid, ts=ts, touchpoint_id=tp,
                   session_id=session or nid("s", "s", 6), action=action, device=c["device"], channel=c["channel"],
                   app_version=app_version(ts) if c["channel"] == "app" else "", city=c["city"], province=c["province"],
                   pet_type=c["pet_type"])
        row.update(extra)
        events.append(row)

    def pick_product(c, category=None):
        pt = c["pet_type"]
        if category is None:
            if pt == "cat":
                category = choice(["dry_food", "wet_food", "litter"], [0.55, 0.25, 0.20])
            elif pt == "dog":
                category = choice(["dry_food", "wet_food"], [0.8, 0.2])
            else:
                category = "dry_food"
        key = (pt, category) if (pt, category) in CATALOG else ("any", category)
        brand, sku, price = choice(CATALOG[key])
        if category in ("dry_food", "wet_food"):
            price *= SIZE_MULT[c["pet_size"]]
        return category, brand, sku, price

    def delivery(c, t_order, oid, prod, auto):
        """Return (delivery_days, late, damaged)."""
        wh = c["warehouse"]
        p_late = 0.06
        if wh == "WH_GZ" and datetime(2026, 8, 1) <= t_order < datetime(2026, 9, 1):
            p_late = 0.52
        elif datetime(2025, 11, 8) <= t_order < datetime(2025, 11, 20):
            p_late = 0.12
        late = r() < p_late
        days = int(rng.integers(4, 9)) if late else int(rng.integers(1, 4))
        p_dmg = 0.07 if prod[0] == "litter" else 0.02
        damaged = r() < p_dmg
        return days, late, damaged

    def place_order(c, t, otype, coupon="", disc=0.0, category=None, prod=None, freq=""):
        if t > END:
            return None
        prod = prod or pick_product(c, category)
        category, brand, sku, price = prod
        qty = 1 if category in ("vet_care", "toys") else int(choice([1, 1, 1, 2]))
        gross = round(price * qty * float(rng.uniform(0.95, 1.05)), 2)
        amount = round(gross * (1 - disc / 100.0), 2)
        oid = nid("o", "PO", 6)
        days, late, damaged = delivery(c, t, oid, prod, otype == "auto_ship")
        status, reason = "paid", ""
        recall = (brand == "Purrfect" and category == "dry_food" and datetime(2026, 4, 20) <= t < datetime(2026, 6, 1))
        if r() < 0.025:
            status, reason = "cancelled", "customer_cancelled"
        elif recall and r() < 0.5:
            status, reason = "refunded", "product_recall"
        elif damaged and r() < 0.55:
            status, reason = "refunded", "damaged"
        elif late and r() < 0.12:
            status, reason = "refunded", "late_delivery"
        elif r() < 0.01:
            status, reason = "refunded", "changed_mind"
        o = dict(order_id=oid, customer_id=c["id"], ts=t, amount=amount, status=status,
                 channel=c["channel"], device=c["device"], order_type=otype, pet_type=c["pet_type"],
                 product_category=category, brand=brand, sku=sku, quantity=qty, gross_amount=gross,
                 discount_pct=disc, coupon_code=coupon, ship_frequency_days=freq, warehouse=c["warehouse"],
                 city=c["city"], province=c["province"],
                 delivery_days=days if status != "cancelled" else "", late_delivery=int(late) if status != "cancelled" else "",
                 refund_reason=reason, app_version=app_version(t) if c["channel"] == "app" else "")
        orders.append(o)
        common = dict(order_id=oid, product_category=category, brand=brand, sku=sku, warehouse=c["warehouse"],
                      discount_pct=disc, coupon_code=coupon, ship_frequency_days=freq)
        if status == "cancelled":
            return o
        t_promise = t + timedelta(days=3)
        t_del = t + timedelta(days=days, hours=float(rng.uniform(-4, 6)))
        if late:
            ev(c["id"], t_promise, "tp_late_delivery", "delayed", c, **common)
        ev(c["id"], t_del, "tp_delivery", "delivered", c, **common)
        if damaged:
            ev(c["id"], t_del + timedelta(minutes=30), "tp_damaged_parcel", "report", c, **common)
        t_after = t_del + timedelta(hours=float(rng.uniform(2, 48)))
        lang = c["lang"]
        if status == "refunded":
            ev(c["id"], t_after, "tp_refund", "success", c, **common)
            o["_refund_ts"] = t_after
        # customer chat on problems
        topic = None
        if reason == "product_recall" or (recall and r() < 0.3):
            topic = "recall"
        elif damaged:
            topic = "damaged" if r() < 0.7 else None
        elif late:
            topic = "late" if r() < 0.45 else None
        if topic and t_after <= END:
            ev(c["id"], t_after - timedelta(hours=1), "tp_cs_chat", "start", c, **common)
            fb(c["id"], t_after - timedelta(hours=1), "tp_cs_chat", "cs_chat", topic, lang,
               rating=choice([1, 2, 2, 3]) if r() < 0.6 else None, order_id=oid, warehouse=c["warehouse"], brand=brand,
               product_category=category, pet_type=c["pet_type"], city=c["city"])
        # delivery survey
        if r() < 0.11 and t_del <= END:
            tp = "tp_late_delivery" if late else "tp_delivery"
            if late:
                t_, rating, nps = "late", int(choice([1, 2, 2, 3])), int(rng.integers(0, 7))
            elif damaged:
                t_, rating, nps = "damaged", int(choice([1, 2, 3])), int(rng.integers(0, 7))
            else:
                t_, rating, nps = "praise_delivery", int(choice([4, 5, 5, 5])), int(choice([7, 8, 9, 9, 10, 10]))
            fb(c["id"], t_del + timedelta(hours=3), tp, "delivery_survey", t_, lang, rating=rating, nps=nps,
               order_id=oid, warehouse=c["warehouse"], brand=brand, product_category=category, pet_type=c["pet_type"], city=c["city"])
        # product review
        if r() < 0.10 and status == "paid":
            t_rev = t_del + timedelta(days=float(rng.uniform(1, 6)))
            if t_rev <= END:
                if recall:
                    t_, rating = "recall", int(choice([1, 1, 2]))
                elif r() < 0.12:
                    t_, rating = "price", int(choice([2, 3, 3]))
                else:
                    t_, rating = "praise_product", int(choice([4, 5, 5]))
                ev(c["id"], t_rev, "tp_review", "submit", c, **common)
                no_ts = r() < 0.08
                fb(c["id"], None if no_ts else t_rev, "tp_review", "product_review", t_, lang, rating=rating,
                   order_id=oid, warehouse=c["warehouse"], brand=brand, product_category=category,
                   pet_type=c["pet_type"], city=c["city"])
        return o

    # ---------- customers ----------
    n_new, n_legacy = 3400, 500
    days_total = (datetime(2026, 10, 20) - START).days
    w = np.ones(days_total)
    for d in range(days_total):
        dt = START + timedelta(days=d)
        w[d] = 1.0 + 0.5 * d / days_total
        if datetime(2026, 6, 1) <= dt < datetime(2026, 8, 1):
            w[d] *= 1.9  # MEOW50 influencer campaign
        if datetime(2025, 11, 1) <= dt < datetime(2025, 11, 12):
            w[d] *= 1.5  # Double 11
    w /= w.sum()
    cities_p = np.array([x[4] for x in CITIES])
    cities_p /= cities_p.sum()

    cust_list = []
    for i in range(n_new + n_legacy):
        legacy = i >= n_new
        cid = f"C{i + 1:05d}"
        city, prov, region, wh, _ = CITIES[int(rng.choice(len(CITIES), p=cities_p))]
        pet_type = choice(["dog", "cat", "other"], [0.50, 0.43, 0.07])
        breed, size = choice(BREEDS[pet_type])
        device = choice(["ios", "android", "pc"], [0.45, 0.42, 0.13])
        channel = "web" if device == "pc" else ("mini_program" if r() < 0.3 else "app")
        lang = "en" if r() < 0.15 else "zh"
        if legacy:
            t0 = datetime(2024, 3, 1) + timedelta(days=float(rng.uniform(0, 590)))
            acq = choice(["search", "social_ad", "influencer", "referral"], [0.4, 0.3, 0.15, 0.15])
        else:
            d = int(rng.choice(days_total, p=w))
            t0 = START + timedelta(days=d, hours=float(rng.uniform(8, 23)))
            in_campaign = datetime(2026, 6, 1) <= t0 < datetime(2026, 8, 1)
            if in_campaign:
                acq = choice(["influencer", "social_ad", "search", "referral"], [0.55, 0.2, 0.17, 0.08])
            else:
                acq = choice(["social_ad", "search", "influencer", "referral"], [0.36, 0.34, 0.18, 0.12])
        c = dict(id=cid, city=city, province=prov, region=region, warehouse=wh, pet_type=pet_type, breed=breed,
                 pet_size=size, device=device, channel=channel, lang=lang, acq=acq, legacy=legacy, t0=t0)
        cust_list.append(c)

    for c in cust_list:
        cid = c["id"]
        sub = None  # dict(start, freq, coupon, cancel_at)
        first_t = None
        signup = c["t0"]
        if c["legacy"]:
            # pre-existing subscriber: subscription started before the data
            freq = int(choice([14, 30, 30, 45, 60], None))
            sub_start = c["t0"] + timedelta(days=float(rng.uniform(5, 30)))
            prod = pick_product(c, "litter" if c["pet_type"] == "cat" and r() < 0.25 else None)
            sub = dict(start=sub_start, freq=freq, coupon="", prod=prod, first_done=True)
            first_t = sub_start
        else:
            t = c["t0"]
            aw = {"social_ad": "tp_social_ad", "search": "tp_search", "influencer": "tp_influencer"}.get(c["acq"])
            s = nid("s", "s", 6)
            if aw:
                ev(cid, t, aw, "click", c, session=s)
            t += timedelta(minutes=float(rng.uniform(1, 20)))
            signup = t
            n_views = int(choice([1, 1, 2, 3]))
            for k in range(n_views):
                ev(cid, t, "tp_product_page", "view", c, session=s)
                t += timedelta(minutes=float(rng.uniform(2, 30)))
            profile = r() < 0.65
            quiz = False
            if profile:
                ev(cid, t, "tp_pet_profile", "submit", c, session=s, breed=c["breed"], pet_size=c["pet_size"])
                t += timedelta(minutes=float(rng.uniform(1, 10)))
                quiz = r() < (0.6 if c["pet_type"] == "dog" else 0.4)
                if quiz:
                    ev(cid, t, "tp_size_quiz", "submit", c, session=s, breed=c["breed"], pet_size=c["pet_size"])
                    t += timedelta(minutes=float(rng.uniform(1, 10)))
            p_cart = 0.78 if quiz else (0.62 if profile else 0.45)
            if c["acq"] == "referral":
                p_cart += 0.1
            if r() < p_cart:
                t += timedelta(hours=float(rng.exponential(12)))
                ev(cid, t, "tp_cart", "click", c)
                if r() < 0.8:
                    t += timedelta(minutes=float(rng.uniform(1, 60)))
                    ev(cid, t, "tp_checkout", "view", c)
                    bug = (c["device"] == "android" and c["channel"] == "app" and t >= datetime(2026, 7, 1)
                           and t < datetime(2026, 8, 15))
                    p_pay = 0.55 if bug else 0.88
                    if r() < p_pay:
                        t += timedelta(minutes=float(rng.uniform(1, 15)))
                        campaign = datetime(2026, 6, 1) <= t < datetime(2026, 8, 1) and c["acq"] in ("influencer", "social_ad")
                        coupon, disc = "", 0.0
                        if datetime(2025, 11, 1) <= t < datetime(2025, 11, 12) and r() < 0.6:
                            coupon, disc = "DOUBLE11", 15.0
                        elif r() < 0.35:
                            coupon, disc = "NEWPAW10", 10.0
                        o = place_order(c, t, "first", coupon, disc)
                        if o is not None:
                            ev(cid, t, "tp_first_order", "success", c, order_id=o["order_id"],
                               product_category=o["product_category"], brand=o["brand"], sku=o["sku"],
                               warehouse=c["warehouse"], discount_pct=disc, coupon_code=coupon)
                            first_t = t
                            # subscribe?
                            p_sub = 0.75 if campaign else 0.38
                            if c["pet_type"] == "other":
                                p_sub *= 0.5
                            if r() < p_sub:
                                ts_ = t + timedelta(days=float(rng.exponential(2.5)))
                                if ts_ <= t + timedelta(days=13):
                                    mcoupon = campaign and r() < 0.85
                                    freq = int(choice([14, 30, 30, 30, 45, 60]))
                                    prod = (o["product_category"], o["brand"], o["sku"],
                                            o["gross_amount"] / o["quantity"] / float(rng.uniform(0.97, 1.03)))
                                    sub = dict(start=ts_, freq=freq, coupon="MEOW50" if mcoupon else "", prod=prod,
                                               first_done=False)
                    else:
                        if bug and r() < 0.25:
                            fb(cid, t + timedelta(minutes=5), "tp_checkout", "app_review", "app_checkout", c["lang"],
                               rating=1, device="android", app_version=app_version(t))
            if quiz and r() < 0.08:
                fb(cid, None if r() < 0.1 else t + timedelta(minutes=3), "tp_size_quiz", "app_review", "quiz", c["lang"],
                   rating=int(choice([4, 5])), device=c["device"])

        # ---------- subscription life ----------
        n_paid_extra = 0
        if sub is not None:
            if not sub["first_done"]:
                ts_ = sub["start"]
                disc = 50.0 if sub["coupon"] else 5.0
                if ts_ <= END:
                    ev(cid, ts_, "tp_subscribe", "success", c, ship_frequency_days=sub["freq"], discount_pct=disc,
                       coupon_code=sub["coupon"], product_category=sub["prod"][0], brand=sub["prod"][1], sku=sub["prod"][2])
                    place_order(c, ts_ + timedelta(minutes=2), "auto_ship", sub["coupon"], disc, prod=sub["prod"],
                                freq=sub["freq"])
                t = ts_ + timedelta(days=sub["freq"])
            else:
                t = sub["start"]
                while t < START:
                    t += timedelta(days=sub["freq"])
            # cancellation time
            if sub["coupon"]:
                cancel_at = sub["start"] + timedelta(days=float(rng.uniform(10, 55))) if r() < 0.62 else \
                    sub["start"] + timedelta(days=float(rng.exponential(300)))
            else:
                cancel_at = sub["start"] + timedelta(days=float(rng.exponential(520)))
                if not sub["first_done"] and r() < 0.06:
                    cancel_at = sub["start"] + timedelta(days=float(rng.uniform(5, 55)))
            if c["legacy"] and cancel_at < START:
                cancel_at = START + timedelta(days=float(rng.exponential(400)))
            paused_until = None
            while t <= END and t < cancel_at:
                x = r()
                if x < 0.07:
                    ev(cid, t - timedelta(days=float(rng.uniform(1, 3))), "tp_skip_shipment", "submit", c,
                       ship_frequency_days=sub["freq"])
                elif x < 0.09:
                    tp_ = t - timedelta(days=2)
                    ev(cid, tp_, "tp_pause", "submit", c, ship_frequency_days=sub["freq"])
                    if r() < 0.15:
                        fb(cid, tp_, "tp_pause", "app_review", "cancel_hard", c["lang"], rating=2, device=c["device"])
                    t += timedelta(days=int(choice([30, 60])))
                    continue
                else:
                    disc = 5.0
                    o = place_order(c, t, "auto_ship", "", disc, prod=sub["prod"], freq=sub["freq"])
                    if o is not None:
                        ev(cid, t, "tp_renewal", "success", c, order_id=o["order_id"], ship_frequency_days=sub["freq"],
                           product_category=o["product_category"], brand=o["brand"], sku=o["sku"], discount_pct=disc,
                           warehouse=c["warehouse"])
                        n_paid_extra += o["status"] == "paid"
                    # add-on one-time item
                    if r() < 0.08:
                        cat = choice(["treats", "toys", "vet_care"], [0.5, 0.3, 0.2])
                        o2 = place_order(c, t + timedelta(hours=2), "one_time", "", 0.0, category=cat)
                        if o2 is not None:
                            ev(cid, t + timedelta(hours=2), "tp_repeat_order", "success", c, order_id=o2["order_id"],
                               product_category=cat, brand=o2["brand"], sku=o2["sku"], warehouse=c["warehouse"])
                t += timedelta(days=sub["freq"])
            if cancel_at <= END:
                reason = "coupon_ended" if sub["coupon"] and cancel_at < sub["start"] + timedelta(days=60) else \
                    choice(["too_much_food", "price", "pet_passed_away", "switch_brand", "other"])
                ev(cid, cancel_at, "tp_cancel_sub", "submit", c, ship_frequency_days=sub["freq"],
                   coupon_code=sub["coupon"], cancel_reason=reason)
                if reason == "coupon_ended" and r() < 0.35:
                    fb(cid, cancel_at + timedelta(minutes=10), "tp_cancel_sub", "cancel_survey", "coupon_cancel",
                       c["lang"], rating=int(choice([2, 3])))
                elif reason == "price" and r() < 0.3:
                    fb(cid, cancel_at + timedelta(minutes=10), "tp_cancel_sub", "cancel_survey", "price", c["lang"],
                       rating=int(choice([2, 3])))
                elif r() < 0.05:
                    fb(cid, cancel_at + timedelta(minutes=10), "tp_cancel_sub", "cancel_survey", "cancel_hard",
                       c["lang"], rating=2)
            sub["cancel_at"] = cancel_at
        elif first_t is not None:
            # one-time buyers: repeat orders
            t = first_t
            while True:
                t += timedelta(days=float(rng.exponential(38)) + 5)
                if t > END or r() < 0.38:
                    break
                cat = None if r() < 0.75 else choice(["treats", "toys", "vet_care"], [0.55, 0.35, 0.10])
                o = place_order(c, t, "one_time", "", 0.0, category=cat)
                if o is not None:
                    ev(cid, t, "tp_repeat_order", "success", c, order_id=o["order_id"], product_category=o["product_category"],
                       brand=o["brand"], sku=o["sku"], warehouse=c["warehouse"])
                    n_paid_extra += o["status"] == "paid"
        c["sub"] = sub
        c["signup"] = signup
        c["first_t"] = first_t
        # referral by happy customers
        if first_t is not None and n_paid_extra >= 3 and r() < 0.3:
            tr = first_t + timedelta(days=float(rng.uniform(20, 200)))
            if tr <= END:
                ev(cid, tr, "tp_referral", "share", c)

    # ---------- customers table ----------
    paid_by = {}
    last_paid = {}
    for o in orders:
        if o["status"] == "paid":
            paid_by[o["customer_id"]] = paid_by.get(o["customer_id"], 0) + 1
            last_paid[o["customer_id"]] = max(last_paid.get(o["customer_id"], o["ts"]), o["ts"])
    for c in cust_list:
        n = paid_by.get(c["id"], 0)
        sub = c["sub"]
        if sub is not None and sub.get("cancel_at", END + timedelta(days=1)) > END:
            seg = "active_subscriber"
        elif sub is not None:
            seg = "cancelled_subscriber"
        elif n == 0:
            seg = "prospect"
        elif last_paid[c["id"]] >= END - timedelta(days=90):
            seg = "one_time_buyer"
        else:
            seg = "lapsed"
        tier = "gold" if n >= 12 else ("silver" if n >= 5 else "bronze")
        customers.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=c["region"],
                              acquisition_channel=c["acq"], tier=tier, city=c["city"], province=c["province"],
                              pet_type=c["pet_type"], pet_size=c["pet_size"], breed=c["breed"],
                              primary_device=c["device"], preferred_channel=c["channel"], language=c["lang"],
                              default_warehouse=c["warehouse"]))

    # orders/events in period only
    orders_in = [o for o in orders if START <= o["ts"] <= END]
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events_in = [e for e in events if START <= e["ts"] <= END]
    fb_in = [f for f in feedback if f["ts"] is None or START <= f["ts"] <= END]

    def fmt(v):
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.2f}" if v != int(v) else f"{v:.1f}"
        return v

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.writer(fh)
            wr.writerow(cols)
            for row in rows:
                wr.writerow([fmt(row.get(k)) for k in cols])

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city",
                                   "province", "pet_type", "pet_size", "breed", "primary_device", "preferred_channel",
                                   "language", "default_warehouse"])
    write("events", events_in, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                                "channel", "app_version", "city", "province", "pet_type", "order_id", "product_category",
                                "brand", "sku", "warehouse", "ship_frequency_days", "discount_pct", "coupon_code",
                                "breed", "pet_size", "cancel_reason"])
    write("orders", orders_in, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                                "pet_type", "product_category", "brand", "sku", "quantity", "gross_amount",
                                "discount_pct", "coupon_code", "ship_frequency_days", "warehouse", "city", "province",
                                "delivery_days", "late_delivery", "refund_reason", "app_version"])
    write("feedback", fb_in, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                              "order_id", "warehouse", "brand", "product_category", "pet_type", "city", "device",
                              "app_version", "language", "topic", "sentiment_label"])
    print(f"customers {len(customers)} events {len(events_in)} orders {len(orders_in)} feedback {len(fb_in)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
