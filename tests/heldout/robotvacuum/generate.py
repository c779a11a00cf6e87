"""智扫 RoboNeat robot vacuums, sold direct in China and Germany (synthetic, written blind).

RoboNeat (智扫科技, Shenzhen) sells three robot vacuums — S8 (vacuum only), S8 Pro (vacuum + mop) and X10 Omni
(vacuum + mop with a self-emptying, mop-washing base station) — through its own app, its own website (roboneat.cn /
roboneat.de), its JD flagship store (China) and Amazon.de (Germany). After payment the robot is shipped and
delivered; the owner registers in the RoboNeat Home app, pairs the robot with Wi-Fi (配网), lets it build a first map
and runs a first clean. Every ~90 days the app reminds owners to replace consumables (filter, side brush, dust bags,
mop pads); they can buy them once or start the Care Pack consumables subscription (耗材订阅, quarterly box). Owners
with a fault open a support ticket; a remote diagnosis either fixes it or sends a courier to collect the robot for a
mail-in repair (寄修) at a repair centre, which ships it back for the owner to confirm.
Data 2025-01-01 .. 2026-06-30 (extract taken in July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 8000
FX = 7.8                                                           # group reporting rate, 1 EUR = 7.8 CNY
PAIR_BUG = (datetime(2026, 3, 4), datetime(2026, 3, 30))           # Android app 3.8.0: BLE provisioning times out
DE_NEW_PARTNER = datetime(2026, 2, 1)                              # German repairs move to RepairHub Leipzig
PRICE_UP = datetime(2026, 4, 1)                                    # Care Pack 199 -> 229 CNY, 29 -> 34 EUR
PRICE_NOTICE = datetime(2026, 3, 16)
AB = (datetime(2026, 1, 1), datetime(2026, 3, 31, 23, 59, 59))     # sub_offer_2026q1
IFA = (datetime(2025, 9, 5), datetime(2025, 9, 9))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_product_page", "商品详情页", "Product page", "consideration", "web", "digital", "ecommerce",
     "详情页|商品页|看商品|浏览|PDP|product page|product detail|listing|browse"),
    ("tp_add_to_cart", "加入购物车", "Add to cart", "consideration", "web", "digital", "ecommerce",
     "加购|加购物车|购物车|add to cart|basket|cart"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "web", "digital", "ecommerce",
     "下单|结算|提交订单|checkout|place order|Kasse"),
    ("tp_payment", "支付成功", "Payment", "purchase", "web", "digital", "finance",
     "付款|支付|成交|买单|payment|paid|purchase"),
    ("tp_delivery", "签收", "Delivery", "purchase", "other", "physical", "logistics",
     "到货|收货|签收|物流|快递|delivery|delivered|shipping|parcel"),
    ("tp_return", "退货", "Return", "service", "other", "physical", "customer_service",
     "退货|七天无理由|退款|return|Widerruf|send back|refund"),
    ("tp_app_register", "App注册登录", "App sign-up", "service", "app", "digital", "app_team",
     "注册|登录|App注册|下载App|sign up|app registration|create account|login"),
    ("tp_device_pairing", "设备配网", "Wi-Fi pairing", "service", "app", "digital", "iot",
     "配网|绑定|连WiFi|连网|添加设备|pairing|wifi setup|connect robot|bind device|add device"),
    ("tp_first_map", "首次建图", "First map", "service", "app", "digital", "iot",
     "建图|地图|首次建图|mapping|first map|map building"),
    ("tp_first_clean", "首次清扫", "First clean", "service", "app", "digital", "iot",
     "首扫|首次清扫|第一次扫地|first clean|first run|first cleaning"),
    ("tp_consumable_reminder", "耗材更换提醒", "Consumables reminder", "loyalty", "app", "digital", "crm",
     "耗材提醒|换耗材提醒|滤网提醒|提醒|consumables reminder|filter reminder|replacement reminder"),
    ("tp_subscription_page", "订阅页", "Care Pack page", "loyalty", "app", "digital", "crm",
     "订阅页|耗材订阅页|Care Pack页面|subscription page|care pack page|plan page"),
    ("tp_subscription_start", "开通耗材订阅", "Care Pack subscription", "loyalty", "app", "digital", "crm",
     "开通订阅|耗材订阅|订阅|包年|Care Pack|subscribe|subscription|consumables plan"),
    ("tp_first_box", "首箱签收", "First box delivered", "loyalty", "other", "physical", "logistics",
     "首箱|第一箱|耗材包到货|first box|first care pack|box delivered"),
    ("tp_subscription_cancel", "取消订阅", "Subscription cancelled", "loyalty", "app", "digital", "crm",
     "退订|取消订阅|取消耗材订阅|cancel subscription|unsubscribe|churn"),
    ("tp_consumable_order", "单买耗材", "Consumables order", "loyalty", "web", "digital", "ecommerce",
     "买耗材|耗材下单|配件|滤网|边刷|尘袋|consumables|spare parts|accessories|filters"),
    ("tp_support_ticket", "报修工单", "Support ticket", "service", "app", "digital", "customer_service",
     "报修|工单|售后|故障|support ticket|fault report|repair request|complaint ticket"),
    ("tp_remote_diagnosis", "远程诊断", "Remote diagnosis", "service", "phone", "digital", "customer_service",
     "远程诊断|远程排查|诊断|remote diagnosis|troubleshooting|remote check"),
    ("tp_pickup", "上门取件", "Courier pickup", "service", "other", "physical", "logistics",
     "取件|寄修取件|寄出|pickup|collection|courier pickup"),
    ("tp_repair_center", "维修中心检修", "Repair centre", "service", "other", "physical", "repair_ops",
     "维修|检修|维修中心|寄修|repair|repair centre|repair center|workshop"),
    ("tp_return_ship", "修好寄回", "Shipped back", "service", "other", "physical", "logistics",
     "寄回|回寄|返还|shipped back|return shipment|sent back"),
    ("tp_repair_confirm", "确认修复", "Repair confirmed", "service", "app", "digital", "customer_service",
     "确认修复|结单|关单|repair confirmed|ticket closed|confirm fix"),
]

JOURNEYS = [  # id, zh, en, steps, window
    ("purchase", "购买旅程", "Purchase journey", ["tp_product_page", "tp_add_to_cart", "tp_checkout", "tp_payment"], 7),
    ("onboarding", "开箱配网旅程", "App onboarding",
     ["tp_delivery", "tp_app_register", "tp_device_pairing", "tp_first_map", "tp_first_clean"], 14),
    ("care_pack", "耗材订阅旅程", "Consumables subscription",
     ["tp_consumable_reminder", "tp_subscription_page", "tp_subscription_start", "tp_first_box"], 30),
    ("mail_in_repair", "售后寄修旅程", "After-sales repair",
     ["tp_support_ticket", "tp_remote_diagnosis", "tp_pickup", "tp_repair_center", "tp_return_ship",
      "tp_repair_confirm"], 30),
]

# city as stored by the CRM (Chinese names for China, German names for Germany), English name, region, weight
CITIES = {
    "CN": [("上海", "Shanghai", "East China", 0.26), ("北京", "Beijing", "North China", 0.22),
           ("深圳", "Shenzhen", "South China", 0.20), ("杭州", "Hangzhou", "East China", 0.16),
           ("成都", "Chengdu", "Southwest China", 0.16)],
    "DE": [("Berlin", "Berlin", "Germany North", 0.27), ("München", "Munich", "Germany South", 0.24),
           ("Hamburg", "Hamburg", "Germany North", 0.19), ("Frankfurt am Main", "Frankfurt", "Germany West", 0.16),
           ("Köln", "Cologne", "Germany West", 0.14)],
}
MODELS = ["S8", "S8 Pro", "X10 Omni"]
PRICE = {"CN": {"S8": 1999, "S8 Pro": 2999, "X10 Omni": 4999}, "DE": {"S8": 299, "S8 Pro": 449, "X10 Omni": 799}}
CARE = {"CN": (199, 229), "DE": (29, 34)}
CONSUMABLE_PRICE = {"CN": {"filter": 89, "side_brush": 59, "dust_bag": 129, "mop_pad": 99},
                    "DE": {"filter": 15, "side_brush": 12, "dust_bag": 22, "mop_pad": 18}}
ITEM_ZH = {"filter": "滤网", "side_brush": "边刷", "dust_bag": "尘袋", "mop_pad": "拖布"}
FAULTS = {  # model: fault types and weights
    "S8": (["wheel", "battery", "lidar", "suction", "side_brush", "app_connect"], [0.28, 0.24, 0.18, 0.14, 0.10, 0.06]),
    "S8 Pro": (["wheel", "battery", "lidar", "suction", "mop", "app_connect"], [0.24, 0.22, 0.16, 0.14, 0.18, 0.06]),
    "X10 Omni": (["base_station", "wheel", "battery", "lidar", "suction", "mop", "app_connect"],
                 [0.46, 0.12, 0.10, 0.09, 0.08, 0.10, 0.05]),
}
FAULT_ZH = {"wheel": "轮子故障", "battery": "电池续航", "lidar": "激光雷达", "suction": "吸力下降", "side_brush": "边刷",
            "mop": "拖布模块", "app_connect": "联网问题", "base_station": "基站故障"}
TICKET_RATE = {"S8": 0.026, "S8 Pro": 0.032, "X10 Omni": 0.065}   # per owner-month


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    u = rng.random() * sum(weights)
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if u < acc:
            return it
    return items[-1]


def app_version(t: datetime, os_: str) -> str:
    if t < datetime(2025, 9, 10):
        return "3.6.2"
    if t < PAIR_BUG[0]:
        return "3.7.1"
    if t < PAIR_BUG[1]:
        return "3.8.0"
    if t < datetime(2026, 5, 20):
        return "3.8.1"
    return "3.9.0"


def firmware(t: datetime) -> str:
    return "1.4.2" if t < datetime(2025, 8, 1) else ("1.5.0" if t < datetime(2026, 2, 15) else "1.5.3")


def day_time(d: datetime, lo=8, hi=23) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.integers(lo * 3600, hi * 3600)))


def promo(t: datetime, market: str) -> str:
    if market == "CN":
        if (t.month, t.day) >= (6, 1) and (t.month, t.day) <= (6, 18):
            return "618"
        if t.month == 11 and t.day <= 11:
            return "double11"
    else:
        if datetime(2025, 7, 8) <= t < datetime(2025, 7, 12):
            return "prime_day"
        if datetime(2025, 11, 24) <= t < datetime(2025, 12, 2):
            return "black_friday"
    return ""


DISCOUNT = {"618": 0.15, "double11": 0.20, "prime_day": 0.20, "black_friday": 0.25, "": 0.0}

# ---------------------------------------------------------------- feedback texts
# one topic per comment; every template of a topic carries its marker word(s) and no other topic's marker.
TEXTS = {
    "pairing": (
        ["配网一直失败，App提示超时，试了好几次都不行", "安卓手机怎么都配网不成功，蓝牙找不到机器人",
         "配网太折腾了，路由器切到2.4G也连不上", "新买的扫地机配网失败，重置了三次还是不行",
         "配网进度到百分之九十九就提示失败"],
        ["Pairing keeps failing, the app just times out at the last step",
         "Could not get the pairing to work with my Android phone, Bluetooth never finds the robot",
         "The pairing process is a nightmare, tried five times", "Spent a whole evening on pairing, still no luck",
         "Pairing freezes at 99% and then shows an error"]),
    "repair_slow": (
        ["寄修两个多星期了还没寄回来，进度也查不到", "维修太慢了，机器寄过去快一个月", "寄修周期太长，家里没扫地机很不方便",
         "寄修之后一直显示检测中，催了好几次"],
        ["Sent the robot in for repair three weeks ago and it's still not back",
         "The repair turnaround is way too slow, almost a month without my robot",
         "Repair takes forever and nobody can tell me the status",
         "Mail-in repair has been 'in progress' for weeks"]),
    "sub_price": (
        ["耗材订阅突然涨价了，从199涨到229，不续了", "订阅涨价也不好好通知，直接扣钱，取消了", "耗材包涨价后感觉不划算了",
         "Care Pack涨价了，准备自己买配件"],
        ["The Care Pack price went up from 29 to 34 euros, cancelling", "Subscription price increase with barely any notice",
         "Not happy about the price hike on the consumables plan", "Price hike on the Care Pack, not worth it anymore"]),
    "base_station": (
        ["基站自集尘经常堵，尘袋没满就报错", "自集尘功能不工作了，基站一直响", "基站洗完拖布老是报错E12",
         "基站抽不动尘盒里的垃圾，每天都要手动倒"],
        ["The base station stopped emptying the bin, error E12 every day", "Self-empty dock keeps clogging",
         "Base station makes a racket and won't self-empty", "The dock no longer empties the dustbin, I do it by hand"]),
    "mop_smell": (
        ["拖布用几天就发臭", "拖地之后屋里有股臭味，拖布要天天洗", "拖布有异味，夏天特别明显"],
        ["The mop pads start to smell after a few days", "Mopping leaves a musty smell in the flat",
         "Mop cloth smells bad in summer"]),
    "noise": (
        ["噪音太大了，晚上根本没法开", "噪音有点大，开着的时候看电视听不清", "最大档噪音像吹风机"],
        ["Way too loud, can't run it while working from home", "Quite noisy on max mode",
         "Loud as a hair dryer on the highest setting"]),
    "stuck": (
        ["老是卡在沙发底下出不来", "经常被数据线缠住，要人去救", "总卡在餐椅中间转圈"],
        ["Keeps getting stuck under the sofa", "Gets stuck on cables and rug tassels all the time",
         "It gets stuck between the chair legs every single day"]),
    "delivery": (
        ["快递盒子破了，机器外壳有划痕", "物流太慢，等了一个礼拜才到", "快递员没打电话直接放驿站"],
        ["Box arrived damaged and the lid was scratched", "Delivery took ages, the tracking did not update for days",
         "Delivery guy left it at the neighbours without a note"]),
    "suction": (
        ["吸力很强，猫毛狗毛都能吸干净", "吸力强，地毯也扫得很干净", "吸力没得说，缝隙里的灰都吸出来了"],
        ["Great suction, picks up all the dog hair", "Suction is excellent even on carpets",
         "Suction power is impressive, the cat hair is gone"]),
    "mapping": (
        ["建图又快又准，分区清扫很方便", "激光建图很准，不会漏扫", "建图一次就成功，还能自动识别房间"],
        ["Mapping is fast and accurate, room-by-room cleaning works great", "The map it built is spot on",
         "Mapping worked first time and it recognised every room"]),
    "battery": (
        ["续航变短了，扫一半就回去充电", "电池不耐用，半年就不行了", "续航明显下降，一百平都扫不完"],
        ["Battery life dropped a lot, it goes back to charge halfway", "The battery barely lasts 40 minutes now",
         "Battery degraded after six months"]),
    "cs_praise": (
        ["客服态度很好，很快就帮我解决了", "售后客服很耐心，远程就搞定了", "客服回复快，给我补发了配件"],
        ["Customer support was friendly and fixed it remotely", "Support team was helpful and quick",
         "Great support, they sent a spare part right away"]),
    "wheel": (
        ["左轮不转了，原地打转", "轮子卡死，机器走不动", "驱动轮异响，走路一瘸一拐"],
        ["Left wheel is jammed, it spins in circles", "Wheel stopped turning, the robot can't move",
         "Drive wheel makes a grinding noise and it limps"]),
    "lidar": (
        ["激光雷达报错，机器一直原地转", "雷达罩被撞歪了，提示雷达异常", "雷达不转了，开机就报警"],
        ["LiDAR error, it just spins in place", "Lidar cover got knocked and now it shows a sensor error",
         "The lidar turret stopped spinning"]),
    "easy_setup": (
        ["开箱十分钟就用上了，很省心", "开箱即用，说明书写得清楚", "开箱安装很简单，老人也会用"],
        ["Setup was easy, up and running in ten minutes", "Setup took five minutes, very straightforward",
         "Easy setup, even my parents managed it"]),
}
SENT = {"pairing": "negative", "repair_slow": "negative", "sub_price": "negative", "base_station": "negative",
        "mop_smell": "negative", "noise": "negative", "stuck": "negative", "delivery": "negative",
        "suction": "positive", "mapping": "positive", "battery": "negative", "cs_praise": "positive",
        "wheel": "negative", "lidar": "negative", "easy_setup": "positive"}
TOPIC_TP = {"pairing": "tp_device_pairing", "repair_slow": "tp_repair_center", "sub_price": "tp_subscription_start",
            "base_station": "tp_support_ticket", "mop_smell": "tp_first_clean", "noise": "tp_first_clean",
            "stuck": "tp_first_clean", "delivery": "tp_delivery", "suction": "tp_first_clean",
            "mapping": "tp_first_map", "battery": "tp_support_ticket", "cs_praise": "tp_remote_diagnosis",
            "wheel": "tp_support_ticket", "lidar": "tp_support_ticket", "easy_setup": "tp_app_register"}
OPEN_ZH = ["", "", "说实话，", "用了一段时间，", "总体来说，", "补充一下，"]
OPEN_EN = ["", "", "Honestly, ", "After a few weeks: ", "Overall, ", "Update: "]
CLOSE = {"negative": (["", "", "希望改进。", "有点失望。"], ["", "", " Please fix this.", " Disappointed."]),
         "positive": (["", "", "推荐购买。", "值得入手。"], ["", "", " Would recommend.", " Happy so far."]),
         "neutral": (["", ""], ["", ""])}


def text_for(topic: str, lang: str) -> str:
    zh, en = TEXTS[topic]
    sent = SENT[topic]
    if lang == "zh":
        body = zh[int(rng.integers(len(zh)))]
        op = OPEN_ZH[int(rng.integers(len(OPEN_ZH)))]
        cl = CLOSE[sent][0][int(rng.integers(len(CLOSE[sent][0])))]
        return f"{op}{body}。{cl}".replace("。。", "。")
    body = en[int(rng.integers(len(en)))]
    op = OPEN_EN[int(rng.integers(len(OPEN_EN)))]
    if op:
        body = body[0].lower() + body[1:] if not body.startswith(("LiDAR", "Care", "Android")) else body
    cl = CLOSE[sent][1][int(rng.integers(len(CLOSE[sent][1])))]
    return f"{op}{body}.{cl}"


def rating_for(topic):
    if SENT[topic] == "positive":
        return int(pick([5, 4, 3], [0.62, 0.33, 0.05]))
    return int(pick([1, 2, 3, 4], [0.45, 0.35, 0.16, 0.04]))


def nps_for(topic):
    if SENT[topic] == "positive":
        return int(pick([10, 9, 8, 7], [0.4, 0.35, 0.15, 0.1]))
    return int(pick([0, 1, 2, 3, 4, 5, 6, 7, 8], [0.08, 0.08, 0.12, 0.14, 0.16, 0.16, 0.14, 0.07, 0.05]))


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = self.n_tk = self.n_rm = 0

    # ------------------------------------------------------------ writers
    def ev(self, c, t, tp, sid, action, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=kw.pop("device", ""), channel=kw.pop("channel", ""),
                   country=c["country"], city=c["city"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, local, status, **kw):
        if t > END:
            return None
        self.n_ord += 1
        oid = f"RN{self.n_ord:06d}"
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t),
                   amount=round(local * (FX if c["country"] == "DE" else 1.0), 2), status=status,
                   channel=kw.pop("channel", ""), device=kw.pop("device", ""),
                   currency="EUR" if c["country"] == "DE" else "CNY", amount_local=round(local, 2),
                   country=c["country"], city=c["city"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, undated=False, anon=False, **kw):
        if t is not None and t > END:
            return
        lang = "zh" if (c["country"] == "CN") else "en"
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text_for(topic, lang), ts="" if undated or t is None else ts(t),
                   customer_id="" if anon else c["customer_id"], touchpoint_id=tp or TOPIC_TP[topic],
                   channel=channel, rating="" if rating is None else rating, nps="" if nps is None else nps,
                   language=lang, country=c["country"])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    # ------------------------------------------------------------ customers
    def new_customer(self, i):
        market = "CN" if rng.random() < 0.6 else "DE"
        city = pick(CITIES[market], [x[3] for x in CITIES[market]])
        # signup date: growth + promo peaks
        while True:
            d = START + D(days=int(rng.integers(0, (END - START).days - 5)))
            w = 1.0 + 0.5 * (d - START).days / 545
            p = promo(d, market)
            w *= 2.4 if p else 1.0
            if market == "DE" and d.month == 12 and d.year == 2025:
                w *= 1.4
            if rng.random() < w / 3.6:
                break
        acq = pick(["search", "marketplace", "social_ads", "influencer", "referral"],
                   [0.2, 0.3, 0.25, 0.15, 0.1] if market == "CN" else [0.3, 0.35, 0.15, 0.1, 0.1])
        src = {"CN": {"search": "baidu", "marketplace": "jd", "social_ads": "douyin", "influencer": "xiaohongshu",
                      "referral": "friend_referral"},
               "DE": {"search": "google", "marketplace": "amazon", "social_ads": pick(["tiktok", "instagram"], [1, 1]),
                      "influencer": "youtube", "referral": "friend_referral"}}[market][acq]
        return self._cust(i, market, city, day_time(d), acq, src)

    def _cust(self, i, market, city, signup, acq, src):
        has_pet = bool(rng.random() < (0.34 if market == "CN" else 0.41))
        return dict(
            customer_id=f"C{i:05d}", signup_at=signup, segment="", region=city[2], acquisition_channel=acq, tier="",
            country=market, city=city[0], city_en=city[1], acquisition_source=src,
            preferred_language="zh" if market == "CN" else pick(["de", "en"], [0.8, 0.2]),
            phone_os=pick(["android", "ios"], [0.72, 0.28] if market == "CN" else [0.6, 0.4]),
            has_pet=has_pet, home_size_sqm=int(np.clip(rng.normal(95 if market == "CN" else 85, 28), 35, 260)),
            floor_type=pick(["tile", "wood", "laminate", "carpet_mix"],
                            [0.5, 0.3, 0.1, 0.1] if market == "CN" else [0.15, 0.3, 0.35, 0.2]),
            age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.1, 0.38, 0.3, 0.14, 0.08]),
            gender=pick(["female", "male", "unknown"], [0.48, 0.46, 0.06]),
            marketing_opt_in=bool(rng.random() < 0.55),
            # state collected later
            _spend=0.0, _owner=False, _first_robot=None, _returned=False, _sub_cancel=False, _slow_repair=False,
        )

    # ------------------------------------------------------------ purchase
    def browse_channel(self, c):
        if c["acquisition_channel"] == "marketplace":
            return "jd" if c["country"] == "CN" else "amazon"
        w = [0.38, 0.42, 0.20]
        return pick(["app", "website", "jd" if c["country"] == "CN" else "amazon"], w)

    def device_for(self, c, ch):
        if ch == "app":
            return c["phone_os"]
        if ch == "website":
            return pick(["pc", c["phone_os"]], [0.55, 0.45])
        return pick(["pc", c["phone_os"]], [0.3, 0.7])

    def purchase_session(self, c, t0, second=False):
        market = c["country"]
        ch = self.browse_channel(c)
        dev = self.device_for(c, ch)
        base = {"CN": {"app": 0.34, "website": 0.22, "jd": 0.30}, "DE": {"app": 0.30, "website": 0.19, "amazon": 0.31}}
        p = base[market][ch]
        p *= {"search": 1.0, "marketplace": 1.0, "social_ads": 0.33, "influencer": 0.95, "referral": 1.35,
              "trade_show": 2.3}[c["acquisition_channel"]]
        pr = promo(t0, market)
        if pr:
            p *= 1.35
        if second:
            p *= 1.25
        p = min(p, 0.9)
        p_pay, p_chk = (0.95, 0.85) if c["acquisition_channel"] == "trade_show" else (0.86, 0.62)
        p_cart = min(0.97, p / (p_pay * p_chk))
        self.n_sess += 1
        sid = f"BS{self.n_sess:06d}"
        model = pick(MODELS, [0.3, 0.34, 0.36] if c["has_pet"] else [0.38, 0.35, 0.27])
        price = PRICE[market][model]
        common = dict(channel=ch, device=dev, model=model, app_version=app_version(t0, dev) if ch == "app" else "",
                      utm_source=c["acquisition_source"] if not second else "direct", promo=pr)
        t = t0
        self.ev(c, t, "tp_product_page", sid, "view", pages_viewed=int(rng.integers(1, 9)), **common)
        if rng.random() < 0.25:  # extra page views in the same session
            self.ev(c, t + D(minutes=int(rng.integers(2, 40))), "tp_product_page", sid, "view",
                    pages_viewed=int(rng.integers(1, 5)), **common)
        if rng.random() >= p_cart:
            return False
        t = t + D(minutes=float(rng.exponential(180 if rng.random() < 0.7 else 2400)))
        if t > t0 + D(days=6, hours=20):
            t = t0 + D(hours=float(rng.uniform(1, 100)))
        local = round(price * (1 - DISCOUNT[pr]), 2)
        self.ev(c, t, "tp_add_to_cart", sid, "add", cart_value_local=local, **common)
        if rng.random() >= p_chk:
            return False
        t = t + D(minutes=float(rng.exponential(90 if rng.random() < 0.75 else 1500)))
        pay_m = pick(["alipay", "wechat_pay", "jd_pay", "unionpay"], [0.45, 0.35, 0.15, 0.05]) if market == "CN" else \
            pick(["paypal", "klarna", "card", "amazon_pay"], [0.38, 0.27, 0.2, 0.15])
        if ch == "jd":
            pay_m = pick(["jd_pay", "wechat_pay"], [0.7, 0.3])
        if ch == "amazon":
            pay_m = "amazon_pay"
        coupon = "NEW100" if (market == "CN" and rng.random() < 0.12) else ""
        if coupon:
            local = round(local - 100, 2)
        paid = rng.random() < p_pay
        if not self.ev(c, t, "tp_checkout", sid, "submit", payment_method=pay_m, **common):
            return False
        o = self.order(c, t, local, "paid" if paid else "cancelled", channel=ch, device=dev, order_type="robot",
                       model=model, sku=f"RN-{model.replace(' ', '').upper()}-{market}", quantity=1,
                       list_price_local=price, discount_local=round(price - local, 2), coupon=coupon, promo=pr,
                       payment_method=pay_m, paid_at="", returned_at="", return_reason="", cancel_reason="",
                       warehouse=("Dongguan DC" if market == "CN" else "Venlo DC") if ch not in ("jd", "amazon")
                       else ("JD Kunshan FC" if ch == "jd" else "Amazon FBA LEJ1"))
        common["order_id"] = o["order_id"]
        if not paid:
            o["cancel_reason"] = pick(["payment_timeout", "changed_mind", "found_cheaper", "payment_declined"],
                                      [0.45, 0.3, 0.15, 0.1])
            return False
        t = t + D(seconds=float(rng.uniform(30, 900)))
        o["paid_at"] = ts(t)
        if not self.ev(c, t, "tp_payment", sid, "success", amount_local=local,
                       currency="EUR" if market == "DE" else "CNY", payment_method=pay_m, **common):
            o["status"] = "cancelled"
            o["paid_at"] = ""
            o["cancel_reason"] = "payment_timeout"
            return False
        c["_spend"] += o["amount"]
        c["_owner"] = True
        if c["_first_robot"] is None:
            c["_first_robot"] = t
        self.after_purchase(c, t, o, model, ch)
        return True

    # ------------------------------------------------------------ delivery, onboarding, returns
    def after_purchase(self, c, t_pay, o, model, ch):
        market = c["country"]
        oid = o["order_id"]
        serial = f"SN{market}{oid[2:]}{int(rng.integers(10, 99))}"
        fast = ch in ("jd", "amazon")
        t_del = day_time(t_pay + D(days=int(rng.integers(1, 3) if fast else rng.integers(2, 5))), 9, 20)
        courier = {"jd": "JD Logistics", "amazon": "Amazon Logistics"}.get(ch) or (
            pick(["SF Express", "ZTO"], [0.7, 0.3]) if market == "CN" else pick(["DHL", "Hermes", "DPD"], [0.6, 0.2, 0.2]))
        damaged = bool(rng.random() < 0.025)
        slow_del = bool(rng.random() < 0.03)
        if slow_del:
            t_del += D(days=int(rng.integers(4, 8)))
        if not self.ev(c, t_del, "tp_delivery", oid, "delivered", channel=ch, courier=courier, model=model,
                       order_id=oid, serial_no=serial, package_damaged=damaged,
                       delivery_days=round((t_del - t_pay).total_seconds() / 86400, 1)):
            return
        if damaged or slow_del:
            if rng.random() < 0.45:
                self.review(c, t_del + D(days=float(rng.uniform(0.2, 3))), "delivery", ch, model, oid)
        # ---- onboarding
        reg_p = 0.95 if ch in ("app", "website") else 0.87
        ok_pair = False
        if rng.random() < reg_p:
            t = t_del + D(hours=float(rng.exponential(16)) + 0.3)
            dev = c["phone_os"]
            av = app_version(t, dev)
            self.ev(c, t, "tp_app_register", oid, "register" if ch != "app" else "login", device=dev, channel="app",
                    app_version=av, model=model, order_id=oid, serial_no=serial)
            t = t + D(minutes=float(rng.uniform(3, 25)))
            ok_pair = self.pairing(c, t, oid, model, serial)
        first_clean = None
        if ok_pair:
            t_pair_ok = ok_pair
            if rng.random() < 0.955:
                t = t_pair_ok + D(minutes=float(rng.uniform(5, 240)))
                area = int(c["home_size_sqm"] * rng.uniform(0.6, 0.95))
                self.ev(c, t, "tp_first_map", oid, "map_saved", device=c["phone_os"], channel="app",
                        app_version=app_version(t, c["phone_os"]), model=model, order_id=oid, serial_no=serial,
                        firmware_version=firmware(t), map_area_sqm=area, rooms=int(np.clip(area // 18, 2, 9)))
                if rng.random() < 0.975:
                    t = t + D(minutes=float(rng.uniform(10, 1440)))
                    mins = int(area * rng.uniform(0.9, 1.4))
                    if self.ev(c, t, "tp_first_clean", oid, "completed", device=c["phone_os"], channel="app",
                               app_version=app_version(t, c["phone_os"]), model=model, order_id=oid,
                               serial_no=serial, firmware_version=firmware(t), clean_minutes=mins, area_sqm=area,
                               mode=pick(["vacuum", "vacuum_mop"], [1, 0] if model == "S8" else [0.4, 0.6])):
                        first_clean = t
        # ---- returns (7 days CN, 14 days DE) — much likelier when the robot never got online
        p_ret = 0.025 if first_clean else (0.30 if not ok_pair else 0.08)
        if market == "DE":
            p_ret *= 1.5
        if rng.random() < p_ret:
            lim = 7 if market == "CN" else 14
            t_ret = t_del + D(days=float(rng.uniform(1, lim - 0.2)))
            reason = "cannot_connect" if not ok_pair else pick(["not_as_expected", "too_loud", "changed_mind"],
                                                                [0.4, 0.25, 0.35])
            if self.ev(c, t_ret, "tp_return", oid, "returned", channel=ch, model=model, order_id=oid,
                       return_reason=reason, refund_amount_local=o["amount_local"]):
                o["status"] = "returned"
                o["returned_at"] = ts(t_ret)
                o["return_reason"] = reason
                c["_spend"] -= o["amount"]
                c["_returned"] = True
                return
        # ---- NPS survey 14 days after delivery
        t_s = t_del + D(days=14, hours=float(rng.uniform(0, 30)))
        if rng.random() < 0.36:
            if not ok_pair:
                topic = "pairing"
            else:
                topic = pick(["suction", "mapping", "easy_setup", "noise", "stuck", "mop_smell"],
                             [0.26, 0.2, 0.16, 0.14, 0.14, 0.10 if model != "S8" else 0.0])
            self.fb(c, t_s, topic, "survey", nps=nps_for(topic), model=model, order_id=oid, platform="nps_survey",
                    app_version="")
        # marketplace / shop review
        if first_clean and rng.random() < (0.45 if ch in ("jd", "amazon") else 0.18):
            topic = pick(["suction", "mapping", "easy_setup", "noise", "stuck", "mop_smell", "delivery"],
                         [0.3, 0.2, 0.14, 0.12, 0.12, 0.08 if model != "S8" else 0.0, 0.04])
            self.review(c, first_clean + D(days=float(rng.uniform(1, 20))), topic, ch, model, oid)
        if first_clean and rng.random() < 0.05:  # app-store review of the RoboNeat Home app
            topic = pick(["easy_setup", "mapping", "stuck", "noise", "suction"], [0.35, 0.3, 0.15, 0.1, 0.1])
            tr = first_clean + D(days=float(rng.uniform(0.5, 30)))
            self.fb(c, tr, topic, "app_review", rating=rating_for(topic), anon=rng.random() < 0.5, model=model,
                    platform="google_play" if c["phone_os"] == "android" else "app_store",
                    app_version=app_version(tr, c["phone_os"]), order_id="")
        if not first_clean:
            return
        # ---- owner life: reminders / subscription, tickets
        self.owner_life(c, first_clean, model, oid, serial, ch)

    def review(self, c, t, topic, ch, model, oid):
        self.fb(c, t, topic, "marketplace_review" if ch in ("jd", "amazon") else "shop_review", rating=rating_for(topic),
                model=model, order_id=oid, platform={"jd": "jd", "amazon": "amazon_de"}.get(ch, "roboneat_" + ch),
                app_version="")

    def pairing(self, c, t, oid, model, serial):
        dev = c["phone_os"]
        av = app_version(t, dev)
        bug = dev == "android" and av == "3.8.0"
        hard = rng.random() < (0.62 if bug else (0.055 if dev == "android" else 0.04))
        n_fail = int(rng.integers(2, 6)) if hard else int(rng.geometric(0.88) - 1)
        band = pick(["2.4GHz", "dual_band", "5GHz_only"], [0.55, 0.4, 0.05])
        for k in range(n_fail):
            err = "BLE_PROVISION_TIMEOUT" if bug and rng.random() < 0.85 else pick(
                ["WIFI_PASSWORD_WRONG", "ROUTER_5G_ONLY", "CLOUD_BIND_TIMEOUT", "BLE_PROVISION_TIMEOUT"],
                [0.4, 0.25, 0.2, 0.15])
            self.ev(c, t, "tp_device_pairing", oid, "fail", device=dev, channel="app", app_version=av, model=model,
                    order_id=oid, serial_no=serial, firmware_version=firmware(t), attempt_no=k + 1, error_code=err,
                    router_band=band)
            t = t + D(minutes=float(rng.uniform(2, 30)) if k < 2 else float(rng.uniform(60, 1500)))
            av = app_version(t, dev)
        if hard:
            # gives up: app review / hotline note / later ticket
            r = rng.random()
            if r < (0.45 if bug else 0.25):
                self.fb(c, t + D(hours=float(rng.uniform(0.1, 12))), "pairing", "app_review",
                        rating=int(pick([1, 2], [0.7, 0.3])), anon=rng.random() < 0.5, model=model,
                        platform="google_play" if dev == "android" else "app_store", app_version=av, order_id="")
            elif r < (0.70 if bug else 0.45):
                self.fb(c, t + D(hours=float(rng.uniform(1, 48))), "pairing", "call_note", model=model, order_id=oid,
                        platform="hotline", app_version=av)
            return False
        if not self.ev(c, t, "tp_device_pairing", oid, "success", device=dev, channel="app", app_version=av,
                       model=model, order_id=oid, serial_no=serial, firmware_version=firmware(t),
                       attempt_no=n_fail + 1, error_code="", router_band=band):
            return False
        return t

    # ------------------------------------------------------------ owners: consumables and repairs
    def owner_life(self, c, t0, model, oid, serial, ch):
        market = c["country"]
        subscribed = None
        items = ["filter", "side_brush"] + (["mop_pad"] if model != "S8" else []) + (["dust_bag"] if model == "X10 Omni" else [])
        # reminders every ~90 days
        t = t0 + D(days=float(rng.uniform(80, 100)))
        k = 0
        while t <= END and subscribed is None:
            item = items[k % len(items)]
            k += 1
            self.n_rm += 1
            rid = f"RM{self.n_rm:06d}"
            tr = day_time(t, 9, 21)
            chan = "app_push" if (rng.random() < 0.8 or not c["marketing_opt_in"]) else "email"
            self.ev(c, tr, "tp_consumable_reminder", rid, "sent", channel=chan, device=c["phone_os"], model=model,
                    order_id=oid, serial_no=serial, item=item, item_zh=ITEM_ZH[item],
                    remaining_life_pct=int(rng.integers(3, 15)))
            variant = None
            if AB[0] <= tr <= AB[1] and c.get("_variant"):
                variant = c["_variant"]  # assigned once per customer, at the first reminder in the test window
            elif AB[0] <= tr <= AB[1]:
                variant = "free_first_box" if rng.random() < 0.5 else "control"
                c["_variant"] = variant
                self.exps.append(dict(experiment_id="sub_offer_2026q1", variant=variant, customer_id=c["customer_id"],
                                      assigned_at=ts(tr), reminder_id=rid, market=market))
            p_page = 0.40
            p_sub = 0.42
            if variant == "free_first_box":  # the reminder push announces the free first box
                p_page, p_sub = 0.48, 0.80
            if tr >= PRICE_NOTICE:
                p_sub *= 0.6
            price = CARE[market][1 if tr >= PRICE_UP else 0]
            started = False
            if rng.random() < p_page:
                tp_ = tr + D(hours=float(rng.exponential(20)) + 0.05)
                self.ev(c, tp_, "tp_subscription_page", rid, "view", channel="app", device=c["phone_os"],
                        app_version=app_version(tp_, c["phone_os"]), model=model, item=item,
                        offer="free_first_box" if variant == "free_first_box" else "standard", price_local=price)
                if rng.random() < p_sub:
                    ts_ = tp_ + D(minutes=float(rng.exponential(240)) + 1)
                    first_price = 0.0 if variant == "free_first_box" else price
                    o = self.order(c, ts_, first_price, "paid", channel="app", device=c["phone_os"],
                                   order_type="subscription", model=model, sku=f"CAREPACK-{market}", quantity=1,
                                   list_price_local=price, discount_local=price - first_price, coupon="",
                                   promo="free_first_box" if variant == "free_first_box" else "",
                                   payment_method=pick(["alipay", "wechat_pay"], [1, 1]) if market == "CN" else
                                   pick(["paypal", "card"], [1, 1]), paid_at="", returned_at="",
                                   return_reason="", cancel_reason="",
                                   warehouse="Dongguan DC" if market == "CN" else "Venlo DC", renewal=False)
                    if o:
                        o["paid_at"] = o["ts"]
                        c["_spend"] += o["amount"]
                        self.ev(c, ts_, "tp_subscription_start", rid, "subscribed", channel="app",
                                device=c["phone_os"], app_version=app_version(ts_, c["phone_os"]), model=model,
                                order_id=o["order_id"], plan="care_pack_quarterly", price_local=price,
                                offer="free_first_box" if variant == "free_first_box" else "standard")
                        started = True
                        if rng.random() < 0.97:
                            tb = day_time(ts_ + D(days=int(rng.integers(2, 7))), 9, 20)
                            self.ev(c, tb, "tp_first_box", rid, "delivered", channel="courier", model=model,
                                    order_id=o["order_id"], courier="SF Express" if market == "CN" else "DHL")
                        subscribed = ts_
            if not started and rng.random() < 0.28:
                to = tr + D(days=float(rng.uniform(0.2, 25)))
                och = pick(["app", "website", "jd" if market == "CN" else "amazon"], [0.45, 0.25, 0.30])
                local = CONSUMABLE_PRICE[market][item] * int(pick([1, 2], [0.8, 0.2]))
                o = self.order(c, to, local, "paid", channel=och, device=c["phone_os"] if och == "app" else "pc",
                               order_type="consumables", model=model, sku=f"{item.upper()}-{model.replace(' ', '')}",
                               quantity=1, list_price_local=local, discount_local=0, coupon="", promo="",
                               payment_method="", paid_at="", returned_at="", return_reason="", cancel_reason="",
                               warehouse="Dongguan DC" if market == "CN" else "Venlo DC", renewal=False)
                if o:
                    o["paid_at"] = o["ts"]
                    c["_spend"] += o["amount"]
                    self.ev(c, to, "tp_consumable_order", rid, "ordered", channel=och, model=model,
                            order_id=o["order_id"], item=item, item_zh=ITEM_ZH[item], amount_local=local)
            t = t + D(days=float(rng.uniform(82, 100)))
        if subscribed is not None:
            self.subscription_life(c, subscribed, model, oid)
        self.repairs(c, t0, model, oid, serial, ch)

    def subscription_life(self, c, t0, model, oid):
        market = c["country"]
        tc, reason = None, ""
        t = t0
        while t <= END:  # ordinary churn, about 5 % a quarter
            if rng.random() < 0.05:
                tc = t + D(days=float(rng.uniform(5, 88)))
                reason = pick(["not_needed", "buy_myself", "moving", "other"], [0.35, 0.35, 0.1, 0.2])
                break
            t = t + D(days=91)
        # the price increase (notice 2026-03-16, effective 2026-04-01) makes a third of existing subscribers leave
        if t0 < PRICE_NOTICE and (tc is None or tc > PRICE_NOTICE) and rng.random() < 0.36:
            tp_ = PRICE_NOTICE + D(days=float(rng.uniform(0, 62)))
            if tc is None or tp_ < tc:
                tc, reason = tp_, "price_increase"
        r = t0 + D(days=91)
        while r <= END and (tc is None or r < tc):
            price = CARE[market][1 if r >= PRICE_UP else 0]
            o = self.order(c, day_time(r, 2, 5), price, "paid", channel="app", device="", order_type="subscription",
                           model=model, sku=f"CAREPACK-{market}", quantity=1, list_price_local=price,
                           discount_local=0, coupon="", promo="", payment_method="auto_debit", paid_at="",
                           returned_at="", return_reason="", cancel_reason="",
                           warehouse="Dongguan DC" if market == "CN" else "Venlo DC", renewal=True)
            if o:
                o["paid_at"] = o["ts"]
                c["_spend"] += o["amount"]
            r = r + D(days=91)
        if tc is None or tc > END:
            return
        if not self.ev(c, tc, "tp_subscription_cancel", f"SUB{c['customer_id'][1:]}", "cancelled", channel="app",
                       device=c["phone_os"], model=model, cancel_reason=reason):
            return
        c["_sub_cancel"] = True
        if reason == "price_increase" and rng.random() < 0.6:
            how = pick(["call_note", "social", "app_review"], [0.4, 0.4, 0.2])
            if how == "social":
                self.social(c, tc + D(days=float(rng.uniform(0, 6))), "sub_price", model)
            elif how == "app_review":
                self.fb(c, tc + D(hours=float(rng.uniform(1, 30))), "sub_price", "app_review",
                        rating=int(pick([1, 2, 3], [0.5, 0.35, 0.15])), anon=rng.random() < 0.5,
                        model=model, platform="google_play" if c["phone_os"] == "android" else "app_store",
                        app_version=app_version(tc, c["phone_os"]), order_id="")
            else:
                self.fb(c, tc, "sub_price", "call_note", model=model, order_id="", platform="hotline",
                        app_version="")

    def social(self, c, t, topic, model):
        plat = "xiaohongshu" if c["country"] == "CN" else "reddit"
        self.fb(c, t, topic, "social", anon=rng.random() < 0.8, undated=rng.random() < 0.4, model=model,
                platform=plat, order_id="", app_version="")

    def repairs(self, c, t0, model, oid, serial, ch):
        market = c["country"]
        t = t0
        rate = TICKET_RATE[model]
        while True:
            t = t + D(days=float(rng.exponential(30.4 / rate)))
            if t > END:
                return
            faults, w = FAULTS[model]
            fault = pick(faults, w)
            self.n_tk += 1
            tk = f"TK{self.n_tk:06d}"
            tt = day_time(t, 8, 22)
            age_days = (tt - t0).days
            in_warr = age_days < (365 if market == "CN" else 730)
            tch = pick(["app", "phone", "web", "jd" if market == "CN" else "amazon"], [0.5, 0.25, 0.12, 0.13])
            if not self.ev(c, tt, "tp_support_ticket", tk, "opened", channel=tch,
                           device=c["phone_os"] if tch == "app" else "", model=model, order_id=oid, serial_no=serial,
                           ticket_id=tk, fault_type=fault, fault_type_zh=FAULT_ZH[fault], warranty=in_warr,
                           robot_age_days=age_days):
                return
            if fault in ("base_station", "battery", "wheel", "lidar") and rng.random() < 0.8:
                self.fb(c, tt + D(minutes=2), fault if fault != "base_station" else "base_station", "ticket",
                        model=model, order_id=oid, ticket_id=tk, platform=tch, app_version="")
            if rng.random() >= 0.94:
                continue
            td = tt + D(hours=float(rng.gamma(2.0, 3.0 if market == "CN" else 6.0)) + 0.3)
            remote = rng.random() < (0.55 if fault == "app_connect" else 0.28)
            self.ev(c, td, "tp_remote_diagnosis", tk, "resolved_remote" if remote else "needs_repair",
                    channel=pick(["phone", "app"], [0.6, 0.4]), model=model, ticket_id=tk, fault_type=fault,
                    fault_type_zh=FAULT_ZH[fault], agent_team="CN-SZ" if market == "CN" else "DE-BER")
            if remote:
                if rng.random() < 0.25:
                    self.fb(c, td + D(hours=float(rng.uniform(1, 48))), "cs_praise", "survey",
                            rating=rating_for("cs_praise"), model=model, order_id=oid, ticket_id=tk,
                            platform="csat_survey", app_version="")
                continue
            if rng.random() >= 0.95:
                continue
            tp_ = day_time(td + D(days=int(rng.integers(1, 4))), 9, 18)
            if market == "CN":
                center = "Shenzhen Repair Center" if c["city_en"] in ("Shenzhen", "Chengdu") else (
                    "Suzhou Repair Center" if c["city_en"] in ("Shanghai", "Hangzhou") else "Tianjin Repair Center")
                rep_days = float(rng.gamma(4.0, 1.1))
            elif tp_ < DE_NEW_PARTNER:
                center = "ServiceWerk Köln"
                rep_days = float(rng.gamma(4.0, 1.4))
            else:
                center = "RepairHub Leipzig"
                rep_days = float(rng.gamma(6.0, 2.9))
            if center == "Tianjin Repair Center":
                rep_days *= 1.3
            courier = "SF Express" if market == "CN" else "DHL"
            if not self.ev(c, tp_, "tp_pickup", tk, "collected", channel="courier", model=model, ticket_id=tk,
                           courier=courier, repair_center=center):
                continue
            tr = tp_ + D(days=rep_days + 1.0)
            fee = 0
            if not in_warr:
                fee = {"CN": 399, "DE": 69}[market]
            outcome = "replaced" if rng.random() < 0.12 else "repaired"
            if not self.ev(c, tr, "tp_repair_center", tk, outcome, channel="repair_center", model=model, ticket_id=tk,
                           fault_type=fault, fault_type_zh=FAULT_ZH[fault], repair_center=center, warranty=in_warr,
                           repair_fee_local=fee, days_at_center=round(rep_days + 1.0, 1)):
                continue
            if fee:
                o = self.order(c, tr, fee, "paid", channel="app", device="", order_type="repair", model=model,
                               sku="REPAIR-OOW", quantity=1, list_price_local=fee, discount_local=0, coupon="",
                               promo="", payment_method="", paid_at="", returned_at="", return_reason="",
                               cancel_reason="", warehouse="", renewal=False, ticket_id=tk)
                if o:
                    o["paid_at"] = o["ts"]
                    c["_spend"] += o["amount"]
            trs = tr + D(hours=float(rng.uniform(4, 30)))
            if not self.ev(c, trs, "tp_return_ship", tk, "shipped", channel="courier", model=model, ticket_id=tk,
                           courier=courier, repair_center=center):
                continue
            total = (trs - tt).total_seconds() / 86400 + 2
            slow = total > 16
            if slow:
                c["_slow_repair"] = True
            if rng.random() < 0.86:
                tcf = trs + D(days=float(rng.uniform(1.5, 4.5)))
                self.ev(c, tcf, "tp_repair_confirm", tk, "confirmed", channel="app", device=c["phone_os"],
                        model=model, ticket_id=tk, days_total=round((tcf - tt).total_seconds() / 86400, 1))
            # after-repair comments
            n_slow = (1 + int(rng.random() < 0.4)) if slow and rng.random() < 0.85 else 0
            for how in [pick(["survey", "call_note", "social", "marketplace_review"], [0.35, 0.35, 0.2, 0.1])
                        for _ in range(n_slow)]:
                tf = tp_ + D(days=float(rng.uniform(8, max(9.0, total - 1))))
                if how == "survey":
                    tf = trs + D(days=float(rng.uniform(2, 6)))
                    self.fb(c, tf, "repair_slow", "survey", rating=int(pick([1, 2, 3], [0.5, 0.35, 0.15])),
                            model=model, order_id=oid, ticket_id=tk, platform="csat_survey", app_version="",
                            repair_center=center)
                elif how == "call_note":
                    self.fb(c, tf, "repair_slow", "call_note", model=model, order_id=oid, ticket_id=tk,
                            platform="hotline", app_version="", repair_center=center)
                elif how == "social":
                    self.social(c, tf, "repair_slow", model)
                else:
                    self.fb(c, tf, "repair_slow", "marketplace_review" if ch in ("jd", "amazon") else "shop_review",
                            rating=int(pick([1, 2], [0.6, 0.4])), model=model, order_id=oid,
                            platform={"jd": "jd", "amazon": "amazon_de"}.get(ch, "roboneat_" + ch), app_version="")
            if not slow and rng.random() < 0.2:
                self.fb(c, trs + D(days=float(rng.uniform(2, 6))), "cs_praise", "survey",
                        rating=rating_for("cs_praise"), model=model, order_id=oid, ticket_id=tk,
                        platform="csat_survey", app_version="", repair_center=center)

    # ------------------------------------------------------------ run
    def run(self):
        custs = [self.new_customer(i + 1) for i in range(N_CUST)]
        # IFA Berlin 2025 trade-show leads (small group, converts very well)
        for j in range(36):
            d = IFA[0] + D(days=int(rng.integers(0, 5)))
            city = pick(CITIES["DE"], [x[3] for x in CITIES["DE"]])
            custs.append(self._cust(N_CUST + j + 1, "DE", city, day_time(d, 10, 19), "trade_show", "ifa_berlin"))
        custs.sort(key=lambda c: c["signup_at"])
        for i, c in enumerate(custs, 1):
            c["customer_id"] = f"C{i:05d}"
        for c in custs:
            ok = self.purchase_session(c, c["signup_at"])
            if not ok and rng.random() < 0.33:
                t2 = c["signup_at"] + D(days=float(rng.uniform(9, 120)))
                if t2 < END:
                    self.purchase_session(c, day_time(t2), second=True)
            # generic social chatter (some undated)
            if c["_owner"] and rng.random() < 0.12:
                topic = pick(["suction", "mapping", "noise", "stuck", "mop_smell", "battery"],
                             [0.25, 0.2, 0.15, 0.15, 0.12, 0.13])
                t = c["_first_robot"] + D(days=float(rng.uniform(10, 200)))
                if t <= END:
                    self.social(c, t, topic, "")
            self.customers.append(c)
        self.finish_customers()

    def finish_customers(self):
        for c in self.customers:
            spend = c["_spend"]
            c["lifetime_spend_cny"] = round(max(spend, 0.0), 2)
            c["tier"] = "gold" if spend >= 4500 else ("silver" if spend >= 2500 else "basic")
            if not c["_owner"]:
                seg = "prospect"
            elif c["_returned"] or c["_sub_cancel"] or c["_slow_repair"]:
                seg = "at_risk"
            elif spend >= 5500:
                seg = "vip"
            elif c["_first_robot"] >= datetime(2026, 4, 1):
                seg = "new"
            else:
                seg = "returning"
            c["segment"] = seg
            c["signup_at"] = ts(c["signup_at"])

    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)

        def w(name, rows, cols=None, path=None):
            cols = cols or list(dict.fromkeys(k for r in rows for k in r if not k.startswith("_")))
            with open(path or out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
                wr.writeheader()
                for r in rows:
                    wr.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})

        w("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
        w("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
                            touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
        w("customers", self.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "country", "city",
           "city_en", "acquisition_source", "preferred_language", "phone_os", "has_pet", "home_size_sqm", "floor_type",
           "age_band", "gender", "marketing_opt_in", "lifetime_spend_cny"])
        ev = sorted(self.events, key=lambda r: (r["ts"], r["event_id"]))
        # the app tracker re-sent a few payment and pairing events (exact duplicates)
        dup_idx = rng.choice([i for i, r in enumerate(ev) if r["touchpoint_id"] in ("tp_payment", "tp_device_pairing")],
                             size=27, replace=False)
        for i in sorted(dup_idx, reverse=True):
            ev.insert(int(i) + 1, dict(ev[int(i)]))
        w("events", ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                         "country", "city", "model", "order_id", "serial_no", "app_version", "firmware_version",
                         "utm_source", "promo", "pages_viewed", "cart_value_local", "payment_method", "amount_local",
                         "currency", "courier", "package_damaged", "delivery_days", "attempt_no", "error_code",
                         "router_band", "map_area_sqm", "rooms", "clean_minutes", "area_sqm", "mode",
                         "return_reason", "refund_amount_local", "item", "item_zh", "remaining_life_pct", "offer",
                         "price_local", "plan", "cancel_reason", "ticket_id", "fault_type", "fault_type_zh",
                         "warranty", "robot_age_days", "agent_team", "repair_center", "repair_fee_local",
                         "days_at_center", "days_total"])
        w("orders", sorted(self.orders, key=lambda r: r["ts"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "currency",
           "amount_local", "list_price_local", "discount_local", "coupon", "promo", "model", "sku", "quantity",
           "payment_method", "paid_at", "cancel_reason", "returned_at", "return_reason", "renewal", "ticket_id",
           "warehouse", "country", "city"])
        fbs = sorted(self.feedback, key=lambda r: (r["ts"] == "", r["ts"], r["feedback_id"]))
        w("feedback", fbs, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                            "language", "country", "platform", "model", "order_id", "ticket_id", "repair_center",
                            "app_version"])
        w("experiments", self.exps, ["experiment_id", "variant", "customer_id", "assigned_at", "reminder_id", "market"])
        w(None, self.truth, ["feedback_id", "topic", "sentiment"], path=out / "_truth" / "feedback_truth.csv")
        print(f"customers {len(self.customers)}, events {len(ev)}, orders {len(self.orders)}, "
              f"feedback {len(self.feedback)}, experiments {len(self.exps)}")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    g = Gen()
    g.run()
    g.write(Path(sys.argv[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
