"""磨刀匠 EdgeCraft: knife sharpening in Chengdu, Hong Kong and Osaka (synthetic, written blind).

Three service lines share three workshops (成都工坊 Chengdu CDU, 香港工坊 Hong Kong HKG, 大阪工房 Osaka OSA):
- 寄磨到家 mail-in kits for households: the customer orders a kit (寄磨套装下单), we post a padded kit box
  (套装寄出 → 套装签收), the customer packs the knives and posts them back (寄回刀具), the workshop checks them in
  (到仓验刀: knife count, chipped blades), quotes chip repairs (崩口修复报价 → 确认修复) and re-handle jobs (换柄),
  sharpens (磨刀完成), runs the quality check (出厂质检, pass / fail → re-sharpen), posts them home (回寄发出 →
  回寄签收, `sla_breached` when the knives land more than 12 days after check-in). Lost knives → 丢刀理赔 claims.
- 餐厅取送 pickup rounds for restaurants on a monthly or quarterly subscription (开通订阅 / 续订 / 退订): a pickup
  is scheduled every two weeks (预约取刀), a driver collects (上门取刀, or misses it), the workshop sharpens and checks,
  the knives go back to the kitchen (送刀回店).
- 到店磨刀 walk-ins at the three workshops: drop-off (到店送磨), sharpening, check, collection (到店取刀).

Data 2025-01-01 .. 2026-06-30 (extract taken 2026-07-06). Naive times are each workshop's local time. Money: `amount`
in the market's currency (`currency` CNY / HKD / JPY) beside `amount_cny` (converted at the month's `fx_rate`).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260706), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260706
rng = np.random.default_rng(SEED)
T0 = datetime(2025, 1, 1)
TEND = datetime(2026, 6, 30, 23, 59, 59)


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


def biz(t: datetime, h0=9, h1=20) -> datetime:
    return t.replace(hour=ri(h0, h1 - 1), minute=ri(0, 59), second=ri(0, 59))


def later(t: datetime, d0: float, d1: float, h0=9, h1=20) -> datetime:
    x = biz(t + timedelta(days=u(d0, d1)), h0, h1)
    return x if x > t else t + timedelta(minutes=ri(15, 240))


def rand_day(a: datetime, b: datetime) -> datetime:
    return biz(a + timedelta(days=u(0, (b - a).days)))


# ---------------------------------------------------------------- reference data
MARKETS = {
    "CDU": dict(zh="成都", en="Chengdu", ws_zh="成都工坊", ws_en="Chengdu Workshop", cur="CNY", lang="zh"),
    "HKG": dict(zh="香港", en="Hong Kong", ws_zh="香港工坊", ws_en="Hong Kong Workshop", cur="HKD", lang="zh"),
    "OSA": dict(zh="大阪", en="Osaka", ws_zh="大阪工房", ws_en="Osaka Workshop", cur="JPY", lang="en"),
}
REGIONS = {
    "CDU": {"Sichuan": .42, "Chongqing": .16, "Guangdong": .12, "Shanghai": .10, "Beijing": .08, "Zhejiang": .07,
            "Yunnan": .05},
    "HKG": {"Hong Kong Island": .34, "Kowloon": .38, "New Territories": .28},
    "OSA": {"Osaka": .62, "Kyoto": .16, "Hyogo": .15, "Nara": .07},
}
REGION_ZH = {"Sichuan": "四川", "Chongqing": "重庆", "Guangdong": "广东", "Shanghai": "上海", "Beijing": "北京",
             "Zhejiang": "浙江", "Yunnan": "云南", "Hong Kong Island": "港岛", "Kowloon": "九龙",
             "New Territories": "新界", "Osaka": "大阪府", "Kyoto": "京都", "Hyogo": "兵库", "Nara": "奈良"}
ACQ = {
    "CDU": {"xiaohongshu": .34, "douyin": .24, "wechat": .14, "referral": .16, "chef_network": .04, "walk_by": .08},
    "HKG": {"instagram": .30, "facebook": .16, "google": .18, "referral": .20, "chef_network": .06, "walk_by": .10},
    "OSA": {"instagram": .24, "google": .26, "line": .14, "referral": .20, "chef_network": .06, "walk_by": .10},
}
ACQ_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "wechat": "微信", "referral": "老客推荐", "chef_network": "厨师圈",
          "walk_by": "路过进店", "instagram": "Instagram", "facebook": "Facebook", "google": "谷歌搜索", "line": "LINE"}
ROUTES = {"CDU": {"jinjiang": ("锦江线", "Jinjiang run", .5), "gaoxin": ("高新线", "Hi-Tech Zone run", .5)},
          "HKG": {"kowloon": ("九龙线", "Kowloon run", .55), "island": ("港岛线", "Island run", .45)},
          "OSA": {"namba": ("难波线", "Namba run", .5), "umeda": ("梅田线", "Umeda run", .5)}}
DRIVERS = {"jinjiang": ["Liu Qiang", "Zhao Min"], "gaoxin": ["Wang Hao", "Chen Lu"],
           "kowloon": ["Ricky Chan", "Ho Ka-wai"], "island": ["Jason Lee", "Tommy Wong"],
           "namba": ["Sato Yuki", "Mori Ken"], "umeda": ["Ito Jun", "Kato Ryo"]}
SHARPENERS = {"CDU": {"Yang Shifu": .4, "Li Bo": .35, "He Xin": .25},
              "HKG": {"Lam Wai-ming": .5, "Cheung Ho": .5},
              "OSA": {"Tanaka Hiro": .45, "Nakamura Aoi": .55}}
COURIERS = {"CDU": {"sf_express": .6, "yunda": .4}, "HKG": {"sf_express": .55, "kerry": .45},
            "OSA": {"yamato": .6, "sagawa": .4}}
COURIER_ZH = {"sf_express": "顺丰", "yunda": "韵达", "kerry": "嘉里", "yamato": "黑猫宅急便", "sagawa": "佐川急便"}
LINE_ZH = {"mail_in": "寄磨到家", "pickup": "餐厅取送", "walk_in": "到店磨刀"}
PRICE = {  # market currency
    "kit3": {"CDU": 129, "HKG": 268, "OSA": 3300}, "kit5": {"CDU": 189, "HKG": 388, "OSA": 4800},
    "kit8": {"CDU": 269, "HKG": 548, "OSA": 6900}, "chip": {"CDU": 60, "HKG": 150, "OSA": 1650},
    "rehandle": {"CDU": 280, "HKG": 580, "OSA": 8800}, "walkin": {"CDU": 35, "HKG": 70, "OSA": 1100},
    "monthly": {"CDU": 1280, "HKG": 2680, "OSA": 38000}, "quarterly": {"CDU": 3480, "HKG": 7280, "OSA": 103000},
}
ORDER_ZH = {"kit": "寄磨套装", "chip_repair": "崩口修复", "rehandle": "换柄", "walk_in": "到店磨刀",
            "subscription": "餐厅订阅"}


def fx(cur: str, t: datetime) -> float:
    if cur == "CNY":
        return 1.0
    k = (t.year - 2025) * 12 + t.month - 1
    if cur == "HKD":
        return round(0.9150 + 0.0012 * ((k * 7) % 9) / 2, 4)
    return round(0.0468 + 0.0004 * ((k * 5) % 11) / 2, 5)


TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social", "种草内容", "Social content", "awareness", "social", "digital", "marketing",
     "小红书笔记|抖音视频|Instagram reel|ad"),
    ("tp_kit_page", "套装详情页", "Kit product page", "consideration", "web", "digital", "growth", "商品页|PDP"),
    ("tp_kit_order", "寄磨套装下单", "Kit order", "purchase", "web", "digital", "growth",
     "下单|买套装|checkout|kit purchase"),
    ("tp_kit_ship", "套装寄出", "Kit dispatched", "service", "other", "physical", "logistics", "发套装|outbound kit"),
    ("tp_kit_deliver", "套装签收", "Kit delivered", "service", "other", "physical", "logistics",
     "收到套装|kit arrived"),
    ("tp_knives_sent", "寄回刀具", "Knives posted in", "service", "other", "physical", "logistics",
     "客户寄刀|寄出刀具|send-in|knives mailed"),
    ("tp_intake", "到仓验刀", "Workshop check-in", "service", "store", "physical", "workshop",
     "验刀|收刀|intake|check-in"),
    ("tp_repair_quote", "崩口修复报价", "Chip repair quote", "service", "app", "digital", "workshop",
     "崩口报价|修复报价|chip quote"),
    ("tp_repair_accept", "确认修复", "Chip repair approved", "purchase", "app", "digital", "workshop",
     "同意修复|repair go-ahead"),
    ("tp_rehandle_order", "换柄下单", "Re-handle ordered", "purchase", "app", "digital", "workshop",
     "换手柄|rehandle|new handle"),
    ("tp_rehandle_done", "换柄完工", "Re-handle finished", "service", "store", "physical", "workshop",
     "手柄装好|handle fitted"),
    ("tp_sharpen", "磨刀完成", "Sharpening done", "service", "store", "physical", "workshop", "开刃|磨好|sharpened"),
    ("tp_qc", "出厂质检", "Quality check", "service", "store", "physical", "quality", "质检|QC|final check"),
    ("tp_return_ship", "回寄发出", "Return shipped", "service", "other", "physical", "logistics",
     "寄回给客户|return parcel|outbound return"),
    ("tp_return_deliver", "回寄签收", "Knives back home", "service", "other", "physical", "logistics",
     "收到磨好的刀|return delivered|delivered back"),
    ("tp_sub_start", "开通订阅", "Subscription started", "purchase", "phone", "digital", "b2b_sales",
     "签约|开通包月|subscribe"),
    ("tp_sub_renew", "续订", "Subscription renewed", "loyalty", "other", "digital", "b2b_sales", "续费|renewal"),
    ("tp_sub_cancel", "退订", "Subscription cancelled", "loyalty", "phone", "digital", "b2b_sales",
     "解约|churn|cancel"),
    ("tp_pickup_book", "预约取刀", "Pickup scheduled", "service", "app", "digital", "dispatch",
     "排取刀|pickup slot"),
    ("tp_pickup", "上门取刀", "Pickup run", "service", "other", "physical", "dispatch", "取刀|collection run"),
    ("tp_dropoff", "送刀回店", "Knives back to kitchen", "service", "other", "physical", "dispatch",
     "送回餐厅|delivery run"),
    ("tp_walkin", "到店送磨", "Walk-in drop-off", "purchase", "store", "physical", "workshop",
     "门店送刀|counter drop-off"),
    ("tp_collect", "到店取刀", "Walk-in collection", "service", "store", "physical", "workshop",
     "门店取回|pick-up at counter"),
    ("tp_claim", "丢刀理赔", "Lost-knife claim", "service", "phone", "digital", "customer_care",
     "丢件理赔|lost knives claim|compensation"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "customer_care", "客诉|complaint ticket"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "customer_care", "打分|rating"),
]
JOURNEYS = [
    ("mail_in", "寄磨到家全流程", "Mail-in kit journey", 30,
     ["tp_kit_order", "tp_kit_deliver", "tp_knives_sent", "tp_intake", "tp_qc", "tp_return_deliver"]),
    ("pickup_round", "餐厅取送", "Restaurant pickup round", 7,
     ["tp_pickup_book", "tp_pickup", "tp_qc", "tp_dropoff"]),
    ("walk_in", "到店磨刀", "Workshop walk-in", 14, ["tp_walkin", "tp_qc", "tp_collect"]),
    ("chip_repair", "崩口修复确认", "Chip repair approval", 7, ["tp_repair_quote", "tp_repair_accept"]),
    ("rehandle", "换柄", "Re-handle job", 45, ["tp_rehandle_order", "tp_rehandle_done"]),
]

# ---------------------------------------------------------------- feedback texts
MARKERS = {
    "sharp": ["锋利", "razor sharp"], "courier": ["快递太慢", "courier was slow"],
    "lost": ["丢了", "went missing"], "scratch": ["划痕", "scratch"], "missed": ["没来取刀", "missed pickup"],
    "pricey": ["太贵", "expensive"], "packaging": ["包装", "packaging"], "handle_wait": ["换柄", "re-handle"],
    "uneven": ["刃口不均", "uneven edge"], "craft": ["师傅", "craftsman"], "punctual": ["准时", "on time"],
    "label": ["面单", "prepaid label"],
}
NEG = {"courier", "lost", "scratch", "missed", "pricey", "packaging", "handle_wait", "uneven"}
T = {
    "sharp": {"zh": ["刀回来特别锋利，切番茄一点不费劲", "磨完锋利得像新刀", "菜刀锋利多了，老妈很满意"],
              "en": ["knives came back razor sharp", "razor sharp again, like new", "my gyuto is razor sharp now"]},
    "courier": {"zh": ["回寄快递太慢了，等了一个多星期", "快递太慢，物流信息好几天不动", "刀磨好了但快递太慢"],
                "en": ["the return courier was slow, took over a week", "courier was slow and tracking froze",
                       "sharpening was fine but the courier was slow"]},
    "lost": {"zh": ["寄回来少了一把，刀丢了", "快递说刀丢了，理赔还没消息", "整箱刀丢了，很心疼"],
             "en": ["one of my knives went missing in the parcel", "the whole box went missing",
                    "a knife went missing and the claim is still open"]},
    "scratch": {"zh": ["刀面上多了几道划痕", "刀身有划痕，以前没有的", "侧面划痕很明显"],
                "en": ["there is a new scratch on the blade face", "blade came back with a scratch",
                       "visible scratch marks near the spine"]},
    "missed": {"zh": ["司机又没来取刀，后厨等了一上午", "约好的时间没来取刀", "这周没来取刀，刀都钝了"],
               "en": ["driver missed pickup again, kitchen waited all morning", "second missed pickup this month",
                      "missed pickup and nobody called"]},
    "pricey": {"zh": ["崩口修复太贵了", "价格有点太贵", "一把刀修个口子太贵"],
               "en": ["chip repair is too expensive", "a bit expensive for what it is",
                      "expensive compared to the market stall"]},
    "packaging": {"zh": ["套装包装太薄，刀尖都戳出来了", "包装盒压扁了", "包装不够结实"],
                  "en": ["the kit packaging is flimsy, a tip poked through", "packaging arrived crushed",
                         "packaging should be sturdier"]},
    "handle_wait": {"zh": ["换柄等了快一个月", "换柄进度太慢，一直说缺木料", "换柄拖太久了"],
                    "en": ["the re-handle took nearly a month", "re-handle delayed again, no walnut in stock",
                           "waiting forever on my re-handle"]},
    "uneven": {"zh": ["刃口不均，一边厚一边薄", "刀回来刃口不均", "刃口不均，还得自己再磨"],
               "en": ["uneven edge, one side is steeper", "came back with an uneven edge",
                      "uneven edge near the heel"]},
    "craft": {"zh": ["师傅很专业，还教我怎么保养", "师傅手艺好", "店里师傅很耐心"],
              "en": ["the craftsman explained the angle to me", "lovely craftsman at the counter",
                     "real craftsman work"]},
    "punctual": {"zh": ["司机每次都准时", "取送很准时", "准时送回后厨"],
                 "en": ["driver always on time", "pickup and drop-off on time", "back in the kitchen on time"]},
    "label": {"zh": ["面单都准备好了，寄回很方便", "自带面单，直接叫快递", "有面单省事多了"],
              "en": ["the prepaid label made sending easy", "prepaid label in the box, super easy",
                     "love the prepaid label"]},
}
NEUTRAL = {"zh": ["还行吧", "一般般，没什么特别", "下次再看看"], "en": ["it was ok", "nothing special", "fine I guess"]}


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

    def ev(self, c, t, tp, action, job=None, **kw):
        if t > TEND:
            return None
        m = (job or {}).get("market") or c["market"]
        row = dict(event_id=self.nid("EV"), customer_id=c["customer_id"], ts=t, touchpoint_id=tp, action=action,
                   session_id=job["job_id"] if job else None, market=m, workshop=MARKETS[m]["ws_zh"],
                   workshop_en=MARKETS[m]["ws_en"])
        if job:
            row["service_line"] = job["line"]
            row["业务线"] = LINE_ZH[job["line"]]
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, amount, order_type, status="paid", job=None, **kw):
        if t > TEND:
            return None
        m = c["market"]
        cur = MARKETS[m]["cur"]
        rate = fx(cur, t)
        row = dict(order_id=self.nid("SO"), customer_id=c["customer_id"], ts=t, amount=round(amount, 2),
                   currency=cur, fx_rate=rate, amount_cny=round(amount * rate, 2), status=status,
                   order_type=order_type, 订单类型=ORDER_ZH[order_type], market=m, 市场=MARKETS[m]["zh"],
                   workshop_en=MARKETS[m]["ws_en"])
        if job:
            row.update(job_id=job["job_id"], service_line=job["line"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, lang, tp=None, rating=None, nps=None, job=None):
        if t is not None and t > TEND:
            return
        parts = [T[k][lang][ri(0, len(T[k][lang]) - 1)] for k in topics] or [NEUTRAL[lang][ri(0, 2)]]
        text = ("，" if lang == "zh" else ". ").join(parts)
        if lang == "en" and chance(.5):
            text = text[0].upper() + text[1:] + "."
        neg = any(k in NEG for k in topics)
        pos = any(k not in NEG for k in topics)
        sentiment = "mixed" if neg and pos else "negative" if neg else "positive" if pos else "neutral"
        if channel not in ("dianping", "google_review", "app_review"):
            rating = None
        if channel != "survey":
            nps = None
        fid = self.nid("FB", 6)
        m = c["market"] if c else None
        self.feedback.append(dict(feedback_id=fid, customer_id=c["customer_id"] if c else None, ts=t,
                                  touchpoint_id=tp, channel=channel, rating=rating, nps=nps, text=text,
                                  language=lang, market=m, workshop=MARKETS[m]["ws_zh"] if m else None,
                                  workshop_en=MARKETS[m]["ws_en"] if m else None,
                                  service_line=job["line"] if job else None))
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sentiment))


# ---------------------------------------------------------------- customers
def make_customers():
    out = []
    n = {"household": 5200, "restaurant": 330}
    i = 0
    for ctype, k in n.items():
        for _ in range(k):
            i += 1
            m = pickd({"CDU": .48, "HKG": .27, "OSA": .25})
            acq = pickd(ACQ[m]) if ctype == "household" else pickd({"chef_network": .45, "referral": .25,
                                                                     "google": .15, "walk_by": .15})
            if ctype == "household":
                line = pickd({"mail_in": .74, "walk_in": .26})
                region = pickd(REGIONS[m]) if line == "mail_in" else list(REGIONS[m])[0] if m != "HKG" else \
                    pickd(REGIONS[m])
                plan, route = "none", None
            else:
                line = "pickup"
                region = list(REGIONS[m])[0] if m != "HKG" else pick(["Kowloon", "Hong Kong Island"], [.55, .45])
                plan = pickd({"monthly": .62, "quarterly": .38})
                route = ("kowloon" if region == "Kowloon" else "island") if m == "HKG" else pickd(
                    {k: v[2] for k, v in ROUTES[m].items()})
            signup = rand_day(T0 - timedelta(days=200), TEND - timedelta(days=25))
            lang = MARKETS[m]["lang"] if m != "HKG" else pick(["zh", "en"], [.6, .4])
            if m == "CDU":
                lang = "zh" if chance(.96) else "en"
            if m == "OSA":
                lang = "en" if chance(.85) else "zh"
            out.append(dict(customer_id=f"C{i:05d}", signup_at=signup, market=m, 市场=MARKETS[m]["zh"],
                            region=region, 地区=REGION_ZH[region], acquisition_channel=acq, 获客渠道=ACQ_ZH[acq],
                            customer_type=ctype, 客户类型="家庭" if ctype == "household" else "餐厅",
                            home_workshop=MARKETS[m]["ws_zh"], home_workshop_en=MARKETS[m]["ws_en"],
                            plan=plan, route=route, 路线=ROUTES[m][route][0] if route else None,
                            preferred_language=lang, phone_os=pick(["ios", "android"], [.55, .45]) if m != "OSA"
                            else pick(["ios", "android"], [.7, .3]), _line=line, _bad=False, _last=None,
                            tier=pick(["standard", "edge_club"], [.85, .15]) if ctype == "household" else plan))
    return out


def season(t: datetime) -> float:
    # busier before Chinese New Year, mid-autumn and year-end parties
    return 1.0 + 0.35 * (t.month in (1, 9, 12)) + 0.2 * (t.month in (11,))


def job_start(t0=T0):
    while True:
        t = rand_day(t0, TEND - timedelta(days=2))
        if rng.random() < season(t) / 1.35:
            return t


def sentiment_rating(topics):
    neg = sum(k in NEG for k in topics)
    pos = sum(k not in NEG for k in topics)
    if neg and not pos:
        return pick([1, 2, 3], [.45, .4, .15])
    if neg:
        return pick([2, 3, 4], [.3, .45, .25])
    if pos:
        return pick([4, 5], [.25, .75])
    return pick([3, 4], [.6, .4])


def nps_for(topics):
    if any(k in NEG for k in topics):
        return ri(0, 6) if chance(.8) else ri(7, 8)
    if topics:
        return ri(9, 10) if chance(.75) else ri(7, 8)
    return ri(5, 9)


def review(w, c, t, job, topics, tp, lang=None):
    lang = lang or c["preferred_language"]
    m = c["market"]
    ch = pickd({"app_review": .45, ("dianping" if m == "CDU" else "google_review"): .3, "survey": .25})
    w.fb(c, t, topics, ch, lang, tp, rating=sentiment_rating(topics), nps=nps_for(topics), job=job)
    w.ev(c, t, "tp_review", "review", job, channel="app", stars=sentiment_rating(topics) if ch != "survey" else None)


# ---------------------------------------------------------------- workshop steps shared by the lines
def workshop_work(w, c, t, job, knives, chip_walkin=False):
    """sharpen + QC (+ re-sharpen on a fail); returns time the knives are ready."""
    m = job["market"]
    sh = pickd(SHARPENERS[m])
    if m == "OSA" and t >= dt("2026-02-01") and chance(.45):
        sh = "Takeda Sho"  # new hire from February 2026
    t1 = later(t, 0.3, 2.5 if job["line"] != "pickup" else 1.2)
    w.ev(c, t1, "tp_sharpen", "sharpened", job, sharpener=sh, knife_count=knives)
    p_fail = 0.27 if sh == "Takeda Sho" else 0.045
    t2 = later(t1, 0.05, 0.6)
    if chance(p_fail):
        reason = pick(["uneven_edge", "burr_left", "scratch"], [.6, .25, .15]) if sh == "Takeda Sho" else \
            pick(["uneven_edge", "burr_left", "scratch"], [.3, .4, .3])
        w.ev(c, t2, "tp_qc", "fail", job, sharpener=sh, qc_result="fail", fail_reason=reason, knife_count=knives)
        t1 = later(t2, 0.2, 1.5)
        sh2 = pick([s for s in SHARPENERS[m]], list(SHARPENERS[m].values()))
        w.ev(c, t1, "tp_sharpen", "resharpened", job, sharpener=sh2, knife_count=knives)
        t2 = later(t1, 0.05, 0.5)
        w.ev(c, t2, "tp_qc", "pass", job, sharpener=sh2, qc_result="pass", knife_count=knives)
        job["escaped"] = sh == "Takeda Sho" and chance(.35)
        job["qc_fail"] = True
    else:
        escaped = chance(.12 if sh == "Takeda Sho" else .01)
        w.ev(c, t2, "tp_qc", "pass", job, sharpener=sh, qc_result="pass", knife_count=knives)
        job["escaped"] = escaped
        job["qc_fail"] = False
    job["sharpener"] = sh
    return t2


def chip_and_handle(w, c, t, job, knives):
    """at check-in: chipped blades get a repair quote, some ask for a new handle. returns extra days."""
    m = job["market"]
    chipped = int(rng.binomial(knives, 0.07))
    extra = 0.0
    if chipped:
        tq = later(t, 0.05, 0.5)
        amt = PRICE["chip"][m] * chipped
        w.ev(c, tq, "tp_repair_quote", "quoted", job, chipped_count=chipped, quote_amount=amt,
             currency=MARKETS[m]["cur"])
        p = {"CDU": .68, "HKG": .41, "OSA": .61}[m]
        if chance(p):
            ta = later(tq, 0.02, 2.5)
            w.ev(c, ta, "tp_repair_accept", "approved", job, chipped_count=chipped, quote_amount=amt,
                 channel=pick(["app", "wechat" if m == "CDU" else "whatsapp" if m == "HKG" else "line"], [.6, .4]))
            w.order(c, ta, amt, "chip_repair", job=job, knife_count=chipped,
                    payment_method=pay_method(m))
            extra += 1.0
            job["chip"] = "repaired"
        else:
            job["chip"] = "declined"
            if chance(.25):
                job["topics"].append("pricey")
    if job["line"] != "pickup" and chance(.09):
        tr = later(t, 0.1, 1)
        mat = pickd({"walnut": .45, "ebony": .2, "pakkawood": .25, "magnolia": .1})
        w.ev(c, tr, "tp_rehandle_order", "ordered", job, handle_material=mat, channel="app")
        w.order(c, tr, PRICE["rehandle"][m], "rehandle", job=job, handle_material=mat, payment_method=pay_method(m))
        slow = m == "CDU" and within(tr, "2026-01-01", "2026-03-31") and mat == "walnut"
        d = u(17, 28) if slow else u(4, 10)
        w.ev(c, later(tr, d, d + .5), "tp_rehandle_done", "fitted", job, handle_material=mat)
        extra += d
        if d > 14 and chance(.55):
            job["topics"].append("handle_wait")
        if d > 14 and chance(.5):  # chasing the workshop while waiting
            w.fb(c, later(tr, 14, 20), ["handle_wait"], pick(["wechat" if m != "OSA" else "line", "ticket"], [.6, .4]),
                 c["preferred_language"], "tp_rehandle_order", job=job)
    return extra


def pay_method(m):
    return pickd({"CDU": {"wechat_pay": .62, "alipay": .38}, "HKG": {"fps": .35, "credit_card": .4, "octopus": .25},
                  "OSA": {"credit_card": .55, "paypay": .3, "konbini": .15}}[m])


# ---------------------------------------------------------------- mail-in kit
def run_mail_in(w, c, t, jid, exp):
    m = c["market"]
    job = dict(job_id=jid, line="mail_in", market=m, topics=[])
    dev = c["phone_os"] if chance(.7) else "pc"
    chan = "app" if dev != "pc" and chance(.55) else ("mini_program" if m == "CDU" and dev != "pc" else "web")
    if c["_last"] is None and chance(.35):
        w.ev(c, max(T0 + timedelta(hours=9), t - timedelta(days=u(0.3, 5))), "tp_social", "view", None, channel="social",
             utm_source=c["acquisition_channel"], campaign=pick(["cny_knives_2025", "midautumn_2025", "cny_2026",
                                                                 "always_on"], [.2, .2, .2, .4]))
    if chance(.8):
        w.ev(c, t - timedelta(minutes=ri(3, 90)), "tp_kit_page", "view", job, device=dev, channel=chan)
    size = pickd({"kit3": .45, "kit5": .4, "kit8": .15})
    knives = {"kit3": 3, "kit5": 5, "kit8": 8}[size] - (ri(0, 1) if size != "kit3" else 0)
    variant = None
    if within(t, "2026-02-01", "2026-05-15") and c["customer_id"] not in exp:
        variant = pick(["prepaid_label", "self_book"], [.5, .5])
        exp[c["customer_id"]] = variant
        w.exps.append(dict(experiment_id="prepaid_label_2026", variant=variant, customer_id=c["customer_id"],
                           assigned_at=t))
    w.ev(c, t, "tp_kit_order", "submit", job, device=dev, channel=chan, kit_size=size, knife_count=knives,
         utm_source=c["acquisition_channel"])
    if chance(.03):
        w.order(c, t, PRICE[size][m], "kit", status="cancelled", job=job, kit_size=size, channel=chan, device=dev,
                payment_method=pay_method(m))
        return
    ordr = w.order(c, t, PRICE[size][m], "kit", job=job, kit_size=size, channel=chan, device=dev,
                   payment_method=pay_method(m))
    cour_out = pickd(COURIERS[m])
    t1 = later(t, 0.5, 1.5)
    w.ev(c, t1, "tp_kit_ship", "shipped", job, courier=cour_out, 快递公司=COURIER_ZH[cour_out])
    t2 = later(t1, 1, 3.5 if m == "CDU" else 2)
    w.ev(c, t2, "tp_kit_deliver", "delivered", job, courier=cour_out, 快递公司=COURIER_ZH[cour_out])
    old_box = t2 < dt("2025-09-01")
    if chance(.16 if old_box else .025):
        job["topics"].append("packaging")
    # the customer packs and posts the knives
    p_send = {"prepaid_label": .81, "self_book": .63}.get(variant, .66)
    if not chance(p_send):
        if chance(.12):  # very late senders, outside any window
            t3 = later(t2, 35, 80)
        else:
            if chance(.08):
                w.fb(c, later(t2, 3, 20), job["topics"] or [], pick(["wechat", "ticket"], [.5, .5]),
                     c["preferred_language"], "tp_kit_deliver", job=job)
            return
    else:
        t3 = later(t2, 0.5, 13)
    if variant == "prepaid_label" and chance(.18):
        job["topics"].append("label")
    cour_in = cour_out
    w.ev(c, t3, "tp_knives_sent", "posted", job, courier=cour_in, 快递公司=COURIER_ZH[cour_in],
         knife_count=knives, prepaid_label=variant == "prepaid_label")
    if chance(.004):
        lost_claim(w, c, later(t3, 8, 15), job, ordr, "inbound", cour_in)
        return
    t4 = later(t3, 1, 3.5)
    w.ev(c, t4, "tp_intake", "checked_in", job, knife_count=knives)
    extra = chip_and_handle(w, c, t4, job, knives)
    t5 = workshop_work(w, c, later(t4, extra * 0.9, extra + 1.5), job, knives)
    # return leg
    cour = pickd(COURIERS[m])
    t6 = later(t5, 0.05, 1.0)
    w.ev(c, t6, "tp_return_ship", "shipped", job, courier=cour, 快递公司=COURIER_ZH[cour],
         tracking_no=f"{cour[:2].upper()}{ri(10**9, 10**10 - 1)}")
    jam = cour == "yunda" and within(t6, "2025-11-01", "2026-01-31")
    if chance(.06 if jam else .003):
        lost_claim(w, c, later(t6, 7, 14), job, ordr, "return", cour)
        return
    transit = u(4.5, 10) if jam else (u(1, 3) if m == "CDU" else u(0.6, 1.8))
    t7 = later(t6, transit, transit + 0.3)
    breached = (t7 - t4) > timedelta(days=12)
    w.ev(c, t7, "tp_return_deliver", "delivered", job, courier=cour, 快递公司=COURIER_ZH[cour],
         sla_breached=breached, days_in_care=round((t7 - t4).total_seconds() / 86400, 1))
    if breached and chance(.5 if jam else .35):
        job["topics"].append("courier")
    if job.get("escaped"):
        job["topics"].append("uneven")
    if chance(.02):
        job["topics"].append("scratch")
    finish(w, c, t7, job, "tp_return_deliver")


def lost_claim(w, c, t, job, ordr, leg, courier):
    m = c["market"]
    ok = chance(.8)
    payout = round(u(150, 900) * (1 if m == "CDU" else 1.1), 0) if ok else 0
    w.ev(c, t, "tp_claim", "filed", job, claim_leg=leg, claim_status="approved" if ok else "rejected",
         payout_cny=payout, courier=courier, 快递公司=COURIER_ZH[courier])
    if ok and ordr is not None and t + timedelta(days=8) < TEND:
        ordr["status"] = "refunded"
        ordr["refunded_at"] = later(t, 2, 8)
    c["_bad"] = True
    job["topics"].append("lost")
    w.fb(c, later(t, 0, 3), ["lost"], pick(["ticket", "call_note", "wechat"], [.5, .3, .2]), c["preferred_language"],
         "tp_claim", job=job)
    if chance(.4):
        w.ev(c, later(t, 0.5, 4), "tp_complaint", "complaint", job, complaint_topic="lost_knives")


def finish(w, c, t, job, tp):
    topics = list(dict.fromkeys(job["topics"]))
    if not any(k in NEG for k in topics):
        if chance(.55):
            topics.append("sharp")
        if job["line"] != "mail_in" and chance(.25):
            topics.append("craft" if job["line"] == "walk_in" else "punctual")
    neg = any(k in NEG for k in topics)
    if neg:
        c["_bad"] = True
    if neg and chance(.3):
        ct = {"courier": "late_return", "lost": "lost_knives", "scratch": "damage", "missed": "missed_pickup",
              "pricey": "price", "packaging": "packaging", "handle_wait": "rehandle_delay",
              "uneven": "quality"}[[k for k in topics if k in NEG][0]]
        w.ev(c, later(t, 0.1, 3), "tp_complaint", "complaint", job, complaint_topic=ct, channel="phone")
    if chance(.42 if neg else .24):
        tfb = later(t, 0.2, 6)
        review(w, c, tfb, job, topics[:2], {"courier": "tp_return_deliver", "lost": "tp_claim",
                                            "missed": "tp_pickup", "pricey": "tp_repair_quote",
                                            "packaging": "tp_kit_deliver", "handle_wait": "tp_rehandle_done",
                                            "uneven": "tp_qc", "scratch": "tp_qc"}.get(
            ([k for k in topics if k in NEG] or [None])[0], tp))
    c["_last"] = t


# ---------------------------------------------------------------- walk-in
def run_walk_in(w, c, t, jid):
    m = c["market"]
    job = dict(job_id=jid, line="walk_in", market=m, topics=[])
    knives = pickd({1: .3, 2: .35, 3: .2, 4: .1, 6: .05})
    w.ev(c, t, "tp_walkin", "dropped_off", job, knife_count=knives, channel="store")
    w.order(c, t, PRICE["walkin"][m] * knives, "walk_in", job=job, knife_count=knives, channel="store",
            payment_method=pay_method(m))
    extra = chip_and_handle(w, c, t, job, knives)
    t2 = workshop_work(w, c, later(t, extra * 0.9, extra + 0.3), job, knives)
    if chance(.95):
        t3 = later(t2, 0.2, 5)
        w.ev(c, t3, "tp_collect", "collected", job, knife_count=knives, channel="store")
        if job.get("escaped"):
            job["topics"].append("uneven")
        finish(w, c, t3, job, "tp_collect")


# ---------------------------------------------------------------- restaurants
def run_restaurant(w, c, jobs_counter):
    m = c["market"]
    route = c["route"]
    start = max(c["signup_at"], T0 + timedelta(days=u(0, 20)))
    plan = c["plan"]
    sub = dict(job_id=f"SUB{c['customer_id'][1:]}", line="pickup", market=m, topics=[])
    rk0 = dict(plan=plan, route=route, 路线=ROUTES[m][route][0])
    if c["signup_at"] >= T0:
        w.ev(c, start, "tp_sub_start", "subscribed", sub, channel="phone", **rk0)
    period = 30 if plan == "monthly" else 91
    t_period = start
    t_pick = later(start, 1, 4)
    while t_period <= TEND:
        w.order(c, t_period, PRICE[plan][m], "subscription", job=sub, plan=plan, route=route,
                payment_method="bank_transfer" if chance(.6) else pay_method(m))
        nxt = t_period + timedelta(days=period)
        missed = 0
        while t_pick < min(nxt, TEND):  # pickups every two weeks in this billing period
            jobs_counter[0] += 1
            missed += pickup_round(w, c, t_pick, f"PU{jobs_counter[0]:06d}", m, route, plan)
            t_pick = t_pick + timedelta(days=14 + u(-1, 1))
        if nxt > TEND:
            break
        p_cancel = .06 if plan == "monthly" else .07
        if missed >= 1 and route == "kowloon":
            p_cancel += .22 if plan == "monthly" else .3
        if chance(p_cancel):
            tc = later(nxt - timedelta(days=ri(2, 6)), 0, 0.5)
            reason = "missed_pickups" if missed else pick(["price", "closed_down", "in_house", "other"],
                                                          [.35, .25, .25, .15])
            w.ev(c, tc, "tp_sub_cancel", "cancelled", sub, cancel_reason=reason, channel="phone", **rk0)
            break
        t_period = biz(nxt)
        w.ev(c, t_period, "tp_sub_renew", "renewed", sub, **rk0)


def pickup_round(w, c, t, jid, m, route, plan):
    job = dict(job_id=jid, line="pickup", market=m, topics=[])
    knives = ri(8, 28)
    drv = pick(DRIVERS[route], [.5, .5])
    rk = dict(route=route, 路线=ROUTES[m][route][0], driver=drv, plan=plan)
    tb = max(biz(t - timedelta(days=u(1, 3)), 15, 18), T0 + timedelta(hours=8))
    w.ev(c, tb, "tp_pickup_book", "scheduled", job, knife_count=knives, channel="app", **rk)
    slot = biz(t, 9, 11)
    hot = route == "kowloon" and within(slot, "2025-06-01", "2025-08-31")
    missed = 0
    if chance(.24 if hot else .03):
        w.ev(c, slot, "tp_pickup", "missed", job, reason="driver_no_show", **rk)
        if chance(.5 if hot else .3):
            job["topics"].append("missed")
        slot = biz(slot + timedelta(days=ri(1, 2)), 9, 11)
        missed = 1
    w.ev(c, slot, "tp_pickup", "collected", job, knife_count=knives, **rk)
    extra = chip_and_handle(w, c, slot, job, knives) if chance(.5) else 0
    t2 = workshop_work(w, c, later(slot, extra * 0.5, extra * 0.5 + 0.2), job, knives)
    t3 = biz(t2 + timedelta(days=u(0.3, 1.5)), 14, 17)
    w.ev(c, t3, "tp_dropoff", "delivered", job, knife_count=knives, **rk)
    if job.get("escaped"):
        job["topics"].append("uneven")
    if job["topics"] or chance(.05):
        finish(w, c, t3, job, "tp_dropoff")
    return missed


# ---------------------------------------------------------------- main generation
def generate():
    _check_templates()
    w = W()
    customers = make_customers()
    exp: dict = {}
    jobs = []
    for c in customers:
        if c["customer_type"] == "restaurant":
            continue
        k = 1 + chance(.3) + chance(.12) + chance(.05)
        t0 = max(T0, c["signup_at"])
        for _ in range(k):
            jobs.append((job_start(t0), c))
    jobs.sort(key=lambda x: x[0])
    for i, (t, c) in enumerate(jobs, 1):
        if c["_line"] == "mail_in":
            run_mail_in(w, c, t, f"MI{i:06d}", exp)
        else:
            run_walk_in(w, c, t, f"WI{i:06d}")
        c["_last"] = t
    counter = [0]
    for c in customers:
        if c["customer_type"] == "restaurant":
            run_restaurant(w, c, counter)
    # loose comments: social posts and call notes without a job, some without ts
    for _ in range(260):
        c = customers[ri(0, len(customers) - 1)]
        lang = c["preferred_language"]
        topics = [pickd({"sharp": .25, "pricey": .2, "craft": .15, "packaging": .08, "courier": .12, "label": .05,
                         "scratch": .05, "punctual": .1, "handle_wait": .03})]
        t = None if chance(.45) else rand_day(T0, TEND)
        ch = pick(["social", "call_note", "wechat"], [.45, .3, .25])
        w.fb(None if ch == "call_note" and chance(.4) else c, t, topics, ch, lang, None)
    for _ in range(70):
        c = customers[ri(0, len(customers) - 1)]
        w.fb(c, None if chance(.5) else rand_day(T0, TEND), [], pick(["wechat", "survey"], [.6, .4]),
             c["preferred_language"], None, nps=ri(5, 9))
    # segments at the end of the data
    last, njobs = {}, {}
    for e in w.events:
        last[e["customer_id"]] = max(last.get(e["customer_id"], T0), e["ts"])
        if e["touchpoint_id"] in ("tp_kit_order", "tp_walkin"):
            njobs[e["customer_id"]] = njobs.get(e["customer_id"], 0) + 1
    cancelled = {e["customer_id"] for e in w.events if e["touchpoint_id"] == "tp_sub_cancel"}
    for c in customers:
        lt = last.get(c["customer_id"])
        if c["customer_type"] == "restaurant":
            seg = "churned" if c["customer_id"] in cancelled else ("vip" if c["plan"] == "quarterly" else "returning")
            if c["customer_id"] in cancelled:
                c["plan"] = "none"
        elif c["_bad"] and (lt is None or lt < dt("2026-02-01")):
            seg = "at_risk"
        elif njobs.get(c["customer_id"], 0) >= 3:
            seg = "vip"
        elif njobs.get(c["customer_id"], 0) == 2:
            seg = "returning"
        else:
            seg = "new"
        c["segment"] = seg
    return w, customers


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow({k: fmt(r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    w, customers = generate()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "地区", "market", "市场", "acquisition_channel", "获客渠道",
           "tier", "customer_type", "客户类型", "plan", "route", "路线", "home_workshop", "home_workshop_en",
           "preferred_language", "phone_os"])
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "market", "workshop", "workshop_en", "service_line", "业务线", "kit_size", "knife_count",
               "chipped_count", "quote_amount", "currency", "handle_material", "courier", "快递公司", "tracking_no",
               "prepaid_label", "sla_breached", "days_in_care", "sharpener", "qc_result", "fail_reason", "route",
               "路线", "driver", "plan", "reason", "cancel_reason", "claim_leg", "claim_status", "payout_cny",
               "complaint_topic", "stars", "utm_source", "campaign"]
    dup = [e for e in w.events if e["touchpoint_id"] == "tp_kit_deliver"][::97][:40]  # courier webhook twice
    events = sorted(w.events + dup, key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", events, ev_cols)
    write(out / "orders.csv", sorted(w.orders, key=lambda r: (r["ts"], r["order_id"])),
          ["order_id", "customer_id", "ts", "amount", "currency", "fx_rate", "amount_cny", "status", "order_type",
           "订单类型", "channel", "device", "market", "市场", "workshop_en", "service_line", "job_id", "kit_size",
           "knife_count", "plan", "route", "handle_material", "payment_method", "refunded_at"])
    write(out / "feedback.csv", w.feedback, ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating",
                                             "nps", "text", "language", "market", "workshop", "workshop_en",
                                             "service_line"])
    write(out / "experiments.csv", w.exps, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", w.truth, ["feedback_id", "topics", "sentiment"])
    print({k: len(v) for k, v in dict(events=w.events, orders=w.orders, feedback=w.feedback, customers=customers,
                                      experiments=w.exps).items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
