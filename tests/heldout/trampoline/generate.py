"""跳跳云 JumpCloud: a chain of 13 trampoline parks (蹦床公园) in shopping malls of five cities. Families, teens and
school groups find us (Douyin / Meituan / Dianping / mall flyers / school groups), browse session times in the mini
program, buy a timed jump pass (60 / 90 / 120 min) or a party package (birthday party, class outing), pay (WeChat
Pay, Alipay, a Meituan or Douyin group-buy voucher, or a membership card), sign the electronic safety waiver, buy
the mandatory grip socks (防滑袜), check in at the gate, jump in zones (free jump, foam pit, dodgeball, ninja course,
toddler area), sometimes get a minor injury (first-aid log), overstay and pay overtime, buy snacks, buy a membership
card (月卡 / 季卡 / 年卡) and rate the visit. Weekend sessions can be cancelled by the park when over capacity
(refunded); customers can cancel too.
Events 2025-03-01 .. 2026-06-30 (the mini program launched on 2025-03-01; the extract was taken early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 3, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 6500
SOCKS_RISE = datetime(2025, 10, 1)          # grip socks 15 -> 20 CNY a pair
FOAM_REPLACED = datetime(2026, 3, 1)        # Chengdu Chunxi Rd replaces its foam cubes
NINJA_NEW = datetime(2025, 11, 1)           # Xi'an Qujiang opens its new ninja course (too hard, poorly padded)
SUMMER_CROWD = (datetime(2025, 7, 1), datetime(2025, 9, 1))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现跳跳云", "Discover JumpCloud", "awareness", "social", "digital", "marketing",
     "发现|刷到|看到|抖音刷到|美团搜到|传单|商场传单|学校通知|discover|found us|first touch|saw an ad"),
    ("tp_browse", "浏览场次", "Browse sessions", "consideration", "mini_program", "digital", "marketing",
     "看场次|选场次|浏览|查余票|browse|session times|slots"),
    ("tp_book", "下单", "Booking placed", "purchase", "mini_program", "digital", "park_ops",
     "下单|订票|买票|订派对|预约|book|booking|order|reserve"),
    ("tp_pay", "支付", "Payment", "purchase", "mini_program", "digital", "finance",
     "付款|支付|核销|团购券|验券|pay|payment|paid|voucher redeemed"),
    ("tp_cancel", "场次取消", "Session cancelled", "service", "mini_program", "digital", "park_ops",
     "取消|退票|场次取消|爆满取消|cancel|cancellation|cancelled session"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_waiver", "签安全协议", "Safety waiver signed", "service", "mini_program", "digital", "safety",
     "安全协议|免责协议|电子协议|签协议|waiver|safety waiver|sign the form"),
    ("tp_socks", "购买防滑袜", "Grip socks", "purchase", "store", "physical", "park_ops",
     "防滑袜|袜子|蹦床袜|socks|grip socks|trampoline socks"),
    ("tp_checkin", "入场核验", "Check-in", "service", "store", "physical", "park_ops",
     "入场|检票|核验|排队入场|进场|check-in|check in|entry|gate"),
    ("tp_jump", "蹦床区游玩", "Jumping in zones", "service", "store", "physical", "park_ops",
     "蹦床|游玩|自由蹦|海绵池|躲避球|忍者|幼儿区|jump|jumping|zones|foam pit|dodgeball|ninja"),
    ("tp_injury", "受伤急救", "First aid", "service", "store", "physical", "safety",
     "受伤|急救|扭伤|摔伤|擦伤|安全事故|injury|first aid|hurt|sprain"),
    ("tp_overtime", "超时补费", "Overtime charge", "purchase", "store", "physical", "park_ops",
     "超时|补费|超时费|加时|overtime|overstay|extra time"),
    ("tp_snack", "小吃饮料", "Snacks & drinks", "purchase", "store", "physical", "park_ops",
     "小吃|饮料|零食|水吧|snacks|drinks|food"),
    ("tp_member", "办会员卡", "Membership card", "loyalty", "store", "physical", "crm",
     "会员|办卡|月卡|季卡|年卡|membership|member card|pass|season pass"),
    ("tp_rate", "评价", "Rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|rate|rating|review|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("booking", "购票转化", "Ticket purchase", ["tp_discover", "tp_browse", "tp_book", "tp_pay"], 7),
    ("visit", "入园体验", "Park visit", ["tp_pay", "tp_waiver", "tp_checkin", "tp_jump"], 14),
    ("membership", "办卡转化", "Membership conversion", ["tp_checkin", "tp_member"], 30),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 14),
]
CITIES = {  # en: zh, weight
    "Shanghai": ("上海", 0.30), "Shenzhen": ("深圳", 0.25), "Chengdu": ("成都", 0.22), "Xi'an": ("西安", 0.12),
    "Nanjing": ("南京", 0.11)}
PARKS = [  # id, city, zh, en, opened, weight
    ("P01", "Shanghai", "上海七宝万科店", "Shanghai Qibao Vanke", None, 1.0),
    ("P02", "Shanghai", "上海五角场合生汇店", "Shanghai Wujiaochang Hopson", None, 1.3),
    ("P03", "Shanghai", "上海浦东嘉里城店", "Shanghai Pudong Kerry", None, 0.8),
    ("P04", "Shenzhen", "深圳海岸城店", "Shenzhen Coastal City", None, 1.3),
    ("P05", "Shenzhen", "深圳龙华壹方天地店", "Shenzhen Longhua One Avenue", None, 1.0),
    ("P06", "Shenzhen", "深圳宝安大仟里店", "Shenzhen Bao'an Daqianli", None, 0.8),
    ("P07", "Chengdu", "成都春熙路店", "Chengdu Chunxi Road", None, 1.2),
    ("P08", "Chengdu", "成都高新银泰城店", "Chengdu Hi-Tech Intime", None, 1.0),
    ("P09", "Chengdu", "成都双流万达店", "Chengdu Shuangliu Wanda", None, 0.7),
    ("P10", "Xi'an", "西安赛格店", "Xi'an SEG", None, 1.0),
    ("P11", "Xi'an", "西安曲江大悦城店", "Xi'an Qujiang Joy City", None, 1.0),
    ("P12", "Nanjing", "南京新街口德基店", "Nanjing Xinjiekou Deji", None, 1.0),
    ("P13", "Nanjing", "南京河西金鹰店", "Nanjing Hexi Golden Eagle", datetime(2026, 4, 18), 1.0),
]
PARK = {p[0]: p for p in PARKS}
CROWDED = {"P02", "P04"}                    # weekend over-capacity parks
DIRTY_FOAM = "P07"
NINJA_PARK = "P11"
OUTSOURCED_HOST = "P05"                     # party hosts from an agency (欢乐派)
NEW_PARK = "P13"
CHANNELS = {  # en: zh, weight, p(browse | discover), p(book | browse)
    "douyin": ("抖音", 0.33, 0.55, 0.55), "meituan": ("美团", 0.22, 0.85, 0.80), "dianping": ("大众点评", 0.14, 0.85, 0.78),
    "mall_flyer": ("商场传单", 0.17, 0.70, 0.85), "school_group": ("学校团体", 0.14, 0.95, 0.95)}
CTYPES = {  # en: zh, p(return), mean gap days, p(member card)
    "family": ("亲子家庭", 0.50, 24.0, 0.07), "teen": ("青少年", 0.55, 16.0, 0.13),
    "young_adult": ("年轻人", 0.30, 30.0, 0.04), "school": ("学校团体", 0.22, 60.0, 0.0)}
PRODUCTS = {  # en: zh, price (per jumper for timed / class; package for birthday), minutes
    "pass_60": ("60分钟票", 88, 60), "pass_90": ("90分钟票", 118, 90), "pass_120": ("120分钟票", 148, 120),
    "birthday_party": ("生日派对套餐", 1688, 120), "class_outing": ("班级团建套餐", 58, 120)}
ZONES = {"free_jump": "自由蹦区", "foam_pit": "海绵池", "dodgeball": "躲避球", "ninja_course": "忍者挑战",
         "toddler_area": "幼儿区"}
CARDS = {"monthly": ("月卡", 399, 30), "quarterly": ("季卡", 999, 91), "annual": ("年卡", 2999, 365)}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "meituan_voucher": "美团团购券", "douyin_voucher": "抖音团购券",
       "member_card": "会员卡"}
CANCEL = {"over_capacity": "场次爆满", "customer": "顾客取消", "maintenance": "设备维护"}
INJ = {"sprain": "扭伤", "bruise": "碰伤", "scrape": "擦伤", "nosebleed": "流鼻血"}
OTYPES = {"ticket": "门票", "party_package": "派对套餐", "socks": "防滑袜", "overtime": "超时费", "snacks": "小吃饮料",
          "membership": "会员卡"}

TXT = {  # topic: (zh, en) templates
    "crowding": (["周末人太多了，蹦床上挤得跟下饺子一样", "排队入场排了快半小时，场内太挤了", "人太多了根本蹦不开",
                  "周末爆满，孩子被撞了好几次，太挤了"],
                 ["Way too crowded on the weekend, kids bumping into each other", "The queue to get in took forever and it was too crowded inside",
                  "Too crowded to actually jump", "Packed like sardines on Saturday, too crowded"]),
    "socks_price": (["防滑袜20块一双太贵了，每次都要买", "袜子涨价了还强制买，防滑袜太贵", "一家三口光防滑袜就六十，太坑了"],
                    ["The grip socks are overpriced, 20 yuan a pair", "Forced to buy new grip socks again, socks are a rip-off",
                     "Mandatory socks cost way too much"]),
    "dirty_foam": (["海绵池太脏了，海绵块都发黑有味道", "海绵池里有头发和垃圾，很久没清理了", "海绵池一股霉味，卫生太差"],
                   ["The foam pit is filthy, the foam cubes are grey and smelly", "Found hair and wrappers in the foam pit, dirty",
                    "Foam pit smells musty, dirty foam everywhere"]),
    "injury": (["孩子在里面扭伤了脚，安全员都没看着", "摔下来磕到了，安全员不在旁边", "孩子受伤了，急救处理很慢"],
               ["My kid sprained an ankle and no safety staff were watching", "Got hurt on the course, no safety staff around",
                "Child got injured and first aid took ages"]),
    "safety_good": (["安全员很负责，一直在提醒孩子", "安全员很专业，盯得很紧，放心"],
                    ["The safety staff were attentive the whole time", "Safety staff were great, always watching the kids"]),
    "host_bad": (["派对主持人很敷衍，全程玩手机", "生日派对的主持不专业，游戏环节很乱", "派对主持迟到了二十分钟"],
                 ["The party host was disinterested and on his phone", "Our birthday party host was unprofessional and disorganized",
                  "Party host showed up 20 minutes late"]),
    "host_good": (["派对主持人特别棒，孩子们玩疯了", "生日派对主持很用心，流程安排得很好"],
                  ["The party host was fantastic, the kids loved every minute", "Great party host, everything well organized"]),
    "overtime_fee": (["超时几分钟就收了一大笔超时费，不合理", "没提醒时间到了，出来就被收超时费"],
                     ["Charged a big overtime fee for a few minutes over", "Nobody told us our time was up, then hit us with an overtime fee"]),
    "refund_slow": (["场次被取消了，退款到现在还没到账", "团购券退款太慢了，等了好几天"],
                    ["Our session got cancelled and the refund still hasn't arrived", "Voucher refund is taking forever"]),
    "cancelled": (["周末场次临时被取消，说是爆满，白跑一趟", "提前买好的票被通知场次取消了，很影响计划"],
                  ["They cancelled our weekend session last minute because it was full", "Our booked session was cancelled on short notice"]),
    "fun": (["孩子玩得特别开心，下次还来", "场地很大，项目多，玩得很尽兴", "放电好去处，孩子回家秒睡"],
            ["Kids had a blast, will come again", "Big place with lots to do, we had so much fun", "Great way to burn off energy"]),
}
GEN = {"pos": (["整体不错", "推荐"], ["Overall good", "Recommended"]),
       "neu": (["还行吧", "一般般"], ["It was OK", "Average experience"]),
       "neg": (["体验很差", "不会再来了"], ["Bad experience", "Won't come back"])}
NEG = {"crowding", "socks_price", "dirty_foam", "injury", "host_bad", "overtime_fee", "refund_slow", "cancelled"}
TOPIC_TP = [("injury", "tp_injury"), ("dirty_foam", "tp_jump"), ("refund_slow", "tp_refund"),
            ("cancelled", "tp_cancel"), ("crowding", "tp_checkin"), ("socks_price", "tp_socks"),
            ("overtime_fee", "tp_overtime"), ("host_bad", "tp_jump"), ("host_good", "tp_jump"),
            ("safety_good", "tp_jump"), ("fun", "tp_jump")]
PEN = {"crowding": 1.6, "socks_price": 0.8, "dirty_foam": 1.8, "injury": 2.4, "host_bad": 2.0, "overtime_fee": 1.0,
       "refund_slow": 1.5, "cancelled": 1.5}


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    x = rng.random() * sum(w)
    for it, wi in zip(items, w):
        x -= wi
        if x < 0:
            return it
    return items[-1]


def season(d: datetime) -> float:
    if d.month in (7, 8):
        return 1.6                                   # summer holidays
    if datetime(2026, 1, 20) <= d < datetime(2026, 3, 1):
        return 1.5                                   # winter holidays / Spring Festival
    if datetime(2025, 10, 1) <= d < datetime(2025, 10, 8):
        return 1.7
    if d.month in (3, 11, 12):
        return 0.8
    return 1.0


def open_parks(city, t):
    return [p for p in PARKS if p[1] == city and (p[4] is None or p[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"])
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"JO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=OTYPES[otype],
                   booking_id=bk["id"] if bk else None, currency="CNY")
        if bk:
            for k in ("park_id", "park", "park_en", "park_city", "所在城市", "product_type", "产品类型"):
                row[k] = bk["common"][k]
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, bk=None, undated=False, no_customer=False, gen=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("park_id", "park", "park_en", "park_city", "所在城市", "product_type", "产品类型"):
                row[k] = bk["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

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
            parks = open_parks(city, t)
            home = pick(parks, [p[5] for p in parks])
            if city == "Nanjing" and len(parks) > 1 and rng.random() < 0.4:
                home = PARK[NEW_PARK]
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            ctype = "school" if ch == "school_group" else pick(["family", "teen", "young_adult"], [0.58, 0.30, 0.12])
            kid = {"family": pick(["3-5", "6-9", "10-13"], [0.3, 0.45, 0.25]),
                   "teen": pick(["10-13", "14-17"], [0.35, 0.65]), "young_adult": "18+",
                   "school": pick(["6-9", "10-13", "14-17"], [0.4, 0.4, 0.2])}[ctype]
            en_share = 0.22 if city in ("Shanghai", "Shenzhen") else 0.06
            self.cust.append(dict(customer_id=f"JC{i + 1:05d}", discover=t, city=city, home=home[0], ch=ch,
                                  ctype=ctype, kid=kid, device=pick(["ios", "android"], [0.48, 0.52]),
                                  en_share=en_share, card=None, card_until=None, visits=0, paid=False,
                                  has_socks=False, spend=0.0, last=None, first_pay=None))

    def booking(self, c, t):
        """one booking starting with browse at t; returns the session end time or None."""
        self.n_bk += 1
        bid = f"JT{self.n_bk:06d}"
        parks = open_parks(c["city"], t)
        park = PARK[c["home"]] if (PARK[c["home"]] in parks and rng.random() < 0.85) else parks[int(rng.integers(len(parks)))]
        ct = c["ctype"]
        if ct == "school":
            prod = "class_outing"
        elif ct == "family" and rng.random() < 0.10:
            prod = "birthday_party"
        else:
            prod = pick(["pass_60", "pass_90", "pass_120"], {"family": [0.35, 0.45, 0.20], "teen": [0.25, 0.40, 0.35],
                                                            "young_adult": [0.55, 0.35, 0.10]}[ct])
        size = {"class_outing": int(rng.integers(18, 41)), "birthday_party": int(rng.integers(6, 13))}.get(prod)
        if size is None:
            size = {"family": int(pick([1, 2, 3], [0.3, 0.5, 0.2])), "teen": int(pick([1, 2, 3, 4], [0.3, 0.35, 0.2, 0.15])),
                    "young_adult": int(pick([1, 2], [0.5, 0.5]))}[ct]
        # session start: families and teens like weekends; school groups go on weekdays
        lead = int(pick([0, 1, 2, 3, 5, 7], [0.25, 0.25, 0.15, 0.15, 0.1, 0.1])) if ct != "school" else int(rng.integers(5, 20))
        day = datetime(t.year, t.month, t.day) + D(days=lead)
        p_we = {"family": 0.62, "teen": 0.5, "young_adult": 0.55, "school": 0.0}[ct]
        if day.month in (7, 8) or datetime(2026, 1, 20) <= day < datetime(2026, 3, 1):
            p_we *= 0.7                      # holidays: weekdays too
        want_we = rng.random() < p_we
        for _ in range(7):
            if (day.weekday() >= 5) == want_we and day >= datetime(t.year, t.month, t.day):
                break
            day += D(days=1)
        hour = float(rng.integers(10, 20)) if ct != "school" else float(rng.integers(9, 14))
        start = day + D(hours=hour)
        if start < t + D(minutes=40):
            start = t + D(minutes=40 + float(rng.uniform(0, 60)))
            start = start.replace(minute=0, second=0) + D(hours=1)
        weekend = start.weekday() >= 5
        if park[0] == NEW_PARK and start < park[4]:
            park = PARK["P12"]
        common = {"park_id": park[0], "park": park[2], "park_en": park[3], "park_city": park[1],
                  "所在城市": CITIES[park[1]][0], "product_type": prod, "产品类型": PRODUCTS[prod][0],
                  "party_size": size, "session_start": ts(start)}
        bk = {"id": bid, "common": common}
        self.ev(c, t, "tp_browse", None, "view", channel="mini_program", park_id=park[0], park=park[2],
                park_en=park[3], park_city=park[1], 所在城市=CITIES[park[1]][0])
        first = c["visits"] == 0
        if first:
            p_book = CHANNELS[c["ch"]][3]
        else:
            p_book = 0.85
        if rng.random() > p_book:
            return None
        t_bk = t + D(minutes=float(rng.uniform(1, 15)))
        price = PRODUCTS[prod][1]
        if prod in ("pass_60", "pass_90", "pass_120"):
            amount = (price + (20 if weekend else 0)) * size
        elif prod == "class_outing":
            amount = price * size
        else:
            amount = price
        member = c["card"] is not None and c["card_until"] >= start and prod.startswith("pass")
        if member:
            amount_pay, pm = 0.0, "member_card"
        else:
            amount_pay = float(amount)
            if first and c["ch"] in ("meituan", "douyin", "dianping") and rng.random() < 0.7:
                pm = "douyin_voucher" if c["ch"] == "douyin" else "meituan_voucher"
                amount_pay = round(amount * 0.85)
            else:
                pm = pick(["wechat_pay", "alipay"], [0.72, 0.28])
        common.update(payment_method=pm, 支付方式=PAY[pm])
        self.ev(c, t_bk, "tp_book", bid, "submit", bk, channel="mini_program", amount=amount_pay)
        p_pay = 0.78 if (first and c["ch"] == "douyin") else 0.93
        otype = "party_package" if prod in ("birthday_party", "class_outing") else "ticket"
        if rng.random() > p_pay:
            if amount_pay > 0:
                self.order(c, t_bk + D(minutes=15), amount_pay, otype, bk, status="cancelled")
            return None
        t_pay = t_bk + D(minutes=float(rng.uniform(0.5, 8)))
        self.ev(c, t_pay, "tp_pay", bid, "success", bk, channel="mini_program" if not pm.endswith("voucher") else pm.split("_")[0],
                amount=amount_pay)
        o = self.order(c, t_pay, amount_pay, otype, bk) if amount_pay > 0 else None
        if t_pay <= END:
            c["paid"] = True
            c["first_pay"] = c["first_pay"] or t_pay
        # cancellation
        summer = SUMMER_CROWD[0] <= start < SUMMER_CROWD[1]
        if weekend and park[0] in CROWDED:
            p_cap = 0.24 if summer else 0.06
        elif weekend:
            p_cap = 0.02 if summer else 0.006
        else:
            p_cap = 0.0
        r = rng.random()
        reason = "over_capacity" if r < p_cap else ("customer" if r < p_cap + 0.035 else
                                                     ("maintenance" if r < p_cap + 0.04 else None))
        if reason:
            if reason == "customer":
                t_c = t_pay + (start - t_pay) * float(rng.uniform(0.1, 0.9))
            else:
                t_c = start - D(hours=float(rng.uniform(2, 20)))
                t_c = max(t_c, t_pay + D(minutes=20))
            self.ev(c, t_c, "tp_cancel", bid, "park_cancelled" if reason != "customer" else "customer_cancelled", bk,
                    channel="mini_program", cancel_reason=reason, 取消原因=CANCEL[reason])
            if amount_pay > 0:
                if pm.endswith("voucher"):
                    t_r = t_c + D(hours=float(rng.uniform(30, 110)))
                else:
                    t_r = t_c + D(minutes=float(rng.uniform(1, 40)))
                self.ev(c, t_r, "tp_refund", bid, "refund", bk, channel=pm.split("_")[0] if pm.endswith("voucher") else pm,
                        refund_amount=amount_pay, cancel_reason=reason, 取消原因=CANCEL[reason])
                if o is not None and t_r <= END:
                    o["status"] = "refunded"
                    o["refunded_at"] = ts(t_r)
                if pm.endswith("voucher") and rng.random() < 0.25:
                    self.fb(c, t_r - D(hours=float(rng.uniform(2, 20))), ["refund_slow"], "ticket", bk=bk)
            if reason == "over_capacity" and rng.random() < 0.2:
                self.fb(c, t_c + D(hours=float(rng.uniform(0.5, 6))), ["cancelled"],
                        pick(["ticket", "douyin_comment"], [0.6, 0.4]), bk=bk)
            return t_c
        if rng.random() < 0.03:                       # no-show
            return start
        # check-in wait
        if weekend and park[0] in CROWDED:
            med = 24.0 if summer else 14.0
        elif weekend:
            med = 9.0 if summer else 6.0
        else:
            med = 3.0
        wait = float(max(0.5, rng.lognormal(math.log(med), 0.5)))
        t_in = max(start + D(minutes=wait) - D(minutes=10), t_pay + D(minutes=12))
        # waiver (electronic, signed before entry); a few sign only at the desk, still logged
        t_w = t_in - D(minutes=float(rng.uniform(2, 90)))
        self.ev(c, max(t_w, t_pay + D(minutes=1)), "tp_waiver", bid, "signed", bk, channel="mini_program",
                signer="guardian" if ct in ("family", "school") else ("guardian" if c["kid"] != "18+" and rng.random() < 0.6 else "self"))
        # socks
        t_s = t_in - D(minutes=float(rng.uniform(0.5, 8)))
        socks_price = 20 if start >= SOCKS_RISE else 15
        need = size if (not c["has_socks"] or rng.random() < 0.35) else 0
        if ct == "school":
            need = size
        socks_bought = False
        if need:
            amt = need * socks_price
            self.ev(c, t_s, "tp_socks", bid, "buy", bk, channel="store", socks_pairs=need, amount=amt, unit_price=socks_price)
            self.order(c, t_s, amt, "socks", bk, socks_pairs=need)
            socks_bought = True
            c["has_socks"] = True
        self.ev(c, t_in, "tp_checkin", bid, "scan", bk, channel="store", checkin_wait_min=round(wait, 1))
        c["visits"] += 1
        # zones
        zones = []
        if c["kid"] == "3-5":
            zones = ["toddler_area"] + (["foam_pit"] if rng.random() < 0.4 else [])
        else:
            zones = ["free_jump"]
            for z, pz in (("foam_pit", 0.6), ("dodgeball", 0.45 if ct != "family" else 0.3),
                          ("ninja_course", (0.40 if c["kid"] in ("10-13", "14-17", "18+") else 0.15)
                           * (1.6 if park[0] == NINJA_PARK and start >= NINJA_NEW else 1.0))):
                if rng.random() < pz:
                    zones.append(z)
        injured = None
        tz = t_in
        for z in zones:
            tz = tz + D(minutes=float(rng.uniform(1, 20)))
            self.ev(c, tz, "tp_jump", bid, "enter_zone", bk, channel="store", zone=z, 区域=ZONES[z])
            p_inj = {"free_jump": 0.004, "foam_pit": 0.003, "dodgeball": 0.010, "ninja_course": 0.016,
                     "toddler_area": 0.002}[z]
            if z == "ninja_course" and park[0] == NINJA_PARK and start >= NINJA_NEW:
                p_inj = 0.09
            if park[0] == NEW_PARK:
                p_inj *= 6
            if injured is None and rng.random() < min(0.5, p_inj * (1 + 0.15 * (size - 1) if size < 8 else 2.0)):
                it = pick(list(INJ), [0.35, 0.3, 0.25, 0.1])
                sev = "referred_hospital" if rng.random() < 0.08 else "minor"
                injured = (z, tz + D(minutes=float(rng.uniform(2, 25))))
                self.ev(c, injured[1], "tp_injury", bid, "first_aid", bk, channel="store", zone=z, 区域=ZONES[z],
                        injury_type=it, 伤情=INJ[it], severity=sev)
        # overtime
        minutes = PRODUCTS[prod][2]
        p_ot = {"pass_60": 0.30, "pass_90": 0.14, "pass_120": 0.05, "birthday_party": 0.03, "class_outing": 0.01}[prod]
        t_end = start + D(minutes=minutes)
        overtime = False
        if rng.random() < p_ot:
            om = int(rng.integers(5, 46))
            fee = math.ceil(om / 15) * 20 * (size if size < 8 else 5)
            t_end += D(minutes=om)
            self.ev(c, t_end, "tp_overtime", bid, "pay_overtime", bk, channel="store", overtime_min=om, amount=fee)
            self.order(c, t_end, fee, "overtime", bk, overtime_min=om)
            overtime = True
        # snacks
        for _ in range(int(rng.poisson(0.8 if prod.startswith("pass") else 0.3))):
            ts_ = t_in + (t_end - t_in) * float(rng.uniform(0.2, 0.95))
            amt = float(rng.choice([8, 12, 15, 18, 22, 28, 35]))
            self.ev(c, ts_, "tp_snack", bid, "order", bk, channel="store", amount=amt)
            self.order(c, ts_, amt, "snacks", bk)
        # membership
        if c["card"] is None or c["card_until"] < start:
            p_m = CTYPES[ct][3] * (1.8 if c["visits"] >= 2 else 1.0)
            if rng.random() < p_m:
                card = pick(list(CARDS), [0.7, 0.2, 0.1] if ct == "teen" else [0.4, 0.35, 0.25])
                t_m = t_end + D(minutes=float(rng.uniform(2, 15)))
                self.ev(c, t_m, "tp_member", bid, "buy_card", bk, channel="store", card_type=card,
                        卡种=CARDS[card][0], amount=CARDS[card][1])
                self.order(c, t_m, CARDS[card][1], "membership", bk, card_type=card, 卡种=CARDS[card][0])
                c["card"], c["card_until"] = card, t_m + D(days=CARDS[card][2])
        # experience topics
        topics = []
        if wait > 15 and rng.random() < 0.45:
            topics.append("crowding")
        elif rng.random() < 0.015:
            topics.append("crowding")
        if socks_bought and rng.random() < (0.12 if start >= SOCKS_RISE else 0.02):
            topics.append("socks_price")
        if "foam_pit" in zones and rng.random() < (0.38 if park[0] == DIRTY_FOAM and start < FOAM_REPLACED else 0.012):
            topics.append("dirty_foam")
        if injured is not None and rng.random() < 0.7:
            topics.append("injury")
        if prod == "birthday_party":
            if rng.random() < (0.5 if park[0] == OUTSOURCED_HOST else 0.06):
                topics.append("host_bad")
            elif rng.random() < 0.45:
                topics.append("host_good")
        if overtime and rng.random() < 0.12:
            topics.append("overtime_fee")
        bad = bool(set(topics) & NEG)
        if not bad and injured is None and rng.random() < 0.04:
            topics.append("safety_good")
        if not bad and rng.random() < 0.45:
            topics.append("fun")
        # ratings
        def stars_for(base):
            s = float(pick([5, 4, 3, 2], base))
            for k in topics:
                s -= PEN.get(k, 0.0)
            if not bad and ("fun" in topics or "host_good" in topics or "safety_good" in topics):
                s = max(s, 4.0)
            return float(min(5, max(1, round(s))))
        p_rate = 0.45 if bad else 0.22
        if rng.random() < p_rate:
            st = stars_for([0.5, 0.35, 0.11, 0.04])
            t_r = t_end + D(minutes=float(rng.lognormal(math.log(90), 0.9)))
            self.ev(c, t_r, "tp_rate", bid, "rate", bk, channel="mini_program", stars=st)
            self.fb(c, t_r, topics, "mini_program_review", rating=st, bk=bk,
                    gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"))
        if pm.endswith("voucher") and rng.random() < 0.18:
            st = stars_for([0.45, 0.38, 0.12, 0.05])
            chn = "meituan_review" if pm == "meituan_voucher" and rng.random() < 0.6 else (
                "dianping_review" if pm == "meituan_voucher" else "douyin_comment")
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 48))), topics, chn,
                    rating=st if chn != "douyin_comment" else None, bk=bk,
                    gen="pos" if st >= 4 else ("neu" if st == 3 else "neg"),
                    undated=(chn == "dianping_review" and rng.random() < 0.35))
        if rng.random() < 0.045:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_end + D(days=1, hours=float(rng.uniform(0, 6))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if injured is not None and rng.random() < 0.3:
            self.fb(c, injured[1] + D(hours=float(rng.uniform(1, 30))), ["injury"], "ticket", bk=bk)
        if bad and rng.random() < 0.05:
            self.fb(c, t_end + D(hours=float(rng.uniform(1, 72))), [k for k in topics if k in NEG], "douyin_comment",
                    bk=bk, undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        c["spend"] += amount_pay
        c["last"] = start
        return t_end

    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["ch"])
            if rng.random() > CHANNELS[c["ch"]][2]:
                continue
            t = c["discover"] + D(hours=float(min(140, rng.exponential(14) + 0.1)))
            if rng.random() < 0.05:
                t = c["discover"] + D(days=float(rng.uniform(8, 30)))
            tries = 0
            while t <= END:
                end = self.booking(c, t)
                if end is None:
                    tries += 1
                    if tries <= 2 and rng.random() < 0.5:
                        t += D(hours=float(rng.uniform(0.5, 96)))
                        continue
                    break
                member = c["card"] is not None and c["card_until"] >= end
                p_ret = 0.88 if member else CTYPES[c["ctype"]][1]
                if rng.random() > p_ret:
                    break
                gap = 8.0 if member else CTYPES[c["ctype"]][2]
                g = float(rng.exponential(gap) + 1.0) / season(end)
                t = end + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 22)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["card"] is not None and c["card_until"] >= END:
                seg = "member"
            elif c["last"] is not None and c["last"] < datetime(2026, 1, 1):
                seg = "lapsed"
            else:
                seg = "returning" if c["visits"] >= 2 else "one_time"
            tier = c["card"] or "none"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["ch"], 获客渠道=CHANNELS[c["ch"]][0],
                             tier=tier, 会员卡={"none": "无", **{k: v[0] for k, v in CARDS.items()}}[tier],
                             customer_type=c["ctype"], 客群=CTYPES[c["ctype"]][0], kid_age_band=c["kid"],
                             phone_os=c["device"], home_park_id=c["home"]))
        return rows


def write(path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        known = set(cols)
        for r in rows:
            assert known.issuperset(r), set(r) - known
            w.writerow(["" if r.get(k) is None else r[k] for k in cols])


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "park_id",
           "park", "park_en", "park_city", "所在城市", "product_type", "产品类型", "party_size", "session_start",
           "payment_method", "支付方式", "amount", "cancel_reason", "取消原因", "refund_amount", "signer", "socks_pairs",
           "unit_price", "checkin_wait_min", "zone", "区域", "injury_type", "伤情", "severity", "overtime_min",
           "card_type", "卡种", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "park_id", "park", "park_en", "park_city", "所在城市", "product_type", "产品类型",
            "socks_pairs", "overtime_min", "card_type", "卡种", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "park_id", "park", "park_en", "park_city", "所在城市", "product_type", "产品类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员卡",
             "customer_type", "客群", "kid_age_band", "phone_os", "home_park_id"]


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
    dup = rng.choice(len(ev), size=18, replace=False)          # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", g.orders, ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
