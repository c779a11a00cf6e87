"""洁域 ClearSpan Industrial Hygiene: contract cleaning for factories, hospitals and labs (synthetic, written blind).

Six branches: 上海 Shanghai, 苏州 Suzhou, 广州 Guangzhou (CNY), Manchester 曼彻斯特 (GBP), Houston 休斯顿 (USD),
Melbourne 墨尔本 (AUD). A customer is one client facility (factory 工厂, hospital 医院, lab 实验室); its facility manager
gives the feedback.

Journey: lead (public tender, invited tender, client referral, trade show, website enquiry) -> site walk-through ->
quotation (sent / declined) -> service contract (signed / withdrawn) -> crew onboarding & security induction
(passed / failed, retakes) -> weekly cleaning-shift roster logs -> monthly hygiene audits (score vs pass mark,
passed / failed) -> corrective re-cleans -> monthly invoices (issued / disputed / reissued) -> ad-hoc deep-clean
orders -> complaints -> renewal review (renewed / lost). Orders: contracts and renewals (total contract value, status
signed / cancelled), monthly invoices (paid / unpaid / cancelled = credited after a dispute), deep-clean orders
(paid / unpaid / cancelled). Feedback: quarterly facility-manager survey (rating 1-5 + NPS), complaint tickets,
account-manager call notes, e-mails, WeChat work-group messages (China only).
Data 2024-09-01 .. 2026-08-31 (extract taken early September 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic + sentiment of each comment; generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260907
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 8, 31, 23, 59, 59)
EXAM_ISSUE = (datetime(2026, 3, 1), datetime(2026, 4, 1))         # new online induction exam, fixed 1 Apr 2026
GZ_DEGREASER = (datetime(2025, 10, 1), datetime(2026, 1, 1))      # Guangzhou factories: cheaper degreaser
HOU_SHORTAGE = (datetime(2025, 6, 1), datetime(2025, 9, 1))       # Houston: crew shortage (summer)
QUOTE_TEST = (datetime(2025, 6, 1), datetime(2025, 11, 30, 23, 59))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "商机线索", "Sales lead", "awareness", "other", "digital", "business_development",
     "线索|商机|招标|投标|询价|展会|客户推荐|lead|tender|enquiry|inquiry|referral|trade show|RFP"),
    ("tp_walkthrough", "现场踏勘", "Site walk-through", "consideration", "other", "physical", "estimating",
     "踏勘|现场勘察|勘查|看现场|walk-through|walkthrough|site visit|site survey|site inspection"),
    ("tp_quote", "报价方案", "Quotation", "consideration", "email", "digital", "estimating",
     "报价|报价单|方案|投标报价|quote|quotation|proposal|pricing|bid"),
    ("tp_contract", "服务合同签订", "Service contract", "purchase", "other", "physical", "sales",
     "签约|签合同|合同|中标|contract|signed contract|contract signing|award|won"),
    ("tp_induction", "人员入场与安全培训", "Crew onboarding & security induction", "service", "other", "physical",
     "operations", "入场|入场培训|安全培训|安全考核|门禁|入职|onboarding|induction|security induction|site induction|"
     "safety training|badge"),
    ("tp_shift", "定期清洁班次", "Scheduled cleaning shifts", "service", "app", "physical", "operations",
     "班次|排班|保洁班次|日常保洁|清洁班|shift|shifts|roster|cleaning shift|daily cleaning|rota"),
    ("tp_audit", "卫生审核", "Hygiene audit", "service", "app", "physical", "quality",
     "审核|卫生检查|质检|稽查|ATP检测|audit|hygiene audit|inspection|QA audit|swab test"),
    ("tp_reclean", "整改复洁", "Corrective re-clean", "service", "other", "physical", "operations",
     "复洁|返工|整改|重新清洁|re-clean|reclean|rework|corrective clean|redo"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "账单|发票|月结|对账|invoice|billing|monthly bill|statement"),
    ("tp_deepclean", "专项深度清洁", "Deep-clean order", "service", "phone", "physical", "operations",
     "深度清洁|深层清洁|停产清洁|终末消毒|专项清洁|deep clean|deep-clean|shutdown clean|terminal clean|one-off clean"),
    ("tp_complaint", "客户投诉", "Complaint", "service", "phone", "digital", "account_management",
     "投诉|客诉|不满|意见|complaint|escalation|grievance|service failure"),
    ("tp_renewal", "续约评审", "Contract renewal review", "loyalty", "other", "physical", "account_management",
     "续约|续签|合同到期|流失|丢客|renewal|re-sign|contract renewal|churn|non-renewal|lost client"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("new_business", "新客户签约", "Lead to contract",
     ["tp_lead", "tp_walkthrough", "tp_quote", "tp_contract"], 90),
    ("mobilisation", "签约开工", "Contract to first shift", ["tp_contract", "tp_induction", "tp_shift"], 30),
    ("complaint_fix", "投诉复洁", "Complaint to re-clean", ["tp_complaint", "tp_reclean"], 7),
]
# id: zh, en, city zh, city en, country, regions, currency, fx to CNY, weight, zh-share
BRANCHES = {
    "B1": ("上海分公司", "Shanghai", "上海", "Shanghai", "CN", [("上海", 1.0)], "CNY", 1.0, 0.21, 0.98),
    "B2": ("苏州分公司", "Suzhou", "苏州", "Suzhou", "CN", [("江苏", 0.8), ("浙江", 0.2)], "CNY", 1.0, 0.17, 0.98),
    "B3": ("广州分公司", "Guangzhou", "广州", "Guangzhou", "CN", [("广东", 1.0)], "CNY", 1.0, 0.20, 0.97),
    "B4": ("曼彻斯特分公司", "Manchester", "曼彻斯特", "Manchester", "UK", [("England", 0.85), ("Wales", 0.15)],
           "GBP", 9.10, 0.14, 0.05),
    "B5": ("休斯顿分公司", "Houston", "休斯顿", "Houston", "US", [("Texas", 0.85), ("Louisiana", 0.15)], "USD", 7.20,
           0.15, 0.06),
    "B6": ("墨尔本分公司", "Melbourne", "墨尔本", "Melbourne", "AU", [("Victoria", 0.9), ("Tasmania", 0.1)], "AUD", 4.70,
           0.13, 0.07),
}
FACILITY = {  # type: zh, weight, [(subtype, zh, w)]
    "factory": ("工厂", 0.50, [("food_plant", "食品厂", 0.40), ("electronics_plant", "电子厂", 0.35),
                              ("auto_parts_plant", "汽配厂", 0.25)]),
    "hospital": ("医院", 0.28, [("general_hospital", "综合医院", 0.60), ("specialist_clinic", "专科诊所", 0.25),
                               ("aged_care", "养老机构", 0.15)]),
    "lab": ("实验室", 0.22, [("pharma_lab", "制药实验室", 0.45), ("research_lab", "科研实验室", 0.35),
                           ("semiconductor_cleanroom", "半导体洁净室", 0.20)]),
}
TIERS = {"standard": "标准保洁", "enhanced": "强化消杀", "critical_environment": "洁净室/关键环境"}
TIER_BY_TYPE = {"factory": [("standard", 0.65), ("enhanced", 0.35)],
                "hospital": [("standard", 0.2), ("enhanced", 0.8)],
                "lab": [("enhanced", 0.25), ("critical_environment", 0.75)]}
SOURCES = {  # lead source: zh, weight, events.channel, p walk-through, p win (after quote)
    "public_tender": ("公开招标", 0.24, "tender_portal", 0.80, 0.27),
    "invited_tender": ("邀请招标", 0.15, "email", 0.92, 0.50),
    "client_referral": ("客户推荐", 0.20, "phone", 0.88, 0.56),
    "trade_show": ("展会", 0.16, "trade_show", 0.22, 0.34),
    "website": ("官网询价", 0.25, "web", 0.62, 0.40),
}
DECLINE = [("price_too_high", "价格偏高", 0.42), ("kept_incumbent", "继续用原供应商", 0.22),
           ("scope_mismatch", "服务范围不符", 0.12), ("budget_frozen", "预算冻结", 0.12),
           ("no_response", "客户无回复", 0.12)]
COMPLAINTS = [  # type, zh, weight
    ("missed_area", "漏扫漏擦", 0.24), ("late_crew", "保洁员迟到", 0.18), ("odour", "异味", 0.12),
    ("property_damage", "物品损坏", 0.10), ("staff_conduct", "人员行为", 0.10), ("chemical_residue", "化学残留", 0.08),
    ("gowning_breach", "更衣/防护不规范", 0.08), ("invoice_error", "账单错误", 0.10)]
CT_ZH = {c[0]: c[1] for c in COMPLAINTS}
CT_ZH["mobilisation_delay"] = "开工延误"
OUTCOMES = {"resolved": "已解决", "credit_issued": "已补偿", "escalated": "已升级"}
FAIL_AREA = {"factory": [("production_line", "生产线", 0.45), ("washroom", "卫生间", 0.2), ("canteen", "食堂", 0.2),
                         ("high_level", "高处表面", 0.15)],
             "hospital": [("ward", "病房", 0.4), ("washroom", "卫生间", 0.25), ("operating_theatre", "手术室", 0.2),
                          ("high_level", "高处表面", 0.15)],
             "lab": [("cleanroom", "洁净区", 0.5), ("gowning_room", "更衣间", 0.25), ("high_level", "高处表面", 0.25)]}
FAIL_REASON = {"dust": "积尘", "missed_area": "漏清洁", "microbial": "微生物超标", "particle": "粒子超标",
               "chemical_residue": "化学残留"}
LOST = [("price", "价格", 0.34), ("service_quality", "服务质量", 0.30), ("in_house", "转为自营保洁", 0.16),
        ("facility_closed", "厂区/院区关停", 0.08), ("competitor", "被竞争对手抢走", 0.12)]
LOST_ZH = {r[0]: r[1] for r in LOST}
INDUCTION_TYPE = {"factory": ("EHS_site_safety", "EHS安全"), "hospital": ("infection_control", "院感防控"),
                  "lab": ("GMP_gowning", "GMP更衣")}
ESTIMATORS = {"B1": ["徐峰", "沈佳"], "B2": ["顾磊", "钱敏"], "B3": ["邓超", "梁伟"], "B4": ["Gareth Jones", "Aisha Khan"],
              "B5": ["Nathan Ruiz", "Emma Walsh"], "B6": ["Ryan Singh", "Chloe Martin"]}
AM = {"B1": ["周婷", "何睿"], "B2": ["林峰", "谢丽"], "B3": ["黄敏", "何志强"], "B4": ["Hannah Cole", "Ben Whitaker"],
      "B5": ["Lucy Harper", "Tom Fraser"], "B6": ["Natalie Roy", "Sam Patel"]}
FM_ZH = ["刘工", "陈主任", "王经理", "张科长", "李主管", "周工", "黄经理", "吴主任", "赵工", "孙经理"]
FM_EN = ["Sarah Collins", "James Park", "Priya Nair", "Mark Evans", "Grace Tan", "Oliver Brown", "Daniel Wong",
         "Karen Mills", "Steve Duncan", "Fiona Reid"]
NAME_ZH = ["鼎新", "恒达", "康泰", "华瑞", "博远", "中科", "瑞康", "金桥", "万联", "德信", "永安", "汇川", "明德", "天成"]
NAME_EN = ["Northgate", "Riverside", "Apex", "Bluebell", "Harbor", "Summit", "Kingsway", "Meridian", "Oakfield",
           "Granite", "Westbrook", "Pioneer", "Beacon", "Lakeside"]
SUB_ZH = {"food_plant": "食品厂", "electronics_plant": "电子厂", "auto_parts_plant": "汽配厂", "general_hospital": "医院",
          "specialist_clinic": "专科诊所", "aged_care": "养老院", "pharma_lab": "药业实验室", "research_lab": "研究院实验室",
          "semiconductor_cleanroom": "半导体洁净车间"}
SUB_EN = {"food_plant": "Foods", "electronics_plant": "Electronics", "auto_parts_plant": "Auto Components",
          "general_hospital": "General Hospital", "specialist_clinic": "Clinic", "aged_care": "Aged Care",
          "pharma_lab": "Pharma Lab", "research_lab": "Research Lab", "semiconductor_cleanroom": "Semiconductor Fab"}
FEE_CNY = {"factory": (45000, 160000), "hospital": (70000, 240000), "lab": (40000, 130000)}   # monthly, CNY
LABOUR = {"CN": 1.0, "UK": 2.2, "US": 2.5, "AU": 2.3}   # labour-cost level of a contract vs China
PASS_MARK = {"factory": 80, "hospital": 82, "lab": 85}
AUDIT_MEAN = {"factory": 87.0, "hospital": 89.0, "lab": 90.5}
LEAD_SEASON = [0.75, 0.8, 1.1, 1.1, 1.05, 1.0, 0.9, 0.85, 1.2, 1.15, 1.1, 0.9]

# ---------- feedback text (each comment has exactly one topic; markers in README / gold.py) ----------
TOPICS = {  # topic: sentiment, zh templates, en templates
    "residue": ("negative",
                ["生产线设备表面有清洁剂残留，{a}又被我们品控退回了。", "不锈钢台面上一层白色残留，擦完比擦之前还黏手。",
                 "审核又没过，化学残留超标，新换的清洁剂是不是有问题？", "复洁以后{a}还是有残留，品控很不满意。",
                 "你们用的去油剂残留太多，影响我们的食品安全检查。"],
                ["There is chemical residue on the line after every clean - QA failed {a} again.",
                 "Sticky residue left on the stainless benches, worse than before the clean.",
                 "Audit failed again for residue, has your crew changed the degreaser?",
                 "Even after the re-clean the {a} still shows residue.",
                 "Your detergent leaves a residue that our food safety auditor flagged."]),
    "induction": ("negative",
                  ["新来的保洁员入场培训考核没通过，现场人手一直不够。", "入场培训的线上考试太难，一半人没过。",
                   "人还在等入场培训重考，太耽误事了。", "入场培训安排混乱，考试系统登不上。",
                   "门禁卡都办好了，你们的人却过不了入场培训。"],
                  ["New cleaners failed the site induction exam, we were short-staffed for weeks.",
                   "The new online induction test is a mess, half the crew failed it.",
                   "Your crew are still waiting to resit the induction, this is holding everything up.",
                   "Induction scheduling was chaotic, nobody could log in to the exam portal.",
                   "Badges were ready but your cleaners could not pass the induction."]),
    "missed": ("negative",
               ["{a}又漏扫了，角落里的灰一直没人管。", "夜班经常漏扫，早上交接时地面还是脏的。", "说好的{a}每天清洁，结果隔三差五漏扫。",
                "高处和死角长期漏扫，审核时被点名了。"],
               ["The {a} was missed again, dust in every corner.", "Night shift keeps leaving missed spots on the floor.",
                "Corners and high ledges are routinely missed.", "We found missed areas in the {a} three days in a row."]),
    "late": ("negative",
             ["保洁员又迟到了快一个小时，早班开线前没清完。", "最近人员经常迟到，{a}开工前没打扫。", "夜班保洁迟到，交接乱成一团。"],
             ["The crew turned up late again and the line started before they finished.",
              "Cleaners arriving late most mornings this month.", "Night crew was late, handover was a mess."]),
    "smell": ("negative",
              ["消毒水气味太重，病人和家属都在投诉。", "{a}清洁后气味刺鼻，员工头晕。", "用的清洁剂气味太大，能不能换一种？"],
              ["The disinfectant smell in the {a} is overpowering, patients complain.",
               "Strong chemical smell after every clean, staff get headaches.",
               "Could you switch products? The smell lingers all day."]),
    "invoice": ("negative",
                ["这个月账单金额不对，缺班的费用也算进去了。", "账单又开错了抬头，财务退回重开。", "对账单和实际班次对不上。"],
                ["This month's invoice charges for shifts that never happened.",
                 "Wrong PO number on the invoice again, our AP team rejected it.",
                 "The invoice does not match the roster, please check."]),
    "price": ("negative",
              ["续约价格一下涨了百分之八，我们很难接受。", "报价价格比别家高不少。", "价格太高了，预算批不下来。"],
              ["The renewal price jumped 8%, hard to justify to our finance team.",
               "Your price is well above the other bids we got.", "Honestly the price is the only reason we hesitate."]),
    "turnover": ("negative",
                 ["现场人员频繁换人，新来的都不熟悉流程。", "一个月换人三次，每次都要重新交代。"],
                 ["Staff turnover on our site is too high, every week new faces who don't know the routine.",
                  "Constant turnover in the crew, we keep re-explaining the zones."]),
    "gowning": ("negative",
                ["保洁员进洁净区更衣不规范，手套没戴好。", "更衣流程没按SOP走，QA已经开了偏差。"],
                ["Cleaners skipped gowning steps before entering the cleanroom.",
                 "Gowning procedure not followed, QA raised a deviation."]),
    "thorough": ("positive",
                 ["这次{a}打扫得很细致，审核一次就过了。", "新班长带队很细致，死角都清干净了。", "深度清洁做得很细致，停产检修后直接开线。"],
                 ["Very thorough job in the {a}, audit passed first time.", "The new supervisor is thorough, even the ledges are clean.",
                  "Shutdown deep clean was thorough, we restarted on schedule."]),
    "responsive": ("positive",
                   ["投诉后两小时就有人来处理，响应很快。", "客户经理响应及时，问题当天解决。"],
                   ["Very responsive team, issue fixed the same day.", "Account manager was responsive and sorted it quickly."]),
    "polite": ("positive",
               ["保洁阿姨很有礼貌，病人家属都说好。", "现场人员礼貌又守规矩。"],
               ["Your cleaners are polite and respectful around patients.", "Crew are always polite to our staff."]),
    "general": ("neutral",
                ["本季度整体正常，没有特别的问题。", "服务基本稳定，继续保持。", "暂时没有意见。", "一般，跟上季度差不多。"],
                ["Overall fine this quarter, nothing major.", "Service is stable, no issues to report.",
                 "No comments at this time.", "About the same as last quarter."]),
}
AREAS_ZH = {"factory": ["生产线", "卫生间", "食堂", "仓库"], "hospital": ["病房", "卫生间", "门诊大厅", "手术室走廊"],
            "lab": ["洁净区", "缓冲间", "走廊", "样品间"]}
AREAS_EN = {"factory": ["production line", "washrooms", "canteen", "warehouse"],
            "hospital": ["ward", "washrooms", "outpatient hall", "theatre corridor"],
            "lab": ["cleanroom", "airlock", "corridor", "sample room"]}
TOPIC_TP = {"residue": [("tp_audit", 0.85), ("tp_reclean", 0.15)], "induction": [("tp_induction", 1.0)],
            "missed": [("tp_shift", 0.8), ("tp_audit", 0.2)], "late": [("tp_shift", 1.0)],
            "smell": [("tp_shift", 1.0)], "invoice": [("tp_invoice", 1.0)],
            "price": [("tp_quote", 0.4), ("tp_renewal", 0.6)], "turnover": [("tp_shift", 1.0)],
            "gowning": [("tp_shift", 1.0)], "thorough": [("tp_shift", 0.5), ("tp_audit", 0.25), ("tp_deepclean", 0.25)],
            "responsive": [("tp_complaint", 0.5), ("tp_reclean", 0.5)], "polite": [("tp_shift", 1.0)],
            "general": [(None, 1.0)]}
BASE_TOPICS = {"general": 0.30, "thorough": 0.18, "responsive": 0.10, "polite": 0.10, "missed": 0.09, "late": 0.06,
               "smell": 0.04, "turnover": 0.05, "invoice": 0.03, "price": 0.04, "gowning": 0.0, "residue": 0.015,
               "induction": 0.0}
CT_TOPIC = {"missed_area": "missed", "late_crew": "late", "odour": "smell", "chemical_residue": "residue",
            "gowning_breach": "gowning", "invoice_error": "invoice", "mobilisation_delay": "induction"}


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def pick_w(rows):
    return pick(rows, [r[-1] for r in rows])


def at_hour(day, lo=8, hi=18):
    d = datetime(day.year, day.month, day.day)
    return d + D(hours=int(rng.integers(lo, hi)), minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def month_start(t):
    return datetime(t.year, t.month, 1)


def add_months(t, n):
    m = t.month - 1 + n
    return datetime(t.year + m // 12, m % 12 + 1, 1)


def ud(lo, hi):
    return D(days=int(rng.integers(lo, hi + 1)))


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.exps = [], [], [], [], [], []
        self.n_ev = self.n_ord = self.n_ct = self.n_inv = 0

    # ----- rows
    def ev(self, c, ts, tp, action, session=None, **kw):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=fmt(ts), touchpoint_id=tp,
                   session_id=session or "", action=action, device="", channel="", branch_id=c["branch_id"],
                   branch=c["branch"], branch_en=c["branch_en"], facility_type=c["segment"],
                   设施类型=c["设施类型"])
        row.update({k: v for k, v in kw.items() if v is not None})
        self.events.append(row)
        return row

    def order(self, c, ts, otype, otype_zh, local, status, **kw):
        if ts > END:
            return None
        self.n_ord += 1
        fx = BRANCHES[c["branch_id"]][7]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=fmt(ts),
                   amount=round(local * fx, 2), status=status, channel="", order_type=otype, 订单类型=otype_zh,
                   amount_local=round(local, 2), currency=c["currency"], branch_id=c["branch_id"], branch=c["branch"],
                   branch_en=c["branch_en"], facility_type=c["segment"], 设施类型=c["设施类型"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, channel, topic, tp=None, rating=None, nps=None, undated=False):
        lang = "zh" if rng.random() < BRANCHES[c["branch_id"]][9] else "en"
        sent, zh, en = TOPICS[topic]
        tmpl = pick(zh if lang == "zh" else en)
        area = pick(AREAS_ZH[c["segment"]] if lang == "zh" else AREAS_EN[c["segment"]])
        text = tmpl.replace("{a}", area)
        if tp is None:
            tp = pick_w(TOPIC_TP[topic])[0]
            if topic == "price" and channel == "survey":
                tp = "tp_renewal"
        if ts is not None and (ts > END or ts < START):
            return
        fid = f"FB{len(self.feedback) + 1:05d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts="" if (undated or ts is None) else fmt(ts),
                                  customer_id=c["customer_id"], touchpoint_id=tp or "", channel=channel,
                                  rating="" if rating is None else rating, nps="" if nps is None else nps,
                                  language=lang, branch_id=c["branch_id"], branch=c["branch"], branch_en=c["branch_en"],
                                  facility_type=c["segment"], 设施类型=c["设施类型"]))
        self.truth.append(dict(feedback_id=fid, topics=topic, sentiment=sent))

    # ----- customers
    def new_customer(self, lead_ts):
        i = len(self.customers) + 1
        bid = pick(list(BRANCHES), [b[8] for b in BRANCHES.values()])
        b = BRANCHES[bid]
        ftype = pick(list(FACILITY), [f[1] for f in FACILITY.values()])
        sub, sub_zh, _ = pick_w(FACILITY[ftype][2])
        src = pick(list(SOURCES), [s[1] for s in SOURCES.values()])
        cn = b[4] == "CN"
        name = (b[2] + pick(NAME_ZH) + SUB_ZH[sub]) if cn else (pick(NAME_EN) + " " + SUB_EN[sub])
        area = int(rng.integers(3, 40)) * 500 if ftype == "factory" else int(rng.integers(4, 30)) * 500
        c = dict(customer_id=f"C{i:05d}", signup_at=fmt(lead_ts), segment=ftype, region=pick_w(b[5])[0],
                 acquisition_channel=src, tier="", 设施类型=FACILITY[ftype][0], 获客渠道=SOURCES[src][0], 服务等级="",
                 facility_subtype=sub, 设施细分=sub_zh, company_name=name, branch_id=bid, branch=b[0], branch_en=b[1],
                 city=b[2], city_en=b[3], country=b[4], currency=b[6], floor_area_sqm=area,
                 facility_manager=pick(FM_ZH if cn else FM_EN), account_manager=pick(AM[bid]),
                 preferred_language="zh" if rng.random() < b[9] else "en", client_status="not_won", 客户状态="未成交")
        self.customers.append(c)
        return c

    def set_status(self, c, st):
        c["client_status"] = st
        c["客户状态"] = {"active": "在服", "churned": "已流失", "not_won": "未成交", "withdrawn": "签约后撤回"}[st]

    def contract_terms(self, c):
        tier = pick_w(TIER_BY_TYPE[c["segment"]])[0]
        lo, hi = FEE_CNY[c["segment"]]
        fee_cny = rng.uniform(lo, hi) * (1.25 if tier == "critical_environment" else 1.0) * LABOUR[c["country"]]
        fx = BRANCHES[c["branch_id"]][7]
        fee_local = round(fee_cny / fx / 10) * 10
        spw = {"factory": int(rng.integers(7, 22)), "hospital": int(rng.integers(14, 29)),
               "lab": int(rng.integers(5, 11))}[c["segment"]]
        crew = int(rng.integers(2, 9))
        shift_type = pick(["day", "night", "rotating"], [0.4, 0.35, 0.25])
        return dict(tier=tier, fee_local=fee_local, shifts_per_week=spw, crew_size=crew, shift_type=shift_type,
                    term=int(pick([12, 24, 36], [0.55, 0.35, 0.10])))

    # ----- sales
    def lead(self, c, t0):
        src = c["acquisition_channel"]
        s = SOURCES[src]
        sid = f"L{c['customer_id'][1:]}"
        dev = pick(["pc", "ios", "android"], [0.7, 0.15, 0.15]) if src == "website" else None
        self.ev(c, t0, "tp_lead", "received", sid, channel=s[2], device=dev, lead_source=src, 线索来源=s[0],
                tender_ref=(f"TR-{t0.year}-{int(rng.integers(1000, 9999))}" if "tender" in src else None),
                estimated_area_sqm=c["floor_area_sqm"])
        if rng.random() >= s[3]:
            return
        t1 = at_hour(t0 + ud(2, 18))
        risk_zh = {"low": "低", "medium": "中", "high": "高"}
        risk = pick(["low", "medium", "high"], [0.35, 0.45, 0.2] if c["segment"] != "lab" else [0.15, 0.45, 0.4])
        self.ev(c, t1, "tp_walkthrough", "completed", sid, estimator=pick(ESTIMATORS[c["branch_id"]]),
                area_sqm=c["floor_area_sqm"], hazard_level=risk, 风险等级=risk_zh[risk],
                walkthrough_hours=round(float(rng.uniform(1.5, 6)), 1),
                cleanroom_class=(pick(["ISO 5", "ISO 7", "ISO 8"]) if c["segment"] == "lab" else None))
        if rng.random() >= (0.90 if src != "website" else 0.84):
            return
        t2 = at_hour(t1 + ud(4, 14))
        terms = self.contract_terms(c)
        qid = f"Q{c['customer_id'][1:]}"
        self.ev(c, t2, "tp_quote", "sent", sid, quote_id=qid, monthly_fee_local=terms["fee_local"],
                currency=c["currency"], shifts_per_week=terms["shifts_per_week"], crew_size=terms["crew_size"],
                service_tier=terms["tier"], quote_format=pick(["pdf", "portal", "in_person"], [0.6, 0.25, 0.15]))
        p = s[4]
        if QUOTE_TEST[0] <= t2 <= QUOTE_TEST[1]:
            var = pick(["call_followup", "email_only"])
            self.exps.append(dict(experiment_id="quote_followup_2025", variant=var, customer_id=c["customer_id"],
                                  assigned_at=fmt(t2)))
            p = min(0.92, p * 1.45) if var == "call_followup" else p * 0.85
        t3 = at_hour(t2 + ud(7, 40))
        if rng.random() < p:
            self.contract(c, t3, terms, sid)
        else:
            r, rz, _ = pick_w(DECLINE)
            self.ev(c, t3, "tp_quote", "declined", sid, quote_id=qid, decline_reason=r, 未成交原因=rz)
            if r == "price_too_high" and rng.random() < 0.35:
                self.fb(c, t3 + ud(0, 3), "call_note", "price", tp="tp_quote", undated=rng.random() < 0.08)

    def contract(self, c, t_sign, terms, sid):
        self.n_ct += 1
        ctid = f"CT{self.n_ct:05d}"
        c["tier"], c["服务等级"] = terms["tier"], TIERS[terms["tier"]]
        start_plan = t_sign + ud(10, 24)
        self.ev(c, t_sign, "tp_contract", "signed", ctid, contract_id=ctid, term_months=terms["term"],
                monthly_fee_local=terms["fee_local"], currency=c["currency"], service_tier=terms["tier"],
                服务等级=TIERS[terms["tier"]], shifts_per_week=terms["shifts_per_week"],
                planned_start=start_plan.strftime("%Y-%m-%d"), quote_id=f"Q{c['customer_id'][1:]}")
        value = terms["fee_local"] * terms["term"]
        withdrawn = rng.random() < 0.03
        self.order(c, t_sign, "contract", "服务合同", value, "cancelled" if withdrawn else "signed", contract_id=ctid,
                   term_months=terms["term"], service_tier=terms["tier"])
        if withdrawn:
            self.ev(c, at_hour(t_sign + ud(3, 15)), "tp_contract", "withdrawn", ctid, contract_id=ctid,
                    withdraw_reason=pick(["budget_cut", "site_closure", "went_with_incumbent"]))
            self.set_status(c, "withdrawn")
            return
        # crew onboarding & security induction
        t, issue_hit = self.induction(c, ctid, at_hour(t_sign + ud(2, 7), 9, 16), terms["crew_size"], "mobilisation")
        start = max(start_plan, datetime(t.year, t.month, t.day) + ud(2, 6))
        if issue_hit:
            if rng.random() < 0.7:
                self.fb(c, t - ud(3, 15), pick(["ticket", "email", "wechat_group" if c["country"] == "CN" else "email"]),
                        "induction", tp="tp_induction")
            if rng.random() < 0.4:
                self.complaint(c, t - ud(5, 15), ctid, ctype="mobilisation_delay")
        self.set_status(c, "active")
        self.service(c, ctid, start, terms)

    def induction(self, c, ctid, t, crew, reason):
        """site security induction, retaken until passed (at most 3 attempts); returns (pass time, hit by the exam issue)"""
        itype, itype_zh = INDUCTION_TYPE[c["segment"]]
        attempt, passed, issue_hit = 1, False, False
        while not passed:
            issue = EXAM_ISSUE[0] <= t < EXAM_ISSUE[1]
            if attempt == 1:
                p = (0.42 if c["segment"] != "factory" else 0.5) if issue else \
                    {"factory": 0.93, "hospital": 0.89, "lab": 0.86}[c["segment"]]
            else:
                p = 0.9 if not issue else 0.8
            passed = rng.random() < p or attempt >= 3
            self.ev(c, t, "tp_induction", "passed" if passed else "failed", ctid, contract_id=ctid, attempt=attempt,
                    induction_reason=reason, induction_type=itype, 培训类型=itype_zh, crew_members=crew,
                    crew_passed=crew if passed else int(rng.integers(0, crew)),
                    exam_mode="online" if t >= EXAM_ISSUE[0] else "paper", badge_days=int(rng.integers(1, 6)))
            if not passed:
                issue_hit = issue_hit or issue
                t = at_hour(t + (ud(21, 35) if issue else ud(10, 20)), 9, 16)
                attempt += 1
        return t, issue_hit

    # ----- service life
    def complaint(self, c, ts, ctid, ctype=None, month_fail=False):
        if ctype is None:
            rows = [r for r in COMPLAINTS if c["segment"] == "lab" or r[0] != "gowning_breach"]
            if month_fail and rng.random() < 0.5:
                ctype = "missed_area"
            else:
                ctype = pick_w(rows)[0]
        ts = at_hour(ts)
        out = pick(list(OUTCOMES), [0.7, 0.18, 0.12])
        self.ev(c, ts, "tp_complaint", "logged", ctid, contract_id=ctid, complaint_type=ctype, 投诉类型=CT_ZH[ctype],
                outcome=out, 处理结果=OUTCOMES[out], resolution_days=int(rng.integers(0, 9)),
                channel=pick(["phone", "email", "wechat"] if c["country"] == "CN" else ["phone", "email"]))
        if ctype != "invoice_error" and ctype != "mobilisation_delay" and rng.random() < 0.55:
            self.ev(c, at_hour(ts + ud(0, 5)), "tp_reclean", "completed", ctid, contract_id=ctid, trigger="complaint",
                    hours_on_site=round(float(rng.uniform(1, 8)), 1), recheck_result="passed")
        if rng.random() < 0.6:
            topic = CT_TOPIC.get(ctype, pick(["missed", "turnover", "general"], [0.4, 0.4, 0.2]))
            if ctype in ("property_damage", "staff_conduct"):
                topic = pick(["turnover", "missed"], [0.6, 0.4])
            self.fb(c, ts + ud(0, 1), "ticket", topic, tp=("tp_complaint" if topic in ("turnover",) else None))

    def service(self, c, ctid, start, terms):
        end = add_months(month_start(start), terms["term"]) + D(days=start.day - 1)
        fx = BRANCHES[c["branch_id"]][7]
        cn = c["country"] == "CN"
        gz_fac = c["branch_id"] == "B3" and c["segment"] == "factory"
        fails_in_term = 0
        # weekly roster logs (week ending Sunday)
        wk = start - D(days=start.weekday()) + D(days=6)
        missed_by_month = {}
        while wk < min(end, END):
            sched = terms["shifts_per_week"]
            hou = c["branch_id"] == "B5" and HOU_SHORTAGE[0] <= wk < HOU_SHORTAGE[1]
            missed = int(rng.binomial(sched, 0.075 if hou else 0.015))
            late = int(rng.binomial(sched - missed, 0.14 if hou else 0.04))
            hours = (sched - missed) * terms["crew_size"] * float(rng.choice([6, 7.5, 8]))
            self.ev(c, wk.replace(hour=int(rng.integers(18, 23)), minute=int(rng.integers(0, 60))), "tp_shift",
                    "logged", ctid, contract_id=ctid, week_start=(wk - D(days=6)).strftime("%Y-%m-%d"),
                    shifts_scheduled=sched, shifts_delivered=sched - missed, shifts_missed=missed, late_arrivals=late,
                    crew_hours=round(hours, 1), shift_type=terms["shift_type"],
                    roster_system="排班通" if cn else "Deputy")
            key = (wk.year, wk.month)
            a, b = missed_by_month.get(key, (0, 0))
            missed_by_month[key] = (a + missed, b + sched)
            wk += D(days=7)
        # months of service
        m = month_start(start)
        while m < end and m <= END:
            m_end = add_months(m, 1)
            ok = True
            # audit
            ta = at_hour(m + ud(12, 24), 9, 16)
            if start <= ta < end:
                mean = AUDIT_MEAN[c["segment"]] - (1.5 if c["branch_id"] == "B5" else 0)
                degreaser = gz_fac and GZ_DEGREASER[0] <= ta < GZ_DEGREASER[1]
                if degreaser:
                    mean = 74.0
                if c["branch_id"] == "B5" and HOU_SHORTAGE[0] <= ta < HOU_SHORTAGE[1]:
                    mean -= 4
                score = int(np.clip(round(rng.normal(mean, 5.5 if c["segment"] != "lab" else 4.0)), 40, 100))
                pm = PASS_MARK[c["segment"]]
                ok = score >= pm
                fa = fr = None
                if not ok:
                    fails_in_term += 1
                    fa = pick_w(FAIL_AREA[c["segment"]])
                    if degreaser:
                        fr = "chemical_residue"
                        fa = ("production_line", "生产线", 1)
                    else:
                        fr = pick({"factory": ["dust", "missed_area", "chemical_residue"],
                                   "hospital": ["dust", "missed_area", "microbial"],
                                   "lab": ["particle", "missed_area", "microbial"]}[c["segment"]],
                                  {"factory": [0.45, 0.45, 0.10], "hospital": [0.4, 0.35, 0.25],
                                   "lab": [0.4, 0.3, 0.3]}[c["segment"]])
                self.ev(c, ta, "tp_audit", "passed" if ok else "failed", ctid, contract_id=ctid, audit_score=score,
                        pass_mark=pm, auditor=pick(["internal_qa", "client_qa", "third_party"], [0.7, 0.2, 0.1]),
                        fail_area=fa[0] if fa else None, 不合格区域=fa[1] if fa else None, fail_reason=fr,
                        不合格原因=FAIL_REASON[fr] if fr else None,
                        atp_rlu=(int(rng.integers(30, 140) if ok else rng.integers(150, 600))
                                 if c["segment"] != "lab" else None),
                        particle_count_05um=(int(rng.integers(800, 3000) if ok else rng.integers(3500, 12000))
                                             if c["segment"] == "lab" else None))
                if not ok:
                    self.ev(c, at_hour(ta + ud(1, 4)), "tp_reclean", "completed", ctid, contract_id=ctid,
                            trigger="audit", hours_on_site=round(float(rng.uniform(2, 10)), 1),
                            recheck_result="passed" if rng.random() < (0.7 if degreaser else 0.93) else "failed")
                    if degreaser:
                        for _ in range(int(rng.random() < 0.65)):
                            self.fb(c, ta + ud(0, 12), pick(["ticket", "email", "wechat_group", "call_note"]),
                                    "residue", undated=rng.random() < 0.04)
                        if rng.random() < 0.6:
                            self.complaint(c, ta + ud(0, 6), ctid, ctype="chemical_residue")
            # new starters' site induction
            if rng.random() < 0.3:
                ti0 = at_hour(m + ud(0, 26), 9, 16)
                if start < ti0 < end:
                    _, hit = self.induction(c, ctid, ti0, int(rng.integers(1, 4)), "new_starter")
                    if hit and rng.random() < 0.3:
                        self.fb(c, ti0 + ud(2, 14), pick(["ticket", "email", "call_note"]), "induction",
                                tp="tp_induction")
            # complaints
            p_c = 0.035 + (0.25 if fails_in_term and not ok else 0)
            if c["branch_id"] == "B5" and HOU_SHORTAGE[0] <= m < HOU_SHORTAGE[1]:
                p_c += 0.25
            if rng.random() < p_c:
                ct = pick(["late_crew", "missed_area"]) if (c["branch_id"] == "B5" and
                                                            HOU_SHORTAGE[0] <= m < HOU_SHORTAGE[1]) else None
                self.complaint(c, m + ud(1, 27), ctid, ctype=ct, month_fail=not ok)
            # deep-clean orders
            mo = m.month
            p_d = {"factory": 0.04, "hospital": 0.05, "lab": 0.04}[c["segment"]]
            if c["segment"] == "factory" and ((cn and mo == 1) or (not cn and mo in (7, 12))):
                p_d = 0.4
            if c["segment"] == "hospital" and mo in (12, 1, 2):
                p_d = 0.12
            if rng.random() < p_d:
                td = at_hour(m + ud(0, 25))
                kind = {"factory": "shutdown_clean", "hospital": "terminal_disinfection",
                        "lab": "cleanroom_requalification"}[c["segment"]]
                local = round(rng.uniform(12000, 90000) * LABOUR[c["country"]] / fx / 10) * 10
                cancel = rng.random() < 0.06
                self.ev(c, td, "tp_deepclean", "requested", ctid, contract_id=ctid, deep_clean_type=kind,
                        quoted_local=local, currency=c["currency"], channel=pick(["phone", "email"]))
                tcomp = at_hour(td + ud(3, 12))
                if cancel:
                    self.ev(c, tcomp, "tp_deepclean", "cancelled", ctid, contract_id=ctid, deep_clean_type=kind)
                else:
                    self.ev(c, tcomp, "tp_deepclean", "completed", ctid, contract_id=ctid, deep_clean_type=kind,
                            crew_hours=round(float(rng.uniform(16, 120)), 1))
                self.order(c, td, "deep_clean", "专项深度清洁", local,
                           "cancelled" if cancel else ("paid" if tcomp + D(days=35) <= END else "unpaid"),
                           contract_id=ctid, deep_clean_type=kind)
            # invoice for month m (issued early next month)
            ti = at_hour(m_end + ud(0, 3), 9, 12)
            if ti <= END:
                self.n_inv += 1
                inv = f"INV{self.n_inv:06d}"
                mi, ms = missed_by_month.get((m.year, m.month), (0, 1))
                frac = min(1.0, max(0.0, (min(end, m_end) - max(start, m)).days / (m_end - m).days))
                local = round(terms["fee_local"] * frac * (1 - 0.5 * mi / max(ms, 1)), 2)
                if local <= 0:
                    m = m_end
                    continue
                dtp = int(rng.integers(25, 50) if cn else rng.integers(30, 70))
                disputed = rng.random() < 0.02
                self.ev(c, ti, "tp_invoice", "issued", ctid, contract_id=ctid, invoice_id=inv,
                        invoice_month=m.strftime("%Y-%m"), amount_local=local, currency=c["currency"],
                        payment_terms_days=45 if cn else 60)
                paid_by = ti + D(days=dtp)
                if disputed:
                    td = at_hour(ti + ud(3, 10))
                    self.ev(c, td, "tp_invoice", "disputed", ctid, contract_id=ctid, invoice_id=inv,
                            dispute_reason=pick(["shifts_not_delivered", "wrong_po_number", "rate_mismatch"]))
                    self.order(c, ti, "monthly_invoice", "月度账单", local, "cancelled", contract_id=ctid,
                               invoice_id=inv, invoice_month=m.strftime("%Y-%m"))
                    self.n_inv += 1
                    inv2 = f"INV{self.n_inv:06d}"
                    tr = at_hour(td + ud(2, 8))
                    self.ev(c, tr, "tp_invoice", "reissued", ctid, contract_id=ctid, invoice_id=inv2,
                            replaces_invoice=inv, invoice_month=m.strftime("%Y-%m"), amount_local=local,
                            currency=c["currency"])
                    if rng.random() < 0.5:
                        self.fb(c, td, "email", "invoice")
                    self.order(c, tr, "monthly_invoice", "月度账单", local,
                               "paid" if tr + D(days=dtp) <= END else "unpaid", contract_id=ctid, invoice_id=inv2,
                               invoice_month=m.strftime("%Y-%m"), days_to_pay=dtp if tr + D(days=dtp) <= END else "")
                else:
                    paid = paid_by <= END
                    self.order(c, ti, "monthly_invoice", "月度账单", local, "paid" if paid else "unpaid",
                               contract_id=ctid, invoice_id=inv, invoice_month=m.strftime("%Y-%m"),
                               days_to_pay=dtp if paid else "",
                               payment_method=pick(["对公转账", "银行承兑"], [0.85, 0.15]) if cn else
                               pick(["bank_transfer", "ACH", "cheque"] if c["country"] == "US" else
                                    ["bank_transfer", "direct_debit"]))
            m = m_end
        # quarterly surveys, call notes, e-mails, WeChat messages
        self.service_feedback(c, start, min(end, END), gz_fac)
        # renewal review
        tr = at_hour(end - ud(25, 45))
        if tr > END:
            return
        p = {"hospital": 0.87, "lab": 0.83, "factory": 0.76}[c["segment"]]
        if fails_in_term >= 3:
            p -= 0.35
        if gz_fac and start < GZ_DEGREASER[1] and end > GZ_DEGREASER[0]:
            p -= 0.3
        if rng.random() < p:
            pct = round(float(rng.uniform(1.5, 7.0)), 1)
            nterm = int(pick([12, 24], [0.6, 0.4]))
            terms = dict(terms, fee_local=round(terms["fee_local"] * (1 + pct / 100) / 10) * 10, term=nterm)
            self.ev(c, tr, "tp_renewal", "renewed", ctid, contract_id=ctid, price_change_pct=pct,
                    new_term_months=nterm, failed_audits_in_term=fails_in_term)
            self.order(c, tr, "renewal", "续约合同", terms["fee_local"] * nterm, "signed", contract_id=ctid,
                       term_months=nterm, service_tier=c["tier"] or terms["tier"])
            self.service(c, ctid, end, terms)
        else:
            if fails_in_term >= 3 or (gz_fac and end > GZ_DEGREASER[0] and start < GZ_DEGREASER[1]):
                r = pick(["service_quality", "competitor", "price"], [0.65, 0.2, 0.15])
            else:
                r = pick_w(LOST)[0]
            self.ev(c, tr, "tp_renewal", "lost", ctid, contract_id=ctid, lost_reason=r, 流失原因=LOST_ZH[r],
                    failed_audits_in_term=fails_in_term, service_end_date=end.strftime("%Y-%m-%d"))
            if end <= END:
                self.set_status(c, "churned")
            if r == "price" and rng.random() < 0.5:
                self.fb(c, tr + ud(0, 5), "call_note", "price", tp="tp_renewal")
            elif r == "service_quality" and rng.random() < 0.4:
                self.fb(c, tr + ud(0, 5), "call_note", "residue" if gz_fac else "missed", tp=None)

    def topic_for(self, c, t):
        w = dict(BASE_TOPICS)
        if c["segment"] == "lab":
            w["gowning"] = 0.06
        if c["segment"] == "hospital":
            w["smell"] = 0.10
        if c["branch_id"] == "B5" and HOU_SHORTAGE[0] <= t < HOU_SHORTAGE[1] + D(days=30):
            w["missed"] += 0.25
            w["late"] += 0.25
        if c["branch_id"] == "B3" and c["segment"] == "factory" and GZ_DEGREASER[0] <= t < GZ_DEGREASER[1] + D(days=20):
            return "residue" if rng.random() < 0.6 else pick(["missed", "general"])
        ks = list(w)
        return pick(ks, [w[k] for k in ks])

    def service_feedback(self, c, start, stop, gz_fac):
        cn = c["country"] == "CN"
        q = datetime(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
        while q <= stop:
            ts = at_hour(add_months(q, 2) + ud(5, 24))
            if start + D(days=30) <= ts <= stop and rng.random() < 0.58:
                topic = self.topic_for(c, ts)
                sent = TOPICS[topic][0]
                if sent == "negative":
                    r = int(pick([1, 2, 3], [0.3, 0.45, 0.25]))
                elif sent == "positive":
                    r = int(pick([4, 5], [0.45, 0.55]))
                else:
                    r = int(pick([3, 4, 5], [0.3, 0.5, 0.2]))
                nps = int(np.clip({1: rng.integers(0, 5), 2: rng.integers(2, 7), 3: rng.integers(5, 8),
                                   4: rng.integers(7, 10), 5: rng.integers(8, 11)}[r], 0, 10))
                self.fb(c, ts, "survey", topic, rating=r, nps=nps)
            for ch, p, und in (("call_note", 0.09, 0.07), ("email", 0.05, 0.0),
                               ("wechat_group", 0.08 if cn else 0.0, 0.1)):
                for _ in range(3):
                    if rng.random() < p:
                        t = at_hour(q + ud(0, 89))
                        if start <= t <= stop:
                            self.fb(c, t, ch, self.topic_for(c, t), undated=rng.random() < und)
            q = add_months(q, 3)

    # ----- driver
    def run(self):
        # existing book: contracts started Sep 2023 - Aug 2024
        for _ in range(320):
            s = datetime(2023, 9, 1) + ud(0, 364)
            c = self.new_customer(s - ud(60, 200))
            terms = self.contract_terms(c)
            terms["term"] = int(pick([12, 24, 36], [0.5, 0.4, 0.1]))
            while add_months(month_start(s), terms["term"]) < START + D(days=50):
                terms["term"] += 12
            self.n_ct += 1
            c["tier"], c["服务等级"] = terms["tier"], TIERS[terms["tier"]]
            self.set_status(c, "active")
            # the data starts 2024-09-01: no signing / induction events, earlier service rows are dropped in main()
            self.service(c, f"CT{self.n_ct:05d}", s, terms)
        # new leads
        days = (END - START).days + 1
        for d in range(days):
            day = START + D(days=d)
            growth = 1.0 + 0.25 * d / days
            lam = 3.6 * growth * LEAD_SEASON[day.month - 1] * (0.25 if day.weekday() >= 5 else 1.0)
            for _ in range(int(rng.poisson(lam))):
                t0 = at_hour(day)
                c = self.new_customer(t0)
                self.lead(c, t0)


def write(out: Path, g: Gen):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols=None, path=None):
        cols = cols or list(dict.fromkeys(k for r in rows for k in r))
        with open(path or out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, restval="", extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                           touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])])
    dump("customers", g.customers)
    dump("events", g.events)
    dump("orders", g.orders)
    dump("feedback", g.feedback)
    dump("experiments", g.exps)
    dump("", g.truth, path=out / "_truth" / "feedback_truth.csv")


def main():
    out = Path(sys.argv[1])
    g = Gen()
    g.run()
    # only what happened inside the extract: service events of the existing book before 2024-09-01 are not exported
    g.events = [e for e in g.events if e["ts"] >= fmt(START)]
    g.orders = [o for o in g.orders if o["ts"] >= fmt(START)]
    g.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    # the CRM export re-sent a handful of shift logs (exact duplicates; DATA.md loads them once)
    dup_idx = rng.choice(len(g.events), size=11, replace=False)
    g.events.extend(dict(g.events[int(i)]) for i in dup_idx)
    g.orders.sort(key=lambda o: o["ts"])
    write(out, g)
    print(f"customers {len(g.customers)} events {len(g.events)} orders {len(g.orders)} feedback {len(g.feedback)} "
          f"experiments {len(g.exps)}")


if __name__ == "__main__":
    main()
