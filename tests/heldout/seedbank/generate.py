"""绿芽种苗 GreenSprout Seeds & Seedlings: a seed and seedling e-commerce company for home gardeners and small farms
in mainland China (CNY: online shop, WeChat mini program, app) and Malaysia (MYR: online shop, app). Seasonal
catalogues (春季 / 秋季目录, Malaysia an all-year "Tropical" catalogue), a germination guarantee (发芽保障: claim →
review → reship or refund), cold-chain shipping of plug seedlings (穴盘苗冷链发货), a planting-advice chat (种植顾问),
and monthly subscription seed boxes (种子订阅盒). Data 2025-01-01 .. 2026-06-30 (claims / deliveries run a few
weeks into July 2026).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 6, 30)
N_CUST = 4000
BUG = (date(2025, 9, 1), date(2025, 9, 30))         # Malaysia FPX online-banking gateway times out at payment
AB = (date(2026, 4, 1), date(2026, 6, 30))         # checkout_onepage A/B test (cart → payment)
VID = (date(2025, 6, 1), date(2025, 8, 31))        # box_page_video test (no effect)
BOX_RISE = date(2025, 10, 1)                       # China seed box 69 → 89 CNY per month
CARRIER_SWITCH = date(2025, 11, 1)                 # China cold chain: cheaper 德通冷链 dtk_cold takes half the volume
FX = 0.62                                          # MYR price level relative to CNY numbers

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_catalogue", "季节目录", "Seasonal catalogue", "awareness", "app", "digital", "marketing",
     "春季目录|秋季目录|新品目录|种子目录|选种手册|catalogue|catalog|seasonal catalogue|spring catalogue"),
    ("tp_variety", "品种详情页", "Variety page", "consideration", "app", "digital", "ecommerce",
     "商品页|品种页|详情页|种子详情|variety page|product page|PDP|listing"),
    ("tp_cart", "加入购物车", "Add to cart", "purchase", "app", "digital", "ecommerce",
     "加购|购物车|add to cart|cart|basket"),
    ("tp_checkout", "结算下单", "Checkout", "purchase", "app", "digital", "ecommerce",
     "结算|提交订单|下单|填地址|checkout|place order|submit order"),
    ("tp_payment", "支付成功", "Payment", "purchase", "app", "digital", "payments",
     "支付|付款|付款成功|payment|paid|payment success"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "付款失败|支付不成功|payment failed|payment failure|FPX failed"),
    ("tp_coldchain_ship", "冷链发货", "Cold-chain dispatch", "service", "other", "physical", "fulfilment",
     "冷链|冷链发货|穴盘苗发货|苗发货|cold chain|cold-chain shipping|seedling dispatch|chilled shipping"),
    ("tp_delivery", "签收", "Delivered", "service", "other", "physical", "fulfilment",
     "到货|签收|收货|送达|delivery|delivered|received|parcel arrived"),
    ("tp_advice_chat", "种植顾问咨询", "Planting-advice chat", "service", "app", "digital", "agronomy",
     "种植顾问|农技顾问|在线问诊|种植咨询|问专家|planting advice|grow advice|agronomist chat|plant doctor"),
    ("tp_claim", "发芽保障理赔申请", "Germination-guarantee claim", "service", "app", "digital", "customer_service",
     "包发芽|发芽保障|不发芽理赔|售后申请|理赔|补发申请|germination guarantee|guarantee claim|claim|no-sprout claim"),
    ("tp_claim_review", "理赔审核", "Claim review", "service", "app", "digital", "customer_service",
     "审核|理赔审核|售后审核|claim review|claim decision|assessment"),
    ("tp_claim_settle", "补发或退款", "Claim settled (reship / refund)", "service", "app", "digital", "customer_service",
     "补发|退款|赔付|理赔到账|reship|replacement|refund|claim paid|claim settled"),
    ("tp_box_page", "种子盒介绍页", "Seed box page", "consideration", "app", "digital", "membership",
     "订阅盒页面|种子盒页|月度种子盒|seed box page|subscription page|box page"),
    ("tp_box_subscribe", "开通种子盒订阅", "Seed box subscription", "loyalty", "app", "digital", "membership",
     "订阅种子盒|开通订阅|种子盒|订阅盒|subscribe|seed box subscription|subscription start|seed club"),
    ("tp_box_cancel", "取消种子盒订阅", "Seed box cancellation", "loyalty", "app", "digital", "membership",
     "退订|取消订阅|停订|unsubscribe|cancel subscription|subscription cancelled|churn"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("purchase", "选种下单", "Browse to purchase", ["tp_variety", "tp_cart", "tp_checkout", "tp_payment"], 7),
    ("coldchain", "穴盘苗冷链配送", "Seedling cold-chain delivery", ["tp_coldchain_ship", "tp_delivery"], 7),
    ("claim", "发芽保障理赔", "Germination-guarantee claim", ["tp_claim", "tp_claim_review", "tp_claim_settle"], 30),
    ("seedbox", "种子盒订阅", "Seed box sign-up", ["tp_box_page", "tp_box_subscribe"], 14),
]

# skus: code, zh, en, category, base CNY price (per packet / tray), germination claim base prob
SKUS = [
    ("SD-TOM-QX", "千禧樱桃番茄种子", "Qianxi cherry tomato seeds", "seed", 12, 0.05),
    ("SD-CUC-SH", "水果黄瓜种子", "Snack cucumber seeds", "seed", 10, 0.04),
    ("SD-LET-NY", "奶油生菜种子", "Butterhead lettuce seeds", "seed", 6, 0.03),
    ("SD-PEP-XM", "线椒种子", "Thin chilli seeds", "seed", 8, 0.04),
    ("SD-STR-HY", "红颜草莓种子", "Hongyan strawberry seeds", "seed", 18, 0.09),
    ("SD-BAS-TH", "泰国九层塔种子", "Thai basil seeds", "seed", 7, 0.03),
    ("SD-KAN-HK", "香港芥兰种子", "Hong Kong kailan seeds", "seed", 6, 0.03),
    ("SD-FLW-XR", "向日葵观赏种子", "Ornamental sunflower seeds", "seed", 9, 0.02),
    ("SL-TOM-JJ", "嫁接番茄苗", "Grafted tomato seedlings", "seedling", 39, 0.0),
    ("SL-STR-TR", "草莓穴盘苗", "Strawberry plug seedlings", "seedling", 49, 0.0),
    ("SL-PEP-TR", "辣椒穴盘苗", "Chilli plug seedlings", "seedling", 29, 0.0),
    ("SL-HRB-MX", "香草组合苗", "Herb starter plugs", "seedling", 35, 0.0),
    ("TL-TRAY-72", "72孔育苗盘", "72-cell seed tray", "tool", 15, 0.0),
    ("TL-SOIL-20", "育苗基质20L", "Seed-starting mix 20L", "tool", 32, 0.0),
]
SKU = {s[0]: s for s in SKUS}
SEED_SKUS = [s[0] for s in SKUS if s[3] == "seed"]
SEEDLING_SKUS = [s[0] for s in SKUS if s[3] == "seedling"]
TOOL_SKUS = [s[0] for s in SKUS if s[3] == "tool"]
BAD_LOT = ("SD-STR-HY", date(2025, 8, 1), date(2025, 11, 30))   # strawberry seed lot with poor germination

CN_REGIONS = {"华东": ["上海", "江苏", "浙江", "山东"], "华南": ["广东", "福建", "广西"], "华北": ["北京", "天津", "河北"],
              "西南": ["四川", "重庆", "云南"], "华中": ["湖北", "湖南", "河南"]}
CN_REGION_P = [0.34, 0.22, 0.16, 0.15, 0.13]
MY_REGIONS = {"Klang Valley": ["Selangor", "Kuala Lumpur"], "Southern": ["Johor", "Melaka"],
              "Northern": ["Penang", "Perak", "Kedah"], "East Malaysia": ["Sabah", "Sarawak"]}
MY_REGION_P = [0.45, 0.22, 0.22, 0.11]
ACQ_CN = ["douyin", "xiaohongshu", "baidu", "wechat_official", "referral", "taobao_store"]
ACQ_CN_P = [0.24, 0.26, 0.1, 0.18, 0.12, 0.1]
ACQ_MY = ["facebook", "google", "shopee_store", "referral", "tiktok"]
ACQ_MY_P = [0.32, 0.24, 0.2, 0.12, 0.12]

events, orders, feedback, truth, experiments = [], [], [], [], []
_eid = [0]
_oid = [0]
_fid = [0]
_sid = [0]


def ev(cid, ts, tp, action, device, channel, market, sess="", **extra):
    _eid[0] += 1
    events.append(dict(event_id=f"E{_eid[0]:07d}", customer_id=cid, ts=ts, touchpoint_id=tp, session_id=sess,
                       action=action, device=device, channel=channel, market=market,
                       currency="CNY" if market == "CN" else "MYR", **extra))


def new_sess():
    _sid[0] += 1
    return f"S{_sid[0]:07d}"


def new_order(**kw):
    _oid[0] += 1
    o = dict(order_id=f"GS{_oid[0]:07d}", **kw)
    orders.append(o)
    return o


def fb(text, ts, cid, tp, channel, rating, nps, topic, sentiment, market, lang, device=""):
    _fid[0] += 1
    fid = f"F{_fid[0]:06d}"
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=cid, touchpoint_id=tp, channel=channel,
                         rating=rating, nps=nps, market=market, language=lang, device=device))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment))


DAYS = [START + D(i) for i in range((END - START).days + 1)]


def season_w(market: str, d: date) -> float:
    if market == "CN":
        w = {1: 0.6, 2: 1.3, 3: 2.0, 4: 1.9, 5: 1.2, 6: 0.8, 7: 0.7, 8: 1.3, 9: 1.5, 10: 1.0, 11: 0.8, 12: 0.5}[d.month]
    else:
        w = 1.0 + 0.15 * np.sin(d.month)
    if (d.month, d.day) in ((11, 11), (6, 18)) or (d.month == 11 and 9 <= d.day <= 11):
        w *= 2.5
    return w * (1.25 if d.weekday() >= 5 else 1.0)


DEMAND = {m: np.array([season_w(m, d) for d in DAYS]) for m in ("CN", "MY")}


def pick_day(market: str, lo: date, hi: date) -> date | None:
    i0, i1 = (max(lo, START) - START).days, (min(hi, END) - START).days
    if i1 < i0:
        return None
    w = DEMAND[market][i0:i1 + 1]
    return DAYS[i0 + int(rng.choice(len(w), p=w / w.sum()))]


def at(d: date, h0: float = 7, h1: float = 23) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def app_version(d: date, device: str, channel: str) -> str:
    if channel != "app":
        return ""
    return "2.4.0" if d < date(2025, 5, 1) else "2.5.3" if d < date(2025, 12, 1) else "3.0.1"


def catalogue_of(market: str, d: date) -> str:
    if market == "MY":
        return f"Tropical {d.year}"
    if 1 <= d.month <= 6:
        return f"{d.year}春季目录"
    return f"{d.year}秋冬目录"


def pick(opts, p=None):
    return str(rng.choice(opts, p=p))


# ---------- customers ----------
customers = []
for i in range(N_CUST):
    cid = f"U{i + 1:05d}"
    market = "CN" if rng.random() < 0.74 else "MY"
    if market == "CN":
        region = pick(list(CN_REGIONS), CN_REGION_P)
        province = pick(CN_REGIONS[region])
        acq = pick(ACQ_CN, ACQ_CN_P)
        lang = "zh"
        dev = pick(["ios", "android", "pc"], [0.42, 0.46, 0.12])
    else:
        region = pick(list(MY_REGIONS), MY_REGION_P)
        province = pick(MY_REGIONS[region])
        acq = pick(ACQ_MY, ACQ_MY_P)
        lang = "zh" if rng.random() < 0.38 else "en"
        dev = pick(["ios", "android", "pc"], [0.3, 0.55, 0.15])
    ctype = pick(["home_gardener", "small_farm", "community_garden"], [0.78, 0.16, 0.06])
    span = (date(2026, 6, 20) - date(2024, 3, 1)).days
    signup = date(2024, 3, 1) + D(int(span * rng.beta(1.6, 1.0)))
    churn = None
    if rng.random() < 0.22:
        churn = max(signup, START) + D(int(rng.integers(20, 300)))
    customers.append(dict(customer_id=cid, signup_at=at(signup, 8, 23), market=market, region=region, province=province,
                          acquisition_channel=acq, language=lang, primary_device=dev, customer_type=ctype,
                          climate_zone=("tropical" if market == "MY" else
                                        {"华南": "subtropical", "西南": "subtropical"}.get(region, "temperate")),
                          preferred_crop=pick(["vegetables", "herbs", "fruit", "flowers"], [0.5, 0.2, 0.2, 0.1]),
                          _signup=signup, _churn=churn, _last=None, _spend=0.0, _box=False))

CUST = {c["customer_id"]: c for c in customers}


def channel_device(c) -> tuple[str, str]:
    dev = c["primary_device"] if rng.random() < 0.82 else pick(["ios", "android", "pc"])
    if dev == "pc":
        return "web", "pc"
    if c["market"] == "CN":
        return pick(["mini_program", "app", "web"], [0.55, 0.35, 0.10]), dev
    return pick(["app", "web"], [0.6, 0.4]), dev


def touch(c, d):
    if c["_last"] is None or d > c["_last"]:
        c["_last"] = d


def carrier_of(market: str, d: date, cold: bool) -> str:
    if market == "MY":
        return pick(["citylink_cold", "gdex_cold"], [0.6, 0.4]) if cold else pick(["poslaju", "jnt_my"], [0.5, 0.5])
    if not cold:
        return pick(["zto", "yunda", "sf"], [0.45, 0.35, 0.2])
    if d < CARRIER_SWITCH:
        return pick(["sf_cold", "jd_cold"], [0.78, 0.22])
    return pick(["sf_cold", "jd_cold", "dtk_cold"], [0.33, 0.15, 0.52])


TRANSIT = {"sf_cold": (26, 7), "jd_cold": (30, 8), "dtk_cold": (47, 13), "citylink_cold": (34, 9), "gdex_cold": (40, 11),
           "zto": (58, 18), "yunda": (62, 20), "sf": (32, 9), "poslaju": (60, 20), "jnt_my": (66, 22)}
TEMP = {"sf_cold": (6.0, 1.6), "jd_cold": (6.8, 1.8), "dtk_cold": (11.0, 2.8), "citylink_cold": (8.0, 2.0),
        "gdex_cold": (8.8, 2.2)}

# ---------- feedback texts ----------
TXT = {
    "seedling_wilted": {
        "zh": ["苗子到手全蔫了，叶子发黄，冷链根本没冷", "穴盘苗收到就烂根了，箱子里一股闷热味", "番茄苗到货蔫头耷脑，缓了三天死了一半",
               "冷链快递走了两天多，苗都捂坏了", "草莓苗到手叶子全黑了，泡沫箱里冰袋早化了", "收到的辣椒苗萎蔫严重，这也叫冷链？"],
        "en": ["Seedlings arrived wilted and yellow, the ice pack had melted", "Plug seedlings came with rotten roots",
               "Half the tomato seedlings were dead on arrival, box was warm", "Cold chain took 2+ days, plants were cooked",
               "Strawberry plugs arrived limp and blackened"]},
    "low_germination": {
        "zh": ["种子发芽率太低了，播了30粒只出了5棵", "包发芽？我这出芽不到两成", "草莓种子一个月了一颗没出",
               "同一批种子基本不出芽，怀疑是陈种子", "发芽率跟页面写的85%差太远"],
        "en": ["Germination was terrible, 4 out of 30 seeds sprouted", "Almost nothing came up, seeds seem old",
               "Strawberry seeds never germinated after 5 weeks", "Germination rate nowhere near the 85% claimed"]},
    "delivery_late": {
        "zh": ["快递太慢了，下单一周才到", "物流信息好几天不更新", "发货拖了好几天，错过了播种期"],
        "en": ["Delivery took over a week", "Tracking didn't update for days", "Shipped late, missed my sowing window"]},
    "price_high": {
        "zh": ["种子盒涨到89一个月太贵了，不值", "订阅盒涨价了，准备退订", "一个月89，里面就几包种子，性价比太低"],
        "en": ["Seed box is too expensive for what you get", "Subscription price went up, not worth it anymore"]},
    "payment_fail": {
        "zh": ["FPX付款一直失败，扣款了订单还显示未付", "网银付款转圈然后超时，试了三次"],
        "en": ["FPX payment keeps failing, timed out three times", "Online banking payment stuck then failed",
               "Can't pay with FPX, checkout just times out", "Payment failed but my bank was charged"]},
    "advice_helpful": {
        "zh": ["种植顾问很专业，帮我看出是白粉病", "问了顾问怎么移栽，讲得很细致", "顾问回复很快，番茄打杈的问题解决了"],
        "en": ["The planting advisor was super helpful with my chilli leaf curl", "Great advice on transplanting",
               "Agronomist chat answered quickly and knew their stuff"]},
    "advice_slow": {
        "zh": ["顾问半天不回，等了四十分钟", "咨询排队太久，最后也没人回复"],
        "en": ["Waited ages for the advice chat to reply", "Chat advisor took forever to answer"]},
    "quality_good": {
        "zh": ["出芽整齐，苗很壮，下次还买", "种子质量不错，发芽率很高", "苗子很健康，包装也用心", "今年的番茄结得特别好"],
        "en": ["Great germination, strong seedlings", "Healthy plants and well packed, will buy again",
               "Seeds sprouted in 4 days, very happy", "Excellent quality, the kailan grew fast"]},
    "wrong_variety": {
        "zh": ["发错品种了，买的线椒长出来是甜椒", "种出来的跟图片不是一个品种"],
        "en": ["Wrong variety sent, got bell peppers instead of chillies", "Plants don't match the variety I ordered"]},
    "neutral": {
        "zh": ["请问秋季目录什么时候上新？", "能不能出个阳台种植的组合？", "收到了，还没种，等出芽再评价"],
        "en": ["When does the new catalogue come out?", "Do you ship to Sabah?", "Received, will review after sowing"]},
}
NEG_TOPICS = {"seedling_wilted", "low_germination", "delivery_late", "price_high", "payment_fail", "advice_slow",
              "wrong_variety"}


def text_of(topic, lang):
    return pick(TXT[topic][lang])


def sent_of(topic):
    return "negative" if topic in NEG_TOPICS else "positive" if topic in ("advice_helpful", "quality_good") else "neutral"


def rating_of(topic):
    if topic in NEG_TOPICS:
        return int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
    if topic == "neutral":
        return int(rng.choice([3, 4], p=[0.6, 0.4]))
    return int(rng.choice([4, 5], p=[0.35, 0.65]))


def nps_of(r):
    return int(np.clip(round(r * 2 + rng.normal(0, 1.2)), 0, 10))


# ---------- claims ----------
def claim(c, d0, order, reason, dev, chan, germ=None):
    market, cid = c["market"], c["customer_id"]
    t = at(d0)
    ev(cid, t, "tp_claim", "submit", dev, chan, market, order_id=order["order_id"], sku=order["sku"],
       claim_reason=reason, germination_pct=germ)
    touch(c, d0)
    t2 = t + D(hours=float(rng.uniform(20, 130 if market == "CN" else 200)))
    approve = rng.random() < (0.72 if reason != "germination_low" or germ is None or germ < 50 else 0.35)
    rej = "" if approve else pick(["sowing_error", "outside_guarantee_period", "no_photo_evidence"], [0.5, 0.25, 0.25])
    ev(cid, t2, "tp_claim_review", "approve" if approve else "reject", dev, chan, market, order_id=order["order_id"],
       claim_reason=reason, reject_reason=rej)
    if approve:
        t3 = t2 + D(hours=float(rng.uniform(10, 96)))
        kind = "refund" if rng.random() < 0.4 else "reship"
        ev(cid, t3, "tp_claim_settle", kind, dev, chan, market, order_id=order["order_id"], claim_reason=reason,
           settle_type=kind, amount=order["amount"] if kind == "refund" else "")
        if kind == "refund":
            order["status"] = "refunded"
            order["refunded_at"] = t3
            order["refund_reason"] = reason
    ttxt = "germination_low" if reason == "germination_low" else "seedling_wilted"
    topic = "low_germination" if reason == "germination_low" else "seedling_wilted"
    if rng.random() < 0.8:
        fb(text_of(topic, c["language"]), t + D(minutes=int(rng.integers(1, 30))), cid, "tp_claim", "ticket", None,
           None, topic, "negative", market, c["language"], dev)
    return ttxt


# ---------- shopping ----------
def shop(c, d):
    market, cid = c["market"], c["customer_id"]
    chan, dev = channel_device(c)
    sess = new_sess()
    t = at(d)
    touch(c, d)
    av = app_version(d, dev, chan)
    if c["_ab"] is None and AB[0] <= d <= AB[1]:
        c["_ab"] = "B" if rng.random() < 0.5 else "A"
        experiments.append(dict(experiment_id="checkout_onepage", variant=c["_ab"], customer_id=cid, assigned_at=t,
                                surface="checkout"))
    if rng.random() < 0.5:
        ev(cid, t - D(minutes=int(rng.integers(2, 40))), "tp_catalogue", "view", dev, chan, market, sess,
           app_version=av, catalogue=catalogue_of(market, d))
    cat = pick(["seed", "seedling", "tool"], [0.66, 0.26, 0.08])
    sku = pick({"seed": SEED_SKUS, "seedling": SEEDLING_SKUS, "tool": TOOL_SKUS}[cat])
    ev(cid, t, "tp_variety", "view", dev, chan, market, sess, app_version=av, sku=sku, category=cat)
    p_cart, p_co, p_pay = 0.56, 0.74, 0.86
    if c["customer_type"] == "small_farm":
        p_cart += 0.1
    if c["acquisition_channel"] in ("douyin", "tiktok"):
        p_cart *= 0.62
        p_co *= 0.85
    ab = c["_ab"] if AB[0] <= d <= AB[1] else None
    if ab == "B":
        p_co = min(0.97, p_co + 0.13)
    bug = market == "MY" and BUG[0] <= d <= BUG[1]
    if bug:
        p_pay = 0.25
    t += D(minutes=int(rng.integers(1, 25)))
    if rng.random() > p_cart:
        return
    ev(cid, t, "tp_cart", "add", dev, chan, market, sess, app_version=av, sku=sku, category=cat)
    t += D(minutes=int(rng.integers(1, 180)) if rng.random() < 0.8 else int(rng.integers(200, 4000)))
    if rng.random() > p_co:
        return
    ev(cid, t, "tp_checkout", "submit", dev, chan, market, sess, app_version=av, sku=sku, category=cat,
       checkout_version=("onepage" if ab == "B" else "classic"))
    t += D(minutes=int(rng.integers(1, 6)))
    # amount
    qty = int(rng.integers(1, 6))
    base = SKU[sku][4]
    if c["customer_type"] == "small_farm":
        qty = int(rng.integers(10, 60)) if cat != "tool" else int(rng.integers(3, 12))
    amount = base * qty * (1.0 if market == "CN" else FX)
    cold = cat == "seedling"
    ship_fee = (18 if market == "CN" else 12) if cold else (0 if amount >= 49 * (1 if market == "CN" else FX) else
                                                           (8 if market == "CN" else 6))
    amount = round(amount + ship_fee, 2)
    pay_method = (pick(["wechat_pay", "alipay"], [0.7, 0.3]) if market == "CN"
                  else pick(["fpx", "card", "tng_ewallet"], [0.6, 0.22, 0.18]))
    fail_p = 1 - p_pay
    if bug and pay_method != "fpx":
        fail_p = 0.12
    if rng.random() < fail_p:
        err = ("FPX_TIMEOUT" if bug and pay_method == "fpx" else
               pick(["INSUFFICIENT_FUNDS", "USER_CANCELLED", "BANK_DECLINED"]))
        ev(cid, t, "tp_pay_fail", "fail", dev, chan, market, sess, app_version=av, error=err, pay_method=pay_method,
           amount=amount)
        new_order(customer_id=cid, ts=t, amount=amount, status="cancelled", channel=chan, device=dev, market=market,
                  currency="CNY" if market == "CN" else "MYR", product_category=cat, sku=sku, quantity=qty,
                  unit_price=round(base * (1.0 if market == "CN" else FX), 2), shipping_fee=ship_fee,
                  pay_method=pay_method, catalogue=catalogue_of(market, d), carrier="")
        if bug and pay_method == "fpx" and rng.random() < 0.6:
            fb(text_of("payment_fail", c["language"]), t + D(minutes=20), cid, "tp_pay_fail", "app_review",
               rating_of("payment_fail"), None, "payment_fail", "negative", market, c["language"], dev)
        if rng.random() < 0.5:  # retry later sometimes (same session ends)
            return
        return
    carrier = carrier_of(market, d, cold) if cat != "tool" or True else ""
    o = new_order(customer_id=cid, ts=t, amount=amount, status="paid", channel=chan, device=dev, market=market,
                  currency="CNY" if market == "CN" else "MYR", product_category=cat, sku=sku, quantity=qty,
                  unit_price=round(base * (1.0 if market == "CN" else FX), 2), shipping_fee=ship_fee,
                  pay_method=pay_method, catalogue=catalogue_of(market, d), carrier=carrier)
    ev(cid, t, "tp_payment", "success", dev, chan, market, sess, app_version=av, order_id=o["order_id"], amount=amount,
       pay_method=pay_method)
    c["_spend"] += amount
    # fulfilment
    t_ship = at(d + D(int(rng.integers(1, 3))), 8, 18)
    wilted = False
    if cold:
        ev(cid, t_ship, "tp_coldchain_ship", "ship", "", "other", market, order_id=o["order_id"], carrier=carrier,
           sku=sku)
        mu, sd = TRANSIT[carrier]
        hours = max(8.0, rng.normal(mu, sd))
        temp = round(float(rng.normal(*TEMP[carrier]) + (2.0 if d.month in (6, 7, 8) else 0.0)), 1)
        p_w = 0.03 + 0.05 * max(0.0, temp - 8) + 0.004 * max(0.0, hours - 30)
        wilted = rng.random() < min(0.7, p_w)
        t_del = t_ship + D(hours=float(hours))
        if rng.random() < 0.06:   # a few parcels have no delivery scan inside the window (lost / returned)
            t_del = t_ship + D(days=int(rng.integers(8, 12)))
        ev(cid, t_del, "tp_delivery", "deliver", "", "other", market, order_id=o["order_id"], carrier=carrier,
           transit_hours=round(hours, 1), arrival_temp_c=temp, condition="wilted" if wilted else "ok")
    else:
        mu, sd = TRANSIT[carrier]
        hours = max(12.0, rng.normal(mu, sd))
        t_del = t_ship + D(hours=float(hours))
        ev(cid, t_del, "tp_delivery", "deliver", "", "other", market, order_id=o["order_id"], carrier=carrier,
           transit_hours=round(hours, 1), condition="ok")
    touch(c, t_del.date())
    lang = c["language"]
    claimed = None
    if wilted and rng.random() < 0.55:
        claimed = claim(c, t_del.date() + D(int(rng.integers(0, 2))), o, "seedling_damaged", dev, chan)
    elif wilted and rng.random() < 0.7:
        fb(text_of("seedling_wilted", lang), t_del + D(hours=int(rng.integers(2, 48))), cid, "tp_delivery",
           pick(["survey", "app_review"] if chan == "app" else ["survey", "mini_program_review"]
                if chan == "mini_program" else ["survey"]),
           rating_of("seedling_wilted"), None, "seedling_wilted", "negative", market, lang, dev)
    if cat == "seed":
        pg = SKU[sku][5] + (0.22 if sku == BAD_LOT[0] and BAD_LOT[1] <= d <= BAD_LOT[2] else 0.0)
        if rng.random() < pg:
            germ = int(rng.integers(0, 45))
            claimed = claim(c, t_del.date() + D(int(rng.integers(12, 36))), o, "germination_low", dev, chan, germ)
    # post-delivery survey
    if claimed is None and not wilted and rng.random() < 0.2:
        late = hours > 72
        topic = ("delivery_late" if late and rng.random() < 0.7 else
                 pick(["quality_good", "neutral", "wrong_variety"], [0.78, 0.16, 0.06]))
        r = rating_of(topic)
        fb(text_of(topic, lang), t_del + D(days=int(rng.integers(2, 20))), cid,
           "tp_delivery" if topic in ("delivery_late", "wrong_variety") else "tp_variety", "survey", r, nps_of(r),
           topic, sent_of(topic), market, lang, dev)


# ---------- advice chat ----------
def chat(c, d):
    market, cid = c["market"], c["customer_id"]
    chan, dev = channel_device(c)
    t = at(d, 7, 23)
    wk = d.weekday() >= 5
    wait = max(0.3, rng.gamma(2.0, (1.6 if market == "CN" else 3.2) * (1.8 if wk else 1.0)))
    topic = pick(["pest_disease", "germination", "transplanting", "watering_fertilising", "variety_choice"],
                 [0.3, 0.2, 0.18, 0.2, 0.12])
    ev(cid, t, "tp_advice_chat", "chat", dev, chan, market, new_sess(), chat_topic=topic,
       first_reply_min=round(float(wait), 1), advisor=pick(["A01", "A02", "A03", "A04", "A05"] if market == "CN"
                                                           else ["M01", "M02"]))
    touch(c, d)
    if rng.random() < 0.3:
        ft = "advice_slow" if wait > 12 else ("advice_helpful" if rng.random() < 0.85 else "neutral")
        r = rating_of(ft)
        fb(text_of(ft, c["language"]), t + D(minutes=int(wait) + int(rng.integers(5, 30))), cid, "tp_advice_chat",
           "chat_rating", r, None, ft, sent_of(ft), market, c["language"], dev)


# ---------- seed box ----------
def box_price(market: str, d: date) -> float:
    if market == "MY":
        return 39.0
    return 69.0 if d < BOX_RISE else 89.0


def seedbox(c, d):
    market, cid = c["market"], c["customer_id"]
    chan, dev = channel_device(c)
    t = at(d)
    if VID[0] <= d <= VID[1] and c["_vid"] is None:
        c["_vid"] = pick(["control", "video"])
        experiments.append(dict(experiment_id="box_page_video", variant=c["_vid"], customer_id=cid, assigned_at=t,
                                surface="box_page"))
    ev(cid, t, "tp_box_page", "view", dev, chan, market, new_sess(), box_price=box_price(market, d))
    touch(c, d)
    if c["_box"]:
        return
    p = 0.30 if market == "MY" else (0.37 if d < BOX_RISE else 0.2)
    if c["customer_type"] == "small_farm":
        p *= 0.5
    if rng.random() > p:
        return
    c["_box"] = True
    t2 = t + D(hours=float(rng.uniform(0.05, 100)))
    plan = pick(["vegetable_box", "herb_box", "flower_box"], [0.6, 0.25, 0.15])
    ev(cid, t2, "tp_box_subscribe", "subscribe", dev, chan, market, plan=plan, box_price=box_price(market, t2.date()))
    cur = t2
    while True:
        dd = cur.date()
        if dd > END:
            break
        if c["_churn"] and dd > c["_churn"] + D(40):
            break
        amt = box_price(market, dd)
        new_order(customer_id=cid, ts=cur, amount=amt, status="paid", channel=chan, device=dev, market=market,
                  currency="CNY" if market == "CN" else "MYR", product_category="seed_box", sku=plan, quantity=1,
                  unit_price=amt, shipping_fee=0, pay_method="auto_debit", catalogue="", carrier="")
        c["_spend"] += amt
        touch(c, dd)
        hz = 0.06 + (0.07 if market == "CN" and dd >= BOX_RISE else 0.0)
        if rng.random() < hz:
            tc = cur + D(days=int(rng.integers(3, 25)))
            if tc.date() > END:
                break
            reason = (pick(["too_expensive", "too_many_seeds", "no_space", "poor_germination", "moving"],
                           [0.55, 0.15, 0.12, 0.1, 0.08]) if market == "CN" and dd >= BOX_RISE else
                      pick(["too_expensive", "too_many_seeds", "no_space", "poor_germination", "moving"],
                           [0.14, 0.3, 0.25, 0.16, 0.15]))
            ev(cid, tc, "tp_box_cancel", "cancel", dev, chan, market, plan=plan, cancel_reason=reason)
            touch(c, tc.date())
            if rng.random() < 0.45:
                topic = "price_high" if reason == "too_expensive" else pick(["neutral", "low_germination"],
                                                                              [0.6, 0.4]) \
                    if reason == "poor_germination" else "neutral"
                r = rating_of(topic)
                fb(text_of(topic, c["language"]), tc + D(minutes=5), cid, "tp_box_cancel", "survey", r, nps_of(r),
                   topic, sent_of(topic), market, c["language"], dev)
            break
        cur = cur + D(days=30)


# ---------- simulate ----------
for c in customers:
    c["_ab"], c["_vid"] = None, None
for c in customers:
    lo = max(c["_signup"], START)
    hi = min(c["_churn"] or END, END)
    lam = {"home_gardener": 4.6, "small_farm": 6.5, "community_garden": 5.5}[c["customer_type"]]
    span = max(0.1, ((hi - lo).days + 1) / 546)
    for _ in range(int(rng.poisson(lam * span + 0.3))):
        d = pick_day(c["market"], lo, hi)
        if d:
            shop(c, d)
    for _ in range(int(rng.poisson(1.0 * span))):
        d = pick_day(c["market"], lo, hi)
        if d:
            chat(c, d)
    if rng.random() < 0.3:
        for _ in range(int(rng.integers(1, 3))):
            d = pick_day(c["market"], lo, hi)
            if d:
                seedbox(c, d)

# undated social posts, no customer
for _ in range(150):
    market = "CN" if rng.random() < 0.7 else "MY"
    lang = "zh" if market == "CN" or rng.random() < 0.3 else "en"
    topic = pick(["quality_good", "seedling_wilted", "low_germination", "price_high", "neutral", "advice_helpful"],
                 [0.3, 0.24, 0.14, 0.1, 0.12, 0.1])
    fb(text_of(topic, lang), None, None, "", "xiaohongshu" if market == "CN" else "facebook", None, None, topic,
       sent_of(topic), market, lang)

# customer attributes at the end of the data
for c in customers:
    last = c["_last"]
    if c["_box"] or c["_spend"] >= (1500 if c["market"] == "CN" else 900):
        seg = "vip"
    elif c["_signup"] >= date(2026, 1, 1):
        seg = "new"
    elif last is None or last < date(2025, 12, 1):
        seg = "at_risk"
    else:
        seg = "returning"
    c["segment"] = seg
    c["tier"] = "farm_account" if c["customer_type"] == "small_farm" else ("box_member" if c["_box"] else "standard")


# ---------- write ----------
def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return v.isoformat()
    return v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


def main(out: Path) -> None:
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    write(out / "touchpoints.csv", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind",
                                              "owner", "aliases"], t), name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel",
                                             "tier", "market", "province", "customer_type", "climate_zone",
                                             "preferred_crop", "language", "primary_device"])
    evs = sorted(events, key=lambda e: (e["ts"], e["event_id"]))
    write(out / "events.csv", evs, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                                    "channel", "market", "currency", "app_version", "catalogue", "sku", "category",
                                    "checkout_version", "pay_method", "error", "order_id", "amount", "carrier",
                                    "transit_hours", "arrival_temp_c", "condition", "claim_reason", "germination_pct",
                                    "reject_reason", "settle_type", "chat_topic", "first_reply_min", "advisor", "plan",
                                    "box_price", "cancel_reason"])
    write(out / "orders.csv", sorted(orders, key=lambda o: o["order_id"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "market", "currency",
           "product_category", "sku", "quantity", "unit_price", "shipping_fee", "pay_method", "catalogue", "carrier",
           "refunded_at", "refund_reason"])
    write(out / "feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "nps", "market", "language", "device"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "surface"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)} "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
