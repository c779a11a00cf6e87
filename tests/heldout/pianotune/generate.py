"""律音 TrueTone: piano tuning, repair and relocation service in five cities (Shanghai, Beijing, Hangzhou, Nanjing,
Suzhou). Households and piano teachers find us (Xiaohongshu, Dianping, Baidu, a piano shop, a piano teacher), book a
job online (WeChat mini program, web or by phone) and pay: an on-site tuning (调律), a repair (broken string, pedal,
hammers, action regulation) or a piano move between homes (搬琴). Dispatch assigns a technician (调律师), who arrives
(sometimes late), tunes the piano (a pitch raise 升调 when it has not been tuned for years) and may find problems and
send a repair quote (琴槌 hammers, 琴弦 strings, 踏板 pedals, 机芯 action), which the customer accepts or not. Moves are
done by an outsourced mover (安运搬家 or 稳途物流) and include a free follow-up re-tuning (复调) two to six weeks later;
a tuning whose pitch does not hold is re-tuned for free after a pitch complaint. Customers rate the technician in the
mini program, can buy an annual care plan (年度保养: two scheduled visits a year) and book again. Schools and concert
halls sign yearly contracts (机构合同) with scheduled visits.
History 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments),
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
N_CUST = 6500
ANDROID_BUG = (datetime(2025, 11, 3), datetime(2025, 12, 1))      # mini program 2.4.0: date picker broken on Android
PLUM_RAIN = (datetime(2025, 6, 10), datetime(2025, 7, 21))        # 梅雨: humid, pitch drifts in the south
APP_VERSIONS = [(datetime(2025, 1, 1), "2.2.1"), (datetime(2025, 6, 16), "2.3.0"), (datetime(2025, 11, 3), "2.4.0"),
                (datetime(2025, 12, 1), "2.4.1"), (datetime(2026, 4, 20), "2.5.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解律音", "Discover TrueTone", "awareness", "social", "digital", "marketing",
     "发现|了解|刷到|小红书|点评|百度|琴行推荐|老师推荐|discover|found us|first visit"),
    ("tp_book", "在线预约", "Job booked", "consideration", "mini_program", "digital", "customer_service",
     "预约|下单|约调律|约师傅|约搬琴|booking|book|booked|appointment|schedule a tuning"),
    ("tp_pay", "支付", "Payment", "purchase", "mini_program", "digital", "finance",
     "支付|付款|付钱|下单付款|pay|payment|paid|checkout"),
    ("tp_cancel", "取消预约", "Job cancelled", "service", "mini_program", "digital", "customer_service",
     "取消|退订|不约了|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance", "退款|退钱|refund|money back"),
    ("tp_dispatch", "派单", "Technician dispatched", "service", "phone", "digital", "dispatch",
     "派单|派师傅|分配师傅|排班|dispatch|assigned a technician|technician assigned"),
    ("tp_arrive", "师傅上门", "Technician arrival", "service", "store", "physical", "field_service",
     "上门|到达|到家|准时|迟到|arrival|arrive|on time|late|punctuality"),
    ("tp_tune", "上门调律", "On-site tuning", "service", "store", "physical", "field_service",
     "调律|调音|校音|升调|音准|tuning|tune|tuned|pitch raise|pitch"),
    ("tp_repair_quote", "维修报价", "Repair quote", "service", "store", "physical", "field_service",
     "报价|维修报价|检修|估价|repair quote|quote|estimate"),
    ("tp_quote_accept", "确认维修", "Quote accepted", "purchase", "mini_program", "digital", "field_service",
     "确认维修|同意报价|接受报价|quote accepted|approve the repair|go ahead"),
    ("tp_repair_done", "维修完工", "Repair completed", "service", "store", "physical", "workshop",
     "维修|修好|换琴槌|换弦|修踏板|整调|repair|fixed|hammers|strings|pedal|regulation"),
    ("tp_move_pickup", "搬琴提货", "Move pickup", "service", "store", "physical", "moving",
     "搬琴|提货|上门搬运|搬走|piano move|pickup|movers"),
    ("tp_move_deliver", "搬琴送达", "Move delivered", "service", "store", "physical", "moving",
     "送达|搬到新家|到货|delivered|delivery|new home"),
    ("tp_retune", "复调", "Follow-up re-tuning", "service", "store", "physical", "field_service",
     "复调|回访调律|二次调律|免费复调|re-tune|retune|follow-up tuning"),
    ("tp_rate", "评价师傅", "Technician rating", "loyalty", "mini_program", "digital", "quality",
     "评价|打分|评分|点评师傅|rate|rating|review|stars"),
    ("tp_care_plan", "开通年度保养", "Annual care plan", "loyalty", "mini_program", "digital", "crm",
     "年度保养|保养套餐|年卡|care plan|annual plan|maintenance plan"),
    ("tp_rebook", "再次预约", "Repeat booking", "loyalty", "mini_program", "digital", "crm",
     "再次预约|回头客|复购|又约|rebook|repeat booking|came back"),
    ("tp_contract", "机构签约", "Institution contract", "purchase", "other", "physical", "b2b_sales",
     "签约|合同|学校合同|音乐厅合同|contract|school contract|concert hall contract"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预约下单", "Booking", ["tp_discover", "tp_book", "tp_pay"], 7),
    ("visit", "上门调律", "Tuning visit", ["tp_pay", "tp_dispatch", "tp_arrive", "tp_tune"], 14),
    ("repair", "维修报价", "Repair quote to fix", ["tp_repair_quote", "tp_quote_accept", "tp_repair_done"], 30),
    ("move", "搬琴", "Piano move", ["tp_move_pickup", "tp_move_deliver", "tp_retune"], 45),
    ("review", "服务评价", "Review", ["tp_tune", "tp_rate"], 7),
    ("rebook", "回头客", "Repeat customer", ["tp_tune", "tp_rebook"], 365),
]
CITIES = {  # en: zh, weight, mover, en share of feedback
    "Shanghai": ("上海", 0.36, "anyun", 0.22), "Beijing": ("北京", 0.24, "wentu", 0.08),
    "Hangzhou": ("杭州", 0.16, "wentu", 0.05), "Nanjing": ("南京", 0.13, "wentu", 0.04),
    "Suzhou": ("苏州", 0.11, "anyun", 0.06),
}
MOVERS = {"anyun": ("安运搬家", "Anyun Movers"), "wentu": ("稳途物流", "Wentu Logistics")}
TECHS = [  # id, zh, en, city, level, joined, late share, pitch-complaint base, rating bonus
    ("T01", "王建国", "Wang Jianguo", "Shanghai", "senior", None, 0.07, 0.04, 0.0),
    ("T02", "陈磊", "Chen Lei", "Shanghai", "intermediate", None, 0.08, 0.05, 0.0),
    ("T03", "刘芳", "Liu Fang", "Shanghai", "senior", None, 0.04, 0.02, 0.45),
    ("T04", "张伟", "Zhang Wei", "Beijing", "senior", None, 0.10, 0.04, 0.0),
    ("T05", "赵强", "Zhao Qiang", "Beijing", "intermediate", None, 0.42, 0.05, -0.2),
    ("T06", "孙丽", "Sun Li", "Beijing", "intermediate", None, 0.11, 0.04, 0.1),
    ("T07", "周杰", "Zhou Jie", "Hangzhou", "senior", None, 0.07, 0.04, 0.0),
    ("T08", "吴涛", "Wu Tao", "Hangzhou", "junior", None, 0.09, 0.06, 0.0),
    ("T09", "郑浩", "Zheng Hao", "Nanjing", "senior", None, 0.07, 0.04, 0.0),
    ("T10", "冯敏", "Feng Min", "Nanjing", "intermediate", None, 0.08, 0.05, 0.0),
    ("T11", "何宇", "He Yu", "Shanghai", "junior", datetime(2025, 9, 1), 0.09, 0.28, -0.5),
    ("T12", "许静", "Xu Jing", "Suzhou", "senior", None, 0.06, 0.04, 0.1),
    ("T13", "林涛", "Lin Tao", "Suzhou", "junior", datetime(2026, 7, 1), 0.03, 0.02, 1.6),
]
TECH = {t[0]: t for t in TECHS}
LEVELS = {"senior": "高级调律师", "intermediate": "中级调律师", "junior": "初级调律师"}
CHANNELS = {  # en: zh, weight, discover -> book prob
    "xiaohongshu": ("小红书", 0.32, 0.30), "dianping": ("大众点评", 0.22, 0.55), "baidu": ("百度", 0.14, 0.42),
    "piano_shop": ("琴行推荐", 0.16, 0.72), "teacher_referral": ("老师推荐", 0.16, 0.86)}
CTYPES = {"household": "家庭", "teacher": "琴房老师", "school": "学校", "concert_hall": "音乐厅"}
PIANO_TYPES = {"upright": "立式钢琴", "grand": "三角钢琴"}
BRANDS = {"pearl_river": ("珠江", 0.30), "yamaha": ("雅马哈", 0.28), "kawai": ("卡瓦依", 0.14),
          "hailun": ("海伦", 0.10), "xinghai": ("星海", 0.12), "steinway": ("施坦威", 0.06)}
SERVICES = {"tuning": "调律", "repair": "维修", "move": "搬琴"}
PARTS = {  # en: zh, price range, accept prob
    "hammers": ("琴槌", (1800, 4200), 0.40), "strings": ("琴弦", (180, 600), 0.88),
    "pedals": ("踏板", (150, 450), 0.84), "action": ("机芯整调", (600, 1500), 0.66)}
OTYPES = {"tuning": "调律", "repair": "维修", "move": "搬琴", "care_plan": "年度保养", "contract": "机构合同"}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_transfer": "对公转账"}
BOOK_CH = {"mini_program": "小程序", "web": "官网", "phone": "电话"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "late": (["师傅迟到了快一个小时，也没提前打电话", "约的两点，师傅三点多才到，迟到太久了", "师傅又迟到了，等得我请假半天",
              "上门迟到四十分钟，说是堵车"],
             ["the technician was almost an hour late", "the tuner turned up 40 minutes late without calling",
              "technician arrived late again"]),
    "pitch": (["调完没两周音又不准了", "刚调的琴音不准，中音区好几个键跑音", "调完还是不准，孩子练琴都听出来了",
               "音准保持不住，又跑音了"],
              ["the piano went out of tune again within two weeks", "still out of tune after the tuning",
               "several notes drifted out of tune again"]),
    "sticky": (["梅雨天琴键发黏，按下去回弹很慢", "潮得厉害，好几个琴键发黏", "琴键发黏回不来"],
               ["keys are sticking in this humid weather", "some keys stick and come back slowly"]),
    "move_damage": (["搬琴把琴身刮花了一大块", "搬运的时候磕坏了琴脚，很心疼", "搬琴工人不小心，琴身被刮花"],
                    ["the movers scratched the piano case", "the piano leg was damaged during the move"]),
    "quote_pricey": (["换琴槌报价太贵了，快赶上半台琴了", "维修报价太贵，不修了", "报价比别家贵太多"],
                     ["the hammer replacement quote was way too expensive", "repair quote is far too expensive"]),
    "refund_slow": (["退款好几天了还没到账", "取消了一周退款还没到账"],
                    ["my refund still hasn't arrived", "the refund has not come through after a week"]),
    "booking_bug": (["安卓手机小程序选不了日期，预约不了", "小程序日历一直加载不出来，没法约"],
                    ["the booking calendar wouldn't load on my Android phone", "couldn't pick a date in the mini program"]),
    "praise": (["师傅很专业，调得很细致，音色好多了", "调律师傅耐心专业，还教我怎么保养", "师傅手艺好，琴声一下子通透了",
                "非常专业，准时到达，调得很准"],
               ["very professional and meticulous tuner", "the technician was patient and really knew his craft",
                "the piano sounds beautiful now, great job"]),
}
GEN = {
    "pos": (["服务不错，下次还约", "预约方便，价格合理", "整体满意，推荐给琴友"],
            ["good service, will book again", "easy to book and fair price"]),
    "neu": (["还可以吧，中规中矩", "一般般"], ["it was ok", "average service"]),
    "neg": (["不太满意，有点失望", "体验一般，不会再约了"], ["not happy with the service", "disappointing, won't book again"]),
}
TOPIC_TP = [("booking_bug", "tp_book"), ("refund_slow", "tp_refund"), ("move_damage", "tp_move_deliver"),
            ("quote_pricey", "tp_repair_quote"), ("late", "tp_arrive"), ("pitch", "tp_tune"), ("sticky", "tp_tune"),
            ("praise", "tp_tune")]
NEG_TOPICS = {"late", "pitch", "sticky", "move_damage", "quote_pricey", "refund_slow", "booking_bug"}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def u(a, b):
    return float(rng.uniform(a, b))


def app_version(t):
    v = APP_VERSIONS[0][1]
    for s, ver in APP_VERSIONS:
        if t >= s:
            v = ver
    return v


def season(d):
    if d.month in (1, 2) and datetime(d.year, 1, 20) <= d < datetime(d.year, 2, 20):
        return 0.6                                   # Spring Festival: few visits
    if d.month in (8, 9):
        return 1.35                                  # before the school term / autumn exam season
    if d.month == 12:
        return 1.2                                   # New-Year recitals
    return 1.0


def in_rain(city, t):
    return city != "Beijing" and PLUM_RAIN[0] <= t < PLUM_RAIN[1]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, action, job=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=job["id"] if job else None, action=action)
        if job:
            row.update(job["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, job=None, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"PO{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, order_type=otype, 订单类型=OTYPES[otype], job_id=job["id"] if job else None,
                   city=c["city"], 城市=CITIES[c["city"]][0], currency="CNY")
        if job:
            for k in ("channel", "device", "service_type", "服务类型", "piano_type", "琴型", "technician_id",
                      "technician", "technician_en"):
                row[k] = job["common"].get(k)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, job=None, undated=False, gen=None, no_customer=False,
           tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
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
        pos = not neg and ("praise" in topics or gen == "pos")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, job_id=job["id"] if job else None,
                   city=c["city"], 城市=CITIES[c["city"]][0])
        if job:
            for k in ("technician_id", "technician", "technician_en", "service_type", "服务类型"):
                row[k] = job["common"].get(k)
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
            t = days[k][0] + D(hours=u(8, 23))
            city = pick(list(CITIES), [x[1] for x in CITIES.values()])
            ch = pick(list(CHANNELS), [x[1] for x in CHANNELS.values()])
            ctype = "teacher" if rng.random() < (0.45 if ch == "teacher_referral" else 0.14) else "household"
            ptype = "grand" if rng.random() < (0.22 if ctype == "teacher" else 0.07) else "upright"
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", discover=t, city=city, channel=ch, ctype=ctype, ptype=ptype,
                brand=pick(list(BRANDS), [x[1] for x in BRANDS.values()]),
                pianos=int(pick([1, 2, 3, 4], [0.55, 0.25, 0.12, 0.08])) if ctype == "teacher" else 1,
                years_untuned=float(rng.choice([0.5, 1, 2, 3, 5, 8], p=[0.25, 0.3, 0.18, 0.12, 0.1, 0.05])),
                piano_age=int(rng.integers(1, 30)), device=pick(["ios", "android"], [0.48, 0.52]),
                en_share=CITIES[city][3], spend=0.0, jobs=[], first_pay=None, plan=False, b2b=False))
        # schools and concert halls (contract customers, sales-led: no discover event)
        for j in range(40):
            kind = "concert_hall" if j < 4 else "school"
            city = ["Shanghai", "Beijing", "Hangzhou", "Nanjing"][j] if j < 4 else \
                pick(list(CITIES), [x[1] for x in CITIES.values()])
            self.cust.append(dict(
                customer_id=f"B{j + 1:03d}", discover=datetime(2025, 1, 2) if kind == "concert_hall" else
                datetime(2025, 7, 1) + D(days=int(rng.integers(0, 50))), city=city, channel="b2b_sales",
                ctype=kind, ptype="grand" if kind == "concert_hall" else "upright", brand="steinway" if kind ==
                "concert_hall" else pick(["pearl_river", "yamaha", "xinghai"], [0.5, 0.3, 0.2]),
                pianos=int(rng.integers(3, 8)) if kind == "concert_hall" else int(rng.integers(12, 60)),
                years_untuned=1, piano_age=int(rng.integers(3, 25)), device=None, en_share=0.03, spend=0.0,
                jobs=[], first_pay=None, plan=False, b2b=True))

    def tech_for(self, city, t):
        ts_ = [x for x in TECHS if x[3] == city and (x[5] is None or x[5] <= t)]
        if city == "Shanghai" and t >= TECH["T11"][5]:
            wts = [1.0 if x[0] != "T11" else 1.3 for x in ts_]
        elif city == "Suzhou" and t >= TECH["T13"][5]:
            wts = [1.0 if x[0] != "T13" else 0.5 for x in ts_]
        else:
            wts = [1.0] * len(ts_)
        return pick(ts_, wts)

    def new_job(self, c, t, service, bch, device, tech):
        self.n_job += 1
        common = dict(channel=bch, device=device, app_version=app_version(t) if bch == "mini_program" else None,
                      service_type=service, 服务类型=SERVICES.get(service, service), piano_type=c["ptype"],
                      琴型=PIANO_TYPES[c["ptype"]], piano_brand=c["brand"], 钢琴品牌=BRANDS[c["brand"]][0],
                      pianos_count=c["pianos"], city=c["city"], 城市=CITIES[c["city"]][0],
                      technician_id=tech[0], technician=tech[1], technician_en=tech[2], 技师等级=LEVELS[tech[4]])
        return dict(id=f"J{self.n_job:06d}", common=common)

    # ---------- visit on site: arrival + tuning + possible quote; returns info ----------
    def visit(self, c, job, appt, tech, first_visit, b2b=False, covered=False):
        late_p = tech[6] + (0.05 if c["city"] == "Beijing" else 0.0)
        if b2b and c["ctype"] == "concert_hall":
            late_p *= 0.3
        late = rng.random() < late_p
        late_min = u(20, 95) if late else float(rng.normal(-4, 6))
        t_arr = appt + D(minutes=late_min)
        self.ev(c, t_arr, "tp_arrive", "arrived", job, appointment_at=ts(appt), late_minutes=round(late_min, 1),
                准时情况="迟到" if late_min > 15 else "准时")
        yrs = c["years_untuned"] if first_visit else 0.5
        cents = -float(abs(rng.normal(6 + 9 * yrs, 4)))
        raise_ = cents < -30
        dur = (1.5 if c["ptype"] == "upright" else 2.2) * c["pianos"] ** 0.9 + (0.8 if raise_ else 0) + u(-0.2, 0.4)
        t_tune = t_arr + D(hours=dur)
        self.ev(c, t_tune, "tp_tune", "tuned", job, pitch_before_cents=round(cents, 1),
                pitch_raise="yes" if raise_ else "no", 是否升调="升调" if raise_ else "常规调律",
                duration_hours=round(dur, 2))
        return dict(t=t_tune, late=late_min > 15, raise_=raise_)

    def after_tune(self, c, job, tech, t_tune, late, b2b=False):
        topics = []
        if late:
            topics.append("late")
        p_pitch = tech[7] * (4.5 if in_rain(c["city"], t_tune) else 1.0)
        pitch = rng.random() < p_pitch
        if pitch:
            topics.append("pitch")
        if in_rain(c["city"], t_tune) and rng.random() < 0.30:
            topics.append("sticky")
        # pitch complaint -> free re-tune
        if pitch and rng.random() < 0.8:
            t_c = t_tune + D(days=u(3, 20))
            if rng.random() < 0.5:
                self.fb(c, t_c, ["pitch"], "call_note", job=job)
            t_r = t_c + D(days=u(1, 6), hours=u(0, 6))
            self.ev(c, t_r, "tp_retune", "retuned", job, retune_reason="pitch_complaint", 复调原因="音准投诉复调",
                    retune_technician_id=tech[0])
        bad = bool(topics)
        if not bad and rng.random() < (0.55 if tech[0] == "T03" else 0.25):
            topics.append("praise")
        if b2b:
            if topics and rng.random() < 0.25:
                self.fb(c, t_tune + D(hours=u(2, 72)), [k for k in topics if k != "praise"] or topics,
                        "wechat_work", job=job, undated=rng.random() < 0.4)
            return bad
        p_rate = 0.55 if bad else 0.35
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.52, 0.33, 0.11, 0.04])) + tech[8]
            for k in topics:
                stars -= {"late": 1.8, "pitch": 2.4, "sticky": 1.2}.get(k, 0.0)
            if "praise" in topics:
                stars = max(stars, 4.0) + 0.6
            stars = float(min(5, max(1, round(stars))))
            t_r = t_tune + D(hours=float(rng.lognormal(np.log(20), 0.8)))
            self.ev(c, t_r, "tp_rate", "rate", job, stars=stars)
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, job=job,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"))
        if rng.random() < 0.07:
            stars = float(pick([5, 4, 3, 2, 1], [0.45, 0.3, 0.12, 0.08, 0.05]))
            for k in topics:
                stars -= {"late": 1.5, "pitch": 2.0, "sticky": 0.7}.get(k, 0.0)
            stars = float(min(5, max(1, round(stars))))
            self.fb(c, t_tune + D(hours=u(3, 96)), topics, "dianping_review", rating=stars, job=job,
                    gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), undated=rng.random() < 0.3)
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.4 - 3.2 * bad + (0.8 if tech[0] == "T03" else 0), 1.5)), 0, 10))
            self.fb(c, t_tune + D(days=2, hours=u(0, 8)), topics if rng.random() < 0.6 else [], "survey", nps=nps,
                    job=job, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if late and rng.random() < 0.12:
            self.fb(c, t_tune + D(hours=u(0, 5)), ["late"], "call_note", job=job)
        return bad

    def quote(self, c, job, t, direct_part=None):
        part = direct_part or pick(list(PARTS), [0.35, 0.25, 0.2, 0.2])
        lo, hi = PARTS[part][1]
        amt = round(u(lo, hi) * (1.4 if c["ptype"] == "grand" else 1.0), -1)
        t_q = t + D(minutes=u(5, 40))
        self.ev(c, t_q, "tp_repair_quote", "quoted", job, repair_part=part, 维修部件=PARTS[part][0],
                quote_amount=amt)
        p_acc = PARTS[part][2] * (1.05 if direct_part else 1.0)
        if rng.random() < p_acc:
            t_a = t_q + D(hours=float(rng.lognormal(np.log(20), 0.9)))
            self.ev(c, t_a, "tp_quote_accept", "accepted", job, repair_part=part, 维修部件=PARTS[part][0],
                    quote_amount=amt)
            self.order(c, t_a, amt, "repair", job, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"],
                       repair_part=part, 维修部件=PARTS[part][0])
            c["spend"] += amt
            days = {"hammers": 12, "strings": 3, "pedals": 3, "action": 7}[part]
            t_d = t_a + D(days=float(rng.lognormal(np.log(days), 0.35)))
            self.ev(c, t_d, "tp_repair_done", "completed", job, repair_part=part, 维修部件=PARTS[part][0])
        elif rng.random() < (0.45 if part == "hammers" else 0.12):
            self.fb(c, t_q + D(hours=u(1, 48)), ["quote_pricey"], "call_note", job=job)

    # ---------- one retail job ----------
    def job(self, c, t_book, n_prev):
        if n_prev == 0:
            service = pick(["tuning", "repair", "move"], [0.70, 0.12, 0.18])
        else:
            service = pick(["tuning", "repair", "move"], [0.86, 0.08, 0.06])
        if rng.random() < 0.22:
            bch, device = "phone", None
        elif rng.random() < 0.12:
            bch, device = "web", "pc"
        else:
            bch, device = "mini_program", c["device"]
        tech = self.tech_for(c["city"], t_book)
        job = self.new_job(c, t_book, service, bch, device, tech)
        if n_prev > 0:
            self.ev(c, t_book, "tp_rebook", "rebook", job)
        appt = datetime(t_book.year, t_book.month, t_book.day) + D(days=int(rng.integers(1, 8)),
                                                                   hours=int(rng.integers(9, 18)))
        self.ev(c, t_book, "tp_book", "submit", job, appointment_at=ts(appt))
        p_pay = 0.91
        if bch == "mini_program" and device == "android" and ANDROID_BUG[0] <= t_book < ANDROID_BUG[1]:
            p_pay = 0.42
            if rng.random() < 0.15:
                self.fb(c, t_book + D(minutes=u(5, 120)), ["booking_bug"], pick(["call_note", "dianping_review"],
                        [0.7, 0.3]), job=job, rating=None)
        if rng.random() > p_pay:
            return None
        # price
        if service == "tuning":
            base = (380 if c["ptype"] == "upright" else 680) * c["pianos"] * (0.9 if c["ctype"] == "teacher" else 1)
            amount = base
        elif service == "repair":
            amount = 150.0                                     # call-out / inspection fee, repair paid on the quote
        else:
            floors = int(rng.integers(0, 7))
            amount = (800 + 80 * floors) if c["ptype"] == "upright" else (2200 + 150 * floors)
            amount += float(rng.choice([0, 100, 200, 300]))
        t_pay = t_book + D(minutes=float(rng.lognormal(np.log(4), 0.8)))
        pm = pick(["wechat_pay", "alipay"], [0.75, 0.25])
        self.ev(c, t_pay, "tp_pay", "success", job, amount=round(amount, 2), payment_method=pm, 支付方式=PAY[pm])
        first = n_prev == 0
        o = self.order(c, t_pay, amount, service, job, payment_method=pm, 支付方式=PAY[pm])
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        c["jobs"].append(t_pay)
        # cancellation
        if rng.random() < 0.05:
            t_c = t_pay + (appt - t_pay) * u(0.1, 0.9)
            self.ev(c, t_c, "tp_cancel", "cancel", job)
            t_r = t_c + D(hours=float(rng.lognormal(np.log(30 if service == "move" else 4), 0.9)))
            self.ev(c, t_r, "tp_refund", "refund", job, refund_amount=round(amount, 2))
            if o is not None and t_r <= END:
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)
            if t_r - t_c > D(hours=48) and rng.random() < 0.5:
                self.fb(c, t_r - D(hours=u(1, 20)), ["refund_slow"], "ticket", job=job)
            return dict(t=t_r, bad=True)
        c["spend"] += amount
        t_disp = t_pay + min(appt - t_pay, D(hours=float(rng.lognormal(np.log(5), 0.7)))) * 0.9
        self.ev(c, t_disp, "tp_dispatch", "assigned", job, appointment_at=ts(appt))
        if service == "move":
            vendor = CITIES[c["city"]][2]
            t_p = appt + D(minutes=float(rng.normal(0, 20)))
            kw = dict(mover_vendor=vendor, 搬运公司=MOVERS[vendor][0], mover_vendor_en=MOVERS[vendor][1])
            self.ev(c, t_p, "tp_move_pickup", "picked_up", job, **kw)
            dmg = rng.random() < (0.08 if vendor == "anyun" else 0.015)
            t_d = t_p + D(hours=u(1.5, 5))
            self.ev(c, t_d, "tp_move_deliver", "delivered", job, damage="yes" if dmg else "no",
                    是否损坏="有损坏" if dmg else "完好", **kw)
            topics = ["move_damage"] if dmg else []
            if dmg and rng.random() < 0.7:
                self.fb(c, t_d + D(hours=u(1, 48)), ["move_damage"], "ticket", job=job)
            if rng.random() < (0.72 if not dmg else 0.5):
                t_rt = t_d + D(days=float(rng.uniform(14, 42)))
                tech2 = self.tech_for(c["city"], t_rt)
                self.ev(c, t_rt, "tp_retune", "retuned", job, retune_reason="post_move", 复调原因="搬琴后复调",
                        retune_technician_id=tech2[0])
                end = t_rt
            else:
                end = t_d
            if rng.random() < 0.3:
                stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10])) - (3.0 if dmg else 0.0)
                stars = float(min(5, max(1, round(stars))))
                t_rt2 = t_d + D(hours=u(2, 40))
                self.ev(c, t_rt2, "tp_rate", "rate", job, stars=stars)
                self.fb(c, t_rt2, topics, "mini_program_review", rating=stars, job=job,
                        gen="pos" if stars >= 4 else ("neu" if stars == 3 else "neg"), tp="tp_move_deliver")
            return dict(t=end, bad=dmg)
        info = self.visit(c, job, appt, tech, first)
        if service == "repair":
            self.quote(c, job, info["t"], direct_part=pick(list(PARTS), [0.2, 0.35, 0.3, 0.15]))
        elif rng.random() < min(0.35, 0.06 + 0.012 * c["piano_age"]):
            self.quote(c, job, info["t"])
        bad = self.after_tune(c, job, tech, info["t"], info["late"])
        return dict(t=info["t"], bad=bad)

    def plan_visit(self, c, t):
        tech = self.tech_for(c["city"], t)
        job = self.new_job(c, t, "tuning", "plan", None, tech)
        job["common"]["service_type"] = "care_plan_visit"
        job["common"]["服务类型"] = "保养上门"
        appt = datetime(t.year, t.month, t.day) + D(hours=int(rng.integers(9, 18)))
        self.ev(c, appt - D(days=3), "tp_dispatch", "assigned", job, appointment_at=ts(appt))
        info = self.visit(c, job, appt, tech, False)
        self.after_tune(c, job, tech, info["t"], info["late"])
        return info["t"]

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            if c["b2b"]:
                self.b2b(c)
                continue
            self.ev(c, c["discover"], "tp_discover", "view", device=c["device"], channel=c["channel"],
                    app_version=app_version(c["discover"]))
            if rng.random() > CHANNELS[c["channel"]][2]:
                continue
            t = c["discover"] + (D(days=u(8, 30)) if rng.random() < 0.07 else D(hours=min(150, float(
                rng.exponential(18)) + 0.3)))
            n = 0
            while t <= END:
                res = self.job(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.55:
                        t += D(hours=u(0.3, 72))
                        continue
                    break
                # annual care plan offered after a good tuning
                if not c["plan"] and not res["bad"] and rng.random() < (0.18 if c["ctype"] == "teacher" else 0.07):
                    t_p = res["t"] + D(days=u(0.5, 10))
                    if t_p <= END:
                        price = (1280 if c["ptype"] == "upright" else 2280) * c["pianos"]
                        self.ev(c, t_p, "tp_care_plan", "subscribed", None, channel="mini_program",
                                device=c["device"], amount=price, plan_end=ts(t_p + D(days=365)))
                        self.order(c, t_p, price, "care_plan", None, payment_method="wechat_pay",
                                   支付方式=PAY["wechat_pay"], plan_end=ts(t_p + D(days=365)))
                        c["spend"] += price
                        c["plan"] = True
                        tv = t_p + D(days=u(150, 200))
                        for _ in range(2):
                            if tv > END:
                                break
                            self.plan_visit(c, tv)
                            tv += D(days=u(160, 200))
                        break
                p_ret = {"household": 0.50, "teacher": 0.82}[c["ctype"]] * (0.6 if res["bad"] else 1.0)
                if rng.random() > p_ret:
                    break
                gap = {"household": 210, "teacher": 120}[c["ctype"]]
                t = res["t"] + D(days=float(max(30, rng.normal(gap, 45))))
                t = datetime(t.year, t.month, t.day) + D(hours=u(8, 22))

    def b2b(self, c):
        kind = c["ctype"]
        years = [datetime(2025, 1, 6), datetime(2026, 1, 5)] if kind == "concert_hall" else \
            [c["discover"], c["discover"] + D(days=365)]
        for k, t_s in enumerate(years):
            if t_s > END:
                break
            if kind == "school" and k == 1 and rng.random() < 0.2:
                break
            t_s = t_s + D(hours=u(9, 17))
            amt = (4800 * c["pianos"] if kind == "concert_hall" else 300 * c["pianos"]) * (1.0 if k == 0 else 1.05)
            self.ev(c, t_s, "tp_contract", "signed", None, channel="b2b_sales", contract_type=kind,
                    合同类型="音乐厅年度合同" if kind == "concert_hall" else "学校年度合同", amount=round(amt, 2),
                    pianos_count=c["pianos"], city=c["city"], 城市=CITIES[c["city"]][0])
            self.order(c, t_s, round(amt, 2), "contract", None, payment_method="bank_transfer",
                       支付方式=PAY["bank_transfer"], channel="b2b_sales", pianos_count=c["pianos"])
            c["spend"] += amt
            visits = 24 if kind == "concert_hall" else 2
            for v in range(visits):
                tv = t_s + D(days=(365 / visits) * v + u(5, 12))
                if tv > END or tv > t_s + D(days=365):
                    break
                tech = self.tech_for(c["city"], tv)
                job = self.new_job(c, tv, "tuning", "contract", None, tech)
                job["common"]["service_type"] = "contract_visit"
                job["common"]["服务类型"] = "合同上门"
                appt = datetime(tv.year, tv.month, tv.day) + D(hours=int(rng.integers(8, 15)))
                self.ev(c, appt - D(days=2), "tp_dispatch", "assigned", job, appointment_at=ts(appt))
                info = self.visit(c, job, appt, tech, False, b2b=True)
                self.after_tune(c, job, tech, info["t"], info["late"], b2b=True)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            j = c["jobs"]
            if c["b2b"]:
                seg = "contract"
            elif not c["first_pay"]:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 5, 1):
                seg = "new"
            elif c["plan"] or len(j) >= 3:
                seg = "loyal"
            elif j and j[-1] < datetime(2025, 9, 1):
                seg = "at_risk"
            elif len(j) >= 2:
                seg = "returning"
            else:
                seg = "one_time"
            tier = "care_plan" if c["plan"] else ("contract" if c["b2b"] else "standard")
            rows.append(dict(
                customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                获客渠道=CHANNELS[c["channel"]][0] if c["channel"] in CHANNELS else "机构销售",
                tier=tier, 会员类型={"care_plan": "年度保养会员", "contract": "机构客户", "standard": "普通客户"}[tier],
                customer_type=c["ctype"], 客户类型=CTYPES[c["ctype"]], piano_type=c["ptype"],
                琴型=PIANO_TYPES[c["ptype"]], piano_brand=c["brand"], 钢琴品牌=BRANDS[c["brand"]][0],
                piano_age_years=c["piano_age"], pianos_count=c["pianos"],
                years_since_last_tuning_at_signup=c["years_untuned"], phone_os=c["device"],
                preferred_language="en" if c["en_share"] > 0.2 and rng.random() < 0.3 else "zh"))
        return rows


def write(path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "service_type", "服务类型", "piano_type", "琴型", "piano_brand", "钢琴品牌", "pianos_count",
           "city", "城市", "technician_id", "technician", "technician_en", "技师等级", "appointment_at",
           "late_minutes", "准时情况", "pitch_before_cents", "pitch_raise", "是否升调", "duration_hours",
           "repair_part", "维修部件", "quote_amount", "mover_vendor", "搬运公司", "mover_vendor_en", "damage",
           "是否损坏", "retune_reason", "复调原因", "retune_technician_id", "amount", "payment_method", "支付方式",
           "refund_amount", "stars", "plan_end", "contract_type", "合同类型"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "job_id", "service_type", "服务类型", "piano_type", "琴型", "city", "城市", "technician_id", "technician",
            "technician_en", "repair_part", "维修部件", "payment_method", "支付方式", "pianos_count", "plan_end",
            "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "job_id", "city", "城市", "technician_id", "technician", "technician_en", "service_type", "服务类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员类型", "customer_type", "客户类型", "piano_type", "琴型", "piano_brand", "钢琴品牌", "piano_age_years",
             "pianos_count", "years_since_last_tuning_at_signup", "phone_os", "preferred_language"]


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
    dup = rng.choice(len(ev), size=15, replace=False)             # the field app re-sends a few events
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fbs = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fbs, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, jobs {g.n_job}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
