"""焕新回收 ReNew: used-phone trade-in and recycling (app, WeChat mini program, in-store self-service kiosks, courier
pickup or store visit), 2024-10-01 .. 2026-06-30.

    python generate.py OUTDIR

Journey of one trade-in (session_id = order_id = RN000123 on every event of it): online quote (one or more quotes,
tp_quote) -> booking (tp_book; courier pickup or store visit) -> courier pickup (tp_courier_pickup, courier only)
-> device received (tp_received: at the inspection centre, or handed over in the store) -> inspection & final price
(tp_inspection; may be lower than the quote: 压价) -> the customer accepts (tp_accept) and is paid out (tp_payout),
or rejects (tp_reject) and gets the phone back (tp_return_ship); a booking can be cancelled (tp_cancel: customer
cancelled, courier failed, store no-show). After a payout the customer may redeem a trade-in coupon (换新券) on a new
phone (tp_coupon_redeem). Customer-service contacts are tp_cs.

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
orders = one row per booked trade-in: status paid (payout made; amount = payout = final price), returned (final
price rejected, phone sent back; amount = the final price offered), cancelled (amount 0).
Deterministic (fixed seed), plain Python + numpy, a couple of seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20241001
START = datetime(2024, 10, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 6000
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731

# city, 城市, region, weight, share of Apple among traded phones (multiplier)
CITIES = [("Shanghai", "上海", "华东", 0.22, 1.1), ("Beijing", "北京", "华北", 0.17, 1.0),
          ("Shenzhen", "深圳", "华南", 0.15, 1.6), ("Guangzhou", "广州", "华南", 0.13, 0.8),
          ("Hangzhou", "杭州", "华东", 0.12, 1.0), ("Chengdu", "成都", "西南", 0.12, 0.9),
          ("Wuhan", "武汉", "华中", 0.09, 0.8)]
SLOW_CITY = "Chengdu"            # courier partner short of staff: slow pickups, more cancelled bookings
# brand, 品牌, weight, P(inspection downgrades the phone), extra cut factor
BRANDS = [("Apple", "苹果", 0.34, 0.22, 1.0), ("Huawei", "华为", 0.20, 0.26, 1.0),
          ("Xiaomi", "小米", 0.16, 0.72, 0.86), ("OPPO", "OPPO", 0.10, 0.27, 1.0),
          ("vivo", "vivo", 0.10, 0.27, 1.0), ("Honor", "荣耀", 0.07, 0.26, 1.0),
          ("Samsung", "三星", 0.026, 0.3, 1.0), ("Google", "谷歌", 0.004, 0.95, 0.62)]
BAD_BRAND = "Xiaomi"             # inspection cuts Xiaomi prices hard (screen burn-in, battery health) -> rejections
MODELS = {"Apple": [("iPhone 13", 2600), ("iPhone 14", 3300), ("iPhone 14 Pro", 4500), ("iPhone 15", 4200),
                    ("iPhone 15 Pro Max", 6300)],
          "Huawei": [("Mate 50", 2300), ("Mate 60 Pro", 4200), ("P60", 2800), ("nova 11", 1300)],
          "Xiaomi": [("Xiaomi 13", 1900), ("Xiaomi 14", 2600), ("Redmi K60", 1200), ("Redmi Note 12", 600)],
          "OPPO": [("Find X6", 2300), ("Reno 10", 1100), ("A58", 450)],
          "vivo": [("X90", 2100), ("S17", 1100), ("Y36", 450)],
          "Honor": [("Magic5", 1800), ("Honor 90", 1000), ("X50", 550)],
          "Samsung": [("Galaxy S23", 2400), ("Galaxy Z Flip5", 2800), ("Galaxy A54", 800)],
          "Google": [("Pixel 7", 1300), ("Pixel 8 Pro", 2600)]}
STORAGE = [("128GB", 1.0, 0.42), ("256GB", 1.12, 0.40), ("512GB", 1.25, 0.15), ("1TB", 1.4, 0.03)]
GRADES = ["A", "B", "C", "D"]
GRADE_MULT = {"A": 1.0, "B": 0.85, "C": 0.68, "D": 0.45}
SELF_GRADE_W = [0.34, 0.4, 0.19, 0.07]
ACQ = ["douyin", "wechat", "baidu", "store", "referral", "xiaohongshu"]
ACQ_W = [0.27, 0.21, 0.11, 0.15, 0.12, 0.14]
NEW_PHONE = ["Apple", "Huawei", "Xiaomi", "OPPO", "vivo", "Honor"]
NEW_PHONE_W = [0.45, 0.27, 0.09, 0.08, 0.06, 0.05]

TOUCHPOINTS = [
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth",
     "广告|信息流|抖音广告|小红书|ad|ads|ad click|campaign"),
    ("tp_quote", "在线估价", "Online quote", "consideration", "app", "digital", "pricing",
     "估价|询价|查价|报价|预估价|回收机估价|quote|get a quote|price check|valuation|estimate"),
    ("tp_book", "预约回收", "Trade-in booked", "purchase", "app", "digital", "operations",
     "下单|预约|预约上门|预约到店|提交订单|book|booking|schedule|place order"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "app", "digital", "operations",
     "取消|取消订单|爽约|没来|未到店|cancel|cancelled|no-show"),
    ("tp_courier_pickup", "上门取件", "Courier pickup", "service", "other", "physical", "logistics",
     "取件|上门|上门取机|小哥|快递员|顺丰|pickup|courier|collection"),
    ("tp_received", "设备签收", "Device received", "service", "store", "physical", "warehouse",
     "签收|入库|收到手机|到店交机|门店交机|received|device received|drop-off|store visit|hand over"),
    ("tp_inspection", "质检定价", "Inspection & final price", "service", "other", "physical", "inspection",
     "质检|检测|验机|定价|最终报价|成交价|压价|inspection|final price|grading|price check after inspection"),
    ("tp_accept", "确认成交", "Final price accepted", "purchase", "app", "digital", "operations",
     "接受报价|确认成交|同意报价|确认回收|accept|accepted|agree to price"),
    ("tp_reject", "拒绝报价", "Final price rejected", "service", "app", "digital", "operations",
     "拒绝报价|不卖了|退机申请|拒绝|reject|rejected|decline|declined"),
    ("tp_return_ship", "退机寄回", "Device returned", "service", "other", "physical", "logistics",
     "退机|寄回|退回手机|原机返还|return|returned|send back|ship back"),
    ("tp_payout", "打款到账", "Payout", "service", "app", "digital", "finance",
     "打款|到账|收款|回收款|付款|payout|payment|paid out|money received"),
    ("tp_coupon_redeem", "换新券核销", "Trade-in coupon redeemed", "loyalty", "store", "physical", "retail",
     "以旧换新|换新券|换新补贴|买新机|coupon|trade-in coupon|upgrade|new phone|trade-in credit"),
    ("tp_cs", "客服咨询", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|投诉|热线|人工客服|customer service|support|hotline|complaint"),
]
JOURNEYS = [
    ("quote_to_book", "估价下单", "Quote to booking", 7, ["tp_quote", "tp_book"]),
    ("fulfilment", "回收履约", "Trade-in fulfilment", 21,
     ["tp_book", "tp_received", "tp_inspection", "tp_accept", "tp_payout"]),
    ("upgrade", "以旧换新", "Trade-in upgrade", 30, ["tp_payout", "tp_coupon_redeem"]),
]

# feedback texts. Every "pricecut" text carries one of the markers 压价 / 砍价 / 砍了 / price cut / cut the price /
# lowered the price; no other topic does (checked at the end).
ZH = {
    "pricecut": ["质检完压价太狠了，估价2000到手只给1400", "说好的估价，检测完直接砍了五百多，压价套路",
                 "线上估价很高，寄过去就压价，说屏幕有问题，明明没问题", "压价严重，不卖了，赶紧把手机退给我",
                 "检测说电池健康度低又砍了三百，感觉就是故意压价", "估价和最终报价差太多，压价压得离谱",
                 "每次都是先报高价再压价，不会再用了"],
    "courier": ["预约了三天小哥还没上门取件", "上门取件一直改时间，等了好几天", "取件太慢了，客服说成都这边人手不够",
                "约好的上午来取机，结果拖到第三天才来"],
    "payout": ["确认成交两天了钱还没到账", "打款太慢，催了客服好几次", "说秒到账，结果等了三天才收到回收款"],
    "return": ["拒绝报价后退机寄回等了一周", "退回来的手机壳子上多了划痕", "不卖了申请退机，迟迟没寄回来"],
    "quote_low": ["估价本身就偏低，比别家少两三百", "在线估价太低了，没什么竞争力"],
    "kiosk": ["门店的回收机一直卡在检测界面", "自助回收机扫码没反应，只好找店员"],
    "privacy": ["担心手机里的数据有没有清除干净", "希望出一个数据清除证明，不然不放心"],
    "coupon": ["换新券买新机的时候用不了", "以旧换新补贴到店不认，白跑一趟"],
    "good": ["打款很快，几分钟就到账了", "质检很透明，最终价格和估价一样，点赞", "小哥准时上门，流程很顺",
             "到店十分钟搞定，回收价也公道", "整个流程很顺，回收价也公道"],
    "neutral": ["还可以吧，流程正常", "一般，价格中规中矩", "没什么特别的"],
    "courier_good": ["小哥准时上门取机，态度很好", "上门取件很快，当天就来了", "快递员很专业，当面封箱"],
    "return_good": ["退机也很快，包装得很好", "不卖了也没为难，手机原样寄回"],
    "coupon_good": ["用换新券买了新机，很划算", "以旧换新抵了不少钱，店员也很耐心", "换新券直接抵扣，买新机很方便"],
}
EN = {
    "pricecut": ["They quoted 3000 online but after inspection the price cut was almost 900",
                 "Huge price cut after inspection, claimed a screen defect that isn't there",
                 "Sent my phone in and they lowered the price by 40%, not selling",
                 "Bait quote, then they cut the price after the check"],
    "courier": ["Courier never came for the pickup, rescheduled three times", "Pickup took four days to happen"],
    "payout": ["Accepted the offer two days ago and still no payout", "Payout was slow, had to chase support"],
    "return": ["Rejected the offer and waited a week to get my phone back"],
    "quote_low": ["Online quote is lower than other recyclers"],
    "kiosk": ["The kiosk in the mall froze during the check"],
    "privacy": ["Not sure my data was wiped, want a certificate"],
    "coupon": ["Trade-in coupon did not work at the store"],
    "good": ["Paid within minutes, smooth process", "Final price matched the quote, very transparent",
             "Courier was on time and polite", "Store visit took ten minutes, fair price"],
    "neutral": ["It was ok", "Average experience"],
    "courier_good": ["Courier came on time and sealed the box in front of me"],
    "return_good": ["Declined the offer and got my phone back quickly, no hassle"],
    "coupon_good": ["Used the trade-in coupon on my new phone, great deal"],
}
SENT = {"pricecut": "neg", "courier": "neg", "payout": "neg", "return": "neg", "quote_low": "neg", "kiosk": "neg",
        "privacy": "neu", "coupon": "neg", "good": "pos", "neutral": "neu", "courier_good": "pos",
        "coupon_good": "pos", "return_good": "pos"}
TOPIC_TP = {"pricecut": "tp_inspection", "courier": "tp_courier_pickup", "payout": "tp_payout",
            "return": "tp_return_ship", "quote_low": "tp_quote", "kiosk": "tp_quote", "privacy": "tp_inspection",
            "coupon": "tp_coupon_redeem", "neutral": "tp_payout", "courier_good": "tp_courier_pickup",
            "coupon_good": "tp_coupon_redeem"}
MARKERS = ["压价", "砍价", "砍了", "price cut", "cut the price", "lowered the price"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0}
    span = (END - START).total_seconds()

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, session="", channel=None, device=None, **extra):
        if t > END:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=device or c["device"], channel=channel or c["channel"], city=c["city"],
                   城市=c["城市"])
        row.update(extra)
        events.append(row)
        return True

    def comment(c, t, topic, channel, rating=None, dated=True, tp=None, **extra):
        if t > END:
            return
        texts = (EN if c["lang"] == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "FB", 6), text=str(texts[int(rng.integers(len(texts)))]),
                   ts=fmt(t) if dated else "", customer_id=c["id"], touchpoint_id=tp or TOPIC_TP[topic],
                   channel=channel, rating="" if rating is None else int(rating), language=c["lang"],
                   city=c["city"], 城市=c["城市"], sentiment_label=SENT[topic])
        row.update(extra)
        feedback.append(row)

    customers = []
    bw = np.array([b[2] for b in BRANDS])
    for i in range(N):
        k = int(rng.choice(len(CITIES), p=[x[3] for x in CITIES]))
        city, czh, region, _, apple_mult = CITIES[k]
        signup = START + D(seconds=float(span * rng.beta(1.35, 1.0)))
        signup = signup.replace(hour=int(rng.integers(8, 23)), minute=int(rng.integers(60)))
        dev = "ios" if rng.random() < (0.55 if city == "Shenzhen" else 0.45) else "android"
        seg = str(rng.choice(["new", "returning", "vip", "at_risk"], p=[0.5, 0.27, 0.08, 0.15]))
        tier = {"vip": "gold"}.get(seg, str(rng.choice(["standard", "silver"], p=[0.8, 0.2])))
        p_en = 0.15 if city in ("Shanghai", "Shenzhen", "Beijing") else 0.05
        customers.append(dict(id=f"C{i + 1:05d}", city=city, 城市=czh, region=region, apple_mult=apple_mult,
                              signup=signup, device=dev, seg=seg, tier=tier,
                              acq=str(rng.choice(ACQ, p=ACQ_W)),
                              channel="mini_program" if rng.random() < 0.4 else "app",
                              lang="en" if rng.random() < p_en else "zh"))

    for c in customers:
        n_att = int(rng.choice([1, 2, 3], p=[0.72, 0.2, 0.08])) + (1 if c["seg"] == "vip" else 0)
        t = c["signup"]
        if c["acq"] in ("douyin", "xiaohongshu", "baidu") and rng.random() < 0.75:
            ev(c, t - H(rng.uniform(0.1, 30)), "tp_ad_click", "click", ad_source=c["acq"])
        for a in range(n_att):
            if a > 0:
                t = t + D(days=float(rng.uniform(45, 260)))
                t = t.replace(hour=int(rng.integers(8, 23)), minute=int(rng.integers(60)))
            else:
                t = t + H(rng.uniform(0.02, 3))
            if t > END:
                break
            trade_in(c, t, rng, bw, ev, comment, orders, nid, fmt)

    # app-store reviews and social posts, a good part without a date
    for c in customers:
        if rng.random() < 0.1:
            tr = c["signup"] + D(days=float(rng.uniform(0, 90)))
            topic = str(rng.choice(["good", "quote_low", "kiosk", "privacy", "neutral", "pricecut"],
                                   p=[0.34, 0.18, 0.12, 0.12, 0.14, 0.10]))
            rating = {"good": 5, "quote_low": 2, "kiosk": 2, "privacy": 3, "neutral": 3, "pricecut": 1}[topic]
            rating = max(1, rating - int(rng.random() < 0.3))
            tp = "tp_quote" if topic in ("good", "neutral") else None
            comment(c, tr, topic, "app_review", rating=rating if rng.random() < 0.9 else None,
                    dated=rng.random() > 0.3, tp=tp)

    crow = [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=c["seg"], region=c["region"],
                 acquisition_channel=c["acq"], tier=c["tier"], city=c["city"], 城市=c["城市"],
                 primary_device=c["device"], language=c["lang"]) for c in customers]
    dup = rng.choice(len(events), 25, replace=False)
    events.extend(dict(events[int(i)]) for i in dup)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    feedback.sort(key=lambda r: r["feedback_id"])
    for f in feedback:   # marker check: only price-cut comments carry a price-cut word
        has = any(m in f["text"].lower() for m in MARKERS)
        assert has == (f["text"] in ZH["pricecut"] + EN["pricecut"]), f["text"]

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
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city",
                              "城市", "primary_device", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "city", "城市", "brand", "品牌", "model", "storage", "condition_grade",
                             "pickup_method", "回收方式", "quoted_price", "final_price", "cancel_reason",
                             "coupon_value", "new_phone_brand", "ad_source"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "brand", "品牌",
                             "model", "storage", "self_grade", "condition_grade", "city", "城市", "pickup_method",
                             "回收方式", "quoted_price", "final_price", "booked_at", "inspected_at", "cancel_reason",
                             "coupon_redeemed", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "order_id", "brand", "品牌", "city", "城市", "pickup_method",
                                 "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def trade_in(c, t0, rng, bw, ev, comment, orders, nid, fmt) -> None:
    """one trade-in attempt: quote(s) -> maybe booking -> pickup / store -> inspection -> accept+payout / reject."""
    tfrac = (t0 - START).total_seconds() / (END - START).total_seconds()
    w = bw.copy()
    w[0] *= c["apple_mult"] * (1.9 if c["device"] == "ios" else 0.6)
    b = int(rng.choice(len(BRANDS), p=w / w.sum()))
    brand, bzh, _, p_down, extra = BRANDS[b]
    model, base = MODELS[brand][int(rng.integers(len(MODELS[brand])))]
    s = int(rng.choice(len(STORAGE), p=[x[2] for x in STORAGE]))
    if brand != "Apple" and s == 3:
        s = 2
    storage, smult = STORAGE[s][0], STORAGE[s][1]
    g_self = int(rng.choice(4, p=SELF_GRADE_W))
    age = (t0 - START).days / 30.4
    quoted = round(base * smult * GRADE_MULT[GRADES[g_self]] * (1 - 0.012 * age) / 10) * 10
    r = rng.random()
    qch = "kiosk" if r < 0.15 else ("mini_program" if r < 0.15 + 0.85 * (0.4 if c["channel"] == "mini_program"
                                                                          else 0.25) else "app")
    dev = "kiosk" if qch == "kiosk" else c["device"]
    oid = nid("o", "RN", 6)
    prod = dict(brand=brand, 品牌=bzh, model=model, storage=storage)
    n_q = int(rng.choice([1, 2, 3], p=[0.64, 0.26, 0.10]))
    tq = t0
    for j in range(n_q):
        if j:
            tq = tq + H(rng.uniform(0.05, 30))
        if not ev(c, tq, "tp_quote", "view", oid, channel=qch, device=dev, quoted_price=quoted,
                  condition_grade=GRADES[g_self], **prod):
            return
    p_book = {"kiosk": 0.8, "mini_program": 0.44, "app": 0.5}[qch]
    if rng.random() >= p_book:
        return
    tb = tq + (H(rng.uniform(0.1, 1.0)) if qch == "kiosk" else
               D(days=float(rng.exponential(1.3) if rng.random() < 0.88 else rng.uniform(7.5, 20))))
    if qch == "kiosk" or rng.random() < 0.28:
        method, mzh = "store", "到店回收"
    else:
        method, mzh = "courier", "上门取件"
    pm = dict(pickup_method=method, 回收方式=mzh)
    if not ev(c, tb, "tp_book", "submit", oid, channel=qch, device=dev, quoted_price=quoted, **prod, **pm):
        return
    o = dict(order_id=oid, customer_id=c["id"], ts=fmt(tb), amount=0, status="pending", channel=qch, device=dev,
             self_grade=GRADES[g_self], condition_grade="", city=c["city"], 城市=c["城市"], quoted_price=quoted,
             final_price="", booked_at=fmt(tb), inspected_at="", coupon_redeemed="false", currency="CNY",
             **prod, **pm)
    orders.append(o)      # status pending until the trade-in ends (cancelled / returned / paid)
    fbx = dict(order_id=oid, brand=brand, 品牌=bzh, pickup_method=method)
    slow = c["city"] == SLOW_CITY
    # cancellation / pickup / store visit
    if method == "courier":
        r = rng.random()
        p_fail = 0.09 if slow else 0.012
        if r < p_fail + 0.035:
            reason = "courier_failed" if r < p_fail else "customer_cancelled"
            tx = tb + H(rng.uniform(6, 80) if reason == "courier_failed" else rng.uniform(1, 30))
            if ev(c, tx, "tp_cancel", "fail", oid, cancel_reason=reason, **prod, **pm):
                o.update(ts=fmt(tx), cancel_reason=reason, status="cancelled")
                if reason == "courier_failed" and rng.random() < 0.4:
                    comment(c, tx + H(rng.uniform(0.2, 6)), "courier", "call_note", dated=rng.random() > 0.06,
                            **fbx)
            return
        wait = rng.lognormal(np.log(50 if slow else 19), 0.4)
        tp = tb + H(wait)
        if not ev(c, tp, "tp_courier_pickup", "success", oid, **prod, **pm):
            return
        if wait > 48 and rng.random() < (0.45 if slow else 0.15):
            comment(c, tp - H(rng.uniform(1, 20)), "courier", str(rng.choice(["ticket", "call_note"])),
                    dated=rng.random() > 0.06, **fbx)
            ev(c, tp - H(rng.uniform(1, 20)), "tp_cs", "contact", oid, **prod, **pm)
        tr = tp + H(rng.uniform(20, 60))
    else:
        if rng.random() < 0.07:
            tx = tb + D(days=3)
            if ev(c, tx, "tp_cancel", "fail", oid, cancel_reason="store_no_show", **prod, **pm):
                o.update(ts=fmt(tx), cancel_reason="store_no_show", status="cancelled")
            return
        tr = tb + (H(rng.uniform(0.05, 0.3)) if qch == "kiosk" else H(rng.uniform(2, 70)))
    if not ev(c, tr, "tp_received", "success", oid, **prod, **pm):
        return
    # inspection and final price
    ti = tr + (H(rng.uniform(0.3, 1.2)) if method == "store" else H(rng.uniform(3, 30)))
    g = g_self
    if rng.random() < p_down + 0.14 * tfrac:
        g = min(3, g + (2 if rng.random() < 0.2 else 1))
    final = quoted * GRADE_MULT[GRADES[g]] / GRADE_MULT[GRADES[g_self]] * rng.uniform(0.95, 1.0)
    if brand in (BAD_BRAND, "Google") and rng.random() < 0.85:
        final *= extra                                # "hidden" deductions: burn-in, battery health, parts
    final = float(max(30, round(final / 10) * 10))
    cut = (quoted - final) / quoted
    if not ev(c, ti, "tp_inspection", "success", oid, quoted_price=quoted, final_price=final,
              condition_grade=GRADES[g], **prod, **pm):
        return
    o.update(condition_grade=GRADES[g], final_price=final, inspected_at=fmt(ti), amount=final)
    fbx_i = dict(fbx)
    if cut > 0.12 and rng.random() < 0.1 + 0.55 * tfrac:
        comment(c, ti + H(rng.uniform(0.2, 30)), "pricecut", str(rng.choice(["ticket", "app_review"], p=[0.7, 0.3])),
                dated=rng.random() > 0.05, **fbx_i)
    p_rej = min(0.85, 0.04 + 1.35 * cut) * (0.55 if method == "store" else 1.0)
    if rng.random() < p_rej:
        td = ti + (H(rng.uniform(0.05, 0.3)) if method == "store" else H(rng.lognormal(np.log(8), 0.8)))
        if not ev(c, td, "tp_reject", "submit", oid, final_price=final, **prod, **pm):
            return
        if rng.random() < 0.35:
            ev(c, td + H(rng.uniform(0.1, 5)), "tp_cs", "contact", oid, **prod, **pm)
        tret = td + (H(rng.uniform(0.05, 0.2)) if method == "store" else H(rng.uniform(20, 90)))
        if ev(c, tret, "tp_return_ship", "success", oid, **prod, **pm):
            o.update(status="returned", ts=fmt(tret))
            if method == "courier" and rng.random() < 0.18:
                topic = "return" if rng.random() < 0.65 else "return_good"
                comment(c, tret + H(rng.uniform(2, 60)), topic, "ticket" if topic == "return" else "app_review",
                        rating=None if topic == "return" else int(rng.choice([4, 5])), tp="tp_return_ship",
                        dated=rng.random() > 0.06, **fbx)
        return
    ta = ti + (H(rng.uniform(0.05, 0.3)) if method == "store" else H(rng.lognormal(np.log(5), 0.9)))
    if not ev(c, ta, "tp_accept", "submit", oid, final_price=final, **prod, **pm):
        return
    delayed = rng.random() < 0.07
    tpay = ta + (H(rng.uniform(50, 130)) if delayed else H(rng.lognormal(np.log(1.2), 0.7)))
    if not ev(c, tpay, "tp_payout", "success", oid, final_price=final, **prod, **pm):
        return
    o.update(status="paid", ts=fmt(tpay))
    if delayed and rng.random() < 0.45:
        comment(c, tpay - H(rng.uniform(2, 40)), "payout", "ticket", dated=rng.random() > 0.06, **fbx)
        ev(c, tpay - H(rng.uniform(2, 40)), "tp_cs", "contact", oid, **prod, **pm)
    # post-payout CSAT survey
    if rng.random() < 0.42:
        wait_slow = slow and method == "courier"
        m = 4.6 - 7.0 * cut - (1.4 if delayed else 0) - (0.5 if wait_slow else 0)
        stars = int(np.clip(round(m + rng.normal(0, 0.55)), 1, 5))
        if stars >= 4 and method == "courier" and not wait_slow and rng.random() < 0.25:
            topic = "courier_good"
        elif stars >= 4:
            topic = "good" if rng.random() < 0.8 else "neutral"
        elif cut > 0.12 and rng.random() < 0.75:
            topic = "pricecut"
        elif delayed:
            topic = "payout"
        elif wait_slow:
            topic = "courier"
        else:
            topic = "neutral"
        comment(c, tpay + H(rng.uniform(1, 72)), topic, "survey", rating=stars,
                tp="tp_courier_pickup" if topic in ("courier", "courier_good") else "tp_payout", **fbx)
    # trade-in coupon on a new phone
    p_cp = 0.45 if method == "store" else 0.28
    if rng.random() < p_cp:
        tc = tpay + (D(days=float(rng.uniform(31, 50))) if rng.random() < 0.08 else
                     D(days=float(min(29.5, rng.exponential(6.0)))))
        nb = str(rng.choice(NEW_PHONE, p=NEW_PHONE_W))
        if ev(c, tc, "tp_coupon_redeem", "success", oid, channel="store",
              coupon_value=int(rng.choice([100, 200, 300], p=[0.5, 0.35, 0.15])), new_phone_brand=nb, **prod):
            o["coupon_redeemed"] = "true"
            r = rng.random()
            if r < 0.06:
                comment(c, tc + H(1), "coupon", "ticket", dated=True, **fbx)
            elif r < 0.16:
                comment(c, tc + H(rng.uniform(1, 48)), "coupon_good", "app_review", rating=5,
                        dated=rng.random() > 0.2, **fbx)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
