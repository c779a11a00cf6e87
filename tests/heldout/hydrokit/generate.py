"""绿窗 GreenSill: an online seller of home hydroponic growing kits with seed-pod and nutrient subscriptions
(synthetic, written blind).

GreenSill sells countertop hydroponic kits (Mini 6 pods, Pro 12 pods, Tower 24 pods) from its own web shop in
China (上海 Shanghai, 北京 Beijing, 深圳 Shenzhen, 成都 Chengdu) and the UK (London, Manchester, Edinburgh). People
arrive from paid ads (抖音 / 小红书 / 百度 in China, Meta / Google / TikTok in the UK), organic search or a friend's
referral, land on the product page, add to cart and pay. The kit is delivered by courier, paired with the GreenSill
app over Wi-Fi, planted with the starter seed pods, the app asks for a sprout check-in about ten days later and logs
the first harvest. Grow coaches answer chats; returns go through the return form. After the first harvest many
owners subscribe to monthly seed pods, bimonthly nutrients or a combo; refill boxes ship every cycle until the owner
skips or cancels.

Data 2025-01-01 .. 2026-06-30 (shop + app + CRM extract taken 2026-07-03). Times are naive local times.
Money: orders.amount is CNY (reporting currency; GBP at the fixed budget rate 9.10); currency and amount_local keep
the billed currency.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment per comment; not a DATA.md table).
Deterministic (seed 20260703): numpy for the population, a seeded random.Random for per-event draws.
"""
from __future__ import annotations

import csv
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
nrng = np.random.default_rng(SEED)
R = random.Random(SEED)
D0 = datetime(2025, 1, 1)
END_DAY = date(2026, 6, 30)
END_T = (END_DAY - D0.date()).days + 1.0      # exclusive, in days since D0
GBP = 9.10


def dd(y, m, d):
    return float((date(y, m, d) - D0.date()).days)


def stamp(t: float) -> str:
    return (D0 + timedelta(days=t)).strftime("%Y-%m-%d %H:%M:%S")


def tdate(t: float) -> date:
    return (D0 + timedelta(days=t)).date()


def pick(opts: dict):
    r = R.random() * sum(opts.values())
    for k, w in opts.items():
        r -= w
        if r <= 0:
            return k
    return k


# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "growth_marketing",
     "投放|信息流广告|种草|达人视频|广告|ads|paid social|ad campaign|sponsored post"),
    ("tp_landing", "产品详情页", "Product page", "consideration", "web", "digital", "ecommerce",
     "详情页|商品页|落地页|官网|product page|landing page|PDP|shop page"),
    ("tp_cart", "加入购物车", "Add to cart", "consideration", "web", "digital", "ecommerce",
     "加购|购物车|basket|cart|add to basket"),
    ("tp_checkout", "结算支付", "Checkout and payment", "purchase", "web", "digital", "ecommerce",
     "下单|付款|支付|结账|checkout|payment|place order"),
    ("tp_delivery", "快递签收", "Delivery", "purchase", "other", "physical", "logistics",
     "配送|物流|快递|签收|到货|shipping|courier|delivery|parcel"),
    ("tp_app_pair", "App配网绑定", "App Wi-Fi pairing", "service", "app", "digital", "app_team",
     "配网|绑定设备|连WiFi|激活|设备绑定|pairing|setup|Wi-Fi setup|connect to app|onboarding"),
    ("tp_first_planting", "首次种植", "First planting", "service", "app", "physical", "grow_success",
     "播种|放胶囊|种下去|planting|pods in|sowing"),
    ("tp_germination", "发芽打卡", "Sprout check-in", "service", "app", "digital", "grow_success",
     "发芽率|出芽|发芽|germination|sprouting|sprout rate"),
    ("tp_first_harvest", "首次收获", "First harvest", "service", "app", "physical", "grow_success",
     "首收|第一茬|采摘|收菜|harvest|first crop|picking"),
    ("tp_support_chat", "种植顾问咨询", "Grow coach chat", "service", "app", "digital", "customer_care",
     "客服|在线咨询|售后|种植顾问|工单|support|help chat|customer service|grow coach|ticket"),
    ("tp_return", "退货申请", "Return request", "service", "web", "digital", "customer_care",
     "退货|退款|七天无理由|退换|returns|refund|send it back"),
    ("tp_sub_start", "开通订阅", "Subscription start", "loyalty", "app", "digital", "subscriptions",
     "订阅|开通订阅|种子胶囊订阅|营养液订阅|subscribe|subscription sign-up|pod plan"),
    ("tp_refill_ship", "补给包发货", "Refill box shipped", "loyalty", "other", "physical", "logistics",
     "补给包|续订发货|胶囊补货|refill|refill box|pod box|nutrient refill"),
    ("tp_sub_skip", "跳过一期", "Skip a box", "loyalty", "app", "digital", "subscriptions",
     "跳期|暂停一期|skip|pause|skip a month"),
    ("tp_sub_cancel", "取消订阅", "Subscription cancellation", "loyalty", "app", "digital", "subscriptions",
     "退订|取消续订|取消订阅|churn|cancel subscription|unsubscribe"),
    ("tp_referral", "推荐好友", "Refer a friend", "loyalty", "social", "digital", "growth_marketing",
     "老带新|邀请码|转介绍|推荐|referral|invite a friend|refer a friend"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("ad_to_checkout", "广告到下单", "Ad to checkout",
     ["tp_ad_click", "tp_landing", "tp_cart", "tp_checkout"], 7),
    ("unbox_to_harvest", "开箱到首收", "Unboxing to first harvest",
     ["tp_delivery", "tp_app_pair", "tp_first_planting", "tp_germination", "tp_first_harvest"], 75),
    ("harvest_to_subscription", "首收到订阅", "First harvest to subscription",
     ["tp_first_harvest", "tp_sub_start", "tp_refill_ship"], 30),
]
CITIES = {  # city: zh, region, weight within region
    "Shanghai": ("上海", "china", 0.32), "Beijing": ("北京", "china", 0.25), "Shenzhen": ("深圳", "china", 0.25),
    "Chengdu": ("成都", "china", 0.18),
    "London": ("伦敦", "uk", 0.55), "Manchester": ("曼彻斯特", "uk", 0.28), "Edinburgh": ("爱丁堡", "uk", 0.17),
}
PLATFORM_ZH = {"douyin": "抖音", "xiaohongshu": "小红书", "baidu": "百度", "meta": "Meta", "google": "Google",
               "tiktok": "TikTok"}
P_LAND = {"douyin": 0.80, "xiaohongshu": 0.86, "baidu": 0.84, "meta": 0.82, "google": 0.88, "tiktok": 0.70}
P_CART = {"douyin": 0.15, "xiaohongshu": 0.31, "baidu": 0.22, "meta": 0.19, "google": 0.26, "tiktok": 0.08,
          "organic": 0.24, "referral": 0.43}
CPC = {"douyin": (1.2, 2.6), "xiaohongshu": (1.8, 3.5), "baidu": (2.0, 4.0), "meta": (0.35, 0.8),
       "google": (0.5, 1.1), "tiktok": (0.2, 0.5)}
KIT_PRICE = {"china": {"mini": 699, "pro": 1299, "tower": 2499}, "uk": {"mini": 79, "pro": 149, "tower": 279}}
KIT_PODS = {"mini": 6, "pro": 12, "tower": 24}
ISSUE_ZH = {"pairing": "配网问题", "no_germination": "不发芽", "algae": "长藻", "pump_noise": "水泵噪音",
            "yellow_leaves": "叶子发黄", "leak": "漏水", "grow_light": "补光灯", "subscription_billing": "订阅扣费",
            "delivery_damage": "快递破损", "other": "其他"}
RETURN_ZH = {"changed_mind": "不想要了", "setup_difficulty": "安装太麻烦", "pump_noise": "水泵噪音",
             "damaged_in_transit": "运输破损", "not_growing": "种不出来", "too_big": "太占地方"}
CANCEL_ZH = {"too_many_pods": "胶囊囤太多", "price": "价格太贵", "no_time": "没时间打理", "quality": "发芽率差",
             "moving": "搬家", "other": "其他"}
PAIRFAIL_ZH = {"wifi_5ghz": "连了5G频段WiFi", "wrong_password": "WiFi密码错误", "qr_timeout": "扫码超时",
               "bluetooth_permission": "蓝牙权限未开", "firmware_update": "固件升级失败"}
PAYFAIL_ZH = {"bank_declined": "银行拒付", "user_cancelled": "用户取消支付", "card_declined": "卡被拒",
              "3ds_failed": "3DS验证失败"}
CARRIER_ZH = {"sf": "顺丰", "jd": "京东物流", "royal_mail": "皇家邮政", "dpd": "DPD", "parcelswift": "ParcelSwift"}
SEEDKIT_ZH = {"herb_starter": "香草入门包", "salad_starter": "沙拉菜包", "tomato_starter": "樱桃番茄包"}
PLAN_ZH = {"seed_monthly": "种子胶囊月订", "nutrient_bimonthly": "营养液双月订", "combo": "种子营养液组合"}
ORDERTYPE_ZH = {"kit": "种植机", "refill": "订阅补给", "pods_addon": "加购胶囊"}
CROP = {"herb_starter": "basil", "salad_starter": "lettuce", "tomato_starter": "cherry_tomato"}


def plan_price(region, plan, t):
    if region == "china":
        return {"seed_monthly": 89.0, "nutrient_bimonthly": 49.0, "combo": 119.0}[plan]
    hike = t >= dd(2026, 3, 1)
    return {"seed_monthly": 14.99 if hike else 12.99, "nutrient_bimonthly": 6.99,
            "combo": 19.99 if hike else 16.99}[plan]


def app_version(os_, t):
    if t < dd(2025, 6, 16):
        return "3.2.4"
    if t < dd(2025, 11, 3):
        return "3.3.1"
    if t < dd(2025, 12, 15):
        return "3.4.0"
    if t < dd(2026, 3, 10):
        return "3.4.2"
    return "3.5.0"


def promo(region, t):
    d = tdate(t)
    if region == "china":
        if d.month == 11 and d.day <= 11:
            return "double11", 0.15
        if d.month == 6 and d.day <= 18:
            return "618", 0.10
    else:
        if date(2025, 11, 21) <= d <= date(2025, 12, 1):
            return "black_friday", 0.20
    return None, 0.0


# ---------------------------------------------------------------- feedback texts (markers: README)
TEXT = {
    "pairing": {
        "zh": ["App配网一直失败，折腾了一晚上也没连上", "配网配了三次才成功，说明书写得太简单", "安卓手机配网卡在最后一步，转圈圈",
               "更新App以后配网老是提示蓝牙权限，搞不定", "家里路由器是双频的，配网总是失败，后来单独开了个2.4G才行"],
        "en": ["The app pairing kept failing, took me an evening to get it online",
               "Pairing with my Android phone just spins forever at the last step",
               "Wi-Fi pairing only worked after I split my router bands, not in the manual",
               "After the app update pairing asks for bluetooth permission again and again",
               "Three attempts at pairing before it finally connected, frustrating start"]},
    "germination": {
        "zh": ["罗勒胶囊放了两周都没发芽，一半坑位是空的", "发芽率太低了，12个只出了5个", "香草包基本不发芽，是种子批次的问题吗",
               "等了十几天一点发芽的迹象都没有，很失望", "其他都出了，就罗勒不发芽"],
        "en": ["Half of the basil pods never sprouted after two weeks",
               "Only 5 of 12 pods sprouted, very disappointing",
               "The herb pods did not sprout at all, is there a bad seed batch?",
               "Nothing sprouted in the basil slots, the lettuce was fine",
               "Still waiting for anything to sprout after 14 days"]},
    "algae": {
        "zh": ["水箱里长了一层绿藻，清洗起来很麻烦", "天气一热水槽就长藻，根都滑滑的", "夏天放在阳台上，一周就满是藻",
               "盖子缝隙透光，藻长得比菜还快"],
        "en": ["Green algae all over the reservoir after a hot week",
               "Algae keeps coming back in the tank no matter how often I clean it",
               "The lid lets light in and algae grows around the roots"]},
    "pump_noise": {
        "zh": ["水泵噪音太大，放客厅晚上嗡嗡响", "塔式机的水泵噪音像冰箱压缩机一样", "用了两周水泵开始有噪音，咔咔响",
               "卧室里根本没法放，噪音太吵"],
        "en": ["The pump makes a constant humming noise, can't have it in the living room",
               "Tower pump started rattling after two weeks, the noise is unbearable",
               "Loud clicking noise from the pump every few minutes",
               "Returned it because of the pump noise at night"]},
    "leak": {
        "zh": ["底座漏水，把桌子泡坏了", "加水的时候从侧面漏水", "水箱接缝处漏水，换了一个还是一样"],
        "en": ["The base started to leak onto my kitchen counter",
               "Water leaks from the side seam whenever I top it up",
               "Small leak under the reservoir, found a puddle every morning"]},
    "damaged": {
        "zh": ["收到的时候箱子压扁了，水箱破损", "快递送来外壳破损，灯罩也裂了", "包装太薄，水箱直接摔出裂纹，破损严重",
               "第二次发货才收到没破损的"],
        "en": ["Box arrived crushed and the reservoir was damaged",
               "Courier left it at the door, the lamp arm was damaged",
               "Tank arrived damaged with a crack, the box had been dropped",
               "Second parcel finally arrived undamaged, the first one was damaged in transit"]},
    "piling": {
        "zh": ["胶囊寄得太频繁，家里已经囤了一抽屉", "每个月一盒根本种不完，囤了好多", "订阅节奏太快，胶囊都囤着过期了"],
        "en": ["Pods keep piling up, I can't plant a box a month",
               "Too many refills, a drawer full of pods piling up",
               "The monthly box is too much, pods are piling up unused"]},
    "price": {
        "zh": ["订阅太贵了，一个月89不太值", "组合装太贵了，超市买菜都比这便宜", "胶囊卖得太贵，一颗快十块钱了"],
        "en": ["The subscription price went up by two pounds, cancelling",
               "Price increase on the pod plan with barely any notice",
               "Not worth it after the price rise, supermarket herbs are cheaper",
               "The new price for the combo box is too much for what you get"]},
    "harvest_praise": {
        "zh": ["第一次收的生菜特别好吃，孩子都抢着吃", "自己种的罗勒做意面太好吃了", "一个月就能吃上，脆生生的很好吃",
               "樱桃番茄甜，比超市的好吃"],
        "en": ["First harvest of lettuce was so tasty, the kids loved it",
               "Fresh basil on pasta, really tasty and no more wilted supermarket herbs",
               "Cherry tomatoes are sweet and tasty",
               "Tasty salad from my kitchen counter within a month"]},
    "app_tips": {
        "zh": ["App推送的小贴士很有用，第几天该干嘛都提醒", "每周的种植小贴士帮了大忙，新手也能种好", "小贴士视频讲得很清楚"],
        "en": ["The app tips each week made it easy for a beginner",
               "Loved the day-by-day tips in the app",
               "Handy tips pushed at the right moment, like when to trim"]},
    "support_praise": {
        "zh": ["客服很耐心，一步步教我", "在线客服回复快，还补寄了胶囊", "客服小姐姐态度好，问题当天就解决了"],
        "en": ["The support agent walked me through it patiently",
               "Chat agent replied in minutes and sent new pods for free",
               "Friendly agent, problem fixed the same day"]},
    "refund": {
        "zh": ["退货寄回去两周了退款还没到", "退款流程太慢，客户体验差", "退款只退了一部分，运费不给退"],
        "en": ["Sent the kit back two weeks ago and still no refund",
               "Refund took forever and needed three emails",
               "Only a partial refund, they kept the shipping cost"]},
    "grow_light": {
        "zh": ["补光灯太亮了，晚上在客厅很晃眼", "补光灯定时不好调，半夜突然亮"],
        "en": ["The grow light is far too bright in an open-plan flat at night",
               "Grow light timer resets after every power cut"]},
    "generic_pos": {
        "zh": ["整体很满意，颜值高，放在厨房很好看", "很适合小户型，操作简单", "送给爸妈的礼物，他们很喜欢", "性价比可以，推荐"],
        "en": ["Looks great on the kitchen counter, really happy with it", "Simple to use, great gift idea",
               "Happy with the kit overall, would recommend", "Nice design and easy to look after"]},
    "generic_neg": {
        "zh": ["体验一般，跟宣传的差距有点大", "没有想象中好用，有点后悔", "东西还行，但是不会再买了"],
        "en": ["Not as good as the ads made it look", "Meh, expected more for the money", "Overall a bit disappointing"]},
    "neutral": {
        "zh": ["刚开始用，还在观察", "还可以吧，先用着看", "中规中矩"],
        "en": ["Just started, too early to say", "It's fine, nothing special", "Okay so far"]},
}
SENT = {"pairing": "negative", "germination": "negative", "algae": "negative", "pump_noise": "negative",
        "leak": "negative", "damaged": "negative", "piling": "negative", "price": "negative",
        "harvest_praise": "positive", "app_tips": "positive", "support_praise": "positive", "refund": "negative",
        "grow_light": "negative", "generic_pos": "positive", "generic_neg": "negative", "neutral": "neutral"}
TAIL = {"zh": ["", "", "", "。", "！", "，希望改进", "，就这样"],
        "en": ["", "", "", ".", "!", ". Please sort this out", " to be honest"]}
POS_TAIL_OK = {"", "。", "！", ".", "!", "，就这样", " to be honest"}

# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
EXPER: list[dict] = []
CUSTOMERS: list[dict] = []
CNT = {"ev": 0, "ord": 0, "fb": 0, "sess": 0, "tk": 0}


def ev(cid, t, tp, action, city, **extra):
    if t >= END_T or t < 0:
        return None
    CNT["ev"] += 1
    row = {"event_id": f"E{CNT['ev']:07d}", "customer_id": cid, "ts": stamp(t), "touchpoint_id": tp,
           "action": action, "city": city, "城市": CITIES[city][0]}
    row.update(extra)
    EVENTS.append(row)
    return row


def order(cid, t, otype, amount_local, region, city, status="paid", **extra):
    if t >= END_T:
        return None
    CNT["ord"] += 1
    cur = "CNY" if region == "china" else "GBP"
    amt = round(amount_local * (1.0 if region == "china" else GBP), 2)
    row = {"order_id": f"O{CNT['ord']:06d}", "customer_id": cid, "ts": stamp(t), "amount": amt, "status": status,
           "order_type": otype, "订单类型": ORDERTYPE_ZH[otype], "currency": cur,
           "amount_local": round(amount_local, 2), "city": city, "城市": CITIES[city][0]}
    row.update(extra)
    ORDERS.append(row)
    return row


def fb(topic, lang, t, cid, tp, channel, city, rating=None, nps=None, **extra):
    if t is not None and t >= END_T:
        return
    CNT["fb"] += 1
    fid = f"F{CNT['fb']:05d}"
    tail = R.choice(TAIL[lang])
    if SENT[topic] == "positive" and tail not in POS_TAIL_OK:
        tail = ""
    text = R.choice(TEXT[topic][lang]) + tail
    FEEDBACK.append({"feedback_id": fid, "text": text, "ts": stamp(t) if t is not None else "",
                     "customer_id": cid or "", "touchpoint_id": tp or "", "channel": channel,
                     "rating": "" if rating is None else rating, "nps": "" if nps is None else nps,
                     "language": lang, "city": city or "", **extra})
    TRUTH.append({"feedback_id": fid, "topic": topic, "sentiment": SENT[topic]})


def rating_for(topic):
    s = SENT[topic]
    if s == "negative":
        return pick({1: 0.45, 2: 0.4, 3: 0.15})
    if s == "positive":
        return pick({4: 0.35, 5: 0.65})
    return pick({3: 0.6, 4: 0.3, 2: 0.1})


# ---------------------------------------------------------------- arrivals
def arrival_days(region, n):
    last = int(dd(2026, 6, 30))
    days = np.arange(0, last + 1)
    w = np.ones(len(days))
    china = {1: 0.8, 2: 0.75, 3: 1.15, 4: 1.25, 5: 1.0, 6: 1.2, 7: 0.8, 8: 0.8, 9: 0.9, 10: 1.0, 11: 1.5, 12: 1.0}
    uk = {1: 0.9, 2: 0.9, 3: 1.3, 4: 1.3, 5: 1.0, 6: 0.85, 7: 0.75, 8: 0.75, 9: 0.9, 10: 1.0, 11: 1.5, 12: 1.35}
    for i, d in enumerate(days):
        dt = tdate(float(d))
        f = (china if region == "china" else uk)[dt.month] * (1 + 0.5 * d / last)
        if region == "china":
            if dt.month == 11 and dt.day <= 11:
                f *= 1.8
            if dt.month == 6 and dt.day <= 18:
                f *= 1.4
            if date(2025, 1, 28) <= dt <= date(2025, 2, 4) or date(2026, 2, 16) <= dt <= date(2026, 2, 22):
                f *= 0.5
        elif date(2025, 11, 21) <= dt <= date(2025, 12, 1):
            f *= 1.8
        w[i] = f
    w /= w.sum()
    return np.sort(nrng.choice(days, size=n, p=w)).astype(float)


def hour_frac(evening=True):
    h = R.choice([8, 9, 12, 12, 13, 18, 19, 20, 20, 21, 21, 22, 22, 23]) if evening else R.randint(8, 20)
    return (h + R.random()) / 24.0


HARVESTERS = {"china": [], "uk": []}  # (t_harvest, cid)


# ---------------------------------------------------------------- one customer
def run_customer(c):
    cid, region, city = c["customer_id"], c["region"], c["city"]
    lang = "zh" if region == "china" else "en"
    if region == "china" and R.random() < 0.05:
        lang = "en"
    t = c["arrival"] + hour_frac()
    src = c["acquisition_channel"]
    os_ = c["phone_os"]
    browse = os_ if (src == "paid_ad" or R.random() < 0.6) else "pc"
    CNT["sess"] += 1
    sess = f"S{CNT['sess']:07d}"
    plat = c["ad_platform"] or None
    p_cart = P_CART[plat] if src == "paid_ad" else P_CART[src]
    pr, disc = promo(region, t)
    if src == "paid_ad":
        camp = {"double11": "double11_2025", "618": f"618_{tdate(t).year}",
                "black_friday": "black_friday_2025"}.get(pr) or (
            f"spring_grow_{tdate(t).year}" if tdate(t).month in (3, 4, 5) else "always_on")
        creative = pick({"video": 0.55, "image": 0.3, "livestream": 0.15 if plat == "douyin" else 0.0})
        if R.random() < 0.15:  # an earlier click on another ad of the same platform
            t0 = t - R.uniform(1, 6)
            lo, hi = CPC[plat]
            ev(cid, t0, "tp_ad_click", "click", city, channel="ads", device=os_, session_id=f"{sess}a",
               ad_platform=plat, 广告平台=PLATFORM_ZH[plat], campaign="always_on", creative_type="image",
               cpc_local=round(R.uniform(lo, hi), 2))
        lo, hi = CPC[plat]
        ev(cid, t, "tp_ad_click", "click", city, channel="ads", device=os_, session_id=sess, ad_platform=plat,
           广告平台=PLATFORM_ZH[plat], campaign=camp, creative_type=creative, cpc_local=round(R.uniform(lo, hi), 2))
        if R.random() > P_LAND[plat]:
            return
        t += R.uniform(0.3, 3) / 1440
    ev(cid, t, "tp_landing", "view", city, channel="web", device=browse, session_id=sess,
       ad_platform=plat or "", 广告平台=PLATFORM_ZH.get(plat, ""), referrer=src)
    if pr:
        p_cart *= 1.25
    if R.random() > p_cart:
        if R.random() < 0.25:  # comes back later and looks again
            ev(cid, t + R.uniform(1, 20), "tp_landing", "view", city, channel="web", device=browse,
               session_id=f"{sess}b", ad_platform="", 广告平台="", referrer="direct")
        return
    model = pick({"mini": 0.46, "pro": 0.39, "tower": 0.15 if region == "china" else 0.20})
    t += R.uniform(2, 25) / 1440 if R.random() < 0.7 else R.uniform(0.2, 3)
    ev(cid, t, "tp_cart", "add", city, channel="web", device=browse, session_id=sess, kit_model=model,
       cart_value_local=KIT_PRICE[region][model])
    if R.random() > (0.72 if pr else 0.62):
        return
    t += R.uniform(3, 30) / 1440 if R.random() < 0.75 else R.uniform(0.2, 3)
    pm = pick({"wechat_pay": 0.55, "alipay": 0.40, "card": 0.05} if region == "china"
              else {"card": 0.6, "apple_pay": 0.3, "paypal": 0.1})
    paid = False
    for attempt in range(1, 4):
        if R.random() < 0.08:
            fr = pick({"bank_declined": 0.4, "user_cancelled": 0.6} if region == "china"
                      else {"card_declined": 0.6, "3ds_failed": 0.4})
            ev(cid, t, "tp_checkout", "fail", city, channel="web", device=browse, session_id=sess,
               kit_model=model, payment_method=pm, attempt=attempt, fail_reason=fr, 失败原因=PAYFAIL_ZH[fr])
            if R.random() > 0.65:
                return
            t += R.uniform(1, 20) / 1440
            continue
        paid = True
        break
    if not paid:
        return
    pr, disc = promo(region, t)
    if src == "referral" and not pr:
        pr, disc = "referral_welcome", 0.10
    addon = R.random() < 0.25
    price = KIT_PRICE[region][model]
    addon_local = (99 if region == "china" else 12) if addon else 0
    amount_local = round(price * (1 - disc) + addon_local, 2)
    c["kit_model"] = model
    c["signup_at"] = stamp(t)
    on = f"GS{CNT['ord'] + 1:06d}"
    ev(cid, t, "tp_checkout", "success", city, channel="web", device=browse, session_id=sess, kit_model=model,
       payment_method=pm, attempt=attempt, order_no=on, promo=pr or "", amount_local=amount_local)
    cancelled = R.random() < 0.015
    kit_order = order(cid, t, "kit", amount_local, region, city, status="cancelled" if cancelled else "paid",
                      kit_model=model, channel="web", device=browse, promo=pr or "",
                      discount_local=round(price * disc, 2), addon_pods=addon, payment_method=pm, order_no=on)
    if cancelled or kit_order is None:
        return
    c["segment"] = "buyer"
    t_order = t
    # ---- delivery
    if region == "china":
        carrier = pick({"sf": 0.6, "jd": 0.4})
        days = R.choice([1, 1, 2, 2, 2, 3])
        p_dmg = 0.015
    else:
        ps_share = 0.10 if t < dd(2025, 9, 1) else 0.40
        carrier = pick({"royal_mail": (1 - ps_share) * 0.55, "dpd": (1 - ps_share) * 0.45, "parcelswift": ps_share})
        days = {"royal_mail": R.choice([2, 3, 3, 4]), "dpd": R.choice([1, 2, 2, 3]),
                "parcelswift": R.choice([2, 3, 4, 5, 5])}[carrier]
        p_dmg = {"royal_mail": 0.025, "dpd": 0.02, "parcelswift": 0.045}[carrier]
        if carrier == "parcelswift" and dd(2025, 11, 1) <= t < dd(2026, 1, 1):
            p_dmg = 0.17
    t = math_floor(t) + days + R.uniform(10, 19) / 24
    damaged = R.random() < p_dmg
    ev(cid, t, "tp_delivery", "damaged" if damaged else "delivered", city, channel="courier", carrier=carrier,
       快递公司=CARRIER_ZH[carrier], delivery_days=days, order_no=on, kit_model=model, replacement=False)
    t_first_delivery = t
    if t >= END_T:
        return
    pump_lot = "P25-04" if (model == "tower" and dd(2025, 4, 1) <= t_order < dd(2025, 9, 1)) else "P24-11"
    if t_order >= dd(2025, 9, 1) and model == "tower":
        pump_lot = "P25-08"
    kit_order["pump_lot"] = pump_lot
    kit_order["carrier"] = carrier
    chats = []   # (t, issue)
    returned = None  # (t, reason)
    if damaged:
        if R.random() < 0.7:
            chats.append((t + R.uniform(0.02, 0.5), "delivery_damage"))
        if R.random() < 0.75:
            fb("damaged", lang, t + R.uniform(0.05, 2), cid, "tp_delivery", "order_review", city,
               rating=R.choice([1, 1, 2]), order_no=on, kit_model=model)
        if R.random() < 0.22:
            returned = (t + R.uniform(0.1, 2), "damaged_in_transit")
        else:
            rd = R.choice([3, 4, 5, 6])
            t = t + rd + R.uniform(-0.2, 0.2)
            ev(cid, t, "tp_delivery", "delivered", city, channel="courier", carrier=carrier,
               快递公司=CARRIER_ZH[carrier], delivery_days=rd, order_no=on, kit_model=model, replacement=True)
    elif R.random() < 0.16:
        fb(pick({"generic_pos": 0.6, "neutral": 0.3, "generic_neg": 0.1}), lang, t + R.uniform(0.1, 4), cid,
           "tp_delivery", "order_review", city, rating=None, order_no=on, kit_model=model)
        FEEDBACK[-1]["rating"] = rating_for(TRUTH[-1]["topic"])
    coach = None
    harvested = None
    planted = None
    sprout_share = None
    seed_kit = None
    paired_t = None
    if returned is None:
        # ---- pairing
        if R.random() < 0.94:
            t += R.uniform(0.05, 2.5)
            fails = 0
            for attempt in range(1, 5):
                ver = app_version(os_, t)
                bad = os_ == "android" and ver == "3.4.0"
                p_fail = 0.46 if bad else (0.10 if os_ == "ios" else 0.13)
                if R.random() < p_fail:
                    fr = "bluetooth_permission" if (bad and R.random() < 0.8) else pick(
                        {"wifi_5ghz": 0.45, "wrong_password": 0.25, "qr_timeout": 0.15,
                         "bluetooth_permission": 0.08, "firmware_update": 0.07})
                    ev(cid, t, "tp_app_pair", "fail", city, channel="app", device=os_, app_version=ver,
                       attempt=attempt, fail_reason=fr, 配网失败原因=PAIRFAIL_ZH[fr],
                       router_band=pick({"dual_band": 0.6, "2.4ghz": 0.3, "5ghz_only": 0.1}), kit_model=model)
                    fails += 1
                    if fails == 2 and R.random() < 0.45:
                        chats.append((t + R.uniform(0.01, 0.3), "pairing"))
                    t += R.uniform(0.01, 1.0)
                    continue
                ev(cid, t, "tp_app_pair", "success", city, channel="app", device=os_, app_version=ver,
                   attempt=attempt, router_band=pick({"dual_band": 0.6, "2.4ghz": 0.35, "5ghz_only": 0.05}),
                   kit_model=model, firmware="2.1.8" if t < dd(2025, 10, 1) else "2.2.3")
                paired_t = t
                break
            if fails >= 2 and R.random() < 0.5:
                fb("pairing", lang, t + R.uniform(0.01, 1.5), cid, "tp_app_pair", "app_review", city,
                   rating=R.choice([1, 1, 2, 2, 3]), device=os_, app_version=app_version(os_, t))
            if paired_t is None:
                if R.random() < 0.5:
                    returned = (t + R.uniform(0.5, 3), "setup_difficulty")
            elif R.random() < 0.05:
                fb(pick({"generic_pos": 0.5, "app_tips": 0.2, "neutral": 0.3}), lang, t + R.uniform(1, 20), cid,
                   "", "app_review", city, device=os_, app_version=app_version(os_, t))
                FEEDBACK[-1]["rating"] = rating_for(TRUTH[-1]["topic"])
    # ---- experiment: coached onboarding, assigned at the first successful pairing
    if paired_t is not None and dd(2025, 6, 1) <= t_first_delivery < dd(2026, 1, 1):
        coach = "coach_push" if R.random() < 0.5 else "control"
        EXPER.append({"experiment_id": "onboarding_coach_2025", "variant": coach, "customer_id": cid,
                      "assigned_at": stamp(paired_t + 2 / 1440)})
    if paired_t is not None and returned is None:
        if R.random() < 0.96:
            t = paired_t + R.uniform(0.02, 2)
            planted = t
            seed_kit = pick({"mini": {"herb_starter": 0.6, "salad_starter": 0.4},
                             "pro": {"herb_starter": 0.4, "salad_starter": 0.4, "tomato_starter": 0.2},
                             "tower": {"herb_starter": 0.3, "salad_starter": 0.5, "tomato_starter": 0.2}}[model])
            ym = tdate(t_order).strftime("%y%m")
            batch = {"herb_starter": "HB", "salad_starter": "SB", "tomato_starter": "TB"}[seed_kit] + "-" + ym
            pods = KIT_PODS[model] if model != "tower" or R.random() < 0.6 else 18
            ev(cid, t, "tp_first_planting", "planted", city, channel="app", device=os_, seed_kit=seed_kit,
               种子包=SEEDKIT_ZH[seed_kit], seed_batch=batch, pods_planted=pods, kit_model=model)
            if R.random() < 0.9:
                t += R.uniform(7, 12)
                p = {"herb_starter": 0.88, "salad_starter": 0.93, "tomato_starter": 0.84}[seed_kit]
                if batch in ("HB-2509", "HB-2510"):
                    p = 0.50
                sprouted = int(nrng.binomial(pods, p))
                sprout_share = sprouted / pods
                ev(cid, t, "tp_germination", "check_in", city, channel="app", device=os_, seed_kit=seed_kit,
                   种子包=SEEDKIT_ZH[seed_kit], seed_batch=batch, pods_planted=pods, pods_sprouted=sprouted,
                   days_to_sprout=round(R.uniform(4, 9) if seed_kit != "tomato_starter" else R.uniform(6, 11), 1),
                   kit_model=model)
                if sprout_share < 0.7:
                    if R.random() < 0.45:
                        chats.append((t + R.uniform(0.05, 1), "no_germination"))
                    if R.random() < 0.35:
                        fb("germination", lang, t + R.uniform(0.1, 3), cid, "tp_germination",
                           pick({"app_review": 0.5, "in_app_survey": 0.5}), city,
                           rating=R.choice([1, 2, 2, 3]))
                elif R.random() < 0.03:
                    chats.append((t + R.uniform(0.05, 1), "no_germination"))
            else:
                sprout_share = 0.85
            # algae in humid summers
            ta = planted + R.uniform(14, 30)
            in_summer = tdate(ta).month in (6, 7, 8, 9)
            p_alg = 0.03
            if in_summer and tdate(ta).year == 2025:
                p_alg = 0.32 if city == "Shenzhen" else (0.08 if region == "china" else 0.04)
            elif in_summer:
                p_alg = 0.20 if city == "Shenzhen" else 0.05
            algae = R.random() < p_alg
            if algae:
                chats.append((ta, "algae"))
                if R.random() < 0.3:
                    fb("algae", lang, ta + R.uniform(0.1, 4), cid, "tp_support_chat" if R.random() < 0.5 else "",
                       pick({"app_review": 0.4, "in_app_survey": 0.6}), city, rating=R.choice([1, 2, 2, 3]))
            # pump noise
            p_noise = 0.34 if pump_lot == "P25-04" else 0.025
            if R.random() < p_noise:
                tn = planted + R.uniform(3, 20)
                chats.append((tn, "pump_noise"))
                if pump_lot == "P25-04" and R.random() < 0.55:
                    returned = (tn + R.uniform(1, 6), "pump_noise")
                if R.random() < 0.35:
                    fb("pump_noise", lang, tn + R.uniform(0.1, 3), cid, "tp_support_chat", "ticket", city,
                       rating=R.choice([1, 1, 2]))
            for issue, p in (("yellow_leaves", 0.06), ("leak", 0.025), ("grow_light", 0.02), ("other", 0.03)):
                if R.random() < p:
                    tt = planted + R.uniform(5, 40)
                    chats.append((tt, issue))
                    if issue in ("leak", "grow_light") and R.random() < 0.35:
                        fb(issue, lang, tt + R.uniform(0.1, 3), cid, "", "app_review", city,
                           rating=R.choice([1, 2, 2, 3]), device=os_)
            # first harvest
            if returned is None:
                ph = 0.86 * min(1.0, (sprout_share / 0.85)) ** 1.6
                if coach == "coach_push":
                    ph = min(0.97, ph * 1.14)
                if algae:
                    ph *= 0.8
                if R.random() < ph:
                    dth = {"herb_starter": R.uniform(36, 48), "salad_starter": R.uniform(27, 36),
                           "tomato_starter": R.uniform(56, 68)}[seed_kit]
                    if R.random() < 0.1:
                        dth += R.uniform(5, 30)
                    th = planted + dth
                    grams = int({"herb_starter": 18, "salad_starter": 25, "tomato_starter": 35}[seed_kit]
                                * KIT_PODS[model] / 6 * R.uniform(0.6, 1.4) * 4)
                    row = ev(cid, th, "tp_first_harvest", "harvested", city, channel="app", device=os_,
                             seed_kit=seed_kit, 种子包=SEEDKIT_ZH[seed_kit], crop=CROP[seed_kit],
                             harvest_grams=grams, days_to_harvest=round(dth, 1), kit_model=model)
                    if row is not None:
                        harvested = th
                        HARVESTERS[region].append((th, cid))
                        if R.random() < 0.3:
                            topic = pick({"harvest_praise": 0.55, "generic_pos": 0.2,
                                          "app_tips": 0.25 if coach == "coach_push" else 0.08,
                                          "neutral": 0.1, "grow_light": 0.04})
                            fb(topic, lang, th + R.uniform(0.2, 5), cid, "tp_first_harvest", "post_harvest_survey",
                               city, rating=rating_for(topic), kit_model=model)
    # ---- support chats
    for tc, issue in sorted(chats):
        if tc >= END_T:
            continue
        CNT["tk"] += 1
        ch = pick({"in_app_chat": 0.6, "wechat": 0.4} if region == "china"
                  else {"in_app_chat": 0.65, "email": 0.25, "phone": 0.10})
        resolved = R.random() < (0.62 if issue in ("no_germination", "pump_noise") else 0.85)
        minutes = round({"pairing": 14, "no_germination": 11, "algae": 9, "pump_noise": 21, "yellow_leaves": 8,
                         "leak": 15, "grow_light": 7, "delivery_damage": 12, "subscription_billing": 10,
                         "other": 9}[issue] * R.uniform(0.5, 1.8), 1)
        ev(cid, tc, "tp_support_chat", "resolved" if resolved else "escalated", city, channel=ch, device=os_,
           issue_type=issue, 问题类型=ISSUE_ZH[issue], handle_minutes=minutes, ticket_no=f"T{CNT['tk']:06d}",
           agent_team="cn_care" if region == "china" else "uk_care", kit_model=model)
        if R.random() < 0.3:
            topic = {"pairing": "pairing", "no_germination": "germination", "algae": "algae",
                     "pump_noise": "pump_noise", "leak": "leak", "delivery_damage": "damaged"}.get(issue)
            if resolved and (topic is None or R.random() < 0.5):
                topic = "support_praise"
            elif topic is None:
                topic = "generic_neg"
            fb(topic, lang, tc + R.uniform(0.01, 0.2), cid, "tp_support_chat", "chat_csat", city,
               rating=rating_for(topic), ticket_no=f"T{CNT['tk']:06d}")
    # ---- return
    if returned is None and R.random() < 0.02:
        returned = (t_first_delivery + R.uniform(1, 8.5 if region == "china" else 34),
                    pick({"changed_mind": 0.6, "too_big": 0.4}))
    if returned is None and harvested is None and planted is not None and sprout_share is not None \
            and sprout_share < 0.6 and R.random() < 0.12:
        returned = (planted + R.uniform(12, 20), "not_growing")
    if returned is not None:
        tr, reason = returned
        window = 7 if region == "china" else 30
        since = tr - t_first_delivery
        ok = since <= window or reason in ("pump_noise", "damaged_in_transit", "not_growing")
        if tr < END_T:
            ev(cid, tr, "tp_return", "approved" if ok else "rejected", city, channel="web", device=browse,
               return_reason=reason, 退货原因=RETURN_ZH[reason], days_since_delivery=round(since, 1),
               refund_local=amount_local if ok else 0, order_no=on, kit_model=model)
            if ok:
                kit_order["status"] = "returned"
                kit_order["returned_at"] = stamp(tr)
                c["segment"] = "returned"
                topic = {"pump_noise": "pump_noise", "damaged_in_transit": "damaged",
                         "setup_difficulty": "pairing", "not_growing": "germination"}.get(reason, "neutral")
                if R.random() < 0.12:
                    topic = "refund"
                if R.random() < 0.5:
                    fb(topic, lang, tr + R.uniform(0.01, 12 if topic == "refund" else 0.5), cid, "tp_return",
                       "return_form", city, rating=None, order_no=on)
                return
    # ---- add-on pod packs
    if harvested is not None:
        n_add = int(nrng.poisson(0.7))
        for _ in range(n_add):
            ta = harvested + R.uniform(5, 200)
            order(cid, ta, "pods_addon", R.choice([39, 59, 79]) if region == "china" else R.choice([5.99, 7.99, 9.99]),
                  region, city, channel="app", device=os_, kit_model=model)
    # ---- subscription
    tsub = None
    if harvested is not None:
        ps = (0.48 if region == "china" else 0.56) * (1.15 if coach == "coach_push" else 1.0)
        if R.random() < ps:
            tsub = harvested + R.uniform(0.2, 18)
    elif planted is not None and R.random() < 0.10:
        tsub = planted + R.uniform(25, 50)
    if tsub is not None and tsub < END_T:
        plan = pick({"seed_monthly": 0.45, "nutrient_bimonthly": 0.25, "combo": 0.30})
        cycle = 60 if plan == "nutrient_bimonthly" else 30
        ev(cid, tsub, "tp_sub_start", "subscribed", city, channel="app", device=os_, plan=plan,
           订阅方案=PLAN_ZH[plan], price_local=plan_price(region, plan, tsub), kit_model=model)
        c["tier"] = plan
        c["segment"] = "subscriber"
        ts_ = tsub + R.uniform(0.5, 1.5)
        n = 0
        while ts_ < END_T:
            n += 1
            # before each shipment after the first: cancel or skip?
            if n > 1:
                p_cancel = 0.055 + (0.03 if n >= 4 and plan != "nutrient_bimonthly" else 0.0)
                uk_hike = region == "uk" and plan != "nutrient_bimonthly" and dd(2026, 3, 1) <= ts_ < dd(2026, 5, 1)
                if uk_hike:
                    p_cancel = 0.24
                if R.random() < p_cancel:
                    if uk_hike and R.random() < 0.7:
                        reason = "price"
                    else:
                        reason = pick({"too_many_pods": 0.36 if plan != "nutrient_bimonthly" else 0.05,
                                       "no_time": 0.2, "price": 0.14, "quality": 0.1, "moving": 0.1, "other": 0.1})
                    tcx = ts_ - R.uniform(1, 5)
                    ev(cid, tcx, "tp_sub_cancel", "cancelled", city, channel="app", device=os_, plan=plan,
                       订阅方案=PLAN_ZH[plan], cancel_reason=reason, 取消原因=CANCEL_ZH[reason], cycles_shipped=n - 1,
                       kit_model=model)
                    if tcx < END_T:
                        c["segment"] = "churned_subscriber"
                        if R.random() < 0.45:
                            topic = {"too_many_pods": "piling", "price": "price", "quality": "germination",
                                     "no_time": "neutral", "moving": "neutral"}.get(reason, "generic_neg")
                            fb(topic, lang, tcx + R.uniform(0.001, 0.01), cid, "tp_sub_cancel", "cancel_survey",
                               city, rating=None)
                    break
                if plan != "nutrient_bimonthly" and R.random() < (0.10 if n >= 3 else 0.03):
                    ev(cid, ts_ - R.uniform(1, 5), "tp_sub_skip", "skipped", city, channel="app", device=os_,
                       plan=plan, 订阅方案=PLAN_ZH[plan], skip_reason=pick({"too_many_pods": 0.6, "travel": 0.4}),
                       cycle_no=n)
                    ts_ += cycle
                    continue
            price = plan_price(region, plan, ts_)
            o = order(cid, ts_, "refill", price, region, city, status="paid" if R.random() > 0.01 else "refunded",
                      channel="app", device=os_, plan=plan, cycle_no=n, kit_model=model)
            ev(cid, ts_, "tp_refill_ship", "shipped", city, channel="courier", plan=plan, 订阅方案=PLAN_ZH[plan],
               cycle_no=n, order_no=o["order_id"] if o else "", price_local=price, kit_model=model)
            ts_ += cycle + R.uniform(-0.3, 0.3)


def math_floor(x):
    return float(int(x))


# ---------------------------------------------------------------- NPS and other feedback
def nps_waves(custs):
    waves = {"2025-06": dd(2025, 6, 10), "2025-12": dd(2025, 12, 8), "2026-06": dd(2026, 6, 8)}
    ev_by = {}
    for e in EVENTS:
        if e["touchpoint_id"] in ("tp_first_harvest", "tp_delivery", "tp_sub_cancel", "tp_return",
                                  "tp_support_chat", "tp_app_pair"):
            ev_by.setdefault(e["customer_id"], []).append(e)
    for wave, tw in waves.items():
        for c in custs:
            if c.get("signup_at") is None:
                continue
            es = [e for e in ev_by.get(c["customer_id"], []) if e["ts"] < stamp(tw)]
            if not any(e["touchpoint_id"] == "tp_delivery" for e in es):
                continue
            if R.random() > 0.22:
                continue
            region = c["region"]
            lang = "zh" if region == "china" else "en"
            tps = {e["touchpoint_id"] for e in es}
            recent = [e for e in es if e["ts"] >= stamp(tw - 120)]   # what they still talk about
            issues = {e.get("issue_type") for e in recent if e["touchpoint_id"] == "tp_support_chat"}
            bad = ("tp_return" in tps or "pump_noise" in issues or "no_germination" in issues
                   or any(e["action"] == "damaged" for e in recent))
            if bad:
                score = pick({0: 0.1, 1: 0.05, 2: 0.1, 3: 0.15, 4: 0.15, 5: 0.15, 6: 0.15, 7: 0.1, 8: 0.05})
            elif "tp_first_harvest" in tps:
                score = pick({6: 0.05, 7: 0.12, 8: 0.2, 9: 0.28, 10: 0.35})
            else:
                score = pick({3: 0.07, 4: 0.08, 5: 0.12, 6: 0.15, 7: 0.2, 8: 0.18, 9: 0.12, 10: 0.08})
            if wave == "2026-06" and region == "uk" and "tp_sub_cancel" in tps and R.random() < 0.5:
                score = min(score, R.choice([3, 4, 5, 6]))
            if "no_germination" in issues:
                topic = "germination"
            elif "pump_noise" in issues:
                topic = "pump_noise"
            elif any(e["action"] == "damaged" for e in recent):
                topic = "damaged"
            elif "algae" in issues:
                topic = "algae"
            elif "tp_sub_cancel" in tps and wave == "2026-06" and region == "uk":
                topic = "price"
            elif score >= 9:
                topic = pick({"harvest_praise": 0.4, "generic_pos": 0.4, "app_tips": 0.1, "support_praise": 0.1})
            elif score <= 6:
                topic = pick({"generic_neg": 0.7, "grow_light": 0.1, "piling": 0.2})
            else:
                topic = pick({"neutral": 0.6, "generic_pos": 0.4})
            fb(topic, lang, tw + R.uniform(0, 9), c["customer_id"], "", "nps_survey", c["city"], nps=score,
               survey_wave=wave)


def undated_feedback(custs):
    buyers = [c for c in custs if c.get("signup_at")]
    # social posts: no time, no customer
    for _ in range(230):
        region = "china" if R.random() < 0.62 else "uk"
        lang = "zh" if region == "china" else "en"
        topic = pick({"germination": 0.18, "algae": 0.14, "harvest_praise": 0.22, "pairing": 0.1,
                      "pump_noise": 0.08, "generic_pos": 0.14, "generic_neg": 0.08, "price": 0.06 if region == "uk"
                      else 0.0})
        fb(topic, lang, None, None, "", "social", "",
           platform=pick({"xiaohongshu": 0.6, "weibo": 0.4} if region == "china" else {"reddit": 0.6,
                                                                                          "instagram": 0.4}))
        FEEDBACK[-1]["ts"] = ""
    # paper feedback cards from the kit box, mailed back; the date is not recorded
    for _ in range(130):
        c = buyers[int(nrng.integers(len(buyers)))]
        lang = "zh" if c["region"] == "china" else "en"
        topic = pick({"harvest_praise": 0.35, "generic_pos": 0.3, "neutral": 0.15, "germination": 0.1,
                      "generic_neg": 0.1})
        fb(topic, lang, None, c["customer_id"], "", "insert_card", c["city"], rating=rating_for(topic),
           kit_model=c.get("kit_model") or "")


# ---------------------------------------------------------------- main
def main(out: Path) -> None:
    n_cn, n_uk = 26500, 13500
    custs = []
    for region, n in (("china", n_cn), ("uk", n_uk)):
        days = arrival_days(region, n)
        cities = [k for k, v in CITIES.items() if v[1] == region]
        w = np.array([CITIES[k][2] for k in cities])
        cidx = nrng.choice(len(cities), size=n, p=w / w.sum())
        src = nrng.choice(["paid_ad", "organic", "referral"], size=n, p=[0.64, 0.30, 0.06])
        plats = ["douyin", "xiaohongshu", "baidu"] if region == "china" else ["meta", "google", "tiktok"]
        pw = [0.45, 0.35, 0.20] if region == "china" else [0.45, 0.30, 0.25]
        pl = nrng.choice(plats, size=n, p=pw)
        ios = nrng.random(n) < (0.42 if region == "china" else 0.58)
        for i in range(n):
            custs.append({"region": region, "city": cities[cidx[i]], "arrival": float(days[i]),
                          "acquisition_channel": str(src[i]),
                          "ad_platform": str(pl[i]) if src[i] == "paid_ad" else "",
                          "phone_os": "ios" if ios[i] else "android"})
    custs.sort(key=lambda c: (c["arrival"], c["region"], c["city"]))
    for i, c in enumerate(custs):
        c["customer_id"] = f"C{i + 1:06d}"
        c["segment"] = "visitor"
        c["tier"] = "none"
        c["signup_at"] = None
        c["kit_model"] = ""
        c["referred_by"] = ""
    for c in custs:
        if c["acquisition_channel"] == "referral":
            pool = HARVESTERS[c["region"]]
            ref = None
            for _ in range(25):
                if not pool:
                    break
                th, rc = pool[int(R.random() * len(pool))]
                if th < c["arrival"] - 3:
                    ref = rc
                    break
            if ref is None:
                c["acquisition_channel"] = "organic"
            else:
                c["referred_by"] = ref
                tr = c["arrival"] - R.uniform(0.5, 3)
                ev(ref, tr, "tp_referral", "invite_sent", cities_of(ref, custs), channel="social",
                   referred_customer_id=c["customer_id"], invite_channel=pick(
                       {"wechat": 0.7, "link": 0.3} if c["region"] == "china" else {"whatsapp": 0.5, "link": 0.5}))
        run_customer(c)
    nps_waves(custs)
    undated_feedback(custs)
    # the app re-sent 40 sprout check-ins in one batch (same event_id, same content)
    germ = [e for e in EVENTS if e["touchpoint_id"] == "tp_germination" and "2026-04" <= e["ts"] < "2026-05"]
    for e in germ[:40]:
        EVENTS.append(dict(e))
    write_all(out, custs)


_CITY_OF: dict = {}


def cities_of(cid, custs):
    if not _CITY_OF:
        _CITY_OF.update({c["customer_id"]: c["city"] for c in custs})
    return _CITY_OF[cid]


def write_csv(path: Path, rows: list[dict], first: list[str]) -> None:
    cols = list(first)
    seen = set(cols)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def write_all(out: Path, custs) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_csv(out / "touchpoints.csv", [
        {"touchpoint_id": t[0], "name": t[1], "name_zh": t[1], "name_en": t[2], "stage": t[3], "channel": t[4],
         "kind": t[5], "owner": t[6], "aliases": t[7]} for t in TOUCHPOINTS], ["touchpoint_id"])
    write_csv(out / "journeys.csv", [
        {"journey_id": j[0], "journey_name": j[1], "journey_name_zh": j[1], "journey_name_en": j[2], "step": k + 1,
         "touchpoint_id": tp, "window_days": j[4]} for j in JOURNEYS for k, tp in enumerate(j[3])], ["journey_id"])
    write_csv(out / "customers.csv", [
        {"customer_id": c["customer_id"], "signup_at": c["signup_at"] or "", "segment": c["segment"],
         "region": c["region"], "acquisition_channel": c["acquisition_channel"], "tier": c["tier"],
         "city": c["city"], "城市": CITIES[c["city"]][0], "phone_os": c["phone_os"],
         "ad_platform": c["ad_platform"], "广告平台": PLATFORM_ZH.get(c["ad_platform"], ""),
         "kit_model": c["kit_model"], "referred_by": c["referred_by"],
         "preferred_language": "zh" if c["region"] == "china" else "en"} for c in custs], ["customer_id"])
    EVENTS.sort(key=lambda e: (e["ts"], e["event_id"]))
    write_csv(out / "events.csv", EVENTS,
              ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel"])
    ORDERS.sort(key=lambda o: o["order_id"])
    write_csv(out / "orders.csv", ORDERS, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"])
    write_csv(out / "feedback.csv", FEEDBACK, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                               "channel", "rating", "nps"])
    write_csv(out / "experiments.csv", EXPER, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", TRUTH, ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
