"""山隅咖啡烘焙 Hillnook Roasters: a specialty coffee roaster selling wholesale to cafes, offices and hotels
(synthetic, written blind).

Two roasteries (上海烘焙厂 Shanghai Roastery, 昆明烘焙厂 Kunming Roastery) serve five regions (华东 East China, 华南 South
China, 华北 North China, 西南 Southwest, 香港 Hong Kong). A prospect hears of us (小红书 / 公众号 content, a coffee expo
booth), looks at the wholesale page, asks for samples (申请样品 → 样品寄出), gets a tasting visit from the account
manager (上门杯测), a quote (批发报价) and places a first order; most then open a recurring roast-and-ship plan
(开通定期供豆: weekly / biweekly / monthly). Every order is roasted (烘焙出炉), shipped (发货: own vans, SF, ZTO freight,
Deppon) and delivered (门店签收, with `late` and `days_since_roast`), invoiced (开具发票) and paid (到账回款, with
`days_overdue` against the payment terms). Loaner grinders break (设备报修 → 技师上门 → 维修完结, a second visit when a
part is ordered). Account managers do quarterly reviews (客户经理回访). A 12 % price increase was announced on
2025-10-08 (调价通知) — half the subscribers got a call from their account manager first (experiment
price_notice_2025). Accounts pause (暂停/变更计划), complain (投诉) and cancel (停止合作).

Data 2025-01-01 .. 2026-07-31 (extract taken 2026-08-04). Naive times are local (UTC+8). Money in CNY.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260804), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260804
rng = np.random.default_rng(SEED)
T0 = datetime(2025, 1, 1)
TEND = datetime(2026, 7, 31, 23, 59, 59)
NOTICE = datetime(2025, 10, 8, 10, 0, 0)
PRICE_UP = datetime(2025, 10, 15)


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(0, len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def biz(t: datetime, h0=8, h1=19) -> datetime:
    return t.replace(hour=0, minute=0, second=0) + timedelta(seconds=int(u(h0 * 3600, h1 * 3600)))


def later(t: datetime, d0: float, d1: float, h0=8, h1=19) -> datetime:
    x = biz(t + timedelta(days=u(d0, d1)), h0, h1)
    return x if x > t else t + timedelta(minutes=ri(20, 240))


def within(t, a, b):
    return datetime.fromisoformat(a) <= t < datetime.fromisoformat(b) + timedelta(days=1)


# ---------------- reference data ----------------
REGIONS = {  # code: (en, zh, weight, cities, roastery, carriers{code: w}, technicians)
    "east": ("East China", "华东", 0.38, ["Shanghai", "Hangzhou", "Suzhou"], "shanghai",
             {"own_fleet": 0.8, "sf_express": 0.2}, ["Xu Bin"]),
    "south": ("South China", "华南", 0.20, ["Guangzhou", "Shenzhen", "Xiamen"], "shanghai",
              {"zto_freight": 0.5, "sf_express": 0.5}, ["Liang Wei"]),
    "north": ("North China", "华北", 0.15, ["Beijing", "Tianjin"], "shanghai",
              {"deppon": 0.6, "sf_express": 0.4}, ["Gao Peng"]),
    "southwest": ("Southwest", "西南", 0.17, ["Kunming", "Chengdu", "Chongqing"], "kunming",
                  {"own_fleet": 0.6, "sf_express": 0.4}, ["He Lin"]),
    "hk": ("Hong Kong", "香港", 0.10, ["Hong Kong"], "shanghai", {"sf_express": 1.0}, ["Kelvin Ho"]),
}
CITY_ZH = {"Shanghai": "上海", "Hangzhou": "杭州", "Suzhou": "苏州", "Guangzhou": "广州", "Shenzhen": "深圳",
           "Xiamen": "厦门", "Beijing": "北京", "Tianjin": "天津", "Kunming": "昆明", "Chengdu": "成都",
           "Chongqing": "重庆", "Hong Kong": "香港"}
ROASTERY = {"shanghai": ("Shanghai Roastery", "上海烘焙厂"), "kunming": ("Kunming Roastery", "昆明烘焙厂")}
CARRIER_ZH = {"own_fleet": "自有车队", "sf_express": "顺丰", "zto_freight": "中通快运", "deppon": "德邦"}
TRANSIT = {"own_fleet": (0.3, 1.0), "sf_express": (1.0, 2.0), "zto_freight": (2.0, 3.5), "deppon": (2.0, 3.5)}
AMS = {"east": [("Chen Jing", "陈静"), ("Li Hao", "李昊")], "south": [("Huang Min", "黄敏")],
       "north": [("Sun Yue", "孙悦")], "southwest": [("Zhao Kai", "赵凯")], "hk": [("Sophie Lam", "林诗雅")]}
AM_ZH = {en: zh for v in AMS.values() for en, zh in v}
CTYPES = {"independent_cafe": ("独立咖啡馆", 0.45), "chain_cafe": ("连锁咖啡品牌", 0.15),
          "office": ("企业办公室", 0.28), "hotel": ("酒店餐饮", 0.12)}
TERMS = {"independent_cafe": ("net30", 30), "chain_cafe": ("net60", 60), "office": ("net45", 45),
         "hotel": ("net60", 60)}
LATE_PAY = {"independent_cafe": 0.08, "chain_cafe": 0.14, "office": 0.22, "hotel": 0.48}
ACQ = {"coffee_expo": ("咖啡展会", 0.26), "xiaohongshu": ("小红书", 0.22), "referral": ("同行推荐", 0.2),
       "cold_call": ("电话拓展", 0.12), "website": ("官网", 0.14), "instagram": ("Instagram", 0.06)}
PRODUCTS = {  # code: (en, zh, base price / kg, weight cafe, weight office)
    "house_espresso": ("Hillnook House Espresso", "山隅招牌意式拼配", 148.0, 0.42, 0.5),
    "yunnan_honey": ("Yunnan Baoshan Honey", "云南保山蜜处理", 176.0, 0.2, 0.25),
    "ethiopia_guji": ("Ethiopia Guji Natural", "埃塞古吉日晒", 258.0, 0.16, 0.05),
    "colombia_huila": ("Colombia Huila", "哥伦比亚慧兰", 192.0, 0.14, 0.12),
    "decaf_swiss": ("Swiss Water Decaf", "瑞士水洗低因", 214.0, 0.08, 0.08),
}
GRINDERS = {"mazzer_sj": ("Mazzer Super Jolly", 0.085), "mahlkonig_e65s": ("Mahlkonig E65S", 0.075),
            "eureka_atom75": ("Eureka Atom 75", 0.085)}
PLANS = {"weekly": 7, "biweekly": 14, "monthly": 30, "adhoc": 24}

# ---------------- feedback templates ----------------
# each topic has exactly one marker per language; the marker appears in no other topic's template
TOPICS = {
    "late": (["这周的豆子又送晚了，{d}天才到，早高峰差点断货", "豆子送晚了两天，客户点单只能换别的豆",
              "物流太不靠谱，送晚了也没人提前说一声"],
             ["Beans arrived late again this week, we nearly ran out during the morning rush",
              "Order arrived late by two days, had to borrow beans from the cafe next door",
              "Delivery arrived late and nobody told us in advance"], "neg", "tp_deliver"),
    "stale": (["收到的豆子不新鲜，烘焙日期已经是{d}天前了", "豆子不新鲜，油脂都出来了，萃取很难调",
               "这批豆子明显不新鲜，客人都喝出来了"],
              ["The beans were stale on arrival, roast date was {d} days ago",
               "Stale beans this batch, oily and flat, shots are impossible to dial in",
               "Customers noticed the coffee tastes stale, please check your roast dates"], "neg", "tp_roast"),
    "grinder": (["磨豆机又坏了，等技师等了好几天", "店里的磨豆机过热停机，周末生意全受影响",
                 "磨豆机修了两次还是有问题"],
                ["Our grinder died again and we waited days for a technician",
                 "The loaner grinder keeps overheating and shutting off mid-service",
                 "Grinder was repaired twice and still not right"], "neg", "tp_service_request"),
    "price": (["这次涨价幅度太大了，我们小店压力很大", "涨价之前能不能多给点缓冲时间",
               "涨价12%没有任何解释，考虑换供应商"],
              ["The price increase is steep for a small cafe like ours",
               "A 12% price increase with two weeks notice is hard to absorb",
               "Unhappy with the price increase, we are looking at other roasters"], "neg", "tp_price_notice"),
    "invoice": (["发票抬头又开错了，财务退回来两次", "发票金额和订单对不上，麻烦核对", "发票迟迟开不出来，月底没法报账"],
                ["The invoice had the wrong company name again, finance rejected it",
                 "Invoice amount does not match the order, please check",
                 "Still waiting for the invoice, our month-end close is blocked"], "neg", "tp_invoice"),
    "valve": (["有两袋豆子的排气阀漏气，袋子都瘪了", "包装袋漏气，豆子受潮了", "单向阀漏气的问题这个月又出现了"],
              ["Two bags arrived with a leaking valve, bags were flat",
               "The one-way valve on the bags failed again, beans went soft",
               "Bag valve leaking on half the order"], "neg", "tp_deliver"),
    "flavour": (["这支豆子的风味很干净，客人很喜欢", "拼配的风味很稳定，做奶咖特别好", "埃塞的风味惊艳，复购了"],
                ["Love the flavour of the house blend, very consistent in milk drinks",
                 "Great flavour notes on the Guji, our regulars keep asking for it",
                 "The flavour is clean and sweet, best roaster we have worked with"], "pos", "tp_order"),
    "am": (["客户经理很专业，每次问题都第一时间处理", "我们的客户经理经常来店里帮我们调参数", "感谢客户经理耐心培训我们的咖啡师"],
           ["Our account manager is super responsive and knows our menu",
            "Big thanks to the account manager for training our baristas",
            "The account manager visits regularly and fixes things before they become problems"], "pos",
           "tp_am_review"),
    "cupping": (["上门杯测很专业，讲解得很清楚", "杯测那天一次试了五支豆，选豆很方便", "杯测体验很好，决定先下一单试试"],
                ["The cupping session at our shop was really well run",
                 "Cupping five coffees side by side made choosing easy",
                 "Great cupping visit, we decided to place a trial order"], "pos", "tp_tasting_visit"),
}
GENERIC = (["整体还可以，继续合作", "没什么特别的问题", "一般般吧，还在观察", "合作挺顺利的", "希望新品多一点"],
           ["Overall fine, no major issues", "Decent supplier so far", "Nothing special to report",
            "Happy to keep working together", "Would like to see more seasonal single origins"])


def _check_templates():
    markers = {"late": ("送晚了", "arrived late"), "stale": ("不新鲜", "stale"), "grinder": ("磨豆机", "grinder"),
               "price": ("涨价", "price increase"), "invoice": ("发票", "invoice"), "valve": ("漏气", "valve"),
               "flavour": ("风味", "flavour"), "am": ("客户经理", "account manager"), "cupping": ("杯测", "cupping")}
    for k, (zh, en, *_r) in TOPICS.items():
        for k2, (mz, me) in markers.items():
            for s in zh:
                assert (mz in s) == (k == k2), (k, k2, s)
            for s in en:
                assert (me in s.lower()) == (k == k2), (k, k2, s)
    for s in GENERIC[0] + GENERIC[1]:
        for mz, me in markers.values():
            assert mz not in s and me not in s.lower(), s


# ---------------- writer ----------------
class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.n = {}

    def nid(self, p, width=6):
        self.n[p] = self.n.get(p, 0) + 1
        return f"{p}{self.n[p]:0{width}d}"

    def ev(self, c, t, tp, action, session=None, **kw):
        if t > TEND or t < T0:
            return None
        r = dict(event_id=self.nid("EV", 7), customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                 session_id=session, action=action, device=kw.pop("device", None), channel=kw.pop("channel", None),
                 region=c["region"], 区域=c["区域"], customer_type=c["customer_type"], 客户类型=c["客户类型"],
                 roastery=c["roastery"], account_manager=c["account_manager"], 客户经理=AM_ZH[c["account_manager"]], plan=c["plan"])
        r.update(kw)
        self.events.append(r)
        return r

    def order(self, c, t, amount, order_type, status="paid", **kw):
        o = dict(order_id=self.nid("SO", 6), customer_id=c["customer_id"], ts=t, amount=round(amount, 2),
                 status=status, channel=kw.pop("channel", "portal"), device=kw.pop("device", None),
                 order_type=order_type, region=c["region"], 区域=c["区域"], customer_type=c["customer_type"],
                 roastery=c["roastery"], account_manager=c["account_manager"], plan=c["plan"],
                 payment_terms=c["payment_terms"])
        o.update(kw)
        self.orders.append(o)
        return o

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, lang=None, d=None):
        lang = lang or (c["lang"] if c else pick(["zh", "en"], [0.7, 0.3]))
        li = 0 if lang == "zh" else 1
        parts = []
        for tpc in topics:
            s = pick(TOPICS[tpc][li]) if tpc in TOPICS else pick(GENERIC[li])
            parts.append(s.replace("{d}", str(d if d is not None else ri(9, 14))))
        text = ("，" if lang == "zh" else ". ").join(parts)
        sent = "neutral"
        kinds = {TOPICS[x][2] for x in topics if x in TOPICS}
        if kinds == {"neg"}:
            sent = "negative"
        elif kinds == {"pos"}:
            sent = "positive"
        elif kinds:
            sent = "mixed"
        if tp is None:
            tp = TOPICS[topics[0]][3] if topics[0] in TOPICS else None
        fid = self.nid("FB", 5)
        self.feedback.append(dict(feedback_id=fid, text=text, ts=t, customer_id=c["customer_id"] if c else None,
                                  touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                                  region=c["region"] if c else None, 区域=c["区域"] if c else None,
                                  customer_type=c["customer_type"] if c else None,
                                  account_manager=c["account_manager"] if c else None))
        self.truth.append(dict(feedback_id=fid, topics="|".join(x for x in topics if x in TOPICS), sentiment=sent))
        return fid


def rating_for(topics):
    kinds = {TOPICS[x][2] for x in topics if x in TOPICS}
    if kinds == {"neg"}:
        return pick([1, 2, 3], [0.45, 0.4, 0.15])
    if kinds == {"pos"}:
        return pick([4, 5], [0.3, 0.7])
    return pick([2, 3, 4, 5], [0.1, 0.3, 0.4, 0.2])


def complain(w, c, t, topic, d=None, p_rate=0.35):
    """a complaint through one of the channels; tickets also leave a tp_complaint event."""
    if t > TEND:
        return
    ch = pick(["wecom", "ticket", "portal_review", "email"], [0.4, 0.25, 0.25, 0.1])
    topics = [topic]
    if topic in ("late", "stale") and chance(0.08):
        topics = ["late", "stale"] if topic == "late" else ["stale", "late"]
    rating = rating_for(topics) if ch == "portal_review" else None
    ts = t if chance(0.96) else None
    w.fb(c, ts, topics, ch, rating=rating, d=d)
    if ch == "ticket":
        w.ev(c, t + timedelta(minutes=ri(5, 60)), "tp_complaint", "submit", channel="phone",
             complaint_topic={"late": "late_delivery", "stale": "stale_beans", "grinder": "equipment",
                              "price": "pricing", "invoice": "invoice_error", "valve": "packaging"}[topic])


# ---------------- customers ----------------
def make_customer(i, first_touch, existing):
    reg = pickd({k: v[2] for k, v in REGIONS.items()})
    R = REGIONS[reg]
    ctype = pickd({k: v[1] for k, v in CTYPES.items()})
    am = pick(AMS[reg])[0]
    acq = pickd({k: v[1] for k, v in ACQ.items()} if reg == "hk" else
                {k: v[1] for k, v in ACQ.items() if k != "instagram"})
    lang = "en" if (reg == "hk" and chance(0.9)) or (reg == "east" and chance(0.18)) or chance(0.04) else "zh"
    plan = pickd({"weekly": 0.45, "biweekly": 0.35, "monthly": 0.1, "adhoc": 0.1} if ctype in (
        "independent_cafe", "chain_cafe") else {"weekly": 0.1, "biweekly": 0.3, "monthly": 0.5, "adhoc": 0.1})
    grinder = None
    if ctype in ("independent_cafe", "chain_cafe", "hotel") and chance(0.55):
        grinder = pickd({"mazzer_sj": 0.34, "mahlkonig_e65s": 0.33, "eureka_atom75": 0.33})
    elif ctype == "office" and chance(0.2):
        grinder = "eureka_atom75"
    return dict(customer_id=f"ACC{10000 + i}", signup_at=first_touch, region=reg, 区域=R[1], region_en=R[0],
                city=pick(R[3]), customer_type=ctype, 客户类型=CTYPES[ctype][0], account_manager=am,
                acquisition_channel=acq, 获客渠道=ACQ[acq][0], roastery=ROASTERY[R[4]][0],
                roastery_code=R[4], lang=lang, plan=plan, payment_terms=TERMS[ctype][0],
                carrier=pickd(R[5]), technician=R[6][0], grinder=grinder, existing=existing,
                tier="partner" if ctype == "chain_cafe" else "standard",
                kg=(u(8, 20) if ctype == "independent_cafe" else u(25, 60) if ctype == "chain_cafe" else
                    u(2, 6) if ctype == "office" else u(6, 12)),
                product_mix={k: (v[3] if ctype != "office" else v[4]) for k, v in PRODUCTS.items()})


def growth_day(a: datetime, b: datetime) -> datetime:
    # more leads later (business grows ~60 % a year)
    span = (b - a).days
    x = (np.sqrt(1 + 3 * rng.random()) - 1) / 1.0
    return a + timedelta(days=float(min(span - 1, x * span)))


# ---------------- lifecycle ----------------
def onboarding(w, c, t):
    """prospect → maybe first order time (or None)."""
    lead = w.nid("LD", 5)
    dev = pick(["pc", "ios", "android"], [0.5, 0.3, 0.2])
    utm = {"coffee_expo": "expo", "xiaohongshu": "xhs", "website": "seo", "instagram": "ig"}.get(
        c["acquisition_channel"])
    if c["acquisition_channel"] == "coffee_expo":
        w.ev(c, t - timedelta(days=u(1, 20)), "tp_expo", "visit", lead, channel="store",
             expo=pick(["Shanghai HOTELEX", "Guangzhou Coffee Expo", "Kunming Coffee Festival"]))
    elif c["acquisition_channel"] in ("xiaohongshu", "instagram", "website") or chance(0.3):
        w.ev(c, t - timedelta(days=u(0.5, 10)), "tp_content", "view", lead, device=dev,
             channel="social" if c["acquisition_channel"] != "website" else "web", utm_source=utm)
    if chance(0.8):
        w.ev(c, t - timedelta(hours=u(0.2, 30)), "tp_wholesale_page", "view", lead, device=dev, channel="web",
             utm_source=utm)
    w.ev(c, t, "tp_sample_request", "submit", lead, device=dev, channel="web",
         sample_set=pick(["espresso_trio", "filter_trio", "office_pack"]))
    if not chance(0.95):
        return None
    ts = later(t, 0.5, 3)
    w.ev(c, ts, "tp_sample_ship", "shipped", lead, channel="other", carrier="sf_express")
    p_visit = 0.52 if c["region"] != "north" else 0.45
    if c["customer_type"] == "office":
        p_visit -= 0.06
    ordered = None
    if chance(p_visit):
        tv = later(ts, 3, 20)
        w.ev(c, tv, "tp_tasting_visit", "visit", lead, channel="store", coffees_cupped=ri(3, 6))
        if chance(0.2):
            ch = pick(["wecom", "survey"])
            w.fb(c, later(tv, 0, 2) if chance(0.9) else None, ["cupping"], ch,
                 rating=pick([4, 5], [0.3, 0.7]) if ch == "survey" else None)
        if chance(0.9):
            tq = later(tv, 0, 3)
            w.ev(c, tq, "tp_quote", "sent", lead, channel="email",
                 quoted_price_per_kg=round(PRODUCTS["house_espresso"][2] * (1.12 if tq >= PRICE_UP else 1), 2))
        if chance(0.7 if c["customer_type"] != "office" else 0.58):
            ordered = later(tv, 2, 25)
    elif chance(0.1):
        ordered = later(ts, 4, 30)
    if ordered is None:
        if chance(0.3):
            w.ev(c, later(ts, 10, 40), "tp_quote", "lost", lead, channel="email",
                 lost_reason=pick(["price", "went_with_competitor", "no_reply", "budget_freeze"]))
    return ordered


def product_for(c):
    return pickd(c["product_mix"])


def fulfil(w, c, t, state):
    """one bean order: order → roast → ship → deliver → invoice → payment; returns delivery info."""
    prod = product_for(c)
    kg = max(1.0, round(c["kg"] * u(0.8, 1.2) * 2) / 2)
    price = PRODUCTS[prod][2] * (1.12 if t >= PRICE_UP else 1.0) * (0.92 if c["tier"] == "partner" else 1.0)
    price = round(price, 2)
    amount = kg * price
    first = state["n_orders"] == 0
    state["n_orders"] += 1
    ch = "auto_subscription" if (c["plan"] != "adhoc" and not first) else pick(["portal", "wecom", "phone"],
                                                                              [0.6, 0.3, 0.1])
    sid = f"R{w.n.get('SO', 0) + 1:06d}"
    common = dict(product=PRODUCTS[prod][0], 产品=PRODUCTS[prod][1], kg=kg, price_per_kg=price)
    if chance(0.018):
        w.ev(c, t, "tp_order", "submit", sid, channel=ch, order_seq=state["n_orders"], **common)
        w.ev(c, t + timedelta(hours=u(1, 20)), "tp_order", "cancelled", sid, channel=ch, **common)
        w.order(c, t, amount, "bean_order", "cancelled", channel=ch, job_id=sid, **common)
        return None
    w.ev(c, t, "tp_order", "submit", sid, channel=ch, order_seq=state["n_orders"],
         device=pick(["pc", "ios", "android"], [0.5, 0.3, 0.2]) if ch == "portal" else None, **common)
    roast = later(t, 0.4, 1.6, 6, 12)
    batch = f"B{roast:%y%m%d}{c['roastery_code'][0].upper()}"
    w.ev(c, roast, "tp_roast", "roasted", sid, channel="other", roast_batch=batch, **common)
    kun_jam = c["roastery_code"] == "kunming" and datetime(2026, 1, 5) <= roast < datetime(2026, 4, 1)
    ship = roast + timedelta(days=u(6, 11) if kun_jam else u(0.2, 1.2))
    carrier = c["carrier"]
    w.ev(c, ship, "tp_ship", "shipped", sid, channel="other", carrier=carrier, 承运商=CARRIER_ZH[carrier], kg=kg)
    a, b = TRANSIT[carrier]
    promised = ship + timedelta(days=b)
    p_late = 0.05
    if carrier == "zto_freight" and datetime(2025, 6, 1) <= ship < datetime(2025, 10, 1):
        p_late = 0.4
    elif carrier == "deppon" and ship.month in (1, 2):
        p_late = 0.12
    late = chance(p_late)
    deliver = ship + timedelta(days=u(a, b))
    if late:
        deliver = promised + timedelta(days=u(0.6, 4.0))
    deliver = max(deliver, ship + timedelta(hours=3))
    dsr = (deliver - roast).days
    w.ev(c, deliver, "tp_deliver", "delivered", sid, channel="other", carrier=carrier, 承运商=CARRIER_ZH[carrier],
         late=late, days_since_roast=dsr, promised_by=promised.replace(microsecond=0))
    status = "paid"
    refunded_at = None
    if dsr >= 8 and chance(0.25):
        status = "refunded"
        refunded_at = later(deliver, 1, 6)
    elif chance(0.012):
        status = "returned"
        refunded_at = later(deliver, 1, 6)
    if deliver <= TEND:
        if late and chance(0.3):
            complain(w, c, later(deliver, 0, 1), "late")
        if dsr >= 8 and chance(0.3):
            complain(w, c, later(deliver, 0, 2), "stale", d=dsr)
        if status == "returned" and chance(0.6):
            complain(w, c, later(deliver, 0, 2), "valve")
        if chance(0.004):
            complain(w, c, later(deliver, 3, 20), "invoice")
        if chance(0.012):
            w.fb(c, later(deliver, 0, 5) if chance(0.93) else None, ["flavour"],
                 pick(["portal_review", "wecom"], [0.6, 0.4]), rating=None)
            if w.feedback[-1]["channel"] == "portal_review":
                w.feedback[-1]["rating"] = pick([4, 5], [0.25, 0.75])
    w.order(c, t, amount, "bean_order", status, channel=ch, job_id=sid, refunded_at=refunded_at,
            carrier=carrier, **common)
    inv = later(deliver, 0, 2)
    if w.ev(c, inv, "tp_invoice", "issued", sid, channel="email", invoice_amount=round(amount, 2),
            payment_terms=c["payment_terms"]) and status == "paid":
        terms = TERMS[c["customer_type"]][1]
        due = inv + timedelta(days=terms)
        if chance(LATE_PAY[c["customer_type"]]):
            pay = due + timedelta(days=u(3, 45))
        else:
            pay = inv + timedelta(days=u(terms * 0.3, terms - 0.5))
        pay = biz(pay, 9, 18)
        w.ev(c, pay, "tp_payment", "received", sid, channel="other", amount_received=round(amount, 2),
             payment_terms=c["payment_terms"], days_overdue=max(0, (pay.date() - due.date()).days),
             payment_method=pick(["bank_transfer", "alipay_b2b", "wechat_pay"], [0.6, 0.25, 0.15]))
    return dict(late=late, dsr=dsr, deliver=deliver)


def service_call(w, c, t, state):
    model = c["grinder"]
    eur_bad = model == "eureka_atom75" and t >= datetime(2025, 9, 1)
    fault = "motor_overheat" if eur_bad and chance(0.75) else pick(
        ["burr_wear", "jam", "calibration", "motor_overheat", "electrical"], [0.3, 0.25, 0.2, 0.1, 0.15])
    sr = w.nid("SR", 5)
    kw = dict(equipment="grinder", equipment_model=GRINDERS[model][0], fault=fault)
    w.ev(c, t, "tp_service_request", "submit", sr, channel="phone", **kw)
    wait = float(rng.lognormal(np.log(4.2), 0.35)) if c["region"] == "north" else float(
        rng.lognormal(np.log(1.2), 0.45))
    v1 = biz(t + timedelta(days=wait), 9, 18)
    if v1 <= t:
        v1 = t + timedelta(hours=u(2, 6))
    fixed = chance(0.78 if fault != "motor_overheat" else 0.55)
    w.ev(c, v1, "tp_tech_visit", "fixed" if fixed else "part_needed", sr, channel="store",
         technician=c["technician"], visit_no=1, **kw)
    last = v1
    if not fixed:
        last = later(v1, 3, 8, 9, 18)
        w.ev(c, last, "tp_tech_visit", "fixed", sr, channel="store", technician=c["technician"], visit_no=2, **kw)
    w.ev(c, later(last, 0, 1.5), "tp_service_close", "closed", sr, channel="phone", **kw)
    if chance(0.45) and last <= TEND:
        w.order(c, last, round(u(280, 680), 0), "service_fee", "paid", channel="phone", job_id=sr,
                equipment_model=GRINDERS[model][0])
    if chance(0.3 if eur_bad else 0.18):
        complain(w, c, later(t, 0, 3), "grinder")
    state["grinder_pain"] = eur_bad


def lifecycle(w, c, start, exp_assign):
    """recurring orders from `start` until churn or TEND."""
    state = dict(n_orders=0, grinder_pain=False)
    interval = PLANS[c["plan"]]
    if c["plan"] != "adhoc" and not c["existing"]:
        w.ev(c, start + timedelta(minutes=ri(10, 120)), "tp_sub_start", "submit", None, channel="web",
             plan_frequency=c["plan"])
    t = start
    # grinder service calls (poisson per 30 days)
    next_call = None
    if c["grinder"]:
        next_call = start + timedelta(days=float(rng.exponential(30 / GRINDERS[c["grinder"]][1])))
    far = TEND + timedelta(days=999)
    price_churn = far
    notified = False
    next_review = start + timedelta(days=u(20, 90))
    am_bad = c["account_manager"] == "Li Hao"
    cancelled = None
    paused = False
    while t <= TEND:
        # price notice
        if t >= NOTICE and not notified and c["plan"] != "adhoc":
            notified = True
            if start <= NOTICE:
                var = "am_call" if chance(0.5) else "email_only"
                w.exps.append(dict(experiment_id="price_notice_2025", variant=var, customer_id=c["customer_id"],
                                   assigned_at=NOTICE.replace(hour=9)))
                if var == "am_call":
                    w.ev(c, biz(NOTICE - timedelta(days=u(0, 2)), 10, 18), "tp_am_call", "call", None,
                         channel="phone", reason="price_notice")
                w.ev(c, NOTICE + timedelta(minutes=ri(0, 90)), "tp_price_notice", "sent", None, channel="email",
                     increase_pct=12, variant=var)
                if chance(0.12):
                    complain(w, c, later(NOTICE, 0, 10), "price")
                p = 0.16 if var == "email_only" else 0.03
                if c["customer_type"] == "office":
                    p += 0.04
                if chance(p):
                    price_churn = NOTICE + timedelta(days=u(6, 80))
        if t >= price_churn:
            cancelled = (biz(price_churn, 9, 18), "price_increase")
            break
        while next_review <= t:
            if chance(0.2 if am_bad else 0.75):
                r = w.ev(c, biz(next_review, 10, 17), "tp_am_review", "visit", None, channel="store")
                if r and chance(0.08 if not am_bad else 0.01):
                    w.fb(c, later(next_review, 0, 2) if chance(0.85) else None, ["am"],
                         pick(["wecom", "survey", "call_note"]), rating=None)
            next_review += timedelta(days=u(80, 100))
        while next_call is not None and next_call <= t:
            service_call(w, c, biz(next_call, 8, 20), state)
            rate = GRINDERS[c["grinder"]][1]
            if c["grinder"] == "eureka_atom75" and next_call >= datetime(2025, 8, 20):
                rate = 0.3
            next_call += timedelta(days=float(rng.exponential(30 / rate)))
        # Chinese New Year pause 2026
        if not paused and datetime(2026, 2, 5) <= t < datetime(2026, 2, 20) and chance(0.35):
            paused = True
            w.ev(c, biz(datetime(2026, 2, 3), 9, 18), "tp_plan_change", "pause", None, channel="web",
                 change="holiday_pause")
            t = datetime(2026, 2, 23) + timedelta(days=u(0, 4))
            continue
        info = fulfil(w, c, biz(t, 8, 22), state)
        # churn hazard
        m = interval / 30
        reasons = {"business_closed": 0.004 * m, "switched_supplier": 0.004 * m + (0.03 * m if am_bad else 0)}
        if info and info["late"]:
            reasons["late_delivery"] = 0.05
        if info and info["dsr"] >= 8:
            reasons["stale_beans"] = 0.045
        if state["grinder_pain"]:
            reasons["equipment_issues"] = 0.02 * m
        ptot = sum(reasons.values())
        if chance(ptot):
            cancelled = (later(info["deliver"] if info else t, 1, 12, 9, 18), pickd(reasons))
            break
        if c["plan"] == "adhoc":
            t = t + timedelta(days=u(12, 40))
        else:
            t = t + timedelta(days=interval + u(-1, 1))
    if cancelled and cancelled[0] <= TEND:
        w.ev(c, cancelled[0], "tp_cancel", "cancel", None, channel=pick(["phone", "email", "web"]),
             cancel_reason=cancelled[1])
        c["cancelled_at"] = cancelled[0]
        if chance(0.25):
            w.fb(c, cancelled[0] if chance(0.5) else None, ["generic"], "call_note", tp="tp_cancel")
    c["n_orders"] = state["n_orders"]


def surveys(w, customers):
    qs = [datetime(2025, 4, 3), datetime(2025, 7, 3), datetime(2025, 10, 3), datetime(2026, 1, 5),
          datetime(2026, 4, 3), datetime(2026, 7, 3)]
    for q in qs:
        for c in customers:
            if c.get("first_order") is None or c["first_order"] > q - timedelta(days=20):
                continue
            if c.get("cancelled_at") and c["cancelled_at"] < q:
                continue
            if not chance(0.3):
                continue
            base = {"independent_cafe": 8.3, "chain_cafe": 7.8, "office": 7.4, "hotel": 6.9}[c["customer_type"]]
            if c["account_manager"] == "Li Hao":
                base -= 1.3
            if c["region"] == "southwest" and q == datetime(2026, 4, 3):
                base -= 2.2
            if c["region"] == "south" and q == datetime(2025, 10, 3):
                base -= 1.6
            nps = int(np.clip(round(rng.normal(base, 1.7)), 0, 10))
            topics = ["generic"]
            if nps <= 5 and chance(0.5):
                topics = [pick(["late", "stale", "grinder", "price", "invoice"],
                               [0.25, 0.35 if c["region"] == "southwest" else 0.1, 0.2, 0.2, 0.1])]
            elif nps >= 9 and chance(0.4):
                topics = [pick(["flavour", "am", "cupping"], [0.6, 0.3, 0.1])]
            w.fb(c, biz(q + timedelta(days=u(0, 10)), 9, 21), topics, "survey", tp="tp_survey", nps=nps)


def social(w):
    for _ in range(90):
        t = T0 + timedelta(days=u(0, (TEND - T0).days))
        topic = pick(["flavour", "stale", "late", "price", "generic"], [0.45, 0.15, 0.1, 0.15, 0.15])
        w.fb(None, t if chance(0.6) else None, [topic], "social", tp="tp_content", lang=pick(["zh", "en"], [0.8, 0.2]))


def generate():
    _check_templates()
    w = W()
    customers = []
    n_existing, n_leads = 480, 1350
    for i in range(n_existing):
        c = make_customer(i, datetime(2023, 3, 1) + timedelta(days=u(0, 660)), True)
        c["signup_at"] = biz(c["signup_at"], 9, 18)
        customers.append(c)
    for i in range(n_leads):
        c = make_customer(n_existing + i, None, False)
        c["signup_at"] = biz(growth_day(T0 + timedelta(days=4), TEND - timedelta(days=12)), 8, 22)
        customers.append(c)
    for c in customers:
        if c["existing"]:
            c["first_order"] = T0 + timedelta(days=u(0, PLANS[c["plan"]]))
            lifecycle(w, c, c["first_order"], None)
        else:
            fo = onboarding(w, c, c["signup_at"])
            c["first_order"] = fo if fo and fo <= TEND else None
            if c["first_order"]:
                lifecycle(w, c, fo, None)
    # stray invoice complaints and AM praise without a trigger
    active = [c for c in customers if c["first_order"]]
    for _ in range(30):
        c = pick(active)
        t = c["first_order"] + timedelta(days=u(5, 200))
        if t < TEND and not (c.get("cancelled_at") and t > c["cancelled_at"]):
            complain(w, c, biz(t), "invoice")
    surveys(w, customers)
    social(w)
    # AM call notes without timestamps
    for _ in range(70):
        c = pick(active)
        w.fb(c, None, [pick(["generic", "price", "late", "flavour"], [0.5, 0.2, 0.15, 0.15])], "call_note")
    # duplicated courier webhook rows
    dels = [e for e in w.events if e["touchpoint_id"] == "tp_deliver"]
    for j in rng.choice(len(dels), 36, replace=False):
        w.events.append(dict(dels[int(j)]))
    return w, customers


TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_content", "小红书/公众号内容", "Social content", "awareness", "social", "digital", "marketing",
     "小红书|公众号|xiaohongshu|content|种草"),
    ("tp_expo", "咖啡展会展位", "Coffee expo booth", "awareness", "store", "physical", "marketing",
     "展会|expo|trade show|HOTELEX"),
    ("tp_wholesale_page", "批发合作页", "Wholesale page", "consideration", "web", "digital", "marketing",
     "官网批发页|wholesale landing page"),
    ("tp_sample_request", "申请样品", "Sample request", "consideration", "web", "digital", "sales",
     "样品申请|要样|samples|sample pack"),
    ("tp_sample_ship", "样品寄出", "Samples shipped", "consideration", "other", "physical", "sales",
     "寄样|sample dispatch"),
    ("tp_tasting_visit", "上门杯测", "Tasting visit", "consideration", "store", "physical", "sales",
     "杯测|试饮拜访|cupping visit|tasting"),
    ("tp_quote", "批发报价", "Wholesale quote", "consideration", "email", "digital", "sales",
     "报价单|quote|proposal"),
    ("tp_order", "下单", "Order placed", "purchase", "web", "digital", "sales",
     "订货|订单|order|PO|首单|first order|reorder"),
    ("tp_sub_start", "开通定期供豆", "Recurring plan start", "purchase", "web", "digital", "sales",
     "订阅|定期配送|subscription|standing order"),
    ("tp_roast", "烘焙出炉", "Roasted", "service", "other", "physical", "roastery",
     "烘焙|出炉|roast|roast batch"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics", "出库|dispatch|shipping"),
    ("tp_deliver", "门店签收", "Delivered", "service", "other", "physical", "logistics",
     "送达|签收|delivery|drop"),
    ("tp_invoice", "开具发票", "Invoice issued", "service", "email", "digital", "finance", "开票|账单|invoice|bill"),
    ("tp_payment", "到账回款", "Payment received", "service", "other", "digital", "finance",
     "回款|收款|payment|cash in"),
    ("tp_service_request", "设备报修", "Equipment service request", "service", "phone", "physical", "tech_service",
     "报修|维修申请|service call|breakdown"),
    ("tp_tech_visit", "技师上门", "Technician visit", "service", "store", "physical", "tech_service",
     "上门维修|technician|engineer visit"),
    ("tp_service_close", "维修完结", "Service closed", "service", "phone", "digital", "tech_service",
     "工单关闭|ticket closed"),
    ("tp_am_review", "客户经理回访", "Account review visit", "loyalty", "store", "physical", "account_management",
     "季度回访|QBR|account review|拜访"),
    ("tp_am_call", "客户经理来电", "Account manager call", "loyalty", "phone", "physical", "account_management",
     "经理电话|AM call"),
    ("tp_price_notice", "调价通知", "Price increase notice", "loyalty", "email", "digital", "account_management",
     "涨价通知|price change|price increase"),
    ("tp_plan_change", "暂停/变更计划", "Plan pause / change", "loyalty", "web", "digital", "sales",
     "暂停配送|pause|plan change"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "physical", "customer_care", "客诉|complaint"),
    ("tp_survey", "季度满意度调研", "Quarterly NPS survey", "loyalty", "email", "digital", "customer_care",
     "NPS调研|问卷|survey"),
    ("tp_cancel", "停止合作", "Account cancelled", "loyalty", "phone", "physical", "account_management",
     "流失|解约|取消订阅|churn|cancel"),
]
JOURNEYS = [
    ("onboarding", "样品到首单", "Sample to first order", 45,
     ["tp_sample_request", "tp_sample_ship", "tp_tasting_visit", "tp_order"]),
    ("roast_ship", "烘焙发货到签收", "Roast and ship", 14, ["tp_order", "tp_roast", "tp_ship", "tp_deliver"]),
    ("service_call", "设备报修处理", "Equipment service call", 21,
     ["tp_service_request", "tp_tech_visit", "tp_service_close"]),
    ("invoice_to_cash", "开票到回款", "Invoice to cash", 120, ["tp_invoice", "tp_payment"]),
]


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        for r in rows:
            wr.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    w, customers = generate()
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                         "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    spend = {}
    for o in w.orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
    vip_cut = float(np.quantile(list(spend.values()), 0.9))
    late_payers = {e["customer_id"] for e in w.events if e["touchpoint_id"] == "tp_payment"
                   and e["days_overdue"] > 20 and e["ts"] >= TEND - timedelta(days=90)}
    for c in customers:
        if not c["first_order"]:
            seg = "prospect"
        elif c.get("cancelled_at"):
            seg = "churned"
        elif c["first_order"] >= TEND - timedelta(days=60):
            seg = "new"
        elif c["customer_id"] in late_payers:
            seg = "at_risk"
        elif spend.get(c["customer_id"], 0) >= vip_cut:
            seg = "vip"
        else:
            seg = "returning"
        c["segment"] = seg
        c["客户经理"] = AM_ZH[c["account_manager"]]
        c["城市"] = CITY_ZH[c["city"]]
        c["grinder_model"] = GRINDERS[c["grinder"]][0] if c["grinder"] else "none"
        c["region_name"] = c["region_en"]
        if not c["first_order"]:
            c["plan"] = "none"
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "区域", "region_name", "acquisition_channel", "获客渠道",
           "tier", "customer_type", "客户类型", "city", "城市", "account_manager", "客户经理", "roastery", "plan",
           "payment_terms", "grinder_model", "lang"])
    w.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", w.events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "region",
           "区域", "customer_type", "客户类型", "roastery", "account_manager", "客户经理", "plan", "order_seq", "product", "产品",
           "kg", "price_per_kg", "roast_batch", "carrier", "承运商", "promised_by", "late", "days_since_roast",
           "invoice_amount", "payment_terms", "amount_received", "days_overdue", "payment_method", "equipment",
           "equipment_model", "fault", "technician", "visit_no", "complaint_topic", "cancel_reason", "plan_frequency",
           "change", "increase_pct", "variant", "reason", "sample_set", "coffees_cupped", "quoted_price_per_kg",
           "lost_reason", "expo", "utm_source"])
    w.orders.sort(key=lambda o: o["ts"])
    write(out / "orders.csv", w.orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "product", "产品",
           "kg", "price_per_kg", "region", "区域", "customer_type", "roastery", "account_manager", "plan",
           "payment_terms", "carrier", "equipment_model", "job_id", "refunded_at"])
    write(out / "feedback.csv", w.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "区域", "customer_type", "account_manager"])
    write(out / "experiments.csv", w.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print({"customers": len(customers), "events": len(w.events), "orders": len(w.orders),
           "feedback": len(w.feedback), "experiments": len(w.exps)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
