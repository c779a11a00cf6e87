"""HomeSense 家感 — synthetic smart-home device brand (cameras, smart locks, robot vacuums), written blind.

    python generate.py OUTDIR

Fixed seed, numpy + stdlib (+ pandas for writing), deterministic, a few seconds. Writes touchpoints, customers,
events, journeys, orders (device purchases, accessories and cloud-storage plans) and feedback as CSV following
DATA.md. Data covers 2025-06-01 .. 2026-05-31 (historical: it ends six months before 2026-12-01).
See README.md for the planted patterns.
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260531
T0 = datetime(2025, 6, 1)
NDAYS = 365                      # 2025-06-01 .. 2026-05-31 inclusive
N_CUST = 7000


def day(y, m, d):
    return (datetime(y, m, d) - T0).days


TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|投放|信息流广告|直通车|ad click|ads|campaign"),
    ("tp_product_page", "商品详情页", "Product page view", "consideration", "web", "digital", "ecommerce",
     "详情页|商品页|浏览商品|看商品|PDP|product page|product detail page|listing"),
    ("tp_add_to_cart", "加入购物车", "Add to cart", "consideration", "web", "digital", "ecommerce",
     "加购|加车|购物车|add to cart|cart|basket"),
    ("tp_store_visit", "门店体验", "Store visit", "consideration", "store", "physical", "retail",
     "到店|进店|线下门店|体验店|store visit|in-store|walk-in"),
    ("tp_purchase", "购买设备", "Device purchase", "purchase", "web", "digital", "ecommerce",
     "下单|付款|成交|买设备|购买|purchase|checkout|order|buy"),
    ("tp_app_signup", "App注册", "App sign-up", "service", "app", "digital", "app",
     "注册账号|注册App|家感App注册|sign up|register|app account"),
    ("tp_pairing_start", "开始配网", "Wi-Fi pairing started", "service", "app", "digital", "iot_platform",
     "配网|绑定设备|添加设备|连WiFi|Wi-Fi setup|pairing|add device|onboarding"),
    ("tp_pairing_fail", "配网失败", "Pairing failed", "service", "app", "digital", "iot_platform",
     "配网不成功|连不上WiFi|绑定失败|pairing failure|setup failed|can't connect"),
    ("tp_activation", "设备激活", "Device activated", "service", "app", "digital", "iot_platform",
     "激活|绑定成功|配网成功|上线|activation|activated|setup complete"),
    ("tp_device_use", "设备使用", "Device in use", "loyalty", "app", "digital", "product",
     "使用|日常使用|远程查看|开锁|清扫|usage|daily use|active use"),
    ("tp_firmware_update", "固件升级", "Firmware update", "loyalty", "app", "digital", "iot_platform",
     "OTA|升级|固件更新|系统更新|firmware|firmware upgrade|OTA update"),
    ("tp_device_offline", "设备离线", "Device went offline", "service", "app", "digital", "iot_platform",
     "掉线|断连|断开|离线告警|offline|disconnect|connection lost"),
    ("tp_vacuum_stuck", "扫地机被困", "Vacuum stuck", "service", "app", "digital", "product",
     "被困|卡住|困住|脱困|stuck|trapped|stuck alert"),
    ("tp_lock_low_battery", "门锁低电量", "Lock low battery", "service", "app", "digital", "product",
     "低电量|没电|换电池|电量告警|low battery|battery alert|battery drain"),
    ("tp_cloud_page", "云存储购买页", "Cloud storage offer page", "loyalty", "app", "digital", "cloud_services",
     "云存储页面|云录像介绍页|云服务页|cloud offer|cloud page|cloud storage page"),
    ("tp_cloud_subscribe", "开通云存储", "Cloud storage subscribed", "loyalty", "app", "digital", "cloud_services",
     "云存储|云录像|开通云服务|订阅云存储|cloud subscription|cloud storage|subscribe cloud"),
    ("tp_support_contact", "联系客服", "Support contact", "service", "phone", "digital", "customer_service",
     "客服|售后咨询|打客服电话|在线客服|support|customer service|helpdesk|contact support"),
    ("tp_warranty_claim", "保修申请", "Warranty claim", "service", "web", "digital", "after_sales",
     "保修|报修|质保|申请保修|warranty|warranty claim|RMA"),
    ("tp_replacement", "换新发货", "Replacement shipped", "service", "other", "physical", "after_sales",
     "换新|换货|补发|以换代修|replacement|swap|replacement unit"),
    ("tp_return", "退货退款", "Return & refund", "service", "web", "digital", "after_sales",
     "退货|退款|七天无理由|退回|return|refund|send back"),
]

JOURNEYS = [
    ("shop_online", "线上购买", "Online purchase", ["tp_product_page", "tp_add_to_cart", "tp_purchase"], 7),
    ("activation", "开箱激活", "Device activation", ["tp_purchase", "tp_pairing_start", "tp_activation"], 14),
    ("cloud", "云存储转化", "Cloud storage conversion", ["tp_cloud_page", "tp_cloud_subscribe"], 7),
    ("warranty", "保修换新", "Warranty replacement", ["tp_support_contact", "tp_warranty_claim", "tp_replacement"], 30),
]

PROVINCES = [  # province, cities, weight
    ("广东", ["深圳", "广州", "东莞"], 0.19), ("浙江", ["杭州", "宁波"], 0.13), ("江苏", ["南京", "苏州"], 0.13),
    ("上海", ["上海"], 0.10), ("北京", ["北京"], 0.09), ("四川", ["成都"], 0.08), ("湖北", ["武汉"], 0.07),
    ("山东", ["济南", "青岛"], 0.08), ("福建", ["厦门", "福州"], 0.07), ("河南", ["郑州"], 0.06),
]
CHANNELS = {  # weight, cart -> purchase p, delivery days (lo, hi)
    "tmall": (0.34, 0.70, (1.0, 3.5)),
    "jd": (0.28, 0.80, (0.4, 1.6)),
    "offline_store": (0.22, None, (0.0, 0.0)),
    "official_site": (0.16, 0.50, (1.5, 4.5)),
}
CATEGORY_P = {"camera": 0.45, "lock": 0.25, "vacuum": 0.30}
MODELS = {  # model: category, weight within category, list price, return p
    "C3": ("camera", 0.6, 199.0, 0.035),
    "C5 Pro": ("camera", 0.4, 399.0, 0.04),
    "L7": ("lock", 0.6, 1299.0, 0.03),
    "L9 Max": ("lock", 0.4, 1999.0, 0.05),
    "V10": ("vacuum", 0.55, 1799.0, 0.15),
    "V20 Ultra": ("vacuum", 0.45, 3499.0, 0.04),
}
FIRMWARE = {  # category: [(version, release day)]
    "camera": [("2.3.1", -400), ("2.4.0", day(2025, 11, 10)), ("2.4.2", day(2026, 1, 16)), ("2.5.0", day(2026, 4, 20))],
    "lock": [("1.8.2", -400), ("1.9.0", day(2025, 10, 8)), ("1.9.3", day(2026, 3, 5))],
    "vacuum": [("3.0.6", -400), ("3.1.0", day(2025, 8, 20)), ("3.2.0", day(2026, 2, 10))],
}
BAD_FW = "2.4.0"                                     # camera firmware with the Wi-Fi keep-alive bug
ROUTERS = {  # brand: weight, pairing-attempt failure p
    "TP-Link": (0.30, 0.12), "Huawei": (0.22, 0.10), "Xiaomi": (0.20, 0.52), "ISP modem": (0.18, 0.20),
    "ASUS": (0.05, 0.10), "Other": (0.05, 0.15),
}
ERRORS_XIAOMI = (["dual_band_merged", "wrong_password", "timeout"], [0.82, 0.08, 0.10])
ERRORS_OTHER = (["wrong_password", "timeout", "weak_signal", "dual_band_merged", "bluetooth_off"],
                [0.34, 0.28, 0.20, 0.12, 0.06])
CLOUD_HIKE = day(2026, 3, 1)                         # cloud storage price rise
CLOUD_PRICE = {("monthly", False): 12.0, ("annual", False): 99.0, ("monthly", True): 15.0, ("annual", True): 139.0}
ACCESSORIES = {"camera": [("SD卡 64G", 49.0), ("摄像头支架", 29.0)],
               "lock": [("门锁锂电池", 39.0), ("机械钥匙套装", 59.0)],
               "vacuum": [("滤网边刷耗材包", 89.0), ("拖布套装", 59.0)]}

HOURS = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2, 3, 4, 5, 5, 5, 4, 4, 4, 4, 5, 6, 8, 10, 11, 9, 4], dtype=float)
HOURS /= HOURS.sum()
HOURS_CUM = np.cumsum(HOURS)


def day_weights():
    w = np.ones(NDAYS)
    for a, b, f in [((2025, 6, 1), (2025, 6, 18), 2.2), ((2025, 10, 20), (2025, 11, 11), 2.4),
                    ((2025, 12, 1), (2025, 12, 12), 1.3), ((2026, 2, 10), (2026, 2, 24), 0.5),
                    ((2026, 5, 20), (2026, 5, 31), 1.6)]:
        w[day(*a):day(*b) + 1] = f
    w[day(2025, 11, 11)] = 5.0
    return w / w.sum()


def promo(t):
    d = int(t)
    return (d <= day(2025, 6, 20) or day(2025, 10, 20) <= d <= day(2025, 11, 11)
            or day(2025, 12, 1) <= d <= day(2025, 12, 12) or d >= day(2026, 5, 20))


TEXT = {
    "pairing": {
        "zh": ["配网一直失败，试了五六次都连不上WiFi", "App提示配网超时，客服说要把路由器的双频合一关掉，太麻烦了",
               "用小米路由器死活配网不成功，最后只能开手机热点", "说明书写得不清楚，配网卡在最后一步",
               "扫码配网总是失败，提示只支持2.4G", "新买的设备配网折腾了一晚上", "配网失败好几次，差点就退货了",
               "配网一直fail，客服说是5G频段的问题"],
        "en": ["Wi-Fi pairing kept failing, tried like 6 times", "Pairing fails at the last step with a timeout, "
               "had to turn off band steering on my router", "Could not pair it with my Xiaomi router at all",
               "App only supports 2.4GHz and never told me, pairing failed over and over",
               "The pairing process is a nightmare", "Spent an hour trying to pair the device, so frustrating",
               "pairing wont work, keeps saying network error"],
    },
    "disconnect": {
        "zh": ["摄像头三天两头掉线，回看录像都是断的", "升级固件以后摄像头老是离线，要重启才能恢复",
               "App经常显示设备离线，根本没法远程看", "晚上总掉线，关键时刻看不了家里情况",
               "最近一个月摄像头频繁离线，家里WiFi明明没问题", "固件更新后一直掉线，希望赶紧修复",
               "更新到新版本后camera一直offline"],
        "en": ["Camera keeps going offline since the last firmware update", "The app disconnects from the camera every "
               "few hours", "Device shows offline constantly, I have to power cycle it",
               "Live view disconnects all the time, useless as a security camera",
               "Constant disconnects after updating, please fix", "camera goes offline every night smh"],
    },
    "stuck": {
        "zh": ["扫地机老是卡在沙发底下被困，每天都要去救它", "经常卡住在门槛上，要手动搬出来", "扫一半就被困在椅子腿中间",
               "被困提醒一天响好几次，烦死了", "地毯边缘总是卡住，越障能力太差", "老是卡住，准备退货了"],
        "en": ["The vacuum gets stuck under the sofa every single day", "Keeps getting stuck on the door threshold",
               "Robot is trapped between chair legs half way through cleaning", "Stuck alerts several times a day, "
               "returning it", "Gets stuck on rug edges constantly"],
    },
    "battery": {
        "zh": ["门锁太耗电了，一个月就要换电池", "装了不到两个月就提示低电量，电池撑不住", "电池续航和宣传的差太多",
               "门锁没电了差点进不了家门", "耗电快得离谱，锂电池一个多月就没电"],
        "en": ["The lock drains its battery in about a month", "Low battery warning after only 5 weeks, ridiculous",
               "Battery life is nowhere near what was advertised", "Lock ran out of battery and I almost got locked out",
               "battery drains way too fast"],
    },
    "cloud_price": {
        "zh": ["云存储涨价了，一年139太贵了", "云录像收费太贵，不买就只能存SD卡", "云存储价格涨了40块，不想续了",
               "摄像头便宜，云存储收费却这么贵", "云存储说涨价就涨价，老用户也没优惠"],
        "en": ["Cloud storage price hike is a joke, 139 a year", "Cloud plan is too expensive for what it offers",
               "Why did the cloud subscription price go up?", "Camera is cheap but the cloud storage is pricey",
               "Not renewing cloud storage after the price increase"],
    },
    "cloud_price_old": {
        "zh": ["云存储有点贵，希望能便宜些", "云录像收费有点贵，先用SD卡了"],
        "en": ["Cloud storage is a bit expensive", "Cloud plan feels pricey, using the SD card instead"],
    },
    "replacement_wait": {
        "zh": ["保修换新等了两个多星期，门锁一直没法用", "报修以后换新迟迟不发货，催了好几次", "换新要等师傅上门，拖了快三周"],
        "en": ["Warranty replacement took over two weeks", "Still waiting for my replacement unit, support keeps "
               "saying soon", "Replacement lock took forever to arrive and install"],
    },
    "praise": {
        "zh": ["安装简单，画面很清晰，很满意", "扫得很干净，解放双手了", "指纹开锁很快，家里老人也会用",
               "性价比很高，推荐购买", "App很好用，远程查看很方便", "做工不错，客服态度也好", "夜视效果很好，值得"],
        "en": ["Super easy to set up, picture is crisp", "Cleans really well, love it", "Fingerprint unlock is fast, "
               "great product", "Great value for money", "The app is smooth and easy to use",
               "Solid build quality, happy with it"],
    },
    "neutral": {
        "zh": ["物流挺快的，还没开始用", "包装完好，先用几天再评价", "东西收到了，和描述一致", "还行吧，用用再说"],
        "en": ["Arrived on time, haven't used it much yet", "Packaging fine, will update later",
               "Got it, works as described so far"],
    },
}
SENT = {"pairing": "neg", "disconnect": "neg", "stuck": "neg", "battery": "neg", "cloud_price": "neg",
        "cloud_price_old": "neg", "replacement_wait": "neg", "praise": "pos", "neutral": "neu"}
TOPIC_TP = {"pairing": "tp_pairing_fail", "disconnect": "tp_device_offline", "stuck": "tp_vacuum_stuck",
            "battery": "tp_lock_low_battery", "cloud_price": "tp_cloud_page", "cloud_price_old": "tp_cloud_page",
            "replacement_wait": "tp_replacement", "praise": "tp_device_use", "neutral": "tp_purchase"}


class Gen:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.dayw = day_weights()
        self.ev = []          # (customer_id, t, tp, action, device, channel, extra dict)
        self.orders = []
        self.fb = []
        self.customers = []
        self.n_order = 0

    # ---- helpers
    def pick(self, items, p):
        return items[int(self.rng.choice(len(items), p=np.asarray(p) / np.sum(p)))]

    def at_hour(self, d):
        h = int(np.searchsorted(HOURS_CUM, self.rng.random()))
        return int(d) + (min(h, 23) + self.rng.random()) / 24

    def add(self, c, t, tp, action, device=None, channel="app", **kw):
        if 0 <= t < NDAYS:
            self.ev.append((c["id"], t, tp, action, device if device is not None else c["os"], channel, kw))

    def new_order(self, c, t, amount, status, channel, product_line, model, **kw):
        if t >= NDAYS:
            return None
        self.n_order += 1
        oid = f"TMP{self.n_order:06d}"
        o = dict(order_id=oid, customer_id=c["id"], t=t, amount=round(amount, 2), status=status, channel=channel,
                 device=c["os"] if channel != "offline_store" else "store", product_line=product_line, model=model,
                 category=MODELS[model][0], item=kw.get("item"), plan=kw.get("plan"),
                 billing_type=kw.get("billing_type"), returned_t=kw.get("returned_t"))
        self.orders.append(o)
        c["orders"].append(o)
        return o

    def firmware_at(self, cat, t, lags):
        """Version a device runs at time t, given its update lags per release."""
        v = FIRMWARE[cat][0][0]
        for (ver, rel), lag in zip(FIRMWARE[cat], lags):
            if rel + lag <= t:
                v = ver
        return v

    # ---- one customer
    def customer(self, i):
        r = self.rng
        prov = self.pick(PROVINCES, [p[2] for p in PROVINCES])
        ch = self.pick(list(CHANNELS), [v[0] for v in CHANNELS.values()])
        c = dict(id=f"HS{i:05d}", province=prov[0], city=prov[1][int(r.integers(len(prov[1])))], channel=ch,
                 os="ios" if r.random() < 0.42 else "android", router=self.pick(list(ROUTERS), [v[0] for v in ROUTERS.values()]),
                 signup_t=None, orders=[], devices=[], gender="female" if r.random() < 0.47 else "male")
        self.customers.append(c)
        d0 = int(r.choice(NDAYS, p=self.dayw))
        cat = self.pick(list(CATEGORY_P), list(CATEGORY_P.values()))
        t = self.at_hour(d0)
        bought = self.shop(c, t, cat, first=True)
        if bought is not None and r.random() < 0.13:        # a second device of another kind later
            cat2 = self.pick([k for k in CATEGORY_P if k != cat], [1, 1])
            self.shop(c, bought + 20 + r.exponential(70), cat2, first=False)

    def shop(self, c, t, cat, first):
        """Browse (online) or visit a store; returns purchase time or None."""
        r = self.rng
        models = [m for m, v in MODELS.items() if v[0] == cat]
        model = self.pick(models, [MODELS[m][1] for m in models])
        ch = c["channel"]
        dev = "pc" if (ch == "official_site" and r.random() < 0.55) else c["os"]
        if t >= NDAYS:
            return None
        if ch != "offline_store":
            if first and r.random() < 0.38:
                self.add(c, t - r.random() * 0.02, "tp_ad_click", "click", dev, "ads",
                         campaign=self.pick(["618大促", "双11", "日常信息流", "搜索直通车"],
                                            [1, 1, 2, 2] if promo(t) else [0.05, 0.05, 2, 2]), model=model)
            nv = 1 + int(r.geometric(0.55)) - 1
            tv = t
            for k in range(nv):
                self.add(c, tv, "tp_product_page", "view", dev, ch, model=model)
                tv += r.exponential(0.4)
            p_cart = 0.62 * (1.15 if promo(t) else 1.0)
            if r.random() >= p_cart:
                return None
            tc = tv + r.random() * 0.05
            self.add(c, tc, "tp_add_to_cart", "click", dev, ch, model=model)
            if r.random() >= CHANNELS[ch][1]:
                return None
            tp = tc + (r.exponential(0.6) if r.random() < 0.93 else 7 + r.exponential(5))
        else:
            if r.random() < 0.3:
                pre = t - 1 - r.random() * 6
                self.add(c, pre, "tp_product_page", "view", c["os"], self.pick(["tmall", "jd"], [1, 1]), model=model)
            t = int(t) + 0.42 + r.random() * 0.4          # stores open 10:00 .. 21:00
            self.add(c, t, "tp_store_visit", "visit", "", "offline_store", model=model)
            if r.random() >= 0.66:
                return None
            tp = t + 0.01 + r.random() * 0.05
        if tp >= NDAYS:
            return None
        self.device(c, tp, model, ch, dev)
        return tp

    def device(self, c, tp, model, ch, dev):
        r = self.rng
        cat, _, price, ret_p = MODELS[model]
        disc = 1.0
        if ch in ("tmall", "jd"):
            disc = 0.85 if promo(tp) else (0.95 if r.random() < 0.4 else 1.0)
        cancelled = r.random() < 0.02
        o = self.new_order(c, tp, price * disc, "refunded" if cancelled else "paid", ch, "device", model)
        self.add(c, tp, "tp_purchase", "submit", dev if ch != "offline_store" else "", ch, model=model,
                 order_id=o["order_id"], amount=o["amount"])
        if cancelled:
            self.add(c, tp + 0.1 + r.random() * 0.8, "tp_return", "submit", None, ch, model=model,
                     order_id=o["order_id"], return_reason="cancelled_before_shipping")
            return
        lo, hi = CHANNELS[ch][2]
        t_deliv = tp + lo + r.random() * (hi - lo)
        # ---- app account and Wi-Fi pairing
        if c["signup_t"] is None:
            if r.random() < (0.01 if ch == "offline_store" else 0.07):     # never set the device up
                t_act = None
                self.maybe_return(c, o, model, t_deliv, None, 0.35)
                return
            c["signup_t"] = t_deliv + (0.05 + r.exponential(0.5) if ch == "offline_store" else 0.1 + r.exponential(0.7))
            self.add(c, c["signup_t"], "tp_app_signup", "submit", model=model)
            ts = c["signup_t"] + 0.003 + r.random() * 0.01
        else:
            ts = t_deliv + 0.1 + r.exponential(0.8)
        p_fail = ROUTERS[c["router"]][1] * (0.45 if ch == "offline_store" else 1.0)   # store staff pre-configure
        fails = 0
        t_act = None
        for attempt in range(4):
            self.add(c, ts, "tp_pairing_start", "start", model=model, router_brand=c["router"], order_id=o["order_id"])
            if r.random() < p_fail:
                err = (self.pick(*ERRORS_XIAOMI) if c["router"] == "Xiaomi" else self.pick(*ERRORS_OTHER))
                self.add(c, ts + 0.002 + r.random() * 0.004, "tp_pairing_fail", "fail", model=model,
                         router_brand=c["router"], pairing_error=err, order_id=o["order_id"])
                fails += 1
                if r.random() < (0.80 if attempt < 2 else 0.4):
                    ts += 0.01 + (r.exponential(0.05) if r.random() < 0.7 else r.exponential(1.5))
                    continue
                break
            t_act = ts + 0.004 + r.random() * 0.006
            break
        dv = dict(model=model, cat=cat, fails=fails, t_act=t_act, order=o, t_deliv=t_deliv,
                  lags=[0.0] + [float(r.exponential(4)) if r.random() < 0.93 else 60 + r.exponential(40)
                                for _ in FIRMWARE[cat][1:]])
        c["devices"].append(dv)
        if t_act is None:
            if r.random() < 0.55:
                self.support(c, dv, t_deliv + 0.3 + r.exponential(1.0), "pairing")
            self.maybe_return(c, o, model, t_deliv, None, 0.35)
            self.feedback_pairing(c, dv, t_deliv + 0.5 + r.exponential(2))
            return
        # activation firmware = latest at activation (the app updates the device while it is set up)
        lags = dv["lags"]
        for k, (ver, rel) in enumerate(FIRMWARE[cat]):
            if rel <= t_act < rel + lags[k]:
                lags[k] = t_act - rel
        fw = self.firmware_at(cat, t_act + 1e-6, lags)
        self.add(c, t_act, "tp_activation", "success", model=model, firmware=fw, router_brand=c["router"],
                 order_id=o["order_id"])
        t_end = self.maybe_return(c, o, model, t_deliv, t_act, ret_p) or NDAYS
        dv["t_end"] = t_end
        self.life(c, dv, t_act, t_end)
        if fails >= 1 and r.random() < 0.12:
            self.support(c, dv, t_act + r.random() * 0.5, "pairing")
        if fails >= 2 or (fails == 1 and r.random() < 0.3):
            self.feedback_pairing(c, dv, t_act + 0.3 + r.exponential(2))

    def maybe_return(self, c, o, model, t_deliv, t_act, p):
        r = self.rng
        if r.random() >= p:
            return None
        base = t_act if t_act is not None else t_deliv
        t_ret = base + 1 + r.random() * 10
        if t_ret >= NDAYS:
            return None
        o["status"] = "returned"
        o["returned_t"] = t_ret
        reason = {"V10": "gets_stuck"}.get(model, self.pick(["not_as_expected", "quality_issue", "changed_mind"], [2, 1, 1]))
        if t_act is None:
            reason = "cannot_connect"
        self.add(c, t_ret, "tp_return", "submit", None, o["channel"], model=model, order_id=o["order_id"],
                 return_reason=reason)
        return t_ret

    def life(self, c, dv, t_act, t_end):
        r = self.rng
        cat, model, lags = dv["cat"], dv["model"], dv["lags"]
        t_end = min(t_end, NDAYS)
        # first two weeks of use
        p_use = {"lock": 0.85, "camera": 0.62, "vacuum": 0.50}[cat]
        for d in range(14):
            if r.random() < p_use:
                t = self.at_hour(int(t_act) + d) if d > 0 else t_act + r.random() * (int(t_act) + 1 - t_act)
                if t_act < t < t_end:
                    self.add(c, t, "tp_device_use", "use", model=model,
                             firmware=self.firmware_at(cat, t, lags))
        # firmware updates after activation
        for k, (ver, rel) in enumerate(FIRMWARE[cat]):
            tu = rel + lags[k]
            if k > 0 and t_act < tu < t_end:
                self.add(c, tu, "tp_firmware_update", "success", model=model, firmware=ver,
                         firmware_from=FIRMWARE[cat][k - 1][0])
        # disconnects: a Poisson process whose rate depends on the firmware running
        base = {"camera": 0.012, "lock": 0.006, "vacuum": 0.010}[cat]
        cuts = sorted({t_act, t_end} | {rel + lag for (_, rel), lag in zip(FIRMWARE[cat], lags) if t_act < rel + lag < t_end})
        offs = []
        for a, b in zip(cuts[:-1], cuts[1:]):
            fw = self.firmware_at(cat, (a + b) / 2, lags)
            rate = 0.22 if fw == BAD_FW else base
            for t in np.sort(a + (b - a) * r.random(int(r.poisson(rate * (b - a))))):
                offs.append((float(t), fw))
                self.add(c, float(t), "tp_device_offline", "alert", model=model, firmware=fw)
        if offs:
            dv["offline"] = offs
        # vacuum stuck alerts in the first 8 weeks
        if cat == "vacuum":
            rate = 0.09 if model == "V10" else 0.015
            t = t_act
            while True:
                t += r.exponential(1 / rate)
                if t >= min(t_end, t_act + 56):
                    break
                self.add(c, t, "tp_vacuum_stuck", "alert", model=model, firmware=self.firmware_at(cat, t, lags))
                dv["stuck"] = dv.get("stuck", 0) + 1
        # lock low-battery alerts
        if cat == "lock":
            mean = 38 if model == "L9 Max" else 150
            t = t_act
            while True:
                t += mean * (0.75 + 0.5 * r.random())
                if t >= t_end:
                    break
                self.add(c, t, "tp_lock_low_battery", "alert", model=model, battery_pct=int(r.integers(5, 16)))
                dv.setdefault("battery", []).append(t)
            if dv.get("battery") and r.random() < (0.45 if model == "L9 Max" else 0.12):
                for _ in range(1 + int(r.random() < 0.4)):
                    tb = dv["battery"][0] + r.random() * 20
                    item, price = ACCESSORIES["lock"][0]
                    self.new_order(c, tb, price, "paid", self.acc_channel(c), "accessory", model, item=item)
        # cloud storage for cameras
        if cat == "camera":
            self.cloud(c, dv, t_act, t_end)
        # accessories
        if cat in ("camera", "vacuum") and r.random() < (0.35 if cat == "vacuum" else 0.18):
            item, price = ACCESSORIES[cat][int(r.random() < 0.3)]
            self.new_order(c, t_act + 5 + r.exponential(40), price, "refunded" if r.random() < 0.03 else "paid",
                           self.acc_channel(c), "accessory", model, item=item)
        # support contacts from problems
        n_off = len(dv.get("offline", []))
        if n_off and r.random() < min(0.55, 0.035 * n_off):
            t0 = dv["offline"][min(2, n_off - 1)][0] + r.random()
            self.support(c, dv, t0, "disconnect")
        if dv.get("stuck") and r.random() < (0.25 if model == "V10" else 0.08):
            self.support(c, dv, t_act + 3 + r.random() * 20, "stuck")
        if dv.get("battery") and r.random() < (0.30 if model == "L9 Max" else 0.06):
            self.support(c, dv, dv["battery"][0] + r.random() * 3, "battery")
        if r.random() < 0.03:
            self.support(c, dv, t_act + r.random() * 60, "other")
        self.feedback_device(c, dv)

    def acc_channel(self, c):
        return c["channel"] if c["channel"] != "offline_store" else self.pick(["official_site", "tmall"], [1, 1])

    def cloud(self, c, dv, t_act, t_end):
        r = self.rng
        if r.random() >= 0.62:
            return
        t = t_act + r.exponential(6)
        for _ in range(3):
            if t >= t_end:
                return
            self.add(c, t, "tp_cloud_page", "view", model=dv["model"],
                     price_annual=CLOUD_PRICE[("annual", t >= CLOUD_HIKE)])
            hike = t >= CLOUD_HIKE
            if r.random() < (0.13 if hike else 0.30):
                ts = t + r.random() * 0.05 if r.random() < 0.7 else t + r.random() * 6
                plan = "annual" if r.random() < 0.4 else "monthly"
                self.add(c, ts, "tp_cloud_subscribe", "submit", model=dv["model"], plan=plan)
                hike_s = ts >= CLOUD_HIKE
                o = self.new_order(c, ts, CLOUD_PRICE[(plan, hike_s)], "refunded" if r.random() < 0.03 else "paid",
                                   "app", "cloud_storage", dv["model"], plan=plan, billing_type="new")
                dv["cloud"] = (ts, plan)
                if plan == "monthly":
                    tr = ts + 30
                    while tr < NDAYS and r.random() < (0.88 if tr < CLOUD_HIKE else 0.78):
                        self.new_order(c, tr, CLOUD_PRICE[("monthly", tr >= CLOUD_HIKE)], "paid", "app",
                                       "cloud_storage", dv["model"], plan="monthly", billing_type="renewal")
                        tr += 30
                if r.random() < (0.30 if hike_s else 0.05):
                    self.fb_add(c, ts + 1 + r.exponential(10), "cloud_price" if hike_s else "cloud_price_old",
                                self.pick(["app_review", "social"], [2, 1]), dv)
                return
            if hike and r.random() < 0.12:
                self.fb_add(c, t + r.random() * 3, "cloud_price", self.pick(["app_review", "social"], [1, 1]), dv)
            t += 5 + r.exponential(20)

    def support(self, c, dv, t, reason):
        r = self.rng
        if t >= NDAYS:
            return
        ch = "phone" if r.random() < 0.45 else "online_chat"
        self.add(c, t, "tp_support_contact", "submit", None, ch, model=dv["model"], reason=reason)
        t_claim = None
        if reason in ("disconnect", "stuck", "battery") and r.random() < 0.42:
            t_claim = t + r.random() * 2.5
            self.add(c, t_claim, "tp_warranty_claim", "submit", None, "web", model=dv["model"], reason=reason)
            if r.random() < 0.88:
                lo, hi = {"camera": (1.5, 5), "vacuum": (3, 9), "lock": (8, 22)}[dv["cat"]]
                t_rep = t_claim + lo + r.random() * (hi - lo)
                if t_rep < NDAYS:
                    self.add(c, t_rep, "tp_replacement", "success", None, "other", model=dv["model"])
                    if r.random() < (0.35 if dv["cat"] == "lock" else 0.06):
                        self.fb_add(c, t_rep + r.random() * 5, "replacement_wait", "ticket", dv, rating=int(r.integers(1, 3)))
        if r.random() < 0.7:       # the ticket comment with its CSAT
            topic = {"pairing": "pairing", "disconnect": "disconnect", "stuck": "stuck", "battery": "battery",
                     "other": "neutral"}[reason]
            if dv["cat"] == "lock" and t_claim is not None:
                rating = int(self.pick([1, 2, 3, 4, 5], [3, 3, 2, 1, 1]))
            else:
                rating = int(self.pick([1, 2, 3, 4, 5], [1, 1, 2, 3, 3]))
            self.fb_add(c, t + r.random() * 0.5, topic, "ticket", dv, rating=rating)

    # ---- feedback
    def fb_add(self, c, t, topic, channel, dv, rating=None, nps=None):
        r = self.rng
        if t >= NDAYS:
            return
        lang = "zh" if r.random() < 0.64 else "en"
        texts = TEXT[topic][lang]
        text = texts[int(r.integers(len(texts)))]
        if rating is None and channel in ("app_review", "ecommerce_review"):
            rating = {"neg": int(self.pick([1, 2, 3], [5, 3, 1])), "pos": int(self.pick([4, 5], [1, 3])),
                      "neu": int(self.pick([3, 4], [1, 1]))}[SENT[topic]]
        fw = None
        if dv is not None and dv.get("t_act") is not None:
            fw = self.firmware_at(dv["cat"], t, dv["lags"])
        self.fb.append(dict(customer_id=c["id"], t=t, touchpoint_id=TOPIC_TP[topic], channel=channel, rating=rating,
                            nps=nps, text=text, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en",
                            model=dv["model"] if dv else None, firmware=fw,
                            shop=c["channel"] if channel == "ecommerce_review" else None,
                            topic="cloud_price" if topic == "cloud_price_old" else topic, sentiment_label=SENT[topic]))

    def feedback_pairing(self, c, dv, t):
        r = self.rng
        if r.random() < 0.30:
            ch = "ecommerce_review" if (c["channel"] != "offline_store" and r.random() < 0.6) else "app_review"
            self.fb_add(c, t, "pairing", ch, dv)

    def feedback_device(self, c, dv):
        r = self.rng
        t_act, cat, model = dv["t_act"], dv["cat"], dv["model"]
        n_off_bad = sum(1 for _, fw in dv.get("offline", []) if fw == BAD_FW)
        n_off = len(dv.get("offline", []))
        if n_off_bad >= 3 and r.random() < 0.30:
            first_bad = [t for t, fw in dv["offline"] if fw == BAD_FW][2]
            self.fb_add(c, first_bad + r.exponential(3), "disconnect", self.pick(["app_review", "ecommerce_review", "social"],
                        [5, 2 if c["channel"] != "offline_store" else 0, 1]), dv)
        elif n_off >= 3 and r.random() < 0.15:
            self.fb_add(c, dv["offline"][2][0] + r.exponential(3), "disconnect", "app_review", dv)
        stuck_review = False
        if dv.get("stuck", 0) >= 2 and r.random() < (0.40 if model == "V10" else 0.15):
            stuck_review = c["channel"] != "offline_store"
            self.fb_add(c, t_act + 4 + r.exponential(8), "stuck",
                        "ecommerce_review" if c["channel"] != "offline_store" else "app_review", dv)
        if dv.get("battery") and r.random() < (0.30 if model == "L9 Max" else 0.08):
            self.fb_add(c, dv["battery"][0] + r.exponential(4), "battery",
                        "ecommerce_review" if c["channel"] != "offline_store" else "app_review", dv)
        # first-impression reviews
        if c["channel"] != "offline_store" and not stuck_review and r.random() < 0.22:
            self.fb_add(c, t_act + 1 + r.exponential(5), "praise" if r.random() < 0.72 else "neutral",
                        "ecommerce_review", dv)
        elif r.random() < 0.04:
            self.fb_add(c, t_act + 2 + r.exponential(10), "praise", "app_review", dv)
        # post-activation NPS survey
        if r.random() < 0.22:
            if dv["fails"] >= 1:
                nps = int(r.integers(2, 8))
                topic = "pairing" if r.random() < 0.6 else "neutral"
            else:
                nps = int(self.pick(list(range(5, 11)), [1, 1, 2, 3, 4, 4]))
                topic = "praise" if nps >= 8 else "neutral"
            self.fb_add(c, t_act + 3 + r.random() * 2, topic, "survey", dv, nps=nps)

    def feedback_rows(self):
        r = self.rng
        rows = sorted(self.fb, key=lambda f: (f["t"], f["customer_id"]))
        out = []
        for k, f in enumerate(rows, 1):
            f = dict(f)
            f["feedback_id"] = f"FB{k:05d}"
            # imported e-commerce reviews sometimes lost their date; anonymous app-store reviews
            if f["channel"] == "ecommerce_review" and r.random() < 0.08:
                f["t"] = None
            elif f["channel"] == "app_review" and r.random() < 0.03:
                f["t"] = None
            if f["channel"] in ("app_review", "social") and r.random() < 0.25:
                f["customer_id"] = None
            out.append(f)
        return out


def ts_str(values):
    base = np.datetime64("2025-06-01T00:00:00")
    arr = base + (np.asarray(values, dtype=float) * 86400).round().astype("timedelta64[s]")
    return pd.Series(arr).dt.strftime("%Y-%m-%d %H:%M:%S")


def ts1(d):
    if d is None or (isinstance(d, float) and np.isnan(d)):
        return None
    return (T0 + timedelta(seconds=round(float(d) * 86400))).strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    g = Gen()
    for i in range(1, N_CUST + 1):
        g.customer(i)

    pd.DataFrame([dict(touchpoint_id=t[0], name=f"{t[1]} / {t[2]}", name_zh=t[1], name_en=t[2], stage=t[3],
                       channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]).to_csv(
        out / "touchpoints.csv", index=False)
    pd.DataFrame([dict(journey_id=j[0], journey_name=f"{j[1]} / {j[2]}", journey_name_zh=j[1], journey_name_en=j[2],
                       step=k + 1, touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
                 ).to_csv(out / "journeys.csv", index=False)

    # orders numbered in time order
    g.orders.sort(key=lambda o: (o["t"], o["customer_id"]))
    renum = {o["order_id"]: f"HO{k:06d}" for k, o in enumerate(g.orders, 1)}
    for o in g.orders:
        o["order_id"] = renum[o["order_id"]]
    for e in g.ev:
        if "order_id" in e[6]:
            e[6]["order_id"] = renum[e[6]["order_id"]]

    ev = sorted(g.ev, key=lambda e: (e[1], e[0]))
    extra_cols = ["model", "firmware", "firmware_from", "router_brand", "pairing_error", "order_id", "amount",
                  "campaign", "return_reason", "reason", "plan", "price_annual", "battery_pct"]
    df = pd.DataFrame({
        "event_id": [f"EV{k:07d}" for k in range(1, len(ev) + 1)],
        "customer_id": [e[0] for e in ev],
        "ts": ts_str([e[1] for e in ev]),
        "touchpoint_id": [e[2] for e in ev],
        "session_id": [f"S{e[0][2:]}-{int(e[1] * 8)}" for e in ev],
        "action": [e[3] for e in ev],
        "device": [e[4] or None for e in ev],
        "channel": [e[5] for e in ev],
    })
    cols = {col: [None] * len(ev) for col in extra_cols}
    for k, e in enumerate(ev):
        for key, v in e[6].items():
            cols[key][k] = v
    for col in extra_cols:
        df[col] = cols[col]
    df["price_annual"] = df["price_annual"].astype("Float64")
    df["battery_pct"] = df["battery_pct"].astype("Int64")
    df.to_csv(out / "events.csv", index=False)

    # customers
    last_ev = df.groupby("customer_id")["ts"].max().to_dict()
    end = pd.Timestamp("2026-05-31 23:59:59")
    crow = []
    for c in g.customers:
        dev_orders = [o for o in c["orders"] if o["product_line"] == "device"]
        kept = [o for o in dev_orders if o["status"] == "paid"]
        spend = sum(o["amount"] for o in c["orders"] if o["status"] == "paid")
        le = last_ev.get(c["id"])
        recent = le is not None and pd.Timestamp(le) > end - pd.Timedelta(days=60)
        if not dev_orders:
            seg = "prospect"
        elif not kept:
            seg = "lost"
        elif min(o["t"] for o in dev_orders) >= NDAYS - 30:
            seg = "new_owner"
        elif recent:
            seg = "active_owner"
        else:
            seg = "dormant_owner"
        tier = "gold" if spend >= 3000 else ("silver" if spend >= 1000 else "regular")
        crow.append(dict(customer_id=c["id"], signup_at=ts1(c["signup_t"]) if c["signup_t"] is not None and
                         c["signup_t"] < NDAYS else None, segment=seg, region=c["province"],
                         acquisition_channel=c["channel"], tier=tier, city=c["city"], phone_os=c["os"],
                         gender=c["gender"], devices_bought=len(dev_orders),
                         first_model=dev_orders[0]["model"] if dev_orders else None))
    pd.DataFrame(crow).to_csv(out / "customers.csv", index=False)

    od = pd.DataFrame(g.orders)
    od["ts"] = ts_str(od["t"])
    od["returned_at"] = [ts1(x) for x in od["returned_t"]]
    od = od[["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "product_line", "model",
             "category", "item", "plan", "billing_type", "returned_at"]]
    od.to_csv(out / "orders.csv", index=False)

    fb = pd.DataFrame(g.feedback_rows())
    fb["ts"] = [ts1(x) for x in fb["t"]]
    for col in ("rating", "nps"):
        fb[col] = fb[col].astype("Int64")
    fb = fb[["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "model", "firmware", "shop", "topic", "sentiment_label"]]
    fb.to_csv(out / "feedback.csv", index=False)
    print(f"customers {len(crow)}, events {len(df)}, orders {len(od)}, feedback {len(fb)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
