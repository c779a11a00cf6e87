"""膳盒 FitBox: a healthy meal-prep subscription in Shanghai, Shenzhen and Hangzhou. A visitor sees us (Xiaohongshu
notes, Douyin videos, WeChat Moments ads, a friend's referral link, or an employer's wellness benefit), signs up in
the app or the WeChat mini program, takes the diet quiz (体质/目标测评), picks a plan (减脂 weight-loss, 增肌 muscle
gain, 家庭 family) and pays for the first weekly box. Every week the subscriber picks the menu (or gets the chef's
default), may skip the week, is charged on Friday, the box leaves the central kitchen in the cold chain early on
Monday and is delivered in the chosen window (早间 07-09, 午间 11-13, 晚间 18-21). Delivery problems (late, food not
cold, missing items, crushed boxes) are reported in the app and compensated (box refund or account credit).
Subscribers buy add-ons (snacks, cold-pressed juice) and gift cards, pause, come back, cancel, and invite friends.
Data 2025-03-01 (app launch) .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed 20261215), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 3, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 4200
SZ_HEAT = (datetime(2025, 6, 1), datetime(2025, 9, 15))        # Shenzhen heat: JD cold-chain boxes arrive warm
HZ_WMS = (datetime(2025, 10, 6), datetime(2025, 11, 1))         # Hangzhou kitchen WMS 2.0 roll-out: missing items
QUIZ_AB = (datetime(2026, 3, 1), datetime(2026, 6, 1))          # quiz-length A/B test; short quiz for all after
INAPP_CANCEL = datetime(2026, 4, 1)                              # before: cancel only by phone call
APP_VERSIONS = [(datetime(2025, 3, 1), "1.4.0"), (datetime(2025, 7, 14), "1.5.2"), (datetime(2025, 12, 1), "1.6.0"),
                (datetime(2026, 4, 1), "2.0.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "看到膳盒", "Discover FitBox", "awareness", "social", "digital", "growth",
     "看到|刷到|种草|小红书|抖音|朋友圈广告|ad click|discover|saw the ad|landing page"),
    ("tp_signup", "注册", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|开户|建号|sign up|signup|register|registration|create account"),
    ("tp_quiz", "饮食测评", "Diet quiz", "consideration", "app", "digital", "nutrition",
     "测评|问卷|体质测评|饮食问卷|diet quiz|quiz|questionnaire|assessment"),
    ("tp_plan", "选择套餐", "Plan selected", "consideration", "app", "digital", "product",
     "选套餐|套餐|减脂餐|增肌餐|家庭餐|plan|choose plan|pick a plan|weight-loss plan|muscle plan|family plan"),
    ("tp_first_pay", "首单支付", "First box paid", "purchase", "app", "digital", "finance",
     "首单|开通订阅|首次付款|下单|first order|first box|subscribe|start subscription"),
    ("tp_menu_pick", "每周选菜", "Weekly menu pick", "service", "app", "digital", "product",
     "选菜|点菜|本周菜单|换菜|menu|pick meals|menu selection|weekly menu"),
    ("tp_skip", "跳过本周", "Week skipped", "service", "app", "digital", "product",
     "跳过|暂停一周|这周不要|skip|skip a week|skipped week"),
    ("tp_renewal", "周扣款", "Weekly charge", "purchase", "app", "digital", "finance",
     "续费|扣款|自动扣费|周扣款|renewal|weekly charge|billing|auto-renew"),
    ("tp_dispatch", "冷链出库", "Cold-chain dispatch", "service", "other", "physical", "kitchen",
     "出库|出餐|发货|冷链|中央厨房|dispatch|shipped|left the kitchen|cold chain"),
    ("tp_delivered", "送达签收", "Box delivered", "service", "other", "physical", "logistics",
     "送达|签收|配送|到货|收到餐盒|delivered|delivery|arrived|drop-off"),
    ("tp_issue", "配送问题上报", "Delivery issue reported", "service", "app", "digital", "customer_service",
     "投诉|上报问题|配送问题|晚到|不冷|漏发|少件|issue|complaint|report a problem|late box|warm food|missing item"),
    ("tp_compensation", "补偿到账", "Compensation issued", "service", "app", "digital", "customer_service",
     "补偿|退款|赔付|返余额|credit|refund|compensation|make-good"),
    ("tp_addon", "加购", "Add-on bought", "purchase", "app", "digital", "product",
     "加购|零食|果汁|冷压果汁|add-on|addon|snacks|juice"),
    ("tp_rate", "餐盒评价", "Box rating", "loyalty", "app", "digital", "product",
     "评价|打分|评分|rate|rating|review|stars"),
    ("tp_pause", "暂停订阅", "Subscription paused", "loyalty", "app", "digital", "retention",
     "暂停|先停几周|pause|paused|hold"),
    ("tp_resume", "恢复订阅", "Subscription resumed", "loyalty", "app", "digital", "retention",
     "恢复|重新开始|回来了|resume|resumed|restart|came back"),
    ("tp_cancel", "取消订阅", "Subscription cancelled", "loyalty", "phone", "digital", "retention",
     "取消|退订|不订了|cancel|cancellation|churn|unsubscribe"),
    ("tp_referral", "邀请好友", "Friend referral", "loyalty", "app", "digital", "growth",
     "邀请|推荐好友|拉新|邀请码|referral|refer a friend|invite|referral credit"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("onboarding", "新客开通", "Onboarding", ["tp_discover", "tp_signup", "tp_quiz", "tp_plan", "tp_first_pay"], 14),
    ("weekly_box", "每周履约", "Weekly box", ["tp_renewal", "tp_dispatch", "tp_delivered"], 7),
    ("issue", "问题处理", "Issue resolution", ["tp_issue", "tp_compensation"], 7),
    ("winback", "暂停召回", "Pause win-back", ["tp_pause", "tp_resume"], 60),
]
CITIES = {  # en: zh, weight, kitchen, carriers (name, weight)
    "Shanghai": ("上海", 0.48, "SH-K1 闵行中央厨房", [("sf_cold", 0.7), ("jd_cold", 0.3)]),
    "Shenzhen": ("深圳", 0.32, "SZ-K1 宝安中央厨房", [("jd_cold", 0.6), ("sf_cold", 0.4)]),
    "Hangzhou": ("杭州", 0.20, "HZ-K1 余杭中央厨房", [("own_rider", 0.6), ("sf_cold", 0.4)]),
}
CARRIER_ZH = {"sf_cold": "顺丰冷运", "jd_cold": "京东冷链", "own_rider": "自营骑手"}
CHANNELS = {  # en: zh, weight, p_signup, p_pay (plan -> pay)
    "xiaohongshu": ("小红书", 0.36, 0.55, 0.68), "douyin": ("抖音", 0.27, 0.42, 0.55),
    "wechat_ads": ("朋友圈广告", 0.21, 0.50, 0.66), "referral": ("好友推荐", 0.15, 0.86, 0.86),
    "corporate": ("企业福利", 0.01, 0.97, 0.95),
}
PLANS = {  # en: zh, weight, weekly churn hazard, price by meals/week
    "weight_loss": ("减脂", 0.50, 0.060, {5: 219, 10: 399}),
    "muscle": ("增肌", 0.30, 0.028, {5: 249, 10: 449}),
    "family": ("家庭", 0.20, 0.034, {15: 699}),
}
WINDOWS = {"morning": ("早间", 7, 9, 0.45), "midday": ("午间", 11, 13, 0.15), "evening": ("晚间", 18, 21, 0.40)}
ISSUES = {"late": "配送超时", "warm": "餐品不冷", "missing": "漏发少件", "damaged": "包装破损"}
ADDONS = [("snacks", "轻食零食", [29, 39, 49, 59]), ("juice", "冷压果汁", [45, 88])]
SEG_ZH = {"prospect": "潜在客户", "new": "新订阅", "active": "活跃订阅", "paused": "暂停中", "churned": "已流失"}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡"}

# feedback text per topic (zh, en); every topic has its own marker words (gold.py counts by them)
TXT = {
    "late": (["配送超时了快一个小时", "说好晚上9点前送到结果拖到十点多，配送超时", "又配送超时，午饭时间都过了",
              "骑手迟到太久，配送超时两次了"],
             ["the box arrived way past the delivery window", "delivery was over an hour late again",
              "courier showed up late, way past the delivery window"]),
    "warm": (["打开餐盒一点都不冷，冰袋全化了", "收到的时候饭是温的，冰袋全化了，不敢吃", "夏天送来的餐不冷，担心变质"],
             ["food arrived warm and the ice packs had melted", "the meals were not cold at all, ice packs melted",
              "box was warm on arrival, had to throw the chicken away"]),
    "missing": (["少了两份餐，漏发了", "这周漏发了一份晚餐", "果汁漏发，餐也少了一盒"],
                ["two meals were missing from my box", "one dinner missing from this week's box",
                 "missing items again, only 8 of 10 meals"]),
    "damaged": (["餐盒压坏了，汤洒了一袋子", "外箱压坏，里面餐盒裂了"],
                ["the box was crushed and the sauce leaked everywhere", "container cracked, box crushed in transit"]),
    "portion": (["减脂餐分量太少，下午就饿", "吃不饱，分量太少了", "量太少了，一份根本吃不饱"],
                ["portions are too small, I'm hungry by 3pm", "portion size is tiny for the price",
                 "not filling at all, portions too small"]),
    "repetitive": (["菜单老是重复，吃腻了", "连续几周都是那几道菜，菜单重复太多"],
                   ["the menu keeps repeating, same dishes every week", "menu is repetitive, bored of the same chicken"]),
    "cancel_hard": (["取消订阅还得打电话，太麻烦了", "想退订找不到入口，取消太麻烦"],
                    ["had to call to cancel, why is there no cancel button", "cancelling was a hassle, had to phone them"]),
    "tasty": (["味道很好，鸡胸肉一点都不柴", "好吃！高蛋白又不腻", "调味很棒，好吃到想天天点"],
              ["tastes great, the chicken isn't dry at all", "really tasty and high protein",
               "delicious meals, best meal prep I've tried"]),
    "kids": (["孩子很爱吃，家里省了做饭时间", "家庭套餐孩子很爱吃，老人也说清淡好"],
             ["my kids love the family box", "the kids love it and it saves us cooking every night"]),
}
GEN = {
    "pos": (["整体满意，会继续订", "很方便，推荐", "体重降了三公斤，感谢膳盒"],
            ["overall happy, will keep my subscription", "super convenient, recommend", "lost 3 kg so far, thanks"]),
    "neu": (["还行吧，一般般", "价格有点小贵，但省事"], ["it's ok I guess", "a bit pricey but saves time"]),
    "neg": (["体验很差，考虑退订", "有点失望"], ["pretty disappointed", "not great, thinking about cancelling"]),
}
NEG_TOPICS = {"late", "warm", "missing", "damaged", "portion", "repetitive", "cancel_hard"}
TOPIC_TP = [("warm", "tp_delivered"), ("missing", "tp_delivered"), ("damaged", "tp_delivered"),
            ("late", "tp_delivered"), ("cancel_hard", "tp_cancel"), ("repetitive", "tp_menu_pick"),
            ("portion", "tp_rate"), ("tasty", "tp_rate"), ("kids", "tp_rate")]


def ts(x):
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def skip_p(monday):
    if datetime(2026, 2, 9) <= monday <= datetime(2026, 2, 23):       # Spring Festival 2026
        return 0.42
    if datetime(2025, 9, 29) <= monday <= datetime(2025, 10, 6):      # National Day
        return 0.33
    if monday.month in (7, 8):
        return 0.12
    return 0.07


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    def ev(self, c, t, tp, action, **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp, action=action,
                   device=c["device"], channel=c["platform"], app_version=app_version(t), city=c["city"],
                   城市=CITIES[c["city"]][0])
        if c.get("plan"):
            row.update(plan=c["plan"], 套餐=PLANS[c["plan"]][0])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"weekly_box": "周餐盒", "addon": "加购", "gift_card": "礼品卡"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel=c["platform"], device=c["device"], order_type=otype, 订单类型=zh,
                   city=c["city"], 城市=CITIES[c["city"]][0], currency="CNY")
        if otype == "weekly_box":
            row.update(plan=c["plan"], 套餐=PLANS[c["plan"]][0], meals_per_week=c["meals"])
        row.update(kw)
        self.orders.append(row)
        c["spend"] += float(amount) if status == "paid" else 0.0
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, no_customer=False, gen=None, tp=None,
           week=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["id"], touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, language=lang, city=c["city"], 城市=CITIES[c["city"]][0], plan=c.get("plan"),
                   套餐=PLANS[c["plan"]][0] if c.get("plan") else None)
        if week:
            row.update(week)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def make_customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 20):
            g = 0.5 + 1.0 * (d - START).days / 540
            if d.month == 1 or (d.month == 3 and d.year == 2026):
                g *= 1.35                                   # New-year resolutions / pre-summer diets
            if datetime(2026, 2, 9) <= d < datetime(2026, 2, 23):
                g *= 0.5
            days.append((d, g))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            self.cust.append(dict(
                id=f"U{i + 1:05d}", t0=days[k][0] + D(hours=float(rng.uniform(8, 23.5))), city=city, ch=ch,
                device=pick(["ios", "android"], [0.52, 0.48]), platform=pick(["app", "mini_program"], [0.55, 0.45]),
                age=pick(["18-24", "25-34", "35-44", "45+"], [0.2, 0.48, 0.24, 0.08]),
                gender=pick(["female", "male"], [0.58, 0.42]),
                en_share=0.14 if city in ("Shanghai", "Shenzhen") else 0.06, plan=None, meals=None, spend=0.0,
                signup=None, first_pay=None, state="prospect", state_t=None, window=None, weeks=0, variant=None))
        for c in self.cust:
            c["lang"] = "en" if rng.random() < c["en_share"] else "zh"

    # ---------- one customer ----------
    def run_customer(self, c):
        t = c["t0"]
        self.ev(c, t, "tp_discover", "view", channel=c["ch"], device=c["device"], utm_source=c["ch"])
        ch = CHANNELS[c["ch"]]
        if rng.random() > ch[2]:
            return
        t += D(minutes=float(rng.lognormal(np.log(40), 1.2)))
        if rng.random() < 0.1:
            t += D(days=float(rng.uniform(1, 10)))
        c["signup"] = t
        self.ev(c, t, "tp_signup", "submit", signup_platform=c["platform"])
        # quiz
        short = False
        if QUIZ_AB[0] <= t < QUIZ_AB[1]:
            c["variant"] = pick(["control", "short_quiz"], [0.5, 0.5])
            self.exp.append(dict(experiment_id="quiz_length_2026", variant=c["variant"], customer_id=c["id"],
                                 assigned_at=ts(t)))
            short = c["variant"] == "short_quiz"
        elif t >= QUIZ_AB[1]:
            short = True
        p_quiz = 0.80 if short else (0.52 if c["device"] == "android" else 0.60)
        if c["ch"] == "corporate":
            p_quiz = 0.95
        if rng.random() > p_quiz:
            return
        t += D(minutes=float(rng.uniform(3, 9) if short else rng.uniform(8, 22)))
        goal = pick(list(PLANS), [v[1] for v in PLANS.values()])
        if c["ch"] == "corporate":
            goal = pick(["weight_loss", "muscle"], [0.5, 0.5])
        self.ev(c, t, "tp_quiz", "complete", quiz_version="short_v2" if short else "long_v1",
                goal=goal, questions=6 if short else 18)
        if rng.random() > 0.86:
            return
        t += D(minutes=float(rng.uniform(1, 15)))
        c["plan"] = goal
        c["meals"] = 15 if goal == "family" else int(pick([5, 10], [0.4, 0.6]))
        c["window"] = pick(list(WINDOWS), [v[3] for v in WINDOWS.values()])
        if c["ch"] == "corporate":
            c["meals"], c["window"] = 10, "midday"
        c["carrier"] = pick([x[0] for x in CITIES[c["city"]][3]], [x[1] for x in CITIES[c["city"]][3]])
        self.ev(c, t, "tp_plan", "select", meals_per_week=c["meals"])
        if rng.random() > ch[3]:
            return
        t += D(hours=float(min(300, rng.exponential(18) + 0.1)))
        price = PLANS[c["plan"]][3][c["meals"]]
        first_price = price * (0.7 if c["ch"] == "referral" else (0.0 if c["ch"] == "corporate" else 0.85))
        if c["ch"] == "corporate":
            first_price = price * 0.5
        self.ev(c, t, "tp_first_pay", "success", amount=round(first_price, 2), meals_per_week=c["meals"],
                delivery_window=c["window"], 配送时段=WINDOWS[c["window"]][0])
        first_order = self.order(c, t, first_price, "weekly_box", first_box=True)
        c["first_pay"] = t
        c["state"], c["state_t"] = "active", t
        # first delivery monday
        monday = datetime(t.year, t.month, t.day) + D(days=(7 - t.weekday()) % 7 or 7)
        if (monday - t).days < 3:
            monday += D(days=7)
        self.ev(c, t + D(minutes=float(rng.uniform(2, 60))), "tp_menu_pick", "picked", week_of=monday.date())
        self.weeks(c, monday, first_order)

    def weeks(self, c, monday, first_order):
        plan = PLANS[c["plan"]]
        price = plan[3][c["meals"]]
        first = True
        n_week = 0
        issues_recent = 0
        while monday <= END:
            order = None
            if not first:
                # skip?
                if rng.random() < skip_p(monday):
                    self.ev(c, monday - D(days=float(rng.uniform(4.2, 8))), "tp_skip", "skip", week_of=monday.date())
                    monday += D(days=7)
                    continue
                pick_t = monday - D(days=float(rng.uniform(4.1, 6.5)))
                self.ev(c, pick_t, "tp_menu_pick", "picked" if rng.random() < 0.72 else "auto_assigned",
                        week_of=monday.date())
                t_ch = monday - D(days=3) + D(minutes=float(rng.uniform(5, 90)))
                if t_ch > END:
                    break
                self.ev(c, t_ch, "tp_renewal", "charged", amount=price, week_of=monday.date())
                order = self.order(c, t_ch, price, "weekly_box", first_box=False, week_of=monday.date())
            else:
                order = first_order
            first = False
            n_week += 1
            c["weeks"] += 1
            res = self.delivery(c, monday, order, price, n_week)
            issues_recent = issues_recent * 0.5 + (1 if res else 0)
            # add-ons
            if rng.random() < (0.18 if c["plan"] != "family" else 0.28):
                kind, zh, prices = ADDONS[int(rng.integers(2))]
                t_a = monday - D(days=float(rng.uniform(3.5, 6)))
                amt = float(rng.choice(prices))
                self.ev(c, t_a, "tp_addon", "buy", addon_type=kind, 加购类型=zh, amount=amt, week_of=monday.date())
                self.order(c, t_a, amt, "addon", addon_type=kind, 加购类型=zh, week_of=monday.date())
            if rng.random() < 0.006:
                t_r = monday + D(days=float(rng.uniform(1, 5)))
                self.ev(c, t_r, "tp_referral", "invite_sent", referral_credit=50)
            if rng.random() < 0.0035:
                amt = float(pick([200, 500, 1000], [0.5, 0.35, 0.15]))
                t_g = monday + D(days=float(rng.uniform(0, 6)), hours=float(rng.uniform(8, 22)))
                self.order(c, t_g, amt, "gift_card", gift_card_value=amt)
            # churn / pause
            haz = plan[2] * (1.0 + 2.0 * issues_recent)
            if c["ch"] == "referral":
                haz *= 0.7
            elif c["ch"] == "corporate":
                haz *= 0.3                                  # employer pays half: they stay
            if rng.random() < haz:
                t_x = monday + D(days=float(rng.uniform(1, 4)), hours=float(rng.uniform(0, 12)))
                if t_x > END:
                    break
                if rng.random() < 0.4:
                    pw = int(rng.integers(2, 7))
                    self.ev(c, t_x, "tp_pause", "pause", pause_weeks=pw)
                    c["state"], c["state_t"] = "paused", t_x
                    if rng.random() < 0.55:
                        t_back = t_x + D(days=7 * pw - float(rng.uniform(0, 3)))
                        if t_back > END:
                            break
                        self.ev(c, t_back, "tp_resume", "resume")
                        c["state"], c["state_t"] = "active", t_back
                        monday = datetime(t_back.year, t_back.month, t_back.day) + D(days=(7 - t_back.weekday()) % 7 or 7)
                        continue
                    t_x = t_x + D(days=7 * pw + float(rng.uniform(0, 10)))
                    if t_x > END:
                        break
                self.cancel(c, t_x, n_week)
                break
            monday += D(days=7)

    def cancel(self, c, t, n_week):
        by_phone = t < INAPP_CANCEL
        reason = pick(["price", "taste", "delivery", "goal_reached", "moving"], [0.3, 0.2, 0.2, 0.2, 0.1])
        zh = {"price": "价格", "taste": "口味", "delivery": "配送", "goal_reached": "目标达成", "moving": "搬家"}[reason]
        self.ev(c, t, "tp_cancel", "cancel", channel="phone" if by_phone else c["platform"],
                cancel_reason=reason, 取消原因=zh, weeks_subscribed=n_week)
        c["state"], c["state_t"] = "churned", t
        if by_phone and rng.random() < 0.22:
            self.fb(c, t + D(minutes=float(rng.uniform(5, 300))), ["cancel_hard"],
                    pick(["call_note", "ticket"], [0.6, 0.4]))

    def delivery(self, c, monday, order, price, n_week):
        city = c["city"]
        carrier = c["carrier"]
        kitchen = CITIES[city][2]
        w = WINDOWS[c["window"]]
        t_d = monday + D(hours=float(rng.uniform(3.5, 5.5)))
        common = dict(week_of=monday.date(), kitchen=kitchen, carrier=carrier, 承运商=CARRIER_ZH[carrier],
                      delivery_window=c["window"], 配送时段=w[0])
        self.ev(c, t_d, "tp_dispatch", "dispatched", **common)
        # lateness
        p_late = 0.21 if (city == "Shanghai" and c["window"] == "evening") else 0.05
        win_end = monday + D(hours=w[2])
        if rng.random() < p_late:
            t_arr = win_end + D(minutes=float(rng.uniform(20, 110)))
        else:
            t_arr = monday + D(hours=w[1]) + D(minutes=float(rng.uniform(0, 60 * (w[2] - w[1]) - 1)))
        late_min = max(0.0, (t_arr - win_end).total_seconds() / 60)
        temp = float(np.clip(rng.normal(4.3, 1.3), 0.5, 7.8))
        if SZ_HEAT[0] <= monday < SZ_HEAT[1] and city == "Shenzhen" and carrier == "jd_cold" and rng.random() < 0.3:
            temp = float(rng.uniform(9, 15))
        elif rng.random() < 0.012:
            temp = float(rng.uniform(8.5, 12))
        p_miss = 0.24 if (city == "Hangzhou" and HZ_WMS[0] <= monday < HZ_WMS[1]) else 0.015
        missing = int(rng.integers(1, 3)) if rng.random() < p_miss else 0
        damaged = rng.random() < 0.01
        if t_arr > END:
            return False
        self.ev(c, t_arr, "tp_delivered", "delivered", late_minutes=round(late_min, 1),
                arrival_temp_c=round(temp, 1), missing_items=missing, **common)
        probs = []
        if late_min > 30:
            probs.append(("late", 0.45))
        if temp > 8:
            probs.append(("warm", 0.7))
        if missing:
            probs.append(("missing", 0.85))
        if damaged:
            probs.append(("damaged", 0.8))
        reported = [k for k, p in probs if rng.random() < p]
        problems = [k for k, _ in probs]
        t_i = t_arr + D(minutes=float(rng.lognormal(np.log(50), 0.8)))
        for k in reported:
            self.ev(c, t_i, "tp_issue", "report", issue_type=k, 问题类型=ISSUES[k], **common)
            r = rng.random()
            if k == "warm" and r < 0.6 and order is not None and order["status"] == "paid":
                amt, typ = order["amount"], "refund"
            elif k == "missing":
                amt, typ = round(price / c["meals"] * missing, 2), "credit"
            elif k == "late":
                amt, typ = 15.0, "credit"
            elif k == "damaged":
                amt, typ = round(price / c["meals"] * 2, 2), "credit"
            else:
                amt, typ = round(order["amount"] * 0.5 if order else 50, 2), "credit"
            if rng.random() < 0.93:
                med = 26.0 if city == "Shenzhen" and SZ_HEAT[0] <= monday < SZ_HEAT[1] else 5.0
                t_c = t_i + D(hours=float(rng.lognormal(np.log(med), 0.6)))
                if t_c <= END:
                    self.ev(c, t_c, "tp_compensation", typ, issue_type=k, 问题类型=ISSUES[k], compensation_type=typ,
                            补偿方式={"refund": "退款", "credit": "余额补偿"}[typ], amount=amt, **common)
                    if typ == "refund":
                        order["status"] = "refunded"
                        order["refunded_at"] = ts(t_c)
            t_i += D(minutes=float(rng.uniform(1, 5)))
            if rng.random() < 0.55:
                self.fb(c, t_i + D(minutes=2), [k], "ticket", tp="tp_delivered", week=dict(week_of=monday.date()))
        # experience topics for rating
        topics = list(problems)
        if c["plan"] == "weight_loss" and c["meals"] == 5 and rng.random() < 0.08:
            topics.append("portion")
        elif c["plan"] == "weight_loss" and rng.random() < 0.03:
            topics.append("portion")
        if n_week >= 10 and rng.random() < 0.05:
            topics.append("repetitive")
        bad = bool(set(topics) & NEG_TOPICS)
        if c["plan"] == "muscle" and rng.random() < (0.25 if not bad else 0.05):
            topics.append("tasty")
        elif rng.random() < (0.08 if not bad else 0.01):
            topics.append("tasty")
        if c["plan"] == "family" and not bad and rng.random() < 0.2:
            topics.append("kids")
        p_rate = 0.5 if problems else (0.2 if bad else 0.12)
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.34, 0.12, 0.04]))
            pen = {"late": 1.5, "warm": 2.6, "missing": 2.0, "damaged": 1.6, "portion": 1.3, "repetitive": 1.0}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if ("tasty" in topics or "kids" in topics) and not bad:
                stars = 5.0 if rng.random() < 0.75 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_arr + D(hours=float(rng.lognormal(np.log(5), 0.9)))
            self.ev(c, t_r, "tp_rate", "rate", stars=stars, week_of=monday.date())
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "app_review", rating=stars, gen=gen,
                    week=dict(week_of=monday.date(), delivery_window=c["window"], 配送时段=w[0], carrier=carrier,
                              承运商=CARRIER_ZH[carrier]))
        if n_week == 4 and rng.random() < 0.3:
            nps = int(np.clip(round(rng.normal(8.0 - 2.5 * bad + (0.6 if c["plan"] == "muscle" else 0), 1.7)), 0, 10))
            self.fb(c, monday + D(days=2, hours=float(rng.uniform(9, 21))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.035:
            self.fb(c, t_arr + D(hours=float(rng.uniform(2, 72))), topics, "social",
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.25)
        return bool(reported)

    def run(self):
        self.make_customers()
        for c in self.cust:
            self.run_customer(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            tier = "gold" if c["spend"] >= 6000 else ("silver" if c["spend"] >= 2000 else "regular")
            seg = c["state"]
            if seg == "active" and c["first_pay"] >= datetime(2026, 7, 1):
                seg = "new"
            rows.append(dict(customer_id=c["id"], signup_at=ts(c["signup"]) if c["signup"] else None, segment=seg,
                             segment_zh=SEG_ZH[seg], region=c["city"], 城市=CITIES[c["city"]][0],
                             acquisition_channel=c["ch"], 获客渠道=CHANNELS[c["ch"]][0], tier=tier, 会员等级=TIERS[tier],
                             plan=c["plan"], 套餐=PLANS[c["plan"]][0] if c["plan"] else None,
                             meals_per_week=c["meals"], delivery_window=c["window"],
                             配送时段=WINDOWS[c["window"]][0] if c["window"] else None, age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], preferred_language=c["lang"],
                             first_visit_at=ts(c["t0"])))
        return rows


def write(path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "app_version", "city",
           "城市", "plan", "套餐", "utm_source", "signup_platform", "quiz_version", "goal", "questions",
           "meals_per_week", "week_of", "amount", "kitchen", "carrier", "承运商", "delivery_window", "配送时段",
           "late_minutes", "arrival_temp_c", "missing_items", "issue_type", "问题类型", "compensation_type", "补偿方式",
           "addon_type", "加购类型", "referral_credit", "stars", "pause_weeks", "cancel_reason", "取消原因",
           "weeks_subscribed"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "city",
            "城市", "plan", "套餐", "meals_per_week", "first_box", "week_of", "addon_type", "加购类型", "gift_card_value",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "城市", "plan", "套餐", "week_of", "delivery_window", "配送时段", "carrier", "承运商"]
CUST_COLS = ["customer_id", "signup_at", "segment", "segment_zh", "region", "城市", "acquisition_channel", "获客渠道",
             "tier", "会员等级", "plan", "套餐", "meals_per_week", "delivery_window", "配送时段", "age_band", "gender",
             "phone_os", "preferred_language", "first_visit_at"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=30, replace=False)              # the SDK re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", g.orders, ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"experiment rows {len(g.exp)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
