"""Bean & Leaf 豆叶咖啡: a coffee chain (10 stores in 5 Chinese cities) with a mobile ordering app and
a stars/points membership, 2025-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 0)
NDAYS = (END.date() - START.date()).days + 1
N_OLD, N_NEW, N_CAMPAIGN = 800, 1100, 300
STAFFING = datetime(2026, 3, 15)          # SH02 (Jing'an Temple) staffing cut: fewer baristas on shift
IOS_BAD = datetime(2026, 4, 20)           # iOS app 5.2.0: payment SDK bug
IOS_FIX = datetime(2026, 5, 12)           # 5.2.1 fixes it
CAMPAIGN = (datetime(2025, 8, 1), datetime(2025, 8, 31, 23, 59))   # SUMMER99: 9.9 latte
D = timedelta

TOUCHPOINTS = [
    ("tp_push", "推送通知", "Push notification", "awareness", "app", "digital", "crm",
     "推送|消息推送|通知|push|push notification|notification"),
    ("tp_coupon_claim", "领券活动", "Coupon campaign claim", "awareness", "app", "digital", "marketing",
     "领券|优惠券|券|9.9活动|coupon|voucher|promo|campaign"),
    ("tp_store_walkby", "门店路过/到店", "Store walk-by", "awareness", "store", "physical", "store_ops",
     "路过门店|到店|门店曝光|walk-by|walk by|foot traffic"),
    ("tp_signup", "注册入会", "Sign-up / join membership", "consideration", "app", "digital", "crm",
     "注册|入会|开卡|sign up|signup|join|registration"),
    ("tp_menu", "浏览菜单", "Menu browse", "consideration", "app", "digital", "product",
     "菜单|点单页|看菜单|menu|browse menu"),
    ("tp_product", "商品详情页", "Product page", "consideration", "app", "digital", "product",
     "商品页|饮品详情|详情页|product page|drink page|item page"),
    ("tp_customize", "饮品定制", "Customize drink", "consideration", "app", "digital", "product",
     "定制|加浓|换奶|少糖|去冰|customize|customise|custom drink|modifiers"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "app", "digital", "product",
     "加购|购物车|add to cart|cart|basket"),
    ("tp_place_order", "提交订单", "Place order", "purchase", "app", "digital", "product",
     "提交订单|下单|结算|place order|checkout|submit order"),
    ("tp_payment", "支付成功", "Payment success", "purchase", "app", "digital", "payments",
     "支付|付款|支付成功|payment|paid|pay"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|扣款失败|payment failed|payment failure|declined|pay fail"),
    ("tp_instore_order", "门店点单", "In-store order", "purchase", "store", "physical", "store_ops",
     "门店点单|柜台点单|堂食点单|in-store order|counter order|walk-in order"),
    ("tp_order_ready", "取餐提醒", "Order ready notification", "service", "app", "digital", "store_ops",
     "出杯提醒|取餐提醒|做好了|order ready|ready notification"),
    ("tp_pickup", "门店取餐", "Pickup at store", "service", "store", "physical", "store_ops",
     "取餐|自提|到店取|等餐|pickup|pick up|collect|wait at pickup"),
    ("tp_delivery", "外送送达", "Delivery", "service", "other", "physical", "delivery",
     "外送|外卖|配送|送达|delivery|delivered"),
    ("tp_wrong_order", "做错单反馈", "Wrong order report", "service", "app", "digital", "store_ops",
     "做错|出错单|拿错|wrong order|wrong drink|incorrect order"),
    ("tp_refund", "退款申请", "Refund request", "service", "app", "digital", "customer_service",
     "退款|退钱|refund|money back"),
    ("tp_cs_chat", "在线客服", "Customer service chat", "service", "app", "digital", "customer_service",
     "客服|在线客服|人工|投诉|customer service|cs chat|support chat|complaint"),
    ("tp_points", "积分到账", "Stars earned", "loyalty", "app", "digital", "crm",
     "积分|星星|攒星|points|stars|stars earned"),
    ("tp_reward_redeem", "兑换奖励", "Reward redeemed", "loyalty", "app", "digital", "crm",
     "兑换|免费饮品|积分兑换|redeem|reward|free drink"),
    ("tp_upgrade", "会员升级", "Membership upgrade", "loyalty", "app", "digital", "crm",
     "升级|会员升级|升金卡|upgrade|tier upgrade|level up"),
]
JOURNEYS = [
    ("mobile_order", "手机点单", "Mobile ordering", 1,
     ["tp_menu", "tp_product", "tp_cart", "tp_place_order", "tp_payment"]),
    ("signup_to_first_order", "注册到首次手机下单", "Sign-up to first mobile order", 14, ["tp_signup", "tp_payment"]),
    ("coupon_to_order", "领券到下单", "Coupon claim to order", 7, ["tp_coupon_claim", "tp_payment"]),
]
STORES = [  # id, city, name_zh, name_en, weight within city, base wait minutes
    ("SH01", "Shanghai", "人民广场店", "People's Square", 1.0, 6.0),
    ("SH02", "Shanghai", "静安寺店", "Jing'an Temple", 1.0, 6.0),
    ("SH03", "Shanghai", "陆家嘴店", "Lujiazui", 1.5, 6.5),
    ("BJ01", "Beijing", "国贸店", "Guomao", 1.2, 6.5),
    ("BJ02", "Beijing", "三里屯店", "Sanlitun", 1.0, 6.0),
    ("HZ01", "Hangzhou", "西湖店", "West Lake", 1.0, 5.5),
    ("HZ02", "Hangzhou", "滨江店", "Binjiang", 1.0, 5.5),
    ("SZ01", "Shenzhen", "南山店", "Nanshan", 1.1, 6.0),
    ("SZ02", "Shenzhen", "福田店", "Futian", 1.0, 6.0),
    ("CD01", "Chengdu", "太古里店", "Taikoo Li", 1.0, 3.8),
]
CITIES = ["Shanghai", "Beijing", "Hangzhou", "Shenzhen", "Chengdu"]
CITY_W = [0.34, 0.22, 0.16, 0.17, 0.11]
EN_SHARE = {"Shanghai": 0.25, "Beijing": 0.2, "Hangzhou": 0.06, "Shenzhen": 0.15, "Chengdu": 0.05}
CATS = ["latte", "americano", "cold_brew", "tea", "frappe", "bakery"]
CAT_W = [0.36, 0.2, 0.12, 0.14, 0.1, 0.08]
PRICE = {"latte": 30, "americano": 26, "cold_brew": 32, "tea": 28, "frappe": 34, "bakery": 22}
SIZES = ["tall", "grande", "venti"]
SIZE_ADD = {"tall": 0, "grande": 3, "venti": 6}
RELEASES = [("5.0.3", datetime(2025, 5, 20)), ("5.1.0", datetime(2025, 11, 10)), ("5.2.0", IOS_BAD),
            ("5.2.1", IOS_FIX)]

T = {  # topic -> (zh templates, en templates); {m} minutes, {s} store
    "long_wait": (["在{s}等了{m}分钟才拿到，太慢了", "手机下单了还要等{m}分钟，取餐区排队的人一堆", "上班快迟到了，等了{m}分钟咖啡还没做好",
                   "最近{s}出杯太慢，每次都要等{m}分钟", "店里人手明显不够，等了{m}分钟"],
                  ["Waited {m} minutes at {s} for a mobile order, way too slow", "Had to wait {m} min for my latte, the pickup area was packed",
                   "{s} is so slow lately, {m} minute wait again", "Ordered ahead and still waited {m} minutes, what's the point of the app"]),
    "wrong_order": (["要的少糖做成了全糖，做错单了", "点的燕麦拿铁给成了普通牛奶，我乳糖不耐受", "拿错了别人的饮品，还得回去换",
                     "备注去冰完全没看，做错了"],
                    ["Got the wrong drink, asked for oat milk and got dairy", "My order was wrong again - full sugar instead of half",
                     "Wrong order, they gave me someone else's cold brew", "The barista ignored my customization, wrong drink"]),
    "payment_fail": (["更新App后支付一直失败，Apple Pay扣不了款", "付款页面转圈然后提示支付失败，试了好几次", "新版本付不了钱，只能去柜台点",
                      "支付失败三次，券也没了，气死"],
                     ["Payment keeps failing since the last update, Apple Pay just errors out", "Can't pay in the app anymore, payment failed 3 times",
                      "Checkout spins forever and then says payment failed", "After updating the app every payment fails on my iPhone"]),
    "spilled": (["外送到的时候洒了一半，冰也化了", "外卖送来杯子漏了，袋子里全是咖啡", "送到已经冰化了，味道很淡"],
                ["Delivery arrived half spilled and the ice had melted", "Cup leaked all over the bag on delivery", "Iced latte arrived watery, all the ice melted"]),
    "points": (["积分一直没到账，订单都完成好几天了", "上周的星星没有加上，客服也说不清"],
               ["My stars never showed up for last week's orders", "Points missing from my account after three orders"]),
    "coupon": (["优惠券显示可用但是结算用不了", "领的券到结算页就不见了"],
               ["The coupon says valid but checkout won't apply it", "Voucher disappeared at checkout"]),
    "price": (["价格有点贵，一杯拿铁三十多", "涨价了，感觉不太值"],
              ["A bit pricey for a latte", "Prices went up again, not great value"]),
    "positive": (["拿铁很好喝，店员也很热情", "燕麦拿铁yyds，出杯也快", "冷萃很顺滑，会回购", "店里环境很舒服，适合办公", "手机点单很方便，到店直接拿"],
                 ["Love the oat latte, staff are super friendly", "Great cold brew and quick service", "Mobile ordering is so convenient, grab and go",
                  "Nice cozy store, good coffee", "Consistently good coffee, my daily stop"]),
    "neutral": (["还行吧，和别家差不多", "咖啡正常水平，没什么特别"],
                ["It's okay, nothing special", "Average coffee, fine for the price"]),
    "app_crash": (["App打开菜单老是闪退", "菜单页加载很慢，经常卡住"],
                  ["App crashes when I open the menu", "Menu page takes forever to load"]),
}
SENT = {"long_wait": "neg", "wrong_order": "neg", "payment_fail": "neg", "spilled": "neg", "points": "neg", "coupon": "neg",
        "price": "neg", "app_crash": "neg", "positive": "pos", "neutral": "neu"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    # weather per city per day
    weather = {}
    for c in CITIES:
        w = []
        for d in range(NDAYS):
            day = START + D(days=d)
            p_rain = (0.32 if day.month in (6, 7, 8) else 0.18) + (0.08 if c in ("Chengdu", "Hangzhou") else 0)
            r = rng.random()
            w.append("rainy" if r < p_rain else ("hot" if day.month in (6, 7, 8) and r < p_rain + 0.35 else
                                                  ("cloudy" if r < p_rain + 0.55 else "sunny")))
        weather[c] = w

    events, orders, feedback, customers = [], [], [], []
    ev_n = [0]
    od_n = [0]

    def ev(cid, ts, tp, action, device, channel, sess, **extra):
        ev_n[0] += 1
        events.append(dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=ts, touchpoint_id=tp, session_id=sess,
                           action=action, device=device, channel=channel, store_id=extra.get("store_id", ""),
                           city=extra.get("city", ""), order_id=extra.get("order_id", ""),
                           app_version=extra.get("app_version", ""), coupon_code=extra.get("coupon_code", ""),
                           new_level=extra.get("new_level", "")))

    def fb(cid, ts, tp, channel, topic, lang, rating=None, nps=None, **extra):
        zh, en = T[topic]
        tpl = (zh if lang == "zh" else en)[rng.integers(len(zh if lang == "zh" else en))]
        st = extra.get("store_id", "")
        sname = next((s[2] if lang == "zh" else s[3]) for s in STORES if s[0] == st) if st else (
            "门店" if lang == "zh" else "the store")
        text = tpl.format(m=extra.get("m", int(rng.integers(15, 26))), s=sname)
        feedback.append(dict(feedback_id=f"F{len(feedback) + 1:06d}", text=text, ts=ts, customer_id=cid,
                             touchpoint_id=tp, channel=channel, rating=rating, nps=nps, store_id=st,
                             city=extra.get("city", ""), order_id=extra.get("order_id", ""),
                             device=extra.get("device", ""), app_version=extra.get("app_version", ""),
                             topic=topic, sentiment_label=SENT[topic]))

    stores_by_city = {c: [s for s in STORES if s[1] == c] for c in CITIES}

    for i in range(N_OLD + N_NEW + N_CAMPAIGN):
        cid = f"C{i + 1:05d}"
        city = CITIES[rng.choice(5, p=CITY_W)]
        ss = stores_by_city[city]
        sw = np.array([s[4] for s in ss]); sw /= sw.sum()
        home = ss[rng.choice(len(ss), p=sw)]
        device = "ios" if rng.random() < 0.55 else "android"
        lang = "en" if rng.random() < EN_SHARE[city] else "zh"
        if i < N_OLD:
            signup = datetime(2023, 1, 1) + D(minutes=int(rng.integers(0, 910 * 1440)))
            acq = rng.choice(["app_store", "wechat_ads", "referral", "store_walkin"], p=[0.3, 0.25, 0.2, 0.25])
        elif i < N_OLD + N_NEW:
            signup = START + D(minutes=int(rng.integers(0, 349 * 1440)))
            acq = rng.choice(["app_store", "wechat_ads", "referral", "store_walkin"], p=[0.3, 0.3, 0.15, 0.25])
        else:
            signup = CAMPAIGN[0] + D(minutes=int(rng.integers(0, 30 * 1440)))
            acq = "coupon_campaign"
        signup = signup.replace(second=0)
        lags = [rel + D(days=float(rng.exponential(4))) for _, rel in RELEASES]

        def version(t):
            v = RELEASES[0][0]
            for (name, _), at in zip(RELEASES, lags):
                if at <= t:
                    v = name
            return v

        pref = {"store_walkin": [0.25, 0.1, 0.65]}.get(acq, [0.55, 0.2, 0.25])
        rate = float(rng.gamma(1.2, 0.42)) / 30.0   # occasions per day
        if acq == "coupon_campaign":
            rate *= 0.7
        churn_first = {"coupon_campaign": 0.65}.get(acq, 0.1)
        churn_later = {"coupon_campaign": 0.12}.get(acq, 0.035)
        t0 = max(signup, START)
        new_in_data = signup >= START
        if new_in_data:
            # acquisition touch before sign-up
            if acq == "store_walkin":
                ev(cid, signup - D(minutes=int(rng.integers(2, 30))), "tp_store_walkby", "visit", "", "store", "",
                   store_id=home[0], city=city)
            ev(cid, signup, "tp_signup", "submit", device, "app", f"S{cid}-0", app_version=version(signup))
        # occasions
        times = []
        t = t0
        first = True
        while True:
            gap = rng.exponential(1 / rate) if not (first and new_in_data) else (
                rng.exponential(0.4) if acq == "coupon_campaign" else rng.exponential(4.0))
            t = t + D(days=float(gap))
            if t > END - D(hours=2):
                break
            times.append(t)
            if rng.random() < (churn_first if first else churn_later):
                break
            first = False
        paid_n = 0
        level = "green"
        if not new_in_data:
            paid_n = int(rng.integers(0, 20))
            level = "diamond" if paid_n >= 15 else ("gold" if paid_n >= 5 else "green")
        coupons = []   # unused claimed coupons
        if acq == "coupon_campaign":
            ev(cid, signup + D(minutes=1), "tp_coupon_claim", "claim", device, "app", f"S{cid}-0",
               coupon_code="SUMMER99", app_version=version(signup))
            coupons.append("SUMMER99")
        elif new_in_data and rng.random() < 0.6:
            ev(cid, signup + D(minutes=2), "tp_coupon_claim", "claim", device, "app", f"S{cid}-0",
               coupon_code="NEWBIE5", app_version=version(signup))
            coupons.append("NEWBIE5")
        if not new_in_data and rng.random() < 0.3:
            ct = CAMPAIGN[0] + D(minutes=int(rng.integers(0, 28 * 1440)))
            ev(cid, ct, "tp_coupon_claim", "claim", device, "app", f"S{cid}-c", coupon_code="SUMMER99",
               app_version=version(ct))
            sum_t = ct + D(days=float(rng.exponential(2)))
            times.append(sum_t)
            times.sort()
            claimed_at = ct
        else:
            claimed_at = sum_t = None
        last_paid = None
        sess_k = 0
        for k, t in enumerate(times):
            hour = int(rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
                                  p=[.06, .14, .13, .07, .06, .1, .1, .06, .08, .06, .05, .04, .03, .02]))
            t = t.replace(hour=hour, minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)), microsecond=0)
            if t > END or t < t0:
                continue
            day_idx = (t.date() - START.date()).days
            store = home if rng.random() < 0.85 else ss[rng.integers(len(ss))]
            wthr = weather[city][day_idx]
            p = np.array(pref, dtype=float)
            if wthr == "rainy":
                p[1] *= 3.0
            p /= p.sum()
            chan = ["app_pickup", "delivery", "in_store"][rng.choice(3, p=p)]
            coupon = ""
            if claimed_at is not None and t.date() == sum_t.date() and k == times.index(sum_t):
                t = max(t, claimed_at + D(minutes=20))
                coupons.append("SUMMER99")
            if coupons and chan == "in_store":
                chan = "app_pickup"
            if coupons:
                coupon = coupons.pop(0)
            elif chan == "delivery" and wthr == "rainy" and rng.random() < 0.45:
                coupon = "RAINY20"
            elif chan != "in_store" and t.weekday() == 2 and rng.random() < 0.35:
                coupon = "MEMBERDAY"
            redeem = paid_n > 0 and paid_n % 6 == 0 and rng.random() < 0.6 and not coupon
            if redeem:
                coupon = "REWARD"
            cat = "latte" if coupon == "SUMMER99" else CATS[rng.choice(6, p=CAT_W)]
            if cat in ("cold_brew", "frappe") and t.month in (12, 1, 2) and rng.random() < 0.5:
                cat = "latte"
            size = "tall" if cat == "bakery" else SIZES[rng.choice(3, p=[0.35, 0.45, 0.2])]
            items = int(rng.choice([1, 2, 3], p=[0.72, 0.2, 0.08]))
            first_price = PRICE[cat] + SIZE_ADD[size]
            subtotal = first_price + sum(PRICE[CATS[rng.choice(6, p=CAT_W)]] for _ in range(items - 1))
            fee = 6 if chan == "delivery" else 0
            disc = {"SUMMER99": first_price - 9.9, "NEWBIE5": 5.0, "RAINY20": round(subtotal * 0.2, 1),
                    "MEMBERDAY": round(subtotal * 0.25, 1), "REWARD": float(first_price), "": 0.0}[coupon]
            amount = round(subtotal + fee - disc, 1)
            ver = version(t) if chan != "in_store" else ""
            dev = device if chan != "in_store" else ""
            base = dict(store_id=store[0], city=city)
            sess_k += 1
            sess = f"S{cid}-{sess_k}"

            def order_row(oid, ts, status, reason="", wait=None, dmin=None, pay=""):
                orders.append(dict(order_id=oid, customer_id=cid, ts=ts, amount=amount, status=status, channel=chan,
                                   device=dev, store_id=store[0], store_name=store[2], store_name_en=store[3], city=city,
                                   drink_category=cat, cup_size=size, items=items, subtotal=float(subtotal),
                                   delivery_fee=float(fee), discount=float(round(disc, 1)), coupon_code=coupon,
                                   member_level=level, app_version=ver, payment_method=pay, weather=wthr,
                                   wait_minutes=wait, delivery_minutes=dmin, cancel_or_refund_reason=reason))

            def new_oid():
                od_n[0] += 1
                return f"O{od_n[0]:07d}"

            if chan == "in_store":
                oid = new_oid()
                pay_ts = t
                ev(cid, t, "tp_instore_order", "success", "", "store", "", order_id=oid, **base)
                pay = rng.choice(["wechat_pay", "alipay", "card"], p=[0.5, 0.35, 0.15])
            else:
                if rng.random() < 0.25:
                    ev(cid, t - D(minutes=int(rng.integers(3, 40))), "tp_push", "open", dev, "app", sess, app_version=ver)
                tt = t
                ev(cid, tt, "tp_menu", "view", dev, "app", sess, app_version=ver)
                tt += D(seconds=int(rng.integers(10, 90)))
                ev(cid, tt, "tp_product", "view", dev, "app", sess, app_version=ver)
                if rng.random() < 0.6:
                    tt += D(seconds=int(rng.integers(10, 60)))
                    ev(cid, tt, "tp_customize", "click", dev, "app", sess, app_version=ver)
                tt += D(seconds=int(rng.integers(5, 40)))
                ev(cid, tt, "tp_cart", "click", dev, "app", sess, app_version=ver)
                tt += D(seconds=int(rng.integers(5, 60)))
                oid = new_oid()
                ev(cid, tt, "tp_place_order", "submit", dev, "app", sess, order_id=oid, app_version=ver,
                   coupon_code=coupon, **base)
                if rng.random() < 0.015:
                    order_row(oid, tt, "cancelled", "customer_cancelled")
                    continue
                ok = False
                for attempt in range(3):
                    pay = rng.choice(["wechat_pay", "alipay", "apple_pay"] if device == "ios" else ["wechat_pay", "alipay"],
                                     p=[0.5, 0.3, 0.2] if device == "ios" else [0.6, 0.4])
                    pf = 0.38 if (device == "ios" and ver == "5.2.0") else 0.02
                    tt += D(seconds=int(rng.integers(5, 30)))
                    if rng.random() < pf:
                        ev(cid, tt, "tp_pay_fail", "fail", dev, "app", sess, order_id=oid, app_version=ver, **base)
                        order_row(oid, tt, "cancelled", "payment_failed", pay=pay)
                        if rng.random() < 0.12:
                            ctt = tt + D(minutes=int(rng.integers(2, 30)))
                            ev(cid, ctt, "tp_cs_chat", "open", dev, "app", sess, app_version=ver, **base)
                            fb(cid, ctt, "tp_cs_chat", "cs_chat", "payment_fail", lang,
                               rating=(int(rng.choice([1, 2, 3])) if rng.random() < 0.5 else None),
                               device=dev, app_version=ver, order_id=oid, **base)
                        if ver == "5.2.0" and device == "ios" and rng.random() < 0.45:
                            fb(cid, tt + D(minutes=int(rng.integers(5, 120))), "tp_pay_fail", "app_review", "payment_fail",
                               lang, rating=int(rng.choice([1, 2], p=[0.8, 0.2])), device=dev, app_version=ver)
                        if rng.random() < 0.55:
                            tt += D(minutes=int(rng.integers(1, 5)))
                            oid = new_oid()
                            ev(cid, tt, "tp_place_order", "submit", dev, "app", sess, order_id=oid, app_version=ver,
                               coupon_code=coupon, **base)
                            continue
                        break
                    ok = True
                    break
                if not ok:
                    if coupon in ("SUMMER99", "NEWBIE5"):
                        coupons.insert(0, coupon)
                    continue
                pay_ts = tt
                ev(cid, pay_ts, "tp_payment", "success", dev, "app", sess, order_id=oid, app_version=ver,
                   coupon_code=coupon, **base)
            # fulfilment
            wait = dmin = None
            if chan in ("app_pickup", "in_store"):
                mean = store[5] + (2.0 if hour in (8, 9, 12, 13) else 0.0)
                if store[0] == "SH02" and t >= STAFFING:
                    mean += 8.0
                wait = round(float(rng.gamma(4.0, mean / 4.0)) + 0.5, 1)
                done = pay_ts + D(minutes=wait)
                if chan == "app_pickup":
                    ev(cid, done - D(minutes=round(min(wait * 0.3, 3), 1)), "tp_order_ready", "notify", dev, "app", sess,
                       order_id=oid, app_version=ver, **base)
                    ev(cid, done, "tp_pickup", "pickup", "", "store", sess, order_id=oid, **base)
            else:
                dmin = round(22 + float(rng.gamma(3.0, 3.0)) + (8 if wthr == "rainy" else 0), 1)
                done = pay_ts + D(minutes=dmin)
                ev(cid, done, "tp_delivery", "delivered", dev, "app", sess, order_id=oid, **base)
            if redeem:
                ev(cid, pay_ts, "tp_reward_redeem", "redeem", dev, "app" if dev else "store", sess, order_id=oid,
                   coupon_code="REWARD", **base)
            # issues
            status, reason = "paid", ""
            p_wrong = 0.07 if (store[0] == "SH02" and t >= STAFFING) else 0.022
            issue = None
            if chan != "delivery" and rng.random() < p_wrong:
                issue = "wrong_order"
            elif chan == "delivery" and rng.random() < 0.035:
                issue = "spilled"
            elif wait is not None and wait > 15 and rng.random() < 0.12:
                issue = "long_wait"
            elif rng.random() < 0.006:
                issue = "quality"
            if issue:
                it = done + D(minutes=int(rng.integers(3, 40)))
                idev = dev or device
                if issue == "wrong_order":
                    ev(cid, it, "tp_wrong_order", "submit", idev, "app", sess, order_id=oid, **base)
                if rng.random() < (0.7 if issue != "long_wait" else 0.6):
                    it2 = it + D(minutes=int(rng.integers(1, 10)))
                    ev(cid, it2, "tp_refund", "submit", idev, "app", sess, order_id=oid, **base)
                    status, reason = "refunded", issue
                if issue != "quality" and rng.random() < 0.4:
                    it3 = it + D(minutes=int(rng.integers(2, 30)))
                    ev(cid, it3, "tp_cs_chat", "open", idev, "app", sess, order_id=oid, **base)
                    fb(cid, it3, "tp_cs_chat", "cs_chat", issue, lang,
                       rating=(int(rng.choice([1, 2, 3, 4], p=[.35, .3, .2, .15])) if rng.random() < 0.5 else None),
                       m=int(wait) if wait else 20, order_id=oid, device=idev, **base)
            order_row(oid, pay_ts, status, reason, wait=wait, dmin=dmin, pay=pay)
            paid_n += 1
            last_paid = pay_ts
            ev(cid, done + D(minutes=1), "tp_points", "earn", dev or device, "app", sess, order_id=oid, **base)
            for lv, thr in (("gold", 5), ("diamond", 15)):
                if paid_n == thr:
                    level = lv
                    ev(cid, done + D(minutes=2), "tp_upgrade", "upgrade", dev or device, "app", sess, new_level=lv)
            # post-order survey
            unhappy = bool(issue) or (wait is not None and wait > 12)
            if rng.random() < (0.16 if unhappy else 0.07):
                st_ = done + D(hours=int(rng.integers(1, 30)))
                if st_ <= END:
                    if issue in ("wrong_order", "spilled"):
                        topic, nps = issue, int(rng.integers(0, 5))
                    elif wait is not None and wait > 12:
                        topic, nps = "long_wait", int(rng.integers(0, 7))
                    else:
                        r = rng.random()
                        topic = "positive" if r < 0.6 else ("neutral" if r < 0.82 else "price")
                        nps = int(rng.choice([9, 10])) if topic == "positive" and rng.random() < 0.8 else (
                            int(rng.integers(7, 9)) if topic != "price" else int(rng.integers(3, 8)))
                    rating = int(np.clip(round(nps / 2.2 + rng.normal(0.3, 0.5)), 1, 5))
                    tp = {"app_pickup": "tp_pickup", "delivery": "tp_delivery", "in_store": "tp_instore_order"}[chan]
                    if topic == "wrong_order":
                        tp = "tp_wrong_order"
                    fb(cid, st_, tp, "survey", topic, lang, rating=rating, nps=nps, m=int(wait) if wait else 20,
                       order_id=oid, device=dev, **base)
        # browse-only app sessions
        n_app = sum(1 for o in orders[-60:] if o["customer_id"] == cid and o["channel"] != "in_store")
        for _ in range(int(rng.poisson(0.45 * n_app + 0.4))):
            bt = t0 + D(minutes=int(rng.integers(0, max(1, int((END - t0).total_seconds() // 60) - 60))))
            bt = bt.replace(hour=int(rng.integers(7, 22)))
            if bt > END:
                continue
            ver = version(bt)
            sess_k += 1
            sess = f"S{cid}-{sess_k}"
            ev(cid, bt, "tp_menu", "view", device, "app", sess, app_version=ver)
            if rng.random() < 0.55:
                bt += D(seconds=int(rng.integers(10, 90)))
                ev(cid, bt, "tp_product", "view", device, "app", sess, app_version=ver)
                if rng.random() < 0.25:
                    bt += D(seconds=int(rng.integers(10, 60)))
                    ev(cid, bt, "tp_cart", "click", device, "app", sess, app_version=ver)
        if new_in_data and rng.random() < 0.5 and acq != "store_walkin":
            pt = signup + D(days=float(rng.uniform(1, 200)))
            if pt < END:
                ev(cid, pt, "tp_push", "open", device, "app", f"S{cid}-p", app_version=version(pt))
        # segment at end of data
        if signup >= END - D(days=30):
            seg = "new"
        elif last_paid is None:
            seg = "never_ordered" if new_in_data else "churned"
        elif last_paid >= END - D(days=45):
            seg = "active"
        elif last_paid >= END - D(days=90):
            seg = "at_risk"
        else:
            seg = "churned"
        region = {"Shanghai": "华东", "Hangzhou": "华东", "Beijing": "华北", "Shenzhen": "华南", "Chengdu": "西南"}[city]
        customers.append(dict(customer_id=cid, signup_at=signup, segment=seg, region=region,
                              acquisition_channel=acq, tier=level, city=city, home_store_id=home[0],
                              primary_device=device, language=lang))

    # standalone app reviews (some without a date) and CS chats about points / coupons
    cust_by_id = {c["customer_id"]: c for c in customers}
    ids = list(cust_by_id)
    for j in range(560):
        c = cust_by_id[ids[rng.integers(len(ids))]]
        r = rng.random()
        topic = "positive" if r < 0.45 else ("neutral" if r < 0.6 else ("app_crash" if r < 0.75 else (
            "price" if r < 0.85 else ("points" if r < 0.93 else "coupon"))))
        ts = START + D(minutes=int(rng.integers(0, NDAYS * 1440)))
        rating = {"positive": int(rng.choice([4, 5], p=[.3, .7])), "neutral": 3, "app_crash": int(rng.choice([1, 2])),
                  "price": int(rng.choice([2, 3])), "points": int(rng.choice([1, 2])), "coupon": int(rng.choice([1, 2, 3]))}[topic]
        tp = {"positive": "tp_menu", "neutral": "tp_menu", "app_crash": "tp_menu", "price": "tp_product",
              "points": "tp_points", "coupon": "tp_coupon_claim"}[topic]
        fb(c["customer_id"], None if j % 9 == 0 else ts, tp, "app_review", topic, c["language"], rating=rating,
           device=c["primary_device"])
    for j in range(160):
        c = cust_by_id[ids[rng.integers(len(ids))]]
        topic = "points" if j % 2 else "coupon"
        ts = START + D(minutes=int(rng.integers(0, NDAYS * 1440)))
        fb(c["customer_id"], ts, "tp_points" if topic == "points" else "tp_coupon_claim", "cs_chat", topic,
           c["language"], rating=(int(rng.choice([2, 3, 4])) if j % 3 == 0 else None), city=c["city"])

    # fill city on feedback from the customer where missing
    for f in feedback:
        if not f["city"] and f["customer_id"]:
            f["city"] = cust_by_id[f["customer_id"]]["city"]

    def fmt(v):
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        return "" if v is None else v

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r[c]) for c in cols])

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
                                   t[:1] + t[1:3] + t[3:])) | {"name": t[1] + " / " + t[2]} for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh + " / " + en, journey_name_zh=zh, journey_name_en=en,
                           step=k, touchpoint_id=tp, window_days=win))
    write("journeys", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                           "window_days"])
    write("customers", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city",
                                   "home_store_id", "primary_device", "language"])
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                             "store_id", "city", "order_id", "app_version", "coupon_code", "new_level"])
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "store_id",
                             "store_name", "store_name_en", "city", "drink_category", "cup_size", "items", "subtotal",
                             "delivery_fee", "discount", "coupon_code", "member_level", "app_version", "payment_method",
                             "weather", "wait_minutes", "delivery_minutes", "cancel_or_refund_reason"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                 "store_id", "city", "order_id", "device", "app_version", "topic", "sentiment_label"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
