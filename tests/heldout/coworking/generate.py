"""Generate the DeskHub 格子间 (coworking spaces) held-out dataset.

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback as CSV) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment of each comment; not a DATA.md table,
used only by gold.py to check its text markers). Fixed seed, numpy, deterministic, ~3 s.
Data covers 2024-07-01 .. 2026-06-30 (DeskHub opened its first sites in July 2024).
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

RNG = np.random.default_rng(20260630)
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
HIKE = datetime(2025, 10, 1)            # list prices +12 % for new contracts and renewals from this day
HIKE_NOTICE = (datetime(2025, 9, 1), datetime(2025, 12, 31, 23, 59, 59))

# ---------------------------------------------------------------- reference data
SITES = {
    # code: (site zh, site en, city)
    "SH1": ("静安创意大厦", "Jing'an Creative Tower", "Shanghai"),
    "SH2": ("漕河泾智汇园", "Caohejing Smart Park", "Shanghai"),
    "BJ1": ("国贸金融中心", "Guomao Finance Centre", "Beijing"),
    "BJ2": ("望京科创中心", "Wangjing Innovation Hub", "Beijing"),
    "SZ1": ("南山科兴大厦", "Nanshan Kexing Tower", "Shenzhen"),
    "CD1": ("天府软件园", "Tianfu Software Park", "Chengdu"),
    "SG1": ("丹戎巴葛枢纽", "Tanjong Pagar Hub", "Singapore"),
    "KL1": ("孟沙广场", "Bangsar Square", "Kuala Lumpur"),
}
CITY_SITES = {"Shanghai": (["SH1", "SH2"], [0.55, 0.45]), "Beijing": (["BJ1", "BJ2"], [0.55, 0.45]),
              "Shenzhen": (["SZ1"], [1.0]), "Chengdu": (["CD1"], [1.0]), "Singapore": (["SG1"], [1.0]),
              "Kuala Lumpur": (["KL1"], [1.0])}
CITIES = ["Shanghai", "Beijing", "Shenzhen", "Chengdu", "Singapore", "Kuala Lumpur"]
CITY_P = [0.27, 0.21, 0.15, 0.10, 0.15, 0.12]
SEA = {"Singapore", "Kuala Lumpur"}
REPS = {"Shanghai": (["陈思远", "刘晓雯"], [0.68, 0.32]), "Beijing": (["张博", "赵琳"], [0.5, 0.5]),
        "Shenzhen": (["黄俊杰", "周敏"], [0.6, 0.4]), "Chengdu": (["李梦"], [1.0]),
        "Singapore": (["Rachel Tan", "Marcus Lim"], [0.5, 0.5]),
        "Kuala Lumpur": (["Aisyah Rahman", "Jason Wong"], [0.55, 0.45])}
# monthly list price per seat in CNY before the October 2025 increase: hot desk, fixed desk, private office
PRICE = {"Shanghai": (1500, 2200, 3000), "Beijing": (1400, 2000, 2800), "Shenzhen": (1300, 1900, 2600),
         "Chengdu": (900, 1300, 1800), "Singapore": (2600, 3600, 4800), "Kuala Lumpur": (1000, 1500, 2000)}
DAY_PASS = {"Shanghai": 120, "Beijing": 110, "Shenzhen": 100, "Chengdu": 70, "Singapore": 200, "Kuala Lumpur": 80}
CURRENCY = {"Singapore": ("SGD", 5.4), "Kuala Lumpur": ("MYR", 1.55)}
SEATS = ["hot_desk", "fixed_desk", "private_office"]
CHANNELS = ["website", "xiaohongshu", "broker", "walk_in", "corporate_partner"]
CH_P = {("freelancer", False): [0.28, 0.32, 0.10, 0.22, 0.08], ("company", False): [0.25, 0.08, 0.32, 0.07, 0.28],
        ("freelancer", True): [0.42, 0.06, 0.12, 0.30, 0.10], ("company", True): [0.32, 0.02, 0.34, 0.06, 0.26]}
INQ_CHANNEL = {"website": "web", "xiaohongshu": "social", "broker": "phone", "corporate_partner": "email"}
P_BOOK = {"website": 0.55, "xiaohongshu": 0.45, "broker": 0.86, "corporate_partner": 0.80}
P_SHOW = {"website": 0.78, "xiaohongshu": 0.62, "broker": 0.90, "corporate_partner": 0.88, "walk_in": 1.0}
P_SIGN = {"broker": 0.62, "corporate_partner": 0.50, "walk_in": 0.40, "website": 0.31, "xiaohongshu": 0.17}
PAY = {"China": (["wechat_pay", "alipay", "bank_transfer", "card"], [0.36, 0.30, 0.26, 0.08]),
       "Singapore": (["paynow", "card", "bank_transfer"], [0.45, 0.35, 0.20]),
       "Kuala Lumpur": (["fpx", "card", "bank_transfer"], [0.50, 0.30, 0.20])}
REPAIR_CATS = ["wifi", "air_con", "furniture", "lighting", "door_access", "printer"]
MONTH_W = [0.95, 0.6, 1.1, 1.05, 1.0, 1.0, 1.05, 1.05, 1.1, 1.0, 1.0, 0.9]

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inquiry", "线索咨询", "Inquiry", "awareness", "web", "digital", "marketing",
     "留资|咨询|询盘|lead|enquiry|inquiry form"),
    ("tp_tour_booking", "预约参观", "Tour booking", "consideration", "web", "digital", "sales",
     "预约看场地|约参观|site visit booking|book a tour|viewing request"),
    ("tp_tour", "到场参观", "Site tour", "consideration", "store", "physical", "sales",
     "参观|带看|看场地|site visit|tour|showround"),
    ("tp_day_pass", "体验日票", "Day pass", "consideration", "store", "physical", "community",
     "日票|一日通|试用一天|trial day|day pass|drop-in"),
    ("tp_contract", "签约入会", "Membership purchase", "purchase", "store", "physical", "sales",
     "签约|买会员|开通会员|签合同|membership signup|contract signed|sign-up"),
    ("tp_move_in", "入驻", "Move-in", "service", "store", "physical", "community",
     "搬入|办理入驻|onboarding|move in"),
    ("tp_meeting_room", "会议室预订", "Meeting-room booking", "service", "app", "digital", "community",
     "订会议室|约会议室|room booking|book a meeting room"),
    ("tp_repair_request", "报修", "Repair request", "service", "app", "digital", "facilities",
     "设施报修|提交报修|维修申请|repair ticket|maintenance request|facility request"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "store", "physical", "facilities",
     "修好|报修完成|repair closed|fixed"),
    ("tp_community_event", "社区活动", "Community event", "loyalty", "store", "physical", "community",
     "活动|沙龙|networking|member event"),
    ("tp_renewal_notice", "续约提醒", "Renewal reminder", "loyalty", "email", "digital", "sales",
     "到期提醒|续约通知|renewal notice|renewal reminder"),
    ("tp_renewal", "续约", "Renewal", "loyalty", "store", "physical", "sales",
     "续签|续租|renew|renewed contract"),
    ("tp_churn", "退租离场", "Move-out", "loyalty", "store", "physical", "community",
     "退租|离场|不续约|流失|move-out|churn|left"),
]
JOURNEYS = [
    ("sales", "签约转化", "Sales conversion", 45, ["tp_tour_booking", "tp_tour", "tp_contract", "tp_move_in"]),
    ("trial", "日票体验转会员", "Day pass to membership", 30, ["tp_day_pass", "tp_contract"]),
    ("repair", "报修处理", "Repair handling", 14, ["tp_repair_request", "tp_repair_done"]),
    ("renewal", "续约", "Renewal", 30, ["tp_renewal_notice", "tp_renewal"]),
]

CUSTOMERS: list[dict] = []
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
_ids = {"e": 0, "o": 0, "f": 0, "k": 0, "r": 0, "s": 0}


def nid(kind: str, prefix: str, width: int = 6) -> str:
    _ids[kind] += 1
    return f"{prefix}{_ids[kind]:0{width}d}"


def pick(options, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float) / np.sum(p)
    return options[int(RNG.choice(len(options), p=p))]


def add_months(d: datetime, n: int) -> datetime:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return d.replace(year=y, month=m, day=min(d.day, last))


def work_time(d: datetime, lo: int = 9, hi: int = 19) -> datetime:
    return d.replace(hour=int(RNG.integers(lo, hi)), minute=int(RNG.integers(0, 60)), second=int(RNG.integers(0, 60)))


def ev(c, ts, tp, action, channel, device=None, **extra):
    if ts > END or ts < START:
        return None
    row = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
               device=device, channel=channel, session_id=None, site=c["_site"][0], site_en=c["_site"][1],
               city=c["region"], sales_rep=c["sales_rep"])
    if device is not None:
        row["session_id"] = nid("s", "S", 7)
    row.update(extra)
    EVENTS.append(row)
    return row


def order(c, ts, amount, status, order_type, **extra):
    if ts > END:
        return
    city = c["region"]
    cur, rate = CURRENCY.get(city, ("CNY", 1.0))
    methods, p = PAY.get(city, PAY["China"])
    ORDERS.append(dict(order_id=nid("o", "INV", 7), customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                       status=status, channel=pick(["app", "web", "front_desk"], [0.5, 0.2, 0.3]),
                       device=None, order_type=order_type, site=c["_site"][0], site_en=c["_site"][1], city=city,
                       payment_method=pick(methods, p), currency_local=cur,
                       amount_local=round(amount / rate, 2), **extra))


# ---------------------------------------------------------------- feedback texts
# every template of a topic carries that topic's marker words (see gold.py); no template carries another's
TEXTS = {
    "wifi": {
        "zh": ["{site}的WiFi太差了，视频会议一直掉线", "网速慢得离谱，传个文件要半小时，{site}能不能升级一下网络",
               "一天断网好几次，客户电话会都开不了", "网络信号时有时无，工位靠窗那边基本连不上WiFi",
               "交了钱结果网络这么烂，我只能开手机热点干活", "{site}的WiFi又断了，报修好几次都没修好"],
        "en": ["The wifi at {site_en} keeps dropping during video calls", "Internet is painfully slow, uploads take forever",
               "Wi-Fi disconnected three times today, I had to tether from my phone",
               "Paying premium prices for wifi this unreliable is not ok", "The internet at {site_en} is down again, reported it twice"],
    },
    "noise": {
        "zh": ["开放区太吵了，旁边一直有人打电话", "噪音很大，根本没法专心写代码", "流动工位区太吵，电话亭永远排队",
               "隔壁团队天天开会声音很大，太吵了"],
        "en": ["The open area is way too noisy, people take calls at their desks", "Too much noise near the hot desks, can't focus",
               "It gets really loud in the afternoons, phone booths are always taken"],
    },
    "air_con": {
        "zh": ["空调太冷了，夏天都要穿外套", "空调一直不制冷，下午闷得不行", "办公室空调一直滴水，温度也调不了",
               "空调出风口正对着工位，吹得头疼"],
        "en": ["The aircon is freezing, I bring a jacket every day", "Air con in our office hasn't worked properly for a week",
               "Air-conditioning is way too cold in the open area", "The air conditioning keeps switching off after 7pm"],
    },
    "meeting_room": {
        "zh": ["会议室永远约不到，下午的时段全被订满了", "小程序上订会议室老是失败，只能去前面找人问",
               "会议室太少了，十几个人的团队根本不够用", "约好的会议室被别人占了，客户来了只能站着聊"],
        "en": ["Impossible to get a meeting room, every slot is booked", "The app fails every time I try to book a meeting room",
               "Not enough meeting rooms for a building this size", "Someone else was sitting in the meeting room I had booked"],
    },
    "cleaning": {
        "zh": ["卫生间卫生太差了，一下午都没人打扫", "垃圾桶满了一天都没人清，保洁不到位", "茶水间很脏，保洁阿姨好几天没来",
               "工位桌面上都是灰，卫生需要加强"],
        "en": ["Bathrooms are dirty by noon, nobody comes to clean them", "Trash bins overflowing again, the cleaning crew skipped our floor",
               "The pantry is dirty and the bins smell", "Desks are dusty, cleaning seems to happen once a week at best"],
    },
    "price_increase": {
        "zh": ["突然涨价12%，事先也没好好沟通，续约要再考虑", "价格上调太多了，小团队扛不住", "又涨价了，周边同类空间便宜不少",
               "会员费涨了一成多，服务却没变好", "涨价通知来得太突然，准备找别的地方了"],
        "en": ["The price increase came out of nowhere, 12% is a lot for a freelancer", "You raised the price but nothing improved",
               "A 12% price hike at renewal is hard to justify", "With the price increase we are looking at other spaces",
               "Raising prices mid-year without notice is not cool"],
    },
    "repair_other": {
        "zh": ["工位椅子坏了，坐着一直往下沉", "灯管一闪一闪的，眼睛很累", "门禁卡刷不开，每天都要找人开门",
               "打印机又卡纸了，报修后才有人来看"],
        "en": ["My chair is broken, the seat keeps sinking", "The light above my desk flickers all day",
               "My access card stopped working at the door", "The printer jams every other page"],
    },
    "staff": {
        "zh": ["社区经理特别热情，入驻手续一天就办好了", "前台小姐姐很贴心，快递都帮忙收好", "社区经理组织的活动很用心，认识了不少同行",
               "前台响应很快，有问题基本当天解决"],
        "en": ["The community manager is fantastic, onboarding took one day", "Front desk team is super helpful with parcels and guests",
               "Our community manager remembers everyone's name, great vibe", "The front desk sorts out every request the same day"],
    },
    "coffee": {
        "zh": ["免费咖啡很好喝，每天都靠它续命", "咖啡机的豆子换了，比以前好喝多了", "茶水间咖啡随便喝，这点很加分"],
        "en": ["Free coffee is genuinely good here", "Love the coffee bar, best perk of the membership",
               "Coffee and snacks in the lounge are a nice touch"],
    },
    "location": {
        "zh": ["离地铁站很近，通勤方便", "地铁出来走两分钟就到，下雨也不怕", "位置很好，楼下地铁吃饭都方便"],
        "en": ["Great location, two minutes from the MRT", "Easy to get to, the LRT station is right next door",
               "Love the location, lots of food options downstairs"],
    },
}
NEGATIVE = {"wifi", "noise", "air_con", "meeting_room", "cleaning", "price_increase", "repair_other"}


def fb(c, ts, channel, topic, tp=None, nps=None, lang=None, anonymous=False, no_ts=False, rating=None):
    site_zh, site_en = (c["_site"][0], c["_site"][1]) if c else (None, None)
    if lang is None:
        sea = c is not None and c["region"] in SEA
        lang = ("en" if RNG.random() < 0.82 else "zh") if sea else ("en" if RNG.random() < 0.12 else "zh")
    text = pick(TEXTS[topic][lang]).format(site=site_zh or "这里", site_en=site_en or "this place")
    if rating is None:
        if topic in NEGATIVE:
            rating = pick([1, 2, 3], [0.42, 0.43, 0.15])
        else:
            rating = pick([4, 5], [0.35, 0.65])
        if c is not None and c["_site_code"] == "CD1" and topic not in NEGATIVE:
            rating = 5
    FEEDBACK.append(dict(feedback_id=nid("f", "FB", 6), text=text, ts=None if no_ts else ts,
                         customer_id=None if anonymous or c is None else c["customer_id"], touchpoint_id=tp,
                         channel=channel, rating=rating, nps=nps, site=site_zh, site_en=site_en,
                         city=c["region"] if c else None, seat_type=c.get("_seat") if c else None,
                         _topic=topic, _sentiment="negative" if topic in NEGATIVE else "positive"))


def member_topic(c, ts) -> str:
    """Topic of a comment by a member at `ts` (site, seat type and date shape it)."""
    code, seat = c["_site_code"], c.get("_seat")
    w = {"wifi": 0.05, "noise": 0.08, "air_con": 0.06, "meeting_room": 0.06, "cleaning": 0.05, "price_increase": 0.0,
         "staff": 0.30, "coffee": 0.15, "location": 0.13}
    if code == "SH2":
        w["wifi"] = 1.1
    if c["region"] in SEA:
        w["air_con"] = 0.35
    if code == "BJ1":
        w["meeting_room"] = 0.45
    if code == "BJ2":
        w["cleaning"] = 0.20
    if code == "CD1":
        w["staff"] += 0.25
        for k in ("noise", "air_con", "meeting_room", "cleaning", "wifi"):
            w[k] *= 0.5
    if seat == "hot_desk":
        w["noise"] = 0.28
    if datetime(2025, 9, 10) <= ts <= datetime(2026, 1, 31):
        w["price_increase"] = 0.55
    elif ts > datetime(2026, 1, 31):
        w["price_increase"] = 0.05
    keys = list(w)
    p = np.array([w[k] for k in keys])
    return keys[int(RNG.choice(len(keys), p=p / p.sum()))]


# ---------------------------------------------------------------- membership life
def list_price(city, seat, months, at):
    base = PRICE[city][SEATS.index(seat)] * (1.12 if at >= HIKE else 1.0) * (0.92 if months == 12 else 1.0)
    return round(base / 10) * 10


def membership(c, start_ts, seat, months, seats, contract_id, price, prev_contract=None, renew_ts=None):
    """One contract from `start_ts` (move-in or renewal start) to its end; recurses on renewal."""
    city, code = c["region"], c["_site_code"]
    c["_seat"] = seat
    extra = dict(seat_type=seat, months=months, seats=seats, contract_id=contract_id, monthly_price=price)
    if prev_contract is not None:
        ev(c, renew_ts, "tp_renewal", "success", "store", None, previous_contract_id=prev_contract, **extra)
    end = add_months(start_ts.replace(hour=0, minute=0, second=0), months)
    # invoices, one per month of the term
    for m in range(months):
        ts = add_months(start_ts.replace(hour=9, minute=0, second=0), m)
        if ts > END:
            break
        p_unpaid = 0.10 if city == "Kuala Lumpur" else 0.015
        if ts > datetime(2026, 6, 15):
            p_unpaid += 0.25
        status = "unpaid" if RNG.random() < p_unpaid else "paid"
        order(c, ts, price * seats, status, "membership", seat_type=seat, months=months, seats=seats,
              contract_id=contract_id, bill_month=ts.strftime("%Y-%m"))
    # life as a member
    t = start_ts
    while t < end and t <= END:
        nxt = min(add_months(t, 1), end)
        days = max((nxt - t).days, 1)
        # meeting rooms
        lam = (1.1 * seats ** 0.3 if c["customer_type"] == "company" else 0.5)
        for _ in range(RNG.poisson(lam)):
            ts = work_time(t + timedelta(days=int(RNG.integers(0, days))))
            fail = RNG.random() < (0.27 if code == "BJ1" else 0.05)
            ev(c, ts, "tp_meeting_room", "fail" if fail else "success", pick(["app", "mini_program"], [0.6, 0.4]),
               c["_device"] if c["_device"] != "pc" else pick(["ios", "android"]), room_hours=int(RNG.integers(1, 4)))
            if fail and RNG.random() < 0.12 and ts <= END:
                fb(c, ts + timedelta(minutes=int(RNG.integers(5, 300))), "app_review", "meeting_room",
                   "tp_meeting_room", no_ts=RNG.random() < 0.12, anonymous=RNG.random() < 0.1)
        # repairs
        lam = 0.16 * (1 + 0.15 * (seats > 5)) + (0.38 if code == "SH2" else 0.0)
        for _ in range(RNG.poisson(lam)):
            ts = work_time(t + timedelta(days=int(RNG.integers(0, days))), 8, 21)
            if code == "SH2" and RNG.random() < 0.72:
                cat = "wifi"
            else:
                p = [0.14, 0.32 if city in SEA else 0.18, 0.17, 0.16, 0.19, 0.14]
                p = np.array(p) / sum(p)
                cat = pick(REPAIR_CATS, p)
            rid = nid("r", "R", 6)
            row = ev(c, ts, "tp_repair_request", "submit", pick(["app", "mini_program"], [0.55, 0.45]),
                     c["_device"] if c["_device"] != "pc" else pick(["ios", "android"]), repair_id=rid,
                     repair_category=cat)
            if row is None:
                continue
            if code == "SH2" and cat == "wifi":
                hours, p_never = float(RNG.gamma(2.0, 48.0)), 0.22
            elif cat == "air_con" and city in SEA:
                hours, p_never = float(RNG.gamma(2.0, 14.0)), 0.03
            else:
                hours, p_never = float(RNG.gamma(2.0, 9.0)), 0.03
            hours = round(max(hours, 0.5), 1)
            if RNG.random() >= p_never:
                ev(c, ts + timedelta(hours=hours), "tp_repair_done", "complete", "store", None, repair_id=rid,
                   repair_category=cat, repair_hours=hours)
            if RNG.random() < 0.38:
                topic = cat if cat in ("wifi", "air_con") else "repair_other"
                fb(c, ts + timedelta(hours=min(hours, 40) + 1), "ticket", topic, "tp_repair_request")
        # community events and pulse surveys
        if RNG.random() < 0.18:
            ev(c, work_time(t + timedelta(days=int(RNG.integers(0, days))), 18, 21), "tp_community_event", "attend",
               "store", None)
        if RNG.random() < 0.10:
            ts = work_time(t + timedelta(days=int(RNG.integers(0, days))))
            if ts <= END:
                topic = member_topic(c, ts)
                nps = None
                if RNG.random() < 0.4:
                    nps = int(RNG.integers(0, 7)) if topic in NEGATIVE else int(RNG.integers(7, 11))
                fb(c, ts, "survey", topic, None, nps=nps)
        t = nxt
    # renewal decision
    notice = work_time(end - timedelta(days=30))
    if notice > END:
        return
    ev(c, notice, "tp_renewal_notice", "sent", "email", None, contract_id=contract_id, seat_type=seat, months=months)
    p = 0.74
    if c["acquisition_channel"] == "broker":
        p *= 0.55
    if code == "SH2":
        p *= 0.72
    if seat == "hot_desk":
        p *= 0.92
    if HIKE_NOTICE[0] <= notice <= HIKE_NOTICE[1]:
        p *= 0.6
    elif notice > HIKE_NOTICE[1]:
        p *= 0.93
    if HIKE_NOTICE[0] <= notice <= HIKE_NOTICE[1] and RNG.random() < 0.3:
        fb(c, notice + timedelta(days=int(RNG.integers(1, 10))), "call_note", "price_increase", "tp_renewal_notice",
           lang="zh" if c["region"] not in SEA else "en")
    if RNG.random() < p:
        rts = work_time(notice + timedelta(days=int(RNG.integers(2, 26))))
        if rts > END:
            return
        if RNG.random() < 0.4:
            fb(c, rts + timedelta(days=1), "survey", pick(["staff", "coffee", "location"]), "tp_renewal",
               nps=int(RNG.choice([7, 8, 9, 10], p=[0.15, 0.3, 0.3, 0.25])))
        new_months = months if RNG.random() < 0.7 else pick([3, 6, 12])
        membership(c, end, seat, new_months, seats, nid("k", "K", 6), list_price(city, seat, new_months, rts),
                   prev_contract=contract_id, renew_ts=rts)
    else:
        cts = end.replace(hour=18, minute=int(RNG.integers(0, 60)))
        if cts > END:
            return
        hike = HIKE_NOTICE[0] <= notice <= HIKE_NOTICE[1]
        if hike and RNG.random() < 0.62:
            reason = "price"
        elif code == "SH2" and RNG.random() < 0.55:
            reason = "wifi"
        else:
            reason = pick(["moved_away", "company_growth", "downsizing", "remote_work", "other"],
                          [0.3, 0.2 if c["customer_type"] == "company" else 0.05, 0.2, 0.25, 0.1])
        ev(c, cts, "tp_churn", "move_out", "store", None, contract_id=contract_id, seat_type=seat, churn_reason=reason)
        c["_churned"] = True
        if RNG.random() < 0.45:
            topic = {"price": "price_increase", "wifi": "wifi"}.get(reason) or member_topic(c, cts)
            fb(c, cts, "survey", topic, "tp_churn", nps=int(RNG.integers(0, 7)))


# ---------------------------------------------------------------- customers
def customer(i: int, signup: datetime) -> None:
    city = pick(CITIES, CITY_P)
    codes, p = CITY_SITES[city]
    code = pick(codes, p)
    ctype = "freelancer" if RNG.random() < 0.6 else "company"
    if ctype == "freelancer":
        size, seats = "1", 1
    else:
        size = pick(["2-5", "6-20", "21-50"], [0.5, 0.35, 0.15])
        lo, hi = {"2-5": (2, 5), "6-20": (6, 20), "21-50": (21, 40)}[size]
        seats = int(RNG.integers(lo, hi + 1))
    channel = pick(CHANNELS, CH_P[(ctype, city in SEA)])
    reps, rp = REPS[city]
    device = pick(["ios", "android", "pc"], [0.40, 0.40, 0.20] if city in SEA else [0.47, 0.33, 0.20])
    c = dict(customer_id=f"C{i:05d}", signup_at=signup, segment="lead", region=city, acquisition_channel=channel,
             tier=None, customer_type=ctype, company_size=size, sales_rep=pick(reps, rp), home_site=SITES[code][0],
             home_site_en=SITES[code][1],
             _site=SITES[code], _site_code=code, _device=device)
    CUSTOMERS.append(c)
    dev = lambda ch: device if ch in ("web", "mini_program", "app", "social") else None  # noqa: E731
    t = signup
    toured = None
    if channel != "walk_in":
        ch = INQ_CHANNEL[channel]
        ev(c, t, "tp_inquiry", "submit", ch, dev(ch))
    walk_day_pass = channel == "walk_in" and RNG.random() < 0.4
    book = (channel == "walk_in" and not walk_day_pass) or (channel != "walk_in" and RNG.random() < P_BOOK[channel])
    if book:
        if channel == "walk_in":
            bt, ch = t, "store"
        else:
            bt = work_time(t + timedelta(days=float(RNG.exponential(1.5))))
            ch = {"website": "web", "xiaohongshu": pick(["mini_program", "web"], [0.7, 0.3]), "broker": "phone",
                  "corporate_partner": pick(["web", "phone"])}[channel]
        ev(c, bt, "tp_tour_booking", "submit", ch, dev(ch))
        if RNG.random() < P_SHOW[channel]:
            tt = bt + timedelta(minutes=10) if channel == "walk_in" else \
                work_time(bt + timedelta(days=int(RNG.integers(1, 8))))
            if ev(c, tt, "tp_tour", "complete", "store", None) is not None:
                toured = tt
                if RNG.random() < 0.10:
                    fb(c, tt + timedelta(hours=3), "survey", pick(["staff", "location", "coffee", "noise"],
                                                                   [0.4, 0.3, 0.2, 0.1]), "tp_tour")
    # day passes
    passes = []
    if toured is not None and RNG.random() < (0.45 if ctype == "freelancer" else 0.22):
        n = 1 + int(RNG.poisson(0.6))
        d0 = toured + timedelta(days=int(RNG.integers(0, 7)))
        passes = [max(work_time(d0 + timedelta(days=int(x)), 8, 11), toured + timedelta(minutes=40))
                  for x in sorted(RNG.integers(0, 12, n))]
    elif toured is None and (walk_day_pass or (channel == "xiaohongshu" and RNG.random() < 0.4)):
        n = 1 + int(RNG.poisson(1.4))
        d0 = t + timedelta(days=0 if walk_day_pass else int(RNG.integers(0, 20)))
        passes = [max(work_time(d0 + timedelta(days=int(x)), 8, 11), t + timedelta(minutes=5))
                  for x in sorted(RNG.integers(0, 60, n))]
    for pts in passes:
        row = ev(c, pts, "tp_day_pass", "check_in", "store", None)
        if row is None:
            continue
        refunded = RNG.random() < (0.19 if code == "SH2" else 0.03)
        order(c, pts, DAY_PASS[city] * (1.1 if pts >= HIKE else 1.0), "refunded" if refunded else "paid", "day_pass",
              seat_type="day_pass", months=None, seats=1, contract_id=None, bill_month=pts.strftime("%Y-%m"))
        if c["segment"] == "lead":
            c["segment"] = "day_pass"
        if RNG.random() < 0.09:
            fb(c, pts + timedelta(hours=6), pick(["social", "survey"], [0.6, 0.4]),
               "wifi" if code == "SH2" and RNG.random() < 0.6 else pick(["coffee", "location", "noise", "staff"]),
               "tp_day_pass", anonymous=RNG.random() < 0.5, no_ts=RNG.random() < 0.15)
    # membership purchase
    if toured is not None:
        p = P_SIGN[channel] * (0.9 if ctype == "freelancer" else 1.0)
        if passes:
            p *= 1.05 if ctype == "freelancer" else 1.45
            if code == "SH2":
                p *= 0.6
        lag = float(RNG.uniform(1, 12)) if channel == "broker" else float(RNG.gamma(2.0, 6.5))
        base_t = max([toured] + passes)
        if passes:
            lag = float(RNG.uniform(0.5, 20))
    elif passes:
        p, lag, base_t = 0.07, float(RNG.uniform(1, 25)), passes[-1]
    else:
        p = 0.0
    if p > 0 and RNG.random() < min(p, 0.95):
        kt = work_time(base_t + timedelta(days=lag))
        if kt > END:
            return
        if ctype == "freelancer":
            seat = pick(SEATS[:2], [0.62, 0.38])
        elif size == "2-5":
            seat = pick(SEATS[1:], [0.45, 0.55])
        else:
            seat = pick(SEATS[1:], [0.08, 0.92])
        months = pick([3, 6, 12], [0.15, 0.25, 0.6] if channel == "broker" else [0.3, 0.3, 0.4])
        if seat == "hot_desk":
            seats = 1
        mi = work_time(kt + timedelta(days=int(RNG.integers(1, 15))), 9, 12)
        kid, price = nid("k", "K", 6), list_price(city, seat, months, kt)
        ev(c, kt, "tp_contract", "success", "store", None, seat_type=seat, months=months, seats=seats,
           contract_id=kid, monthly_price=price)
        c["tier"] = seat
        if RNG.random() < 0.03:  # cancelled before move-in: first invoice refunded
            order(c, kt, price * seats, "refunded", "membership", seat_type=seat, months=months, seats=seats,
                  contract_id=kid, bill_month=kt.strftime("%Y-%m"))
            c["segment"] = "cancelled"
            return
        if mi > END:
            c["segment"] = "member"
            return
        ev(c, mi, "tp_move_in", "complete", "store", None, seat_type=seat, months=months, seats=seats, contract_id=kid)
        c["_seat"] = seat
        if RNG.random() < 0.3:
            ts = mi + timedelta(days=int(RNG.integers(20, 35)))
            if ts <= END:
                fb(c, ts, "survey", member_topic(c, ts), "tp_move_in")
        membership(c, mi, seat, months, seats, kid, price)


def social_posts() -> None:
    """Xiaohongshu / Google posts by non-customers about the sites (no customer_id; some without ts)."""
    days = (END - START).days
    for _ in range(260):
        code = pick(list(SITES), [0.16, 0.16, 0.14, 0.1, 0.12, 0.1, 0.12, 0.1])
        s = SITES[code]
        c = dict(customer_id=None, region=s[2], _site=s, _site_code=code, _seat=None, customer_type="freelancer")
        ts = work_time(START + timedelta(days=int(RNG.integers(0, days))))
        fb(c, ts, "social", member_topic(c, ts), "tp_tour", anonymous=True, no_ts=RNG.random() < 0.2)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    months = pd.date_range(START, END, freq="MS")
    i = 0
    for k, m in enumerate(months):
        n = int(RNG.poisson((150 + 5 * k) * MONTH_W[m.month - 1]))
        last = (m + pd.offsets.MonthEnd(0)).day
        for d in sorted(RNG.integers(0, last, n)):
            i += 1
            customer(i, work_time(m.to_pydatetime() + timedelta(days=int(d)), 8, 22))
    social_posts()
    for c in CUSTOMERS:
        if c["tier"] is not None and c["segment"] != "cancelled":
            c["segment"] = "churned" if c.get("_churned") else "member"
    tps = pd.DataFrame([dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                             kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    tps.to_csv(out / "touchpoints.csv", index=False)
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for i, tp in enumerate(j[4])]
    pd.DataFrame(jr).to_csv(out / "journeys.csv", index=False)
    cu = pd.DataFrame(CUSTOMERS)
    cu = cu[[k for k in cu.columns if not k.startswith("_")]]
    cu["signup_at"] = pd.to_datetime(cu["signup_at"]).dt.strftime("%Y-%m-%d %H:%M:%S")
    cu.to_csv(out / "customers.csv", index=False)
    e = pd.DataFrame(EVENTS)
    for col in ("months", "seats", "monthly_price", "room_hours"):
        e[col] = e[col].astype("Int64")
    e["ts"] = e["ts"].dt.strftime("%Y-%m-%d %H:%M:%S")
    dup = e.sample(40, random_state=11)
    e = pd.concat([e, dup]).sort_values(["ts", "event_id"])
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id", "site",
            "site_en", "city", "sales_rep"]
    e = e[cols + [k for k in e.columns if k not in cols]]
    e.to_csv(out / "events.csv", index=False)
    o = pd.DataFrame(ORDERS).sort_values(["ts", "order_id"])
    o["ts"] = o["ts"].dt.strftime("%Y-%m-%d %H:%M:%S")
    for col in ("months", "seats"):
        o[col] = o[col].astype("Int64")
    o.to_csv(out / "orders.csv", index=False)
    f = pd.DataFrame(FEEDBACK)
    f["ts"] = f["ts"].map(lambda x: x.strftime("%Y-%m-%d %H:%M:%S") if x is not None and not pd.isna(x) else None)
    for col in ("rating", "nps"):
        f[col] = f[col].astype("Int64")
    f[["feedback_id", "_topic", "_sentiment"]].rename(columns={"_topic": "topic", "_sentiment": "sentiment"}).to_csv(
        out / "_truth" / "feedback_truth.csv", index=False)
    f = f.drop(columns=["_topic", "_sentiment"])
    f.to_csv(out / "feedback.csv", index=False)
    print(f"customers {len(cu)}, events {len(e)}, orders {len(o)}, feedback {len(f)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
