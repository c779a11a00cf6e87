"""喵屋 MeowHouse: a chain of 12 cat cafés (猫咖) in five cities, five of them with an attached cat adoption center
(领养中心). A visitor finds us (Xiaohongshu / Dianping / Douyin / Meituan / a friend), reserves a table slot in the
WeChat mini program and prepays an entry package (入场套餐), or walks in and queues for a number; at the door they
wash hands, put on shoe covers and hear the cat interaction rules (入店须知: no picking cats up, no flash, no feeding
human food), spend time with the cats, order drinks and desserts, maybe buy merchandise, rate the visit and come back.
Some visitors fall for a cat: they browse the adoptable cats in the mini program, submit an adoption application, a
volunteer does a home visit (家访), the application is approved, the adopter pays the adoption fee when picking the cat
up, and a follow-up visit (回访) is made about 30 days later; a few cats are returned during the trial (退养, fee
refunded).
Data 2025-03-01 .. 2026-06-30 (the mini program launched on 2025-03-01; extract taken early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed 20261219), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 3, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 6000
HEPA_DOWN = (datetime(2025, 11, 10), datetime(2026, 1, 20))      # Jing'an Temple: air purifier (HEPA) broken
CAT_FLU = (datetime(2026, 3, 1), datetime(2026, 5, 1))           # Nanshan: cat flu (猫鼻支) among resident cats
BJ_VOLUNTEER_GAP = (datetime(2025, 7, 1), datetime(2026, 1, 1))  # Beijing: too few home-visit volunteers

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现喵屋", "Discover MeowHouse", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|小红书看到|点评搜到|朋友推荐|discover|found us|saw a post"),
    ("tp_reserve", "预约座位", "Table reservation", "consideration", "mini_program", "digital", "store_ops",
     "预约|订位|订座|约时段|reserve|reservation|book a slot|booking"),
    ("tp_walkin", "散客排队", "Walk-in queue", "consideration", "store", "physical", "store_ops",
     "散客|排队|取号|直接到店|walk-in|walk in|queue|waiting list"),
    ("tp_ticket", "购买入场套餐", "Entry package bought", "purchase", "mini_program", "digital", "finance",
     "买票|门票|入场券|套餐|畅撸|核销|ticket|entry|package|admission"),
    ("tp_cancel", "取消预约", "Reservation cancelled", "service", "mini_program", "digital", "store_ops",
     "取消|退订|不去了|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退票|refund|money back"),
    ("tp_checkin", "入店须知与消毒", "Check-in & cat rules briefing", "service", "store", "physical", "store_ops",
     "入店|洗手|消毒|鞋套|入店须知|撸猫规则|check-in|hand wash|house rules|cat rules"),
    ("tp_cat_time", "撸猫互动", "Time with the cats", "service", "store", "physical", "cat_care",
     "撸猫|和猫玩|逗猫|猫咪互动|猫房|cat time|playing with cats|cat room|petting"),
    ("tp_drinks", "点饮品甜点", "Drinks & desserts", "purchase", "mini_program", "digital", "store_ops",
     "饮品|咖啡|奶茶|甜点|点单|drinks|coffee|latte|dessert|cake"),
    ("tp_merch", "购买周边", "Merchandise", "purchase", "store", "physical", "retail",
     "周边|文创|猫咪周边|钥匙扣|帆布包|merch|merchandise|souvenir|tote bag"),
    ("tp_review", "到店评价", "Visit review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars"),
    ("tp_revisit", "再次到店", "Return visit", "loyalty", "mini_program", "digital", "crm",
     "回头客|复购|再来|二刷|又来了|return visit|came back|repeat visit"),
    ("tp_adopt_browse", "浏览待领养猫咪", "Browse adoptable cats", "consideration", "mini_program", "digital",
     "adoption", "待领养|领养名单|看猫档案|云吸猫|adoptable cats|cat profiles|browse cats"),
    ("tp_adopt_apply", "提交领养申请", "Adoption application", "consideration", "mini_program", "digital",
     "adoption", "领养申请|申请领养|填问卷|adoption application|apply to adopt|adoption form"),
    ("tp_home_visit", "家访", "Home visit", "service", "store", "physical", "adoption",
     "家访|上门|看家里环境|志愿者上门|home visit|home check|volunteer visit"),
    ("tp_adopt_approve", "领养审核通过", "Adoption approved", "purchase", "other", "digital", "adoption",
     "审核通过|领养通过|批准领养|approved|adoption approval"),
    ("tp_pickup", "接猫回家", "Cat pick-up", "purchase", "store", "physical", "adoption",
     "接猫|带猫回家|签领养协议|领养费|pick up|take the cat home|adoption fee|contract signed"),
    ("tp_followup", "领养回访", "Adoption follow-up", "loyalty", "phone", "digital", "adoption",
     "回访|领养回访|跟进|follow-up|follow up|check-in call|post-adoption visit"),
    ("tp_adopt_return", "退养", "Cat returned", "service", "store", "physical", "adoption",
     "退养|退回|送回来|弃养|returned the cat|adoption returned|give back"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "线上预约", "Online booking", ["tp_discover", "tp_reserve", "tp_ticket"], 7),
    ("walkin", "散客到店", "Walk-in", ["tp_walkin", "tp_ticket", "tp_checkin"], 1),
    ("visit", "入店撸猫", "Café visit", ["tp_ticket", "tp_checkin", "tp_cat_time"], 14),
    ("adoption", "领养流程", "Adoption", ["tp_adopt_apply", "tp_home_visit", "tp_adopt_approve", "tp_pickup"], 60),
    ("aftercare", "领养回访", "Adoption aftercare", ["tp_pickup", "tp_followup"], 45),
    ("revisit", "回头客", "Return visit", ["tp_checkin", "tp_revisit"], 90),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
]
CITIES = {  # en: zh, weight, opened
    "Shanghai": ("上海", 0.36), "Beijing": ("北京", 0.27), "Shenzhen": ("深圳", 0.16), "Hangzhou": ("杭州", 0.14),
    "Nanjing": ("南京", 0.07),
}
STORES = [  # id, zh, en, city, adoption center, opened, weight
    ("S01", "上海静安寺店", "Shanghai Jing'an Temple", "Shanghai", True, None, 1.9),
    ("S02", "上海徐汇滨江店", "Shanghai Xuhui Riverside", "Shanghai", False, None, 1.0),
    ("S03", "上海五角场店", "Shanghai Wujiaochang", "Shanghai", False, None, 0.9),
    ("S04", "上海陆家嘴店", "Shanghai Lujiazui", "Shanghai", True, None, 1.1),
    ("B01", "北京三里屯店", "Beijing Sanlitun", "Beijing", False, None, 1.3),
    ("B02", "北京五道口店", "Beijing Wudaokou", "Beijing", True, None, 1.1),
    ("B03", "北京望京店", "Beijing Wangjing", "Beijing", False, None, 0.8),
    ("Z01", "深圳南山店", "Shenzhen Nanshan", "Shenzhen", True, None, 1.2),
    ("Z02", "深圳福田店", "Shenzhen Futian", "Shenzhen", False, None, 1.0),
    ("H01", "杭州西湖店", "Hangzhou West Lake", "Hangzhou", True, None, 1.2),
    ("H02", "杭州滨江店", "Hangzhou Binjiang", "Hangzhou", False, None, 0.8),
    ("N01", "南京新街口店", "Nanjing Xinjiekou", "Nanjing", False, datetime(2026, 4, 1), 1.0),
]
STORE = {s[0]: s for s in STORES}
CHANNELS = {  # id: zh, weight, p(ever comes), p(return)
    "xiaohongshu": ("小红书", 0.34, 0.42, 0.46), "dianping": ("大众点评", 0.22, 0.66, 0.62),
    "douyin": ("抖音", 0.16, 0.57, 0.52), "meituan": ("美团", 0.12, 0.70, 0.55), "friend": ("朋友推荐", 0.16, 0.84, 0.80),
}
PARTY = {  # id: zh, weight, package weights (basic_1h, two_hour, day_pass, family)
    "solo": ("独自", 0.24, [0.40, 0.42, 0.18, 0.0]), "couple": ("情侣", 0.30, [0.30, 0.55, 0.15, 0.0]),
    "friends": ("朋友", 0.26, [0.35, 0.50, 0.15, 0.0]), "family": ("亲子", 0.20, [0.12, 0.18, 0.05, 0.65]),
}
PACKAGES = {  # id: zh, price, drinks lambda
    "basic_1h": ("单次1小时", 58, 0.45), "two_hour": ("畅撸2小时", 88, 0.85), "day_pass": ("全天通票", 138, 1.9),
    "family": ("亲子套餐", 128, 1.1),
}
PAY = {"wechat_pay": "微信支付", "meituan_voucher": "美团团购券", "member_card": "会员卡储值"}
TIERS = {"regular": "普通会员", "silver_paw": "银爪会员", "gold_paw": "金爪会员", "black_card": "猫奴黑卡"}
CAT_AGE = {"kitten": ("幼猫", 800), "adult": ("成猫", 500), "senior": ("老年猫", 200)}
HOUSING = {"owned": "自有住房", "rented": "租房"}
HV_RESULT = {"pass": "通过", "rectify": "需整改", "fail": "不通过"}
VISIT_TYPE = {"reservation": "预约", "walk_in": "散客"}
OTYPE = {"entry_ticket": "入场套餐", "drinks": "饮品甜点", "merch": "周边商品", "adoption_fee": "领养费"}
REFUND_REASON = {"customer_cancelled": "顾客取消", "cat_returned": "退养"}
CAT_NAMES = ["橘子", "奶茶", "煤球", "布丁", "年糕", "芝麻", "可乐", "豆包", "团子", "雪球", "花卷", "麻薯", "栗子", "七七",
             "咪咪", "大福", "元宝", "小虎", "毛毛", "汤圆"]

# comment snippets by topic: (zh variants, en variants). Each topic has its own markers (see gold.py).
TXT = {
    "allergy": (["进去没多久就过敏了，一直打喷嚏流眼泪", "空气不流通，毛太多，我过敏犯了", "猫毛满天飞，鼻炎过敏患者慎入",
                 "过敏体质待了半小时就受不了，空气净化器好像没开"],
                ["my allergies kicked in within minutes, sneezing the whole time", "so much fur in the air, my allergy flared up",
                 "not for anyone with cat allergies, the air purifier didn't seem to be on",
                 "I'm mildly allergic and this time it was unbearable"]),
    "smell": (["一进门就是很重的猫砂味", "店里异味很大，猫砂盆应该没及时清理", "猫砂味熏得人头疼"],
              ["strong litter box smell as soon as you walk in", "the place really stinks of cat litter",
               "bad smell in the cat room, litter trays not cleaned"]),
    "crowded": (["周末人太多了，根本撸不到猫", "太挤了，猫都躲起来了", "排队排了快一个小时，进去人太多"],
                ["way too crowded on the weekend, the cats were all hiding", "packed like a subway, couldn't get near a cat",
                 "waited ages in the queue and then it was crowded inside"]),
    "cat_health": (["有只猫眼睛有分泌物，看起来生病了", "好几只猫在打喷嚏流鼻涕，是不是生病了也不隔离",
                    "猫咪精神很差像是生病了，担心卫生"],
                   ["one of the cats looked sick with runny eyes", "several cats were sneezing, seemed sick and were not separated",
                    "a couple of the cats looked sick and lethargic, worrying"]),
    "rules": (["店员一直不让抱猫，规矩太多", "孩子想摸一下猫就被制止，不让抱不让喂，体验一般", "入店规矩一大堆，拍照不让开闪光灯还要一直提醒"],
              ["staff kept telling us the rules, not allowed to pick up any cat", "too many rules, my kid got told off for touching a cat",
               "the rules briefing felt strict and preachy"]),
    "drinks_pricey": (["饮品太贵了，一杯拿铁四十多", "甜点又小又太贵", "奶茶太贵，味道也一般"],
                      ["drinks are overpriced for what you get", "overpriced cake, tiny portion", "coffee was overpriced and mediocre"]),
    "refund_slow": (["取消预约好几天了团购券退款还没到账", "退款还没到账，客服说要等美团处理"],
                    ["cancelled days ago and my refund still hasn't arrived", "refund still pending after a week, Meituan voucher"]),
    "adoption_slow": (["领养申请交了，等家访等了快三周", "家访一直约不上，领养进度太慢了"],
                      ["waited almost three weeks for the home visit after applying", "the home visit kept getting postponed, adoption is so slow"]),
    "friendly_cats": (["猫咪都很亲人，会主动蹭腿", "猫猫超级亲人，治愈了", "好多猫都很亲人，还有布偶"],
                      ["the cats are super friendly and came right up to us", "such friendly cats, very healing",
                       "friendly cats and a cosy space"]),
    "staff_care": (["店员很细心，会介绍每只猫的性格", "店员很细心地教我们怎么和猫相处"],
                   ["the staff were lovely and knew every cat's personality", "the staff were lovely and explained how to approach the cats"]),
}
GEN = {
    "pos": (["整体体验很好，会再来", "很治愈的下午", "环境不错，推荐"], ["great afternoon, will come back", "lovely visit overall",
                                                               "really enjoyed it"]),
    "neu": (["还行吧，中规中矩", "一般般，价格还可以"], ["it was okay", "average experience, nothing special"]),
    "neg": (["体验不太好，不会再来了", "有点失望"], ["disappointing visit", "not worth it, won't come back"]),
}
ADOPT_TXT = {
    "pos": (["领养后回访很用心，猫咪适应得很好", "领养流程很规范，推荐给朋友"], ["the follow-up after adoption was thoughtful, our cat settled in well",
                                                           "well-run adoption process, would recommend"]),
    "neu": (["流程还可以，就是手续有点多", "整体还行"], ["process was fine, quite a lot of paperwork", "fine overall"]),
    "neg": (["领养之后没人管，回访也很敷衍", "流程太繁琐了"], ["nobody checked on us after adoption", "too much bureaucracy"]),
}
NEG_TOPICS = {"allergy", "smell", "crowded", "cat_health", "rules", "drinks_pricey", "refund_slow", "adoption_slow"}
TOPIC_TP = [("refund_slow", "tp_refund"), ("adoption_slow", "tp_home_visit"), ("crowded", "tp_cat_time"),
            ("allergy", "tp_cat_time"), ("smell", "tp_cat_time"), ("cat_health", "tp_cat_time"),
            ("rules", "tp_checkin"), ("drinks_pricey", "tp_drinks"), ("friendly_cats", "tp_cat_time"),
            ("staff_care", "tp_checkin")]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    m = 1.0
    if datetime(2025, 10, 1) <= d < datetime(2025, 10, 8):
        m = 1.8                                     # National Day golden week
    elif datetime(2026, 2, 14) <= d < datetime(2026, 2, 24):
        m = 1.6                                     # Spring Festival holidays
    elif d.month in (7, 8):
        m = 1.3                                     # summer holidays
    elif d.month == 12 and d.day >= 20:
        m = 1.4                                     # Christmas
    return m


def open_stores(city, t):
    return [s for s in STORES if s[3] == city and (s[5] is None or s[5] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_visit = self.n_app = 0

    def ev(self, c, t, tp, sid, action, common=None, device="app", **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if device == "app" else device)
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, ref, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"M{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=OTYPE[otype],
                   ref_id=ref)
        for k in ("store_id", "store", "store_en", "city", "城市"):
            row[k] = common[k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, common=None, tp=None, rating=None, nps=None, ref=None, undated=False,
           gen=None, texts=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = c["lang"] if rng.random() < 0.85 else ("zh" if c["lang"] == "en" else "en")
        if c["lang"] == "zh" and lang == "en" and rng.random() < 0.8:
            lang = "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        src = texts or GEN
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(src[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, ref_id=ref)
        if common:
            for k in ("store_id", "store", "store_en", "city", "城市"):
                row[k] = common[k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            growth = 0.6 + 0.8 * (d - START).days / 480
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            if city == "Nanjing" and t < datetime(2026, 3, 15):
                city = pick(["Shanghai", "Hangzhou"], [0.6, 0.4])
            stores = open_stores(city, max(t, datetime(2026, 4, 1)) if city == "Nanjing" else t)
            home = pick(stores, [s[6] for s in stores])
            party = pick(list(PARTY), [p[1] for p in PARTY.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            en = {"Shanghai": 0.16, "Beijing": 0.12, "Shenzhen": 0.14}.get(city, 0.04)
            age = pick(["18-24", "25-34", "35-44", "45+"], [0.30, 0.42, 0.20, 0.08] if party != "family"
                       else [0.02, 0.38, 0.50, 0.10])
            self.cust.append(dict(customer_id=f"U{i + 1:05d}", discover=t, city=city, home=home[0], party=party,
                                  channel=ch, age=age, gender=pick(["female", "male"], [0.68, 0.32]),
                                  device=pick(["ios", "android"], [0.56, 0.44]),
                                  lang="en" if rng.random() < en else "zh",
                                  housing=pick(["owned", "rented"], [0.45, 0.55]), spend=0.0, visits=[],
                                  first_pay=None, adopted=False, applied=False))

    # ---------- one café visit ----------
    def visit(self, c, t0, n_prev):
        """returns (status, end_time, bad)."""
        stores = open_stores(c["city"], t0)
        if not stores:
            return None, t0, False
        home = STORE[c["home"]]
        store = home if (home in stores and rng.random() < 0.8) else stores[int(rng.integers(len(stores)))]
        party = c["party"]
        pkg = pick(list(PACKAGES), PARTY[party][2])
        reserve = rng.random() < (0.62 if n_prev == 0 else 0.7)
        self.n_visit += 1
        vid = f"V{self.n_visit:06d}"
        # visit day / slot
        if reserve:
            day = datetime(t0.year, t0.month, t0.day) + D(days=int(pick([0, 1, 2, 3, 5], [0.3, 0.3, 0.2, 0.1, 0.1])))
            slot = day + D(hours=float(rng.integers(11, 20)))
            if slot < t0 + D(minutes=40):
                slot += D(days=1)
        else:
            slot = t0
        weekend = slot.weekday() >= 5
        price = PACKAGES[pkg][1] + (10 if weekend else 0)
        if c["channel"] == "meituan" and (n_prev == 0 or rng.random() < 0.3):
            pm = "meituan_voucher"
        elif n_prev >= 2 and rng.random() < 0.45:
            pm = "member_card"
        else:
            pm = "wechat_pay"
        if pm == "meituan_voucher":
            price = round(price * 0.85)
        common = dict(store_id=store[0], store=store[1], store_en=store[2], city=store[3], 城市=CITIES[store[3]][0],
                      visit_type="reservation" if reserve else "walk_in",
                      到店方式=VISIT_TYPE["reservation" if reserve else "walk_in"], package=pkg,
                      套餐=PACKAGES[pkg][0], party_type=party, 同行类型=PARTY[party][0], party_size=
                      {"solo": 1, "couple": 2, "friends": int(rng.integers(2, 5)), "family": int(rng.integers(2, 4))}[party],
                      is_weekend=weekend, visit_date=slot.strftime("%Y-%m-%d"), payment_method=pm, 支付方式=PAY[pm])
        if n_prev > 0:
            self.ev(c, t0, "tp_revisit", vid, "return", common, device="app" if reserve else None,
                    channel="mini_program" if reserve else "store")
        topics = []
        if reserve:
            t = t0 + D(seconds=30)
            self.ev(c, t, "tp_reserve", vid, "submit", common, channel="mini_program")
            if rng.random() > 0.86:
                return "unpaid", t, False
            t_pay = t + D(minutes=float(rng.uniform(0.5, 6)))
            self.ev(c, t_pay, "tp_ticket", vid, "paid_online", common, channel="meituan" if pm == "meituan_voucher"
                    else "mini_program", amount=price)
            o = self.order(c, t_pay, price, "entry_ticket", vid, common, channel="meituan" if pm == "meituan_voucher"
                           else "mini_program", package=pkg, 套餐=PACKAGES[pkg][0], payment_method=pm, 支付方式=PAY[pm])
            if rng.random() < (0.09 if weekend else 0.06):
                t_c = t_pay + (slot - t_pay) * float(rng.uniform(0.1, 0.9))
                self.ev(c, t_c, "tp_cancel", vid, "cancel", common, channel="mini_program")
                if pm == "meituan_voucher":
                    t_r = t_c + D(hours=float(rng.uniform(40, 110)))
                else:
                    t_r = t_c + D(minutes=float(rng.uniform(1, 20)))
                if t_r <= END:
                    self.ev(c, t_r, "tp_refund", vid, "refund", common, device=None,
                            channel="meituan" if pm == "meituan_voucher" else "mini_program", refund_amount=price,
                            refund_reason="customer_cancelled", 退款原因=REFUND_REASON["customer_cancelled"])
                    if o is not None:
                        o["status"] = "refunded"
                        o["refunded_at"] = ts(t_r)
                if pm == "meituan_voucher" and rng.random() < 0.35:
                    self.fb(c, t_r, ["refund_slow"], "ticket", common, ref=vid)
                return "cancelled", t_c, False
            if c["first_pay"] is None:
                c["first_pay"] = t_pay
            c["spend"] += price
            t_in = slot + D(minutes=float(rng.uniform(-10, 15)))
            wait = None
        else:
            self.ev(c, t0, "tp_walkin", vid, "take_number", common, device=None, channel="store")
            med = 8.0
            if weekend:
                med = 55.0 if store[0] == "S01" else 30.0
            wait = float(max(1.0, rng.lognormal(np.log(med), 0.5)))
            p_leave = 0.05 + (0.004 * wait if weekend else 0.0)
            if rng.random() < p_leave:
                if weekend and rng.random() < 0.12:
                    self.fb(c, t0 + D(minutes=wait + 30), ["crowded"], "xiaohongshu_note", common, tp="tp_walkin", ref=vid,
                            undated=rng.random() < 0.4)
                return "left", t0 + D(minutes=wait), False
            t_pay = t0 + D(minutes=wait)
            self.ev(c, t_pay, "tp_ticket", vid, "paid_at_door", common, channel="store", amount=price)
            self.order(c, t_pay, price, "entry_ticket", vid, common, channel="store", package=pkg,
                       套餐=PACKAGES[pkg][0], payment_method=pm, 支付方式=PAY[pm])
            if c["first_pay"] is None:
                c["first_pay"] = t_pay
            c["spend"] += price
            t_in = t_pay + D(minutes=float(rng.uniform(1, 4)))
        self.ev(c, t_in, "tp_checkin", vid, "rules_briefed", common, device=None, channel="store")
        t_cat = t_in + D(minutes=float(rng.uniform(3, 8)))
        self.ev(c, t_cat, "tp_cat_time", vid, "enter_cat_room", common, device=None, channel="store")
        hours = {"basic_1h": 1.0, "two_hour": 2.0, "day_pass": float(rng.uniform(2.5, 5)), "family": 2.0}[pkg]
        t_end = t_cat + D(hours=hours)
        for _ in range(int(rng.poisson(PACKAGES[pkg][2]))):
            t_d = t_cat + (t_end - t_cat) * float(rng.uniform(0.05, 0.9))
            amt = float(rng.choice([26, 32, 36, 38, 42, 45, 48, 58]))
            self.ev(c, t_d, "tp_drinks", vid, "order", common, channel="mini_program", amount=amt)
            self.order(c, t_d, amt, "drinks", vid, common, channel="mini_program")
            c["spend"] += amt
            if rng.random() < 0.035:
                topics.append("drinks_pricey")
        if rng.random() < (0.22 if party == "family" else 0.07):
            amt = float(rng.choice([29, 39, 59, 89, 129, 199]))
            t_m = t_end - D(minutes=float(rng.uniform(2, 10)))
            self.ev(c, t_m, "tp_merch", vid, "purchase", common, device=None, channel="store", amount=amt)
            self.order(c, t_m, amt, "merch", vid, common, channel="store")
            c["spend"] += amt
        c["visits"].append(t_in)
        # experience
        p_all = 0.012
        if store[0] == "S01":
            p_all = 0.36 if HEPA_DOWN[0] <= t_in < HEPA_DOWN[1] else 0.03
        if rng.random() < p_all:
            topics.append("allergy")
        if rng.random() < (0.15 if store[0] == "B01" else 0.012):
            topics.append("smell")
        if rng.random() < ((0.13 if store[0] in ("S01", "B01", "S04") else 0.08) if weekend else 0.008):
            topics.append("crowded")
        if rng.random() < (0.22 if store[0] == "Z01" and CAT_FLU[0] <= t_in < CAT_FLU[1] else 0.004):
            topics.append("cat_health")
        if rng.random() < (0.09 if party == "family" else 0.015):
            topics.append("rules")
        topics = list(dict.fromkeys(topics))
        bad = bool(topics)
        if not bad:
            p_fr = 0.72 if store[0] in ("H01", "N01") else 0.22
            if rng.random() < p_fr:
                topics.append("friendly_cats")
            if rng.random() < 0.10:
                topics.append("staff_care")
        # review in the mini program
        if rng.random() < (0.45 if bad else 0.22):
            stars = float(pick([5, 4, 3, 2], [0.52, 0.33, 0.11, 0.04]))
            pen = {"allergy": 2.4, "smell": 2.0, "crowded": 1.4, "cat_health": 2.6, "rules": 1.0, "drinks_pricey": 0.8}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if not bad and ("friendly_cats" in topics or "staff_care" in topics):
                stars = 5.0 if rng.random() < 0.75 else 4.0
            if store[0] == "H01" and not bad:           # West Lake: calm, spacious, the friendliest cats
                stars = 5.0 if rng.random() < 0.8 else 4.0
            if store[0] == "N01":                       # new store honeymoon: fans of the opening rate it 5
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_end + D(minutes=float(rng.lognormal(np.log(90), 1.0)))
            self.ev(c, t_r, "tp_review", vid, "rate", common, channel="mini_program", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", common, rating=stars, ref=vid, gen=gen)
        if rng.random() < (0.10 if c["channel"] in ("dianping", "meituan") else 0.03):
            stars = float(pick([5, 4, 3, 2], [0.48, 0.34, 0.13, 0.05]))
            for k in topics:
                stars -= {"allergy": 2.2, "smell": 2.0, "crowded": 1.5, "cat_health": 2.5, "rules": 1.0}.get(k, 0)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_end + D(hours=float(rng.uniform(2, 40))), topics, "dianping_review", common, rating=stars,
                    ref=vid, gen=gen, undated=rng.random() < 0.3)
        for k, p_t in (("allergy", 0.2), ("cat_health", 0.3)):
            if k in topics and rng.random() < p_t:
                self.fb(c, t_end + D(hours=float(rng.uniform(1, 20))), [k], "ticket", common, ref=vid)
        if rng.random() < 0.04:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_end + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", common, tp="tp_review", nps=nps, ref=vid,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if c["channel"] in ("xiaohongshu", "douyin") and rng.random() < 0.06:
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 30))), topics, "xiaohongshu_note", common, ref=vid,
                    undated=rng.random() < 0.4)
        return "visited", t_end, bad

    # ---------- adoption ----------
    def adoption(self, c, t0, store_visit):
        centers = [s for s in STORES if s[3] == c["city"] and s[4]]
        if not centers:
            return
        center = STORE["S01"] if c["city"] == "Shanghai" and rng.random() < 0.6 else centers[-1] if \
            c["city"] == "Shanghai" else centers[0]
        self.n_app += 1
        aid = f"AP{self.n_app:05d}"
        age = pick(list(CAT_AGE), [0.48, 0.38, 0.14])
        cat = f"{CAT_NAMES[int(rng.integers(len(CAT_NAMES)))]}{int(rng.integers(1, 99))}号"
        housing = c["housing"]
        common = dict(store_id=center[0], store=center[1], store_en=center[2], city=center[3],
                      城市=CITIES[center[3]][0], cat_name=cat, cat_age_group=age, 猫龄段=CAT_AGE[age][0],
                      housing=housing, 住房类型=HOUSING[housing])
        self.ev(c, t0, "tp_adopt_browse", aid, "view_profiles", common, channel="mini_program")
        if rng.random() > (0.72 if store_visit >= 2 else 0.50):
            return
        c["applied"] = True
        t_a = t0 + D(hours=float(rng.uniform(0.2, 96)))
        self.ev(c, t_a, "tp_adopt_apply", aid, "submit", common, channel="mini_program")
        if rng.random() > (0.72 if housing == "owned" else 0.58):      # withdrawn or screened out on paper
            return
        med = 5.0
        if center[3] == "Beijing" and BJ_VOLUNTEER_GAP[0] <= t_a < BJ_VOLUNTEER_GAP[1]:
            med = 16.0
        wait = float(max(1.0, rng.lognormal(np.log(med), 0.45)))
        t_h = t_a + D(days=wait)
        t_h = datetime(t_h.year, t_h.month, t_h.day) + D(hours=float(rng.uniform(10, 19)))
        if rng.random() < (0.4 if wait > 14 else 0.03):
            self.fb(c, t_h - D(days=float(rng.uniform(1, 5))), ["adoption_slow"], "ticket", common, ref=aid)
        r = rng.random()
        p_pass, p_rect = (0.78, 0.14) if housing == "owned" else (0.58, 0.20)
        res = "pass" if r < p_pass else ("rectify" if r < p_pass + p_rect else "fail")
        volunteer = f"VOL{int(rng.integers(1, 40)):02d}"
        self.ev(c, t_h, "tp_home_visit", aid, "visited", common, device=None, channel="store",
                home_visit_result=res, 家访结果=HV_RESULT[res], volunteer_id=volunteer, wait_days=round(wait, 1))
        if res == "fail" or (res == "rectify" and rng.random() > 0.6):
            return
        t_ok = t_h + D(days=float(rng.uniform(1, 4) + (7 if res == "rectify" else 0)))
        self.ev(c, t_ok, "tp_adopt_approve", aid, "approved", common, device=None, channel="other")
        if rng.random() > 0.95:
            return
        t_p = t_ok + D(days=float(rng.uniform(1, 8)))
        t_p = datetime(t_p.year, t_p.month, t_p.day) + D(hours=float(rng.uniform(11, 19)))
        fee = CAT_AGE[age][1]
        self.ev(c, t_p, "tp_pickup", aid, "contract_signed", common, device=None, channel="store", amount=fee)
        o = self.order(c, t_p, fee, "adoption_fee", aid, common, channel="store", payment_method="wechat_pay",
                       支付方式=PAY["wechat_pay"], cat_age_group=age, 猫龄段=CAT_AGE[age][0])
        if t_p <= END:
            c["adopted"] = True
            c["spend"] += fee
        p_ret = 0.04 if housing == "owned" else 0.09
        if rng.random() < p_ret:
            t_ret = t_p + D(days=float(rng.uniform(3, 28)))
            self.ev(c, t_ret, "tp_adopt_return", aid, "returned", common, device=None, channel="store")
            t_rf = t_ret + D(days=float(rng.uniform(0.5, 3)))
            if t_rf <= END:
                self.ev(c, t_rf, "tp_refund", aid, "refund", common, device=None, channel="store", refund_amount=fee,
                        refund_reason="cat_returned", 退款原因=REFUND_REASON["cat_returned"])
                if o is not None:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_rf)
            return
        if rng.random() < (0.9 if center[3] != "Beijing" else 0.72):
            t_f = t_p + D(days=float(rng.normal(30, 4)))
            self.ev(c, t_f, "tp_followup", aid, "completed", common, device=None, channel="phone")
            if rng.random() < 0.45:
                nps = int(np.clip(round(rng.normal(8.6 if center[3] != "Beijing" else 7.2, 1.5)), 0, 10))
                self.fb(c, t_f + D(days=float(rng.uniform(0.2, 3))), [], "adoption_survey", common, tp="tp_followup", nps=nps,
                        ref=aid, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), texts=ADOPT_TXT)

    # ---------- simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            t = c["discover"] + (D(days=float(rng.uniform(8, 30))) if rng.random() < 0.07
                                 else D(hours=float(min(150, rng.exponential(24) + 0.3))))
            if c["city"] == "Nanjing":
                t = max(t, datetime(2026, 4, 1, 11))
            n = 0
            while t <= END:
                t = datetime(t.year, t.month, t.day) + D(hours=min(20.0, max(11.0, t.hour + t.minute / 60)))
                status, t_end, bad = self.visit(c, t, n)
                n += 1
                if status is None:
                    break
                if status in ("unpaid", "left"):
                    if rng.random() < 0.5:
                        t = t_end + D(days=float(rng.uniform(0.5, 10)))
                        continue
                    break
                if status == "visited" and not c["applied"] and rng.random() < (0.24 if len(c["visits"]) >= 2 else 0.13):
                    self.adoption(c, t_end + D(hours=float(rng.uniform(1, 72))), len(c["visits"]))
                p_ret = CHANNELS[c["channel"]][3] * (0.55 if bad else 1.0)
                if c["adopted"]:
                    p_ret *= 0.6
                if status == "cancelled":
                    p_ret = 0.5
                if rng.random() > p_ret:
                    break
                g = float(rng.exponential(35) + 2)
                g /= max(1.0, season(t_end + D(days=g)))
                t = t_end + D(days=g)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "black_card" if s >= 2000 else "gold_paw" if s >= 800 else "silver_paw" if s >= 300 else "regular"
            v = c["visits"]
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif not v or v[-1] < datetime(2026, 2, 1):
                seg = "at_risk"
            elif len(v) >= 5:
                seg = "loyal"
            elif len(v) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             party_type=c["party"], 同行类型=PARTY[c["party"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], home_store_id=c["home"],
                             preferred_language=c["lang"], is_adopter=c["adopted"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "store_id",
           "store", "store_en", "city", "城市", "visit_type", "到店方式", "package", "套餐", "party_type", "同行类型",
           "party_size", "is_weekend", "visit_date", "payment_method", "支付方式", "amount", "stars", "refund_amount",
           "refund_reason", "退款原因", "cat_name", "cat_age_group", "猫龄段", "housing", "住房类型",
           "home_visit_result", "家访结果", "volunteer_id", "wait_days"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "ref_id",
            "store_id", "store", "store_en", "city", "城市", "package", "套餐", "payment_method", "支付方式",
            "cat_age_group", "猫龄段", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "ref_id", "store_id", "store", "store_en", "city", "城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "party_type", "同行类型", "age_band", "gender", "phone_os", "home_store_id",
             "preferred_language", "is_adopter"]


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
    dup_idx = rng.choice(len(ev), size=15, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, visits {g.n_visit}, applications {g.n_app}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
