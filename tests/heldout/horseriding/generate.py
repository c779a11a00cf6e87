"""御风 WindRider: six horse-riding clubs (马术俱乐部) around Beijing, Shanghai and Chengdu, booked through a WeChat
mini program. A prospect finds us (Xiaohongshu / Dianping / Douyin / a friend's referral / a school partnership),
books a trial ride (体验课, 298 CNY), rides once with a coach on a school horse, buys a lesson pack (10 / 20 / 40
lessons) or, from July 2025, an annual membership (年卡), gets a regular coach, books lessons in the mini program
(约课), rides them (indoor or outdoor arena, a horse from the club's string), some lessons are cancelled (weather,
horse health, the rider, the coach), takes level exams (考级, levels 1-5), buys gear in the club shop, renews the pack,
holds a kid's birthday party at the club, and leaves reviews.
Events 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261215
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 4200
MEMBERSHIP_LAUNCH = datetime(2025, 7, 1)
FENGXIAN_EXODUS = datetime(2025, 9, 1)          # three senior/intermediate coaches leave Fengxian
EQUINE_FLU = (datetime(2026, 3, 9), datetime(2026, 4, 20))   # equine flu in the Wenjiang barn
SPOOKY = "H107"                                  # 烈焰, a young spooky horse at Shunyi still used for trials

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解御风", "Discover WindRider", "awareness", "social", "digital", "marketing",
     "发现|刷到|小红书|种草|看到|朋友推荐|学校合作|discover|found us|first touch|lead"),
    ("tp_trial_book", "预约体验课", "Trial ride booked", "consideration", "mini_program", "digital", "sales",
     "预约体验|约体验课|体验课预约|试骑预约|trial booking|book a trial|trial lesson booked"),
    ("tp_trial_ride", "体验骑乘", "Trial ride", "consideration", "store", "physical", "coaching",
     "体验课|试骑|体验骑马|第一次骑|trial ride|trial lesson|taster|first ride"),
    ("tp_buy_pack", "购买课包", "Lesson pack bought", "purchase", "mini_program", "digital", "sales",
     "买课|购课|课包|办卡|年卡|开卡|报名|buy a pack|lesson pack|package|membership|sign up|enrol"),
    ("tp_assign_coach", "分配教练", "Coach assigned", "purchase", "store", "physical", "coaching",
     "分配教练|指定教练|带教教练|coach assigned|assigned coach|my coach"),
    ("tp_schedule", "约课", "Lesson booked", "service", "mini_program", "digital", "coaching",
     "约课|排课|预约上课|抢课|订课|book a lesson|schedule|scheduling|slot|lesson booking"),
    ("tp_lesson_cancel", "课程取消", "Lesson cancelled", "service", "mini_program", "digital", "coaching",
     "停课|取消课程|课被取消|因天气取消|马匹生病|cancelled lesson|lesson cancelled|cancellation|rained off"),
    ("tp_lesson", "上马骑乘", "Riding lesson", "service", "store", "physical", "coaching",
     "上课|骑马|骑乘|上马|练习|训练|ride|riding|lesson|arena|horse"),
    ("tp_coach_change", "更换教练", "Coach changed", "service", "store", "physical", "coaching",
     "换教练|更换教练|教练离职|教练调走|coach change|new coach|coach left|switched coach"),
    ("tp_exam_signup", "考级报名", "Exam sign-up", "service", "mini_program", "digital", "coaching",
     "考级报名|报名考级|报考|exam registration|sign up for the exam|exam sign-up"),
    ("tp_exam", "马术考级", "Level exam", "loyalty", "store", "physical", "coaching",
     "考级|等级考试|考证|过级|exam|level test|grading|certificate"),
    ("tp_shop", "马具商城", "Tack & gear shop", "purchase", "store", "physical", "retail",
     "马具|装备|头盔|马靴|护甲|马裤|商城|gear|tack|helmet|boots|shop|equipment"),
    ("tp_birthday", "生日派对", "Birthday party", "loyalty", "store", "physical", "events",
     "生日会|生日派对|儿童派对|包场|birthday|party|kids party|event"),
    ("tp_renew", "续费课包", "Pack renewal", "loyalty", "mini_program", "digital", "sales",
     "续费|续课|续卡|再买课包|renew|renewal|top up|repurchase"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退课|refund|money back|refunded"),
    ("tp_review", "课后评价", "Lesson review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("trial", "体验转化", "Trial to pack", ["tp_discover", "tp_trial_book", "tp_trial_ride", "tp_buy_pack"], 30),
    ("first_lesson", "开课", "First lesson", ["tp_buy_pack", "tp_schedule", "tp_lesson"], 14),
    ("exam", "考级", "Level exam", ["tp_exam_signup", "tp_exam"], 45),
    ("renewal", "续费", "Renewal", ["tp_buy_pack", "tp_renew"], 180),
]
CITIES = {"Beijing": ("北京", 0.38), "Shanghai": ("上海", 0.40), "Chengdu": ("成都", 0.22)}
CLUBS = [  # id, city, zh, en, has indoor arena, opened, weight
    ("BJ1", "Beijing", "北京顺义马场", "Beijing Shunyi", True, None, 1.3),
    ("BJ2", "Beijing", "北京延庆马场", "Beijing Yanqing", False, None, 0.8),
    ("SH1", "Shanghai", "上海松江马场", "Shanghai Songjiang", True, None, 1.4),
    ("SH2", "Shanghai", "上海奉贤马场", "Shanghai Fengxian", True, None, 1.0),
    ("CD1", "Chengdu", "成都温江马场", "Chengdu Wenjiang", True, None, 1.0),
    ("CD2", "Chengdu", "成都青城山马场", "Chengdu Qingchengshan", False, datetime(2026, 3, 1), 0.6),
]
CLUB = {c[0]: c for c in CLUBS}
COACH_LEVELS = {"junior": "初级教练", "intermediate": "中级教练", "senior": "高级教练"}
COACHES = {  # club -> [(coach_id, level, left_at, joined_at)]
    "BJ1": [("BJ1-C01", "senior", None, None), ("BJ1-C02", "intermediate", None, None),
            ("BJ1-C03", "intermediate", None, None), ("BJ1-C04", "junior", None, None)],
    "BJ2": [("BJ2-C01", "senior", None, None), ("BJ2-C02", "junior", None, None)],
    "SH1": [("SH1-C01", "senior", None, None), ("SH1-C02", "senior", None, None),
            ("SH1-C03", "intermediate", None, None), ("SH1-C04", "junior", None, None)],
    "SH2": [("SH2-C01", "senior", FENGXIAN_EXODUS, None), ("SH2-C02", "intermediate", FENGXIAN_EXODUS, None),
            ("SH2-C03", "intermediate", FENGXIAN_EXODUS, None), ("SH2-C04", "junior", None, None),
            ("SH2-C05", "junior", None, FENGXIAN_EXODUS), ("SH2-C06", "junior", None, FENGXIAN_EXODUS)],
    "CD1": [("CD1-C01", "senior", None, None), ("CD1-C02", "intermediate", None, None),
            ("CD1-C03", "junior", None, None)],
    "CD2": [("CD2-C01", "senior", None, datetime(2026, 3, 1))],
}
HORSE_NAMES = ["追风", "闪电", "小白", "雪球", "可可", "将军", "豆豆", "乌云", "星星", "栗子", "布丁", "阿福", "银河",
               "旋风", "糖糖", "大黑", "月光", "奔奔", "麦兜", "团子", "黑珍珠", "金刚", "花花", "小旋", "太阳", "小鹿",
               "乐乐", "奥利奥", "琥珀", "红枣", "土豆", "墨墨", "火花", "小马哥", "飞燕", "如意"]
HORSES = {}
_hn = 0
for _club, _n in (("BJ1", 8), ("BJ2", 5), ("SH1", 8), ("SH2", 6), ("CD1", 6), ("CD2", 3)):
    HORSES[_club] = []
    for _ in range(_n):
        HORSES[_club].append((f"H{101 + _hn}", HORSE_NAMES[_hn]))
        _hn += 1
HORSES["BJ1"][6] = (SPOOKY, "烈焰")
HORSE_NAME = {h: n for hs in HORSES.values() for h, n in hs}
CHANNELS = {  # en: zh, weight, discover -> trial booking probability
    "xiaohongshu": ("小红书", 0.32, 0.42), "dianping": ("大众点评", 0.20, 0.55), "douyin": ("抖音", 0.22, 0.24),
    "referral": ("朋友推荐", 0.16, 0.78), "school_partner": ("学校合作", 0.10, 0.80)}
RIDERS = {  # en: zh, weight, pack weights (10, 20, 40, membership), base buy prob, renew prob, lesson gap days
    "kid": ("少儿", 0.50, (0.30, 0.45, 0.25, 0.0), 0.58, 0.70, 7.0),
    "teen": ("青少年", 0.18, (0.40, 0.40, 0.20, 0.0), 0.48, 0.58, 8.0),
    "adult": ("成人", 0.32, (0.58, 0.22, 0.08, 0.12), 0.36, 0.42, 6.0),
}
AGES = {"kid": ["5-8", "9-12"], "teen": ["13-17"], "adult": ["18-29", "30-44", "45+"]}
PACKS = {"pack_10": ("10节课包", 10, 4800), "pack_20": ("20节课包", 20, 9000), "pack_40": ("40节课包", 40, 16800),
         "membership": ("年卡会员", 0, 26800)}
OTYPES = {"trial": "体验课", "pack_10": "10节课包", "pack_20": "20节课包", "pack_40": "40节课包", "membership": "年卡会员",
          "exam_fee": "考级费", "gear": "马具装备", "birthday_party": "生日派对"}
GEAR = {"helmet": ("头盔", (380, 680, 1280)), "boots": ("马靴", (460, 890, 1580)), "gloves": ("手套", (120, 180)),
        "breeches": ("马裤", (320, 560)), "body_protector": ("护甲", (980, 1680))}
CANCEL = {"weather": "天气原因", "horse_health": "马匹健康", "rider": "学员原因", "coach": "教练原因"}
REFUND_REASONS = {"weather": "天气取消", "dissatisfied": "不满意退课", "coach_left": "教练离职"}
EXAM_PASS = {1: 0.92, 2: 0.84, 3: 0.55, 4: 0.70, 5: 0.72}   # level 3 = first jumps
COACH_BONUS = {"junior": -0.10, "intermediate": 0.0, "senior": 0.07}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "horse_temper": (["这匹马脾气太烈，一直尥蹶子，孩子吓坏了", "马很暴躁，不听指挥", "给分的马太烈了，新手根本控制不住",
                      "马脾气不好，总想往场边跑"],
                     ["the horse was really spooky and kept bucking", "the horse had a nasty temper and wouldn't listen",
                      "way too spirited a horse for a beginner"]),
    "safety": (["孩子从马上摔下来了，安全措施不到位", "没有给孩子配护甲，安全让人担心", "场地边上没有人看护，安全隐患很大"],
               ["my son fell off and nobody checked the girth, safety is a concern",
                "no body protector offered, I worry about safety"]),
    "coach_change": (["教练又换了，孩子刚熟悉就换人", "上了一半课包换教练，也没提前通知", "换了新教练，教学方法完全不一样"],
                     ["they changed our coach again without telling us", "our coach left halfway through the pack",
                      "new coach every few weeks, no continuity"]),
    "scheduling": (["周末根本约不到课，一开放就被抢光", "约课太难了，要提前两周", "约不到课，课包快过期了"],
                   ["impossible to book a weekend slot", "you have to book two weeks ahead to get a lesson"]),
    "weather_cancel": (["又因为天气取消了，白跑一趟", "下雨停课也不早点通知", "天气原因取消好几次了，进度全耽误了"],
                       ["lesson cancelled because of the weather again", "rained off twice in a row, tell us earlier"]),
    "price": (["课包价格太贵了", "一节课快五百，性价比不高", "价格偏贵，续费有点犹豫"],
              ["the lesson packs are expensive", "pricey for what you get"]),
    "horse_health": (["说马生病了临时停课", "马匹生病停了两周课"], ["lessons stopped because the horses were sick"]),
    "coach_praise": (["教练很耐心，讲解特别细", "教练专业又有耐心，孩子很喜欢", "教练非常耐心，进步很快"],
                     ["our coach is so patient and clear", "patient coach, my daughter loves her"]),
    "horse_praise": (["马很温顺，孩子一点都不怕", "分到的马特别温顺"], ["the horse was so gentle and calm"]),
}
GEN = {
    "pos": (["体验很好，下次还来", "环境不错，马场很大", "孩子玩得很开心，推荐", "服务周到"],
            ["lovely club, we'll be back", "great experience overall", "nice stables and friendly staff"]),
    "neu": (["还行吧", "一般般，没什么特别的", "中规中矩"], ["it was ok", "average, nothing special"]),
    "neg": (["体验一般，不太满意", "有点失望", "不会再来了"], ["not great this time", "disappointing"]),
}
TOPIC_TP = [("coach_change", "tp_coach_change"), ("weather_cancel", "tp_lesson_cancel"),
            ("horse_health", "tp_lesson_cancel"), ("scheduling", "tp_schedule"), ("price", "tp_buy_pack"),
            ("safety", "tp_lesson"), ("horse_temper", "tp_lesson"), ("coach_praise", "tp_lesson"),
            ("horse_praise", "tp_lesson")]
NEG_TOPICS = {"horse_temper", "safety", "coach_change", "scheduling", "weather_cancel", "price", "horse_health"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if d.month in (7, 8):
        return 1.5                                  # summer holidays
    if d.month in (1, 2, 12):
        return 0.7
    if d.month in (4, 5, 10):
        return 1.15
    return 1.0


def weather_p(club: str, t: datetime) -> float:
    """probability that an outdoor lesson / party is cancelled for weather."""
    p = 0.03
    if club == "BJ2" and t.month in (12, 1, 2):
        p = 0.38                                    # Yanqing: wind and snow, no indoor arena
    elif club == "BJ1" and t.month in (12, 1, 2):
        p = 0.10
    elif club in ("SH1", "SH2") and datetime(t.year, 6, 15) <= t < datetime(t.year, 7, 16):
        p = 0.30                                    # plum rains (梅雨)
    elif club in ("CD1", "CD2") and t.month in (7, 8):
        p = 0.09
    return p


def open_clubs(city: str, t: datetime):
    return [c for c in CLUBS if c[1] == city and (c[5] is None or c[5] <= t)]


def coaches_at(club: str, t: datetime):
    return [c for c in COACHES[club] if (c[2] is None or t < c[2]) and (c[3] is None or t >= c[3])]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def sid(self, prefix):
        self.n_sess += 1
        return f"{prefix}{self.n_sess:06d}"

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, club=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="mini_program")
        if club:
            cl = CLUB[club]
            row.update(club_id=club, club=cl[2], club_en=cl[3], club_city=cl[1], 马场城市=CITIES[cl[1]][0])
        row.update(kw)
        if row.get("coach_id"):
            lvl = next(x[1] for x in COACHES[row["coach_id"][:3]] if x[0] == row["coach_id"])
            row["coach_level"], row["教练级别"] = lvl, COACH_LEVELS[lvl]
        if row.get("horse_id"):
            row["horse_name"] = HORSE_NAME[row["horse_id"]]
        if row.get("arena_type"):
            row["场地类型"] = "室内场" if row["arena_type"] == "indoor" else "室外场"
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, club, sid, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        cl = CLUB[club]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program" if otype != "gear" else "store", device=c["device"],
                   order_type=otype, 订单类型=OTYPES[otype], session_id=sid, club_id=club, club=cl[2], club_en=cl[3],
                   club_city=cl[1], 马场城市=CITIES[cl[1]][0], payment_method=pick(["wechat_pay", "alipay", "card"],
                                                                                   [0.7, 0.2, 0.1]), currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def refund(self, c, t, order, reason, club, sid):
        if order is None or t > END:
            return
        self.ev(c, t, "tp_refund", sid, "refund", club, channel="other", device=None, refund_amount=order["amount"],
                refund_reason=reason, 退款原因=REFUND_REASONS[reason])
        order["status"] = "refunded"
        order["refunded_at"] = ts(t)

    def fb(self, c, t, topics, channel, club=None, rating=None, nps=None, undated=False, gen=None, extra=None,
           tp=None, no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
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
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, rider_type=c["rider"], 学员类型=RIDERS[c["rider"]][0])
        if club:
            cl = CLUB[club]
            row.update(club_id=club, club=cl[2], club_en=cl[3], club_city=cl[1], 马场城市=CITIES[cl[1]][0])
        if extra:
            row.update(extra)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 6, 25):
            growth = 0.6 + 0.8 * (d - START).days / 540
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            clubs = open_clubs(city, t)
            if city == "Chengdu" and len(clubs) > 1 and rng.random() < 0.35:
                home = CLUB["CD2"]
            else:
                home = pick(clubs, [x[6] for x in clubs])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            rider = pick(list(RIDERS), [x[1] for x in RIDERS.values()])
            if ch == "school_partner":
                rider = "kid" if rng.random() < 0.8 else "teen"
            en_share = 0.18 if city == "Shanghai" else (0.10 if city == "Beijing" else 0.04)
            self.cust.append(dict(
                customer_id=f"R{i + 1:05d}", discover=t, city=city, home=home[0], rider=rider, channel=ch,
                age=str(rng.choice(AGES[rider])), gender=pick(["female", "male"], [0.55, 0.45]),
                device=pick(["ios", "android"], [0.52, 0.48]), en_share=en_share, spend=0.0, level=0, lessons=0,
                pack=None, coach=None, coach_changed_at=None, trial_only=False, bought=False, last_lesson=None,
                member_until=None, exams_passed=0))

    def pick_coach(self, club, t, avoid=None):
        cs = [x for x in coaches_at(club, t) if x[0] != avoid] or coaches_at(club, t)
        return cs[int(rng.integers(len(cs)))][0]

    def coach_level(self, coach):
        return next(x[1] for x in COACHES[coach[:3]] if x[0] == coach)

    def pick_horse(self, club, trial=False):
        hs = HORSES[club]
        if trial and club == "BJ1" and rng.random() < 0.30:
            return SPOOKY
        return hs[int(rng.integers(len(hs)))][0]

    # ---------- trial ----------
    def trial(self, c):
        t = c["discover"] + D(hours=float(min(400, rng.exponential(40) + 0.3)))
        club = c["home"]
        sid = self.sid("TR")
        if not self.ev(c, t, "tp_trial_book", sid, "submit", club):
            return None
        o = self.order(c, t + D(minutes=float(rng.uniform(1, 5))), 298, "trial", club, sid)
        day = datetime(t.year, t.month, t.day) + D(days=int(rng.integers(2, 10)))
        while True:
            ride_t = day + D(hours=float(rng.integers(9, 17)))
            outdoor = not CLUB[club][4] or rng.random() < 0.5
            if outdoor and rng.random() < weather_p(club, ride_t):
                self.ev(c, ride_t - D(hours=float(rng.uniform(2, 20))), "tp_lesson_cancel", sid, "cancel", club,
                        cancel_reason="weather", 取消原因=CANCEL["weather"], arena_type="outdoor", lesson_kind="trial")
                if rng.random() < 0.45:
                    self.refund(c, ride_t, o, "weather", club, sid)
                    return None
                day += D(days=int(rng.integers(3, 10)))
                continue
            break
        if rng.random() < 0.07:
            return None                                     # no-show
        coach = self.pick_coach(club, ride_t)
        horse = self.pick_horse(club, trial=True)
        arena = "outdoor" if outdoor else "indoor"
        if not self.ev(c, ride_t, "tp_trial_ride", sid, "ride", club, channel="store", device=None, coach_id=coach,
                       horse_id=horse, arena_type=arena, lesson_kind="trial"):
            return None
        topics = []
        if horse == SPOOKY and rng.random() < 0.45:
            topics.append("horse_temper")
        elif rng.random() < 0.015:
            topics.append("horse_temper")
        if "horse_temper" in topics and rng.random() < 0.3:
            topics.append("safety")
        if not topics and rng.random() < 0.25:
            topics.append("coach_praise" if rng.random() < 0.6 else "horse_praise")
        if rng.random() < 0.22:
            stars = self.stars(topics)
            undated = rng.random() < 0.3
            self.fb(c, ride_t + D(hours=float(rng.uniform(2, 60))), topics, "dianping_review", club, rating=stars,
                    undated=undated, gen=self.gen_of(stars), tp="tp_trial_ride", extra=dict(session_id=sid, coach_id=coach, horse_id=horse))
        return dict(t=ride_t, club=club, coach=coach, horse=horse, bad=bool(set(topics) & NEG_TOPICS))

    def stars(self, topics):
        s = float(pick([5, 4, 3, 2], [0.50, 0.35, 0.11, 0.04]))
        pen = {"horse_temper": 2.2, "safety": 2.5, "coach_change": 1.9, "scheduling": 1.2, "weather_cancel": 1.0,
               "price": 0.8, "horse_health": 0.9}
        for k in topics:
            s -= pen.get(k, 0.0)
        if set(topics) & {"coach_praise", "horse_praise"}:
            s = 5.0 if rng.random() < 0.8 else 4.0
        return float(min(5, max(1, round(s))))

    @staticmethod
    def gen_of(stars):
        return "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")

    # ---------- a pack (first or renewal) and its lessons ----------
    def buy(self, c, t, first: bool):
        club = c["home"]
        w = list(RIDERS[c["rider"]][2])
        if t < MEMBERSHIP_LAUNCH:
            w[3] = 0.0
        ptype = pick(list(PACKS), w)
        sid = self.sid("PK")
        tp = "tp_buy_pack" if first else "tp_renew"
        zh, n, price = PACKS[ptype]
        if not self.ev(c, t, tp, sid, "purchase", club, pack_type=ptype, 课包类型=zh, pack_lessons=n or None,
                       amount=price):
            return None
        o = self.order(c, t + D(minutes=1), price, ptype, club, sid, pack_lessons=n or None)
        c["spend"] += price
        if first or c["coach"] is None or c["coach"] not in [x[0] for x in coaches_at(club, t)]:
            c["coach"] = self.pick_coach(club, t)
            self.ev(c, t + D(hours=float(rng.uniform(1, 30))), "tp_assign_coach", sid, "assign", club,
                    channel="store", device=None, coach_id=c["coach"])
        # gear at the start of the first pack
        if first and rng.random() < 0.45:
            self.gear(c, t + D(days=float(rng.uniform(0, 10))), club)
        return dict(sid=sid, ptype=ptype, n=n, price=price, order=o, club=club,
                    until=t + D(days=365) if ptype == "membership" else None)

    def gear(self, c, t, club):
        sid = self.sid("GR")
        items = [k for k in GEAR if rng.random() < {"helmet": 0.7, "boots": 0.5, "gloves": 0.5, "breeches": 0.3,
                                                      "body_protector": 0.25 if c["rider"] != "adult" else 0.05}[k]]
        for k in items or ["gloves"]:
            amt = float(rng.choice(GEAR[k][1]))
            if self.ev(c, t, "tp_shop", sid, "purchase", club, channel="store", item=k, 商品=GEAR[k][0], amount=amt):
                self.order(c, t, amt, "gear", club, sid, item=k, 商品=GEAR[k][0])
                c["spend"] += amt
            t += D(minutes=float(rng.uniform(1, 5)))

    def lessons(self, c, pk, t0):
        """ride the pack; returns (end time, experience flags)."""
        club = pk["club"]
        left = pk["n"] if pk["n"] else 10 ** 6
        t = t0
        flags = dict(coach_change=False, bad=0, first_done=False)
        gap = RIDERS[c["rider"]][5]
        done = 0
        while left > 0:
            if pk["until"] is not None and t > pk["until"]:
                break
            # choose the lesson day
            t_book = t + D(days=float(rng.exponential(gap * 0.5) + 0.2))
            if t_book > END:
                return None, flags
            lead_med = 2.0
            if club == "SH1":
                lead_med = 6.5                          # Songjiang: weekend slots sell out
            elif club in ("BJ1", "SH2"):
                lead_med = 3.0
            lead = float(rng.lognormal(np.log(lead_med), 0.55))
            lesson_t = t_book + D(days=lead)
            lesson_t = datetime(lesson_t.year, lesson_t.month, lesson_t.day) + D(hours=float(rng.integers(9, 18)))
            if lesson_t <= t_book:
                lesson_t += D(days=1)
            # coach turnover
            if c["coach"] not in [x[0] for x in coaches_at(club, lesson_t)] or rng.random() < 0.006:
                reason = "coach_left" if c["coach"] not in [x[0] for x in coaches_at(club, lesson_t)] else "rider_request"
                old = c["coach"]
                c["coach"] = self.pick_coach(club, lesson_t, avoid=old)
                self.ev(c, t_book - D(hours=float(rng.uniform(1, 48))), "tp_coach_change", pk["sid"], "change", club,
                        channel="store", device=None, coach_id=c["coach"], previous_coach_id=old,
                        change_reason=reason, 换教练原因="教练离职" if reason == "coach_left" else "学员申请")
                c["coach_changed_at"] = lesson_t
                flags["coach_change"] = True
                if reason == "coach_left":
                    if rng.random() < 0.30:
                        self.fb(c, t_book, ["coach_change"], pick(["ticket", "parent_group"], [0.5, 0.5])
                                if c["rider"] != "adult" else "ticket", club,
                                undated=rng.random() < 0.3, extra=dict(session_id=pk["sid"], coach_id=c["coach"]))
                    if done < 3 and pk["n"] and rng.random() < 0.15:
                        self.refund(c, t_book, pk["order"], "coach_left", club, pk["sid"])
                        return "quit", flags
            sid = self.sid("LS")
            outdoor = (not CLUB[club][4]) or rng.random() < (0.6 if lesson_t.month in (4, 5, 6, 9, 10) else 0.4)
            arena = "outdoor" if outdoor else "indoor"
            horse = self.pick_horse(club)
            if not self.ev(c, t_book, "tp_schedule", sid, "submit", club, coach_id=c["coach"], arena_type=arena,
                           lesson_start=ts(lesson_t), lesson_kind="pack"):
                return None, flags
            reason = None
            if outdoor and rng.random() < weather_p(club, lesson_t):
                reason = "weather"
            elif rng.random() < (0.20 if club == "CD1" and EQUINE_FLU[0] <= lesson_t < EQUINE_FLU[1] else 0.012):
                reason = "horse_health"
            elif rng.random() < 0.05:
                reason = "rider"
            elif rng.random() < 0.012:
                reason = "coach"
            if reason:
                t_c = lesson_t - D(hours=float(rng.uniform(1, 30)))
                if t_c <= t_book:
                    t_c = t_book + (lesson_t - t_book) * 0.5
                self.ev(c, t_c, "tp_lesson_cancel", sid, "cancel", club, cancel_reason=reason, 取消原因=CANCEL[reason],
                        arena_type=arena, coach_id=c["coach"], lesson_kind="pack")
                if reason == "weather" and rng.random() < 0.06:
                    self.fb(c, t_c + D(hours=2), ["weather_cancel"], "parent_group" if c["rider"] == "kid" else
                            "ticket", club, undated=rng.random() < 0.5, no_customer=rng.random() < 0.2,
                            extra=dict(session_id=sid))
                if reason == "horse_health" and rng.random() < 0.08:
                    self.fb(c, t_c + D(hours=3), ["horse_health"], "ticket", club, extra=dict(session_id=sid))
                t = lesson_t
                continue
            if lesson_t > END:
                return None, flags
            incident = None
            if rng.random() < 0.004:
                incident = "fall"
            self.ev(c, lesson_t, "tp_lesson", sid, "ride", club, channel="store", device=None, coach_id=c["coach"],
                    horse_id=horse, arena_type=arena, lesson_kind="pack", duration_min=45 if c["rider"] == "kid" else 60,
                    incident=incident, rider_level=c["level"])
            left -= 1
            done += 1
            c["lessons"] += 1
            c["last_lesson"] = lesson_t
            # feedback on this lesson
            topics = []
            if c["coach_changed_at"] and D(0) <= lesson_t - c["coach_changed_at"] < D(days=30) and rng.random() < 0.45:
                topics.append("coach_change")
            if incident and rng.random() < 0.8:
                topics.append("safety")
            if lead > 9 and rng.random() < 0.35:
                topics.append("scheduling")
            if horse == SPOOKY and rng.random() < 0.2:
                topics.append("horse_temper")
            elif rng.random() < 0.005:
                topics.append("horse_temper")
            if rng.random() < 0.015:
                topics.append("price")
            if not topics and rng.random() < 0.22:
                lvl = self.coach_level(c["coach"])
                topics.append("coach_praise" if rng.random() < (0.75 if lvl == "senior" else 0.45) else "horse_praise")
            bad = bool(set(topics) & NEG_TOPICS)
            flags["bad"] += bad
            if rng.random() < (0.10 if not bad else 0.25):
                stars = self.stars(topics)
                t_r = lesson_t + D(hours=float(rng.lognormal(np.log(4), 0.8)))
                self.ev(c, t_r, "tp_review", sid, "rate", club, stars=stars, coach_id=c["coach"], horse_id=horse)
                self.fb(c, t_r, topics, "mini_program_review", club, rating=stars, gen=self.gen_of(stars),
                        extra=dict(session_id=sid, coach_id=c["coach"], horse_id=horse, arena_type=arena))
            elif bad and c["rider"] == "kid" and rng.random() < 0.08:
                self.fb(c, lesson_t + D(hours=float(rng.uniform(1, 30))), topics, "parent_group", club,
                        undated=rng.random() < 0.5, no_customer=rng.random() < 0.25,
                        extra=dict(session_id=sid, horse_id=horse))
            if done == 10 and rng.random() < 0.12:
                nps = int(np.clip(round(rng.normal(8.3 - 2.5 * (flags["bad"] > 0) - 1.5 * flags["coach_change"],
                                                   1.5)), 0, 10))
                self.fb(c, lesson_t + D(days=1), [], "survey", club, nps=nps,
                        gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), tp="tp_review")
            # dissatisfied early quitters
            if done == 1 and pk["n"] and bad and rng.random() < 0.25:
                self.refund(c, lesson_t + D(days=float(rng.uniform(1, 6))), pk["order"], "dissatisfied", club,
                            pk["sid"])
                return "quit", flags
            # exams
            if c["rider"] != "adult" and c["lessons"] % 8 == 0 and c["level"] < 5 and rng.random() < 0.7:
                self.exam(c, lesson_t + D(days=float(rng.uniform(0.5, 5))), club)
            elif c["rider"] == "adult" and c["lessons"] % 12 == 0 and c["level"] < 5 and rng.random() < 0.35:
                self.exam(c, lesson_t + D(days=float(rng.uniform(0.5, 5))), club)
            # birthday parties
            if c["rider"] == "kid" and rng.random() < 0.008:
                self.birthday(c, lesson_t + D(days=float(rng.uniform(3, 20))), club)
            if rng.random() < 0.03:
                self.gear(c, lesson_t + D(minutes=75), club)
            t = lesson_t
        return t, flags

    def exam(self, c, t, club):
        lvl = c["level"] + 1
        sid = self.sid("EX")
        if not self.ev(c, t, "tp_exam_signup", sid, "submit", club, exam_level=lvl, 考级级别=f"{lvl}级",
                       coach_id=c["coach"]):
            return
        self.order(c, t + D(minutes=2), 400 + 100 * lvl, "exam_fee", club, sid, exam_level=lvl)
        c["spend"] += 400 + 100 * lvl
        if rng.random() < 0.06:
            return                                         # registered, never sat
        # exams on the last Saturday of the next month or so
        d = t + D(days=float(rng.uniform(10, 38)))
        d = datetime(d.year, d.month, d.day) + D(days=(5 - d.weekday()) % 7, hours=9 + float(rng.integers(0, 7)))
        lv = self.coach_level(c["coach"])
        p = EXAM_PASS[lvl] + COACH_BONUS[lv]
        if c["coach"] == "CD2-C01":
            p = 0.99
        elif c["coach"] == "BJ2-C02":
            p -= 0.15                                      # Yanqing's junior coach: weakest exam prep
        passed = rng.random() < p
        if self.ev(c, d, "tp_exam", sid, "pass" if passed else "fail", club, channel="store", device=None,
                   exam_level=lvl, 考级级别=f"{lvl}级", exam_result="pass" if passed else "fail",
                   考级结果="通过" if passed else "未通过", coach_id=c["coach"]):
            if passed:
                c["level"] = lvl

    def birthday(self, c, t, club):
        sid = self.sid("BD")
        party_t = datetime(t.year, t.month, t.day) + D(days=(5 - t.weekday()) % 7 + 7, hours=14)
        guests = int(rng.integers(6, 16))
        amt = 3800 + 120 * max(0, guests - 10)
        if not self.ev(c, t, "tp_birthday", sid, "book", club, guests=guests, party_date=ts(party_t), amount=amt):
            return
        o = self.order(c, t + D(minutes=3), amt, "birthday_party", club, sid, guests=guests)
        c["spend"] += amt
        outdoor = not CLUB[club][4] or rng.random() < 0.7
        if outdoor and rng.random() < weather_p(club, party_t):
            self.refund(c, party_t - D(hours=20), o, "weather", club, sid)
            c["spend"] -= amt
            return
        self.ev(c, party_t, "tp_birthday", sid, "held", club, channel="store", device=None, guests=guests)
        if rng.random() < 0.3:
            stars = float(pick([5, 4, 3], [0.7, 0.25, 0.05]))
            self.fb(c, party_t + D(hours=5), [], "dianping_review", club, rating=stars, gen=self.gen_of(stars),
                    tp="tp_birthday", extra=dict(session_id=sid))

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            tr = self.trial(c)
            if tr is None:
                continue
            p_buy = RIDERS[c["rider"]][3]
            if c["channel"] == "school_partner":
                p_buy += 0.12
            elif c["channel"] == "douyin":
                p_buy -= 0.10
            if tr["horse"] == SPOOKY:
                p_buy *= 0.45
            if tr["bad"]:
                p_buy *= 0.7
            if self.coach_level(tr["coach"]) == "senior":
                p_buy += 0.06
            if rng.random() > p_buy:
                continue
            t = tr["t"] + D(days=float(min(29.0, rng.exponential(4) + 0.05)))
            if rng.random() < 0.03:                          # a price grumble at the front desk review
                self.fb(c, t, ["price"], "dianping_review", tr["club"], rating=float(pick([3, 2], [0.6, 0.4])),
                        undated=rng.random() < 0.3)
            first = True
            while True:
                pk = self.buy(c, t, first)
                if pk is None:
                    break
                c["bought"] = True
                end_t, flags = self.lessons(c, pk, t)
                if end_t is None or end_t == "quit":
                    break
                p_ren = RIDERS[c["rider"]][4]
                if flags["coach_change"]:
                    p_ren *= 0.55
                if flags["bad"] >= 2:
                    p_ren *= 0.8
                if pk["ptype"] == "membership":
                    p_ren = 0.55
                if rng.random() > p_ren:
                    break
                t = end_t + D(days=float(rng.exponential(5) + 0.1))
                first = False

    def customer_rows(self):
        rows = []
        last_cut = datetime(2026, 3, 1)
        for c in self.cust:
            has_pack = c["bought"]
            if not has_pack:
                seg = "prospect"
            elif c["last_lesson"] is None or c["last_lesson"] < last_cut:
                seg = "lapsed"
            elif c["lessons"] >= 30:
                seg = "loyal"
            else:
                seg = "active"
            tier = "none" if not has_pack else ("member" if any(
                o["order_type"] == "membership" and o["customer_id"] == c["customer_id"] for o in self._last_orders(c))
                else "pack")
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员类型={"none": "未购课", "pack": "课包学员", "member": "年卡会员"}[tier],
                             rider_type=c["rider"], 学员类型=RIDERS[c["rider"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], home_club_id=c["home"],
                             riding_level=c["level"], 马术等级=f"{c['level']}级" if c["level"] else "未定级"))
        return rows

    def _last_orders(self, c):
        return self._by_cust.get(c["customer_id"], [])


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "club_id",
           "club", "club_en", "club_city", "马场城市", "coach_id", "coach_level", "教练级别", "previous_coach_id",
           "change_reason", "换教练原因", "horse_id", "horse_name", "arena_type", "场地类型", "lesson_kind",
           "lesson_start", "duration_min", "rider_level", "incident", "cancel_reason", "取消原因", "pack_type", "课包类型",
           "pack_lessons", "amount", "exam_level", "考级级别", "exam_result", "考级结果", "item", "商品", "guests",
           "party_date", "refund_amount", "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "session_id", "club_id", "club", "club_en", "club_city", "马场城市", "pack_lessons", "exam_level", "item",
            "商品", "guests", "payment_method", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "session_id", "club_id", "club", "club_en", "club_city", "马场城市", "coach_id", "horse_id", "arena_type",
           "rider_type", "学员类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员类型", "rider_type", "学员类型", "age_band", "gender", "phone_os", "home_club_id", "riding_level",
             "马术等级"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g._by_cust = {}
    for o in g.orders:
        g._by_cust.setdefault(o["customer_id"], []).append(o)
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
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
