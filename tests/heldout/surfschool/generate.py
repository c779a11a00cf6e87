"""浪潮 SwellSurf: a surf school with beach bases in Hainan (万宁日月湾 Riyue Bay, 三亚后海 Houhai) and Bali (Kuta, Canggu,
and Uluwatu from March 2026). People find us on Xiaohongshu (小红书), an OTA (Ctrip / Klook / Fliggy), our website or
through a friend, look at lessons and camps, often ask customer service on WeChat, book a group lesson (团课), a private
lesson (私教课) or a 5- / 7-day surf camp with stay (冲浪营, 30 % deposit 订金 at booking, balance 尾款 about two weeks
before the camp), check in on the beach or at the camp, maybe rent a hard board / wetsuit, surf (lessons by level:
白水 whitewater, 绿浪 green waves, 外海 line-up), get a photo/video package (跟拍) delivered afterwards, review us,
and come back. Lessons are cancelled by the school when the weather is bad (typhoons, onshore storms, flat days):
the customer then reschedules (改期) or gets a refund.
Events 2025-01-01 .. 2026-08-31 (extract taken at the end of August 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a DATA.md
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
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 7000
TYPHOON_25 = (datetime(2025, 8, 1), datetime(2025, 11, 1))      # Hainan typhoon season 2025 (bad year)
CANGGU_EDITOR = (datetime(2025, 6, 1), datetime(2025, 10, 16))     # Canggu video editor quit: footage backlog
RIYUE_PEAK = (datetime(2026, 1, 15), datetime(2026, 3, 6))       # Spring-Festival rush at Riyue Bay: 1 coach : 8
ULUWATU_OPEN = datetime(2026, 3, 1)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现浪潮", "Discover SwellSurf", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|小红书看到|搜到|朋友推荐|discover|found us|first touch"),
    ("tp_browse", "浏览课程营期", "Browse lessons & camps", "consideration", "web", "digital", "marketing",
     "看课|浏览|看营期|看价格|课程页|browse|course page|camp page|pricing"),
    ("tp_consult", "客服咨询", "Ask customer service", "consideration", "social", "digital", "service",
     "咨询|问客服|微信咨询|私信|consult|ask|enquiry|inquiry|chat with us"),
    ("tp_book", "提交预订", "Booking submitted", "purchase", "web", "digital", "sales",
     "预订|下单|报名|订课|订营|book|booking|reserve|sign up"),
    ("tp_pay", "付款（全款/订金）", "Payment (full / deposit)", "purchase", "web", "digital", "finance",
     "付款|支付|付订金|交定金|订金|pay|payment|deposit paid"),
    ("tp_balance", "支付尾款", "Camp balance paid", "purchase", "web", "digital", "finance",
     "尾款|补尾款|付尾款|balance|final payment|remaining payment"),
    ("tp_cancel", "取消", "Cancellation", "service", "other", "digital", "service",
     "取消|天气取消|停课|退订|cancel|cancellation|weather cancellation|called off"),
    ("tp_reschedule", "改期", "Rescheduled", "service", "other", "digital", "service",
     "改期|改时间|顺延|reschedule|moved|new date"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_checkin", "报到/入营", "Check-in (beach / camp)", "service", "other", "physical", "ops",
     "报到|签到|入营|入住|到店|check-in|checkin|arrival|camp arrival"),
    ("tp_rental", "租板/租防寒衣", "Board & wetsuit rental", "service", "other", "physical", "ops",
     "租板|租冲浪板|租防寒衣|装备|rental|rent a board|wetsuit hire|gear"),
    ("tp_lesson", "下水上课", "In the water (lesson)", "service", "other", "physical", "coaching",
     "上课|下水|冲浪课|练板|教练课|lesson|surf session|in the water|coaching"),
    ("tp_video", "跟拍视频交付", "Photo/video delivered", "service", "app", "digital", "media",
     "视频|跟拍|照片|出片|video|footage|photos|surf photos"),
    ("tp_review", "课后评价", "Post-surf review", "loyalty", "app", "digital", "service",
     "评价|打分|评分|点评|review|rating|stars"),
    ("tp_rebook", "复购再订", "Repeat booking", "loyalty", "web", "digital", "crm",
     "复购|回头客|再来|二刷|再订|rebook|repeat booking|came back|return trip"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预订转化", "Booking conversion", ["tp_discover", "tp_browse", "tp_book", "tp_pay"], 7),
    ("camp", "冲浪营成行", "Camp trip", ["tp_balance", "tp_checkin", "tp_lesson", "tp_review"], 40),
    ("surf_day", "下水体验", "Surf day", ["tp_checkin", "tp_lesson", "tp_review"], 10),
    ("cancel_refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("repeat", "复购", "Repeat trip", ["tp_lesson", "tp_rebook"], 180),
]
SPOTS = {  # id: zh, en, destination, 目的地
    "S1": ("万宁日月湾", "Wanning Riyue Bay", "Hainan", "海南"),
    "S2": ("三亚后海", "Sanya Houhai", "Hainan", "海南"),
    "S3": ("巴厘岛库塔", "Bali Kuta", "Bali", "巴厘岛"),
    "S4": ("巴厘岛仓古", "Bali Canggu", "Bali", "巴厘岛"),
    "S5": ("巴厘岛乌鲁瓦图", "Bali Uluwatu", "Bali", "巴厘岛"),
}
PRODUCTS = {  # id: zh, en, kind, price Hainan, price Bali, days
    "group_lesson": ("冲浪团课", "Group lesson", "lesson", 480, 560, 1),
    "private_lesson": ("私教课", "Private lesson", "lesson", 1280, 1480, 1),
    "camp_5d": ("5天冲浪营", "5-day surf camp", "camp", 4980, 7980, 5),
    "camp_7d": ("7天冲浪营", "7-day surf camp", "camp", 6580, 9980, 7),
}
LEVELS = {"whitewater": "白水初学", "green_wave": "绿浪进阶", "lineup": "外海高阶"}
CHANNELS = {"xiaohongshu": "小红书", "ota": "OTA平台", "website": "官网", "referral": "朋友推荐"}
OTAS = ["Ctrip", "Klook", "Fliggy"]
CITIES = {"Shanghai": "上海", "Beijing": "北京", "Shenzhen": "深圳", "Guangzhou": "广州", "Hangzhou": "杭州",
          "Chengdu": "成都", "Overseas": "海外"}
TIERS = {"ripple": "浪花会员", "silver": "银浪会员", "gold": "金浪会员"}
RENTALS = {"board": ("冲浪板", 150), "wetsuit": ("防寒衣", 80), "board_wetsuit": ("板+防寒衣", 200)}
ORDER_TYPES = {"lesson": "课程", "camp_deposit": "营地订金", "camp_balance": "营地尾款", "rental": "装备租赁",
               "video_package": "跟拍套餐"}
CANCEL_REASONS = {"weather": "天气/浪况", "personal": "个人原因", "balance_unpaid": "尾款未付"}

# ---- feedback texts: every topic has its own markers (see gold.py); generic texts carry none of them
T = {
    "weather": (["因为天气取消了，前一晚十点才通知，机票酒店都订好了", "台风来了课被取消，能理解，但改期流程太折腾",
                 "到了海边才说浪太大不能下水，白跑一趟", "连着两天因为天气停课，假期就这么没了"],
                ["Lesson got cancelled because of the weather and we only heard the night before",
                 "Typhoon warning so the class was called off, rescheduling was a hassle",
                 "Drove to the beach at 7am just to be told the surf was totally flat",
                 "Two days in a row cancelled for weather, most of my holiday gone"]),
    "video_late": (["跟拍视频等了一个星期还没发，催了好几次", "视频还没发，说剪辑师忙不过来", "花钱买的视频到现在都没收到"],
                   ["Paid for the video package and still waiting a week later", "The footage took forever to arrive",
                    "Still no video from my session, had to chase them three times"]),
    "wetsuit": (["租的防寒衣一股霉味，还有个破洞", "防寒衣拉链坏的，穿着漏水又冷", "防寒衣明显没洗过，很不卫生"],
                ["Rental wetsuit smelled awful and had a tear in the knee", "Wetsuit zip was broken, freezing the whole time",
                 "The wetsuit clearly hadn't been washed"]),
    "crowded": (["一个教练带八个人，人太多根本顾不过来", "春节人太多了，排队等板等半天", "团课人太多，教练顾不过来，基本靠自己"],
                ["Way too many people in the group lesson, one coach for eight of us", "Too crowded over the holiday, barely got any waves",
                 "Group was too crowded, coach couldn't watch everyone"]),
    "deposit": (["尾款没来得及付就被取消了，定金一分不退", "定金不退太霸道了，提前三周说的", "营期改不了，定金就这么没了"],
                ["They kept my whole deposit even though I cancelled three weeks ahead", "Deposit can't be returned, nobody told me clearly",
                 "Lost the camp deposit because I missed the balance date"]),
    "refund_slow": (["退款一个多星期了还没到账", "平台退款太慢了，客服只会让等", "退款拖了十天"],
                    ["Refund through the booking app still hasn't arrived after a week", "Refund took ten days, really slow",
                     "Still waiting for my refund"]),
    "dorm": (["营地宿舍太旧了，空调还漏水", "宿舍有点潮，床板很硬", "宿舍隔音差，晚上睡不好"],
             ["The camp dorm was musty and the AC leaked", "Dorm beds were rock hard", "Thin dorm walls, hardly slept"]),
    "stood_up": (["第一次上课就站起来了，太爽了！", "第二节课终于站起来了，感动", "零基础也站起来了，推荐"],
                 ["I stood up on my second try!!", "Caught my first wave and stood up, unreal feeling",
                  "Total beginner and I stood up on day one"]),
    "coach": (["教练特别耐心，一个动作一个动作纠正", "教练超级耐心，讲解也清楚", "遇到很耐心的教练，安全感满满"],
              ["Super patient instructor, corrected my pop-up every time", "Coach was so patient with our kids",
               "Really patient coaching and clear explanations"]),
    "price": (["课是好课，就是有点太贵了", "营地价格太贵，性价比一般"],
              ["Great lessons but pricey for what you get", "Camp felt expensive compared to other schools"]),
}
GENERIC_POS = (["整体体验很好，下次还来", "海边日落绝了，氛围很好", "很开心的一次冲浪之旅", "安排得很周到，推荐给朋友"],
               ["Great vibe, will come back", "Amazing sunsets and good people", "Loved the whole trip", "Well organised, would recommend"])
GENERIC_NEU = (["还行吧，中规中矩", "一般般，和想象的差不多", "体验还可以"],
               ["It was ok", "Fine, nothing special", "Decent, about what I expected"])
NEGATIVE = {"weather", "video_late", "wetsuit", "crowded", "deposit", "refund_slow", "dorm", "price"}


def ts_str(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def day_weights():
    days = [START + D(days=i) for i in range((END - START).days + 1)]
    season = {1: 1.3, 2: 1.5, 3: 1.1, 4: 0.9, 5: 1.0, 6: 1.0, 7: 1.35, 8: 1.3, 9: 0.8, 10: 1.2, 11: 0.9, 12: 1.1}
    w = np.array([(0.7 + 0.8 * i / len(days)) * season[d.month] for i, d in enumerate(days)])
    return days, w / w.sum()


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.cust = []
        self.n_bk = 0
        self.n_ev = 0
        self.n_ord = 0
        self.spend = {}
        self.paid_bk = {}

    # ---------- helpers
    def ev(self, c, t, tp, sid=None, action=None, channel=None, device=None, bk=None, **extra):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["id"], ts=ts_str(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=device if device is not None else c["device"],
                   channel=channel if channel is not None else c["book_channel"])
        if bk:
            sp, pr = SPOTS[bk["spot"]], PRODUCTS[bk["product"]]
            row.update(spot_id=bk["spot"], spot=sp[0], spot_en=sp[1], destination=sp[2], 目的地=sp[3],
                       product=bk["product"], 产品=pr[0], level=bk["level"], 浪级=LEVELS[bk["level"]],
                       start_date=bk["start"].strftime("%Y-%m-%d"),
                       ota_platform=c["ota"] if c["book_channel"] == "ota" else None)
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, c, t, amount, otype, bk, status="paid", refunded_at=None):
        if t > END:
            return None
        self.n_ord += 1
        sp, pr = SPOTS[bk["spot"]], PRODUCTS[bk["product"]]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=ts_str(t), amount=f"{amount:.2f}",
                   status=status, channel=c["book_channel"], device=c["device"], order_type=otype,
                   订单类型=ORDER_TYPES[otype], booking_id=bk["id"], spot_id=bk["spot"], spot=sp[0], spot_en=sp[1],
                   destination=sp[2], 目的地=sp[3], product=bk["product"], 产品=pr[0], level=bk["level"],
                   ota_platform=c["ota"] if c["book_channel"] == "ota" else None, currency="CNY",
                   refunded_at=ts_str(refunded_at) if refunded_at and refunded_at <= END else None)
        self.orders.append(row)
        if status == "paid":
            self.spend[c["id"]] = self.spend.get(c["id"], 0) + amount
        return row

    def text(self, topics, lang, stars=None):
        li = 0 if lang == "zh" else 1
        parts = []
        for tp in topics:
            pool = T[tp][li]
            parts.append(pool[int(rng.integers(len(pool)))])
        if not topics:
            pool = (GENERIC_NEU if stars is not None and stars <= 3 else GENERIC_POS)[li]
            parts.append(pool[int(rng.integers(len(pool)))])
        sep = "，" if lang == "zh" else ". "
        return sep.join(parts)

    def fb(self, c, t, tp, channel, topics, bk=None, rating=None, nps=None, no_ts=False, no_cust=False):
        if t is not None and t > END:
            return
        lang = c["lang"]
        fid = f"F{len(self.feedback) + 1:05d}"
        sent = ("negative" if set(topics) & NEGATIVE else
                ("neutral" if (not topics and ((rating is not None and rating <= 3) or (nps is not None and nps <= 6)))
                 else "positive"))
        txt = self.text(topics, lang, rating if rating is not None else (None if nps is None else (3 if nps <= 6 else 5)))
        row = dict(feedback_id=fid, text=txt, ts=None if (no_ts or t is None) else ts_str(t),
                   customer_id=None if no_cust else c["id"], touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, language=lang)
        if bk:
            sp = SPOTS[bk["spot"]]
            row.update(booking_id=bk["id"], spot_id=bk["spot"], spot=sp[0], spot_en=sp[1], destination=sp[2],
                       目的地=sp[3], product=bk["product"],
                       ota_platform=c["ota"] if channel == "ota_review" else None)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))

    # ---------- customers
    def make_customers(self):
        days, w = day_weights()
        idx = rng.choice(len(days), size=N_CUST, p=w)
        for i, di in enumerate(sorted(idx)):
            t = days[di] + D(hours=float(rng.uniform(8, 23.5)))
            region = rng.choice(list(CITIES), p=[0.22, 0.15, 0.14, 0.10, 0.11, 0.10, 0.18])
            ch = rng.choice(list(CHANNELS), p=[0.42, 0.24, 0.19, 0.15])
            if region == "Overseas":
                ch = rng.choice(list(CHANNELS), p=[0.05, 0.55, 0.30, 0.10])
            age = rng.choice(["18-24", "25-34", "35-44", "45-54", "55+"], p=[0.22, 0.46, 0.21, 0.085, 0.025])
            dev = rng.choice(["ios", "android", "pc"], p=[0.55, 0.35, 0.10])
            if ch == "website":
                dev = rng.choice(["ios", "android", "pc"], p=[0.3, 0.2, 0.5])
            level = rng.choice(list(LEVELS), p=[0.66, 0.24, 0.10])
            if age == "55+":
                level = rng.choice(list(LEVELS), p=[0.3, 0.3, 0.4])
            lang = ("en" if rng.random() < 0.85 else "zh") if region == "Overseas" else ("en" if rng.random() < 0.02 else "zh")
            book_channel = {"xiaohongshu": "mini_program", "ota": "ota", "website": "web", "referral": "wechat"}[ch]
            self.cust.append(dict(id=f"C{i + 1:05d}", signup=t, region=region, channel=ch, age=age, device=dev,
                                  level=level, lang=lang, book_channel=book_channel,
                                  ota=rng.choice(OTAS, p=[0.5, 0.35, 0.15]) if ch == "ota" else None,
                                  gender=rng.choice(["female", "male"], p=[0.56, 0.44]), bookings=[]))

    # ---------- one booking
    def choose_spot(self, c, t, level):
        bali = {"Overseas": 0.75}.get(c["region"], 0.30)
        if t.month in (6, 7, 8):
            bali += 0.15
        if t.month in (11, 12, 1, 2, 3):
            bali -= 0.08
        if rng.random() < bali:
            if level == "lineup" and t >= ULUWATU_OPEN and rng.random() < 0.35:
                return "S5"
            return "S3" if (level == "whitewater" and rng.random() < 0.6) or rng.random() < 0.4 else "S4"
        return "S1" if rng.random() < 0.55 else "S2"

    def choose_product(self, c, level):
        p = {"whitewater": [0.55, 0.16, 0.20, 0.09], "green_wave": [0.30, 0.20, 0.25, 0.25],
             "lineup": [0.10, 0.45, 0.15, 0.30]}[level]
        if c["age"] == "55+":
            p = [0.05, 0.45, 0.15, 0.35]
        return rng.choice(list(PRODUCTS), p=p)

    def booking(self, c, t_book, level, rebook=False):
        self.n_bk += 1
        bid = f"SW{self.n_bk:06d}"
        product = self.choose_product(c, level)
        spot = self.choose_spot(c, t_book, level)
        kind, days = PRODUCTS[product][2], PRODUCTS[product][5]
        price = PRODUCTS[product][3 if SPOTS[spot][2] == "Hainan" else 4]
        if spot == "S5":
            price = int(price * 1.15)
        lead = float(rng.uniform(2, 21)) if kind == "lesson" else float(rng.uniform(24, 75))
        start = (t_book + D(days=lead)).replace(hour=8, minute=0, second=0)
        bk = dict(id=bid, product=product, spot=spot, level=level, start=start)
        self.ev(c, t_book, "tp_book", bid, "submit", bk=bk)
        pay_p = {"xiaohongshu": 0.76, "ota": 0.96, "website": 0.86, "referral": 0.93}[c["channel"]]
        if rebook:
            pay_p = 0.93
        if rng.random() > pay_p:
            return None
        t_pay = t_book + D(minutes=float(rng.exponential(40)) + 1)
        if t_pay > END:
            return None
        vid = rng.random() < {"group_lesson": 0.2, "private_lesson": 0.45, "camp_5d": 0.35, "camp_7d": 0.4}[product]
        vprice = 399 if kind == "lesson" else 899
        if kind == "lesson":
            pay_amt = price
            self.ev(c, t_pay, "tp_pay", bid, "pay_full", bk=bk, amount=price + (vprice if vid else 0))
        else:
            pay_amt = round(price * 0.3)
            self.ev(c, t_pay, "tp_pay", bid, "pay_deposit", bk=bk, amount=pay_amt + (vprice if vid else 0))
        self.paid_bk[c["id"]] = self.paid_bk.get(c["id"], 0) + 1
        main = self.order(c, t_pay, pay_amt, "lesson" if kind == "lesson" else "camp_deposit", bk)
        vorder = self.order(c, t_pay, vprice, "video_package", bk) if vid else None
        c["bookings"].append(bk)
        refundable = [o for o in (main, vorder) if o]

        # camp balance
        if kind == "camp":
            t_bal = start - D(days=float(rng.uniform(10, 18)), hours=float(rng.uniform(-6, 6)))
            bal_p = {"xiaohongshu": 0.80, "ota": 0.93, "website": 0.91, "referral": 0.95}[c["channel"]]
            if rng.random() < bal_p:
                self.ev(c, t_bal, "tp_balance", bid, "pay_balance", bk=bk, amount=price - pay_amt)
                bo = self.order(c, t_bal, price - pay_amt, "camp_balance", bk)
                if bo:
                    refundable.append(bo)
            else:
                t_c = t_bal + D(days=float(rng.uniform(1, 3)))
                self.ev(c, t_c, "tp_cancel", bid, "auto_cancel", bk=bk, cancel_reason="balance_unpaid",
                        取消原因=CANCEL_REASONS["balance_unpaid"])
                t_r = t_c + D(days=float(rng.uniform(0.5, 2)))
                if vorder and t_r <= END:     # the video package is refunded, the deposit is kept
                    self.ev(c, t_r, "tp_refund", bid, "refund", bk=bk, refund_amount=f"{vprice:.2f}")
                    vorder["status"], vorder["refunded_at"] = "refunded", ts_str(t_r)
                    self.spend[c["id"]] -= vprice
                if t_c <= END and rng.random() < 0.6:
                    self.fb(c, t_c + D(hours=float(rng.uniform(2, 48))), "tp_cancel", "wechat_ticket", ["deposit"], bk)
                return None
        # customer cancels a lesson
        if kind == "lesson" and rng.random() < 0.04:
            t_c = t_pay + (start - t_pay) * float(rng.uniform(0.2, 0.8))
            self.ev(c, t_c, "tp_cancel", bid, "customer_cancel", bk=bk, cancel_reason="personal",
                    取消原因=CANCEL_REASONS["personal"])
            self.refund(c, t_c, bk, refundable)
            return None
        # weather
        sp_dest = SPOTS[spot][2]
        if kind == "lesson":
            if sp_dest == "Hainan":
                p_w = 0.27 if TYPHOON_25[0] <= start < TYPHOON_25[1] else (0.13 if start.year == 2026 and start.month in (8, 9, 10) else 0.05)
            else:
                p_w = 0.11 if (spot == "S4" and start.month in (12, 1, 2, 3)) else 0.04
            if rng.random() < p_w:
                t_c = (start - D(days=1)).replace(hour=int(rng.integers(19, 23)), minute=int(rng.integers(0, 60))) \
                    if rng.random() < 0.6 else start.replace(hour=6, minute=int(rng.integers(15, 59)))
                if t_c > END:
                    return None
                self.ev(c, t_c, "tp_cancel", bid, "weather_cancel", bk=bk, cancel_reason="weather",
                        取消原因=CANCEL_REASONS["weather"])
                resched_p = 0.42 if c["channel"] == "ota" else 0.6
                if rng.random() < resched_p:
                    t_rs = t_c + D(hours=float(rng.uniform(0.5, 12)))
                    start = start + D(days=int(rng.integers(2, 10)))
                    self.ev(c, t_rs, "tp_reschedule", bid, "reschedule", bk=bk, new_start_date=start.strftime("%Y-%m-%d"))
                    bk["weather_hit"] = True
                else:
                    self.refund(c, t_c, bk, refundable)
                    if rng.random() < 0.35:
                        self.fb(c, t_c + D(hours=float(rng.uniform(1, 30))), "tp_cancel",
                                "wechat_ticket" if rng.random() < 0.5 else "xiaohongshu_note", ["weather"], bk,
                                no_ts=rng.random() < 0.3)
                    return None
        self.trip(c, bk, start, kind, days, vid and vorder is not None)
        return bk

    def refund(self, c, t_c, bk, refundable):
        slow = c["book_channel"] == "ota"
        t_r = t_c + D(days=float(rng.uniform(4, 11)) if slow else float(rng.uniform(0.2, 2)))
        amt = sum(float(o["amount"]) for o in refundable)
        if t_r > END:          # refund still pending at the extract date: orders stay paid
            return
        self.ev(c, t_r, "tp_refund", bk["id"], "refund", bk=bk, refund_amount=f"{amt:.2f}")
        for o in refundable:
            o["status"] = "refunded"
            o["refunded_at"] = ts_str(t_r)
            self.spend[c["id"]] -= float(o["amount"])
        if slow and (t_r - t_c).days >= 6 and rng.random() < 0.5:
            self.fb(c, t_c + D(days=5.5), "tp_refund", "wechat_ticket", ["refund_slow"], bk)

    def trip(self, c, bk, start, kind, days, vid):
        spot, product = bk["spot"], bk["product"]
        beach = dict(channel="beach", device="")
        if kind == "camp":
            t_ci = start.replace(hour=int(rng.integers(14, 18)), minute=int(rng.integers(0, 60))) - D(days=1)
        else:
            t_ci = start.replace(hour=7, minute=int(rng.integers(20, 59)))
        if t_ci > END:
            return
        self.ev(c, t_ci, "tp_checkin", bk["id"], "camp_checkin" if kind == "camp" else "beach_checkin", bk=bk, **beach)
        wetsuit_bad = False
        rent_p = {"group_lesson": 0.22, "private_lesson": 0.5, "camp_5d": 0.33, "camp_7d": 0.36}[product]
        if rng.random() < rent_p:
            item = rng.choice(list(RENTALS), p=[0.45, 0.3, 0.25])
            t_r = t_ci + D(minutes=float(rng.uniform(5, 20)))
            amt = RENTALS[item][1] * days
            self.ev(c, t_r, "tp_rental", bk["id"], "rent", bk=bk, rental_item=item, 租赁装备=RENTALS[item][0],
                    amount=amt, **beach)
            self.order(c, t_r, amt, "rental", bk)
            if item != "board":
                wetsuit_bad = rng.random() < (0.5 if spot == "S2" else 0.05)
        crowded = (product != "private_lesson" and spot == "S1" and RIYUE_PEAK[0] <= start < RIYUE_PEAK[1])
        ratio = 1 if product == "private_lesson" else (int(rng.integers(7, 10)) if crowded else int(rng.integers(3, 6)))
        stood = None
        t_last = None
        for d in range(days):
            t_l = (start + D(days=d)).replace(hour=int(rng.integers(7, 10)), minute=int(rng.integers(0, 60)))
            if d == 0 and kind == "lesson":
                t_l = t_ci + D(minutes=float(rng.uniform(20, 45)))
            if t_l > END:
                break
            extra = dict(lesson_no=d + 1, coach_id=f"CO{int(rng.integers(1, 25)):02d}", students_per_coach=ratio)
            if d == 0 and bk["level"] == "whitewater":
                p = 0.62 + (0.2 if spot == "S3" else 0) + (0.15 if product == "private_lesson" else 0) - (0.25 if crowded else 0)
                stood = bool(rng.random() < min(p, 0.95))
                extra["stood_up"] = "true" if stood else "false"
            self.ev(c, t_l, "tp_lesson", bk["id"], "surf", bk=bk, **extra, **beach)
            t_last = t_l
        if t_last is None:
            return
        delay_days = None
        if vid:
            med = 5.0 if (spot == "S4" and CANGGU_EDITOR[0] <= start < CANGGU_EDITOR[1]) else 0.9
            delay_days = float(rng.lognormal(np.log(med), 0.45))
            self.ev(c, t_last + D(days=delay_days), "tp_video", bk["id"], "delivered", bk=bk, device=c["device"])
        late = delay_days is not None and delay_days > 3
        dorm_bad = kind == "camp" and rng.random() < (0.35 if spot == "S1" else 0.05)
        # review (in-app / web, rated), after the last surf day
        topics = []
        if late and rng.random() < 0.8:
            topics.append("video_late")
        if crowded and rng.random() < 0.75:
            topics.append("crowded")
        if wetsuit_bad and rng.random() < 0.85:
            topics.append("wetsuit")
        if dorm_bad and rng.random() < 0.8:
            topics.append("dorm")
        if bk.get("weather_hit") and rng.random() < 0.4:
            topics.append("weather")
        if rng.random() < 0.04:
            topics.append("price")
        neg = bool(topics)
        if not neg:
            if stood and rng.random() < 0.5:
                topics.append("stood_up")
            if rng.random() < 0.3:
                topics.append("coach")
        stars = 4.55 + (0.6 if spot == "S5" else 0) - (0.15 if spot == "S2" else 0)
        stars -= 2.1 * ("video_late" in topics) + 2.2 * ("crowded" in topics) + 2.3 * ("wetsuit" in topics) \
            + 1.5 * ("dorm" in topics) + 1.1 * ("weather" in topics) + 0.9 * ("price" in topics)
        stars += 0.2 * bool(stood)
        stars = int(np.clip(round(stars + rng.normal(0, 0.55)), 1, 5))
        if spot == "S5":
            stars = max(stars, 4)
        bk["stars"] = stars
        t_rv = t_last + D(hours=float(rng.uniform(3, 40)))
        if rng.random() < (0.5 if c["lang"] == "en" else 0.58):
            self.ev(c, t_rv, "tp_review", bk["id"], "review", bk=bk, stars=stars)
            tp = {"video_late": "tp_video", "crowded": "tp_lesson", "wetsuit": "tp_rental", "dorm": "tp_checkin",
                  "weather": "tp_cancel", "stood_up": "tp_lesson", "coach": "tp_lesson"}.get(topics[0] if topics else "",
                                                                                           "tp_review")
            self.fb(c, t_rv, tp, "app_review", topics, bk, rating=stars, no_cust=rng.random() < 0.005)
        if c["book_channel"] == "ota" and rng.random() < 0.35:
            r2 = int(np.clip(stars + rng.integers(-1, 1), 1, 5))
            tp = {"video_late": "tp_video", "crowded": "tp_lesson", "wetsuit": "tp_rental", "dorm": "tp_checkin",
                  "weather": "tp_cancel"}.get(topics[0] if topics else "", "tp_review")
            self.fb(c, t_last + D(days=float(rng.uniform(1, 5))), tp, "ota_review", topics, bk, rating=r2)
        if kind == "camp" and rng.random() < 0.5:
            nps = int(np.clip(round(9.3 - 1.6 * neg - 1.2 * ("dorm" in topics) + (0.5 if bk["level"] == "green_wave" else 0)
                                    + rng.normal(0, 1.2)), 0, 10))
            self.fb(c, t_last + D(days=float(rng.uniform(1, 4))), "tp_review", "survey",
                    [x for x in topics if x in ("dorm", "video_late", "weather")], bk, nps=nps)
        if late and rng.random() < 0.3:
            self.fb(c, t_last + D(days=4), "tp_video", "wechat_ticket", ["video_late"], bk, no_cust=rng.random() < 0.1)
        if c["channel"] == "xiaohongshu" and rng.random() < 0.25:
            xt = [x for x in topics if x in ("crowded", "weather", "stood_up", "coach")] or []
            self.fb(c, t_last + D(days=float(rng.uniform(0.5, 6))),
                    "tp_lesson" if xt else "tp_review", "xiaohongshu_note", xt, bk, no_ts=rng.random() < 0.5)
        bk["done"] = t_last
        bk["stood"] = stood

    # ---------- customer life
    def run(self):
        self.make_customers()
        for c in self.cust:
            t = c["signup"]
            self.ev(c, t, "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > 0.9:
                continue
            t_b = t + D(minutes=float(rng.uniform(1, 30)))
            self.ev(c, t_b, "tp_browse", None, "view")
            if rng.random() < 0.4:
                self.ev(c, t_b + D(hours=float(rng.uniform(0.1, 20))), "tp_consult", None, "message", channel="wechat")
            book_p = {"xiaohongshu": 0.36, "ota": 0.72, "website": 0.56, "referral": 0.76}[c["channel"]]
            if rng.random() > book_p:
                continue
            t_bk = t_b + D(days=float(rng.exponential(1.6)) if rng.random() < 0.9 else float(rng.uniform(7.5, 25)))
            if t_bk > END:
                continue
            level = c["level"]
            if c["age"] == "55+":
                level = rng.choice(list(LEVELS), p=[0.3, 0.3, 0.4])
            bk = self.booking(c, t_bk, level)
            n = 0
            while bk is not None and bk.get("done") and n < 3:
                rb_p = {"xiaohongshu": 0.30, "ota": 0.12, "website": 0.32, "referral": 0.48}[c["channel"]]
                rb_p += 0.08 * bool(bk.get("stood")) - 0.15 * (bk.get("stars", 5) <= 2)
                if c["age"] == "55+":
                    rb_p = 0.75
                if rng.random() > rb_p:
                    break
                t_rb = bk["done"] + D(days=float(rng.uniform(20, 90)) if rng.random() < 0.7 else float(rng.uniform(90, 320)))
                if t_rb > END:
                    break
                if bk["level"] == "whitewater" and rng.random() < 0.4:
                    level = "green_wave"
                sid_next = f"SW{self.n_bk + 1:06d}"
                self.ev(c, t_rb, "tp_rebook", sid_next, "rebook", channel=c["book_channel"])
                bk = self.booking(c, t_rb + D(hours=float(rng.uniform(0.1, 48))), level, rebook=True)
                n += 1
            c["level_end"] = level

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = self.spend.get(c["id"], 0)
            tier = "gold" if spend >= 9000 else ("silver" if spend >= 3000 else "ripple")
            paid = [b for b in c["bookings"]]
            if not paid:
                seg = "prospect"
            elif len(paid) >= 2:
                seg = "returning"
            elif max(b["start"] for b in paid) < datetime(2025, 12, 1):
                seg = "at_risk"
            elif min(b["start"] for b in paid) >= datetime(2026, 5, 1):
                seg = "new"
            else:
                seg = "one_time"
            lvl = c.get("level_end", c["level"])
            rows.append(dict(customer_id=c["id"], signup_at=ts_str(c["signup"]), segment=seg, region=c["region"],
                             常住城市=CITIES[c["region"]], acquisition_channel=c["channel"], 获客渠道=CHANNELS[c["channel"]],
                             tier=tier, 会员等级=TIERS[tier], surf_level=lvl, 浪级=LEVELS[lvl], age_band=c["age"],
                             gender=c["gender"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "spot_id", "spot", "spot_en", "destination", "目的地", "product", "产品", "level", "浪级", "start_date",
           "ota_platform", "amount", "cancel_reason", "取消原因", "refund_amount", "new_start_date", "rental_item",
           "租赁装备", "lesson_no", "coach_id", "students_per_coach", "stood_up", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "spot_id", "spot", "spot_en", "destination", "目的地", "product", "产品", "level",
            "ota_platform", "currency", "refunded_at"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "spot_id", "spot", "spot_en", "destination", "目的地", "product", "ota_platform"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "常住城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "surf_level", "浪级", "age_band", "gender", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=20, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
