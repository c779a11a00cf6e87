"""果乐园 FruitFarm: pick-your-own orchards and farm stays (采摘园 / 农家乐) around Beijing and Suzhou, sold through a
WeChat mini program and group-buy platforms. A visitor finds us (Douyin / Xiaohongshu / Meituan / a WeChat group / a
company HR team-building deal), looks at what is in season, buys an entry ticket for a date (strawberry 草莓 Dec-Apr,
cherry 樱桃 May-Jun, peach 桃 Jul-mid Aug, grape 葡萄 Aug-Sep, orange 橘子 Oct-Nov), may cancel or be cancelled for
rain (refund), checks in at the gate, picks, has the basket weighed and pays per jin at the exit, may book a farm
meal (农家饭), a weekend activity (亲子农事课 kids' farming class, 烧烤 BBQ), an overnight cabin (木屋, two farms), ships
fruit boxes home (courier; some arrive damaged and are refunded), rates the visit and comes back next season.
Events 2025-01-01 .. 2026-07-31 (the mini program launched on 2025-01-01; extract taken at the end of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261212
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 8000
CHANGPING_NEW_SCALES = datetime(2026, 3, 15)      # Changping replaces its old exit scales (read ~8 % heavy)
DONGSHAN_EARLY = (datetime(2025, 10, 1), datetime(2025, 10, 21))   # oranges opened too early: sour
ALL_SF = datetime(2026, 1, 1)                     # every fruit box ships with SF from 2026 (ZTO dropped)
MEIYU = (date(2025, 6, 16), date(2025, 7, 15))    # Suzhou plum-rain season 2025

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现果乐园", "Discover FruitFarm", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|看到视频|抖音刷到|小红书种草|群里看到|公司团建|discover|found us|first touch"),
    ("tp_browse", "查看采摘季", "Browse what's in season", "consideration", "mini_program", "digital", "marketing",
     "看采摘季|看果园|浏览|查成熟期|看攻略|browse|season page|what's in season|orchard page"),
    ("tp_ticket", "购买门票", "Entry ticket bought", "purchase", "mini_program", "digital", "sales",
     "买票|门票|下单|购票|团购券|预约入园|ticket|entry ticket|buy tickets|booking"),
    ("tp_cancel", "取消入园", "Visit cancelled", "service", "mini_program", "digital", "farm_ops",
     "取消|退票|雨天取消|下雨取消|不去了|cancel|rain cancellation|rained off|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退票款|refund|money back|refunded"),
    ("tp_checkin", "入园核销", "Gate check-in", "service", "store", "physical", "farm_ops",
     "入园|检票|核销|进园|到园|停车|check-in|gate|entry|arrival|parking"),
    ("tp_pick", "采摘", "Picking", "service", "store", "physical", "farm_ops",
     "采摘|摘果|摘草莓|摘樱桃|果子|果园体验|picking|pick|fruit|orchard"),
    ("tp_weigh", "称重结账", "Weigh & pay", "purchase", "store", "physical", "farm_ops",
     "称重|过秤|结账|按斤收费|出园结算|weigh|weighing|scale|checkout|pay per jin"),
    ("tp_meal", "农家饭", "Farm meal", "purchase", "store", "physical", "catering",
     "农家饭|农家乐|吃饭|土菜|午饭|farm meal|lunch|restaurant"),
    ("tp_activity", "周末活动", "Weekend activity", "service", "store", "physical", "events",
     "亲子农事课|农事课|烧烤|BBQ|周末活动|亲子活动|kids class|farming class|barbecue|activity"),
    ("tp_cabin", "木屋住宿", "Cabin stay", "purchase", "store", "physical", "farm_stay",
     "木屋|住宿|过夜|民宿|农庄住宿|cabin|overnight|stay|farm stay"),
    ("tp_ship", "果箱寄回家", "Fruit box shipped", "purchase", "mini_program", "digital", "logistics",
     "寄回家|果箱|快递|发货|寄快递|fruit box|ship home|shipping|delivery order"),
    ("tp_delivered", "快递签收", "Box delivered", "service", "other", "digital", "logistics",
     "签收|收货|到货|快递到了|破损|delivered|delivery|arrived|damaged box"),
    ("tp_review", "评价", "Visit review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars"),
    ("tp_revisit", "再次购票", "Repeat visit booked", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来|再次购票|下个季节再来|revisit|repeat visit|came back|return visit"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("ticketing", "购票转化", "Ticket purchase", ["tp_discover", "tp_browse", "tp_ticket"], 7),
    ("visit", "入园采摘", "Farm visit", ["tp_ticket", "tp_checkin", "tp_pick", "tp_weigh"], 14),
    ("shipping", "果箱配送", "Fruit box delivery", ["tp_ship", "tp_delivered"], 10),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("revisit", "回头客", "Repeat visit", ["tp_weigh", "tp_revisit"], 90),
]
CITIES = {"Beijing": ("北京", 0.52), "Suzhou": ("苏州", 0.48)}
FARMS = [  # id, city, zh, en, fruits, weight, cabins, opened
    ("B1", "Beijing", "平谷桃园", "Pinggu Peach Orchard", ("peach", "grape"), 1.0, False, None),
    ("B2", "Beijing", "昌平草莓基地", "Changping Strawberry Farm", ("strawberry", "peach"), 1.2, False, None),
    ("B3", "Beijing", "怀柔樱桃沟", "Huairou Cherry Valley", ("cherry", "grape"), 1.3, True, None),
    ("S1", "Suzhou", "东山橘园", "Dongshan Orange Grove", ("orange", "peach"), 1.1, False, None),
    ("S2", "Suzhou", "阳澄湖葡萄园", "Yangcheng Lake Vineyard", ("grape", "strawberry"), 0.9, False, None),
    ("S3", "Suzhou", "西山农庄", "Xishan Farm Stay", ("strawberry", "cherry", "orange"), 1.2, True, None),
    ("S4", "Suzhou", "同里桃园", "Tongli Peach Garden", ("peach",), 1.4, False, datetime(2026, 6, 1)),
]
FARM = {f[0]: f for f in FARMS}
FRUITS = {  # en: zh, ticket per adult, price per jin, mean jin per picker, box price, box damage base
    "strawberry": ("草莓", 40, 50, 1.6, 168, 0.07),
    "cherry": ("樱桃", 50, 70, 1.3, 238, 0.05),
    "peach": ("桃", 25, 15, 4.0, 128, 0.11),
    "grape": ("葡萄", 30, 25, 2.6, 138, 0.04),
    "orange": ("橘子", 20, 10, 6.0, 98, 0.01),
}


def in_season(fruit: str, d: date) -> bool:
    m, dd = d.month, d.day
    return {"strawberry": m in (12, 1, 2, 3, 4), "cherry": m in (5, 6), "peach": m == 7 or (m == 8 and dd <= 20),
            "grape": (m == 8 and dd >= 10) or m == 9, "orange": m in (10, 11)}[fruit]


VTYPES = {  # en: zh, weight, party (adults lo, hi), kids (lo, hi), return prob, mean gap days, meal p, cabin p
    "family": ("亲子家庭", 0.40, (2, 2), (1, 2), 0.64, 70, 0.40, 0.15),
    "couple": ("情侣", 0.18, (2, 2), (0, 0), 0.35, 90, 0.30, 0.32),
    "friends": ("朋友结伴", 0.22, (3, 6), (0, 0), 0.40, 80, 0.50, 0.12),
    "seniors": ("银发团", 0.12, (2, 6), (0, 0), 0.70, 55, 0.45, 0.05),
    "company_team": ("公司团建", 0.0, (12, 40), (0, 0), 0.30, 120, 0.85, 0.20),
}
AGES = {"family": (0.0, 0.50, 0.45, 0.05, 0.0), "couple": (0.45, 0.50, 0.05, 0.0, 0.0),
        "friends": (0.40, 0.45, 0.12, 0.03, 0.0), "seniors": (0.0, 0.0, 0.0, 0.25, 0.75),
        "company_team": (0.15, 0.55, 0.25, 0.05, 0.0)}
AGE_BANDS = ["18-25", "26-35", "36-45", "46-55", "56+"]
CHANNELS = {  # en: zh, weight, discover -> browse p, browse -> ticket p
    "douyin": ("抖音", 0.34, 0.70, 0.33), "xiaohongshu": ("小红书", 0.22, 0.85, 0.58),
    "meituan": ("美团", 0.18, 0.90, 0.70), "wechat_group": ("微信群", 0.16, 0.90, 0.80),
    "company_hr": ("公司HR", 0.10, 0.97, 0.92)}
PAY = {"wechat_pay": "微信支付", "meituan_voucher": "美团团购券", "douyin_voucher": "抖音团购券"}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡"}
ACTS = {"kids_class": "亲子农事课", "bbq": "烧烤"}
COURIERS = {"SF": "顺丰", "ZTO": "中通"}
ORDER_ZH = {"ticket": "门票", "picked_fruit": "采摘称重", "meal": "农家饭", "cabin": "木屋住宿", "activity": "周末活动",
            "fruit_box": "果箱快递"}
HOLIDAYS = [(date(2025, 4, 4), date(2025, 4, 6)), (date(2025, 5, 1), date(2025, 5, 5)), (date(2025, 10, 1), date(2025, 10, 8)),
            (date(2026, 4, 4), date(2026, 4, 6)), (date(2026, 5, 1), date(2026, 5, 5))]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "weighing": (["出园称重的秤不准，没摘多少算下来贵了好多", "称重多算了两斤，感觉秤有问题", "那个秤明显偏重，按斤收钱太坑了"],
                 ["the scale at the exit was off, we were overcharged on the weight",
                  "their scale reads heavy, paid way more than we picked"]),
    "sour": (["果子太酸了，根本没熟就开园", "摘的果子好酸，一点不甜", "酸得没法吃，还按斤收钱"],
             ["the fruit was really sour, not ripe yet", "sour fruit, not worth the price per jin"]),
    "picked_over": (["去晚了，树上都被摘光了", "基本没什么可摘的了，白跑一趟", "好果子都被摘光了，只剩小的"],
                    ["the trees were picked over by the time we got there", "nothing left to pick, waste of a ticket"]),
    "crowding": (["人太多了，挤得走不动", "周末人山人海，入园排了一个小时", "人太多，根本没法好好摘"],
                 ["way too crowded on the weekend", "huge queue at the gate, far too crowded"]),
    "parking": (["停车太难了，在路边转了半小时", "停车场太小，车位根本不够", "没地方停车，只能停在村口走过去"],
                ["parking was a nightmare", "no parking spaces left, we had to leave the car on the road"]),
    "delivery_damage": (["果箱寄到家一半都压坏了", "快递到了果子全烂了，包装太差", "收到的果子都压烂了，没法吃"],
                        ["the fruit box arrived damaged, half of it squashed", "box was crushed in transit and the fruit bruised"]),
    "rain": (["下雨被取消了，通知得太晚", "因为下雨园区临时取消，白请了假"],
             ["cancelled because of the rain and they told us too late", "rain cancellation on the morning of the visit"]),
    "refund_slow": (["退款到现在还没到账", "团购券退款太慢了，催了好几次"],
                    ["still waiting for my refund", "the voucher refund is taking ages"]),
    "cabin": (["木屋住着很舒服，晚上能看星星", "木屋干净安静，下次还订"],
              ["the cabin was cosy and quiet, lovely night", "loved the cabin stay, great stargazing"]),
    "kids_class": (["孩子特别喜欢农事课，学会了种菜", "亲子农事课很用心，小朋友玩疯了"],
                   ["the kids loved the farming class", "great farming class for little ones"]),
    "sweet": (["果子很甜很新鲜，现摘现吃", "新鲜又甜，比超市买的好太多"],
              ["the fruit was so sweet and fresh", "fresh off the tree and really sweet"]),
}
GEN = {
    "pos": (["带家人来玩很开心，下次还来", "环境好，适合周末遛娃", "性价比不错，推荐"],
            ["great day out, we'll be back", "good value for a weekend trip"]),
    "neu": (["还行吧，一般般", "中规中矩，没什么特别的"], ["it was ok", "average, nothing special"]),
    "neg": (["不太满意，不会再来了", "有点失望，不值这个票价"], ["disappointing, not worth the ticket", "not great this time"]),
}
TOPIC_TP = [("delivery_damage", "tp_delivered"), ("refund_slow", "tp_refund"), ("rain", "tp_cancel"),
            ("weighing", "tp_weigh"), ("parking", "tp_checkin"), ("crowding", "tp_checkin"), ("sour", "tp_pick"),
            ("picked_over", "tp_pick"), ("cabin", "tp_cabin"), ("kids_class", "tp_activity"), ("sweet", "tp_pick")]
NEG_TOPICS = {"weighing", "sour", "picked_over", "crowding", "parking", "delivery_damage", "rain", "refund_slow"}
PEN = {"weighing": 2.2, "sour": 1.8, "picked_over": 1.5, "crowding": 1.2, "parking": 1.0}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def holiday(d: date) -> bool:
    return any(a <= d <= b for a, b in HOLIDAYS)


def season_w(d: date) -> float:
    m = {1: 0.6, 2: 0.8, 3: 1.0, 4: 1.2, 5: 1.6, 6: 1.3, 7: 1.2, 8: 1.1, 9: 0.9, 10: 1.1, 11: 0.6, 12: 0.6}[d.month]
    return m * (1.4 if holiday(d) else 1.0)


def farms_open(city: str, d: date):
    out = []
    for f in FARMS:
        if f[1] != city or (f[7] is not None and datetime(d.year, d.month, d.day) < f[7]):
            continue
        fr = [x for x in f[4] if in_season(x, d)]
        if fr:
            out.append((f, fr))
    return out


# daily weather: rain that makes the farm cancel the day's visits
RAIN = {}
_d = date(2025, 1, 1)
while _d <= date(2026, 8, 31):
    for city in CITIES:
        p = 0.05
        if city == "Suzhou" and MEIYU[0] <= _d <= MEIYU[1]:
            p = 0.42
        elif city == "Suzhou" and _d.month in (6, 7):
            p = 0.12
        elif city == "Beijing" and _d.month in (7, 8):
            p = 0.14
        RAIN[(city, _d)] = bool(rng.random() < p)
    _d += D(days=1)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_v = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, v=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"])
        if v:
            row.update(v["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, v, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=ORDER_ZH[otype],
                   visit_id=v["id"])
        for k in ("farm_id", "farm", "farm_en", "farm_city", "果园城市", "fruit", "水果"):
            row[k] = v["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, v=None, undated=False, gen=None,
           no_customer=False):
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
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (bool(set(topics) & {"cabin", "kids_class", "sweet"}) or gen == "pos")
        senti = "neg" if neg else ("pos" if pos else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, visit_id=v["id"] if v else None)
        if v:
            for k in ("farm_id", "farm", "farm_en", "farm_city", "果园城市", "fruit", "水果"):
                row[k] = v["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START.date()
        while d <= date(2026, 7, 25):
            growth = 0.6 + 0.8 * (d - START.date()).days / 570
            days.append((d, growth * season_w(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            d = days[k][0]
            t = datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            vt = "company_team" if ch == "company_hr" else pick(list(VTYPES), [x[1] for x in VTYPES.values()])
            en_share = 0.14 if city == "Suzhou" else 0.08
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", discover=t, city=city, channel=ch, vtype=vt,
                age=pick(AGE_BANDS, AGES[vt]), gender=pick(["female", "male"], [0.58, 0.42]),
                device=pick(["ios", "android"], [0.48, 0.52]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, visits=[], first_pay=None))

    # ---------- one visit (session = visit id) ----------
    def visit(self, c, t0: datetime, n_prev: int):
        """t0 = when the customer opens the mini program to buy. Returns None (no ticket) or a dict."""
        p = VTYPES[c["vtype"]]
        ch = CHANNELS[c["channel"]]
        self.n_v += 1
        vid = f"V{self.n_v:06d}"
        # date of the visit: next weekend mostly
        base = t0.date()
        if rng.random() < 0.72:
            cands = [base + D(days=k) for k in range(1, 11) if (base + D(days=k)).weekday() >= 5]
            vday = cands[int(rng.integers(min(len(cands), 3)))]
        else:
            vday = base + D(days=int(rng.integers(1, 8)))
        opts = farms_open(c["city"], vday)
        v0 = dict(id=vid, common=dict(visit_id=vid))
        if n_prev == 0:
            if rng.random() > ch[2]:
                return None
            t_b = t0
            self.ev(c, t_b, "tp_browse", vid, "view", v0, channel="mini_program")
            p_t = ch[3] if opts else 0.05
            if rng.random() > p_t:
                return None
            if rng.random() < 0.06:
                t_t = t_b + D(days=float(rng.uniform(8, 30)))        # came back weeks later
                vday = t_t.date() + D(days=int(rng.integers(1, 8)))
                opts = farms_open(c["city"], vday)
                if not opts:
                    return None
            else:
                t_t = t_b + D(minutes=float(min(60 * 24 * 5, rng.exponential(600) + 3)))
                if t_t.date() >= vday:
                    vday = t_t.date() + D(days=1)
                    opts = farms_open(c["city"], vday)
                    if not opts:
                        return None
        else:
            if not opts:
                return None
            self.ev(c, t0, "tp_revisit", vid, "rebook", v0, channel="mini_program")
            t_t = t0 + D(minutes=float(rng.uniform(2, 30)))
        if not opts:
            return None
        farm, fruits = pick(opts, [o[0][5] for o in opts])
        fruit = fruits[int(rng.integers(len(fruits)))]
        fz = FRUITS[fruit]
        adults = int(rng.integers(p[2][0], p[2][1] + 1))
        kids = int(rng.integers(p[3][0], p[3][1] + 1))
        if c["channel"] == "douyin":
            pm = "douyin_voucher" if rng.random() < 0.6 else "wechat_pay"
        elif c["channel"] == "meituan":
            pm = "meituan_voucher" if rng.random() < 0.65 else "wechat_pay"
        elif c["channel"] == "company_hr":
            pm = "wechat_pay"
        else:
            pm = pick(list(PAY), [0.8, 0.1, 0.1])
        vp = {"wechat_pay": None, "meituan_voucher": "meituan", "douyin_voucher": "douyin"}[pm]
        price = fz[1] * (adults + 0.5 * kids) * (0.85 if vp else 1.0)
        weekend = vday.weekday() >= 5
        common = dict(visit_id=vid, farm_id=farm[0], farm=farm[2], farm_en=farm[3], farm_city=farm[1],
                      果园城市=CITIES[farm[1]][0], fruit=fruit, 水果=fz[0], visit_date=vday.isoformat(),
                      day_type="weekend" if weekend or holiday(vday) else "weekday",
                      日期类型="周末节假日" if weekend or holiday(vday) else "工作日",
                      party_size=adults + kids, kids=kids, payment_method=pm, 支付方式=PAY[pm], voucher_platform=vp)
        v = dict(id=vid, common=common)
        chan = vp or "mini_program"
        self.ev(c, t_t, "tp_ticket", vid, "paid", v, channel=chan, amount=round(price, 2),
                tickets=adults + kids)
        if t_t > END:
            return None
        t_order = self.order(c, t_t, price, "ticket", v, channel=chan, payment_method=pm, 支付方式=PAY[pm],
                             voucher_platform=vp, tickets=adults + kids)
        if c["first_pay"] is None:
            c["first_pay"] = t_t
        c["spend"] += price
        vstart = datetime(vday.year, vday.month, vday.day)

        def refund(t_c, reason):
            if vp:
                t_r = t_c + D(days=float(rng.lognormal(np.log(2.6 if vp == "meituan" else 1.6), 0.4)))
            else:
                t_r = t_c + D(minutes=float(rng.uniform(2, 40)))
            self.ev(c, t_r, "tp_refund", vid, "refund", v, channel=chan, refund_amount=round(price, 2),
                    refund_reason=reason, 退款原因={"rain": "下雨取消", "customer": "顾客退票"}[reason])
            if t_order is not None and t_r <= END:
                t_order["status"] = "refunded"
                t_order["refunded_at"] = ts(t_r)
                c["spend"] -= price
            return t_r

        # rain cancellation by the farm (morning of the visit) / customer cancellation / no-show
        if RAIN[(farm[1], vday)] and rng.random() < 0.85:
            t_c = vstart + D(hours=float(rng.uniform(6, 8.5)))
            self.ev(c, t_c, "tp_cancel", vid, "rain_cancel", v, channel="mini_program", cancel_reason="rain",
                    取消原因="下雨取消")
            t_r = refund(t_c, "rain")
            if rng.random() < 0.12:
                self.fb(c, t_c + D(hours=float(rng.uniform(1, 10))), ["rain"], "ticket", v=v)
            if vp and (t_r - t_c).days >= 2 and rng.random() < 0.35:
                self.fb(c, t_c + D(days=2, hours=float(rng.uniform(0, 20))), ["refund_slow"], "ticket", v=v)
            return dict(end=t_c, rained=True, bad=True)
        if rng.random() < 0.045:
            t_c = t_t + (vstart - t_t) * float(rng.uniform(0.2, 0.95))
            self.ev(c, t_c, "tp_cancel", vid, "cancel", v, channel="mini_program", cancel_reason="customer",
                    取消原因="顾客退票")
            t_r = refund(t_c, "customer")
            if vp and (t_r - t_c).days >= 2 and rng.random() < 0.35:
                self.fb(c, t_c + D(days=2, hours=float(rng.uniform(0, 20))), ["refund_slow"], "ticket", v=v)
            return dict(end=t_c, bad=True)
        if rng.random() < 0.03:
            return dict(end=vstart, bad=False)                         # no-show
        # check-in
        hr = float(rng.uniform(8.5, 12.5)) if rng.random() < 0.65 else float(rng.uniform(12.5, 15.5))
        t_in = vstart + D(hours=hr)
        busy = weekend or holiday(vday)
        self.ev(c, t_in, "tp_checkin", vid, "scan", v, channel="store", arrival_hour=int(hr))
        topics = []
        cherry_rush = farm[0] == "B3" and fruit == "cherry" and busy
        p_crowd = 0.30 if cherry_rush else (0.22 if holiday(vday) else (0.035 if busy else 0.008))
        if rng.random() < p_crowd:
            topics.append("crowding")
        p_park = 0.24 if cherry_rush else (0.40 if farm[0] == "S4" else 0.015)
        if rng.random() < p_park:
            topics.append("parking")
        # picking
        t_p = t_in + D(minutes=float(rng.uniform(5, 20)))
        pickers = adults + kids * 0.5
        jin = max(0.5, float(rng.gamma(4.0, fz[3] * pickers / 4.0)))
        if c["vtype"] == "company_team":
            jin *= 0.5
        true_jin = round(jin, 1)
        self.ev(c, t_p, "tp_pick", vid, "pick", v, channel="store")
        late = hr >= 12.5
        p_over = 0.02 + (0.16 if busy and late else 0.0) + (0.14 if cherry_rush else 0.0)
        if rng.random() < p_over:
            topics.append("picked_over")
        early_sour = farm[0] == "S1" and fruit == "orange" and DONGSHAN_EARLY[0] <= vstart < DONGSHAN_EARLY[1]
        if rng.random() < (0.42 if early_sour else 0.025):
            topics.append("sour")
        old_scale = farm[0] == "B2" and vstart < CHANGPING_NEW_SCALES
        shown = round(true_jin * (1.08 if old_scale else 1.0), 1)
        if rng.random() < (0.24 if old_scale else 0.008):
            topics.append("weighing")
        t_w = t_p + D(minutes=float(rng.uniform(40, 120)))
        amt = round(shown * fz[2], 2)
        self.ev(c, t_w, "tp_weigh", vid, "weighed_paid", v, channel="store", jin=shown, price_per_jin=fz[2],
                amount=amt, scale_id=f"{farm[0]}-{'OLD' if old_scale else 'NEW'}-{int(rng.integers(1, 4))}")
        self.order(c, t_w, amt, "picked_fruit", v, channel="farm_gate", payment_method="wechat_pay",
                   支付方式=PAY["wechat_pay"], jin=shown)
        c["spend"] += amt
        t_end = t_w
        # farm meal
        party = adults + kids
        if rng.random() < p[6]:
            t_m = t_w + D(minutes=float(rng.uniform(10, 40)))
            m_amt = float(round(party * float(rng.uniform(55, 85))))
            self.ev(c, t_m, "tp_meal", vid, "order", v, channel="store", amount=m_amt, covers=party)
            self.order(c, t_m, m_amt, "meal", v, channel="farm_gate", payment_method="wechat_pay",
                       支付方式=PAY["wechat_pay"])
            c["spend"] += m_amt
            t_end = t_m + D(minutes=60)
        # weekend activity
        act = None
        if busy:
            if kids and rng.random() < 0.38:
                act = "kids_class"
            elif c["vtype"] in ("friends", "company_team") and 4 <= vday.month <= 10 and \
                    rng.random() < (0.5 if c["vtype"] == "company_team" else 0.28):
                act = "bbq"
        if act:
            t_a = t_end + D(minutes=float(rng.uniform(5, 30)))
            a_amt = float(98 * kids if act == "kids_class" else 88 * party)
            self.ev(c, t_a, "tp_activity", vid, "join", v, channel="store", activity=act, 活动类型=ACTS[act],
                    amount=a_amt)
            self.order(c, t_a, a_amt, "activity", v, channel="mini_program", payment_method="wechat_pay",
                       支付方式=PAY["wechat_pay"], activity=act, 活动类型=ACTS[act])
            c["spend"] += a_amt
            t_end = t_a + D(hours=2)
            if act == "kids_class" and rng.random() < 0.45:
                topics.append("kids_class")
        # cabin
        cabin = False
        if farm[6] and rng.random() < p[7]:
            cabin = True
            rooms = max(1, party // 4) if c["vtype"] == "company_team" else 1
            rate = 688 if vday.weekday() in (4, 5) else 488
            c_amt = float(rate * rooms)
            t_c = vstart + D(hours=float(rng.uniform(16, 19)))
            self.ev(c, t_c, "tp_cabin", vid, "check_in", v, channel="store", amount=c_amt, nights=1, rooms=rooms)
            self.order(c, t_c, c_amt, "cabin", v, channel="mini_program", payment_method="wechat_pay",
                       支付方式=PAY["wechat_pay"], nights=1, rooms=rooms)
            c["spend"] += c_amt
            t_end = vstart + D(days=1, hours=10)
            if rng.random() < (0.55 if farm[0] == "S3" else 0.2):
                topics.append("cabin")
        # fruit boxes shipped home
        damaged = False
        p_ship = {"company_team": 0.45, "seniors": 0.30}.get(c["vtype"], 0.18)
        if rng.random() < p_ship:
            n_box = int(rng.integers(2, 8)) if c["vtype"] == "company_team" else int(pick([1, 2, 3], [0.6, 0.3, 0.1]))
            b_amt = float(fz[4] * n_box)
            courier = "SF" if (vstart >= ALL_SF or rng.random() < 0.4) else "ZTO"
            t_s = t_w + D(minutes=float(rng.uniform(5, 30)))
            self.ev(c, t_s, "tp_ship", vid, "order", v, channel="mini_program", amount=b_amt, boxes=n_box,
                    courier=courier, 快递公司=COURIERS[courier])
            b_order = self.order(c, t_s, b_amt, "fruit_box", v, channel="mini_program", payment_method="wechat_pay",
                                 支付方式=PAY["wechat_pay"], boxes=n_box, courier=courier, 快递公司=COURIERS[courier])
            c["spend"] += b_amt
            heat = vday.month in (7, 8)
            p_dmg = fz[5] * ((3.0 if heat else 1.6) if courier == "ZTO" else 0.45)
            t_d = t_s + D(hours=float(rng.uniform(20, 30) if courier == "SF" else rng.uniform(40, 80)))
            damaged = rng.random() < p_dmg
            self.ev(c, t_d, "tp_delivered", vid, "damaged" if damaged else "delivered", v, channel="other",
                    courier=courier, 快递公司=COURIERS[courier], delivery_result="damaged" if damaged else "ok",
                    签收结果="破损" if damaged else "完好")
            if damaged:
                t_r = t_d + D(hours=float(rng.uniform(3, 40)))
                self.ev(c, t_r, "tp_refund", vid, "refund", v, channel="mini_program", refund_amount=b_amt,
                        refund_reason="delivery_damaged", 退款原因="快递破损")
                if b_order is not None and t_r <= END:
                    b_order["status"] = "refunded"
                    b_order["refunded_at"] = ts(t_r)
                    c["spend"] -= b_amt
                if rng.random() < 0.55:
                    self.fb(c, t_d + D(hours=float(rng.uniform(0.5, 5))), ["delivery_damage"], "ticket", v=v)
        # sweet & fresh praise
        if not ({"sour", "picked_over"} & set(topics)) and rng.random() < (0.30 if farm[0] == "S3" else 0.18):
            topics.append("sweet")
        bad = bool(set(topics) & NEG_TOPICS)
        c["visits"].append(vstart)
        # in-app review (invitation pushed after the weighing)
        p_rate = 0.45 if bad else 0.25
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.50, 0.34, 0.12, 0.04]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            if set(topics) & {"cabin", "kids_class", "sweet"}:
                stars = (5.0 if rng.random() < 0.75 else 4.0) if not bad else stars + 1.0
            if farm[0] == "S3" and not bad and rng.random() < 0.8:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_w + D(minutes=float(rng.lognormal(np.log(180), 0.9)))
            self.ev(c, t_r, "tp_review", vid, "rate", v, channel="mini_program", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, v=v, gen=gen)
        if vp == "meituan" and rng.random() < 0.2:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.36, 0.13, 0.06]))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            if set(topics) & {"cabin", "kids_class", "sweet"} and not bad:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 48))), topics, "meituan_review", rating=stars, v=v,
                    gen=gen)
        if c["channel"] in ("xiaohongshu", "douyin") and rng.random() < 0.05:
            self.fb(c, t_end + D(hours=float(rng.uniform(3, 72))), topics, "xiaohongshu_note", v=v,
                    undated=rng.random() < 0.5)
        if rng.random() < 0.05:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_end + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, v=v, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if "weighing" in topics and rng.random() < 0.3:
            self.fb(c, t_w + D(minutes=float(rng.uniform(10, 120))), ["weighing"], "ticket", v=v)
        if c["vtype"] == "company_team" and topics and rng.random() < 0.25:
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 72))), topics, "wechat_group", v=v,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return dict(end=t_end, bad=bad or damaged)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            t = c["discover"] + D(minutes=float(rng.exponential(240) + 1))
            p = VTYPES[c["vtype"]]
            n = 0
            while t <= END:
                res = self.visit(c, t, n)
                if res is None:
                    break
                n += 1
                p_ret = p[4] * (0.7 if res.get("bad") else 1.0)
                if res.get("rained"):
                    p_ret = 0.6
                if rng.random() > p_ret:
                    break
                gap = 12.0 if res.get("rained") else float(rng.exponential(p[5]) + 10)
                t = res["end"] + D(days=gap)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "gold" if spend >= 2500 else "silver" if spend >= 800 else "regular"
            vs = c["visits"]
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 5, 1):
                seg = "new"
            elif not vs or vs[-1] < datetime(2026, 1, 1):
                seg = "at_risk"
            elif len(vs) >= 4:
                seg = "loyal"
            elif len(vs) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier], visitor_type=c["vtype"],
                             游客类型=VTYPES[c["vtype"]][0], age_band=c["age"], gender=c["gender"],
                             phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "visit_id", "farm_id", "farm", "farm_en", "farm_city", "果园城市", "fruit", "水果", "visit_date", "day_type",
           "日期类型", "party_size", "kids", "payment_method", "支付方式", "voucher_platform", "tickets", "amount",
           "cancel_reason", "取消原因", "refund_amount", "refund_reason", "退款原因", "arrival_hour", "jin",
           "price_per_jin", "scale_id", "covers", "activity", "活动类型", "nights", "rooms", "boxes", "courier", "快递公司",
           "delivery_result", "签收结果", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "visit_id", "farm_id", "farm", "farm_en", "farm_city", "果园城市", "fruit", "水果", "payment_method", "支付方式",
            "voucher_platform", "tickets", "jin", "activity", "活动类型", "nights", "rooms", "boxes", "courier", "快递公司",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "visit_id", "farm_id", "farm", "farm_en", "farm_city", "果园城市", "fruit", "水果"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "visitor_type", "游客类型", "age_band", "gender", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, visits {g.n_v}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
