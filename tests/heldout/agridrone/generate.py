"""飞农 FlyFarm: an agricultural drone spraying service (植保无人机飞防服务) in six provinces. A farmer, family farm,
grower or co-op finds us (Douyin ads, a farm-supply dealer's visit, a village WeChat group, a neighbour's referral),
asks for a quote in the mini program (亩数, crop), gets a per-亩 quote, pays a deposit (定金), the job is scheduled and
a pilot team (飞手队) assigned; rain can cancel the flight (the farmer reschedules, or gets the deposit back), the
pilots fly (early morning), sometimes come back to re-spray missed strips (补喷), the farmer confirms completion
(验收, auto-confirmed after 72 h), pays the balance (作业尾款) plus any pesticide add-on (药剂代购), rates the job, and
re-books next season.
Events 2025-01-01 .. 2026-07-31 (the extract was taken at the end of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261213
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 4500
PAY_BUG = (datetime(2025, 9, 1), datetime(2025, 9, 29))       # app 2.4.0: balance payment fails on Android
CHANGDE_UPGRADE = datetime(2026, 3, 1)                          # Changde team replaces its old T20 drones
DRIFT_SPRING = (datetime(2026, 4, 1), datetime(2026, 5, 31))    # windy spring in Henan
APP_VERSIONS = [(datetime(2025, 1, 1), "2.2.0"), (datetime(2025, 5, 6), "2.3.0"), (datetime(2025, 9, 1), "2.4.0"),
                (datetime(2025, 9, 29), "2.4.1"), (datetime(2026, 3, 16), "2.5.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解飞农", "Discover FlyFarm", "awareness", "ads", "digital", "marketing",
     "了解|刷到广告|抖音广告|经销商上门|群里看到|老乡介绍|discover|found us|first touch|lead"),
    ("tp_quote_request", "询价", "Quote request", "consideration", "mini_program", "digital", "sales",
     "询价|问价|报亩数|提交需求|quote request|ask for a price|enquiry"),
    ("tp_quote", "收到报价", "Quote sent", "consideration", "mini_program", "digital", "sales",
     "报价|出价|报价单|quote|quotation|price quote"),
    ("tp_deposit", "付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|下单|付定金|deposit|booking|order placed"),
    ("tp_schedule", "排期派单", "Job scheduled", "service", "other", "digital", "dispatch",
     "排期|派单|安排飞手|约时间|改期|schedule|dispatch|assigned a crew"),
    ("tp_rain_cancel", "下雨取消", "Rain cancellation", "service", "phone", "digital", "dispatch",
     "下雨取消|雨天取消|天气取消|取消作业|rain cancel|rained off|weather cancellation"),
    ("tp_refund", "退定金", "Deposit refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|deposit back|money back"),
    ("tp_fly", "飞防作业", "Spraying flight", "service", "other", "physical", "flight_ops",
     "飞防|打药|喷药|作业|飞手到场|spraying|flight|spray job|the crew came"),
    ("tp_respray", "补喷", "Re-spray", "service", "other", "physical", "flight_ops",
     "补喷|返工|重喷|re-spray|respray|rework|missed strips fixed"),
    ("tp_confirm", "验收确认", "Completion confirmed", "service", "mini_program", "digital", "flight_ops",
     "验收|确认完工|确认作业|confirm|completion|sign-off"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "mini_program", "digital", "it",
     "支付失败|付不了款|付款报错|payment failed|payment error|can't pay"),
    ("tp_pay", "付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|结账|付款|结算|balance|final payment|paid|settle"),
    ("tp_rate", "评价作业", "Job rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|rate|rating|review|stars"),
    ("tp_rebook", "下季再订", "Re-booked next season", "loyalty", "mini_program", "digital", "crm",
     "复购|再订|回头客|下季再来|rebook|repeat order|came back next season"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("quote", "询价下单", "Quote to deposit", ["tp_discover", "tp_quote_request", "tp_quote", "tp_deposit"], 14),
    ("job", "作业履约", "Job fulfilment", ["tp_deposit", "tp_fly", "tp_confirm", "tp_pay"], 30),
    ("rain", "雨天退定金", "Rain refund", ["tp_rain_cancel", "tp_refund"], 30),
    ("rebook", "下季复购", "Next-season rebooking", ["tp_pay", "tp_rebook"], 180),
]
PROVINCES = {  # en: zh, weight, crops {crop: weight}, median quote reply hours, rating bonus
    "Henan": ("河南", 0.27, {"wheat": 0.6, "corn": 0.4}, 2.5, 0.0),
    "Jiangsu": ("江苏", 0.18, {"rice": 0.6, "wheat": 0.4}, 2.0, 0.5),
    "Heilongjiang": ("黑龙江", 0.16, {"rice": 0.55, "soybean": 0.45}, 3.0, 0.0),
    "Hunan": ("湖南", 0.16, {"rice": 0.85, "citrus": 0.15}, 2.5, 0.0),
    "Xinjiang": ("新疆", 0.13, {"cotton": 0.85, "corn": 0.15}, 26.0, 0.0),
    "Guangxi": ("广西", 0.10, {"sugarcane": 0.6, "citrus": 0.4}, 3.0, 0.0),
}
CROPS = {  # en: zh, service price per 亩, pesticide add-on per 亩
    "wheat": ("小麦", 8, 12), "corn": ("玉米", 9, 14), "rice": ("水稻", 10, 15), "soybean": ("大豆", 8, 12),
    "cotton": ("棉花", 12, 18), "sugarcane": ("甘蔗", 15, 20), "citrus": ("柑橘", 25, 30),
}
TEAMS = {  # province: [(en, zh, weight, median arrival delay min)]
    "Henan": [("Zhoukou Team", "周口飞防队", 0.55, 12), ("Zhumadian Team", "驻马店飞防队", 0.45, 11)],
    "Jiangsu": [("Yancheng Team", "盐城飞防队", 0.5, 10), ("Huai'an Team", "淮安飞防队", 0.5, 12)],
    "Heilongjiang": [("Jiansanjiang Team", "建三江飞防队", 0.55, 52), ("Suihua Team", "绥化飞防队", 0.45, 13)],
    "Hunan": [("Changde Team", "常德飞防队", 0.55, 12), ("Yiyang Team", "益阳飞防队", 0.45, 11)],
    "Xinjiang": [("Shihezi Team", "石河子飞防队", 0.55, 14), ("Korla Team", "库尔勒飞防队", 0.45, 13)],
    "Guangxi": [("Nanning Team", "南宁飞防队", 0.5, 12), ("Chongzuo Team", "崇左飞防队", 0.5, 11)],
}
FTYPES = {  # en: zh, weight, median farm 亩, rebook base
    "smallholder": ("散户", 0.46, 40, 0.36), "large_grower": ("种植大户", 0.30, 350, 0.60),
    "family_farm": ("家庭农场", 0.12, 180, 0.55), "coop": ("合作社", 0.11, 1500, 0.75),
    "state_farm": ("国营农场", 0.01, 9000, 0.85),
}
CHANNELS = {  # en: zh, weight, p(quote request), p(deposit | quote), rebook factor, touchpoint channel
    "douyin_ad": ("抖音广告", 0.35, 0.40, 0.45, 0.6, "ads"),
    "dealer": ("农资经销商", 0.25, 0.85, 0.75, 1.0, "store"),
    "wechat_group": ("微信群", 0.22, 0.70, 0.62, 0.95, "social"),
    "referral": ("老乡介绍", 0.18, 0.85, 0.80, 1.05, "other"),
}
PAY = {"wechat_pay": "微信支付", "dealer_collect": "经销商代收"}
TIERS = {"regular": "普通会员", "silver": "银牌会员", "gold": "金牌会员"}
ORDER_ZH = {"deposit": "定金", "balance": "作业尾款", "pesticide": "药剂费"}
MONTH_W = [0.3, 0.45, 1.2, 1.5, 1.35, 1.2, 1.3, 1.0, 0.9, 0.5, 0.3, 0.25]

TXT = {  # topic: (zh texts, en texts); every text carries its topic's marker (see gold.py)
    "drift": (["药飘到隔壁地里了，邻居找上门", "风大还飞，飘药把旁边的菜苗烧了", "喷的时候药雾飘到路边鱼塘",
               "飘药太严重，隔壁大豆叶子都黄了"],
              ["the spray drifted onto my neighbour's field", "drift from your drone burned the vegetables next door",
               "too windy and the chemical drifted into the fish pond"]),
    "missed": (["地头漏喷了好几条", "有两行漏喷，还得补喷", "漏喷一大片，虫子还在"],
               ["several missed strips at the field edge", "they left missed strips and had to come back",
                "missed strips everywhere, pests still there"]),
    "late": (["飞手迟到了一个多小时", "说好六点到，迟到两个钟头，露水都干了", "飞手又迟到，耽误我一上午"],
             ["the pilot showed up late by over an hour", "crew came two hours late, dew was gone",
              "pilot was late again and wasted my morning"]),
    "payfail": (["付尾款一直支付失败", "小程序付不了款，试了三次", "安卓手机上支付失败好几回"],
                ["payment failed three times in the app", "could not pay the balance on my Android phone",
                 "the app says payment failed every time"]),
    "refund_slow": (["下雨取消了，定金十天了还没退", "退款太慢，经销商一直拖", "定金到现在还没退回来"],
                    ["rain cancelled the job and I am still waiting for my deposit",
                     "deposit refund is slow, the dealer keeps stalling", "two weeks on, still waiting for my deposit"]),
    "price": (["价格有点贵", "比别的飞防队一亩贵两块", "一亩收这么多太贵了"],
              ["a bit too expensive", "pricier than other spraying crews", "the price per mu is too expensive"]),
    "effect": (["防治效果不错，打得很匀", "打完三天虫子基本没了，效果很好", "效果好，比人工打药强多了"],
               ["great coverage, very even spraying", "pests gone in three days, great coverage",
                "much better than manual spraying, great coverage"]),
    "pilot_pro": (["飞手很专业，讲得清楚", "飞手小伙子很专业，还帮着看了病虫害"],
                  ["the pilot was very professional", "professional crew, explained everything"]),
    "app_good": (["小程序下单很方便", "在线下单方便，报价也快"], ["ordering in the app is easy", "easy to book in the app"]),
}
GEN = {"neg": (["不太满意", "希望改进"], ["not happy", "please fix this"]),
       "pos": (["下季还找你们", "推荐给村里人了"], ["will book again next season", "recommended you to friends"]),
       "neu": (["还行吧", "一般般"], ["it was okay", "average service"])}
NEG_TOPICS = {"drift", "missed", "late", "payfail", "refund_slow", "price"}
TOPIC_TP = [("drift", "tp_fly"), ("missed", "tp_respray"), ("late", "tp_fly"), ("payfail", "tp_pay_fail"),
            ("refund_slow", "tp_refund"), ("price", "tp_quote"), ("app_good", "tp_deposit"),
            ("effect", "tp_fly"), ("pilot_pro", "tp_fly")]


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def app_version(t):
    v = APP_VERSIONS[0][1]
    for d, name in APP_VERSIONS:
        if t >= d:
            v = name
    return v


def plum_rain(t, prov):
    return prov in ("Jiangsu", "Hunan") and (datetime(t.year, 6, 10) <= t < datetime(t.year, 7, 16))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0

    def ev(self, c, t, tp, sid, action, job=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="mini_program",
                   app_version=app_version(t))
        if job:
            row.update(job["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, job, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="dealer" if job["common"]["pay_method"] == "dealer_collect" else "mini_program",
                   device=c["device"], order_type=otype, 订单类型=ORDER_ZH[otype], job_id=job["id"])
        for k in ("province", "省份", "crop", "作物", "mu", "pilot_team", "飞手队", "pay_method", "支付方式"):
            row[k] = job["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, job=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = c["lang"] if rng.random() < 0.85 else "zh"
        if channel == "app_review" and rng.random() < 0.25:
            lang = "en"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        if lang == "en":
            parts = [x[0].upper() + x[1:] for x in parts]
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (gen == "pos" or bool(set(topics) & {"effect", "pilot_pro", "app_good"}))
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job["id"] if job else None)
        if job:
            for k in ("province", "省份", "crop", "作物", "pilot_team", "飞手队"):
                row[k] = job["common"][k]
        else:
            row["province"], row["省份"] = c["prov"], PROVINCES[c["prov"]][0]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="neg" if neg else ("pos" if pos else "neu")))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 7, 20):
            growth = 0.6 + 0.8 * (d - START).days / 565
            days.append((d, growth * MONTH_W[d.month - 1]))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(7, 22)))
            prov = pick(list(PROVINCES), [p[1] for p in PROVINCES.values()])
            ft = pick(list(FTYPES), [f[1] for f in FTYPES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            if ft == "state_farm":
                ch = pick(["dealer", "referral"], [0.6, 0.4])
            farm = float(FTYPES[ft][2] * np.exp(rng.normal(0, 0.45)))
            crops = PROVINCES[prov][2]
            en_p = 0.28 if ft in ("coop", "state_farm") or prov == "Xinjiang" else 0.08
            pm = "dealer_collect" if rng.random() < (0.7 if ch == "dealer" else 0.12) else "wechat_pay"
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", discover=t, prov=prov, ftype=ft, channel=ch, farm_mu=round(farm, 1),
                main_crop=pick(list(crops), list(crops.values())),
                age=pick(["18-30", "31-40", "41-50", "51-60", "61+"], [0.08, 0.22, 0.33, 0.27, 0.10]),
                device=pick(["android", "ios"], [0.84, 0.16]), lang="en" if rng.random() < en_p else "zh",
                pay_method=pm, spend=0.0, jobs=[], first_pay=None))

    # ---------- one job ----------
    def job(self, c, t0, rebook):
        self.n_job += 1
        jid = f"JOB{self.n_job:05d}"
        prov = c["prov"]
        crops = PROVINCES[prov][2]
        crop = c["main_crop"] if rng.random() < 0.6 else pick(list(crops), list(crops.values()))
        team = pick(TEAMS[prov], [x[2] for x in TEAMS[prov]])
        mu = round(max(5.0, c["farm_mu"] * float(rng.uniform(0.4, 1.0))), 1)
        price, pest = CROPS[crop][1], CROPS[crop][2]
        common = {"province": prov, "省份": PROVINCES[prov][0], "crop": crop, "作物": CROPS[crop][0], "mu": mu,
                  "pilot_team": team[0], "飞手队": team[1], "pay_method": c["pay_method"],
                  "支付方式": PAY[c["pay_method"]]}
        job = {"id": jid, "common": common}
        service = mu * price
        deposit = max(50.0, round(service * 0.2, -1))
        res = {"paid": False, "bad": set(), "score": None, "t_pay": None}
        t = t0
        if rebook:
            self.ev(c, t, "tp_rebook", jid, "rebook", job)
            t = t + D(minutes=float(rng.uniform(5, 180)))
        else:
            if not self.ev(c, t, "tp_quote_request", jid, "submit", job):
                return res
            med = PROVINCES[prov][3]
            t = t + D(hours=float(med * np.exp(rng.normal(0, 0.5))))
            if not self.ev(c, t, "tp_quote", jid, "quote_sent", job, amount=round(service, 2)):
                return res
            if rng.random() > CHANNELS[c["channel"]][3]:
                return res
            t = t + D(hours=float(rng.exponential(40) + 0.5))
        if not self.ev(c, t, "tp_deposit", jid, "success", job, amount=deposit):
            return res
        dep = self.order(c, t, deposit, "deposit", job)
        t_s = t + D(hours=float(rng.uniform(2, 20)))
        self.ev(c, t_s, "tp_schedule", jid, "dispatch", job)
        fly_day = datetime(t.year, t.month, t.day) + D(days=int(rng.integers(2, 9)))
        p_rain = 0.38 if plum_rain(fly_day, prov) else 0.06
        if rng.random() < p_rain:
            t_c = fly_day - D(hours=float(rng.uniform(2, 14)))
            if not self.ev(c, t_c, "tp_rain_cancel", jid, "cancel", job, cancel_reason="rain", 取消原因="下雨"):
                return res
            if rng.random() < 0.5:    # deposit back
                if c["pay_method"] == "dealer_collect":
                    t_r = t_c + D(days=float(rng.uniform(3, 8)))
                else:
                    t_r = t_c + D(minutes=float(rng.uniform(5, 180)))
                if self.ev(c, t_r, "tp_refund", jid, "refund", job, refund_amount=deposit):
                    if dep:
                        dep["status"] = "refunded"
                        dep["refunded_at"] = ts(t_r)
                    slow = (t_r - t_c) > D(days=2)
                    if slow and rng.random() < 0.6:
                        self.fb(c, t_c + D(days=2, hours=float(rng.uniform(0, 20))), ["refund_slow"], "ticket",
                                job=job)
                    if slow and rng.random() < 0.3:
                        r = int(np.clip(round(rng.normal(2.0, 0.7)), 1, 5))
                        self.fb(c, t_r + D(days=float(rng.uniform(1, 5))), ["refund_slow"], "call_note", rating=r,
                                job=job)
                    if slow and rng.random() < 0.12:
                        self.fb(c, t_r + D(days=1), ["refund_slow"], "wechat_group", job=job,
                                undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
                return res
            t_s2 = t_c + D(hours=float(rng.uniform(1, 10)))
            self.ev(c, t_s2, "tp_schedule", jid, "reschedule", job)
            fly_day = datetime(t_c.year, t_c.month, t_c.day) + D(days=int(rng.integers(2, 7)))
        # the flight
        delay = float(team[3] * np.exp(rng.normal(0, 0.45)))
        if team[0] == "Changde Team":
            model = "T20" if fly_day < CHANGDE_UPGRADE else "T50"
        else:
            model = pick(["T40", "T50", "P100"], [0.4, 0.35, 0.25])
        t_f = fly_day + D(hours=float(rng.uniform(5.5, 8.0))) + D(minutes=delay)
        if not self.ev(c, t_f, "tp_fly", jid, "done", job, drone_model=model, arrive_delay_min=round(delay, 1)):
            return res
        bad = set()
        p_drift = 0.025
        if prov == "Henan" and DRIFT_SPRING[0] <= t_f < DRIFT_SPRING[1] + D(days=1):
            p_drift = 0.24 if team[0] == "Zhoukou Team" else 0.06
        elif crop == "cotton":
            p_drift = 0.05
        if rng.random() < p_drift:
            bad.add("drift")
        if delay > 40 and rng.random() < 0.7:
            bad.add("late")
        t = t_f
        if rng.random() < (0.2 if model == "T20" else 0.04):
            bad.add("missed")
            t = t_f + D(days=float(rng.uniform(1, 3)))
            self.ev(c, t, "tp_respray", jid, "respray", job, drone_model=model)
        if rng.random() < 0.85:
            t = t + D(hours=float(rng.uniform(2, 60)))
            ok = self.ev(c, t, "tp_confirm", jid, "confirm", job)
        else:
            t = t + D(hours=72)
            ok = self.ev(c, t, "tp_confirm", jid, "auto_confirm", job)
        if not ok:
            return res
        # balance payment
        if rng.random() < (0.12 if bad & {"drift", "missed"} else 0.01):
            self.order(c, t + D(days=10), service - deposit, "balance", job, status="cancelled")
            self.fb(c, t + D(days=float(rng.uniform(1, 6))), sorted(bad), "ticket", job=job)
            return res
        t_p = t + D(hours=float(rng.exponential(20) + 0.2))
        bug = PAY_BUG[0] <= t_p < PAY_BUG[1]
        p_fail = 0.45 if (bug and c["device"] == "android") else 0.03
        if c["pay_method"] == "wechat_pay" and rng.random() < p_fail:
            self.ev(c, t_p, "tp_pay_fail", jid, "fail", job, error_code="PAY_SDK_TIMEOUT" if bug else "NETWORK")
            bad.add("payfail")
            t_p = t_p + D(hours=float(rng.uniform(1, 48)))
        if not self.ev(c, t_p, "tp_pay", jid, "success", job, amount=round(service - deposit, 2)):
            return res
        total = deposit + service - deposit
        self.order(c, t_p, service - deposit, "balance", job)
        if rng.random() < 0.45:
            self.order(c, t_p, mu * pest, "pesticide", job)
            total += mu * pest
        c["spend"] += total
        c["first_pay"] = c["first_pay"] or t_p
        c["jobs"].append(t_p)
        res.update(paid=True, bad=bad, t_pay=t_p)
        # experience and feedback
        score = 4.55 + PROVINCES[prov][4] - 2.0 * ("drift" in bad) - 1.6 * ("missed" in bad) - 1.1 * ("late" in bad) \
            - 0.8 * ("payfail" in bad) + float(rng.normal(0, 0.55))
        res["score"] = score
        rating = int(np.clip(round(score), 1, 5))

        def topics_for(p_keep=0.85):
            tps = [k for k in ("drift", "missed", "late", "payfail") if k in bad and rng.random() < p_keep]
            if not tps and rating >= 4 and rng.random() < 0.5:
                tps = [pick(["effect", "pilot_pro", "app_good"], [0.55, 0.3, 0.15])]
            if rng.random() < 0.06:
                tps.append("price")
            return tps

        if rng.random() < (0.65 if bad else 0.42):
            t_r = t_p + D(hours=float(rng.uniform(1, 72)))
            if self.ev(c, t_r, "tp_rate", jid, "rate", job, stars=rating):
                self.fb(c, t_r, topics_for(), "mini_program_review", rating=rating, job=job)
        if c["ftype"] in ("coop", "large_grower", "state_farm") and rng.random() < 0.3:
            r = int(np.clip(round(score + rng.normal(0, 0.4)), 1, 5))
            self.fb(c, t_p + D(days=float(rng.uniform(3, 10))), topics_for(0.7), "call_note", rating=r, job=job)
        if rng.random() < 0.22:
            nps = int(np.clip(round(score * 2 + rng.normal(0, 1.2)), 0, 10))
            self.fb(c, t_p + D(days=14, hours=float(rng.uniform(0, 30))), topics_for(0.5), "survey", nps=nps, job=job,
                    tp="tp_rate")
        if rng.random() < (0.1 if bad else 0.02):
            self.fb(c, t_p + D(days=float(rng.uniform(0, 4))), topics_for(0.9), "wechat_group", job=job,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        if "drift" in bad and rng.random() < 0.6:
            self.fb(c, t_f + D(days=float(rng.uniform(1, 4))), ["drift"], "ticket", job=job)
        if "payfail" in bad:
            if rng.random() < 0.35:
                self.fb(c, t_p - D(minutes=30), ["payfail"], "ticket", job=job)
            if rng.random() < 0.4:
                self.fb(c, t_p + D(hours=2), ["payfail"], "app_review", rating=int(rng.integers(1, 3)), job=job)
        elif rng.random() < 0.03:
            self.fb(c, t_p + D(hours=5), ["app_good"], "app_review", rating=int(rng.integers(4, 6)), job=job)
        return res

    def run(self):
        self.customers()
        for c in self.cust:
            t = c["discover"]
            ch = CHANNELS[c["channel"]]
            self.ev(c, t, "tp_discover", None, "view", channel=ch[5], acquisition_source=c["channel"])
            if rng.random() > ch[2]:
                continue
            t = t + D(hours=float(rng.exponential(30) + 0.2))
            rebook = False
            while t <= END:
                res = self.job(c, t, rebook)
                if not res["paid"]:
                    break
                p = FTYPES[c["ftype"]][3] * ch[4]
                for k, f in (("drift", 0.4), ("missed", 0.6), ("late", 0.75), ("payfail", 0.9)):
                    if k in res["bad"]:
                        p *= f
                if rng.random() > p:
                    break
                g = float(rng.uniform(45, 200))
                t = res["t_pay"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(7, 21)))
                rebook = True

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "gold" if spend >= 20000 else "silver" if spend >= 3000 else "regular"
            v = c["jobs"]
            if not v:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 5, 1):
                seg = "new"
            elif v[-1] < datetime(2025, 10, 1):
                seg = "at_risk"
            elif len(v) >= 4:
                seg = "loyal"
            elif len(v) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["prov"],
                             省份=PROVINCES[c["prov"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier], farmer_type=c["ftype"],
                             农户类型=FTYPES[c["ftype"]][0], main_crop=c["main_crop"], 主要作物=CROPS[c["main_crop"]][0],
                             farm_size_mu=c["farm_mu"], age_band=c["age"], phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "acquisition_source", "province", "省份", "crop", "作物", "mu", "pilot_team", "飞手队",
           "pay_method", "支付方式", "amount", "drone_model", "arrive_delay_min", "cancel_reason", "取消原因",
           "refund_amount", "error_code", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "province", "省份", "crop", "作物", "mu", "pilot_team", "飞手队", "pay_method", "支付方式", "refunded_at",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "province", "省份", "crop", "作物", "pilot_team", "飞手队"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "省份", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "farmer_type", "农户类型", "main_crop", "主要作物", "farm_size_mu", "age_band", "phone_os",
             "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
