"""同城帮忙 HelpNearby: a local-services marketplace app in seven Chinese cities. Customers post a task (家具组装 furniture
assembly, 搬家帮手 moving help, 家政保洁 cleaning), taskers (帮手; levels 新手 / 熟练 / 金牌 / 超级) bid on it, the
customer hires one, the tasker comes at the booked time and does the job, the customer confirms and pays (task price +
platform service fee + an optional tip), and reviews the tasker. Damage, poor cleaning or a surprise surcharge can be
disputed after payment (纠纷): customer service steps in (平台介入) and may refund the order. Tasks nobody bids on, or
nobody is hired for, expire after 72 hours; a hired tasker can fail to turn up (爽约 no-show) and the task is cancelled.
Events 2025-01-01 .. 2026-09-30 (the extract was taken in early October 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from bisect import bisect_right
from datetime import datetime, timedelta
from itertools import accumulate
from pathlib import Path

import numpy as np

SEED = 20261218
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 9, 30, 23, 59, 59)
N_CUST = 7000
EXPIRY_H = 72
FEE_CHANGE = datetime(2026, 3, 1)                                   # service fee 8 % (min 5) -> 12 % (min 8)
IOS_BUG = (datetime(2026, 3, 10), datetime(2026, 4, 1))             # app 6.4.0: no bid push notifications on iOS
GRAD_RUSH = (datetime(2026, 6, 15), datetime(2026, 7, 16))          # graduation move-out rush, too few movers
CNY = [datetime(2025, 1, 29), datetime(2026, 2, 17)]                # Spring Festival: taskers go home
WUHAN_SURCHARGE_FROM = datetime(2025, 9, 1)                         # a Wuhan moving crew starts charging stairs fees
SUZHOU_LAUNCH = datetime(2026, 7, 1)
APP_VERSIONS = [(datetime(2025, 1, 1), "6.0.2"), (datetime(2025, 5, 20), "6.1.0"), (datetime(2025, 10, 15), "6.2.0"),
                (datetime(2026, 3, 10), "6.4.0"), (datetime(2026, 4, 1), "6.4.1"), (datetime(2026, 8, 4), "6.5.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览服务", "Browse services", "awareness", "app", "digital", "growth",
     "浏览|逛|看服务|打开app|首页|搜服务|browse|browsing|opened the app|service page|landing"),
    ("tp_post", "发布任务", "Task posted", "consideration", "app", "digital", "product",
     "发任务|发布需求|下需求|发单|发帖|post a task|task posted|posting|request"),
    ("tp_bid", "收到报价", "Bid received", "consideration", "app", "digital", "supply",
     "报价|出价|竞价|接单报价|帮手报价|bid|bids|quote|offer|tasker offer"),
    ("tp_hire", "雇佣帮手", "Tasker hired", "purchase", "app", "digital", "product",
     "雇佣|选帮手|选人|确认帮手|下单|成交|hire|hired|book a tasker|booking|accept bid"),
    ("tp_cancel", "任务取消", "Task cancelled", "service", "app", "digital", "supply",
     "取消|过期|爽约|放鸽子|没来|cancel|cancelled|expired|no-show|no show"),
    ("tp_arrive", "帮手上门", "Tasker arrived", "service", "other", "physical", "supply",
     "上门|到达|到场|迟到|准时|arrive|arrival|on site|late|on time"),
    ("tp_done", "任务完成", "Task completed", "service", "other", "physical", "supply",
     "完工|做完|干完|完成|服务完成|组装完|搬完|打扫完|done|completed|finished|job done"),
    ("tp_pay", "付款", "Payment", "purchase", "app", "digital", "finance",
     "付款|支付|结算|付钱|确认付款|pay|payment|paid|checkout"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|点评|给帮手打分|review|rating|stars|rate the tasker"),
    ("tp_dispute", "发起纠纷", "Dispute opened", "service", "app", "digital", "customer_service",
     "纠纷|投诉|申诉|索赔|维权|dispute|complaint|claim|raise a dispute"),
    ("tp_mediation", "平台介入", "Platform mediation", "service", "phone", "digital", "customer_service",
     "平台介入|客服介入|调解|仲裁|mediation|customer service stepped in|arbitration"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|赔付|refund|money back|refunded"),
    ("tp_rebook", "再次下单", "Repeat booking", "loyalty", "app", "digital", "crm",
     "复购|再次下单|回头客|又发了任务|再约|repeat booking|rebook|came back|returning customer"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("first_task", "新客首单", "First task", ["tp_browse", "tp_post", "tp_hire", "tp_pay"], 30),
    ("task_flow", "任务履约", "Task fulfilment", ["tp_post", "tp_bid", "tp_hire", "tp_done", "tp_pay"], 14),
    ("matching", "报价撮合", "Bid matching", ["tp_post", "tp_bid", "tp_hire"], 3),
    ("dispute", "纠纷退款", "Dispute to refund", ["tp_dispute", "tp_mediation", "tp_refund"], 21),
    ("rebook", "复购", "Repeat booking", ["tp_pay", "tp_rebook"], 60),
]
CITIES = {  # en: zh, weight, en-comment share, bid-speed factor
    "Shanghai": ("上海", 0.27, 0.20, 1.0), "Beijing": ("北京", 0.22, 0.12, 1.1), "Shenzhen": ("深圳", 0.18, 0.15, 0.9),
    "Hangzhou": ("杭州", 0.12, 0.05, 1.0), "Chengdu": ("成都", 0.11, 0.04, 1.1), "Wuhan": ("武汉", 0.10, 0.04, 1.2),
    "Suzhou": ("苏州", 0.12, 0.05, 1.6),
}
CATS = {  # en: zh, bids mean, first-bid median hours, job hours median, tip base
    "furniture_assembly": ("家具组装", 2.6, 1.5, 1.8, 15.0),
    "moving_help": ("搬家帮手", 2.5, 2.0, 4.2, 30.0),
    "cleaning": ("家政保洁", 3.2, 1.0, 3.0, 12.0),
}
ITEMS = {  # category: [(en, zh, base price, weight)]
    "furniture_assembly": [("single_item", "单件组装", 90, 0.45), ("wardrobe", "衣柜组装", 220, 0.3),
                           ("full_room", "整屋家具组装", 480, 0.25)],
    "moving_help": [("small_move", "小件搬运", 220, 0.45), ("studio_move", "单间搬家", 520, 0.35),
                    ("full_move", "整屋搬家", 1100, 0.2)],
    "cleaning": [("regular", "日常保洁", 160, 0.55), ("deep", "深度保洁", 380, 0.3), ("move_out", "开荒退租保洁", 620, 0.15)],
}
LEVELS = {  # en: zh, price factor, pick weight, no-show, late prob, damage fa/mh, quality, tip prob, star mean
    "new": ("新手帮手", 0.85, 1.0, 0.04, 0.22, (0.14, 0.08), 0.10, 0.07, 4.0),
    "skilled": ("熟练帮手", 1.0, 1.3, 0.025, 0.10, (0.03, 0.035), 0.05, 0.17, 4.3),
    "gold": ("金牌帮手", 1.15, 1.6, 0.015, 0.06, (0.015, 0.02), 0.02, 0.30, 4.55),
    "elite": ("超级帮手", 1.35, 1.7, 0.01, 0.03, (0.01, 0.015), 0.01, 0.48, 4.75),
}
CHANNELS = {  # en: zh, weight, p(post | first browse), p(hire | bids) first time
    "douyin": ("抖音广告", 0.28, 0.36, 0.62), "xiaohongshu": ("小红书", 0.22, 0.52, 0.78),
    "app_store": ("应用商店", 0.20, 0.62, 0.84), "wechat_group": ("小区微信群", 0.18, 0.70, 0.88),
    "referral": ("老带新", 0.12, 0.80, 0.92),
}
CTYPES = {  # en: zh, weight, tasks per 30 days, category weights (fa, mh, cl), churn, p(plus)
    "renter": ("租房客", 0.42, 0.45, (0.30, 0.45, 0.25), 0.30, 0.08),
    "homeowner": ("业主", 0.30, 0.7, (0.40, 0.15, 0.45), 0.15, 0.22),
    "landlord": ("房东", 0.13, 1.6, (0.15, 0.10, 0.75), 0.08, 0.45),
    "small_business": ("小商户", 0.15, 0.9, (0.30, 0.20, 0.50), 0.12, 0.35),
}
TIERS = {"basic": "普通用户", "plus": "帮忙Plus会员"}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "balance": "余额"}
DISPUTES = {"damage": "物品损坏", "quality": "服务质量差", "overcharge": "临时加价"}
CANCELS = {"expired": "无人接单过期", "customer_changed_plans": "顾客取消", "tasker_no_show": "帮手爽约"}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]
AGES = {"renter": [0.35, 0.5, 0.12, 0.03, 0], "homeowner": [0.02, 0.35, 0.4, 0.15, 0.08],
        "landlord": [0, 0.1, 0.35, 0.35, 0.2], "small_business": [0.05, 0.4, 0.4, 0.12, 0.03]}
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢")
GIVEN = ["建国", "志强", "海涛", "永红", "春梅", "国庆", "秀英", "德华", "小军", "丽娟", "大伟", "桂兰", "文斌", "晓东",
         "玉珍", "红霞", "建平", "明辉", "淑芬", "卫东", "金凤", "志刚", "秀兰", "振华", "海燕", "俊杰", "凤英", "立新"]

TXT = {  # topic: (zh variants, en variants, mixed zh/en variants)
    "no_show": (["帮手没来，放我鸽子", "约好的时间人根本没出现", "等了一上午帮手爽约了"],
                ["the tasker never showed up", "no-show, nobody came", "the tasker didn't turn up at all"],
                ["帮手又放鸽子了, total no-show", "帮手爽约, waste of my whole morning"]),
    "late": (["迟到了一个多小时", "师傅迟到也不打招呼"],
             ["the tasker was an hour late", "arrived way later than scheduled"],
             ["师傅迟到了快一小时, so annoying"]),
    "overcharge": (["到了现场又要加钱", "爬楼费另收两百，报价的时候根本没说", "完工后临时加价"],
                   ["asked for extra cash on top of the bid", "charged me more than the quoted price",
                    "surprise stairs fee that was not in the bid"],
                   ["搬到一半要加钱, this is a scam"]),
    "fee": (["平台服务费太高了", "服务费怎么涨了这么多", "服务费比上次贵了"],
            ["the platform fee is too high", "the service fee went up a lot", "why did the service fee increase"],
            ["服务费涨到12%, not worth it"]),
    "slow_bids": (["发了任务半天没人报价", "等了一晚上都没人接单", "这个任务根本没人接"],
                  ["no one bid on my task for hours", "waited all night for a single bid",
                   "couldn't find anyone to take my job"],
                  ["发了任务没人接, so frustrating"]),
    "notify": (["收不到报价通知", "有人报价了也没推送"],
               ["didn't get any notifications for bids", "bid notifications never came through on my iPhone"],
               ["收不到报价推送, iOS app is buggy"]),
    "not_clean": (["打扫得不干净", "卫生间根本没擦", "厨房油污一点没动"],
                  ["the cleaning was sloppy", "corners were not cleaned at all", "the bathroom was left dirty"],
                  ["厨房还是很脏, cleaning was sloppy"]),
    "refund_slow": (["退款拖了一个多星期", "纠纷处理太慢了", "退款到现在还没到"],
                    ["the refund took ages", "the dispute dragged on for over a week", "still waiting for my refund"],
                    ["退款拖了好久, customer support is useless"]),
    "polite": (["态度很好很有礼貌", "沟通顺畅，人很好"],
               ["friendly and polite", "great communication"],
               ["师傅很有礼貌, nice guy"]),
}
TXT_CAT = {  # topics worded by task category: (zh, en, mixed)
    "damage": {
        "furniture_assembly": (["组装时把衣柜门板弄坏了", "装的时候把地板刮花了", "桌腿被磕坏了"],
                               ["a table leg got broken during assembly", "they scratched the floor badly",
                                "the tasker damaged the wardrobe door"],
                               ["衣柜门板被弄坏了, really upset"]),
        "moving_help": (["搬的时候冰箱门被撞凹了", "墙面被刮花了一大片", "把我家新买的桌子磕坏了"],
                        ["my fridge was dented during the move", "the movers damaged my sofa",
                         "they scratched the floor badly"],
                        ["师傅把墙刮花了, not acceptable"]),
        "cleaning": (["擦玻璃的时候把花瓶弄坏了", "把大理石台面刮花了"],
                     ["the cleaner damaged my marble countertop", "they scratched the glass table"],
                     ["花瓶被弄坏了, really upset"]),
    },
    "pro": {
        "furniture_assembly": (["师傅很专业，手脚麻利", "组装又快又稳", "装得很仔细，螺丝都拧紧了"],
                               ["very professional and efficient", "quick and tidy work on the wardrobe",
                                "super careful and thorough"],
                               ["组装又快又稳, highly recommend"]),
        "moving_help": (["搬家师傅很专业", "搬得又快又稳，易碎品包得很仔细"],
                        ["very professional movers", "careful and thorough with the fragile stuff",
                         "quick and tidy work"],
                        ["搬家师傅很专业, super fast"]),
        "cleaning": (["阿姨做得特别仔细", "阿姨很专业，打扫得很彻底"],
                     ["super careful and thorough", "a very professional cleaner", "tidy work, the kitchen is spotless"],
                     ["阿姨特别仔细, highly recommend"]),
    },
}
GEN = {"neg": (["体验很差", "很失望"], ["really disappointing", "not happy"], ["体验很差, disappointed"]),
       "pos": (["下次还找他", "推荐"], ["will book again", "recommended"], ["下次还约, recommended"]),
       "neu": (["还行吧", "一般般"], ["it was ok", "average"], ["还行, just ok"])}
TOPIC_TP = [("no_show", "tp_cancel"), ("slow_bids", "tp_bid"), ("notify", "tp_bid"), ("refund_slow", "tp_refund"),
            ("damage", "tp_done"), ("not_clean", "tp_done"), ("overcharge", "tp_pay"), ("fee", "tp_pay"),
            ("late", "tp_arrive"), ("polite", "tp_arrive"), ("pro", "tp_done")]
NEG_TOPICS = {"damage", "no_show", "late", "overcharge", "fee", "slow_bids", "notify", "not_clean", "refund_slow"}
CS_PREFIX = (["客服记录：", "来电记录："], ["CS note: ", "Call note: "], ["客户来电 (call note): ", "客服记录 CS: "])


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    acc = list(accumulate(float(w) for w in weights))
    return items[min(bisect_right(acc, rng.random() * acc[-1]), len(items) - 1)]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def cny_offset(t: datetime) -> float:
    """days from the nearest Spring Festival (negative = before)."""
    return min(((t - c).total_seconds() / 86400 for c in CNY), key=abs)


def cat_factor(cat: str, t: datetime) -> float:
    m = t.month
    f = {"furniture_assembly": {3: 1.1, 11: 1.35, 12: 1.25},
         "moving_help": {2: 1.1, 3: 1.3, 6: 1.5, 7: 1.6, 8: 1.2, 9: 1.3},
         "cleaning": {1: 1.3, 2: 1.1, 5: 1.1, 12: 1.1}}[cat].get(m, 1.0)
    off = cny_offset(t)
    if cat == "cleaning" and -22 <= off < -2:
        f *= 2.3                                                   # 年前大扫除
    if -2 <= off < 7:
        f *= 0.3                                                   # the holiday itself
    if cat == "moving_help" and GRAD_RUSH[0] <= t < GRAD_RUSH[1]:
        f *= 1.5
    return f


def season(t: datetime) -> float:
    return (cat_factor("furniture_assembly", t) + cat_factor("moving_help", t) + cat_factor("cleaning", t)) / 3


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_fb = self.n_task = 0
        self.taskers = {}
        names = [s + g for s in SURNAMES for g in GIVEN]
        order = rng.permutation(len(names))
        k = 0
        for city in CITIES:
            for cat in CATS:
                n = 12 if city == "Suzhou" else int(20 + 40 * CITIES[city][1])
                pool = []
                for _ in range(n):
                    k += 1
                    lv = pick(list(LEVELS), [0.85, 0.15, 0, 0] if city == "Suzhou" else [0.2, 0.3, 0.3, 0.2]
                              if city == "Hangzhou" else [0.35, 0.33, 0.22, 0.10])
                    pool.append(dict(id=f"TK{k:04d}", name=names[int(order[k])], level=lv, crew=False))
                self.taskers[(city, cat)] = pool
        for tk, p in zip(self.taskers[("Wuhan", "moving_help")][:3], (0.8, 0.4, 0.3)):  # stairs-fee crew, 2025-09
            tk["crew"] = p
            tk["level"] = "skilled"

    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="app", app_version=app_version(t))
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, common=None, oid=None, undated=False,
           gen=None, no_customer=False, source=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        r = rng.random()
        if r < c["en_share"]:
            lang, li = "en", 1
        elif r < c["en_share"] + 0.12:
            lang, li = "mixed", 2
        else:
            lang, li = "zh", 0
        cat = (common or {}).get("task_category", "furniture_assembly")
        parts = [str(rng.choice(TXT_CAT[k][cat][li] if k in TXT_CAT else TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        sep, end = ("，", "。") if lang == "zh" else ("; ", ".")
        text = sep.join(parts) + end
        if channel == "call_note":
            text = str(rng.choice(CS_PREFIX[li])) + text
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if ({"pro", "polite"} & set(topics) or gen == "pos") else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, task_id=oid, social_platform=source)
        if common:                      # an anonymous social post is tagged with city and service only
            keys = ("city", "城市", "task_category", "服务类目") + (
                () if no_customer else ("tasker_id", "tasker_name", "tasker_level", "帮手等级"))
            for k in keys:
                row[k] = common.get(k)
        if no_customer:
            row["task_id"] = None
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 9, 25):
            growth = 0.55 + 0.9 * (d - START).days / 630
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        cities = list(CITIES)
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23)))
            cw = [CITIES[x][1] if (x != "Suzhou" or t >= SUZHOU_LAUNCH) else 0.0 for x in cities]
            city = pick(cities, cw)
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            en_share = CITIES[city][2]
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", signup=t, city=city, ctype=ctype, channel=ch,
                tier="plus" if rng.random() < CTYPES[ctype][5] else "basic",
                age=pick(AGE_BANDS, AGES[ctype]), gender=pick(["female", "male"], [0.58, 0.42]),
                device=pick(["ios", "android"], [0.48, 0.52]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, paid=0, pays=[], first_pay=None))

    def common(self, c, cat, item, tk=None):
        cm = dict(city=c["city"], 城市=CITIES[c["city"]][0], task_category=cat, 服务类目=CATS[cat][0],
                  service_item=item[0], 服务项目=item[1])
        if tk:
            cm.update(tasker_id=tk["id"], tasker_name=tk["name"], tasker_level=tk["level"],
                      帮手等级=LEVELS[tk["level"]][0])
        return cm

    def cancel(self, c, t, oid, cm, by, reason):
        self.ev(c, t, "tp_cancel", oid, {"expired": "expired", "customer_changed_plans": "cancel",
                                         "tasker_no_show": "no_show"}[reason], cm, cancel_by=by,
                cancel_reason=reason, 取消原因=CANCELS[reason])

    # ---------- one task ----------
    def attempt(self, c, t0, first):
        cats = list(CATS)
        cw = [CTYPES[c["ctype"]][3][i] * cat_factor(x, t0) for i, x in enumerate(cats)]
        cat = pick(cats, cw)
        items = ITEMS[cat]
        iw = [x[3] for x in items]
        if c["ctype"] == "landlord" and cat == "cleaning":
            iw = [0.3, 0.3, 0.4]                                          # turnover cleaning between tenants
        item = pick(items, iw)
        self.n_task += 1
        oid = f"T{self.n_task:07d}"
        cm = self.common(c, cat, item)
        self.ev(c, t0, "tp_browse", oid, "view", cm, channel=c["channel"] if first and not c.get("seen") else "app")
        c["seen"] = True
        p_post = CHANNELS[c["channel"]][2] if first else 0.8
        if rng.random() > p_post:
            return None
        t_post = t0 + D(minutes=float(rng.uniform(2, 25)))
        self.ev(c, t_post, "tp_post", oid, "submit", cm)
        if c["paid"] > 0:
            self.ev(c, t_post + D(seconds=1), "tp_rebook", oid, "rebook", cm)
        # ---- bids
        city, off = c["city"], cny_offset(t_post)
        rush = cat == "moving_help" and GRAD_RUSH[0] <= t_post < GRAD_RUSH[1]
        med_h = CATS[cat][2] * CITIES[city][3]
        p_nobid = 0.05
        n_mean = CATS[cat][1]
        if rush:
            med_h, p_nobid, n_mean = 9.0, 0.30, 1.3
        if -8 <= off < 8:
            med_h, p_nobid, n_mean = med_h * 3, 0.15, n_mean * 0.6
        if city == "Suzhou":
            p_nobid = max(p_nobid, 0.12)
        expiry = t_post + D(hours=EXPIRY_H)
        bids = []
        if rng.random() > p_nobid:
            n = 1 + int(rng.poisson(max(0.2, n_mean - 1)))
            tb = t_post + D(hours=float(rng.lognormal(np.log(med_h), 0.8)))
            pool = [tk for tk in self.taskers[(city, cat)] if not tk["crew"] or t_post >= WUHAN_SURCHARGE_FROM]
            chosen = [pool[int(j)] for j in rng.choice(len(pool), size=min(n, len(pool)), replace=False)]
            crew = [tk for tk in pool if tk["crew"] and tk not in chosen and rng.random() < min(0.95, tk["crew"] + 0.3)]
            chosen = crew + chosen                                    # the crew bids fast and cheap on everything
            for tk in chosen:
                if tb >= expiry:
                    break
                amt = round(item[2] * LEVELS[tk["level"]][1] * (0.85 if tk["crew"] else 1.0)
                            * float(rng.lognormal(0, 0.12)), 0)
                bids.append((tb, tk, amt))
                self.ev(c, tb, "tp_bid", oid, "bid", self.common(c, cat, item, tk), device=None, bid_amount=amt)
                tb += D(hours=float(rng.lognormal(np.log(max(0.3, med_h / 2)), 0.7)))
        if not bids:
            if rng.random() < 0.15 and t_post + D(hours=20) <= END:
                self.fb(c, t_post + D(hours=float(rng.uniform(12, 60))), ["slow_bids"], "ticket", common=cm,
                        oid=oid)
            self.cancel(c, expiry, oid, cm, "system", "expired")
            return None
        first_bid = bids[0][0]
        if first_bid - t_post > D(hours=6) and rng.random() < 0.08:
            self.fb(c, first_bid + D(hours=float(rng.uniform(0.2, 5))), ["slow_bids"], "ticket", common=cm, oid=oid)
        # ---- hire
        p_hire = CHANNELS[c["channel"]][3] if first else 0.86
        bug = c["device"] == "ios" and IOS_BUG[0] <= t_post < IOS_BUG[1]
        if bug:
            p_hire *= 0.5
            if rng.random() < 0.12:
                self.fb(c, first_bid + D(hours=float(rng.uniform(3, 40))), ["notify"], "ticket", common=cm, oid=oid)
        if rush:
            p_hire *= 0.9
        if rng.random() > p_hire:
            if rng.random() < 0.5:
                self.cancel(c, first_bid + D(hours=float(rng.uniform(1, 30))), oid, cm, "customer",
                            "customer_changed_plans")
            else:
                self.cancel(c, expiry, oid, cm, "system", "expired")
            return None
        wts = np.array([LEVELS[b[1]["level"]][2] * (2.0 if b[1]["crew"] else 1.0) for b in bids])
        b = pick(bids, wts)
        t_h = max(b[0], first_bid) + D(hours=float(rng.lognormal(np.log(20 if bug else 2.0), 0.7)))
        if t_h >= expiry:
            t_h = expiry - D(minutes=float(rng.uniform(5, 120)))
        if t_h <= b[0]:
            t_h = b[0] + D(minutes=10)
        tk, price = b[1], b[2]
        lv = LEVELS[tk["level"]]
        cm = self.common(c, cat, item, tk)
        lead = int(pick([0, 1, 2, 3, 4, 6], [0.15, 0.3, 0.22, 0.15, 0.1, 0.08]))
        sched = datetime(t_h.year, t_h.month, t_h.day) + D(days=lead, hours=int(pick(
            [8, 9, 10, 13, 14, 15, 17, 19], [0.1, 0.2, 0.15, 0.15, 0.15, 0.1, 0.1, 0.05])))
        if sched < t_h + D(hours=2):
            sched += D(days=1)
        self.ev(c, t_h, "tp_hire", oid, "hire", cm, bid_amount=price, scheduled_at=ts(sched))
        if rng.random() < 0.035:
            self.cancel(c, t_h + (sched - t_h) * float(rng.uniform(0.1, 0.9)), oid, cm, "customer",
                        "customer_changed_plans")
            return None
        # ---- no-show
        p_ns = lv[3]
        off_s = cny_offset(sched)
        if -15 <= off_s < 12:                                           # migrant taskers go home for the holiday
            p_ns = {"Shenzhen": (0.40, 0.28), "Shanghai": (0.15, 0.08)}.get(city, (0.05, 0.05))[cat != "cleaning"]
        if rng.random() < p_ns:
            t_c = sched + D(minutes=float(rng.uniform(40, 150)))
            self.cancel(c, t_c, oid, cm, "tasker", "tasker_no_show")
            if rng.random() < 0.45:
                self.fb(c, t_c + D(minutes=float(rng.uniform(5, 120))), ["no_show"],
                        pick(["ticket", "call_note"], [0.7, 0.3]), common=cm, oid=oid,
                        undated=rng.random() < 0.1)
            if rng.random() < 0.2:
                t_r = t_c + D(hours=float(rng.uniform(1, 20)))
                self.ev(c, t_r, "tp_review", oid, "review", cm, stars=1.0)
                self.fb(c, t_r, ["no_show"], "app_review", tp="tp_cancel", rating=1.0, common=cm, oid=oid)
            return dict(bad=True, no_show=True)
        # ---- arrive, work, done
        late = 0.0
        if rng.random() < lv[4]:
            late = float(rng.lognormal(np.log(45), 0.5))
        t_a = sched + D(minutes=late + float(rng.uniform(-15, 5)))
        self.ev(c, t_a, "tp_arrive", oid, "arrived", cm, device=None, channel="other", minutes_late=round(late))
        hours = CATS[cat][3] * (item[2] / ITEMS[cat][1][2]) ** 0.5 * float(rng.lognormal(0, 0.25))
        t_d = t_a + D(hours=hours)
        self.ev(c, t_d, "tp_done", oid, "completed", cm, device=None, channel="other", work_hours=round(hours, 2))
        topics = []
        if late > 30:
            topics.append("late")
        p_dmg = 0.008 if cat == "cleaning" else lv[5][0 if cat == "furniture_assembly" else 1]
        if city == "Suzhou":
            p_dmg += 0.12
        damage = rng.random() < p_dmg
        quality = cat == "cleaning" and rng.random() < lv[6] * (2.5 if city == "Suzhou" else 1.0)
        over = cat == "moving_help" and rng.random() < (
            tk["crew"] if (tk["crew"] and t_d >= WUHAN_SURCHARGE_FROM) else 0.012)
        if damage:
            topics.append("damage")
        if quality:
            topics.append("not_clean")
        if over:
            topics.append("overcharge")
        # ---- pay
        if rng.random() < 0.12:
            t_p = t_d + D(hours=24)                                       # auto-confirmed after 24 h
        else:
            t_p = t_d + D(minutes=float(rng.lognormal(np.log(25), 0.8)))
        fee_rate, fee_min = (0.12, 8.0) if t_p >= FEE_CHANGE else (0.08, 5.0)
        fee = round(max(fee_min, price * fee_rate), 2)
        bad = bool(topics)
        p_tip = 0.0 if bad else lv[7] * (1.4 if -22 <= cny_offset(t_p) < 10 else 1.0)
        tip = 0.0
        if rng.random() < p_tip:
            tip = float(round(CATS[cat][4] * float(rng.lognormal(0, 0.35))))
            if -22 <= cny_offset(t_p) < 10:
                tip = float(pick([66, 88, 100, 168], [0.35, 0.35, 0.2, 0.1]))  # 春节红包
        amount = round(price + fee + tip, 2)
        pm = "balance" if (c["tier"] == "plus" and rng.random() < 0.3) else pick(["wechat_pay", "alipay"], [0.7, 0.3])
        self.ev(c, t_p, "tp_pay", oid, "success", cm, task_price=price, platform_fee=fee, tip_amount=tip,
                amount=amount, payment_method=pm, 支付方式=PAYM[pm])
        if t_p > END:
            return None
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t_p), amount=amount, status="paid",
                   channel="app", device=c["device"], task_price=price, platform_fee=fee, tip_amount=tip,
                   payment_method=pm, 支付方式=PAYM[pm], currency="CNY", **cm)
        self.orders.append(row)
        c["paid"] += 1
        c["spend"] += amount
        c["pays"].append(t_p)
        if c["first_pay"] is None:
            c["first_pay"] = t_p
        if rng.random() < (0.05 if t_p >= FEE_CHANGE else 0.008):
            topics.append("fee")
        # ---- dispute
        reason = "damage" if damage else ("overcharge" if over else ("quality" if quality else None))
        p_disp = {"damage": 0.8, "overcharge": 0.85, "quality": 0.65}.get(reason, 0.0)
        if reason and rng.random() < p_disp:
            t_x = t_p + D(hours=float(rng.lognormal(np.log(5), 0.7)))
            self.ev(c, t_x, "tp_dispute", oid, "open", cm, dispute_reason=reason, 纠纷原因=DISPUTES[reason])
            if rng.random() < 0.6:
                self.fb(c, t_x + D(minutes=5), [k for k in topics if k in ("damage", "overcharge", "not_clean")],
                        pick(["ticket", "call_note"], [0.75, 0.25]), common=cm, oid=oid,
                        undated=rng.random() < 0.08)
            holiday = -28 <= cny_offset(t_x) < 12                       # CS swamped by the pre-holiday rush, then off
            if rng.random() < 0.88:
                t_m = t_x + D(hours=float(rng.lognormal(np.log(20), 0.5)) + (96 if holiday else 0))
                self.ev(c, t_m, "tp_mediation", oid, "mediate", cm, dispute_reason=reason,
                        纠纷原因=DISPUTES[reason])
                if rng.random() < {"damage": 0.75, "overcharge": 0.85, "quality": 0.55}[reason]:
                    t_r = t_m + D(hours=float(rng.lognormal(np.log(30 if reason != "damage" else 48), 0.5)) +
                                  (100 if holiday else 0))
                    self.ev(c, t_r, "tp_refund", oid, "refund", cm, channel="other", refund_amount=amount,
                            dispute_reason=reason, 纠纷原因=DISPUTES[reason])
                    if t_r <= END:
                        row["status"] = "refunded"
                        row["refunded_at"] = ts(t_r)
                        row["refund_amount"] = amount
                        c["spend"] -= amount
                    if t_r - t_x > D(days=5) and rng.random() < 0.7:
                        self.fb(c, t_r + D(hours=float(rng.uniform(1, 24))), ["refund_slow"], "ticket",
                                common=cm, oid=oid)
        self.reviews(c, t_p, topics, cm, oid, tk)
        return dict(bad=bool(set(topics) - {"fee"}))

    def reviews(self, c, t_p, topics, cm, oid, tk):
        bad = bool(set(topics) & NEG_TOPICS)
        lv = LEVELS[tk["level"]]
        if not bad:
            if rng.random() < {"new": 0.15, "skilled": 0.25, "gold": 0.35, "elite": 0.5}[tk["level"]]:
                topics = topics + ["pro"]
            if rng.random() < (0.3 if c["city"] == "Hangzhou" else 0.1):
                topics = topics + ["polite"]
        pen = {"damage": 2.6, "no_show": 4.0, "late": 1.0, "overcharge": 2.4, "fee": 0.6, "not_clean": 2.0,
               "slow_bids": 0.6, "notify": 0.4, "refund_slow": 1.5}
        bonus = 0.6 if c["city"] == "Hangzhou" else 0.0
        if rng.random() < (0.5 if bad else 0.3):
            stars = float(rng.normal(lv[8] + bonus, 0.55))
            for k in topics:
                stars -= pen.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            t_r = t_p + D(minutes=float(rng.lognormal(np.log(120), 1.0)))
            self.ev(c, t_r, "tp_review", oid, "review", cm, stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "app_review", rating=stars, common=cm, oid=oid, gen=gen)
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.0 - 3.5 * bad + 0.6 * (bonus > 0), 1.6)), 0, 10))
            self.fb(c, t_p + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, common=cm, oid=oid, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if rng.random() < (0.05 if bad else 0.012):
            self.fb(c, t_p + D(hours=float(rng.uniform(2, 96))), topics, "social", common=cm, oid=oid,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.4,
                    source=pick(["weibo", "xiaohongshu", "douyin"], [0.4, 0.4, 0.2]))

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            t = c["signup"]
            rate = CTYPES[c["ctype"]][2] * (1.5 if c["tier"] == "plus" else 1.0) * float(rng.lognormal(0, 0.4))
            tries = 0
            while t <= END:
                res = self.attempt(c, t, c["paid"] == 0)
                tries += 1
                if c["paid"] == 0 and (res is None or res.get("no_show")) and (tries >= 3 or rng.random() < 0.55):
                    break
                if c["paid"] > 0:
                    churn = CTYPES[c["ctype"]][4] * (0.5 if c["tier"] == "plus" else 1.0)
                    if res and res.get("bad"):
                        churn *= 1.8
                    if rng.random() < churn:
                        break
                if res and res.get("no_show") and rng.random() < 0.5:
                    gap = float(rng.uniform(0.05, 1.5))                       # post again right away
                else:
                    gap = float(rng.exponential(30.0 / rate)) + 0.5
                    gap /= season(t + D(days=gap))
                t = t + D(days=gap)
                t = datetime(t.year, t.month, t.day) + D(hours=float(pick(
                    [8, 10, 12, 14, 19, 21], [0.12, 0.18, 0.15, 0.15, 0.25, 0.15]) + rng.uniform(0, 2)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            p = c["pays"]
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 7, 1):
                seg = "new"
            elif p[-1] < datetime(2026, 4, 1):
                seg = "at_risk"
            elif len(p) >= 8:
                seg = "loyal"
            elif len(p) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=c["tier"], 会员类型=TIERS[c["tier"]],
                             customer_type=c["ctype"], 用户类型=CTYPES[c["ctype"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], preferred_language=c["lang"],
                             lifetime_spend=round(c["spend"], 2)))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "city", "城市", "task_category", "服务类目", "service_item", "服务项目", "tasker_id",
           "tasker_name", "tasker_level", "帮手等级", "bid_amount", "scheduled_at", "minutes_late", "work_hours",
           "task_price", "platform_fee", "tip_amount", "amount", "payment_method", "支付方式", "cancel_by",
           "cancel_reason", "取消原因", "dispute_reason", "纠纷原因", "refund_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "city", "城市", "task_category",
            "服务类目", "service_item", "服务项目", "tasker_id", "tasker_name", "tasker_level", "帮手等级", "task_price",
            "platform_fee", "tip_amount", "payment_method", "支付方式", "refunded_at", "refund_amount", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "social_platform", "task_id", "city", "城市", "task_category", "服务类目", "tasker_id", "tasker_name",
           "tasker_level", "帮手等级"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员类型", "customer_type", "用户类型", "age_band", "gender", "phone_os", "preferred_language",
             "lifetime_spend"]


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
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
