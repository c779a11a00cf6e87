"""野营地 WildPitch: a campsite operator with its own ten sites in five provinces (Zhejiang, Yunnan, Sichuan, Hebei,
Fujian). A camper finds us (Xiaohongshu / Douyin / an OTA listing / a friend / a search engine), looks at a site page
and its pitches, books a pitch (帐篷营位 tent pitch, 房车营位 caravan pitch, 精致木屋 glamping cabin) on the web, in the
app or through an OTA (Ctrip / Meituan / Fliggy), pays a 30 % deposit, gets a weather alert when a storm / typhoon is
forecast (free weather cancellation, deposit refunded), pays the balance the day before arrival, arrives at the gate,
checks in at the reception, rents gear (tent set, sleeping bag, stove, lantern), buys activity tickets (BBQ set,
stargazing night, kayaking), checks out, reviews the stay and books again.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 8000
PAY_BUG = (datetime(2025, 9, 22), datetime(2025, 10, 21))   # app 5.4.0: Android deposit payment fails (SDK)
DALI_HOT_WATER_FIX = datetime(2026, 3, 1)                   # Dali Erhai installs new water heaters
APP_VERSIONS = [(datetime(2025, 1, 1), "5.2.1"), (datetime(2025, 5, 12), "5.3.0"), (datetime(2025, 9, 22), "5.4.0"),
                (datetime(2025, 10, 21), "5.4.1"), (datetime(2026, 4, 1), "5.5.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "种草发现", "Discover WildPitch", "awareness", "social", "digital", "marketing",
     "种草|刷到|看到笔记|发现|小红书|抖音|discover|found us|first touch|saw a post"),
    ("tp_site_view", "浏览营地详情", "Site page viewed", "consideration", "app", "digital", "ecommerce",
     "看营地|营地详情|选营位|看营位|浏览|site page|browse|pitch list|site details"),
    ("tp_book", "提交预订", "Booking submitted", "consideration", "app", "digital", "ecommerce",
     "预订|下单|订营位|提交订单|book|booking|reserve|reservation"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "it",
     "支付失败|付不了款|付款失败|payment failed|payment error|card declined"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "app", "digital", "finance",
     "定金|订金|付定金|预付|deposit|down payment|paid the deposit"),
    ("tp_weather_alert", "天气预警通知", "Weather alert sent", "service", "app", "digital", "site_ops",
     "天气预警|暴雨预警|台风预警|天气通知|weather alert|storm warning|typhoon warning"),
    ("tp_cancel", "取消预订", "Booking cancelled", "service", "app", "digital", "customer_service",
     "取消|退订|不去了|天气取消|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|money back|refunded"),
    ("tp_balance", "支付尾款", "Balance paid", "purchase", "app", "digital", "finance",
     "尾款|补款|付尾款|余款|balance|final payment|remaining payment"),
    ("tp_arrive", "到达营地", "Arrived at gate", "service", "store", "physical", "site_ops",
     "到营|到达|进营地|大门|停车|arrival|arrived|gate|parking"),
    ("tp_checkin", "入营登记", "Check-in", "service", "store", "physical", "site_ops",
     "入营|办入住|登记|前台|领手环|check-in|check in|reception|front desk"),
    ("tp_gear", "装备租赁", "Gear rental", "service", "store", "physical", "site_ops",
     "租装备|租帐篷|装备|睡袋|炉具|gear|rental|rent a tent|equipment"),
    ("tp_activity", "营地活动", "Activity booked", "service", "app", "digital", "activities",
     "活动|烧烤|观星|皮划艇|activity|activities|bbq|stargazing|kayak"),
    ("tp_checkout", "退营离场", "Check-out", "service", "store", "physical", "site_ops",
     "退营|离营|退房|离场|check-out|checkout|leave|departure"),
    ("tp_review", "评价营地", "Stay review", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|晒图|review|rating|rate the stay"),
    ("tp_rebook", "再次预订", "Repeat booking", "loyalty", "app", "digital", "crm",
     "复订|回头客|复购|再来|又订|rebook|repeat booking|came back|return camper"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预订转化", "Booking conversion", ["tp_discover", "tp_site_view", "tp_book", "tp_deposit"], 7),
    ("stay", "入营体验", "Camp stay", ["tp_deposit", "tp_balance", "tp_checkin", "tp_checkout"], 60),
    ("weather", "天气取消", "Weather cancellation", ["tp_weather_alert", "tp_cancel", "tp_refund"], 14),
    ("aftercare", "离营评价", "After the stay", ["tp_checkout", "tp_review"], 7),
    ("rebook", "回头营友", "Repeat campers", ["tp_checkout", "tp_rebook"], 120),
]
PROVINCES = {"Zhejiang": "浙江", "Yunnan": "云南", "Sichuan": "四川", "Hebei": "河北", "Fujian": "福建"}
SITES = [  # id, province, zh, en, weight, opened, median check-in minutes (weekday)
    ("ZJ01", "Zhejiang", "安吉竹林营地", "Anji Bamboo Forest", 1.4, None, 9.0),
    ("ZJ02", "Zhejiang", "千岛湖湖畔营地", "Qiandao Lake Shore", 1.2, None, 10.0),
    ("ZJ03", "Zhejiang", "莫干山营地", "Moganshan", 1.3, None, 11.0),
    ("YN01", "Yunnan", "大理洱海营地", "Dali Erhai", 1.1, None, 10.0),
    ("YN02", "Yunnan", "丽江玉龙雪山营地", "Lijiang Jade Dragon", 0.9, None, 9.0),
    ("SC01", "Sichuan", "四姑娘山营地", "Siguniang Mountain", 0.9, None, 12.0),
    ("SC02", "Sichuan", "青城山营地", "Qingchengshan", 1.0, None, 9.0),
    ("HB01", "Hebei", "坝上草原营地", "Bashang Grassland", 1.2, None, 10.0),
    ("HB02", "Hebei", "崇礼山谷营地", "Chongli Valley", 1.0, datetime(2026, 5, 1), 14.0),
    ("FJ01", "Fujian", "霞浦海边营地", "Xiapu Seaside", 0.9, None, 9.0),
]
SITE = {s[0]: s for s in SITES}
HOMES = {  # home city: zh, weight, nearby provinces (weights)
    "Shanghai": ("上海", 0.24, {"Zhejiang": 0.75, "Fujian": 0.15, "Yunnan": 0.10}),
    "Hangzhou": ("杭州", 0.17, {"Zhejiang": 0.85, "Fujian": 0.10, "Yunnan": 0.05}),
    "Beijing": ("北京", 0.19, {"Hebei": 0.80, "Yunnan": 0.12, "Sichuan": 0.08}),
    "Chengdu": ("成都", 0.15, {"Sichuan": 0.80, "Yunnan": 0.20}),
    "Kunming": ("昆明", 0.09, {"Yunnan": 0.90, "Sichuan": 0.10}),
    "Xiamen": ("厦门", 0.08, {"Fujian": 0.80, "Zhejiang": 0.20}),
    "Shenzhen": ("深圳", 0.08, {"Yunnan": 0.40, "Fujian": 0.35, "Zhejiang": 0.25}),
}
PITCHES = {  # en: zh, price per night (weekday)
    "tent": ("帐篷营位", 168), "caravan": ("房车营位", 298), "glamping": ("精致木屋", 788)}
PARTY = {  # en: zh, weight, pitch probs (tent, caravan, glamping), return prob, mean gap days, activity rate,
    #        own-gear share
    "family_kids": ("亲子家庭", 0.36, (0.35, 0.20, 0.45), 0.46, 75, 1.6, 0.45),
    "couple": ("情侣", 0.27, (0.50, 0.10, 0.40), 0.36, 90, 0.9, 0.30),
    "friends": ("朋友结伴", 0.25, (0.70, 0.15, 0.15), 0.40, 80, 1.1, 0.50),
    "outdoor_club": ("户外俱乐部", 0.10, (0.92, 0.06, 0.02), 0.72, 40, 0.5, 0.90),
    "team_building": ("公司团建", 0.02, (0.20, 0.00, 0.80), 0.25, 120, 2.5, 0.10),
}
AGES = ["18-25", "26-35", "36-45", "46-55", "56+"]
AGE_P = {"family_kids": (0.0, 0.40, 0.52, 0.08, 0.0), "couple": (0.35, 0.55, 0.08, 0.02, 0.0),
         "friends": (0.38, 0.47, 0.12, 0.03, 0.0), "outdoor_club": (0.08, 0.30, 0.32, 0.22, 0.08),
         "team_building": (0.10, 0.55, 0.30, 0.05, 0.0)}
ACQ = {  # en: zh, weight, discover -> site view, view -> book
    "xiaohongshu": ("小红书", 0.32, 0.68, 0.30), "douyin": ("抖音", 0.20, 0.74, 0.56),
    "ota": ("OTA平台", 0.20, 0.93, 0.62), "friend": ("朋友推荐", 0.14, 0.92, 0.72),
    "search": ("搜索引擎", 0.14, 0.86, 0.52)}
BOOK_CH = {"web": "官网", "app": "App", "ota": "OTA"}
OTAS = {"ctrip": "携程", "meituan": "美团", "fliggy": "飞猪"}
TIERS = {"green": "青苔会员", "silver": "银杉会员", "gold": "金松会员"}
GEAR = {  # en: zh, price per stay
    "tent_set": ("帐篷套装", 120), "sleeping_bag": ("睡袋", 35), "stove": ("炉具套装", 45), "lantern": ("营地灯", 20)}
ACTS = {  # en: zh, price per ticket
    "bbq": ("烧烤套餐", 198), "stargazing": ("观星夜", 88), "kayak": ("皮划艇", 128)}
KAYAK_SITES = {"ZJ02", "YN01", "FJ01"}
WEATHER = {"rainstorm": "暴雨", "typhoon": "台风", "thunderstorm": "雷暴", "strong_wind": "大风"}
CANCEL_R = {"weather": "天气原因", "customer": "个人原因", "pay_failed": "支付失败"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "mosquito": (["蚊子太多了，一晚上被咬了十几个包", "湖边蚊子多到离谱，驱蚊液根本没用", "晚上蚊子嗡嗡的，孩子被咬得睡不着"],
                 ["so many mosquitoes, we got eaten alive", "the mosquitoes by the lake were unbearable"]),
    "hot_water": (["淋浴没有热水，洗了个冷水澡", "热水时有时无，等了半天洗澡还是凉的", "公共淋浴间热水不够用"],
                  ["no hot water in the showers", "the shower block ran out of hot water"]),
    "checkin_queue": (["周末入营排队排了快一个小时", "前台只有一个人，办入营排队太久", "到了营地排队登记等了好久，孩子都闹了"],
                      ["the check-in queue took almost an hour", "we had to queue forever at reception to check in"]),
    "power": (["房车电桩老跳闸，冰箱都停了", "营位电桩没电，找了管家半天", "电桩一开空调就跳闸"],
              ["the power hookup kept tripping at our caravan pitch", "no power at the hookup for half the night"]),
    "tent_leak": (["租的帐篷漏水，半夜被淋醒", "租来的帐篷下雨就漏水，睡袋全湿了"],
                  ["the rented tent leaked in the rain", "rental tent leaked and our sleeping bags got soaked"]),
    "deposit": (["临时有事取消，定金一分不退，太霸道了", "离入营不到三天取消就扣定金，规则没提前说清楚", "定金不退这个规定太坑"],
                ["they kept my whole deposit because I cancelled two days before", "non-refundable deposit is a rip-off"]),
    "refund_slow": (["因为天气取消的，退款一个星期了还没到账", "退款太慢了，OTA说在走流程", "取消好几天退款还没到账"],
                    ["my refund still hasn't arrived a week after the weather cancellation",
                     "the refund is taking forever to come back"]),
    "pay_fail": (["安卓手机付款一直支付失败，换了个手机才付上", "App上付款失败了好几次，差点没抢到营位", "支付失败，提示网络错误"],
                 ["payment failed again and again on my android phone", "the app kept saying payment failed"]),
    "stars": (["晚上的星空太美了，银河清清楚楚", "躺在草地上看星空，孩子兴奋坏了", "观星活动很专业，看到了银河"],
              ["the starry sky was incredible, we could see the milky way", "amazing starry sky at night"]),
    "cold": (["晚上太冷了，睡袋不够厚冻醒好几次", "昼夜温差大，晚上冻得睡不着"],
             ["it was freezing at night, the sleeping bags were too thin", "way too cold at night"]),
    "bbq_pricey": (["烧烤套餐太贵了，量还少", "198的烧烤套餐就几串肉，不值"],
                   ["the BBQ set was overpriced for what you get", "bbq package is a rip-off, tiny portions"]),
    "scenery": (["风景绝了，拍照很出片", "营地风景很美，早上起来云海", "风景好到不想走"],
                ["the scenery was stunning", "beautiful scenery, great photos"]),
}
GEN = {
    "pos": (["整体体验很好，下次还来", "管家很热情，营地设施齐全", "带娃来玩很开心，推荐", "性价比不错，值得再来"],
            ["great weekend, we'll be back", "friendly staff and well-kept site", "lovely stay, recommended"]),
    "neu": (["还行吧，中规中矩", "一般般，跟图片差不多", "价格偏高，体验还可以"],
            ["it was ok", "average stay, nothing special"]),
    "neg": (["体验不太好，有点失望", "不会再来了", "跟宣传差距太大"],
            ["not great this time", "disappointing, won't come back"]),
}
TOPIC_TP = [("pay_fail", "tp_pay_fail"), ("deposit", "tp_cancel"), ("refund_slow", "tp_refund"),
            ("checkin_queue", "tp_checkin"), ("tent_leak", "tp_gear"), ("bbq_pricey", "tp_activity"),
            ("stars", "tp_activity"), ("power", "tp_checkin"), ("hot_water", "tp_checkin"),
            ("mosquito", "tp_checkin"), ("cold", "tp_checkin"), ("scenery", "tp_review")]
NEG_TOPICS = {"mosquito", "hot_water", "checkin_queue", "power", "tent_leak", "deposit", "refund_slow", "pay_fail",
              "cold", "bbq_pricey"}
PEN = {"mosquito": 1.4, "hot_water": 1.6, "checkin_queue": 1.3, "power": 2.0, "tent_leak": 2.2, "cold": 1.2,
       "bbq_pricey": 0.7, "pay_fail": 0.5}
POS_T = {"stars", "scenery"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(d.year, 4, 29) <= d < datetime(d.year, 5, 6) or datetime(d.year, 10, 1) <= d < datetime(d.year, 10, 8):
        return 2.6                      # May Day / National Day golden weeks
    return {1: 0.35, 2: 0.5, 3: 0.8, 4: 1.1, 5: 1.3, 6: 1.1, 7: 1.5, 8: 1.6, 9: 1.2, 10: 1.3, 11: 0.7,
            12: 0.4}[d.month]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def weather_risk(site: str, arr: datetime):
    """probability that a weather alert is sent for a stay, and its type."""
    if site == "SC01" and datetime(2025, 7, 1) <= arr < datetime(2025, 9, 1):
        return 0.50, "rainstorm"                                    # Siguniang rainy season, very wet in 2025
    if site == "SC01" and arr.month in (6, 7, 8, 9):
        return 0.28, "rainstorm"
    if site == "FJ01" and datetime(2025, 8, 20) <= arr < datetime(2025, 10, 1):
        return 0.72, "typhoon"                                      # typhoon season on the Fujian coast
    if site in ("FJ01", "ZJ02", "ZJ01", "ZJ03") and arr.month in (8, 9):
        return 0.06, "typhoon"
    if site == "HB02":
        return 0.32, "strong_wind"                                  # new Chongli valley site: exposed, windy
    if arr.month in (6, 7, 8):
        return 0.05, "thunderstorm"
    return 0.02, "strong_wind"


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"])
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"deposit": "营位定金", "balance": "营位尾款", "gear_rental": "装备租赁", "activity": "活动门票"}[otype]
        row = dict(order_id=f"WP{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=bk["common"]["booking_channel"], device=c["device"], order_type=otype,
                   订单类型=zh, booking_id=bk["id"])
        for k in ("site_id", "site", "site_en", "province", "省份", "pitch_type", "营位类型", "ota_platform"):
            row[k] = bk["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, bk=None, undated=False, gen=None, no_customer=False,
           tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (set(topics) & POS_T or gen == "pos") else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("site_id", "site", "site_en", "province", "省份", "pitch_type", "营位类型"):
                row[k] = bk["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            growth = 0.6 + 0.8 * (d - START).days / 600
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            home = pick(list(HOMES), [h[1] for h in HOMES.values()])
            party = pick(list(PARTY), [p[1] for p in PARTY.values()])
            acq = pick(list(ACQ), [a[1] for a in ACQ.values()])
            en_share = 0.22 if home in ("Shanghai", "Shenzhen") else 0.08
            self.cust.append(dict(
                customer_id=f"CU{i + 1:05d}", discover=t, home=home, party=party, acq=acq,
                age=pick(AGES, AGE_P[party]), device=pick(["ios", "android"], [0.48, 0.52]),
                own_gear=rng.random() < PARTY[party][6], en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, stays=[], first_dep=None,
                car=pick(["suv", "sedan", "rv_owner", "no_car"], [0.45, 0.30, 0.07, 0.18])))

    def pick_site(self, c, t):
        provs = HOMES[c["home"]][2]
        prov = pick(list(provs), list(provs.values()))
        sites = [s for s in SITES if s[1] == prov and (s[5] is None or s[5] <= t)]
        if prov == "Hebei" and len(sites) > 1 and rng.random() < 0.35:
            return SITE["HB02"]
        return pick(sites, [s[4] for s in sites])

    # ---------- one booking ----------
    def booking(self, c, t_book: datetime, n_prev: int):
        p = PARTY[c["party"]]
        site = self.pick_site(c, t_book)
        pitch = pick(list(PITCHES), p[2])
        if c["car"] == "rv_owner" and rng.random() < 0.8:
            pitch = "caravan"
        lead = int(min(60, rng.exponential(14) + 2))
        arr = datetime(t_book.year, t_book.month, t_book.day) + D(days=lead, hours=float(rng.uniform(13, 18)))
        # most stays start on Friday / Saturday
        if rng.random() < 0.65:
            while arr.weekday() not in (4, 5):
                arr += D(days=1)
        for hs in (datetime(t_book.year, 5, 1), datetime(t_book.year, 10, 1)):
            if hs - D(days=35) <= t_book < hs - D(days=2) and rng.random() < 0.45:
                arr = hs + D(days=int(rng.integers(0, 5)), hours=float(rng.uniform(13, 18)))   # golden-week trips
        nights = int(pick([1, 2, 3], [0.55, 0.35, 0.10]))
        weekend = arr.weekday() in (4, 5)
        holiday = season(arr) > 2
        price = PITCHES[pitch][1] * (1.5 if holiday else (1.25 if weekend else 1.0))
        total = round(price * nights)
        if c["acq"] == "ota" and n_prev == 0:
            bch = "ota"
        elif c["acq"] == "ota":
            bch = pick(["ota", "app", "web"], [0.55, 0.35, 0.10])
        else:
            bch = pick(["app", "web", "ota"], [0.62, 0.23, 0.15])
        ota = pick(list(OTAS), [0.55, 0.30, 0.15]) if bch == "ota" else None
        party_size = {"family_kids": int(rng.integers(3, 6)), "couple": 2, "friends": int(rng.integers(3, 8)),
                      "outdoor_club": int(rng.integers(4, 13)), "team_building": int(rng.integers(12, 31))}[c["party"]]
        if c["party"] == "team_building":
            total = round(total * party_size / 4)
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        prov = site[1]
        common = dict(app_version=app_version(t_book), channel=bch if bch != "app" else "app", booking_channel=bch,
                      预订渠道=BOOK_CH[bch], ota_platform=ota, OTA平台=OTAS.get(ota), site_id=site[0], site=site[2],
                      site_en=site[3], province=prov, 省份=PROVINCES[prov], pitch_type=pitch, 营位类型=PITCHES[pitch][0],
                      arrival_date=arr.strftime("%Y-%m-%d"), nights=nights, weekend_stay=int(weekend),
                      party_size=party_size)
        bk = dict(id=bid, common=common)
        if n_prev > 0:
            self.ev(c, t_book - D(minutes=float(rng.uniform(2, 30))), "tp_rebook", bid, "rebook", bk)
        self.ev(c, t_book, "tp_book", bid, "submit", bk, amount=total)
        # deposit payment
        t = t_book + D(minutes=float(rng.uniform(1, 8)))
        bug = (bch == "app" and c["device"] == "android" and PAY_BUG[0] <= t < PAY_BUG[1])
        p_fail = 0.42 if bug else 0.04
        fails = 0
        while rng.random() < p_fail and fails < 3:
            fails += 1
            self.ev(c, t, "tp_pay_fail", bid, "fail", bk, error_code="SDK_TIMEOUT" if bug else
                    str(pick(["CARD_DECLINED", "NETWORK"], [0.5, 0.5])))
            t += D(minutes=float(rng.uniform(1, 6)))
            p_fail = 0.5 if bug else 0.1
        if fails and rng.random() < (0.45 if bug else 0.3):
            if rng.random() < 0.25:
                self.fb(c, t + D(minutes=20), ["pay_fail"], "ticket", bk=bk)
            return None                                             # gave up
        if rng.random() < 0.07 and not fails:
            return None                                             # left the booking unpaid
        deposit = round(total * 0.3)
        if t > END:
            return None
        self.ev(c, t, "tp_deposit", bid, "success", bk, amount=deposit)
        if fails and rng.random() < 0.15:
            if rng.random() < 0.5:
                self.fb(c, t + D(hours=2), ["pay_fail"], "app_review", rating=float(pick([1, 2, 3], [0.4, 0.4, 0.2])),
                        bk=bk)
            else:
                self.fb(c, t + D(hours=2), ["pay_fail"], "ticket", bk=bk)
        dep_order = self.order(c, t, deposit, "deposit", bk)
        c["spend"] += deposit
        if c["first_dep"] is None:
            c["first_dep"] = t
        # weather alert and cancellations
        p_w, wtype = weather_risk(site[0], arr)
        if rng.random() < p_w:
            t_a = arr - D(days=float(rng.uniform(1, 3)))
            t_a = max(t_a, t + D(hours=1))
            self.ev(c, t_a, "tp_weather_alert", bid, "alert_sent", bk, weather_type=wtype, 天气类型=WEATHER[wtype])
            p_cancel = {"typhoon": 0.85, "rainstorm": 0.62, "strong_wind": 0.55, "thunderstorm": 0.45}[wtype]
            if rng.random() < p_cancel:
                t_c = t_a + D(hours=float(rng.uniform(0.5, 20)))
                self.cancel(c, bk, t_c, "weather", deposit, dep_order, arr)
                return dict(bad=False, cancelled=True, end=t_c)
        if rng.random() < 0.08:
            t_c = t + (arr - t) * float(rng.uniform(0.2, 0.98))
            self.cancel(c, bk, t_c, "customer", deposit, dep_order, arr)
            return dict(bad=True, cancelled=True, end=t_c)
        # balance, the day before arrival
        bal = total - deposit
        t_b = arr - D(days=1, hours=float(rng.uniform(0, 8)))
        t_b = max(t_b, t + D(minutes=30))
        if not self.ev(c, t_b, "tp_balance", bid, "success", bk, amount=bal):
            return None
        self.order(c, t_b, bal, "balance", bk)
        c["spend"] += bal
        # arrival and check-in
        if not self.ev(c, arr, "tp_arrive", bid, "gate_scan", bk, channel="store", car=c["car"]):
            return None
        med = site[6]
        if site[0] == "ZJ03" and weekend:
            med = 48.0                                              # Moganshan: one reception desk, weekend rush
        elif weekend:
            med *= 1.3
        t_ci = arr + D(minutes=float(max(2.0, rng.lognormal(np.log(med), 0.45))))
        self.ev(c, t_ci, "tp_checkin", bid, "checked_in", bk, channel="store")
        topics = []
        if t_ci - arr > D(minutes=35) and rng.random() < 0.55:
            topics.append("checkin_queue")
        # gear rental
        gear_total = 0.0
        leak = False
        if not c["own_gear"] or rng.random() < 0.15:
            items = []
            if pitch == "tent":
                items.append("tent_set")
            if rng.random() < 0.6:
                items.append("sleeping_bag")
            if rng.random() < 0.45:
                items.append("stove")
            if rng.random() < 0.5:
                items.append("lantern")
            for g in items:
                amt = GEAR[g][1] * nights
                self.ev(c, t_ci + D(minutes=float(rng.uniform(3, 30))), "tp_gear", bid, "rent", bk, channel="store",
                        gear_item=g, 装备=GEAR[g][0], amount=amt)
                self.order(c, t_ci + D(minutes=5), amt, "gear_rental", bk, gear_item=g, 装备=GEAR[g][0])
                gear_total += amt
            rainy = site[0] in ("SC01", "FJ01") or arr.month in (6, 7)
            if "tent_set" in items and rng.random() < (0.22 if rainy else 0.05):
                leak = True
                topics.append("tent_leak")
        # activities
        act_total = 0.0
        n_act = int(rng.poisson(0.55 * p[5]))
        for _ in range(n_act):
            opts = ["bbq", "stargazing"] + (["kayak"] if site[0] in KAYAK_SITES else [])
            w_ = [0.5, 0.4 if site[0] not in ("YN02", "HB01") else 0.9] + ([0.3] if site[0] in KAYAK_SITES else [])
            a = pick(opts, w_)
            tickets = min(party_size, 6)
            amt = ACTS[a][1] * (1 if a == "bbq" else tickets)
            t_act = t_ci + D(minutes=float(rng.uniform(10, 180)))
            o = self.order(c, t_act, amt, "activity", bk, activity=a, 活动=ACTS[a][0], tickets=tickets)
            self.ev(c, t_act, "tp_activity", bid, "ticket", bk, activity=a, 活动=ACTS[a][0], amount=amt)
            if a == "stargazing" and site[0] == "SC01" and o is not None and rng.random() < 0.45:
                o["status"] = "refunded"                            # clouds: stargazing called off, refunded
                o["refunded_at"] = ts(t_act + D(hours=6))
            else:
                act_total += amt
                if a == "stargazing" and site[0] in ("YN02", "HB01", "HB02") and rng.random() < 0.35:
                    topics.append("stars")
                if a == "bbq" and rng.random() < 0.08:
                    topics.append("bbq_pricey")
        # site conditions
        if site[0] == "ZJ02" and arr.month in (6, 7, 8, 9) and rng.random() < 0.40:
            topics.append("mosquito")
        elif arr.month in (6, 7, 8) and rng.random() < 0.03:
            topics.append("mosquito")
        p_hw = 0.30 if (site[0] == "YN01" and arr < DALI_HOT_WATER_FIX) else 0.02
        if pitch != "glamping" and rng.random() < p_hw:
            topics.append("hot_water")
        if pitch == "caravan" and rng.random() < (0.45 if site[0] == "HB01" else 0.03):
            topics.append("power")
        if site[1] in ("Hebei", "Yunnan") and pitch == "tent" and arr.month in (9, 10, 11, 3, 4) and rng.random() < 0.25:
            topics.append("cold")
        bad = bool(set(topics) & NEG_TOPICS)
        if rng.random() < (0.35 if not bad else 0.12):
            topics.append("scenery")
        t_out = datetime(arr.year, arr.month, arr.day) + D(days=nights, hours=float(rng.uniform(9.5, 12.5)))
        if not self.ev(c, t_out, "tp_checkout", bid, "checked_out", bk, channel="store"):
            return None
        c["spend"] += gear_total + act_total
        c["stays"].append(t_out)
        # review in the app
        p_rev = 0.5 if bad else 0.3
        if rng.random() < p_rev:
            base = {"tent": 4.4, "caravan": 4.3, "glamping": 4.8}[pitch]
            stars = base + float(rng.normal(0, 0.55))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            if "stars" in topics:
                stars += 0.4
            stars = float(min(5, max(1, round(stars))))
            t_r = t_out + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            if t_r <= END:
                self.ev(c, t_r, "tp_review", bid, "review", bk, stars=stars)
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics, "app_review", rating=stars, bk=bk, gen=gen)
        if bch == "ota" and rng.random() < 0.22:
            stars = {"tent": 4.3, "caravan": 4.2, "glamping": 4.7}[pitch] + float(rng.normal(0, 0.6))
            for k in topics:
                stars -= PEN.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_out + D(hours=float(rng.uniform(3, 72))), topics, f"{ota}_review", rating=stars, bk=bk,
                    gen=gen, undated=rng.random() < 0.15)
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.4 - 2.8 * bad, 1.5)), 0, 10))
            self.fb(c, t_out + D(days=2, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and c["acq"] in ("xiaohongshu", "douyin") and rng.random() < 0.10:
            self.fb(c, t_out + D(hours=float(rng.uniform(5, 120))), topics, "xiaohongshu_post", bk=bk,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        if leak and rng.random() < 0.3:
            self.fb(c, t_out + D(hours=2), ["tent_leak"], "ticket", bk=bk)
        return dict(bad=bad, cancelled=False, end=t_out)

    def cancel(self, c, bk, t_c, reason, deposit, dep_order, arr):
        if not self.ev(c, t_c, "tp_cancel", bk["id"], "cancel", bk, cancel_reason=reason, 取消原因=CANCEL_R[reason]):
            return
        late = reason == "customer" and (arr - t_c) < D(days=3)
        if late:                                                    # deposit forfeited: no refund
            if rng.random() < 0.35:
                self.fb(c, t_c + D(hours=float(rng.uniform(1, 30))), ["deposit"], "ticket", bk=bk)
            return
        ota = bk["common"]["ota_platform"]
        delay = D(days=float(rng.uniform(2.5, 7.0))) if ota else D(hours=float(rng.uniform(0.2, 20)))
        t_r = t_c + delay
        if self.ev(c, t_r, "tp_refund", bk["id"], "refund", bk, channel=ota or "app", refund_amount=deposit,
                   cancel_reason=reason, 取消原因=CANCEL_R[reason]):
            dep_order["status"] = "refunded"
            dep_order["refunded_at"] = ts(t_r)
            c["spend"] -= deposit
        if ota and rng.random() < 0.18:
            review = rng.random() < 0.4
            self.fb(c, t_c + D(days=float(rng.uniform(3, 6))), ["refund_slow"], f"{ota}_review" if review else "ticket",
                    rating=float(pick([1, 2], [0.6, 0.4])) if review else None, bk=bk)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["acq"], app_version=app_version(c["discover"]))
            a = ACQ[c["acq"]]
            if rng.random() > a[2]:
                continue
            t = c["discover"] + D(hours=float(min(140, rng.exponential(14) + 0.1)))
            self.ev(c, t, "tp_site_view", None, "view", channel="app", app_version=app_version(t))
            if rng.random() > a[3]:
                continue
            if rng.random() < 0.05:
                t += D(days=float(rng.uniform(8, 30)))
            else:
                t += D(hours=float(min(140, rng.exponential(18) + 0.1)))
            p = PARTY[c["party"]]
            n = 0
            while t <= END:
                res = self.booking(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.45:
                        t += D(hours=float(rng.uniform(1, 72)))
                        continue
                    break
                p_ret = p[3]
                if c["acq"] == "ota":
                    p_ret *= 0.55
                if res["bad"]:
                    p_ret *= 0.75
                if res["cancelled"] and not res["bad"]:
                    p_ret = max(p_ret, 0.7)                         # weather victims rebook quickly
                if rng.random() > p_ret:
                    break
                gap = 12.0 if res["cancelled"] else p[4]
                g = float(rng.exponential(gap) + 1)
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "gold" if spend >= 4000 else "silver" if spend >= 1500 else "green"
            s = c["stays"]
            if c["first_dep"] is None:
                seg = "prospect"
            elif c["first_dep"] >= datetime(2026, 6, 1):
                seg = "new"
            elif not s or s[-1] < datetime(2026, 1, 1):
                seg = "lapsed"
            elif len(s) >= 3:
                seg = "loyal"
            else:
                seg = "returning"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["home"],
                             常住城市=HOMES[c["home"]][0], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0],
                             tier=tier, 会员等级=TIERS[tier], party_type=c["party"], 出行类型=PARTY[c["party"]][0],
                             age_band=c["age"], phone_os=c["device"], car_type=c["car"],
                             owns_gear=int(c["own_gear"]), preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "booking_channel", "预订渠道", "ota_platform", "OTA平台", "site_id", "site", "site_en",
           "province", "省份", "pitch_type", "营位类型", "arrival_date", "nights", "weekend_stay", "party_size",
           "amount", "error_code", "weather_type", "天气类型", "cancel_reason", "取消原因", "refund_amount", "car",
           "gear_item", "装备", "activity", "活动", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "site_id", "site", "site_en", "province", "省份", "pitch_type", "营位类型", "ota_platform",
            "gear_item", "装备", "activity", "活动", "tickets", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "site_id", "site", "site_en", "province", "省份", "pitch_type", "营位类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "常住城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "party_type", "出行类型", "age_band", "phone_os", "car_type", "owns_gear", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
