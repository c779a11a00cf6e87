"""箱行 BoxRun van & light-truck rental (synthetic, written blind).

Six branches: 上海闵行店 Shanghai Minhang, 深圳宝安店 Shenzhen Bao'an, 成都武侯店 Chengdu Wuhou (CNY),
Sydney Mascot (AUD), London Park Royal (GBP), Toronto Etobicoke (CAD). Movers (private customers) and small businesses
(e-commerce sellers, renovation crews, caterers, event companies, market traders) rent small vans, panel vans, Luton /
box vans with a tail lift and 4.2 m light trucks.

Booking (app, web or phone; web / app visitors often get an online quote first) -> driver licence check (online upload
at booking for app / web, at the counter for phone bookings; licences already on file are re-checked) -> deposit hold
on the card / Alipay pre-authorisation / WeChat Pay Score at the counter -> vehicle pickup with damage photos ->
rental period (mileage allowance per day; some extend, a few call roadside assistance) -> return (some after hours by
key drop) -> return inspection -> final bill with damage, fuel, over-mileage, late and cleaning charges -> deposit
release -> repeat-booking coupon (opted-in customers). Orders: rentals, extensions, add-ons, extra charges and deposits.
Feedback: post-rental surveys (rating + NPS), app reviews, Dianping / Google reviews, tickets, call notes, social posts.
Data 2024-10-01 .. 2026-06-30 (extract taken early July 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the topic of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260708
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 6, 30, 23, 59, 59)
LICENCE_VENDOR = (datetime(2025, 11, 1), datetime(2025, 12, 1))   # new e-licence OCR vendor: online checks failing
LONDON_SCANNER = datetime(2026, 1, 5)                              # London: automated return-inspection scanner arch
SYDNEY_GATEWAY = (datetime(2026, 3, 1), datetime(2026, 6, 1))      # Sydney: new payment gateway, slow deposit release

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_quote", "在线询价", "Online quote", "consideration", "web", "digital", "ecommerce",
     "询价|报价|查价格|估价|quote|price check|get a quote|online quote"),
    ("tp_booking", "预订下单", "Booking", "purchase", "app", "digital", "reservations",
     "预订|订车|下单|预约用车|租车预订|booking|reservation|book a van|order"),
    ("tp_cancel", "取消/爽约", "Cancellation / no-show", "purchase", "app", "digital", "reservations",
     "取消订单|退订|爽约|未到店|cancellation|cancelled booking|no-show|no show"),
    ("tp_licence_check", "驾照核验", "Driver licence check", "purchase", "app", "digital", "compliance",
     "驾照审核|驾驶证核验|驾照验证|驾照认证|licence check|license check|licence verification|driver check|DVLA check"),
    ("tp_deposit_hold", "押金预授权", "Deposit hold", "purchase", "store", "digital", "finance",
     "押金冻结|预授权|冻结押金|交押金|deposit hold|pre-authorisation|pre-auth|card hold|security deposit"),
    ("tp_pickup", "取车验车", "Vehicle pickup", "service", "store", "physical", "branch_ops",
     "取车|提车|验车拍照|车辆交接|柜台取车|pickup|pick-up|collection|handover|check-out"),
    ("tp_extension", "续租", "Rental extension", "service", "app", "digital", "reservations",
     "延长租期|续租|加天数|extension|extend rental|extra day"),
    ("tp_roadside", "道路救援", "Roadside assistance", "service", "phone", "physical", "fleet",
     "救援|道路救援|抛锚|拖车|roadside|breakdown|recovery|tow"),
    ("tp_return", "还车", "Vehicle return", "service", "store", "physical", "branch_ops",
     "还车|交还车辆|钥匙投递|return|drop-off|key drop|check-in"),
    ("tp_return_inspection", "还车检查", "Return inspection", "service", "store", "physical", "fleet",
     "还车验车|验车|车损检查|定损|return inspection|damage check|inspection|walk-around"),
    ("tp_charges", "费用结算", "Final bill & extra charges", "service", "email", "digital", "finance",
     "结算|账单|额外费用|车损费|加油费|超里程费|final bill|extra charges|damage charge|fuel charge|invoice"),
    ("tp_deposit_release", "押金退还", "Deposit release", "service", "other", "digital", "finance",
     "退押金|押金解冻|押金返还|deposit refund|deposit release|deposit back|release of hold"),
    ("tp_rebook_coupon", "复购优惠券", "Repeat-booking coupon", "loyalty", "email", "digital", "crm",
     "回头客优惠券|复购券|优惠券|再租优惠|rebook coupon|repeat coupon|come-back offer|discount code"),
    ("tp_support", "客服中心", "Customer service", "service", "phone", "digital", "customer_care",
     "客服|热线|客服电话|在线客服|customer service|call centre|hotline|support"),
]
JOURNEYS = [
    ("rental_booking", "预订到取车", "Booking to pickup",
     ["tp_booking", "tp_licence_check", "tp_deposit_hold", "tp_pickup"], 30),
    ("return_settlement", "还车结算", "Return and settlement",
     ["tp_return", "tp_return_inspection", "tp_charges", "tp_deposit_release"], 30),
    ("online_quote", "询价转化", "Quote to booking", ["tp_quote", "tp_booking"], 7),
    ("repeat_booking", "复购", "Repeat booking", ["tp_rebook_coupon", "tp_booking"], 90),
]
# id, zh, en, city zh, city en, country, region, currency, weight, language
BRANCHES = [
    ("B1", "上海闵行店", "Shanghai Minhang", "上海", "Shanghai", "CN", "上海", "CNY", 0.20, "zh"),
    ("B2", "深圳宝安店", "Shenzhen Bao'an", "深圳", "Shenzhen", "CN", "广东", "CNY", 0.18, "zh"),
    ("B3", "成都武侯店", "Chengdu Wuhou", "成都", "Chengdu", "CN", "四川", "CNY", 0.14, "zh"),
    ("B4", "悉尼Mascot店", "Sydney Mascot", "悉尼", "Sydney", "AU", "New South Wales", "AUD", 0.16, "en"),
    ("B5", "伦敦Park Royal店", "London Park Royal", "伦敦", "London", "GB", "Greater London", "GBP", 0.17, "en"),
    ("B6", "多伦多Etobicoke店", "Toronto Etobicoke", "多伦多", "Toronto", "CA", "Ontario", "CAD", 0.15, "en"),
]
BR = {b[0]: b for b in BRANCHES}
FX = {"CNY": 1.0, "AUD": 4.7, "GBP": 9.1, "CAD": 5.2}
CLASSES = ["small_van", "panel_van", "luton", "light_truck"]
CLASS_ZH = {"small_van": "小型面包车", "panel_van": "中型厢式车", "luton": "大厢货(带尾板)", "light_truck": "4.2米轻卡"}
MODELS = {
    "CN": {"small_van": "五菱荣光", "panel_van": "福特全顺", "luton": "依维柯欧胜", "light_truck": "江铃顺达4.2米"},
    "XX": {"small_van": "Ford Transit Connect", "panel_van": "Ford Transit Custom", "luton": "Renault Master Luton",
           "light_truck": "Isuzu NPR 7.5t"},
}
DAY_RATE = {"CNY": [199, 299, 459, 599], "AUD": [89, 129, 169, 219], "GBP": [49, 69, 89, 119],
            "CAD": [79, 109, 149, 189]}
DEPOSIT = {"CNY": [2000, 3000, 4000, 5000], "AUD": [500, 750, 1000, 1000], "GBP": [250, 400, 500, 500],
           "CAD": [500, 750, 1000, 1000]}
KM_CAP = {"CNY": 200, "AUD": 150, "GBP": 160, "CAD": 200}
KM_FEE = {"CNY": 1.5, "AUD": 0.35, "GBP": 0.25, "CAD": 0.30}
FUEL_Q = {"CNY": 120, "AUD": 35, "GBP": 25, "CAD": 30}
FUEL_SVC = {"CNY": 50, "AUD": 20, "GBP": 15, "CAD": 20}
CLEAN_FEE = {"CNY": 150, "AUD": 60, "GBP": 40, "CAD": 50}
KIT = {"CNY": 50, "AUD": 25, "GBP": 15, "CAD": 20}
DAMAGE_COST = {"scratch": (300, 1200), "dent": (800, 3000), "mirror": (400, 1500), "tail_lift": (1500, 4000),
               "interior": (200, 900)}
DAMAGE_ZH = {"scratch": "划痕", "dent": "凹陷", "mirror": "后视镜", "tail_lift": "尾板", "interior": "内饰"}
FAIL_ZH = {"blurry_photo": "照片模糊", "expired": "驾照过期", "wrong_class": "准驾车型不符", "name_mismatch": "姓名不一致",
           "ocr_error": "系统识别失败", "no_idp": "缺国际驾照"}
ACQ = ["app_store", "website", "search_ads", "phone", "referral", "partner"]
ACQ_ZH = {"app_store": "应用商店", "website": "官网", "search_ads": "搜索广告", "phone": "电话", "referral": "老客推荐",
          "partner": "合作商家"}
PURPOSE_ZH = {"home_move": "搬家", "student_move": "学生搬宿舍", "delivery": "商用配送", "renovation": "装修运料",
              "event": "活动物料", "market": "市集摆摊", "furniture": "买家具自提"}
IND_ZH = {"ecommerce": "电商", "renovation": "装修", "catering": "餐饮", "events": "活动会展", "retail": "零售",
          "removals": "搬家服务"}
CANCEL_ZH = {"licence_failed": "驾照核验未通过", "deposit_declined": "押金预授权失败", "plans_changed": "计划有变"}
AGENTS_CN = ["王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆"]
AGENTS_EN = ["Sam", "Priya", "Tom", "Chloe", "Marcus", "Aisha"]


def ri(a, b):
    return int(rng.integers(a, b + 1))


def pick(xs, p=None):
    if p is not None:
        p = np.array(p, dtype=float) / sum(p)
    return xs[int(rng.choice(len(xs), p=p))]


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------- day weights ----------
DAYS = [START.date() + D(days=i) for i in range((END.date() - START.date()).days + 1)]


def season(country, m):
    if country == "CN":
        return {1: 0.95, 2: 0.55, 6: 1.35, 7: 1.4, 9: 1.1}.get(m, 1.0)
    if country == "AU":
        return {12: 1.35, 1: 1.4, 2: 1.15, 6: 0.8, 7: 0.8}.get(m, 1.0)
    if country == "GB":
        return {7: 1.3, 8: 1.35, 9: 1.3, 12: 0.7, 1: 0.85}.get(m, 1.0)
    return {6: 1.35, 7: 1.5, 8: 1.3, 1: 0.7, 2: 0.7}.get(m, 1.0)


def day_weights(country, business):
    w = []
    for d in DAYS:
        x = season(country, d.month) if not business else 0.5 + 0.5 * season(country, d.month)
        x *= 1 + 0.28 * (d - DAYS[0]).days / 365
        nxt = d + D(days=3)
        if nxt.month != d.month and not business:
            x *= 1.5
        wd = d.weekday()
        x *= ([1.3, 1.3, 1.3, 1.3, 1.3, 0.8, 0.3] if business else [0.8, 0.8, 0.8, 0.9, 1.1, 1.7, 1.3])[wd]
        w.append(x)
    w = np.array(w)
    return w / w.sum()


WEIGHTS = {}


def draw_day(country, business, lo=None, hi=None):
    key = (country, business)
    if key not in WEIGHTS:
        WEIGHTS[key] = day_weights(country, business)
    w = WEIGHTS[key]
    if lo is not None or hi is not None:
        i0 = 0 if lo is None else max(0, (lo - DAYS[0]).days)
        i1 = len(DAYS) if hi is None else min(len(DAYS), (hi - DAYS[0]).days + 1)
        if i1 <= i0:
            return None
        sub = w[i0:i1] / w[i0:i1].sum()
        return DAYS[i0 + int(rng.choice(len(sub), p=sub))]
    return DAYS[int(rng.choice(len(w), p=w))]


# ---------- feedback text ----------
T = {
    "damage_dispute": (
        ["还车的时候说车门上有划痕要扣{dmg}元，那道划痕取车时就有，照片里都拍了",
         "{br}还车检查说我刮了车，划痕明明是之前就有的，申诉了一周还没结果",
         "车损费收得莫名其妙，一道几厘米的划痕扣我{dmg}块",
         "验车太严了，一点点划痕也要赔钱，取车拍的照片根本不看",
         "对车损划痕的认定有异议，客服一直说以系统为准"],
        ["Charged {dmg} for a scratch that was already there when I picked the van up, it's in my pickup photos",
         "The new scanner at {br} flagged a tiny scratch on the bumper and billed me for it. Disputing.",
         "Got a damage bill for a scratch I never made. Pickup photos clearly show it. Still waiting on the dispute",
         "Return inspection is a money grab now - every hairline scratch becomes a charge",
         "Disputed a scratch charge, support just keeps saying the inspection report is final"]),
    "deposit_slow": (
        ["还车都{days}天了押金还没解冻，打客服也说不清楚",
         "押金退得太慢了，说好3个工作日，到现在还冻着",
         "{br}的押金一直不退，钱被占着很难受",
         "押金退还拖了两周，没有任何通知"],
        ["Returned the van {days} days ago and my deposit is still on hold",
         "Deposit release is painfully slow - {days} days and counting, no email, nothing",
         "Where is my deposit? {br} said 3-5 business days, it's been two weeks",
         "Still waiting on the deposit from {br}. Not great when you've just paid for a move",
         "The deposit took forever to come back to my card"]),
    "queue": (
        ["周六早上取车排队排了{wait}分钟，柜台就一个人",
         "取车要排队，已经在线预订了还要等那么久",
         "{br}周末排队太夸张了，搬家工人都在楼下等着",
         "排队一个小时才拿到钥匙，搬家全被耽误了"],
        ["Queued {wait} minutes at the counter on a Saturday morning even though I'd booked online",
         "Long queue at pickup, only one person at the desk",
         "The queue at {br} was out the door, my movers were waiting on me"]),
    "licence_verify": (
        ["驾照核验一直不通过，上传了五次都说照片不清晰，最后订单被取消了",
         "App上的驾照验证总是失败，明明驾照没问题",
         "驾照审核系统有问题，一直提示识别失败，客服也解决不了",
         "11月新的驾照核验太坑了，搬家前一天订单因为驾照没验过被取消"],
        ["The licence check in the app kept rejecting my photo, booking got cancelled the day before my move",
         "Licence verification failed 4 times for no reason. Perfectly valid licence.",
         "Your new license verification is broken - 'could not read document' every time",
         "Couldn't get past the licence check online, had to call and still lost the booking"]),
    "nobody_told": (
        ["电话订车的时候没人告诉我要冻结这么多钱，到了柜台借记卡刷不过",
         "电话里没说要预授权，到了门店才知道，白跑一趟",
         "打电话订的车，没人告诉我必须用信用卡"],
        ["Booked by phone and nobody told me there'd be a {hold} hold on my card - debit card declined at the counter",
         "No one told me on the phone that it had to be a credit card. Wasted a morning",
         "Nobody told me about the hold amount when I booked over the phone",
         "Phone booking was fine but no one told me what to bring. Card got declined."]),
    "fuel_charge": (
        ["还车时油是满的，还被收了加油费",
         "加油费收了{fuel}元，明明只差一点点",
         "油费算得太狠了，加油服务费比油还贵"],
        ["Charged a fuel fee even though I returned it full",
         "The refuel charge is a rip-off, {fuel} for a quarter tank",
         "Fuel charge on my final bill - I filled up 2 km away from the branch"]),
    "mileage": (
        ["超里程费收得太狠了，每天{cap}公里根本不够跨城搬家",
         "里程限制没说清楚，结算时多收了一大笔",
         "跑了个城际搬家，超出里程收费好几百"],
        ["Excess mileage charges killed the deal, {cap} km a day is nothing for an interstate move",
         "Wasn't clear on the mileage allowance, got stung on the final bill",
         "The mileage cap is way too low for a light truck"]),
    "tail_lift": (
        ["尾板坏了，搬冰箱的时候升不上去，只能叫救援",
         "车的尾板有故障，耽误了半天"],
        ["Tail lift stopped working halfway through the move, had to call roadside",
         "The tail-lift was faulty from the start, lost half a day waiting for help"]),
    "dirty": (
        ["取车的时候车厢很脏，上一个人的垃圾都没清",
         "车里脏兮兮的，还有烟味"],
        ["Van was dirty inside when we picked it up, rubbish in the back",
         "Cargo area was filthy and dirty, had to sweep it out ourselves"]),
    "price": (
        ["价格太贵了，比别家贵不少",
         "周末价格太贵，临时订更是离谱"],
        ["Pretty expensive for a one-day hire",
         "Weekend rates are pricey compared with other places"]),
    "helpful": (
        ["店员很热情，教我怎么固定货物",
         "工作人员很耐心，验车拍照讲得很清楚",
         "门店小哥热情，还借了我绑带"],
        ["Staff were really helpful, showed me how to strap the load",
         "Super helpful team at {br}, quick handover",
         "Helpful guy at the counter sorted everything in five minutes"]),
    "app_easy": (
        ["App订车很方便，几分钟就搞定",
         "手机上传证件、选车都很方便",
         "方便，线上订完直接去取车"],
        ["Booking in the app was easy, took two minutes",
         "Easy online booking and quick pickup",
         "Really easy process from quote to keys"]),
    "condition": (
        ["车况很好，新车开着很舒服",
         "车况不错，车厢也大"],
        ["Van was in great condition, almost new",
         "Good condition truck, drove well on the motorway"]),
    "generic": (
        ["整体还行", "一般般，下次再看", "没什么问题，正常租还", "还可以，价格中规中矩"],
        ["It was ok", "Fine, nothing special", "Did the job for our move", "Average experience overall"]),
}
TOPIC_TP = {"damage_dispute": None, "deposit_slow": "tp_deposit_release", "queue": "tp_pickup",
            "licence_verify": "tp_licence_check", "nobody_told": None, "fuel_charge": "tp_charges",
            "mileage": "tp_charges", "tail_lift": "tp_roadside", "dirty": "tp_pickup", "price": "tp_booking",
            "helpful": None, "app_easy": "tp_booking", "condition": "tp_pickup", "generic": "tp_return"}
NEG = {"damage_dispute", "deposit_slow", "queue", "licence_verify", "nobody_told", "fuel_charge", "mileage",
       "tail_lift", "dirty", "price"}
POS = {"helpful", "app_easy", "condition"}


def text_for(topic, lang, ctx):
    zh, en = T[topic]
    s = pick(zh if lang == "zh" else en)
    return s.format(br=ctx.get("br", ""), dmg=ctx.get("dmg", "500"), days=ctx.get("days", 10),
                    wait=ctx.get("wait", 45), hold=ctx.get("hold", "500"), fuel=ctx.get("fuel", "80"),
                    cap=ctx.get("cap", 200))


def topic_tp(topic):
    tp = TOPIC_TP[topic]
    if tp:
        return tp
    if topic == "damage_dispute":
        return "tp_charges" if rng.random() < 0.72 else "tp_return_inspection"
    if topic == "nobody_told":
        return "tp_deposit_hold" if rng.random() < 0.7 else "tp_booking"
    return "tp_pickup" if rng.random() < 0.6 else "tp_return"


def rating_for(topic):
    if topic in NEG:
        return pick([1, 2, 3], [0.5, 0.38, 0.12])
    if topic in POS:
        return pick([4, 5], [0.3, 0.7])
    return pick([3, 4, 5], [0.25, 0.45, 0.3])


def nps_for(r):
    return int(np.clip(round(r * 2.2 - 1.1 + rng.normal(0, 1.2)), 0, 10))


# ---------- simulation ----------
events, orders, feedback, truth, customers = [], [], [], [], []
FIRST: dict = {}
eid = [0]
oid = [0]
fid = [0]


def ev(cust, ts, tp, action, sess, br, **kw):
    if ts > END or ts < START:
        return
    eid[0] += 1
    if cust["customer_id"] not in FIRST or ts < FIRST[cust["customer_id"]]:
        FIRST[cust["customer_id"]] = ts
    row = dict(event_id=f"E{eid[0]:07d}", customer_id=cust["customer_id"], ts=iso(ts), touchpoint_id=tp,
               action=action, session_id=sess, branch_id=br[0], branch=br[1], branch_en=br[2])
    row.update({k: v for k, v in kw.items() if v is not None})
    events.append(row)


def order(cust, ts, amount_local, status, otype, br, rid, **kw):
    if ts > END or ts < START:
        return
    oid[0] += 1
    cur = br[7]
    row = dict(order_id=f"O{oid[0]:07d}", customer_id=cust["customer_id"], ts=iso(ts),
               amount=round(amount_local * FX[cur], 2), status=status, order_type=otype,
               订单类型={"rental": "租金", "extension": "续租费", "addon": "附加服务", "damage_charge": "车损费",
                     "fuel_charge": "加油费", "mileage_charge": "超里程费", "late_fee": "超时费",
                     "cleaning_fee": "清洁费", "deposit": "押金"}[otype],
               rental_id=rid, branch_id=br[0], branch=br[1], branch_en=br[2], currency=cur,
               amount_local=round(amount_local, 2))
    row.update({k: v for k, v in kw.items() if v is not None})
    orders.append(row)


def fb(cust, ts, topic, channel, tp=None, br=None, rated=True, lang=None, ctx=None, with_nps=False):
    if ts is not None and (ts > END or ts < START):
        return
    fid[0] += 1
    lang = lang or (cust["preferred_language"] if cust else ("zh" if br and br[9] == "zh" else "en"))
    ctx = dict(ctx or {})
    if br is not None:
        ctx.setdefault("br", br[1] if lang == "zh" else br[2])
    r = rating_for(topic) if rated else None
    row = dict(feedback_id=f"F{fid[0]:05d}", text=text_for(topic, lang, ctx), ts=iso(ts) if ts else "",
               customer_id=cust["customer_id"] if cust else "", touchpoint_id=tp or "",
               channel=channel, rating=r if r is not None else "", nps=nps_for(r) if with_nps else "",
               language=lang, branch_id=br[0] if br else "", branch=br[1] if br else "", branch_en=br[2] if br else "")
    feedback.append(row)
    truth.append(dict(feedback_id=row["feedback_id"], topic=topic))


def make_customers():
    n = 0
    bw = np.array([b[8] for b in BRANCHES])
    bw = bw / bw.sum()
    for kind, count in (("private", 3900), ("small_business", 1250), ("prospect", 1500)):
        for _ in range(count):
            n += 1
            br = BRANCHES[int(rng.choice(6, p=bw))]
            cn = br[5] == "CN"
            lang = "zh" if cn or rng.random() < 0.08 else "en"
            biz = kind == "small_business"
            acq = pick(ACQ, [0.3, 0.22, 0.18, 0.12, 0.1, 0.08] if not biz else [0.15, 0.2, 0.15, 0.25, 0.15, 0.1])
            c = dict(customer_id=f"C{n:05d}", signup_at="", segment="small_business" if biz else "private",
                     客户类型="小微企业" if biz else "个人", region=br[6], acquisition_channel=acq, 获客渠道=ACQ_ZH[acq],
                     tier="", 会员等级="", home_branch_id=br[0], home_branch=br[1], home_branch_en=br[2],
                     city=br[3] if lang == "zh" else br[4], country=br[5], preferred_language=lang,
                     age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.18, 0.38, 0.24, 0.13, 0.07]),
                     licence_years=ri(1, 25), industry="", 行业="",
                     marketing_opt_in=bool(rng.random() < (0.7 if biz else 0.62)))
            if biz:
                ind = pick(list(IND_ZH), [0.3, 0.25, 0.15, 0.12, 0.1, 0.08])
                c["industry"], c["行业"] = ind, IND_ZH[ind]
            c["_kind"], c["_br"] = kind, br
            if acq == "phone":
                c["_pref"] = [0.15, 0.1, 0.75]
            elif acq == "app_store":
                c["_pref"] = [0.85, 0.08, 0.07]
            else:
                c["_pref"] = [0.4, 0.45, 0.15]
            if biz:
                c["_pref"] = [0.75 * c["_pref"][0], 0.75 * c["_pref"][1], 0.75 * c["_pref"][2] + 0.25]
            customers.append(c)


def rental(c, pickup_day, idx, coupon_ok):
    br = c["_br"]
    cur = br[7]
    cn = br[5] == "CN"
    biz = c["segment"] == "small_business"
    chan = pick(["app", "web", "phone"], c["_pref"])
    lead = int(min(25, rng.geometric(0.45 if chan == "phone" else 0.18) - 1))
    hour = pick([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
                [0.06, 0.16, 0.17, 0.14, 0.1, 0.07, 0.08, 0.07, 0.06, 0.05, 0.04])
    t_pick = datetime(pickup_day.year, pickup_day.month, pickup_day.day, hour, ri(0, 59), ri(0, 59))
    t_book = t_pick - D(days=lead, hours=float(rng.uniform(1, 10)))
    if t_book < START:
        return None
    if chan == "phone":
        t_book = t_book.replace(hour=ri(8, 19))
    else:
        t_book = t_book.replace(hour=pick(list(range(7, 24)), [1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 6, 7, 7, 6, 3]))
    if t_book > t_pick - D(hours=1):
        t_book = t_pick - D(hours=float(rng.uniform(1, 3)))
    rid = f"R{len(RENTALS) + 1:06d}"
    RENTALS.append(rid)
    k = int(rng.choice(4, p=[0.25, 0.35, 0.28, 0.12] if not biz else [0.3, 0.35, 0.15, 0.2]))
    cls = CLASSES[k]
    if biz:
        days = int(min(14, rng.geometric(0.35)))
        purpose = pick(["delivery", "renovation", "event", "market"], [0.4, 0.3, 0.18, 0.12])
    else:
        days = pick([1, 1, 1, 2, 3, 4], [0.4, 0.2, 0.1, 0.18, 0.08, 0.04])
        purpose = pick(["home_move", "student_move", "furniture"], [0.72, 0.13, 0.15])
    device = None
    if chan == "app":
        device = pick(["ios", "android"], [0.45, 0.55] if not cn else [0.35, 0.65])
    elif chan == "web":
        device = pick(["pc", "ios", "android"], [0.65, 0.15, 0.2])
    rate = DAY_RATE[cur][k] * (1.15 if t_pick.weekday() >= 5 else 1.0)
    coupon = coupon_ok and rng.random() < 0.55
    rent_amt = rate * days * (0.9 if coupon else 1.0)
    waiver = rng.random() < (0.22 if biz else 0.38)
    kit = (not biz) and rng.random() < 0.3
    dep_amt = DEPOSIT[cur][k]
    sess = rid
    model = MODELS["CN" if cn else "XX"][cls]
    base = dict(vehicle_class=cls, 车型=CLASS_ZH[cls], rental_id=rid)
    # quote before online bookings
    if chan in ("app", "web") and rng.random() < 0.55:
        tq = t_book - D(hours=float(rng.uniform(0.1, 60)))
        ev(c, tq, "tp_quote", "quote", f"Q{rid[1:]}", br, channel=chan, device=device, vehicle_class=cls,
           车型=CLASS_ZH[cls], quoted_price_local=round(rent_amt, 2), currency=cur, rental_days=days)
    ev(c, t_book, "tp_booking", "submit", sess, br, channel=chan, device=device, lead_days=lead, rental_days=days,
       purpose=purpose, 用途=PURPOSE_ZH[purpose], coupon_code=("COMEBACK10" if coupon else None),
       damage_waiver=waiver, **base)
    prepaid = chan != "phone"
    if prepaid:
        order(c, t_book, rent_amt, "paid", "rental", br, rid, channel=chan, device=device, vehicle_class=cls,
              rental_days=days, coupon_code=("COMEBACK10" if coupon else None))
        if waiver:
            order(c, t_book, rate * 0.2 * days, "paid", "addon", br, rid, channel=chan, device=device,
                  addon="damage_waiver")
        if kit:
            order(c, t_book, KIT[cur], "paid", "addon", br, rid, channel=chan, device=device, addon="moving_kit")

    def cancel(ts, reason):
        ev(c, ts, "tp_cancel", "cancelled", sess, br, channel=chan, device=device, cancel_reason=reason,
           取消原因=CANCEL_ZH[reason], **base)
        if prepaid:
            for o in orders[::-1][:4]:
                if o["rental_id"] == rid and o["status"] == "paid":
                    o["status"] = "refunded"
        else:
            order(c, ts, rent_amt, "cancelled", "rental", br, rid, channel=chan, vehicle_class=cls, rental_days=days)
        return None

    def noshow(ts):
        ev(c, ts, "tp_cancel", "no_show", sess, br, channel=chan, device=device, **base)
        if not prepaid:
            order(c, ts, rent_amt, "cancelled", "rental", br, rid, channel=chan, vehicle_class=cls, rental_days=days)
        return None

    agent = pick(AGENTS_CN if cn else AGENTS_EN)
    first = idx == 0
    lic_trouble = False
    # licence check
    if prepaid:
        t_l = t_book + D(minutes=float(rng.uniform(2, 25)))
        method = "online_upload" if first or rng.random() < 0.15 else "on_file"
        vendor = LICENCE_VENDOR[0] <= t_l < LICENCE_VENDOR[1]
        pf = (0.06 if method == "online_upload" else 0.01)
        if vendor:
            pf = 0.5 if method == "online_upload" else 0.35
        if rng.random() < pf:
            reason = "ocr_error" if vendor and rng.random() < 0.85 else pick(
                ["blurry_photo", "expired", "wrong_class", "name_mismatch"], [0.45, 0.2, 0.2, 0.15])
            ev(c, t_l, "tp_licence_check", "fail", sess, br, channel=chan, device=device, check_method=method,
               fail_reason=reason, 失败原因=FAIL_ZH[reason], vendor=("LicenceLink v2" if vendor else "LicenceLink v1"),
               **base)
            if vendor and rng.random() < 0.42:
                ch = pick(["app_review", "ticket"], [0.55, 0.45])
                fb(c, t_l + D(hours=float(rng.uniform(1, 30))), "licence_verify", ch, tp="tp_licence_check", br=br,
                   rated=ch == "app_review")
            if rng.random() < (0.3 if vendor else 0.5):
                lic_trouble = vendor
                t_l2 = t_l + D(hours=float(rng.uniform(0.5, 20)))
                if t_l2 > t_pick - D(minutes=30):
                    t_l2 = t_pick - D(minutes=25)
                m2 = pick(["online_upload", "counter"])
                ev(c, t_l2, "tp_licence_check", "pass", sess, br, channel="store" if m2 == "counter" else chan,
                   check_method=m2, **base)
            else:
                return cancel(t_l + D(hours=float(rng.uniform(0.2, 24))), "licence_failed")
        else:
            ev(c, t_l, "tp_licence_check", "pass", sess, br, channel=chan, device=device, check_method=method,
               vendor=("LicenceLink v2" if vendor else "LicenceLink v1"), **base)
        if rng.random() < 0.05:
            return cancel(t_book + (t_pick - t_book) * float(rng.uniform(0.2, 0.9)), "plans_changed")
        if rng.random() < 0.035:
            return noshow(t_pick + D(hours=2))
    else:
        if rng.random() < 0.12:
            return cancel(t_book + (t_pick - t_book) * float(rng.uniform(0.2, 0.9)), "plans_changed")
        if rng.random() < 0.13:
            return noshow(t_pick + D(hours=2))
        t_l = t_pick - D(minutes=float(rng.uniform(15, 30)))
        foreign = (not cn) and rng.random() < 0.12
        if rng.random() < (0.16 if foreign else 0.07) + (0.08 if cls == "light_truck" else 0):
            reason = "no_idp" if foreign else pick(["expired", "wrong_class", "name_mismatch"], [0.35, 0.45, 0.2])
            ev(c, t_l, "tp_licence_check", "fail", sess, br, channel="store", check_method="counter",
               fail_reason=reason, 失败原因=FAIL_ZH[reason], agent=agent, **base)
            return cancel(t_l + D(minutes=20), "licence_failed")
        ev(c, t_l, "tp_licence_check", "pass", sess, br, channel="store", check_method="counter", agent=agent, **base)
    # deposit hold at the counter
    t_d = t_pick - D(minutes=float(rng.uniform(5, 14)))
    if cn:
        pm = pick(["alipay_preauth", "wechat_payscore", "credit_card"], [0.45, 0.3, 0.25])
    else:
        pm = pick(["credit_card", "debit_card"], [0.72, 0.28] if prepaid else [0.55, 0.45])
    pdec = {"credit_card": 0.02, "debit_card": 0.12, "alipay_preauth": 0.025, "wechat_payscore": 0.03}[pm]
    if not prepaid:
        pdec = pdec * 2.6
    if rng.random() < pdec:
        ev(c, t_d, "tp_deposit_hold", "declined", sess, br, channel="store", payment_method=pm,
           deposit_local=dep_amt, currency=cur, agent=agent, **base)
        if not prepaid and rng.random() < 0.35:
            ch = pick(["call_note", "ticket", "app_review"])
            fb(c, t_d + D(hours=float(rng.uniform(1, 48))), "nobody_told", ch,
               tp=topic_tp("nobody_told"), br=br, rated=ch == "app_review",
               ctx=dict(hold=f"{dep_amt} {cur}" if not cn else dep_amt))
        if rng.random() < 0.45:
            pm = "credit_card"
            t_d = t_d + D(minutes=float(rng.uniform(10, 60)))
            t_pick = t_pick + (t_d - t_pick) + D(minutes=8)
        else:
            return cancel(t_d + D(minutes=15), "deposit_declined")
    ev(c, t_d, "tp_deposit_hold", "authorised", sess, br, channel="store", payment_method=pm, deposit_local=dep_amt,
       currency=cur, agent=agent, **base)
    order(c, t_d, dep_amt, "held", "deposit", br, rid, channel="store", payment_method=pm, vehicle_class=cls)
    dep_order = orders[-1] if orders and orders[-1]["rental_id"] == rid and orders[-1]["order_type"] == "deposit" \
        else None
    # pickup
    wait = float(rng.lognormal(np.log(7), 0.55))
    if br[0] == "B2" and t_pick.weekday() == 5 and t_pick.hour < 12:
        wait = float(rng.lognormal(np.log(42), 0.35))
    elif t_pick.weekday() == 5:
        wait *= 1.4
    wait = round(min(wait, 150), 0)
    vnum = ri(1, 40)
    vid = f"{br[0]}-{cls[:2].upper()}{vnum:02d}"
    photos = ri(6, 14) if chan == "app" else ri(4, 9)
    marks = pick([0, 1, 2, 3], [0.45, 0.3, 0.17, 0.08])
    odo = ri(8000, 160000)
    ev(c, t_pick, "tp_pickup", "picked_up", sess, br, channel="store", vehicle_id=vid, make_model=model,
       odometer_out=odo, fuel_out="full", photos_taken=photos, pre_existing_marks=marks, wait_min=int(wait),
       self_photos=(chan == "app"), agent=agent, **base)
    if not prepaid:
        order(c, t_pick, rent_amt, "paid", "rental", br, rid, channel="store", vehicle_class=cls, rental_days=days,
              coupon_code=("COMEBACK10" if coupon else None))
        if waiver:
            order(c, t_pick, rate * 0.2 * days, "paid", "addon", br, rid, channel="store", addon="damage_waiver")
        if kit:
            order(c, t_pick, KIT[cur], "paid", "addon", br, rid, channel="store", addon="moving_kit")
    ctx = dict(wait=int(wait), cap=KM_CAP[cur])
    surveyed_topic = None
    if wait >= 30 and rng.random() < 0.6:
        surveyed_topic = "queue"
    # rental period
    if rng.random() < (0.16 if biz else 0.06):
        extra = ri(1, 3)
        t_x = t_pick + D(days=max(0, days - 1), hours=float(rng.uniform(2, 10)))
        ev(c, t_x, "tp_extension", "extended", sess, br, channel=pick(["app", "phone"]), extra_days=extra, **base)
        order(c, t_x, rate * extra, "paid", "extension", br, rid, channel="app", vehicle_class=cls, rental_days=extra)
        days += extra
    tail_fault = False
    if rng.random() < 0.018 + (0.035 if cls == "luton" else 0):
        t_rs = t_pick + D(hours=float(rng.uniform(1, days * 20)))
        issue = pick(["flat_tyre", "battery", "breakdown", "tail_lift_fault"],
                     [0.3, 0.25, 0.2, 0.25] if cls == "luton" else [0.4, 0.3, 0.3, 0.0])
        ev(c, t_rs, "tp_roadside", "dispatched", sess, br, channel="phone", issue=issue,
           response_min=ri(25, 120), **base)
        tail_fault = issue == "tail_lift_fault"
    # return
    late_h = 0
    if rng.random() < 0.07:
        late_h = ri(1, 6)
    t_ret = t_pick + D(days=days, hours=late_h, minutes=float(rng.uniform(-90, 30)))
    after_hours = rng.random() < 0.12
    if after_hours:
        t_ret = t_ret.replace(hour=ri(20, 23), minute=ri(0, 59))
    per_day = float(rng.lognormal(np.log(70 if not biz else 110), 0.6))
    if cls == "light_truck":
        per_day *= 1.45
    km = int(per_day * days) + ri(5, 30)
    cap = KM_CAP[cur] * days
    over = max(0, km - cap)
    fuel_in = pick(["full", "3/4", "1/2", "1/4"], [0.74, 0.16, 0.07, 0.03])
    ev(c, t_ret, "tp_return", "returned_late" if late_h else "returned", sess, br, channel="store",
       key_drop=after_hours, km_driven=km, mileage_cap_km=cap, over_km=over, fuel_in=fuel_in, late_hours=late_h,
       odometer_in=odo + km, vehicle_id=vid, **base)
    # inspection
    t_i = (t_ret + D(minutes=float(rng.uniform(10, 50)))) if not after_hours else \
        (t_ret + D(days=1)).replace(hour=8, minute=ri(0, 59))
    london_scan = br[0] == "B5" and t_i >= LONDON_SCANNER
    p_dmg = (0.05 if cls != "light_truck" else 0.075)
    if london_scan:
        p_dmg = 0.26
    dmg = rng.random() < p_dmg
    dtype = None
    cost = 0.0
    if dmg:
        dtype = pick(["scratch", "dent", "mirror", "tail_lift", "interior"],
                     [0.72, 0.12, 0.06, 0.03, 0.07] if london_scan else [0.45, 0.22, 0.12, 0.08, 0.13])
        lo, hi = DAMAGE_COST[dtype]
        cost = float(rng.uniform(lo, hi)) / FX[cur]
        cost = round(cost, 0)
    ev(c, t_i, "tp_return_inspection", "damage_found" if dmg else "clean", sess, br, channel="store",
       inspection_method="scanner" if london_scan else "manual", damage_type=dtype,
       损伤类型=DAMAGE_ZH[dtype] if dtype else None, damage_cost_local=cost if dmg else None,
       inspector=pick(AGENTS_CN if cn else AGENTS_EN), **base)
    # charges
    t_c = t_i + D(hours=float(rng.uniform(1, 6)))
    dmg_fee = 0.0 if (not dmg or waiver) else cost
    fuel_fee = 0.0
    if fuel_in != "full":
        q = {"3/4": 1, "1/2": 2, "1/4": 3}[fuel_in]
        fuel_fee = FUEL_Q[cur] * q * (1.6 if cls == "light_truck" else 1) + FUEL_SVC[cur]
    km_fee = round(over * KM_FEE[cur], 2)
    late_fee = round(late_h * rate / 6, 2)
    clean_fee = CLEAN_FEE[cur] if rng.random() < 0.03 else 0.0
    disputed = dmg_fee > 0 and rng.random() < (0.5 if london_scan else 0.14)
    total = dmg_fee + fuel_fee + km_fee + late_fee + clean_fee
    ev(c, t_c, "tp_charges", "charged" if total > 0 else "no_extra", sess, br, channel="email",
       damage_fee_local=dmg_fee or None, fuel_fee_local=fuel_fee or None, mileage_fee_local=km_fee or None,
       late_fee_local=late_fee or None, cleaning_fee_local=clean_fee or None, total_extra_local=round(total, 2),
       currency=cur, disputed=disputed if dmg_fee > 0 else None, **base)
    for amt, ot in ((dmg_fee, "damage_charge"), (fuel_fee, "fuel_charge"), (km_fee, "mileage_charge"),
                    (late_fee, "late_fee"), (clean_fee, "cleaning_fee")):
        if amt > 0:
            st = "paid"
            if ot == "damage_charge" and disputed and rng.random() < (0.3 if london_scan else 0.4):
                st = "refunded"
            order(c, t_c, amt, st, ot, br, rid, channel="email", vehicle_class=cls, disputed=disputed
                  if ot == "damage_charge" else None, damage_type=dtype if ot == "damage_charge" else None)
    if disputed and rng.random() < 0.5:
        ev(c, t_c + D(hours=float(rng.uniform(2, 48))), "tp_support", "call", f"S{rid[1:]}", br, channel="phone",
           reason="damage_dispute", 咨询原因="车损争议", **base)
    # deposit release
    if pm in ("alipay_preauth", "wechat_payscore"):
        rel_days = float(rng.uniform(0.1, 1.5))
    else:
        rel_days = float(rng.uniform(2.5, 7.5))
        if br[0] == "B4" and SYDNEY_GATEWAY[0] <= t_c < SYDNEY_GATEWAY[1]:
            rel_days = float(rng.uniform(8, 17))
    if disputed:
        rel_days += float(rng.uniform(6, 45))   # the hold is kept until the dispute is settled
    t_rel = t_c + D(days=rel_days)
    ev(c, t_rel, "tp_deposit_release", "partially_released" if total > 0 and pm in ("credit_card", "debit_card")
       and rng.random() < 0.3 else "released", sess, br, channel="other", payment_method=pm, deposit_local=dep_amt,
       currency=cur, days_to_release=round(rel_days, 1), **base)
    if dep_order is not None and t_rel <= END:
        dep_order["status"] = "released"
    # coupon
    if c["marketing_opt_in"] and rng.random() < 0.9:
        ev(c, t_rel + D(hours=float(rng.uniform(2, 30))), "tp_rebook_coupon", "sent", f"P{rid[1:]}", br,
           channel=pick(["email", "app", "sms"], [0.5, 0.3, 0.2]), coupon_code="COMEBACK10",
           opened=bool(rng.random() < 0.45), **base)
    # support contacts
    if rng.random() < 0.07:
        reason = pick(["change_booking", "deposit_query", "billing_query", "lost_property", "other"],
                      [0.3, 0.25, 0.2, 0.1, 0.15])
        if rel_days > 8:
            reason = "deposit_query"
        ev(c, t_pick + D(hours=float(rng.uniform(-48, 24 * days + 96))), "tp_support", pick(["call", "chat"]),
           f"S{rid[1:]}", br, channel=pick(["phone", "app"]), reason=reason,
           咨询原因={"change_booking": "改订单", "deposit_query": "押金查询", "billing_query": "账单疑问",
                 "lost_property": "遗失物品", "other": "其他"}[reason], **base)
    # feedback
    topic = None
    if disputed and rng.random() < 0.75:
        topic = "damage_dispute"
        fb(c, t_c + D(days=float(rng.uniform(0.5, 5))), topic, "ticket", tp=topic_tp(topic), br=br, rated=False,
           ctx=dict(dmg=int(dmg_fee)))
    elif dmg_fee > 0 and london_scan and rng.random() < 0.2:
        topic = "damage_dispute"
    elif rel_days > 8 and rng.random() < 0.5:
        topic = "deposit_slow"
    elif tail_fault and rng.random() < 0.6:
        topic = "tail_lift"
    elif fuel_fee > 0 and rng.random() < 0.12:
        topic = "fuel_charge"
    elif km_fee > 0 and rng.random() < 0.15:
        topic = "mileage"
    elif lic_trouble and rng.random() < 0.5:
        topic = "licence_verify"
    elif surveyed_topic:
        topic = surveyed_topic
    elif not prepaid and rng.random() < 0.03:
        topic = "nobody_told"
    t_s = t_rel + D(hours=float(rng.uniform(2, 72)))
    if rng.random() < (0.55 if topic else 0.3):
        if topic is None:
            topic = pick(["helpful", "app_easy", "condition", "generic", "dirty", "price"],
                         [0.22, 0.16 if chan != "phone" else 0.02, 0.15, 0.35, 0.05, 0.07])
        fb(c, t_s, topic, "survey", tp=topic_tp(topic), br=br, with_nps=True,
           ctx=dict(ctx, dmg=int(dmg_fee), days=int(rel_days), fuel=int(fuel_fee), hold=dep_amt))
    elif rng.random() < 0.05:
        t2 = pick(["helpful", "app_easy", "generic", "price", "dirty"]) if topic is None else topic
        ch = pick(["app_review", "dianping" if cn else "google_review"])
        fb(c, None if (ch != "app_review" and rng.random() < 0.35) else t_s, t2, ch, tp=topic_tp(t2), br=br,
           ctx=dict(ctx, dmg=int(dmg_fee), days=int(rel_days), fuel=int(fuel_fee)))
    return t_rel


RENTALS: list = []


def simulate():
    for c in customers:
        br = c["_br"]
        cn = br[5] == "CN"
        kind = c["_kind"]
        if kind == "prospect":
            d = draw_day(br[5], False)
            t = datetime(d.year, d.month, d.day, ri(7, 23), ri(0, 59), ri(0, 59))
            c["signup_at"] = iso(t - D(minutes=ri(1, 30)))
            chan = pick(["app", "web"], [0.4, 0.6])
            device = pick(["ios", "android"]) if chan == "app" else pick(["pc", "ios", "android"], [0.6, 0.2, 0.2])
            for j in range(pick([1, 2, 3], [0.6, 0.3, 0.1])):
                cls = pick(CLASSES)
                ev(c, t + D(hours=j * float(rng.uniform(1, 72))), "tp_quote", "quote", f"Q{c['customer_id'][1:]}{j}",
                   br, channel=chan, device=device, vehicle_class=cls, 车型=CLASS_ZH[cls], currency=br[7],
                   quoted_price_local=DAY_RATE[br[7]][CLASSES.index(cls)], rental_days=1,
                   utm_source=("search_ads" if c["acquisition_channel"] == "search_ads" else None))
            continue
        if kind == "private":
            first = draw_day(br[5], False)
            dates = [first]
            while rng.random() < (0.2 if len(dates) == 1 else 0.3):
                nxt = dates[-1] + D(days=int(rng.integers(20, 400)))
                if nxt > END.date():
                    break
                dates.append(nxt)
        else:
            legacy = rng.random() < 0.45
            lo = START.date() if legacy else draw_day(br[5], True)
            hi = END.date() if rng.random() < 0.75 else lo + D(days=int(rng.integers(60, 500)))
            months = max(1, ((min(hi, END.date()) - lo).days) / 30.4)
            rate = float(rng.gamma(2.0, 0.22))
            n = max(1, int(rng.poisson(rate * months)))
            dates = sorted(x for x in (draw_day(br[5], True, lo, hi) for _ in range(n)) if x is not None)
            if legacy:
                su = datetime(2021, 1, 1) + D(days=int(rng.integers(0, 1360)))
                c["signup_at"] = iso(su.replace(hour=ri(8, 20), minute=ri(0, 59)))
        last_coupon = None
        for i, d in enumerate(dates):
            coupon_ok = last_coupon is not None and (datetime(d.year, d.month, d.day) - last_coupon).days <= 90
            t_rel = rental(c, d, i, coupon_ok)
            if t_rel is not None and c["marketing_opt_in"]:
                last_coupon = t_rel
        if not c["signup_at"]:
            t0 = FIRST.get(c["customer_id"]) or datetime(dates[0].year, dates[0].month, dates[0].day, 9)
            c["signup_at"] = iso(t0 - D(minutes=ri(3, 60 * 24 * 3)))
        if c["segment"] == "small_business":
            c["tier"] = "business" if rng.random() < 0.55 else "plus"
        else:
            c["tier"] = "plus" if len(dates) >= 2 and rng.random() < 0.6 else "standard"
        c["会员等级"] = {"business": "企业月结", "plus": "会员", "standard": "普通"}[c["tier"]]


def social():
    neg = ["damage_dispute", "deposit_slow", "queue", "licence_verify", "price", "dirty", "fuel_charge", "helpful",
           "app_easy", "generic"]
    for _ in range(260):
        br = BRANCHES[ri(0, 5)]
        cn = br[5] == "CN"
        lang = "zh" if cn else "en"
        topic = pick(neg, [0.14, 0.1, 0.08, 0.08, 0.12, 0.06, 0.06, 0.12, 0.1, 0.14])
        if topic == "damage_dispute" and rng.random() < 0.7:
            br = BR["B5"]
            lang = "en"
            lo = LONDON_SCANNER.date()
        else:
            lo = None
        if topic == "deposit_slow" and rng.random() < 0.6:
            br, lang, lo = BR["B4"], "en", SYDNEY_GATEWAY[0].date()
        if topic == "queue" and rng.random() < 0.6:
            br, lang = BR["B2"], "zh"
        d = draw_day(br[5], False, lo, (SYDNEY_GATEWAY[1] - D(days=1)).date() if topic == "deposit_slow" and
                     br[0] == "B4" else None)
        if topic == "licence_verify":
            d = draw_day(br[5], False, LICENCE_VENDOR[0].date(), (LICENCE_VENDOR[1] - D(days=1)).date())
        t = datetime(d.year, d.month, d.day, ri(7, 23), ri(0, 59))
        ch = pick(["weibo", "xiaohongshu"]) if lang == "zh" else pick(["reddit", "facebook"])
        fb(None, None if rng.random() < 0.5 else t, topic, "social", tp=None, br=None, rated=False, lang=lang,
           ctx=dict(br=br[1] if lang == "zh" else br[2]))


def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("true" if v is True else "false" if v is False else v) for k, v in r.items()})

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                           touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    ccols = ["customer_id", "signup_at", "segment", "客户类型", "region", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "home_branch_id", "home_branch", "home_branch_en", "city", "country", "preferred_language",
             "age_band", "licence_years", "industry", "行业", "marketing_opt_in"]
    dump("customers", customers, ccols)
    ecols = []
    for r in events:
        for k in r:
            if k not in ecols:
                ecols.append(k)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dump("events", events, ecols)
    ocols = []
    for r in orders:
        for k in r:
            if k not in ocols:
                ocols.append(k)
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    dump("orders", orders, ocols)
    dump("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                "language", "branch_id", "branch", "branch_en"])
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["feedback_id", "topic"])
        w.writeheader()
        w.writerows(truth)


def main() -> int:
    out = Path(sys.argv[1])
    make_customers()
    simulate()
    social()
    write(out)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"rentals {len(RENTALS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
