"""幻境 VRealm: a chain of 11 VR arcades (VR体验馆) in shopping malls in four cities. A visitor finds us (Meituan,
Douyin, a mall flyer, or walking past), picks a ticket (single game, 30- or 60-minute pass, birthday or team-building
party package) in the mini program / on a group-buy platform / at the front desk, pays, checks in at the counter
(voucher redeemed), waits for a guide to fit a headset (Pico 4, Quest 3 or the old HTC Vive Focus 3), plays titles of
five genres (shooting, horror, racing, rhythm, kids), sometimes feels motion sick and stops early, sometimes hits a
headset fault (swapped, or the ticket is refunded), buys add-ons (photo/video pack, drinks), finishes, rates, buys or
renews a membership card and comes back.
Data 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments), plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from bisect import bisect_right
from itertools import accumulate
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 10000
PICO_BUG = (datetime(2025, 11, 10), datetime(2025, 12, 15))      # Pico 4 firmware 5.9.0: tracking loss
HYGIENE = (datetime(2025, 7, 1), datetime(2025, 9, 1))            # summer: sweaty face cushions
RUDE_STAFF = "ST011"

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现幻境", "Discover VRealm", "awareness", "ads", "digital", "marketing",
     "发现|看到|刷到抖音|美团搜到|商场传单|路过|discover|found us|first touch|flyer"),
    ("tp_ticket", "选票下单", "Ticket selected", "consideration", "mini_program", "digital", "marketing",
     "选票|下单|选套餐|买票|订票|ticket|order|choose package|book"),
    ("tp_pay", "支付", "Payment", "purchase", "mini_program", "digital", "finance",
     "支付|付款|买券|团购券|pay|payment|paid|voucher bought"),
    ("tp_checkin", "到店核销", "Check-in", "service", "store", "physical", "store_ops",
     "到店|核销|验券|签到|前台|check-in|check in|arrival|redeem|redemption"),
    ("tp_headset", "领取头显", "Headset fitted", "service", "store", "physical", "store_ops",
     "领头显|戴头显|穿戴|等设备|安全讲解|headset|fitting|gear up|wait for headset"),
    ("tp_play", "开始游戏", "Game played", "service", "store", "physical", "content",
     "玩游戏|开玩|体验游戏|射击|恐怖|赛车|音游|亲子|game|play|title|session"),
    ("tp_fault", "设备故障", "Headset fault", "service", "store", "physical", "it",
     "故障|黑屏|定位丢失|手柄坏了|设备问题|fault|breakdown|tracking lost|headset broke|equipment failure"),
    ("tp_sickness", "晕动不适", "Motion sickness stop", "service", "store", "physical", "store_ops",
     "晕|头晕|晕动症|想吐|提前结束|motion sickness|dizzy|nausea|stopped early"),
    ("tp_addon", "加购", "Add-on purchase", "purchase", "store", "physical", "store_ops",
     "加购|照片|视频|饮料|拍照|add-on|photo|video|drink|upsell"),
    ("tp_finish", "体验结束", "Session finished", "service", "store", "physical", "store_ops",
     "结束|离场|归还头显|玩完|finish|end|done|checkout"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退券|refund|money back|refunded"),
    ("tp_rate", "评价", "Rating", "loyalty", "mini_program", "digital", "cx",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_member", "开卡续费", "Membership card", "loyalty", "mini_program", "digital", "crm",
     "会员|开卡|续费|月卡|年卡|membership|renew|member card|annual pass"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("purchase", "购票转化", "Ticket purchase", ["tp_discover", "tp_ticket", "tp_pay"], 7),
    ("visit", "到店体验", "In-store visit", ["tp_pay", "tp_checkin", "tp_play", "tp_finish"], 14),
    ("review", "体验评价", "Post-visit rating", ["tp_finish", "tp_rate"], 3),
    ("membership", "会员转化", "Membership conversion", ["tp_finish", "tp_member"], 30),
    ("fault_refund", "故障退款", "Fault refund", ["tp_fault", "tp_refund"], 14),
]
CITIES = {"Shanghai": ("上海", 0.38), "Shenzhen": ("深圳", 0.28), "Nanjing": ("南京", 0.18), "Xi'an": ("西安", 0.16)}
# id, city, zh, en, opened, headset mix (pico, quest, htc), extra fault prob
STORES = [
    ("VS01", "Shanghai", "上海环球港店", "Shanghai Global Harbor", None, (0.55, 0.45, 0.0), 0.0),
    ("VS02", "Shanghai", "上海七宝万科店", "Shanghai Qibao Vanke", None, (0.6, 0.4, 0.0), 0.0),
    ("VS03", "Shanghai", "上海五角场店", "Shanghai Wujiaochang", datetime(2025, 6, 1), (0.5, 0.5, 0.0), 0.0),
    ("VS04", "Shenzhen", "深圳海岸城店", "Shenzhen Coastal City", None, (0.7, 0.3, 0.0), 0.0),
    ("VS05", "Shenzhen", "深圳万象天地店", "Shenzhen MixC World", None, (0.65, 0.35, 0.0), 0.0),
    ("VS06", "Shenzhen", "深圳龙华壹方天地店", "Shenzhen Longhua One Avenue", datetime(2025, 9, 1), (0.8, 0.2, 0.0),
     0.0),
    ("VS07", "Nanjing", "南京新街口店", "Nanjing Xinjiekou", None, (0.6, 0.2, 0.2), 0.0),
    ("VS08", "Nanjing", "南京河西万达店", "Nanjing Hexi Wanda", None, (0.15, 0.05, 0.8), 0.0),
    ("VS09", "Xi'an", "西安赛格店", "Xi'an SEG", None, (0.5, 0.3, 0.2), 0.0),
    ("VS10", "Xi'an", "西安大悦城店", "Xi'an Joy City", None, (0.6, 0.4, 0.0), 0.0),
    ("VS11", "Xi'an", "西安小寨店", "Xi'an Xiaozhai", datetime(2026, 5, 1), (0.7, 0.3, 0.0), 0.35),
]
STORE = {s[0]: s for s in STORES}
STAFF = {s[0]: [f"ST{3 * i + k:03d}" for k in (1, 2, 3)] for i, s in enumerate(STORES)}
MODELS = ["Pico 4", "Quest 3", "HTC Vive Focus 3"]
CHANNELS = {"meituan": ("美团", 0.34), "douyin": ("抖音", 0.30), "mall_flyer": ("商场传单", 0.12),
            "walk_in": ("路过进店", 0.24)}
VTYPES = {"solo": ("独自体验", 0.14), "couple": ("情侣", 0.25), "family_kids": ("亲子家庭", 0.22),
          "friends": ("朋友结伴", 0.29), "corporate": ("公司团建", 0.10)}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]
AGES = {"solo": [0.4, 0.35, 0.15, 0.07, 0.03], "couple": [0.45, 0.45, 0.08, 0.02, 0.0],
        "family_kids": [0.02, 0.3, 0.5, 0.13, 0.05], "friends": [0.55, 0.35, 0.07, 0.03, 0.0],
        "corporate": [0.2, 0.5, 0.22, 0.08, 0.0]}
PRODUCTS = {"single_game": ("单次体验", 68), "pass_30": ("30分钟畅玩", 98), "pass_60": ("60分钟畅玩", 158),
            "party_birthday": ("生日派对套餐", 1288), "party_team": ("团建派对套餐", 1888)}
PRODUCT_MIX = {"solo": [0.45, 0.35, 0.2, 0.0, 0.0], "couple": [0.25, 0.45, 0.3, 0.0, 0.0],
               "family_kids": [0.15, 0.5, 0.2, 0.15, 0.0], "friends": [0.15, 0.3, 0.43, 0.12, 0.0],
               "corporate": [0.02, 0.05, 0.13, 0.0, 0.8]}
PAY_CH = {"meituan": "美团团购", "douyin": "抖音团购", "mini_program": "小程序", "front_desk": "前台"}
GENRES = {"shooting": "射击", "horror": "恐怖", "racing": "赛车", "rhythm": "音游", "kids": "亲子"}
TITLES = {"shooting": [("僵尸围城", "Zombie Siege"), ("星际突击", "Star Assault")],
          "horror": [("午夜病院", "Midnight Ward"), ("古宅迷踪", "The Old Manor")],
          "racing": [("霓虹漂移", "Neon Drift"), ("极速狂飙", "Full Throttle")],
          "rhythm": [("节奏光刃", "Beat Blades")], "kids": [("海洋伙伴", "Ocean Buddies"), ("恐龙乐园", "Dino Park")]}
GENRE_MIX = {"solo": [0.3, 0.15, 0.35, 0.2, 0.0], "couple": [0.2, 0.35, 0.15, 0.3, 0.0],
             "family_kids": [0.05, 0.0, 0.2, 0.2, 0.55], "friends": [0.35, 0.3, 0.2, 0.15, 0.0],
             "corporate": [0.5, 0.05, 0.3, 0.15, 0.0]}
SICK = {"shooting": 0.045, "horror": 0.065, "racing": 0.16, "rhythm": 0.02, "kids": 0.015}
FAULTS = {"Pico 4": ["controller_dead", "battery_low"], "Quest 3": ["controller_dead", "battery_low"],
          "HTC Vive Focus 3": ["display_black", "overheating", "controller_dead"]}
FAULT_ZH = {"controller_dead": "手柄失灵", "battery_low": "电量耗尽", "display_black": "黑屏", "overheating": "过热",
            "tracking_lost": "定位丢失"}
REFUND_ZH = {"equipment_fault": "设备故障", "voucher_unused": "未核销退券", "cancelled": "取消"}
ADDON_ZH = {"photo_video": "照片视频", "drink": "饮品"}
ORDER_ZH = {"ticket": "门票套餐", "photo_video": "照片视频", "drink": "饮品", "membership": "会员卡"}
PLAN = {"monthly": ("月卡", 199), "annual": ("年卡", 1299)}

TXT = {  # topic -> (zh, en); the markers of each topic appear only in its own texts
    "fault": (["玩到一半头显黑屏了", "手柄没反应，换了两次", "设备故障耽误了半天", "头显突然黑屏，体验很差"],
              ["the headset went black halfway through", "the controller died twice", "an equipment fault ruined it"]),
    "tracking": (["定位老是丢，画面一直飘", "玩着玩着定位丢了，根本没法玩", "画面乱飘定位不准"],
                 ["the headset kept losing tracking", "tracking was all over the place, unplayable"]),
    "sickness": (["玩完头晕想吐", "赛车那个太晕了，玩了五分钟就不行了", "晕得不行只能提前出来"],
                 ["felt dizzy and had to stop", "got motion sick on the racing game", "nauseous after ten minutes"]),
    "queue": (["周末排队等头显等了快半小时", "排队太久了，票买了还要干等", "人多排队，体验时间被压缩"],
              ["we had to queue almost 30 minutes for a headset", "the weekend queue was ridiculous"]),
    "hygiene": (["头显面罩有汗味", "面罩黏黏的，不太卫生", "天热头显一股汗味，消毒不到位"],
                ["the face cushion smelled of sweat", "sweaty, unhygienic face cushions"]),
    "rude": (["工作人员态度差，问两句就不耐烦", "引导员态度差，讲解敷衍", "店员很不耐烦"],
             ["the staff member was rude", "our guide was impatient and rude"]),
    "staff_good": (["引导员小哥很耐心", "工作人员很贴心，帮孩子调好了头显", "店员讲解很耐心"],
                   ["the staff were so helpful", "friendly staff, explained everything"]),
    "refund_slow": (["设备坏了申请退款，钱还没到账", "团购券退款太慢了，等了好几天"],
                    ["my refund still hasn't come through", "the refund is taking forever"]),
    "price": (["价格太贵了，半小时就要一百", "有点贵，感觉不值"],
              ["a bit overpriced for 30 minutes", "not worth the money"]),
    "photo": (["加购的照片很糊", "照片糊成一片，白花39"], ["the photo pack was blurry"]),
    "fun": (["太好玩了，下次还来", "恐怖那个好刺激", "画面很震撼，值得", "孩子玩得很开心"],
            ["so much fun, will come back", "the horror game was a blast", "kids loved it", "awesome experience"]),
}
GEN = {"neg": (["不会再来了", "有点失望"], ["disappointing", "won't come back"]),
       "neu": (["还行吧", "一般般", "体验中规中矩"], ["it was ok", "average experience"]),
       "pos": (["推荐", "五星好评"], ["recommended", "five stars"])}
TOPIC_TP = [("fault", "tp_fault"), ("tracking", "tp_fault"), ("refund_slow", "tp_refund"), ("sickness", "tp_sickness"),
            ("queue", "tp_headset"), ("hygiene", "tp_headset"), ("rude", "tp_checkin"), ("staff_good", "tp_checkin"),
            ("photo", "tp_addon"), ("price", "tp_pay"), ("fun", "tp_play")]
NEG = {"fault", "tracking", "sickness", "queue", "hygiene", "rude", "refund_slow", "price", "photo"}


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    acc = list(accumulate(weights))
    return items[min(bisect_right(acc, rng.random() * acc[-1]), len(items) - 1)]


def one_of(items):
    return items[int(rng.integers(len(items)))]


def season(d):
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 9) or datetime(2026, 2, 14) <= d < datetime(2026, 3, 1):
        return 2.0                                  # Spring Festival
    if datetime(2025, 10, 1) <= d < datetime(2025, 10, 8):
        return 1.8                                  # National Day
    if d.month in (7, 8):
        return 1.5                                  # summer holidays
    if d.month in (3, 4, 11):
        return 0.85
    return 1.0


def open_stores(city, t):
    return [s for s in STORES if s[1] == city and (s[4] is None or s[4] <= t)]


def store_hours(d, lo=10.0, hi=21.5):
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(lo, hi)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_vs = 0

    def ev(self, c, t, tp, sid, action, vs=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if vs:
            row.update(vs["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, vs, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, order_type=otype, 订单类型=ORDER_ZH[otype], session_id=vs["id"] if vs else None,
                   currency="CNY")
        if vs:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市"):
                row[k] = vs["common"][k]
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, vs=None, undated=False, no_customer=False, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [one_of(TXT[k][li]) for k in topics]
        gen = "neg" if (set(topics) & NEG) or (rating is not None and rating <= 2) else (
            "pos" if (topics or (rating or 0) >= 4) else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(one_of(GEN[gen][li]))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, session_id=vs["id"] if vs else None)
        if vs:
            for k in ("store_id", "store", "store_en", "store_city", "门店城市", "staff_id", "headset_model"):
                row[k] = vs["common"].get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=gen))

    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            days.append((d, (0.6 + 0.8 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = store_hours(days[k][0], 9, 22.5)
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            stores = open_stores(city, t)
            home = stores[int(rng.integers(len(stores)))]
            if city == "Xi'an" and t >= STORE["VS11"][4] and rng.random() < 0.5:
                home = STORE["VS11"]
            vt = pick(list(VTYPES), [v[1] for v in VTYPES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            en_share = 0.2 if city in ("Shanghai", "Shenzhen") else 0.05
            self.cust.append(dict(customer_id=f"CU{i + 1:05d}", discover=t, city=city, home=home[0], vtype=vt,
                                  channel=ch, age=pick(AGE_BANDS, AGES[vt]), gender=pick(["female", "male"], [0.48, 0.52]),
                                  device=pick(["ios", "android"], [0.5, 0.5]), en_share=en_share,
                                  lang="en" if rng.random() < en_share else "zh", visits=0, paid=False,
                                  first_pay=None, last_visit=None, plan=None, plan_until=None))

    def visit(self, c, t0, first):
        """one ticket: select → pay → check in → headset → play … → finish → rate / member. returns (end, mood)."""
        stores = open_stores(c["city"], t0)
        store = STORE[c["home"]] if (rng.random() < 0.8 or len(stores) == 1) else stores[int(rng.integers(len(stores)))]
        if c["walk"] if first else False:
            pay_ch = "front_desk"
        elif first and c["channel"] in ("meituan", "douyin"):
            pay_ch = c["channel"] if rng.random() < 0.85 else "mini_program"
        else:
            pay_ch = pick(["meituan", "douyin", "mini_program", "front_desk"], [0.25, 0.15, 0.4, 0.2])
        prod = pick(list(PRODUCTS), PRODUCT_MIX[c["vtype"]])
        price = PRODUCTS[prod][1] * (0.85 if pay_ch in ("meituan", "douyin") else 1.0)
        if c["plan"] and c["plan_until"] and c["plan_until"] >= t0 and not prod.startswith("party"):
            price *= 0.7                                                   # member price
        price = round(price)
        self.n_vs += 1
        vid = f"VS{self.n_vs:06d}"
        dev = None if pay_ch == "front_desk" else c["device"]
        vs = dict(id=vid, common=dict(store_id=store[0], store=store[2], store_en=store[3], store_city=store[1],
                                      门店城市=CITIES[store[1]][0], pay_channel=pay_ch, 支付渠道=PAY_CH[pay_ch],
                                      product_type=prod, 产品类型=PRODUCTS[prod][0]))
        group = 1 if not prod.startswith("party") else int(rng.integers(5, 11))
        t = t0
        self.ev(c, t, "tp_ticket", vid, "submit", vs, device=dev, channel=pay_ch, amount=price, group_size=group)
        p_pay = 0.97 if pay_ch == "front_desk" else (0.85 if pay_ch == "douyin" else 0.72)
        if rng.random() > p_pay:
            return t, 0.0, False
        t += D(minutes=float(rng.uniform(1, 20) if pay_ch == "front_desk" else rng.exponential(120) + 2))
        if not self.ev(c, t, "tp_pay", vid, "success", vs, device=dev, channel=pay_ch, amount=price):
            return t, 0.0, False
        od = self.order(c, t, price, "ticket", vs, channel=pay_ch, device=dev, product_type=prod,
                        产品类型=PRODUCTS[prod][0], group_size=group)
        c["paid"] = True
        c["first_pay"] = c["first_pay"] or t
        # redemption
        p_show = {"douyin": 0.6, "meituan": 0.9, "mini_program": 0.95, "front_desk": 0.995}[pay_ch]
        if rng.random() > p_show:
            if rng.random() < 0.5:
                tr = t + D(days=float(rng.uniform(3, 40)))
                reason = "voucher_unused" if pay_ch in ("meituan", "douyin") else "cancelled"
                if self.ev(c, tr, "tp_refund", vid, "refund", vs, channel=pay_ch, refund_amount=price,
                           refund_reason=reason, 退款原因=REFUND_ZH[reason]) and od:
                    od["status"], od["refunded_at"] = "refunded", ts(tr)
            return t, 0.0, False
        if pay_ch == "front_desk":
            tc = t + D(minutes=float(rng.uniform(1, 6)))
        else:
            day = t + D(days=float(one_of([0, 0, 1, 2, 3, 5, 7, 10])))
            tc = store_hours(day)
            if tc < t:
                tc = t + D(minutes=float(rng.uniform(20, 90)))
        staff = STAFF[store[0]][int(rng.integers(3))]
        if store[0] == "VS04" and rng.random() < 0.4:
            staff = RUDE_STAFF
        vs["common"]["staff_id"] = staff
        self.ev(c, tc, "tp_checkin", vid, "redeem", vs, channel="store")
        c["visits"] += 1
        c["last_visit"] = tc
        weekend = tc.weekday() >= 5
        med = 24.0 if (store[0] == "VS01" and weekend) else (9.0 if weekend else 5.0)
        if tc.month in (7, 8):
            med *= 1.2
        wait = float(rng.lognormal(np.log(med), 0.45))
        th = tc + D(minutes=wait)
        model = pick(MODELS, store[5])
        fw = None
        if model == "Pico 4":
            fw = "5.9.0" if PICO_BUG[0] <= th < PICO_BUG[1] else ("5.9.1" if th >= PICO_BUG[1] else "5.8.2")
        vs["common"]["headset_model"] = model
        hid = f"{store[0]}-{['P', 'Q', 'H'][MODELS.index(model)]}{int(rng.integers(1, 13)):02d}"
        self.ev(c, th, "tp_headset", vid, "fitted", vs, channel="store", headset_id=hid, firmware=fw)
        p_fault = {"Pico 4": 0.04, "Quest 3": 0.03, "HTC Vive Focus 3": 0.15}[model] + store[6]
        bug = model == "Pico 4" and fw == "5.9.0"
        if bug:
            p_fault = 0.30
        n_games = {"single_game": 1, "pass_30": 2, "pass_60": int(rng.integers(3, 5)),
                   "party_birthday": int(rng.integers(4, 7)), "party_team": int(rng.integers(4, 7))}[prod]
        fault_at = int(rng.integers(n_games)) if rng.random() < p_fault else -1
        tp_ = th + D(minutes=float(rng.uniform(2, 5)))
        mood, sick, fault, refunded = 0.0, False, None, False
        first_genre = None
        for g in range(n_games):
            genre = pick(list(GENRES), GENRE_MIX[c["vtype"]])
            first_genre = first_genre or genre
            zh, en = TITLES[genre][int(rng.integers(len(TITLES[genre])))]
            self.ev(c, tp_, "tp_play", vid, "start", vs, channel="store", title=zh, title_en=en, genre=genre,
                    游戏类型=GENRES[genre])
            dur = float(rng.uniform(8, 14))
            if g == fault_at:
                code = "tracking_lost" if bug or store[6] else one_of(FAULTS[model])
                tf = tp_ + D(minutes=float(rng.uniform(1, dur)))
                fault = code
                swap = rng.random() < 0.6
                self.ev(c, tf, "tp_fault", vid, "swapped" if swap else "stopped", vs, channel="store",
                        headset_id=hid, firmware=fw, fault_code=code, 故障类型=FAULT_ZH[code], genre=genre,
                        游戏类型=GENRES[genre])
                mood -= 1.6
                if not swap:
                    if pay_ch in ("meituan", "douyin"):
                        tr = tf + D(days=float(rng.uniform(1.5, 6)))
                    else:
                        tr = tf + D(minutes=float(rng.uniform(5, 40)))
                    if self.ev(c, tr, "tp_refund", vid, "refund", vs, channel=pay_ch, refund_amount=price,
                               refund_reason="equipment_fault", 退款原因="设备故障") and od:
                        od["status"], od["refunded_at"] = "refunded", ts(tr)
                    refunded = (tr, pay_ch in ("meituan", "douyin"))
                    tp_ = tf + D(minutes=2)
                    break
                tp_ = tf + D(minutes=float(rng.uniform(3, 8)))
                continue
            p_sick = SICK[genre] * (1.6 if first else 1.0) * (1.8 if c["age"] in ("45-54", "55+") else 1.0)
            if rng.random() < p_sick:
                tsk = tp_ + D(minutes=float(rng.uniform(2, dur)))
                self.ev(c, tsk, "tp_sickness", vid, "stopped_early", vs, channel="store", title=zh, title_en=en,
                        genre=genre, 游戏类型=GENRES[genre])
                sick = genre
                mood -= 1.0
                tp_ = tsk + D(minutes=3)
                break
            tp_ += D(minutes=dur + float(rng.uniform(1, 3)))
        # add-ons
        p_photo = 0.7 if prod.startswith("party") else (0.35 if c["vtype"] == "family_kids" else 0.12)
        photo = False
        if rng.random() < p_photo and not (refunded and rng.random() < 0.8):
            amt = 39 if not prod.startswith("party") else 99
            ta = tp_ + D(minutes=float(rng.uniform(1, 5)))
            self.ev(c, ta, "tp_addon", vid, "buy", vs, channel="store", addon_type="photo_video",
                    加购类型="照片视频", amount=amt)
            self.order(c, ta, amt, "photo_video", vs, channel="front_desk", device=None)
            photo = True
        if rng.random() < (0.25 + (0.4 if prod.startswith("party") else 0)):
            n = group if prod.startswith("party") else int(rng.integers(1, 3))
            amt = float(n * one_of([18, 22, 28]))
            ta = tp_ + D(minutes=float(rng.uniform(1, 8)))
            self.ev(c, ta, "tp_addon", vid, "buy", vs, channel="store", addon_type="drink", 加购类型="饮品", amount=amt)
            self.order(c, ta, amt, "drink", vs, channel="front_desk", device=None)
        tfin = tp_ + D(minutes=float(rng.uniform(8, 15)))
        act = "fault_stop" if refunded else ("early_stop" if sick else "completed")
        self.ev(c, tfin, "tp_finish", vid, act, vs, channel="store")
        # experience mood
        if wait > 20:
            mood -= 1.0
        if staff == RUDE_STAFF:
            mood -= 1.4
        summer = HYGIENE[0] <= tfin < HYGIENE[1]
        topics = []
        if fault:
            topics.append("tracking" if fault == "tracking_lost" else "fault")
        if sick:
            topics.append("sickness")
        if wait > 20:
            topics.append("queue")
        if staff == RUDE_STAFF and rng.random() < 0.7:
            topics.append("rude")
        if summer and rng.random() < 0.3:
            topics.append("hygiene")
            mood -= 0.8
        elif not summer and rng.random() < 0.03:
            topics.append("hygiene")
            mood -= 0.8
        if photo and rng.random() < 0.08:
            topics.append("photo")
            mood -= 1.5
        if not topics:
            r = rng.random()
            if r < 0.4:
                topics.append("fun")
            elif r < 0.5 and staff != RUDE_STAFF:
                topics.append("staff_good")
            elif r < 0.58:
                topics.append("price")
                mood -= 0.5
            elif r < 0.62 and sick is False and first_genre == "kids":
                topics.append("fun")
        topics = topics[:2]
        stars = int(np.clip(round(4.5 + mood + rng.normal(0, 0.6)), 1, 5))
        # rate in the mini program
        if rng.random() < 0.32:
            tr = tfin + D(hours=float(rng.uniform(0.2, 60)))
            if self.ev(c, tr, "tp_rate", vid, "rate", vs, device=c["device"], channel="mini_program", stars=stars):
                self.fb(c, tr, topics, "mini_program_review", rating=stars, vs=vs)
        # platform review
        if pay_ch in ("meituan", "douyin") and rng.random() < 0.16:
            tr = tfin + D(hours=float(rng.uniform(1, 72)))
            self.fb(c, tr, topics, f"{pay_ch}_review", rating=int(np.clip(stars + one_of([-1, 0, 0, 1]), 1, 5)),
                    vs=vs, undated=rng.random() < 0.15)
        # NPS survey
        if rng.random() < 0.15:
            tr = tfin + D(days=float(rng.uniform(1, 3)))
            nps = int(np.clip(round(8.6 + 1.6 * mood + rng.normal(0, 1.2)), 0, 10))
            self.fb(c, tr, topics if rng.random() < 0.7 else [], "survey", nps=nps, vs=vs)
        # tickets: slow voucher refunds, sickness
        if refunded and refunded[1] and rng.random() < 0.55:
            self.fb(c, refunded[0] - D(hours=float(rng.uniform(12, 30))), ["refund_slow"], "ticket", vs=vs)
        if (sick or fault) and rng.random() < 0.12:
            self.fb(c, tfin + D(minutes=5), topics[:1], "front_desk_note", vs=vs, undated=rng.random() < 0.4,
                    no_customer=rng.random() < 0.5)
        # membership
        p_mem = {"family_kids": 0.2, "solo": 0.1, "friends": 0.05, "couple": 0.05, "corporate": 0.015}[c["vtype"]]
        if c["plan"] and c["plan_until"] and c["plan_until"] < tfin + D(days=20):
            p_mem = max(p_mem * 2.5, 0.35)                                 # renewal due
        if mood < -0.5:
            p_mem *= 0.3
        if rng.random() < p_mem:
            tm = tfin + D(days=float(rng.exponential(5)))
            plan = "annual" if rng.random() < 0.25 else "monthly"
            act = "renew" if c["plan"] else "new"
            if self.ev(c, tm, "tp_member", vid, act, vs, device=c["device"], channel="mini_program",
                       member_plan=plan, 会员卡类型=PLAN[plan][0], amount=PLAN[plan][1]):
                self.order(c, tm, PLAN[plan][1], "membership", vs, channel="mini_program", device=c["device"],
                           member_plan=plan)
                c["plan"] = plan
                c["plan_until"] = tm + D(days=30 if plan == "monthly" else 365)
        return tfin, mood, True

    def run(self):
        self.customers()
        for c in self.cust:
            t = c["discover"]
            c["walk"] = c["channel"] == "walk_in"
            self.ev(c, t, "tp_discover", None, "view", None, channel=c["channel"],
                    device=None if c["walk"] or c["channel"] == "mall_flyer" else c["device"])
            p_try = {"meituan": 0.62, "douyin": 0.8, "mall_flyer": 0.5, "walk_in": 0.92}[c["channel"]]
            if rng.random() > p_try:
                continue
            if c["walk"]:
                t += D(minutes=float(rng.uniform(1, 15)))
            else:
                t += D(hours=float(rng.exponential(30)) + 0.1)
            first = True
            for _ in range(40):
                if t > END:
                    break
                end, mood, shown = self.visit(c, t, first)
                first = False
                p_back = {"family_kids": 0.62, "friends": 0.45, "couple": 0.4, "solo": 0.5, "corporate": 0.25}[
                    c["vtype"]]
                if c["plan"] and c["plan_until"] and c["plan_until"] > end:
                    p_back = 0.85
                if mood < -0.5:
                    p_back *= 0.5
                if not shown:
                    p_back *= 0.6
                if rng.random() > p_back:
                    break
                t = end + D(days=float(rng.exponential(40)) + 2)
                c["walk"] = False

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 6, 1):
                seg = "new"
            elif c["last_visit"] is None or c["last_visit"] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif c["visits"] >= 5:
                seg = "loyal"
            elif c["visits"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            active = c["plan"] and c["plan_until"] and c["plan_until"] >= END
            tier = c["plan"] if active else ("lapsed" if c["plan"] else "non_member")
            tier_zh = {"monthly": "月卡", "annual": "年卡", "lapsed": "已过期会员", "non_member": "非会员"}[tier]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员类型=tier_zh, visitor_type=c["vtype"],
                             客群=VTYPES[c["vtype"]][0], age_band=c["age"], gender=c["gender"], phone_os=c["device"],
                             home_store_id=c["home"], preferred_language=c["lang"]))
        return rows


def write(path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "store_id",
           "store", "store_en", "store_city", "门店城市", "pay_channel", "支付渠道", "product_type", "产品类型",
           "group_size", "staff_id", "headset_model", "headset_id", "firmware", "title", "title_en", "genre", "游戏类型",
           "fault_code", "故障类型", "addon_type", "加购类型", "member_plan", "会员卡类型", "amount", "refund_amount",
           "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "product_type", "产品类型", "member_plan", "group_size", "session_id", "store_id", "store", "store_en",
            "store_city", "门店城市", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "session_id", "store_id", "store", "store_en", "store_city", "门店城市", "staff_id", "headset_model"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员类型", "visitor_type", "客群", "age_band", "gender", "phone_os", "home_store_id", "preferred_language"]


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
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", g.orders, ORD_COLS)
    fb = list(g.feedback)
    order = rng.permutation(len(fb))                                   # exports are not in time order
    write(out / "feedback.csv", [fb[int(i)] for i in order], FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, visits {g.n_vs}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
