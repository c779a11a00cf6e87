"""云翼 SkyLease: a private-jet and helicopter charter broker based in Shanghai with desks in Beijing, Shenzhen, Hong
Kong, Hangzhou and Chengdu. A client (corporate account or individual) sends a charter enquiry (询价) through the
website, the WeChat service account / mini program or a travel agent / concierge; the charter desk sources an
aircraft from an operator (寻机), sends a quote (报价), sometimes revises it (报价变更: fuel surcharge, aircraft swap,
route change), the client signs the charter contract and pays a 30 % deposit (签约付定金), pays the balance, the
operator confirms crew and slot (机组及时刻确认), the flight operates (sometimes delayed), catering is served, a
post-flight invoice (航后账单) settles extras (de-icing, crew overnight, waiting time) and the client is surveyed.
Empty-leg offers (空腿) are pushed on WeChat and listed on the website; helicopter transfers (直升机接驳) are paid in
full at booking. Extract: 2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment; not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, ~3 s. Planted patterns: README.md.
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
N_CUST = 4200
SHA_SLOT = (datetime(2025, 7, 1), datetime(2025, 9, 1))        # Hongqiao summer flow control (流控)
FUEL = (datetime(2026, 4, 1), datetime(2026, 6, 1))            # fuel-surcharge hike: quotes get revised

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_emptyleg_offer", "空腿推送", "Empty-leg offer viewed", "awareness", "social", "digital", "marketing",
     "空腿|空腿推送|空腿特价|调机航段|empty leg|empty-leg offer|one-way deal"),
    ("tp_enquiry", "包机询价", "Charter enquiry", "awareness", "web", "digital", "sales",
     "询价|包机需求|提需求|咨询包机|enquiry|inquiry|RFQ|charter request"),
    ("tp_sourcing", "寻机确认", "Aircraft sourced", "consideration", "other", "digital", "charter_desk",
     "寻机|找飞机|机型确认|运营商确认|sourcing|aircraft sourced|availability confirmed"),
    ("tp_quote", "报价发出", "Quote sent", "consideration", "email", "digital", "sales",
     "报价|出报价|报价单|quote|quotation|price offer"),
    ("tp_quote_revised", "报价变更", "Quote revised", "consideration", "email", "digital", "sales",
     "改价|报价变更|加价|重新报价|quote change|revised quote|re-quote|price change"),
    ("tp_contract", "签约付定金", "Contract & deposit", "purchase", "web", "digital", "sales",
     "签约|定金|付定金|下定|成交|合同|contract|deposit|signed|booked"),
    ("tp_emptyleg_book", "空腿预订", "Empty leg booked", "purchase", "mini_program", "digital", "sales",
     "订空腿|空腿下单|抢空腿|empty-leg booking|booked the empty leg"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "web", "digital", "finance",
     "尾款|付尾款|结清|balance|final payment"),
    ("tp_cancel", "取消包机", "Charter cancelled", "service", "phone", "digital", "charter_desk",
     "取消|退订|不飞了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|deposit back|refunded"),
    ("tp_crew_slot", "机组及时刻确认", "Crew & slot confirmed", "service", "other", "digital", "ops",
     "机组确认|时刻确认|时刻|航权|slot|crew confirmation|slot confirmed|flight brief"),
    ("tp_delay", "航班延误", "Departure delayed", "service", "other", "physical", "ops",
     "延误|晚点|流控|delay|delayed|late departure|ATC hold"),
    ("tp_flight", "执行飞行", "Flight operated", "service", "other", "physical", "ops",
     "飞行|起飞|执飞|航班|flight|flown|departure|wheels up|trip"),
    ("tp_catering", "机上餐食", "Onboard catering", "service", "other", "physical", "ops",
     "餐食|配餐|机上餐|航食|catering|onboard meal|food"),
    ("tp_invoice", "航后账单", "Post-flight invoice", "service", "email", "digital", "finance",
     "账单|航后账单|结算单|发票|invoice|final bill|post-flight bill"),
    ("tp_survey", "航后回访", "Post-flight survey", "loyalty", "mini_program", "digital", "client_service",
     "回访|评价|打分|满意度|survey|rating|feedback|NPS"),
    ("tp_rebook", "再次包机", "Repeat charter", "loyalty", "web", "digital", "account_mgmt",
     "复购|再次包机|回头客|又来询价|repeat|repeat charter|rebook|returning client"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("charter", "包机成交", "Charter sales", ["tp_enquiry", "tp_sourcing", "tp_quote", "tp_contract"], 14),
    ("fulfil", "包机履约", "Charter fulfilment", ["tp_contract", "tp_crew_slot", "tp_flight", "tp_invoice"], 60),
    ("emptyleg", "空腿转化", "Empty-leg conversion", ["tp_emptyleg_offer", "tp_emptyleg_book"], 3),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("repeat", "复购", "Repeat charter", ["tp_flight", "tp_rebook"], 180),
]
CITIES = {  # en: zh, weight, base airport, en share of clients
    "Shanghai": ("上海", 0.30, "SHA", 0.08), "Beijing": ("北京", 0.22, "PEK", 0.06),
    "Shenzhen": ("深圳", 0.17, "SZX", 0.08), "Hong Kong": ("香港", 0.13, "HKG", 0.55),
    "Hangzhou": ("杭州", 0.10, "HGH", 0.05), "Chengdu": ("成都", 0.08, "TFU", 0.04),
}
AIRPORTS = {  # code: zh city, en city
    "SHA": ("上海", "Shanghai"), "PVG": ("上海浦东", "Shanghai Pudong"), "PEK": ("北京", "Beijing"),
    "SZX": ("深圳", "Shenzhen"), "HKG": ("香港", "Hong Kong"), "HGH": ("杭州", "Hangzhou"), "TFU": ("成都", "Chengdu"),
    "SYX": ("三亚", "Sanya"), "HND": ("东京", "Tokyo"), "SIN": ("新加坡", "Singapore"), "GMP": ("首尔", "Seoul"),
    "HRB": ("哈尔滨", "Harbin"), "LJG": ("丽江", "Lijiang"), "MFM": ("澳门", "Macau"), "HHP": ("香港上环直升机场", "HK Heliport"),
}
ROUTES = {  # base: [(dest, block hours, weight)]
    "SHA": [("SYX", 3.0, 3), ("PEK", 2.0, 3), ("HKG", 2.4, 2), ("HND", 2.6, 2), ("SIN", 5.6, 1), ("TFU", 2.9, 1)],
    "PEK": [("SYX", 4.0, 3), ("SHA", 2.0, 3), ("HRB", 1.8, 2), ("HKG", 3.5, 1), ("GMP", 2.0, 2), ("LJG", 3.8, 1)],
    "SZX": [("SYX", 1.3, 3), ("PEK", 3.2, 2), ("SIN", 3.8, 2), ("SHA", 2.2, 2)],
    "HKG": [("SIN", 3.8, 2), ("HND", 4.0, 2), ("SYX", 1.5, 2), ("PEK", 3.5, 1)],
    "HGH": [("SYX", 2.8, 3), ("PEK", 2.0, 2), ("HKG", 2.2, 2)],
    "TFU": [("LJG", 1.3, 3), ("SYX", 2.8, 2), ("SHA", 2.9, 2)],
}
HELI = {"HKG": ("MFM", 0.35), "SZX": ("HHP", 0.4), "SHA": ("PVG", 0.3)}
P_HELI = {"HKG": 0.30, "SZX": 0.14, "SHA": 0.07}
CATS = {  # en: zh, CNY per block hour, models
    "light_jet": ("轻型公务机", 30000, ["Citation CJ3+", "Phenom 300E"]),
    "midsize_jet": ("中型公务机", 48000, ["Challenger 350", "Praetor 600"]),
    "heavy_jet": ("大型公务机", 98000, ["Gulfstream G550", "Global 6000", "Falcon 7X"]),
    "helicopter": ("直升机", 26000, ["AW139", "Bell 429", "H135"]),
}
OPERATORS = {  # en: zh, categories
    "Xianglong Business Aviation": ("翔龙公务航空", {"light_jet", "midsize_jet", "heavy_jet"}),
    "Coastline Aviation": ("海岸线航空", {"light_jet", "midsize_jet"}),
    "Jade Wing Executive": ("玉翼公务", {"midsize_jet", "heavy_jet"}),
    "Orient Star Jets": ("东星公务机", {"heavy_jet", "midsize_jet"}),
    "PRD Heli": ("珠三角直升机", {"helicopter"}),
    "Eastern General Aviation": ("东方通航", {"helicopter"}),
}
CATERERS = {"SZX": ("鹏城空厨", "Pengcheng SkyKitchen", 0.36), "HKG": ("港湾航食", "Harbour Inflight", 0.05)}
DEFAULT_CATERER = ("云端配餐", "CloudTable Catering", 0.05)
CHANNELS = {  # en: zh, weight, enquiry channel, contract multiplier
    "website": ("官网", 0.34, "web", 0.55), "wechat": ("微信", 0.30, "wechat", 1.0),
    "agent": ("代理商", 0.20, "agent", 1.25), "referral": ("老客推荐", 0.16, "wechat", 1.45)}
INDUSTRIES = {  # corporate clients: en: zh, weight, heavy-jet share, return prob
    "finance": ("金融", 0.34, 0.35, 0.55), "tech": ("科技互联网", 0.28, 0.20, 0.50),
    "entertainment": ("文娱", 0.16, 0.25, 0.45), "manufacturing": ("制造", 0.17, 0.10, 0.40),
    "family_office": ("家族办公室", 0.022, 0.90, 0.85)}
MANAGERS = [("张莉", "Lily Zhang"), ("王浩", "Howard Wang"), ("陈思远", "Sean Chen"), ("李娜", "Nina Li"),
            ("黄家明", "Kelvin Wong")]
AGENTS = ["环球礼宾 GlobalConcierge", "尊途商旅 Zuntu Travel", "Asia Luxe Travel", "金钥匙礼宾 Golden Key"]
TIERS = {"standard": "标准会员", "gold": "金卡会员", "platinum": "白金会员"}
TRIP = {"one_way": "单程", "round_trip": "往返"}
DELAYR = {"atc_slot": "流控/时刻", "weather": "天气", "crew": "机组", "technical": "机务", "passenger_late": "旅客晚到"}
REVR = {"fuel_surcharge": "燃油附加费上调", "aircraft_swap": "更换机型", "route_change": "航线调整"}
CANR = {"client_plan_change": "客户行程变更", "weather": "天气原因", "operator_aog": "运营商飞机故障"}
EXTRAR = {"de_icing": "除冰费", "crew_overnight": "机组过夜费", "waiting": "等待费"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "delay": (["航班延误了快两个小时，虹桥流控也没人提前通知", "晚点一个多小时，在公务机楼干等", "延误太久了，后面的会议都耽误了",
               "起飞又延误，说是在等时刻"],
              ["the flight was delayed almost two hours and nobody warned us", "departure delayed over an hour, we just sat in the FBO",
               "another delay waiting for a slot, very frustrating"]),
    "quote_change": (["签约前突然加价，说是燃油附加费上调", "报价变了好几次，说好的价格又改", "临时加价太不专业了", "报价变来变去，很难跟老板交代"],
                     ["the quote changed twice before we could sign", "price went up at the last minute because of a fuel surcharge",
                      "they re-quoted higher after we had agreed"]),
    "catering": (["机上餐食是凉的，配餐也和点的不一样", "配餐送错了，点的中餐变成了三明治", "餐食质量很差，不像公务机的水准"],
                 ["the catering was cold and not what we ordered", "catering order was wrong again", "poor catering for the price"]),
    "invoice": (["航后账单多出一笔除冰费，事先没人说", "账单里额外费用太多，跟报价对不上", "结算单上莫名多了几万块"],
                ["unexpected de-icing charge on the final invoice", "the invoice had extras nobody mentioned up front"]),
    "refund_slow": (["取消后定金退款到现在还没到账", "退款拖了快两周", "退款流程太慢了"],
                    ["still waiting for my deposit refund", "the refund took almost two weeks"]),
    "weather_cancel": (["直升机因为天气取消了，只能改坐船", "天气原因飞不了，理解但很扫兴"],
                       ["helicopter cancelled because of weather, had to take the ferry", "weather grounded the helicopter again"]),
    "crew": (["机组非常专业，空乘服务很贴心", "机组和空乘都很nice，全程很安心", "机组服务一流"],
             ["the crew were outstanding", "super professional crew and a smooth ride", "crew went above and beyond"]),
}
GEN = {
    "pos": (["体验很好，下次还找你们", "响应很快，安排得很周到", "全程顺畅，老板很满意", "性价比不错，推荐给朋友了"],
            ["great service, very responsive", "smooth trip, will book again", "everything went to plan"]),
    "neu": (["还可以，中规中矩", "整体一般，没什么特别"], ["it was ok", "average experience overall"]),
    "neg": (["这次不太满意", "有点失望，跟预期差距大"], ["not happy this time", "disappointing overall"]),
}
TOPIC_TP = [("delay", "tp_delay"), ("weather_cancel", "tp_cancel"), ("refund_slow", "tp_refund"),
            ("quote_change", "tp_quote_revised"), ("catering", "tp_catering"), ("invoice", "tp_invoice"),
            ("crew", "tp_flight")]
NEG_TOPICS = {"delay", "quote_change", "catering", "invoice", "refund_slow", "weather_cancel"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 15) <= d < datetime(2025, 2, 10) or datetime(2026, 2, 3) <= d < datetime(2026, 3, 3):
        return 1.9                                     # Spring Festival
    if datetime(2025, 9, 20) <= d < datetime(2025, 10, 8):
        return 1.6                                     # National Day golden week
    if d.month in (7, 8, 12):
        return 1.2
    return 1.0


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_rq = self.n_el = 0

    def ev(self, c, t, tp, sid, action, rq=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        if rq:
            row.update(rq)
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, sid, rq, stage, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"charter_flight": "包机费", "empty_leg": "空腿", "heli_transfer": "直升机接驳", "catering_extra": "餐食加购"}
        stz = {"deposit": "定金", "balance": "尾款", "invoice_extras": "航后结算", "full": "全款"}
        row = dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=rq["channel"], device=rq.get("device"), order_type=otype, 订单类型=zh[otype],
                   payment_stage=stage, 付款阶段=stz[stage], request_id=sid, currency="CNY")
        for k in ("aircraft_category", "机型类别", "origin", "出发城市", "destination", "目的地城市", "trip_type", "行程类型"):
            row[k] = rq.get(k)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rq=None, sid=None, rating=None, nps=None, undated=False, gen=None,
           no_customer=False, extra=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_survey")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if ("crew" in topics or gen == "pos") else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, request_id=sid)
        if rq:
            for k in ("aircraft_category", "机型类别", "origin", "出发城市", "destination", "目的地城市"):
                row[k] = rq.get(k)
        if extra:
            row.update(extra)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, (0.7 + 0.6 * (d - START).days / 535) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            corp = rng.random() < 0.42
            ind = pick(list(INDUSTRIES), [v[1] for v in INDUSTRIES.values()]) if corp else None
            self.cust.append(dict(
                customer_id=f"K{i + 1:05d}", first=t, city=city, channel=ch, corp=corp, industry=ind,
                device=pick(["ios", "android", "pc"], [0.5, 0.25, 0.25]), en_share=CITIES[city][3],
                lang="en" if rng.random() < CITIES[city][3] else "zh", spend=0.0, flights=[], first_pay=None,
                el_first=rng.random() < 0.18, manager=MANAGERS[int(rng.integers(len(MANAGERS)))],
                agent=AGENTS[int(rng.integers(len(AGENTS)))] if ch == "agent" else None,
                account=f"CA{int(rng.integers(1, 400)):03d}" if corp else None))

    # ---------- one charter request ----------
    def request(self, c, t0: datetime, n_prev: int):
        base = CITIES[c["city"]][2]
        heavy_p = INDUSTRIES[c["industry"]][2] if c["corp"] else 0.18
        if base in P_HELI and rng.random() < P_HELI[base]:
            cat = "helicopter"
            dest, hours = HELI[base]
            trip = "one_way"
        else:
            dest, hours, _ = ROUTES[base][int(rng.choice(len(ROUTES[base]), p=np.array(
                [r[2] for r in ROUTES[base]]) / sum(r[2] for r in ROUTES[base])))]
            if c["industry"] == "family_office" and rng.random() < 0.8:
                cat = "heavy_jet"
            else:
                cat = pick(["light_jet", "midsize_jet", "heavy_jet"], [0.42 * (1 - heavy_p), 0.58 * (1 - heavy_p), heavy_p])
            if cat == "light_jet" and hours > 3.5:
                cat = "midsize_jet"
            trip = "round_trip" if rng.random() < 0.35 else "one_way"
        pax = int(rng.integers(1, 4)) if cat == "helicopter" else int(rng.integers(2, {"light_jet": 7, "midsize_jet": 10,
                                                                                       "heavy_jet": 15}[cat]))
        self.n_rq += 1
        sid = f"RQ{self.n_rq:06d}"
        ech = CHANNELS[c["channel"]][2]
        dev = None if ech == "agent" else (c["device"] if ech == "web" or c["device"] != "pc" else "ios")
        if ech == "web" and dev != "pc" and rng.random() < 0.5:
            dev = "pc"
        rq = dict(channel=ech, device=dev, aircraft_category=cat, 机型类别=CATS[cat][0], trip_type=trip, 行程类型=TRIP[trip],
                  origin=base, 出发城市=AIRPORTS[base][0], destination=dest, 目的地城市=AIRPORTS[dest][0],
                  route=f"{base}-{dest}", pax=pax, agent_name=c["agent"],
                  client_type="corporate" if c["corp"] else "individual",
                  客户类型="企业客户" if c["corp"] else "个人客户")
        lead = {"helicopter": 3, "light_jet": 8, "midsize_jet": 10, "heavy_jet": 16}[cat]
        t_fly_plan = t0 + D(days=float(rng.exponential(lead) + 1.0))
        t_fly_plan = datetime(t_fly_plan.year, t_fly_plan.month, t_fly_plan.day) + D(hours=float(rng.integers(7, 20)))
        if n_prev > 0:
            self.ev(c, t0, "tp_rebook", sid, "repeat_enquiry", rq)
        self.ev(c, t0, "tp_enquiry", sid, "submit", rq, flight_date=t_fly_plan.strftime("%Y-%m-%d"))
        # sourcing
        p_src_fail = 0.05 + (0.15 if cat == "heavy_jet" and season(t0) > 1.5 else 0.0)
        if rng.random() < p_src_fail:
            return None
        med = {"helicopter": 1.2, "light_jet": 2.0, "midsize_jet": 3.0, "heavy_jet": 8.5}[cat]
        t_src = t0 + D(hours=float(rng.lognormal(np.log(med), 0.6)))
        op = pick([o for o, v in OPERATORS.items() if cat in v[1]],
                  [1.0 if o != "Jade Wing Executive" else 0.6 for o, v in OPERATORS.items() if cat in v[1]])
        model = str(rng.choice(CATS[cat][2]))
        rq.update(operator=op, 运营方=OPERATORS[op][0], aircraft_model=model, tail_no=f"B-{int(rng.integers(3000, 9999))}")
        self.ev(c, t_src, "tp_sourcing", sid, "aircraft_confirmed", rq)
        price = CATS[cat][1] * max(1.0, hours) * (1.85 if trip == "round_trip" else 1.0)
        if cat == "helicopter":
            price = CATS[cat][1] * (1.0 + hours)
        price = round(price * float(rng.uniform(0.9, 1.15)), -2)
        t_q = t_src + D(hours=float(rng.lognormal(np.log(1.0), 0.5)))
        self.ev(c, t_q, "tp_quote", sid, "quote_sent", rq, quote_amount=price)
        t = t_q
        revised = False
        p_rev = 0.42 if FUEL[0] <= t_q < FUEL[1] and cat != "helicopter" else 0.09
        if rng.random() < p_rev:
            revised = True
            reason = "fuel_surcharge" if FUEL[0] <= t_q < FUEL[1] and rng.random() < 0.85 else \
                pick(["aircraft_swap", "route_change"], [0.6, 0.4])
            t = t_q + D(hours=float(rng.lognormal(np.log(20), 0.6)))
            price = round(price * float(rng.uniform(1.05, 1.14)), -2)
            self.ev(c, t, "tp_quote_revised", sid, "re_quote", rq, quote_amount=price, revise_reason=reason,
                    变更原因=REVR[reason])
            if rng.random() < 0.3:
                self.fb(c, t + D(hours=float(rng.uniform(1, 30))), ["quote_change"], "wechat", rq, sid,
                        undated=rng.random() < 0.3)
        # contract decision
        p_con = 0.40 * CHANNELS[c["channel"]][3] * (1.3 if c["corp"] else 1.0) * (0.55 if revised else 1.0)
        p_con *= 1.25 if n_prev > 0 else 1.0
        if rng.random() > min(0.92, p_con):
            return None
        t_con = t + D(hours=float(rng.lognormal(np.log(18), 0.8)))
        t_fly = max(t_fly_plan, t_con + D(hours=30))
        deposit_only = cat != "helicopter"
        self.ev(c, t_con, "tp_contract", sid, "signed", rq, amount=round(price * 0.3 if deposit_only else price, 2),
                flight_date=t_fly.strftime("%Y-%m-%d"))
        if cat == "helicopter":
            first_order = self.order(c, t_con, price, "heli_transfer", sid, rq, "full")
        else:
            first_order = self.order(c, t_con, price * 0.3, "charter_flight", sid, rq, "deposit")
        if c["first_pay"] is None:
            c["first_pay"] = t_con
        # cancellation
        p_cancel = 0.17 if cat == "helicopter" else 0.045
        if rng.random() < p_cancel:
            t_c = t_con + (t_fly - t_con) * float(rng.uniform(0.2, 0.95))
            reason = ("weather" if rng.random() < 0.8 else "client_plan_change") if cat == "helicopter" else \
                pick(["client_plan_change", "operator_aog"], [0.75, 0.25])
            self.ev(c, t_c, "tp_cancel", sid, "cancel", rq, cancel_reason=reason, 取消原因=CANR[reason])
            refund = price if cat == "helicopter" else price * 0.3
            days = float(rng.lognormal(np.log(1.5 if cat == "helicopter" else 6.5), 0.5))
            t_r = t_c + D(days=days)
            self.ev(c, t_r, "tp_refund", sid, "refunded", rq, refund_amount=round(refund, 2))
            if first_order is not None and t_r <= END:
                first_order["status"] = "refunded"
                first_order["refunded_at"] = ts(t_r)
            if reason == "weather" and rng.random() < 0.35:
                self.fb(c, t_c + D(hours=2), ["weather_cancel"], "wechat", rq, sid)
            if days > 9 and rng.random() < 0.6:
                self.fb(c, t_c + D(days=9), ["refund_slow"], "ticket", rq, sid)
            return dict(end=t_c, flown=False)
        catering = cat != "helicopter" and rng.random() < (0.85 if cat == "heavy_jet" else 0.55)
        cater = CATERERS.get(base, DEFAULT_CATERER)
        if cat != "helicopter":
            t_bal = max(t_con + D(hours=2), t_fly - D(days=2.5))
            self.ev(c, t_bal, "tp_balance", sid, "paid", rq, amount=round(price * 0.7, 2))
            self.order(c, t_bal, price * 0.7, "charter_flight", sid, rq, "balance")
            if catering:
                amt = round(float(rng.uniform(180, 650)) * pax, -1)
                self.order(c, t_bal + D(minutes=5), amt, "catering_extra", sid, rq, "full", catering_vendor=cater[0])
                c["spend"] += amt
            t_cs = max(t_bal + D(hours=1), t_fly - D(hours=float(rng.uniform(12, 36))))
        else:
            t_cs = max(t_con + D(hours=1), t_fly - D(hours=float(rng.uniform(6, 24))))
        c["spend"] += price
        self.ev(c, t_cs, "tp_crew_slot", sid, "confirmed", rq)
        # delay
        p_delay, reason = 0.07, None
        if base == "SHA" and SHA_SLOT[0] <= t_fly < SHA_SLOT[1] and cat != "helicopter":
            p_delay = 0.46
        if op == "Jade Wing Executive":
            p_delay += 0.12
        late = 0.0
        if rng.random() < p_delay:
            if p_delay > 0.4 and base == "SHA":
                reason = "atc_slot" if rng.random() < 0.85 else "weather"
            elif op == "Jade Wing Executive" and rng.random() < 0.65:
                reason = "crew"
            else:
                reason = pick(["atc_slot", "weather", "crew", "technical", "passenger_late"], [0.3, 0.25, 0.15, 0.15, 0.15])
            late = float(rng.lognormal(np.log(95 if reason == "atc_slot" else 55), 0.5))
            self.ev(c, t_fly, "tp_delay", sid, "delayed", rq, delay_minutes=round(late), delay_reason=reason,
                    延误原因=DELAYR[reason])
        t_off = t_fly + D(minutes=late)
        self.ev(c, t_off, "tp_flight", sid, "flown", rq, block_hours=hours * (2 if trip == "round_trip" else 1))
        c["flights"].append(t_off)
        topics = []
        if reason is not None and (late > 45 or rng.random() < 0.5):
            topics.append("delay")
        if catering:
            bad_c = rng.random() < cater[2]
            self.ev(c, t_off + D(minutes=40), "tp_catering", sid, "served" if not bad_c else "issue_reported", rq,
                    catering_vendor=cater[0], catering_vendor_en=cater[1])
            if bad_c:
                topics.append("catering")
        # invoice
        t_inv = t_off + D(hours=hours) + D(days=float(rng.lognormal(np.log(2.0), 0.5)))
        extra, ereason = 0.0, None
        winter = t_off.month in (12, 1, 2)
        if winter and (base in ("PEK",) or dest == "HRB") and cat != "helicopter" and rng.random() < 0.7:
            extra, ereason = float(rng.choice([8000, 12000, 15000])), "de_icing"
        elif trip == "round_trip" and rng.random() < 0.3:
            extra, ereason = 6000.0, "crew_overnight"
        elif rng.random() < 0.04:
            extra, ereason = 3000.0, "waiting"
        self.ev(c, t_inv, "tp_invoice", sid, "issued", rq, invoice_extra=extra or None, extra_reason=ereason,
                额外费用原因=EXTRAR.get(ereason))
        if extra:
            self.order(c, t_inv, extra, "charter_flight", sid, rq, "invoice_extras", extra_reason=ereason)
            c["spend"] += extra
            if ereason == "de_icing" and rng.random() < 0.45:
                topics.append("invoice")
                if rng.random() < 0.5:
                    self.fb(c, t_inv + D(hours=float(rng.uniform(2, 40))), ["invoice"], "ticket", rq, sid)
        if "delay" in topics and late > 90 and rng.random() < 0.3:
            self.fb(c, t_off + D(hours=float(rng.uniform(3, 30))), ["delay"], "ticket", rq, sid, extra=dict(operator=op))
        if "catering" in topics and rng.random() < 0.25:
            self.fb(c, t_off + D(hours=float(rng.uniform(3, 30))), ["catering"], "ticket", rq, sid,
                    extra=dict(catering_vendor=cater[0]))
        bad = bool(topics)
        if not bad and rng.random() < (0.35 if op != "Jade Wing Executive" else 0.15):
            topics.append("crew")
        # survey
        if rng.random() < (0.45 if bad else 0.32):
            stars = float(pick([5, 4, 3, 2], [0.5, 0.35, 0.11, 0.04]))
            pen = {"delay": 2.0, "catering": 1.1, "invoice": 1.5}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "crew" in topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            nps = int(np.clip(round(rng.normal(8.6 - 3.2 * bad, 1.4)), 0, 10))
            t_s = t_inv + D(hours=float(rng.lognormal(np.log(20), 0.7)))
            self.ev(c, t_s, "tp_survey", sid, "rated", rq, stars=stars, nps=nps)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_s, topics, "post_flight_survey", rq, sid, rating=stars, nps=nps, gen=gen,
                    extra=dict(operator=op, catering_vendor=cater[0] if catering else None))
        elif topics and rng.random() < 0.15:
            self.fb(c, t_off + D(hours=float(rng.uniform(2, 48))), [k for k in topics if k != "crew"] or topics,
                    "wechat", rq, sid, undated=rng.random() < 0.35, extra=dict(operator=op))
        if c["agent"] and rng.random() < 0.12:
            self.fb(c, t_inv + D(days=1), topics, "agent_note", rq, sid, undated=rng.random() < 0.5,
                    no_customer=rng.random() < 0.3, extra=dict(operator=op))
        return dict(end=t_inv, flown=True, bad=bad)

    # ---------- empty legs ----------
    def empty_leg(self, c, t):
        self.n_el += 1
        sid = f"EL{self.n_el:06d}"
        base = CITIES[c["city"]][2]
        dest, hours, _ = ROUTES[base][int(rng.integers(len(ROUTES[base])))]
        ch = "wechat" if rng.random() < 0.6 else "web"
        cat = "midsize_jet" if hours > 3.5 or rng.random() < 0.5 else "light_jet"
        rq = dict(channel=ch, device=c["device"] if ch == "web" else ("ios" if c["device"] == "pc" else c["device"]),
                  aircraft_category=cat, 机型类别=CATS[cat][0], trip_type="one_way", 行程类型=TRIP["one_way"],
                  origin=dest, 出发城市=AIRPORTS[dest][0], destination=base, 目的地城市=AIRPORTS[base][0],
                  route=f"{dest}-{base}", client_type="corporate" if c["corp"] else "individual",
                  客户类型="企业客户" if c["corp"] else "个人客户", offer_type="empty_leg")
        ops = [o for o, v in OPERATORS.items() if cat in v[1]]
        op = pick(ops, [1.0] * len(ops))
        rq.update(operator=op, 运营方=OPERATORS[op][0], aircraft_model=str(rng.choice(CATS[cat][2])))
        price = round(CATS[cat][1] * max(1.0, hours) * float(rng.uniform(0.25, 0.4)), -2)
        self.ev(c, t, "tp_emptyleg_offer", sid, "view", rq, quote_amount=price)
        if rng.random() > (0.15 if ch == "wechat" else 0.045):
            return None
        t_b = t + D(hours=float(rng.lognormal(np.log(4), 0.8)))
        self.ev(c, t_b, "tp_emptyleg_book", sid, "booked", rq, amount=price)
        o = self.order(c, t_b, price, "empty_leg", sid, rq, "full")
        if c["first_pay"] is None:
            c["first_pay"] = t_b
        t_f = t_b + D(days=float(rng.uniform(1, 5)))
        if rng.random() < 0.12:                        # the main charter moved: the empty leg disappears
            t_c = t_b + (t_f - t_b) * 0.5
            self.ev(c, t_c, "tp_cancel", sid, "cancel", rq, cancel_reason="operator_aog", 取消原因=CANR["operator_aog"])
            t_r = t_c + D(days=float(rng.lognormal(np.log(3), 0.4)))
            self.ev(c, t_r, "tp_refund", sid, "refunded", rq, refund_amount=price)
            if o is not None and t_r <= END:
                o["status"], o["refunded_at"] = "refunded", ts(t_r)
            return None
        c["spend"] += price
        t_f = datetime(t_f.year, t_f.month, t_f.day) + D(hours=float(rng.integers(7, 20)))
        p_delay = 0.46 if dest == "SHA" and SHA_SLOT[0] <= t_f < SHA_SLOT[1] else 0.07
        if op == "Jade Wing Executive":
            p_delay += 0.12
        if rng.random() < p_delay:
            reason = "atc_slot" if p_delay > 0.4 and rng.random() < 0.85 else \
                pick(["atc_slot", "weather", "crew", "technical"], [0.35, 0.3, 0.2, 0.15])
            late = float(rng.lognormal(np.log(95 if reason == "atc_slot" else 55), 0.5))
            self.ev(c, t_f, "tp_delay", sid, "delayed", rq, delay_minutes=round(late), delay_reason=reason,
                    延误原因=DELAYR[reason])
            t_f += D(minutes=late)
        self.ev(c, t_f, "tp_flight", sid, "flown", rq, block_hours=hours)
        c["flights"].append(t_f)
        return t_f

    def run(self):
        self.customers()
        for c in self.cust:
            t = c["first"]
            if c["el_first"]:
                r = self.empty_leg(c, t)
                t = (r or t) + D(days=float(rng.exponential(60) + 3))
                if rng.random() < 0.55:
                    continue
            # occasional empty-leg pushes over the client's life
            for _ in range(int(rng.poisson(1.2))):
                te = c["first"] + D(days=float(rng.uniform(5, 400)))
                if te <= END:
                    self.empty_leg(c, te)
            n = 0
            ret = INDUSTRIES[c["industry"]][3] if c["corp"] else 0.30
            while t <= END:
                res = self.request(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.25:
                        t += D(days=float(rng.uniform(5, 60)))
                        continue
                    break
                p = ret * (0.7 if res.get("bad") else 1.0) if res["flown"] else 0.4
                if rng.random() > p:
                    break
                t = res["end"] + D(days=float(rng.exponential(45) + 4))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 22)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "platinum" if spend >= 800_000 else "gold" if spend >= 250_000 else "standard"
            f = sorted(x for x in c["flights"] if x <= END)
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 3, 1):
                seg = "new"
            elif len(f) >= 3:
                seg = "loyal"
            elif not f or f[-1] < datetime(2025, 12, 1):
                seg = "at_risk"
            else:
                seg = "active"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                             tier=tier, 会员等级=TIERS[tier], client_type="corporate" if c["corp"] else "individual",
                             客户类型="企业客户" if c["corp"] else "个人客户", industry=c["industry"],
                             行业=INDUSTRIES[c["industry"]][0] if c["corp"] else None, corporate_account=c["account"],
                             account_manager=c["manager"][1], 客户经理=c["manager"][0], agent_name=c["agent"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "client_type", "客户类型", "offer_type", "aircraft_category", "机型类别", "aircraft_model", "tail_no", "operator",
           "运营方", "trip_type", "行程类型", "origin", "出发城市", "destination", "目的地城市", "route", "pax", "agent_name",
           "flight_date", "quote_amount", "revise_reason", "变更原因", "amount", "cancel_reason", "取消原因",
           "refund_amount", "delay_minutes", "delay_reason", "延误原因", "block_hours", "catering_vendor",
           "catering_vendor_en", "invoice_extra", "extra_reason", "额外费用原因", "stars", "nps"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "payment_stage", "付款阶段", "request_id", "aircraft_category", "机型类别", "origin", "出发城市", "destination",
            "目的地城市", "trip_type", "行程类型", "catering_vendor", "extra_reason", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "request_id", "aircraft_category", "机型类别", "origin", "出发城市", "destination", "目的地城市", "operator",
           "catering_vendor"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
             "client_type", "客户类型", "industry", "行业", "corporate_account", "account_manager", "客户经理", "agent_name",
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
    dup_idx = rng.choice(len(ev), size=15, replace=False)            # the CRM webhook re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fbs = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fbs, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, requests {g.n_rq}, empty-leg offers {g.n_el}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
