"""亮窗 ClearPane: window and façade cleaning in Guangzhou, Xiamen and Wuhan (synthetic, written blind).

Home owners (B2C, one-off jobs) and property managers (B2B, annual maintenance contracts) find us (Dianping, Douyin,
Xiaohongshu, a friend / a tender, a sales visit, our website), ask for an online quote (glass area, floors), get a site
survey (on site or by video), pay the job / sign the contract, a crew is scheduled (sometimes postponed for weather,
sometimes late), does the job (indoor wipe, extension pole from the ground, rope access 蜘蛛人 or gondola 吊篮),
uploads quality-inspection photos, the customer signs off, may file a re-clean claim (streaks, missed panes, water
damage, rain spots) and gets a re-clean visit, rates us, and orders again / renews the contract.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the start of September 2026).

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
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_B2C, N_B2B = 6000, 480
DETERGENT_X3 = (datetime(2025, 11, 10), datetime(2026, 1, 21))   # new cleaning-agent batch JL-X3 leaves streaks
TYPHOON = (datetime(2025, 8, 1), datetime(2025, 10, 1))          # Xiamen typhoon season: outdoor jobs postponed
NEW_CREW_START = datetime(2026, 7, 1)                            # 厦门五队 XM-C5 starts

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解亮窗", "Discover ClearPane", "awareness", "ads", "digital", "marketing",
     "发现|了解|看到广告|刷到|搜到|招投标|discover|found us|first touch|lead"),
    ("tp_quote", "在线报价", "Online quote", "consideration", "mini_program", "digital", "sales",
     "报价|询价|估价|算价格|quote|quotation|price estimate|enquiry"),
    ("tp_survey", "上门勘察", "Site survey", "consideration", "other", "physical", "sales",
     "勘察|量窗|看现场|视频勘察|踩点|survey|site visit|site survey|measure"),
    ("tp_pay", "下单付款/签约", "Order paid / contract signed", "purchase", "mini_program", "digital", "finance",
     "下单|付款|签约|签合同|成交|pay|payment|order|sign|contract signed|deal"),
    ("tp_cancel", "取消订单", "Order cancelled", "service", "mini_program", "digital", "customer_service",
     "取消|退单|不做了|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|赔付|refund|money back|compensation"),
    ("tp_schedule", "排班派单", "Crew scheduled", "service", "phone", "digital", "dispatch",
     "排班|派单|约时间|改期|scheduling|dispatch|booking slot|reschedule"),
    ("tp_crew_late", "班组迟到", "Crew late", "service", "store", "physical", "dispatch",
     "迟到|没准时|晚到|late crew|crew late|no-show|delay"),
    ("tp_job", "上门施工", "Cleaning job", "service", "store", "physical", "operations",
     "施工|擦窗|清洗|作业|蜘蛛人|吊篮|外墙清洗|cleaning|job|rope access|gondola|facade cleaning"),
    ("tp_qc", "质检拍照", "QC photo check", "service", "app", "digital", "quality",
     "质检|拍照|验收照片|质检照片|QC|quality check|inspection photo"),
    ("tp_accept", "客户验收", "Customer sign-off", "service", "mini_program", "digital", "customer_service",
     "验收|签收|确认完工|sign-off|accept|acceptance|job done"),
    ("tp_claim", "申请返工", "Re-clean claim", "service", "mini_program", "digital", "quality",
     "返工|投诉|申请返工|质保|claim|re-clean claim|complaint|warranty"),
    ("tp_reclean", "返工复洗", "Re-clean visit", "service", "store", "physical", "operations",
     "复洗|返工上门|重擦|re-clean|redo|second visit"),
    ("tp_rate", "服务评价", "Service rating", "loyalty", "mini_program", "digital", "customer_service",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_renew", "复购/续约", "Repeat order / renewal", "loyalty", "mini_program", "digital", "crm",
     "复购|再下单|续约|续签|回头客|repeat|renewal|renew|rebook"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("sales", "询价成交", "Quote to order", ["tp_discover", "tp_quote", "tp_survey", "tp_pay"], 30),
    ("delivery", "施工交付", "Job delivery", ["tp_pay", "tp_schedule", "tp_job", "tp_qc", "tp_accept"], 30),
    ("reclean", "返工处理", "Re-clean handling", ["tp_claim", "tp_reclean"], 14),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("repeat", "复购续约", "Repeat business", ["tp_accept", "tp_renew"], 180),
]
CITIES = {"Guangzhou": ("广州", 0.46), "Xiamen": ("厦门", 0.24), "Wuhan": ("武汉", 0.30)}
DISTRICTS = {"Guangzhou": ["天河", "越秀", "海珠", "番禺", "白云"], "Xiamen": ["思明", "湖里", "集美", "海沧"],
             "Wuhan": ["江汉", "武昌", "洪山", "汉阳", "江岸"]}
CREWS = {  # id: city, zh, en, late probability
    "GZ-C1": ("Guangzhou", "广州一队", "Guangzhou Crew 1", 0.07), "GZ-C2": ("Guangzhou", "广州二队", "Guangzhou Crew 2", 0.08),
    "GZ-C3": ("Guangzhou", "广州三队", "Guangzhou Crew 3", 0.06), "GZ-C4": ("Guangzhou", "广州四队", "Guangzhou Crew 4", 0.09),
    "XM-C1": ("Xiamen", "厦门一队", "Xiamen Crew 1", 0.07), "XM-C2": ("Xiamen", "厦门二队", "Xiamen Crew 2", 0.06),
    "XM-C3": ("Xiamen", "厦门三队", "Xiamen Crew 3", 0.08), "XM-C5": ("Xiamen", "厦门五队", "Xiamen Crew 5", 0.55),
    "WH-C1": ("Wuhan", "武汉一队", "Wuhan Crew 1", 0.09), "WH-C2": ("Wuhan", "武汉二队", "Wuhan Crew 2", 0.08),
    "WH-C3": ("Wuhan", "武汉三队", "Wuhan Crew 3", 0.34),
}
B2C_CH = {"dianping": ("大众点评", 0.30), "douyin": ("抖音", 0.28), "xiaohongshu": ("小红书", 0.20),
          "referral": ("朋友推荐", 0.22)}
B2B_CH = {"tender": ("招投标", 0.35), "sales_visit": ("销售拜访", 0.30), "referral": ("朋友推荐", 0.15),
          "website": ("官网", 0.20)}
# B2C conversion by channel: quote, survey | quote, pay | survey
B2C_CONV = {"dianping": (0.78, 0.52, 0.78), "douyin": (0.62, 0.38, 0.62), "xiaohongshu": (0.70, 0.48, 0.74),
            "referral": (0.86, 0.66, 0.86)}
B2C_BUILD = {"apartment": ("住宅公寓", 0.62), "villa": ("别墅", 0.13), "old_residential": ("老小区", 0.25)}
B2B_BUILD = {"office_tower": ("写字楼", 0.45), "mall": ("商场", 0.2), "hotel": ("酒店", 0.15),
             "residential_complex": ("住宅小区", 0.2)}
METHODS = {"indoor": "室内擦窗", "ground_pole": "地面伸缩杆", "rope_access": "蜘蛛人吊绳", "gondola": "吊篮"}
FREQ = {"monthly": ("月度", 12, 0.35, 0.86), "bimonthly": ("双月", 6, 0.30, 0.62),
        "quarterly": ("季度", 4, 0.35, 0.38)}
CLAIMS = {"streaks": "水痕", "missed_panes": "漏擦", "water_damage": "渗水", "rain_spots": "雨后返污"}
OTYPE = {"one_off": "单次清洗", "contract": "年度保洁合同", "add_on": "加购服务", "re_clean_fee": "返工费"}

TXT = {  # topic: (zh variants, en variants)
    "streaks": (["玻璃上全是水痕", "擦完一道一道的水痕", "阳光一照全是水痕印子", "水痕比没擦之前还明显"],
                ["streaks all over the glass", "every pane is streaky", "left streaks you can see in the sun"]),
    "missed": (["有几扇窗漏擦了", "高处那几块玻璃漏擦", "漏擦了好几块玻璃"],
               ["they missed several panes", "a few panes were missed entirely", "upper panes were missed"]),
    "water_damage": (["清洗时渗水把木地板泡了", "窗框渗水，墙面都湿了", "渗水把窗台泡坏了"],
                     ["water damage to our wooden floor after the job", "caused water damage on the wall",
                      "the windowsill has water damage now"]),
    "late": (["班组迟到了一个多小时", "师傅迟到也不提前打电话", "约好九点结果迟到到十点半"],
             ["the crew turned up an hour late", "crew was late and nobody called", "they were late again"]),
    "clean": (["擦得很通透，像没装玻璃一样", "玻璃通透明亮", "整面落地窗都通透了"],
              ["windows are crystal clear", "crystal clear glass, love it", "the view is crystal clear again"]),
    "pro": (["师傅很专业，安全绳都系得规范", "施工专业，地面也铺了防护", "专业，收尾也收拾干净"],
            ["very professional team", "professional crew, good safety gear", "professional and tidy"]),
    "price": (["报价偏贵", "比别家贵了不少", "价格有点贵"],
              ["the quote was pricey", "a bit pricey for the area", "pricey compared with others"]),
    "refund_slow": (["退款到现在还没到账", "取消好几天了钱还没到账"],
                    ["my refund still hasn't arrived", "cancelled days ago and the money hasn't arrived"]),
    "no_notice": (["蜘蛛人到窗外也没提前通知，吓了一跳", "吊篮突然出现在窗外，吓了一跳"],
                  ["no heads-up before the rope workers appeared outside", "gondola outside our office with no heads-up"]),
}
GEN = {"pos": (["下次还找你们", "已推荐给邻居", "整体满意"], ["will book again", "recommended you to neighbours",
                                                         "happy overall"]),
       "neg": (["体验很差", "很失望", "不会再用了"], ["really disappointed", "poor experience", "won't use again"]),
       "neu": (["还行吧", "一般般", "中规中矩"], ["it was ok", "average", "nothing special"])}
NEG_TOPICS = {"streaks", "missed", "water_damage", "late", "price", "refund_slow", "no_notice"}
TOPIC_TP = [("late", "tp_crew_late"), ("water_damage", "tp_job"), ("streaks", "tp_job"), ("missed", "tp_job"),
            ("refund_slow", "tp_refund"), ("price", "tp_quote"), ("no_notice", "tp_job"), ("clean", "tp_job"),
            ("pro", "tp_job")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if (datetime(2025, 1, 2) <= d < datetime(2025, 1, 28)) or (datetime(2026, 1, 5) <= d < datetime(2026, 2, 16)):
        return 2.3                                  # 年前大扫除: cleaning before Spring Festival
    if d.month in (6, 7, 8):
        return 0.8                                  # hot and rainy
    if d.month in (3, 4):
        return 1.15                                 # after 回南天
    return 1.0


def workday(t: datetime, hour=None) -> datetime:
    d = datetime(t.year, t.month, t.day)
    h = float(rng.uniform(8, 16)) if hour is None else hour
    return d + D(hours=h)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = self.n_ct = 0

    def ev(self, c, t, tp, sid, action, job=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if tp in DIGITAL else None,
                   channel=c["portal"] if tp in DIGITAL else ("phone" if tp == "tp_schedule" else "onsite"))
        if job:
            row.update(job)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, job, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=c["portal"], device=c["device"], order_type=otype, 订单类型=OTYPE[otype])
        for k in ("job_id", "contract_id", "city", "城市", "building_type", "建筑类型", "method", "作业方式",
                  "glass_area_m2"):
            if job and k in job:
                row[k] = job[k]
        row.update(kw)
        row["currency"] = "CNY"
        self.orders.append(row)
        c["spend"] += amount if status == "paid" else 0
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
            gen = "neg" if set(topics) & NEG_TOPICS else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.35:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, customer_type=c["ctype"], 客户类型=c["ctype_zh"],
                   city=c["city"], 城市=CITIES[c["city"]][0])
        if job:
            for k in ("job_id", "contract_id", "crew_id", "crew", "crew_en", "method", "作业方式", "building_type"):
                if k in job:
                    row[k] = job[k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def make_customers(self):
        days, d = [], START
        while d <= datetime(2026, 8, 25):
            days.append((d, (0.6 + 0.8 * (d - START).days / 600) * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        for i in range(N_B2C + N_B2B):
            b2b = i >= N_B2C
            k = int(rng.choice(len(days), p=w / w.sum())) if not b2b else int(rng.integers(len(days)))
            t = days[k][0] + D(hours=float(rng.uniform(8, 23)))
            city = pick(list(CITIES), [0.56, 0.19, 0.25] if b2b else [v[1] for v in CITIES.values()])
            chs = B2B_CH if b2b else B2C_CH
            ch = pick(list(chs), [v[1] for v in chs.values()])
            builds = B2B_BUILD if b2b else B2C_BUILD
            bt = pick(list(builds), [v[1] for v in builds.values()])
            en_share = {"Guangzhou": 0.14, "Xiamen": 0.18, "Wuhan": 0.05}[city] + (0.1 if b2b else 0)
            self.cust.append(dict(
                customer_id=f"{'P' if b2b else 'H'}{i + 1:05d}", discover=t, city=city, channel=ch,
                ctype="b2b" if b2b else "b2c", ctype_zh="物业公司" if b2b else "个人家庭", building=bt,
                build_zh=builds[bt][0], district=str(rng.choice(DISTRICTS[city])),
                device="pc" if b2b else pick(["ios", "android"], [0.48, 0.52]), portal="web" if b2b else "mini_program",
                en_share=en_share, spend=0.0, jobs=0, first_pay=None, last_job=None, contracts=[]))

    # ---------- shared delivery of one job visit ----------
    def crew_for(self, city, t):
        ids = [k for k, v in CREWS.items() if v[0] == city and (k != "XM-C5" or t >= NEW_CREW_START)]
        w = [2.5 if k == "XM-C5" else 1.0 for k in ids]
        return pick(ids, w)

    def deliver(self, c, t_pay, job, lead_days, contract=False):
        """schedule -> (late) -> job -> qc -> accept -> (claim -> reclean) -> rating; returns outcome dict."""
        sid = job["job_id"]
        t_sched = t_pay + D(hours=float(rng.uniform(1, 20)))
        outdoor = job["method"] in ("rope_access", "gondola")
        t_job = workday(t_pay + D(days=lead_days), hour=float(rng.choice([8.5, 9.0, 13.5, 14.0])))
        self.ev(c, t_sched, "tp_schedule", sid, "scheduled", job, scheduled_for=ts(t_job))
        if c["city"] == "Xiamen" and outdoor and TYPHOON[0] <= t_job < TYPHOON[1]:
            if rng.random() < 0.8:                   # typhoon warning: postponed
                t_job = t_job + D(days=float(rng.uniform(4, 9)))
                self.ev(c, t_sched + D(days=float(rng.uniform(1, 3))), "tp_schedule", sid, "postponed_weather", job,
                        scheduled_for=ts(t_job))
        elif rng.random() < 0.05:
            t_job = t_job + D(days=int(rng.integers(1, 4)))
            self.ev(c, t_sched + D(hours=30), "tp_schedule", sid, "rescheduled", job, scheduled_for=ts(t_job))
        late = rng.random() < CREWS[job["crew_id"]][3]
        t_arrive = t_job
        if late:
            late_min = float(rng.lognormal(np.log(70), 0.4))
            t_arrive = t_job + D(minutes=late_min)
            self.ev(c, t_job + D(minutes=30), "tp_crew_late", sid, "late", job, late_minutes=round(late_min))
        area = job["glass_area_m2"]
        hours = {"indoor": 1.5 + area / 40, "ground_pole": 2 + area / 35, "rope_access": 3 + area / 250,
                 "gondola": 4 + area / 400}[job["method"]]
        t_done = t_arrive + D(hours=min(hours, 8.5))
        if not self.ev(c, t_arrive, "tp_job", sid, "started", job, duration_hours=round(min(hours, 8.5), 1)):
            return None
        c["jobs"] += 1
        c["last_job"] = t_done
        photos = int(rng.integers(6, 25))
        qc_fail = rng.random() < 0.06
        self.ev(c, t_done + D(minutes=float(rng.uniform(10, 90))), "tp_qc", sid, "photo_uploaded", job,
                qc_photos=photos, qc_result="fail" if qc_fail else "pass", 质检结果="不合格" if qc_fail else "合格")
        t_acc = t_done + D(hours=float(rng.lognormal(np.log(5 if not contract else 20), 0.6)))
        if not self.ev(c, t_acc, "tp_accept", sid, "signed_off", job):
            return None
        # claims
        claim = None
        x3 = DETERGENT_X3[0] <= t_job < DETERGENT_X3[1]
        p_streak = 0.20 if x3 else 0.045
        p_missed = 0.10 if job["method"] == "gondola" else 0.025
        p_water = 0.0
        if job["method"] in ("rope_access", "ground_pole"):
            p_water = 0.13 if (c["city"] == "Wuhan" and job["building_type"] == "old_residential") else 0.012
        r = rng.random()
        if r < p_streak:
            claim = "streaks"
        elif r < p_streak + p_missed:
            claim = "missed_panes"
        elif r < p_streak + p_missed + p_water:
            claim = "water_damage"
        elif r < p_streak + p_missed + p_water + 0.025:
            claim = "rain_spots"
        if qc_fail and claim is None and rng.random() < 0.5:
            claim = "missed_panes"
        if claim:
            t_cl = t_acc + D(hours=float(rng.uniform(3, 70)))
            self.ev(c, t_cl, "tp_claim", sid, "claim_filed", job, claim_reason=claim, 返工原因=CLAIMS[claim])
            if claim == "water_damage":
                comp = float(rng.choice([300, 500, 800, 1200]))
                self.ev(c, t_cl + D(days=float(rng.uniform(2, 8))), "tp_refund", sid, "compensation", job,
                        refund_amount=comp, refund_reason="water_damage_compensation", 退款原因="渗水赔付")
                if rng.random() < 0.5:
                    self.ev(c, t_cl + D(days=float(rng.uniform(1, 4))), "tp_reclean", sid, "reclean_done", job)
            else:
                t_rc = t_cl + D(days=float(rng.lognormal(np.log(2.5 if c["city"] != "Wuhan" else 4.5), 0.5)))
                if rng.random() < 0.93:
                    self.ev(c, t_rc, "tp_reclean", sid, "reclean_done", job)
                    if claim == "rain_spots":
                        self.order(c, t_rc, float(rng.choice([150, 200, 300])), "re_clean_fee", job)
            if rng.random() < 0.65:
                topic = {"streaks": "streaks", "missed_panes": "missed", "water_damage": "water_damage",
                         "rain_spots": None}[claim]
                self.fb(c, t_cl + D(minutes=20), [topic] if topic else [], "ticket", job=job,
                        tp="tp_claim" if topic is None else None, gen="neg" if topic is None else None)
        if late and rng.random() < 0.35:
            self.fb(c, t_job + D(minutes=45), ["late"], "ticket" if rng.random() < 0.6 else "call_note", job=job,
                    no_customer=rng.random() < 0.1)
        return dict(late=late, claim=claim, t_acc=t_acc, t_job=t_job, outdoor=outdoor)

    def review(self, c, out, job):
        """B2C rating after sign-off."""
        topics = []
        if out["late"] and rng.random() < 0.6:
            topics.append("late")
        if out["claim"] in ("streaks", "missed_panes", "water_damage") and rng.random() < 0.8:
            topics.append({"streaks": "streaks", "missed_panes": "missed", "water_damage": "water_damage"}[out["claim"]])
        if job["method"] == "rope_access" and rng.random() < 0.06:
            topics.append("no_notice")
        if not topics:
            r = rng.random()
            topics = ["clean"] if r < 0.35 else (["pro"] if r < 0.55 else (["price"] if r < 0.63 else []))
        base = {"Xiamen": 4.8, "Guangzhou": 4.3, "Wuhan": 4.1}[c["city"]]
        pen = {"late": 1.6, "streaks": 1.7, "missed": 1.5, "water_damage": 2.6, "no_notice": 0.8, "price": 0.7}
        s = base - sum(pen.get(k, 0) for k in topics) + float(rng.normal(0, 0.55))
        rating = int(min(5, max(1, round(s))))
        return topics, rating

    # ---------- B2C ----------
    def b2c(self, c):
        t = c["discover"]
        self.ev(c, t, "tp_discover", None, "view", channel=c["channel"])
        pq, ps, pp = B2C_CONV[c["channel"]]
        if rng.random() > pq:
            return
        self.n_job += 1
        sid = f"JB{self.n_job:06d}"
        floors = int(rng.integers(2, 4)) if c["building"] == "villa" else int(
            rng.integers(4, 8) if c["building"] == "old_residential" else rng.integers(8, 42))
        area = float(round(rng.uniform(20, 110) if c["building"] != "villa" else rng.uniform(60, 180), 1))
        if c["building"] == "villa":
            method = "ground_pole"
        elif c["building"] == "old_residential":
            method = "rope_access" if rng.random() < 0.55 else "indoor"
        else:
            method = "rope_access" if (floors >= 15 and rng.random() < 0.45) else "indoor"
        unit = {"indoor": 6.5, "ground_pole": 8.0, "rope_access": 16.0}[method]
        price = max(199.0, round(area * unit, 0))
        job = dict(job_id=sid, customer_type="b2c", 客户类型="个人家庭", city=c["city"], 城市=CITIES[c["city"]][0],
                   district=c["district"], building_type=c["building"], 建筑类型=c["build_zh"], floors=floors,
                   method=method, 作业方式=METHODS[method], glass_area_m2=area)
        t_q = t + D(hours=float(rng.lognormal(np.log(6), 1.2)))
        self.ev(c, t_q, "tp_quote", sid, "quote_submitted", job, quote_amount=price)
        if rng.random() > ps:
            if rng.random() < 0.04:
                self.fb(c, t_q + D(hours=2), ["price"], "call_note")
            return
        video = rng.random() < (0.55 if method == "indoor" else 0.25)
        t_s = t_q + D(days=float(rng.lognormal(np.log(1.5), 0.6)))
        self.ev(c, t_s, "tp_survey", sid, "survey_done", job, survey_mode="video" if video else "onsite",
                勘察方式="视频勘察" if video else "上门勘察")
        if rng.random() > pp * (0.82 if video else 1.06):
            return
        t_p = t_s + D(days=float(rng.lognormal(np.log(1.2), 0.8)))
        self.job_b2c(c, t_p, job, first=True)

    def job_b2c(self, c, t_p, job, first):
        job = dict(job)
        job["crew_id"] = self.crew_for(c["city"], t_p)
        job["crew"], job["crew_en"] = CREWS[job["crew_id"]][1], CREWS[job["crew_id"]][2]
        x3 = DETERGENT_X3[0] <= t_p + D(days=4) < DETERGENT_X3[1]
        job["detergent_batch"] = "JL-X3" if x3 else "JL-X2"
        area = job["glass_area_m2"]
        unit = {"indoor": 6.5, "ground_pole": 8.0, "rope_access": 16.0}[job["method"]]
        price = max(199.0, round(area * unit, 0))
        sid = job["job_id"]
        if not self.ev(c, t_p, "tp_pay", sid, "paid", job, amount=price):
            return
        o = self.order(c, t_p, price, "one_off", job)
        addon = None
        if rng.random() < 0.3:
            addon = self.order(c, t_p + D(seconds=30), float(rng.choice([80, 120, 160, 200])), "add_on", job,
                               add_on_item=str(rng.choice(["screen_cleaning", "frame_cleaning", "glass_coating"])))
        if c["first_pay"] is None:
            c["first_pay"] = t_p
        if rng.random() < 0.06:                      # cancelled before the crew came
            t_c = t_p + D(hours=float(rng.uniform(2, 60)))
            self.ev(c, t_c, "tp_cancel", sid, "cancelled", job)
            med = 6.0 if t_c >= datetime(2026, 3, 1) else 1.2   # refunds slowed after a payment-provider change
            t_r = t_c + D(days=float(rng.lognormal(np.log(med), 0.4)))
            total = price + (addon["amount"] if addon else 0)
            if self.ev(c, t_r, "tp_refund", sid, "refunded", job, refund_amount=total,
                       refund_reason="customer_cancelled", 退款原因="客户取消"):
                for od in (o, addon):
                    if od:
                        od["status"] = "refunded"
                        od["refunded_at"] = ts(t_r)
                        c["spend"] -= od["amount"]
            if (t_r - t_c).days >= 4 and rng.random() < 0.5:
                self.fb(c, t_c + D(days=4, hours=3), ["refund_slow"], "ticket", job=job)
            return
        jan_peak = season(t_p) > 2
        lead = float(rng.lognormal(np.log(9 if jan_peak else 3.5), 0.35))
        out = self.deliver(c, t_p, job, lead)
        if out is None:
            return
        if rng.random() < 0.55:
            topics, rating = self.review(c, out, job)
            t_rt = out["t_acc"] + D(hours=float(rng.uniform(1, 72)))
            self.ev(c, t_rt, "tp_rate", job["job_id"], "rated", job, stars=rating)
            self.fb(c, t_rt, topics, "mini_program_review", tp="tp_rate" if not topics else None, rating=rating,
                    job=job)
        if c["channel"] == "dianping" and rng.random() < 0.3:
            topics, rating = self.review(c, out, job)
            self.fb(c, out["t_acc"] + D(days=float(rng.uniform(0.5, 5))), topics, "dianping_review", rating=rating,
                    job=job, undated=rng.random() < 0.33, tp="tp_rate" if not topics else None)
        # repeat
        p = 0.34 if not (out["late"] or out["claim"]) else 0.14
        if c["channel"] == "referral":
            p += 0.08
        if rng.random() < p:
            t_rp = out["t_acc"] + D(days=float(rng.uniform(45, 200)))
            self.n_job += 1
            nj = dict(job)
            nj["job_id"] = f"JB{self.n_job:06d}"
            if self.ev(c, t_rp, "tp_renew", nj["job_id"], "repeat_order", nj):
                self.job_b2c(c, t_rp + D(minutes=float(rng.uniform(2, 30))), nj, first=False)

    # ---------- B2B ----------
    def b2b(self, c):
        t = c["discover"]
        self.ev(c, t, "tp_discover", None, "view", channel=c["channel"])
        if rng.random() > 0.82:
            return
        self.n_ct += 1
        cid = f"CT{self.n_ct:05d}"
        floors = int(rng.integers(12, 60)) if c["building"] != "residential_complex" else int(rng.integers(11, 33))
        area = float(round(rng.uniform(800, 5000), 0))
        method = "gondola" if (c["building"] in ("office_tower", "mall", "hotel") and rng.random() < 0.7) else "rope_access"
        freq = pick(list(FREQ), [v[2] for v in FREQ.values()])
        per_visit = round(area * (3.2 if method == "gondola" else 4.0), 0)
        visits = FREQ[freq][1]
        amount = round(per_visit * visits * (0.85 if freq == "monthly" else 0.92), 0)
        ct = dict(job_id=None, contract_id=cid, customer_type="b2b", 客户类型="物业公司", city=c["city"],
                  城市=CITIES[c["city"]][0], district=c["district"], building_type=c["building"], 建筑类型=c["build_zh"],
                  floors=floors, method=method, 作业方式=METHODS[method], glass_area_m2=area, contract_freq=freq,
                  合同频次=FREQ[freq][0])
        t_q = t + D(days=float(rng.lognormal(np.log(1.5), 0.8)))
        self.ev(c, t_q, "tp_quote", cid, "quote_requested", ct, quote_amount=amount)
        if rng.random() > 0.72:
            return
        t_s = t_q + D(days=float(rng.lognormal(np.log(4), 0.5)))
        self.ev(c, t_s, "tp_survey", cid, "survey_done", ct, survey_mode="onsite", 勘察方式="上门勘察")
        if rng.random() > 0.62:
            return
        t_p = t_s + D(days=float(rng.lognormal(np.log(9), 0.45)))
        self.contract(c, t_p, ct, amount, visits, renewal=False)

    def contract(self, c, t_p, ct, amount, visits, renewal):
        cid = ct["contract_id"]
        if not self.ev(c, t_p, "tp_pay", cid, "contract_signed" if not renewal else "contract_renewed", ct,
                       amount=amount):
            return
        self.order(c, t_p, amount, "contract", ct, contract_start=ts(t_p)[:10], visits_per_year=visits)
        if c["first_pay"] is None:
            c["first_pay"] = t_p
        crew = self.crew_for(c["city"], t_p)
        bad = 0
        gap = 365.0 / visits
        for v in range(visits):
            t_v = t_p + D(days=(float(rng.uniform(5, 16)) if v == 0 else v * gap))
            self.n_job += 1
            job = dict(ct)
            job.update(job_id=f"JB{self.n_job:06d}", visit_no=v + 1, crew_id=crew, crew=CREWS[crew][1],
                       crew_en=CREWS[crew][2])
            job["detergent_batch"] = "JL-X3" if DETERGENT_X3[0] <= t_v < DETERGENT_X3[1] else "JL-X2"
            t_pseudo = t_v - D(days=3)
            if t_pseudo > END:
                break
            out = self.deliver(c, t_pseudo, job, 3.0, contract=True)
            if out is None:
                break
            bad += int(out["late"]) + int(out["claim"] is not None)
            if rng.random() < 0.14:
                topics = []
                if out["late"]:
                    topics.append("late")
                if out["claim"] in ("streaks", "missed_panes", "water_damage"):
                    topics.append({"streaks": "streaks", "missed_panes": "missed",
                                   "water_damage": "water_damage"}[out["claim"]])
                if out["outdoor"] and rng.random() < 0.08:
                    topics.append("no_notice")
                if not topics and rng.random() < 0.5:
                    topics = [str(rng.choice(["clean", "pro"]))]
                self.fb(c, out["t_acc"] + D(hours=2), topics, "wechat_work", job=job, undated=rng.random() < 0.5)
            if v % max(1, visits // 4) == max(1, visits // 4) - 1 or visits == 4:
                base = 8.6 - 2.5 * int(out["late"]) - 3.0 * int(out["claim"] in ("streaks", "missed_panes",
                                                                                   "water_damage"))
                nps = int(min(10, max(0, round(base + float(rng.normal(0, 1.2))))))
                topics = ["late"] if out["late"] else ([] if out["claim"] is None else
                                                       [{"streaks": "streaks", "missed_panes": "missed",
                                                         "water_damage": "water_damage",
                                                         "rain_spots": "streaks"}[out["claim"]]])
                if not topics and nps >= 9:
                    topics = [str(rng.choice(["clean", "pro"]))]
                self.fb(c, out["t_acc"] + D(days=float(rng.uniform(1, 6))), topics, "survey", nps=nps, job=job,
                        tp="tp_rate" if not topics else None)
        # renewal at the end of the year
        t_end = t_p + D(days=365)
        p = FREQ[ct["contract_freq"]][3] - 0.06 * max(0, bad - 1)
        if t_end - D(days=20) <= END and rng.random() < p:
            self.n_ct += 1
            nct = dict(ct)
            nct["contract_id"] = f"CT{self.n_ct:05d}"
            t_r = t_end - D(days=float(rng.uniform(5, 20)))
            if self.ev(c, t_r, "tp_renew", nct["contract_id"], "renewal_agreed", nct, renews_contract=ct["contract_id"]):
                self.contract(c, t_r + D(days=1), nct, amount * 1.03, visits, renewal=True)

    def run(self):
        self.make_customers()
        for c in self.cust:
            (self.b2b if c["ctype"] == "b2b" else self.b2c)(c)
        # duplicates re-sent by the field app (same event_id)
        dup = rng.choice(len(self.events), size=18, replace=False)
        self.events.extend(dict(self.events[int(i)]) for i in dup)
        self.events.sort(key=lambda r: (r["ts"], r["event_id"]))
        self.feedback.sort(key=lambda r: r["feedback_id"])


DIGITAL = {"tp_quote", "tp_pay", "tp_cancel", "tp_accept", "tp_claim", "tp_rate", "tp_renew"}


def segment(c) -> str:
    if c["first_pay"] is None:
        return "prospect"
    if c["ctype"] == "b2b":
        return "contract_client"
    if c["first_pay"] >= datetime(2026, 6, 1):
        return "new"
    if c["jobs"] >= 2:
        return "returning"
    if c["last_job"] is not None and c["last_job"] < datetime(2025, 12, 1):
        return "at_risk"
    return "one_time"


def write(path: Path, rows, fields=None):
    if fields is None:
        fields = []
        for r in rows:
            for k in r:
                if k not in fields:
                    fields.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in fields})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for i, tp in enumerate(j[3])])
    cust = []
    for c in g.cust:
        b2b = c["ctype"] == "b2b"
        tier = ("key_account" if c["spend"] >= 250000 else "standard") if b2b else (
            "gold" if c["spend"] >= 2000 else "silver" if c["spend"] >= 800 else "regular")
        tier_zh = {"key_account": "大客户", "standard": "标准客户", "gold": "金卡", "silver": "银卡", "regular": "普通"}[tier]
        chs = B2B_CH if b2b else B2C_CH
        cust.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=segment(c),
                         region=c["city"], acquisition_channel=c["channel"], tier=tier, customer_type=c["ctype"],
                         客户类型=c["ctype_zh"], 城市=CITIES[c["city"]][0], 获客渠道=chs[c["channel"]][0], 会员等级=tier_zh,
                         district=c["district"], building_type=c["building"], 建筑类型=c["build_zh"],
                         preferred_language="en" if c["en_share"] > 0.2 and rng.random() < 0.5 else "zh"))
    write(out / "customers.csv", cust)
    write(out / "events.csv", g.events)
    write(out / "orders.csv", g.orders)
    write(out / "feedback.csv", g.feedback)
    write(out / "_truth" / "feedback_truth.csv", g.truth)
    print(f"customers {len(cust)}, events {len(g.events)}, orders {len(g.orders)}, feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
