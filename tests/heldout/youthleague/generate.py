"""绿茵少年 GreenPitch Youth Football Academy & League: a youth football (soccer) academy with six venues (校区) in
Shanghai, Hangzhou and Chengdu. Kids play in age groups U8 / U10 / U12 / U14, train once or twice a week in 16-week
seasons (spring 春季 Mar-Jun, autumn 秋季 Sep-Dec), play league and cup match days, buy kit (球衣套装, boots, balls),
go to summer camps (夏令营) in July, and their parents renew (续费) for the next season or drop out (中途退出).

A parent finds us (小红书 / 抖音 / 大众点评 / a school flyer 校园地推 / another parent's referral 家长转介绍), books a
free trial session (报名试训) in the WeChat mini program, the kid turns up for it (or not: 试训爽约), the parent pays
the registration fee and the season fee (注册缴费), the kid is put in a team (分队) with a coach, attends training
sessions (训练课: attended / absent / cancelled for weather), match days (比赛日: played / on the bench / absent),
kit is ordered and picked up or delivered, injuries are logged (伤病报告), parents ask for refunds (退费申请 -> 退费完成),
and at the end of the season they renew, or the kid quits mid-season. Parents rate the season in the mini program,
write Dianping reviews, answer an end-of-season NPS survey, open service tickets and complain in the parents' WeChat
groups (collected by customer service).
Data 2025-01-01 .. 2026-07-31 (the CRM extract was taken at the start of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261231), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261231
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_FAM = 5200
KIT_DELAY = (datetime(2025, 8, 10), datetime(2025, 10, 1))     # kit supplier out of stock (apparel)
TURF_FIXED = datetime(2026, 2, 15)                             # Chengdu Hi-Tech: worn hard turf replaced
CHENGDU_OPEN = datetime(2025, 7, 1)                            # Chengdu venue: marketing from July, first season autumn

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解绿茵少年", "Discover GreenPitch", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|看到广告|地推传单|朋友推荐|discover|found us|heard about us|flyer"),
    ("tp_trial_signup", "报名试训", "Trial sign-up", "consideration", "mini_program", "digital", "admissions",
     "报名试训|预约试训|约体验课|试听|trial booking|book a trial|free trial sign-up"),
    ("tp_trial", "试训课", "Trial session attended", "consideration", "store", "physical", "coaching",
     "试训|体验课|试课|trial|trial session|taster session"),
    ("tp_trial_noshow", "试训爽约", "Trial no-show", "consideration", "store", "physical", "admissions",
     "爽约|没来试训|放鸽子|no-show|did not turn up|missed trial"),
    ("tp_reg_pay", "注册缴费", "Registration paid", "purchase", "mini_program", "digital", "finance",
     "报名缴费|交学费|注册费|入学|registration|sign up|enrol|enrolment fee|paid registration"),
    ("tp_team_assign", "分队", "Team assignment", "service", "other", "digital", "coaching",
     "分队|分组|编队|分到哪个队|team assignment|squad|placed in a team"),
    ("tp_training", "训练课", "Training session", "service", "store", "physical", "coaching",
     "训练|上课|训练课|出勤|停课|training|practice|session|attendance"),
    ("tp_match", "比赛日", "Match day", "service", "store", "physical", "league",
     "比赛|联赛|杯赛|比赛日|上场|替补|match|game day|league match|cup|playing time"),
    ("tp_kit_order", "装备下单", "Kit order", "purchase", "mini_program", "digital", "retail",
     "买装备|订球衣|球鞋|装备订单|kit order|jersey order|uniform|boots"),
    ("tp_kit_delivered", "装备到货", "Kit delivered", "service", "other", "physical", "retail",
     "球衣到货|装备到了|领球衣|kit delivery|kit arrived|uniform pickup"),
    ("tp_injury", "伤病报告", "Injury report", "service", "other", "physical", "coaching",
     "受伤|伤病|崴脚|扭伤|injury|injured|sprain|hurt"),
    ("tp_refund_req", "退费申请", "Refund request", "service", "mini_program", "digital", "customer_service",
     "退费|申请退款|退学费|refund request|ask for refund|money back"),
    ("tp_refund_done", "退费完成", "Refund completed", "service", "mini_program", "digital", "finance",
     "退费到账|退款完成|refund paid|refund completed|refund processed"),
    ("tp_dropout", "中途退出", "Mid-season drop-out", "loyalty", "other", "digital", "customer_service",
     "退出|退队|不踢了|中途退出|流失|drop out|quit|left the team|churn"),
    ("tp_renewal", "赛季续费", "Season renewal", "loyalty", "mini_program", "digital", "finance",
     "续费|续报|下赛季|续课|renewal|renew|re-enrol|next season"),
    ("tp_camp", "夏令营报名", "Summer camp booking", "purchase", "mini_program", "digital", "admissions",
     "夏令营|暑期营|集训营|summer camp|holiday camp"),
    ("tp_review", "家长评价", "Parent review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|家长评价|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("trial", "试训转化", "Trial to registration", ["tp_discover", "tp_trial_signup", "tp_trial", "tp_reg_pay"], 21),
    ("kit", "装备订购", "Kit order", ["tp_kit_order", "tp_kit_delivered"], 30),
    ("refund", "退费处理", "Refund", ["tp_refund_req", "tp_refund_done"], 30),
    ("renewal", "赛季续费", "Season renewal", ["tp_team_assign", "tp_renewal"], 150),
]
VENUES = {  # id: city, zh, en, indoor, opened, weight
    "V1": ("Shanghai", "上海世纪公园校区", "Century Park", False, None, 1.25),
    "V2": ("Shanghai", "上海七宝校区", "Qibao", False, None, 1.0),
    "V3": ("Shanghai", "上海徐汇滨江室内馆", "Xuhui Riverside Dome", True, None, 0.95),
    "V4": ("Hangzhou", "杭州滨江校区", "Hangzhou Binjiang", False, None, 1.0),
    "V5": ("Hangzhou", "杭州运河校区", "Hangzhou Canal Park", False, None, 1.05),
    "V6": ("Chengdu", "成都高新校区", "Chengdu Hi-Tech", False, CHENGDU_OPEN, 1.0),
}
CITIES = {"Shanghai": ("上海", 0.49), "Hangzhou": ("杭州", 0.27), "Chengdu": ("成都", 0.24)}
COACHES = {  # id: zh, en
    "CH01": ("李明", "Li Ming"), "CH02": ("张伟", "Zhang Wei"), "CH03": ("赵刚", "Zhao Gang"),
    "CH04": ("周鹏", "Zhou Peng"), "CH05": ("卡洛斯", "Carlos Ruiz"), "CH06": ("陈浩", "Chen Hao"),
    "CH07": ("刘洋", "Liu Yang"), "CH08": ("孙杰", "Sun Jie"), "CH09": ("吴凡", "Wu Fan"),
    "CH10": ("马可", "Marco Bianchi"), "CH11": ("郑凯", "Zheng Kai"), "CH12": ("何军", "He Jun"),
}
TEAM_COACH = {  # (venue, age group) -> coach
    ("V1", "U8"): "CH01", ("V1", "U10"): "CH01", ("V1", "U12"): "CH02", ("V1", "U14"): "CH02",
    ("V2", "U8"): "CH04", ("V2", "U10"): "CH03", ("V2", "U12"): "CH03", ("V2", "U14"): "CH04",
    ("V3", "U8"): "CH05", ("V3", "U10"): "CH05", ("V3", "U12"): "CH06", ("V3", "U14"): "CH06",
    ("V4", "U8"): "CH07", ("V4", "U10"): "CH07", ("V4", "U12"): "CH08", ("V4", "U14"): "CH08",
    ("V5", "U8"): "CH09", ("V5", "U10"): "CH09", ("V5", "U12"): "CH10", ("V5", "U14"): "CH10",
    ("V6", "U8"): "CH11", ("V6", "U10"): "CH11", ("V6", "U12"): "CH12", ("V6", "U14"): "CH12",
}
TEAM_SHORT = {"V1": ("世纪公园", "Century Park"), "V2": ("七宝", "Qibao"), "V3": ("徐汇", "Xuhui"),
              "V4": ("滨江", "Binjiang"), "V5": ("运河", "Canal Park"), "V6": ("高新", "Hi-Tech")}
NICK = {"U8": ("小狮子", "Cubs"), "U10": ("猛虎", "Tigers"), "U12": ("雄鹰", "Eagles"), "U14": ("闪电", "Lightning")}
AGES = {"U8": 0.30, "U10": 0.32, "U12": 0.24, "U14": 0.14}
FEE_1X = {"U8": 2680, "U10": 2980, "U12": 3280, "U14": 3480}
REG_FEE = 300
SEASONS = [  # id, zh, en, start (Monday)
    ("2025-spring", "2025春季", "Spring 2025", datetime(2025, 3, 3)),
    ("2025-autumn", "2025秋季", "Autumn 2025", datetime(2025, 9, 1)),
    ("2026-spring", "2026春季", "Spring 2026", datetime(2026, 3, 2)),
    ("2026-autumn", "2026秋季", "Autumn 2026", datetime(2026, 8, 31)),
]
WEEKS = 16
CHANNELS = {  # en: zh, weight, p(trial signup), p(no-show), p(pay | trial attended)
    "xiaohongshu": ("小红书", 0.30, 0.55, 0.14, 0.56), "douyin": ("抖音", 0.24, 0.62, 0.42, 0.46),
    "dianping": ("大众点评", 0.14, 0.70, 0.12, 0.62), "school_flyer": ("校园地推", 0.16, 0.58, 0.18, 0.55),
    "referral": ("家长转介绍", 0.16, 0.86, 0.05, 0.80)}
PAY = {"wechat_pay": ("微信支付", 0.55), "alipay": ("支付宝", 0.24), "bank_transfer": ("银行转账", 0.12),
       "installment": ("花呗分期", 0.09)}
REFUND_DAYS = {"wechat_pay": 1.8, "alipay": 2.0, "installment": 4.5, "bank_transfer": 10.5}
PACK = {1: "每周1次", 2: "每周2次"}
OTYPE_ZH = {"registration_fee": "注册费", "season_fee": "赛季学费", "kit": "装备", "summer_camp": "夏令营"}
KITS = {  # type: zh, price range, apparel (hit by the supplier delay)
    "full_kit": ("球衣套装", (399, 400), True), "training_top": ("训练服", (159, 160), True),
    "boots": ("球鞋", (299, 600), False), "ball": ("足球", (129, 130), False),
    "shin_guards": ("护腿板", (79, 80), False), "gk_gloves": ("守门员手套", (159, 160), False)}
SIZES = {"U8": "130", "U10": "140", "U12": "150", "U14": "160"}
FULFIL = {"venue_pickup": "场地自提", "express": "快递到家"}
INJ = {"ankle_sprain": ("脚踝扭伤", "moderate"), "knee_scrape": ("膝盖擦伤", "minor"),
       "muscle_strain": ("肌肉拉伤", "moderate"), "bruise": ("撞伤淤青", "minor"), "fracture": ("骨折", "severe")}
SEV_ZH = {"minor": "轻微", "moderate": "中度", "severe": "严重"}
DROP = {"coach": "对教练不满", "schedule": "时间冲突", "lost_interest": "孩子不想踢了", "relocation": "搬家",
        "school_workload": "学业压力", "injury": "伤病"}
REFUND_R = {"injury": "伤病", "quit": "中途退出", "weather": "停课太多", "relocation": "搬家", "changed_mind": "开课前改变主意"}
RESOL = {"approved": "全额退还剩余课时", "partial": "部分退费", "rejected": "驳回"}
CANCEL_R = {"rain": "下雨", "smog": "雾霾"}
RESULT_ZH = {"win": "胜", "draw": "平", "loss": "负"}
MTYPE_ZH = {"league": "联赛", "cup": "杯赛"}
TIERS = {"bronze": "铜卡会员", "silver": "银卡会员", "gold": "金卡会员"}
SEG_ORDER = ["prospect", "new", "active", "dropped_out", "lapsed"]

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "coach_harsh": (["教练太凶了，老是吼孩子", "教练训练时很凶，孩子都不敢去了", "教练脾气太凶，当着大家骂孩子"],
                    ["the coach yells at the kids all the time", "coach keeps yelling, my son is scared to go",
                     "way too harsh, the coach was yelling at little kids"]),
    "rain_cancel": (["又下雨停课了", "梅雨季停课太多，课时都补不回来", "一下雨就停课，这个月停了好几次"],
                    ["training rained off again", "so many sessions rained off this month and no make-up class",
                     "another session rained off, we keep paying for nothing"]),
    "kit_delay": (["球衣等了快三个星期还没到", "订的球衣一直不发货，比赛只能穿别人的", "装备迟迟不到，球衣尺码也没人回复"],
                  ["the kit still hasn't arrived after three weeks", "jersey order is so late, he played in a borrowed shirt",
                   "still waiting for the kit we ordered"]),
    "injury_turf": (["场地草皮太硬，孩子崴了脚", "人工草皮又硬又滑，好几个孩子受伤", "草皮都磨秃了，孩子摔伤膝盖"],
                    ["the artificial turf is rock hard, my son twisted his ankle",
                     "turf is worn and slippery, kids keep getting hurt"]),
    "injury_ins": (["孩子训练时受伤了，想问下保险怎么报", "受伤后保险报销流程不清楚"],
                   ["my kid got hurt at practice, how do we claim the insurance",
                    "nobody explained the insurance claim after the injury"]),
    "bench_time": (["孩子一整场都在坐板凳", "上场时间太少，交了钱却只能在场边看", "又是整场替补没上"],
                   ["my kid sat on the bench the whole match", "barely any playing time in the games",
                    "on the bench again for the full game"]),
    "refund_slow": (["退费申请两个星期了还没到账", "退款太慢了，催了好几次", "退费一直拖着不处理"],
                    ["the refund has taken over two weeks", "still waiting for our refund, chased them three times"]),
    "pricey": (["学费比别家贵不少", "一周一次课，学费有点贵"],
               ["too expensive compared with other academies", "quite expensive for one session a week"]),
    "coach_praise": (["教练很有耐心，讲解也专业", "教练特别有耐心，孩子很喜欢", "教练很会鼓励孩子，有耐心"],
                     ["the coach is so patient and encouraging", "great coach, very patient with the little ones"]),
    "progress": (["孩子球技进步很大", "一个赛季下来孩子进步明显，更自信了"],
                 ["huge improvement in his ball skills", "she has improved so much this season"]),
    "organized": (["比赛安排得井井有条", "赛程和通知都很清楚，组织得好"],
                  ["match days are really well organised", "well organised league with clear schedules"]),
}
GEN = {
    "pos": (["整体满意", "会继续报名", "推荐给其他家长了"], ["happy overall", "will sign up again", "recommended to other parents"]),
    "neu": (["还可以", "一般吧", "中规中矩"], ["it's ok", "average", "nothing special"]),
    "neg": (["很失望", "不会再续了", "体验很差"], ["very disappointed", "won't renew", "poor experience"]),
}
NEG_TOPICS = {"coach_harsh", "rain_cancel", "kit_delay", "injury_turf", "injury_ins", "bench_time", "refund_slow",
              "pricey"}
POS_TOPICS = {"coach_praise", "progress", "organized"}
TOPIC_TP = [("injury_turf", "tp_injury"), ("injury_ins", "tp_injury"), ("refund_slow", "tp_refund_done"),
            ("kit_delay", "tp_kit_delivered"), ("coach_harsh", "tp_training"), ("rain_cancel", "tp_training"),
            ("bench_time", "tp_match"), ("pricey", "tp_reg_pay"), ("coach_praise", "tp_training"),
            ("organized", "tp_match"), ("progress", "tp_match")]
PENALTY = {"coach_harsh": 2.3, "rain_cancel": 1.2, "kit_delay": 1.0, "injury_turf": 2.0, "injury_ins": 0.8,
           "bench_time": 1.6, "refund_slow": 1.8, "pricey": 0.7}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, w):
    w = np.asarray(w, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def u(a, b):
    return float(rng.uniform(a, b))


def intake(d: datetime) -> float:
    """how many families discover us on a day: peaks before each season, lows in summer heat and before New Year."""
    m = d.month
    s = {1: 1.0, 2: 1.5, 3: 1.3, 4: 0.9, 5: 0.8, 6: 0.6, 7: 0.9, 8: 1.6, 9: 1.3, 10: 0.8, 11: 0.7, 12: 0.6}[m]
    return s * (0.7 + 0.6 * (d - START).days / 576)


def season_for(t: datetime):
    for s in SEASONS:
        if t < s[3] + D(days=42):
            return s
    return None


def next_season(s):
    i = [x[0] for x in SEASONS].index(s[0])
    return SEASONS[i + 1] if i + 1 < len(SEASONS) else None


def fee(age, pack, venue, weeks=WEEKS):
    f = FEE_1X[age] * (1.65 if pack == 2 else 1.0) * (1.2 if venue == "V3" else 1.0)
    return float(round(f * weeks / WEEKS / 10) * 10)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_tr = self.n_en = self.n_ko = self.n_cmp = 0
        self.weather = {}
        self.matches = {}
        self._weather()

    # ---------- world ----------
    def _weather(self):
        d = START
        while d <= END:
            for v, (city, *_r) in VENUES.items():
                indoor = VENUES[v][3]
                p, why = (0.0, "rain") if indoor else (0.03, "rain")
                if not indoor:
                    plum = date(d.year, 6, 1) <= d.date() <= date(d.year, 7, 10)
                    if plum:
                        p = {"V5": 0.50, "V4": 0.30, "V6": 0.08}.get(v, 0.12)
                    if v == "V6" and d.month in (12, 1):
                        p, why = 0.07, "smog"
                self.weather[(v, d.date())] = why if rng.random() < p else None
            d += D(days=1)

    def match(self, venue, age, season, k):
        key = (venue, age, season[0], k)
        if key not in self.matches:
            self.matches[key] = dict(match_id=f"M-{venue}-{age}-{season[0]}-{k:02d}",
                                     result=pick(["win", "draw", "loss"], [0.42, 0.22, 0.36]))
        return self.matches[key]

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, common=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        app = tp in ("tp_trial_signup", "tp_reg_pay", "tp_kit_order", "tp_refund_req", "tp_renewal", "tp_camp",
                     "tp_review", "tp_discover")
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if app else None,
                   channel="mini_program" if app else "venue")
        if common:
            row.update(common)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, common, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, channel="mini_program", device=c["device"],
                   order_type=otype, 订单类型=OTYPE_ZH[otype], payment_method=c["pay"], 支付方式=PAY[c["pay"]][0],
                   currency="CNY")
        for k in ("enrollment_id", "venue_id", "venue", "venue_en", "venue_city", "校区城市", "age_group",
                  "season", "赛季", "package", "课包"):
            if k in common:
                row[k] = common[k]
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, common=None, undated=False, gen=None,
           no_customer=False, tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = c["lang"] if rng.random() < 0.9 else ("zh" if c["lang"] == "en" else "en")
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), tp or "tp_review")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "neg" if neg else ("pos" if (gen == "pos" or set(topics) & POS_TOPICS) else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if common:
            for k in ("enrollment_id", "venue_id", "venue", "venue_en", "venue_city", "校区城市", "age_group", "team",
                      "team_en", "coach", "coach_en", "season", "赛季"):
                row[k] = common.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- families ----------
    def families(self):
        days, d = [], START
        while d <= datetime(2026, 7, 25):
            days.append((d, intake(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_FAM, p=w / w.sum()))
        self.fam = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=u(8, 23))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            if city == "Chengdu" and t < CHENGDU_OPEN:
                city = pick(["Shanghai", "Hangzhou"], [0.64, 0.36])
            vs = [v for v, x in VENUES.items() if x[0] == city]
            home = pick(vs, [VENUES[v][5] for v in vs])
            en_share = {"V3": 0.35, "V1": 0.15, "V2": 0.08}.get(home, 0.04)
            self.fam.append(dict(
                customer_id=f"F{i + 1:05d}", discover=t, city=city, home=home,
                age=pick(list(AGES), list(AGES.values())), gender=pick(["boy", "girl"], [0.82, 0.18]),
                channel=pick(list(CHANNELS), [v[1] for v in CHANNELS.values()]),
                device=pick(["ios", "android"], [0.58, 0.42]), lang="en" if rng.random() < en_share else "zh",
                pay=pick(list(PAY), [v[1] for v in PAY.values()]),
                parent=pick(["mother", "father", "grandparent"], [0.62, 0.30, 0.08]),
                spend=0.0, first_pay=None, last_status=None, seasons=[]))

    def common(self, c, venue=None, age=None, season=None, pack=None, eid=None, coach=True):
        venue = venue or c["home"]
        age = age or c["age"]
        v = VENUES[venue]
        row = dict(venue_id=venue, venue=v[1], venue_en=v[2], venue_city=v[0], 校区城市=CITIES[v[0]][0], age_group=age)
        if coach:
            ch = TEAM_COACH[(venue, age)]
            elite = venue == "V3" and age == "U12"
            row.update(team_id=f"{venue}-{age}",
                       team=f"{TEAM_SHORT[venue][0]}{age}{'精英' if elite else NICK[age][0]}队",
                       team_en=f"{TEAM_SHORT[venue][1]} {age} {'Elite' if elite else NICK[age][1]}",
                       coach_id=ch, coach=COACHES[ch][0], coach_en=COACHES[ch][1])
        if season:
            row.update(season=season[0], 赛季=season[1])
        if pack:
            row.update(package=f"{pack}x_week", 课包=PACK[pack])
        if eid:
            row["enrollment_id"] = eid
        return row

    # ---------- trial ----------
    def trial(self, c, t, second=False):
        self.n_tr += 1
        tid = f"TR{self.n_tr:05d}"
        com = self.common(c, season=None)
        self.ev(c, t, "tp_trial_signup", tid, "submit", com)
        # trial on the next weekend at least a day later
        d = t + D(days=1)
        while d.weekday() < 5:
            d += D(days=1)
        if rng.random() < 0.3:
            d += D(days=7)
        t_tr = datetime(d.year, d.month, d.day) + D(hours=pick([9, 10.5, 14, 15.5], [1, 1, 1, 1]))
        p_ns = CHANNELS[c["channel"]][3] * (0.6 if second else 1.0)
        if rng.random() < p_ns:
            self.ev(c, t_tr + D(minutes=u(10, 40)), "tp_trial_noshow", tid, "no_show", com)
            if not second and rng.random() < 0.35:
                return self.trial(c, t_tr + D(days=u(2, 12)), second=True)
            return None
        if not self.ev(c, t_tr, "tp_trial", tid, "attended", com, trial_level=pick(
                ["beginner", "intermediate", "advanced"], [0.55, 0.35, 0.10])):
            return None
        # some trial attendees review the trial on Dianping
        if rng.random() < (0.10 if c["channel"] == "dianping" else 0.03):
            topics = []
            if rng.random() < (0.5 if c["home"] == "V3" else 0.18):
                topics.append("coach_praise")
            if rng.random() < 0.08:
                topics.append("pricey")
            stars = float(pick([5, 4, 3], [0.55, 0.33, 0.12]))
            if "pricey" in topics:
                stars -= 1
            if topics == ["coach_praise"]:
                stars = 5.0
            self.fb(c, t_tr + D(hours=u(2, 60)), topics, "dianping_review", rating=stars, common=com,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.35,
                    tp="tp_trial")
        return t_tr

    # ---------- enrolment (one kid, one season) ----------
    def enrol(self, c, season, t_pay, pack, new, fee_order=None):
        self.n_en += 1
        eid = f"EN{self.n_en:05d}"
        venue, age = c["home"], c["age"]
        com = self.common(c, season=season, pack=pack, eid=eid)
        start = season[3]
        if new and fee_order and (start - t_pay).days >= 8 and rng.random() < 0.08:
            t_r = t_pay + D(days=u(1, min(25, (start - t_pay).days - 2)))
            days = float(rng.lognormal(np.log(REFUND_DAYS[c["pay"]]), 0.4))
            t_done = t_r + D(days=days)
            amt = fee_order["amount"]
            pm = dict(payment_method=c["pay"], 支付方式=PAY[c["pay"]][0], refund_reason="changed_mind",
                      退费原因=REFUND_R["changed_mind"])
            self.ev(c, t_r, "tp_refund_req", eid, "submit", com, **pm)
            if self.ev(c, t_done, "tp_refund_done", eid, "approved", com, resolution="approved",
                       处理结果=RESOL["approved"], refund_amount=amt, **pm):
                fee_order["status"] = "refunded"
                fee_order["refunded_at"] = ts(t_done)
                c["spend"] -= amt
                if days > 7 and rng.random() < 0.55:
                    self.fb(c, t_done - D(days=u(0, 3)), ["refund_slow"], "ticket", common=com)
            c["last_status"] = "lapsed"
            return
        if t_pay < start - D(days=10):
            t_as = start - D(days=u(3, 10))
        else:
            t_as = t_pay + D(days=u(0.3, 2.0))
        c["seasons"].append(season[0])
        if not self.ev(c, t_as, "tp_team_assign", eid, "assigned", com):
            return
        coach = com["coach_id"]
        zhao, carlos = coach == "CH03", coach == "CH05"
        old_turf = venue == "V6" and start < TURF_FIXED
        elite = venue == "V3" and age == "U12"
        p_att = float(np.clip(rng.normal({"U8": 0.89, "U10": 0.87, "U12": 0.84, "U14": 0.74}[age], 0.07), 0.35, 0.99))
        p_drop = 0.05 + (0.20 if zhao else 0.0) + (0.03 if age == "U14" else 0.0)
        drop_week = int(rng.integers(3, 13)) if rng.random() < p_drop else None
        drop_reason = None
        if drop_week is not None:
            drop_reason = "coach" if zhao and rng.random() < 0.75 else pick(
                ["schedule", "lost_interest", "relocation", "school_workload"],
                [0.35, 0.35, 0.12, 0.18 if age in ("U12", "U14") else 0.02])
        st = dict(att=0, absn=0, canc=0, rain=0, bench=0, played=0, inj=[], severe=False, out_until=None,
                  dropped=None, refund_days=None)
        day_off = {"U8": (5, 9.0), "U10": (5, 10.5), "U12": (6, 9.0), "U14": (6, 10.5)}[age]
        mid = {"U8": (2, 17.5), "U10": (2, 17.5), "U12": (3, 18.0), "U14": (3, 18.0)}[age]
        for w in range(WEEKS):
            wk = start + D(days=7 * w)
            if drop_week is not None and w >= drop_week:
                t_d = wk + D(hours=u(8, 60))
                if self.ev(c, t_d, "tp_dropout", eid, "quit", com, dropout_reason=drop_reason,
                           退出原因=DROP[drop_reason], weeks_attended=w):
                    st["dropped"] = (t_d, drop_reason)
                break
            slots = [day_off] + ([mid] if pack == 2 else [])
            for wd, hr in slots:
                t_s = wk + D(days=wd, hours=hr)
                if t_s <= t_as or t_s > END:
                    continue
                if st["out_until"] and t_s < st["out_until"]:
                    self.ev(c, t_s, "tp_training", eid, "absent", com, absence_reason="injury")
                    st["absn"] += 1
                    continue
                why = self.weather[(venue, t_s.date())]
                if why:
                    self.ev(c, t_s, "tp_training", eid, "cancelled", com, cancel_reason=why, 停课原因=CANCEL_R[why])
                    st["canc"] += 1
                    st["rain"] += why == "rain"
                    if why == "rain" and rng.random() < (0.07 if venue in ("V4", "V5") else 0.02):
                        self.fb(c, t_s + D(hours=u(0.2, 3)), ["rain_cancel"], "wechat_group", common=com,
                                undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
                    continue
                pa = p_att * (0.95 if wd in (2, 3) else 1.0) * (0.93 if zhao and w >= 4 else 1.0)
                if rng.random() > pa:
                    self.ev(c, t_s, "tp_training", eid, "absent", com, absence_reason=pick(
                        ["sick", "school", "family", "no_reason"], [0.35, 0.3, 0.2, 0.15]))
                    st["absn"] += 1
                    continue
                self.ev(c, t_s, "tp_training", eid, "attended", com, duration_min=90 if age in ("U12", "U14") else 75)
                st["att"] += 1
                p_inj = 0.018 if (venue == "V6" and t_s < TURF_FIXED) else 0.003
                if rng.random() < p_inj:
                    self.injury(c, t_s, com, st, "training", old_turf=venue == "V6" and t_s < TURF_FIXED)
            # match days: league on Sundays of odd weeks from week 3, a cup on the last Saturday
            if w in (2, 4, 6, 8, 10, 12, 14, 15):
                k = [2, 4, 6, 8, 10, 12, 14, 15].index(w) + 1
                cup = w == 15
                t_m = wk + D(days=5 if cup else 6, hours=(13.0 if cup else 14.0) + (1.5 if age in ("U12", "U14") else 0))
                if t_m > t_as and t_m <= END:
                    m = self.match(venue, age, season, k)
                    mc = dict(match_id=m["match_id"], match_type="cup" if cup else "league",
                              比赛类型=MTYPE_ZH["cup" if cup else "league"], result=m["result"],
                              比赛结果=RESULT_ZH[m["result"]])
                    if st["out_until"] and t_m < st["out_until"] or rng.random() > p_att * 0.97:
                        self.ev(c, t_m, "tp_match", eid, "absent", com, minutes_played=0, **mc)
                    elif rng.random() < (0.36 if elite else 0.07):
                        self.ev(c, t_m, "tp_match", eid, "bench", com, minutes_played=0, **mc)
                        st["bench"] += 1
                        if st["bench"] >= 2 and rng.random() < 0.2:
                            self.fb(c, t_m + D(hours=u(1, 20)), ["bench_time"], "wechat_group", common=com,
                                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
                    else:
                        full = 50 if age == "U8" else (60 if age == "U10" else 70)
                        mins = int(min(full, max(10, round(rng.normal(full * 0.62, full * 0.2)))))
                        self.ev(c, t_m, "tp_match", eid, "played", com, minutes_played=mins, **mc)
                        st["played"] += 1
                        p_inj = 0.05 if (venue == "V6" and t_m < TURF_FIXED) else 0.012
                        if rng.random() < p_inj:
                            self.injury(c, t_m, com, st, "match", old_turf=venue == "V6" and t_m < TURF_FIXED)
            # extra kit during the season
            if w == 5 and rng.random() < 0.28:
                self.kit(c, wk + D(days=u(0, 6), hours=u(8, 22)), com,
                         pick(["boots", "ball", "shin_guards", "gk_gloves", "training_top"], [0.35, 0.2, 0.2, 0.07, 0.18]))
            if st["severe"] and st["dropped"] is None and drop_week is None and rng.random() < 0.08:
                drop_week, drop_reason = w + 1, "injury"
        # ---- refunds
        t_end = start + D(days=7 * WEEKS - 1, hours=18)
        season_fee = fee(age, pack, venue)
        refund = None
        if st["dropped"]:
            t_d, reason = st["dropped"]
            if rng.random() < (0.75 if reason in ("coach", "injury", "relocation") else 0.45):
                refund = (t_d + D(days=u(0.1, 4)), "injury" if reason == "injury" else
                          ("relocation" if reason == "relocation" else "quit"))
        elif st["severe"] and rng.random() < 0.45:
            refund = (st["inj"][-1] + D(days=u(1, 6)), "injury")
        elif st["rain"] >= 3 and venue in ("V4", "V5") and rng.random() < 0.12:
            refund = (t_end - D(days=u(0, 20)), "weather")
        elif rng.random() < 0.025:
            refund = (start + D(days=u(14, 90)), "relocation")
        if refund and refund[0] <= END:
            t_r, reason = refund
            self.ev(c, t_r, "tp_refund_req", eid, "submit", com, refund_reason=reason, 退费原因=REFUND_R[reason],
                    payment_method=c["pay"], 支付方式=PAY[c["pay"]][0])
            res = pick(["approved", "partial", "rejected"], [0.68, 0.22, 0.10])
            if reason == "weather":
                res = pick(["approved", "partial", "rejected"], [0.2, 0.6, 0.2])
            days = float(rng.lognormal(np.log(REFUND_DAYS[c["pay"]]), 0.4))
            t_done = t_r + D(days=days)
            left = max(0.0, (t_end - t_r).days / (7 * WEEKS))
            amt = None
            if res == "approved":
                amt = round(season_fee * min(1.0, left) / 10) * 10
            elif res == "partial":
                amt = round(season_fee * min(1.0, left) * 0.5 / 10) * 10
            if amt == 0 and res != "rejected":
                res, amt = "rejected", None
            if self.ev(c, t_done, "tp_refund_done", eid, res, com, refund_reason=reason, 退费原因=REFUND_R[reason],
                       resolution=res, 处理结果=RESOL[res], refund_amount=amt, payment_method=c["pay"],
                       支付方式=PAY[c["pay"]][0]):
                if amt:
                    c["spend"] -= amt
                st["refund_days"] = days
                if days > 7 and rng.random() < 0.55:
                    self.fb(c, t_done - D(days=u(0, 3)), ["refund_slow"], "ticket", common=com)
        # ---- renewal
        if st["dropped"] is None and t_end - D(days=21) <= END:
            n_sched = st["att"] + st["absn"]
            att_rate = st["att"] / n_sched if n_sched else 0.0
            p = {"U8": 0.80, "U10": 0.76, "U12": 0.68, "U14": 0.36}[age]
            p *= 0.72 if zhao else (1.15 if carlos else 1.0)
            p *= 0.6 if att_rate < 0.6 else 1.0
            p *= 0.7 if st["severe"] else 1.0
            p *= 0.88 if st["rain"] >= 3 else 1.0
            p *= 0.8 if st["bench"] >= 3 else 1.0
            p *= 0.85 if old_turf else 1.0
            p *= 0.5 if refund else 1.0
            nxt = next_season(season)
            if nxt and rng.random() < min(p, 0.95):
                t_rn = t_end - D(days=u(2, 24))
                npack = pack if rng.random() < 0.88 else 3 - pack
                amt = round(fee(age, npack, venue) * 0.95, 2)
                nid = f"EN{self.n_en + 1:05d}"
                if self.ev(c, t_rn, "tp_renewal", eid, "renewed", com, amount=amt, next_season=nxt[0],
                           next_enrollment_id=nid, payment_method=c["pay"], 支付方式=PAY[c["pay"]][0]):
                    ncom = self.common(c, season=nxt, pack=npack, eid=nid)
                    fo = self.order(c, t_rn, amt, "season_fee", ncom, early_bird=True)
                    c["spend"] += amt
                    self.review(c, t_end, com, st, zhao, carlos, elite, old_turf, renewed=True)
                    self.camp(c, season, com)
                    self.enrol(c, nxt, t_rn, npack, new=False, fee_order=fo)
                    return
            self.review(c, t_end, com, st, zhao, carlos, elite, old_turf, renewed=False)
            self.camp(c, season, com)
            c["last_status"] = "lapsed"
        else:
            if st["dropped"]:
                self.review(c, st["dropped"][0] + D(days=u(1, 5)), com, st, zhao, carlos, elite, old_turf,
                            renewed=False, dropped=True)
                c["last_status"] = "dropped_out"
            else:
                c["last_status"] = "active"

    def injury(self, c, t, com, st, ctx, old_turf):
        if old_turf:
            kind = pick(list(INJ), [0.55, 0.25, 0.1, 0.05, 0.05])
        else:
            kind = pick(list(INJ), [0.35, 0.25, 0.2, 0.15, 0.05])
        sev = INJ[kind][1]
        if kind == "ankle_sprain" and rng.random() < 0.2:
            sev = "severe"
        t_i = t + D(minutes=u(20, 180))
        self.ev(c, t_i, "tp_injury", com["enrollment_id"], "reported", com, injury_type=kind, 伤病类型=INJ[kind][0],
                severity=sev, 严重程度=SEV_ZH[sev], injury_context=ctx)
        st["inj"].append(t_i)
        if sev == "severe":
            st["severe"] = True
            st["out_until"] = t_i + D(days=u(21, 45))
        elif sev == "moderate":
            st["out_until"] = t_i + D(days=u(6, 15))
        if old_turf and rng.random() < 0.7:
            self.fb(c, t_i + D(hours=u(2, 48)), ["injury_turf"], pick(["ticket", "wechat_group"], [0.5, 0.5]),
                    common=com, undated=rng.random() < 0.25)
        elif not old_turf and rng.random() < 0.15:
            self.fb(c, t_i + D(hours=u(2, 48)), ["injury_ins"], "ticket", common=com)

    def review(self, c, t, com, st, zhao, carlos, elite, old_turf, renewed, dropped=False):
        topics = []
        if rng.random() < (0.55 if zhao else 0.015):
            topics.append("coach_harsh")
        if rng.random() < (0.45 if st["rain"] >= 3 else (0.05 if st["rain"] else 0.0)):
            topics.append("rain_cancel")
        if st["inj"] and old_turf and rng.random() < 0.7:
            topics.append("injury_turf")
        if rng.random() < (0.5 if st["bench"] >= 3 else (0.1 if st["bench"] else 0.0)):
            topics.append("bench_time")
        if c.get("kit_late") and rng.random() < 0.3:
            topics.append("kit_delay")
        c["kit_late"] = False
        if st["refund_days"] and st["refund_days"] > 7 and rng.random() < 0.4:
            topics.append("refund_slow")
        if rng.random() < 0.05:
            topics.append("pricey")
        good = []
        if not topics:
            if rng.random() < (0.5 if carlos else (0.0 if zhao else 0.12)):
                good.append("coach_praise")
            if rng.random() < (0.25 if st["att"] >= 12 else 0.08):
                good.append("progress")
            if rng.random() < 0.08:
                good.append("organized")
        if rng.random() < (0.5 if dropped else 0.42):
            stars = float(pick([5, 4, 3], [0.5, 0.35, 0.15]))
            for x in topics:
                stars -= PENALTY[x]
            if dropped:
                stars -= 1.0
            if good:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            if self.ev(c, t, "tp_review", com["enrollment_id"], "rate", com, stars=stars):
                self.fb(c, t, topics + good, "mini_program_review", rating=stars, common=com,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if not dropped and rng.random() < 0.3:
            neg = bool(topics)
            nps = int(np.clip(round(rng.normal(8.5 - 3.0 * neg + 0.8 * bool(good) - (0.8 if not renewed else 0), 1.4)),
                              0, 10))
            self.fb(c, t + D(days=u(1, 5)), topics + good if rng.random() < 0.6 else [], "survey", nps=nps,
                    common=com, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), tp="tp_review")
        if c["channel"] in ("dianping", "xiaohongshu") and rng.random() < 0.08 and (topics or good):
            stars = float(5 if good and not topics else max(1, 4 - len(topics) * 1.5 - rng.integers(0, 2)))
            self.fb(c, t + D(days=u(1, 20)), topics + good, "dianping_review", rating=stars, common=com,
                    undated=rng.random() < 0.35, gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if zhao and "coach_harsh" not in topics and rng.random() < 0.25:
            self.fb(c, t - D(days=u(5, 60)), ["coach_harsh"], "wechat_group", common=com, undated=rng.random() < 0.5,
                    no_customer=rng.random() < 0.3)

    def camp(self, c, season, com):
        if not season[0].endswith("spring") or rng.random() > 0.27:
            return
        y = season[3].year
        t = datetime(y, 5, 15) + D(days=u(0, 36), hours=u(8, 22))
        self.camp_book(c, t, com)

    def camp_book(self, c, t, com):
        self.n_cmp += 1
        cid = f"CMP{self.n_cmp:04d}"
        weeks = 2 if rng.random() < 0.3 else 1
        wk = pick([1, 2, 3], [0.4, 0.35, 0.25])
        y = t.year
        ccom = {k: v for k, v in com.items() if k not in ("enrollment_id", "season", "赛季", "package", "课包")}
        if self.ev(c, t, "tp_camp", cid, "booked", ccom, camp_weeks=weeks, camp_start=f"{y}-07-{7 * wk - 1:02d}"):
            self.order(c, t, 1680 if weeks == 1 else 3080, "summer_camp", ccom, camp_id=cid)
            c["spend"] += 1680 if weeks == 1 else 3080

    def kit(self, c, t, com, kind):
        self.n_ko += 1
        kid = f"KO{self.n_ko:05d}"
        lo, hi = KITS[kind][1]
        amt = float(rng.integers(lo, hi)) if hi - lo > 1 else float(lo)
        if kind == "full_kit" and c["age"] in ("U12", "U14"):
            amt = 459.0
        ful = pick(list(FULFIL), [0.6, 0.4])
        kc = dict(com)
        kc.update(kit_type=kind, 装备类型=KITS[kind][0], kit_size=SIZES[c["age"]], fulfilment=ful, 取货方式=FULFIL[ful])
        if not self.ev(c, t, "tp_kit_order", kid, "paid", kc, amount=amt, kit_order_id=kid):
            return
        o = self.order(c, t, amt, "kit", com, kit_order_id=kid, kit_type=kind, 装备类型=KITS[kind][0])
        c["spend"] += amt
        late = KITS[kind][2] and KIT_DELAY[0] <= t < KIT_DELAY[1]
        if late:
            days = float(rng.lognormal(np.log(17), 0.25))
        else:
            days = float(rng.lognormal(np.log(3.5 if ful == "express" else 5.0), 0.35))
        if late and rng.random() < 0.12:
            t_c = t + D(days=u(8, 16))
            if o and t_c <= END:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_c)
                c["spend"] -= amt
                self.fb(c, t_c, ["kit_delay"], "ticket", common=com)
            return
        t_d = t + D(days=days)
        if self.ev(c, t_d, "tp_kit_delivered", kid, "picked_up" if ful == "venue_pickup" else "delivered", kc,
                   kit_order_id=kid, days_to_deliver=round(days, 1)):
            if days > 10:
                c["kit_late"] = True
                if rng.random() < 0.4:
                    self.fb(c, t + D(days=u(9, min(days, 20))), ["kit_delay"], "ticket", common=com)

    # ---------- run ----------
    def run(self):
        self.families()
        for c in self.fam:
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > ch[2]:
                continue
            if rng.random() < 0.15:
                t = c["discover"] + D(days=u(14, 60))
            else:
                t = c["discover"] + D(hours=float(rng.exponential(60) + 0.5))
            t_tr = self.trial(c, t)
            if t_tr is None:
                continue
            p_pay = ch[4] * (0.85 if c["age"] == "U14" else 1.0) * (1.08 if c["home"] == "V3" else 1.0)
            if rng.random() > p_pay:
                if rng.random() < 0.12:                  # started paying in the mini program, then gave up
                    s = season_for(t_tr)
                    if s:
                        com = self.common(c, season=s, pack=1, coach=False)
                        tc = t_tr + D(days=u(0.5, 5))
                        self.order(c, tc, fee(c["age"], 1, c["home"]), "season_fee", com, status="cancelled",
                                   cancelled_at=ts(tc + D(hours=u(1, 48))))
                if rng.random() < 0.04:
                    self.camp_book(c, datetime(t_tr.year, 5, 20) + D(days=u(0, 30)) if t_tr.month < 6 else
                                   t_tr + D(days=u(1, 10)), self.common(c, coach=False))
                continue
            if rng.random() < 0.12:
                t_pay = t_tr + D(days=u(10, 35))
            else:
                t_pay = t_tr + D(hours=float(rng.exponential(50) + 0.3))
            s = season_for(t_pay)
            if s is None or t_pay > END:
                continue
            pack = 2 if rng.random() < (0.45 if c["age"] in ("U12", "U14") else 0.3) else 1
            weeks_left = min(WEEKS, max(1, WEEKS - max(0, (t_pay - s[3]).days // 7)))
            sf = fee(c["age"], pack, c["home"], weeks_left)
            eid = f"EN{self.n_en + 1:05d}"
            com = self.common(c, season=s, pack=pack, eid=eid)
            if not self.ev(c, t_pay, "tp_reg_pay", eid, "paid", com, amount=sf + REG_FEE, payment_method=c["pay"],
                           支付方式=PAY[c["pay"]][0], new_player=True):
                continue
            c["first_pay"] = t_pay
            c["first_season"] = s[0]
            self.order(c, t_pay, REG_FEE, "registration_fee", com)
            fo = self.order(c, t_pay, sf, "season_fee", com)
            c["spend"] += sf + REG_FEE
            if rng.random() < 0.9:
                self.kit(c, t_pay + D(hours=u(0.2, 72)), com, "full_kit")
            self.enrol(c, s, t_pay, pack, new=True, fee_order=fo)

    def customer_rows(self):
        rows = []
        for c in self.fam:
            sp = c["spend"]
            tier = "gold" if sp >= 7000 else ("silver" if sp >= 3000 else "bronze")
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["first_season"] == "2026-autumn":
                seg = "new"
            elif c["seasons"] and c["seasons"][-1] == "2026-autumn":
                seg = "active"
            elif c["last_status"] == "dropped_out":
                seg = "dropped_out"
            else:
                seg = "lapsed"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier if c["first_pay"] else None,
                             会员等级=TIERS[tier] if c["first_pay"] else None, child_age_group=c["age"],
                             child_gender=c["gender"], 孩子性别="男孩" if c["gender"] == "boy" else "女孩",
                             home_venue_id=c["home"], home_venue=VENUES[c["home"]][1],
                             home_venue_en=VENUES[c["home"]][2], parent_role=c["parent"], phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "venue_id", "venue", "venue_en", "venue_city", "校区城市", "age_group", "team_id", "team", "team_en",
           "coach_id", "coach", "coach_en", "season", "赛季", "package", "课包", "enrollment_id", "trial_level",
           "payment_method", "支付方式", "amount", "new_player", "absence_reason", "cancel_reason", "停课原因",
           "duration_min", "match_id", "match_type", "比赛类型", "result", "比赛结果", "minutes_played", "injury_type",
           "伤病类型", "severity", "严重程度", "injury_context", "kit_order_id", "kit_type", "装备类型", "kit_size",
           "fulfilment", "取货方式", "days_to_deliver", "refund_reason", "退费原因", "resolution", "处理结果",
           "refund_amount", "dropout_reason", "退出原因", "weeks_attended", "next_season", "next_enrollment_id",
           "camp_weeks", "camp_start", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "payment_method", "支付方式", "enrollment_id", "kit_order_id", "camp_id", "venue_id", "venue", "venue_en",
            "venue_city", "校区城市", "age_group", "season", "赛季", "package", "课包", "kit_type", "装备类型",
            "early_bird", "refunded_at", "cancelled_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "enrollment_id", "venue_id", "venue", "venue_en", "venue_city", "校区城市", "age_group", "team", "team_en",
           "coach", "coach_en", "season", "赛季"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "child_age_group", "child_gender", "孩子性别", "home_venue_id", "home_venue", "home_venue_en",
             "parent_role", "phone_os", "preferred_language"]


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
    dup = rng.choice(len(ev), size=24, replace=False)             # the check-in tablets re-send a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", sorted(g.feedback, key=lambda r: r["feedback_id"]), FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"families {len(g.fam)}, enrolments {g.n_en}, trials {g.n_tr}, kit orders {g.n_ko}, events {len(ev)}, "
          f"orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
