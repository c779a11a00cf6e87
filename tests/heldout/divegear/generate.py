"""深蓝潜装 DeepReef Dive Supply: scuba gear servicing and sales in four coastal towns — 三亚 Sanya (Hainan, all year,
winter peak), 厦门 Xiamen (Fujian, spring–autumn), 北海涠洲岛 Weizhou Island (Guangxi, summer) and 威海 Weihai
(Shandong, short summer season) — plus an online shop (WeChat mini program and web) shipped from the Xiamen warehouse.

What customers do with us:
- online orders: visit the shop → add to cart → check out (paid) → courier (SF or ZTO) → delivered; some return items;
- regulator servicing (调节器保养): book a service slot → drop the regulator at a store → the technician inspects and
  quotes parts (approved / declined) → service done → customer picks it up → rates the service; a serviced regulator
  that free-flows or leaks comes back as a rework (返修);
- cylinder testing (气瓶检测): drop cylinders at a store → hydrostatic test per cylinder (pass / fail; failed cylinders
  are condemned) → pick up;
- rentals (装备租赁): book a kit in the mini program → pick it up at the store (paid, deposit held) → return it →
  deposit refunded (minus any deduction for damage or lost items).
Events 2025-01-01 .. 2026-06-30 (extract 2026-07-06, months before "today" 2026-12-01). Naive local times, CNY.

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

SEED = 20260706
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 6500
AB = ("free_ship_599", datetime(2026, 3, 1), datetime(2026, 6, 1))   # free shipping from 599 vs control (from 999)
XM_BACKORDER = (datetime(2026, 3, 1), datetime(2026, 6, 1))           # Mares parts backorder at Xiamen
SY_DEPOSIT = datetime(2025, 10, 1)                                     # Sanya: deposits go through HQ finance

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_shop_visit", "逛网店", "Online shop visit", "awareness", "mini_program", "digital", "ecommerce",
     "网店|小程序商城|逛店|看装备|浏览商品|shop visit|browsing|webshop|store page"),
    ("tp_cart", "加购物车", "Added to cart", "consideration", "mini_program", "digital", "ecommerce",
     "加购|购物车|加车|cart|add to basket|basket"),
    ("tp_checkout", "下单付款", "Checkout paid", "purchase", "mini_program", "digital", "ecommerce",
     "下单|结算|付款|买了|checkout|paid order|purchase"),
    ("tp_ship", "快递发出", "Parcel shipped", "purchase", "other", "digital", "warehouse",
     "发货|发快递|出库|shipped|dispatch|shipping"),
    ("tp_delivered", "快递签收", "Parcel delivered", "service", "other", "physical", "warehouse",
     "签收|收到货|到货|delivered|received|delivery"),
    ("tp_return", "网店退货", "Online return", "service", "mini_program", "digital", "customer service",
     "退货|退换|寄回|return|send back|RMA"),
    ("tp_svc_book", "预约保养", "Service booked", "consideration", "mini_program", "digital", "workshop",
     "约保养|预约维修|调节器预约|送修预约|service booking|book a service|reg service booking"),
    ("tp_svc_dropoff", "送修收件", "Regulator dropped off", "service", "store", "physical", "workshop",
     "送修|收件|送调节器|drop off|drop-off|handed in"),
    ("tp_svc_quote", "检测报价", "Inspection quote", "service", "phone", "digital", "workshop",
     "报价|检测|配件报价|quote|parts quote|inspection"),
    ("tp_svc_done", "保养完成", "Service completed", "service", "store", "physical", "workshop",
     "修好|保养好了|完工|service done|completed|overhaul done"),
    ("tp_svc_pickup", "取回调节器", "Regulator picked up", "service", "store", "physical", "workshop",
     "取件|取回|拿回调节器|pickup|collected"),
    ("tp_svc_review", "保养评价", "Service rating", "loyalty", "mini_program", "digital", "workshop",
     "保养评分|维修评价|打分|service rating|workshop review|stars"),
    ("tp_svc_rework", "保养返修", "Service rework", "service", "store", "physical", "workshop",
     "返修|返工|二次维修|又漏气|自由流|rework|redo|came back|free flow"),
    ("tp_cyl_dropoff", "气瓶送检", "Cylinders dropped off", "service", "store", "physical", "fill station",
     "送检|气瓶送检|送瓶|打压送检|cylinder drop-off|tank drop-off"),
    ("tp_hydro_test", "水压测试", "Hydrostatic test", "service", "store", "physical", "fill station",
     "打压|水压|水检|气瓶检测|年检|hydro|hydro test|tank test|cylinder test"),
    ("tp_cyl_pickup", "取回气瓶", "Cylinders picked up", "service", "store", "physical", "fill station",
     "取瓶|拿瓶|cylinder pickup|tank pickup"),
    ("tp_rent_book", "租赁预订", "Rental booked", "purchase", "mini_program", "digital", "rental desk",
     "租装备|订租赁|预订装备|rental booking|book rental|hire booking"),
    ("tp_rent_pickup", "取租赁装备", "Rental picked up", "service", "store", "physical", "rental desk",
     "取装备|领装备|提货|rental pickup|collect gear"),
    ("tp_rent_return", "归还装备", "Rental returned", "service", "store", "physical", "rental desk",
     "还装备|归还|退租|rental return|gear returned|drop back"),
    ("tp_deposit_refund", "押金退还", "Deposit refunded", "loyalty", "other", "digital", "finance",
     "退押金|押金到账|押金|deposit refund|deposit back|deposit returned"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_order", "网店购物", "Online order", ["tp_shop_visit", "tp_cart", "tp_checkout", "tp_delivered"], 10),
    ("reg_service", "调节器保养", "Regulator service", ["tp_svc_book", "tp_svc_dropoff", "tp_svc_done",
                                                   "tp_svc_pickup"], 45),
    ("cylinder_test", "气瓶检测", "Cylinder testing", ["tp_cyl_dropoff", "tp_hydro_test", "tp_cyl_pickup"], 30),
    ("rental", "装备租赁", "Gear rental", ["tp_rent_book", "tp_rent_pickup", "tp_rent_return", "tp_deposit_refund"],
     30),
    ("service_rework", "保养返修", "Service rework", ["tp_svc_pickup", "tp_svc_rework"], 30),
]
STORES = {  # id: zh, en, month weights Jan..Dec
    "SY": ("三亚大东海店", "Sanya Dadonghai", [10, 10, 9, 8, 6, 5, 5, 5, 5, 7, 9, 10]),
    "XM": ("厦门五缘湾店", "Xiamen Wuyuan Bay", [3, 3, 6, 8, 9, 9, 9, 9, 8, 7, 4, 3]),
    "WZ": ("涠洲岛店", "Weizhou Island", [2, 2, 4, 6, 8, 9, 10, 10, 8, 5, 3, 2]),
    "WH": ("威海店", "Weihai", [0, 0, 1, 2, 5, 9, 10, 10, 6, 2, 0, 0]),
}
TECHS = {  # id: store, en, zh, mean stars, rework probability, start
    "T01": ("SY", "Marco Li", "李马可", 3.9, 0.16, START), "T02": ("SY", "Chen Hao", "陈浩", 4.5, 0.03, START),
    "T03": ("XM", "Lin Wei", "林伟", 4.4, 0.03, START), "T04": ("XM", "Zheng Yu", "郑宇", 4.3, 0.04, START),
    "T05": ("WZ", "Huang Jie", "黄杰", 4.4, 0.03, START), "T06": ("WZ", "Mo Fan", "莫凡", 4.6, 0.02, START),
    "T07": ("WH", "Sun Qiang", "孙强", 4.5, 0.03, START),
    "T08": ("XM", "Kevin Wu", "吴凯", 1.8, 0.05, datetime(2026, 6, 1)),    # trainee, June 2026 only: few ratings
}
BRANDS = {"Scubapro": 0.32, "Apeks": 0.26, "Mares": 0.24, "Aqualung": 0.18}
CHANNELS = {"xiaohongshu": ("小红书", 0.33), "dive_center": ("潜店推荐", 0.20), "search": ("搜索", 0.17),
            "walk_in": ("到店", 0.18), "wechat": ("微信社群", 0.12)}
P_CART = {"xiaohongshu": 0.34, "dive_center": 0.58, "search": 0.48, "walk_in": 0.50, "wechat": 0.52}
REGIONS = [("Shanghai", "上海", 0.17), ("Beijing", "北京", 0.12), ("Shenzhen", "深圳", 0.12),
           ("Guangzhou", "广州", 0.10), ("Xiamen", "厦门", 0.10), ("Hainan", "海南", 0.10),
           ("Shandong", "山东", 0.09), ("Guangxi", "广西", 0.07), ("Hong Kong", "香港", 0.06),
           ("Overseas", "海外", 0.07)]
HOME_STORE = {"Hainan": "SY", "Xiamen": "XM", "Guangxi": "WZ", "Shandong": "WH"}
CERTS = [("OW", "开放水域", 0.38), ("AOW", "进阶开放水域", 0.32), ("Rescue", "救援潜水员", 0.14),
         ("DM", "潜水长", 0.10), ("Instructor", "教练", 0.06)]
PLANS = {"none": "无", "club": "俱乐部会员", "club_plus": "俱乐部Plus"}
KITS = {"full_set": ("全套装备", 260), "bcd_reg": ("BCD+调节器", 180), "wetsuit": ("湿衣", 60),
        "computer": ("潜水电脑表", 80)}
ORDER_TYPE_ZH = {"online_gear": "网店商品", "reg_service": "调节器保养", "cylinder_test": "气瓶检测",
                 "rental": "装备租赁", "rework": "返修"}
GEAR = [("mask", "面镜", 260, 0.22), ("fins", "脚蹼", 680, 0.18), ("computer", "潜水电脑表", 2600, 0.12),
        ("bcd", "BCD浮力背心", 3800, 0.08), ("regulator", "调节器", 5200, 0.07), ("wetsuit", "湿衣", 1200, 0.15),
        ("torch", "潜水手电", 560, 0.10), ("accessories", "配件", 120, 0.08)]

# ---------- feedback texts: every topic has one marker per language (README) ----------
TEXTS = {
    "svc_slow": (
        ["保养周期太长了，说好一周结果等了三周", "调节器送去保养周期快一个月，下潜计划都耽误了",
         "保养周期一拖再拖，一直说配件没到", "就换个膜片，保养周期要二十天？"],
        ["Service took forever, three weeks for a basic overhaul", "My regulator service took forever, parts on backorder",
         "Took forever to get my reg back, missed my trip"]),
    "leak": (
        ["刚保养完二级头就漏气，下水自由流", "保养回来一级头漏气，又送回去返修", "拿回来就漏气，白保养了"],
        ["Second stage started to leak right after the service", "Reg came back with a slow leak from the first stage",
         "Free-flowing and a leak at the hose, had to send it back"]),
    "deposit": (
        ["押金一个多星期还没退", "还了装备押金迟迟不到账，客服说要总部审核", "押金退得太慢了，1000块压着"],
        ["Still waiting on my deposit a week after returning the gear", "Deposit took ages to come back",
         "Where is my deposit? Returned everything in perfect shape"]),
    "shipping": (
        ["快递走了一个星期才到", "中通快递太慢，面镜盒子还压坏了", "快递一直不更新物流"],
        ["Parcel sat in the courier depot for days, slow shipping", "Shipping was slow and the box was crushed",
         "Shipping took a week to Shanghai"]),
    "fit": (
        ["租的湿衣不合身，袖子太长", "湿衣尺码不对，太紧了不合身", "脚蹼不合身，磨脚"],
        ["Rental wetsuit didn't fit at all", "The fins didn't fit, blisters after one dive"]),
    "price": (
        ["保养费太贵了，配件费另算", "网店价格太贵，比海淘贵不少", "租一天全套太贵了"],
        ["Overpriced parts for a simple service", "A bit overpriced compared to buying abroad"]),
    "thorough": (
        ["师傅很细心，把每个O圈都换了还拍了照片", "检测得很细心，报告写得清清楚楚", "技师细心又耐心，讲解了保养项目"],
        ["Very thorough technician, sent photos of every part", "Thorough inspection and a clear report",
         "Thorough and friendly, explained the IP check"]),
    "reliable": (
        ["一直在这家保养，很靠谱", "装备靠谱，下潜一周没出问题", "店家靠谱，推荐给潜友了"],
        ["Reliable shop, my gear always comes back right", "Reliable rental kit, no issues all week",
         "Reliable and honest advice on what to replace"]),
    "neutral": (
        ["还行，门店停车不方便", "一般，流程正常", "整体还可以，没什么特别的"],
        ["It was ok, parking near the store is hard", "Normal experience, nothing special", "Fine overall"]),
}
NEGATIVE = {"svc_slow", "leak", "deposit", "shipping", "fit", "price"}
POSITIVE = {"thorough", "reliable"}


def pick(seq):
    return seq[int(rng.integers(len(seq)))]


def wchoice(keys, probs):
    p = np.array(probs, dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def daytime(day, lo=9, hi=19):
    return datetime(day.year, day.month, day.day) + D(hours=float(rng.uniform(lo, hi)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def ev(self, c, tp, t, action, session="", device="", channel="", **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:06d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=session, action=action, device=device, channel=channel)
        s = kw.pop("store", None)
        if s:
            row.update(store_id=s, store=STORES[s][0], store_en=STORES[s][1])
        tech = kw.pop("tech", None)
        if tech:
            row.update(technician_id=tech, technician=TECHS[tech][1], 技师=TECHS[tech][2])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, amount, otype, session, store=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        lp = kw.pop("list_price", amount)
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, order_type=otype, 订单类型=ORDER_TYPE_ZH[otype], booking_id=session,
                   list_price=f"{lp:.2f}", discount=f"{lp - amount:.2f}", currency="CNY",
                   pay_channel=wchoice(["wechat_pay", "alipay", "card"], [0.62, 0.3, 0.08]))
        if store:
            row.update(store_id=store, store=STORES[store][0], store_en=STORES[store][1])
        row.update(kw)
        self.orders.append(row)
        if status == "paid":
            c["spend"] += amount
            c["last_paid"] = max(c["last_paid"], fmt(t))
        return row

    def fb(self, c, t, tp, channel, topics, store=None, tech=None, rating=None, nps=None, no_ts=False, session=""):
        if t > END:
            return
        self.n_fb += 1
        lang = c.get("language") or ("zh" if rng.random() < 0.8 else "en")
        parts = [pick(TEXTS[tp_][0 if lang == "zh" else 1]) for tp_ in topics]
        text = ("，" if lang == "zh" else ". ").join(parts)
        neg = any(x in NEGATIVE for x in topics)
        pos = any(x in POSITIVE for x in topics)
        senti = "negative" if neg else "positive" if pos else "neutral"
        row = dict(feedback_id=f"FB{self.n_fb:05d}", text=text, ts="" if no_ts else fmt(t),
                   customer_id=c.get("customer_id", ""), touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   booking_id=session)
        if store:
            row.update(store_id=store, store=STORES[store][0], store_en=STORES[store][1])
        if tech:
            row.update(technician_id=tech, technician=TECHS[tech][1], 技师=TECHS[tech][2])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=row["feedback_id"], topics="|".join(t_ for t_ in topics if t_ != "neutral"),
                               sentiment=senti))

    def session(self, prefix):
        self.n_sess += 1
        return f"{prefix}{self.n_sess:06d}"


MONTHS = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 6)]


def rand_day(weights_by_month, growth=True):
    w = np.array([weights_by_month[m - 1] * (1.35 if (growth and y == 2026) else 1.0) + 0.05 for y, m in MONTHS])
    y, m = MONTHS[int(rng.choice(len(MONTHS), p=w / w.sum()))]
    nd = (datetime(y + (m == 12), m % 12 + 1, 1) - datetime(y, m, 1)).days
    return datetime(y, m, 1) + D(days=int(rng.integers(nd)))


def tech_for(store, t):
    cands = [k for k, v in TECHS.items() if v[0] == store and v[5] <= t]
    if store == "XM" and t >= TECHS["T08"][5] and rng.random() < 0.5:
        return "T08"
    cands = [k for k in cands if k != "T08"]
    return pick(cands)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    customers = []
    for i in range(N_CUST):
        reg = wchoice([r[0] for r in REGIONS], [r[2] for r in REGIONS])
        ch = wchoice(list(CHANNELS), [v[1] for v in CHANNELS.values()])
        home = HOME_STORE.get(reg) or wchoice(list(STORES), [0.4, 0.25, 0.2, 0.15])
        cert = wchoice([x[0] for x in CERTS], [x[2] for x in CERTS])
        plan = wchoice(list(PLANS), [0.72, 0.2, 0.08])
        lang = "en" if (reg in ("Hong Kong", "Overseas") and rng.random() < 0.7) or rng.random() < 0.12 else "zh"
        signup = START - D(days=400) + D(days=float(rng.uniform(0, 400 + 545)))
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=fmt(signup), region=reg,
                 常住城市=[r[1] for r in REGIONS if r[0] == reg][0], acquisition_channel=ch, 获客渠道=CHANNELS[ch][0],
                 plan=plan, 会员计划=PLANS[plan], cert_level=cert, 潜水证书=[x[1] for x in CERTS if x[0] == cert][0],
                 home_store=home, language=lang, spend=0.0, last_paid="", signup=signup)
        customers.append(c)
        life(g, c)
    finish(g, customers, out)


def life(g: Gen, c):
    t_min = max(START, c["signup"])
    # online shop visits
    for _ in range(int(rng.choice([0, 1, 1, 2, 2, 3]))):
        t = rand_day([5, 5, 7, 8, 9, 9, 9, 8, 7, 6, 8, 9]) + D(hours=float(rng.uniform(8, 23)))
        if t >= t_min:
            online(g, c, t)
    # regulator services
    n_svc = int(rng.choice([0, 0, 1, 1, 2], p=[0.35, 0.2, 0.25, 0.12, 0.08]))
    for _ in range(n_svc):
        store = c["home_store"] if rng.random() < 0.8 else wchoice(list(STORES), [0.4, 0.3, 0.2, 0.1])
        t = daytime(rand_day(STORES[store][2]), 8, 22)
        if t >= t_min:
            service(g, c, store, t)
    # cylinder tests (divers owning tanks: DM / instructors more)
    p_cyl = 0.55 if c["cert_level"] in ("DM", "Instructor") else 0.12
    if rng.random() < p_cyl:
        for _ in range(int(rng.choice([1, 1, 2]))):
            store = c["home_store"]
            t = daytime(rand_day(STORES[store][2]))
            if t >= t_min:
                cylinders(g, c, store, t)
    # rentals (travelling divers)
    n_rent = int(rng.choice([0, 1, 2, 3], p=[0.45, 0.33, 0.15, 0.07]))
    for _ in range(n_rent):
        store = wchoice(list(STORES), [0.42, 0.22, 0.24, 0.12])
        t = daytime(rand_day(STORES[store][2]), 8, 23)
        if t >= t_min:
            rental(g, c, store, t)


def online(g, c, t):
    sess = g.session("OL")
    dev = wchoice(["ios", "android", "pc"], [0.42, 0.38, 0.20])
    chan = "web" if dev == "pc" else "mini_program"
    variant = None
    if AB[1] <= t < AB[2] and not c.get("ab"):
        variant = "free_ship_599" if rng.random() < 0.5 else "control"
        c["ab"] = variant
        g.exp.append(dict(experiment_id=AB[0], variant=variant, customer_id=c["customer_id"], assigned_at=fmt(t)))
    g.ev(c, "tp_shop_visit", t, "view", sess, dev, chan, landing=wchoice(["home", "product", "campaign"], [4, 4, 2]))
    if rng.random() > P_CART[c["acquisition_channel"]]:
        return
    t = t + D(minutes=float(rng.uniform(1, 40))) + (D(days=int(rng.integers(1, 4))) if rng.random() < 0.25 else D())
    items = [wchoice([x[0] for x in GEAR], [x[3] for x in GEAR]) for _ in range(int(rng.choice([1, 1, 1, 2, 3])))]
    price = sum([x[2] for x in GEAR if x[0] == it][0] * float(rng.uniform(0.85, 1.3)) for it in items)
    g.ev(c, "tp_cart", t, "click", sess, dev, chan, items=len(items), cart_value=round(price, 2))
    p_co = 0.44 if dev != "android" else 0.30
    if c.get("ab") and AB[1] <= t < AB[2] + D(days=10):
        p_co = (0.60 if dev != "android" else 0.45) if c["ab"] == "free_ship_599" else p_co
    if rng.random() > p_co:
        return
    t = t + D(minutes=float(rng.uniform(2, 30))) + (D(days=int(rng.integers(1, 3))) if rng.random() < 0.2 else D())
    disc = 0.9 if c["plan"] != "none" else 1.0
    amount = round(price * disc, 2)
    ship_fee = 0 if amount >= (599 if c.get("ab") == "free_ship_599" else 999) else 15
    courier = wchoice(["SF", "ZTO"], [0.6, 0.4])
    g.ev(c, "tp_checkout", t, "submit", sess, dev, chan, amount=amount, shipping_fee=ship_fee,
         category=items[0], 商品类别=[x[1] for x in GEAR if x[0] == items[0]][0])
    ret = rng.random() < 0.07
    o = g.order(c, t, amount + ship_fee, "online_gear", sess, None, "paid", list_price=round(price + ship_fee, 2),
                channel=chan, device=dev, category=items[0], courier=courier)
    ts = daytime(t.date() + D(days=int(rng.integers(0, 2)) + (t.hour >= 16)), 10, 18)
    g.ev(c, "tp_ship", ts, "success", sess, dev, "other", courier=courier)
    lag = float(rng.uniform(1, 3)) if courier == "SF" else float(rng.gamma(4, 1.3)) + 1.5
    td = ts + D(days=lag)
    g.ev(c, "tp_delivered", td, "success", sess, dev, "other", courier=courier, delivery_days=round(lag, 2))
    if o is None or td > END:
        return
    p_fb = 0.35
    if rng.random() < p_fb:
        topics = []
        if courier == "ZTO" and lag > 5 and rng.random() < 0.7:
            topics.append("shipping")
        if rng.random() < 0.08:
            topics.append("price")
        if not topics:
            topics = [wchoice(["reliable", "neutral"], [0.6, 0.4])]
        rating = 2 if "shipping" in topics else int(rng.choice([4, 5, 5])) if "reliable" in topics else 3
        g.fb(c, td + D(hours=float(rng.uniform(2, 72))), "tp_delivered", "shop_review", topics, rating=rating,
             session=sess)
    if ret:
        tr = td + D(days=float(rng.uniform(1, 10)))
        if tr <= END:
            g.ev(c, "tp_return", tr, "submit", sess, dev, chan, return_reason=wchoice(
                ["wrong_size", "defective", "changed_mind"], [0.5, 0.2, 0.3]))
            o["status"] = "returned"
            c["spend"] -= amount + ship_fee


def service(g, c, store, t):
    sess = g.session("SV")
    brand = wchoice(list(BRANDS), list(BRANDS.values()))
    g.ev(c, "tp_svc_book", t, "submit", sess, wchoice(["ios", "android"], [0.5, 0.5]), "mini_program", store=store,
         brand=brand, service_type=wchoice(["annual", "overhaul"], [0.6, 0.4]))
    if rng.random() > 0.84:
        return
    t1 = daytime(t.date() + D(days=int(rng.integers(1, 8))))
    tech = tech_for(store, t1)
    g.ev(c, "tp_svc_dropoff", t1, "success", sess, "", "store", store=store, tech=tech, brand=brand)
    parts = round(float(rng.choice([0, 120, 260, 420, 680], p=[0.25, 0.3, 0.25, 0.15, 0.05])), 2)
    base = 380.0
    tq = t1 + D(hours=float(rng.uniform(20, 60)))
    approve = rng.random() < (0.92 if parts < 600 else 0.6)
    g.ev(c, "tp_svc_quote", tq, "success" if approve else "fail", sess, "", "phone", store=store, tech=tech,
         brand=brand, quote_amount=base + parts, approved="yes" if approve else "no")
    backorder = store == "XM" and brand == "Mares" and XM_BACKORDER[0] <= t1 < XM_BACKORDER[1]
    if approve:
        days = float(rng.gamma(6, 2.6)) + 8 if backorder else float(rng.gamma(4, 1.1)) + 1.5
        td = t1 + D(days=days)
        g.ev(c, "tp_svc_done", td, "success", sess, "", "store", store=store, tech=tech, brand=brand,
             turnaround_days=round(days, 2), parts_backorder="yes" if backorder else "no")
        g.order(c, td, base + parts, "reg_service", sess, store, list_price=base + parts, brand=brand,
                technician_id=tech)
    else:
        td = tq + D(hours=2)
    if rng.random() > 0.95:
        return
    tp = daytime(td.date() + D(days=int(rng.integers(1, 7))), 10, 20)
    g.ev(c, "tp_svc_pickup", tp, "success", sess, "", "store", store=store, tech=tech, brand=brand)
    if not approve or tp > END:
        return
    rework = rng.random() < TECHS[tech][4]
    tr = tp + D(days=float(rng.uniform(2, 25)))
    if rework:
        g.ev(c, "tp_svc_rework", tr, "submit", sess, "", "store", store=store, tech=tech, brand=brand,
             rework_reason=wchoice(["free_flow", "hp_leak", "ip_drift"], [0.45, 0.4, 0.15]))
    if rng.random() < 0.62:
        slow = days > 14
        topics = []
        if slow and rng.random() < 0.8:
            topics.append("svc_slow")
        if rework and rng.random() < 0.85:
            topics.append("leak")
        if parts >= 420 and rng.random() < 0.3:
            topics.append("price")
        mean = TECHS[tech][3] - (1.6 if slow else 0) - (1.5 if rework else 0)
        stars = int(np.clip(round(rng.normal(mean, 0.7)), 1, 5))
        if not topics:
            topics = [wchoice(["thorough", "reliable", "neutral"], [0.45, 0.3, 0.25])] if stars >= 4 else ["neutral"]
        tf = (tr + D(hours=float(rng.uniform(1, 30)))) if rework else tp + D(hours=float(rng.uniform(2, 48)))
        g.fb(c, tf, "tp_svc_review", "service_rating", topics, store, tech, rating=stars, session=sess)


def cylinders(g, c, store, t):
    sess = g.session("CY")
    n = int(rng.choice([1, 1, 2, 2, 3, 4]))
    g.ev(c, "tp_cyl_dropoff", t, "success", sess, "", "store", store=store, cylinders=n)
    tt = daytime(t.date() + D(days=int(rng.integers(1, 5))))
    fails = 0
    for k in range(n):
        mat = wchoice(["aluminium", "steel"], [0.7, 0.35] if store == "WZ" else [0.55, 0.45])
        age = int(rng.integers(1, 16)) + (4 if store == "WZ" else 0)
        p = (0.30 if store == "WZ" else 0.09) if mat == "aluminium" else (0.12 if store == "WZ" else 0.04)
        res = "fail" if rng.random() < p else "pass"
        fails += res == "fail"
        g.ev(c, "tp_hydro_test", tt + D(minutes=20 * k), res, sess, "", "store", store=store,
             cylinder_id=f"{sess}-{k + 1}", cylinder_material=mat, 气瓶材质="铝瓶" if mat == "aluminium" else "钢瓶",
             cylinder_age_years=age, test_result=res, 检测结果="合格" if res == "pass" else "不合格报废")
    g.order(c, tt, 150.0 * n, "cylinder_test", sess, store, list_price=150.0 * n, cylinders=n)
    if rng.random() < 0.93:
        tp = daytime(tt.date() + D(days=int(rng.integers(1, 10))))
        g.ev(c, "tp_cyl_pickup", tp, "success", sess, "", "store", store=store, condemned=fails)
    if rng.random() < 0.15:
        g.fb(c, tt + D(days=2), "tp_hydro_test", "wechat_ticket",
             [wchoice(["price", "thorough", "neutral"], [0.3, 0.4, 0.3])], store)


def rental(g, c, store, t):
    sess = g.session("RT")
    kit = wchoice(list(KITS), [0.45, 0.25, 0.2, 0.1])
    days = int(rng.choice([1, 2, 3, 4, 5, 7], p=[0.25, 0.25, 0.2, 0.12, 0.1, 0.08]))
    start = t + D(days=int(rng.integers(1, 15)))
    price = KITS[kit][1] * days
    disc = 0.85 if c["plan"] == "club_plus" else 0.95 if c["plan"] == "club" else 1.0
    g.ev(c, "tp_rent_book", t, "submit", sess, wchoice(["ios", "android"], [0.55, 0.45]), "mini_program", store=store,
         kit=kit, 套餐=KITS[kit][0], rental_days=days, start_date=start.strftime("%Y-%m-%d"))
    if rng.random() < 0.12:
        g.order(c, t, price * disc, "rental", sess, store, "cancelled", list_price=price, kit=kit)
        return
    tp = daytime(start.date(), 7, 10)
    deposit = 1000.0 if kit in ("full_set", "bcd_reg") else 300.0
    g.ev(c, "tp_rent_pickup", tp, "success", sess, "", "store", store=store, kit=kit, 套餐=KITS[kit][0],
         deposit=deposit, agent=pick(["阿杰 AJ", "小美 May", "老陈 Chen", "Nina 妮娜"]))
    g.order(c, tp, price * disc, "rental", sess, store, list_price=price, kit=kit)
    if rng.random() < 0.04:
        return                                     # still out / not logged
    tr = daytime(start.date() + D(days=days), 15, 19)
    g.ev(c, "tp_rent_return", tr, "success", sess, "", "store", store=store, kit=kit, 套餐=KITS[kit][0])
    deduct = float(rng.choice([100, 200, 450])) if rng.random() < 0.07 else 0.0
    slow = store == "SY" and tr >= SY_DEPOSIT
    lag = float(rng.gamma(5, 1.9)) + 1 if slow else float(rng.gamma(2, 0.6)) + 0.1
    trf = tr + D(days=lag)
    g.ev(c, "tp_deposit_refund", trf, "success", sess, "", "other", store=store, deposit=deposit,
         deduction=deduct, refund_amount=deposit - deduct, refund_days=round(lag, 2))
    if tr <= END and rng.random() < 0.4:
        topics = []
        if lag > 5 and rng.random() < 0.75:
            topics.append("deposit")
        if kit in ("wetsuit", "full_set") and rng.random() < 0.12:
            topics.append("fit")
        if rng.random() < 0.05:
            topics.append("price")
        if not topics:
            topics = [wchoice(["reliable", "neutral"], [0.55, 0.45])]
        neg = any(x in NEGATIVE for x in topics)
        rating = int(rng.choice([1, 2, 3], p=[0.3, 0.5, 0.2])) if neg else int(rng.choice([3, 4, 5], p=[0.2, 0.4, 0.4]))
        nps = int(rng.integers(0, 7)) if neg else int(rng.choice(range(6, 11)))
        tf = max(tr + D(hours=3), trf + D(hours=1)) if "deposit" in topics else tr + D(hours=float(rng.uniform(2, 30)))
        g.fb(c, tf, "tp_rent_return", "rental_survey", topics, store, rating=rating, nps=nps, session=sess)


def finish(g: Gen, customers, out: Path):
    # free-text tickets, call notes and Dianping reviews not tied to a survey; some undated
    for c in customers:
        if c["last_paid"] and rng.random() < 0.07:
            topics = [wchoice(["svc_slow", "deposit", "shipping", "leak", "fit", "price", "thorough", "neutral"],
                              [0.14, 0.14, 0.12, 0.1, 0.06, 0.14, 0.18, 0.12])]
            tp = {"svc_slow": "tp_svc_done", "deposit": "tp_deposit_refund", "shipping": "tp_delivered",
                  "leak": "tp_svc_rework", "fit": "tp_rent_pickup"}.get(topics[0], "")
            chan = wchoice(["wechat_ticket", "call_note", "dianping_review"], [0.45, 0.25, 0.3])
            no_ts = chan == "dianping_review" and rng.random() < 0.6 or chan == "call_note" and rng.random() < 0.3
            t = datetime.strptime(c["last_paid"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(0.5, 6)))
            store = c["home_store"]
            if topics[0] == "svc_slow":
                store = "XM" if rng.random() < 0.75 else store
            if topics[0] == "deposit":
                store = "SY" if rng.random() < 0.8 else store
            rating = (int(rng.choice([1, 2])) if topics[0] in NEGATIVE else 5 if topics[0] == "thorough" else 3) \
                if chan == "dianping_review" else None
            anon = chan == "dianping_review" and rng.random() < 0.3
            g.fb({"language": c["language"]} if anon else c, t, tp, chan, topics, store, rating=rating,
                 no_ts=no_ts)
    for c in customers:
        s = c["spend"]
        c["tier"] = "gold" if s >= 8000 else "silver" if s >= 2000 else "blue"
        c["会员等级"] = {"gold": "金卡", "silver": "银卡", "blue": "普通"}[c["tier"]]
        lp = c["last_paid"]
        if not lp:
            seg = "prospect"
        elif c["plan"] == "club_plus":
            seg = "vip"
        elif lp < "2026-01-01":
            seg = "at_risk"
        elif c["signup_at"] >= "2026-01-01":
            seg = "new"
        else:
            seg = "returning"
        c["segment"] = seg
    dup = [g.events[int(i)] for i in rng.choice(len(g.events), 30, replace=False)]
    events = sorted(g.events + [dict(r) for r in dup], key=lambda r: (r["ts"], r["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "store_id", "store", "store_en", "technician_id", "technician", "技师", "brand", "service_type",
               "quote_amount", "approved", "turnaround_days", "parts_backorder", "rework_reason", "landing", "items",
               "cart_value", "amount", "shipping_fee", "category", "商品类别", "courier", "delivery_days",
               "return_reason", "cylinders", "cylinder_id", "cylinder_material", "气瓶材质", "cylinder_age_years",
               "test_result", "检测结果", "condemned", "kit", "套餐", "rental_days", "start_date", "deposit", "agent",
               "deduction", "refund_amount", "refund_days"]
    write(out / "events.csv", events, ev_cols)
    write(out / "orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                         "order_type", "订单类型", "store_id", "store", "store_en", "booking_id",
                                         "list_price", "discount", "pay_channel", "currency", "category", "courier",
                                         "brand", "technician_id", "cylinders", "kit"])
    write(out / "feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                             "rating", "nps", "language", "booking_id", "store_id", "store",
                                             "store_en", "technician_id", "technician", "技师"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    write(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "region", "常住城市",
                                             "acquisition_channel", "获客渠道", "tier", "会员等级", "plan", "会员计划",
                                             "cert_level", "潜水证书", "home_store", "language"])
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


if __name__ == "__main__":
    main(Path(sys.argv[1]))
