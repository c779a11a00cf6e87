"""汤泉 SpringHaven: a hot-spring resort group with five resorts (从化 Conghua, 腾冲 Tengchong, 丽水 Lishui,
嘉善 Jiashan, 长白山 Changbaishan). Guests browse packages on OTAs (Ctrip / Meituan / Fliggy) or the WeChat mini
program, book a package with prepayment (day pass / overnight / family suite), get a pre-arrival reminder, check in
at the front desk, get a wristband (it also opens the locker), go into the pools, add a spa / massage, eat, check
out, answer the post-stay survey and sometimes book again. Stays 2025-01-01 .. 2026-05-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 5, 31)
N_CUST = 5000

HOLIDAYS = [(date(2025, 1, 1), date(2025, 1, 1)), (date(2025, 1, 28), date(2025, 2, 4)),      # 元旦, 春节
            (date(2025, 4, 4), date(2025, 4, 6)), (date(2025, 5, 1), date(2025, 5, 5)),        # 清明, 劳动节
            (date(2025, 5, 31), date(2025, 6, 2)), (date(2025, 10, 1), date(2025, 10, 8)),     # 端午, 国庆中秋
            (date(2026, 1, 1), date(2026, 1, 3)), (date(2026, 2, 15), date(2026, 2, 23)),      # 元旦, 春节
            (date(2026, 4, 4), date(2026, 4, 6)), (date(2026, 5, 1), date(2026, 5, 5))]        # 清明, 劳动节
COLD_WATER = (date(2025, 12, 1), date(2026, 2, 28))      # Lishui heat-exchanger fault: pools run ~36 °C
ANDROID_BUG = (date(2025, 11, 20), date(2026, 1, 10))    # mini program 3.4.0 on Android: prepayment fails
SNOWSTORM = (date(2026, 1, 16), date(2026, 1, 25))       # Changbaishan: road closed, stays cancelled + refunded
DIRTY_SUMMER = (date(2025, 7, 1), date(2025, 8, 31))     # Conghua changing rooms short-staffed

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览套餐", "Package browsing", "consideration", "mini_program", "digital", "ecommerce",
     "看套餐|浏览|套餐页|逛小程序|查价格|browse|browsing|package page|view packages"),
    ("tp_booking", "套餐预订", "Package booked", "purchase", "mini_program", "digital", "ecommerce",
     "预订|下单|订房|订票|预付|付款成功|booking|book|booked|prepayment|reservation"),
    ("tp_pay_fail", "预付失败", "Prepayment failed", "purchase", "mini_program", "digital", "payments",
     "支付失败|付款失败|付不了款|payment failed|prepayment failed|payment error"),
    ("tp_cancel", "取消预订", "Booking cancelled", "purchase", "mini_program", "digital", "customer_service",
     "取消|退订|退款|cancel|cancellation|refund"),
    ("tp_reminder", "到店前提醒", "Pre-arrival reminder", "service", "other", "digital", "crm",
     "提醒|到店提醒|短信提醒|reminder|pre-arrival message|pre-arrival reminder"),
    ("tp_checkin", "前台入住", "Arrival check-in", "service", "store", "physical", "front_office",
     "入住|办入住|前台|到店|check-in|check in|arrival|front desk"),
    ("tp_wristband", "领取手环", "Wristband issued", "service", "store", "physical", "front_office",
     "手环|领手环|更衣室|储物柜|换衣服|wristband|locker|changing room|locker room"),
    ("tp_pool_entry", "入池泡汤", "Pool entry", "service", "store", "physical", "pool_ops",
     "泡汤|泡温泉|入池|温泉池|汤池|pool|pools|hot spring|soak|bathing"),
    ("tp_spa_booking", "加购SPA按摩", "Spa / massage add-on", "purchase", "store", "physical", "spa",
     "SPA|spa|按摩|推拿|足疗|理疗|massage|spa add-on|treatment"),
    ("tp_dining", "餐饮消费", "Dining", "service", "store", "physical", "food_beverage",
     "吃饭|餐厅|自助餐|餐饮|晚餐|dining|restaurant|food|buffet"),
    ("tp_checkout", "退房离店", "Check-out", "service", "store", "physical", "front_office",
     "退房|离店|结账|check-out|checkout|departure"),
    ("tp_survey", "离店问卷", "Post-stay survey", "loyalty", "mini_program", "digital", "crm",
     "问卷|满意度调查|评价|回访|survey|post-stay survey|feedback form"),
    ("tp_rebook", "再次预订", "Rebooking", "loyalty", "mini_program", "digital", "crm",
     "复购|回头客|再订|再次预订|rebook|rebooking|repeat booking|book again"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预订到店", "Booking to arrival", ["tp_browse", "tp_booking", "tp_reminder", "tp_checkin"], 30),
    ("onsite", "到店体验", "On-site experience", ["tp_checkin", "tp_wristband", "tp_pool_entry", "tp_spa_booking"],
     1),
    ("post_stay", "离店与复购", "Post-stay & rebooking", ["tp_checkout", "tp_survey", "tp_rebook"], 180),
]
RESORTS = {  # en: zh, price multiplier, pool zones, restaurants, therapists
    "Conghua": ("从化", 1.0, ["露天石泉", "药浴池", "鱼疗池", "儿童戏水区", "室内恒温池"],
                ["荔湾粤菜馆", "温泉自助餐厅"], ["阿芳", "小林", "陈师傅"]),
    "Tengchong": ("腾冲", 1.2, ["火山石泉", "硫磺泉", "露天森林泉", "室内恒温池"],
                  ["傣味餐厅", "火山石锅坊"], ["阿梅", "杨师傅", "小段"]),
    "Lishui": ("丽水", 0.85, ["竹林泉", "药浴池", "露天石泉", "儿童戏水区"],
               ["瓯江土菜馆", "温泉自助餐厅"], ["周姐", "小叶"]),
    "Jiashan": ("嘉善", 0.95, ["古镇泉", "牛奶池", "室内恒温池", "儿童戏水区"],
                ["水乡江南菜", "日式料理"], ["沈师傅", "小吴"]),
    "Changbaishan": ("长白山", 1.15, ["雪景露天泉", "人参药浴池", "室内恒温池"],
                     ["朝鲜族烤肉", "温泉自助餐厅"], ["金师傅", "朴姐"]),
}
RES = list(RESORTS)
PKG_ZH = {"day_pass": "日票", "overnight": "过夜套餐", "family_suite": "家庭套房"}
VTYPES = ["family", "couple", "friends", "corporate", "seniors"]
VTYPE_ZH = {"family": "亲子家庭", "couple": "情侣", "friends": "朋友结伴", "corporate": "企业团建", "seniors": "银发长者"}
VTYPE_P = [0.30, 0.25, 0.17, 0.10, 0.18]
PKG_MIX = {"family": (["day_pass", "overnight", "family_suite"], [0.38, 0.17, 0.45]),
           "couple": (["day_pass", "overnight"], [0.40, 0.60]),
           "friends": (["day_pass", "overnight"], [0.62, 0.38]),
           "corporate": (["day_pass", "overnight"], [0.30, 0.70]),
           "seniors": (["day_pass", "overnight"], [0.56, 0.44])}
SPA_P = {"couple": 0.50, "seniors": 0.33, "friends": 0.24, "corporate": 0.17, "family": 0.11}
LOYAL = {"seniors": 0.52, "family": 0.46, "couple": 0.40, "friends": 0.30, "corporate": 0.26}
TIER_ZH = {"classic": "普通会员", "silver": "银卡", "gold": "金卡", "platinum": "铂金卡"}
CITIES = {  # city: (p, region, resort preference weights in RES order)
    "广州": (0.21, "华南", [0.72, 0.10, 0.05, 0.05, 0.08]),
    "深圳": (0.13, "华南", [0.66, 0.14, 0.05, 0.05, 0.10]),
    "佛山": (0.06, "华南", [0.80, 0.08, 0.04, 0.04, 0.04]),
    "昆明": (0.08, "西南", [0.06, 0.80, 0.05, 0.04, 0.05]),
    "成都": (0.06, "西南", [0.10, 0.66, 0.08, 0.08, 0.08]),
    "上海": (0.13, "华东", [0.06, 0.10, 0.30, 0.44, 0.10]),
    "杭州": (0.08, "华东", [0.04, 0.06, 0.52, 0.32, 0.06]),
    "嘉兴": (0.04, "华东", [0.02, 0.03, 0.25, 0.66, 0.04]),
    "长春": (0.06, "东北", [0.03, 0.04, 0.03, 0.03, 0.87]),
    "沈阳": (0.05, "东北", [0.04, 0.05, 0.04, 0.04, 0.83]),
    "北京": (0.10, "华北", [0.08, 0.16, 0.08, 0.10, 0.58]),
}
SMALL_CITIES = {"澳门": (7, "港澳"), "香港": (14, "港澳")}   # tiny groups: big spenders (Macau) / average (HK)
ACQ = ["ctrip", "meituan", "fliggy", "mini_program", "walk_in"]
ACQ_P = [0.30, 0.24, 0.12, 0.28, 0.06]


def is_holiday(d: date) -> bool:
    return any(a <= d <= b for a, b in HOLIDAYS)


def day_type(d: date) -> str:
    return "holiday" if is_holiday(d) else "weekend" if d.weekday() >= 5 else "weekday"


MONTH_F = {1: 1.5, 2: 1.35, 3: 1.0, 4: 0.8, 5: 0.75, 6: 0.55, 7: 0.62, 8: 0.68, 9: 0.8, 10: 1.1, 11: 1.3, 12: 1.5}
DAYS = [START + D(i) for i in range((END - START).days + 1)]
W = np.array([MONTH_F[d.month] * (2.0 if d.weekday() >= 5 else 1.0) * (3.2 if is_holiday(d) else 1.0)
              * (1.14 if d.year == 2026 else 1.0) for d in DAYS])
W_MAX = W.max()
DAY_IDX = {d: i for i, d in enumerate(DAYS)}


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def pick(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


# ---------- customers ----------
cust = []
cities, city_p = list(CITIES), np.array([v[0] for v in CITIES.values()])
city_p = city_p / city_p.sum()
small = [c for c, (n, _) in SMALL_CITIES.items() for _ in range(n)]
for i in range(N_CUST):
    city = small[i] if i < len(small) else pick(cities, city_p)
    vt = pick(VTYPES, VTYPE_P)
    lang = "en" if rng.random() < (0.15 if city in ("上海", "深圳", "北京", "香港", "澳门") else 0.03) else "zh"
    cust.append(dict(customer_id=f"HS{i + 1:05d}", city=city, vtype=vt, lang=lang,
                     region=SMALL_CITIES[city][1] if city in SMALL_CITIES else CITIES[city][1],
                     acq=pick(ACQ, ACQ_P), device=pick(["ios", "android"], [0.55, 0.45]),
                     gender=pick(["F", "M"], [0.56, 0.44]),
                     age_band=("55+" if vt == "seniors" else pick(["18-24", "25-34", "35-44", "45-54"],
                                                                  [0.16, 0.42, 0.30, 0.12])),
                     signup=None, visits=0, spend=0.0, last_visit=None, checked_out=False))

events, orders, feedback, truth = [], [], [], []
ctr = dict(s=0, o=0, b=0, e=0, f=0)


def nid(k, prefix, width=6):
    ctr[k] += 1
    return f"{prefix}{ctr[k]:0{width}d}"


def ev(c, ts, tp, action, channel, device=None, sid=None, **extra):
    row = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sid,
               action=action, device=device, channel=channel)
    row.update(extra)
    events.append(row)
    return row


def order(c, ts, amount, status, product, channel, device, **extra):
    o = dict(order_id=nid("o", "O"), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, channel=channel, device=device, product_type=product)
    o.update(extra)
    orders.append(o)
    return o


# ---------- feedback text ----------
T = {
    "water_cold": {
        "zh": ["{pool}水温太低了，泡了半小时身上都是凉的，这还叫温泉？", "水不够热！冬天来泡汤结果像在泡温水澡",
               "池子水温也就三十五六度，完全没有泡温泉的感觉", "温泉水是温的不是热的，问了工作人员说设备在修",
               "大冬天的水一点都不烫，孩子泡了一会儿就冷得发抖", "{pool}几乎是凉水，白跑一趟"],
        "en": ["The water was barely warm, felt like a swimming pool not a hot spring",
               "Pools were lukewarm in the middle of winter, very disappointing",
               "Water not hot enough, staff said the heating was being repaired"]},
    "crowded": {
        "zh": ["节假日人太多了，池子里跟下饺子一样", "人挤人，找个能坐下的池子都难", "{pool}全是人，根本泡不下去，体验很差",
               "假期来真是错误，每个池子都满了", "人多到要排队进池子，限流能不能做一下"],
        "en": ["Way too crowded on the holiday, every pool was packed",
               "So many people we couldn't find a spot in any pool", "Overcrowded, felt like a public bath on a holiday"]},
    "slow_checkin": {
        "zh": ["前台办入住排了{m}分钟，只有两个窗口在办", "入住太慢了，排队{m}分钟才拿到房卡", "check-in效率太低，站着等了快半小时",
               "到店办理入住排长队，老人孩子都站不住", "前台办手续慢吞吞的，一个人要办十分钟"],
        "en": ["Waited {m} minutes at the front desk to check in", "Check-in was painfully slow, only one desk open",
               "Long queue at arrival, took forever to get our wristbands and rooms"]},
    "dirty_changing": {
        "zh": ["更衣室地上全是水和头发，太脏了", "更衣室很脏，垃圾桶都满出来了也没人收", "储物柜区域有股霉味，地面湿滑不干净",
               "换衣服的地方卫生太差，毛巾乱扔"],
        "en": ["Changing rooms were filthy, hair and water everywhere", "Locker room was dirty and smelled bad",
               "The changing area hadn't been cleaned, towels all over the floor"]},
    "food_overpriced": {
        "zh": ["餐厅东西太贵了，一碗面六十八", "吃饭性价比太低，自助餐两百多一位没什么东西", "餐饮价格比外面贵一倍，还不让带吃的",
               "{rest}太坑了，点了几个菜花了五百多"],
        "en": ["Food at the resort is overpriced for the quality", "Restaurant prices are crazy, 68 yuan for noodles",
               "Buffet was expensive and pretty average"]},
    "refund_slow": {
        "zh": ["取消预订说好退款，半个月了钱还没到", "退款太慢了，客服一直说在走流程", "因为下大雪取消了，退款拖了十几天",
               "申请退订一周了还没退回来"],
        "en": ["Cancelled my booking two weeks ago and still no refund", "Refund is taking forever",
               "Cancelled because of the snowstorm, still waiting for my money"]},
    "pay_fail": {
        "zh": ["小程序付款一直失败，转圈圈然后提示网络错误", "安卓手机上预付付不了款，试了好几次", "小程序支付老是报错，最后没订成"],
        "en": ["The mini program payment kept failing on my Android phone", "Couldn't pay the deposit in the mini "
               "program, error every time"]},
    "wristband_fault": {
        "zh": ["手环刷不开柜子，来回跑了好几趟前台", "手环感应不灵，储物柜打不开", "手环消费记录不对，多扣了钱"],
        "en": ["Wristband wouldn't open my locker", "The wristband kept failing at the locker"]},
    "massage_praise": {
        "zh": ["{th}师傅按摩手法特别好，肩颈一下就松了", "按摩太舒服了，{th}力度刚好，下次还找她", "SPA很专业，{th}推拿很到位，强烈推荐",
               "泡完汤再做个按摩，{th}手法一流，整个人都放松了", "精油SPA做得很好，{th}服务很细心"],
        "en": ["Excellent massage by {th}, best part of the trip", "The spa was wonderful, {th} has magic hands",
               "Great massage after the pools, {th} was very professional"]},
    "relaxing": {
        "zh": ["泡完温泉整个人都放松了，环境很好", "池子很多，水质清澈，泡得很舒服", "{pool}景色很美，边泡边看风景",
               "带爸妈来泡温泉，老人家很喜欢"],
        "en": ["Very relaxing, lovely pools and scenery", "Beautiful outdoor pools, we loved it",
               "Clean water and plenty of pools, very relaxing"]},
    "staff_friendly": {
        "zh": ["前台小姐姐很热情，入住很快", "服务人员态度很好，有问必答", "工作人员很贴心，还帮我们提行李"],
        "en": ["Friendly staff and quick check-in", "Staff were warm and helpful"]},
    "food_good": {
        "zh": ["自助餐品种丰富，味道不错", "餐厅的菜很地道，好吃", "早餐很丰盛"],
        "en": ["The buffet was really good", "Tasty local food at the restaurant"]},
    "room_comfy": {
        "zh": ["房间干净舒服，床很软", "房间有私汤，很赞", "家庭套房空间大，孩子玩得很开心"],
        "en": ["Room was clean and comfortable", "Loved the private hot tub in our room"]},
    "reminder_helpful": {
        "zh": ["到店前收到提醒短信，写清楚了交通和注意事项，很贴心", "提前一天的提醒很有用"],
        "en": ["The reminder message the day before was helpful"]},
    "so_so": {
        "zh": ["还行吧，中规中矩", "一般般，没有特别惊艳", "整体还可以，价格有点高"],
        "en": ["It was okay, nothing special", "Average experience"]},
}
SENT = {"water_cold": "negative", "crowded": "negative", "slow_checkin": "negative", "dirty_changing": "negative",
        "food_overpriced": "negative", "refund_slow": "negative", "pay_fail": "negative",
        "wristband_fault": "negative", "massage_praise": "positive", "relaxing": "positive",
        "staff_friendly": "positive", "food_good": "positive", "room_comfy": "positive",
        "reminder_helpful": "positive", "so_so": "neutral"}
TOPIC_TP = {"water_cold": "tp_pool_entry", "crowded": "tp_pool_entry", "slow_checkin": "tp_checkin",
            "dirty_changing": "tp_wristband", "food_overpriced": "tp_dining", "refund_slow": "tp_cancel",
            "pay_fail": "tp_pay_fail", "wristband_fault": "tp_wristband", "massage_praise": "tp_spa_booking",
            "relaxing": "tp_pool_entry", "staff_friendly": "tp_checkin", "food_good": "tp_dining",
            "room_comfy": "tp_checkout", "reminder_helpful": "tp_reminder", "so_so": None}


def rating_for(topic) -> int:
    s = SENT[topic]
    if s == "positive":
        return int(rng.choice([4, 5], p=[0.3, 0.7]))
    if s == "neutral":
        return int(rng.choice([2, 3, 4], p=[0.1, 0.7, 0.2]))
    if topic in ("water_cold", "refund_slow", "pay_fail"):
        return int(rng.choice([1, 2, 3], p=[0.45, 0.42, 0.13]))
    return int(rng.choice([1, 2, 3], p=[0.22, 0.48, 0.30]))


def nps_for(rating) -> int:
    return int(min(10, max(0, {1: 1, 2: 4, 3: 6, 4: 8, 5: 9}[rating] + rng.integers(-1, 2))))


def add_fb(topic, lang, ts, c, channel, resort=None, rated=True, pool=None, th=None, rest=None, m=None,
           booking_id=None, platform=None, with_nps=False):
    tpls = T[topic][lang]
    text = tpls[int(rng.integers(len(tpls)))].format(pool=pool or "池子", th=th or "技师", rest=rest or "餐厅",
                                                      m=m or int(rng.integers(25, 45)))
    fid = nid("f", "FB", 5)
    r = rating_for(topic) if rated else None
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None,
                         touchpoint_id=TOPIC_TP[topic], channel=channel, rating=r,
                         nps=nps_for(r) if (with_nps and r) else None, resort=resort,
                         resort_zh=RESORTS[resort][0] if resort else None, therapist=th if topic == "massage_praise"
                         else None, platform=platform, booking_id=booking_id, language=lang))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


# ---------- one stay ----------
def price(resort, pkg, d, guests, nights):
    mult = RESORTS[resort][1] * (1.3 if day_type(d) != "weekday" else 1.0)
    if pkg == "day_pass":
        return round(228 * mult * guests * rng.uniform(0.95, 1.05) / 10) * 10 - 2
    rooms = max(1, int(np.ceil(guests / 2))) if pkg == "overnight" else 1
    base = 1098 if pkg == "overnight" else 1888
    return round(base * mult * rooms * nights * rng.uniform(0.95, 1.05) / 10) * 10 - 2


def stay(c, d, resort, pkg, bid, guests, nights, booked_at):
    """check-in .. check-out of one booking; returns dict of what happened (for feedback / loyalty)."""
    zh, _, zones, rests, ths = RESORTS[resort]
    dt = day_type(d)
    common = dict(resort=resort, resort_zh=zh, package_type=pkg, 套餐类型=PKG_ZH[pkg], booking_id=bid)
    arrive = at(d, 9.3, 15.0) if pkg == "day_pass" else at(d, 12.5, 18.0)
    arrive = max(arrive, booked_at + D(minutes=float(rng.uniform(35, 90))))
    qm = 22.0 if resort == "Changbaishan" else 6.0
    qm *= 1.8 if dt == "holiday" else 1.3 if dt == "weekend" else 1.0
    queue = round(float(rng.gamma(2.2, qm / 2.2)), 1)
    t = arrive + D(minutes=queue)
    ev(c, t, "tp_checkin", "check_in", "onsite", queue_minutes=queue, day_type=dt, guests=guests, **common)
    out = dict(queue=queue, cold=False, crowded=False, spa_th=None, dined=False, rest=None, pool=None)
    # Changbaishan hands out wristbands at a separate counter after check-in: a second queue
    t += D(minutes=float(rng.uniform(9, 28) if resort == "Changbaishan" else rng.uniform(1, 5)))
    if rng.random() < 0.99:
        ev(c, t, "tp_wristband", "issue", "onsite", wristband_id=f"WB{int(rng.integers(10 ** 6, 10 ** 7))}",
           **common)
    if pkg == "day_pass":
        for item, p, amt in (("locker", 0.45, 20), ("towel", 0.30, 10 * guests), ("swimsuit", 0.12, 49)):
            if rng.random() < p:
                order(c, t + D(seconds=30), amt, "paid", "rental", "onsite", None, item=item, resort=resort,
                      resort_zh=zh, booking_id=bid, package_type=pkg, 套餐类型=PKG_ZH[pkg])
    swims = rng.random() < 0.97
    cold = resort == "Lishui" and COLD_WATER[0] <= d <= COLD_WATER[1]
    t += D(minutes=float(rng.uniform(8, 25)))
    days = ([d] if pkg == "day_pass" else [d + D(k) for k in range(nights + 1)]) if swims else []
    first_pool = None
    for k, dd in enumerate(days):
        last = k == len(days) - 1 and k > 0
        if k > 0:
            if last and rng.random() < 0.35:
                continue
            t = at(dd, 8.0, 9.5) if last else at(dd, 8.0, 10.5)
        for _ in range(1 if last else int(rng.integers(1, 4))):
            zone = pick(zones)
            temp = round(float(rng.normal(36.2, 0.7) if (cold or (resort == "Lishui" and COLD_WATER[0] <= dd
                                                                   <= COLD_WATER[1])) else rng.normal(40.6, 0.9)), 1)
            crowd = "high" if day_type(dd) == "holiday" else "medium" if dd.weekday() >= 5 else "low"
            ev(c, t, "tp_pool_entry", "enter", "onsite", pool_zone=zone, water_temp_c=temp, crowd_level=crowd,
               day_type=day_type(dd), **common)
            first_pool = first_pool or t
            out["pool"] = zone
            t += D(minutes=float(rng.uniform(30, 80)))
    out["cold"] = cold and swims
    out["crowded"] = dt == "holiday" and swims
    # spa add-on (same day as check-in, after the first pool visit)
    if swims and rng.random() < SPA_P[c["vtype"]]:
        ts = first_pool + D(minutes=float(rng.uniform(40, 150)))
        th = pick(ths)
        menu = [("foot_massage", "足疗", 198), ("tuina", "中式推拿", 298), ("aroma_oil_spa", "精油SPA", 498)]
        if resort == "Tengchong":
            menu.append(("volcanic_stone", "火山石热疗", 698))
        tr, tr_zh, amt = pick(menu)
        o = order(c, ts, amt * (2 if c["vtype"] == "couple" else 1), "paid", "spa",
                  pick(["mini_program", "onsite"], [0.45, 0.55]), None, item=tr, item_zh=tr_zh, resort=resort,
                  resort_zh=zh, booking_id=bid, therapist=th, package_type=pkg, 套餐类型=PKG_ZH[pkg])
        ev(c, ts, "tp_spa_booking", "book", o["channel"], therapist=th, spa_treatment=tr, order_id=o["order_id"],
           **common)
        out["spa_th"] = th
    for k, dd in enumerate(days[:2] if pkg != "day_pass" else days):
        if rng.random() < (0.72 if k == 0 else 0.5):
            ts = at(dd, 17.5, 20.0) if k == 0 else at(dd, 7.5, 9.5)
            rest = pick(rests)
            per = 110 * {"Jiashan": 1.65, "Changbaishan": 1.2, "Lishui": 0.85}.get(resort, 1.0)
            o = order(c, ts, round(per * guests * rng.uniform(0.8, 1.3)), "paid", "dining", "onsite", None,
                      item=rest, resort=resort, resort_zh=zh, booking_id=bid, package_type=pkg, 套餐类型=PKG_ZH[pkg])
            ev(c, ts, "tp_dining", "pay", "onsite", restaurant=rest, order_id=o["order_id"], **common)
            out["dined"], out["rest"] = True, rest
    co = at(d, 20.2, 22.0) if pkg == "day_pass" else at(d + D(nights), 10.8, 12.8)
    ev(c, co, "tp_checkout", "check_out", "onsite", **common)
    out["checkout"] = co
    return out


def feedback_after(c, out, resort, pkg, source, bid, d):
    """survey (with event) and OTA review after a stay; topic weights follow what happened."""
    w = {"water_cold": 7.0 if out["cold"] else 0.08, "crowded": 3.5 if out["crowded"] else
         (0.35 if d.weekday() >= 5 else 0.08),
         "slow_checkin": 5.0 if out["queue"] > 25 else 1.2 if out["queue"] > 15 else 0.06,
         "dirty_changing": 3.0 if (resort == "Conghua" and DIRTY_SUMMER[0] <= d <= DIRTY_SUMMER[1]) else 0.18,
         "food_overpriced": (2.6 if resort == "Jiashan" else 0.35) if out["dined"] else 0.0,
         "wristband_fault": 0.2,
         "massage_praise": (5.0 if out["spa_th"] == "阿梅" else 1.1) if out["spa_th"] else 0.0,
         "relaxing": 1.3, "staff_friendly": 0.6 if out["queue"] < 12 else 0.05,
         "food_good": 0.35 if out["dined"] else 0.0, "room_comfy": 0.6 if pkg != "day_pass" else 0.0,
         "reminder_helpful": 0.2, "so_so": 0.7}
    topics, p = list(w), np.array(list(w.values()))
    p = p / p.sum()
    lang = c["lang"]
    kw = dict(resort=resort, pool=out["pool"], th=out["spa_th"], rest=out["rest"], m=int(out["queue"]) or None,
              booking_id=bid)
    tier = tier_of(c)
    if rng.random() < {"classic": 0.36, "silver": 0.44, "gold": 0.52, "platinum": 0.58}[tier]:
        ts = out["checkout"] + D(hours=float(rng.uniform(2, 40)))
        ev(c, ts, "tp_survey", "submit", "mini_program", c["device"], booking_id=bid, resort=resort,
           resort_zh=RESORTS[resort][0], package_type=pkg, 套餐类型=PKG_ZH[pkg])
        add_fb(pick(topics, p), lang, ts, c, "survey", with_nps=True, **kw)
    if source in ("ctrip", "meituan", "fliggy") and rng.random() < 0.13:
        ts = out["checkout"] + D(hours=float(rng.uniform(6, 120)))
        add_fb(pick(topics, p), lang, ts, c, "ota_review", platform=source, **kw)
    if out["cold"] and rng.random() < 0.06:
        add_fb("water_cold", lang, out["checkout"] + D(hours=float(rng.uniform(1, 30))), c, "ticket", rated=False,
               **kw)
    if out["queue"] > 30 and rng.random() < 0.08:
        add_fb("slow_checkin", lang, out["checkout"] + D(hours=float(rng.uniform(1, 30))), c, "ticket",
               rated=False, **kw)


def tier_of(c) -> str:
    if c["visits"] >= 5 or c["spend"] >= 12000:
        return "platinum"
    if c["visits"] >= 3 or c["spend"] >= 5000:
        return "gold"
    if c["visits"] >= 2 or c["spend"] >= 2000:
        return "silver"
    return "classic"


# ---------- customer timelines ----------
def first_stay_day(c) -> date:
    while True:
        i = int(rng.integers(len(DAYS)))
        if rng.random() < W[i] / W_MAX:
            return DAYS[i]


def run_customer(c):
    d = first_stay_day(c)
    source = c["acq"]
    n_intents = 0
    while d <= END and n_intents < 8:
        n_intents += 1
        big = c["city"] == "澳门"
        resort = "Tengchong" if big else pick(RES, np.array(CITIES.get(c["city"], (0, 0, [0.7, 0.1, 0.06, 0.06, 0.08]))[2]))
        if d.month in (12, 1, 2) and not big and rng.random() < 0.12:
            resort = "Changbaishan"                     # snow + hot spring trips in winter
        pkg = "overnight" if big else pick(*PKG_MIX[c["vtype"]])
        if c["city"] == "上海" and pkg == "day_pass" and rng.random() < 0.55:
            pkg = "overnight" if c["vtype"] != "family" else "family_suite"
        lead = int(rng.integers(0, 4)) if pkg == "day_pass" else int(rng.integers(2, 24))
        walk = source == "walk_in"
        if walk:
            lead = 0
        bdate = d - D(lead)
        if bdate < START:
            bdate, d = START, START + D(lead)
        device = None if walk else c["device"] if source == "mini_program" else pick(["ios", "android", "pc"],
                                                                                    [0.5, 0.4, 0.1])
        ch = "onsite" if walk else "mini_program" if source == "mini_program" else "ota"
        sid = None if walk else nid("s", "S")
        t = at(d, 9.0, 14.0) if walk else at(bdate, 7.0, 11.0) if lead == 0 else at(bdate, 7.5, 23.0)
        if c["signup"] is None:
            c["signup"] = t - D(minutes=float(rng.uniform(1, 30))) if source == "mini_program" else t
        guests = {"family": int(rng.integers(3, 5)), "couple": 2, "friends": int(rng.integers(2, 6)),
                  "corporate": int(rng.integers(4, 13)), "seniors": int(rng.integers(1, 4))}[c["vtype"]]
        nights = 0 if pkg == "day_pass" else (3 if big else 1 if rng.random() < 0.78 else 2)
        common = dict(resort=resort, resort_zh=RESORTS[resort][0], package_type=pkg, 套餐类型=PKG_ZH[pkg],
                      booking_source=source)
        if not walk:
            for _ in range(int(rng.integers(1, 4))):
                ev(c, t, "tp_browse", "view", ch, device, sid, app_version="3.4.0" if (
                    ch == "mini_program" and ANDROID_BUG[0] <= t.date() <= ANDROID_BUG[1]) else None, **common)
                t += D(minutes=float(rng.uniform(0.5, 6)))
        bug = (source == "mini_program" and device == "android" and ANDROID_BUG[0] <= t.date() <= ANDROID_BUG[1])
        p_book = {"ctrip": 0.52, "meituan": 0.58, "fliggy": 0.46, "mini_program": 0.56, "walk_in": 1.0}[source]
        p_book *= 1.25 if c["visits"] else 1.0
        p_book *= 0.3 if bug else 1.0
        amount = price(resort, pkg, d, guests, nights)
        if big:
            amount *= 2.2
        booked = rng.random() < min(0.97, p_book)
        if not booked:
            if bug and rng.random() < 0.8 or (not walk and rng.random() < 0.04):
                t += D(minutes=float(rng.uniform(1, 4)))
                ev(c, t, "tp_pay_fail", "fail", ch, device, sid, error="PAY_TIMEOUT" if bug else "CARD_DECLINED",
                   app_version="3.4.0" if bug else None, **common)
                order(c, t, amount, "cancelled", "package", source, device, resort=resort,
                      resort_zh=RESORTS[resort][0], package_type=pkg, 套餐类型=PKG_ZH[pkg], stay_date=d,
                      nights=nights, guests=guests, room_type=None)
                if bug and rng.random() < 0.14:
                    add_fb("pay_fail", c["lang"], t + D(minutes=float(rng.uniform(5, 300))), c, "ticket",
                           rated=False)
            if rng.random() < 0.38:
                d = d + D(int(rng.integers(5, 60)))
                continue
            break
        # booked with prepayment
        bid = nid("b", "BK")
        t += D(minutes=float(rng.uniform(1, 4)))
        room = None if pkg == "day_pass" else "family_suite" if pkg == "family_suite" else \
            pick(["standard_king", "twin", "mountain_view", "private_pool_villa"],
                 [0.2, 0.2, 0.2, 0.4] if c["city"] == "上海" else [0.35, 0.3, 0.25, 0.1])
        if room == "private_pool_villa":
            amount = round(amount * 1.6)
        o = order(c, t, amount, "paid", "package", source, device, resort=resort, resort_zh=RESORTS[resort][0],
                  package_type=pkg, 套餐类型=PKG_ZH[pkg], stay_date=d, nights=nights, guests=guests,
                  room_type=room, booking_id=bid)
        ev(c, t, "tp_booking", "book", ch, device, sid, order_id=o["order_id"], booking_id=bid, room_type=room,
           guests=guests, **common)
        if c["checked_out"]:
            ev(c, t + D(seconds=2), "tp_rebook", "rebook", ch, device, sid, order_id=o["order_id"], booking_id=bid,
               **common)
        # cancellation
        storm = resort == "Changbaishan" and SNOWSTORM[0] <= d <= SNOWSTORM[1]
        p_cancel = 0.88 if storm else 0.08 if source == "meituan" else 0.05
        if rng.random() < p_cancel and d > t.date():
            ct = (at(d - D(1), 8, 20) if storm else t + D(hours=float(rng.uniform(2, 24 * max(1, (d - t.date()).days)))))
            ct = max(ct, t + D(minutes=30))
            ev(c, ct, "tp_cancel", "cancel", ch, device, booking_id=bid, order_id=o["order_id"],
               reason="road_closed_snowstorm" if storm else pick(["change_of_plans", "illness", "weather",
                                                                   "found_cheaper"], [0.6, 0.15, 0.1, 0.15]),
               **common)
            o["status"] = "refunded"
            o["refunded_at"] = ct + D(days=float(rng.uniform(5, 18) if storm else rng.uniform(0.5, 6)))
            o["refund_reason"] = "road_closed_snowstorm" if storm else "customer_cancelled"
            if rng.random() < (0.35 if storm else 0.07):
                add_fb("refund_slow", c["lang"], o["refunded_at"] - D(days=float(rng.uniform(1, 4))), c, "ticket",
                       resort=resort, rated=False, booking_id=bid)
            d = d + D(int(rng.integers(10, 90)))
            if rng.random() < 0.45:
                continue
            break
        rem = datetime(d.year, d.month, d.day) - D(hours=6) + D(minutes=float(rng.uniform(0, 60)))
        if rem <= t:
            rem = t + D(minutes=float(rng.uniform(10, 30)))
        if not walk and rng.random() < 0.985:
            ev(c, rem, "tp_reminder", "sent", "mini_program" if source == "mini_program" else "sms",
               booking_id=bid, **common)
        no_show = (0.22 if pkg == "day_pass" else 0.09) if source == "meituan" else 0.035
        if rng.random() < no_show:
            d = d + D(int(rng.integers(20, 120)))
            if rng.random() < 0.3:
                continue
            break
        out = stay(c, d, resort, pkg, bid, guests, nights, t)
        c["visits"] += 1
        c["last_visit"] = d
        c["spend"] += amount
        c["checked_out"] = True
        feedback_after(c, out, resort, pkg, source, bid, d)
        bad = out["cold"] or out["queue"] > 25 or out["crowded"]
        p_next = LOYAL[c["vtype"]] * (0.45 if bad else 1.0) * (1.25 if out["spa_th"] else 1.0)
        if c["city"] == "上海":
            p_next = min(0.9, p_next * 1.5)          # weekend getaways to nearby Jiashan / Lishui
        if big:
            p_next = 0.9
        if rng.random() >= p_next:
            break
        d = out["checkout"].date() + D(int(14 + rng.exponential(70)))
        while d <= END and rng.random() > W[DAY_IDX[d]] / W_MAX:
            d += D(1)
        if rng.random() < 0.5:
            source = "mini_program"
        elif source == "walk_in":
            source = pick(ACQ[:4])


for c in cust:
    run_customer(c)
# social posts: no date, no customer, no rating
for _ in range(120):
    resort = pick(RES, [0.28, 0.24, 0.18, 0.15, 0.15])
    w = {"crowded": 1.2, "massage_praise": 1.6 if resort == "Tengchong" else 0.4, "relaxing": 1.4,
         "water_cold": 1.6 if resort == "Lishui" else 0.05, "slow_checkin": 1.4 if resort == "Changbaishan" else 0.1,
         "food_overpriced": 1.3 if resort == "Jiashan" else 0.2, "dirty_changing": 0.6 if resort == "Conghua" else 0.1}
    topic = pick(list(w), np.array(list(w.values())) / sum(w.values()))
    add_fb(topic, "zh" if rng.random() < 0.9 else "en", None, None, pick(["xiaohongshu", "dianping"]),
           resort=resort, rated=False, th="阿梅" if resort == "Tengchong" and rng.random() < 0.7 else
           pick(RESORTS[resort][4]))


# ---------- finishing: customers' state at the end of the data ----------
def seg(c):
    if c["signup"] is not None and c["signup"].date() >= date(2026, 3, 1):
        return "new"
    t = tier_of(c)
    if c["visits"] and t in ("gold", "platinum"):
        return "vip"
    if c["visits"] and c["last_visit"] < date(2025, 12, 1):
        return "at_risk"
    if c["visits"]:
        return "returning"
    return "prospect"


cust_rows = []
for c in cust:
    if c["signup"] is None:
        continue
    tier = tier_of(c)
    cust_rows.append(dict(customer_id=c["customer_id"], signup_at=c["signup"], segment=seg(c), region=c["region"],
                          acquisition_channel=c["acq"], tier=tier, 会员等级=TIER_ZH[tier], visitor_type=c["vtype"],
                          客群=VTYPE_ZH[c["vtype"]], home_city=c["city"], gender=c["gender"], age_band=c["age_band"],
                          primary_device=c["device"], language=c["lang"]))


def write(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r[k].isoformat(sep=" ", timespec="seconds")
                            if isinstance(r.get(k), datetime) else r[k]) for k in cols})


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])])
    write(out / "customers.csv", cust_rows)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", events)
    orders.sort(key=lambda r: r["ts"])
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(cust_rows)} events {len(events)} orders {len(orders)} feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
