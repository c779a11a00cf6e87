"""御风 WindRider Kite School: kitesurfing lessons and gear rental at five beaches — 平潭龙凤头 Pingtan Longfengtou
(Fujian, NE-monsoon season Sep–Apr), 青岛石老人 Qingdao Shilaoren (summer, May–Oct), 陵水香水湾 Lingshui Xiangshui Bay
(Hainan, winter), 惠州双月湾 Huizhou Shuangyue Bay (spring–autumn, typhoons) and 越南美奈 Mui Ne (Vietnam, Nov–Apr).

People find us (Douyin, Xiaohongshu, Meituan/Dianping, our website, a friend), look at the course page, book a 2-hour
trial lesson (体验课) and pay. The evening before every session the beach runs a wind check (风况确认): go, too little
wind, too much wind or a storm; a no-go cancels the session (weather cancellation) and a trial customer either moves it
(改约) or is refunded. After the trial some buy a course pack (入门课包 6 h, then 独立课包 12 h up to independent),
ending with IKO certification cards (Level 2 / Level 3). Independent riders (ours, or who arrive certified) rent gear
by the hour or the day, take storage lockers (储物柜, per month) and season passes (季卡: free rental in the season).
Damaged kites on rental are charged (损坏赔偿) and customers can dispute the charge (申诉) with customer service.
Events 2025-01-01 .. 2026-07-31 (extract 2026-08-04, months before "today" 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics / sentiment per comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260804
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 9000
AB_START, AB_END = datetime(2026, 3, 1), datetime(2026, 6, 1)
PT_GALE = (datetime(2025, 12, 1), datetime(2026, 2, 1))      # Pingtan: winter gales, too much wind
QD_CALM = (datetime(2025, 7, 1), datetime(2025, 9, 1))       # Qingdao: windless summer 2025
MN_NEWFLEET = datetime(2025, 11, 1)                           # Mui Ne: strict new damage-check policy

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_find", "发现御风", "Found WindRider", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|抖音看到|小红书看到|搜到|朋友推荐|found us|first touch|discovery"),
    ("tp_course_page", "浏览课程页", "Course page viewed", "consideration", "mini_program", "digital", "marketing",
     "看课|课程页|看价格|浏览课程|course page|pricing page|browse courses"),
    ("tp_trial_book", "预约体验课", "Trial lesson booked", "purchase", "mini_program", "digital", "sales",
     "约体验课|预约|下单|订课|trial booking|book a trial|booked"),
    ("tp_pay", "付款", "Payment", "purchase", "mini_program", "digital", "finance",
     "付款|支付|买单|pay|payment|paid"),
    ("tp_windcheck", "风况确认", "Wind check", "service", "phone", "digital", "beach ops",
     "看风|风况|风速确认|前一晚确认|开不开课|wind check|wind call|go/no-go"),
    ("tp_cancel", "课程取消", "Session cancelled", "service", "other", "digital", "beach ops",
     "取消|停课|天气取消|没风取消|风太大取消|cancel|cancellation|called off|weather cancellation"),
    ("tp_reschedule", "改约", "Rescheduled", "service", "mini_program", "digital", "service",
     "改期|改约|改时间|顺延|reschedule|moved|new date"),
    ("tp_refund", "退款到账", "Refund issued", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_lesson", "下水上课", "Lesson on the water", "service", "store", "physical", "coaching",
     "上课|下水|风筝课|练风筝|教学|lesson|session|on the water|coaching"),
    ("tp_rating", "课后评价", "Post-lesson rating", "service", "app", "digital", "coaching",
     "评价|打分|评分|教练评分|rating|review|stars|instructor rating"),
    ("tp_course_buy", "购买课包", "Course pack bought", "purchase", "mini_program", "digital", "sales",
     "买课包|续课|进阶课|入门课包|独立课包|course pack|buy a course|upgrade"),
    ("tp_iko_cert", "IKO认证发证", "IKO certification", "loyalty", "store", "physical", "coaching",
     "IKO|考证|认证|发证|拿证|certification|IKO card|certified"),
    ("tp_rental", "装备租赁", "Gear rental", "service", "store", "physical", "rental desk",
     "租装备|租风筝|租板|按小时租|按天租|rental|rent gear|hire|kite hire"),
    ("tp_damage", "装备损坏登记", "Gear damage report", "service", "store", "physical", "rental desk",
     "损坏|弄坏|风筝坏了|破了|漏气|damage|damaged kite|broken gear"),
    ("tp_dispute", "赔偿申诉", "Charge dispute", "service", "phone", "digital", "service",
     "申诉|投诉扣款|退款纠纷|争议|dispute|complaint about charge|chargeback"),
    ("tp_locker", "储物柜", "Storage locker", "loyalty", "store", "physical", "rental desk",
     "储物柜|存装备|柜子|locker|gear storage"),
    ("tp_season_pass", "季卡", "Season pass", "loyalty", "mini_program", "digital", "sales",
     "季卡|通季卡|包季|season pass|seasonal pass|unlimited pass"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("trial_booking", "体验课预约", "Trial booking", ["tp_find", "tp_course_page", "tp_trial_book", "tp_pay"], 7),
    ("session_day", "开课履约", "Session day", ["tp_windcheck", "tp_lesson", "tp_rating"], 10),
    ("progression", "学员进阶", "Rider progression", ["tp_lesson", "tp_course_buy", "tp_iko_cert"], 120),
    ("cancel_refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("damage_dispute", "损坏申诉", "Damage dispute", ["tp_damage", "tp_dispute"], 30),
]
BEACHES = {  # id: zh, en, month weights (Jan..Dec)
    "PT": ("平潭龙凤头", "Pingtan Longfengtou", [8, 7, 6, 5, 2, 1, 1, 1, 6, 9, 10, 9]),
    "QD": ("青岛石老人", "Qingdao Shilaoren", [0, 0, 0, 1, 5, 9, 10, 10, 8, 4, 0, 0]),
    "LS": ("陵水香水湾", "Lingshui Xiangshui Bay", [7, 7, 5, 3, 1, 0, 0, 0, 1, 3, 6, 8]),
    "HZ": ("惠州双月湾", "Huizhou Shuangyue Bay", [1, 1, 3, 5, 6, 6, 6, 6, 5, 4, 2, 1]),
    "MN": ("越南美奈", "Mui Ne", [6, 6, 5, 3, 1, 0, 0, 0, 0, 1, 5, 6]),
}
INSTRUCTORS = {  # id: beach, en, zh, mean stars, start
    "I01": ("PT", "Lin Feng", "林峰", 4.3, START), "I02": ("PT", "Chen Bo", "陈波", 4.1, START),
    "I03": ("QD", "Wang Hai", "王海", 4.4, START), "I04": ("QD", "Zhao Lei", "赵雷", 4.0, START),
    "I05": ("LS", "Hao Ran", "浩然", 2.9, START), "I06": ("LS", "Sun Yu", "孙雨", 4.3, START),
    "I07": ("HZ", "Li Ming", "李明", 4.2, START), "I08": ("HZ", "Xu Tao", "徐涛", 4.0, START),
    "I09": ("MN", "Minh Tran", "陈明", 4.8, START), "I10": ("MN", "Jake Miller", "杰克", 4.2, START),
    "I11": ("HZ", "Ryan Ho", "何锐", 1.9, datetime(2026, 7, 1)),   # freelancer, July 2026 only: few ratings
}
PRODUCTS = {  # id: zh, list price, hours
    "trial": ("体验课", 680, 2), "starter_pack": ("入门课包", 2980, 6), "independent_pack": ("独立课包", 5980, 12),
    "rental_hour": ("按小时租赁", 150, 1), "rental_day": ("按天租赁", 600, 8), "locker": ("储物柜月租", 300, 0),
    "season_pass": ("季卡", 3800, 0), "iko_card": ("IKO证书费", 380, 0), "damage_charge": ("损坏赔偿", 0, 0),
}
ORDER_TYPE_ZH = {"trial": "体验课", "course_pack": "课包", "rental": "装备租赁", "locker": "储物柜", "season_pass": "季卡",
                 "iko_card": "IKO证书费", "damage_charge": "损坏赔偿"}
CHANNELS = {"douyin": ("抖音", 0.34), "xiaohongshu": ("小红书", 0.22), "meituan": ("美团点评", 0.17),
            "website": ("官网", 0.12), "referral": ("朋友推荐", 0.15)}
P_BOOK = {"douyin": 0.30, "xiaohongshu": 0.44, "meituan": 0.56, "website": 0.50, "referral": 0.62}
P_PACK = {"douyin": 0.20, "xiaohongshu": 0.27, "meituan": 0.22, "website": 0.30, "referral": 0.45}
REGIONS = [("Shanghai", "上海", 0.2), ("Beijing", "北京", 0.13), ("Shenzhen", "深圳", 0.14),
           ("Guangzhou", "广州", 0.1), ("Hangzhou", "杭州", 0.1), ("Fuzhou", "福州", 0.08),
           ("Qingdao", "青岛", 0.07), ("Hong Kong", "香港", 0.07), ("Singapore", "新加坡", 0.04),
           ("Overseas", "海外", 0.07)]
AGES = ["18-24", "25-34", "35-44", "45-54", "55+"]
AGE_P = [0.18, 0.43, 0.26, 0.10, 0.03]
RIDER_AGE_P = [0.04, 0.26, 0.38, 0.26, 0.06]      # certified riders who come to rent are older
DAMAGE = {"bladder_leak": "气囊漏气", "torn_canopy": "伞面撕裂", "broken_bar": "控制杆损坏", "snapped_line": "断线"}
AGENTS = ["Amy 周", "Kevin 黄", "Lily 吴", "Tom 郑"]
CANCEL_ZH = {"weather": "天气", "personal": "个人原因"}

# ---------- feedback texts: every topic has one marker per language (README) ----------
TEXTS = {
    "weather_cancel": (
        ["前一晚才说风太大课被取消了，白请了一天假", "连着两次被取消，说是没风，能不能早点通知", "课被取消了三次，海边白跑",
         "台风天被取消可以理解，但通知太晚了"],
        ["Lesson got cancelled the night before, too much wind they said", "Cancelled twice for no wind, please warn us earlier",
         "Drove two hours and it got cancelled on the beach"]),
    "refund_slow": (
        ["退款等了十天还没到账", "美团上申请的退款一直在处理中", "取消之后退款太慢了，客服只会说在走流程"],
        ["Still waiting for my refund after ten days", "The refund through Meituan took forever", "Refund was slow and nobody updated me"]),
    "damage_fee": (
        ["风筝本来就有补丁，还让我赔偿1800", "气囊漏气非说是我弄坏的，要赔偿", "赔偿标准不透明，租之前也没检查"],
        ["They charged me a damage fee for a kite that was already patched", "Unfair damage fee, the bladder was leaking before I took it out",
         "Damage fee of 1,500 yuan and no photos of the kite from before"]),
    "locker": (
        ["储物柜锁坏了，装备被人动过", "储物柜里全是沙子还漏水", "储物柜太小，放不下风筝包"],
        ["The locker lock was broken twice", "My locker was full of sand and water", "Locker too small for a kite bag"]),
    "impatient": (
        ["教练很不耐烦，一直在看手机", "教练不耐烦，问两遍就甩脸", "教练态度差，讲解也不耐烦"],
        ["Instructor was impatient and kept checking his phone", "Very impatient coach, didn't explain the bar at all"]),
    "gear_old": (
        ["装备旧得不行，板子都开胶了", "安全带装备旧，扣子都松了"],
        ["The harness was worn out", "Boards were worn out and the fins wobbly"]),
    "price": (
        ["体验课两小时680有点太贵了", "课包太贵了，比别家贵一截"],
        ["A bit pricey for two hours", "Course packs are pricey compared to Dahab"]),
    "pro": (
        ["教练很专业，讲风窗讲得特别清楚", "教练专业又有耐心，安全意识强", "非常专业的团队，推荐"],
        ["Very professional instructor, explained the wind window clearly", "Professional crew and safety first",
         "Super professional school, recommended"]),
    "flying": (
        ["第二节课就飞起来了，太爽了", "没想到第一次就能在板上飞起来", "终于飞起来了！"],
        ["I got up on the board in my second session!", "Finally got up and rode 50 metres", "Got up on day one, amazing"]),
    "neutral": (
        ["还可以，停车有点远", "整体一般，淋浴间人多", "教学流程正常，没什么特别的"],
        ["It was ok overall, parking is a bit far", "Average experience, showers were busy", "Fine, nothing special"]),
}
NEGATIVE = {"weather_cancel", "refund_slow", "damage_fee", "locker", "impatient", "gear_old", "price"}


def pick(seq):
    return seq[int(rng.integers(len(seq)))]


def wchoice(keys, probs):
    p = np.array(probs, dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_sess = 0

    def ev(self, c, tp, t, action, session=None, device="", channel="", **kw):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
                   session_id=session or "", action=action, device=device, channel=channel)
        b = kw.pop("beach", None)
        if b:
            row.update(beach_id=b, beach=BEACHES[b][0], beach_en=BEACHES[b][1])
        p = kw.pop("product", None)
        if p:
            row.update(product=p, 产品=PRODUCTS[p][0])
        ins = kw.pop("instructor", None)
        if ins:
            row.update(instructor_id=ins, instructor=INSTRUCTORS[ins][1], 教练=INSTRUCTORS[ins][2])
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, amount, otype, product, beach, session, status="paid", refunded_at=None, **kw):
        if t > END:
            return None
        self.n_ord += 1
        lp = kw.pop("list_price", amount)
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=fmt(t), amount=round(amount, 2),
                   status=status, channel=kw.pop("channel", c["book_channel"]), device=kw.pop("device", c["device"]),
                   order_type=otype, 订单类型=ORDER_TYPE_ZH[otype], product=product, 产品=PRODUCTS[product][0],
                   beach_id=beach, beach=BEACHES[beach][0], beach_en=BEACHES[beach][1], booking_id=session,
                   list_price=lp, discount=round(lp - amount, 2), pay_channel=c["pay_channel"], currency="CNY",
                   refunded_at=fmt(refunded_at) if refunded_at and refunded_at <= END else "")
        if row["refunded_at"] == "" and status == "refunded":
            row["status"] = "paid"
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, tp, channel, topics, beach=None, rating=None, nps=None, lang=None, no_ts=False,
           instructor=None, session=""):
        if t is not None and t > END:
            return
        lang = lang or c["language"]
        li = 0 if lang == "zh" else 1
        parts = [pick(TEXTS[k][li]) for k in topics]
        text = ("，" if li == 0 else ". ").join(parts)
        self.n_fb += 1
        fid = f"F{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts="" if (no_ts or t is None) else fmt(t),
                   customer_id=c["customer_id"] if c.get("customer_id") else "", touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else int(rating), nps="" if nps is None else int(nps),
                   language=lang, booking_id=session)
        if beach:
            row.update(beach_id=beach, beach=BEACHES[beach][0], beach_en=BEACHES[beach][1])
        if instructor:
            row.update(instructor_id=instructor, instructor=INSTRUCTORS[instructor][1], 教练=INSTRUCTORS[instructor][2])
        self.feedback.append(row)
        neg = [k for k in topics if k in NEGATIVE]
        pos = [k for k in topics if k in ("pro", "flying")]
        sent = "negative" if neg and not pos else "positive" if pos and not neg else "mixed" if pos else "neutral"
        self.truth.append(dict(feedback_id=fid, topics="|".join(k for k in topics if k != "neutral"), sentiment=sent))

    def session(self, prefix):
        self.n_sess += 1
        return f"{prefix}{self.n_sess:06d}"


def beach_for(t, exclude=()):
    m = t.month - 1
    keys = [b for b in BEACHES if b not in exclude]
    w = [BEACHES[b][2][m] + 0.01 for b in keys]
    return wchoice(keys, w)


def instructor_for(beach, t):
    cands = [i for i, v in INSTRUCTORS.items() if v[0] == beach and v[4] <= t]
    if beach == "HZ" and t >= INSTRUCTORS["I11"][4] and rng.random() < 0.25:
        return "I11"
    cands = [i for i in cands if i != "I11"]
    return pick(cands)


def wind_outcome(beach, t):
    """go / no_wind / too_strong / storm for a session on day t."""
    m = t.month
    p_nw, p_ts, p_st = 0.06, 0.05, 0.0
    if beach == "PT":
        p_nw, p_ts = 0.05, 0.08
        if PT_GALE[0] <= t < PT_GALE[1]:
            p_ts = 0.36
    elif beach == "QD":
        p_nw = 0.33 if QD_CALM[0] <= t < QD_CALM[1] else 0.09
    elif beach == "LS":
        p_nw, p_ts = 0.06, 0.04
    elif beach == "HZ":
        p_nw, p_ts, p_st = 0.08, 0.03, (0.12 if m in (7, 8, 9) else 0.0)
    elif beach == "MN":
        p_nw, p_ts = 0.02, 0.02
    r = rng.random()
    if r < p_nw:
        return "no_wind", float(round(rng.uniform(3, 9), 1))
    if r < p_nw + p_ts:
        return "too_strong", float(round(rng.uniform(30, 42), 1))
    if r < p_nw + p_ts + p_st:
        return "storm", float(round(rng.uniform(35, 55), 1))
    return "go", float(round(rng.uniform(13, 25), 1))


def slot(day):
    return datetime(day.year, day.month, day.day, int(pick([9, 10, 14, 15])), 0)


def stars_for(ins, beach, t):
    mu = INSTRUCTORS[ins][3]
    if beach == "PT" and PT_GALE[0] <= t < PT_GALE[1]:
        mu -= 0.3
    return int(np.clip(round(rng.normal(mu, 0.8)), 1, 5))


def rating_topics(stars, ins, beach, c):
    if stars >= 4:
        r = rng.random()
        ts = ["pro"] if r < 0.45 else ["flying"] if r < 0.8 else ["pro", "flying"] if r < 0.9 else ["neutral"]
        if rng.random() < 0.06:
            ts = ts + ["price"] if ts != ["neutral"] else ["price"]
        return ts
    if stars == 3:
        r = rng.random()
        return ["neutral"] if r < 0.6 else ["price"] if r < 0.8 else ["gear_old"]
    if ins == "I05" or ins == "I11":
        return ["impatient"] if rng.random() < 0.75 else ["impatient", "gear_old"]
    r = rng.random()
    return ["gear_old"] if r < 0.35 else ["price"] if r < 0.55 else ["impatient"] if r < 0.7 else ["neutral"]


def month_weights():
    months, w = [], []
    t = START
    while t < datetime(2026, 7, 21):
        season = [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.3, 1.3, 1.0, 1.1, 0.9, 0.8][t.month - 1]
        growth = 1.0 if t.year == 2025 else 1.35
        months.append(t)
        w.append(season * growth)
        t = datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)
    return months, w


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    months, mw = month_weights()
    mw = np.array(mw) / sum(mw)
    customers = []
    for i in range(N_CUST):
        cid = f"C{i + 1:05d}"
        ch = wchoice(list(CHANNELS), [v[1] for v in CHANNELS.values()])
        reg = wchoice(REGIONS, [r[2] for r in REGIONS])
        m0 = months[int(rng.choice(len(months), p=mw))]
        last_day = (datetime(m0.year + (m0.month == 12), m0.month % 12 + 1, 1) - m0).days
        t0 = m0 + D(days=int(rng.integers(last_day)), seconds=int(rng.integers(8 * 3600, 23 * 3600)))
        overseas = reg[0] in ("Hong Kong", "Singapore", "Overseas")
        lang = "en" if rng.random() < (0.8 if overseas else 0.08) else "zh"
        device = wchoice(["ios", "android", "pc"], [0.5, 0.4, 0.1])
        rider = rng.random() < 0.14
        c = dict(customer_id=cid, signup_at=fmt(t0), acquisition_channel=ch, 获客渠道=CHANNELS[ch][0],
                 region=reg[0], 常住城市=reg[1], age_band=wchoice(AGES, RIDER_AGE_P if rider else AGE_P), gender=wchoice(["F", "M"], [0.42, 0.58]),
                 language=lang, device=device, overseas=overseas,
                 book_channel="meituan" if ch == "meituan" else wchoice(["mini_program", "app", "web"], [0.6, 0.25, 0.15]),
                 pay_channel="meituan" if ch == "meituan" else wchoice(["wechat_pay", "alipay"], [0.7, 0.3]),
                 spend=0.0, paid=False, level="none", pass_holder=False, certified_on_arrival=False)
        customers.append(c)
        g.ev(c, "tp_find", t0, "view", device=device, channel=ch)
        if rider:
            c["certified_on_arrival"] = True
            c["level"] = "L3"
            if rng.random() < 0.7:
                g.ev(c, "tp_course_page", t0 + D(hours=float(rng.uniform(0.1, 30))), "view", device=device,
                     channel=c["book_channel"])
            rider_life(g, c, t0 + D(days=float(rng.uniform(0.5, 20))))
            continue
        learner(g, c, t0)
    finish(g, customers, out)


def learner(g: Gen, c, t0):
    ch, device = c["acquisition_channel"], c["device"]
    if rng.random() > (0.74 if ch == "douyin" else 0.84):
        return
    tb = t0 + D(hours=float(min(rng.exponential(14), 140)))
    g.ev(c, "tp_course_page", tb, "view", device=device, channel=c["book_channel"])
    p = P_BOOK[ch]
    if AB_START <= tb < AB_END:
        var = "wind_guarantee" if rng.random() < 0.5 else "control"
        g.exp.append(dict(experiment_id="wind_guarantee_2026", variant=var, customer_id=c["customer_id"],
                          assigned_at=fmt(tb)))
        if var == "wind_guarantee":
            p = min(0.95, p * 1.32)
    if rng.random() > p:
        return
    tk = tb + D(hours=float(rng.exponential(30) if rng.random() < 0.88 else rng.uniform(170, 400)))
    sess = g.session("KB")
    beach_day = tk + D(days=int(rng.integers(2, 15)))
    beach = beach_for(beach_day)
    g.ev(c, "tp_trial_book", tk, "submit", sess, device, c["book_channel"], beach=beach, product="trial",
         start_date=beach_day.strftime("%Y-%m-%d"))
    if rng.random() > (0.95 if ch == "meituan" else 0.87):
        return
    tp = tk + D(minutes=float(rng.uniform(1, 90)))
    price = 680 if rng.random() > 0.25 else 580           # 25 % paid with a first-timer coupon
    if g.ev(c, "tp_pay", tp, "pay", sess, device, c["book_channel"], beach=beach, product="trial", amount=price,
            pay_channel=c["pay_channel"]) is None:
        return
    o = g.order(c, tp, price, "trial", "trial", beach, sess, list_price=680)
    c["paid"] = True
    c["spend"] += price
    # personal cancellation a few days before
    day = slot(beach_day)
    if rng.random() < 0.05:
        tcan = day - D(days=float(rng.uniform(2, 4)))
        if tcan > tp:
            g.ev(c, "tp_cancel", tcan, "customer_cancel", sess, device, c["book_channel"], beach=beach,
                 product="trial", cancel_reason="personal", 取消原因=CANCEL_ZH["personal"])
            refund(g, c, sess, tcan, price, beach, o)
            return
    first_day = day
    for attempt in range(2):
        res, knots = wind_outcome(beach, day)
        twc = datetime(day.year, day.month, day.day, 18, 0) - D(days=1) + D(minutes=float(rng.uniform(0, 50)))
        ins = instructor_for(beach, day)
        if g.ev(c, "tp_windcheck", twc, res, sess, "", "phone", beach=beach, product="trial", wind_knots=knots,
                windcheck_result=res, start_date=day.strftime("%Y-%m-%d")) is None:
            return
        if res == "go":
            lesson(g, c, sess, day, beach, ins, "trial", 1)
            progression(g, c, day + D(hours=2), beach)
            return
        tcan = twc + D(minutes=float(rng.uniform(2, 20)))
        g.ev(c, "tp_cancel", tcan, "weather_cancel", sess, "", "sms", beach=beach, product="trial",
             cancel_reason="weather", 取消原因=CANCEL_ZH["weather"], windcheck_result=res)
        if rng.random() < 0.16:
            late = rng.random() < 0.5
            g.fb(c, tcan + D(hours=float(rng.uniform(1, 40))), "tp_cancel", "wechat_ticket",
                 ["weather_cancel"] if not late else ["weather_cancel", "price"] if rng.random() < 0.2 else ["weather_cancel"],
                 beach=beach, session=sess)
        p_res = (0.38 if c["pay_channel"] == "meituan" else 0.62) if attempt == 0 else 0.0
        if rng.random() < p_res:
            new_day = slot(day + D(days=int(rng.integers(2, 9))))
            g.ev(c, "tp_reschedule", tcan + D(hours=float(rng.uniform(0.2, 20))), "reschedule", sess, device,
                 c["book_channel"], beach=beach, product="trial", new_start_date=new_day.strftime("%Y-%m-%d"))
            day = new_day
            continue
        refund(g, c, sess, tcan, price, beach, o)
        return
    del first_day


def refund(g, c, sess, tcan, amount, beach, o):
    if c["pay_channel"] == "meituan":
        delay = float(rng.uniform(4, 13))
    else:
        delay = float(rng.uniform(0.1, 2.2))
    tr = tcan + D(days=delay)
    if g.ev(c, "tp_refund", tr, "refund", sess, "", c["pay_channel"], beach=beach, product="trial",
            refund_amount=amount) is None:
        return
    if o is not None:
        o["status"] = "refunded"
        o["refunded_at"] = fmt(tr)
    c["spend"] -= amount
    if delay > 6 and rng.random() < 0.45:
        g.fb(c, tr - D(days=float(rng.uniform(0.5, 3))), "tp_refund", "wechat_ticket", ["refund_slow"], beach=beach,
             session=sess)


def lesson(g, c, sess, day, beach, ins, product, no):
    g.ev(c, "tp_lesson", day, "lesson", sess, "", "beach", beach=beach, product=product, instructor=ins,
         lesson_no=no, hours=2)
    p_rate = 0.7 if no == 1 else 0.25
    if rng.random() < p_rate:
        tr = day + D(hours=float(rng.uniform(3, 40)))
        s = stars_for(ins, beach, day)
        if g.ev(c, "tp_rating", tr, "rate", sess, c["device"], "app", beach=beach, product=product, instructor=ins,
                lesson_no=no, stars=s) is not None:
            topics = rating_topics(s, ins, beach, c)
            g.fb(c, tr, "tp_rating", "lesson_rating", topics, beach=beach, rating=s, instructor=ins, session=sess)


def sessions(g, c, sess, start, beach, product, n):
    day = slot(start)
    for k in range(1, n + 1):
        for _ in range(4):
            res, knots = wind_outcome(beach, day)
            twc = datetime(day.year, day.month, day.day, 18, 0) - D(days=1) + D(minutes=float(rng.uniform(0, 50)))
            if g.ev(c, "tp_windcheck", twc, res, sess, "", "phone", beach=beach, product=product, wind_knots=knots,
                    windcheck_result=res, start_date=day.strftime("%Y-%m-%d")) is None:
                return None
            if res == "go":
                break
            tcan = twc + D(minutes=float(rng.uniform(2, 20)))
            g.ev(c, "tp_cancel", tcan, "weather_cancel", sess, "", "sms", beach=beach, product=product,
                 cancel_reason="weather", 取消原因=CANCEL_ZH["weather"], windcheck_result=res)
            day = slot(day + D(days=int(rng.integers(1, 5))))
            g.ev(c, "tp_reschedule", tcan + D(hours=float(rng.uniform(0.2, 10))), "reschedule", sess, c["device"],
                 c["book_channel"], beach=beach, product=product, new_start_date=day.strftime("%Y-%m-%d"))
        if day > END:
            return None
        lesson(g, c, sess, day, beach, instructor_for(beach, day), product, k)
        day = slot(day + D(days=int(rng.integers(1, 4))))
    return day


def progression(g, c, t, beach):
    c["level"] = "L1"
    ch = c["acquisition_channel"]
    if rng.random() > P_PACK[ch]:
        if rng.random() < 0.05:
            g.fb(c, t + D(days=float(rng.uniform(1, 30))), "tp_course_buy", "xiaohongshu_note", ["price"],
                 beach=beach, no_ts=rng.random() < 0.5)
        return
    tb = t + D(days=float(min(rng.exponential(9), 80)))
    direct_indep = rng.random() < 0.22
    prod = "independent_pack" if direct_indep else "starter_pack"
    sess = g.session("KB")
    if g.ev(c, "tp_course_buy", tb, "pay", sess, c["device"], c["book_channel"], beach=beach, product=prod,
            amount=PRODUCTS[prod][1], pay_channel=c["pay_channel"]) is None:
        return
    g.order(c, tb, PRODUCTS[prod][1], "course_pack", prod, beach, sess)
    c["spend"] += PRODUCTS[prod][1]
    c["paid"] = True
    end = sessions(g, c, sess, tb + D(days=int(rng.integers(2, 12))), beach, prod, 3 if prod == "starter_pack" else 6)
    if end is None:
        return
    lvl = "L3" if direct_indep else "L2"
    if rng.random() < (0.86 if direct_indep else 0.8):
        cert(g, c, end, beach, lvl, sess)
    if direct_indep:
        rider_after(g, c, end, beach)
        return
    if rng.random() > (0.5 if ch == "referral" else 0.38):
        return
    tb2 = end + D(days=float(min(rng.exponential(12), 90)))
    if tb2 > END:
        return
    beach2 = beach_for(tb2) if rng.random() < 0.4 else beach
    sess2 = g.session("KB")
    g.ev(c, "tp_course_buy", tb2, "pay", sess2, c["device"], c["book_channel"], beach=beach2,
         product="independent_pack", amount=5980, pay_channel=c["pay_channel"])
    g.order(c, tb2, 5980, "course_pack", "independent_pack", beach2, sess2)
    c["spend"] += 5980
    end2 = sessions(g, c, sess2, tb2 + D(days=int(rng.integers(2, 12))), beach2, "independent_pack", 6)
    if end2 is None:
        return
    if rng.random() < 0.86:
        cert(g, c, end2, beach2, "L3", sess2)
    rider_after(g, c, end2, beach2)


def cert(g, c, t, beach, lvl, sess):
    tc = t + D(hours=float(rng.uniform(2, 72)))
    if g.ev(c, "tp_iko_cert", tc, "certified", sess, "", "beach", beach=beach, iko_level=lvl) is None:
        return
    g.order(c, tc, 380, "iko_card", "iko_card", beach, sess, channel="store", device="")
    c["spend"] += 380
    c["level"] = lvl


def rider_after(g, c, t, beach):
    if c["level"] != "L3":
        return
    if rng.random() < 0.55:
        rider_life(g, c, t + D(days=float(rng.uniform(3, 60))))


def rider_life(g, c, t):
    beach = beach_for(t)
    if c["overseas"] and rng.random() < 0.5 and BEACHES["MN"][2][t.month - 1] > 0:
        beach = "MN"
    season_end = t + D(days=120)
    has_pass = rng.random() < 0.24
    if has_pass:
        sess = g.session("SP")
        if g.ev(c, "tp_season_pass", t, "pay", sess, c["device"], c["book_channel"], beach=beach, product="season_pass",
                amount=3800, pay_channel=c["pay_channel"]) is None:
            return
        g.order(c, t, 3800, "season_pass", "season_pass", beach, sess)
        c["spend"] += 3800
        c["paid"] = True
        c["pass_holder"] = True
        if rng.random() < 0.55:
            nps = int(np.clip(round(rng.normal(8.6 if beach != "QD" else 6.9, 1.4)), 0, 10))
            topics = ["pro"] if nps >= 9 and rng.random() < 0.6 else ["neutral"] if nps >= 7 else \
                ["locker"] if beach == "QD" and rng.random() < 0.6 else [pick(["price", "gear_old", "neutral"])]
            g.fb(c, t + D(days=float(rng.uniform(45, 75))), "tp_season_pass", "pass_survey", topics, beach=beach, nps=nps)
    if rng.random() < (0.45 if has_pass else 0.18):
        sess = g.session("LK")
        tl = t + D(hours=float(rng.uniform(1, 72)))
        months_ = int(rng.integers(1, 5))
        g.ev(c, "tp_locker", tl, "rent_locker", sess, "", "store", beach=beach, product="locker", locker_months=months_,
             amount=300 * months_)
        for k in range(months_):
            g.order(c, tl + D(days=30 * k), 300, "locker", "locker", beach, sess, channel="store", device="")
            c["spend"] += 300
            c["paid"] = True
        p_lock = 0.42 if beach == "QD" else 0.04
        if rng.random() < p_lock:
            g.fb(c, tl + D(days=float(rng.uniform(3, 40))), "tp_locker",
                 pick(["wechat_ticket", "wechat_ticket", "dianping_review"]), ["locker"], beach=beach,
                 rating=None, no_ts=rng.random() < 0.1)
    n = int(rng.poisson(6 if has_pass else 3)) + 1
    tr = t
    for _ in range(n):
        tr = tr + D(days=float(rng.uniform(1, 18)))
        if tr > season_end:
            break
        tr = datetime(tr.year, tr.month, tr.day, int(pick([9, 10, 13, 14, 15])), int(rng.integers(0, 60)))
        unit = "hour" if rng.random() < 0.62 else "day"
        hours = int(rng.integers(2, 5)) if unit == "hour" else 8
        price = 0 if has_pass else (150 * hours if unit == "hour" else 600)
        sess = g.session("RT")
        prod = "rental_hour" if unit == "hour" else "rental_day"
        kite = int(pick([7, 9, 10, 12, 14]))
        if g.ev(c, "tp_rental", tr, "rent", sess, "", "store", beach=beach, product=prod, rental_unit=unit,
                hours=hours, kite_size=kite, amount=price, pass_used=has_pass) is None:
            return
        if price:
            g.order(c, tr, price, "rental", prod, beach, sess, channel="store", device="")
            c["spend"] += price
            c["paid"] = True
        p_dmg = 0.04
        if beach == "MN":
            p_dmg = 0.15 if tr >= MN_NEWFLEET else 0.06
        if rng.random() < p_dmg:
            dt = wchoice(list(DAMAGE), [0.45, 0.25, 0.15, 0.15] if beach == "MN" else [0.2, 0.35, 0.2, 0.25])
            charge = float(round(rng.uniform(800, 2600) / 50) * 50)
            td = tr + D(hours=float(rng.uniform(1, hours)))
            g.ev(c, "tp_damage", td, "damage_logged", sess, "", "store", beach=beach, product=prod, damage_type=dt,
                 损坏类型=DAMAGE[dt], damage_charge=charge, kite_size=kite)
            o = g.order(c, td + D(minutes=20), charge, "damage_charge", "damage_charge", beach, sess, channel="store",
                        device="", damage_type=dt)
            c["spend"] += charge
            p_disp = 0.58 if beach == "MN" and tr >= MN_NEWFLEET else 0.3
            if rng.random() < p_disp:
                tds = td + D(days=float(rng.uniform(0.2, 6)))
                waived = rng.random() < (0.22 if beach == "MN" else 0.4)
                agent = pick(AGENTS)
                if g.ev(c, "tp_dispute", tds, "dispute", sess, c["device"], "phone", beach=beach,
                        dispute_reason="damage_charge", outcome="waived" if waived else "upheld", agent=agent,
                        damage_charge=charge) is not None:
                    if waived and o is not None:
                        o["status"] = "refunded"
                        o["refunded_at"] = fmt(tds + D(days=float(rng.uniform(1, 5))))
                        c["spend"] -= charge
                    if rng.random() < 0.65:
                        g.fb(c, tds + D(hours=float(rng.uniform(1, 30))), "tp_damage",
                             pick(["wechat_ticket", "wechat_ticket", "call_note"]), ["damage_fee"], beach=beach,
                             session=sess)
        elif not has_pass and rng.random() < 0.04:
            g.fb(c, tr + D(hours=6), "tp_rental", "dianping_review", [pick(["gear_old", "price", "pro"])], beach=beach,
                 rating=int(pick([2, 3, 4])), no_ts=rng.random() < 0.3)


def finish(g: Gen, customers, out: Path):
    # social / review posts not tied to a booking (some undated)
    nots = 0
    for c in customers:
        if c["paid"] and rng.random() < 0.05:
            topics = [wchoice(["flying", "pro", "weather_cancel", "price", "neutral"], [0.35, 0.25, 0.15, 0.15, 0.1])]
            t = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(5, 60)))
            no_ts = rng.random() < 0.45
            nots += no_ts
            tp = {"flying": "tp_lesson", "pro": "tp_lesson", "weather_cancel": "tp_cancel"}.get(topics[0], "tp_rating")
            anon = rng.random() < 0.2
            g.fb({} if anon else c, t, tp, "xiaohongshu_note", topics, lang=c["language"], no_ts=no_ts)
    # customers: segment, tier at the end of the data
    last_pay = {}
    for o in g.orders:
        if o["status"] == "paid":
            last_pay[o["customer_id"]] = max(last_pay.get(o["customer_id"], ""), o["ts"])
    for c in customers:
        s = c["spend"]
        c["tier"] = "gold" if s >= 6000 else "silver" if s >= 1500 else "blue"
        c["会员等级"] = {"gold": "金卡", "silver": "银卡", "blue": "蓝卡"}[c["tier"]]
        lp = last_pay.get(c["customer_id"])
        if lp is None:
            seg = "prospect"
        elif c["pass_holder"]:
            seg = "vip"
        elif lp < "2026-01-01":
            seg = "at_risk"
        elif c["level"] in ("L2", "L3"):
            seg = "rider"
        else:
            seg = "new"
        c["segment"] = seg
        c["rider_level"] = c["level"]
        c["水平"] = {"none": "未上课", "L1": "体验过", "L2": "IKO二级", "L3": "IKO三级(独立)"}[c["level"]]
    # a few re-sent event rows (exact duplicates)
    dup = [g.events[int(i)] for i in rng.choice(len(g.events), 24, replace=False)]
    events = sorted(g.events + [dict(r) for r in dup], key=lambda r: (r["ts"], r["event_id"]))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "beach_id", "beach", "beach_en", "product", "产品", "instructor_id", "instructor", "教练", "start_date",
               "new_start_date", "windcheck_result", "wind_knots", "cancel_reason", "取消原因", "refund_amount", "amount",
               "pay_channel", "lesson_no", "hours", "stars", "iko_level", "rental_unit", "kite_size", "pass_used",
               "damage_type", "损坏类型", "damage_charge", "dispute_reason", "outcome", "agent", "locker_months"]
    write(out / "events.csv", events, ev_cols)
    write(out / "orders.csv", g.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                         "order_type", "订单类型", "product", "产品", "beach_id", "beach", "beach_en",
                                         "booking_id", "list_price", "discount", "pay_channel", "currency",
                                         "refunded_at", "damage_type"])
    write(out / "feedback.csv", g.feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                             "rating", "nps", "language", "booking_id", "beach_id", "beach", "beach_en",
                                             "instructor_id", "instructor", "教练"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    write(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "region", "常住城市",
                                             "acquisition_channel", "获客渠道", "tier", "会员等级", "age_band", "gender",
                                             "language", "rider_level", "水平"])
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    rows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            rows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                             touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", rows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                       "touchpoint_id", "window_days"])


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
