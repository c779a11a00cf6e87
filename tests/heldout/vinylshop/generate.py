"""声纹 GrooveHouse: a vinyl record shop with two stores in Beijing (鼓楼店 Gulou, 798店 798 Art District) and an online
mall (app, WeChat mini program, web). People find us (Xiaohongshu, Douban, Bilibili, a friend, or walking past a
store), dig through the crates online or in a store, wishlist / cart / check out new and used records, pay deposits
on pre-orders of new pressings (balance paid at pick-up when the pressing lands), trade in their used vinyl (in store
or mailed in), book the listening room, become members by spend, and complain about warped records, slow pre-orders,
packaging and the grading of used records.
Events 2025-01-01 .. 2026-06-30 (extract taken at the end of June 2026).

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

SEED = 20261231
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4500
SUMMER_HEAT = (datetime(2025, 7, 1), datetime(2025, 9, 1))          # hot summer: economy courier trucks warp records
CHEAP_MAILER = (datetime(2025, 10, 8), datetime(2026, 2, 1))        # single-wall mailers to save cost
RSD = [datetime(2025, 4, 12), datetime(2026, 4, 18)]                # Record Store Day
DOUBLE11 = (datetime(2025, 11, 1), datetime(2025, 11, 12))
APP_VERSIONS = [(datetime(2025, 1, 1), "4.2.0"), (datetime(2025, 6, 3), "4.3.0"), (datetime(2025, 11, 18), "4.4.1"),
                (datetime(2026, 4, 1), "4.5.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现声纹", "Discover GrooveHouse", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|小红书看到|豆瓣看到|路过|first touch|found us|discover"),
    ("tp_browse", "线上淘碟", "Browse catalogue online", "consideration", "app", "digital", "ecommerce",
     "淘碟|逛店|看唱片|浏览|翻碟|crate digging|browse|catalogue|listing page"),
    ("tp_store_visit", "到店淘碟", "Store visit", "consideration", "store", "physical", "store_ops",
     "到店|逛实体店|进店|翻箱|store visit|walk in|in-store"),
    ("tp_wishlist", "加入心愿单", "Add to wishlist", "consideration", "app", "digital", "ecommerce",
     "心愿单|收藏|想要|wishlist|want list|saved"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "app", "digital", "ecommerce",
     "购物车|加购|add to cart|basket|cart"),
    ("tp_checkout", "结账付款", "Checkout & payment", "purchase", "app", "digital", "finance",
     "结账|下单|付款|买单|收银|checkout|pay|payment|order placed|till"),
    ("tp_ship", "发货", "Shipped", "service", "other", "physical", "logistics",
     "发货|打包|寄出|快递|ship|shipping|dispatch|packing"),
    ("tp_deliver", "签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|收货|到货|送到|delivered|delivery|received"),
    ("tp_return", "退货申请", "Return request", "service", "app", "digital", "customer_service",
     "退货|退回|售后|翘曲退货|return|send back|RMA"),
    ("tp_dispute", "品相争议", "Grading dispute", "service", "app", "digital", "customer_service",
     "品相争议|品相不符|评级争议|品相投诉|grading dispute|condition dispute|overgraded"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退定金|refund|money back|refunded"),
    ("tp_preorder", "新压片预订", "Pre-order (deposit)", "purchase", "app", "digital", "buying",
     "预订|预售|付定金|交定金|新压片|再版|pre-order|preorder|deposit|new pressing|repress"),
    ("tp_preorder_arrive", "预订到货", "Pre-order arrived", "service", "app", "digital", "buying",
     "预订到货|到货通知|压片到了|pre-order arrived|pressing landed|in stock"),
    ("tp_preorder_pickup", "补尾款取货", "Balance paid & collected", "purchase", "app", "digital", "finance",
     "尾款|补款|取货|提货|balance|pick up|collect"),
    ("tp_preorder_cancel", "取消预订", "Pre-order cancelled", "service", "app", "digital", "buying",
     "取消预订|退订|不等了|cancel pre-order|cancelled pre-order"),
    ("tp_tradein_submit", "提交回收", "Trade-in submitted", "loyalty", "app", "digital", "used_dept",
     "回收|卖碟|出二手|寄卖|以旧换新|trade-in|trade in|sell my records"),
    ("tp_tradein_quote", "回收报价", "Trade-in quote", "loyalty", "app", "digital", "used_dept",
     "报价|估价|回收价|quote|offer|valuation"),
    ("tp_tradein_accept", "回收成交", "Trade-in accepted", "loyalty", "app", "digital", "used_dept",
     "回收成交|接受报价|换购金|store credit|accepted offer|deal"),
    ("tp_listen_book", "试听室预约", "Listening room booked", "service", "mini_program", "digital", "store_ops",
     "试听室|订试听|预约试听|listening room|listening session|booking"),
    ("tp_listen_visit", "试听室到场", "Listening room session", "service", "store", "physical", "store_ops",
     "到场试听|试听|听碟|listening session|showed up|hi-fi room"),
    ("tp_member_join", "成为会员", "Became a member", "loyalty", "app", "digital", "crm",
     "会员|入会|升级黑卡|membership|member|black card"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "marketing",
     "评价|打分|晒单|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("firstbuy", "首单转化", "First purchase", ["tp_discover", "tp_checkout"], 30),
    ("online", "线上选购", "Online shopping", ["tp_browse", "tp_cart", "tp_checkout"], 7),
    ("delivery", "配送签收", "Delivery", ["tp_checkout", "tp_ship", "tp_deliver"], 14),
    ("preorder", "新压片预订", "Pre-order", ["tp_preorder", "tp_preorder_arrive", "tp_preorder_pickup"], 240),
    ("tradein", "二手回收", "Trade-in", ["tp_tradein_submit", "tp_tradein_quote", "tp_tradein_accept"], 30),
    ("listening", "试听室", "Listening room", ["tp_listen_book", "tp_listen_visit"], 14),
]
STORES = {"S01": ("鼓楼店", "Gulou"), "S02": ("798店", "798 Art District")}
ACQ = {  # id: zh, weight, first-purchase probability, Beijing share
    "xiaohongshu": ("小红书", 0.32, 0.27, 0.55), "douban": ("豆瓣", 0.18, 0.60, 0.60),
    "bilibili": ("B站", 0.14, 0.45, 0.50), "friend": ("朋友推荐", 0.14, 0.66, 0.75),
    "walk_in": ("到店路过", 0.22, 0.78, 1.0),
}
CTYPES = {  # id: zh, weight, occasions / month, used share, spend multiplier, en share
    "casual": ("入门乐迷", 0.56, 0.45, 0.30, 1.0), "collector": ("收藏家", 0.24, 1.4, 0.55, 1.35),
    "audiophile": ("发烧友", 0.185, 1.0, 0.25, 1.6), "dj": ("DJ", 0.015, 3.2, 0.70, 1.5),
}
REGIONS = {"Beijing": "北京", "Shanghai": "上海", "Tianjin": "天津", "Chengdu": "成都", "Guangzhou": "广州",
           "Hangzhou": "杭州"}
GENRES = {"jazz": "爵士", "rock": "摇滚", "citypop": "City Pop", "classical": "古典", "hiphop": "嘻哈",
          "chinese_pop": "华语流行", "electronic": "电子"}
PLANTS = {  # id: zh, median days deposit -> arrival
    "gz_media": ("捷克GZ Media", 68.0), "optimal": ("德国Optimal", 80.0), "dongfang": ("东方压片厂", 95.0),
}
TITLES = [  # title, label, plant, price
    ("窦唯《黑梦》30周年再版", "魔岩文化", "dongfang", 368), ("张国荣《Leslie》复刻", "环球", "optimal", 298),
    ("Miles Davis - Kind of Blue (mono repress)", "Sony Legacy", "optimal", 328),
    ("坂本龙一《async》再版", "Milan", "gz_media", 318), ("竹内玛莉亚《Variety》再版", "WMJ", "gz_media", 358),
    ("万能青年旅店《冀西南林路行》2LP", "新乐府", "dongfang", 398), ("Nujabes - Modal Soul 2LP", "Hydeout", "gz_media", 388),
    ("Radiohead - OK Computer OKNOTOK", "XL", "optimal", 348), ("王菲《浮躁》复刻", "环球", "dongfang", 328),
    ("Bill Evans - Waltz for Debby (AP)", "Analogue Productions", "optimal", 398),
]
GRADES = ["M", "NM", "VG+", "VG", "G+"]
COURIERS = {"sf": "顺丰", "zto": "中通"}
PACK = {"double_wall": "双层瓦楞箱", "single_wall": "单层纸箱"}
REASONS = {"warped": "唱片翘曲", "grading": "品相不符", "preorder_cancel": "取消预订", "listening_cancel": "取消试听",
           "change_mind": "不想要了"}
OTYPES = {"new_record": "新唱片", "used_record": "二手唱片", "preorder_deposit": "预订定金",
          "listening_room": "试听室费用"}

TXT = {  # topic: (zh, en); markers used by gold.py must appear only in their own topic
    "warped": (["收到的唱片翘了，唱针放上去一直上下飘", "夏天寄过来整张都变形了，根本没法听", "新碟拆开就是翘的，压片边缘像波浪",
                "第二张碟也翘了，快递车里太热了吧"],
               ["the record arrived warped, the tonearm rides up and down", "badly warped copy, unplayable",
                "brand new LP came warped like a potato chip", "second warped record this summer"]),
    "preorder_slow": (["预订的新压片等了好几个月还没到", "定金交了半年了一点消息都没有", "预订一拖再拖，说好的到货日期又延期了",
                       "预订的再版到现在还没影子，客服只会说在排产"],
                      ["my pre-order is months late with no news", "pre-order delayed again, still waiting",
                       "paid the deposit ages ago, this pre-order never arrives"]),
    "packaging": (["包装太简陋了，封套四个角都压坏了", "就一个薄纸箱包装，封套被压出印子", "包装里连个护角都没有，封套边都裂了"],
                  ["packaging was flimsy, the sleeve corners got dinged", "cheap mailer, the jacket got crushed in transit",
                   "thin box packaging, seam split on arrival"]),
    "grading": (["标的NM品相，到手一听全是炒豆声", "品相描述和实物差太多了，封套还有水渍", "二手品相标得太虚了，B面划痕很明显"],
                ["listed as VG+ but it plays like G, graded way too generously", "grading was off, surface noise all over side B",
                 "the condition grade on the listing was a joke"]),
    "lowball": (["回收价压得太低了，还不如自己挂闲鱼", "寄过去的碟回收报价低得离谱"],
                ["the trade-in offer was a lowball", "trade-in quote way under market price"]),
    "listening": (["试听室的音响太好听了，周末来坐一下午很放松", "试听室环境很棒，听完当场买了两张"],
                  ["the listening room sounds amazing", "spent a lovely afternoon in the listening room"]),
    "staff": (["店员很懂行，推荐的爵士都很对胃口", "店员超级耐心，帮我找到了想了很久的那张"],
              ["the staff really know their jazz", "staff were patient and dug out exactly what I wanted"]),
}
GEN = {
    "pos": (["选品很棒，下次还来", "整体体验不错，推荐给朋友了", "价格公道，碟很新"],
            ["great selection, will be back", "lovely shop, recommended it to friends", "fair prices, clean copies"]),
    "neu": (["还行吧，中规中矩", "一般般，没什么特别的"], ["it was ok", "nothing special, average"]),
    "neg": (["体验很差，不会再买了", "太失望了"], ["really disappointed", "not buying here again"]),
}
NEG_TOPICS = {"warped", "preorder_slow", "packaging", "grading", "lowball"}
TOPIC_TP = {"warped": "tp_deliver", "packaging": "tp_ship", "grading": "tp_dispute", "preorder_slow": "tp_preorder",
            "lowball": "tp_tradein_quote", "listening": "tp_listen_visit", "staff": "tp_store_visit"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def season(d: datetime) -> float:
    m = 1.0
    if any(r - D(days=2) <= d < r + D(days=2) for r in RSD):
        m = 4.0
    elif DOUBLE11[0] <= d < DOUBLE11[1]:
        m = 2.2
    elif d.month == 12:
        m = 1.3
    elif d.month in (2,):
        m = 0.8
    return m


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def sid(self, kind):
        self.n_sess += 1
        return f"{kind}{self.n_sess:06d}"

    def ev(self, c, t, tp, sid, action, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, status="paid", refunded_at=None, **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, order_type=otype, 订单类型=OTYPES[otype], session_id=sid,
                   refunded_at=ts(refunded_at) if refunded_at else None, currency="CNY")
        row.update(kw)
        self.orders.append(row)
        if status == "paid":
            c["spend"] += amount
            c["paid_ts"][row["order_id"]] = t
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, undated=False, gen=None, **kw):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics if k in TOPIC_TP), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["id"], touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, language=lang)
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ------------------------------------------------------------------
    def make_customers(self):
        days, d = [], START
        while d <= END - D(days=5):
            growth = 0.6 + 0.8 * (d - START).days / 545
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(10, 23)))
            acq = pick(list(ACQ), [a[1] for a in ACQ.values()])
            ctype = pick(list(CTYPES), [x[1] for x in CTYPES.values()])
            local = rng.random() < ACQ[acq][3]
            region = "Beijing" if local else pick(list(REGIONS)[1:], [0.3, 0.2, 0.18, 0.17, 0.15])
            home = pick(["S01", "S02"], [0.58, 0.42])
            en_share = 0.12 if local else 0.06
            self.customers.append(dict(
                id=f"C{i + 1:05d}", discover=t, acq=acq, ctype=ctype, region=region, home=home, en_share=en_share,
                genre=pick(list(GENRES), [0.24, 0.2, 0.14, 0.1, 0.1, 0.14, 0.08]),
                device=pick(["ios", "android", "pc"], [0.5, 0.35, 0.15]),
                age=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.22, 0.4, 0.22, 0.1, 0.06]),
                gender=pick(["female", "male"], [0.42, 0.58]), spend=0.0, paid_ts={}, tier="regular",
                tier_ts=None))

    def online_channel(self, c):
        return {"ios": pick(["app", "mini_program"], [0.6, 0.4]), "android": pick(["app", "mini_program"], [0.5, 0.5]),
                "pc": "web"}[c["device"]]

    # ---------- an online shopping session ----------
    def online(self, c, t, force_buy=False, no_buy=False):
        s = self.sid("W")
        dev, ch = c["device"], self.online_channel(c)
        base = dict(device=dev, channel=ch, app_version=app_version(t) if ch == "app" else None)
        for j in range(int(rng.integers(1, 4))):
            self.ev(c, t + D(minutes=3 * j), "tp_browse", s, "view", **base)
        t1 = t + D(minutes=float(rng.uniform(8, 25)))
        if rng.random() < (0.35 if c["ctype"] != "casual" else 0.22):
            self.ev(c, t1, "tp_wishlist", s, "add", **base)
        p_cart = 1.0 if force_buy else (0.0 if no_buy else 0.5)
        if rng.random() >= p_cart:
            return
        t2 = t1 + D(minutes=float(rng.uniform(2, 40))) + (D(days=float(rng.uniform(0, 3))) if rng.random() < 0.25
                                                           else D())
        self.ev(c, t2, "tp_cart", s, "add", **base)
        if not force_buy and rng.random() >= (0.62 if c["acq"] != "xiaohongshu" else 0.5):
            return
        t3 = t2 + D(minutes=float(rng.uniform(1, 30))) + (D(days=float(rng.uniform(0, 4))) if rng.random() < 0.2
                                                          else D())
        self.checkout_online(c, t3, s, base)

    def items(self, c, used):
        n = int(pick([1, 2, 3, 4], [0.5, 0.28, 0.15, 0.07]))
        mult = CTYPES[c["ctype"]][4]
        if used:
            return n, float(round(sum(rng.choice([48, 68, 88, 128, 168, 238, 380, 680], p=[.12, .18, .2, .18, .13, .1, .06, .03])
                                for _ in range(n)) * mult))
        return n, float(round(sum(rng.choice([158, 198, 238, 268, 298, 338, 398, 498], p=[.1, .16, .18, .16, .16, .12, .08, .04])
                            for _ in range(n)) * mult))

    def checkout_online(self, c, t, s, base):
        used = rng.random() < CTYPES[c["ctype"]][3]
        n, amount = self.items(c, used)
        otype = "used_record" if used else "new_record"
        grader = None
        if used:
            grader = pick(["Gulou", "798 Art District", "consignment"], [0.52, 0.44, 0.04])
            grade = pick(GRADES, [0.05, 0.35, 0.35, 0.2, 0.05])
        else:
            grade = "new"
        member = c["tier"] != "regular"
        courier = "sf" if (amount >= 599 or c["tier"] == "black_card" or rng.random() < 0.2) else "zto"
        pack = "single_wall" if CHEAP_MAILER[0] <= t < CHEAP_MAILER[1] else "double_wall"
        common = dict(order_type=otype, item_condition="used" if used else "new", grade=grade, graded_at=grader,
                      评级来源={"Gulou": "鼓楼店", "798 Art District": "798店", "consignment": "寄售"}.get(grader), n_records=n)
        if not self.ev(c, t, "tp_checkout", s, "success", amount=round(amount, 2), **base, **common):
            return
        o = self.order(c, t, amount, otype, s, channel="online", device=c["device"], sales_channel="online_mall",
                       销售渠道="线上商城", courier=courier, 快递公司=COURIERS[courier], n_records=n, grade=grade,
                       graded_at=grader, 评级来源=common["评级来源"])
        busy = any(r <= t < r + D(days=4) for r in RSD) or DOUBLE11[0] <= t < DOUBLE11[1] + D(days=3)
        t_ship = t + D(hours=float(rng.uniform(6, 40) + (rng.uniform(24, 72) if busy else 0)))
        ship_kw = dict(courier=courier, 快递公司=COURIERS[courier], packaging=pack, 包装类型=PACK[pack], order_type=otype)
        if not self.ev(c, t_ship, "tp_ship", s, "shipped", **ship_kw):
            return
        days = float(rng.uniform(0.6, 1.6)) if c["region"] == "Beijing" else float(rng.uniform(1.5, 4.0))
        if courier == "zto":
            days += float(rng.uniform(0.5, 1.5))
        t_del = t_ship + D(days=days)
        if not self.ev(c, t_del, "tp_deliver", s, "delivered", **ship_kw):
            return
        # problems
        hot = SUMMER_HEAT[0] <= t_ship < SUMMER_HEAT[1]
        p_warp = (0.19 if courier == "zto" else 0.035) if hot else (0.006 if courier == "zto" else 0.003)
        if used:
            p_warp *= 0.6
        warped = rng.random() < p_warp
        dispute = used and not warped and rng.random() < {"Gulou": 0.04, "798 Art District": 0.15, "consignment": 0.34}[grader]
        pack_bad = rng.random() < (0.16 if pack == "single_wall" else 0.015)
        outcome = None
        if warped:
            tr = t_del + D(hours=float(rng.uniform(2, 48)))
            self.ev(c, tr, "tp_return", s, "submit", refund_reason="warped", 退款原因=REASONS["warped"], **ship_kw)
            tf = tr + D(days=float(rng.uniform(1, 6)))
            if self.ev(c, tf, "tp_refund", s, "refund", refund_amount=round(amount, 2), refund_reason="warped",
                       退款原因=REASONS["warped"]) and o:
                self.refund(c, o, amount, tf)
            if rng.random() < 0.8:
                self.fb(c, tr + D(hours=3), ["warped"] + (["packaging"] if pack_bad else []),
                        pick(["app_review", "ticket"], [0.5, 0.5]), order_id=o["order_id"] if o else None,
                        rating=int(pick([1, 2], [0.7, 0.3])) if rng.random() < 0.5 else None, courier=courier,
                        快递公司=COURIERS[courier])
                return
        if dispute:
            td = t_del + D(days=float(rng.uniform(0.5, 5)))
            outcome = pick(["full_refund", "partial_credit", "rejected"], [0.45, 0.35, 0.2])
            self.ev(c, td, "tp_dispute", s, "submit", graded_at=grader, 评级来源=common["评级来源"], grade=grade,
                    dispute_outcome=outcome)
            if outcome == "full_refund":
                self.ev(c, td + D(hours=float(rng.uniform(1, 30))), "tp_return", s, "submit", refund_reason="grading",
                        退款原因=REASONS["grading"])
                tf = td + D(days=float(rng.uniform(2, 9)))
                if self.ev(c, tf, "tp_refund", s, "refund", refund_amount=round(amount, 2), refund_reason="grading",
                           退款原因=REASONS["grading"]) and o:
                    self.refund(c, o, amount, tf)
            if rng.random() < 0.6:
                self.fb(c, td + D(hours=2), ["grading"], pick(["ticket", "app_review"], [0.6, 0.4]),
                        rating=int(pick([1, 2, 3], [0.5, 0.35, 0.15])), order_id=o["order_id"] if o else None,
                        graded_at=grader)
                return
        if pack_bad and rng.random() < 0.5:
            self.fb(c, t_del + D(hours=5), ["packaging"], "app_review", rating=int(pick([2, 3], [0.6, 0.4])),
                    order_id=o["order_id"] if o else None, courier=courier, 快递公司=COURIERS[courier])
            return
        if rng.random() < 0.3:
            r = int(pick([3, 4, 5], [0.15, 0.35, 0.5]))
            tr = t_del + D(days=float(rng.uniform(0.2, 4)))
            if self.ev(c, tr, "tp_review", s, "rate", stars=r):
                self.fb(c, tr, [], "app_review", rating=r, gen="pos" if r >= 4 else "neu",
                        order_id=o["order_id"] if o else None)

    def refund(self, c, o, amount, tf):
        o["status"] = "refunded"
        o["refunded_at"] = ts(tf)
        c["spend"] -= amount
        c["paid_ts"].pop(o["order_id"], None)

    # ---------- in store ----------
    def store_visit(self, c, t, force_buy=False):
        s = self.sid("V")
        st = c["home"] if rng.random() < 0.8 else ("S02" if c["home"] == "S01" else "S01")
        sk = dict(store_id=st, store=STORES[st][0] + "", store_en=STORES[st][1], channel="store")
        t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(12, 20.5)))
        if not self.ev(c, t, "tp_store_visit", s, "visit", **sk):
            return t
        if force_buy or rng.random() < 0.55:
            self.store_buy(c, t + D(minutes=float(rng.uniform(15, 80))), s, sk)
        if rng.random() < 0.1:
            stf = rng.random() < 0.5
            r = int(pick([4, 5], [0.4, 0.6])) if stf else int(pick([3, 4, 5], [0.2, 0.4, 0.4]))
            undated = rng.random() < 0.33
            self.fb(c, t + D(hours=2), ["staff"] if stf else [], "dianping_review", rating=r, undated=undated,
                    gen="pos" if r >= 4 else "neu", store_id=st, store=sk["store"], store_en=sk["store_en"])
        return t

    def store_buy(self, c, t, s, sk):
        used = rng.random() < CTYPES[c["ctype"]][3] + 0.1
        n, amount = self.items(c, used)
        otype = "used_record" if used else "new_record"
        if self.ev(c, t, "tp_checkout", s, "success", amount=round(amount, 2), order_type=otype,
                   item_condition="used" if used else "new", n_records=n, **sk):
            self.order(c, t, amount, otype, s, channel="store", device=None, sales_channel=sk["store_id"],
                       销售渠道=sk["store"], store_id=sk["store_id"], store=sk["store"], store_en=sk["store_en"],
                       n_records=n)

    # ---------- listening room ----------
    def listening(self, c, t):
        s = self.sid("L")
        st = c["home"] if rng.random() < 0.75 else ("S02" if c["home"] == "S01" else "S01")
        sk = dict(store_id=st, store=STORES[st][0], store_en=STORES[st][1])
        room, fee = ("Studio A", 88.0) if st == "S01" else ("Hi-Fi Room", 128.0)
        slot = datetime(t.year, t.month, t.day) + D(days=int(rng.integers(1, 9)), hours=int(pick([11, 14, 17, 19],
                                                                                                [.2, .35, .25, .2])))
        weekend = slot.weekday() >= 5
        kw = dict(listening_room=room, slot_at=ts(slot), weekend=int(weekend), **sk)
        if not self.ev(c, t, "tp_listen_book", s, "book", channel="mini_program", device=c["device"]
                       if c["device"] != "pc" else "ios", amount=fee, **kw):
            return
        o = self.order(c, t, fee, "listening_room", s, channel="mini_program", device=c["device"],
                       sales_channel=st, 销售渠道=sk["store"], store_id=st, store=sk["store"], store_en=sk["store_en"],
                       listening_room=room, slot_at=ts(slot))
        if rng.random() < 0.07:
            tc = t + D(hours=float(rng.uniform(2, 40)))
            if self.ev(c, tc, "tp_refund", s, "refund", refund_amount=fee, refund_reason="listening_cancel",
                       退款原因=REASONS["listening_cancel"], **sk) and o:
                self.refund(c, o, fee, tc)
            return
        p_show = (0.93 if st == "S01" else 0.68) - (0.07 if weekend else 0.0)
        if rng.random() < p_show:
            if not self.ev(c, slot + D(minutes=float(rng.uniform(-5, 20))), "tp_listen_visit", s, "check_in",
                           channel="store", **kw):
                return
            if rng.random() < 0.42:
                self.store_buy(c, slot + D(minutes=float(rng.uniform(70, 150))), s, dict(channel="store", **sk))
            if rng.random() < 0.2:
                r = int(pick([4, 5], [0.3, 0.7]))
                self.fb(c, slot + D(hours=4), ["listening"], pick(["dianping_review", "xiaohongshu"], [0.6, 0.4]),
                        rating=r, undated=rng.random() < 0.3, store_id=st, store=sk["store"], store_en=sk["store_en"])
            # dianping ratings only on dianping; xiaohongshu rows have no rating (fixed below)

    # ---------- pre-orders ----------
    def preorder(self, c, t):
        s = self.sid("P")
        title, label, plant, price = TITLES[int(rng.integers(len(TITLES)))]
        med = PLANTS[plant][1]
        if plant == "dongfang" and datetime(2025, 6, 1) <= t < datetime(2026, 1, 1):
            med = 158.0                          # plant backlog: the 2025 second-half run slipped
        wait = float(med * np.exp(rng.normal(0, 0.18)))
        deposit = 100.0
        kw = dict(title=title, label=label, pressing_plant=plant, 压片厂=PLANTS[plant][0], expected_days=60,
                  channel=self.online_channel(c), device=c["device"])
        if not self.ev(c, t, "tp_preorder", s, "deposit", amount=deposit, **kw):
            return
        o = self.order(c, t, deposit, "preorder_deposit", s, channel="online", device=c["device"],
                       sales_channel="online_mall", 销售渠道="线上商城", title=title, pressing_plant=plant,
                       压片厂=PLANTS[plant][0])
        arrive = t + D(days=wait)
        if wait > 100 and rng.random() < 0.45:
            tc = t + D(days=float(rng.uniform(90, min(wait, 130))))
            if self.ev(c, tc, "tp_preorder_cancel", s, "cancel", **kw):
                tf = tc + D(days=float(rng.uniform(1, 5)))
                if self.ev(c, tf, "tp_refund", s, "refund", refund_amount=deposit, refund_reason="preorder_cancel",
                           退款原因=REASONS["preorder_cancel"]) and o:
                    self.refund(c, o, deposit, tf)
                if rng.random() < 0.6:
                    self.fb(c, tc + D(hours=1), ["preorder_slow"], pick(["ticket", "douban_group"], [0.6, 0.4]),
                            undated=rng.random() < 0.25, pressing_plant=plant, title=title)
            return
        if wait > 100 and rng.random() < 0.3:
            self.fb(c, t + D(days=100), ["preorder_slow"], pick(["ticket", "douban_group", "xiaohongshu"],
                                                                [0.4, 0.35, 0.25]),
                    undated=rng.random() < 0.25, pressing_plant=plant, title=title)
        if not self.ev(c, arrive, "tp_preorder_arrive", s, "notified", **kw):
            return
        if rng.random() < 0.92:
            tp_ = arrive + D(days=float(rng.exponential(5)) + 0.2)
            bal = price - deposit
            if self.ev(c, tp_, "tp_preorder_pickup", s, "balance_paid", amount=bal, **kw):
                self.order(c, tp_, bal, "new_record", s, channel="online", device=c["device"],
                           sales_channel="online_mall", 销售渠道="线上商城", title=title, pressing_plant=plant,
                           压片厂=PLANTS[plant][0], preorder_balance=1, n_records=1)

    # ---------- trade-in ----------
    def tradein(self, c, t):
        s = self.sid("T")
        mode = "store" if (c["region"] == "Beijing" and rng.random() < 0.6) else "mail_in"
        n = int(rng.integers(3, 30))
        st = c["home"] if mode == "store" else None
        kw = dict(tradein_mode=mode, 回收方式="到店回收" if mode == "store" else "邮寄回收", n_records=n,
                  store_id=st, store=STORES[st][0] if st else None, store_en=STORES[st][1] if st else None,
                  channel="store" if mode == "store" else self.online_channel(c))
        if not self.ev(c, t, "tp_tradein_submit", s, "submit", **kw):
            return
        tq = t + (D(minutes=float(rng.uniform(20, 90))) if mode == "store" else D(days=float(rng.uniform(4, 12))))
        quote = round(n * float(rng.uniform(18, 45)), 0)
        if not self.ev(c, tq, "tp_tradein_quote", s, "quote", quote_amount=quote, **kw):
            return
        if rng.random() < (0.79 if mode == "store" else 0.44):
            self.ev(c, tq + D(hours=float(rng.uniform(0.1, 30))), "tp_tradein_accept", s, "accept",
                    credit_amount=quote, **kw)
        elif rng.random() < (0.35 if mode == "mail_in" else 0.12):
            self.fb(c, tq + D(hours=5), ["lowball"], pick(["ticket", "douban_group", "xiaohongshu"], [0.4, 0.3, 0.3]),
                    undated=rng.random() < 0.2, tradein_mode=mode)

    # ---------- one customer's life ----------
    def life(self, c):
        acq, ct = ACQ[c["acq"]], CTYPES[c["ctype"]]
        t0 = c["discover"]
        s = self.sid("D")
        self.ev(c, t0, "tp_discover", s, "first_touch", channel=c["acq"], 渠道=acq[0],
                device=None if c["acq"] == "walk_in" else c["device"])
        local = c["region"] == "Beijing"
        buyer = rng.random() < acq[2]
        first_t = t0 + (D(minutes=10) if c["acq"] == "walk_in" else D(hours=float(rng.exponential(30)) + 0.1))
        if not buyer:
            if c["acq"] == "walk_in":
                self.store_visit(c, first_t)     # may still buy (in store)
            for k in range(int(pick([1, 2, 3], [0.5, 0.3, 0.2]))):
                self.online(c, first_t + D(days=k * float(rng.uniform(3, 40))), no_buy=rng.random() < 0.75)
            return
        if c["acq"] == "walk_in" or (local and rng.random() < 0.25):
            self.store_visit(c, first_t, force_buy=True)
        else:
            self.online(c, first_t + D(days=float(rng.uniform(0, 10))), force_buy=True)
        t = first_t
        rate = ct[2] * (1.0 if local else 0.6)
        while True:
            t = t + D(days=float(rng.exponential(30.0 / rate)) + 1)
            if t > END:
                break
            # season: more activity around RSD / Double 11
            if season(t) > 1 and rng.random() < 0.5:
                self.online(c, t)
            kinds = ["online", "store", "listening", "preorder", "tradein"]
            w = [0.5, 0.25 if local else 0.02, 0.08 if local else 0.0,
                 0.07 + (0.06 if c["ctype"] in ("collector", "audiophile") else 0),
                 0.04 + (0.06 if c["ctype"] in ("collector", "dj") else 0)]
            k = pick(kinds, w)
            if k == "online":
                self.online(c, t)
            elif k == "store":
                self.store_visit(c, t)
            elif k == "listening":
                self.listening(c, t)
            elif k == "preorder":
                self.preorder(c, t)
            else:
                self.tradein(c, t)
            # membership by spend
            if c["tier"] == "regular" and c["spend"] >= 1200:
                c["tier"] = "member"
                self.ev(c, t + D(hours=2), "tp_member_join", self.sid("M"), "join", tier="member", 会员等级="唱片会员")
            elif c["tier"] == "member" and c["spend"] >= 6000:
                c["tier"] = "black_card"
                self.ev(c, t + D(hours=2), "tp_member_join", self.sid("M"), "upgrade", tier="black_card",
                        会员等级="黑卡会员")
            if rng.random() < 0.07:
                self.fb(c, t + D(days=2), [], "survey", nps=self.nps(c), gen=None)

    def nps(self, c):
        base = {"casual": 7.6, "collector": 8.0, "audiophile": 8.4, "dj": 7.0}[c["ctype"]]
        return int(np.clip(round(rng.normal(base, 1.8)), 0, 10))

    def social(self):
        """a few generic posts from people, some undated (Douban group exports drop the date)."""
        for c in self.customers:
            if rng.random() < 0.08:
                pos = rng.random() < 0.6
                t = c["discover"] + D(days=float(rng.uniform(1, 120)))
                self.fb(c, t, ["staff"] if (pos and rng.random() < 0.3) else [],
                        pick(["douban_group", "xiaohongshu"], [0.5, 0.5]), gen="pos" if pos else "neu",
                        undated=rng.random() < 0.5)

    def run(self):
        self.make_customers()
        for c in self.customers:
            self.life(c)
        self.social()
        # xiaohongshu / douban / ticket / survey carry no star rating
        for f in self.feedback:
            if f["channel"] in ("xiaohongshu", "douban_group", "ticket", "survey"):
                f["rating"] = None
        # a few exact duplicate events re-sent by the app's tracker
        for i in rng.choice(len(self.events), size=30, replace=False):
            self.events.append(dict(self.events[int(i)]))
        self.events.sort(key=lambda r: (r["ts"], r["event_id"]))


def segment(c):
    p = sorted(c["paid_ts"].values())
    if not p:
        return "prospect"
    if p[0] >= datetime(2026, 3, 1):
        return "new"
    if p[-1] < datetime(2025, 12, 1):
        return "at_risk"
    if len(p) >= 8:
        return "loyal"
    return "returning" if len(p) > 1 else "one_time"


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr)
    tier_zh = {"regular": "普通会员", "member": "唱片会员", "black_card": "黑卡会员"}
    seg_zh = {"prospect": "潜在客户", "new": "新客", "at_risk": "流失风险", "loyal": "忠实客户", "returning": "回头客",
              "one_time": "一次性客户"}
    write(out / "customers.csv", [dict(
        customer_id=c["id"], signup_at=ts(c["discover"]), segment=segment(c), 客户分群=seg_zh[segment(c)],
        region=c["region"], 地区=REGIONS[c["region"]], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0],
        tier=c["tier"], 会员等级=tier_zh[c["tier"]], collector_type=c["ctype"], 藏家类型=CTYPES[c["ctype"]][0],
        favourite_genre=c["genre"], 偏好曲风=GENRES[c["genre"]], home_store_id=c["home"], age_band=c["age"],
        gender=c["gender"], phone_os=c["device"]) for c in g.customers])
    write(out / "events.csv", g.events)
    write(out / "orders.csv", g.orders)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language"]
    write(out / "feedback.csv", g.feedback, fcols + [k for k in dict.fromkeys(k for r in g.feedback for k in r)
                                                   if k not in fcols])
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)} events {len(g.events)} orders {len(g.orders)} feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
