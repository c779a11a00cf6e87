"""礼驾 GrandRide: airport and business chauffeur service in Beijing, Shanghai, Hong Kong and Dubai. Synthetic,
written blind.

A traveller (or a company's travel desk) checks a fare in the GrandRide app, on the website or in the corporate
portal, books a ride (airport pickup, airport drop-off, point-to-point or hourly charter; sedan, MPV or luxury
class), pays online (corporate accounts are billed on a monthly invoice), GrandRide tracks the flight, assigns a
driver, the driver meets the passenger with a name board at arrivals, waits (free waiting, then a waiting charge
per started 15 minutes), drives, and the passenger rates the ride. Around that: cancellations (free until 2 h
before pickup, then a fee), passenger no-shows (no-show fee), late drivers, refund requests, corporate account
activation, monthly corporate invoices and invoice disputes, support calls, app-store and Google reviews,
WhatsApp / WeChat service chats and a quarterly NPS e-mail survey.

Data 2024-09-01 .. 2026-05-31 (extract taken 2026-06-03, six months before "today" 2026-12-01). Naive local time
of each city. Money: `amount` in the city's currency (CNY / HKD / AED) beside `amount_cny` (fixed rates HKD 0.92,
AED 1.95).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260603), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260603
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 5, 31, 23, 59, 59)
PAY_BUG = (datetime(2025, 6, 10), datetime(2025, 7, 22))             # app 5.3.0: HK cards fail 3-D Secure on Android
WAIT_RULE = datetime(2025, 9, 1)                                     # free airport waiting 60 -> 45 min
SH_SHORT = (datetime(2025, 12, 1), datetime(2026, 2, 28, 23, 59))    # Shanghai driver shortage
DXB_T3 = (datetime(2025, 10, 15), datetime(2026, 1, 31, 23, 59))     # Dubai T3 arrivals meeting point moved
BJ_INV = ("2026-01", "2026-02", "2026-03")                           # Beijing billing migration: invoice errors
AB = (datetime(2025, 8, 1), datetime(2025, 10, 31, 23, 59, 59))      # luxury upgrade nudge test
DUP = (datetime(2026, 3, 9), datetime(2026, 3, 15, 23, 59, 59))      # HK dispatch log re-sent (same event_id)
BAD_DRIVER = "BJ-D031"

CITIES = {
    "BJ": dict(zh="北京", en="Beijing", cur="CNY", rate=1.0, airports=["PEK", "PKX"], w=0.30, drivers=45,
               fare=dict(sedan=280, mpv=420, luxury=760), wblock=40, zh_share=0.93, ios=0.5),
    "SH": dict(zh="上海", en="Shanghai", cur="CNY", rate=1.0, airports=["PVG", "SHA"], w=0.33, drivers=50,
               fare=dict(sedan=300, mpv=450, luxury=820), wblock=40, zh_share=0.92, ios=0.55),
    "HK": dict(zh="香港", en="Hong Kong", cur="HKD", rate=0.92, airports=["HKG"], w=0.20, drivers=30,
               fare=dict(sedan=580, mpv=780, luxury=1380), wblock=80, zh_share=0.55, ios=0.4),
    "DU": dict(zh="迪拜", en="Dubai", cur="AED", rate=1.95, airports=["DXB"], w=0.17, drivers=30,
               fare=dict(sedan=190, mpv=270, luxury=480), wblock=35, zh_share=0.2, ios=0.6),
}
AIRPORT_ZH = {"PEK": "首都机场", "PKX": "大兴机场", "PVG": "浦东机场", "SHA": "虹桥机场", "HKG": "香港机场",
              "DXB": "迪拜机场"}
CLASS_ZH = {"sedan": "商务轿车", "mpv": "商务MPV", "luxury": "豪华轿车"}
CLASS_F = {"sedan": 1.0, "mpv": 1.3, "luxury": 1.8}
SERVICE = {"airport_pickup": ("接机", 1.0), "airport_dropoff": ("送机", 0.95), "point_to_point": ("市内点对点", 0.7),
           "hourly": ("按小时包车", 2.4)}
ORDER_ZH = {"ride": "车费", "waiting_fee": "超时等待费", "noshow_fee": "爽约费", "cancel_fee": "取消费"}
REFUND_ZH = {"noshow_dispute": "爽约费争议", "driver_late": "司机迟到", "waiting_fee": "等待费争议",
             "cancel_fee": "取消费争议", "double_charge": "重复扣款"}
DISPUTE_ZH = {"duplicate_trip": "重复计费", "wrong_cost_center": "成本中心错误", "missing_trip": "漏记行程",
              "rate_mismatch": "协议价不符"}
ACQ = {"app_store": "应用商店", "wechat": "微信", "google": "谷歌搜索", "airline_partner": "航司合作",
       "hotel_concierge": "酒店礼宾", "referral": "老客推荐", "xiaohongshu": "小红书", "corporate_sales": "企业销售"}
TIER_ZH = {"standard": "普通", "gold": "金卡", "black": "黑卡"}
VERSIONS = [(datetime(2024, 1, 1), "5.1.0"), (datetime(2025, 3, 1), "5.2.0"), (PAY_BUG[0], "5.3.0"),
            (PAY_BUG[1], "5.3.2"), (datetime(2025, 11, 5), "5.4.0"), (datetime(2026, 3, 10), "5.5.0")]

# comment templates: one topic each; markers (gold.py) zh / en are in every template of the topic and in no other
T = {
    "late": (["司机迟到了{m}分钟，差点误了会", "{ap}接机司机迟到{m}分钟，电话也打不通", "这次司机迟到，我在出口站了半天",
              "又是迟到！{cz}最近派的司机越来越不靠谱", "约的7点结果司机迟到，客户都在车外等着"],
             ["The driver was late by {m} minutes and I nearly missed my meeting.",
              "Our driver was late again at {ap}, no call, no message.",
              "Third time this month the driver was late in {ce}. Not what I pay a premium for.",
              "Booked for 6am and the driver was late, had to sprint through security."]),
    "wait_fee": (["出关排队慢了点就收了等待费{fee}{cur}，以前不是这样的", "航班晚到又不是我的错，凭什么收等待费",
                  "免费等待时间缩短了也没通知，等待费收得莫名其妙", "行李转盘等了四十分钟，结果多扣等待费"],
                 ["Charged a waiting fee of {fee} {cur} because immigration took long. Ridiculous.",
                  "Since when is the free wait only 45 minutes? The waiting fee came out of nowhere.",
                  "Waiting fee on top of the fare, nobody told me about the new rule.",
                  "Baggage took ages and I got hit with a waiting fee."]),
    "meet": (["在T3出来转了半小时都找不到司机，最后自己打车走了还被扣钱", "接机点换了也不说，找不到司机",
              "举牌的人根本不在约定的地方，找不到司机", "机场太大了，按指引走也找不到司机"],
             ["Couldn't find the driver at Terminal 3, walked around for 40 minutes and then got billed as a no-show.",
              "The meeting point had moved and we couldn't find the driver anywhere.",
              "No sign, no driver at arrivals. I simply couldn't find the driver.",
              "Followed the app directions and still couldn't find the driver at {ap}."]),
    "invoice": (["{month}的月结发票里同一趟行程算了两次，财务对不上账", "发票金额和后台明细对不上，请尽快更正",
                 "这个月的发票又出错了，成本中心全挂错", "月结发票重复计费，已经第二次了"],
                ["The {month} invoice double-counts several trips, please reissue.",
                 "Our monthly invoice does not match the portal trip list again.",
                 "Cost centres on the invoice are wrong for the second month running.",
                 "Finance flagged duplicated rides on this month's invoice."]),
    "payment": (["香港卡绑定后一直支付失败，验证页面卡死", "支付失败三次，订单直接没了", "安卓新版本支付失败，只能换手机下单",
                 "银行验证跳转后就支付失败，白折腾"],
                ["Payment failed three times on the 3D Secure screen, gave up and booked a taxi.",
                 "New update: payment failed every time on my Android phone.",
                 "Card payment failed at checkout, the app just spins.",
                 "Payment failed after the bank verification step, lost the booking."]),
    "smell": (["车里有很重的异味，像是烟味", "MPV车厢一股异味，坐了一路头晕", "车内异味太重，下次不想坐这个车型",
               "一上车就闻到异味，空调也有霉味"],
              ["The van smelled of smoke the whole ride.", "Car smelled awful, like old cigarettes.",
               "The MPV smelled musty and the seats were sticky.", "Whole cabin smelled of cheap air freshener and smoke."]),
    "refund_slow": (["退款申请批了快两周钱还没到账", "说好的退款到现在还没收到，客服只会让等", "退款太慢了，{d}天才到",
                     "退款审批通过了但一直没到账"],
                    ["Approved refund still not in my account after {d} days.",
                     "Waiting on a refund for two weeks now, the bank transfer takes forever.",
                     "Refund took {d} days, far too slow.", "Still chasing my refund, support keeps saying wait."]),
    "price": (["机场接送比别家太贵了", "豪华车型太贵，性价比一般", "价格太贵了，节假日还加价", "车是好车，就是太贵"],
              ["Overpriced compared to other chauffeur apps.", "Nice car but overpriced for a 30 minute ride.",
               "Fares are overpriced on weekends.", "Good service, just overpriced."]),
    "professional": (["司机非常专业，主动帮忙搬行李", "师傅很专业，路线熟，开车稳", "专业！提前到了还发了消息",
                      "司机着装得体很专业，接待客户很有面子"],
                     ["Very professional driver, helped with all the bags.",
                      "Professional and courteous, exactly what I expect for clients.",
                      "Driver was professional and knew the city well.", "Calm, professional, great with my kids."]),
    "clean": (["车很干净，还准备了矿泉水和充电线", "车内干净整洁，体验很好", "车况好，座椅干净", "干净舒适，值得推荐"],
              ["Spotless car with water and chargers ready.", "The car was spotless, great experience.",
               "Spotless interior, smooth ride.", "Spotless and comfortable, will book again."]),
    "ontime": (["航班提前落地司机也准点在出口等", "每次都准点，很放心", "准点接送，出差省心", "凌晨的航班也准点接到"],
               ["Right on time even though my flight landed early.", "Driver right on time, smooth pickup.",
                "Always right on time for my early flights.", "Right on time at the hotel lobby, perfect."]),
    "neutral": (["还行，没什么特别的", "正常接送，一般般", "体验中规中矩", "可以吧"],
                ["It was ok.", "Fine, nothing special.", "Average ride.", "Did the job."]),
    "app": (["App界面简洁，下单方便", "新版App查价很快", "企业账户和个人账户切换很方便"],
            ["Clean app, booking takes a minute.", "Love the live flight status in the app.",
             "Easy to switch between personal and company profiles."]),
}
SENT = {"late": "negative", "wait_fee": "negative", "meet": "negative", "invoice": "negative", "payment": "negative",
        "smell": "negative", "refund_slow": "negative", "price": "negative", "professional": "positive",
        "clean": "positive", "ontime": "positive", "neutral": "neutral", "app": "positive"}
TP_OF = {"late": "tp_late", "wait_fee": "tp_wait", "meet": "tp_meet", "invoice": "tp_invoice", "payment": "tp_pay",
         "smell": "tp_trip", "refund_slow": "tp_refund_paid", "price": "tp_quote", "professional": "tp_trip",
         "clean": "tp_trip", "ontime": "tp_trip", "neutral": "tp_trip", "app": "tp_book"}

TOUCHPOINTS = [
    ("tp_quote", "询价", "Fare quote", "consideration", "app", "digital", "growth", "查价|报价|估价|fare check|quote"),
    ("tp_book", "提交预订", "Booking submitted", "purchase", "app", "digital", "product", "下单|约车|预约用车|booking|book a ride"),
    ("tp_pay", "在线支付", "Online payment", "purchase", "app", "digital", "payments", "付款|支付|checkout|pay"),
    ("tp_flight", "航班追踪", "Flight tracking", "service", "app", "digital", "dispatch ops", "航班跟踪|航班动态|flight tracking|flight monitor"),
    ("tp_dispatch", "司机派单", "Driver assignment", "service", "other", "digital", "dispatch ops", "派车|指派司机|派单|dispatch|driver assigned"),
    ("tp_late", "司机迟到", "Driver running late", "service", "other", "physical", "driver ops", "司机晚到|司机晚点|late driver|late pickup"),
    ("tp_meet", "举牌接机", "Meet & greet", "service", "store", "physical", "driver ops", "接机牌|接人|meet and greet|meet-and-greet|name board"),
    ("tp_wait", "超时等待计费", "Waiting time charge", "service", "other", "physical", "pricing", "等待费|超时费|waiting charge|wait time fee"),
    ("tp_noshow", "乘客未到场", "Passenger no-show", "service", "other", "physical", "driver ops", "爽约|放鸽子|no-show|no show"),
    ("tp_cancel", "取消订单", "Cancellation", "service", "app", "digital", "customer service", "退单|取消|cancel|cancellation"),
    ("tp_trip", "行程完成", "Ride completed", "service", "other", "physical", "driver ops", "完单|送达|ride|trip done|drop-off"),
    ("tp_rate", "行程评价", "Trip rating", "loyalty", "app", "digital", "customer service", "打分|评星|评价|rating"),
    ("tp_refund_req", "退款申请", "Refund request", "service", "app", "digital", "customer service", "要退款|申请退钱|refund request"),
    ("tp_refund_paid", "退款到账", "Refund paid out", "service", "other", "digital", "finance", "退款成功|钱退回来|refund paid|refund received"),
    ("tp_corp_open", "企业账户开通", "Corporate account activation", "purchase", "web", "digital", "corporate sales", "企业开户|公司账户|corporate onboarding|company account"),
    ("tp_invoice", "企业月结账单", "Monthly corporate invoice", "loyalty", "email", "digital", "finance", "月结|对账单|monthly invoice|statement"),
    ("tp_dispute", "账单异议", "Invoice dispute", "service", "email", "digital", "finance", "账单投诉|对账争议|invoice dispute|billing dispute"),
    ("tp_hotline", "客服热线", "Support hotline", "service", "phone", "physical", "customer service", "电话客服|400电话|hotline|call center"),
]
JOURNEYS = [
    ("book_flow", "下单支付", "Booking & payment", ["tp_quote", "tp_book", "tp_pay"], 2),
    ("arrival", "落地接机", "Airport arrival pickup", ["tp_flight", "tp_meet", "tp_trip"], 1),
    ("corp_onboard", "企业开户首单", "Corporate first ride", ["tp_corp_open", "tp_book", "tp_trip"], 30),
    ("refund", "退款处理", "Refund handling", ["tp_refund_req", "tp_refund_paid"], 14),
]
CO_ZH = ["华启咨询", "远航医药", "恒信资本", "博瑞律所", "星河科技", "中智会展", "瑞丰贸易", "思拓半导体", "明德审计",
         "海纳投资", "新锐传媒", "凯盛能源", "安和保险", "云图软件", "鼎盛地产", "和光设计"]
CO_EN = ["Meridian Capital", "Harbourview Partners", "Atlas Logistics", "Crescent Energy", "Pinnacle Advisory",
         "Sable & Finch LLP", "Orion Medical", "Falcon Events", "Kestrel Trading", "Bluewater Holdings",
         "Zenith Consulting", "Northgate Tech"]


class Gen:
    def __init__(self):
        self.r = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.exp = {}
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    # ------------------------------------------------------------ helpers
    def u(self):
        return float(self.r.random())

    def pick(self, items, p=None):
        return items[int(self.r.choice(len(items), p=p))]

    def season(self, t, city):
        m = t.month
        w = 1.0
        if city == "DU":
            w = {11: 1.4, 12: 1.5, 1: 1.4, 2: 1.3, 3: 1.2, 6: 0.6, 7: 0.5, 8: 0.6}.get(m, 1.0)
        elif city in ("BJ", "SH"):
            w = {2: 0.7, 8: 0.85, 9: 1.1, 10: 0.95, 11: 1.1}.get(m, 1.0)
        elif city == "HK":
            w = {2: 0.85, 12: 1.15, 3: 1.1}.get(m, 1.0)
        return w * (0.75 + 0.5 * (t - START) / (END - START))

    def when(self, lo, hi, city):
        span = (hi - lo).total_seconds()
        for _ in range(50):
            t = lo + D(seconds=self.u() * span)
            if self.u() < self.season(t, city) / 1.9:
                break
        h = int(self.r.choice(24, p=HOURS))
        return t.replace(hour=h, minute=int(self.r.integers(60)), second=int(self.r.integers(60)), microsecond=0)

    def version(self, t):
        vs = [v for d, v in VERSIONS if d <= t]
        return vs[-1] if self.u() < 0.85 or len(vs) == 1 else vs[-2]

    def ev(self, c, ts, tp, action, **kw):
        if ts > END:
            return
        self.n_ev += 1
        city = CITIES[c["city"]]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action,
                   city_id=c["city"], city_en=city["en"], 城市=city["zh"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, ts, otype, amount, status, **kw):
        self.n_ord += 1
        city = CITIES[c["city"]]
        row = dict(order_id=f"GR{self.n_ord:07d}", customer_id=c["id"], ts=ts, amount=round(amount, 2),
                   currency=city["cur"], amount_cny=round(amount * city["rate"], 2), status=status,
                   order_type=otype, 订单类型=ORDER_ZH[otype], city_id=c["city"], city_en=city["en"], 城市=city["zh"],
                   company_id=c["company_id"])
        row.update(kw)
        self.orders.append(row)
        return row

    def say(self, c, topic, channel, ts, lang=None, rating=None, nps=None, tp=None, **kw):
        if ts is not None and ts > END:
            return
        city = CITIES[c["city"]] if c else None
        if lang is None:
            lang = "zh" if self.u() < (city["zh_share"] if city else 0.5) else "en"
        zh, en = T[topic]
        tmpl = self.pick(zh if lang == "zh" else en)
        ap = kw.pop("airport", None) or (city["airports"][0] if city else "HKG")
        text = tmpl.format(m=int(self.r.integers(15, 50)), ap=ap, cz=city["zh"] if city else "", ce=city["en"] if city else "",
                           fee=kw.pop("fee", 80), cur=city["cur"] if city else "", month=kw.pop("month", "上月"),
                           d=int(kw.pop("days", 12)))
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["id"] if c else None,
                   touchpoint_id=tp or TP_OF[topic], channel=channel, rating=rating, nps=nps, language=lang)
        if city:
            row.update(city_id=c["city"], city_en=city["en"], 城市=city["zh"])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic], language=lang))

    # ------------------------------------------------------------ people
    def customers(self):
        r = self.r
        n = 7200
        cities = list(CITIES)
        companies = []
        for city in cities:
            k = {"BJ": 22, "SH": 24, "HK": 14, "DU": 10}[city]
            for i in range(k):
                zh = city in ("BJ", "SH") or (city == "HK" and i % 2 == 0)
                base = CO_ZH if zh else CO_EN
                name = base[(i * 5 + len(companies)) % len(base)] + ("" if i < len(base) else ("二部" if zh else " Group"))
                companies.append(dict(id=f"CO{len(companies) + 1:03d}", city=city, name=f"{name}（{CITIES[city]['zh']}）"
                                      if zh else f"{name} ({CITIES[city]['en']})", admin=None))
        self.companies = companies
        out = []
        for i in range(n):
            city = cities[int(r.choice(4, p=[CITIES[x]["w"] for x in cities]))]
            corp = self.u() < 0.24
            signup = datetime(2023, 9, 1) + D(days=float(r.uniform(0, 995)))
            if signup > datetime(2026, 5, 25):
                signup = datetime(2026, 5, 25) - D(days=float(r.uniform(0, 60)))
            co = None
            if corp:
                opts = [x for x in companies if x["city"] == city]
                co = opts[int(r.integers(len(opts)))]
            acq = "corporate_sales" if corp else self.pick(
                ["app_store", "wechat", "google", "airline_partner", "hotel_concierge", "referral", "xiaohongshu"],
                p={"BJ": [.2, .3, .02, .18, .1, .1, .1], "SH": [.2, .25, .02, .15, .1, .1, .18],
                   "HK": [.3, .05, .25, .15, .15, .1, .0], "DU": [.3, .0, .35, .12, .18, .05, .0]}[city])
            c = dict(id=f"C{i + 1:05d}", city=city, corp=corp, company_id=co["id"] if co else None,
                     company_name=co["name"] if co else None, signup=signup.replace(microsecond=0), acq=acq,
                     os="ios" if self.u() < CITIES[city]["ios"] + (0.15 if corp else 0) else "android",
                     tier=self.pick(["standard", "gold", "black"], p=[.75, .2, .05] if not corp else [.5, .35, .15]),
                     admin=False)
            if co and co["admin"] is None:
                co["admin"], c["admin"] = c, True
            out.append(c)
        self.cust = out

    # ------------------------------------------------------------ rides
    def run(self):
        for c in self.cust:
            lo = max(c["signup"], START)
            if c["corp"] and c["signup"] >= START:
                self.ev(c, c["signup"] + D(minutes=5), "tp_corp_open", "activated", channel="web", device="pc",
                        company_id=c["company_id"])
            span = (END - lo).days / 365
            n = 1 + int(self.r.poisson((6.0 if c["corp"] else 1.5) * span))
            times = []
            if c["corp"] and c["signup"] >= START and self.u() < 0.75:
                times.append(c["signup"] + D(days=float(self.r.uniform(0.5, 24))))
                n -= 1
            times += [self.when(lo, END, c["city"]) for _ in range(n)]
            for t in sorted(times):
                if t < END - D(hours=1):
                    self.intent(c, t.replace(microsecond=0))

    def intent(self, c, t):
        r, city = self.r, CITIES[c["city"]]
        if c["corp"]:
            channel = "corporate_portal" if self.u() < 0.7 else "app"
        else:
            channel = "app" if self.u() < 0.72 else "web"
        device = c["os"] if channel == "app" else "pc"
        ver = self.version(t) if channel == "app" else None
        service = self.pick(list(SERVICE), p=[.48, .3, .14, .08])
        vclass = self.pick(["sedan", "mpv", "luxury"], p=[.5, .2, .3] if c["corp"] else [.62, .25, .13])
        sess = f"S{self.n_ev + 1:08d}"
        common = dict(session_id=sess, channel=channel, device=device, app_version=ver)
        self.ev(c, t, "tp_quote", "view", vehicle_class=vclass, 车型=CLASS_ZH[vclass], service_type=service,
                服务类型=SERVICE[service][0], **common)
        fare_f = float(r.uniform(0.9, 1.15))
        booked_class, price_f = vclass, 1.0
        if not c["corp"] and channel == "app" and vclass == "sedan" and AB[0] <= t <= AB[1]:
            if c["id"] not in self.exp:
                self.exp[c["id"]] = ("nudge" if self.u() < 0.5 else "control", t, c)
            var = self.exp[c["id"]][0]
            if var == "nudge" and self.u() < 0.17:
                booked_class, price_f = "luxury", 0.75
            elif var == "control" and self.u() < 0.05:
                booked_class = "luxury"
        if self.u() > (0.88 if c["corp"] else 0.52):
            return
        tb = t + (D(minutes=float(r.uniform(1, 25))) if self.u() < 0.88 else D(hours=float(r.uniform(2, 40))))
        self.n_bk += 1
        bid = f"B{self.n_bk:06d}"
        lead = D(hours=max(2.5, float(r.lognormal(3.6, 0.9))))
        pickup = (tb + lead).replace(second=0, microsecond=0)
        airport = self.pick(city["airports"]) if service.startswith("airport") else None
        flight = f"{self.pick(['CA', 'MU', 'CX', 'EK', 'HU', 'FM', 'UO', 'QR'])}{int(r.integers(100, 1999))}" \
            if airport else None
        ride = dict(booking_id=bid, vehicle_class=booked_class, 车型=CLASS_ZH[booked_class], service_type=service,
                    服务类型=SERVICE[service][0])
        self.ev(c, tb, "tp_book", "submit", pickup_at=pickup, airport=airport, 机场=AIRPORT_ZH.get(airport),
                flight_no=flight, **ride, **common)
        amount = city["fare"][booked_class] * SERVICE[service][1] * fare_f * price_f
        tp = tb + D(minutes=float(r.uniform(0.5, 3)))
        ocommon = dict(channel=channel, device=device, **ride)
        if c["corp"] and channel == "corporate_portal":
            self.ev(c, tp, "tp_pay", "success", payment_method="corporate_invoice", **common)
            pm = "corporate_invoice"
        else:
            pm = "card" if c["city"] in ("HK", "DU") and self.u() < 0.7 else self.pick(
                ["wechat_pay", "alipay", "card", "apple_pay"], p=[.45, .3, .15, .1])
            if c["corp"]:
                pm = "corporate_invoice" if self.u() < 0.6 else pm
            bug = c["city"] == "HK" and device == "android" and ver == "5.3.0" and pm == "card"
            pfail = 0.65 if bug else 0.025
            ok = False
            for attempt in range(3):
                if self.u() < pfail and pm != "corporate_invoice":
                    self.ev(c, tp, "tp_pay", "fail", payment_method=pm,
                            error_code="3DS_TIMEOUT" if bug else self.pick(["CARD_DECLINED", "NETWORK", "3DS_TIMEOUT"],
                                                                           p=[.6, .3, .1]), **common)
                    if bug and attempt == 0 and self.u() < 0.3:
                        self.say(c, "payment", "app_review", tp + D(hours=float(r.uniform(0.2, 30))), tp="tp_pay",
                                 rating=int(self.pick([1, 2], p=[.7, .3])), device=device, app_version=ver)
                    if self.u() < 0.5:
                        break
                    tp += D(minutes=float(r.uniform(2, 30)))
                else:
                    self.ev(c, tp, "tp_pay", "success", payment_method=pm, **common)
                    ok = True
                    break
            if not ok:
                self.order(c, tb, "ride", amount, "cancelled", payment_method=pm, cancel_reason="payment_failed",
                           **ocommon)
                return
        ro = self.order(c, tp, "ride", amount, "paid", payment_method=pm, **ocommon)
        if pickup > END - D(hours=12):
            return
        self.fulfil(c, ride, ro, pickup, airport, flight, vclass=booked_class, fare=amount, tb=tb, pm=pm,
                    ocommon=ocommon)

    def fulfil(self, c, ride, ro, pickup, airport, flight, vclass, fare, tb, pm, ocommon):
        r, city = self.r, CITIES[c["city"]]
        ekw = dict(ride)
        # cancellations
        x = self.u()
        if x < 0.075:
            hrs = float(r.uniform(0.2, 48)) if self.u() < 0.8 else float(r.uniform(0.2, 2))
            tc = max(tb + D(minutes=10), pickup - D(hours=hrs))
            lead_h = round((pickup - tc).total_seconds() / 3600, 2)
            late = lead_h < 2
            self.ev(c, tc, "tp_cancel", "cancelled", cancel_by="customer", lead_hours=lead_h, late_cancel=late,
                    channel=ro["channel"], device=ro["device"], **ekw)
            ro["status"], ro["cancel_reason"] = "cancelled", "customer_cancelled"
            if late:
                fo = self.order(c, tc, "cancel_fee", fare * 0.5, "paid", payment_method=pm, **ocommon)
                if self.u() < 0.2:
                    self.refund(c, fo, tc, "cancel_fee", ekw)
            return
        if x < 0.081:
            td = pickup - D(hours=float(r.uniform(1, 6)))
            self.ev(c, td, "tp_dispatch", "no_driver", **ekw)
            self.ev(c, td + D(minutes=20), "tp_cancel", "cancelled", cancel_by="ops", lead_hours=None,
                    late_cancel=False, **ekw)
            ro["status"], ro["cancel_reason"] = "cancelled", "no_driver"
            return
        # driver
        short = c["city"] == "SH" and SH_SHORT[0] <= pickup <= SH_SHORT[1]
        driver = f"{c['city']}-D{int(r.integers(1, city['drivers'] + 1)):03d}"
        if c["city"] == "BJ" and self.u() < 0.03:
            driver = BAD_DRIVER
        td = pickup - (D(minutes=float(r.uniform(30, 180))) if short else D(hours=float(r.uniform(2, 24))))
        td = max(td, tb + D(minutes=5))
        self.ev(c, td, "tp_dispatch", "assigned", driver_id=driver, **ekw)
        if c["city"] == "HK" and DUP[0] <= td <= DUP[1]:
            self.events.append(dict(self.events[-1]))
        plate = 0.05 if c["city"] != "DU" else 0.06
        p_late = 0.30 if short else (0.35 if driver == BAD_DRIVER else plate)
        late_min = int(r.integers(10, 46)) if self.u() < p_late else 0
        issues = dict(late=late_min, wait=0, meet=False, noshow=False, smell=False)
        start = pickup
        if airport and ride["service_type"] == "airport_pickup":
            sched = pickup
            delay = 0 if self.u() < 0.6 else int(min(240, r.exponential(35)))
            self.ev(c, sched - D(hours=3), "tp_flight", "tracked", flight_no=flight, airport=airport,
                    机场=AIRPORT_ZH[airport], delay_min=delay, **ekw)
            landing = sched + D(minutes=delay)
            exit_min = float(np.clip(r.lognormal(3.55, 0.45), 10, 160))
            if late_min:
                self.ev(c, landing + D(minutes=5), "tp_late", "driver_late", late_min=late_min, driver_id=driver, **ekw)
            t3 = c["city"] == "DU" and DXB_T3[0] <= landing <= DXB_T3[1]
            p_nf = 0.3 if t3 else (0.05 if c["city"] == "DU" else 0.02)
            tm = landing + D(minutes=max(exit_min, late_min))
            if self.u() < p_nf:
                issues["meet"] = True
                self.ev(c, tm, "tp_meet", "not_found", driver_id=driver, airport=airport, 机场=AIRPORT_ZH[airport], **ekw)
                if self.u() < 0.5:
                    tm += D(minutes=float(r.uniform(15, 40)))
                    self.ev(c, tm, "tp_meet", "met", driver_id=driver, airport=airport, 机场=AIRPORT_ZH[airport], **ekw)
                else:
                    issues["noshow"] = True
            else:
                self.ev(c, tm, "tp_meet", "met", driver_id=driver, airport=airport, 机场=AIRPORT_ZH[airport], **ekw)
                free = 60 if landing < WAIT_RULE else 45
                if not late_min and exit_min > free:
                    issues["wait"] = int(exit_min - free)
            start = tm
        else:
            if late_min:
                self.ev(c, pickup + D(minutes=1), "tp_late", "driver_late", late_min=late_min, driver_id=driver, **ekw)
            if self.u() < 0.015:
                issues["noshow"] = True
            elif self.u() < 0.05:
                issues["wait"] = int(r.integers(16, 40))
            start = pickup + D(minutes=late_min)
        if issues["noshow"]:
            tn = start + D(minutes=30)
            fo = self.order(c, tn, "noshow_fee", fare * 0.5, "paid", payment_method=pm, **ocommon)
            self.ev(c, tn, "tp_noshow", "charged", noshow_fee=round(fare * 0.5, 2), currency=city["cur"],
                    driver_id=driver, **ekw)
            ro["status"], ro["cancel_reason"] = "cancelled", "passenger_no_show"
            if issues["meet"] and c["city"] == "DU":
                p = 0.6
            else:
                p = 0.25
            if self.u() < p:
                self.refund(c, fo, tn, "noshow_dispute", ekw)
            if issues["meet"] and self.u() < 0.45:
                ch = "whatsapp" if c["city"] in ("DU", "HK") else "wechat_cs"
                self.say(c, "meet", ch, tn + D(hours=float(r.uniform(0.5, 20))), airport=airport,
                         booking_id=ride["booking_id"], vehicle_class=vclass)
            return
        wait_fee = 0.0
        if issues["wait"]:
            blocks = math.ceil(issues["wait"] / 15)
            wait_fee = blocks * city["wblock"] * CLASS_F[vclass]
            self.ev(c, start, "tp_wait", "charged", wait_min=issues["wait"], wait_fee=wait_fee, currency=city["cur"],
                    driver_id=driver, **ekw)
        dur = {"airport_pickup": (45, 95), "airport_dropoff": (40, 90), "point_to_point": (20, 60),
               "hourly": (240, 480)}[ride["service_type"]]
        tt = start + D(minutes=float(r.uniform(*dur)))
        self.ev(c, tt, "tp_trip", "completed", driver_id=driver, distance_km=round(float(r.uniform(12, 60)), 1),
                **ekw)
        if wait_fee:
            wo = self.order(c, tt, "waiting_fee", wait_fee, "paid", payment_method=pm, **ocommon)
            if self.u() < 0.12:
                self.refund(c, wo, tt, "waiting_fee", ekw)
        if late_min >= 25 and self.u() < 0.2:
            self.refund(c, ro, tt, "driver_late", ekw)
        elif self.u() < 0.004:
            self.refund(c, ro, tt, "double_charge", ekw)
        issues["smell"] = vclass == "mpv" and self.u() < 0.1 or self.u() < 0.01
        # rating
        if self.u() < (0.15 if c["corp"] else 0.42):
            base = {"luxury": 4.85, "sedan": 4.6, "mpv": 4.45}[vclass]
            s = base + float(r.normal(0, 0.45))
            topic = None
            if late_min:
                s -= 1.0 if late_min < 20 else 2.0
                topic = "late"
            if issues["meet"]:
                s -= 1.5
                topic = topic or "meet"
            if wait_fee:
                s -= 1.2
                topic = topic or "wait_fee"
            if issues["smell"]:
                s -= 1.8
                topic = topic or "smell"
            stars = int(np.clip(round(s), 1, 5))
            if topic is None:
                if stars >= 5:
                    topic = self.pick(["professional", "clean", "ontime", "neutral"], p=[.35, .3, .25, .1])
                elif stars == 4:
                    topic = self.pick(["neutral", "price", "professional"], p=[.6, .25, .15])
                else:
                    topic = self.pick(["neutral", "price"], p=[.5, .5])
            tr = tt + D(minutes=float(r.uniform(3, 600)))
            self.ev(c, tr, "tp_rate", "rated", stars=stars, driver_id=driver, **ekw)
            if tr <= END:
                self.say(c, topic, "post_trip_rating", tr, rating=stars, booking_id=ride["booking_id"],
                         vehicle_class=vclass, 车型=CLASS_ZH[vclass], driver_id=driver, airport=airport,
                         fee=int(wait_fee), device=ro["device"])

    def refund(self, c, o, t0, reason, ekw):
        r, city = self.r, CITIES[c["city"]]
        tq = t0 + D(hours=float(r.uniform(1, 72)))
        if tq > END:
            return
        amt = o["amount"]
        self.ev(c, tq, "tp_refund_req", "submitted", refund_reason=reason, 退款原因=REFUND_ZH[reason],
                order_no=o["order_id"], refund_amount=amt, refund_amount_cny=round(amt * city["rate"], 2),
                currency=city["cur"], **ekw)
        if self.u() < (0.6 if reason == "noshow_dispute" else 0.75):
            days = float(r.uniform(7, 15)) if c["city"] == "DU" else (
                float(r.uniform(3, 7)) if c["city"] == "HK" else float(r.uniform(0.5, 3.5)))
            tpd = tq + D(days=days)
            if tpd <= END:
                self.ev(c, tpd, "tp_refund_paid", "paid", refund_reason=reason, 退款原因=REFUND_ZH[reason],
                        order_no=o["order_id"], refund_amount=amt, refund_amount_cny=round(amt * city["rate"], 2),
                        currency=city["cur"], days_to_refund=round(days, 1), **ekw)
                o["status"], o["refunded_at"] = "refunded", tpd
                if days >= 8 and self.u() < 0.4:
                    ch = "whatsapp" if c["city"] in ("DU", "HK") else "wechat_cs"
                    self.say(c, "refund_slow", ch, tpd + D(hours=float(r.uniform(-48, 24))), days=int(days),
                             booking_id=ekw["booking_id"])

    # ------------------------------------------------------------ corporate billing
    def invoices(self):
        r = self.r
        by = {}
        for o in self.orders:
            if o["payment_method"] == "corporate_invoice" and o["status"] == "paid" and o["company_id"]:
                m = o["ts"].strftime("%Y-%m")
                k = (o["company_id"], m)
                a = by.setdefault(k, [0.0, 0])
                a[0] += o["amount_cny"]
                a[1] += 1
                o["invoice_month"] = m
        cos = {x["id"]: x for x in self.companies}
        n = 0
        for (co, m), (amt, trips) in sorted(by.items()):
            y, mm = int(m[:4]), int(m[5:])
            ti = datetime(y + (mm == 12), mm % 12 + 1, 3, 9, 0) + D(minutes=int(r.integers(0, 240)))
            adm = cos[co]["admin"]
            if ti > END or adm is None:
                continue
            n += 1
            self.ev(adm, ti, "tp_invoice", "issued", channel="email", company_id=co, invoice_no=f"INV{n:05d}",
                    invoice_month=m, invoice_amount_cny=round(amt, 2), trips=trips)
            bj = adm["city"] == "BJ" and m in BJ_INV
            if self.u() < (0.5 if bj else 0.05):
                reason = self.pick(list(DISPUTE_ZH), p=[.75, .15, .05, .05] if bj else [.2, .35, .25, .2])
                tdp = ti + D(days=float(r.uniform(1, 10)))
                self.ev(adm, tdp, "tp_dispute", "raised", channel="email", company_id=co, invoice_no=f"INV{n:05d}",
                        invoice_month=m, dispute_reason=reason, 异议原因=DISPUTE_ZH[reason])
                if self.u() < 0.6:
                    lang = "zh" if adm["city"] in ("BJ", "SH") else None
                    self.say(adm, "invoice", "email", tdp + D(hours=float(r.uniform(0, 30))), lang=lang,
                             month=m, company_id=co)

    # ------------------------------------------------------------ other feedback
    def more_feedback(self):
        r = self.r
        active = [c for c in self.cust if c["signup"] < datetime(2026, 3, 1)]
        # quarterly NPS survey
        for qs in [datetime(2024, 12, 10), datetime(2025, 3, 10), datetime(2025, 6, 10), datetime(2025, 9, 10),
                   datetime(2025, 12, 10), datetime(2026, 3, 10)]:
            pool = [c for c in active if c["signup"] < qs]
            for i in r.choice(len(pool), size=150, replace=False):
                c = pool[int(i)]
                t = qs + D(days=float(r.uniform(0, 14)))
                bad = (c["city"] == "SH" and qs == datetime(2026, 3, 10)) or \
                      (c["city"] == "DU" and qs == datetime(2025, 12, 10)) or \
                      (c["city"] == "BJ" and c["corp"] and qs == datetime(2026, 3, 10))
                mu = 5.5 if bad else 8.3
                score = int(np.clip(round(r.normal(mu, 1.8)), 0, 10))
                if score <= 6:
                    topic = {"SH": "late", "DU": "meet", "BJ": "invoice" if c["corp"] else "price"}.get(c["city"], "price") \
                        if bad else self.pick(["price", "wait_fee", "late", "smell"], p=[.4, .3, .2, .1])
                elif score <= 8:
                    topic = self.pick(["neutral", "price"], p=[.7, .3])
                else:
                    topic = self.pick(["professional", "clean", "ontime"])
                if topic == "wait_fee" and t < WAIT_RULE:
                    topic = "price"
                self.say(c, topic, "nps_survey", t, nps=score, tp="tp_rate" if topic in ("neutral",) else None)
        # app store reviews (no customer id)
        for _ in range(260):
            city = self.pick(list(CITIES), p=[.3, .33, .2, .17])
            t = self.when(START, END, city)
            fake = dict(id=None, city=city)
            topic = self.pick(["app", "price", "late", "neutral", "professional"], p=[.4, .2, .1, .15, .15])
            stars = {"app": 5, "price": 3, "late": 2, "neutral": 4, "professional": 5}[topic]
            self.say(fake, topic, "app_review", t, rating=stars, device=self.pick(["ios", "android"]),
                     app_version=self.version(t))
        # Google reviews (HK, Dubai) from riders; some typed in later without a date
        rides = [o for o in self.orders if o["order_type"] == "ride" and o["city_id"] in ("HK", "DU")
                 and o["status"] == "paid"]
        cmap = {c["id"]: c for c in self.cust}
        for i in r.choice(len(rides), size=230, replace=False):
            o = rides[int(i)]
            c = cmap[o["customer_id"]]
            t = o["ts"] + D(days=float(r.uniform(1, 10)))
            t3 = c["city"] == "DU" and DXB_T3[0] <= t <= DXB_T3[1] + D(days=10)
            if t3 and self.u() < 0.6:
                topic, stars = "meet", int(self.pick([1, 2]))
            else:
                topic = self.pick(["professional", "clean", "ontime", "price", "neutral"], p=[.3, .2, .2, .15, .15])
                stars = {"price": 3, "neutral": 4}.get(topic, 5)
            self.say(c, topic, "google_review", None if self.u() < 0.1 else min(t, END), lang="en" if c["city"] == "DU"
                     else None, rating=stars, booking_id=o["booking_id"])
        # hotline call notes: many keyed in from the paper log without a time
        for _ in range(170):
            c = self.cust[int(r.integers(len(self.cust)))]
            t = self.when(max(START, c["signup"]), END, c["city"])
            opts = ["late", "refund_slow", "price", "neutral"]
            p = [.35, .2, .25, .2]
            if c["city"] == "DU":
                opts, p = ["meet", "refund_slow", "late", "neutral"], [.45, .3, .15, .1]
            topic = self.pick(opts, p=p)
            self.say(c, topic, "call_note", None if self.u() < 0.55 else t, tp="tp_hotline",
                     agent=self.pick(["王丽", "陈杰", "Ahmed K.", "Grace Lam", "周婷", "Fatima R."]))

    # ------------------------------------------------------------ output
    def tables(self):
        tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e, kind=f, owner=g, aliases=h)
               for a, b, c_, d, e, f, g, h in TOUCHPOINTS]
        jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1, touchpoint_id=tp,
                   window_days=w) for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps)]
        # customer facts
        rides, last = {}, {}
        for o in self.orders:
            if o["order_type"] == "ride" and o["status"] in ("paid", "refunded"):
                rides[o["customer_id"]] = rides.get(o["customer_id"], 0) + 1
                last[o["customer_id"]] = max(last.get(o["customer_id"], START), o["ts"])
        cust = []
        for c in self.cust:
            n = rides.get(c["id"], 0)
            if c["corp"]:
                seg = "corporate"
            elif n >= 6:
                seg = "vip"
            elif n >= 2 and last[c["id"]] < END - D(days=150):
                seg = "at_risk"
            elif n >= 2:
                seg = "returning"
            else:
                seg = "new"
            city = CITIES[c["city"]]
            cust.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=city["zh"],
                             city_id=c["city"], city_en=city["en"], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]], tier=c["tier"], 会员等级=TIER_ZH[c["tier"]],
                             company_id=c["company_id"], company_name=c["company_name"],
                             is_company_admin=c["admin"], phone_os=c["os"], rides=n))
        exps = [dict(experiment_id="luxury_upgrade_2025", variant=v, customer_id=cid, assigned_at=t, city_id=c["city"],
                     city_en=CITIES[c["city"]]["en"]) for cid, (v, t, c) in sorted(self.exp.items())]
        ev = sorted(self.events, key=lambda e: (e["ts"], e["event_id"]))
        fb = sorted(self.feedback, key=lambda f: f["feedback_id"])
        return dict(touchpoints=tps, journeys=jr, customers=cust, events=ev, orders=self.orders, feedback=fb,
                    experiments=exps)


HOURS = np.array([1, .5, .3, .3, .6, 1.5, 3, 4, 4, 3.5, 3, 3, 3, 3, 3.2, 3.5, 4, 4.5, 4.5, 4, 3.5, 3, 2.5, 1.8])
HOURS = HOURS / HOURS.sum()


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, rows):
    cols = []
    for row in rows:
        for k in row:
            if k not in cols:
                cols.append(k)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for row in rows:
            w.writerow([fmt(row.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.customers()
    g.run()
    g.invoices()
    g.more_feedback()
    for name, rows in g.tables().items():
        write(out / f"{name}.csv", rows)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
