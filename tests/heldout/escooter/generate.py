"""闪骑 ZipGo — shared e-scooter operator in three Chinese and four European cities (synthetic, written blind).

Riders download the app (or open the WeChat mini program in China) with a first-ride promo, pass the ID / licence
check (实名与驾照认证: document scan + selfie liveness; some go to manual review), top up the wallet (钱包充值), unlock a
scooter (开始骑行: unlocked / unlock_failed), end the ride and take the parking photo (停车拍照: accepted / rejected by
the photo AI). Bad parking costs a fine (违停罚款, deducted from the wallet) that riders can appeal (罚款申诉: upheld
-> the fine order is refunded). Riders report damaged scooters (车辆损坏报修) and chat with support (在线客服).
Regular riders buy a 30-day pass (月卡) which auto-renews or is renewed by hand (月卡续费).

Data 2025-01-01 .. 2026-06-30 (data-warehouse extract taken 2026-07-02), naive local times of each city.
orders.amount is EUR (the group's reporting currency); currency + amount_local keep what was charged
(CNY converted at the fixed group rate 7.80 CNY per EUR). Ride fares are wallet debits (events), not orders.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV per DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Seed 20260702, numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260702
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
EXTRACT = datetime(2026, 7, 2)
CNY_PER_EUR = 7.80
KYC_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 3))   # app 5.3.0: new liveness SDK rejects Android selfies
PASS_HIKE = datetime(2026, 1, 15)                        # EU monthly pass 29.99 -> 34.99 EUR
APP_VERSIONS = [(datetime(2025, 1, 1), "5.0.4"), (datetime(2025, 5, 12), "5.1.0"), (datetime(2025, 9, 8), "5.2.0"),
                (datetime(2026, 3, 2), "5.3.0"), (datetime(2026, 4, 3), "5.3.2"), (datetime(2026, 6, 1), "5.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_download", "下载App/首骑优惠", "App download & first-ride promo", "awareness", "app", "digital", "growth",
     "下载|安装|新用户|首骑券|首骑优惠|小程序|download|install|sign up|first ride promo|welcome offer"),
    ("tp_id_check", "实名与驾照认证", "ID & licence check", "consideration", "app", "digital", "trust_safety",
     "实名认证|身份认证|人脸识别|驾照验证|KYC|ID check|licence check|identity verification|selfie check|verification"),
    ("tp_topup", "钱包充值", "Wallet top-up", "purchase", "app", "digital", "payments",
     "充值|余额|钱包|付款|top-up|top up|wallet|add credit|payment"),
    ("tp_ride_start", "扫码开锁", "Ride start (unlock)", "purchase", "app", "physical", "fleet_ops",
     "开锁|解锁|扫码|开始骑行|unlock|ride start|scan|start ride"),
    ("tp_ride_end", "结束骑行", "Ride end", "purchase", "app", "physical", "fleet_ops",
     "还车|结束行程|锁车|end ride|ride end|finish ride|trip end"),
    ("tp_parking_photo", "停车拍照", "Parking photo", "service", "app", "digital", "operations",
     "停车照片|拍照还车|停车拍照|parking photo|end-of-ride photo|photo check"),
    ("tp_parking_fine", "违停罚款", "Parking fine", "service", "app", "digital", "compliance",
     "罚款|违停|乱停罚款|调度费|parking fine|fine|penalty|parking violation|bad parking"),
    ("tp_fine_appeal", "罚款申诉", "Fine appeal", "service", "app", "digital", "customer_service",
     "申诉|罚款申诉|退罚款|appeal|dispute|fine dispute|contest fine"),
    ("tp_damage_report", "车辆损坏报修", "Damage report", "service", "app", "physical", "fleet_ops",
     "报修|故障|车坏了|损坏|damage report|broken scooter|report damage|fault report"),
    ("tp_support_chat", "在线客服", "Support chat", "service", "app", "digital", "customer_service",
     "客服|人工客服|热线|投诉|support|customer service|help chat|hotline|live chat"),
    ("tp_pass_purchase", "月卡购买", "Monthly pass purchase", "loyalty", "app", "digital", "growth",
     "月卡|骑行卡|包月|买月卡|monthly pass|ride pass|subscription|pass"),
    ("tp_pass_renewal", "月卡续费", "Pass renewal", "loyalty", "app", "digital", "growth",
     "续费|续卡|自动续费|月卡续费|renewal|renew pass|auto-renew|pass renewal"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("first_ride", "新用户首骑", "New rider to first ride", 14,
     ["tp_app_download", "tp_id_check", "tp_topup", "tp_ride_start", "tp_ride_end"]),
    ("ride", "单次骑行", "Single ride", 1, ["tp_ride_start", "tp_ride_end", "tp_parking_photo"]),
    ("fine_appeal", "罚款申诉", "Fine to appeal", 14, ["tp_parking_fine", "tp_fine_appeal"]),
    ("pass_renewal", "月卡续费", "Pass purchase to renewal", 35, ["tp_pass_purchase", "tp_pass_renewal"]),
]

CITIES = {  # city: zh, country, market, currency, zones, weight of new riders, LX-2 share (old fleet)
    "Shenzhen": ("深圳", "CN", "CN", "CNY", ["南山区", "福田区", "宝安区"], 0.21, 0.25),
    "Chengdu": ("成都", "CN", "CN", "CNY", ["锦江区", "武侯区", "高新区"], 0.14, 0.25),
    "Hangzhou": ("杭州", "CN", "CN", "CNY", ["西湖区", "滨江区", "上城区"], 0.12, 0.25),
    "Berlin": ("柏林", "DE", "EU", "EUR", ["Mitte", "Kreuzberg", "Prenzlauer Berg"], 0.15, 0.35),
    "Madrid": ("马德里", "ES", "EU", "EUR", ["Centro", "Salamanca", "Chamberí"], 0.14, 0.35),
    "Milan": ("米兰", "IT", "EU", "EUR", ["Navigli", "Brera", "Isola"], 0.11, 0.35),
    "Lisbon": ("里斯本", "PT", "EU", "EUR", ["Baixa", "Alfama", "Belém"], 0.13, 0.65),
}
CITY_IDS = list(CITIES)
CHANNELS = ["app_store", "scooter_qr", "referral", "social_ads", "campus_partner", "hotel_partner"]
CHANNEL_ZH = {"app_store": "应用商店", "scooter_qr": "车身二维码", "referral": "好友推荐", "social_ads": "社交媒体广告",
              "campus_partner": "校园合作", "hotel_partner": "酒店合作"}
CHANNEL_W = {"CN": [0.24, 0.30, 0.14, 0.22, 0.10, 0.0], "EU": [0.24, 0.28, 0.11, 0.20, 0.06, 0.11]}
PROMO = {"CN": {"first_ride_free": 0.7, "half_price_3_rides": 0.3}, "EU": {"first_ride_free": 0.6, "unlock_free_week": 0.4}}
FAIL_REASONS = {"blurry_photo": "照片模糊", "expired_document": "证件过期", "selfie_mismatch": "人脸比对失败",
                "name_mismatch": "姓名不一致", "underage": "未满18岁"}
FINE_REASONS = {  # reason: zh, EUR amount, CNY amount
    "invalid_photo": ("停车照片不合格", 5.0, 5.0), "outside_parking_zone": ("未停入停车点", 10.0, 10.0),
    "no_parking_zone": ("禁停区停车", 15.0, 20.0), "blocking_sidewalk": ("占用人行道/盲道", 25.0, 30.0)}
DAMAGE = {  # type: zh, weight LX-2, weight LX-3
    "brake": ("刹车故障", 0.42, 0.14), "throttle": ("油门/加速故障", 0.10, 0.14), "flat_tyre": ("爆胎", 0.14, 0.20),
    "kickstand": ("脚撑损坏", 0.10, 0.12), "light_bell": ("车灯/车铃坏", 0.10, 0.16), "qr_code": ("二维码损坏", 0.08, 0.14),
    "battery": ("电池故障", 0.06, 0.10)}
SUPPORT_ZH = {"fine": "罚款", "verification": "认证", "payment": "支付", "damage": "车辆故障", "pass_billing": "月卡扣费",
              "other": "其他"}
ORDER_ZH = {"topup": "钱包充值", "pass": "月卡", "fine": "违停罚款"}
PASS_ZH = {"monthly_unlimited": "畅骑月卡", "student_monthly": "学生月卡"}
TOD = ["morning_peak", "daytime", "evening_peak", "night"]

# ---- feedback texts: every comment of a topic carries its marker phrase (gold counts by these markers)
MARK = {
    "promo_good": ("首骑免费", "free first ride"),
    "selfie_fail": ("人脸识别一直失败", "selfie check kept failing"),
    "verify_slow": ("审核太慢", "verification took forever"),
    "topup_fail": ("充值失败", "top-up failed"),
    "min_topup": ("最低充值金额太高", "minimum top-up is too high"),
    "unlock_fail": ("扫码解锁不了", "wouldn't unlock"),
    "low_battery": ("骑到一半没电", "battery died mid-ride"),
    "smooth_ride": ("骑起来很顺", "smooth ride"),
    "price_high": ("按分钟计费太贵", "per-minute price is too high"),
    "photo_reject": ("停车照片被拒", "parking photo got rejected"),
    "unfair_fine": ("罚款不合理", "unfair parking fine"),
    "appeal_slow": ("申诉半天没结果", "appeal dragged on"),
    "brake": ("刹车不灵", "brakes were weak"),
    "repair_slow": ("报修了没人管", "damage report went nowhere"),
    "pass_value": ("月卡很划算", "pass is great value"),
    "pass_hike": ("月卡涨价", "pass price hike"),
    "auto_renew": ("自动续费没提醒", "auto-renewed without warning"),
    "support_good": ("客服响应很快", "support replied fast"),
    "support_slow": ("客服回复太慢", "support took ages to reply"),
}
POSITIVE = {"promo_good", "smooth_ride", "pass_value", "support_good"}
FB = {
    "promo_good": {
        "zh": ["{m}这个活动不错，第一次试骑就喜欢上了", "朋友推荐来的，{m}很良心", "{m}+送券，新人体验很好"],
        "en": ["Loved the {m}, got me hooked", "The {m} was a nice touch for tourists like us", "{m} offer worked instantly"]},
    "selfie_fail": {
        "zh": ["{m}，换了三个光线都不行", "注册卡在人脸那一步，{m}，安卓手机", "{m}，证件都拍好了就是过不去", "更新后{m}，根本用不了"],
        "en": ["The {m} on my Android phone, tried five times", "Couldn't even sign up, {m}",
               "After the update the {m} - useless", "ID scan fine but the {m}"]},
    "verify_slow": {
        "zh": ["身份{m}了，等了一天多还在人工审核", "{m}，急着用车却一直显示审核中", "驾照上传后{m}"],
        "en": ["Manual {m}, over a day waiting", "The ID {m} while I was standing next to a scooter",
               "Licence upload then the {m}"]},
    "topup_fail": {
        "zh": ["{m}了好几次，钱却被扣了", "{m}，提示支付渠道异常", "绑卡后{m}，客服也说不清楚"],
        "en": ["My {m} twice but the bank shows a pending charge", "Card {m} with no reason given",
               "Apple Pay {m} three times in a row"]},
    "min_topup": {
        "zh": ["{m}了，我就偶尔骑一次", "{m}，能不能按次付费"],
        "en": ["The {m} for someone who rides twice a month", "{m}, let me pay per ride"]},
    "unlock_fail": {
        "zh": ["{m}，换了两辆车才骑走", "{m}，蓝牙一直连不上", "早高峰{m}，差点迟到"],
        "en": ["Scooter {m}, had to walk to another one", "It {m} - bluetooth kept timing out",
               "Rush hour and it {m}"]},
    "low_battery": {
        "zh": ["{m}，显示还有电的", "{m}，只能推着走回去", "车子{m}，还照样计费"],
        "en": ["My {m} although the app showed enough charge", "The {m}, pushed it home",
               "Scooter {m} and I still got charged"]},
    "smooth_ride": {
        "zh": ["新车{m}，刹车也好用", "{m}，通勤很方便", "{m}，比公交快多了"],
        "en": ["Really {m} along the river", "{m}, perfect for my commute", "Nice {m} and easy parking"]},
    "price_high": {
        "zh": ["{m}了，骑二十分钟比打车还贵", "{m}，还是买月卡吧", "{m}，堵车也在计费"],
        "en": ["The {m}, 20 minutes cost more than a taxi", "Honestly the {m} for short hops",
               "The {m} when you're stuck at lights"]},
    "photo_reject": {
        "zh": ["晚上光线暗，{m}好几次", "{m}，明明停在停车点里", "{m}，系统说看不清车", "{m}，拍了四次才通过"],
        "en": ["My {m} three times at night", "The {m} although I parked inside the bay",
               "Dark street so my {m}, then I got fined", "{m} for no reason, the AI can't see anything"]},
    "unfair_fine": {
        "zh": ["{m}，我明明停在停车点，定位却飘到外面了", "{m}，GPS漂移凭什么罚我", "收到{m}的通知，照片里车就在框里",
               "又是{m}，春熙路那边定位根本不准"],
        "en": ["Got an {m} - I was inside the zone, the map says otherwise", "{m}, your GPS is off by 50 metres",
               "Another {m}, the photo clearly shows the bay", "This {m} makes me want to quit"]},
    "appeal_slow": {
        "zh": ["{m}，一周了还在处理中", "罚款{m}，客服只会让等"],
        "en": ["My {m} for over a week", "The fine {m}, nobody answers"]},
    "brake": {
        "zh": ["这辆车{m}，下坡很危险", "{m}，已经报修了", "{m}，差点撞到人"],
        "en": ["The {m} going downhill, scary", "{m} on this one, reported it", "Front {m} - please check your fleet"]},
    "repair_slow": {
        "zh": ["{m}，那辆车三天了还停在那", "{m}，报修后一点反馈都没有"],
        "en": ["My {m}, the scooter was still there days later", "Feels like the {m}"]},
    "pass_value": {
        "zh": ["{m}，每天通勤两趟基本回本", "学生{m}", "{m}，开锁免费太香了"],
        "en": ["The {m} for daily commuting", "Student {m}", "{m} - free unlocks add up"]},
    "pass_hike": {
        "zh": ["{m}了，不续了", "{m}五欧，性价比没了"],
        "en": ["Not renewing after the {m}", "A 5 euro {m} with no warning? No thanks", "The {m} pushed me to a rival"]},
    "auto_renew": {
        "zh": ["{m}就扣钱了", "月卡{m}，想退款"],
        "en": ["Pass {m}, want a refund", "You {m} - not okay"]},
    "support_good": {
        "zh": ["{m}，问题当场就解决了", "{m}，态度也好"],
        "en": ["The {m} and sorted it out", "{m}, friendly agent"]},
    "support_slow": {
        "zh": ["{m}，等了半小时才有人", "{m}了，机器人答非所问"],
        "en": ["The {m}, 40 minutes in the queue", "Chatbot loop and the {m}"]},
}
GENERIC = {
    "zh": ["还行", "挺方便的", "一般般", "车有点旧", "希望多投放一些车", "下班骑回家刚好", "整体满意", "小程序有点卡"],
    "en": ["ok", "convenient", "decent", "scooters look a bit worn", "need more scooters near the station",
           "fine for getting home", "works well overall", "app is a bit slow"],
}
OPEN = {"zh": ["", "", "", "吐槽一下，", "说一句，", "{city}用户，"], "en": ["", "", "", "Honestly, ", "FYI: ", "{city} rider here. "]}


def pick(options, p=None):
    if p is None:
        return options[int(rng.random() * len(options))]
    r = rng.random() * float(sum(p))
    acc = 0.0
    for o, w in zip(options, p):
        acc += w
        if r < acc:
            return o
    return options[-1]


def app_version(ts):
    v = APP_VERSIONS[0][1]
    for d, name in APP_VERSIONS:
        if ts >= d:
            v = name
    return v


def season(city, ts):
    m = ts.month
    if CITIES[city][2] == "EU":
        return [0.45, 0.5, 0.75, 0.95, 1.2, 1.35, 1.45, 1.35, 1.15, 0.85, 0.55, 0.45][m - 1]
    return [0.9, 0.6, 0.95, 1.0, 1.05, 0.95, 1.0, 1.0, 1.05, 1.1, 1.0, 0.9][m - 1]


def tod_of(hour):
    if 7 <= hour <= 9:
        return "morning_peak"
    if 10 <= hour <= 16:
        return "daytime"
    if 17 <= hour <= 20:
        return "evening_peak"
    return "night"


def ride_hour(kind):
    if kind == "commuter":
        return pick([7, 8, 9, 17, 18, 19, 12, 22, 23], [0.12, 0.2, 0.08, 0.14, 0.2, 0.08, 0.06, 0.07, 0.05])
    return pick([9, 11, 13, 15, 17, 19, 21, 22, 23, 0, 1],
                [0.05, 0.1, 0.12, 0.12, 0.12, 0.12, 0.1, 0.09, 0.08, 0.06, 0.04])


EVENTS, ORDERS, FEEDBACK, TRUTH, CUSTOMERS = [], [], [], [], []
N = {"ev": 0, "ord": 0, "fb": 0, "ride": 0}


def ev(c, ts, tp, action, **kw):
    N["ev"] += 1
    row = dict(event_id=f"E{N['ev']:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
               device=c["primary_device"], channel=c["app_channel"], city=c["city"], 城市=c["城市"], market=c["market"],
               app_version=app_version(ts) if c["app_channel"] == "app" else "")
    row.update(kw)
    EVENTS.append(row)
    return row


def order(c, ts, otype, local, status, **kw):
    N["ord"] += 1
    oid = f"O{N['ord']:07d}"
    cur = c["currency"]
    eur = round(local / CNY_PER_EUR, 2) if cur == "CNY" else round(local, 2)
    row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts, amount=eur, status=status, channel=c["app_channel"],
               device=c["primary_device"], order_type=otype, 订单类型=ORDER_ZH[otype], currency=cur,
               amount_local=round(local, 2), city=c["city"], 城市=c["城市"], market=c["market"])
    row.update(kw)
    ORDERS.append(row)
    return oid


def fb(c, ts, tp, channel, topics, rating=None, nps=None, **kw):
    lang = c["language"]
    if topics:
        parts = []
        for t in topics:
            m = MARK[t][0 if lang == "zh" else 1]
            parts.append(pick(FB[t][lang]).format(m=m))
        sep = "；" if lang == "zh" else ". "
        text = sep.join(parts)
    else:
        text = pick(GENERIC[lang])
    opener = pick(OPEN[lang]).format(city=c["城市"] if lang == "zh" else c["city"])
    text = opener + text
    if rating is None and channel in ("ride_rating", "app_review", "support_csat"):
        if not topics:
            rating = int(pick([3, 4, 5], [0.35, 0.4, 0.25]))
        elif all(t in POSITIVE for t in topics):
            rating = int(pick([4, 5], [0.3, 0.7]))
        else:
            rating = int(pick([1, 2, 3], [0.55, 0.35, 0.1]))
    N["fb"] += 1
    fid = f"FB{N['fb']:06d}"
    no_ts = (channel == "social" and rng.random() < 0.35) or (channel == "nps_survey" and rng.random() < 0.15)
    platform = ""
    if channel == "social":
        platform = pick(["weibo", "xiaohongshu", "douyin"]) if c["market"] == "CN" else pick(["x", "reddit", "instagram"])
    elif channel == "app_review":
        if c["primary_device"] == "ios":
            platform = "app_store"
        else:
            platform = pick(["huawei_appgallery", "xiaomi_store"]) if c["market"] == "CN" else "google_play"
    row = dict(feedback_id=fid, text=text, ts="" if no_ts else ts, customer_id=c["customer_id"], touchpoint_id=tp,
               channel=channel, rating="" if rating is None else rating, nps="" if nps is None else nps,
               language=lang, city=c["city"], 城市=c["城市"], platform=platform, device=c["primary_device"])
    row.update(kw)
    FEEDBACK.append(row)
    neg = [t for t in topics if t not in POSITIVE]
    sent = "negative" if neg else ("positive" if topics else "neutral")
    TRUTH.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))
    return fid


def maybe_fb(p, c, ts, tp, topics, channels, weights, **kw):
    if rng.random() < p and ts <= END:
        fb(c, ts, tp, pick(channels, weights), topics, **kw)


def make_customer(i, legacy):
    city = pick(CITY_IDS, np.array([v[5] for v in CITIES.values()]))
    zh, country, market, cur, zones, _, _ = CITIES[city]
    ch = pick(CHANNELS, CHANNEL_W[market])
    if legacy:
        signup = datetime(2023, 4, 1) + D(days=float(rng.uniform(0, 630)))
    else:
        while True:
            t = START + D(seconds=float(rng.uniform(0, (END - START).total_seconds())))
            growth = 0.8 + 0.4 * (t - START).days / 545
            if rng.random() < season(city, t) * growth / 1.8:
                signup = t
                break
    if market == "CN":
        lang = "zh" if rng.random() < 0.96 else "en"
        device = "ios" if rng.random() < 0.33 else "android"
        app_channel = "mini_program" if rng.random() < 0.35 else "app"
    else:
        lang = "en" if rng.random() < 0.92 else "zh"
        device = "ios" if rng.random() < 0.5 else "android"
        app_channel = "app"
    student = ch == "campus_partner" or rng.random() < 0.12
    age = pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.62, 0.38, 0, 0, 0] if student else
               [0.2, 0.38, 0.24, 0.12, 0.06])
    kind = pick(["commuter", "regular", "casual"], [0.5, 0.3, 0.2] if ch == "campus_partner" else
                ([0.05, 0.2, 0.75] if ch == "hotel_partner" else [0.28, 0.34, 0.38]))
    return dict(customer_id=f"R{i:06d}", signup_at=signup, city=city, 城市=zh, country=country, market=market,
                currency=cur, home_zone=pick(zones), acquisition_channel=ch, 获客渠道=CHANNEL_ZH[ch],
                tier="student" if student else "standard", language=lang, primary_device=device,
                app_channel=app_channel, age_band=age, rider_kind=kind, legacy=legacy)


def onboarding(c):
    """download -> ID check (retries) -> first top-up -> first ride; returns (ts of first ride or None, balance)."""
    t = c["signup_at"]
    promo = pick(list(PROMO[c["market"]]), list(PROMO[c["market"]].values()))
    if c["acquisition_channel"] == "referral":
        promo = "referral_credit"
    c["promo"] = promo
    ev(c, t, "tp_app_download", "installed" if c["app_channel"] == "app" else "opened_mini_program",
       install_source=c["acquisition_channel"], promo_offer=promo)
    social = c["acquisition_channel"] == "social_ads"
    if rng.random() > (0.58 if social else 0.88):
        return None
    t += D(minutes=float(rng.lognormal(3.0, 1.6)))
    doc = "id_card" if c["market"] == "CN" else pick(["id_card", "passport", "driving_licence"], [0.5, 0.2, 0.3])
    passed = False
    for attempt in range(1, 4):
        if t > END:
            return None
        bug = KYC_BUG[0] <= t < KYC_BUG[1] and c["app_channel"] == "app" and c["primary_device"] == "android"
        p_pass = 0.32 if bug else (0.86 if KYC_BUG[0] <= t < KYC_BUG[1] else 0.88)
        manual = rng.random() < 0.08 and not bug
        reason = ""
        vendor = "阿里云实人认证" if c["market"] == "CN" else "VeriDoc"
        if manual:
            hours = float(rng.lognormal(2.6, 0.9))
            ok = rng.random() < 0.8
            e = ev(c, t + D(hours=hours), "tp_id_check", "passed" if ok else "failed", doc_type=doc, vendor=vendor,
                   attempt_no=attempt, review_type="manual", verify_minutes=round(hours * 60),
                   fail_reason="" if ok else "expired_document", 失败原因="" if ok else FAIL_REASONS["expired_document"])
            if hours > 24:
                maybe_fb(0.18, c, e["ts"] + D(hours=1), "tp_id_check", ["verify_slow"],
                         ["app_review", "ticket", "social"], [0.45, 0.35, 0.2])
            t = e["ts"]
        else:
            ok = rng.random() < p_pass
            reason = "" if ok else ("selfie_mismatch" if bug and rng.random() < 0.9 else
                                    pick(list(FAIL_REASONS), [0.34, 0.2, 0.28, 0.1, 0.08]))
            ev(c, t, "tp_id_check", "passed" if ok else "failed", doc_type=doc, vendor=vendor, attempt_no=attempt,
               review_type="auto", verify_minutes=round(float(rng.uniform(1, 4)), 1), fail_reason=reason,
               失败原因=FAIL_REASONS.get(reason, ""))
            if reason == "selfie_mismatch":
                maybe_fb(0.24 if bug else 0.08, c, t + D(minutes=20), "tp_id_check", ["selfie_fail"],
                         ["app_review", "ticket", "social"], [0.5, 0.3, 0.2])
        if ok:
            passed = True
            break
        if reason == "underage" or rng.random() > (0.5 if bug else 0.68):
            if rng.random() < 0.15:
                support(c, t + D(hours=2), "verification")
            return None
        t += D(hours=float(rng.lognormal(1.0, 1.5)))
    if not passed:
        return None
    # first top-up
    if rng.random() > (0.55 if social else 0.9):
        return None
    t += D(hours=float(rng.lognormal(0.5, 1.6)))
    bal = topup(c, t, first=True)
    if bal is None:
        return None
    c["first_topup"] = bal
    if rng.random() > (0.78 if social else 0.93):
        return None
    t += D(hours=float(rng.lognormal(1.8, 1.7)))
    return t if t <= END else None


def topup(c, t, first=False):
    """wallet top-up with payment failures; returns the amount added (local) or None."""
    eu = c["market"] == "EU"
    if eu:
        method = pick(["card", "apple_pay" if c["primary_device"] == "ios" else "google_pay", "paypal"], [0.5, 0.35, 0.15])
        amt = float(pick([10, 20, 30, 50], [0.45, 0.3, 0.15, 0.1]))
    else:
        method = pick(["wechat_pay", "alipay"], [0.62, 0.38] if c["app_channel"] == "app" else [0.95, 0.05])
        amt = float(pick([20, 30, 50, 100], [0.4, 0.25, 0.25, 0.1]))
    for k in range(3):
        if t > END:
            return None
        fail = rng.random() < ({"card": 0.11, "paypal": 0.06}.get(method, 0.03) if first else 0.02)
        oid = order(c, t, "topup", amt, "cancelled" if fail else "paid", payment_method=method, is_first_topup=first)
        ev(c, t, "tp_topup", "failed" if fail else "success", session_id=oid, order_id=oid, payment_method=method,
           amount_local=amt, currency=c["currency"], is_first_topup=first)
        if not fail:
            if first and eu and amt <= 20:
                maybe_fb(0.025, c, t + D(minutes=5), "tp_topup", ["min_topup"], ["app_review", "social"], [0.6, 0.4])
            c["last_topup_order"] = oid
            return amt
        maybe_fb(0.12, c, t + D(minutes=10), "tp_topup", ["topup_fail"], ["ticket", "app_review", "social"],
                 [0.5, 0.3, 0.2])
        if rng.random() < 0.35:
            support(c, t + D(minutes=15), "payment")
        if rng.random() > (0.72 if first else 0.95):
            return None
        t += D(minutes=float(rng.lognormal(1.5, 1.0)))
    return None


def support(c, t, reason):
    if t > END:
        return
    eu = c["market"] == "EU"
    resp = float(rng.lognormal(2.6 if eu else 1.2, 0.6))
    resolved = rng.random() < (0.72 if eu else 0.85)
    ch = "phone" if (not eu and rng.random() < 0.2) else "app"
    N["ride"] += 1
    ev(c, t, "tp_support_chat", "opened", session_id=f"CS{N['ride']:07d}", support_reason=reason,
       咨询类型=SUPPORT_ZH[reason], first_response_min=round(resp, 1), resolved=resolved, channel=ch)
    if rng.random() < 0.3:
        topics = []
        if resp <= 8 and rng.random() < 0.6:
            topics = ["support_good"]
        elif resp >= 20 and rng.random() < 0.55:
            topics = ["support_slow"]
        rating = None if topics else int(pick([2, 3, 4, 5], [0.2, 0.2, 0.3, 0.3] if resolved else [0.5, 0.3, 0.15, 0.05]))
        fb(c, t + D(minutes=resp + 10), "tp_support_chat", "support_csat", topics, rating=rating,
           support_reason=reason)


def ride(c, t, st):
    """one ride: start (unlock failures), end, photo, maybe fine / appeal / damage / feedback."""
    city = c["city"]
    cn = c["market"] == "CN"
    zone = c["home_zone"] if rng.random() < 0.6 else pick(CITIES[city][4])
    N["ride"] += 1
    rid = f"RD{N['ride']:07d}"
    lx2 = rng.random() < CITIES[city][6]
    model = "LX-2" if lx2 else "LX-3"
    tod = tod_of(t.hour)
    if rng.random() < 0.045:
        ev(c, t, "tp_ride_start", "unlock_failed", session_id=rid, scooter_id=f"SC{int(rng.integers(10000, 99999))}",
           scooter_model=model, zone=zone, time_of_day=tod)
        maybe_fb(0.05, c, t + D(minutes=3), "tp_ride_start", ["unlock_fail"], ["ride_rating", "ticket", "app_review"],
                 [0.6, 0.2, 0.2])
        t += D(minutes=float(rng.uniform(2, 6)))
        lx2 = rng.random() < CITIES[city][6]
        model = "LX-2" if lx2 else "LX-3"
    batt = int(np.clip(rng.normal(62, 22), 6, 100))
    ev(c, t, "tp_ride_start", "unlocked", session_id=rid, scooter_id=f"SC{int(rng.integers(10000, 99999))}",
       scooter_model=model, zone=zone, battery_pct=batt, time_of_day=tod)
    minutes = float(np.clip(rng.lognormal(2.45 if c["rider_kind"] != "casual" else 2.7, 0.5), 2, 95))
    dist = round(minutes * float(rng.uniform(0.16, 0.24)), 2)
    te = t + D(minutes=minutes)
    pass_on = st["pass_until"] is not None and t < st["pass_until"]
    if cn:
        unlock, per_min = 1.5, 0.35
    else:
        unlock, per_min = 1.0, 0.25
    billable = max(0.0, minutes - 30) if pass_on else minutes
    fare = round((0 if pass_on else unlock) + per_min * billable, 2)
    promo_disc = 0.0
    if st["rides"] == 0:
        if c.get("promo") == "first_ride_free":
            promo_disc = min(fare, unlock + per_min * 20)
        elif c.get("promo") in ("half_price_3_rides", "unlock_free_week"):
            promo_disc = round(fare * 0.5, 2)
    fare_paid = round(fare - promo_disc, 2)
    st["rides"] += 1
    st["bal"] -= fare_paid
    fare_eur = round(fare_paid / CNY_PER_EUR, 2) if cn else fare_paid
    ev(c, te, "tp_ride_end", "ended", session_id=rid, scooter_model=model, zone=zone, ride_minutes=round(minutes, 1),
       distance_km=dist, fare_local=fare_paid, fare_eur=fare_eur, currency=c["currency"], pass_covered=pass_on,
       promo_discount_local=round(promo_disc, 2), time_of_day=tod_of(te.hour), is_first_ride=st["rides"] == 1)
    if te > END:
        return
    night = tod_of(te.hour) == "night"
    rejected = rng.random() < (0.27 if night else 0.06)
    tp_ = te + D(seconds=float(rng.uniform(20, 90)))
    ev(c, tp_, "tp_parking_photo", "rejected" if rejected else "accepted", session_id=rid, zone=zone,
       photo_ai_score=round(float(rng.uniform(0.1, 0.55) if rejected else rng.uniform(0.6, 0.99)), 2),
       time_of_day=tod_of(tp_.hour))
    if rejected:
        maybe_fb(0.06, c, tp_ + D(minutes=5), "tp_parking_photo", ["photo_reject"],
                 ["ride_rating", "ticket", "app_review", "social"], [0.4, 0.3, 0.2, 0.1])
    # fine
    drift = city == "Chengdu" and zone == "锦江区"
    reason = None
    if rejected and rng.random() < 0.3:
        reason = "invalid_photo"
    elif drift and rng.random() < 0.09:
        reason = "outside_parking_zone"
    elif rng.random() < 0.013:
        reason = pick(["no_parking_zone", "blocking_sidewalk", "outside_parking_zone"], [0.4, 0.3, 0.3])
    if reason:
        fine(c, tp_ + D(minutes=float(rng.uniform(10, 600))), rid, reason, zone, drift and reason == "outside_parking_zone",
             st)
    # damage
    if rng.random() < (0.02 if lx2 else 0.008):
        dmg = pick(list(DAMAGE), [v[1 if lx2 else 2] for v in DAMAGE.values()])
        if city == "Lisbon" and lx2 and rng.random() < 0.2:
            dmg = "brake"
        hours = float(rng.lognormal(3.0, 0.8))
        td = te + D(minutes=float(rng.uniform(1, 8)))
        ev(c, td, "tp_damage_report", "submitted", session_id=rid, scooter_model=model, zone=zone, damage_type=dmg,
           损坏类型=DAMAGE[dmg][0], photo_attached=bool(rng.random() < 0.7), resolved_hours=round(hours, 1))
        if dmg == "brake":
            maybe_fb(0.25, c, td + D(minutes=5), "tp_damage_report", ["brake"], ["ride_rating", "ticket", "app_review"],
                     [0.5, 0.3, 0.2], scooter_model=model)
        elif rng.random() < 0.08:
            fb(c, td + D(minutes=5), "tp_damage_report", "ride_rating", [], scooter_model=model)
        if hours > 72:
            maybe_fb(0.3, c, td + D(hours=hours), "tp_damage_report", ["repair_slow"], ["ticket", "social"], [0.6, 0.4],
                     scooter_model=model)
        if rng.random() < 0.1:
            support(c, td + D(minutes=30), "damage")
    # in-app ride rating
    if batt < 20 and rng.random() < 0.06:
        fb(c, te + D(minutes=2), "tp_ride_start", "ride_rating", ["low_battery"], scooter_model=model,
           ride_id=rid)
    elif rng.random() < 0.022:
        topic = pick(["smooth_ride", "price_high", ""], [0.45, 0.2 if cn else 0.3, 0.35 if cn else 0.25])
        fb(c, te + D(minutes=2), "tp_ride_end", "ride_rating", [topic] if topic else [], scooter_model=model,
           ride_id=rid)


def fine(c, t, rid, reason, zone, drift, st):
    if t > END:
        return
    cn = c["market"] == "CN"
    amt = FINE_REASONS[reason][2 if cn else 1]
    ta = t + D(hours=float(rng.uniform(1, 30)))
    appeal = rng.random() < (0.55 if drift else (0.3 if reason == "invalid_photo" else 0.12)) and ta <= END
    upheld = appeal and rng.random() < (0.8 if drift else (0.45 if reason == "invalid_photo" else 0.15))
    oid = order(c, t, "fine", amt, "refunded" if upheld else "paid", payment_method="wallet", fine_reason=reason,
                罚款原因=FINE_REASONS[reason][0], ride_id=rid)
    st["bal"] -= amt
    ev(c, t, "tp_parking_fine", "issued", session_id=rid, order_id=oid, zone=zone, fine_reason=reason,
       罚款原因=FINE_REASONS[reason][0], fine_local=amt, currency=c["currency"])
    maybe_fb(0.38 if drift else 0.1, c, t + D(minutes=30), "tp_parking_fine", ["unfair_fine"],
             ["ticket", "app_review", "social", "ride_rating"], [0.55, 0.2, 0.15, 0.1], fine_reason=reason)
    if appeal:
        days = float(rng.uniform(0.5, 4) if cn else rng.uniform(1, 11))
        if True:
            ev(c, ta, "tp_fine_appeal", "submitted", session_id=rid, order_id=oid, zone=zone, fine_reason=reason,
               罚款原因=FINE_REASONS[reason][0], appeal_result="upheld" if upheld else "rejected",
               handled_days=round(days, 1))
            if days > 6:
                maybe_fb(0.25, c, ta + D(days=days), "tp_fine_appeal", ["appeal_slow"], ["ticket", "app_review"],
                         [0.6, 0.4])
    if rng.random() < (0.3 if appeal else 0.08):
        support(c, t + D(hours=1), "fine")


def pass_buy(c, t, st):
    eu = c["market"] == "EU"
    ptype = "student_monthly" if c["tier"] == "student" else "monthly_unlimited"
    auto = rng.random() < 0.65
    renewal = False
    k = 0
    while t <= END:
        if eu:
            price = 19.99 if ptype == "student_monthly" else (34.99 if t >= PASS_HIKE else 29.99)
        else:
            price = 29.0 if ptype == "student_monthly" else 49.0
        refunded = (not renewal) and rng.random() < 0.02
        oid = order(c, t, "pass", price, "refunded" if refunded else "paid", payment_method=pick(
            ["wechat_pay", "alipay"]) if not eu else "card", pass_type=ptype, 月卡类型=PASS_ZH[ptype],
            is_renewal=renewal, auto_renew=auto)
        ev(c, t, "tp_pass_renewal" if renewal else "tp_pass_purchase", "renewed" if renewal else "purchased",
           session_id=oid, order_id=oid, pass_type=ptype, 月卡类型=PASS_ZH[ptype], price_local=price,
           currency=c["currency"], auto_renew=auto)
        if not renewal:
            maybe_fb(0.07, c, t + D(days=float(rng.uniform(3, 20))), "tp_pass_purchase", ["pass_value"],
                     ["ride_rating", "app_review"], [0.5, 0.5])
        elif auto:
            maybe_fb(0.035, c, t + D(hours=3), "tp_pass_renewal", ["auto_renew"], ["ticket", "app_review"], [0.7, 0.3])
            if rng.random() < 0.03:
                support(c, t + D(hours=2), "pass_billing")
        if refunded:
            st["pass_until"] = t
            return
        st["pass_until"] = t + D(days=30)
        k += 1
        expiry = t + D(days=30)
        hiked = eu and ptype == "monthly_unlimited" and expiry >= PASS_HIKE
        p = 0.64 if not eu else (0.36 if hiked else (0.6 if ptype == "student_monthly" else 0.72))
        if expiry > st["life_end"]:
            p *= 0.3
        if rng.random() >= p:
            if hiked:
                maybe_fb(0.25, c, expiry + D(days=float(rng.uniform(0, 5))), "tp_pass_renewal", ["pass_hike"],
                         ["app_review", "social", "ticket"], [0.4, 0.35, 0.25])
            return
        if hiked and k >= 1:
            maybe_fb(0.04, c, expiry + D(days=1), "tp_pass_renewal", ["pass_hike"], ["app_review", "social"], [0.5, 0.5])
        t = expiry if auto else expiry + D(hours=float(rng.uniform(2, 100)))
        renewal = True


def lifetime(c, first_ride, legacy, balance=0.0):
    kind = c["rider_kind"]
    rate = {"commuter": 1.3, "regular": 0.45, "casual": 0.15}[kind] / 7.0  # rides per day
    life = float(rng.exponential({"commuter": 260, "regular": 170, "casual": 80}[kind]))
    if c["acquisition_channel"] == "hotel_partner":
        life = float(rng.uniform(2, 10))
        rate = 1.0
    start = first_ride
    st = dict(rides=0 if not legacy else 50, bal=balance, pass_until=None, life_end=start + D(days=life))
    if legacy:
        st["bal"] = float(rng.uniform(0, 20))
    buy_at = None
    if rng.random() < {"commuter": 0.88, "regular": 0.5, "casual": 0.06}[kind] and c["acquisition_channel"] != "hotel_partner":
        buy_at = int(rng.integers(2, 7))
    t = start
    n = 0
    thresh = 5.0 if c["market"] == "CN" else 2.0
    while t <= END and t <= st["life_end"]:
        if n > 0 or legacy:
            hour = ride_hour(kind)
            t = t.replace(hour=0, minute=0, second=0) + D(hours=hour, minutes=float(rng.uniform(0, 59)))
        if n > 0 or legacy:
            if st["bal"] < thresh and not (st["pass_until"] and t < st["pass_until"]):
                added = topup(c, max(START, t - D(minutes=float(rng.uniform(1, 30)))))
                if added is None:
                    break
                st["bal"] += added
        ride(c, t, st)
        n += 1
        if buy_at is not None and n == buy_at:
            pass_buy(c, t + D(hours=float(rng.uniform(1, 48))), st)
            buy_at = None
        # next ride: thinning on the seasonal rate
        while True:
            t = t + D(days=float(rng.exponential(1.0 / (rate * 1.5))))
            if t > END or rng.random() < season(c["city"], t) / 1.5:
                break
    c["n_rides"] = n
    c["last_ride"] = t
    c["st"] = st


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    n_new, n_legacy = 5600, 500
    for i in range(1, n_new + n_legacy + 1):
        legacy = i > n_new
        c = make_customer(i, legacy)
        CUSTOMERS.append(c)
        c["n_rides"] = 0
        c["st"] = None
        if legacy:
            c["promo"] = ""
            first = START + D(days=float(rng.exponential(20)), hours=8)
            lifetime(c, first, True)
            continue
        before = len(EVENTS)
        first = onboarding(c)
        if first is not None:
            lifetime(c, first, False, c["first_topup"])
            if rng.random() < 0.028:
                fb(c, first + D(hours=1), "tp_app_download", pick(["app_review", "social", "ride_rating"], [0.5, 0.3, 0.2]),
                   ["promo_good"])
        c["n_onb_events"] = len(EVENTS) - before
    nps_waves()
    # exact duplicates: the payment webhook re-sent a few top-up notifications
    tops = [e for e in EVENTS if e["touchpoint_id"] == "tp_topup"]
    dup_idx = rng.choice(len(tops), 24, replace=False)
    EVENTS.extend(dict(tops[int(k)]) for k in dup_idx)
    write_all(out)
    return 0


def nps_waves():
    for wave, day in (("2025-Q1", datetime(2025, 3, 20)), ("2025-Q2", datetime(2025, 6, 19)),
                      ("2025-Q3", datetime(2025, 9, 18)), ("2025-Q4", datetime(2025, 12, 11)),
                      ("2026-Q1", datetime(2026, 3, 19)), ("2026-Q2", datetime(2026, 6, 18))):
        pool = [c for c in CUSTOMERS if c["n_rides"] > 0 and c["signup_at"] < day
                and c.get("last_ride") and c["last_ride"] > day - D(days=45)]
        idx = rng.choice(len(pool), min(len(pool), 130), replace=False)
        for k in sorted(int(x) for x in idx):
            c = pool[k]
            ts = day + D(days=float(rng.uniform(0, 6)), hours=float(rng.uniform(8, 22)))
            base = 8.2 if c["market"] == "CN" else 7.6
            if c["city"] == "Chengdu" and c["home_zone"] == "锦江区":
                base -= 2.2
            if c["market"] == "EU" and day >= PASS_HIKE and c["tier"] == "standard" and c["rider_kind"] == "commuter":
                base -= 1.2
            score = int(np.clip(round(rng.normal(base, 1.8)), 0, 10))
            r = rng.random()
            topics = []
            if score <= 6:
                opts = ["price_high", "unfair_fine", "photo_reject", "unlock_fail"]
                if c["city"] == "Chengdu" and c["home_zone"] == "锦江区":
                    opts = ["unfair_fine", "unfair_fine", "price_high"]
                if c["market"] == "EU" and day >= PASS_HIKE:
                    opts = opts + ["pass_hike"]
                if r < 0.6:
                    topics = [pick(opts)]
            elif score >= 9 and r < 0.5:
                topics = [pick(["smooth_ride", "pass_value", "smooth_ride"])]
            fb(c, ts, "", "nps_survey", topics, nps=score, survey_wave=wave)


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def write(path: Path, rows: list[dict], cols=None) -> None:
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(k)
    pos = {k: i for i, k in enumerate(cols)}
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            line = [""] * len(cols)
            for k, v in r.items():
                i = pos.get(k)
                if i is not None:
                    line[i] = fmt(v)
            w.writerow(line)


def write_all(out: Path) -> None:
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)])
    cust = []
    for c in CUSTOMERS:
        st = c["st"]
        if c["n_rides"] == 0:
            seg = "never_rode"
        elif st and st["pass_until"] and st["pass_until"] > END:
            seg = "pass_holder"
        elif c["last_ride"] and min(c["last_ride"], END) > END - D(days=60) and st["life_end"] > END - D(days=60):
            seg = "active"
        else:
            seg = "lapsed"
        cust.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, region=c["city"],
                         acquisition_channel=c["acquisition_channel"], tier=c["tier"], 城市=c["城市"],
                         country=c["country"], market=c["market"], home_zone=c["home_zone"], 获客渠道=c["获客渠道"],
                         primary_device=c["primary_device"], app_channel=c["app_channel"], language=c["language"],
                         age_band=c["age_band"], total_rides=c["n_rides"]))
    # prospects: never passed the ID check
    passed = {e["customer_id"] for e in EVENTS if e["touchpoint_id"] == "tp_id_check" and e["action"] == "passed"}
    for r, c in zip(cust, CUSTOMERS):
        if not c["legacy"] and r["segment"] == "never_rode" and r["customer_id"] not in passed:
            r["segment"] = "prospect"
    write(out / "customers.csv", cust)
    EVENTS.sort(key=lambda e: (e["ts"], e["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
               "城市", "market", "app_version", "zone", "install_source", "promo_offer", "doc_type", "vendor",
               "review_type", "attempt_no", "verify_minutes", "fail_reason", "失败原因", "order_id", "payment_method",
               "amount_local", "currency", "is_first_topup", "scooter_id", "scooter_model", "battery_pct",
               "time_of_day", "ride_minutes", "distance_km", "fare_local", "fare_eur", "pass_covered",
               "promo_discount_local", "is_first_ride", "photo_ai_score", "fine_reason", "罚款原因", "fine_local",
               "appeal_result", "handled_days", "damage_type", "损坏类型", "photo_attached", "resolved_hours",
               "pass_type", "月卡类型", "price_local", "auto_renew", "support_reason", "咨询类型",
               "first_response_min", "resolved"]
    write(out / "events.csv", [e for e in EVENTS if e["ts"] <= END], ev_cols)
    ORDERS.sort(key=lambda o: (o["ts"], o["order_id"]))
    write(out / "orders.csv", [o for o in ORDERS if o["ts"] <= END],
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
           "currency", "amount_local", "city", "城市", "market", "payment_method", "is_first_topup", "pass_type",
           "月卡类型", "is_renewal", "auto_renew", "fine_reason", "罚款原因", "ride_id"])
    keep = [i for i, f in enumerate(FEEDBACK) if f["ts"] == "" or f["ts"] <= END]
    write(out / "feedback.csv", [FEEDBACK[i] for i in keep],
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "城市", "platform", "device", "scooter_model", "ride_id", "fine_reason", "support_reason", "survey_wave"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", [TRUTH[i] for i in keep])


if __name__ == "__main__":
    raise SystemExit(main())
