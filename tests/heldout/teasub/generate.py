"""茶语 LeafBox: a tea subscription brand selling on a Tmall flagship store (天猫旗舰店), a WeChat mall (微信商城) and its
own app (茶语App). A shopper finds us (Xiaohongshu notes, Douyin live streams, Tmall search, a WeChat friend's referral
or a gift box they received), visits the store, takes the taste quiz (口味测试), picks a plan (月度茶盒 monthly box
99 CNY, 109 from 2026-04-01; 季度臻选 quarterly premium 369 CNY per quarter), pays, and then gets one box a month:
the box ships from a tea warehouse (杭州仓 green & floral, 泉州仓 oolong / black / white, 昆明仓 pu-erh), is delivered,
the subscriber may watch the brew-guide video (冲泡视频) and write a tasting note (品鉴笔记, 1-5 stars). Subscribers
can skip a month (monthly plan) or swap the tea of the next box (换茶), renew every month / quarter, or cancel.
Problems (stale tea 陈茶/受潮, broken packaging 破损, wrong items 发错货) go to after-sales (售后) and are refunded or
re-shipped. Festival gift boxes (Spring Festival 2025 and 2026, Mid-Autumn 2025), single tins (单罐) and teaware
(茶具) are sold on the side.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026).

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

SEED = 20261222
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 4600
QUIZ_BUG = (datetime(2025, 6, 10), datetime(2025, 7, 21))     # quiz H5 page 4.2.0: crashes in Android WebViews at Q7
JT = (datetime(2025, 11, 1), datetime(2026, 3, 1))            # WeChat-mall parcels moved to J&T (极兔) to save cost
STALE = (datetime(2025, 7, 1), datetime(2025, 9, 1))          # Hangzhou warehouse aircon broken: green tea goes stale
WRONG = (datetime(2025, 9, 1), datetime(2025, 10, 6))         # Mid-Autumn peak: temp pickers at the warehouse
PRICE_UP = datetime(2026, 4, 1)                               # monthly box 99 -> 109
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.3"), (datetime(2025, 4, 8), "4.1.0"), (datetime(2025, 6, 10), "4.2.0"),
                (datetime(2025, 7, 21), "4.2.1"), (datetime(2026, 1, 12), "4.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "进店浏览", "Store visit", "awareness", "web", "digital", "growth",
     "进店|逛店|浏览|种草进店|看到我们|访问|visit|store visit|landing|browse|first touch"),
    ("tp_quiz_start", "开始口味测试", "Taste quiz started", "consideration", "app", "digital", "product",
     "口味测试|测一测|开始测试|答题|quiz|taste quiz|quiz start|flavour quiz"),
    ("tp_quiz_done", "完成口味测试", "Taste quiz completed", "consideration", "app", "digital", "product",
     "测试完成|测完|出结果|推荐结果|quiz done|quiz completed|quiz result|taste profile"),
    ("tp_plan", "选择订阅方案", "Plan selected", "consideration", "app", "digital", "growth",
     "选方案|选套餐|月度茶盒|季度臻选|plan|choose plan|pick a plan|monthly box|quarterly premium"),
    ("tp_pay", "开通订阅支付", "Subscription paid", "purchase", "app", "digital", "finance",
     "开通订阅|首次付款|下单支付|付款|新订阅|subscribe|sign up|signup payment|new subscription|first payment"),
    ("tp_swap", "换茶", "Tea swapped", "service", "app", "digital", "curation",
     "换茶|换一款|更换茶品|swap|swap tea|change tea"),
    ("tp_skip", "跳过本期", "Box skipped", "service", "app", "digital", "curation",
     "跳过|跳过一期|暂停一期|本月不要|skip|skip a month|pause"),
    ("tp_renew", "续订扣款", "Renewal charged", "loyalty", "app", "digital", "finance",
     "续订|续费|自动续费|扣款|renew|renewal|rebill|recurring charge"),
    ("tp_ship", "发货", "Box shipped", "service", "other", "physical", "warehouse",
     "发货|出库|打包|物流|快递|ship|shipped|dispatch|courier|shipping"),
    ("tp_deliver", "签收到货", "Box delivered", "service", "other", "physical", "logistics",
     "签收|到货|收到茶盒|开箱|delivered|delivery|arrived|unboxing"),
    ("tp_brew_video", "观看冲泡视频", "Brew-guide video watched", "loyalty", "app", "digital", "content",
     "冲泡视频|泡茶视频|冲泡指南|教程|brew guide|brewing video|how to brew"),
    ("tp_tasting_note", "品鉴笔记", "Tasting note", "loyalty", "app", "digital", "content",
     "品鉴笔记|品鉴|打分|评价|tasting note|tasting notes|rate the tea|review"),
    ("tp_aftersale", "申请售后", "After-sales request", "service", "app", "digital", "customer_service",
     "售后|投诉|申请售后|退换|after-sales|complaint|claim|return request"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|赔付|refund|money back|refunded"),
    ("tp_cancel", "取消订阅", "Subscription cancelled", "service", "app", "digital", "customer_service",
     "取消订阅|退订|不订了|cancel|cancellation|unsubscribe|churn"),
    ("tp_gift_page", "浏览节日礼盒", "Gift box page", "consideration", "web", "digital", "growth",
     "礼盒页|节日礼盒|中秋礼盒|春节礼盒|gift page|gift box page|festival gift"),
    ("tp_gift_pay", "礼盒下单", "Gift box ordered", "purchase", "web", "digital", "growth",
     "买礼盒|礼盒下单|送礼|gift order|buy gift box|gift purchase"),
    ("tp_shop_pay", "单品茶具下单", "Tin / teaware ordered", "purchase", "web", "digital", "growth",
     "单罐|单品|茶具|加购|tin|single tin|teaware|add-on"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("signup", "订阅开通", "Subscription signup", ["tp_visit", "tp_quiz_start", "tp_quiz_done", "tp_plan", "tp_pay"], 7),
    ("first_box", "首盒体验", "First box", ["tp_pay", "tp_ship", "tp_deliver", "tp_brew_video"], 21),
    ("renewal", "首次续订", "First renewal", ["tp_pay", "tp_renew"], 100),
    ("aftersale", "售后退款", "After-sales refund", ["tp_aftersale", "tp_refund"], 14),
    ("gift", "节日礼盒", "Festival gift box", ["tp_gift_page", "tp_gift_pay"], 7),
]
PLATFORMS = {"tmall": ("天猫旗舰店", 0.40), "wechat_mall": ("微信商城", 0.30), "app": ("茶语App", 0.30)}
CITIES = {"Shanghai": ("上海", 0.22), "Beijing": ("北京", 0.19), "Hangzhou": ("杭州", 0.14), "Shenzhen": ("深圳", 0.14),
          "Guangzhou": ("广州", 0.12), "Chengdu": ("成都", 0.13), "Xiamen": ("厦门", 0.08)}
CHANNELS = {  # en: zh, weight, quiz start, plan|quiz, pay|plan, churn multiplier
    "xiaohongshu": ("小红书种草", 0.30, 0.74, 0.64, 0.74, 1.0),
    "douyin_live": ("抖音直播", 0.26, 0.60, 0.45, 0.52, 2.4),
    "tmall_search": ("天猫搜索", 0.20, 0.66, 0.62, 0.76, 1.0),
    "wechat_referral": ("微信好友推荐", 0.15, 0.80, 0.70, 0.82, 0.55),
    "gift_recipient": ("收礼转化", 0.09, 0.78, 0.66, 0.78, 0.8),
}
TEAS = {  # en: zh, example tea (zh, en), warehouse, curation weight
    "green": ("绿茶", "西湖龙井", "West Lake Longjing", "hangzhou", 0.15),
    "oolong": ("乌龙", "安溪铁观音", "Anxi Tieguanyin", "quanzhou", 0.20),
    "black": ("红茶", "正山小种", "Lapsang Souchong", "quanzhou", 0.15),
    "puer": ("普洱", "云南熟普", "Yunnan ripe pu-erh", "kunming", 0.30),
    "white": ("白茶", "福鼎白毫银针", "Fuding Silver Needle", "quanzhou", 0.10),
    "floral": ("花茶", "茉莉花茶", "Jasmine tea", "hangzhou", 0.10),
}
TASTE_W = {"green": 0.26, "oolong": 0.22, "black": 0.18, "puer": 0.08, "white": 0.12, "floral": 0.14}
WAREHOUSES = {"hangzhou": "杭州仓", "quanzhou": "泉州仓", "kunming": "昆明仓"}
COURIERS = {"sf": "顺丰", "jt": "极兔", "zto": "中通"}
AGES = ["18-24", "25-34", "35-44", "45-54", "55+"]
AGE_W = [0.20, 0.40, 0.24, 0.13, 0.03]
QUARTERLY_P = {"18-24": 0.10, "25-34": 0.22, "35-44": 0.45, "45-54": 0.28, "55+": 0.45}
PLANS = {"monthly": ("月度茶盒", "Monthly box"), "quarterly": ("季度臻选", "Quarterly premium")}
ORDER_TYPES = {"subscription_monthly": "月度订阅", "subscription_quarterly": "季度臻选订阅", "gift_box": "节日礼盒",
               "single_tin": "单罐茶", "teaware": "茶具"}
FESTIVALS = [  # id, zh, window, gift box prices
    ("spring_festival_2025", "2025春节", datetime(2025, 1, 1), datetime(2025, 1, 27), (368, 588)),
    ("mid_autumn_2025", "2025中秋", datetime(2025, 8, 25), datetime(2025, 10, 5), (298, 488)),
    ("spring_festival_2026", "2026春节", datetime(2026, 1, 5), datetime(2026, 2, 15), (368, 588)),
]
ISSUES = {"stale": "陈茶受潮", "broken": "包装破损", "wrong_item": "发错货"}

TXT = {  # topic: (zh variants, en variants); every variant carries one of the topic's markers (gold.py)
    "stale": (["茶叶有一股陈味", "喝起来不新鲜", "茶叶好像受潮了", "这期龙井一股陈味，不像新茶"],
              ["the tea tasted stale", "leaves smelled musty", "the tea was stale and flat", "leaves felt damp"]),
    "broken": (["罐子压瘪了", "外包装破损", "盒子被压坏了", "礼盒到的时候破损严重"],
               ["the tin arrived dented", "the box was crushed", "packaging was broken", "tin was dented and lid bent"]),
    "wrong_item": (["发错货了", "收到的不是我订的茶", "少发了一罐", "礼盒里发错了茶"],
                   ["got the wrong item", "this is not what I ordered", "missing a tin in the box",
                    "wrong item in my gift box"]),
    "slow_delivery": (["物流太慢了", "快递等了一周才到"], ["delivery took forever", "shipping was really slow"]),
    "quiz_crash": (["口味测试闪退", "测试做到一半卡住退出了"], ["the quiz crashed halfway", "quiz kept freezing on me"]),
    "cancel_hard": (["取消订阅找不到入口", "退订太麻烦了"], ["hard to cancel the subscription", "couldn't find where to cancel"]),
    "price": (["涨价了有点接受不了", "月度茶盒涨价了"], ["the price went up", "not happy about the price increase"]),
    "taste_match": (["推荐很准", "很对我的口味"], ["the quiz nailed my taste", "spot on for my taste"]),
    "video": (["冲泡视频很有用", "跟着冲泡视频泡出来好喝多了"], ["the brew guide video really helped",
                                                   "brewing videos are so useful"]),
    "gift_pretty": (["礼盒很精美", "送人很有面子，礼盒很精美"], ["the gift box looks beautiful", "gift box is gorgeous"]),
}
GEN = {
    "pos": (["整体很满意", "会继续订", "客服态度很好", "茶香很足"], ["very happy overall", "will keep subscribing",
                                                      "lovely aroma", "great service"]),
    "neg": (["体验很差", "很失望", "希望改进"], ["really disappointed", "poor experience", "please fix this"]),
    "neu": (["还可以", "一般般吧", "中规中矩"], ["it's okay", "average", "nothing special"]),
}
NEG_TOPICS = {"stale", "broken", "wrong_item", "slow_delivery", "quiz_crash", "cancel_hard", "price"}
TOPIC_TP = [("quiz_crash", "tp_quiz_start"), ("cancel_hard", "tp_cancel"), ("price", "tp_renew"),
            ("broken", "tp_ship"), ("slow_delivery", "tp_ship"), ("wrong_item", "tp_deliver"), ("stale", "tp_deliver"),
            ("taste_match", "tp_quiz_done"), ("video", "tp_brew_video"), ("gift_pretty", "tp_gift_pay")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def festival(t):
    for f in FESTIVALS:
        if f[2] <= t < f[3]:
            return f
    return None


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, s=0, bx=0, g=0)

    def nid(self, k, prefix, width=6):
        self.n[k] += 1
        return f"{prefix}{self.n[k]:0{width}d}"

    def plat(self, c, **kw):
        d = dict(device=c["device"], channel=c["platform"], platform=c["platform"], 平台=PLATFORMS[c["platform"]][0])
        d.update(kw)
        return d

    def ev(self, c, t, tp, sid, action, extra=None, **kw):
        if t > END:
            return False
        row = dict(event_id=self.nid("ev", "E", 7), customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action)
        row.update(self.plat(c, app_version=app_version(t) if c["platform"] == "app" else None))
        if extra:
            row.update(extra)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, extra=None, **kw):
        if t > END:
            return None
        row = dict(order_id=self.nid("ord", "O"), customer_id=c["id"], ts=ts(t), amount=round(float(amount), 2),
                   status="paid", channel=c["platform"], device=c["device"], order_type=otype,
                   订单类型=ORDER_TYPES[otype], platform=c["platform"], 平台=PLATFORMS[c["platform"]][0])
        if extra:
            row.update(extra)
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        c["spend"] += float(amount)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, box=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        fid = self.nid("fb", "FB")
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics),
                      "tp_tasting_note" if channel == "tasting_note" else ("tp_quiz_start" if channel ==
                                                                         "app_store_review" else "tp_deliver"))
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or (nps is not None and nps <= 6) \
            or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & {"taste_match", "video", "gift_pretty"})
                                   else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["id"], touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, language=lang, platform=c["platform"], 平台=PLATFORMS[c["platform"]][0])
        if box:
            for k in ("box_id", "box_kind", "包裹类型", "tea_type", "茶类", "courier", "快递公司", "warehouse", "发货仓"):
                row[k] = box.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            w = 0.6 + 0.8 * (d - START).days / 600
            if festival(d):
                w *= 1.6
            if d.month in (6, 11) and d.day <= 18:          # 618 / Double 11 promotions
                w *= 1.5
            days.append((d, w))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.8)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            plat = pick(list(PLATFORMS), [v[1] for v in PLATFORMS.values()])
            if ch == "tmall_search":
                plat = "tmall"
            dev = pick(["ios", "android"], [0.45, 0.55])
            if plat == "tmall" and rng.random() < 0.25:
                dev = "pc"
            age = pick(AGES, AGE_W)
            en = 0.20 if city in ("Shanghai", "Shenzhen") else 0.06
            self.cust.append(dict(id=f"C{i + 1:05d}", first=t, city=city, channel=ch, platform=plat, device=dev,
                                  age=age, gender=pick(["female", "male"], [0.62, 0.38]), en_share=en,
                                  taste=pick(list(TASTE_W), list(TASTE_W.values())), quiz=None, plan=None,
                                  spend=0.0, sub_start=None, cancelled=None, gift=False))

    # ---------- one box ----------
    def box(self, c, t_ship, kind, tea, renew=None, gift_order=None, fest=None, first_order=None):
        bid = self.nid("bx", "BX") if kind == "subscription_box" else gift_order["order_id"].replace("O", "GB")
        wh = TEAS[tea][3]
        if c["platform"] == "tmall":
            courier = "zto" if rng.random() < 0.6 else "sf"
        elif c["platform"] == "wechat_mall" and JT[0] <= t_ship < JT[1]:
            courier = "jt"
        else:
            courier = "sf"
        box = dict(box_id=bid, box_kind=kind, 包裹类型="订阅茶盒" if kind == "subscription_box" else "节日礼盒",
                   tea_type=tea, 茶类=TEAS[tea][0], tea_name=TEAS[tea][1], tea_name_en=TEAS[tea][2], warehouse=wh,
                   发货仓=WAREHOUSES[wh], courier=courier, 快递公司=COURIERS[courier], dest_city=c["city"],
                   收货城市=CITIES[c["city"]][0], plan=c["plan"] if kind == "subscription_box" else None,
                   festival=fest[0] if fest else None, 节日=fest[1] if fest else None)
        ex = {k: box[k] for k in ("box_kind", "包裹类型", "tea_type", "茶类", "tea_name", "warehouse", "发货仓", "courier",
                                  "快递公司", "dest_city", "收货城市", "plan", "festival", "节日")}
        out = dict(issue=None, video=False, box=box, order=first_order)
        if renew is not None:
            if not self.ev(c, renew[0], "tp_renew", bid, "charge", ex, amount=renew[1]):
                return None
            out["order"] = self.order(c, renew[0], renew[1], renew[2], dict(box_id=bid, plan=c["plan"],
                                                                          订阅方案=PLANS[c["plan"]][0]))
        if kind == "subscription_box" and rng.random() < (0.33 if tea == "puer" and c["taste"] != "puer" else 0.08):
            new = pick([x for x in TEAS if x != tea], [1.0] * 5)
            if c["quiz"] and rng.random() < 0.6 and c["taste"] != tea:
                new = c["taste"]
            t_sw = t_ship - D(days=float(rng.uniform(1, 6)))
            self.ev(c, t_sw, "tp_swap", bid, "swap", ex, swap_from=tea, 换出茶类=TEAS[tea][0], swap_to=new,
                    换入茶类=TEAS[new][0])
            tea = new
            wh = TEAS[tea][3]
            box.update(tea_type=tea, 茶类=TEAS[tea][0], tea_name=TEAS[tea][1], tea_name_en=TEAS[tea][2],
                       warehouse=wh, 发货仓=WAREHOUSES[wh])
            ex.update({k: box[k] for k in ("tea_type", "茶类", "tea_name", "warehouse", "发货仓")})
        if not self.ev(c, t_ship, "tp_ship", bid, "shipped", ex):
            return out
        med = {"Chengdu": 3.6, "Beijing": 2.3}.get(c["city"], 1.6)
        if courier == "jt":
            med *= 1.35
        if c["city"] == "Xiamen" and wh == "quanzhou":
            med = 0.9
        t_del = t_ship + D(days=float(rng.lognormal(np.log(med), 0.4)))
        if not self.ev(c, t_del, "tp_deliver", bid, "delivered", ex):
            return out
        out["delivered"] = t_del
        p_st = 0.17 if (wh == "hangzhou" and tea == "green" and STALE[0] <= t_ship < STALE[1]) else 0.012
        p_br = (0.16 if kind == "gift_box" else 0.12) if courier == "jt" else 0.018
        p_wr = (0.10 if kind == "gift_box" else 0.03) if WRONG[0] <= t_ship < WRONG[1] else 0.008
        r = rng.random()
        issue = "stale" if r < p_st else ("broken" if r < p_st + p_br else ("wrong_item" if r < p_st + p_br + p_wr
                                                                           else None))
        out["issue"] = issue
        topics = []
        if (t_del - t_ship).days >= 5 and rng.random() < 0.35:
            self.fb(c, t_del + D(hours=float(rng.uniform(1, 30))), ["slow_delivery"], "service_ticket", box=box)
        if issue:
            t_a = t_del + D(hours=float(rng.uniform(2, 60)))
            self.ev(c, t_a, "tp_aftersale", bid, "claim", ex, issue_type=issue, 问题类型=ISSUES[issue])
            topics.append(issue)
            if rng.random() < 0.7:
                self.fb(c, t_a + D(minutes=10), [issue], "service_ticket", box=box)
            if rng.random() < (0.5 if issue == "broken" else 0.88):
                med_r = {"tmall": 0.4, "wechat_mall": 2.6, "app": 1.8}[c["platform"]]
                t_r = t_a + D(days=float(rng.lognormal(np.log(med_r), 0.5)))
                o = gift_order if gift_order is not None else out.get("order")
                if kind == "subscription_box" and c["plan"] == "quarterly":
                    amt, o = 123.0, None
                else:
                    amt = o["amount"] if o else 99.0
                if self.ev(c, t_r, "tp_refund", bid, "refund", ex, refund_amount=amt, issue_type=issue,
                           问题类型=ISSUES[issue]) and o is not None:
                    o["status"], o["refunded_at"] = "refunded", ts(t_r)
            else:
                self.ev(c, t_a + D(hours=float(rng.uniform(3, 30))), "tp_ship", bid, "reshipped", ex)
        watched = False
        if kind == "subscription_box":
            p_v = 0.5 if c["boxes"] == 0 else 0.2
            if rng.random() < p_v:
                watched = True
                self.ev(c, t_del + D(hours=float(rng.uniform(1, 72))), "tp_brew_video", bid, "play", ex,
                        video=f"{TEAS[tea][1]}冲泡指南", watch_seconds=int(rng.integers(40, 400)))
        out["video"] = watched
        # tasting note (in-app, rated) / Tmall review (rated) / social notes (unrated)
        if kind == "subscription_box":
            if c["boxes"] == 0 and c["quiz"] and tea == c["taste"] and rng.random() < 0.35:
                topics.append("taste_match")
            if watched and rng.random() < 0.3:
                topics.append("video")
        elif rng.random() < 0.45 and not issue:
            topics.append("gift_pretty")
        if renew is not None and renew[1] == 109 and rng.random() < 0.1:
            topics.append("price")
        stars = float(pick([5, 4, 3, 2], [0.42, 0.38, 0.15, 0.05]))
        if issue:
            stars = float(pick([1, 2, 3], [0.55, 0.35, 0.10]))
        elif tea == "white":
            stars = min(5.0, stars + float(rng.random() < 0.85))
        elif tea == "puer" and c["taste"] != "puer":
            stars = max(1.0, stars - float(rng.random() < 0.5))
        if "price" in topics:
            stars = max(1.0, stars - 1)
        gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
        if kind == "subscription_box" and c["platform"] != "tmall" and rng.random() < (0.45 if issue else 0.22):
            t_n = t_del + D(hours=float(rng.lognormal(np.log(30), 0.8)))
            if self.ev(c, t_n, "tp_tasting_note", bid, "note", ex, stars=stars):
                self.fb(c, t_n, topics, "tasting_note", tp="tp_tasting_note" if not topics else None, rating=stars,
                        box=box, gen=gen)
        if c["platform"] == "tmall" and rng.random() < (0.5 if issue else 0.28):
            self.fb(c, t_del + D(hours=float(rng.uniform(4, 120))), topics, "tmall_review", rating=stars, box=box,
                    gen=gen)
        if kind == "subscription_box" and c["boxes"] == 0 and rng.random() < 0.3:
            nps = int(np.clip(round(rng.normal(8.3 - 4.0 * bool(issue) - 0.8 * (tea == "puer" and c["taste"] != "puer")
                                               + 0.5 * watched, 1.5)), 0, 10))
            self.fb(c, t_del + D(days=3, hours=float(rng.uniform(0, 10))), topics if rng.random() < 0.5 else [],
                    "nps_survey", nps=nps, box=box, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if (issue and rng.random() < 0.12) or ("gift_pretty" in topics and rng.random() < 0.15):
            self.fb(c, t_del + D(hours=float(rng.uniform(5, 100))), [x for x in topics if x != "price"] or topics,
                    "xiaohongshu", box=box, undated=rng.random() < 0.4, no_customer=rng.random() < 0.3)
        return out

    # ---------- gifts / add-ons ----------
    def gift(self, c, t, fest, new=False):
        sid = self.nid("g", "G")
        fx = dict(festival=fest[0], 节日=fest[1])
        self.ev(c, t, "tp_gift_page", sid, "view", fx)
        if rng.random() > (0.55 if new else 0.7):
            return
        t_p = t + D(minutes=float(rng.lognormal(np.log(12), 1.0)))
        if rng.random() < 0.12:
            t_p = t + D(days=float(rng.uniform(1, 4)))
        price = float(pick(list(fest[4]), [0.65, 0.35]))
        n = int(pick([1, 2, 3, 5], [0.6, 0.25, 0.1, 0.05]))
        amt = price * n
        if not self.ev(c, t_p, "tp_gift_pay", sid, "success", fx, amount=amt, quantity=n):
            return
        o = self.order(c, t_p, amt, "gift_box", dict(quantity=n, festival=fest[0], 节日=fest[1], session_id=sid))
        c["gift"] = True
        tea = pick(list(TEAS), [0.3, 0.25, 0.15, 0.1, 0.1, 0.1])
        self.box(c, t_p + D(hours=float(rng.uniform(10, 60))), "gift_box", tea, gift_order=o, fest=fest)

    def shop(self, c, t):
        sid = self.nid("s", "S")
        if c["age"] == "55+" and rng.random() < 0.8:
            kind = "teaware"
        else:
            kind = "single_tin" if rng.random() < 0.78 else "teaware"
        amt = float(rng.choice([58, 68, 88, 128, 168])) if kind == "single_tin" else float(
            rng.choice([129, 199, 259, 399] + ([899, 1280] if c["age"] == "55+" else [])))
        if self.ev(c, t, "tp_shop_pay", sid, "success", amount=amt, item_type=kind, 商品类型=ORDER_TYPES[kind]):
            self.order(c, t, amt, kind, dict(session_id=sid))

    # ---------- signup ----------
    def visit(self, c, t, allow_sub=True):
        sid = self.nid("s", "S")
        self.ev(c, t, "tp_visit", sid, "view", acquisition=c["channel"])
        fest = festival(t)
        if fest and rng.random() < 0.4:
            self.gift(c, t + D(minutes=float(rng.uniform(1, 10))), fest, new=True)
            if rng.random() < 0.6:
                return None
        if not allow_sub:
            return None
        ch = CHANNELS[c["channel"]]
        tq = t + D(minutes=float(rng.uniform(1, 8)))
        if c["quiz"] is None and rng.random() < ch[2]:
            self.ev(c, tq, "tp_quiz_start", sid, "start")
            p_done = 0.86
            if c["device"] == "android" and QUIZ_BUG[0] <= tq < QUIZ_BUG[1]:
                p_done = 0.30
            if rng.random() > p_done:
                if p_done < 0.5 and rng.random() < 0.5:
                    store = rng.random() < 0.4
                    self.fb(c, tq + D(minutes=5), ["quiz_crash"], "app_store_review" if store else "service_ticket",
                            rating=float(pick([1, 2], [0.7, 0.3])) if store else None)
                return None
            tq += D(minutes=float(rng.uniform(2, 6)))
            c["quiz"] = c["taste"]
            self.ev(c, tq, "tp_quiz_done", sid, "submit", quiz_result=c["taste"], 测试结果=TEAS[c["taste"]][0])
            p_plan = ch[3]
        else:
            p_plan = 0.14
        if rng.random() > p_plan:
            return None
        plan = "quarterly" if rng.random() < QUARTERLY_P[c["age"]] else "monthly"
        tp_ = tq + D(minutes=float(rng.uniform(1, 5)))
        self.ev(c, tp_, "tp_plan", sid, "select", plan=plan, 订阅方案=PLANS[plan][0])
        if rng.random() > ch[4]:
            return None
        r = rng.random()
        t_pay = tp_ + (D(minutes=float(rng.uniform(1, 6))) if r < 0.82 else
                       D(days=float(rng.uniform(1, 5))) if r < 0.96 else D(days=float(rng.uniform(8, 14))))
        price = 369.0 if plan == "quarterly" else (109.0 if t_pay >= PRICE_UP else 99.0)
        otype = f"subscription_{plan}"
        if not self.ev(c, t_pay, "tp_pay", sid, "success", plan=plan, 订阅方案=PLANS[plan][0], amount=price):
            return None
        c["plan"] = plan
        o = self.order(c, t_pay, price, otype, dict(plan=plan, 订阅方案=PLANS[plan][0], session_id=sid))
        return t_pay, o

    def subscription(self, c, t_pay, first_order):
        c["sub_start"], c["boxes"] = t_pay, 0
        ch = CHANNELS[c["channel"]]
        plan = c["plan"]
        t_ship = t_pay + D(hours=float(rng.uniform(18, 60)))
        renew, video_first, k = None, False, 0
        while t_ship <= END:
            tea = c["taste"] if (c["quiz"] and rng.random() < 0.6) else pick(list(TEAS), [v[4] for v in TEAS.values()])
            out = self.box(c, t_ship, "subscription_box", tea, renew=renew, first_order=first_order if k == 0 else None)
            if out is None:
                break
            if k == 0:
                video_first = out["video"]
            c["boxes"] += 1
            k += 1
            if rng.random() < 0.05:
                self.shop(c, t_ship + D(days=float(rng.uniform(3, 20))))
            # the next cycle
            t_next = t_pay + D(days=30 * k)
            t_ship = t_next + D(hours=float(rng.uniform(18, 40)))
            if t_next > END:
                break
            charge = plan == "monthly" or k % 3 == 0
            if charge:
                p = (0.075 if plan == "monthly" else 0.11) * ch[5]
                if k <= 3:
                    p *= 2.2                         # most churn comes at the first renewal
                if video_first:
                    p *= 0.45
                if out["issue"]:
                    p *= 2.5
                if plan == "monthly" and PRICE_UP <= t_next < datetime(2026, 5, 1):
                    p *= 2.6
                if rng.random() < p:
                    t_c = t_next - D(days=float(rng.uniform(1, 12)))
                    if t_c <= END:
                        reason = "price" if (plan == "monthly" and PRICE_UP <= t_next < datetime(2026, 5, 1)
                                             and rng.random() < 0.6) else pick(
                            ["too_much_tea", "quality", "budget", "other"], [0.35, 0.25 + 0.4 * bool(out["issue"]),
                                                                            0.2, 0.2])
                        zh = {"price": "涨价", "too_much_tea": "喝不完", "quality": "品质问题", "budget": "预算",
                              "other": "其他"}[reason]
                        self.ev(c, t_c, "tp_cancel", None, "cancel", plan=plan, 订阅方案=PLANS[plan][0],
                                cancel_reason=reason, 取消原因=zh)
                        c["cancelled"] = t_c
                        if rng.random() < 0.12:
                            self.fb(c, t_c + D(hours=2), ["cancel_hard"], "service_ticket")
                        if reason == "price" and rng.random() < 0.25:
                            self.fb(c, t_c + D(hours=3), ["price"], "service_ticket")
                    break
                if plan == "monthly" and rng.random() < 0.05:
                    self.ev(c, t_next - D(days=float(rng.uniform(2, 8))), "tp_skip", None, "skip", plan=plan,
                            订阅方案=PLANS[plan][0])
                    t_pay += D(days=30)                  # the cycle moves by a month
                    t_ship += D(days=30)
                    t_next += D(days=30)
                price = 369.0 if plan == "quarterly" else (109.0 if t_next >= PRICE_UP else 99.0)
                renew = (t_next, price, f"subscription_{plan}")
            else:
                renew = None

    def run(self):
        self.customers()
        for c in self.cust:
            c["boxes"] = 0
            res = self.visit(c, c["first"])
            if res is None and rng.random() < 0.25:
                res = self.visit(c, c["first"] + D(days=float(rng.uniform(9, 40))))
            if res is not None:
                self.subscription(c, *res)
            # gifts for festivals after the first visit, add-on shopping
            for f in FESTIVALS:
                if f[2] > c["first"] and rng.random() < (0.22 if c["plan"] else 0.05):
                    self.gift(c, f[2] + D(days=float(rng.uniform(0, (f[3] - f[2]).days - 1)), hours=float(
                        rng.uniform(9, 22))), f)
            if rng.random() < (0.5 if c["age"] == "55+" else 0.08):
                self.shop(c, c["first"] + D(days=float(rng.uniform(1, 200))))

    # ---------- output ----------
    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)
        tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
        jrs = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                    touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])]
        paid_ids = {o["customer_id"] for o in self.orders if o["status"] == "paid"}
        custs = []
        for c in self.cust:
            if c["plan"] and c["sub_start"] and c["cancelled"] is None:
                seg = "active_subscriber"
            elif c["plan"] and c["sub_start"]:
                seg = "churned"
            elif c["id"] in paid_ids:
                seg = "shop_only"
            else:
                seg = "prospect"
            tier = "gold" if c["spend"] >= 1000 else ("silver" if c["spend"] >= 300 else "regular")
            custs.append(dict(customer_id=c["id"], signup_at=ts(c["first"]), segment=seg, region=c["city"],
                              城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                              获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                              会员等级={"regular": "普通会员", "silver": "银叶会员", "gold": "金叶会员"}[tier],
                              home_platform=c["platform"], 购物平台=PLATFORMS[c["platform"]][0],
                              taste_profile=c["quiz"], 口味偏好=TEAS[c["quiz"]][0] if c["quiz"] else None,
                              subscription_plan=c["plan"] if c["sub_start"] else None,
                              订阅方案=PLANS[c["plan"]][0] if c["sub_start"] else None, age_band=c["age"],
                              gender=c["gender"], phone_os=c["device"],
                              preferred_language="en" if c["en_share"] > 0.1 and rng.random() < 0.2 else "zh"))
        self.events.sort(key=lambda r: (r["ts"], r["event_id"]))
        dups = [dict(r) for r in rng.choice(np.array(self.events, dtype=object), size=20, replace=False)]
        self.events.extend(dups)                     # re-sent by the tracker: exact duplicates
        self.feedback.sort(key=lambda r: r["feedback_id"])
        tables = dict(touchpoints=tps, journeys=jrs, customers=custs, events=self.events, orders=self.orders,
                      feedback=self.feedback)
        for name, rows in tables.items():
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols:
                        cols.append(k)
            with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols)
                w.writeheader()
                for r in rows:
                    w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})
        with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["feedback_id", "topics", "sentiment"])
            w.writeheader()
            w.writerows(self.truth)
        print({k: len(v) for k, v in tables.items()})


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    g = Gen()
    g.run()
    g.write(Path(sys.argv[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
