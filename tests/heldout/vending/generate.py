"""随手购 SnapVend: smart vending cabinets (offices, campuses, hospitals, metro stations) in Shanghai, Hangzhou and
Shenzhen, 2025-01-01 .. 2026-06-30 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
N = 2600
D = timedelta

DRIFT = (datetime(2025, 7, 1), datetime(2025, 9, 15))   # Hangzhou SV-G2 weight sensors drift in the summer heat
SZ_RESTOCK = datetime(2025, 10, 1)   # Shenzhen: new restocking contractor, fresh food restocked every other day
CS_OUTSOURCE = datetime(2026, 2, 1)  # charge disputes handed to an outsourced service desk
CAMPAIGN = (datetime(2025, 9, 1), datetime(2025, 10, 16))  # 开学季 student membership ¥9.9
GYM_START = datetime(2026, 4, 1)     # gym pilot: 5 cabinets in Shanghai gyms
BAD_LOCK = ("SZ-MT011", datetime(2025, 9, 1), datetime(2026, 4, 1))  # a worn lock motor until it was replaced
SPRING = [date(2025, 1, 29), date(2026, 2, 17)]
CAMPUS_BREAKS = [(date(2025, 1, 13), date(2025, 2, 23)), (date(2025, 7, 5), date(2025, 8, 31)),
                 (date(2026, 1, 19), date(2026, 3, 1))]

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现柜机", "Discovered a cabinet", "awareness", "other", "digital", "growth",
     "发现|看到海报|扫海报|刷到|朋友推荐|小程序地图|附近柜机|discover|found the cabinet|poster|qr poster|word of mouth"),
    ("tp_scan", "扫码开门", "Scan to open", "purchase", "mini_program", "physical", "product",
     "扫码|扫一扫|扫码开门|开柜|scan|scan to open|scan the code|qr scan"),
    ("tp_door_fail", "开门失败", "Door failed to open", "service", "other", "physical", "hardware_ops",
     "门打不开|开不了门|开门失败|柜门没开|锁坏了|door did not open|door failed|door won't open|door stuck|locked"),
    ("tp_door_open", "柜门打开", "Door opened", "purchase", "other", "physical", "hardware_ops",
     "开门成功|门开了|柜门打开|door opened|door open|unlocked"),
    ("tp_close_no_take", "关门未购", "Closed without taking", "purchase", "other", "physical", "merchandising",
     "没拿东西|空手关门|没买|白扫|closed without taking|closed empty|walked away|nothing taken"),
    ("tp_pick", "取货关门", "Items taken", "purchase", "other", "physical", "merchandising",
     "取货|拿东西|选商品|关门结算|拿了|picked|items taken|took items|picked items|closed the door"),
    ("tp_pay_fail", "扣款失败", "Payment failed", "purchase", "other", "digital", "payments",
     "扣款失败|支付失败|付款失败|欠款|补缴|payment failed|payment failure|charge failed|declined"),
    ("tp_charge", "自动扣款", "Auto-payment charged", "purchase", "other", "digital", "payments",
     "扣款|自动扣款|免密支付|付款成功|扣费|charged|charge|payment|auto-pay|auto payment|paid"),
    ("tp_receipt", "电子小票", "Receipt sent", "service", "other", "digital", "payments",
     "小票|电子小票|账单|订单通知|receipt|e-receipt|bill"),
    ("tp_dispute", "扣款申诉", "Charge dispute", "service", "app", "digital", "customer_service",
     "申诉|投诉扣款|多扣|误扣|扣错|申请退款|dispute|disputed charge|wrong charge|complaint about charge|chargeback"),
    ("tp_refund", "申诉退款", "Dispute refunded", "service", "app", "digital", "customer_service",
     "退款|退钱|退回|已退款|refund|refunded|money back"),
    ("tp_dispute_rejected", "申诉驳回", "Dispute rejected", "service", "app", "digital", "customer_service",
     "驳回|申诉被拒|不予退款|rejected|dispute rejected|refund denied|denied"),
    ("tp_member_join", "开通会员", "Joined membership", "loyalty", "mini_program", "digital", "growth",
     "会员|开会员|办会员|入会|会员卡|member|membership|joined membership|sign up for membership"),
    ("tp_repeat", "复购", "Repeat purchase", "loyalty", "other", "physical", "growth",
     "复购|回购|再次购买|又来买|回头客|repeat|repeat purchase|came back|bought again|returning buyer"),
]
JOURNEYS = [
    ("first_purchase", "新客首购", "Discovery to first purchase", 14,
     ["tp_discover", "tp_scan", "tp_door_open", "tp_charge"]),
    ("purchase", "扫码购物", "Scan-to-pay purchase", 1,
     ["tp_scan", "tp_door_open", "tp_pick", "tp_charge", "tp_receipt"]),
    ("dispute", "扣款申诉", "Charge dispute", 14, ["tp_dispute", "tp_refund"]),
    ("membership", "购买到入会", "Purchase to membership", 30, ["tp_receipt", "tp_member_join"]),
    ("repeat", "复购", "Repeat purchase", 30, ["tp_receipt", "tp_repeat"]),
]
# en, zh, code, region, customer weight, cabinets
CITIES = [("Shanghai", "上海", "SH", "华东", 0.45, 265), ("Hangzhou", "杭州", "HZ", "华东", 0.25, 150),
          ("Shenzhen", "深圳", "SZ", "华南", 0.30, 180)]
CITY_ZH = {c[0]: c[1] for c in CITIES}
VENUES = [("office", "写字楼", "OF", 0.45), ("campus", "校园", "CP", 0.20), ("hospital", "医院", "HS", 0.15),
          ("metro", "地铁站", "MT", 0.20)]
VENUE_ZH = {v[0]: v[1] for v in VENUES} | {"gym": "健身房"}
# en, zh, home venue, weight, daily visit rate, mean lifetime (days)
USERS = [("office worker", "上班族", "office", 0.42, 0.042, 260), ("student", "学生", "campus", 0.24, 0.045, 330),
         ("patient visitor", "就医探视", "hospital", 0.13, 0.26, None), ("commuter", "通勤族", "metro", 0.21, 0.038, 200)]
USER_ZH = {u[0]: u[1] for u in USERS}
ACQ = [("qr_poster", "二维码海报"), ("mini_program", "小程序"), ("app", "App"), ("word_of_mouth", "朋友推荐")]
ACQ_ZH = dict(ACQ)
ACQ_W = {"office worker": [0.30, 0.32, 0.18, 0.20], "student": [0.25, 0.35, 0.12, 0.28],
         "patient visitor": [0.70, 0.18, 0.04, 0.08], "commuter": [0.40, 0.30, 0.18, 0.12]}
# discovery -> first scan: probability and median delay (hours)
ACQ_CONV = {"qr_poster": (0.93, 0.05), "mini_program": (0.78, 30), "app": (0.60, 70), "word_of_mouth": (0.88, 20)}
PAY = [("wechat_pay", "微信支付"), ("alipay", "支付宝"), ("bank_card", "银行卡"), ("unionpay", "云闪付")]
PAY_ZH = dict(PAY)
PAY_W = {"office worker": [0.46, 0.34, 0.14, 0.06], "student": [0.62, 0.30, 0.05, 0.03],
         "patient visitor": [0.50, 0.36, 0.10, 0.04], "commuter": [0.44, 0.34, 0.14, 0.08]}
PAY_FAIL = {"wechat_pay": 0.014, "alipay": 0.012, "bank_card": 0.085, "unionpay": 0.05}
PAY_RECOVER = {"wechat_pay": 0.8, "alipay": 0.8, "bank_card": 0.55, "unionpay": 0.6}
SCAN_CHANNEL = {"wechat_pay": "wechat_mini_program", "alipay": "alipay_mini_program", "bank_card": "app",
                "unionpay": "app"}
CATS = [("drinks", "饮料"), ("snacks", "零食"), ("fresh food", "鲜食"), ("daily goods", "日用品")]
CAT_ZH = dict(CATS)
CAT_W = {"office": [0.34, 0.24, 0.32, 0.10], "campus": [0.40, 0.40, 0.10, 0.10], "hospital": [0.30, 0.15, 0.25, 0.30],
         "metro": [0.52, 0.30, 0.10, 0.08], "gym": [0.70, 0.10, 0.10, 0.10]}
# unit price range per category
PRICE = {"drinks": (3.0, 7.5), "snacks": (4.0, 11.0), "fresh food": (9.0, 24.0), "daily goods": (6.0, 35.0)}
HOURS = {
    "office": [0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 5, 4, 10, 9, 4, 6, 7, 5, 3, 3, 2, 1, 0.5, 0],
    "campus": [0.5, 0.2, 0, 0, 0, 0, 0.2, 2, 4, 3, 4, 5, 7, 5, 3, 4, 5, 6, 6, 6, 7, 7, 5, 2],
    "hospital": [0.5, 0.3, 0.2, 0.2, 0.3, 0.5, 2, 5, 7, 7, 6, 6, 7, 5, 5, 5, 5, 5, 5, 4, 3, 2, 1.5, 1],
    "metro": [0, 0, 0, 0, 0, 0, 2, 9, 10, 5, 2, 2, 3, 2, 2, 2, 3, 7, 9, 6, 3, 2, 1, 0],
    "gym": [0, 0, 0, 0, 0, 0, 2, 4, 3, 2, 2, 2, 3, 2, 2, 2, 3, 5, 7, 8, 6, 3, 1, 0],
}
HOUR_P = {k: np.array(v) / sum(v) for k, v in HOURS.items()}
DISPUTE_REASONS = {"not_taken": ("charged for items not taken", "未拿商品被扣款"),
                   "expired": ("expired item", "商品过期"), "wrong_price": ("price mismatch", "价格不符"),
                   "double": ("double charge", "重复扣款")}
SENTIMENT = {"convenient": "positive", "member_value": "positive", "suggestion": "neutral",
             "door_not_open": "negative", "charged_not_taken": "negative", "expired_food": "negative",
             "cabinet_empty": "negative", "payment_failed": "negative", "refund_slow": "negative",
             "dispute_rejected": "negative"}
RATING = {"convenient": ([4, 5], [0.3, 0.7]), "member_value": ([4, 5], [0.45, 0.55]), "suggestion": ([3, 4], [0.5, 0.5]),
          "door_not_open": ([1, 2], [0.6, 0.4]), "charged_not_taken": ([1, 2], [0.7, 0.3]),
          "expired_food": ([1, 2], [0.85, 0.15]), "cabinet_empty": ([1, 2, 3], [0.2, 0.5, 0.3]),
          "payment_failed": ([1, 2, 3], [0.3, 0.5, 0.2]), "refund_slow": ([1, 2], [0.65, 0.35]),
          "dispute_rejected": ([1, 2], [0.85, 0.15])}
TEXT = {
    "door_not_open": (
        ["扫了码门打不开，等了半天最后没买成", "柜门一直打不开，提示网络超时，这里信号太差了", "扫码后显示开门成功，但门根本没开",
         "早上赶时间，扫了三次都开不了门，气死", "开门失败好几次了，能不能修一下{cab}这台", "门锁卡住了，扫码没反应",
         "又打不开门！每次都要扫好几遍", "扫码开门转圈圈转了一分钟，最后提示失败"],
        ["Scanned the code but the door never opened.", "Door wouldn't unlock, kept saying network timeout.",
         "Tried three times, the cabinet door just stays locked.", "App said door opened but it didn't.",
         "Cabinet {cab} won't open again, please fix it."]),
    "charged_not_taken": (
        ["我什么都没拿，关门后却扣了我{amt}元", "明明把饮料放回去了，还是被扣款了", "没拿的东西也扣钱，申请退款",
         "只拿了一瓶水，扣了两样东西的钱", "重量感应有问题吧，放回去的也算我买了", "多扣了{amt}元，我根本没拿那个",
         "拿了又放回去，结果照样扣费，坑人"],
        ["I put the item back and still got charged ¥{amt}.", "Charged for two items, I only took one.",
         "Was billed for something I never took out of the cabinet.", "The weight sensor charged me for items I didn't take."]),
    "expired_food": (
        ["买的三明治已经过期了，吃了肚子不舒服", "饭团过期两天了还在卖", "鲜食柜里的沙拉都过期了，太不卫生",
         "牛奶买回来发现是过期的", "面包发霉了，保质期都过了", "便当日期是前天的，已经过期，要求退款"],
        ["The sandwich I bought was past its expiry date.", "Salad was expired and smelled off.",
         "Sold me expired milk. Not acceptable.", "Rice ball was two days out of date."]),
    "cabinet_empty": (
        ["晚上来买东西柜子基本空了", "货架空空的，啥都没有，白扫一次", "想买个饭团，鲜食一直缺货", "补货太慢了，经常没水",
         "打开门发现没有想要的，只能关门走人", "柜子里就剩几包纸巾，其他都卖光了"],
        ["Cabinet was almost empty again.", "Nothing left after 6pm, please restock more often.",
         "Opened it and there was nothing I wanted.", "Always out of water here."]),
    "payment_failed": (
        ["扣款失败了，又让我补缴，搞不懂", "银行卡免密支付老是失败", "支付失败以后账户被限制了，开不了门",
         "卡里明明有钱，显示扣款失败", "扣款失败提示了好几次，最后又扣成功了，吓一跳"],
        ["Payment failed and now my account can't open doors.", "Card payment keeps failing for no reason.",
         "Got a payment failed message even though my card is fine."]),
    "refund_slow": (
        ["申诉三天了还没退款", "退款太慢了，客服一直说在处理", "提交申诉好几天没人理", "退款等了快一周，效率太低",
         "申诉之后一直没有结果，客服电话也打不通"],
        ["Filed a dispute days ago, still no refund.", "Refund is taking forever, support keeps saying it's processing.",
         "Nobody answered my dispute for almost a week."]),
    "dispute_rejected": (
        ["申诉被驳回了，我明明没拿东西", "客服说视频显示我拿了，根本没有，驳回不合理", "退款申请被拒，理由都不给",
         "申诉直接驳回，以后不敢用了"],
        ["My dispute was rejected even though I took nothing.", "Refund request denied with no explanation.",
         "Support rejected my claim, the video clearly shows I put it back."]),
    "convenient": (
        ["很方便，楼下就能买到水", "扫码开门拿了就走，特别快", "加班的时候有吃的，太方便了", "宿舍楼下有柜子，半夜也能买零食",
         "在医院陪护的时候买东西很方便", "赶地铁顺手买瓶水，体验不错", "不用排队，挺好用的", "东西新鲜，拿了就走很省事"],
        ["Super convenient, grab and go.", "Love having this in the office, quick and easy.",
         "Handy at the station, took ten seconds.", "No queue, no cashier, great.", "Works perfectly every time."]),
    "member_value": (
        ["会员折扣挺划算的", "开了会员每周都有券，值", "学生会员很划算，天天来买", "会员价便宜不少，推荐开通"],
        ["Membership discounts are worth it.", "Member coupons every week, nice.", "The membership pays for itself."]),
    "suggestion": (
        ["希望多上一些无糖饮料", "能不能加点热食", "价格还行吧，跟便利店差不多", "一般般，东西种类有点少", "希望有更多水果"],
        ["Would like more sugar-free options.", "Prices are about the same as a convenience store.",
         "Decent, but the selection is small."]),
}


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0
        self.cabinets = self.make_cabinets()
        self.by_cv: dict[tuple, list] = {}
        self.by_city: dict[str, list] = {}
        for cab in self.cabinets:
            self.by_cv.setdefault((cab["city"], cab["venue"]), []).append(cab)
            self.by_city.setdefault(cab["city"], []).append(cab)
        self.day_dates = [START.date() + D(days=i) for i in range(NDAYS)]

    # ---------- helpers
    def pick(self, items, p):
        p = np.asarray(p, dtype=float)
        return items[int(self.rng.choice(len(items), p=p / p.sum()))]

    def u(self, a, b):
        return float(self.rng.uniform(a, b))

    def logn(self, median, sigma):
        return float(median * math.exp(sigma * self.rng.standard_normal()))

    def make_cabinets(self):
        rng = self.rng
        cabs = []
        for city, _, code, _, _, n in CITIES:
            for venue, _, vcode, w in VENUES:
                k = round(n * w)
                for i in range(1, k + 1):
                    if rng.random() < 0.72:
                        dep = datetime(2024, 1, 1) + D(days=int(rng.integers(0, 360)))
                    else:
                        dep = START + D(days=int(rng.integers(0, NDAYS - 40)))
                    model = "SV-G2" if rng.random() < 0.55 else "SV-V3"
                    cid = f"{code}-{vcode}{i:03d}"
                    if cid == BAD_LOCK[0]:
                        dep = datetime(2024, 6, 1)
                    cabs.append(dict(id=cid, city=city, venue=venue, model=model, deploy=dep))
        for i in range(1, 6):
            cabs.append(dict(id=f"SH-GY{i:03d}", city="Shanghai", venue="gym", model="SV-V3", deploy=GYM_START))
        return cabs

    def cabinet_for(self, city, venue, t):
        pool = self.by_cv.get((city, venue)) or self.by_city[city]
        for _ in range(20):
            cab = pool[int(self.rng.integers(len(pool)))]
            if cab["deploy"] <= t:
                return cab
        return min(pool, key=lambda c: c["deploy"])

    def at(self, day: date, venue: str) -> datetime:
        h = int(self.rng.choice(24, p=HOUR_P[venue]))
        return datetime(day.year, day.month, day.day, h) + D(seconds=int(self.rng.integers(0, 3600)))

    def ev(self, c, t, tp, action, cab=None, **kw):
        if t > END:
            return None
        self.n_ev += 1
        r = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                 device=c["os"], channel=kw.pop("channel", SCAN_CHANNEL[c["pay"]]))
        if cab:
            r.update(cabinet_id=cab["id"], city=cab["city"], 城市=CITY_ZH[cab["city"]], venue_type=cab["venue"],
                     场所类型=VENUE_ZH[cab["venue"]], cabinet_model=cab["model"])
        r.update(kw)
        self.events.append(r)
        return r

    def order(self, c, t, otype, amount, cab=None, **kw):
        self.n_ord += 1
        r = dict(order_id=f"O{self.n_ord:07d}", customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}", status="paid",
                 channel=SCAN_CHANNEL[c["pay"]], device=c["os"], order_type=otype, payment_method=c["pay"],
                 支付方式=PAY_ZH[c["pay"]])
        if cab:
            r.update(cabinet_id=cab["id"], city=cab["city"], 城市=CITY_ZH[cab["city"]], venue_type=cab["venue"],
                     场所类型=VENUE_ZH[cab["venue"]])
        r.update(kw)
        self.orders.append(r)
        return r

    def fb(self, c, t, topic, channel, tp, cab=None, rating=False, no_ts=False, order=None, lang=None):
        if t is not None and t > END:
            return
        rng = self.rng
        self.n_fb += 1
        lang = lang or (c["lang"] if c else "zh")
        if rng.random() < 0.05:
            lang = "en" if lang == "zh" else "zh"
        zh, en = TEXT[topic]
        tmpl = (zh if lang == "zh" else en)[int(rng.integers(len(zh if lang == "zh" else en)))]
        amt = order["amount"] if order else f"{self.u(3, 20):.1f}"
        text = tmpl.format(cab=cab["id"] if cab else "这台柜子" if lang == "zh" else "this one", amt=amt)
        r = dict(feedback_id=f"F{self.n_fb:05d}", text=text, ts="" if no_ts else fmt(t),
                 customer_id=c["id"] if c else "", touchpoint_id=tp, channel=channel)
        if rating:
            vals, p = RATING[topic]
            rv = self.pick(vals, p) if rating is True else rating
            r["rating"] = str(rv)
        if cab:
            r.update(cabinet_id=cab["id"], city=cab["city"], 城市=CITY_ZH[cab["city"]], venue_type=cab["venue"],
                     场所类型=VENUE_ZH[cab["venue"]])
        if order:
            r["order_id"] = order["order_id"]
        self.feedback.append(r)
        self.truth.append(dict(feedback_id=r["feedback_id"], topic=topic, sentiment=SENTIMENT[topic], language=lang))

    # ---------- customers
    def customer(self, i, gym=False):
        rng = self.rng
        ut = USERS[0] if gym else self.pick(USERS, [u[3] for u in USERS])
        city = "Shanghai" if gym else self.pick([c[0] for c in CITIES], [c[4] for c in CITIES])
        returning = (not gym) and ut[0] != "patient visitor" and rng.random() < 0.28
        if gym:
            start = GYM_START + D(days=self.u(0, 80))
        elif returning:
            start = START
        else:
            while True:
                x = rng.random()
                if rng.random() < (1 + 0.9 * x) / 1.9:
                    break
            start = START + D(days=x * (NDAYS - 3), seconds=int(rng.integers(0, 86400)))
        if returning:
            signup = datetime(2024, 1, 1) + D(days=int(rng.integers(0, 360)), seconds=int(rng.integers(0, 86400)))
        else:
            signup = start
        venue = "gym" if gym else ut[2]
        if not gym and rng.random() < 0.08:     # some use a cabinet of another kind near home / work
            venue = self.pick([v[0] for v in VENUES], [v[3] for v in VENUES])
        home = self.cabinet_for(city, venue, start)
        if city == "Shenzhen" and venue == "metro" and rng.random() < 0.25:    # the busy interchange station
            home = next(cab for cab in self.by_cv[(city, venue)] if cab["id"] == BAD_LOCK[0])
        acq = self.pick([a[0] for a in ACQ], ACQ_W[ut[0]])
        pay = self.pick([p[0] for p in PAY], PAY_W[ut[0]])
        en_share = {"Shanghai": 0.14, "Hangzhou": 0.05, "Shenzhen": 0.10}[city]
        c = dict(id=f"C{i:05d}", ut=ut[0], city=city, start=start, signup=signup, returning=returning, acq=acq, pay=pay,
                 os=self.pick(["ios", "android"], [0.46, 0.54]), home=home, gym=gym,
                 lang="en" if rng.random() < en_share else "zh", member_since=None, plan="",
                 age=self.pick(["18-24", "25-34", "35-44", "45-54", "55+"],
                               [0.85, 0.12, 0.02, 0.01, 0.0] if ut[0] == "student" else [0.08, 0.40, 0.30, 0.14, 0.08]),
                 gender=self.pick(["female", "male"], [0.5, 0.5]), purchases=0, flags=set())
        if returning and rng.random() < 0.3:
            c["member_since"] = signup + D(days=self.u(5, 200))
            c["member_since"] = min(c["member_since"], datetime(2024, 12, 31, 20))
            c["plan"] = "student" if ut[0] == "student" else "annual"
        self.customers.append(c)
        self.life(c, ut)

    def life(self, c, ut):
        rng = self.rng
        t0 = c["start"]
        life_days = self.logn(9, 0.6) if ut[5] is None else float(rng.exponential(ut[5]))
        if c["returning"]:
            life_days += self.u(0, 200)
        c["end"] = t0 + D(days=life_days)
        if c["member_since"]:
            c["end"] += D(days=float(rng.exponential(300)))
        if not c["returning"]:
            # discovery: QR poster at a cabinet, the mini-program / app cabinet map, or a friend's recommendation
            ch = {"qr_poster": "offline_poster", "mini_program": "mini_program", "app": "app",
                  "word_of_mouth": "referral"}[c["acq"]]
            self.ev(c, t0, "tp_discover", "view", c["home"] if c["acq"] == "qr_poster" else None, channel=ch,
                    acquisition_channel=c["acq"], 获客渠道=ACQ_ZH[c["acq"]])
            p, med = ACQ_CONV[c["acq"]]
            if c["gym"]:
                p = 0.97
            if rng.random() > p:
                return
            first = t0 + D(hours=self.logn(med, 1.0) if med > 0.1 else self.u(0.02, 0.2))
            if first > END:
                return
            self.session(c, first)
        # later visits: Poisson per day, with weekday / holiday / season factors (candidates at the member rate)
        d0 = (t0.date() - START.date()).days + 1
        if d0 >= NDAYS:
            return
        venue = c["home"]["venue"]
        rate = ut[4] * 1.4 * (1.6 if c["gym"] else 1.0)
        days = self.day_dates[d0:]
        f = np.ones(len(days))
        for k, d in enumerate(days):
            wd = d.weekday()
            x = 1.0
            if wd >= 5:
                x *= {"office": 0.15, "metro": 0.3, "campus": 0.8, "hospital": 1.0, "gym": 1.3}[venue]
            if any(abs((d - s).days + 1) <= 6 for s in SPRING):
                x *= 0.6 if venue == "hospital" else 0.25
            if venue == "campus" and any(a <= d <= b for a, b in CAMPUS_BREAKS):
                x *= 0.12
            if d.month in (7, 8):
                x *= 1.15
            f[k] = x
        n = rng.poisson(rate * f)
        for k in np.nonzero(n)[0]:
            for _ in range(int(n[k])):
                t = self.at(days[k], venue)
                if t >= c["end"]:
                    return
                member = c["member_since"] is not None and c["member_since"] <= t
                if not member and rng.random() > 1 / 1.4:
                    continue
                self.session(c, t)

    # ---------- one visit to a cabinet
    def session(self, c, t):
        rng = self.rng
        cab = c["home"] if rng.random() < 0.85 else self.cabinet_for(c["city"], c["home"]["venue"] if rng.random() < 0.5
                                                                       else self.pick([v[0] for v in VENUES],
                                                                                      [v[3] for v in VENUES]), t)
        self.n_sess += 1
        sid = f"V{self.n_sess:07d}"
        kw = dict(session_id=sid)
        p_fail = {"metro": 0.085, "hospital": 0.03}.get(cab["venue"], 0.022)
        bad_lock = cab["id"] == BAD_LOCK[0] and BAD_LOCK[1] <= t < BAD_LOCK[2]
        if bad_lock:
            p_fail = 0.35
        tries = 0
        while True:
            tries += 1
            if not self.ev(c, t, "tp_scan", "scan", cab, **kw):
                return
            if rng.random() < p_fail:
                code = "E02" if bad_lock else self.pick(["E01", "E02", "E03"], [0.7, 0.2, 0.1] if cab["venue"] == "metro"
                                                        else [0.35, 0.4, 0.25])
                self.ev(c, t + D(seconds=self.u(4, 25)), "tp_door_fail", "fail", cab, error_code=code, **kw)
                if rng.random() < 0.24:
                    ch = self.pick(["app_review", "ticket", "call_note"], [0.4, 0.4, 0.2])
                    self.fb(c, t + D(minutes=self.u(2, 240)), "door_not_open", ch, "tp_door_fail", cab,
                            rating=ch == "app_review", no_ts=ch == "app_review" and rng.random() < 0.08)
                if tries >= 3 or rng.random() > 0.55:
                    return
                t += D(seconds=self.u(30, 150))
                p_fail = min(0.5, p_fail * 1.6)
                continue
            break
        t += D(seconds=self.u(2, 8))
        self.ev(c, t, "tp_door_open", "open", cab, **kw)
        venue = cab["venue"]
        p_empty = {"hospital": 0.19, "metro": 0.09, "campus": 0.10, "office": 0.10, "gym": 0.05}[venue]
        if venue == "hospital" and t.hour >= 19:
            p_empty += 0.12
        if cab["city"] == "Shenzhen" and t >= SZ_RESTOCK:     # restocked every other day: shelves run empty
            p_empty += 0.07
        if rng.random() < p_empty:
            t += D(seconds=self.u(10, 70))
            self.ev(c, t, "tp_close_no_take", "close", cab, **kw)
            if rng.random() < (0.12 if venue == "hospital" else 0.05):
                ch = self.pick(["app_review", "survey"], [0.5, 0.5])
                self.fb(c, t + D(minutes=self.u(1, 180)), "cabinet_empty", ch, "tp_close_no_take", cab, rating=True,
                        no_ts=ch == "app_review" and rng.random() < 0.08)
            return
        t += D(seconds=self.u(15, 110))
        w = list(CAT_W[venue])
        if t.month in (6, 7, 8, 9):
            w[0] *= 1.5
        if cab["city"] == "Shenzhen" and t >= SZ_RESTOCK:
            w[2] *= 0.8
        cat = self.pick([x[0] for x in CATS], w)
        items = self.pick([1, 2, 3], [0.66, 0.26, 0.08])
        lo, hi = PRICE[cat]
        amount = round(sum(self.u(lo, hi) for _ in range(items)) * 2) / 2
        if c["member_since"] and c["member_since"] <= t:
            amount = round(amount * 0.95, 2)
        kw.update(category=cat, 品类=CAT_ZH[cat], items_count=items)
        self.ev(c, t, "tp_pick", "close", cab, **kw)
        expired = False
        if cat == "fresh food":
            p_exp = 0.02
            if cab["city"] == "Shenzhen" and t >= SZ_RESTOCK:
                p_exp = 0.20 if venue == "hospital" else 0.14
            expired = rng.random() < p_exp
        overcharged = False
        p_over = 0.012
        if cab["city"] == "Hangzhou" and cab["model"] == "SV-G2" and DRIFT[0] <= t < DRIFT[1]:
            p_over = 0.2
        if rng.random() < p_over:
            overcharged = True
            amount = round(amount + self.u(lo, hi), 1)
        # auto-payment
        tc = t + D(seconds=self.u(2, 20))
        ok = dict(category=cat, 品类=CAT_ZH[cat], items_count=items, session_id=sid)
        order = self.order(c, t + D(seconds=1), "purchase", amount, cab, **ok)
        retried = False
        if rng.random() < PAY_FAIL[c["pay"]]:
            reason = self.pick(["insufficient_balance", "card_limit", "bank_timeout", "card_expired"],
                               [0.35, 0.25, 0.3, 0.1])
            self.ev(c, tc, "tp_pay_fail", "fail", cab, amount=f"{amount:.2f}", order_id=order["order_id"],
                    pay_fail_reason=reason, **kw)
            order["pay_fail_reason"] = reason
            if rng.random() < 0.08:
                ch = self.pick(["app_review", "ticket"], [0.5, 0.5])
                self.fb(c, tc + D(minutes=self.u(5, 600)), "payment_failed", ch, "tp_pay_fail", cab,
                        rating=ch == "app_review", order=order)
            tr = tc + D(hours=self.logn(3, 0.9))
            if rng.random() > PAY_RECOVER[c["pay"]] or tr > END:
                order["status"] = "cancelled"
                return
            tc = tr
            retried = True
            order["retry_count"] = "1"
        if not self.ev(c, tc, "tp_charge", "retry_success" if retried else "success", cab, amount=f"{amount:.2f}",
                       order_id=order["order_id"], **kw):
            order["status"] = "cancelled"
            return
        order["paid_at"] = fmt(tc)
        if c["purchases"] > 0 or c["returning"]:
            self.ev(c, tc, "tp_repeat", "repeat_purchase", cab, order_id=order["order_id"], **kw)
        c["purchases"] += 1
        tre = tc + D(seconds=self.u(3, 50))
        if rng.random() < 0.985:
            self.ev(c, tre, "tp_receipt", "send", cab, channel="wechat" if c["pay"] == "wechat_pay" else
                    "alipay" if c["pay"] == "alipay" else "sms", order_id=order["order_id"], **kw)
        # disputes
        reason = None
        if overcharged and rng.random() < 0.85:
            reason = "not_taken"
        elif expired and rng.random() < 0.45:
            reason = "expired"
        elif rng.random() < 0.006:
            reason = "wrong_price"
        elif retried and rng.random() < 0.06:
            reason = "double"
        if expired and rng.random() < 0.6:
            ch = self.pick(["app_review", "ticket", "survey"], [0.35, 0.4, 0.25])
            self.fb(c, tc + D(hours=self.u(0.3, 6)), "expired_food", ch, "tp_pick", cab,
                    rating=ch in ("app_review", "survey"), order=order, no_ts=ch == "app_review" and rng.random() < 0.08)
        if reason:
            self.dispute(c, tc, cab, order, reason, kw)
        elif rng.random() < 0.04 or (c["gym"] and rng.random() < 0.07):
            # post-purchase survey in the mini-program
            wts = {"convenient": 3.0 * (2.2 if venue == "campus" else 1.0), "suggestion": 1.0,
                   "member_value": 0.9 if c["member_since"] and c["member_since"] <= t else 0.0,
                   "cabinet_empty": 0.35 if venue == "hospital" else 0.15}
            topic = "convenient" if c["gym"] else self.pick(list(wts), list(wts.values()))
            self.fb(c, tre + D(minutes=self.u(1, 90)), topic, "survey", "tp_receipt" if topic != "member_value"
                    else "tp_member_join", cab, rating=5 if c["gym"] else True, order=order)
        # membership
        if not c["member_since"]:
            p = {"office worker": 0.018, "student": 0.012, "patient visitor": 0.002, "commuter": 0.012}[c["ut"]]
            campaign = c["ut"] == "student" and CAMPAIGN[0] <= tre < CAMPAIGN[1]
            if campaign:
                p = 0.16
            if rng.random() < p:
                tj = tre + D(hours=self.logn(20, 1.2)) if not campaign else tre + D(hours=self.logn(6, 1.0))
                if campaign and tj >= CAMPAIGN[1]:
                    tj = tre + D(hours=self.u(0.2, 2))
                if tj <= END and tj < c["end"]:
                    plan, fee = ("student_promo", 9.9) if campaign else (("student", 29.0) if c["ut"] == "student"
                                                                         else ("annual", 59.0))
                    ch = "app" if c["acq"] == "app" else "mini_program"
                    self.ev(c, tj, "tp_member_join", "join", None, channel=ch, plan=plan, amount=f"{fee:.2f}")
                    self.order(c, tj, "membership_fee", fee, None, channel=ch, membership_plan=plan, paid_at=fmt(tj))
                    c["member_since"], c["plan"] = tj, plan
                    c["end"] = max(c["end"], tj + D(days=float(self.rng.exponential(300))))
                    if rng.random() < 0.05:
                        self.fb(c, tj + D(days=self.u(5, 60)), "member_value", "app_review", "tp_member_join", None,
                                rating=True)
        # an app-store review now and then
        if rng.random() < 0.006:
            wts = {"convenient": 2.0, "suggestion": 1.0, "cabinet_empty": 0.6 if venue == "hospital" else 0.2,
                   "door_not_open": 0.8 if venue == "metro" else 0.15}
            topic = self.pick(list(wts), list(wts.values()))
            tp = {"convenient": "tp_pick", "suggestion": "tp_pick", "cabinet_empty": "tp_close_no_take",
                  "door_not_open": "tp_door_fail"}[topic]
            self.fb(c, tre + D(hours=self.u(1, 48)), topic, "app_review", tp, cab, rating=True,
                    no_ts=rng.random() < 0.08)

    def dispute(self, c, tc, cab, order, reason, kw):
        rng = self.rng
        td = tc + D(hours=self.logn(4, 1.1))
        ch = self.pick(["app", "mini_program", "hotline"], [0.35, 0.45, 0.2])
        en, zh = DISPUTE_REASONS[reason]
        if not self.ev(c, td, "tp_dispute", "submit", cab, channel=ch, order_id=order["order_id"], dispute_reason=en,
                       申诉原因=zh, amount=order["amount"], **kw):
            return
        order.update(dispute_reason=en, 申诉原因=zh)
        if reason in ("not_taken", "expired") and rng.random() < 0.5:
            self.fb(c, td + D(minutes=self.u(1, 20)), "charged_not_taken" if reason == "not_taken" else "expired_food",
                    "call_note" if ch == "hotline" else "ticket", "tp_dispute", cab, order=order)
        late = td >= CS_OUTSOURCE
        hours = self.logn(62 if late else 15, 0.55)
        p_rej = {"not_taken": 0.12, "expired": 0.05, "wrong_price": 0.30, "double": 0.03}[reason] * (2.6 if late else 1.0)
        tres = td + D(hours=hours)
        if tres > END:
            return
        if rng.random() < p_rej:
            self.ev(c, tres, "tp_dispute_rejected", "reject", cab, channel=ch, order_id=order["order_id"],
                    resolution="rejected", 处理结果="驳回", dispute_reason=en, 申诉原因=zh, **kw)
            if rng.random() < 0.4:
                self.fb(c, tres + D(hours=self.u(0.5, 30)), "dispute_rejected", self.pick(
                    ["ticket", "app_review", "social"], [0.5, 0.35, 0.15]), "tp_dispute_rejected", cab, rating=False,
                    order=order)
        else:
            self.ev(c, tres, "tp_refund", "refund", cab, channel=ch, order_id=order["order_id"], amount=order["amount"],
                    resolution="refunded", 处理结果="退款", dispute_reason=en, 申诉原因=zh, **kw)
            order.update(status="refunded", refunded_at=fmt(tres))
            if hours > 48 and rng.random() < 0.5:
                self.fb(c, tres - D(hours=self.u(1, 20)), "refund_slow", self.pick(["ticket", "call_note", "app_review"],
                                                                                    [0.45, 0.3, 0.25]),
                        "tp_refund", cab, order=order)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    rng = np.random.default_rng(SEED)
    g = Gen(rng)
    for i in range(1, N + 1):
        g.customer(i)
    for i in range(N + 1, N + 26):      # gym pilot customers (Shanghai office workers, from April 2026)
        g.customer(i, gym=True)
    # social posts (Weibo / Xiaohongshu) not tied to a customer; a third carry no date
    for _ in range(110):
        x = rng.random()
        t = START + D(days=x * (NDAYS - 1), seconds=int(rng.integers(0, 86400)))
        city = g.pick([c[0] for c in CITIES], [c[4] for c in CITIES])
        venue = g.pick([v[0] for v in VENUES], [v[3] for v in VENUES])
        cab = g.cabinet_for(city, venue, t)
        topic = g.pick(["door_not_open", "cabinet_empty", "convenient", "charged_not_taken", "suggestion"],
                       [0.25, 0.2, 0.3, 0.15, 0.1])
        tp = {"door_not_open": "tp_door_fail", "cabinet_empty": "tp_close_no_take", "convenient": "tp_pick",
              "charged_not_taken": "tp_charge", "suggestion": "tp_pick"}[topic]
        g.fb(None, t, topic, "social", tp, cab, no_ts=rng.random() < 0.33,
             lang="en" if rng.random() < 0.12 else "zh")
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    g.feedback.sort(key=lambda r: r["feedback_id"])
    # a few exact duplicate event rows (the cabinet gateway re-sent them), loaded once per DATA.md
    idx = rng.choice(len(g.events), 25, replace=False)
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
        member = c["member_since"] is not None
        seg = "returning" if c["returning"] else "new"
        if member:
            seg = "vip"
        rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg,
                         region=next(x[3] for x in CITIES if x[0] == c["city"]), acquisition_channel=c["acq"],
                         获客渠道=ACQ_ZH[c["acq"]], tier="member" if member else "regular",
                         会员状态="会员" if member else "非会员", is_member="yes" if member else "no",
                         member_since=fmt(c["member_since"]), membership_plan=c["plan"], user_type=c["ut"],
                         用户类型=USER_ZH[c["ut"]], city=c["city"], 城市=CITY_ZH[c["city"]], payment_method=c["pay"],
                         支付方式=PAY_ZH[c["pay"]], phone_os=c["os"], home_cabinet_id=c["home"]["id"],
                         home_venue_type=c["home"]["venue"], age_band=c["age"], gender=c["gender"], language=c["lang"]))
    dump("customers.csv", rows, list(rows[0]))
    dump("events.csv", g.events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel",
                                  "session_id", "cabinet_id", "city", "城市", "venue_type", "场所类型", "cabinet_model",
                                  "category", "品类", "items_count", "amount", "order_id", "error_code",
                                  "pay_fail_reason", "dispute_reason", "申诉原因", "resolution", "处理结果", "plan",
                                  "acquisition_channel", "获客渠道"])
    dump("orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                  "order_type", "category", "品类", "items_count", "cabinet_id", "city", "城市",
                                  "venue_type", "场所类型", "payment_method", "支付方式", "paid_at", "pay_fail_reason",
                                  "retry_count", "dispute_reason", "申诉原因", "refunded_at", "membership_plan",
                                  "session_id"])
    dump("feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "cabinet_id", "city", "城市", "venue_type", "场所类型", "order_id"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    cabs = [dict(cabinet_id=c["id"], city=c["city"], venue_type=c["venue"], cabinet_model=c["model"],
                 deployed_at=fmt(c["deploy"])) for c in g.cabinets]
    dump("_truth/cabinets.csv", cabs, list(cabs[0]))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
