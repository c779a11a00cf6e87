"""行李寄存 BagDrop: luggage storage and hotel-to-airport delivery in 5 cities, 2025-01-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
N = 6000
H = timedelta(hours=1)
M = timedelta(minutes=1)
GZS_QUEUE = datetime(2025, 10, 1)                            # 广州南站: counter moved / short-staffed from here on
CHUNXI_DAMAGE = datetime(2025, 6, 1)                         # 春熙路合作店: new handling contractor, bags get damaged
ANDROID_BUG = (datetime(2026, 4, 1), datetime(2026, 5, 1))  # Android app 5.2.0: booking submit fails
KUANZHAI_OPEN = datetime(2026, 5, 20)                        # new partner shop 宽窄巷子合作店

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search", "搜索寄存网点", "Storage location search", "consideration", "app", "digital", "product",
     "搜索|找网点|查网点|搜寄存点|找寄存|search|location search|searched|looked for a locker"),
    ("tp_quote", "派送询价", "Delivery quote", "consideration", "app", "digital", "product",
     "询价|查派送价格|派送报价|行李派送询价|quote|delivery quote|price check"),
    ("tp_book", "寄存下单", "Storage booked", "purchase", "app", "digital", "product",
     "下单|预约|预订|订寄存|寄存预约|booking|booked|reservation|storage booking"),
    ("tp_book_delivery", "派送下单", "Delivery booked", "purchase", "app", "digital", "product",
     "派送下单|预约派送|订派送|酒店到机场|delivery booking|booked delivery|hotel to airport"),
    ("tp_book_fail", "下单失败", "Booking failed", "purchase", "app", "digital", "product",
     "下单失败|提交失败|订不了|预约失败|booking failed|booking error|could not book"),
    ("tp_prepay", "在线预付", "Prepaid online", "purchase", "app", "digital", "payments",
     "预付|在线支付|提前付款|付款|prepaid|prepay|online payment|paid in advance"),
    ("tp_cancel", "取消预约", "Booking cancelled", "purchase", "app", "digital", "customer_service",
     "取消|退订|取消订单|cancel|cancellation|cancelled"),
    ("tp_dropoff", "存包（贴签扫码）", "Bag dropped off (tagged & scanned)", "service", "store", "physical", "operations",
     "存包|寄存|存行李|交行李|贴签|扫码入库|drop-off|dropoff|dropped off|check-in bag|bag drop"),
    ("tp_pay_onsite", "到店付款", "Paid at drop-off", "purchase", "store", "physical", "payments",
     "到店付|现场付款|柜台付款|pay at counter|paid at drop-off|pay on site"),
    ("tp_pickup_arrive", "到店取件（排队取号）", "Arrived for pickup (queue ticket)", "service", "store", "physical",
     "operations", "取号|排队|到店取件|来取行李|queue|queue ticket|arrived for pickup|waiting to pick up"),
    ("tp_pickup", "取件完成", "Bag picked up", "service", "store", "physical", "operations",
     "取件|取行李|取包|拿回行李|pickup|picked up|bag collected|collection"),
    ("tp_handover", "交件（派送收件）", "Bag handed over for delivery", "service", "other", "physical", "logistics",
     "交件|收件|酒店收件|上门取件|handover|handed over|bag collected from hotel"),
    ("tp_dispatch", "派送出发", "Delivery dispatched", "service", "other", "physical", "logistics",
     "派送|发车|出发派送|配送中|dispatch|dispatched|out for delivery|on the way"),
    ("tp_delivered", "送达", "Delivered", "service", "other", "physical", "logistics",
     "送达|送到|签收|到机场|delivered|delivery completed|arrived at the airport"),
    ("tp_claim", "损坏/丢失理赔申请", "Damage / loss claim", "service", "app", "digital", "customer_service",
     "理赔|索赔|赔偿申请|报损|丢件|claim|damage claim|loss claim|compensation claim"),
    ("tp_claim_resolved", "理赔结案", "Claim resolved", "service", "other", "digital", "customer_service",
     "结案|理赔结果|赔付到账|理赔完成|claim resolved|claim closed|payout|settled"),
    ("tp_review", "发表评价", "Review posted", "loyalty", "app", "digital", "customer_experience",
     "评价|打分|评分|点评|晒单|review|rating|rated|stars"),
    ("tp_rebook", "再次预订", "Rebooked (repeat booking)", "loyalty", "app", "digital", "growth",
     "复购|再次预订|回头客|又来存|rebook|repeat booking|came back|booked again"),
]
JOURNEYS = [
    ("storage", "寄存全流程", "Storage journey", 7, ["tp_search", "tp_book", "tp_dropoff", "tp_pickup"]),
    ("delivery", "行李派送", "Hotel-to-airport delivery", 7,
     ["tp_quote", "tp_book_delivery", "tp_handover", "tp_dispatch", "tp_delivered"]),
    ("claim", "理赔处理", "Claim handling", 30, ["tp_claim", "tp_claim_resolved"]),
]
# city en, zh, share, delivery fee, delivery minutes (median), late share of deliveries
CITIES = [("Shanghai", "上海", 0.28, 69.0, 75, 0.05), ("Beijing", "北京", 0.22, 69.0, 70, 0.06),
          ("Guangzhou", "广州", 0.18, 59.0, 55, 0.05), ("Chengdu", "成都", 0.17, 79.0, 95, 0.27),
          ("Hangzhou", "杭州", 0.15, 65.0, 60, 0.05)]
LTYPE = {"station": "车站", "airport": "机场", "shop": "合作门店"}
# location en, zh, city, type, weight within the city
LOCATIONS = [
    ("Shanghai Hongqiao Station", "上海虹桥站", "Shanghai", "station", 0.34),
    ("Shanghai Railway Station", "上海站", "Shanghai", "station", 0.18),
    ("PVG Airport T2", "浦东机场T2", "Shanghai", "airport", 0.24),
    ("The Bund partner shop", "外滩合作店", "Shanghai", "shop", 0.24),
    ("Beijing South Station", "北京南站", "Beijing", "station", 0.42),
    ("PEK Airport T3", "首都机场T3", "Beijing", "airport", 0.25),
    ("Qianmen partner shop", "前门合作店", "Beijing", "shop", 0.33),
    ("Guangzhou South Station", "广州南站", "Guangzhou", "station", 0.45),
    ("CAN Airport T2", "白云机场T2", "Guangzhou", "airport", 0.25),
    ("Beijing Road partner shop", "北京路合作店", "Guangzhou", "shop", 0.30),
    ("Chengdu East Station", "成都东站", "Chengdu", "station", 0.38),
    ("TFU Airport T1", "天府机场T1", "Chengdu", "airport", 0.22),
    ("Chunxi Road partner shop", "春熙路合作店", "Chengdu", "shop", 0.40),
    ("Kuanzhai Alley partner shop", "宽窄巷子合作店", "Chengdu", "shop", 0.0),
    ("Hangzhou East Station", "杭州东站", "Hangzhou", "station", 0.40),
    ("HGH Airport T4", "萧山机场T4", "Hangzhou", "airport", 0.25),
    ("West Lake partner shop", "西湖合作店", "Hangzhou", "shop", 0.35),
]
AIRPORT_OF = {l[2]: l for l in LOCATIONS if l[3] == "airport"}
TRAVELLERS = [("tourist", "游客", 0.55), ("business", "商务", 0.27), ("student", "学生", 0.18)]
COUNTRIES = [("China", "中国", 0.82), ("Japan", "日本", 0.035), ("South Korea", "韩国", 0.04),
             ("United States", "美国", 0.03), ("United Kingdom", "英国", 0.02), ("Singapore", "新加坡", 0.035),
             ("Germany", "德国", 0.02)]
CH_ZH = {"app": "App", "mini_program": "微信小程序", "ctrip": "携程", "fliggy": "飞猪", "klook": "Klook客路"}
SIZE_ZH = {"small": "小件", "medium": "中件", "large": "大件"}
SIZE_PRICE = {"small": 18.0, "medium": 25.0, "large": 35.0}   # per bag per started 24 h; airports + 10
SERVICE_ZH = {"storage": "寄存", "delivery": "派送"}
OVERDUE_P = {"tourist": 0.12, "business": 0.06, "student": 0.31}
DELIVERY_P = {"tourist": 0.22, "business": 0.16, "student": 0.05}
N_JOURNEYS = {"tourist": 0.62, "business": 0.38, "student": 0.55}   # geometric p: lower = more journeys
BOOK_P = {"app": 0.72, "mini_program": 0.63, "ctrip": 0.78, "fliggy": 0.76, "klook": 0.8}
PREPAY_P = {"app": 0.74, "mini_program": 0.62, "ctrip": 1.0, "fliggy": 1.0, "klook": 1.0}

TEXT = {
    "convenient_location": (
        ["就在{loc}出站口旁边，存完直接去逛街，太方便了", "离车站很近，几步路就到，下次还来", "{loc}这个点位置很好找，存取都方便",
         "下了高铁直接存包，轻装去玩，很方便", "机场里就有寄存点，转机的时候特别方便", "寄存点离地铁口很近，找起来一点不费劲",
         "位置方便，贴签扫码一分钟搞定"],
        ["Right next to the station exit, super convenient", "Easy to find at {loc}, dropped my bag and went sightseeing",
         "Very convenient location near the station", "Great spot, two minutes from the platform"]),
    "price_fair": (
        ["价格公道，一天{p}块比车站柜子便宜", "收费合理，大箱子也不贵", "价格很实在，没有乱收费", "性价比高，比酒店寄存还便宜",
         "按天收费很透明，价格可以接受"],
        ["Fair price for a full day", "Reasonable price, cheaper than the station lockers", "Good value for money"]),
    "smooth_service": (
        ["存取都很快，扫码就行，体验不错", "流程顺畅，取件一分钟", "服务很规范，行李有封条很放心", "派送准时送到机场，省心",
         "整体体验很好，推荐给朋友了"],
        ["Quick and smooth, scan the code and go", "Smooth pickup, bag was in perfect condition",
         "Delivery arrived at the airport on time, stress free"]),
    "staff_rude": (
        ["工作人员态度很差，问个问题爱答不理", "柜台的人很凶，催我快点", "店员态度恶劣，行李随手一扔", "服务态度太差了，一直在玩手机",
         "{loc}的工作人员很不耐烦，说话很冲", "问能不能多放一会儿，员工直接甩脸色"],
        ["Staff were rude and impatient", "The guy at the counter was really unfriendly",
         "Rude staff, threw my bag on the floor", "Very rude service at {loc}"]),
    "bag_damaged": (
        ["取回来箱子轮子断了一个", "行李箱被摔坏了，拉杆都变形了", "箱子外壳裂了，明显是被摔过", "取件发现包被压坏了，里面东西也碎了",
         "寄存后箱子有好几道划痕，还有个角裂了", "派送回来的箱子把手断了"],
        ["My suitcase came back with a broken wheel", "Bag was damaged, the handle is bent",
         "The shell of my luggage was cracked after storage", "They damaged my bag and the claim took ages"]),
    "bag_lost": (
        ["存的行李找不到了！工作人员也说不清楚", "取件的时候说行李不见了，太离谱", "派送的箱子丢了一个，到现在还没找到"],
        ["They lost one of my bags", "My bag was missing when I came to pick it up"]),
    "pickup_queue_long": (
        ["取件排队排了{m}分钟，差点赶不上高铁", "取行李要排长队，只有一个人在弄", "下午取件的人太多了，等了快半小时",
         "排队取件太慢了，建议多开一个窗口", "{loc}取件要等很久，队伍排到门外", "取个包排了二十多分钟，效率太低"],
        ["Waited {m} minutes in the pickup queue", "Pickup queue was very long, only one staff member",
         "Almost missed my train because of the queue to get my bag"]),
    "delivery_late": (
        ["行李送到机场晚了，差点误机", "说好起飞前三小时送到，结果晚了一个小时", "派送晚到，在机场干等行李，急死了",
         "送机场的行李迟到了，值机都快关了", "派送太慢了，赶飞机的人伤不起"],
        ["Bag delivered late to the airport, nearly missed my flight", "Delivery was an hour late for my flight",
         "The delivery to the airport was late, very stressful"]),
    "booking_failed": (
        ["安卓版App下单一直提交失败", "更新后预约点提交没反应，只能去柜台", "App下单报错，试了好几次都不行", "新版本下单闪退，体验太差"],
        ["Android app keeps failing when I try to book", "Booking button does nothing after the update",
         "App crashed every time I tried to reserve"]),
    "overtime_fee": (
        ["只超时了一点就收了超时费，有点坑", "超时费太贵了，晚了两个小时多收这么多", "超时收费没提前说清楚"],
        ["Overtime fee was steep for being a bit late", "Charged an overtime fee without clear notice"]),
    "neutral": (
        ["还行吧，中规中矩", "存了一天，没什么特别的", "一般，能用", "第一次用，感觉还可以", "正常存取，没什么问题也没什么亮点"],
        ["It was ok", "Average experience, nothing special", "Fine, did the job"]),
}
SENT = {"convenient_location": "positive", "price_fair": "positive", "smooth_service": "positive",
        "staff_rude": "negative", "bag_damaged": "negative", "bag_lost": "negative", "pickup_queue_long": "negative",
        "delivery_late": "negative", "booking_failed": "negative", "overtime_fee": "negative", "neutral": "neutral"}


class Gen:
    def __init__(self):
        self.r = np.random.default_rng(SEED)
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_book = 0
        days = (END.date() - START.date()).days + 1
        self.days = [START + timedelta(days=i) for i in range(days)]
        w = np.array([self.day_weight(d) for d in self.days])
        self.day_p = w / w.sum()

    @staticmethod
    def day_weight(d: datetime) -> float:
        w = 1.0 + 0.45 * (d - START).days / 575.0                       # growth
        w *= {1: 0.9, 2: 1.0, 3: 0.85, 4: 1.0, 5: 1.05, 6: 0.95, 7: 1.3, 8: 1.35, 9: 0.95, 10: 1.1, 11: 0.8,
              12: 0.85}[d.month]
        if d.weekday() >= 5:
            w *= 1.25
        for a, b, f in (("2025-01-14", "2025-02-12", 1.35), ("2026-02-01", "2026-03-03", 1.35),
                        ("2025-04-30", "2025-05-05", 2.0), ("2026-04-30", "2026-05-05", 2.0),
                        ("2025-09-29", "2025-10-05", 3.2), ("2025-10-06", "2025-10-07", 1.6)):
            if a <= d.strftime("%Y-%m-%d") <= b:
                w *= f
        return w

    def pick(self, items, weights):
        p = np.array(weights, dtype=float)
        return items[int(self.r.choice(len(items), p=p / p.sum()))]

    # ---------- writers ----------
    def ev(self, c, ts, tp, b=None, **kw):
        if ts > END:
            return None
        self.n_ev += 1
        row = {"event_id": f"E{self.n_ev:07d}", "customer_id": c["customer_id"], "ts": ts, "touchpoint_id": tp,
               "session_id": kw.pop("session_id", "")}
        if b is not None:
            row.update(booking_id=b["booking_id"], service=b["service"], 服务类型=SERVICE_ZH[b["service"]],
                       city=b["city"], 城市=b["城市"], location=b["location"], 网点=b["网点"],
                       location_type=b["location_type"], 网点类型=LTYPE[b["location_type"]])
        row.update(kw)
        self.events.append(row)
        return ts

    def order(self, c, b, ts, amount, otype, status, **kw):
        self.n_ord += 1
        self.orders.append({
            "order_id": f"O{self.n_ord:06d}", "customer_id": c["customer_id"], "ts": ts, "amount": round(amount, 2),
            "status": status, "channel": b["channel"], "device": b["device"], "booking_id": b["booking_id"],
            "order_type": otype, "service": b["service"], "city": b["city"], "城市": b["城市"],
            "location": b["location"], "网点": b["网点"], "location_type": b["location_type"],
            "网点类型": LTYPE[b["location_type"]], "bag_size": b["bag_size"], "行李尺寸": SIZE_ZH[b["bag_size"]],
            "bags": b["bags"], "payment_timing": b["payment_timing"], "payment_method": b["payment_method"], **kw})

    def fb(self, topic, lang, ts, tp, channel, c=None, b=None, rating=None, nps=None, **fill):
        self.n_fb += 1
        zh, en = TEXT[topic]
        pool = en if lang == "en" else zh
        text = pool[int(self.r.integers(len(pool)))]
        loc = (b["location"] if lang == "en" else b["网点"]) if b else ("the station" if lang == "en" else "车站")
        text = text.format(loc=loc, m=fill.get("m", 30), p=fill.get("p", 25))
        fid = f"FB{self.n_fb:05d}"
        row = {"feedback_id": fid, "text": text, "ts": ts, "customer_id": c["customer_id"] if c else "",
               "touchpoint_id": tp, "channel": channel, "rating": rating if rating is not None else "",
               "nps": nps if nps is not None else "", "booking_id": b["booking_id"] if b else "",
               "city": b["city"] if b else "", "城市": b["城市"] if b else "",
               "location": b["location"] if b else "", "网点": b["网点"] if b else "",
               "location_type": b["location_type"] if b else "", "service": b["service"] if b else ""}
        self.feedback.append(row)
        self.truth.append({"feedback_id": fid, "topic": topic, "sentiment": SENT[topic], "language": lang})

    # ---------- simulation ----------
    def customer(self, i):
        r = self.r
        tt = self.pick(TRAVELLERS, [t[2] for t in TRAVELLERS])
        country = self.pick(COUNTRIES, [c[2] for c in COUNTRIES])
        foreign = country[0] != "China"
        if foreign and tt[0] == "student" and r.random() < 0.5:
            tt = TRAVELLERS[0]
        city = self.pick(CITIES, [c[2] for c in CITIES])
        if foreign:
            ch = self.pick(["klook", "app", "ctrip"], [0.55, 0.3, 0.15])
            dev = "ios" if r.random() < 0.72 else "android"
        else:
            ch = self.pick(["app", "mini_program", "ctrip", "fliggy"], [0.34, 0.36, 0.18, 0.12])
            if tt[0] == "business" and ch == "fliggy":
                ch = "ctrip"
            dev = "ios" if r.random() < (0.6 if tt[0] == "business" else 0.5) else "android"
        first = self.days[int(r.choice(len(self.days), p=self.day_p))] + timedelta(hours=float(r.uniform(7, 22.5)))
        signup = first - (timedelta(days=float(r.exponential(25))) if r.random() < 0.3
                          else timedelta(minutes=float(r.uniform(1, 30))))
        c = {"customer_id": f"C{i:05d}", "signup_at": signup, "traveller_type": tt[0], "旅客类型": tt[1],
             "home_country": country[0], "客源地": country[1], "signup_city": city[0], "注册城市": city[1],
             "acquisition_channel": ch, "获客渠道": CH_ZH[ch], "language": "en" if foreign else "zh",
             "device": dev, "region": "overseas" if foreign else {"Shanghai": "华东", "Hangzhou": "华东",
                                                                   "Beijing": "华北", "Guangzhou": "华南",
                                                                   "Chengdu": "西南"}[city[0]],
             "age_band": self.pick(["18-24", "25-34", "35-44", "45-54", "55+"],
                                   [0.7, 0.25, 0.05, 0, 0] if tt[0] == "student" else [0.1, 0.38, 0.3, 0.15, 0.07])}
        n = min(int(r.geometric(N_JOURNEYS[tt[0]])), 9)
        starts, t = [], first
        for k in range(n):
            if t > END - timedelta(days=1):
                break
            starts.append(t)
            gap = float(r.exponential({"business": 45, "tourist": 110, "student": 80}[tt[0]])) + 2
            t = t + timedelta(days=gap)
            t = t.replace(hour=int(r.integers(7, 23)), minute=int(r.integers(60)))
        done = 0
        for k, t0 in enumerate(starts):
            done += self.journey(c, t0, k, done)
        c["_journeys"], c["_done"] = len(starts), done
        self.customers.append(c)

    def journey(self, c, t0, k, done_before) -> int:
        """one search/quote session; returns 1 if a service was completed."""
        r = self.r
        tt = c["traveller_type"]
        foreign = c["language"] == "en"
        ch = c["acquisition_channel"] if r.random() < 0.8 else self.pick(["app", "mini_program"], [0.5, 0.5])
        if foreign and ch == "mini_program":
            ch = "app"
        dev = c["device"]
        delivery = r.random() < DELIVERY_P[tt] + (0.1 if foreign else 0.0)
        ccity = next(x for x in CITIES if x[0] == c["signup_city"])
        city = ccity if r.random() < 0.82 else self.pick(CITIES, [x[2] for x in CITIES])
        if delivery:
            loc = AIRPORT_OF[city[0]]
        else:
            cands = [l for l in LOCATIONS if l[2] == city[0]]
            w = []
            for l in cands:
                x = l[4]
                if l[0].startswith("Kuanzhai"):
                    x = 0.22 if t0 >= KUANZHAI_OPEN else 0.0
                x *= {"station": {"tourist": 1.0, "business": 1.4, "student": 1.6},
                      "airport": {"tourist": 0.8, "business": 1.5, "student": 0.5},
                      "shop": {"tourist": 1.3, "business": 0.4, "student": 0.8}}[l[3]][tt]
                w.append(x)
            loc = self.pick(cands, w)
        self.n_book += 1
        b = {"booking_id": f"B{self.n_book:06d}", "service": "delivery" if delivery else "storage",
             "city": city[0], "城市": city[1], "location": loc[0], "网点": loc[1], "location_type": loc[3],
             "channel": ch, "device": dev}
        sess = f"S{self.n_book:06d}"
        appv = "5.2.0" if (dev == "android" and t0 >= ANDROID_BUG[0]) else ("5.1.3" if t0 >= datetime(2026, 1, 10)
                                                                             else "5.0.8")
        if dev == "android" and t0 >= ANDROID_BUG[1]:
            appv = "5.2.1"
        dig = dict(channel=ch, device=dev, session_id=sess, app_version=appv if ch == "app" else "")
        self.ev(c, t0, "tp_quote" if delivery else "tp_search", b, action="view", **dig)
        # booking
        p = BOOK_P[ch] * (0.92 if delivery else 1.0) * (1.08 if k > 0 else 1.0)
        if r.random() > p:
            return 0
        t = t0 + timedelta(minutes=float(r.lognormal(math.log(6), 0.8)))
        bug = ch == "app" and dev == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1]
        if bug and r.random() < 0.55:
            self.ev(c, t, "tp_book_fail", b, action="fail", error_code="SUBMIT_TIMEOUT_5201", **dig)
            if r.random() < 0.45:
                self.fb("booking_failed", c["language"], t + timedelta(hours=float(r.uniform(0.2, 30))),
                        "tp_book_fail", "app_review", None, None, rating=int(r.choice([1, 1, 2])))
            if r.random() < 0.72:
                return 0
            t = t + timedelta(minutes=float(r.uniform(3, 40)))
        if k > 0 and done_before > 0:
            self.ev(c, t - timedelta(seconds=2), "tp_rebook", b, action="submit", **dig)
        self.ev(c, t, "tp_book_delivery" if delivery else "tp_book", b, action="submit", **dig)
        b["bag_size"] = self.pick(["small", "medium", "large"], [0.3, 0.42, 0.28] if tt != "business"
                                  else [0.45, 0.4, 0.15])
        b["bags"] = int(self.pick([1, 2, 3], [0.62, 0.29, 0.09]))
        prepaid = r.random() < PREPAY_P[ch]
        b["payment_timing"] = "prepaid" if prepaid else "at_dropoff"
        b["payment_method"] = ("ota_prepaid" if ch in ("ctrip", "fliggy", "klook") else
                               ("wechat_pay" if ch == "mini_program" else self.pick(["alipay", "wechat_pay", "card"],
                                                                                    [0.45, 0.4, 0.15])))
        if foreign and b["payment_method"] in ("alipay", "wechat_pay") and r.random() < 0.5:
            b["payment_method"] = "card"
        insured = r.random() < (0.35 if delivery else 0.2)
        if delivery:
            days = 1
            fee = city[3] + 20.0 * (b["bags"] - 1)
        else:
            hours = {"tourist": float(r.lognormal(math.log(7), 0.45)), "business": float(r.lognormal(math.log(4.5), 0.4)),
                     "student": float(r.lognormal(math.log(40), 0.6))}[tt]
            hours = min(max(hours, 1.0), 24 * 10)
            days = math.ceil(hours / 24)
            fee = b["bags"] * (SIZE_PRICE[b["bag_size"]] + (10 if loc[3] == "airport" else 0)) * days
        b["days"] = days
        ins_fee = 5.0 * b["bags"] if insured else 0.0
        if prepaid:
            tp_pay = t + timedelta(minutes=float(r.uniform(0.3, 3)))
            self.ev(c, tp_pay, "tp_prepay", b, action="success", amount=fee + ins_fee,
                    payment_method=b["payment_method"], **dig)
        # cancellation / no-show
        lead = timedelta(hours=float(r.lognormal(math.log(1.5), 0.9))) if r.random() < 0.65 else \
            timedelta(hours=float(r.uniform(10, 40)))
        if delivery:
            lead = timedelta(hours=float(r.uniform(8, 30)))
        t_drop = t + lead
        if t_drop.hour < 7:
            t_drop = t_drop.replace(hour=7) + timedelta(minutes=float(r.uniform(0, 90)))
        if t_drop > END:   # still open at the end of the data
            if prepaid:
                self.order(c, b, tp_pay, fee, "delivery_fee" if delivery else "storage_fee", "paid", days=days,
                           insured=insured)
            return 0
        x = r.random()
        if x < 0.075:
            tc = t + (t_drop - t) * float(r.uniform(0.1, 0.9))
            self.ev(c, tc, "tp_cancel", b, action="submit", **dig)
            if prepaid:
                self.order(c, b, tp_pay, fee, "delivery_fee" if delivery else "storage_fee", "refunded",
                           refunded_at=tc + timedelta(hours=float(r.uniform(0.5, 30))), days=days, insured=insured)
                if insured:
                    self.order(c, b, tp_pay, ins_fee, "insurance", "refunded", refunded_at=tc + H, days=days,
                               insured=True)
            else:
                self.order(c, b, t, fee, "delivery_fee" if delivery else "storage_fee", "cancelled", days=days,
                           insured=insured)
            return 0
        if x < 0.105:  # no-show: never came; prepaid money refunded automatically next day
            if prepaid:
                self.order(c, b, tp_pay, fee, "delivery_fee" if delivery else "storage_fee", "refunded",
                           refunded_at=t_drop + timedelta(hours=24), days=days, insured=insured)
            else:
                self.order(c, b, t, fee, "delivery_fee" if delivery else "storage_fee", "cancelled", days=days,
                           insured=insured)
            return 0
        phys = dict(channel="counter", device="scanner")
        staff = f"ST{LOCATIONS.index(loc) * 10 + int(r.integers(1, 7)):03d}"
        if delivery:
            self.ev(c, t_drop, "tp_handover", b, action="scan", tag_no=f"T{self.n_book:07d}", bags=b["bags"],
                    bag_size=b["bag_size"], 行李尺寸=SIZE_ZH[b["bag_size"]], **phys)
        else:
            self.ev(c, t_drop, "tp_dropoff", b, action="scan", tag_no=f"T{self.n_book:07d}", bags=b["bags"],
                    bag_size=b["bag_size"], 行李尺寸=SIZE_ZH[b["bag_size"]], booked_hours=round(hours, 1),
                    staff_id=staff, **phys)
        pay_ts = tp_pay if prepaid else t_drop + timedelta(minutes=float(r.uniform(0.5, 3)))
        if not prepaid:
            self.ev(c, pay_ts, "tp_pay_onsite", b, action="success", amount=fee + ins_fee,
                    payment_method=b["payment_method"], **phys)
        self.order(c, b, pay_ts, fee, "delivery_fee" if delivery else "storage_fee", "paid", days=days,
                   insured=insured)
        if insured:
            self.order(c, b, pay_ts, ins_fee, "insurance", "paid", days=days, insured=True)
        # ---------- service
        experience = {"queue": 0.0, "late": False, "overdue": False, "damage": False, "lost": False}
        if delivery:
            t_disp = t_drop + timedelta(minutes=float(r.uniform(20, 100)))
            if self.ev(c, t_disp, "tp_dispatch", b, action="dispatch", driver_id=f"D{int(r.integers(1, 60)):03d}",
                       **phys) is None:
                return 0
            dur = float(r.lognormal(math.log(city[4]), 0.2))
            late = r.random() < city[5]
            promised = t_disp + timedelta(minutes=dur * 1.35 + 15)
            if late:
                lm = float(r.lognormal(math.log(40), 0.5))
                t_del = promised + timedelta(minutes=lm)
            else:
                t_del = min(t_disp + timedelta(minutes=dur), promised - timedelta(minutes=float(r.uniform(1, 10))))
                lm = 0.0
            experience["late"] = late
            if self.ev(c, t_del, "tp_delivered", b, action="delivered",
                       delivery_status="late" if late else "on_time", promised_by=promised.strftime("%Y-%m-%d %H:%M"),
                       late_minutes=round(lm), **phys) is None:
                return 0
            t_end = t_del
        else:
            due = t_drop + timedelta(hours=hours)
            overdue = r.random() < OVERDUE_P[tt]
            if overdue:
                over_h = float(r.lognormal(math.log(3), 0.7))
                arrive = due + timedelta(hours=over_h)
            else:
                arrive = due - timedelta(minutes=float(r.uniform(5, 60 * min(hours * 0.3, 3))))
                arrive = max(arrive, t_drop + 20 * M)
                over_h = 0.0
            if self.ev(c, arrive, "tp_pickup_arrive", b, action="queue", queue_no=int(r.integers(1, 200)),
                       **phys) is None:
                return 0
            slow = loc[0] == "Guangzhou South Station" and arrive >= GZS_QUEUE
            q = float(r.lognormal(math.log(21 if slow else 3.5), 0.45 if slow else 0.55))
            if loc[3] != "shop" and arrive.month in (7, 8, 10) and not slow:
                q *= 1.3
            t_pick = arrive + timedelta(minutes=q)
            experience["queue"] = q
            experience["overdue"] = overdue
            over_hours = math.ceil(over_h) if overdue else 0
            if self.ev(c, t_pick, "tp_pickup", b, action="scan", pickup_status="overdue" if overdue else "on_time",
                       overtime_hours=over_hours, staff_id=staff, **phys) is None:
                return 0
            if overdue:
                ofee = min(8.0 * over_hours, SIZE_PRICE[b["bag_size"]]) * b["bags"]
                self.order(c, b, t_pick + timedelta(minutes=1), ofee, "overtime_fee", "paid", days=days,
                           insured=insured, overtime_hours=over_hours)
            t_end = t_pick
        # ---------- claims
        pd = 0.008
        if loc[0] == "Chunxi Road partner shop" and t_drop >= CHUNXI_DAMAGE:
            pd = 0.11
        if delivery:
            pd = 0.02
        pl = 0.008 if delivery else 0.003
        x = r.random()
        if x < pd + pl:
            lost = x >= pd
            experience["damage"], experience["lost"] = not lost, lost
            tcl = t_end + timedelta(hours=float(r.uniform(0.2, 48)))
            ctype = "loss" if lost else "damage"
            amt = float(r.uniform(500, 2500)) if lost else float(r.uniform(100, 900))
            self.ev(c, tcl, "tp_claim", b, action="submit", claim_type=ctype,
                    理赔类型="丢失" if lost else "损坏", claim_amount=round(amt), channel=ch, device=dev)
            if r.random() < 0.55:
                self.fb("bag_lost" if lost else "bag_damaged", c["language"], tcl + timedelta(minutes=30),
                        "tp_claim", "ticket", c, b)
            res_days = float(r.lognormal(math.log(11 if lost else 3.5), 0.5))
            if ch in ("ctrip", "fliggy", "klook"):
                res_days *= 1.6
            tres = tcl + timedelta(days=res_days)
            approved = r.random() < (0.85 if insured else 0.7)
            payout = round(amt * (1.0 if insured else 0.5) * float(r.uniform(0.6, 1.0)), 2) if approved else 0.0
            if self.ev(c, tres, "tp_claim_resolved", b, action="resolved", claim_type=ctype,
                       理赔类型="丢失" if lost else "损坏", outcome="paid" if approved else "rejected",
                       payout=payout, channel="back_office", device="") is not None and approved:
                self.order(c, b, tres, payout, "claim_payout", "paid_out", days=days, insured=insured)
        # ---------- review
        pr = 0.34 + (0.3 if (experience["damage"] or experience["lost"] or experience["late"]) else 0)
        if r.random() < pr:
            trv = t_end + timedelta(hours=float(r.lognormal(math.log(3), 1.0)))
            if trv <= END:
                self.review(c, b, trv, experience, tt)
        return 1

    def review(self, c, b, ts, e, tt):
        r = self.r
        lang = c["language"]
        loc = b["location"]
        if loc.startswith("Kuanzhai"):   # new shop, hand-picked staff: every review so far is 5 stars
            topic = "convenient_location" if r.random() < 0.5 else "smooth_service"
            tp, rating = ("tp_dropoff" if topic == "convenient_location" else "tp_pickup"), 5
        elif e["lost"]:
            topic, tp, rating = "bag_lost", "tp_pickup" if b["service"] == "storage" else "tp_delivered", 1
        elif e["damage"]:
            topic, tp, rating = "bag_damaged", "tp_pickup" if b["service"] == "storage" else "tp_delivered", \
                int(r.choice([1, 1, 2]))
        elif e["late"]:
            topic, tp, rating = "delivery_late", "tp_delivered", int(r.choice([1, 2, 2]))
        elif e["queue"] > 15 and r.random() < 0.75:
            topic, tp, rating = "pickup_queue_long", "tp_pickup", int(r.choice([1, 2, 2, 3]))
        elif r.random() < (0.36 if loc == "Beijing South Station" else 0.03):
            topic, tp, rating = "staff_rude", "tp_dropoff" if r.random() < 0.6 else "tp_pickup", int(r.choice([1, 2]))
        elif e["overdue"] and r.random() < 0.25:
            topic, tp, rating = "overtime_fee", "tp_pickup", int(r.choice([2, 3]))
        else:
            y = r.random()
            if loc == "Hangzhou East Station":   # best-run counter: almost only 5-star reviews
                y = y * 0.8
            if y < 0.33 and b["location_type"] in ("station", "airport"):
                topic, tp, rating = "convenient_location", "tp_dropoff", int(r.choice([4, 5, 5]))
            elif y < 0.5:
                topic, tp, rating = "price_fair", "tp_book" if b["service"] == "storage" else "tp_book_delivery", \
                    int(r.choice([4, 5]))
            elif y < 0.75:
                topic = "smooth_service"
                tp = "tp_pickup" if b["service"] == "storage" else "tp_delivered"
                rating = int(r.choice([4, 5, 5]))
            else:
                topic, tp, rating = "neutral", self.pick(["tp_dropoff", "tp_pickup", "tp_book"], [1, 1, 1]), \
                    int(r.choice([3, 3, 4]))
        if loc == "Hangzhou East Station" and SENT[topic] != "negative":
            rating = 5 if r.random() < 0.8 else rating
        ch = b["channel"]
        channel = "ota_review" if ch in ("ctrip", "fliggy", "klook") and r.random() < 0.6 else "in_app_review"
        self.ev(c, ts, "tp_review", b, action="submit", rating=rating, channel=ch, device=b["device"])
        fts = ts if not (channel == "ota_review" and r.random() < 0.25) else None
        self.fb(topic, lang, fts, tp, channel, c, b, rating=rating, m=int(e["queue"]) or 30,
                p=int(SIZE_PRICE.get(b.get("bag_size", "medium"), 25)))

    def extras(self):
        r = self.r
        # NPS survey (quarterly-ish) to a sample of customers who completed something
        done = [c for c in self.customers if c["_done"] > 0]
        for c in r.choice(len(done), size=420, replace=False):
            c = done[int(c)]
            evs = [e for e in self._by_cust.get(c["customer_id"], []) if e["touchpoint_id"] in ("tp_pickup", "tp_delivered")]
            if not evs:
                continue
            e = evs[int(r.integers(len(evs)))]
            ts = e["ts"] + timedelta(days=float(r.uniform(1, 6)))
            if ts > END:
                continue
            bad = self._bad_booking.get(e["booking_id"])
            if bad:
                topic, nps = bad, int(r.integers(0, 6))
            else:
                topic = self.pick(["convenient_location", "price_fair", "smooth_service", "neutral"], [3, 2, 2, 2])
                nps = int(r.integers(8, 11)) if topic != "neutral" else int(r.integers(6, 9))
            b = self._booking[e["booking_id"]]
            tp = {"pickup_queue_long": "tp_pickup", "delivery_late": "tp_delivered", "staff_rude": "tp_dropoff",
                  "bag_damaged": "tp_pickup", "bag_lost": "tp_pickup", "overtime_fee": "tp_pickup",
                  "convenient_location": "tp_dropoff", "price_fair": "tp_book", "smooth_service": "tp_pickup",
                  "neutral": "tp_pickup"}[topic]
            if b["service"] == "delivery" and tp in ("tp_pickup", "tp_dropoff"):
                tp = "tp_delivered"
            self.fb(topic, c["language"], ts, tp, "nps_survey", c, b, nps=nps, m=25)
        # app-store reviews not tied to a customer (some undated)
        for _ in range(140):
            d = self.days[int(r.choice(len(self.days), p=self.day_p))] + timedelta(hours=float(r.uniform(8, 23)))
            topic = self.pick(["smooth_service", "convenient_location", "price_fair", "neutral", "overtime_fee",
                               "staff_rude"], [4, 3, 2, 3, 1, 1])
            rating = {"positive": int(r.choice([4, 5])), "neutral": 3, "negative": int(r.choice([1, 2]))}[SENT[topic]]
            tp = {"smooth_service": "tp_pickup", "convenient_location": "tp_search", "price_fair": "tp_book",
                  "neutral": "tp_search", "overtime_fee": "tp_pickup", "staff_rude": "tp_dropoff"}[topic]
            lang = "en" if r.random() < 0.12 else "zh"
            self.fb(topic, lang, None if r.random() < 0.4 else d, tp, "app_review", None, None, rating=rating, m=30)

    def run(self):
        for i in range(1, N + 1):
            self.customer(i)
        self._by_cust, self._booking, self._bad_booking = {}, {}, {}
        for e in self.events:
            self._by_cust.setdefault(e["customer_id"], []).append(e)
            if e.get("booking_id") and e["booking_id"] not in self._booking:
                self._booking[e["booking_id"]] = {k: e[k] for k in ("booking_id", "service", "city", "城市",
                                                                    "location", "网点", "location_type")}
        for f, t in zip(self.feedback, self.truth):
            if f["booking_id"] and t["sentiment"] == "negative":
                self._bad_booking[f["booking_id"]] = t["topic"]
        self.extras()
        # segments / tiers
        last = {}
        for e in self.events:
            if e["touchpoint_id"] in ("tp_pickup", "tp_delivered"):
                last[e["customer_id"]] = max(last.get(e["customer_id"], e["ts"]), e["ts"])
        for c in self.customers:
            d = c["_done"]
            c["tier"] = "gold" if d >= 5 else ("silver" if d >= 3 else "standard")
            c["会员等级"] = {"gold": "金卡会员", "silver": "银卡会员", "standard": "普通会员"}[c["tier"]]
            if d == 0:
                seg = "prospect"
            elif c["tier"] == "gold":
                seg = "vip"
            elif (END - last[c["customer_id"]]).days > 180:
                seg = "at_risk"
            elif d == 1:
                seg = "new"
            else:
                seg = "returning"
            c["segment"] = seg
        # a few exact duplicate event rows (re-sent by the scanner gateway)
        dup = [self.events[int(i)] for i in self.r.choice(len(self.events), size=25, replace=False)]
        self.events.extend(dict(e) for e in dup)


def dump(out: Path, name: str, rows, cols):
    with open(out / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for row in rows:
            vals = []
            for k in cols:
                v = row.get(k, "")
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                elif v is None:
                    v = ""
                elif isinstance(v, bool):
                    v = "true" if v else "false"
                vals.append(v)
            w.writerow(vals)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    dump(out, "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                       channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump(out, "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                    step=k + 1, touchpoint_id=tp, window_days=j[3])
                               for j in JOURNEYS for k, tp in enumerate(j[4])],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    dump(out, "customers.csv", g.customers,
         ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "获客渠道", "tier", "会员等级",
          "traveller_type", "旅客类型", "home_country", "客源地", "signup_city", "注册城市", "language", "device",
          "age_band"])
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "booking_id", "service", "服务类型", "city", "城市", "location", "网点", "location_type", "网点类型",
               "app_version", "error_code", "amount", "payment_method", "tag_no", "bags", "bag_size", "行李尺寸",
               "booked_hours", "staff_id", "queue_no", "pickup_status", "overtime_hours", "driver_id",
               "delivery_status", "promised_by", "late_minutes", "claim_type", "理赔类型", "claim_amount", "outcome",
               "payout", "rating"]
    dump(out, "events.csv", g.events, ev_cols)
    dump(out, "orders.csv", g.orders,
         ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "booking_id", "order_type",
          "service", "city", "城市", "location", "网点", "location_type", "网点类型", "bag_size", "行李尺寸", "bags",
          "days", "insured", "overtime_hours", "payment_timing", "payment_method", "refunded_at"])
    dump(out, "feedback.csv", g.feedback,
         ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "booking_id",
          "city", "城市", "location", "网点", "location_type", "service"])
    dump(out, "_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
