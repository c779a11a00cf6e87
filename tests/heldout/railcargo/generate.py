"""驰欧班列 RailLink: China-Europe rail freight forwarding (中欧班列) from Chongqing, Xi'an and Yiwu to Duisburg,
Lodz and Madrid (synthetic, written blind).

A shipper account (a factory, a trading company, an e-commerce seller) finds us at a trade fair, on the website, via
WeChat ads, a referral or our sales team. Spot shippers ask for a rate on the online quote page (在线询价, web or mini
program); contract and key accounts get a quote from their account manager (客户经理报价). A quote becomes a container
booking (订舱); the slot on a train is confirmed (舱位确认) or the booking is cancelled. We file the customs
pre-declaration (报关预申报; rejected filings are corrected and filed again), the container gates in at the origin
terminal (进站交箱: 重庆团结村, 西安国际港站, 义乌西站), is loaded and departs (装车发运), changes gauge at the Chinese exit
border (出境换装: Alashankou 阿拉山口 or Khorgos 霍尔果斯) and again entering the EU at Malaszewicze (马拉舍维奇换装入欧).
Containers may be held (扣箱: EU customs inspection, documents, sanctions screening, overweight), delay notices go out
(延误通知), the arrival notice (到站通知) is sent at Duisburg, Lodz or Madrid, EU customs clears the box (目的站清关),
door-to-door shipments get last-mile delivery (末端派送; failed attempts are retried), the consignee signs the POD
(签收). Damage and shortage claims (货损货差索赔 → 索赔结案), invoices (开票), online tracking (在线追踪), reviews
(服务评价) close the loop.

Data 2025-01-01 .. 2026-08-31 (extract taken 2026-09-03). Times are naive China Standard Time. Invoices in CNY, EUR or
USD (`amount` in `currency`) beside `amount_cny`.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260903), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260903
rng = np.random.default_rng(SEED)
T0 = datetime(2025, 1, 1)
TEND = datetime(2026, 8, 31, 23, 59, 59)


def u(a, b):
    return float(rng.uniform(a, b))


def ri(a, b):
    return int(rng.integers(a, b + 1))


def chance(p):
    return bool(rng.random() < p)


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def dt(s: str) -> datetime:
    return datetime.fromisoformat(s)


def within(t, a, b):
    return dt(a) <= t < dt(b) + timedelta(days=1)


def biz(t: datetime, h0=8, h1=20) -> datetime:
    return t.replace(hour=ri(h0, h1 - 1), minute=ri(0, 59), second=ri(0, 59))


def later(t: datetime, d0: float, d1: float, h0=0, h1=24) -> datetime:
    x = t + timedelta(days=u(d0, d1))
    x = biz(x, h0, h1)
    return x if x > t else t + timedelta(minutes=ri(30, 300))


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- reference data
ORIGINS = {  # code -> en, zh, terminal zh, terminal en, weight, exit-border mix
    "CKG": ("Chongqing", "重庆", "重庆团结村中心站", "Chongqing Tuanjiecun", .45, {"Alashankou": .72, "Khorgos": .28}),
    "XIY": ("Xi'an", "西安", "西安国际港站", "Xi'an International Port", .29, {"Alashankou": .35, "Khorgos": .65}),
    "YW": ("Yiwu", "义乌", "义乌西站", "Yiwu West", .26, {"Alashankou": .45, "Khorgos": .55}),
}
DESTS = {  # code -> en, zh, terminal, base transit days departure -> arrival
    "DUI": ("Duisburg", "杜伊斯堡", "Duisburg Intermodal Terminal", 16.0),
    "LDZ": ("Lodz", "罗兹", "Łódź Olechów", 13.5),
    "MAD": ("Madrid", "马德里", "Madrid Abroñigal", 20.5),
}
ROUTE_MIX = {"CKG": {"DUI": .55, "LDZ": .30, "MAD": .15}, "XIY": {"DUI": .45, "LDZ": .42, "MAD": .13},
             "YW": {"DUI": .30, "LDZ": .15, "MAD": .55}}
BORDER_ZH = {"Alashankou": "阿拉山口", "Khorgos": "霍尔果斯"}
BASE_USD = {("CKG", "DUI"): 7600, ("CKG", "LDZ"): 7000, ("CKG", "MAD"): 8900, ("XIY", "DUI"): 7300,
            ("XIY", "LDZ"): 6700, ("XIY", "MAD"): 8700, ("YW", "DUI"): 8000, ("YW", "LDZ"): 7400,
            ("YW", "MAD"): 9100}
CARGO = {  # cargo type -> zh, weight by origin
    "electronics": ("电子产品", {"CKG": .48, "XIY": .18, "YW": .06}),
    "auto_parts": ("汽车零部件", {"CKG": .22, "XIY": .24, "YW": .04}),
    "machinery": ("机械设备", {"CKG": .10, "XIY": .30, "YW": .05}),
    "small_commodities": ("小商品/跨境电商", {"CKG": .06, "XIY": .08, "YW": .62}),
    "textiles": ("纺织服装", {"CKG": .06, "XIY": .10, "YW": .18}),
    "furniture": ("家具建材", {"CKG": .08, "XIY": .10, "YW": .05}),
}
INDUSTRY_ZH = {"electronics": "电子制造", "auto_parts": "汽车零部件", "machinery": "装备制造",
               "small_commodities": "跨境电商/小商品", "textiles": "纺织服装", "furniture": "家具建材"}
CHAN = {"trade_fair": .18, "website": .24, "wechat_ads": .16, "referral": .17, "sales_outreach": .15,
        "freight_platform": .10}
CHAN_ZH = {"trade_fair": "展会", "website": "官网搜索", "wechat_ads": "微信广告", "referral": "老客户推荐",
           "sales_outreach": "销售拓客", "freight_platform": "货运平台"}
CHAN_BOOK = {"trade_fair": .10, "referral": .08, "sales_outreach": .03, "website": 0.0, "freight_platform": -.06,
             "wechat_ads": -.14}
TIERS = {"spot": ("散客", .56, 1.0), "contract": ("合约客户", .32, 4.0), "key_account": ("大客户", .12, 11.0)}
AMS = {  # zh name -> en name, origin desk
    "陈晓燕": ("Chen Xiaoyan", "CKG"), "王磊": ("Wang Lei", "CKG"), "刘洋": ("Liu Yang", "XIY"),
    "赵建国": ("Zhao Jianguo", "XIY"), "张婷": ("Zhang Ting", "YW"), "孙悦": ("Sun Yue", "YW"),
    "周凯": ("Zhou Kai", "YW"),
}
AM_MIX = {"CKG": {"陈晓燕": .7, "王磊": .3}, "XIY": {"刘洋": .55, "赵建国": .45},
          "YW": {"张婷": .4, "孙悦": .3, "周凯": .3}}
REGION = {"CKG": {"Southwest": .78, "East China": .10, "South China": .12},
          "XIY": {"Northwest": .70, "North China": .18, "East China": .12},
          "YW": {"East China": .82, "South China": .18}}
REGION_ZH = {"Southwest": "西南", "East China": "华东", "South China": "华南", "Northwest": "西北",
             "North China": "华北"}
HOLD_ZH = {"eu_customs_inspection": "欧盟海关查验", "document_mismatch": "单证不符", "sanctions_screening": "制裁筛查",
           "overweight": "超重"}
CLAIM_ZH = {"damage": "货损", "shortage": "货差(少货)"}
PRE_REJECT = {"hs_code_mismatch": .54, "missing_invoice": .20, "value_discrepancy": .26}
CARRIERS = {"DUI": ["DB Schenker", "Rhenus"], "LDZ": ["Raben", "DHL Freight"], "MAD": ["Transportes Ochoa", "Dachser"]}
CCY_BY_TIER = {"spot": {"CNY": .55, "USD": .35, "EUR": .10}, "contract": {"CNY": .40, "USD": .35, "EUR": .25},
               "key_account": {"CNY": .25, "USD": .35, "EUR": .40}}


def fx(ccy: str, t: datetime) -> float:
    """CNY per unit, one rate per month."""
    k = (t.year - 2025) * 12 + t.month - 1
    if ccy == "CNY":
        return 1.0
    if ccy == "USD":
        return round(7.20 - 0.006 * k, 4)
    return round(7.70 + 0.030 * k if k < 10 else 8.00 + 0.012 * (k - 10), 4)


TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_promo", "展会与线上推广", "Trade fair & online promotion", "awareness", "ads", "digital", "marketing",
     "广告|展会|推广|ads|trade show"),
    ("tp_quote_online", "在线询价", "Online rate quote", "consideration", "web", "digital", "digital_sales",
     "网上报价|询价|查运价|小程序报价|rate request|instant quote|online quote"),
    ("tp_am_quote", "客户经理报价", "Account manager quote", "consideration", "email", "digital", "sales",
     "销售报价|专属报价|AM quote|sales quote|custom rate"),
    ("tp_booking", "订舱", "Container booking", "purchase", "web", "digital", "booking_desk",
     "下单|订箱|booking|book a box|book a slot"),
    ("tp_slot_confirm", "舱位确认", "Slot confirmed", "purchase", "email", "digital", "booking_desk",
     "放舱|确认舱位|slot confirmation|space confirmed"),
    ("tp_predeclare", "报关预申报", "Customs pre-declaration", "purchase", "web", "digital", "customs_team",
     "预申报|报关|预录入|pre-declaration|export declaration|customs filing"),
    ("tp_gate_in", "进站交箱", "Gate-in at origin terminal", "service", "store", "physical", "origin_ops",
     "进站|交箱|进场|gate in|terminal drop-off"),
    ("tp_departure", "装车发运", "Loaded & departed", "service", "other", "physical", "origin_ops",
     "装车|发车|上车|班列发运|loading|departure|train left"),
    ("tp_border_cn", "出境口岸换装", "Exit border gauge change", "service", "other", "physical", "border_ops",
     "阿拉山口|霍尔果斯|出境换轨|换装|exit border|gauge change|Khorgos|Alashankou"),
    ("tp_border_eu", "马拉舍维奇换装入欧", "Malaszewicze EU entry", "service", "other", "physical", "border_ops",
     "马拉|入欧换轨|波兰口岸|EU border|Malaszewicze transshipment|Poland border"),
    ("tp_hold", "扣箱", "Container held", "service", "other", "physical", "border_ops",
     "扣箱|查验|海关扣留|hold|held container|customs hold"),
    ("tp_delay_notice", "延误通知", "Delay notice", "service", "email", "digital", "customer_service",
     "晚点通知|延误|delay alert|ETA change"),
    ("tp_arrival_notice", "到站通知", "Arrival notice", "service", "email", "digital", "destination_ops",
     "到站|到货通知|arrival|ATA|notice of arrival"),
    ("tp_eu_clearance", "目的站清关", "Destination customs clearance", "service", "other", "digital",
     "destination_ops", "清关|欧洲清关|import clearance|customs release"),
    ("tp_last_mile", "末端派送", "Last-mile delivery", "service", "other", "physical", "destination_ops",
     "派送|送货上门|卡车派送|last mile|final delivery|trucking"),
    ("tp_pod", "签收", "Proof of delivery", "service", "other", "physical", "destination_ops",
     "签收|POD|提货|delivered|signed for"),
    ("tp_claim", "货损货差索赔", "Damage / shortage claim", "service", "email", "digital", "claims_desk",
     "索赔|理赔|货损|少货|claim|cargo claim"),
    ("tp_claim_closed", "索赔结案", "Claim closed", "service", "email", "digital", "claims_desk",
     "结案|赔付|claim settled|claim closed"),
    ("tp_invoice", "开票", "Invoice issued", "service", "email", "digital", "finance",
     "账单|发票|对账|invoice|bill"),
    ("tp_tracking", "在线追踪", "Online tracking", "service", "app", "digital", "digital_sales",
     "查轨迹|追踪|跟踪|tracking|track and trace"),
    ("tp_review", "服务评价", "Service review", "loyalty", "web", "digital", "customer_service",
     "评价|打分|满意度|review|rating|CSAT"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("online_booking", "在线询价到进站", "Online quote to gate-in", 30,
     ["tp_quote_online", "tp_booking", "tp_slot_confirm", "tp_predeclare", "tp_gate_in"]),
    ("am_booking", "客户经理报价到放舱", "Account-manager quote to slot", 14,
     ["tp_am_quote", "tp_booking", "tp_slot_confirm"]),
    ("rail_transit", "进站到签收", "Gate-in to proof of delivery", 35,
     ["tp_gate_in", "tp_departure", "tp_border_cn", "tp_border_eu", "tp_arrival_notice", "tp_pod"]),
    ("claims", "索赔处理", "Claim handling", 45, ["tp_claim", "tp_claim_closed"]),
]

# ---------------------------------------------------------------- feedback templates (topic markers: MARKERS)
T = {
    "congestion": {"zh": ["箱子在马拉舍维奇堵了十来天，欧洲客户天天催", "马拉舍维奇口岸排队太久，整列车都卡住了",
                          "又是马拉舍维奇，换装排队一周多，交期全乱了"],
                   "en": ["Our box sat at Malaszewicze for ten days waiting for the gauge change",
                          "Malaszewicze congestion again, the whole train was stuck in Poland",
                          "Lost a week at Malaszewicze, my customer in Germany is furious"]},
    "inspection": {"zh": ["欧盟海关查验了三次，每次都要补资料", "跨境电商的货被抽中查验，堆存费又是一大笔",
                          "查验拖了两周，没人主动告诉我们进度"],
                   "en": ["Held for customs inspection in Poland, storage charges piling up",
                          "Second inspection this quarter for our e-commerce parcels",
                          "The EU inspection took two weeks and nobody told us why"]},
    "predeclare": {"zh": ["预申报被退回两次，说HS编码不对", "西安这边预申报老是被驳回，耽误进站",
                          "预申报系统换了以后一直报错"],
                   "en": ["Our pre-declaration was rejected twice for the HS code",
                          "The pre-declaration keeps bouncing back since the new system",
                          "Missed the train because the pre-declaration was refused"]},
    "damage": {"zh": ["到马德里开箱发现货损，纸箱压塌了一片", "货损严重，托盘倒了，电机外壳都裂了",
                      "冬天冷凝水导致货损，纸箱全湿了"],
                   "en": ["Several pallets arrived damaged, crushed cartons everywhere",
                          "Goods damaged by condensation, boxes soaked through",
                          "Forklift damaged two crates at the terminal"]},
    "shortage": {"zh": ["拼箱到货少货，少了整整六箱", "签收时发现少货，铅封却是好的", "少货索赔提交了一个月还没结果"],
                 "en": ["LCL shipment arrived with missing cartons", "Three missing cartons but the seal was intact",
                        "Consignee counted 12 missing cartons at unloading"]},
    "lastmile": {"zh": ["派送司机没按约好的时间来，仓库白等一天", "派送改了三次时间", "末端派送到了不打电话直接走了"],
                 "en": ["The truck never turned up for the delivery slot we agreed",
                        "Delivery slot moved three times in one week", "Driver missed the delivery slot and left"]},
    "invoice": {"zh": ["账单上的汇率和合同不一致", "账单里多收了一笔堆存费", "账单开错抬头，来回改了三次"],
                "en": ["The EUR invoice used a different exchange rate than agreed",
                       "Invoice had a storage charge we never agreed to", "Wrong company name on the invoice again"]},
    "tracking": {"zh": ["在线轨迹三天没更新，不知道箱子在哪", "轨迹显示还在国内，其实早就出境了",
                        "轨迹信息太粗，只有发车和到站"],
                 "en": ["The tracking page has not updated for four days", "Tracking still shows Xi'an although "
                        "the train left a week ago", "Tracking is too coarse to plan our warehouse"]},
    "slow_reply": {"zh": ["对接人回复慢，邮件两天才回", "问个舱位回复慢得要命，只能自己打电话追",
                          "出了问题回复慢，周末完全找不到人"],
                   "en": ["Our contact is slow to reply, two days for a simple email",
                          "Very slow to reply when the box was held", "Slow to reply on weekends, we had to chase"]},
    "pricey": {"zh": ["运价太贵了，四季度还加了旺季附加费", "比同行报价贵不少，太贵", "拼箱算下来太贵，不如走海运"],
               "en": ["Rates are expensive compared to other rail operators", "Peak season surcharge made it too "
                      "expensive", "LCL is expensive per cubic metre"]},
    "am_praise": {"zh": ["客户经理非常专业，帮我们提前锁了舱位", "我们的客户经理很负责，半夜也在跟口岸沟通",
                         "客户经理主动告知延误并给了备选方案"],
                  "en": ["Our account manager is excellent and always reachable",
                         "The account manager found us a slot on a full train", "Great account manager, proactive "
                         "and clear"]},
    "faster": {"zh": ["比海运快了将近二十天，资金周转好多了", "整体比海运快，适合我们的高货值产品", "走班列比海运快，客户很满意"],
               "en": ["Much faster than sea freight for our laptops", "Far faster than sea freight at half the "
                      "air price", "Faster than sea and reliable enough for us"]},
    "ontime": {"zh": ["这一票准时到站，点赞", "到达时间很准时，和预计一天不差", "发车准时，到站也准时"],
               "en": ["Arrived on time to the day", "Departed and arrived on time, smooth", "On time and no "
                      "surprises this shipment"]},
}
NEG = {"congestion", "inspection", "predeclare", "damage", "shortage", "lastmile", "invoice", "tracking",
       "slow_reply", "pricey"}
NEUTRAL = {"zh": ["整体还行，按计划走完了", "请问下个月杜伊斯堡的班期是哪几天？", "一般吧，没什么特别的"],
           "en": ["It was ok overall", "Could you send the schedule for next month?", "Average, nothing special"]}
MARKERS = {"congestion": ["马拉舍维奇", "malaszewicze"], "inspection": ["查验", "inspection"],
           "predeclare": ["预申报", "pre-declaration"], "damage": ["货损", "damaged"],
           "shortage": ["少货", "missing cartons"], "lastmile": ["派送", "delivery slot"],
           "invoice": ["账单", "invoice"], "tracking": ["轨迹", "tracking"], "slow_reply": ["回复慢", "slow to reply"],
           "pricey": ["太贵", "expensive"], "am_praise": ["客户经理", "account manager"],
           "faster": ["比海运快", "faster than sea"], "ontime": ["准时", "on time"]}


def _check_templates():
    for topic, langs in T.items():
        for lang, texts in langs.items():
            for text in texts:
                for other, ms in MARKERS.items():
                    hit = any(m.lower() in text.lower() for m in ms)
                    assert hit == (other == topic), (topic, other, text)
    for texts in NEUTRAL.values():
        for text in texts:
            assert not any(m.lower() in text.lower() for ms in MARKERS.values() for m in ms), text


# ---------------------------------------------------------------- writer state
class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.n = {}

    def nid(self, p, width=7):
        self.n[p] = self.n.get(p, 0) + 1
        return f"{p}{self.n[p]:0{width}d}"

    def ev(self, c, t, tp, action, session=None, device=None, channel=None, **extra):
        row = dict(event_id=self.nid("EV", 8), customer_id=c["customer_id"], ts=iso(t), touchpoint_id=tp,
                   action=action, session_id=session, device=device, channel=channel)
        row.update(extra)
        self.events.append(row)
        return row

    def fb(self, c, t, tp, channel, topics, lang, rating=None, nps=None, shp=None, sentiment=None):
        parts = []
        for tpc in topics:
            parts.append(T[tpc][lang][ri(0, len(T[tpc][lang]) - 1)])
        if not parts:
            parts.append(NEUTRAL[lang][ri(0, len(NEUTRAL[lang]) - 1)])
        sep = "；" if lang == "zh" else ". "
        text = sep.join(parts)
        fid = self.nid("FB", 6)
        neg = any(x in NEG for x in topics)
        pos = any(x not in NEG for x in topics)
        if sentiment is None:
            sentiment = "negative" if neg and not pos else "positive" if pos and not neg else (
                "mixed" if neg else "neutral")
        row = dict(feedback_id=fid, text=text, ts=iso(t) if t else None, customer_id=c["customer_id"] if c else None,
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                   account_manager=c["account_manager"] if c else None,
                   account_manager_en=c["account_manager_en"] if c else None,
                   shipment_no=shp["no"] if shp else None,
                   origin=shp["origin_en"] if shp else None, destination=shp["dest_en"] if shp else None)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sentiment))


# ---------------------------------------------------------------- customers
def make_customers(n=1650):
    cust = []
    for i in range(1, n + 1):
        origin = pickd({k: v[4] for k, v in ORIGINS.items()})
        tier = pickd({k: v[1] for k, v in TIERS.items()})
        chan = pickd(CHAN)
        if tier == "key_account" and chan == "wechat_ads":
            chan = "sales_outreach"
        cargo = pickd({k: v[1][origin] for k, v in CARGO.items()})
        region = pickd(REGION[origin])
        am = pickd(AM_MIX[origin])
        lang = "en" if chance(.17 if tier == "spot" else .24) else "zh"
        signup = T0 - timedelta(days=u(0, 900)) if chance(.45) else T0 + timedelta(days=u(0, 560))
        cust.append(dict(customer_id=f"SHP{i:05d}", signup_at=iso(biz(signup)), tier=tier,
                         客户等级=TIERS[tier][0], region=region, 区域=REGION_ZH[region], acquisition_channel=chan,
                         获客渠道=CHAN_ZH[chan], industry=cargo, 行业=INDUSTRY_ZH[cargo], home_origin=ORIGINS[origin][0],
                         account_manager=am, account_manager_en=AMS[am][0], preferred_language=lang,
                         invoice_currency=pickd(CCY_BY_TIER[tier]), _origin=origin, _act=TIERS[tier][2] * u(.5, 1.5),
                         _signup=signup, _bad=False, _last=None, _n=0))
    return cust


# ---------------------------------------------------------------- one quote / shipment
def season(t: datetime) -> float:
    m = t.month
    return {1: .9, 2: .55, 3: .95, 4: 1.0, 5: 1.0, 6: 1.05, 7: 1.05, 8: 1.1, 9: 1.2, 10: 1.25, 11: 1.2,
            12: 1.0}[m] * (1.12 if t.year == 2026 else 1.0)


def shipment(w: W, c, t: datetime, ab: dict):
    origin = c["_origin"] if chance(.85) else pickd({k: v[4] for k, v in ORIGINS.items()})
    dest = pickd(ROUTE_MIX[origin])
    cargo = c["industry"] if chance(.8) else pickd({k: v[1][origin] for k, v in CARGO.items()})
    ctype = pickd({"40HQ": .62, "20GP": .16, "LCL": .22} if c["tier"] == "spot" else
                  {"40HQ": .72, "20GP": .18, "LCL": .10})
    teu = 2 if ctype == "40HQ" else 1 if ctype == "20GP" else 0
    cbm = round(u(4, 24), 1) if ctype == "LCL" else None
    service = "door_to_door" if chance(.58) else "station_to_station"
    no = w.nid("RL", 6)
    o = ORIGINS[origin]
    d = DESTS[dest]
    shp = dict(no=no, origin_en=o[0], dest_en=d[0])
    base = dict(origin=o[0], 始发站=o[1], destination=d[0], 目的站=d[1], route=f"{origin}-{dest}",
                container_type=ctype, cargo_type=cargo, 货类=CARGO[cargo][0], service=service)
    peak = 1.12 if t.month in (9, 10, 11) else 1.0
    usd = BASE_USD[(origin, dest)] * (1.0 if ctype == "40HQ" else .62 if ctype == "20GP" else cbm * .043) * peak
    usd = round(usd * u(.93, 1.07), 0)
    online = c["tier"] == "spot" or chance(.12)
    p_book = .40 if online else .66
    p_book += CHAN_BOOK[c["acquisition_channel"]]
    if online:
        dev = pickd({"pc": .58, "ios": .2, "android": .22})
        if dev != "pc":
            p_book -= .10
        ch = "web" if dev == "pc" else "mini_program"
        variant = None
        if within(t, "2026-03-02", "2026-06-28"):
            if c["customer_id"] not in ab:
                variant = "slot_lock" if chance(.5) else "standard"
                ab[c["customer_id"]] = (variant, t)
                w.exps.append(dict(experiment_id="slot_lock_quote_2026", variant=variant,
                                   customer_id=c["customer_id"], assigned_at=iso(t), page="quote_result",
                                   origin=o[0]))
            variant = ab[c["customer_id"]][0]
            p_book += .13 if variant == "slot_lock" else -.06
        w.ev(c, t, "tp_quote_online", "quoted", no, dev, ch, quoted_usd=usd, **base)
    else:
        dev = None
        w.ev(c, t, "tp_am_quote", "quoted", no, None, "email", quoted_usd=usd, account_manager=c["account_manager"],
             account_manager_en=c["account_manager_en"], **base)
    for _ in range(ri(0, 2) if online else 0):
        w.ev(c, later(t, 0, 3), "tp_quote_online", "requoted", no, dev, "web" if dev == "pc" else "mini_program",
             quoted_usd=round(usd * u(.97, 1.03)), **base)
    if not chance(min(.92, max(.05, p_book))):
        return None
    tb = later(t, 0.05, 9 if online else 6, 8, 22)
    if tb > TEND:
        return None
    w.ev(c, tb, "tp_booking", "submitted", no, dev, "web" if online else "email", teu=teu, cbm=cbm, **base)
    if not chance(.90):
        if chance(.5):
            w.ev(c, later(tb, 0.5, 3), "tp_booking", "cancelled", no, None, "web",
                 cancel_reason=pickd({"no_slot": .5, "shipper_cancelled": .5}), **base)
        return None
    ts = later(tb, 0.2, 3.5, 9, 19)
    if ts > TEND:
        return None
    # departure date (train) ~ 6-14 days after slot confirmation
    exit_b = pickd(o[5])
    train = f"X{8000 + ri(1, 499) if origin == 'CKG' else 9000 + ri(1, 499) if origin == 'XIY' else 8400 + ri(1, 99)}"
    w.ev(c, ts, "tp_slot_confirm", "confirmed", no, None, "email", train_no=train, **base)
    c["_n"] += 1
    ccy = c["invoice_currency"]
    # pre-declaration
    tp_ = later(ts, 0.3, 4, 9, 18)
    xian_bug = origin == "XIY" and within(tp_, "2026-03-09", "2026-04-26")
    p_rej = .33 if xian_bug else .06
    bad = []
    while True:
        if tp_ > TEND:
            return shp
        if chance(p_rej):
            w.ev(c, tp_, "tp_predeclare", "rejected", no, None, "web",
                 reject_reason=pickd(PRE_REJECT), customs_broker="RailLink Customs", **base)
            bad.append("predeclare")
            tp_ = later(tp_, 0.5, 3.5, 9, 18)
            p_rej = .10
            continue
        w.ev(c, tp_, "tp_predeclare", "accepted", no, None, "web", customs_broker="RailLink Customs", **base)
        break
    tg = later(tp_, 0.5, 5, 7, 21)
    if len(bad) and chance(.12):
        tg = later(tg, 6, 9, 7, 21)  # missed the train
    if tg > TEND:
        return shp
    w.ev(c, tg, "tp_gate_in", "gated_in", no, None, "store", terminal=o[2], terminal_en=o[3], **base)
    tdep = later(tg, 0.5, 3.5)
    if tdep > TEND:
        return shp
    w.ev(c, tdep, "tp_departure", "departed", no, None, "other", train_no=train, **base)
    # freight invoice at departure
    fx_ = fx(ccy, tdep)
    amt = usd * fx("USD", tdep) / fx_
    amt = round(amt, 2)
    st = "paid"
    if tdep > dt("2026-07-15") and chance(.35):
        st = "unpaid"
    elif chance(.03):
        st = "unpaid"
    w.orders.append(dict(order_id=w.nid("INV", 7), customer_id=c["customer_id"], ts=iso(later(tdep, 0, 1, 9, 18)),
                         amount=amt, currency=ccy, fx_rate=fx_, amount_cny=round(amt * fx_, 2), status=st,
                         order_type="rail_freight", 费用类型="铁路运费", shipment_no=no, origin=o[0], 始发站=o[1],
                         destination=d[0], 目的站=d[1], container_type=ctype, teu=teu, channel="email",
                         account_manager=c["account_manager"],
                         account_manager_en=c["account_manager_en"]))
    w.ev(c, later(tdep, 0, 1, 9, 18), "tp_invoice", "issued", no, None, "email", currency=ccy, **base)
    # customs service fee, CNY
    w.orders.append(dict(order_id=w.nid("INV", 7), customer_id=c["customer_id"], ts=iso(later(tdep, 0, 1, 9, 18)),
                         amount=float(ri(3, 8) * 100), currency="CNY", fx_rate=1.0, amount_cny=None, status=st,
                         order_type="customs_service", 费用类型="报关服务费", shipment_no=no, origin=o[0], 始发站=o[1],
                         destination=d[0], 目的站=d[1], container_type=ctype, teu=teu, channel="email",
                         account_manager=c["account_manager"],
                         account_manager_en=c["account_manager_en"]))
    w.orders[-1]["amount_cny"] = w.orders[-1]["amount"]
    # exit border
    tcn = later(tdep, 2.5 if exit_b == "Khorgos" else 3.2, 5.0 if exit_b == "Khorgos" else 6.5)
    if tcn > TEND:
        return shp
    w.ev(c, tcn, "tp_border_cn", "transshipped", no, None, "other", border_crossing=exit_b,
         出境口岸=BORDER_ZH[exit_b], gauge="1435->1520", **base)
    # Malaszewicze: normal 6-9 days after exit; congestion 2025-11-01 .. 2026-01-20
    jam = within(tcn, "2025-11-01", "2026-01-20")
    teu_days = u(6, 9) + (u(5, 11) if jam else 0)
    teu_ = later(tcn, teu_days, teu_days + .5)
    if jam or chance(.05):
        w.ev(c, later(tcn, 3, 5, 9, 18), "tp_delay_notice", "sent", no, None, "email",
             delay_days=round(teu_days - 7.5 + u(0, 1), 1), delay_cause="border_congestion" if jam else
             pickd({"locomotive_shortage": .5, "weather": .3, "track_works": .2}), **base)
        if jam:
            bad.append("congestion")
    if teu_ > TEND:
        return shp
    w.ev(c, teu_, "tp_border_eu", "transshipped", no, None, "other", border_crossing="Malaszewicze",
         出境口岸="马拉舍维奇", gauge="1520->1435", **base)
    if chance(.006):
        w.events.append(dict(w.events[-1]))  # the rail operator's EDI message delivered twice
    # holds
    ecom_2026 = cargo == "small_commodities" and origin == "YW" and within(teu_, "2026-01-01", "2026-06-30")
    p_hold = .23 if ecom_2026 else .045
    thold_days = 0.0
    if chance(p_hold):
        reason = "eu_customs_inspection" if ecom_2026 and chance(.85) else pickd(
            {"eu_customs_inspection": .35, "document_mismatch": .35, "sanctions_screening": .15, "overweight": .15})
        thold_days = round(u(3, 15) if reason == "eu_customs_inspection" else u(1, 7), 1)
        th = later(teu_, 0.1, 1)
        w.ev(c, th, "tp_hold", "held", no, None, "other", hold_reason=reason, 扣箱原因=HOLD_ZH[reason],
             hold_location="Malaszewicze", hold_days=thold_days, **base)
        trel = th + timedelta(days=thold_days)
        if trel <= TEND:
            w.ev(c, trel, "tp_hold", "released", no, None, "other", hold_reason=reason, 扣箱原因=HOLD_ZH[reason],
                 hold_location="Malaszewicze", hold_days=thold_days, **base)
        if reason == "eu_customs_inspection":
            bad.append("inspection")
        sfee = round(thold_days * 45 * (2 if teu == 2 else 1), 2)
        w.orders.append(dict(order_id=w.nid("INV", 7), customer_id=c["customer_id"], ts=iso(later(trel, 0, 2, 9, 18)),
                             amount=sfee, currency="EUR", fx_rate=fx("EUR", trel),
                             amount_cny=round(sfee * fx("EUR", trel), 2), status="paid" if chance(.9) else "unpaid",
                             order_type="storage", 费用类型="堆存费", shipment_no=no, origin=o[0], 始发站=o[1],
                             destination=d[0], 目的站=d[1], container_type=ctype, teu=teu, channel="email",
                             account_manager=c["account_manager"],
                         account_manager_en=c["account_manager_en"]))
        if trel > TEND:
            return shp
        teu_ = trel
    base_rest = d[3] - (teu_days + (tcn - tdep).days)
    tarr = later(teu_, max(1.5, base_rest * .85), max(2.5, base_rest * 1.15))
    if tarr > TEND:
        return shp
    w.ev(c, tarr, "tp_arrival_notice", "sent", no, None, "email", terminal=d[2], **base)
    tclr = later(tarr, 0.3, 2.5, 8, 18)
    if tclr > TEND:
        return shp
    w.ev(c, tclr, "tp_eu_clearance", "cleared", no, None, "other", **base)
    tnow = tclr
    if service == "door_to_door":
        carrier = CARRIERS[dest][ri(0, 1)]
        attempt = 1
        ta = later(tclr, 0.5, 3, 7, 17)
        madrid_aug = dest == "MAD" and within(ta, "2025-07-28", "2025-08-31")
        while True:
            if ta > TEND:
                return shp
            p_fail = (.36 if madrid_aug else .07) if attempt == 1 else .05
            if chance(p_fail):
                w.ev(c, ta, "tp_last_mile", "failed", no, None, "other", carrier=carrier, attempt=attempt, **base)
                if attempt == 1:
                    bad.append("lastmile")
                attempt += 1
                ta = later(ta, 1, 4, 7, 17)
                continue
            w.ev(c, ta, "tp_last_mile", "delivered", no, None, "other", carrier=carrier, attempt=attempt, **base)
            break
        tnow = ta
        w.orders.append(dict(order_id=w.nid("INV", 7), customer_id=c["customer_id"], ts=iso(later(ta, 0, 2, 9, 18)),
                             amount=float(ri(38, 95) * 10), currency="EUR", fx_rate=fx("EUR", ta),
                             amount_cny=None, status="paid", order_type="last_mile", 费用类型="末端派送费",
                             shipment_no=no, origin=o[0], 始发站=o[1], destination=d[0], 目的站=d[1],
                             container_type=ctype, teu=teu, channel="email", account_manager=c["account_manager"],
                         account_manager_en=c["account_manager_en"]))
        lm = w.orders[-1]
        if attempt > 1 and chance(.5):
            lm["status"] = "refunded"
        lm["amount_cny"] = round(lm["amount"] * lm["fx_rate"], 2)
        tpod = later(ta, 0, 0.2, 8, 18) if ta.hour < 17 else later(ta, 0.6, 1, 8, 12)
    else:
        tpod = later(tclr, 0.5, 4, 8, 17)
    if tpod > TEND:
        return shp
    w.ev(c, tpod, "tp_pod", "delivered" if service == "door_to_door" else "picked_up", no, None, "other", **base)
    # claims
    p_dmg = .085 if dest == "MAD" else .022
    if cargo == "electronics" and tdep.month in (12, 1, 2):
        p_dmg += .03
    p_short = .07 if ctype == "LCL" else .008
    claim = "damage" if chance(p_dmg) else "shortage" if chance(p_short) else None
    if claim:
        tc = later(tpod, 0.2, 6, 9, 18)
        if tc <= TEND:
            camt = round(u(4000, 60000) if claim == "damage" else u(1500, 18000), 2)
            w.ev(c, tc, "tp_claim", "filed", no, None, "email", claim_type=claim, 索赔类型=CLAIM_ZH[claim],
                 claim_amount_cny=camt, **base)
            bad.append(claim)
            tcc = later(tc, 8, 40 if claim == "shortage" else 30, 9, 18)
            if tcc <= TEND and chance(.93):
                okc = chance(.72)
                w.ev(c, tcc, "tp_claim_closed", "settled" if okc else "rejected", no, None, "email",
                     claim_type=claim, 索赔类型=CLAIM_ZH[claim],
                     payout_cny=round(camt * u(.4, 1.0), 2) if okc else 0.0, **base)
    # tracking views
    for _ in range(ri(0, 4) + (3 if "congestion" in bad else 0)):
        tt = tdep + timedelta(days=u(0, max(1.0, (tpod - tdep).days)))
        dv = pickd({"pc": .5, "ios": .25, "android": .25})
        w.ev(c, biz(tt), "tp_tracking", "viewed", no, dv, "app" if dv != "pc" else "web", **base)
    shp.update(bad=bad, tpod=tpod, dest=dest, origin=origin, ctype=ctype)
    if bad:
        c["_bad"] = True
    c["_last"] = tpod
    return shp


def review(w: W, c, shp):
    """a portal review or an e-mail / ticket after delivery."""
    lang = c["preferred_language"]
    bad = [b for b in shp["bad"] if b in NEG]
    am_wang = c["account_manager"] == "王磊"
    p = .42 if bad else .24
    if not chance(p):
        return
    topics = []
    for b in dict.fromkeys(bad):
        if chance(.8):
            topics.append(b)
    if am_wang and chance(.5 if bad else .3):
        topics.append("slow_reply")
    elif chance(.03):
        topics.append("slow_reply")
    if chance(.07):
        topics.append("pricey")
    if chance(.03):
        topics.append("invoice")
    if not topics or (not bad and chance(.5)):
        for good, pg in (("ontime", .30), ("faster", .22), ("am_praise", .12 if am_wang else .30)):
            if not bad and chance(pg):
                topics.append(good)
    if chance(.05 if bad else .02):
        topics.append("tracking")
    neg = any(x in NEG for x in topics)
    pos = any(x not in NEG for x in topics)
    t = later(shp["tpod"], 0.1, 5, 8, 23)
    if t > TEND:
        return
    channel = pickd({"portal_review": .62, "email": .2, "ticket": .18}) if neg else "portal_review"
    rating = None
    if channel == "portal_review":
        rating = ri(1, 2) if neg and not pos else ri(4, 5) if pos and not neg else ri(2, 4) if neg else ri(3, 4)
    tp = {"congestion": "tp_border_eu", "inspection": "tp_hold", "predeclare": "tp_predeclare",
          "damage": "tp_claim", "shortage": "tp_claim", "lastmile": "tp_last_mile", "invoice": "tp_invoice",
          "tracking": "tp_tracking", "slow_reply": "tp_am_quote", "pricey": "tp_quote_online"}
    first_neg = next((x for x in topics if x in NEG), None)
    w.fb(c, t, tp[first_neg] if first_neg else "tp_review", channel, topics, lang, rating=rating, shp=shp)


def nps_surveys(w: W, cust):
    """quarterly relationship NPS survey to shippers who shipped in the quarter, plus untimed call notes."""
    for c in cust:
        if c["_n"] == 0:
            continue
        for qs in ("2025-03-25", "2025-06-25", "2025-09-25", "2025-12-22", "2026-03-25", "2026-06-24"):
            if c["_signup"] > dt(qs) or not chance(.22):
                continue
            t = biz(dt(qs) + timedelta(days=u(0, 8)))
            lang = c["preferred_language"]
            am_wang = c["account_manager"] == "王磊"
            score = int(np.clip(round(rng.normal(8.6 - (1.7 if am_wang else 0) - (0.9 if c["_bad"] else 0), 1.4)),
                                0, 10))
            topics = []
            if score <= 6:
                if am_wang and chance(.45):
                    topics.append("slow_reply")
                if chance(.3):
                    topics.append("pricey")
                if chance(.12):
                    topics.append("tracking")
                if chance(.1):
                    topics.append("invoice")
            elif score >= 9:
                if chance(.3):
                    topics.append("faster")
                if not am_wang and chance(.35):
                    topics.append("am_praise")
            if not topics and chance(.5):
                continue  # a score without a comment is not exported
            w.fb(c, t, "tp_review", "nps_survey", topics, lang, nps=score)
    # WeChat work-group messages and call notes, some logged without a time
    for c in cust:
        if c["_n"] == 0 or not chance(.10):
            continue
        lang = c["preferred_language"]
        opts = {"tracking": .25, "slow_reply": .15 + (.4 if c["account_manager"] == "王磊" else 0), "invoice": .2,
                "pricey": .15, "am_praise": .25}
        topic = pickd(opts)
        t = None if chance(.45) else biz(T0 + timedelta(days=u(30, 600)))
        ch = "wechat_work" if chance(.55) else "call_note"
        tp = {"tracking": "tp_tracking", "slow_reply": "tp_am_quote", "invoice": "tp_invoice",
              "pricey": "tp_quote_online", "am_praise": "tp_am_quote"}[topic]
        w.fb(c, t, tp if chance(.8) else None, ch, [topic], lang)


def main(out: Path):
    _check_templates()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    w = W()
    cust = make_customers()
    ab = {}
    acts = np.array([c["_act"] for c in cust])
    cum = np.cumsum(acts / acts.sum())
    # quote arrivals day by day
    day = T0
    promo_prob = .02
    while day <= TEND:
        lam = 21 * season(day) * (0.45 if day.weekday() >= 5 else 1.0)
        n = int(rng.poisson(lam))
        for _ in range(n):
            t = biz(day)
            for _try in range(4):
                c = cust[min(len(cust) - 1, int(np.searchsorted(cum, rng.random())))] if _try == 0 else \
                    cust[ri(0, len(cust) - 1)]
                if c["_signup"] <= t:
                    break
            else:
                continue
            if chance(promo_prob * 6) and c["tier"] == "spot":
                w.ev(c, t - timedelta(hours=u(1, 48)), "tp_promo", "clicked", None,
                     pickd({"pc": .5, "ios": .25, "android": .25}), "ads", campaign=pickd(
                         {"canton_fair_2025": .3, "wechat_rail_vs_sea": .4, "baidu_rail_freight": .3}))
            shp = shipment(w, c, t, ab)
            if shp and shp.get("tpod"):
                review(w, c, shp)
        day += timedelta(days=1)
    nps_surveys(w, cust)
    # segments at the end of the data
    for c in cust:
        if c["_n"] == 0:
            c["segment"] = "new" if c["_signup"] > dt("2026-03-01") else "at_risk"
        elif c["tier"] == "key_account":
            c["segment"] = "vip"
        elif c["_bad"] and (c["_last"] is None or c["_last"] < dt("2026-04-01")):
            c["segment"] = "at_risk"
        elif c["_n"] >= 2:
            c["segment"] = "returning"
        else:
            c["segment"] = "new"
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel",
               "origin", "始发站", "destination", "目的站", "route", "container_type", "cargo_type", "货类", "service",
               "quoted_usd", "account_manager", "account_manager_en", "teu", "cbm", "cancel_reason", "train_no",
               "reject_reason", "customs_broker", "terminal", "terminal_en", "border_crossing", "出境口岸", "gauge",
               "delay_days", "delay_cause", "hold_reason", "扣箱原因", "hold_location", "hold_days", "carrier",
               "attempt", "claim_type", "索赔类型", "claim_amount_cny", "payout_cny", "currency", "campaign"]
    w.events.sort(key=lambda r: r["ts"])
    write(out / "events.csv", w.events, ev_cols)
    write(out / "customers.csv", cust, ["customer_id", "signup_at", "segment", "region", "区域", "acquisition_channel",
                                        "获客渠道", "tier", "客户等级", "industry", "行业", "home_origin",
                                        "account_manager", "account_manager_en", "preferred_language",
                                        "invoice_currency"])
    w.orders.sort(key=lambda r: r["ts"])
    write(out / "orders.csv", w.orders, ["order_id", "customer_id", "ts", "amount", "currency", "fx_rate", "amount_cny",
                                         "status", "order_type", "费用类型", "shipment_no", "origin", "始发站",
                                         "destination", "目的站", "container_type", "teu", "channel",
                                         "account_manager", "account_manager_en"])
    write(out / "feedback.csv", w.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                             "rating", "nps", "language", "account_manager", "account_manager_en",
                                             "shipment_no", "origin", "destination"])
    write(out / "experiments.csv", w.exps, ["experiment_id", "variant", "customer_id", "assigned_at", "page",
                                            "origin"])
    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=f"{b} {c_}", name_zh=b, name_en=c_, stage=d_,
                                         channel=e, kind=f, owner=g, aliases=h)
                                    for a, b, c_, d_, e, f, g, h in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=en, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print(f"events {len(w.events)} customers {len(cust)} orders {len(w.orders)} feedback {len(w.feedback)} "
          f"experiments {len(w.exps)}")


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
