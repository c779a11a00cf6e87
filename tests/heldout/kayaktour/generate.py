"""漂流记 PaddleWild: a guided kayak / SUP (stand-up paddle board) / white-water rafting tour operator with seven launch
sites on rivers, a lake and the coast. A customer browses our trips on Ctrip (携程), Meituan (美团), our own site /
WeChat mini program, or finds us through a Xiaohongshu (小红书) note that links to the own site; books a trip (a date, a
slot: 上午场 morning / 下午场 afternoon / 日落场 sunset paddle) or a private charter (包船 / 团建包场), pays, and may be
cancelled by us for weather (typhoon, strong wind, high water, thunderstorm: full refund, fast on the own site, slow
through the OTAs) or cancel themselves (full refund only >= 24 h before the trip). Before the trip they e-sign the
waiver (免责协议) online, or sign on paper at the meeting point; then check-in (集合签到), safety briefing (安全培训,
life jackets), the trip itself with a guide (向导 / 教练), changing rooms and showers, sometimes a lost-item report
(失物登记), the photo package (照片包: basic or drone), a review, and maybe a repeat booking.
Extract: 2025-01-01 .. 2026-08-31 (historical relative to 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) plus OUTDIR/_truth/feedback_truth.csv
(the topics of each comment: the generator's truth, not a DATA.md table). Fixed seed, numpy + stdlib, ~3 s.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261214
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 7000
XINGPING_RENOVATED = datetime(2026, 4, 1)      # new changing rooms + hot showers at Li River Xingping
PHOTO_BACKLOG = (datetime(2025, 7, 20), datetime(2025, 8, 31))   # the photo editor quit: packs delivered late

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览线路", "Browse trips", "awareness", "web", "digital", "marketing",
     "浏览|看线路|搜索|携程上看|美团上看|小红书种草|browse|search|look at trips|listing"),
    ("tp_book", "预订下单", "Trip booked", "consideration", "web", "digital", "sales",
     "预订|下单|订票|约场次|book|booking|reserve|reservation"),
    ("tp_pay", "支付", "Payment", "purchase", "web", "digital", "finance", "支付|付款|付钱|pay|payment|paid"),
    ("tp_cancel", "客人取消", "Cancelled by customer", "service", "web", "digital", "sales",
     "取消|退订|不去了|cancel|customer cancellation"),
    ("tp_weather_cancel", "天气取消", "Weather cancellation", "service", "phone", "digital", "operations",
     "天气取消|台风取消|停航|封江|水位超警|风太大|weather cancel|called off|typhoon|cancelled for weather"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance", "退款|退钱|到账|refund|money back"),
    ("tp_waiver", "签署免责协议", "Waiver signed", "purchase", "mini_program", "digital", "operations",
     "免责协议|免责声明|安全协议|电子签|签协议|waiver|e-sign|liability form|disclaimer"),
    ("tp_gear", "装备租赁", "Gear rental", "purchase", "store", "physical", "operations",
     "装备|租装备|防水袋|防水手机套|防寒衣|潜水服|gear|rental|dry bag|wetsuit|phone pouch"),
    ("tp_checkin", "集合签到", "Check-in at meeting point", "service", "store", "physical", "operations",
     "签到|集合|集合点|报到|到场|check-in|meeting point|arrival"),
    ("tp_briefing", "安全培训", "Safety briefing", "service", "store", "physical", "operations",
     "安全培训|安全讲解|穿救生衣|教学|briefing|safety talk|life jacket|lesson"),
    ("tp_trip", "下水出发", "On the water (trip)", "service", "store", "physical", "guides",
     "下水|出发|划船|漂流|划桨板|行程|带队|向导|教练|trip|paddle|on the water|rafting|guide|tour"),
    ("tp_changing", "更衣淋浴", "Changing rooms & showers", "service", "store", "physical", "facilities",
     "更衣室|换衣服|淋浴|洗澡|热水|储物柜|changing room|shower|locker"),
    ("tp_lost_found", "失物登记", "Lost item report", "service", "phone", "physical", "operations",
     "失物|丢东西|东西丢了|掉水里|失物招领|lost item|lost and found|lost property"),
    ("tp_photo", "购买照片包", "Photo package", "purchase", "mini_program", "digital", "media",
     "照片|照片包|航拍|跟拍|拍照|photo|photos|photo pack|drone footage"),
    ("tp_review", "评价", "Review", "loyalty", "web", "digital", "marketing",
     "评价|点评|打分|好评|差评|review|rating|stars"),
    ("tp_rebook", "再次预订", "Repeat booking", "loyalty", "web", "digital", "crm",
     "回头客|复购|再来|二刷|又订|rebook|repeat booking|came back|return trip"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("booking", "预订转化", "Booking", ["tp_browse", "tp_book", "tp_pay"], 7),
    ("trip_day", "出行当天", "Trip day", ["tp_pay", "tp_checkin", "tp_briefing", "tp_trip"], 60),
    ("photo", "照片包转化", "Photo upsell", ["tp_trip", "tp_photo"], 3),
    ("weather_refund", "天气退款", "Weather refund", ["tp_weather_cancel", "tp_refund"], 30),
    ("rebook", "回头客", "Repeat trip", ["tp_trip", "tp_rebook"], 90),
]
# id, zh, en, city, 城市, water_type, products, weight, opened, drone photos
SITES = [
    ("S01", "漓江兴坪营地", "Li River Xingping", "Guilin", "桂林", "river", ["kayak", "sup"], 0.20, None, True),
    ("S02", "千岛湖营地", "Qiandao Lake", "Hangzhou", "杭州", "lake", ["kayak", "sup"], 0.19, None, False),
    ("S03", "三亚后海营地", "Sanya Houhai", "Sanya", "三亚", "coast", ["sup", "kayak"], 0.18, None, True),
    ("S04", "厦门黄厝营地", "Xiamen Huangcuo", "Xiamen", "厦门", "coast", ["kayak", "sup"], 0.14, None, False),
    ("S05", "青岛石老人营地", "Qingdao Shilaoren", "Qingdao", "青岛", "coast", ["sup", "kayak"], 0.11, None, False),
    ("S06", "恩施清江漂流", "Enshi Qingjiang Rafting", "Enshi", "恩施", "river", ["rafting"], 0.15, None, False),
    ("S07", "安吉峡谷漂流", "Anji Canyon Rafting", "Anji", "安吉", "river", ["rafting"], 0.03, datetime(2026, 5, 1),
     False),
]
SITE = {s[0]: s for s in SITES}
WATER_ZH = {"river": "江河", "lake": "湖泊", "coast": "海岸"}
PRODUCT_ZH = {"kayak": "皮划艇", "sup": "桨板", "rafting": "漂流"}
PRICE = {"kayak": 268, "sup": 198, "rafting": 238}
SLOT_ZH = {"morning": "上午场", "afternoon": "下午场", "sunset": "日落场"}
SLOT_H = {"morning": (9, 0), "afternoon": (14, 0), "sunset": (17, 30)}
CHAN_ZH = {"ctrip": "携程", "meituan": "美团", "own_site": "官网小程序", "xiaohongshu": "小红书"}
GUIDES = {  # site: [(id, zh, en)]
    "S01": [("G01", "黄海波", "Huang Haibo"), ("G02", "莫小兰", "Mo Xiaolan"), ("G03", "韦志刚", "Wei Zhigang")],
    "S02": [("G04", "陈凯", "Chen Kai"), ("G05", "周强", "Zhou Qiang"), ("G06", "许婷", "Xu Ting")],
    "S03": [("G07", "符明", "Fu Ming"), ("G08", "Leo 林", "Leo Lin"), ("G09", "吉阿妹", "Ji Amei")],
    "S04": [("G10", "郑海", "Zheng Hai"), ("G11", "苏晴", "Su Qing")],
    "S05": [("G12", "王浩", "Wang Hao"), ("G13", "刘洋", "Liu Yang")],
    "S06": [("G14", "向军", "Xiang Jun"), ("G15", "谭勇", "Tan Yong")],
    "S07": [("G16", "钱磊", "Qian Lei")],
}
GUIDE_NAME = {g[0]: g for gs in GUIDES.values() for g in gs}
BAD_GUIDE = "G05"
REASON_ZH = {"typhoon": "台风", "strong_wind": "大风", "high_water": "水位超警", "thunderstorm": "雷暴"}
REGIONS = [("Shanghai", "上海", 0.24), ("Hangzhou", "杭州", 0.13), ("Guangzhou", "广州", 0.12), ("Shenzhen", "深圳", 0.12),
           ("Beijing", "北京", 0.11), ("Wuhan", "武汉", 0.1), ("Changsha", "长沙", 0.08), ("Overseas", "海外", 0.1)]
ACQ = [("ctrip", 0.36), ("meituan", 0.27), ("own_site", 0.17), ("xiaohongshu", 0.2)]
GROUPS = [("family", "亲子家庭", 0.3), ("couple", "情侣", 0.25), ("friends", "朋友结伴", 0.28), ("corporate", "公司团建", 0.1),
          ("solo", "独自出行", 0.07)]
GROUP_ZH = {g[0]: g[1] for g in GROUPS}
MONTH_W = [0.35, 0.35, 0.5, 0.8, 1.1, 1.4, 1.9, 2.0, 1.2, 1.1, 0.6, 0.35]

# ---------- feedback phrase bank: every marker phrase belongs to exactly one topic ----------
PHRASES = {
    "guide_bad": (["教练全程在玩手机，根本不管我们", "向导态度很差，问问题爱答不理", "教练一直催我们快点划，很不耐烦"],
                  ["our guide was on his phone the whole time", "the guide was rude and impatient with us"]),
    "guide_good": (["教练很专业，一路讲解", "向导超级耐心，手把手教我们"],
                   ["our guide was fantastic", "very patient guide, taught us everything"]),
    "changing_room": (["更衣室很脏，地上全是泥沙", "淋浴没有热水，冻得发抖", "更衣室太挤了，换衣服要排队"],
                      ["the changing rooms were filthy", "no hot water in the showers"]),
    "lost_item": (["手机掉水里了，找不回来", "墨镜在漂流的时候丢了", "落在船上的包后来找不到了"],
                  ["lost my phone in the rapids", "my sunglasses got lost on the river"]),
    "refund_slow": (["天气取消的退款一个星期了还没到账", "退款太慢了，客服一直说在处理"],
                    ["the refund still hasn't arrived", "the refund is taking forever"]),
    "cancel_late": (["早上到了集合点才通知因为天气取消", "前一晚没消息，当天一早临时取消"],
                    ["they cancelled on the morning of the trip", "last-minute cancellation, we had already driven there"]),
    "photo_slow": (["照片等了一个多星期才发过来", "买了照片包到现在还没收到"],
                   ["still waiting for the photos", "the photos took over a week to arrive"]),
    "checkin_wait": (["现场签免责协议排了好久的队", "签到排队排了半小时"],
                     ["we waited ages at check-in", "signing the waiver on site was a long queue"]),
    "briefing": (["安全培训太草率，五分钟就讲完", "救生衣不合身，也没人帮忙调"],
                 ["the safety briefing was rushed", "my life jacket didn't fit"]),
    "scenery": (["风景太美了", "水特别清，能看到鱼"], ["stunning scenery", "crystal clear water"]),
}
NEG = {"guide_bad": 1.8, "changing_room": 1.1, "lost_item": 1.6, "refund_slow": 2.6, "cancel_late": 2.0,
       "photo_slow": 1.3, "checkin_wait": 0.8, "briefing": 1.2}
FILL_ZH = ["整体还行。", "下次还会再来。", "带孩子一起来的。", "和朋友一起来的。", "第一次玩。", "", "价格稍微有点贵。"]
FILL_EN = ["Overall ok.", "First time paddling.", "Came with friends.", "Would come back.", ""]
GEN_POS = (["体验很好，推荐！", "玩得很开心"], ["Great experience, recommend!", "had a great time"])
GEN_NEG = (["体验一般般"], ["meh, not worth the price"])


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def weather_p(site, d):
    m, y = d.month, d.year
    if site == "S03":
        return (0.30 if y == 2025 else 0.14) if m in (7, 8, 9) else 0.04
    if site == "S04":
        return 0.13 if m in (7, 8, 9) else 0.03
    if site == "S05":
        return 0.07 if m in (6, 7, 8) else 0.04
    if site == "S06":
        return (0.38 if y == 2025 else 0.12) if m == 6 else (0.07 if m in (7, 8) else 0.03)
    if site == "S01":
        return 0.10 if m == 6 else 0.03
    return 0.03 if site == "S02" else 0.06


def weather_reason(site, d):
    wt = SITE[site][5]
    if wt == "coast":
        return pick(["typhoon", "strong_wind"], [0.7, 0.3]) if d.month in (7, 8, 9) else "strong_wind"
    if wt == "river":
        return pick(["high_water", "thunderstorm"], [0.75, 0.25]) if d.month in (5, 6, 7) else "thunderstorm"
    return pick(["strong_wind", "thunderstorm"])


def site_open(site, d):
    op = SITE[site][8]
    if op and d < op:
        return False
    if site == "S05" and d.month in (12, 1, 2, 3):
        return False
    return True


class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.ne = self.no = self.nf = self.nb = 0

    def ev(self, cid, t, tp, sess=None, action="", device="", channel="", **extra):
        self.ne += 1
        row = dict(event_id=f"E{self.ne:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp, session_id=sess or "",
                   action=action, device=device, channel=channel)
        row.update(extra)
        self.events.append(row)

    def order(self, cid, t, amount, otype, status, channel, bk, b, refunded_at=None, **extra):
        self.no += 1
        zh = {"tour_ticket": "行程票", "private_charter": "包船包场", "photo_pack": "照片包", "gear_rental": "装备租赁"}
        row = dict(order_id=f"PW{self.no:06d}", customer_id=cid, ts=fmt(t), amount=round(amount, 2),
                   status=status, channel=channel, device=b.get("device", ""), order_type=otype, 订单类型=zh[otype],
                   booking_id=bk, site_id=b["site"], site=SITE[b["site"]][1], site_en=SITE[b["site"]][2],
                   product=b["product"], 项目=PRODUCT_ZH[b["product"]], party_size=b["party"],
                   refunded_at=fmt(refunded_at) if refunded_at else "", currency="CNY")
        row.update(extra)
        self.orders.append(row)

    def fb(self, cid, t, tp, channel, topics, lang, b=None, rating=None, nps=None, no_ts=False, pos=False):
        self.nf += 1
        fid = f"FB{self.nf:05d}"
        parts = []
        for tpc in topics:
            parts.append(pick(PHRASES[tpc][0 if lang == "zh" else 1]))
        if not topics:
            parts.append(pick(GEN_POS[0 if lang == "zh" else 1] if pos else GEN_NEG[0 if lang == "zh" else 1]))
        sep = "，" if lang == "zh" else ", "
        text = sep.join(parts) + ("。" if lang == "zh" else ". ")
        fill = pick(FILL_ZH if lang == "zh" else FILL_EN)
        text = (text + fill).strip()
        row = dict(feedback_id=fid, text=text, ts="" if no_ts else fmt(t), customer_id=cid or "", touchpoint_id=tp,
                   channel=channel, rating="" if rating is None else int(rating), nps="" if nps is None else int(nps),
                   language=lang, booking_id=b["id"] if b else "", site_id=b["site"] if b else "",
                   site=SITE[b["site"]][1] if b else "", site_en=SITE[b["site"]][2] if b else "",
                   product=b["product"] if b else "", 项目=PRODUCT_ZH[b["product"]] if b else "",
                   guide_id=b.get("guide", "") if b else "",
                   guide=GUIDE_NAME[b["guide"]][1] if b and b.get("guide") else "",
                   guide_en=GUIDE_NAME[b["guide"]][2] if b and b.get("guide") else "")
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics)))


def stars(topics, pos_bias=0.0):
    base = 4.75 + pos_bias - sum(NEG.get(t, 0) for t in topics) + rng.normal(0, 0.55)
    return int(min(5, max(1, round(base))))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    w = W()
    # signup days: seasonal, growing
    days = [START + D(days=i) for i in range((END - START).days + 1)]
    dw = np.array([MONTH_W[d.month - 1] * (1.0 + 0.55 * (d - START).days / 365) for d in days])
    sign_idx = np.sort(rng.choice(len(days), size=N_CUST, p=dw / dw.sum()))
    customers = []
    for i in range(N_CUST):
        cid = f"C{i + 1:05d}"
        region = pick(REGIONS, [r[2] for r in REGIONS])
        acq = pick([a[0] for a in ACQ], [a[1] for a in ACQ])
        grp = pick(GROUPS, [g[2] for g in GROUPS])[0]
        lang = "en" if (region[0] == "Overseas" and rng.random() < 0.85) or rng.random() < 0.02 else "zh"
        device = pick(["ios", "android", "pc"], [0.47, 0.38, 0.15])
        su = days[sign_idx[i]] + D(hours=int(rng.integers(8, 23)), minutes=int(rng.integers(0, 60)),
                                   seconds=int(rng.integers(0, 60)))
        c = dict(customer_id=cid, signup_at=fmt(su), region=region[0], 常住城市=region[1], acquisition_channel=acq,
                 获客渠道=CHAN_ZH[acq], group_type=grp, 客群=GROUP_ZH[grp],
                 age_band=pick(["18-25", "26-35", "36-45", "46-55", "56+"], [0.22, 0.4, 0.25, 0.1, 0.03]),
                 gender=pick(["F", "M"]), can_swim=pick(["yes", "no"], [0.68, 0.32]), preferred_language=lang,
                 _dev=device, _trips=0, _spend=0.0, _paid=[], _last_trip=None)
        c["会游泳"] = "会" if c["can_swim"] == "yes" else "不会"
        customers.append(c)
        browse_ch = {"ctrip": "ctrip", "meituan": "meituan", "own_site": "own_site", "xiaohongshu": "xiaohongshu"}[acq]
        w.ev(cid, su, "tp_browse", None, "view", device, browse_ch, booking_channel="")
        extra_browse = int(rng.integers(0, 3))
        t = su
        for _ in range(extra_browse):
            t = t + D(hours=float(rng.exponential(30)))
            if t < END:
                w.ev(cid, t, "tp_browse", None, "view", device, browse_ch, booking_channel="")
        p_book = {"ctrip": 0.58, "meituan": 0.36, "own_site": 0.74, "xiaohongshu": 0.5}[acq]
        if rng.random() > p_book:
            continue
        late = rng.random() < 0.1
        tb = su + (D(days=float(rng.uniform(8, 40))) if late else D(hours=float(rng.exponential(20)) + 0.2))
        chan = "own_site" if acq == "xiaohongshu" else acq
        booking(w, c, tb, chan, first=True)
    # ----- tables
    for c in customers:
        n, sp = c["_trips"], c["_spend"]
        first_paid = min(c["_paid"]) if c["_paid"] else None
        if not c["_paid"]:
            seg = "prospect"
        elif first_paid >= datetime(2026, 6, 1):
            seg = "new"
        elif n >= 3:
            seg = "loyal"
        elif c["_last_trip"] and c["_last_trip"] < datetime(2025, 10, 1):
            seg = "at_risk"
        elif n == 2:
            seg = "returning"
        else:
            seg = "one_time"
        c["segment"] = seg
        c["tier"] = "gold" if sp >= 3000 else "silver" if sp >= 1000 else "regular"
        c["会员等级"] = {"gold": "金卡", "silver": "银卡", "regular": "普通会员"}[c["tier"]]
    ccols = ["customer_id", "signup_at", "segment", "region", "常住城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
             "group_type", "客群", "age_band", "gender", "can_swim", "会游泳", "preferred_language"]
    write(out / "customers.csv", ccols, customers)
    tcols = ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"]
    write(out / "touchpoints.csv", tcols, [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                                channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jrows = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                  touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", list(jrows[0]), jrows)
    ev = [e for e in w.events if e["ts"] <= fmt(END)]
    ev.sort(key=lambda e: (e["ts"], e["event_id"]))
    dups = [dict(e) for e in ev[::1700]]             # tracker re-sends: exact duplicates
    ev = ev + dups
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "booking_channel", "预订渠道", "site_id", "site", "site_en", "site_city", "营地城市", "water_type", "水域类型",
             "product", "项目", "time_slot", "场次", "trip_date", "party_size", "is_charter", "amount", "waiver_mode",
             "签署方式", "guide_id", "guide", "guide_en", "trip_hours", "cancel_reason", "取消原因", "refund_amount",
             "gear_item", "photo_type", "lost_item", "stars"]
    write(out / "events.csv", ecols, ev)
    orders = [o for o in w.orders if o["ts"] <= fmt(END)]
    for o in orders:
        if o["refunded_at"] and o["refunded_at"] > fmt(END):
            o["status"], o["refunded_at"] = "paid", ""
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "booking_id",
             "site_id", "site", "site_en", "product", "项目", "party_size", "trip_date", "gear_item", "photo_type",
             "refunded_at", "currency"]
    write(out / "orders.csv", ocols, orders)
    keep = {f["feedback_id"] for f in w.feedback if f["ts"] == "" or f["ts"] <= fmt(END)}
    fb = [f for f in w.feedback if f["feedback_id"] in keep]
    write(out / "feedback.csv", list(w.feedback[0]), fb)
    write(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topics"],
          [t for t in w.truth if t["feedback_id"] in keep])


def booking(w, c, tb, chan, first, rebook=False):
    if tb > END:
        return
    cid, dev = c["customer_id"], c["_dev"]
    w.nb += 1
    bk = f"BK{w.nb:06d}"
    grp = c["group_type"]
    lead = float(rng.gamma(2.0, 4.0)) + 0.5
    trip_day = (tb + D(days=lead)).replace(hour=0, minute=0, second=0, microsecond=0)
    sw = [s[7] * (1.8 if c["region"] == "Overseas" and s[0] in ("S01", "S03") else 1.0) for s in SITES]
    for _ in range(20):
        site = pick([s[0] for s in SITES], sw)
        if site_open(site, trip_day):
            break
    else:
        return
    s = SITE[site]
    product = pick(s[6], [0.6, 0.4] if len(s[6]) == 2 else None)
    slot = pick(["morning", "afternoon", "sunset"], [0.45, 0.35, 0.2] if product == "sup" and s[5] != "river"
                else [0.55, 0.45, 0.0])
    party = {"family": int(rng.integers(3, 5)), "couple": 2, "friends": int(rng.integers(2, 7)),
             "corporate": int(rng.integers(8, 26)), "solo": 1}[grp]
    charter = grp == "corporate" and rng.random() < 0.65 or grp == "family" and rng.random() < 0.05
    price = PRICE[product] * (1.3 if slot == "sunset" else 1.0) * (1.05 if trip_day.year == 2026 else 1.0)
    if chan == "meituan":
        price *= 0.85
    amount = round(float(rng.uniform(1800, 2600)) + 140 * party, 0) if charter else round(price * party, 0)
    b = dict(id=bk, site=site, product=product, party=party, device=dev)
    base = dict(booking_channel=chan, 预订渠道=CHAN_ZH[chan], site_id=site, site=s[1], site_en=s[2], site_city=s[3],
                营地城市=s[4], water_type=s[5], 水域类型=WATER_ZH[s[5]], product=product, 项目=PRODUCT_ZH[product],
                time_slot=slot, 场次=SLOT_ZH[slot], trip_date=trip_day.strftime("%Y-%m-%d"), party_size=party,
                is_charter="yes" if charter else "no")
    ochan = chan
    t = tb
    if rebook:
        w.ev(cid, t, "tp_rebook", bk, "rebook", dev, chan, **base)
        t += D(minutes=float(rng.uniform(1, 10)))
    w.ev(cid, t, "tp_book", bk, "submit", dev, chan, amount=amount, **base)
    if rng.random() > (0.84 if chan != "meituan" else 0.8):
        return                                       # unpaid booking expires
    t += D(minutes=float(rng.uniform(1, 25)))
    w.ev(cid, t, "tp_pay", bk, "success", dev, chan, amount=amount, **base)
    tpay = t
    otype = "private_charter" if charter else "tour_ticket"
    start_h, start_m = SLOT_H[slot]
    t_slot = trip_day + D(hours=start_h, minutes=start_m)
    if t_slot <= tpay:
        t_slot = tpay + D(hours=3)
    lang = c["preferred_language"]
    # customer cancellation
    if rng.random() < 0.06:
        tc = tpay + (t_slot - tpay) * float(rng.uniform(0.1, 0.98))
        w.ev(cid, tc, "tp_cancel", bk, "cancel", dev, chan, **base)
        if t_slot - tc >= D(hours=24):
            tr = tc + refund_delay(chan)
            w.ev(cid, tr, "tp_refund", bk, "refund", "", chan, refund_amount=amount, cancel_reason="customer",
                 取消原因="客人取消", **base)
            w.order(cid, tpay, amount, otype, "refunded", ochan, bk, b, refunded_at=tr, trip_date=base["trip_date"])
        else:
            w.order(cid, tpay, amount, otype, "paid", ochan, bk, b, trip_date=base["trip_date"])
        c["_paid"].append(tpay)
        c["_spend"] += 0 if t_slot - tc >= D(hours=24) else amount
        return
    # weather cancellation
    if rng.random() < weather_p(site, trip_day):
        morning = rng.random() < 0.4
        tw = (trip_day + D(hours=float(rng.uniform(6.5, 8.0)))) if morning else \
            (trip_day - D(days=1) + D(hours=float(rng.uniform(18, 21.5))))
        tw = max(tw, tpay + D(minutes=30))
        reason = weather_reason(site, trip_day)
        w.ev(cid, tw, "tp_weather_cancel", bk, "cancel", "", "phone", cancel_reason=reason, 取消原因=REASON_ZH[reason],
             **base)
        dl = refund_delay(chan)
        tr = tw + dl
        w.ev(cid, tr, "tp_refund", bk, "refund", "", chan, refund_amount=amount, cancel_reason=reason,
             取消原因=REASON_ZH[reason], **base)
        w.order(cid, tpay, amount, otype, "refunded", ochan, bk, b, refunded_at=tr, trip_date=base["trip_date"])
        c["_paid"].append(tpay)
        topics = []
        if dl > D(days=3) and rng.random() < 0.55:
            topics.append("refund_slow")
        if morning and rng.random() < 0.4:
            topics.append("cancel_late")
        if topics:
            ch = pick(["ticket", f"{chan}_review"], [0.6, 0.4])
            tp = "tp_refund" if "refund_slow" in topics else "tp_weather_cancel"
            tf = tr + D(hours=float(rng.uniform(1, 30))) if "refund_slow" in topics and rng.random() < 0.3 else \
                tw + D(days=float(rng.uniform(3, 6))) if "refund_slow" in topics else tw + D(hours=float(rng.uniform(1, 8)))
            w.fb(cid, tf, tp, ch, topics, lang, b, rating=stars(topics) if ch.endswith("review") else None)
        # weather victims sometimes re-book another date
        if rng.random() < 0.35:
            booking(w, c, tw + D(hours=float(rng.uniform(2, 72))), chan, first=False)
        return
    # no-show
    if rng.random() < 0.03:
        w.order(cid, tpay, amount, otype, "paid", ochan, bk, b, trip_date=base["trip_date"])
        c["_paid"].append(tpay)
        c["_spend"] += amount
        return
    w.order(cid, tpay, amount, otype, "paid", ochan, bk, b, trip_date=base["trip_date"])
    c["_paid"].append(tpay)
    c["_spend"] += amount
    # waiver
    p_online = {"own_site": 0.92, "ctrip": 0.6, "meituan": 0.37}[chan]
    online = rng.random() < p_online
    tci = t_slot - D(minutes=float(rng.uniform(0, 25)))
    if online:
        tw_ = tpay + (tci - tpay) * float(rng.uniform(0.3, 0.97))
        w.ev(cid, tw_, "tp_waiver", bk, "e_sign", dev, "mini_program", waiver_mode="online", 签署方式="线上电子签", **base)
    w.ev(cid, tci, "tp_checkin", bk, "check_in", "", "onsite", **base)
    if not online:
        w.ev(cid, tci + D(minutes=float(rng.uniform(3, 12))), "tp_waiver", bk, "paper_sign", "", "onsite",
             waiver_mode="onsite", 签署方式="现场纸质签", **base)
    # gear
    p_gear = 0.45 if product == "rafting" else 0.2
    gear = rng.random() < p_gear
    if gear:
        item = pick(["dry_bag", "phone_pouch", "wetsuit"], [0.45, 0.35, 0.2])
        gprice = {"dry_bag": 30, "phone_pouch": 20, "wetsuit": 60}[item] * min(party, 4)
        tg = tci + D(minutes=float(rng.uniform(2, 10)))
        w.ev(cid, tg, "tp_gear", bk, "rent", "", "onsite", gear_item=item, amount=gprice, **base)
        w.order(cid, tg, gprice, "gear_rental", "paid", "onsite", bk, b, gear_item=item)
        c["_spend"] += gprice
    tbr = tci + D(minutes=float(rng.uniform(20, 42) if not online else rng.uniform(6, 16)))
    w.ev(cid, tbr, "tp_briefing", bk, "briefing", "", "onsite", **base)
    guides = GUIDES[site]
    g = pick(guides)
    b["guide"] = g[0]
    ttrip = tbr + D(minutes=float(rng.uniform(12, 20)))
    hours = {"kayak": 3.0, "sup": 2.0, "rafting": 2.5}[product]
    w.ev(cid, ttrip, "tp_trip", bk, "launch", "", "onsite", guide_id=g[0], guide=g[1], guide_en=g[2], trip_hours=hours,
         **base)
    c["_trips"] += 1
    c["_last_trip"] = ttrip
    tend = ttrip + D(hours=hours)
    topics = []
    if g[0] == BAD_GUIDE and rng.random() < 0.45:
        topics.append("guide_bad")
    elif g[0] != BAD_GUIDE and rng.random() < 0.03:
        topics.append("guide_bad")
    elif rng.random() < 0.12:
        topics.append("guide_good")
    if rng.random() < (0.85 if product != "rafting" else 0.95):
        w.ev(cid, tend + D(minutes=float(rng.uniform(5, 20))), "tp_changing", bk, "shower", "", "onsite", **base)
        p_cr = 0.42 if site == "S01" and ttrip < XINGPING_RENOVATED else 0.04
        if rng.random() < p_cr:
            topics.append("changing_room")
    if not online and rng.random() < 0.12:
        topics.append("checkin_wait")
    if rng.random() < 0.04:
        topics.append("briefing")
    p_lost = (0.2 if site == "S07" else (0.09 if not gear else 0.02)) if product == "rafting" else 0.015
    lost = rng.random() < p_lost
    if lost:
        item = pick(["phone", "sunglasses", "bag", "car_key"], [0.45, 0.3, 0.15, 0.1])
        w.ev(cid, tend + D(minutes=float(rng.uniform(20, 90))), "tp_lost_found", bk, "report", "", "phone",
             lost_item=item, **base)
        if rng.random() < 0.6:
            w.fb(cid, tend + D(hours=float(rng.uniform(1, 20))), "tp_lost_found", "ticket", ["lost_item"], lang, b)
        elif rng.random() < 0.7:
            topics.append("lost_item")
    # photo pack
    p_photo = {"S03": 0.46, "S01": 0.34}.get(site, 0.19) + (0.06 if product == "sup" else 0.0)
    if rng.random() < p_photo:
        drone = s[9] and rng.random() < 0.55
        tph = tend + D(hours=float(rng.uniform(0.5, 40)))
        pprice = 199 if drone else 99
        w.ev(cid, tph, "tp_photo", bk, "purchase", dev, "mini_program", photo_type="drone" if drone else "basic",
             amount=pprice, **base)
        refunded = rng.random() < 0.03
        rt = tph + D(days=float(rng.uniform(1, 4))) if refunded else None
        w.order(cid, tph, pprice, "photo_pack", "refunded" if refunded else "paid", "mini_program", bk, b,
                refunded_at=rt, photo_type="drone" if drone else "basic")
        if not refunded:
            c["_spend"] += pprice
        if PHOTO_BACKLOG[0] <= tph <= PHOTO_BACKLOG[1] and rng.random() < 0.35:
            topics.append("photo_slow")
        elif rng.random() < 0.02:
            topics.append("photo_slow")
    if rng.random() < 0.25:
        topics.append("scenery")
    # review on the booking channel
    if rng.random() < 0.42:
        tr = tend + D(days=float(rng.uniform(0.3, 3)))
        w.ev(cid, tr, "tp_review", bk, "rate", dev, chan, stars=stars(topics), **base)
        rating = w.events[-1]["stars"]
        ch = f"{chan}_review"
        fts = [t_ for t_ in topics]
        if not fts and rng.random() < 0.15:
            fts = []
        tp = tp_of(fts)
        no_ts = ch == "meituan_review" and rng.random() < 0.05
        w.fb(cid, tr, tp, ch, fts, lang, b, rating=rating, no_ts=no_ts, pos=rating >= 4)
    elif rng.random() < 0.28:
        nps = int(min(10, max(0, round(9.3 - 1.6 * sum(NEG.get(t_, 0) for t_ in topics) + rng.normal(0, 1.2)))))
        tr = tend + D(days=float(rng.uniform(0.5, 2)))
        w.fb(cid, tr, tp_of(topics), "survey", topics, lang, b, nps=nps, pos=nps >= 7)
    elif rng.random() < 0.08:
        tr = tend + D(days=float(rng.uniform(0.5, 10)))
        sc = [t_ for t_ in topics if t_ != "checkin_wait"] or ["scenery"]
        w.fb(cid if rng.random() < 0.4 else None, tr, tp_of(sc), "xiaohongshu", sc, lang, b, no_ts=rng.random() < 0.5,
             pos=True)
    # repeat trip
    p_rb = {"ctrip": 0.22, "meituan": 0.12, "own_site": 0.36, "xiaohongshu": 0.3}[c["acquisition_channel"]]
    p_rb *= {"family": 1.25, "couple": 0.9, "friends": 1.0, "corporate": 0.6, "solo": 1.3}[c["group_type"]]
    if "guide_bad" in topics or "lost_item" in topics:
        p_rb *= 0.5
    if rng.random() < p_rb:
        gap = float(rng.gamma(2.0, 22.0)) + 2
        nchan = "own_site" if rng.random() < 0.5 else chan
        booking(w, c, tend + D(days=gap), nchan, first=False, rebook=True)


def tp_of(topics):
    order = [("refund_slow", "tp_refund"), ("cancel_late", "tp_weather_cancel"), ("lost_item", "tp_lost_found"),
             ("guide_bad", "tp_trip"), ("changing_room", "tp_changing"), ("photo_slow", "tp_photo"),
             ("checkin_wait", "tp_checkin"), ("briefing", "tp_briefing"), ("guide_good", "tp_trip"),
             ("scenery", "tp_trip")]
    for t_, tp in order:
        if t_ in topics:
            return tp
    return "tp_review"


def refund_delay(chan):
    if chan == "own_site":
        return D(hours=float(rng.uniform(0.5, 8)))
    if chan == "meituan":
        return D(days=float(rng.uniform(1, 2.5)))
    return D(days=float(rng.uniform(3, 7)))


def write(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow({k: r.get(k, "") for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
