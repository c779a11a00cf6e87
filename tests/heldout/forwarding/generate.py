"""集运通 ShipBridge: cross-border parcel forwarding (集运) for overseas Chinese, 2024-09-01 .. 2026-06-30.

    python generate.py OUTDIR

Customers abroad buy on Taobao / JD / Pinduoduo, the parcels go to a ShipBridge warehouse in China (广州仓 or
义乌仓), are consolidated into one box and shipped abroad by air, sea or express. Writes touchpoints, customers,
events, journeys, orders and feedback as CSV following DATA.md (no experiments table). Deterministic (fixed
seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
START = datetime(2024, 9, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 3500
D = timedelta

COUNTRIES = ["United States", "Canada", "Australia", "United Kingdom", "Singapore", "New Zealand", "Germany",
             "Malaysia"]
COUNTRY_W = [0.27, 0.15, 0.19, 0.12, 0.08, 0.06, 0.07, 0.06]
COUNTRY_ZH = {"United States": "美国", "Canada": "加拿大", "Australia": "澳大利亚", "United Kingdom": "英国",
              "Singapore": "新加坡", "New Zealand": "新西兰", "Germany": "德国", "Malaysia": "马来西亚"}
REGION = {"United States": "North America", "Canada": "North America", "Australia": "Oceania",
          "New Zealand": "Oceania", "United Kingdom": "Europe", "Germany": "Europe", "Singapore": "Southeast Asia",
          "Malaysia": "Southeast Asia"}
CURRENCY = {"United States": "USD", "Canada": "CAD", "Australia": "AUD", "United Kingdom": "GBP",
            "Singapore": "SGD", "New Zealand": "NZD", "Germany": "EUR", "Malaysia": "MYR"}
# departure -> arrival at destination customs, days (mean), by line
TRANSIT = {
    "air": {"United States": 6.0, "Canada": 6.5, "Australia": 6.5, "United Kingdom": 6.0, "Singapore": 3.0,
            "New Zealand": 6.5, "Germany": 7.0, "Malaysia": 3.0},
    "sea": {"United States": 30.0, "Canada": 33.0, "Australia": 26.0, "United Kingdom": 38.0, "Singapore": 12.0,
            "New Zealand": 30.0, "Germany": 40.0, "Malaysia": 12.0},
    "express": {"United States": 2.5, "Canada": 2.5, "Australia": 2.5, "United Kingdom": 2.5, "Singapore": 1.5,
                "New Zealand": 3.0, "Germany": 2.5, "Malaysia": 1.5},
}
LAST_MILE = {"United States": 2.5, "Canada": 3.0, "Australia": 2.5, "United Kingdom": 2.0, "Singapore": 1.0,
             "New Zealand": 2.5, "Germany": 2.5, "Malaysia": 1.2}
HOLD_P = {"United States": 0.04, "Canada": 0.05, "Australia": 0.24, "United Kingdom": 0.05, "Singapore": 0.02,
          "New Zealand": 0.08, "Germany": 0.06, "Malaysia": 0.03}
HOLD_REASONS = ["food_declaration", "missing_invoice", "over_duty_threshold", "biosecurity_inspection",
                "restricted_item"]
HOLD_W = {"Australia": [0.25, 0.1, 0.07, 0.5, 0.08], "New Zealand": [0.3, 0.15, 0.05, 0.4, 0.1]}
HOLD_W_DEFAULT = [0.25, 0.3, 0.3, 0.0, 0.15]
PRICE = {"air": (40.0, 42.0), "sea": (90.0, 16.0), "express": (60.0, 75.0)}   # base CNY + CNY per kg
COUNTRY_MULT = {"United States": 1.0, "Canada": 1.1, "Australia": 1.05, "United Kingdom": 1.0, "Singapore": 0.55,
                "New Zealand": 1.15, "Germany": 1.1, "Malaysia": 0.55}
FEE_HIKE = datetime(2025, 8, 1)            # price list +18 % (air, express) / +15 % (sea) for payments from here
SOURCES = ["wechat", "xiaohongshu", "google", "facebook", "referral", "forum"]
SOURCE_W = [0.3, 0.22, 0.14, 0.12, 0.12, 0.1]
FIRST_PARCEL_P = {"wechat": 0.66, "xiaohongshu": 0.6, "google": 0.5, "facebook": 0.3, "referral": 0.82, "forum": 0.62}
TIERS = ["standard", "silver", "gold"]
TIER_W = [0.66, 0.24, 0.10]
SHIP_RATE = {"standard": 0.3, "silver": 0.6, "gold": 1.1}     # shipments per month while active

TOUCHPOINTS = [
    ("tp_visit_site", "访问官网/小程序", "Visit website", "awareness", "web", "digital", "marketing",
     "官网|小程序|落地页|了解集运|website|landing page|visit"),
    ("tp_register", "注册账号", "Sign up", "consideration", "app", "digital", "growth",
     "注册|开户|新用户注册|sign up|signup|register|registration|create account"),
    ("tp_get_address", "获取仓库地址", "Get warehouse address", "consideration", "app", "digital", "growth",
     "仓库地址|收货地址|复制地址|集运地址|warehouse address|get address|shipping address"),
    ("tp_parcel_arrived", "包裹入库", "Parcel arrived at warehouse", "service", "store", "physical", "warehouse",
     "入库|到仓|包裹到仓|签收入库|parcel arrived|arrived at warehouse|inbound|check-in|received at warehouse"),
    ("tp_consolidation_request", "申请合箱", "Consolidation requested", "purchase", "app", "digital", "warehouse",
     "合箱|合并打包|申请打包|提交集运|申请发货|consolidation|consolidate|request consolidation|ship request"),
    ("tp_packed", "打包完成", "Packed", "service", "store", "physical", "warehouse",
     "打包|包装|称重|加固|packed|packing|weighed|repack"),
    ("tp_pay_shipping", "支付运费", "Shipping fee paid", "purchase", "app", "digital", "payments",
     "付运费|支付运费|交运费|运费支付|pay shipping|shipping fee paid|payment|checkout"),
    ("tp_departed", "出库发运", "Departed", "service", "other", "physical", "logistics",
     "发运|出库|发货|起飞|开船|离仓|departed|dispatched|shipped out|left warehouse"),
    ("tp_tracking_check", "查询物流", "Tracking checked", "service", "app", "digital", "customer_service",
     "查物流|物流轨迹|查单号|跟踪|tracking|track parcel|track my package|tracking check"),
    ("tp_customs_hold", "海关扣货", "Customs hold", "service", "other", "physical", "customs",
     "扣货|海关扣留|被扣|查验|customs hold|held at customs|customs inspection|detained"),
    ("tp_docs_submitted", "提交清关资料", "Customs documents submitted", "service", "app", "digital", "customs",
     "补资料|清关资料|提交发票|申报资料|documents submitted|customs documents|submit invoice|paperwork"),
    ("tp_customs_released", "海关放行", "Released by customs", "service", "other", "physical", "customs",
     "放行|解除扣留|released|customs release|release"),
    ("tp_customs_cleared", "清关完成", "Customs cleared", "service", "other", "physical", "customs",
     "清关|清关完成|通关|customs cleared|clearance|cleared customs"),
    ("tp_delivered", "签收", "Delivered", "service", "other", "physical", "logistics",
     "签收|送达|妥投|收到包裹|delivered|delivery|received|proof of delivery"),
    ("tp_claim_filed", "提交理赔（丢件/破损）", "Claim filed (lost/damaged)", "service", "app", "digital", "claims",
     "理赔|索赔|丢件|破损|报损|claim|file a claim|lost parcel|damaged parcel"),
    ("tp_claim_paid", "理赔到账", "Claim paid", "service", "app", "digital", "claims",
     "赔付|赔款到账|理赔到账|赔偿|claim paid|compensation|payout|reimbursed"),
]
JOURNEYS = [
    ("onboarding", "开户上手", "Onboarding", 30, ["tp_register", "tp_get_address", "tp_parcel_arrived"]),
    ("shipment", "集运发货", "Shipment", 90,
     ["tp_parcel_arrived", "tp_consolidation_request", "tp_packed", "tp_pay_shipping", "tp_departed",
      "tp_customs_cleared", "tp_delivered"]),
    ("customs_hold", "海关扣货处理", "Customs hold", 30, ["tp_customs_hold", "tp_docs_submitted", "tp_customs_released"]),
    ("claim", "丢件破损理赔", "Lost or damaged claim", 45, ["tp_claim_filed", "tp_claim_paid"]),
]

ZH = {
    "customs_slow": ["清关太慢了，卡在海关快两个星期", "包裹被海关扣了，补了资料又等了一周才放行", "澳洲海关查验太久，清关等了好多天",
                     "每次寄澳洲都卡在海关，心累", "清关太慢，买的零食差点过期"],
    "damaged": ["收到的时候外箱烂了，里面的碗压坏了两个", "陶瓷杯摔碎了，申请理赔中", "箱子破损严重，衣服都脏了",
                "化妆品瓶子压坏了漏了一箱", "东西坏了好几件，打包太敷衍"],
    "good_pack": ["打包很用心，易碎品都加了气泡膜", "包装很结实，跨了半个地球一点事没有", "仓库打包专业，还帮我去掉了多余的鞋盒",
                  "加固做得好，下次还用", "打包很用心，箱子方方正正"],
    "expensive": ["运费太贵了，一公斤快五十块", "又涨价了？这个月运费比上个月贵了一截", "涨价了也不提前通知，收费太高",
                  "运费太贵，考虑换别家了", "首重续重都涨价了，有点肉疼"],
    "tracking": ["物流信息不更新，半个月了还是已发运", "轨迹一直不动，不知道货到哪了", "海运单号没更新，客服也说不清",
                 "查不到物流，很着急", "物流信息不更新，每天刷好几次"],
    "slow_sea": ["海运太慢了，等了一个多月", "海运便宜是便宜，就是太慢", "海运等了快两个月才到"],
    "fast": ["空运很快，一周就到了", "速度快，比预想的早到", "快递线真的快，三四天就收到了", "这次空运很快，满意"],
    "lost": ["包裹丢了，理赔还在走流程", "丢件了！等了两个月说找不到", "整箱丢件，太离谱了"],
    "service": ["客服回复很快，问题当天解决", "客服小姐姐很耐心，帮我改了地址", "客服回复很快，赞"],
    "neutral": ["还行，正常收到了", "一般般吧，没什么特别的", "价格和时效都中规中矩"],
    "app": ["小程序用着挺方便的", "App合箱页面有点卡", "入库通知很及时"],
}
EN = {
    "customs_slow": ["Customs took forever, stuck in customs for two weeks", "Held at customs again, had to send an invoice",
                     "Customs delay of 10 days, really frustrating", "Australian customs took forever to clear my box"],
    "damaged": ["Box arrived damaged and two bowls were broken", "My ceramic mugs were smashed inside",
                "Parcel arrived damaged, the outer box was crushed", "Half my snacks were crushed, poor packing"],
    "good_pack": ["Great packing, everything wrapped in bubble wrap", "Packed really well, nothing moved at all",
                  "Solid packaging, the warehouse team did a great job", "Great packing as always"],
    "expensive": ["Shipping is getting too expensive", "Fees went up a lot this month, not happy",
                  "Price increase with no warning, way overpriced now", "Too expensive compared to last year"],
    "tracking": ["Tracking not updating for weeks", "Tracking hasn't updated since it left China",
                 "No tracking updates on my sea shipment", "Tracking stuck on departed, no idea where it is"],
    "slow_sea": ["Sea freight took ages, over a month", "Sea shipping is cheap but so slow"],
    "fast": ["Air shipping arrived fast, about a week", "Super quick delivery with express", "Arrived fast, very happy"],
    "lost": ["My parcel was lost, still waiting on the claim", "Lost my package, support says they can't find it"],
    "service": ["Customer service was helpful and replied fast", "Support sorted my issue the same day"],
    "neutral": ["It was fine, arrived as expected", "Average service, nothing special"],
    "app": ["The app is easy to use", "Consolidation page in the app is a bit slow"],
}
NEG = {"customs_slow", "damaged", "expensive", "tracking", "slow_sea", "lost"}
POS = {"good_pack", "fast", "service"}
TOPIC_TP = {"customs_slow": "tp_customs_hold", "damaged": "tp_delivered", "good_pack": "tp_packed",
            "expensive": "tp_pay_shipping", "tracking": "tp_tracking_check", "slow_sea": "tp_delivered",
            "fast": "tp_delivered", "lost": "tp_claim_filed", "service": "tp_tracking_check",
            "neutral": "tp_delivered", "app": "tp_consolidation_request"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def season(t: datetime) -> float:
    """demand multiplier for parcel buying: 双十一 / 黑五 peak, 618, spring-festival trough."""
    m, d = t.month, t.day
    x = 1.0
    if m == 11:
        x = 2.3 if d <= 15 else 1.8
    elif m == 12:
        x = 1.3
    elif m == 6 and d <= 20:
        x = 1.5
    elif m == 2:
        x = 0.6
    return x


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "s": 0, "f": 0, "o": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def ev(c, t, tp, action, ship="", ops=False, **kw):
        if t > END or t < START:
            return False
        r = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=ship,
                 action=action, device="" if ops else c["device"], channel="" if ops else c["channel"])
        r.update(kw)
        events.append(r)
        return True

    def comment(c, t, topic, channel, rating=None, ts=True, **kw):
        if t > END or t < START:
            return
        bank = ZH if c["lang"] == "zh" else EN
        txt = bank[topic][int(rng.integers(len(bank[topic])))]
        if c["lang"] == "zh" and rng.random() < 0.3:
            txt += str(rng.choice(["。", "！", "，希望改进" if topic in NEG else "，满意", "～"]))
        label = "neg" if topic in NEG else ("pos" if topic in POS else "neu")
        r = dict(feedback_id=nid("f", "FB", 5), text=txt, ts=fmt(t) if ts else "", customer_id=c["id"],
                 touchpoint_id=TOPIC_TP[topic], channel=channel, rating="" if rating is None else int(rating),
                 language=c["lang"], sentiment_label=label)
        r.update(kw)
        feedback.append(r)

    # ---------------- customers
    total_days = (END - D(days=20) - START).days
    day_w = np.array([(0.6 + 0.8 * k / total_days) * season(START + D(days=k)) for k in range(total_days)])
    day_w /= day_w.sum()
    for i in range(N):
        country = COUNTRIES[int(rng.choice(len(COUNTRIES), p=COUNTRY_W))]
        src = SOURCES[int(rng.choice(len(SOURCES), p=SOURCE_W))]
        tier = TIERS[int(rng.choice(3, p=TIER_W))]
        device = str(rng.choice(["ios", "android", "pc"], p=[0.5, 0.3, 0.2]))
        channel = "web" if device == "pc" else ("mini_program" if src == "wechat" else "app")
        p_en = {"United States": 0.3, "Canada": 0.25, "Australia": 0.25, "United Kingdom": 0.3, "Singapore": 0.2,
                "New Zealand": 0.25, "Germany": 0.15, "Malaysia": 0.1}[country]
        if rng.random() < 0.25:                       # signed up before the data window (no onboarding events)
            signup = START - D(days=float(rng.uniform(20, 420)))
        else:
            signup = START + D(days=int(rng.choice(total_days, p=day_w)), minutes=float(rng.uniform(0, 1440)))
        wh = "广州仓" if rng.random() < 0.64 else "义乌仓"
        c = dict(id=f"C{i + 1:05d}", country=country, src=src, tier=tier, device=device, channel=channel,
                 lang="en" if rng.random() < p_en else "zh", signup=signup, wh=wh,
                 pay=str(rng.choice(["alipay", "wechat_pay", "paypal", "credit_card"], p=[0.35, 0.25, 0.25, 0.15])))
        customers.append(c)

    for c in customers:
        if rng.random() < 0.7:
            ev(c, c["signup"] - D(minutes=float(rng.uniform(3, 2000))), "tp_visit_site", "view",
               channel="web" if c["device"] == "pc" else c["channel"])
        ev(c, c["signup"], "tp_register", "submit")
        if rng.random() > 0.84:
            continue
        ta = c["signup"] + D(minutes=float(rng.exponential(600)))
        ev(c, ta, "tp_get_address", "view")
        if rng.random() > FIRST_PARCEL_P[c["src"]]:
            continue
        delay = rng.uniform(2, 26) if rng.random() < 0.88 else rng.uniform(32, 80)
        t = ta + D(days=float(delay))
        if t < START:
            t = START + D(days=float(rng.uniform(0, 75)))
        active_until = t + D(days=float(rng.exponential(420)))
        first = True
        while t < END and t < active_until:
            shipment(c, t, first, rng, ev, comment, orders, nid)
            first = False
            t_prev = t
            while True:                                   # thinning: shipment starts follow the season
                t = t + D(days=float(rng.exponential(30.0 / SHIP_RATE[c["tier"]] / 2.3)))
                if rng.random() < season(t) / 2.3:
                    break
            t = max(t, t_prev + D(days=12))
        # app-store style reviews, not tied to a shipment (part without a date)
        if rng.random() < 0.09:
            tr = c["signup"] + D(days=float(rng.uniform(1, 90)))
            topic = str(rng.choice(["app", "service", "expensive", "neutral"], p=[0.4, 0.25, 0.2, 0.15]))
            if topic == "expensive" and tr < FEE_HIKE:
                topic = "neutral"
            rating = {"app": 4, "service": 5, "expensive": 2, "neutral": 3}[topic] - int(rng.random() < 0.3)
            comment(c, tr, topic, "app_review", rating=rating, ts=rng.random() > 0.3)

    # ---------------- write
    crow = [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), region=REGION[c["country"]],
                 destination_country=c["country"], 目的国=COUNTRY_ZH[c["country"]], customer_tier=c["tier"],
                 signup_source=c["src"], primary_device=c["device"], language=c["lang"]) for c in customers]
    dup = rng.choice(len(events), 50, replace=False)
    events.extend(dict(events[int(i)]) for i in dup)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    feedback.sort(key=lambda r: r["feedback_id"])

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", crow, ["customer_id", "signup_at", "region", "destination_country", "目的国", "customer_tier",
                              "signup_source", "primary_device", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "warehouse", "shipping_line", "weight_kg", "parcel_count", "insurance_bought",
                             "customs_hold_reason", "claim_type", "claim_amount", "store"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "shipment_id",
                             "warehouse", "shipping_line", "weight_kg", "parcel_count", "insurance_bought",
                             "shipping_fee", "insurance_fee", "currency", "payment_method", "card_currency", "note"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "shipment_id", "warehouse", "shipping_line", "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def shipment(c, t0, first, rng, ev, comment, orders, nid):
    """one consolidated shipment: parcels arrive → consolidation → packed → paid → departed → customs → delivered."""
    s = nid("s", "SB", 6)
    wh = c["wh"] if rng.random() < 0.88 else ("义乌仓" if c["wh"] == "广州仓" else "广州仓")
    country = c["country"]
    n = int(min(10, 1 + rng.poisson(2.0 * (1.5 if t0.month == 11 else 1.0))))
    arrivals = sorted(t0 + D(days=float(rng.uniform(0, 12)) if k else 0.0) for k in range(n))
    weights = [round(float(np.clip(rng.lognormal(np.log(1.3), 0.7), 0.1, 15.0)), 2) for _ in range(n)]
    stores = ["taobao", "jd", "pinduoduo", "tmall", "1688"]
    for ta, w in zip(arrivals, weights):
        ev(c, ta, "tp_parcel_arrived", "scan", s, ops=True, warehouse=wh, weight_kg=w,
           store=str(rng.choice(stores, p=[0.42, 0.22, 0.14, 0.16, 0.06])))
    if rng.random() < 0.08:                                           # parcels left in the warehouse
        return
    actual = sum(weights)
    if actual > 12:
        line = str(rng.choice(["air", "sea", "express"], p=[0.32, 0.56, 0.12]))
    else:
        line = str(rng.choice(["air", "sea", "express"], p=[0.55, 0.17, 0.28]))
    tc = arrivals[-1] + D(days=float(rng.uniform(0.3, 5)))
    if not ev(c, tc, "tp_consolidation_request", "submit", s, warehouse=wh, shipping_line=line, parcel_count=n):
        return
    pack_days = rng.gamma(2.0, 0.6) if wh == "广州仓" else rng.gamma(2.5, 1.05)
    tp = tc + D(days=float(pack_days))
    charge = round(actual * 1.08 + 0.3, 1)
    common = dict(warehouse=wh, shipping_line=line, parcel_count=n, weight_kg=charge)
    if not ev(c, tp, "tp_packed", "scan", s, ops=True, **common):
        return
    p_pay = 0.94
    if FEE_HIKE <= tp < datetime(2025, 10, 1):
        p_pay = 0.72
    elif tp >= datetime(2025, 10, 1):
        p_pay = 0.89
    if rng.random() > p_pay:
        if tp >= FEE_HIKE and rng.random() < 0.18:
            comment(c, tp + D(hours=float(rng.uniform(1, 48))), "expensive", "ticket", ts=rng.random() > 0.1,
                    shipment_id=s, warehouse=wh, shipping_line=line)
        return
    tpay = tp + D(hours=float(rng.uniform(1, 96)))
    insured = rng.random() < (0.5 if c["tier"] == "gold" else 0.28)
    base, per = PRICE[line]
    hike = 1.0 if tpay < FEE_HIKE else (1.15 if line == "sea" else 1.18)
    fee = (base + per * max(charge, 5.0 if line == "sea" else 0.5)) * COUNTRY_MULT[country] * hike
    fee = round(fee * float(rng.uniform(0.97, 1.03)), 2)
    declared = round(float(n * rng.uniform(80, 320)), 0)
    ins_fee = round(max(10.0, declared * 0.03), 2) if insured else 0.0
    ins = "true" if insured else "false"
    common["insurance_bought"] = ins
    if not ev(c, tpay, "tp_pay_shipping", "success", s, **common):
        return
    refunded = rng.random() < 0.03
    card = CURRENCY[country] if c["pay"] in ("paypal", "credit_card") else "CNY"
    note = ""
    if card != "CNY" and rng.random() < 0.3:
        note = "按人民币结算，外币金额以银行汇率为准"
    orders.append(dict(order_id=nid("o", "SO", 6), customer_id=c["id"], ts=fmt(tpay), amount=round(fee + ins_fee, 2),
                       status="refunded" if refunded else "paid", channel=c["channel"], device=c["device"],
                       shipment_id=s, warehouse=wh, shipping_line=line, weight_kg=charge, parcel_count=n,
                       insurance_bought=ins, shipping_fee=fee, insurance_fee=ins_fee, currency="CNY",
                       payment_method=c["pay"], card_currency=card, note=note))
    if refunded:
        return
    wait = rng.uniform(2, 7) if line == "sea" else rng.uniform(0.3, 2.5)
    td = tpay + D(days=float(wait))
    if not ev(c, td, "tp_departed", "scan", s, ops=True, **common):
        return
    mean = TRANSIT[line][country]
    transit = rng.gamma(16.0, mean / 16.0)
    t_arr = td + D(days=float(transit))
    # tracking checks while in transit
    lost = rng.random() < (0.016 if line == "sea" else 0.008)
    n_track = int(rng.poisson(0.25 + transit / (9.0 if line == "sea" else 5.0)))
    for _ in range(min(n_track, 8)):
        ev(c, td + D(days=float(rng.uniform(0.2, transit + 1))), "tp_tracking_check", "view", s, warehouse=wh,
           shipping_line=line)
    if line == "sea" and transit > 25 and rng.random() < 0.12:
        comment(c, td + D(days=float(rng.uniform(15, transit))), "tracking", "ticket", ts=rng.random() > 0.1,
                shipment_id=s, warehouse=wh, shipping_line=line)
    elif line != "sea" and rng.random() < 0.008:
        comment(c, td + D(days=float(rng.uniform(2, 6))), "tracking", "ticket", ts=rng.random() > 0.1,
                shipment_id=s, warehouse=wh, shipping_line=line)
    fb = dict(shipment_id=s, warehouse=wh, shipping_line=line)
    if lost:
        tl = td + D(days=float(transit + rng.uniform(20, 40)))
        if ev(c, tl, "tp_claim_filed", "submit", s, claim_type="lost", **common):
            comment(c, tl + D(hours=2), "lost", "ticket", ts=rng.random() > 0.1, **fb)
            claim_paid(c, tl, insured, declared, rng, ev, s, common)
        return
    held = rng.random() < HOLD_P[country] + (0.02 if line == "sea" else 0.0)
    if held:
        w = HOLD_W.get(country, HOLD_W_DEFAULT)
        reason = HOLD_REASONS[int(rng.choice(5, p=w))]
        ev(c, t_arr, "tp_customs_hold", "fail", s, ops=True, customs_hold_reason=reason, **common)
        tdoc = t_arr + D(days=float(rng.gamma(2.0, 1.75)))
        ev(c, tdoc, "tp_docs_submitted", "submit", s, customs_hold_reason=reason, **common)
        trel = tdoc + D(days=float(rng.gamma(3.0, 2.6 if country == "Australia" else 2.0)))
        ev(c, trel, "tp_customs_released", "success", s, ops=True, customs_hold_reason=reason, **common)
        tclr = trel + D(hours=float(rng.uniform(2, 12)))
        if rng.random() < 0.45:
            comment(c, trel - D(days=float(rng.uniform(0, 3))), "customs_slow",
                    str(rng.choice(["ticket", "wechat_cs"])), ts=rng.random() > 0.1, **fb)
    else:
        tclr = t_arr + D(days=float(rng.uniform(0.3, 1.8)))
    if not ev(c, tclr, "tp_customs_cleared", "success", s, ops=True, **common):
        return
    lm = LAST_MILE[country] * (0.5 if line == "express" else 1.0)
    tdl = tclr + D(days=float(rng.gamma(6.0, lm / 6.0)))
    if not ev(c, tdl, "tp_delivered", "success", s, ops=True, **common):
        return
    total_days = (tdl - td).total_seconds() / 86400
    p_dmg = (0.025 if wh == "广州仓" else 0.075) * (2.3 if insured else 1.0) * (1.3 if line == "sea" else 1.0)
    damaged = rng.random() < p_dmg
    if damaged:
        tcl = tdl + D(days=float(rng.uniform(0.3, 5)))
        if ev(c, tcl, "tp_claim_filed", "submit", s, claim_type="damaged", **common):
            if rng.random() < 0.45:
                comment(c, tcl + D(minutes=20), "damaged", "ticket", ts=rng.random() > 0.1, **fb)
            claim_paid(c, tcl, insured, declared * 0.5, rng, ev, s, common)
    # review after delivery
    if rng.random() < 0.2:
        r = 4.5 - (2.3 if damaged else 0) - (1.2 if held else 0) - (0.9 if line == "sea" else 0) \
            + (0.2 if wh == "广州仓" else -0.2) - (0.3 if tpay >= FEE_HIKE else 0) + rng.normal(0, 0.55)
        stars = int(np.clip(round(r), 1, 5))
        if damaged:
            topic = "damaged"
        elif held and rng.random() < 0.7:
            topic = "customs_slow"
        elif line == "sea" and stars <= 3 and rng.random() < 0.6:
            topic = "slow_sea"
        elif tpay >= FEE_HIKE and stars <= 3 and rng.random() < 0.6:
            topic = "expensive"
        elif stars >= 4:
            topic = ("good_pack" if rng.random() < (0.55 if wh == "广州仓" else 0.2)
                     else ("fast" if line != "sea" and total_days < 12 else "service"))
        else:
            topic = "neutral"
        comment(c, tdl + D(hours=float(rng.uniform(3, 96))), topic, "review", rating=stars, **fb)


def claim_paid(c, tcl, insured, value, rng, ev, s, common):
    if rng.random() < (0.92 if insured else 0.55):
        delay = rng.gamma(4.0, 9.0 / 4.0) if insured else rng.gamma(4.0, 18.0 / 4.0)
        amt = round(float(value if insured else min(value, 300.0)), 0)
        ev(c, tcl + D(days=float(delay)), "tp_claim_paid", "success", s, claim_amount=max(amt, 30.0), **common)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
