"""蜂语 BeeWhisper: a direct-to-consumer honey and bee-product shop selling through Douyin livestreams (抖音直播间: the
studio host 小蜜, the beekeeper 老周 live from the apiary, and guest influencer sessions 达人专场) and a WeChat mini
program (微信小程序). Products: seven single-flower honeys (槐花蜜 acacia, 椴树蜜 linden, 枣花蜜 jujube blossom, 荔枝蜜 lychee,
百花蜜 wildflower, 土蜂蜜 mountain wild honey, 巢蜜 honeycomb), fresh royal jelly (鲜蜂王浆, shipped frozen by cold chain),
bee pollen and propolis, festival gift boxes (春节 / 端午 / 中秋 礼盒, plus an all-season box) and, since April 2025, a
monthly honey-box subscription (月度蜂蜜订阅盒). Jars carry an authenticity QR code (溯源码, 扫码验真). Customers watch a
live or open the mini program, view a product, add to cart, pay; the warehouse ships by parcel (顺丰 / 中通 / 韵达 / 京东)
or cold chain (顺丰冷运 / 京东冷链, and a cheaper 中通冷链 trial in summer 2025); customers may scan the QR, chat with
customer service, request a return / refund (结晶 crystallised, 破损漏液 broken jar, 冷链失温 warm royal jelly, 疑似假货,
货不对板, 七天无理由), review the order and buy again.
Events 2025-01-01 .. 2026-07-31 (the extract was taken in early August 2026).

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

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 8500
SUB_LAUNCH = datetime(2025, 4, 1)
TRIAL = (datetime(2026, 3, 1), datetime(2026, 5, 1))           # 9.9 CNY first-month subscription trial
ZTO_TRIAL = (datetime(2025, 6, 1), datetime(2025, 9, 16))      # cheaper ZTO cold chain tried for royal jelly
BACKLOG = (datetime(2025, 9, 12), datetime(2025, 9, 29))       # Mid-Autumn warehouse backlog
QR_MISPRINT = (datetime(2026, 3, 5), datetime(2026, 4, 21))    # jujube honey batch ZH2603 with misprinted QR labels
JUJUBE_PROMO = (datetime(2026, 3, 1), datetime(2026, 4, 30))
FESTIVALS = [  # date, key, zh, en, gift-box sku
    (datetime(2025, 1, 29), "spring_festival", "春节", "Spring Festival", "spring_box"),
    (datetime(2025, 5, 31), "dragon_boat", "端午", "Dragon Boat Festival", "dragon_box"),
    (datetime(2025, 10, 6), "mid_autumn", "中秋", "Mid-Autumn Festival", "midautumn_box"),
    (datetime(2026, 2, 17), "spring_festival", "春节", "Spring Festival", "spring_box"),
    (datetime(2026, 6, 19), "dragon_boat", "端午", "Dragon Boat Festival", "dragon_box"),
    (datetime(2026, 9, 25), "mid_autumn", "中秋", "Mid-Autumn Festival", "midautumn_box"),
]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_live", "直播间观看", "Livestream watched", "awareness", "social", "digital", "livestream",
     "直播|直播间|看直播|抖音直播|进直播间|livestream|live room|watched the live|douyin live"),
    ("tp_mp_visit", "进入小程序", "Mini-program visit", "awareness", "mini_program", "digital", "ecommerce",
     "小程序|打开小程序|进店|微信小程序|mini program|opened the shop|visit"),
    ("tp_product", "商品详情页", "Product page viewed", "consideration", "mini_program", "digital", "ecommerce",
     "商品详情|详情页|看商品|点商品|小黄车|product page|product detail|item page"),
    ("tp_cart", "加入购物车", "Added to cart", "consideration", "mini_program", "digital", "ecommerce",
     "加购|加入购物车|购物车|add to cart|cart|basket"),
    ("tp_pay", "下单支付", "Order paid", "purchase", "mini_program", "digital", "finance",
     "下单|付款|支付|成交|买了|pay|paid|checkout|purchase|order placed"),
    ("tp_sub_start", "开通订阅", "Subscription started", "purchase", "mini_program", "digital", "crm",
     "开通订阅|订阅|月度订阅|订阅盒|subscribe|subscription start|sign up for the box"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "mini_program", "digital", "customer_service",
     "取消订单|取消|撤单|cancel|cancelled order"),
    ("tp_ship", "快递发货", "Parcel shipped", "service", "other", "physical", "warehouse",
     "发货|快递|出库|打包|ship|shipped|dispatch|parcel"),
    ("tp_cold_ship", "冷链发货", "Cold-chain dispatch", "service", "other", "physical", "warehouse",
     "冷链|冷链发货|冷运|冰袋|cold chain|cold-chain|frozen shipping"),
    ("tp_delivered", "签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|收货|送达|到货|delivered|received|arrived"),
    ("tp_qr_scan", "扫码验真", "Authenticity QR scan", "service", "mini_program", "digital", "quality",
     "扫码|验真|溯源码|防伪码|扫码验真|QR|authenticity check|scan the code|traceability"),
    ("tp_cs", "客服咨询", "Customer-service chat", "service", "mini_program", "digital", "customer_service",
     "客服|咨询客服|在线客服|人工客服|customer service|chat with support|CS"),
    ("tp_return_req", "退货退款申请", "Return / refund request", "service", "mini_program", "digital",
     "customer_service", "退货|退款申请|售后|申请退款|退换货|return|refund request|after-sales"),
    ("tp_refund", "退款到账", "Refund paid", "service", "other", "digital", "finance",
     "退款|退款到账|退钱|refund|money back|refunded"),
    ("tp_review", "评价", "Order review", "loyalty", "mini_program", "digital", "ecommerce",
     "评价|晒单|打分|评分|好评|差评|review|rating|stars"),
    ("tp_sub_renew", "订阅续费", "Subscription renewed", "loyalty", "mini_program", "digital", "crm",
     "续费|订阅续费|续订|renewal|renewed|subscription renewal"),
    ("tp_sub_cancel", "取消订阅", "Subscription cancelled", "loyalty", "mini_program", "digital", "crm",
     "取消订阅|退订|停订|cancel subscription|unsubscribe|churned subscriber"),
    ("tp_reorder", "复购", "Repeat purchase", "loyalty", "mini_program", "digital", "crm",
     "复购|回购|再次购买|回头客|repeat purchase|reorder|bought again|repeat buyer"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("live_order", "直播下单", "Livestream purchase", ["tp_live", "tp_product", "tp_cart", "tp_pay"], 3),
    ("mp_order", "小程序下单", "Mini-program purchase", ["tp_mp_visit", "tp_product", "tp_cart", "tp_pay"], 7),
    ("subscription", "订阅续费", "Subscription renewal", ["tp_sub_start", "tp_sub_renew"], 45),
    ("returns", "退货退款", "Returns and refunds", ["tp_return_req", "tp_refund"], 14),
    ("repeat", "复购", "Repeat purchase", ["tp_pay", "tp_reorder"], 60),
    ("verify", "扫码验真", "Authenticity check", ["tp_delivered", "tp_qr_scan"], 14),
]
PRODUCTS = {  # sku: zh, en, category, price, crystal risk (Nov-Feb, other months)
    "acacia": ("槐花蜜", "Acacia honey", "honey", 68.0, (0.012, 0.004)),
    "linden": ("椴树蜜", "Linden honey", "honey", 78.0, (0.16, 0.02)),
    "jujube": ("枣花蜜", "Jujube-blossom honey", "honey", 58.0, (0.03, 0.01)),
    "lychee": ("荔枝蜜", "Lychee honey", "honey", 72.0, (0.025, 0.008)),
    "wildflower": ("百花蜜", "Wildflower honey", "honey", 48.0, (0.035, 0.01)),
    "mountain": ("土蜂蜜", "Mountain wild honey", "honey", 128.0, (0.03, 0.01)),
    "comb": ("巢蜜", "Honeycomb", "honey", 98.0, (0.01, 0.004)),
    "royal_jelly": ("鲜蜂王浆", "Fresh royal jelly", "royal_jelly", 168.0, (0.0, 0.0)),
    "pollen": ("蜂花粉", "Bee pollen", "bee_product", 58.0, (0.0, 0.0)),
    "propolis": ("蜂胶", "Propolis", "bee_product", 138.0, (0.0, 0.0)),
    "spring_box": ("春节礼盒", "Spring Festival gift box", "gift_box", 398.0, (0.01, 0.0)),
    "dragon_box": ("端午礼盒", "Dragon Boat gift box", "gift_box", 258.0, (0.0, 0.004)),
    "midautumn_box": ("中秋礼盒", "Mid-Autumn gift box", "gift_box", 368.0, (0.0, 0.004)),
    "season_box": ("四季礼盒", "All-season gift box", "gift_box", 298.0, (0.01, 0.004)),
    "honey_box": ("月度蜂蜜订阅盒", "Monthly honey box", "subscription", 99.0, (0.02, 0.005)),
}
CATEGORIES = {"honey": "蜂蜜", "royal_jelly": "蜂王浆", "bee_product": "蜂花粉蜂胶", "gift_box": "节日礼盒",
              "subscription": "订阅盒"}
SKU_W = {  # customer type: weights over the everyday skus
    "self_use": dict(acacia=.22, linden=.15, jujube=.15, lychee=.12, wildflower=.14, mountain=.08, comb=.06,
                     royal_jelly=.04, pollen=.02, propolis=.02),
    "parent": dict(acacia=.30, linden=.12, jujube=.13, lychee=.13, wildflower=.13, mountain=.05, comb=.08,
                   royal_jelly=.02, pollen=.02, propolis=.02),
    "wellness_senior": dict(acacia=.07, linden=.08, jujube=.10, lychee=.04, wildflower=.04, mountain=.12, comb=.03,
                            royal_jelly=.32, pollen=.10, propolis=.10),
    "gift_giver": dict(acacia=.14, linden=.10, jujube=.08, lychee=.08, wildflower=.04, mountain=.16, comb=.10,
                       royal_jelly=.10, pollen=.02, propolis=.08, season_box=.10),
}
CTYPES = {  # en: zh, weight, order rate (per 30 days), churn per order
    "self_use": ("自用", 0.38, 0.75, 0.19),
    "parent": ("宝妈宝爸", 0.22, 0.85, 0.15),
    "wellness_senior": ("养生中老年", 0.20, 1.5, 0.07),
    "gift_giver": ("送礼", 0.20, 0.40, 0.18),
}
CHANNELS = {  # en: zh, weight, churn multiplier, share of later visits via livestream
    "douyin_live": ("抖音直播", 0.40, 1.7, 0.75),
    "wechat_mp": ("微信公众号", 0.20, 0.9, 0.15),
    "xiaohongshu": ("小红书", 0.18, 1.1, 0.2),
    "friend_referral": ("老带新", 0.12, 0.6, 0.1),
    "offline_fair": ("线下展会", 0.10, 0.9, 0.1),
}
HOSTS = {  # en: zh, P(product | live), P(cart | product), P(pay | cart)
    "xiaomi": ("主播小蜜", 0.45, 0.55, 0.62),
    "laozhou": ("蜂农老周", 0.56, 0.62, 0.72),
    "influencer": ("达人专场", 0.30, 0.40, 0.45),
}
PROVINCES = {  # en: zh, weight, hot south (summer), remote (+hours)
    "Guangdong": ("广东", 0.20, True, 0), "Zhejiang": ("浙江", 0.15, False, 0), "Jiangsu": ("江苏", 0.11, False, 0),
    "Shanghai": ("上海", 0.10, False, 0), "Beijing": ("北京", 0.09, False, 6), "Sichuan": ("四川", 0.08, False, 8),
    "Hubei": ("湖北", 0.07, False, 4), "Shandong": ("山东", 0.06, False, 4), "Fujian": ("福建", 0.06, True, 4),
    "Hainan": ("海南", 0.03, True, 16), "Heilongjiang": ("黑龙江", 0.03, False, 16), "Xinjiang": ("新疆", 0.02, False, 30),
}
CARRIERS = {  # en: zh, median transit hours
    "sf": ("顺丰速运", 30.0), "zto": ("中通快递", 44.0), "yunda": ("韵达快递", 62.0), "jd": ("京东物流", 34.0),
    "sf_cold": ("顺丰冷运", 26.0), "jd_cold": ("京东冷链", 30.0), "zto_cold": ("中通冷链", 58.0),
}
PAYM = {"douyin_pay": "抖音支付", "wechat_pay": "微信支付", "member_balance": "储值余额"}
REASONS = {  # return reason: zh, P(refund approved), median hours to refund
    "crystallised": ("蜂蜜结晶", 0.42, 60.0), "broken_leak": ("破损漏液", 0.95, 10.0),
    "warm_arrival": ("冷链失温", 0.95, 8.0), "suspected_fake": ("疑似假货", 0.9, 40.0),
    "not_as_described": ("货不对板", 0.85, 72.0), "no_reason": ("七天无理由", 0.9, 96.0),
}
PLANS = {"standard": ("标准月订", 99.0), "trial": ("9.9元体验", 9.9)}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
AGES = {"self_use": [0.12, 0.38, 0.28, 0.14, 0.06, 0.02], "parent": [0.02, 0.48, 0.42, 0.06, 0.02, 0.0],
        "wellness_senior": [0.0, 0.03, 0.1, 0.27, 0.35, 0.25], "gift_giver": [0.05, 0.3, 0.35, 0.2, 0.08, 0.02]}

TXT = {  # topic: (zh variants, en variants)
    "crystal": (["收到的蜂蜜结晶成白白的一坨，是不是掺了糖？", "蜂蜜才放了几天就结晶了，怀疑不是纯蜂蜜",
                 "结晶得硬邦邦的，勺子都挖不动，要求退货", "天一冷蜂蜜全结晶了，客服说是正常现象，我还是不放心"],
                ["the honey crystallised into a hard white block, is it mixed with sugar?",
                 "it crystallized within a week, doesn't feel like real honey",
                 "the jar arrived crystallised and grainy, I want to return it"]),
    "warm": (["蜂王浆到的时候冰袋全化了，摸着是温的", "王浆送到已经是温的，冰袋早就化成水了", "冷链一点都不冷，冰袋化了，王浆不敢吃"],
             ["the royal jelly arrived warm, the ice packs had completely melted",
              "the ice pack was melted and the jelly felt warm", "cold chain wasn't cold at all, ice packs melted"]),
    "leak": (["瓶子碎了，蜂蜜漏得满箱都是", "玻璃瓶摔碎了，漏了一地", "罐子裂了漏液，箱子黏糊糊的"],
             ["the glass jar was broken and honey leaked everywhere",
              "the jar cracked in transit and leaked all over the box"]),
    "late_gift": (["中秋礼盒节后才到，送礼送晚了太尴尬", "礼盒拖了好多天才发货，节后才到", "给长辈的礼盒送晚了，白买了"],
                  ["the gift box arrived after the festival, so embarrassing",
                   "gift box shipped so late it arrived after the festival"]),
    "qr_fail": (["扫码验真显示码不存在，是不是假货？", "溯源码扫出来查无此码，心里发毛", "扫了防伪码提示码不存在，要个说法"],
                ["the authenticity QR says code not found, is this fake?",
                 "scanned the QR and it said code not found"]),
    "not_desc": (["和直播间说的不一样，说是原蜜结果很稀", "货不对板，直播里讲的是深山土蜜", "收到的跟直播说的不一样，感觉被忽悠了"],
                 ["not as described in the livestream, much runnier than shown",
                  "not what the host described at all"]),
    "pricey": (["价格有点贵", "比超市贵不少"], ["a bit pricey", "overpriced for the size"]),
    "taste": (["味道纯正，花香很浓", "很香，孩子每天早上冲一杯", "口感纯正，不齁甜"],
              ["tastes pure with a lovely floral note", "rich floral taste, the kids love it"]),
    "packaging": (["礼盒包装很精美，送人有面子", "包装精美，长辈很喜欢"],
                  ["beautiful packaging, looks premium as a gift", "the gift box has beautiful packaging"]),
}
GEN = {"neg": (["体验很差，不会再买了", "太失望了", "客服处理太慢"],
               ["really disappointed", "won't buy again", "customer service was slow to help"]),
       "neu": (["还行吧，一般般", "中规中矩", "物流正常，东西还没开"], ["it's okay", "nothing special",
                                                      "arrived fine, haven't opened yet"]),
       "pos": (["会回购的，推荐", "很满意，已经推荐给朋友", "第三次买了，一如既往的好"],
               ["will buy again", "very happy, recommended to friends", "third time buying, great as always"])}
TOPIC_TP = [("warm", "tp_cold_ship"), ("leak", "tp_delivered"), ("qr_fail", "tp_qr_scan"), ("late_gift", "tp_ship"),
            ("not_desc", "tp_live"), ("crystal", "tp_product"), ("pricey", "tp_product"),
            ("packaging", "tp_delivered")]
NEG_TOPICS = {"crystal", "warm", "leak", "late_gift", "qr_fail", "not_desc", "pricey"}
REASON_TOPIC = {"crystallised": "crystal", "broken_leak": "leak", "warm_arrival": "warm", "suspected_fake": "qr_fail",
                "not_as_described": "not_desc"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    m = {1: 1.35, 2: 0.9, 3: 0.9, 4: 0.95, 5: 1.05, 6: 1.2, 7: 0.75, 8: 0.75, 9: 1.45, 10: 1.0, 11: 1.3,
         12: 1.15}[d.month]
    if (d.month == 6 and d.day <= 18) or (d.month == 11 and d.day <= 11):   # 618 and Double 11
        m *= 1.3
    return m


def gift_festival(t: datetime):
    """the festival whose gift season (25 .. 3 days before it) contains t."""
    for f in FESTIVALS:
        if f[0] - D(days=25) <= t <= f[0] - D(days=3):
            return f
    return None


def next_gift_window(t: datetime):
    for f in FESTIVALS:
        if f[0] - D(days=3) > t + D(days=5):
            return f
    return None


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_fb = self.n_att = self.n_sub = 0

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="mini_program")
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, oid=None, undated=False, gen=None,
           no_customer=False):
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
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if ({"taste", "packaging"} & set(topics) or gen == "pos") else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, order_id=oid)
        if common:
            for k in ("product_sku", "product", "product_en", "category", "品类", "live_host", "主播", "carrier",
                      "快递公司", "province", "收货省份"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 7, 24):
            growth = 0.55 + 0.9 * (d - START).days / 570
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            hour = float(rng.uniform(19, 23.5)) if ch == "douyin_live" else float(rng.uniform(8, 23))
            t = days[k][0] + D(hours=hour)
            prov = pick(list(PROVINCES), [x[1] for x in PROVINCES.values()])
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            en_share = 0.25 if prov in ("Shanghai", "Beijing") else (0.1 if prov == "Guangdong" else 0.04)
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", first=t, prov=prov, ctype=ctype, channel=ch,
                age=pick(AGE_BANDS, AGES[ctype]), gender=pick(["female", "male"], [0.66, 0.34]),
                device=pick(["ios", "android"], [0.45, 0.55]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, paid=0, pays=[], first_pay=None,
                sub=None, sub_status="none"))

    def common(self, c, sku, host=None, fest=None):
        p = PRODUCTS[sku]
        cm = dict(product_sku=sku, product=p[0], product_en=p[1], category=p[2], 品类=CATEGORIES[p[2]],
                  province=c["prov"], 收货省份=PROVINCES[c["prov"]][0])
        if host:
            cm.update(live_host=host, 主播=HOSTS[host][0])
        if fest and p[2] == "gift_box" and sku != "season_box":
            cm.update(festival=fest[1], 节日=fest[2])
        return cm

    def order_row(self, c, t, oid, amount, cm, channel, **kw):
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2), status="paid",
                   channel=channel, 下单渠道="抖音直播" if channel == "douyin_live" else "微信小程序", device=c["device"],
                   currency="CNY")
        for k in ("product_sku", "product", "product_en", "category", "品类", "live_host", "主播", "festival", "节日",
                  "province", "收货省份"):
            if cm.get(k) is not None:
                row[k] = cm[k]
        row.update(kw)
        self.orders.append(row)
        return row

    def paid(self, c, t, amount):
        c["paid"] += 1
        c["spend"] += amount
        c["pays"].append(t)
        if c["first_pay"] is None:
            c["first_pay"] = t

    def choose_sku(self, c, t):
        fest = gift_festival(t)
        if fest and rng.random() < (0.85 if c["ctype"] == "gift_giver" else 0.1):
            return fest[4], fest
        w = dict(SKU_W[c["ctype"]])
        if t.month in (5, 6, 7, 8):                                  # fresh royal jelly season
            w["royal_jelly"] *= 2.0
        if JUJUBE_PROMO[0] <= t < JUJUBE_PROMO[1]:                   # spring jujube-honey promotion
            w["jujube"] *= 2.5
        return pick(list(w), list(w.values())), fest

    # ---------- shipping, scans, returns, reviews of one paid order ----------
    def fulfil(self, c, t_pay, oid, cm, row, amount, sku, host=None, sub=False):
        cat = PRODUCTS[sku][2]
        cold = cat == "royal_jelly"
        prov = PROVINCES[c["prov"]]
        summer = t_pay.month in (6, 7, 8, 9)
        # customer cancels before shipping
        wait_med = 0.8
        if BACKLOG[0] <= t_pay < BACKLOG[1]:
            wait_med = 5.5 if cat == "gift_box" else 2.6
        elif (t_pay.month == 6 and t_pay.day <= 18) or (t_pay.month == 11 and t_pay.day <= 11):
            wait_med = 1.3
        wait = float(rng.lognormal(np.log(wait_med), 0.35))
        if not sub and rng.random() < (0.2 if wait > 4 else 0.015):
            t_c = t_pay + D(days=min(wait * float(rng.uniform(0.4, 0.9)), wait - 0.05))
            self.ev(c, t_c, "tp_cancel", oid, "cancel", cm)
            t_r = t_c + D(hours=float(rng.uniform(0.5, 6)))
            self.ev(c, t_r, "tp_refund", oid, "refund", cm, channel="other", refund_amount=round(amount, 2),
                    return_reason="cancelled_before_shipping", 退货原因="发货前取消")
            if t_r <= END:
                row["status"] = "cancelled"
                row["refunded_at"] = ts(t_r)
            if wait > 4 and rng.random() < 0.35:
                self.fb(c, t_c + D(minutes=5), ["late_gift"], "cs_chat", common=cm, oid=oid)
            return dict(bad=True)
        self.paid(c, t_pay, amount)
        t_s = t_pay + D(days=wait)
        batch = None
        if cat == "honey":
            batch = f"{sku[:2].upper()}{t_s.strftime('%y%m')}"
            if sku == "jujube" and QR_MISPRINT[0] <= t_s < QR_MISPRINT[1]:
                batch = "ZH2603"
        if cold:
            carrier = pick(["zto_cold", "sf_cold", "jd_cold"], [0.6, 0.25, 0.15]) if ZTO_TRIAL[0] <= t_s < ZTO_TRIAL[1] \
                else pick(["sf_cold", "jd_cold"], [0.6, 0.4])
            tp_ship, mode = "tp_cold_ship", "cold_chain"
        else:
            carrier = "sf" if cat == "gift_box" else pick(["sf", "zto", "yunda", "jd"], [0.3, 0.3, 0.25, 0.15])
            tp_ship, mode = "tp_ship", "parcel"
        ship_cm = dict(cm, carrier=carrier, 快递公司=CARRIERS[carrier][0], ship_mode=mode,
                       配送方式="冷链" if cold else "普通快递", batch_no=batch)
        row.update(carrier=carrier, 快递公司=CARRIERS[carrier][0], ship_mode=mode, 配送方式=ship_cm["配送方式"],
                   batch_no=batch)
        self.ev(c, t_s, tp_ship, oid, "shipped", ship_cm, device=None, channel="other")
        hours = float(rng.lognormal(np.log(CARRIERS[carrier][1] + prov[3]), 0.3))
        t_d = t_s + D(hours=hours)
        self.ev(c, t_d, "tp_delivered", oid, "delivered", ship_cm, device=None, channel="other",
                transit_hours=round(hours, 1))
        fcm = dict(ship_cm)
        topics, reason = [], None
        if cold:
            p = 0.012 + max(0.0, hours - 36) * 0.002
            if summer:
                p += 0.02 + max(0.0, hours - 30) * 0.003 + (0.04 if prov[2] else 0.0)
                if carrier == "zto_cold":
                    p += 0.12
            if rng.random() < p:
                topics.append("warm")
                reason = "warm_arrival"
        elif cat in ("honey", "gift_box", "subscription"):
            if rng.random() < (0.075 if carrier == "yunda" else 0.012):
                topics.append("leak")
                reason = "broken_leak"
        if reason is None and cat in ("honey", "gift_box", "subscription"):
            winter = t_d.month in (11, 12, 1, 2)
            if rng.random() < PRODUCTS[sku][4][0 if winter else 1]:
                topics.append("crystal")
                reason = "crystallised"
        if reason is None and host == "influencer" and rng.random() < 0.13:
            topics.append("not_desc")
            reason = "not_as_described"
        elif reason is None and host and rng.random() < 0.012:
            topics.append("not_desc")
            reason = "not_as_described"
        late = cat == "gift_box" and wait > 4
        if late and rng.random() < 0.55:
            topics.append("late_gift")
        # authenticity QR scan (honey jars, gift boxes, royal jelly)
        if cat != "bee_product" and rng.random() < (0.45 if cat == "gift_box" else 0.38):
            t_q = t_d + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            bad_qr = rng.random() < (0.65 if batch == "ZH2603" else 0.01)
            res = "not_found" if bad_qr else "verified"
            self.ev(c, t_q, "tp_qr_scan", oid, res, ship_cm, channel="mini_program", qr_result=res,
                    验真结果="码不存在" if bad_qr else "验证通过")
            if bad_qr:
                if rng.random() < 0.5:
                    self.ev(c, t_q + D(minutes=3), "tp_cs", oid, "chat", ship_cm, cs_topic="authenticity")
                    self.fb(c, t_q + D(minutes=8), ["qr_fail"], "cs_chat", common=fcm, oid=oid)
                if reason is None and rng.random() < 0.35:
                    topics.append("qr_fail")
                    reason = "suspected_fake"
                elif "qr_fail" not in topics:
                    topics.append("qr_fail")
        if reason is None and not sub and rng.random() < 0.015:
            reason = "no_reason"
        p_req = {"crystallised": 0.8, "broken_leak": 0.85, "warm_arrival": 0.9, "suspected_fake": 1.0,
                 "not_as_described": 0.65, "no_reason": 1.0}
        if reason and rng.random() < p_req[reason]:
            t_a = t_d + D(hours=float(rng.uniform(1, 40) if reason in ("warm_arrival", "broken_leak") else
                                      rng.uniform(24, 200)))
            if reason != "no_reason" and rng.random() < 0.7:
                self.ev(c, t_a - D(minutes=20), "tp_cs", oid, "chat", ship_cm, cs_topic=reason)
            self.ev(c, t_a, "tp_return_req", oid, "submit", ship_cm, return_reason=reason,
                    退货原因=REASONS[reason][0])
            approve = rng.random() < REASONS[reason][1]
            if approve:
                t_r = t_a + D(hours=float(rng.lognormal(np.log(REASONS[reason][2]), 0.5)))
                self.ev(c, t_r, "tp_refund", oid, "refund", ship_cm, channel="other", refund_amount=round(amount, 2),
                        return_reason=reason, 退货原因=REASONS[reason][0])
                if t_r <= END:
                    row["status"] = "refunded" if reason == "warm_arrival" else "returned"
                    row["refunded_at"] = ts(t_r)
                    c["spend"] -= amount
            if reason != "no_reason" and rng.random() < 0.6:
                self.fb(c, t_a + D(minutes=30), [k for k in topics if k in TXT], "cs_chat", common=fcm, oid=oid)
        elif late and "late_gift" in topics and rng.random() < 0.5:
            self.fb(c, t_d + D(hours=float(rng.uniform(1, 30))), ["late_gift"], "cs_chat", common=fcm, oid=oid)
        if rng.random() < 0.07:
            topics.append("pricey")
        bad = bool(set(topics) & NEG_TOPICS)
        if not bad:
            if rng.random() < (0.5 if sku == "mountain" else 0.25):
                topics.append("taste")
            if cat == "gift_box" and rng.random() < 0.4:
                topics.append("packaging")
        self.reviews(c, t_d, topics, bad, fcm, oid, sku, host)
        return dict(bad=bad)

    def reviews(self, c, t_d, topics, bad, cm, oid, sku, host):
        pen = {"crystal": 2.2, "warm": 3.0, "leak": 2.4, "late_gift": 2.0, "qr_fail": 2.3, "not_desc": 2.2,
               "pricey": 0.8}
        bonus = 0.8 if sku == "mountain" else 0.0
        if rng.random() < ((0.7 if "warm" in topics else 0.5) if bad else 0.24):
            stars = float(pick([5, 4, 3, 2], [0.45, 0.36, 0.13, 0.06])) + bonus
            for k in topics:
                stars -= pen.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            t_r = t_d + D(hours=float(rng.lognormal(np.log(30), 0.9)))
            self.ev(c, t_r, "tp_review", oid, "review", cm, stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "order_review", rating=stars, common=cm, oid=oid, gen=gen)
        if rng.random() < 0.05:
            nps = int(np.clip(round(rng.normal(8.2 - 3.4 * bad + 0.6 * (bonus > 0), 1.5)), 0, 10))
            self.fb(c, t_d + D(days=3, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, common=cm, oid=oid, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if rng.random() < 0.025:
            self.fb(c, t_d + D(hours=float(rng.uniform(2, 96))), topics, "xiaohongshu_note", common=cm, oid=oid,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.4)
        if host and rng.random() < 0.05:
            self.fb(c, t_d + D(hours=float(rng.uniform(1, 72))), topics, "douyin_comment", common=cm, oid=oid,
                    undated=rng.random() < 0.3, no_customer=rng.random() < 0.3)

    # ---------- one shopping visit (livestream or mini program) ----------
    def attempt(self, c, t0, via_live):
        self.n_att += 1
        oid = f"BW{self.n_att:07d}"
        first = c["paid"] == 0
        host = None
        if via_live:
            promo = (t0.month == 6 and t0.day <= 18) or (t0.month == 11 and t0.day <= 11)
            host = pick(list(HOSTS), [0.45, 0.25, 0.30] if not promo else [0.3, 0.2, 0.5])
            lsid = f"LS{t0.strftime('%y%m%d')}{host[:2].upper()}"
            self.ev(c, t0, "tp_live", oid, "view", dict(live_session_id=lsid, live_host=host, 主播=HOSTS[host][0]),
                    channel="douyin")
            p_prod, p_cart, p_pay = HOSTS[host][1:]
        else:
            self.ev(c, t0, "tp_mp_visit", oid, "view", channel="mini_program")
            p_prod, p_cart, p_pay = 0.68, 0.5, 0.76
        if not first:
            p_prod, p_cart, p_pay = min(0.95, p_prod * 1.5), min(0.95, p_cart * 1.4), min(0.97, p_pay * 1.25)
        # subscription (mini program only)
        if not via_live and t0 >= SUB_LAUNCH and c["sub"] is None:
            trial = TRIAL[0] <= t0 < TRIAL[1]
            p_sub = (0.22 if not first else 0.1) if trial else (0.05 if not first else 0.0)
            if rng.random() < p_sub:
                return self.subscribe(c, t0, oid, "trial" if trial else "standard")
        sku, fest = self.choose_sku(c, t0)
        cm = self.common(c, sku, host, fest)
        chan = "douyin" if via_live else "mini_program"
        t = t0 + D(minutes=float(rng.uniform(0.5, 12)))
        if rng.random() > p_prod:
            return None
        self.ev(c, t, "tp_product", oid, "view", cm, channel=chan)
        if rng.random() > p_cart:
            return None
        t += D(minutes=float(rng.uniform(0.5, 8)))
        cart_t = t
        qty = int(pick([1, 2, 3, 4], [0.55, 0.3, 0.1, 0.05])) if PRODUCTS[sku][2] == "gift_box" else \
            int(pick([1, 2, 3], [0.6, 0.3, 0.1]))
        self.ev(c, t, "tp_cart", oid, "add", cm, channel=chan, quantity=qty)
        if rng.random() > p_pay:
            return None
        t += D(minutes=float(rng.uniform(0.5, 10)))
        if t > END:
            return None
        coupon = float(pick([0, 10, 20], [0.5, 0.3, 0.2]) if via_live else pick([0, 5, 10], [0.6, 0.25, 0.15]))
        amount = PRODUCTS[sku][3] * qty - coupon
        pm = "douyin_pay" if via_live else ("member_balance" if (c["paid"] >= 3 and rng.random() < 0.25)
                                            else "wechat_pay")
        if not first:
            self.ev(c, cart_t + D(seconds=1), "tp_reorder", oid, "reorder", cm, channel=chan)
        self.ev(c, t, "tp_pay", oid, "success", cm, channel=chan, quantity=qty, amount=round(amount, 2),
                coupon_amount=coupon or None, payment_method=pm, 支付方式=PAYM[pm])
        row = self.order_row(c, t, oid, amount, cm, "douyin_live" if via_live else "mini_program", quantity=qty,
                             coupon_amount=coupon or None, payment_method=pm, 支付方式=PAYM[pm])
        return self.fulfil(c, t, oid, cm, row, amount, sku, host)

    # ---------- the monthly honey-box subscription ----------
    def subscribe(self, c, t0, oid, plan):
        self.n_sub += 1
        sid = f"SUB{self.n_sub:05d}"
        c["sub"] = sid
        cm = self.common(c, "honey_box")
        scm = dict(cm, subscription_id=sid, sub_plan=plan, 订阅方案=PLANS[plan][0])
        t = t0 + D(minutes=float(rng.uniform(1, 8)))
        self.ev(c, t, "tp_product", oid, "view", cm)
        t += D(minutes=float(rng.uniform(1, 6)))
        if t > END:
            return None
        price = PLANS[plan][1]
        self.ev(c, t, "tp_sub_start", oid, "subscribe", scm, amount=price, payment_method="wechat_pay",
                支付方式=PAYM["wechat_pay"])
        row = self.order_row(c, t, oid, price, scm, "mini_program", subscription_id=sid, sub_plan=plan,
                             订阅方案=PLANS[plan][0], quantity=1, payment_method="wechat_pay",
                             支付方式=PAYM["wechat_pay"])
        self.fulfil(c, t, oid, scm, row, price, "honey_box", sub=True)
        c["sub_status"] = "active"
        k = 1
        while True:
            due = t0 + D(days=30 * k, hours=float(rng.uniform(0, 20)))
            p_renew = (0.3 if plan == "trial" else 0.84) if k == 1 else 0.9
            if rng.random() > p_renew:
                t_c = due - D(days=float(rng.uniform(0.5, 12)))
                self.ev(c, t_c, "tp_sub_cancel", None, "cancel", scm)
                if t_c <= END:
                    c["sub_status"] = "cancelled"
                break
            if due > END:
                break
            self.n_att += 1
            roid = f"BW{self.n_att:07d}"
            rscm = dict(scm, sub_plan="standard", 订阅方案=PLANS["standard"][0]) if plan == "trial" else scm
            self.ev(c, due, "tp_sub_renew", roid, "renew", rscm, amount=99.0, payment_method="wechat_pay",
                    支付方式=PAYM["wechat_pay"], renewal_no=k)
            rrow = self.order_row(c, due, roid, 99.0, rscm, "mini_program", subscription_id=sid,
                                  sub_plan=rscm["sub_plan"], 订阅方案=rscm["订阅方案"], quantity=1,
                                  payment_method="wechat_pay", 支付方式=PAYM["wechat_pay"])
            self.fulfil(c, due, roid, rscm, rrow, 99.0, "honey_box", sub=True)
            k += 1
        return dict(bad=False)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            t = c["first"]
            via_live = c["channel"] == "douyin_live"
            rate = CTYPES[c["ctype"]][2] * float(rng.lognormal(0, 0.4))
            tries = 0
            while t <= END:
                res = self.attempt(c, t, via_live)
                tries += 1
                if c["paid"] == 0 and res is None and (tries >= 4 or rng.random() < 0.35):
                    break
                churn = CTYPES[c["ctype"]][3] * ch[2] * (1.8 if (res and res.get("bad")) else 1.0)
                if c["sub"] is not None:
                    churn *= 0.6
                if c["paid"] > 0 and rng.random() < churn:
                    break
                nxt = next_gift_window(t) if c["ctype"] == "gift_giver" else None
                if c["paid"] == 0:
                    t = t + D(days=float(rng.uniform(0.2, 6)))
                elif nxt and rng.random() < 0.7:
                    t = nxt[0] - D(days=float(rng.uniform(4, 24)))
                else:
                    gap = float(rng.exponential(30.0 / rate)) + 2
                    gap /= season(t + D(days=gap))
                    t = t + D(days=gap)
                via_live = rng.random() < ch[3]
                h = float(rng.uniform(19, 23.5)) if via_live else float(rng.uniform(8, 23))
                t = datetime(t.year, t.month, t.day) + D(hours=h)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "diamond" if spend >= 2000 else "gold" if spend >= 800 else "silver" if spend >= 300 else "basic"
            p = c["pays"]
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 6, 1):
                seg = "new"
            elif p[-1] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif len(p) >= 8:
                seg = "vip"
            elif len(p) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, region=c["prov"],
                             省份=PROVINCES[c["prov"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             customer_type=c["ctype"], 客群=CTYPES[c["ctype"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], subscription_status=c["sub_status"],
                             订阅状态=SUB_STATUS[c["sub_status"]], preferred_language=c["lang"]))
        return rows


TIERS = {"basic": "普通会员", "silver": "银蜂会员", "gold": "金蜂会员", "diamond": "蜂王会员"}
SUB_STATUS = {"none": "未订阅", "active": "订阅中", "cancelled": "已退订"}


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "live_session_id", "live_host", "主播", "product_sku", "product", "product_en", "category", "品类",
           "festival", "节日", "quantity", "amount", "coupon_amount", "payment_method", "支付方式", "subscription_id",
           "sub_plan", "订阅方案", "renewal_no", "province", "收货省份", "carrier", "快递公司", "ship_mode", "配送方式",
           "batch_no", "transit_hours", "qr_result", "验真结果", "cs_topic", "return_reason", "退货原因",
           "refund_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "下单渠道", "device", "product_sku",
            "product", "product_en", "category", "品类", "quantity", "festival", "节日", "live_host", "主播",
            "subscription_id", "sub_plan", "订阅方案", "coupon_amount", "payment_method", "支付方式", "carrier", "快递公司",
            "ship_mode", "配送方式", "batch_no", "province", "收货省份", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "order_id", "product_sku", "product", "product_en", "category", "品类", "live_host", "主播", "carrier",
           "快递公司", "province", "收货省份"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "省份", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "customer_type", "客群", "age_band", "gender", "phone_os", "subscription_status", "订阅状态",
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
    dup_idx = rng.choice(len(ev), size=25, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fbs = sorted(zip(g.feedback, g.truth), key=lambda x: (x[0]["ts"] or "9", x[0]["feedback_id"]))
    write(out / "feedback.csv", [f for f, _ in fbs], FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", [t for _, t in fbs], ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
