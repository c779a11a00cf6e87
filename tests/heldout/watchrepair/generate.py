"""表匠 TimeKeep: luxury watch service centres in Shanghai, Shenzhen, Hong Kong and Singapore (synthetic, written blind).

An owner hears of us (小红书 / 大众点评 / a brand boutique that refers out-of-warranty watches / WeChat / Google /
Instagram / walking past), sends the watch in through the mini program or website (线上预约送修; on the mainland a
insured courier collects it, 上门取表) or walks into a centre (收表登记). A watchmaker opens it (拆检诊断), the centre
sends a quote (报价发送), the owner approves (确认报价) or declines (拒绝报价, pays a diagnostic fee and gets the
watch back unrepaired). Approved jobs may need parts ordered from the brand (向品牌订配件 → 配件到货), then the
movement overhaul (机芯保养), the water-resistance test (防水测试, re-tested after a fail), polishing (抛光翻新),
a ready notice (取表通知) and pickup in the centre (到店取表) or a courier return (快递寄回). Overhauls carry a
24-month warranty (保修返修 opens a free warranty job). Owners complain (投诉), join the TimeKeep Circle membership
(加入会员 表匠尊享会) and write reviews.

Data 2025-03-01 .. 2026-08-31 (extract taken 2026-09-03). Times are naive local time of each centre.
Money: orders.amount is in the centre's currency (`currency` CNY / HKD / SGD) beside `amount_cny`
(fixed rates 1 HKD = 0.92 CNY, 1 SGD = 5.35 CNY).

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
T0 = datetime(2025, 3, 1)
TEND = datetime(2026, 8, 31, 23, 59, 59)
FX = {"CNY": 1.0, "HKD": 0.92, "SGD": 5.35}


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


def biz(t: datetime, h0=10, h1=20) -> datetime:
    return t.replace(hour=ri(h0, h1 - 1), minute=ri(0, 59), second=ri(0, 59))


# ---------------------------------------------------------------- reference data
CENTRES = {
    "SH01": dict(zh="上海南京西路服务中心", en="Shanghai Nanjing West Rd Centre", city="Shanghai", city_zh="上海",
                 cur="CNY", w=0.33, mainland=True),
    "SZ01": dict(zh="深圳万象城服务中心", en="Shenzhen MixC Centre", city="Shenzhen", city_zh="深圳",
                 cur="CNY", w=0.24, mainland=True),
    "HK01": dict(zh="香港尖沙咀服务中心", en="Hong Kong Tsim Sha Tsui Centre", city="Hong Kong", city_zh="香港",
                 cur="HKD", w=0.25, mainland=False),
    "SG01": dict(zh="新加坡乌节路服务中心", en="Singapore Orchard Centre", city="Singapore", city_zh="新加坡",
                 cur="SGD", w=0.18, mainland=False),
}
BRANDS = {  # brand -> zh, full-service price CNY, base parts wait days, weight mainland, weight HK/SG
    "Rolex": ("劳力士", (4800, 7800), 8, .27, .24),
    "Omega": ("欧米茄", (3600, 6200), 10, .20, .15),
    "Longines": ("浪琴", (1800, 2900), 6, .15, .07),
    "Cartier": ("卡地亚", (3200, 5600), 12, .12, .10),
    "Tudor": ("帝舵", (3000, 4600), 7, .08, .09),
    "IWC": ("万国", (5200, 8800), 14, .08, .09),
    "Patek Philippe": ("百达翡丽", (18000, 36000), 34, .05, .14),
    "Audemars Piguet": ("爱彼", (16000, 30000), 28, .05, .12),
}
SERVICE = {  # service type -> zh, weight, parts probability, overhaul?, water test?, polish?
    "full_service": ("全面保养", .46, .50, True, True, False),
    "repair": ("故障维修", .22, .80, True, True, False),
    "battery": ("更换电池", .12, .0, False, True, False),
    "polish": ("抛光翻新", .12, .0, False, False, True),
    "water_test": ("防水检测", .08, .15, False, True, False),
}
CHAN_CN = {"xiaohongshu": .24, "dianping": .20, "boutique_referral": .18, "wechat": .14, "walk_in": .16,
           "douyin": .08}
CHAN_INTL = {"google": .34, "instagram": .18, "boutique_referral": .24, "walk_in": .18, "dianping": .06}
CHAN_ZH = {"xiaohongshu": "小红书", "dianping": "大众点评", "boutique_referral": "品牌专柜转介", "wechat": "微信",
           "walk_in": "自然到店", "douyin": "抖音", "google": "谷歌", "instagram": "Instagram"}
CHAN_APPROVE = {"boutique_referral": .10, "walk_in": .03, "wechat": .0, "dianping": -.02, "google": .0,
                "instagram": -.05, "xiaohongshu": -.09, "douyin": -.12}
WATCHMAKERS = {"SH01": ["陈国栋", "李伟", "王建华", "张磊"], "SZ01": ["刘洋", "黄志强", "周杰"],
               "HK01": ["Kelvin Wong", "Tony Chan", "梁家辉"], "SG01": ["Marcus Tan", "Daniel Lim", "Raj Kumar"]}
DECLINE = {"price_too_high": .55, "not_worth_it": .18, "will_use_boutique": .12, "no_response": .15}
DECLINE_ZH = {"price_too_high": "报价太高", "not_worth_it": "不值得修", "will_use_boutique": "改去品牌专柜",
              "no_response": "未回复"}
CARRIERS = {"SF Express": .62, "JD Logistics": .26, "EMS": .12}
CARRIER_ZH = {"SF Express": "顺丰", "JD Logistics": "京东物流", "EMS": "EMS"}
PLANS = {"silver": ("银卡", {"CNY": 888, "HKD": 988, "SGD": 168}), "gold": ("金卡", {"CNY": 2888, "HKD": 3188,
                                                                                   "SGD": 548})}
DIAG_FEE = {"CNY": 300, "HKD": 350, "SGD": 60}
COURIER_FEE = {"CNY": 120}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "种草曝光", "Social ad / post seen", "awareness", "social", "digital", "marketing",
     "小红书种草|广告|ad|social post"),
    ("tp_online_request", "线上预约送修", "Online service request", "consideration", "mini_program", "digital",
     "digital", "在线预约|小程序下单|online booking|service request form"),
    ("tp_courier_pickup", "上门取表", "Courier collection", "consideration", "other", "physical", "logistics",
     "顺丰取件|保价取件|collection|pickup by courier"),
    ("tp_intake", "收表登记", "Watch intake", "consideration", "store", "physical", "front_desk",
     "收表|开单|送修登记|check-in|drop-off"),
    ("tp_diagnosis", "拆检诊断", "Diagnosis", "consideration", "store", "physical", "workshop",
     "检测|拆检|inspection|assessment"),
    ("tp_quote", "报价发送", "Quote sent", "consideration", "app", "digital", "front_desk",
     "报价|估价|estimate|quotation"),
    ("tp_approve", "确认报价", "Quote approved", "purchase", "app", "digital", "front_desk",
     "同意维修|批价|approval|go-ahead"),
    ("tp_decline", "拒绝报价", "Quote declined", "purchase", "app", "digital", "front_desk",
     "不修了|退修|decline|rejected quote"),
    ("tp_parts_order", "向品牌订配件", "Parts ordered from brand", "service", "other", "physical", "parts_desk",
     "订零件|订件|parts request|backorder"),
    ("tp_parts_arrive", "配件到货", "Parts received", "service", "other", "physical", "parts_desk",
     "零件到了|parts in|parts arrival"),
    ("tp_overhaul", "机芯保养", "Movement overhaul", "service", "store", "physical", "workshop",
     "洗油|大保养|full service|overhaul"),
    ("tp_water_test", "防水测试", "Water-resistance test", "service", "store", "physical", "workshop",
     "测防水|气密测试|pressure test|WR test"),
    ("tp_polish", "抛光翻新", "Case & bracelet polishing", "service", "store", "physical", "workshop",
     "抛光|翻新|refinishing|polish"),
    ("tp_ready", "取表通知", "Ready-for-pickup notice", "service", "app", "digital", "front_desk",
     "可取通知|完工通知|ready notice|collection notice"),
    ("tp_pickup", "到店取表", "In-store pickup", "service", "store", "physical", "front_desk",
     "取表|领表|collection|picked up"),
    ("tp_courier_return", "快递寄回", "Courier return", "service", "other", "physical", "logistics",
     "寄回|回寄|ship back|return shipping"),
    ("tp_warranty_claim", "保修返修", "Warranty repair claim", "service", "phone", "physical", "customer_care",
     "返修|保修|warranty claim|comeback"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "customer_care",
     "客诉|投诉电话|complaint|escalation"),
    ("tp_member_join", "加入会员", "Membership sign-up", "loyalty", "mini_program", "digital", "crm",
     "表匠尊享会|入会|TimeKeep Circle|join club"),
    ("tp_review", "服务评价", "Service review", "loyalty", "app", "digital", "crm", "评价|打分|review|rating"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("online_repair", "线上送修", "Online send-in repair", 60,
     ["tp_online_request", "tp_courier_pickup", "tp_intake", "tp_quote", "tp_approve", "tp_courier_return"]),
    ("store_repair", "门店送修", "Walk-in repair", 60,
     ["tp_intake", "tp_diagnosis", "tp_quote", "tp_approve", "tp_pickup"]),
    ("quote_approval", "报价审批", "Quote approval", 14, ["tp_quote", "tp_approve"]),
    ("parts_supply", "配件订货", "Parts supply", 120, ["tp_parts_order", "tp_parts_arrive"]),
    ("membership", "取表入会", "Pickup to membership", 30, ["tp_pickup", "tp_member_join"]),
]

# ---------------------------------------------------------------- feedback templates (topic markers: README)
T = {
    "slow": {"zh": ["维修周期太长了，一个多月才修好", "送修周期比说好的长了一倍", "这个维修周期真的受不了，等到春节前才拿到",
                    "保养周期太久，中间还要我自己一直催"],
             "en": ["The turnaround was far too long, over a month for a service", "Quoted 3 weeks, actual turnaround "
                    "was nearly 6", "Turnaround time is a joke, I needed the watch back for a wedding"]},
    "no_update": {"zh": ["完全没有进度通知，只能自己打电话问", "进度查询页面一直显示检测中", "问了三次进度，客服都说在等"],
                  "en": ["No update for weeks, I had to chase them myself", "Zero updates after the quote, "
                         "no update on the app either", "Got no update at all until I complained"]},
    "pricey": {"zh": ["报价太贵了，比品牌专柜还贵", "一个保养报价快一万，太贵", "检测完报价贵得离谱，最后没修",
                      "价格偏贵，换个电池也要几百"],
               "en": ["Way too expensive for a routine service", "The quote was more expensive than the boutique",
                      "Overpriced, I declined and paid the inspection fee", "Pricey compared to the independent "
                      "repair shops"]},
    "parts": {"zh": ["等配件等了两个月，品牌那边一直没货", "说要向品牌订配件，结果拖了很久", "配件迟迟不到，修表卡住了"],
              "en": ["Waiting on parts from the brand for two months", "They ordered parts from Switzerland and "
                     "it took forever", "Parts on backorder again, no end date given"]},
    "scratch": {"zh": ["抛光后表壳有新的划痕", "取表发现表扣上多了划痕", "表圈边缘抛得太狠，还有划痕"],
                "en": ["Found a new scratch on the case after pickup", "Over-polished the lugs and left a scratch "
                       "on the clasp", "There is a scratch on the bezel that was not there before"]},
    "fog": {"zh": ["保养完没多久表镜就起雾了", "做完防水测试还是起雾进水", "洗手后表盘起雾，刚保养过的表"],
            "en": ["The crystal started to fog a few weeks after the service", "Moisture and fog under the "
                   "crystal right after their water test", "Fogged up after swimming, it was just serviced"]},
    "courier": {"zh": ["快递寄回来的表盒压坏了", "快递寄回太慢，还没有保价", "快递员把表放在驿站，太不放心了"],
                "en": ["The courier box arrived crushed", "Courier return took ten days and nobody could tell me "
                       "where it was", "Courier left a serviced watch at the door without signature"]},
    "accuracy": {"zh": ["保养后走时反而不准，一天快十几秒", "刚保养完走时误差很大", "走时不稳，又得送回去返修"],
                 "en": ["Accuracy got worse after the overhaul, +15 s a day", "The accuracy is off since the "
                        "service, running slow", "Poor accuracy after a full service, had to send it back"]},
    "watchmaker": {"zh": ["师傅很专业，拆检的时候还给我讲了机芯问题", "感谢陈师傅，修得非常细致", "师傅手艺好，老表又能走了"],
                   "en": ["The watchmaker explained every step, very professional", "Brilliant watchmaker, my "
                          "vintage piece runs perfectly", "Skilled watchmaker, clearly knows these movements"]},
    "like_new": {"zh": ["抛光后焕然一新，像刚买的一样", "表壳焕然一新，非常满意", "翻新效果很好，焕然一新"],
                 "en": ["Came back looking like new", "The polish made it look like new again", "Bracelet looks "
                        "like new, great job"]},
    "staff": {"zh": ["前台服务态度很好，还送了表盒清洁", "服务态度热情，解释很耐心", "客服服务态度一流"],
              "en": ["Friendly staff at the front desk", "The staff were patient and kind", "Lovely staff, they "
                     "even offered tea while I waited"]},
    "quick": {"zh": ["比预期快很多，一周就取表了", "修得比预期快，点赞", "比预期快，提前通知取表"],
              "en": ["Done quicker than expected", "Much quicker than expected, ready in a week", "Quicker than "
                     "expected and well communicated"]},
}
NEG = {"slow", "no_update", "pricey", "parts", "scratch", "fog", "courier", "accuracy"}
NEUTRAL = {"zh": ["还行吧，中规中矩", "一般，没什么特别的", "正常保养，没什么问题"],
           "en": ["It was ok", "Average experience overall", "Fine, nothing special"]}
MARKERS = {"slow": ["周期", "turnaround"], "no_update": ["进度", "no update"],
           "pricey": ["贵", "expensive", "overpriced", "pricey"], "parts": ["配件", "parts"],
           "scratch": ["划痕", "scratch"], "fog": ["起雾", "fog"], "courier": ["快递", "courier"],
           "accuracy": ["走时", "accuracy"], "watchmaker": ["师傅", "watchmaker"],
           "like_new": ["焕然一新", "like new"], "staff": ["服务态度", "staff"], "quick": ["比预期快", "quicker than"]}


def _check_templates():
    for topic, langs in T.items():
        for lang, texts in langs.items():
            for text in texts:
                for other, ms in MARKERS.items():
                    hit = any(m.lower() in text.lower() for m in ms)
                    assert hit == (other == topic), (topic, other, text)
    for lang, texts in NEUTRAL.items():
        for text in texts:
            assert not any(m.lower() in text.lower() for ms in MARKERS.values() for m in ms), text


# ---------------------------------------------------------------- writer state
class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], []
        self.n = {}
        self.dups = 0

    def sid(self, p):
        self.n[p] = self.n.get(p, 0) + 1
        return f"{p}{self.n[p]:06d}"

    def ev(self, c, ts, tp, action, session=None, device=None, channel=None, job=None, **extra):
        if ts > TEND:
            return False
        cen = CENTRES[c["centre"]]
        row = dict(event_id=self.sid("E"), customer_id=c["id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=session, action=action, device=device, channel=channel,
                   centre_id=c["centre"], centre=cen["zh"], centre_en=cen["en"], city=cen["city"],
                   城市=cen["city_zh"])
        if job:
            row.update(brand=job["brand"], 品牌=BRANDS[job["brand"]][0], service_type=job["svc"],
                       服务类型=SERVICE[job["svc"]][0])
        row.update(extra)
        self.events.append(row)
        if tp == "tp_parts_arrive" and chance(0.02):  # the brand portal webhook fires twice sometimes
            self.events.append(dict(row))
            self.dups += 1
        return True

    def order(self, c, ts, local, otype, status="paid", job=None, **extra):
        if ts > TEND:
            return
        cen = CENTRES[c["centre"]]
        cur = cen["cur"]
        local = round(local, 2)
        row = dict(order_id=self.sid("OR"), customer_id=c["id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=local, currency=cur, amount_cny=round(local * FX[cur], 2), status=status,
                   order_type=otype, 订单类型={"service": "维修保养", "diagnostic_fee": "检测费", "membership": "会员年费",
                                            "courier_fee": "快递费"}[otype],
                   centre_id=c["centre"], centre=cen["zh"], centre_en=cen["en"], city=cen["city"],
                   channel="store", payment_method=pick(["wechat_pay", "alipay", "card", "cash"], [.4, .3, .25, .05])
                   if cen["mainland"] else pick(["card", "octopus", "paynow", "cash"],
                                                [.7, .1 if cur == "HKD" else 0, .15 if cur == "SGD" else 0, .05]))
        if job:
            row.update(job_id=job["id"], brand=job["brand"], service_type=job["svc"])
        row.update(extra)
        self.orders.append(row)

    def fb(self, c, ts, topics, tp, channel, rating=None, nps=None, lang=None, keep_ts=True, keep_cust=True,
           brand=None):
        lang = lang or c["lang"]
        parts = []
        for tpc in topics:
            parts.append(T[tpc][lang][int(rng.integers(len(T[tpc][lang])))])
        if not parts:
            parts.append(NEUTRAL[lang][int(rng.integers(len(NEUTRAL[lang])))])
        sep = "，" if lang == "zh" else ". "
        text = sep.join(parts) + ("。" if lang == "zh" else ".")
        neg = [t for t in topics if t in NEG]
        sentiment = "negative" if neg else "positive" if topics else "neutral"
        if ts is not None and ts > TEND:
            return
        cen = CENTRES[c["centre"]]
        fid = self.sid("FB")
        self.feedback.append(dict(feedback_id=fid, text=text,
                                  ts=ts.strftime("%Y-%m-%d %H:%M:%S") if (ts is not None and keep_ts) else None,
                                  customer_id=c["id"] if keep_cust else None, touchpoint_id=tp, channel=channel,
                                  rating=rating, nps=nps, language=lang, centre_id=c["centre"], centre=cen["zh"],
                                  centre_en=cen["en"], brand=brand))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sentiment))


def rating_for(topics):
    if any(t in NEG for t in topics):
        return pick([1, 2, 3], [.45, .38, .17])
    if topics:
        return pick([4, 5], [.3, .7])
    return pick([3, 4], [.6, .4])


def nps_for(topics):
    if any(t in NEG for t in topics):
        return pick(list(range(0, 9)), [.1, .08, .12, .14, .14, .14, .12, .1, .06])
    if topics:
        return pick([7, 8, 9, 10], [.08, .17, .35, .40])
    return pick([6, 7, 8, 9], [.2, .35, .3, .15])


# ---------------------------------------------------------------- simulation
def job_start_time():
    """daily weights: pre-Chinese-New-Year rush Nov-Jan, a summer bump."""
    while True:
        t = T0 + timedelta(days=u(0, (TEND - T0).days - 5))
        m = t.month
        w = 1.35 if m in (11, 12, 1) else 1.1 if m in (7, 8) else 0.9 if m == 2 else 1.0
        if rng.random() < w / 1.35:
            return biz(t, 10, 21)


def quote_price(job, cur):
    lo, hi = BRANDS[job["brand"]][1]
    svc = job["svc"]
    if svc == "full_service":
        cny = u(lo, hi)
    elif svc == "repair":
        cny = u(lo * 0.5, hi * 1.2)
    elif svc == "battery":
        cny = u(280, 680) * (2.5 if job["brand"] in ("Patek Philippe", "Audemars Piguet") else 1)
    elif svc == "polish":
        cny = u(1200, 2800)
    else:
        cny = u(200, 420)
    if job["polish_addon"]:
        cny += u(1200, 2000)
    mult = {"CNY": 1.0, "HKD": 1.05, "SGD": 1.10}[cur]
    local = cny * mult / FX[cur]
    return round(local, -1 if cur != "SGD" else 0)


def simulate_job(w, c, t, warranty_of=None):
    cen = CENTRES[c["centre"]]
    cur = cen["cur"]
    svc = warranty_of["svc_w"] if warranty_of else pickd({k: v[1] for k, v in SERVICE.items()})
    brand = warranty_of["brand"] if warranty_of else pickd({b: (v[3] if cen["mainland"] else v[4])
                                                            for b, v in BRANDS.items()})
    job = dict(id=w.sid("WR" if warranty_of else "JOB"), brand=brand, svc=svc,
               polish_addon=(svc == "full_service" and chance(0.35)))
    jid = job["id"]
    dev = c["device"]
    online = (not warranty_of) and chance(0.55 if cen["mainland"] else 0.3)
    # ---- arrival
    if warranty_of:
        w.ev(c, t, "tp_warranty_claim", "claim_opened", jid, dev, pick(["phone", "mini_program"], [.6, .4]), job,
             original_job_id=warranty_of["id"], claim_reason=warranty_of["reason"],
             days_since_pickup=warranty_of["days"])
        t = biz(t + timedelta(days=u(1, 5)))
        by_courier = cen["mainland"] and chance(0.5)
    elif online:
        ch = "mini_program" if dev in ("ios", "android") else "web"
        w.ev(c, t, "tp_online_request", "submit", jid, dev, ch, job, utm_source=c["chan"])
        if cen["mainland"]:
            p = 0.86
            if dev == "android" and within(t, "2026-04-13", "2026-05-24"):
                p = 0.30  # the Android mini-program courier booking bug
            if not chance(p):
                return  # never collected
            carrier = pickd({"SF Express": .8, "JD Logistics": .2})
            t = biz(t + timedelta(days=u(0.5, 2.5)), 9, 19)
            w.ev(c, t, "tp_courier_pickup", "picked_up", jid, dev, "other", job, carrier=carrier,
                 快递公司=CARRIER_ZH[carrier], insured_value_cny=ri(20, 300) * 1000)
            t = biz(t + timedelta(days=u(1, 2.5)))
            by_courier = True
        else:
            if not chance(0.78):
                return  # booked a drop-off slot, never came
            t = biz(t + timedelta(days=u(1, 8)))
            by_courier = False
    else:
        by_courier = False
    if not w.ev(c, t, "tp_intake", "received", jid, None, "store", job, intake_mode="courier" if by_courier
                else "walk_in", ticket_no=jid, warranty=bool(warranty_of)):
        return
    job["_intake_t"] = t
    watchmaker = pick(WATCHMAKERS[c["centre"]], [1] * len(WATCHMAKERS[c["centre"]]))
    backlog = 0.0
    if c["centre"] == "SH01" and within(t, "2025-11-01", "2026-01-31"):
        backlog = u(8, 20)  # pre-CNY rush at Nanjing West Rd: the bench queue
    t = biz(t + timedelta(days=u(0.5, 3.5) + backlog * 0.4))
    finding = pick(["magnetised", "worn_pivots", "dry_lubricant", "broken_mainspring", "damaged_gasket",
                    "cracked_crystal", "battery_flat", "case_wear"], [2, 2, 3, 1, 2, 1, 1, 1])
    w.ev(c, t, "tp_diagnosis", "diagnosed", jid, None, "store", job, watchmaker=watchmaker, finding=finding,
         timegrapher_rate_s_day=round(u(-40, 60), 1))
    if not warranty_of:
        t = biz(t + timedelta(days=u(0.2, 1.6)), 10, 21)
        price = quote_price(job, cur)
        variant = None
        if within(t, "2026-01-05", "2026-06-30") and not c.get("exp"):
            variant = pick(["video_quote", "text_quote"], [.5, .5])
            c["exp"] = variant
            w.exps.append(dict(experiment_id="quote_video_2026", variant=variant, customer_id=c["id"],
                               assigned_at=t.strftime("%Y-%m-%d %H:%M:%S")))
        elif c.get("exp") and within(t, "2026-01-05", "2026-06-30"):
            variant = c["exp"]
        fmt = "video" if variant == "video_quote" else "text"
        w.ev(c, t, "tp_quote", "quoted", jid, dev, pick(["app", "wechat", "sms"], [.5, .3, .2]), job,
             quote_local=price, currency=cur, quote_cny=round(price * FX[cur], 2), quote_format=fmt,
             parts_needed=None)
        pa = 0.80 - 0.12 * (price * FX[cur] > 12000) - 0.06 * (price * FX[cur] > 6000)
        pa += CHAN_APPROVE.get(c["chan"], 0) + (0.12 if variant == "video_quote" else 0)
        pa += 0.06 if c.get("member") else 0
        if not chance(min(0.97, pa)):
            reason = pickd(DECLINE)
            if reason == "no_response":
                t2 = t + timedelta(days=14, hours=u(0, 3))
                w.ev(c, t2, "tp_decline", "expired", jid, None, "app", job, decline_reason=reason,
                     拒绝原因=DECLINE_ZH[reason])
            else:
                t2 = t + timedelta(hours=u(3, 120))
                w.ev(c, t2, "tp_decline", "declined", jid, dev, "app", job, decline_reason=reason,
                     拒绝原因=DECLINE_ZH[reason])
            w.order(c, t2, DIAG_FEE[cur], "diagnostic_fee", job=job)
            c["declined"] = True
            if chance(0.30):
                topics = ["pricey"] if reason in ("price_too_high", "not_worth_it") else []
                if topics:
                    feedback_for(w, c, t2 + timedelta(days=u(0, 4)), topics, "tp_quote", job)
            t3 = biz(t2 + timedelta(days=u(1, 6)))
            if by_courier:
                w.ev(c, t3, "tp_courier_return", "shipped_unrepaired", jid, None, "other", job,
                     carrier="SF Express", 快递公司="顺丰")
            else:
                w.ev(c, t3 + timedelta(days=u(0, 5)), "tp_pickup", "collected_unrepaired", jid, None, "store", job)
            return
        t = t + timedelta(hours=u(1, 72))
        w.ev(c, t, "tp_approve", "approved", jid, dev, "app", job, approved_local=price, currency=cur,
             approved_cny=round(price * FX[cur], 2))
    else:
        price = 0
    # ---- parts
    parts_days = 0
    if chance(SERVICE[svc][2] if not warranty_of else 0.3):
        t = biz(t + timedelta(days=u(0.2, 2)))
        base = BRANDS[brand][2]
        backorder = brand == "Omega" and within(t, "2025-12-01", "2026-03-31")
        wait = base * u(0.6, 1.5) + (u(30, 55) if backorder else 0)
        w.ev(c, t, "tp_parts_order", "ordered", jid, None, "other", job, supplier=f"{brand} After-Sales",
             part=pick(["mainspring", "gasket_kit", "crystal", "crown", "balance_staff", "bracelet_link"],
                       [2, 3, 1, 1, 1, 1]), backorder=backorder, eta_days=int(base * 1.1))
        parts_days = wait
        t = biz(t + timedelta(days=wait))
        w.ev(c, t, "tp_parts_arrive", "received", jid, None, "other", job, supplier=f"{brand} After-Sales",
             days_waited=round(wait, 1))
    # ---- bench work
    overhaul, wtest, polish = SERVICE[svc][3], SERVICE[svc][4], SERVICE[svc][5] or job["polish_addon"]
    if warranty_of:
        overhaul, wtest, polish = True, True, False
    bench_days = {"full_service": (8, 16), "repair": (6, 14), "battery": (0.3, 1.5), "polish": (3, 7),
                  "water_test": (0.3, 1.2)}[svc]
    t = biz(t + timedelta(days=u(*bench_days) + backlog))
    if overhaul:
        w.ev(c, t, "tp_overhaul", "completed", jid, None, "store", job, watchmaker=watchmaker,
             bench_hours=round(u(3, 9), 1), rate_after_s_day=round(u(-3, 6), 1))
    if wtest:
        t = t + timedelta(hours=u(2, 24))
        pfail = 0.06
        bad_gasket = c["centre"] == "SZ01" and within(t, "2025-06-01", "2025-08-31")
        if bad_gasket:
            pfail = 0.27
        attempt = 1
        while True:
            fail = chance(pfail) and attempt < 3
            w.ev(c, t, "tp_water_test", "fail" if fail else "pass", jid, None, "store", job, attempt_no=attempt,
                 test_pressure_bar=pick([3, 5, 10], [1, 2, 2]), tester=pick(["Witschi", "Sigma"], [1, 1]))
            if not fail:
                break
            attempt += 1
            t = biz(t + timedelta(days=u(1, 3)))
        job["bad_gasket"] = bad_gasket
    if polish:
        t = biz(t + timedelta(days=u(0.5, 2)))
        w.ev(c, t, "tp_polish", "completed", jid, None, "store", job, finish=pick(["brushed", "mirror", "mixed"],
                                                                                    [2, 1, 2]))
    t = t + timedelta(hours=u(1, 20))
    if not w.ev(c, t, "tp_ready", "notified", jid, dev, pick(["sms", "wechat", "email"], [.4, .4, .2]
                                                           if cen["mainland"] else [.5, .1, .4]), job):
        return
    ready_t = t
    # ---- handback
    if by_courier and chance(0.92) or (cen["mainland"] and not by_courier and chance(0.08)):
        carrier = pickd(CARRIERS)
        t = biz(t + timedelta(days=u(0.3, 2)), 9, 19)
        ok = w.ev(c, t, "tp_courier_return", "shipped", jid, None, "other", job, carrier=carrier,
                  快递公司=CARRIER_ZH[carrier], transit_days=round(u(1, 3) if carrier != "EMS" else u(3, 9), 1))
        returned = "courier"
        if ok and not by_courier:
            w.order(c, t, COURIER_FEE["CNY"], "courier_fee", job=job)
    else:
        wait = u(0.5, 6) if c["centre"] != "HK01" else u(3, 16)
        t = biz(t + timedelta(days=wait), 11, 21)
        ok = w.ev(c, t, "tp_pickup", "collected", jid, None, "store", job)
        returned = "store"
        carrier = None
    if not ok:
        return
    if not warranty_of:
        st = "paid"
        if chance(0.015):
            st = "refunded"
        w.order(c, t, price, "service", status=st, job=job,
                refunded_at=(t + timedelta(days=u(3, 20))).strftime("%Y-%m-%d %H:%M:%S") if st == "refunded"
                else None)
        c["spend"] += price * FX[cur] if st == "paid" else 0
    c["jobs"] += 1
    # ---- experience -> feedback
    topics = []
    turnaround = (ready_t - job["_intake_t"]).days if job.get("_intake_t") else None
    if backlog > 4 and chance(0.55):
        topics.append("slow")
        if chance(0.35):
            topics.append("no_update")
    if parts_days > 30 and chance(0.5):
        topics.append("parts")
        if chance(0.3):
            topics.append("no_update")
    if polish and chance(0.05):
        topics.append("scratch")
    if returned == "courier" and chance(0.12 if carrier == "EMS" else 0.03):
        topics.append("courier")
    if not topics and not warranty_of and price * FX[cur] > 15000 and chance(0.12):
        topics.append("pricey")
    # warranty comeback
    if overhaul and not warranty_of:
        pw = 0.03 + (0.16 if job.get("bad_gasket") else 0)
        if chance(pw):
            reason = "fog" if job.get("bad_gasket") or chance(0.35) else pick(["accuracy", "stopped"], [2, 1])
            days = u(10, 160)
            w_t = biz(t + timedelta(days=days))
            c["pending_warranty"].append((w_t, dict(id=jid, brand=brand, svc_w=svc, reason=reason,
                                                    days=int(days))))
    if warranty_of:
        topics = [warranty_of["reason"]] if warranty_of["reason"] in ("fog", "accuracy") else []
        if chance(0.3):
            topics.append("no_update")
    if not any(x in NEG for x in topics):
        if chance(0.55):
            pos = []
            if chance(0.5):
                pos.append("watchmaker")
            if polish and chance(0.6):
                pos.append("like_new")
            if chance(0.35):
                pos.append("staff")
            if turnaround is not None and turnaround < 15 and svc in ("full_service", "repair") and chance(0.5):
                pos.append("quick")
            topics = topics + pos
    give = chance(0.45) if any(x in NEG for x in topics) else chance(0.33)
    if give:
        if any(x in NEG for x in topics) and chance(0.35):
            w.ev(c, t + timedelta(hours=u(2, 72)), "tp_complaint", "complaint", jid, None,
                 pick(["phone", "wechat"], [.6, .4]), job, complaint_topic=[x for x in topics if x in NEG][0])
        tp = ("tp_parts_arrive" if "parts" in topics else "tp_polish" if "scratch" in topics or "like_new" in topics
              else "tp_courier_return" if "courier" in topics else "tp_water_test" if "fog" in topics
              else "tp_overhaul" if "accuracy" in topics or "watchmaker" in topics else "tp_quote"
              if "pricey" in topics else "tp_ready" if "no_update" in topics else
              ("tp_pickup" if returned == "store" else "tp_courier_return"))
        feedback_for(w, c, t + timedelta(days=u(0.2, 6)), topics, tp, job)


def feedback_for(w, c, ts, topics, tp, job):
    cen = CENTRES[c["centre"]]
    neg = any(x in NEG for x in topics)
    r = rng.random()
    if neg and r < 0.18:
        ch = pick(["ticket", "call_note"], [1, 1])
        w.fb(c, ts, topics, tp, ch, keep_ts=not (ch == "call_note" and chance(0.25)), brand=job["brand"])
        return
    r = rng.random()
    if r < 0.45:
        ch = "dianping" if cen["mainland"] else "google_review"
        w.fb(c, ts, topics, tp, ch, rating=rating_for(topics), brand=job["brand"])
        w.ev(c, ts, "tp_review", "review", job["id"], None, "app", job, stars=w.feedback[-1]["rating"]
             if w.feedback and w.feedback[-1]["customer_id"] == c["id"] else None)
    elif r < 0.70:
        w.fb(c, ts, topics, tp, "app_review", rating=rating_for(topics), brand=job["brand"])
        w.ev(c, ts, "tp_review", "review", job["id"], c["device"], "mini_program", job,
             stars=w.feedback[-1]["rating"] if w.feedback else None)
    elif r < 0.92:
        w.fb(c, ts, topics, tp, "survey", nps=nps_for(topics), brand=job["brand"])
    else:
        undated = chance(0.5)
        w.fb(c, ts, topics, tp, "wechat", keep_ts=not undated, keep_cust=not (undated and chance(0.5)),
             brand=job["brand"])


def simulate_customer(w, c):
    t = c["signup"]
    n_jobs = pick([1, 2, 3], [.74, .21, .05])
    if c["chan"] in ("xiaohongshu", "douyin", "instagram") and chance(0.7):
        w.ev(c, max(T0, t - timedelta(hours=u(2, 200))), "tp_ad", "view", None, c["device"], "social", None,
             platform=c["chan"], campaign=pick(["overhaul_season", "polish_before_cny", "vintage_care"],
                                               [2, 1, 1]))
    for k in range(n_jobs):
        while c["pending_warranty"] and c["pending_warranty"][0][0] < t:
            wt, info = c["pending_warranty"].pop(0)
            simulate_job(w, c, wt, warranty_of=info)
        if t > TEND:
            break
        simulate_job(w, c, t)
        if k == 0 and c["jobs"] and not c.get("member"):
            pm = 0.14 + (0.10 if c["centre"] in ("HK01", "SG01") else 0)
            if chance(pm):
                last = max([dt(e["ts"]) for e in w.events[-8:] if e["customer_id"] == c["id"]] or [t])
                tj = last + timedelta(days=u(0, 20))
                plan = pick(["silver", "gold"], [.72, .28])
                if w.ev(c, tj, "tp_member_join", "joined", None, c["device"], "mini_program", None, plan=plan,
                        会员方案=PLANS[plan][0]):
                    c["member"] = plan
                    cur = CENTRES[c["centre"]]["cur"]
                    w.order(c, tj, PLANS[plan][1][cur], "membership", plan=plan)
                    tr = tj + timedelta(days=365)
                    if chance(0.62):
                        w.order(c, tr, PLANS[plan][1][cur], "membership", plan=plan, renewal=True)
        t = biz(t + timedelta(days=u(60, 320)))
    for wt, info in c["pending_warranty"]:
        simulate_job(w, c, wt, warranty_of=info)


def main(out: Path) -> None:
    _check_templates()
    out.mkdir(parents=True, exist_ok=True)
    w = W()
    customers = []
    for k in range(1, 7601):
        centre = pickd({s: d["w"] for s, d in CENTRES.items()})
        cen = CENTRES[centre]
        chan = pickd(CHAN_CN if cen["mainland"] else CHAN_INTL)
        lang = ("zh" if chance(0.93) else "en") if cen["mainland"] else \
            ("zh" if chance(0.55) else "en") if centre == "HK01" else ("en" if chance(0.85) else "zh")
        device = pickd({"ios": .52, "android": .33, "pc": .15} if cen["mainland"] else
                       {"ios": .62, "android": .23, "pc": .15})
        c = dict(id=f"TK{k:05d}", centre=centre, chan=chan, lang=lang, device=device, signup=job_start_time(),
                 spend=0.0, jobs=0, pending_warranty=[], collection=pick([1, 2, 3, 5], [.5, .3, .14, .06]))
        customers.append(c)
    customers.sort(key=lambda c: c["signup"])
    for c in customers:
        simulate_customer(w, c)
    # a few undated WeChat-group posts with no customer at all
    write_tables(out, w, customers)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def cols_of(rows, first):
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def write_tables(out: Path, w: W, customers) -> None:
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    crow = []
    last = {}
    comp = set()
    for e in w.events:
        last[e["customer_id"]] = max(last.get(e["customer_id"], ""), e["ts"])
        if e["touchpoint_id"] in ("tp_complaint", "tp_decline"):
            comp.add(e["customer_id"])
    for c in customers:
        cen = CENTRES[c["centre"]]
        tier = c.get("member") or "standard"
        lt = last.get(c["id"], "")
        if tier == "gold" or c["spend"] >= 40000:
            seg = "vip"
        elif c["id"] in comp and lt < "2026-03-01":
            seg = "at_risk"
        elif c["jobs"] >= 2:
            seg = "returning"
        else:
            seg = "new"
        crow.append(dict(customer_id=c["id"], signup_at=c["signup"].strftime("%Y-%m-%d %H:%M:%S"), segment=seg,
                         region=cen["city"], 地区=cen["city_zh"], acquisition_channel=c["chan"],
                         获客渠道=CHAN_ZH[c["chan"]], tier=tier,
                         会员等级={"gold": "金卡", "silver": "银卡", "standard": "非会员"}[tier],
                         home_centre_id=c["centre"], home_centre=cen["zh"], home_centre_en=cen["en"],
                         preferred_language=c["lang"], phone_os=c["device"], watches_owned=c["collection"],
                         lifetime_spend_cny=round(c["spend"], 2)))
    write(out / "customers.csv", crow, cols_of(crow, ["customer_id", "signup_at", "segment", "region"]))
    ev = sorted(w.events, key=lambda e: e["ts"])
    write(out / "events.csv", ev, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id",
                                               "action", "device", "channel"]))
    od = sorted(w.orders, key=lambda o: o["ts"])
    write(out / "orders.csv", od, cols_of(od, ["order_id", "customer_id", "ts", "amount", "status"]))
    fb = w.feedback
    write(out / "feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                 "channel", "rating", "nps"]))
    write(out / "experiments.csv", w.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(crow)} events {len(ev)} (dups {w.dups}) orders {len(od)} feedback {len(fb)} "
          f"experiments {len(w.exps)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
