"""花语蛋糕 BloomBake: online flower & cake delivery (own app, WeChat mini program, and the partner platforms
美团 Meituan and 饿了么 Ele.me as order channels), six cities, 2024-09-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260214
START = datetime(2024, 9, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4000
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731
M = lambda x: timedelta(minutes=float(x))  # noqa: E731

# city, 城市, region, weight, share of English-speaking customers
CITIES = [("Shanghai", "上海", "华东", 0.27, 0.15), ("Beijing", "北京", "华北", 0.2, 0.12),
          ("Guangzhou", "广州", "华南", 0.14, 0.04), ("Shenzhen", "深圳", "华南", 0.15, 0.12),
          ("Hangzhou", "杭州", "华东", 0.12, 0.04), ("Chengdu", "成都", "西南", 0.12, 0.03)]
SLOW_CITY = "Chengdu"            # courier partner short-staffed: ~3x late deliveries
REFUND_CHANNEL = "eleme"         # partner platform with many refunds (platform sides with the buyer, slow arbitration)
CITY_PRICE = {"Shanghai": 1.15, "Beijing": 1.06, "Chengdu": 0.9}
CHANNELS = ["app", "mini_program", "meituan", "eleme"]
CHANNEL_W = [0.38, 0.30, 0.20, 0.12]
ACQ = ["xiaohongshu", "douyin", "wechat", "meituan", "eleme", "referral", "search"]
ACQ_FOR = {"app": ([0, 1, 5, 6], [0.35, 0.25, 0.2, 0.2]), "mini_program": ([2, 0, 5], [0.6, 0.2, 0.2]),
           "meituan": ([3], [1.0]), "eleme": ([4], [1.0])}
TIERS = [("none", "非会员"), ("silver", "银卡会员"), ("gold", "金卡会员")]
TIER_W = [0.72, 0.2, 0.08]
TIER_PROP = {"none": 1.0, "silver": 2.6, "gold": 4.5}
SLOTS = [("09:00-12:00", 9), ("12:00-15:00", 12), ("15:00-18:00", 15), ("18:00-21:00", 18)]
# occasion, 场合
OCC = {"birthday": "生日", "anniversary": "纪念日", "valentines": "情人节", "mothers_day": "母亲节",
       "business": "商务", "everyday": "日常"}
OCC_N = ["birthday", "anniversary", "business", "everyday", "valentines"]
OCC_W = [0.42, 0.2, 0.15, 0.19, 0.04]
PTYPE = {"flowers": "鲜花", "cake": "蛋糕", "combo": "组合"}
# sku, 商品名, product name, type, base price
SKUS = [("F01", "经典红玫瑰11枝", "Classic 11 red roses", "flowers", 299),
        ("F02", "粉色康乃馨花束", "Pink carnation bouquet", "flowers", 199),
        ("F03", "向日葵花束", "Sunflower bouquet", "flowers", 169),
        ("F04", "香槟玫瑰礼盒", "Champagne rose box", "flowers", 399),
        ("F05", "商务开业花篮", "Business opening flower basket", "flowers", 599),
        ("K01", "草莓奶油蛋糕6寸", "Strawberry cream cake 6-inch", "cake", 228),
        ("K02", "黑森林蛋糕8寸", "Black Forest cake 8-inch", "cake", 298),
        ("K03", "芒果千层蛋糕", "Mango mille-crepe cake", "cake", 198),
        ("C01", "玫瑰+草莓蛋糕套餐", "Roses + strawberry cake set", "combo", 469),
        ("C02", "康乃馨+慕斯蛋糕套餐", "Carnations + mousse cake set", "combo", 399)]
SKU_BY = {s[0]: s for s in SKUS}
# holidays: date -> (holiday, 节日, demand multiplier)
HOLIDAYS = {date(2025, 2, 14): ("valentines", "情人节", 8.0), date(2026, 2, 14): ("valentines", "情人节", 9.0),
            date(2025, 5, 20): ("520", "520", 4.0), date(2026, 5, 20): ("520", "520", 4.5),
            date(2025, 8, 29): ("qixi", "七夕", 5.0),
            date(2025, 5, 11): ("mothers_day", "母亲节", 6.0), date(2026, 5, 10): ("mothers_day", "母亲节", 6.5)}
HOLIDAY_OCC = {"valentines": "valentines", "520": "valentines", "qixi": "valentines", "mothers_day": "mothers_day"}

TOUCHPOINTS = [
    ("tp_ad_click", "广告/种草点击", "Ad click", "awareness", "ads", "digital", "growth",
     "广告|小红书种草|抖音广告|种草|ad|ad click|campaign"),
    ("tp_browse", "首页/分类浏览", "Browse home & categories", "consideration", "app", "digital", "product",
     "浏览|首页|分类页|逛|browse|home page|category page"),
    ("tp_product_page", "商品详情页", "Product page", "consideration", "app", "digital", "product",
     "详情页|商品页|看花束|看蛋糕|product page|product detail|PDP"),
    ("tp_choose_slot", "选择配送时段", "Choose delivery slot", "purchase", "app", "digital", "product",
     "选时段|配送时段|预约时间|送达时间|delivery slot|time slot|slot picker|choose slot"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "app", "digital", "product",
     "下单|结算|提交订单|checkout|place order"),
    ("tp_pay", "支付成功", "Payment", "purchase", "app", "digital", "payments",
     "付款|支付|买单|付钱|pay|payment|paid|purchase"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "app", "digital", "customer_service",
     "取消|撤单|cancel|cancelled|cancellation"),
    ("tp_prepare", "花艺师/烘焙师制作", "Florist / bakery prepares", "service", "store", "physical", "studio",
     "制作|花艺师|插花|烘焙|做蛋糕|备货|prepare|florist|bakery|arranging"),
    ("tp_dispatch", "骑手取货出发", "Courier picks up", "service", "other", "physical", "logistics",
     "骑手取货|出发|配送中|取货|dispatch|courier pickup|out for delivery"),
    ("tp_delivered", "送达签收", "Delivered & signed", "service", "other", "physical", "logistics",
     "送达|签收|收到|配送|送花|delivered|delivery|sign-off|received"),
    ("tp_review", "订单评价", "Order review", "loyalty", "app", "digital", "quality",
     "评价|打分|晒图|好评|差评|review|rating|stars"),
    ("tp_complaint", "售后投诉", "After-sales complaint", "service", "phone", "digital", "customer_service",
     "投诉|售后|客诉|找客服|complaint|after-sales|support ticket"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "payments",
     "退款|退钱|赔付|refund|refunded|money back"),
    ("tp_member_join", "开通会员", "Membership sign-up", "loyalty", "app", "digital", "crm",
     "开会员|入会|会员卡|银卡|金卡|membership|join membership|loyalty"),
    ("tp_reminder_sent", "纪念日提醒推送", "Anniversary reminder sent", "loyalty", "app", "digital", "crm",
     "纪念日提醒|生日提醒|提醒推送|reminder|anniversary reminder|push"),
    ("tp_reminder_open", "打开纪念日提醒", "Anniversary reminder opened", "loyalty", "app", "digital", "crm",
     "打开提醒|点开提醒|reminder opened|open reminder"),
]
JOURNEYS = [
    ("purchase", "下单转化", "Online ordering", 3, ["tp_product_page", "tp_choose_slot", "tp_checkout", "tp_pay"]),
    ("fulfilment", "履约配送", "Fulfilment & delivery", 10, ["tp_pay", "tp_prepare", "tp_dispatch", "tp_delivered"]),
    ("aftersales", "售后退款", "Complaint to refund", 7, ["tp_complaint", "tp_refund"]),
    ("anniversary", "纪念日复购", "Anniversary repeat order", 7, ["tp_reminder_sent", "tp_reminder_open", "tp_pay"]),
]

ZH = {
    "late": ["说好下午三点前送到，结果送晚了两个小时", "情人节的花送晚了，约会都结束了才到", "骑手迟到一个多小时，电话也不接",
             "生日蛋糕送晚了，寿星都吹完蜡烛了", "配送超时，选的时段根本没用"],
    "wilted": ["收到的时候花蔫了，叶子都垂下来", "玫瑰花瓣边缘发黑，一看就不新鲜", "花蔫了，第二天就枯萎了",
               "康乃馨有一半是蔫的，送妈妈很尴尬"],
    "squashed": ["蛋糕压坏了，奶油全糊在盒子上", "蛋糕送到的时候塌了一边", "蛋糕盒被压扁，蛋糕变形了",
                 "骑手把蛋糕横着放，送到全压坏了"],
    "card": ["贺卡写错名字了", "备注的贺卡留言漏写了", "贺卡上的祝福语打错字"],
    "refund_slow": ["饿了么上申请退款一直没到账", "退款拖了好几天还在审核", "平台退款太慢，客服一直推"],
    "slot_full": ["想订的配送时段全部约满，只能放弃", "选时段的页面一直转圈，选不了时段", "节日前一周时段就约满了，太难订"],
    "pay_fail": ["付款的时候一直失败，换了卡才行", "微信支付扣款了订单却显示未支付"],
    "great": ["花很新鲜，包装也很精致，女朋友很喜欢", "蛋糕好吃不腻，准时送到", "花艺师配色很用心，比图片还好看",
              "骑手很有礼貌，准时送达", "第二次买了，品质稳定"],
    "price": ["节日价格涨得太狠了", "配送费有点贵"],
    "neutral": ["还可以吧", "和图片差不多", "一般，中规中矩"],
}
EN = {
    "late": ["Delivery was two hours late, missed the whole dinner", "Flowers arrived late on Valentine's Day",
             "Courier was over an hour late and did not answer the phone", "The birthday cake came late, party was over"],
    "wilted": ["The bouquet arrived wilted, leaves drooping", "Roses were wilting the next morning",
               "Half of the carnations were wilted"],
    "squashed": ["The cake was squashed, cream all over the box", "Cake arrived crushed on one side",
                 "Box was dented and the cake squashed"],
    "card": ["The gift card had the wrong name on it", "My card message was missing"],
    "refund_slow": ["Still waiting for my refund on Ele.me", "The refund took almost a week to come through"],
    "slot_full": ["Every delivery slot was full so I gave up", "The slot picker keeps spinning, cannot choose a time"],
    "pay_fail": ["Payment kept failing at checkout"],
    "great": ["Beautiful fresh flowers, my wife loved them", "Tasty cake and right on time",
              "Lovely arrangement, better than the photo", "Friendly courier, arrived on time"],
    "price": ["Holiday prices are way too high", "Delivery fee is a bit steep"],
    "neutral": ["It was ok", "Looks like the photo, nothing special"],
}
TAIL_ZH = {"neg": ["", "", "", "，希望改进", "。下次不会再买了", "！！", "，客服也没给个说法"],
           "pos": ["", "", "，好评", "，推荐", "，下次还来"], "neu": ["", ""]}
TAIL_EN = {"neg": ["", "", ". Disappointed.", " Please fix this.", "!"], "pos": ["", "", " Recommended!", " 5 stars."],
           "neu": ["", ""]}
SENT = {"late": "neg", "wilted": "neg", "squashed": "neg", "card": "neg", "refund_slow": "neg", "slot_full": "neg",
        "pay_fail": "neg", "price": "neg", "great": "pos", "neutral": "neu"}
TOPIC_TP = {"late": "tp_delivered", "wilted": "tp_prepare", "squashed": "tp_dispatch", "card": "tp_prepare",
            "refund_slow": "tp_refund", "slot_full": "tp_choose_slot", "pay_fail": "tp_pay", "price": "tp_product_page",
            "great": "tp_delivered", "neutral": "tp_delivered"}
RATING = {"late": (1, 4), "wilted": (1, 3), "squashed": (1, 3), "card": (2, 4), "refund_slow": (1, 3),
          "slot_full": (1, 3), "pay_fail": (1, 3), "price": (2, 4), "great": (4, 6), "neutral": (3, 5)}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "s": 0}

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def ev(c, t, tp, action, session="", channel=None, **extra):
        if t > END or t < START:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=c["device"], channel=channel or c["channel"], city=c["city"],
                   城市=c["城市"])
        row.update(extra)
        events.append(row)
        return True

    def comment(c, t, topic, channel, tp=None, rating=True, dated=True, **extra):
        if t is not None and t > END:
            return
        texts = (EN if c["lang"] == "en" else ZH)[topic]
        lo, hi = RATING[topic]
        text = str(texts[int(rng.integers(len(texts)))])
        tails = (TAIL_EN if c["lang"] == "en" else TAIL_ZH)[SENT[topic]]
        text += tails[int(rng.integers(len(tails)))]
        row = dict(feedback_id=nid("f", "FB", 6), text=text,
                   ts=fmt(t) if (dated and t is not None) else "", customer_id=c["id"],
                   touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                   rating=int(rng.integers(lo, hi)) if rating else "", language=c["lang"], city=c["city"],
                   城市=c["城市"], sentiment_label=SENT[topic])
        row.update(extra)
        feedback.append(row)

    # ---------------- customers ----------------
    days = [(START + D(days=i)).date() for i in range((END - START).days + 1)]
    near_holiday = np.array([max([0.0] + [3.0 for h in HOLIDAYS if 0 <= (h - d).days <= 4]) for d in days])
    growth = np.linspace(1.0, 1.8, len(days))
    p_sign = growth * (1 + near_holiday)
    p_sign /= p_sign.sum()
    customers = []
    for i in range(N):
        k = int(rng.choice(len(CITIES), p=[c[3] for c in CITIES]))
        city, city_zh, region, _, p_en = CITIES[k]
        ch = str(rng.choice(CHANNELS, p=CHANNEL_W))
        idx, w = ACQ_FOR[ch]
        acq = ACQ[int(rng.choice(idx, p=w))]
        d0 = days[int(rng.choice(len(days), p=p_sign))]
        signup = datetime(d0.year, d0.month, d0.day, int(rng.integers(8, 23)), int(rng.integers(60)))
        tier = int(rng.choice(3, p=TIER_W)) if ch in ("app", "mini_program") else int(rng.choice(3, p=[0.9, 0.08,
                                                                                                   0.02]))
        customers.append(dict(id=f"C{i + 1:05d}", city=city, 城市=city_zh, region=region, channel=ch, acq=acq,
                              signup=signup, tier=TIERS[tier][0], 会员等级=TIERS[tier][1],
                              device="ios" if rng.random() < 0.55 else "android",
                              lang="en" if rng.random() < p_en else "zh", orders=[]))
    for c in customers:
        c["join"] = c["signup"] + D(days=float(rng.exponential(25))) if c["tier"] != "none" else None
        if c["acq"] in ("xiaohongshu", "douyin") and rng.random() < 0.8:
            ev(c, c["signup"] - H(rng.uniform(0.3, 30)), "tp_ad_click", "click", ad_source=c["acq"])
        if c["join"] is not None:
            ev(c, c["join"], "tp_member_join", "success", tier=c["tier"])

    # ---------------- order intents: (customer, delivery date, first?) ----------------
    intents = []
    for c in customers:
        if rng.random() < 0.86:
            lag = rng.exponential(0.05) if rng.random() < 0.45 else 0.5 + rng.exponential(12)
            intents.append((c, (c["signup"] + D(days=float(lag))).date(), c["signup"] + D(days=float(lag))))
    sign_days = np.array([c["signup"].toordinal() for c in customers])
    prop = np.array([TIER_PROP[c["tier"]] for c in customers])
    for j, d in enumerate(days):
        mult = HOLIDAYS[d][2] if d in HOLIDAYS else (1.7 if (d + D(days=1)) in HOLIDAYS else 1.0)
        if d.month == 2 and d.day <= 12:
            mult *= 0.7          # Spring Festival lull
        lam = 9.0 * growth[j] * mult
        n = int(rng.poisson(lam))
        elig = np.nonzero(sign_days < d.toordinal())[0]
        if n == 0 or len(elig) == 0:
            continue
        w = prop[elig] / prop[elig].sum()
        for ci in rng.choice(elig, size=n, p=w):
            intents.append((customers[int(ci)], d, None))

    def make_order(c, d, first_ts=None, occasion=None, channel=None, pay_at=None, reminder=False):
        """One order delivered (or not) on date d. Returns the order dict or None."""
        slot_i = None
        if pay_at is None and first_ts is not None:
            pay_at = first_ts
        if pay_at is not None:
            pay_at = max(pay_at, c["signup"] + M(rng.uniform(3, 30)))
            slot_i = int(rng.choice(4, p=[0.2, 0.25, 0.25, 0.3]))
            while datetime(d.year, d.month, d.day, SLOTS[slot_i][1]) - H(1.5) < pay_at:
                d = d + D(days=1)
        hol = HOLIDAYS.get(d)
        if occasion is None:
            if hol and rng.random() < 0.85:
                occasion = HOLIDAY_OCC[hol[0]]
            else:
                occasion = str(rng.choice(OCC_N, p=OCC_W))
        if channel is None:
            channel = c["channel"] if rng.random() < 0.85 else str(rng.choice(CHANNELS, p=CHANNEL_W))
        # product
        if occasion == "mothers_day":
            sku = str(rng.choice(["F02", "C02", "F03", "F04"], p=[0.55, 0.25, 0.1, 0.1]))
        elif occasion == "valentines":
            sku = str(rng.choice(["F01", "F04", "C01", "K01"], p=[0.5, 0.25, 0.2, 0.05]))
        elif occasion == "birthday":
            sku = str(rng.choice(["K01", "K02", "K03", "C01", "C02", "F03", "F01"],
                                 p=[0.22, 0.18, 0.15, 0.12, 0.08, 0.15, 0.1]))
        elif occasion == "business":
            sku = str(rng.choice(["F05", "F04", "F03"], p=[0.65, 0.2, 0.15]))
        elif occasion == "anniversary":
            sku = str(rng.choice(["F01", "F04", "C01", "K02"], p=[0.35, 0.3, 0.25, 0.1]))
        else:
            sku = str(rng.choice(["F03", "F02", "K03", "K01", "F01"], p=[0.3, 0.2, 0.2, 0.15, 0.15]))
        _, name_zh, name_en, ptype, price = SKU_BY[sku]
        amount = price * (1.4 if (hol and hol[0] in ("valentines", "520", "qixi") and ptype != "cake") else 1.0)
        amount = amount * (1.08 if channel in ("meituan", "eleme") else 1.0) + float(rng.choice([0, 0, 10, 20]))
        amount *= CITY_PRICE.get(c["city"], 1.0)
        if c["tier"] == "gold":
            amount *= 0.9
        amount = round(amount, 2)
        # slot & timing
        if slot_i is None:
            slot_i = int(rng.choice(4, p=[0.2, 0.25, 0.25, 0.3] if occasion != "business" else
                                    [0.6, 0.3, 0.1, 0.0]))
        slot, sh = SLOTS[slot_i]
        slot_start = datetime(d.year, d.month, d.day, sh)
        slot_end = slot_start + H(3)
        if pay_at is None:
            lead = int(rng.choice(8, p=[0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.2, 0.25])) if hol else \
                int(rng.choice(4, p=[0.45, 0.3, 0.15, 0.1]))
            pay_at = datetime(d.year, d.month, d.day, int(rng.integers(7, 23)), int(rng.integers(60))) - D(days=lead)
            pay_at = min(pay_at, slot_start - H(rng.uniform(1.5, 5)))
            if pay_at < c["signup"]:
                return None
        if pay_at < START or slot_end > END:
            return None
        own = channel in ("app", "mini_program")
        oid = nid("o", "BB", 6)
        base = dict(product_type=ptype, 品类=PTYPE[ptype], occasion=occasion, 场合=OCC[occasion], sku=sku)
        # ordering session events (own channels only; partners send us the paid order)
        if own:
            t0 = pay_at - M(rng.uniform(6, 25))
            if rng.random() < 0.6:
                ev(c, t0 - M(rng.uniform(1, 6)), "tp_browse", "view", oid, channel, **base)
            ev(c, t0, "tp_product_page", "view", oid, channel, **base)
            ev(c, t0 + M(rng.uniform(1, 4)), "tp_choose_slot", "click", oid, channel, delivery_slot=slot, **base)
            ev(c, pay_at - M(rng.uniform(0.5, 2)), "tp_checkout", "submit", oid, channel, delivery_slot=slot, **base)
        ev(c, pay_at, "tp_pay", "success", oid, channel, delivery_slot=slot, **base)
        gift = bool(rng.random() < (0.75 if occasion in ("valentines", "anniversary", "mothers_day") else 0.45))
        o = dict(order_id=oid, customer_id=c["id"], ts=fmt(pay_at), amount=amount, status="paid", channel=channel,
                 device=c["device"] if own else "", city=c["city"], 城市=c["城市"], product_type=ptype,
                 品类=PTYPE[ptype], occasion=occasion, 场合=OCC[occasion], sku=sku, product_name=name_zh,
                 product_name_en=name_en, delivery_date=d.isoformat(), delivery_slot=slot,
                 holiday=hol[0] if hol else "", 节日=hol[1] if hol else "", gift_card=gift, is_late="",
                 late_minutes="", refund_amount="", from_reminder=reminder)
        orders.append(o)
        c["orders"].append(o)
        # cancellation before preparation
        p_cancel = 0.03 + (0.02 if hol else 0)
        if rng.random() < p_cancel:
            ev(c, pay_at + M(rng.uniform(5, 300)), "tp_cancel", "cancel", oid, channel, **base)
            o["status"] = "cancelled"
            return o
        prep = slot_start - H(rng.uniform(1.0, 3.0))
        ev(c, prep, "tp_prepare", "start", oid, channel, **base)
        # out of stock / quality fail at the studio -> refund before delivery
        if rng.random() < (0.012 + (0.03 if hol else 0)):
            ev(c, prep + H(rng.uniform(0.5, 2)), "tp_refund", "refund", oid, channel, refund_reason="out_of_stock",
               **base)
            o["status"], o["refund_amount"] = "refunded", amount
            return o
        # delivery
        p_late = 0.05
        if c["city"] == SLOW_CITY:
            p_late = 0.16
        if hol:
            p_late = 0.34 if c["city"] != SLOW_CITY else 0.55
        if sh == 18:
            p_late *= 1.6        # evening rush hour
        late = bool(rng.random() < min(p_late, 0.9))
        if late:
            lm = 10 + rng.exponential(70 if hol else 45)
            delivered = slot_end + M(lm)
            ride = rng.lognormal(np.log(75 if hol else 55), 0.3)
        else:
            ride = rng.lognormal(np.log(52 if c["city"] == SLOW_CITY else 38), 0.3)
            delivered = slot_start + M(rng.uniform(max(ride - 30, 5), 175))
            lm = 0
        delivered = max(delivered, prep + M(ride + 20))
        late = delivered > slot_end
        lm = max(0.0, (delivered - slot_end).total_seconds() / 60)
        dispatch = delivered - M(ride)
        ev(c, dispatch, "tp_dispatch", "pickup", oid, channel, **base)
        ev(c, delivered, "tp_delivered", "success", oid, channel, is_late=late, **base)
        o["is_late"], o["late_minutes"] = late, round(lm) if late else 0
        # issues
        month_idx = (d.year - 2026) * 12 + d.month if d.year >= 2026 else 0
        issue = None
        if ptype in ("cake", "combo") and rng.random() < (0.025 + 0.028 * month_idx if month_idx else 0.025):
            issue = "squashed"     # new crowd-sourced courier partner since Jan 2026: cakes carried badly
        elif ptype in ("flowers", "combo") and rng.random() < ((0.3 if late else 0.025) * (1.8 if d.month in (7, 8)
                                                                                             else 1.0)):
            issue = "wilted"
        elif late:
            issue = "late"
        elif gift and rng.random() < 0.02:
            issue = "card"
        o["issue"] = issue
        refunded = False
        if issue is not None:
            p_comp = {"squashed": 0.7, "wilted": 0.6, "late": 0.35, "card": 0.4}[issue]
            if channel == REFUND_CHANNEL:
                p_comp = min(1.0, p_comp + 0.3)
            if rng.random() < p_comp:
                tc = delivered + H(rng.uniform(0.2, 20))
                ev(c, tc, "tp_complaint", "open", oid, channel, complaint_type=issue, **base)
                comment(c, tc + M(rng.uniform(1, 30)), issue, "ticket", tp="tp_complaint", rating=False,
                        dated=rng.random() > 0.1, order_id=oid, product_type=ptype, 品类=PTYPE[ptype],
                        sales_channel=channel)
                p_ref = {"squashed": 0.8, "wilted": 0.7, "late": 0.4, "card": 0.15}[issue]
                if channel == REFUND_CHANNEL:
                    p_ref = min(1.0, p_ref + 0.25)
                if rng.random() < p_ref:
                    med = {"eleme": 62.0, "meituan": 30.0}.get(channel, 16.0)
                    tr = tc + H(rng.lognormal(np.log(med), 0.45))
                    if ev(c, tr, "tp_refund", "refund", oid, channel, refund_reason=issue, **base):
                        refunded = True
                        o["status"] = "refunded"
                        o["refund_amount"] = amount if issue in ("squashed", "wilted") else round(amount * 0.3, 2)
                        if channel == REFUND_CHANNEL and rng.random() < 0.35:
                            comment(c, tr + H(rng.uniform(1, 24)), "refund_slow", "ticket", rating=False,
                                    dated=rng.random() > 0.1, order_id=oid, product_type=ptype, 品类=PTYPE[ptype],
                                    sales_channel=channel)
        # Ele.me platform-side refunds without a complaint to us (buyer claims on the platform)
        if not refunded and channel == REFUND_CHANNEL and rng.random() < 0.09:
            tr = delivered + H(rng.lognormal(np.log(40), 0.5))
            if ev(c, tr, "tp_refund", "refund", oid, channel, refund_reason="platform_claim", **base):
                refunded = True
                o["status"], o["refund_amount"] = "refunded", amount
        # review
        p_rev = 0.32 if issue is None else 0.55
        if rng.random() < p_rev:
            tv = delivered + H(rng.uniform(1, 60))
            if tv <= END:
                topic = issue if issue else str(rng.choice(["great", "neutral", "price"], p=[0.72, 0.2, 0.08]))
                ev(c, tv, "tp_review", "submit", oid, channel, **base)
                comment(c, tv, topic, "order_review" if own else "platform_review", tp="tp_review", order_id=oid,
                        product_type=ptype, 品类=PTYPE[ptype], sales_channel=channel)
        return o

    # abandoned ordering sessions (own channels)
    def abandoned(c, t, peak):
        sid = nid("s", "S", 6)
        ch = c["channel"] if c["channel"] in ("app", "mini_program") else "app"
        if t < c["signup"]:
            return
        ev(c, t, "tp_product_page", "view", sid, ch)
        if rng.random() < 0.18:
            return
        ev(c, t + M(rng.uniform(1, 4)), "tp_choose_slot", "click", sid, ch, slot_full=peak)
        if rng.random() < (0.88 if peak else 0.72):
            return   # slot page: preferred slot full / page spinning
        ev(c, t + M(rng.uniform(5, 9)), "tp_checkout", "submit", sid, ch)

    intents.sort(key=lambda x: (x[1], x[0]["id"]))
    for c, d, first_ts in intents:
        hol = HOLIDAYS.get(d)
        peak = any(0 <= (h - d).days <= 3 for h in HOLIDAYS)
        o_ch = c["channel"] if rng.random() < 0.85 else str(rng.choice(CHANNELS, p=CHANNEL_W))
        o = make_order(c, d, first_ts=first_ts, channel=o_ch)
        if o is None:
            continue
        if o_ch in ("app", "mini_program") and rng.random() < (0.5 if peak else 0.15):
            abandoned(c, datetime.fromisoformat(o["ts"]) - H(rng.uniform(0.5, 30)), peak)   # compared a few first
    # window shoppers: visits that do not end in an order (most customers' visits)
    for c in customers:
        if c["channel"] not in ("app", "mini_program"):
            continue
        life = (END - c["signup"]).total_seconds() / 86400
        if rng.random() < 0.6:   # looks around right after installing / opening the mini program
            abandoned(c, c["signup"] + M(rng.uniform(1, 20)), any(0 <= (h - c["signup"].date()).days <= 3
                                                                   for h in HOLIDAYS))
        for _ in range(int(rng.poisson(3.5 * life / 365))):
            t = c["signup"] + D(days=float(rng.uniform(0, life)))
            abandoned(c, t, any(0 <= (h - t.date()).days <= 3 for h in HOLIDAYS))
        for h in HOLIDAYS:       # holiday rush: many look, slots are full
            t = datetime(h.year, h.month, h.day, 10) - D(days=float(rng.uniform(0.5, 4)))
            if t > c["signup"] and rng.random() < 0.3:
                abandoned(c, t, True)

    # ---------------- anniversary / birthday reminders (one year later, 7 days ahead) ----------------
    for c in customers:
        for o in list(c["orders"]):
            if o["occasion"] not in ("birthday", "anniversary") or o["status"] == "cancelled" or o["from_reminder"]:
                continue
            d = date.fromisoformat(o["delivery_date"])
            try:
                nd = d.replace(year=d.year + 1)
            except ValueError:
                nd = d + D(days=365)
            ts = datetime(nd.year, nd.month, nd.day, 10) - D(days=7)
            if ts > END or c["channel"] not in ("app", "mini_program"):
                continue
            ev(c, ts, "tp_reminder_sent", "push", occasion=o["occasion"], 场合=OCC[o["occasion"]])
            p_open = 0.55 if c["tier"] != "none" else 0.36
            if rng.random() < p_open:
                to = ts + H(rng.exponential(12))
                ev(c, to, "tp_reminder_open", "open", occasion=o["occasion"], 场合=OCC[o["occasion"]])
                if rng.random() < (0.55 if o["occasion"] == "anniversary" else 0.4):
                    pay = to + H(rng.uniform(0.3, 60))
                    make_order(c, nd, occasion=o["occasion"], channel=c["channel"], pay_at=pay, reminder=True)

    # ---------------- app store reviews (some undated) ----------------
    for _ in range(420):
        c = customers[int(rng.integers(N))]
        t = START + D(days=float(rng.uniform(0, (END - START).days)))
        peak = any(0 <= (h - t.date()).days <= 6 for h in HOLIDAYS)
        topic = str(rng.choice(["slot_full", "pay_fail", "great", "price", "neutral"],
                               p=[0.4, 0.1, 0.3, 0.1, 0.1] if peak else [0.22, 0.1, 0.43, 0.1, 0.15]))
        comment(c, t, topic, "app_review", dated=rng.random() > 0.3)

    # ---------------- segments ----------------
    for c in customers:
        paid = [o for o in c["orders"] if o["status"] == "paid"]
        last = max((datetime.fromisoformat(o["ts"]) for o in c["orders"]), default=None)
        if c["tier"] == "gold" or len(paid) >= 6:
            c["segment"] = "vip"
        elif last is not None and last < END - D(days=180) and len(c["orders"]) >= 1:
            c["segment"] = "at_risk"
        elif len(c["orders"]) >= 2:
            c["segment"] = "returning"
        else:
            c["segment"] = "new"

    # ---------------- write ----------------
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("true" if v is True else "false" if v is False else v) for k, v in r.items()})

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"], t), name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1,
                            touchpoint_id=tp, window_days=w)
                       for j, zh, en, w, steps in JOURNEYS for i, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write("customers", [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=c["segment"],
                             region=c["region"], acquisition_channel=c["acq"], tier=c["tier"], 会员等级=c["会员等级"],
                             city=c["city"], 城市=c["城市"], preferred_channel=c["channel"],
                             primary_device=c["device"], language=c["lang"],
                             member_since=fmt(c["join"]) if c["join"] else "") for c in customers],
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "会员等级", "city", "城市",
           "preferred_channel", "primary_device", "language", "member_since"])
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "city", "城市", "product_type", "品类", "occasion", "场合", "sku",
                             "delivery_slot", "is_late", "complaint_type", "refund_reason", "slot_full", "tier",
                             "ad_source"])
    orders.sort(key=lambda r: r["order_id"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "city", "城市",
                             "product_type", "品类", "occasion", "场合", "sku", "product_name", "product_name_en",
                             "delivery_date", "delivery_slot", "holiday", "节日", "gift_card", "is_late",
                             "late_minutes", "refund_amount", "from_reminder"])
    feedback.sort(key=lambda r: r["feedback_id"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "city", "城市", "order_id", "product_type", "品类", "sales_channel",
                                 "sentiment_label"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "flowers-data"))
