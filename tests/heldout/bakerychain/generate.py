"""禾麦烘焙 Harvest Crumb Bakery: a chain of 18 bakeries in five cities of central and western China (Chengdu,
Chongqing, Wuhan, Changsha, Xi'an) with a WeChat membership mini program. A customer walks into a store and scans the
member code at the till, or finds us online (Douyin group-buy deals, Xiaohongshu, WeChat Moments ads, Dianping, a
friend's referral) and browses the mini program; may join the membership (入会) and claim the new-member coupon; buys
at the till (门店现购), or orders in the mini program for store pickup (到店自提) or delivery (外送: Dada, SF Express
same-city or our own riders); pays with WeChat Pay, Alipay, cash (till only) or the stored-value card (储值卡, topped up
with a bonus: 充500送60 …); picks up / receives the order; may complain (售后) and get a refund; reviews the order.
Birthday cakes must be pre-ordered at least 2 days ahead (shorter bookings are rejected by the system), are paid in
full and handed over in store or delivered on the agreed day. Mooncakes sell in the Mid-Autumn season.
Data 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261218
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 3900
N_LEGACY = 1000                                                   # members migrated from the old POS card system
SV_BUG = (datetime(2026, 4, 14), datetime(2026, 4, 28))         # mini program 3.6.0 locks stored-value payments
FEE_RAISE = datetime(2026, 3, 1)                                   # delivery fee 5 -> 8 CNY
DADA_H2 = (datetime(2025, 7, 1), datetime(2026, 1, 1))            # Dada cake deliveries: new riders, no cake racks
CS_RUSH = (datetime(2025, 11, 15), datetime(2026, 1, 16))         # Changsha: new central cake kitchen + Christmas rush
CHUNXI_FRIDGE = (datetime(2026, 7, 1), datetime(2026, 8, 11))     # Chengdu Chunxi Rd: display fridge failing
XIAOZHAI_SHORT = (datetime(2026, 6, 1), datetime(2026, 9, 1))     # Xi'an Xiaozhai: two bakers left, pickups late
TOPUP_FEST = (datetime(2025, 12, 1), datetime(2026, 1, 1))        # 年终充值节: bigger top-up bonuses
MOONCAKE = [(datetime(2025, 9, 1), datetime(2025, 10, 7), 0.5), (datetime(2026, 8, 15), datetime(2026, 9, 1), 0.22)]
EXPERIMENT = (datetime(2026, 1, 1), datetime(2026, 4, 1))         # new-member coupon test
NEW_STORE = "S18"
APP_VERSIONS = [(datetime(2025, 1, 1), "3.2.0"), (datetime(2025, 6, 10), "3.3.1"), (datetime(2025, 11, 20), "3.5.0"),
                (datetime(2026, 4, 14), "3.6.0"), (datetime(2026, 4, 28), "3.6.1")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_store_visit", "进店", "Store visit", "awareness", "store", "physical", "store_ops",
     "进店|到店|门店扫码|扫码进店|逛店|walk in|store visit|in store"),
    ("tp_mp_browse", "小程序浏览", "Mini program browse", "consideration", "mini_program", "digital", "digital",
     "小程序|浏览|逛小程序|看菜单|点单页|browse|mini program|menu"),
    ("tp_signup", "注册会员", "Member sign-up", "consideration", "mini_program", "digital", "crm",
     "入会|注册会员|开会员|成为会员|会员注册|join|sign up|membership sign-up"),
    ("tp_coupon_claim", "领取新人券", "New-member coupon claimed", "consideration", "mini_program", "digital",
     "marketing", "领券|新人券|新人礼|welcome coupon|claim coupon|new member coupon"),
    ("tp_order_submit", "提交订单", "Order submitted", "purchase", "mini_program", "digital", "product",
     "下单|提交订单|小程序下单|place order|submit order|checkout"),
    ("tp_cake_book", "生日蛋糕预订", "Birthday cake booking", "purchase", "mini_program", "digital", "cake_team",
     "订蛋糕|蛋糕预订|预定蛋糕|生日蛋糕|cake booking|birthday cake|cake pre-order"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "mini_program", "digital", "it",
     "支付失败|付款失败|付不了款|扣款失败|payment failed|payment error|can't pay"),
    ("tp_pay", "支付成功", "Order paid", "purchase", "mini_program", "digital", "finance",
     "支付|付款|买单|结账|pay|paid|payment"),
    ("tp_cake_pay", "蛋糕付款", "Cake paid", "purchase", "mini_program", "digital", "finance",
     "蛋糕付款|蛋糕支付|付蛋糕钱|cake payment|cake paid"),
    ("tp_topup", "储值卡充值", "Stored-value top-up", "loyalty", "mini_program", "digital", "crm",
     "充值|储值|储值卡|会员卡充值|充卡|top up|top-up|stored value|recharge|prepaid card"),
    ("tp_pickup", "到店自提", "Pickup collected", "service", "store", "physical", "store_ops",
     "自提|到店取|取货|pickup|pick up|collect"),
    ("tp_dispatch", "骑手取货", "Rider dispatched", "service", "other", "physical", "delivery",
     "骑手|骑手取货|配送出发|rider|courier|dispatch|out for delivery"),
    ("tp_delivered", "外送送达", "Delivered", "service", "other", "physical", "delivery",
     "送达|外送|外卖|送到|delivered|delivery|arrived"),
    ("tp_cake_handover", "蛋糕交付", "Cake handed over", "service", "store", "physical", "cake_team",
     "蛋糕交付|取蛋糕|蛋糕送达|提蛋糕|cake handover|cake pickup|cake delivered"),
    ("tp_cancel", "订单取消", "Order cancelled", "service", "mini_program", "digital", "store_ops",
     "取消|退订|超时未支付|cancel|cancelled|unpaid timeout"),
    ("tp_complaint", "售后投诉", "After-sales complaint", "service", "mini_program", "digital", "customer_service",
     "投诉|售后|客诉|申请售后|complaint|claim|after-sales"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_review", "订单评价", "Order review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|晒单|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("new_member", "新会员首单", "New member first order", ["tp_signup", "tp_coupon_claim", "tp_pay"], 14),
    ("mp_order", "小程序下单", "Mini-program ordering", ["tp_mp_browse", "tp_order_submit", "tp_pay"], 3),
    ("birthday_cake", "生日蛋糕预订", "Birthday cake", ["tp_cake_book", "tp_cake_pay", "tp_cake_handover"], 30),
    ("stored_value", "储值开卡", "Stored-value activation", ["tp_signup", "tp_topup"], 60),
    ("aftersales", "售后退款", "After-sales refund", ["tp_complaint", "tp_refund"], 7),
]
CITIES = {  # en: zh, province, province zh, weight, delivery extra minutes (hills / bridges)
    "Chengdu": ("成都", "Sichuan", 0.31, 0.0), "Chongqing": ("重庆", "Chongqing", 0.22, 17.0),
    "Wuhan": ("武汉", "Hubei", 0.21, 2.0), "Changsha": ("长沙", "Hunan", 0.16, 0.0),
    "Xi'an": ("西安", "Shaanxi", 0.10, 0.0),
}
STORES = [  # id, city, zh, en, opened, home weight
    ("S01", "Chengdu", "成都春熙路店", "Chengdu Chunxi Rd", None, 0.36),
    ("S02", "Chengdu", "成都高新店", "Chengdu Hi-Tech Zone", None, 0.22),
    ("S03", "Chengdu", "成都宽窄巷子店", "Chengdu Kuanzhai Alley", None, 0.14),
    ("S04", "Chengdu", "成都金融城店", "Chengdu Financial City", None, 0.20),
    ("S05", "Chengdu", "成都双流店", "Chengdu Shuangliu", None, 0.14),
    ("S06", "Chongqing", "重庆解放碑店", "Chongqing Jiefangbei", None, 0.32),
    ("S07", "Chongqing", "重庆观音桥店", "Chongqing Guanyinqiao", None, 0.28),
    ("S08", "Chongqing", "重庆南坪店", "Chongqing Nanping", None, 0.22),
    ("S09", "Chongqing", "重庆大学城店", "Chongqing University Town", None, 0.18),
    ("S10", "Wuhan", "武汉光谷店", "Wuhan Optics Valley", None, 0.34),
    ("S11", "Wuhan", "武汉江汉路店", "Wuhan Jianghan Rd", None, 0.36),
    ("S12", "Wuhan", "武汉楚河汉街店", "Wuhan Chuhe Han St", None, 0.30),
    ("S13", "Changsha", "长沙五一广场店", "Changsha Wuyi Square", None, 0.42),
    ("S14", "Changsha", "长沙梅溪湖店", "Changsha Meixi Lake", None, 0.30),
    ("S15", "Changsha", "长沙IFS店", "Changsha IFS", None, 0.28),
    ("S16", "Xi'an", "西安小寨店", "Xi'an Xiaozhai", None, 0.58),
    ("S17", "Xi'an", "西安曲江店", "Xi'an Qujiang", None, 0.42),
    ("S18", "Wuhan", "武汉沌口店", "Wuhan Zhuankou", datetime(2026, 6, 1), 0.0),
]
STORE = {s[0]: s for s in STORES}
CHANNELS = {  # en: zh, weight, p(join), p(claim | join), p(first order), order-rate factor, churn after 1st order
    "walk_in": ("门店扫码", 0.31, 0.55, 0.68, 1.00, 1.10, 0.15),
    "douyin": ("抖音团购", 0.20, 0.82, 0.58, 0.88, 0.60, 0.62),
    "xiaohongshu": ("小红书", 0.13, 0.55, 0.55, 0.55, 0.90, 0.18),
    "wechat_ads": ("朋友圈广告", 0.12, 0.60, 0.55, 0.50, 0.90, 0.18),
    "referral": ("老带新", 0.14, 0.90, 0.70, 0.82, 1.20, 0.06),
    "dianping": ("大众点评", 0.10, 0.45, 0.50, 0.62, 0.90, 0.15),
}
CTYPES = {  # en: zh, weight, orders per 30 days, kind weights (instore, pickup, delivery), p(cake), churn per order
    "office_worker": ("上班族", 0.36, 2.3, (0.30, 0.30, 0.40), 0.035, 0.075),
    "student": ("学生", 0.17, 1.7, (0.45, 0.35, 0.20), 0.030, 0.10),
    "family": ("家庭", 0.31, 1.8, (0.40, 0.25, 0.35), 0.110, 0.065),
    "senior": ("中老年", 0.16, 2.2, (0.82, 0.14, 0.04), 0.045, 0.055),
}
KIND_ZH = {"instore": "门店现购", "pickup": "到店自提", "delivery": "外送"}
CATS = {  # en: zh, weight, unit price range, items range
    "bread": ("面包", 0.30, (12, 18), (2, 5)), "toast": ("吐司", 0.15, (16, 28), (1, 2)),
    "pastry": ("西点", 0.22, (10, 22), (2, 4)), "cake_slice": ("切块蛋糕", 0.15, (26, 38), (1, 3)),
    "drinks": ("饮品", 0.10, (15, 25), (1, 2)), "mooncake": ("月饼", 0.0, (128, 298), (1, 2)),
    "birthday_cake": ("生日蛋糕", 0.0, (0, 0), (1, 1)),
}
CREAMY = {"pastry", "cake_slice", "birthday_cake"}
CAKES = {"6in": ("6寸", 168), "8in": ("8寸", 238), "10in": ("10寸", 318), "double": ("双层", 528)}
PARTNERS = {"dada": "达达秒送", "sf_express": "顺丰同城", "own_rider": "自有骑手"}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "stored_value": "储值卡", "cash": "现金"}
COUPONS = {"new_member": "新人券", "full_reduction": "满减券", "birthday": "生日券", "douyin_groupbuy": "抖音团购券",
           "member_day": "会员日券"}
TIERS = {"non_member": "非会员", "regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "black": "黑金会员"}
REASONS = {"damaged_cake": "蛋糕损坏", "cake_late": "蛋糕未按时做好", "late_delivery": "配送超时",
           "not_fresh": "不新鲜", "wrong_item": "错漏发", "pickup_wait": "自提未备好"}
AGE_BANDS = ["<18", "18-24", "25-34", "35-44", "45-59", "60+"]
AGES = {"office_worker": [0, 0.2, 0.55, 0.22, 0.03, 0], "student": [0.25, 0.72, 0.03, 0, 0, 0],
        "family": [0, 0.02, 0.42, 0.46, 0.10, 0], "senior": [0, 0, 0, 0.03, 0.52, 0.45]}

TXT = {  # topic: (zh variants, en variants); the markers in gold.py must match exactly these topics
    "damaged_cake": (["蛋糕送到的时候压坏了", "奶油蹭花了，蛋糕都变形了", "生日蛋糕压坏了一角", "蛋糕整个歪了，奶油蹭花"],
                     ["the cake arrived squashed", "cream smeared all over the box",
                      "the birthday cake was squashed on one side"]),
    "cake_late": (["到了约定时间蛋糕还没做好", "生日蛋糕没按时做好，耽误了生日会", "说好三点取，蛋糕还没做好"],
                  ["the cake wasn't ready at the agreed time", "our birthday cake was late"]),
    "late_delivery": (["外送太慢了", "送了一个多小时才到", "配送超时了，面包都凉了"],
                      ["delivery took forever", "it arrived over an hour late"]),
    "not_fresh": (["奶油有点发酸，不新鲜", "蛋糕不新鲜，像隔夜的", "吃出酸味了，奶油变质了"],
                  ["the cream tasted sour", "not fresh at all, tasted stale"]),
    "wrong_item": (["少送了一个面包", "送错了，不是我点的那款"], ["an item was missing from my order",
                                                   "they sent the wrong item"]),
    "pickup_wait": (["到店自提还没打包好，又等了二十分钟", "自提等了好久", "预约的自提时间到了东西还没准备好"],
                    ["my pickup order wasn't ready", "had to wait ages for my pickup"]),
    "stored_value": (["储值卡付款失败，余额还被冻结了", "储值卡扣了钱订单却没成功", "储值卡用不了，一直提示余额锁定"],
                     ["stored value card payment failed", "my prepaid card balance got locked"]),
    "delivery_fee": (["配送费涨到8块太贵了", "配送费比以前贵了", "运费涨了，以后还是自己去拿"],
                     ["the delivery fee went up too much", "8 yuan delivery fee is too much"]),
    "lead_time": (["生日蛋糕居然要提前两天订", "当天想订个蛋糕都不行", "要提前两天预订太不方便了"],
                  ["you have to order the cake two days in advance", "can't get a same-day cake"]),
    "pricey": (["价格偏贵", "面包有点贵"], ["a bit pricey", "overpriced for the size"]),
    "taste": (["面包很松软，好吃", "可颂酥脆好吃", "蛋糕奶油很好吃不腻"],
              ["the bread was soft and delicious", "delicious croissants"]),
    "staff": (["店员很热情", "店员服务态度很好"], ["friendly staff", "the staff were really kind"]),
}
GEN = {"neg": (["体验很差", "有点失望"], ["really disappointing", "not happy at all"]),
       "pos": (["会回购的", "推荐给朋友"], ["will order again", "recommended"]),
       "neu": (["还行吧", "一般般"], ["it was ok", "average"])}
TOPIC_TP = {"damaged_cake": "tp_cake_handover", "cake_late": "tp_cake_handover", "late_delivery": "tp_delivered",
            "not_fresh": None, "wrong_item": "tp_delivered", "pickup_wait": "tp_pickup", "stored_value": "tp_pay_fail",
            "delivery_fee": "tp_order_submit", "lead_time": "tp_cake_book", "pricey": "tp_mp_browse",
            "staff": None, "taste": "tp_review"}
TOPIC_ORDER = ["stored_value", "damaged_cake", "cake_late", "not_fresh", "wrong_item", "late_delivery", "pickup_wait",
               "lead_time", "delivery_fee", "pricey", "staff", "taste"]
NEG_TOPICS = {"damaged_cake", "cake_late", "late_delivery", "not_fresh", "wrong_item", "pickup_wait", "stored_value",
              "delivery_fee", "lead_time", "pricey"}
PEN = {"damaged_cake": 2.8, "cake_late": 2.0, "late_delivery": 1.6, "not_fresh": 2.8, "wrong_item": 1.6,
       "pickup_wait": 1.3, "stored_value": 1.5, "delivery_fee": 0.9, "lead_time": 0.7, "pricey": 0.7}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    r = rng.random() * sum(weights)
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def season(d: datetime) -> float:
    return {1: 1.1, 2: 0.82, 3: 0.95, 4: 1.0, 5: 1.0, 6: 0.95, 7: 0.9, 8: 0.95, 9: 1.25, 10: 1.0, 11: 1.0,
            12: 1.25}[d.month]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def in_(t, win):
    return win[0] <= t < win[1]


def open_stores(city: str, t: datetime):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_fb = self.n_ord = self.n_top = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="mini_program")
        if common:
            row.update(common)
        row.update(kw)
        if row["channel"] == "mini_program":
            row["app_version"] = app_version(t)
        self.events.append(row)

    def common(self, store, kind=None, cat=None):
        s = STORE[store]
        cm = {"store_id": s[0], "门店": s[2], "store": s[3], "city": s[1], "城市": CITIES[s[1]][0]}
        if kind:
            cm.update(order_type=kind, 订单类型=KIND_ZH[kind])
        if cat:
            cm.update(product_category=cat, 品类=CATS[cat][0])
        return cm

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, common=None, oid=None, undated=False,
           gen=None, no_customer=False, fulfil_tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = ("en" if rng.random() < 0.9 else "zh") if c["lang"] == "en" else (
            "en" if rng.random() < 0.02 else "zh")
        li = 1 if lang == "en" else 0
        topics = sorted(set(topics), key=TOPIC_ORDER.index)
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not parts or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if li == 0 else ". ").join(parts)
        if tp is None:
            tp = "tp_review"
            for k in topics:
                tp = TOPIC_TP[k] or fulfil_tp or "tp_review"
                break
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, order_id=oid)
        if common:
            row.update(common)
        self.feedback.append(row)
        sent = "negative" if gen == "neg" else ("positive" if gen == "pos" else "neutral")
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))

    def order_row(self, c, t, oid, amount, cm, status, **kw):
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2), status=status,
                   device=c["device"] if cm.get("_ch", "mini_program") == "mini_program" else None,
                   channel=cm.get("_ch", "mini_program"), currency="CNY")
        row.update({k: v for k, v in cm.items() if not k.startswith("_")})
        row.update(kw)
        if t <= END:
            self.orders.append(row)
        return row

    # ---------- customers ----------
    def customers(self):
        self.cust = []
        months = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 8)]
        w = np.array([1.0 + 0.035 * i for i in range(len(months))]) * np.array(
            [season(datetime(y, m, 1)) for y, m in months])
        for i in range(N_LEGACY + N_CUST):
            legacy = i < N_LEGACY
            if legacy:
                first = START + D(days=int(rng.integers(0, 40)), hours=float(rng.uniform(7, 21.5)))
                signup = datetime(2022, 3, 1) + D(days=int(rng.integers(0, 1030)), hours=float(rng.uniform(8, 21)))
            else:
                y, m = months[int(rng.choice(len(months), p=w / w.sum()))]
                first = datetime(y, m, 1) + D(days=int(rng.integers(0, 28)), hours=float(rng.uniform(7, 21.5)))
                signup = first
            city = pick(list(CITIES), [v[2] for v in CITIES.values()])
            ct = pick(list(CTYPES), [v[1] for v in CTYPES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()] if not legacy else
                      [0.62, 0, 0, 0.12, 0.16, 0.10])
            stores = open_stores(city, first)
            ws = [s[5] for s in stores]
            if city == "Wuhan" and first >= STORE[NEW_STORE][4]:
                ws = [0.22 if s[0] == NEW_STORE else s[5] for s in stores]
            home = pick([s[0] for s in stores], ws)
            lang = "en" if rng.random() < (0.1 if city == "Chengdu" else 0.04) else "zh"
            self.cust.append(dict(
                customer_id=f"HM{i + 1:06d}", first=first, signup=signup, legacy=legacy, city=city, ctype=ct,
                channel=ch, home=home,
                device=pick(["ios", "android"], [0.42 if ct != "senior" else 0.25, 0.58 if ct != "senior" else 0.75]),
                lang=lang, gender=pick(["female", "male"], [0.64, 0.36]),
                age=AGE_BANDS[int(rng.choice(6, p=AGES[ct]))], bmonth=int(rng.integers(1, 13)),
                member=(signup if legacy and rng.random() < 0.85 else None), claimed=None, coupon_until=None,
                coupon_amt=(10, 39), variant=None,
                balance=0.0, topped=False, sv_fan=rng.random() < {"office_worker": 0.4, "student": 0.15,
                                                                 "family": 0.45, "senior": 0.5}[ct],
                paid=0, spend=0.0, pays=[]))
            c = self.cust[-1]
            if legacy and c["member"] is not None and c["sv_fan"]:
                c["balance"], c["topped"] = float(rng.integers(0, 400)), True

    def join(self, c, t, store=None):
        c["member"] = t
        cm = self.common(store) if store else {}
        ch = "store" if store else "mini_program"
        self.ev(c, t, "tp_signup", None, "join", cm, channel=ch, device=None if store else c["device"])
        variant = None
        if in_(t, EXPERIMENT) and not store and not c["paid"]:
            variant = pick(["control", "big_coupon"], [0.5, 0.5])
            c["variant"] = variant
            self.exp.append(dict(experiment_id="new_member_coupon_2026q1", variant=variant,
                                 customer_id=c["customer_id"], assigned_at=ts(t)))
        if rng.random() < CHANNELS[c["channel"]][3]:
            tc = t + (D(seconds=float(rng.uniform(20, 90))) if store or rng.random() < 0.7 else
                      D(hours=float(rng.uniform(1, 48))))
            amt = (15, 29) if variant == "big_coupon" else (10, 39)
            c["claimed"], c["coupon_until"], c["coupon_amt"] = tc, tc + D(days=30), amt
            self.ev(c, tc, "tp_coupon_claim", None, "claim", cm, channel=ch, device=None if store else c["device"],
                    coupon_type="new_member", 券类型=COUPONS["new_member"], coupon_discount=amt[0])
        if c["sv_fan"] and rng.random() < 0.7:
            c["first_topup"] = t + D(days=float(rng.exponential(18)) + 0.01)
        else:
            c["first_topup"] = None

    def topup(self, c, t, store, fest=False):
        self.n_top += 1
        amount = float(pick([200, 500, 1000], [0.45, 0.42, 0.13] if not fest else [0.2, 0.58, 0.22]))
        bonus = {200: 20, 500: 100 if fest else 60, 1000: 250 if fest else 150}[int(amount)]
        at_store = rng.random() < 0.4
        pm = pick(["wechat_pay", "alipay"], [0.8, 0.2])
        self.ev(c, t, "tp_topup", f"TU{self.n_top:06d}", "topup", self.common(store),
                channel="store" if at_store else "mini_program", device=None if at_store else c["device"],
                topup_amount=amount, bonus_amount=bonus, payment_method=pm, 支付方式=PAYM[pm])
        c["balance"] += amount + bonus
        c["topped"] = True

    def pay_method(self, c, amount, store_channel):
        if c["balance"] >= amount and rng.random() < 0.85:
            return "stored_value"
        if store_channel and c["ctype"] == "senior" and rng.random() < 0.3:
            return "cash"
        return pick(["wechat_pay", "alipay"], [0.8, 0.2])

    def coupon(self, c, t, gross, cat, first):
        if first and c["channel"] == "douyin":
            return "douyin_groupbuy", round(gross * 0.4, 1)
        if c["claimed"] and c["claimed"] <= t <= c["coupon_until"] and gross >= c["coupon_amt"][1]:
            c["claimed"] = None
            return "new_member", float(c["coupon_amt"][0])
        if cat == "birthday_cake" and c["member"] and t.month == c["bmonth"] and rng.random() < 0.75:
            return "birthday", 20.0
        if gross >= 99 and rng.random() < 0.3:
            return "full_reduction", 15.0
        if c["member"] and t.weekday() == 2 and rng.random() < 0.5:
            return "member_day", round(gross * 0.12, 1)
        return None, 0.0

    def paid(self, c, t, amount):
        c["paid"] += 1
        c["spend"] += amount
        c["pays"].append(t)

    def complaint(self, c, t, reason, cm, oid, amount, full, p_refund, refund_amt=None):
        """a complaint in the mini program; returns True when the whole order was refunded."""
        self.ev(c, t, "tp_complaint", oid, "complain", cm, complaint_reason=reason, 投诉原因=REASONS[reason])
        if rng.random() < 0.45:                                   # the customer also calls / messages customer service
            self.fb(c, t + D(minutes=float(rng.uniform(1, 30))), [reason], "cs_ticket", common=self.fbcm(cm), oid=oid)
        if rng.random() < p_refund:
            med_h = {"not_fresh": 3.0, "damaged_cake": 2.0, "wrong_item": 4.0, "late_delivery": 10.0,
                     "cake_late": 20.0}[reason]
            t_r = t + D(hours=float(rng.lognormal(np.log(med_h), 0.7)))
            amt = amount if full else refund_amt
            self.ev(c, t_r, "tp_refund", oid, "refund", cm, channel="other", device=None, refund_amount=amt,
                    complaint_reason=reason, 投诉原因=REASONS[reason])
            return (t_r if full and t_r <= END else None)
        return None

    # ---------- one order attempt ----------
    def attempt(self, c, t, first, walk_in_first=False):
        ct = CTYPES[c["ctype"]]
        stores = open_stores(c["city"], t)
        if walk_in_first or rng.random() < 0.85:
            store = c["home"]
        else:
            store = pick([s[0] for s in stores], [0.6 if s[0] == NEW_STORE else max(s[5], 0.1) for s in stores])
        if not walk_in_first and not (first and c["channel"] == "douyin") and rng.random() < ct[4] * (
                2.5 if t.month == c["bmonth"] else 1.0) * (1.8 if t.month == 12 and t.day <= 25 else 1.0):
            return self.cake(c, t, store)
        if walk_in_first:
            kind = "instore"
        else:
            w = list(ct[3])
            if t >= FEE_RAISE:
                w[2] *= 0.55
            if first and c["channel"] in ("douyin", "xiaohongshu", "wechat_ads", "dianping"):
                w[0] *= 0.3
            kind = pick(["instore", "pickup", "delivery"], w)
        cat_w = {k: v[1] for k, v in CATS.items()}
        for a, b, share in MOONCAKE:
            if a <= t < b:
                cat_w["mooncake"] = share / (1 - share)
        cat = pick(list(cat_w), list(cat_w.values()))
        lo, hi = CATS[cat][2]
        items = int(rng.integers(CATS[cat][3][0], CATS[cat][3][1] + 1))
        gross = float(sum(int(rng.integers(lo, hi + 1)) for _ in range(items)))
        if cat == "mooncake":
            gross = float(sum(pick([128, 168, 238, 298], [0.3, 0.35, 0.25, 0.1]) for _ in range(items)))
        cm = self.common(store, kind, cat)
        oid = None
        if kind == "instore":
            self.n_ord += 1
            oid = f"HO{self.n_ord:07d}"
            cm["_ch"] = "store"
            self.ev(c, t, "tp_store_visit", oid, "visit", cm, channel="store", device=None)
            if c["member"] is None and (walk_in_first and rng.random() < CHANNELS["walk_in"][2]):
                self.join(c, t + D(seconds=40), store)
            elif c["member"] is None and rng.random() < 0.05:
                self.join(c, t + D(seconds=40), store)
            tp_ = t + D(minutes=float(rng.uniform(2, 6)))
            ctype, disc = self.coupon(c, tp_, gross, cat, first)
            amount = gross - disc
            pm = self.pay_method(c, amount, True)
            if pm == "stored_value":
                c["balance"] -= amount
            self.ev(c, tp_, "tp_pay", oid, "success", cm, channel="store", device=None, items=items, amount=amount,
                    coupon_type=ctype, 券类型=COUPONS.get(ctype), coupon_discount=disc or None, payment_method=pm,
                    支付方式=PAYM[pm])
            row = self.order_row(c, t, oid, amount, cm, "paid", items=items, gross_amount=gross, coupon_type=ctype,
                                 券类型=COUPONS.get(ctype), coupon_discount=disc or None, payment_method=pm,
                                 支付方式=PAYM[pm], paid_at=ts(tp_))
            self.paid(c, tp_, amount)
            return self.after(c, tp_, tp_ + D(minutes=1), kind, cat, cm, oid, amount, row, fulfil_tp="tp_store_visit")
        # mini program order
        self.n_ord += 1
        oid = f"HO{self.n_ord:07d}"
        self.ev(c, t, "tp_mp_browse", oid, "view", cm)
        p_sub = 0.78
        if first:
            p_sub = 0.9 if c["channel"] == "douyin" else (0.85 if c["variant"] == "big_coupon" else 0.62)
        if rng.random() > p_sub:
            return None
        t1 = t + D(minutes=float(rng.uniform(1, 8)))
        fee = 0.0
        partner = None
        if kind == "delivery":
            fee = 8.0 if t1 >= FEE_RAISE else 5.0
            partner = pick(list(PARTNERS), [0.4, 0.32, 0.28])
        ctype, disc = self.coupon(c, t1, gross, cat, first)
        amount = gross - disc + fee
        pm = self.pay_method(c, amount, False)
        extra = dict(items=items, gross_amount=gross, coupon_type=ctype, 券类型=COUPONS.get(ctype),
                     coupon_discount=disc or None, delivery_fee=fee or None, delivery_partner=partner,
                     配送方=PARTNERS.get(partner), payment_method=pm, 支付方式=PAYM[pm])
        self.ev(c, t1, "tp_order_submit", oid, "submit", cm, items=items, amount=amount, coupon_type=ctype,
                券类型=COUPONS.get(ctype), coupon_discount=disc or None, delivery_fee=fee or None)
        t2, pm = self.pay(c, t1, oid, cm, amount, pm, "tp_pay")
        if t2 is None:
            if ctype == "new_member":
                c["claimed"] = t1
            t_c = t1 + D(minutes=15)
            self.ev(c, t_c, "tp_cancel", oid, "timeout", cm, channel="other", device=None)
            self.order_row(c, t1, oid, amount, cm, "cancelled", cancel_reason="unpaid_timeout", **extra)
            return None
        extra.update(payment_method=pm, 支付方式=PAYM[pm])
        row = self.order_row(c, t1, oid, amount, cm, "paid", paid_at=ts(t2), **extra)
        self.paid(c, t2, amount)
        topics = []
        if kind == "pickup":
            slot = float(rng.lognormal(np.log(60), 0.7)) + 10
            p_wait = 0.02
            if store == "S16" and in_(t2, XIAOZHAI_SHORT):
                p_wait = 0.25
            if store == NEW_STORE:
                p_wait = 0.6                                      # new store, new staff
            wait = rng.random() < p_wait
            t_e = t2 + D(minutes=slot + (float(rng.uniform(15, 40)) if wait else float(rng.uniform(-5, 8))))
            self.ev(c, t_e, "tp_pickup", oid, "picked_up", cm, channel="store", device=None)
            if wait:
                topics.append("pickup_wait")
                if rng.random() < 0.6:
                    self.complaint(c, t_e + D(minutes=float(rng.uniform(2, 30))), "pickup_wait", cm, oid, amount,
                                   False, 0.0)
            fulfil = "tp_pickup"
        else:
            t_d = t2 + D(minutes=float(rng.uniform(12, 30)))
            self.ev(c, t_d, "tp_dispatch", oid, "rider_picked_up", cm, channel="other", device=None,
                    delivery_partner=partner, 配送方=PARTNERS[partner])
            med = {"dada": 29.0, "sf_express": 25.0, "own_rider": 27.0}[partner] + CITIES[c["city"]][3]
            mins = float(rng.lognormal(np.log(med), 0.3))
            t_e = t_d + D(minutes=mins)
            self.ev(c, t_e, "tp_delivered", oid, "delivered", cm, channel="other", delivery_partner=partner,
                    配送方=PARTNERS[partner], delivery_minutes=round(mins, 1))
            fulfil = "tp_delivered"
            if mins > 50 and rng.random() < 0.45:
                topics.append("late_delivery")
                if rng.random() < 0.5:
                    self.complaint(c, t_e + D(minutes=float(rng.uniform(5, 60))), "late_delivery", cm, oid, amount,
                                   False, 0.6, refund_amt=fee)
            if rng.random() < 0.012:
                topics.append("wrong_item")
                if rng.random() < 0.8:
                    t_r = self.complaint(c, t_e + D(minutes=float(rng.uniform(5, 60))), "wrong_item", cm, oid,
                                         amount, True, 0.85)
                    if t_r:
                        row.update(status="refunded", refunded_at=ts(t_r))
                        c["spend"] -= amount
            if t_e >= FEE_RAISE and rng.random() < 0.09:            # the fee went from 5 to 8 CNY on 1 March 2026
                topics.append("delivery_fee")
        return self.after(c, t2, t_e, kind, cat, cm, oid, amount, row, topics=topics, fulfil_tp=fulfil)

    def pay(self, c, t1, oid, cm, amount, pm, tp):
        """payment; returns (paid time or None, method)."""
        t = t1 + D(minutes=float(rng.uniform(0.3, 2)))
        p_fail = 0.02
        bug = pm == "stored_value" and in_(t, SV_BUG)
        if bug:
            p_fail = 0.7
        if rng.random() < p_fail:
            code = "STORED_VALUE_LOCKED" if bug else str(rng.choice(["NETWORK_TIMEOUT", "BALANCE_LOW"]))
            self.ev(c, t, "tp_pay_fail", oid, "fail", cm, payment_method=pm, 支付方式=PAYM[pm], error_code=code)
            if bug and rng.random() < 0.4:
                self.fb(c, t + D(minutes=float(rng.uniform(5, 120))), ["stored_value"], "cs_ticket",
                        common=self.fbcm(cm), oid=oid)
            if rng.random() < (0.35 if bug else 0.7):
                pm = pick(["wechat_pay", "alipay"], [0.8, 0.2]) if bug else pm
                t += D(minutes=float(rng.uniform(0.5, 3)))
            else:
                return None, pm
        if pm == "stored_value":
            c["balance"] -= amount
        self.ev(c, t, tp, oid, "success", cm, amount=amount, payment_method=pm, 支付方式=PAYM[pm])
        return t, pm

    @staticmethod
    def fbcm(cm):
        return {k: v for k, v in cm.items() if not k.startswith("_")}

    def after(self, c, t_pay, t_e, kind, cat, cm, oid, amount, row, topics=None, fulfil_tp=None):
        topics = list(topics or [])
        fresh_bad = cat in CREAMY and rng.random() < (0.4 if (cm["store_id"] == "S01" and in_(t_pay, CHUNXI_FRIDGE))
                                                       else 0.002)
        if fresh_bad:
            topics.append("not_fresh")
            if rng.random() < 0.75:
                t_r = self.complaint(c, t_e + D(minutes=float(rng.uniform(20, 300))), "not_fresh", cm, oid, amount,
                                     True, 0.9)
                if t_r:
                    row.update(status="refunded", refunded_at=ts(t_r))
                    c["spend"] -= amount
        if rng.random() < 0.06:
            topics.append("pricey")
        bad = bool(set(topics) & NEG_TOPICS - {"pricey", "delivery_fee"})
        if not bad:
            if rng.random() < (0.4 if c["city"] == "Xi'an" else 0.2):
                topics.append("taste")
            if kind != "delivery" and rng.random() < (0.22 if c["city"] == "Xi'an" else 0.07):
                topics.append("staff")
        self.reviews(c, t_e, topics, bad, cm, oid, kind, fulfil_tp)
        return dict(bad=bad)

    def reviews(self, c, t_end, topics, bad, cm, oid, kind, fulfil_tp):
        bonus = 0.7 if cm["city"] == "Xi'an" else 0.0
        fcm = self.fbcm(cm)
        if kind != "instore" and rng.random() < (0.55 if bad else 0.24):
            stars = float(pick([5, 4, 3, 2], [0.44, 0.37, 0.13, 0.06])) + bonus
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            t_r = t_end + D(minutes=float(rng.lognormal(np.log(80), 1.0)))
            self.ev(c, t_r, "tp_review", oid, "review", cm, stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, common=fcm, oid=oid, gen=gen,
                    fulfil_tp=fulfil_tp)
        if kind != "delivery" and rng.random() < 0.045:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.36, 0.13, 0.06])) + bonus
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 48))), topics, "dianping_review", rating=stars,
                    common=fcm, oid=oid, gen=gen, undated=rng.random() < 0.25, no_customer=rng.random() < 0.3,
                    fulfil_tp=fulfil_tp)
        if rng.random() < 0.035:
            nps = int(np.clip(round(rng.normal(8.4 - 3.3 * bad + 0.6 * (bonus > 0), 1.5)), 0, 10))
            self.fb(c, t_end + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, common=fcm, oid=oid, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"),
                    fulfil_tp=fulfil_tp)
        if topics and rng.random() < (0.06 if "delivery_fee" in topics else 0.02):
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 72))), topics, "wechat_group", common=fcm, oid=oid,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.3, fulfil_tp=fulfil_tp)

    # ---------- birthday cake ----------
    def cake(self, c, t0, store):
        lead = int(pick([0, 1, 2, 3, 4, 6], [0.06, 0.13, 0.32, 0.21, 0.14, 0.14]))
        size = pick(list(CAKES), [0.42, 0.36, 0.16, 0.06])
        self.n_ord += 1
        oid = f"HO{self.n_ord:07d}"
        kind = pick(["pickup", "delivery"], [0.6, 0.4] if t0 < FEE_RAISE else [0.66, 0.34])
        cm = self.common(store, kind, "birthday_cake")
        if lead < 2:
            self.ev(c, t0, "tp_cake_book", oid, "rejected", cm, lead_days=lead, cake_size=size,
                    蛋糕尺寸=CAKES[size][0], error_code="LEAD_TIME_TOO_SHORT")
            if rng.random() < 0.1:
                self.fb(c, t0 + D(minutes=float(rng.uniform(2, 60))), ["lead_time"],
                        pick(["cs_ticket", "wechat_group"], [0.5, 0.5]), common=self.fbcm(cm), oid=None,
                        undated=rng.random() < 0.2)
            if rng.random() > 0.45:
                return None
            self.n_ord += 1
            oid = f"HO{self.n_ord:07d}"
            t0 = t0 + D(minutes=float(rng.uniform(1, 5)))
            lead = 2
        promised = datetime(t0.year, t0.month, t0.day) + D(days=lead, hours=float(rng.uniform(10, 19)))
        self.ev(c, t0, "tp_cake_book", oid, "submit", cm, lead_days=lead, cake_size=size, 蛋糕尺寸=CAKES[size][0],
                collect_at=ts(promised))
        if rng.random() > 0.86:
            t_c = t0 + D(minutes=30)
            gross = float(CAKES[size][1])
            self.ev(c, t_c, "tp_cancel", oid, "timeout", cm, channel="other", device=None)
            self.order_row(c, t0, oid, gross, cm, "cancelled", items=1, gross_amount=gross, cake_size=size,
                           蛋糕尺寸=CAKES[size][0], lead_days=lead, collect_at=ts(promised),
                           cancel_reason="unpaid_timeout")
            return None
        gross = float(CAKES[size][1]) + float(rng.choice([0, 0, 20, 30]))
        fee = 0.0
        partner = None
        if kind == "delivery":
            fee = 8.0 if t0 >= FEE_RAISE else 5.0
            partner = pick(list(PARTNERS), [0.42, 0.36, 0.22])
        ctype, disc = self.coupon(c, t0, gross, "birthday_cake", False)
        amount = gross - disc + fee
        pm = self.pay_method(c, amount, False)
        t1, pm = self.pay(c, t0 + D(minutes=float(rng.uniform(0.5, 4))), oid, cm, amount, pm, "tp_cake_pay")
        extra = dict(items=1, gross_amount=gross, coupon_type=ctype, 券类型=COUPONS.get(ctype),
                     coupon_discount=disc or None, delivery_fee=fee or None, delivery_partner=partner,
                     配送方=PARTNERS.get(partner), payment_method=pm, 支付方式=PAYM[pm], cake_size=size,
                     蛋糕尺寸=CAKES[size][0], lead_days=lead, collect_at=ts(promised))
        if t1 is None:
            self.ev(c, t0 + D(minutes=30), "tp_cancel", oid, "timeout", cm, channel="other", device=None)
            self.order_row(c, t0, oid, amount, cm, "cancelled", cancel_reason="unpaid_timeout", **extra)
            return None
        row = self.order_row(c, t0, oid, amount, cm, "paid", paid_at=ts(t1), **extra)
        if rng.random() < 0.04:                                   # the customer cancels before the day
            t_c = t1 + (promised - t1) * float(rng.uniform(0.1, 0.7))
            self.ev(c, t_c, "tp_cancel", oid, "cancel", cm)
            t_r = t_c + D(hours=float(rng.lognormal(np.log(6), 0.5)))
            self.ev(c, t_r, "tp_refund", oid, "refund", cm, channel="other", device=None, refund_amount=amount)
            if t_r <= END:
                row.update(status="refunded", refunded_at=ts(t_r), cancel_reason="customer_cancelled")
            return dict(bad=False)
        self.paid(c, t1, amount)
        topics = []
        p_late = 0.32 if (STORE[store][1] == "Changsha" and in_(promised, CS_RUSH)) else 0.025
        if lead == 2:
            p_late *= 1.3
        late = rng.random() < p_late
        t_h = promised + D(minutes=float(rng.uniform(45, 150)) if late else float(rng.uniform(-15, 10)))
        if kind == "delivery":
            t_d = t_h - D(minutes=float(rng.uniform(25, 60)))
            self.ev(c, t_d, "tp_dispatch", oid, "rider_picked_up", cm, channel="other", device=None,
                    delivery_partner=partner, 配送方=PARTNERS[partner])
            p_dmg = {"dada": 0.05, "sf_express": 0.022, "own_rider": 0.02}[partner]
            if partner == "dada" and in_(t_d, DADA_H2):
                p_dmg = 0.17
        else:
            p_dmg = 0.006
        self.ev(c, t_h, "tp_cake_handover", oid, "delivered" if kind == "delivery" else "collected", cm,
                channel="other" if kind == "delivery" else "store", device=None, delivery_partner=partner,
                配送方=PARTNERS.get(partner))
        if late:
            topics.append("cake_late")
            if rng.random() < 0.8:
                self.complaint(c, t_h + D(minutes=float(rng.uniform(10, 240))), "cake_late", cm, oid, amount, False,
                               0.6, refund_amt=30.0)
        if rng.random() < p_dmg:
            topics.append("damaged_cake")
            if rng.random() < 0.85:
                t_r = self.complaint(c, t_h + D(minutes=float(rng.uniform(5, 90))), "damaged_cake", cm, oid,
                                     amount, True, 0.9)
                if t_r:
                    row.update(status="refunded", refunded_at=ts(t_r))
                    c["spend"] -= amount
        return self.after(c, t1, t_h, kind, "birthday_cake", cm, oid, amount, row, topics=topics,
                          fulfil_tp="tp_cake_handover")

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            t = c["first"]
            walk = c["channel"] == "walk_in" and not c["legacy"]
            if not walk and not c["legacy"]:
                self.ev(c, t, "tp_mp_browse", None, "view", channel=c["channel"])
                if rng.random() < ch[2]:
                    self.join(c, t + D(minutes=float(rng.uniform(1, 10))))
                big = c["variant"] == "big_coupon"
                p_first = ch[4] * (1.35 if big else 1.0)
                if rng.random() > p_first:
                    continue
                t = t + (D(minutes=float(rng.uniform(15, 90))) if rng.random() < (0.8 if big else 0.55) else
                         D(days=float(rng.exponential(4)) + 0.1))
            rate = CTYPES[c["ctype"]][2] * ch[5] * float(rng.lognormal(0, 0.35))
            tries = 0
            while t <= END:
                if c["member"] is not None and c.get("first_topup") and t >= c["first_topup"]:
                    self.topup(c, c["first_topup"], c["home"])
                    c["first_topup"] = None
                elif c["topped"] and c["balance"] < 40 and rng.random() < 0.45:
                    self.topup(c, t - D(minutes=float(rng.uniform(1, 20))), c["home"])
                elif c["member"] is not None and in_(t, TOPUP_FEST) and c["sv_fan"] and rng.random() < 0.3:
                    self.topup(c, t - D(minutes=float(rng.uniform(1, 20))), c["home"], fest=True)
                first = c["paid"] == 0
                res = self.attempt(c, t, first, walk_in_first=walk and tries == 0)
                tries += 1
                if first and res is None and (tries >= 3 or rng.random() < 0.5):
                    break
                if c["paid"] > 0 and c["member"] is None and rng.random() < 0.04:
                    self.join(c, t + D(hours=float(rng.uniform(1, 30))))
                churn = CTYPES[c["ctype"]][5] * (1.8 if (res and res.get("bad")) else 1.0) * (
                    0.45 if c["legacy"] else 1.0)
                if first and c["paid"] == 1 and not c["legacy"]:
                    churn = max(churn, ch[6])
                if c["paid"] > 0 and rng.random() < churn:
                    break
                gap = float(rng.exponential(30.0 / rate)) + 0.2
                gap /= season(t + D(days=gap))
                t = t + D(days=gap)
                t = datetime(t.year, t.month, t.day) + D(hours=float(pick(
                    [7.5, 9, 12, 15, 17.5, 19.5], [0.16, 0.14, 0.16, 0.14, 0.24, 0.16]) + rng.uniform(0, 1.5)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            if c["member"] is None or c["member"] > END:
                tier = "non_member"
            else:
                tier = "black" if spend >= 3000 else "gold" if spend >= 1200 else "silver" if spend >= 400 else \
                    "regular"
            p = c["pays"]
            if not c["paid"]:
                seg = "prospect"
            elif p[0] >= datetime(2026, 7, 1):
                seg = "new"
            elif p[-1] < datetime(2026, 5, 1):
                seg = "at_risk"
            elif len(p) >= 15:
                seg = "loyal"
            else:
                seg = "active"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg,
                             region=CITIES[c["city"]][1], city=c["city"], 城市=CITIES[c["city"]][0],
                             acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级=TIERS[tier],
                             member_joined_at=ts(c["member"]) if c["member"] and c["member"] <= END else None,
                             customer_type=c["ctype"], 客群=CTYPES[c["ctype"]][0], gender=c["gender"],
                             age_band=c["age"], birthday_month=c["bmonth"], home_store_id=c["home"],
                             stored_value_balance=round(max(c["balance"], 0.0), 2), phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else r.get(k) for k in cols])


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "store_id", "门店", "store", "city", "城市", "order_type", "订单类型", "product_category", "品类",
           "items", "amount", "coupon_type", "券类型", "coupon_discount", "delivery_fee", "payment_method", "支付方式",
           "error_code", "delivery_partner", "配送方", "delivery_minutes", "cake_size", "蛋糕尺寸", "lead_days",
           "collect_at", "complaint_reason", "投诉原因", "refund_amount", "topup_amount", "bonus_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "product_category", "品类", "items", "gross_amount", "coupon_type", "券类型", "coupon_discount",
            "delivery_fee", "delivery_partner", "配送方", "payment_method", "支付方式", "store_id", "门店", "store",
            "city", "城市", "cake_size", "蛋糕尺寸", "lead_days", "collect_at", "paid_at", "cancel_reason",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "order_id", "store_id", "门店", "store", "city", "城市", "order_type", "订单类型", "product_category", "品类"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "city", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "member_joined_at", "customer_type", "客群", "gender", "age_band", "birthday_month",
             "home_store_id", "stored_value_balance", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=24, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    order = rng.permutation(len(g.feedback))
    write(out / "feedback.csv", [g.feedback[int(i)] for i in order], FB_COLS)
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"experiment {len(g.exp)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
