"""箭道 ArrowLane: a chain of seven indoor archery ranges (室内射箭馆) in Shenzhen, Hangzhou and Chengdu, booked through
a WeChat mini program. A newcomer finds us (Dianping / Douyin / Xiaohongshu / a friend / walking past), books a 68 CNY
trial lesson (体验课), a coach is assigned and teaches it (sometimes the coach does not show up: 教练爽约 -> the
trial fee is refunded and some people rebook), then maybe buys a membership card (次卡 10 sessions / 月卡 / 年卡),
books lanes by the hour (靶道), sometimes queues at the range before getting a lane, rents a bow (反曲弓 recurve /
复合弓 compound, with arrows), buys a coached lesson package (私教课 / 小班课), signs up for the belt-level exam (考级:
白带 → 黄带 → 绿带 → 蓝带 → 黑带), buys a bow or arrows in the pro shop (弓具店), rates us and renews the card.
Events 2025-01-01 .. 2026-06-30 (extract taken at the end of June 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: generator truth, not a DATA.md table).
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
N_CUST = 4200
FUTIAN_NOSHOW = (datetime(2025, 9, 1), datetime(2025, 12, 1))    # coach Chen at Futian keeps missing classes
XIHU_QUEUE = datetime(2026, 1, 1)                                  # Xihu Douyin promo: weekend lanes overbooked
JINJIANG_NEW_ARROWS = datetime(2026, 3, 1)                         # Jinjiang replaces its worn rental arrows

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现箭道", "Discover ArrowLane", "awareness", "social", "digital", "marketing",
     "发现|刷到|看到|种草|搜到|路过|朋友介绍|discover|found us|first touch|lead"),
    ("tp_trial_book", "预约体验课", "Trial lesson booked", "consideration", "mini_program", "digital", "sales",
     "约体验课|预约体验|体验课预约|试课|trial booking|book a trial|intro class booking"),
    ("tp_trial_class", "上体验课", "Trial lesson taken", "consideration", "store", "physical", "coaching",
     "体验课|试射|上体验课|first lesson|trial lesson|intro class|trial class"),
    ("tp_coach_noshow", "教练爽约", "Coach no-show", "service", "store", "physical", "coaching",
     "教练没来|教练放鸽子|爽约|教练缺席|no-show|coach didn't show|missed class"),
    ("tp_card_buy", "办卡", "Membership card bought", "purchase", "mini_program", "digital", "sales",
     "办卡|开卡|买卡|会员卡|次卡|月卡|年卡|membership|card|sign up|join"),
    ("tp_lesson_buy", "报课", "Lesson package bought", "purchase", "mini_program", "digital", "coaching",
     "报课|买课|私教课|小班课|课包|lesson package|coaching package|private lessons"),
    ("tp_lesson", "上课", "Coached lesson", "service", "store", "physical", "coaching",
     "上课|私教|小班|coached lesson|lesson|class"),
    ("tp_lane_book", "订靶道", "Lane booked", "purchase", "mini_program", "digital", "range_ops",
     "订靶道|约靶道|订场|订位|按小时订|lane booking|book a lane|range booking|reserve a lane"),
    ("tp_lane_wait", "排队等靶道", "Waiting for a lane", "service", "store", "physical", "range_ops",
     "排队|等靶道|等位|候场|queue|waiting|wait for a lane|lane wait"),
    ("tp_lane_checkin", "上靶", "Lane check-in", "service", "store", "physical", "range_ops",
     "上靶|开射|签到|到馆|入场|check-in|shooting|on the line|range session"),
    ("tp_rental", "租弓", "Equipment rental", "service", "store", "physical", "equipment",
     "租弓|租箭|租装备|器材租赁|反曲弓|复合弓|rental|rent a bow|equipment|gear rental"),
    ("tp_exam_signup", "考级报名", "Belt exam sign-up", "loyalty", "mini_program", "digital", "coaching",
     "考级|报名考级|段位考试|升段|belt exam|grading|exam sign-up|level test"),
    ("tp_exam_sit", "参加考级", "Belt exam taken", "loyalty", "store", "physical", "coaching",
     "考试|参加考级|去考级|sat the exam|took the test|grading day"),
    ("tp_exam_pass", "考级通过", "Belt exam passed", "loyalty", "store", "physical", "coaching",
     "通过|过级|升段成功|拿到带|passed|new belt|promoted"),
    ("tp_shop_buy", "弓具店购买", "Pro shop purchase", "purchase", "store", "physical", "retail",
     "买弓|买箭|弓具店|专卖店|配弓|pro shop|bought a bow|arrows purchase|shop"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退卡|退货|refund|money back|returned"),
    ("tp_rate", "评价", "Rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_renew", "续卡", "Card renewal", "loyalty", "mini_program", "digital", "crm",
     "续卡|续费|续会员|再办卡|renewal|renew|re-up|card renewal"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("trial", "体验转化", "Trial to member", ["tp_discover", "tp_trial_book", "tp_trial_class", "tp_card_buy"], 30),
    ("range", "订靶打靶", "Lane session", ["tp_lane_book", "tp_lane_checkin", "tp_rate"], 3),
    ("exam", "考级", "Belt exam", ["tp_exam_signup", "tp_exam_sit", "tp_exam_pass"], 45),
    ("renewal", "续卡", "Card renewal", ["tp_card_buy", "tp_renew"], 120),
]
CITY_ZH = {"Shenzhen": "深圳", "Hangzhou": "杭州", "Chengdu": "成都"}
STORES = [  # id, city, zh, en, opened, weight
    ("S01", "Shenzhen", "深圳南山店", "Shenzhen Nanshan", None, 1.2),
    ("S02", "Shenzhen", "深圳福田店", "Shenzhen Futian", None, 1.2),
    ("S03", "Shenzhen", "深圳龙华店", "Shenzhen Longhua", datetime(2025, 6, 1), 0.9),
    ("S04", "Hangzhou", "杭州西湖店", "Hangzhou Xihu", None, 1.3),
    ("S05", "Hangzhou", "杭州滨江店", "Hangzhou Binjiang", None, 0.8),
    ("S06", "Chengdu", "成都高新店", "Chengdu Hi-Tech", None, 1.0),
    ("S07", "Chengdu", "成都锦江店", "Chengdu Jinjiang", None, 1.0),
]
STORE = {s[0]: s for s in STORES}
COACHES = {  # id: store, zh, en, trial->card factor
    "C01": ("S01", "王教练", "Coach Wang", 1.0), "C02": ("S01", "刘教练", "Coach Liu", 0.95),
    "C03": ("S02", "张教练", "Coach Zhang", 1.0), "C04": ("S02", "陈教练", "Coach Chen", 0.9),
    "C05": ("S02", "赵教练", "Coach Zhao", 1.0), "C06": ("S03", "黄教练", "Coach Huang", 0.95),
    "C07": ("S04", "周教练", "Coach Zhou", 1.0), "C08": ("S04", "吴教练", "Coach Wu", 0.95),
    "C10": ("S05", "郑教练", "Coach Zheng", 1.0), "C09": ("S06", "李教练", "Coach Li", 1.45),
    "C11": ("S06", "孙教练", "Coach Sun", 1.0), "C12": ("S07", "马教练", "Coach Ma", 0.8),
    "C13": ("S07", "胡教练", "Coach Hu", 0.95),
}
STORE_COACHES = {s[0]: [k for k, v in COACHES.items() if v[0] == s[0]] for s in STORES}
CHANNELS = {  # en: zh, weight, trial-book prob, card factor
    "dianping": ("大众点评", 0.30, 0.62, 1.0), "douyin": ("抖音", 0.27, 0.36, 0.7),
    "xiaohongshu": ("小红书", 0.20, 0.55, 0.95), "friend": ("朋友推荐", 0.13, 0.80, 1.25),
    "walk_in": ("路过进店", 0.10, 0.78, 1.05),
}
CARDS = {"punch10": ("次卡", 980.0), "monthly": ("月卡", 699.0), "annual": ("年卡", 4980.0)}
BOWS = {"recurve": ("反曲弓", 30.0), "compound": ("复合弓", 50.0)}
BELTS = ["white", "yellow", "green", "blue", "black"]
BELT_ZH = {"white": "白带", "yellow": "黄带", "green": "绿带", "blue": "蓝带", "black": "黑带"}
AGE_BANDS = ["<18", "18-25", "26-35", "36-45", "46-55", "56+"]
ORDER_ZH = {"trial_lesson": "体验课", "membership": "会员卡", "lane_hours": "靶道费", "equipment_rental": "器材租赁",
            "lesson_package": "课程包", "exam_fee": "考级费", "pro_shop": "弓具商品"}
LESSONS = {"private": ("私教课10节", 3200.0, 10), "group": ("小班课8节", 1280.0, 8)}

# feedback texts: topic -> (zh list, en list); markers in gold.py must match exactly these topics
TXT = {
    "lane_wait": (["周末来等靶道等了快{m}分钟", "排队排了{m}分钟才上靶", "订了靶道到馆还要排队，白白等了{m}分钟",
                   "靶道根本不够用，每次都要排队"],
                  ["waited {m} minutes for a lane even though I booked", "the queue for lanes on weekends is crazy",
                   "booked a lane and still stood in a queue for {m} min"]),
    "coach_noshow": (["约好的课教练没来，也没人提前通知", "被教练放鸽子了，白跑一趟", "教练临时没来，前台说换个时间"],
                     ["the coach didn't show up and nobody told us", "coach no-show, wasted a whole evening",
                      "our coach never turned up for the booked class"]),
    "worn_arrows": (["租的箭羽都掉了好几根", "箭杆都弯了还拿出来租", "租的箭太旧了，射出去都飘"],
                    ["the rental arrows are worn out", "half the fletching was missing on the rental arrows",
                     "got bent arrows with the rental bow"]),
    "coach_praise": (["教练很耐心，姿势一点点纠正", "教练讲得很细，第一次就上靶了", "教练很专业也很耐心"],
                     ["the coach was super patient with my form", "great coaching, hit the target on day one",
                      "really patient instructor"]),
    "price": (["年卡有点贵，犹豫了很久", "价格偏高，周末一小时一百", "课包太贵了"],
              ["a bit pricey compared with a gym", "lane hours on weekends are expensive",
               "lesson packages feel expensive"]),
    "exam_hard": (["考级没过，感觉评分标准不透明", "考级太难了，考官也不解释"],
                  ["failed the belt exam and nobody explained the scoring", "belt exam grading felt unclear"]),
    "shop_fit": (["店里帮我调弓配箭很专业", "弓具店的师傅帮我选了合适的磅数"],
                 ["the pro shop staff fitted my bow perfectly", "great advice on draw weight in the shop"]),
}
GEN = {
    "pos": (["环境很好，下次还来", "整体体验不错", "很解压，推荐朋友来"],
            ["nice range, will come back", "overall a good experience", "very relaxing, recommended"]),
    "neu": (["还行吧", "一般般，中规中矩", "体验了一下，再看看"],
            ["it was ok", "average experience", "tried it once, we'll see"]),
    "neg": (["体验很差", "不太满意", "下次不会再来了"], ["bad experience", "not happy", "won't come back"]),
}
NEG_TOPICS = {"lane_wait", "coach_noshow", "worn_arrows", "price", "exam_hard"}
TOPIC_TP = [("coach_noshow", "tp_coach_noshow"), ("lane_wait", "tp_lane_wait"), ("worn_arrows", "tp_rental"),
            ("exam_hard", "tp_exam_sit"), ("shop_fit", "tp_shop_buy"), ("coach_praise", "tp_trial_class"),
            ("price", "tp_card_buy")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if d.month in (7, 8):
        return 1.45                                      # summer holidays: kids and students
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 6) or datetime(2026, 2, 14) <= d < datetime(2026, 2, 24):
        return 0.5                                       # Spring Festival: ranges half empty
    if d.month == 10 and d.day <= 7:
        return 1.3
    return 1.0


def at_hour(day: datetime, weekend_bias=0.5) -> datetime:
    """a range slot: evenings on weekdays, any time 10-21 at weekends."""
    d = datetime(day.year, day.month, day.day)
    if d.weekday() >= 5:
        return d + D(hours=float(rng.integers(10, 21)))
    return d + D(hours=float(rng.integers(18, 22)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, sess=0)

    def sid(self, prefix):
        self.n["sess"] += 1
        return f"{prefix}{self.n['sess']:06d}"

    def store_cols(self, s):
        st = STORE[s]
        return dict(store_id=s, store=st[2], store_en=st[3], store_city=st[1], 门店城市=CITY_ZH[st[1]])

    def ev(self, c, t, tp, sid, action, store=None, **kw):
        if t > END:
            return False
        self.n["ev"] += 1
        digital = tp in ("tp_discover", "tp_trial_book", "tp_card_buy", "tp_lesson_buy", "tp_lane_book",
                         "tp_exam_signup", "tp_rate", "tp_renew", "tp_refund")
        row = dict(event_id=f"E{self.n['ev']:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if digital else None,
                   channel="mini_program" if digital else "store")
        row.update(self.store_cols(store or c["home"]))
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sid, store=None, status="paid", **kw):
        if t > END:
            return None
        self.n["ord"] += 1
        row = dict(order_id=f"O{self.n['ord']:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="store" if otype in ("equipment_rental", "pro_shop") else "mini_program",
                   device=None if otype in ("equipment_rental", "pro_shop") else c["device"], order_type=otype,
                   订单类型=ORDER_ZH[otype], session_id=sid)
        row.update(self.store_cols(store or c["home"]))
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        c["spend"] += amount
        return row

    def refund(self, c, t, row, reason, reason_zh):
        if row is None or t > END:
            return
        row["status"] = "refunded"
        row["refunded_at"] = ts(t)
        c["spend"] -= row["amount"]
        self.ev(c, t, "tp_refund", row["session_id"], "refund", row["store_id"], refund_amount=row["amount"],
                refund_reason=reason, 退款原因=reason_zh, order_type=row["order_type"])

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, store=None, coach=None, undated=False,
           gen=None, m=None):
        if t > END:
            return
        self.n["fb"] += 1
        fid = f"FB{self.n['fb']:05d}"
        lang = c["lang"] if rng.random() < 0.85 else ("zh" if c["lang"] == "en" else "en")
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])).replace("{m}", str(int(m or 30))) for k in topics]
        if gen is None:
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t), customer_id=c["customer_id"],
                   touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang, coach_id=coach,
                   coach=COACHES[coach][1] if coach else None, coach_en=COACHES[coach][2] if coach else None)
        row.update(self.store_cols(store or c["home"]))
        self.feedback.append(row)
        senti = "neg" if (set(topics) & NEG_TOPICS or gen == "neg") else ("pos" if gen == "pos" else "neu")
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    def review(self, c, t, topics, base, store, coach=None, tp=None, m=None):
        """a rated review (mini program after a visit, or Dianping) and its tp_rate event."""
        stars = int(np.clip(round(base + rng.normal(0, 0.6)), 1, 5))
        gen = "neg" if stars <= 2 else ("pos" if stars >= 4 else "neu")
        if stars >= 4 and set(topics) & NEG_TOPICS:
            stars = 3
        ch = "dianping_review" if rng.random() < 0.3 else "mini_program_review"
        undated = ch == "dianping_review" and rng.random() < 0.12
        self.fb(c, t, topics, ch, tp=tp, rating=stars, store=store, coach=coach, undated=undated, gen=gen, m=m)
        if ch == "mini_program_review":
            self.ev(c, t, "tp_rate", None, "rate", store, stars=stars)
        return stars

    # ---------- customers ----------
    def make_customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 20):
            days.append((d, (0.6 + 0.8 * (d - START).days / 540) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            open_ = [s for s in STORES if s[4] is None or s[4] <= t]
            home = pick(open_, [s[5] * (1.6 if s[0] == "S03" else 1.0) for s in open_])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            if home[0] == "S04" and t >= XIHU_QUEUE and rng.random() < 0.4:
                ch = "douyin"                          # the Xihu Douyin group-buy promo
            age = pick(AGE_BANDS, [0.16, 0.24, 0.32, 0.17, 0.08, 0.03])
            lang_en = {"Shenzhen": 0.14, "Hangzhou": 0.09, "Chengdu": 0.05}[home[1]]
            self.cust.append(dict(
                customer_id=f"A{i + 1:05d}", signup=t, home=home[0], city=home[1], channel=ch, age=age,
                gender=pick(["female", "male"], [0.44, 0.56]), device=pick(["ios", "android"], [0.5, 0.5]),
                lang="en" if rng.random() < lang_en else "zh", bow=pick(["recurve", "compound"], [0.68, 0.32]),
                spend=0.0, card=None, belt="white", own_bow=False, lessons=False, sessions=0, last=None))

    # ---------- lifecycle ----------
    def life(self, c):
        t = c["signup"]
        store = c["home"]
        self.ev(c, t, "tp_discover", None, "view", store, channel=c["channel"], device=c["device"])
        c["last"] = t
        p_book = CHANNELS[c["channel"]][2]
        if rng.random() > p_book:
            if rng.random() < 0.08:                     # a lost lead walks in for a one-off lane hour
                self.lane_session(c, t + D(days=float(rng.uniform(1, 40))), member=False)
            return
        t_book = t + D(hours=float(rng.lognormal(np.log(20), 1.0)))
        noshow_hit, took = self.trial(c, t_book)
        if not took:
            return
        t_class = took
        p_card = 0.52 * CHANNELS[c["channel"]][3] * COACHES[c["coach"]][3] * (0.55 if noshow_hit else 1.0)
        if c["age"] == "<18":
            p_card *= 1.1
        if rng.random() < p_card:
            t_card = t_class + D(hours=float(rng.lognormal(np.log(30), 1.1)))
            t_card = min(t_card, t_class + D(days=25))
            kind = pick(list(CARDS), [0.46, 0.34, 0.20])
            self.member(c, t_card, kind)
        elif rng.random() < 0.25:
            for _ in range(int(rng.integers(1, 4))):
                self.lane_session(c, t_class + D(days=float(rng.uniform(3, 90))), member=False)

    def trial(self, c, t_book):
        sid = self.sid("TR")
        store = c["home"]
        self.ev(c, t_book, "tp_trial_book", sid, "submit", store)
        o = self.order(c, t_book + D(minutes=2), 68.0, "trial_lesson", sid, store)
        noshow_hit = False
        t_slot = at_hour(t_book + D(days=float(rng.integers(1, 6))))
        for attempt in range(2):
            coach = str(rng.choice(STORE_COACHES[store]))
            if store == "S02" and rng.random() < 0.55:
                coach = "C04"                                  # Chen takes most Futian trials
            p_ns = 0.02
            if coach == "C04" and FUTIAN_NOSHOW[0] <= t_slot < FUTIAN_NOSHOW[1]:
                p_ns = 0.42
            elif store == "S02" and FUTIAN_NOSHOW[0] <= t_slot < FUTIAN_NOSHOW[1]:
                p_ns = 0.05
            c["coach"] = coach
            cc = dict(coach_id=coach, coach=COACHES[coach][1], coach_en=COACHES[coach][2])
            if rng.random() < p_ns:
                noshow_hit = True
                self.ev(c, t_slot, "tp_coach_noshow", sid, "coach_absent", store, **cc)
                if rng.random() < 0.55:
                    self.fb(c, t_slot + D(hours=float(rng.uniform(0.3, 30))), ["coach_noshow"],
                            pick(["ticket", "wechat_cs"], [0.6, 0.4]), store=store, coach=coach,
                            undated=rng.random() < 0.1)
                if rng.random() < 0.5 or attempt == 1:
                    self.refund(c, t_slot + D(hours=float(rng.uniform(1, 48))), o, "coach_no_show", "教练爽约")
                    return noshow_hit, None
                t_slot = at_hour(t_slot + D(days=float(rng.integers(2, 8))))
                continue
            if rng.random() < 0.12:                            # the customer does not come
                return noshow_hit, None
            self.ev(c, t_slot, "tp_trial_class", sid, "attended", store, bow_type=c["bow"], 弓型=BOWS[c["bow"]][0],
                    **cc)
            if rng.random() < 0.35:
                praise = COACHES[coach][3] >= 1.3 or rng.random() < 0.3
                topics = ["coach_praise"] if praise else []
                if rng.random() < 0.12:
                    topics.append("price")
                base = 4.6 if praise and "price" not in topics else 3.6
                if noshow_hit:
                    base -= 1.0
                self.review(c, t_slot + D(hours=float(rng.uniform(1, 20))), topics, base, store, coach,
                            tp="tp_trial_class")
            return noshow_hit, t_slot
        return noshow_hit, None

    def member(self, c, t_card, kind):
        store = c["home"]
        sid = self.sid("CD")
        if not self.ev(c, t_card, "tp_card_buy", sid, "success", store, card_type=kind, 卡种=CARDS[kind][0],
                       amount=CARDS[kind][1]):
            return
        o = self.order(c, t_card, CARDS[kind][1], "membership", sid, store, card_type=kind, 卡种=CARDS[kind][0])
        c["card"] = kind
        if rng.random() < 0.035:                              # 7-day cooling-off refund
            self.refund(c, t_card + D(days=float(rng.uniform(1, 7))), o, "changed_mind", "不想练了")
            c["card"] = None
            return
        # lesson package
        if rng.random() < (0.42 if c["age"] == "<18" else 0.3):
            self.lesson_package(c, t_card + D(days=float(rng.uniform(0, 20))))
        # NPS survey about a month in
        if rng.random() < 0.3:
            self.survey(c, t_card + D(days=float(rng.uniform(25, 40))))
        t = t_card
        renew_n = 0
        while t <= END:
            length = {"punch10": 120, "monthly": 30, "annual": 365}[kind]
            t_end = t + D(days=length)
            freq = {"punch10": 0.9, "monthly": 1.6, "annual": 1.1}[kind]     # sessions per week
            n_sess = 10 if kind == "punch10" else int(rng.poisson(freq * length / 7))
            gaps = np.sort(rng.uniform(0.5, length if kind != "punch10" else length * 0.8, size=n_sess))
            bad = 0
            for g in gaps:
                tt = t + D(days=float(g))
                if tt > END:
                    break
                bad += self.lane_session(c, tt, member=True)
            # exam sign-up after enough practice
            if c["sessions"] >= 8 and c["belt"] != "black" and rng.random() < 0.35:
                self.exam(c, t_end - D(days=float(rng.uniform(0, 15))))
            if rng.random() < (0.22 if kind == "annual" else 0.1) and not c["own_bow"]:
                self.shop(c, t + D(days=float(rng.uniform(5, length))))
            # renewal decision at expiry
            p = {"punch10": 0.52, "monthly": 0.58, "annual": 0.62}[kind]
            p -= 0.09 * min(bad, 3)
            if c["channel"] == "friend":
                p += 0.15                                  # came with a friend: they keep shooting together
            if rng.random() >= p:
                break
            t_r = t_end + D(days=float(rng.uniform(-3, 12)))
            if kind == "monthly" and rng.random() < 0.08:
                kind = "annual"
            sid = self.sid("CD")
            if not self.ev(c, t_r, "tp_renew", sid, "renew", store, card_type=kind, 卡种=CARDS[kind][0],
                           amount=CARDS[kind][1]):
                break
            self.order(c, t_r, CARDS[kind][1], "membership", sid, store, card_type=kind, 卡种=CARDS[kind][0],
                       renewal=True)
            c["card"] = kind
            renew_n += 1
            t = t_r

    def lane_session(self, c, t_book, member):
        """returns 1 if the session went badly (long wait or worn arrows)."""
        store = c["home"]
        sid = self.sid("LN")
        t_slot = at_hour(t_book + D(days=float(pick([0, 1, 2, 3], [0.3, 0.35, 0.2, 0.15]))))
        weekend = t_slot.weekday() >= 5
        hours = int(pick([1, 2, 3], [0.45, 0.45, 0.1]))
        if not self.ev(c, t_book, "tp_lane_book", sid, "submit", store, hours=hours, slot_start=ts(t_slot),
                       booking_type="member" if member else "pay_per_hour"):
            return 0
        price = (100.0 if weekend else 80.0) * hours
        if member:
            if c["card"] == "punch10":
                price = 0.0
            else:
                price = 0.0
        else:
            self.order(c, t_book, price, "lane_hours", sid, store, hours=hours)
        if rng.random() < 0.06:                      # did not come
            return 0
        c["sessions"] += 1
        arrive = t_slot + D(minutes=float(rng.uniform(-10, 10)))
        p_wait, med = 0.2, 7.0
        if weekend:
            p_wait, med = 0.35, 10.0
        if store == "S04" and weekend and arrive >= XIHU_QUEUE:
            p_wait, med = 0.85, 34.0
        elif store == "S04" and arrive >= XIHU_QUEUE:
            p_wait, med = 0.35, 12.0
        wait = 0.0
        bad = 0
        t = arrive
        if rng.random() < p_wait:
            wait = float(rng.lognormal(np.log(med), 0.45))
            self.ev(c, arrive, "tp_lane_wait", sid, "queue", store, wait_min=round(wait, 1),
                    weekend=weekend)
            t = arrive + D(minutes=wait)
        lane = f"{store}-L{int(rng.integers(1, 13)):02d}"
        self.ev(c, t, "tp_lane_checkin", sid, "checkin", store, hours=hours, lane_id=lane, weekend=weekend,
                bow_type=c["bow"], 弓型=BOWS[c["bow"]][0])
        topics = []
        if wait >= 20:
            bad = 1
            if rng.random() < 0.42:
                topics.append("lane_wait")
        worn = False
        if not c["own_bow"]:
            bow = c["bow"]
            self.ev(c, t + D(minutes=2), "tp_rental", sid, "rent", store, bow_type=bow, 弓型=BOWS[bow][0],
                    arrow_batch="JJ-2023" if store == "S07" and t < JINJIANG_NEW_ARROWS else "std")
            self.order(c, t + D(minutes=3), BOWS[bow][1], "equipment_rental", sid, store, bow_type=bow,
                       弓型=BOWS[bow][0])
            if store == "S07" and t < JINJIANG_NEW_ARROWS and rng.random() < 0.075:
                worn = True
            elif rng.random() < 0.004:
                worn = True
            if worn:
                bad = 1
                topics.append("worn_arrows")
        t_out = t + D(hours=hours)
        if topics and rng.random() < 0.55:
            self.review(c, t_out + D(minutes=float(rng.uniform(10, 600))), topics, 1.7, store,
                        tp="tp_lane_wait" if "lane_wait" in topics else "tp_rental", m=wait)
        elif topics and rng.random() < 0.5:
            self.fb(c, t_out + D(hours=float(rng.uniform(1, 40))), topics, pick(["ticket", "wechat_cs"], [0.5, 0.5]), store=store,
                    undated=rng.random() < 0.25, m=wait)
        elif rng.random() < 0.07:
            self.review(c, t_out + D(minutes=float(rng.uniform(10, 600))), [], 4.0 if wait < 15 else 3.0, store,
                        tp="tp_lane_checkin")
        return bad

    def lesson_package(self, c, t):
        store = c["home"]
        kind = pick(["private", "group"], [0.4, 0.6])
        name, price, n = LESSONS[kind]
        sid = self.sid("LP")
        coach = str(rng.choice(STORE_COACHES[store]))
        cc = dict(coach_id=coach, coach=COACHES[coach][1], coach_en=COACHES[coach][2])
        if not self.ev(c, t, "tp_lesson_buy", sid, "success", store, lesson_type=kind, 课程=name, amount=price, **cc):
            return
        self.order(c, t, price, "lesson_package", sid, store, lesson_type=kind, 课程=name, **cc)
        c["lessons"] = True
        tt = t
        for _ in range(n):
            tt = at_hour(tt + D(days=float(rng.uniform(3, 10))))
            if coach == "C04" and FUTIAN_NOSHOW[0] <= tt < FUTIAN_NOSHOW[1] and rng.random() < 0.25:
                self.ev(c, tt, "tp_coach_noshow", sid, "coach_absent", store, **cc)
                if rng.random() < 0.3:
                    self.fb(c, tt + D(hours=2), ["coach_noshow"], "wechat_cs", store=store, coach=coach,
                            undated=rng.random() < 0.2)
                continue
            self.ev(c, tt, "tp_lesson", sid, "attended", store, lesson_type=kind, 课程=name, **cc)

    def exam(self, c, t):
        store = c["home"]
        nxt = BELTS[BELTS.index(c["belt"]) + 1]
        sid = self.sid("EX")
        if not self.ev(c, t, "tp_exam_signup", sid, "submit", store, exam_belt=nxt, 考级段位=BELT_ZH[nxt],
                       bow_type=c["bow"], 弓型=BOWS[c["bow"]][0]):
            return
        self.order(c, t, 200.0, "exam_fee", sid, store, exam_belt=nxt, 考级段位=BELT_ZH[nxt])
        # exams are held on the last Saturday of the next month
        y, m = (t.year, t.month + 1) if t.month < 12 else (t.year + 1, 1)
        d = datetime(y, m, 28)
        while d.month == m:
            d += D(days=1)
        d -= D(days=1)
        while d.weekday() != 5:
            d -= D(days=1)
        exam_day = d + D(hours=10)
        if exam_day - t > D(days=44):
            exam_day = d - D(days=7) + D(hours=10)
        if rng.random() < 0.1:
            return                                          # did not turn up
        self.ev(c, exam_day, "tp_exam_sit", sid, "sat", store, exam_belt=nxt, 考级段位=BELT_ZH[nxt])
        p = 0.44 + (0.32 if c["lessons"] else 0.0) + (0.06 if c["bow"] == "compound" else 0.0)
        passed = rng.random() < p
        if passed:
            self.ev(c, exam_day + D(hours=6), "tp_exam_pass", sid, "pass", store, exam_belt=nxt,
                    考级段位=BELT_ZH[nxt])
            c["belt"] = nxt
        elif rng.random() < 0.3:
            self.fb(c, exam_day + D(days=float(rng.uniform(0.2, 3))), ["exam_hard"], pick(
                ["ticket", "wechat_cs", "mini_program_review"], [0.4, 0.4, 0.2]), store=store,
                rating=int(rng.integers(1, 3)) if rng.random() < 0.2 else None)

    def shop(self, c, t):
        store = c["home"]
        sid = self.sid("SH")
        bow = c["bow"]
        price = float(rng.uniform(1800, 4800) if bow == "recurve" else rng.uniform(3800, 9800))
        price = round(price / 10) * 10
        arrows = float(pick([360.0, 580.0, 880.0], [0.4, 0.4, 0.2]))
        if not self.ev(c, t, "tp_shop_buy", sid, "purchase", store, bow_type=bow, 弓型=BOWS[bow][0],
                       amount=price + arrows):
            return
        o = self.order(c, t, price, "pro_shop", sid, store, product="bow", 商品="弓", bow_type=bow, 弓型=BOWS[bow][0])
        self.order(c, t, arrows, "pro_shop", sid, store, product="arrows", 商品="箭支", bow_type=bow, 弓型=BOWS[bow][0])
        c["own_bow"] = True
        if rng.random() < 0.06:
            self.refund(c, t + D(days=float(rng.uniform(1, 10))), o, "product_return", "退货")
            c["own_bow"] = False
        elif rng.random() < 0.25:
            self.review(c, t + D(days=float(rng.uniform(1, 5))), ["shop_fit"], 4.6, store, tp="tp_shop_buy")

    def survey(self, c, t):
        if t > END:
            return
        store = c["home"]
        base = 8.6 if store != "S04" or t < XIHU_QUEUE else 6.0
        if store == "S07" and t < JINJIANG_NEW_ARROWS:
            base -= 1.2
        if c["channel"] == "friend":
            base += 0.6
        nps = int(np.clip(round(base + rng.normal(0, 1.6)), 0, 10))
        topics = []
        if store == "S04" and t >= XIHU_QUEUE and nps <= 6 and rng.random() < 0.5:
            topics.append("lane_wait")
        if rng.random() < 0.08:
            topics.append("price")
        gen = "neg" if nps <= 6 else ("pos" if nps >= 9 else "neu")
        self.fb(c, t, topics, "survey", tp="tp_card_buy" if not topics else None, nps=nps, store=store, gen=gen,
                m=35)

    # ---------- customers table ----------
    def customer_rows(self):
        rows = []
        last_ev = {}
        for e in self.events:
            last_ev[e["customer_id"]] = max(last_ev.get(e["customer_id"], ""), e["ts"])
        for c in self.cust:
            last = last_ev.get(c["customer_id"])
            if c["card"] is None:
                seg = "lead"
            elif last and last < "2026-03-31":
                seg = "at_risk"
            elif c["signup"] >= datetime(2026, 3, 1):
                seg = "new"
            elif c["sessions"] >= 30:
                seg = "loyal"
            else:
                seg = "returning"
            tier = c["card"] or "none"
            st = STORE[c["home"]]
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["signup"]), segment=seg, region=c["city"],
                城市=CITY_ZH[c["city"]], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]][0],
                tier=tier, 会员卡=CARDS[tier][0] if tier in CARDS else "未办卡", belt=c["belt"], 段位=BELT_ZH[c["belt"]],
                bow_preference=c["bow"], 弓型偏好=BOWS[c["bow"]][0], age_band=c["age"], gender=c["gender"],
                phone_os=c["device"], home_store_id=c["home"], home_store=st[2], home_store_en=st[3],
                preferred_language=c["lang"]))
        return rows


def write_csv(path: Path, rows, cols=None):
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.make_customers()
    for c in g.cust:
        g.life(c)
    # a handful of exact duplicate rows re-sent by the range tablets
    dup_idx = rng.choice(len(g.events), size=18, replace=False)
    events = sorted(g.events + [dict(g.events[int(i)]) for i in dup_idx], key=lambda r: (r["ts"], r["event_id"]))
    write_csv(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                             channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", jr)
    write_csv(out / "customers.csv", g.customer_rows())
    for e in events:
        if isinstance(e.get("weekend"), bool):
            e["weekend"] = "true" if e["weekend"] else "false"
    write_csv(out / "events.csv", events)
    for o in g.orders:
        if isinstance(o.get("renewal"), bool):
            o["renewal"] = "true" if o["renewal"] else "false"
    write_csv(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]))
    write_csv(out / "feedback.csv", g.feedback)
    write_csv(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(g.cust)}, events {len(events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
