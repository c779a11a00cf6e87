"""AquaRun 水到家: a bottled / bucket water delivery service (桶装水配送) with eight delivery stations (配送站) in
Shenzhen 深圳 and Dongguan 东莞. Households, offices, shops and a few schools find us (a mini-program ad, a flyer in
the residential compound from the property management, a neighbour's referral, a community group-buy chat), browse
water types and water-ticket bundles (水票), place a first order, pay a bucket deposit (押桶, 50 CNY a bucket) on the
first delivery, then keep ordering (mini program, phone hotline, or at the station). A station dispatches each order
to a courier (送水师傅), who delivers it within a promised slot and takes the empty buckets back. Ticket holders get a
"low balance" push when 2 tickets or fewer are left and may buy another bundle. Customers book dispenser cleaning
(饮水机清洗) and, when they stop, ask for their bucket deposit back (a courier collects the buckets, then the deposit is
refunded).
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

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

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 3000
LONGHUA_SHORTAGE = (datetime(2025, 7, 1), datetime(2025, 9, 1))     # Longhua station short of couriers
TASTE_BATCH = (datetime(2025, 11, 3), datetime(2025, 12, 1))        # a bad batch of mountain spring water
DG_NEW_BUCKETS = datetime(2026, 3, 1)                                # Dongguan stations replace their old buckets
CNY_CLOSED = (datetime(2026, 2, 14), datetime(2026, 2, 23))          # stations closed over Spring Festival
RUDE_COURIER = "BA07"
APP_VERSIONS = [(datetime(2025, 1, 1), "5.1.0"), (datetime(2025, 4, 8), "5.2.0"), (datetime(2025, 9, 2), "5.3.0"),
                (datetime(2026, 1, 12), "5.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现水到家", "Discover AquaRun", "awareness", "ads", "digital", "marketing",
     "发现|看到广告|物业传单|朋友推荐|社区群|discover|found us|first touch|ad"),
    ("tp_browse", "浏览水种水票", "Browse water & tickets", "consideration", "mini_program", "digital", "marketing",
     "浏览|看水种|看水票|比价|browse|look at water types|ticket bundles"),
    ("tp_ticket_buy", "购买水票", "Water tickets bought", "purchase", "mini_program", "digital", "finance",
     "买水票|水票|充水票|续票|套餐|buy tickets|water tickets|ticket bundle|top up"),
    ("tp_order", "下单订水", "Water order placed", "purchase", "mini_program", "digital", "station_ops",
     "下单|订水|叫水|约送|打电话订水|order|order water|place an order|book a delivery"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "mini_program", "digital", "station_ops",
     "取消|退单|不要了|cancel|cancellation|cancelled"),
    ("tp_dispatch", "站点派单", "Dispatched to courier", "service", "other", "digital", "station_ops",
     "派单|接单|分配师傅|dispatch|assigned|courier assigned"),
    ("tp_deliver", "送水上门", "Water delivered", "service", "other", "physical", "delivery",
     "送水|送达|上门|换水|收空桶|deliver|delivery|delivered|drop-off|empties collected"),
    ("tp_deposit_pay", "缴纳桶押金", "Bucket deposit paid", "purchase", "other", "physical", "finance",
     "押桶|押金|桶押金|deposit|bucket deposit"),
    ("tp_ticket_low", "水票余量提醒", "Low ticket balance reminder", "loyalty", "mini_program", "digital", "crm",
     "余量提醒|水票快用完|续票提醒|low balance|ticket reminder|running out of tickets"),
    ("tp_rate", "订单评价", "Delivery rated", "loyalty", "mini_program", "digital", "crm",
     "评价|打分|评分|rate|rating|review"),
    ("tp_clean_book", "预约饮水机清洗", "Dispenser cleaning booked", "purchase", "mini_program", "digital",
     "service_ops", "预约清洗|饮水机清洗|洗饮水机|消毒|book cleaning|dispenser cleaning|sanitise"),
    ("tp_clean_done", "饮水机清洗完成", "Dispenser cleaned", "service", "other", "physical", "service_ops",
     "清洗完成|上门清洗|cleaning done|dispenser cleaned"),
    ("tp_deposit_refund_req", "申请退押金", "Deposit refund requested", "service", "mini_program", "digital",
     "finance", "退押金|退桶|不订了|申请退押|deposit refund request|return buckets|stop service"),
    ("tp_bucket_pickup", "上门收桶", "Buckets picked up", "service", "other", "physical", "delivery",
     "收桶|回收空桶|上门收桶|bucket pickup|collect buckets"),
    ("tp_deposit_refund", "押金退还", "Deposit refunded", "service", "other", "digital", "finance",
     "押金到账|退押金到账|押金退还|deposit refunded|deposit back"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "首次订水", "First water order", ["tp_discover", "tp_browse", "tp_order", "tp_deliver"], 14),
    ("delivery", "订水配送", "Order to delivery", ["tp_order", "tp_dispatch", "tp_deliver"], 3),
    ("renewal", "水票续购", "Water ticket renewal", ["tp_ticket_low", "tp_ticket_buy"], 30),
    ("deposit_refund", "退桶押金", "Bucket deposit refund",
     ["tp_deposit_refund_req", "tp_bucket_pickup", "tp_deposit_refund"], 30),
    ("cleaning", "饮水机清洗", "Dispenser cleaning", ["tp_clean_book", "tp_clean_done"], 14),
]
# station id: zh, en, city, zh city, weight, couriers
STATIONS = {
    "SZ-NS": ("南山站", "Nanshan", "Shenzhen", "深圳", 0.17, 6), "SZ-FT": ("福田站", "Futian", "Shenzhen", "深圳", 0.15, 6),
    "SZ-BA": ("宝安站", "Bao'an", "Shenzhen", "深圳", 0.16, 7), "SZ-LH": ("龙华站", "Longhua", "Shenzhen", "深圳", 0.14, 5),
    "SZ-LG": ("龙岗站", "Longgang", "Shenzhen", "深圳", 0.12, 5), "DG-NC": ("南城站", "Nancheng", "Dongguan", "东莞", 0.1, 4),
    "DG-SSH": ("松山湖站", "Songshan Lake", "Dongguan", "东莞", 0.08, 4),
    "DG-DC": ("东城站", "Dongcheng", "Dongguan", "东莞", 0.08, 4),
}
CODE = {"SZ-NS": "NS", "SZ-FT": "FT", "SZ-BA": "BA", "SZ-LH": "LH", "SZ-LG": "LG", "DG-NC": "NC", "DG-SSH": "SH",
        "DG-DC": "DC"}
# customer type: zh, share, order gap days, churn per order, buckets held, buckets per order (lo, hi), p ticket,
# p renew, cleaning p per customer, cleaning price
CTYPES = {
    "household": ("家庭", 0.70, 11.0, 0.035, (1, 2), (1, 2), 0.50, 0.52, 0.25, 39),
    "office": ("办公室", 0.22, 4.5, 0.02, (3, 6), (2, 5), 0.78, 0.80, 0.55, 69),
    "shop": ("商铺", 0.07, 7.0, 0.04, (1, 3), (1, 3), 0.55, 0.60, 0.20, 49),
    "school": ("学校", 0.01, 2.5, 0.01, (8, 12), (6, 12), 0.95, 0.92, 0.9, 69),
}
# acquisition channel: zh, share, p browse, p first order after browsing
CHANNELS = {
    "mini_program_ad": ("小程序广告", 0.34, 0.80, 0.30),
    "property_flyer": ("物业地推", 0.26, 0.85, 0.48),
    "referral": ("老带新", 0.20, 0.92, 0.74),
    "community_group": ("社区团购群", 0.20, 0.90, 0.66),
}
WATER = {"purified": ("纯净水", 16, 0.45), "mountain_spring": ("山泉水", 20, 0.38), "mineral": ("矿泉水", 26, 0.17)}
BUNDLES = {"bundle_10": ("10张装", 10, 10), "bundle_20": ("20送2", 22, 20), "bundle_50": ("50送8", 58, 50)}
PAY = {"ticket": "水票", "wechat_pay": "微信支付", "cash": "货到付款"}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡"}
SEGMENTS = {"prospect": "潜在客户", "new": "新客", "active": "活跃", "at_risk": "流失风险", "churned": "已退押金"}

TXT = {  # topic: (zh templates, en templates); each carries the topic's text marker and no other topic's
    "late": (["下单说两小时送到，结果等了快三个小时才来，送得太慢了", "又超时了，说好上午送的中午才到",
              "送水老是超时，办公室一上午没水喝", "师傅迟到一个多小时，也没提前打电话"],
             ["The water arrived late again, way past the 2-hour slot", "Delivery was over an hour late and nobody called",
              "Late delivery, the office ran dry all morning"]),
    "attitude": (["送水师傅态度很差，让他放到饮水机上都不肯", "师傅说话很冲，态度差", "问了一句什么时候到，师傅很不耐烦"],
                 ["The courier was rude and just dumped the bucket at the door",
                  "Really rude delivery guy, refused to carry it in"]),
    "taste": (["这批山泉水喝起来有股怪味", "水有异味，烧开了还是有", "味道怪怪的，不敢给孩子喝了"],
              ["The water tastes weird, kind of plasticky", "Strange taste in this batch, we stopped drinking it"]),
    "dirty_bucket": (["桶很脏，桶身上一圈污渍", "送来的桶口发黄，看着就恶心", "桶脏兮兮的，上面还有灰"],
                     ["The bucket was dirty, with stains around the neck", "Got a filthy bucket again, dust all over it"]),
    "deposit_slow": (["申请退押金一个星期了，押金还没退", "退桶押金太慢了，打了两次电话都说在处理"],
                      ["Still waiting for my bucket deposit, it has been over a week", "Deposit refund is taking forever"]),
    "on_time": (["每次都很准时，师傅还帮忙把水换好", "送水准时，服务不错"],
                ["Always on time, and the courier puts the bucket on the dispenser for us", "Came on time as promised"]),
    "cleaning_good": (["饮水机清洗得很仔细，师傅还教我们怎么消毒", "清洗得很仔细，出水干净多了"],
                      ["Thorough dispenser cleaning, the technician was very professional",
                       "Thorough dispenser cleaning, water tastes fresher now"]),
}
GEN = {
    "pos": (["水挺好喝的，会继续订", "下单方便，水票划算", "整体很满意"], ["Good water, easy to order", "Happy with the service"]),
    "neu": (["还行吧，一般", "水质没什么问题，就是价格有点高"], ["Fine, nothing special", "OK but a bit pricey"]),
    "neg": (["体验一般，不太满意", "不太想续了"], ["Not great overall", "Thinking about switching"]),
}
NEG_TOPICS = {"late", "attitude", "taste", "dirty_bucket", "deposit_slow"}
TOPIC_TP = {"late": "tp_deliver", "attitude": "tp_deliver", "taste": "tp_deliver", "dirty_bucket": "tp_deliver",
            "deposit_slow": "tp_deposit_refund", "on_time": "tp_deliver", "cleaning_good": "tp_clean_done"}


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(d, p=None):
    keys = list(d)
    return keys[int(rng.choice(len(keys), p=p))]


def season(t):
    m = t.month
    return {6: 1.15, 7: 1.35, 8: 1.35, 9: 1.15, 12: 0.9, 1: 0.9, 2: 0.8}.get(m, 1.0)


def app_version(t):
    v = APP_VERSIONS[0][1]
    for d, name in APP_VERSIONS:
        if t >= d:
            v = name
    return v


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_do = self.n_tk = self.n_cl = self.n_dr = 0

    # ---------- writers ----------
    def ev(self, c, t, tp, sess, action, channel, **kw):
        if t > END:
            return False
        self.n_ev += 1
        st = STATIONS[c["station"]]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sess, action=action, channel=channel,
                   device=c["device"] if channel == "mini_program" else None,
                   app_version=app_version(t) if channel == "mini_program" else None,
                   station_id=c["station"], station=st[0], station_en=st[1], city=st[2], 城市=st[3],
                   customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sess, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        st = STATIONS[c["station"]]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=float(amount),
                   status=status, order_type=otype, 订单类型={"water_ticket": "水票", "single_delivery": "单次送水",
                                                            "deposit": "桶押金", "dispenser_cleaning": "饮水机清洗"}[otype],
                   session_id=sess, station_id=c["station"], station=st[0], station_en=st[1], city=st[2], 城市=st[3],
                   customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, sess=None, undated=False, gen=None, no_customer=False,
           tp=None, extra=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if c["lang"] == "en" else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (bool(topics) or gen == "pos")
        st = STATIONS[c["station"]]
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, session_id=sess, station_id=c["station"], station=st[0],
                   station_en=st[1], city=st[2], 城市=st[3], customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0])
        row.update(extra or {})
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="negative" if neg else ("positive" if pos else "neutral")))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, (0.6 + 0.9 * (d - START).days / 536) * season(d) * (0.3 if CNY_CLOSED[0] <= d <
                                                                               CNY_CLOSED[1] else 1.0)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        st_ids = list(STATIONS)
        st_w = np.array([STATIONS[s][4] for s in st_ids])
        self.cust = []
        for i, k in enumerate(idx):
            ctype = pick(CTYPES, [v[1] for v in CTYPES.values()])
            ch = pick(CHANNELS, [v[1] for v in CHANNELS.values()])
            station = st_ids[int(rng.choice(len(st_ids), p=st_w / st_w.sum()))]
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", discover=days[k][0] + D(hours=float(rng.uniform(7, 23))), ctype=ctype,
                channel=ch, station=station, device="ios" if rng.random() < 0.42 else "android",
                lang="en" if rng.random() < (0.12 if station in ("SZ-NS", "SZ-FT") else 0.04) else "zh",
                water=pick(WATER, [v[2] for v in WATER.values()]),
                building="walk_up" if rng.random() < (0.35 if station.startswith("DG") else 0.2) else "elevator",
                phone_orderer=rng.random() < (0.35 if ctype == "office" else 0.15),
                spend=0.0, first_order=None, last_order=None, churned=False, tickets=0, ticket_user=False,
                n_orders=0))

    # ---------- one delivery order ----------
    def delivery(self, c, t, first=False):
        self.n_do += 1
        sess = f"DO{self.n_do:06d}"
        ct = CTYPES[c["ctype"]]
        n_b = int(rng.integers(ct[5][0], ct[5][1] + 1))
        wt = c["water"]
        price = WATER[wt][1]
        if c["phone_orderer"] and not first:
            och = "phone"
        else:
            och = "mini_program" if rng.random() < 0.9 else "phone"
        if c["ticket_user"] and c["tickets"] >= n_b:
            pm = "ticket"
        else:
            pm = "wechat_pay" if och == "mini_program" or rng.random() < 0.5 else "cash"
        common = dict(water_type=wt, 水种=WATER[wt][0], buckets=n_b, payment_method=pm, 支付方式=PAY[pm],
                      building_type=c["building"])
        if not self.ev(c, t, "tp_order", sess, "submit", och, **common):
            return None
        order_row = None
        if pm != "ticket":
            order_row = self.order(c, t, n_b * price, "single_delivery", sess, status="paid", channel=och,
                                   device=c["device"] if och == "mini_program" else None, payment_method=pm,
                                   支付方式=PAY[pm], water_type=wt, 水种=WATER[wt][0], buckets=n_b)
        if rng.random() < 0.03:                                   # cancelled before dispatch
            t_c = t + D(minutes=float(rng.uniform(3, 40)))
            self.ev(c, t_c, "tp_cancel", sess, "cancel", och, **common)
            if order_row is not None:
                order_row["status"] = "refunded" if pm == "wechat_pay" else "cancelled"
                if pm == "wechat_pay":
                    order_row["refunded_at"] = ts(t_c + D(minutes=float(rng.uniform(1, 10))))
            return dict(bad=False, end=t_c, cancelled=True)
        if pm == "ticket":
            c["tickets"] -= n_b
        # promised slot: 2 hours during the day, next morning 10:00 for evening orders
        if t.hour >= 18:
            promised = datetime(t.year, t.month, t.day) + D(days=1, hours=10)
        elif t.hour < 8:
            promised = datetime(t.year, t.month, t.day) + D(hours=10)
        else:
            promised = t + D(hours=2)
        t_d = t + D(minutes=float(rng.lognormal(np.log(12), 0.5)))
        courier = f"{CODE[c['station']]}{int(rng.integers(1, STATIONS[c['station']][5] + 1)):02d}"
        self.ev(c, t_d, "tp_dispatch", sess, "assign", "other", courier_id=courier, **common)
        p_late = 0.06
        if LONGHUA_SHORTAGE[0] <= t < LONGHUA_SHORTAGE[1]:
            p_late = 0.40 if c["station"] == "SZ-LH" else 0.10
        if c["building"] == "walk_up":
            p_late += 0.02
        late = rng.random() < p_late
        if late:
            t_del = promised + D(minutes=float(rng.lognormal(np.log(45), 0.6)))
        else:
            t_del = max(t_d + D(minutes=15), promised - D(minutes=float(rng.uniform(5, 100))))
        empties = n_b if not first else 0
        late_min = max(0.0, (t_del - promised).total_seconds() / 60)
        if not self.ev(c, t_del, "tp_deliver", sess, "delivered", "other", courier_id=courier, promised_by=ts(promised),
                       late_minutes=round(late_min, 1), empties_collected=empties, **common):
            return None
        if order_row is not None and pm == "cash":
            order_row["ts"] = ts(t_del)                       # cash is collected at the door
        c["n_orders"] += 1
        c["spend"] += 0 if pm == "ticket" else n_b * price
        if first:
            n_held = int(rng.integers(CTYPES[c["ctype"]][4][0], CTYPES[c["ctype"]][4][1] + 1))
            c["held"] = n_held
            self.ev(c, t_del + D(minutes=2), "tp_deposit_pay", sess, "paid", "other", buckets=n_held,
                    deposit_amount=50 * n_held, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
            c["deposit_order"] = self.order(c, t_del + D(minutes=2), 50 * n_held, "deposit", sess, channel="other",
                                            payment_method="wechat_pay", 支付方式=PAY["wechat_pay"], buckets=n_held)
        # experience
        topics = []
        if late and rng.random() < 0.45:
            topics.append("late")
        if rng.random() < (0.10 if courier == RUDE_COURIER else 0.004):
            topics.append("attitude")
        if TASTE_BATCH[0] <= t_del < TASTE_BATCH[1] and wt == "mountain_spring":
            if rng.random() < 0.22:
                topics.append("taste")
        elif rng.random() < 0.006:
            topics.append("taste")
        if c["station"].startswith("DG") and t_del < DG_NEW_BUCKETS:
            if rng.random() < 0.07:
                topics.append("dirty_bucket")
        elif rng.random() < 0.008:
            topics.append("dirty_bucket")
        bad = bool(topics)
        if not bad and not late and rng.random() < 0.25:
            topics.append("on_time")
        extra = dict(water_type=wt, 水种=WATER[wt][0], courier_id=courier)
        if och == "mini_program" and rng.random() < (0.45 if bad else 0.07):
            stars = float(pick({5: 0, 4: 0, 3: 0, 2: 0}, [0.55, 0.32, 0.09, 0.04]))
            pen = {"late": 2.0, "attitude": 2.6, "taste": 2.4, "dirty_bucket": 1.8}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "on_time" in topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_del + D(minutes=float(rng.lognormal(np.log(90), 1.0)))
            if self.ev(c, t_r, "tp_rate", sess, "rate", "mini_program", stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics, "mini_program_review", rating=stars, sess=sess, gen=gen, extra=extra)
        if bad and rng.random() < 0.18:
            chn = "call_note" if (och == "phone" or rng.random() < 0.4) else "ticket"
            self.fb(c, t_del + D(hours=float(rng.uniform(0.3, 6))), [k for k in topics if k in NEG_TOPICS], chn,
                    sess=sess, undated=(chn == "call_note" and rng.random() < 0.25), extra=extra)
        if rng.random() < 0.025:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_del + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, sess=sess, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"),
                    extra=extra)
        if bad and rng.random() < 0.03:
            self.fb(c, t_del + D(hours=float(rng.uniform(1, 48))), [k for k in topics if k in NEG_TOPICS],
                    "wechat_group", sess=sess, undated=rng.random() < 0.5, no_customer=rng.random() < 0.3,
                    extra=extra)
        return dict(bad=bad, end=t_del, cancelled=False)

    def buy_tickets(self, c, t, och=None):
        self.n_tk += 1
        sess = f"TK{self.n_tk:06d}"
        bundle = pick(BUNDLES, {"household": [0.45, 0.45, 0.10], "office": [0.10, 0.45, 0.45],
                                "shop": [0.35, 0.5, 0.15], "school": [0.0, 0.1, 0.9]}[c["ctype"]])
        price = WATER[c["water"]][1] * BUNDLES[bundle][2]
        och = och or ("store" if rng.random() < 0.12 else ("phone" if c["phone_orderer"] else "mini_program"))
        if not self.ev(c, t, "tp_ticket_buy", sess, "success", och, bundle=bundle, 套餐=BUNDLES[bundle][0],
                       tickets=BUNDLES[bundle][1], amount=price, water_type=c["water"], 水种=WATER[c["water"]][0]):
            return False
        row = self.order(c, t, price, "water_ticket", sess, channel=och,
                         device=c["device"] if och == "mini_program" else None, bundle=bundle,
                         套餐=BUNDLES[bundle][0], tickets=BUNDLES[bundle][1], water_type=c["water"],
                         水种=WATER[c["water"]][0], payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
        if rng.random() < 0.025:                                   # bought the wrong water type: refunded at once
            row["status"] = "refunded"
            row["refunded_at"] = ts(t + D(hours=float(rng.uniform(1, 48))))
            return True
        c["tickets"] += BUNDLES[bundle][1]
        c["ticket_user"] = True
        c["spend"] += price
        return True

    def cleaning(self, c, t):
        self.n_cl += 1
        sess = f"CL{self.n_cl:06d}"
        price = CTYPES[c["ctype"]][9]
        if not self.ev(c, t, "tp_clean_book", sess, "submit", "mini_program", amount=price):
            return
        row = self.order(c, t, price, "dispenser_cleaning", sess, channel="mini_program", device=c["device"],
                         payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
        if rng.random() < 0.05:
            t_c = t + D(hours=float(rng.uniform(1, 30)))
            self.ev(c, t_c, "tp_cancel", sess, "cancel", "mini_program")
            if row:
                row["status"] = "refunded"
                row["refunded_at"] = ts(t_c)
            return
        med = 4.5 if c["station"].startswith("DG") else 1.5
        t_done = t + D(days=float(rng.lognormal(np.log(med), 0.45)))
        t_done = datetime(t_done.year, t_done.month, t_done.day) + D(hours=float(rng.uniform(9, 18)))
        if t_done <= t:
            t_done = t + D(hours=3)
        tech = f"T-{CODE[c['station']]}{int(rng.integers(1, 3))}"
        if not self.ev(c, t_done, "tp_clean_done", sess, "done", "other", technician_id=tech):
            return
        c["spend"] += price
        if rng.random() < 0.22:
            stars = 5.0 if rng.random() < 0.7 else 4.0
            t_r = t_done + D(hours=float(rng.uniform(1, 20)))
            if self.ev(c, t_r, "tp_rate", sess, "rate", "mini_program", stars=stars):
                self.fb(c, t_r, ["cleaning_good"], "mini_program_review", rating=stars, sess=sess, gen="pos")

    def deposit_refund(self, c, t):
        self.n_dr += 1
        sess = f"DR{self.n_dr:06d}"
        och = pick({"mini_program": 0, "phone": 0, "store": 0}, [0.6, 0.3, 0.1])
        if c["phone_orderer"] and och == "mini_program" and rng.random() < 0.5:
            och = "phone"
        held = c.get("held", 1)
        if not self.ev(c, t, "tp_deposit_refund_req", sess, "submit", och, buckets=held, request_channel=och):
            return
        c["churned"] = True
        med = {"mini_program": 2.0, "store": 3.5, "phone": 8.0}[och]
        total = float(rng.lognormal(np.log(med), 0.4))
        t_p = t + D(days=total * float(rng.uniform(0.3, 0.6)))
        damaged = int(sum(rng.random() < 0.08 for _ in range(held)))
        self.ev(c, t_p, "tp_bucket_pickup", sess, "collected", "other", buckets=held, damaged_buckets=damaged,
                request_channel=och)
        t_r = t + D(days=total)
        amt = 50 * held - 20 * damaged
        if self.ev(c, t_r, "tp_deposit_refund", sess, "refunded", "other", refund_amount=amt, buckets=held,
                   damaged_buckets=damaged, request_channel=och):
            row = c.get("deposit_order")
            if row:
                row["status"] = "refunded"
                row["refunded_at"] = ts(t_r)
        if total > 5 and rng.random() < 0.45:
            chn = "call_note" if och == "phone" else "ticket"
            self.fb(c, t + D(days=5, hours=float(rng.uniform(0, 30))), ["deposit_slow"], chn, sess=sess,
                    undated=(chn == "call_note" and rng.random() < 0.25))

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["discover"], "tp_discover", None, "view", "ads" if c["channel"] == "mini_program_ad" else
                    ("social" if c["channel"] == "community_group" else "other"), acquisition_channel=c["channel"],
                    获客渠道=ch[0])
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(hours=float(rng.exponential(10) + 0.1))
            self.ev(c, t, "tp_browse", None, "view", "mini_program")
            p_first = ch[3] * (1.15 if c["ctype"] == "office" else 1.0)
            if rng.random() > p_first:
                continue
            t += D(hours=float(min(300, rng.exponential(30) + 0.2)))
            t = self.skip_closed(t)
            ct = CTYPES[c["ctype"]]
            if rng.random() < ct[6]:
                if not self.buy_tickets(c, t, och="mini_program"):
                    continue
                t += D(minutes=float(rng.uniform(1, 5)))
            res = self.delivery(c, t, first=True)
            if res is None:
                continue
            c["first_order"] = t
            reminded = False
            next_clean = t + D(days=float(rng.uniform(20, 150))) if rng.random() < ct[8] else None
            while True:
                c["last_order"] = res["end"]
                if c["ticket_user"] and c["tickets"] <= 2 and not reminded:
                    t_low = res["end"] + D(minutes=float(rng.uniform(5, 60)))
                    if self.ev(c, t_low, "tp_ticket_low", None, "push", "mini_program", tickets_left=c["tickets"]):
                        reminded = True
                        if rng.random() < ct[7] * (1.1 if c["channel"] == "referral" else 1.0):
                            self.buy_tickets(c, t_low + D(days=float(rng.uniform(0.1, 6))))
                            reminded = False
                        else:
                            c["ticket_user"] = False
                churn = ct[3] * (2.5 if res["bad"] else 1.0)
                if rng.random() < churn:
                    if rng.random() < 0.55:
                        self.deposit_refund(c, res["end"] + D(days=float(rng.uniform(3, 40))))
                    break
                gap = float(rng.exponential(ct[2]) + 0.6) / season(res["end"])
                t = res["end"] + D(days=gap)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.choice([8, 9, 10, 11, 14, 15, 16, 19, 20])) +
                                                         float(rng.uniform(0, 1)))
                t = self.skip_closed(t)
                while next_clean is not None and next_clean < t and next_clean <= END:
                    self.cleaning(c, self.skip_closed(next_clean))
                    next_clean += D(days=float(rng.uniform(80, 200)))
                if t > END:
                    break
                res = self.delivery(c, t)
                if res is None:
                    break

    @staticmethod
    def skip_closed(t):
        if CNY_CLOSED[0] <= t < CNY_CLOSED[1]:
            return CNY_CLOSED[1] + D(hours=float(rng.uniform(8, 18)))
        return t

    def customer_rows(self):
        rows = []
        for c in self.cust:
            tier = "gold" if c["spend"] >= 3000 else "silver" if c["spend"] >= 800 else "regular"
            if c["first_order"] is None:
                seg = "prospect"
            elif c["churned"]:
                seg = "churned"
            elif c["first_order"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["last_order"] < datetime(2026, 4, 1):
                seg = "at_risk"
            else:
                seg = "active"
            st = STATIONS[c["station"]]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg,
                             客户状态=SEGMENTS[seg], region=st[2], 城市=st[3], home_station_id=c["station"],
                             home_station=st[0], home_station_en=st[1], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]][0], preferred_water=c["water"],
                             常喝水种=WATER[c["water"]][0], building_type=c["building"],
                             楼宇类型="步梯楼" if c["building"] == "walk_up" else "电梯楼", phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "station_id", "station", "station_en", "city", "城市", "customer_type", "客户类型",
           "acquisition_channel", "获客渠道", "water_type", "水种", "buckets", "payment_method", "支付方式",
           "building_type", "courier_id", "promised_by", "late_minutes", "empties_collected", "bundle", "套餐",
           "tickets", "tickets_left", "amount", "deposit_amount", "technician_id", "request_channel",
           "damaged_buckets", "refund_amount", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "session_id", "station_id", "station", "station_en", "city", "城市", "customer_type", "客户类型",
            "water_type", "水种", "buckets", "bundle", "套餐", "tickets", "payment_method", "支付方式", "refunded_at",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "session_id", "station_id", "station", "station_en", "city", "城市", "customer_type", "客户类型",
           "water_type", "水种", "courier_id"]
CUST_COLS = ["customer_id", "signup_at", "segment", "客户状态", "region", "城市", "home_station_id", "home_station",
             "home_station_en", "acquisition_channel", "获客渠道", "tier", "会员等级", "customer_type", "客户类型",
             "preferred_water", "常喝水种", "building_type", "楼宇类型", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=20, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
