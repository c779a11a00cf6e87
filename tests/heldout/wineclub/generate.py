"""醇享 VinoClub: an online wine shop with a monthly wine-box subscription (app, WeChat mini program, web).
Data runs 2025-01-01 .. 2026-07-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = date(2025, 1, 1), date(2026, 7, 31)
END_TS = datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 7500
APP_V5 = date(2025, 10, 15)                           # app 5.0: "cancel subscription" moved deep into settings
ANDROID_BUG = (date(2026, 3, 10), date(2026, 5, 20))  # app 5.3.0 payment SDK breaks checkout on Android
GZ_BACKLOG = (date(2025, 11, 10), date(2025, 12, 31)) # Guangzhou warehouse relocation: slow shipping
CD_ZTO = date(2025, 9, 1)                              # Chengdu warehouse switches to ZTO (cheaper, breaks bottles)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告/达人链接点击", "Ad / KOL link click", "awareness", "ads", "digital", "growth",
     "广告点击|点广告|达人链接|KOL链接|种草链接|投放点击|ad click|ad|KOL click|influencer link|campaign click"),
    ("tp_quiz", "口味测试", "Taste quiz", "consideration", "app", "digital", "growth",
     "口味测评|口味问卷|测口味|选酒测试|taste quiz|quiz|palate quiz|taste profile quiz"),
    ("tp_payment_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "付款失败|支付异常|扣款失败|payment failed|payment error|checkout failed"),
    ("tp_subscribe", "订阅首箱（体验价）", "First box subscribed (trial price)", "purchase", "app", "digital", "growth",
     "首箱|订阅|开通订阅|体验装|体验价首箱|下单订阅|first box|subscribe|subscription start|trial box|sign-up"),
    ("tp_shipped", "酒箱发货", "Box shipped", "service", "other", "physical", "warehouse",
     "发货|出库|已发货|shipped|dispatch|shipment"),
    ("tp_delivered", "酒箱签收", "Box delivered", "service", "other", "physical", "logistics",
     "签收|送达|收货|到货|delivered|delivery|box arrived"),
    ("tp_breakage", "破损报备", "Broken bottle reported", "service", "app", "digital", "customer_service",
     "破损|碎瓶|酒瓶破了|破损申报|broken bottle|breakage|damaged bottle|broken bottle report"),
    ("tp_rating", "酒款评分", "Bottle rating in app", "loyalty", "app", "digital", "sommelier_team",
     "评分|打分|酒款评价|给酒打星|bottle rating|rate the wine|wine rating|stars"),
    ("tp_sommelier_card", "侍酒师品鉴卡", "Sommelier tasting notes", "service", "other", "physical", "sommelier_team",
     "品鉴卡|侍酒师笔记|酒卡|tasting notes|sommelier notes|tasting card"),
    ("tp_manage_sub", "订阅管理页", "Manage subscription page", "loyalty", "app", "digital", "membership",
     "订阅管理|会员设置|管理订阅|manage subscription|subscription settings|account settings"),
    ("tp_box_charge", "续订扣款", "Box renewal charge", "loyalty", "other", "digital", "membership",
     "续费扣款|自动扣款|第二箱扣款|第二箱|月度扣款|续订|renewal charge|second box charged|second box|monthly charge|"
     "recurring charge|rebill"),
    ("tp_skip", "跳过本月", "Skip a month", "loyalty", "app", "digital", "membership",
     "跳过|跳过一期|本月不要|skip|skip a month|skipped box"),
    ("tp_pause", "暂停订阅", "Pause subscription", "loyalty", "app", "digital", "membership",
     "暂停|暂停订阅|pause|paused"),
    ("tp_cs_call", "客服来电", "Customer-service call", "service", "phone", "digital", "customer_service",
     "客服电话|打客服|来电|客服|customer service call|support call|hotline"),
    ("tp_cancel", "取消订阅", "Subscription cancelled", "loyalty", "app", "digital", "membership",
     "退订|取消|取消订阅|不订了|cancel|cancellation|unsubscribe|churn"),
    ("tp_shop_order", "商城下单", "One-off shop order", "purchase", "app", "digital", "ecommerce",
     "商城|单瓶购买|单买|礼品卡|shop order|one-off order|one-off purchase|gift card|store order"),
    ("tp_referral", "推荐好友", "Referral sent", "loyalty", "social", "digital", "growth",
     "推荐|邀请好友|分享邀请|老带新|referral|refer a friend|invite"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("acquisition", "获客到首箱", "Ad click to first box", ["tp_ad_click", "tp_quiz", "tp_subscribe"], 14),
    ("quiz_conversion", "口味测试到订阅", "Quiz to subscription", ["tp_quiz", "tp_subscribe"], 14),
    ("first_box", "首箱到第二箱", "First box to second box",
     ["tp_subscribe", "tp_shipped", "tp_delivered", "tp_box_charge"], 45),
    ("cancellation", "取消订阅流程", "Cancellation flow", ["tp_manage_sub", "tp_cancel"], 7),
]

REGIONS = {  # region: (weight, cities, warehouse)
    "华东": (0.40, ["上海", "杭州", "南京", "苏州", "宁波"], "Shanghai"),
    "华南": (0.20, ["深圳", "广州", "厦门", "东莞"], "Guangzhou"),
    "华北": (0.18, ["北京", "天津", "青岛"], "Tianjin"),
    "西南": (0.12, ["成都", "重庆", "昆明"], "Chengdu"),
    "华中": (0.10, ["武汉", "长沙", "郑州"], "Shanghai"),
}
CITY_W = {"上海": 0.4, "杭州": 0.22, "南京": 0.15, "苏州": 0.13, "宁波": 0.1, "深圳": 0.4, "广州": 0.35, "厦门": 0.15,
          "东莞": 0.1, "北京": 0.65, "天津": 0.2, "青岛": 0.15, "成都": 0.55, "重庆": 0.35, "昆明": 0.1, "武汉": 0.5,
          "长沙": 0.3, "郑州": 0.2}
WH_ZH = {"Shanghai": "上海仓", "Guangzhou": "广州仓", "Tianjin": "天津仓", "Chengdu": "成都仓"}
COURIERS = {  # en: (zh, median transit days, breakage probability per box)
    "SF Express": ("顺丰速运", 1.5, 0.009),
    "JD Logistics": ("京东物流", 1.8, 0.013),
    "ZTO Express": ("中通快递", 2.4, 0.072),
    "EMS": ("中国邮政EMS", 4.0, 0.028),
}
CHANNELS = ["douyin_ads", "xiaohongshu_kol", "wechat_ads", "baidu_search", "referral", "organic"]
PLATFORM = {"douyin_ads": "douyin", "xiaohongshu_kol": "xiaohongshu", "wechat_ads": "wechat_moments",
            "baidu_search": "baidu", "referral": "referral_link"}
KOLS = ["MIA88", "TIANTIAN", "WINEGIRL", "SOMMLEO", "ANNA"]
KOL_P = [0.34, 0.30, 0.18, 0.15, 0.03]
PROFILE_ZH = {"red": "红葡萄酒", "white": "白葡萄酒", "sparkling": "起泡酒", "mixed": "混合"}
PLAN = {2: ("2-bottle", "2瓶装", 239.0, 119.0), 4: ("4-bottle", "4瓶装", 439.0, 219.0),
        6: ("6-bottle", "6瓶装", 619.0, 309.0)}
AGES = ["18-24", "25-29", "30-34", "35-44", "45-54", "55+"]
AGE_P = [0.07, 0.22, 0.27, 0.27, 0.13, 0.04]
WINES = {  # name: (base stars, kind)  kind: sweet / dry / normal
    "Barossa Shiraz": (4.2, "normal"), "Rioja Crianza": (4.1, "normal"), "Chianti Classico": (4.0, "normal"),
    "Malbec Mendoza": (4.2, "normal"), "Pinot Noir Marlborough": (4.0, "normal"), "Ningxia Cabernet": (3.9, "normal"),
    "Cotes du Rhone": (4.0, "normal"), "Lambrusco Rosso Amabile": (2.3, "sweet"),
    "Sancerre": (4.2, "normal"), "Marlborough Sauvignon Blanc": (4.1, "normal"), "Chablis": (4.1, "normal"),
    "Riesling Kabinett": (3.6, "sweet"), "Albarino Rias Baixas": (4.0, "normal"), "Gruner Veltliner": (3.9, "normal"),
    "Prosecco DOC": (4.0, "normal"), "Cava Brut": (3.9, "normal"), "Cremant de Loire": (4.1, "normal"),
    "Champagne Brut Nature": (2.9, "dry"), "Moscato d'Asti": (3.8, "sweet"), "Retsina Malamatina": (1.8, "dry"),
}
RED = ["Barossa Shiraz", "Rioja Crianza", "Chianti Classico", "Malbec Mendoza", "Pinot Noir Marlborough",
       "Ningxia Cabernet", "Cotes du Rhone"]
WHITE = ["Sancerre", "Marlborough Sauvignon Blanc", "Chablis", "Riesling Kabinett", "Albarino Rias Baixas",
         "Gruner Veltliner"]
SPARK = ["Prosecco DOC", "Cava Brut", "Cremant de Loire", "Moscato d'Asti"]

# ---------- calendar ----------
MONTHS = [(y, m) for y in (2025, 2026) for m in range(1, 13) if date(y, m, 1) <= END]
MONTH_W = np.array([1.0 + 0.06 * i for i in range(len(MONTHS))])
MONTH_W /= MONTH_W.sum()


def month_end(y, m):
    return (date(y + (m == 12), m % 12 + 1, 1) - D(1))


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def choice(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


def app_version(d: date) -> str:
    if d < date(2025, 6, 1):
        return "4.8.2"
    if d < APP_V5:
        return "4.9.1"
    if d < ANDROID_BUG[0]:
        return "5.0.3"
    if d < ANDROID_BUG[1]:
        return "5.3.0"
    return "5.3.2"


events, orders, feedback, truth = [], [], [], []
cnt = {"sess": 0, "order": 0, "box": 0, "fb": 0}


def nid(kind, prefix, width):
    cnt[kind] += 1
    return f"{prefix}{cnt[kind]:0{width}d}"


def sess():
    return nid("sess", "S", 7)


def ev(c, ts, tp, action, channel, sid=None, device=None, **extra):
    if ts > END_TS:
        return None
    if device is None and channel in ("app", "mini_program"):
        device = c["device"] if c["device"] != "pc" else c["phone"]
    if channel == "web":
        device = "pc"
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sid, action=action, device=device,
               channel=channel, app_version=app_version(ts.date()) if channel == "app" else None)
    row.update(extra)
    events.append(row)
    return row


def order(c, ts, amount, product, status="paid", channel=None, device=None, **extra):
    if ts > END_TS:
        return None
    o = dict(order_id=nid("order", "O", 7), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, channel=channel, device=device, product_type=product, currency="CNY")
    o.update(extra)
    orders.append(o)
    return o


# ---------- feedback ----------
T = {
    "broken_bottle": {
        "zh": ["箱子到的时候有一瓶碎了，酒全漏在纸箱里，{cz}的包装太差了", "又碎了一瓶！外箱都湿透了，快递员说不关他的事",
               "打开酒箱发现瓶子破了，申请了退款，希望下次包装加固一下", "收货时纸箱在滴酒，拍照给客服了，麻烦尽快处理破损",
               "连个泡沫托都没有，两瓶酒直接碰碎了", "酒瓶碎了，玻璃渣到处都是，差点划到手"],
        "en": ["One bottle arrived smashed and wine leaked all over the box.",
               "Second time a bottle came broken. The packaging needs to be much better.",
               "Box was soaking wet on arrival, a cracked bottle inside. Refund requested."]},
    "slow_delivery": {
        "zh": ["等了快一个礼拜酒才到，物流信息一直卡在{wz}不动", "发货太慢了，说好的两三天到，整整六天",
               "这个月的酒箱拖了一周才收到，配送太慢", "物流好几天没更新，客服只会说在排查", "扣款好几天了还没发货，太慢了"],
        "en": ["Shipping took almost a week, tracking was stuck at the warehouse.", "Delivery was really slow this month.",
               "Charged days ago and the box still hasn't shipped."]},
    "too_sweet": {
        "zh": ["这款太甜了，像在喝葡萄汁，跟我测的口味完全不符", "{w}甜得发腻，不是我要的干红", "偏甜，不喜欢",
               "口感太甜了，配菜根本压不住", "太甜了，测试里明明选的是干型"],
        "en": ["Way too sweet for me, tasted like grape juice.", "{w} is far too sweet, I asked for dry wines.",
               "Too sugary, not what my quiz said."]},
    "too_dry": {
        "zh": ["太干太酸了，喝不惯", "{w}太干涩了，一点果香都没有", "酸涩得厉害，不适合我", "口感太干，入口发苦"],
        "en": ["Too dry and sharp, not for me.", "{w} was bone dry and harsh."]},
    "sommelier_notes": {
        "zh": ["每箱附带的侍酒师品鉴卡写得太好了，配餐建议很实用", "喜欢侍酒师的笔记，学到很多葡萄酒知识",
               "品鉴卡上的产区故事很有意思，喝起来更有感觉", "侍酒师推荐的配餐照着做了，绝配", "酒卡写得很专业又不装，赞"],
        "en": ["The sommelier notes in each box are brilliant, great pairing tips.",
               "Love the tasting cards, I'm actually learning about wine.", "Sommelier notes are the best part of the box."]},
    "cancel_hard": {
        "zh": ["想取消订阅找了半天找不到入口，最后只能打客服电话", "新版App把取消订阅藏得太深了，这是故意的吧？",
               "取消订阅按钮在哪？设置里翻遍了都没有", "退订太难了，客服还要排队二十分钟", "App里根本找不到取消订阅，又被扣了一个月"],
        "en": ["Cancelling is impossible to find in the new app. Had to call support.",
               "Where is the cancel button? Dark pattern, I got charged again.", "Hid the cancel option so well I gave up."]},
    "auto_charge_surprise": {
        "zh": ["以为只是体验价试一次，结果第二个月自动扣了{p}元，也没提前提醒", "小红书博主说体验价随便试，没说会自动续费啊",
               "第二箱直接扣全价，感觉被套路了", "体验装之后自动续订没有任何提示，要求退款", "冲着达人的体验价来的，结果默认连续包月"],
        "en": ["I thought the trial was a one-off. Got charged full price for a second box without warning.",
               "Nobody told me the trial auto-renews at full price.", "Influencer said it was a trial, then auto-charge."]},
    "payment_fail": {
        "zh": ["安卓上付款一直失败，提示支付异常，换了iPhone才付成功", "订阅首箱支付页面卡住，点了好几次都不行",
               "更新App后付不了款，一直说支付失败", "华为手机付款失败三次，放弃了"],
        "en": ["Payment keeps failing on my Android phone at checkout.", "Checkout broken after the update, card declined "
               "every time."]},
    "wine_good": {
        "zh": ["{w}很好喝，果香浓郁", "很惊喜，比超市买的好太多", "顺滑好喝，会回购", "单宁柔和，很适合晚餐", "好喝！"],
        "en": ["Lovely {w}, would buy again.", "Really good value, much better than supermarket wine.", "Delicious."]},
    "wine_dislike": {
        "zh": ["这款不太喜欢", "{w}一般，不会再买", "没什么特点，有点失望"],
        "en": ["Didn't enjoy this one.", "{w} was disappointing."]},
    "neutral": {
        "zh": ["还行吧，中规中矩", "一般般，没有特别惊艳", "可以，正常水平"],
        "en": ["It's okay, nothing special.", "Fine, average."]},
    "delivery_good": {
        "zh": ["第二天就到了，包装很用心", "包装很结实，还有防震气柱", "物流很快，快递小哥很客气"],
        "en": ["Arrived next day, well packed.", "Fast delivery and solid packaging."]},
    "quiz_good": {
        "zh": ["口味测试挺有意思的，推荐的酒也挺准", "测完口味推荐的第一箱就很对胃口"],
        "en": ["The taste quiz was fun and spot on."]},
    "price_high": {
        "zh": ["6瓶装有点贵，性价比一般", "单买还要另付运费，不太划算", "续订价格比体验价贵一倍，有点肉疼"],
        "en": ["A bit pricey for what you get.", "Shipping fees on one-off orders are annoying."]},
}
SENT = {"broken_bottle": "negative", "slow_delivery": "negative", "too_sweet": "negative", "too_dry": "negative",
        "sommelier_notes": "positive", "cancel_hard": "negative", "auto_charge_surprise": "negative",
        "payment_fail": "negative", "wine_good": "positive", "wine_dislike": "negative", "neutral": "neutral",
        "delivery_good": "positive", "quiz_good": "positive", "price_high": "negative"}
TOPIC_TP = {"broken_bottle": "tp_delivered", "slow_delivery": "tp_delivered", "too_sweet": "tp_rating",
            "too_dry": "tp_rating", "sommelier_notes": "tp_sommelier_card", "cancel_hard": "tp_cancel",
            "auto_charge_surprise": "tp_box_charge", "payment_fail": "tp_subscribe", "wine_good": "tp_rating",
            "wine_dislike": "tp_rating", "neutral": "tp_rating", "delivery_good": "tp_delivered",
            "quiz_good": "tp_quiz", "price_high": "tp_subscribe"}


def rating_for(topic):
    if SENT[topic] == "positive":
        return choice([4, 5], [0.35, 0.65])
    if SENT[topic] == "neutral":
        return 3
    if topic in ("broken_bottle", "cancel_hard", "auto_charge_surprise", "payment_fail"):
        return choice([1, 2, 3], [0.55, 0.35, 0.10])
    return choice([1, 2, 3], [0.3, 0.45, 0.25])


def nps_for(rating):
    lo, hi = {1: (0, 3), 2: (2, 5), 3: (5, 7), 4: (7, 9), 5: (9, 10)}[rating]
    return int(rng.integers(lo, hi + 1))


def add_fb(topic, ts, c, channel, rating=None, nps=None, wine=None, box=None, undated=False, tp=None):
    if ts is not None and ts > END_TS:
        return
    lang = c["lang"] if c else ("en" if rng.random() < 0.1 else "zh")
    tpl = choice(T[topic][lang])
    text = tpl.format(w=wine or "这款酒" if lang == "zh" else wine or "this wine",
                      cz=box["courier_zh"] if box else "快递", wz=WH_ZH[box["warehouse"]] if box else "仓库",
                      p=int(PLAN[c["plan"]][2]) if c and c.get("plan") else 439)
    fid = nid("fb", "FB", 5)
    feedback.append(dict(feedback_id=fid, text=text, ts=None if undated else ts,
                         customer_id=c["customer_id"] if c else None, touchpoint_id=tp or TOPIC_TP[topic],
                         channel=channel, rating=rating, nps=nps, wine=wine,
                         box_id=box["box_id"] if box else None,
                         courier=box["courier"] if box else None, 快递公司=box["courier_zh"] if box else None,
                         language=lang))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


# ---------- customers ----------
def pick_signup():
    y, m = MONTHS[int(rng.choice(len(MONTHS), p=MONTH_W))]
    return date(y, m, int(rng.integers(1, month_end(y, m).day + 1)))


cust = []
for i in range(N_CUST):
    d0 = pick_signup()
    y26 = d0.year == 2026
    ch = choice(CHANNELS, [0.30, 0.20, 0.14, 0.06, 0.12, 0.18] if y26 else [0.10, 0.27, 0.20, 0.09, 0.13, 0.21])
    reg = choice(list(REGIONS), [v[0] for v in REGIONS.values()])
    cities = REGIONS[reg][1]
    w = np.array([CITY_W[x] for x in cities])
    city = choice(cities, w / w.sum())
    dev = choice(["ios", "android", "pc"], [0.47, 0.38, 0.15])
    cust.append(dict(customer_id=f"C{i + 1:05d}", d0=d0, channel=ch, region=reg, city=city,
                     kol=choice(KOLS, KOL_P) if ch == "xiaohongshu_kol" else None,
                     age=choice(AGES, AGE_P), gender=choice(["F", "M"], [0.56, 0.44]), device=dev,
                     phone=choice(["ios", "android"], [0.55, 0.45]),
                     pref=choice(["app", "mini_program"], [0.65, 0.35]) if dev != "pc" else "web",
                     lang="en" if rng.random() < (0.12 if city in ("上海", "北京", "深圳") else 0.03) else "zh",
                     profile=None, plan=None, sub_at=None, status="never", boxes=0, cancelled_at=None,
                     last_ts=None))
CUST = {c["customer_id"]: c for c in cust}


def main_channel(c):
    return c["pref"]


# ---------- boxes ----------
def warehouse_courier(c, d):
    wh = REGIONS[c["region"]][2]
    if wh == "Chengdu" and d >= CD_ZTO:
        cour = choice(list(COURIERS), [0.15, 0.10, 0.75, 0.0])
    else:
        cour = choice(list(COURIERS), [0.50, 0.37, 0.05, 0.08])
    return wh, cour


def pick_wine(c, d):
    prof = c["profile"]
    if prof == "mixed":
        if date(2026, 2, 1) <= d <= date(2026, 2, 28) and rng.random() < 0.22:
            return "Retsina Malamatina"
        prof = choice(["red", "white", "sparkling"], [0.45, 0.3, 0.25])
    if prof == "red":
        if date(2025, 6, 1) <= d <= date(2025, 7, 31) and rng.random() < 0.7:
            return "Lambrusco Rosso Amabile"
        return choice(RED)
    if prof == "white":
        return choice(WHITE)
    if date(2025, 10, 1) <= d <= date(2025, 11, 30) and rng.random() < 0.7:
        return "Champagne Brut Nature"
    return choice(SPARK)


def ship_box(c, charge_ts, box_no, order_id):
    """ship, deliver, maybe breakage / rating / referral. Returns box dict (with flags)."""
    d = charge_ts.date()
    wh, cour = warehouse_courier(c, d)
    box = dict(box_id=nid("box", "BX", 6), warehouse=wh, courier=cour, courier_zh=COURIERS[cour][0],
               broken=False, rated=False, slow=False, stars=None)
    lag = rng.uniform(0.4, 2.0)
    if wh == "Guangzhou" and GZ_BACKLOG[0] <= d <= GZ_BACKLOG[1]:
        lag += rng.uniform(1.5, 4.0)
    ship_ts = charge_ts + D(days=lag)
    ship_ts = ship_ts.replace(hour=int(rng.integers(9, 19)))
    extra = dict(box_id=box["box_id"], box_no=box_no, order_id=order_id, courier=cour, 快递公司=box["courier_zh"],
                 warehouse=wh, 发货仓=WH_ZH[wh])
    if not ev(c, ship_ts, "tp_shipped", "success", "system", **extra):
        return box
    transit = COURIERS[cour][1] * float(np.exp(rng.normal(0, 0.35)))
    if c["region"] == "西南":
        transit += 0.6
    if wh == "Guangzhou" and GZ_BACKLOG[0] <= d <= GZ_BACKLOG[1]:
        transit += rng.uniform(1.0, 3.0)
    del_ts = ship_ts + D(days=transit)
    del_ts = del_ts.replace(hour=int(rng.integers(9, 21)), minute=int(rng.integers(0, 60)))
    if del_ts <= ship_ts:
        del_ts = ship_ts + D(hours=6)
    box["slow"] = (del_ts - ship_ts).total_seconds() > 4 * 86400
    if not ev(c, del_ts, "tp_delivered", "success", "courier", **extra):
        return box
    c["last_ts"] = del_ts
    p_break = COURIERS[cour][2] * (1.3 if c["plan"] == 6 else 1.0)
    if rng.random() < p_break:
        box["broken"] = True
        nb = 1 if rng.random() < 0.8 else 2
        rep_ch = choice(["app", "phone"], [0.7, 0.3])
        rep_ts = del_ts + D(hours=rng.uniform(0.5, 30))
        ev(c, rep_ts, "tp_breakage", "submit", rep_ch, sess(), bottles_broken=nb, **extra)
        price = PLAN[c["plan"]][2] / c["plan"]
        order(c, rep_ts + D(days=rng.uniform(1, 4)), round(price * nb, 2), "broken_bottle_refund", "refunded",
              "app" if rep_ch == "app" else "phone", box_id=box["box_id"], box_no=box_no, bottles=nb,
              courier=cour, warehouse=wh, refund_reason="broken_bottle")
        if rng.random() < 0.55:
            add_fb("broken_bottle", rep_ts + D(hours=rng.uniform(0, 20)), c,
                   choice(["ticket", "app_review", "xiaohongshu"], [0.6, 0.25, 0.15]), box=box,
                   undated=False)
    elif box["slow"] and rng.random() < 0.3:
        add_fb("slow_delivery", del_ts + D(hours=rng.uniform(1, 30)), c, choice(["ticket", "app_review"], [0.7, 0.3]),
               box=box)
    elif not box["slow"] and rng.random() < 0.012:
        add_fb("delivery_good", del_ts + D(hours=rng.uniform(1, 30)), c, "app_review", rating=rating_for(
            "delivery_good"), box=box)
    # rating in the app
    p_rate = 0.40 if c["kol"] != "SOMMLEO" else 0.55
    if rng.random() < p_rate:
        wine = pick_wine(c, del_ts.date())
        base, kind = WINES[wine]
        if c["profile"] == "mixed":
            base -= 0.15
        stars = int(np.clip(round(rng.normal(base, 0.85)), 1, 5))
        r_ts = del_ts + D(days=rng.uniform(0.5, 12))
        r_ts = r_ts.replace(hour=int(rng.integers(8, 24)))
        row = ev(c, r_ts, "tp_rating", "submit", "app" if c["pref"] != "web" else "web", sess(), wine=wine,
                 stars=stars, box_id=box["box_id"], box_no=box_no)
        if row:
            box["rated"], box["stars"] = True, stars
            if stars <= 3 and kind == "sweet" and rng.random() < 0.85:
                topic = "too_sweet"
            elif stars <= 3 and kind == "dry" and rng.random() < 0.85:
                topic = "too_dry"
            elif stars >= 4:
                topic = "sommelier_notes" if rng.random() < 0.12 else "wine_good"
            elif stars == 3:
                topic = "neutral"
            else:
                topic = "wine_dislike" if rng.random() < 0.8 else choice(["too_sweet", "too_dry"])
            add_fb(topic, r_ts, c, "app_rating", rating=stars, wine=wine, box=box, tp="tp_rating")
            if stars >= 4 and rng.random() < 0.12:
                ev(c, r_ts + D(days=rng.uniform(0, 5)), "tp_referral", "submit", "social", sess(),
                   device=c["phone"], referral_channel=choice(["wechat_friend", "wechat_moments", "poster"]))
    return box


def cancel_flow(c, ts):
    """customer wants to cancel at ts. Returns the time the cancellation happened, or None (gave up)."""
    ch = main_channel(c)
    sid = sess()
    ev(c, ts, "tp_manage_sub", "view", ch, sid)
    in_app = ch == "app"
    found = rng.random() < ((0.30 if ts.date() >= APP_V5 else 0.88) if in_app else 0.85)
    reason = choice(["price", "too_much_wine", "taste_mismatch", "delivery_issue", "other"],
                    [0.3, 0.25, 0.2, 0.1, 0.15])
    if found:
        t = ts + D(minutes=rng.uniform(1, 6))
        ev(c, t, "tp_cancel", "success", ch, sid, cancel_reason=reason)
        return t
    if rng.random() < 0.75:
        t = ts + D(days=float(rng.choice([0, 1, 2, 3, 5, 8, 11], p=[0.2, 0.2, 0.15, 0.15, 0.12, 0.1, 0.08]))
                   + rng.uniform(0.05, 0.4))
        t = t.replace(hour=int(rng.integers(9, 21)))
        if t <= ts:
            t = ts + D(hours=2)
        csid = sess()
        ev(c, t, "tp_cs_call", "call", "phone", csid, device=None, call_reason="cancel_subscription")
        t2 = t + D(minutes=rng.uniform(5, 25))
        ev(c, t2, "tp_cancel", "success", "phone", csid, device=None, cancel_reason=reason)
        if in_app and ts.date() >= APP_V5:
            if rng.random() < 0.45:
                add_fb("cancel_hard", t2, c, "call_note")
            if rng.random() < 0.2:
                add_fb("cancel_hard", t2 + D(hours=rng.uniform(1, 48)), c,
                       choice(["app_review", "xiaohongshu"], [0.7, 0.3]), rating=choice([1, 2], [0.7, 0.3]),
                       undated=rng.random() < 0.15)
        return t2
    if in_app and ts.date() >= APP_V5 and rng.random() < 0.3:
        add_fb("cancel_hard", ts + D(hours=rng.uniform(1, 48)), c, "app_review", rating=1)
    return None


def subscription(c, sub_ts, channel, device):
    plan = c["plan"]
    trial = PLAN[plan][3] if c["kol"] != "TIANTIAN" else round(PLAN[plan][2] * 0.25)
    o = order(c, sub_ts, trial, "subscription_trial", "paid", channel, device, plan=PLAN[plan][0], box_no=1,
              bottles=plan, promo_code=c["kol"] or ("REF50" if c["channel"] == "referral" else "TRIAL50"))
    ev(c, sub_ts, "tp_subscribe", "success", channel, c["_sid"], device, order_id=o["order_id"], plan=PLAN[plan][0],
       box_no=1, promo_code=o["promo_code"])
    c["status"], c["boxes"] = "active", 1
    box = ship_box(c, sub_ts, 1, o["order_id"])
    # second box
    p2 = {"MIA88": 0.36, "TIANTIAN": 0.10, "WINEGIRL": 0.36, "SOMMLEO": 0.62, "ANNA": 0.30}.get(c["kol"], None)
    if p2 is None:
        p2 = {"douyin_ads": 0.62, "referral": 0.78, "organic": 0.72}.get(c["channel"], 0.68)
    if box["rated"]:
        p2 += 0.12 if box["stars"] >= 4 else -0.05
    if box["broken"]:
        p2 -= 0.25
    if box["slow"]:
        p2 -= 0.08
    k, last_box = 1, box
    cycle = sub_ts + D(days=30)
    wants_out = False
    while cycle <= END_TS:
        if k == 1:
            leave = rng.random() > p2
        else:
            h = 0.065 + (0.12 if last_box["broken"] else 0) + (0.08 if (last_box["stars"] or 5) <= 2 else 0)
            h += 0.05 if plan == 6 else 0
            leave = wants_out or rng.random() < h
        if leave:
            if c["kol"] and k == 1 and rng.random() < 0.15:
                # did not realise the trial auto-renews: charged, complains, refunded, cancels
                o = order(c, cycle, PLAN[plan][2], "subscription", "refunded", "system", None, plan=PLAN[plan][0],
                          box_no=2, bottles=plan, refund_reason="auto_renew_dispute")
                if o:
                    o["refunded_at"] = cycle + D(days=rng.uniform(1, 5))
                ev(c, cycle, "tp_box_charge", "success", "system", None, None, order_id=o and o["order_id"],
                   box_no=2, plan=PLAN[plan][0])
                t = cycle + D(hours=rng.uniform(2, 40))
                if rng.random() < 0.6:
                    add_fb("auto_charge_surprise", t, c, choice(["ticket", "xiaohongshu", "app_review"], [0.5, 0.3, 0.2]),
                           rating=None, undated=False)
                ev(c, t, "tp_cs_call", "call", "phone", sess(), None, call_reason="refund_request")
                ev(c, t + D(minutes=12), "tp_cancel", "success", "phone", None, None, cancel_reason="price")
                c["status"], c["cancelled_at"] = "cancelled", t
                return
            if c["kol"] and k == 1 and rng.random() < 0.08:
                add_fb("auto_charge_surprise", cycle - D(days=rng.uniform(3, 8)), c,
                       choice(["xiaohongshu", "app_review"]), rating=1, undated=rng.random() < 0.4)
            t = cancel_flow(c, cycle - D(days=rng.uniform(2, 9)))
            if t is not None and t < cycle:
                c["status"], c["cancelled_at"] = "cancelled", t
                return
            if t is not None:      # cancelled by phone only after the charge date: charged once more
                wants_out = False
                post_cancel = t
            else:
                wants_out = True
                post_cancel = None
        else:
            post_cancel = None
            r = rng.random()
            p_skip = {2: 0.05, 4: 0.09, 6: 0.27}[plan] if k >= 1 else 0
            if r < p_skip:
                sid = sess()
                t = cycle - D(days=rng.uniform(1, 8))
                ev(c, t, "tp_manage_sub", "view", main_channel(c), sid)
                ev(c, t + D(minutes=rng.uniform(1, 4)), "tp_skip", "submit", main_channel(c), sid,
                   skipped_month=f"{cycle.year}-{cycle.month:02d}")
                cycle += D(days=30)
                continue
            if r < p_skip + 0.03:
                sid = sess()
                t = cycle - D(days=rng.uniform(1, 8))
                m = int(rng.choice([1, 2, 3]))
                ev(c, t, "tp_manage_sub", "view", main_channel(c), sid)
                ev(c, t + D(minutes=rng.uniform(1, 4)), "tp_pause", "submit", main_channel(c), sid, pause_months=m)
                cycle += D(days=30 * (m + 1))
                continue
            if rng.random() < 0.05:   # address change / wine swap
                ev(c, cycle - D(days=rng.uniform(1, 10)), "tp_manage_sub", "view", main_channel(c), sess())
        # charge
        k += 1
        o = order(c, cycle, PLAN[plan][2], "subscription", "paid", "system", None, plan=PLAN[plan][0], box_no=k,
                  bottles=plan, promo_code=None)
        ev(c, cycle, "tp_box_charge", "success", "system", None, None, order_id=o and o["order_id"], box_no=k,
           plan=PLAN[plan][0])
        c["boxes"] = k
        last_box = ship_box(c, cycle, k, o and o["order_id"])
        if k == 2 and last_box and rng.random() < 0.22:
            dts = cycle + D(days=rng.uniform(5, 14))
            r = rating_for(choice(["sommelier_notes", "wine_good", "neutral", "price_high", "delivery_good"],
                                  [0.3, 0.3, 0.15, 0.15, 0.1]))
            topic = {5: choice(["sommelier_notes", "wine_good"]), 4: choice(["sommelier_notes", "wine_good",
                                                                             "delivery_good"]),
                     3: choice(["neutral", "price_high"])}.get(r, "price_high")
            if last_box["broken"]:
                topic, r = "broken_bottle", choice([1, 2])
            elif last_box["slow"] and rng.random() < 0.5:
                topic, r = "slow_delivery", choice([2, 3])
            add_fb(topic, dts, c, "survey", rating=r, nps=nps_for(r), box=last_box)
        if post_cancel is not None:
            c["status"], c["cancelled_at"] = "cancelled", post_cancel
            return
        cycle += D(days=30)


# ---------- simulate each customer ----------
for c in cust:
    d0 = c["d0"]
    t0 = at(d0, 8, 23.5)
    ch = c["channel"]
    first = t0
    quiz_ts = None
    if ch != "organic":
        n = int(rng.choice([1, 2, 3], p=[0.6, 0.28, 0.12]))
        ts_list = sorted([t0] + [t0 + D(days=rng.uniform(0.2, 10)) for _ in range(n - 1)])
        for t in ts_list:
            ev(c, t, "tp_ad_click", "click", "ads" if ch != "referral" else "social", sess(), device=c["phone"]
               if c["device"] == "pc" and rng.random() < 0.5 else None, ad_platform=PLATFORM[ch], kol_code=c["kol"],
               campaign=f"{ch}_{t.year}{(t.month - 1) // 3 + 1}Q")
        p_quiz = {"referral": 0.72, "xiaohongshu_kol": 0.62, "douyin_ads": 0.44, "baidu_search": 0.6}.get(ch, 0.55)
        if rng.random() < p_quiz:
            quiz_ts = ts_list[0] + (D(minutes=rng.uniform(1, 20)) if rng.random() < 0.6 else
                                    D(days=rng.uniform(0.3, 9)))
    else:
        quiz_ts = t0
    c["signup_at"] = first
    if quiz_ts is None or quiz_ts > END_TS:
        c["last_ts"] = first
        continue
    qch = c["pref"]
    qdev = "pc" if qch == "web" else c["phone"] if c["device"] == "pc" else c["device"]
    c["_sid"] = sess()
    c["profile"] = choice(["red", "white", "sparkling", "mixed"], [0.42, 0.2, 0.15, 0.23])
    ev(c, quiz_ts, "tp_quiz", "submit", qch, c["_sid"], qdev, quiz_result=c["profile"])
    c["last_ts"] = quiz_ts
    p_sub = {"referral": 0.55, "douyin_ads": 0.33, "organic": 0.45}.get(ch, 0.42)
    if c["kol"] == "TIANTIAN":
        p_sub = 0.62
    elif c["kol"]:
        p_sub = 0.48
    if rng.random() >= p_sub:
        continue
    c["plan"] = int(choice([2, 4, 6], [0.45, 0.38, 0.17]))
    sub_ts = quiz_ts + (D(minutes=rng.uniform(2, 15)) if rng.random() < 0.55 else D(days=rng.uniform(0.5, 11)))
    sch, sdev = qch, qdev
    if sub_ts.date() != quiz_ts.date() or sub_ts - quiz_ts > D(hours=1):
        c["_sid"] = sess()
    bug = qch == "app" and qdev == "android" and ANDROID_BUG[0] <= sub_ts.date() < ANDROID_BUG[1]
    if bug and rng.random() < 0.72:
        nfail = int(rng.choice([1, 2, 3], p=[0.5, 0.3, 0.2]))
        for j in range(nfail):
            ev(c, sub_ts + D(minutes=2 * j), "tp_payment_fail", "fail", "app", c["_sid"], "android",
               error_code=choice(["PAY_SDK_TIMEOUT", "PAY_SDK_500"], [0.7, 0.3]))
        if rng.random() < 0.35:
            add_fb("payment_fail", sub_ts + D(minutes=10), c, choice(["app_review", "ticket"], [0.7, 0.3]),
                   rating=1 if rng.random() < 0.7 else None)
        if rng.random() < 0.7:
            c["plan"] = None
            continue
        sub_ts += D(days=rng.uniform(0.2, 6))
        sch, sdev = "mini_program", "android"
        c["_sid"] = sess()
    if sub_ts > END_TS:
        c["plan"] = None
        continue
    c["sub_at"] = sub_ts
    subscription(c, sub_ts, sch, sdev)

# ---------- one-off shop orders and gift cards ----------
BOTTLE_PRICES = [88, 128, 168, 198, 238, 298, 398]
for c in cust:
    lo = c["d0"]
    for (y, m) in MONTHS:
        ms, me = date(y, m, 1), month_end(y, m)
        if me < lo:
            continue
        active = c["sub_at"] is not None and c["sub_at"].date() <= me and (
            c["cancelled_at"] is None or c["cancelled_at"].date() >= ms)
        base = 0.06 if active else 0.018 if c["profile"] else 0.004
        mult = {11: 2.4, 12: 1.8, 1: 1.3, 9: 1.2}.get(m, 1.0)
        if rng.random() < base * mult:
            if m == 11 and rng.random() < 0.7:
                d = date(y, 11, int(rng.integers(1, 12)))
            else:
                d = date(y, m, int(rng.integers(1, me.day + 1)))
            d = max(d, lo)
            ts = at(d, 9, 23.8)
            n = int(rng.choice([1, 2, 3, 4, 6], p=[0.35, 0.3, 0.15, 0.1, 0.1]))
            amt = sum(float(rng.choice(BOTTLE_PRICES)) for _ in range(n))
            ch = main_channel(c)
            dev = "pc" if ch == "web" else c["device"] if c["device"] != "pc" else c["phone"]
            st = "paid" if rng.random() < 0.95 else "cancelled"
            o = order(c, ts, amt, "one_off", st, ch, dev, bottles=n)
            if o:
                ev(c, ts, "tp_shop_order", "submit", ch, sess(), dev, order_id=o["order_id"], product_type="one_off")
                if amt < 299 and st == "paid":
                    order(c, ts, 15.0, "shipping", "paid", ch, dev, linked_order_id=o["order_id"])
        gmult = {12: 3.0, 1: 2.6, 2: 0.9, 9: 1.6, 10: 1.2}.get(m, 0.5)
        gbase = 0.010 if c["profile"] else 0.003
        if c["age"] in ("45-54", "55+"):
            gbase *= 2.0
        if rng.random() < gbase * gmult:
            d = max(date(y, m, int(rng.integers(1, me.day + 1))), lo)
            ts = at(d, 9, 23.8)
            if c["age"] == "55+":
                amt = float(rng.choice([1000, 2000, 3000], p=[0.3, 0.4, 0.3]))
            elif c["age"] == "45-54":
                amt = float(rng.choice([500, 1000, 2000], p=[0.3, 0.45, 0.25]))
            else:
                amt = float(rng.choice([200, 300, 500, 1000], p=[0.3, 0.35, 0.25, 0.1]))
            ch = main_channel(c)
            dev = "pc" if ch == "web" else c["device"] if c["device"] != "pc" else c["phone"]
            o = order(c, ts, amt, "gift_card", "paid", ch, dev, card_value=int(amt))
            if o:
                ev(c, ts, "tp_shop_order", "submit", ch, sess(), dev, order_id=o["order_id"], product_type="gift_card")

# ---------- extra feedback: app reviews, xiaohongshu, quiz ----------
dated = [c for c in cust if c["profile"]]
for _ in range(260):
    c = choice(dated)
    d = c["d0"] + D(days=int(rng.integers(0, 200)))
    if d > END:
        continue
    topic = choice(["sommelier_notes", "wine_good", "quiz_good", "price_high", "neutral", "slow_delivery"],
                   [0.3, 0.2, 0.15, 0.15, 0.1, 0.1])
    ch = choice(["xiaohongshu", "app_review"], [0.5, 0.5])
    add_fb(topic, at(d, 9, 23), c, ch, rating=rating_for(topic) if ch == "app_review" else None,
           undated=(ch == "xiaohongshu" and rng.random() < 0.45) or (ch == "app_review" and rng.random() < 0.08))


# ---------- customers table ----------
def segment(c):
    if c["boxes"] >= 10:
        return "vip"
    if c["status"] == "cancelled" or (c["status"] == "active" and c["last_ts"].date() < date(2026, 4, 1)):
        return "at_risk"
    if c["d0"] >= date(2026, 1, 1):
        return "new"
    return "returning" if c["status"] != "never" else "prospect"


cust_rows = []
for c in cust:
    plan = PLAN[c["plan"]] if c["plan"] else None
    cust_rows.append(dict(
        customer_id=c["customer_id"], signup_at=c["signup_at"], segment=segment(c), region=c["region"],
        acquisition_channel=c["channel"], tier=plan[0] if plan else None, 套餐=plan[1] if plan else None,
        taste_profile=c["profile"], 口味偏好=PROFILE_ZH[c["profile"]] if c["profile"] else None, city=c["city"],
        age_band=c["age"], gender=c["gender"], kol_code=c["kol"], first_device=c["device"],
        subscription_status=c["status"], subscribed_at=c["sub_at"], language=c["lang"]))


# ---------- write ----------
def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1,
                                      touchpoint_id=tp, window_days=w)
                                 for j, zh, en, steps, w in JOURNEYS for i, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows, list(cust_rows[0]))
    events.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(events):
        r["event_id"] = f"E{i + 1:07d}"
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "ad_platform", "kol_code", "campaign", "quiz_result", "order_id", "plan", "promo_code",
           "box_id", "box_no", "courier", "快递公司", "warehouse", "发货仓", "bottles_broken", "wine", "stars",
           "referral_channel", "cancel_reason", "call_reason", "pause_months", "skipped_month", "product_type",
           "error_code"])
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "product_type", "plan", "box_no",
           "box_id", "bottles", "promo_code", "card_value", "courier", "warehouse", "refund_reason", "refunded_at",
           "linked_order_id", "currency"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "wine", "box_id",
           "courier", "快递公司", "language"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
