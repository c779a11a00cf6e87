"""膜范 FilmPro: car window tint (隔热膜 / 窗膜), paint-protection film (隐形车衣 PPF) and colour wrap (改色膜) studios
in Beijing, Tianjin and Shijiazhuang. A car owner finds us (Douyin, Xiaohongshu, Dianping, Autohome or a friend's
referral code), asks for an online quote in the WeChat mini program, visits a studio to look at film samples and pick
a brand (3M, XPEL, LLumar 龙膜, V-KOOL 威固, Avery 艾利 or our house lines FP-Eco / FP-Shield / FP-Color), books an
installation appointment and pays, drops the car off, the installers work on it in a bay (tint same day, PPF 2-3
bay days, wrap 3-4), QC inspects it (pass or rework), the owner picks the car up and rates us; later there may be
warranty claims (bubbles 起泡, peeling / edge lift 翘边, fading 褪色) with a warranty repair, and from 2025-09-01 a
referral program (老带新).
Events 2025-01-01 .. 2026-06-30 (the mini program went live on 2025-01-01; extract taken at the end of June 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
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
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 9000
QUOTE_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 1))     # mini program 2.4.0: quote form fails on Android
REFERRAL_LAUNCH = datetime(2025, 9, 1)
WANGJING_CRUNCH = (datetime(2026, 3, 1), datetime(2026, 7, 1))  # flagship lost two installers: appointments slip
APP_VERSIONS = [(datetime(2025, 1, 1), "2.1.0"), (datetime(2025, 6, 9), "2.3.0"), (datetime(2025, 11, 3), "2.4.0"),
                (datetime(2025, 12, 1), "2.4.1"), (datetime(2026, 4, 13), "2.5.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现膜范", "Found FilmPro", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|看到广告|抖音刷到|小红书|点评搜到|汽车之家|朋友推荐|discover|found us|first touch|lead"),
    ("tp_quote", "在线报价", "Online quote", "consideration", "mini_program", "digital", "sales",
     "报价|询价|在线报价|估价|问价格|quote|online quote|price quote|estimate"),
    ("tp_quote_fail", "报价提交失败", "Quote submit failed", "consideration", "mini_program", "digital", "it",
     "报价失败|提交不了|报价报错|quote failed|quote error|form error"),
    ("tp_visit", "到店选膜", "Studio visit & film choice", "consideration", "store", "physical", "sales",
     "到店|看膜|选膜|看样板|试膜|选品牌|store visit|visit|film selection|samples|showroom"),
    ("tp_book", "预约施工", "Install appointment booked", "purchase", "mini_program", "digital", "sales",
     "预约|约施工|排期|订单|下单|book|booking|appointment|schedule"),
    ("tp_pay", "付款", "Payment", "purchase", "mini_program", "digital", "finance",
     "付款|支付|付钱|定金|pay|payment|paid"),
    ("tp_cancel", "取消预约", "Appointment cancelled", "service", "mini_program", "digital", "sales",
     "取消|不做了|退单|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back|refunded"),
    ("tp_dropoff", "交车进店", "Car drop-off", "service", "store", "physical", "workshop",
     "交车|送车|进店|上工位|drop-off|drop off|car in|check-in"),
    ("tp_install", "施工完成", "Installation done", "service", "store", "physical", "workshop",
     "施工|贴膜|包膜|工位|师傅|install|installation|fitting|bay|installer"),
    ("tp_qc", "质检", "QC inspection", "service", "store", "physical", "quality",
     "质检|验车|检查|返工|QC|inspection|quality check|rework"),
    ("tp_pickup", "提车交付", "Car pickup", "service", "store", "physical", "workshop",
     "提车|交付|取车|交车给客户|pickup|pick up|handover|delivery"),
    ("tp_rate", "评价", "Review", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars"),
    ("tp_claim", "质保报修", "Warranty claim", "service", "mini_program", "digital", "quality",
     "质保|报修|售后|保修|起泡|翘边|褪色|warranty|claim|after-sales"),
    ("tp_repair", "质保返修完成", "Warranty repair done", "service", "store", "physical", "workshop",
     "返修|重贴|修复|质保维修|warranty repair|redo|re-wrap|fix"),
    ("tp_referral", "老带新推荐", "Referral", "loyalty", "mini_program", "digital", "marketing",
     "转介绍|老带新|推荐码|推荐朋友|referral|refer a friend|referral code"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("quote", "报价到预约", "Quote to booking", ["tp_discover", "tp_quote", "tp_visit", "tp_book"], 30),
    ("install", "施工交付", "Installation & delivery", ["tp_pay", "tp_dropoff", "tp_install", "tp_qc", "tp_pickup"], 30),
    ("warranty", "质保处理", "Warranty handling", ["tp_claim", "tp_repair"], 45),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("referral", "老带新", "Referral", ["tp_pickup", "tp_referral"], 90),
]
CITIES = {"Beijing": ("北京", 0.55), "Tianjin": ("天津", 0.28), "Shijiazhuang": ("石家庄", 0.17)}
STUDIOS = [  # id, city, zh, en, opened, weight
    ("B01", "Beijing", "北京望京旗舰店", "Beijing Wangjing Flagship", None, 1.8),
    ("B02", "Beijing", "北京亦庄店", "Beijing Yizhuang", None, 1.0),
    ("B03", "Beijing", "北京五棵松店", "Beijing Wukesong", None, 1.0),
    ("B04", "Beijing", "北京顺义店", "Beijing Shunyi", None, 0.8),
    ("B05", "Beijing", "北京丰台科技园店", "Beijing Fengtai Science Park", datetime(2025, 7, 1), 0.8),
    ("T01", "Tianjin", "天津河西店", "Tianjin Hexi", None, 1.2),
    ("T02", "Tianjin", "天津南开店", "Tianjin Nankai", None, 1.0),
    ("T03", "Tianjin", "天津滨海新区店", "Tianjin Binhai", datetime(2025, 5, 1), 1.1),
    ("S01", "Shijiazhuang", "石家庄长安店", "Shijiazhuang Chang'an", None, 1.0),
    ("S02", "Shijiazhuang", "石家庄裕华店", "Shijiazhuang Yuhua", datetime(2026, 4, 1), 0.9),
]
STUDIO = {s[0]: s for s in STUDIOS}
REWORK = {"T03": 0.30, "S02": 0.45}          # dusty new bays / new installer teams
SERVICES = {"tint": "窗膜隔热膜", "ppf": "隐形车衣", "wrap": "改色膜"}
LINES = {  # service -> (brand, brand_zh, line, base price, weight by car class economy/midsize/luxury, warranty years)
    "tint": [("3M", "3M", "3M Crystalline 70", 4200, (0.15, 0.28, 0.30), 10),
             ("LLumar", "龙膜", "LLumar AIR 80", 3800, (0.20, 0.27, 0.22), 10),
             ("V-KOOL", "威固", "V-KOOL VK70", 5200, (0.05, 0.15, 0.38), 10),
             ("FilmPro", "膜范自有", "FP-Eco 35", 1680, (0.60, 0.30, 0.10), 3)],
    "ppf": [("XPEL", "XPEL", "XPEL Ultimate Plus", 16800, (0.10, 0.35, 0.55), 10),
            ("3M", "3M", "3M Scotchgard Pro", 13800, (0.15, 0.25, 0.25), 10),
            ("LLumar", "龙膜", "LLumar Platinum PPF", 12800, (0.20, 0.22, 0.15), 10),
            ("FilmPro", "膜范自有", "FP-Shield TPU", 8800, (0.55, 0.18, 0.05), 5)],
    "wrap": [("3M", "3M", "3M 2080 Series", 12800, (0.20, 0.35, 0.45), 5),
             ("Avery", "艾利", "Avery SW900", 11800, (0.30, 0.35, 0.40), 5),
             ("FilmPro", "膜范自有", "FP-Color Gloss", 7800, (0.50, 0.30, 0.15), 3)],
}
CAR_CLASS = {"economy": ("经济型", 0.38, ["BYD Qin", "Toyota Corolla", "VW Lavida", "Geely Emgrand"], 1.0),
             "midsize": ("中级车", 0.42, ["Tesla Model 3", "Tesla Model Y", "BYD Han", "Li Auto L7", "Honda Accord",
                                        "BMW 3 Series"], 1.1),
             "luxury": ("豪华车", 0.20, ["BMW X5", "Mercedes E-Class", "Porsche Macan", "Li Auto L9", "NIO ES8",
                                        "Audi A6L"], 1.25)}
SERVICE_MIX = {"economy": (0.78, 0.16, 0.06), "midsize": (0.52, 0.34, 0.14), "luxury": (0.28, 0.56, 0.16)}
CHANNELS = {  # en: zh, weight, quote prob, visit prob, book prob
    "douyin": ("抖音", 0.31, 0.48, 0.38, 0.62), "xiaohongshu": ("小红书", 0.19, 0.62, 0.50, 0.68),
    "dianping": ("大众点评", 0.23, 0.72, 0.66, 0.74), "autohome": ("汽车之家", 0.17, 0.78, 0.62, 0.72),
    "referral": ("老带新", 0.0, 0.92, 0.86, 0.85)}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "black": "黑卡"}
QC = {"pass": "合格", "rework": "返工"}
DEFECTS = {"bubbles": "气泡", "dust": "灰尘颗粒", "edge_lift": "边缘翘起"}
CLAIMS = {"bubbles": "起泡", "peeling": "翘边脱胶", "fading": "褪色发紫"}

TXT = {  # topic -> (zh phrases, en phrases); gold.py counts topics by their markers
    "bubbles": (["贴完没几天膜里就起泡了", "前挡有好几个气泡，看着很难受", "侧窗起泡，一排小气泡", "车衣下面有气泡没赶出来"],
                ["bubbles showed up under the film after a week", "there are bubbles on the windscreen tint",
                 "small bubbles all along the side window"]),
    "dust": (["膜下面有灰尘颗粒，很明显", "贴膜车间太脏了，膜里全是灰尘", "玻璃上能看到好几个颗粒点"],
             ["dust specks trapped under the tint", "you can see dust under the film everywhere",
              "grit and dust under the PPF on the bonnet"]),
    "peeling": (["车衣边缘翘边了，洗车一冲就起来", "门把手那里脱胶翘起", "包边处翘边，才两个月"],
                ["the PPF edge is peeling near the door handle", "edges started lifting after the first car wash",
                 "the film is peeling at the corners"]),
    "fading": (["膜才半年就褪色发紫了", "隔热膜褪色很严重，颜色都变了", "侧窗膜发紫，看着很廉价"],
               ["the tint has faded and turned purple", "the film faded within months",
                "colour faded badly on the side windows"]),
    "wait": (["排期排了快两周才轮到我", "交车后等了好久才提车，说好的时间一拖再拖", "预约等太久了，电话催了好几次"],
             ["waited almost two weeks for an appointment slot", "took far too long to get my car back",
              "the wait for a slot was way too long"]),
    "price": (["报价比别家贵不少", "价格太贵了，同样的膜别家便宜一千", "报价有点贵，犹豫了很久"],
              ["the quote was too expensive", "pricier than other shops for the same film"]),
    "quote_fail": (["小程序报价一直提交不了", "在线报价点提交就报错，只能打电话"],
                   ["the quote form kept failing on my phone", "couldn't submit the online quote, error every time"]),
    "craft": (["师傅手艺好，施工很细致，边角处理得很干净", "施工细致，完全看不出接缝", "贴得很细致，包边很漂亮"],
              ["flawless install, the edges are perfectly tucked", "neat work, no seams visible at all",
               "meticulous installers, flawless finish"]),
}
GEN = {
    "pos": (["整体满意，推荐", "服务态度很好，下次还来", "效果不错，隔热明显", "接待专业，讲解清楚"],
            ["very happy with the result", "great service, would recommend", "good experience overall"]),
    "neu": (["还可以，中规中矩", "一般吧，没什么特别的"], ["it was ok", "average, nothing special"]),
    "neg": (["体验不太好，有点失望", "不太满意，不会再来了"], ["not happy with this", "disappointing experience"]),
}
NEG_TOPICS = {"bubbles", "dust", "peeling", "fading", "wait", "price", "quote_fail"}
TOPIC_TP = [("quote_fail", "tp_quote"), ("price", "tp_visit"), ("fading", "tp_claim"), ("peeling", "tp_claim"),
            ("bubbles", "tp_install"), ("dust", "tp_install"), ("wait", "tp_pickup"), ("craft", "tp_install")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 8) or datetime(2026, 2, 13) <= d < datetime(2026, 2, 26):
        return 0.25                                 # Spring Festival: studios closed / quiet
    return {1: 0.8, 2: 0.9, 3: 1.1, 4: 1.25, 5: 1.4, 6: 1.5, 7: 1.45, 8: 1.2, 9: 1.15, 10: 1.1, 11: 0.85,
            12: 0.75}[d.month]


def app_version(t: datetime) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if t >= start:
            v = ver
    return v


def open_studios(city, t):
    return [s for s in STUDIOS if s[1] == city and (s[4] is None or s[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0
        self.referrers = []          # (first pickup time, customer) for the referral program

    def ev(self, c, t, tp, sid, action, job=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"], app_version=app_version(t))
        if job:
            row.update(job["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, job, channel, **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"tint": "窗膜隔热膜", "ppf": "隐形车衣", "wrap": "改色膜", "warranty_repair": "质保自费返修"}[otype]
        row = dict(order_id=f"FP{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status="paid", channel=channel, device=c["device"], order_type=otype, 订单类型=zh, job_id=job["id"])
        for k in ("studio_id", "studio", "studio_en", "studio_city", "门店城市", "film_brand", "膜品牌", "film_line",
                  "car_class", "车型级别"):
            row[k] = job["common"][k]
        row.update(kw)
        row["currency"] = "CNY"
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, job=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job["id"] if job else None)
        src = job["common"] if job else {"studio_id": c["home"], "studio": STUDIO[c["home"]][2],
                                          "studio_en": STUDIO[c["home"]][3], "studio_city": c["city"],
                                          "门店城市": CITIES[c["city"]][0]}
        for k in ("studio_id", "studio", "studio_en", "studio_city", "门店城市", "service_type", "施工项目", "film_brand",
                  "膜品牌", "film_line"):
            row[k] = src.get(k)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 540) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            studios = open_studios(city, t)
            if city == "Shijiazhuang" and len(studios) > 1 and rng.random() < 0.4:
                home = STUDIO["S02"]
            else:
                home = pick(studios, [s[5] for s in studios])
            cls = pick(list(CAR_CLASS), [v[1] for v in CAR_CLASS.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            en_share = 0.16 if city == "Beijing" else 0.06
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", discover=t, city=city, home=home[0], car_class=cls,
                car_model=str(rng.choice(CAR_CLASS[cls][2])), new_car=bool(rng.random() < 0.58), channel=ch,
                referrer=None, device=pick(["ios", "android"], [0.48, 0.52]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, jobs=0, first_pay=None, claims=0,
                gender=pick(["male", "female"], [0.68, 0.32]), age=pick(["18-25", "26-35", "36-45", "46-60"],
                                                                       [0.1, 0.45, 0.32, 0.13])))

    # ---------- one job (session_id = job id) ----------
    def job(self, c, t_book, service=None, visit_brand=None, repeat=False):
        studios = open_studios(c["city"], t_book)
        studio = STUDIO[c["home"]] if (rng.random() < 0.88 or len(studios) == 1) else studios[
            int(rng.integers(len(studios)))]
        cls = c["car_class"]
        if service is None:
            mix = list(SERVICE_MIX[cls])
            if t_book.month in (5, 6, 7):
                mix[0] *= 1.5                       # summer heat: tint season
            if c["new_car"]:
                mix[1] *= 1.3
            service = pick(list(SERVICES), mix)
        ci = list(CAR_CLASS).index(cls)
        lines = LINES[service]
        line = visit_brand if visit_brand and visit_brand[0] in [x[0] for x in lines] else None
        if line is None:
            line = lines[int(rng.choice(len(lines), p=np.array([x[4][ci] for x in lines]) / sum(x[4][ci]
                                                                                            for x in lines)))]
        price = round(line[3] * CAR_CLASS[cls][3] * float(rng.uniform(0.92, 1.08)), -1)
        self.n_job += 1
        jid = f"JOB{self.n_job:06d}"
        city_zh = CITIES[studio[1]][0]
        common = dict(studio_id=studio[0], studio=studio[2], studio_en=studio[3], studio_city=studio[1],
                      门店城市=city_zh, service_type=service, 施工项目=SERVICES[service], film_brand=line[0],
                      膜品牌=line[1], film_line=line[2], car_class=cls, 车型级别=CAR_CLASS[cls][0],
                      car_model=c["car_model"])
        job = dict(id=jid, common=common)
        # appointment date: lead time
        med = 4.0
        if t_book.month in (5, 6, 7):
            med = 5.5
        if studio[0] == "B01" and WANGJING_CRUNCH[0] <= t_book < WANGJING_CRUNCH[1]:
            med = 13.0
        lead = float(max(0.6, rng.lognormal(np.log(med), 0.45)))
        appt = t_book + D(days=lead)
        appt = datetime(appt.year, appt.month, appt.day) + D(hours=float(rng.uniform(9, 11.5)))
        self.ev(c, t_book, "tp_book", jid, "submit", job, channel="mini_program", appointment_at=ts(appt),
                lead_days=round(lead, 1))
        if rng.random() < 0.05:
            return None                              # booked but never paid: hold released
        t_pay = t_book + D(minutes=float(rng.lognormal(np.log(6), 0.8)))
        pay_ch = "mini_program" if rng.random() < 0.7 else "store_pos"
        pm = "wechat_pay" if pay_ch == "mini_program" else pick(["card", "wechat_pay", "alipay"], [0.4, 0.35, 0.25])
        self.ev(c, t_pay, "tp_pay", jid, "success", job, channel=pay_ch, amount=price, payment_method=pm)
        o = self.order(c, t_pay, price, service, job, pay_ch, payment_method=pm, warranty_years=line[5])
        c["jobs"] += 1
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        # cancellation (more when the wait is long)
        p_cancel = 0.05 + (0.10 if lead > 9 else 0.0)
        if rng.random() < p_cancel:
            t_c = t_pay + (appt - t_pay) * float(rng.uniform(0.1, 0.9))
            self.ev(c, t_c, "tp_cancel", jid, "cancel", job, channel="mini_program",
                    cancel_reason="wait_too_long" if lead > 9 else pick(["changed_mind", "sold_car", "price"],
                                                                         [0.5, 0.2, 0.3]))
            t_r = t_c + (D(hours=float(rng.lognormal(np.log(2), 0.6))) if pay_ch == "mini_program"
                         else D(days=float(rng.lognormal(np.log(3), 0.4))))
            if self.ev(c, t_r, "tp_refund", jid, "refund", job, channel=pay_ch, refund_amount=price,
                       refund_reason="customer_cancelled", 退款原因="顾客取消") and o is not None:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)
            if lead > 9 and rng.random() < 0.4:
                self.fb(c, t_c + D(hours=2), ["wait"], "ticket", job=job)
            return dict(end=t_c, bad=True, service=service)
        # drop-off, install, QC
        t_drop = appt + D(minutes=float(rng.uniform(-20, 40)))
        bay = f"{studio[0]}-BAY{int(rng.integers(1, 5))}"
        self.ev(c, t_drop, "tp_dropoff", jid, "car_in", job, channel="store", device=None, bay_id=bay)
        work_days = {"tint": float(rng.uniform(0.15, 0.35)), "ppf": float(rng.uniform(1.8, 3.0)),
                     "wrap": float(rng.uniform(2.6, 4.0))}[service]
        team = f"{studio[0]}-T{int(rng.integers(1, 3))}"
        t_inst = t_drop + D(days=work_days)
        self.ev(c, t_inst, "tp_install", jid, "install_done", job, channel="store", device=None, bay_id=bay,
                installer_team=team)
        p_rw = REWORK.get(studio[0], 0.06) * (1.3 if service == "wrap" else 1.0)
        if studio[0] == "T03" and t_drop >= datetime(2026, 1, 15):
            p_rw = 0.12                               # dust-proof bay installed in January 2026
        t_qc = t_inst + D(hours=float(rng.uniform(0.5, 3)))
        reworked = rng.random() < p_rw
        defect = None
        if reworked:
            defect = pick(list(DEFECTS), [0.45, 0.40, 0.15] if studio[0] in REWORK else [0.4, 0.25, 0.35])
            self.ev(c, t_qc, "tp_qc", jid, "rework", job, channel="store", device=None, qc_result="rework",
                    质检结果=QC["rework"], defect_type=defect, 缺陷类型=DEFECTS[defect], installer_team=team)
            t_inst2 = t_qc + D(days=float(rng.uniform(0.3, 1.2)))
            self.ev(c, t_inst2, "tp_install", jid, "rework_done", job, channel="store", device=None, bay_id=bay,
                    installer_team=team)
            t_qc = t_inst2 + D(hours=float(rng.uniform(0.5, 2)))
        self.ev(c, t_qc, "tp_qc", jid, "pass", job, channel="store", device=None, qc_result="pass",
                质检结果=QC["pass"], installer_team=team)
        t_pick = t_qc + D(hours=float(rng.uniform(1, 20)))
        if t_pick.hour < 9 or t_pick.hour > 20:
            t_pick = datetime(t_pick.year, t_pick.month, t_pick.day) + D(days=1 if t_pick.hour > 20 else 0,
                                                                           hours=float(rng.uniform(10, 19)))
        self.ev(c, t_pick, "tp_pickup", jid, "handover", job, channel="store", device=None,
                bay_days=round((t_pick - t_drop).total_seconds() / 86400, 2))
        c["spend"] += price
        if c["first_pickup"] is None:
            c["first_pickup"] = t_pick
        # experience topics
        topics = []
        if reworked and rng.random() < 0.55:
            topics.append("dust" if defect == "dust" else "bubbles")
        if studio[0] == "T03" and t_drop < datetime(2026, 1, 15) and rng.random() < 0.22 and "dust" not in topics:
            topics.append("dust")
        if lead > 9 or (t_pick - t_drop).days >= work_days + 2:
            if rng.random() < 0.45:
                topics.append("wait")
        bad = bool(topics)
        p_craft = 0.25 if studio[1] == "Shijiazhuang" else 0.12
        if not bad and rng.random() < p_craft:
            topics.append("craft")
        if rng.random() < (0.5 if bad else 0.3):
            stars = float(pick([5, 4, 3, 2], [0.52, 0.34, 0.10, 0.04]))
            for k in topics:
                stars -= {"dust": 2.0, "bubbles": 2.0, "wait": 1.6}.get(k, 0.0)
            if "craft" in topics:
                stars = 5.0 if rng.random() < 0.85 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_pick + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            if self.ev(c, t_r, "tp_rate", jid, "rate", job, channel="mini_program", stars=stars):
                self.fb(c, t_r, topics, "mini_program_review", tp="tp_rate" if not topics else None, rating=stars,
                        job=job, gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if c["channel"] == "dianping" and rng.random() < 0.25 or rng.random() < 0.06:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.35, 0.1, 0.05]))
            for k in topics:
                stars -= {"dust": 2.0, "bubbles": 2.0, "wait": 1.5}.get(k, 0.0)
            if "craft" in topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_pick + D(hours=float(rng.uniform(3, 96))), topics, "dianping_review", rating=stars, job=job,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.25)
        if rng.random() < 0.07:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_pick + D(days=3, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, job=job, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        # warranty claims
        p_claim, ctype, delay = 0.015, "bubbles", (10, 120)
        if service == "tint" and line[2] == "FP-Eco 35":
            p_claim, ctype, delay = 0.16, "fading", (90, 260)
        elif service == "ppf" and t_drop.month in (12, 1, 2):
            p_claim, ctype, delay = 0.17, "peeling", (10, 70)
        elif service in ("ppf", "wrap"):
            p_claim, ctype, delay = 0.035, "peeling", (15, 150)
        if reworked or (studio[0] == "T03" and t_drop < datetime(2026, 1, 15)):
            if rng.random() < 0.07:
                p_claim, ctype, delay = 1.0, "bubbles", (5, 40)
        if rng.random() < p_claim:
            t_cl = t_pick + D(days=float(rng.uniform(*delay)), hours=float(rng.uniform(0, 10)))
            if self.ev(c, t_cl, "tp_claim", jid, "submit", job, channel="mini_program", claim_type=ctype,
                       质保类型=CLAIMS[ctype], warranty_years=line[5]):
                c["claims"] += 1
                self.fb(c, t_cl + D(minutes=20), [ctype], "ticket", tp="tp_claim", job=job)
                if rng.random() < 0.9:
                    wait = float(rng.lognormal(np.log(6 if ctype != "fading" else 11), 0.5))
                    t_rep = t_cl + D(days=wait)
                    self_paid = ctype == "peeling" and rng.random() < 0.25     # pressure-washer damage: not covered
                    if self.ev(c, t_rep, "tp_repair", jid, "repaired", job, channel="store", device=None,
                               claim_type=ctype, 质保类型=CLAIMS[ctype], covered=not self_paid):
                        if self_paid:
                            self.order(c, t_rep, float(rng.choice([300, 450, 600, 800])), "warranty_repair", job,
                                       "store_pos", payment_method="wechat_pay", claim_type=ctype)
                        if rng.random() < 0.3:
                            self.fb(c, t_rep + D(days=1), [] if rng.random() < 0.6 else [ctype], "wechat_note",
                                    tp="tp_repair", job=job, gen="pos", undated=rng.random() < 0.5)
        if bad and rng.random() < 0.04:
            self.fb(c, t_pick + D(hours=float(rng.uniform(1, 72))), [k for k in topics if k != "craft"] or topics,
                    "wechat_note", job=job, undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return dict(end=t_pick, bad=bad, service=service)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        picked = []                                            # (first pickup, customer) for referrals
        for c in self.cust:
            c["first_pickup"] = None
            t0 = c["discover"]
            if t0 >= REFERRAL_LAUNCH and rng.random() < 0.17:
                pool = [p for p in picked if p[0] < t0 - D(days=2) and p[1]["city"] == c["city"]]
                if pool:
                    ref = pool[int(rng.integers(len(pool)))][1]
                    c["channel"], c["referrer"] = "referral", ref["customer_id"]
                    self.ev(ref, t0 - D(hours=float(rng.uniform(1, 96))), "tp_referral", None, "share_code",
                            channel="mini_program", referred_customer=c["customer_id"])
            self.lead(c)
            if c["first_pickup"] is not None:
                picked.append((c["first_pickup"], c))

    def lead(self, c):
        chp = CHANNELS[c["channel"]]
        self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
        if rng.random() > chp[2]:
            return
        t = c["discover"] + D(hours=float(min(400, rng.exponential(30) + 0.1)))
        sid = f"Q{c['customer_id'][1:]}"
        if c["device"] == "android" and QUOTE_BUG[0] <= t < QUOTE_BUG[1] and rng.random() < 0.55:
            for _ in range(1 + int(rng.random() < 0.4)):
                self.ev(c, t, "tp_quote_fail", sid, "fail", channel="mini_program", error_code="FORM_SUBMIT_500")
                t += D(minutes=float(rng.uniform(1, 5)))
            if rng.random() < 0.4:
                self.fb(c, t + D(minutes=10), ["quote_fail"], "ticket", tp="tp_quote")
            if rng.random() < 0.55:
                return                                         # gave up
            t += D(hours=float(rng.uniform(2, 72)))            # came back later (or phoned)
        elif rng.random() < 0.025:
            self.ev(c, t, "tp_quote_fail", sid, "fail", channel="mini_program", error_code="TIMEOUT")
            t += D(minutes=float(rng.uniform(1, 5)))
        cls = c["car_class"]
        self.ev(c, t, "tp_quote", sid, "submit", channel="mini_program", car_class=cls, 车型级别=CAR_CLASS[cls][0],
                car_model=c["car_model"], quoted_service=pick(list(SERVICES), SERVICE_MIX[cls]))
        if rng.random() > chp[3]:
            return
        t_v = t + D(days=float(min(25, rng.exponential(3.5) + 0.2)))
        t_v = datetime(t_v.year, t_v.month, t_v.day) + D(hours=float(rng.uniform(10, 19)))
        studios = open_studios(c["city"], t_v)
        st = STUDIO[c["home"]] if STUDIO[c["home"]] in studios else studios[0]
        self.ev(c, t_v, "tp_visit", sid, "consult", channel="store", device=None, studio_id=st[0], studio=st[2],
                studio_en=st[3], studio_city=st[1], 门店城市=CITIES[st[1]][0])
        if rng.random() > chp[4]:
            if rng.random() < 0.08:
                on_dp = rng.random() < 0.5
                self.fb(c, t_v + D(hours=5), ["price"], "dianping_review" if on_dp else "wechat_note", tp="tp_visit",
                        rating=float(pick([1, 2, 3], [0.3, 0.5, 0.2])) if on_dp else None, undated=not on_dp and
                        rng.random() < 0.5)
            return
        t_b = t_v + (D(minutes=float(rng.uniform(20, 90))) if rng.random() < 0.6
                     else D(days=float(rng.uniform(0.5, 12))))
        res = self.job(c, t_b)
        if res and rng.random() < 0.11:
            other = pick([s for s in SERVICES if s != res["service"]], [1, 1])
            t2 = res["end"] + D(days=float(rng.uniform(20, 220)))
            if t2 < END:
                self.job(c, t2, service=other, repeat=True)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            s = c["spend"]
            tier = "black" if s >= 20000 else "gold" if s >= 12000 else "silver" if s >= 4000 else "regular"
            if not c["jobs"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["jobs"] >= 2:
                seg = "repeat"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             referrer_id=c["referrer"], car_class=c["car_class"], 车型级别=CAR_CLASS[c["car_class"]][0],
                             car_model=c["car_model"], new_car="Y" if c["new_car"] else "N", home_studio_id=c["home"],
                             phone_os=c["device"], gender=c["gender"], age_band=c["age"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "service_type", "施工项目",
           "film_brand", "膜品牌", "film_line", "car_class", "车型级别", "car_model", "quoted_service", "appointment_at",
           "lead_days", "amount", "payment_method", "cancel_reason", "refund_amount", "refund_reason", "退款原因",
           "bay_id", "installer_team", "qc_result", "质检结果", "defect_type", "缺陷类型", "bay_days", "stars",
           "claim_type", "质保类型", "warranty_years", "covered", "error_code", "referred_customer"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型", "job_id",
            "studio_id", "studio", "studio_en", "studio_city", "门店城市", "film_brand", "膜品牌", "film_line",
            "car_class", "车型级别", "payment_method", "warranty_years", "claim_type", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "studio_id", "studio", "studio_en", "studio_city", "门店城市", "service_type", "施工项目",
           "film_brand", "膜品牌", "film_line"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier", "会员等级",
             "referrer_id", "car_class", "车型级别", "car_model", "new_car", "home_studio_id", "phone_os", "gender",
             "age_band", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)              # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
