"""棋乐 CheckMate: an online chess (国际象棋) and Go (围棋) learning app for kids and adults. A learner (or a parent)
installs the app from an app store after an ad, a search, a friend's share, a school partnership or a Bilibili video,
signs up, takes the placement test (定级测试), solves free puzzles (免费做题), may join a free trial live class with a
coach (体验课), sees the membership paywall (会员购买页), subscribes monthly or yearly (auto-renewing), buys coach-led
course packs (课包, 10 or 24 live lessons, three-lesson money-back guarantee), attends live classes (直播课) and rates
them, enters online tournaments (线上比赛, paid entry), and renews, cancels or asks for a refund.
Events 2025-01-01 .. 2026-06-30 (app 4.0 relaunch on 2025-01-01; the extract was taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
N_CUST = 9000
CRASH_BUG = (datetime(2025, 8, 18), datetime(2025, 9, 22))     # app 4.2.0: placement test crashes on Android
PRICE_HIKE = datetime(2026, 3, 1)                              # monthly plan 68 -> 78 CNY
RENEW_REMINDER = datetime(2026, 4, 1)                          # renewal reminder push added (after the complaints)
WINTER_PROMO = (datetime(2025, 1, 10), datetime(2025, 3, 1))    # 寒假年卡特惠: first year of the annual plan 498
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.0"), (datetime(2025, 4, 8), "4.1.0"), (datetime(2025, 8, 18), "4.2.0"),
                (datetime(2025, 9, 22), "4.2.1"), (datetime(2026, 1, 12), "4.3.0"), (datetime(2026, 4, 1), "4.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_install", "下载安装", "App installed", "awareness", "app", "digital", "growth",
     "下载|安装|装了app|应用商店|刷到广告|install|download|app store|first open"),
    ("tp_signup", "注册账号", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|开户|手机号注册|建号|sign up|signup|register|registration|account created"),
    ("tp_crash", "应用闪退", "App crash", "service", "app", "digital", "engineering",
     "闪退|崩溃|卡死|crash|crashed|app crash|freeze"),
    ("tp_placement", "定级测试", "Placement test", "consideration", "app", "digital", "curriculum",
     "定级|定级测试|水平测试|测评|placement|placement test|level test|assessment"),
    ("tp_puzzle", "免费做题", "Free puzzles", "consideration", "app", "digital", "curriculum",
     "做题|刷题|每日一题|练习题|死活题|残局|puzzle|puzzles|tactics|daily puzzle|tsumego"),
    ("tp_trial", "体验课", "Trial class", "consideration", "app", "digital", "coaching",
     "体验课|试听|试听课|免费试课|trial|trial class|trial lesson|demo class"),
    ("tp_paywall", "会员购买页", "Membership paywall", "purchase", "app", "digital", "growth",
     "会员页|购买页|付费墙|价格页|paywall|pricing page|plans page|upgrade screen"),
    ("tp_subscribe", "开通会员", "Subscription started", "purchase", "app", "digital", "growth",
     "开通会员|订阅|买会员|首购|subscribe|subscription|subscribed|upgrade|membership"),
    ("tp_course_buy", "购买课包", "Course pack bought", "purchase", "app", "digital", "coaching",
     "课包|买课|报课|购课|course pack|lesson pack|buy lessons|coaching package"),
    ("tp_live_class", "直播课上课", "Live class", "service", "app", "digital", "coaching",
     "直播课|上课|线上课|教练课|小班课|live class|lesson|class|coaching session"),
    ("tp_class_rate", "课后评价", "Class rating", "loyalty", "app", "digital", "coaching",
     "课后评价|评价老师|给教练打分|class rating|rate the coach|lesson feedback"),
    ("tp_tournament", "比赛报名", "Tournament entry", "loyalty", "app", "digital", "events",
     "比赛|报名|线上赛|积分赛|杯赛|tournament|competition|arena|entry"),
    ("tp_renew", "自动续费", "Auto-renewal", "loyalty", "app", "digital", "growth",
     "续费|自动续费|续订|扣费|renew|renewal|auto-renew|recurring charge"),
    ("tp_cancel", "取消订阅", "Cancellation", "service", "app", "digital", "support",
     "取消|退订|关闭自动续费|不续了|cancel|cancellation|unsubscribe|turn off auto-renew"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退费|refund|money back|refunded|chargeback"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新手上手", "Onboarding", ["tp_install", "tp_signup", "tp_placement", "tp_puzzle"], 7),
    ("first_purchase", "首次付费", "First purchase", ["tp_signup", "tp_paywall", "tp_subscribe"], 30),
    ("trial_to_course", "体验课转课包", "Trial to course pack", ["tp_trial", "tp_course_buy", "tp_live_class"], 21),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
]
CHANNELS = {  # en: zh, weight, signup prob, subscribe multiplier, kid share
    "douyin_ad": ("抖音广告", 0.36, 0.46, 0.55, 0.55),
    "app_store_search": ("应用商店搜索", 0.24, 0.72, 1.0, 0.50),
    "wechat_share": ("微信好友分享", 0.18, 0.80, 1.15, 0.60),
    "school_partner": ("学校合作", 0.10, 0.93, 1.45, 0.97),
    "bilibili": ("B站", 0.12, 0.66, 0.95, 0.25),
}
REGIONS = {"Beijing": ("北京", 0.16), "Shanghai": ("上海", 0.17), "Guangzhou": ("广州", 0.09), "Shenzhen": ("深圳", 0.11),
           "Hangzhou": ("杭州", 0.10), "Chengdu": ("成都", 0.10), "Wuhan": ("武汉", 0.07), "Other": ("其他城市", 0.20)}
GAMES = {"chess": "国际象棋", "go": "围棋"}
LEARNERS = {"kid": "少儿", "adult": "成人"}
LEVELS = {"beginner": "入门", "novice": "初级", "intermediate": "中级", "advanced": "高级"}
PLANS = {"monthly": ("月度会员", 68.0), "annual": ("年度会员", 598.0)}
COACHES = {  # id: zh, en, game, quality (mean stars), late prob, start date
    "K01": ("赵敏", "Zhao Min", "chess", 4.7, 0.03, None),
    "K02": ("陈浩", "Chen Hao", "chess", 4.3, 0.38, None),
    "K03": ("刘洋", "Liu Yang", "chess", 4.3, 0.04, None),
    "K04": ("安娜", "Anna Petrova", "chess", 4.5, 0.03, None),
    "K05": ("王磊", "Wang Lei", "go", 4.4, 0.04, None),
    "K06": ("孙悦", "Sun Yue", "go", 4.5, 0.03, None),
    "K07": ("周航", "Zhou Hang", "go", 4.2, 0.05, None),
    "K08": ("林一鸣", "Lin Yiming", "go", 5.2, 0.0, datetime(2026, 3, 16)),
}
COACH_W = {"K01": 1.0, "K02": 1.3, "K03": 0.9, "K04": 0.5, "K05": 1.2, "K06": 1.0, "K07": 0.9, "K08": 0.4}
TOURNAMENTS = []   # (id, zh, en, date, fee, entry prob)
_d = datetime(2025, 1, 25)
while _d <= END:
    TOURNAMENTS.append((f"ARENA-{_d:%Y%m}", f"{_d.month}月积分赛", f"{_d:%b %Y} Arena", _d, 30.0, 0.10))
    _d = (_d.replace(day=1) + D(days=32)).replace(day=25)
TOURNAMENTS += [("SUMMER-2025", "暑期联赛", "Summer League 2025", datetime(2025, 8, 16), 50.0, 0.22),
                ("NEWYEAR-2026", "新年杯", "New Year Cup", datetime(2025, 12, 27), 50.0, 0.28),
                ("SPRING-2026", "春季杯", "Spring Cup 2026", datetime(2026, 4, 18), 50.0, 0.22)]
ANDROID_STORES = {"huawei": ("华为应用市场", "Huawei AppGallery"), "xiaomi": ("小米应用商店", "Xiaomi GetApps"),
                  "oppo": ("OPPO软件商店", "OPPO App Market")}
REASONS = {"auto_renew_no_reminder": "自动续费未提醒", "accidental_purchase": "误购", "coach_issue": "对教练不满意",
           "schedule_conflict": "时间冲突", "tournament_lag": "比赛卡顿补偿"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "crash": (["定级测试做到一半闪退", "一打开定级测试就闪退", "安卓手机做测试总是闪退，白做了", "测评到第10题闪退，重来又闪退"],
              ["the app crashes in the middle of the placement test", "placement test keeps crashing on my Android phone",
               "crashed twice during the level test"]),
    "auto_renew": (["年费自动续费了，一点提醒都没有", "自动续费扣了598，事先没有任何提醒", "自动续费前不通知，太坑了"],
                   ["auto-renewed for a whole year without any reminder",
                    "the annual plan auto-renewed with no reminder at all"]),
    "coach_late": (["教练又迟到了十几分钟", "直播课老师迟到，孩子在屏幕前干等", "教练迟到还按时下课，课时缩水"],
                   ["the coach was late again", "our coach showed up 15 minutes late"]),
    "lag": (["比赛时卡顿严重，直接掉线判负", "下到一半掉线了，积分白扣", "比赛卡顿，走一步等半天"],
            ["the game lagged and I got disconnected mid-tournament", "terrible lag, lost on time because of it"]),
    "price": (["月度会员又涨价了，从68涨到78", "涨价也不提前说一声", "会员涨价了，考虑不续了"],
              ["they put up the monthly price from 68 to 78", "price hike on the monthly plan, not happy"]),
    "ads": (["免费版广告太多了，做一道题弹一个广告", "广告太多，影响孩子做题"],
            ["too many ads between the free puzzles", "ads pop up after every puzzle"]),
    "puzzle_praise": (["每日一题很有意思，孩子每天都抢着做", "题库很丰富，难度循序渐进", "每日一题坚持了一个月，进步明显"],
                      ["the daily puzzles are addictive in a good way", "great puzzle library, difficulty ramps up nicely"]),
    "coach_praise": (["教练讲得很清楚，特别有耐心", "老师很耐心，孩子进步很快", "教练耐心细致，复盘讲得透"],
                     ["our coach is patient and explains clearly", "very patient coach, my son improved a lot"]),
}
GEN = {
    "pos": (["挺好用的，推荐", "学棋很方便，界面清爽", "整体体验不错"], ["good app for learning chess and go", "easy to use, recommended"]),
    "neu": (["还行吧，中规中矩", "一般般"], ["it's ok", "average, nothing special"]),
    "neg": (["体验一般，不太满意", "有点失望"], ["not great", "disappointing"]),
}
TOPIC_TP = {"crash": "tp_placement", "auto_renew": "tp_renew", "coach_late": "tp_live_class", "lag": "tp_tournament",
            "price": "tp_paywall", "ads": "tp_puzzle", "puzzle_praise": "tp_puzzle", "coach_praise": "tp_live_class"}
NEG_TOPICS = {"crash", "auto_renew", "coach_late", "lag", "price", "ads"}
PEN = {"crash": 2.8, "auto_renew": 3.2, "coach_late": 2.0, "lag": 2.5, "price": 1.8, "ads": 1.2}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if d.month in (7, 8):
        return 1.7                                   # summer holidays
    if (d.month == 1 and d.day >= 15) or d.month == 2:
        return 1.35                                  # winter break
    if d.month == 9:
        return 1.15
    return 1.0


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def monthly_price(t: datetime) -> float:
    return 78.0 if t >= PRICE_HIKE else 68.0


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.n_sess = {"SUB": 0, "PK": 0, "TR": 0, "TE": 0}

    def sid(self, kind):
        self.n_sess[kind] += 1
        return f"{kind}{self.n_sess[kind]:05d}"

    # ---------- rows ----------
    def ev(self, c, t, tp, action, sid=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], channel="app", app_version=app_version(t),
                   game=c["game"], 棋种=GAMES[c["game"]])
        row.update(kw)
        self.events.append(row)
        return True

    def pay_channel(self, c, otype):
        if c["device"] == "ios" and otype in ("sub_monthly", "sub_annual"):
            return "apple_iap"
        return "wechat_pay" if rng.random() < 0.7 else "alipay"

    def order(self, c, t, amount, otype, renewal=False, **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"sub_monthly": "月度会员", "sub_annual": "年度会员", "course_pack": "课包", "tournament_entry": "比赛报名费"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status="paid", channel=self.pay_channel(c, otype), device=c["device"], order_type=otype,
                   订单类型=zh, is_renewal="true" if renewal else "false", 首购或续费="续费" if renewal else "首购",
                   game=c["game"], 棋种=GAMES[c["game"]], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, gen=None, undated=False, tp=None, store=None, **kw):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] + (0.35 if kw.get("coach_id") == "K04" else 0.0) else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics), "tp_class_rate" if channel == "in_app_rating" else "tp_subscribe")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (bool(topics) or gen == "pos")
        senti = "neg" if neg else ("pos" if pos else "neu")
        is_store = channel in ("app_store_review", "android_store_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if is_store else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, app_version=app_version(t), device=c["device"],
                   game=c["game"], 棋种=GAMES[c["game"]], learner_type=c["learner"], 学员类型=LEARNERS[c["learner"]])
        if is_store:
            row["reviewer"] = f"{'棋友' if lang == 'zh' else 'player'}{int(rng.integers(1000, 99999))}"
            if channel == "android_store_review":
                s = store or pick(list(ANDROID_STORES), [0.5, 0.3, 0.2])
                row["app_store"], row["应用商店"] = ANDROID_STORES[s][1], ANDROID_STORES[s][0]
            else:
                row["app_store"], row["应用商店"] = "Apple App Store", "苹果应用商店"
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def store_review(self, c, t, topics, base=None, gen=None):
        stars = float(base if base is not None else pick([5, 4, 3, 2], [0.5, 0.3, 0.14, 0.06]))
        for k in topics:
            stars -= PEN.get(k, 0.0)
        stars = float(min(5, max(1, round(stars))))
        if gen is None:
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
        ch = "app_store_review" if c["device"] == "ios" else "android_store_review"
        self.fb(c, t, topics, ch, rating=stars, gen=gen,
                undated=(ch == "android_store_review" and rng.random() < 0.3))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            growth = 0.6 + 0.8 * (d - START).days / 540
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(7, 23.5)))
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            learner = "kid" if rng.random() < CHANNELS[ch][4] else "adult"
            game = pick(["go", "chess"], [0.56, 0.44] if learner == "kid" else [0.38, 0.62])
            age = pick(["5-8", "9-12", "13-17"], [0.4, 0.45, 0.15]) if learner == "kid" else \
                pick(["18-30", "31-45", "46+"], [0.45, 0.38, 0.17])
            region = pick(list(REGIONS), [x[1] for x in REGIONS.values()])
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", install=t, channel=ch, learner=learner, game=game, age=age,
                region=region, device=pick(["ios", "android"], [0.44, 0.56]),
                en_share=0.12 if learner == "adult" else 0.04, signup=None, level=None, paid=False,
                subs=[], active=[], courses=0, plan_end=None, plan=None))

    def coach_for(self, c, t):
        ids = [k for k, v in COACHES.items() if v[2] == c["game"] and (v[5] is None or v[5] <= t)]
        return pick(ids, [COACH_W[k] for k in ids])

    # ---------- one customer ----------
    def customer(self, c):
        t = c["install"]
        self.ev(c, t, "tp_install", "install", channel=c["channel"])
        if rng.random() > CHANNELS[c["channel"]][2]:
            return
        t += D(minutes=float(rng.lognormal(np.log(6), 0.8)))
        c["signup"] = t
        self.ev(c, t, "tp_signup", "register")
        # placement test
        placed = False
        if rng.random() < 0.86:
            t += D(minutes=float(rng.uniform(1, 90)))
            bug = c["device"] == "android" and CRASH_BUG[0] <= t < CRASH_BUG[1]
            if rng.random() < (0.58 if bug else 0.03):
                self.ev(c, t, "tp_crash", "crash", error_code="PLACEMENT_ANR" if bug else "OOM_KILL")
                if rng.random() < (0.3 if bug else 0.15):
                    self.store_review(c, t + D(minutes=float(rng.uniform(5, 600))), ["crash"])
                if rng.random() < 0.3:
                    self.fb(c, t + D(hours=float(rng.uniform(1, 48))), ["crash"], "support_ticket")
                if rng.random() < (0.32 if bug else 0.6):
                    t += D(hours=float(rng.uniform(2, 60)))
                else:
                    return
            lv = pick(list(LEVELS), [0.45, 0.3, 0.18, 0.07] if c["learner"] == "kid" else [0.3, 0.3, 0.28, 0.12])
            c["level"] = lv
            self.ev(c, t, "tp_placement", "complete", level=lv, 定级水平=LEVELS[lv])
            placed = True
        # free puzzles
        if rng.random() < (0.88 if placed else 0.5):
            t_p = t + D(hours=float(min(160, rng.exponential(14) + 0.1)))
            for _ in range(1 + int(rng.poisson(2.5))):
                self.ev(c, t_p, "tp_puzzle", "solve", puzzles_solved=int(rng.integers(3, 16)), plan="free")
                t_p += D(days=float(rng.exponential(3) + 0.3))
            if rng.random() < 0.015:
                self.store_review(c, t_p, ["ads"])
            elif rng.random() < 0.02:
                self.store_review(c, t_p, ["puzzle_praise"], base=5)
        # trial class
        trial_coach = None
        if rng.random() < (0.5 if c["learner"] == "kid" else 0.2):
            t_tr = c["signup"] + D(days=float(rng.uniform(0.5, 6)))
            trial_coach = self.coach_for(c, t_tr)
            late = int(rng.integers(5, 21)) if rng.random() < COACHES[trial_coach][4] else 0
            self.ev(c, t_tr, "tp_trial", "attend", self.sid("TR"), **self.coach_cols(trial_coach), coach_late_min=late,
                    class_slot=self.slot(c, t_tr)[0], 上课时段=self.slot(c, t_tr)[1])
            t = max(t, t_tr)
            # course pack after the trial
            p_pack = (0.36 if c["learner"] == "kid" else 0.14) * (1.3 if c["game"] == "go" else 1.0) * \
                (0.6 if late else 1.0)
            if rng.random() < p_pack:
                self.course(c, t_tr + D(hours=float(rng.uniform(1, 120))), trial_coach)
        # paywall and subscription
        p_view = 0.75 if trial_coach else 0.42
        if rng.random() < p_view:
            t_v = t + D(hours=float(rng.uniform(0.5, 96)))
            for attempt in range(2):
                if t_v > END:
                    break
                self.ev(c, t_v, "tp_paywall", "view", price_monthly=monthly_price(t_v), price_annual=598.0)
                p_sub = 0.40 * CHANNELS[c["channel"]][3] * (1.25 if trial_coach else 1.0) * \
                    (0.62 if t_v >= PRICE_HIKE else 1.0) * (1.2 if WINTER_PROMO[0] <= t_v < WINTER_PROMO[1] else 1.0)
                if rng.random() < min(0.95, p_sub):
                    self.subscribe(c, t_v + D(minutes=float(rng.uniform(1, 20))))
                    break
                if rng.random() > 0.3:
                    break
                t_v += D(days=float(rng.uniform(5, 40)))
        # a course pack for subscribers who never took a trial
        if c["subs"] and not c["courses"] and rng.random() < 0.08:
            self.course(c, c["subs"][0] + D(days=float(rng.uniform(3, 60))), None)

    def coach_cols(self, k):
        return dict(coach_id=k, coach=COACHES[k][0], coach_en=COACHES[k][1])

    def slot(self, c, t):
        if t.weekday() >= 5:
            return ("weekend", "周末")
        return ("weekday_evening", "工作日晚上") if t.hour >= 17 or c["learner"] == "kid" else ("weekday_day", "工作日白天")

    def subscribe(self, c, t):
        if t > END:
            return
        promo = WINTER_PROMO[0] <= t < WINTER_PROMO[1]
        p_annual = 0.7 if promo else (0.36 if c["learner"] == "kid" else 0.2)
        plan = "annual" if rng.random() < p_annual else "monthly"
        price = monthly_price(t) if plan == "monthly" else (498.0 if promo else 598.0)
        sid = self.sid("SUB")
        self.ev(c, t, "tp_subscribe", "subscribe", sid, plan=plan, 套餐=PLANS[plan][0], amount=price)
        o = self.order(c, t, price, f"sub_{plan}", plan=plan, 套餐=PLANS[plan][0], subscription_id=sid)
        c["paid"] = True
        c["subs"].append(t)
        if rng.random() < 0.035:                    # a kid tapped "buy": refunded within days
            t_c = t + D(hours=float(rng.uniform(1, 96)))
            self.ev(c, t_c, "tp_cancel", "cancel", sid, plan=plan, 套餐=PLANS[plan][0])
            self.refund(c, t_c, sid, o, price, "accidental_purchase", plan=plan)
            c["active"].append((t, t_c))
            return
        # NPS survey 30 days in
        if rng.random() < 0.22:
            topics = []
            if rng.random() < 0.25:
                topics.append("puzzle_praise")
            if rng.random() < 0.08:
                topics.append("ads")
            nps = int(np.clip(round(rng.normal(8.3 - 3.0 * ("ads" in topics), 1.7)), 0, 10))
            self.fb(c, t + D(days=30, hours=float(rng.uniform(0, 10))), topics, "nps_survey", nps=nps,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), tp="tp_subscribe")
        # renewals
        start = t
        k = 0
        while True:
            k += 1
            due = start + D(days=30 * k) if plan == "monthly" else start + D(days=365 * k)
            if due > END:
                c["active"].append((start, END))
                c["plan"] = plan
                return
            if plan == "monthly":
                p_ren = (0.84 if c["learner"] == "kid" else 0.76) * (0.8 if due >= PRICE_HIKE else 1.0)
                if due >= PRICE_HIKE and rng.random() < 0.05:
                    self.store_review(c, due, ["price"])
            else:
                p_ren = 0.64
            if rng.random() < p_ren:
                price = monthly_price(due) if plan == "monthly" else 598.0
                self.ev(c, due, "tp_renew", "auto_renew", sid, plan=plan, 套餐=PLANS[plan][0], amount=price,
                        renewal_no=k)
                o = self.order(c, due, price, f"sub_{plan}", renewal=True, plan=plan, 套餐=PLANS[plan][0],
                               subscription_id=sid)
                if plan == "annual" and rng.random() < (0.4 if due < RENEW_REMINDER else 0.05):
                    t_c = due + D(hours=float(rng.uniform(2, 120)))
                    self.ev(c, t_c, "tp_cancel", "cancel", sid, plan=plan, 套餐=PLANS[plan][0])
                    self.refund(c, t_c, sid, o, price, "auto_renew_no_reminder", plan=plan)
                    if rng.random() < 0.55:
                        self.fb(c, t_c + D(hours=1), ["auto_renew"], "support_ticket")
                    if rng.random() < 0.35:
                        self.store_review(c, t_c + D(hours=float(rng.uniform(1, 72))), ["auto_renew"])
                    c["active"].append((start, t_c))
                    return
            else:
                t_c = due - D(days=float(rng.uniform(0.2, 10)))
                if rng.random() < 0.85:
                    self.ev(c, t_c, "tp_cancel", "cancel", sid, plan=plan, 套餐=PLANS[plan][0])
                c["active"].append((start, due))
                c["plan_end"] = due
                return

    def refund(self, c, t_c, sid, order, amount, reason, **kw):
        slow = order is not None and order["channel"] == "apple_iap"
        t_r = t_c + (D(hours=float(rng.lognormal(np.log(5 * 24), 0.45))) if slow
                     else D(hours=float(rng.lognormal(np.log(3), 0.8))))
        if t_r > END:
            return
        self.ev(c, t_r, "tp_refund", "refund", sid, refund_amount=amount, refund_reason=reason, 退款原因=REASONS[reason],
                **kw)
        if order is not None:
            order["status"] = "refunded"
            order["refunded_at"] = ts(t_r)

    def course(self, c, t, coach):
        if t > END:
            return
        coach = coach or self.coach_for(c, t)
        size = 10 if rng.random() < 0.72 else 24
        price = 1280.0 if size == 10 else 2680.0
        sid = self.sid("PK")
        cc = self.coach_cols(coach)
        self.ev(c, t, "tp_course_buy", "purchase", sid, amount=price, pack_size=size, **cc)
        o = self.order(c, t, price, "course_pack", pack_size=size, subscription_id=None, pack_id=sid, **cc)
        c["paid"] = True
        c["courses"] += 1
        t_l = t + D(days=float(rng.uniform(1, 8)))
        lates = 0
        for n in range(1, size + 1):
            t_l = t_l.replace(hour=int(pick([9, 10, 14, 16, 19, 20], [1, 1, 1, 1, 2, 2]))
                              if t_l.weekday() >= 5 else int(pick([18, 19, 20], [1, 2, 1.5]))) \
                if c["learner"] == "kid" else t_l.replace(hour=int(pick([12, 19, 20, 21], [1, 2, 2, 1])))
            if t_l > END:
                break
            late = int(rng.integers(5, 21)) if rng.random() < COACHES[coach][4] else 0
            lates += bool(late)
            slot = self.slot(c, t_l)
            action = "attend" if rng.random() < 0.92 else "absent"
            self.ev(c, t_l, "tp_live_class", action, sid, lesson_no=n, coach_late_min=late, class_slot=slot[0],
                    上课时段=slot[1], **cc)
            if action == "attend" and rng.random() < 0.3:
                topics = ["coach_late"] if late else []
                q = COACHES[coach][3]
                stars = rng.normal(q, 0.6) - (2.0 if late else 0.0)
                stars = float(min(5, max(1, round(stars))))
                if not late and stars >= 5 and rng.random() < 0.4:
                    topics = ["coach_praise"]
                t_r = t_l + D(minutes=float(rng.uniform(62, 240)))
                self.ev(c, t_r, "tp_class_rate", "rate", sid, stars=stars, lesson_no=n, **cc)
                self.fb(c, t_r, topics, "in_app_rating", rating=stars,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), tp="tp_live_class",
                        pack_id=sid, **cc)
            if n == 3:
                p_ref = 0.32 if lates else 0.03
                if rng.random() < p_ref:
                    t_c = t_l + D(hours=float(rng.uniform(2, 72)))
                    self.ev(c, t_c, "tp_cancel", "cancel", sid, **cc)
                    self.refund(c, t_c, sid, o, price, "coach_issue" if lates else "schedule_conflict", **cc)
                    if lates and rng.random() < 0.4:
                        self.fb(c, t_c + D(hours=2), ["coach_late"], "support_ticket", tp="tp_live_class",
                                pack_id=sid, **cc)
                    c["active"].append((t, t_c))
                    return
            t_l += D(days=float(pick([7, 3.5], [0.6, 0.4])))
        c["active"].append((t, t_l))

    def tournaments(self):
        for tid, zh, en, day, fee, p in TOURNAMENTS:
            for c in self.cust:
                if not any(a <= day <= b for a, b in c["active"]):
                    continue
                if rng.random() > p:
                    continue
                t = day - D(days=float(rng.uniform(0.2, 9)))
                sid = self.sid("TE")
                if not self.ev(c, t, "tp_tournament", "register", sid, tournament=tid, 赛事=zh, tournament_en=en,
                               amount=fee):
                    continue
                o = self.order(c, t, fee, "tournament_entry", tournament=tid, 赛事=zh, tournament_en=en,
                               subscription_id=None)
                t_play = day + D(hours=float(rng.uniform(9, 17)))
                if tid == "NEWYEAR-2026":
                    if rng.random() < 0.45:
                        if rng.random() < 0.35:
                            self.fb(c, t_play + D(hours=float(rng.uniform(0.5, 30))), ["lag"], "support_ticket",
                                    tournament=tid)
                        if rng.random() < 0.3:
                            self.store_review(c, t_play + D(hours=float(rng.uniform(0.5, 48))), ["lag"])
                        if rng.random() < 0.55:
                            t_c = t_play + D(hours=float(rng.uniform(2, 72)))
                            self.ev(c, t_c, "tp_cancel", "cancel", sid, tournament=tid, 赛事=zh, tournament_en=en)
                            self.refund(c, t_c, sid, o, fee, "tournament_lag", tournament=tid, 赛事=zh,
                                        tournament_en=en)
                elif rng.random() < 0.02:
                    self.fb(c, t_play + D(hours=2), ["lag"], "support_ticket", tournament=tid)

    def run(self):
        self.customers()
        for c in self.cust:
            self.customer(c)
        self.tournaments()
        # a few generic app-store reviews from happy or lukewarm users
        for c in self.cust:
            if c["signup"] and rng.random() < 0.03:
                t = c["signup"] + D(days=float(rng.uniform(1, 60)))
                self.store_review(c, t, [] if rng.random() < 0.7 else ["puzzle_praise"])

    def customer_rows(self):
        rows = []
        for c in self.cust:
            active_end = any(b >= END for a, b in c["active"]) and c["plan"] is not None
            if c["signup"] is None:
                seg = "install_only"
            elif not c["paid"]:
                seg = "free"
            elif active_end:
                seg = "subscriber"
            elif c["subs"]:
                seg = "lapsed"
            else:
                seg = "course_only"
            tier = c["plan"] if active_end else "free"
            zh_tier = {"free": "免费用户", "monthly": "月度会员", "annual": "年度会员"}[tier]
            lv = c["level"]
            rows.append(dict(customer_id=c["customer_id"], install_at=ts(c["install"]),
                             signup_at=ts(c["signup"]) if c["signup"] and c["signup"] <= END else None, segment=seg,
                             region=c["region"], 地区=REGIONS[c["region"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=zh_tier,
                             learner_type=c["learner"], 学员类型=LEARNERS[c["learner"]], game=c["game"],
                             棋种=GAMES[c["game"]], age_band=c["age"], phone_os=c["device"],
                             placement_level=lv, 定级水平=LEVELS[lv] if lv else None))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "game", "棋种", "plan", "套餐", "amount", "price_monthly", "price_annual", "renewal_no",
           "coach_id", "coach", "coach_en", "pack_size", "lesson_no", "coach_late_min", "class_slot", "上课时段",
           "level", "定级水平", "puzzles_solved", "error_code", "tournament", "赛事", "tournament_en", "refund_amount",
           "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "is_renewal", "首购或续费", "plan", "套餐", "subscription_id", "pack_id", "pack_size", "coach_id", "coach",
            "coach_en", "tournament", "赛事", "tournament_en", "game", "棋种", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "app_store", "应用商店", "reviewer", "app_version", "device", "game", "棋种", "learner_type", "学员类型",
           "coach_id", "coach", "coach_en", "pack_id", "tournament"]
CUST_COLS = ["customer_id", "install_at", "signup_at", "segment", "region", "地区", "acquisition_channel", "获客渠道",
             "tier", "会员等级", "learner_type", "学员类型", "game", "棋种", "age_band", "phone_os", "placement_level",
             "定级水平"]


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
    dup_idx = rng.choice(len(ev), size=30, replace=False)            # the SDK re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
