"""铲雪快线 SnowLine: residential and commercial snow clearing subscriptions in Harbin, Changchun, Calgary and Oslo.
Synthetic, written blind.

Homeowners and property managers ask for a quote (web, app, WeChat mini-program in China, phone), a surveyor walks
the driveway / lot, a quote is sent and the customer signs a seasonal contract (residential basic / plus, commercial
standard / 24-7). During the season every snowfall over the plan's trigger depth puts the property on its route: a
plough crew is dispatched and clears it within the plan's SLA (late clearings and missed clearings happen; missed ones
earn a service credit). Big storms (>= 15 cm) get a storm alert the evening before and a surge dispatch; commercial
contracts pay a storm surcharge. Non-contract households book per-visit call-outs (surge price in storms). Salting is
an add-on. Plough blades damage lawns, fences, kerbs and garage doors: damage claims and settlements. Commercial
accounts are invoiced monthly (invoice disputes). Before each season existing customers get a renewal notice.
Crew ratings in the app, an end-of-season NPS survey, hotline call notes, WeChat / e-mail messages, app-store
reviews, Google reviews and social posts.

Data 2024-07-01 .. 2026-04-30 (extract 2026-05-04, seven months before "today" 2026-12-01). Naive local times.
Money: `amount` in the city's currency (CNY for Harbin / Changchun, CAD for Calgary, NOK for Oslo) beside
`amount_cny` (fixed rates CAD 5.20, NOK 0.67).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic / sentiment / language per comment; not a DATA.md table).
Deterministic (seed 20260504), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260504
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 4, 30, 23, 59, 59)
SEASONS = ["2024/25", "2025/26"]
YYC_SHORT = (datetime(2026, 1, 20), datetime(2026, 2, 28, 23, 59, 59))   # Calgary: two ploughs down, crews short
HRB_R07 = "HRB-R07"                                                       # re-planned route, new crew, 2025/26
OSL_VAT_MONTH = "2026-01"                                                 # Oslo invoices with the wrong MVA rate
APP_BUG = (datetime(2025, 12, 3), datetime(2026, 1, 14))                  # app 3.4.0 crashes on Android photo upload
AB = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))           # salting bundle prompt test (YYC, OSL)
DUP = (datetime(2026, 1, 5), datetime(2026, 1, 11, 23, 59, 59))           # Oslo dispatch log re-sent, same event_id

CITIES = {
    "HRB": dict(zh="哈尔滨", en="Harbin", cur="CNY", rate=1.0, w=0.30, zh_share=0.96, routes=8, region="cn_northeast",
                span=((11, 1), (3, 20)), n_snow=(12, 13), basic=1800, plus=2600, comm=9000, callout=220, salt=400,
                china=True),
    "CC": dict(zh="长春", en="Changchun", cur="CNY", rate=1.0, w=0.20, zh_share=0.97, routes=6, region="cn_northeast",
               span=((11, 8), (3, 15)), n_snow=(10, 11), basic=1600, plus=2300, comm=8000, callout=200, salt=350,
               china=True),
    "YYC": dict(zh="卡尔加里", en="Calgary", cur="CAD", rate=5.2, w=0.28, zh_share=0.10, routes=8, region="ca_alberta",
                span=((10, 20), (4, 15)), n_snow=(14, 15), basic=650, plus=900, comm=3500, callout=95, salt=180,
                china=False),
    "OSL": dict(zh="奥斯陆", en="Oslo", cur="NOK", rate=0.67, w=0.22, zh_share=0.06, routes=7, region="no_oslo",
                span=((11, 12), (3, 31)), n_snow=(14, 13), basic=6500, plus=9000, comm=35000, callout=950, salt=1800,
                china=False),
}
CC_HIKE = 1.25  # Changchun 2025/26 price increase
PLANS = {  # plan: zh, trigger cm, SLA hours
    "resid_basic": ("住宅基础版", 5, 12), "resid_plus": ("住宅优享版", 2, 8),
    "comm_standard": ("商业标准版", 2, 6), "comm_247": ("商业全天候版", 1, 3),
}
CTYPE_ZH = {"residential": "住宅", "commercial": "商业"}
ACQ = {"search_ads": "搜索广告", "referral": "邻居推荐", "door_hanger": "门把手传单", "property_manager": "物业合作",
       "social": "社交媒体", "app_store": "应用商店"}
PROP = {"residential": ["driveway", "driveway_sidewalk", "corner_lot", "townhouse_lane"],
        "commercial": ["parking_lot", "retail_frontage", "condo_lot", "office_campus", "warehouse_yard"]}
PROP_ZH = {"driveway": "车道", "driveway_sidewalk": "车道+人行道", "corner_lot": "转角院落", "townhouse_lane": "联排小巷",
           "parking_lot": "停车场", "retail_frontage": "商铺门前", "condo_lot": "小区道路", "office_campus": "写字楼园区",
           "warehouse_yard": "仓库堆场"}
ORDER_ZH = {"season_contract": "季度合同费", "salting_addon": "撒盐加购", "callout": "单次叫铲费",
            "storm_surcharge": "暴雪附加费", "service_credit": "漏铲补偿"}
MISS_ZH = {"route_overrun": "路线超时", "blocked_access": "车辆挡道", "crew_shortage": "人手不足",
           "equipment_breakdown": "设备故障", "address_skipped": "地址漏看"}
CLAIM_ZH = {"lawn_turf": "草坪损坏", "fence": "围栏损坏", "vehicle": "车辆刮擦", "kerb_paving": "路沿/铺装损坏",
            "garage_door": "车库门损坏"}
DISPUTE_ZH = {"wrong_vat": "税率错误", "duplicate_visit": "重复计次", "surcharge_dispute": "暴雪附加费争议",
              "wrong_rate": "单价不符"}
VERSIONS = [(datetime(2024, 1, 1), "3.1.0"), (datetime(2025, 1, 15), "3.2.0"), (datetime(2025, 9, 20), "3.3.0"),
            (APP_BUG[0], "3.4.0"), (APP_BUG[1], "3.4.1"), (datetime(2026, 3, 2), "3.5.0")]
LEADS = {  # crew leads per city (crew ids <city>-C01..)
    "HRB": ["张建国", "李卫东", "王海涛", "刘志强", "赵德明", "孙立军", "周晓峰", "吴国庆"],
    "CC": ["陈永刚", "杨春生", "黄大伟", "郑宏伟", "马晓东", "高连成"],
    "YYC": ["Dave Kowalski", "Mike Tremblay", "Ryan Olsen", "Jason Pike", "Kyle Morrison", "Brent Lau", "Tyler Nguyen",
            "Scott Reimer"],
    "OSL": ["Lars Haugen", "Ole Nilsen", "Erik Berg", "Jonas Dahl", "Anders Lie", "Magnus Strand", "Henrik Bakke"],
}

# comment templates: one topic each; markers (gold.py) zh / en are in every template of the topic and in no other
T = {
    "late": (["暴雪第二天中午才来，来晚了整整{h}小时，上班都迟到了", "合同写的早上七点前铲完，结果来晚了快半天",
              "铲雪车又来晚了，车被困在院子里出不去", "这周两次都来晚了，{cz}的服务越来越差", "来晚了{h}个小时，打电话也没人解释"],
             ["The plough showed up {h} hours late, I was stuck at home and missed work.",
              "Crew came late again, the contract says cleared by 7am.",
              "Third storm in a row they were late. Not what I pay for in {ce}.",
              "Running late is one thing, {h} hours late with no message is another."]),
    "missed": (["昨晚下了二十公分，我家整条车道被漏铲了", "又被漏铲！邻居家都铲完了就我家没动", "商铺门前被漏铲，顾客进不来",
                "漏铲两次了，打客服说补铲也没来", "物业说我们小区被漏铲，业主投诉一大堆"],
               ["They skipped my driveway completely after last night's storm.",
                "Skipped again! Every neighbour got cleared except us.",
                "Our parking lot was skipped and customers couldn't get in.",
                "Crew skipped the whole cul-de-sac, nobody called back."]),
    "damage": (["铲雪车把我家草坪边损坏了一大片，春天化雪才发现", "铲板刮坏了车库门，损坏很明显，理赔拖了好久",
                "围栏被铲雪车撞得损坏，要求赔偿", "路沿石被铲坏，损坏的照片早就发了"],
               ["Your plough tore up the lawn, the damage showed when the snow melted.",
                "Blade hit our garage door, the damage claim is still open.",
                "Fence damage from the plough, still waiting on compensation.",
                "Kerb and paving damage all along the driveway edge."]),
    "price": (["今年报价比去年涨了这么多，太贵了", "季度合同太贵，还不如自己买个铲雪机", "价格太贵了，隔壁公司便宜三成",
               "服务还行，就是太贵"],
              ["Way too expensive compared to last season.", "The seasonal contract is expensive for a small driveway.",
               "Expensive for what you get, the neighbour kid does it cheaper.", "Good crew but expensive."]),
    "invoice": (["这个月的账单金额不对，多算了两次上门", "账单上的附加费看不懂，财务对不上", "商业账单又出错了，麻烦重开",
                 "账单上税率不对，已经是第二次了"],
                ["The January invoice charges the wrong MVA rate, please reissue.",
                 "Our invoice double-counts visits again.", "Storm surcharge on the invoice was never agreed.",
                 "Invoice total doesn't match the visit log in the portal."]),
    "icy": (["铲完雪没撒盐，门口全是结冰，老人差点滑倒", "路面结冰严重，铲了跟没铲一样", "人行道结冰，物业被投诉了",
             "台阶结冰，希望加撒盐服务能便宜点"],
            ["Cleared but left icy patches everywhere, my mother nearly fell.",
             "Sidewalk was icy the whole morning after the visit.", "The lot is icy, someone will slip and sue.",
             "Icy steps again, no salt applied."]),
    "blocked": (["铲完把雪全堆在我家车道口，车被堵住了", "雪堆堵住了大门，还得自己再铲一遍", "铲雪车把雪推到车库门口堵住了",
                 "路口被雪墙堵住，出不去"],
                ["They left a huge windrow and my car was blocked in.", "Snowbank blocked the end of the driveway again.",
                 "Garage entrance blocked by the pile they pushed.", "Blocked mailbox and driveway, had to shovel it myself."]),
    "app": (["新版App上传照片就闪退", "安卓更新后一直闪退，看不到完工照片", "App闪退，没法评价机组", "打开铲雪进度页面就闪退"],
            ["App keeps crashing when I open the clearing photos.", "Android update crashes on launch.",
             "Crash every time I try to rate the crew.", "The new version crashes constantly."]),
    "prompt": (["凌晨下雪，早上六点就铲完了，非常及时", "每次都很及时，出门车道已经干爽", "暴雪天也很及时，点赞",
                "响应及时，客服态度也好"],
               ["Prompt as always, driveway done before 6am.", "Very prompt even in the big storm.",
                "Prompt service, the crew was gone before I woke up.", "Prompt response to my call-out request."]),
    "careful": (["师傅很细心，车道边的花坛一点没碰", "机组很细心，还把信箱周围清出来了", "细心负责，台阶也扫了",
                 "铲得很细心，草坪完好无损"],
                ["The crew is careful around my flower beds.", "Careful operator, didn't touch the fence at all.",
                 "Very careful with the new paving stones.", "Careful and polite, cleared around the mailbox too."]),
    "clean": (["车道铲得特别干净，一点残雪都没有", "干净利落，停车场像没下过雪", "每次都铲得很干净", "铲得干净，值这个价"],
              ["Driveway spotless, down to the pavement.", "Spotless lot by opening time.", "Spotless job every time.",
               "Spotless clearing, worth the money."]),
    "neutral": (["按合同正常铲雪，没什么特别的", "一般般吧", "还可以", "正常服务"],
                ["It was ok.", "Normal service, nothing to add.", "Fine.", "Did the job."]),
}
SENT = {"late": "negative", "missed": "negative", "damage": "negative", "price": "negative", "invoice": "negative",
        "icy": "negative", "blocked": "negative", "app": "negative", "prompt": "positive", "careful": "positive",
        "clean": "positive", "neutral": "neutral"}
TP_OF = {"late": "tp_late", "missed": "tp_missed", "damage": "tp_damage_claim", "price": "tp_quote_sent",
         "invoice": "tp_invoice", "icy": "tp_clearing", "blocked": "tp_clearing", "app": "tp_photo_proof",
         "prompt": "tp_clearing", "careful": "tp_clearing", "clean": "tp_clearing", "neutral": "tp_clearing"}

TOUCHPOINTS = [
    ("tp_quote_req", "在线询价", "Quote request", "consideration", "web", "digital", "sales",
     "要报价|问价|估价|quote form|get a quote|pricing request"),
    ("tp_site_survey", "上门勘测", "Site survey", "consideration", "store", "physical", "sales",
     "量尺寸|看现场|勘察|site visit|lot survey|walk-through"),
    ("tp_quote_sent", "报价单发出", "Quote sent", "consideration", "email", "digital", "sales",
     "报价单|发报价|proposal|quote emailed"),
    ("tp_contract_sign", "签订季度合同", "Seasonal contract signed", "purchase", "web", "digital", "sales",
     "签约|签合同|包季|season pass|sign-up|subscription start"),
    ("tp_salt_addon", "加购撒盐服务", "Salting add-on", "purchase", "app", "digital", "product",
     "撒盐|融雪剂|加购|de-icing|salt add-on|salting"),
    ("tp_callout_req", "单次叫铲下单", "Call-out booking", "purchase", "app", "digital", "dispatch",
     "叫铲|临时铲雪|单次服务|on-demand|one-off visit|call out"),
    ("tp_storm_alert", "暴雪预警通知", "Storm alert", "service", "other", "digital", "dispatch",
     "暴雪通知|预警短信|storm warning|snow alert"),
    ("tp_dispatch", "铲雪车派单", "Plough dispatch", "service", "other", "physical", "dispatch",
     "派车|出车|派单|truck dispatched|crew dispatch|surge dispatch"),
    ("tp_clearing", "铲雪完成", "Clearing completed", "service", "other", "physical", "field ops",
     "清雪完成|铲完|完工|plowed|ploughed|cleared|job done"),
    ("tp_late", "清扫延误", "Late clearing", "service", "other", "physical", "field ops",
     "超时|延误|晚到|late plough|missed SLA|delay"),
    ("tp_missed", "漏铲", "Missed clearing", "service", "other", "physical", "field ops",
     "没来铲|漏单|跳过|missed visit|no-show plough|skipped"),
    ("tp_photo_proof", "完工照片", "Completion photo", "service", "app", "digital", "product",
     "完工拍照|照片回传|proof photo|before/after photo"),
    ("tp_crew_rating", "机组评分", "Crew rating", "loyalty", "app", "digital", "field ops",
     "给师傅打分|评价机组|crew review|rate the crew"),
    ("tp_damage_claim", "财产损失索赔", "Property damage claim", "service", "phone", "physical", "claims",
     "索赔|报损|赔偿申请|damage report|claim filed"),
    ("tp_claim_settled", "理赔结案", "Claim settled", "service", "other", "digital", "claims",
     "赔付|结案|claim closed|payout"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "对账单|月结单|发票|bill|statement"),
    ("tp_invoice_dispute", "账单异议", "Invoice dispute", "service", "email", "digital", "finance",
     "账单投诉|对账争议|billing dispute|invoice query"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "customer success",
     "续费提醒|到期提醒|renewal reminder|renewal email"),
    ("tp_renewal", "续约成功", "Contract renewed", "loyalty", "web", "digital", "customer success",
     "续费|续签|renewed|re-signed"),
    ("tp_hotline", "客服热线", "Support hotline", "service", "phone", "physical", "customer service",
     "400电话|打客服|call centre|hotline"),
]
JOURNEYS = [
    ("signup", "询价签约", "Quote to contract", ["tp_quote_req", "tp_site_survey", "tp_quote_sent", "tp_contract_sign"], 21),
    ("storm", "暴雪出勤", "Storm response", ["tp_storm_alert", "tp_dispatch", "tp_clearing"], 2),
    ("callout", "单次叫铲", "Call-out visit", ["tp_callout_req", "tp_dispatch", "tp_clearing"], 1),
    ("claim", "损失理赔", "Damage claim handling", ["tp_damage_claim", "tp_claim_settled"], 30),
    ("renewal", "续约", "Season renewal", ["tp_renewal_notice", "tp_renewal"], 45),
]


class Gen:
    def __init__(self):
        self.r = np.random.default_rng(SEED)
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_c = self.n_job = self.n_claim = 0
        self.cust = []
        self.contracts = {s: [] for s in SEASONS}

    # ------------------------------------------------------------ helpers
    def u(self):
        return float(self.r.random())

    def pick(self, items, p=None):
        return items[int(self.r.choice(len(items), p=p))]

    def hrs(self, h):
        return D(seconds=int(h * 3600))

    def version(self, t):
        vs = [v for d, v in VERSIONS if d <= t]
        return vs[-1] if self.u() < 0.85 or len(vs) == 1 else vs[-2]

    def digital(self, c, t):
        """device / channel of a digital touch by this customer"""
        city = CITIES[c["city"]]
        x = self.u()
        if city["china"] and x < 0.45:
            return dict(channel="mini_program", device=c["os"])
        if x < 0.75:
            return dict(channel="app", device=c["os"], app_version=self.version(t))
        return dict(channel="web", device="pc")

    def ev(self, c, ts, tp, action, **kw):
        if ts > END or ts < START:
            return None
        self.n_ev += 1
        city = CITIES[c["city"]]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action,
                   city_id=c["city"], city_en=city["en"], 城市=city["zh"], customer_type=c["ctype"])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, ts, otype, amount, status, **kw):
        if ts > END:
            return None
        self.n_ord += 1
        city = CITIES[c["city"]]
        row = dict(order_id=f"SL{self.n_ord:07d}", customer_id=c["id"], ts=ts, amount=round(amount, 2),
                   currency=city["cur"], amount_cny=round(amount * city["rate"], 2), status=status,
                   order_type=otype, 订单类型=ORDER_ZH[otype], city_id=c["city"], city_en=city["en"], 城市=city["zh"],
                   customer_type=c["ctype"])
        row.update(kw)
        self.orders.append(row)
        return row

    def say(self, c, topic, channel, ts, rating=None, nps=None, tp=None, city_id=None, lang=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        cid = c["city"] if c else city_id
        city = CITIES[cid]
        if lang is None:
            lang = c["lang"] if c else ("zh" if self.u() < city["zh_share"] else "en")
        zh, en = T[topic]
        text = self.pick(zh if lang == "zh" else en).format(h=int(self.r.integers(3, 14)), cz=city["zh"], ce=city["en"])
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["id"] if c else None,
                   touchpoint_id=tp or TP_OF[topic], channel=channel, rating=rating, nps=nps, language=lang,
                   city_id=cid, city_en=city["en"], 城市=city["zh"])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic], language=lang))

    def stars(self, topic):
        if SENT[topic] == "negative":
            return int(self.pick([1, 2, 3], p=[0.55, 0.35, 0.10]))
        if SENT[topic] == "positive":
            return int(self.pick([4, 5], p=[0.3, 0.7]))
        return int(self.pick([3, 4], p=[0.6, 0.4]))

    def price(self, c, plan, season):
        city = CITIES[c["city"]]
        if plan.startswith("resid"):
            p = city["basic"] if plan == "resid_basic" else city["plus"]
        else:
            p = city["comm"] * max(1.0, c["lot_m2"] / 1000) * (1.4 if plan == "comm_247" else 1.0)
        if c["city"] == "CC" and season == "2025/26":
            p *= CC_HIKE
        return round(p * (0.95 + 0.1 * self.u()), -1 if city["cur"] != "NOK" else -2)

    # ------------------------------------------------------------ people
    def new_customer(self, city, kind, signup, legacy=False):
        self.n_c += 1
        ctype = "commercial" if (kind == "contract" and self.u() < 0.16) else "residential"
        cfg = CITIES[city]
        c = dict(id=f"C{self.n_c:06d}", city=city, ctype=ctype, kind=kind, signup=signup, legacy=legacy,
                 lang="zh" if self.u() < cfg["zh_share"] else "en",
                 os=self.pick(["ios", "android"], p=[0.35, 0.65] if cfg["china"] else [0.55, 0.45]),
                 acq=self.pick(list(ACQ), p=[0.3, 0.25, 0.12, 0.08, 0.15, 0.10] if ctype == "residential"
                               else [0.35, 0.15, 0.0, 0.40, 0.05, 0.05]),
                 prop=self.pick(PROP[ctype]), route=f"{city}-R{int(self.r.integers(1, cfg['routes'] + 1)):02d}",
                 seasons=[], missed=0, claims=0, plan=None)
        if ctype == "commercial":
            c["acq"] = c["acq"] if c["acq"] != "door_hanger" else "search_ads"
        c["lot_m2"] = int(self.r.integers(80, 400)) if ctype == "residential" else int(self.r.integers(600, 5000))
        c["crew"] = c["route"].replace("-R", "-C")
        self.cust.append(c)
        return c

    def choose_plan(self, c):
        if c["ctype"] == "residential":
            return "resid_plus" if self.u() < 0.35 else "resid_basic"
        return "comm_247" if self.u() < 0.3 else "comm_standard"

    def start_contract(self, c, season, t, plan, renewal):
        ct = dict(c=c, season=season, plan=plan, price=self.price(c, plan, season), salt=False,
                  id=f"K{season[2:4]}{c['id'][1:]}", renewal=renewal, signed=t)
        c["plan"] = plan
        c["seasons"].append(season)
        if c["ctype"] == "residential":
            st = "cancelled" if self.u() < 0.035 else "paid"
            self.order(c, t + self.hrs(self.u() * 2), "season_contract", ct["price"], st, contract_id=ct["id"],
                       plan=plan, 套餐=PLANS[plan][0], season=season, is_renewal=renewal,
                       payment_method=self.paymethod(c))
            if st == "cancelled":
                return None
        self.contracts[season].append(ct)
        # salting add-on
        p_salt = 0.22
        if (not renewal and c["city"] in ("YYC", "OSL") and AB[0] <= t <= AB[1]):
            v = "bundle_prompt" if self.u() < 0.5 else "control"
            self.exp.append(dict(experiment_id="salt_bundle_2025", variant=v, customer_id=c["id"], assigned_at=t,
                                 city_id=c["city"], city_en=CITIES[c["city"]]["en"]))
            p_salt = 0.37 if v == "bundle_prompt" else 0.18
        if self.u() < p_salt:
            ts = t + D(days=float(self.r.exponential(3.0)))
            self.ev(c, ts, "tp_salt_addon", "purchased", contract_id=ct["id"], season=season, **self.digital(c, ts))
            self.order(c, ts, "salting_addon", self.salt_price(c), "paid", contract_id=ct["id"], season=season,
                       payment_method=self.paymethod(c))
            ct["salt"] = True
        return ct

    def salt_price(self, c):
        city = CITIES[c["city"]]
        p = city["salt"] * (1 if c["ctype"] == "residential" else 4)
        return float(p)

    def paymethod(self, c):
        if CITIES[c["city"]]["china"]:
            return self.pick(["wechat_pay", "alipay", "bank_transfer"], p=[0.55, 0.35, 0.10])
        if c["city"] == "OSL":
            return self.pick(["card", "vipps", "invoice"], p=[0.4, 0.4, 0.2])
        return self.pick(["card", "pad", "e_transfer"], p=[0.55, 0.25, 0.2])

    # ------------------------------------------------------------ acquisition
    def signup_wave(self, season, n):
        y = int(season[:4])
        cities = list(CITIES)
        ws = np.array([CITIES[k]["w"] for k in cities])
        for _ in range(n):
            city = self.pick(cities, p=ws / ws.sum())
            # quote requests: Aug 20 .. Dec 10, peak October
            day = float(self.r.triangular(0, 55, 112))
            t0 = datetime(y, 8, 20) + D(days=day, hours=float(8 + 13 * self.u()))
            t0 = t0.replace(microsecond=0)
            c = self.new_customer(city, "contract", t0)
            d = self.digital(c, t0) if self.u() < 0.85 else dict(channel="phone", device=None)
            sess = f"S{self.n_ev:08d}"
            self.ev(c, t0, "tp_quote_req", "submitted", session_id=sess, property_type=c["prop"], lot_m2=c["lot_m2"],
                    **d)
            p_survey = 0.93 if c["ctype"] == "commercial" else 0.80
            if self.u() > p_survey:
                continue
            t1 = t0 + D(days=float(self.r.uniform(0.5, 6)))
            self.ev(c, t1, "tp_site_survey", "completed", surveyor=self.pick(LEADS[city]), lot_m2=c["lot_m2"],
                    channel="onsite")
            if self.u() > 0.95:
                continue
            plan = self.choose_plan(c)
            price = self.price(c, plan, season)
            t2 = t1 + D(days=float(self.r.uniform(0.1, 3)))
            cfg = CITIES[city]
            self.ev(c, t2, "tp_quote_sent", "sent", plan=plan, 套餐=PLANS[plan][0], quote_amount=price,
                    currency=cfg["cur"], quote_amount_cny=round(price * cfg["rate"], 2), channel="email")
            p_sign = 0.60 if c["ctype"] == "residential" else 0.52
            if city == "CC" and season == "2025/26":
                p_sign = 0.30
            if c["acq"] == "referral":
                p_sign += 0.12
            if self.u() < 0.25 * (city == "CC" and season == "2025/26") + 0.04:
                self.say(c, "price", self.pick(["wechat", "email"]) if cfg["china"] else "email",
                         t2 + D(days=float(self.r.uniform(0.2, 4))))
            if self.u() > p_sign:
                continue
            t3 = t2 + D(days=float(self.r.exponential(6)))
            self.ev(c, t3, "tp_contract_sign", "signed", plan=plan, 套餐=PLANS[plan][0], season=season,
                    contract_id=f"K{season[2:4]}{c['id'][1:]}", **self.digital(c, t3))
            self.start_contract(c, season, t3, plan, renewal=False)

    def legacy(self, n):
        cities = list(CITIES)
        ws = np.array([CITIES[k]["w"] for k in cities])
        out = []
        for _ in range(n):
            city = self.pick(cities, p=ws / ws.sum())
            t = datetime(2019, 9, 1) + D(days=float(self.u() * 1700))
            c = self.new_customer(city, "contract", t.replace(microsecond=0), legacy=True)
            c["seasons"].append("2023/24")
            c["plan"] = self.choose_plan(c)
            out.append(c)
        return out

    def renewals(self, season, custs):
        y = int(season[:4])
        for c in custs:
            t = datetime(y, 8, 1) + D(days=float(self.u() * 20), hours=float(9 + self.u() * 2))
            t = t.replace(microsecond=0)
            ch = "wechat" if CITIES[c["city"]]["china"] and self.u() < 0.6 else self.pick(["email", "sms", "app_push"])
            self.ev(c, t, "tp_renewal_notice", "sent", notice_channel=ch, season=season,
                    channel={"wechat": "mini_program", "app_push": "app"}.get(ch, ch))
            p = 0.80 if c["ctype"] == "residential" else 0.86
            if c["missed"]:
                p *= 0.58
            if c["claims"]:
                p *= 0.85
            if c["city"] == "CC" and season == "2025/26":
                p *= 0.82
            if self.u() > p:
                c["lapsed"] = season
                continue
            t2 = t + D(days=float(self.r.exponential(12)))
            plan = c["plan"]
            if plan == "resid_basic" and self.u() < 0.1:
                plan = "resid_plus"
            self.ev(c, t2, "tp_renewal", "renewed", season=season, plan=plan, 套餐=PLANS[plan][0],
                    contract_id=f"K{season[2:4]}{c['id'][1:]}", **self.digital(c, t2))
            self.start_contract(c, season, t2, plan, renewal=True)

    # ------------------------------------------------------------ the winter
    def snow_days(self, city, season):
        cfg = CITIES[city]
        y = int(season[:4])
        lo = datetime(y, *cfg["span"][0])
        hi = datetime(y + 1, *cfg["span"][1])
        n = cfg["n_snow"][SEASONS.index(season)]
        days = sorted(set(int(x) for x in self.r.uniform(0, (hi - lo).days, n + 3)))[:n]
        out = []
        for k, d in enumerate(days):
            cm = float(np.clip(self.r.lognormal(np.log(7), 0.6), 2, 40))
            out.append([lo + D(days=d, hours=float(self.r.uniform(0, 9))), round(cm, 1)])
        if city == "YYC" and season == "2025/26":
            out = [x for x in out if not (YYC_SHORT[0] - D(days=2) <= x[0] <= YYC_SHORT[1])]
            out += [[datetime(2026, 1, 24, 4), 22.0], [datetime(2026, 2, 1, 5), 9.5], [datetime(2026, 2, 9, 3), 45.0],
                    [datetime(2026, 2, 17, 6), 18.5], [datetime(2026, 2, 25, 2), 21.0]]
        if city == "OSL" and season == "2025/26":
            out = [x for x in out if not (DUP[0] <= x[0] <= DUP[1])]
            out += [[datetime(2026, 1, 7, 2), 26.0], [datetime(2026, 1, 10, 5), 6.5]]
        if city == "HRB" and season == "2024/25":
            out += [[datetime(2024, 11, 21, 1), 31.0]]
        out.sort()
        return [(f"{city}-{t:%y%m%d}", t.replace(minute=0, second=0, microsecond=0), cm) for t, cm in out]

    def winter(self, season):
        for city in CITIES:
            cts = [ct for ct in self.contracts[season] if ct["c"]["city"] == city]
            oneoffs = self.oneoff_pool(city, season)
            for sid, t_end, cm in self.snow_days(city, season):
                storm = cm >= 15
                short = city == "YYC" and YYC_SHORT[0] <= t_end <= YYC_SHORT[1]
                for ct in cts:
                    if ct["signed"] > t_end:
                        continue
                    trig = PLANS[ct["plan"]][1]
                    if cm < trig:
                        continue
                    self.visit(ct, sid, t_end, cm, storm, short, season)
                # per-visit call-outs from households without a contract
                k = int(self.r.poisson(len(oneoffs) * (0.05 + 0.12 * storm)))
                for _ in range(k):
                    self.callout(self.pick(oneoffs), sid, t_end, cm, storm, short, season)

    def oneoff_pool(self, city, season):
        y = int(season[:4])
        n = int({"HRB": 140, "CC": 90, "YYC": 170, "OSL": 120}[city] * (1.0 if season == "2024/25" else 1.25))
        pool = []
        for _ in range(n):
            c = self.new_customer(city, "oneoff", datetime(y, 10, 15) + D(days=float(self.u() * 120)))
            c["ctype"] = "residential"
            c["first"] = None
            pool.append(c)
        return pool

    def visit(self, ct, sid, t_end, cm, storm, short, season):
        c = ct["c"]
        city = c["city"]
        plan = ct["plan"]
        sla = PLANS[plan][2]
        self.n_job += 1
        job = f"J{self.n_job:07d}"
        common = dict(job_id=job, snow_event_id=sid, snowfall_cm=cm, storm=storm, route_id=c["route"],
                      crew_id=c["crew"], plan=plan, 套餐=PLANS[plan][0], season=season, contract_id=ct["id"])
        if storm:
            ch = "mini_program" if CITIES[city]["china"] else self.pick(["sms", "app"])
            self.ev(c, t_end - D(hours=float(self.r.uniform(9, 16))), "tp_storm_alert", "sent", snow_event_id=sid,
                    snowfall_cm=cm, storm=True, season=season, channel=ch)
        p_miss = 0.015 + 0.01 * storm
        if c["route"] == HRB_R07 and season == "2025/26":
            p_miss = 0.14
        if short:
            p_miss = 0.06
        missed = self.u() < p_miss
        deadline = t_end + D(hours=sla)
        t_d = t_end + D(hours=float(self.r.uniform(0.1, 1.2 if c["ctype"] == "commercial" else 2.5)))
        if missed and self.u() < 0.5:  # never dispatched: route overran
            reason = "route_overrun" if not short else "crew_shortage"
        else:
            reason = None
            self.ev(c, t_d, "tp_dispatch", "dispatched", truck=f"{c['crew']}-T{int(self.r.integers(1, 4))}",
                    surge=storm, channel="other", **common)
        if missed:
            if reason is None:
                reason = self.pick(["blocked_access", "address_skipped", "equipment_breakdown"],
                                   p=[0.35, 0.45, 0.2])
                if c["route"] == HRB_R07 and season == "2025/26":
                    reason = "address_skipped"
                if short:
                    reason = self.pick(["crew_shortage", "equipment_breakdown"])
            tm = deadline + D(hours=float(self.r.uniform(0.5, 6)))
            self.ev(c, tm, "tp_missed", "reported", missed_reason=reason, 漏铲原因=MISS_ZH[reason], channel="phone",
                    **common)
            c["missed"] += 1
            credit = ct["price"] / 12 if c["ctype"] == "residential" else ct["price"] / 40
            self.order(c, tm + D(days=float(self.r.uniform(2, 10))), "service_credit", round(credit, 0), "refunded",
                       contract_id=ct["id"], job_id=job, season=season, snow_event_id=sid)
            if self.u() < 0.5:
                ch = "call_note" if self.u() < 0.6 else ("wechat" if CITIES[city]["china"] else "email")
                self.say(c, "missed", ch, None if (ch == "call_note" and self.u() < 0.3) else
                         tm + D(hours=float(self.r.uniform(0, 5))), route_id=c["route"], crew_id=c["crew"],
                         job_id=job, agent=self.agent(city) if ch == "call_note" else None)
            return
        # clearing
        p_late = 0.08 + 0.12 * storm
        if short:
            p_late = 0.55
        late = self.u() < p_late
        if late:
            delay = float(self.r.lognormal(np.log(380 if short else 95), 0.6))
            delay = max(20.0, delay)
            tc = deadline + D(minutes=delay)
        else:
            tc = t_d + D(hours=float(self.r.uniform(0.3, max(0.5, sla - (t_d - t_end).total_seconds() / 3600 - 0.2))))
            delay = 0.0
        dur = int(self.r.integers(8, 25) if c["ctype"] == "residential" else self.r.integers(35, 150))
        self.ev(c, tc, "tp_clearing", "completed", delay_min=int(delay), on_time=not late, duration_min=dur,
                channel="other", **common)
        if late:
            self.ev(c, tc + D(seconds=1), "tp_late", "late", delay_min=int(delay), channel="other", **common)
        # completion photo (app): upload may fail on Android 3.4.0 during the bug
        tp = tc + D(minutes=float(self.r.uniform(1, 30)))
        if self.u() < 0.5:
            ok = True
            if APP_BUG[0] <= tp <= APP_BUG[1] and c["os"] == "android":
                ok = self.u() > 0.45
            self.ev(c, tp, "tp_photo_proof", "uploaded" if ok else "failed", channel="app", device=c["os"],
                    app_version=self.version(tp), job_id=job, crew_id=c["crew"])
        if storm and c["ctype"] == "commercial":
            self.order(c, tc, "storm_surcharge", round(ct["price"] / 5 * 0.15, 0), "paid", contract_id=ct["id"],
                       job_id=job, season=season, snow_event_id=sid, invoice_month=f"{tc:%Y-%m}")
        # damage (lawn damage shows at the melt)
        p_dmg = 0.011 * (1.6 if cm >= 15 else 1.0)
        if self.u() < p_dmg:
            self.claim(c, job, tc, season)
        # rating
        if c["ctype"] == "residential" and self.u() < 0.16:
            self.rate(c, job, tc, late, delay, season)

    def agent(self, city):
        return self.pick(["王敏", "刘佳", "赵雪"] if CITIES[city]["china"] else ["Megan R.", "Kari S.", "Tom W."])

    def rate(self, c, job, tc, late, delay, season):
        tr = tc + D(minutes=float(self.r.uniform(20, 600)))
        crew = c["crew"]
        if late:
            topic = "late" if self.u() < 0.6 else ("neutral" if self.u() < 0.5 else "blocked")
        else:
            x = self.u()
            good = 0.55 + (0.2 if crew == "HRB-C03" else 0) - (0.2 if crew == "YYC-C05" else 0)
            if x < good:
                topic = self.pick(["prompt", "careful", "clean"])
            elif x < good + 0.2:
                topic = "neutral"
            else:
                topic = self.pick(["blocked", "icy"], p=[0.3, 0.7] if c["city"] == "OSL" else [0.65, 0.35])
        stars = self.stars(topic)
        if crew == "HRB-C03" and stars < 5 and SENT[topic] != "negative":
            stars = 5 if self.u() < 0.6 else stars
        self.ev(c, tr, "tp_crew_rating", "rated", rating=stars, job_id=job, crew_id=crew, season=season,
                **self.digital(c, tr))
        self.say(c, topic, "crew_rating", tr, rating=stars, crew_id=crew, job_id=job, route_id=c["route"],
                 tp="tp_late" if topic == "late" else "tp_clearing")

    def claim(self, c, job, tc, season):
        ctype = self.pick(list(CLAIM_ZH), p=[0.42, 0.18, 0.12, 0.16, 0.12] if c["ctype"] == "residential"
                          else [0.10, 0.10, 0.30, 0.45, 0.05])
        if ctype == "lawn_turf":
            y = tc.year if tc.month <= 6 else tc.year + 1
            t = datetime(y, 3, 20) + D(days=float(self.u() * 35), hours=float(9 + self.u() * 9))
            t = max(t, tc + D(days=1, hours=float(self.u() * 8)))
        else:
            t = tc + D(days=float(self.r.exponential(2)), hours=float(2 + self.u() * 6))
        t = t.replace(microsecond=0)
        if t > END:
            return
        self.n_claim += 1
        cid = f"CL{self.n_claim:05d}"
        city = CITIES[c["city"]]
        amt = round(float(self.r.lognormal(np.log({"lawn_turf": 1200, "fence": 2500, "vehicle": 3000,
                                                     "kerb_paving": 4000, "garage_door": 5000}[ctype]), 0.5)), 0)
        amt = round(amt / (5.2 if city["cur"] == "CAD" else (0.67 if city["cur"] == "NOK" else 1.0)), 0)
        c["claims"] += 1
        self.ev(c, t, "tp_damage_claim", "filed", claim_id=cid, claim_type=ctype, 损失类型=CLAIM_ZH[ctype], job_id=job,
                claim_amount=amt, currency=city["cur"], claim_amount_cny=round(amt * city["rate"], 2),
                crew_id=c["crew"], season=season, channel="phone")
        days = float(self.r.lognormal(np.log({"HRB": 9, "CC": 8, "YYC": 14, "OSL": 34}[c["city"]]), 0.35))
        ts = t + D(days=days)
        if ts <= END:
            approved = self.u() < 0.78
            pay = round(amt * float(self.r.uniform(0.6, 1.0)), 0) if approved else 0.0
            self.ev(c, ts, "tp_claim_settled", "approved" if approved else "rejected", claim_id=cid, claim_type=ctype,
                    损失类型=CLAIM_ZH[ctype], payout_amount=pay, currency=city["cur"],
                    payout_amount_cny=round(pay * city["rate"], 2), days_to_settle=round(days, 1), channel="email")
        if self.u() < 0.55:
            ch = "call_note" if self.u() < 0.5 else ("wechat" if city["china"] else "email")
            self.say(c, "damage", ch, None if (ch == "call_note" and self.u() < 0.3) else t + D(hours=2),
                     claim_id=cid, claim_type=ctype, crew_id=c["crew"],
                     agent=self.agent(c["city"]) if ch == "call_note" else None)

    def callout(self, c, sid, t_end, cm, storm, short, season):
        city = c["city"]
        cfg = CITIES[city]
        t0 = t_end - D(hours=float(self.r.uniform(-3, 4)))
        if not c.get("booked") or t0 < c["signup"]:
            c["signup"] = t0
        c["booked"] = True
        d = self.digital(c, t0) if self.u() < 0.85 else dict(channel="phone", device=None)
        self.n_job += 1
        job = f"J{self.n_job:07d}"
        mult = 1.5 if storm else 1.0
        price = cfg["callout"] * mult * (1 + c["lot_m2"] / 800)
        price = round(price, 0)
        common = dict(job_id=job, snow_event_id=sid, snowfall_cm=cm, storm=storm, route_id=c["route"],
                      crew_id=c["crew"], season=season)
        self.ev(c, t0, "tp_callout_req", "booked", surge_multiplier=mult, quote_amount=price, currency=cfg["cur"],
                quote_amount_cny=round(price * cfg["rate"], 2), **common, **d)
        p_ok = 0.93 if not short else 0.70
        td = max(t0, t_end) + D(hours=float(self.r.uniform(0.5, 5 if storm else 3)))
        if self.u() > p_ok:
            if self.u() < 0.5:
                self.ev(c, td, "tp_dispatch", "dispatched", surge=storm, channel="other", job_type="callout", **common)
            self.ev(c, td + D(hours=8), "tp_missed", "reported", missed_reason="crew_shortage" if short else "route_overrun",
                    漏铲原因=MISS_ZH["crew_shortage" if short else "route_overrun"], channel="phone", job_type="callout",
                    **common)
            self.order(c, t0, "callout", price, "refunded", job_id=job, season=season, snow_event_id=sid,
                       surge_multiplier=mult, payment_method=self.paymethod(c), **{k: v for k, v in d.items()
                                                                                   if k in ("channel", "device")})
            if self.u() < 0.4:
                self.say(c, "missed", "call_note" if self.u() < 0.5 else "app_message", td + D(hours=9),
                         job_id=job)
            return
        self.ev(c, td, "tp_dispatch", "dispatched", surge=storm, channel="other", job_type="callout", **common)
        tc = td + D(hours=float(self.r.uniform(0.5, 3 if not short else 12)))
        self.ev(c, tc, "tp_clearing", "completed", duration_min=int(self.r.integers(10, 30)), channel="other",
                job_type="callout", **common)
        self.order(c, tc, "callout", price, "paid", job_id=job, season=season, snow_event_id=sid, surge_multiplier=mult,
                   payment_method=self.paymethod(c), **{k: v for k, v in d.items() if k in ("channel", "device")})
        if self.u() < 0.12:
            topic = self.pick(["prompt", "clean", "neutral", "price"], p=[0.35, 0.2, 0.2, 0.25]) if not storm else \
                self.pick(["prompt", "price", "neutral"], p=[0.3, 0.5, 0.2])
            self.say(c, topic, "app_message" if d.get("channel") != "mini_program" else "wechat",
                     tc + D(hours=float(self.r.uniform(1, 20))), tp="tp_callout_req" if topic == "price" else None,
                     job_id=job)

    # ------------------------------------------------------------ invoices
    def invoices(self, season):
        y = int(season[:4])
        months = [(y, 11), (y, 12), (y + 1, 1), (y + 1, 2), (y + 1, 3)]
        sur = {}
        for o in self.orders:
            if o["order_type"] == "storm_surcharge":
                sur[(o["customer_id"], o["invoice_month"])] = sur.get((o["customer_id"], o["invoice_month"]), 0) + \
                    o["amount"]
        n_inv = 0
        for ct in self.contracts[season]:
            c = ct["c"]
            if c["ctype"] != "commercial":
                continue
            for yy, mm in months:
                im = f"{yy}-{mm:02d}"
                t = datetime(yy + (mm == 12), mm % 12 + 1, 1, 6) + D(hours=float(self.u() * 30))
                if t > END or t < ct["signed"]:
                    continue
                n_inv += 1
                inv = f"INV-{c['city']}-{yy}{mm:02d}-{n_inv:05d}"
                inst = round(ct["price"] / 5, 0)
                total = inst + sur.get((c["id"], im), 0)
                cfg = CITIES[c["city"]]
                self.ev(c, t, "tp_invoice", "issued", invoice_no=inv, invoice_month=im, invoice_amount=total,
                        currency=cfg["cur"], invoice_amount_cny=round(total * cfg["rate"], 2), contract_id=ct["id"],
                        season=season, channel="email")
                self.order(c, t + D(days=float(self.r.uniform(3, 25))), "season_contract", inst, "paid",
                           contract_id=ct["id"], plan=ct["plan"], 套餐=PLANS[ct["plan"]][0], season=season,
                           invoice_no=inv, invoice_month=im, is_renewal=ct["renewal"], payment_method="bank_transfer"
                           if c["city"] != "OSL" else "invoice")
                p = 0.05
                reasons = (["duplicate_visit", "surcharge_dispute", "wrong_rate"], [0.4, 0.35, 0.25])
                if c["city"] == "OSL" and im == OSL_VAT_MONTH:
                    p = 0.42
                    reasons = (["wrong_vat", "duplicate_visit", "surcharge_dispute"], [0.8, 0.1, 0.1])
                if self.u() < p:
                    r_ = self.pick(*reasons)
                    td = t + D(days=float(self.r.uniform(1, 9)))
                    self.ev(c, td, "tp_invoice_dispute", "opened", invoice_no=inv, invoice_month=im,
                            dispute_reason=r_, 异议原因=DISPUTE_ZH[r_], channel="email")
                    if self.u() < 0.6:
                        self.say(c, "invoice", "email" if not cfg["china"] else self.pick(["wechat", "email"]),
                                 td + D(hours=1), invoice_no=inv)

    # ------------------------------------------------------------ other feedback
    def more_feedback(self):
        # end-of-season NPS survey (April) to contract customers
        for season in SEASONS:
            y = int(season[:4]) + 1
            cts = [ct for ct in self.contracts[season]]
            idx = self.r.choice(len(cts), size=min(420, len(cts)), replace=False)
            for i in idx:
                ct = cts[int(i)]
                c = ct["c"]
                t = datetime(y, 4, 6) + D(days=float(self.u() * 14), hours=float(8 + self.u() * 12))
                base = 8.4
                if c["missed"]:
                    base -= 3.2
                if c["city"] == "YYC" and season == "2025/26":
                    base -= 1.6
                if c["city"] == "CC" and season == "2025/26":
                    base -= 0.8
                score = int(np.clip(round(self.r.normal(base, 1.7)), 0, 10))
                if score >= 9:
                    topic = self.pick(["prompt", "careful", "clean"])
                elif score >= 7:
                    topic = self.pick(["neutral", "clean", "price"], p=[0.6, 0.2, 0.2])
                else:
                    opts = ["late", "missed", "icy", "blocked", "price"]
                    p = [0.3, 0.25, 0.15, 0.15, 0.15]
                    if c["missed"]:
                        p = [0.1, 0.6, 0.1, 0.1, 0.1]
                    topic = self.pick(opts, p=p)
                self.say(c, topic, "nps_survey", t.replace(microsecond=0), nps=score, season=season,
                         tp="tp_renewal_notice" if topic == "price" else None)
        # app-store reviews (no customer)
        t = START
        while t < END:
            t += D(hours=float(self.r.exponential(7 if APP_BUG[0] <= t <= APP_BUG[1] else 30)))
            if t > END:
                break
            city = self.pick(list(CITIES), p=[0.3, 0.2, 0.28, 0.22])
            os_ = self.pick(["ios", "android"])
            bug = APP_BUG[0] <= t <= APP_BUG[1] and os_ == "android"
            winter = t.month in (11, 12, 1, 2, 3)
            if not winter and self.u() < 0.7:
                continue
            topic = "app" if (bug and self.u() < 0.75) else self.pick(["prompt", "clean", "neutral", "app", "price"],
                                                                    p=[0.32, 0.17, 0.25, 0.06, 0.2])
            self.say(None, topic, "app_review", t.replace(microsecond=0) if self.u() > 0.15 else None,
                     rating=self.stars(topic), city_id=city, device=os_, app_version=self.version(t),
                     platform="app_store" if os_ == "ios" else self.pick(["google_play", "huawei_appgallery"]))
        # social posts (no customer, many without ts): storms bring complaints
        for _ in range(420):
            city = self.pick(list(CITIES), p=[0.3, 0.2, 0.28, 0.22])
            t = datetime(2024, 11, 1) + D(days=float(self.u() * 540))
            if t.month in (5, 6, 7, 8, 9):
                t = t.replace(month=12)
            topic = self.pick(["late", "missed", "blocked", "icy", "price", "prompt", "clean", "neutral"],
                              p=[0.18, 0.12, 0.14, 0.1, 0.12, 0.16, 0.08, 0.10])
            if city == "YYC" and YYC_SHORT[0] <= t <= YYC_SHORT[1]:
                topic = "late" if self.u() < 0.7 else topic
            self.say(None, topic, "social", t.replace(microsecond=0) if self.u() > 0.45 else None, city_id=city,
                     platform=self.pick(["weibo", "douyin"] if CITIES[city]["china"] else ["facebook", "reddit"]))
        # Google reviews (Calgary, Oslo), rated
        for _ in range(300):
            city = self.pick(["YYC", "OSL"])
            t = datetime(2024, 10, 15) + D(days=float(self.u() * 560))
            topic = self.pick(["prompt", "careful", "clean", "neutral", "late", "damage", "blocked", "price"],
                              p=[0.22, 0.14, 0.12, 0.12, 0.14, 0.1, 0.08, 0.08])
            if city == "YYC" and YYC_SHORT[0] <= t <= YYC_SHORT[1] + D(days=10):
                topic = "late" if self.u() < 0.6 else topic
            self.say(None, topic, "google_review", t.replace(microsecond=0) if self.u() > 0.1 else None,
                     rating=self.stars(topic), city_id=city, lang="en" if self.u() < 0.93 else "zh")
        # icy complaints from contract customers without salting (calls / messages)
        for season in SEASONS:
            for ct in self.contracts[season]:
                if ct["salt"]:
                    continue
                p = 0.05 if ct["c"]["city"] == "OSL" else 0.015
                if self.u() < p:
                    c = ct["c"]
                    y = int(season[:4])
                    t = datetime(y, 12, 1) + D(days=float(self.u() * 100), hours=float(7 + self.u() * 12))
                    ch = "call_note" if self.u() < 0.5 else ("wechat" if CITIES[c["city"]]["china"] else "email")
                    self.say(c, "icy", ch, t.replace(microsecond=0) if (ch != "call_note" or self.u() > 0.3) else None,
                             agent=self.agent(c["city"]) if ch == "call_note" else None, season=season)

    # ------------------------------------------------------------ run / output
    def run(self):
        leg = self.legacy(1150)
        self.renewals("2024/25", leg)
        self.signup_wave("2024/25", 1650)
        self.winter("2024/25")
        self.invoices("2024/25")
        prev = [ct["c"] for ct in self.contracts["2024/25"]]
        self.renewals("2025/26", prev)
        self.signup_wave("2025/26", 2000)
        self.winter("2025/26")
        self.invoices("2025/26")
        self.more_feedback()

    def tables(self):
        tps = [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e, kind=f, owner=g, aliases=h)
               for a, b, c_, d, e, f, g, h in TOUCHPOINTS]
        jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1, touchpoint_id=tp,
                   window_days=w) for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps)]
        cust = []
        for c in self.cust:
            if c["kind"] == "oneoff" and not c.get("booked"):
                continue  # never booked: not in the CRM
            seas = [s for s in c["seasons"] if s in SEASONS]
            if c["kind"] == "oneoff":
                seg = "one_off"
            elif not c["seasons"]:
                seg = "prospect"
            elif "2025/26" not in c["seasons"]:
                seg = "lapsed"
            elif c["ctype"] == "commercial" and len(c["seasons"]) >= 2:
                seg = "vip"
            elif len(c["seasons"]) >= 2:
                seg = "returning"
            else:
                seg = "new"
            tier = "gold" if len(c["seasons"]) >= 3 else ("silver" if len(c["seasons"]) == 2 else "standard")
            city = CITIES[c["city"]]
            cust.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=city["region"],
                             city_id=c["city"], city_en=city["en"], 城市=city["zh"], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]], tier=tier, customer_type=c["ctype"], 客户类型=CTYPE_ZH[c["ctype"]],
                             plan=c["plan"], 套餐=PLANS[c["plan"]][0] if c["plan"] else None,
                             property_type=c["prop"], 物业类型=PROP_ZH[c["prop"]], lot_m2=c["lot_m2"],
                             route_id=c["route"], language=c["lang"], phone_os=c["os"],
                             seasons_contracted=len(seas)))
        ev = sorted(self.events, key=lambda e: (e["ts"], e["event_id"]))
        # the Oslo dispatch log of 2026-01-05 .. 01-11 was re-sent by the routing system (same event_id)
        dup = [dict(e) for e in ev if e["touchpoint_id"] == "tp_dispatch" and e["city_id"] == "OSL"
               and DUP[0] <= e["ts"] <= DUP[1]]
        ev = sorted(ev + dup, key=lambda e: (e["ts"], e["event_id"]))
        fb = sorted(self.feedback, key=lambda f: f["feedback_id"])
        orders = sorted(self.orders, key=lambda o: o["order_id"])
        exps = sorted(self.exp, key=lambda x: x["customer_id"])
        return dict(touchpoints=tps, journeys=jr, customers=cust, events=ev, orders=orders, feedback=fb,
                    experiments=exps)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, (bool, np.bool_)):
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
    g.run()
    for name, rows in g.tables().items():
        write(out / f"{name}.csv", rows)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
