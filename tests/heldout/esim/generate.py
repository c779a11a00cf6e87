"""漫游宝 RoamEasy: a travel eSIM app selling mobile data plans for 60 countries. A traveller finds us (app store
search, a travel blogger, an airline partner, Xiaohongshu), installs the app, browses destination plans, buys a plan
(1-day / 7-day / 30-day / regional multi-country), installs the eSIM profile (some fail: device not supported, QR
scan error), activates it on landing, uses data (some top up), may contact support (no signal, slow speed, install
help, refund progress), the plan expires, and some buy again for the next trip. Plans bought 2025-01-01 ..
2026-06-30; nothing after 2026-07-31 is in the data.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, ~2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 6, 30)          # plan purchases
CUTOFF = datetime(2026, 8, 1)                              # nothing at or after this is in the data
N_CUST = 5600
QR_BUG = (date(2025, 10, 20), date(2025, 11, 30))          # Android app 4.2.0: QR scanner fails on eSIM codes
JP_SLOW = (date(2025, 7, 15), date(2025, 9, 30))           # Japan partner switched to a congested MVNO network
GOLDEN_WEEK = (date(2025, 9, 22), date(2025, 10, 5))
SPRING_FEST = (date(2026, 1, 30), date(2026, 2, 20))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_install", "下载App", "App download", "awareness", "app", "digital", "growth",
     "下载|装app|下载应用|新用户|注册|app download|download|app install|new user|signup"),
    ("tp_browse", "浏览目的地套餐", "Browse destination plans", "consideration", "app", "digital", "product",
     "浏览|看套餐|选套餐|目的地页|browse|plan page|destination page|look at plans"),
    ("tp_purchase", "购买套餐", "Plan purchase", "purchase", "app", "digital", "product",
     "购买|下单|买套餐|支付|付款|purchase|buy|order|checkout|paid"),
    ("tp_esim_install", "安装eSIM", "eSIM install", "service", "app", "digital", "product",
     "装eSIM|安装esim|装卡|写卡|扫码安装|eSIM install|profile install|install esim|setup"),
    ("tp_install_fail", "eSIM安装失败", "eSIM install failed", "service", "app", "digital", "product",
     "安装失败|装不上|扫码失败|不支持eSIM|install failed|install error|QR error|device not supported"),
    ("tp_activate", "落地激活", "Activation on landing", "service", "other", "digital", "network_ops",
     "激活|落地|开通|连上网络|activation|activate|landing|connect on arrival"),
    ("tp_usage", "境外上网", "Data usage abroad", "service", "other", "digital", "network_ops",
     "上网|用流量|流量使用|网速|data usage|using data|speed|browsing abroad"),
    ("tp_topup", "流量加油包", "Data top-up", "purchase", "app", "digital", "product",
     "加油包|充流量|加流量|续流量|top-up|top up|add data|data add-on"),
    ("tp_support", "联系客服", "Contact support", "service", "app", "digital", "customer_service",
     "客服|人工|工单|投诉|support|customer service|ticket|help desk|contact us"),
    ("tp_refund_request", "申请退款", "Refund request", "service", "app", "digital", "customer_service",
     "申请退款|要退款|退款申请|refund request|ask for refund|request refund"),
    ("tp_refund", "退款到账", "Refund paid", "service", "other", "digital", "finance",
     "退款|退钱|钱退回|refund|refunded|money back"),
    ("tp_expire", "套餐到期", "Plan expiry", "loyalty", "other", "digital", "crm",
     "到期|过期|用完|expiry|expired|plan end"),
    ("tp_repurchase", "再次购买", "Repeat purchase", "loyalty", "app", "digital", "crm",
     "复购|回购|再买|下次旅行再买|repurchase|repeat purchase|bought again|came back"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("first_trip", "新用户首单", "First purchase", ["tp_app_install", "tp_browse", "tp_purchase"], 14),
    ("setup", "开通激活", "eSIM setup", ["tp_purchase", "tp_esim_install", "tp_activate"], 30),
    ("refund", "退款", "Refund", ["tp_refund_request", "tp_refund"], 30),
    ("repeat", "复购", "Repeat purchase", ["tp_expire", "tp_repurchase"], 180),
]
# destination: zh, region_en, region_zh, weight, price factor, top-up propensity, regional plan?
DEST = {
    "Japan": ("日本", "Asia", "亚洲", 0.21, 1.0, 0.11, False),
    "Thailand": ("泰国", "Asia", "亚洲", 0.13, 0.8, 0.10, False),
    "South Korea": ("韩国", "Asia", "亚洲", 0.11, 0.9, 0.10, False),
    "Singapore": ("新加坡", "Asia", "亚洲", 0.05, 0.9, 0.09, False),
    "Malaysia": ("马来西亚", "Asia", "亚洲", 0.045, 0.75, 0.10, False),
    "Vietnam": ("越南", "Asia", "亚洲", 0.04, 0.7, 0.10, False),
    "Indonesia": ("印度尼西亚", "Asia", "亚洲", 0.03, 0.75, 0.11, False),
    "USA": ("美国", "Americas", "美洲", 0.075, 1.5, 0.30, False),
    "Canada": ("加拿大", "Americas", "美洲", 0.02, 1.6, 0.14, False),
    "UK": ("英国", "Europe", "欧洲", 0.045, 1.2, 0.12, False),
    "France": ("法国", "Europe", "欧洲", 0.03, 1.2, 0.11, False),
    "Italy": ("意大利", "Europe", "欧洲", 0.02, 1.2, 0.11, False),
    "Germany": ("德国", "Europe", "欧洲", 0.02, 1.2, 0.11, False),
    "Australia": ("澳大利亚", "Oceania", "大洋洲", 0.04, 1.3, 0.13, False),
    "New Zealand": ("新西兰", "Oceania", "大洋洲", 0.015, 1.4, 0.12, False),
    "UAE": ("阿联酋", "Middle East", "中东", 0.015, 1.4, 0.12, False),
    "Turkey": ("土耳其", "Middle East", "中东", 0.015, 1.3, 0.12, False),
    "Europe multi-country": ("欧洲多国", "Europe", "欧洲", 0.06, 1.0, 0.14, True),
    "Southeast Asia multi-country": ("东南亚多国", "Asia", "亚洲", 0.04, 0.8, 0.12, True),
}
TAIL = [  # the long tail of the 60 countries: a few plans each
    ("Spain", "西班牙", "Europe", "欧洲"), ("Switzerland", "瑞士", "Europe", "欧洲"),
    ("Netherlands", "荷兰", "Europe", "欧洲"), ("Greece", "希腊", "Europe", "欧洲"),
    ("Portugal", "葡萄牙", "Europe", "欧洲"), ("Egypt", "埃及", "Middle East", "中东"),
    ("Mexico", "墨西哥", "Americas", "美洲"), ("Philippines", "菲律宾", "Asia", "亚洲"),
    ("Cambodia", "柬埔寨", "Asia", "亚洲"), ("Sri Lanka", "斯里兰卡", "Asia", "亚洲"),
    ("Maldives", "马尔代夫", "Asia", "亚洲"), ("Nepal", "尼泊尔", "Asia", "亚洲"),
    ("Morocco", "摩洛哥", "Middle East", "中东"), ("Brazil", "巴西", "Americas", "美洲"),
    ("Norway", "挪威", "Europe", "欧洲"), ("Finland", "芬兰", "Europe", "欧洲"),
]
for en, zh, r_en, r_zh in TAIL:
    DEST[en] = (zh, r_en, r_zh, 0.0025, 1.3, 0.12, False)
DEST["Iceland"] = ("冰岛", "Europe", "欧洲", 0.0, 1.8, 0.62, False)   # tiny: only trips forced below, heavy top-ups
N_ICELAND = 11
DNAMES = [k for k in DEST if DEST[k][3] > 0]
DW = np.array([DEST[k][3] for k in DNAMES])
DW = DW / DW.sum()

PLAN_ZH = {"1day": "1天套餐", "7day": "7天套餐", "30day": "30天套餐", "regional": "区域多国套餐"}
PLAN_DAYS = {"1day": 1, "7day": 7, "30day": 30, "regional": 15}
PLAN_PRICE = {"1day": 18.0, "7day": 69.0, "30day": 149.0, "regional": 159.0}
PLAN_GB = {"1day": [1, 2], "7day": [5, 10, 20], "30day": [20, 50], "regional": [10, 20]}
PLAN_MIX = {"tourist": (["1day", "7day", "30day"], [0.10, 0.80, 0.10]),
            "business": (["1day", "7day", "30day"], [0.30, 0.50, 0.20]),
            "student_abroad": (["7day", "30day"], [0.30, 0.70])}
TTYPE_ZH = {"tourist": "游客", "business": "商务出行", "student_abroad": "留学生"}
TTYPES, TTYPE_P = list(TTYPE_ZH), [0.62, 0.22, 0.16]
ACQ_ZH = {"app_store": "应用商店搜索", "blogger": "旅游博主", "airline_partner": "航司合作", "xiaohongshu": "小红书"}
ACQS = list(ACQ_ZH)
ACQ_P_2025, ACQ_P_2026 = [0.40, 0.22, 0.16, 0.22], [0.30, 0.17, 0.13, 0.40]
BUY_P = {"app_store": 0.55, "blogger": 0.30, "airline_partner": 0.80, "xiaohongshu": 0.50}   # within 14 days
TIER_ZH = {"basic": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
CITIES = [  # en, zh, weight, business share, language share en
    ("Shanghai", "上海", 0.24, 0.55, 0.08), ("Beijing", "北京", 0.18, 0.18, 0.08),
    ("Shenzhen", "深圳", 0.12, 0.16, 0.08), ("Guangzhou", "广州", 0.10, 0.14, 0.06),
    ("Hangzhou", "杭州", 0.09, 0.14, 0.05), ("Chengdu", "成都", 0.08, 0.10, 0.04),
    ("Nanjing", "南京", 0.05, 0.12, 0.05), ("Wuhan", "武汉", 0.04, 0.10, 0.04),
    ("Xi'an", "西安", 0.03, 0.10, 0.04), ("Hong Kong", "香港", 0.04, 0.25, 0.50),
    ("Singapore", "新加坡", 0.03, 0.25, 0.70),
]
DUBAI = ("Dubai", "迪拜")
N_DUBAI = 9
BRAND_ZH = {"Apple": "苹果", "Huawei": "华为", "Xiaomi": "小米", "Samsung": "三星", "OPPO": "OPPO", "vivo": "vivo",
            "Google": "谷歌", "Meizu": "魅族"}
ANDROID_BRANDS, ANDROID_P = ["Huawei", "Xiaomi", "Samsung", "OPPO", "vivo", "Google"], [0.30, 0.26, 0.16, 0.12,
                                                                                       0.10, 0.06]
N_MEIZU = 9
DEVICE_FAIL = {"Huawei": 0.42, "Meizu": 0.9}                 # device_not_supported per install
PAY_ZH = {"alipay": "支付宝", "wechat_pay": "微信支付", "apple_pay": "Apple Pay", "card": "银行卡"}
REFUND_MED = {"alipay": 0.8, "wechat_pay": 1.8, "apple_pay": 3.5, "card": 9.5}   # days request -> refund
ERR_ZH = {"device_not_supported": "设备不支持", "qr_scan_error": "二维码扫描失败", "download_timeout": "下载超时"}
ISSUE_ZH = {"no_signal": "没信号", "slow_speed": "网速慢", "install_help": "安装求助", "refund_status": "退款进度"}
SUPPORT_CH = ["in_app_chat", "wechat", "email"]
MONTH_F = {1: 1.1, 2: 1.2, 3: 0.8, 4: 0.9, 5: 1.0, 6: 1.0, 7: 1.5, 8: 1.6, 9: 1.1, 10: 1.2, 11: 0.7, 12: 0.8}
DAYS = [START + D(i) for i in range((END - START).days + 1)]


def in_span(d: date, span) -> bool:
    return span[0] <= d <= span[1]


W = np.array([MONTH_F[d.month] * (1.6 if in_span(d, GOLDEN_WEEK) or in_span(d, SPRING_FEST) else 1.0)
              * (1.0 + 0.55 * (d - START).days / 545) for d in DAYS])
W = W / W.sum()


def pick(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


def u(a, b):
    return float(rng.uniform(a, b))


def at(d: date, hour: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(hour * 3600))


def app_version(os_: str, d: date) -> str:
    if d >= date(2026, 3, 15):
        return "4.3.0"
    if os_ == "android":
        return "4.2.1" if d >= date(2025, 12, 1) else "4.2.0" if d >= QR_BUG[0] else "4.1.3"
    return "4.2.0" if d >= date(2025, 10, 22) else "4.1.2"


# ---------- customers ----------
cust = []
city_p = np.array([c[2] for c in CITIES])
city_p = city_p / city_p.sum()
special = rng.choice(N_CUST, N_DUBAI + N_MEIZU, replace=False)
dubai_idx, meizu_idx = set(int(i) for i in special[:N_DUBAI]), set(int(i) for i in special[N_DUBAI:])
for i in range(N_CUST):
    signup = DAYS[int(rng.choice(len(DAYS), p=W))]
    if i in dubai_idx:
        city_en, city_zh, tt, lang = DUBAI[0], DUBAI[1], "business", pick(["zh", "en"], [0.5, 0.5])
    else:
        city_en, city_zh, _, biz, en_share = CITIES[int(rng.choice(len(CITIES), p=city_p))]
        rest = 1 - biz
        tt = pick(TTYPES, [rest * 0.80, biz, rest * 0.20])
        lang = "en" if rng.random() < (en_share + (0.25 if tt == "student_abroad" else 0)) else "zh"
    if i in meizu_idx:
        os_, brand = "android", "Meizu"
        signup = DAYS[int(rng.integers(0, 300))]
    else:
        os_ = pick(["ios", "android"], [0.72, 0.28] if tt == "student_abroad" else [0.60, 0.40])
        brand = "Apple" if os_ == "ios" else pick(ANDROID_BRANDS, ANDROID_P)
    acq = pick(ACQS, ACQ_P_2026 if signup.year == 2026 else ACQ_P_2025)
    if tt == "student_abroad":
        pay = pick(list(PAY_ZH), [0.25, 0.15, 0.15, 0.45])
    elif lang == "en":
        pay = pick(list(PAY_ZH), [0.10, 0.05, 0.35, 0.50])
    else:
        pay = pick(list(PAY_ZH), [0.45, 0.33, 0.10, 0.12])
    age = ("18-24" if tt == "student_abroad" else
           pick(["25-34", "35-44", "45-54"], [0.40, 0.40, 0.20]) if tt == "business" else
           pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.15, 0.38, 0.25, 0.14, 0.08]))
    cust.append(dict(customer_id=f"U{i + 1:05d}", signup=signup, city_en=city_en, city_zh=city_zh, ttype=tt,
                     lang=lang, os=os_, brand=brand, acq=acq, pay=pay, age=age, gender=pick(["F", "M"], [0.55, 0.45]),
                     trips=0, first_buy=None, last_buy=None, dubai=i in dubai_idx))

events, orders, feedback, truth = [], [], [], []
ctr = dict(e=0, o=0, t=0, f=0, s=0)


def nid(k, prefix, width):
    ctr[k] += 1
    return f"{prefix}{ctr[k]:0{width}d}"


def ev(c, ts, tp, action, channel="app", sid=None, **extra):
    if ts >= CUTOFF:
        return None
    row = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sid,
               action=action, device=c["os"], channel=channel, app_version=app_version(c["os"], ts.date()))
    row.update(extra)
    events.append(row)
    return row


def order(c, ts, amount, status, otype, **extra):
    o = dict(order_id=nid("o", "O", 6), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, channel="app", device=c["os"], order_type=otype,
             订单类型={"plan": "套餐", "topup": "加油包"}[otype], currency="CNY")
    o.update(extra)
    orders.append(o)
    return o


# ---------- feedback text ----------
TEXT = {  # topic: (zh sentences, en sentences, sentiment)
    "install_easy": (["安装很简单，扫一下就好了", "几分钟就装好了，比想象中方便", "安装很简单，跟着教程一步步来就行"],
                     ["Super easy to install, took two minutes", "Installed in minutes, the guide is clear",
                      "Setup was a breeze on my phone"], "pos"),
    "qr_fail": (["二维码扫不出来，试了好多次", "扫码一直报错，最后只能找客服手动装", "安装页面的二维码扫不出来，很耽误事"],
                ["The QR code won't scan in the app", "Kept getting a QR scan error when installing",
                 "Couldn't scan the QR code no matter what I tried"], "neg"),
    "device_unsupported": (["买了才发现手机不支持eSIM，页面上也没提示", "我的手机不支持eSIM，白买了",
                            "下单前没有检测机型，结果不支持eSIM"],
                           ["Bought it and then found out my phone doesn't support eSIM",
                            "Phone not supported, the app should check before I pay",
                            "Turns out my model is not supported for eSIM"], "neg"),
    "no_signal": (["落地没信号，在机场折腾了一个小时", "下飞机以后一直没有信号，重启也没用", "到了酒店还是没信号，只能蹭wifi"],
                  ["No signal at all when I landed", "Landed and had no service for over an hour",
                   "Still no signal after restarting twice at the airport"], "neg"),
    "slow_data": (["网速太慢了，地图都加载不出来", "网速慢得要命，视频根本刷不动", "这几天速度很慢，跟2G一样"],
                  ["Really slow data, maps barely load", "Speeds were terrible the whole week",
                   "Slow data everywhere, couldn't even send photos"], "neg"),
    "refund_slow": (["退款等了快两周才到账", "退款还没到账，客服只会让我等", "退款太慢了，说好的3天到现在还没退"],
                    ["The refund took almost two weeks", "Still waiting for my refund after 10 days",
                     "Refund took forever to reach my card"], "neg"),
    "refund_fast": (["退款很快，当天就退回来了", "申请完第二天就收到退款了，点赞"],
                    ["Refunded quickly, no questions asked", "Got my money back the next day, impressive"], "pos"),
    "cheaper_roaming": (["比漫游便宜太多了，一周才几十块", "比运营商漫游便宜一大截，以后出国就用这个", "比国际漫游划算多了"],
                        ["Way cheaper than roaming with my carrier", "Much cheaper than roaming, great value",
                         "Cheaper than my carrier's travel pass by far"], "pos"),
    "instant_connect": (["落地就能用，信号满格", "一下飞机就连上了，很省心"],
                        ["Worked as soon as I landed", "Connected right after landing, no fuss"], "pos"),
    "support_good": (["客服回复很快，问题马上解决了", "客服很耐心，一步一步教我设置"],
                     ["Support replied fast and fixed it", "Support was helpful and patient"], "pos"),
}
GENERIC = {"pos": (["挺好用的，下次出国还买", "整体体验不错", "用了一周没什么问题"],
                   ["Works fine, will buy again", "Good experience overall", "No issues during my trip"]),
           "neu": (["还行吧，中规中矩", "一般般，价格还可以"], ["It was okay", "Average, does the job"])}
TOPIC_TP = {"install_easy": "tp_esim_install", "qr_fail": "tp_esim_install", "device_unsupported": "tp_esim_install",
            "no_signal": "tp_activate", "instant_connect": "tp_activate", "slow_data": "tp_usage",
            "refund_slow": "tp_refund", "refund_fast": "tp_refund", "cheaper_roaming": "tp_purchase",
            "support_good": "tp_support"}


def sentence(topic, lang):
    zh, en, _ = TEXT[topic]
    return pick(zh if lang == "zh" else en)


def add_fb(c, ts, channel, topics, trip=None, rating=None, nps=None, tp=None, generic=None, lang=None,
           anon=False):
    lang = lang or c["lang"]
    undated_p = {"app_store_review": 0.06, "xiaohongshu": 0.6}.get(channel, 0.0)   # exports lose some dates
    parts = [sentence(t, lang) for t in topics]
    if generic:
        parts.append(pick(GENERIC[generic][0 if lang == "zh" else 1]))
    text = ("，" if lang == "zh" else ". ").join(parts)
    sents = {TEXT[t][2] for t in topics} | ({generic} if generic else set())
    sent = "neg" if "neg" in sents else "pos" if "pos" in sents else "neu"
    if ts is not None and ts >= CUTOFF:
        return
    if tp is None:
        tp = TOPIC_TP[topics[0]] if topics else "tp_expire"
    fid = nid("f", "FB", 5)
    feedback.append(dict(feedback_id=fid, text=text, ts=None if rng.random() < undated_p else ts,
                         customer_id=None if anon else c["customer_id"], touchpoint_id=tp, channel=channel,
                         rating=rating, nps=nps, language=lang, trip_id=trip["trip_id"] if trip else None,
                         destination=trip["dest"] if trip else None,
                         目的地=DEST[trip["dest"]][0] if trip else None,
                         plan_type=trip["plan"] if trip else None, phone_os=c["os"], phone_brand=c["brand"],
                         sentiment_label=sent))
    truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))


def stars(lo, hi):
    return int(rng.integers(lo, hi + 1))


# ---------- trips ----------
def do_trip(c, buy_day: date, first: bool, iceland=False):
    dest = "Iceland" if iceland else pick(DNAMES, DW)
    zh, r_en, r_zh, _, pf, top_p, regional = DEST[dest]
    plan = "regional" if regional else pick(*PLAN_MIX[c["ttype"]])
    if c["dubai"]:
        plan = "30day"
        pf *= 2.2
    tid = nid("t", "TR", 5)
    trip = dict(trip_id=tid, dest=dest, plan=plan)
    tprops = dict(destination=dest, 目的地=zh, dest_region=r_en, 目的地区域=r_zh, plan_type=plan,
                  套餐类型=PLAN_ZH[plan])
    t_buy = at(buy_day, u(7, 23.5))
    for k in range(int(rng.integers(1, 4))):
        ev(c, t_buy - D(hours=u(0.05, 30) * (k + 1) / 2), "tp_browse", "view", sid=tid, **tprops)
    gb = PLAN_GB[plan][-1] if c["ttype"] == "business" and rng.random() < 0.7 else pick(PLAN_GB[plan])
    price = PLAN_PRICE[plan] * pf * (1 + 0.25 * PLAN_GB[plan].index(gb))
    coupon, disc = None, 0.0
    if first and rng.random() < 0.5:
        coupon, disc = "FIRSTTRIP", 0.20
    elif date(2025, 7, 1) <= buy_day <= date(2025, 8, 31) and rng.random() < 0.35:
        coupon, disc = "SUMMER25", 0.15
    elif rng.random() < 0.06:
        coupon, disc = "FRIEND10", 0.10
    amount = round(price * (1 - disc), 2)
    if rng.random() < 0.05:   # abandoned checkout first: an unpaid order
        order(c, t_buy - D(minutes=u(2, 40)), amount, "cancelled", "plan", trip_id=tid, plan_type=plan,
              套餐类型=PLAN_ZH[plan], destination=dest, 目的地=zh, dest_region=r_en, 目的地区域=r_zh, data_gb=gb,
              list_price=round(price, 2), coupon_code=coupon, discount=disc, pay_method=c["pay"],
              支付方式=PAY_ZH[c["pay"]])
    ev(c, t_buy, "tp_purchase", "success", sid=tid, pay_method=c["pay"], amount=amount, data_gb=gb, **tprops)
    if not first:
        ev(c, t_buy + D(seconds=1), "tp_repurchase", "success", sid=tid, **tprops)
    o = order(c, t_buy, amount, "paid", "plan", trip_id=tid, plan_type=plan, 套餐类型=PLAN_ZH[plan], destination=dest,
              目的地=zh, dest_region=r_en, 目的地区域=r_zh, data_gb=gb, list_price=round(price, 2), coupon_code=coupon,
              discount=disc, pay_method=c["pay"], 支付方式=PAY_ZH[c["pay"]])
    c["trips"] += 1
    c["first_buy"] = c["first_buy"] or t_buy
    c["last_buy"] = t_buy
    lead = min(24.0, float(rng.lognormal(np.log(1.2 if c["ttype"] == "business" else 3.8), 0.7)))
    t_land = t_buy + D(days=lead)
    t_land = datetime.combine(t_land.date(), datetime.min.time()) + D(hours=u(6, 23.5))
    if t_land <= t_buy:
        t_land = t_buy + D(hours=u(3, 10))

    def refund(t_req, reason):
        ev(c, t_req, "tp_refund_request", "submit", sid=tid, reason=reason, pay_method=c["pay"], **tprops)
        days = float(rng.lognormal(np.log(REFUND_MED[c["pay"]]), 0.45))
        t_ref = t_req + D(days=days)
        if days > 5 and rng.random() < 0.45:
            ev(c, t_req + D(days=u(3, min(days, 6))), "tp_support", "contact", channel=pick(SUPPORT_CH), sid=tid,
               issue="refund_status", 问题类型=ISSUE_ZH["refund_status"], **tprops)
        if t_ref >= CUTOFF:
            return False
        ev(c, t_ref, "tp_refund", "success", sid=tid, pay_method=c["pay"], refund_amount=amount, **tprops)
        o["status"], o["refunded_at"], o["refund_amount"] = "refunded", t_ref, amount
        slow = days > 5
        if rng.random() < (0.8 if slow else 0.35):
            add_fb(c, t_ref + D(hours=u(1, 30)), "cs_survey", ["refund_slow" if slow else "refund_fast"], trip=trip,
                   rating=stars(1, 2) if slow else stars(4, 5))
        elif slow and rng.random() < 0.5:
            add_fb(c, t_req + D(days=u(5, days)), "ticket", ["refund_slow"], trip=trip)
        return True

    # --- eSIM install (before departure)
    if rng.random() < 0.025:   # trip cancelled, never installed
        if rng.random() < 0.6:
            refund(t_buy + D(days=u(0.5, lead + 0.6)), "trip_cancelled")
        return "cancelled"
    t_inst = t_buy + D(hours=u(0.05, max(0.1, lead * 24 - 1)))
    qr_p = (0.36 if in_span(t_inst.date(), QR_BUG) else 0.05) if c["os"] == "android" else 0.025
    if rng.random() < DEVICE_FAIL.get(c["brand"], 0.004):
        ev(c, t_inst, "tp_install_fail", "fail", sid=tid, error_code="device_not_supported",
           错误类型=ERR_ZH["device_not_supported"], **tprops)
        if rng.random() < 0.45:
            ch = pick(["app_store_review", "ticket"], [0.5, 0.5])
            add_fb(c, t_inst + D(hours=u(0.2, 20)), ch, ["device_unsupported"], trip=trip,
                   rating=stars(1, 2) if ch == "app_store_review" else None)
        if rng.random() < 0.88:
            refund(t_inst + D(hours=u(0.3, 40)), "device_not_supported")
        return "device"
    smooth = True
    if rng.random() < qr_p:
        smooth = False
        ev(c, t_inst, "tp_install_fail", "fail", sid=tid, error_code="qr_scan_error", 错误类型=ERR_ZH["qr_scan_error"],
           **tprops)
        if rng.random() < 0.35:
            ch = pick(["app_store_review", "ticket"], [0.55, 0.45])
            add_fb(c, t_inst + D(hours=u(0.1, 6)), ch, ["qr_fail"], trip=trip,
                   rating=stars(1, 2) if ch == "app_store_review" else None)
        if rng.random() < 0.78:
            t_inst = t_inst + D(minutes=u(3, 300))
        else:
            ev(c, t_inst + D(minutes=u(10, 120)), "tp_support", "contact", channel=pick(SUPPORT_CH), sid=tid,
               issue="install_help", 问题类型=ISSUE_ZH["install_help"], **tprops)
            if rng.random() < 0.65:
                t_inst = t_inst + D(hours=u(2, 20))
                if rng.random() < 0.2:
                    add_fb(c, t_inst + D(hours=1), "cs_survey", ["support_good"], trip=trip, rating=5)
            else:
                refund(t_inst + D(hours=u(2, 30)), "install_failed")
                return "qr"
    elif rng.random() < 0.015:
        smooth = False
        ev(c, t_inst, "tp_install_fail", "fail", sid=tid, error_code="download_timeout",
           错误类型=ERR_ZH["download_timeout"], **tprops)
        t_inst = t_inst + D(minutes=u(2, 60))
    ok = ev(c, t_inst, "tp_esim_install", "success", sid=tid, **tprops)
    if smooth and rng.random() < (0.09 if c["os"] == "ios" else 0.035):
        ch = pick(["app_store_review", "xiaohongshu"], [0.8, 0.2])
        add_fb(c, t_inst + D(hours=u(0.1, 12)), ch, ["install_easy"], trip=trip,
               rating=stars(4, 5) if ch == "app_store_review" else None, lang="zh" if ch == "xiaohongshu" else None)
    if ok is None:
        return "cut"
    # --- activation on landing
    if rng.random() < 0.03:
        return "no_travel"
    ev(c, t_land, "tp_activate", "success", sid=tid, **tprops)
    days = PLAN_DAYS[plan]
    t_exp = t_land + D(days=days)
    no_sig_p = 0.24 if dest == "Thailand" else 0.08 if plan == "regional" else 0.035
    no_signal = rng.random() < no_sig_p
    if no_signal:
        ev(c, t_land + D(minutes=u(10, 180)), "tp_support", "contact", channel=pick(SUPPORT_CH), sid=tid,
           issue="no_signal", 问题类型=ISSUE_ZH["no_signal"], **tprops)
        if rng.random() < 0.5:
            ch = pick(["ticket", "app_store_review", "survey"], [0.55, 0.25, 0.20])
            both = rng.random() < 0.15
            add_fb(c, t_land + D(hours=u(0.5, 30)), ch, (["cheaper_roaming"] if both else []) + ["no_signal"],
                   trip=trip, rating=None if ch == "ticket" else stars(1, 2),
                   nps=int(rng.integers(0, 5)) if ch == "survey" else None)
    elif rng.random() < 0.025:
        add_fb(c, t_land + D(hours=u(0.2, 8)), "app_store_review", ["instant_connect"], trip=trip, rating=stars(4, 5))
    slow_p = (0.33 if in_span(t_land.date(), JP_SLOW) else 0.06) if dest == "Japan" else 0.045
    slow = rng.random() < slow_p
    if slow:
        ev(c, t_land + D(hours=u(4, max(5, days * 24 - 2))), "tp_support", "contact", channel=pick(SUPPORT_CH),
           sid=tid, issue="slow_speed", 问题类型=ISSUE_ZH["slow_speed"], **tprops)
        if rng.random() < 0.55:
            ch = pick(["ticket", "app_store_review", "xiaohongshu"], [0.5, 0.35, 0.15])
            add_fb(c, t_land + D(hours=u(6, days * 24 + 6)), ch, ["slow_data"], trip=trip,
                   rating=stars(1, 3) if ch == "app_store_review" else None,
                   lang="zh" if ch == "xiaohongshu" else None)
    usage = float(gb) * min(1.0, float(rng.beta(4, 2.5))) * (0.6 if slow else 1.0)
    ev(c, t_land + D(hours=days * 12), "tp_usage", "usage", sid=tid, usage_gb=round(usage, 2), data_gb=gb, **tprops)
    tp_mult = {"student_abroad": 1.8, "business": 1.3, "tourist": 0.8}[c["ttype"]] * (0.3 if plan == "1day" else 1)
    if rng.random() < min(0.95, top_p * tp_mult):
        for k in range(1 + int(rng.random() < 0.25)):
            tgb = pick([1, 3, 5], [0.4, 0.4, 0.2])
            tamt = round({1: 25, 3: 59, 5: 89}[tgb] * pf, 2)
            t_top = t_land + D(hours=u(days * 6, days * 22 + 1))
            if ev(c, t_top, "tp_topup", "success", sid=tid, topup_gb=tgb, amount=tamt, pay_method=c["pay"], **tprops):
                order(c, t_top, tamt, "paid", "topup", trip_id=tid, plan_type=plan, 套餐类型=PLAN_ZH[plan],
                      destination=dest, 目的地=zh, dest_region=r_en, 目的地区域=r_zh, data_gb=tgb, list_price=tamt,
                      coupon_code=None, discount=0.0, pay_method=c["pay"], 支付方式=PAY_ZH[c["pay"]])
    ev(c, t_exp, "tp_expire", "expired", sid=tid, **tprops)
    # post-trip survey at expiry
    if rng.random() < 0.14:
        bad = slow or no_signal
        if bad:
            topics, gen, r = (["slow_data"] if slow else ["no_signal"]), None, stars(1, 3)
        else:
            x = rng.random()
            topics, gen, r = ((["cheaper_roaming"], None, stars(4, 5)) if x < 0.40 else
                              ([], "pos", stars(4, 5)) if x < 0.78 else ([], "neu", 3))
        add_fb(c, t_exp + D(hours=u(1, 48)), "survey", topics, trip=trip, rating=r,
               nps=int(rng.integers(0, 6)) if r <= 2 else int(rng.integers(6, 9)) if r == 3 else
               int(rng.integers(8, 11)), tp="tp_expire" if not topics else None, generic=gen)
    if rng.random() < 0.015:   # social post
        t = pick(["cheaper_roaming", "install_easy", "no_signal"], [0.5, 0.3, 0.2])
        add_fb(c, t_exp + D(hours=u(1, 72)), "xiaohongshu", [t], trip=trip, lang="zh",
               anon=rng.random() < 0.3)
    return "ok"


GAP = {"business": (15, 40), "student_abroad": (45, 110), "tourist": (75, 150)}
NEXT_P = {"business": 0.80, "student_abroad": 0.50, "tourist": 0.32}
iceland_left = N_ICELAND
for c in cust:
    t_inst = at(c["signup"], u(7, 23.8))
    ev(c, t_inst, "tp_app_install", "install", channel=c["acq"])
    if rng.random() > (0.97 if c["acq"] == "airline_partner" else 0.84):
        continue
    t_b = t_inst + D(hours=u(0.02, 60))
    buy = c["dubai"] or c["brand"] == "Meizu" or rng.random() < BUY_P[c["acq"]] / 0.86
    late = not buy and rng.random() < 0.07
    if not buy and not late:
        for k in range(int(rng.integers(1, 4))):
            dest = pick(DNAMES, DW)
            ev(c, t_b + D(hours=u(0, 72) * k), "tp_browse", "view", sid=nid("s", "BR", 5), destination=dest,
               目的地=DEST[dest][0])
        continue
    ev(c, t_b, "tp_browse", "view", sid=nid("s", "BR", 5))
    day = (t_b + D(days=u(0.2, 12) if buy else u(16, 60))).date()
    first = True
    while day <= END:
        ice = iceland_left > 0 and c["ttype"] != "business" and not first and rng.random() < 0.25
        iceland_left -= ice
        res = do_trip(c, day, first, iceland=ice)
        first = False
        if res in ("device", "qr") and rng.random() < 0.85:
            break
        if not c["dubai"] and rng.random() > NEXT_P[c["ttype"]]:
            break
        lo, mean = GAP[c["ttype"]]
        day = day + D(days=lo + float(rng.exponential(mean)))

# ---------- customers: final attributes ----------
for c in cust:
    c["tier"] = "gold" if c["trips"] >= 5 else "silver" if c["trips"] >= 3 else "basic"
    if c["trips"] == 0:
        seg = "prospect"
    elif c["tier"] == "gold":
        seg = "vip"
    elif c["first_buy"] >= datetime(2026, 4, 1):
        seg = "new"
    elif c["last_buy"] < datetime(2025, 12, 1):
        seg = "at_risk"
    elif c["trips"] >= 2:
        seg = "returning"
    else:
        seg = "one_time"
    c["segment"] = seg

# a few exact duplicate event rows (the app re-sends its offline queue)
for i in rng.choice(len(events), 20, replace=False):
    events.append(dict(events[int(i)]))
events.sort(key=lambda e: (e["ts"], e["event_id"]))
orders.sort(key=lambda o: o["ts"])


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}" if abs(v - round(v)) > 1e-9 else f"{v:.1f}"
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", [dict(customer_id=c["customer_id"], signup_at=at(c["signup"], 0.0).date(),
                                       segment=c["segment"], region=c["city_en"], 常住城市=c["city_zh"],
                                       acquisition_channel=c["acq"], 获客渠道=ACQ_ZH[c["acq"]], tier=c["tier"],
                                       会员等级=TIER_ZH[c["tier"]], traveller_type=c["ttype"],
                                       旅客类型=TTYPE_ZH[c["ttype"]], phone_os=c["os"], phone_brand=c["brand"],
                                       手机品牌=BRAND_ZH[c["brand"]], language=c["lang"], age_band=c["age"],
                                       gender=c["gender"], preferred_payment=c["pay"]) for c in cust],
          ["customer_id", "signup_at", "segment", "region", "常住城市", "acquisition_channel", "获客渠道", "tier",
           "会员等级", "traveller_type", "旅客类型", "phone_os", "phone_brand", "手机品牌", "language", "age_band",
           "gender", "preferred_payment"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "destination", "目的地", "dest_region", "目的地区域", "plan_type", "套餐类型", "data_gb",
           "amount", "pay_method", "error_code", "错误类型", "issue", "问题类型", "reason", "refund_amount",
           "topup_gb", "usage_gb"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
           "plan_type", "套餐类型", "destination", "目的地", "dest_region", "目的地区域", "data_gb", "list_price",
           "coupon_code", "discount", "pay_method", "支付方式", "currency", "trip_id", "refunded_at",
           "refund_amount"])
    fb = sorted(feedback, key=lambda f: f["feedback_id"])
    write(out / "feedback.csv", fb,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "trip_id", "destination", "目的地", "plan_type", "phone_os", "phone_brand", "sentiment_label"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topics", "sentiment"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
