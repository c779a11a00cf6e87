"""安复修复 RestorePoint: water and fire damage restoration for homeowners, landlords and insurers (synthetic, written
blind).

Five branches: 上海 Shanghai, 广州 Guangzhou, 武汉 Wuhan (CNY), Sydney (AUD), Vancouver (CAD).
Work comes in two ways:
- a homeowner, landlord or property manager rings the 24/7 emergency hotline (found us via Baidu / 58同城 / 美团 /
  WeChat / Google Ads / hipages / HomeStars / Facebook, a plumber referral, a property-management contract, or is a
  repeat customer); insured callers' claims are lodged with their insurer, self-pay callers accept a quote;
- an insurer assigns a claim to us through its panel portal (恒康财险, 中瑞保险, 远航财险, Southern Cross Mutual,
  Harbourside Insurance, Maple Crest Insurance, Pacific Shield Insurance).
Then: triage (emergency / scheduled / not proceeding / referred out / out of area) -> dispatch (emergency response
time against a 120-minute SLA, or a scheduled visit) -> moisture mapping & damage assessment -> estimate approval (by
the insurer's adjuster, or the self-pay customer) -> drying & remediation (dehumidifiers and air movers; soot and odour
clean-up after fires; own or rented equipment; extensions) -> clearance test (dry standard / odour test; retests)
-> rebuild works with change orders -> final inspection -> invoicing -> excess collection (insured) -> payment
(insurer or customer; short payments) -> disputes -> customer survey.
Orders: self-pay jobs, insurer invoices (the insurer's share: job minus excess), excess payments, rebuild change
orders. Amounts in CNY at the fixed group rate (AUD 4.70, CAD 5.20), with currency and amount_local.
Events 2025-01-01 .. 2026-08-31 (extract taken early September 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(topic and sentiment of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy +
stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260917
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
WARMUP = datetime(2024, 11, 15)              # jobs are simulated from here; the extract keeps ts >= START
DRY_BAD = (datetime(2025, 8, 1), datetime(2025, 9, 1))      # rented SwiftDry units underperform in CN branches
TYPHOON = datetime(2025, 9, 16)                             # typhoon landfall near Guangzhou
VAN_SHORT = datetime(2026, 1, 1)                            # Vancouver rebuild subcontractors short from 2026
GROWTH_2026 = 1.12

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_hotline", "24小时应急热线", "24/7 emergency hotline", "awareness", "phone", "digital", "contact_centre",
     "热线|报修电话|应急电话|来电|400电话|hotline|emergency line|call centre|phone call|inbound call"),
    ("tp_insurer_assign", "保险公司派案", "Insurer assignment", "awareness", "other", "digital",
     "insurer_partnerships", "派案|保险派单|理赔派案|保险公司转介|assignment|insurer assignment|claim assignment|"
     "panel job|insurer referral"),
    ("tp_triage", "分诊评估", "Triage", "consideration", "phone", "digital", "contact_centre",
     "分诊|初步评估|电话评估|联系客户|triage|first contact|initial assessment|intake"),
    ("tp_dispatch", "派工上门", "Dispatch", "purchase", "app", "physical", "field_ops",
     "派工|应急派工|抢险|出车|到场|上门|dispatch|emergency dispatch|crew dispatch|response|attendance|make safe"),
    ("tp_moisture_map", "湿度勘测与定损", "Moisture mapping & assessment", "purchase", "other", "physical",
     "estimating", "勘测|湿度勘测|定损|查勘|红外热像|moisture mapping|assessment|site inspection|damage assessment|"
     "scope"),
    ("tp_estimate", "估价审批", "Estimate approval", "purchase", "email", "digital", "estimating",
     "估价|报价|审批|核价|估损|estimate|quote|estimate approval|authority|scope approval"),
    ("tp_drying", "干燥与清洁修复", "Drying & remediation", "service", "other", "physical", "mitigation",
     "干燥|除湿|抽湿|清洁|除烟|去味|驱干|drying|dry-out|mitigation|remediation|dehumidifiers|soot clean"),
    ("tp_clearance", "干燥达标验收", "Clearance test", "service", "other", "physical", "mitigation",
     "达标验收|干燥验收|复测|含水率检测|气味检测|clearance|dry standard|clearance test|sign-off reading|"
     "odour test"),
    ("tp_rebuild", "重建施工", "Rebuild works", "service", "other", "physical", "rebuild",
     "重建|修复施工|装修|复原|rebuild|reinstatement|repairs|building works|make good"),
    ("tp_change_order", "变更单审批", "Change order approval", "service", "email", "digital", "rebuild",
     "变更单|变更|增项|签证|change order|variation|variation order|scope change"),
    ("tp_final_inspection", "竣工验收", "Final inspection", "service", "other", "physical", "quality",
     "竣工验收|完工验收|验收|终检|final inspection|handover|sign-off|completion inspection"),
    ("tp_invoice", "开票结算", "Invoicing", "service", "email", "digital", "finance",
     "开票|账单|结算|发票|invoice|invoicing|billing|final account"),
    ("tp_excess", "自付额收取", "Excess collection", "service", "web", "digital", "finance",
     "自付额|免赔额|付自付额|excess|deductible|excess payment|pay the excess"),
    ("tp_payment", "回款到账", "Payment received", "service", "other", "digital", "finance",
     "回款|到账|付款|赔款|收款|payment|payment received|insurer payment|settlement|remittance"),
    ("tp_dispute", "争议处理", "Dispute handling", "loyalty", "phone", "digital", "customer_care",
     "争议|投诉|纠纷|申诉|dispute|complaint case|escalation|ombudsman"),
    ("tp_review", "满意度评价", "Customer survey", "loyalty", "other", "digital", "customer_care",
     "评价|满意度|回访问卷|打分|survey|csat|rating|review|nps"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("hotline_job", "热线报修转化", "Hotline call to job start",
     ["tp_hotline", "tp_triage", "tp_dispatch", "tp_moisture_map", "tp_estimate", "tp_drying"], 14),
    ("insurer_claim", "保险派案转化", "Insurer assignment to job start",
     ["tp_insurer_assign", "tp_triage", "tp_moisture_map", "tp_estimate", "tp_drying"], 21),
    ("mitigation", "抢险干燥", "Drying & remediation", ["tp_estimate", "tp_drying", "tp_clearance"], 14),
    ("rebuild", "重建修复", "Rebuild to handover", ["tp_rebuild", "tp_final_inspection", "tp_invoice"], 45),
    ("closeout", "结案回款", "Close-out & payment", ["tp_final_inspection", "tp_invoice", "tp_payment"], 60),
]
# id: zh, en, lang, currency, fx, weight, price level (CNY-equivalent multiplier)
BRANCHES = {
    "B1": ("上海分公司", "Shanghai", "zh", "CNY", 1.0, 0.25, 1.10),
    "B2": ("广州分公司", "Guangzhou", "zh", "CNY", 1.0, 0.23, 1.00),
    "B3": ("武汉分公司", "Wuhan", "zh", "CNY", 1.0, 0.18, 0.85),
    "B4": ("悉尼分公司", "Sydney", "en", "AUD", 4.70, 0.19, 2.60),
    "B5": ("温哥华分公司", "Vancouver", "en", "CAD", 5.20, 0.15, 2.40),
}
CN = ("B1", "B2", "B3")
DISTRICTS = {
    "B1": ["浦东新区", "闵行区", "徐汇区", "静安区", "宝山区", "松江区"],
    "B2": ["天河区", "海珠区", "白云区", "番禺区", "越秀区"],
    "B3": ["武昌区", "洪山区", "江汉区", "汉阳区", "江岸区"],
    "B4": ["Inner West", "Eastern Suburbs", "North Shore", "Parramatta", "Sutherland Shire"],
    "B5": ["Vancouver West", "East Vancouver", "Burnaby", "Richmond", "North Vancouver"],
}
SEASON = {  # Jan..Dec
    "B1": [1.2, 1.0, 0.9, 0.9, 1.0, 1.4, 1.3, 1.2, 1.1, 0.9, 0.9, 1.1],
    "B2": [0.8, 0.9, 1.3, 1.3, 1.2, 1.3, 1.2, 1.2, 1.1, 1.0, 0.8, 0.8],
    "B3": [1.3, 1.0, 0.9, 0.9, 1.0, 1.3, 1.4, 1.1, 0.9, 0.8, 0.9, 1.2],
    "B4": [1.3, 1.3, 1.2, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.2],
    "B5": [1.5, 1.3, 1.0, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.3, 1.5],
}
HOTLINE_PER_DAY, ASSIGN_PER_DAY = 9.0, 6.0
# acquisition channel: (zh, p answered caller reaches triage, p triage proceeds, p self-pay quote accepted)
CHANNELS = {
    "baidu_sem": ("百度推广", 0.93, 0.80, 0.80),
    "58tongcheng": ("58同城", 0.80, 0.44, 0.55),
    "meituan": ("美团", 0.91, 0.72, 0.74),
    "wechat": ("微信", 0.93, 0.82, 0.82),
    "google_ads": ("谷歌广告", 0.92, 0.78, 0.78),
    "hipages": ("hipages", 0.89, 0.64, 0.68),
    "homestars": ("HomeStars", 0.89, 0.66, 0.68),
    "facebook": ("Facebook", 0.90, 0.72, 0.74),
    "plumber_referral": ("水电工推荐", 0.96, 0.90, 0.88),
    "property_mgmt": ("物业合作", 0.97, 0.93, 0.92),
    "repeat_customer": ("老客户", 0.96, 0.88, 0.88),
    "insurer_panel": ("保险公司派案", 1.0, 1.0, 1.0),
}
ACQ = {
    "zh": {"baidu_sem": 0.26, "58tongcheng": 0.20, "meituan": 0.12, "wechat": 0.10, "plumber_referral": 0.18,
           "repeat_customer": 0.14},
    "B4": {"google_ads": 0.36, "hipages": 0.18, "facebook": 0.10, "plumber_referral": 0.22, "repeat_customer": 0.14},
    "B5": {"google_ads": 0.38, "homestars": 0.16, "facebook": 0.10, "plumber_referral": 0.22,
           "repeat_customer": 0.14},
}
INSURERS = {  # branch -> [(zh, en, weight)]
    "zh": [("恒康财险", "Hengkang P&C", 0.40), ("中瑞保险", "Zhongrui Insurance", 0.35),
           ("远航财险", "Yuanhang P&C", 0.25)],
    "B4": [("南十字互助保险", "Southern Cross Mutual", 0.55), ("港畔保险", "Harbourside Insurance", 0.45)],
    "B5": [("枫峰保险", "Maple Crest Insurance", 0.50), ("太平洋盾保险", "Pacific Shield Insurance", 0.50)],
}
# insurer_en: median approval hours, median days to pay, short-pay probability
INS_PARAMS = {
    "Hengkang P&C": (20, 16, 0.06), "Zhongrui Insurance": (26, 19, 0.07), "Yuanhang P&C": (30, 52, 0.22),
    "Southern Cross Mutual": (22, 14, 0.06), "Harbourside Insurance": (28, 18, 0.08),
    "Maple Crest Insurance": (72, 24, 0.07), "Pacific Shield Insurance": (24, 17, 0.06),
}
EXCESS = {"CNY": [1000, 2000, 3000], "AUD": [500, 750, 1000], "CAD": [500, 1000, 2500]}
CAUSES = {  # cause: zh, loss_type, loss_type zh, weight, p emergency
    "burst_pipe": ("爆管", "water", "水损", 0.28, 0.85),
    "appliance_leak": ("家电漏水", "water", "水损", 0.21, 0.55),
    "roof_leak": ("屋顶渗漏", "water", "水损", 0.12, 0.45),
    "storm_flood": ("暴雨倒灌", "water", "水损", 0.11, 0.80),
    "sewage_backup": ("污水倒灌", "water", "水损", 0.08, 0.90),
    "kitchen_fire": ("厨房火灾", "fire", "火损", 0.09, 0.70),
    "electrical_fire": ("电气火灾", "fire", "火损", 0.05, 0.70),
    "mould_growth": ("霉菌滋生", "mould", "霉损", 0.06, 0.05),
}
SEGMENTS = {"homeowner": "业主", "landlord": "房东", "property_manager": "物业管理"}
PROPERTY = {"apartment": "公寓", "house": "独栋住宅", "townhouse": "联排别墅", "shop": "商铺"}
TRIAGE_ZH = {"emergency": "紧急派工", "scheduled": "预约上门", "not_proceeding": "客户不继续", "referred_out": "转介他人",
             "out_of_area": "超出服务范围", "withdrawn": "理赔撤回", "no_contact": "联系不上"}
DISPUTE_ZH = {"billing": "账单争议", "workmanship": "施工质量", "mould_recurrence": "霉菌复发", "delay": "工期延误",
              "scope": "定损范围", "excess": "自付额"}
CO_REASONS = {"hidden_damage": "隐蔽损坏", "customer_upgrade": "客户升级", "code_compliance": "规范要求",
              "asbestos": "石棉处理", "missed_scope": "漏项"}
CREWS = {
    "B1": [("C11", "张伟", "Zhang Wei"), ("C12", "陈杰", "Chen Jie"), ("C13", "王磊", "Wang Lei"),
           ("C14", "刘洋", "Liu Yang")],
    "B2": [("C21", "黄志强", "Huang Zhiqiang"), ("C22", "梁家豪", "Liang Jiahao"), ("C23", "李明", "Li Ming")],
    "B3": [("C31", "周鹏", "Zhou Peng"), ("C32", "吴刚", "Wu Gang"), ("C33", "徐斌", "Xu Bin")],
    "B4": [("C41", "Liam O'Brien", "Liam O'Brien"), ("C42", "Priya Nair", "Priya Nair"),
           ("C43", "Jack Thompson", "Jack Thompson")],
    "B5": [("C51", "Ethan Tremblay", "Ethan Tremblay"), ("C52", "Grace Wong", "Grace Wong"),
           ("C53", "Noah Singh", "Noah Singh")],
}
RENTAL = {"zh": "速干设备租赁", "B4": "Coastal Equipment Hire", "B5": "BC Dry Rentals"}


def pick(d):
    keys = list(d)
    w = np.array([d[k] if not isinstance(d[k], tuple) else d[k][3] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def pickw(items, w):
    w = np.asarray(w, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def lnorm(median, sigma):
    return float(median * math.exp(rng.normal(0, sigma)))


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def key(b):
    return "zh" if b in CN else b


# ---------------------------------------------------------------- customers
customers = []
cust_by_id = {}
_cid = [0]


def new_customer(b, t, origin, segment=None, channel=None):
    _cid[0] += 1
    cid = f"C{_cid[0]:06d}"
    lang = BRANCHES[b][2]
    if segment is None:
        segment = pickw(["homeowner", "landlord"], [0.78, 0.22]) if origin == "insurer" else \
            pickw(["homeowner", "landlord"], [0.76, 0.24])
    if channel is None:
        channel = "insurer_panel" if origin == "insurer" else pick(ACQ[key(b)])
    insured = True if origin == "insurer" else bool(rng.random() < (0.62 if segment == "landlord" else 0.48))
    ins = pickw(INSURERS[key(b)], [x[2] for x in INSURERS[key(b)]]) if insured else ("", "", 0)
    ptype = pickw(list(PROPERTY), [0.62, 0.18, 0.14, 0.06] if lang == "zh" else [0.34, 0.42, 0.2, 0.04])
    c = dict(customer_id=cid, signup_at=fmt(t), segment=segment, region=str(rng.choice(DISTRICTS[b])),
             acquisition_channel=channel, tier="standard", branch_id=b, branch=BRANCHES[b][0],
             branch_en=BRANCHES[b][1], 客户类型=SEGMENTS[segment], 获客渠道=CHANNELS[channel][0],
             property_type=ptype, 物业类型=PROPERTY[ptype], building_year=int(rng.integers(1975, 2022)),
             insured="yes" if insured else "no", insurer=ins[0], insurer_en=ins[1],
             portfolio_size=int(rng.integers(2, 15)) if segment == "landlord" else 1, company_name="",
             preferred_language=lang if rng.random() < 0.93 else ("en" if lang == "zh" else "zh"))
    customers.append(c)
    cust_by_id[cid] = c
    return c


PM_ACCOUNTS = {}
_PM_NAMES = {
    "B1": ["绿城物业上海", "万科物业浦东", "中海物业徐汇", "仁恒物业", "陆家嘴物业"],
    "B2": ["保利物业天河", "碧桂园服务番禺", "越秀物业", "雅居乐物业"],
    "B3": ["武汉地产物业", "金地物业洪山", "福星惠誉物业"],
    "B4": ["Strata Plus", "Harbour Strata Management", "Northside Property Group", "Inner West Rentals"],
    "B5": ["FirstService Residential BC", "Coastal Strata Co", "Burnaby Property Management"],
}
for b, names in _PM_NAMES.items():
    PM_ACCOUNTS[b] = []
    for nm in names:
        t0 = datetime(2019, 1, 1) + D(days=int(rng.integers(0, 2000)))
        c = new_customer(b, t0, "hotline", segment="property_manager", channel="property_mgmt")
        c.update(tier=pickw(["key_account", "standard"], [0.7, 0.3]), company_name=nm,
                 portfolio_size=int(rng.integers(20, 400)), property_type="apartment", 物业类型="公寓",
                 insured="yes", insurer=pickw(INSURERS[key(b)], [1] * len(INSURERS[key(b)]))[0])
        c["insurer_en"] = next(x[1] for x in INSURERS[key(b)] if x[0] == c["insurer"])
        PM_ACCOUNTS[b].append(c)

# ---------------------------------------------------------------- jobs
events, orders, jobs = [], [], []
_eid = [0]
_jid = [0]
_oid = [0]


class Cut(Exception):
    pass


def season(b, t):
    f = SEASON[b][t.month - 1]
    return f * (GROWTH_2026 if t.year == 2026 else 1.0)


def clock(day, kind):
    if kind == "hotline":
        h = pickw(list(range(24)), [2, 1.5, 1.2, 1, 1, 1.5, 3, 5, 6, 6, 6, 6, 5.5, 5.5, 5.5, 5.5, 5.5, 6, 6.5, 6.5,
                                    6, 5, 4, 3])
    else:
        h = pickw(list(range(8, 19)), [3, 6, 7, 7, 5, 6, 7, 7, 6, 4, 2])
    return day + D(hours=h, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))


def device(b):
    return pickw(["ios", "android", "pc"], [0.40, 0.45, 0.15] if b in CN else [0.50, 0.30, 0.20])


def run_job(b, t0, origin, cust, cause):
    _jid[0] += 1
    jid = f"J{_jid[0]:06d}"
    bz, ben, lang, cur, fx, _, plevel = BRANCHES[b]
    czh, ltype, ltype_zh, _, p_emerg = CAUSES[cause]
    ch = cust["acquisition_channel"]
    insured = cust["insured"] == "yes"
    ins_zh, ins_en = cust["insurer"], cust["insurer_en"]
    typhoon = b == "B2" and TYPHOON <= t0 < TYPHOON + D(days=14)
    job = dict(job_id=jid, branch=b, customer_id=cust["customer_id"], lang=lang, cause=cause, loss_type=ltype,
               insured=insured, insurer=ins_zh, insurer_en=ins_en, origin=origin, issues=[], stars=None,
               t0=t0, reached=set())
    jobs.append(job)
    common = dict(branch_id=b, branch=bz, branch_en=ben, loss_type=ltype, 损失类型=ltype_zh, loss_cause=cause,
                  损失原因=czh)

    def add(tp, t, action, channel, **kw):
        if t > END:
            raise Cut
        _eid[0] += 1
        e = dict(event_id=f"E{_eid[0]:07d}", customer_id=cust["customer_id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=jid, action=action, channel=channel, device="", **common)
        e.update(kw)
        events.append(e)
        job["reached"].add(tp)
        return e

    try:
        t = t0
        # ---- intake
        if origin == "hotline":
            p_abandon = 0.30 if typhoon else 0.07
            if rng.random() < p_abandon:
                add("tp_hotline", t, "abandoned", "phone", wait_sec=int(rng.integers(120, 900)),
                    after_hours="yes" if (t.hour < 8 or t.hour >= 20) else "no")
                if rng.random() > (0.35 if ch == "58tongcheng" else 0.6):
                    return job
                t += D(minutes=lnorm(50, 0.8))
                job["issues"].append("callback")
            add("tp_hotline", t, "answered", "phone", wait_sec=int(lnorm(40, 0.6) * (4 if typhoon else 1)),
                after_hours="yes" if (t.hour < 8 or t.hour >= 20) else "no", caller_type=cust["segment"])
            t_call = t
            if rng.random() > CHANNELS[ch][1]:
                return job
            t += D(minutes=lnorm(18, 0.6))
            proceed = rng.random() < CHANNELS[ch][2]
        else:
            add("tp_insurer_assign", t, "assigned", "other", insurer=ins_zh, insurer_en=ins_en,
                claim_no=f"CL{int(rng.integers(10**7, 10**8))}", sla_hours=4)
            t_call = t
            if rng.random() < 0.04:
                return job
            t += D(minutes=lnorm(80, 0.7) * (2.5 if typhoon else 1))
            proceed = rng.random() < 0.95
        if proceed:
            res = "emergency" if rng.random() < p_emerg else "scheduled"
        elif origin == "hotline":
            res = pickw(["not_proceeding", "referred_out", "out_of_area"], [0.6, 0.3, 0.1])
        else:
            res = "withdrawn"
        add("tp_triage", t, res, "phone", triage_result=res, 分诊结果=TRIAGE_ZH[res],
            urgency={"emergency": "P1", "scheduled": "P2"}.get(res, ""),
            contact_minutes=round((t - t_call).total_seconds() / 60, 1))
        if not proceed:
            return job
        # ---- dispatch
        crew = CREWS[b][int(rng.integers(0, len(CREWS[b])))]
        job["crew"] = crew
        if res == "emergency":
            resp = lnorm(80 if b in CN else 84, 0.32) * (2.8 if typhoon else 1.0)
            td = t + D(minutes=float(rng.uniform(4, 15)))
            add("tp_dispatch", td, "dispatched", "app", dispatch_type="emergency", crew_id=crew[0],
                crew_lead=crew[1], crew_lead_en=crew[2], response_min=round(resp, 1), sla_min=120,
                sla_met="yes" if resp <= 120 else "no")
            arrive = t_call + D(minutes=max(resp, (td - t_call).total_seconds() / 60 + 10))
            if resp > 120:
                job["issues"].append("slow_arrival")
            elif resp < 60:
                job["fast"] = True
        else:
            day = (t + D(days=int(rng.integers(1, 4)))).replace(hour=0, minute=0, second=0)
            arrive = day + D(hours=float(rng.uniform(8.5, 16.5)))
            add("tp_dispatch", arrive - D(minutes=float(rng.uniform(30, 70))), "dispatched", "app",
                dispatch_type="scheduled", crew_id=crew[0], crew_lead=crew[1], crew_lead_en=crew[2])
        if rng.random() < 0.04:
            return job
        # ---- moisture mapping / assessment
        tm = arrive + D(minutes=float(rng.uniform(20, 80)))
        sqm = round(lnorm(30 if ltype == "fire" else 18, 0.6), 1)
        if cause == "storm_flood":
            sqm = round(sqm * 1.5, 1)
        cat = {"sewage_backup": "cat3", "storm_flood": pickw(["cat2", "cat3"], [0.6, 0.4]),
               "roof_leak": "cat2"}.get(cause, "cat1" if ltype == "water" else "")
        thermal = rng.random() < (0.45 if b == "B3" else 0.88)
        summer = tm.month in (5, 6, 7, 8, 9)
        mould = ltype == "mould" or rng.random() < (0.22 if b == "B3" and summer else 0.08)
        if rng.random() < 0.04:
            add("tp_moisture_map", tm, "no_work_needed", "other", affected_sqm=sqm, water_category=cat,
                thermal_imaging="yes" if thermal else "no", mould_found="no", rooms_affected=1)
            return job
        add("tp_moisture_map", tm, "mapped", "other", affected_sqm=sqm, water_category=cat,
            rooms_affected=int(min(8, 1 + sqm // 12)), max_moisture_pct=round(float(rng.uniform(18, 45)), 1)
            if ltype == "water" else "", thermal_imaging="yes" if thermal else "no",
            mould_found="yes" if mould else "no", crew_id=crew[0], crew_lead=crew[1], crew_lead_en=crew[2])
        # ---- estimate
        if ltype == "fire":
            mit = (4000 + 380 * sqm) * plevel
        else:
            mit = (2500 + 260 * sqm) * (1.3 if cat == "cat3" else 1.0) * plevel
        mit_local = round(mit / fx * float(rng.uniform(0.9, 1.1)), 2)
        rebuild_p = {"fire": 0.85, "mould": 0.3}.get(ltype, 0.7 if (cat in ("cat2", "cat3") and sqm > 15) else 0.35)
        need_rebuild = rng.random() < rebuild_p
        reb_local = round((8000 + 900 * sqm) * (1.5 if ltype == "fire" else 1.0) * plevel / fx
                          * float(rng.uniform(0.85, 1.15)), 2) if need_rebuild else 0.0
        est_local = round(mit_local + reb_local, 2)
        tsub = tm + D(hours=lnorm(6, 0.6))
        if insured:
            hrs = lnorm(INS_PARAMS[ins_en][0], 0.55)
            dec = pickw(["approved", "approved_revised", "declined"], [0.80, 0.13, 0.07])
            approver = "insurer"
        else:
            hrs = lnorm(5, 0.8)
            dec = "approved" if rng.random() < CHANNELS[ch][3] else "declined"
            approver = "customer"
        te = tsub + D(hours=hrs)
        add("tp_estimate", te, dec, "email", approver=approver, estimate_local=est_local, currency=cur,
            approval_hours=round(hrs, 1), insurer=ins_zh, insurer_en=ins_en)
        job.update(est_t=te, approval_hours=hrs, decision=dec)
        if hrs > 48 and insured:
            job["issues"].append("approval_wait")
        if dec == "approved_revised":
            est_local = round(est_local * float(rng.uniform(0.8, 0.93)), 2)
            job["revised"] = True
        if dec == "declined":
            return job
        if rng.random() < 0.03:   # approved, then called off before the work began
            if not insured:
                orders.append(dict(customer_id=cust["customer_id"], currency=cur, job_id=jid, branch_id=b, branch=bz,
                                   branch_en=ben, loss_type=ltype, payer="customer", insurer="", insurer_en="",
                                   ts=te, order_type="job", channel="email", 订单类型="工单", amount_local=est_local,
                                   invoiced_local=est_local, short_paid_local=0.0, status="cancelled"))
            return job
        # ---- drying & remediation
        ts_ = te + D(hours=lnorm(6, 0.6))
        bad_month = b in CN and DRY_BAD[0] <= ts_ < DRY_BAD[1]
        rented = rng.random() < (0.80 if bad_month else 0.25)
        supplier = RENTAL[key(b)] if rented else "own_fleet"
        if ltype == "water":
            planned = int(np.clip(round(3 + sqm / 25 + (1 if cat == "cat3" else 0)), 3, 7))
            actual = lnorm(planned + 0.5, 0.2)
        elif ltype == "fire":
            planned = int(np.clip(round(2 + sqm / 30), 2, 5))
            actual = lnorm(planned + 0.3, 0.2)
        else:
            planned = 4
            actual = lnorm(4.5, 0.2)
        bad = bad_month and rented
        if bad:
            actual = lnorm(14.0, 0.22)
        add("tp_drying", ts_, "started", "other", dehumidifiers=int(1 + math.ceil(sqm / 15)),
            air_movers=int(math.ceil(sqm / 5)), equipment_source="rented" if rented else "own",
            设备来源="租赁" if rented else "自有", rental_supplier=supplier if rented else "",
            planned_days=planned, crew_id=crew[0], crew_lead=crew[1], crew_lead_en=crew[2])
        if actual > planned + 2:
            add("tp_drying", ts_ + D(days=planned, hours=float(rng.uniform(1, 8))), "extended", "other",
                extension_days=int(round(actual - planned)), equipment_source="rented" if rented else "own",
                设备来源="租赁" if rented else "自有", rental_supplier=supplier if rented else "",
                crew_id=crew[0], crew_lead=crew[1], crew_lead_en=crew[2])
        job["drying_days"] = actual
        if actual >= 7 or rng.random() < 0.015:
            job["issues"].append("noise")
        tc = ts_ + D(days=actual)
        p_fail = 0.45 if bad else (0.15 if ltype == "fire" else 0.07)
        attempt = 1
        while True:
            ok = rng.random() >= (p_fail if attempt == 1 else 0.08)
            add("tp_clearance", tc, "pass" if ok else "fail", "other", attempt_no=attempt,
                test_type="odour" if ltype == "fire" else "moisture",
                reading_pct=round(float(rng.uniform(10, 15) if ok else rng.uniform(16, 24)), 1) if ltype != "fire"
                else "", drying_days_actual=round((tc - ts_).total_seconds() / 86400, 1))
            if ok:
                break
            if ltype == "fire":
                job["issues"].append("smoke_odour")
            attempt += 1
            tc += D(days=float(rng.uniform(2, 4)))
        job["clear_t"] = tc
        # ---- rebuild / change orders
        cos, co_orders = [], []
        van = b == "B5" and tc >= VAN_SHORT
        if need_rebuild:
            tr = tc + D(days=lnorm(21 if van else 8, 0.35))
            planned_days = int(np.clip(round(10 + sqm / 3), 10, 45))
            dur = lnorm(planned_days * 2.0, 0.3) if van else lnorm(planned_days, 0.15)
            add("tp_rebuild", tr, "started", "other", planned_days=planned_days,
                trades=pickw(["plastering|painting", "flooring|skirting", "kitchen|joinery", "bathroom|tiling",
                              "plastering|flooring|painting"], [3, 3, 1.5, 1.5, 2]),
                subcontractor=pickw(["in_house", "subcontract"], [0.6, 0.4]))
            if dur > planned_days * 1.3:
                job["issues"].append("rebuild_delay")
            n_co = int(rng.poisson(0.65))
            for k in range(n_co):
                tco = tr + D(days=float(rng.uniform(2, max(3, dur - 2))))
                reason = pickw(list(CO_REASONS), [0.35, 0.2, 0.15, 0.05, 0.25])
                amt = round(float(lnorm(6000, 0.6)) * plevel / fx, 2)
                okco = rng.random() < (0.55 if reason == "customer_upgrade" else 0.8)
                payer = "customer" if (reason == "customer_upgrade" or not insured) else "insurer"
                add("tp_change_order", tco, "approved" if okco else "rejected", "email", co_reason=reason,
                    变更原因=CO_REASONS[reason], co_amount_local=amt, currency=cur, payer=payer)
                cos.append((tco, reason, amt, okco, payer))
                co_orders.append(dict(customer_id=cust["customer_id"], currency=cur, job_id=jid, branch_id=b,
                                      branch=bz, branch_en=ben, loss_type=ltype, insurer=ins_zh, insurer_en=ins_en,
                                      ts=tco, order_type="change_order", channel="email", 订单类型="变更单",
                                      amount_local=amt, status="unpaid" if okco else "cancelled", payer=payer,
                                      co_reason=reason))
                orders.append(co_orders[-1])
                if not okco:
                    job["issues"].append("change_order")
            if n_co >= 3:
                job["issues"].append("change_order")
            tf = tr + D(days=dur)
        else:
            tf = tc + D(days=float(rng.uniform(1, 4)))
        job["need_rebuild"] = need_rebuild
        # ---- final inspection
        res_f = pickw(["pass", "punch_list", "fail"], [0.82, 0.15, 0.03])
        add("tp_final_inspection", tf, res_f, "other", punch_items=0 if res_f == "pass" else int(rng.integers(1, 7)),
            inspector=pickw(["QA-1", "QA-2", "QA-3"], [1, 1, 1]))
        if res_f == "fail":
            tf += D(days=float(rng.uniform(3, 7)))
            add("tp_final_inspection", tf, "pass", "other", punch_items=0, inspector="QA-1")
        recur_p = (0.35 if not thermal else 0.03) if mould else 0.0
        if rng.random() < recur_p:
            job["issues"].append("mould_back")
            job["mould_t"] = tf + D(days=float(rng.uniform(15, 60)))
        # ---- invoice
        ti = tf + D(days=float(rng.uniform(1, 6)))
        inv_local = est_local
        excess_local = float(pickw(EXCESS[cur], [0.5, 0.3, 0.2])) if insured else 0.0
        payer = "insurer" if insured else "customer"
        add("tp_invoice", ti, "issued", "email", invoice_local=inv_local, currency=cur, payer=payer,
            insurer=ins_zh, insurer_en=ins_en)
        job["invoice_t"] = ti
        if rng.random() < 0.03:
            job["issues"].append("invoice")
        # orders
        base = dict(customer_id=cust["customer_id"], currency=cur, job_id=jid, branch_id=b, branch=bz,
                    branch_en=ben, loss_type=ltype, payer=payer, insurer=ins_zh, insurer_en=ins_en)
        due_local = round(inv_local - excess_local, 2)
        main = dict(base, ts=ti, order_type="insurer_invoice" if insured else "job", channel="other" if insured
                    else "email", 订单类型="保险公司账单" if insured else "工单", amount_local=due_local,
                    invoiced_local=due_local, short_paid_local=0.0, status="unpaid")
        orders.append(main)
        # ---- excess collection (a waived excess is written off by us; the insurer still pays its share)
        if insured:
            tx = ti + D(hours=lnorm(20, 0.6))
            if rng.random() < 0.05:
                add("tp_excess", tx, "waived", "web", excess_local=excess_local, currency=cur, device=device(b),
                    pay_method="")
            else:
                method = pickw(["wechat_pay", "alipay", "card"], [0.5, 0.3, 0.2]) if b in CN else \
                    pickw(["card", "bank_transfer"], [0.7, 0.3])
                exc = dict(base, ts=tx, order_type="excess", channel="web", 订单类型="自付额",
                           amount_local=excess_local, status="unpaid", payer="customer")
                if rng.random() < 0.12:
                    add("tp_excess", tx, "failed", "web", excess_local=excess_local, currency=cur, device=device(b),
                        pay_method=method)
                    orders.append(exc)
                    job["issues"].append("excess")
                    tx += D(days=float(rng.uniform(3, 10)))
                    if rng.random() < 0.7:
                        add("tp_excess", tx, "paid", "web", excess_local=excess_local, currency=cur,
                            device=device(b), pay_method=method)
                        exc.update(status="paid", paid_at=fmt(tx))
                    else:
                        add("tp_excess", tx, "written_off", "web", excess_local=excess_local, currency=cur)
                        exc["status"] = "cancelled"
                else:
                    add("tp_excess", tx, "paid", "web", excess_local=excess_local, currency=cur, device=device(b),
                        pay_method=method)
                    exc.update(status="paid", paid_at=fmt(tx))
                    orders.append(exc)
        # ---- payment
        if insured:
            dpay = lnorm(INS_PARAMS[ins_en][1], 0.35)
            short = rng.random() < INS_PARAMS[ins_en][2]
        else:
            dpay = lnorm(7, 0.7)
            short = False
        tp_ = ti + D(days=dpay)
        paid_local = round(due_local * float(rng.uniform(0.75, 0.92)), 2) if short else due_local
        if not insured and rng.random() < 0.03:
            return job   # never paid (collections)
        add("tp_payment", tp_, "short_paid" if short else "paid", "other", payer=payer, paid_local=paid_local,
            currency=cur, days_to_pay=round(dpay, 1), insurer=ins_zh, insurer_en=ins_en)
        main.update(status="paid", paid_at=fmt(tp_), amount_local=paid_local,
                    short_paid_local=round(due_local - paid_local, 2))
        for o in co_orders:
            if o["status"] == "unpaid":
                o.update(status="paid", paid_at=fmt(tp_))
        if short:
            job["issues"].append("invoice")
        job["paid"] = True
        # ---- dispute
        p_disp = 0.03 + (0.35 if short else 0) + (0.12 if "change_order" in job["issues"] else 0) \
            + (0.4 if "mould_back" in job["issues"] else 0) + (0.1 if "rebuild_delay" in job["issues"] else 0)
        if rng.random() < p_disp:
            if "mould_back" in job["issues"]:
                dt, tdisp = "mould_recurrence", job["mould_t"]
            elif short:
                dt, tdisp = "billing", tp_ + D(days=float(rng.uniform(1, 10)))
            else:
                dt = pickw(["workmanship", "delay", "scope", "excess", "billing"], [3, 2, 2, 1, 1])
                tdisp = tp_ + D(days=float(rng.uniform(1, 20)))
            add("tp_dispute", tdisp, "opened", "phone", dispute_type=dt, 争议类型=DISPUTE_ZH[dt],
                outcome=pickw(["resolved", "credit_issued", "escalated", "withdrawn"], [0.45, 0.25, 0.12, 0.18]))
            job["dispute"] = dt
        # ---- survey
        if rng.random() < 0.36:
            trv = ti + D(days=float(rng.uniform(2, 12)))
            score = 4.6 + rng.normal(0, 0.55)
            pen = {"slow_arrival": 1.3, "noise": 1.1, "approval_wait": 0.7, "rebuild_delay": 1.2, "mould_back": 1.6,
                   "smoke_odour": 1.2, "excess": 0.6, "change_order": 0.8, "callback": 0.6, "invoice": 0.9}
            for i in set(job["issues"]):
                score -= pen[i]
            if job.get("dispute"):
                score -= 0.8
            stars = int(np.clip(round(score), 1, 5))
            add("tp_review", trv, "rated", "other", stars=stars, device=device(b))
            job["stars"], job["review_t"] = stars, trv
    except Cut:
        pass
    return job


def build_jobs():
    day = WARMUP
    while day <= END:
        for b in BRANCHES:
            w = BRANCHES[b][5] * season(b, day)
            n_h = rng.poisson(HOTLINE_PER_DAY * w)
            n_a = rng.poisson(ASSIGN_PER_DAY * w)
            storm = 0
            if b == "B2" and TYPHOON <= day < TYPHOON + D(days=12):
                k = (day - TYPHOON).days
                storm = rng.poisson(38 * math.exp(-k / 3.0))
                n_a += rng.poisson(26 * math.exp(-k / 3.0))
            for i in range(n_h + storm):
                t0 = clock(day, "hotline")
                if rng.random() < 0.1:
                    cust = PM_ACCOUNTS[b][int(rng.integers(0, len(PM_ACCOUNTS[b])))]
                else:
                    cust = new_customer(b, t0, "hotline")
                cause = "storm_flood" if i >= n_h else pick(CAUSES)
                if b == "B5" and day.month in (12, 1, 2) and cause == "appliance_leak" and rng.random() < 0.5:
                    cause = "burst_pipe"
                run_job(b, t0, "hotline", cust, cause)
            for i in range(n_a):
                t0 = clock(day, "assign")
                cust = new_customer(b, t0, "insurer")
                cause = "storm_flood" if (storm and rng.random() < 0.8) else pick(CAUSES)
                run_job(b, t0, "insurer", cust, cause)
        day += D(days=1)


# ---------------------------------------------------------------- feedback
TEXTS = {  # topic: (touchpoint, sentiment, zh templates, en templates)
    "noise": ("tp_drying", "negative",
              ["除湿机24小时开着，吵得整晚睡不着，{days}天下来电费多了好几百。",
               "家里放了{n}台除湿机和风机，噪音太大了，老人受不了。",
               "干燥搞了{days}天还没完，除湿机一直轰轰响，电费谁来承担？",
               "电费单出来吓一跳，设备开了快两个星期。",
               "除湿机就放在卧室门口，晚上根本没法休息，希望提前说明。"],
              ["The dehumidifiers ran day and night for {days} days, way too loud to sleep.",
               "Nobody warned us about the power bill - {n} fans and a dehumidifier running for nearly two weeks.",
               "Drying dragged on for {days} days and the dehumidifier noise was unbearable.",
               "Our power bill doubled this month because of the drying gear. Who pays for that?"]),
    "slow_arrival": ("tp_dispatch", "negative",
                     ["半夜水管爆了，打完电话等了{hours}个小时师傅才到，水都漫到客厅了。",
                      "说好两个小时内到，结果{hours}个小时才到。",
                      "暴雨那几天打电话说马上派人，第二天中午才到。",
                      "应急响应太慢，等到凌晨才到现场。"],
                     ["Waited {hours} hours for the crew to arrive while water poured through the ceiling.",
                      "Promised a two-hour response, it took {hours} hours for anyone to arrive.",
                      "The emergency crew took forever to arrive, we were bailing water ourselves."]),
    "approval_wait": ("tp_estimate", "negative",
                      ["定损完了一直在等保险公司审批，{days}天没人动工。",
                       "估价审批拖了快一周，墙面一直湿着。",
                       "审批流程太慢了，每次问都说在等理赔员。"],
                      ["Sat around for {days} days waiting on the insurer's approval before any work started.",
                       "Approval of the estimate took nearly a week, nobody could tell us why.",
                       "Everything stalled at approval. The adjuster and your office kept pointing at each other."]),
    "rebuild_delay": ("tp_rebuild", "negative",
                      ["重建工期一拖再拖，说好三周现在快两个月了。",
                       "装修师傅三天两头不来，工期完全没保证。",
                       "工期延误也没人提前通知，我们一家还住在酒店。"],
                      ["The rebuild is weeks behind schedule and nobody answers my emails.",
                       "Trades keep not showing up, the job is {weeks} weeks behind schedule.",
                       "We are still in temporary accommodation because the rebuild fell behind schedule again."]),
    "mould_back": ("tp_final_inspection", "negative",
                   ["完工一个月墙角又发霉了，之前的处理根本没做彻底。",
                    "衣柜后面又长霉斑了，要求返工。",
                    "验收的时候说没问题，结果梅雨季一来又霉了。"],
                   ["Mould is back behind the skirting boards a month after you signed it off.",
                    "Black mould came back in the bathroom ceiling. The final inspection clearly missed it.",
                    "Mould reappeared in the wardrobe, we need someone back out."]),
    "smoke_odour": ("tp_clearance", "negative",
                    ["清洁做完了屋里还是一股烟味，验收根本不该通过。",
                     "烟味散不掉，孩子闻了头疼。",
                     "厨房着火后的烟味到现在还在，要求重新处理。"],
                    ["The house still smells of smoke after the clean-up was signed off.",
                     "Smoke smell is still in the curtains and carpets, the clearance test must have been rushed.",
                     "Two weeks after the clean the smoke odour keeps coming back when it's warm."]),
    "excess": ("tp_excess", "negative",
               ["自付额付款链接一直提示失败，付了三次都不行。",
                "突然通知我要付{excess}元自付额，之前没人讲过。",
                "自付额为什么要交给你们而不是保险公司？搞不懂。"],
               ["The excess payment link failed three times, then I got a reminder saying I hadn't paid.",
                "Nobody explained the ${excess} excess until the job was done.",
                "Why am I paying the excess to the contractor instead of the insurer? Very confusing."]),
    "change_order": ("tp_change_order", "negative",
                     ["施工中途加了好几张变更单，价格比当初估价高出一大截。",
                      "变更单不跟我商量就报给保险公司，被拒了又来找我要钱。",
                      "隐蔽工程的变更一直批不下来，现场停工等着。"],
                     ["Three change orders in and the price is nowhere near the original estimate.",
                      "A change order was raised without asking us and now the insurer won't cover it.",
                      "Work stopped for a week while the change order for the subfloor sat unapproved."]),
    "callback": ("tp_triage", "negative",
                 ["打热线没人接，留言说会回电，结果等了一晚上。",
                  "报修后说半小时内回电，根本没人回电。",
                  "来回打了四次电话才有人回电安排。"],
                 ["Left a message on the hotline, nobody called back until the next morning.",
                  "Was told someone would call back within 30 minutes. Never happened.",
                  "Had to ring four times before anyone called back about the leak."]),
    "invoice": ("tp_invoice", "negative",
                ["账单上的设备租用天数比实际多了两天。",
                 "账单明细看不懂，问了客服也说不清楚。",
                 "保险公司说你们的账单有重复项目，现在赔款卡住了。"],
                ["The invoice charged for equipment days that weren't on site.",
                 "Your invoice went to the wrong insurer and now my claim is stuck.",
                 "Couldn't get an itemised invoice no matter how many times I asked."]),
    "pro": ("tp_dispatch", "positive",
            ["师傅很专业，进门先断电再抽水，处理得很有条理。",
             "抢险团队专业又有礼貌，半夜过来没有一句怨言。",
             "现场处理很专业，让人放心。"],
            ["Very professional crew, they isolated the power and had the water out within the hour.",
             "Professional from start to finish, calm at 2am with water everywhere.",
             "The technicians were professional and explained every step."]),
    "prompt": ("tp_dispatch", "positive",
               ["半夜打电话四十分钟就到了，非常及时。",
                "响应很及时，第一时间帮我们止住了漏水。"],
               ["Quick response, crew was at our door within the hour.",
                "Really quick to get someone out on a Sunday night."]),
    "clean": ("tp_rebuild", "positive",
              ["重建做得很好，完工后收拾得干干净净。",
               "施工队每天收工都打扫干净，很省心。"],
              ["Rebuild looks great and the site was left tidy every day.",
               "Tidy workmanship, you can't tell there was ever a leak."]),
    "adj_report": ("tp_moisture_map", "positive",
                   ["湿度勘测报告很详细，照片和读数齐全，审核很快。",
                    "定损报告规范，可以直接用于理赔。"],
                   ["Moisture mapping report was thorough, readings and photos all there.",
                    "Clear scope and a good report, made the claim easy to sign off."]),
    "adj_inflated": ("tp_estimate", "negative",
                     ["估价虚高，设备天数明显多报。",
                      "干燥方案报价虚高，面积和现场照片对不上。"],
                     ["Estimate looks inflated - equipment days don't match the moisture readings.",
                      "Scope inflated again, we had to cut the drying line items."]),
    "general": ("tp_review", "neutral",
                ["整体还可以，谢谢。", "处理完了，没什么问题。", "服务一般，能接受。", "总体满意，希望以后用不上。"],
                ["All sorted, thanks.", "Fine overall.", "Job done, nothing to add.",
                 "Decent service, hope we never need it again."]),
    "adj_general": ("tp_estimate", "neutral",
                    ["沟通顺畅，配合理赔没问题。", "现场负责人配合度不错。"],
                    ["Good communication with the site supervisor.", "Straightforward file, no issues."]),
}
NEG_W = {"slow_arrival": 3, "noise": 3, "approval_wait": 2, "rebuild_delay": 3, "mould_back": 4, "smoke_odour": 3,
         "excess": 2, "change_order": 2, "callback": 1.5, "invoice": 2}
feedback, truth = [], []
_fid = [0]


def render(topic, lang, job):
    tp, sent, zh, en = TEXTS[topic]
    tpl = str(rng.choice(zh if lang == "zh" else en))
    return tp, sent, tpl.format(days=int(round(job.get("drying_days", 10) or 10)), n=int(rng.integers(2, 6)),
                                hours=int(rng.integers(3, 7)), weeks=int(rng.integers(3, 8)),
                                excess=int(rng.choice([500, 1000, 2000])))


def add_fb(job, topic, channel, ts, rating=None, nps=None, with_customer=True, respondent="customer", lang=None):
    lang = lang or (job["lang"] if rng.random() < 0.95 else ("en" if job["lang"] == "zh" else "zh"))
    tp, sent, text = render(topic, lang, job)
    _fid[0] += 1
    fid = f"FB{_fid[0]:05d}"
    b = job["branch"]
    feedback.append(dict(feedback_id=fid, text=text, ts=fmt(ts) if ts else "",
                         customer_id=job["customer_id"] if with_customer else "", touchpoint_id=tp, channel=channel,
                         rating=rating if rating is not None else "", nps=nps if nps is not None else "",
                         language=lang, respondent=respondent, branch_id=b, branch=BRANCHES[b][0],
                         branch_en=BRANCHES[b][1], job_id=job["job_id"], insurer=job["insurer"],
                         insurer_en=job["insurer_en"], loss_type=job["loss_type"]))
    truth.append(dict(feedback_id=fid, topics=topic, sentiment=sent))


def neg_topic(job):
    iss = sorted(set(job["issues"]))
    if not iss:
        return None
    return pickw(iss, [NEG_W[i] for i in iss])


def pos_topic(job):
    opts = ["general", "pro"] + (["prompt"] if job.get("fast") else []) + (["clean"] if job.get("need_rebuild")
                                                                           else [])
    return pickw(opts, [3, 2] + ([2] if job.get("fast") else []) + ([1.5] if job.get("need_rebuild") else []))


def nps_for(stars):
    lo, hi = {1: (0, 3), 2: (1, 5), 3: (4, 7), 4: (7, 9), 5: (8, 10)}[stars]
    return int(rng.integers(lo, hi + 1))


def build_feedback():
    pool = []
    for job in jobs:
        # post-job survey (one per tp_review event)
        if job.get("stars") is not None:
            s = job["stars"]
            t = neg_topic(job) if s <= 3 else None
            if t is None:
                t = pos_topic(job) if s >= 4 else "general"
            add_fb(job, t, "survey", job["review_t"] + D(minutes=int(rng.integers(1, 90))), rating=s, nps=nps_for(s))
        # adjuster survey on insured jobs after the estimate decision
        if job["insured"] and job.get("est_t") and rng.random() < 0.18:
            tt = job["est_t"] + D(days=float(rng.uniform(1, 6)))
            if tt <= END:
                if job.get("revised") or rng.random() < 0.08:
                    t, r = "adj_inflated", int(pickw([1, 2, 3], [0.3, 0.5, 0.2]))
                else:
                    t = pickw(["adj_report", "adj_general"], [0.6, 0.4])
                    r = int(pickw([3, 4, 5], [0.15, 0.45, 0.4]))
                add_fb(job, t, "adjuster_survey", tt, rating=r, with_customer=False, respondent="adjuster",
                       lang="zh" if job["branch"] in CN else "en")
        inv = job.get("invoice_t")
        nt = neg_topic(job)
        # public reviews
        if inv and rng.random() < 0.07:
            tt = inv + D(days=float(rng.uniform(2, 25)))
            if tt <= END:
                if nt and rng.random() < 0.7:
                    t, r = nt, int(pickw([1, 2, 3], [0.5, 0.35, 0.15]))
                else:
                    t, r = pos_topic(job), int(pickw([3, 4, 5], [0.15, 0.35, 0.5]))
                add_fb(job, t, "dianping" if job["branch"] in CN else "google_review",
                       tt if rng.random() > 1 / 3 else None, rating=r)
        # complaint tickets
        if nt and rng.random() < 0.14:
            ref = {"callback": job["t0"] + D(hours=3), "slow_arrival": job["t0"] + D(hours=6),
                   "approval_wait": (job.get("est_t") or job["t0"]) - D(hours=10),
                   "mould_back": job.get("mould_t"), "noise": job.get("clear_t", job["t0"]) - D(days=2)}
            tt = ref.get(nt) or inv or job.get("clear_t") or job["t0"]
            tt += D(minutes=int(rng.integers(5, 300)))
            if tt <= END:
                add_fb(job, nt, "ticket", tt)
        # call notes on excess failures and disputes
        if ("excess" in job["issues"] or job.get("dispute")) and inv and rng.random() < 0.3:
            t = "excess" if "excess" in job["issues"] else (nt or "invoice")
            if t in ("excess", "invoice", "change_order", "mould_back", "rebuild_delay"):
                tt = inv + D(days=float(rng.uniform(1, 15)))
                if tt <= END:
                    add_fb(job, t, "call_note", tt)
        if inv or job.get("clear_t"):
            pool.append(job)
    # social posts: no customer, half undated
    idx = rng.choice(len(pool), size=220, replace=False)
    for i in sorted(idx):
        job = pool[int(i)]
        nt = neg_topic(job)
        t = nt if (nt and rng.random() < 0.75) else pos_topic(job)
        tt = (job.get("invoice_t") or job["clear_t"]) + D(days=float(rng.uniform(1, 10)))
        if tt > END:
            continue
        add_fb(job, t, "wechat" if job["branch"] in CN else "facebook", tt if rng.random() < 0.5 else None,
               with_customer=False)


# ---------------------------------------------------------------- write
def write(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise", restval="")
        w.writeheader()
        for r in rows:
            w.writerow(r)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    build_jobs()
    build_feedback()
    # the extract: rows dated from START on (jobs begun in the warm-up months appear part-way through)
    s0 = fmt(START)
    events[:] = [e for e in events if e["ts"] >= s0]
    orders[:] = [o for o in orders if o["ts"] >= START]
    t0 = {j["job_id"]: j["t0"] for j in jobs}
    keep = {f["feedback_id"] for f in feedback if (f["ts"] >= s0 if f["ts"] else t0[f["job_id"]] >= START)}
    feedback[:] = [f for f in feedback if f["feedback_id"] in keep]
    truth[:] = [t for t in truth if t["feedback_id"] in keep]
    used = {e["customer_id"] for e in events} | {o["customer_id"] for o in orders} | \
        {f["customer_id"] for f in feedback} | {c["customer_id"] for c in customers if c["segment"] == "property_manager"}
    customers[:] = [c for c in customers if c["customer_id"] in used]
    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    ccols = list(customers[0])
    write(out / "customers.csv", customers, ccols)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    for e in events:
        for k in e:
            if k not in ecols:
                ecols.append(k)
    write(out / "events.csv", events, ecols)
    orows = []
    for o in sorted(orders, key=lambda o: (o["ts"], o["job_id"], o["order_type"])):
        _oid[0] += 1
        fx = BRANCHES[o["branch_id"]][4]
        r = dict(o)
        r.update(order_id=f"O{_oid[0]:06d}", ts=fmt(o["ts"]), amount=round(o["amount_local"] * fx, 2),
                 amount_local=round(o["amount_local"], 2))
        for k in ("invoiced_local", "short_paid_local"):
            if k in r:
                r[k] = round(r[k], 2)
        orows.append(r)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "订单类型", "currency",
             "amount_local", "invoiced_local", "short_paid_local", "paid_at", "payer", "job_id", "branch_id",
             "branch", "branch_en", "insurer", "insurer_en", "loss_type", "co_reason"]
    write(out / "orders.csv", orows, ocols)
    fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
             "respondent", "branch_id", "branch", "branch_en", "job_id", "insurer", "insurer_en", "loss_type"]
    fb = sorted(feedback, key=lambda f: f["feedback_id"])
    write(out / "feedback.csv", fb, fcols)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(customers)} events {len(events)} orders {len(orows)} feedback {len(fb)} jobs {len(jobs)}")


if __name__ == "__main__":
    main()
