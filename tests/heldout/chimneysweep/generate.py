"""Hearth & Flue Chimney Co. (炉安烟囱): chimney sweeping, safety inspections, repairs and relining for wood-stove,
open-fireplace, insert, pellet and gas-fireplace homes in Toronto, Denver, Christchurch, Beijing and Shanghai,
2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table, used by
gold.py only). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import heapq
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 7412026
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta

CITIES = ["Toronto", "Denver", "Christchurch", "Beijing", "Shanghai"]
CITY_W = np.array([0.25, 0.22, 0.15, 0.21, 0.17])
CITY_ZH = {"Toronto": "多伦多", "Denver": "丹佛", "Christchurch": "基督城", "Beijing": "北京", "Shanghai": "上海"}
COUNTRY = {"Toronto": "CA", "Denver": "US", "Christchurch": "NZ", "Beijing": "CN", "Shanghai": "CN"}
REGION = {"Toronto": "north_america", "Denver": "north_america", "Christchurch": "oceania", "Beijing": "china",
          "Shanghai": "china"}
CURRENCY = {"Toronto": "CAD", "Denver": "USD", "Christchurch": "NZD", "Beijing": "CNY", "Shanghai": "CNY"}
FX = {"CAD": 0.73, "USD": 1.0, "NZD": 0.60, "CNY": 0.14}          # local -> USD (group reporting currency)
CHINA = {"Beijing", "Shanghai"}
NEIGHBOURHOODS = {"Toronto": ["Leaside", "The Annex", "High Park", "Etobicoke", "North York", "Riverdale"],
                  "Denver": ["Washington Park", "Highlands", "Park Hill", "Cherry Creek", "Lakewood", "Littleton"],
                  "Christchurch": ["Fendalton", "Merivale", "Cashmere", "Riccarton", "Papanui", "Sumner"],
                  "Beijing": ["顺义", "朝阳", "海淀", "昌平", "通州"],
                  "Shanghai": ["青浦", "闵行", "浦东", "松江", "嘉定"]}

APPL = ["wood_stove", "open_fireplace", "insert", "pellet_stove", "gas_fireplace"]
APPL_ZH = {"wood_stove": "柴火炉", "open_fireplace": "开放式壁炉", "insert": "嵌入式壁炉芯",
           "pellet_stove": "颗粒炉", "gas_fireplace": "燃气壁炉"}
APPL_W = {"Toronto": [0.20, 0.25, 0.20, 0.05, 0.30], "Denver": [0.25, 0.15, 0.15, 0.05, 0.40],
          "Christchurch": [0.58, 0.10, 0.15, 0.12, 0.05], "Beijing": [0.10, 0.45, 0.10, 0.00, 0.35],
          "Shanghai": [0.05, 0.35, 0.10, 0.00, 0.50]}
UNSAFE_P = {"wood_stove": 0.13, "open_fireplace": 0.06, "insert": 0.05, "pellet_stove": 0.04, "gas_fireplace": 0.03}
REPAIR_P = {"wood_stove": 0.33, "open_fireplace": 0.42, "insert": 0.28, "pellet_stove": 0.22, "gas_fireplace": 0.20}
FINDINGS = {
    "wood_stove": [("creosote_buildup", 0.35), ("damaged_liner", 0.25), ("missing_cap", 0.15), ("crown_crack", 0.15),
                   ("mortar_joints", 0.10)],
    "open_fireplace": [("damaged_liner", 0.35), ("crown_crack", 0.2), ("damper_fault", 0.2), ("mortar_joints", 0.15),
                       ("creosote_buildup", 0.10)],
    "insert": [("damaged_liner", 0.3), ("creosote_buildup", 0.25), ("missing_cap", 0.25), ("crown_crack", 0.2)],
    "pellet_stove": [("vent_blockage", 0.5), ("missing_cap", 0.3), ("damaged_liner", 0.2)],
    "gas_fireplace": [("thermocouple_fault", 0.45), ("vent_blockage", 0.3), ("gas_valve_leak", 0.25)],
}
FINDING_ZH = {"creosote_buildup": "焦油积聚", "damaged_liner": "内衬破损", "missing_cap": "缺少烟囱帽",
              "crown_crack": "烟囱顶开裂", "mortar_joints": "砖缝风化", "damper_fault": "风门故障",
              "vent_blockage": "排烟口堵塞", "thermocouple_fault": "热电偶故障", "gas_valve_leak": "燃气阀渗漏"}

SOURCES = ["search_ads", "home_show", "referral"]
SOURCE_ZH = {"search_ads": "搜索广告", "home_show": "家居展", "referral": "邻居推荐"}
SOURCE_W = np.array([0.66, 0.34])          # search vs referral among walk-in leads (home shows are bursts)
BOOK_P = {"search_ads": 0.47, "home_show": 0.24, "referral": 0.73}
ONLINE_P = {"search_ads": 0.74, "home_show": 0.47, "referral": 0.42}
SHOWS = [("Toronto", "Toronto Fall Home Show", "2024-09-27", 75), ("Toronto", "National Home Show", "2025-03-14", 60),
         ("Toronto", "Toronto Fall Home Show", "2025-09-26", 85), ("Toronto", "National Home Show", "2026-03-13", 65),
         ("Denver", "Colorado Fall Home Show", "2024-10-04", 60), ("Denver", "Denver Home Show", "2025-02-21", 50),
         ("Denver", "Colorado Fall Home Show", "2025-10-03", 70), ("Denver", "Denver Home Show", "2026-02-20", 55),
         ("Christchurch", "Canterbury Home Expo", "2024-08-16", 35), ("Christchurch", "Christchurch Home Show", "2025-03-28", 50),
         ("Christchurch", "Canterbury Home Expo", "2025-08-15", 35), ("Christchurch", "Christchurch Home Show", "2026-03-27", 55),
         ("Beijing", "北京国际家居展", "2024-09-20", 60), ("Beijing", "北京国际家居展", "2025-04-18", 45),
         ("Beijing", "北京国际家居展", "2025-09-19", 70), ("Beijing", "北京国际家居展", "2026-04-17", 55),
         ("Shanghai", "上海家博会", "2024-08-23", 45), ("Shanghai", "上海家博会", "2025-03-21", 45),
         ("Shanghai", "上海家博会", "2025-08-22", 50), ("Shanghai", "上海家博会", "2026-03-20", 60)]
KEYWORDS_EN = ["chimney sweep near me", "chimney inspection", "chimney relining cost", "wood stove cleaning",
               "gas fireplace service", "chimney repair"]
KEYWORDS_ZH = ["壁炉清洁", "烟囱清理", "壁炉维修", "燃气壁炉保养", "烟囱检测"]

TECHS = {"Toronto": ["T01", "T02", "T03", "T04"], "Denver": ["T05", "T06", "T07", "T08"],
         "Christchurch": ["T09", "T10", "T11", "T12"], "Beijing": ["T13", "T14", "T15", "T16"],
         "Shanghai": ["T17", "T18", "T19", "T20"]}
TECH_NAME = {"T01": "Dave Kowalski", "T02": "Priya Nair", "T03": "Marc Tremblay", "T04": "Sean O'Brien",
             "T05": "Jake Romero", "T06": "Lisa Huang", "T07": "Tom Becker", "T08": "Carlos Ruiz",
             "T09": "Aroha Ngata", "T10": "Ben Walsh", "T11": "Hamish Reid", "T12": "Kiri Tane",
             "T13": "王建国", "T14": "李强", "T15": "赵磊", "T16": "刘洋",
             "T17": "陈伟", "T18": "周杰", "T19": "吴斌", "T20": "孙浩", "T21": "Evan Price"}
TECH_SKILL = {t: 0.0 for t in TECH_NAME}
TECH_SKILL.update({"T07": 0.30, "T11": 0.08, "T15": 0.06, "T04": -0.12, "T18": -0.10})
NEW_TECH, NEW_TECH_FROM = "T21", datetime(2026, 5, 4)

FORM_BUG = (datetime(2025, 11, 1), datetime(2025, 11, 30, 23, 59, 59))       # photo-upload step broke on mobile
TOR_CRUNCH = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59, 59))     # Toronto short-staffed, late arrivals
SH_REPORT = (datetime(2025, 11, 1), datetime(2026, 6, 30, 23, 59, 59))        # Shanghai camera reports slow

# prices in local currency
INSPECT_PRICE = {"CAD": (249, 549), "USD": (189, 409), "NZD": (320, 690), "CNY": (880, 1980)}   # level_1, level_2
GAS_PRICE = {"CAD": 229, "USD": 169, "NZD": 290, "CNY": 780}
PLAN_PRICE = {"CAD": 329, "USD": 249, "NZD": 420, "CNY": 1680}
REPAIR_USD = {"creosote_buildup": (260, 80), "missing_cap": (340, 60), "crown_crack": (900, 250),
              "mortar_joints": (1400, 400), "damper_fault": (520, 120), "vent_blockage": (300, 80),
              "thermocouple_fault": (280, 60), "gas_valve_leak": (650, 150), "damaged_liner": (3900, 900)}
PAY = {"CAD": ["card", "e_transfer", "card"], "USD": ["card", "card", "check"], "NZD": ["card", "bank_transfer"],
       "CNY": ["wechat_pay", "alipay", "wechat_pay"]}


def season(city: str, d: datetime) -> float:
    m = d.month
    if city == "Christchurch":
        m = (m + 5) % 12 + 1
    f = [1.0, 0.8, 0.7, 0.5, 0.45, 0.45, 0.6, 0.9, 1.6, 2.1, 1.9, 1.3][m - 1]
    if city == "Shanghai":
        f = 0.5 + 0.5 * f
    return f


def growth(d: datetime) -> float:
    return {2024: 0.88, 2025: 1.0, 2026: 1.32}[d.year]


class Gen:
    def __init__(self) -> None:
        self.r = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.n_job = 0
        self.plan_until: dict[str, datetime] = {}
        self.t21_ratings = 0

    # ------------------------------------------------------------------ helpers
    def p(self, x: float) -> bool:
        return bool(self.r.random() < x)

    def pick(self, xs, w=None):
        if w is None:
            return xs[int(self.r.integers(len(xs)))]
        w = np.asarray(w, dtype=float)
        return xs[int(self.r.choice(len(xs), p=w / w.sum()))]

    def work_time(self, day: datetime, lo=8, hi=17) -> datetime:
        d = datetime(day.year, day.month, day.day)
        if d.weekday() == 6:
            d += D(days=1)
        return d + D(hours=int(self.r.integers(lo, hi)), minutes=int(self.r.integers(0, 4)) * 15)

    def any_time(self, d: datetime, lo=7, hi=23) -> datetime:
        base = datetime(d.year, d.month, d.day)
        return base + D(hours=int(self.r.integers(lo, hi)), minutes=int(self.r.integers(60)),
                        seconds=int(self.r.integers(60)))

    def ev(self, cust: dict, ts: datetime, tp: str, action: str, **kw) -> dict | None:
        if ts > END:
            return None
        e = dict(customer_id=cust["customer_id"], ts=ts, touchpoint_id=tp, action=action, city=cust["city"],
                 appliance_type=cust["appliance_type"])
        e.update(kw)
        self.events.append(e)
        return e

    def order(self, cust: dict, ts: datetime, otype: str, local: float, status="paid", **kw) -> str | None:
        if ts > END:
            return None
        cur = CURRENCY[cust["city"]]
        oid = f"O{len(self.orders) + 1:06d}"
        zh = {"inspection": "安全检查", "annual_sweep": "年度清扫", "repair": "维修", "relining": "烟囱内衬更换",
              "annual_plan": "年度保养计划"}[otype]
        o = dict(order_id=oid, customer_id=cust["customer_id"], ts=ts, amount=round(local * FX[cur], 2), status=status,
                 order_type=otype, order_type_zh=zh, currency=cur, amount_local=round(local, 2), city=cust["city"],
                 payment_method=self.pick(PAY[cur]) if status != "cancelled" else "")
        o.update(kw)
        self.orders.append(o)
        return oid

    def tech(self, city: str, ts: datetime) -> str:
        pool = list(TECHS[city])
        if city == "Denver" and ts >= NEW_TECH_FROM:
            pool.append(NEW_TECH)
        return self.pick(pool)

    def fb(self, cust: dict | None, ts: datetime | None, tp: str | None, channel: str, topic: str,
           rating=None, nps=None, **kw) -> None:
        if ts is not None and ts > END:
            return
        zh = kw.pop("zh", False)
        lang = "zh" if (cust and cust["city"] in CHINA) or zh else "en"
        text = self.text(topic, lang, cust)
        fid = f"F{len(self.feedback) + 1:05d}"
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=cust["customer_id"] if cust else "",
                   touchpoint_id=tp or "", channel=channel, rating=rating, nps=nps, language=lang,
                   city=kw.pop("city", cust["city"] if cust else ""))
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    def text(self, topic: str, lang: str, cust: dict | None) -> str:
        opts = TEXTS[topic][lang]
        t = opts[int(self.r.integers(len(opts)))]
        if cust is not None and "{appl}" in t:
            t = t.replace("{appl}", APPL_ZH[cust["appliance_type"]] if lang == "zh" else
                          cust["appliance_type"].replace("_", " "))
        return t.replace("{appl}", "壁炉" if lang == "zh" else "fireplace")

    def survey_rating(self, topic: str, skill: float = 0.0) -> int:
        s = SENT[topic]
        if s == "neg":
            return int(self.pick([1, 2, 3], [0.45, 0.4, 0.15]))
        if s == "pos":
            return int(self.pick([4, 5], [0.35 - skill, 0.65 + skill]))
        return int(self.pick([3, 4, 5], [0.4 - skill, 0.45, 0.15 + skill]))

    def nps_of(self, rating: int) -> int:
        lo, hi = {1: (0, 3), 2: (1, 5), 3: (4, 7), 4: (7, 9), 5: (8, 10)}[rating]
        return int(self.r.integers(lo, hi + 1))

    # ------------------------------------------------------------------ customers
    def new_customer(self, city: str, signup: datetime, source: str, legacy=False) -> dict:
        cid = f"C{len(self.customers) + 1:05d}"
        appl = self.pick(APPL, APPL_W[city])
        china = city in CHINA
        if appl == "gas_fireplace":
            chimney = "direct_vent"
        elif appl == "pellet_stove":
            chimney = "factory_built"
        else:
            chimney = self.pick(["masonry", "factory_built"], [0.7, 0.3] if not china else [0.45, 0.55])
        if china:
            home = self.pick(["villa", "townhouse"], [0.7, 0.3])
            built = int(self.r.integers(1998, 2021))
            contact = self.pick(["wechat", "sms"], [0.85, 0.15])
        else:
            home = self.pick(["detached", "semi_detached", "townhouse"], [0.68, 0.2, 0.12])
            built = int(self.r.integers(1925 if city == "Toronto" else 1950, 2022))
            contact = self.pick(["email", "sms"], [0.55, 0.45])
        c = dict(customer_id=cid, signup_at=signup, segment="", region=REGION[city], acquisition_channel=source,
                 tier="standard", city=city, city_zh=CITY_ZH[city], country=COUNTRY[city],
                 lead_source_zh=SOURCE_ZH[source], appliance_type=appl, home_type=home, chimney_type=chimney,
                 home_built_year=built, neighbourhood=self.pick(NEIGHBOURHOODS[city]), preferred_contact=contact,
                 language="zh" if china else "en", legacy=legacy, referrer_customer_id="")
        if source == "referral" and len(self.customers) > 50:
            c["referrer_customer_id"] = f"C{int(self.r.integers(1, len(self.customers))):05d}"
        self.customers[cid] = c
        return c

    # ------------------------------------------------------------------ flows
    def lead(self, c: dict, t: datetime, show: str | None = None) -> None:
        src = c["acquisition_channel"]
        china = c["city"] in CHINA
        if src == "search_ads":
            plat = "baidu" if china else self.pick(["google_ads", "bing_ads"], [0.85, 0.15])
            self.ev(c, t, "tp_search_ad", "click", channel="ads", ad_platform=plat,
                    device=self.pick(["pc", "ios", "android"], [0.45, 0.32, 0.23]),
                    keyword=self.pick(KEYWORDS_ZH if china else KEYWORDS_EN))
        elif src == "home_show":
            self.ev(c, t, "tp_home_show", "lead_card", channel="other", show_name=show)
        else:
            self.ev(c, t, "tp_referral", "referral_code", channel="other",
                    referrer_customer_id=c["referrer_customer_id"])
        if not self.p(BOOK_P[src] * (0.95 if c["appliance_type"] == "gas_fireplace" else 1.0)):
            if src == "home_show" and self.p(0.15):       # a follow-up call that went nowhere
                self.fb(c, t + D(days=int(self.r.integers(3, 15))), "tp_home_show", "call_note", "not_now")
            return
        delay = {"search_ads": self.r.exponential(1.2), "home_show": 2 + self.r.exponential(12),
                 "referral": self.r.exponential(3)}[src]
        tb = t + D(days=float(delay), hours=float(self.r.uniform(0.2, 3)))
        if self.p(ONLINE_P[src]):
            self.online_booking(c, tb, first=True)
        else:
            self.phone_booking(c, tb, first=True)

    def online_booking(self, c: dict, t: datetime, first: bool) -> None:
        china = c["city"] in CHINA
        if china:
            dev, ch = self.pick(["ios", "android"], [0.55, 0.45]), "mini_program"
        else:
            dev, ch = self.pick(["pc", "ios", "android"], [0.46, 0.32, 0.22]), "web"
        self.ev(c, t, "tp_booking_form", "view", channel=ch, device=dev)
        bug = FORM_BUG[0] <= t <= FORM_BUG[1]
        if bug:
            p_ok = 0.80 if dev == "pc" else 0.30
        else:
            p_ok = 0.84 if dev == "pc" else 0.80
        if self.p(p_ok):
            t2 = t + D(minutes=float(self.r.uniform(3, 15)))
            self.booked(c, t2, "tp_online_booking", ch, dev)
            return
        if bug:
            for k in range(int(self.r.integers(0, 3))):          # retries
                self.ev(c, t + D(minutes=20 + 30 * k), "tp_booking_form", "view", channel=ch, device=dev)
            if self.p(0.30):
                tf = t + D(hours=float(self.r.uniform(1, 30)))
                self.fb(c, tf, "tp_booking_form", self.pick(["web_chat", "app_review", "email"], [0.5, 0.2, 0.3]),
                        "upload_bug", rating=int(self.pick([1, 2], [0.6, 0.4])) if self.p(0.4) else None)
        elif self.p(0.06):
            self.fb(c, t + D(hours=2), "tp_booking_form", "web_chat", "upload_bug")
        if self.p(0.5 if bug else 0.3):
            self.phone_booking(c, t + D(hours=float(self.r.uniform(2, 48))), first=first)

    def phone_booking(self, c: dict, t: datetime, first: bool) -> None:
        if t.hour >= 18:
            t = self.any_time(t + D(days=1), 8, 18)
        elif t.hour < 8:
            t = self.any_time(t, 8, 18)
        busy = season(c["city"], t) > 1.5
        hold = float(self.r.gamma(2, 4.5 if busy else 1.5))
        if FORM_BUG[0] <= t <= FORM_BUG[1]:
            hold *= 1.6
        self.booked(c, t, "tp_phone_booking", "phone", "", hold=round(hold, 1))
        if hold > 14 and self.p(0.3):
            self.fb(c, t + D(hours=1), "tp_phone_booking", "call_note", "hold_time")

    def booked(self, c, t, tp, ch, dev, hold=None, visit_type="first_visit") -> None:
        self.n_job += 1
        job = f"J{self.n_job:06d}"
        s = season(c["city"], t)
        wait = 1 + float(self.r.gamma(2, 1.2 + 2.6 * max(0.0, s - 0.6)))
        appt = self.work_time(t + D(days=wait))
        kw = dict(channel=ch, device=dev, job_id=job, appointment_at=appt, visit_type=visit_type)
        if hold is not None:
            kw["hold_minutes"] = hold
        self.ev(c, t, tp, "booked", **kw)
        self.visit(c, t, appt, job, visit_type, ch, dev)

    def visit(self, c, tbook, appt, job, visit_type, bch, bdev) -> None:
        cur = CURRENCY[c["city"]]
        appl = c["appliance_type"]
        plan = self.plan_until.get(c["customer_id"], START - D(days=1)) >= appt
        gas = appl == "gas_fireplace"
        level = "level_2" if (not gas and self.p(0.28 if visit_type == "first_visit" else 0.12)) else "level_1"
        price = GAS_PRICE[cur] if gas else INSPECT_PRICE[cur][0 if level == "level_1" else 1]
        otype = "inspection" if visit_type == "first_visit" else "annual_sweep"
        if self.p(0.075):                                       # cancelled before the visit
            tc = tbook + (appt - tbook) * float(self.r.uniform(0.2, 0.95))
            reason = self.pick(["schedule_conflict", "found_another_company", "no_longer_needed", "price_too_high",
                                "weather"], [0.34, 0.26, 0.2, 0.12, 0.08])
            if self.ev(c, tc, "tp_cancel", "cancelled", channel=self.pick(["phone", "email"], [0.7, 0.3]),
                       job_id=job, cancel_reason=reason) is not None:
                self.order(c, tc, otype, 0 if plan else price, status="cancelled", job_id=job, channel=bch, device=bdev,
                           service="gas_service" if gas else "sweep_inspection", is_renewal=0, cancel_reason=reason)
            return
        tech = self.tech(c["city"], appt)
        if c["city"] == "Toronto" and TOR_CRUNCH[0] <= appt <= TOR_CRUNCH[1]:
            delay = float(self.r.normal(26, 18))
        else:
            delay = float(self.r.normal(4, 10))
        delay = round(max(-20.0, delay))
        arrive = appt + D(minutes=delay)
        p_unsafe = UNSAFE_P[appl] * (1.4 if c["home_built_year"] < 1970 else 1.0) * (0.7 if visit_type != "first_visit" else 1)
        p_rep = REPAIR_P[appl] * (1.2 if c["home_built_year"] < 1970 else 1.0) * (0.75 if visit_type != "first_visit" else 1)
        u = self.r.random()
        outcome = "unsafe" if u < p_unsafe else ("repairs_needed" if u < p_unsafe + p_rep else "passed")
        finding, creo = "", None
        if outcome != "passed":
            names, w = zip(*FINDINGS[appl])
            finding = self.pick(list(names), list(w))
        if appl in ("wood_stove", "open_fireplace", "insert"):
            creo = int(self.pick([1, 2, 3], [0.62, 0.28, 0.10] if finding != "creosote_buildup" else [0.1, 0.5, 0.4]))
        e = self.ev(c, arrive, "tp_inspection", outcome, channel="onsite", job_id=job, technician_id=tech,
                    appointment_at=appt, arrival_delay_minutes=delay, inspection_level=level, visit_type=visit_type,
                    service="gas_service" if gas else "sweep_inspection", finding=finding,
                    finding_zh=FINDING_ZH.get(finding, ""), creosote_stage=creo,
                    duration_minutes=int(self.r.normal(95 if level == "level_2" else 70, 15)))
        if e is None:
            return
        oid = self.order(c, arrive + D(minutes=90), otype, 0 if plan else price, job_id=job, technician_id=tech,
                         channel=bch, device=bdev, service="gas_service" if gas else "sweep_inspection", is_renewal=0)
        e["order_id"] = oid or ""
        if plan and visit_type != "first_visit":
            e["plan_visit"] = 1
        # feedback on the visit
        if tech == NEW_TECH or self.p(0.32):
            skill = TECH_SKILL[tech]
            if delay > 20 and self.p(0.65):
                topic = "tech_late"
            elif self.p(0.014):
                topic = "soot_mess"
            elif self.p(0.02):
                topic = "price_high"
            elif self.p(0.58 + skill):
                topic = self.pick(["thorough_praise", "friendly_praise", "general_pos"], [0.4, 0.3, 0.3])
            else:
                topic = self.pick(["general_neutral", "general_neg"], [0.75, 0.25])
            if tech == NEW_TECH:
                if self.t21_ratings >= 3:
                    topic = None
                else:
                    topic = "thorough_praise"
            if topic:
                tf = arrive + D(hours=float(self.r.uniform(3, 72)))
                chan = "survey" if self.p(0.8) else ("dianping" if c["city"] in CHINA else "google_review")
                rating = 5 if tech == NEW_TECH else self.survey_rating(topic, skill)
                if tech == NEW_TECH:
                    self.t21_ratings += 1
                self.fb(c, tf, "tp_inspection", chan, topic, rating=rating,
                        nps=self.nps_of(rating) if chan == "survey" and self.p(0.5) else None,
                        technician_id=tech, job_id=job)
        # annual plan offered on the first visit
        if visit_type == "first_visit" and outcome != "unsafe" and self.p(0.10 if c["city"] in CHINA else 0.16):
            if self.order(c, arrive + D(minutes=95), "annual_plan", PLAN_PRICE[cur], job_id=job, technician_id=tech,
                          channel="onsite", device="", service="annual_plan", is_renewal=0):
                self.plan_until[c["customer_id"]] = arrive + D(days=365)
                c["tier"] = "annual_plan"
        if outcome != "passed" and self.p(0.93):
            self.quote(c, arrive, job, finding, outcome, tech)
        # next year's reminder
        self.schedule_reminder(c, arrive)

    def quote(self, c, tvisit, job, finding, outcome, tech) -> None:
        cur = CURRENCY[c["city"]]
        relining = finding == "damaged_liner"
        qtype = "relining" if relining else "repair"
        mu, sd = REPAIR_USD[finding]
        usd = max(120.0, float(self.r.normal(mu, sd)))
        if c["city"] in CHINA:
            usd *= 0.85
        local = round(usd / FX[cur], -1)
        usd = round(local * FX[cur], 2)
        tq = self.work_time(tvisit + D(days=float(1 + self.r.gamma(1.5, 1.1))), 9, 18)
        if self.ev(c, tq, "tp_quote", "sent", channel="wechat" if c["city"] in CHINA else "email", job_id=job,
                   quote_type=qtype, quote_amount=usd, finding=finding, finding_zh=FINDING_ZH[finding],
                   technician_id=tech) is None:
            return
        p_acc = 0.40 if relining else 0.71
        if relining and c["city"] in CHINA:
            p_acc = 0.29
        if outcome == "unsafe":
            p_acc += 0.12
        if c["acquisition_channel"] == "home_show":
            p_acc -= 0.05
        accepted = self.p(p_acc)
        if not accepted:
            if self.p(0.30 if relining else 0.16):
                topic = "price_high" if self.p(0.78) else "general_neg"
                tf = tq + D(days=float(self.r.uniform(1, 9)))
                chan = self.pick(["call_note", "email", "google_review" if c["city"] not in CHINA else "dianping"],
                                 [0.35, 0.15, 0.5])
                rating = self.survey_rating(topic) if chan in ("google_review", "dianping") else None
                self.fb(c, tf, "tp_quote", chan, topic, rating=rating, job_id=job, quote_type=qtype)
            return
        if self.p(0.04):                                         # accepted but grumbled about the price
            self.fb(c, tq + D(days=2), "tp_quote", "call_note", "price_high", job_id=job, quote_type=qtype)
        ta = self.any_time(tq + D(days=float(self.r.gamma(1.6, 3.0 if relining else 1.8))), 8, 22)
        if self.ev(c, ta, "tp_quote_accept", "accepted", job_id=job, quote_type=qtype, quote_amount=usd,
                   channel=self.pick(["web", "phone"] if c["city"] not in CHINA else ["mini_program", "phone"],
                                     [0.6, 0.4]), deposit_paid=1 if relining else 0) is None:
            return
        ts_ = self.work_time(ta + D(days=float(self.r.uniform(0.2, 2.5))), 9, 17)
        lead_days = float(self.r.uniform(10, 26) if relining else self.r.uniform(4, 16))
        jobday = self.work_time(ts_ + D(days=lead_days), 8, 11)
        crew = f"{tech}+{self.pick([t for t in TECHS[c['city']] if t != tech])}" if relining else tech
        if self.ev(c, ts_, "tp_job_scheduled", "scheduled", channel="phone", job_id=job, quote_type=qtype,
                   scheduled_for=jobday, crew=crew) is None:
            return
        if self.p(0.03):
            tc = ts_ + (jobday - ts_) * 0.5
            if self.ev(c, tc, "tp_cancel", "cancelled", channel="phone", job_id=job,
                       cancel_reason=self.pick(["price_too_high", "found_another_company", "schedule_conflict"])):
                self.order(c, tc, qtype, local, status="cancelled", job_id=job, technician_id=tech, channel="phone",
                           device="", service=finding, is_renewal=0,
                           cancel_reason=self.events[-1]["cancel_reason"])
            return
        hours = float(self.r.normal(7 if relining else 3, 1.2))
        tdone = jobday + D(hours=max(1.0, hours))
        if self.ev(c, tdone, "tp_job_done", "completed", channel="onsite", job_id=job, quote_type=qtype,
                   technician_id=tech, crew=crew, duration_minutes=int(hours * 60)) is None:
            return
        refunded = self.p(0.035)
        oid = self.order(c, tdone, qtype, local, status="refunded" if refunded else "paid", job_id=job,
                         technician_id=tech, channel="onsite", device="", service=finding, is_renewal=0,
                         refund_reason=self.pick(["work_quality", "damage_to_home", "billing_error"]) if refunded else "")
        self.events[-1]["order_id"] = oid or ""
        if c["city"] == "Shanghai" and SH_REPORT[0] <= tdone <= SH_REPORT[1]:
            rep = float(self.r.gamma(3, 40))
        else:
            rep = float(self.r.gamma(2, 4))
        trep = tdone + D(hours=rep)
        self.ev(c, trep, "tp_camera_report", "sent", channel="wechat" if c["city"] in CHINA else "email", job_id=job,
                report_delay_hours=round(rep, 1), report_pages=int(self.r.integers(6, 19)))
        # feedback after the job
        if rep > 60 and self.p(0.65):
            self.fb(c, tdone + D(hours=min(rep, 72) + 6), "tp_camera_report",
                    self.pick(["email", "call_note", "survey"], [0.4, 0.3, 0.3]), "report_missing", job_id=job,
                    technician_id=tech, rating=int(self.pick([1, 2, 3], [0.3, 0.5, 0.2])) if self.p(0.3) else None)
        if tech != NEW_TECH and self.p(0.42):
            skill = TECH_SKILL[tech]
            if self.p(0.24 if relining else 0.07) or (refunded and self.p(0.5)):
                topic = "soot_mess"
            elif self.p(0.62 + skill):
                topic = self.pick(["thorough_praise", "friendly_praise", "general_pos", "clean_praise"],
                                  [0.3, 0.2, 0.3, 0.2])
            else:
                topic = self.pick(["general_neutral", "general_neg"], [0.7, 0.3])
            rating = self.survey_rating(topic, skill)
            tf = tdone + D(hours=float(self.r.uniform(4, 96)))
            chan = "survey" if self.p(0.75) else ("dianping" if c["city"] in CHINA else "google_review")
            self.fb(c, tf, "tp_job_done", chan, topic, rating=rating,
                    nps=self.nps_of(rating) if chan == "survey" and self.p(0.5) else None, technician_id=tech,
                    job_id=job, quote_type=qtype)

    def schedule_reminder(self, c, tvisit) -> None:
        tr = self.any_time(tvisit + D(days=335), 9, 11)
        if hasattr(self, "pending_heap"):
            heapq.heappush(self.pending, (tr, c["customer_id"]))
        else:
            self.pending.append((tr, c["customer_id"]))

    def reminder(self, c, tr) -> None:
        ch = c["preferred_contact"]
        if self.ev(c, tr, "tp_sweep_reminder", "sent", channel=ch, reminder_no=1) is None:
            return
        plan = self.plan_until.get(c["customer_id"], START - D(days=1)) >= tr - D(days=40)
        p = {"email": 0.42, "sms": 0.58, "wechat": 0.66}[ch]
        if c["acquisition_channel"] == "referral":
            p += 0.07
        if plan:
            p = 0.90
        if self.p(0.025):
            self.fb(c, tr + D(days=float(self.r.uniform(0.5, 6))), "tp_sweep_reminder",
                    "wechat" if ch == "wechat" else "email", "reminder_annoying")
        if not self.p(p):
            if ch == "email" and self.p(0.5):                    # a second nudge two weeks later, no luck
                self.ev(c, tr + D(days=14), "tp_sweep_reminder", "sent", channel=ch, reminder_no=2)
            return
        tb = self.any_time(tr + D(days=float(min(55.0, self.r.gamma(1.4, 9)))), 8, 22)
        if ch == "email" and tb > tr + D(days=14) and self.p(0.5):
            self.ev(c, tr + D(days=14), "tp_sweep_reminder", "sent", channel=ch, reminder_no=2)
        china = c["city"] in CHINA
        if self.p(0.6):
            rch, dev = ("mini_program", self.pick(["ios", "android"])) if china else \
                ("web", self.pick(["pc", "ios", "android"], [0.5, 0.3, 0.2]))
        else:
            rch, dev = "phone", ""
        cur = CURRENCY[c["city"]]
        if plan:
            if self.order(c, tb, "annual_plan", PLAN_PRICE[cur], channel=rch, device=dev, service="annual_plan",
                          is_renewal=1, job_id=""):
                self.plan_until[c["customer_id"]] = tb + D(days=365)
        elif self.p(0.06):
            if self.order(c, tb, "annual_plan", PLAN_PRICE[cur], channel=rch, device=dev, service="annual_plan",
                          is_renewal=0, job_id=""):
                self.plan_until[c["customer_id"]] = tb + D(days=365)
                c["tier"] = "annual_plan"
        self.booked(c, tb, "tp_rebook", rch, dev, visit_type="annual_sweep")

    # ------------------------------------------------------------------ run
    def run(self) -> None:
        self.pending: list[tuple[datetime, str]] = []
        starts: list[tuple[datetime, str, str, str | None]] = []
        # legacy base (customers before the CRM migration on 2024-07-01): first record is their reminder
        legacy = []
        for _ in range(980):
            city = self.pick(CITIES, CITY_W)
            src = self.pick(SOURCES, [0.45, 0.2, 0.35])
            signup = datetime(2018, 1, 1) + D(days=float(self.r.uniform(0, 2300)))
            last = datetime(2023, 8, 1) + D(days=float(self.r.uniform(0, 334)))
            legacy.append((signup, city, src, last))
        legacy.sort()
        for signup, city, src, last in legacy:
            c = self.new_customer(city, signup, src, legacy=True)
            if self.p(0.26):
                self.plan_until[c["customer_id"]] = last + D(days=365)
                c["tier"] = "annual_plan"
            self.pending.append((self.any_time(last + D(days=335), 9, 11), c["customer_id"]))
        # new leads
        day = START
        while day <= END:
            for i, city in enumerate(CITIES):
                lam = 4.55 * CITY_W[i] * season(city, day) * growth(day) * (0.75 if day.weekday() >= 5 else 1.07)
                for _ in range(int(self.r.poisson(lam))):
                    src = self.pick(["search_ads", "referral"], SOURCE_W)
                    starts.append((self.any_time(day, 7, 23), city, src, None))
            day += D(days=1)
        for city, show, d0, n in SHOWS:
            d0 = datetime.fromisoformat(d0)
            for _ in range(int(n * 1.1)):
                starts.append((d0 + D(days=int(self.r.integers(0, 3)), hours=float(self.r.uniform(10, 20))),
                               city, "home_show", show))
        starts.sort(key=lambda x: x[0])
        for t, city, src, show in starts:
            c = self.new_customer(city, t, src)
            self.lead(c, t, show)
        # reminders (processed in time order; each visit can add the next one)
        heapq.heapify(self.pending)
        self.pending_heap = True
        while self.pending:
            tr, cid = heapq.heappop(self.pending)
            if tr > END:
                continue
            self.reminder(self.customers[cid], tr)
        # social posts (no customer, some without a date)
        for k in range(160):
            city = self.pick(CITIES, CITY_W)
            topic = self.pick(["soot_mess", "price_high", "thorough_praise", "general_pos", "tech_late",
                               "general_neutral", "clean_praise"], [0.16, 0.2, 0.16, 0.2, 0.08, 0.12, 0.08])
            tp = {"soot_mess": "tp_job_done", "price_high": "tp_quote", "tech_late": "tp_inspection"}.get(topic, "")
            ts = None if self.p(0.42) else self.any_time(START + D(days=float(self.r.uniform(0, 729))))
            plat = self.pick(["xiaohongshu", "weibo"]) if city in CHINA else self.pick(["facebook", "nextdoor", "reddit"])
            self.fb(None, ts, tp, "social", topic, zh=city in CHINA, city=city, platform=plat)
        self.finish()

    def finish(self) -> None:
        last_visit: dict[str, datetime] = {}
        last_rem: dict[str, datetime] = {}
        rebook_after: dict[str, datetime] = {}
        for e in self.events:
            cid = e["customer_id"]
            if e["touchpoint_id"] == "tp_inspection":
                last_visit[cid] = max(last_visit.get(cid, e["ts"]), e["ts"])
            elif e["touchpoint_id"] == "tp_sweep_reminder" and e.get("reminder_no") == 1:
                last_rem[cid] = max(last_rem.get(cid, e["ts"]), e["ts"])
            elif e["touchpoint_id"] == "tp_rebook":
                rebook_after[cid] = max(rebook_after.get(cid, e["ts"]), e["ts"])
        for cid, c in self.customers.items():
            if self.plan_until.get(cid, START) >= END:
                seg = "plan_member"
            elif cid in last_rem and rebook_after.get(cid, START) < last_rem[cid] and last_rem[cid] <= END - D(days=60):
                seg = "lapsed"
            elif cid in last_visit or c["legacy"]:
                seg = "active"
            else:
                seg = "prospect"
            c["segment"] = seg


SENT = {"price_high": "neg", "soot_mess": "neg", "tech_late": "neg", "report_missing": "neg", "upload_bug": "neg",
        "hold_time": "neg", "reminder_annoying": "neg", "general_neg": "neg", "not_now": "neu",
        "thorough_praise": "pos", "friendly_praise": "pos", "clean_praise": "pos", "general_pos": "pos",
        "general_neutral": "neu"}

TEXTS = {
    "price_high": {
        "zh": ["报价太贵了，换个内衬要这么多钱？", "价格太贵，比别家高了快一倍", "师傅人挺好，就是维修报价太贵，先不做了",
               "这个报价太贵了吧，能不能便宜点", "太贵了，考虑一下再说"],
        "en": ["The quote was way too expensive for a liner, we'll get another opinion.",
               "Honestly the repair price is expensive compared to other sweeps around here.",
               "Nice guy but the relining estimate is just too expensive for us right now.",
               "Expensive. $4k to reline a chimney? Going to shop around.",
               "Quote seems expensive, can you break down the labour vs materials?"]},
    "soot_mess": {
        "zh": ["施工完客厅地板上全是烟灰，还得自己收拾", "沙发上落了一层烟灰，没做好遮挡", "烟灰弄得到处都是，地毯都脏了",
               "换内衬那天屋里全是烟灰味和黑灰，体验很差"],
        "en": ["They left soot all over the hearth and the rug, had to clean it myself.",
               "Soot on the carpet and the couch after the relining job. No drop cloths?",
               "Crew did the work but tracked soot through the whole living room.",
               "Found soot on the furniture the next day, not impressed."]},
    "tech_late": {
        "zh": ["师傅迟到了一个多小时，也没提前打电话", "约的九点，师傅迟到快两个小时", "迟到太久了，我请了半天假在家等",
               "师傅迟到还不说一声"],
        "en": ["Technician showed up late by over an hour with no call.",
               "Booked the 9am slot, tech arrived late around 10:40.",
               "Took the morning off work and the sweep was late. Not great.",
               "Came late and rushed the inspection."]},
    "report_missing": {
        "zh": ["活干完一个礼拜了，内窥报告还没发给我", "说好当天发报告的，到现在都没收到", "一直在等摄像检查报告，催了两次",
               "报告迟迟不发，保险公司那边要用"],
        "en": ["Job was done a week ago and I still haven't received the camera report.",
               "Where is my camera report? Insurance needs it.", "Still waiting on the video report from the chimney scan.",
               "Was promised the report same day, nothing yet after several days."]},
    "upload_bug": {
        "zh": ["小程序预约时上传壁炉照片一直失败，预约不了", "上传照片那一步卡住了，换了手机也不行", "预约页面上传图片报错，只好打电话",
               "照片上传不上去，提交按钮没反应"],
        "en": ["Your booking form won't let me upload a photo of the fireplace on my phone.",
               "Upload step keeps failing on iPhone, can't finish the booking.",
               "Tried three times, the photo upload just spins. Had to call instead.",
               "Booking page is broken at the photo upload, submit does nothing."]},
    "hold_time": {
        "zh": ["打电话预约一直占线，等了二十多分钟", "客服电话总是占线", "电话占线，好不容易才打通"],
        "en": ["Was on hold for 25 minutes just to book a sweep.", "Long time on hold before anyone picked up.",
               "Kept on hold forever, nearly gave up and called someone else."]},
    "reminder_annoying": {
        "zh": ["提醒消息太频繁了，能不能少发点", "一年一次就够了，微信提醒太频繁", "提醒发得太频繁，有点烦"],
        "en": ["Too many reminder emails, please dial it back.", "Getting too many messages about the annual sweep.",
               "Please stop, too many reminders — I'll book when I'm ready."]},
    "general_neg": {
        "zh": ["服务一般，沟通不太顺畅", "感觉不太专业，问问题也说不清楚", "整体体验不好，不会再找了"],
        "en": ["Communication was poor, nobody told me what the next step was.", "Not very professional, wouldn't use again.",
               "Mediocre experience overall."]},
    "not_now": {
        "zh": ["客户说今年先不弄，明年入冬前再联系", "家居展留的电话，回访说暂时不需要"],
        "en": ["Spoke to the homeowner, not this season, call back next fall.",
               "Home show lead, said they only wanted the brochure for now."]},
    "thorough_praise": {
        "zh": ["师傅检查得很仔细，拍照一项项给我讲", "很仔细很专业，烟道里面的情况都讲清楚了", "检查特别仔细，推荐"],
        "en": ["Very thorough inspection, walked me through every photo.",
               "Thorough and patient, explained the creosote levels clearly.",
               "Super thorough job on the {appl}, highly recommend."]},
    "friendly_praise": {
        "zh": ["师傅很客气，准时到的", "态度很好，有问必答", "人很nice，还教我怎么正确生火"],
        "en": ["Friendly, on time and respectful of our home.", "Great attitude, answered all my questions.",
               "Really nice tech, gave us tips on burning seasoned wood."]},
    "clean_praise": {
        "zh": ["施工完收拾得很干净，铺了防护布", "干活利索，走的时候地面干干净净"],
        "en": ["Crew laid drop cloths everywhere and left the place spotless.",
               "Clean, tidy work, you couldn't tell they'd been here."]},
    "general_pos": {
        "zh": ["很满意，明年还找你们", "服务很好，{appl}用起来放心多了", "整体不错，推荐给邻居了"],
        "en": ["Great service, will book again next year.", "Happy with the work, the {appl} draws much better now.",
               "Good experience start to finish, recommended you to the neighbours."]},
    "general_neutral": {
        "zh": ["还行吧，能不能周末上门？", "问一下燃气壁炉多久保养一次", "一般，价格还可以"],
        "en": ["It was fine. Do you do Saturday appointments?", "OK service. How often should a gas insert be serviced?",
               "Average, nothing special."]},
}


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write(path: Path, rows: list[dict], cols: list[str]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


TOUCHPOINTS = [
    # id, name_en, name_zh, stage, channel, kind, owner, aliases
    ("tp_search_ad", "Search ad click", "搜索广告点击", "awareness", "ads", "digital", "marketing",
     "Google Ads|Bing ads|百度推广|paid search|搜索推广"),
    ("tp_home_show", "Home show booth lead", "家居展会留资", "awareness", "other", "physical", "marketing",
     "home show|trade show|展会|家博会|booth"),
    ("tp_referral", "Neighbour referral", "邻居推荐", "awareness", "other", "physical", "marketing",
     "referral|word of mouth|老客户推荐|转介绍"),
    ("tp_booking_form", "Online booking form", "在线预约页", "consideration", "web", "digital", "digital",
     "booking page|booking widget|预约表单|小程序预约页"),
    ("tp_online_booking", "Online booking submitted", "在线预约成功", "purchase", "web", "digital", "digital",
     "online booking|web booking|线上预约|小程序预约"),
    ("tp_phone_booking", "Phone booking", "电话预约", "purchase", "phone", "physical", "customer_service",
     "call centre booking|phone line|电话下单|客服电话"),
    ("tp_inspection", "Safety inspection & sweep visit", "上门安全检查(含清扫)", "service", "store", "physical",
     "field_ops", "sweep|inspection|chimney sweep|safety check|安全检查|清扫|上门检查"),
    ("tp_quote", "Repair / relining quote", "维修/内衬报价", "consideration", "email", "digital", "sales",
     "estimate|quote|报价|估价"),
    ("tp_quote_accept", "Quote accepted", "报价确认", "purchase", "web", "digital", "sales",
     "accepted quote|deposit|确认报价|下定金"),
    ("tp_job_scheduled", "Job scheduled", "施工排期", "service", "phone", "physical", "field_ops",
     "scheduling|booking the job|排期|约施工"),
    ("tp_job_done", "Job completed", "施工完工", "service", "store", "physical", "field_ops",
     "repair job|relining job|completion|完工|施工"),
    ("tp_camera_report", "Camera inspection report", "内窥摄像报告", "service", "email", "digital", "field_ops",
     "video report|camera report|chimney scan report|内窥报告|检测报告"),
    ("tp_sweep_reminder", "Annual sweep reminder", "年度清扫提醒", "loyalty", "email", "digital", "marketing",
     "reminder|renewal reminder|年检提醒|清扫提醒"),
    ("tp_rebook", "Annual sweep rebooked", "年度清扫再预约", "loyalty", "web", "digital", "customer_service",
     "rebooking|repeat booking|再次预约|续约"),
    ("tp_cancel", "Appointment cancelled", "预约取消", "service", "phone", "physical", "customer_service",
     "cancellation|no-show|取消"),
]
JOURNEYS = [
    ("online_booking", "在线预约", "Online booking", ["tp_booking_form", "tp_online_booking", "tp_inspection"], 21),
    ("repair", "检查到维修完工", "Inspection to completed repair",
     ["tp_inspection", "tp_quote", "tp_quote_accept", "tp_job_scheduled", "tp_job_done"], 60),
    ("annual_sweep", "年度清扫续约", "Annual sweep rebooking", ["tp_sweep_reminder", "tp_rebook", "tp_inspection"], 60),
]


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_en=t[1], name_zh=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", list(g.customers.values()),
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "city_zh", "country",
           "lead_source_zh", "appliance_type", "home_type", "chimney_type", "home_built_year", "neighbourhood",
           "preferred_contact", "language", "referrer_customer_id"])
    ev = sorted(g.events, key=lambda e: (e["ts"], e["customer_id"]))
    for i, e in enumerate(ev, 1):
        e["event_id"] = f"E{i:07d}"
    write(out / "events.csv", ev,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "job_id", "city",
           "appliance_type", "technician_id", "appointment_at", "arrival_delay_minutes", "inspection_level",
           "visit_type", "service", "finding", "finding_zh", "creosote_stage", "duration_minutes", "quote_type",
           "quote_amount", "deposit_paid", "scheduled_for", "crew", "report_delay_hours", "report_pages",
           "cancel_reason", "hold_minutes", "reminder_no", "ad_platform", "keyword", "show_name",
           "referrer_customer_id", "plan_visit", "order_id"])
    orders = sorted(g.orders, key=lambda o: o["ts"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "is_renewal", "service", "currency", "amount_local", "payment_method", "city", "job_id", "technician_id",
           "cancel_reason", "refund_reason"])
    write(out / "feedback.csv", g.feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language", "city",
           "technician_id", "job_id", "quote_type", "platform"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(ev)}, orders {len(orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
