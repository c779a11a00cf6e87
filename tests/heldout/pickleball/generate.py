"""匹克星球 PickleHub: a chain of indoor pickleball venues (室内匹克球馆) in four cities, run through the PickleHub app.
A player finds us (Xiaohongshu 小红书 notes, Douyin 抖音 clips, Dianping 大众点评, a friend, or a corporate
team-building event), registers in the app, and - if a beginner - books a beginner clinic (新手体验课) with a coach,
after which some buy a private-lesson pack or a membership card. Players book courts (订场) by the hour, join open
play sessions (畅打) or book private lessons (私教课); they pay, maybe cancel (refund), scan the QR code at the gate
to check in (the scan sometimes fails and the front desk checks them in by hand), rent paddles, play, sometimes buy a
paddle at the pro shop, rate the session and book again. A no-show (爽约) is charged a no-show fee (sometimes waived).
Players sign up for the autumn / spring leagues (联赛).
Data 2025-03-01 .. 2026-08-31 (the app launched 2025-03-01; the extract was taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment: the generator's truth, not a DATA.md
table). Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 3, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 4600
QR_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 1))        # app 4.2.0: Android QR check-in fails
NANSHAN_LED_FIX = datetime(2026, 3, 16)                          # Nanshan replaces its glaring LED floodlights
APP_VERSIONS = [(datetime(2025, 3, 1), "4.0.0"), (datetime(2025, 6, 16), "4.1.0"), (datetime(2025, 11, 3), "4.2.0"),
                (datetime(2025, 12, 1), "4.2.1"), (datetime(2026, 4, 20), "4.3.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现匹克星球", "Discover PickleHub", "awareness", "social", "digital", "marketing",
     "发现|刷到|小红书看到|抖音刷到|朋友带来|团建|discover|found us|first touch"),
    ("tp_register", "注册账号", "App sign-up", "consideration", "app", "digital", "growth",
     "注册|开户|下载app|sign up|signup|register|registration"),
    ("tp_clinic_book", "预约新手体验课", "Beginner clinic booked", "consideration", "app", "digital", "coaching",
     "体验课|新手课|试听课|入门课|clinic|beginner clinic|intro class|trial class"),
    ("tp_clinic", "上体验课", "Beginner clinic attended", "service", "store", "physical", "coaching",
     "上课|体验课到课|clinic attended|took the clinic|class"),
    ("tp_pack", "购买课包/会员卡", "Lesson pack / membership bought", "purchase", "app", "digital", "sales",
     "课包|私教课包|会员卡|季卡|年卡|办卡|lesson pack|membership|member card|annual pass"),
    ("tp_court_book", "订场", "Court booked", "consideration", "app", "digital", "venue_ops",
     "订场|约场|抢场|订球场|book a court|court booking|reserve a court"),
    ("tp_openplay_join", "报名畅打", "Open play joined", "consideration", "app", "digital", "community",
     "畅打|散打|约球|拼场|open play|drop-in|social play"),
    ("tp_lesson_book", "预约私教课", "Private lesson booked", "consideration", "app", "digital", "coaching",
     "私教|约私教|一对一|private lesson|1-on-1|coaching session"),
    ("tp_league_signup", "联赛报名", "League sign-up", "loyalty", "app", "digital", "events",
     "联赛|积分赛|比赛报名|league|tournament|ladder"),
    ("tp_pay", "支付", "Payment", "purchase", "app", "digital", "finance",
     "支付|付款|付钱|pay|payment|paid|checkout"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "app", "digital", "venue_ops",
     "取消|退订|不去了|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back"),
    ("tp_checkin_fail", "签到失败", "Check-in failed", "service", "store", "physical", "it",
     "签到失败|扫码失败|闸机打不开|check-in failed|QR failed|gate won't open"),
    ("tp_checkin", "扫码签到", "QR check-in", "service", "store", "physical", "venue_ops",
     "签到|扫码签到|入场|到馆|check in|check-in|arrival|gate"),
    ("tp_noshow", "爽约", "No-show", "service", "app", "digital", "venue_ops",
     "爽约|没来|放鸽子|爽约费|no-show|no show|no-show fee"),
    ("tp_rental", "租借球拍", "Paddle rental", "service", "store", "physical", "pro_shop",
     "租拍|借拍|租球拍|装备租借|rental|rent a paddle|borrow paddle|equipment rental"),
    ("tp_play", "上场打球", "On court", "service", "store", "physical", "venue_ops",
     "打球|上场|场地|灯光|球馆环境|play|on court|court|lighting|hall"),
    ("tp_shop", "球拍购买", "Pro shop purchase", "purchase", "store", "physical", "pro_shop",
     "买拍|买球拍|专卖店|pro shop|buy a paddle|paddle sale"),
    ("tp_rate", "评价", "Session rating", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|rate|rating|review|stars"),
    ("tp_rebook", "再次预约", "Repeat booking", "loyalty", "app", "digital", "crm",
     "回头客|复购|再来|再订|复订|rebook|repeat booking|came back"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("newbie", "新手入门", "Beginner path", ["tp_discover", "tp_register", "tp_clinic_book", "tp_pack"], 30),
    ("court", "订场到场", "Court booking", ["tp_court_book", "tp_pay", "tp_checkin"], 7),
    ("openplay", "畅打到场", "Open play", ["tp_openplay_join", "tp_pay", "tp_checkin"], 7),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("rebook", "回头客", "Repeat visit", ["tp_checkin", "tp_rebook"], 30),
]
CITIES = {"Shanghai": ("上海", 0.38), "Shenzhen": ("深圳", 0.25), "Beijing": ("北京", 0.25), "Xiamen": ("厦门", 0.12)}
VENUES = [  # id, city, zh, en, opened, weight, gate model
    ("SH01", "Shanghai", "上海静安球馆", "Shanghai Jing'an", None, 1.5, "ZK-G2"),
    ("SH02", "Shanghai", "上海徐汇滨江球馆", "Shanghai Xuhui Riverside", None, 1.0, "ZK-G5"),
    ("SH03", "Shanghai", "上海前滩球馆", "Shanghai Qiantan", datetime(2025, 9, 1), 0.9, "ZK-G5"),
    ("SZ01", "Shenzhen", "深圳南山球馆", "Shenzhen Nanshan", None, 1.4, "ZK-G5"),
    ("SZ02", "Shenzhen", "深圳福田球馆", "Shenzhen Futian", None, 1.0, "ZK-G5"),
    ("BJ01", "Beijing", "北京朝阳球馆", "Beijing Chaoyang", None, 1.4, "HK-100"),
    ("BJ02", "Beijing", "北京海淀球馆", "Beijing Haidian", None, 1.0, "ZK-G5"),
    ("BJ03", "Beijing", "北京顺义球馆", "Beijing Shunyi", datetime(2026, 6, 1), 0.8, "ZK-G5"),
    ("XM01", "Xiamen", "厦门思明球馆", "Xiamen Siming", None, 1.0, "ZK-G5"),
]
VENUE = {v[0]: v for v in VENUES}
CHANNELS = {  # en: zh, weight, register prob, clinic prob (beginners), noshow multiplier
    "xiaohongshu": ("小红书", 0.32, 0.62, 0.66, 1.0), "douyin": ("抖音", 0.22, 0.34, 0.36, 1.3),
    "dianping": ("大众点评", 0.16, 0.56, 0.50, 1.0), "friend": ("朋友推荐", 0.20, 0.78, 0.55, 0.8),
    "corporate": ("企业团建", 0.10, 0.70, 0.28, 1.6)}
SKILLS = {"beginner": ("新手", 0.55), "intermediate": ("进阶", 0.33), "advanced": ("高手", 0.12)}
SLOTS = {  # en: zh, court price per hour, no-show prob
    "morning": ("早场", 100, 0.18), "daytime": ("日间场", 80, 0.055), "prime": ("黄金时段", 160, 0.035),
    "late": ("夜场", 100, 0.085)}
BTYPES = {"court": ("订场", "tp_court_book"), "open_play": ("畅打", "tp_openplay_join"),
          "clinic": ("新手体验课", "tp_clinic_book"), "private_lesson": ("私教课", "tp_lesson_book")}
COACHES = {  # id: zh, en, clinic -> pack conversion
    "CO1": ("米娅", "Mia", 0.52), "CO2": ("大卫", "David", 0.20), "CO3": ("小林", "Lin", 0.22),
    "CO4": ("阿杰", "Jay", 0.18), "CO5": ("婷婷", "Tina", 0.24)}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "member_balance": "会员余额", "lesson_credit": "课时抵扣"}
MEMBER = {"none": "非会员", "quarterly": "季卡", "annual": "年卡"}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55+"]
OTYPES = {"court": "场地费", "open_play": "畅打票", "clinic": "体验课", "private_lesson": "私教课",
          "lesson_pack": "私教课包", "membership": "会员卡", "paddle_sale": "球拍销售", "rental": "租拍费",
          "no_show_fee": "爽约费", "league_fee": "联赛报名费"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "glare": (["灯光太刺眼了，高球根本看不清", "场地灯光晃眼，打久了眼睛疼", "顶上的灯光直射眼睛，接高球全靠猜"],
              ["the overhead lights are blinding, can't see lobs at all", "terrible glare from the lights on the far court",
               "the lights glare right in your eyes when you look up"]),
    "echo": (["馆里回声太大，耳朵嗡嗡的", "太吵了，隔壁场的啪啪声震耳朵", "回声很重，跟搭档喊话都听不见"],
             ["the echo in the hall is unbearable", "so noisy you can't hear your partner call the ball",
              "way too noisy, every pop bounces around the hall"]),
    "paddle_worn": (["租的球拍太旧了，拍面都起毛了", "租的拍子手柄黏糊糊的", "租的球拍边框都裂了还在租"],
                    ["the rental paddles are worn out", "my rental paddle had a sticky grip and a cracked edge"]),
    "checkin_fail": (["闸机扫码签到失败，在门口等了好久", "签到一直失败，前台手动弄了十分钟", "二维码签到扫不出来，耽误了开场"],
                     ["the QR code wouldn't scan at the gate", "couldn't get in, the QR code kept failing at the turnstile",
                      "stuck at the gate because the QR code didn't work"]),
    "noshow_fee": (["被扣了30块爽约费，我明明提前跟前台说了", "爽约费扣得莫名其妙，申诉也没人理", "堵车晚到就算爽约费，太不合理"],
                   ["charged a no-show fee even though I messaged the desk", "the no-show fee is unfair, I was stuck in traffic"]),
    "court_full": (["晚上黄金时段根本抢不到场", "周末抢不到场，一放出来就没了", "下班后想打球总是抢不到"],
                   ["prime time courts are always fully booked", "impossible to get a court after work, fully booked every night"]),
    "refund_slow": (["取消了两天退款还没到", "退款要人工审核，太慢了"],
                    ["still waiting for my refund", "the refund took days to come back"]),
    "coach": (["教练很专业，讲得很细", "教练特别耐心，新手也能很快上手", "跟着教练练了一节课，网前小球进步很大"],
              ["the coach was patient and really clear", "great coach, finally got my dinks right",
               "our coach made the clinic fun for total beginners"]),
    "community": (["畅打局氛围很好，认识了很多球友", "球友都很友好，轮换也公平", "一个人来也能找到球友一起打"],
                  ["open play has a friendly crowd", "friendly crowd and fair rotation", "came alone and still found a friendly crowd to play with"]),
}
GEN = {
    "pos": (["场地很新，打得很爽", "预约很方便，下次还来", "环境不错，推荐朋友来", "地面防滑做得好，打得放心"],
            ["great courts, we'll be back", "easy to book and good vibes", "really enjoyed the session"]),
    "neu": (["还行吧，中规中矩", "一般般，价格偏高一点", "体验普通，没什么特别"],
            ["it was ok", "average session, nothing special"]),
    "neg": (["体验不太好，有点失望", "性价比不高，不太想再来", "这次不太满意"],
            ["not great this time", "disappointing session, pricey for what it is"]),
}
TOPIC_TP = [("checkin_fail", "tp_checkin"), ("noshow_fee", "tp_noshow"), ("refund_slow", "tp_refund"),
            ("paddle_worn", "tp_rental"), ("glare", "tp_play"), ("echo", "tp_play"), ("court_full", "tp_court_book"),
            ("coach", "tp_clinic"), ("community", "tp_openplay_join")]
NEG_TOPICS = {"glare", "echo", "paddle_worn", "checkin_fail", "noshow_fee", "court_full", "refund_slow"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2026, 2, 10) <= d < datetime(2026, 2, 26):
        return 0.45                                  # Spring Festival: everyone goes home
    if d.month in (7, 8):
        return 1.35                                  # summer: indoor courts with aircon are full
    if datetime(2025, 10, 1) <= d < datetime(2025, 10, 8):
        return 1.25
    if d.month == 1:
        return 0.85
    return 1.0


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def open_venues(city: str, t: datetime):
    return [v for v in VENUES if v[1] == city and (v[4] is None or v[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_pk = 0

    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], app_version=app_version(t))
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"PO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="app", device=c["device"], order_type=otype, 订单类型=OTYPES[otype],
                   booking_id=bk["id"] if bk else None, currency="CNY")
        if bk:
            for k in ("venue_id", "venue", "venue_en", "city", "城市", "slot", "时段", "booking_type", "预约类型"):
                row[k] = bk["common"][k]
        else:
            v = VENUE[c["home"]]
            row.update(venue_id=v[0], venue=v[2], venue_en=v[3], city=v[1], 城市=CITIES[v[1]][0])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, bk=None, undated=False, gen=None, no_customer=False,
           tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and (bool({"coach", "community"} & set(topics)) or gen == "pos")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("venue_id", "venue", "venue_en", "city", "城市", "slot", "时段", "booking_type", "预约类型",
                      "coach_en", "教练"):
                row[k] = bk["common"].get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="negative" if neg else ("positive" if pos else "neutral")))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            growth = 0.5 + 1.0 * (d - START).days / 540
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            vs = open_venues(city, t)
            home = pick(vs, [v[5] for v in vs])
            skill = pick(list(SKILLS), [s[1] for s in SKILLS.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            age = pick(AGE_BANDS, {"beginner": (0.22, 0.38, 0.24, 0.11, 0.05),
                                   "intermediate": (0.12, 0.36, 0.30, 0.15, 0.07),
                                   "advanced": (0.10, 0.30, 0.30, 0.18, 0.12)}[skill])
            en_share = {"Shanghai": 0.22, "Shenzhen": 0.15}.get(city, 0.05)
            self.cust.append(dict(
                customer_id=f"PB{i + 1:05d}", discover=t, city=city, home=home[0], skill=skill, channel=ch, age=age,
                gender=pick(["female", "male"], [0.48, 0.52]), device=pick(["ios", "android"], [0.5, 0.5]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh", spend=0.0, paid=0, visits=0,
                first_pay=None, last_visit=None, member="none", credits=0, checked=False))

    # ---------- one booking ----------
    def booking(self, c, t_book: datetime, btype: str, coach=None):
        vs = open_venues(c["city"], t_book)
        home = VENUE[c["home"]]
        venue = home if (rng.random() < 0.8 or len(vs) == 1) else vs[int(rng.integers(len(vs)))]
        if c["city"] == "Beijing" and t_book >= VENUE["BJ03"][4] and rng.random() < 0.15:
            venue = VENUE["BJ03"]
        if btype == "court":
            slot = pick(list(SLOTS), [0.18, 0.22, 0.45, 0.15])
        elif btype == "open_play":
            slot = pick(list(SLOTS), [0.15, 0.35, 0.40, 0.10])
        else:
            slot = pick(list(SLOTS), [0.15, 0.50, 0.35, 0.0])
        day = datetime(t_book.year, t_book.month, t_book.day) + D(days=int(pick([0, 1, 2, 3, 5], [0.3, 0.3, 0.2, 0.1, 0.1])))
        for _ in range(5):
            hour = {"morning": int(rng.integers(7, 10)), "daytime": int(rng.integers(10, 17)),
                    "prime": int(rng.integers(17, 21)), "late": 22}[slot]
            start = day + D(hours=hour)
            if start >= t_book + D(minutes=60):
                break
            day += D(days=1)
        hours = int(pick([1, 2], [0.45, 0.55])) if btype == "court" else (2 if btype == "open_play" else 1)
        if btype == "court":
            base = SLOTS[slot][1] * hours
            if c["member"] != "none":
                base *= 0.8
        else:
            base = {"open_play": 59, "clinic": 99, "private_lesson": 400}[btype]
        if btype == "private_lesson" and c["credits"] > 0:
            pm, amount = "lesson_credit", 0.0
            c["credits"] -= 1
        elif c["member"] != "none" and btype in ("court", "open_play"):
            pm, amount = "member_balance", round(base)
        else:
            pm, amount = pick(["wechat_pay", "alipay"], [0.7, 0.3]), round(base)
        if coach is None and btype in ("clinic", "private_lesson"):
            coach = pick(list(COACHES), [1, 1, 1, 1, 1])
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        common = dict(venue_id=venue[0], venue=venue[2], venue_en=venue[3], city=venue[1], 城市=CITIES[venue[1]][0],
                      court_no=f"{venue[0]}-C{int(rng.integers(1, 9))}" if btype != "clinic" else f"{venue[0]}-C8",
                      slot=slot, 时段=SLOTS[slot][0], booking_type=btype, 预约类型=BTYPES[btype][0],
                      payment_method=pm, 支付方式=PAY[pm], member_type=c["member"], 会员类型=MEMBER[c["member"]],
                      coach_id=coach, coach_en=COACHES[coach][1] if coach else None,
                      教练=COACHES[coach][0] if coach else None, gate_model=venue[6])
        bk = dict(id=bid, common=common)
        if c["checked"]:
            self.ev(c, t_book, "tp_rebook", bid, "rebook", bk, channel="app")
        self.ev(c, t_book, BTYPES[btype][1], bid, "submit", bk, channel="app", slot_start=ts(start), hours=hours)
        if rng.random() > (0.88 if btype == "court" else 0.95):
            return None                              # 10-minute hold expired, never paid
        t_pay = t_book + D(minutes=float(rng.lognormal(np.log(2.0), 0.6)))
        self.ev(c, t_pay, "tp_pay", bid, "success", bk, channel="app", amount=amount)
        o = self.order(c, t_pay, amount, btype, bk, payment_method=pm, 支付方式=PAY[pm]) if amount > 0 else None
        c["paid"] += 1
        c["spend"] += amount
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        # cancellation
        if rng.random() < 0.06:
            t_c = t_pay + (start - t_pay) * float(rng.uniform(0.1, 0.97))
            late = (start - t_c) < D(hours=24)
            self.ev(c, t_c, "tp_cancel", bid, "cancel", bk, channel="app", cancel_type="late" if late else "early",
                    取消类型="临时取消" if late else "提前取消")
            if late:           # late cancellation: manual review by the front desk
                t_r = t_c + D(days=float(rng.lognormal(np.log(1.6), 0.5)))
            else:
                t_r = t_c + D(minutes=float(rng.uniform(1, 15)))
            if amount > 0:
                self.ev(c, t_r, "tp_refund", bid, "refund", bk, channel=pm, refund_amount=amount,
                        cancel_type="late" if late else "early", 取消类型="临时取消" if late else "提前取消")
                if o is not None and t_r <= END:
                    o["status"], o["refunded_at"] = "refunded", ts(t_r)
                    c["spend"] -= amount
                if late and (t_r - t_c) > D(days=1.5) and rng.random() < 0.4:
                    self.fb(c, t_c + D(days=1, hours=float(rng.uniform(12, 30))), ["refund_slow"], "ticket", bk=bk)
            return dict(bad=True, end=t_c)
        # no-show
        p_ns = SLOTS[slot][2] * CHANNELS[c["channel"]][4]
        if venue[0] == "BJ03":
            p_ns = max(p_ns, 0.24)          # new suburban venue: people book and don't make the drive
        if rng.random() < p_ns:
            t_n = start + D(minutes=30)
            waived = rng.random() < 0.2
            self.ev(c, t_n, "tp_noshow", bid, "fee_waived" if waived else "fee_charged", bk, channel="app",
                    fee_amount=0 if waived else 30)
            if not waived:
                self.order(c, t_n, 30, "no_show_fee", bk, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
                if rng.random() < 0.3:
                    self.fb(c, t_n + D(hours=float(rng.uniform(1, 30))), ["noshow_fee"], "ticket", bk=bk)
            return dict(bad=True, end=t_n)
        # check-in at the gate
        t_arr = start - D(minutes=float(rng.uniform(2, 20)))
        p_fail, err = 0.03, "QR_EXPIRED"
        if c["device"] == "android" and QR_BUG[0] <= t_arr < QR_BUG[1]:
            p_fail, err = 0.36, "SCAN_TIMEOUT"
        if venue[6] == "HK-100":
            p_fail, err = max(p_fail, 0.15), ("GATE_OFFLINE" if p_fail < 0.15 else err)
        failed = rng.random() < p_fail
        t = t_arr
        if failed:
            for _ in range(int(rng.geometric(0.5))):
                self.ev(c, t, "tp_checkin_fail", bid, "fail", bk, channel="store", error_code=err)
                t += D(minutes=float(rng.uniform(0.3, 1.5)))
            med = 11.0 if err == "SCAN_TIMEOUT" else 6.0
            t += D(minutes=float(rng.lognormal(np.log(med), 0.45)))
            action = "manual_checkin"
            if rng.random() < 0.3:
                self.fb(c, t + D(minutes=20), ["checkin_fail"], "ticket", bk=bk)
        else:
            action = "scan_success"
        self.ev(c, t, "tp_checkin", bid, action, bk, channel="store")
        c["checked"] = True
        c["visits"] += 1
        c["last_visit"] = t
        # paddle rental
        rented = False
        p_rent = {"beginner": 0.6, "intermediate": 0.25, "advanced": 0.05}[c["skill"]]
        if btype == "clinic":
            p_rent = 0.0                     # clinic includes paddles
        if rng.random() < p_rent:
            n = int(rng.integers(1, 5)) if btype == "court" else 1
            self.ev(c, t + D(minutes=2), "tp_rental", bid, "rent", bk, channel="store", paddles=n, amount=20 * n)
            self.order(c, t + D(minutes=2), 20 * n, "rental", bk, payment_method="wechat_pay",
                       支付方式=PAY["wechat_pay"], paddles=n)
            c["spend"] += 20 * n
            rented = True
        t_play = max(start, t + D(minutes=3))
        self.ev(c, t_play, "tp_play", bid, "play_start", bk, channel="store", device=None)
        end = start + D(hours=hours)
        if btype == "clinic":
            self.ev(c, end - D(minutes=5), "tp_clinic", bid, "attended", bk, channel="store", device=None)
        # pro shop
        p_shop = 0.05 if (c["skill"] == "beginner" and c["visits"] in (2, 3, 4)) else 0.015
        if rng.random() < p_shop:
            amt = float(pick([299, 499, 699, 999, 1299], [0.3, 0.3, 0.2, 0.12, 0.08]))
            self.ev(c, end + D(minutes=5), "tp_shop", bid, "purchase", bk, channel="store", amount=amt)
            self.order(c, end + D(minutes=5), amt, "paddle_sale", bk, payment_method="wechat_pay",
                       支付方式=PAY["wechat_pay"], channel="store")
            c["spend"] += amt
        # experience
        topics = []
        if failed:
            topics.append("checkin_fail")
        if venue[0] == "SZ01" and start < NANSHAN_LED_FIX:
            p_glare = 0.34 if slot in ("prime", "late") else 0.16
        else:
            p_glare = 0.01
        if rng.random() < p_glare:
            topics.append("glare")
        if rng.random() < (0.26 if venue[0] == "SH01" else 0.015):
            topics.append("echo")
        if rented and rng.random() < (0.38 if venue[0] == "XM01" else 0.03):
            topics.append("paddle_worn")
        if slot == "prime" and btype == "court" and rng.random() < 0.05:
            topics.append("court_full")
        bad = bool(topics)
        if btype in ("clinic", "private_lesson") and rng.random() < (0.55 if coach == "CO1" else 0.25):
            topics.append("coach")
        if btype == "open_play" and rng.random() < 0.2:
            topics.append("community")
        if rng.random() < (0.45 if failed else (0.35 if bad else 0.22)):
            stars = float(pick([5, 4, 3, 2], [0.5, 0.35, 0.11, 0.04]))
            pen = {"checkin_fail": 2.7, "glare": 1.9, "echo": 1.6, "paddle_worn": 1.4, "court_full": 0.8}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if ("coach" in topics or "community" in topics) and not bad:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = end + D(minutes=float(rng.lognormal(np.log(90), 1.0)))
            self.ev(c, t_r, "tp_rate", bid, "rate", bk, channel="app", stars=stars)
            self.fb(c, t_r, topics, "app_review", rating=stars, bk=bk,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if c["channel"] == "dianping" and rng.random() < 0.12:
            stars = float(pick([5, 4, 3, 2], [0.45, 0.38, 0.12, 0.05]))
            for k in topics:
                stars -= {"checkin_fail": 2.0, "glare": 2.0, "echo": 1.5, "paddle_worn": 1.2}.get(k, 0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, end + D(hours=float(rng.uniform(2, 40))), topics, "dianping_review", rating=stars, bk=bk,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        if rng.random() < 0.04:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, end + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [], "survey",
                    nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.04:
            self.fb(c, end + D(hours=float(rng.uniform(1, 72))), topics, "xiaohongshu", bk=bk,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return dict(bad=bad, end=end, failed=failed, coach=coach)

    def buy_pack(self, c, t, kind):
        self.n_pk += 1
        sid = f"PK{self.n_pk:06d}"
        if kind == "lesson_pack":
            n = int(pick([5, 10], [0.65, 0.35]))
            amt, label, lab_zh = (1800 if n == 5 else 3400), f"{n}_lessons", f"{n}节私教"
        elif kind == "quarterly":
            amt, label, lab_zh = 999, "quarterly_card", "季卡"
        else:
            amt, label, lab_zh = 2999, "annual_card", "年卡"
        if not self.ev(c, t, "tp_pack", sid, "purchase", channel="app", amount=amt, pack_type=label, 产品=lab_zh,
                       venue_id=c["home"]):
            return
        v = VENUE[c["home"]]
        self.order(c, t, amt, "lesson_pack" if kind == "lesson_pack" else "membership", None,
                   payment_method="wechat_pay", 支付方式=PAY["wechat_pay"], pack_type=label)
        c["spend"] += amt
        if kind == "lesson_pack":
            c["credits"] += n
        else:
            c["member"] = kind

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            ch = CHANNELS[c["channel"]]
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(hours=float(min(200, rng.exponential(18) + 0.1)))
            if rng.random() < 0.05:
                t = c["discover"] + D(days=float(rng.uniform(31, 45)))     # came back much later
            if not self.ev(c, t, "tp_register", None, "success", channel="app", referral_code=None):
                continue
            # beginners: clinic first
            t = t + D(hours=float(rng.exponential(30) + 0.5))
            if c["skill"] == "beginner":
                if rng.random() < ch[3]:
                    res = self.booking(c, t, "clinic")
                    if res and res.get("coach") and "failed" in res:
                        p = COACHES[res["coach"]][2]
                        if rng.random() < p:
                            self.buy_pack(c, res["end"] + D(hours=float(rng.uniform(0.2, 24 * 20))),
                                          "lesson_pack")
                        t = res["end"] + D(days=float(rng.exponential(6) + 0.5))
                    elif res is None:
                        continue
                    else:
                        t = res["end"] + D(days=float(rng.exponential(10) + 1))
                elif rng.random() > 0.35:
                    continue
            elif rng.random() > 0.85:
                continue
            # regular play loop
            while t <= END:
                r = rng.random()
                if c["credits"] > 0 and r < 0.5:
                    btype = "private_lesson"
                elif r < 0.06:
                    btype = "private_lesson"
                elif r < 0.60:
                    btype = "court"
                else:
                    btype = "open_play"
                res = self.booking(c, t, btype)
                if res is None:
                    if rng.random() < 0.6:
                        t += D(hours=float(rng.uniform(0.2, 48)))
                        continue
                    break
                if (c["member"] == "none" and c["visits"] >= 2 and rng.random() < 0.05
                        and res["end"] + D(hours=1) <= END):
                    self.buy_pack(c, res["end"] + D(hours=float(rng.uniform(0.5, 3))),
                                  pick(["quarterly", "annual"], [0.6, 0.4]))
                if c["skill"] != "beginner" and c["visits"] >= 2 and rng.random() < 0.03:
                    self.league(c, res["end"])
                p_ret = {"beginner": 0.72, "intermediate": 0.82, "advanced": 0.86}[c["skill"]]
                if c["member"] != "none":
                    p_ret = 0.94
                if res.get("failed"):
                    p_ret *= 0.8
                elif res["bad"]:
                    p_ret *= 0.9
                if c["channel"] == "corporate":
                    p_ret *= 0.8
                if rng.random() > p_ret:
                    break
                gap = 5.0 if c["member"] != "none" else 9.0
                g = float(rng.exponential(gap) + 0.5) / season(res["end"])
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(7, 23)))

    def league(self, c, t0):
        t = t0 + D(days=float(rng.uniform(0, 10)))
        season_name = "2025 秋季联赛" if t < datetime(2026, 3, 1) else "2026 春夏联赛"
        en = "2025 Autumn League" if t < datetime(2026, 3, 1) else "2026 Spring-Summer League"
        self.n_bk += 1
        sid = f"LG{self.n_bk:06d}"
        if self.ev(c, t, "tp_league_signup", sid, "submit", channel="app", league=en, 联赛=season_name,
                   venue_id=c["home"], amount=200):
            self.order(c, t, 200, "league_fee", None, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
            c["spend"] += 200

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if not c["paid"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 6, 1):
                seg = "new"
            elif c["last_visit"] is None or c["last_visit"] < datetime(2026, 5, 1):
                seg = "at_risk"
            elif c["visits"] >= 8:
                seg = "regular"
            elif c["visits"] >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=c["member"], 会员类型=MEMBER[c["member"]],
                             skill_level=c["skill"], 水平=SKILLS[c["skill"]][0], age_band=c["age"], gender=c["gender"],
                             phone_os=c["device"], home_venue_id=c["home"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "venue_id", "venue", "venue_en", "city", "城市", "court_no", "slot", "时段", "booking_type",
           "预约类型", "payment_method", "支付方式", "member_type", "会员类型", "coach_id", "coach_en", "教练",
           "gate_model", "slot_start", "hours", "amount", "error_code", "paddles", "fee_amount", "refund_amount",
           "cancel_type", "取消类型", "stars", "pack_type", "产品", "league", "联赛", "referral_code"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "venue_id", "venue", "venue_en", "city", "城市", "slot", "时段", "booking_type", "预约类型",
            "payment_method", "支付方式", "pack_type", "paddles", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "venue_id", "venue", "venue_en", "city", "城市", "slot", "时段", "booking_type", "预约类型",
           "coach_en", "教练"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员类型", "skill_level", "水平", "age_band", "gender", "phone_os", "home_venue_id", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=30, replace=False)             # the gate tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
