"""骑修 SpokeFix: a chain of bicycle and e-scooter repair workshops (单车/电动车维修) in five cities with a pickup
service. A rider finds us (Xiaohongshu / Meituan / Dianping / a friend / walking past), books a repair in the app or
the WeChat mini program or just walks in, chooses rider pickup (上门取车, a pickup fee) or drop-off at the workshop,
the bike is checked in, a mechanic diagnoses it and sends a quote, the customer approves (or declines and gets the
bike back unrepaired), the workshop sometimes waits for parts, repairs, runs a quality check (QC; a failed check means
rework), the customer pays, the bike is delivered back by a rider or collected, the customer may rate the job, may
buy an annual tune-up plan (年度保养卡) and comes back. A parts shop in the app sells tyres, lights, locks, helmets.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 5000
SZ_OUTSOURCE = datetime(2025, 6, 1)                              # Shenzhen pickups handed to 闪达跑腿
BATTERY_SHORT = (datetime(2025, 7, 1), datetime(2025, 10, 1))    # lithium battery packs back-ordered
APP_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 1))         # app 5.2.0: Android booking submit crashes
NJ_REWORK = (datetime(2026, 3, 1), datetime(2026, 7, 1))         # Xinjiekou: new mechanics, QC failures
BRAKE_PADS = (datetime(2025, 5, 1), datetime(2026, 1, 1))        # Binjiang: a bad batch of brake pads
APP_VERSIONS = [(datetime(2025, 1, 1), "5.0.3"), (datetime(2025, 4, 14), "5.1.0"), (datetime(2025, 11, 3), "5.2.0"),
                (datetime(2025, 12, 1), "5.2.1"), (datetime(2026, 4, 20), "5.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现骑修", "Discover SpokeFix", "awareness", "social", "digital", "marketing",
     "发现|刷到|看到|种草|小红书看到|美团搜到|路过|朋友推荐|discover|found us|first touch"),
    ("tp_book_fail", "预约提交失败", "Booking submit failed", "consideration", "app", "digital", "it",
     "预约失败|提交失败|下单报错|闪退|booking error|submit failed|app crash"),
    ("tp_book", "预约维修", "Repair booked", "consideration", "app", "digital", "service_desk",
     "预约|下单|报修|约修车|登记|到店登记|book|booking|repair request|walk-in registration"),
    ("tp_pickup", "骑手上门取车", "Rider pickup", "service", "other", "physical", "logistics",
     "上门取车|取车|骑手取车|接车上门|pickup|collected by rider|pick-up"),
    ("tp_checkin", "车辆入库", "Bike checked in", "service", "store", "physical", "workshop",
     "入库|接车|收车|到店|送修|check-in|drop-off|checked in"),
    ("tp_diagnose", "检测诊断", "Diagnosis", "service", "store", "physical", "workshop",
     "检测|诊断|检查|看车|报价|diagnosis|inspection|quote sent|estimate"),
    ("tp_quote_approve", "确认报价", "Quote approved", "purchase", "app", "digital", "service_desk",
     "确认报价|同意维修|接受报价|approve|quote approved|go-ahead"),
    ("tp_quote_decline", "拒绝报价", "Quote declined", "purchase", "app", "digital", "service_desk",
     "拒绝报价|不修了|太贵不修|decline|quote declined|rejected the quote"),
    ("tp_return", "未修退回", "Returned unrepaired", "service", "store", "physical", "logistics",
     "退回|原车退回|不修退回|returned unrepaired|sent back"),
    ("tp_parts_wait", "等待配件", "Waiting for parts", "service", "store", "physical", "supply",
     "等配件|缺货|调货|订配件|backorder|waiting for parts|out of stock"),
    ("tp_repair", "维修施工", "Repair work", "service", "store", "physical", "workshop",
     "维修|修车|施工|换件|保养|repair|fix|work on the bike|tune-up"),
    ("tp_qc", "质检", "Quality check", "service", "store", "physical", "quality",
     "质检|检验|试骑|出厂检查|QC|quality check|test ride"),
    ("tp_rework", "返工", "Rework", "service", "store", "physical", "quality",
     "返工|返修|重修|质检不合格|rework|redo|failed QC"),
    ("tp_pay", "结算支付", "Payment", "purchase", "app", "digital", "finance",
     "付款|支付|结账|买单|结算|pay|payment|checkout|paid"),
    ("tp_delivery", "送车交付", "Bike delivered back", "service", "other", "physical", "logistics",
     "送车|交车|取回|还车|交付|delivery|delivered|handover|collected"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance",
     "退款|退钱|退费|refund|money back|refunded"),
    ("tp_rate", "评价", "Job rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|好评|差评|rate|rating|review|stars"),
    ("tp_subscribe", "开通保养年卡", "Tune-up plan bought", "loyalty", "app", "digital", "membership",
     "年卡|保养卡|会员卡|包年|订阅|subscription|annual plan|tune-up plan|membership"),
    ("tp_shop", "配件商城下单", "Parts shop order", "purchase", "app", "digital", "ecommerce",
     "商城|配件商城|买配件|网店|parts shop|accessories|shop order"),
    ("tp_rebook", "再次送修", "Repeat repair", "loyalty", "app", "digital", "crm",
     "回头客|复购|再次送修|又来修|repeat|came back|return customer"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预约送修", "Booking to diagnosis", ["tp_discover", "tp_book", "tp_diagnose"], 14),
    ("repair", "维修履约", "Repair fulfilment", ["tp_diagnose", "tp_quote_approve", "tp_repair", "tp_qc",
                                              "tp_delivery"], 30),
    ("pickup", "上门取送", "Pickup service", ["tp_book", "tp_pickup", "tp_checkin"], 3),
    ("aftercare", "售后评价", "After delivery", ["tp_delivery", "tp_rate"], 7),
    ("plan", "保养年卡", "Tune-up plan", ["tp_delivery", "tp_subscribe"], 30),
    ("repeat", "回头客", "Repeat repair", ["tp_delivery", "tp_rebook"], 90),
]
CITIES = {  # en: zh, weight
    "Shanghai": ("上海", 0.40), "Shenzhen": ("深圳", 0.24), "Hangzhou": ("杭州", 0.20), "Nanjing": ("南京", 0.14),
    "Suzhou": ("苏州", 0.02)}
STORES = [  # id, city, zh, en, opened, weight
    ("SH01", "Shanghai", "上海徐汇滨江店", "Shanghai Xuhui Riverside", None, 1.3),
    ("SH02", "Shanghai", "上海静安寺店", "Shanghai Jing'an Temple", None, 1.0),
    ("SH03", "Shanghai", "上海五角场店", "Shanghai Wujiaochang", None, 1.0),
    ("SH04", "Shanghai", "上海张江店", "Shanghai Zhangjiang", None, 0.9),
    ("SZ01", "Shenzhen", "深圳南山科技园店", "Shenzhen Nanshan Tech Park", None, 1.3),
    ("SZ02", "Shenzhen", "深圳福田CBD店", "Shenzhen Futian CBD", None, 1.0),
    ("SZ03", "Shenzhen", "深圳宝安店", "Shenzhen Bao'an", None, 0.9),
    ("HZ01", "Hangzhou", "杭州西溪店", "Hangzhou Xixi", None, 1.0),
    ("HZ02", "Hangzhou", "杭州滨江店", "Hangzhou Binjiang", None, 1.2),
    ("HZ03", "Hangzhou", "杭州武林店", "Hangzhou Wulin", None, 0.9),
    ("NJ01", "Nanjing", "南京新街口店", "Nanjing Xinjiekou", None, 1.3),
    ("NJ02", "Nanjing", "南京河西店", "Nanjing Hexi", None, 1.0),
    ("SU01", "Suzhou", "苏州金鸡湖店", "Suzhou Jinji Lake", datetime(2026, 5, 1), 1.0),
]
STORE = {s[0]: s for s in STORES}
VEHICLES = {"road_bike": "公路车", "mtb": "山地车", "city_bike": "城市通勤车", "folding": "折叠车",
            "ebike": "电动自行车", "escooter": "电动滑板车"}
E_TYPES = {"ebike", "escooter"}
SERVICES = {  # en: zh, price range, parts needed prob, repair hours median
    "flat_tyre": ("补胎换胎", (30, 120), 0.10, 0.6), "brakes": ("刹车调校换片", (40, 160), 0.15, 0.8),
    "gears": ("变速调校", (50, 180), 0.12, 1.0), "chain": ("链条飞轮更换", (80, 320), 0.30, 1.0),
    "battery": ("电池检测更换", (300, 1500), 0.70, 1.5), "motor": ("电机控制器维修", (200, 900), 0.50, 2.5),
    "tune_up": ("全车保养", (129, 399), 0.10, 2.0), "frame_check": ("车架检测", (150, 420), 0.05, 1.5)}
SERVICE_MIX = {  # vehicle -> service probs
    "road_bike": {"flat_tyre": .22, "brakes": .14, "gears": .22, "chain": .14, "tune_up": .20, "frame_check": .08},
    "mtb": {"flat_tyre": .28, "brakes": .22, "gears": .22, "chain": .12, "tune_up": .16},
    "city_bike": {"flat_tyre": .42, "brakes": .22, "gears": .10, "chain": .14, "tune_up": .12},
    "folding": {"flat_tyre": .38, "brakes": .22, "gears": .14, "chain": .12, "tune_up": .14},
    "ebike": {"flat_tyre": .34, "brakes": .20, "battery": .20, "motor": .16, "tune_up": .10},
    "escooter": {"flat_tyre": .30, "brakes": .14, "battery": .28, "motor": .20, "tune_up": .08},
}
RTYPES = {  # en: zh, weight, vehicle probs, walk-in prob, pickup prob (booked online), return prob, gap days,
    #         quote price factor
    "commuter": ("通勤族", 0.40, {"city_bike": .38, "folding": .2, "ebike": .27, "escooter": .15}, 0.15, 0.55, 0.70,
                 75, 1.0),
    "roadie": ("骑行爱好者", 0.20, {"road_bike": .72, "mtb": .28}, 0.15, 0.35, 0.82, 55, 1.5),
    "delivery_rider": ("外卖快递骑手", 0.10, {"ebike": .95, "escooter": .05}, 0.72, 0.08, 0.90, 24, 0.8),
    "student": ("学生", 0.295, {"city_bike": .4, "mtb": .18, "escooter": .32, "folding": .1}, 0.25, 0.40, 0.55, 110,
                0.8),
    "club_team": ("车队俱乐部", 0.005, {"road_bike": 1.0}, 0.05, 0.85, 0.97, 14, 4.5),
}
AGES = {"commuter": (0.10, 0.48, 0.30, 0.12), "roadie": (0.08, 0.40, 0.38, 0.14),
        "delivery_rider": (0.20, 0.50, 0.25, 0.05), "student": (0.97, 0.03, 0.0, 0.0), "club_team": (0.1, 0.5, 0.3, 0.1)}
AGE_BANDS = ["18-24", "25-34", "35-44", "45+"]
CHANNELS = {  # en: zh, weight, discover -> book prob
    "xiaohongshu": ("小红书", 0.30, 0.36), "meituan": ("美团", 0.24, 0.62), "dianping": ("大众点评", 0.16, 0.58),
    "friend": ("朋友推荐", 0.15, 0.82), "walk_by": ("路过门店", 0.15, 0.74)}
BOOK_CH = {"app": "App", "mini_program": "小程序", "walk_in": "到店"}
MODES = {"pickup": "上门取送", "dropoff": "自行送修", "walk_in": "到店即修"}
PLANS = {"bike": ("单车保养年卡", 199), "e": ("电动车保养年卡", 299)}
QC_RESULT = {"pass": "合格", "fail": "不合格"}
REFUND_REASONS = {"pickup_late": "骑手迟到", "rework_unhappy": "返修不满意", "wrong_size": "尺寸不对",
                  "plan_cooling_off": "年卡7天无理由"}

TXT = {  # topic -> (zh phrases, en phrases); gold.py counts topics by markers in these phrases
    "pickup_late": (["骑手迟到了一个多小时才来取车", "约好上午取车，骑手迟到到下午", "取车骑手又迟到了，打电话也不接",
                     "上门取车迟到太久，耽误我上班"],
                    ["the pickup rider was over an hour late", "rider showed up late for the pickup, no call",
                     "pickup was late again"]),
    "scratch": (["车送回来被刮花了", "车架上多了好几道划痕，肯定是骑手运输时刮花的"],
                ["my bike came back scratched", "new scratches on the frame after the rider transport"]),
    "parts_wait": (["等配件等了一个多星期", "电池缺货，车在店里放了快两周", "说要调货，结果等配件等了十天"],
                   ["waited over a week for parts", "battery out of stock, the scooter sat there for two weeks",
                    "they had to order parts and I waited ten days"]),
    "price": (["报价太贵了，换个电池快赶上买新车", "检测完报价比网上贵太多", "维修报价太贵，没修"],
              ["the quote was way too expensive", "quote almost the price of a new scooter", "repair quote too expensive"]),
    "brake_squeak": (["刹车异响，刚换的片子吱吱叫", "修完刹车一直有异响", "刹车异响比修之前还厉害"],
                     ["brakes squeal after the new pads", "squeaky brakes right after the service",
                      "brake squeal is worse than before"]),
    "rework": (["修完没两天又坏了", "质检说没问题，骑回去第二天又坏了", "返工了两次才修好"],
               ["broke again two days after the repair", "had to bring it back, same problem again",
                "it broke again right after they fixed it"]),
    "app_bug": (["App预约一直提交失败", "安卓手机预约的时候闪退", "下单报错，预约提交不了"],
                ["the app crashed every time I tried to book", "booking keeps failing on my android phone",
                 "could not submit the booking, app error"]),
    "pro": (["师傅很专业，讲得很清楚", "师傅专业又耐心，把问题都解释了", "修车师傅很专业，值得信赖"],
            ["the mechanic was really professional", "very professional mechanic, explained everything",
             "professional and honest mechanic"]),
    "fast": (["当天就修好了，效率很高", "上午送修下午就取车，速度快"],
             ["fixed the same day, super quick", "same-day turnaround, impressive"]),
}
GEN = {
    "pos": (["整体满意，会再来", "服务不错，推荐给车友", "价格公道，服务到位", "体验很好"],
            ["good service, will come back", "happy with the repair", "fair price and friendly staff"]),
    "neu": (["还行吧", "一般般，没什么特别", "修好了，价格中规中矩"], ["it was ok", "average, nothing special"]),
    "neg": (["体验很差，不会再来", "不太满意", "有点失望"], ["not happy with this", "disappointing experience"]),
}
TOPIC_TP = [("app_bug", "tp_book_fail"), ("pickup_late", "tp_pickup"), ("scratch", "tp_delivery"),
            ("price", "tp_diagnose"), ("parts_wait", "tp_parts_wait"), ("rework", "tp_qc"),
            ("brake_squeak", "tp_repair"), ("pro", "tp_repair"), ("fast", "tp_delivery")]
NEG = {"pickup_late", "scratch", "parts_wait", "price", "brake_squeak", "rework", "app_bug"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(d, weights=None):
    if isinstance(d, dict):
        items, w = list(d), list(d.values())
    else:
        items, w = d, weights
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2026, 2, 14) <= d < datetime(2026, 2, 24) or datetime(2025, 1, 27) <= d < datetime(2025, 2, 5):
        return 0.3                                   # Spring Festival: workshops mostly closed
    return {1: 0.7, 2: 0.75, 3: 1.15, 4: 1.35, 5: 1.35, 6: 1.25, 7: 1.0, 8: 0.95, 9: 1.15, 10: 1.15, 11: 0.9,
            12: 0.75}[d.month]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def stores_in(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


def work_time(t: datetime) -> datetime:
    """push a time into opening hours 09:00-20:00"""
    if t.hour < 9:
        return datetime(t.year, t.month, t.day, 9) + D(minutes=float(rng.uniform(0, 40)))
    if t.hour >= 20:
        return datetime(t.year, t.month, t.day, 9) + D(days=1, minutes=float(rng.uniform(0, 40)))
    return t


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = self.n_shop = 0

    def ev(self, c, t, tp, sid, action, job=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["os"] if c["os"] else None)
        if job:
            row.update(job["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, job=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"repair": "维修费", "parts": "配件", "subscription": "保养年卡", "pickup_fee": "上门取送费"}[otype]
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="app", device=c["os"], order_type=otype, 订单类型=zh)
        if job:
            row["job_id"] = job["id"]
            for k in ("store_id", "store", "store_en", "store_city", "门店城市", "vehicle_type", "车型", "service_type",
                      "维修项目", "service_mode", "服务方式"):
                row[k] = job["common"][k]
            row["channel"] = job["common"]["booking_channel"]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, job=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job["id"] if job else None)
        if job:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市", "vehicle_type", "车型", "service_type",
                      "维修项目", "service_mode", "服务方式"):
                row[k] = job["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23)))
            city = pick({c: v[1] for c, v in CITIES.items()})
            if city == "Suzhou" and t < STORE["SU01"][4]:
                t = STORE["SU01"][4] + D(days=float(rng.uniform(0, 110)), hours=float(rng.uniform(8, 22)))
            rt = pick({r: v[1] for r, v in RTYPES.items()})
            ch = pick({c: v[1] for c, v in CHANNELS.items()})
            if ch == "walk_by" and rng.random() < 0.5:
                os_ = None if rng.random() < 0.3 else pick(["ios", "android"], [0.5, 0.5])
            else:
                os_ = pick(["ios", "android"], [0.52, 0.48])
            en = 0.22 if city in ("Shanghai", "Shenzhen") else 0.06
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", discover=t, city=city, rtype=rt, channel=ch,
                vehicle=pick(RTYPES[rt][2]), age=pick(AGE_BANDS, AGES[rt]), os=os_,
                gender=pick(["male", "female"], [0.68, 0.32]), en_share=en, lang="en" if rng.random() < en else "zh",
                home=pick({s[0]: s[5] for s in stores_in(city, max(t, datetime(2026, 5, 1) if city == "Suzhou"
                                                                    else t))}),
                plan_until=None, plan=None, spend=0.0, jobs=0, first_job=None, last_job=None))

    # ---------- one repair job ----------
    def job(self, c, t_book, n_prev):
        rt = RTYPES[c["rtype"]]
        stores = stores_in(c["city"], t_book)
        if not stores:
            return None
        home = STORE[c["home"]]
        store = home if (home in stores and rng.random() < 0.85) else stores[int(rng.integers(len(stores)))]
        veh = c["vehicle"] if rng.random() < 0.9 else pick(RTYPES[c["rtype"]][2])
        svc = pick(SERVICE_MIX[veh])
        bch = "walk_in" if rng.random() < rt[3] else pick(["app", "mini_program"], [0.55, 0.45])
        mode = "walk_in" if bch == "walk_in" else ("pickup" if rng.random() < rt[4] else "dropoff")
        subscribed = c["plan_until"] is not None and c["plan_until"] >= t_book
        if bch == "walk_in":
            t_book = work_time(t_book)
        self.n_job += 1
        jid = f"WO{self.n_job:06d}"
        city_zh = CITIES[store[1]][0]
        rider_vendor = None
        if mode == "pickup":
            rider_vendor = "闪达跑腿" if (store[1] == "Shenzhen" and t_book >= SZ_OUTSOURCE) else "自营骑手"
        common = dict(app_version=app_version(t_book) if bch == "app" else None, store_id=store[0], store=store[2],
                      store_en=store[3], store_city=store[1], 门店城市=city_zh, vehicle_type=veh, 车型=VEHICLES[veh],
                      service_type=svc, 维修项目=SERVICES[svc][0], booking_channel=bch, 预约渠道=BOOK_CH[bch],
                      service_mode=mode, 服务方式=MODES[mode], plan_member=bool(subscribed))
        job = dict(id=jid, common=common)
        dev = c["os"] if bch != "walk_in" else None
        # app 5.2.0 Android booking crash
        if bch == "app" and c["os"] == "android" and APP_BUG[0] <= t_book < APP_BUG[1]:
            tf = t_book
            for _ in range(int(rng.integers(1, 4))):
                self.ev(c, tf, "tp_book_fail", jid, "fail", job, channel="app", error_code="E_SUBMIT_CRASH")
                tf += D(minutes=float(rng.uniform(0.5, 3)))
            if rng.random() < 0.2:
                ch_fb = "app_store_review" if rng.random() < 0.5 else "ticket"
                r_fb = (1.0 if rng.random() < 0.5 else 2.0) if rng.random() < 0.5 else None
                self.fb(c, tf + D(minutes=20), ["app_bug"], ch_fb, job=job,
                        rating=r_fb if ch_fb == "app_store_review" else None)
            if rng.random() < 0.45:
                return None                                        # gave up
            if rng.random() < 0.5:
                bch = "mini_program"
                common.update(booking_channel=bch, 预约渠道=BOOK_CH[bch], app_version=None)
            t_book = tf + D(minutes=float(rng.uniform(1, 30)))
        if n_prev > 0:
            self.ev(c, t_book, "tp_rebook", jid, "rebook", job, channel=bch, device=dev)
        self.ev(c, t_book, "tp_book", jid, "walk_in" if bch == "walk_in" else "submit", job,
                channel="store" if bch == "walk_in" else bch, device=dev)
        # to the workshop
        if mode == "pickup":
            fee = 25.0 if veh in E_TYPES else 15.0
            if not subscribed:
                fee_order = self.order(c, t_book + D(minutes=1), fee, "pickup_fee", job, rider_vendor=rider_vendor)
            else:
                fee_order = None
            slot = work_time(t_book + D(hours=float(rng.uniform(2, 26))))
            slot = datetime(slot.year, slot.month, slot.day, slot.hour)
            if rider_vendor == "闪达跑腿":
                late = float(rng.lognormal(np.log(62), 0.6))
            else:
                late = float(rng.lognormal(np.log(12), 0.6))
            late = max(-10.0, late - 8)
            t_pick = slot + D(minutes=late)
            self.ev(c, t_pick, "tp_pickup", jid, "picked_up", job, channel="rider", device=None,
                    rider_vendor=rider_vendor, pickup_slot=ts(slot), minutes_late=round(late, 1))
            if late > 60:
                if fee_order is not None and rng.random() < 0.6:
                    t_r = t_pick + D(hours=float(rng.uniform(1, 30)))
                    self.refund(c, job, t_r, fee_order["amount"], fee_order, "pickup_late")
                if rng.random() < 0.3:
                    self.fb(c, t_pick + D(minutes=30), ["pickup_late"], "ticket", job=job)
            t_in = t_pick + D(minutes=float(rng.uniform(25, 90)))
        elif mode == "dropoff":
            t_in = work_time(t_book + D(hours=float(rng.exponential(20) + 1)))
        else:
            t_in = t_book + D(minutes=float(rng.uniform(2, 10)))
        self.ev(c, t_in, "tp_checkin", jid, "checked_in", job, channel="store", device=None)
        # diagnosis and quote
        lo, hi = SERVICES[svc][1]
        quote = round(float(rng.uniform(lo, hi)) * rt[7] * (0.9 if subscribed else 1.0) / 5) * 5
        t_dx = work_time(t_in + D(minutes=float(rng.lognormal(np.log(100), 0.6))))
        self.ev(c, t_dx, "tp_diagnose", jid, "quote_sent", job, channel="store", device=None, quote_amount=quote,
                mechanic_id=f"{store[0]}-M{int(rng.integers(1, 5))}")
        p_ok = 0.90
        if veh == "escooter":
            p_ok = 0.58 if svc in ("battery", "motor") else 0.80
        elif c["rtype"] == "student":
            p_ok = 0.82
        t_ans = t_dx + D(minutes=float(rng.lognormal(np.log(70), 0.9)))
        if rng.random() > p_ok:
            self.ev(c, t_ans, "tp_quote_decline", jid, "decline", job, channel=bch if bch != "walk_in" else "phone",
                    device=dev)
            t_ret = work_time(t_ans + D(hours=float(rng.uniform(2, 30))))
            self.ev(c, t_ret, "tp_return", jid, "returned", job, channel="store", device=None)
            if rng.random() < 0.18:
                self.fb(c, t_ans + D(hours=1), ["price"], "call_note" if rng.random() < 0.6 else "app_review",
                        job=job)
            return dict(end=t_ret, bad=True, declined=True)
        self.ev(c, t_ans, "tp_quote_approve", jid, "approve", job, channel=bch if bch != "walk_in" else "phone",
                device=dev, quote_amount=quote)
        # parts
        t_rep = work_time(t_ans + D(minutes=float(rng.lognormal(np.log(90), 0.7))))
        waited = 0.0
        if rng.random() < SERVICES[svc][2]:
            shortage = svc == "battery" and BATTERY_SHORT[0] <= t_ans < BATTERY_SHORT[1]
            waited = float(rng.lognormal(np.log(9.0 if shortage else 1.6), 0.45))
            self.ev(c, t_ans + D(minutes=20), "tp_parts_wait", jid, "parts_ordered", job, channel="store", device=None,
                    parts_status="backorder" if shortage else "transfer")
            t_rep = work_time(t_ans + D(days=waited))
            if waited > 5 and rng.random() < 0.3:
                self.fb(c, t_ans + D(days=5, hours=3), ["parts_wait"], "ticket", job=job)
        dur = float(rng.lognormal(np.log(SERVICES[svc][3]), 0.4))
        self.ev(c, t_rep, "tp_repair", jid, "repair_started", job, channel="store", device=None,
                mechanic_id=f"{store[0]}-M{int(rng.integers(1, 5))}")
        t_qc = t_rep + D(hours=dur)
        p_fail = 0.05
        if store[0] == "NJ01" and NJ_REWORK[0] <= t_qc < NJ_REWORK[1]:
            p_fail = 0.24
        if store[0] == "SU01":
            p_fail = 0.33
        failed = rng.random() < p_fail
        self.ev(c, t_qc, "tp_qc", jid, "qc_checked", job, channel="store", device=None,
                qc_result="fail" if failed else "pass", 质检结果=QC_RESULT["fail" if failed else "pass"])
        if failed:
            t_rw = t_qc + D(minutes=float(rng.uniform(10, 60)))
            self.ev(c, t_rw, "tp_rework", jid, "rework", job, channel="store", device=None)
            t_qc = t_rw + D(hours=float(rng.lognormal(np.log(3), 0.5)))
            self.ev(c, t_qc, "tp_qc", jid, "qc_checked", job, channel="store", device=None, qc_result="pass",
                    质检结果=QC_RESULT["pass"])
        t_pay = t_qc + D(minutes=float(rng.lognormal(np.log(40), 0.8)))
        if not self.ev(c, t_pay, "tp_pay", jid, "paid", job, channel=bch if bch != "walk_in" else "store",
                       device=dev, amount=quote):
            return dict(end=END, bad=False)
        rep_order = self.order(c, t_pay, quote, "repair", job)
        c["spend"] += quote
        if mode == "pickup":
            t_del = work_time(t_pay + D(hours=float(rng.uniform(2, 20))))
            act = "delivered"
        else:
            t_del = work_time(t_pay + D(hours=float(rng.exponential(14) + 0.3))) if mode == "dropoff" else \
                t_pay + D(minutes=float(rng.uniform(2, 15)))
            act = "collected"
        self.ev(c, t_del, "tp_delivery", jid, act, job, channel="rider" if mode == "pickup" else "store", device=None,
                rider_vendor=rider_vendor, days_in_shop=round((t_del - t_in).total_seconds() / 86400, 2))
        # experience
        topics = []
        if mode == "pickup" and late > 60:
            topics.append("pickup_late")
        if mode == "pickup" and rider_vendor == "闪达跑腿" and rng.random() < 0.12:
            topics.append("scratch")
        if waited > 5:
            topics.append("parts_wait")
        if svc in ("brakes", "tune_up"):
            p_sq = 0.02 if svc == "brakes" else 0.005
            if store[0] == "HZ02" and BRAKE_PADS[0] <= t_rep < BRAKE_PADS[1]:
                p_sq = 0.6 if svc == "brakes" else 0.4
            if rng.random() < p_sq:
                topics.append("brake_squeak")
                if rng.random() < 0.3:
                    self.fb(c, t_del + D(days=float(rng.uniform(1, 5))), ["brake_squeak"], "ticket", job=job)
        broke = failed and rng.random() < 0.35 or rng.random() < 0.02
        if broke:
            topics.append("rework")
            if rng.random() < 0.4:
                self.refund(c, job, t_del + D(days=float(rng.uniform(2, 6))), quote, rep_order, "rework_unhappy")
        bad = bool(topics)
        if not bad:
            p_pro = 0.40 if store[0] == "SH01" else 0.10
            if rng.random() < p_pro:
                topics.append("pro")
            if (t_del - t_in) < D(hours=10) and rng.random() < 0.25:
                topics.append("fast")
        p_rate = 0.45 if bad else 0.28
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.52, 0.33, 0.11, 0.04]))
            pen = {"pickup_late": 2.6, "scratch": 2.8, "parts_wait": 1.8, "brake_squeak": 1.6, "rework": 1.9}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "pro" in topics:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_del + D(minutes=float(rng.lognormal(np.log(240), 1.0)))
            if self.ev(c, t_r, "tp_rate", jid, "rate", job, channel=bch if bch != "walk_in" else "mini_program",
                       device=c["os"], stars=stars):
                self.fb(c, t_r, topics, "app_review", rating=stars, job=job,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if c["channel"] == "dianping" and rng.random() < 0.15:
            stars = float(pick([5, 4, 3, 2], [0.48, 0.34, 0.12, 0.06]))
            for k in topics:
                stars -= {"pickup_late": 2.0, "scratch": 2.0, "parts_wait": 1.5, "brake_squeak": 1.5,
                          "rework": 1.9}.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_del + D(hours=float(rng.uniform(3, 60))), topics, "dianping_review", rating=stars, job=job,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.25)
        if rng.random() < 0.05:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_del + D(days=2, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, job=job, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.05:
            self.fb(c, t_del + D(hours=float(rng.uniform(5, 96))), topics, "xiaohongshu", job=job,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        # tune-up plan offer
        if not subscribed and not bad:
            p_sub = {"commuter": 0.12, "delivery_rider": 0.16, "roadie": 0.08, "student": 0.03, "club_team": 0.3}[
                c["rtype"]]
            if rng.random() < p_sub:
                t_s = t_del + D(days=float(rng.exponential(5)), hours=float(rng.uniform(0, 6)))
                kind = "e" if veh in E_TYPES else "bike"
                name, price = PLANS[kind]
                if self.ev(c, t_s, "tp_subscribe", jid, "subscribe", job, channel="app", device=c["os"],
                           plan_name=name, amount=price):
                    so = self.order(c, t_s, price, "subscription", job, plan_name=name)
                    so["channel"] = "app"
                    c["spend"] += price
                    c["plan_until"] = t_s + D(days=365)
                    c["plan"] = name
                    if rng.random() < 0.06:
                        self.refund(c, job, t_s + D(days=float(rng.uniform(1, 6))), price, so, "plan_cooling_off")
                        c["plan_until"] = None
                        c["plan"] = None
        return dict(end=t_del, bad=bad, declined=False)

    def refund(self, c, job, t_r, amount, order, reason, sid=None):
        if t_r > END:
            return
        self.ev(c, t_r, "tp_refund", sid or job["id"], "refund", job, channel="app", device=c["os"],
                refund_amount=amount, refund_reason=reason, 退款原因=REFUND_REASONS[reason])
        order["status"] = "refunded"
        order["refunded_at"] = ts(t_r)

    def shop(self, c):
        """parts-shop orders over the customer's life"""
        rate = {"roadie": 0.12, "club_team": 0.5, "commuter": 0.04, "delivery_rider": 0.05, "student": 0.03}[
            c["rtype"]]
        t = c["discover"]
        while True:
            t += D(days=float(rng.exponential(30 / rate)))
            if t > END:
                return
            if datetime(2025, 11, 1) <= t < datetime(2025, 11, 12) or datetime(2025, 6, 1) <= t < datetime(2025, 6, 19):
                k = 3                                                 # 双十一 / 618 promotions
            else:
                k = 1
            for _ in range(k if rng.random() < 0.6 else 1):
                tt = t + D(hours=float(rng.uniform(0, 48)))
                if tt > END:
                    return
                self.n_shop += 1
                sid = f"SP{self.n_shop:06d}"
                item = pick({"tyre": .3, "light": .2, "lock": .15, "helmet": .15, "pump": .1, "bottle_cage": .1})
                amt = float(rng.choice({"tyre": [59, 89, 129, 239], "light": [39, 99, 159], "lock": [49, 89, 139],
                                        "helmet": [129, 199, 399], "pump": [49, 89], "bottle_cage": [19, 39]}[item]))
                if c["rtype"] in ("roadie", "club_team"):
                    amt *= 1.6
                amt = round(amt)
                zh = {"tyre": "外胎", "light": "车灯", "lock": "车锁", "helmet": "头盔", "pump": "打气筒",
                      "bottle_cage": "水壶架"}[item]
                self.ev(c, tt, "tp_shop", sid, "order", None, channel="app", amount=amt, item=item, 商品=zh)
                o = self.order(c, tt, amt, "parts", None, item=item, 商品=zh, shop_order_id=sid)
                c["spend"] += amt
                if item in ("tyre", "helmet") and rng.random() < 0.15:
                    self.refund(c, None, tt + D(days=float(rng.uniform(2, 9))), amt, o, "wrong_size", sid=sid)
                    c["spend"] -= amt

    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", None, channel=c["channel"],
                    app_version=app_version(c["discover"]))
            self.shop(c)
            pb = CHANNELS[c["channel"]][2]
            if rng.random() > pb:
                continue
            t = c["discover"] + D(hours=float(min(300, rng.exponential(30) + 0.3)))
            rt = RTYPES[c["rtype"]]
            n = 0
            while t <= END:
                res = self.job(c, t, n)
                if res is None:
                    if rng.random() < 0.5:
                        t += D(days=float(rng.uniform(0.5, 5)))
                        continue
                    break
                n += 1
                c["jobs"] += 1
                c["first_job"] = c["first_job"] or t
                c["last_job"] = res["end"]
                p_ret = rt[5]
                if c["plan_until"] is not None:
                    p_ret = min(0.97, p_ret + 0.15)
                if res["bad"]:
                    p_ret *= 0.75
                if rng.random() > p_ret:
                    break
                gap = rt[6] * (0.6 if c["plan_until"] is not None else 1.0)
                g = float(rng.exponential(gap) + 2)
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 22)))
                if rng.random() > season(t) / 1.4:                      # low season: some put the repair off
                    t += D(days=float(rng.uniform(10, 40)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["jobs"]:
                seg = "prospect"
            elif c["first_job"] >= datetime(2026, 6, 1):
                seg = "new"
            elif c["last_job"] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif c["jobs"] >= 5:
                seg = "loyal"
            else:
                seg = "returning" if c["jobs"] >= 2 else "one_time"
            active = c["plan_until"] is not None and c["plan_until"] >= END
            tier = ("plan_member" if active else ("lapsed_plan" if c["plan"] else "standard"))
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员状态={"plan_member": "年卡会员", "lapsed_plan": "年卡过期", "standard": "普通用户"}[tier],
                             rider_type=c["rtype"], 骑行人群=RTYPES[c["rtype"]][0], main_vehicle=c["vehicle"],
                             主要车型=VEHICLES[c["vehicle"]], age_band=c["age"], gender=c["gender"], phone_os=c["os"],
                             home_store_id=c["home"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


JOB_COLS = ["store_id", "store", "store_en", "store_city", "门店城市", "vehicle_type", "车型", "service_type", "维修项目",
            "booking_channel", "预约渠道", "service_mode", "服务方式", "plan_member"]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version"] + JOB_COLS + ["error_code", "rider_vendor", "pickup_slot", "minutes_late", "quote_amount",
                                        "mechanic_id", "parts_status", "qc_result", "质检结果", "amount",
                                        "days_in_shop", "plan_name", "item", "商品", "refund_amount", "refund_reason",
                                        "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "store_id", "store", "store_en", "store_city", "门店城市", "vehicle_type", "车型", "service_type", "维修项目",
            "service_mode", "服务方式", "rider_vendor", "plan_name", "item", "商品", "shop_order_id", "refunded_at",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "job_id",
           "store_id", "store", "store_en", "store_city", "门店城市", "vehicle_type", "车型", "service_type", "维修项目",
           "service_mode", "服务方式"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员状态",
             "rider_type", "骑行人群", "main_vehicle", "主要车型", "age_band", "gender", "phone_os", "home_store_id",
             "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=30, replace=False)                 # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, shop orders {g.n_shop}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
