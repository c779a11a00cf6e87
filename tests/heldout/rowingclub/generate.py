"""潮汐桨社 TideOar Rowing & Paddle Club (synthetic, written blind): an indoor rowing studio and four water bases in
Shanghai, Xiamen and Auckland. A newcomer browses classes and events in our app, WeChat mini program or web site, books a
taster session (体验课), pays (or redeems a Dianping 大众点评 group-buy voucher), turns up for the taster with a coach,
may enrol in a coached 8-lesson course (系统课), pays, does an intake / swim assessment (入学评估), takes the weekly
lessons, graduates (结业, allowed to take boats out alone), and may buy an annual membership (年卡会员). Graduates,
members and experienced paddlers rent boats and boards (租船: book, pay, pick up at the boathouse, return); anyone may
enter our events (regattas, indoor-rowing challenges, dragon boat races; companies book team-building days). Water
sessions can be called off for weather (typhoon / thunderstorm / strong wind); tasters and rentals are then refunded or
rescheduled, lessons are moved a week.
Extract: 2025-01-01 .. 2026-06-30 (historical relative to today 2026-12-07). Local (naive) times of each venue.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) plus OUTDIR/_truth/feedback_truth.csv
(the topics of each comment: the generator's truth, not a DATA.md table). Fixed seed, numpy + stdlib, a few seconds.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 6000
NZD = 4.30                                                     # reporting rate NZD -> CNY (fixed for the extract)
# the new payment gateway went live on 2 March 2026; its Android SDK (app 5.2.0 and the mini program's pay plugin)
# failed most payments until the fix on 30 March (app 5.2.1)
BUG = (datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 30, 18, 0))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "浏览课程活动", "Browse classes & events", "awareness", "mini_program", "digital", "marketing",
     "浏览|看课程|逛小程序|搜课|browse|look around|class list|timetable"),
    ("tp_taster_book", "预约体验课", "Taster session booked", "consideration", "mini_program", "digital", "sales",
     "约体验课|预约体验|体验课预约|试课|book a taster|taster booking|trial booking|try-out"),
    ("tp_taster_pay", "体验课付款", "Taster payment", "purchase", "app", "digital", "finance",
     "体验课付款|体验课支付|团购券核销|付体验课|taster payment|pay for taster|voucher redemption"),
    ("tp_taster_attend", "参加体验课", "Taster session attended", "service", "store", "physical", "coaching",
     "上体验课|体验课到场|来体验|试划|attended taster|taster session|trial session|first paddle"),
    ("tp_course_enroll", "报名系统课", "Course enrolment", "consideration", "mini_program", "digital", "sales",
     "报名|报课|报系统课|报名课程|enrol|enroll|sign up for course|course sign-up"),
    ("tp_course_pay", "课程付款", "Course payment", "purchase", "app", "digital", "finance",
     "课程付款|交学费|付课程费|course payment|course fee|tuition"),
    ("tp_assessment", "入学评估", "Intake & swim assessment", "service", "store", "physical", "coaching",
     "入学评估|游泳测试|水性测试|体能评估|assessment|swim test|intake"),
    ("tp_lesson", "上课", "Coached lesson", "service", "store", "physical", "coaching",
     "上课|课程|训练|课堂|教练课|lesson|class|coaching session|training"),
    ("tp_course_complete", "课程结业", "Course completed", "service", "store", "physical", "coaching",
     "结业|毕业|考核通过|拿证|graduation|course completion|completed the course|certified"),
    ("tp_membership", "办理年卡", "Membership purchased", "loyalty", "app", "digital", "membership",
     "办卡|年卡|会员卡|入会|membership|join the club|annual pass|member"),
    ("tp_rental_book", "预约租船", "Rental booked", "purchase", "app", "digital", "boathouse",
     "租船|租桨板|预约租船|订船|rental booking|hire|book a boat|rent a board"),
    ("tp_rental_pay", "租船付款", "Rental payment", "purchase", "app", "digital", "finance",
     "租船付款|租金|付租金|rental payment|hire fee"),
    ("tp_rental_checkout", "取船出航", "Boat pick-up", "service", "store", "physical", "boathouse",
     "取船|领装备|出航|下水|pick-up|check out a boat|launch"),
    ("tp_rental_return", "还船", "Boat return", "service", "store", "physical", "boathouse",
     "还船|归还|还装备|上岸|boat return|return|drop-off"),
    ("tp_event_page", "赛事页面", "Event page", "awareness", "web", "digital", "events",
     "赛事页|比赛页面|活动页|赛事介绍|event page|race page|event info"),
    ("tp_event_register", "赛事报名", "Event registration", "consideration", "web", "digital", "events",
     "赛事报名|报名比赛|报名参赛|团建预约|event registration|race entry|sign up for the race"),
    ("tp_event_pay", "报名缴费", "Event fee payment", "purchase", "app", "digital", "finance",
     "报名费|缴费|参赛费|entry fee|event payment|race fee"),
    ("tp_event_checkin", "赛事检录", "Event check-in", "service", "store", "physical", "events",
     "检录|签到|赛前签到|领号码布|race check-in|registration desk|bib pick-up"),
    ("tp_event_finish", "完赛", "Event finished", "loyalty", "store", "physical", "events",
     "完赛|冲线|比赛结束|finished|finish line|completed the race"),
    ("tp_weather_cancel", "天气取消", "Weather cancellation", "service", "phone", "digital", "operations",
     "天气取消|台风取消|停航|风太大取消|雷雨取消|weather cancellation|called off|cancelled for weather"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|到账|退团购券|refund|money back"),
    ("tp_cs", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|咨询|投诉|工单|customer service|support ticket|complaint|helpdesk"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("taster", "体验课转化", "Taster to course",
     ["tp_discover", "tp_taster_book", "tp_taster_pay", "tp_taster_attend", "tp_course_enroll", "tp_course_pay"], 30),
    ("course", "系统课学习", "Course progress",
     ["tp_course_pay", "tp_assessment", "tp_lesson", "tp_course_complete", "tp_membership"], 120),
    ("rental", "租船", "Boat rental", ["tp_rental_book", "tp_rental_pay", "tp_rental_checkout", "tp_rental_return"], 14),
    ("event", "赛事参赛", "Event entry",
     ["tp_event_page", "tp_event_register", "tp_event_pay", "tp_event_checkin", "tp_event_finish"], 60),
]
# id, zh, en, city, city_zh, water, activities (weights), currency
VENUES = [
    ("V01", "上海徐汇室内划船馆", "Xuhui Indoor Rowing Studio", "Shanghai", "上海", "indoor", {"indoor_rowing": 1.0}, "CNY"),
    ("V02", "上海淀山湖水上基地", "Dianshan Lake Water Base", "Shanghai", "上海", "lake",
     {"sculling": 0.35, "kayak": 0.3, "sup": 0.2, "dragon_boat": 0.15}, "CNY"),
    ("V03", "厦门五缘湾水上中心", "Wuyuan Bay Water Centre", "Xiamen", "厦门", "sea",
     {"kayak": 0.4, "sup": 0.4, "outrigger": 0.2}, "CNY"),
    ("V04", "奥克兰西港码头基地", "Westhaven Marina Auckland", "Auckland", "奥克兰", "sea",
     {"kayak": 0.4, "sup": 0.3, "outrigger": 0.3}, "NZD"),
    ("V05", "奥克兰普普克湖船屋", "Lake Pupuke Boathouse", "Auckland", "奥克兰", "lake",
     {"sculling": 0.6, "kayak": 0.4}, "NZD"),
]
VEN = {v[0]: v for v in VENUES}
ACT_ZH = {"indoor_rowing": "室内划船", "sculling": "赛艇", "kayak": "皮划艇", "sup": "桨板", "dragon_boat": "龙舟",
          "outrigger": "支腿独木舟"}
SEASON = {
    "V01": [1.3, 1.1, 1.2, 1.0, 0.9, 0.8, 0.9, 0.9, 0.9, 1.0, 1.2, 1.3],
    "V02": [0.3, 0.3, 0.6, 1.0, 1.4, 1.5, 1.5, 1.4, 1.3, 1.1, 0.6, 0.3],
    "V03": [0.5, 0.5, 0.8, 1.1, 1.3, 1.4, 1.4, 1.4, 1.2, 1.2, 0.9, 0.6],
    "V04": [1.6, 1.5, 1.3, 1.0, 0.7, 0.5, 0.5, 0.6, 0.8, 1.1, 1.3, 1.6],
    "V05": [1.6, 1.5, 1.3, 1.0, 0.7, 0.5, 0.5, 0.6, 0.8, 1.1, 1.3, 1.6],
}
# prices in local currency
TASTER = {"V01": 69, "V02": 129, "V03": 129, "V04": 35, "V05": 35}
VOUCHER = 59                                                    # Dianping group-buy taster voucher
COURSE = {"indoor_rowing": 1280, "sculling": 2880, "kayak": 1980, "sup": 1980, "dragon_boat": 1680, "outrigger": 1880}
COURSE_NZ = {"sculling": 480, "kayak": 420, "sup": 420, "outrigger": 440}
MEMBER = {"CNY": 3680, "NZD": 690}
RENTAL = {"sculling": 220, "kayak": 160, "sup": 160, "outrigger": 180, "dragon_boat": 0}
RENTAL_NZ = 45
LATE_FEE = {"CNY": 50, "NZD": 15}
COACHES = {  # venue: [(id, zh, en, weight)]
    "V01": [("C01", "孙悦", "Sun Yue", 1), ("C02", "Mark 陈", "Mark Chen", 1)],
    "V02": [("C03", "刘海峰", "Liu Haifeng", 1), ("C04", "赵磊", "Zhao Lei", 1), ("C05", "何静", "He Jing", 1)],
    "V03": [("C06", "林志远", "Lin Zhiyuan", 1), ("C07", "黄晓燕", "Huang Xiaoyan", 1)],
    "V04": [("C08", "Aroha Ngata", "Aroha Ngata", 1), ("C09", "Tom Walker", "Tom Walker", 1)],
    "V05": [("C10", "Emma Clarke", "Emma Clarke", 1), ("C11", "王宇 Yu Wang", "Yu Wang", 1)],
}
COACH = {c[0]: c for cs in COACHES.values() for c in cs}
BAD_COACH = "C04"
EVENTS = [  # code, zh, en, venue, date, fee (local), kind
    ("E01", "2025春季室内划船2K挑战赛", "Spring Indoor Rowing 2K Challenge 2025", "V01", datetime(2025, 3, 22), 150, "erg"),
    ("E02", "2025端午龙舟赛", "Dragon Boat Festival Regatta 2025", "V02", datetime(2025, 5, 31), 280, "dragon"),
    ("E03", "五缘湾桨板公开赛", "Wuyuan Bay SUP Open", "V03", datetime(2025, 10, 18), 220, "race"),
    ("E04", "2026奥克兰海港划桨挑战赛", "Auckland Harbour Paddle Challenge 2026", "V04", datetime(2026, 2, 14), 75, "race"),
    ("E05", "冬季室内划船挑战赛", "Winter Indoor Rowing Challenge", "V01", datetime(2025, 12, 13), 150, "erg"),
    ("E06", "普普克湖秋季赛艇赛", "Lake Pupuke Autumn Regatta", "V05", datetime(2025, 3, 29), 60, "race"),
    ("E07", "2026端午龙舟赛", "Dragon Boat Festival Regatta 2026", "V02", datetime(2026, 6, 19), 280, "dragon"),
    ("E08", "五缘湾夜划嘉年华", "Wuyuan Bay Night Paddle", "V03", datetime(2026, 5, 23), 180, "fun"),
    ("E09", "普普克湖夏季冲刺赛", "Pupuke Summer Sprint", "V05", datetime(2026, 1, 17), 60, "race"),
    ("E10", "2026春季室内划船2K挑战赛", "Spring Indoor Rowing 2K Challenge 2026", "V01", datetime(2026, 3, 21), 150, "erg"),
    ("E11", "2025奥克兰海港划桨挑战赛", "Auckland Harbour Paddle Challenge 2025", "V04", datetime(2025, 2, 15), 75, "race"),
]
EVT = {e[0]: e for e in EVENTS}
TEAM = ("TEAM", "企业团建日", "Corporate team-building day")
TEAM_FEE = {"CNY": 220, "NZD": 60}                              # per head
SEG_ZH = {"individual": "个人", "student": "学生", "family": "家庭", "corporate": "企业客户"}
CITY_ZH = {"Shanghai": "上海", "Xiamen": "厦门", "Auckland": "奥克兰"}
ACQ_ZH = {"wechat": "微信", "dianping": "大众点评", "xiaohongshu": "小红书", "referral": "老带新", "google": "谷歌搜索",
          "instagram": "Instagram", "corporate_partner": "企业合作"}
TIER_ZH = {"gold": "金卡会员", "silver": "银卡学员", "standard": "普通"}
OTYPE_ZH = {"taster": "体验课", "course": "系统课", "membership": "年卡", "rental": "租船", "event": "赛事报名",
            "team_building": "企业团建", "late_fee": "超时费"}
REASON = {"V02": ["thunderstorm", "strong_wind"], "V03": ["typhoon", "strong_wind"], "V04": ["strong_wind", "storm"],
          "V05": ["strong_wind", "thunderstorm"]}

# ---------- feedback phrase bank: every phrase belongs to exactly one topic ----------
PHRASES = {
    "erg_broken": (["好几台划船机坏了没人修", "划船机的显示屏不亮", "划船机拉绳卡住了", "一半的划船机贴着维修中"],
                   ["half the ergs were broken", "the erg monitor wasn't working", "the rowing machine chain kept sticking"]),
    "payment_fail": (["付款一直失败", "支付页面卡住一直转圈", "安卓App根本付不了款"],
                     ["payment kept failing in the app", "the app froze at checkout"]),
    "weather_cancel": (["又因为天气取消了", "临时通知天气原因取消，白跑一趟"],
                       ["cancelled because of the weather again", "last-minute weather cancellation"]),
    "refund_slow": (["退款等了两个星期", "团购券退款迟迟不到账"], ["the refund took weeks", "still waiting for my refund"]),
    "coach_late": (["教练迟到了二十分钟", "教练上课一直看手机"],
                   ["the coach turned up late", "coach was on his phone during the session"]),
    "coach_good": (["教练非常专业耐心", "教练讲解特别清楚"], ["the coach was brilliant", "really patient coaching"]),
    "changing_room": (["更衣室太挤", "淋浴没有热水"], ["changing rooms were cramped", "no hot water in the showers"]),
    "parking": (["停车位太少", "停车要走好远"], ["parking was a nightmare", "nowhere to park"]),
    "booking_full": (["课程名额总是约满", "周末的课根本约不上"], ["classes are always fully booked", "couldn't get a weekend slot"]),
    "gear_quality": (["救生衣有股霉味", "桨板上有裂缝"], ["the life jackets smelled musty", "the board had a crack"]),
    "checkin_queue": (["检录排队排了一个小时", "检录现场很混乱"],
                      ["the check-in queue took an hour", "registration on race day was chaos"]),
    "price": (["价格有点贵", "课程费用偏高"], ["a bit pricey", "courses are expensive"]),
    "scenery": (["湖面风景很美", "水上看日落太美了"], ["beautiful views on the water", "stunning sunset from the water"]),
    "fun": (["玩得很开心", "体验感超棒"], ["had a great time", "loved every minute"]),
}
NEG = {"erg_broken": 1.7, "payment_fail": 2.3, "weather_cancel": 1.1, "refund_slow": 2.4, "coach_late": 1.9,
       "changing_room": 0.9, "parking": 0.7, "booking_full": 0.9, "gear_quality": 1.2, "checkin_queue": 1.1,
       "price": 0.5}
POS = {"coach_good", "scenery", "fun"}
FILL_ZH = ["第一次来。", "带孩子一起来的。", "和同事一起来的。", "整体还可以。", "下次还会再来。", "", ""]
FILL_EN = ["First time on the water.", "Came with my partner.", "Overall decent.", "Will be back.", "", ""]
GEN = {"pos": (["挺好的，推荐", "很满意"], ["Great club, recommend", "very happy"]),
       "neg": (["一般般吧"], ["meh, expected more"])}


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    r = rng.random() * sum(weights)
    acc = 0.0
    for it, wt in zip(items, weights):
        acc += wt
        if r < acc:
            return it
    return items[-1]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def frac(t):
    return max(0.0, min(1.0, (t - START).total_seconds() / (END - START).total_seconds()))


def weather_p(v, d):
    m, y = d.month, d.year
    if v == "V01":
        return 0.0
    if v == "V03":
        return (0.30 if y == 2025 else 0.08) if m in (7, 8, 9) else 0.035
    if v == "V02":
        return 0.09 if m in (6, 7, 8) else 0.03
    if v == "V04":
        return 0.16 if m in (6, 7, 8) else 0.04
    return 0.08 if m in (6, 7, 8) else 0.03


def slot(d, v):
    hours = [(19, 0), (20, 0), (10, 0), (14, 0)] if v == "V01" else [(8, 30), (10, 0), (14, 0), (16, 0)]
    h, m = pick(hours)
    return datetime(d.year, d.month, d.day, h, m)


def money(v, local):
    return round(local * (NZD if VEN[v][7] == "NZD" else 1.0), 2)


class W:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = {"e": 0, "o": 0, "f": 0, "TB": 0, "CB": 0, "RB": 0, "EB": 0, "WS": 0, "CT": 0}

    def sid(self, kind):
        self.n[kind] += 1
        return f"{kind}{self.n[kind]:06d}"

    def ev(self, c, t, tp, sess, action, digital=True, v=None, act=None, coach=None, **extra):
        if t > END:
            return False
        self.n["e"] += 1
        v = v or c["venue"]
        row = dict(event_id=f"EV{self.n['e']:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=sess, action=action, device=c["_dev"] if digital else "",
                   channel=c["_chan"] if digital else "store", venue_id=v, venue=VEN[v][1], venue_en=VEN[v][2],
                   city=VEN[v][3], activity=act or "", 项目=ACT_ZH[act] if act else "",
                   coach_id=coach or "", coach=COACH[coach][1] if coach else "",
                   coach_en=COACH[coach][2] if coach else "",
                   app_version=c["_appver"](t) if digital and c["_chan"] == "app" else "")
        row.update(extra)
        self.events.append(row)
        return True

    def order(self, c, t, local, otype, status, sess, v=None, act=None, refunded_at=None, channel=None, **extra):
        if t > END:
            return
        self.n["o"] += 1
        v = v or c["venue"]
        cur = VEN[v][7]
        row = dict(order_id=f"OD{self.n['o']:06d}", customer_id=c["customer_id"], ts=fmt(t),
                   amount=money(v, local), status=status, channel=channel or c["_chan"], device=c["_dev"],
                   order_type=otype, 订单类型=OTYPE_ZH[otype], session_id=sess, venue_id=v, venue=VEN[v][1],
                   venue_en=VEN[v][2], city=VEN[v][3], activity=act or "", 项目=ACT_ZH[act] if act else "",
                   currency_local=cur, amount_local=local,
                   refunded_at=fmt(refunded_at) if refunded_at and refunded_at <= END else "")
        if refunded_at and refunded_at > END:
            row["status"] = "paid"
        row.update(extra)
        self.orders.append(row)
        if row["status"] == "paid":
            c["_spend"] += row["amount"]

    def fb(self, c, t, tp, channel, topics, lang, v=None, rating=None, nps=None, no_ts=False, coach=None,
           sess="", act=None, pos=False, anon=False):
        if t > END:
            return
        self.n["f"] += 1
        fid = f"FB{self.n['f']:05d}"
        li = 0 if lang == "zh" else 1
        parts = [pick(PHRASES[tpc][li]) for tpc in topics]
        if not parts:
            parts.append(pick(GEN["pos" if pos else "neg"][li]))
        order = rng.permutation(len(parts))
        sep = "，" if lang == "zh" else ", "
        text = sep.join(parts[i] for i in order) + ("。" if lang == "zh" else ". ")
        text = (text + pick(FILL_ZH if lang == "zh" else FILL_EN)).strip()
        if li == 1:
            text = text[0].upper() + text[1:]
        v = v or (c["venue"] if c else None)
        row = dict(feedback_id=fid, text=text, ts="" if no_ts else fmt(t),
                   customer_id="" if (anon or c is None) else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else int(rating), nps="" if nps is None else int(nps), language=lang,
                   venue_id=v or "", venue=VEN[v][1] if v else "", venue_en=VEN[v][2] if v else "",
                   coach_id=coach or "", coach=COACH[coach][1] if coach else "",
                   coach_en=COACH[coach][2] if coach else "", session_id=sess, activity=act or "")
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics)))


def stars(topics):
    base = 4.55 + 0.25 * sum(t in POS for t in topics) - sum(NEG.get(t, 0) for t in topics) + rng.normal(0, 0.55)
    return int(min(5, max(1, round(base))))


def nps_of(topics):
    base = 8.6 + 0.4 * sum(t in POS for t in topics) - 1.7 * sum(NEG.get(t, 0) for t in topics) + rng.normal(0, 1.3)
    return int(min(10, max(0, round(base))))


def review_channel(c):
    if c["city"] == "Auckland":
        return "google_review"
    return pick(["dianping_review", "app_review"], [0.7, 0.3])


def cs_channel(c):
    return "email" if c["city"] == "Auckland" else "wechat_cs"


def erg_p(t):
    """the V01 erg fleet ages and repairs lag: a growing complaint theme."""
    return 0.02 + 0.7 * frac(t) ** 2


class Sim:
    def __init__(self, w):
        self.w = w

    # ---- payments (the Android app bug in March 2026) ----
    def pay_ok(self, c, t, base):
        if c["_chan"] in ("app", "mini_program") and c["_dev"] == "android" and BUG[0] <= t <= BUG[1]:
            return rng.random() < 0.1, True
        return rng.random() < base, False

    def bug_complaint(self, c, t, tp, v):
        if rng.random() < 0.6:
            tt = t + D(minutes=int(rng.integers(5, 600)))
            self.w.ev(c, tt, "tp_cs", self.w.sid("CT"), "contact", cs_reason="payment_failed")
            ch = pick([cs_channel(c), "app_review"], [0.6, 0.4])
            topics = ["payment_fail"] + (["booking_full"] if rng.random() < 0.1 else [])
            self.w.fb(c, tt + D(minutes=3), tp, ch, topics, c["lang"], v=v,
                      rating=stars(topics) if ch == "app_review" else None)

    def refund(self, c, t, amount_local, sess, v, act, voucher=False):
        if voucher:
            days = rng.uniform(5, 13)
        elif c["city"] == "Auckland":
            days = rng.uniform(2, 5)
        else:
            days = rng.uniform(0.02, 1.2)
        rt = t + D(days=float(days))
        self.w.ev(c, rt, "tp_refund", sess, "success", digital=False, v=v, act=act,
                  refund_amount=money(v, amount_local), refund_days=round(days, 2))
        if rng.random() < (0.42 if voucher else 0.05):
            ft = rt + D(hours=float(rng.uniform(-48, 24))) if days > 3 else rt + D(hours=2)
            self.w.ev(c, ft, "tp_cs", self.w.sid("CT"), "contact", cs_reason="refund")
            self.w.fb(c, ft + D(minutes=2), "tp_refund", cs_channel(c), ["refund_slow"], c["lang"], v=v, sess=sess)
        return rt

    def weather_cancel(self, c, when, sess, v, act, coach=None):
        t = datetime(when.year, when.month, when.day, 7, int(rng.integers(0, 50)))
        self.w.ev(c, t, "tp_weather_cancel", sess, "notify", v=v, act=act, coach=coach,
                  weather_reason=pick(REASON[v]))
        return t

    # ---- taster -> course ----
    def taster_path(self, c, t0):
        w, v, act = self.w, c["venue"], c["act"]
        ws = w.sid("WS")
        t = t0
        for k in range(1 + int(rng.poisson(0.8))):
            w.ev(c, t, "tp_discover", ws, "view", v=v, act=act)
            t += D(minutes=float(rng.uniform(1, 30)) if k == 0 else float(rng.uniform(60, 3000)))
        pb = {"dianping": 0.72}.get(c["acq"], 0.56)
        if rng.random() > pb:
            if rng.random() < 0.06:
                self.rentals(c, t + D(days=float(rng.uniform(5, 60))), int(1 + rng.poisson(0.5)))
            return
        tb = t + D(days=float(min(rng.exponential(1.5), 20)))
        sess = w.sid("TB")
        w.ev(c, tb, "tp_taster_book", sess, "submit", v=v, act=act)
        voucher = c["acq"] == "dianping"
        price = VOUCHER if voucher else TASTER[v]
        tp = tb + D(minutes=float(rng.uniform(1, 15)))
        ok, bugged = self.pay_ok(c, tp, 0.985 if voucher else 0.93)
        if voucher:
            ok, bugged = rng.random() < 0.985, False
        if not ok:
            w.order(c, tb, price, "taster", "cancelled", sess, act=act,
                    fail_reason="payment_error" if bugged else "timeout", channel="dianping" if voucher else None)
            if bugged:
                self.bug_complaint(c, tp, "tp_taster_pay", v)
            return
        pch = "dianping" if voucher else None
        w.ev(c, tp, "tp_taster_pay", sess, "success", v=v, act=act, amount=money(v, price), voucher="DP" if voucher else "")
        day = tp + D(days=float(rng.uniform(1.5, 10)))
        coach = pick([x[0] for x in COACHES[v]])
        st = slot(day, v)
        if rng.random() < weather_p(v, st):
            wt = self.weather_cancel(c, st, sess, v, act, coach)
            topics = ["weather_cancel"]
            if rng.random() < 0.2:
                w.fb(c, wt + D(hours=float(rng.uniform(1, 30))), "tp_weather_cancel", review_channel(c), topics,
                     c["lang"], v=v, rating=stars(topics), sess=sess, act=act)
            if rng.random() < 0.45:
                rt = self.refund(c, wt, price, sess, v, act, voucher)
                w.order(c, tp, price, "taster", "refunded", sess, act=act, refunded_at=rt, channel=pch,
                        voucher="DP" if voucher else "")
                return
            st = slot(st + D(days=7), v)
        w.order(c, tp, price, "taster", "paid", sess, act=act, channel=pch, voucher="DP" if voucher else "")
        if rng.random() > 0.9:
            return                                      # no-show
        w.ev(c, st, "tp_taster_attend", sess, "check_in", digital=False, v=v, act=act, coach=coach)
        if rng.random() < 0.32:
            topics = []
            if v == "V01" and rng.random() < erg_p(st):
                topics.append("erg_broken")
            if v != "V01" and rng.random() < 0.3:
                topics.append("scenery")
            if rng.random() < 0.25:
                topics.append("fun")
            if coach == BAD_COACH and rng.random() < 0.45:
                topics.append("coach_late")
            elif rng.random() < 0.2:
                topics.append("coach_good")
            if v == "V02" and rng.random() < 0.15:
                topics.append("parking")
            if rng.random() < (0.15 if v == "V03" else 0.04):
                topics.append("changing_room")
            if rng.random() < 0.08:
                topics.append("price")
            w.fb(c, st + D(hours=float(rng.uniform(2, 72))), "tp_taster_attend", review_channel(c), topics,
                 c["lang"], v=v, rating=stars(topics), coach=coach, sess=sess, act=act, pos=True)
        pe = {"dianping": 0.11}.get(c["acq"], 0.44)
        if c["seg"] == "student":
            pe *= 0.85
        if rng.random() < 0.05 and v != "V01":
            self.rentals(c, st + D(days=float(rng.uniform(3, 40))), 1)
        if rng.random() > pe:
            return
        te = st + D(days=float(min(rng.exponential(4), 25)))
        cb = w.sid("CB")
        w.ev(c, te, "tp_course_enroll", cb, "submit", v=v, act=act)
        fee = COURSE_NZ[act] if VEN[v][7] == "NZD" else COURSE[act]
        tcp = te + D(hours=float(rng.uniform(0.05, 40)))
        ok, bugged = self.pay_ok(c, tcp, 0.62 if c["seg"] == "student" else 0.83)
        if not ok:
            w.order(c, te, fee, "course", "cancelled", cb, act=act, fail_reason="payment_error" if bugged else "timeout")
            if bugged:
                self.bug_complaint(c, tcp, "tp_course_pay", v)
            return
        w.ev(c, tcp, "tp_course_pay", cb, "success", v=v, act=act, amount=money(v, fee))
        w.order(c, tcp, fee, "course", "paid", cb, act=act)
        c["_course"] = True
        self.course(c, tcp, cb, act)

    def course(self, c, tcp, cb, act):
        w, v = self.w, c["venue"]
        coach = pick([x[0] for x in COACHES[v]], [x[3] for x in COACHES[v]])
        if rng.random() > 0.96:
            return
        ta = slot(tcp + D(days=float(rng.uniform(2, 8))), v)
        w.ev(c, ta, "tp_assessment", cb, "pass", digital=False, v=v, act=act, coach=coach)
        hz = 0.08 if coach == BAD_COACH else 0.026
        t = slot(ta + D(days=float(rng.uniform(1, 5))), v)
        lesson = 0
        n_lesson_fb = 0
        while lesson < 8:
            if rng.random() < weather_p(v, t):
                wt = self.weather_cancel(c, t, cb, v, act, coach)
                if rng.random() < 0.08:
                    w.fb(c, wt + D(hours=float(rng.uniform(1, 20))), "tp_weather_cancel", "app_review",
                         ["weather_cancel"], c["lang"], v=v, rating=stars(["weather_cancel"]), sess=cb, act=act)
                t = slot(t + D(days=7), v)
                continue
            if rng.random() < hz:
                if coach == BAD_COACH and rng.random() < 0.3:
                    w.fb(c, t + D(days=2), "tp_lesson", "app_review", ["coach_late"], c["lang"], v=v,
                         rating=stars(["coach_late"]), coach=coach, sess=cb, act=act)
                return                                   # dropped out
            lesson += 1
            if not w.ev(c, t, "tp_lesson", cb, "attend", digital=False, v=v, act=act, coach=coach, lesson_no=lesson):
                return
            last = t
            if v == "V01" and rng.random() < 0.01 + 0.16 * frac(t) ** 2.5:
                tt = t + D(hours=float(rng.uniform(1, 30)))
                w.ev(c, tt, "tp_cs", w.sid("CT"), "contact", cs_reason="equipment_fault")
                topics = ["erg_broken"] + (["booking_full"] if rng.random() < 0.15 else [])
                w.fb(c, tt + D(minutes=4), "tp_lesson", cs_channel(c), topics, c["lang"], v=v, coach=coach, sess=cb,
                     act=act)
            elif rng.random() < 0.05 and n_lesson_fb < 2:
                n_lesson_fb += 1
                topics = []
                if coach == BAD_COACH and rng.random() < 0.5:
                    topics.append("coach_late")
                elif rng.random() < 0.3:
                    topics.append("coach_good")
                if v == "V01" and rng.random() < erg_p(t):
                    topics.append("erg_broken")
                if rng.random() < 0.15:
                    topics.append("booking_full")
                if v != "V01" and rng.random() < 0.15:
                    topics.append("gear_quality")
                w.fb(c, t + D(hours=float(rng.uniform(1, 24))), "tp_lesson", "app_review", topics, c["lang"], v=v,
                     rating=stars(topics), coach=coach, sess=cb, act=act, pos=True)
            t = slot(t + D(days=7 + int(rng.integers(-1, 2))), v)
        tc = last + D(hours=1, minutes=30)
        if not w.ev(c, tc, "tp_course_complete", cb, "certified", digital=False, v=v, act=act, coach=coach,
                    certificate=f"{act}_level1"):
            return
        c["_grad"] = True
        if rng.random() < 0.5:
            topics = []
            if coach == BAD_COACH and rng.random() < 0.4:
                topics.append("coach_late")
            elif rng.random() < 0.35:
                topics.append("coach_good")
            if v == "V01" and rng.random() < erg_p(tc):
                topics.append("erg_broken")
            if rng.random() < 0.1:
                topics.append("booking_full")
            if rng.random() < 0.1:
                topics.append("price")
            if v != "V01" and rng.random() < 0.2:
                topics.append("scenery")
            ft = tc + D(days=float(rng.uniform(1, 4)))
            w.fb(c, ft, "tp_course_complete", "survey", topics, c["lang"], v=v, nps=nps_of(topics), coach=coach,
                 sess=cb, act=act, pos=True, no_ts=rng.random() < 0.05)
        pm = 0.5 if c["city"] == "Auckland" else 0.34
        if rng.random() < pm:
            tm = tc + D(days=float(min(rng.exponential(8), 40)))
            ok, bugged = self.pay_ok(c, tm, 0.97)
            ms = w.sid("CB")
            if not ok:
                w.order(c, tm, MEMBER[VEN[v][7]], "membership", "cancelled", ms,
                        fail_reason="payment_error" if bugged else "timeout")
                if bugged:
                    self.bug_complaint(c, tm, "tp_membership", v)
                return
            if w.ev(c, tm, "tp_membership", ms, "success", v=v, amount=money(v, MEMBER[VEN[v][7]]), plan="annual"):
                w.order(c, tm, MEMBER[VEN[v][7]], "membership", "paid", ms)
                c["_member"] = True
                if v != "V01":
                    self.rentals(c, tm + D(days=float(rng.uniform(3, 30))), int(1 + rng.poisson(3)))
                if rng.random() < 0.3:
                    self.event_entry(c, tm, member=True)
        elif v != "V01" and rng.random() < 0.3:
            self.rentals(c, tc + D(days=float(rng.uniform(5, 60))), int(1 + rng.poisson(0.6)))

    # ---- rentals ----
    def rentals(self, c, t, n):
        w, v = self.w, c["venue"]
        if v == "V01":
            return
        acts = [a for a in VEN[v][6] if a != "dragon_boat"]
        for _ in range(n):
            if t > END:
                return
            act = pick(acts)
            rb = w.sid("RB")
            w.ev(c, t, "tp_rental_book", rb, "submit", v=v, act=act, boat_type=act)
            price = RENTAL_NZ if VEN[v][7] == "NZD" else RENTAL[act]
            tpay = t + D(minutes=float(rng.uniform(1, 20)))
            ok, bugged = self.pay_ok(c, tpay, 0.92)
            if not ok:
                w.order(c, t, price, "rental", "cancelled", rb, act=act, fail_reason="payment_error" if bugged else "timeout")
                if bugged:
                    self.bug_complaint(c, tpay, "tp_rental_pay", v)
            else:
                w.ev(c, tpay, "tp_rental_pay", rb, "success", v=v, act=act, amount=money(v, price))
                st = slot(tpay + D(days=float(rng.uniform(0.3, 6))), v)
                if rng.random() < weather_p(v, st):
                    wt = self.weather_cancel(c, st, rb, v, act)
                    rt = self.refund(c, wt, price, rb, v, act)
                    w.order(c, tpay, price, "rental", "refunded", rb, act=act, refunded_at=rt)
                    if rng.random() < 0.1:
                        w.fb(c, wt + D(hours=3), "tp_weather_cancel", review_channel(c), ["weather_cancel"],
                             c["lang"], v=v, rating=stars(["weather_cancel"]), sess=rb, act=act)
                else:
                    w.order(c, tpay, price, "rental", "paid", rb, act=act)
                    if rng.random() < 0.95:
                        w.ev(c, st, "tp_rental_checkout", rb, "pick_up", digital=False, v=v, act=act, boat_type=act,
                             boat_id=f"{v}-{act[:3].upper()}-{int(rng.integers(1, 25)):02d}")
                        late = (rng.random() < (0.24 if v == "V04" else 0.1))
                        lm = int(rng.integers(15, 95)) if late else 0
                        rt = st + D(minutes=120 + lm + int(rng.integers(-20, 10)))
                        w.ev(c, rt, "tp_rental_return", rb, "return", digital=False, v=v, act=act, boat_type=act,
                             late_minutes=lm)
                        if late:
                            w.order(c, rt, LATE_FEE[VEN[v][7]], "late_fee", "paid", rb, act=act, channel="store")
                        if rng.random() < 0.13:
                            topics = []
                            if rng.random() < (0.3 if v == "V04" else 0.08):
                                topics.append("gear_quality")
                            if rng.random() < 0.35:
                                topics.append("scenery")
                            if v == "V02" and rng.random() < 0.12:
                                topics.append("parking")
                            if rng.random() < 0.06:
                                topics.append("changing_room")
                            w.fb(c, rt + D(hours=float(rng.uniform(1, 48))), "tp_rental_return", review_channel(c),
                                 topics, c["lang"], v=v, rating=stars(topics), sess=rb, act=act, pos=True)
            t = t + D(days=float(rng.uniform(7, 60)))

    # ---- events ----
    def event_entry(self, c, after, member=False, forced=None):
        w = self.w
        v = c["venue"]
        if forced:
            e = forced
        else:
            cands = [e for e in EVENTS if e[3] == v and after + D(days=5) < e[4] < after + D(days=150)]
            if not cands:
                return
            e = cands[0]
        code, ezh, een, ev_v, edate, fee, kind = e
        act = {"erg": "indoor_rowing", "dragon": "dragon_boat"}.get(kind) or pick(
            [a for a in VEN[ev_v][6] if a != "dragon_boat"])
        eb = w.sid("EB")
        extra = dict(event_code=code, event_name=een, event_name_zh=ezh)
        t = edate - D(days=float(rng.uniform(3, 45)), hours=float(rng.uniform(0, 12)))
        if t < START:
            t = START + D(hours=float(rng.uniform(8, 40)))
        for _ in range(1 + int(rng.poisson(0.7))):
            w.ev(c, t, "tp_event_page", eb, "view", v=ev_v, act=act, **extra)
            t += D(hours=float(rng.uniform(0.1, 60)))
        if t >= edate:
            t = edate - D(hours=20)
        if rng.random() > (0.75 if member else 0.52):
            return
        w.ev(c, t, "tp_event_register", eb, "submit", v=ev_v, act=act, **extra)
        tp = t + D(minutes=float(rng.uniform(1, 30)))
        ok, bugged = self.pay_ok(c, tp, 0.9)
        if not ok:
            w.order(c, t, fee, "event", "cancelled", eb, v=ev_v, act=act, event_code=code,
                    fail_reason="payment_error" if bugged else "timeout")
            if bugged:
                self.bug_complaint(c, tp, "tp_event_pay", ev_v)
            return
        w.ev(c, tp, "tp_event_pay", eb, "success", v=ev_v, act=act, amount=money(ev_v, fee), **extra)
        w.order(c, tp, fee, "event", "paid", eb, v=ev_v, act=act, event_code=code)
        if rng.random() > (0.86 if code != "E07" else 0.8):
            return
        tci = datetime(edate.year, edate.month, edate.day, 7, 0) + D(minutes=float(rng.uniform(0, 120)))
        w.ev(c, tci, "tp_event_checkin", eb, "check_in", digital=False, v=ev_v, act=act,
             bib=f"{code}-{int(rng.integers(1, 999)):03d}", **extra)
        if rng.random() > 0.96:
            return
        tf = tci + D(minutes=float(rng.uniform(60, 240)))
        ftime = int(rng.normal(470, 45)) if kind == "erg" else ""
        w.ev(c, tf, "tp_event_finish", eb, "finish", digital=False, v=ev_v, act=act, finish_time_s=ftime, **extra)
        if rng.random() < 0.32:
            topics = []
            if kind == "dragon" and rng.random() < 0.4:
                topics.append("checkin_queue")
            elif rng.random() < 0.07:
                topics.append("checkin_queue")
            if rng.random() < 0.45:
                topics.append("fun")
            if ev_v != "V01" and rng.random() < 0.25:
                topics.append("scenery")
            if ev_v == "V01" and rng.random() < erg_p(tf) * 0.6:
                topics.append("erg_broken")
            if ev_v == "V02" and rng.random() < 0.12:
                topics.append("parking")
            w.fb(c, tf + D(days=float(rng.uniform(0.2, 3))), "tp_event_finish", "survey", topics, c["lang"], v=ev_v,
                 nps=nps_of(topics), sess=eb, act=act, pos=True, no_ts=rng.random() < 0.05)

    def team(self, c, t0):
        w, v = self.w, c["venue"]
        day = t0 + D(days=float(rng.uniform(10, 50)))
        eb = w.sid("EB")
        act = {"V01": "indoor_rowing", "V02": "dragon_boat", "V03": "outrigger", "V04": "outrigger",
               "V05": "kayak"}[v]
        extra = dict(event_code=TEAM[0], event_name=TEAM[2], event_name_zh=TEAM[1])
        t = t0
        for _ in range(1 + int(rng.poisson(1.2))):
            w.ev(c, t, "tp_event_page", eb, "view", v=v, act=act, **extra)
            t += D(hours=float(rng.uniform(1, 72)))
        if rng.random() > 0.7:
            return
        party = int(rng.integers(10, 31))
        w.ev(c, t, "tp_event_register", eb, "submit", v=v, act=act, party_size=party, **extra)
        fee = TEAM_FEE[VEN[v][7]] * party
        tp = t + D(days=float(rng.uniform(0.5, 5)))
        w.ev(c, tp, "tp_event_pay", eb, "success", v=v, act=act, amount=money(v, fee), party_size=party, **extra)
        dd = slot(max(day, tp + D(days=3)), v)
        if rng.random() < weather_p(v, dd):
            wt = self.weather_cancel(c, dd, eb, v, act)
            dd = slot(dd + D(days=14), v)
        w.order(c, tp, fee, "team_building", "paid", eb, act=act, event_code=TEAM[0], party_size=party,
                channel="corporate_invoice")
        w.ev(c, dd, "tp_event_checkin", eb, "check_in", digital=False, v=v, act=act, party_size=party, **extra)
        tf = dd + D(hours=3)
        w.ev(c, tf, "tp_event_finish", eb, "finish", digital=False, v=v, act=act, party_size=party, **extra)
        if rng.random() < 0.4:
            topics = ["fun"] if rng.random() < 0.6 else []
            if v == "V02" and rng.random() < 0.2:
                topics.append("parking")
            w.fb(c, tf + D(days=2), "tp_event_finish", "survey", topics, c["lang"], v=v, nps=nps_of(topics), sess=eb,
                 act=act, pos=True)


def write(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        wr.writerows([r.get(k, "") for k in cols] for r in rows)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    w = W()
    sim = Sim(w)
    days = [START + D(days=i) for i in range((END - START).days - 9)]
    growth = np.array([1.0 + 0.4 * (d - START).days / 365 for d in days])
    dayw = {v: np.array([SEASON[v][d.month - 1] for d in days]) * growth for v in VEN}
    daycum = {v: np.cumsum(a) / a.sum() for v, a in dayw.items()}
    customers = []
    for i in range(N_CUST):
        cid = f"M{i + 1:06d}"
        city = pick(["Shanghai", "Xiamen", "Auckland"], [0.52, 0.26, 0.22])
        v = {"Shanghai": pick(["V01", "V02"], [0.45, 0.55]), "Xiamen": "V03",
             "Auckland": pick(["V04", "V05"], [0.6, 0.4])}[city]
        seg = pick(["individual", "student", "family", "corporate"], [0.59, 0.16, 0.21, 0.04])
        if seg == "corporate":
            acq = "corporate_partner"
        elif city == "Auckland":
            acq = pick(["google", "instagram", "referral", "wechat"], [0.38, 0.27, 0.22, 0.13])
        else:
            acq = pick(["wechat", "dianping", "xiaohongshu", "referral"], [0.32, 0.28, 0.22, 0.18])
        if city == "Auckland":
            lang = "zh" if (acq == "wechat" or rng.random() < 0.12) else "en"
            dev = pick(["ios", "android"], [0.62, 0.38])
            chan = pick(["app", "web"], [0.55, 0.45])
        else:
            lang = "en" if rng.random() < 0.1 else "zh"
            dev = pick(["ios", "android"], [0.45, 0.55])
            chan = pick(["app", "mini_program", "web"], [0.5, 0.4, 0.1])
        if chan == "web":
            dev = "pc"
        c = dict(customer_id=cid, venue=v, city=city, seg=seg, acq=acq, lang=lang, _dev=dev, _chan=chan,
                 act=pick(list(VEN[v][6]), list(VEN[v][6].values())), _spend=0.0)
        start_ver = pick(["5.0.4", "5.1.0"])
        c["_appver"] = (lambda t, sv=start_ver, d=dev: (
            sv if t < datetime(2025, 9, 1) else "5.1.3" if t < datetime(2026, 3, 2) else
            ("5.2.0" if t < datetime(2026, 3, 30, 18) else "5.2.1")) if d == "android" else
            (sv if t < datetime(2025, 9, 1) else "5.1.3" if t < datetime(2026, 3, 2) else "5.2.0"))
        if seg == "corporate":
            path = "team"
        elif v == "V01":
            path = pick(["taster", "event"], [0.82, 0.18])
        else:
            path = pick(["taster", "rental", "event"], [0.70, 0.15, 0.15])
        if path == "event":
            e = pick([e for e in EVENTS if e[3] == v])
            t0 = e[4] - D(days=float(rng.uniform(3, 45)), hours=float(rng.uniform(0, 12)))
            if t0 < START:
                t0 = START + D(hours=float(rng.uniform(8, 40)))
        else:
            di = min(int(np.searchsorted(daycum[v], rng.random())), len(days) - 1)
            t0 = days[di] + D(hours=int(rng.integers(7, 23)), minutes=int(rng.integers(0, 60)),
                             seconds=int(rng.integers(0, 60)))
        n0 = len(w.events)
        if path == "taster":
            sim.taster_path(c, t0)
        elif path == "rental":
            ws = w.sid("WS")
            w.ev(c, t0, "tp_discover", ws, "view")
            sim.rentals(c, t0 + D(minutes=float(rng.uniform(2, 600))), int(1 + rng.poisson(1.8)))
        elif path == "event":
            sim.event_entry(c, t0, forced=e)
            if rng.random() < 0.2 and v != "V01":
                sim.rentals(c, e[4] + D(days=float(rng.uniform(5, 60))), 1)
        else:
            sim.team(c, t0)
        # customer-service enquiries (no comment text kept)
        if rng.random() < 0.07:
            tcs = t0 + D(days=float(rng.uniform(0, 60)))
            w.ev(c, tcs, "tp_cs", w.sid("CT"), "contact", cs_reason=pick(["schedule", "pricing", "parking", "gear"]))
        mine = w.events[n0:]
        if not mine:
            continue
        first = min(e["ts"] for e in mine if e["customer_id"] == cid)
        tier = "gold" if c.get("_member") else "silver" if c.get("_course") else "standard"
        customers.append(dict(
            customer_id=cid, signup_at=first, segment=seg, region=city, acquisition_channel=acq, tier=tier,
            客户类型=SEG_ZH[seg], 所在城市=CITY_ZH[city], 获客渠道=ACQ_ZH[acq], 会员等级=TIER_ZH[tier],
            home_venue_id=v, home_venue=VEN[v][1], home_venue_en=VEN[v][2],
            gender=pick(["F", "M"], [0.48, 0.52]),
            age_band=pick(["<18", "18-24", "25-34", "35-44", "45-54", "55+"], [0.05, 0.17, 0.36, 0.25, 0.12, 0.05])
            if seg != "student" else pick(["<18", "18-24"], [0.3, 0.7]),
            preferred_language=lang, swim_level=pick(["strong", "basic", "non_swimmer"], [0.45, 0.4, 0.15]),
            marketing_opt_in=pick(["true", "false"], [0.6, 0.4]),
            lifetime_spend_cny=0.0, _c=c))
    # social posts: Xiaohongshu / Instagram notes, half without a date, some anonymous
    cust_by = customers
    for k in range(320):
        cu = pick(cust_by)
        c = cu["_c"]
        t = datetime.strptime(cu["signup_at"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(3, 120)))
        if t > END:
            continue
        v = c["venue"]
        topics = []
        if v == "V01" and rng.random() < erg_p(t) * 1.2:
            topics.append("erg_broken")
        if v != "V01" and rng.random() < 0.45:
            topics.append("scenery")
        if rng.random() < 0.4:
            topics.append("fun")
        if rng.random() < 0.2:
            topics.append("coach_good")
        if rng.random() < 0.15:
            topics.append("price")
        if rng.random() < 0.08:
            topics.append("booking_full")
        ch = "instagram" if c["city"] == "Auckland" and c["lang"] == "en" else "xiaohongshu"
        w.fb(c, t, "tp_taster_attend" if rng.random() < 0.5 else "tp_lesson", ch, topics, c["lang"], v=v,
             no_ts=rng.random() < 0.5, anon=rng.random() < 0.4, pos=True)
    spend = {}
    for o in w.orders:
        if o["status"] == "paid":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0.0) + o["amount"]
    for cu in customers:
        cu["lifetime_spend_cny"] = round(spend.get(cu["customer_id"], 0.0), 2)
    ev = sorted(w.events, key=lambda e: (e["ts"], e["event_id"]))
    dups = [dict(e) for e in ev[::1500]]                # tracker re-sends: exact duplicates
    ev = sorted(ev + dups, key=lambda e: (e["ts"], e["event_id"]))
    write(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"],
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"], jr)
    write(out / "customers.csv", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                  "客户类型", "所在城市", "获客渠道", "会员等级", "home_venue_id", "home_venue",
                                  "home_venue_en", "gender", "age_band", "preferred_language", "swim_level",
                                  "marketing_opt_in", "lifetime_spend_cny"], customers)
    write(out / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                               "channel", "venue_id", "venue", "venue_en", "city", "activity", "项目", "coach_id",
                               "coach", "coach_en", "app_version", "amount", "voucher", "lesson_no", "certificate",
                               "plan", "boat_type", "boat_id", "late_minutes", "weather_reason", "refund_amount",
                               "refund_days", "event_code", "event_name", "event_name_zh", "party_size", "bib",
                               "finish_time_s", "cs_reason"], ev)
    orders = sorted(w.orders, key=lambda o: o["ts"])
    write(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                               "订单类型", "session_id", "venue_id", "venue", "venue_en", "city", "activity", "项目",
                               "event_code", "party_size", "voucher", "currency_local", "amount_local", "refunded_at",
                               "fail_reason"], orders)
    write(out / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "nps", "language", "venue_id", "venue", "venue_en", "coach_id", "coach", "coach_en",
                                 "session_id", "activity"], w.feedback)
    write(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topics"], w.truth)
    print(f"customers {len(customers)}, events {len(ev)} ({len(dups)} duplicates), orders {len(orders)}, "
          f"feedback {len(w.feedback)}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
