"""全中 StrikeZone: a chain of 7 bowling-and-bar venues (Shanghai 2, Beijing 2, Shenzhen, Hangzhou, Chengdu) with
online lane booking, lane deposits, shoe rental, lane-side food & drinks, 10-game cards, a league and corporate
team-building packages. History runs 2024-09-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261203
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2024, 9, 1), date(2026, 6, 30)
END_DT = datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4300          # guests who booked / walked in / enquired
N_PROSPECT = 600       # only looked at a Meituan deal or a Dianping page
WJ_PINSETTER = date(2025, 8, 15)      # Beijing Wangjing: old pinsetters start jamming (lane L08 worst, then L07)
NS_KITCHEN = date(2025, 11, 1)        # Shenzhen Nanshan: kitchen outsourced, lane-side food slow
JA_DJ_NIGHTS = date(2026, 1, 9)       # Shanghai Jing'an: DJ nights Friday-Sunday from 19:00, music too loud
STUDENT_TUESDAY = date(2025, 9, 2)    # student half-price Tuesdays, all venues
CARD_PROMO = (date(2025, 12, 1), date(2025, 12, 31))   # 10-game card 399 -> 299 (双12)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_dianping_view", "大众点评页", "Dianping page", "awareness", "social", "digital", "marketing",
     "大众点评|点评|点评页|看点评|dianping|dianping page|reviews page"),
    ("tp_meituan_deal", "美团团购页", "Meituan deal page", "awareness", "other", "digital", "marketing",
     "美团|团购|美团券|团购券|美团团购|meituan|group deal|meituan deal|voucher"),
    ("tp_lane_search", "查看球道", "Lane availability search", "consideration", "mini_program", "digital", "ecommerce",
     "查球道|看空道|查空位|看场次|选时段|lane search|check availability|browse lanes|lane availability"),
    ("tp_booking", "在线订道", "Lane booked online", "purchase", "mini_program", "digital", "ecommerce",
     "订道|订球道|预约|订位|订场|booking|book a lane|lane booking|reservation"),
    ("tp_deposit", "支付订金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "订金|定金|押金|付订金|deposit|pay deposit|booking deposit"),
    ("tp_walkin", "现场开道", "Walk-in", "purchase", "store", "physical", "front_desk",
     "散客|现场开道|直接到店|没预约|walk-in|walk in|walkin"),
    ("tp_cancel", "取消预订", "Booking cancelled", "purchase", "mini_program", "digital", "ecommerce",
     "取消|退订|取消预约|cancel|cancellation"),
    ("tp_deposit_refund", "订金退款", "Deposit refund", "service", "other", "digital", "finance",
     "退订金|退款|退定金|refund|deposit refund"),
    ("tp_checkin", "前台签到", "Desk check-in", "service", "store", "physical", "front_desk",
     "签到|到店|前台|报到|开道|check-in|check in|checked in|arrival|front desk"),
    ("tp_shoe_rental", "租鞋", "Shoe rental", "service", "store", "physical", "front_desk",
     "租鞋|保龄球鞋|换鞋|鞋子|shoe rental|shoes|bowling shoes"),
    ("tp_game", "打球", "Game bowled", "service", "store", "physical", "lane_ops",
     "打球|一局|局数|开局|球道|置瓶机|game|games|bowling|frame|lane|pinsetter"),
    ("tp_fnb_order", "球道点餐", "Lane-side food & drink order", "service", "store", "physical", "bar_kitchen",
     "点餐|点单|餐饮|酒水|小吃|啤酒|food|drinks|f&b|food and drink|order at lane|bar"),
    ("tp_fnb_served", "餐品送达", "Food & drink served", "service", "store", "physical", "bar_kitchen",
     "上菜|上餐|送餐|出餐|served|food served|delivery to lane"),
    ("tp_final_bill", "结账", "Final bill paid", "purchase", "store", "physical", "front_desk",
     "结账|买单|付款|尾款|final bill|checkout|pay the bill|bill"),
    ("tp_ambience", "场馆氛围与音乐", "Atmosphere & music", "service", "store", "physical", "venue_ops",
     "音乐|氛围|灯光|DJ|噪音|太吵|music|atmosphere|ambience|noise|dj night"),
    ("tp_review", "发表评价", "Review posted", "loyalty", "social", "digital", "cx",
     "评价|点评|写评价|晒图|review|rating|post a review"),
    ("tp_game_card", "购买游戏卡", "Game card bought", "loyalty", "mini_program", "digital", "membership",
     "游戏卡|次卡|10局卡|十局卡|会员卡|game card|10-game card|bowling card|card"),
    ("tp_league_join", "加入联赛", "League joined", "loyalty", "mini_program", "digital", "league",
     "联赛|报名联赛|加入联赛|league|join the league|league signup"),
    ("tp_corp_lead", "团建咨询", "Corporate enquiry", "consideration", "phone", "digital", "corporate_sales",
     "团建咨询|企业咨询|包场咨询|询价|corporate enquiry|team building enquiry|corporate lead|lead"),
    ("tp_corp_quote", "团建报价", "Corporate quote sent", "consideration", "email", "digital", "corporate_sales",
     "报价|方案|发报价|quote|proposal|quotation"),
    ("tp_corp_event", "团建活动", "Corporate event held", "purchase", "store", "physical", "corporate_sales",
     "团建|包场|年会|企业活动|team building|corporate event|company party|private hire"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("lane_booking", "订道到开打", "Lane booking to first game",
     ["tp_booking", "tp_deposit", "tp_checkin", "tp_game"], 14),
    ("online_search", "线上查道订道", "Online lane search to booking", ["tp_lane_search", "tp_booking"], 3),
    ("card_upsell", "打完办游戏卡", "Bowling to game card", ["tp_game", "tp_game_card"], 30),
    ("corporate", "企业团建", "Corporate team building", ["tp_corp_lead", "tp_corp_quote", "tp_corp_event"], 60),
    ("meituan", "美团引流到店", "Meituan deal to check-in", ["tp_meituan_deal", "tp_booking", "tp_checkin"], 14),
]
VENUES = {  # code: en, zh, city, opened, lanes, rate/lane/hour (off-peak, peak), corporate per head, weight
    "JA": ("Shanghai Jing'an", "上海静安店", "上海", START, 16, (128, 178), 198, 0.19),
    "WJC": ("Shanghai Wujiaochang", "上海五角场店", "上海", START, 12, (108, 148), 168, 0.14),
    "SLT": ("Beijing Sanlitun", "北京三里屯店", "北京", START, 14, (128, 178), 198, 0.16),
    "WJ": ("Beijing Wangjing", "北京望京店", "北京", START, 12, (108, 158), 178, 0.14),
    "NS": ("Shenzhen Nanshan", "深圳南山店", "深圳", START, 14, (118, 168), 188, 0.15),
    "BJ": ("Hangzhou Binjiang", "杭州滨江店", "杭州", START, 10, (98, 138), 168, 0.12),
    "CX": ("Chengdu Chunxi Road", "成都春熙路店", "成都", date(2025, 4, 1), 10, (88, 128), 158, 0.10),
}
REGION = {"上海": "华东", "杭州": "华东", "北京": "华北", "深圳": "华南", "成都": "西南"}
GTYPE_ZH = {"friends": "朋友聚会", "family": "家庭亲子", "corporate": "企业团建", "student": "学生"}
TIER_ZH = {"standard": "普通", "silver": "银卡", "gold": "金卡"}
SLOT_ZH = {"afternoon": "下午场", "evening": "晚场", "late_night": "夜场"}

# ---------- calendar ----------
DAYS = [START + D(i) for i in range((END - START).days + 1)]
DAY_IDX = {d: i for i, d in enumerate(DAYS)}
CNY = [(date(2025, 1, 28), date(2025, 2, 4)), (date(2026, 2, 16), date(2026, 2, 22))]


def base_weight(d: date) -> float:
    w = {0: 0.75, 1: 0.75, 2: 0.8, 3: 0.85, 4: 1.35, 5: 2.0, 6: 1.8}[d.weekday()]
    if d.month in (7, 8):
        w *= 1.3
    if any(a <= d <= b for a, b in CNY):
        w *= 1.6
    if date(d.year, 10, 1) <= d <= date(d.year, 10, 7):
        w *= 1.8
    if d.month == 12 and d.day >= 20:
        w *= 1.3
    return w * (0.8 + 0.45 * (d - START).days / (END - START).days)


BASE_W = np.array([base_weight(d) for d in DAYS])
TUESDAY = np.array([1.0 if d.weekday() == 1 and d >= STUDENT_TUESDAY else 0.0 for d in DAYS])
SUMMER = np.array([1.0 if d.month in (7, 8) else 0.0 for d in DAYS])


def pick_day(venue: str, gtype: str, lo: date | None = None, hi: date | None = None) -> date | None:
    lo = max(lo or START, VENUES[venue][3])
    hi = min(hi or END, END)
    if lo > hi:
        return None
    a, b = DAY_IDX[lo], DAY_IDX[hi] + 1
    w = BASE_W[a:b].copy()
    if gtype == "student":
        w = w * (1 + 3.2 * TUESDAY[a:b])
    if gtype == "family":
        w = w * (1 + 0.5 * SUMMER[a:b])
    return DAYS[a + int(rng.choice(b - a, p=w / w.sum()))]


def choice(items, p=None):
    if p is None:
        return items[int(rng.integers(0, len(items)))]
    p = np.asarray(p, dtype=float)
    return items[int(rng.choice(len(items), p=p / p.sum()))]


def lognorm(median: float, sigma: float) -> float:
    return float(median * math.exp(rng.normal(0, sigma)))


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(h0, h1)))


# ---------- state ----------
cnt: Counter = Counter()
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []


def nid(kind: str, prefix: str, width: int) -> str:
    cnt[kind] += 1
    return f"{prefix}{cnt[kind]:0{width}d}"


def ev(c, ts, tp, action, channel, venue=None, sid=None, **extra):
    if ts > END_DT or ts.date() < START:
        return None
    dev = c["device"] if channel in ("app", "mini_program") else None
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sid, action=action, device=dev,
               channel=channel)
    if venue:
        row.update(venue=VENUES[venue][0], 门店=VENUES[venue][1])
    row.update(extra)
    events.append(row)
    if c["signup_at"] is None or ts < c["signup_at"]:
        c["signup_at"] = ts
    return row


def order(c, ts, amount, product, venue=None, status="paid", **extra):
    if ts > END_DT:
        return None
    o = dict(order_id=nid("order", "O", 6), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, product_type=product, 品类=PRODUCT_ZH[product], currency="CNY")
    if venue:
        o.update(venue=VENUES[venue][0], 门店=VENUES[venue][1])
    o.update(extra)
    orders.append(o)
    return o


PRODUCT_ZH = {"deposit": "订金", "lane_fee": "球道费", "shoe_rental": "租鞋", "food_drink": "餐饮酒水",
              "game_card": "游戏卡", "league_fee": "联赛报名费", "corporate_package": "团建套餐"}

# ---------- customers ----------
cust: list[dict] = []
AGE = {"friends": (["18-24", "25-34", "35-44", "45+"], [0.25, 0.5, 0.18, 0.07]),
       "family": (["25-34", "35-44", "45+"], [0.3, 0.5, 0.2]),
       "corporate": (["25-34", "35-44", "45+"], [0.5, 0.35, 0.15]),
       "student": (["<18", "18-24"], [0.25, 0.75])}
for i in range(N_CUST + N_PROSPECT):
    prospect = i >= N_CUST
    gtype = choice(["friends", "family", "student", "corporate"], [0.44, 0.22, 0.21, 0.13])
    vw = np.array([v[7] for v in VENUES.values()])
    if gtype == "corporate":
        vw = vw * np.array([1.0, 0.9, 1.1, 1.0, 1.0, 1.0, 0.3])
    home = choice(list(VENUES), vw)
    city = VENUES[home][2] if rng.random() < 0.93 else choice(["上海", "北京", "深圳", "杭州", "成都"])
    if gtype == "corporate":
        acq = choice(["corporate_sales", "dianping", "referral"], [0.75, 0.15, 0.1])
    else:
        acq = choice(["dianping", "meituan", "walk_in", "mini_program", "referral", "xiaohongshu"],
                     [0.22, 0.27, 0.17, 0.14, 0.12, 0.08])
    if prospect:
        acq = choice(["meituan", "dianping"], [0.6, 0.4])
    lang = "en" if rng.random() < (0.13 if home in ("JA", "SLT") else 0.04) else "zh"
    ages, pa = AGE[gtype]
    cust.append(dict(customer_id=f"C{i + 1:05d}", gtype=gtype, home=home, city=city, acq=acq, lang=lang,
                     age=choice(ages, pa), gender=choice(["F", "M"], [0.47, 0.53]),
                     device=choice(["ios", "android"], [0.48, 0.52]), prospect=prospect, signup_at=None,
                     card_games=0, league=False, visits=0,
                     skill=choice([95, 115, 135, 155], [0.3, 0.4, 0.22, 0.08])))

# ---------- feedback ----------
T = {
    "lane_broken": {
        "zh": ["置瓶机老是卡住，一局打了半个小时", "{vz}的球道又坏了，等工作人员修了十几分钟", "瓶子倒了不回收，卡瓶好几次，体验很差",
               "打到一半置瓶机故障，只能换道", "球道设备太老了，计分屏也不准", "{lane}号道卡瓶三次，叫了好几次才有人来",
               "球回不来，机器卡住，白白浪费时间"],
        "en": ["The pinsetter kept jamming, we waited ages for staff", "Lane broke down twice during our game at {ve}",
               "Pins didn't reset properly, machines need maintenance", "Ball return stuck, lane {lane} is a mess"]},
    "music_loud": {
        "zh": ["音乐太吵了，聊天都听不见", "晚上DJ声音开得太大，带孩子来很不舒服", "{vz}周末晚上像夜店一样，音响震得头疼",
               "音乐声音能不能小一点，完全没法说话", "氛围灯和音乐太夸张了，不适合家庭"],
        "en": ["Music was way too loud, couldn't talk to each other", "DJ night at {ve} was deafening, not family "
               "friendly", "Turn the music down please, felt like a nightclub"]},
    "team_event_good": {
        "zh": ["公司团建来的，分组比赛很热闹，安排得很好", "年会选在这里太对了，同事们玩得很开心", "团建包场服务很周到，还有颁奖",
               "带部门来打保龄球，气氛很好，销售对接也专业", "团建套餐性价比高，吃喝都安排好了"],
        "en": ["Great for team events, our whole department loved it", "Perfect venue for a company party, well "
               "organised", "Booked lanes for 40 colleagues, smooth and fun team building"]},
    "food_slow": {
        "zh": ["点的小吃等了半小时才上", "在球道点餐上得太慢了，打完两局薯条还没来", "{vz}出餐太慢，啤酒都等了二十分钟",
               "餐饮服务太慢，催了好几次", "点单后迟迟不上菜，饿着肚子打球", "上菜慢而且送错了球道"],
        "en": ["Food took forever, waited over 30 minutes for fries", "Drinks were really slow at {ve}",
               "Ordered at the lane and the food arrived after we finished bowling"]},
    "staff_friendly": {
        "zh": ["前台小姐姐很热情，帮我们挑了合适的球", "工作人员很友好，还教小朋友怎么扔球", "服务态度很好，签到很快",
               "店员很耐心，帮忙调了护栏", "员工服务热情，下次还来"],
        "en": ["Staff were super friendly and helpful", "Friendly front desk, quick check-in", "The team at {ve} "
               "were lovely with our kids"]},
    "shoes_dirty": {
        "zh": ["租的鞋子有味道，希望多消毒", "鞋子太旧了，鞋底都开胶了", "租鞋不太卫生，袜子都没提供"],
        "en": ["Rental shoes smelled awful", "Shoes were worn out and not very clean"]},
    "refund_slow": {
        "zh": ["取消预订后订金一直没退", "美团订的取消了，订金等了一周才退回来", "退订金太慢了，客服一直说在处理"],
        "en": ["Cancelled my booking and the deposit refund took a week", "Still waiting for my deposit back"]},
    "booking_issue": {
        "zh": ["美团团购券到店核销不了，前台说系统有问题", "线上订的球道到店说没有预留", "团购券周末不能用，页面没写清楚",
               "小程序订道付了订金，到店却要重新排队"],
        "en": ["Our online booking wasn't in their system when we arrived", "Meituan voucher couldn't be redeemed "
               "at the desk"]},
    "wait_lane": {
        "zh": ["周末签到后还要等很久才有空道", "订了时段到店还要等二十分钟才开道", "人太多了，等道等到孩子都不耐烦"],
        "en": ["Had a booking but still waited 20 minutes for a lane", "Weekend wait for a lane was too long"]},
    "fun_general": {
        "zh": ["很好玩，下次还来", "和朋友来打保龄球很开心，环境不错", "第一次打保龄球，打出了全中！", "场地干净，球道保养得不错，推荐",
               "带孩子来玩，有护栏很适合小朋友", "价格合理，玩得很尽兴"],
        "en": ["So much fun, will come back", "Great night out with friends, lanes were in good shape",
               "First strike ever, loved it"]},
    "neutral": {
        "zh": ["还行吧，中规中矩", "一般般，价格有点小贵", "体验还可以，没什么特别的"],
        "en": ["It was ok", "Decent but nothing special"]},
}
SENT = {"lane_broken": "negative", "music_loud": "negative", "team_event_good": "positive", "food_slow": "negative",
        "staff_friendly": "positive", "shoes_dirty": "negative", "refund_slow": "negative",
        "booking_issue": "negative", "wait_lane": "negative", "fun_general": "positive", "neutral": "neutral"}
TOPIC_TP = {"lane_broken": "tp_game", "music_loud": "tp_ambience", "team_event_good": "tp_corp_event",
            "food_slow": "tp_fnb_order", "staff_friendly": "tp_checkin", "shoes_dirty": "tp_shoe_rental",
            "refund_slow": "tp_deposit_refund", "booking_issue": "tp_booking", "wait_lane": "tp_checkin",
            "fun_general": "tp_game", "neutral": "tp_game"}


def rating_for(topic: str) -> int:
    s = SENT[topic]
    if s == "positive":
        return choice([4, 5], [0.3, 0.7])
    if s == "neutral":
        return choice([3, 4], [0.6, 0.4])
    if topic in ("lane_broken", "refund_slow", "booking_issue"):
        return choice([1, 2, 3], [0.45, 0.4, 0.15])
    return choice([1, 2, 3], [0.25, 0.45, 0.30])


def nps_for(rating: int) -> int:
    lo, hi = {1: (0, 3), 2: (1, 5), 3: (4, 7), 4: (7, 9), 5: (9, 10)}[rating]
    return int(rng.integers(lo, hi + 1))


def add_fb(topic, c, ts, channel, rating=None, nps=None, venue=None, visit_id=None, lane=None):
    if ts is not None and ts > END_DT:
        return
    lang = c["lang"]
    text = choice(T[topic][lang]).format(vz=VENUES[venue][1] if venue else "店里",
                                         ve=VENUES[venue][0] if venue else "the venue",
                                         lane=(lane or "L05")[1:].lstrip("0"))
    fid = nid("fb", "F", 5)
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"],
                         touchpoint_id=TOPIC_TP[topic], channel=channel, rating=rating, nps=nps,
                         venue=VENUES[venue][0] if venue else None, 门店=VENUES[venue][1] if venue else None,
                         visit_id=visit_id, language=lang))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))
    if channel in ("dianping", "meituan_review") and ts is not None:
        ev(c, ts, "tp_review", "posted", channel, venue, review_id=fid)


# ---------- one visit ----------
def jam_prob(venue: str, lane: str, d: date) -> float:
    if venue == "WJ" and d >= WJ_PINSETTER:
        return {"L08": 0.42, "L07": 0.24}.get(lane, 0.1)
    if venue == "WJ":
        return 0.03
    return 0.018


def serve_minutes(venue: str, d: date) -> float:
    if venue == "NS" and d >= NS_KITCHEN:
        return lognorm(31, 0.3)
    return lognorm(11.5, 0.35)


def booking_source(c) -> str:
    acq = c["acq"]
    if c["visits"] > 0 or c["card_games"] > 0:     # regulars book in the mini program / app
        return choice(["mini_program", "app", "meituan", "walk_in"], [0.55, 0.2, 0.1, 0.15])
    if acq == "meituan":
        return choice(["meituan", "mini_program", "walk_in"], [0.75, 0.1, 0.15])
    if acq == "dianping":
        return choice(["dianping", "meituan", "mini_program", "walk_in"], [0.5, 0.2, 0.15, 0.15])
    if acq == "walk_in":
        return choice(["walk_in", "mini_program"], [0.8, 0.2])
    return choice(["mini_program", "app", "meituan", "walk_in"], [0.5, 0.2, 0.1, 0.2])


def visit(c, d: date, venue: str):
    gt = c["gtype"]
    vid = nid("visit", "V", 6)
    party = {"friends": (3, 9), "family": (3, 7), "student": (2, 9), "corporate": (2, 7)}[gt]
    party = int(rng.integers(*party))
    lanes = max(1, math.ceil(party / 6))
    hours = choice([1, 2, 3], [0.35, 0.5, 0.15])
    if gt == "family":
        slot_kind = choice(["afternoon", "evening", "late_night"], [0.65, 0.32, 0.03])
    elif gt == "student":
        slot_kind = choice(["afternoon", "evening", "late_night"], [0.45, 0.4, 0.15])
    else:
        slot_kind = choice(["afternoon", "evening", "late_night"], [0.2, 0.5, 0.3])
    h0, h1 = {"afternoon": (12, 16.5), "evening": (17, 20.5), "late_night": (21, 23)}[slot_kind]
    slot = at(d, h0, h1).replace(second=0, microsecond=0)
    slot = slot.replace(minute=(slot.minute // 30) * 30)
    peak = d.weekday() >= 5 or slot_kind != "afternoon"
    rate = VENUES[venue][5][1 if peak else 0]
    if gt == "student" and d.weekday() == 1 and d >= STUDENT_TUESDAY:
        rate *= 0.5
    src = booking_source(c)
    common = dict(visit_id=vid, time_slot=slot_kind, 时段=SLOT_ZH[slot_kind])
    deposit = 0.0
    if src != "walk_in":
        lead = min(int(rng.exponential(2.2)), 12)
        bts = at(d - D(lead), 9, 23) if lead > 0 else slot - D(minutes=int(rng.integers(40, 300)))
        if bts.date() < START:
            bts = at(d, 8, 11)
        ch = {"mini_program": "mini_program", "app": "app", "meituan": "meituan", "dianping": "dianping"}[src]
        sid = None
        if src in ("mini_program", "app"):
            for _ in range(choice([0, 0, 1, 2])):          # earlier look-ups that did not book
                s0 = bts - D(days=float(rng.uniform(0.1, 3)))
                ev(c, s0, "tp_lane_search", "view", ch, venue, nid("sess", "S", 6), party_size=party)
            sid = nid("sess", "S", 6)
            ev(c, bts - D(minutes=int(rng.integers(2, 12))), "tp_lane_search", "view", ch, venue, sid,
               party_size=party)
        elif src == "meituan":
            ev(c, bts - D(minutes=int(rng.integers(3, 90))), "tp_meituan_deal", "view", "meituan", venue)
        else:
            ev(c, bts - D(minutes=int(rng.integers(3, 90))), "tp_dianping_view", "view", "dianping", venue)
        ev(c, bts, "tp_booking", "submit", ch, venue, sid, booking_source=src, party_size=party, lanes=lanes,
           hours=hours, slot_time=slot, **common)
        p_nodep = {"mini_program": 0.05, "app": 0.09, "meituan": 0.03, "dianping": 0.06}[src]
        if rng.random() < p_nodep:
            return                                        # booking lapsed, no deposit
        deposit = 50.0 * lanes
        dts = bts + D(minutes=int(rng.integers(1, 15)))
        ev(c, dts, "tp_deposit", "paid", ch, venue, sid, booking_source=src, amount=deposit, **common)
        pay = "meituan_voucher" if src == "meituan" else choice(["wechat", "alipay"], [0.7, 0.3])
        dep = order(c, dts, deposit, "deposit", venue, channel=ch, device=c["device"] if ch in ("app", "mini_program")
                    else None, visit_id=vid, booking_source=src, pay_method=pay, lanes=lanes)
        if rng.random() < {"meituan": 0.11, "dianping": 0.09}.get(src, 0.07):
            cts = dts + (slot - dts) * float(rng.uniform(0.1, 0.9))
            ev(c, cts, "tp_cancel", "cancelled", ch, venue, booking_source=src, **common)
            delay = float(rng.uniform(2.5, 8.5)) if src in ("meituan", "dianping") else float(rng.uniform(0.02, 1.0))
            rts = cts + D(days=delay)
            if rts <= END_DT and dep:
                ev(c, rts, "tp_deposit_refund", "refunded", "system", venue, booking_source=src, amount=deposit,
                   **common)
                dep["status"], dep["refunded_at"] = "refunded", rts
            if rng.random() < (0.35 if src in ("meituan", "dianping") else 0.06) and delay > 3:
                add_fb("refund_slow", c, rts + D(hours=int(rng.integers(1, 30))),
                       choice(["call_note", "meituan_review" if src == "meituan" else "dianping"], [0.6, 0.4]),
                       rating=None, venue=venue)
            return
        p_noshow = {"mini_program": 0.055, "app": 0.07, "meituan": 0.21, "dianping": 0.12}[src]
        if gt == "corporate":
            p_noshow *= 0.5
        if rng.random() < p_noshow:
            if src == "meituan" and rng.random() < 0.06:
                add_fb("booking_issue", c, slot + D(hours=int(rng.integers(1, 48))), "call_note", venue=venue)
            return                                        # no-show: deposit kept
        cin = slot + D(minutes=int(rng.integers(-15, 11)))
    else:
        cin = slot + D(minutes=int(rng.integers(-5, 20)))
        ev(c, cin - D(minutes=int(rng.integers(1, 4))), "tp_walkin", "arrived", "store", venue, party_size=party,
           **common)
    if cin > END_DT:
        return
    c["visits"] += 1
    ev(c, cin, "tp_checkin", "checked_in", "store", venue, booking_source=src, party_size=party, lanes=lanes,
       **common)
    # shoes
    pairs = int(rng.binomial(party, 0.3 if c["league"] else 0.85))
    if pairs > 0:
        ev(c, cin + D(minutes=int(rng.integers(1, 6))), "tp_shoe_rental", "rented", "store", venue, pairs=pairs,
           **common)
    # games
    n_lanes = VENUES[venue][4]
    lane_i = int(rng.integers(1, n_lanes + 1 - (lanes - 1)))
    lane = f"L{lane_i:02d}"
    weekend = d.weekday() >= 5
    t = cin + D(minutes=lognorm(13 if weekend else 5.5, 0.45))
    wait_first = (t - cin).total_seconds() / 60
    n_games = {1: choice([2, 3], [0.7, 0.3]), 2: choice([3, 4, 5], [0.3, 0.5, 0.2]), 3: choice([5, 6, 7])}[hours]
    jams = 0
    play_start = t
    per_person = 4.2 if gt != "family" else 5.5
    for k in range(1, n_games + 1):
        jam = rng.random() < jam_prob(venue, lane, d)
        jams += jam
        dur = per_person * min(party, 6) * float(rng.uniform(0.85, 1.2)) + (float(rng.uniform(6, 18)) if jam else 0)
        score = int(np.clip(rng.normal(c["skill"] + 2 * min(c["visits"], 10), 22), 20, 300))
        ev(c, t, "tp_game", "played", "store", venue, game_no=k, lane=lane, score=score,
           pinsetter_jam="yes" if jam else "no", duration_min=round(dur, 1), **common)
        t = t + D(minutes=dur + float(rng.uniform(0.5, 2.5)))
    play_end = t
    # food & drink at the lane
    p_fnb = 0.72 if gt != "student" else 0.55
    if venue == "NS" and d >= NS_KITCHEN:
        p_fnb *= 0.72
    fnb_total, slow = 0.0, 0.0
    if rng.random() < p_fnb:
        n_orders = choice([1, 2, 3], [0.55, 0.33, 0.12])
        for _ in range(n_orders):
            ots = play_start + (play_end - play_start) * float(rng.uniform(0.02, 0.8))
            ticket = nid("fnb", "T", 6)
            cat = choice(["drinks", "snacks", "meal", "beer_tower"], [0.35, 0.35, 0.18, 0.12])
            amt = {"drinks": 58, "snacks": 68, "meal": 128, "beer_tower": 198}[cat] * float(rng.uniform(0.8, 1.5))
            amt = round(amt * (1 if party <= 4 else 1.4))
            fnb_total += amt
            ev(c, ots, "tp_fnb_order", "ordered", "store", venue, fnb_ticket=ticket, item_category=cat,
               lane=lane, **common)
            sm = serve_minutes(venue, d)
            slow = max(slow, sm)
            ev(c, ots + D(minutes=sm), "tp_fnb_served", "served", "store", venue, fnb_ticket=ticket,
               item_category=cat, lane=lane, **common)
    # final bill
    bts = play_end + D(minutes=int(rng.integers(2, 10)))
    if bts > END_DT:
        return
    ev(c, bts, "tp_final_bill", "paid", "store", venue, **common)
    pay = choice(["wechat", "alipay", "card"], [0.62, 0.3, 0.08])
    if c["card_games"] > 0:
        c["card_games"] = max(0, c["card_games"] - n_games)
    else:
        order(c, bts, max(0.0, rate * hours * lanes - deposit), "lane_fee", venue, channel="store", visit_id=vid,
              pay_method=pay, lanes=lanes, hours=hours, booking_source=src)
    if pairs:
        order(c, bts, 15 * pairs, "shoe_rental", venue, channel="store", visit_id=vid, pay_method=pay, pairs=pairs)
    if fnb_total:
        order(c, bts, fnb_total, "food_drink", venue, channel="store", visit_id=vid, pay_method=pay)
    # game card
    if c["card_games"] <= 0:
        p_card = {"friends": 0.05, "family": 0.04, "student": 0.1, "corporate": 0.012}[gt]
        if venue == "WJ" and d >= WJ_PINSETTER:
            p_card *= 0.3
        if CARD_PROMO[0] <= d <= CARD_PROMO[1]:
            p_card *= 3.2
        if rng.random() < p_card:
            cts = bts + D(minutes=int(rng.integers(1, 10))) if rng.random() < 0.5 else at(
                d + D(int(rng.integers(1, 25))), 9, 23)
            promo = CARD_PROMO[0] <= cts.date() <= CARD_PROMO[1]
            ch = "store" if cts.date() == d else "mini_program"
            if ev(c, cts, "tp_game_card", "purchased", ch, venue, card_type="10_games", promo="yes" if promo else "no"):
                order(c, cts, 299 if promo else 399, "game_card", venue, channel=ch,
                      device=c["device"] if ch == "mini_program" else None, pay_method="wechat",
                      card_type="10_games")
                c["card_games"] = 10
    # league
    if not c["league"] and c["visits"] >= 2 and gt in ("friends", "student") and rng.random() < 0.045:
        lts = at(d + D(int(rng.integers(1, 10))), 10, 22)
        if ev(c, lts, "tp_league_join", "registered", "mini_program", venue):
            order(c, lts, 880, "league_fee", venue, channel="mini_program", device=c["device"], pay_method="wechat")
            c["league"] = True
    # feedback after the visit
    dj = venue == "JA" and d >= JA_DJ_NIGHTS and d.weekday() in (4, 5, 6) and slot.hour >= 19
    topics = ["lane_broken", "food_slow", "music_loud", "wait_lane", "staff_friendly", "shoes_dirty", "fun_general",
              "neutral", "booking_issue"]
    w = [4.0 if jams else 0.08, 4.0 if slow > 25 else 0.1,
         (7.0 if gt == "family" else 3.0) if dj else 0.015, 1.0 if wait_first > 15 else 0.08,
         0.55, 0.15 if pairs else 0.0, 1.6, 0.45, 0.35 if src == "meituan" else 0.04]
    p_fb = 0.24 + (0.14 if (jams or slow > 25) else 0.2 if dj else 0)
    if rng.random() < p_fb:
        topic = choice(topics, w)
        ch = choice(["survey", "dianping", "meituan_review", "xiaohongshu"], [0.6, 0.18, 0.14, 0.08])
        rating = rating_for(topic) if ch != "xiaohongshu" else None
        nps = nps_for(rating) if ch == "survey" and rng.random() < 0.65 else None
        fts = play_end + D(minutes=int(rng.integers(20, 600)))
        if ch in ("dianping", "xiaohongshu") and rng.random() < 0.22:
            fts = None
        add_fb(topic, c, fts, ch, rating, nps, venue, vid if ch == "survey" else None, lane)


def corporate(c, d: date, venue: str):
    lts = at(d, 9.5, 18.5)
    ch = choice(["phone", "wechat", "web_form"], [0.45, 0.35, 0.2])
    head = int(rng.integers(12, 81))
    lid = nid("lead", "L", 5)
    ev(c, lts, "tp_corp_lead", "enquiry", ch, venue, headcount=head, lead_channel=ch, lead_id=lid)
    if rng.random() < 0.06:
        return
    qts = lts + D(days=lognorm(1.2, 0.6))
    if not ev(c, qts, "tp_corp_quote", "sent", "email", venue, headcount=head, lead_id=lid):
        return
    p_held = {"BJ": 0.74, "CX": 0.92, "JA": 0.5, "WJC": 0.48, "SLT": 0.52, "WJ": 0.42, "NS": 0.5}[venue]
    per_head = VENUES[venue][6]
    if rng.random() < p_held:
        ed = (qts + D(days=float(rng.uniform(5, 40)))).date()
        if ed > END:
            return
        ots = qts + D(days=float(rng.uniform(0.5, 4)))
        order(c, ots, head * per_head, "corporate_package", venue, channel="corporate_sales",
              pay_method="bank_transfer", headcount=head, lead_id=lid)
        hts = datetime(ed.year, ed.month, ed.day) + D(hours=float(choice([14, 18.5, 19])))
        ev(c, hts, "tp_corp_event", "held", "store", venue, headcount=head, lead_id=lid,
           lanes=min(VENUES[venue][4], math.ceil(head / 6)))
        if rng.random() < 0.42:
            tp = choice(["team_event_good", "staff_friendly", "food_slow", "fun_general", "neutral"],
                        [0.6, 0.12, 0.08 if venue != "NS" or ed < NS_KITCHEN else 0.35, 0.12, 0.08])
            add_fb(tp, c, hts + D(hours=int(rng.integers(4, 60))), "corporate_survey", rating_for(tp), None, venue)
    elif rng.random() < 0.3:
        ots = qts + D(days=float(rng.uniform(1, 5)))
        order(c, ots, head * per_head, "corporate_package", venue, status="cancelled", channel="corporate_sales",
              pay_method="bank_transfer", headcount=head, lead_id=lid)


# ---------- simulate ----------
for c in cust:
    home = c["home"]
    if c["prospect"]:
        d = pick_day(home, c["gtype"])
        if c["acq"] == "meituan":
            ev(c, at(d, 9, 24), "tp_meituan_deal", "view", "meituan", home)
        else:
            ev(c, at(d, 9, 24), "tp_dianping_view", "view", "dianping", home)
        continue
    gt = c["gtype"]
    if gt == "corporate":
        for _ in range(choice([1, 2, 3], [0.7, 0.23, 0.07])):
            lo = VENUES[home][3]
            a = DAY_IDX[max(lo, START)]
            w = BASE_W[a:] * np.array([2.0 if x.month in (11, 12, 1) else 1.0 for x in DAYS[a:]])
            corporate(c, DAYS[a + int(rng.choice(len(w), p=w / w.sum()))], home)
        n_vis = choice([0, 1, 2], [0.55, 0.35, 0.1])
    elif gt == "student":
        n_vis = choice([1, 2, 3, 4, 6, 8], [0.3, 0.24, 0.18, 0.12, 0.1, 0.06])
    elif gt == "friends":
        n_vis = choice([1, 2, 3, 5, 7], [0.42, 0.27, 0.16, 0.1, 0.05])
    else:
        n_vis = choice([1, 2, 3, 4], [0.5, 0.3, 0.13, 0.07])
    d = pick_day(home, gt)
    k = 0
    while d is not None and d <= END and (k < n_vis or (c["card_games"] > 0 and rng.random() < 0.85)):
        v = home if rng.random() < 0.9 else choice(list(VENUES))
        if d < VENUES[v][3]:
            v = home
        visit(c, d, v)
        k += 1
        gap = rng.exponential(15 if (c["card_games"] > 0 or c["league"]) else 60)
        nxt = d + D(days=max(1, int(gap)))
        d = pick_day(home, gt, nxt, nxt + D(days=21)) if nxt <= END else None

# standalone comments: call notes and Xiaohongshu posts not tied to a visit
for _ in range(230):
    c = cust[int(rng.integers(0, N_CUST))]
    v = c["home"]
    d = pick_day(v, c["gtype"])
    topic = choice(["fun_general", "lane_broken", "food_slow", "booking_issue", "refund_slow", "shoes_dirty",
                    "music_loud", "neutral"], [0.3, 0.1, 0.08, 0.15, 0.14, 0.06, 0.02, 0.12])
    if topic == "lane_broken" and d >= WJ_PINSETTER and rng.random() < 0.6:
        v = "WJ"
    if topic == "food_slow" and d >= NS_KITCHEN and rng.random() < 0.6:
        v = "NS"
    ch = choice(["xiaohongshu", "call_note"], [0.5, 0.5])
    ts = at(d, 8, 23.9)
    if ch == "xiaohongshu" and rng.random() < 0.3:
        ts = None
    add_fb(topic, c, ts, ch, None, None, v)

# ---------- customers table ----------
last: dict = {}
spend: dict = {}
for e in events:
    last[e["customer_id"]] = max(last.get(e["customer_id"], e["ts"]), e["ts"])
for o in orders:
    if o["status"] == "paid":
        spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
loyal = {o["customer_id"] for o in orders if o["product_type"] in ("game_card", "league_fee")}
cust_rows = []
for c in cust:
    cid = c["customer_id"]
    if c["signup_at"] is None or cid not in last:
        continue
    if cid in loyal and last[cid] >= datetime(2026, 1, 1):
        seg = "vip"
    elif c["signup_at"] >= datetime(2026, 1, 1):
        seg = "new"
    elif last[cid] < datetime(2026, 1, 1):
        seg = "at_risk"
    else:
        seg = "returning"
    s = spend.get(cid, 0)
    tier = "gold" if s >= 3000 else "silver" if s >= 1000 else "standard"
    cust_rows.append(dict(customer_id=cid, signup_at=c["signup_at"] - D(minutes=int(rng.integers(1, 30))),
                          segment=seg, region=REGION[c["city"]], acquisition_channel=c["acq"], tier=tier,
                          会员等级=TIER_ZH[tier], guest_type=c["gtype"], 客群=GTYPE_ZH[c["gtype"]],
                          age_band=c["age"], gender=c["gender"], city=c["city"], home_venue=VENUES[c["home"]][0],
                          language=c["lang"], primary_device=c["device"]))


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
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
                                    "channel", "visit_id", "venue", "门店", "booking_source", "party_size", "lanes",
                                    "hours", "slot_time", "time_slot", "时段", "amount", "pairs", "game_no", "lane",
                                    "score", "pinsetter_jam", "duration_min", "fnb_ticket", "item_category",
                                    "card_type", "promo", "headcount", "lead_id", "lead_channel", "review_id"])
    ords = sorted(orders, key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ords, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                     "product_type", "品类", "venue", "门店", "visit_id", "booking_source", "lanes",
                                     "hours", "pairs", "card_type", "headcount", "lead_id", "pay_method",
                                     "refunded_at", "currency"])
    fbs = sorted(feedback, key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", fbs, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "venue", "门店", "visit_id", "language"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(evs)}, orders {len(ords)}, feedback {len(fbs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
