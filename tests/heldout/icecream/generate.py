"""雪糕铺 ScoopJoy: a chain of 16 ice-cream parlours (gelato by the scoop, sundaes, ice-cream cakes) in six cities,
ordered through a WeChat mini program. A customer finds us (Xiaohongshu / Douyin / Meituan / walking past / a friend),
opens the menu, picks flavours into the cart (seasonal limited flavours rotate through the year), pays (WeChat Pay,
Alipay or member balance, sometimes redeeming points), and the shop scoops the order: eaten in (堂食), picked up at
the counter (到店自取) or delivered by a rider (外卖配送: Meituan delivery, Ele.me Fengniao or our own riders).
Ice-cream cakes are pre-ordered 1-7 days ahead, paid in full and collected in store. Melted deliveries and wrong
flavours can be claimed in the app (售后) and are refunded; sold-out seasonal flavours get the order cancelled.
Customers rate orders in the app, on Dianping, in a post-order NPS survey, or post notes on Xiaohongshu.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 4300
ANDROID_BUG = (datetime(2026, 5, 6), datetime(2026, 5, 27))      # mini program 4.2.0: payment SDK times out on Android
FENGNIAO_SHORTAGE = (datetime(2025, 7, 1), datetime(2025, 9, 1))  # Ele.me Fengniao rider shortage in the heat
XJK_MIXUP = (datetime(2025, 11, 1), datetime(2026, 2, 1))         # Nanjing Xinjiekou: new staff, flavour labels mixed up
POINTS_GLITCH = (datetime(2026, 3, 1), datetime(2026, 3, 21))     # member system migration: points not credited
NEW_STORE = "S16"
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.0"), (datetime(2025, 4, 15), "4.0.3"), (datetime(2025, 9, 1), "4.1.0"),
                (datetime(2026, 5, 6), "4.2.0"), (datetime(2026, 5, 27), "4.2.1")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现雪糕铺", "Discover ScoopJoy", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|小红书看到|抖音刷到|路过|朋友推荐|discover|found us|first touch"),
    ("tp_menu", "浏览菜单", "Menu browsed", "consideration", "mini_program", "digital", "product",
     "菜单|看菜单|点单页|打开小程序|menu|browse|opened the app"),
    ("tp_cart", "选口味加购", "Flavours added to cart", "consideration", "mini_program", "digital", "product",
     "加购|选口味|加入购物车|购物车|add to cart|cart|basket|picked flavours"),
    ("tp_cake_book", "蛋糕预订", "Cake pre-order placed", "consideration", "mini_program", "digital", "cake_team",
     "蛋糕预订|订蛋糕|冰淇淋蛋糕|生日蛋糕|cake pre-order|cake order|birthday cake"),
    ("tp_points", "积分抵扣", "Points redeemed", "purchase", "mini_program", "digital", "crm",
     "积分|积分兑换|积分抵扣|points|redeem points|points redemption"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "mini_program", "digital", "it",
     "支付失败|付不了款|付款失败|payment failed|can't pay|payment error"),
    ("tp_pay", "下单支付", "Order paid", "purchase", "mini_program", "digital", "finance",
     "支付|付款|下单|买单|pay|payment|paid|checkout|order placed"),
    ("tp_cake_pay", "蛋糕付款", "Cake paid", "purchase", "mini_program", "digital", "finance",
     "蛋糕付款|蛋糕支付|cake payment|cake paid"),
    ("tp_cancel", "订单取消", "Order cancelled", "service", "mini_program", "digital", "store_ops",
     "取消|售罄取消|退订|cancel|cancelled|sold out cancellation"),
    ("tp_make", "门店制作", "Scooped in store", "service", "store", "physical", "store_ops",
     "制作|出杯|挖球|做好了|scooping|preparing|made|kitchen"),
    ("tp_pickup", "取餐", "Collected at counter", "service", "store", "physical", "store_ops",
     "取餐|自取|到店取|堂食|pickup|collect|dine in|counter"),
    ("tp_dispatch", "骑手取货", "Rider picked up", "service", "other", "physical", "delivery",
     "骑手|配送|取货|外卖小哥|rider|courier|dispatch|out for delivery"),
    ("tp_delivered", "外卖送达", "Delivered", "service", "other", "physical", "delivery",
     "送达|外卖|送到|到手|delivered|delivery|arrived"),
    ("tp_cake_collect", "蛋糕取货", "Cake collected", "service", "store", "physical", "cake_team",
     "取蛋糕|蛋糕取货|提货|cake pickup|collect the cake"),
    ("tp_aftersales", "售后申请", "After-sales claim", "service", "mini_program", "digital", "customer_service",
     "售后|申请售后|投诉|索赔|化了申请|claim|complaint|after-sales"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|到账|refund|money back|refunded"),
    ("tp_review", "评价", "Order review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|晒单|review|rating|stars"),
    ("tp_reorder", "复购", "Repeat order", "loyalty", "mini_program", "digital", "crm",
     "复购|回头客|再来一单|又点了|repeat order|reorder|came back|returning customer"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("first_order", "首单转化", "First order", ["tp_discover", "tp_menu", "tp_cart", "tp_pay"], 14),
    ("ordering", "点单下单", "Ordering", ["tp_menu", "tp_cart", "tp_pay"], 3),
    ("cake", "蛋糕预订", "Cake pre-order", ["tp_cake_book", "tp_cake_pay", "tp_cake_collect"], 30),
    ("aftersales", "售后退款", "After-sales refund", ["tp_aftersales", "tp_refund"], 14),
    ("repeat", "复购", "Repeat purchase", ["tp_pay", "tp_reorder"], 30),
]
CITIES = {  # en: zh, weight, summer heat (extra melt risk)
    "Shanghai": ("上海", 0.30, 0.01), "Hangzhou": ("杭州", 0.19, 0.01), "Nanjing": ("南京", 0.15, 0.01),
    "Suzhou": ("苏州", 0.12, 0.01), "Xiamen": ("厦门", 0.14, 0.04), "Guangzhou": ("广州", 0.10, 0.04),
}
STORES = [  # id, city, zh, en, opened
    ("S01", "Shanghai", "上海静安寺店", "Shanghai Jing'an Temple", None),
    ("S02", "Shanghai", "上海新天地店", "Shanghai Xintiandi", None),
    ("S03", "Shanghai", "上海五角场店", "Shanghai Wujiaochang", None),
    ("S04", "Shanghai", "上海徐家汇店", "Shanghai Xujiahui", None),
    ("S05", "Shanghai", "上海陆家嘴店", "Shanghai Lujiazui", None),
    ("S06", "Hangzhou", "杭州湖滨店", "Hangzhou Hubin", None),
    ("S07", "Hangzhou", "杭州西溪店", "Hangzhou Xixi", None),
    ("S08", "Hangzhou", "杭州滨江店", "Hangzhou Binjiang", None),
    ("S09", "Nanjing", "南京新街口店", "Nanjing Xinjiekou", None),
    ("S10", "Nanjing", "南京河西店", "Nanjing Hexi", None),
    ("S11", "Suzhou", "苏州观前街店", "Suzhou Guanqian St", None),
    ("S12", "Suzhou", "苏州园区店", "Suzhou Industrial Park", datetime(2025, 5, 1)),
    ("S13", "Xiamen", "厦门中山路店", "Xiamen Zhongshan Rd", None),
    ("S14", "Xiamen", "厦门曾厝垵店", "Xiamen Zengcuo'an", None),
    ("S15", "Guangzhou", "广州天河店", "Guangzhou Tianhe", None),
    ("S16", "Guangzhou", "广州珠江新城店", "Guangzhou Zhujiang New Town", datetime(2026, 6, 1)),
]
STORE = {s[0]: s for s in STORES}
CHANNELS = {  # en: zh, weight, p(menu after discover), p(cart | menu) first time, order-rate factor
    "xiaohongshu": ("小红书", 0.30, 0.93, 0.40, 0.75), "douyin": ("抖音", 0.20, 0.91, 0.56, 0.85),
    "meituan": ("美团", 0.18, 0.95, 0.76, 1.0), "walk_in": ("路过进店", 0.20, 0.96, 0.88, 1.1),
    "friend": ("朋友推荐", 0.12, 0.95, 0.85, 1.15),
}
CTYPES = {  # en: zh, weight, orders per 30 days, kind weights (dine_in, pickup, delivery, cake), p(churn after order)
    "student": ("学生", 0.30, 1.9, (0.40, 0.34, 0.25, 0.01), 0.10),
    "office_worker": ("白领", 0.32, 1.5, (0.14, 0.30, 0.53, 0.03), 0.10),
    "family": ("亲子家庭", 0.22, 1.2, (0.36, 0.24, 0.24, 0.16), 0.08),
    "couple": ("情侣", 0.16, 0.75, (0.50, 0.24, 0.20, 0.06), 0.14),
}
KINDS = ["dine_in", "pickup", "delivery", "cake"]
KIND_ZH = {"dine_in": "堂食", "pickup": "到店自取", "delivery": "外卖配送", "cake": "蛋糕预订"}
PARTNERS = {"meituan": "美团配送", "fengniao": "蜂鸟配送", "self": "自配送"}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "member_balance": "会员储值"}
TIERS = {"basic": "普通会员", "silver": "银勺会员", "gold": "金勺会员", "platinum": "铂金会员"}
CLAIMS = {"melted": "融化", "wrong_flavour": "口味做错"}
BASE_FLAVOURS = [("vanilla", "香草"), ("chocolate", "巧克力"), ("strawberry", "草莓"), ("matcha", "抹茶"),
                 ("mango", "芒果"), ("salted_caramel", "海盐焦糖"), ("pistachio", "开心果"), ("rum_raisin", "朗姆葡萄")]
SEASONAL = [  # en, zh, from (m, d), to (m, d)
    ("sakura_matcha", "樱花抹茶", (3, 1), (4, 30)), ("yangmei", "杨梅", (6, 1), (7, 15)),
    ("lychee", "荔枝", (7, 1), (8, 31)), ("osmanthus", "桂花酒酿", (9, 20), (10, 31)),
    ("chestnut", "烤栗子", (11, 15), (1, 31)),
]
CAKES = {"6in": ("6寸", 198), "8in": ("8寸", 268), "10in": ("10寸", 368)}
AGE_BANDS = ["<18", "18-24", "25-34", "35-44", "45+"]
AGES = {"student": [0.3, 0.65, 0.05, 0, 0], "office_worker": [0, 0.15, 0.6, 0.2, 0.05],
        "family": [0, 0.02, 0.38, 0.45, 0.15], "couple": [0, 0.35, 0.55, 0.08, 0.02]}

TXT = {  # topic: (zh variants, en variants)
    "melt": (["送到的时候冰淇淋已经化了", "外卖到手全化成水了", "雪糕融化了一大半，杯子里全是汤", "球都化了，根本没法吃"],
             ["the ice cream had melted by the time it arrived", "everything melted into soup on the way",
              "half of it melted before it got to me", "it arrived completely melted"]),
    "wrong_flavour": (["口味做错了，我点的是抹茶给了开心果", "给错口味了，明明点的海盐焦糖", "拿到的不是我点的口味",
                       "两个球口味都做错了"],
                      ["they gave me the wrong flavour", "wrong flavor again, I ordered salted caramel",
                       "got the wrong flavour in my cup", "both scoops were the wrong flavor"]),
    "slow": (["送得太慢了", "外卖送了一个多小时", "骑手送得太慢"],
             ["delivery was so slow", "took over an hour to deliver", "the rider took forever"]),
    "sold_out": (["限定口味又卖完了", "杨梅限定售罄了，下单后被取消", "想吃的季节限定卖完了"],
                 ["the seasonal flavour was sold out again", "my order got cancelled because it was sold out",
                  "sold out of the limited flavour"]),
    "cake": (["蛋糕取的时候已经塌了", "蛋糕上的字写错了", "生日蛋糕塌了一角"],
             ["the cake had collapsed when I picked it up", "they misspelled the name on the cake",
              "the birthday cake had collapsed on one side"]),
    "pricey": (["一个球三十多太贵了", "价格有点贵", "太贵了，不值"],
               ["a bit pricey for two scoops", "overpriced for the size", "too pricey"]),
    "points": (["积分没到账", "上次消费的积分一直没到账", "积分兑换失败"],
               ["my points never showed up", "points didn't get credited", "points redemption failed"]),
    "pay_fail": (["付款一直失败，转圈圈", "安卓手机付不了款，一直支付失败"],
                 ["payment kept failing in the mini program", "can't pay on my Android phone, payment failed"]),
    "taste": (["口感很绵密，好吃", "真的好吃，奶味很浓", "季节限定超好吃"],
              ["so creamy and delicious", "really delicious, rich milk taste", "the seasonal one was delicious"]),
    "staff": (["店员很热情", "小姐姐服务态度很好"], ["friendly staff", "the staff were lovely"]),
}
GEN = {"neg": (["体验很差", "有点失望"], ["really disappointing", "not happy at all"]),
       "pos": (["会再来的", "推荐"], ["will come again", "recommended"]),
       "neu": (["还行吧", "一般般"], ["it was ok", "average"])}
TOPIC_TP = [("melt", "tp_delivered"), ("slow", "tp_delivered"), ("wrong_flavour", "tp_make"),
            ("sold_out", "tp_cancel"), ("cake", "tp_cake_collect"), ("points", "tp_points"), ("pay_fail", "tp_pay_fail"),
            ("pricey", "tp_menu"), ("staff", "tp_pickup"), ("taste", "tp_review")]
NEG_TOPICS = {"melt", "wrong_flavour", "slow", "sold_out", "cake", "pricey", "points", "pay_fail"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    return {1: 0.55, 2: 0.65, 3: 0.8, 4: 1.0, 5: 1.2, 6: 1.45, 7: 1.7, 8: 1.65, 9: 1.25, 10: 1.0, 11: 0.75,
            12: 0.7}[d.month]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def seasonal_now(t: datetime):
    md = (t.month, t.day)
    for en, zh, a, b in SEASONAL:
        if (a <= md <= b) if a <= b else (md >= a or md <= b):
            return en, zh
    return None


def open_stores(city: str, t: datetime):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="mini_program",
                   app_version=app_version(t))
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, common=None, oid=None, undated=False,
           gen=None, no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if ({"taste", "staff"} & set(topics) or gen == "pos") else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, order_id=oid)
        if common:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市", "order_type", "订单类型"):
                row[k] = common[k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            growth = 0.6 + 0.8 * (d - START).days / 600
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(10, 22.5)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            stores = open_stores(city, t)
            home = pick(stores, [1.0] * len(stores))
            if city == "Guangzhou" and len(stores) > 1 and rng.random() < 0.5:
                home = STORE[NEW_STORE]
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            en_share = 0.22 if city == "Shanghai" else 0.06
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", discover=t, city=city, home=home[0], ctype=ctype, channel=ch,
                age=pick(AGE_BANDS, AGES[ctype]), gender=pick(["female", "male"], [0.62, 0.38]),
                device=pick(["ios", "android"], [0.5, 0.5]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, paid=0, pays=[], first_pay=None,
                points=0))

    def store_for(self, c, t):
        stores = open_stores(c["city"], t)
        home = STORE[c["home"]]
        if home[4] is not None and home[4] > t:
            home = stores[0]
        s = home if (rng.random() < 0.8 or len(stores) == 1) else stores[int(rng.integers(len(stores)))]
        if c["city"] == "Guangzhou" and t >= STORE[NEW_STORE][4] and rng.random() < 0.2:
            s = STORE[NEW_STORE]
        return s

    def common(self, store, kind):
        return dict(store_id=store[0], store=store[2], store_en=store[3], store_city=store[1],
                    门店城市=CITIES[store[1]][0], order_type=kind, 订单类型=KIND_ZH[kind])

    def order_row(self, c, t, oid, amount, common, status, **kw):
        self.n_ord += 1
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2), status=status,
                   channel="mini_program", device=c["device"], currency="CNY")
        row.update(common)
        row.update(kw)
        self.orders.append(row)
        return row

    def paid(self, c, t, amount):
        c["paid"] += 1
        c["spend"] += amount
        c["pays"].append(t)
        if c["first_pay"] is None:
            c["first_pay"] = t

    # ---------- one app order (dine-in / pickup / delivery) ----------
    def attempt(self, c, t0, first, oid):
        store = self.store_for(c, t0)
        kind = pick(KINDS, CTYPES[c["ctype"]][3])
        if kind == "cake":
            return self.cake(c, t0, store, oid)
        cm = self.common(store, kind)
        self.ev(c, t0, "tp_menu", oid, "view", cm)
        p_cart = CHANNELS[c["channel"]][3] if first else 0.8
        if rng.random() > p_cart:
            return None
        t = t0 + D(minutes=float(rng.uniform(0.5, 6)))
        seas = seasonal_now(t)
        if seas and rng.random() < 0.4:
            flav = seas
        else:
            flav = BASE_FLAVOURS[int(rng.integers(len(BASE_FLAVOURS)))]
        scoops = int(pick([1, 2, 3], [0.35, 0.45, 0.2]))
        reorder = c["paid"] > 0
        cart_t = t
        self.ev(c, t, "tp_cart", oid, "add", cm, flavour=flav[0], 口味=flav[1], scoops=scoops,
                is_seasonal=int(seas is not None and flav == seas))
        # payment
        p_fail = 0.03
        if c["device"] == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1]:
            p_fail = 0.55
        t += D(minutes=float(rng.uniform(0.3, 3)))
        pts = 0
        if c["points"] >= 200 and rng.random() < 0.25:
            pts = 200
            self.ev(c, t, "tp_points", oid, "redeem", cm, points_used=pts)
            c["points"] -= pts
            t += D(seconds=20)
        failed = rng.random() < p_fail
        if failed:
            code = "PAY_SDK_TIMEOUT" if p_fail > 0.5 else str(rng.choice(["BALANCE_LOW", "CARD_DECLINED"]))
            self.ev(c, t, "tp_pay_fail", oid, "fail", cm, error_code=code)
            if rng.random() > (0.35 if p_fail > 0.5 else 0.6):
                if p_fail > 0.5 and rng.random() < 0.15:
                    self.fb(c, t + D(minutes=10), ["pay_fail"], "ticket", common=cm, oid=oid)
                return None
            t += D(minutes=float(rng.uniform(0.5, 3)))
        price = 26 if flav == seas else 22
        amount = scoops * price + float(rng.choice([0, 0, 6, 8, 12]))
        fee = 0.0
        partner = None
        if kind == "delivery":
            partner = "self" if store[0] == NEW_STORE else pick(["meituan", "fengniao", "self"], [0.5, 0.35, 0.15])
            fee = {"meituan": 6.0, "fengniao": 5.0, "self": 4.0}[partner]
            amount += fee
        amount -= pts / 100 * 5  # 200 points = 10 CNY
        pm = "member_balance" if (c["paid"] >= 4 and rng.random() < 0.35) else pick(
            ["wechat_pay", "alipay"], [0.78, 0.22])
        if reorder:
            self.ev(c, cart_t + D(seconds=1), "tp_reorder", oid, "reorder", cm)
        self.ev(c, t, "tp_pay", oid, "success", cm, amount=amount, payment_method=pm, 支付方式=PAYM[pm],
                flavour=flav[0], 口味=flav[1])
        extra = dict(flavour=flav[0], 口味=flav[1], is_seasonal=int(flav == seas), scoops=scoops,
                     delivery_partner=partner, 配送平台=PARTNERS.get(partner), delivery_fee=fee or None,
                     points_used=pts or None, payment_method=pm, 支付方式=PAYM[pm])
        row = self.order_row(c, t, oid, amount, cm, "paid", **extra)
        # sold out (seasonal yangmei sells out fast)
        p_so = 0.3 if flav[0] == "yangmei" else 0.01
        if rng.random() < p_so:
            t_c = t + D(minutes=float(rng.uniform(2, 10)))
            self.ev(c, t_c, "tp_cancel", oid, "sold_out", cm, channel="store")
            t_r = t_c + D(minutes=float(rng.uniform(1, 5)))
            self.ev(c, t_r, "tp_refund", oid, "refund", cm, channel="other", refund_amount=amount,
                    refund_reason="sold_out", 退款原因="售罄")
            if t_r <= END:
                row["status"] = "cancelled"
                row["refunded_at"] = ts(t_r)
            if rng.random() < 0.25:
                fch = pick(["ticket", "xiaohongshu_note"], [0.5, 0.5])
                self.fb(c, t_c + D(hours=float(rng.uniform(0.2, 30))), ["sold_out"], fch, common=cm, oid=oid,
                        undated=fch == "xiaohongshu_note" and rng.random() < 0.4)
            return dict(bad=True)
        self.paid(c, t, amount)
        # points earned: 1 per CNY, credited unless the migration glitch
        if not (POINTS_GLITCH[0] <= t < POINTS_GLITCH[1]):
            c["points"] += int(amount)
        glitch = POINTS_GLITCH[0] <= t < POINTS_GLITCH[1]
        # make
        t_m = t + D(minutes=float(rng.uniform(2, 7)))
        wrong = rng.random() < (0.2 if (store[0] == "S09" and XJK_MIXUP[0] <= t < XJK_MIXUP[1]) else 0.008)
        self.ev(c, t_m, "tp_make", oid, "made", cm, device=None, channel="store", flavour=flav[0], 口味=flav[1])
        topics = []
        melted = False
        if kind == "delivery":
            t_d = t_m + D(minutes=float(rng.uniform(3, 12)))
            self.ev(c, t_d, "tp_dispatch", oid, "rider_picked_up", cm, device=None, channel="other",
                    delivery_partner=partner, 配送平台=PARTNERS[partner])
            med = {"meituan": 22.0, "fengniao": 26.0, "self": 24.0}[partner]
            if partner == "fengniao" and FENGNIAO_SHORTAGE[0] <= t < FENGNIAO_SHORTAGE[1]:
                med = 48.0
            if store[0] == NEW_STORE:
                med = 34.0
            if store[0] == "S14" and t.month in (6, 7, 8, 9):
                med += 14.0                                       # Zengcuo'an: narrow lanes, tourist crowds
            mins = float(rng.lognormal(np.log(med), 0.3))
            t_v = t_d + D(minutes=mins)
            self.ev(c, t_v, "tp_delivered", oid, "delivered", cm, channel="other", delivery_partner=partner,
                    配送平台=PARTNERS[partner], delivery_minutes=round(mins, 1))
            summer = t.month in (6, 7, 8, 9)
            p_melt = (0.015 + max(0.0, mins - 28) * 0.006 + CITIES[store[1]][2]) if summer else \
                (0.004 + max(0.0, mins - 30) * 0.002)
            if store[0] == NEW_STORE:
                p_melt += 0.22                                    # own riders without cooler boxes
            if store[0] == "S14" and summer:
                p_melt += 0.08                                    # riders walk the last stretch through the lanes
            melted = rng.random() < p_melt
            if melted:
                topics.append("melt")
            if mins > 45 and rng.random() < 0.5:
                topics.append("slow")
            t_end = t_v
        else:
            t_end = t_m + D(minutes=float(rng.uniform(1, 6)))
            self.ev(c, t_end, "tp_pickup", oid, "served" if kind == "dine_in" else "picked_up", cm, device=None,
                    channel="store")
        if wrong:
            topics.append("wrong_flavour")
        # after-sales claim
        reason = "melted" if melted else ("wrong_flavour" if wrong else None)
        if reason and rng.random() < 0.85:
            t_a = t_end + D(minutes=float(rng.uniform(3, 40)))
            self.ev(c, t_a, "tp_aftersales", oid, "claim", cm, claim_reason=reason, 售后原因=CLAIMS[reason])
            if rng.random() < 0.9:
                med_h = 1.5 if reason == "melted" else 5.0
                t_r = t_a + D(hours=float(rng.lognormal(np.log(med_h), 0.6)))
                self.ev(c, t_r, "tp_refund", oid, "refund", cm, channel="other", refund_amount=amount,
                        refund_reason=reason, 退款原因=CLAIMS[reason])
                if t_r <= END:
                    row["status"] = "refunded"
                    row["refunded_at"] = ts(t_r)
                    c["spend"] -= amount
            if rng.random() < 0.6:
                self.fb(c, t_a + D(minutes=2), [k for k in topics if k != "slow"], "ticket", common=cm, oid=oid)
        if glitch and rng.random() < 0.12:
            self.fb(c, t + D(days=float(rng.uniform(1, 6))), ["points"], "ticket", common=cm, oid=oid)
        if rng.random() < 0.08:
            topics.append("pricey")
        bad = bool(set(topics) & NEG_TOPICS)
        if not bad:
            if rng.random() < (0.45 if store[1] == "Hangzhou" else 0.2):
                topics.append("taste")
            if kind != "delivery" and rng.random() < (0.25 if store[1] == "Hangzhou" else 0.08):
                topics.append("staff")
        self.reviews(c, t_end, topics, bad, cm, oid, kind)
        return dict(bad=bad)

    def reviews(self, c, t_end, topics, bad, cm, oid, kind):
        pen = {"melt": 3.0, "wrong_flavour": 1.7, "slow": 1.3, "pricey": 0.8, "sold_out": 2.0, "cake": 2.4,
               "points": 0.8}
        bonus = 0.6 if cm["store_city"] == "Hangzhou" else 0.0
        if rng.random() < (0.45 if bad else 0.22):
            stars = float(pick([5, 4, 3, 2], [0.42, 0.38, 0.14, 0.06])) + bonus
            for k in topics:
                stars -= pen.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            t_r = t_end + D(minutes=float(rng.lognormal(np.log(90), 1.0)))
            self.ev(c, t_r, "tp_review", oid, "review", cm, stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, common=cm, oid=oid, gen=gen)
        if kind != "delivery" and rng.random() < 0.05:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.36, 0.13, 0.06])) + bonus
            for k in topics:
                stars -= pen.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 48))), topics, "dianping_review", rating=stars,
                    common=cm, oid=oid, gen=gen, undated=rng.random() < 0.25, no_customer=rng.random() < 0.3)
        if rng.random() < 0.05:
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bad + 0.5 * (bonus > 0), 1.5)), 0, 10))
            self.fb(c, t_end + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, common=cm, oid=oid, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if rng.random() < 0.025:
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 72))), topics, "xiaohongshu_note", common=cm, oid=oid,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.4)

    # ---------- ice-cream cake pre-order ----------
    def cake(self, c, t0, store, oid):
        cm = self.common(store, "cake")
        size = pick(list(CAKES), [0.5, 0.38, 0.12])
        seas = seasonal_now(t0)
        flav = seas if (seas and rng.random() < 0.3) else BASE_FLAVOURS[int(rng.integers(len(BASE_FLAVOURS)))]
        days_ahead = int(pick([1, 2, 3, 5, 7], [0.25, 0.3, 0.2, 0.15, 0.1]))
        collect_at = datetime(t0.year, t0.month, t0.day) + D(days=days_ahead, hours=float(rng.uniform(11, 20)))
        self.ev(c, t0, "tp_cake_book", oid, "submit", cm, cake_size=size, 蛋糕尺寸=CAKES[size][0],
                flavour=flav[0], 口味=flav[1], collect_date=collect_at.strftime("%Y-%m-%d"))
        if rng.random() > 0.82:
            return None
        t = t0 + D(minutes=float(rng.uniform(1, 8)))
        amount = float(CAKES[size][1]) + float(rng.choice([0, 0, 20, 38]))
        pm = pick(["wechat_pay", "alipay", "member_balance"], [0.7, 0.18, 0.12])
        if c["paid"] > 0:
            self.ev(c, t0 + D(seconds=1), "tp_reorder", oid, "reorder", cm)
        self.ev(c, t, "tp_cake_pay", oid, "success", cm, amount=amount, payment_method=pm, 支付方式=PAYM[pm])
        row = self.order_row(c, t, oid, amount, cm, "paid", flavour=flav[0], 口味=flav[1], is_seasonal=int(
            flav == seas), cake_size=size, 蛋糕尺寸=CAKES[size][0], payment_method=pm, 支付方式=PAYM[pm],
            collect_date=collect_at.strftime("%Y-%m-%d"))
        if rng.random() < 0.07:                                   # customer cancels before the collection day
            t_c = t + (collect_at - t) * float(rng.uniform(0.1, 0.8))
            self.ev(c, t_c, "tp_cancel", oid, "cancel", cm)
            t_r = t_c + D(hours=float(rng.lognormal(np.log(20), 0.5)))
            self.ev(c, t_r, "tp_refund", oid, "refund", cm, channel="other", refund_amount=amount,
                    refund_reason="customer_cancelled", 退款原因="顾客取消")
            if t_r <= END:
                row["status"] = "refunded"
                row["refunded_at"] = ts(t_r)
            return dict(bad=False)
        self.paid(c, t, amount)
        c["points"] += int(amount)
        t_col = collect_at + D(minutes=float(rng.uniform(-30, 90)))
        self.ev(c, t_col, "tp_cake_collect", oid, "collected", cm, device=None, channel="store")
        topics = []
        if rng.random() < (0.3 if store[0] == "S11" else 0.03):
            topics.append("cake")
            if rng.random() < 0.6:
                self.fb(c, t_col + D(hours=float(rng.uniform(0.5, 6))), ["cake"], "ticket", common=cm, oid=oid)
        bad = bool(topics)
        if not bad and rng.random() < 0.3:
            topics.append("taste")
        self.reviews(c, t_col, topics, bad, cm, oid, "cake")
        return dict(bad=bad)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        n_att = 0
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            ch = CHANNELS[c["channel"]]
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(minutes=float(rng.uniform(1, 30))) if rng.random() < 0.85 else \
                c["discover"] + D(days=float(rng.uniform(1, 10)))
            rate = CTYPES[c["ctype"]][2] * ch[4] * float(rng.lognormal(0, 0.4))
            tries = 0
            while t <= END:
                n_att += 1
                oid = f"SJ{n_att:07d}"
                res = self.attempt(c, t, c["paid"] == 0, oid)
                tries += 1
                if c["paid"] == 0 and res is None and (tries >= 3 or rng.random() < 0.5):
                    break
                churn = CTYPES[c["ctype"]][4] * (1.8 if (res and res.get("bad")) else 1.0)
                if c["paid"] > 0 and rng.random() < churn:
                    break
                gap = float(rng.exponential(30.0 / rate)) + 0.3
                gap /= season(t + D(days=gap))
                t = t + D(days=gap)
                t = datetime(t.year, t.month, t.day) + D(hours=float(pick(
                    [11, 13, 15, 17, 19, 21], [0.12, 0.2, 0.22, 0.16, 0.2, 0.1]) + rng.uniform(0, 2)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "platinum" if spend >= 1500 else "gold" if spend >= 600 else "silver" if spend >= 200 else "basic"
            p = c["pays"]
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 7, 1):
                seg = "new"
            elif p[-1] < datetime(2026, 5, 1):
                seg = "at_risk"
            elif len(p) >= 12:
                seg = "loyal"
            elif len(p) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             customer_type=c["ctype"], 客群=CTYPES[c["ctype"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], home_store_id=c["home"],
                             points_balance=c["points"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "store_id", "store", "store_en", "store_city", "门店城市", "order_type", "订单类型",
           "flavour", "口味", "scoops", "is_seasonal", "cake_size", "蛋糕尺寸", "collect_date", "points_used",
           "payment_method", "支付方式", "amount", "error_code", "delivery_partner", "配送平台", "delivery_minutes",
           "claim_reason", "售后原因", "refund_amount", "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "store_id", "store", "store_en", "store_city", "门店城市", "flavour", "口味", "is_seasonal", "scoops",
            "cake_size", "蛋糕尺寸", "collect_date", "delivery_partner", "配送平台", "delivery_fee", "points_used",
            "payment_method", "支付方式", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "order_id", "store_id", "store", "store_en", "store_city", "门店城市", "order_type", "订单类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "customer_type", "客群", "age_band", "gender", "phone_os", "home_store_id", "points_balance",
             "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=30, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
