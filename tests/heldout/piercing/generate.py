"""刺青穿孔 InkRing: a chain of body-piercing and jewellery studios in Chengdu, Chongqing and Changsha.

A client finds us (Xiaohongshu / Douyin / Dianping / a friend), books a piercing slot online in the WeChat mini
program (placement: earlobe, helix, tragus, nostril, septum, navel, lip, eyebrow, tongue), pays a 50 CNY deposit,
arrives at the studio and signs the consent form with an ID check (under-18s without a guardian and people without
ID are turned away, deposit refunded), is assigned a piercer, waits, gets pierced (service balance + jewellery:
316L surgical steel, implant-grade titanium, 14K solid gold), may buy an aftercare kit (saline spray + cleaning
solution), may report a problem during healing (infection, rejection / migration, irritation bump, allergy),
comes back for a healing check-up where a long starter bar is often downsized to a shorter post, and months later
upgrades the jewellery or books another piercing. Deposits are refunded when a booking is cancelled at least 24 h
ahead; a bad batch of steel jewellery was refunded in autumn 2025.
Events 2025-01-01 .. 2026-08-31 (the mini program launched on 2025-01-01; the extract was taken at the end of August
2026).

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
N_CUST = 9000
STERILIZER = (datetime(2025, 7, 1), datetime(2025, 9, 16))     # Guanyinqiao autoclave fault, validation skipped
BAD_BATCH = (datetime(2025, 9, 1), datetime(2025, 12, 1))     # 恒星饰品 316L batch: tarnish + allergy
GUEST_SPOTS = [(datetime(2025, 10, 1), datetime(2025, 11, 10), "S01"), (datetime(2026, 4, 1), datetime(2026, 4, 19), "S05")]
APP_VERSIONS = [(datetime(2025, 1, 1), "2.1.0"), (datetime(2025, 6, 3), "2.2.0"), (datetime(2025, 11, 18), "2.3.1"),
                (datetime(2026, 4, 20), "2.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现InkRing", "Discover InkRing", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|看到笔记|小红书|抖音|点评|朋友推荐|discover|found us|first touch|saw a post"),
    ("tp_book", "线上预约", "Online booking", "consideration", "mini_program", "digital", "front_desk",
     "预约|约穿孔|订位|选部位|book|booking|appointment|reserve"),
    ("tp_deposit", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "finance",
     "定金|订金|付定金|押金|deposit|pay deposit"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "mini_program", "digital", "front_desk",
     "取消|改期不来|不穿了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "mini_program", "digital", "finance",
     "退款|退定金|退钱|退货|refund|money back|refunded"),
    ("tp_consent", "签同意书·验证件", "Consent form & ID check", "service", "store", "physical", "front_desk",
     "同意书|知情同意|验身份证|查证件|登记|到店签到|consent|consent form|ID check|check-in|waiver"),
    ("tp_id_fail", "证件核验未通过", "ID check failed", "service", "store", "physical", "front_desk",
     "证件不通过|未成年|没带身份证|被拒|ID rejected|underage|no ID|turned away"),
    ("tp_assign", "分配穿孔师", "Piercer assigned", "service", "store", "physical", "studio_ops",
     "分配师傅|派穿孔师|指定师傅|piercer assigned|assign piercer"),
    ("tp_pierce", "穿孔完成", "Piercing done", "purchase", "store", "physical", "studio_ops",
     "穿孔|打耳洞|穿耳骨|打鼻钉|打脐钉|扎|上针|pierce|piercing|piercing session|getting pierced"),
    ("tp_aftercare", "购买护理套装", "Aftercare kit", "purchase", "store", "physical", "retail",
     "护理套装|护理液|生理盐水|喷雾|aftercare|aftercare kit|saline spray"),
    ("tp_issue", "愈合问题上报", "Healing issue reported", "service", "mini_program", "digital", "studio_ops",
     "发炎|感染|排异|移位|增生|过敏|红肿|infection|rejection|migration|bump|irritation|healing problem"),
    ("tp_checkup", "愈合复查", "Healing check-up", "service", "store", "physical", "studio_ops",
     "复查|回店复查|检查愈合|check-up|checkup|healing check|follow-up visit"),
    ("tp_downsize", "换短杆", "Downsizing", "service", "store", "physical", "studio_ops",
     "换短杆|换短针|缩短|downsize|downsizing|shorter bar|shorter post"),
    ("tp_upgrade", "饰品升级", "Jewellery upgrade", "loyalty", "store", "physical", "retail",
     "换饰品|升级饰品|换金的|换钛钉|upgrade|jewellery upgrade|new jewelry|gold upgrade"),
    ("tp_rate", "评价", "Review & rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_rebook", "再次预约穿孔", "Repeat booking", "loyalty", "mini_program", "digital", "crm",
     "回头客|再来穿|再次预约|加穿|又约了|rebook|repeat booking|came back|another piercing"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预约下定", "Booking", ["tp_discover", "tp_book", "tp_deposit"], 7),
    ("studio_visit", "到店穿孔", "Studio visit", ["tp_deposit", "tp_consent", "tp_assign", "tp_pierce"], 30),
    ("healing", "愈合复查", "Healing follow-up", ["tp_pierce", "tp_checkup", "tp_downsize"], 60),
    ("upgrade", "饰品升级", "Jewellery upgrade", ["tp_pierce", "tp_upgrade"], 180),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 14),
    ("repeat", "再次穿孔", "Repeat piercing", ["tp_pierce", "tp_rebook"], 180),
]
CITIES = {"Chengdu": ("成都", 0.45), "Chongqing": ("重庆", 0.33), "Changsha": ("长沙", 0.22)}
STUDIOS = [  # id, city, zh, en, opened
    ("S01", "Chengdu", "成都春熙路店", "Chengdu Chunxi Rd", None),
    ("S02", "Chengdu", "成都建设巷店", "Chengdu Jianshe Lane", None),
    ("S03", "Chengdu", "成都九眼桥店", "Chengdu Jiuyanqiao", None),
    ("S04", "Chengdu", "成都交子大道店", "Chengdu Jiaozi Ave", datetime(2025, 5, 1)),
    ("S05", "Chongqing", "重庆解放碑店", "Chongqing Jiefangbei", None),
    ("S06", "Chongqing", "重庆观音桥店", "Chongqing Guanyinqiao", None),
    ("S07", "Chongqing", "重庆江北嘴店", "Chongqing Jiangbeizui", None),
    ("S08", "Changsha", "长沙五一广场店", "Changsha Wuyi Square", None),
    ("S09", "Changsha", "长沙坡子街店", "Changsha Pozi St", datetime(2026, 3, 1)),
]
STUDIO = {s[0]: s for s in STUDIOS}
STUDIO_WEIGHT = {"S01": 1.8, "S05": 1.2, "S06": 1.3}
PIERCERS = [  # id, studio, zh, en, level, from
    ("P01", "S01", "老周", "Zhou", "senior", None), ("P02", "S01", "小鹿", "Lulu", "senior", None),
    ("P03", "S01", "阿木", "Mu", "junior", None),
    ("P04", "S02", "琪琪", "Kiki", "senior", None), ("P05", "S02", "阿彪", "Biao", "senior", None),
    ("P06", "S03", "小满", "Xiaoman", "senior", None), ("P17", "S03", "阿宁", "Ning", "junior", None),
    ("P07", "S04", "糖糖", "Tangtang", "junior", None), ("P08", "S04", "老K", "K", "senior", None),
    ("P09", "S05", "阿飞", "Fei", "senior", None), ("P10", "S05", "小雨", "Yu", "senior", None),
    ("P11", "S06", "大熊", "Bear", "senior", None), ("P12", "S06", "豆豆", "Doudou", "junior", None),
    ("P13", "S07", "莫莫", "Momo", "senior", None),
    ("P15", "S08", "老陈", "Chen", "senior", None), ("P14", "S08", "阿杰", "AJ", "junior", datetime(2025, 6, 1)),
    ("P16", "S09", "小夏", "Xia", "senior", None),
    ("P99", None, "客座·Vex", "Vex (guest)", "guest", None),
]
PIERCER = {p[0]: p for p in PIERCERS}
LEVELS = {"senior": "资深", "junior": "初级", "guest": "客座"}
PLACEMENTS = {  # en: zh, weight, service fee, base issue prob, upgrade prob, downsize-able, heal days (checkup)
    "earlobe": ("耳垂", 0.27, 128, 0.02, 0.12, False, (21, 35)),
    "helix": ("耳骨", 0.22, 198, 0.07, 0.42, True, (28, 56)),
    "tragus": ("耳屏", 0.08, 228, 0.06, 0.28, True, (28, 56)),
    "nostril": ("鼻翼", 0.14, 198, 0.05, 0.30, True, (28, 50)),
    "septum": ("鼻中隔", 0.07, 268, 0.03, 0.28, False, (28, 50)),
    "navel": ("肚脐", 0.10, 268, 0.09, 0.20, False, (35, 56)),
    "lip": ("唇钉", 0.05, 228, 0.04, 0.14, True, (21, 35)),
    "eyebrow": ("眉钉", 0.03, 198, 0.08, 0.10, True, (28, 45)),
    "tongue": ("舌钉", 0.04, 288, 0.03, 0.10, True, (14, 28)),
}
MATERIALS = {  # en: zh, price range, weight
    "steel_316l": ("316L医用钢", (48, 68), 0.30), "titanium": ("植入级钛", (128, 198), 0.55),
    "gold_14k": ("14K金", (680, 1280), 0.15)}
CHANNELS = {  # en: zh, weight, discover -> book, book -> deposit, checkup prob, upgrade multiplier, minor share
    "xiaohongshu": ("小红书", 0.36, 0.72, 0.92, 0.68, 1.45, 0.05),
    "douyin": ("抖音", 0.26, 0.42, 0.70, 0.42, 0.80, 0.16),
    "dianping": ("大众点评", 0.22, 0.66, 0.90, 0.55, 1.0, 0.02),
    "friend": ("朋友推荐", 0.16, 0.85, 0.94, 0.60, 1.0, 0.05),
}
AGE_BANDS = ["16-17", "18-22", "23-28", "29-35", "36+"]
AGE_W = (0.30, 0.38, 0.22, 0.10)   # adults; minors by the channel's minor share
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡"}
ISSUES = {"infection": "感染", "rejection": "排异移位", "bump": "增生", "allergy": "过敏"}
DAYTYPE = {"weekday": "工作日", "weekend": "周末"}
REFUND_REASONS = {"customer_cancelled": "顾客取消", "id_check_failed": "证件核验未通过", "jewellery_defect": "饰品质量问题"}
ORDER_TYPES = {"deposit": "定金", "piercing_service": "穿孔服务尾款", "jewellery": "饰品", "aftercare": "护理产品",
               "downsize": "换短杆", "jewellery_upgrade": "饰品升级"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "infection": (["穿完一周就发炎了，红肿还流脓", "耳骨感染了，又肿又烫，跑了两趟医院", "伤口感染了，怀疑器械不干净",
                   "回家第三天就发炎，涂了药才好一点", "鼻钉发炎了，红肿了好几天"],
                  ["it got infected within a week", "infected and oozing, I had to see a doctor",
                   "my helix got infected, not sure their tools were clean"]),
    "rejection": (["肚脐钉排异了，只能取掉", "眉钉慢慢往外长，明显移位了", "穿了一个月出现排异，白花钱"],
                  ["the navel ring is rejecting, had to take it out", "my eyebrow bar migrated halfway out",
                   "the piercing started rejecting after a month"]),
    "pain": (["穿的时候太疼了，师傅手太重", "疼死了，根本不像说的那么轻松", "手太重了，扎了两次才穿过去"],
             ["way more painful than it should be", "it hurt like hell, the piercer was rough",
              "very painful, he had to redo it twice"]),
    "wait": (["明明预约了还等了一个多小时", "周末排队排到崩溃，前台也不解释", "约的两点，等太久了，三点多才轮到我"],
             ["we waited over an hour despite having a booking", "long wait even with an appointment",
              "waited forever at the front desk"]),
    "jewellery": (["钢钉戴了两周就发黑了", "饰品变色，耳朵还过敏发痒", "买的钢针一碰水就变色，质量太差"],
                  ["the steel stud tarnished in two weeks", "the jewellery discoloured and my ear got itchy",
                   "cheap bar, tarnished almost immediately"]),
    "id_fail": (["没满18岁不给穿，白跑一趟", "忘带身份证被拒了，定金倒是退了", "未成年要家长陪同，预约的时候怎么不说"],
                ["got turned away because I didn't bring my ID", "turned away for being 17, should have said so when booking"]),
    "aftercare_pricey": (["护理套装太贵了，外面药店便宜一半", "护理液太贵，就是生理盐水"],
                         ["the aftercare kit is overpriced", "overpriced aftercare spray, it's just saline"]),
    "professional": (["师傅很专业，讲解很细致", "全程一次性针具，非常专业", "穿孔师超专业，一点都不紧张了", "很专业，位置定得很准"],
                     ["very professional and gentle", "super professional piercer, explained everything",
                      "professional studio, everything single-use"]),
}
GEN = {
    "pos": (["体验很好，下次还来", "预约方便，出片好看", "环境很好，已经推荐给朋友了", "店员很热情，超喜欢新耳洞"],
            ["great experience, will come back", "love my new piercing", "cute studio and friendly staff"]),
    "neu": (["还行吧，中规中矩", "一般般，价格偏高", "没什么特别的"],
            ["it was ok", "average, nothing special"]),
    "neg": (["体验不好，有点失望", "不会再来了", "不太满意这次"],
            ["not great this time", "disappointed, won't be back"]),
}
TOPIC_TP = [("infection", "tp_issue"), ("rejection", "tp_issue"), ("jewellery", "tp_pierce"), ("pain", "tp_pierce"),
            ("wait", "tp_consent"), ("id_fail", "tp_id_fail"), ("aftercare_pricey", "tp_aftercare"),
            ("professional", "tp_pierce")]
NEG_TOPICS = {"infection", "rejection", "pain", "wait", "jewellery", "id_fail", "aftercare_pricey"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if d.month in (7, 8):
        return 1.45                                  # summer holidays: students
    if datetime(d.year, 1, 25) <= d < datetime(d.year, 2, 12):
        return 0.55                                  # Spring Festival: studios half closed
    if d.month == 1:
        return 1.2                                   # new look for the new year
    if datetime(d.year, 10, 1) <= d < datetime(d.year, 10, 8):
        return 1.4
    if d.month == 12:
        return 1.15
    if d.month in (3, 11):
        return 0.85
    return 1.0


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def open_studios(city, t):
    return [s for s in STUDIOS if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = 0

    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, app_version=app_version(t))
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OR{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=kw.pop("channel", "store"), device=c["device"], order_type=otype,
                   订单类型=ORDER_TYPES[otype], booking_id=bk["id"])
        for k in ("studio_id", "studio", "studio_en", "studio_city", "门店城市", "placement", "穿孔部位"):
            row[k] = bk["common"].get(k)
        row.update(kw)
        if "payment_method" not in row:
            row["payment_method"] = "wechat_pay" if otype == "deposit" else pick(["wechat_pay", "alipay", "card"],
                                                                                 [0.7, 0.25, 0.05])
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, bk=None, undated=False, gen=None, no_customer=False):
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
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and ("professional" in topics or gen == "pos")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("studio_id", "studio", "studio_en", "studio_city", "门店城市", "placement", "穿孔部位",
                      "piercer_id", "piercer", "piercer_en"):
                row[k] = bk["common"].get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)),
                               sentiment="neg" if neg else ("pos" if pos else "neu")))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(9, 23.8)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            minor = rng.random() < CHANNELS[ch][6]
            age = "16-17" if minor else pick(AGE_BANDS[1:], AGE_W)
            en_share = 0.16 if city == "Chengdu" else 0.09
            self.cust.append(dict(
                customer_id=f"CU{i + 1:05d}", discover=t, city=city, channel=ch, age=age,
                gender=pick(["female", "male", "other"], [0.74, 0.24, 0.02]),
                device=pick(["ios", "android"], [0.55, 0.45]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, pierced=[], first_deposit=None))

    def pick_studio(self, c, t):
        st = open_studios(c["city"], t)
        if c["city"] == "Changsha" and len(st) > 1:
            return pick(st, [0.7, 0.3])
        return pick(st, [STUDIO_WEIGHT.get(s[0], 1.0) for s in st])

    def pick_piercer(self, studio_id, t):
        for a, b, sid in GUEST_SPOTS:
            if sid == studio_id and a <= t < b and rng.random() < 0.6:
                return PIERCER["P99"]
        ps = [p for p in PIERCERS if p[1] == studio_id and (p[5] is None or p[5] <= t)]
        if studio_id == "S08" and len(ps) > 1:
            return pick(ps, [0.55, 0.45])
        return ps[int(rng.integers(len(ps)))]

    # ---------- one booking ----------
    def booking(self, c, t_book, n_prev):
        ch = CHANNELS[c["channel"]]
        studio = self.pick_studio(c, t_book)
        pl = pick(list(PLACEMENTS), [v[1] * (1.8 if (k == "navel" and t_book.month in (6, 7, 8)) else 1.0)
                                     for k, v in PLACEMENTS.items()])
        pz = PLACEMENTS[pl]
        day = datetime(t_book.year, t_book.month, t_book.day) + D(days=int(pick([1, 2, 3, 5, 7], [0.3, 0.25, 0.2, 0.15, 0.1])))
        appt = day + D(hours=float(rng.integers(11, 21)), minutes=float(rng.choice([0, 30])))
        dtype = "weekend" if appt.weekday() >= 5 else "weekday"
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        common = dict(device=c["device"], studio_id=studio[0], studio=studio[2], studio_en=studio[3],
                      studio_city=studio[1], 门店城市=CITIES[studio[1]][0], placement=pl, 穿孔部位=pz[0],
                      day_type=dtype, 日期类型=DAYTYPE[dtype], appointment_at=ts(appt))
        bk = dict(id=bid, common=common)
        if c["pierced"]:
            self.ev(c, t_book, "tp_rebook", bid, "rebook", bk, channel="mini_program")
        self.ev(c, t_book, "tp_book", bid, "submit", bk, channel="mini_program")
        p_dep = ch[3] if not c["pierced"] else 0.95
        if rng.random() > p_dep:
            return None
        t_dep = t_book + D(minutes=float(rng.lognormal(np.log(3.0), 0.8)))
        self.ev(c, t_dep, "tp_deposit", bid, "success", bk, channel="mini_program", amount=50)
        dep = self.order(c, t_dep, 50, "deposit", bk, channel="mini_program")
        if c["first_deposit"] is None:
            c["first_deposit"] = t_dep
        # cancellation
        if rng.random() < 0.07:
            t_c = t_dep + (appt - t_dep) * float(rng.uniform(0.1, 0.98))
            self.ev(c, t_c, "tp_cancel", bid, "cancel", bk, channel="mini_program")
            if appt - t_c >= D(hours=24):
                t_r = t_c + D(hours=float(rng.lognormal(np.log(5.0), 0.9)))
                self.refund(c, bk, t_r, 50, dep, "customer_cancelled")
            return dict(end=t_c, pierced=False)
        if rng.random() < 0.04:                      # no-show: deposit kept
            return dict(end=appt, pierced=False)
        t_arr = appt + D(minutes=float(rng.uniform(-10, 12)))
        minor = c["age"] == "16-17"
        p_fail = 0.75 if minor else 0.02
        if rng.random() < p_fail:
            self.ev(c, t_arr, "tp_consent", bid, "submit", bk, channel="store", device=None,
                    id_check_result="fail")
            reason = "under_18_no_guardian" if minor else "no_id"
            t_f = t_arr + D(minutes=float(rng.uniform(2, 8)))
            self.ev(c, t_f, "tp_id_fail", bid, "reject", bk, channel="store", device=None, id_check_result=reason)
            t_r = t_f + D(minutes=float(rng.uniform(5, 90)))
            self.refund(c, bk, t_r, 50, dep, "id_check_failed")
            if rng.random() < 0.35:
                self.fb(c, t_r + D(hours=float(rng.uniform(1, 30))), ["id_fail"], "ticket", bk=bk)
            return dict(end=t_f, pierced=False, bad=True)
        self.ev(c, t_arr, "tp_consent", bid, "submit", bk, channel="store", device=None,
                id_check_result="guardian_present" if minor else "pass")
        pc = self.pick_piercer(studio[0], t_arr)
        common.update(piercer_id=pc[0], piercer=pc[2], piercer_en=pc[3], piercer_level=pc[4], 穿孔师级别=LEVELS[pc[4]])
        self.ev(c, t_arr + D(minutes=float(rng.uniform(1, 4))), "tp_assign", bid, "assigned", bk, channel="store",
                device=None)
        med = 14.0
        if studio[0] == "S01":
            med = 58.0 if dtype == "weekend" else 21.0
        elif dtype == "weekend":
            med = 19.0
        wait = float(max(5.0, rng.lognormal(np.log(med), 0.45)))
        t_p = t_arr + D(minutes=wait)
        mw = [v[2] for v in MATERIALS.values()]
        if c["age"] == "29-35":
            mw = [0.15, 0.45, 0.40]                     # working professionals go for solid gold more often
        elif c["age"] == "36+":
            mw = [0.25, 0.50, 0.25]
        mat = pick(list(MATERIALS), mw)
        bad_batch = mat == "steel_316l" and BAD_BATCH[0] <= t_p < BAD_BATCH[1]
        supplier = ("恒星饰品" if bad_batch else pick(["恒星饰品", "钛艺", "Anatometal"], [0.4, 0.4, 0.2])) \
            if mat == "steel_316l" else ("钛艺" if mat == "titanium" else "金匠坊")
        common.update(jewellery_material=mat, 饰品材质=MATERIALS[mat][0], jewellery_supplier=supplier,
                      gauge=("20G" if pl in ("earlobe", "nostril") else ("14G" if pl in ("navel", "tongue") else "16G")))
        fee = float(round(pz[2] * (1.0 if studio[1] != "Changsha" else 0.9)))
        jew = float(rng.integers(MATERIALS[mat][1][0], MATERIALS[mat][1][1] + 1))
        if not self.ev(c, t_p, "tp_pierce", bid, "pierced", bk, channel="store", device=None, amount=round(fee + jew)):
            return dict(end=t_p, pierced=False)
        self.order(c, t_p, fee - 50, "piercing_service", bk)
        jord = self.order(c, t_p + D(minutes=1), jew, "jewellery", bk, jewellery_material=mat, 饰品材质=MATERIALS[mat][0],
                          jewellery_supplier=supplier)
        c["spend"] += fee + jew
        c["pierced"].append(t_p)
        # aftercare kit
        kit = rng.random() < 0.58
        if kit:
            amt = float(pick([68, 98], [0.7, 0.3]))
            self.ev(c, t_p + D(minutes=float(rng.uniform(3, 10))), "tp_aftercare", bid, "purchase", bk,
                    channel="store", device=None, amount=amt)
            self.order(c, t_p + D(minutes=5), amt, "aftercare", bk)
            c["spend"] += amt
        # healing issue
        p_issue = pz[3] * (1.0 if kit else 1.7)
        lvl = pc[4]
        p_issue *= {"senior": 1.0, "junior": 1.3, "guest": 4.5}[lvl] * (2.6 if pc[0] == "P14" else 1.0)
        infect_boost = studio[0] == "S06" and STERILIZER[0] <= t_p < STERILIZER[1]
        if infect_boost:
            p_issue += 0.26
        if bad_batch:
            p_issue += 0.10
        issue = None
        if rng.random() < p_issue:
            if infect_boost and rng.random() < 0.85:
                issue = "infection"
            elif bad_batch and rng.random() < 0.6:
                issue = "allergy"
            elif pc[0] in ("P14", "P99") and rng.random() < 0.7:
                issue = "rejection"
            else:
                w = {"navel": (0.45, 0.35, 0.1, 0.1), "eyebrow": (0.35, 0.5, 0.1, 0.05),
                     "helix": (0.5, 0.05, 0.4, 0.05), "tragus": (0.5, 0.05, 0.4, 0.05)}.get(pl, (0.7, 0.1, 0.15, 0.05))
                issue = pick(list(ISSUES), w)
        t_issue = None
        if issue:
            t_issue = t_p + D(days=float(min(40, rng.lognormal(np.log(8.0), 0.5))))
            self.ev(c, t_issue, "tp_issue", bid, "report", bk, channel="mini_program", device=c["device"],
                    issue_type=issue, 问题类型=ISSUES[issue])
            tk = {"infection": "infection", "rejection": "rejection"}.get(issue)
            if tk is None and issue == "allergy" and bad_batch:
                tk = "jewellery"
            if tk and rng.random() < 0.5:
                self.fb(c, t_issue + D(hours=float(rng.uniform(0.2, 6))), [tk], "ticket", bk=bk)
        # jewellery defect refund (bad batch)
        jew_topic = bad_batch and rng.random() < 0.45
        if bad_batch and jew_topic and rng.random() < 0.55 and jord is not None:
            t_r = t_p + D(days=float(rng.uniform(10, 30)))
            self.refund(c, bk, t_r, jew, jord, "jewellery_defect")
        # check-up and downsizing
        p_chk = 0.88 if issue else ch[4] * (0.55 if pl == "earlobe" else 1.0)
        if rng.random() < p_chk:
            lo, hi = pz[6]
            t_ck = t_p + D(days=float(rng.uniform(lo, hi)), hours=float(rng.uniform(-3, 3)))
            if t_issue and t_ck <= t_issue:
                t_ck = t_issue + D(days=float(rng.uniform(1, 4)))
            if self.ev(c, t_ck, "tp_checkup", bid, "checked", bk, channel="store", device=None,
                       healing_status="issue" if issue else "healing_ok"):
                if pz[5] and issue not in ("rejection",) and rng.random() < 0.62:
                    t_ds = t_ck + D(minutes=float(rng.uniform(5, 25)))
                    self.ev(c, t_ds, "tp_downsize", bid, "downsized", bk, channel="store", device=None, amount=40)
                    self.order(c, t_ds, 40, "downsize", bk)
                    c["spend"] += 40
        # upgrade
        p_up = pz[4] * CHANNELS[c["channel"]][5] * (0.3 if issue else 1.0)
        if rng.random() < p_up:
            t_u = t_p + D(days=float(rng.uniform(45, 200)))
            umat = pick(["gold_14k", "titanium"], [0.45, 0.55])
            amt = float(rng.integers(680, 1481)) if umat == "gold_14k" else float(rng.integers(128, 269))
            if self.ev(c, t_u, "tp_upgrade", bid, "upgrade", bk, channel="store", device=None, amount=amt,
                       upgrade_material=umat):
                self.order(c, t_u, amt, "jewellery_upgrade", bk, jewellery_material=umat, 饰品材质=MATERIALS[umat][0],
                           jewellery_supplier="金匠坊" if umat == "gold_14k" else "钛艺")
                c["spend"] += amt
        # experience topics
        topics = []
        if issue == "infection":
            topics.append("infection")
        elif issue == "rejection":
            topics.append("rejection")
        if jew_topic:
            topics.append("jewellery")
        if wait > 40 and rng.random() < 0.55:
            topics.append("wait")
        p_pain = {"senior": 0.025, "junior": 0.06, "guest": 0.2}[lvl] * (4.0 if pc[0] == "P14" else 1.0)
        if rng.random() < p_pain:
            topics.append("pain")
        if kit and rng.random() < 0.04:
            topics.append("aftercare_pricey")
        bad = bool(topics)
        if not bad and rng.random() < (0.22 if lvl == "senior" else 0.08):
            topics.append("professional")
        # rating (invitation after the session; after a reported issue people rate late and low)
        p_rate = 0.6 if issue else (0.45 if bad else 0.28)
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.52, 0.33, 0.11, 0.04]))
            pen = {"infection": 2.6, "rejection": 2.2, "pain": 1.6, "wait": 1.4, "jewellery": 1.8,
                   "aftercare_pricey": 0.6}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "professional" in topics:
                stars = 5.0 if rng.random() < 0.8 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = (t_issue + D(hours=float(rng.uniform(2, 48)))) if t_issue else \
                t_p + D(hours=float(rng.lognormal(np.log(20), 0.7)))
            if self.ev(c, t_r, "tp_rate", bid, "rate", bk, channel="mini_program", device=c["device"], stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, t_r, topics, "mini_program_review", rating=stars, bk=bk, gen=gen)
        if c["channel"] == "dianping" and rng.random() < 0.22:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.33, 0.12, 0.05]))
            for k in topics:
                stars -= {"infection": 2.5, "rejection": 2.0, "pain": 1.5, "wait": 1.5, "jewellery": 1.5}.get(k, 0)
            if "professional" in topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_p + D(hours=float(rng.uniform(3, 96))), topics, "dianping_review", rating=stars, bk=bk,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        if c["channel"] == "xiaohongshu" and rng.random() < (0.12 if topics else 0.04):
            self.fb(c, t_p + D(days=float(rng.uniform(1, 20))), topics, "xiaohongshu_note",
                    undated=rng.random() < 0.4)
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_p + D(days=7, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if bad and rng.random() < 0.05:
            self.fb(c, t_p + D(hours=float(rng.uniform(2, 200))), [k for k in topics if k != "professional"],
                    "wechat_chat", bk=bk, undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return dict(end=t_p, pierced=True, bad=bad or bool(issue), issue=issue)

    def refund(self, c, bk, t_r, amount, order_row, reason):
        if t_r > END:
            return
        self.ev(c, t_r, "tp_refund", bk["id"], "refund", bk, channel="mini_program", refund_amount=amount,
                refund_reason=reason, 退款原因=REFUND_REASONS[reason])
        if order_row is not None:
            order_row["status"] = "refunded"
            order_row["refunded_at"] = ts(t_r)
        c["spend"] -= amount if reason == "jewellery_defect" else 0

    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", device=c["device"], channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            t = c["discover"] + (D(days=float(rng.uniform(8, 45))) if rng.random() < 0.07
                                 else D(hours=float(min(160, rng.exponential(26) + 0.3))))
            n = 0
            while t <= END:
                res = self.booking(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.5:
                        t += D(hours=float(rng.uniform(0.5, 96)))
                        continue
                    break
                p_ret = 0.42 if res["pierced"] else 0.3
                if c["channel"] == "xiaohongshu":
                    p_ret += 0.08
                if res.get("issue"):
                    p_ret *= 0.45
                elif res.get("bad"):
                    p_ret *= 0.8
                if c["age"] == "16-17" and not res["pierced"]:
                    p_ret = 0.15
                if rng.random() > p_ret:
                    break
                g = float(rng.exponential(75) + 10) / max(1.0, season(res["end"] + D(days=60)))
                t = res["end"] + D(days=g)
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9, 23)))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "gold" if spend >= 1500 else "silver" if spend >= 600 else "regular"
            v = c["pierced"]
            if c["first_deposit"] is None:
                seg = "prospect"
            elif c["first_deposit"] >= datetime(2026, 6, 1):
                seg = "new"
            elif not v or v[-1] < datetime(2026, 2, 1):
                seg = "at_risk"
            elif len(v) >= 3:
                seg = "loyal"
            elif len(v) == 2:
                seg = "returning"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], preferred_language=c["lang"],
                             piercings_done=len(v)))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "placement", "穿孔部位",
           "day_type", "日期类型", "appointment_at", "piercer_id", "piercer", "piercer_en", "piercer_level", "穿孔师级别",
           "jewellery_material", "饰品材质", "jewellery_supplier", "gauge", "upgrade_material", "amount",
           "id_check_result", "issue_type", "问题类型", "healing_status", "refund_amount", "refund_reason", "退款原因",
           "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "placement", "穿孔部位",
            "jewellery_material", "饰品材质", "jewellery_supplier", "payment_method", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "placement", "穿孔部位",
           "piercer_id", "piercer", "piercer_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "age_band", "gender", "phone_os", "preferred_language", "piercings_done"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)             # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
