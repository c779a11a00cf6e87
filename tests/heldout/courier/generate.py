"""SwiftParcel 迅邮快递: a B2C parcel courier with a consumer app and merchant (sender) accounts,
six cities, four sorting hubs, 2025-01-01 .. 2026-05-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
START = datetime(2025, 1, 1)
END = datetime(2026, 5, 31, 23, 59, 0)
N = 3000
D = timedelta
PEAK_FROM, PEAK_TO = datetime(2025, 11, 5), datetime(2025, 11, 26)   # 双十一 peak: 嘉兴 hub congested
BACKLOG_FROM, BACKLOG_TO = datetime(2026, 2, 10), datetime(2026, 4, 30)  # claims team backlog (by filing date)
BUG_VERSION = "6.3.0"                                                # android 6.3.0 breaks pickup booking
VERSIONS = [(datetime(2024, 1, 1), "6.0.0"), (datetime(2025, 6, 15), "6.1.0"), (datetime(2025, 10, 1), "6.2.0"),
            (datetime(2026, 1, 10), "6.3.0"), (datetime(2026, 2, 20), "6.3.1"), (datetime(2026, 4, 15), "6.4.0")]

CITIES = ["上海", "杭州", "广州", "深圳", "北京", "成都"]
CITY_W = [0.24, 0.16, 0.18, 0.16, 0.16, 0.10]
HUB_OF = {"上海": "嘉兴转运中心", "杭州": "嘉兴转运中心", "广州": "广州白云转运中心", "深圳": "广州白云转运中心",
          "北京": "北京顺义转运中心", "成都": "成都双流转运中心"}

TOUCHPOINTS = [
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|投放|信息流广告|抖音广告|ad|ads|advert|campaign"),
    ("tp_referral", "商家推荐", "Merchant referral", "awareness", "social", "digital", "growth",
     "商家推荐|推荐寄件|包裹里的推荐卡|merchant referral|referral|referred by merchant"),
    ("tp_register", "注册开户", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|开户|新用户注册|sign up|signup|registration|account opening"),
    ("tp_quote", "运费询价", "Price quote", "consideration", "app", "digital", "pricing",
     "询价|查运费|运费估算|报价|price quote|quote|shipping rate|rate check"),
    ("tp_book_pickup", "预约取件", "Pickup booking", "consideration", "app", "digital", "product",
     "预约取件|下单寄件|约快递员|上门取件预约|book pickup|pickup booking|schedule pickup|book a courier"),
    ("tp_pickup_done", "上门揽收", "Parcel picked up", "purchase", "store", "physical", "operations",
     "揽收|揽件|快递员取件|已揽收|pickup|picked up|collection"),
    ("tp_label_paid", "运单支付", "Label paid", "purchase", "app", "digital", "payments",
     "付运费|支付运单|面单支付|付款|label paid|pay shipping|payment|postage paid"),
    ("tp_in_transit", "运输中（转运中心）", "In transit (hub scan)", "purchase", "other", "physical", "operations",
     "运输中|转运|中转|分拨|到达转运中心|in transit|hub scan|sorting|line haul"),
    ("tp_out_for_delivery", "派送中", "Out for delivery", "purchase", "other", "physical", "operations",
     "派送中|派件|出库派送|快递员派送|out for delivery|on the way|last mile"),
    ("tp_delivered", "已送达", "Delivered", "purchase", "other", "physical", "operations",
     "送达|投递成功|已妥投|delivered|delivery complete|dropped off"),
    ("tp_signed", "签收", "Signed for", "purchase", "app", "physical", "operations",
     "签收|本人签收|代签|signed|signature|proof of delivery|POD"),
    ("tp_delivery_failed", "派送失败", "Delivery attempt failed", "service", "other", "physical", "operations",
     "派送失败|投递失败|没送到|配送失败|failed delivery|delivery attempt failed|missed delivery|failed attempt"),
    ("tp_address_change", "修改地址", "Address change", "service", "app", "digital", "customer_service",
     "改地址|修改收件地址|转寄|address change|change address|redirect"),
    ("tp_lost", "包裹丢失", "Lost parcel", "service", "other", "physical", "operations",
     "丢件|包裹丢了|遗失|lost parcel|lost package|missing parcel"),
    ("tp_damaged", "包裹破损", "Damaged parcel", "service", "other", "physical", "operations",
     "破损|摔坏|压坏|外包装破了|damaged|broken|crushed"),
    ("tp_claim_filed", "提交理赔", "Claim filed", "service", "app", "digital", "claims",
     "理赔申请|索赔|报损|提交理赔|claim|file a claim|claim filed|compensation request"),
    ("tp_claim_paid", "理赔到账", "Claim paid", "service", "app", "digital", "claims",
     "理赔到账|赔付|赔款|claim paid|payout|compensation paid|settled"),
    ("tp_complaint_call", "客服投诉电话", "Complaint call", "service", "phone", "digital", "customer_service",
     "投诉|客服电话|打客服|热线|complaint|complaint call|call centre|hotline|customer service call"),
    ("tp_reship", "再寄一件", "Repeat shipment", "loyalty", "app", "digital", "product",
     "再寄一件|复寄|再来一单|回头寄件|repeat shipping|ship again|reship"),
    ("tp_rating", "配送评价", "Delivery rating", "loyalty", "app", "digital", "operations",
     "评价|打分|评星|五星|rating|rate delivery|stars|review"),
    ("tp_plan_upgrade", "商家套餐升级", "Merchant plan upgrade", "loyalty", "web", "digital", "sales",
     "升级套餐|商家套餐|升级企业版|plan upgrade|upgrade|merchant plan|tier upgrade"),
    ("tp_account_close", "注销/停用账户", "Account closed (churn)", "loyalty", "app", "digital", "customer_service",
     "注销|销户|停用账户|流失|不用了|churn|account closed|close account|cancel account"),
]
JOURNEYS = [
    ("ship_flow", "询价到付款寄件", "Quote to paid label", 3,
     ["tp_quote", "tp_book_pickup", "tp_pickup_done", "tp_label_paid"]),
    ("last_mile", "末端派送签收", "Last-mile delivery", 10,
     ["tp_in_transit", "tp_out_for_delivery", "tp_delivered", "tp_signed"]),
    ("claims", "理赔流程", "Claim to payout", 30, ["tp_claim_filed", "tp_claim_paid"]),
    ("new_sender", "新客首寄", "New sender first shipment", 14, ["tp_register", "tp_quote", "tp_label_paid"]),
]

ZH = {
    "late": ["等了快一个星期才到，说好的次日达呢", "双十一寄的件在嘉兴中转卡了好几天，物流信息一直不动",
             "太慢了，转运中心一直显示待发出", "物流三天没更新，到底在哪", "时效太差了，比承诺晚了两天",
             "嘉兴转运中心爆仓了吧，包裹一直卡在那里"],
    "failed": ["快递员根本没打电话就说派送失败", "同城当日达结果没送到，白付了加急费", "说我不在家，我明明一直在家，派送失败",
               "当日达下午就显示派送失败，太坑了", "派送失败两次了，东西还没拿到"],
    "lost": ["包裹丢了，客服只会说在查", "寄的东西丢件了，到现在没有结果", "物流显示已揽收之后就没消息了，应该是丢了"],
    "damaged": ["箱子压坏了，里面的杯子碎了", "外包装破损，东西摔坏了", "收到的时候纸箱都破了，商品有损坏"],
    "claim": ["理赔申请提交一个多月了还没到账", "理赔太慢了，催了好几次都说在审核", "赔付拖了好久，客服一直说排队处理",
              "理赔审核太慢，一个月了没人管"],
    "app": ["新版本预约取件一直闪退，根本下不了单", "安卓更新后点预约取件就闪退", "APP卡死，预约不了上门取件",
            "更新之后预约页面白屏，只能打电话"],
    "price": ["运费比以前贵了，续重太贵", "首重价格还行，但超过五公斤就很贵", "运费有点高，其他家便宜"],
    "courier": ["快递员态度很差，扔下就走", "小哥不送上楼，直接放门口也不说一声", "快递员打电话很不耐烦"],
    "praise": ["很快，第二天就到了，快递小哥很客气", "上门取件很准时，点赞", "当日达真的当天就到了，很满意",
               "包装很仔细，送得也快", "服务不错，会继续用迅邮寄件", "客服处理很及时，赞"],
    "neutral": ["还行吧，正常速度", "一般般，没什么特别的", "按时到了，没什么问题也没什么惊喜"],
}
EN = {
    "late": ["Took almost a week, so much for next-day delivery", "Parcel stuck at the Jiaxing hub for days during the "
             "Singles' Day rush", "Tracking hasn't moved in three days", "Way slower than promised, two days late"],
    "failed": ["Courier never called and marked it as a failed delivery", "Paid for same-day and it never showed up",
               "They said nobody was home, I was home all day", "Second failed attempt, still no parcel"],
    "lost": ["My parcel got lost and support just says they're checking", "Package went missing after pickup"],
    "damaged": ["Box arrived crushed and the contents were broken", "Parcel was damaged, the mug inside shattered"],
    "claim": ["Filed a claim over a month ago and still no payout", "Claim process is painfully slow, keep getting "
              "told it's in the queue", "Still waiting on my compensation, weeks later"],
    "app": ["New version crashes every time I try to book a pickup", "App freezes on the pickup booking screen after "
            "the update", "Can't schedule a pickup on Android anymore, it just crashes"],
    "price": ["Shipping got more expensive, heavy parcels cost a fortune", "Rates are higher than other couriers"],
    "courier": ["Courier was rude and just dumped the box", "Driver left it at the door without telling me"],
    "praise": ["Super fast, arrived next day, friendly courier", "Pickup was right on time, great service",
               "Same-day delivery actually came the same day, impressed", "Easy to book and quick delivery"],
    "neutral": ["It was fine, normal speed", "OK service, nothing special"],
}
NEG_TOPICS = {"late", "failed", "lost", "damaged", "claim", "app", "price", "courier"}
CALL_TOPIC = {"late": "late_delivery", "failed": "failed_delivery", "lost": "lost_parcel", "damaged": "damaged_parcel",
              "claim": "claim_slow", "courier": "courier_attitude", "price": "billing", "app": "app_issue"}


def version_at(t: datetime, lag: float) -> str:
    v = VERSIONS[0][1]
    for since, name in VERSIONS:
        if t >= since + D(days=lag):
            v = name
    return v


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    counters = {"e": 0, "w": 0, "q": 0, "f": 0, "o": 0}

    def nid(k, prefix, width):
        counters[k] += 1
        return f"{prefix}{counters[k]:0{width}d}"

    def ev(c, t, tp, action, sess="", **kw):
        if t > END or t < START:
            return
        dev = c["device"]
        r = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=t.strftime("%Y-%m-%d %H:%M:%S"),
                 touchpoint_id=tp, session_id=sess, action=action, device=dev,
                 channel={"web": "web", "ios": "app", "android": "app"}[dev] if tp != "tp_complaint_call" else "phone",
                 merchant_tier=c["tier_at"](t), app_version="" if dev == "web" else version_at(t, c["lag"]))
        r.update(kw)
        events.append(r)

    def comment(c, t, topic, channel, rating=None, ts=True, **kw):
        lang = c["lang"]
        bank = ZH if lang == "zh" else EN
        txt = bank[topic][int(rng.integers(len(bank[topic])))]
        if rng.random() < 0.3 and lang == "zh":
            txt += rng.choice(["。", "！", "，希望改进。", "，失望。" if topic in NEG_TOPICS else "，满意。"])
        label = "neg" if topic in NEG_TOPICS else ("pos" if topic == "praise" else "neu")
        r = dict(feedback_id=nid("f", "F", 5), text=txt, ts=t.strftime("%Y-%m-%d %H:%M:%S") if ts else "",
                 customer_id=c["id"], channel=channel, rating="" if rating is None else rating,
                 language=lang, topic_hint="", device=c["device"],
                 app_version="" if c["device"] == "web" else version_at(t, c["lag"]), sentiment_label=label)
        r.update(kw)
        feedback.append(r)

    global _COMMENT
    _COMMENT = comment

    # ---------------- customers
    signup_lo = datetime(2024, 3, 1)
    for i in range(N):
        cid = f"C{i + 1:05d}"
        merchant = rng.random() < 0.2
        span = (END - signup_lo).total_seconds()
        signup = signup_lo + D(seconds=float(rng.random() ** 0.8 * span * 0.97))
        city = CITIES[int(rng.choice(6, p=CITY_W))]
        if merchant:
            acq = str(rng.choice(["sales_team", "merchant_referral", "search_ads", "douyin_ads"],
                                 p=[0.35, 0.3, 0.2, 0.15]))
            tier0 = str(rng.choice(["basic", "pro", "enterprise"], p=[0.6, 0.3, 0.1]))
            device = str(rng.choice(["web", "android", "ios"], p=[0.6, 0.2, 0.2]))
            rate = {"basic": 0.55, "pro": 1.3, "enterprise": 2.8}[tier0] * rng.gamma(2, 0.5)
        else:
            acq = str(rng.choice(["merchant_referral", "douyin_ads", "app_store", "wechat", "search_ads"],
                                 p=[0.3, 0.25, 0.2, 0.15, 0.1]))
            tier0 = "none"
            device = str(rng.choice(["android", "ios"], p=[0.55, 0.45]))
            rate = 0.2 * rng.gamma(1.5, 0.67)
        # churn: referred merchants stay longer; douyin consumers leave fast
        life = rng.exponential(560 if acq == "merchant_referral" else (260 if acq == "douyin_ads" else 420))
        churn_at = signup + D(days=float(life))
        upgrade_at = None
        tier_end = tier0
        if merchant and tier0 in ("basic", "pro") and rng.random() < 0.18:
            upgrade_at = signup + D(days=float(rng.uniform(20, 400)))
            if upgrade_at < END and upgrade_at < churn_at:
                tier_end = "pro" if tier0 == "basic" else "enterprise"
            else:
                upgrade_at = None

        def tier_at(t, tier0=tier0, tier_end=tier_end, up=upgrade_at):
            return tier_end if (up is not None and t >= up) else tier0

        c = dict(id=cid, merchant=merchant, signup=signup, city=city, acq=acq, device=device, rate=rate,
                 churn=churn_at, lag=float(rng.exponential(18)), lang="en" if rng.random() < 0.17 else "zh",
                 tier_at=tier_at, tier_end=tier_end, tier0=tier0, upgrade=upgrade_at, ships=[],
                 pay=("monthly_account" if merchant and rng.random() < 0.75 else
                      str(rng.choice(["wechat_pay", "alipay", "bank_card"], p=[0.5, 0.38, 0.12]))))
        customers.append(c)

    # ---------------- per customer activity
    for c in customers:
        # awareness + sign-up
        t0 = c["signup"]
        if c["acq"] in ("douyin_ads", "search_ads"):
            ev(c, t0 - D(minutes=float(rng.uniform(3, 600))), "tp_ad_click", "click",
               ad_source="douyin" if c["acq"] == "douyin_ads" else "baidu")
        elif c["acq"] == "merchant_referral":
            ev(c, t0 - D(minutes=float(rng.uniform(3, 2000))), "tp_referral", "click")
        ev(c, t0, "tp_register", "submit", origin_city=c["city"])
        if c["upgrade"] is not None:
            ev(c, c["upgrade"], "tp_plan_upgrade", "success", new_tier=c["tier_end"],
               merchant_tier_before=c["tier0"])
        # shipments as a thinned Poisson process
        t = t0 + D(hours=float(rng.exponential(30 if c["acq"] != "douyin_ads" else 120)))
        first = True
        while t < min(END, c["churn"]):
            season = 1.0
            if datetime(2025, 11, 1) <= t < datetime(2025, 11, 30):
                season = 1.9
            elif datetime(2025, 6, 10) <= t < datetime(2025, 6, 25):
                season = 1.4
            elif datetime(2026, 1, 20) <= t < datetime(2026, 2, 20):
                season = 0.6                                    # spring festival
            if t >= START and (first or rng.random() < season / 1.9):
                attempt(c, t, first, rng, ev, comment, orders, nid)
                first = False
            t += D(days=float(rng.exponential(30.0 / c["rate"] / 1.9)))
        last = max([s for s in c["ships"]], default=None)
        if c["churn"] < END and rng.random() < 0.25:
            ev(c, c["churn"] + D(days=float(rng.uniform(1, 20))), "tp_account_close", "submit")
        c["last_ship"] = last

    # app reviews (some without ts) — android 6.3.0 crash reviews planted
    for c in customers:
        if c["device"] == "web" or rng.random() > 0.12:
            continue
        t = c["signup"] + D(days=float(rng.uniform(1, 400)))
        if t > END or t < START:
            continue
        v = version_at(t, c["lag"])
        if c["device"] == "android" and v == BUG_VERSION:
            topic, rating = "app", 1
        else:
            topic = str(rng.choice(["praise", "neutral", "app", "price"], p=[0.55, 0.2, 0.1, 0.15]))
            rating = {"praise": 5, "neutral": 3, "app": 2, "price": 3}[topic] - int(rng.random() < 0.3)
        comment(c, t, topic, "app_review", rating=rating, ts=rng.random() > 0.2, touchpoint_id="tp_book_pickup"
                if topic == "app" else ("tp_quote" if topic == "price" else ""))
    # extra: burst of android 6.3.0 reviews
    for c in customers:
        if c["device"] != "android":
            continue
        t = datetime(2026, 1, 12) + D(days=float(rng.uniform(0, 38)))
        if version_at(t, c["lag"]) == BUG_VERSION and c["signup"] < t and rng.random() < 0.18:
            comment(c, t, "app", "app_review", rating=1, ts=rng.random() > 0.15, touchpoint_id="tp_book_pickup")

    # ---------------- customers table
    def segment(c):
        ships = [s for s in c["ships"]]
        if not ships:
            return "inactive"
        if max(ships) < END - D(days=90):
            return "churned"
        if c["signup"] > END - D(days=60):
            return "new"
        if len(ships) >= 12:
            return "vip"
        if max(ships) < END - D(days=45):
            return "at_risk"
        return "active"

    crow = []
    for c in customers:
        crow.append(dict(customer_id=c["id"], signup_at=c["signup"].strftime("%Y-%m-%d %H:%M:%S"),
                         segment=segment(c), region=c["city"], acquisition_channel=c["acq"], tier=c["tier_end"],
                         account_type="merchant" if c["merchant"] else "consumer", primary_device=c["device"],
                         preferred_payment=c["pay"], language=c["lang"]))

    # exact duplicate event rows (re-sent tracking pings), loaded once
    dup_idx = rng.choice(len(events), 90, replace=False)
    events.extend(dict(events[int(i)]) for i in dup_idx)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                              "account_type", "primary_device", "preferred_payment", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "origin_city", "dest_city", "hub", "service_level", "weight_kg",
                             "transit_hours", "declared_value", "merchant_tier", "payment_method", "app_version",
                             "fail_reason", "complaint_topic", "stars", "claim_type", "claim_amount", "new_tier",
                             "merchant_tier_before", "ad_source"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "waybill_id",
                             "service_level", "origin_city", "dest_city", "hub", "weight_kg", "declared_value",
                             "payment_method", "merchant_tier", "app_version", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "waybill_id", "hub", "origin_city", "dest_city", "service_level",
                                 "device", "app_version", "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def attempt(c, t, first, rng, ev, comment, orders, nid):
    """one shipping attempt: maybe a quote, maybe a booking, pickup, payment, the parcel's trip and after-care."""
    wb = nid("w", "SP", 7)
    dev = c["device"]
    ver = "" if dev == "web" else version_at(t, c["lag"])
    orig = c["city"]
    p_local = 0.35 if not c["merchant"] else 0.2
    dest = orig if rng.random() < p_local else CITIES[int(rng.choice(6, p=CITY_W))]
    if dest == orig:
        level = str(rng.choice(["same_day", "express", "standard"], p=[0.4, 0.35, 0.25]))
    else:
        level = str(rng.choice(["express", "standard"], p=[0.45, 0.55]))
    weight = round(float(min(45.0, rng.lognormal(0.75 if not c["merchant"] else 1.05, 0.8))), 2)
    declared = round(float(rng.lognormal(5.0 if not c["merchant"] else 5.6, 0.9)), 0)
    hub = HUB_OF[orig]
    tier = c["tier_at"](t)
    base = {"standard": 8.0, "express": 14.0, "same_day": 25.0}[level]
    per = {"standard": 2.0, "express": 4.0, "same_day": 5.0}[level]
    price = base + per * max(0.0, np.ceil(weight) - 1) + (0.0 if dest == orig else 4.0)
    price *= {"none": 1.0, "basic": 0.95, "pro": 0.88, "enterprise": 0.8}[tier]
    price = round(price, 2)
    common = dict(origin_city=orig, dest_city=dest, hub=hub, service_level=level, weight_kg=weight,
                  declared_value=declared)
    # repeat shipments sometimes start from the "ship again" button
    if not first and rng.random() < 0.3:
        ev(c, t - D(minutes=float(rng.uniform(1, 5))), "tp_reship", "click", wb, **common)
    quoted = (not c["merchant"]) or rng.random() < 0.45
    tq = t
    if quoted:
        ev(c, tq, "tp_quote", "view", wb, **common)
        p_book = 0.76 if not c["merchant"] else 0.9
        if dev == "android" and ver == BUG_VERSION:
            p_book = 0.38
        if level == "same_day":
            p_book -= 0.05
        if weight > 20:
            p_book -= 0.2                                    # heavy parcels are pricey: many quotes abandoned
        if rng.random() > p_book:
            return
    tb = tq + D(minutes=float(rng.uniform(2, 40)))
    ev(c, tb, "tp_book_pickup", "submit", wb, **common)
    if rng.random() > 0.94:                                  # pickup missed / cancelled
        return
    tp_ = tb + D(hours=float(rng.uniform(0.5, 3.0) if level == "same_day" else rng.uniform(1, 20)))
    ev(c, tp_, "tp_pickup_done", "success", wb, **common)
    if rng.random() > 0.985:
        return
    tl = tp_ + D(minutes=float(rng.uniform(1, 90)))
    if tl > END:
        return
    pay = c["pay"]
    ev(c, tl, "tp_label_paid", "success", wb, payment_method=pay, **common)
    c["ships"].append(tl)
    order = dict(order_id=nid("o", "L", 7), customer_id=c["id"], ts=tl.strftime("%Y-%m-%d %H:%M:%S"), amount=price,
                 status="paid", channel="web" if dev == "web" else "app", device=dev, waybill_id=wb,
                 merchant_tier=tier, payment_method=pay, app_version=ver, currency="CNY", **common)
    orders.append(order)
    # ---- the trip
    peak = PEAK_FROM <= tp_ < PEAK_TO
    if level == "same_day":
        hours = float(rng.uniform(3, 9))
    elif level == "express":
        hours = float(rng.gamma(8, 3.2)) + (0 if dest == orig else 4)
    else:
        hours = float(rng.gamma(10, 5.0)) + (0 if dest == orig else 6)
    if peak and level != "same_day":
        hours += 8 if hub != "嘉兴转运中心" else float(rng.uniform(35, 70))
    ti = tp_ + D(hours=float(rng.uniform(1, 4)))
    ev(c, ti, "tp_in_transit", "scan", wb, **common)
    if rng.random() < 0.035:
        ev(c, ti + D(hours=float(rng.uniform(1, 10))), "tp_address_change", "submit", wb, **common)
    lost = rng.random() < (0.009 if not peak else 0.02)
    complaint = None
    rating_bias = 0.0
    if lost:
        ev(c, ti + D(hours=float(rng.uniform(24, 120))), "tp_lost", "fail", wb, **common)
        claim(c, ti + D(days=float(rng.uniform(3, 8))), "lost", declared, price, order, wb, common, rng, ev, 0.92)
        complaint = "lost"
        rating_bias = -9
    else:
        t_out = tp_ + D(hours=hours * 0.8)
        p_fail = 0.06
        if level == "same_day":
            p_fail = 0.27 if orig == "广州" else 0.07
        n_fail = 0
        while True:
            ev(c, t_out, "tp_out_for_delivery", "dispatch", wb, **common)
            if rng.random() < p_fail and n_fail < 2:
                n_fail += 1
                ev(c, t_out + D(hours=float(rng.uniform(1, 5))), "tp_delivery_failed", "fail", wb,
                   fail_reason=str(rng.choice(["recipient_absent", "courier_overloaded", "address_wrong"],
                                              p=[0.5, 0.3, 0.2] if level != "same_day" or orig != "广州"
                                              else [0.2, 0.7, 0.1])), **common)
                t_out += D(hours=float(rng.uniform(16, 26)))
                p_fail = 0.1
                continue
            break
        t_del = t_out + D(hours=float(rng.uniform(0.5, 4)))
        th = round((t_del - tp_).total_seconds() / 3600, 1)
        ev(c, t_del, "tp_delivered", "success", wb, transit_hours=th, **common)
        if rng.random() < 0.96:
            ev(c, t_del + D(minutes=float(rng.uniform(1, 300))), "tp_signed", "success", wb, **common)
        if n_fail and level == "same_day" and rng.random() < 0.7:
            order["status"] = "refunded"
        elif rng.random() < 0.008:
            order["status"] = "refunded"
        if n_fail:
            complaint = "failed"
            rating_bias -= 2
        late = th > {"same_day": 12, "express": 36, "standard": 72}[level]
        if late:
            complaint = complaint or "late"
            rating_bias -= 2
        if rng.random() < 0.02:
            ev(c, t_del + D(hours=float(rng.uniform(1, 30))), "tp_damaged", "fail", wb, **common)
            claim(c, t_del + D(days=float(rng.uniform(0.5, 4))), "damaged", declared, price, order, wb, common,
                  rng, ev, 0.7)
            complaint = "damaged"
            rating_bias -= 3
        # rating
        if rng.random() < 0.28:
            stars = int(np.clip(round(4.6 + rating_bias * 0.7 + rng.normal(0, 0.6)), 1, 5))
            tr = t_del + D(hours=float(rng.uniform(1, 48)))
            ev(c, tr, "tp_rating", "submit", wb, stars=stars, **common)
            if rng.random() < 0.45 and tr <= END:
                topic = complaint if (complaint and stars <= 3) else ("praise" if stars >= 4 else "neutral")
                if topic == "praise" and rng.random() < 0.08:
                    topic = "courier"
                    stars = 2
                tpid = {"late": "tp_in_transit", "failed": "tp_delivery_failed", "damaged": "tp_damaged",
                        "courier": "tp_out_for_delivery"}.get(topic, "tp_rating")
                comment(c, tr, topic, "delivery_rating", rating=stars, waybill_id=wb, hub=hub, origin_city=orig,
                        dest_city=dest, service_level=level, touchpoint_id=tpid)
    # complaint call
    p_call = {"lost": 0.6, "damaged": 0.45, "failed": 0.3, "late": 0.18, None: 0.004}[complaint]
    if rng.random() < p_call:
        topic = complaint or str(rng.choice(["courier", "price"]))
        tc = (tp_ + D(hours=hours + float(rng.uniform(2, 72)))) if topic not in ("lost",) else \
            ti + D(days=float(rng.uniform(2, 6)))
        if tc <= END:
            ev(c, tc, "tp_complaint_call", "call", wb, complaint_topic=CALL_TOPIC[topic], **common)
            comment(c, tc, topic, "call_note", ts=rng.random() > 0.06, waybill_id=wb, hub=hub, origin_city=orig,
                    dest_city=dest, service_level=level, touchpoint_id="tp_complaint_call")


def claim(c, t, kind, declared, price, order, wb, common, rng, ev, p_file):
    if rng.random() > p_file or t > END:
        return
    ev(c, t, "tp_claim_filed", "submit", wb, claim_type=kind, **common)
    backlog = BACKLOG_FROM <= t < BACKLOG_TO
    days = float(rng.gamma(3, 3.2)) if not backlog else float(rng.gamma(6, 7.0))
    if rng.random() < 0.85:
        tpay = t + D(days=days)
        amt = round(float(min(declared, 2000.0) + price) if kind == "lost" else float(min(declared, 2000.0) * 0.5), 2)
        ev(c, tpay, "tp_claim_paid", "success", wb, claim_type=kind, claim_amount=amt, **common)
        if tpay <= END:
            order["status"] = "claimed"
        if backlog and days > 21 and rng.random() < 0.9:
            c_t = t + D(days=float(rng.uniform(20, min(days, 60))))
            if c_t <= END:
                ev(c, c_t, "tp_complaint_call", "call", wb, complaint_topic="claim_slow", **common)
                comment_claim(c, c_t, wb, common, rng)


_COMMENT = None


def comment_claim(c, t, wb, common, rng):
    _COMMENT(c, t, "claim", "call_note", ts=True, waybill_id=wb, hub=common["hub"], origin_city=common["origin_city"],
             dest_city=common["dest_city"], service_level=common["service_level"], touchpoint_id="tp_claim_filed")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
