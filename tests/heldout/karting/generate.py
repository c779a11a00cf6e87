"""极速 VeloKart: indoor go-kart tracks in Shanghai (2), Chengdu, Guangzhou and Wuhan with online booking, 5-race
passes, a racing league and corporate team-building packages. History runs 2024-07-01 .. 2026-05-31 (today is
2026-12-01).

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
START, END = date(2024, 7, 1), date(2026, 5, 31)
N_CUST = 3900          # customers who raced / enquired
N_PROSPECT = 700       # saw a Douyin video or a Meituan deal, never booked
WUHAN_LIMITER = date(2025, 9, 15)        # speed limiters on Wuhan standard karts: slower laps, "karts too slow"
PUDONG_JAM = date(2025, 10, 1)           # Pudong adds league/corporate blocks on weekends: long waits between races
GZ_TIMING = (date(2025, 11, 10), date(2026, 1, 18))   # Guangzhou transponder / timing screen failure
XUHUI_SLOW_QUOTES = date(2025, 9, 1)     # Xuhui corporate sales rep left: quotes take days, fewer events held
MEDIA_PRICE_UP = date(2025, 7, 1)        # photo + video pack 49 -> 79
END_DT = datetime(2026, 5, 31, 23, 59, 59)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_douyin_view", "抖音视频", "Douyin video", "awareness", "social", "digital", "marketing",
     "抖音|短视频|抖音广告|刷到视频|douyin|tiktok|short video|video ad"),
    ("tp_meituan_view", "美团团购页", "Meituan deal page", "consideration", "other", "digital", "marketing",
     "美团|团购|大众点评团购|美团券|meituan|group deal|deal page|voucher"),
    ("tp_slot_browse", "查看场次", "Browse race slots", "consideration", "mini_program", "digital", "ecommerce",
     "看场次|查场次|选时段|浏览场次|slots|browse slots|availability|race slots"),
    ("tp_booking", "在线订场", "Race slot booked", "purchase", "mini_program", "digital", "ecommerce",
     "订场|预约|订位|下单|约场|booking|book|booked|reservation|reserve a slot"),
    ("tp_walkin", "现场购票", "Walk-in ticket", "purchase", "store", "physical", "front_desk",
     "现场买票|到店购票|散客|前台买票|walk-in|walk in|counter ticket"),
    ("tp_cancel", "取消场次", "Slot cancelled", "purchase", "mini_program", "digital", "ecommerce",
     "取消|退订|取消预约|cancel|cancellation|cancelled slot"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance", "退款|退钱|refund|refunded"),
    ("tp_waiver", "签署免责声明", "Waiver signed", "service", "store", "physical", "front_desk",
     "免责声明|签免责|安全协议|风险告知书|waiver|release form|sign waiver"),
    ("tp_briefing", "安全讲解", "Safety briefing", "service", "store", "physical", "track_ops",
     "安全培训|安全讲解|赛前讲解|教练讲解|briefing|safety briefing|drivers briefing|safety talk"),
    ("tp_race", "比赛场次", "Race session", "service", "store", "physical", "track_ops",
     "跑一节|一节|比赛|开跑|上赛道|race|heat|session|race session|lap"),
    ("tp_timing", "计时屏", "Timing screen", "service", "store", "physical", "track_ops",
     "计时|成绩屏|圈速屏|大屏|timing|timing screen|lap timer|scoreboard|transponder"),
    ("tp_media", "照片视频购买", "Photo/video purchase", "service", "store", "physical", "front_desk",
     "照片|视频|跟拍|照片视频包|photo|video|photos|photo pack|media"),
    ("tp_pass", "购买5次卡", "5-race pass bought", "loyalty", "mini_program", "digital", "membership",
     "次卡|5次卡|五次卡|套票|会员卡|pass|5-race pass|race pass|multi-race pass"),
    ("tp_league_join", "加入联赛", "League joined", "loyalty", "mini_program", "digital", "league",
     "报名联赛|加入联赛|联赛报名|league signup|join league|league registration"),
    ("tp_league_night", "联赛比赛夜", "League race night", "loyalty", "store", "physical", "league",
     "联赛之夜|联赛夜|积分赛|league night|race night|league race"),
    ("tp_corp_enquiry", "团建咨询", "Corporate enquiry", "consideration", "phone", "digital", "corporate_sales",
     "团建咨询|企业咨询|询价|包场咨询|corporate enquiry|team building enquiry|group enquiry|inquiry"),
    ("tp_corp_quote", "团建报价", "Corporate quote sent", "consideration", "email", "digital", "corporate_sales",
     "报价|方案报价|发报价|quote|proposal|quotation"),
    ("tp_corp_event", "团建活动", "Corporate event held", "purchase", "store", "physical", "corporate_sales",
     "团建|企业活动|包场|年会|team building|corporate event|company event|private hire"),
    ("tp_survey", "赛后问卷", "Post-race survey", "loyalty", "mini_program", "digital", "cx",
     "问卷|满意度调查|评分|survey|post-race survey|CSAT"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("race_day", "订场到开跑", "Booking to race",
     ["tp_booking", "tp_waiver", "tp_briefing", "tp_race"], 14),
    ("online_booking", "小程序/App订场", "Online slot booking", ["tp_slot_browse", "tp_booking"], 3),
    ("pass_upsell", "跑完办次卡", "Race to 5-race pass", ["tp_race", "tp_pass"], 30),
    ("league", "联赛参赛", "League participation", ["tp_league_join", "tp_league_night"], 45),
    ("corporate", "企业团建", "Corporate team building", ["tp_corp_enquiry", "tp_corp_quote", "tp_corp_event"], 60),
    ("douyin", "抖音引流到开跑", "Douyin to first race", ["tp_douyin_view", "tp_booking", "tp_race"], 14),
]
TRACKS = {  # id: en, zh, city, opened, standard-kart best lap (s), price per race (junior, standard, pro)
    "XH": ("Shanghai Xuhui", "上海徐汇店", "上海", START, 34.0, (108, 148, 228)),
    "PD": ("Shanghai Pudong", "上海浦东店", "上海", START, 41.0, (108, 148, 228)),
    "CD": ("Chengdu Gaoxin", "成都高新店", "成都", START, 38.0, (88, 118, 188)),
    "GZ": ("Guangzhou Tianhe", "广州天河店", "广州", START, 36.0, (98, 128, 208)),
    "WH": ("Wuhan Guanggu", "武汉光谷店", "武汉", date(2025, 3, 1), 37.0, (88, 118, 188)),
}
KART_ZH = {"junior": "青少年车", "standard": "标准车", "pro": "专业车"}
VTYPE_ZH = {"casual": "休闲玩家", "enthusiast": "发烧友", "corporate": "企业客户"}
MARSHALS = {
    "XH": ["阿杰", "小陈", "大伟"], "PD": ["老周", "阿文", "小林"], "CD": ["小杨", "阿川", "胖虎"],
    "GZ": ["阿乐", "小黄", "阿明"], "WH": ["小吴", "阿峰"],
}
STAR_MARSHAL = "阿杰"                      # Xuhui: praised briefings, best average rating
NEW_MARSHAL = ("小雨", "PD", date(2026, 4, 25))   # joins Pudong late: a handful of 5-star ratings (small-group trap)
CITIES = ["上海", "成都", "广州", "武汉", "其他"]
REGION = {"上海": "华东", "成都": "西南", "广州": "华南", "武汉": "华中", "其他": "其他"}
HOME = {"上海": ["XH", "PD"], "成都": ["CD"], "广州": ["GZ"], "武汉": ["WH"], "其他": list(TRACKS)}

# ---------- calendar ----------
DAYS = [START + D(i) for i in range((END - START).days + 1)]
DAY_IX = {d: i for i, d in enumerate(DAYS)}
CNY = [(date(2025, 1, 27), date(2025, 2, 4)), (date(2026, 2, 15), date(2026, 2, 23))]


def day_weight(tr: str, d: date) -> float:
    if d < TRACKS[tr][3]:
        return 0.0
    m = d.month
    w = {7: 1.35, 8: 1.4, 10: 1.15, 12: 1.05, 1: 0.9, 2: 0.8, 6: 1.1}.get(m, 1.0)
    if date(d.year, 10, 1) <= d <= date(d.year, 10, 7):
        w *= 1.8
    if any(a <= d <= b for a, b in CNY):
        w *= 0.5
    w *= 0.55 + 0.9 * (d - START).days / (END - START).days          # growth
    return w * (2.2 if d.weekday() >= 5 else 1.0)


CUM = {}
for _t in TRACKS:
    _w = np.array([day_weight(_t, d) for d in DAYS])
    CUM[_t] = np.cumsum(_w) / _w.sum()


def pick_day(tr: str, lo: date = START, hi: date = END) -> date | None:
    lo = max(lo, START, TRACKS[tr][3])
    hi = min(hi, END)
    if lo > hi:
        return None
    a, b = DAY_IX[lo], DAY_IX[hi]
    cum = CUM[tr]
    c0 = cum[a - 1] if a > 0 else 0.0
    if cum[b] - c0 <= 0:
        return None
    u = c0 + rng.random() * (cum[b] - c0)
    return DAYS[min(int(np.searchsorted(cum, u)), b)]


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def choice(items, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return items[int(rng.choice(len(items), p=p))]


def lognorm(median: float, sigma: float) -> float:
    return float(median * np.exp(rng.normal(0, sigma)))


# ---------- customers ----------
cust = []
for i in range(N_CUST + N_PROSPECT):
    prospect = i >= N_CUST
    city = choice(CITIES, [0.40, 0.17, 0.19, 0.14, 0.10])
    r = rng.random()
    vtype = "casual" if prospect or r < 0.63 else "enthusiast" if r < 0.84 else "corporate"
    home = choice(HOME[city], [0.62, 0.38] if city == "上海" else None)
    if vtype == "corporate" and home == "WH" and rng.random() < 0.8:    # few corporate clients in Wuhan
        home = choice(["XH", "PD", "CD", "GZ"])
        city = TRACKS[home][2]
    acq = ("corporate_sales" if vtype == "corporate" and rng.random() < 0.55 else
           choice(["douyin", "meituan", "referral", "walk_in", "xiaohongshu"], [0.34, 0.27, 0.17, 0.14, 0.08]))
    if prospect:
        acq = choice(["douyin", "meituan"], [0.65, 0.35])
    skill = {"casual": choice(["beginner", "intermediate"], [0.8, 0.2]),
             "enthusiast": choice(["intermediate", "advanced"], [0.55, 0.45]),
             "corporate": choice(["beginner", "intermediate"], [0.7, 0.3])}[vtype]
    age = choice(["<18", "18-24", "25-34", "35-44", "45+"],
                 [0.04, 0.28, 0.40, 0.20, 0.08] if vtype != "corporate" else [0, 0.08, 0.45, 0.35, 0.12])
    cust.append(dict(customer_id=f"VK{i + 1:05d}", city=city, vtype=vtype, home=home, acq=acq, skill=skill, age=age,
                     gender="M" if rng.random() < (0.72 if vtype == "enthusiast" else 0.58) else "F",
                     lang="en" if rng.random() < {"上海": 0.1, "广州": 0.07}.get(city, 0.02) else "zh",
                     device=choice(["ios", "android"], [0.55, 0.45]), prospect=prospect, signup_at=None,
                     pass_left=0, visits=0, league=False, last_race=None))

events, orders, feedback, truth = [], [], [], []
cnt = {"sess": 0, "order": 0, "visit": 0, "fb": 0, "enq": 0}


def nid(kind: str, prefix: str, width: int) -> str:
    cnt[kind] += 1
    return f"{prefix}{cnt[kind]:0{width}d}"


def ev(c, ts, tp, action, channel, sid=None, tr=None, **extra):
    dev = c["device"] if channel in ("app", "mini_program") else None
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sid, action=action, device=dev,
               channel=channel)
    if tr:
        row.update(track=TRACKS[tr][0], 赛道馆=TRACKS[tr][1])
    row.update(extra)
    events.append(row)
    if c["signup_at"] is None or ts < c["signup_at"]:
        c["signup_at"] = ts
    return row


def order(c, ts, amount, product, tr=None, status="paid", **extra):
    o = dict(order_id=nid("order", "K", 6), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, product_type=product, currency="CNY")
    if tr:
        o.update(track=TRACKS[tr][0], 赛道馆=TRACKS[tr][1])
    o.update(extra)
    orders.append(o)
    return o


# ---------- feedback ----------
T = {
    "karts_slow": {
        "zh": ["车太慢了，油门踩到底也没劲", "标准车跑起来跟电瓶车一样，一点都不刺激", "卡丁车明显比上次慢了，是不是加了限速？",
               "直道上完全提不起速，车况太差了", "{tz}的车太肉了，跑着没意思", "车速太慢，白花钱了，不如去别家",
               "这车马力不够啊，被小孩的车追上了"],
        "en": ["Karts felt really slow, no power on the straights", "The standard karts at {te} are painfully slow now",
               "Karts seem speed-limited, not much fun anymore", "Way too slow for the price, felt like a bumper car"]},
    "wait_long": {
        "zh": ["两节之间等了快一个小时，太浪费时间了", "跑完第一节等下一节等了{m}分钟", "周末人太多，讲解完还要等很久才上车",
               "排队等场等太久了，孩子都等烦了", "{tz}周末别去，跑一节等半天", "两场之间空等{m}分钟，安排太乱"],
        "en": ["Waited almost an hour between our races", "Long wait between heats, {m} minutes of standing around",
               "Too much waiting at {te} on the weekend, race schedule was a mess"]},
    "timing_wrong": {
        "zh": ["计时屏上的成绩不对，我的最快圈根本没显示", "大屏显示的圈速和小票上的不一样", "计时系统出错了，整节比赛没有成绩",
               "成绩屏把我和朋友的名字搞反了，圈速全错", "{tz}的计时屏又坏了，跑完没有圈速", "最快圈显示成了别人的，计时有问题"],
        "en": ["The timing screen showed the wrong lap times", "No lap times recorded for our whole session, timing was "
               "broken", "Scoreboard at {te} mixed up our names and times"]},
    "briefing_good": {
        "zh": ["安全讲解很细致，教练很耐心", "{mz}讲解得特别清楚，新手也不慌", "赛前培训讲得很到位，旗语都教了一遍",
               "工作人员讲解很专业，安全感满满", "教练{mz}讲解很有意思，还教了过弯技巧"],
        "en": ["Safety briefing was clear and the marshal was great", "{mz} gave an excellent briefing, very patient "
               "with beginners", "Staff explained the flags and rules really well"]},
    "team_building_good": {
        "zh": ["公司团建来的，大家玩得很嗨，组织得很好", "年会活动选在这里太对了，同事们都说好玩", "团建包场体验很棒，颁奖环节很有气氛",
               "带团队来比赛，分组对抗特别适合团建", "团建流程安排得很顺，销售很专业"],
        "en": ["Great for team building, our whole team loved it", "Perfect corporate event, well organised with "
               "a podium ceremony", "Brought 40 colleagues, fantastic team building day"]},
    "photo_expensive": {
        "zh": ["照片视频包太贵了，{p}块就几张图", "拍照收费太高，视频还模糊", "照片涨价了，不值这个钱", "跟拍视频贵而且剪得很一般"],
        "en": ["Photo and video pack is overpriced", "{p} RMB for a few blurry photos, no thanks"]},
    "booking_issue": {
        "zh": ["美团团购券到店核销不了，在前台折腾半天", "团购的券说不能约周末，页面上没写清楚", "美团上订的场次到店说没有记录",
               "团购券预约太麻烦了"],
        "en": ["Meituan voucher couldn't be redeemed at the desk", "Booked through Meituan but the track had no record "
               "of it"]},
    "refund_slow": {
        "zh": ["取消场次后退款一直没到账", "退款等了一个星期，客服一直说在处理", "取消预约说原路退回，到现在还没收到"],
        "en": ["Cancelled my slot and still waiting for the refund", "Refund took over a week after cancelling"]},
    "helmet_hygiene": {
        "zh": ["头盔有汗味，希望多消毒", "头套太少了，头盔里面湿湿的", "头盔卫生需要改进"],
        "en": ["Helmets smelled bad, please clean them more often"]},
    "fun_general": {
        "zh": ["很好玩，下次还来", "和朋友来玩超开心，赛道很有意思", "第一次玩卡丁车，很过瘾", "场地干净，赛道设计不错，推荐",
               "带孩子来玩的，孩子很喜欢青少年车", "刺激！跑完还想再跑一节"],
        "en": ["So much fun, will come back", "Great track layout, had a blast with friends", "First time karting, "
               "loved every minute"]},
    "neutral": {
        "zh": ["还行吧，中规中矩", "一般般，价格有点小贵", "体验还可以，没什么特别的"],
        "en": ["It was ok", "Decent but nothing special"]},
}
SENT = {"karts_slow": "negative", "wait_long": "negative", "timing_wrong": "negative", "briefing_good": "positive",
        "team_building_good": "positive", "photo_expensive": "negative", "booking_issue": "negative",
        "refund_slow": "negative", "helmet_hygiene": "negative", "fun_general": "positive", "neutral": "neutral"}
TOPIC_TP = {"karts_slow": "tp_race", "wait_long": "tp_race", "timing_wrong": "tp_timing",
            "briefing_good": "tp_briefing", "team_building_good": "tp_corp_event", "photo_expensive": "tp_media",
            "booking_issue": "tp_booking", "refund_slow": "tp_refund", "helmet_hygiene": "tp_race",
            "fun_general": "tp_race", "neutral": "tp_race"}


def rating_for(topic: str) -> int:
    s = SENT[topic]
    if s == "positive":
        return choice([4, 5], [0.3, 0.7])
    if s == "neutral":
        return choice([3, 4], [0.6, 0.4])
    if topic in ("timing_wrong", "booking_issue", "refund_slow"):
        return choice([1, 2, 3], [0.45, 0.4, 0.15])
    return choice([1, 2, 3], [0.25, 0.45, 0.30])


def nps_for(rating: int) -> int:
    lo, hi = {1: (0, 3), 2: (1, 5), 3: (4, 7), 4: (7, 9), 5: (9, 10)}[rating]
    return int(rng.integers(lo, hi + 1))


def add_fb(topic, lang, ts, c, channel, rating=None, nps=None, tr=None, marshal=None, visit_id=None, kart=None,
           wait=None):
    tpl = choice(T[topic][lang])
    text = tpl.format(m=wait or int(rng.integers(35, 60)), tz=TRACKS[tr][1] if tr else "店里",
                      te=TRACKS[tr][0] if tr else "the track", mz=marshal or "教练",
                      p=79 if ts is None or ts.date() >= MEDIA_PRICE_UP else 49)
    if ts is not None and ts > END_DT:
        return
    fid = nid("fb", "F", 5)
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None,
                         touchpoint_id=TOPIC_TP[topic], channel=channel, rating=rating, nps=nps,
                         track=TRACKS[tr][0] if tr else None, 赛道馆=TRACKS[tr][1] if tr else None,
                         marshal=marshal, visit_id=visit_id, kart_class=kart, language=lang))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


# ---------- one visit ----------
def best_lap(c, tr, kart, d) -> float:
    base = TRACKS[tr][4] + {"junior": 6.5, "standard": 0.0, "pro": -4.0}[kart]
    base += {"beginner": 2.6, "intermediate": 1.0, "advanced": -0.6}[c["skill"]]
    base -= min(2.0, 0.12 * c["visits"])
    if tr == "WH" and kart == "standard" and d >= WUHAN_LIMITER:
        base += 2.9
    return round(base + abs(rng.normal(0, 1.1)), 3)


def pudong_jam(tr, d) -> bool:
    return tr == "PD" and d >= PUDONG_JAM and d.weekday() >= 5


def marshal_for(tr, d) -> str:
    names = list(MARSHALS[tr])
    if tr == NEW_MARSHAL[1] and d >= NEW_MARSHAL[2]:
        names.append(NEW_MARSHAL[0])
    return choice(names)


def price(tr, kart, d) -> float:
    p = TRACKS[tr][5][{"junior": 0, "standard": 1, "pro": 2}[kart]]
    return p * (1.08 if d >= date(2026, 1, 1) else 1.0)


def visit(c, d: date, tr: str):
    vid = nid("visit", "V", 6)
    vt = c["vtype"]
    kart = (choice(["junior", "standard", "pro"], [0.22, 0.73, 0.05]) if vt == "casual" else
            choice(["standard", "pro"], [0.45, 0.55]) if vt == "enthusiast" else "standard")
    if c["age"] == "<18":
        kart = "junior"
    if vt == "casual" and d.month in (7, 8) and rng.random() < 0.25:
        kart = "junior"                      # school holidays: parents book for kids
    n_races = (choice([1, 2, 3], [0.5, 0.35, 0.15]) if vt != "enthusiast" else choice([1, 2, 3], [0.15, 0.45, 0.4]))
    use_pass = c["pass_left"] > 0
    if use_pass:
        n_races = min(n_races, c["pass_left"])
    weekend = d.weekday() >= 5
    slot_h = float(rng.uniform(11, 21.5)) if weekend else float(rng.uniform(14, 21.5))
    slot = datetime(d.year, d.month, d.day) + D(minutes=int(slot_h * 60) // 15 * 15)
    walk_in = (not use_pass) and rng.random() < (0.45 if c["acq"] == "walk_in" else 0.18)
    src = None
    common = dict(visit_id=vid, kart_class=kart, 车型级别=KART_ZH[kart])
    amount = price(tr, kart, d) * n_races
    if walk_in:
        arrive = slot - D(minutes=int(rng.integers(32, 50)))
        ev(c, arrive, "tp_walkin", "ticket", "store", None, tr, booking_source="walk_in", races=n_races, **common)
        order(c, arrive, amount, "race_ticket", tr, channel="store", visit_id=vid, kart_class=kart, races=n_races,
              pay_method=choice(["wechat", "alipay", "card"], [0.6, 0.3, 0.1]), booking_source="walk_in")
    else:
        pm = "pass" if use_pass else None
        src = ("meituan" if not use_pass and rng.random() < (0.6 if c["acq"] == "meituan" else 0.12)
               else choice(["mini_program", "app"], [0.7, 0.3]))
        lead = min(int(rng.geometric(0.3)) - 1, 12)
        bd = d - D(lead)
        if bd < START:
            return
        bts = at(bd, 9, 23.5) if lead > 0 else slot - D(minutes=int(rng.integers(40, 300)))
        if bts >= slot:
            bts = slot - D(minutes=45)
        if src == "meituan":
            ev(c, bts - D(minutes=int(rng.integers(2, 15))), "tp_meituan_view", "view", "meituan", None, tr)
        else:
            for _ in range(int(rng.poisson(0.5))):          # earlier looks that did not book
                od = bts - D(days=int(rng.integers(1, 6)), minutes=int(rng.integers(0, 600)))
                if od.date() >= START:
                    ev(c, od, "tp_slot_browse", "view", src, nid("sess", "S", 6), tr)
            sid = nid("sess", "S", 6)
            ev(c, bts - D(minutes=int(rng.integers(1, 8))), "tp_slot_browse", "view", src, sid, tr)
        ev(c, bts, "tp_booking", "booked", src, sid if src != "meituan" else None, tr, booking_source=src,
           slot_time=slot, races=n_races, pay_method=pm, **common)
        tk = None
        if not use_pass:
            amt = amount * (0.72 if src == "meituan" else 1.0)
            tk = order(c, bts, amt, "race_ticket", tr, channel=src, device=c["device"] if src != "meituan" else None,
                       visit_id=vid, kart_class=kart, races=n_races, booking_source=src,
                       pay_method="meituan_voucher" if src == "meituan" else choice(["wechat", "alipay"], [0.75, 0.25]))
        # cancel / no-show
        r = rng.random()
        p_cancel, p_noshow = (0.10, 0.19) if src == "meituan" else (0.06, 0.035)
        if r < p_cancel:
            cts = bts + (slot - bts) * float(rng.uniform(0.1, 0.9))
            ev(c, cts, "tp_cancel", "cancel", src, None, tr, booking_source=src, **common)
            if tk is not None:
                slow = src == "meituan"
                rts = cts + D(days=float(rng.uniform(3, 9) if slow else rng.uniform(0.05, 2)))
                if rts > END_DT:
                    return
                tk["status"], tk["refunded_at"] = "refunded", rts
                ev(c, rts, "tp_refund", "refunded", "system", None, tr, booking_source=src, **common)
                if slow and rng.random() < 0.12:
                    add_fb("refund_slow", c["lang"], rts - D(days=1), c, choice(["call_note", "meituan_review"]),
                           None, None, tr)
            return
        if r < p_cancel + p_noshow:
            if src == "meituan" and rng.random() < 0.10:
                add_fb("booking_issue", c["lang"], slot + D(hours=2), c, "meituan_review", rating_for("booking_issue"),
                       None, tr)
            return
        if use_pass:
            c["pass_left"] -= n_races
    c["visits"] += 1
    # waiver
    online_waiver = (not walk_in) and src != "meituan" and rng.random() < 0.55
    if online_waiver:
        wts = bts + (slot - D(minutes=20) - bts) * float(rng.uniform(0.15, 0.95))
        ev(c, wts, "tp_waiver", "signed", src, None, tr, waiver_mode="online", **common)
    else:
        wts = slot - D(minutes=int(rng.integers(14, 30)))
        ev(c, wts, "tp_waiver", "signed", "store", None, tr, waiver_mode="kiosk", **common)
    if rng.random() < 0.012:
        return
    marshal = marshal_for(tr, d)
    brief = slot - D(minutes=int(rng.integers(8, 13)))
    ev(c, brief, "tp_briefing", "attended", "store", None, tr, marshal=marshal, **common)
    if rng.random() < 0.01:
        return
    jam = pudong_jam(tr, d)
    t = brief + D(minutes=lognorm(33 if jam else 11, 0.3))
    max_gap, timing_err, laps = 0.0, False, []
    for k in range(1, n_races + 1):
        if k > 1:
            gap = lognorm(52 if jam else 21, 0.28)
            max_gap = max(max_gap, gap)
            t = t + D(minutes=gap)
        err = rng.random() < (0.33 if tr == "GZ" and GZ_TIMING[0] <= d <= GZ_TIMING[1] else 0.006)
        timing_err |= err
        bl = None if err else best_lap(c, tr, kart, d)
        if bl:
            laps.append(bl)
        ev(c, t, "tp_race", "finished", "store", None, tr, race_no=k, race_type="open_session",
           best_lap_s=bl, laps={"junior": 8, "standard": 10, "pro": 12}[kart],
           timing_status="error" if err else "ok", marshal=marshal, **common)
    c["last_race"] = t
    # photo / video
    p_media = 0.34 if d < MEDIA_PRICE_UP else 0.21
    if kart == "junior" or vt == "corporate":
        p_media *= 1.5
    media_price = 49 if d < MEDIA_PRICE_UP else 79
    if rng.random() < p_media:
        mts = t + D(minutes=int(rng.integers(8, 25)))
        ev(c, mts, "tp_media", "purchased", "store", None, tr, **common)
        order(c, mts, media_price, "photo_video", tr, channel="store", visit_id=vid,
              pay_method=choice(["wechat", "alipay"], [0.7, 0.3]))
    # pass purchase
    if c["pass_left"] <= 0 and not use_pass:
        p_pass = {"casual": 0.045, "enthusiast": 0.34, "corporate": 0.02}[vt]
        if tr == "WH" and d >= WUHAN_LIMITER:
            p_pass *= 0.3
        if src == "meituan":
            p_pass *= 0.5
        if rng.random() < p_pass:
            pts = t + D(minutes=20) if rng.random() < 0.45 else at(d + D(int(rng.integers(1, 26))), 10, 23)
            if pts.date() <= END:
                pk = "pro" if kart == "pro" else "standard"
                ev(c, pts, "tp_pass", "purchased", "mini_program" if pts.date() > d else "store", None, tr,
                   pass_class=pk, visit_id=vid)
                order(c, pts, {"standard": 499, "pro": 799}[pk] * (TRACKS[tr][5][1] / 128), "pass_5race", tr,
                      channel="mini_program" if pts.date() > d else "store", pay_method="wechat", pass_class=pk)
                c["pass_left"] = 5
    # feedback after the visit
    ts_fb = t + D(minutes=int(rng.integers(20, 300)))
    topics, w = [], []
    if tr == "WH" and kart == "standard" and d >= WUHAN_LIMITER:
        topics.append("karts_slow"), w.append(3.0)
    else:
        topics.append("karts_slow"), w.append(0.12)
    if max_gap > 38 or (jam and rng.random() < 0.5):
        topics.append("wait_long"), w.append(3.0)
    if timing_err:
        topics.append("timing_wrong"), w.append(6.0)
    topics += ["briefing_good", "fun_general", "neutral", "helmet_hygiene", "photo_expensive"]
    w += [1.4 if marshal == STAR_MARSHAL else 0.35, 1.6, 0.45, 0.12, 0.35 if d >= MEDIA_PRICE_UP else 0.08]
    p_fb = 0.26 + (0.12 if (timing_err or max_gap > 38 or "karts_slow" in topics[:1] and w[0] > 1) else 0)
    if rng.random() < p_fb:
        w = np.array(w) / sum(w)
        topic = choice(topics, w)
        ch = choice(["survey", "meituan_review", "dianping", "douyin_comment"], [0.66, 0.14, 0.12, 0.08])
        rating = rating_for(topic) if ch != "douyin_comment" else None
        if ch == "survey" and marshal == STAR_MARSHAL and rating is not None and rating < 5 and rng.random() < 0.35:
            rating += 1
        nps = nps_for(rating) if ch == "survey" and rating is not None and rng.random() < 0.7 else None
        if ch in ("dianping", "douyin_comment") and rng.random() < 0.28:
            ts_fb = None
        add_fb(topic, c["lang"], ts_fb, c, ch, rating, nps, tr, marshal if ch == "survey" else None,
               vid if ch == "survey" else None, kart if ch == "survey" else None,
               wait=int(max_gap) if max_gap > 38 else None)


def league(c, d: date, tr: str):
    if d > END:
        return
    jts = at(d, 10, 23)
    ev(c, jts, "tp_league_join", "registered", "mini_program", None, tr)
    order(c, jts, 1280, "league_fee", tr, channel="mini_program", device=c["device"], pay_method="wechat")
    c["league"] = True
    for k in range(4):
        nd = d + D(days=int(rng.integers(10, 20)) + 30 * k)
        while nd.weekday() != 2:                     # Wednesday race nights
            nd += D(1)
        if nd > END or rng.random() > (0.85 if k == 0 else 0.75):
            continue
        vid = nid("visit", "V", 6)
        nts = datetime(nd.year, nd.month, nd.day, 19, 30) + D(minutes=int(rng.integers(-20, 10)))
        ev(c, nts, "tp_league_night", "checked_in", "store", None, tr, visit_id=vid, race_type="league")
        bl = best_lap(c, tr, "pro", nd)
        ev(c, nts + D(minutes=int(rng.integers(25, 70))), "tp_race", "finished", "store", None, tr, visit_id=vid,
           race_no=1, race_type="league", kart_class="pro", 车型级别=KART_ZH["pro"], best_lap_s=bl, laps=15,
           timing_status="ok")
        c["visits"] += 1


def corporate(c, d: date, tr: str):
    ets = at(d, 9.5, 18.5)
    ch = choice(["phone", "web_form", "wechat"], [0.45, 0.3, 0.25])
    head = int(rng.integers(12, 90))
    eid = nid("enq", "Q", 5)
    ev(c, ets, "tp_corp_enquiry", "enquiry", ch, None, tr, headcount=head, enquiry_channel=ch, enquiry_id=eid)
    slow = tr == "XH" and d >= XUHUI_SLOW_QUOTES
    if rng.random() < (0.12 if slow else 0.05):
        return
    qts = ets + D(days=lognorm(6.5 if slow else 1.1, 0.45))
    if qts > END_DT:
        return
    ev(c, qts, "tp_corp_quote", "sent", "email", None, tr, headcount=head, enquiry_id=eid)
    p_held = 0.25 if slow else {"WH": 0.92, "CD": 0.7}.get(tr, 0.55)
    per_head = {"XH": 328, "PD": 328, "CD": 258, "GZ": 288, "WH": 248}[tr]
    if rng.random() < p_held:
        ed = (qts + D(days=float(rng.uniform(6, 38)))).date()
        if ed > END:
            return
        ots = qts + D(days=float(rng.uniform(0.5, 4)))
        order(c, ots, head * per_head, "corporate_package", tr, channel="corporate_sales", pay_method="bank_transfer",
              headcount=head, enquiry_id=eid)
        hts = datetime(ed.year, ed.month, ed.day) + D(hours=float(rng.choice([10, 14, 18.5])))
        ev(c, hts, "tp_corp_event", "held", "store", None, tr, headcount=head, enquiry_id=eid)
        if rng.random() < 0.45:
            tp = choice(["team_building_good", "briefing_good", "wait_long", "fun_general", "neutral"],
                        [0.62, 0.1, 0.08 if tr != "PD" else 0.2, 0.12, 0.08])
            add_fb(tp, c["lang"], hts + D(hours=int(rng.integers(4, 60))), c, "corporate_survey", rating_for(tp),
                   None, tr)
    elif rng.random() < 0.3:
        ots = qts + D(days=float(rng.uniform(1, 5)))
        if ots.date() <= END:
            order(c, ots, head * per_head, "corporate_package", tr, status="cancelled", channel="corporate_sales",
                  pay_method="bank_transfer", headcount=head, enquiry_id=eid)


# ---------- simulate ----------
for c in cust:
    tr = c["home"]
    if c["prospect"]:
        d = pick_day(tr)
        tp = "tp_douyin_view" if c["acq"] == "douyin" else "tp_meituan_view"
        ch = "douyin" if tp == "tp_douyin_view" else "meituan"
        ev(c, at(d, 9, 24), tp, "view", ch, None, tr if tp == "tp_meituan_view" else None)
        continue
    if c["vtype"] == "corporate":
        n_enq = choice([1, 2, 3], [0.7, 0.23, 0.07])
        for _ in range(n_enq):
            w = np.array([day_weight(tr, x) * (1.9 if x.month in (11, 12, 1) else 1.0) for x in DAYS[::3]])
            dd = DAYS[::3][int(rng.choice(len(w), p=w / w.sum()))]
            corporate(c, dd, tr)
        n_vis = choice([0, 1, 2], [0.55, 0.35, 0.10])
    elif c["vtype"] == "enthusiast":
        n_vis = int(rng.integers(3, 16))
    else:
        n_vis = choice([1, 2, 3], [0.72, 0.2, 0.08])
    if n_vis == 0:
        continue
    existing = c["vtype"] == "enthusiast" and tr != "WH" and rng.random() < 0.3
    if existing:             # already racing with us before the data starts: visits before START are not recorded
        d = START - D(days=int(rng.integers(1, 330)))
        c["signup_at"] = at(d, 10, 22)
        n_vis += int(rng.integers(4, 12))
    else:
        d = pick_day(tr)
    if d is None:
        continue
    first = not existing
    for k in range(n_vis):
        if d is None or d > END:
            break
        if d < START:
            c["visits"] += 1
            nxt = d + D(days=max(1, int(rng.exponential(24))))
            d = nxt if nxt < START else pick_day(tr, nxt, nxt + D(days=20))
            continue
        vtr = tr if rng.random() < 0.92 else choice(list(TRACKS))
        if d < TRACKS[vtr][3]:
            vtr = tr
        if d < TRACKS[vtr][3]:
            break
        if first and c["acq"] == "douyin":
            vd = d - D(days=int(rng.integers(1, 12)))
            if vd >= START:
                ev(c, at(vd, 9, 24), "tp_douyin_view", "view", "douyin", None, None)
        first = False
        visit(c, d, vtr)
        if c["vtype"] == "enthusiast" and not c["league"] and k >= 1 and rng.random() < 0.16:
            league(c, d + D(days=int(rng.integers(1, 15))), vtr)
        gap = rng.exponential(24 if c["vtype"] == "enthusiast" else 80)
        if c["pass_left"] > 0:
            gap = min(gap, rng.exponential(20))
        nxt = d + D(days=max(1, int(gap)))
        d = None if nxt + D(days=int(rng.integers(0, 21))) > END else pick_day(tr, nxt, nxt + D(days=20))
    # pass holders tend to use their pass
    while c["pass_left"] > 0 and d is not None and d <= END and rng.random() < 0.8:
        visit(c, d, tr)
        nxt = d + D(days=max(1, int(rng.exponential(18))))
        d = None if nxt + D(days=int(rng.integers(0, 16))) > END else pick_day(tr, nxt, nxt + D(days=15))

# marshal trap: the new Pudong marshal's few surveys are all 5 stars
for f in feedback:
    if f["marshal"] == NEW_MARSHAL[0] and f["rating"] is not None:
        f["rating"] = 5

# extra standalone feedback: douyin comments / call notes without a visit
for _ in range(260):
    c = cust[int(rng.integers(0, N_CUST))]
    tr = c["home"]
    d = pick_day(tr)
    ts = at(d, 8, 24)
    topic = choice(["fun_general", "karts_slow", "wait_long", "booking_issue", "refund_slow", "helmet_hygiene",
                    "neutral"], [0.35, 0.1, 0.12, 0.15, 0.13, 0.05, 0.1])
    if topic == "karts_slow" and (d < WUHAN_LIMITER or rng.random() < 0.5):
        tr = "WH" if d >= TRACKS["WH"][3] else tr
    ch = choice(["douyin_comment", "call_note"], [0.55, 0.45])
    if ch == "douyin_comment" and rng.random() < 0.3:
        ts = None
    add_fb(topic, c["lang"], ts, c, ch, None, None, tr)

# ---------- customers table ----------
last = {}
spend = {}
for e in events:
    last[e["customer_id"]] = max(last.get(e["customer_id"], e["ts"]), e["ts"])
for o in orders:
    if o["status"] == "paid":
        spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + o["amount"]
passes = {o["customer_id"] for o in orders if o["product_type"] in ("pass_5race", "league_fee")}
cust_rows = []
for c in cust:
    cid = c["customer_id"]
    if c["signup_at"] is None or cid not in last:
        continue
    if cid in passes and last[cid] >= datetime(2026, 1, 1):
        seg = "vip"
    elif c["signup_at"] >= datetime(2026, 1, 1):
        seg = "new"
    elif last[cid] < datetime(2025, 12, 1):
        seg = "at_risk"
    else:
        seg = "returning"
    s = spend.get(cid, 0)
    tier = "gold" if s >= 5000 else "silver" if s >= 1200 else "bronze"
    cust_rows.append(dict(customer_id=cid, signup_at=c["signup_at"] - D(minutes=int(rng.integers(1, 30))),
                          segment=seg, region=REGION[c["city"]], acquisition_channel=c["acq"], tier=tier,
                          visitor_type=c["vtype"], 访客类型=VTYPE_ZH[c["vtype"]], skill_level=c["skill"],
                          age_band=c["age"], gender=c["gender"], city=c["city"], home_track=TRACKS[c["home"]][0],
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
                                    "channel", "visit_id", "track", "赛道馆", "kart_class", "车型级别", "booking_source",
                                    "slot_time", "races", "pay_method", "waiver_mode", "marshal", "race_no",
                                    "race_type", "best_lap_s", "laps", "timing_status", "pass_class", "headcount",
                                    "enquiry_id", "enquiry_channel"])
    ords = sorted(orders, key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ords, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                     "product_type", "track", "赛道馆", "visit_id", "kart_class", "races",
                                     "booking_source", "pay_method", "pass_class", "headcount", "enquiry_id", "refunded_at",
                                     "currency"])
    fbs = sorted(feedback, key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", fbs, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "nps", "track", "赛道馆", "marshal", "visit_id", "kart_class", "language"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(evs)}, orders {len(ords)}, feedback {len(fbs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
