"""书童 PageMate: a children's picture-book rental subscription by mail in Beijing, Shanghai and Guangzhou.
A parent finds us (Xiaohongshu, a WeChat ad, a kindergarten flyer, a friend's invite), registers in the app, fills
in the child's profile (age band), buys a membership (月卡 monthly / 季卡 quarterly / 年卡 annual), and then every
month a book box (书箱) is picked for the child, shipped from the city warehouse and delivered; the family logs
reading in the app (阅读打卡), books a return pickup near the end of the cycle, a courier collects the books, the
warehouse checks them (完好 / 损坏 / 丢失 -> damage / lost-book fee), families may buy a book they love instead of
returning it, rate the box, and renew at the end of the term. New members may cancel within 7 days (refunded).
Events 2025-01-01 .. 2026-06-30 (the app launched on 2025-01-01; the extract was taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 3600
AGE_BUG = (datetime(2025, 6, 10), datetime(2025, 7, 21))        # app 4.2.0 picks books for the wrong age band
SH_PICKUP = (datetime(2025, 9, 1), datetime(2025, 12, 1))        # Shanghai pickups outsourced to 达达速递
DOUBLE11 = (datetime(2025, 11, 8), datetime(2025, 11, 20))       # courier backlog + book-sale promo
APP_VERSIONS = [(datetime(2025, 1, 1), "4.0.3"), (datetime(2025, 4, 8), "4.1.0"), (datetime(2025, 6, 10), "4.2.0"),
                (datetime(2025, 7, 21), "4.2.1"), (datetime(2026, 1, 12), "4.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解书童", "Discover PageMate", "awareness", "social", "digital", "marketing",
     "了解|刷到|看到广告|小红书|幼儿园传单|朋友邀请|discover|found us|first visit|landing page"),
    ("tp_signup", "家长注册", "Parent sign-up", "consideration", "app", "digital", "growth",
     "注册|手机号注册|建账号|sign up|signup|register|registration|account"),
    ("tp_child_profile", "填写孩子档案", "Child profile", "consideration", "app", "digital", "growth",
     "孩子档案|宝宝信息|填年龄|年龄段|阅读偏好|child profile|kid's age|age profile|reading preferences"),
    ("tp_member_pay", "开通会员", "Membership purchase", "purchase", "app", "digital", "finance",
     "开通会员|买会员|办卡|月卡|季卡|年卡|首单|join|membership|subscribe|first payment"),
    ("tp_cancel", "退订会员", "Membership cancelled", "service", "app", "digital", "customer_service",
     "退订|取消会员|不要了|七天无理由|cancel|cancellation|unsubscribe"),
    ("tp_refund", "会员退款", "Membership refund", "service", "other", "digital", "finance",
     "退款|退钱|退会员费|refund|money back"),
    ("tp_box_pick", "选书配箱", "Book box selection", "service", "app", "digital", "curation",
     "选书|配书|书单|配箱|书箱|挑书|box selection|book picks|curation|book list"),
    ("tp_ship", "书箱发货", "Box shipped", "service", "other", "physical", "warehouse",
     "发货|出库|打包|仓库|ship|shipped|dispatch|warehouse"),
    ("tp_deliver", "书箱签收", "Box delivered", "service", "other", "physical", "logistics",
     "签收|收到书箱|送达|快递到了|配送|deliver|delivered|delivery|arrived"),
    ("tp_reading_log", "阅读打卡", "Reading log", "loyalty", "app", "digital", "product",
     "打卡|阅读记录|读书打卡|共读|reading log|log reading|check in reading|reading record"),
    ("tp_pickup_book", "预约回收", "Pickup booked", "service", "app", "digital", "logistics",
     "预约还书|预约回收|约取件|约上门|book pickup|schedule pickup|return request"),
    ("tp_pickup", "上门取书", "Books picked up", "service", "other", "physical", "logistics",
     "上门取书|取件|收书|快递员上门|回收|pickup|picked up|collection|courier came"),
    ("tp_return_check", "还书验收", "Return check", "service", "other", "physical", "warehouse",
     "验收|还书检查|质检|破损检查|赔损|return check|inspection|quality check|damage check"),
    ("tp_buy_book", "买下喜欢的书", "Book purchase", "purchase", "app", "digital", "commerce",
     "买书|留下这本|购书|买下|buy the book|book purchase|keep the book"),
    ("tp_rate", "评价书箱", "Box rating", "loyalty", "app", "digital", "curation",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_renew", "会员续费", "Membership renewal", "loyalty", "app", "digital", "crm",
     "续费|续卡|续会员|自动续费|renew|renewal|re-subscribe|extend membership"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "注册开通", "Onboarding", ["tp_discover", "tp_signup", "tp_child_profile", "tp_member_pay"], 14),
    ("box_cycle", "书箱到家", "Box to reading", ["tp_box_pick", "tp_ship", "tp_deliver", "tp_reading_log"], 10),
    ("book_return", "还书回收", "Book return", ["tp_pickup_book", "tp_pickup", "tp_return_check"], 10),
    ("renewal", "会员续费", "Renewal", ["tp_member_pay", "tp_renew"], 120),
]
CITIES = {  # en: zh, weight, warehouse (en, zh), en share
    "Beijing": ("北京", 0.40, "BJ-Shunyi", "北京顺义仓", 0.10),
    "Shanghai": ("上海", 0.38, "SH-Jiading", "上海嘉定仓", 0.22),
    "Guangzhou": ("广州", 0.22, "GZ-Baiyun", "广州白云仓", 0.08),
}
DISTRICTS = {"Beijing": ["朝阳", "海淀", "东城", "丰台", "通州"], "Shanghai": ["浦东", "徐汇", "闵行", "静安", "长宁"],
             "Guangzhou": ["天河", "海珠", "越秀", "番禺"]}
CHANNELS = {  # en: zh, weight, p signup, p profile, p pay, renew multiplier
    "xiaohongshu": ("小红书", 0.40, 0.50, 0.84, 0.42, 0.90),
    "wechat_ad": ("微信广告", 0.25, 0.45, 0.80, 0.55, 0.90),
    "kindergarten": ("幼儿园地推", 0.20, 0.82, 0.92, 0.78, 1.05),
    "referral": ("老带新", 0.15, 0.86, 0.93, 0.82, 1.10),
}
AGES = {  # band: zh, weight, reading logs per box, damage prob, lost prob, book-buy prob
    "0-2": ("0-2岁", 0.16, 3.0, 0.20, 0.010, 0.06),
    "3-4": ("3-4岁", 0.32, 6.5, 0.10, 0.012, 0.09),
    "5-6": ("5-6岁", 0.28, 6.0, 0.05, 0.012, 0.10),
    "7-8": ("7-8岁", 0.19, 4.5, 0.03, 0.015, 0.09),
    "9-12": ("9-12岁", 0.05, 2.5, 0.02, 0.020, 0.45),
}
PLANS = {  # en: zh, price, term days, books per box, renew prob
    "monthly": ("月卡", 129, 30, 6, 0.78),
    "quarterly": ("季卡", 339, 91, 8, 0.74),
    "annual": ("年卡", 1199, 365, 10, 0.70),
}
THEMES = {"animals": "动物", "science": "科普", "emotions": "情绪管理", "bedtime": "睡前故事", "english": "英文绘本",
          "bridge": "桥梁书"}
RESULTS = {"ok": "完好", "damaged": "损坏", "lost": "丢失"}
TXT = {  # topic: (zh, en)
    "worn": (["书太旧了，页角都卷了", "有两本书页破损还有污渍", "书品相很差，像被翻烂了", "绘本脏兮兮的，有蜡笔印"],
             ["the books were worn out and dog-eared", "two books had torn pages and stains", "books looked really shabby"]),
    "late_pickup": (["约了上门取书，快递员没来", "取书迟到了好几天", "还书预约了三次都没人上门", "回收一直拖，书堆在家里"],
                    ["the courier never came for the pickup", "pickup was days late", "booked a return pickup and nobody showed up"]),
    "age_mismatch": (["选的书不适合孩子年龄，太幼稚了", "书和孩子年龄段不符", "给7岁的孩子配了幼儿绘本", "书单跟档案里的年龄对不上"],
                     ["the books were way too young for my kid", "wrong age group books in the box", "box didn't match my child's age"]),
    "damage_fee": (["赔损费不合理，书本来就是旧的", "被扣了赔偿费，不认可", "书角折了一点就收赔损费"],
                   ["unfair damage fee for a book that was already worn", "charged a damage fee I don't agree with"]),
    "delivery_slow": (["书箱迟迟不到", "发货后一周才收到书箱", "配送太慢了"],
                      ["the box took forever to arrive", "delivery was really slow this time"]),
    "love": (["选书很用心，孩子特别喜欢", "孩子每天都要读书箱里的书", "书单很棒，宝宝爱上阅读了"],
             ["great picks, my kid loves them", "the curation is lovely, we read every night", "my daughter can't wait for each box"]),
}
GEN = {
    "pos": (["服务很好，推荐给其他家长", "性价比高，比买书划算", "整体很满意"],
            ["great service, recommended to other parents", "good value compared to buying books", "very happy overall"]),
    "neu": (["还行，中规中矩", "一般吧，没什么特别"], ["it's ok", "average, nothing special"]),
    "neg": (["体验不太好，考虑不续了", "有点失望"], ["not great, thinking of cancelling", "a bit disappointed"]),
}
TOPIC_TP = {"worn": "tp_deliver", "late_pickup": "tp_pickup", "age_mismatch": "tp_box_pick",
            "damage_fee": "tp_return_check", "delivery_slow": "tp_deliver", "love": "tp_rate"}
NEG = {"worn", "late_pickup", "age_mismatch", "damage_fee", "delivery_slow"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if d.month in (7, 8):
        return 1.4            # summer holiday reading
    if datetime(2025, 1, 20) <= d < datetime(2025, 2, 12) or datetime(2026, 2, 5) <= d < datetime(2026, 2, 28):
        return 1.5            # winter break / Spring Festival
    if d.month == 9:
        return 1.2            # back to kindergarten flyers
    return 1.0


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bx = 0

    def ev(self, c, t, tp, sid, action, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=c["os"], channel="app", app_version=app_version(t), city=c["city"],
                   城市=CITIES[c["city"]][0], child_age_band=c["age"], 孩子年龄段=AGES[c["age"]][0])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"membership": "会员费", "damage_fee": "赔损费", "book_purchase": "购书"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=ts(t), amount=round(float(amount), 2),
                   status=status, channel="app", device=c["os"], order_type=otype, 订单类型=zh, city=c["city"],
                   城市=CITIES[c["city"]][0], currency="CNY")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, box=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        lang = "en" if rng.random() < CITIES[c["city"]][4] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((TOPIC_TP[k] for k in topics if k in NEG), TOPIC_TP["love"] if "love" in topics else "tp_rate")
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=None if no_customer else c["id"],
            touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, box_id=box["id"] if box else None,
            city=c["city"], 城市=CITIES[c["city"]][0], child_age_band=c["age"], 孩子年龄段=AGES[c["age"]][0],
            warehouse=box["wh"] if box else None))
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, (0.6 + 0.8 * (d - START).days / 540) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            self.cust.append(dict(
                id=f"P{i + 1:05d}", t0=days[k][0] + D(hours=float(rng.uniform(7, 23))), city=city, ch=ch,
                age=pick(list(AGES), [v[1] for v in AGES.values()]), os=pick(["ios", "android"], [0.58, 0.42]),
                district=str(rng.choice(DISTRICTS[city])), kids=int(pick([1, 2], [0.8, 0.2])), plan=None,
                paid=False, first_pay=None, last_end=None, cancelled=False, renewals=0))

    def box(self, c, t, plan):
        self.n_bx += 1
        wh = CITIES[c["city"]][2]
        box = dict(id=f"BX{self.n_bx:06d}", wh=wh)
        theme = str(rng.choice(list(THEMES)))
        n_books = PLANS[plan][3]
        bug = AGE_BUG[0] <= t < AGE_BUG[1] and c["age"] in ("5-6", "7-8")
        mismatch = rng.random() < (0.55 if bug else 0.03)
        common = dict(box_theme=theme, 绘本主题=THEMES[theme], books_in_box=n_books, warehouse=wh,
                      仓库=CITIES[c["city"]][3], plan=plan, 会员套餐=PLANS[plan][0])
        self.ev(c, t, "tp_box_pick", box["id"], "auto_pick" if rng.random() < 0.4 else "parent_pick",
                age_fit="no" if mismatch else "yes", 年龄匹配="不符" if mismatch else "符合", **common)
        t_ship = t + D(hours=float(rng.uniform(6, 40)))
        p_worn = 0.03
        if c["city"] == "Guangzhou":
            p_worn = 0.22 if t >= datetime(2025, 12, 1) else 0.10      # GZ warehouse recycles old stock
        worn = rng.random() < p_worn
        cond = "worn" if worn else pick(["new", "good"], [0.35, 0.65])
        self.ev(c, t_ship, "tp_ship", box["id"], "shipped", channel="warehouse", device=None, courier="SF",
                快递="顺丰", book_condition=cond, 品相={"new": "新书", "good": "良好", "worn": "旧书"}[cond], **common)
        med = 1.4 if c["city"] != "Guangzhou" else 1.8
        if DOUBLE11[0] <= t_ship < DOUBLE11[1]:
            med = 4.5
        t_del = t_ship + D(days=float(rng.lognormal(np.log(med), 0.35)))
        slow = (t_del - t_ship).days >= 4
        self.ev(c, t_del, "tp_deliver", box["id"], "signed", channel="courier", device=None, courier="SF", 快递="顺丰",
                **common)
        # reading logs
        lam = AGES[c["age"]][2] * (1.25 if c["city"] == "Beijing" else 1.0) * (0.4 if mismatch else 1.0)
        n_logs = int(rng.poisson(lam * c["engage"]))
        for _ in range(n_logs):
            tl = t_del + D(days=float(rng.uniform(0.2, 26)))
            self.ev(c, tl, "tp_reading_log", box["id"], "log", books_read=int(rng.integers(1, 4)),
                    minutes=int(rng.integers(10, 45)), **common)
        # return
        t_pb = t_del + D(days=float(rng.uniform(24, 29)))
        self.ev(c, t_pb, "tp_pickup_book", box["id"], "scheduled", **common)
        sh = c["city"] == "Shanghai" and SH_PICKUP[0] <= t_pb < SH_PICKUP[1]
        courier, cz = ("dada", "达达速递") if sh else ("SF", "顺丰")
        delay = float(rng.lognormal(np.log(3.4 if sh else 0.8), 0.45))
        t_pu = t_pb + D(days=delay)
        late = delay > 2
        self.ev(c, t_pu, "tp_pickup", box["id"], "picked_up", channel="courier", device=None, courier=courier, 快递=cz,
                **common)
        t_chk = t_pu + D(hours=float(rng.uniform(20, 60)))
        a = AGES[c["age"]]
        r = rng.random()
        res = "lost" if r < a[4] else ("damaged" if r < a[4] + a[3] else "ok")
        self.ev(c, t_chk, "tp_return_check", box["id"], "checked", channel="warehouse", device=None,
                check_result=res, 验收结果=RESULTS[res], books_damaged=int(res != "ok"), **common)
        fee = False
        if res != "ok":
            amt = float(rng.choice([20, 30, 45, 60])) if res == "damaged" else float(rng.choice([58, 78, 98, 128]))
            self.order(c, t_chk + D(minutes=10), amt, "damage_fee", box_id=box["id"], fee_reason=res,
                       赔付原因=RESULTS[res], plan=plan, 会员套餐=PLANS[plan][0], warehouse=wh)
            fee = True
        # buy a book the child loved
        p_buy = a[5] * (2.5 if DOUBLE11[0] <= t_pb < DOUBLE11[1] else 1.0)
        if rng.random() < p_buy:
            tb = t_pb - D(hours=float(rng.uniform(1, 48)))
            price = float(rng.choice([39, 45, 59, 68, 88]))
            if self.ev(c, tb, "tp_buy_book", box["id"], "buy", amount=price, **common):
                self.order(c, tb, price, "book_purchase", box_id=box["id"], plan=plan, 会员套餐=PLANS[plan][0],
                           warehouse=wh)
        topics = []
        if mismatch:
            topics.append("age_mismatch")
        if worn:
            topics.append("worn")
        if slow and rng.random() < 0.5:
            topics.append("delivery_slow")
        if late:
            topics.append("late_pickup")
        if fee and rng.random() < 0.35:
            topics.append("damage_fee")
        bad = bool(topics)
        if not bad and rng.random() < (0.35 if n_logs >= 5 else 0.12):
            topics.append("love")
        p_rate = 0.45 if bad else 0.22
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10]))
            for k in topics:
                stars -= {"age_mismatch": 2.4, "worn": 2.0, "late_pickup": 1.8, "damage_fee": 1.6,
                          "delivery_slow": 1.2}.get(k, 0.0)
            if "love" in topics:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_chk + D(hours=float(rng.uniform(2, 72)))
            if self.ev(c, t_r, "tp_rate", box["id"], "rate", stars=stars, **common):
                self.fb(c, t_r, topics, "app_review", rating=stars, box=box,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if late and rng.random() < 0.35:
            self.fb(c, t_pb + D(days=2, hours=float(rng.uniform(0, 10))), ["late_pickup"], "ticket", box=box)
        if mismatch and rng.random() < 0.25:
            self.fb(c, t_del + D(hours=float(rng.uniform(2, 48))), ["age_mismatch"], "ticket", box=box)
        if fee and rng.random() < 0.15:
            self.fb(c, t_chk + D(hours=float(rng.uniform(1, 30))), ["damage_fee"], "call_note", box=box)
        if rng.random() < 0.035:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_chk + D(days=1), topics if rng.random() < 0.6 else [], "survey", nps=nps, box=box,
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.04:
            self.fb(c, t_chk + D(days=float(rng.uniform(0, 5))), topics, "xiaohongshu", box=box,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.3)
        return dict(bad=bad, mismatch=mismatch, late=late, worn=worn, logs=n_logs, end=t_pu)

    def run(self):
        self.customers()
        for c in self.cust:
            chp = CHANNELS[c["ch"]]
            c["engage"] = float(rng.lognormal(0, 0.35))
            self.ev(c, c["t0"], "tp_discover", None, "view", channel=c["ch"])
            if rng.random() > chp[2]:
                continue
            t = c["t0"] + D(minutes=float(rng.exponential(30) + 1))
            self.ev(c, t, "tp_signup", None, "submit")
            if rng.random() > chp[3]:
                continue
            t += D(hours=float(min(200, rng.exponential(10) + 0.05)))
            self.ev(c, t, "tp_child_profile", None, "submit")
            if rng.random() > chp[4]:
                continue
            t += D(hours=float(min(240, rng.exponential(30) + 0.1)))
            wp = (0.45, 0.30, 0.25) if c["ch"] == "kindergarten" else (0.58, 0.28, 0.14)
            plan = pick(list(PLANS), wp)
            first = True
            while t <= END:
                price = PLANS[plan][1]
                if first:
                    ok = self.ev(c, t, "tp_member_pay", None, "paid", amount=price, plan=plan, 会员套餐=PLANS[plan][0])
                else:
                    ok = self.ev(c, t, "tp_renew", None, "renewed", amount=price, plan=plan, 会员套餐=PLANS[plan][0])
                    c["renewals"] += 1
                if not ok:
                    break
                o = self.order(c, t, price, "membership", plan=plan, 会员套餐=PLANS[plan][0],
                               renewal="no" if first else "yes")
                c["paid"], c["plan"] = True, plan
                if first:
                    c["first_pay"] = t
                    if rng.random() < 0.05:             # 7-day no-questions-asked cancellation
                        tc = t + D(days=float(rng.uniform(0.5, 6)))
                        self.ev(c, tc, "tp_cancel", None, "cancel", plan=plan, 会员套餐=PLANS[plan][0])
                        tr = tc + D(hours=float(rng.uniform(1, 30)))
                        if self.ev(c, tr, "tp_refund", None, "refund", channel="wechat_pay", refund_amount=price,
                                   refund_reason="7天无理由"):
                            o["status"], o["refunded_at"] = "refunded", ts(tr)
                        c["cancelled"] = True
                        break
                first = False
                term_end = t + D(days=PLANS[plan][2])
                tb = t + D(hours=float(rng.uniform(2, 30)))
                res_all = []
                while tb < term_end - D(days=5) and tb <= END:
                    res_all.append(self.box(c, tb, plan))
                    tb += D(days=float(rng.uniform(28, 33)))
                c["last_end"] = term_end
                p = PLANS[plan][4] * chp[5]
                if any(r["mismatch"] for r in res_all):
                    p *= 0.55
                if any(r["late"] for r in res_all):
                    p *= 0.75
                if any(r["worn"] for r in res_all):
                    p *= 0.8
                logs = sum(r["logs"] for r in res_all) / max(1, len(res_all))
                p *= 1.12 if logs >= 5 else 0.9
                if rng.random() > min(0.97, p):
                    break
                t = term_end - D(days=float(rng.uniform(0, 3)))
                if rng.random() < 0.1:
                    plan = "quarterly" if plan == "monthly" else plan

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["paid"]:
                seg = "lead"
            elif c["cancelled"]:
                seg = "cancelled"
            elif c["last_end"] and c["last_end"] < END:
                seg = "lapsed"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["renewals"] >= 3:
                seg = "loyal"
            else:
                seg = "active"
            plan = c["plan"]
            rows.append(dict(customer_id=c["id"], signup_at=ts(c["t0"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], district=c["district"], acquisition_channel=c["ch"],
                             获客渠道=CHANNELS[c["ch"]][0], tier=plan, 会员套餐=PLANS[plan][0] if plan else None,
                             child_age_band=c["age"], 孩子年龄段=AGES[c["age"]][0], kids=c["kids"], phone_os=c["os"],
                             preferred_language="en" if rng.random() < CITIES[c["city"]][4] else "zh"))
        return rows


def write(path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version",
           "city", "城市", "child_age_band", "孩子年龄段", "plan", "会员套餐", "box_theme", "绘本主题", "books_in_box",
           "warehouse", "仓库", "age_fit", "年龄匹配", "courier", "快递", "book_condition", "品相", "books_read",
           "minutes", "check_result", "验收结果", "books_damaged", "amount", "refund_amount", "refund_reason", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "city",
            "城市", "plan", "会员套餐", "renewal", "box_id", "fee_reason", "赔付原因", "warehouse", "refunded_at",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "box_id",
           "city", "城市", "child_age_band", "孩子年龄段", "warehouse"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "district", "acquisition_channel", "获客渠道",
             "tier", "会员套餐", "child_age_band", "孩子年龄段", "kids", "phone_os", "preferred_language"]


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
    dup = rng.choice(len(ev), size=18, replace=False)          # the app tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", g.orders, ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, boxes {g.n_bx}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
