"""禾播鲜选 HarvestCast: a rural e-commerce company that sells farm produce through livestream shopping (直播带货).
Synthetic, written blind.

Six hosts (主播) broadcast live sessions (直播场次) on Douyin 抖音, Kuaishou 快手, Taobao Live 淘宝直播, WeChat Channels
视频号 and, from 15 Sep 2025, TikTok Shop (Singapore / Malaysia, in English). A viewer may see a short teaser video
(预热短视频), enters the live room, opens a product card (小黄车 / 商品卡), submits an order and pays. The warehouse ships
(仓库发货), a courier delivers (快递签收); the buyer may file an after-sales request (申请售后: rotten fruit, broken eggs,
crushed box, not as described, slow dispatch, changed mind, lost parcel) which ends in a refund (退款到账) or a
rejection, may review the order (评价晒单), may join the host's WeChat fan group (粉丝群), and comes back to buy again.

Data 2025-01-01 .. 2026-08-31 (exported mid-September 2026, months before "today" 2026-12-01). Naive local times
(China / Singapore, both UTC+8). Money: orders.amount in CNY (reporting currency); TikTok Shop orders keep
amount_local + currency (SGD at 5.35, MYR at 1.55).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261206), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import math
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261206
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
TIKTOK_LAUNCH = datetime(2025, 9, 15)
AQIANG = (datetime(2025, 6, 1), datetime(2026, 3, 31, 23, 59, 59))      # MCN host contract
KS_BUG = (datetime(2026, 3, 10), datetime(2026, 4, 5, 23, 59, 59))       # Kuaishou Android payment SDK bug
EXP = (datetime(2026, 4, 15), datetime(2026, 6, 15, 23, 59, 59))         # Douyin countdown-coupon A/B test
DOUBLE11 = (datetime(2025, 10, 31), datetime(2025, 11, 16, 23, 59, 59))  # 双11 warehouse backlog
CNY_CLOSED = [(datetime(2025, 1, 24), datetime(2025, 2, 5)), (datetime(2026, 2, 10), datetime(2026, 2, 22))]
EGG_SF = datetime(2026, 5, 1)
NIANHUO = [(datetime(2025, 1, 2), datetime(2025, 1, 22)), (datetime(2026, 1, 5), datetime(2026, 2, 8))]  # 年货节                                            # eggs move from Yunda to SF
FX = {"CNY": 1.0, "SGD": 5.35, "MYR": 1.55}

PLATFORMS = ["douyin", "kuaishou", "taobao_live", "wechat_channels", "tiktok_shop"]
PLAT_ZH = {"douyin": "抖音", "kuaishou": "快手", "taobao_live": "淘宝直播", "wechat_channels": "视频号",
           "tiktok_shop": "TikTok Shop"}
HOSTS = {  # id: zh, en, repertoire, audience weight, watch-minutes median
    "H01": ("杨书记", "Secretary Yang", ["kiwi", "apple", "walnut", "millet", "sweet_potato", "mushroom"], 1.0, 8),
    "H02": ("果妹小美", "Xiaomei", ["kiwi", "orange", "apple", "lychee", "honey", "walnut"], 3.2, 12),
    "H03": ("阿强", "Aqiang", ["honey", "walnut", "orange", "lychee", "cured_pork", "mushroom"], 2.0, 6),
    "H04": ("李婶", "Auntie Li", ["eggs", "cured_pork", "sweet_potato", "millet", "honey"], 1.0, 10),
    "H05": ("小周", "Zoe Zhou", ["honey", "walnut", "mushroom", "goji"], 1.0, 7),
    "H06": ("陈叔", "Uncle Chen", ["kiwi", "apple", "orange"], 1.2, 9),
}
PRODUCTS = {  # id: zh, en, category, price CNY, unit, months on sale, warehouse
    "kiwi": ("周至猕猴桃", "Zhouzhi kiwifruit", "fresh_fruit", 39.9, "5斤装", {9, 10, 11, 12, 1}, "WH-SX"),
    "orange": ("赣南脐橙", "Gannan navel orange", "fresh_fruit", 49.9, "10斤装", {11, 12, 1, 2}, "WH-GZ"),
    "apple": ("洛川苹果", "Luochuan apple", "fresh_fruit", 45.9, "8斤装", {10, 11, 12, 1, 2, 3, 4}, "WH-SX"),
    "lychee": ("妃子笑荔枝", "Feizixiao lychee", "fresh_fruit", 69.9, "3斤装", {5, 6, 7}, "WH-MM"),
    "eggs": ("农家土鸡蛋", "free-range eggs", "eggs_meat", 59.9, "30枚", set(range(1, 13)), "WH-SX"),
    "cured_pork": ("秦巴腊肉", "Qinba cured pork", "eggs_meat", 98.0, "2斤装", {11, 12, 1, 2}, "WH-SX"),
    "honey": ("秦岭土蜂蜜", "Qinling wild honey", "honey_dried", 79.0, "500g×2", set(range(1, 13)), "WH-SX"),
    "walnut": ("商洛核桃", "Shangluo walnuts", "honey_dried", 55.0, "2斤装", {9, 10, 11, 12, 1, 2, 3, 4, 5, 6},
               "WH-SX"),
    "millet": ("米脂小米", "Mizhi millet", "grain", 29.9, "5斤装", set(range(1, 13)), "WH-SX"),
    "sweet_potato": ("板栗红薯", "chestnut sweet potato", "fresh_veg", 25.9, "5斤装", {10, 11, 12, 1, 2, 3},
                     "WH-SX"),
    "mushroom": ("花菇干货", "dried shiitake", "honey_dried", 45.0, "500g", set(range(1, 13)), "WH-SX"),
    "goji": ("宁夏枸杞", "Ningxia goji berries", "honey_dried", 39.0, "500g", set(range(1, 13)), "WH-SX"),
}
CAT_ZH = {"fresh_fruit": "生鲜水果", "eggs_meat": "禽蛋肉类", "honey_dried": "蜂蜜干货", "grain": "杂粮",
          "fresh_veg": "生鲜蔬菜"}
REGIONS = {  # region: zh, share, provinces
    "east_china": ("华东", 0.30, ["浙江", "江苏", "上海", "山东", "福建", "安徽"]),
    "south_china": ("华南", 0.15, ["广东", "广西", "海南"]),
    "north_china": ("华北", 0.16, ["北京", "天津", "河北", "山西", "内蒙古"]),
    "central_china": ("华中", 0.12, ["河南", "湖北", "湖南", "江西"]),
    "southwest": ("西南", 0.11, ["四川", "重庆", "云南", "贵州"]),
    "northwest": ("西北", 0.07, ["陕西", "甘肃", "宁夏", "新疆"]),
    "northeast": ("东北", 0.09, ["辽宁", "吉林", "黑龙江"]),
}
COURIER_ZH = {"sf": "顺丰", "sf_cold": "顺丰冷链", "zto": "中通", "yto": "圆通", "yunda": "韵达", "ems": "邮政EMS",
              "jnt": "J&T极兔国际"}

# funnel parameters per platform: open card | entered, submit | card, pay | submit
P_CARD = {"douyin": 0.30, "kuaishou": 0.40, "taobao_live": 0.42, "wechat_channels": 0.48, "tiktok_shop": 0.37}
P_SUB = {"douyin": 0.36, "kuaishou": 0.50, "taobao_live": 0.46, "wechat_channels": 0.56, "tiktok_shop": 0.46}
P_PAY = {"douyin": 0.88, "kuaishou": 0.91, "taobao_live": 0.93, "wechat_channels": 0.94, "tiktok_shop": 0.82}
H_CARD = {"H01": 1.05, "H02": 0.95, "H03": 1.10, "H04": 1.00, "H05": 1.00, "H06": 1.05}
H_SUB = {"H01": 1.15, "H02": 0.72, "H03": 1.30, "H04": 1.10, "H05": 1.00, "H06": 1.05}
P_VIDEO = {"douyin": 0.55, "kuaishou": 0.35, "taobao_live": 0.15, "wechat_channels": 0.25, "tiktok_shop": 0.45}
P_FAN = {"H01": 0.22, "H02": 0.05, "H03": 0.04, "H04": 0.32, "H05": 0.0, "H06": 0.10}
REFUND_H = {"douyin": 6, "kuaishou": 10, "taobao_live": 20, "wechat_channels": 8, "tiktok_shop": 60}


class Gen:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.r = random.Random(SEED)
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.n_ev = self.n_ord = self.n_fb = self.n_visit = 0
        self.cust: dict[str, dict] = {}

    # ---------- helpers
    def u(self, a=0.0, b=1.0):
        return self.r.uniform(a, b)

    def p(self, x):
        return self.r.random() < x

    def pick(self, opts, probs=None):
        if probs is None:
            return opts[self.r.randrange(len(opts))]
        return self.r.choices(opts, weights=probs)[0]

    def ri(self, a, b):
        """integer in [a, b)"""
        return self.r.randrange(a, b)

    def logn(self, median, sigma):
        return median * math.exp(self.r.gauss(0, sigma))

    def ev(self, cid, ts, tp, action, session=None, channel=None, **extra):
        if ts > END or ts < START:
            return None
        self.n_ev += 1
        c = self.cust[cid]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=session, action=action, device=c["main_device"],
                   channel=channel)
        row.update(extra)
        self.events.append(row)
        return row

    # ---------- schedule of live sessions
    def schedule(self) -> None:
        self.sessions = {p: [] for p in PLATFORMS}
        day = START
        n = 0
        while day <= END:
            wd = day.weekday()
            m = day.month
            plans = []
            in_aq = AQIANG[0] <= day <= AQIANG[1]
            # Douyin: Xiaomei 5 nights a week, Aqiang 3 nights a week during his contract
            if wd != 0 and not (wd == 3 and in_aq):
                plans.append(("douyin", "H02", 20, 180))
            if in_aq and wd in (1, 3, 5):
                plans.append(("douyin", "H03", 19, 150))
            # Kuaishou: Secretary Yang 4 nights, Aqiang 2, Auntie Li 1
            if wd in (0, 2, 4, 6):
                plans.append(("kuaishou", "H01", 19, 120))
            if in_aq and wd in (2, 6):
                plans.append(("kuaishou", "H03", 21, 120))
            if wd == 5:
                plans.append(("kuaishou", "H04", 19, 120))
            # WeChat Channels: Auntie Li at noon 3 days, Secretary Yang one evening
            if wd in (1, 3, 5):
                plans.append(("wechat_channels", "H04", 12, 90))
            if wd == 3:
                plans.append(("wechat_channels", "H01", 20, 120))
            # Taobao Live: Uncle Chen every night in kiwi/orange season (Sep-Jan), Xiaomei twice a week otherwise
            if m in (9, 10, 11, 12, 1):
                plans.append(("taobao_live", "H06", 19, 150))
            elif wd in (2, 5):
                plans.append(("taobao_live", "H02", 15, 120))
            # TikTok Shop (SG/MY): Zoe Zhou three nights a week from launch
            if day >= TIKTOK_LAUNCH and wd in (1, 3, 6):
                plans.append(("tiktok_shop", "H05", 20, 120))
            if day == datetime(2025, 11, 11):    # the county head joins Xiaomei: 县长助农专场
                plans.append(("douyin", "H02", 19, 300, 14.0, "双11县长进直播间助农专场"))
            if day == datetime(2026, 1, 20):
                plans.append(("wechat_channels", "H04", 19, 240, 10.0, "年货节腊肉土鸡蛋专场"))
            for plan in plans:
                plat, h, hour, dur = plan[:4]
                rep = [x for x in HOSTS[h][2] if m in PRODUCTS[x][5]
                       and not (x == "lychee" and (day < datetime(day.year, 5, 20) or day > datetime(day.year, 7, 10)))]
                if h == "H02" and any(x == "lychee" for x in rep):
                    others = [y for y in rep if y != "lychee"]
                    feat = ["lychee"] + self.r.sample(others, min(2, len(others)))
                else:
                    feat = self.r.sample(rep, min(3, len(rep)))
                n += 1
                start = day + D(hours=hour, minutes=self.ri(0, 4) * 5)
                theme = PRODUCTS[feat[0]][0] + ("开园专场" if feat[0] in ("kiwi", "lychee", "orange") else "助农专场")
                if m in (1, 2) and "cured_pork" in feat:
                    theme = "年货节专场"
                if day.month == 11 and day.day <= 11:
                    theme = "双11狂欢专场"
                if len(plan) > 4:
                    theme = plan[5]
                self.sessions[plat].append(dict(live_id=f"L{n:05d}", platform=plat, host_id=h, start=start,
                                                dur=dur, products=[str(x) for x in feat], theme=theme,
                                                weight=plan[4] if len(plan) > 4 else HOSTS[h][3]))
            day += D(days=1)
        self.starts = {p: [s["start"] for s in v] for p, v in self.sessions.items()}

    def next_session(self, plat, t):
        st = self.starts[plat]
        i = bisect.bisect_left(st, t)
        cands = self.sessions[plat][i:i + 4]
        cands = [s for s in cands if s["start"] - t < D(days=5)]
        if not cands:
            return None
        w = [s["weight"] * 0.8 ** k for k, s in enumerate(cands)]
        return self.r.choices(cands, weights=w)[0]

    # ---------- customers
    def make_customers(self, n_live=17000, n_video_only=3500) -> None:
        span = (END - START).days
        days = np.arange(span + 1)
        growth = 0.55 + 0.45 * days / span
        season = np.array([{1: 1.35, 2: 0.8, 3: 0.85, 4: 0.9, 5: 1.0, 6: 1.15, 7: 0.95, 8: 0.7, 9: 1.0, 10: 1.05,
                            11: 1.4, 12: 1.25}[(START + D(days=int(d))).month] for d in days])
        w = growth * season
        w /= w.sum()
        firsts = self.rng.choice(len(days), size=n_live + n_video_only, p=w)
        for k in range(n_live + n_video_only):
            cid = f"C{k + 1:06d}"
            first = START + D(days=int(firsts[k]), hours=self.u(8, 23))
            plat = self.pick(PLATFORMS[:4], [0.47, 0.24, 0.12, 0.17])
            if first >= TIKTOK_LAUNCH and self.p(0.13):
                plat = "tiktok_shop"
            if plat == "tiktok_shop":
                country = self.pick(["SG", "MY"], [0.6, 0.4])
                region = "singapore" if country == "SG" else "malaysia"
                rzh, prov = ("新加坡", "Singapore") if country == "SG" else ("马来西亚", self.pick(
                    ["Kuala Lumpur", "Selangor", "Penang", "Johor"]))
                lang = "en" if self.p(0.85) else "zh"
            else:
                country = "CN"
                shares = dict((r, v[1]) for r, v in REGIONS.items())
                if plat == "kuaishou":
                    shares.update(north_china=0.24, northeast=0.17, east_china=0.22)
                region = self.pick(list(shares), list(shares.values()))
                rzh, prov = REGIONS[region][0], self.pick(REGIONS[region][2])
                lang = "en" if self.p(0.03) else "zh"
            ios = {"douyin": 0.42, "kuaishou": 0.24, "taobao_live": 0.46, "wechat_channels": 0.36,
                   "tiktok_shop": 0.52}[plat]
            age = self.pick(["18-24", "25-34", "35-44", "45-54", "55+"],
                            {"douyin": [0.2, 0.36, 0.24, 0.13, 0.07], "kuaishou": [0.14, 0.3, 0.27, 0.18, 0.11],
                             "taobao_live": [0.12, 0.38, 0.3, 0.14, 0.06],
                             "wechat_channels": [0.05, 0.17, 0.26, 0.28, 0.24],
                             "tiktok_shop": [0.15, 0.38, 0.28, 0.13, 0.06]}[plat])
            self.cust[cid] = dict(customer_id=cid, first=first, platform=plat, region=region, 大区=rzh,
                                  province=prov, country=country, preferred_language=lang,
                                  main_device="ios" if self.p(ios) else "android", age_band=age,
                                  gender=self.pick(["female", "male"], [0.62, 0.38]),
                                  city_tier=self.pick(["tier1", "tier2", "tier3_4", "county"], [0.2, 0.3, 0.32, 0.18]),
                                  video_only=k >= n_live, fan=False, fan_host=None, paid=[], first_ev=None,
                                  variant=None)

    # ---------- one customer's life
    def live_customer(self, cid) -> None:
        c = self.cust[cid]
        if c["video_only"]:
            t = c["first"]
            for _ in range(1 + int(self.rng.poisson(0.8))):
                if t > END:
                    break
                host = self.pick(["H01", "H02", "H03", "H04", "H06"], [1, 3, 1.5 if t < AQIANG[1] else 0.01, 1, 1]) \
                    if c["platform"] != "tiktok_shop" else "H05"
                self.ev(cid, t, "tp_short_video", "view", None, c["platform"], video_id=f"VD{self.ri(1, 900):04d}",
                        host_id=host, host=HOSTS[host][0], host_en=HOSTS[host][1], watch_sec=int(self.logn(14, 0.6)))
                t += D(days=self.u(2, 40))
            return
        t = c["first"]
        visits = 0
        while t <= END and visits < 45:
            plat = c["platform"]
            if plat != "tiktok_shop" and self.p(0.04):
                plat = self.pick([x for x in PLATFORMS[:4] if x != plat])
            s = self.next_session(plat, t)
            if s is None:
                break
            visits += 1
            outcome = self.visit(cid, plat, s)
            # when do they come back?
            if outcome == "problem":
                cont, gap = 0.30, 35
            elif outcome == "bought":
                cont, gap = (0.88, 13) if c["fan"] else (0.50, 38)
            else:
                cont, gap = (0.86, 10) if c["fan"] else (0.60, 21)
            if not self.p(cont):
                break
            t = s["start"] + D(days=self.r.expovariate(1 / gap) + 0.3)
            if outcome == "bought" and t < self.last_delivery:
                t = self.last_delivery + D(days=self.u(0.2, 3)) if self.p(0.5) else t

    def visit(self, cid, plat, s) -> str:
        c = self.cust[cid]
        self.n_visit += 1
        vid = f"V{self.n_visit:07d}"
        h = s["host_id"]
        enter = s["start"] + D(minutes=self.u(0, s["dur"] * 0.92))
        if enter > END:
            return "none"
        hz, he = HOSTS[h][0], HOSTS[h][1]
        base = dict(live_id=s["live_id"], host_id=h, host=hz, host_en=he)
        if self.p(P_VIDEO[plat]):
            self.ev(cid, enter - D(hours=self.u(0.2, 30)), "tp_short_video", "view", None, plat,
                    video_id=f"VD{self.ri(1, 900):04d}", watch_sec=int(self.logn(16, 0.6)), **base)
        watch = max(0.5, self.logn(HOSTS[h][4], 0.7))
        self.ev(cid, enter, "tp_live_enter", "view", vid, plat, watch_min=round(watch, 1), live_theme=s["theme"],
                entry_source=self.pick(["feed", "short_video", "follow", "search", "share"], [0.45, 0.2, 0.2, 0.08, 0.07]),
                **base)
        # A/B test on Douyin: assigned at the first Douyin live-room entry in the window
        in_exp = plat == "douyin" and EXP[0] <= enter <= EXP[1]
        if in_exp and c["variant"] is None:
            c["variant"] = "countdown" if self.p(0.5) else "control"
            self.experiments.append(dict(experiment_id="countdown_coupon_2026", variant=c["variant"],
                                         customer_id=cid, assigned_at=enter.strftime("%Y-%m-%d %H:%M:%S"),
                                         platform="douyin"))
        countdown = in_exp and c["variant"] == "countdown"
        pc = P_CARD[plat] * H_CARD[h] * min(1.5, 0.75 + watch / 30) * (1.2 if countdown else 1.0)
        if not self.p(pc):
            if self.p(0.012):
                self.live_comment(cid, enter + D(minutes=watch * 0.5), plat, s, bought=False)
            return "none"
        head = 0.75 if s["products"][0] == "lychee" else 0.45
        prod = s["products"][0] if self.p(head) else self.pick(s["products"])  # the session's headline product
        card_t = enter + D(minutes=self.u(0.3, max(0.6, watch)))
        price = PRODUCTS[prod][3] * (1.6 if plat == "tiktok_shop" else 1.0)
        self.ev(cid, card_t, "tp_product_card", "click", vid, plat, product=PRODUCTS[prod][0],
                product_en=PRODUCTS[prod][1], sku=prod, price=round(price, 2), **base)
        if self.p(0.07):
            self.ev(cid, card_t + D(minutes=self.u(0.2, 3)), "tp_cs_chat", "chat", vid, plat, cs_topic="presale_question",
                    wait_min=round(self.logn(1.5, 0.6), 1), **base)
        if self.p(0.025):
            self.live_comment(cid, card_t + D(minutes=1), plat, s, bought=False)
        nianhuo = any(a <= card_t <= b for a, b in NIANHUO)
        ps = P_SUB[plat] * H_SUB[h] * (1.2 if c["paid"] else 1.0) * (1.6 if countdown else 1.0) * (1.25 if nianhuo else 1.0)
        if not self.p(min(ps, 0.95)):
            return "none"
        sub_t = card_t + D(minutes=self.u(0.3, 6))
        qty = int(self.pick([1, 2, 3], [0.38, 0.4, 0.22] if nianhuo else [0.62, 0.29, 0.09]))
        coupon = 0.0
        if countdown and self.p(0.85):
            coupon = 15.0
        elif self.p(0.3):
            coupon = float(self.pick([5.0, 10.0], [0.6, 0.4]))
        if c["fan"] and self.p(0.5):
            coupon = max(coupon, 8.0)
        amount = round(max(9.9, price * qty - coupon), 2)
        self.n_ord += 1
        oid = f"O{self.n_ord:07d}"
        self.ev(cid, sub_t, "tp_order_submit", "submit", vid, plat, order_id=oid, sku=prod,
                product=PRODUCTS[prod][0], product_en=PRODUCTS[prod][1], qty=qty, amount=amount, **base)
        cur = "CNY"
        if plat == "tiktok_shop":
            cur = "SGD" if c["country"] == "SG" else "MYR"
        order = dict(order_id=oid, customer_id=cid, ts=sub_t.strftime("%Y-%m-%d %H:%M:%S"), amount=amount,
                     status="paid", channel=plat, device=c["main_device"], paid_at=None, live_id=s["live_id"],
                     host_id=h, host=hz, host_en=he, sku=prod, product=PRODUCTS[prod][0], product_en=PRODUCTS[prod][1],
                     category=PRODUCTS[prod][2], 品类=CAT_ZH[PRODUCTS[prod][2]], qty=qty, unit_price=round(price, 2),
                     coupon=coupon, currency=cur, amount_local=round(amount / FX[cur], 2),
                     warehouse="WH-SX" if plat == "tiktok_shop" else PRODUCTS[prod][6], courier=None, 快递公司=None,
                     region=c["region"], province=c["province"], cancel_reason=None, refund_reason=None,
                     refunded_at=None, refund_amount=None)
        self.orders.append(order)
        pp = P_PAY[plat]
        bug = plat == "kuaishou" and c["main_device"] == "android" and KS_BUG[0] <= sub_t <= KS_BUG[1]
        if bug:
            pp = 0.48
        if not self.p(pp):
            order["status"] = "cancelled"
            order["cancel_reason"] = "pay_failed" if bug and self.p(0.85) else self.pick(
                ["pay_timeout", "user_cancelled", "pay_failed"], [0.6, 0.32, 0.08])
            if bug and order["cancel_reason"] == "pay_failed":
                self.ev(cid, sub_t + D(minutes=self.u(1, 20)), "tp_cs_chat", "chat", vid, plat,
                        cs_topic="payment_issue", wait_min=round(self.logn(6, 0.5), 1), **base)
                if self.p(0.6):
                    self.add_fb(cid, sub_t + D(minutes=self.u(5, 60)), "tp_pay", "cs_chat", "payment_failed", None,
                                None, plat, s, prod, oid)
            return "none"
        pay_t = sub_t + D(minutes=self.u(0.2, 8))
        order["paid_at"] = pay_t.strftime("%Y-%m-%d %H:%M:%S")
        self.ev(cid, pay_t, "tp_pay", "success", vid, plat, order_id=oid, amount=amount,
                pay_method=self.pick(["wechat_pay", "alipay", "platform_wallet", "card"],
                                     [0.4, 0.35, 0.2, 0.05] if plat != "tiktok_shop" else [0.0, 0.0, 0.3, 0.7]),
                **base)
        c["paid"].append(pay_t)
        return self.fulfil(cid, plat, s, vid, order, prod, pay_t, countdown)

    def fulfil(self, cid, plat, s, vid, order, prod, pay_t, countdown) -> str:
        c = self.cust[cid]
        h = s["host_id"]
        base = dict(live_id=s["live_id"], host_id=h, host=HOSTS[h][0], host_en=HOSTS[h][1])
        oid = order["order_id"]
        amount = order["amount"]
        self.last_delivery = pay_t + D(days=3)
        # ship time
        ship_h = self.logn(18, 0.45)
        if prod == "lychee":
            ship_h = self.logn(14, 0.3)
        if DOUBLE11[0] <= pay_t <= DOUBLE11[1]:
            ship_h = self.logn(72, 0.35)
        ship_t = pay_t + D(hours=ship_h)
        for a, b in CNY_CLOSED:
            if a - D(days=4) <= pay_t < a:
                ship_t = pay_t + D(hours=self.logn(40, 0.3))
            if ship_t >= a and pay_t <= b + D(hours=20):
                ship_t = b + D(days=1, hours=self.u(8, 40))
        ship_h = (ship_t - pay_t).total_seconds() / 3600
        # changed mind before shipping (impulse buys: the countdown coupon)
        if self.p(0.10 if countdown else 0.025) and ship_h > 3:
            ap = pay_t + D(hours=self.u(0.3, min(ship_h, 24) * 0.9))
            return self.aftersale(cid, plat, s, vid, order, prod, ap, "changed_mind", "refund_only", None, True)
        # slow dispatch: buyer asks for a refund before the parcel leaves
        if ship_h > 48 and self.p(0.16):
            ap = pay_t + D(hours=self.u(30, ship_h - 0.5))
            if self.p(0.5):
                self.ev(cid, ap - D(hours=self.u(1, 6)), "tp_cs_chat", "chat", vid, plat, cs_topic="where_is_my_order",
                        wait_min=round(self.logn(12 if ship_h > 60 else 4, 0.5), 1), order_id=oid, **base)
            return self.aftersale(cid, plat, s, vid, order, prod, ap, "late_shipping", "refund_only", None, True)
        # courier
        if plat == "tiktok_shop":
            courier = "jnt"
        elif prod == "lychee":
            courier = "zto" if pay_t.year == 2025 else "sf_cold"
        elif prod == "eggs":
            courier = "yunda" if pay_t < EGG_SF else "sf"
        else:
            courier = self.pick(["zto", "yto", "yunda", "sf", "ems"], [0.36, 0.28, 0.18, 0.12, 0.06])
        order["courier"], order["快递公司"] = courier, COURIER_ZH[courier]
        self.ev(cid, ship_t, "tp_ship", "shipped", vid, plat, order_id=oid, courier=courier, warehouse=order["warehouse"],
                ship_hours=round(ship_h, 1), sku=prod, product=PRODUCTS[prod][0], product_en=PRODUCTS[prod][1], **base)
        if ship_h > 48 and self.p(0.3):
            self.ev(cid, pay_t + D(hours=self.u(26, ship_h)), "tp_cs_chat", "chat", vid, plat,
                    cs_topic="where_is_my_order", wait_min=round(self.logn(12 if ship_h > 60 else 4, 0.5), 1),
                    order_id=oid, **base)
        transit = {"sf": 28, "sf_cold": 26, "zto": 52, "yto": 54, "yunda": 58, "ems": 78, "jnt": 230}[courier]
        transit = self.logn(transit, 0.3 if courier != "jnt" else 0.25)
        if c["region"] in ("northwest", "northeast"):
            transit += 18
        elif c["region"] == "southwest":
            transit += 9
        dlv_t = ship_t + D(hours=transit)
        summer = dlv_t.month in (6, 7, 8)
        pr = {"rotten": 0.0, "broken": 0.0, "crushed": 0.012, "lost": 0.003}
        if prod == "lychee":
            pr["rotten"] = 0.28 if courier == "zto" else 0.04
        elif prod in ("kiwi", "orange", "apple", "sweet_potato"):
            pr["rotten"] = 0.025 if not summer else 0.05
        elif prod == "eggs":
            pr["broken"] = 0.15 if courier == "yunda" else 0.025
        r = self.u()
        result = "ok"
        acc = 0.0
        for k, v in pr.items():
            acc += v
            if r < acc:
                result = k
                break
        if result == "lost":
            ap = ship_t + D(days=self.u(6, 9))
            return self.aftersale(cid, plat, s, vid, order, prod, ap, "lost", "refund_only", ship_h, True)
        self.last_delivery = dlv_t
        self.ev(cid, dlv_t, "tp_delivered", "delivered", vid, plat, order_id=oid, courier=courier,
                transit_hours=round(transit, 1), delivery_result=result, sku=prod, product=PRODUCTS[prod][0],
                product_en=PRODUCTS[prod][1], **base)
        if plat == "tiktok_shop" and transit > 200 and self.p(0.25):
            self.ev(cid, ship_t + D(hours=self.u(100, transit)), "tp_cs_chat", "chat", vid, plat,
                    cs_topic="where_is_my_order", wait_min=round(self.logn(25, 0.5), 1), order_id=oid, **base)
        problem = None
        if result in ("rotten", "broken", "crushed"):
            if self.p({"rotten": 0.85, "broken": 0.85, "crushed": 0.5}[result]):
                problem = result
        elif self.p(0.24 if (h == "H03" and prod in ("honey", "walnut")) else 0.08 if h == "H03" else 0.012):
            problem = "not_as_described"
        if problem:
            ap = dlv_t + D(hours=self.logn(10, 0.6))
            kind = "return_refund" if problem == "not_as_described" else "refund_only"
            out = self.aftersale(cid, plat, s, vid, order, prod, ap, problem, kind, ship_h, False)
            if self.p(0.6):
                self.review(cid, dlv_t + D(hours=self.logn(20, 0.5)), plat, s, vid, order, prod, problem, ship_h,
                            transit)
            return out
        # happy path: review, survey, fan group
        if self.p(0.27 if plat != "tiktok_shop" else 0.24):
            self.review(cid, dlv_t + D(hours=self.logn(30, 0.7)), plat, s, vid, order, prod, None, ship_h, transit)
        if self.p(0.07):
            self.survey(cid, dlv_t + D(days=self.u(2, 6)), plat, s, order, prod, ship_h, transit)
        if not c["fan"] and plat != "tiktok_shop" and self.p(P_FAN[h]):
            row = self.ev(cid, dlv_t + D(hours=self.logn(30, 0.6)), "tp_fan_group", "join", None, "wechat",
                          group=f"{HOSTS[h][0]}粉丝{self.ri(1, 9)}群", **base)
            if row:
                c["fan"] = True
                c["fan_host"] = h
            if row and self.p(0.06):
                self.add_fb(cid, dlv_t + D(days=self.u(3, 30)), "tp_fan_group", "fan_group_chat", "fan_group", None,
                            None, plat, s, prod, None)
        return "bought"

    def aftersale(self, cid, plat, s, vid, order, prod, ap, reason, kind, ship_h, before_ship) -> str:
        h = s["host_id"]
        base = dict(live_id=s["live_id"], host_id=h, host=HOSTS[h][0], host_en=HOSTS[h][1])
        oid = order["order_id"]
        if ap > END:
            return "problem"
        self.ev(cid, ap, "tp_aftersale_apply", "apply", vid, plat, order_id=oid, aftersale_reason=reason,
                refund_type=kind, before_shipping=before_ship, sku=prod, product=PRODUCTS[prod][0],
                product_en=PRODUCTS[prod][1], **base)
        if reason != "changed_mind" and self.p(0.72):
            self.add_fb(cid, ap + D(minutes=self.u(1, 30)), TP_OF[reason], "aftersale_ticket", reason, None, None,
                        plat, s, prod, oid)
        elif reason == "changed_mind" and self.p(0.4):
            self.add_fb(cid, ap + D(minutes=self.u(1, 30)), "tp_aftersale_apply", "aftersale_ticket", "changed_mind",
                        None, None, plat, s, prod, oid)
        approve = {"rotten": 0.93, "broken": 0.95, "crushed": 0.85, "lost": 1.0, "not_as_described": 0.85,
                   "late_shipping": 0.96, "changed_mind": 0.97}[reason]
        if not self.p(approve):
            return "problem"
        if kind == "return_refund":
            rh = self.logn(125, 0.4)
        else:
            rh = self.logn(REFUND_H[plat], 0.6)
        rt = ap + D(hours=rh)
        if rt > END:
            return "problem"
        full = reason in ("lost", "not_as_described", "late_shipping", "changed_mind") or self.p(0.8)
        ramt = order["amount"] if full else round(order["amount"] * self.u(0.3, 0.7), 2)
        self.ev(cid, rt, "tp_refund", "refund", vid, plat, order_id=oid, refund_amount=ramt, refund_hours=round(rh, 1),
                aftersale_reason=reason, refund_type=kind, **base)
        if full:
            order["status"] = "returned" if kind == "return_refund" else "refunded"
        order["refund_reason"] = reason
        order["refunded_at"] = rt.strftime("%Y-%m-%d %H:%M:%S")
        order["refund_amount"] = ramt
        if rh > 72 and self.p(0.4):
            self.add_fb(cid, ap + D(hours=self.u(72, rh)), "tp_refund", "aftersale_ticket", "refund_slow", None, None,
                        plat, s, prod, oid)
        return "problem"

    # ---------- feedback
    def review(self, cid, ts, plat, s, vid, order, prod, problem, ship_h, transit):
        h = s["host_id"]
        if problem:
            topic = problem
        elif ship_h is not None and ship_h > 48 and self.p(0.6):
            topic = "late_shipping"
        elif plat == "tiktok_shop" and transit > 210 and self.p(0.55):
            topic = "intl_slow"
        else:
            praise_host = {"H01": 0.22, "H04": 0.22, "H06": 0.12}.get(h, 0.04)
            topic = self.pick(["taste", "fresh", "host_praise", "price", "generic"],
                              [0.36, 0.22 if prod not in ("honey", "millet", "mushroom", "goji", "walnut") else 0.06,
                               praise_host, 0.08, 0.22])
        stars = {"rotten": (1, 2), "broken": (1, 2), "crushed": (1, 3), "not_as_described": (1, 2),
                 "late_shipping": (2, 3), "intl_slow": (2, 3), "price": (3, 4), "generic": (3, 5),
                 "taste": (4, 5), "fresh": (4, 5), "host_praise": (5, 5)}[topic]
        rating = self.ri(stars[0], stars[1] + 1)
        if topic == "taste" and self.p(0.75):
            rating = 5
        if ts > END:
            return
        self.ev(cid, ts, "tp_review", "review", vid, plat, order_id=order["order_id"], stars=rating, sku=prod,
                product=PRODUCTS[prod][0], product_en=PRODUCTS[prod][1], live_id=s["live_id"], host_id=h,
                host=HOSTS[h][0], host_en=HOSTS[h][1])
        self.add_fb(cid, ts, TP_OF.get(topic, "tp_review"), "product_review", topic, rating, None, plat, s, prod,
                    order["order_id"])

    def survey(self, cid, ts, plat, s, order, prod, ship_h, transit):
        late = ship_h > 48 or (plat == "tiktok_shop" and transit > 210)
        h = s["host_id"]
        lo, hi = (2, 8) if late else (6, 10)
        if h in ("H01", "H04"):
            lo = min(hi, lo + 1)
        nps = self.ri(lo, hi + 1)
        topic = None
        if self.p(0.55):
            if late:
                topic = "late_shipping" if plat != "tiktok_shop" else "intl_slow"
            elif nps >= 9:
                topic = self.pick(["taste", "host_praise", "fresh"], [0.5, 0.3, 0.2])
            elif nps <= 6:
                topic = self.pick(["price", "cs_slow", "generic"], [0.45, 0.3, 0.25])
            else:
                topic = "generic"
        self.add_fb(cid, ts, TP_OF.get(topic, "tp_review") if topic else "tp_review", "survey", topic or "nps_only",
                    None, nps, plat, s, prod, order["order_id"])

    def live_comment(self, cid, ts, plat, s, bought):
        h = s["host_id"]
        w = {"sold_out": 0.3 if h == "H02" else 0.08, "price": 0.25, "host_praise": 0.4 if h in ("H01", "H04") else 0.1,
             "generic": 0.2}
        topic = self.pick(list(w), list(w.values()))
        self.add_fb(cid, ts, TP_OF.get(topic, "tp_live_enter"), "live_comment", topic, None, None, plat, s,
                    self.pick(s["products"]), None)

    def add_fb(self, cid, ts, tp, channel, topic, rating, nps, plat, s, prod, oid, lang=None, region=None):
        c = self.cust.get(cid) if cid else None
        if ts is not None and ts > END:
            return
        if lang is None:
            lang = c["preferred_language"] if c else "zh"
        if topic == "nps_only":
            text = None
        else:
            text = self.text(topic, lang, prod, s["host_id"] if s else None)
        if text is None and topic != "nps_only":
            return
        if text is None:
            text = {"zh": "（仅打分，未填写意见）", "en": "(score only, no comment)"}[lang]
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        h = s["host_id"] if s else None
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=ts.strftime("%Y-%m-%d %H:%M:%S") if ts is not None else None,
            customer_id=cid, touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
            platform=plat, host_id=h, host=HOSTS[h][0] if h else None, host_en=HOSTS[h][1] if h else None,
            live_id=s["live_id"] if s and channel != "social" else None,
            sku=prod, product=PRODUCTS[prod][0] if prod else None, product_en=PRODUCTS[prod][1] if prod else None,
            order_id=oid, region=(c["region"] if c else region)))
        sent = {"taste": "pos", "fresh": "pos", "host_praise": "pos", "fan_group": "pos", "generic": "neu",
                "nps_only": "neu", "changed_mind": "neu"}.get(topic, "neg")
        if topic == "nps_only":
            sent = "pos" if nps >= 9 else "neg" if nps <= 6 else "neu"
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))

    def text(self, topic, lang, prod, h):
        pz = PRODUCTS[prod][0] if prod else "东西"
        pe = PRODUCTS[prod][1] if prod else "order"
        hz = HOSTS[h][0] if h else "主播"
        bank = TEXTS[topic][lang]
        t = bank[self.ri(0, len(bank))]
        return t.format(p=pz, pe=pe, h=hz, he=HOSTS[h][1] if h else "the host")

    def social(self) -> None:
        """Xiaohongshu / Weibo / Douyin comment-section / Facebook posts: no customer; about half without a date."""
        plan = [  # (topic, lang, platform channel, n, window, product, host)
            ("rotten", "zh", "xiaohongshu", 34, (datetime(2025, 6, 1), datetime(2025, 7, 20)), "lychee", "H02"),
            ("rotten", "zh", "weibo", 10, (datetime(2025, 6, 5), datetime(2025, 7, 15)), "lychee", "H03"),
            ("not_as_described", "zh", "weibo", 22, (datetime(2025, 8, 1), datetime(2026, 3, 31)), "honey", "H03"),
            ("not_as_described", "zh", "douyin_comment", 14, (datetime(2025, 9, 1), datetime(2026, 3, 20)), "walnut",
             "H03"),
            ("taste", "zh", "xiaohongshu", 40, (START, END), None, None),
            ("host_praise", "zh", "douyin_comment", 26, (START, END), None, "H01"),
            ("host_praise", "zh", "xiaohongshu", 14, (START, END), None, "H04"),
            ("sold_out", "zh", "douyin_comment", 18, (START, END), None, "H02"),
            ("broken", "zh", "xiaohongshu", 9, (START, EGG_SF), "eggs", "H04"),
            ("intl_slow", "en", "facebook", 16, (TIKTOK_LAUNCH, END), "honey", "H05"),
            ("taste", "en", "facebook", 12, (TIKTOK_LAUNCH, END), "walnut", "H05"),
            ("generic", "zh", "weibo", 12, (START, END), None, None),
        ]
        for topic, lang, chan, n, (a, b), prod, h in plan:
            for _ in range(n):
                ts = a + D(seconds=self.u(0, (b - a).total_seconds()))
                pr = prod or self.pick(["kiwi", "orange", "apple", "millet", "eggs", "honey"])
                if topic == "taste" and lang == "zh" and prod is None:
                    pr = self.pick(["kiwi", "orange", "apple", "millet", "eggs", "honey", "cured_pork"])
                hh = h or self.pick(["H01", "H02", "H04", "H06"])
                s = dict(host_id=hh, live_id=None)
                plat = {"xiaohongshu": None, "weibo": None, "douyin_comment": "douyin", "facebook": "tiktok_shop"}[chan]
                self.add_fb(None, None if self.p(0.5) else ts, TP_OF.get(topic, "tp_review"), "social", topic, None,
                            None, plat, s, pr, None, lang=lang,
                            region=("singapore" if lang == "en" else None))
                self.feedback[-1]["social_platform"] = chan

    # ---------- run
    def run(self) -> None:
        self.schedule()
        self.make_customers()
        self.last_delivery = START
        for cid in list(self.cust):
            self.last_delivery = START
            self.live_customer(cid)
        # special sessions pull in extra viewers from the existing audience (push notifications, county publicity)
        for plat, date, n in (("douyin", datetime(2025, 11, 11), 900), ("wechat_channels", datetime(2026, 1, 20), 450)):
            s = next(x for x in self.sessions[plat] if x["start"].date() == date.date() and x["weight"] >= 10)
            pool = [cid for cid, c in self.cust.items() if c["platform"] == plat and not c["video_only"]
                    and c["first"] < s["start"]]
            for cid in self.r.sample(pool, min(n, len(pool))):
                self.last_delivery = START
                self.visit(cid, plat, s)
        self.social()
        # a tracker re-sent a burst of live-room entries (same event_id): exact duplicate rows
        ent = [e for e in self.events if e["touchpoint_id"] == "tp_live_enter" and e["ts"].startswith("2026-05-2")]
        for i in self.r.sample(range(len(ent)), 30):
            self.events.append(dict(ent[i]))


TP_OF = {"rotten": "tp_delivered", "broken": "tp_delivered", "crushed": "tp_delivered", "lost": "tp_ship",
         "not_as_described": "tp_live_enter", "late_shipping": "tp_ship", "intl_slow": "tp_delivered",
         "payment_failed": "tp_pay", "refund_slow": "tp_refund", "sold_out": "tp_product_card",
         "price": "tp_product_card", "cs_slow": "tp_cs_chat", "taste": "tp_review", "fresh": "tp_review",
         "host_praise": "tp_live_enter", "fan_group": "tp_fan_group", "generic": "tp_review",
         "changed_mind": "tp_aftersale_apply"}

# Every complaint / praise topic has one marker in each language that appears in no other topic's texts:
# rotten 烂 / rotten; broken 碎 / cracked; crushed 压扁 / crushed; lost 丢件 / lost; not_as_described 不符 / not as
# described; late_shipping 发货 / dispatch; intl_slow 清关 / customs; payment_failed 支付失败 / payment;
# refund_slow 到账 / refund; sold_out 抢不到 / sold out; price 贵 / expensive; cs_slow 客服 / customer service;
# taste 好吃 / delicious; fresh 新鲜 / fresh; host_praise 实在 / genuine; fan_group 粉丝群 / fan group.
TEXTS = {
    "rotten": {
        "zh": ["{p}到手烂了一小半，还有股酸味", "收到的{p}好几个烂果，已拍照申请售后", "打开箱子就闻到味，烂了三分之一",
               "烂果太多了，这么热的天连冰袋都不放？", "{p}烂了好几个，挑出来能吃的没几个", "第二次买了，这次烂得厉害"],
        "en": ["Half the {pe} arrived rotten.", "Several rotten {pe} in the box, very disappointed.",
               "The box smelled bad, a third of the fruit was rotten."],
    },
    "broken": {
        "zh": ["鸡蛋碎了七八个，蛋液流得满箱都是", "30个蛋碎了一半，快递太暴力了", "又是碎蛋，快递能不能轻拿轻放",
               "收到时蛋碎了好多，箱子都湿透了", "碎了六个，泡沫托都压变形了"],
        "en": ["Lots of cracked eggs, the box was soaked.", "About ten eggs cracked in transit."],
    },
    "crushed": {
        "zh": ["箱子被压扁了，里面的{p}也受了影响", "外箱压扁变形，快递怎么送的"],
        "en": ["The box was crushed when it arrived.", "Crushed carton, {pe} bruised."],
    },
    "lost": {
        "zh": ["物流信息一周没动，快递丢件了", "显示已揽收然后就没了，丢件了吧"],
        "en": ["Tracking stopped a week ago, parcel lost.", "My parcel seems lost somewhere."],
    },
    "not_as_described": {
        "zh": ["和直播间说的不符，说是土蜂蜜结果一股糖浆味", "主播吹得天花乱坠，实物与描述不符",
               "{p}个头跟讲解的严重不符，空壳好多", "货和介绍不符，申请退货", "与描述不符，说不会结晶两天就结晶了",
               "{h}直播间说的和实物完全不符，再也不信了"],
        "en": ["Not as described - the host said raw honey, it tastes like syrup.",
               "The {pe} were not as described, lots of empty shells.", "Product not as described in the live."],
    },
    "late_shipping": {
        "zh": ["付款三天了还没发货", "双十一买的到现在才发货，太慢了", "说好48小时发货，结果等了快一周",
               "过年前下的单，过完年才发货", "催了好几次发货，一直说仓库爆单", "发货速度太慢，不想要了"],
        "en": ["Paid three days ago and still not dispatched.", "Dispatch took forever this time.",
               "Why does dispatch take a week?"],
    },
    "intl_slow": {
        "zh": ["寄到新加坡清关等了快两周", "清关太慢了，等了十几天"],
        "en": ["Took 12 days to arrive, stuck in customs.", "Customs clearance took ages, two weeks for {pe}.",
               "Stuck at customs for a week, please use a faster route.", "Great {pe} but customs held it 10 days."],
    },
    "payment_failed": {
        "zh": ["快手上一直支付失败，换了两张卡都不行", "付款页面卡住，支付失败好几次，最后没买成",
               "安卓快手支付失败，说是系统在修", "点了付款就报错支付失败，库存都被抢完了"],
        "en": ["The payment kept failing in the app.", "Payment error every time I tried to check out."],
    },
    "refund_slow": {
        "zh": ["退款申请通过一周了还没到账", "钱什么时候到账？等了好几天了", "退货寄回去五天了，款还没到账"],
        "en": ["Still waiting for my refund after a week.", "Returned the item, no refund yet."],
    },
    "sold_out": {
        "zh": ["上链接一秒就没了，根本抢不到", "每次都抢不到，库存能不能多放点", "又抢不到，手速不够", "抢不到抢不到！"],
        "en": ["Sold out in seconds again.", "Always sold out before I can tap buy."],
    },
    "price": {
        "zh": ["比超市还贵，助农价也不便宜啊", "有点贵了，运费再包一下就好", "这个价格偏贵了"],
        "en": ["A bit expensive once shipping is added.", "Too expensive compared to the supermarket."],
    },
    "cs_slow": {
        "zh": ["客服半天不回消息", "找客服排队排了二十分钟", "客服回复太慢"],
        "en": ["Customer service took ages to reply.", "Customer service never answers chats."],
    },
    "taste": {
        "zh": ["{p}很好吃，家里老人孩子都爱吃", "真的好吃，已经回购第三次了", "好吃！比本地买的强多了", "{p}好吃，推荐",
               "味道正宗，好吃，还会再来"],
        "en": ["The {pe} are delicious, will buy again.", "Delicious, tastes like home.", "Really delicious {pe}."],
    },
    "fresh": {
        "zh": ["很新鲜，物流也快", "{p}新鲜，个头均匀", "到货很新鲜，包装用心"],
        "en": ["Arrived fresh and well packed.", "Very fresh {pe}."],
    },
    "host_praise": {
        "zh": ["{h}讲得实在，不忽悠", "{h}人实在，家里吃的都在这买", "主播很实在，有一说一", "就冲{h}实在，支持"],
        "en": ["{he} is genuine and explains everything.", "Genuine host, honest about the product."],
    },
    "fan_group": {
        "zh": ["粉丝群里有专属券，挺划算", "进了粉丝群每周都有福利，开播也会提醒", "粉丝群里{h}会先发预告，方便"],
        "en": ["The fan group has nice weekly deals.", "Joined the fan group, love the early notices."],
    },
    "changed_mind": {
        "zh": ["冲动下单了，不想要了", "拍错了，不需要了", "家里还有，取消吧"],
        "en": ["Changed my mind, please cancel.", "Ordered by mistake."],
    },
    "generic": {
        "zh": ["还行吧", "一般般，中规中矩", "收到了，还没开始吃", "东西收到了", "凑合"],
        "en": ["OK.", "Received, haven't tried yet.", "It's alright."],
    },
}
MARKERS = {
    "rotten": ("烂", r"\brotten\b"), "broken": ("碎", r"\bcracked\b"), "crushed": ("压扁", r"\bcrushed\b"),
    "lost": ("丢件", r"\blost\b"), "not_as_described": ("不符", r"not as described"),
    "late_shipping": ("发货", r"\bdispatch"), "intl_slow": ("清关", r"\bcustoms\b"),
    "payment_failed": ("支付失败", r"\bpayment\b"), "refund_slow": ("到账", r"\brefund\b"),
    "sold_out": ("抢不到", r"sold out"), "price": ("贵", r"\bexpensive\b"), "cs_slow": ("客服", r"customer service"),
    "taste": ("好吃", r"\bdelicious\b"), "fresh": ("新鲜", r"\bfresh\b"), "host_praise": ("实在", r"\bgenuine\b"),
    "fan_group": ("粉丝群", r"fan group"),
}


def check_markers() -> None:
    for topic, (zh, en) in MARKERS.items():
        for t2, banks in TEXTS.items():
            for lang, bank in banks.items():
                for t in bank:
                    full = t.format(p="X", pe="x", h="杨书记", he="Secretary Yang")
                    for pz in [v[0] for v in PRODUCTS.values()] + [v[0] for v in HOSTS.values()]:
                        pass
                    hit = (zh in full) if lang == "zh" else bool(re.search(en, full.lower()))
                    assert hit == (t2 == topic), (topic, t2, t)
    for v in list(PRODUCTS.values()) + list(HOSTS.values()):
        for topic, (zh, en) in MARKERS.items():
            assert zh not in v[0] and not re.search(en, v[1].lower()), (topic, v)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([[r.get(k) for k in cols] for r in rows])


TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_short_video", "预热短视频", "Teaser short video", "awareness", "social", "digital", "内容组 Content",
     "短视频|预热视频|种草视频|teaser|short video|clip"),
    ("tp_live_enter", "进入直播间", "Entered live room", "awareness", "app", "digital", "直播运营 Live ops",
     "直播间|看直播|进直播间|live room|watched the live|live stream"),
    ("tp_product_card", "点开商品卡", "Opened product card", "consideration", "app", "digital", "直播运营 Live ops",
     "小黄车|商品卡|商品链接|购物车|yellow cart|product link|product card"),
    ("tp_cs_chat", "客服咨询", "Customer-service chat", "service", "app", "digital", "客服 Customer service",
     "客服|在线客服|咨询|customer service|CS chat|support chat"),
    ("tp_order_submit", "提交订单", "Order submitted", "purchase", "app", "digital", "直播运营 Live ops",
     "下单|拍下|提交订单|place order|checkout|submitted"),
    ("tp_pay", "支付成功", "Payment", "purchase", "app", "digital", "电商运营 E-commerce",
     "付款|支付|成交|pay|paid|payment"),
    ("tp_ship", "仓库发货", "Shipped from warehouse", "service", "other", "physical", "仓储物流 Warehouse & logistics",
     "发货|出库|打包发货|dispatch|shipped|shipping"),
    ("tp_delivered", "快递签收", "Delivered", "service", "other", "physical", "仓储物流 Warehouse & logistics",
     "签收|收货|到货|delivery|delivered|received"),
    ("tp_aftersale_apply", "申请售后", "After-sales request", "service", "app", "digital", "售后 After-sales",
     "售后|退款申请|退货申请|after-sales|refund request|return request"),
    ("tp_refund", "退款到账", "Refund paid", "service", "app", "digital", "售后 After-sales",
     "退款|退钱|退款到账|refund|refunded|money back"),
    ("tp_review", "评价晒单", "Product review", "loyalty", "app", "digital", "电商运营 E-commerce",
     "评价|晒单|好评|差评|review|rating|stars"),
    ("tp_fan_group", "加入粉丝群", "Joined fan group", "loyalty", "social", "digital", "私域运营 Community",
     "粉丝群|私域|微信群|fan group|WeChat group|private domain"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("live_order", "直播间下单转化", "Live-room ordering", ["tp_live_enter", "tp_product_card", "tp_order_submit", "tp_pay"], 1),
    ("warmup", "短视频预热引流", "Teaser video to purchase", ["tp_short_video", "tp_live_enter", "tp_pay"], 3),
    ("fulfilment", "发货签收", "Shipping to delivery", ["tp_pay", "tp_ship", "tp_delivered"], 10),
    ("aftersale", "售后退款", "After-sales refund", ["tp_aftersale_apply", "tp_refund"], 7),
    ("repurchase", "签收后复购", "Repeat purchase after delivery", ["tp_delivered", "tp_pay"], 60),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "live_id",
           "host_id", "host", "host_en", "live_theme", "entry_source", "watch_min", "video_id", "watch_sec", "sku",
           "product", "product_en", "price", "order_id", "qty", "amount", "pay_method", "warehouse", "courier",
           "ship_hours", "transit_hours", "delivery_result", "aftersale_reason", "refund_type", "before_shipping",
           "refund_amount", "refund_hours", "stars", "cs_topic", "wait_min", "group"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "paid_at", "live_id", "host_id",
            "host", "host_en", "sku", "product", "product_en", "category", "品类", "qty", "unit_price", "coupon",
            "currency", "amount_local", "warehouse", "courier", "快递公司", "region", "province", "cancel_reason",
            "refund_reason", "refunded_at", "refund_amount"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "platform", "social_platform", "host_id", "host", "host_en", "live_id", "sku", "product", "product_en",
           "order_id", "region"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "大区", "acquisition_channel", "tier", "会员等级",
             "country", "province", "city_tier", "gender", "age_band", "main_device", "preferred_language",
             "fan_group", "fan_group_host", "first_order_at", "paid_orders", "lifetime_spend"]


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    check_markers()
    g = Gen()
    g.run()
    # customers: attributes at the end of the data
    first_ev: dict[str, str] = {}
    for e in g.events:
        if e["customer_id"] not in first_ev or e["ts"] < first_ev[e["customer_id"]]:
            first_ev[e["customer_id"]] = e["ts"]
    kept: dict[str, list] = {}
    for o in g.orders:
        if o["paid_at"]:
            kept.setdefault(o["customer_id"], []).append(o)
    cut_new, cut_risk = "2026-06-02", "2026-03-04"
    customers = []
    for cid, c in g.cust.items():
        if cid not in first_ev:
            continue
        ords = kept.get(cid, [])
        spend = round(sum(o["amount"] for o in ords if o["status"] == "paid"), 2)
        n = len(ords)
        if n == 0:
            seg = "prospect"
        elif min(o["paid_at"] for o in ords) >= cut_new:
            seg = "new"
        elif max(o["paid_at"] for o in ords) < cut_risk:
            seg = "at_risk"
        elif n >= 5 or spend >= 800:
            seg = "vip"
        elif n >= 2:
            seg = "returning"
        else:
            seg = "one_time"
        tier = "gold" if spend >= 1000 else "silver" if spend >= 300 else "regular"
        customers.append(dict(customer_id=cid, signup_at=first_ev[cid], segment=seg, region=c["region"], 大区=c["大区"],
                              acquisition_channel=c["platform"], tier=tier,
                              会员等级={"gold": "金卡", "silver": "银卡", "regular": "普通"}[tier],
                              country=c["country"], province=c["province"], city_tier=c["city_tier"],
                              gender=c["gender"], age_band=c["age_band"], main_device=c["main_device"],
                              preferred_language=c["preferred_language"], fan_group=str(c["fan"]).lower(),
                              fan_group_host=HOSTS[c["fan_host"]][0] if c["fan_host"] else None,
                              first_order_at=min(o["paid_at"] for o in ords) if ords else None, paid_orders=n,
                              lifetime_spend=spend))
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    g.orders.sort(key=lambda o: o["ts"])
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                         "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, CUST_COLS)
    write(out / "events.csv", g.events, EV_COLS)
    write(out / "orders.csv", g.orders, ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "platform"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
