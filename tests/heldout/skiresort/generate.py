"""SnowPeak 雪峰滑雪场: a ski resort near Chongli (崇礼) with an app and a WeChat mini program, two winter seasons
(2024/25: 2024-12-01 .. 2025-03-31, 2025/26: 2025-12-01 .. 2026-03-31; nothing happens between the seasons).

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

SEED = 20261201
rng = np.random.default_rng(SEED)
D = timedelta
SEASONS = {"2024/25": (date(2024, 12, 1), date(2025, 3, 31)), "2025/26": (date(2025, 12, 1), date(2026, 3, 31))}
WIND_CLOSURE = (date(2026, 1, 10), date(2026, 1, 14))     # gale: upper mountain shut, bookings refunded
HOLIDAYS = [(date(2025, 1, 1), date(2025, 1, 1)), (date(2025, 1, 28), date(2025, 2, 4)),     # 元旦, 春节 2025
            (date(2026, 1, 1), date(2026, 1, 3)), (date(2026, 2, 15), date(2026, 2, 23))]    # 元旦, 春节 2026
N_CUST = 3000

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_signup", "注册账号", "App sign-up", "awareness", "app", "digital", "growth",
     "注册|新用户注册|sign up|signup|registration"),
    ("tp_conditions", "雪况查询", "Snow report", "consideration", "app", "digital", "digital",
     "雪况|查雪况|雪况页|天气|snow report|conditions|snow conditions|weather page"),
    ("tp_ticket_page", "雪票页", "Lift ticket page", "consideration", "app", "digital", "ecommerce",
     "雪票|门票|买票页|票价页|lift ticket|ticket page|lift tickets"),
    ("tp_rental_select", "装备租赁选择", "Rental gear step", "purchase", "app", "digital", "rental",
     "租装备|租雪具|雪具租赁|加购装备|租赁|rental|rent gear|gear rental|add rental"),
    ("tp_payment", "支付成功", "Payment", "purchase", "app", "digital", "payments",
     "支付|付款|下单|买票成功|payment|pay|paid|checkout"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|payment failed|payment failure"),
    ("tp_season_pass", "季卡购买", "Season pass purchase", "purchase", "app", "digital", "ecommerce",
     "季卡|雪季卡|办季卡|season pass|pass purchase"),
    ("tp_gate_checkin", "闸机检票", "Gate check-in", "service", "other", "physical", "operations",
     "检票|入园|闸机|刷码入场|check-in|check in|gate|entry"),
    ("tp_lift_scan", "缆车刷卡", "Lift scan", "service", "other", "physical", "lift_ops",
     "缆车|索道|吊椅|魔毯|拖牵|坐缆车|lift|lifts|chairlift|gondola|lift ride"),
    ("tp_lesson_book", "预约教学课", "Lesson booking", "purchase", "app", "digital", "ski_school",
     "约课|订课|滑雪课|教学|教练课|book a lesson|lesson booking|ski school"),
    ("tp_lesson_attend", "上课签到", "Lesson attended", "service", "other", "physical", "ski_school",
     "上课|到课|课程签到|lesson attended|attend lesson|lesson"),
    ("tp_rental_return", "雪具归还", "Rental return", "service", "store", "physical", "rental",
     "还雪具|归还装备|还板|雪具归还|rental return|return gear|gear return"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "app", "digital", "customer_service",
     "投诉|工单|客诉|complaint|ticket|support ticket"),
    ("tp_resolution", "工单解决", "Ticket resolved", "service", "phone", "digital", "customer_service",
     "解决|结单|处理完成|resolved|resolution|closed ticket"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("booking", "订票到入园", "Booking to gate", ["tp_conditions", "tp_ticket_page", "tp_rental_select",
                                                    "tp_payment", "tp_gate_checkin"], 14),
    ("on_mountain", "雪场体验", "On the mountain", ["tp_lift_scan", "tp_lesson_book", "tp_lesson_attend"], 1),
    ("service", "售后服务", "After-ski service", ["tp_rental_return", "tp_complaint", "tp_resolution"], 14),
]
CITIES = ["北京", "天津", "张家口", "石家庄", "上海", "杭州", "广州", "深圳", "成都"]
CITY_P = [0.42, 0.08, 0.05, 0.05, 0.13, 0.05, 0.07, 0.09, 0.06]
LOCAL = {"北京", "天津", "张家口", "石家庄"}
REGION = {"北京": "华北", "天津": "华北", "张家口": "华北", "石家庄": "华北", "上海": "华东", "杭州": "华东",
          "广州": "华南", "深圳": "华南", "成都": "西南"}
SKILLS = ["beginner", "intermediate", "expert"]
SKILL_ZH = {"beginner": "初级", "intermediate": "中级", "expert": "高级"}
CHANNELS = ["douyin", "xiaohongshu", "ctrip", "friend_referral", "ski_club", "wechat_official"]
CHANNEL_P = [0.22, 0.20, 0.15, 0.16, 0.12, 0.15]
CHANNEL_PAY = {"douyin": 0.88, "xiaohongshu": 0.97, "ctrip": 1.0, "friend_referral": 1.05, "ski_club": 1.12,
               "wechat_official": 1.0}
LIFTS = {  # en: zh, base wait (min), slopes [(slope, difficulty)]
    "Sunny Carpet": ("阳光魔毯", 3, [("Bunny Hill", "green")]),
    "Pine Chair": ("松林吊椅", 5, [("Pine Meadow", "green"), ("Birch Run", "blue")]),
    "Eagle Express": ("雄鹰快速吊椅", 13, [("Eagle Run", "blue"), ("Cloud Trail", "blue"), ("Falcon Bowl", "black")]),
    "Summit Gondola": ("云顶缆车", 8, [("Summit Cruiser", "blue"), ("Dragon Spine", "black")]),
    "Ridge T-Bar": ("山脊拖牵", 2, [("Couloir", "black")]),
}
LIFT_MIX = {"beginner": (["Sunny Carpet", "Pine Chair", "Eagle Express"], [0.55, 0.40, 0.05]),
            "intermediate": (["Pine Chair", "Eagle Express", "Summit Gondola"], [0.22, 0.50, 0.28]),
            "expert": (["Eagle Express", "Summit Gondola", "Ridge T-Bar"], [0.36, 0.40, 0.24])}
WIND_CLOSED = {"Summit Gondola", "Ridge T-Bar"}
INSTRUCTORS = ["李雪", "王磊", "张弛", "陈晨", "刘洋", "Tom Becker"]
INSTR_P = [0.26, 0.19, 0.16, 0.15, 0.14, 0.1]
INSTR_PRAISE = {"李雪": 1.0, "王磊": 0.18, "张弛": 0.15, "陈晨": 0.2, "刘洋": 0.12, "Tom Becker": 0.22}


def season_of(d: date) -> str | None:
    for s, (a, b) in SEASONS.items():
        if a <= d <= b:
            return s
    return None


def is_holiday(d: date) -> bool:
    return any(a <= d <= b for a, b in HOLIDAYS)


def peak(d: date) -> bool:
    return d.weekday() >= 5 or is_holiday(d)


# ---------- days and weather ----------
DAYS = []
for a, b in SEASONS.values():
    DAYS += [a + D(i) for i in range((b - a).days + 1)]
WEATHER = {}
for d in DAYS:
    if WIND_CLOSURE[0] <= d <= WIND_CLOSURE[1]:
        WEATHER[d] = "wind"
    elif d.month == 3:
        WEATHER[d] = str(rng.choice(["snow", "sunny", "wind"], p=[0.12, 0.73, 0.15]))
    else:
        WEATHER[d] = str(rng.choice(["snow", "sunny", "wind"], p=[0.27, 0.53, 0.20]))
DEMAND = np.array([(2.3 if d.weekday() >= 5 else 1.0) * (3.0 if is_holiday(d) else 1.0)
                   * (0.55 if d.month == 3 and d.day > 15 else 1.0) * (1.25 if d.month in (1, 2) else 1.0)
                   for d in DAYS])
SEASON_DAYS = {s: [i for i, d in enumerate(DAYS) if season_of(d) == s] for s in SEASONS}


def pick_day(season: str) -> date:
    idx = SEASON_DAYS[season]
    w = DEMAND[idx] / DEMAND[idx].sum()
    return DAYS[idx[int(rng.choice(len(idx), p=w))]]


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def app_version(ts: datetime, device: str) -> str:
    if ts.date() < date(2025, 6, 1):
        return "4.8.2"
    if ts.date() < date(2025, 12, 10):
        return "5.1.0"
    if ts.date() < date(2026, 1, 20):
        return "5.2.0"
    return "5.2.1"


def day_price(d: date) -> int:
    s1 = season_of(d) == "2024/25"
    return (498 if s1 else 528) if peak(d) else (398 if s1 else 428)


# ---------- customers ----------
cust = []
for i in range(N_CUST):
    skill = str(rng.choice(SKILLS, p=[0.42, 0.38, 0.20]))
    city = str(rng.choice(CITIES, p=CITY_P))
    lang = "en" if rng.random() < (0.16 if city in ("北京", "上海", "深圳") else 0.04) else "zh"
    cohort = str(rng.choice(["old", "s1", "s2"], p=[0.40, 0.25, 0.35]))
    cust.append(dict(customer_id=f"SP{i + 1:05d}", skill=skill, city=city, lang=lang, cohort=cohort,
                     channel=str(rng.choice(CHANNELS, p=CHANNEL_P)),
                     device=str(rng.choice(["ios", "android"], p=[0.56, 0.44])),
                     app_channel=str(rng.choice(["app", "mini_program"], p=[0.72, 0.28])),
                     age_band=str(rng.choice(["18-24", "25-34", "35-44", "45+"], p=[0.2, 0.42, 0.26, 0.12])),
                     gender=str(rng.choice(["F", "M"], p=[0.45, 0.55])),
                     signup_at=None, passes=set()))
# season passes: 2024/25 holders from old customers; 2025/26 = renewals + new holders
old = [c for c in cust if c["cohort"] == "old"]
w = np.array([{"beginner": 0.3, "intermediate": 1.0, "expert": 2.2}[c["skill"]] * (1.6 if c["city"] in LOCAL else 0.3)
              for c in old])
for k in rng.choice(len(old), size=210, replace=False, p=w / w.sum()):
    old[k]["passes"].add("2024/25")
s1_holders = [c for c in old if "2024/25" in c["passes"]]
for c in s1_holders:
    if rng.random() < 0.68:
        c["passes"].add("2025/26")
others = [c for c in cust if c["cohort"] in ("old", "s1") and not c["passes"]]
w = np.array([{"beginner": 0.25, "intermediate": 1.0, "expert": 1.8}[c["skill"]] * (1.5 if c["city"] in LOCAL else 0.3)
              for c in others])
for k in rng.choice(len(others), size=125, replace=False, p=w / w.sum()):
    others[k]["passes"].add("2025/26")

events, orders, feedback, truth = [], [], [], []
sess_no = [0]
oid = [0]
bid = [0]


def new_session() -> str:
    sess_no[0] += 1
    return f"S{sess_no[0]:06d}"


def new_order() -> str:
    oid[0] += 1
    return f"O{oid[0]:06d}"


def ev(c, ts, tp, action, sid=None, digital=True, **extra):
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sid, action=action,
               device=c["device"] if digital else None, channel=c["app_channel"] if digital else "onsite",
               weather=WEATHER.get(ts.date()), season=season_of(ts.date()),
               app_version=app_version(ts, c["device"]) if digital else None)
    row.update(extra)
    events.append(row)
    return row


def order(c, ts, amount, status, product, **extra):
    o = dict(order_id=new_order(), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, channel=c["app_channel"], device=c["device"], product_type=product,
             season=season_of(ts.date()))
    o.update(extra)
    orders.append(o)
    return o


# ---------- feedback text ----------
T = {
    "lift_queue": {
        "zh": ["{lz}排队排了{m}分钟，一上午只坐了三趟，太浪费时间了", "{lz}队伍太长了，周末根本滑不了几趟",
               "{lz}排队{m}分钟起步，能不能多开几条线", "缆车排队太夸张，{lz}那边堵得水泄不通"],
        "en": ["Waited {m} minutes for the {le}, ridiculous queue", "The {le} line was insane on the weekend, "
               "barely got four runs in", "Lift lines at {le} are way too long, {m} min every ride"]},
    "wind_closure": {
        "zh": ["大风把{lz}停了，也没提前在App上通知，白跑一趟", "刮大风上面全关了，只能在下面几条道来回滑",
               "风太大{lz}停运，票价却一分没少"],
        "en": ["{le} closed because of wind and nobody told us in the app", "High winds shut the upper mountain, "
               "paid full price for half the terrain"]},
    "boots_hurt": {
        "zh": ["租的雪鞋太硬了，磨脚磨得脚踝都破了", "雪鞋尺码不准，穿着夹脚疼了一天", "租赁的雪靴又湿又挤脚，滑两小时就受不了",
               "雪鞋太紧，脚趾头疼，换了一双还是不行"],
        "en": ["Rental boots hurt like hell, blisters on both feet", "The rental boots were too tight and my shins "
               "were killing me", "Boots from the rental shop were damp and painful"]},
    "damage_charge": {
        "zh": ["还雪板的时候说有划痕，扣了我200押金，明明是之前就有的", "归还装备被说损坏要赔钱，不合理"],
        "en": ["Charged a damage fee on return for a scratch that was already there",
               "Rental desk claimed I damaged the board and kept my deposit"]},
    "instructor_praise": {
        "zh": ["{ins}教练特别耐心，两个小时我就能自己下初级道了", "{ins}教练讲得很清楚，孩子学得很开心",
               "强烈推荐{ins}教练，专业又有耐心", "上了{ins}教练的课，进步很大，下次还约她/他"],
        "en": ["Instructor {ins} was super patient, I could ski the green run by myself after one lesson",
               "Great lesson with {ins}, clear and encouraging", "{ins} is the best instructor we've had"]},
    "price_high": {
        "zh": ["雪票太贵了，周末五百多一天", "票价比去年又涨了，性价比不高", "租装备加雪票一天快一千了，太贵",
               "价格有点劝退，学生党滑不起"],
        "en": ["Lift tickets are way too expensive for what you get", "Prices went up again, over 500 yuan a day "
               "at weekends", "Ticket plus rental is almost 1000 RMB, too pricey"]},
    "app_crash": {
        "zh": ["闸机检票的时候App闪退，二维码打不开，排在后面的人都在催", "检票时候App一直崩溃，只能去窗口人工核验",
               "更新后App打开二维码就闪退，入园卡了二十分钟"],
        "en": ["App crashed at the gate when I opened my QR code", "The app keeps crashing at check-in, had to go "
               "to the ticket window", "After the update the app crashes every time I try to show the entry code"]},
    "snow_good": {
        "zh": ["雪质太好了，昨晚下了新雪，粉雪超爽", "雪道压得很平，雪质一流", "今天的雪特别好，滑得很过瘾"],
        "en": ["Amazing powder after last night's snowfall", "Great grooming and snow quality today",
               "Snow was perfect, best day of the season"]},
    "snow_icy": {
        "zh": ["下午雪道全是冰，硬得摔一下很疼", "雪质很差，冰面太多，还有露石头的地方", "三月份雪都化了又冻，全是冰壳"],
        "en": ["Slopes were icy and hard packed by noon", "Snow quality was poor, sheet ice on the blue runs",
               "Spring conditions: slush in the afternoon, ice in the morning"]},
    "refund_slow": {
        "zh": ["大风关闭后说给退款，一个星期了钱还没到账", "退款太慢了，客服一直说在处理", "申请退票十天了还没退回来"],
        "en": ["Still waiting for my refund after the wind closure", "Refund is taking forever, support keeps "
               "saying it's processing", "Ten days and no refund yet"]},
    "rental_confusing": {
        "zh": ["租装备那一步选项太多，不知道选什么尺码，干脆没买了", "第一次滑雪，不知道要租哪些装备，页面看不懂",
               "租赁页面让选板长和鞋码，新手根本不懂", "装备套餐太贵而且说明不清楚，放弃了"],
        "en": ["The rental step asks for ski length and boot size, no idea as a first-timer so I gave up",
               "Confusing gear rental page, too many options for a beginner",
               "Didn't understand which rental package I needed, abandoned the booking"]},
    "app_good": {
        "zh": ["App买票很方便，几分钟就搞定", "雪况页面信息很全，有缆车开放情况"],
        "en": ["Booking in the app was quick and easy", "Love the snow report page with live lift status"]},
    "general_pos": {
        "zh": ["整体体验不错，下次还来", "雪场环境很好，工作人员热情", "带家人来玩得很开心"],
        "en": ["Great day overall, will come back", "Lovely resort, friendly staff", "Had a wonderful family day"]},
}
SENT = {"lift_queue": "negative", "wind_closure": "negative", "boots_hurt": "negative", "damage_charge": "negative",
        "instructor_praise": "positive", "price_high": "negative", "app_crash": "negative", "snow_good": "positive",
        "snow_icy": "negative", "refund_slow": "negative", "rental_confusing": "negative", "app_good": "positive",
        "general_pos": "positive"}
TOPIC_TP = {"lift_queue": "tp_lift_scan", "wind_closure": "tp_lift_scan", "boots_hurt": "tp_rental_return",
            "damage_charge": "tp_rental_return", "instructor_praise": "tp_lesson_attend",
            "price_high": "tp_ticket_page", "app_crash": "tp_gate_checkin", "snow_good": "tp_lift_scan",
            "snow_icy": "tp_lift_scan", "refund_slow": "tp_payment", "rental_confusing": "tp_rental_select",
            "app_good": "tp_ticket_page", "general_pos": "tp_gate_checkin"}
fb_no = [0]


def add_fb(topic, lang, ts, c, channel, rating, lift=None, instructor=None, device=None):
    fb_no[0] += 1
    tpl = T[topic][lang][int(rng.integers(len(T[topic][lang])))]
    lift = lift or ("Eagle Express" if topic == "lift_queue" else "Summit Gondola" if topic == "wind_closure" else None)
    text = tpl.format(lz=LIFTS[lift][0] if lift else "", le=lift or "", m=int(rng.integers(25, 55)),
                      ins=instructor or "")
    fid = f"FB{fb_no[0]:05d}"
    feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None,
                         touchpoint_id=TOPIC_TP[topic], channel=channel, rating=rating,
                         lift_name=lift if topic in ("lift_queue", "wind_closure") else None,
                         instructor=instructor, device=device, language=lang))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


def rating_for(topic) -> int:
    if SENT[topic] == "positive":
        return int(rng.choice([4, 5], p=[0.35, 0.65]))
    if topic in ("app_crash", "refund_slow", "boots_hurt"):
        return int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
    return int(rng.choice([1, 2, 3], p=[0.25, 0.45, 0.30]))


# ---------- a ski day ----------
def ski_day(c, d, rented, pass_day):
    ts = at(d, 8.4, 10.8)
    ev(c, ts, "tp_gate_checkin", "scan", digital=True, order_id=None)
    n = int(rng.integers(6, 12)) if pass_day else {"beginner": int(rng.integers(2, 6)),
                                                   "intermediate": int(rng.integers(3, 8)),
                                                   "expert": int(rng.integers(4, 10))}[c["skill"]]
    lifts, p = LIFT_MIX[c["skill"]]
    t = ts + D(minutes=int(rng.integers(10, 40)))
    worst = (None, 0)
    rides = []
    for k in range(n):
        lift = str(rng.choice(lifts, p=p))
        if WEATHER[d] == "wind" and lift in WIND_CLOSED:
            lift = "Eagle Express"
        zh, base, slopes = LIFTS[lift]
        mult = (1.9 if peak(d) else 1.0) * (1.5 if WEATHER[d] == "wind" and lift == "Eagle Express" else 1.0)
        wait = max(0, int(round(rng.gamma(3.0, base * mult / 3.0))))
        slope, diff = slopes[int(rng.integers(len(slopes)))]
        t = t + D(minutes=wait + int(rng.integers(8, 25)))
        if t.hour >= 16:
            break
        ev(c, t, "tp_lift_scan", "scan", digital=False, lift_name=lift, lift_name_zh=zh, slope=slope,
           slope_difficulty=diff, wait_minutes=wait)
        rides.append((lift, wait, t))
        if wait > worst[1]:
            worst = (lift, wait)
    lesson = None
    if rides and not pass_day:
        p_lesson = {"beginner": 0.36, "intermediate": 0.12, "expert": 0.03}[c["skill"]]
    else:
        p_lesson = 0.02
    if rides and rng.random() < p_lesson:
        t0 = rides[0][2] + D(minutes=int(rng.integers(5, 50)))
        ltype = "private" if rng.random() < 0.3 else "group"
        ins = str(rng.choice(INSTRUCTORS, p=INSTR_P))
        price = {"private": 880, "group": 380}[ltype] + (100 if season_of(d) == "2025/26" and ltype == "private"
                                                         else 20 if season_of(d) == "2025/26" else 0)
        o = order(c, t0, price, "paid", "lesson", quantity=1, ski_date=d.isoformat(), days=1, lesson_type=ltype,
                  instructor=ins)
        ev(c, t0, "tp_lesson_book", "submit", new_session(), instructor=ins, lesson_type=ltype, order_id=o["order_id"])
        attend = rng.random() < (0.95 if ltype == "private" else 0.84)
        if not attend and rng.random() < 0.3:
            o["status"] = "refunded"
            o["refunded_at"] = t0 + D(hours=2)
        elif attend:
            ev(c, t0 + D(minutes=int(rng.integers(40, 180))), "tp_lesson_attend", "attend", digital=False,
               instructor=ins, lesson_type=ltype)
            lesson = ins
    ret = None
    if rented:
        ret = at(d, 15.5, 17.2)
        cond = "damaged" if rng.random() < 0.04 else "ok"
        ev(c, ret, "tp_rental_return", "return", digital=False, gear_condition=cond)
    return dict(rides=rides, worst=worst, lesson=lesson, ret=ret, rented=rented)


def complaint(c, ts, ctype, lift=None):
    sid = new_session()
    ev(c, ts, "tp_complaint", "submit", sid, complaint_type=ctype, lift_name=lift,
       lift_name_zh=LIFTS[lift][0] if lift else None)
    r = rng.random()
    if r < 0.80:
        hrs = float(rng.gamma(1.6, 28.0))
        if hrs < 14 * 24:
            ev(c, ts + D(hours=hrs), "tp_resolution", "resolved", None, complaint_type=ctype)
    elif r < 0.86:
        ev(c, ts + D(days=float(rng.uniform(15, 25))), "tp_resolution", "resolved", None, complaint_type=ctype)
    topic = {"boots_fit": "boots_hurt", "damage_charge": "damage_charge", "lift_queue": "lift_queue",
             "refund": "refund_slow", "app_issue": "app_crash"}[ctype]
    add_fb(topic, c["lang"], ts, c, "ticket", None, lift=lift, device=c["device"])


def after_day(c, d, info, pass_day, survey_p):
    """complaints and survey after a ski day."""
    if info["rented"]:
        boots_p = {"beginner": 0.08, "intermediate": 0.05, "expert": 0.05}[c["skill"]]
        r = rng.random()
        if r < boots_p:
            complaint(c, info["ret"] + D(minutes=int(rng.integers(10, 300))), "boots_fit")
        elif r < boots_p + 0.022:
            complaint(c, info["ret"] + D(minutes=int(rng.integers(10, 300))), "damage_charge")
    lift, wait = info["worst"]
    if lift and wait >= 30 and rng.random() < 0.05:
        complaint(c, at(d, 12, 21), "lift_queue", lift)
    if info["lesson"]:
        survey_p = max(survey_p, 0.4)
    if rng.random() < survey_p:
        cand, wt = [], []
        if info["rented"]:
            cand.append("boots_hurt"), wt.append(0.5 if c["skill"] == "beginner" else 0.3)
        if lift and wait >= 25:
            cand.append("lift_queue"), wt.append(1.5)
        if info["lesson"]:
            cand.append("instructor_praise"), wt.append(10.0 * INSTR_PRAISE[info["lesson"]])
        if WEATHER[d] == "wind":
            cand.append("wind_closure"), wt.append(1.2)
        if WEATHER[d] == "snow":
            cand.append("snow_good"), wt.append(1.5)
        if d.month == 3 and WEATHER[d] == "sunny":
            cand.append("snow_icy"), wt.append(2.0)
        if not pass_day:
            cand.append("price_high"), wt.append(0.7)
        cand.append("general_pos"), wt.append(1.0)
        wt = np.array(wt)
        topic = cand[int(rng.choice(len(cand), p=wt / wt.sum()))]
        ts = at(d, 17.5, 23.5) if rng.random() < 0.7 else at(d + D(1), 9, 22)
        add_fb(topic, c["lang"], ts, c, "survey", rating_for(topic), lift=lift if topic == "lift_queue" else None,
               instructor=info["lesson"] if topic == "instructor_praise" else None)


# ---------- activity per customer and season ----------
def signup(c, ts):
    if c["signup_at"] is not None:
        return
    if c["cohort"] == "old":
        c["signup_at"] = datetime(2022, 11, 1) + D(days=int(rng.integers(0, 700)), seconds=int(rng.integers(0, 86400)))
    else:
        c["signup_at"] = ts - D(minutes=int(rng.integers(2, 20)))
        ev(c, c["signup_at"], "tp_signup", "submit", new_session())


def pass_season(c, s):
    a, b = SEASONS[s]
    buy = at(a + D(int(rng.integers(0, 18))), 9, 23)
    signup(c, buy)
    sid = new_session()
    ev(c, buy - D(minutes=3), "tp_season_pass", "view", sid)
    o = order(c, buy, 3980 if s == "2024/25" else 4280, "paid", "season_pass", quantity=1, days=None)
    ev(c, buy, "tp_season_pass", "submit", sid, order_id=o["order_id"])
    n = int(rng.poisson({"beginner": 8, "intermediate": 12, "expert": 15}[c["skill"]]))
    days = sorted({pick_day(s) for _ in range(n)})
    for d in [d for d in days if d > buy.date()]:
        if rng.random() < 0.6:
            ev(c, at(d, 6.5, 8.2), "tp_conditions", "view", new_session())
        info = ski_day(c, d, False, True)
        after_day(c, d, info, True, 0.035)


def guest_season(c, s):
    lam = {"beginner": 0.6, "intermediate": 1.0, "expert": 1.5}[c["skill"]] * (1.0 if c["city"] in LOCAL else 0.45)
    n = 1 + int(rng.poisson(lam))
    a, b = SEASONS[s]
    intents = []
    for _ in range(n):
        ski = pick_day(s)
        if c["city"] in LOCAL:
            lead = int(rng.geometric(0.5)) - 1
        else:
            lead = 2 + int(rng.geometric(0.14))
        lead = min(lead, (ski - a).days)
        intents.append((ski - D(lead), ski))
    intents.sort()
    for bd, ski in intents:
        bts = at(bd, 7, 23.4)
        signup(c, bts)
        # earlier looks at the snow report on other days
        for _ in range(int(rng.poisson(0.6))):
            od = bd - D(int(rng.integers(1, 6)))
            if od >= a and (c["signup_at"] is None or at(od, 7, 23) > c["signup_at"]):
                ev(c, at(od, 7, 23), "tp_conditions", "view", new_session())
        booking(c, s, bd, ski, bts)


def booking(c, s, bd, ski, bts):
    a, b = SEASONS[s]
    sid = new_session()
    t = bts
    ev(c, t, "tp_conditions", "view", sid)
    wx = WEATHER[bd]
    if rng.random() >= {"snow": 0.80, "sunny": 0.77, "wind": 0.56}[wx]:
        return
    t += D(seconds=int(rng.integers(20, 240)))
    ev(c, t, "tp_ticket_page", "view", sid)
    if rng.random() >= 0.93:
        return
    t += D(seconds=int(rng.integers(30, 300)))
    rent_p = {"beginner": 0.92, "intermediate": 0.55, "expert": 0.18}[c["skill"]]
    rented = rng.random() < rent_p
    gear = (str(rng.choice(["full_set", "skis_only", "snowboard_set"], p=[0.6, 0.15, 0.25])) if rented
            else "own_gear")
    ev(c, t, "tp_rental_select", "add_gear" if rented else "skip_gear", sid, gear_choice=gear)
    pay_p = {"beginner": 0.50, "intermediate": 0.86, "expert": 0.90}[c["skill"]]
    pay_p *= (0.80 if wx == "wind" else 1.0) * CHANNEL_PAY[c["channel"]]
    if c["skill"] == "beginner" and rng.random() < 0.06:
        fbts = t + D(minutes=int(rng.integers(2, 60)))
        add_fb("rental_confusing", c["lang"], fbts, c, "app_review", int(rng.choice([1, 2, 3])),
               device=c["device"])
    pays = rng.random() < min(pay_p, 0.98)
    days = int(rng.choice([1, 2, 3], p=[0.68, 0.26, 0.06]))
    ski_days = [ski + D(j) for j in range(days) if ski + D(j) <= b]
    qty = int(rng.choice([1, 2, 3, 4], p=[0.52, 0.31, 0.11, 0.06]))
    tk_amt = qty * sum(day_price(x) for x in ski_days)
    rent_amt = qty * len(ski_days) * {"full_set": 200, "skis_only": 120, "snowboard_set": 220,
                                      "own_gear": 0}[gear]
    t += D(seconds=int(rng.integers(40, 400)))
    failed = rng.random() < (0.09 if pays else 0.12)
    if failed:
        ev(c, t, "tp_pay_fail", "fail", sid, error=str(rng.choice(["bank_declined", "timeout", "wechat_pay_error"])))
        bid[0] += 1
        if not pays or rng.random() < 0.25:
            order(c, t, tk_amt, "cancelled", "lift_ticket", booking_id=f"B{bid[0]:06d}", quantity=qty,
                  ski_date=ski.isoformat(), days=len(ski_days))
            return
        t += D(seconds=int(rng.integers(30, 200)))
    elif not pays:
        return
    bid[0] += 1
    bk = f"B{bid[0]:06d}"
    o = order(c, t, tk_amt, "paid", "lift_ticket", booking_id=bk, quantity=qty, ski_date=ski.isoformat(),
              days=len(ski_days))
    ro = None
    if rented:
        ro = order(c, t, rent_amt, "paid", "rental", booking_id=bk, quantity=qty, ski_date=ski.isoformat(),
                   days=len(ski_days), gear_choice=gear)
    ev(c, t, "tp_payment", "success", sid, order_id=o["order_id"], booking_id=bk)
    closed = any(WIND_CLOSURE[0] <= x <= WIND_CLOSURE[1] for x in ski_days)
    r = rng.random()
    if closed or r < 0.035:
        rts = (datetime.combine(ski_days[0], datetime.min.time()) + D(hours=float(rng.uniform(6, 30)))
               if closed else t + D(hours=float(rng.uniform(2, 24 * max(1, (ski - bd).days)))))
        for x in (o, ro):
            if x:
                x["status"] = "refunded"
                x["refunded_at"] = rts
        if closed and rng.random() < 0.3:
            complaint(c, rts + D(days=float(rng.uniform(3, 9))), "refund")
        elif closed and rng.random() < 0.3:
            add_fb("refund_slow", c["lang"], rts + D(days=float(rng.uniform(2, 10))), c, "app_review",
                   int(rng.choice([1, 2], p=[0.6, 0.4])), device=c["device"])
        return
    if r < 0.055:
        return   # no-show
    for j, d in enumerate(ski_days):
        info = ski_day(c, d, rented, False)
        after_day(c, d, info, False, 0.16 if j == 0 else 0.04)


active_p = {"old": {"2024/25": 0.8, "2025/26": 0.62}, "s1": {"2024/25": 1.0, "2025/26": 0.55},
            "s2": {"2024/25": 0.0, "2025/26": 1.0}}
for c in cust:
    for s in SEASONS:
        if s in c["passes"]:
            pass_season(c, s)
        elif rng.random() < active_p[c["cohort"]][s]:
            guest_season(c, s)

# app crashes at check-in: Android, app 5.2.0
for row in list(events):
    if (row["touchpoint_id"] == "tp_gate_checkin" and row["device"] == "android"
            and row["app_version"] == "5.2.0"):
        if rng.random() < 0.11:
            cobj = cust[int(row["customer_id"][2:]) - 1]
            if rng.random() < 0.25:
                complaint(cobj, row["ts"] + D(minutes=int(rng.integers(5, 120))), "app_issue")
            else:
                add_fb("app_crash", cobj["lang"], row["ts"] + D(minutes=int(rng.integers(5, 600))), cobj,
                       "app_review", int(rng.choice([1, 2], p=[0.7, 0.3])), device="android")
# general app reviews
for _ in range(150):
    cobj = cust[int(rng.integers(N_CUST))]
    topic = str(rng.choice(["price_high", "app_good", "app_crash", "general_pos"], p=[0.35, 0.35, 0.1, 0.2]))
    d = DAYS[int(rng.integers(len(DAYS)))]
    add_fb(topic, cobj["lang"], at(d, 8, 23), cobj, "app_review", rating_for(topic), device=cobj["device"])
# social posts: no date, no customer, no rating
for _ in range(120):
    topic = str(rng.choice(["snow_good", "price_high", "lift_queue", "instructor_praise", "general_pos", "snow_icy"],
                           p=[0.25, 0.2, 0.2, 0.1, 0.15, 0.1]))
    lang = "en" if rng.random() < 0.2 else "zh"
    lift = None
    if topic == "lift_queue":
        lift = str(rng.choice(["Eagle Express", "Summit Gondola", "Pine Chair"], p=[0.7, 0.2, 0.1]))
    ins = str(rng.choice(INSTRUCTORS, p=[0.5, 0.1, 0.1, 0.1, 0.1, 0.1])) if topic == "instructor_praise" else None
    add_fb(topic, lang, None, None, str(rng.choice(["xiaohongshu", "weibo"])), None, lift=lift, instructor=ins)

# ---------- customers table ----------
last_s2 = {r["customer_id"] for r in events if r["season"] == "2025/26"}
for c in cust:
    if c["signup_at"] is None:   # never active: an old account
        c["signup_at"] = datetime(2022, 11, 1) + D(days=int(rng.integers(0, 700)), seconds=int(rng.integers(0, 86400)))
cust_rows = []
for c in cust:
    if "2025/26" in c["passes"]:
        seg = "vip"
    elif c["signup_at"] >= datetime(2025, 12, 1):
        seg = "new"
    elif c["customer_id"] in last_s2:
        seg = "returning"
    else:
        seg = "at_risk"
    cust_rows.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, region=REGION[c["city"]],
                          acquisition_channel=c["channel"], home_city=c["city"], skill_level=c["skill"],
                          技术水平=SKILL_ZH[c["skill"]],
                          member_tier="season_pass" if "2025/26" in c["passes"] else "day_guest",
                          age_band=c["age_band"], gender=c["gender"], primary_device=c["device"],
                          language=c["lang"]))


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
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
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                      touchpoint_id=tp, window_days=win)
                                 for j, zh, en, steps, win in JOURNEYS for k, tp in enumerate(steps)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows, list(cust_rows[0]))
    evs = sorted(events, key=lambda r: (r["ts"], r["customer_id"]))
    for i, r in enumerate(evs):
        r["event_id"] = f"E{i + 1:07d}"
    write(out / "events.csv", evs, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                                    "channel", "weather", "season", "lift_name", "lift_name_zh", "slope",
                                    "slope_difficulty", "wait_minutes", "instructor", "lesson_type", "gear_choice",
                                    "complaint_type", "gear_condition", "order_id", "booking_id", "error",
                                    "app_version"])
    ords = sorted(orders, key=lambda r: r["ts"])
    write(out / "orders.csv", ords, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device",
                                     "product_type", "booking_id", "quantity", "ski_date", "days", "lesson_type",
                                     "instructor", "gear_choice", "refunded_at", "season"])
    fbs = sorted(feedback, key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", fbs, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                      "lift_name", "instructor", "device", "language"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(evs)}, orders {len(ords)}, feedback {len(fbs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
