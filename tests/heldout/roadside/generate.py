"""道援 RoadAid: a roadside-assistance and towing company in seven Chinese cities, with some English-speaking expat
customers. A driver finds us (app store, search ads, a partner insurer, a car dealer, a friend, an expat community),
may look at the membership plans (畅行卡 Basic 198 CNY/yr, 尊享卡 Premium 398 CNY/yr) and join, and calls for help
when the car breaks down: through the app, the WeChat mini program, the 24 h hotline or their insurer's assistance
line. A dispatcher assigns the case to a subcontracted rescue provider, the technician drives out (battery jump 搭电,
tyre change 换胎, lockout 开锁, fuel delivery 送油, or a tow truck 拖车), fixes the car on the spot or tows it to a
repair shop (handover), the driver pays (per-call fee for non-members, tow mileage surcharge beyond the included
kilometres) and rates the service; members get a renewal reminder 15 days before their year runs out.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
N_CUST = 6000
GPS_BUG = (datetime(2025, 8, 11), datetime(2025, 9, 15))       # app 5.3.0 on Android: location lookup fails
COLD_SNAP = (datetime(2025, 12, 1), datetime(2026, 3, 1))       # Beijing winter: dead batteries, overloaded trucks
EN_HOTLINE = datetime(2026, 3, 1)                              # English-speaking hotline agents from this day
XIAN_OPEN = datetime(2026, 4, 1)
RMAX = 5.0                                                     # thinning bound for breakdowns per customer-year
HOURS = [1, 1, 1, 1, 1, 2, 3, 5, 7, 6, 5, 5, 5, 5, 5, 6, 7, 8, 7, 5, 4, 3, 2, 1]
APP_VERSIONS = [(datetime(2025, 1, 1), "5.1.0"), (datetime(2025, 5, 20), "5.2.0"), (datetime(2025, 8, 11), "5.3.0"),
                (datetime(2025, 9, 15), "5.3.1"), (datetime(2026, 4, 8), "5.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解道援", "Discover RoadAid", "awareness", "ads", "digital", "marketing",
     "了解|下载App|首次接触|看到广告|保险公司推荐|discover|first touch|install|found us"),
    ("tp_plan_view", "查看会员权益", "Membership plans viewed", "consideration", "app", "digital", "growth",
     "会员权益|看会员|套餐页|畅行卡|尊享卡|plans page|membership plans|pricing"),
    ("tp_member_buy", "开通会员", "Membership purchased", "purchase", "app", "digital", "growth",
     "开通会员|办会员|买会员|入会|join|sign up for membership|buy membership|membership purchase"),
    ("tp_request", "发起救援", "Assistance requested", "service", "other", "digital", "call_center",
     "报修|求助|叫救援|叫拖车|报案|打热线|request|call for help|breakdown call|assistance request"),
    ("tp_locate_fail", "定位失败", "Location lookup failed", "service", "app", "digital", "it",
     "定位失败|定位不准|位置不对|GPS failed|location error|can't find location"),
    ("tp_dispatch", "派单", "Case dispatched", "service", "other", "digital", "dispatch",
     "派单|调度|分派|接单|dispatch|assigned|dispatched"),
    ("tp_cancel", "取消救援", "Request cancelled", "service", "app", "digital", "call_center",
     "取消|不要了|自己修好了|cancel|cancelled|called off"),
    ("tp_arrive", "师傅到场", "Technician on scene", "service", "other", "physical", "field_ops",
     "到场|到达现场|师傅到了|拖车到了|arrival|arrived|on scene|ETA"),
    ("tp_fix", "现场修复", "Fixed on the spot", "service", "other", "physical", "field_ops",
     "现场修复|搭电|换胎|开锁|送油|修好了|jump start|tyre change|tire change|lockout|fuel delivery|fixed"),
    ("tp_tow", "拖车", "Towed", "service", "other", "physical", "field_ops",
     "拖车|拖走|拖到|tow|towing|tow truck|flatbed"),
    ("tp_handover", "交接维修厂", "Handed over to repair shop", "service", "other", "physical", "partner_ops",
     "交车|交接|送修|到修理厂|4S店|handover|repair shop|garage|drop-off"),
    ("tp_pay", "支付费用", "Fee paid", "purchase", "app", "digital", "finance",
     "付款|支付|救援费|超公里费|pay|payment|fee|surcharge"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|免单|refund|money back|refunded"),
    ("tp_rate", "服务评价", "Service rated", "loyalty", "app", "digital", "quality",
     "评价|打分|评分|rate|rating|review|stars"),
    ("tp_renew_remind", "续费提醒", "Renewal reminder", "loyalty", "app", "digital", "crm",
     "续费提醒|到期提醒|renewal reminder|expiry notice"),
    ("tp_renew", "会员续费", "Membership renewed", "loyalty", "app", "digital", "crm",
     "续费|续会员|续卡|renewal|renew|renewed"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("join", "开通会员", "Join membership", ["tp_discover", "tp_plan_view", "tp_member_buy"], 14),
    ("rescue", "救援到场", "Roadside rescue", ["tp_request", "tp_dispatch", "tp_arrive"], 1),
    ("tow", "拖车送修", "Tow to repair shop", ["tp_tow", "tp_handover"], 2),
    ("renewal", "会员续费", "Membership renewal", ["tp_renew_remind", "tp_renew"], 30),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 14),
]
CITIES = {  # en: zh, signup weight, expat share, median minutes dispatch -> on scene
    "Shanghai": ("上海", 0.25, 0.16, 30.0), "Beijing": ("北京", 0.22, 0.12, 33.0),
    "Shenzhen": ("深圳", 0.15, 0.10, 28.0), "Guangzhou": ("广州", 0.12, 0.03, 31.0),
    "Chengdu": ("成都", 0.13, 0.03, 36.0), "Hangzhou": ("杭州", 0.13, 0.04, 29.0),
    "Xi'an": ("西安", 0.0, 0.02, 30.0),
}
PROVIDERS = {  # city -> [(zh, en, weight, speed factor, tow damage prob)]
    "Shanghai": [("沪安救援", "Hu'an Rescue", 0.55, 1.0, 0.008), ("速达拖车", "Suda Towing", 0.45, 1.75, 0.07)],
    "Beijing": [("京通救援", "Jingtong Rescue", 0.6, 1.0, 0.01), ("北辰拖车", "Beichen Towing", 0.4, 1.05, 0.012)],
    "Shenzhen": [("鹏城道路救援", "Pengcheng Road Rescue", 1.0, 1.0, 0.01)],
    "Guangzhou": [("羊城救援", "Yangcheng Rescue", 1.0, 1.0, 0.01)],
    "Chengdu": [("蓉畅救援", "Rongchang Rescue", 1.0, 1.0, 0.01)],
    "Hangzhou": [("钱江救援", "Qianjiang Rescue", 1.0, 1.0, 0.008)],
    "Xi'an": [("长安救援", "Chang'an Rescue", 1.0, 2.3, 0.015)],
}
CHANNELS = {  # en: zh, weight (zh-speaking customers), p plans viewed, p buy after viewing, p first touch = breakdown
    "app_store": ("应用商店", 0.24, 0.55, 0.36, 0.45),
    "search_ads": ("搜索广告", 0.18, 0.45, 0.30, 0.55),
    "insurer": ("保险公司合作", 0.26, 0.22, 0.12, 0.85),
    "car_dealer": ("4S店推荐", 0.16, 0.65, 0.48, 0.15),
    "referral": ("朋友推荐", 0.16, 0.70, 0.52, 0.30),
    "expat_community": ("外籍社区", 0.0, 0.62, 0.42, 0.35),
}
INSURERS = {"pingan": ("平安产险", 0.45), "picc": ("人保财险", 0.35), "cpic": ("太保产险", 0.20)}
SERVICES = {  # en: zh, base weight, per-call fee, tech fix success
    "battery": ("搭电", 0.28, 150, 0.9), "tyre": ("换胎", 0.22, 180, 0.9), "lockout": ("开锁", 0.10, 200, 0.95),
    "fuel": ("送油", 0.06, 120, 0.98), "tow": ("拖车", 0.34, 300, 0.0)}
PLANS = {"basic": ("畅行卡", 198, 50), "premium": ("尊享卡", 398, 150)}      # zh, price per year, tow km included
INCLUDED_KM = {"pay_per_call": 20, "insurer": 30, "basic": 50, "premium": 150}
COVERAGE_ZH = {"pay_per_call": "单次付费", "insurer": "保险公司承保", "basic": "畅行卡会员", "premium": "尊享卡会员"}
REQ_CH = {"app": ("App", "app"), "mini_program": ("微信小程序", "mini_program"), "hotline": ("客服热线", "phone"),
          "insurer": ("保险公司转接", "other")}
VEHICLES = {"sedan": ("轿车", 0.5), "suv": ("SUV", 0.32), "ev": ("新能源车", 0.14), "van": ("商务车", 0.04)}
ORDER_ZH = {"membership": "会员年费", "renewal": "会员续费", "call_out_fee": "单次救援费", "tow_surcharge": "超公里费"}
REFUND_ZH = {"customer_cancelled": "客户取消", "late_arrival": "超时免单", "cooling_off": "会员七天无理由"}
PAYM = {"wechat_pay": "微信支付", "alipay": "支付宝", "card": "银行卡"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "slow_arrival": (["等了一个多小时师傅才到", "说好四十分钟，结果等到天黑才来", "在路边干等，拖车迟迟不到", "高速上等了快两个小时才到，太危险了"],
                     ["waited over an hour for the truck", "the tow truck took forever to show up",
                      "stuck on the roadside for ages before anyone came"]),
    "locate_fail": (["App定位不准，师傅跑错了地方", "定位一直失败，只好打电话报位置", "App里定位转圈圈，半天提交不了"],
                    ["the app couldn't get my location", "GPS location was wrong and the driver went to the wrong exit"]),
    "tow_damage": (["拖车的时候把我的保险杠刮了", "车被拖坏了，底盘刮花了", "上板的时候把轮毂刮了，还不认账"],
                   ["they scratched my bumper while loading it", "my wheel rim got scratched on the flatbed"]),
    "surcharge": (["超公里费太贵了，事先也没说清楚", "拖到4S店多收了好几百超公里费", "超公里费一公里十块，早知道不叫了"],
                  ["the mileage surcharge was a nasty surprise", "nobody told me about the per-km surcharge before towing"]),
    "no_english": ([],
                   ["the hotline operator couldn't speak English", "no English support on the hotline, my colleague had to translate",
                    "hard to explain where I was, nobody on the phone spoke English"]),
    "insurer_slow": (["保险公司那边转过来又等了半天才派单", "从保险公司报案到派单太慢了", "打了保险公司电话，派单拖了二十多分钟"],
                     ["the insurer's line took ages to pass my case on", "slow handover from my insurance company's call centre"]),
    "fast": (["师傅来得很快", "二十分钟就到了，速度很快", "来得很快，出乎意料"],
             ["the technician got here really quickly", "arrived within twenty minutes, super quick"]),
    "pro": (["师傅很专业也很耐心", "师傅态度好又专业", "搭电的师傅很专业，还帮我检查了电瓶"],
            ["friendly and professional technician", "very professional, explained everything"]),
    "auto_renew": (["会员自动续费了也没提前通知", "没收到提醒就扣了续费的钱", "自动续费要退，客服推来推去"],
                   ["auto-renewed my membership without any notice", "charged me for a renewal I didn't agree to"]),
}
GEN = {
    "pos": (["整体满意，下次还找道援", "服务不错，点赞", "问题解决了，谢谢", "会推荐给朋友"],
            ["great service overall, would use again", "problem solved, thanks", "good experience overall"]),
    "neu": (["还行吧", "一般般，问题解决了", "中规中矩"],
            ["it was ok", "average, nothing special"]),
    "neg": (["体验很差", "不太满意，希望改进", "这次体验挺失望的"],
            ["really disappointing experience", "not happy with the service"]),
}
TOPIC_TP = [("locate_fail", "tp_locate_fail"), ("insurer_slow", "tp_dispatch"), ("no_english", "tp_request"),
            ("tow_damage", "tp_tow"), ("surcharge", "tp_pay"), ("auto_renew", "tp_renew"),
            ("slow_arrival", "tp_arrive"), ("fast", "tp_arrive"), ("pro", "tp_fix")]
NEG_TOPICS = {"slow_arrival", "locate_fail", "tow_damage", "surcharge", "no_english", "insurer_slow", "auto_renew"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 20) <= d < datetime(2025, 2, 10) or datetime(2026, 2, 9) <= d < datetime(2026, 3, 2):
        return 1.9                                  # Spring Festival travel rush
    if datetime(2025, 10, 1) <= d < datetime(2025, 10, 8):
        return 2.2                                  # National Day golden week road trips
    if d.month in (7, 8):
        return 1.25                                 # summer: heat, tyre blow-outs
    return 1.0


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_case = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, case=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, city=c["city"], 城市=CITIES[c["city"]][0])
        if case:
            row.update(case)
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, channel, case=None, **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"RA{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status="paid", channel=channel, device=c["os"] if channel in ("app", "mini_program") else None,
                   order_type=otype, 订单类型=ORDER_ZH[otype], city=c["city"], 城市=CITIES[c["city"]][0],
                   payment_method=c["paym"], 支付方式=PAYM[c["paym"]], currency="CNY")
        if case:
            for k in ("case_id", "service_type", "服务类型", "coverage", "保障类型", "road_type", "道路类型"):
                row[k] = case.get(k)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, case=None, undated=False, gen=None,
           no_customer=False, force_lang=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = force_lang or c["lang"]
        if lang == "zh" and "no_english" in topics:
            lang = "en"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts)
        text = text[0].upper() + text[1:] if lang == "en" else text
        text = text + ("。" if lang == "zh" else ".")
        if channel == "call_note":
            text = ("客户来电反映：" if lang == "zh" else "Caller said: ") + text
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (bool({"fast", "pro"} & set(topics)) or gen == "pos")
        senti = "neg" if neg else ("pos" if pos else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, city=c["city"], 城市=CITIES[c["city"]][0])
        if case:
            for k in ("case_id", "service_type", "服务类型", "provider", "provider_en", "request_channel", "求助渠道"):
                row[k] = case.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 8, 25):
            growth = 0.6 + 0.8 * (d - START).days / 600
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(6, 23.8)))
            cities = list(CITIES)
            cw = [CITIES[x][1] for x in cities]
            if t >= XIAN_OPEN:
                cw[cities.index("Xi'an")] = 0.05
            city = pick(cities, cw)
            lang = "en" if rng.random() < CITIES[city][2] else "zh"
            chs = list(CHANNELS)
            if lang == "en":
                chw = [0.22, 0.10, 0.12, 0.12, 0.14, 0.30]
            else:
                chw = [CHANNELS[x][1] for x in chs]
            ch = pick(chs, chw)
            ins = pick(list(INSURERS), [v[1] for v in INSURERS.values()]) if ch == "insurer" else None
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", discover=t, city=city, lang=lang, channel=ch, insurer=ins,
                vehicle=pick(list(VEHICLES), [v[1] for v in VEHICLES.values()]),
                os=pick(["ios", "android"], [0.62, 0.38] if lang == "en" else [0.42, 0.58]),
                paym="card" if (lang == "en" and rng.random() < 0.5) else pick(["wechat_pay", "alipay"], [0.7, 0.3]),
                car_age=pick(["0-2", "3-5", "6-9", "10+"], [0.25, 0.35, 0.27, 0.13]),
                memberships=[], cases=0, ever_member=False, ren_k=0, used_in={},
                bad_in={}))

    def is_member(self, c, t):
        for (a, b, plan) in c["memberships"]:
            if a <= t < b:
                return plan
        return None

    # ---------- membership ----------
    def join(self, c, t_view):
        ch = CHANNELS[c["channel"]]
        self.ev(c, t_view, "tp_plan_view", None, "view", device=c["os"], channel="app",
                app_version=app_version(t_view))
        if rng.random() > ch[3]:
            return
        if rng.random() < 0.85:
            t_buy = t_view + D(hours=float(min(300, rng.exponential(30) + 0.1)))
        else:
            t_buy = t_view + D(days=float(rng.uniform(15, 40)))     # came back much later: outside the 14-day window
        if t_buy > END:
            return
        plan = "premium" if rng.random() < (0.5 if c["channel"] == "car_dealer" else 0.28) else "basic"
        self.ev(c, t_buy, "tp_member_buy", None, "purchase", device=c["os"], channel="app", plan=plan,
                会员卡=PLANS[plan][0], amount=PLANS[plan][1], app_version=app_version(t_buy))
        o = self.order(c, t_buy, PLANS[plan][1], "membership", "app", plan=plan, 会员卡=PLANS[plan][0])
        if rng.random() < 0.04:                                         # 7-day cooling-off refund
            t_r = t_buy + D(days=float(rng.uniform(0.5, 6.5)))
            if t_r <= END:
                self.ev(c, t_r, "tp_refund", None, "refund", channel="app", refund_amount=PLANS[plan][1],
                        refund_reason="cooling_off", 退款原因=REFUND_ZH["cooling_off"], plan=plan, 会员卡=PLANS[plan][0])
                o["status"], o["refunded_at"], o["refund_reason"] = "refunded", ts(t_r), "cooling_off"
                return
        c["ever_member"] = True
        c["memberships"].append([t_buy, t_buy + D(days=365), plan])

    def renewals(self, c, until):
        """reminders 15 days before each membership year ends (processed in time order); renewal adds a year."""
        while c["ren_k"] < len(c["memberships"]):
            k = c["ren_k"]
            a, b, plan = c["memberships"][k]
            t_rem = b - D(days=15)
            if t_rem > until:
                return
            c["ren_k"] += 1
            if t_rem > END:
                continue
            self.ev(c, t_rem, "tp_renew_remind", None, "push", device=c["os"], channel="app", plan=plan,
                    会员卡=PLANS[plan][0])
            used = c["used_in"].get(k, 0)
            bad = c["bad_in"].get(k, 0)
            p = 0.72 if used else 0.42
            if bad:
                p -= 0.25
            if plan == "premium":
                p += 0.1
            if rng.random() > p:
                continue
            if rng.random() < 0.07:
                t_n = t_rem + D(days=float(rng.uniform(31, 50)))          # renewed late, after lapsing
            else:
                t_n = t_rem + D(days=float(rng.uniform(0.1, 24)))
            if t_n > END:
                continue
            auto = rng.random() < 0.35
            self.ev(c, t_n, "tp_renew", None, "auto_renew" if auto else "renew", device=c["os"], channel="app",
                    plan=plan, 会员卡=PLANS[plan][0], amount=PLANS[plan][1])
            self.order(c, t_n, PLANS[plan][1], "renewal", "app", plan=plan, 会员卡=PLANS[plan][0])
            if auto and rng.random() < 0.22:
                self.fb(c, t_n + D(days=float(rng.uniform(0.2, 5))), ["auto_renew"], "ticket")
            start = max(b, t_n)
            c["memberships"].append([start, start + D(days=365), plan])

    # ---------- one breakdown case ----------
    def case(self, c, t_req):
        if t_req > END:
            return
        self.n_case += 1
        cid = f"CS{self.n_case:06d}"
        city = c["city"]
        plan = self.is_member(c, t_req)
        if plan:
            cov = plan
        elif c["channel"] == "insurer":
            cov = "insurer"
        else:
            cov = "pay_per_call"
        # how they reach us
        if cov == "insurer" or (c["channel"] == "insurer" and rng.random() < 0.5):
            rch = "insurer"
        elif c["lang"] == "en":
            rch = pick(["app", "hotline"], [0.55, 0.45])
        else:
            rch = pick(["app", "mini_program", "hotline"], [0.5, 0.2, 0.3])
        dev = c["os"] if rch in ("app", "mini_program") else None
        # what broke
        sw = {k: v[1] for k, v in SERVICES.items()}
        if city == "Beijing" and COLD_SNAP[0] <= t_req < COLD_SNAP[1]:
            sw["battery"] *= 3.0
        if t_req.month in (7, 8):
            sw["tyre"] *= 1.6
        if c["vehicle"] == "ev":
            sw["fuel"] = 0.0
        svc = pick(list(sw), list(sw.values()))
        highway = rng.random() < (0.45 if season(t_req) > 1.5 else 0.22)
        prov = pick(PROVIDERS[city], [p[2] for p in PROVIDERS[city]])
        night = t_req.hour >= 22 or t_req.hour < 6
        case = dict(case_id=cid, service_type=svc, 服务类型=SERVICES[svc][0], road_type="highway" if highway else "urban",
                    道路类型="高速" if highway else "市区", request_channel=rch, 求助渠道=REQ_CH[rch][0],
                    coverage=cov, 保障类型=COVERAGE_ZH[cov], provider=prov[0], provider_en=prov[1],
                    insurer=INSURERS[c["insurer"]][0] if c["insurer"] else None, vehicle_type=c["vehicle"])
        ch = REQ_CH[rch][1]
        av = app_version(t_req) if rch == "app" else None
        self.ev(c, t_req, "tp_request", cid, "submit" if rch in ("app", "mini_program") else "call", case,
                device=dev, channel=ch, app_version=av, night_call=int(night))
        c["cases"] += 1
        topics = []
        t = t_req
        # location lookup
        p_loc = 0.03 if rch == "app" else 0.0
        if rch == "app" and dev == "android" and GPS_BUG[0] <= t_req < GPS_BUG[1]:
            p_loc = 0.47
        if rng.random() < p_loc:
            t += D(minutes=float(rng.uniform(0.3, 2)))
            self.ev(c, t, "tp_locate_fail", cid, "fail", case, device=dev, channel=ch, app_version=av,
                    error_code="GPS_TIMEOUT" if p_loc > 0.1 else "NO_SIGNAL")
            t += D(minutes=float(rng.lognormal(np.log(9), 0.4)))       # customer phones in the location
            if rng.random() < 0.5:
                topics.append("locate_fail")
        # prepaid call-out fee (non-members on app / mini program)
        fee = SERVICES[svc][2] + (50 if night else 0) + (100 if highway else 0)
        call_order = None
        if cov == "pay_per_call" and rch in ("app", "mini_program"):
            t_p = t_req + D(minutes=float(rng.uniform(0.5, 3)))
            self.ev(c, t_p, "tp_pay", cid, "success", case, device=dev, channel=ch, amount=fee, fee_type="call_out_fee")
            call_order = self.order(c, t_p, fee, "call_out_fee", ch, case)
        # dispatch
        med_d = {"app": 3.0, "mini_program": 3.5, "hotline": 6.0, "insurer": 16.0}[rch]
        t_dis = t + D(minutes=float(rng.lognormal(np.log(med_d), 0.45)))
        if rch == "insurer" and (t_dis - t_req).total_seconds() > 20 * 60 and rng.random() < 0.45:
            topics.append("insurer_slow")
        truck = "flatbed" if svc == "tow" else "service_van"
        case_d = dict(case, truck_type=truck, 车辆类型="平板拖车" if truck == "flatbed" else "救援服务车")
        eta = int(round(CITIES[city][3] * (1.25 if highway else 1.0) / 5.0) * 5 + 10)
        self.ev(c, t_dis, "tp_dispatch", cid, "assigned", case_d, channel="dispatch_system", eta_promised_min=eta,
                distance_km=round(float(rng.lognormal(np.log(9 if not highway else 22), 0.5)), 1))
        # arrival time
        med = CITIES[city][3] * prov[3] * (1.3 if highway else 1.0) * (1.12 if svc == "tow" else 1.0)
        if city == "Beijing" and COLD_SNAP[0] <= t_req < COLD_SNAP[1]:
            med *= 1.75
        if season(t_req) > 1.5:
            med *= 1.2
        wait = float(max(6.0, rng.lognormal(np.log(med), 0.38)))
        t_arr = t_dis + D(minutes=wait)
        # cancellation before arrival
        total_wait = (t_arr - t_req).total_seconds() / 60
        p_cancel = 0.04 + (0.18 if total_wait > 75 else 0.0)
        if rng.random() < p_cancel:
            t_c = t_dis + (t_arr - t_dis) * float(rng.uniform(0.2, 0.9))
            self.ev(c, t_c, "tp_cancel", cid, "cancel", case_d, device=dev, channel=ch if rch != "insurer" else "phone",
                    cancel_reason=pick(["fixed_myself", "too_slow", "other_help"], [0.45, 0.35, 0.2]))
            if call_order is not None:
                t_r = t_c + D(minutes=float(rng.uniform(2, 90))) if rng.random() < 0.85 else \
                    t_c + D(days=float(rng.uniform(15, 20)))              # a few stuck in manual review
                self.refund(c, case_d, t_r, call_order, "customer_cancelled")
            if total_wait > 75 and rng.random() < 0.3:
                self.fb(c, t_c + D(minutes=30), ["slow_arrival"], "ticket", case=case_d)
            return
        self.ev(c, t_arr, "tp_arrive", cid, "on_scene", case_d, channel="onsite", wait_min=round(total_wait, 1))
        if total_wait > 60 and rng.random() < 0.6:
            topics.append("slow_arrival")
        elif total_wait < 30 and rng.random() < 0.35:
            topics.append("fast")
        # fix or tow
        t_done = t_arr + D(minutes=float(rng.uniform(8, 30)))
        towed = svc == "tow" or rng.random() > SERVICES[svc][3]
        surcharge = 0.0
        bad = total_wait > 60
        if not towed:
            self.ev(c, t_done, "tp_fix", cid, {"battery": "jump_start", "tyre": "tyre_change", "lockout": "unlock",
                                                "fuel": "fuel_delivered"}[svc], case_d, channel="onsite")
            if rng.random() < 0.22:
                topics.append("pro")
        else:
            if svc != "tow":
                self.ev(c, t_done - D(minutes=5), "tp_fix", cid, "fix_failed", case_d, channel="onsite")
            tow_km = round(float(rng.lognormal(np.log(38 if highway else 14), 0.55)), 1)
            shop = pick(["4s_dealer", "partner_garage", "own_garage", "home"], [0.45, 0.35, 0.17, 0.03])
            shop_zh = {"4s_dealer": "4S店", "partner_garage": "合作修理厂", "own_garage": "客户指定修理厂", "home": "送回家"}[shop]
            self.ev(c, t_done, "tp_tow", cid, "towed", case_d, channel="onsite", tow_km=tow_km, destination=shop,
                    目的地=shop_zh)
            if rng.random() < prov[4]:
                topics.append("tow_damage")
                bad = True
            t_ho = t_done + D(minutes=float(tow_km / 40 * 60 + rng.uniform(10, 40)))
            if shop != "home":
                self.ev(c, t_ho, "tp_handover", cid, "handed_over", case_d, channel="onsite", destination=shop,
                        目的地=shop_zh, repair_shop_type=shop)
            incl = INCLUDED_KM[cov]
            if tow_km > incl:
                surcharge = round((tow_km - incl) * 10)
                t_s = t_ho + D(minutes=float(rng.uniform(2, 30)))
                self.ev(c, t_s, "tp_pay", cid, "success", case_d, device=c["os"], channel="app", amount=surcharge,
                        fee_type="tow_surcharge", tow_km=tow_km)
                self.order(c, t_s, surcharge, "tow_surcharge", "app", case_d, tow_km=tow_km)
                if cov in ("pay_per_call", "insurer") and rng.random() < (0.5 if surcharge >= 150 else 0.25):
                    topics.append("surcharge")
            t_done = t_ho
        # hotline non-members pay the call-out fee at the end
        if cov == "pay_per_call" and call_order is None:
            t_p = t_done + D(minutes=float(rng.uniform(2, 20)))
            self.ev(c, t_p, "tp_pay", cid, "success", case_d, device=c["os"], channel="app", amount=fee,
                    fee_type="call_out_fee")
            call_order = self.order(c, t_p, fee, "call_out_fee", "hotline", case_d)
        # late-arrival guarantee: more than 90 minutes from the request -> the call-out fee is waived
        if call_order is not None and total_wait > 90 and rng.random() < 0.8:
            self.refund(c, case_d, t_done + D(hours=float(rng.uniform(2, 60))), call_order, "late_arrival")
        if c["lang"] == "en" and rch == "hotline" and rng.random() < (0.55 if t_req < EN_HOTLINE else 0.02):
            topics.append("no_english")
        if plan:
            k = next(i for i, m in enumerate(c["memberships"]) if m[0] <= t_req < m[1])
            c["used_in"][k] = 1
            if bad:
                c["bad_in"][k] = 1
        # feedback
        negs = set(topics) & NEG_TOPICS
        p_rate = 0.5 if negs else 0.3
        if rch in ("app", "mini_program", "hotline") and rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.33, 0.12, 0.05]))
            pen = {"slow_arrival": 2.0, "locate_fail": 1.2, "tow_damage": 3.0, "surcharge": 1.6, "no_english": 1.4,
                   "insurer_slow": 1.5}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if not negs and {"fast", "pro"} & set(topics):
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_done + D(minutes=float(rng.lognormal(np.log(90), 1.0)))
            self.ev(c, t_r, "tp_rate", cid, "rate", case_d, device=c["os"], channel="app", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "app_review", rating=stars, case=case_d, gen=gen)
        if rch == "insurer" and rng.random() < 0.22:
            nps = int(np.clip(round(rng.normal(8.0 - 2.6 * bool(negs), 1.7)), 0, 10))
            self.fb(c, t_done + D(days=float(rng.uniform(1, 3))), topics if rng.random() < 0.6 else [],
                    "insurer_survey", nps=nps, case=case_d, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if rch == "hotline" and topics and rng.random() < 0.25:
            self.fb(c, t_done + D(minutes=float(rng.uniform(5, 120))), topics, "call_note", case=case_d)
        if ("tow_damage" in topics and rng.random() < 0.6) or ("slow_arrival" in topics and total_wait > 90
                                                              and rng.random() < 0.3):
            self.fb(c, t_done + D(hours=float(rng.uniform(1, 30))), [k for k in topics if k in NEG_TOPICS],
                    "ticket", case=case_d)
        if rch == "app" and rng.random() < 0.025:
            stars = float(min(5, max(1, round(4.3 - 1.8 * len(negs) + rng.normal(0, 0.6)))))
            self.fb(c, t_done + D(days=float(rng.uniform(0.5, 10))), topics, "app_store_review", rating=stars,
                    case=case_d, gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"),
                    undated=rng.random() < 0.4)
        if topics and rng.random() < 0.03:
            self.fb(c, t_done + D(hours=float(rng.uniform(1, 72))), topics, "wechat_post", case=case_d,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)

    def refund(self, c, case, t_r, o, reason):
        if t_r > END:
            return
        self.ev(c, t_r, "tp_refund", case["case_id"], "refund", case, channel="app", refund_amount=o["amount"],
                refund_reason=reason, 退款原因=REFUND_ZH[reason])
        o["status"], o["refunded_at"], o["refund_reason"] = "refunded", ts(t_r), reason

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            t0 = c["discover"]
            ch = CHANNELS[c["channel"]]
            first_is_breakdown = rng.random() < ch[4]
            self.ev(c, t0, "tp_discover", None, "first_touch", device=c["os"] if not first_is_breakdown else None,
                    channel=c["channel"], app_version=app_version(t0))
            if first_is_breakdown:
                self.case(c, t0 + D(minutes=float(rng.uniform(1, 8))))
                if rng.random() < ch[2] * 0.55:
                    self.join(c, t0 + D(days=float(rng.uniform(0.2, 10))))
            elif rng.random() < ch[2]:
                if rng.random() < 0.9:
                    t_v = t0 + D(hours=float(min(320, rng.exponential(24) + 0.05)))
                else:
                    t_v = t0 + D(days=float(rng.uniform(16, 45)))
                if t_v <= END:
                    self.join(c, t_v)
            # later breakdowns: thinning of a seasonal Poisson process (members break down / call more often)
            t = c["discover"] + D(days=1)
            while True:
                t += D(days=float(rng.exponential(365.0 / RMAX)))
                if t > END:
                    break
                self.renewals(c, t)
                rate = 1.1 if self.is_member(c, t) else (0.6 if c["channel"] == "insurer" else 0.35)
                if c["city"] == "Beijing":
                    rate *= 1.25 * (1.6 if COLD_SNAP[0] <= t < COLD_SNAP[1] else 1.0)
                rate *= season(t)
                if rng.random() < rate / RMAX:
                    t_c = datetime(t.year, t.month, t.day) + D(hours=float(pick(list(range(24)), HOURS)),
                                                                minutes=float(rng.uniform(0, 59)))
                    self.case(c, t_c)
            self.renewals(c, END + D(days=400))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            plan = self.is_member(c, END)
            if plan:
                seg = "active_member"
            elif c["memberships"]:
                seg = "lapsed_member"
            elif c["channel"] == "insurer":
                seg = "insurer_covered"
            elif c["cases"]:
                seg = "pay_per_call"
            else:
                seg = "prospect"
            tier = plan or "none"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级={"none": "非会员", "basic": "畅行卡", "premium": "尊享卡"}[tier],
                             insurer_partner=c["insurer"], 合作保险公司=INSURERS[c["insurer"]][0] if c["insurer"] else None,
                             vehicle_type=c["vehicle"], 车型=VEHICLES[c["vehicle"]][0], car_age=c["car_age"],
                             phone_os=c["os"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version",
           "city", "城市", "case_id", "service_type", "服务类型", "road_type", "道路类型", "request_channel", "求助渠道",
           "coverage", "保障类型", "provider", "provider_en", "insurer", "vehicle_type", "truck_type", "车辆类型",
           "night_call", "error_code", "eta_promised_min", "distance_km", "wait_min", "cancel_reason", "tow_km",
           "destination", "目的地", "repair_shop_type", "fee_type", "amount", "plan", "会员卡", "refund_amount",
           "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "case_id", "service_type", "服务类型", "coverage", "保障类型", "road_type", "道路类型", "plan", "会员卡",
            "tow_km", "city", "城市", "payment_method", "支付方式", "refunded_at", "refund_reason", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "case_id", "service_type", "服务类型", "provider", "provider_en", "request_channel", "求助渠道", "city", "城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
             "insurer_partner", "合作保险公司", "vehicle_type", "车型", "car_age", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the dispatch system re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, cases {g.n_case}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
