#!/usr/bin/env python
"""Generate the 鼎沸火锅 DingFei Hotpot held-out dataset (synthetic, fixed seed).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment per comment; not a DATA.md table).
Data covers 2025-01-01 .. 2026-06-30. Naive local times (China and Kuala Lumpur are both UTC+8).
See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 1)  # exclusive
N_CUSTOMERS = 3800
MYR_TO_CNY = 1.60  # group reporting rate, fixed for the whole period

rng = np.random.default_rng(SEED)


def R() -> float:
    return float(rng.random())


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    u = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if u < acc:
            return o
    return options[-1]


# ---------------------------------------------------------------- stores and cities
# store_id, name_zh, name_en, city, busy factor, district_zh, district_en, opened
STORES = [
    ("CD01", "成都春熙路店", "Chengdu Chunxi Road", "Chengdu", 1.5, "锦江区", "Jinjiang", None),
    ("CD02", "成都宽窄巷子店", "Chengdu Kuanzhai Alley", "Chengdu", 1.1, "青羊区", "Qingyang", None),
    ("CD03", "成都高新店", "Chengdu Hi-Tech Zone", "Chengdu", 0.9, "高新区", "Gaoxin", None),
    ("CQ01", "重庆解放碑店", "Chongqing Jiefangbei", "Chongqing", 1.2, "渝中区", "Yuzhong", None),
    ("CQ02", "重庆观音桥店", "Chongqing Guanyinqiao", "Chongqing", 1.0, "江北区", "Jiangbei", None),
    ("BJ01", "北京望京店", "Beijing Wangjing", "Beijing", 1.4, "朝阳区", "Chaoyang", None),
    ("BJ02", "北京三里屯店", "Beijing Sanlitun", "Beijing", 1.1, "朝阳区", "Chaoyang", None),
    ("BJ03", "北京五道口店", "Beijing Wudaokou", "Beijing", 0.9, "海淀区", "Haidian", None),
    ("SH01", "上海人民广场店", "Shanghai People's Square", "Shanghai", 1.2, "黄浦区", "Huangpu", None),
    ("SH02", "上海徐家汇店", "Shanghai Xujiahui", "Shanghai", 1.0, "徐汇区", "Xuhui", None),
    ("SH03", "上海陆家嘴店", "Shanghai Lujiazui", "Shanghai", 1.0, "浦东新区", "Pudong", None),
    ("SZ01", "深圳福田店", "Shenzhen Futian", "Shenzhen", 1.1, "福田区", "Futian", None),
    ("SZ02", "深圳南山店", "Shenzhen Nanshan", "Shenzhen", 1.0, "南山区", "Nanshan", None),
    ("SZ03", "深圳宝安店", "Shenzhen Bao'an", "Shenzhen", 0.8, "宝安区", "Bao'an", None),
    ("KL01", "吉隆坡武吉免登店", "KL Bukit Bintang", "Kuala Lumpur", 1.1, "武吉免登", "Bukit Bintang", None),
    ("KL02", "吉隆坡谷中城店", "KL Mid Valley", "Kuala Lumpur", 1.0, "谷中城", "Mid Valley", datetime(2025, 6, 14)),
]
STORE = {s[0]: s for s in STORES}
CITY_ZH = {"Chengdu": "成都", "Chongqing": "重庆", "Beijing": "北京", "Shanghai": "上海", "Shenzhen": "深圳",
           "Kuala Lumpur": "吉隆坡"}
REGION = {"Chengdu": ("southwest", "西南"), "Chongqing": ("southwest", "西南"), "Beijing": ("north", "华北"),
          "Shanghai": ("east", "华东"), "Shenzhen": ("south", "华南"), "Kuala Lumpur": ("malaysia", "马来西亚")}
CITIES = ["Chengdu", "Chongqing", "Beijing", "Shanghai", "Shenzhen", "Kuala Lumpur"]
CITY_W = [0.21, 0.13, 0.19, 0.21, 0.15, 0.11]
PRICE_PP = {"Chengdu": 92, "Chongqing": 88, "Beijing": 138, "Shanghai": 148, "Shenzhen": 132, "Kuala Lumpur": 76}
P_DELIVERY = {"Chengdu": 0.28, "Chongqing": 0.25, "Beijing": 0.42, "Shanghai": 0.6, "Shenzhen": 0.49,
              "Kuala Lumpur": 0.38}
BROTHS = [("mala_tallow", "牛油麻辣锅", "Beef tallow mala"), ("yuanyang", "鸳鸯锅", "Yin-yang (half spicy)"),
          ("tomato", "番茄锅", "Tomato"), ("mushroom", "菌汤锅", "Wild mushroom"),
          ("veg_oil_mala", "清油麻辣锅", "Vegetable-oil mala"), ("tomyum", "冬阴功锅", "Tom yum")]
BROTH_W = {"Chengdu": [.42, .2, .1, .08, .2, 0], "Chongqing": [.6, .15, .08, .07, .1, 0],
           "Beijing": [.2, .42, .2, .13, .05, 0], "Shanghai": [.15, .43, .25, .15, .02, 0],
           "Shenzhen": [.15, .42, .23, .18, .02, 0], "Kuala Lumpur": [.15, .33, .17, .1, 0, .25]}
DAYPART_ZH = {"lunch": "午市", "dinner": "晚市", "late_night": "夜宵"}
SEASON = {(2025, 1): 1.25, (2025, 2): 1.12, (2025, 3): 0.95, (2025, 4): 0.9, (2025, 5): 0.88, (2025, 6): 0.84,
          (2025, 7): 0.76, (2025, 8): 0.8, (2025, 9): 0.95, (2025, 10): 1.0, (2025, 11): 1.12, (2025, 12): 1.42,
          (2026, 1): 1.2, (2026, 2): 1.18, (2026, 3): 0.97, (2026, 4): 0.92, (2026, 5): 0.88, (2026, 6): 0.84}
ACQ_CN = (["meituan", "dianping", "douyin", "wechat_mini_program", "own_app", "walk_in", "xiaohongshu"],
          [0.17, 0.15, 0.15, 0.2, 0.1, 0.13, 0.1])
ACQ_KL = (["google_maps", "facebook", "walk_in", "own_app", "grabfood", "xiaohongshu"],
          [0.25, 0.2, 0.2, 0.15, 0.12, 0.08])
ACQ_ZH = {"meituan": "美团", "dianping": "大众点评", "douyin": "抖音团购", "wechat_mini_program": "微信小程序",
          "own_app": "鼎沸App", "walk_in": "到店", "xiaohongshu": "小红书", "google_maps": "谷歌地图",
          "facebook": "Facebook", "grabfood": "GrabFood"}
TIER_ZH = {"non_member": "非会员", "silver": "银卡", "gold": "金卡", "black_gold": "黑金卡"}
PLATFORM_ZH = {"meituan": "美团外卖", "eleme": "饿了么", "grabfood": "GrabFood", "own_app": "自营App",
               "own_mini_program": "自营小程序"}
REFUND_ZH = {"hygiene": "卫生问题", "late_delivery": "外卖超时", "soup_spill": "汤底洒漏", "wrong_dish": "上错菜",
             "store_cancelled": "门店取消", "customer_cancelled": "顾客取消"}

# reservation-system migration: app / mini-program reservations fail to confirm
MIGRATION = (datetime(2026, 3, 2), datetime(2026, 3, 30))
# Wangjing hygiene incident (viral kitchen video)
HYGIENE = (datetime(2025, 9, 8), datetime(2025, 11, 1))
TOPUP_CAMPAIGN = (datetime(2025, 12, 1), datetime(2026, 1, 1))
ELEME_LATE_2026 = {1: 0.13, 2: 0.2, 3: 0.28, 4: 0.37, 5: 0.46, 6: 0.55}


def app_version(channel: str, ts: datetime) -> str | None:
    if channel == "app":
        if ts < datetime(2025, 7, 10):
            return "6.1.0"
        if ts < datetime(2026, 2, 24):
            return "6.2.3"
        return "6.3.0"
    if channel == "mini_program":
        return "mp-2.4" if ts < datetime(2025, 10, 20) else "mp-2.5"
    return None


# ---------------------------------------------------------------- text templates
T = {
    "long_wait": {
        "zh": ["周末晚上排队排了{w}分钟才吃上，太久了", "取号后排队等了快{w}分钟，叫号也不准", "排队时间太长了，{store}门口站了一个多小时",
               "远程取号显示20分钟，结果排队{w}分钟，体验很差", "排队排到饿过头了，等位区连椅子都不够"],
        "en": ["Queued for {w} minutes on a weekend night, way too long.", "The queue at {store_en} was crazy, waited about {w} minutes.",
               "Remote queue said 20 min but the actual queue took {w} minutes.", "Long queue again, we almost gave up and left."],
    },
    "hygiene": {
        "zh": ["锅底里吃出一根头发，卫生太差了", "碗筷上有油渍没洗干净，卫生堪忧", "看到后厨的视频吓到了，卫生问题必须整改",
               "桌子黏糊糊的，地上还有纸巾，卫生不行", "毛肚有异味，感觉食材卫生有问题"],
        "en": ["Found a hair in the broth, hygiene is really poor.", "Bowls were greasy and not washed properly, hygiene issue.",
               "Saw the kitchen video online, the hygiene at this branch is worrying.", "Sticky table and dirty floor, hygiene needs work."],
    },
    "delivery_late": {
        "zh": ["外卖超时{m}分钟，锅底都凉了", "预计45分钟送达，结果超时快一个小时", "又超时了，骑手一直显示在取餐",
               "下单一个半小时才到，严重超时，肉都不新鲜了", "晚上点的外卖超时太多，孩子都饿睡着了"],
        "en": ["Delivery was {m} minutes late and the broth was cold.", "Order arrived very late, almost an hour after the promised time.",
               "Late again, the rider was stuck at pickup forever.", "Way too late for a hotpot delivery, food was lukewarm."],
    },
    "soup_spill": {
        "zh": ["汤底洒了一袋子，包装太不牢靠", "送到的时候锅底洒了一半", "红油洒得到处都是，外卖袋全湿了"],
        "en": ["The soup base spilled all over the bag.", "Half of the broth spilled during delivery, packaging needs fixing."],
    },
    "booking_failed": {
        "zh": ["小程序订座失败好几次，一直提示系统繁忙", "订座失败了还显示已扣定金，最后只能打电话",
               "App上订座失败，到店才发现没有我的预订", "订座失败，换了两个时间段都不行"],
        "en": ["Booking failed three times in the app, kept saying system busy.", "My table booking failed and I only found out at the door.",
               "Online booking failed, had to call the store to reserve."],
    },
    "pricey": {
        "zh": ["人均快两百，有点小贵", "菜量少价格贵，性价比一般", "锅底加菜品算下来太贵了", "涨价了，比以前贵不少"],
        "en": ["A bit pricey for the portion size.", "Pricey compared with other hotpot places nearby.", "Good but pricey, the bill added up fast."],
    },
    "refund_slow": {
        "zh": ["申请退款一周了还没到账", "退款流程太慢，客服一直让等", "退款说三个工作日，已经十天了"],
        "en": ["Still waiting for my refund after a week.", "The refund is taking forever, customer support keeps stalling."],
    },
    "taste_good": {
        "zh": ["牛油锅底很香，毛肚鸭肠都很新鲜，好吃", "番茄锅好吃，小朋友很喜欢", "菌汤锅底鲜，肥牛好吃，会再来",
               "锅底够味，麻辣鲜香，好吃不贵", "锅底香，手打虾滑好吃，下次还来"],
        "en": ["The mala broth was delicious and the beef was super fresh.", "Tomato soup base is delicious, kids loved it.",
               "Delicious hotpot, the tom yum broth is a must try.", "Really delicious, the handmade meatballs are great."],
    },
    "service_good": {
        "zh": ["服务很热情，主动帮忙下菜", "服务员很贴心，还送了果盘", "服务周到，加汤很及时", "服务态度好，小孩还有玩具"],
        "en": ["Great service, staff kept topping up the broth.", "Service was warm and attentive, even gave us free fruit.",
               "Friendly service, the manager checked on us twice."],
    },
    "birthday_surprise": {
        "zh": ["过生日用了生日券，店员还唱歌送长寿面，很感动", "生日券打了八折，还有生日惊喜，好评", "带家人来过生日，氛围很好"],
        "en": ["Used the birthday coupon and the staff sang for us, lovely surprise.", "Celebrated my birthday here, free longevity noodles!"],
    },
    "neutral": {
        "zh": ["还行吧，中规中矩", "正常水平，没什么特别的", "一般般，下次看情况", "环境可以，味道一般"],
        "en": ["It was ok, nothing special.", "Average experience overall.", "Decent, might come back."],
    },
}
TOPIC_SENT = {"long_wait": "neg", "hygiene": "neg", "delivery_late": "neg", "soup_spill": "neg",
              "booking_failed": "neg", "pricey": "neg", "refund_slow": "neg", "taste_good": "pos",
              "service_good": "pos", "birthday_surprise": "pos", "neutral": "neu"}
TOPIC_TP = {"long_wait": "tp_queue_called", "hygiene": "tp_seated", "delivery_late": "tp_delivered",
            "soup_spill": "tp_delivered", "booking_failed": "tp_reserve_confirm", "pricey": "tp_bill_paid",
            "refund_slow": "tp_refund", "taste_good": "tp_order_dine", "service_good": "tp_seated",
            "birthday_surprise": "tp_coupon_redeem", "neutral": None}


def rating_for(topic: str) -> int:
    s = TOPIC_SENT[topic]
    if topic == "pricey":
        return int(pick([2, 3], [0.55, 0.45]))
    if s == "neg":
        return int(pick([1, 2, 3], [0.55, 0.38, 0.07]))
    if s == "pos":
        return int(pick([4, 5], [0.3, 0.7]))
    return int(pick([3, 4], [0.6, 0.4]))


def nps_for(rating: int) -> int:
    base = {1: 1, 2: 3, 3: 6, 4: 8, 5: 9}[rating]
    return int(min(10, max(0, base + int(rng.integers(-1, 2)))))


# ---------------------------------------------------------------- output collectors
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
counters = {"S": 0, "O": 0, "F": 0}


def new_id(kind: str, prefix: str, width: int = 6) -> str:
    counters[kind] += 1
    return f"{prefix}{counters[kind]:0{width}d}"


def fmt(ts: datetime) -> str:
    return ts.replace(microsecond=0).isoformat(sep=" ")


def cell(v) -> str:
    t = type(v)
    if t is str:
        return v
    if t is int:
        return str(v)
    if t is datetime:
        return fmt(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return str(int(v)) if v == int(v) else f"{v:.2f}".rstrip("0").rstrip(".")
    return str(v)


def store_cols(sid: str) -> dict:
    s = STORE[sid]
    return dict(store_id=sid, store_name=s[1], store_name_en=s[2], city=s[3], city_zh=CITY_ZH[s[3]],
                country="MY" if s[3] == "Kuala Lumpur" else "CN")


def ev(c: dict, ts: datetime, tp: str, sess: str | None, action: str, channel: str, sid: str | None, **extra):
    if ts >= END or ts < START:
        return False
    device = c["os"] if channel in ("app", "mini_program", "meituan", "eleme", "grabfood", "dianping", "google") else None
    row = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, session_id=sess, action=action, device=device,
               channel=channel, app_version=app_version(channel, ts))
    if sid:
        row.update(store_cols(sid))
    row.update(extra)
    events.append({k: cell(v) for k, v in row.items() if v is not None})
    return True


def add_feedback(topic, lang, channel, ts, c=None, sid=None, order_id=None, rating=True, nps=False, tp=None,
                 platform=None, device=None, **fill):
    ftxt = pick(T[topic][lang])
    s = STORE[sid] if sid else None
    text = ftxt.format(w=fill.get("w", 60), m=fill.get("m", 30), store=s[1] if s else "门店",
                       store_en=s[2] if s else "the store")
    fid = new_id("F", "FB", 6)
    r = rating_for(topic) if rating else None
    row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["id"] if c else None,
               touchpoint_id=tp if tp is not None else TOPIC_TP[topic], channel=channel, rating=r,
               nps=nps_for(r) if (nps and r) else None, order_id=order_id, platform=platform, device=device,
               language="zh" if lang == "zh" else "en")
    if sid:
        row.update(store_cols(sid))
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=TOPIC_SENT[topic], language=row["language"]))


def lang_of(c: dict) -> str:
    return "en" if R() < c["p_en"] else "zh"


# ---------------------------------------------------------------- customers
customers: list[dict] = []


def rand_dt(a: datetime, b: datetime) -> datetime:
    return a + timedelta(seconds=float(rng.uniform(0, (b - a).total_seconds())))


for i in range(N_CUSTOMERS):
    city = pick(CITIES, CITY_W)
    kl = city == "Kuala Lumpur"
    cstores = [s for s in STORES if s[3] == city]
    home = pick([s[0] for s in cstores], [s[4] for s in cstores])
    if R() < 0.34:
        signup = rand_dt(datetime(2023, 3, 1), datetime(2024, 12, 31))
    else:
        signup = rand_dt(datetime(2025, 1, 1), datetime(2026, 6, 25))
    if home == "KL02" and signup < datetime(2025, 6, 1) and R() < 0.7:
        home = "KL01"
    acq_opts = ACQ_KL if kl else ACQ_CN
    acq = pick(*acq_opts)
    tier = pick(["non_member", "silver", "gold", "black_gold"], [0.44, 0.33, 0.17, 0.06])
    if acq == "douyin" and tier != "non_member" and R() < 0.5:
        tier = "non_member"
    member_since = None
    if tier != "non_member":
        member_since = signup + timedelta(days=float(rng.exponential(25)))
        if member_since >= END - timedelta(days=2):
            tier, member_since = "non_member", None
    ios_share = 0.6 if city in ("Beijing", "Shanghai", "Shenzhen") else 0.48
    os_ = "ios" if R() < ios_share else "android"
    pref = "app" if kl else pick(["mini_program", "app"], [0.62, 0.38])
    rate = float(rng.gamma(1.4, 0.2)) * {"non_member": 0.8, "silver": 1.0, "gold": 1.5, "black_gold": 2.3}[tier]
    churn_at = None
    if R() < 0.33:
        churn_at = rand_dt(max(signup, START) + timedelta(days=30), END + timedelta(days=200))
    if kl:
        language = pick(["en", "zh-CN", "ms"], [0.45, 0.42, 0.13])
    elif city in ("Shanghai", "Beijing", "Shenzhen"):
        language = "en" if R() < 0.05 else "zh-CN"
    else:
        language = "en" if R() < 0.01 else "zh-CN"
    # language of the comments they write (Malay speakers in KL write their reviews in English here)
    p_en = 0.9 if language in ("en", "ms") else (0.1 if kl else 0.01)
    c = dict(id=f"C{i + 1:05d}", city=city, kl=kl, home=home, signup=signup, acq=acq, tier=tier,
             member_since=member_since, os=os_, pref=pref, rate=rate, churn_at=churn_at, p_en=p_en,
             balance=0.0, points=0, sv_user=False, birthday_month=int(rng.integers(1, 13)),
             gender=pick(["female", "male"], [0.54, 0.46]),
             age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.22, 0.38, 0.22, 0.12, 0.06]),
             n_visits=0, last_activity=None, language=language)
    if tier != "non_member":
        c["sv_user"] = R() < {"silver": 0.3, "gold": 0.55, "black_gold": 0.8}[tier]
        if member_since < START:
            c["points"] = int(rng.integers(0, 3000))
            if c["sv_user"]:
                c["balance"] = float(rng.choice([0, 200, 400, 800]))
    customers.append(c)


# ---------------------------------------------------------------- occasion helpers
def store_for(c: dict, ts: datetime) -> str:
    sid = c["home"]
    if R() < 0.2:
        others = [s[0] for s in STORES if s[3] == c["city"]]
        sid = pick(others)
    if STORE[sid][7] and ts < STORE[sid][7]:
        sid = "KL01"
    # Wangjing hygiene incident: half of the visits planned there go to another Beijing store
    if sid == "BJ01" and HYGIENE[0] <= ts < HYGIENE[1] and R() < 0.6:
        sid = pick(["BJ02", "BJ03"])
    return sid


def daypart_time(day: date, kind: str = "dine") -> tuple[str, datetime]:
    dp = pick(["lunch", "dinner", "late_night"], [0.3, 0.6, 0.1])
    if dp == "lunch":
        h = float(rng.uniform(11.0, 13.75))
    elif dp == "dinner":
        h = float(rng.uniform(17.0, 20.75))
    else:
        h = float(rng.uniform(21.0, 22.9))
    return dp, datetime(day.year, day.month, day.day) + timedelta(hours=h)


def queue_wait(sid: str, dp: str, t: datetime) -> float:
    weekend = t.weekday() >= 4
    # BJ01 is a big store: many members call it home, but it has the floor space to seat them
    base = {"lunch": 9, "dinner": 30 if weekend else 16, "late_night": 8}[dp] * (1.05 if sid == "BJ01" else STORE[sid][4])
    if sid == "CD01" and dp == "dinner" and weekend:
        base *= 2.1
    if sid == "CD01" and dp == "lunch":
        base *= 1.5
    return max(1.0, base * float(rng.lognormal(0, 0.45)))


def pay_method(c: dict, amount_local: float) -> str:
    if c["sv_user"] and c["balance"] >= amount_local and R() < 0.85:
        return "stored_value"
    if c["kl"]:
        return pick(["card", "tng_ewallet", "grabpay", "cash"], [0.4, 0.35, 0.12, 0.13])
    return pick(["wechat_pay", "alipay", "card", "cash"], [0.6, 0.32, 0.06, 0.02])


def topup(c: dict, ts: datetime, channel: str, sid: str | None, campaign: str | None):
    if ts >= END:
        return
    if c["kl"]:
        amt = float(pick([200, 500, 1000], [0.35, 0.45, 0.2]))
    else:
        amt = float(pick([500, 1000, 2000], [0.4, 0.45, 0.15]))
    bonus = amt * (0.2 if campaign else 0.05)
    oid = new_id("O", "OD", 7)
    sess = new_id("S", "MB", 6)
    cur = "MYR" if c["kl"] else "CNY"
    ev(c, ts, "tp_topup", sess, "success", channel, sid, order_id=oid, topup_amount=amt, bonus_amount=bonus,
       currency=cur, campaign=campaign)
    o = dict(order_id=oid, customer_id=c["id"], ts=ts, amount=amt, status="paid", channel=channel,
             device=c["os"] if channel in ("app", "mini_program") else None, order_type="topup", order_type_zh="储值充值",
             currency=cur, amount_cny=round(amt * (MYR_TO_CNY if c["kl"] else 1), 2), topup_bonus=bonus,
             campaign=campaign, payment_method=pay_method(dict(c, sv_user=False), amt), session_id=sess)
    if sid:
        o.update(store_cols(sid))
    orders.append(o)
    c["balance"] += amt + bonus


def dine(c: dict, sid: str, sess: str, seated: datetime, dp: str, seating: str, wait: float | None,
         coupon: str | None = None):
    """Seated → QR order → bill paid (+ stored value, points, complaints, refunds, feedback)."""
    kl = c["kl"]
    city = STORE[sid][3]
    party = int(pick([1, 2, 3, 4, 5, 6, 7, 8], [0.05, 0.34, 0.2, 0.2, 0.08, 0.07, 0.03, 0.03]))
    broth = pick(BROTHS, BROTH_W[city])
    ev(c, seated, "tp_seated", sess, "success", "store", sid, party_size=party, seating=seating,
       wait_minutes=round(wait, 1) if wait is not None else None, daypart=dp, daypart_zh=DAYPART_ZH[dp])
    t_order = seated + timedelta(minutes=float(rng.uniform(3, 9)))
    oid = new_id("O", "OD", 7)
    dishes = int(max(3, party * 2 + rng.integers(-1, 4)))
    ev(c, t_order, "tp_order_dine", sess, "submit", "mini_program" if not kl else "app", sid, order_id=oid,
       party_size=party, broth=broth[0], broth_zh=broth[1], dish_count=dishes)
    subtotal = party * PRICE_PP[city] * float(rng.lognormal(0, 0.17))
    discount = 0.0
    coupon_type = None
    if coupon == "birthday":
        discount, coupon_type = min(0.2 * subtotal, 150.0 if not kl else 80.0), "birthday"
    elif c["acq"] == "douyin" and R() < 0.55:
        discount, coupon_type = 0.25 * subtotal, "douyin_voucher"
    elif c["tier"] != "non_member" and R() < 0.12:
        discount, coupon_type = 0.1 * subtotal, "member_coupon"
    net = subtotal - discount
    service_charge = round(net * 0.10, 2) if kl else 0.0
    sst = round(net * 0.06, 2) if kl else 0.0
    amount = round(net + service_charge + sst, 2)
    t_bill = seated + timedelta(minutes=float(rng.uniform(60, 115)))
    hygiene_issue = (sid == "BJ01" and HYGIENE[0] <= seated < HYGIENE[1] and R() < 0.35) or R() < 0.002
    wrong_dish = R() < 0.006
    # top-up at the cashier right before paying (bonus) — stored-value users short of balance, and the
    # December 2025 campaign 充1000送200
    campaign = "dec_1000_200" if TOPUP_CAMPAIGN[0] <= t_bill < TOPUP_CAMPAIGN[1] else None
    if c["tier"] != "non_member" and c["member_since"] and c["member_since"] <= t_bill:
        if (c["sv_user"] and c["balance"] < amount and R() < 0.45) or (campaign and R() < 0.3):
            c["sv_user"] = True
            topup(c, t_bill - timedelta(minutes=2), "store", sid, campaign)
    pm = pay_method(c, amount)
    status = "paid"
    refund_reason = None
    if hygiene_issue and R() < 0.5:
        status, refund_reason = "refunded", "hygiene"
    elif wrong_dish and R() < 0.5:
        status, refund_reason = "refunded", "wrong_dish"
    if not ev(c, t_bill, "tp_bill_paid", sess, "success", "store", sid, order_id=oid, payment_method=pm,
              amount=amount, currency="MYR" if kl else "CNY"):
        return
    if pm == "stored_value":
        c["balance"] -= amount
        ev(c, t_bill + timedelta(seconds=20), "tp_sv_pay", sess, "success", "store", sid, order_id=oid, amount=amount,
           currency="MYR" if kl else "CNY")
    if coupon == "birthday":
        ev(c, t_bill + timedelta(seconds=40), "tp_coupon_redeem", sess, "success", "store", sid, order_id=oid,
           coupon_type="birthday")
    amount_cny = round(amount * (MYR_TO_CNY if kl else 1), 2)
    pts = int(amount_cny) if c["tier"] != "non_member" else 0
    o = dict(order_id=oid, customer_id=c["id"], ts=t_bill, amount=amount, status=status, channel="store",
             device=None, order_type="dine_in", order_type_zh="堂食", currency="MYR" if kl else "CNY",
             amount_cny=amount_cny, seating=seating, seating_zh="预订" if seating == "reservation" else "排队取号",
             party_size=party, broth=broth[0], broth_zh=broth[1], broth_en=broth[2], dish_count=dishes,
             subtotal=round(subtotal, 2), discount=round(discount, 2), coupon_used=coupon_type is not None,
             coupon_type=coupon_type, service_charge=service_charge, sst=sst, payment_method=pm, points_earned=pts,
             daypart=dp, daypart_zh=DAYPART_ZH[dp], session_id=sess, wait_minutes=round(wait, 1) if wait else None)
    o.update(store_cols(sid))
    c["points"] += pts
    c["n_visits"] += 1
    c["last_activity"] = t_bill
    # complaints and refunds
    comp_type = None
    if hygiene_issue and R() < 0.55:
        comp_type = "hygiene"
    elif wait is not None and wait > 50 and R() < 0.06:
        comp_type = "long_wait"
    if comp_type:
        t_comp = t_bill + timedelta(minutes=float(rng.uniform(5, 600)))
        if ev(c, t_comp, "tp_complaint", sess, "submit", pick(["phone", "app", "store"], [0.4, 0.35, 0.25]), sid,
              complaint_type=comp_type, order_id=oid) and R() < 0.7:
            add_feedback(comp_type, lang_of(c), "ticket", t_comp + timedelta(minutes=float(rng.uniform(1, 30))), c,
                         sid, oid, rating=False, platform="hotline", w=round(wait or 60))
    refund_days = None
    if status == "refunded":
        refund_days = int(rng.integers(1, 4)) if R() < 0.85 else int(rng.integers(7, 15))
        t_ref = t_bill + timedelta(hours=float(rng.uniform(1, 30)))
        o.update(refund_reason=refund_reason, refund_reason_zh=REFUND_ZH[refund_reason], refunded_at=t_ref,
                 refund_days=refund_days)
        ev(c, t_ref, "tp_refund", sess, "success", "store", sid, order_id=oid, refund_reason=refund_reason,
           refund_amount=amount, refund_days=refund_days, currency="MYR" if kl else "CNY")
    orders.append(o)
    # points redemption (member app, after the meal)
    if c["tier"] != "non_member" and c["points"] >= 800 and R() < 0.14:
        c["points"] -= 500
        ev(c, t_bill + timedelta(minutes=float(rng.uniform(3, 60))), "tp_points_redeem", new_id("S", "MB", 6),
           "success", c["pref"], sid, points_used=500, reward=pick(["free_dish", "drink_voucher", "broth_upgrade"]))
    # feedback
    t_fb = t_bill + timedelta(hours=float(rng.uniform(0.5, 48)))
    if t_fb >= END:
        return
    topic = None
    if hygiene_issue and R() < 0.6:
        topic = "hygiene"
    elif wait is not None and wait > 45 and R() < 0.22:
        topic = "long_wait"
    elif coupon == "birthday" and R() < 0.12:
        topic = "birthday_surprise"
    elif refund_days and refund_days > 5 and R() < 0.5:
        topic = "refund_slow"
    elif R() < 0.08:
        pr = 0.2 if city in ("Beijing", "Shanghai") else 0.1
        topic = pick(["taste_good", "service_good", "pricey", "neutral"], [0.38, 0.27, pr, 0.2])
    if topic:
        lang = lang_of(c)
        if topic == "refund_slow":
            add_feedback(topic, lang, "ticket", t_fb, c, sid, oid, rating=False)
        else:
            ch = pick(["survey", "google_review" if kl else "dianping_review"], [0.55, 0.45])
            add_feedback(topic, lang, ch, t_fb, c, sid, oid, rating=True, nps=(ch == "survey" and R() < 0.45),
                         tp="tp_bill_paid" if topic == "neutral" else None, platform={"survey": "mini_program" if not kl else "app", "google_review": "google",
                                   "dianping_review": "dianping"}[ch], w=round(wait or 60))


def reservation(c: dict, day: date, coupon: str | None = None):
    dp, slot = daypart_time(day)
    sid = store_for(c, slot)
    sess = new_id("S", "RS", 6)
    lead = int(pick([0, 1, 2, 3, 5, 7, 10], [0.38, 0.22, 0.13, 0.1, 0.08, 0.06, 0.03]))
    party_hint = None
    if R() < 0.14:  # phone reservation: staff key it in, no browsing
        t_sub = slot - timedelta(days=lead, hours=float(rng.uniform(1, 6)))
        chan = "phone"
        ev(c, t_sub, "tp_reserve_submit", sess, "submit", chan, sid, lead_days=lead, reservation_slot=fmt(slot))
    else:
        if c["kl"]:
            chan = pick(["app", "google"], [0.8, 0.2])
        else:
            chan = pick([c["pref"], "dianping"], [0.75, 0.25])
        t0 = slot - timedelta(days=lead, hours=float(rng.uniform(1, 8)))
        src = pick(["search", "home_banner", "douyin_voucher", "share_link"], [0.4, 0.3, 0.15, 0.15]) \
            if c["acq"] != "douyin" else "douyin_voucher"
        ev(c, t0, "tp_store_page", sess, "view", chan, sid, entry_source=src)
        p_start = 0.31 if c["acq"] == "douyin" else 0.56
        if R() > p_start:
            return
        t1 = t0 + timedelta(minutes=float(rng.uniform(0.5, 4)))
        ev(c, t1, "tp_reserve_start", sess, "click", chan, sid, lead_days=lead, reservation_slot=fmt(slot))
        if R() > 0.8:
            return
        t_sub = t1 + timedelta(minutes=float(rng.uniform(1, 5)))
        ev(c, t_sub, "tp_reserve_submit", sess, "submit", chan, sid, lead_days=lead, reservation_slot=fmt(slot))
    # confirmation (sometimes a retry)
    t = t_sub
    for attempt in range(3):
        tc = t + timedelta(seconds=float(rng.uniform(5, 50)))
        migr = MIGRATION[0] <= tc < MIGRATION[1] and chan in ("app", "mini_program")
        if migr and R() < 0.55:
            err = "SLOT_SYNC_ERROR"
        elif R() < 0.035:
            err = "SLOT_FULL"
        else:
            err = None
        if err is None:
            ev(c, tc, "tp_reserve_confirm", sess, "success", chan, sid, reservation_slot=fmt(slot))
            break
        # a failed attempt is logged on the submit step (the confirmation never came)
        ev(c, tc, "tp_reserve_submit", sess, "fail", chan, sid, error_code=err, reservation_slot=fmt(slot),
           attempt=attempt + 1)
        if err == "SLOT_SYNC_ERROR":
            if R() < 0.3:
                t_comp = tc + timedelta(minutes=float(rng.uniform(2, 60)))
                ev(c, t_comp, "tp_complaint", sess, "submit", pick(["phone", "app"]), sid,
                   complaint_type="booking_failed")
                if R() < 0.7:
                    add_feedback("booking_failed", lang_of(c), "ticket", t_comp + timedelta(minutes=5), c, sid,
                                 rating=False, platform="hotline")
            if R() < 0.22:
                add_feedback("booking_failed", lang_of(c), "app_review", tc + timedelta(hours=float(rng.uniform(0.2, 20))),
                             None, None, rating=True, platform="app_store" if c["os"] == "ios" else "google_play",
                             device=c["os"])
        if R() > 0.35:
            return
        t = tc + timedelta(minutes=float(rng.uniform(2, 25)))
        if R() < 0.4:
            chan = "phone"
        ev(c, t, "tp_reserve_submit", sess, "submit", chan, sid, lead_days=lead, reservation_slot=fmt(slot),
           attempt=attempt + 2)
    else:
        return
    # cancel / no-show
    p_noshow = 0.18 if c["acq"] == "douyin" else 0.06
    u = R()
    if u < 0.05:
        ev(c, min(slot - timedelta(hours=1), tc + timedelta(hours=float(rng.uniform(1, 20)))), "tp_reserve_cancel",
           sess, "cancel", c["pref"] if not c["kl"] else "app", sid,
           cancel_reason=pick(["plan_changed", "found_other_place", "weather", "illness"]))
        return
    if u < 0.05 + p_noshow:
        return
    seated = slot + timedelta(minutes=float(rng.uniform(-10, 20)))
    wait = max(0.0, float(rng.normal(4, 4))) if seated.weekday() >= 4 else max(0.0, float(rng.normal(2, 2)))
    dine(c, sid, sess, seated + timedelta(minutes=wait), dp, "reservation", wait, coupon)


def walk_in(c: dict, day: date, coupon: str | None = None):
    dp, t0 = daypart_time(day)
    sid = store_for(c, t0)
    sess = new_id("S", "WQ", 6)
    remote = R() < (0.25 if c["kl"] else 0.38)
    chan = c["pref"] if remote else "store"
    wait = queue_wait(sid, dp, t0)
    party = int(pick([1, 2, 3, 4, 5, 6], [0.06, 0.38, 0.22, 0.2, 0.08, 0.06]))
    table = "small" if party <= 2 else "medium" if party <= 4 else "large"
    qno = f"{'ABC'[['small', 'medium', 'large'].index(table)]}{int(rng.integers(1, 180)):03d}"
    ev(c, t0, "tp_queue_ticket", sess, "submit", chan, sid, queue_no=qno, party_size=party, table_type=table,
       est_wait_minutes=int(round(wait * float(rng.uniform(0.5, 0.9)))), remote_queue=remote, daypart=dp)
    p_abandon = 1 - np.exp(-wait / 140.0)
    if R() < p_abandon:
        ev(c, t0 + timedelta(minutes=wait * float(rng.uniform(0.4, 0.9))), "tp_queue_abandon", sess, "cancel", chan,
           sid, queue_no=qno, waited_minutes=round(wait * 0.6, 1))
        return
    tcall = t0 + timedelta(minutes=wait)
    ev(c, tcall, "tp_queue_called", sess, "success", "store", sid, queue_no=qno, wait_minutes=round(wait, 1))
    if R() < 0.03:  # 过号
        return
    dine(c, sid, sess, tcall + timedelta(minutes=float(rng.uniform(1, 4))), dp, "walk_in", wait, coupon)


def delivery(c: dict, day: date):
    dp, t0 = daypart_time(day)
    t0 -= timedelta(minutes=50)
    sid = store_for(c, t0)
    if sid == "BJ01" and HYGIENE[0] <= t0 < HYGIENE[1]:
        sid = "BJ02"
    kl = c["kl"]
    if kl:
        plat = pick(["grabfood", "own_app"], [0.6, 0.4])
    else:
        # Ele.me ran heavy subsidies from January 2026 and took share from Meituan
        plat = pick(["meituan", "eleme", "own"], [0.48, 0.34, 0.18] if t0.year == 2025 else [0.42, 0.42, 0.16])
        if plat == "own":
            plat = "own_app" if c["pref"] == "app" else "own_mini_program"
    chan = {"own_app": "app", "own_mini_program": "mini_program"}.get(plat, plat)
    sess = new_id("S", "DL", 6)
    ev(c, t0, "tp_delivery_menu", sess, "view", chan, sid, delivery_platform=plat)
    if R() > 0.62:
        return
    t1 = t0 + timedelta(minutes=float(rng.uniform(1, 6)))
    ev(c, t1, "tp_delivery_cart", sess, "click", chan, sid, delivery_platform=plat)
    if R() > 0.76:
        return
    t2 = t1 + timedelta(minutes=float(rng.uniform(1, 4)))
    oid = new_id("O", "OD", 7)
    city = STORE[sid][3]
    fee = float(rng.choice([5.0, 6.0, 8.0])) if not kl else float(rng.choice([4.9, 5.9, 6.9]))
    food = PRICE_PP[city] * float(rng.uniform(0.9, 2.3))
    amount = round(food + fee, 2)
    pm = pick(["platform_pay"], [1]) if plat in ("meituan", "eleme", "grabfood") else pay_method(c, amount)
    ev(c, t2, "tp_delivery_pay", sess, "success", chan, sid, order_id=oid, delivery_platform=plat, amount=amount,
       currency="MYR" if kl else "CNY")
    promised = int(pick([35, 40, 45, 50], [0.2, 0.3, 0.35, 0.15]))
    o = dict(order_id=oid, customer_id=c["id"], ts=t2, amount=amount, status="paid", channel=chan,
             device=c["os"], order_type="delivery", order_type_zh="外卖", currency="MYR" if kl else "CNY",
             amount_cny=round(amount * (MYR_TO_CNY if kl else 1), 2), delivery_platform=plat,
             delivery_platform_zh=PLATFORM_ZH[plat], delivery_fee=fee, promised_minutes=promised,
             payment_method=pm, daypart=dp, daypart_zh=DAYPART_ZH[dp], session_id=sess,
             points_earned=int(amount * (MYR_TO_CNY if kl else 1)) if c["tier"] != "non_member" else 0)
    o.update(store_cols(sid))
    if pm == "stored_value":
        c["balance"] -= amount
        ev(c, t2 + timedelta(seconds=15), "tp_sv_pay", sess, "success", chan, sid, order_id=oid, amount=amount,
           currency="MYR" if kl else "CNY")
    if R() < 0.03:
        o.update(status="cancelled", cancel_reason=pick(["store_busy", "sold_out"]))
        orders.append(o)
        return
    t3 = t2 + timedelta(minutes=float(rng.uniform(1, 4)))
    ev(c, t3, "tp_delivery_accept", sess, "success", "store", sid, order_id=oid, delivery_platform=plat)
    p_late = 0.07
    if plat == "eleme" and t2.year == 2026:
        p_late = ELEME_LATE_2026[t2.month]
    late = R() < p_late
    actual = promised + float(rng.uniform(8, 55)) if late else promised - float(rng.uniform(0, 15))
    t4 = t2 + timedelta(minutes=float(rng.uniform(14, 24)) + (float(rng.uniform(5, 25)) if late else 0))
    ev(c, t4, "tp_rider_pickup", sess, "success", "store", sid, order_id=oid, delivery_platform=plat)
    t5 = t2 + timedelta(minutes=actual)
    spill = R() < 0.03
    ev(c, t5, "tp_delivered", sess, "success", chan, sid, order_id=oid, delivery_platform=plat,
       promised_minutes=promised, delivery_minutes=round(actual, 1), is_late=late, soup_spilled=spill)
    o.update(delivery_minutes=round(actual, 1), is_late=late, soup_spilled=spill)
    c["n_visits"] += 1
    c["last_activity"] = t2
    c["points"] += o["points_earned"]
    reason = None
    if late and R() < 0.1:
        reason = "late_delivery"
    elif spill and R() < 0.4:
        reason = "soup_spill"
    comp = "late_delivery" if late and R() < 0.16 else "soup_spill" if spill and R() < 0.3 else None
    if comp:
        t_comp = t5 + timedelta(minutes=float(rng.uniform(2, 90)))
        if ev(c, t_comp, "tp_complaint", sess, "submit", chan if chan in ("meituan", "eleme", "grabfood") else "phone",
              sid, complaint_type=comp, order_id=oid) and R() < 0.7:
            add_feedback("delivery_late" if comp == "late_delivery" else comp, lang_of(c), "ticket",
                         t_comp + timedelta(minutes=float(rng.uniform(1, 20))), c, sid, oid, rating=False,
                         platform=plat if plat in ("meituan", "eleme", "grabfood") else "hotline",
                         m=round(actual - promised))
    refund_days = None
    if reason:
        refund_days = int(rng.integers(1, 4)) if R() < 0.85 else int(rng.integers(7, 15))
        t_ref = t5 + timedelta(hours=float(rng.uniform(0.5, 12)))
        o.update(status="refunded", refund_reason=reason, refund_reason_zh=REFUND_ZH[reason], refunded_at=t_ref,
                 refund_days=refund_days)
        ev(c, t_ref, "tp_refund", sess, "success", chan, sid, order_id=oid, refund_reason=reason,
           refund_amount=amount, refund_days=refund_days, currency="MYR" if kl else "CNY")
    orders.append(o)
    t_fb = t5 + timedelta(hours=float(rng.uniform(0.2, 30)))
    if t_fb >= END:
        return
    topic = None
    if late and R() < (0.42 if plat == "eleme" else 0.3):
        topic = "delivery_late"
    elif spill and R() < 0.45:
        topic = "soup_spill"
    elif refund_days and refund_days > 5 and R() < 0.5:
        topic = "refund_slow"
    elif R() < 0.07:
        topic = pick(["taste_good", "neutral", "pricey"], [0.5, 0.3, 0.2])
    if topic:
        lang = lang_of(c)
        if topic == "refund_slow":
            add_feedback(topic, lang, "ticket", t_fb, c, sid, oid, rating=False, m=round(actual - promised))
        else:
            ch = {"meituan": "meituan_review", "eleme": "eleme_review", "grabfood": "grabfood_review"}.get(plat, "survey")
            add_feedback(topic, lang, ch, t_fb, c, sid, oid, rating=True, nps=(ch == "survey" and R() < 0.45),
                         tp="tp_delivered" if topic == "neutral" else None, platform=plat, m=round(actual - promised))


# ---------------------------------------------------------------- simulate each customer
def month_iter():
    y, m = 2025, 1
    while (y, m) <= (2026, 6):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def days_in(y, m):
    d0 = date(y, m, 1)
    d1 = date(y + (m == 12), m % 12 + 1, 1)
    return [d0 + timedelta(days=k) for k in range((d1 - d0).days)]


DAY_CACHE = {}
for y, m in month_iter():
    ds = days_in(y, m)
    w = np.array([1.7 if d.weekday() >= 4 else 1.0 for d in ds])
    DAY_CACHE[(y, m)] = (ds, w / w.sum())

for c in customers:
    active_from = max(c["signup"], START)
    active_to = min(c["churn_at"] or END, END)
    plan = []  # (datetime, kind)
    if c["member_since"] and START <= c["member_since"] < END:
        plan.append((c["member_since"], "join"))
    for y, m in month_iter():
        ds, w = DAY_CACHE[(y, m)]
        first = datetime(y, m, 1)
        if first >= active_to or datetime(ds[-1].year, ds[-1].month, ds[-1].day, 23) < active_from:
            continue
        lam = c["rate"] * SEASON[(y, m)]
        n = int(rng.poisson(lam * 1.6))
        for _ in range(n):
            d = ds[int(rng.choice(len(ds), p=w))]
            dt = datetime(d.year, d.month, d.day, 12)
            if not (active_from <= dt < active_to):
                continue
            u = R()
            if u < P_DELIVERY[c["city"]]:
                plan.append((dt, "delivery"))
            elif R() < 0.5:
                plan.append((dt, "reserve"))
            else:
                plan.append((dt, "walk"))
        # birthday coupon on the 1st of the birth month, 10:00
        if m == c["birthday_month"] and c["member_since"] and c["member_since"] < first and active_from <= first:
            plan.append((first + timedelta(hours=10), "bday"))
        # December 2025 top-up campaign pushed in the app
        if (y, m) == (2025, 12) and c["tier"] != "non_member" and c["member_since"] < first and R() < 0.1:
            plan.append((rand_dt(datetime(2025, 12, 1, 9), datetime(2025, 12, 31, 22)), "topup_app"))
    plan.sort(key=lambda x: x[0])
    for dt, kind in plan:
        if kind == "join":
            ch = "store" if R() < 0.45 else c["pref"]
            sid = c["home"] if ch == "store" else None
            if sid and STORE[sid][7] and dt < STORE[sid][7]:
                sid = "KL01"
            sess = new_id("S", "MB", 6)
            ev(c, dt, "tp_member_join", sess, "success", ch, sid, tier_at_join="silver", welcome_points=300)
            c["points"] += 300
            p_first = {"silver": 0.28, "gold": 0.5, "black_gold": 0.75}[c["tier"]]
            if R() < p_first:
                c["sv_user"] = True
                t_top = dt + timedelta(days=float(rng.exponential(14)))
                if t_top < END:
                    topup(c, t_top, c["pref"], None, "dec_1000_200" if TOPUP_CAMPAIGN[0] <= t_top < TOPUP_CAMPAIGN[1] else None)
        elif kind == "topup_app":
            c["sv_user"] = True
            topup(c, dt, c["pref"], None, "dec_1000_200")
        elif kind == "bday":
            sess = new_id("S", "BD", 6)
            ev(c, dt, "tp_birthday_coupon", sess, "send", c["pref"], None, coupon_type="birthday",
               coupon_value="20% off, max 150 CNY" if not c["kl"] else "20% off, max 80 MYR")
            p_view = 0.62 if c["tier"] == "silver" else 0.8
            if R() < p_view:
                tv = dt + timedelta(hours=float(rng.exponential(30)))
                ev(c, tv, "tp_coupon_view", sess, "view", c["pref"], None, coupon_type="birthday")
                p_use = {"silver": 0.3, "gold": 0.55, "black_gold": 0.68}[c["tier"]]
                if R() < p_use:
                    last = DAY_CACHE[(dt.year, dt.month)][0][-1]
                    dd = (tv + timedelta(days=float(rng.uniform(0.5, 20)))).date()
                    dd = min(dd, last)
                    if R() < 0.5:
                        reservation(c, dd, coupon="birthday")
                    else:
                        walk_in(c, dd, coupon="birthday")
        elif kind == "reserve":
            reservation(c, dt.date())
        elif kind == "walk":
            walk_in(c, dt.date())
        else:
            delivery(c, dt.date())

# ---------------------------------------------------------------- social posts and app reviews (no customer)
for k in range(170):
    u = R()
    if u < 0.25:
        topic, sid = "hygiene", "BJ01"
        ts = rand_dt(HYGIENE[0], datetime(2025, 10, 20))
    elif u < 0.45:
        topic, sid = "long_wait", "CD01"
        ts = rand_dt(START, END)
    elif u < 0.75:
        topic, sid = pick(["taste_good", "service_good"]), pick([s[0] for s in STORES])
        ts = rand_dt(START, END)
    else:
        topic, sid = pick(["neutral", "pricey"]), pick([s[0] for s in STORES])
        ts = rand_dt(START, END)
    kl = STORE[sid][3] == "Kuala Lumpur"
    plat = pick(["facebook", "xiaohongshu"], [0.6, 0.4]) if kl else pick(["xiaohongshu", "weibo", "douyin"], [0.55, 0.25, 0.2])
    lang = "en" if (kl and R() < 0.6) or (not kl and R() < 0.04) else "zh"
    add_feedback(topic, lang, "social", ts if R() > 0.5 else None, None, sid, rating=False, platform=plat, w=90)
for k in range(70):
    topic = pick(["taste_good", "neutral", "pricey", "service_good"], [0.3, 0.4, 0.15, 0.15])
    os_ = pick(["ios", "android"])
    add_feedback(topic, pick(["zh", "en"], [0.8, 0.2]), "app_review", rand_dt(START, END), None, None,
                 rating=True, platform="app_store" if os_ == "ios" else "google_play", device=os_,
                 tp=pick(["tp_store_page", "tp_reserve_submit", "tp_delivery_menu", "tp_topup"]))
# call-centre notes typed in later without a time stamp
for row in feedback:
    if row["channel"] == "ticket" and row["ts"] is not None and R() < 0.08:
        row["ts"] = None
        row["note_source"] = "call_note_backfill"

# ---------------------------------------------------------------- customers' end-of-data fields
cust_rows = []
for c in customers:
    last = c["last_activity"]
    if c["signup"] >= datetime(2026, 4, 1):
        seg = "new"
    elif c["tier"] == "black_gold" or c["n_visits"] >= 15:
        seg = "vip"
    elif last is None or last < datetime(2026, 3, 1):
        seg = "at_risk"
    else:
        seg = "regular"
    reg, reg_zh = REGION[c["city"]]
    s = STORE[c["home"]]
    cust_rows.append(dict(
        customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=reg, region_zh=reg_zh,
        acquisition_channel=c["acq"], acquisition_channel_zh=ACQ_ZH[c["acq"]], tier=c["tier"],
        tier_zh=TIER_ZH[c["tier"]], city=c["city"], city_zh=CITY_ZH[c["city"]],
        country="MY" if c["kl"] else "CN", home_store_id=c["home"], home_store_name=s[1], home_store_name_en=s[2],
        member_no=f"M{int(c['id'][1:]) + 880000}" if c["tier"] != "non_member" else None,
        member_since=fmt(c["member_since"]) if c["member_since"] else None, birthday_month=c["birthday_month"],
        gender=c["gender"], age_band=c["age_band"], primary_device=c["os"], preferred_channel=c["pref"],
        language=c["language"], currency="MYR" if c["kl"] else "CNY",
        stored_value_balance=round(max(c["balance"], 0), 2), points_balance=c["points"],
        wechat_bound=(not c["kl"]) and R() < 0.85, marketing_opt_in=R() < 0.6,
    ))


# ---------------------------------------------------------------- write
def write(path: Path, rows: list[dict], cols: list[str]):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(k) is None else cell(r[k]) for k in cols])


def write_fast(path: Path, rows: list[dict], cols: list[str]):
    """rows already hold formatted strings (events)."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([r.get(k, "") for k in cols] for r in rows)


TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_store_page", "门店页浏览", "Store page view", "consideration", "app", "digital", "growth", "门店详情|看门店|store page|listing"),
    ("tp_reserve_start", "开始订座", "Start reservation", "consideration", "app", "digital", "growth", "选时间|选座|pick a slot"),
    ("tp_reserve_submit", "提交订座", "Reservation submitted", "purchase", "app", "digital", "growth", "提交预订|预订|订位|book a table"),
    ("tp_reserve_confirm", "订座成功", "Reservation confirmed", "purchase", "app", "digital", "growth", "预订确认|订位成功|booking confirmed"),
    ("tp_reserve_cancel", "取消订座", "Reservation cancelled", "purchase", "app", "digital", "growth", "取消预订|cancel booking"),
    ("tp_queue_ticket", "取号排队", "Queue ticket", "purchase", "store", "physical", "store_ops", "取号|排号|远程排队|等位|queue number|waitlist"),
    ("tp_queue_called", "叫号", "Called to table", "purchase", "store", "physical", "store_ops", "叫号入座|被叫到|called"),
    ("tp_queue_abandon", "过号离队", "Left the queue", "purchase", "store", "physical", "store_ops", "放弃排队|离开|walked away"),
    ("tp_seated", "入座就餐", "Seated", "service", "store", "physical", "store_ops", "入座|开台|上桌|seated"),
    ("tp_order_dine", "扫码点餐", "Table QR order", "service", "mini_program", "digital", "store_ops", "点菜|下单|堂食点餐|QR ordering"),
    ("tp_bill_paid", "买单结账", "Bill paid", "service", "store", "physical", "finance", "结账|买单|埋单|checkout|pay the bill"),
    ("tp_delivery_menu", "外卖菜单浏览", "Delivery menu view", "consideration", "app", "digital", "delivery", "外卖点餐页|看外卖|delivery menu"),
    ("tp_delivery_cart", "外卖加购", "Delivery add to cart", "purchase", "app", "digital", "delivery", "加入购物车|加购|cart"),
    ("tp_delivery_pay", "外卖下单支付", "Delivery order paid", "purchase", "app", "digital", "delivery", "外卖下单|外卖支付|delivery checkout"),
    ("tp_delivery_accept", "门店接单", "Store accepted order", "service", "store", "physical", "delivery", "接单|order accepted"),
    ("tp_rider_pickup", "骑手取餐", "Rider pickup", "service", "other", "physical", "delivery", "取餐|骑手到店|rider picked up"),
    ("tp_delivered", "外卖送达", "Delivered", "service", "other", "physical", "delivery", "送达|到货|delivery arrived"),
    ("tp_member_join", "加入会员", "Member sign-up", "loyalty", "mini_program", "digital", "crm", "入会|注册会员|join membership"),
    ("tp_topup", "储值充值", "Stored-value top-up", "loyalty", "mini_program", "digital", "crm", "充值|储值|会员卡充值|top up|reload"),
    ("tp_sv_pay", "储值支付", "Paid with stored value", "loyalty", "store", "physical", "crm", "余额支付|会员卡支付|stored value payment"),
    ("tp_points_redeem", "积分兑换", "Points redemption", "loyalty", "mini_program", "digital", "crm", "积分换菜|兑换|redeem points"),
    ("tp_birthday_coupon", "生日券发放", "Birthday coupon sent", "loyalty", "mini_program", "digital", "crm", "生日礼|生日优惠券|birthday voucher"),
    ("tp_coupon_view", "查看生日券", "Birthday coupon viewed", "loyalty", "mini_program", "digital", "crm", "打开券|领券|coupon opened"),
    ("tp_coupon_redeem", "生日券核销", "Birthday coupon redeemed", "loyalty", "store", "physical", "crm", "用券|核销|coupon used"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "physical", "customer_service", "客诉|投诉工单|complain"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance", "退钱|退单|refund"),
]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    journeys = [
        ("reservation", "订座到店", "Reservation to dine-in", 14,
         ["tp_store_page", "tp_reserve_start", "tp_reserve_submit", "tp_reserve_confirm", "tp_seated", "tp_bill_paid"]),
        ("walkin_queue", "排队取号就餐", "Walk-in queue to meal", 1,
         ["tp_queue_ticket", "tp_queue_called", "tp_seated", "tp_order_dine", "tp_bill_paid"]),
        ("delivery", "外卖下单到送达", "Delivery order to doorstep", 1,
         ["tp_delivery_menu", "tp_delivery_cart", "tp_delivery_pay", "tp_delivery_accept", "tp_rider_pickup",
          "tp_delivered"]),
        ("membership", "会员储值", "Membership & stored value", 90,
         ["tp_member_join", "tp_topup", "tp_sv_pay", "tp_points_redeem"]),
        ("birthday", "生日券核销", "Birthday coupon", 31,
         ["tp_birthday_coupon", "tp_coupon_view", "tp_seated", "tp_coupon_redeem"]),
    ]
    write(out / "journeys.csv",
          [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1, touchpoint_id=tp,
                window_days=w) for j, zh, en, w, steps in journeys for k, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows, list(cust_rows[0].keys()))

    # ids in time order, as the POS / order system would hand them out
    orders.sort(key=lambda r: r["ts"])
    oid_map = {o["order_id"]: f"OD{k + 1:07d}" for k, o in enumerate(orders)}
    for o in orders:
        o["order_id"] = oid_map[o["order_id"]]
    for r in events:
        if "order_id" in r:
            r["order_id"] = oid_map.get(r["order_id"], r["order_id"])
    feedback.sort(key=lambda r: (r["ts"] is None, r["ts"] or END))
    fid_map = {f["feedback_id"]: f"FB{k + 1:06d}" for k, f in enumerate(feedback)}
    for f in feedback:
        f["feedback_id"] = fid_map[f["feedback_id"]]
        if f.get("order_id"):
            f["order_id"] = oid_map[f["order_id"]]
    for t in truth:
        t["feedback_id"] = fid_map[t["feedback_id"]]
    truth.sort(key=lambda t: t["feedback_id"])
    events.sort(key=lambda r: (r["ts"], r["customer_id"]))
    for k, r in enumerate(events):
        r["event_id"] = f"E{k + 1:07d}"
    dup_idx = rng.choice(np.flatnonzero([r["touchpoint_id"] == "tp_bill_paid" for r in events]), 37, replace=False)
    rows = list(events) + [events[int(k)] for k in sorted(dup_idx)]  # POS re-sent a few payment events
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "app_version", "store_id", "store_name", "store_name_en", "city", "city_zh", "country", "entry_source",
             "lead_days", "reservation_slot", "attempt", "error_code", "cancel_reason", "queue_no", "table_type",
             "remote_queue", "est_wait_minutes", "wait_minutes", "waited_minutes", "party_size", "seating",
             "daypart", "daypart_zh", "order_id", "broth", "broth_zh", "dish_count", "payment_method", "amount",
             "currency", "delivery_platform", "promised_minutes", "delivery_minutes", "is_late", "soup_spilled",
             "tier_at_join", "welcome_points", "topup_amount", "bonus_amount", "campaign", "points_used", "reward",
             "coupon_type", "coupon_value", "complaint_type", "refund_reason", "refund_amount", "refund_days"]
    write_fast(out / "events.csv", rows, ecols)

    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
             "currency", "amount_cny", "store_id", "store_name", "store_name_en", "city", "city_zh", "country",
             "seating", "seating_zh", "party_size", "daypart", "daypart_zh", "broth", "broth_zh", "broth_en",
             "dish_count", "subtotal", "discount", "coupon_used", "coupon_type", "service_charge", "sst",
             "delivery_platform", "delivery_platform_zh", "delivery_fee", "promised_minutes", "delivery_minutes",
             "is_late", "soup_spilled", "wait_minutes", "payment_method", "points_earned", "topup_bonus", "campaign",
             "cancel_reason", "refund_reason", "refund_reason_zh", "refunded_at", "refund_days", "session_id"]
    write(out / "orders.csv", orders, ocols)

    # shuffle feedback ids order by time (undated at the end)
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "platform", "device", "order_id", "store_id", "store_name", "store_name_en", "city", "city_zh",
             "country", "note_source"]
    write(out / "feedback.csv", feedback, fcols)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(cust_rows)}, events {len(rows)} ({len(events)} unique), orders {len(orders)}, "
          f"feedback {len(feedback)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUTDIR")
    main(Path(sys.argv[1]))
