"""蜂鸟快送 / HummingGo: food delivery and local services in Chinese and Southeast-Asian cities,
2025-03-01 .. 2026-07-31.

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

SEED = 20260731
START = datetime(2025, 3, 1)
END = datetime(2026, 7, 31, 23, 59, 0)
N = 2400
CHENGDU_POLICY = datetime(2026, 4, 1)     # rider policy change in Chengdu: up to 5 stacked orders per rider
GRABPAY_BREAK = datetime(2026, 5, 20)     # GrabPay SDK / gateway change: payments fail
D = timedelta

TOUCHPOINTS = [
    ("tp_ad", "广告/推送", "Ad / push", "awareness", "ads", "digital", "growth",
     "广告|推送|投放|push|ad|ads|campaign"),
    ("tp_signup", "注册", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|新用户注册|登录|sign up|signup|registration"),
    ("tp_coupon_claim", "领取新人券", "Claim new-user coupon", "consideration", "app", "digital", "growth",
     "领券|新人券|新人红包|满减券|coupon|voucher|welcome voucher|new-user coupon"),
    ("tp_home", "首页/搜索", "Home / search", "consideration", "app", "digital", "product",
     "首页|搜索|打开App|逛|home|search|app open|browse"),
    ("tp_store", "商家店铺页", "Store page", "consideration", "app", "digital", "merchant_success",
     "店铺|商家页|菜单|店铺页|store|merchant page|menu|restaurant page"),
    ("tp_cart", "购物车", "Cart", "purchase", "app", "digital", "product",
     "加购|购物车|cart|add to cart|basket"),
    ("tp_pay_success", "支付成功（下单）", "Order paid", "purchase", "app", "digital", "payments",
     "下单|支付|付款|支付成功|order|checkout|payment|paid|place order"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|扣款失败|payment failed|payment failure|declined"),
    ("tp_merchant_accept", "商家接单", "Merchant accepts", "service", "other", "digital", "merchant_success",
     "接单|商家接单|出餐|merchant accept|accepted|preparing"),
    ("tp_rider_pickup", "骑手取餐", "Rider pickup", "service", "other", "physical", "logistics",
     "取餐|骑手取货|到店取餐|pickup|picked up|rider pickup"),
    ("tp_delivered", "送达", "Delivered", "service", "other", "physical", "logistics",
     "送达|配送|骑手送达|外卖到了|delivered|delivery|drop-off"),
    ("tp_order_cancel", "取消订单", "Order cancelled", "service", "app", "digital", "customer_service",
     "取消订单|商家拒单|取消|cancel|cancellation|merchant rejected"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "customer_service",
     "退款|退钱|售后|refund|money back"),
    ("tp_cs_ticket", "客服工单", "Support ticket", "service", "other", "digital", "customer_service",
     "客服|工单|投诉|人工客服|support|ticket|complaint|customer service"),
]
JOURNEYS = [
    ("browse_to_order", "浏览到下单", "Browse to order", 1, ["tp_home", "tp_store", "tp_cart", "tp_pay_success"]),
    ("order_to_delivered", "下单到送达", "Order to delivered", 1,
     ["tp_pay_success", "tp_merchant_accept", "tp_rider_pickup", "tp_delivered"]),
    ("signup_to_first_order", "注册到首单", "Sign-up to first order", 14, ["tp_signup", "tp_pay_success"]),
]
CITIES = [("Shanghai", 0.18), ("Hangzhou", 0.10), ("Guangzhou", 0.14), ("Shenzhen", 0.12), ("Chengdu", 0.14),
          ("Singapore", 0.12), ("Kuala Lumpur", 0.10), ("Bangkok", 0.10)]
REGION = {"Shanghai": "华东", "Hangzhou": "华东", "Guangzhou": "华南", "Shenzhen": "华南", "Chengdu": "西南",
          "Singapore": "东南亚", "Kuala Lumpur": "东南亚", "Bangkok": "东南亚"}
CITY_ZH = {"Shanghai": "上海", "Hangzhou": "杭州", "Guangzhou": "广州", "Shenzhen": "深圳", "Chengdu": "成都"}
SEA = {"Singapore", "Kuala Lumpur", "Bangkok"}
ZH_SHARE = {"Singapore": 0.4, "Kuala Lumpur": 0.3, "Bangkok": 0.05}
CITY_MIN = {"Shanghai": 0, "Hangzhou": -1, "Guangzhou": 0, "Shenzhen": 1, "Chengdu": -1, "Singapore": 1,
            "Kuala Lumpur": 2, "Bangkok": 2}
ACQ_CN = [("app_store", 0.34), ("mini_program", 0.26), ("social_ads", 0.22), ("referral", 0.12), ("offline_flyer", 0.06)]
ACQ_SEA = [("app_store", 0.48), ("social_ads", 0.30), ("referral", 0.14), ("offline_flyer", 0.08)]
FIRST_P = {"app_store": 0.66, "mini_program": 0.7, "social_ads": 0.33, "referral": 0.82, "offline_flyer": 0.5}
CATS = [("restaurant", 0.55), ("dessert_drinks", 0.15), ("grocery", 0.12), ("fresh_produce", 0.12), ("pharmacy", 0.06)]
BASKET = {"restaurant": 44, "dessert_drinks": 27, "grocery": 68, "fresh_produce": 82, "pharmacy": 58}
DELIV = {"restaurant": (33, 8), "dessert_drinks": (28, 7), "grocery": (30, 7), "fresh_produce": (32, 8),
         "pharmacy": (24, 6)}
PROMISE = {"restaurant": 40, "dessert_drinks": 35, "grocery": 40, "fresh_produce": 45, "pharmacy": 30}
MERCH_ZH = {"restaurant": ["老成都冒菜", "阿姨私房菜", "川味小馆", "兰州牛肉面", "潮汕砂锅粥", "沙县小吃", "黄焖鸡米饭",
                           "麦香汉堡", "寿司小町", "湘里人家", "港式茶餐厅", "东北饺子馆"],
            "dessert_drinks": ["一点点奶茶", "茶百道", "幸运咖", "鲜果捞甜品"],
            "grocery": ["便利蜂", "美宜佳", "社区生活超市"],
            "fresh_produce": ["叮咚鲜果", "每日鲜蔬", "盒鲜生活", "百果园"],
            "pharmacy": ["大参林药房", "老百姓大药房"]}
MERCH_EN = {"restaurant": ["Nasi Lemak House", "Chicken Rice Corner", "Pad Thai Express", "Laksa King",
                           "Burger Lab", "Sushi Go", "Mee Goreng Stall", "Curry Leaf", "Dim Sum Garden"],
            "dessert_drinks": ["Boba Bliss", "Kopi Corner", "Cha Yen Bar"],
            "grocery": ["FairMart", "7-Daily", "Mini Mart 24"],
            "fresh_produce": ["Fresh Farm Direct", "Pasar Fresh", "Green Basket"],
            "pharmacy": ["Guardian Care", "HealthPlus Pharmacy"]}

T = dict(
    late=dict(neg=[("骑手超时快半小时，饭都凉了", "Rider was half an hour late and the food was cold"),
                   ("预计35分钟送达，结果等了一个多小时", "App said 35 minutes, it took over an hour"),
                   ("骑手一次接太多单，先绕路送别人的，我的超时了", "Rider had several orders stacked and mine came last, very late"),
                   ("送达时间一直往后跳，催单也没用，汤都凉透了", "Delivery time kept getting pushed back, soup was stone cold"),
                   ("外卖超时还不赔付，骑手也联系不上", "Late delivery and couldn't reach the rider at all")]),
    rider_good=dict(pos=[("骑手小哥很准时，态度也好", "Rider was on time and polite"),
                         ("送得很快，还帮忙拿上楼", "Super fast delivery, rider brought it upstairs"),
                         ("提前送到了，饭还是热的", "Arrived early and the food was still hot")],
                    neu=[("送达时间还行，正常", "Delivery time was okay, nothing special")]),
    fresh=dict(neg=[("买的草莓一半是烂的，太不新鲜了", "Half the strawberries were mouldy, not fresh at all"),
                    ("青菜都蔫了，一点都不新鲜", "Vegetables arrived wilted, clearly not fresh"),
                    ("肉有异味，申请退款了", "The pork smelled off, I asked for a refund"),
                    ("鸡蛋碎了好几个，水果也压坏了", "Several eggs broken and the fruit was bruised"),
                    ("鱼不新鲜，冰袋都化了", "Fish wasn't fresh, the ice pack had melted")],
               pos=[("水果很新鲜，包装也好", "Fruit was fresh and nicely packed"),
                    ("蔬菜很水灵，比菜市场还新鲜", "Veggies were crisp and fresh, better than the wet market")]),
    food=dict(neg=[("分量太少了，和图片不符", "Portion was tiny compared to the photo"),
                   ("漏送了一份饮料，商家不认", "A drink was missing from my order"),
                   ("菜太咸了，下次不点了", "Way too salty, won't order again")],
              pos=[("味道很好，还会再点", "Tasty, will order again"),
                   ("包装很用心，汤一点没洒", "Well packed, nothing spilled"),
                   ("性价比很高，分量足", "Great value, generous portion")]),
    drinks=dict(neg=[("奶茶洒了一半，袋子里全是", "Bubble tea spilled all over the bag"),
                     ("冰都化了，太甜", "Ice had melted and it was too sweet")],
                pos=[("奶茶好喝，送来还是冰的", "Drink arrived still cold, tasty")]),
    grocery=dict(neg=[("少送了一瓶酱油", "One item missing from the grocery order")],
                 pos=[("超市日用品半小时就到，很方便", "Groceries in 30 minutes, very convenient")]),
    pharmacy=dict(neg=[("药品缺货也不提前通知", "They were out of stock and didn't tell me")],
                  pos=[("买药很快，半小时就到了", "Got my medicine within 25 minutes, lifesaver")]),
    grabpay=dict(neg=[("GrabPay一直支付失败，订单自动取消了", "GrabPay payment keeps failing at checkout, order got cancelled"),
                      ("用GrabPay付款失败了三次，只能换信用卡", "Payment with GrabPay failed 3 times, had to switch to my card"),
                      ("GrabPay扣款失败但钱好像被冻结了", "GrabPay says payment failed but the money is on hold")]),
    payfail=dict(neg=[("支付页面卡住了，付不了款", "Checkout page froze and payment didn't go through")]),
    coupon=dict(neg=[("新人券用完就没优惠了，比别家贵", "After the welcome voucher everything is pricier than other apps"),
                     ("满减券门槛太高，凑单好麻烦", "Coupon minimum spend is too high, annoying"),
                     ("满减券结算时用不了", "Coupon wouldn't apply at checkout")]),
    fee=dict(neg=[("配送费太贵了，比菜还贵", "Delivery fee is too high for such a small order")]),
    app=dict(neg=[("App老是闪退", "App keeps crashing"),
                  ("搜索结果很乱，找不到想吃的", "Search results are messy, can't find anything")],
             pos=[("App很好用，下单方便", "Smooth app, easy to reorder"),
                  ("会员免配送费很划算", "Free delivery with membership is great value"),
                  ("选择很多，半夜也能点到吃的", "Lots of choice, even late at night")]),
    refund=dict(neg=[("退款到现在还没到账", "Still waiting for my refund after 5 days")]),
)
ISSUE = {"late": "late_delivery", "fresh": "quality", "food": "quality", "drinks": "quality", "grocery": "missing_item",
         "pharmacy": "out_of_stock", "grabpay": "payment_failed", "payfail": "payment_failed", "refund": "refund_delay",
         "coupon": "coupon", "fee": "pricing", "app": "app"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, fb, custs = [], [], [], []
    span = (END - START).total_seconds()

    def pick(opts):
        p = np.array([o[1] for o in opts])
        return opts[int(rng.choice(len(opts), p=p / p.sum()))][0]

    def rnd(lo, hi):
        return float(rng.uniform(lo, hi))

    # merchants and riders per city
    merchants = {}
    mid = 0
    for city, _ in CITIES:
        names = MERCH_EN if city in SEA else MERCH_ZH
        for cat, _w in CATS:
            lst = []
            for nm in names[cat]:
                mid += 1
                lst.append((f"M{mid:04d}", nm + ("" if city in SEA else f"（{CITY_ZH[city]}店）")))
            merchants[(city, cat)] = lst
    riders = {city: [f"R{i:02d}{j:03d}" for j in range(1, 61)] for i, (city, _) in enumerate(CITIES, 1)}

    def ev(c, t, tp, action, **kw):
        if START <= t <= END:
            events.append(dict(cid=c["id"], ts=t, tp=tp, action=action, dev=c["dev"], ch=c["ch"], city=c["city"], **kw))
        return t

    def comment(c, t, tp, topic, sent, channel, rating=None, **kw):
        if t is not None and t > END:
            return
        opts = T[topic][sent]
        zh, en = opts[int(rng.integers(len(opts)))]
        english = c["city"] in SEA and rng.random() > ZH_SHARE[c["city"]]
        fb.append(dict(text=en if english else zh, ts=t, cid=c["id"], tp=tp, channel=channel, sent=sent,
                       rating=rating, city=c["city"], topic=topic, cat=kw.get("cat", ""), oid=kw.get("oid", ""),
                       rider=kw.get("rider", ""), issue=kw.get("issue", ""), pay=kw.get("pay", "")))

    def star(sent):
        if sent == "neg":
            return int(rng.choice([1, 2], p=[0.6, 0.4]))
        if sent == "neu":
            return 3
        return int(rng.choice([4, 5], p=[0.35, 0.65]))

    def browse(c, t, depth):
        sid = f"S{c['id'][1:]}{c['ns']:04d}"
        c["ns"] += 1
        ev(c, t, "tp_home", "view", sess=sid)
        if depth >= 2:
            ev(c, t + D(minutes=rnd(0.5, 4)), "tp_store", "view", sess=sid)
        if depth >= 3:
            ev(c, t + D(minutes=rnd(4.5, 8)), "tp_cart", "click", sess=sid)

    def place(c, t, first, retry_of=None, force_pay=None):
        """One order attempt at time t (payment time). Returns True if paid (not failed)."""
        sid = f"S{c['id'][1:]}{c['ns']:04d}"
        c["ns"] += 1
        cat = c["fav"] if rng.random() < 0.5 else pick(CATS)
        if retry_of is None:
            ev(c, t - D(minutes=rnd(9, 15)), "tp_home", "view", sess=sid)
            ev(c, t - D(minutes=rnd(5, 8.5)), "tp_store", "view", sess=sid, cat=cat)
            ev(c, t - D(minutes=rnd(1, 4.5)), "tp_cart", "click", sess=sid, cat=cat)
        else:
            cat = retry_of["cat"]
        m_id, m_name = merchants[(c["city"], cat)][int(rng.integers(len(merchants[(c["city"], cat)])))]
        if retry_of is not None:
            m_id, m_name = retry_of["m_id"], retry_of["m_name"]
        items = round(float(np.clip(rng.lognormal(np.log(BASKET[cat]), 0.35), 8, 400)), 1)
        fee = 0.0 if c["tier"] == "bee_plus" else float(rng.choice([3, 4, 5, 6]) + (3 if c["city"] in SEA else 0))
        coupon, disc = "none", 0.0
        if first and c["newcoupon"]:
            coupon, disc = "new_user", 15.0 if items >= 30 else 8.0
        elif rng.random() < 0.2 and items >= 30:
            coupon, disc = "full_reduction", (10.0 if items >= 60 else 5.0)
        elif fee > 0 and rng.random() < 0.06:
            coupon, disc = "free_delivery", fee
        amount = round(items + fee - disc, 2)
        pay = force_pay or (c["pay"] if rng.random() < 0.88 else
                            pick([("grabpay", 0.4), ("credit_card", 0.45), ("cash_on_delivery", 0.15)]
                                 if c["city"] in SEA else [("wechat_pay", 0.55), ("alipay", 0.45)]))
        o = dict(cid=c["id"], ts=t, amount=amount, items=items, fee=fee, disc=disc, coupon=coupon, pay=pay, cat=cat,
                 m_id=m_id, m_name=m_name, city=c["city"], dev=c["dev"], ch=c["ch"], tier=c["tier"], status="paid",
                 reason="", minutes=None, promised=PROMISE[cat], rider="", first=first)
        pfail = 0.015 if pay != "cash_on_delivery" else 0.0
        if pay == "grabpay" and t >= GRABPAY_BREAK:
            pfail = 0.38
        if rng.random() < pfail:
            ev(c, t, "tp_pay_fail", "fail", sess=sid, cat=cat, pay=pay, oid=len(orders))
            o.update(status="cancelled", reason="payment_failed")
            orders.append(o)
            if pay == "grabpay" and t >= GRABPAY_BREAK and rng.random() < 0.22:
                tk = ev(c, t + D(minutes=rnd(10, 600)), "tp_cs_ticket", "submit", pay=pay)
                comment(c, tk, "tp_cs_ticket", "grabpay", "neg", "ticket", issue="payment_failed", pay=pay,
                        oid=len(orders) - 1)
            elif pay == "grabpay" and t >= GRABPAY_BREAK and rng.random() < 0.08:
                comment(c, t + D(hours=rnd(1, 30)), "tp_pay_fail", "grabpay", "neg", "app_review", star("neg"), pay=pay)
            elif rng.random() < 0.05:
                comment(c, t + D(hours=rnd(1, 30)), "tp_pay_fail", "payfail", "neg", "app_review", star("neg"), pay=pay)
            if retry_of is None and rng.random() < (0.55 if pay == "grabpay" else 0.75):
                alt = "credit_card" if c["city"] in SEA else ("alipay" if pay == "wechat_pay" else "wechat_pay")
                return place(c, t + D(minutes=rnd(1, 5)), first, retry_of=o, force_pay=alt)
            return False
        oid = len(orders)
        orders.append(o)
        ev(c, t, "tp_pay_success", "success", sess=sid, cat=cat, pay=pay, oid=oid)
        if rng.random() < 0.025:
            ev(c, t + D(minutes=rnd(0.5, 3)), "tp_order_cancel", "cancel", sess=sid, cat=cat, oid=oid)
            o.update(status="cancelled", reason="customer_cancelled")
            return True
        if rng.random() < 0.02:
            ev(c, t + D(minutes=rnd(2, 8)), "tp_order_cancel", "merchant_reject", sess=sid, cat=cat, oid=oid)
            o.update(status="cancelled", reason="merchant_rejected")
            return True
        mu, sd = DELIV[cat]
        mins = rng.normal(mu + CITY_MIN[c["city"]], sd)
        hour = t.hour
        if hour in (11, 12, 18, 19):
            mins += 3
        if c["city"] == "Chengdu" and t >= CHENGDU_POLICY:
            mins += rng.normal(12, 9)
        mins = int(round(max(11, mins)))
        rider = riders[c["city"]][int(rng.integers(60))]
        o.update(minutes=mins, rider=rider)
        ev(c, t + D(minutes=rnd(0.5, 4)), "tp_merchant_accept", "accept", sess=sid, cat=cat, oid=oid)
        ev(c, t + D(minutes=mins * rnd(0.45, 0.7)), "tp_rider_pickup", "pickup", sess=sid, cat=cat, oid=oid, rider=rider)
        dt = ev(c, t + D(minutes=mins), "tp_delivered", "success", sess=sid, cat=cat, oid=oid, rider=rider)
        late = mins > 45
        p_ref = 0.012 + (0.10 if cat == "fresh_produce" else 0) + (0.12 if mins > 60 else 0)
        refunded = rng.random() < p_ref
        if refunded:
            if mins > 60 and (cat != "fresh_produce" or rng.random() < 0.3):
                topic, rr = "late", "late_delivery"
            elif cat == "fresh_produce":
                topic, rr = "fresh", "quality"
            else:
                topic, rr = {"restaurant": ("food", "missing_item"), "dessert_drinks": ("drinks", "spilled"),
                             "grocery": ("grocery", "missing_item"), "pharmacy": ("pharmacy", "out_of_stock")}[cat]
            o.update(status="refunded", reason=rr)
            rt = dt + D(minutes=rnd(10, 240))
            if rng.random() < 0.6:
                tk = ev(c, dt + D(minutes=rnd(5, 9)), "tp_cs_ticket", "submit", cat=cat, oid=oid)
                comment(c, tk, "tp_cs_ticket", topic, "neg", "ticket", None if rng.random() < 0.5 else star("neg"),
                        cat=cat, oid=oid, rider=rider, issue=ISSUE[topic])
            ev(c, rt, "tp_refund", "refund", cat=cat, oid=oid)
            if rng.random() < 0.04:
                comment(c, rt + D(days=rnd(2, 6)), "tp_refund", "refund", "neg", "app_review", star("neg"))
        elif mins > 60 and rng.random() < 0.12:
            tk = ev(c, dt + D(minutes=rnd(3, 30)), "tp_cs_ticket", "submit", cat=cat, oid=oid)
            comment(c, tk, "tp_cs_ticket", "late", "neg", "ticket", None, cat=cat, oid=oid, rider=rider,
                    issue="late_delivery")
        # rider rating
        if rng.random() < (0.2 if late else 0.05):
            if late and rng.random() < 0.85:
                comment(c, dt + D(minutes=rnd(5, 90)), "tp_delivered", "late", "neg", "rider_rating", star("neg"),
                        cat=cat, oid=oid, rider=rider)
            else:
                s = "neu" if rng.random() < 0.15 else "pos"
                comment(c, dt + D(minutes=rnd(5, 90)), "tp_delivered", "rider_good", s, "rider_rating", star(s),
                        cat=cat, oid=oid, rider=rider)
        # merchant review
        if rng.random() < 0.04:
            topic = {"restaurant": "food", "dessert_drinks": "drinks", "grocery": "grocery", "fresh_produce": "fresh",
                     "pharmacy": "pharmacy"}[cat]
            pneg = {"fresh": 0.55, "food": 0.25, "drinks": 0.25, "grocery": 0.2, "pharmacy": 0.15}[topic]
            if refunded:
                pneg = 0.95
            s = "neg" if rng.random() < pneg else "pos"
            comment(c, dt + D(hours=rnd(0.5, 20)), "tp_store", topic, s, "merchant_review", star(s), cat=cat,
                    oid=oid)
        return True

    for i in range(N):
        city = pick(CITIES)
        sea = city in SEA
        existing = rng.random() < 0.3
        if existing:
            signup = datetime(2023, 6, 1) + D(seconds=rnd(0, (START - datetime(2023, 6, 1)).total_seconds()))
        else:
            signup = START + D(seconds=(span - 12 * 86400) * float(rng.random()) ** 0.7)
        acq = pick(ACQ_SEA if sea else ACQ_CN)
        dev = "ios" if rng.random() < (0.42 if not sea else 0.35) else "android"
        ch = "mini_program" if acq == "mini_program" or (not sea and rng.random() < 0.15) else "app"
        pay = pick([("grabpay", 0.38), ("credit_card", 0.47), ("cash_on_delivery", 0.15)] if sea
                   else [("wechat_pay", 0.58), ("alipay", 0.42)])
        if ch == "mini_program":
            pay = "wechat_pay"
        tier = "bee_plus" if rng.random() < 0.14 else "regular"
        c = dict(id=f"C{i + 1:05d}", city=city, dev=dev, ch=ch, pay=pay, tier=tier, acq=acq, ns=0,
                 fav=pick(CATS), newcoupon=False, last=None, n=0)
        lam = float(rng.lognormal(np.log(2.6 if tier == "regular" else 6.0), 0.5))  # orders / month when active
        if existing:
            t = START + D(days=float(rng.exponential(12)))
        else:
            if acq == "social_ads" or rng.random() < 0.15:
                ev(c, signup - D(minutes=rnd(2, 30)), "tp_ad", "click")
            ev(c, signup, "tp_signup", "submit")
            if rng.random() < 0.62:
                c["newcoupon"] = True
                ev(c, signup + D(minutes=rnd(0.5, 5)), "tp_coupon_claim", "claim")
            if rng.random() > FIRST_P[acq]:
                if rng.random() < 0.5:
                    browse(c, signup + D(minutes=rnd(2, 20)), int(rng.integers(1, 4)))
                c["n"] = 0
                custs.append((c, signup, existing))
                continue
            t = signup + D(days=float(rng.exponential(2.5)) if rng.random() < 0.88 else rnd(15, 40))
        first = not existing
        churned = False
        while t <= END:
            if rng.random() < 0.9:
                for _ in range(int(rng.poisson(1.0))):
                    bt = t - D(days=rnd(0, 6))
                    if c["last"] is None or bt > c["last"]:
                        browse(c, bt, int(rng.choice([1, 2, 3], p=[0.6, 0.25, 0.15])))
            h = int(rng.choice([8, 11, 12, 13, 15, 17, 18, 19, 20, 22],
                               p=[0.05, 0.14, 0.2, 0.07, 0.06, 0.09, 0.17, 0.12, 0.06, 0.04]))
            t = t.replace(hour=h, minute=int(rng.integers(60)))
            if c["last"] is not None and t <= c["last"]:
                t = c["last"] + D(hours=rnd(3, 30))
            ok = place(c, t, first)
            c["last"] = t
            if ok:
                c["n"] += 1
                coupon_first = first and c["newcoupon"]
                first = False
                if c["n"] == 1 and not existing:
                    p_churn = 0.58 if coupon_first else 0.22
                else:
                    p_churn = 0.02 if tier == "regular" else 0.01
                if city == "Chengdu" and t >= CHENGDU_POLICY:
                    p_churn += 0.03
                if rng.random() < p_churn:
                    churned = True
                    if coupon_first and rng.random() < 0.1:
                        comment(c, t + D(days=rnd(3, 20)), "tp_coupon_claim", "coupon", "neg", "app_review",
                                star("neg"))
                    break
            t = t + D(days=float(rng.exponential(30.0 / lam)) + 0.2)
        c["churned"] = churned
        custs.append((c, signup, existing))

    # app reviews not tied to an order (some imported from the store without a date)
    for k in range(300):
        c = custs[int(rng.integers(len(custs)))][0]
        topic = pick([("app", 0.55), ("fee", 0.2), ("coupon", 0.1), ("late", 0.15)])
        s = "neg" if topic in ("fee", "coupon", "late") else ("pos" if rng.random() < 0.6 else "neg")
        if topic == "app" and s == "neg":
            pass
        ts = START + D(seconds=rnd(0, span))
        if topic == "late" and c["city"] == "Chengdu":
            ts = CHENGDU_POLICY + D(seconds=rnd(0, (END - CHENGDU_POLICY).total_seconds()))
        tp = {"app": "tp_home", "fee": "tp_cart", "coupon": "tp_coupon_claim", "late": "tp_delivered"}[topic]
        comment(c, None if rng.random() < 0.2 else ts, tp, topic, s, "app_review", star(s))

    # ---- write
    fb.sort(key=lambda r: (r["ts"] or END + D(days=1), r["cid"]))
    events.sort(key=lambda r: (r["ts"], r["cid"]))
    order_ids = {}
    okeys = sorted(range(len(orders)), key=lambda k: (orders[k]["ts"], orders[k]["cid"]))
    for n, k in enumerate(okeys, 1):
        order_ids[k] = f"O{n:06d}"

    def iso(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        for tp, zh, en, stage, ch, kind, owner, al in TOUCHPOINTS:
            w.writerow([tp, zh, zh, en, stage, ch, kind, owner, al])
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for s, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, s, tp, win])
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city",
                    "primary_device", "signup_channel", "preferred_payment", "favorite_category"])
        for c, signup, existing in custs:
            if c["n"] == 0:
                seg = "never_ordered"
            elif c["churned"] or (c["last"] and (END - c["last"]).days > 60):
                seg = "churned"
            elif not existing and signup >= END - D(days=60):
                seg = "new"
            else:
                seg = "active"
            w.writerow([c["id"], iso(signup), seg, REGION[c["city"]], c["acq"], c["tier"], c["city"], c["dev"], c["ch"],
                        c["pay"], c["fav"]])
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                    "city", "order_id", "merchant_category", "payment_method", "rider_id"])
        for n, e in enumerate(events, 1):
            w.writerow([f"E{n:07d}", e["cid"], iso(e["ts"]), e["tp"], e.get("sess", ""), e["action"], e["dev"], e["ch"],
                        e["city"], order_ids[e["oid"]] if "oid" in e else "", e.get("cat", ""), e.get("pay", ""),
                        e.get("rider", "")])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "city", "merchant_id",
                    "merchant_name", "merchant_category", "items_amount", "delivery_fee", "discount", "coupon_used",
                    "coupon_type", "payment_method", "membership_tier", "delivery_minutes", "promised_minutes",
                    "rider_id", "cancel_or_refund_reason", "is_first_order"])
        for k in okeys:
            o = orders[k]
            w.writerow([order_ids[k], o["cid"], iso(o["ts"]), f"{o['amount']:.2f}", o["status"], o["ch"], o["dev"],
                        o["city"], o["m_id"], o["m_name"], o["cat"], f"{o['items']:.2f}", f"{o['fee']:.2f}",
                        f"{o['disc']:.2f}", "true" if o["coupon"] != "none" else "false", o["coupon"], o["pay"],
                        o["tier"], "" if o["minutes"] is None else o["minutes"], o["promised"], o["rider"], o["reason"],
                        "true" if o["first"] else "false"])
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "city",
                    "merchant_category", "order_id", "rider_id", "issue_type", "payment_method", "sentiment_label",
                    "topic"])
        for n, r in enumerate(fb, 1):
            w.writerow([f"FB{n:05d}", r["text"], "" if r["ts"] is None else iso(r["ts"]), r["cid"], r["tp"],
                        r["channel"], "" if r["rating"] is None else r["rating"], r["city"], r["cat"],
                        order_ids[r["oid"]] if r["oid"] != "" else "", r["rider"], r["issue"], r["pay"], r["sent"],
                        r["topic"]])
    print(f"customers {len(custs)}, events {len(events)}, orders {len(orders)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
