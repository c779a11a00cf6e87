"""青坪 GreenYard: a lawn and garden care subscription in villa and townhouse communities (别墅 / 联排 / 底楼花园)
served from five depots (服务站) in Shanghai (闵行 Minhang, 青浦 Qingpu), Beijing (顺义 Shunyi), Hangzhou (余杭 Yuhang)
and Chengdu (双流 Shuangliu, opened 2026-03-01).

A home owner finds us (Xiaohongshu / Douyin / Dianping / our property-management partners / a neighbour), asks for a
quote (申请报价, mini program or hotline), gets a free site survey (上门勘测: the lawn is measured), receives a quote
(monthly fee for a weekly 每周养护 or biweekly 双周养护 plan), signs up (签约订阅), gets a first visit (首次上门:
the initial clean-up and mow, billed once), then routine mowing visits (割草修边; winter tidy-ups in the cold months)
and four fertilising visits a year (施肥). Rain, heat and typhoons push visits back (天气顺延: a skip event on the
planned day, the visit a few days later). Customers buy add-ons (加购: hedge trimming 修剪绿篱, leaf clean-up
落叶清理, aeration 打孔透气, weed control 除杂草, pest control 病虫害防治, tree pruning 乔木修剪), complain (投诉:
missed spots 漏割, clippings left behind, trampled flowers, late crews, skipped without notice, fertiliser burn),
get a redo visit (返工补修), pause (暂停: winter, travel, budget), resume (恢复) or cancel (取消订阅).
Subscriptions are billed monthly (winter months Dec-Feb at 40 %).
Data 2025-01-01 .. 2026-07-31 (the extract was taken at the start of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
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
N_CUST = 5200
CHENGDU_OPEN = datetime(2026, 3, 1)
PRICE_HIKE = datetime(2026, 3, 1)                                # new quotes +12 %
QP_MOWER = datetime(2025, 8, 1)                                  # Qingpu crew B gets a big ride-on mower
FASTGREEN = (datetime(2026, 4, 25), datetime(2026, 6, 15))       # trial of a cheaper quick-release fertiliser
PLUM = [(datetime(2025, 6, 14), datetime(2025, 7, 15)), (datetime(2026, 6, 10), datetime(2026, 7, 9))]   # 梅雨
BJ_STORM = (datetime(2025, 7, 20), datetime(2025, 8, 16))
TYPHOON = (datetime(2025, 9, 15), datetime(2025, 9, 20))         # typhoon week in Shanghai / Hangzhou

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现青坪", "Discover GreenYard", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|看到广告|物业推荐|邻居介绍|discover|found us|first touch|lead"),
    ("tp_quote_request", "申请报价", "Quote request", "consideration", "mini_program", "digital", "sales",
     "询价|报价申请|要报价|问价格|quote request|enquiry|inquiry|ask for a quote"),
    ("tp_site_survey", "上门勘测", "Site survey", "consideration", "other", "physical", "sales",
     "勘测|量草坪|看场地|上门看|site survey|measure the lawn|site visit|assessment"),
    ("tp_quote_sent", "报价发送", "Quote sent", "consideration", "mini_program", "digital", "sales",
     "报价|报价单|方案|quote|proposal|estimate|quote sent"),
    ("tp_subscribe", "签约订阅", "Subscription signed", "purchase", "mini_program", "digital", "sales",
     "签约|订阅|下单|开通套餐|签合同|subscribe|sign up|signed|new subscription|plan start"),
    ("tp_first_visit", "首次上门", "First visit", "service", "other", "physical", "operations",
     "首次服务|开荒|首割|第一次上门|first visit|first service|initial clean-up|onboarding visit"),
    ("tp_mow_visit", "例行割草", "Routine mowing visit", "service", "other", "physical", "operations",
     "割草|修边|剪草|日常养护|例行上门|mowing|mow|routine visit|lawn visit|edging"),
    ("tp_fertilise_visit", "施肥养护", "Fertilising visit", "service", "other", "physical", "operations",
     "施肥|打肥|追肥|营养|fertilising|fertilizing|fertiliser|feed|lawn feed"),
    ("tp_weather_skip", "天气顺延", "Weather skip", "service", "app", "digital", "operations",
     "顺延|改期|下雨取消|停工|天气原因|weather skip|rain delay|postponed|rescheduled|rain check"),
    ("tp_addon_order", "加购服务", "Add-on ordered", "purchase", "mini_program", "digital", "sales",
     "加购|增值服务|修剪绿篱|落叶清理|打孔|除草|修树|add-on|extra service|hedge trimming|leaf clean-up|upsell"),
    ("tp_complaint", "投诉报修", "Complaint", "service", "phone", "digital", "customer_service",
     "投诉|报修|售后|差评|漏割|complaint|ticket|issue|missed spots"),
    ("tp_redo_visit", "返工补修", "Redo visit", "service", "other", "physical", "operations",
     "返工|补割|补修|补种|回访上门|redo|re-visit|fix visit|callback visit|make-good"),
    ("tp_pause", "暂停服务", "Plan paused", "loyalty", "mini_program", "digital", "customer_success",
     "暂停|停一段时间|冬季暂停|休眠|pause|hold|suspend|freeze"),
    ("tp_resume", "恢复服务", "Plan resumed", "loyalty", "mini_program", "digital", "customer_success",
     "恢复|重新开始|复工|resume|restart|reactivate|unpause"),
    ("tp_cancel", "取消订阅", "Subscription cancelled", "loyalty", "phone", "digital", "customer_success",
     "退订|取消|不续了|解约|流失|cancel|churn|unsubscribe|terminate"),
    ("tp_rate", "服务评价", "Visit rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|打星|rate|rating|review|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("acquisition", "报价签约", "Quote to subscription",
     ["tp_discover", "tp_quote_request", "tp_site_survey", "tp_quote_sent", "tp_subscribe"], 30),
    ("onboarding", "新客上门", "Onboarding", ["tp_subscribe", "tp_first_visit", "tp_mow_visit"], 30),
    ("complaint", "投诉返工", "Complaint to redo", ["tp_complaint", "tp_redo_visit"], 7),
    ("pause", "暂停恢复", "Pause and resume", ["tp_pause", "tp_resume"], 120),
    ("upsell", "加购转化", "Add-on upsell", ["tp_first_visit", "tp_addon_order"], 90),
]
DEPOTS = [  # id, city, zh, en, opened, weight within city, crews (letters)
    ("SH-MH", "Shanghai", "上海闵行站", "Shanghai Minhang", None, 0.55, "ABC"),
    ("SH-QP", "Shanghai", "上海青浦站", "Shanghai Qingpu", None, 0.45, "ABC"),
    ("BJ-SY", "Beijing", "北京顺义站", "Beijing Shunyi", None, 1.0, "ABC"),
    ("HZ-YH", "Hangzhou", "杭州余杭站", "Hangzhou Yuhang", None, 1.0, "AB"),
    ("CD-SL", "Chengdu", "成都双流站", "Chengdu Shuangliu", CHENGDU_OPEN, 1.0, "AB"),
]
DEPOT = {d[0]: d for d in DEPOTS}
CREW_ZH = {"SH-MH": "闵行", "SH-QP": "青浦", "BJ-SY": "顺义", "HZ-YH": "余杭", "CD-SL": "双流"}
CREW_EN = {"SH-MH": "Minhang", "SH-QP": "Qingpu", "BJ-SY": "Shunyi", "HZ-YH": "Yuhang", "CD-SL": "Shuangliu"}
CITIES = {"Shanghai": ("上海", 0.45), "Beijing": ("北京", 0.22), "Hangzhou": ("杭州", 0.20), "Chengdu": ("成都", 0.13)}
COMMUNITIES = {  # city: [(zh, en)]
    "Shanghai": [("香樟园", "Camphor Garden"), ("西郊林语", "West Woods"), ("湖畔庄园", "Lakeside Manor"),
                 ("金桂苑", "Osmanthus Court"), ("青溪别墅", "Qingxi Villas")],
    "Beijing": [("温榆河府", "Wenyu River Mansion"), ("丽宫别墅", "Ligong Villas"), ("后沙峪花园", "Houshayu Garden"),
                ("中央别墅区", "Central Villa District")],
    "Hangzhou": [("良渚文化村", "Liangzhu Village"), ("未来科技城山语", "Future City Hillside"),
                 ("闲林山水", "Xianlin Hills")],
    "Chengdu": [("麓山国际", "Lushan International"), ("蔚蓝卡地亚", "Azure Cartier"), ("南湖半岛", "Nanhu Peninsula")],
}
CHANNELS = {  # en: zh, weight, p(quote request | discover), p(accept quote)
    "xiaohongshu": ("小红书", 0.30, 0.40, 0.38), "douyin": ("抖音", 0.18, 0.46, 0.54),
    "dianping": ("大众点评", 0.17, 0.66, 0.58), "property_partner": ("物业合作", 0.20, 0.82, 0.76),
    "neighbour": ("邻居推荐", 0.15, 0.86, 0.70)}
HOMES = {"villa": ("独栋别墅", 0.45, 290), "townhouse": ("联排别墅", 0.35, 130), "garden_flat": ("底楼花园", 0.20, 60)}
SIZE = {"small": "小院", "medium": "中院", "large": "大院"}
GRASS = {"zoysia": "马尼拉草", "bermuda": "果岭草", "tall_fescue": "高羊茅", "ryegrass": "黑麦草",
         "bluegrass": "早熟禾"}
GRASS_W = {"Beijing": {"tall_fescue": 0.58, "ryegrass": 0.22, "bluegrass": 0.20},
           "Shanghai": {"zoysia": 0.50, "bermuda": 0.30, "tall_fescue": 0.20},
           "Hangzhou": {"zoysia": 0.45, "bermuda": 0.35, "tall_fescue": 0.20},
           "Chengdu": {"zoysia": 0.40, "bermuda": 0.40, "tall_fescue": 0.20}}
PLANS = {"weekly": "每周养护", "biweekly": "双周养护"}
FEE = {("weekly", "small"): 520, ("weekly", "medium"): 780, ("weekly", "large"): 1180,
       ("biweekly", "small"): 320, ("biweekly", "medium"): 480, ("biweekly", "large"): 720}
CLEANUP = {"small": 299, "medium": 459, "large": 699}
ADDONS = {  # en: zh, months, p per active month
    "hedge": ("修剪绿篱", (4, 5, 6, 9, 10), 0.07), "leaves": ("落叶清理", (11, 12), 0.16),
    "aeration": ("打孔透气", (3, 4, 9), 0.035), "weed": ("除杂草", (5, 6, 7, 8), 0.03),
    "pest": ("病虫害防治", (6, 7, 8, 9), 0.022), "pruning": ("乔木修剪", (12, 1, 2), 0.025)}
FERT = {"greenstart": ("青绿基肥", "GreenStart"), "slowfeed": ("缓释肥", "SlowFeed"),
        "fastgreen": ("速绿30", "FastGreen 30")}
SKIPR = {"rain": "下雨", "heat": "高温", "typhoon": "台风"}
CTYPE = {"missed_spots": "漏割", "clippings": "草屑未清", "damage": "踩坏花草", "late": "迟到",
         "no_notice": "顺延未通知", "lawn_burn": "施肥烧苗"}
PAUSER = {"winter": "冬季休眠", "travel": "出差旅行", "budget": "预算紧张"}
CANCELR = {"price": "价格太高", "moving": "搬家", "quality": "服务质量", "diy": "自己打理", "too_long": "草长太高",
           "not_resumed": "暂停后未恢复"}
ORDER_ZH = {"subscription": "订阅月费", "first_cleanup": "开荒首割", "addon": "加购服务"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "missed": (["好几处漏割", "树下那一块漏割了", "边角漏割没处理", "围栏边上一条漏割"],
               ["missed spots all over the lawn", "they missed a strip along the fence", "corners were missed again"]),
    "clippings": (["草屑没清理干净", "草屑吹得满院子都是", "割完草屑堆在门口"],
                  ["grass clippings left everywhere", "clippings all over the patio"]),
    "damage": (["把我的月季踩坏了", "割草机把花坛踩坏了", "喷头被踩坏了"],
               ["they trampled my flower bed", "the mower trampled the roses", "crew trampled the sprinkler heads"]),
    "late": (["师傅迟到一个多小时", "约好九点，师傅迟到了"],
             ["the crew turned up late", "crew was over an hour late"]),
    "no_notice": (["下雨顺延也没通知", "改期了没通知我，白等一上午", "没通知就不来了"],
                  ["they postponed without telling me", "no notice about the rain delay, waited all morning"]),
    "burn": (["施肥后草坪烧苗了", "打完肥一片片烧苗发黄", "新肥料把草烧苗了"],
             ["fertiliser burn all over the lawn", "brown burn patches after the feed", "the new fertiliser left burn marks"]),
    "pricey": (["报价太贵了", "比物业找的人贵太多，太贵", "今年涨价了，有点接受不了"],
               ["the quote is too expensive", "too expensive compared with a local gardener", "the price hike is a lot"]),
    "hard_cancel": (["退订要打好几次电话", "想退订一直被挽留"],
                    ["hard to cancel, had to call three times", "it was really hard to cancel online"]),
    "neat": (["边修得很整齐", "草坪割得特别整齐", "割完整整齐齐像球场"],
             ["edges are super neat", "the lawn looks neat like a golf course", "very neat work"]),
    "friendly": (["师傅很客气", "师傅人很客气还帮忙搬花盆"], ["crew is really friendly", "friendly and polite crew"]),
    "hedge": (["绿篱修得很有型", "绿篱修剪得很漂亮"], ["hedge trimming looks great", "love how they shaped the hedge"]),
    "overgrown": (["两周才来一次，草长太高了", "每次来之前草长太高"],
                  ["grass gets way too long between visits", "the lawn is overgrown by the time they come"]),
}
GEN = {
    "pos": (["整体满意", "会继续续费", "推荐给邻居了", "服务不错"], ["overall happy", "will keep the plan", "recommended to neighbours"]),
    "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average service", "nothing special"]),
    "neg": (["体验很差", "太失望了", "考虑换一家"], ["really disappointed", "poor experience", "thinking of switching"]),
}
NEG_TOPICS = {"missed", "clippings", "damage", "late", "no_notice", "burn", "pricey", "hard_cancel", "overgrown"}
POS_TOPICS = {"neat", "friendly", "hedge"}
TOPIC_TP = [("burn", "tp_fertilise_visit"), ("no_notice", "tp_weather_skip"), ("pricey", "tp_quote_sent"),
            ("hard_cancel", "tp_cancel"), ("hedge", "tp_addon_order"), ("missed", "tp_mow_visit"),
            ("clippings", "tp_mow_visit"), ("damage", "tp_mow_visit"), ("late", "tp_mow_visit"),
            ("overgrown", "tp_mow_visit"),
            ("neat", "tp_mow_visit"), ("friendly", "tp_mow_visit")]
CT_TOPIC = {"missed_spots": "missed", "clippings": "clippings", "damage": "damage", "late": "late",
            "no_notice": "no_notice", "lawn_burn": "burn"}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def in_win(t, w):
    return w[0] <= t < w[1]


def south(city):
    return city != "Beijing"


def interval(t: datetime, city: str, plan: str) -> float:
    """days to the next routine visit."""
    m = t.month
    peak = (4 <= m <= 10) if city == "Beijing" else (3 <= m <= 11)
    shoulder = m in (3, 11) if city == "Beijing" else m in (2, 12)
    if peak:
        return 7.0 if plan == "weekly" else 14.0
    if shoulder:
        return 14.0 if plan == "weekly" else 28.0
    return 30.0


def service_of(t, city):
    m = t.month
    cold = m in (12, 1, 2, 3, 11) if city == "Beijing" else m in (12, 1, 2)
    return "winter_tidy" if cold else "mow"


def p_skip(t, city):
    if south(city) and city != "Chengdu" and in_win(t, TYPHOON):
        return 0.92, "typhoon"
    if south(city) and city != "Chengdu" and any(in_win(t, w) for w in PLUM):
        return 0.36, "rain"
    if city == "Beijing" and in_win(t, BJ_STORM):
        return 0.22, "rain"
    if t.month in (7, 8) and city in ("Hangzhou", "Chengdu") and rng.random() < 0.3:
        return 0.12, "heat"
    return (0.07 if t.month in (4, 5, 6, 9) else 0.045), "rain"


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_q = self.n_sub = self.n_ct = self.n_pz = self.n_ad = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        app = tp in ("tp_quote_request", "tp_quote_sent", "tp_subscribe", "tp_addon_order", "tp_pause", "tp_resume",
                     "tp_rate", "tp_weather_skip")
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if app else None)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sub, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        d = DEPOT[c["depot"]]
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype,
                   订单类型=ORDER_ZH[otype], subscription_id=sub["id"] if sub else None, plan=sub["plan"] if sub else None,
                   套餐=PLANS[sub["plan"]] if sub else None, depot_id=d[0], depot=d[2], depot_en=d[3], city=d[1],
                   城市=CITIES[d[1]][0], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, tp=None, undated=False, gen=None, no_customer=False,
           sid=None, crew=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), tp or "tp_mow_visit")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "negative" if neg else ("positive" if (gen == "pos" or set(topics) & POS_TOPICS) else "neutral")
        d = DEPOT[c["depot"]]
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, subscription_id=sid, crew=crew[1] if crew else None,
                   crew_en=crew[2] if crew else None, depot_id=d[0], depot=d[2], depot_en=d[3], city=d[1],
                   城市=CITIES[d[1]][0])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        mw = {1: 0.5, 2: 0.7, 3: 1.6, 4: 1.8, 5: 1.5, 6: 1.1, 7: 0.9, 8: 0.9, 9: 1.2, 10: 1.0, 11: 0.6, 12: 0.4}
        days, d = [], START
        while d <= datetime(2026, 7, 26):
            days.append((d, (0.7 + 0.7 * (d - START).days / 570) * mw[d.month]))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        cities = list(CITIES)
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 22.5)))
            city = pick(cities, [v[1] for v in CITIES.values()])
            if city == "Chengdu" and t < datetime(2026, 2, 15):
                city = pick(cities[:3], [0.5, 0.25, 0.25])
            deps = [x for x in DEPOTS if x[1] == city]
            dep = pick(deps, [x[5] for x in deps])
            home = pick(list(HOMES), [v[1] for v in HOMES.values()])
            area = float(np.clip(rng.lognormal(np.log(HOMES[home][2]), 0.35), 25, 1200))
            size = "small" if area < 100 else ("medium" if area < 300 else "large")
            gw = GRASS_W[city]
            comm = COMMUNITIES[city][int(rng.integers(len(COMMUNITIES[city])))]
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            en_share = 0.2 if city in ("Shanghai", "Beijing") else 0.07
            self.cust.append(dict(customer_id=f"CU{i + 1:05d}", discover=t, city=city, depot=dep[0], home=home,
                                  area=round(area, 1), size=size, grass=pick(list(gw), list(gw.values())),
                                  community=comm, channel=ch, device=pick(["ios", "android"], [0.55, 0.45]),
                                  en_share=en_share, lang="en" if rng.random() < en_share else "zh",
                                  sub=None, subs=0, state="prospect", first_sub=None))

    def crew_of(self, c):
        d = DEPOT[c["depot"]]
        letter = d[6][int(rng.integers(len(d[6])))]
        return (f"{d[0][3:]}-{letter}", f"{CREW_ZH[d[0]]}{letter}组", f"{CREW_EN[d[0]]} Crew {letter}")

    def common(self, c, sub=None):
        d = DEPOT[c["depot"]]
        row = dict(depot_id=d[0], depot=d[2], depot_en=d[3], city=d[1], 城市=CITIES[d[1]][0])
        if sub:
            row.update(subscription_id=sub["id"], plan=sub["plan"], 套餐=PLANS[sub["plan"]])
            if sub.get("crew"):
                row.update(crew_id=sub["crew"][0], crew=sub["crew"][1], crew_en=sub["crew"][2])
        return row

    # ---------- acquisition ----------
    def acquire(self, c):
        ch = CHANNELS[c["channel"]]
        self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"], **self.common(c))
        if rng.random() > ch[2]:
            return
        t = c["discover"] + D(hours=float(rng.exponential(40) + 0.3))
        self.n_q += 1
        qid = f"QT{self.n_q:05d}"
        cm = self.common(c)
        via = "phone" if rng.random() < 0.3 else "mini_program"
        claimed = round(c["area"] * float(rng.uniform(0.7, 1.3)), 0)
        if not self.ev(c, t, "tp_quote_request", qid, "submit", cm, channel=via, lawn_area_sqm=claimed,
                       home_type=c["home"], 房屋类型=HOMES[c["home"]][0]):
            return
        if rng.random() > (0.80 if c["channel"] == "dianping" else 0.88):
            return
        med = 4.5 if c["city"] == "Beijing" else 1.8
        t += D(days=float(rng.lognormal(np.log(med), 0.45)))
        t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 17)))
        if not self.ev(c, t, "tp_site_survey", qid, "measured", cm, lawn_area_sqm=c["area"], home_type=c["home"],
                       房屋类型=HOMES[c["home"]][0], grass_type=c["grass"], 草种=GRASS[c["grass"]]):
            return
        if rng.random() > 0.95:
            return
        t += D(hours=float(rng.uniform(3, 40)))
        plan = "weekly" if rng.random() < (0.72 if c["size"] == "large" else 0.52) else "biweekly"
        hike = t >= PRICE_HIKE
        fee = FEE[(plan, c["size"])] * (1.12 if hike else 1.0)
        if not self.ev(c, t, "tp_quote_sent", qid, "sent", cm, quote_amount=round(fee, 0), plan=plan, 套餐=PLANS[plan],
                       price_list="2026" if hike else "2025", lawn_area_sqm=c["area"]):
            return
        p = ch[3] * (0.70 if hike else 1.0) * (0.9 if plan == "weekly" and c["size"] == "small" else 1.0)
        if rng.random() > p:
            if rng.random() < (0.30 if hike else 0.10):
                self.fb(c, t + D(days=float(rng.uniform(1, 6))), ["pricey"], "call_note")
            return
        t += D(days=float(rng.exponential(2.5) + 0.05))
        self.subscribe(c, t, plan, round(fee, 0))

    # ---------- a subscription ----------
    def subscribe(self, c, t_s, plan, fee):
        self.n_sub += 1
        sub = dict(id=f"SUB{self.n_sub:05d}", plan=plan, fee=fee, crew=None)
        c["sub"], c["subs"] = sub, c["subs"] + 1
        c["first_sub"] = c["first_sub"] or t_s
        c["state"] = "active"
        if not self.ev(c, t_s, "tp_subscribe", sub["id"], "signed", self.common(c, sub), monthly_fee=fee,
                       lawn_area_sqm=c["area"]):
            return
        sub["crew"] = self.crew_of(c)
        med = 9.0 if c["city"] == "Chengdu" else (3.6 if c["city"] == "Beijing" else 2.8)
        t = t_s + D(days=float(rng.lognormal(np.log(med), 0.4)))
        t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 15)))
        cm = self.common(c, sub)
        if not self.ev(c, t, "tp_first_visit", sub["id"], "done", cm, service="first_cleanup", 服务内容="开荒首割",
                       duration_min=round(float(c["area"] * rng.uniform(0.35, 0.5) + 40), 0)):
            return
        self.order(c, t, CLEANUP[c["size"]], "first_cleanup", sub, crew=sub["crew"][1])
        self.after_visit(c, sub, t, "tp_first_visit", p_rate=0.25)
        self.lifecycle(c, sub, t_s, t)

    def after_visit(self, c, sub, t, tp, p_rate=0.06, problem=None, good_boost=0.0):
        """rating and review after a visit."""
        crew = sub["crew"]
        topics = [problem] if problem else []
        if not topics and sub["plan"] == "biweekly" and tp == "tp_mow_visit" and rng.random() < 0.02:
            topics = ["overgrown"]
        good = []
        p_neat = (0.30 if c["depot"] == "SH-MH" else 0.07) + good_boost
        if not topics and rng.random() < p_neat:
            good.append("neat")
        if not topics and rng.random() < 0.05:
            good.append("friendly")
        pr = 0.5 if topics else (0.2 if good else p_rate)
        if rng.random() >= pr:
            return
        stars = float(pick([5, 4, 3, 2], [0.5, 0.34, 0.12, 0.04]))
        pen = {"missed": 2.3, "clippings": 1.5, "damage": 2.6, "late": 1.2, "burn": 2.8, "no_notice": 1.8,
               "overgrown": 1.6}
        for x in topics:
            stars -= pen.get(x, 0)
        if good:
            stars = 5.0 if rng.random() < 0.8 else 4.0
        stars = float(min(5, max(1, round(stars))))
        tr = t + D(hours=float(rng.uniform(1, 30)))
        if self.ev(c, tr, "tp_rate", sub["id"], "rate", self.common(c, sub), stars=stars, rated_step=tp):
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, tr, topics + good, "app_review", rating=stars, tp=tp, gen=gen, sid=sub["id"], crew=crew)
        if c["channel"] == "property_partner" and good and rng.random() < 0.15:
            self.fb(c, tr + D(hours=float(rng.uniform(2, 48))), good, "wechat_group", tp=tp, gen="pos",
                    undated=rng.random() < 0.6, no_customer=rng.random() < 0.4, sid=sub["id"], crew=crew)
        if rng.random() < (0.35 if c["channel"] == "dianping" else 0.02):
            s2 = float(min(5, max(1, stars + pick([0, -1, 1], [0.7, 0.2, 0.1]))))
            self.fb(c, tr + D(hours=float(rng.uniform(2, 72))), topics + good, "dianping_review", rating=s2, tp=tp,
                    gen="pos" if s2 >= 4 else ("neu" if s2 == 3 else "neg"), undated=rng.random() < 0.35,
                    sid=sub["id"], crew=crew)

    def complaint(self, c, sub, t, ctype, tp, **kw):
        """a complaint ticket, maybe a redo visit; returns the ticket time."""
        self.n_ct += 1
        cid = f"CT{self.n_ct:05d}"
        tc = t + D(hours=float(rng.uniform(1.5, 30)))
        cm = self.common(c, sub)
        if not self.ev(c, tc, "tp_complaint", cid, "logged", cm, complaint_type=ctype, 投诉类型=CTYPE[ctype],
                       about_step=tp, **kw):
            return None
        topic = CT_TOPIC[ctype]
        if rng.random() < 0.55:
            self.fb(c, tc + D(minutes=float(rng.uniform(1, 20))), [topic], "ticket", tp=tp, sid=sub["id"],
                    crew=sub["crew"])
        elif c["channel"] == "property_partner" and rng.random() < 0.6:
            self.fb(c, tc + D(hours=float(rng.uniform(1, 48))), [topic], "wechat_group", tp=tp,
                    undated=rng.random() < 0.6, no_customer=rng.random() < 0.4, sid=sub["id"], crew=sub["crew"])
        if ctype in ("missed_spots", "clippings", "damage", "lawn_burn") and rng.random() < 0.88:
            med = 5.0 if ctype == "lawn_burn" else (3.5 if c["city"] == "Chengdu" else 1.6)
            tr = tc + D(days=float(rng.lognormal(np.log(med), 0.5)))
            self.ev(c, tr, "tp_redo_visit", cid, "done", cm, complaint_type=ctype, 投诉类型=CTYPE[ctype],
                    service="reseed" if ctype == "lawn_burn" else "touch_up",
                    服务内容="补种" if ctype == "lawn_burn" else "补割补修")
        return tc

    def lifecycle(self, c, sub, t_s, t_first):
        city, plan = c["city"], sub["plan"]
        crew = sub["crew"]
        t = t_first
        next_bill = t_s
        bill_day = min(t_s.day, 28)
        nobill_until = None                          # months inside a pause are not billed
        complaints_recent = 0
        fert_done = set()
        winter_paused = set()
        addon_month = set()
        while True:
            # ---- billing up to t
            while next_bill <= t and next_bill <= END:
                if nobill_until is None or next_bill >= nobill_until:
                    f = sub["fee"] * (0.4 if next_bill.month in (12, 1, 2) else 1.0)
                    self.order(c, next_bill + D(hours=3), f, "subscription", sub, crew=crew[1],
                               billing_month=next_bill.strftime("%Y-%m"))
                    # churn check once a month
                    hz = (0.016 if plan == "weekly" else 0.042) + 0.09 * min(complaints_recent, 2)
                    if next_bill > t_first + D(days=20) and rng.random() < hz:
                        if complaints_recent:
                            reason = pick(["quality", "price", "moving"], [0.7, 0.2, 0.1])
                        elif plan == "biweekly":
                            reason = pick(["too_long", "price", "moving", "diy"], [0.38, 0.27, 0.18, 0.17])
                        else:
                            reason = pick(["price", "moving", "diy"], [0.45, 0.3, 0.25])
                        self.cancel(c, sub, next_bill + D(days=float(rng.uniform(0, 10))), reason)
                        return
                    complaints_recent = max(0, complaints_recent - 1)
                m = next_bill.month + 1
                next_bill = datetime(next_bill.year + (m > 12), (m - 1) % 12 + 1, bill_day)
            if t > END:
                return
            # ---- winter pause window
            yr = t.year if t.month >= 11 else t.year - 1
            if (t.month == 11 and t.day >= 15 or t.month == 12) and yr not in winter_paused:
                winter_paused.add(yr)
                p_w = 0.52 if city == "Beijing" else 0.30
                if rng.random() < p_w:
                    tp_ = t + D(days=float(rng.uniform(0, 6)))
                    res = datetime(yr + 1, 3, 1) + D(days=float(rng.uniform(0, 24)))
                    r = self.pause(c, sub, tp_, "winter", res, 0.76)
                    if r == "cancel":
                        return
                    if r is None:
                        c["state"] = "paused"
                        return
                    t, nobill_until = r, r
                    continue
            # ---- other pauses (checked about once a month)
            if t.day <= 7 and rng.random() < 0.18:
                if rng.random() < 0.07:
                    res = t + D(days=float(rng.uniform(14, 45)))
                    r = self.pause(c, sub, t, "travel", res, 0.93)
                elif rng.random() < 0.035 + 0.05 * bool(complaints_recent):
                    res = t + D(days=float(rng.uniform(20, 60)))
                    r = self.pause(c, sub, t, "budget", res, 0.30)
                else:
                    r = False
                if r == "cancel":
                    return
                if r is None:
                    c["state"] = "paused"
                    return
                if r:
                    t, nobill_until = r, r
                    continue
            # ---- fertilising (four a year)
            for (mm, dd) in ((4, 10), (5, 25), (9, 1), (10, 15)) if city == "Beijing" else \
                    ((3, 10), (5, 10), (9, 5), (11, 5)):
                key = (t.year, mm)
                fd = datetime(t.year, mm, dd)
                if key not in fert_done and fd <= t < fd + D(days=20):
                    fert_done.add(key)
                    tf = t + D(days=float(rng.uniform(0.5, 3)), hours=float(rng.uniform(0, 5)))
                    if city != "Beijing" and city != "Chengdu" and in_win(tf, FASTGREEN) and rng.random() < 0.6:
                        prod = "fastgreen"
                    else:
                        prod = "greenstart" if mm in (3, 4, 9) else "slowfeed"
                    if self.ev(c, tf, "tp_fertilise_visit", sub["id"], "done", self.common(c, sub),
                               service="fertilise", 服务内容="施肥", fertiliser=FERT[prod][1], 肥料=FERT[prod][0],
                               duration_min=round(float(c["area"] * 0.12 + 20), 0)):
                        burn = rng.random() < (0.24 if prod == "fastgreen" else 0.008)
                        if burn:
                            complaints_recent += 1
                            self.complaint(c, sub, tf + D(days=float(rng.uniform(2, 6))), "lawn_burn",
                                           "tp_fertilise_visit", fertiliser=FERT[prod][1], 肥料=FERT[prod][0])
                        self.after_visit(c, sub, tf, "tp_fertilise_visit", p_rate=0.08,
                                         problem="burn" if burn else None)
            # ---- add-ons (about once a month)
            mk = (t.year, t.month)
            if mk not in addon_month:
                addon_month.add(mk)
                for a, (zh, months, p) in ADDONS.items():
                    if t.month in months and rng.random() < p * (1.6 if c["home"] == "villa" else 1.0):
                        self.addon(c, sub, t + D(days=float(rng.uniform(0, 5))), a)
            # ---- next routine visit
            step = interval(t, city, plan)
            t_plan = t + D(days=step)
            t_plan = datetime(t_plan.year, t_plan.month, t_plan.day) + D(hours=float(rng.uniform(8, 15)))
            if t_plan > END:
                return
            ps, reason = p_skip(t_plan, city)
            svc = service_of(t_plan, city)
            cm = self.common(c, sub)
            t_do, resched = t_plan, False
            if svc == "mow" and rng.random() < ps:
                notified = rng.random() < (0.35 if city == "Hangzhou" else 0.95)
                days = int(rng.integers(2, 7) if reason == "typhoon" or any(in_win(t_plan, w) for w in PLUM)
                           else rng.integers(1, 4))
                self.ev(c, t_plan - D(hours=float(rng.uniform(1, 3))), "tp_weather_skip", sub["id"], "skip", cm,
                        skip_reason=reason, 顺延原因=SKIPR[reason], notified=notified, rescheduled_days=days)
                if not notified and rng.random() < 0.16:
                    complaints_recent += 1
                    self.complaint(c, sub, t_plan, "no_notice", "tp_weather_skip")
                t_do, resched = t_plan + D(days=days), True
            if not self.ev(c, t_do, "tp_mow_visit", sub["id"], "done", cm, service=svc,
                           服务内容="割草修边" if svc == "mow" else "冬季清理", rescheduled=resched,
                           duration_min=round(float(c["area"] * rng.uniform(0.18, 0.28) + 15), 0)):
                return
            # problems at the visit
            p_c = 0.012
            p_missed = 0.004
            if crew[0] == "QP-B" and t_do >= QP_MOWER:
                p_missed += 0.085
            if c["city"] == "Chengdu":
                p_missed += 0.012
            prob = None
            u = rng.random()
            if u < p_missed:
                prob = "missed_spots"
            elif u < p_missed + p_c:
                prob = pick(["clippings", "damage", "late"], [0.4, 0.3, 0.3])
            if prob:
                complaints_recent += 1
                self.complaint(c, sub, t_do, prob, "tp_mow_visit")
            self.after_visit(c, sub, t_do, "tp_mow_visit", p_rate=0.05, problem=CT_TOPIC[prob] if prob else None)
            t = t_do

    def addon(self, c, sub, t, a):
        self.n_ad += 1
        aid = f"AD{self.n_ad:05d}"
        area = c["area"]
        price = {"hedge": rng.uniform(300, 1200) if c["home"] == "villa" else rng.uniform(180, 450),
                 "leaves": rng.uniform(150, 420), "aeration": 2.5 * area, "weed": 1.5 * area,
                 "pest": rng.uniform(200, 520), "pruning": rng.uniform(300, 1200)}[a]
        price = round(float(price) / 10) * 10
        cm = self.common(c, sub)
        if not self.ev(c, t, "tp_addon_order", sub["id"], "order", cm, addon_type=a, 加购项目=ADDONS[a][0],
                       addon_id=aid, amount=price):
            return
        u = rng.random()
        status = "cancelled" if u < 0.06 else ("refunded" if u < 0.085 else "paid")
        self.order(c, t, price, "addon", sub, status=status, addon_id=aid, addon_type=a, 加购项目=ADDONS[a][0],
                   crew=sub["crew"][1])
        if a == "hedge" and status == "paid" and rng.random() < 0.12:
            self.fb(c, t + D(days=float(rng.uniform(2, 8))), ["hedge"], "app_review", rating=5.0, tp="tp_addon_order",
                    gen="pos", sid=sub["id"], crew=sub["crew"])

    def pause(self, c, sub, t, reason, t_res, p_res):
        """returns the resume time, 'cancel', or None (still paused at the end)."""
        self.n_pz += 1
        pid = f"PZ{self.n_pz:05d}"
        cm = self.common(c, sub)
        if not self.ev(c, t, "tp_pause", pid, "pause", cm, pause_reason=reason, 暂停原因=PAUSER[reason]):
            return None
        if rng.random() < p_res:
            if t_res > END:
                return None
            self.ev(c, t_res, "tp_resume", pid, "resume", cm, pause_reason=reason, 暂停原因=PAUSER[reason])
            return t_res
        t_c = t_res + D(days=float(rng.uniform(0, 20)))
        if t_c <= END and rng.random() < 0.6:
            self.cancel(c, sub, t_c, "not_resumed")
            return "cancel"
        return None

    def cancel(self, c, sub, t, reason):
        if self.ev(c, t, "tp_cancel", sub["id"], "cancel", self.common(c, sub), cancel_reason=reason,
                   取消原因=CANCELR[reason]):
            c["state"] = "churned"
            c["sub"] = None
            if reason in ("too_long", "quality", "price") and rng.random() < 0.35:
                topics = [{"too_long": "overgrown", "quality": "clippings", "price": "pricey"}[reason]]
                if rng.random() < 0.25:
                    topics.append("hard_cancel")
                self.fb(c, t + D(hours=float(rng.uniform(0.2, 6))), topics, "call_note", tp="tp_cancel", gen="neg",
                        sid=sub["id"])
            elif rng.random() < 0.06:
                self.fb(c, t + D(hours=1), ["hard_cancel"], "call_note", tp="tp_cancel", sid=sub["id"])

    def surveys(self):
        """quarterly NPS survey to customers who have subscribed."""
        for c in self.cust:
            if c["first_sub"] is None:
                continue
            for qe in (datetime(2025, 3, 28), datetime(2025, 6, 27), datetime(2025, 9, 26), datetime(2025, 12, 26),
                       datetime(2026, 3, 27), datetime(2026, 6, 26)):
                if c["first_sub"] < qe - D(days=20) and rng.random() < 0.09:
                    bad = c["depot"] == "HZ-YH" or (c["depot"] == "SH-QP" and qe > QP_MOWER)
                    nps = int(np.clip(round(rng.normal(8.3 - (1.6 if bad else 0), 1.6)), 0, 10))
                    topics = []
                    if nps <= 5 and rng.random() < 0.5:
                        topics = ["no_notice"] if c["depot"] == "HZ-YH" else (
                            ["missed"] if c["depot"] == "SH-QP" else ["pricey"])
                    if nps >= 9 and rng.random() < 0.3:
                        topics = ["neat"]
                    self.fb(c, qe + D(days=float(rng.uniform(0, 4))), topics, "survey", nps=nps, tp="tp_rate",
                            gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))

    def run(self):
        self.customers()
        for c in self.cust:
            self.acquire(c)
        self.surveys()

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if c["first_sub"] is None:
                seg = "prospect"
            elif c["state"] == "active" and c["first_sub"] >= datetime(2026, 5, 1):
                seg = "new"
            else:
                seg = c["state"]
            plan = c["sub"]["plan"] if c["sub"] and c["state"] != "churned" else None
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg,
                             region=c["city"], 城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=c["size"], 草坪规模=SIZE[c["size"]],
                             home_type=c["home"], 房屋类型=HOMES[c["home"]][0], lawn_area_sqm=c["area"],
                             grass_type=c["grass"], 草种=GRASS[c["grass"]], community=c["community"][0],
                             community_en=c["community"][1], depot_id=c["depot"], current_plan=plan,
                             当前套餐=PLANS[plan] if plan else None, phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "depot_id",
           "depot", "depot_en", "city", "城市", "subscription_id", "plan", "套餐", "crew_id", "crew", "crew_en",
           "lawn_area_sqm", "home_type", "房屋类型", "grass_type", "草种", "quote_amount", "price_list", "monthly_fee",
           "service", "服务内容", "duration_min", "rescheduled", "skip_reason", "顺延原因", "notified",
           "rescheduled_days", "fertiliser", "肥料", "addon_id", "addon_type", "加购项目", "amount", "complaint_type",
           "投诉类型", "about_step", "pause_reason", "暂停原因", "cancel_reason", "取消原因", "stars", "rated_step"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "subscription_id", "plan", "套餐", "billing_month", "addon_id", "addon_type", "加购项目", "crew", "depot_id",
            "depot", "depot_en", "city", "城市", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "subscription_id", "crew", "crew_en", "depot_id", "depot", "depot_en", "city", "城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "草坪规模", "home_type", "房屋类型", "lawn_area_sqm", "grass_type", "草种", "community", "community_en",
             "depot_id", "current_plan", "当前套餐", "phone_os", "preferred_language"]


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
    dup = rng.choice(len(ev), size=22, replace=False)             # the crew app re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, quotes {g.n_q}, subscriptions {g.n_sub}, complaints {g.n_ct}, pauses {g.n_pz}, "
          f"add-ons {g.n_ad}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
