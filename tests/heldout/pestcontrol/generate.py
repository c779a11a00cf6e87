"""净居 CleanHome Pest Control: home pest-control & disinfection (cockroaches, termites, rodents, bed bugs,
formaldehyde removal) in four Chinese cities, 2025-01-01 .. 2026-07-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table, used by
gold.py only). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20250101
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
D = timedelta
N_BASE = 4300
N_CAMPAIGN = 170

CITIES = ["Shanghai", "Guangzhou", "Shenzhen", "Chengdu"]
CITY_W = [0.30, 0.28, 0.24, 0.18]
CITY_ZH = {"Shanghai": "上海", "Guangzhou": "广州", "Shenzhen": "深圳", "Chengdu": "成都"}
REGION = {"Shanghai": "华东", "Guangzhou": "华南", "Shenzhen": "华南", "Chengdu": "西南"}
DISTRICTS = {"Shanghai": ["浦东新区", "闵行区", "徐汇区", "静安区", "宝山区"],
             "Guangzhou": ["天河区", "海珠区", "白云区", "番禺区"],
             "Shenzhen": ["南山区", "福田区", "宝安区", "龙岗区"],
             "Chengdu": ["武侯区", "锦江区", "高新区", "成华区"]}
PRICE_F = {"Shanghai": 1.12, "Guangzhou": 1.0, "Shenzhen": 1.08, "Chengdu": 0.9}

HOME = ["apartment", "villa", "shop"]
HOME_ZH = {"apartment": "公寓", "villa": "别墅", "shop": "商铺"}
HOME_W = {"Shanghai": [0.74, 0.08, 0.18], "Guangzhou": [0.66, 0.14, 0.20],
          "Shenzhen": [0.68, 0.12, 0.20], "Chengdu": [0.70, 0.13, 0.17]}

SVC = ["cockroach", "termite", "rodent", "bed_bug", "formaldehyde"]
SVC_ZH = {"cockroach": "灭蟑螂", "termite": "白蚁防治", "rodent": "灭鼠", "bed_bug": "除臭虫", "formaldehyde": "除甲醛"}
SVC_BASE = np.array([0.38, 0.10, 0.15, 0.09, 0.28])
SVC_HOME = {"apartment": np.array([1.0, 0.6, 0.7, 1.1, 1.15]), "villa": np.array([0.8, 3.2, 1.0, 0.8, 1.0]),
            "shop": np.array([1.3, 0.8, 3.0, 0.3, 0.4])}
SVC_CITY = {"Shanghai": np.array([1, 0.3, 1, 1.2, 1.1]), "Guangzhou": np.array([1.1, 1.7, 1, 1, 0.9]),
            "Shenzhen": np.array([1.05, 1.6, 1, 1, 0.95]), "Chengdu": np.array([1, 0.35, 1, 1, 1.1])}
SEASON = {"cockroach": [3, 3, 4, 6, 8, 11, 17, 12, 8, 6, 4, 3], "termite": [2, 3, 6, 13, 13, 7, 5, 4, 4, 3, 2, 2],
          "rodent": [9, 8, 6, 4, 3, 3, 3, 3, 4, 6, 9, 10], "bed_bug": [5, 5, 5, 6, 6, 7, 8, 8, 7, 6, 5, 5],
          "formaldehyde": [4, 3, 6, 8, 8, 8, 7, 7, 8, 9, 8, 5]}
# one-off price by service and home type (CNY), annual plans by home type
PRICE = {"cockroach": (280, 580, 450), "termite": (1200, 2800, 1800), "rodent": (380, 680, 520),
         "bed_bug": (680, 1280, 900), "formaldehyde": (None, None, None)}
PLAN_PRICE = {"apartment": 1680, "villa": 3980, "shop": 2880}
PLAN_P = {"apartment": 0.12, "villa": 0.45, "shop": 0.55}
CHEM = {"cockroach": "Maxforce胶饵", "termite": "Termidor特密得", "rodent": "毒饵站", "bed_bug": "高温+喷洒",
        "formaldehyde": "光触媒"}
CHEAP_GEL = "GelPro-Lite胶饵"
DURATION = {"cockroach": 50, "termite": 150, "rodent": 70, "bed_bug": 120, "formaldehyde": 180}
RETURN_P = {"cockroach": 0.09, "termite": 0.07, "rodent": 0.13, "bed_bug": 0.24, "formaldehyde": 0.05}
WARRANTY = {"cockroach": 30, "termite": 90, "rodent": 30, "bed_bug": 30, "formaldehyde": 30}

SOURCES = ["meituan", "58tongcheng", "hotline", "referral"]
SOURCE_ZH = {"meituan": "美团", "58tongcheng": "58同城", "hotline": "电话热线", "referral": "老客户推荐"}
SOURCE_W = [0.40, 0.21, 0.20, 0.19]
QUOTE_P = {"meituan": 0.85, "58tongcheng": 0.86, "hotline": 0.93, "referral": 0.95}
BOOK_P = {"meituan": 0.44, "58tongcheng": 0.53, "hotline": 0.63, "referral": 0.81}

TECHS = {"Shanghai": ["T01", "T02", "T03", "T04", "T05", "T06"], "Guangzhou": ["T07", "T08", "T09", "T10", "T11", "T12"],
         "Shenzhen": ["T13", "T14", "T15", "T16", "T17", "T18"], "Chengdu": ["T19", "T20", "T21", "T22", "T23", "T24"]}
TECH_NAME = {"T01": "王建国", "T02": "李强", "T03": "张伟", "T04": "刘洋", "T05": "陈杰", "T06": "杨帆",
             "T07": "黄志明", "T08": "吴勇", "T09": "周磊", "T10": "徐斌", "T11": "孙浩", "T12": "马超",
             "T13": "朱涛", "T14": "胡军", "T15": "郭鹏", "T16": "何亮", "T17": "高飞", "T18": "林峰",
             "T19": "罗成", "T20": "梁栋", "T21": "宋师傅", "T22": "谢华", "T23": "韩磊", "T24": "唐小龙"}
TECH_FROM = {"T24": datetime(2026, 6, 1)}                  # Chengdu new hire
TECH_UNTIL = {"T17": datetime(2026, 3, 31), "T18": datetime(2026, 3, 31)}   # left Shenzhen
STAR_TECH = "T21"
SZ_CRUNCH = (datetime(2026, 4, 1), datetime(2026, 6, 30, 23, 59, 59))
GEL_LITE = (datetime(2025, 8, 1), datetime(2026, 3, 31, 23, 59, 59))
ANDROID_BUG = (datetime(2025, 11, 1), datetime(2025, 12, 31, 23, 59, 59))
CAMPAIGN = (datetime(2026, 3, 2), datetime(2026, 3, 8, 23, 59, 59))
CAMPAIGN_NAME = "38节灭蟑特惠"

TOUCHPOINTS = [
    ("tp_enquiry", "咨询登记", "Enquiry", "consideration", "other", "digital", "sales",
     "咨询|询价|留资|来电咨询|线索|enquiry|inquiry|lead|ask for price"),
    ("tp_quote", "报价", "Quote", "consideration", "phone", "digital", "sales",
     "报价|估价|出报价|price quote|quote|quotation|estimate"),
    ("tp_booking", "预约下单", "Booking", "purchase", "app", "digital", "sales",
     "下单|预约|订单|成交|booking|book|order placed|booked"),
    ("tp_dispatch", "派单", "Technician dispatched", "service", "other", "digital", "operations",
     "派单|派工|技师出发|安排师傅|dispatch|technician assigned|dispatched"),
    ("tp_treatment", "上门施工", "On-site treatment", "service", "store", "physical", "operations",
     "上门|施工|上门服务|灭虫|消杀|师傅上门|treatment|on-site service|site visit|service visit"),
    ("tp_followup", "7天回访", "7-day follow-up check", "service", "phone", "physical", "quality",
     "回访|7天回访|复查|效果检查|follow-up|follow up check|7-day check"),
    ("tp_retreat", "保修复治", "Warranty re-treatment", "service", "store", "physical", "operations",
     "复治|返工|保修|二次施工|免费复治|re-treatment|retreatment|warranty visit|redo"),
    ("tp_cancel", "取消预约", "Booking cancelled", "purchase", "other", "digital", "sales",
     "取消|取消订单|退单|cancel|cancellation|cancelled booking"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "customer_service",
     "退款|退钱|refund|money back"),
    ("tp_renewal_notice", "年卡续费提醒", "Annual plan renewal reminder", "loyalty", "mini_program", "digital",
     "customer_service", "续费提醒|到期提醒|renewal reminder|renewal notice|expiry reminder"),
    ("tp_renewal", "年卡续费", "Annual plan renewal", "loyalty", "mini_program", "digital", "customer_service",
     "续费|续约|续年卡|renewal|renew|renewed plan"),
]
JOURNEYS = [("service", "咨询到上门施工", "Enquiry to on-site treatment", 14,
             ["tp_enquiry", "tp_quote", "tp_booking", "tp_dispatch", "tp_treatment"]),
            ("renewal", "年卡续费", "Annual plan renewal", 30, ["tp_renewal_notice", "tp_renewal"])]

# ---------------------------------------------------------------- feedback text
# every topic has its own marker words (gold.py counts by them): pests_returned 又出现/复发/came back,
# technician_late 迟到/late, chemical_smell 味道/smell, thorough_praise 仔细/thorough, booking_hard 约不上/slot,
# price_high 贵/expensive, refund 退款/refund, app_bug 闪退/crash.
PEST_ZH = {"cockroach": "蟑螂", "termite": "白蚁", "rodent": "老鼠", "bed_bug": "臭虫", "formaldehyde": "甲醛"}
PEST_EN = {"cockroach": "roaches", "termite": "termites", "rodent": "rats", "bed_bug": "bed bugs",
           "formaldehyde": "the formaldehyde"}
T_ZH = {
    "pests_returned": ["做完才两个星期{p}又出现了，白花钱", "{p}又出现了，厨房晚上还能看到好几只", "施工后没多久就复发了，{p}比以前还多",
                       "说好的保修，结果{p}又出现了，还得再约师傅", "{p}问题复发，感觉药没起作用", "回访的时候跟客服说了，{p}又出现了"],
    "technician_late": ["师傅迟到了快一个小时，也没提前打电话", "约的上午十点，师傅迟到了四十多分钟", "迟到太严重了，请了半天假在家干等",
                        "师傅又迟到，打电话催了两次才来", "技师迟到，施工也很赶"],
    "chemical_smell": ["药水味道太大了，家里两天都不敢住人", "施工完味道很刺鼻，孩子闻了咳嗽", "喷完之后屋里一股味道，开窗通风好几天才散",
                       "味道比想象中重很多，师傅没提醒要通风多久", "有股化学味道，头晕"],
    "thorough_praise": ["师傅很仔细，柜子缝隙都处理到了", "非常仔细专业，还教我们怎么预防", "服务很仔细，讲解清楚，推荐",
                        "师傅做得很仔细，边边角角都没放过", "态度好又仔细，效果也不错"],
    "general_positive": ["效果不错，{p}基本没了", "整体满意，价格也合理", "处理得挺好，下次还找你们", "服务挺好，师傅很专业"],
    "neutral": ["还行吧，效果再观察一段时间", "一般般，跟别家差不多", "施工时间比预计的长一点，其他还好"],
    "booking_hard": ["约不上师傅，最早要等一个多星期", "一直约不上，说技师排满了", "想约周末根本约不上，只能请假",
                     "约不上时间，{p}都快满屋了还得等"],
    "price_high": ["报价太贵了，比别家高不少", "一个小户型报这么贵，不考虑了", "价格偏贵，能不能便宜点", "太贵了，美团上别家便宜一半"],
    "refund": ["复治了还是没用，申请退款", "效果很差，要求全额退款", "退款流程太慢了，拖了两个星期", "申请退款，客服一直推脱"],
    "app_bug": ["美团上下单一直闪退，最后没约成", "App闪退好几次，下不了单", "安卓手机一点预约就闪退"],
    "retreat_ok": ["复治很及时，第二次处理后就没再见到了", "保修期内免费上门，这点很好", "客服处理很快，第二天就安排了师傅"],
    "followup_ok": ["回访确认已无虫迹，客户满意", "7天回访：客户表示效果良好", "回访时检测合格，客户无其他问题"],
}
T_EN = {
    "pests_returned": ["The {p} came back after two weeks.", "Treatment didn't last, the {p} came back.",
                       "Paid a lot and the {p} came back within a month.", "Told the follow-up call the {p} came back."],
    "technician_late": ["Technician was almost an hour late and didn't call.", "Guy showed up 40 minutes late.",
                        "Late again, I had to take half a day off for nothing."],
    "chemical_smell": ["The chemical smell was really strong for days.", "Strong smell after the spraying, my kids coughed.",
                       "Couldn't stay home because of the smell."],
    "thorough_praise": ["Very thorough technician, checked every corner.", "Thorough and professional, explained everything.",
                        "Really thorough job, would recommend."],
    "general_positive": ["Good service, no more {p}.", "Happy with the result, fair price.", "Professional and friendly."],
    "neutral": ["It was ok, let's see if it holds.", "Average service, nothing special."],
    "booking_hard": ["Couldn't get a slot for over a week.", "No slot available, all technicians busy."],
    "price_high": ["Quote was too expensive.", "Way too expensive for a small flat."],
    "refund": ["Asked for a refund, still nothing after two weeks.", "Didn't work, I want a refund."],
    "app_bug": ["App kept crashing when I tried to book.", "Booking page crash on my Android phone."],
    "retreat_ok": ["Re-treatment was quick and free, good.", "They fixed it on the second visit, no charge."],
    "followup_ok": ["Follow-up: customer confirms no activity.", "Follow-up call ok, customer satisfied."],
}
SENT = {"pests_returned": "neg", "technician_late": "neg", "chemical_smell": "neg", "booking_hard": "neg",
        "price_high": "neg", "refund": "neg", "app_bug": "neg", "thorough_praise": "pos", "general_positive": "pos",
        "retreat_ok": "pos", "followup_ok": "pos", "neutral": "neu"}
RATING = {"pests_returned": ([1, 2, 3], [0.4, 0.4, 0.2]), "technician_late": ([1, 2, 3], [0.35, 0.4, 0.25]),
          "chemical_smell": ([2, 3], [0.5, 0.5]), "booking_hard": ([1, 2, 3], [0.3, 0.45, 0.25]),
          "price_high": ([2, 3], [0.6, 0.4]), "refund": ([1, 2], [0.6, 0.4]), "app_bug": ([1, 2], [0.5, 0.5]),
          "thorough_praise": ([4, 5], [0.25, 0.75]), "general_positive": ([4, 5], [0.5, 0.5]),
          "retreat_ok": ([4, 5], [0.5, 0.5]), "neutral": ([3, 4], [0.65, 0.35]), "followup_ok": ([4, 5], [0.5, 0.5])}


class Gen:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.customers: list[dict] = []
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0

    # ---- helpers
    def u(self, a=0.0, b=1.0) -> float:
        return float(self.rng.uniform(a, b))

    def p(self, x: float) -> bool:
        return bool(self.rng.random() < x)

    def pick(self, items, w=None):
        return items[int(self.rng.choice(len(items), p=None if w is None else np.asarray(w) / np.sum(w)))]

    def ev(self, c: dict, ts: datetime, tp: str, action: str, **kw) -> None:
        if ts > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:06d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   action=action, city=c["city"], city_zh=c["city_zh"])
        row.update(kw)
        self.events.append(row)

    def order(self, c: dict, ts: datetime, amount: float, **kw) -> dict | None:
        if ts > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:05d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                   status="paid", city=c["city"], city_zh=c["city_zh"], home_type=c["home_type"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, topic: str, ts: datetime | None, tp: str, channel: str, lang: str, c: dict | None = None,
           rated=True, nps_p=0.0, pest="cockroach", rating_shift=0, **kw) -> None:
        if ts is not None and ts > END:
            return
        tmpl = self.pick(T_ZH[topic] if lang == "zh" else T_EN[topic])
        text = tmpl.format(p=PEST_ZH[pest] if lang == "zh" else PEST_EN[pest])
        rating = nps = None
        if rated:
            vals, w = RATING[topic]
            rating = int(min(5, max(1, self.pick(vals, w) + rating_shift)))
            if self.p(nps_p):
                lo, hi = {5: (9, 10), 4: (7, 9), 3: (5, 7), 2: (2, 5), 1: (0, 3)}[rating]
                nps = int(self.rng.integers(lo, hi + 1))
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, language=lang,
                   city=c["city"] if c else kw.pop("city", None))
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    def tech(self, city: str, ts: datetime) -> str:
        pool = [t for t in TECHS[city] if TECH_FROM.get(t, START) <= ts <= TECH_UNTIL.get(t, datetime(2099, 1, 1))]
        w = [0.6 if t == "T24" else 1.0 for t in pool]
        return self.pick(pool, w)

    # ---- customers
    def new_customer(self, t0: datetime, source: str | None = None, city: str | None = None,
                     home: str | None = None) -> dict:
        r = self.rng
        city = city or self.pick(CITIES, CITY_W)
        home = home or self.pick(HOME, HOME_W[city])
        if source is None:
            sw = list(SOURCE_W)
            if t0.year == 2026:
                sw[3] *= 1.25
            source = self.pick(SOURCES, sw)
        lang = "en" if (city in ("Shanghai", "Shenzhen") and self.p(0.11)) or self.p(0.015) else "zh"
        area = {"apartment": r.normal(85, 25), "villa": r.normal(260, 60), "shop": r.normal(120, 50)}[home]
        c = dict(customer_id=f"C{len(self.customers) + 1:05d}", signup_at=t0, city=city, city_zh=CITY_ZH[city],
                 region=REGION[city], district=self.pick(DISTRICTS[city]), home_type=home, home_type_zh=HOME_ZH[home],
                 area_sqm=int(max(30, area)), acquisition_channel=source, source_zh=SOURCE_ZH[source], language=lang,
                 _plan=False, _plan_active=False, _booked=False)
        self.customers.append(c)
        return c

    def pick_service(self, city: str, home: str) -> str:
        w = SVC_BASE * SVC_HOME[home] * SVC_CITY[city]
        return self.pick(SVC, w)

    # ---- one job: enquiry -> quote -> booking -> dispatch -> treatment -> follow-up -> re-treatment
    def job(self, c: dict, t0: datetime, svc: str, campaign: bool = False, returning: bool = False) -> None:
        self.n_job += 1
        jid = f"J{self.n_job:05d}"
        src, city, home = c["acquisition_channel"], c["city"], c["home_type"]
        if returning:
            chan, dev = self.pick(["phone", "mini_program"], [0.5, 0.5]), None
        elif src == "meituan":
            chan, dev = "app", self.pick(["android", "ios"], [0.56, 0.44])
        elif src == "58tongcheng":
            chan = self.pick(["app", "web"], [0.6, 0.4])
            dev = self.pick(["android", "ios"], [0.6, 0.4]) if chan == "app" else "pc"
        elif src == "hotline":
            chan, dev = "phone", None
        else:
            chan, dev = "mini_program", self.pick(["android", "ios"], [0.5, 0.5])
        if chan == "mini_program" and dev is None:
            dev = self.pick(["android", "ios"], [0.5, 0.5])
        common = dict(job_id=jid, service_type=SVC_ZH[svc], service_type_en=svc, home_type=home)
        self.ev(c, t0, "tp_enquiry", "submit", device=dev, channel=chan,
                campaign=CAMPAIGN_NAME if campaign else None, **common)
        pest = svc
        lang = c["language"]
        # quote
        if not self.p(QUOTE_P[src] + (0.04 if returning else 0)):
            return
        if svc == "formaldehyde":
            amount = max(480.0, c["area_sqm"] * self.u(11, 15))
        else:
            amount = PRICE[svc][HOME.index(home)] * self.u(0.9, 1.15)
        amount = round(amount * PRICE_F[city] / 10) * 10
        plan = svc in ("cockroach", "termite", "rodent") and not c["_plan_active"] and self.p(PLAN_P[home])
        if plan:
            amount = round(PLAN_PRICE[home] * PRICE_F[city] / 10) * 10
        tq = t0 + D(hours=self.u(0.3, 36))
        self.ev(c, tq, "tp_quote", "sent", device=dev, channel=chan, quote_amount=amount,
                product="annual_plan" if plan else "one_off", **common)
        # booking
        pb = BOOK_P[src] + (0.15 if returning else 0)
        if campaign:
            pb *= 0.85
        if chan in ("app", "web") and dev == "android" and ANDROID_BUG[0] <= t0 <= ANDROID_BUG[1] and \
                src in ("meituan", "58tongcheng"):
            pb *= 0.36
            if self.p(0.3):
                self.fb("app_bug", tq + D(hours=self.u(1, 30)), "tp_booking", "review", lang, c, pest=pest,
                        platform=SOURCE_ZH[src], service_type=SVC_ZH[svc], service_type_en=svc, job_id=jid)
        if home == "villa":
            pb *= 1.08
        if not self.p(pb):
            if self.p(0.10):
                ch = "call_note" if chan == "phone" else "review"
                self.fb("price_high", tq + D(hours=self.u(2, 72)), "tp_quote", ch, lang, c, rated=ch == "review",
                        pest=pest, service_type=SVC_ZH[svc], service_type_en=svc, job_id=jid,
                        platform=SOURCE_ZH[src] if ch == "review" else None)
            return
        tb = tq + D(hours=self.u(1, 90))
        c["_booked"] = True
        self.ev(c, tb, "tp_booking", "submit", device=dev, channel=chan,
                product="annual_plan" if plan else "one_off", **common)
        pay = self.pick(["meituan_pay", "wechat_pay", "alipay"], [0.7, 0.2, 0.1]) if src == "meituan" else \
            self.pick(["wechat_pay", "alipay", "bank_transfer"], [0.6, 0.3, 0.1] if home != "shop" else [0.4, 0.2, 0.4])
        o = self.order(c, tb, amount, order_type="annual_plan" if plan else "one_off",
                       order_type_zh="年卡" if plan else "单次施工", service_type=SVC_ZH[svc], service_type_en=svc,
                       job_id=jid, channel=chan, device=dev, payment_method=pay, is_renewal=0)
        # appointment wait
        crunch = city == "Shenzhen" and SZ_CRUNCH[0] <= tb <= SZ_CRUNCH[1]
        if crunch:
            wait = float(np.clip(self.rng.lognormal(np.log(6.5), 0.42), 2.0, 18.0))
        else:
            wait = float(np.clip(self.rng.lognormal(np.log(1.8), 0.5), 0.4, 9.0))
        appt = tb + D(days=wait)
        appt = appt.replace(hour=int(self.rng.integers(9, 18)), minute=self.pick([0, 30]), second=0)
        if appt <= tb + D(hours=3):
            appt = appt + D(days=1)
        wait = (appt - tb).total_seconds() / 86400
        if crunch and wait > 4 and self.p(0.42):
            self.fb("booking_hard", tb + D(hours=self.u(2, 40)), "tp_booking", "review" if chan != "phone" else "call_note",
                    lang, c, rated=chan != "phone", pest=pest, service_type=SVC_ZH[svc], service_type_en=svc,
                    job_id=jid, platform=SOURCE_ZH[src] if chan != "phone" else None)
        p_cancel = 0.035 + (0.24 if crunch and wait > 5 else 0.0)
        if self.p(p_cancel):
            tc = tb + D(hours=self.u(2, max(3.0, wait * 24 - 4)))
            reason = "wait_too_long" if crunch and self.p(0.85) else self.pick(
                ["schedule_change", "found_cheaper", "pests_gone"], [0.5, 0.3, 0.2])
            self.ev(c, tc, "tp_cancel", "cancel", device=dev, channel=chan, cancel_reason=reason, **common)
            if o is not None and tc <= END:
                o["status"] = "cancelled"
                o["cancel_reason"] = reason
            return
        tech = self.tech(city, appt)
        self.ev(c, appt - D(minutes=self.u(40, 130)), "tp_dispatch", "assigned", channel="other",
                technician_id=tech, appointment_at=appt, **common)
        delay = self.rng.normal(36, 22) if crunch else self.rng.normal(4, 10)
        delay = int(round(max(-20, delay)))
        tt = appt + D(minutes=delay)
        chem = CHEAP_GEL if (svc == "cockroach" and city == "Guangzhou" and GEL_LITE[0] <= tt <= GEL_LITE[1]) else CHEM[svc]
        dur = int(DURATION[svc] * self.u(0.75, 1.35) * (1.8 if home == "villa" else 1))
        self.ev(c, tt, "tp_treatment", "late" if delay > 15 else "on_time", channel="onsite", technician_id=tech,
                appointment_at=appt, arrival_delay_minutes=delay, duration_minutes=dur, chemical=chem,
                visit_type="first", order_id=o["order_id"] if o else None, **common)
        if o is not None:
            o["technician_id"] = tech
        # survey after the treatment
        if self.p(0.47):
            if delay > 15 and self.p(0.8 if delay > 30 else 0.55):
                topic = "technician_late"
            elif tech == STAR_TECH and self.p(0.8):
                topic = "thorough_praise"
            elif self.p({"formaldehyde": 0.42, "bed_bug": 0.26}.get(svc, 0.04)):
                topic = "chemical_smell"
            elif self.p(0.62 if tech == STAR_TECH else 0.46 if city == "Chengdu" else 0.33):
                topic = "thorough_praise"
            else:
                topic = self.pick(["general_positive", "neutral"], [0.62, 0.38])
            shift = 0
            if tech == STAR_TECH and topic in ("thorough_praise", "general_positive", "neutral"):
                shift = 1
            if tech == "T24":
                topic, shift = "thorough_praise", 1
            self.fb(topic, tt + D(hours=self.u(2, 50)), "tp_treatment", "survey", lang, c, nps_p=0.5, pest=pest,
                    rating_shift=shift, service_type=SVC_ZH[svc], service_type_en=svc, technician_id=tech,
                    order_id=o["order_id"] if o else None, job_id=jid, platform="小程序问卷")
        # pests coming back
        p_ret = RETURN_P[svc]
        if chem == CHEAP_GEL:
            p_ret = 0.48
        if plan:
            p_ret *= 0.8
        if tech == STAR_TECH:
            p_ret *= 0.5
        ret = self.p(p_ret)
        t_notice = tt + D(days=self.u(3, 26) if svc != "termite" else self.u(10, 80))
        tf, seen = None, False
        if self.p(0.88):
            tf = tt + D(days=7, hours=self.u(-14, 30))
            seen = ret and (t_notice <= tf or self.p(0.55))     # the check finds fresh signs
            fchan = "onsite" if svc in ("termite", "formaldehyde") else "phone"
            self.ev(c, tf, "tp_followup", "pests_seen" if seen else "clear", channel=fchan,
                    followup_result="pests_seen" if seen else "clear", followup_result_zh="发现虫害" if seen else "无虫害",
                    technician_id=tech, **common)
            if seen and self.p(0.85):
                self.fb("pests_returned", tf + D(minutes=self.u(5, 60)), "tp_followup", "call_note", lang, c,
                        rated=False, pest=pest, service_type=SVC_ZH[svc], service_type_en=svc, technician_id=tech,
                        job_id=jid)
            elif not seen and self.p(0.22):
                self.fb("followup_ok", tf + D(minutes=self.u(5, 60)), "tp_followup", "call_note", lang, c,
                        rated=False, pest=pest, service_type=SVC_ZH[svc], service_type_en=svc, technician_id=tech,
                        job_id=jid)
        if ret:
            t_req = tf if seen else t_notice
            if self.p(0.86) and (t_req - tt).days < WARRANTY[svc]:
                tr = t_req + D(days=self.u(0.5, 4))
                tech2 = tech if self.p(0.7) else self.tech(city, tr)
                self.ev(c, tr, "tp_retreat", "done", channel="onsite", technician_id=tech2, visit_type="retreatment",
                        chemical=CHEM[svc] if chem == CHEAP_GEL and self.p(0.5) else chem, **common)
                self.order(c, tr, 0.0, order_type="retreatment", order_type_zh="保修复治", service_type=SVC_ZH[svc],
                           service_type_en=svc, job_id=jid, channel="phone", device=None, payment_method=None,
                           is_renewal=0, technician_id=tech2)
                fail2 = self.p(0.5 if svc == "bed_bug" else 0.3 if chem == CHEAP_GEL else 0.14)
                if self.p(0.5):
                    self.fb("pests_returned" if fail2 or self.p(0.45) else "retreat_ok", tr + D(hours=self.u(3, 60)),
                            "tp_retreat", "survey", lang, c, nps_p=0.5, pest=pest, service_type=SVC_ZH[svc],
                            service_type_en=svc, technician_id=tech2, job_id=jid, platform="小程序问卷")
                c["_retreat_at"] = tr
                if fail2 and not plan and o is not None and self.p(0.7):
                    self.refund(c, o, tr + D(days=self.u(5, 20)), "not_effective", lang, common, pest)
            elif not plan and o is not None and self.p(0.35):
                self.refund(c, o, t_req + D(days=self.u(1, 6)), "not_effective", lang, common, pest)
        elif delay > 45 and not plan and o is not None and self.p(0.2):
            self.refund(c, o, tt + D(days=self.u(1, 5)), "service_issue", lang, common, pest)
        if plan and o is not None:
            self.plan_year(c, tt, tech, svc, common, o["amount"])
        elif o is not None and o["status"] == "paid" and not returning and self.p(0.12):
            t2 = tt + D(days=self.u(60, 300))
            if t2 <= END:
                self.job(c, t2.replace(hour=int(self.rng.integers(8, 22))), self.pick_service(city, home),
                         returning=True)

    def refund(self, c, o, ts, reason, lang, common, pest) -> None:
        if ts > END:
            return
        self.ev(c, ts, "tp_refund", "refunded", channel="other", refund_reason=reason, order_id=o["order_id"], **common)
        o["status"] = "refunded"
        o["refund_reason"] = reason
        o["refunded_at"] = ts
        if self.p(0.75):
            self.fb("refund", ts - D(hours=self.u(1, 48)), "tp_refund", "ticket", lang, c, rated=False, pest=pest,
                    service_type=common["service_type"], service_type_en=common["service_type_en"],
                    order_id=o["order_id"], job_id=common["job_id"])

    def plan_year(self, c, t_first, tech, svc, common, amount) -> None:
        c["_plan"] = c["_plan_active"] = True
        year_start = t_first
        for year in (1, 2):
            for k in (1, 2, 3):
                tv = year_start + D(days=91 * k + self.u(-5, 5))
                tv = tv.replace(hour=int(self.rng.integers(9, 17)), minute=0, second=0)
                if tv > END:
                    break
                tk = tech if TECH_FROM.get(tech, START) <= tv <= TECH_UNTIL.get(tech, datetime(2099, 1, 1)) else self.tech(c["city"], tv)
                self.ev(c, tv - D(minutes=self.u(40, 120)), "tp_dispatch", "assigned", channel="other",
                        technician_id=tk, appointment_at=tv, **common)
                delay = int(round(max(-20, self.rng.normal(4, 10))))
                self.ev(c, tv + D(minutes=delay), "tp_treatment", "late" if delay > 15 else "on_time",
                        channel="onsite", technician_id=tk, appointment_at=tv, arrival_delay_minutes=delay,
                        duration_minutes=int(DURATION[svc] * self.u(0.6, 1.0)), chemical=CHEM[svc],
                        visit_type="plan_visit", plan_year=year, **common)
            tn = year_start + D(days=335 + self.u(-1, 1))
            if tn > END:
                return
            self.ev(c, tn, "tp_renewal_notice", "sent", channel="mini_program", plan_year=year, **common)
            had_retreat = c.get("_retreat_at") is not None and year_start <= c["_retreat_at"] < year_start + D(days=365)
            pr = {"villa": 0.83, "shop": 0.72, "apartment": 0.6}[c["home_type"]]
            if had_retreat:
                pr = 0.3
            if self.p(pr):
                tr = tn + D(days=self.u(0.5, 28))
                self.ev(c, tr, "tp_renewal", "renewed", channel="mini_program", plan_year=year + 1, **common)
                self.order(c, tr, amount, order_type="annual_plan", order_type_zh="年卡", service_type=common[
                    "service_type"], service_type_en=svc, job_id=common["job_id"], channel="mini_program",
                    device=None, payment_method="wechat_pay", is_renewal=1)
                year_start = year_start + D(days=365)
            else:
                if had_retreat and self.p(0.5):
                    self.fb("pests_returned", tn + D(days=self.u(1, 20)), "tp_renewal_notice", "survey",
                            c["language"], c, pest=svc, service_type=common["service_type"], service_type_en=svc,
                            job_id=common["job_id"], platform="小程序问卷")
                if year_start + D(days=365) <= END:     # the plan year has run out without a renewal
                    c["_plan_active"] = False
                    c["_lapsed"] = True
                return

    # ---- whole dataset
    def run(self) -> None:
        months = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 7)]
        for _ in range(N_BASE):
            city = self.pick(CITIES, CITY_W)
            home = self.pick(HOME, HOME_W[city])
            svc = self.pick_service(city, home)
            w = [SEASON[svc][m - 1] * (1.22 if y == 2026 else 1.0) for y, m in months]
            y, m = months[int(self.rng.choice(len(months), p=np.asarray(w) / sum(w)))]
            nd = (datetime(y + (m == 12), m % 12 + 1, 1) - datetime(y, m, 1)).days
            t0 = datetime(y, m, 1) + D(days=int(self.rng.integers(0, nd)), hours=self.u(8, 22.5))
            c = self.new_customer(t0, city=city, home=home)
            c["_svc"] = svc
        for _ in range(N_CAMPAIGN):
            t0 = CAMPAIGN[0] + D(days=int(self.rng.integers(0, 7)), hours=self.u(8, 23))
            c = self.new_customer(t0, source="meituan")
            c["_campaign"] = True
        self.customers.sort(key=lambda c: c["signup_at"])
        for i, c in enumerate(self.customers, 1):
            c["customer_id"] = f"C{i:05d}"
        for c in self.customers:
            svc = c.get("_svc") or ("cockroach" if self.p(0.8) else self.pick_service(c["city"], c["home_type"]))
            self.job(c, c["signup_at"], svc, campaign=bool(c.get("_campaign")))
        self.social()
        for c in self.customers:
            if c["_plan_active"]:
                c["segment"] = "annual_member"
            elif c.get("_lapsed"):
                c["segment"] = "lapsed_member"
            elif c["_booked"]:
                c["segment"] = "one_off"
            else:
                c["segment"] = "prospect"
            c["tier"] = "annual_plan" if c["_plan"] else "standard"

    def social(self) -> None:
        topics = ["thorough_praise", "chemical_smell", "pests_returned", "technician_late", "price_high",
                  "general_positive"]
        w = [0.3, 0.2, 0.2, 0.1, 0.12, 0.08]
        for _ in range(170):
            topic = self.pick(topics, w)
            lang = "en" if self.p(0.18) else "zh"
            ts = None if self.p(0.4) else START + D(days=self.u(0, (END - START).days))
            svc = self.pick(SVC, SVC_BASE)
            if topic == "chemical_smell":
                svc = self.pick(["formaldehyde", "bed_bug"], [0.7, 0.3])
            city = self.pick(CITIES, CITY_W)
            self.fb(topic, ts, None, "social", lang, None, rated=False, pest=svc, city=city,
                    service_type=SVC_ZH[svc], service_type_en=svc,
                    platform=self.pick(["小红书", "大众点评", "微博"], [0.5, 0.35, 0.15]))


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    return v


def write(path: Path, rows: list[dict], cols: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "city_zh",
           "district", "home_type", "home_type_zh", "area_sqm", "source_zh", "language"])
    write(out / "events.csv", g.events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "job_id", "city", "city_zh",
           "service_type", "service_type_en", "home_type", "technician_id", "appointment_at", "arrival_delay_minutes",
           "duration_minutes", "chemical", "visit_type", "plan_year", "product", "quote_amount", "followup_result",
           "followup_result_zh", "cancel_reason", "refund_reason", "order_id", "campaign"])
    for o in g.orders:
        o["technician_name"] = TECH_NAME.get(o.get("technician_id"))
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]),
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "is_renewal", "service_type", "service_type_en", "home_type", "city", "city_zh", "job_id", "technician_id",
           "technician_name", "payment_method", "cancel_reason", "refund_reason", "refunded_at"])
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "service_type", "service_type_en", "technician_id", "order_id", "job_id", "platform"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)} -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
