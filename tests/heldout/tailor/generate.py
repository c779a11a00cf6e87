"""巧裁坊 StitchCraft: clothing alterations and bespoke tailoring, 6 shops in Shanghai + a pickup/delivery service,
2025-01-01 .. 2026-07-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
N = 3000
D = timedelta
PRICE_RISE = datetime(2026, 1, 1)       # bespoke shirt 880 -> 980, bespoke suit 6800 -> 8200
PUDONG_SLOW = datetime(2025, 10, 1)     # 钱师傅 leaves Pudong; apprentice 小陈 joins; the shop's workroom is overloaded
DELIVERY_START = datetime(2025, 6, 1)   # 上门取送 pickup/delivery service launched
SPRING = [date(2025, 1, 29), date(2026, 2, 17)]

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现门店", "Discovered us", "awareness", "social", "digital", "marketing",
     "发现|看到店|刷到|大众点评|点评|小红书|路过|种草|discover|found us|saw the shop|dianping|xiaohongshu|passer-by"),
    ("tp_consult", "到店咨询", "Consultation", "consideration", "store", "physical", "shop_front",
     "咨询|问价|面谈|沟通需求|consult|consultation|enquiry|inquiry|asked about"),
    ("tp_measure", "量体", "Measurement", "consideration", "store", "physical", "tailors",
     "量体|量尺寸|测量|比对尺寸|别针定位|measure|measurement|measuring|sizing|pinning"),
    ("tp_order", "下单", "Order placed", "purchase", "store", "physical", "shop_front",
     "下单|开单|订单|报价确认|接单|order|order placed|placed the order|job ticket"),
    ("tp_deposit", "付定金", "Deposit paid", "purchase", "store", "physical", "shop_front",
     "定金|订金|预付|交定金|deposit|deposit paid|down payment|prepayment"),
    ("tp_fitting1", "初次试衣", "First fitting", "service", "store", "physical", "tailors",
     "试衣|初试|第一次试穿|试穿|fitting|first fitting|try-on|try on"),
    ("tp_adjust", "修改调整", "Adjustments", "service", "store", "physical", "tailors",
     "调整|修改|改动|收腰|放量|adjust|adjustment|alterations after fitting|tweaks"),
    ("tp_fitting2", "二次试衣", "Second fitting", "service", "store", "physical", "tailors",
     "二次试衣|复试|第二次试穿|再试一次|second fitting|refitting|re-fitting|second try-on"),
    ("tp_remake", "返工重做", "Remake", "service", "store", "physical", "tailors",
     "返工|重做|重新做|返修|不合身重做|remake|redo|re-made|rework"),
    ("tp_ready", "通知取衣", "Garment ready notified", "service", "other", "digital", "shop_front",
     "做好了|完工|通知取衣|可以取了|出货|ready|garment ready|ready notice|ready for pickup|finished"),
    ("tp_collect", "取衣/送达", "Picked up or delivered", "service", "store", "physical", "shop_front",
     "取衣|取件|拿衣服|送货上门|上门取送|配送|送达|pickup|picked up|collect|collection|delivered|delivery"),
    ("tp_balance", "付尾款", "Balance paid", "purchase", "store", "physical", "shop_front",
     "尾款|结清|付余款|结账|balance|balance paid|final payment|settle"),
    ("tp_review", "发布评价", "Review left", "loyalty", "social", "digital", "marketing",
     "评价|点评|好评|差评|晒单|review|rating|left a review|dianping review"),
    ("tp_repeat", "再次下单", "Came back for another order", "loyalty", "store", "physical", "shop_front",
     "回头客|复购|再来|又来改|再次下单|return|came back|repeat order|another order|returning customer"),
]
JOURNEYS = [
    ("consult_to_order", "咨询到下单", "Consultation to order", 14,
     ["tp_consult", "tp_measure", "tp_order", "tp_deposit"]),
    ("order_fulfilment", "制作到交付", "Production to handover", 90,
     ["tp_deposit", "tp_fitting1", "tp_ready", "tp_collect", "tp_balance"]),
    ("review_after_pickup", "取衣到评价", "Pickup to review", 30, ["tp_collect", "tp_review"]),
    ("repeat_order", "回头再下单", "Repeat order", 180, ["tp_collect", "tp_repeat"]),
]
# en, zh, region, weight
SHOPS = [("Xuhui", "徐汇店", "浦西", 0.20), ("Jing'an", "静安店", "浦西", 0.19), ("Huangpu", "黄浦店", "浦西", 0.13),
         ("Changning", "长宁店", "浦西", 0.14), ("Pudong", "浦东店", "浦东", 0.22), ("Minhang", "闵行店", "浦西", 0.12)]
SHOP_ZH = {s[0]: s[1] for s in SHOPS}
EN_SHARE = {"Xuhui": 0.14, "Jing'an": 0.22, "Huangpu": 0.10, "Changning": 0.08, "Pudong": 0.06, "Minhang": 0.03}
LEVEL_ZH = {"master": "老师傅", "tailor": "裁缝", "apprentice": "学徒", "guest": "客座大师"}
# name, shop, level, from, to, fan (craftsmanship weight), poor-fit probability at the first fitting
TAILORS = [
    ("王师傅", "Xuhui", "master", None, None, 7.0, 0.03), ("小林", "Xuhui", "tailor", None, None, 1.0, 0.05),
    ("李师傅", "Jing'an", "master", None, None, 1.3, 0.03), ("赵姐", "Jing'an", "tailor", None, None, 1.0, 0.05),
    ("Kenji", "Jing'an", "guest", datetime(2026, 3, 16), datetime(2026, 5, 16), 9.0, 0.0),
    ("周师傅", "Huangpu", "master", None, None, 1.2, 0.03), ("小吴", "Huangpu", "tailor", None, None, 1.0, 0.05),
    ("孙师傅", "Changning", "master", None, None, 1.2, 0.03), ("阿梅", "Changning", "tailor", None, None, 1.0, 0.05),
    ("钱师傅", "Pudong", "master", None, PUDONG_SLOW, 1.3, 0.03), ("小刘", "Pudong", "tailor", None, None, 0.9, 0.06),
    ("小陈", "Pudong", "apprentice", PUDONG_SLOW, None, 0.5, 0.24),
    ("郑师傅", "Minhang", "master", None, None, 1.2, 0.03), ("小何", "Minhang", "tailor", None, None, 1.0, 0.05),
]
# en, zh, kind, price, price from 2026, production median days, p(adjust), p(second fitting | adjust), p(rush)
GARMENTS = [
    ("trousers hem", "裤脚修改", "alteration", 45, 45, 3.0, 0.12, 0.10, 0.12),
    ("dress alteration", "连衣裙修改", "alteration", 180, 180, 5.0, 0.45, 0.15, 0.14),
    ("suit alteration", "西装修改", "alteration", 280, 280, 6.0, 0.45, 0.20, 0.32),
    ("wedding gown", "婚纱修改", "alteration", 1200, 1200, 18.0, 0.85, 0.75, 0.10),
    ("bespoke shirt", "定制衬衫", "bespoke", 880, 980, 16.0, 0.35, 0.20, 0.05),
    ("bespoke suit", "定制西装", "bespoke", 6800, 8200, 35.0, 0.75, 0.70, 0.0),
]
G = {g[0]: g for g in GARMENTS}
KIND_ZH = {"alteration": "改衣", "bespoke": "定制"}
GARMENT_P = {"female": [0.30, 0.30, 0.07, 0.15, 0.08, 0.04], "male": [0.40, 0.0, 0.30, 0.0, 0.16, 0.14]}
GOWN_SEASON = {1: 0.5, 2: 0.4, 3: 1.3, 4: 1.8, 5: 3.6, 6: 1.2, 7: 0.7, 8: 0.8, 9: 1.5, 10: 2.0, 11: 0.9, 12: 0.6}
# en, zh, weight
CHANNELS = [("dianping", "大众点评", 0.36), ("xiaohongshu", "小红书", 0.27), ("walk_in", "路过进店", 0.23),
            ("repeat", "老客回头", 0.14)]
TIERS = [("regular", "普通会员"), ("silver", "银卡会员"), ("gold", "金卡会员")]
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]
MONTH_W = {1: 0.9, 2: 0.7, 3: 1.0, 4: 1.1, 5: 1.15, 6: 1.0, 7: 0.9, 8: 0.9, 9: 1.1, 10: 1.05, 11: 1.1, 12: 1.4}

TEXT = {
    "craftsmanship": (
        ["{tailor}手艺真的好，{garment}改完特别合身", "做工很细，针脚整齐，{garment}穿上完全像量身定做的", "{tailor}的手艺没话说，老师傅就是不一样",
         "改完的{garment}比买的时候还好看，线头都处理得很干净", "版型做得太好了，同事都问在哪做的", "第三次来{shop}了，手艺一如既往的稳",
         "细节处理得很到位，锁边、熨烫都很专业", "{garment}改得很服帖，腰线位置刚刚好"],
        ["{tailor} did a fantastic job, the {garment} fits perfectly", "Beautiful workmanship, the stitching is immaculate",
         "Best tailoring I've had in Shanghai, great craftsmanship", "The {garment} looks like it was made for me, superb work"]),
    "friendly_tailor": (
        ["{tailor}人很好，很耐心听我说需求", "师傅很热情，量体的时候讲得很清楚", "店员态度特别好，还帮我出主意怎么改",
         "第一次来改衣服，师傅很友善，一点不敷衍", "沟通很顺畅，{tailor}会主动提醒注意事项", "服务很贴心，量尺寸很仔细"],
        ["{tailor} was so friendly and patient", "Lovely staff, they explained every measurement",
         "Very welcoming shop, the tailor listened carefully to what I wanted"]),
    "late_ready": (
        ["说好{promised}能取，结果拖了{late}天才做好", "衣服一直没做好，催了好几次都说还要等", "{garment}比约定时间晚了一周多，差点耽误事",
         "取衣日期一拖再拖，{shop}太慢了", "下周就要穿了还没改好，急死了", "约好的取衣时间到了还没做好，白跑一趟",
         "等了快一个月，说好的两周", "交期完全不靠谱，一再延期"],
        ["My {garment} was {late} days late, nobody told me", "Still not ready after the promised date, had to chase them twice",
         "The ready date kept slipping, very frustrating", "Came to pick up on the promised day and it wasn't done"]),
    "poor_fit": (
        ["改完还是不合身，腰那里太紧了", "{garment}试穿的时候完全不对，袖子长了一截", "改得歪了，裤脚两边不一样长",
         "试衣的时候发现肩膀那里鼓起来，只能返工", "尺寸量错了，重新做又等了好久", "改完比原来还难看，要求重做",
         "版型不对，穿起来很别扭", "第二次试还是不合身，很失望"],
        ["The fit is off, the waist is far too tight", "Sleeves came out too long on my {garment}, needs a remake",
         "Poor fit at the first fitting, shoulders bunch up", "They measured wrong and the {garment} had to be redone"]),
    "price_high": (
        ["价格太贵了，{garment}要{price}块", "定制西装又涨价了，比去年贵了一千多", "改个衣服收这么多钱，有点坑",
         "报价偏高，同样的活别家便宜不少", "手艺还行但是价格真的劝退", "加急费太贵了，要加一半的钱", "涨价也没提前说，性价比越来越低"],
        ["Way too expensive, {price} RMB for a {garment}", "Prices went up a lot this year",
         "Good work but overpriced", "The rush fee is steep, half the price again"]),
    "delivery_problem": (
        ["上门配送晚了大半天，也没人通知", "送来的衣服压皱了，还得自己再熨", "约好上门取件的时间骑手没来",
         "配送的袋子破了，衣服有点脏"],
        ["Delivery came half a day late without notice", "The garment arrived creased from the courier"]),
    "neutral": (["还行吧，中规中矩", "一般，没什么特别的", "改得可以，价格正常", "整体还可以", "就是普通的改衣店"],
                ["It's ok", "Decent, nothing special", "Fine overall"]),
}
TOPIC_TP = {"craftsmanship": "tp_collect", "friendly_tailor": "tp_measure", "late_ready": "tp_ready",
            "poor_fit": "tp_fitting1", "price_high": "tp_order", "delivery_problem": "tp_collect", "neutral": "tp_collect"}
NEG = {"late_ready", "poor_fit", "price_high", "delivery_problem"}
POS = {"craftsmanship", "friendly_tailor"}
RATING = {"craftsmanship": ([5, 4], [0.8, 0.2]), "friendly_tailor": ([5, 4], [0.65, 0.35]),
          "neutral": ([4, 3], [0.4, 0.6]), "late_ready": ([3, 2, 1], [0.3, 0.45, 0.25]),
          "poor_fit": ([2, 1], [0.45, 0.55]), "price_high": ([3, 2], [0.55, 0.45]),
          "delivery_problem": ([3, 2], [0.5, 0.5])}
NPS_BASE = {"craftsmanship": 9, "friendly_tailor": 9, "neutral": 7, "late_ready": 4, "poor_fit": 2, "price_high": 5,
            "delivery_problem": 5}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0
        days = []
        w = []
        d = START
        total = (END - START).days + 1
        while d <= END:
            x = MONTH_W[d.month] * (1 + 0.3 * (d - START).days / total)
            if any(abs((d.date() - s).days) <= 7 for s in SPRING):
                x *= 0.35
            if d.weekday() >= 5:
                x *= 1.4
            days.append(d)
            w.append(x)
            d += D(days=1)
        self.days, self.day_w = days, np.asarray(w) / sum(w)

    # ---- helpers
    def pick(self, items, weights):
        w = np.asarray(weights, float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))]

    def u(self, a, b):
        return float(self.rng.uniform(a, b))

    def logn(self, median, sigma):
        return float(median * np.exp(self.rng.normal(0, sigma)))

    def at_hours(self, t, lo=10, hi=20.5):
        day = datetime(t.year, t.month, t.day)
        return day + D(hours=self.u(lo, hi))

    def ev(self, c, t, tp, action, channel="store", device="", job=None, **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   device=device, channel=channel, shop=c["shop"], 门店=SHOP_ZH[c["shop"]])
        if job:
            tl = job["tailor"]
            g = G[job["garment"]]
            row.update(job_no=job["no"], tailor=tl[0], tailor_level=tl[2], 师傅级别=LEVEL_ZH[tl[2]], garment_type=g[0],
                       品类=g[1], order_kind=g[2], 订单类型=KIND_ZH[g[2]], rush="yes" if job["rush"] else "no")
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, job, t, kind, amount, channel="store", device="", status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        tl = job["tailor"]
        g = G[job["garment"]]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, channel=channel, device=device, order_type=kind, job_no=job["no"],
                   garment_type=g[0], 品类=g[1], order_kind=g[2], 订单类型=KIND_ZH[g[2]], shop=c["shop"],
                   门店=SHOP_ZH[c["shop"]], tailor=tl[0], tailor_level=tl[2], 师傅级别=LEVEL_ZH[tl[2]],
                   list_price=f"{job['price']:.0f}", rush="yes" if job["rush"] else "no",
                   payment_method=self.pick(["wechat_pay", "alipay", "card", "cash"], [0.6, 0.27, 0.08, 0.05]))
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, job=None, tp=None, rating=None, nps=None, no_ts=False, lang=None,
           pre_order=False, **fill):
        """pre_order: a comment from someone who never placed the order (no tailor / garment on the row)."""
        if t is not None and t > END:
            return None
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        lang = lang or (c["lang"] if c else "zh")
        zh, en = TEXT[topic]
        opts = zh if lang == "zh" else en
        tmpl = opts[int(self.rng.integers(len(opts)))]
        g = G[job["garment"]] if job else None
        vals = dict(tailor=job["tailor"][0] if job else "师傅", garment=g[1] if g else "衣服",
                    shop=SHOP_ZH[c["shop"]] if c else "店里", promised="周五", late=int(self.u(3, 12)),
                    price=int(job["price"]) if job else 300)
        if lang == "en":
            vals.update(garment=g[0] if g else "garment", shop=c["shop"] if c else "the shop",
                        tailor=job["tailor"][0] if job else "the tailor")
        vals.update(fill)
        text = tmpl.format(**vals)
        if pre_order:
            job = g = None
        if rating is True:
            rs, ps = RATING[topic]
            rating = self.pick(rs, ps)
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts="" if no_ts or t is None else fmt(t), customer_id=c["id"] if c else "",
            touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating="" if rating is None else rating,
            nps="" if nps is None else nps, shop=c["shop"] if c else "", 门店=SHOP_ZH[c["shop"]] if c else "",
            tailor=job["tailor"][0] if job else "", garment_type=g[0] if g else "", 品类=g[1] if g else "",
            job_no=job["no"] if job else ""))
        self.truth.append(dict(feedback_id=fid, topic=topic,
                               sentiment="negative" if topic in NEG else "positive" if topic in POS else "neutral",
                               language=lang))
        return fid

    # ---- customers
    def start_time(self):
        d = self.days[int(self.rng.choice(len(self.days), p=self.day_w))]
        return self.at_hours(d, 9, 21.5)

    def customer(self, i):
        rng = self.rng
        shop = self.pick(SHOPS, [s[3] for s in SHOPS])
        chan = self.pick(CHANNELS, [ch[2] for ch in CHANNELS])
        gender = "female" if rng.random() < 0.62 else "male"
        if chan[0] == "repeat":
            tier = self.pick(TIERS, [0.25, 0.40, 0.35])
        else:
            tier = self.pick(TIERS, [0.76, 0.18, 0.06])
        t0 = self.start_time()
        signup = t0 if chan[0] != "repeat" else datetime(2021, 1, 1) + D(days=self.u(0, 1400), hours=self.u(9, 21))
        c = dict(id=f"C{i:05d}", shop=shop[0], region=shop[2], chan=chan[0], chan_zh=chan[1], tier=tier[0],
                 tier_zh=tier[1], gender=gender, age=self.pick(AGE_BANDS, [0.12, 0.40, 0.28, 0.13, 0.07]),
                 lang="en" if rng.random() < EN_SHARE[shop[0]] else "zh",
                 device="" if chan[0] == "walk_in" else self.pick(["ios", "android"], [0.62, 0.38]),
                 signup=signup, jobs=0, collected=0)
        self.customers.append(c)
        self.first_visit(c, t0)
        return c

    def pick_tailor(self, c, t, kind):
        cands, w = [], []
        for tl in TAILORS:
            if tl[1] != c["shop"] or (tl[3] and t < tl[3]) or (tl[4] and t >= tl[4]):
                continue
            base = {"master": 1.0, "tailor": 1.5, "apprentice": 1.5, "guest": 0.0}[tl[2]]
            if tl[0] == "小林" and kind == "alteration":    # Xuhui's quick-alterations tailor
                base = 4.5
            if tl[2] == "guest" and c["gender"] == "male":
                base = 8.0
            if kind == "bespoke":
                base = {"master": 3.0, "tailor": 1.0, "apprentice": 0.5, "guest": 6.0}[tl[2]]
            cands.append(tl)
            w.append(base)
        return self.pick(cands, w)

    def pick_garment(self, c, t):
        w = list(GARMENT_P[c["gender"]])
        w[3] *= GOWN_SEASON[t.month]
        if c["chan"] == "xiaohongshu":
            w[3] *= 2.0
            w[4] *= 1.4
            w[5] *= 1.4
        if c["chan"] == "walk_in":
            w[0] *= 1.6
        if c["age"] in ("18-24",):
            w[5] *= 0.4
        return self.pick([g[0] for g in GARMENTS], w)

    def first_visit(self, c, t0):
        rng = self.rng
        ch = {"dianping": "dianping", "xiaohongshu": "xiaohongshu", "walk_in": "store", "repeat": "wechat"}[c["chan"]]
        self.ev(c, t0, "tp_discover", "view" if ch != "store" else "walk_by", channel=ch, device=c["device"])
        p = {"dianping": 0.80, "xiaohongshu": 0.74, "walk_in": 1.0, "repeat": 0.97}[c["chan"]]
        if rng.random() > p:
            return
        if c["chan"] == "walk_in":
            tc = t0 + D(minutes=self.u(2, 10))
        else:
            tc = self.at_hours(t0 + D(days=self.logn(1.5, 0.7)))
        self.job(c, tc)

    def job(self, c, tc):
        """consultation → measurement → order → deposit → fittings → ready → pickup/delivery → balance → review."""
        rng = self.rng
        if tc > END:
            return
        garment = self.pick_garment(c, tc)
        g = G[garment]
        kind = g[2]
        self.n_job += 1
        price = (g[4] if tc >= PRICE_RISE else g[3]) * self.logn(1.0, 0.12)
        price = max(30.0, round(price / 10) * 10)
        rush = rng.random() < g[8]
        job = dict(no=f"J{self.n_job:05d}", garment=garment, tailor=self.pick_tailor(c, tc, kind), rush=rush,
                   price=price)
        tl = job["tailor"]
        self.ev(c, tc, "tp_consult", "consult", job=job)
        # measurement
        pm = [0.93, 0.90, 0.90, 0.86, 0.80, 0.76][GARMENTS.index(g)]
        pm *= {"dianping": 1.0, "xiaohongshu": 0.84, "walk_in": 1.03, "repeat": 1.04}[c["chan"]]
        if rng.random() > min(pm, 0.98):
            if rng.random() < 0.12:
                self.fb(c, tc + D(hours=self.u(2, 60)), "price_high", "dianping_review", job=job, tp="tp_consult",
                        rating=True, pre_order=True)
            return
        if kind == "alteration" and rng.random() < 0.8:
            tm = tc + D(minutes=self.u(10, 40))
        else:
            tm = self.at_hours(tc + D(days=self.logn(2.5, 0.6)))
        self.ev(c, tm, "tp_measure", "measured", job=job)
        # order
        po = {"dianping": 0.83, "xiaohongshu": 0.50, "walk_in": 0.90, "repeat": 0.93}[c["chan"]]
        if kind == "bespoke" and tc >= PRICE_RISE:
            po *= 0.68
        if c["tier"] == "gold":
            po = min(0.97, po * 1.05)
        if rng.random() > po:
            if kind == "bespoke" and tc >= PRICE_RISE and rng.random() < 0.35:
                self.fb(c, tm + D(hours=self.u(2, 72)), "price_high", "wechat_chat", job=job, tp="tp_order",
                        pre_order=True)
            return
        if kind == "alteration" and tm - tc < D(hours=2):
            to = tm + D(minutes=self.u(5, 20))
        else:
            to = self.at_hours(tm + D(days=self.logn(1.2, 0.7)))
        med = g[5] * (0.5 if rush else 1.0)
        promised = (to + D(days=math.ceil(med * 1.15))).date()
        job["promised"] = promised.isoformat()
        self.ev(c, to, "tp_order", "order", job=job, list_price=f"{price:.0f}", promised_date=job["promised"])
        if rng.random() > 0.96:
            return
        online = kind == "bespoke" and rng.random() < 0.4
        tdep = to + (D(hours=self.u(1, 30)) if online else D(minutes=self.u(2, 10)))
        dev = c["device"] if online and c["device"] else ("ios" if online else "")
        pch = "mini_program" if online else "store"
        dep_amt = round(price * 0.5, 0)
        if not self.ev(c, tdep, "tp_deposit", "pay", channel=pch, device=dev, job=job, promised_date=job["promised"],
                       deposit_amount=f"{dep_amt:.0f}"):
            return
        c["jobs"] += 1
        dep = self.order(c, job, tdep, "deposit", dep_amt, channel=pch, device=dev, promised_date=job["promised"])
        rush_line = None
        if rush:
            rush_line = self.order(c, job, tdep, "rush_surcharge", max(30.0, round(price * 0.5, 0)), channel=pch,
                                   device=dev, promised_date=job["promised"])
        # production
        slow = c["shop"] == "Pudong" and tdep >= PUDONG_SLOW
        days = self.logn(g[5], 0.28) * (0.5 if rush else 1.0) * (1.85 if slow else 1.0)
        tf1 = self.at_hours(tdep + D(days=max(0.6, days * 0.45)))
        f1 = self.ev(c, tf1, "tp_fitting1", "fitting", job=job, fitting_result="ok") or {}
        p_poor = tl[6] + (0.04 if rush else 0.0) + (0.03 if garment in ("wedding gown", "bespoke suit") else 0.0)
        if tl[2] == "guest":
            p_poor = 0.0
        remade = rng.random() < p_poor
        need_f2 = False
        n_adj = 0
        if remade:
            f1["fitting_result"] = "poor fit"
            trm = tf1 + D(minutes=self.u(10, 40))
            self.ev(c, trm, "tp_remake", "remake", job=job, remake_reason=self.pick(
                ["wrong measurement", "cut error", "customer unhappy with shape"], [0.45, 0.3, 0.25]))
            if trm <= END and rng.random() < 0.5:
                self.fb(c, trm + D(hours=self.u(1, 30)), "poor_fit", "call_note", job=job, tp="tp_remake")
            if rng.random() < 0.35:     # customer gives up: deposit (and rush fee) refunded
                tref = trm + D(days=self.u(1, 4))
                if tref <= END:
                    for line in (dep, rush_line):
                        if line:
                            line.update(status="refunded", refunded_at=fmt(tref))
                    if rng.random() < 0.5:
                        tr = self.at_hours(tref + D(days=self.u(0, 3)), 8, 23)
                        self.review(c, job, tr, "poor_fit")
                return
            days += days * 0.6
            need_f2 = True
        elif rng.random() < g[6]:
            n_adj = 1
            f1["fitting_result"] = "needs adjustment"
            self.ev(c, tf1 + D(minutes=self.u(5, 20)), "tp_adjust", "adjust", job=job, adjust_round=1)
            need_f2 = rng.random() < g[7]
        tready = tdep + D(days=days)
        if need_f2:
            tf2 = self.at_hours(tf1 + D(days=max(0.8, (tready - tf1).total_seconds() / 86400 * 0.6)))
            self.ev(c, tf2, "tp_fitting2", "fitting", job=job, fitting_result="ok")
            if rng.random() < 0.25:
                n_adj += 1
                self.ev(c, tf2 + D(minutes=self.u(5, 20)), "tp_adjust", "adjust", job=job, adjust_round=n_adj)
            tready = max(tready, tf2 + D(days=self.u(1, 3)))
        tready = self.at_hours(tready, 10, 19)
        late = (tready.date() - date.fromisoformat(job["promised"])).days
        if not self.ev(c, tready, "tp_ready", "notify", channel="wechat", job=job, promised_date=job["promised"],
                       days_late=max(0, late)):
            return
        if late >= 2 and rng.random() < 0.45:
            tw = self.at_hours(datetime.fromisoformat(job["promised"]) + D(days=self.u(1, min(late, 4))), 9, 22)
            self.fb(c, min(tw, tready - D(hours=1)), "late_ready", "wechat_chat", job=job, late=late)
        if rng.random() > 0.97:
            return
        p_del = 0.0 if tready < DELIVERY_START else (0.22 if tready < PRICE_RISE else 0.36)
        p_del += 0.15 if c["tier"] == "gold" and p_del else 0.0
        delivered = rng.random() < p_del
        if delivered:
            tcol = self.at_hours(tready + D(days=self.u(0.6, 2.2)), 9, 21)
        else:
            tcol = self.at_hours(tready + D(days=self.logn(2.2, 0.8)))
        method = ("delivery", "上门配送") if delivered else ("in-store pickup", "到店自取")
        if not self.ev(c, tcol, "tp_collect", "delivered" if delivered else "picked_up",
                       channel="courier" if delivered else "store", job=job, collect_method=method[0],
                       取衣方式=method[1]):
            return
        c["collected"] += 1
        tbal = tcol + (D(hours=self.u(0.3, 8)) if delivered else D(minutes=self.u(2, 10)))
        bch = "mini_program" if delivered else "store"
        bdev = (c["device"] or "ios") if delivered else ""
        if self.ev(c, tbal, "tp_balance", "pay", channel=bch, device=bdev, job=job):
            self.order(c, job, tbal, "balance", price - dep_amt, channel=bch, device=bdev)
        if delivered and rng.random() < 0.07:
            self.fb(c, tcol + D(hours=self.u(1, 20)), "delivery_problem", "wechat_chat", job=job)
        flags = dict(late=late >= 2, remade=remade, n_adj=n_adj, delivered=delivered, t=tc)
        # review within 30 days
        p_rev = 0.26 + (0.14 if late >= 2 else 0.0) + (0.15 if remade else 0.0)
        if tl[2] == "guest":
            p_rev = 0.7
        if rng.random() < p_rev:
            tr = self.at_hours(tcol + D(days=self.logn(4, 0.7)), 8, 23.5)
            self.review(c, job, tr, self.topic(c, job, flags))
        # survey after pickup
        if tl[2] != "guest" and rng.random() < 0.2:
            ts = tcol + D(days=self.u(1, 3))
            tp = self.topic(c, job, flags)
            nps = int(np.clip(NPS_BASE[tp] + rng.integers(-1, 2), 0, 10))
            self.fb(c, ts, tp, "survey", job=job, rating=True, nps=nps, late=max(late, 2))
        # coming back for another order
        p_rep = {"gold": 0.40, "silver": 0.22, "regular": 0.10}[c["tier"]] * (0.5 if remade else 1.0)
        if c["jobs"] < 4 and rng.random() < p_rep:
            trp = self.at_hours(tcol + D(days=self.u(15, 178)))
        elif c["jobs"] < 4 and rng.random() < 0.06:
            trp = self.at_hours(tcol + D(days=self.u(190, 400)))
        else:
            return
        if self.ev(c, trp, "tp_repeat", "return", channel="store"):
            self.job(c, trp + D(minutes=self.u(1, 5)))

    def topic(self, c, job, f):
        if job["tailor"][2] == "guest":
            return "craftsmanship"
        g = G[job["garment"]]
        w = {"craftsmanship": 2.0 * job["tailor"][5], "friendly_tailor": 1.1, "neutral": 0.8,
             "late_ready": 6.0 if f["late"] else 0.05,
             "poor_fit": 8.0 if f["remade"] else (1.2 if f["n_adj"] >= 2 else 0.08),
             "price_high": (5.0 if g[2] == "bespoke" and f["t"] >= PRICE_RISE else 0.5 if g[2] == "bespoke" else 0.15)
             * (2.0 if c["chan"] == "xiaohongshu" else 1.0) * (2.5 if job["rush"] else 1.0),
             "delivery_problem": 0.4 if f["delivered"] else 0.0}
        if job["tailor"][5] >= 5:       # a much-loved master: customers forgive a late date or the price
            w["late_ready"] *= 0.4
            w["price_high"] *= 0.4
        return self.pick(list(w), list(w.values()))

    def review(self, c, job, tr, topic):
        ch = "xiaohongshu" if c["chan"] == "xiaohongshu" and self.rng.random() < 0.6 else "dianping"
        dev = c["device"] or self.pick(["ios", "android"], [0.62, 0.38])
        if not self.ev(c, tr, "tp_review", "post", channel=ch, device=dev, job=job):
            return
        rating = 5 if job["tailor"][2] == "guest" else True
        self.fb(c, tr, topic, "xiaohongshu_note" if ch == "xiaohongshu" else "dianping_review", job=job,
                rating=rating, no_ts=ch == "dianping" and self.rng.random() < 0.07)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED)
    g = Gen(rng)
    for i in range(1, N + 1):
        g.customer(i)
    # Dianping comments from people who only asked for a price (no customer record); a third carry no date
    for _ in range(80):
        t = g.start_time()
        topic = g.pick(["price_high", "friendly_tailor", "neutral"], [0.45, 0.35, 0.2])
        lang = "en" if rng.random() < 0.1 else "zh"
        g.fb(None, t, topic, "dianping_review", tp="tp_consult", rating=True, no_ts=rng.random() < 0.33, lang=lang)
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    # a few exact duplicate event rows (the POS re-sent them), loaded once per DATA.md
    idx = rng.choice(len(g.events), 20, replace=False)
    for k in sorted(idx):
        g.events.append(dict(g.events[int(k)]))
    write(out, g)


def write(out: Path, g: Gen) -> None:
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            wr.writerows(rows)

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=k, touchpoint_id=tp, window_days=j[3])
                          for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    rows = []
    for c in g.customers:
        seg = "returning" if c["chan"] == "repeat" else "new"
        rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=c["region"],
                         acquisition_channel=c["chan"], 获客渠道=c["chan_zh"], tier=c["tier"], 会员等级=c["tier_zh"],
                         gender=c["gender"], 性别="女" if c["gender"] == "female" else "男", age_band=c["age"],
                         shop=c["shop"], 门店=SHOP_ZH[c["shop"]], language=c["lang"],
                         app_device=c["device"]))
    dump("customers.csv", rows, list(rows[0]))
    dump("events.csv", g.events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel",
                                  "shop", "门店", "job_no", "tailor", "tailor_level", "师傅级别", "garment_type", "品类",
                                  "order_kind", "订单类型", "rush", "list_price", "promised_date", "deposit_amount",
                                  "fitting_result", "adjust_round", "remake_reason", "days_late", "collect_method",
                                  "取衣方式"])
    dump("orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                  "order_type", "job_no", "garment_type", "品类", "order_kind", "订单类型", "shop",
                                  "门店", "tailor", "tailor_level", "师傅级别", "list_price", "rush", "promised_date",
                                  "payment_method", "refunded_at"])
    dump("feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "shop", "门店", "tailor", "garment_type", "品类", "job_no"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
