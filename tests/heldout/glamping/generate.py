"""野趣营地 WildCamp: a glamping / campsite booking brand with 6 sites near big cities (北京, 上海, 杭州, 成都, 深圳,
广州). A guest sees content (小红书 / 抖音 / 微信 / 携程), browses a site in the WeChat mini-program or on 携程,
picks dates and a tent type, pays, gets the pre-trip info (行前须知), checks in, stays (night audit), buys add-ons
(BBQ, stargazing, kids camp), checks out and may review. Weather cancellations are refunded; holiday peaks at
国庆 and 五一. Data covers 2024-09-01 .. 2026-08-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 9, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
PRE = datetime(2023, 6, 1)
N = 3400
D = timedelta

# site_id, zh, en, city (en), city zh, weight, opened
SITES = [
    ("S1", "北京怀柔雁栖湖营地", "Beijing Huairou Yanqi Lake", "Beijing", "北京", 1.0, date(2024, 1, 1)),
    ("S2", "上海崇明东平森林营地", "Shanghai Chongming Dongping Forest", "Shanghai", "上海", 1.0, date(2024, 1, 1)),
    ("S3", "杭州安吉竹海营地", "Hangzhou Anji Bamboo Sea", "Hangzhou", "杭州", 1.0, date(2024, 1, 1)),
    ("S4", "成都青城山营地", "Chengdu Qingcheng Mountain", "Chengdu", "成都", 1.0, date(2024, 1, 1)),
    ("S5", "深圳大鹏海边营地", "Shenzhen Dapeng Seaside", "Shenzhen", "深圳", 1.0, date(2024, 1, 1)),
    ("S6", "广州从化溪谷营地", "Guangzhou Conghua Valley", "Guangzhou", "广州", 1.0, date(2026, 5, 1)),
]
SITE = {s[0]: s for s in SITES}
# customer home city -> (zh, region, weight, {site: p})
HOME = {
    "Beijing": ("北京", "华北", 0.20, {"S1": 1.0}),
    "Shanghai": ("上海", "华东", 0.24, {"S2": 0.62, "S3": 0.38}),
    "Hangzhou": ("杭州", "华东", 0.12, {"S3": 0.8, "S2": 0.2}),
    "Chengdu": ("成都", "西南", 0.16, {"S4": 1.0}),
    "Shenzhen": ("深圳", "华南", 0.17, {"S5": 0.95, "S6": 0.05}),
    "Guangzhou": ("广州", "华南", 0.11, {"S6": 0.35, "S5": 0.65}),
}
S6_OPEN = datetime(2026, 5, 1)            # newest site: few bookings, many cancellations (small-group trap)
IOS_BUG = (datetime(2026, 3, 16), datetime(2026, 5, 15))   # mini-program 4.2: iOS payment page hangs
SLOW_REFUND = (datetime(2025, 6, 1), datetime(2025, 11, 1))  # weather refunds moved to manual review
HOLIDAYS = {  # nights in the holiday (check-in dates)
    "national_day": [(date(2024, 10, 1), date(2024, 10, 7)), (date(2025, 10, 1), date(2025, 10, 8))],
    "may_day": [(date(2025, 5, 1), date(2025, 5, 5)), (date(2026, 5, 1), date(2026, 5, 5))],
}
HOL_ZH = {"national_day": "国庆", "may_day": "五一", "": ""}

TENTS = {"bell": ("钟形帐篷", 588.0), "cabin": ("森林木屋", 988.0), "dome": ("星空泡泡屋", 1288.0),
         "rv": ("房车", 888.0)}
GROUPS = {"family": ("亲子家庭", 0.40), "couple": ("情侣", 0.30), "friends": ("朋友结伴", 0.25),
          "solo": ("独自出行", 0.05)}
TENT_BY_GROUP = {"family": {"bell": 0.25, "cabin": 0.35, "dome": 0.10, "rv": 0.30},
                 "couple": {"bell": 0.25, "cabin": 0.15, "dome": 0.50, "rv": 0.10},
                 "friends": {"bell": 0.60, "cabin": 0.15, "dome": 0.10, "rv": 0.15},
                 "solo": {"bell": 0.70, "cabin": 0.10, "dome": 0.15, "rv": 0.05}}
LEVELS = {"regular": ("普通会员", 0.62, 0.8), "silver": ("银卡会员", 0.26, 1.3), "gold": ("金卡会员", 0.12, 2.0)}
SOURCES = {"xiaohongshu": ("小红书", 0.38), "douyin": ("抖音", 0.25), "wechat": ("微信公众号", 0.14),
           "ctrip": ("携程", 0.13), "referral": ("朋友推荐", 0.10)}
AGES = {"18-24": ("18-24岁", 0.16), "25-34": ("25-34岁", 0.44), "35-44": ("35-44岁", 0.30), "45+": ("45岁及以上", 0.10)}
ADDONS = {"bbq": ("烧烤套餐", 298.0), "stargazing": ("观星课", 128.0), "kids_camp": ("儿童自然营", 199.0)}
REASONS = {"weather": "天气原因", "plans_changed": "行程变更"}

TOUCHPOINTS = [
    ("tp_content", "种草内容", "Saw content", "awareness", "social", "digital", "marketing",
     "种草|笔记|小红书|抖音视频|公众号文章|看到内容|内容曝光|content|post|video|saw an ad|note"),
    ("tp_site_page", "浏览营地", "Site page viewed", "consideration", "mini_program", "digital", "growth",
     "营地详情|看营地|浏览营地|营地页|详情页|site page|campsite page|browse|viewed the site"),
    ("tp_select_dates", "选日期与帐篷", "Dates & tent selected", "consideration", "mini_program", "digital", "growth",
     "选日期|选帐篷|选房型|选营位|日期选择|select dates|choose tent|pick dates|tent type"),
    ("tp_pay", "下单支付", "Booking paid", "purchase", "mini_program", "digital", "payments",
     "付款|支付|下单|预订|订营位|booking|pay|payment|book|paid"),
    ("tp_pretrip", "行前须知", "Pre-trip info opened", "service", "mini_program", "digital", "guest_service",
     "行前通知|行前须知|出行须知|路线指引|pre-trip|pretrip|trip info|directions message"),
    ("tp_cancel", "取消预订", "Booking cancelled", "service", "mini_program", "digital", "guest_service",
     "取消|退订|取消订单|cancel|cancellation|cancelled"),
    ("tp_refund", "退款到账", "Refund completed", "service", "mini_program", "digital", "finance",
     "退款|退钱|退款到账|refund|refunded|money back"),
    ("tp_checkin", "入营签到", "Check-in", "service", "store", "physical", "site_ops",
     "入营|签到|办入住|到营地|check-in|check in|arrival"),
    ("tp_stay", "营地过夜", "Overnight stay", "service", "store", "physical", "site_ops",
     "过夜|住宿|入住|露营|营地设施|卫生间|overnight|stay|night|camping|facilities"),
    ("tp_addon", "活动加购", "Add-on activity", "service", "store", "physical", "activities",
     "加购|活动|烧烤|观星|儿童营|add-on|addon|activity|BBQ|stargazing|kids camp"),
    ("tp_checkout", "退房离营", "Check-out", "service", "store", "physical", "site_ops",
     "退房|离营|离店|check-out|check out|departure"),
    ("tp_review", "评价", "Review", "loyalty", "mini_program", "digital", "quality",
     "评价|点评|打分|写评价|review|rating|rate|stars"),
]
JOURNEYS = [
    ("online_booking", "线上预订", "Online booking", 7, ["tp_site_page", "tp_select_dates", "tp_pay"]),
    ("content_to_booking", "种草到下单", "Content to booking", 14, ["tp_content", "tp_site_page", "tp_pay"]),
    ("stay", "入营体验", "Camp stay", 7, ["tp_checkin", "tp_stay", "tp_checkout", "tp_review"]),
    ("refund", "取消退款", "Cancellation refund", 30, ["tp_cancel", "tp_refund"]),
]

ZH = {
    "bathroom": ["公共卫生间太脏了，地上都是水和头发", "洗澡间排队半小时，热水还时有时无，卫生间味道很大",
                 "厕所有异味，纸也没人补，国庆人多根本没人打扫", "淋浴间很脏，下水道堵了，体验很差",
                 "卫生间卫生太差了，和宣传照差太远", "洗手间又脏又挤，早上刷牙都要排队"],
    "mosquito": ["蚊子太多了，一晚上被咬了十几个包", "夏天虫子特别多，帐篷里也有蚊子，驱蚊液根本没用",
                 "晚上蚊子多到没法在外面坐，孩子被咬得全是包", "蚊虫太多了，建议营地多做点灭蚊",
                 "竹林里蚊子超级多，一定要带驱蚊的"],
    "noise": ["隔壁一群人喝酒唱歌到凌晨两点，吵得根本睡不着", "邻居太吵了，半夜还在放音乐，管家也不管",
              "晚上噪音很大，隔壁营位一直在闹", "周六晚上太吵了，旁边朋友聚会到半夜，带孩子的根本没法睡"],
    "scenery": ["风景太美了，早上起来就是云海，随手拍都出片", "景色绝了，晚上还能看到萤火虫", "环境很好，风景很美，空气清新",
                "营地景色非常棒，拍照超级出片", "风景特别好，在山里醒来的感觉太治愈了"],
    "refund_slow": ["下雨取消的订单，退款等了一个多星期还没到账", "因为暴雨取消，退款太慢了，催了好几次客服",
                    "天气原因取消的，退款到现在还没到账，说是人工审核", "台风取消的退款拖了十天，效率太低",
                    "雨天退款流程太慢，等了好几天才到账"],
    "refund_ok": ["下雨取消了，退款第二天就到账了，很省心", "天气原因取消，退款挺快的，客服态度也好"],
    "leak": ["晚上下大雨帐篷漏雨，被子都湿了", "帐篷漏水，地垫全是潮的，一晚上没睡好", "下雨天帐篷里很潮湿，睡袋都湿了"],
    "kids": ["儿童营的老师很用心，孩子玩得特别开心", "带娃来的，儿童自然营安排得很好，小朋友不想走",
             "孩子参加了儿童营，认识了好多昆虫，下次还来"],
    "stars": ["晚上星空太美了，观星课老师讲得很好，看到了银河", "观星活动很值，第一次用望远镜看到土星", "夜里满天星星，太震撼了"],
    "bbq": ["烧烤套餐分量足，食材新鲜", "烧烤很好吃，炭火都帮忙生好了", "烧烤套餐有点贵，但是味道不错"],
    "staff": ["管家很热情，入营的时候讲解得很仔细", "工作人员服务很好，帮我们搭好了天幕", "营地管家很贴心，半夜还送来了暖宝宝"],
    "booking": ["小程序预订很方便，选日期一目了然", "下单流程很顺，几分钟就订好了"],
    "pay_stuck": ["小程序付款页面一直转圈，付不了款", "iPhone上选完日期点支付就卡住，试了好几次", "付款页面卡死，最后只能去携程订"],
    "directions": ["导航把我们带到了后山，找不到营地入口", "路线指引不清楚，晚上开车找了很久才到", "营地入口很难找，导航不准"],
    "hot": ["泡泡屋白天太热了，空调根本不够用", "夏天泡泡屋里闷热得像蒸笼", "星空屋太闷了，中午根本待不住"],
    "late_cancel": ["临时有事取消，结果扣了全款，一分不退", "出发前一天取消就被扣全款，规则太不近人情"],
    "neutral": ["还行吧，中规中矩", "整体一般，价格偏高", "体验还可以，没有特别惊喜", "和预期差不多"],
}
EN = {
    "bathroom": ["The shared bathrooms were filthy and there was no hot water in the showers.",
                 "Toilets were dirty and smelly, nobody cleaned them during the holiday.",
                 "Bathroom block was disgusting, queues for the shower every morning."],
    "mosquito": ["So many mosquitoes, I got bitten all over.", "Mosquitoes everywhere at night, even inside the tent.",
                 "Bring repellent, the bugs are terrible in summer."],
    "noise": ["Noisy neighbours partying until 2am, could not sleep.", "The group next to us was so loud all night.",
              "Way too much noise on Saturday night, staff did nothing."],
    "scenery": ["Stunning scenery, woke up to a sea of clouds.", "Beautiful views, great place to unwind.",
                "The scenery is amazing, every photo looks great."],
    "refund_slow": ["We cancelled because of the rain and the refund took over a week.",
                    "Still waiting for my refund after a typhoon cancellation, very slow.",
                    "Refund for the rain cancellation was painfully slow."],
    "refund_ok": ["Cancelled due to rain and got the money back the next day."],
    "leak": ["The tent leaked during the storm and our bedding got wet.", "Tent was damp and leaking after the rain."],
    "kids": ["Our kids loved the kids camp, great instructors.", "The kids camp was the highlight for our children."],
    "stars": ["The stargazing session was magical, we saw the Milky Way.", "Amazing night sky, loved the stargazing class."],
    "bbq": ["The BBQ set was generous and tasty.", "BBQ was good but a bit pricey."],
    "staff": ["Staff were super friendly and helpful at check-in.", "The host helped us set everything up, lovely staff."],
    "booking": ["Booking in the mini program was quick and easy."],
    "pay_stuck": ["The payment page froze on my iPhone, could not pay.", "Payment kept spinning after choosing dates."],
    "directions": ["The directions were confusing, we could not find the entrance.",
                   "Navigation took us to the wrong gate, hard to find the camp."],
    "hot": ["The dome was way too hot in the afternoon.", "Bubble dome was stuffy and hot, the AC could not cope."],
    "late_cancel": ["Had to cancel the day before and they charged the full price."],
    "neutral": ["It was ok, nothing special.", "Decent stay, a bit overpriced."],
}
SENT = {"bathroom": "neg", "mosquito": "neg", "noise": "neg", "scenery": "pos", "refund_slow": "neg",
        "refund_ok": "pos", "leak": "neg", "kids": "pos", "stars": "pos", "bbq": "pos", "staff": "pos",
        "booking": "pos", "pay_stuck": "neg", "directions": "neg", "hot": "neg", "late_cancel": "neg",
        "neutral": "neu"}
TOPIC_TP = {"bathroom": "tp_stay", "mosquito": "tp_stay", "noise": "tp_stay", "scenery": "tp_stay",
            "refund_slow": "tp_refund", "refund_ok": "tp_refund", "leak": "tp_stay", "kids": "tp_addon",
            "stars": "tp_addon", "bbq": "tp_addon", "staff": "tp_checkin", "booking": "tp_select_dates",
            "pay_stuck": "tp_pay", "directions": "tp_pretrip", "hot": "tp_stay", "late_cancel": "tp_cancel",
            "neutral": "tp_stay"}
RATING = {"bathroom": (1, 2), "mosquito": (1, 3), "noise": (1, 2), "scenery": (4, 5), "refund_slow": (1, 2),
          "refund_ok": (4, 5), "leak": (1, 2), "kids": (4, 5), "stars": (5, 5), "bbq": (4, 5), "staff": (4, 5),
          "booking": (4, 5), "pay_stuck": (1, 2), "directions": (2, 3), "hot": (2, 3), "late_cancel": (1, 1),
          "neutral": (3, 4)}

MONTH_W = {1: 0.35, 2: 0.55, 3: 0.75, 4: 1.1, 5: 1.3, 6: 1.0, 7: 1.2, 8: 1.2, 9: 1.05, 10: 1.4, 11: 0.8, 12: 0.45}


def holiday_of(d: date) -> str:
    for name, spans in HOLIDAYS.items():
        for a, b in spans:
            if a <= d <= b:
                return name
    return ""


TYPHOONS = [(date(2024, 9, 5), date(2024, 9, 8)), (date(2025, 7, 18), date(2025, 7, 21)),
            (date(2025, 8, 8), date(2025, 8, 12)), (date(2025, 9, 5), date(2025, 9, 8)),
            (date(2025, 9, 23), date(2025, 9, 26)), (date(2026, 7, 10), date(2026, 7, 14)),
            (date(2026, 7, 28), date(2026, 7, 31)), (date(2026, 8, 14), date(2026, 8, 18)),
            (date(2026, 8, 28), date(2026, 8, 31))]   # typhoon warnings at Dapeng (beach closed)


def typhoon(d: date) -> bool:
    return any(a <= d <= b for a, b in TYPHOONS)


def rain_p(site: str, d: date) -> float:
    m = d.month
    p = 0.12
    if site in ("S2", "S3") and ((m == 6 and d.day >= 10) or (m == 7 and d.day <= 12)):
        p = 0.5                                     # 梅雨 plum rains
    elif site == "S5" and typhoon(d):
        p = 1.0                                     # typhoon warning
    elif site == "S5" and m in (7, 8, 9):
        p = 0.18
    elif site == "S6" and m in (5, 6, 7, 8):
        p = 0.45                                    # Guangdong rainy season
    elif site == "S4" and m in (7, 8):
        p = 0.25
    elif site == "S1" and m in (7, 8):
        p = 0.25
    elif m in (11, 12, 1, 2):
        p = 0.07
    return p


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "t": 0}

    def ri(a, b):
        return int(rng.integers(a, b))

    def pick(d: dict):
        keys = list(d)
        w = np.array([d[k] for k in keys], dtype=float)
        return keys[int(rng.choice(len(keys), p=w / w.sum()))]

    def nid(k, p, w):
        cnt[k] += 1
        return f"{p}{cnt[k]:0{w}d}"

    def fmt(t: datetime) -> str:
        return t.isoformat(sep=" ", timespec="seconds")

    def ev(c, t, tp, action, session="", channel="", device="", **extra):
        if t > END or t < START:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=device, channel=channel)
        row.update(extra)
        events.append(row)
        return True

    def order(c, t, amount, otype, status="paid", channel="", device="", **extra):
        if t > END or t < START:
            return
        row = dict(order_id=nid("o", "O", 6), customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}", status=status,
                   channel=channel, device=device, order_type=otype, 订单类型={"stay": "营位费", "addon": "活动加购"}[otype],
                   currency="CNY")
        row.update(extra)
        orders.append(row)

    def fb(c, t, topic, channel, trip=None, rating=None, nps=None, dated=True, with_customer=True, tp=None):
        lang = "en" if (c["lang"] == "en" or rng.random() < 0.02) else "zh"
        bank = (EN if lang == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "F", 6), text=bank[ri(0, len(bank))], ts=fmt(t) if dated else "",
                   customer_id=c["id"] if with_customer else "", touchpoint_id=tp or TOPIC_TP[topic],
                   channel=channel, rating="" if rating is None else rating, nps="" if nps is None else nps,
                   language=lang, sentiment_label=SENT[topic])
        if trip:
            s = trip["site"]
            row.update(booking_id=trip["sid"], site_id=s[0], site=s[1], site_en=s[2], tent_type=trip["tent"],
                       帐篷类型=TENTS[trip["tent"]][0], checkin_date=trip["cin"].isoformat())
        if t <= END:
            feedback.append(row)

    # ---------------- calendar of demand (check-in dates) per site
    days = [(START + D(days=k)).date() for k in range((END - START).days + 31)]
    growth = lambda d: 1.0 + 0.25 * max(0, (d - date(2025, 1, 1)).days) / 365  # noqa: E731
    base_w = np.array([MONTH_W[d.month] * (2.6 if d.weekday() in (4, 5) else 1.0) *
                       (3.0 if holiday_of(d) else 1.0) * growth(d) for d in days])
    site_w = {}
    for s in SITES:
        w = base_w.copy()
        for i, d in enumerate(days):
            if s[0] == "S1" and d.month in (12, 1, 2):
                w[i] *= 0.35                         # cold northern winter
            if s[0] in ("S5", "S6") and d.month in (12, 1, 2):
                w[i] *= 1.8                          # south: mild winter
            if datetime.combine(d, datetime.min.time()) < datetime.combine(s[6], datetime.min.time()):
                w[i] = 0.0
        site_w[s[0]] = np.cumsum(w)
    wrng = np.random.default_rng(SEED + 1)          # the weather has its own stream
    rain = {s[0]: {d: wrng.random() < rain_p(s[0], d) for d in days} for s in SITES}

    # ---------------- customers
    customers = []
    span = (END - PRE).days
    for i in range(N):
        u = rng.random() ** 0.85
        signup = PRE + D(days=float(u * (span - 5)), minutes=float(rng.integers(0, 1440)))
        city = pick({k: v[2] for k, v in HOME.items()})
        src = pick({k: v[1] for k, v in SOURCES.items()})
        level = pick({k: v[1] for k, v in LEVELS.items()})
        group = pick({k: v[1] for k, v in GROUPS.items()})
        age = pick({k: v[1] for k, v in AGES.items()})
        lang = "en" if rng.random() < (0.10 if city in ("Shanghai", "Shenzhen", "Beijing") else 0.03) else "zh"
        customers.append(dict(id=f"C{i + 1:05d}", signup=signup, city=city, src=src, level=level, group=group,
                              age=age, lang=lang, device="ios" if rng.random() < 0.52 else "android",
                              has_car="yes" if rng.random() < (0.8 if group == "family" else 0.55) else "no",
                              rate=LEVELS[level][2] * rng.gamma(2.0, 0.5)))

    # ---------------- one trip intent: content -> site page -> dates & tent -> pay -> ... -> review
    def trip(c, site_id, cin: date):
        s = SITE[site_id]
        hol = holiday_of(cin)
        lead = (3 + rng.exponential(22)) if hol else (0.3 + rng.exponential(9))
        lead = min(lead, 80.0)
        cin_dt = datetime.combine(cin, datetime.min.time())
        t = cin_dt + D(hours=15) - D(days=float(lead))
        t = t.replace(hour=ri(8, 23), minute=ri(0, 60), second=ri(0, 60))
        if t >= cin_dt + D(hours=12):
            t = cin_dt + D(hours=float(rng.uniform(7, 11)))
        if t < c["signup"] or t < START:
            return
        cnt["t"] += 1
        sid = f"T{cnt['t']:06d}"
        group = c["group"]
        tent = pick(TENT_BY_GROUP[group])
        nights = pick({1: 0.68, 2: 0.26, 3: 0.06})
        guests = {"family": ri(3, 6), "couple": 2, "friends": ri(3, 9), "solo": 1}[group]
        # booking platform
        plat = "ctrip" if rng.random() < (0.8 if c["src"] == "ctrip" else 0.25) else "mini_program"
        dev = c["device"]
        ver = ""
        if plat == "mini_program":
            ver = ("4.0" if t < datetime(2025, 9, 1) else "4.1" if t < IOS_BUG[0] else "4.2" if t < IOS_BUG[1]
                   else "4.2.1")
        common = dict(site_id=s[0], site=s[1], site_en=s[2], city=s[3], 城市=s[4])
        stay_info = dict(tent_type=tent, 帐篷类型=TENTS[tent][0], checkin_date=cin.isoformat(), nights=nights,
                         guests=guests, holiday=hol, 节假日=HOL_ZH[hol])
        tr = dict(sid=sid, site=s, tent=tent, cin=cin)
        # content
        src_sess = ""
        has_content = rng.random() < (0.3 if c["src"] == "referral" else 0.78)
        if has_content:
            src_sess = c["src"] if (c["src"] != "referral" and rng.random() < 0.7) else pick(
                {"xiaohongshu": 0.4, "douyin": 0.3, "wechat": 0.15, "ctrip": 0.15})
            tc = t - D(hours=float(rng.uniform(0.1, 72)))
            ev(c, tc, "tp_content", "view", sid, src_sess, dev, content_type=pick(
                {"note": 0.5, "video": 0.35, "article": 0.15}) if src_sess != "douyin" else "video", **common)
            p_site = {"xiaohongshu": 0.72, "douyin": 0.42, "wechat": 0.70, "ctrip": 0.85}[src_sess]
            if rng.random() > p_site:
                return
        for k in range(pick({1: 0.55, 2: 0.3, 3: 0.15})):
            ev(c, t, "tp_site_page", "view", sid, plat, dev, mp_version=ver, **common)
            t += D(minutes=float(rng.uniform(0.5, 6)))
        p_sel = 0.56 * (0.7 if src_sess == "douyin" else 1.0) * (1.12 if hol else 1.0)
        if rng.random() > p_sel:
            return
        ev(c, t, "tp_select_dates", "select", sid, plat, dev, mp_version=ver, **common, **stay_info)
        t += D(minutes=float(rng.uniform(1, 8)))
        p_pay = 0.74
        if plat == "mini_program" and dev == "ios" and IOS_BUG[0] <= t < IOS_BUG[1]:
            p_pay = 0.36
            if rng.random() < 0.10:
                fb(c, t + D(hours=2), "pay_stuck", "ticket", trip=tr, dated=rng.random() > 0.1)
        if src_sess == "douyin":
            p_pay *= 0.8
        if rng.random() > p_pay:
            return
        # price
        amt = 0.0
        for k in range(nights):
            d = cin + D(days=k)
            amt += TENTS[tent][1] * (1.5 if holiday_of(d) else 1.25 if d.weekday() in (4, 5) else 1.0)
        amt = round(amt * (1.0 + 0.15 * max(0, guests - 4)))
        ev(c, t, "tp_pay", "success", sid, plat, dev, mp_version=ver, amount=amt, **common, **stay_info)
        pay_t = t
        ocommon = dict(booking_id=sid, site_id=s[0], site=s[1], site_en=s[2], tent_type=tent, 帐篷类型=TENTS[tent][0],
                       checkin_date=cin.isoformat(), nights=nights, guests=guests, holiday=hol)
        # pre-trip info (sent 2 days before check-in)
        send = max(cin_dt - D(days=2) + D(hours=10), pay_t + D(hours=1))
        opened = rng.random() < 0.78
        # cancellation
        reason = ""
        rainy = rain[s[0]][cin]
        p_w = (0.5 if rainy else 0.01)
        if s[0] == "S5" and typhoon(cin):
            p_w = 0.92                               # typhoon warnings close the beach
        if s[0] == "S6":
            p_w = 0.9 if rainy else 0.35           # access road floods (山洪预警) at the new site
        if rng.random() < p_w:
            reason = "weather"
            tcan = cin_dt - D(hours=float(rng.uniform(6, 40)))
        elif rng.random() < 0.05:
            reason = "plans_changed"
            tcan = pay_t + (cin_dt + D(hours=12) - pay_t) * float(rng.uniform(0.1, 0.98))
        if reason and tcan <= pay_t:
            tcan = pay_t + D(hours=float(rng.uniform(0.2, 2)))
        if opened and (not reason or send < tcan):
            ev(c, send + D(hours=float(rng.uniform(0, 20))), "tp_pretrip", "open", sid, "mini_program", dev, **common)
        if reason:
            ev(c, tcan, "tp_cancel", "submit", sid, plat, dev, cancel_reason=reason, 取消原因=REASONS[reason],
               **common, **stay_info)
            refund = reason == "weather" or (cin_dt + D(hours=14) - tcan) >= D(days=3)
            if refund:
                if reason == "weather" and SLOW_REFUND[0] <= tcan < SLOW_REFUND[1]:
                    delay = float(np.exp(rng.normal(np.log(6.5), 0.35)))     # manual review queue
                elif reason == "weather":
                    delay = float(np.exp(rng.normal(np.log(1.1), 0.5)))
                else:
                    delay = float(np.exp(rng.normal(np.log(1.6), 0.5)))
                tref = tcan + D(days=delay)
                ev(c, tref, "tp_refund", "success", sid, "system", "", refund_amount=amt, cancel_reason=reason,
                   取消原因=REASONS[reason], **common)
                order(c, pay_t, amt, "stay", "refunded", plat, dev, **ocommon, cancel_reason=reason,
                      refunded_at=fmt(tref) if tref <= END else "")
                if delay > 4 and rng.random() < 0.35:
                    fb(c, tcan + D(days=4), "refund_slow", "ticket", trip=tr, dated=rng.random() > 0.08)
                if rng.random() < 0.3:           # post-refund service survey
                    topic = "refund_slow" if delay > 4 else ("refund_ok" if rng.random() < 0.7 else "neutral")
                    lo, hi = RATING[topic]
                    fb(c, tref + D(hours=float(rng.uniform(1, 30))), topic, "cs_survey", trip=tr, rating=ri(lo, hi + 1),
                       tp="tp_refund")
            else:
                order(c, pay_t, amt, "stay", "paid", plat, dev, **ocommon, cancel_reason=reason)
                if rng.random() < 0.3:
                    fb(c, tcan + D(hours=3), "late_cancel", "ticket", trip=tr, dated=rng.random() > 0.08)
            return
        order(c, pay_t, amt, "stay", "paid", plat, dev, **ocommon)
        # no-show (more often when the pre-trip info was never opened)
        if rng.random() < (0.02 if opened else 0.12):
            return
        cin_t = cin_dt + D(hours=float(rng.uniform(13.5, 18.5) + (rng.uniform(0.5, 4) if not opened else 0)))
        ev(c, cin_t, "tp_checkin", "check_in", sid, "onsite", "", party_type=group, **common, **stay_info)
        if not opened and rng.random() < 0.08:
            fb(c, cin_t + D(hours=3), "directions", "ticket", trip=tr, dated=rng.random() > 0.08)
        stay_nights = [cin + D(days=k) for k in range(nights)]
        wet = any(rain[s[0]].get(d, False) for d in stay_nights)
        for d in stay_nights:
            ev(c, datetime.combine(d, datetime.min.time()) + D(hours=21, minutes=float(rng.uniform(0, 90))), "tp_stay",
               "night", sid, "onsite", "", weather="rain" if rain[s[0]].get(d, False) else pick(
                   {"sunny": 0.6, "cloudy": 0.4}), **common, tent_type=tent, 帐篷类型=TENTS[tent][0])
        # add-ons
        p_add = {"bbq": {"friends": 0.55, "family": 0.33, "couple": 0.2, "solo": 0.05}[group],
                 "stargazing": (0.42 if s[0] == "S1" else 0.10) * (1.3 if group == "couple" else 1.0),
                 "kids_camp": 0.45 if group == "family" else 0.0}
        got = []
        for a, p in p_add.items():
            if rng.random() < p:
                ta = cin_t + D(hours=float(rng.uniform(0.5, 4)))
                price = ADDONS[a][1] * (guests if a == "stargazing" else 1)
                ev(c, ta, "tp_addon", "purchase", sid, "onsite", dev, addon_type=a, 加购项目=ADDONS[a][0],
                   amount=price, **common)
                order(c, ta, price, "addon", "paid", "onsite", dev, booking_id=sid, site_id=s[0], site=s[1],
                      site_en=s[2], tent_type=tent, 帐篷类型=TENTS[tent][0], checkin_date=cin.isoformat(),
                      addon_type=a, 加购项目=ADDONS[a][0])
                got.append(a)
        tout = datetime.combine(cin + D(days=nights), datetime.min.time()) + D(hours=float(rng.uniform(9.5, 12.2)))
        ev(c, tout, "tp_checkout", "check_out", sid, "onsite", "", **common)
        # review
        summer = cin.month in (6, 7, 8, 9)
        sat = any(d.weekday() == 5 for d in stay_nights)
        topic = None
        if s[0] == "S2" and hol and rng.random() < 0.65:
            topic = "bathroom"
        elif s[0] == "S2" and rng.random() < 0.05:
            topic = "bathroom"
        elif summer and rng.random() < (0.5 if s[0] == "S3" else 0.06):
            topic = "mosquito"
        elif s[0] == "S5" and sat and group != "friends" and rng.random() < 0.35:
            topic = "noise"
        elif wet and rng.random() < (0.35 if tent == "bell" else 0.04):
            topic = "leak"
        elif tent == "dome" and summer and rng.random() < 0.25:
            topic = "hot"
        elif got and rng.random() < 0.4:
            a = got[ri(0, len(got))]
            topic = {"bbq": "bbq", "stargazing": "stars", "kids_camp": "kids"}[a]
        if topic is None:
            topic = pick({"scenery": 0.30 + (0.25 if s[0] == "S4" else 0.0) + (0.1 if s[0] == "S1" else 0.0),
                          "staff": 0.16, "booking": 0.07, "neutral": 0.22, "bathroom": 0.03, "noise": 0.02,
                          "mosquito": 0.01 if not summer else 0.03})
        if rng.random() < 0.38:
            rt = tout + D(hours=float(rng.uniform(1, 60)))
            lo, hi = RATING[topic]
            rating = ri(lo, hi + 1)
            rch = "ctrip" if plat == "ctrip" else "mini_program"
            if ev(c, rt, "tp_review", "submit", sid, rch, dev if rch == "mini_program" else "", stars=rating,
                  **common):
                fb(c, rt, topic, "ctrip_review" if rch == "ctrip" else "app_review", trip=tr, rating=rating,
                   dated=not (rch == "ctrip" and rng.random() < 0.12))
        elif rng.random() < 0.09:            # 小红书 notes: no rating, often undated, not always linked
            xt = topic if rng.random() < 0.6 else "scenery"
            fb(c, tout + D(days=float(rng.uniform(0.5, 10))), xt, "xiaohongshu", trip=tr,
               dated=rng.random() > 0.55, with_customer=rng.random() < 0.6)
        if topic == "noise" and rng.random() < 0.15:
            fb(c, datetime.combine(stay_nights[-1], datetime.min.time()) + D(hours=23, minutes=ri(0, 59)), "noise",
               "ticket", trip=tr)

    def pick_site(c, t: datetime):
        opts = {k: v for k, v in HOME[c["city"]][3].items() if k != "S6" or t >= S6_OPEN}
        if not opts:
            opts = {"S5": 1.0}
        if rng.random() < 0.06:
            opts = {s[0]: 1.0 for s in SITES if s[0] != "S6" or t >= S6_OPEN}
        return pick(opts)

    for c in customers:
        lo = max(c["signup"], START)
        churn = c["signup"] + D(days=float(rng.exponential(700)))
        hi = min(END + D(days=25), churn)
        if hi <= lo:
            continue
        n = int(rng.poisson(c["rate"] * 8.0 * (hi - lo).days / 365))
        for _ in range(n):
            # the check-in date the intent is about
            t0 = lo + D(days=float(rng.uniform(0, (hi - lo).days)))
            site = pick_site(c, t0)
            cw = site_w[site]
            i0 = max(0, (lo.date() - days[0]).days)
            i1 = min(len(days) - 1, (hi.date() - days[0]).days)
            base = cw[i0 - 1] if i0 else 0.0
            if cw[i1] - base <= 0:
                continue
            k = int(np.searchsorted(cw, base + rng.random() * (cw[i1] - base)))
            if days[k] < date(2026, 5, 1) and site == "S6":
                continue
            trip(c, site, days[k])

    # ---------------- NPS surveys (quarterly sample)
    qd = datetime(2024, 12, 10)
    while qd <= END:
        for j in rng.choice(N, size=90, replace=False):
            c = customers[int(j)]
            if c["signup"] > qd:
                continue
            nps = int(rng.choice(11, p=[.02, .02, .03, .04, .05, .08, .1, .16, .2, .16, .14]))
            topic = "scenery" if nps >= 9 else ("neutral" if nps >= 7 else pick(
                {"bathroom": 0.3, "mosquito": 0.2, "noise": 0.2, "refund_slow": 0.15, "directions": 0.15}))
            fb(c, qd + D(days=float(rng.uniform(0, 10))), topic, "survey", nps=nps, tp="tp_review")
        m = qd.month + 3
        qd = qd.replace(year=qd.year + (m > 12), month=(m - 1) % 12 + 1)

    dup = rng.choice(len(events), size=18, replace=False)
    events += [dict(events[int(i)]) for i in dup]           # re-sent by the site PMS
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])
    last, spend = {}, {}
    for e in events:
        if e["touchpoint_id"] == "tp_checkin":
            last[e["customer_id"]] = e["ts"]
    for o in orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + float(o["amount"])
    cust_rows = []
    for c in customers:
        lv = last.get(c["id"])
        if c["signup"] > END - D(days=90):
            seg = "new"
        elif spend.get(c["id"], 0) > 8000:
            seg = "vip"
        elif lv is None or lv < fmt(END - D(days=180)):
            seg = "at_risk"
        else:
            seg = "returning"
        cz, region, _, _ = HOME[c["city"]]
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=region,
                              acquisition_channel=c["src"], tier=c["level"], home_city=c["city"], 常住城市=cz,
                              group_type=c["group"], 出行类型=GROUPS[c["group"]][0], member_level=c["level"],
                              会员等级=LEVELS[c["level"]][0], first_source=c["src"], 来源渠道=SOURCES[c["src"]][0],
                              age_band=c["age"], 年龄段=AGES[c["age"]][0], has_car=c["has_car"],
                              primary_device=c["device"], language=c["lang"]))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "touchpoints.csv", tps)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", events)
    write(out / "journeys.csv", jrows)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([[r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
