"""理居 NeatNest: a home organising service (整理收纳) in Shanghai, Shenzhen and Guangzhou. A household finds us
(Xiaohongshu notes, Douyin videos, Dianping, a friend's referral, WeChat Moments ads), chats with a consultant online
(在线咨询, sending photos of the wardrobe / kitchen), gets a home survey visit (上门勘测: always for whole-home and
moving jobs, sometimes for a wardrobe or kitchen), receives a plan and quote (方案报价), books an organiser team and
pays (预约整理师团队), the team arrives (上门签到, sometimes late), organises (衣橱整理 wardrobe, 厨房整理 kitchen,
全屋整理 whole home, 搬家整理 moving), often sells storage products (收纳用品: boxes, hangers, drawer dividers), the
customer signs off the result (验收确认) and rates it, a free follow-up revisit (回访复整) comes within about a month,
and some households buy a membership package (会员套餐). Items that cannot be found after a session are reported
(物品报失). Paid bookings may be cancelled and refunded; storage products may be returned.

Data 2025-01-01 .. 2026-06-30 (the extract was taken at the start of July 2026).

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

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 16000
BOX_PRICE_HIKE = datetime(2025, 7, 1)                           # storage boxes +35 % (new supplier)
NANSHAN_TEMPS = (datetime(2025, 9, 1), datetime(2025, 12, 1))   # Shenzhen Nanshan team staffed with temp helpers
DISPATCH_V2 = (datetime(2026, 3, 2), datetime(2026, 4, 20))     # new dispatch system: bad routing, late arrivals
PANYU_OPEN = datetime(2026, 1, 5)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "了解理居", "Discover NeatNest", "awareness", "social", "digital", "marketing",
     "发现|种草|刷到|小红书|抖音|看到广告|朋友推荐|discover|found us|first touch|lead"),
    ("tp_consult", "在线咨询", "Online consultation", "consideration", "mini_program", "digital", "sales",
     "咨询|在线咨询|问价|发照片|顾问|客服咨询|consult|consultation|enquiry|inquiry|chat with consultant"),
    ("tp_survey", "上门勘测", "Home survey visit", "consideration", "other", "physical", "sales",
     "勘测|上门勘测|量房|上门看房|实地勘察|survey|home survey|site visit|home visit"),
    ("tp_quote", "方案报价", "Plan & quote", "consideration", "mini_program", "digital", "sales",
     "方案|报价|出方案|整理方案|quote|quotation|plan|proposal"),
    ("tp_book", "预约整理师团队", "Team booked & paid", "purchase", "mini_program", "digital", "sales",
     "预约|下单|签单|付款|定金|约整理师|book|booking|paid|signed|order"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "mini_program", "digital", "service",
     "取消|退单|不做了|cancel|cancellation|cancelled"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退货|退回|refund|money back|refunded|return"),
    ("tp_arrive", "整理师上门签到", "Team arrival", "service", "other", "physical", "operations",
     "上门|签到|到达|准时|迟到|arrival|arrive|check-in|on time|late"),
    ("tp_session", "整理服务", "Organising session", "service", "other", "physical", "operations",
     "整理|收纳|整理服务|衣橱整理|厨房整理|全屋整理|搬家整理|session|organising|organizing|declutter|job"),
    ("tp_storage", "收纳用品购买", "Storage products purchase", "purchase", "mini_program", "digital", "retail",
     "收纳用品|收纳盒|收纳箱|衣架|分隔盒|storage|storage boxes|boxes|hangers|organisers|products"),
    ("tp_claim", "物品报失", "Lost item report", "service", "phone", "digital", "service",
     "报失|丢东西|找不到|物品丢失|lost item|missing item|lost property|claim"),
    ("tp_accept", "验收确认", "Sign-off", "service", "mini_program", "digital", "operations",
     "验收|确认|签字|完工|sign-off|sign off|acceptance|handover|completion"),
    ("tp_rate", "服务评价", "Service rating", "loyalty", "mini_program", "digital", "marketing",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_revisit", "回访复整", "Follow-up revisit", "loyalty", "other", "physical", "operations",
     "回访|复整|复查|二次上门|follow-up|revisit|touch-up|check-back"),
    ("tp_member", "购买会员套餐", "Membership package", "loyalty", "mini_program", "digital", "crm",
     "会员|套餐|会员卡|年卡|季卡|续费|membership|package|member|plan subscription"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("lead", "线索转化", "Lead to booking", ["tp_discover", "tp_consult", "tp_quote", "tp_book"], 30),
    ("survey", "勘测签单", "Survey to booking", ["tp_survey", "tp_quote", "tp_book"], 21),
    ("service", "上门服务", "Service delivery", ["tp_book", "tp_arrive", "tp_session", "tp_accept"], 45),
    ("revisit", "回访复整", "Follow-up revisit", ["tp_accept", "tp_revisit"], 60),
    ("membership", "会员转化", "Membership conversion", ["tp_accept", "tp_member"], 90),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
]
CITIES = {  # en: zh, weight, price per organiser-hour, base late prob, en share
    "Shanghai": ("上海", 0.45, 170, 0.08, 0.16),
    "Shenzhen": ("深圳", 0.31, 150, 0.10, 0.10),
    "Guangzhou": ("广州", 0.24, 140, 0.19, 0.06),
}
TEAMS = [  # id, city, zh, en, opened, weight
    ("SH1", "Shanghai", "上海浦东组", "Shanghai Pudong", None, 1.3), ("SH2", "Shanghai", "上海徐汇组", "Shanghai Xuhui", None, 1.0),
    ("SH3", "Shanghai", "上海闵行组", "Shanghai Minhang", None, 1.0), ("SH4", "Shanghai", "上海静安组", "Shanghai Jing'an", None, 0.8),
    ("SZ1", "Shenzhen", "深圳南山组", "Shenzhen Nanshan", None, 1.3), ("SZ2", "Shenzhen", "深圳福田组", "Shenzhen Futian", None, 1.0),
    ("SZ3", "Shenzhen", "深圳龙华组", "Shenzhen Longhua", None, 0.9),
    ("GZ1", "Guangzhou", "广州天河组", "Guangzhou Tianhe", None, 1.3), ("GZ2", "Guangzhou", "广州海珠组", "Guangzhou Haizhu", None, 1.0),
    ("GZ3", "Guangzhou", "广州番禺组", "Guangzhou Panyu", PANYU_OPEN, 0.35),
]
TEAM = {t[0]: t for t in TEAMS}
SERVICES = {  # en: zh, organisers (lo, hi), hours (lo, hi), survey needed prob
    "wardrobe": ("衣橱整理", (2, 2), (5, 8), 0.2),
    "kitchen": ("厨房整理", (2, 2), (4, 6), 0.2),
    "whole_home": ("全屋整理", (3, 5), (12, 24), 1.0),
    "moving": ("搬家整理", (3, 5), (10, 20), 1.0),
}
HOUSEHOLDS = {  # en: zh, weight, service probs (wardrobe, kitchen, whole_home, moving), size band probs, repeat prob, member mult
    "single": ("单身独居", 0.22, (0.50, 0.15, 0.10, 0.25), (0.55, 0.35, 0.10, 0.00), 0.18, 0.6),
    "couple": ("二人世界", 0.25, (0.40, 0.20, 0.20, 0.20), (0.20, 0.50, 0.27, 0.03), 0.20, 0.8),
    "family_kids": ("有娃家庭", 0.37, (0.30, 0.15, 0.40, 0.15), (0.03, 0.37, 0.50, 0.10), 0.26, 1.4),
    "multi_gen": ("三代同堂", 0.13, (0.20, 0.15, 0.50, 0.15), (0.00, 0.15, 0.55, 0.30), 0.30, 1.3),
    "villa": ("别墅大宅", 0.03, (0.10, 0.05, 0.80, 0.05), (0.00, 0.00, 0.05, 0.95), 0.60, 2.0),
}
SIZE_BANDS = [("<60", "60平以下", 0.7), ("60-90", "60-90平", 1.0), ("90-140", "90-140平", 1.4), ("140+", "140平以上", 2.1)]
CHANNELS = {  # en: zh, weight, discover -> consult prob, quote -> book multiplier
    "xiaohongshu": ("小红书", 0.34, 0.48, 0.58), "douyin": ("抖音", 0.20, 0.38, 0.85),
    "dianping": ("大众点评", 0.18, 0.62, 1.00), "referral": ("老客推荐", 0.14, 0.86, 1.35),
    "wechat_ad": ("朋友圈广告", 0.14, 0.33, 0.90),
}
PAY = {"wechat_pay": "微信支付", "alipay": "支付宝", "huabei": "花呗分期", "bank_transfer": "对公转账"}
PACKAGES = {"seasonal_switch": ("换季整理套餐", 1299), "quarterly_refresh": ("季度复整卡", 2399),
            "annual_care": ("年度管家卡", 6999)}
TIERS = {"regular": "普通客户", "silver": "银卡", "gold": "金卡", "black": "黑卡"}
REASONS = {"customer_cancelled": "客户取消", "schedule_conflict": "档期冲突", "storage_return": "收纳用品退货",
           "package_cooling_off": "套餐冷静期退款"}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "lost_item": (["整理完以后我放证件的文件袋找不到了", "一对金耳环不见了，问整理师都说没看到", "孩子的奖状和证书被弄丢了，很生气",
                   "收纳完老公的手表找不到了，翻了好几天", "重要的合同文件不见了"],
                  ["after the session my passport folder was missing", "a pair of gold earrings went missing",
                   "they lost my kid's certificates", "my husband's watch has been missing since the team left"]),
    "late": (["整理师迟到了快一个小时", "约好九点，十点才到，迟到也不提前说一声", "团队又迟到了，我专门请了假在家等",
              "第二天还是迟到，时间观念太差"],
             ["the team showed up almost an hour late", "booked for 9 and they came at 10, late with no notice",
              "organisers were late again and I had taken the day off", "late on day two as well"]),
    "box_pricey": (["收纳盒太贵了，网上同款便宜一半", "推荐的收纳用品价格太贵", "整理师一直推销收纳盒，太贵了",
                    "收纳盒涨价以后太贵了，不值"],
                   ["the storage boxes are overpriced, the same ones online cost half",
                    "storage products are way too expensive", "they kept pushing their storage boxes, overpriced",
                    "after the price increase the boxes are too expensive"]),
    "damaged": (["搬柜子的时候把木地板刮坏了", "一件真丝衬衫被弄坏了", "衣柜门的合页被弄坏了"],
                ["they damaged our wooden floor moving the wardrobe", "a silk shirt got damaged",
                 "the hinge of the wardrobe door was damaged"]),
    "messy_again": (["才过了两个月家里又乱了", "没人来回访，没多久又乱了", "柜子又乱了，希望能有复整服务"],
                    ["two months on and the place is messy again", "nobody came for a follow-up and it's messy again",
                     "the closets are messy again, wish there was a touch-up"]),
    "praise": (["整理完家里井井有条", "衣柜井井有条，找东西方便多了", "厨房现在井井有条，做饭顺手多了", "整理师很专业，家里井井有条"],
               ["everything is so tidy now", "the wardrobe is so tidy and things are easy to find",
                "the kitchen is so tidy, cooking is much easier", "very professional team, the whole flat is so tidy"]),
}
GEN = {
    "pos": (["服务很满意，会推荐给朋友", "整体体验很好", "沟通顺畅，下次还找你们", "物超所值"],
            ["very happy with the service, will recommend", "great experience overall",
             "smooth communication, will book again"]),
    "neu": (["还行吧，中规中矩", "一般，没有特别惊艳", "服务正常"],
            ["it was ok", "average, nothing special", "service was fine"]),
    "neg": (["体验不太好，有点失望", "不太满意", "不会再约了"],
            ["not a good experience, a bit disappointed", "not satisfied", "won't book again"]),
}
NEG_TOPICS = {"lost_item", "late", "box_pricey", "damaged", "messy_again"}
TOPIC_TP = [("lost_item", "tp_claim"), ("damaged", "tp_session"), ("late", "tp_arrive"), ("box_pricey", "tp_storage"),
            ("messy_again", "tp_revisit"), ("praise", "tp_session")]


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    """lead volume: pre-Spring-Festival clean-up, spring / autumn wardrobe switch, summer moving season."""
    if datetime(2025, 1, 6) <= d < datetime(2025, 1, 27) or datetime(2026, 1, 19) <= d < datetime(2026, 2, 15):
        return 1.8
    if datetime(2025, 1, 27) <= d < datetime(2025, 2, 7) or datetime(2026, 2, 15) <= d < datetime(2026, 2, 25):
        return 0.35                                    # the holiday itself
    return {4: 1.25, 10: 1.25, 6: 1.2, 7: 1.35, 8: 1.2}.get(d.month, 1.0)


def service_mix(base, d: datetime):
    w = list(base)
    if d.month in (4, 5, 10, 11):
        w[0] *= 1.8                                    # 换季: wardrobe switch
    if d.month in (6, 7, 8):
        w[3] *= 2.2                                    # graduation / lease season: moving
    if d.month in (12, 1):
        w[2] *= 1.6                                    # 年前: whole-home before the New Year
    return w


def open_teams(city, t):
    return [x for x in TEAMS if x[1] == city and (x[4] is None or x[4] <= t)]


def sched(t: datetime, hour_lo=9, hour_hi=15) -> datetime:
    return datetime(t.year, t.month, t.day) + D(hours=int(rng.integers(hour_lo, hour_hi)))


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_pj = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, sid, action, pj=None, device="none", **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"] if device == "none" else device)
        if pj:
            row.update(pj["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, pj, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"session": "整理服务", "storage": "收纳用品", "package": "会员套餐"}[otype]
        row = dict(order_id=f"NN{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel="mini_program", device=c["device"], order_type=otype, 订单类型=zh,
                   project_id=pj["id"] if pj else None)
        if pj:
            for k in ("city", "服务城市", "team_id", "team", "team_en", "service_type", "服务类型"):
                row[k] = pj["common"][k]
        else:
            row.update(city=c["city"], 服务城市=CITIES[c["city"]][0])
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, pj=None, undated=False, gen=None,
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
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if lang == "en":
            text = text[0].upper() + text[1:]
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_rate")
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        pos = not neg and ("praise" in topics or gen == "pos")
        senti = "neg" if neg else ("pos" if pos else "neu")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, project_id=pj["id"] if pj else None,
                   city=c["city"], 服务城市=CITIES[c["city"]][0])
        if pj:
            for k in ("team_id", "team", "team_en", "service_type", "服务类型"):
                row[k] = pj["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- customers ----------
    def customers(self):
        days = []
        d = START
        while d <= datetime(2026, 6, 25):
            growth = 0.6 + 0.8 * (d - START).days / 540
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.5)))
            city = pick(list(CITIES), [v[1] for v in CITIES.values()])
            hh = pick(list(HOUSEHOLDS), [v[1] for v in HOUSEHOLDS.values()])
            size = pick(SIZE_BANDS, HOUSEHOLDS[hh][3])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            age = pick(["22-29", "30-39", "40-49", "50+"],
                       {"single": (0.55, 0.35, 0.08, 0.02), "couple": (0.35, 0.45, 0.15, 0.05),
                        "family_kids": (0.05, 0.60, 0.32, 0.03), "multi_gen": (0.02, 0.38, 0.40, 0.20),
                        "villa": (0.0, 0.25, 0.50, 0.25)}[hh])
            en_share = CITIES[city][4]
            self.cust.append(dict(
                customer_id=f"U{i + 1:05d}", discover=t, city=city, hh=hh, size=size, channel=ch, age=age,
                gender=pick(["female", "male"], [0.78, 0.22]), device=pick(["ios", "android"], [0.52, 0.48]),
                en_share=en_share, lang="en" if rng.random() < en_share else "zh", spend=0.0, sessions=[],
                first_book=None, package=None, booked=False))

    # ---------- one project (consult .. revisit) ----------
    def project(self, c, t0: datetime, repeat: bool):
        """returns the sign-off time or None."""
        self.n_pj += 1
        pid = f"PJ{self.n_pj:06d}"
        h = HOUSEHOLDS[c["hh"]]
        stype = pick(list(SERVICES), service_mix(h[2], t0))
        sv = SERVICES[stype]
        teams = open_teams(c["city"], t0)
        team = pick(teams, [x[5] for x in teams])
        pj = dict(id=pid, common=dict(city=c["city"], 服务城市=CITIES[c["city"]][0], team_id=team[0], team=team[2],
                                      team_en=team[3], service_type=stype, 服务类型=sv[0], home_size=c["size"][0],
                                      户型面积=c["size"][1]))
        ch = CHANNELS[c["channel"]]
        t = t0
        self.ev(c, t, "tp_consult", pid, "chat", pj, channel="wechat" if rng.random() < 0.4 else "mini_program",
                photos_sent=int(rng.integers(0, 12)))
        # survey
        surveyed = rng.random() < sv[3] or c["hh"] == "villa"
        if surveyed:
            if rng.random() > (0.80 if repeat else 0.70):
                return None
            t = sched(t + D(days=float(rng.uniform(1, 8))))
            self.ev(c, t, "tp_survey", pid, "visit", pj, device=None, channel="onsite",
                    surveyor_id=f"SV{int(rng.integers(1, 19)):02d}", survey_minutes=int(rng.integers(40, 120)))
            t += D(hours=float(rng.uniform(20, 72)))
        else:
            if rng.random() > (0.85 if repeat else 0.78):
                return None
            t += D(hours=float(rng.uniform(2, 48)))
        orgs = int(rng.integers(sv[1][0], sv[1][1] + 1))
        hours = int(rng.integers(sv[2][0], sv[2][1] + 1))
        if stype in ("whole_home", "moving"):
            hours = int(round(hours * c["size"][2] / 1.4))
            hours = max(sv[2][0], hours)
        price = round(orgs * hours * CITIES[c["city"]][2], -1)
        self.ev(c, t, "tp_quote", pid, "quote_sent", pj, channel="mini_program", quote_amount=price, organisers=orgs,
                hours=hours)
        # book (and pay in full)
        p_book = {"wardrobe": 0.68, "kitchen": 0.66, "whole_home": 0.50, "moving": 0.60}[stype]
        p_book = min(0.95, p_book * (1.0 if repeat else ch[3]) * (1.25 if repeat else 1.0))
        if rng.random() > p_book:
            return None
        t += D(hours=float(rng.exponential(40) + 1))
        if price >= 8000:
            pay = pick(["wechat_pay", "alipay", "huabei", "bank_transfer"], [0.35, 0.2, 0.25, 0.2])
        else:
            pay = pick(["wechat_pay", "alipay", "huabei"], [0.6, 0.3, 0.1])
        pj["common"].update(payment_method=pay, 支付方式=PAY[pay])
        slot = sched(t + D(days=float(rng.uniform(2, 21))), 8, 11)
        if not self.ev(c, t, "tp_book", pid, "paid", pj, channel="mini_program", amount=price, organisers=orgs,
                       hours=hours, slot_start=ts(slot)):
            return None
        sess_order = self.order(c, t, price, "session", pj, payment_method=pay, 支付方式=PAY[pay], organisers=orgs,
                                hours=hours)
        c["booked"] = True
        if c["first_book"] is None:
            c["first_book"] = t
        # storage products sold at the survey / quote stage
        if surveyed and rng.random() < 0.18:
            self.storage(c, t + D(hours=float(rng.uniform(1, 30))), pj, pre=True)
        # cancellation
        if rng.random() < (0.06 + 0.004 * (slot - t).days):
            t_c = t + (slot - t) * float(rng.uniform(0.1, 0.9))
            self.ev(c, t_c, "tp_cancel", pid, "cancel", pj, channel="mini_program",
                    cancel_reason=pick(["customer_cancelled", "schedule_conflict"], [0.7, 0.3]))
            lag = {"wechat_pay": 0.3, "alipay": 0.3, "huabei": 3.0, "bank_transfer": 6.0}[pay]
            t_r = t_c + D(days=float(rng.exponential(lag) + 0.05))
            reason = "customer_cancelled"
            if self.ev(c, t_r, "tp_refund", pid, "refund", pj, channel=pay, refund_amount=price,
                       refund_reason=reason, 退款原因=REASONS[reason]) and sess_order:
                sess_order["status"] = "refunded"
                sess_order["refunded_at"] = ts(t_r)
            if lag > 2 and rng.random() < 0.25:
                self.fb(c, t_r + D(hours=2), [], "ticket", tp="tp_refund", pj=pj, gen="neg")
            return None
        # arrival
        p_late = CITIES[c["city"]][3]
        if team[0] == "GZ2":
            p_late = 0.28                              # Haizhu also covers far-off Nansha jobs
        if team[0] == "GZ3":
            p_late = 0.46                              # new Panyu team, routes not learnt yet
        if DISPATCH_V2[0] <= slot < DISPATCH_V2[1]:
            p_late += 0.28
        late = rng.random() < p_late
        late_min = int(rng.integers(16, 95)) if late else int(rng.integers(-15, 10))
        t_arr = slot + D(minutes=late_min)
        self.ev(c, t_arr, "tp_arrive", pid, "check_in", pj, device=None, channel="onsite", late_minutes=late_min,
                organisers=orgs, lead_organiser=f"ORG{team[0]}{int(rng.integers(1, 7))}")
        t_s = t_arr + D(minutes=float(rng.uniform(5, 20)))
        days_on_site = max(1, int(np.ceil(hours / 8)))
        self.ev(c, t_s, "tp_session", pid, "started", pj, device=None, channel="onsite", organisers=orgs,
                hours=hours, days_on_site=days_on_site)
        # storage products sold during the session
        p_st = 0.56 if t_s < BOX_PRICE_HIKE else 0.34
        box_buy = None
        if rng.random() < p_st:
            box_buy = self.storage(c, t_s + D(hours=float(rng.uniform(1, 5))), pj, pre=False)
        # lost items, damage
        p_lost = 0.02
        if team[0] == "SZ1" and NANSHAN_TEMPS[0] <= t_s < NANSHAN_TEMPS[1]:
            p_lost = 0.24
        if stype in ("whole_home", "moving"):
            p_lost *= 1.4
        lost = rng.random() < p_lost
        damaged = rng.random() < 0.02
        t_end = t_s + D(days=days_on_site - 1, hours=min(hours, 8) + float(rng.uniform(0, 1)))
        topics = []
        if late and (late_min > 30 or rng.random() < 0.5):
            topics.append("late")
            if late_min > 40 and rng.random() < 0.25:
                self.fb(c, t_arr + D(minutes=30), ["late"], "ticket", pj=pj)
        if lost:
            t_cl = t_end + D(days=float(rng.uniform(0.3, 6)))
            self.ev(c, t_cl, "tp_claim", pid, "report", pj, channel="phone",
                    claim_item=pick(["jewellery", "documents", "watch", "toy", "cash"], [0.3, 0.3, 0.15, 0.15, 0.1]),
                    claim_result=pick(["found", "not_found"], [0.6, 0.4]))
            topics.append("lost_item")
            if rng.random() < 0.7:
                self.fb(c, t_cl + D(hours=1), ["lost_item"], "ticket", pj=pj)
        if damaged:
            topics.append("damaged")
        if box_buy is not None and rng.random() < (0.30 if t_s >= BOX_PRICE_HIKE else 0.05):
            topics.append("box_pricey")
        bad = bool(topics)
        if not bad and rng.random() < (0.62 if c["city"] == "Shanghai" else 0.45):
            topics.append("praise")
        # sign-off
        if rng.random() < 0.985:
            self.ev(c, t_end, "tp_accept", pid, "signed", pj, channel="mini_program", hours=hours)
        else:
            return None
        c["spend"] += price
        c["sessions"].append(t_end)
        # rating (in the mini program, right after sign-off)
        p_rate = 0.55 if bad else 0.33
        if rng.random() < p_rate:
            stars = float(pick([5, 4, 3, 2], [0.55, 0.32, 0.10, 0.03]))
            pen = {"lost_item": 2.6, "late": 1.3, "damaged": 2.2, "box_pricey": 1.0}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "praise" in topics:
                stars = 5.0 if rng.random() < 0.75 else 4.0
            stars = float(min(5, max(1, round(stars))))
            t_r = t_end + D(minutes=float(rng.lognormal(np.log(90), 1.0)))
            self.ev(c, t_r, "tp_rate", pid, "rate", pj, channel="mini_program", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "mini_program_review", rating=stars, pj=pj, gen=gen)
        if c["channel"] == "dianping" and rng.random() < 0.3:
            stars = float(pick([5, 4, 3, 2], [0.5, 0.33, 0.12, 0.05]))
            for k in topics:
                stars -= {"lost_item": 2.5, "late": 1.2, "damaged": 2.0, "box_pricey": 1.2}.get(k, 0)
            if "praise" in topics:
                stars = 5.0
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_end + D(hours=float(rng.uniform(3, 72))), topics, "dianping_review", rating=stars, pj=pj,
                    gen=gen, undated=rng.random() < 0.25)
        if c["channel"] == "xiaohongshu" and rng.random() < 0.12:
            self.fb(c, t_end + D(days=float(rng.uniform(1, 10))), topics, "xiaohongshu_note", pj=pj,
                    undated=rng.random() < 0.4)
        # follow-up revisit
        p_rev = {"wardrobe": 0.45, "kitchen": 0.40, "whole_home": 0.72, "moving": 0.50}[stype]
        if c["package"]:
            p_rev = 0.9
        revisited = False
        if rng.random() < p_rev:
            t_v = sched(t_end + D(days=float(rng.uniform(18, 45))))
            revisited = self.ev(c, t_v, "tp_revisit", pid, "revisit", pj, device=None, channel="onsite",
                                revisit_minutes=int(rng.integers(45, 150)))
        elif rng.random() < 0.16:
            self.fb(c, t_end + D(days=float(rng.uniform(45, 100))), ["messy_again"],
                    pick(["wechat_service", "xiaohongshu_note"], [0.6, 0.4]), pj=pj,
                    undated=rng.random() < 0.3, no_customer=rng.random() < 0.2)
        # NPS survey two weeks after sign-off
        if rng.random() < 0.16:
            base = 8.6 - 3.2 * ("lost_item" in topics) - 1.6 * ("late" in topics) - 2.0 * ("damaged" in topics) \
                - 0.8 * ("box_pricey" in topics) + 0.6 * ("praise" in topics)
            nps = int(np.clip(round(rng.normal(base, 1.4)), 0, 10))
            self.fb(c, t_end + D(days=14, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.5 else [],
                    "survey", nps=nps, pj=pj, tp="tp_accept",
                    gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        # membership package
        if not c["package"]:
            p_m = (0.20 if revisited else 0.06) * HOUSEHOLDS[c["hh"]][5] * (0.6 if bad else 1.0)
            if rng.random() < p_m:
                t_m = t_end + D(days=float(rng.uniform(20, 80) if revisited else rng.uniform(3, 80)))
                pk = pick(list(PACKAGES), [0.45, 0.35, 0.20])
                if self.ev(c, t_m, "tp_member", pid, "purchase", pj, channel="mini_program", package=pk,
                           套餐名称=PACKAGES[pk][0], amount=PACKAGES[pk][1]):
                    o = self.order(c, t_m, PACKAGES[pk][1], "package", pj, package=pk, 套餐名称=PACKAGES[pk][0],
                                   payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
                    if rng.random() < 0.05:
                        t_r = t_m + D(days=float(rng.uniform(1, 7)))
                        rs = "package_cooling_off"
                        if self.ev(c, t_r, "tp_refund", pid, "refund", pj, channel="wechat_pay",
                                   refund_amount=PACKAGES[pk][1], refund_reason=rs, 退款原因=REASONS[rs]) and o:
                            o["status"] = "refunded"
                            o["refunded_at"] = ts(t_r)
                    else:
                        c["package"] = pk
                        c["spend"] += PACKAGES[pk][1]
        return t_end

    def storage(self, c, t, pj, pre):
        per_item = 1.35 if t >= BOX_PRICE_HIKE else 1.0
        n_items = int(rng.integers(6, 40))
        amt = round(n_items * float(rng.uniform(18, 45)) * per_item * (1.5 if pj["common"]["service_type"] in
                                                                       ("whole_home", "moving") else 1.0), 0)
        if not self.ev(c, t, "tp_storage", pj["id"], "purchase", pj, channel="mini_program", amount=amt,
                       items=n_items, sold_at="survey" if pre else "session"):
            return None
        o = self.order(c, t, amt, "storage", pj, items=n_items, payment_method="wechat_pay", 支付方式=PAY["wechat_pay"])
        p_ret = 0.06 if t < BOX_PRICE_HIKE else 0.13
        if o is not None and rng.random() < p_ret:
            t_r = t + D(days=float(rng.uniform(2, 12)))
            rs = "storage_return"
            if self.ev(c, t_r, "tp_refund", pj["id"], "refund", pj, channel="wechat_pay", refund_amount=amt,
                       refund_reason=rs, 退款原因=REASONS[rs]):
                o["status"] = "refunded"
                o["refunded_at"] = ts(t_r)
                if rng.random() < 0.35:
                    self.fb(c, t_r, ["box_pricey"], "ticket", pj=pj)
        else:
            c["spend"] += amt
        return o

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["channel"])
            if rng.random() > CHANNELS[c["channel"]][2]:
                if rng.random() < 0.01:
                    self.fb(c, c["discover"] + D(hours=3), [], "wechat_service", gen="neu", undated=True)
                continue
            t = c["discover"] + D(hours=float(min(400, rng.exponential(30) + 0.3)))
            repeat = False
            while t <= END:
                t_end = self.project(c, t, repeat)
                if t_end is None:
                    break
                p_again = HOUSEHOLDS[c["hh"]][4] * (2.4 if c["package"] else 1.0)
                if rng.random() > min(0.9, p_again):
                    break
                repeat = True
                t = t_end + D(days=float(rng.exponential(80) + 20))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "black" if spend >= 20000 else "gold" if spend >= 8000 else "silver" if spend >= 3000 else "regular"
            s = c["sessions"]
            if not c["booked"]:
                seg = "prospect"
            elif c["first_book"] >= datetime(2026, 4, 1):
                seg = "new"
            elif c["package"]:
                seg = "member"
            elif len(s) >= 2:
                seg = "repeat"
            else:
                seg = "one_time"
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier, 会员等级=TIERS[tier],
                             household_type=c["hh"], 家庭类型=HOUSEHOLDS[c["hh"]][0], home_size=c["size"][0],
                             户型面积=c["size"][1], age_band=c["age"], gender=c["gender"], phone_os=c["device"],
                             membership_package=c["package"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "服务城市", "team_id", "team", "team_en", "service_type", "服务类型", "home_size", "户型面积", "payment_method",
           "支付方式", "photos_sent", "surveyor_id", "survey_minutes", "quote_amount", "organisers", "hours",
           "slot_start", "amount", "cancel_reason", "late_minutes", "lead_organiser", "days_on_site", "items",
           "sold_at", "claim_item", "claim_result", "stars", "revisit_minutes", "package", "套餐名称", "refund_amount",
           "refund_reason", "退款原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "project_id", "city", "服务城市", "team_id", "team", "team_en", "service_type", "服务类型", "payment_method",
            "支付方式", "organisers", "hours", "items", "package", "套餐名称", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "project_id", "city", "服务城市", "team_id", "team", "team_en", "service_type", "服务类型"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "household_type", "家庭类型", "home_size", "户型面积", "age_band", "gender", "phone_os",
             "membership_package", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the tracker re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, projects {g.n_pj}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
