"""洁衣到家 CleanDrop: on-demand laundry & dry-cleaning in Shanghai (app, first-order coupon, pickup booking,
courier pickup, cleaning at one of four plants, quality check, delivery back, re-wash claims, 月卡 monthly card),
2024-09-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a couple of seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240901
START = datetime(2024, 9, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
N = 3000
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731

# (城区, district, zone (region), home plant)
DISTRICTS = [("浦东新区", "Pudong", "近郊", "P-PD01"), ("徐汇区", "Xuhui", "中心城区", "P-MH02"),
             ("静安区", "Jingan", "中心城区", "P-BS03"), ("闵行区", "Minhang", "近郊", "P-MH02"),
             ("宝山区", "Baoshan", "近郊", "P-BS03"), ("杨浦区", "Yangpu", "中心城区", "P-PD01"),
             ("松江区", "Songjiang", "远郊", "P-SJ04")]
DIST_W = [0.27, 0.15, 0.12, 0.15, 0.11, 0.11, 0.09]
SLOW_DISTRICT = "Songjiang"      # far suburb: couriers miss pickups, longer routes, more lost bags
PLANTS = {"P-PD01": "浦东工厂", "P-MH02": "闵行工厂", "P-BS03": "宝山工厂", "P-SJ04": "松江工厂"}
BAD_PLANT = "P-BS03"             # ~4x the re-wash claims (old washers, stains and smell)
# garment_type, 衣物类型, price per item, items (lo, hi), plant hours (intake -> QC)
GARMENTS = [("everyday", "日常衣物", 8.0, (5, 20), 18), ("shirt", "衬衫", 15.0, (1, 8), 20),
            ("suit", "西装", 45.0, (1, 3), 30), ("down_jacket", "羽绒服", 59.0, (1, 4), 40),
            ("bedding", "床品", 69.0, (1, 3), 26), ("shoes", "鞋", 35.0, (1, 4), 44)]
GARMENT_W = np.array([0.34, 0.2, 0.1, 0.1, 0.14, 0.12])
MEMBER = [("individual", "个人"), ("student", "学生"), ("corporate", "企业")]
MEMBER_W = [0.78, 0.12, 0.10]
ACQ = ["douyin", "xiaohongshu", "wechat", "meituan", "referral", "offline_flyer"]
ACQ_W = [0.28, 0.17, 0.18, 0.14, 0.13, 0.10]
COUPON = ["douyin_live", "wechat_group", "meituan", "referral", "app_newcomer"]
COUPON_W = [0.12, 0.28, 0.2, 0.15, 0.25]
P_FIRST = {"douyin_live": 0.86, "wechat_group": 0.6, "meituan": 0.55, "referral": 0.66, "app_newcomer": 0.48,
           None: 0.3}
SEASON = {1: 0.9, 2: 0.6, 3: 1.1, 4: 1.9, 5: 1.7, 6: 1.0, 7: 0.9, 8: 0.9, 9: 1.0, 10: 1.15, 11: 1.3, 12: 1.1}
SMAX = 1.9
CARD_PRICE = 99.0

TOUCHPOINTS = [
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "广告|抖音广告|小红书种草|信息流|ad|ads|ad click|campaign"),
    ("tp_download", "下载App", "App download", "awareness", "app", "digital", "growth",
     "下载|装App|安装|注册|download|install|app install|sign up"),
    ("tp_coupon_claim", "领取首单券", "First-order coupon claimed", "consideration", "app", "digital", "marketing",
     "领券|首单券|新人券|优惠券|coupon|claim coupon|first-order coupon|voucher"),
    ("tp_book_pickup", "预约取件", "Pickup booked", "purchase", "app", "digital", "product",
     "下单|预约|预约取件|约取件|下单付款|book pickup|booking|place order|schedule pickup"),
    ("tp_order_cancelled", "取件失败/取消", "Pickup failed / cancelled", "service", "app", "digital",
     "customer_service", "取件失败|取消|没来取|爽约|cancel|cancelled|pickup failed|no-show"),
    ("tp_courier_pickup", "小哥上门取件", "Courier pickup", "service", "other", "physical", "logistics",
     "取件|上门取件|取衣|快递小哥|骑手取件|pickup|courier pickup|collected|collection"),
    ("tp_plant_cleaning", "工厂清洗", "Cleaning at plant", "service", "other", "physical", "plant_ops",
     "入厂|清洗|洗涤|干洗|水洗|工厂|cleaning|washing|dry cleaning|plant intake"),
    ("tp_quality_check", "质检", "Quality check", "service", "other", "physical", "plant_ops",
     "质检|检验|出厂检查|QC|quality check|inspection"),
    ("tp_delivery", "送回签收", "Delivered back", "service", "other", "physical", "logistics",
     "送回|送达|配送|签收|delivery|delivered|drop-off|returned to customer"),
    ("tp_rate", "订单评价", "Order review", "loyalty", "app", "digital", "quality",
     "评价|打分|评分|晒单|review|rating|rate|stars"),
    ("tp_rewash_claim", "申请返洗", "Re-wash claim", "service", "app", "digital", "customer_service",
     "返洗|重洗|售后|投诉|理赔|索赔|re-wash|rewash|claim|complaint|redo"),
    ("tp_rewash_done", "返洗完成", "Re-wash done", "service", "other", "physical", "plant_ops",
     "返洗完成|重洗完成|返洗送回|rewash done|re-wash completed|redone"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "payments",
     "退款|赔付|赔偿|退钱|refund|refunded|compensation|money back"),
    ("tp_subscribe", "开通月卡", "Monthly card purchase", "loyalty", "app", "digital", "membership",
     "月卡|开卡|开通会员|办卡|买月卡|monthly card|membership|subscribe|subscription"),
    ("tp_renew", "月卡续费", "Monthly card renewal", "loyalty", "app", "digital", "membership",
     "续费|续卡|续月卡|自动续费|renew|renewal|membership renewal"),
]
JOURNEYS = [
    ("acquisition", "拉新首单", "New customer first order", 14, ["tp_download", "tp_coupon_claim", "tp_book_pickup"]),
    ("fulfilment", "订单履约", "Order fulfilment", 10,
     ["tp_book_pickup", "tp_courier_pickup", "tp_plant_cleaning", "tp_quality_check", "tp_delivery"]),
    ("membership", "月卡续费", "Monthly card renewal", 40, ["tp_subscribe", "tp_renew"]),
    ("rewash", "返洗售后", "Re-wash aftersales", 14, ["tp_rewash_claim", "tp_rewash_done"]),
]

ZH = {
    "damage": ["衬衫洗完缩水了一个码", "羽绒服洗坏了，里面的绒都结块", "西装扣子掉了两颗，还有一处烫坏", "鞋子洗完开胶了",
               "真丝衬衫洗坏了，颜色花了", "床单被洗破了一个洞"],
    "lost": ["送回来少了一件衬衫，客服说在查", "袋子里少了两只袜子和一条围巾", "我的领带丢了，到现在也没找到",
             "清单上写了8件，送回只有7件，少了一件"],
    "late": ["说好48小时送回，结果拖了四天", "送回太慢了，等了一周", "配送超时，衣服急着穿也没办法", "加急都没按时送到，超时半天"],
    "smell": ["衣服洗完有股怪味", "送回来有一股霉味，像没晾干", "被套有很重的消毒水味道", "毛衣有异味，只能自己再洗一遍"],
    "stain": ["领口的污渍根本没洗掉", "油渍还在，等于白洗", "咖啡渍一点没去掉", "袖口还是黄的，去渍不行"],
    "noshow": ["约好的小哥没来取件，也没人通知", "等了一下午没人上门取衣", "取件又爽约了，松江这边太难约"],
    "great": ["洗得很干净，像新的一样", "小哥很准时，衣服叠得整整齐齐", "羽绒服洗完蓬松干净，很满意", "西装熨得很挺，下次还用",
              "服务很好，送回很快"],
    "price": ["加急费太贵了", "价格偏高，一件衬衫十五块", "月卡性价比一般，有点贵"],
    "coupon": ["首单券下单时用不了", "优惠券领了却提示不可用"],
    "app": ["App预约取件很方便", "下单流程很简单"],
    "neutral": ["还行，正常洗", "一般般吧", "中规中矩"],
}
EN = {
    "damage": ["My shirt shrank a full size after washing", "The down jacket came back damaged, the filling is clumped",
               "Two buttons torn off my suit, damaged", "Sneakers came back with the sole coming off, damaged"],
    "lost": ["One shirt is missing from my order", "My scarf never came back, item lost",
             "Bag had 8 items, only 7 returned - one missing"],
    "late": ["Delivery was late, took four days instead of two", "Late delivery again, I needed that suit",
             "Express order still arrived late"],
    "smell": ["Clothes came back with a weird smell", "Musty smell on the sweater, like it was not dried",
              "Strong chemical odor on the bedding"],
    "stain": ["Stain is still there on the collar", "Wine stain not removed at all", "Oil stain still visible"],
    "noshow": ["Courier never showed up for the pickup", "Waited all afternoon, nobody came to collect"],
    "great": ["Clothes came back spotless, like new", "Great service, courier on time and friendly",
              "Suit pressed perfectly, will use again"],
    "price": ["Express fee is too expensive", "A bit pricey for shirts"],
    "coupon": ["The first-order coupon did not apply at checkout"],
    "app": ["Booking a pickup in the app is easy"],
    "neutral": ["It was ok", "Average, nothing special"],
}
SENT = {"damage": "neg", "lost": "neg", "late": "neg", "smell": "neg", "stain": "neg", "noshow": "neg",
        "price": "neg", "coupon": "neg", "great": "pos", "app": "pos", "neutral": "neu"}
TOPIC_TP = {"damage": "tp_quality_check", "lost": "tp_delivery", "late": "tp_delivery", "smell": "tp_plant_cleaning",
            "stain": "tp_plant_cleaning", "noshow": "tp_courier_pickup", "price": "tp_book_pickup",
            "coupon": "tp_coupon_claim", "great": "tp_delivery", "app": "tp_book_pickup", "neutral": "tp_delivery"}
CLAIM_TOPIC = {"stain_remaining": "stain", "smell": "smell", "damage": "damage", "lost_item": "lost"}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "m": 0}

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, session="", **extra):
        if t > END:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=c["device"], channel=c["channel"], district=c["district"],
                   城区=c["城区"])
        row.update(extra)
        events.append(row)
        return True

    def comment(c, t, topic, channel, rating=None, dated=True, **extra):
        if t > END:
            return
        texts = (EN if c["lang"] == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "FB", 6), text=str(texts[int(rng.integers(len(texts)))]),
                   ts=fmt(t) if dated else "", customer_id=c["id"], touchpoint_id=TOPIC_TP[topic], channel=channel,
                   rating="" if rating is None else int(rating), language=c["lang"], district=c["district"],
                   城区=c["城区"], sentiment_label=SENT[topic])
        row.update(extra)
        feedback.append(row)

    span = (END - START).total_seconds()
    customers = []
    for i in range(N):
        k = int(rng.choice(len(DISTRICTS), p=DIST_W))
        zh_d, en_d, zone, plant = DISTRICTS[k]
        mt = int(rng.choice(3, p=MEMBER_W))
        acq = str(rng.choice(ACQ, p=ACQ_W))
        signup = START + D(seconds=float(span * rng.beta(1.4, 1.0)))
        signup = signup.replace(hour=int(rng.integers(7, 23)))
        p_en = 0.2 if en_d in ("Jingan", "Xuhui", "Pudong") else 0.05
        dev = "ios" if rng.random() < 0.52 else "android"
        customers.append(dict(id=f"C{i + 1:05d}", district=en_d, 城区=zh_d, zone=zone, plant=plant,
                              member=MEMBER[mt][0], 会员类型=MEMBER[mt][1], acq=acq, signup=signup, device=dev,
                              channel="mini_program" if rng.random() < 0.3 else "app",
                              lang="en" if rng.random() < p_en else "zh", coupon=None, n_orders=0, last=None))

    for c in customers:
        t = c["signup"]
        if c["acq"] in ("douyin", "xiaohongshu", "meituan") and rng.random() < 0.8:
            ev(c, t - H(rng.uniform(0.2, 40)), "tp_ad_click", "click", ad_source=c["acq"])
        ev(c, t, "tp_download", "success")
        tf = None
        if rng.random() < 0.74:
            if c["acq"] == "douyin" and rng.random() < 0.55:
                ch = "douyin_live"
            else:
                ch = str(rng.choice(COUPON, p=COUPON_W))
            tc = t + H(rng.exponential(20))
            if ev(c, tc, "tp_coupon_claim", "success", coupon_channel=ch):
                c["coupon"], c["coupon_at"] = ch, tc
                if rng.random() < P_FIRST[ch]:
                    tf = tc + D(days=float(rng.exponential(3.5)))
        elif rng.random() < P_FIRST[None]:
            tf = t + D(days=float(rng.exponential(6)))
        if tf is None or tf > END:
            continue
        tf = tf.replace(hour=int(rng.integers(8, 22)))
        # monthly card chain (decided after the first order)
        card_spans = []
        p_sub = 0.42 if c["coupon"] == "douyin_live" else 0.2 + (0.08 if c["member"] == "corporate" else 0)
        if rng.random() < p_sub:
            ts_ = tf + D(days=float(rng.uniform(4, 30)))
            mid = nid("m", "MC", 5)
            price = 9.9 if c["coupon"] == "douyin_live" else CARD_PRICE
            if ev(c, ts_, "tp_subscribe", "success", mid, card_id=mid):
                orders.append(dict(order_id=nid("o", "CD", 6), customer_id=c["id"], ts=fmt(ts_), amount=price,
                                   status="paid", channel=c["channel"], device=c["device"], order_type="card_new",
                                   card_id=mid, district=c["district"], 城区=c["城区"], currency="CNY"))
                card_spans.append((ts_, ts_ + D(days=30)))
                p_next = 0.2 if c["coupon"] == "douyin_live" else 0.7
                tr = ts_
                while rng.random() < p_next:
                    tr = tr + D(days=30) + H(rng.uniform(-20, 20))
                    if not ev(c, tr, "tp_renew", "success", mid, card_id=mid):
                        break
                    orders.append(dict(order_id=nid("o", "CD", 6), customer_id=c["id"], ts=fmt(tr),
                                       amount=CARD_PRICE, status="paid", channel=c["channel"], device=c["device"],
                                       order_type="card_renewal", card_id=mid, district=c["district"],
                                       城区=c["城区"], currency="CNY"))
                    card_spans.append((tr, tr + D(days=30)))
                    p_next = 0.82
        c["cards"] = card_spans
        # laundry orders: first + Poisson process (thinned by season) during the active life
        lam = float(rng.gamma(2.0, 0.45)) * (1.6 if c["member"] == "corporate" else 1.0)
        if card_spans:
            lam *= 1.5
        life_end = tf + D(days=float(rng.exponential(210)))
        if card_spans:
            life_end = max(life_end, card_spans[-1][1])
        times, t = [tf], tf
        while True:
            t = t + D(days=float(rng.exponential(30.0 / (lam * SMAX))))
            if t > life_end or t > END:
                break
            if rng.random() < SEASON[t.month] / SMAX:
                times.append(t.replace(hour=int(rng.integers(8, 22)), minute=int(rng.integers(60))))
        for j, t0 in enumerate(times):
            laundry_order(c, t0, j == 0, rng, ev, comment, orders, nid, fmt)

    # app-store reviews (a good part without a date)
    for c in customers:
        if rng.random() < 0.09:
            tr = c["signup"] + D(days=float(rng.uniform(0, 120)))
            topic = str(rng.choice(["app", "great", "price", "coupon", "neutral"], p=[0.32, 0.22, 0.18, 0.16, 0.12]))
            rating = {"app": 5, "great": 5, "price": 2, "coupon": 2, "neutral": 3}[topic] - int(rng.random() < 0.35)
            comment(c, min(tr, END), topic, "app_review", rating=rating if rng.random() < 0.92 else None,
                    dated=rng.random() > 0.3)

    # segment
    for c in customers:
        if c["signup"] >= END - D(days=60):
            seg = "new"
        elif c["n_orders"] >= 12:
            seg = "vip"
        elif c["last"] is not None and c["last"] < END - D(days=90):
            seg = "at_risk"
        else:
            seg = "returning"
        c["segment"] = seg

    crow = [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=c["segment"], region=c["zone"],
                 acquisition_channel=c["acq"], tier=c["member"], 城区=c["城区"], district=c["district"],
                 会员类型=c["会员类型"], member_type=c["member"], coupon_channel=c["coupon"] or "",
                 primary_device=c["device"], language=c["lang"]) for c in customers]
    dup = rng.choice(len(events), 30, replace=False)
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
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "城区",
                              "district", "会员类型", "member_type", "coupon_channel", "primary_device", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "district", "城区", "plant_id", "garment_type", "衣物类型", "express",
                             "item_count", "coupon_channel", "claim_type", "cancel_reason", "refund_amount",
                             "card_id", "ad_source"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                             "garment_type", "衣物类型", "item_count", "express", "has_stain", "plant_id",
                             "plant_name", "district", "城区", "coupon_channel", "coupon_amount", "card_id",
                             "refund_amount", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "order_id", "plant_id", "express", "district", "城区",
                                 "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def laundry_order(c, t0, first, rng, ev, comment, orders, nid, fmt) -> None:
    """one laundry order: book pickup (pay) -> courier pickup -> plant -> QC -> delivery (-> review, re-wash claim)."""
    oid = nid("o", "CD", 6)
    if t0 > END:
        return
    w = GARMENT_W.copy()
    if t0.month in (4, 5):
        w[3] *= 3.5                                   # 换季: winter coats and duvets before storage
        w[4] *= 1.5
    elif t0.month in (11, 12):
        w[3] *= 1.8
    g = int(rng.choice(len(GARMENTS), p=w / w.sum()))
    gt, gzh, price, (lo, hi), base_h = GARMENTS[g]
    items = int(rng.integers(lo, hi + 1))
    express = bool(rng.random() < (0.24 if c["member"] == "corporate" else 0.16))
    stain = bool(rng.random() < 0.22)
    plant = c["plant"] if rng.random() < 0.85 else str(rng.choice(sorted(PLANTS)))
    amount = price * items * (1.5 if express else 1.0) * (0.9 if c["member"] == "student" else 1.0)
    if any(a <= t0 < b for a, b in c.get("cards", [])):
        amount *= 0.8                                 # 月卡 members get 20 % off
    coupon, coupon_amt = "", 0
    if first and c["coupon"] and t0 <= c["coupon_at"] + D(days=30):
        coupon, coupon_amt = c["coupon"], 20
    amount = round(max(9.9, amount - coupon_amt), 2)
    common = dict(plant_id=plant, garment_type=gt, 衣物类型=gzh, express="true" if express else "false")
    o = dict(order_id=oid, customer_id=c["id"], ts=fmt(t0), amount=amount, status="paid", channel=c["channel"],
             device=c["device"], order_type="laundry", item_count=items, has_stain="true" if stain else "false",
             plant_name=PLANTS[plant], district=c["district"], 城区=c["城区"], coupon_channel=coupon,
             coupon_amount=coupon_amt, currency="CNY", **common)
    orders.append(o)
    c["n_orders"] += 1
    c["last"] = t0
    ev(c, t0, "tp_book_pickup", "submit", oid, item_count=items, coupon_channel=coupon, **common)
    slow = c["district"] == SLOW_DISTRICT
    fb = dict(order_id=oid, plant_id=plant, express=common["express"])
    # pickup (or not)
    r = rng.random()
    p_noshow = 0.19 if slow else 0.03
    if r < p_noshow + 0.02:
        reason = "courier_no_show" if r < p_noshow else "customer_cancelled"
        tx = t0 + H(rng.uniform(3, 10))
        if ev(c, tx, "tp_order_cancelled", "fail", oid, cancel_reason=reason, **common):
            o["status"] = "cancelled"
            if reason == "courier_no_show" and rng.random() < 0.35:
                comment(c, tx + H(rng.uniform(0.2, 5)), "noshow", "call_note", dated=rng.random() > 0.05, **fb)
        return
    tp = t0 + H(rng.lognormal(np.log(7.5 if slow else 2.8), 0.45))
    if not ev(c, tp, "tp_courier_pickup", "success", oid, item_count=items, **common):
        return
    ti = tp + H(rng.uniform(2, 6))
    if not ev(c, ti, "tp_plant_cleaning", "success", oid, **common):
        return
    proc = base_h * rng.uniform(0.75, 1.3)
    if express:
        proc *= 0.3
    elif ti.month in (4, 5):
        proc += rng.uniform(14, 30)                   # peak backlog at the plants
    tq = ti + H(proc)
    if not ev(c, tq, "tp_quality_check", "success", oid, **common):
        return
    if rng.random() < (0.04 if slow else 0.005):      # whole bag lost on the way back
        tr = tq + D(days=float(rng.uniform(3, 6)))
        if ev(c, tr, "tp_refund", "success", oid, refund_amount=amount, claim_type="lost_item", **common):
            o["status"], o["refund_amount"] = "refunded", amount
            if rng.random() < 0.7:
                comment(c, tr - H(rng.uniform(5, 40)), "lost", "ticket", dated=rng.random() > 0.1, **fb)
        return
    dh = rng.uniform(2, 5) if express else rng.uniform(4, 14)
    if slow:
        dh += rng.uniform(6, 18)
    td = tq + H(dh)
    if not ev(c, td, "tp_delivery", "success", oid, **common):
        return
    turnaround = (td - tp).total_seconds() / 3600
    # re-wash claim?
    p = 0.032 * (4.2 if plant == BAD_PLANT else 1.0) * (2.3 if express else 1.0) * (1.8 if stain else 1.0)
    ctype = None
    if rng.random() < min(p, 0.6):
        cw = [0.5, 0.3, 0.12, 0.08] if plant == BAD_PLANT else [0.4, 0.18, 0.24, 0.18]
        ctype = str(rng.choice(["stain_remaining", "smell", "damage", "lost_item"], p=cw))
    late = turnaround > 72
    # review
    if rng.random() < 0.38:
        trt = td + H(rng.uniform(1, 48))
        if ctype:
            stars = int(rng.choice([1, 2], p=[0.6, 0.4]))
            topic = CLAIM_TOPIC[ctype]
        else:
            m = 4.5 - (0.5 if plant == BAD_PLANT else 0) - (0.5 if express else 0) - (1.3 if late else 0)
            stars = int(np.clip(round(m + rng.normal(0, 0.6)), 1, 5))
            if late and rng.random() < 0.7:
                topic = "late"
            elif express and stars <= 3 and rng.random() < 0.6:
                topic = "price"
            elif plant == BAD_PLANT and stars <= 3 and rng.random() < 0.5:
                topic = "smell"
            elif stars >= 4:
                topic = "great" if rng.random() < 0.75 else "neutral"
            else:
                topic = "neutral"
        if ev(c, trt, "tp_rate", "submit", oid, **common):
            comment(c, trt, topic, "order_review", rating=stars, **fb)
    if late and rng.random() < 0.2:
        comment(c, td - H(rng.uniform(1, 20)), "late", "call_note", dated=rng.random() > 0.05, **fb)
    if ctype:
        tc = td + H(rng.uniform(2, 72))
        if ev(c, tc, "tp_rewash_claim", "submit", oid, claim_type=ctype, **common):
            if rng.random() < 0.75:
                comment(c, tc + H(0.1), CLAIM_TOPIC[ctype], "ticket", dated=rng.random() > 0.1, **fb)
            if ctype in ("stain_remaining", "smell") and rng.random() < 0.9:
                ev(c, tc + H(rng.uniform(40, 100)), "tp_rewash_done", "success", oid, claim_type=ctype, **common)
            elif ev(c, tc + H(rng.uniform(24, 120)), "tp_refund", "success", oid, refund_amount=amount,
                    claim_type=ctype, **common):
                o["status"], o["refund_amount"] = "refunded", amount


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
