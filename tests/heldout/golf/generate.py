"""绿茵 GreenLinks: a group of six golf clubs near Shanghai, Shenzhen and Kunming selling tee times and memberships.
Events run 2024-09-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from bisect import bisect_right
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2024, 9, 1), date(2026, 6, 30)
N_CUST = 3600
MINI_ISSUE = date(2025, 11, 3)           # mini-program deposit payment plug-in upgrade: conversion drops
GUANLAN_SQUEEZE = date(2025, 10, 1)      # Guanlan tee interval 10 -> 7 min: waits and slow rounds
TYPHOON = (date(2025, 9, 6), date(2025, 9, 8))   # Shenzhen clubs closed
AERATION = [(date(2025, 10, 8), date(2025, 10, 31)), (date(2026, 4, 1), date(2026, 4, 20))]  # Sheshan greens cored

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_browse", "浏览球位", "Browse tee times", "consideration", "app", "digital", "reservations",
     "查球位|看球位|订场查询|查开球时间|browse|tee sheet|tee times|search tee times|availability"),
    ("tp_booking", "预订付订金", "Tee time booked (deposit)", "purchase", "app", "digital", "reservations",
     "订场|预订|付订金|下订|booking|book|deposit|reserve|reservation"),
    ("tp_confirm", "预订确认", "Booking confirmed", "purchase", "other", "digital", "reservations",
     "确认|订场确认|确认短信|confirmation|confirmed"),
    ("tp_cancel", "取消预订", "Booking cancelled", "purchase", "app", "digital", "reservations",
     "取消|退订|cancel|cancellation"),
    ("tp_rainout", "雨天停场", "Rain-out", "service", "other", "physical", "course_ops",
     "雨停|下雨停场|雨天取消|封场|rain-out|rainout|rained out|course closed"),
    ("tp_refund", "退款到账", "Refund", "service", "other", "digital", "finance",
     "退款|退订金|refund|refunded"),
    ("tp_checkin", "会所签到", "Clubhouse check-in", "service", "store", "physical", "clubhouse",
     "签到|前台签到|到场|报到|check-in|check in|arrival|front desk"),
    ("tp_tee_off", "开球", "Round started (tee-off)", "service", "other", "physical", "course_ops",
     "开球|下场|第一洞|出发台|tee-off|tee off|first tee|round start"),
    ("tp_round_end", "打完一轮", "Round finished", "service", "other", "physical", "course_ops",
     "打完|完赛|一轮结束|收杆|round finished|round end|finished round|round"),
    ("tp_fnb", "餐饮消费", "F&B spend", "service", "store", "physical", "fnb",
     "餐厅|会所餐厅|吃饭|餐饮|F&B|restaurant|food and beverage|dining"),
    ("tp_proshop", "专卖店消费", "Pro shop purchase", "service", "store", "physical", "retail",
     "专卖店|球具店|pro shop|proshop|shop"),
    ("tp_survey", "球后问卷", "Post-round survey", "loyalty", "app", "digital", "cx",
     "问卷|满意度调查|打分|survey|post-round survey|CSAT"),
    ("tp_caddie", "球童服务", "Caddie service", "service", "other", "physical", "caddie_master",
     "球童|caddie|caddies|caddy"),
    ("tp_member_inquiry", "会籍咨询", "Membership inquiry", "consideration", "phone", "digital", "membership_sales",
     "入会咨询|会籍咨询|问会籍|membership inquiry|membership enquiry|inquiry"),
    ("tp_club_tour", "参观球会", "Club tour", "consideration", "store", "physical", "membership_sales",
     "参观|看场|会籍参观|club tour|site visit|tour"),
    ("tp_member_signed", "签约入会", "Membership signed", "purchase", "store", "physical", "membership_sales",
     "入会|签约|办会籍|成为会员|membership signed|join|sign up membership|new member"),
    ("tp_renewal_notice", "续费提醒", "Renewal reminder", "loyalty", "email", "digital", "membership_services",
     "续费通知|到期提醒|renewal notice|renewal reminder|expiry reminder"),
    ("tp_renewal", "会籍续费", "Membership renewal", "loyalty", "app", "digital", "membership_services",
     "续费|续会|续约|renewal|renew|renewed"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("tee_booking", "订场到打完一轮", "Tee time booking to round",
     ["tp_browse", "tp_booking", "tp_confirm", "tp_checkin", "tp_tee_off", "tp_round_end"], 30),
    ("membership", "会籍销售", "Membership sales", ["tp_member_inquiry", "tp_club_tour", "tp_member_signed"], 60),
    ("renewal", "会籍续费", "Membership renewal", ["tp_renewal_notice", "tp_renewal"], 45),
    ("rainout_refund", "雨天退款", "Rain-out refund", ["tp_rainout", "tp_refund"], 30),
]
CLUBS = {  # id: en, zh, city, courses [(en, zh)], annual membership fee, green fee weekday/weekend (guest, 18 h)
    "SS": ("Sheshan", "佘山", "上海", [("Sheshan Lake", "佘山湖景场"), ("Sheshan Forest", "佘山森林场")], 68000, (980, 1480)),
    "DS": ("Dishui Lake", "滴水湖", "上海", [("Dishui Links", "滴水湖林克斯场")], 58000, (880, 1280)),
    "GL": ("Guanlan", "观澜", "深圳", [("Guanlan Mountain", "观澜山景场"), ("Guanlan Valley", "观澜峡谷场")], 52000,
           (780, 1180)),
    "XL": ("Xili", "西丽", "深圳", [("Xili Classic", "西丽经典场")], 45000, (720, 1080)),
    "DC": ("Dianchi", "滇池", "昆明", [("Dianchi Lakeside", "滇池湖畔场")], 32000, (520, 760)),
    "YZ": ("Yangzonghai", "阳宗海", "昆明", [("Yangzonghai Highland", "阳宗海高原场")], 28000, (480, 720)),
}
CADDIES = {
    "SS": ["王芳", "李娜", "张敏", "刘静", "陈丽", "杨洋", "黄婷", "周琳"],
    "DS": ["吴敏", "徐丽", "孙静", "胡月", "朱琳", "高洁", "林慧", "何雪"],
    "GL": ["郭婷", "马丽", "罗敏", "梁静", "宋佳", "郑爽", "谢娟", "韩梅"],
    "XL": ["赵强", "唐丽", "冯敏", "于静", "董芳", "萧婷", "程琳", "曹燕"],
    "DC": ["袁芳", "邓丽", "许敏", "傅静", "沈婷", "曾琳", "彭燕", "吕洁"],
    "YZ": ["苏芳", "卢丽", "蒋敏", "蔡静", "贾婷", "丁琳", "魏燕", "薛洁"],
}
BAD_CADDIE = "赵强"                       # Xili: attitude complaints
NEW_CADDIE = ("孙悦", "DC", date(2025, 12, 1))   # joined Dianchi in Dec 2025: few rounds, bad ratings (small-group trap)
CITIES = ["上海", "苏州", "杭州", "深圳", "广州", "香港", "昆明", "成都", "北京", "其他"]
CITY_P = [0.31, 0.07, 0.05, 0.25, 0.07, 0.012, 0.12, 0.04, 0.05, 0.028]
REGION = {"上海": "华东", "苏州": "华东", "杭州": "华东", "深圳": "华南", "广州": "华南", "香港": "港澳",
          "昆明": "西南", "成都": "西南", "北京": "华北", "其他": "其他"}
HOME = {"上海": ("SS", "DS"), "苏州": ("SS", "DS"), "杭州": ("SS", "DS"), "深圳": ("GL", "XL"), "广州": ("GL", "XL"),
        "香港": ("GL", "XL"), "昆明": ("DC", "YZ"), "成都": ("DC", "YZ"), "北京": ("DC", "YZ"), "其他": ("DC", "YZ")}
HOME_P = {"SS": 0.55, "DS": 0.45, "GL": 0.55, "XL": 0.45, "DC": 0.5, "YZ": 0.5}
PTYPE_ZH = {"member": "会员", "guest": "散客", "corporate": "企业客户"}
HCP = ["0-9", "10-18", "19-28", "29-36", "none"]

# ---------- calendar ----------
DAYS = [START + D(i) for i in range((END - START).days + 1)]
DAY_IX = {d: i for i, d in enumerate(DAYS)}
CNY = [(date(2025, 1, 27), date(2025, 2, 4)), (date(2026, 2, 15), date(2026, 2, 23))]


def season_mult(club: str, d: date) -> float:
    city = CLUBS[club][2]
    m = d.month
    if city == "昆明":
        base = {12: 1.5, 1: 1.6, 2: 1.4, 3: 1.2, 6: 0.7, 7: 0.6, 8: 0.6}.get(m, 1.0)
    elif city == "深圳":
        base = {10: 1.3, 11: 1.4, 12: 1.3, 1: 1.1, 3: 1.2, 4: 1.1, 6: 0.7, 7: 0.6, 8: 0.6}.get(m, 1.0)
    else:
        base = {3: 1.1, 4: 1.4, 5: 1.3, 10: 1.4, 11: 1.3, 1: 0.6, 2: 0.7, 7: 0.6, 8: 0.6}.get(m, 1.0)
    if any(a <= d <= b for a, b in CNY):
        base *= 0.4 if city != "昆明" else 1.3
    return base * (2.3 if d.weekday() >= 5 else 1.0)


CUM = {}
for cl in CLUBS:
    w = np.array([season_mult(cl, d) for d in DAYS])
    CUM[cl] = np.cumsum(w) / w.sum()


def pick_day(club: str, lo: date = START, hi: date = END) -> date | None:
    a, b = DAY_IX[max(lo, START)], DAY_IX[min(hi, END)]
    if a > b:
        return None
    cum = CUM[club]
    c0 = cum[a - 1] if a > 0 else 0.0
    u = c0 + rng.random() * (cum[b] - c0)
    return DAYS[min(int(np.searchsorted(cum, u)), b)]


def rain_p(club: str, d: date) -> float:
    city = CLUBS[club][2]
    if city == "上海":
        return 0.22 if (d.month == 6 and d.day >= 15) or (d.month == 7 and d.day <= 15) else 0.05
    if city == "深圳":
        return 0.12 if 5 <= d.month <= 9 else 0.03
    return 0.10 if 6 <= d.month <= 8 else 0.015


RAIN = {}
for cl in CLUBS:
    for d in DAYS:
        RAIN[(cl, d)] = rng.random() < rain_p(cl, d)
        if CLUBS[cl][2] == "深圳" and TYPHOON[0] <= d <= TYPHOON[1]:
            RAIN[(cl, d)] = True


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def choice(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


# ---------- customers ----------
cust = []
for i in range(N_CUST):
    city = choice(CITIES, CITY_P)
    r = rng.random()
    ptype = "member" if r < 0.14 else "corporate" if r < 0.28 else "guest"
    home = HOME[city][0] if rng.random() < HOME_P[HOME[city][0]] else HOME[city][1]
    lang = "en" if rng.random() < {"香港": 0.6, "上海": 0.12, "深圳": 0.12}.get(city, 0.03) else "zh"
    hcp = choice(HCP, [0.12, 0.34, 0.30, 0.12, 0.12] if ptype == "member" else [0.05, 0.2, 0.33, 0.2, 0.22])
    acq = ("corporate_sales" if ptype == "corporate" and rng.random() < 0.6 else
           choice(["wechat", "dianping", "referral", "ctrip", "walk_in"], [0.33, 0.18, 0.27, 0.1, 0.12]))
    cust.append(dict(customer_id=f"GL{i + 1:05d}", city=city, ptype=ptype, home=home, lang=lang, hcp=hcp, acq=acq,
                     gender="M" if rng.random() < 0.78 else "F",
                     age=choice(["18-29", "30-39", "40-49", "50-59", "60+"], [0.08, 0.25, 0.33, 0.24, 0.10]),
                     device=choice(["ios", "android"], [0.62, 0.38]),
                     old=ptype == "member" or rng.random() < 0.45, periods=[], signup_at=None,
                     status="none"))

events, orders, feedback, truth = [], [], [], []
cnt = {"sess": 0, "order": 0, "booking": 0, "fb": 0}


def nid(kind: str, prefix: str, width: int) -> str:
    cnt[kind] += 1
    return f"{prefix}{cnt[kind]:0{width}d}"


def app_version(d: date) -> str:
    return "5.8.1" if d < date(2025, 3, 1) else "6.0.2" if d < date(2025, 11, 1) else "6.1.0"


def ev(c, ts, tp, action, channel, sid=None, club=None, **extra):
    dev = c["device"] if channel in ("app", "mini_program") else None
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sid, action=action, device=dev,
               channel=channel, app_version=app_version(ts.date()) if channel == "app" else None)
    if club:
        en, zh, *_ = CLUBS[club]
        row.update(club=en, 球会=zh)
    row.update(extra)
    events.append(row)
    return row


def order(c, ts, amount, product, club=None, status="paid", **extra):
    o = dict(order_id=nid("order", "O", 6), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, product_type=product, currency="CNY")
    if club:
        o.update(club=CLUBS[club][0], 球会=CLUBS[club][1])
    o.update(extra)
    orders.append(o)
    return o


# ---------- feedback ----------
T = {
    "slow_play": {
        "zh": ["打一轮18洞用了{h}个小时，前面一组慢得要命，每洞都在等", "打球节奏太慢了，{cz}周末根本打不动，五个多小时",
               "前组慢还不让超，马shal也不管，{h}小时才打完", "周末来{cz}就是排队打球，一洞等十分钟"],
        "en": ["Took {h} hours to play 18 at {ce}, groups ahead were painfully slow",
               "Pace of play at {ce} is terrible on weekends, waited on every tee",
               "Slow play all day, no marshal in sight, {h} hour round"]},
    "tee_wait": {
        "zh": ["签到后在出发台等了{m}分钟才开球，订的时间形同虚设", "开球时间一直往后拖，等了{m}分钟", "订了8点的球位，9点才下场"],
        "en": ["Waited {m} minutes at the first tee after checking in, tee times mean nothing",
               "Our tee time slipped by {m} minutes, starter was overwhelmed"]},
    "course_good": {
        "zh": ["果岭速度很快很顺，草坪养护得真好", "球道修剪得很漂亮，球场状态一流", "{cz}的场地状态太好了，果岭像地毯一样",
               "沙坑和果岭都维护得很好，值这个价"],
        "en": ["Greens were fast and true, course in superb condition", "Fairways immaculate, best conditioned course "
               "around", "{ce} was in fantastic shape, lovely greens"]},
    "course_bad": {
        "zh": ["果岭刚打孔，坑坑洼洼，推杆根本没法推", "球道好多秃斑，沙坑也没耙", "场地状况很差，果岭打孔了也不提前说",
               "草坪发黄，果岭很慢，对不起这个价格"],
        "en": ["Greens had just been aerated and nobody told us, putting was a lottery",
               "Bunkers not raked, bare patches on the fairways", "Course condition was poor for the price"]},
    "caddie_bad": {
        "zh": ["球童{cd}态度很差，一直催我们，还翻白眼", "{cd}全程板着脸，问距离也爱答不理", "球童态度不好，报码也不准，体验很差",
               "{cd}服务态度恶劣，投诉"],
        "en": ["Our caddie {cd} was rude and kept rushing us", "Caddie {cd} had a bad attitude, barely helped with "
               "yardages", "Unfriendly caddie, ruined the round"]},
    "caddie_good": {
        "zh": ["球童{cd}很专业，看线很准，服务周到", "{cd}非常热情，帮我们拍照还提醒注意防晒", "球童服务很好，报距离很准"],
        "en": ["Caddie {cd} was excellent, read every putt perfectly", "Great caddie, friendly and knew the course well"]},
    "rain_refund": {
        "zh": ["下雨停场了只给雨票不退钱，太霸道了", "雨天取消说退订金，两个星期了还没到账", "因为下雨没打成，退款一拖再拖，客服踢皮球",
               "下雨封场是球场的原因，凭什么只退一半"],
        "en": ["Course was rained out and they only offered a rain check, not a refund",
               "Still waiting for my deposit refund two weeks after the rain-out",
               "Rain-out refund is a mess, phone staff keep passing me around"]},
    "fnb_expensive": {
        "zh": ["会所餐厅太贵了，一碗面一百多", "餐饮价格离谱，打完球吃个饭比果岭费还心疼", "餐厅又贵又一般，不值",
               "{cz}的餐厅价格太高，饮料都要八十"],
        "en": ["Clubhouse food is ridiculously overpriced", "F&B prices at {ce} are outrageous, 80 RMB for a soda",
               "Expensive and mediocre restaurant"]},
    "booking_issue": {
        "zh": ["小程序付订金一直转圈，付了三次都不成功", "小程序订场到支付那一步就卡住，只能打电话订", "用小程序订球位支付失败好几次，太难用了"],
        "en": ["Mini program hangs at the deposit payment step", "Couldn't pay the deposit in the mini program, "
               "had to call instead"]},
    "membership_price": {
        "zh": ["会籍费太贵了，考虑再说", "入会费比别家高，还要另付果岭费，没想好"],
        "en": ["Membership fee is too steep for what you get", "Membership is overpriced compared to other clubs"]},
    "general_pos": {
        "zh": ["整体体验很好，下次还来", "前台服务热情，流程很顺", "环境很美，打得很开心", "和朋友来打球，非常愉快"],
        "en": ["Lovely day out, will be back", "Smooth check-in and friendly staff", "Beautiful setting, great round"]},
}
SENT = {"slow_play": "negative", "tee_wait": "negative", "course_good": "positive", "course_bad": "negative",
        "caddie_bad": "negative", "caddie_good": "positive", "rain_refund": "negative", "fnb_expensive": "negative",
        "booking_issue": "negative", "membership_price": "negative", "general_pos": "positive"}
TOPIC_TP = {"slow_play": "tp_round_end", "tee_wait": "tp_tee_off", "course_good": "tp_round_end",
            "course_bad": "tp_round_end", "caddie_bad": "tp_caddie", "caddie_good": "tp_caddie",
            "rain_refund": "tp_refund", "fnb_expensive": "tp_fnb", "booking_issue": "tp_booking",
            "membership_price": "tp_member_inquiry", "general_pos": "tp_checkin"}


def rating_for(topic: str) -> int:
    if SENT[topic] == "positive":
        return choice([4, 5], [0.35, 0.65])
    if topic in ("rain_refund", "caddie_bad", "booking_issue"):
        return choice([1, 2, 3], [0.5, 0.38, 0.12])
    return choice([1, 2, 3], [0.25, 0.45, 0.30])


def nps_for(rating: int) -> int:
    lo, hi = {1: (0, 3), 2: (2, 5), 3: (5, 7), 4: (7, 9), 5: (9, 10)}[rating]
    return int(rng.integers(lo, hi + 1))


def add_fb(topic, lang, ts, c, channel, rating=None, nps=None, club=None, caddie=None, booking_id=None, hours=None,
           wait=None):
    tpl = choice(T[topic][lang])
    text = tpl.format(h=f"{hours:.1f}" if hours else "5", m=wait or int(rng.integers(30, 55)),
                      cz=CLUBS[club][1] if club else "球场", ce=CLUBS[club][0] if club else "the club",
                      cd=caddie or "")
    fid = nid("fb", "FB", 5)
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None,
                         touchpoint_id=TOPIC_TP[topic], channel=channel, rating=rating, nps=nps,
                         club=CLUBS[club][0] if club else None, 球会=CLUBS[club][1] if club else None,
                         caddie=caddie, booking_id=booking_id, language=lang))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


# ---------- pricing ----------
def green_fee(club: str, d: date, holes: int, rate_type: str) -> float:
    wd, we = CLUBS[club][5]
    base = we if d.weekday() >= 5 else wd
    base *= {"member": 0.3, "guest": 1.0, "corporate": 0.85}[rate_type]
    return round(base * (0.6 if holes == 9 else 1.0), -1)


def caddie_fee(club: str, holes: int) -> int:
    full = 180 if CLUBS[club][2] == "昆明" else 260
    return full if holes == 18 else full * 6 // 10


# ---------- one tee-time intent ----------
CHANNEL_MIX = {"member": (["app", "mini_program", "phone", "concierge"], [0.45, 0.15, 0.30, 0.10]),
               "guest": (["app", "mini_program", "phone", "concierge"], [0.30, 0.46, 0.20, 0.04]),
               "corporate": (["app", "mini_program", "phone", "concierge"], [0.15, 0.10, 0.30, 0.45])}


def conv_p(channel: str, d: date) -> float:
    if channel == "mini_program":
        return 0.56 if d < MINI_ISSUE else 0.31
    return {"app": 0.60, "phone": 0.88, "concierge": 0.93}[channel]


def pick_caddie(club: str, d: date) -> str:
    names = list(CADDIES[club])
    w = [1.0] * len(names)
    if club == "XL":
        w[names.index(BAD_CADDIE)] = 1.4
    if club == NEW_CADDIE[1] and d >= NEW_CADDIE[2]:
        names.append(NEW_CADDIE[0])
        w.append(0.35)
    w = np.array(w)
    return choice(names, w / w.sum())


def weekend(d: date) -> bool:
    return d.weekday() >= 5


def intent(c, tee_d: date, club: str, rate_type: str):
    ptype = c["ptype"] if rate_type != "member" else "member"
    chans, p = CHANNEL_MIX[ptype if c["ptype"] != "corporate" else "corporate"]
    channel = choice(chans, p)
    lead = (int(rng.integers(0, 8)) if rate_type == "member" else int(rng.integers(5, 22)) if c["ptype"] == "corporate"
            else int(rng.geometric(0.25)) - 1)
    lead = min(lead, 20)
    bd = tee_d - D(lead)
    if bd < START:
        return None
    bts = at(bd, 7.5, 23.0) if lead > 0 else at(bd, 6.5, 9.0)
    # earlier looks without booking
    for _ in range(int(rng.poisson(0.45)) if c["signup_at"] is not None else 0):
        od = bd - D(int(rng.integers(1, 5)))
        if od >= START and od > c["signup_at"].date():
            ch = choice(["app", "mini_program"], [0.5, 0.5]) if channel in ("app", "mini_program") else channel
            ev(c, at(od, 8, 23), "tp_browse", "view", ch, nid("sess", "S", 6), club)
    if c["signup_at"] is None:
        c["signup_at"] = bts - D(minutes=int(rng.integers(3, 40)))
    sid = nid("sess", "S", 6)
    ev(c, bts, "tp_browse", "view", channel, sid, club)
    if rng.random() >= conv_p(channel, bd):
        if channel == "mini_program" and bd >= MINI_ISSUE and rng.random() < 0.05:
            add_fb("booking_issue", c["lang"], bts + D(minutes=int(rng.integers(3, 90))), c, "app_review",
                   rating_for("booking_issue"))
        if rng.random() < 0.35:       # comes back later the same day through another channel
            channel = choice(["app", "phone"], [0.5, 0.5])
            bts = bts + D(minutes=int(rng.integers(20, 240)))
            if bts.date() != bd:
                return None
            sid = nid("sess", "S", 6)
            ev(c, bts, "tp_browse", "view", channel, sid, club)
            if rng.random() >= conv_p(channel, bd):
                return None
        else:
            return None
    holes = 9 if rng.random() < (0.12 if rate_type == "member" else 0.06 if c["ptype"] == "corporate" else 0.24) else 18
    players = (choice([2, 3, 4], [0.15, 0.3, 0.55]) if c["ptype"] == "corporate"
               else choice([1, 2, 3, 4], [0.22, 0.38, 0.22, 0.18]))
    course_en, course_zh = choice(CLUBS[club][3])
    if weekend(tee_d):
        tee_h = float(rng.uniform(6.5, 14.5))
    else:
        tee_h = float(rng.uniform(7.0, 15.0))
    tee_time = datetime(tee_d.year, tee_d.month, tee_d.day) + D(minutes=int(tee_h * 60) // 10 * 10)
    if tee_time <= bts:
        tee_time = bts + D(hours=3)
        tee_time = tee_time.replace(minute=tee_time.minute // 10 * 10, second=0)
        if tee_time.date() != tee_d or tee_time.hour > 16:
            return None
    bk = nid("booking", "BK", 6)
    fee = green_fee(club, tee_d, holes, rate_type) * players
    deposit = round(fee * 0.3, 2)
    bts = bts + D(seconds=int(rng.integers(60, 600)))
    common = dict(booking_id=bk, course=course_en, course_zh=course_zh, holes=holes, players=players,
                  rate_type=rate_type, tee_time=tee_time.strftime("%Y-%m-%d %H:%M:%S"))
    dep = order(c, bts, deposit, "green_fee", club, payment_stage="deposit", booking_channel=channel,
                booking_id=bk, players=players, holes=holes, rate_type=rate_type,
                device=c["device"] if channel in ("app", "mini_program") else None, channel=channel)
    ev(c, bts, "tp_booking", "deposit_paid", channel, sid, club, order_id=dep["order_id"], booking_channel=channel,
       **common)
    # confirmation
    if channel in ("app", "mini_program"):
        cts = bts + D(seconds=int(rng.integers(20, 600)))
    else:
        cts = bts + D(minutes=int(rng.integers(20, 360)))
    if rng.random() < 0.015:
        dep["status"], dep["refunded_at"], dep["refund_reason"] = "refunded", cts + D(days=1), "slot_unavailable"
        ev(c, cts + D(days=1), "tp_refund", "refunded", "system", None, club, booking_id=bk,
           refund_reason="slot_unavailable", booking_channel=channel)
        return None
    if cts >= tee_time:
        cts = tee_time - D(minutes=30)
    ev(c, cts, "tp_confirm", "confirmed", "sms", None, club, booking_id=bk, booking_channel=channel)
    # customer cancellation
    if rng.random() < (0.08 if rate_type == "member" else 0.06):
        span = (tee_time - cts).total_seconds()
        xts = cts + D(seconds=float(rng.uniform(0.1, 0.98)) * span)
        ev(c, xts, "tp_cancel", "cancelled", channel if channel != "concierge" else "phone", None, club,
           booking_id=bk, booking_channel=channel)
        rts = xts + D(hours=float(rng.uniform(2, 60)))
        if rts.date() <= END:
            dep["status"], dep["refunded_at"], dep["refund_reason"] = "refunded", rts, "customer_cancel"
            ev(c, rts, "tp_refund", "refunded", "system", None, club, booking_id=bk, refund_reason="customer_cancel",
               booking_channel=channel)
        if (tee_time - xts).total_seconds() < 48 * 3600:
            order(c, xts, 150 * players, "cancellation_fee", club, booking_id=bk, players=players,
                  booking_channel=channel, channel=channel)
        return None
    # rain-out
    if RAIN[(club, tee_d)]:
        rts = at(tee_d, 5.5, 6.8)
        ev(c, rts, "tp_rainout", "course_closed", "sms", None, club, booking_id=bk, booking_channel=channel,
           weather="heavy_rain" if not (CLUBS[club][2] == "深圳" and TYPHOON[0] <= tee_d <= TYPHOON[1]) else "typhoon")
        cash = rng.random() < 0.72
        slow = False
        if cash:
            if channel in ("app", "mini_program"):
                days = float(rng.uniform(0.3, 3.0))
            else:
                days = float(rng.lognormal(math.log(11), 0.35))
            slow = days > 7
            fts = rts + D(days=days)
            if fts.date() <= END:
                dep["status"], dep["refunded_at"], dep["refund_reason"] = "refunded", fts, "rain_out"
                ev(c, fts, "tp_refund", "refunded", "system", None, club, booking_id=bk, refund_reason="rain_out",
                   booking_channel=channel)
        else:
            dep["rain_check"] = True
        p = 0.35 if not cash else 0.22 if slow else 0.03
        if rng.random() < p:
            fts = rts + D(days=float(rng.uniform(2, 16)))
            if fts.date() <= END:
                add_fb("rain_refund", c["lang"], fts, c, choice(["call_note", "app_review"], [0.7, 0.3]),
                       None, club=club, booking_id=bk)
                if feedback[-1]["channel"] == "app_review":
                    feedback[-1]["rating"] = rating_for("rain_refund")
        return None
    if rng.random() < 0.02:
        return None   # no-show: deposit kept
    # the day
    cin = tee_time - D(minutes=int(rng.integers(20, 65)))
    ev(c, cin, "tp_checkin", "checked_in", "onsite", None, club, **common)
    order(c, cin, fee - deposit, "green_fee", club, payment_stage="balance", booking_id=bk, players=players,
          holes=holes, rate_type=rate_type, channel="onsite")
    order(c, cin, caddie_fee(club, holes) * players, "caddie_fee", club, booking_id=bk, players=players, holes=holes,
          channel="onsite")
    cart = rng.random() < (0.55 if CLUBS[club][2] == "昆明" else 0.9)
    if cart:
        order(c, cin, (200 if holes == 18 else 120) * math.ceil(players / 2), "cart_rental", club, booking_id=bk,
              players=players, holes=holes, channel="onsite")
    squeeze = club == "GL" and tee_d >= GUANLAN_SQUEEZE
    delay = float(rng.exponential(5.0))
    if squeeze:
        delay += float(rng.uniform(18, 42)) if weekend(tee_d) else float(rng.uniform(2, 12))
    tee = tee_time + D(minutes=delay)
    caddie = pick_caddie(club, tee_d)
    cid = f"{club}-{(CADDIES[club] + [NEW_CADDIE[0]]).index(caddie) + 1:02d}"
    ev(c, tee, "tp_tee_off", "tee_off", "onsite", None, club, caddie=caddie, caddie_id=cid, **common)
    if squeeze:
        hrs = float(rng.normal(5.35, 0.35)) if weekend(tee_d) else float(rng.normal(4.75, 0.3))
    elif club == "GL":
        hrs = float(rng.normal(4.45, 0.3))
    else:
        hrs = float(rng.normal(4.25 if weekend(tee_d) else 4.05, 0.3))
    if holes == 9:
        hrs = hrs / 2 + 0.1
    end = tee + D(hours=hrs)
    ev(c, end, "tp_round_end", "finished", "onsite", None, club, caddie=caddie, caddie_id=cid, **common)
    fnb_amt = 0.0
    if rng.random() < (0.42 if club == "DS" else 0.58):
        per = 265 if club == "DS" else 150 if CLUBS[club][2] != "昆明" else 110
        mult = (1.6 if c["ptype"] == "corporate" else 1.0) * (1.9 if c["city"] == "香港" else 1.0)
        fnb_amt = round(per * players * mult * float(rng.lognormal(0, 0.3)), 0)
        fts = end + D(minutes=int(rng.integers(10, 50)))
        o = order(c, fts, fnb_amt, "fnb", club, booking_id=bk, channel="onsite")
        ev(c, fts, "tp_fnb", "purchase", "onsite", None, club, booking_id=bk, order_id=o["order_id"])
    if rng.random() < 0.12:
        sts = end + D(minutes=int(rng.integers(5, 40)))
        o = order(c, sts, round(float(rng.lognormal(math.log(600), 0.7)), 0), "pro_shop", club, booking_id=bk,
                  channel="onsite")
        ev(c, sts, "tp_proshop", "purchase", "onsite", None, club, booking_id=bk, order_id=o["order_id"])
    wait = (tee - cin).total_seconds() / 60
    # post-round survey
    sts = end + D(hours=float(rng.uniform(1, 20)))
    if rng.random() < 0.3 and sts.date() <= END:
        cand, wt = ["general_pos"], [1.0]
        if holes == 18 and hrs > 5.0:
            cand.append("slow_play"), wt.append(4.0)
        if delay > 15:
            cand.append("tee_wait"), wt.append(2.5)
        if caddie == BAD_CADDIE:
            cand.append("caddie_bad"), wt.append(2.2)
        elif caddie == NEW_CADDIE[0]:
            cand.append("caddie_bad"), wt.append(5.0)
        else:
            cand.append("caddie_bad"), wt.append(0.04)
            cand.append("caddie_good"), wt.append(0.3)
        if club == "SS" and any(a <= tee_d <= b for a, b in AERATION):
            cand.append("course_bad"), wt.append(2.5)
        elif club == "YZ":
            cand.append("course_good"), wt.append(1.0)
        else:
            cand.append("course_good"), wt.append(0.35)
            cand.append("course_bad"), wt.append(0.1)
        if fnb_amt and club == "DS":
            cand.append("fnb_expensive"), wt.append(0.8)
        elif fnb_amt:
            cand.append("fnb_expensive"), wt.append(0.06)
        wt = np.array(wt)
        topic = choice(cand, wt / wt.sum())
        rating = rating_for(topic)
        if caddie == NEW_CADDIE[0] and topic == "general_pos":
            rating = choice([2, 3], [0.5, 0.5])
        ev(c, sts, "tp_survey", "submitted", "app" if c["device"] else "sms", None, club, booking_id=bk)
        add_fb(topic, c["lang"], sts, c, "survey", rating, nps_for(rating) if rng.random() < 0.7 else None, club=club,
               caddie=caddie, booking_id=bk, hours=hrs, wait=int(wait))
    return tee_d


# ---------- plans: who plays when, membership periods ----------
def rounds_between(c, club, lo: date, hi: date, per_month: float, rate_type: str):
    months = max(0.0, (hi - lo).days / 30.44)
    n = int(rng.poisson(per_month * months))
    out = []
    for _ in range(n):
        cl = club if rng.random() < 0.88 else choice(list(CLUBS))
        d = pick_day(cl, lo, hi)
        if d:
            out.append((d, cl, rate_type if cl == club or rate_type != "member" else "guest"))
    return out


plans = {c["customer_id"]: [] for c in cust}
member_periods = {}
for c in cust:
    if c["old"]:
        c["signup_at"] = datetime(2019, 1, 1) + D(days=int(rng.integers(0, 2000)), seconds=int(rng.integers(0, 86400)))
    if c["ptype"] == "member":
        start = date(2023, 9, 1) + D(int(rng.integers(0, 365)))   # current membership year began here
        member_periods[c["customer_id"]] = [start]
    elif c["ptype"] == "corporate":
        if rng.random() < 0.85:
            lo = START if c["old"] else START + D(int(rng.integers(0, 600)))
            n = 1 + int(rng.poisson(2.2))
            for _ in range(n):
                cl = c["home"] if rng.random() < 0.75 else choice(list(CLUBS))
                d = pick_day(cl, lo, END)
                if d:
                    plans[c["customer_id"]].append((d, cl, "corporate"))
    else:
        if rng.random() < 0.78:
            lo = START if c["old"] else START + D(int(rng.integers(0, 640)))
            n = 1 + int(rng.poisson(1.5 if c["city"] != "其他" else 0.6))
            for _ in range(n):
                cl = c["home"] if rng.random() < 0.8 else choice(list(CLUBS))
                d = pick_day(cl, lo, END)
                if d:
                    plans[c["customer_id"]].append((d, cl, "guest"))

# membership sales: guests inquire after a visit
SIGN_P = {"SS": 0.34, "DS": 0.30, "GL": 0.24, "XL": 0.26, "DC": 0.55, "YZ": 0.52}
for c in cust:
    if c["ptype"] != "guest" or not plans[c["customer_id"]]:
        continue
    if rng.random() >= 0.24:
        continue
    d, cl, _ = sorted(plans[c["customer_id"]])[int(rng.integers(len(plans[c["customer_id"]])))]
    if c["signup_at"] is None:
        c["signup_at"] = at(d, 7, 9) - D(days=int(rng.integers(1, 10)))
    onsite = rng.random() < 0.6
    its = at(d, 13, 18) if onsite else at(d + D(int(rng.integers(1, 10))), 9, 21)
    if its.date() > END:
        continue
    c["inquiry"] = (its, cl, onsite)
    ev(c, its, "tp_member_inquiry", "inquiry", "onsite" if onsite else choice(["phone", "app"]), None, cl)
    if rng.random() < 0.68:
        tts = its + D(days=float(rng.uniform(2, 18)))
        if tts.date() <= END:
            ev(c, at(tts.date(), 9, 17), "tp_club_tour", "tour", "onsite", None, cl)
            if rng.random() < SIGN_P[cl]:
                sts = tts + D(days=float(rng.gamma(2.0, 7.0)))
                if sts.date() <= END and (sts - its).days < 58:
                    sts = at(sts.date(), 10, 18)
                    fee = CLUBS[cl][4]
                    o = order(c, sts, fee, "membership", cl, membership_action="new", channel="onsite")
                    ev(c, sts, "tp_member_signed", "signed", "onsite", None, cl, order_id=o["order_id"])
                    c["ptype"], c["home"] = "member", cl
                    c["converted"] = sts.date()
                    member_periods[c["customer_id"]] = [sts.date()]
                    plans[c["customer_id"]] = [p for p in plans[c["customer_id"]] if p[0] < sts.date()]
                    continue
    if rng.random() < 0.2:
        fts = its + D(days=float(rng.uniform(1, 20)))
        if fts.date() <= END:
            add_fb("membership_price", c["lang"], fts, c, "call_note", club=cl)

# renewals and member play
for c in cust:
    if c["customer_id"] not in member_periods:
        continue
    start = member_periods[c["customer_id"]][0]
    club = c["home"]
    active_from, lapsed = start if start > START else START, None
    anniv = start.replace(year=start.year + 1) if not (start.month == 2 and start.day == 29) else date(start.year + 1, 3, 1)
    while True:
        notice = anniv - D(30)
        if notice > END:
            break
        if notice >= START:
            nts = at(notice, 9, 11)
            ev(c, nts, "tp_renewal_notice", "sent", choice(["email", "sms", "app"], [0.4, 0.35, 0.25]), None, club)
            p = 0.86
            if club == "GL" and notice >= date(2025, 11, 1):
                p = 0.50
            if rng.random() < p:
                rts = nts + D(days=float(rng.gamma(1.6, 9.0)))
                if rts.date() <= END and (rts - nts).days < 44:
                    o = order(c, rts, CLUBS[club][4], "membership", club, membership_action="renewal",
                              channel=choice(["app", "onsite", "phone"], [0.5, 0.3, 0.2]))
                    ev(c, rts, "tp_renewal", "renewed", o["channel"], None, club, order_id=o["order_id"])
            else:
                lapsed = anniv
                break
        anniv = anniv.replace(year=anniv.year + 1)
    stop = min(lapsed or END, END)
    plans[c["customer_id"]] += rounds_between(c, club, active_from, stop, 0.75 if club != "GL" else 0.85, "member")
    if lapsed and lapsed < END:
        c["status"] = "lapsed"
        plans[c["customer_id"]] += rounds_between(c, club, lapsed, END, 0.08, "guest")
    else:
        c["status"] = "active"

for c in cust:
    for d, cl, rt in sorted(plans[c["customer_id"]]):
        intent(c, d, cl, rt)

# app / mini-program reviews, social posts (dianping rated, some undated; xiaohongshu unrated, mostly undated)
for _ in range(170):
    c = cust[int(rng.integers(N_CUST))]
    topic = choice(["general_pos", "booking_issue", "fnb_expensive", "slow_play"], [0.5, 0.3, 0.1, 0.1])
    d = DAYS[int(rng.integers(len(DAYS)))]
    if topic == "booking_issue" and d < MINI_ISSUE:
        topic = "general_pos"
    add_fb(topic, c["lang"], at(d, 8, 23), c, "app_review", rating_for(topic),
           club=c["home"] if topic in ("fnb_expensive", "slow_play") else None)
SOCIAL = [("course_good", 0.22, "YZ"), ("course_bad", 0.08, "SS"), ("slow_play", 0.2, "GL"), ("fnb_expensive", 0.14, "DS"),
          ("caddie_good", 0.08, None), ("general_pos", 0.2, None), ("rain_refund", 0.08, "GL")]
for k in range(260):
    topic, _, cl = SOCIAL[int(rng.choice(len(SOCIAL), p=[s[1] for s in SOCIAL]))]
    if cl is None or rng.random() < 0.3:
        cl = choice(list(CLUBS))
    lang = "en" if rng.random() < 0.12 else "zh"
    dianping = rng.random() < 0.55
    d = DAYS[int(rng.integers(len(DAYS)))]
    if dianping:
        ts = None if rng.random() < 0.3 else at(d, 9, 23)
        add_fb(topic, lang, ts, None, "dianping", rating_for(topic), club=cl)
    else:
        ts = None if rng.random() < 0.6 else at(d, 9, 23)
        add_fb(topic, lang, ts, None, "xiaohongshu", club=cl)

# ---------- customers table ----------
played = {}
spend = {}
for e in events:
    if e["touchpoint_id"] == "tp_round_end":
        played[e["customer_id"]] = max(played.get(e["customer_id"], date.min), e["ts"].date())
for o in orders:
    if o["status"] == "paid":
        spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
cust_rows = []
for c in cust:
    if c["signup_at"] is None:
        c["signup_at"] = datetime(2019, 1, 1) + D(days=int(rng.integers(0, 2000)), seconds=int(rng.integers(0, 86400)))
    if c["ptype"] == "member" and c["status"] == "active":
        seg = "vip"
    elif c["signup_at"] >= datetime(2026, 1, 1):
        seg = "new"
    elif played.get(c["customer_id"], date.min) < date(2026, 1, 1):
        seg = "at_risk"
    else:
        seg = "returning"
    s = spend.get(c["customer_id"], 0)
    tier = "platinum" if s >= 80000 else "gold" if s >= 30000 else "silver" if s >= 8000 else "standard"
    cust_rows.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, region=REGION[c["city"]],
                          acquisition_channel=c["acq"], tier=tier, player_type=c["ptype"],
                          球员类型=PTYPE_ZH[c["ptype"]], membership_status=c["status"], handicap_band=c["hcp"],
                          home_city=c["city"], home_club=CLUBS[c["home"]][0], gender=c["gender"], age_band=c["age"],
                          language=c["lang"], primary_device=c["device"]))


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
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
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en,
                                      step=k + 1, touchpoint_id=tp, window_days=win)
                                 for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows, list(cust_rows[0]))
    evs = sorted(events, key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(evs):
        r["event_id"] = f"E{i + 1:07d}"
    write(out / "events.csv", evs, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                                    "channel", "booking_id", "booking_channel", "club", "球会", "course", "course_zh",
                                    "tee_time", "holes", "players", "rate_type", "caddie", "caddie_id", "weather",
                                    "refund_reason", "order_id", "app_version"])
    ords = sorted(orders, key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ords, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                     "product_type", "payment_stage", "booking_id", "booking_channel", "club", "球会",
                                     "players", "holes", "rate_type", "membership_action", "refund_reason",
                                     "refunded_at", "rain_check", "currency"])
    fbs = sorted(feedback, key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", fbs, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "club", "球会", "caddie", "booking_id", "language"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(evs)}, orders {len(ords)}, feedback {len(fbs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
