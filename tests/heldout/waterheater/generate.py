"""暖泉家 WarmNest: water heater sales and installation (gas, electric storage and air-source heat pump heaters) in
Guangzhou, Chengdu, Hangzhou, Wuhan and Singapore. Synthetic, written blind.

A household asks for a price on the online quote form (website or WeChat mini-program), walks into a showroom or
calls the hotline; a site survey is booked, a surveyor checks the wall, flue, gas line and water pressure and gives
the final price; the household orders (orders row), the heater is delivered, an install crew fits it (a failed first
visit needs a second one), gas heaters get the gas company's safety check, and the household signs the handover.
Installed households (and 'legacy' ones installed 2022-2024) file warranty repairs (hotline / mini-program / app) and
are offered the annual maintenance plan (basic / premium) on site at the handover or by SMS campaign; plan members get
a yearly service visit and a renewal decision.

Data 2024-10-01 .. 2026-06-30 (CRM + field-service extract of 2026-07-06, five months before "today" 2026-12-01).
Naive local times. Money: orders.amount in CNY; Singapore bills in SGD (currency, amount_local) converted at 5.30.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment per comment; not a DATA.md table).
Deterministic (seed 20260706), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260706
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 6, 30, 23, 59, 59)
SGD = 5.30

CITIES = {  # zh, en, region, weight, price factor, English share of comments
    "GZ": ("广州", "Guangzhou", "south_china", 0.25, 1.0, 0.06),
    "CD": ("成都", "Chengdu", "southwest", 0.21, 0.92, 0.04),
    "HZ": ("杭州", "Hangzhou", "east_china", 0.21, 1.06, 0.07),
    "WH": ("武汉", "Wuhan", "central_china", 0.20, 0.95, 0.04),
    "SG": ("新加坡", "Singapore", "southeast_asia", 0.13, 1.45, 0.85),
}
STORES = {  # store code -> zh name
    "GZ": {"GZ-Tianhe": "广州天河店", "GZ-Panyu": "广州番禺店"},
    "CD": {"CD-Wuhou": "成都武侯店", "CD-Gaoxin": "成都高新店"},
    "HZ": {"HZ-Binjiang": "杭州滨江店", "HZ-Xihu": "杭州西湖店"},
    "WH": {"WH-Jianghan": "武汉江汉店", "WH-Guanggu": "武汉光谷店"},
    "SG": {"SG-Tampines": "新加坡淡滨尼店", "SG-Jurong": "新加坡裕廊店"},
}
TEAMS = {  # own install crews per city, zh names; GZ also the subcontractor QuickFix 快装帮 from Oct 2025
    "GZ": {"GZ-Crew1": "广州一队", "GZ-Crew2": "广州二队"},
    "CD": {"CD-Crew1": "成都一队", "CD-Crew2": "成都二队"},
    "HZ": {"HZ-Crew1": "杭州一队", "HZ-Crew2": "杭州二队"},
    "WH": {"WH-Crew1": "武汉一队", "WH-Crew2": "武汉二队"},
    "SG": {"SG-Crew1": "Singapore Crew A", "SG-Crew2": "Singapore Crew B"},
}
TEAM_ZH = {k: v for t in TEAMS.values() for k, v in t.items()} | {"QuickFix": "快装帮(外包)"}
PRODUCTS = {  # zh, base price CNY (heater + standard install), warranty years
    "gas": ("燃气热水器", 3900.0, 3),
    "electric": ("电热水器", 2600.0, 3),
    "heat_pump": ("空气能热水器", 10800.0, 5),
}
PRODUCT_MIX = {"GZ": (0.55, 0.25, 0.20), "CD": (0.62, 0.23, 0.15), "HZ": (0.50, 0.28, 0.22),
               "WH": (0.58, 0.27, 0.15), "SG": (0.10, 0.70, 0.20)}
BRANDS = {"gas": ["Rinnai", "Noritz", "A.O.Smith", "Vanward"], "electric": ["A.O.Smith", "Haier", "Ariston", "Midea"],
          "heat_pump": ["Haier", "Midea", "Vanward"]}
ACQ = {"web": ("官网", 0.22), "mini_program": ("小程序", 0.26), "store": ("门店", 0.20), "hotline": ("热线", 0.12),
       "referral": ("老客推荐", 0.10), "marketplace": ("京东天猫", 0.10)}
SURVEY = {"ok": "可直接安装", "needs_flue": "需改烟道", "needs_pipe": "需改水管", "infeasible": "无法安装"}
FAILR = {"customer_absent": "客户不在家", "wrong_parts": "配件不对", "joint_leak": "接口渗漏",
         "wall_unsuitable": "墙体不承重", "gas_not_open": "燃气未开通"}
FAULT = {"ignition_fail": "点火失败", "no_heat": "不加热", "water_leak": "漏水", "error_code": "报故障码",
         "noise": "噪音大", "thermostat": "温控失灵"}
PLANS = {"basic": ("基础保养", 199.0), "premium": ("尊享保养", 429.0)}
SEASON = {1: 1.35, 2: 0.75, 3: 0.95, 4: 0.9, 5: 0.85, 6: 0.75, 7: 0.7, 8: 0.75, 9: 0.95, 10: 1.2, 11: 1.45, 12: 1.5}

CD_FLUE = datetime(2025, 9, 1)                           # Chengdu: new rule, gas heaters need a forced-exhaust flue
GZ_QF = (datetime(2025, 10, 1), datetime(2026, 2, 1))    # Guangzhou: subcontractor QuickFix, leaking joints
HZ_DELIV = (datetime(2025, 11, 1), datetime(2025, 12, 1))  # Hangzhou: Double-11 warehouse backlog, late deliveries
WH_COLD = (datetime(2025, 12, 1), datetime(2026, 2, 1))  # Wuhan cold snap: ignition failures, repair backlog
IOS_BUG = (datetime(2026, 3, 2), datetime(2026, 3, 23))  # iOS mini-program 8.0.4: quote form submit fails
AB = (datetime(2025, 5, 1), datetime(2025, 9, 1))        # quote page test: instant price vs callback
SMS_CAMPAIGNS = (datetime(2025, 3, 10), datetime(2026, 3, 9))
STAR_AGENT = "HZ-Binjiang-03"

TEXT = {
    "flue": {
        "zh": ["勘察说要改烟道，改完比报价多出将近一千，早知道就装电的了。", "成都现在燃气热水器必须装强排烟道？勘察员上门才说，前面报价完全没提。",
               "烟道改造又要打孔又要等物业批，拖了两个礼拜。", "报价三千多，加上烟道改造快五千了，犹豫了很久最后没装。"],
        "en": ["The surveyor said we need a new flue, which added almost a thousand yuan to the quote.",
               "Nobody mentioned the flue rule when I got the online price. Only at the survey.",
               "Flue work meant drilling and waiting for building approval, two more weeks.",
               "With the flue conversion the price went way up. We postponed."]},
    "leak": {
        "zh": ["装好第二天接口就漏水，地板都泡了。", "安装的人走了以后阀门一直漏水，又约了一次才弄好。",
               "新热水器下面漏水，打电话说是外包队装的，太不专业了。", "冷热水管接反了，还漏水，只能返工。"],
        "en": ["The day after the install the joint started to leak all over the bathroom floor.",
               "Valve kept leaking after the crew left, needed a second visit.",
               "Water leak under the new heater. Apparently a subcontracted team did it.",
               "Pipes were swapped and leaking, the whole job had to be redone."]},
    "delivery": {
        "zh": ["双十一下的单，送货等了十天，说仓库爆仓。", "送货一拖再拖，安装也跟着往后推。", "送货时间一直改，客服也说不清哪天到。",
               "付款一周了还没送货，只能用烧水壶烧水洗澡。"],
        "en": ["Ordered in the November sale, delivery took ten days.", "The delivery kept slipping and the install with it.",
               "Delivery date changed three times, support could not tell me when.",
               "Paid a week ago and still no delivery."]},
    "wait": {
        "zh": ["报修后三天没人来，大冬天家里没热水。", "点火失败报修，排了四天才上门，这几天一直没热水。",
               "客服说维修排满了，零下的天没热水洗澡，太难受了。", "等维修等了快一周，全家没热水。"],
        "en": ["Reported the fault and waited three days with no hot water in winter.",
               "Ignition failure, four days until someone came. No hot water all that time.",
               "Repairs fully booked they said. No hot water in freezing weather.",
               "Almost a week waiting for the repair, the whole family had no hot water."]},
    "extra": {
        "zh": ["安装时说材料要另外加钱，角阀软管都单收。", "上门才说要加钱买支架，和报价不一样。", "装完临时加钱两百多，说是特殊墙面。",
               "报价写的包安装，结果加钱的项目一堆。"],
        "en": ["At the install they asked for an extra charge for valves and hoses.",
               "Extra charge for a bracket that was not on the quote.",
               "They added an extra charge of 200 for a so-called special wall.",
               "Quote said installation included, then extra charges for everything."]},
    "quote_page": {
        "zh": ["小程序报价页一直提交失败，点了好几次都不行。", "苹果手机上报价页填完提交就报错。", "报价页转圈圈，最后只能打电话。",
               "更新后报价页提交不了，客服让我换安卓手机试试？"],
        "en": ["The quote page keeps failing when I press submit.", "On my iPhone the quote page throws an error on submit.",
               "Quote page just spins forever. Ended up calling.", "After the update the quote page cannot be submitted at all."]},
    "repeat": {
        "zh": ["修好没两天又坏了，还得再约。", "第一次上门没带配件，第二次才修好，又坏过一次。", "同一个问题修完又坏，希望一次修好。"],
        "en": ["Fixed and it broke again two days later.", "First visit had no spare part, it broke again after the patch.",
               "Same fault, broke again after the repair. Please fix it properly once."]},
    "staff": {
        "zh": ["安装师傅很专业，走线整齐还帮忙把垃圾带走了。", "师傅准时到，讲解得很清楚，好评。", "维修师傅态度好，半小时就搞定了。",
               "师傅干活细致，还教我们怎么设温度。"],
        "en": ["The technician was professional and left the bathroom spotless.", "Technician arrived on time and explained everything.",
               "Repair technician was friendly and fixed it in half an hour.", "Careful technician, even showed us the settings."]},
    "temp": {
        "zh": ["水温很稳，冬天洗澡终于不忽冷忽热了。", "换了空气能以后水温稳定，电费也省了。", "水温调节方便，出热水快。"],
        "en": ["Water temperature is stable now, no more cold bursts in the shower.",
               "Since the heat pump the water temperature is steady and the bill is lower.", "Water temp is easy to set and heats fast."]},
    "plan": {
        "zh": ["办了年度保养，上门清洗除垢，挺省心。", "保养上门很准时，检查得很仔细。", "保养套餐价格合理，续了。"],
        "en": ["The annual maintenance visit was on time and thorough.", "Maintenance plan is worth it, descaling done every year.",
               "Renewed the maintenance plan, good value."]},
    "comm": {
        "zh": ["客服回复太慢，问个进度要等半天。", "预约改时间没人通知我。", "电话打过去总是转来转去，没人负责。"],
        "en": ["Customer service is slow to reply.", "Nobody told me the appointment had moved.",
               "Got passed around on the phone, nobody owns the problem."]},
    "praise": {
        "zh": ["整体很满意，会推荐给朋友。", "从报价到装好很顺利。", "价格实在，服务也好。"],
        "en": ["Very happy overall, would recommend.", "Smooth from quote to handover.", "Fair price and good service."]},
    "neutral": {
        "zh": ["还行吧，用了一段时间再看。", "一般，没什么特别的。", "已经装好了。"],
        "en": ["It's ok, will see how it holds up.", "Nothing special.", "Installed, working."]},
}
SENT = {"flue": "negative", "leak": "negative", "delivery": "negative", "wait": "negative", "extra": "negative",
        "quote_page": "negative", "repeat": "negative", "comm": "negative", "staff": "positive", "temp": "positive",
        "plan": "positive", "praise": "positive", "neutral": "neutral"}


class Gen:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.customers: list[dict] = []
        self.experiments: list[dict] = []
        self.ne = self.no = self.nf = 0
        self.installed: list[tuple] = []  # (cid, city, product, installed_at, plan or None)

    # ---------------------------------------------------------- helpers
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, opts, p=None):
        return opts[int(self.rng.choice(len(opts), p=p))]

    def hours(self, day: datetime, lo=8, hi=20) -> datetime:
        base = datetime(day.year, day.month, day.day)
        return base + D(hours=lo + self.r() * (hi - lo))

    def ev(self, cid, ts, tp, action, city, **kw) -> dict:
        self.ne += 1
        row = {"event_id": f"E{self.ne:07d}", "customer_id": cid, "ts": ts.strftime("%Y-%m-%d %H:%M:%S"),
               "touchpoint_id": tp, "action": action, "city": CITIES[city][1], "城市": CITIES[city][0]}
        row.update({k: v for k, v in kw.items() if v is not None})
        self.events.append(row)
        return row

    def order(self, cid, ts, amount_cny, city, otype, status="paid", **kw) -> dict:
        self.no += 1
        cur = "SGD" if city == "SG" else "CNY"
        local = amount_cny / SGD if city == "SG" else amount_cny
        row = {"order_id": f"O{self.no:06d}", "customer_id": cid, "ts": ts.strftime("%Y-%m-%d %H:%M:%S"),
               "amount": round(amount_cny, 2), "status": status, "order_type": otype, "city": CITIES[city][1],
               "城市": CITIES[city][0], "currency": cur, "amount_local": round(local, 2)}
        row.update({k: v for k, v in kw.items() if v is not None})
        self.orders.append(row)
        return row

    def fb(self, topic, city, ts, cid, tp, channel, rating=None, nps=None, **kw) -> None:
        lang = "en" if self.r() < CITIES[city][5] else "zh"
        texts = TEXT[topic][lang]
        text = texts[int(self.rng.integers(len(texts)))]
        self.nf += 1
        fid = f"FB{self.nf:05d}"
        row = {"feedback_id": fid, "text": text, "ts": ts.strftime("%Y-%m-%d %H:%M:%S") if ts else None,
               "customer_id": cid, "touchpoint_id": tp, "channel": channel, "rating": rating, "nps": nps,
               "city": CITIES[city][1], "language": lang}
        row.update(kw)
        self.feedback.append(row)
        self.truth.append({"feedback_id": fid, "topic": topic, "sentiment": SENT[topic], "language": lang})

    def rating_for(self, topic) -> int:
        s = SENT[topic]
        p = {"negative": [0.35, 0.35, 0.2, 0.08, 0.02], "neutral": [0.02, 0.1, 0.5, 0.3, 0.08],
             "positive": [0.0, 0.01, 0.04, 0.3, 0.65]}[s]
        return int(self.rng.choice(5, p=p)) + 1

    # ---------------------------------------------------------- one new household
    def household(self, cid: str, t0: datetime) -> None:
        rng = self.rng
        city = self.pick(list(CITIES), p=np.array([c[3] for c in CITIES.values()]) / sum(c[3] for c in CITIES.values()))
        acq = self.pick(list(ACQ), p=np.array([a[1] for a in ACQ.values()]))
        if city == "SG" and acq == "marketplace":
            acq = "web"
        product = self.pick(list(PRODUCTS), p=PRODUCT_MIX[city])
        brand = self.pick(BRANDS[product])
        store = self.pick(list(STORES[city]))
        agent = f"{store}-{int(rng.integers(1, 5)):02d}"
        housing = self.pick(["apartment", "villa", "townhouse"], p=[0.78, 0.09, 0.13])
        device = None
        common = dict(product_type=product, 产品类型=PRODUCTS[product][0], brand=brand)
        cust = {"customer_id": cid, "signup_at": t0.strftime("%Y-%m-%d %H:%M:%S"), "region": CITIES[city][2],
                "acquisition_channel": acq, "获客渠道": ACQ[acq][0], "city": CITIES[city][1], "城市": CITIES[city][0],
                "housing": housing, "product_type": product, "store": store, "门店": STORES[city][store],
                "tier": "standard", "segment": "quote_only"}
        self.customers.append(cust)
        pf = CITIES[city][4]
        t = t0
        # ---- entry
        booked = False
        if acq in ("web", "mini_program", "referral"):
            ch = "web" if acq == "web" else "mini_program"
            device = self.pick(["pc", "ios", "android"], p=[0.7, 0.15, 0.15]) if ch == "web" else \
                self.pick(["ios", "android"], p=[0.48, 0.52])
            submitted = False
            for att in range(1, 4):
                p_fail = 0.05
                if device == "ios" and ch == "mini_program" and IOS_BUG[0] <= t < IOS_BUG[1]:
                    p_fail = 0.58
                if self.r() < p_fail:
                    self.ev(cid, t, "tp_quote_form", "fail", city, device=device, channel=ch, attempt=att,
                            lead_source=acq, **common, error="submit_timeout")
                    if self.r() < 0.45:
                        t += D(minutes=float(rng.integers(2, 90)))
                        continue
                    break
                est = round(PRODUCTS[product][1] * pf * float(rng.uniform(0.85, 1.15)), 0)
                self.ev(cid, t, "tp_quote_form", "submit", city, device=device, channel=ch, attempt=att,
                        lead_source=acq, **common, estimate_cny=est)
                submitted = True
                break
            if not submitted:
                if self.r() < 0.25 and device == "ios":  # some phone in after the form fails
                    t += D(hours=float(rng.uniform(1, 30)))
                    self.ev(cid, self.hours(t, 9, 21), "tp_hotline", "answered", city, channel="phone",
                            reason="quote_form_problem", 来电原因="报价页问题", **common)
                else:
                    return
            p_book = 0.56 + (0.14 if acq == "referral" else 0.0)
            if submitted and AB[0] <= t < AB[1] and ch in ("web", "mini_program"):
                variant = "instant_price" if self.r() < 0.5 else "callback"
                self.experiments.append({"experiment_id": "quote_page_2025", "variant": variant, "customer_id": cid,
                                         "assigned_at": (t + D(seconds=5)).strftime("%Y-%m-%d %H:%M:%S")})
                p_book += 0.09 if variant == "instant_price" else -0.04
            if self.r() >= p_book:
                cust["segment"] = "quote_only"
                return
            t = self.hours(t + D(days=float(rng.choice([0, 0, 1, 1, 2, 3]))), 9, 21)
            self.ev(cid, t, "tp_survey_booking", "booked", city, channel=ch, device=device, store=store, **common)
        elif acq == "store":
            t = self.hours(t, 10, 21)
            self.ev(cid, t, "tp_store_consult", "visit", city, channel="store", store=store, 门店=STORES[city][store],
                    agent=agent, **common)
            if self.r() >= 0.74:
                cust["segment"] = "lost_lead"
                return
            t = t + D(minutes=float(rng.integers(10, 60)))
            self.ev(cid, t, "tp_survey_booking", "booked", city, channel="store", store=store, agent=agent, **common)
        elif acq == "hotline":
            t = self.hours(t, 9, 21)
            self.ev(cid, t, "tp_hotline", "answered", city, channel="phone", reason="new_purchase", 来电原因="购买咨询",
                    **common)
            if self.r() >= 0.62:
                cust["segment"] = "lost_lead"
                return
            t = t + D(minutes=float(rng.integers(5, 30)))
            self.ev(cid, t, "tp_survey_booking", "booked", city, channel="phone", **common)
        booked = acq != "marketplace"
        cust["segment"] = "lost_lead"
        outcome = "ok"
        extra_work = 0.0
        quoted = PRODUCTS[product][1] * pf * float(rng.uniform(0.88, 1.18))
        if booked:
            if self.r() >= 0.9:
                return
            t = self.hours(t + D(days=float(rng.integers(1, 6))), 9, 18)
            if t > END:
                return
            p_flue = 0.07
            if product == "gas" and city == "CD" and t >= CD_FLUE:
                p_flue = 0.52
            elif product != "gas":
                p_flue = 0.0
            u = self.r()
            if u < p_flue:
                outcome = "needs_flue"
                extra_work = float(rng.uniform(600, 1300)) * pf
            elif u < p_flue + 0.12:
                outcome = "needs_pipe"
                extra_work = float(rng.uniform(150, 450)) * pf
            elif u < p_flue + 0.12 + 0.03:
                outcome = "infeasible"
            surveyor = f"SV-{city}-{int(rng.integers(1, 4))}"
            self.ev(cid, t, "tp_site_survey", "completed", city, channel="field", surveyor=surveyor,
                    survey_outcome=outcome, 勘察结果=SURVEY[outcome], quoted_cny=round(quoted + extra_work, 0),
                    extra_work_cny=round(extra_work, 0), store=store, agent=agent if acq == "store" else None,
                    **common)
            p_order = {"ok": 0.67, "needs_pipe": 0.58, "needs_flue": 0.33, "infeasible": 0.0}[outcome]
            if agent == STAR_AGENT and acq == "store":
                p_order = min(0.95, p_order * 1.3)
            if self.r() >= p_order:
                return
            t = self.hours(t + D(days=float(rng.choice([0, 0, 1, 2, 3, 5, 8]))), 9, 21)
        else:
            t = self.hours(t, 8, 23)
            device = self.pick(["ios", "android", "pc"], p=[0.42, 0.43, 0.15])
        if t > END:
            return
        # ---- order
        amount = quoted + extra_work
        och = {"web": "web", "mini_program": "mini_program", "referral": "mini_program", "store": "store",
               "hotline": "phone", "marketplace": "marketplace"}[acq]
        self.ev(cid, t, "tp_order", "paid", city, channel=och, device=device, store=store,
                agent=agent if acq == "store" else None, amount_cny=round(amount, 2), **common)
        cancelled = self.r() < 0.045
        o = self.order(cid, t, amount, city, "heater", "cancelled" if cancelled else "paid", channel=och,
                       device=device, product_type=product, 产品类型=PRODUCTS[product][0], brand=brand, store=store,
                       agent=agent if acq == "store" else None, extra_work_cny=round(extra_work, 0))
        cust["segment"] = "ordered"
        cust["tier"] = "vip" if amount > 9000 else "standard"
        if cancelled:
            cust["segment"] = "cancelled"
            self.ev(cid, t + D(hours=float(rng.uniform(2, 60))), "tp_cancel", "cancelled", city, channel="phone",
                    order_id=o["order_id"], **common)
            return
        # ---- delivery
        dd = float(rng.choice([1, 1, 2, 2, 2, 3, 4]))
        late_hz = city == "HZ" and HZ_DELIV[0] <= t < HZ_DELIV[1]
        if late_hz:
            dd = float(rng.integers(6, 14))
        td = self.hours(t + D(days=dd), 9, 19)
        if td > END:
            return
        self.ev(cid, td, "tp_delivery", "delivered", city, channel="logistics", delivery_days=round(
            (td - t).total_seconds() / 86400, 2), order_id=o["order_id"], **common)
        # ---- install
        ti = self.hours(td + D(days=float(rng.choice([0, 0, 0, 1, 2]))), 9, 17)
        if ti <= td:
            ti = td + D(hours=1.5)
        team = self.pick(list(TEAMS[city]))
        qf = city == "GZ" and GZ_QF[0] <= ti < GZ_QF[1] and self.r() < 0.45
        if qf:
            team = "QuickFix"
        p_fail = 0.30 if qf else 0.065
        if ti > END:
            return
        fail = self.r() < p_fail
        topic_issue = None
        if fail:
            if qf:
                reason = self.pick(list(FAILR), p=[0.15, 0.12, 0.63, 0.05, 0.05])
            else:
                reason = self.pick(list(FAILR), p=[0.42, 0.22, 0.10, 0.10, 0.16] if product == "gas"
                                   else [0.5, 0.26, 0.12, 0.12, 0.0])
            self.ev(cid, ti, "tp_install", "failed", city, channel="field", visit_no=1, installer_team=team,
                    安装队=TEAM_ZH[team], fail_reason=reason, 失败原因=FAILR[reason],
                    install_hours=round(float(rng.uniform(0.5, 2.5)), 2), **common)
            if reason == "joint_leak":
                topic_issue = "leak"
            ti = self.hours(ti + D(days=float(rng.integers(1, 5))), 9, 17)
            if ti > END:
                return
            if self.r() < 0.08:
                self.ev(cid, ti, "tp_install", "failed", city, channel="field", visit_no=2, installer_team=team,
                        安装队=TEAM_ZH[team], fail_reason=reason, 失败原因=FAILR[reason],
                        install_hours=round(float(rng.uniform(0.5, 2.5)), 2), **common)
                o["status"] = "refunded"
                cust["segment"] = "cancelled"
                self.ev(cid, ti + D(days=1), "tp_cancel", "refunded", city, channel="phone", order_id=o["order_id"],
                        **common)
                return
            team2 = self.pick(list(TEAMS[city]))
            self.ev(cid, ti, "tp_install", "success", city, channel="field", visit_no=2, installer_team=team2,
                    安装队=TEAM_ZH[team2], install_hours=round(float(rng.uniform(1.5, 4.0)), 2), **common)
        else:
            self.ev(cid, ti, "tp_install", "success", city, channel="field", visit_no=1, installer_team=team,
                    安装队=TEAM_ZH[team], install_hours=round(float(rng.uniform(1.5, 4.5)), 2), **common)
            if qf and self.r() < 0.25:
                topic_issue = "leak"
        t = ti + D(hours=float(rng.uniform(1, 3)))
        if product == "gas":
            tg = self.hours(ti + D(days=float(rng.choice([0, 1, 1, 2]))), 9, 17)
            if tg > ti:
                self.ev(cid, tg, "tp_gas_check", "passed" if self.r() < 0.96 else "failed", city, channel="field",
                        gas_company={"GZ": "广州燃气", "CD": "成都燃气", "HZ": "杭州燃气", "WH": "武汉天然气",
                                     "SG": "City Energy"}[city], **common)
                t = max(t, tg + D(minutes=30))
        if t > END:
            return
        self.ev(cid, t, "tp_handover", "signed", city, channel="field", **common)
        cust["segment"] = "installed"
        cust["installed_at"] = t.strftime("%Y-%m-%d")
        # ---- post-install survey
        if outcome == "needs_flue" and city == "CD":
            topic_issue = topic_issue or ("flue" if self.r() < 0.6 else None)
        if late_hz and topic_issue is None and self.r() < 0.7:
            topic_issue = "delivery"
        if self.r() < 0.38:
            if topic_issue:
                topic = topic_issue
            else:
                topic = self.pick(["extra", "comm", "staff", "temp", "praise", "neutral"],
                                  p=[0.09, 0.06, 0.3, 0.16, 0.22, 0.17])
            tp = {"leak": "tp_install", "flue": "tp_site_survey", "delivery": "tp_delivery", "extra": "tp_install",
                  "staff": "tp_install", "comm": "tp_handover"}.get(topic, "tp_handover")
            self.fb(topic, city, t + D(hours=float(rng.uniform(2, 72))), cid, tp, "post_install_survey",
                    rating=self.rating_for(topic))
        elif topic_issue and self.r() < 0.35:  # complaint ticket / call note instead
            self.fb(topic_issue, city, t + D(days=float(rng.uniform(0.2, 4))), cid,
                    {"leak": "tp_install", "flue": "tp_site_survey", "delivery": "tp_delivery"}[topic_issue],
                    self.pick(["complaint_ticket", "call_note"]))
        # ---- plan offer on site
        plan = None
        if self.r() < 0.7:
            self.ev(cid, t + D(minutes=10), "tp_plan_offer", "offered", city, channel="field", offer_channel="on_site",
                    推荐方式="现场推荐", **common)
            if self.r() < 0.31:
                plan = self.signup(cid, t + D(minutes=float(rng.uniform(15, 60)) + float(rng.choice([0, 0, 0, 1, 3]))
                                              * 1440), city, product, "on_site")
        self.installed.append((cid, city, product, t, plan, brand, cust))

    def signup(self, cid, ts, city, product, offer_channel):
        if ts > END:
            return None
        plan = "premium" if self.r() < 0.36 else "basic"
        price = PLANS[plan][1] * (1.8 if city == "SG" else 1.0)
        self.ev(cid, ts, "tp_plan_signup", "signed", city, channel="mini_program" if offer_channel == "sms" else "field",
                plan=plan, 套餐=PLANS[plan][0], offer_channel=offer_channel, product_type=product,
                产品类型=PRODUCTS[product][0])
        self.order(cid, ts, price, city, "maintenance_plan", plan=plan, 套餐=PLANS[plan][0], product_type=product,
                   channel="mini_program" if offer_channel == "sms" else "field")
        return (plan, ts)

    # ---------------------------------------------------------- after-sales for every installed household
    def aftersales(self) -> None:
        rng = self.rng
        months = []
        m = datetime(START.year, START.month, 1)
        while m <= END:
            months.append(m)
            m = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        for (cid, city, product, inst, plan, brand, cust) in self.installed:
            common = dict(product_type=product, 产品类型=PRODUCTS[product][0], brand=brand)
            # SMS campaigns for households without a plan
            if plan is None:
                for c in SMS_CAMPAIGNS:
                    if inst < c - D(days=20) and self.r() < 0.6:
                        ts = self.hours(c + D(days=float(rng.integers(0, 3))), 10, 11)
                        self.ev(cid, ts, "tp_plan_offer", "offered", city, channel="sms", offer_channel="sms",
                                推荐方式="短信", **common)
                        if self.r() < 0.065:
                            plan = self.signup(cid, ts + D(days=float(rng.uniform(0, 12))), city, product, "sms")
                            break
            if plan is not None:
                cust["segment"] = "plan_member"
                kind, t_sign = plan
                t_next = t_sign
                while True:
                    tv = self.hours(t_next + D(days=float(rng.integers(150, 300))), 9, 17)
                    if tv > END:
                        break
                    task = "descale" if product != "gas" else self.pick(["flue_clean", "descale"])
                    self.ev(cid, tv, "tp_maintenance_visit", "done" if self.r() < 0.94 else "rescheduled", city,
                            channel="field", plan=kind, 套餐=PLANS[kind][0], task=task, **common)
                    if self.r() < 0.1:
                        self.fb("plan", city, tv + D(hours=5), cid, "tp_maintenance_visit", "post_service_survey",
                                rating=self.rating_for("plan"))
                    tr = t_next + D(days=365)
                    if tr > END:
                        break
                    renew = self.r() < (0.74 if kind == "premium" else 0.47)
                    self.ev(cid, self.hours(tr, 9, 20), "tp_plan_renewal", "renewed" if renew else "lapsed", city,
                            channel="mini_program", plan=kind, 套餐=PLANS[kind][0], **common)
                    if not renew:
                        cust["segment"] = "plan_lapsed"
                        break
                    self.order(cid, self.hours(tr, 9, 20), PLANS[kind][1] * (1.8 if city == "SG" else 1.0), city,
                               "maintenance_plan", plan=kind, 套餐=PLANS[kind][0], product_type=product,
                               channel="mini_program", renewal=True)
                    t_next = tr
            # repairs
            base = {"gas": 0.011, "electric": 0.008, "heat_pump": 0.009}[product] * (0.55 if plan else 1.0)
            for m in months:
                if m < datetime(inst.year, inst.month, 1) + D(days=32):
                    continue
                h = base * (1.8 if m.month in (12, 1, 2) else 1.0)
                cold = city == "WH" and WH_COLD[0] <= m < WH_COLD[1]
                if cold and product == "gas":
                    h *= 5.0
                if self.r() >= h:
                    continue
                ts = self.hours(m + D(days=float(rng.uniform(0, 28))), 7, 22)
                if ts > END:
                    continue
                if cold and product == "gas":
                    fault = self.pick(list(FAULT), p=[0.62, 0.12, 0.06, 0.1, 0.05, 0.05])
                else:
                    fault = self.pick(list(FAULT), p=[0.2, 0.2, 0.17, 0.2, 0.1, 0.13] if product == "gas"
                                      else [0.0, 0.3, 0.22, 0.22, 0.12, 0.14])
                age = (ts - inst).days / 365.25
                inw = age < PRODUCTS[product][2]
                ch = self.pick(["hotline", "mini_program", "app"], p=[0.45, 0.4, 0.15])
                self.ev(cid, ts, "tp_repair_request", "submitted", city, channel=ch, fault_type=fault,
                        故障类型=FAULT[fault], in_warranty=inw, **common)
                if cold:
                    rh = float(rng.lognormal(np.log(62), 0.35))
                else:
                    rh = float(rng.lognormal(np.log(17), 0.45))
                tv = ts + D(hours=rh)
                if tv > END:
                    continue
                tech = f"TK-{city}-{int(rng.integers(1, 6))}"
                fixed = self.r() < (0.72 if cold else 0.84)
                self.ev(cid, tv, "tp_repair_visit", "fixed" if fixed else "not_fixed", city, channel="field",
                        visit_no=1, technician=tech, response_hours=round(rh, 1), fault_type=fault,
                        故障类型=FAULT[fault], in_warranty=inw, **common)
                te = tv + D(hours=float(rng.uniform(0.5, 2)))
                if not fixed:
                    tv2 = self.hours(tv + D(days=float(rng.integers(2, 6))), 9, 18)
                    if tv2 > END:
                        continue
                    self.ev(cid, tv2, "tp_repair_visit", "fixed", city, channel="field", visit_no=2, technician=tech,
                            fault_type=fault, 故障类型=FAULT[fault], in_warranty=inw, **common)
                    te = tv2 + D(hours=1)
                self.ev(cid, te, "tp_repair_closed", "closed", city, channel="field", fault_type=fault,
                        故障类型=FAULT[fault], **common)
                if not inw:
                    self.order(cid, te, float(rng.uniform(120, 650)) * CITIES[city][4], city, "repair_fee",
                               product_type=product, channel="field", fault_type=fault)
                if self.r() < 0.4:
                    if rh > 40 and self.r() < 0.8:
                        topic = "wait"
                    elif not fixed and self.r() < 0.7:
                        topic = "repeat"
                    else:
                        topic = self.pick(["staff", "praise", "neutral", "comm", "extra"],
                                          p=[0.4, 0.2, 0.2, 0.12, 0.08])
                    self.fb(topic, city, te + D(hours=float(rng.uniform(1, 48))), cid,
                            {"wait": "tp_repair_visit", "repeat": "tp_repair_visit", "staff": "tp_repair_visit",
                             "comm": "tp_repair_request", "extra": "tp_repair_visit"}.get(topic, "tp_repair_closed"),
                            self.pick(["repair_survey", "call_note"], p=[0.8, 0.2]), rating=self.rating_for(topic))

    # ---------------------------------------------------------- legacy households (installed before the data)
    def legacy(self, n: int) -> None:
        rng = self.rng
        for i in range(n):
            cid = f"L{i + 1:05d}"
            city = self.pick(list(CITIES), p=np.array([c[3] for c in CITIES.values()]) / sum(
                c[3] for c in CITIES.values()))
            product = self.pick(list(PRODUCTS), p=PRODUCT_MIX[city])
            brand = self.pick(BRANDS[product])
            inst = datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 1000)))
            store = self.pick(list(STORES[city]))
            cust = {"customer_id": cid, "signup_at": (inst - D(days=9)).strftime("%Y-%m-%d %H:%M:%S"),
                    "region": CITIES[city][2], "acquisition_channel": self.pick(list(ACQ)[:5]), "city": CITIES[city][1],
                    "城市": CITIES[city][0], "housing": self.pick(["apartment", "villa", "townhouse"], p=[0.78, 0.09, 0.13]),
                    "product_type": product, "store": store, "门店": STORES[city][store], "tier": "standard",
                    "segment": "legacy", "installed_at": inst.strftime("%Y-%m-%d")}
            cust["获客渠道"] = ACQ[cust["acquisition_channel"]][0]
            self.customers.append(cust)
            self.installed.append((cid, city, product, inst, None, brand, cust))

    # ---------------------------------------------------------- surveys not tied to one job
    def nps_waves(self) -> None:
        rng = self.rng
        neg = {r["customer_id"] for r, t in zip(self.feedback, self.truth) if t["sentiment"] == "negative"}
        for wave, day, nps_shift in (("2025-06", datetime(2025, 6, 16), 0.0), ("2025-12", datetime(2025, 12, 15), -0.6),
                                     ("2026-06", datetime(2026, 6, 15), 0.3)):
            pool = [x for x in self.installed if x[3] < day - D(days=30)]
            idx = rng.choice(len(pool), size=min(900, len(pool)), replace=False)
            for k in idx:
                cid, city, product, inst, plan, brand, cust = pool[int(k)]
                mu = 7.9 + nps_shift - (2.6 if cid in neg else 0.0) + (0.5 if cust["segment"] == "plan_member" else 0)
                if wave == "2025-12" and city == "WH":
                    mu -= 1.6
                score = int(np.clip(round(rng.normal(mu, 1.7)), 0, 10))
                ts = self.hours(day + D(days=float(rng.integers(0, 10))), 9, 22)
                if self.r() < 0.55:
                    if score >= 9:
                        topic = self.pick(["staff", "temp", "praise", "plan"], p=[0.3, 0.25, 0.35, 0.1])
                    elif score <= 6:
                        topic = self.pick(["comm", "extra", "neutral"] + (["wait"] if city == "WH" and wave == "2025-12"
                                                                          else ["repeat"]),
                                          p=[0.3, 0.25, 0.15, 0.3])
                    else:
                        topic = self.pick(["neutral", "praise", "temp"], p=[0.6, 0.25, 0.15])
                    self.fb(topic, city, ts, cid, None, "nps_survey", nps=score, survey_wave=wave)
                else:
                    self.nf += 1
                    self.feedback.append({"feedback_id": f"FB{self.nf:05d}", "text": "（未填写）" if city != "SG" else
                                          "(no comment)", "ts": ts.strftime("%Y-%m-%d %H:%M:%S"), "customer_id": cid,
                                          "touchpoint_id": None, "channel": "nps_survey", "nps": score, "city": CITIES[city][1],
                                          "language": "zh" if city != "SG" else "en", "survey_wave": wave})
                    self.truth.append({"feedback_id": f"FB{self.nf:05d}", "topic": "blank", "sentiment": "neutral",
                                       "language": "zh" if city != "SG" else "en"})

    def app_and_social(self) -> None:
        rng = self.rng
        # mini-program / app store reviews (dated, no customer id)
        day = START
        while day <= END:
            n = int(rng.poisson(0.55))
            bug = IOS_BUG[0] <= day < IOS_BUG[1]
            if bug:
                n += int(rng.poisson(4.0))
            for _ in range(n):
                city = self.pick(list(CITIES), p=[0.25, 0.21, 0.21, 0.2, 0.13])
                dev = self.pick(["ios", "android"], p=[0.7, 0.3] if bug else [0.48, 0.52])
                if bug and dev == "ios" and self.r() < 0.8:
                    topic = "quote_page"
                else:
                    topic = self.pick(["quote_page", "comm", "praise", "neutral", "plan"], p=[0.07, 0.23, 0.35, 0.25, 0.1])
                ver = "8.0.4" if IOS_BUG[0] <= day < IOS_BUG[1] + D(days=7) else ("8.0.5" if day >= IOS_BUG[1] else
                                                                                      "7.9")
                self.fb(topic, city, self.hours(day, 7, 24), None, "tp_quote_form" if topic == "quote_page" else None,
                        "app_review", rating=self.rating_for(topic), device=dev, app_version=ver)
            day += D(days=1)
        # social posts scraped without time or customer
        for _ in range(180):
            city = self.pick(list(CITIES), p=[0.25, 0.21, 0.21, 0.2, 0.13])
            topic = self.pick(["extra", "comm", "staff", "praise", "neutral", "leak", "flue", "wait"],
                              p=[0.2, 0.15, 0.15, 0.2, 0.1, 0.06, 0.07, 0.07])
            self.fb(topic, city, None, None, None, "social", platform="xiaohongshu" if city != "SG" else "facebook")
        # showroom paper cards keyed in later, customer known but no date
        for _ in range(90):
            x = self.installed[int(rng.integers(len(self.installed)))]
            if x[6]["segment"] == "legacy":
                continue
            topic = self.pick(["staff", "praise", "neutral", "extra"], p=[0.3, 0.35, 0.2, 0.15])
            self.fb(topic, x[1], None, x[0], "tp_store_consult", "store_card", rating=self.rating_for(topic))

    # ---------------------------------------------------------- run
    def run(self) -> None:
        rng = self.rng
        self.legacy(6500)
        day, n = START, 0
        cny = {datetime(2025, 1, 28) + D(days=i) for i in range(8)} | {datetime(2026, 2, 16) + D(days=i) for i in range(8)}
        while day <= END:
            lam = 27.0 * SEASON[day.month] * (0.3 if day in cny else 1.0) * (1.08 if day.weekday() >= 5 else 1.0)
            for _ in range(int(rng.poisson(lam))):
                n += 1
                self.household(f"C{n:06d}", self.hours(day, 7, 23))
            day += D(days=1)
        self.aftersales()
        self.nps_waves()
        self.app_and_social()
        # the mini-program re-sent 40 repair requests in January 2026 with the same event_id
        reps = [e for e in self.events if e["touchpoint_id"] == "tp_repair_request" and e["ts"].startswith("2026-01")]
        for k in rng.choice(len(reps), size=40, replace=False):
            self.events.append(dict(reps[int(k)]))


TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_quote_form", "在线报价", "Online quote form", "consideration", "web", "digital", "growth",
     "报价页|估价|在线估价|quote page|price calculator|get a quote"),
    ("tp_store_consult", "门店咨询", "Showroom consultation", "consideration", "store", "physical", "retail",
     "到店|门店|showroom|walk-in"),
    ("tp_hotline", "客服热线", "Hotline call", "consideration", "phone", "physical", "customer_service",
     "400电话|热线|打电话|call centre|phone"),
    ("tp_survey_booking", "预约勘察", "Survey booking", "consideration", "mini_program", "digital", "sales",
     "约勘察|预约上门|book a survey"),
    ("tp_site_survey", "上门勘察", "Site survey", "consideration", "other", "physical", "survey_team",
     "勘察|量房|测量|survey|site visit|home check"),
    ("tp_order", "下单付款", "Order & payment", "purchase", "web", "digital", "sales", "下单|付款|买单|checkout|order"),
    ("tp_cancel", "取消退款", "Cancellation / refund", "purchase", "phone", "physical", "customer_service",
     "退单|取消|退款|refund|cancel"),
    ("tp_delivery", "送货", "Delivery", "purchase", "other", "physical", "logistics", "发货|物流|配送|shipping|delivery"),
    ("tp_install", "上门安装", "Installation", "service", "other", "physical", "install_ops",
     "安装|装机|施工|install|fitting"),
    ("tp_gas_check", "燃气安检", "Gas safety check", "service", "other", "physical", "install_ops",
     "通气验收|燃气验收|gas check|gas inspection"),
    ("tp_handover", "验收交付", "Handover sign-off", "service", "other", "physical", "install_ops",
     "验收|交付|签收|handover|sign-off"),
    ("tp_repair_request", "保修报修", "Warranty repair request", "service", "phone", "physical", "aftersales",
     "报修|保修|维修申请|repair request|call-out"),
    ("tp_repair_visit", "维修上门", "Repair visit", "service", "other", "physical", "aftersales",
     "维修|上门维修|repair|fix visit"),
    ("tp_repair_closed", "维修完结", "Repair closed", "service", "other", "physical", "aftersales",
     "结单|修好|repair completed"),
    ("tp_plan_offer", "保养计划推荐", "Maintenance plan offer", "loyalty", "other", "physical", "aftersales",
     "推荐保养|保养推销|plan pitch|plan offer"),
    ("tp_plan_signup", "保养计划签约", "Maintenance plan signup", "loyalty", "mini_program", "digital", "aftersales",
     "办保养|买保养|年保|plan signup|care plan"),
    ("tp_maintenance_visit", "年度保养上门", "Annual maintenance visit", "loyalty", "other", "physical", "aftersales",
     "保养|除垢|清洗|annual service|descaling"),
    ("tp_plan_renewal", "保养续约", "Plan renewal", "loyalty", "mini_program", "digital", "aftersales",
     "续费|续约|renewal|renew"),
]
JOURNEYS = [
    ("online_quote", "在线报价到下单", "Online quote to order", ["tp_quote_form", "tp_survey_booking", "tp_site_survey",
                                                          "tp_order"], 30),
    ("order_to_handover", "下单到交付", "Order to handover", ["tp_order", "tp_delivery", "tp_install", "tp_handover"], 21),
    ("repair", "保修维修", "Warranty repair", ["tp_repair_request", "tp_repair_visit", "tp_repair_closed"], 14),
    ("care_plan", "保养计划转化", "Maintenance plan conversion", ["tp_plan_offer", "tp_plan_signup"], 30),
]


def write(path: Path, rows: list[dict], cols: list[str] | None = None) -> None:
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    tps = [{"touchpoint_id": t[0], "name": t[1], "name_zh": t[1], "name_en": t[2], "stage": t[3], "channel": t[4],
            "kind": t[5], "owner": t[6], "aliases": t[7]} for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps)
    jr = [{"journey_id": j[0], "journey_name": j[1], "journey_name_zh": j[1], "journey_name_en": j[2], "step": k + 1,
           "touchpoint_id": tp, "window_days": j[4]} for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", jr)
    write(out / "customers.csv", g.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "获客渠道", "city", "城市",
           "housing", "product_type", "store", "门店", "installed_at"])
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    first = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel"]
    cols = first + [k for k in dict.fromkeys(k for e in g.events for k in e) if k not in first]
    write(out / "events.csv", g.events, cols)
    g.orders.sort(key=lambda o: o["order_id"])
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "city", "language",
           "survey_wave", "device", "app_version", "platform"])
    write(out / "experiments.csv", g.experiments)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, experiments {len(g.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
