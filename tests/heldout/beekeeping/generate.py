"""蜂匠 BeeWright: a beekeeping supplies shop and honey subscription business with two apiaries and farm shops —
蒲江蜂场 Pujiang (near Chengdu, Sichuan) and 临安蜂场 Lin'an (near Hangzhou, Zhejiang) — and an online store
(WeChat mini program and web) shipping all over China.

What customers do with us:
- online store: visit → product page → cart → checkout (paid) → courier (SF, ZTO, JD, Deppon for bulky kits) →
  delivered; some ask for a return (refund); some write a review;
- farm shop: walk in at Pujiang or Lin'an, browse or buy (honey, tools, protective gear);
- live bees (活蜂): reserve a package (蜂包 1.5 kg with a mated queen) or a 5-frame nucleus colony (核群), paid up front,
  Sep .. mid-May; bees are dispatched in spring (Apr 1 .. May 25) by SF, Deppon or picked up at the farm; on arrival
  a dead-on-arrival claim (死蜂理赔) may be filed, then resolved (replaced / refunded / rejected);
- beginner courses (新手课): sign up for a farm weekend class or an online live class, attend (or not); many
  attendees then reserve bees;
- hive inspection visits (上门查蜂) around Chengdu and Hangzhou: book → an inspector visits (findings: varroa,
  queenless, swarming …, fee 180);
- honey subscription boxes (蜂蜜订阅盒, launched Jan 2025): start → a box every 30 days → pauses (skip 1-2 boxes) →
  cancellation; the classic plan went from 88 to 108 CNY per box on 2026-03-01;
- refunds, customer-service chats, reviews, surveys, Xiaohongshu notes, call notes.
Events 2025-01-01 .. 2026-06-30 (extract 2026-07-08, months before "today" 2026-12-01). Naive local times, CNY.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics / sentiment per comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260708
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 6400
ANDROID_BUG = (datetime(2026, 3, 10), datetime(2026, 4, 21))      # mini-program 3.8.1 payment bug on Android
KIT_BATCH = (datetime(2025, 3, 25), datetime(2025, 6, 20))        # starter kits from supplier batch SK2504 (wood cracks)
CLAIM_POLICY = datetime(2026, 4, 1)                               # DOA claims need an unboxing video, HQ review
PRICE_RISE = datetime(2026, 3, 1)                                 # classic box 88 -> 108
AB = ("kit_video", datetime(2026, 3, 1), datetime(2026, 6, 1))    # video set-up guide on product pages vs control

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_shop_visit", "逛网店", "Online store visit", "awareness", "mini_program", "digital", "ecommerce",
     "网店|商城|小程序|逛店|进店|store visit|shop visit|webshop|browsing"),
    ("tp_product", "商品详情页", "Product page", "consideration", "mini_program", "digital", "ecommerce",
     "详情页|商品页|看商品|product page|PDP|item page"),
    ("tp_cart", "加购物车", "Added to cart", "consideration", "mini_program", "digital", "ecommerce",
     "加购|购物车|加车|cart|basket|add to cart"),
    ("tp_checkout", "下单支付", "Checkout paid", "purchase", "mini_program", "digital", "ecommerce",
     "下单|付款|支付|结算|买单|checkout|payment|paid order"),
    ("tp_ship", "仓库发货", "Order shipped", "purchase", "other", "digital", "warehouse",
     "发货|出库|发快递|shipped|dispatch|dispatched"),
    ("tp_delivered", "快递签收", "Parcel delivered", "service", "other", "physical", "warehouse",
     "签收|到货|收到货|delivered|delivery|received"),
    ("tp_return", "退货申请", "Return request", "service", "mini_program", "digital", "customer service",
     "退货|退换货|售后|return|RMA|send back"),
    ("tp_farm_visit", "农场店到店", "Farm shop visit", "purchase", "store", "physical", "farm shop",
     "农场店|门店|蜂场门店|到店|farm shop|shop visit in person|walk-in"),
    ("tp_bee_reserve", "预订活蜂", "Bee package reserved", "purchase", "mini_program", "digital", "apiary",
     "订蜂|预订蜂群|买蜂|蜂包预订|核群预订|活蜂预订|bee order|bee reservation|package bees|nuc order"),
    ("tp_bee_ship", "活蜂发运", "Live bees dispatched", "service", "other", "physical", "apiary",
     "发蜂|蜂群发货|活蜂发货|bees shipped|bee dispatch|bees dispatched"),
    ("tp_bee_arrive", "活蜂到货", "Bees arrived", "service", "other", "physical", "apiary",
     "蜂群到货|收蜂|到蜂|bees arrived|bee delivery|arrival"),
    ("tp_doa_claim", "死蜂理赔申请", "Dead-on-arrival claim", "service", "mini_program", "digital", "customer service",
     "死蜂|理赔|死蜂赔付|到货死亡|DOA|dead on arrival|DOA claim|dead bees claim"),
    ("tp_doa_resolved", "理赔结案", "DOA claim resolved", "service", "other", "digital", "customer service",
     "理赔结果|赔付|补发|结案|claim resolved|claim outcome|replacement"),
    ("tp_course_signup", "报名新手课", "Beginner course sign-up", "consideration", "mini_program", "digital",
     "academy", "报名|新手课报名|养蜂课|课程报名|course sign-up|class booking|beginner class"),
    ("tp_course_attend", "新手课上课", "Beginner course attended", "service", "store", "physical", "academy",
     "上课|听课|到课|签到|course attended|class attended|attendance"),
    ("tp_insp_book", "预约上门查蜂", "Hive inspection booked", "service", "mini_program", "digital", "field service",
     "约查蜂|预约检查|蜂箱检查预约|inspection booking|book an inspection"),
    ("tp_insp_visit", "上门查蜂", "Hive inspection visit", "service", "store", "physical", "field service",
     "查蜂|开箱检查|上门检查|蜂箱检查|hive check|inspection visit|inspector visit"),
    ("tp_sub_start", "开通蜂蜜订阅", "Honey subscription started", "purchase", "mini_program", "digital",
     "subscription", "订阅|开通订阅|月享盒|蜂蜜订阅|subscribe|honey box|subscription sign-up"),
    ("tp_sub_box", "订阅盒发货", "Subscription box shipped", "loyalty", "other", "physical", "subscription",
     "订阅盒|每月一盒|续订发货|box shipped|monthly box|honey box shipped"),
    ("tp_sub_pause", "暂停订阅", "Subscription paused", "loyalty", "mini_program", "digital", "subscription",
     "暂停|跳过一期|停一个月|pause|skip a box|skip a month"),
    ("tp_sub_cancel", "取消订阅", "Subscription cancelled", "loyalty", "mini_program", "digital", "subscription",
     "退订|取消订阅|不订了|cancel|unsubscribe|churn"),
    ("tp_refund", "退款到账", "Refund paid", "service", "other", "digital", "finance",
     "退款|退钱|钱退回|refund|money back"),
    ("tp_review", "写评价", "Review posted", "loyalty", "mini_program", "digital", "ecommerce",
     "评价|晒单|打分|review|rating|stars"),
    ("tp_cs", "客服咨询", "Customer service chat", "service", "phone", "digital", "customer service",
     "客服|咨询|投诉|在线客服|customer service|support chat|complaint"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_order", "网店购物", "Online order",
     ["tp_shop_visit", "tp_product", "tp_cart", "tp_checkout", "tp_delivered"], 10),
    ("bee_package", "活蜂预订到货", "Live bee package", ["tp_bee_reserve", "tp_bee_ship", "tp_bee_arrive"], 270),
    ("doa_claim", "死蜂理赔", "Dead-on-arrival claim", ["tp_doa_claim", "tp_doa_resolved"], 30),
    ("course", "新手课程", "Beginner course", ["tp_course_signup", "tp_course_attend"], 45),
    ("course_to_bees", "上课到订蜂", "Course to bees", ["tp_course_attend", "tp_bee_reserve"], 60),
    ("inspection", "上门查蜂", "Hive inspection", ["tp_insp_book", "tp_insp_visit"], 14),
]
FARMS = {"PJ": ("蒲江蜂场", "Pujiang Apiary"), "LA": ("临安蜂场", "Lin'an Apiary")}
REGIONS = [  # en, zh, weight, transit hours by SF from the nearer farm, farm
    ("Sichuan", "四川", 0.19, 14, "PJ"), ("Chongqing", "重庆", 0.06, 18, "PJ"), ("Yunnan", "云南", 0.05, 30, "PJ"),
    ("Hubei", "湖北", 0.05, 26, "PJ"), ("Xinjiang", "新疆", 0.025, 56, "PJ"), ("Zhejiang", "浙江", 0.15, 12, "LA"),
    ("Shanghai", "上海", 0.08, 16, "LA"), ("Jiangsu", "江苏", 0.08, 20, "LA"), ("Guangdong", "广东", 0.10, 30, "LA"),
    ("Beijing", "北京", 0.07, 34, "LA"), ("Shandong", "山东", 0.05, 30, "LA"), ("Heilongjiang", "黑龙江", 0.03, 50, "LA"),
    ("Hong Kong", "香港", 0.03, 0, "LA"),
]
REG = {r[0]: r for r in REGIONS}
SERVICE_AREA = {"Sichuan", "Chongqing", "Zhejiang", "Shanghai", "Jiangsu"}
NEAR_FARM = {"Sichuan", "Chongqing", "Zhejiang", "Shanghai", "Jiangsu"}
ACQ = {"xiaohongshu": ("小红书", 0.28), "douyin": ("抖音", 0.20), "search": ("搜索", 0.14),
       "farm_walkin": ("农场到店", 0.12), "bee_club": ("蜂友会推荐", 0.12), "wechat": ("微信公众号", 0.14)}
P_PRODUCT = {"xiaohongshu": 0.55, "douyin": 0.36, "search": 0.66, "farm_walkin": 0.60, "bee_club": 0.76,
             "wechat": 0.62}
TYPES = {"beginner": ("新手蜂友", 0.34), "backyard": ("庭院蜂友", 0.24), "sideliner": ("副业蜂农", 0.10),
         "honey_lover": ("蜂蜜爱好者", 0.32)}
CATS = {  # id: zh, en, price
    "starter_kit": ("新手蜂箱套装", "Starter hive kit", 699), "hive_parts": ("巢框巢础配件", "Frames & foundation", 128),
    "tools": ("养蜂工具", "Beekeeping tools", 86), "protective": ("防护服", "Protective suits", 268),
    "feeding_treatment": ("饲喂与蜂药", "Feeders & treatments", 98), "extractor": ("摇蜜机", "Honey extractor", 1380),
    "honey": ("蜂蜜", "Honey", 79),
}
CAT_MIX = {
    "beginner": {"starter_kit": 0.36, "protective": 0.2, "tools": 0.15, "hive_parts": 0.1, "feeding_treatment": 0.09,
                 "honey": 0.1},
    "backyard": {"hive_parts": 0.25, "tools": 0.18, "feeding_treatment": 0.25, "protective": 0.1, "extractor": 0.1,
                 "honey": 0.08, "starter_kit": 0.04},
    "sideliner": {"hive_parts": 0.32, "feeding_treatment": 0.25, "extractor": 0.14, "tools": 0.19, "protective": 0.1},
    "honey_lover": {"honey": 0.86, "tools": 0.04, "protective": 0.02, "starter_kit": 0.08},
}
BEES = {"package": ("标准蜂包1.5kg", "1.5 kg package", 420), "nuc": ("五框核群", "5-frame nuc", 780)}
INSTRUCTORS = {"PJ": ("陈秀英", "Chen Xiuying"), "LA": ("何志明", "He Zhiming"), "online": ("张艾玛", "Emma Zhang")}
INSPECTORS = {  # id: farm, zh, en, mean stars, late prob, start
    "I01": ("PJ", "刘强", "Liu Qiang", 4.5, 0.06, START), "I02": ("PJ", "杨帆", "Yang Fan", 4.4, 0.08, START),
    "I03": ("LA", "赵磊", "Zhao Lei", 3.5, 0.58, START), "I04": ("LA", "孙婷", "Sun Ting", 4.6, 0.05, START),
    "I05": ("LA", "吴昊", "Wu Hao", 1.8, 0.5, datetime(2026, 6, 1)),     # trainee, June 2026 only
}
FINDINGS = {"healthy": "健康", "varroa": "瓦螨", "queenless": "失王", "chalkbrood": "白垩病", "swarming": "分蜂热",
            "wax_moth": "巢虫"}
HONEY = {"rapeseed": "油菜蜜", "acacia": "洋槐蜜", "loquat": "枇杷蜜", "wildflower": "百花蜜", "lychee": "荔枝蜜",
         "linden": "椴树蜜"}
PLANS = {"classic": ("经典月享盒", 88.0), "family": ("家庭装", 168.0)}
ORDER_TYPE_ZH = {"online": "网店订单", "farm_shop": "农场店消费", "bee_package": "活蜂", "course": "新手课",
                 "inspection": "上门查蜂", "subscription": "蜂蜜订阅盒"}
COURIER_ZH = {"SF": "顺丰", "ZTO": "中通", "JD": "京东物流", "Deppon": "德邦", "pickup": "农场自提"}

# ---------- feedback texts: every topic has one marker per language (README) ----------
TEXTS = {
    "doa": (["到货一打开一箱底全是死蜂", "蜂包到的时候死蜂一大片，蜂王也不动了", "开箱死蜂超过一半，心疼",
             "运输太久了，死蜂铺满箱底"],
            ["Opened the box and found a carpet of dead bees", "Half the package was dead bees on arrival",
             "Too long in transit, lots of dead bees and a weak queen"]),
    "claim": (["理赔拖了一个多星期还没结果", "理赔要拍开箱视频，谁收蜂的时候会想到拍视频", "申请理赔被驳回，说证据不足",
               "理赔流程太麻烦了，客服踢皮球"],
              ["The claim has been pending for over a week", "My claim was rejected because I had no unboxing video",
               "Filing a claim is a nightmare, nobody answers"]),
    "crack": (["新手蜂箱木板开裂，缝隙能塞进手指", "蜂箱到手就开裂了，蜂会跑出来", "箱体开裂变形，盖子盖不严"],
              ["The starter hive arrived with cracked boards", "Cracked side panel, the lid doesn't sit flat",
               "Wood is cracked along the joints, not usable"]),
    "payment": (["安卓小程序支付失败好几次，最后放弃了", "一直支付失败，换了张卡也不行", "点付款就转圈然后支付失败"],
                ["Payment failed three times on my Android phone", "Checkout keeps saying payment failed",
                 "Payment failed in the mini program, gave up"]),
    "late": (["查蜂师傅迟到了一个多小时也不打招呼", "约好上午九点，师傅迟到到十一点", "又迟到了，蜂都被晒得躁了"],
             ["The inspector showed up late by over an hour", "Inspector showed up late again, no call",
              "He showed up late and rushed the hive check"]),
    "crystal": (["这期的油菜蜜全结晶了，像猪油一样", "蜂蜜结晶了挖不出来", "冬天的蜜一到就结晶，不太喜欢"],
                ["This month's rapeseed honey was completely crystallised", "The honey arrived crystallised and hard",
                 "Honey crystallised in the jar within a week"]),
    "price": (["订阅盒涨价了，从88涨到108有点接受不了", "涨价太多了，准备退订", "涨价前也不提前说一声"],
              ["The price hike on the classic box is too much", "After the price hike it's not worth it anymore",
               "Price hike without much notice, cancelling"]),
    "slow_ship": (["快递慢得要命，等了一个星期", "物流太久，快递慢", "快递慢，摇蜜机路上走了六天"],
                  ["Slow delivery, took a week to arrive", "Really slow delivery for a simple smoker",
                   "Slow delivery and no tracking updates"]),
    "online_class": (["线上课网络卡，老师讲的听不清", "直播课听不清，也看不清开箱的细节", "线上听不清，不如去农场上课"],
                     ["The online class was hard to follow", "Hard to follow on the live stream, audio kept cutting",
                      "Live class was hard to follow without seeing the frames up close"]),
    "expert": (["老师很专业，手把手教怎么看子脾", "查蜂师傅很专业，还教我怎么防瓦螨", "讲得专业又耐心"],
               ["Very knowledgeable instructor, showed us how to read a brood frame",
                "The inspector was knowledgeable and patient", "Knowledgeable staff, great tips on varroa"]),
    "tasty": (["蜂蜜很好吃，孩子天天要", "这期的洋槐蜜清甜好吃", "好吃，比超市的香多了"],
              ["Delicious honey, the acacia is my favourite", "Every box has been delicious",
               "Delicious and clearly real raw honey"]),
    "strong": (["蜂群很旺，一周就开始采蜜了", "收到的核群蜂群很旺，蜂王产卵很好", "蜂群很旺，很满意"],
               ["Strong colony, queen laying well within days", "Arrived as a strong colony, very active",
                "Strong colony and calm bees"]),
    "neutral": (["还行，包装普通", "一般般，没什么特别的", "整体可以，流程正常", "东西收到了，还没用"],
                ["It was ok", "Nothing special, works as described", "Fine overall", "Received, not tried yet"]),
}
NEGATIVE = {"doa", "claim", "crack", "payment", "late", "crystal", "price", "slow_ship", "online_class"}
POSITIVE = {"expert", "tasty", "strong"}


def pick(seq):
    return seq[int(rng.integers(len(seq)))]


def wchoice(keys, probs):
    r = rng.random() * sum(probs)
    acc = 0.0
    for k, p in zip(keys, probs):
        acc += p
        if r < acc:
            return k
    return keys[-1]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def daytime(day, lo=9, hi=19):
    return datetime(day.year, day.month, day.day) + D(hours=float(rng.uniform(lo, hi)))


DAYS = [START + D(days=i) for i in range((END - START).days + 1)]
DAY_MONTH = np.array([d.month - 1 for d in DAYS])


def rand_day(weights_by_month, lo=START, hi=END):
    """a day in [lo, hi] weighted by month (None when the span is empty or has no weight)."""
    i0 = max(0, (lo - START).days + (1 if lo > START else 0))
    i1 = min(len(DAYS) - 1, (hi - START).days)
    if i1 < i0:
        return None
    w = np.asarray(weights_by_month, dtype=float)[DAY_MONTH[i0:i1 + 1]]
    if w.sum() <= 0:
        return None
    cw = np.cumsum(w)
    return DAYS[i0 + int(np.searchsorted(cw, rng.random() * cw[-1], side="right"))]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.n_sess = {}

    def ev(self, c, tp, t, action, session="", device="", channel="", **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=session, action=action, device=device, channel=channel)
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, amount, otype, session, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"BW{self.n_ord:06d}", customer_id=c["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, order_type=otype, 订单类型=ORDER_TYPE_ZH[otype], session_id=session, currency="CNY",
                   pay_method=wchoice(["wechat_pay", "alipay", "card"], [0.66, 0.28, 0.06]))
        row["支付方式"] = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "银行卡"}[row["pay_method"]]
        row.update(kw)
        self.orders.append(row)
        if status == "paid":
            c["spend"] += amount
            c["last_paid"] = max(c["last_paid"], fmt(t))
            c["first_paid"] = min(c["first_paid"] or "9999", fmt(t))
        return row

    def unpay(self, c, o, status):
        o["status"] = status
        c["spend"] -= float(o["amount"])

    def fb(self, c, t, tp, channel, topics, rating=None, nps=None, no_ts=False, **kw):
        if t > END:
            return
        self.n_fb += 1
        lang = c.get("language") or ("zh" if rng.random() < 0.85 else "en")
        parts = [pick(TEXTS[x][0 if lang == "zh" else 1]) for x in topics]
        text = ("，" if lang == "zh" else ". ").join(parts)
        neg = any(x in NEGATIVE for x in topics)
        pos = any(x in POSITIVE for x in topics)
        senti = "negative" if neg else "positive" if pos else "neutral"
        row = dict(feedback_id=f"FB{self.n_fb:05d}", text=text, ts="" if no_ts else fmt(t),
                   customer_id=c.get("customer_id", ""), touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang)
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=row["feedback_id"], topics="|".join(x for x in topics if x != "neutral"),
                               sentiment=senti))

    def session(self, prefix):
        self.n_sess[prefix] = self.n_sess.get(prefix, 0) + 1
        return f"{prefix}{self.n_sess[prefix]:06d}"


def stars(mean, sd=0.7):
    return int(np.clip(round(rng.normal(mean, sd)), 1, 5))


def nps_for(neg):
    return int(rng.integers(0, 7)) if neg else int(rng.choice(range(5, 11), p=[0.04, 0.06, 0.15, 0.25, 0.25, 0.25]))


# ---------------------------------------------------------------- online store
def online(g, c, t):
    sess = g.session("OL")
    dev = wchoice(["ios", "android", "pc"], [0.40, 0.42, 0.18])
    chan = "web" if dev == "pc" else "mini_program"
    app = "" if dev == "pc" else ("3.8.1" if dev == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1]
                                  else "3.9.0" if t >= ANDROID_BUG[1] else "3.7.4" if t >= datetime(2025, 9, 1)
                                  else "3.6.2")
    if AB[1] <= t < AB[2] and not c.get("ab"):
        c["ab"] = "video_guide" if rng.random() < 0.5 else "control"
        c["ab_at"] = t
        g.exp.append(dict(experiment_id=AB[0], variant=c["ab"], customer_id=c["customer_id"], assigned_at=fmt(t)))
    g.ev(c, "tp_shop_visit", t, "view", sess, dev, chan, app_version=app,
         utm_source=wchoice(["direct", c["acquisition_channel"], "wechat_moments"], [4, 5, 1]),
         page_load_ms=int(rng.gamma(3, 300)))
    if rng.random() > P_PRODUCT[c["acquisition_channel"]]:
        return
    m = t.month
    mix = dict(CAT_MIX[c["keeper_type"]])
    if "starter_kit" in mix and m in (1, 2, 3, 4, 5):
        mix["starter_kit"] *= 2.0
    if "extractor" in mix and m in (6, 7, 8, 9):
        mix["extractor"] *= 2.2
    if "feeding_treatment" in mix and m in (8, 9, 10):
        mix["feeding_treatment"] *= 1.8
    if "honey" in mix and m in (1, 9, 11, 12):
        mix["honey"] *= 1.6
    cat = wchoice(list(mix), list(mix.values()))
    t = t + D(minutes=float(rng.uniform(0.5, 12)))
    g.ev(c, "tp_product", t, "view", sess, dev, chan, app_version=app, category=cat, 品类=CATS[cat][0],
         product_sku=f"{cat[:3].upper()}-{int(rng.integers(1, 6)):02d}")
    p_cart = 0.47
    if c.get("ab") == "video_guide" and t <= c["ab_at"] + D(days=14):
        p_cart = 0.72
    if rng.random() > p_cart:
        return
    qty = int(rng.choice([1, 1, 1, 2, 3])) * (int(rng.integers(2, 6)) if c["keeper_type"] == "sideliner"
                                             and cat in ("hive_parts", "feeding_treatment") else 1)
    price = CATS[cat][2] * qty * float(rng.uniform(0.9, 1.15))
    t = t + D(minutes=float(rng.uniform(1, 20))) + (D(days=int(rng.integers(1, 4))) if rng.random() < 0.2 else D())
    g.ev(c, "tp_cart", t, "click", sess, dev, chan, app_version=app, category=cat, 品类=CATS[cat][0], quantity=qty,
         cart_value=round(price, 2))
    p_co = 0.56 if dev != "pc" else 0.6
    bug = dev == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1]
    if bug:
        p_co = 0.2
    if rng.random() > p_co:
        if bug and rng.random() < 0.3:
            tc = t + D(minutes=float(rng.uniform(3, 40)))
            g.ev(c, "tp_cs", tc, "chat", sess, dev, chan, app_version=app, cs_topic="payment_failed")
            if rng.random() < 0.6:
                g.fb(c, tc + D(minutes=20), "tp_checkout", "cs_ticket", ["payment"], device=dev, order_session=sess)
        return
    t = t + D(minutes=float(rng.uniform(1, 15)))
    coupon = float(rng.choice([0, 0, 0, 10, 20, 50])) if price > 100 else 0.0
    amount = round(price - coupon, 2)
    bulky = cat in ("starter_kit", "extractor")
    courier = wchoice(["Deppon", "SF"], [0.7, 0.3]) if bulky else wchoice(["SF", "ZTO", "JD"], [0.4, 0.45, 0.15])
    g.ev(c, "tp_checkout", t, "success", sess, dev, chan, app_version=app, category=cat, 品类=CATS[cat][0],
         quantity=qty, amount=amount, coupon_amount=coupon)
    o = g.order(c, t, amount, "online", sess, channel=chan, device=dev, category=cat, 品类=CATS[cat][0], quantity=qty,
                coupon_amount=coupon, courier=courier, 快递公司=COURIER_ZH[courier], region=c["region"])
    ts = daytime((t + D(days=int(rng.integers(0, 2)) + (t.hour >= 16))).date(), 10, 18)
    kit_batch = "SK2504" if cat == "starter_kit" and KIT_BATCH[0] <= ts < KIT_BATCH[1] else \
        ("SK" + ts.strftime("%y%m")) if cat == "starter_kit" else ""
    g.ev(c, "tp_ship", ts, "shipped", sess, "", "other", courier=courier, 快递公司=COURIER_ZH[courier],
         category=cat, batch_no=kit_batch)
    lag = {"SF": float(rng.uniform(1, 2.8)), "JD": float(rng.uniform(0.8, 2.2)),
           "ZTO": float(rng.gamma(4, 0.8)) + 1.2, "Deppon": float(rng.gamma(5, 0.7)) + 2}[courier]
    if REG[c["region"]][3] >= 45:
        lag += 1.5
    td = daytime((ts + D(days=lag)).date(), 9, 20)
    lag = (td - ts).total_seconds() / 86400
    g.ev(c, "tp_delivered", td, "delivered", sess, "", "other", courier=courier, 快递公司=COURIER_ZH[courier],
         category=cat, delivery_days=round(lag, 2), region=c["region"])
    if o is None or td > END:
        return
    cracked = kit_batch == "SK2504" and rng.random() < 0.2 or cat == "starter_kit" and rng.random() < 0.006
    ret = cracked or rng.random() < 0.022
    reason = "cracked" if cracked else wchoice(["wrong_size", "changed_mind", "damaged_in_transit"], [0.4, 0.35, 0.25])
    if cat != "protective" and reason == "wrong_size":
        reason = "changed_mind"
    if ret:
        tr = td + D(days=float(rng.uniform(0.2, 6)))
        if tr <= END:
            g.ev(c, "tp_return", tr, "submit", sess, dev, chan, category=cat, return_reason=reason,
                 退货原因={"cracked": "木板开裂", "wrong_size": "尺码不合", "changed_mind": "不想要了",
                       "damaged_in_transit": "运输破损"}[reason], batch_no=kit_batch)
            trf = tr + D(days=float(rng.uniform(2, 8)))
            g.ev(c, "tp_refund", trf, "refund", sess, "", "other", refund_amount=amount, refund_for="return")
            if trf <= END:
                g.unpay(c, o, "returned")
            if cracked and rng.random() < 0.55:
                g.fb(c, tr + D(hours=2), "tp_return", wchoice(["cs_ticket", "product_review"], [0.5, 0.5]),
                     ["crack"], rating=None, order_session=sess, category=cat)
            return
    if rng.random() < 0.27:
        topics = []
        if lag > 4.5 and rng.random() < 0.7:
            topics.append("slow_ship")
        if not topics:
            topics = [wchoice(["tasty", "neutral"], [0.7, 0.3])] if cat == "honey" else ["neutral"]
        r = stars(2.0 if "slow_ship" in topics else 4.6 if "tasty" in topics else 4.1)
        tv = td + D(hours=float(rng.uniform(3, 96)))
        g.ev(c, "tp_review", tv, "review", sess, dev, chan, category=cat, stars=r)
        g.fb(c, tv, "tp_review", "product_review", topics, rating=r, order_session=sess, category=cat,
             courier=courier, 快递公司=COURIER_ZH[courier])


def farm_visit(g, c, t):
    farm = REG[c["region"]][4]
    sess = g.session("FS")
    buy = rng.random() < 0.66
    g.ev(c, "tp_farm_visit", t, "purchase" if buy else "browse", sess, "", "store", farm_id=farm,
         farm=FARMS[farm][0], farm_en=FARMS[farm][1], party_size=int(rng.choice([1, 2, 2, 3, 4])))
    if buy:
        cat = wchoice(["honey", "tools", "protective", "hive_parts"], [0.6, 0.15, 0.1, 0.15])
        amount = round(float(rng.lognormal(np.log(150), 0.5)), 2)
        g.order(c, t + D(minutes=30), amount, "farm_shop", sess, channel="farm_shop", category=cat,
                品类=CATS[cat][0], farm_id=farm, farm=FARMS[farm][0], farm_en=FARMS[farm][1], region=c["region"])


# ---------------------------------------------------------------- live bees
def bees(g, c, t, from_course=None):
    reg = REG[c["region"]]
    sess = g.session("BP")
    kind = wchoice(["package", "nuc"], [0.68, 0.32])
    qty = int(rng.integers(3, 9)) if c["keeper_type"] == "sideliner" else int(rng.choice([1, 1, 1, 2]))
    amount = BEES[kind][2] * qty
    dev = wchoice(["ios", "android", "pc"], [0.42, 0.43, 0.15])
    g.ev(c, "tp_bee_reserve", t, "submit", sess, dev, "web" if dev == "pc" else "mini_program", bee_type=kind,
         蜂种规格=BEES[kind][0], quantity=qty, amount=amount, farm_id=reg[4], farm=FARMS[reg[4]][0],
         farm_en=FARMS[reg[4]][1], source="course" if from_course else "")
    o = g.order(c, t, amount, "bee_package", sess, channel="web" if dev == "pc" else "mini_program", device=dev,
                category=kind, 品类=BEES[kind][0], quantity=qty, farm_id=reg[4], farm=FARMS[reg[4]][0],
                farm_en=FARMS[reg[4]][1], region=c["region"])
    season = datetime(t.year + (t.month >= 9), 4, 1)
    if rng.random() < 0.05:                      # reservation cancelled before dispatch
        tc = t + D(days=float(rng.uniform(2, 40)))
        g.ev(c, "tp_refund", tc, "refund", sess, "", "other", refund_amount=amount, refund_for="reservation_cancel")
        if tc <= END and o:
            g.unpay(c, o, "cancelled")
        return
    south = reg[0] in ("Sichuan", "Chongqing", "Yunnan", "Guangdong", "Zhejiang", "Hubei")
    lo = 0 if south else 14
    ship_day = season + D(days=int(rng.integers(lo, 55)))
    if t >= season:
        ship_day = t + D(days=int(rng.integers(3, 11)))
    near = reg[0] in NEAR_FARM
    carrier = wchoice(["pickup", "SF", "Deppon"], [0.35, 0.45, 0.2]) if near else wchoice(["SF", "Deppon"],
                                                                                         [0.68, 0.32])
    tship = daytime(ship_day.date(), 6, 10)
    g.ev(c, "tp_bee_ship", tship, "shipped", sess, "", "other", bee_type=kind, 蜂种规格=BEES[kind][0], carrier=carrier,
         承运方=COURIER_ZH[carrier], farm_id=reg[4], farm=FARMS[reg[4]][0], farm_en=FARMS[reg[4]][1],
         queen_marked=wchoice(["yes", "no"], [0.7, 0.3]))
    if carrier == "pickup":
        hours = float(rng.uniform(1, 6))
    elif carrier == "SF":
        hours = reg[3] * float(rng.uniform(0.85, 1.3))
    else:
        hours = reg[3] * 1.7 + 8 + float(rng.gamma(2, 4))
    ta = tship + D(hours=hours)
    temp = round(float(rng.normal(19 + 0.25 * (ta - datetime(ta.year, 4, 1)).days, 3)), 1)
    p_dead = 0.01 if carrier == "pickup" else 0.015 + 0.0023 * max(0.0, hours - 14) + (0.09 if carrier == "Deppon"
                                                                                      else 0)
    if kind == "nuc":
        p_dead *= 0.7
    dead = rng.random() < p_dead
    dead_pct = round(float(rng.uniform(30, 90)) if dead else float(rng.uniform(0, 8)), 1)
    g.ev(c, "tp_bee_arrive", ta, "delivered", sess, "", "other", bee_type=kind, 蜂种规格=BEES[kind][0],
         carrier=carrier, 承运方=COURIER_ZH[carrier], transit_hours=round(hours, 1), dead_pct=dead_pct, temp_c=temp,
         region=c["region"], 收货省份=reg[1])
    if ta > END:
        return
    claim = dead and rng.random() < 0.92 or (not dead and rng.random() < 0.004)
    topics = []
    if claim:
        tcl = ta + D(hours=float(rng.uniform(1, 30)))
        g.ev(c, "tp_doa_claim", tcl, "submit", sess, dev, "mini_program", bee_type=kind, carrier=carrier,
             承运方=COURIER_ZH[carrier], dead_pct=dead_pct, has_video=wchoice(["yes", "no"], [0.45, 0.55]),
             claim_amount=amount)
        new_policy = tcl >= CLAIM_POLICY
        if new_policy:
            lag = float(rng.gamma(4, 1.9)) + 1.5
            outcome = wchoice(["replaced", "refunded", "rejected"], [0.36, 0.28, 0.36]) if dead else "rejected"
        else:
            lag = float(rng.gamma(2, 0.8)) + 0.2
            outcome = wchoice(["replaced", "refunded", "rejected"], [0.56, 0.37, 0.07]) if dead else "rejected"
        tr = tcl + D(days=lag)
        g.ev(c, "tp_doa_resolved", tr, outcome, sess, "", "other", bee_type=kind, carrier=carrier,
             承运方=COURIER_ZH[carrier], claim_outcome=outcome,
             理赔结果={"replaced": "补发", "refunded": "退款", "rejected": "驳回"}[outcome],
             resolution_days=round(lag, 2), handled_by="HQ review" if new_policy else "farm team")
        if outcome == "refunded":
            trf = tr + D(hours=float(rng.uniform(2, 48)))
            g.ev(c, "tp_refund", trf, "refund", sess, "", "other", refund_amount=amount, refund_for="doa")
            if trf <= END and o:
                g.unpay(c, o, "refunded")
        if dead and rng.random() < 0.5:
            topics.append("doa")
        if (lag > 4 or outcome == "rejected") and rng.random() < 0.75:
            topics.append("claim")
        if topics and rng.random() < 0.55:
            g.fb(c, tr + D(hours=float(rng.uniform(1, 48))), "tp_doa_resolved" if "claim" in topics else
                 "tp_doa_claim", wchoice(["cs_ticket", "call_note"], [0.65, 0.35]), topics, order_session=sess,
                 carrier=carrier, 承运方=COURIER_ZH[carrier], no_ts=rng.random() < 0.15)
            topics = []
    if rng.random() < 0.42:
        if dead and not topics:
            topics = ["doa"]
        if not topics:
            topics = [wchoice(["strong", "neutral"], [0.6, 0.4])]
        neg = any(x in NEGATIVE for x in topics)
        g.fb(c, ta + D(days=float(rng.uniform(1, 4))), "tp_bee_arrive", "arrival_survey", topics,
             rating=stars(1.6 if neg else 4.4), nps=nps_for(neg), order_session=sess, carrier=carrier,
             承运方=COURIER_ZH[carrier])
    c["bees_at"] = ta


# ---------------------------------------------------------------- courses
def course(g, c, t):
    reg = REG[c["region"]]
    fmt_ = "farm_weekend" if (reg[0] in NEAR_FARM and rng.random() < 0.75) or rng.random() < 0.12 else "online_live"
    if fmt_ == "farm_weekend" and t.month not in (2, 3, 4, 9, 10, 11):
        fmt_ = "online_live"
    sess = g.session("CS")
    where = reg[4] if fmt_ == "farm_weekend" else "online"
    day = t + D(days=int(rng.integers(4, 30)))
    while day.weekday() != 5:
        day += D(days=1)
    fee = 680.0 if fmt_ == "farm_weekend" else 199.0
    dev = wchoice(["ios", "android", "pc"], [0.42, 0.43, 0.15])
    kw = dict(course_format=fmt_, 课程形式="农场周末班" if fmt_ == "farm_weekend" else "线上直播课",
              instructor=INSTRUCTORS[where][1], 讲师=INSTRUCTORS[where][0], course_date=day.strftime("%Y-%m-%d"),
              farm_id="" if where == "online" else where)
    g.ev(c, "tp_course_signup", t, "submit", sess, dev, "web" if dev == "pc" else "mini_program", fee=fee, **kw)
    g.order(c, t, fee, "course", sess, channel="web" if dev == "pc" else "mini_program", device=dev,
            category=fmt_, 品类=kw["课程形式"], region=c["region"])
    attend = rng.random() < (0.9 if fmt_ == "farm_weekend" else 0.55)
    if not attend:
        return
    ta = daytime(day.date(), 9, 10) if fmt_ == "farm_weekend" else daytime(day.date(), 19, 20)
    g.ev(c, "tp_course_attend", ta, "attended", sess, "" if fmt_ == "farm_weekend" else dev,
         "store" if fmt_ == "farm_weekend" else "web", duration_min=int(rng.normal(360 if fmt_ == "farm_weekend"
                                                                                    else 95, 15)), **kw)
    if ta > END:
        return
    if rng.random() < 0.5:
        topics = []
        if fmt_ == "online_live" and rng.random() < 0.35:
            topics.append("online_class")
        if not topics:
            topics = [wchoice(["expert", "neutral"], [0.6 if fmt_ == "farm_weekend" else 0.35, 0.4])]
        neg = "online_class" in topics
        g.fb(c, ta + D(hours=float(rng.uniform(3, 40))), "tp_course_attend", "course_survey", topics,
             rating=stars(2.3 if neg else 4.5 if fmt_ == "farm_weekend" else 4.0), nps=nps_for(neg),
             course_format=fmt_, 课程形式=kw["课程形式"], instructor=kw["instructor"], 讲师=kw["讲师"])
    if c["region"] != "Hong Kong" and rng.random() < (0.46 if fmt_ == "farm_weekend" else 0.13):
        tr = ta + D(days=float(rng.uniform(1, 50)))
        if tr.month in (6, 7, 8) or (tr.month == 5 and tr.day > 15):
            tr = ta + D(days=float(rng.uniform(0.2, 3)))
        bees(g, c, daytime(tr.date(), 8, 22), from_course=sess)


# ---------------------------------------------------------------- inspections
def inspector_for(farm, t):
    if farm == "LA" and t >= INSPECTORS["I05"][5] and rng.random() < 0.3:
        return "I05"
    return pick([k for k, v in INSPECTORS.items() if v[0] == farm and k != "I05"])


def inspection(g, c, t):
    farm = REG[c["region"]][4]
    sess = g.session("IN")
    dev = wchoice(["ios", "android"], [0.5, 0.5])
    hives = int(rng.integers(4, 20)) if c["keeper_type"] == "sideliner" else int(rng.integers(1, 4))
    g.ev(c, "tp_insp_book", t, "submit", sess, dev, "mini_program", farm_id=farm, hives=hives,
         preferred_slot=wchoice(["morning", "afternoon"], [0.7, 0.3]))
    if rng.random() < 0.08:
        return
    tv = daytime((t + D(days=float(rng.gamma(3, 1.0)) + 0.5)).date(), 8, 16)
    insp = inspector_for(farm, tv)
    late = rng.random() < INSPECTORS[insp][4]
    late_min = int(rng.uniform(35, 130)) if late else int(rng.uniform(0, 15))
    m = tv.month
    p_var = 0.46 if m in (8, 9) else 0.07 if m in (4, 5) else 0.18
    if rng.random() < p_var:
        finding = "varroa"
    else:
        finding = wchoice(["healthy", "queenless", "chalkbrood", "swarming", "wax_moth"],
                          [0.62, 0.09, 0.07, 0.18 if m in (4, 5) else 0.03, 0.07 if m in (7, 8, 9) else 0.02])
    fee = 180.0 + (20.0 * max(0, hives - 3))
    g.ev(c, "tp_insp_visit", tv, "visited", sess, "", "store", farm_id=farm, inspector_id=insp,
         inspector=INSPECTORS[insp][2], 查蜂师傅=INSPECTORS[insp][1], hives=hives, finding=finding,
         检查结果=FINDINGS[finding], late_minutes=late_min, fee=fee)
    g.order(c, tv, fee, "inspection", sess, channel="field", category="inspection", 品类="上门查蜂",
            inspector_id=insp, farm_id=farm, region=c["region"])
    if tv > END or rng.random() > 0.55:
        return
    topics = []
    if late and rng.random() < 0.8:
        topics.append("late")
    if not topics:
        topics = [wchoice(["expert", "neutral"], [0.55, 0.45])]
    mean = INSPECTORS[insp][3] + (-1.4 if late else 0.3 if insp == "I03" else 0)
    g.fb(c, tv + D(hours=float(rng.uniform(2, 30))), "tp_insp_visit", "inspection_rating", topics,
         rating=stars(mean, 0.6), inspector_id=insp, inspector=INSPECTORS[insp][2], 查蜂师傅=INSPECTORS[insp][1],
         order_session=sess)


# ---------------------------------------------------------------- subscriptions
def season_honey(t):
    m = t.month
    if m in (12, 1, 2):
        return wchoice(["rapeseed", "linden", "wildflower"], [0.55, 0.25, 0.2])
    if m in (3, 4, 5):
        return wchoice(["acacia", "loquat", "rapeseed"], [0.5, 0.3, 0.2])
    if m in (6, 7, 8):
        return wchoice(["lychee", "wildflower", "acacia"], [0.4, 0.4, 0.2])
    return wchoice(["linden", "wildflower", "acacia"], [0.4, 0.35, 0.25])


def subscription(g, c, t):
    sub = g.session("SB")
    plan = wchoice(["classic", "family"], [0.72, 0.28])
    dev = wchoice(["ios", "android", "pc"], [0.45, 0.43, 0.12])
    chan = "web" if dev == "pc" else "mini_program"
    price = PLANS[plan][1] if not (plan == "classic" and t >= PRICE_RISE) else 108.0
    g.ev(c, "tp_sub_start", t, "subscribe", sub, dev, chan, subscription_id=sub, plan=plan, 订阅方案=PLANS[plan][0],
         price=price, gift=wchoice(["yes", "no"], [0.15, 0.85]))
    tb = t + D(days=float(rng.uniform(0.5, 3)))
    n = 0
    paused = False
    while tb <= END:
        m = tb.month
        p_pause = 0.14 if m in (7, 8) else 0.10 if m in (1, 2) else 0.035
        if n > 0 and rng.random() < p_pause:
            k = int(rng.choice([1, 1, 2]))
            reason = "travel" if m in (7, 8) else "spring_festival" if m in (1, 2) else \
                wchoice(["too_much_honey", "travel", "other"], [0.5, 0.3, 0.2])
            g.ev(c, "tp_sub_pause", tb - D(days=2), "pause", sub, dev, chan, subscription_id=sub, plan=plan,
                 pause_months=k, pause_reason=reason,
                 暂停原因={"travel": "出门旅行", "spring_festival": "春节回老家", "too_much_honey": "蜂蜜吃不完",
                       "other": "其他"}[reason])
            paused = True
            tb += D(days=30 * k)
            continue
        price = PLANS[plan][1] if not (plan == "classic" and tb >= PRICE_RISE) else 108.0
        honey = season_honey(tb)
        n += 1
        g.ev(c, "tp_sub_box", tb, "shipped", sub, "", "other", subscription_id=sub, plan=plan,
             订阅方案=PLANS[plan][0], box_no=n, honey_variety=honey, 蜜种=HONEY[honey], price=price)
        g.order(c, tb, price, "subscription", sub, channel="subscription", category=plan, 品类=PLANS[plan][0],
                subscription_id=sub, region=c["region"])
        crystal = honey == "rapeseed" and m in (12, 1, 2) and rng.random() < 0.14
        if crystal or rng.random() < 0.045:
            topics = ["crystal"] if crystal else [wchoice(["tasty", "neutral"], [0.65, 0.35])]
            neg = crystal
            g.fb(c, tb + D(days=float(rng.uniform(2, 6))), "tp_sub_box", "box_survey", topics, nps=nps_for(neg),
                 subscription_id=sub, honey_variety=honey, 蜜种=HONEY[honey])
        hz = 0.03 if plan == "family" else 0.125 if tb >= PRICE_RISE else 0.035
        if paused:
            hz *= 0.45
        if crystal:
            hz += 0.15
        if rng.random() < hz:
            tc = tb + D(days=float(rng.uniform(5, 25)))
            if plan == "classic" and tb >= PRICE_RISE and rng.random() < 0.72:
                reason = "price"
            elif crystal:
                reason = "crystallised"
            else:
                reason = wchoice(["too_much_honey", "moving", "quality", "other"], [0.45, 0.15, 0.15, 0.25])
            g.ev(c, "tp_sub_cancel", tc, "cancel", sub, dev, chan, subscription_id=sub, plan=plan,
                 订阅方案=PLANS[plan][0], cancel_reason=reason, boxes_received=n,
                 退订原因={"price": "涨价", "crystallised": "蜂蜜结晶", "too_much_honey": "吃不完", "moving": "搬家",
                       "quality": "品质不满意", "other": "其他"}[reason])
            if tc <= END and (reason == "price" and rng.random() < 0.4):
                g.fb(c, tc + D(hours=1), "tp_sub_cancel", "cancel_survey", ["price"], nps=nps_for(True),
                     subscription_id=sub)
            return
        tb += D(days=30)


# ---------------------------------------------------------------- customers
def life(g, c):
    t_min = max(START, c["signup"])
    t_max = min(END, c["life_end"])
    if t_max <= t_min:
        return
    years = (t_max - t_min).days / 365.0
    kt = c["keeper_type"]
    near = c["region"] in NEAR_FARM
    # online store sessions: the first visit at sign-up, then a steady rate while active
    rate = {"beginner": 2.2, "backyard": 3.0, "sideliner": 4.0, "honey_lover": 1.4}[kt]
    n = int(rng.poisson(rate * years)) + (c["signup"] >= START)
    for k in range(n):
        if k == 0 and c["signup"] >= START:
            t = c["signup"] + D(minutes=float(rng.uniform(1, 30)))
        else:
            d = rand_day([7, 9, 11, 10, 8, 6, 5, 5, 7, 7, 10, 8], t_min, t_max)
            if d is None:
                continue
            t = daytime(d, 7, 24)
        online(g, c, t)
    # farm shop visits (weekends mostly)
    if near and rng.random() < (0.75 if c["acquisition_channel"] == "farm_walkin" else 0.2):
        for _ in range(1 + int(rng.poisson(1.0 * years))):
            d = rand_day([3, 4, 8, 10, 9, 6, 6, 7, 9, 10, 6, 4], t_min, t_max)
            if d is not None:
                while d.weekday() < 5 and rng.random() < 0.75:
                    d += D(days=1)
                farm_visit(g, c, daytime(d, 9, 17))
    # beginner course soon after sign-up (then maybe bees)
    if kt == "beginner" and rng.random() < 0.5 or kt == "backyard" and rng.random() < 0.08:
        t = t_min + D(days=float(rng.uniform(0, 40)))
        if t < END - D(days=35):
            course(g, c, daytime(t, 8, 23))
    # direct bee reservations: one chance per season while active (Sep 1 .. May 15)
    if c["region"] != "Hong Kong":
        p = {"beginner": 0.14, "backyard": 0.5, "sideliner": 0.9, "honey_lover": 0.0}[kt]
        for lo, hi in ((datetime(2024, 9, 1), datetime(2025, 5, 15)), (datetime(2025, 9, 1), datetime(2026, 5, 15))):
            if rng.random() < p:
                d = rand_day([14, 12, 10, 6, 2, 0, 0, 0, 3, 5, 7, 10], max(t_min, lo), min(t_max, hi))
                if d is not None:
                    bees(g, c, daytime(d, 8, 23))
    # inspections (service area, keepers), Mar .. Nov
    if c["region"] in SERVICE_AREA and kt != "honey_lover":
        lam = {"beginner": 0.5, "backyard": 1.0, "sideliner": 1.6}[kt] + (0.5 if c.get("bees_at") else 0)
        for _ in range(int(rng.poisson(lam * years))):
            d = rand_day([0, 0, 3, 9, 10, 8, 7, 10, 10, 6, 2, 0], t_min, t_max)
            if d is not None:
                inspection(g, c, daytime(d, 7, 22))
    # honey subscription, soon after sign-up or later
    if rng.random() < {"honey_lover": 0.34, "backyard": 0.04, "sideliner": 0.02, "beginner": 0.05}[kt]:
        t = t_min + D(days=float(rng.exponential(40)))
        if t < END:
            subscription(g, c, daytime(t, 8, 23))


def finish(g, customers, out):
    # free-text: Xiaohongshu notes (often undated), call notes, CS tickets not tied to a flow
    for c in customers:
        if c["last_paid"] and rng.random() < 0.06:
            kt = c["keeper_type"]
            topic = wchoice(["doa", "crack", "slow_ship", "expert", "tasty", "strong", "neutral", "crystal"],
                            [0.12, 0.06, 0.12, 0.16, 0.2 if kt == "honey_lover" else 0.05, 0.1, 0.2, 0.04])
            if topic == "doa" and not c.get("bees_at"):
                topic = "neutral"
            tp = {"doa": "tp_bee_arrive", "crack": "tp_delivered", "slow_ship": "tp_delivered", "expert": "tp_course_attend",
                  "tasty": "tp_sub_box", "strong": "tp_bee_arrive", "crystal": "tp_sub_box"}.get(topic, "")
            chan = wchoice(["xiaohongshu_note", "call_note", "wechat_group"], [0.5, 0.2, 0.3])
            no_ts = chan == "xiaohongshu_note" and rng.random() < 0.45 or chan == "call_note" and rng.random() < 0.3
            t = datetime.strptime(c["last_paid"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(0.5, 8)))
            anon = chan == "xiaohongshu_note" and rng.random() < 0.35
            g.fb({"language": c["language"]} if anon else c, t, tp, chan, [topic], no_ts=no_ts)
    for c in customers:
        s = c["spend"]
        c["tier"] = "gold" if s >= 3000 else "silver" if s >= 800 else "basic"
        c["会员等级"] = {"gold": "金蜂会员", "silver": "银蜂会员", "basic": "普通会员"}[c["tier"]]
        lp, fp = c["last_paid"], c["first_paid"]
        if not lp:
            seg = "prospect"
        elif fp >= "2026-04-01":
            seg = "new"
        elif s >= 3000:
            seg = "vip"
        elif lp < "2026-01-01":
            seg = "at_risk"
        else:
            seg = "returning"
        c["segment"] = seg
        c["客户分层"] = {"prospect": "潜在客户", "new": "新客", "vip": "VIP", "at_risk": "流失风险",
                     "returning": "老客"}[seg]
    dup = [g.events[int(i)] for i in rng.choice(len(g.events), 28, replace=False)]
    events = sorted(g.events + [dict(r) for r in dup], key=lambda r: (r["ts"], r["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "app_version", "utm_source", "page_load_ms", "category", "品类", "product_sku", "quantity", "cart_value",
               "amount", "coupon_amount", "courier", "快递公司", "batch_no", "delivery_days", "region", "return_reason",
               "退货原因", "refund_amount", "refund_for", "stars", "cs_topic", "farm_id", "farm", "farm_en",
               "party_size", "bee_type", "蜂种规格", "source", "carrier", "承运方", "queen_marked", "transit_hours",
               "dead_pct", "temp_c", "收货省份", "has_video", "claim_amount", "claim_outcome", "理赔结果",
               "resolution_days", "handled_by", "course_format", "课程形式", "instructor", "讲师", "course_date", "fee",
               "duration_min", "hives", "preferred_slot", "inspector_id", "inspector", "查蜂师傅", "finding", "检查结果",
               "late_minutes", "subscription_id", "plan", "订阅方案", "price", "gift", "box_no", "honey_variety", "蜜种",
               "pause_months", "pause_reason", "暂停原因", "cancel_reason", "退订原因", "boxes_received"]
    write(out / "events.csv", events, ev_cols)
    write(out / "orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                         "order_type", "订单类型", "category", "品类", "quantity", "coupon_amount",
                                         "courier", "快递公司", "farm_id", "farm", "farm_en", "inspector_id",
                                         "subscription_id", "session_id", "region", "pay_method", "支付方式",
                                         "currency"])
    write(out / "feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                             "rating", "nps", "language", "order_session", "category", "courier",
                                             "快递公司", "carrier", "承运方", "course_format", "课程形式", "instructor",
                                             "讲师", "inspector_id", "inspector", "查蜂师傅", "subscription_id",
                                             "honey_variety", "蜜种", "device"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    write(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "客户分层", "region", "省份", "city",
                                             "acquisition_channel", "获客渠道", "tier", "会员等级", "keeper_type",
                                             "客户类型", "hives_owned", "years_keeping", "preferred_language",
                                             "newsletter_opt_in", "wechat_bound"])
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    rows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            rows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                             touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", rows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                       "touchpoint_id", "window_days"])


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})


CITIES = {"Sichuan": ["成都", "绵阳", "眉山"], "Chongqing": ["重庆"], "Yunnan": ["昆明", "大理"], "Hubei": ["武汉", "宜昌"],
          "Xinjiang": ["乌鲁木齐", "伊犁"], "Zhejiang": ["杭州", "宁波", "湖州"], "Shanghai": ["上海"],
          "Jiangsu": ["南京", "苏州"], "Guangdong": ["广州", "深圳"], "Beijing": ["北京"], "Shandong": ["济南", "青岛"],
          "Heilongjiang": ["哈尔滨", "牡丹江"], "Hong Kong": ["香港"]}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    customers = []
    sign_w = [6, 9, 11, 9, 6, 4, 4, 4, 6, 6, 7, 6]
    for i in range(N_CUST):
        reg = wchoice([r[0] for r in REGIONS], [r[2] for r in REGIONS])
        ch = wchoice(list(ACQ), [v[1] for v in ACQ.values()])
        if reg not in NEAR_FARM and ch == "farm_walkin":
            ch = "search"
        kt = wchoice(list(TYPES), [v[1] for v in TYPES.values()])
        lang = "en" if (reg == "Hong Kong" and rng.random() < 0.7) or rng.random() < 0.13 else "zh"
        if rng.random() < 0.3:
            signup = datetime(2024, 3, 1) + D(days=float(rng.uniform(0, 305)), hours=float(rng.uniform(7, 23)))
        else:
            signup = rand_day(sign_w)
            while signup.year == 2025 and rng.random() < 0.3:      # growth: more sign-ups per month in 2026
                signup = rand_day(sign_w)
            signup += D(hours=float(rng.uniform(7, 23)))
        life_end = signup + D(days=60 + float(rng.exponential(700 if kt == "sideliner" else 420)))
        hives = {"beginner": 0, "backyard": int(rng.integers(1, 5)), "sideliner": int(rng.integers(10, 60)),
                 "honey_lover": 0}[kt]
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=fmt(signup), region=reg, 省份=REG[reg][1],
                 city=pick(CITIES[reg]), acquisition_channel=ch, 获客渠道=ACQ[ch][0], keeper_type=kt,
                 客户类型=TYPES[kt][0], hives_owned=hives,
                 years_keeping={"beginner": 0, "backyard": int(rng.integers(1, 8)), "sideliner": int(rng.integers(3, 25)),
                                "honey_lover": ""}[kt],
                 preferred_language=lang, language=lang, newsletter_opt_in=wchoice(["yes", "no"], [0.4, 0.6]),
                 wechat_bound=wchoice(["yes", "no"], [0.82, 0.18]), life_end=life_end, spend=0.0, last_paid="", first_paid="",
                 signup=signup)
        customers.append(c)
        life(g, c)
    finish(g, customers, out)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
