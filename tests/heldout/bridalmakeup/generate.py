"""妆点 GlowDay: a bridal makeup & hairstyling studio in four cities (Shanghai, Hangzhou, Suzhou, Nanjing) working with
freelance makeup artists (化妆师). A bride finds us (a Xiaohongshu note, WeChat, Dianping, a friend's referral or a
wedding fair), sends an enquiry (私信咨询), books and pays a trial (试妆), comes to the trial, pays the deposit
(定金) for a wedding-day package (基础款 / 精致款 / 奢华款), may add bridesmaid makeup (伴娘妆) and pay a travel fee
(车马费) for far venues, gets her wedding-day artist confirmed (派单), sometimes has the artist changed (换化妆师),
pays the balance (尾款) a week before the wedding, is made up on the wedding morning (early call times, 出妆),
gets touch-ups (补妆) during the day, sends back photos and reviews us (返图评价) and sometimes refers a friend.
Events 2024-07-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, about 2 s. Planted patterns: README.md.
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
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 8000
PEAK_CHANGE = (datetime(2025, 9, 20), datetime(2025, 10, 9))   # National Day peak: freelancers double-booked
SUMMER = (6, 7, 8)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "种草发现", "Discover GlowDay", "awareness", "social", "digital", "marketing",
     "种草|刷到|看到笔记|小红书看到|发现|首次接触|discover|found us|saw the post"),
    ("tp_enquiry", "私信咨询", "Enquiry (DM)", "consideration", "social", "digital", "sales",
     "咨询|私信|问档期|问价|加微信|enquiry|inquiry|DM|asked about dates"),
    ("tp_trial_book", "预约试妆", "Trial booked", "consideration", "mini_program", "digital", "sales",
     "约试妆|预约试妆|订试妆|试妆预约|book a trial|trial booking"),
    ("tp_trial", "试妆", "Trial makeup", "consideration", "store", "physical", "artists",
     "试妆|试造型|到店试妆|trial|makeup trial|trial session"),
    ("tp_deposit", "付定金订档", "Deposit paid (date locked)", "purchase", "mini_program", "digital", "sales",
     "定金|订金|订档|锁档|下定|签约|deposit|booked the date|lock the date"),
    ("tp_assign", "确认化妆师", "Artist confirmed", "service", "other", "digital", "artists",
     "派单|确认化妆师|分配化妆师|指定化妆师|artist assigned|artist confirmed"),
    ("tp_artist_change", "更换化妆师", "Artist changed", "service", "other", "digital", "artists",
     "换化妆师|换人|化妆师变更|临时换人|artist change|artist swapped|replacement artist"),
    ("tp_final_pay", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "finance",
     "尾款|付尾款|结尾款|balance|final payment"),
    ("tp_wedding_day", "婚礼当天出妆", "Wedding-day makeup", "service", "store", "physical", "artists",
     "婚礼当天|出妆|跟妆|新娘妆|早妆|化妆师到场|wedding day|wedding morning|bridal makeup|call time"),
    ("tp_touchup", "补妆换造型", "Touch-up / look change", "service", "store", "physical", "artists",
     "补妆|换造型|换发型|晚宴造型|touch-up|touch up|look change|second look"),
    ("tp_photo_review", "返图评价", "Photo review", "loyalty", "mini_program", "digital", "customer_care",
     "返图|晒图|评价|打分|成片|photo review|review|rating"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退定金|退钱|refund|money back|deposit refund"),
    ("tp_referral", "转介绍", "Referral", "loyalty", "social", "digital", "marketing",
     "转介绍|推荐朋友|老带新|referral|referred a friend"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("booking", "咨询到订档", "Enquiry to booking", ["tp_enquiry", "tp_trial_book", "tp_trial", "tp_deposit"], 60),
    ("trial", "试妆转化", "Trial conversion", ["tp_trial", "tp_deposit"], 30),
    ("awareness", "种草到咨询", "Discovery to enquiry", ["tp_discover", "tp_enquiry"], 14),
    ("weddingday", "婚礼当天服务", "Wedding-day service", ["tp_wedding_day", "tp_touchup", "tp_photo_review"], 14),
]
CITIES = {"Shanghai": "上海", "Hangzhou": "杭州", "Suzhou": "苏州", "Nanjing": "南京"}
CITY_P = [0.42, 0.24, 0.19, 0.15]
CHANNELS = {  # zh, share, p_enquiry, p_trial_book, p_deposit_factor
    "xiaohongshu": ("小红书", 0.45, 0.55, 0.30, 0.85),
    "wechat": ("微信", 0.19, 0.75, 0.50, 1.0),
    "dianping": ("大众点评", 0.16, 0.70, 0.52, 1.0),
    "referral": ("老客转介绍", 0.12, 0.92, 0.78, 1.25),
    "wedding_fair": ("婚博会", 0.08, 0.80, 0.55, 0.95),
}
STYLES = {"chinese": ("中式", 0.3), "western": ("西式", 0.4), "both": ("中西合璧", 0.3)}
VENUES = {"hotel": ("酒店", 0.62), "outdoor_lawn": ("户外草坪", 0.22), "home": ("家中", 0.16)}
PACKAGES = {  # zh, price, deposit, trial fee
    "basic": ("基础款", 2999, 1000), "signature": ("精致款", 4999, 1500), "luxe": ("奢华款", 7999, 2500)}
LEVELS = {"junior": ("初级化妆师", 299, 0.46), "senior": ("资深化妆师", 399, 0.60), "chief": ("首席化妆师", 599, 0.72)}
ARTISTS = [  # id, zh, en, city, level, p_late, joined
    ("A01", "周晓晴", "Zoe Zhou", "Shanghai", "chief", 0.05, START),
    ("A02", "陈默", "Mo Chen", "Shanghai", "senior", 0.06, START),
    ("A03", "林可可", "Coco Lin", "Shanghai", "senior", 0.36, START),
    ("A04", "王一一", "Yiyi Wang", "Shanghai", "senior", 0.07, START),
    ("A05", "赵甜", "Tina Zhao", "Shanghai", "junior", 0.08, START),
    ("A06", "许诺", "Nora Xu", "Shanghai", "junior", 0.07, START),
    ("A07", "孙悦", "Yue Sun", "Shanghai", "chief", 0.04, START),
    ("A08", "钱小满", "Mandy Qian", "Shanghai", "junior", 0.09, datetime(2025, 3, 1)),
    ("A09", "吴桐", "Tong Wu", "Hangzhou", "chief", 0.05, START),
    ("A10", "郑雪", "Snow Zheng", "Hangzhou", "senior", 0.06, START),
    ("A11", "冯嘉", "Jia Feng", "Hangzhou", "junior", 0.08, START),
    ("A12", "蒋琳", "Lynn Jiang", "Hangzhou", "senior", 0.07, START),
    ("A13", "沈婉", "Wan Shen", "Suzhou", "chief", 0.06, START),
    ("A14", "韩梅", "May Han", "Suzhou", "senior", 0.08, START),
    ("A15", "杨柳", "Willow Yang", "Suzhou", "junior", 0.09, START),
    ("A16", "朱丹", "Dan Zhu", "Nanjing", "chief", 0.05, START),
    ("A17", "秦月", "Luna Qin", "Nanjing", "senior", 0.07, START),
    ("A18", "何苗", "Miao He", "Nanjing", "junior", 0.08, START),
    ("A19", "罗琦", "Kiki Luo", "Nanjing", "senior", 0.06, START),
    ("A20", "唐糖", "Candy Tang", "Hangzhou", "junior", 0.07, datetime(2025, 6, 1)),
    ("A21", "莫莫", "Momo Mo", "Nanjing", "junior", 0.55, datetime(2025, 10, 1)),  # new, few weddings, often late
]
LEVEL_W = {"junior": 1.0, "senior": 1.3, "chief": 0.75}
REASONS = {"trial_cancelled": "试妆取消", "wedding_cancelled": "婚礼取消/改期", "artist_change": "换化妆师后退订"}
ORDER_TYPES = {"trial": "试妆费", "deposit": "定金", "balance": "尾款", "bridesmaid_addon": "伴娘妆加购",
               "travel_fee": "车马费", "touchup_addon": "跟妆加时"}

# ---------- feedback text ----------
T = {
    "late": {
        "zh": ["化妆师迟到了{m}分钟，早上急死我了", "说好{ct}到，化妆师迟到了快{m}分钟才来",
               "婚礼当天化妆师迟到，差点耽误接亲", "化妆师迟到了，出门时间全被打乱"],
        "en": ["The artist showed up {m} minutes late on my wedding morning", "Our artist was late by {m} minutes, "
               "we almost missed the first look", "artist arrived late and everything ran behind"],
    },
    "not_lasting": {
        "zh": ["中午就脱妆了，T区全花", "妆不持久，敬酒的时候已经脱妆卡粉", "户外太热，妆面浮粉脱妆很严重",
               "底妆卡粉，拍出来很明显"],
        "en": ["my makeup didn't last past the ceremony", "the makeup melted by noon, foundation was patchy",
               "makeup didn't last in the heat, had to blot every hour"],
    },
    "artist_change": {
        "zh": ["临时换了化妆师，说好的老师没来", "婚礼前一周通知换化妆师，很不爽", "试妆的老师被换掉了，心里没底"],
        "en": ["they switched my artist a week before the wedding", "my artist was changed last minute without "
               "asking me", "booked one artist, got a replacement artist on the day"],
    },
    "mismatch": {
        "zh": ["当天效果和试妆不一样，眼妆画重了", "跟试妆时的感觉差很多"],
        "en": ["the look was nothing like my trial", "it looked different from the trial, much heavier"],
    },
    "hair_loose": {
        "zh": ["盘发没到晚宴就散了", "发型散了好几次，一直在夹"],
        "en": ["my updo came loose before the reception", "hair came loose during the first dance"],
    },
    "travel_fee": {
        "zh": ["车马费收得有点多", "郊区场地车马费太贵了"],
        "en": ["the travel fee was steep for a 40 km drive", "travel fee felt overpriced"],
    },
    "refund_slow": {
        "zh": ["定金退款好慢，催了好几次", "退款一周了还没到账"],
        "en": ["deposit refund took forever", "still waiting for my refund after a week"],
    },
    "praise_look": {
        "zh": ["妆面很自然很显白，老公都看呆了", "化妆师手法很好，妆容精致又自然", "新娘妆超美，亲友都夸",
               "造型很仙，返图每张都好看"],
        "en": ["I looked stunning, so natural and flawless", "absolutely loved my bridal look, natural and glowy",
               "the makeup was flawless in every photo"],
    },
    "praise_punctual": {
        "zh": ["化妆师提前十分钟到，很专业", "准时到场，流程安排得很好"],
        "en": ["our artist arrived early and was super professional", "punctual and calm, made the morning easy"],
    },
    "trial_good": {
        "zh": ["试妆沟通很细致，改了两版很满意", "试妆体验不错，老师很耐心"],
        "en": ["the trial was thorough and the artist listened", "great trial session, very patient artist"],
    },
    "neutral": {
        "zh": ["整体还可以", "中规中矩吧", "还行，没什么特别的"],
        "en": ["it was fine overall", "ok, nothing special"],
    },
}


def fmt(s, **kw):
    for k, v in kw.items():
        s = s.replace("{" + k + "}", str(v))
    return s


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(options, p):
    p = np.asarray(p, dtype=float)
    return options[int(rng.choice(len(options), p=p / p.sum()))]


def season_w(d: datetime) -> float:
    w = {1: 0.55, 2: 0.5, 3: 0.8, 4: 1.1, 5: 1.7, 6: 1.0, 7: 0.55, 8: 0.6, 9: 1.1, 10: 1.9, 11: 1.2, 12: 0.9}[d.month]
    if (d.month, d.day) in ((5, 20), (10, 1), (10, 2), (10, 3)):
        w *= 3
    if d.weekday() >= 5:
        w *= 2.2
    return w


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0
        self.n_wed = 0

    def ev(self, c, t, tp, action, bk=None, channel=None, **extra):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=bk["id"] if bk else None, action=action, device=c["device"] if tp in (
                       "tp_discover", "tp_enquiry", "tp_trial_book", "tp_deposit", "tp_final_pay",
                       "tp_photo_review") else None,
                   channel=channel, city=c["city"], 城市=CITIES[c["city"]])
        if bk:
            a = bk["artist"]
            row.update(artist_id=a[0], artist=a[1], artist_en=a[2], artist_level=a[4], 化妆师等级=LEVELS[a[4]][0],
                       package=bk.get("package"), 套餐=PACKAGES[bk["package"]][0] if bk.get("package") else None,
                       wedding_date=bk["wedding"].strftime("%Y-%m-%d"), wedding_style=c["style"],
                       婚礼风格=STYLES[c["style"]][0], venue_type=c["venue"], 场地类型=VENUES[c["venue"]][0])
        row.update(extra)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **extra):
        if t > END:
            return None
        self.n_ord += 1
        a = bk["artist"]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=float(amount),
                   status=status, channel="mini_program", device=c["device"], order_type=otype,
                   订单类型=ORDER_TYPES[otype], booking_id=bk["id"], city=c["city"], 城市=CITIES[c["city"]],
                   artist_id=a[0], artist=a[1], artist_en=a[2], package=bk.get("package"),
                   套餐=PACKAGES[bk["package"]][0] if bk.get("package") else None, currency="CNY")
        row.update(extra)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp, rating=None, nps=None, bk=None, undated=False, no_customer=False,
           kw=None):
        if t > END:
            return
        lang = c["lang"]
        parts = []
        for k in topics:
            parts.append(fmt(str(rng.choice(T[k][lang])), **(kw or {})))
        if not parts:
            parts.append(str(rng.choice(T["neutral"][lang])))
        text = ("，" if lang == "zh" else ". ").join(parts)
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, city=c["city"], 城市=CITIES[c["city"]])
        if bk:
            a = bk["artist"]
            row.update(booking_id=bk["id"], artist_id=a[0], artist=a[1], artist_en=a[2], artist_level=a[4],
                       化妆师等级=LEVELS[a[4]][0], package=bk.get("package"),
                       套餐=PACKAGES[bk["package"]][0] if bk.get("package") else None)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics)))

    def customers(self):
        self.cust = []
        days = (datetime(2026, 5, 31) - START).days
        for i in range(N_CUST):
            # discovery: slight growth over time
            u = float(rng.random()) ** 0.85
            disc = START + D(days=u * days, hours=float(rng.uniform(8, 23.5)))
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            city = pick(list(CITIES), CITY_P)
            lang = "en" if rng.random() < (0.16 if city == "Shanghai" else 0.05) else "zh"
            # wedding date: 45..330 days out, seasonal
            while True:
                w = disc + D(days=float(rng.uniform(45, 330)))
                w = datetime(w.year, w.month, w.day)
                if rng.random() < season_w(w) / 6.6:
                    break
            self.cust.append(dict(customer_id=f"C{i + 1:05d}", discover=disc, channel=ch, city=city, lang=lang,
                                  device=pick(["ios", "android"], [0.68, 0.32]), wedding=w,
                                  style=pick(list(STYLES), [v[1] for v in STYLES.values()]),
                                  venue=pick(list(VENUES), [v[1] for v in VENUES.values()]),
                                  age=pick(["22-25", "26-29", "30-34", "35+"], [0.18, 0.45, 0.29, 0.08]),
                                  seg="prospect", package=None, n_ref=0))

    def artist_for(self, c, t, exclude=None):
        pool = [a for a in ARTISTS if a[3] == c["city"] and a[6] <= t and a[0] != exclude]
        w = [LEVEL_W[a[4]] for a in pool]
        return pool[int(rng.choice(len(pool), p=np.array(w) / sum(w)))]

    def run(self):
        self.customers()
        for c in self.cust:
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["discover"], "tp_discover", "view", channel=c["channel"])
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(hours=float(min(300, rng.exponential(30) + 0.3)))
            self.ev(c, t, "tp_enquiry", "message", channel="wechat" if c["channel"] != "xiaohongshu" else
                    "xiaohongshu")
            if rng.random() > ch[3]:
                continue
            self.n_wed += 1
            bk = dict(id=f"BK{self.n_wed:05d}", wedding=c["wedding"], package=None)
            bk["artist"] = self.artist_for(c, t)
            t = t + D(hours=float(rng.exponential(60) + 1))
            lv = bk["artist"][4]
            fee = LEVELS[lv][1]
            if not self.ev(c, t, "tp_trial_book", "book", bk, channel="mini_program", amount=fee):
                continue
            tro = self.order(c, t, fee, "trial", bk)
            t_tr = datetime(t.year, t.month, t.day) + D(days=int(rng.integers(3, 18)), hours=float(rng.uniform(10, 18)))
            if rng.random() < 0.08:          # trial cancelled: fee refunded
                t_r = t_tr - D(days=1) + D(hours=float(rng.uniform(0, 6)))
                self.refund(c, bk, t_r, fee, tro, "trial_cancelled")
                continue
            if not self.ev(c, t_tr, "tp_trial", "trial_done", bk, channel="store",
                           trial_hours=round(float(rng.uniform(1.5, 3.5)), 1)):
                continue
            if rng.random() < 0.07:
                rt = float(pick([5, 4, 3], [0.6, 0.3, 0.1]))
                self.fb(c, t_tr + D(hours=float(rng.uniform(2, 30))), ["trial_good"] if rt >= 4 else ["neutral"],
                        "wechat_review", "tp_trial", rating=rt, bk=bk)
            p_dep = LEVELS[lv][2] * ch[4]
            if rng.random() > p_dep:
                continue
            t_d = t_tr + D(hours=float(min(28 * 24, rng.exponential(4 * 24) + 1)))
            if t_d >= c["wedding"] - D(days=10):
                continue
            pk = pick(["basic", "signature", "luxe"], {"junior": [0.7, 0.25, 0.05], "senior": [0.2, 0.6, 0.2],
                                                        "chief": [0.05, 0.35, 0.6]}[lv])
            bk["package"] = pk
            price, dep = PACKAGES[pk][1], PACKAGES[pk][2]
            if not self.ev(c, t_d, "tp_deposit", "deposit", bk, channel="mini_program", amount=dep):
                continue
            c["package"] = pk
            c["seg"] = "booked"
            dep_o = self.order(c, t_d, dep, "deposit", bk)
            add_orders = []
            nbm = 0
            if rng.random() < {"chinese": 0.72, "western": 0.28, "both": 0.42}[c["style"]]:
                nbm = int(pick([1, 2, 3, 4], [0.35, 0.35, 0.2, 0.1]))
                add_orders.append(self.order(c, t_d + D(minutes=3), 399 * nbm, "bridesmaid_addon", bk,
                                             bridesmaids=nbm))
            km = float(rng.choice([8, 12, 18, 25, 35, 45, 60, 80], p=[0.2, 0.2, 0.18, 0.14, 0.1, 0.08, 0.06, 0.04]))
            if c["venue"] == "outdoor_lawn":
                km += 20
            t_a = t_d + D(days=float(rng.uniform(1, 6)))
            self.ev(c, t_a, "tp_assign", "assigned", bk, channel="wechat")
            wd = c["wedding"]
            # artist change
            p_ch = 0.3 if PEAK_CHANGE[0] <= wd < PEAK_CHANGE[1] else 0.05
            changed = False
            if rng.random() < p_ch:
                t_c = wd - D(days=float(rng.uniform(3, 25)))
                old = bk["artist"]
                bk["artist"] = self.artist_for(c, t_c, exclude=old[0])
                if self.ev(c, t_c, "tp_artist_change", "changed", bk, channel="wechat", previous_artist_id=old[0],
                           change_reason="schedule_conflict", 变更原因="档期冲突"):
                    changed = True
                    if rng.random() < 0.5:
                        self.fb(c, t_c + D(hours=float(rng.uniform(1, 30))), ["artist_change"], "wechat_chat",
                                "tp_artist_change", bk=bk, undated=rng.random() < 0.25)
                    if rng.random() < 0.22:   # bride cancels: deposit refunded
                        t_r = t_c + D(days=float(rng.uniform(1, 9)))
                        self.refund(c, bk, t_r, dep + sum(o["amount"] for o in add_orders if o), dep_o,
                                    "artist_change", add_orders)
                        c["seg"] = "cancelled"
                        if rng.random() < 0.3:
                            self.fb(c, t_r + D(days=1), ["refund_slow"], "wechat_chat", "tp_refund", bk=bk)
                        continue
            if rng.random() < 0.035:          # wedding cancelled / postponed indefinitely
                t_c = t_d + (wd - t_d) * float(rng.uniform(0.2, 0.8))
                t_r = t_c + D(days=float(rng.uniform(1, 12)))
                self.refund(c, bk, t_r, dep + sum(o["amount"] for o in add_orders if o), dep_o,
                            "wedding_cancelled", add_orders)
                c["seg"] = "cancelled"
                continue
            t_f = wd - D(days=7) + D(hours=float(rng.uniform(9, 22)))
            if not self.ev(c, t_f, "tp_final_pay", "paid", bk, channel="mini_program", amount=price - dep):
                continue
            self.order(c, t_f, price - dep, "balance", bk)
            if km > 30:
                self.order(c, t_f + D(minutes=2), round(km * 6, -1), "travel_fee", bk, travel_km=km)
            # wedding day
            call = pick(["04:30", "05:00", "05:30", "06:00", "06:30", "07:00"], [0.12, 0.2, 0.26, 0.2, 0.13, 0.09])
            hh, mm = int(call[:2]), int(call[3:])
            t_call = wd + D(hours=hh, minutes=mm)
            a = bk["artist"]
            p_late = a[5] * (1.8 if hh < 5 or call == "05:00" else 1.0) * (1.6 if km > 40 else 1.0)
            late = rng.random() < min(0.9, p_late)
            late_min = int(rng.integers(12, 55)) if late else int(rng.integers(-20, 1))
            t_arr = t_call + D(minutes=late_min)
            if not self.ev(c, t_arr, "tp_wedding_day", "makeup_done", bk, channel="onsite", call_time=call,
                           late_min=max(0, late_min), travel_km=km, bridesmaids=nbm):
                continue
            c["seg"] = "married"
            # makeup lasting
            p_nl = (0.26 if wd.month in SUMMER else 0.05) * (1.8 if c["venue"] == "outdoor_lawn" else 1.0) * \
                (1.5 if a[4] == "junior" else 1.0)
            not_lasting = rng.random() < min(0.8, p_nl)
            n_tu = int(pick([0, 1, 2], [0.25, 0.5, 0.25] if pk != "basic" else [0.55, 0.35, 0.1]))
            if not_lasting:
                n_tu += int(pick([1, 2], [0.6, 0.4]))
            t_tu = t_arr + D(hours=float(rng.uniform(3, 5)))
            for k in range(n_tu):
                self.ev(c, t_tu, "tp_touchup", "touchup", bk, channel="onsite",
                        touchup_reason="makeup_fix" if (not_lasting and k == 0) else "look_change",
                        补妆原因="脱妆补救" if (not_lasting and k == 0) else "换造型")
                if pk == "basic" and k == 0:
                    self.order(c, t_tu, 600, "touchup_addon", bk)
                t_tu += D(hours=float(rng.uniform(1.5, 4)))
            topics = []
            if late:
                topics.append("late")
            if not_lasting:
                topics.append("not_lasting")
            if changed and rng.random() < 0.6:
                topics.append("artist_change")
            if rng.random() < (0.18 if changed else 0.04):
                topics.append("mismatch")
            if rng.random() < (0.12 if c["style"] != "western" else 0.05):
                topics.append("hair_loose")
            if km > 40 and rng.random() < 0.3:
                topics.append("travel_fee")
            bad = bool(topics)
            if not bad:
                topics.append("praise_look")
                if rng.random() < 0.25:
                    topics.append("praise_punctual")
            elif rng.random() < 0.25 and "late" not in topics and "not_lasting" not in topics:
                topics.insert(0, "praise_look")
            kw = dict(m=max(late_min, 10), ct=call)
            # photo review with stars
            if rng.random() < (0.7 if bad else 0.5):
                st = float(pick([5, 4, 3], [0.72, 0.22, 0.06]))
                pen = {"late": 1.3 + (0.8 if late_min > 30 else 0), "not_lasting": 1.8, "artist_change": 1.1,
                       "mismatch": 1.4, "hair_loose": 0.9, "travel_fee": 0.5}
                for k in topics:
                    st -= pen.get(k, 0.0)
                st = float(min(5, max(1, round(st))))
                t_pr = wd + D(days=float(rng.uniform(2, 12)))
                self.ev(c, t_pr, "tp_photo_review", "review", bk, channel="mini_program", stars=st)
                tp = "tp_wedding_day"
                if topics[0] == "not_lasting" or (topics == ["praise_look"] and False):
                    tp = "tp_touchup"
                if "artist_change" in topics and len(topics) == 1:
                    tp = "tp_artist_change"
                self.fb(c, t_pr, topics, "wechat_review", tp, rating=st, bk=bk, kw=kw)
                if st >= 5 and rng.random() < 0.3:
                    self.ev(c, t_pr + D(days=float(rng.uniform(5, 60))), "tp_referral", "referred", bk,
                            channel="wechat")
            if c["channel"] == "dianping" and rng.random() < 0.35:
                st = float(pick([5, 4, 3], [0.65, 0.27, 0.08]))
                for k in topics:
                    st -= {"late": 1.5, "not_lasting": 1.7, "artist_change": 1.0, "mismatch": 1.2,
                           "hair_loose": 0.8, "travel_fee": 0.6}.get(k, 0)
                st = float(min(5, max(1, round(st))))
                self.fb(c, wd + D(days=float(rng.uniform(1, 20))), topics, "dianping_review", "tp_wedding_day",
                        rating=st, bk=bk, undated=rng.random() < 0.3, kw=kw)
            if rng.random() < 0.14:
                self.fb(c, wd + D(days=float(rng.uniform(3, 30))), topics, "xiaohongshu_note", "tp_photo_review",
                        bk=bk, kw=kw)
            if rng.random() < 0.3:
                nps = int(np.clip(round(rng.normal(8.9 - 3.2 * bad, 1.3)), 0, 10))
                self.fb(c, wd + D(days=2, hours=float(rng.uniform(0, 10))), topics if rng.random() < 0.5 else [],
                        "survey", "tp_photo_review", nps=nps, bk=bk, kw=kw)
            if late and rng.random() < 0.35:
                self.fb(c, wd + D(hours=hh + 3), ["late"], "wechat_chat", "tp_wedding_day", bk=bk,
                        undated=rng.random() < 0.25, no_customer=rng.random() < 0.2, kw=kw)

    def refund(self, c, bk, t_r, amount, main_order, reason, extra_orders=()):
        if not self.ev(c, t_r, "tp_refund", "refund", bk, channel="mini_program", refund_amount=float(amount),
                       refund_reason=reason, 退款原因=REASONS[reason]):
            return
        for o in [main_order, *extra_orders]:
            if o is not None:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=c["seg"],
                             region=c["city"], 城市=CITIES[c["city"]], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=c["package"],
                             套餐档次=PACKAGES[c["package"]][0] if c["package"] else None,
                             wedding_date=c["wedding"].strftime("%Y-%m-%d"), wedding_style=c["style"],
                             婚礼风格=STYLES[c["style"]][0], venue_type=c["venue"], 场地类型=VENUES[c["venue"]][0],
                             age_band=c["age"], phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "城市", "artist_id", "artist", "artist_en", "artist_level", "化妆师等级", "package", "套餐", "wedding_date",
           "wedding_style", "婚礼风格", "venue_type", "场地类型", "amount", "trial_hours", "previous_artist_id",
           "change_reason", "变更原因", "call_time", "late_min", "travel_km", "bridesmaids", "touchup_reason",
           "补妆原因", "stars", "refund_amount", "refund_reason", "退款原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "city", "城市", "artist_id", "artist", "artist_en", "package", "套餐", "bridesmaids",
            "travel_km", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "city", "城市", "artist_id", "artist", "artist_en", "artist_level", "化妆师等级", "package",
           "套餐"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "套餐档次", "wedding_date", "wedding_style", "婚礼风格", "venue_type", "场地类型", "age_band", "phone_os",
             "preferred_language"]


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
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fbs = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fbs, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, bookings {g.n_wed}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
