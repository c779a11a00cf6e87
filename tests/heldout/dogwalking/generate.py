"""PawPal 遛遛: an on-demand dog-walking and pet-sitting app (遛狗 / 上门喂养) in five Chinese cities.
An owner downloads the app (found on Xiaohongshu / Douyin / the app store / a friend / a partner pet shop), creates
the dog's profile (犬种, 体型), books a 30- or 60-minute walk or a home visit (上门喂养), pays (WeChat Pay, Alipay or
the in-app wallet), a walker is matched (in-house 自营 or from the partner agency 乐宠帮), picks the dog up at the door,
walks with live GPS tracking in the walker app, uploads photos, brings the dog home; the owner rates the walker and
may tip. Owners can cancel (refunded at once); walker no-shows and dog-safety incidents are refunded after review.
Regular owners may buy the weekly plan (包周套餐: three 30-minute walks a week with a fixed walker, billed every four
weeks). History 2025-01-01 .. 2026-06-30 (the extract was taken in July 2026).

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

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 3600
GPS_BUG = (datetime(2025, 8, 11), datetime(2025, 9, 22))      # walker app 5.2.0: GPS drops on Android phones
PAY_BUG = (datetime(2026, 3, 2), datetime(2026, 3, 30))       # owner app 6.0.0: payment page crashes on iOS
OWNER_APP = [(datetime(2025, 1, 1), "5.8.3"), (datetime(2025, 6, 3), "5.9.0"), (datetime(2025, 11, 10), "5.9.4"),
             (datetime(2026, 3, 2), "6.0.0"), (datetime(2026, 3, 30), "6.0.1")]
WALKER_APP = [(datetime(2025, 1, 1), "5.1.2"), (datetime(2025, 8, 11), "5.2.0"), (datetime(2025, 9, 22), "5.2.1"),
              (datetime(2026, 1, 12), "5.3.0")]
HOLIDAYS = [(datetime(2025, 1, 22), datetime(2025, 2, 9)), (datetime(2025, 10, 1), datetime(2025, 10, 8)),
            (datetime(2026, 2, 10), datetime(2026, 2, 25)), (datetime(2026, 5, 1), datetime(2026, 5, 6))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_download", "下载注册", "App download & sign-up", "awareness", "app", "digital", "growth",
     "下载|注册|装app|新用户|拉新|download|sign up|signup|install|new user"),
    ("tp_dog_profile", "建狗狗档案", "Dog profile created", "consideration", "app", "digital", "product",
     "狗狗档案|宠物档案|建档|填狗狗信息|dog profile|pet profile|add my dog"),
    ("tp_book", "预约下单", "Booking submitted", "consideration", "app", "digital", "product",
     "预约|下单|约遛狗|约上门|booking|book a walk|book a visit|order"),
    ("tp_pay", "支付", "Payment", "purchase", "app", "digital", "finance",
     "支付|付款|付钱|买单|pay|payment|checkout|paid"),
    ("tp_match", "匹配遛狗师", "Walker matched", "service", "app", "digital", "dispatch",
     "匹配|派单|接单|分配遛狗师|找到遛狗师|match|matching|dispatch|walker assigned"),
    ("tp_cancel", "取消订单", "Booking cancelled", "service", "app", "digital", "dispatch",
     "取消|不约了|没人接单|cancel|cancellation|cancelled|no walker found"),
    ("tp_noshow", "遛狗师爽约", "Walker no-show", "service", "other", "physical", "walker_ops",
     "爽约|放鸽子|没来|遛狗师没来|no-show|no show|walker didn't come|stood up"),
    ("tp_pickup", "上门接狗", "Pickup at the door", "service", "other", "physical", "walker_ops",
     "接狗|上门|到门口|迟到|准时|pickup|pick-up|arrival|punctuality|late"),
    ("tp_gps", "实时轨迹", "Live GPS tracking", "service", "app", "digital", "product",
     "轨迹|定位|GPS|实时位置|遛狗路线|tracking|live map|route|location"),
    ("tp_photo", "遛狗照片", "Walk photos", "service", "app", "digital", "walker_ops",
     "照片|拍照|晒图|遛狗日记|photos|pictures|walk report|photo update"),
    ("tp_incident", "安全事件", "Safety incident", "service", "other", "physical", "safety",
     "意外|安全事件|脱绳|受伤|打架|误食|incident|accident|injury|off leash|dog fight"),
    ("tp_return", "送狗回家", "Dog returned home", "service", "other", "physical", "walker_ops",
     "送回|到家|服务完成|遛完|return|dropped off|walk finished|visit finished|completed"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance",
     "退款|退钱|赔付|补偿|refund|money back|compensation"),
    ("tp_rate", "评价遛狗师", "Walker rating", "loyalty", "app", "digital", "walker_ops",
     "评价|打分|评分|星级|rate|rating|review|stars"),
    ("tp_tip", "打赏", "Tip", "loyalty", "app", "digital", "finance",
     "打赏|小费|赏|tip|tips|tipping"),
    ("tp_subscribe", "开通包周套餐", "Weekly plan started", "loyalty", "app", "digital", "growth",
     "包周|周卡|套餐|订阅|包月|weekly plan|subscription|subscribe|plan"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新用户首单", "New owner first booking", ["tp_download", "tp_dog_profile", "tp_book", "tp_pay"], 14),
    ("fulfilment", "遛狗履约", "Walk / visit fulfilment", ["tp_pay", "tp_match", "tp_pickup", "tp_return"], 3),
    ("aftercare", "评价打赏", "Rating & tipping", ["tp_return", "tp_rate", "tp_tip"], 2),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 7),
    ("plan", "转化包周", "Convert to weekly plan", ["tp_return", "tp_subscribe"], 30),
]
CITIES = {  # en: zh, customer weight, walkers, median match minutes, en share
    "Shanghai": ("上海", 0.32, 44, 7.0, 0.16), "Beijing": ("北京", 0.25, 34, 9.0, 0.08),
    "Shenzhen": ("深圳", 0.18, 24, 8.0, 0.06), "Hangzhou": ("杭州", 0.13, 16, 10.0, 0.05),
    "Chengdu": ("成都", 0.12, 7, 38.0, 0.04),
}
CHANNELS = {  # en: zh, weight, p(profile | download), p(subscribe at a walk return)
    "xiaohongshu": ("小红书", 0.31, 0.70, 0.030), "douyin": ("抖音", 0.22, 0.40, 0.012),
    "app_store": ("应用商店", 0.17, 0.74, 0.025), "friend_referral": ("朋友推荐", 0.15, 0.90, 0.075),
    "pet_shop": ("宠物店合作", 0.15, 0.84, 0.045),
}
OWNER_TYPES = {  # en: zh, weight, service probs (walk_30, walk_60, home_visit), return prob, mean gap days, sub mult
    "office_worker": ("上班族", 0.48, (0.62, 0.28, 0.10), 0.86, 9.0, 1.4),
    "frequent_traveler": ("常出差", 0.18, (0.20, 0.15, 0.65), 0.80, 18.0, 0.5),
    "senior_owner": ("银发主人", 0.10, (0.15, 0.78, 0.07), 0.92, 4.5, 0.6),
    "first_time_owner": ("新手主人", 0.24, (0.50, 0.30, 0.20), 0.68, 14.0, 0.8),
}
BREEDS = [  # en, zh, size, weight
    ("Poodle (Teddy)", "泰迪", "small", 0.17), ("Bichon", "比熊", "small", 0.10), ("Pomeranian", "博美", "small", 0.07),
    ("Corgi", "柯基", "medium", 0.14), ("Shiba Inu", "柴犬", "medium", 0.09), ("Border Collie", "边牧", "medium", 0.08),
    ("Golden Retriever", "金毛", "large", 0.14), ("Labrador", "拉布拉多", "large", 0.09), ("Husky", "哈士奇", "large", 0.07),
    ("Samoyed", "萨摩耶", "large", 0.05),
]
SIZES = {"small": "小型犬", "medium": "中型犬", "large": "大型犬"}
SERVICES = {"walk_30": ("30分钟遛狗", 39.0), "walk_60": ("60分钟遛狗", 59.0), "home_visit": ("上门喂养", 69.0)}
PLAN_PRICE = 329.0
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "wallet": "钱包余额"}
LEVELS = {"rookie": "新手", "senior": "资深", "star": "金牌"}
AGENCIES = {"in_house": "自营", "lechong": "乐宠帮"}
INCIDENTS = {"leash_slip": "脱绳", "dog_fight": "狗狗打架", "injury": "受伤", "ate_something": "误食"}
REASONS = {"owner_cancelled": "用户取消", "no_walker": "无人接单", "walker_no_show": "遛狗师爽约",
           "safety_incident": "安全事件"}
ORDER_TYPES = {"walk": "遛狗单", "home_visit": "上门喂养单", "plan": "包周套餐", "tip": "打赏"}

# ---- feedback phrases: every phrase of a topic carries one of the topic's markers (gold.py counts by them) ----
TXT = {
    "late": (["遛狗师迟到了二十多分钟，狗狗在门口急得直转", "又迟到了，说好八点来的", "迟到半小时也没提前说一声",
              "每次都迟到，上班都要被拖晚了"],
             ["the walker showed up late again", "walker was 25 minutes late and never messaged",
              "always late, I had to wait before leaving for work"]),
    "gps": (["遛狗轨迹断了一大截，不知道狗被带去哪了", "实时轨迹一直不动，定位是不是坏了", "GPS轨迹只有十分钟，剩下的去哪了",
             "看不到遛狗路线，定位断断续续"],
            ["the GPS track stopped halfway through the walk", "live tracking froze for 20 minutes",
             "GPS route had a big gap, no idea where my dog was"]),
    "safety": (["狗狗脱绳跑了，吓死我了", "遛的时候和别的狗打架受伤了", "回来发现爪子受伤了，也没人告诉我",
                "狗狗在外面误食了东西，遛狗师没看住"],
               ["my dog slipped the leash and ran into the road", "my dog got into a fight and came back injured",
                "the walker let my dog eat something off the street"]),
    "no_photo": (["一张照片都没发，不知道到底遛没遛", "没发照片，遛狗日记是空的", "说好有照片的，结果一张照片都没有"],
                 ["no photos at all, how do I know the walk happened", "not a single photo in the walk report"]),
    "photo_love": (["拍了好多照片，看狗狗玩得超开心", "照片拍得太好了，每次都很期待", "遛狗师拍了好多照片还录了小视频"],
                   ["lovely photos of my corgi in the park", "so many cute photos, made my day"]),
    "no_show": (["遛狗师放鸽子，等了一个小时都没人来", "又被放鸽子了，狗憋了一天", "约好的人没来，放鸽子也不打招呼"],
                ["the walker was a no-show and nobody called me", "second no-show this month, my dog waited all day"]),
    "app_bug": (["付款的时候app闪退，点了好几次都付不了", "一到支付页面就闪退", "更新后支付一直闪退，只好换安卓手机下单"],
                ["the app crashes every time I try to pay", "payment screen crashes on my iPhone after the update"]),
    "refund_slow": (["爽约的退款三天了还没到账", "退款审核太慢了，客服只会说在处理", "出了事退款拖了好几天"],
                    ["still waiting for my refund, it has been three days", "refund review takes days, very slow"]),
    "price": (["价格有点贵，一次遛狗快六十", "上门喂养太贵了，过年还要加价", "大型犬还要加钱，太贵"],
              ["a bit expensive for a 30-minute walk", "holiday surcharge for home visits is too expensive"]),
    "care": (["遛狗师很专业，狗狗回来特别开心", "很负责，还帮忙擦了脚", "上门喂养很细心，猫粮狗粮都分好了，专业"],
             ["very professional walker, my dog adores her", "careful and professional, even wiped the paws"]),
}
GEN = {
    "pos": (["体验很好，会继续用", "方便省心，推荐给养狗的朋友", "整体满意"],
            ["great service, will book again", "easy and reliable", "really happy with it"]),
    "neu": (["还可以吧", "一般，没什么特别的", "中规中矩"], ["it was ok", "average, nothing special"]),
    "neg": (["不太满意", "体验很差，考虑换一家", "有点失望"], ["not satisfied", "disappointing, thinking of switching"]),
}
TOPIC_TP = {"late": "tp_pickup", "gps": "tp_gps", "safety": "tp_incident", "no_photo": "tp_photo",
            "photo_love": "tp_photo", "no_show": "tp_noshow", "app_bug": "tp_pay", "refund_slow": "tp_refund",
            "price": "tp_book", "care": "tp_return"}
NEG = {"late", "gps", "safety", "no_photo", "no_show", "app_bug", "refund_slow", "price"}
TOPIC_ORDER = ["safety", "no_show", "app_bug", "refund_slow", "gps", "late", "no_photo", "price", "photo_love", "care"]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    r = rng.random() * sum(weights)
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def version(table, t):
    v = table[0][1]
    for s, x in table:
        if t >= s:
            v = x
    return v


def holiday(t):
    return any(a <= t < b for a, b in HOLIDAYS)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers_out = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_s = self.n_plan = 0
        self.walkers = {}
        for city, (zh, _, n, _, _) in CITIES.items():
            ws = []
            for i in range(n):
                agency = "lechong" if rng.random() < (0.75 if city == "Beijing" else 0.22) else "in_house"
                level = pick(list(LEVELS), (0.35, 0.45, 0.20))
                ws.append(dict(walker_id=f"W{city[:2].upper()}{i + 1:03d}", walker_level=level, 遛狗师等级=LEVELS[level],
                               walker_agency=agency, 所属机构=AGENCIES[agency],
                               walker_os="android" if rng.random() < 0.55 else "ios"))
            self.walkers[city] = ws

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, s=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if s:
            row.update(s["common"])
        row.update(kw)
        self.events.append(row)
        if rng.random() < 0.0004:               # the tracker re-sends a few events (exact duplicates)
            self.events.append(dict(row))
        return True

    def order(self, c, t, amount, otype, s=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="app", device=c["device"], order_type=otype, 订单类型=ORDER_TYPES[otype],
                   session_id=s["id"] if s else None, city=c["city"], 城市=CITIES[c["city"]][0])
        if s:
            for k in ("service_type", "服务类型", "dog_size", "体型", "payment_method", "支付方式"):
                row[k] = s["common"].get(k)
        row.update(kw)
        row["currency"] = "CNY"
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, s=None, undated=False, no_customer=False, gen=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [pick(TXT[k][li], [1] * len(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(pick(GEN[gen][li], [1] * len(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((TOPIC_TP[k] for k in TOPIC_ORDER if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, session_id=s["id"] if s else None,
                   city=c["city"], 城市=CITIES[c["city"]][0])
        if s:
            for k in ("service_type", "服务类型", "walker_id", "walker_agency", "所属机构"):
                row[k] = s["common"].get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), gen=gen))

    # ---------- customers ----------
    def make_customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            growth = 0.5 + 1.0 * (d - START).days / 540
            days.append((d, growth * (1.6 if holiday(d + D(days=7)) else 1.0)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            otype = pick(list(OWNER_TYPES), [v[1] for v in OWNER_TYPES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            b = pick(BREEDS, [x[3] for x in BREEDS])
            self.cust.append(dict(customer_id=f"U{i + 1:05d}", signup=t, city=city, otype=otype, channel=ch,
                                  breed=b, size=b[2], device=pick(["ios", "android"], [0.52, 0.48]),
                                  en_share=CITIES[city][4], spend=0.0, n_done=0, first_pay=None, last_service=None,
                                  plan_until=None, walker=None, surveyed=False))

    # ---------- one walk / visit ----------
    def session(self, c, t_book, service, first=False, plan=None, fixed_walker=None):
        self.n_s += 1
        sid = f"S{self.n_s:06d}"
        city = c["city"]
        size = c["size"]
        dur = 30 if service == "walk_30" else (60 if service == "walk_60" else 45)
        if plan:
            sched = t_book
        else:
            lead_h = float(pick([2, 3, 5, 12, 20, 26, 44], [0.15, 0.15, 0.15, 0.2, 0.15, 0.12, 0.08]))
            sched = t_book + D(hours=lead_h)
            hour = sched.hour
            if service != "home_visit" and not (7 <= hour <= 9 or 17 <= hour <= 21):
                sched = datetime(sched.year, sched.month, sched.day, pick([7, 8, 18, 19, 20], [1] * 5), 0)
                if sched < t_book + D(hours=1):
                    sched += D(days=1)
        price = SERVICES[service][1] + (10.0 if size == "large" and service != "home_visit" else 0.0)
        if service == "home_visit" and holiday(sched):
            price *= 1.5
        pm = "plan" if plan else pick(list(PAY), (0.55, 0.30, 0.15))
        common = dict(service_type=service, 服务类型=SERVICES[service][0], dog_size=size, 体型=SIZES[size], city=city,
                      城市=CITIES[city][0], payment_method=pm, 支付方式=PAY.get(pm, "包周套餐"),
                      scheduled_start=ts(sched), duration_min=dur, plan_id=plan)
        s = dict(id=sid, common=common)
        owner = dict(device=c["device"], app_version=version(OWNER_APP, t_book))
        order = None
        if not plan:
            self.ev(c, t_book, "tp_book", sid, "submit", s, channel="app", amount=price, **owner)
            t_pay = t_book + D(minutes=float(rng.lognormal(np.log(1.5), 0.6)))
            p_pay = 0.91
            if c["device"] == "ios" and PAY_BUG[0] <= t_pay < PAY_BUG[1]:
                p_pay = 0.52
                if rng.random() < 0.35:
                    self.fb(c, t_pay + D(minutes=10), ["app_bug"], "app_store", rating=int(rng.choice([1, 1, 2])))
            if rng.random() > p_pay:
                return None
            if not self.ev(c, t_pay, "tp_pay", sid, "success", s, channel="app", amount=price, **owner):
                return None
            order = self.order(c, t_pay, price, "walk" if service != "home_visit" else "home_visit", s)
            c["spend"] += price
            if c["first_pay"] is None:
                c["first_pay"] = t_pay
            # owner cancels before the walker is matched / before the start
            if rng.random() < 0.05:
                t_c = t_pay + D(minutes=float(rng.uniform(3, 60)))
                self.ev(c, t_c, "tp_cancel", sid, "cancel", s, channel="app", refund_reason="owner_cancelled",
                        退款原因=REASONS["owner_cancelled"], **owner)
                self.refund(c, s, t_c + D(minutes=float(rng.uniform(1, 10))), price, order, "owner_cancelled")
                return dict(end=t_c, ok=False)
            # matching
            med = CITIES[city][3] * (1.8 if holiday(t_pay) else 1.0)
            p_nomatch = 0.11 if city == "Chengdu" else 0.015
            if rng.random() < p_nomatch:
                t_c = t_pay + D(minutes=float(rng.uniform(60, 120)))
                self.ev(c, t_c, "tp_cancel", sid, "no_walker", s, channel="app", refund_reason="no_walker",
                        退款原因=REASONS["no_walker"])
                self.refund(c, s, t_c + D(minutes=float(rng.uniform(1, 10))), price, order, "no_walker")
                return dict(end=t_c, ok=False)
            t_m = t_pay + D(minutes=float(rng.lognormal(np.log(med), 0.55)))
        else:
            t_m = sched - D(hours=12)
        walkers = self.walkers[city]
        w = fixed_walker or walkers[int(rng.integers(len(walkers)))]
        common.update({k: w[k] for k in ("walker_id", "walker_level", "遛狗师等级", "walker_agency", "所属机构",
                                         "walker_os")})
        wk = dict(device=w["walker_os"], walker_app_version=version(WALKER_APP, t_m))
        self.ev(c, t_m, "tp_match", sid, "auto_assign" if plan else "accepted", s, channel="app", **wk)
        # no-show
        p_ns = 0.085 if w["walker_agency"] == "lechong" else 0.012
        if rng.random() < p_ns:
            t_ns = sched + D(minutes=float(rng.uniform(20, 40)))
            self.ev(c, t_ns, "tp_noshow", sid, "no_show", s, channel="other", refund_reason="walker_no_show",
                    退款原因=REASONS["walker_no_show"])
            amt = price if not plan else round(PLAN_PRICE / 12, 2)
            t_r = t_ns + D(hours=float(rng.lognormal(np.log(26.0), 0.5)))
            self.refund(c, s, t_r, amt, order, "walker_no_show")
            if rng.random() < 0.5:
                self.fb(c, t_ns + D(minutes=float(rng.uniform(5, 90))), ["no_show"], "ticket", s=s)
            elif rng.random() < 0.3:
                self.fb(c, t_ns + D(hours=float(rng.uniform(1, 30))), ["no_show"], "call_note", s=s,
                        undated=rng.random() < 0.33)
            if (t_r - t_ns).total_seconds() > 48 * 3600 and rng.random() < 0.6:
                self.fb(c, t_ns + D(hours=48), ["refund_slow"], "ticket", s=s)
            return dict(end=t_ns, ok=False)
        # pickup
        late_med = 9.0 if w["walker_agency"] == "lechong" else 3.0
        if w["walker_level"] == "rookie":
            late_med += 2.0
        late = round(max(0.0, float(rng.lognormal(np.log(late_med), 0.8)) - 1.0), 1)
        t_p = sched + D(minutes=late)
        self.ev(c, t_p, "tp_pickup", sid, "picked_up" if service != "home_visit" else "arrived", s, channel="other",
                minutes_late=late, **wk)
        t = t_p
        gap = False
        incident = None
        if service != "home_visit":
            self.ev(c, t_p + D(minutes=1), "tp_gps", sid, "track_start", s, channel="app", **wk)
            p_gap = 0.03
            if w["walker_os"] == "android" and GPS_BUG[0] <= t_p < GPS_BUG[1]:
                p_gap = 0.40
            if rng.random() < p_gap:
                gap = True
                self.ev(c, t_p + D(minutes=dur * float(rng.uniform(0.2, 0.6))), "tp_gps", sid, "gps_gap", s,
                        channel="app", gps_gap_minutes=round(float(rng.uniform(6, dur * 0.8)), 1), **wk)
            p_inc = {"small": 0.005, "medium": 0.010, "large": 0.028}[size] * (2.0 if w["walker_level"] == "rookie"
                                                                                 else 1.0)
            if rng.random() < p_inc:
                incident = pick(list(INCIDENTS), (0.35, 0.3, 0.2, 0.15))
                t_i = t_p + D(minutes=dur * float(rng.uniform(0.3, 0.8)))
                self.ev(c, t_i, "tp_incident", sid, "reported", s, channel="other", incident_type=incident,
                        事件类型=INCIDENTS[incident], **wk)
        # photos
        p_photo = (0.62 if w["walker_agency"] == "lechong" else 0.93) * (1.0 if dur != 30 else 0.95)
        photo = rng.random() < p_photo
        t_end = t_p + D(minutes=dur + float(rng.uniform(-2, 6)))
        if photo:
            self.ev(c, t_p + D(minutes=dur * 0.7), "tp_photo", sid, "upload", s, channel="app",
                    photo_count=int(rng.integers(2, 9)), **wk)
        self.ev(c, t_end, "tp_return", sid, "returned" if service != "home_visit" else "visit_done", s,
                channel="other", **wk)
        c["n_done"] += 1
        c["last_service"] = t_end
        if incident:
            amt = price if not plan else round(PLAN_PRICE / 12, 2)
            t_r = t_end + D(hours=float(rng.lognormal(np.log(30.0), 0.6)))
            self.refund(c, s, t_r, amt, order, "safety_incident")
            if rng.random() < 0.7:
                self.fb(c, t_end + D(minutes=float(rng.uniform(10, 180))), ["safety"], "ticket", s=s)
            if rng.random() < 0.25:
                self.fb(c, t_end + D(days=float(rng.uniform(0.5, 5))), ["safety"], "xiaohongshu", s=s,
                        undated=rng.random() < 0.5)
        elif gap and rng.random() < 0.15:
            self.fb(c, t_end + D(minutes=30), ["gps"], "ticket", s=s)
        # rating
        topics = []
        stars = 4.7
        if late > 15:
            stars -= 1.6
            if rng.random() < 0.7:
                topics.append("late")
        if gap:
            stars -= 1.4
            if rng.random() < 0.75:
                topics.append("gps")
        if not photo:
            stars -= 0.8
            if rng.random() < 0.5:
                topics.append("no_photo")
        if incident:
            stars = 1.2
            topics = ["safety"]
        if rng.random() < 0.32:
            t_rate = t_end + D(minutes=float(rng.lognormal(np.log(40), 0.8)))
            star = int(np.clip(round(stars + rng.normal(0, 0.6)), 1, 5))
            if not topics:
                r = rng.random()
                if star >= 4 and photo and r < 0.25:
                    topics = ["photo_love"]
                elif star >= 4 and r < 0.55:
                    topics = ["care"]
                elif r < 0.62:
                    topics = ["price"]
            if self.ev(c, t_rate, "tp_rate", sid, "rate", s, channel="app", stars=star, **owner):
                gen = "pos" if star >= 4 else ("neu" if star == 3 else "neg")
                self.fb(c, t_rate, topics, "app_review", rating=star, s=s, gen=gen if not topics else None)
            # tip
            p_tip = (0.30 if photo else 0.05) if star >= 4 else 0.01
            if rng.random() < p_tip:
                tip = float(rng.choice([5, 10, 10, 20, 20, 50]))
                t_tip = t_rate + D(minutes=float(rng.uniform(0.5, 5)))
                if self.ev(c, t_tip, "tp_tip", sid, "tip", s, channel="app", tip_amount=tip, **owner):
                    self.order(c, t_tip, tip, "tip", s)
                    c["spend"] += tip
        # survey after the third service
        if c["n_done"] == 3 and not c["surveyed"] and rng.random() < 0.55:
            c["surveyed"] = True
            bad = late > 15 or gap or not photo or incident
            nps = int(np.clip(round(rng.normal(5.5 if bad else 8.6, 1.6)), 0, 10))
            stopics = [t_ for t_ in topics if t_ in ("late", "gps", "no_photo", "safety")][:1]
            if not stopics and nps >= 9 and rng.random() < 0.5:
                stopics = ["care"]
            self.fb(c, t_end + D(days=1, hours=float(rng.uniform(0, 12))), stopics, "survey", nps=nps, s=s,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        return dict(end=t_end, ok=True, walker=w, service=service)

    def refund(self, c, s, t, amount, order, reason):
        if self.ev(c, t, "tp_refund", s["id"], "refund", s, channel="app", refund_amount=round(amount, 2),
                   refund_reason=reason, 退款原因=REASONS[reason]):
            if order is not None:
                order["status"] = "refunded"
                order["refunded_at"] = ts(t)
                c["spend"] -= amount

    # ---------- a customer's life ----------
    def life(self, c):
        t = c["signup"]
        self.ev(c, t, "tp_download", None, "install", None, channel=c["channel"], device=c["device"],
                app_version=version(OWNER_APP, t))
        if rng.random() > CHANNELS[c["channel"]][2]:
            return
        t += D(hours=float(rng.lognormal(np.log(3), 1.2)))
        self.ev(c, t, "tp_dog_profile", None, "submit", None, channel="app", device=c["device"],
                app_version=version(OWNER_APP, t), dog_breed=c["breed"][0], 犬种=c["breed"][1], dog_size=c["size"],
                体型=SIZES[c["size"]])
        if rng.random() > 0.74:
            return
        t += D(hours=float(rng.lognormal(np.log(30), 1.0)))
        ot = OWNER_TYPES[c["otype"]]
        n = 0
        while t <= END:
            svc = pick(list(SERVICES), ot[2])
            if holiday(t + D(days=1)) and rng.random() < 0.7:
                svc = "home_visit"
            r = self.session(c, t, svc, first=(n == 0))
            n += 1
            if r is None:                               # never paid: may come back later
                if n == 1 and rng.random() < 0.5:
                    return
                t += D(days=float(rng.exponential(ot[4] * 1.5)) + 0.5)
                continue
            if r["ok"] and r["service"] != "home_visit" and c["plan_until"] is None:
                p_sub = CHANNELS[c["channel"]][3] * ot[5]
                if rng.random() < p_sub:
                    t_s = r["end"] + D(days=float(rng.exponential(7)) + 0.05)
                    self.plan(c, t_s, r["walker"])
                    if c["plan_until"] is not None:
                        t = c["plan_until"] + D(days=float(rng.exponential(10)))
                        if rng.random() < 0.5:
                            return
                        continue
            p_ret = ot[3] * (0.6 if not r["ok"] else 1.0)
            if rng.random() > p_ret:
                return
            gap = float(rng.exponential(ot[4])) + 0.3
            if holiday(r["end"] + D(days=gap + 2)) and rng.random() < 0.5:
                gap = max(0.3, gap - 2)
            t = r["end"] + D(days=gap, hours=float(rng.uniform(-3, 3)))
        return

    def plan(self, c, t, walker):
        if t > END:
            return
        self.n_plan += 1
        pid = f"PL{self.n_plan:05d}"
        s = dict(id=None, common=dict(plan_id=pid, service_type="walk_30", 服务类型=SERVICES["walk_30"][0],
                                      dog_size=c["size"], 体型=SIZES[c["size"]], city=c["city"],
                                      城市=CITIES[c["city"]][0], payment_method="wechat_pay", 支付方式="微信支付"))
        self.ev(c, t, "tp_subscribe", None, "subscribe", s, channel="app", device=c["device"],
                app_version=version(OWNER_APP, t), plan_price=PLAN_PRICE)
        periods = 1 + int(rng.geometric(0.38)) - 1
        start = datetime(t.year, t.month, t.day) + D(days=7 - t.weekday())       # next Monday
        c["plan_until"] = start
        for p in range(periods):
            t_bill = start + D(days=28 * p) - D(hours=2)
            if t_bill > END:
                break
            self.order(c, max(t, t_bill) if p == 0 else t_bill, PLAN_PRICE, "plan", s, plan_id=pid, period=p + 1,
                       service_type="walk_30", 服务类型=SERVICES["walk_30"][0], payment_method="wechat_pay",
                       支付方式="微信支付")
            c["spend"] += PLAN_PRICE
            for wk in range(4):
                for dow in (0, 2, 4):
                    day = start + D(days=28 * p + 7 * wk + dow, hours=8)
                    if day > END:
                        break
                    self.session(c, day, "walk_30", plan=pid, fixed_walker=walker)
            c["plan_until"] = start + D(days=28 * (p + 1))

    def holiday_visits(self):
        """owners going home for the holidays book daily home visits (上门喂养)."""
        for a, b in HOLIDAYS:
            for c in self.cust:
                if c["first_pay"] is None or c["first_pay"] > a or c["last_service"] is None \
                        or c["last_service"] < a - D(days=60):
                    continue
                if rng.random() > (0.6 if c["otype"] == "frequent_traveler" else 0.3):
                    continue
                first = a + D(days=int(rng.integers(0, max(1, (b - a).days - 3))))
                for k in range(int(rng.integers(2, 6))):
                    self.session(c, first + D(days=k, hours=-4), "home_visit")

    # ---------- extra feedback not tied to a service ----------
    def misc_feedback(self):
        paid = [c for c in self.cust if c["first_pay"] is not None]
        for _ in range(260):                                 # app store reviews
            c = paid[int(rng.integers(len(paid)))]
            t = c["first_pay"] + D(days=float(rng.uniform(0, 200)))
            r = rng.random()
            if r < 0.10:
                self.fb(c, t, ["app_bug"], "app_store", rating=int(rng.choice([1, 2])))
            elif r < 0.25:
                self.fb(c, t, ["price"], "app_store", rating=int(rng.choice([2, 3])))
            else:
                self.fb(c, t, [], "app_store", rating=int(rng.choice([4, 5, 5])), gen="pos")
        for _ in range(220):                                 # Xiaohongshu posts
            c = paid[int(rng.integers(len(paid)))]
            t = c["first_pay"] + D(days=float(rng.uniform(0, 120)))
            topics = [pick(["photo_love", "care", "price", "late"], (0.45, 0.3, 0.15, 0.1))]
            self.fb(c, t, topics, "xiaohongshu", undated=rng.random() < 0.5, no_customer=rng.random() < 0.1)
        for _ in range(120):                                 # hotline notes
            c = paid[int(rng.integers(len(paid)))]
            t = c["first_pay"] + D(days=float(rng.uniform(0, 150)))
            self.fb(c, t, [pick(["price", "late", "gps"], (0.5, 0.3, 0.2))], "call_note", undated=rng.random() < 0.33)

    def segments(self):
        for c in self.cust:
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["plan_until"] is not None and c["plan_until"] > END:
                seg = "subscriber"
            elif c["last_service"] is None or c["last_service"] < datetime(2026, 3, 1):
                seg = "at_risk"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            else:
                seg = "returning"
            sp = c["spend"]
            tier = "gold" if sp >= 1500 else ("silver" if sp >= 500 else "regular")
            self.customers_out.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                tier=tier, 会员等级={"regular": "普通会员", "silver": "银爪会员", "gold": "金爪会员"}[tier],
                owner_type=c["otype"], 主人类型=OWNER_TYPES[c["otype"]][0], dog_breed=c["breed"][0],
                犬种=c["breed"][1], dog_size=c["size"], 体型=SIZES[c["size"]], phone_os=c["device"],
                preferred_language="en" if c["en_share"] > 0.1 and rng.random() < c["en_share"] * 2 else "zh"))


def write(path: Path, rows, fields=None):
    if fields is None:
        fields = []
        for r in rows:
            for k in r:
                if k not in fields:
                    fields.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in fields})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.make_customers()
    for c in g.cust:
        g.life(c)
    g.holiday_visits()
    g.misc_feedback()
    g.segments()
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.orders.sort(key=lambda r: r["order_id"])
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for i, tp in enumerate(j[3])])
    write(out / "customers.csv", g.customers_out)
    write(out / "events.csv", g.events)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers_out)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, plans {g.n_plan}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
