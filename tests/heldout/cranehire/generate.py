"""擎峰吊装 SkyPeak Crane & Access Hire: mobile cranes, crawler cranes, tower cranes and aerial work platforms hired to
contractors (synthetic, written blind).

Six depots: 上海 Shanghai, 深圳 Shenzhen, 重庆 Chongqing (China, CNY), Melbourne (AUD), Vancouver (CAD), Singapore (SGD).
One customer = one contractor account (main contractor, subcontractor, steel erector, precast installer, facade
firm, infrastructure contractor, facilities manager, event staging company).

A hire starts with a tender invitation (招标邀请), a sales call / site visit by a sales rep (销售拜访) or a web quote
request (网上询价: website, WeChat mini-program, customer app, paid-search landing page). Then a site survey (现场勘察),
a lift plan for crane jobs (吊装方案), a quote (报价), the hire contract (签订租赁合同; also a `hire` order), mobilisation
to site (设备进场; tower cranes are erected), daily operation logs signed by the operator for wet hires (每日作业日志),
safety inspections (安全检查: pre-use, weekly, monthly, statutory; statutory ones and inspections of customer-owned
equipment are `inspection` orders), hire-desk calls (租赁客服), demobilisation (设备退场), invoices (开票) with
disputes, and payments (回款). Site managers' feedback: post-hire surveys, NPS waves, WeChat Work groups, call notes,
emails, Google reviews, lost-quote surveys and paper site-visit forms (no date).

Data 2024-10-01 .. 2026-07-31 (extract taken early August 2026). Naive local time of each depot.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback as CSV (DATA.md) plus OUTDIR/_truth/
feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table). Deterministic
(seed 20260805), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260805
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 7, 31, 23, 59, 59)
CIIE = (datetime(2025, 10, 27), datetime(2025, 11, 24))   # Shanghai: CIIE traffic control, oversize permits frozen

DEPOTS = {  # id: zh, en, region zh, region en, country, currency, fx to CNY, price level, weight
    "SHA": ("上海", "Shanghai", "华东", "East China", "CN", "CNY", 1.0, 1.0, 0.25),
    "SZX": ("深圳", "Shenzhen", "华南", "South China", "CN", "CNY", 1.0, 1.0, 0.20),
    "CKG": ("重庆", "Chongqing", "西南", "Southwest China", "CN", "CNY", 1.0, 0.9, 0.14),
    "MEL": ("墨尔本", "Melbourne", "维多利亚州", "Victoria", "AU", "AUD", 4.7, 2.0, 0.16),
    "YVR": ("温哥华", "Vancouver", "不列颠哥伦比亚省", "British Columbia", "CA", "CAD", 5.2, 1.9, 0.12),
    "SIN": ("新加坡", "Singapore", "新加坡", "Singapore", "SG", "SGD", 5.4, 1.6, 0.13),
}
CN = {"SHA", "SZX", "CKG"}
STAFF = {  # sales reps, surveyors, lift engineers, estimators, inspectors, operators, account managers
    "SHA": (["陈立强", "周敏", "徐海峰"], ["顾建平", "沈磊"], ["陆文杰", "钱思远"], ["朱丽华"], ["王国栋", "蒋涛"],
            ["张建军", "李卫东", "刘洪波", "孙大海", "吴永刚", "赵国庆", "郑志刚", "马小龙"], ["陈立强", "周敏"]),
    "SZX": (["黄伟明", "林晓东"], ["梁振华", "何勇"], ["罗嘉文", "冯海涛"], ["谢婉仪"], ["邓志坚", "曾宪明"],
            ["陈阿强", "李新华", "黄国辉", "刘德胜", "杨永安", "蔡志勇"], ["黄伟明", "林晓东"]),
    "CKG": (["刘洋", "谭小兵"], ["彭学军", "唐伟"], ["邹建川"], ["何静"], ["杨光明", "熊伟"],
            ["王长江", "陈嘉陵", "李山城", "周渝生", "袁大勇"], ["刘洋", "谭小兵"]),
    "MEL": (["Jason Kelly", "Rachel Nguyen"], ["Brad Watson", "Tom Reilly"], ["Sanjay Patel", "Emma Clarke"],
            ["Lucy Harper"], ["Greg Moloney", "Kate Fraser"],
            ["Dave Mitchell", "Steve O'Connor", "Luke Papadopoulos", "Wayne Baker", "Chris Tran", "Matt Douglas"],
            ["Jason Kelly", "Rachel Nguyen"]),
    "YVR": (["Mike Chen", "Sarah Thompson"], ["Kevin Singh", "Ryan MacDonald"], ["Daniel Hoffmann"],
            ["Jennifer Wu"], ["Paul Girard", "Amrit Dhillon"],
            ["Jake Morrison", "Harpreet Gill", "Connor Walsh", "Andre Lavoie", "Scott Ferguson"],
            ["Mike Chen", "Sarah Thompson"]),
    "SIN": (["Tan Wei Ming", "Priya Raj"], ["Muhammad Faizal", "Lim Kok Seng"], ["Ong Boon Keat", "Karthik Rao"],
            ["Chloe Lee"], ["Goh Chee Hwa", "Suresh Kumar"],
            ["Ahmad Rizal", "Lee Ah Huat", "Rajesh Pillai", "Ng Kah Wai", "Mohd Hafiz", "Zhang Wei"],
            ["Tan Wei Ming", "Priya Raj"]),
}

EQUIP = {  # id: zh, models, capacity range, unit, daily rate CNY (at capacity lo..hi), duration days lo..hi, wet share
    "mobile_crane": ("汽车吊", ["XCMG XCA60", "Zoomlion ZTC250", "Sany STC500", "Liebherr LTM 1100-5.2",
                                "Tadano GR-1000XL", "Franna AT-22"], (25, 220), "t", (2600, 16000), (1, 12), 0.97),
    "crawler_crane": ("履带吊", ["Sany SCC1500A", "Liebherr LR 1160", "Kobelco CKE1350G", "XCMG XGC180"],
                      (80, 300), "t", (9000, 26000), (20, 110), 0.95),
    "tower_crane": ("塔吊", ["Potain MCT 205", "Zoomlion T7020", "Liebherr 172 EC-B", "Comansa 11LC150"],
                    (6, 16), "t", (1500, 2600), (70, 260), 0.9),
    "boom_lift": ("曲臂车", ["JLG 600AJ", "Genie Z-45/25J", "Dingli BA20EN"], (16, 28), "m", (650, 1400),
                  (3, 45), 0.2),
    "scissor_lift": ("剪叉车", ["Genie GS-3246", "Dingli JCPT1412DC", "Skyjack SJ4632"], (8, 14), "m",
                     (220, 420), (3, 60), 0.05),
}
EQ_P_CRANE_JOB = {"mobile_crane": 0.44, "crawler_crane": 0.09, "tower_crane": 0.08, "boom_lift": 0.19,
                  "scissor_lift": 0.20}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_tender", "招标邀请", "Tender invitation", "awareness", "email", "digital", "sales",
     "招标|投标|邀标|标书|招标公告|tender|tender invite|bid invitation|ITT|RFT"),
    ("tp_sales_call", "销售拜访", "Sales call", "awareness", "phone", "physical", "sales",
     "拜访|销售电话|上门拜访|客户拜访|陌拜|sales call|sales visit|cold call|rep visit|account call"),
    ("tp_web_quote", "网上询价", "Web quote request", "awareness", "web", "digital", "marketing",
     "线上询价|官网询价|小程序询价|在线报价|询价单|web quote|online quote|quote request|RFQ form|web enquiry"),
    ("tp_site_survey", "现场勘察", "Site survey", "consideration", "other", "physical", "engineering",
     "踏勘|勘察|看现场|现场踏勘|site survey|site visit|site inspection|recce|site assessment"),
    ("tp_lift_plan", "吊装方案", "Lift plan", "consideration", "email", "digital", "engineering",
     "方案|吊装专项方案|吊装计划|专项方案|lift plan|lift study|method statement|rigging plan|crane plan"),
    ("tp_quote", "报价", "Quote", "consideration", "email", "digital", "sales",
     "报价单|台班报价|价格|估价|quote|quotation|pricing|proposal|estimate"),
    ("tp_contract", "签订租赁合同", "Hire contract", "purchase", "other", "digital", "sales",
     "签约|合同|租赁合同|下单|hire contract|contract|booking|hire agreement|PO"),
    ("tp_mobilisation", "设备进场", "Mobilisation to site", "service", "other", "physical", "logistics",
     "进场|运输进场|塔吊安装|立塔|到场|mobilisation|mobilization|delivery|crane arrival|erection|mob"),
    ("tp_daily_log", "每日作业日志", "Daily operation log", "service", "app", "physical", "operations",
     "作业日志|台班记录|工作日志|操作手日志|台班单|daily log|operator log|shift log|dayworks|timesheet"),
    ("tp_safety_inspection", "安全检查", "Safety inspection", "service", "other", "physical", "safety",
     "安检|检验|周检|月检|法定检验|进场验收|safety inspection|inspection|thorough examination|safety check|LOLER"),
    ("tp_hire_desk", "租赁客服", "Hire desk", "service", "phone", "digital", "customer_service",
     "客服|热线|报修|调度|hire desk|hire helpdesk|service desk|hotline|dispatch"),
    ("tp_demobilisation", "设备退场", "Demobilisation", "service", "other", "physical", "logistics",
     "退场|撤场|拆塔|off-hire|demob|demobilization|demobilisation|crane removal|dismantle"),
    ("tp_invoice", "开票结算", "Invoicing", "purchase", "email", "digital", "finance",
     "发票|账单|结算|对账|invoice|invoicing|bill|statement|billing"),
    ("tp_payment", "回款", "Payment received", "purchase", "other", "digital", "finance",
     "付款|回款|到账|收款|payment|payment received|remittance|settlement"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("tender_to_contract", "招标到签约", "Tender to contract",
     ["tp_tender", "tp_site_survey", "tp_quote", "tp_contract"], 60),
    ("sales_call_to_contract", "销售拜访到签约", "Sales call to contract",
     ["tp_sales_call", "tp_site_survey", "tp_quote", "tp_contract"], 45),
    ("web_quote_to_contract", "网上询价到签约", "Web quote to contract",
     ["tp_web_quote", "tp_site_survey", "tp_quote", "tp_contract"], 30),
    ("contract_to_mobilisation", "签约到进场", "Contract to mobilisation", ["tp_contract", "tp_mobilisation"], 30),
    ("demob_to_cash", "退场到回款", "Demobilisation to cash", ["tp_demobilisation", "tp_invoice", "tp_payment"], 90),
]

CTYPES = {"main_contractor": "总包单位", "subcontractor": "专业分包", "steel_erector": "钢结构安装",
          "precast_installer": "预制构件安装", "facade": "幕墙公司", "infrastructure": "路桥基建",
          "facilities": "物业设施管理", "event_staging": "会展搭建"}
CTYPE_P = [0.22, 0.20, 0.14, 0.08, 0.10, 0.10, 0.09, 0.07]
ACQ = {"tender_portal": "招标平台", "sales_rep": "销售开发", "website": "官网", "paid_search": "搜索广告",
       "referral": "老客户推荐", "wechat": "微信", "trade_show": "展会"}
DELAY = {"transport_permit": "超限运输许可延误", "crane_unavailable": "设备未回场", "assembly_crew": "安拆班组不足",
         "site_not_ready": "现场不具备条件", "weather": "天气原因", "escort_vehicle": "护送车辆未到位"}
BREAK = {"hydraulic_leak": "液压泄漏", "engine": "发动机故障", "electrical": "电气故障", "lmi_fault": "力矩限制器故障",
         "slew_drive": "回转机构故障", "track_drive": "行走机构故障"}
DEFECT = {"wire_rope": "钢丝绳断丝", "tie_in": "附着装置松动", "outrigger_mats": "支腿垫板不足", "lmi": "力矩限制器失效",
          "guardrail": "护栏缺失", "hydraulic_weep": "液压渗漏", "anchor_bolts": "基础螺栓", "documents": "证件资料不全"}
ITYPE = {"pre_use": "进场验收", "weekly": "周检", "monthly": "月检", "statutory": "法定检验",
         "customer_owned": "客户自有设备检验"}
DISPUTE = {"standby_charges": "待机费", "overtime_hours": "超时工时", "mobilisation_fee": "进出场费",
           "rate_mismatch": "单价不符", "damage_charge": "损坏赔偿"}
TICKET = {"breakdown_callout": "故障报修", "extension": "延期续租", "offhire_request": "报停退场",
          "billing_query": "账单咨询", "operator_issue": "操作手问题", "documents": "资料证书"}
INSPECT_BODY = {"SHA": "上海市特种设备监督检验技术研究院", "SZX": "深圳市特种设备安全检验研究院",
                "CKG": "重庆市特种设备检测研究院", "MEL": "WorkSafe-accredited inspector (CraneSafe)",
                "YVR": "Technical Safety BC accredited inspector", "SIN": "MOM Authorised Examiner"}


def pick(keys, p=None):
    keys = list(keys)
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return keys[rng.choice(len(keys), p=p)]


def u(a, b):
    return float(rng.uniform(a, b))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def at_hour(t, lo=7, hi=18):
    return t.replace(hour=int(rng.integers(lo, hi)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


def workday(t):
    """move to the next Monday..Saturday."""
    while t.weekday() == 6:
        t += D(days=1)
    return t


def season(depot, t):
    """construction activity by month (Chinese New Year lull, southern / northern winters)."""
    m = t.month
    if depot in CN:
        w = {1: 0.75, 2: 0.55, 3: 1.1, 4: 1.15, 5: 1.1, 6: 1.0, 7: 0.95, 8: 0.95, 9: 1.1, 10: 1.0, 11: 1.05, 12: 1.0}[m]
    elif depot == "MEL":
        w = {1: 0.7, 2: 1.0, 3: 1.1, 4: 1.0, 5: 1.0, 6: 0.9, 7: 0.85, 8: 0.95, 9: 1.05, 10: 1.1, 11: 1.15, 12: 0.8}[m]
    elif depot == "YVR":
        w = {1: 0.75, 2: 0.85, 3: 1.0, 4: 1.1, 5: 1.2, 6: 1.2, 7: 1.15, 8: 1.15, 9: 1.1, 10: 1.0, 11: 0.85,
             12: 0.7}[m]
    else:
        w = {1: 0.95, 2: 0.85, 3: 1.05, 4: 1.05, 5: 1.0, 6: 1.0, 7: 1.0, 8: 1.0, 9: 1.05, 10: 1.05, 11: 1.0,
             12: 0.95}[m]
    return w


def rand_time(depot, lo=START, hi=END - D(days=2)):
    span = (hi - lo).days
    while True:
        t = lo + D(days=u(0, span))
        if rng.random() < season(depot, t) / 1.25:
            return t


def weather_p(depot, t):
    """chance a wet-hire working day is lost to wind / rain / typhoon."""
    m = t.month
    if depot == "SZX":
        return 0.13 if m in (5, 6, 7, 8, 9) else 0.03
    if depot == "SHA":
        return 0.06 if m in (6, 7, 9) else 0.03
    if depot == "CKG":
        return 0.05 if m in (5, 6, 7) else 0.025
    if depot == "YVR":
        return 0.09 if m in (11, 12, 1, 2) else 0.025
    if depot == "MEL":
        return 0.07 if m in (6, 7, 8, 9) else 0.035
    return 0.05   # Singapore: afternoon thunderstorms all year


# ------------------------------------------------------------------ people
CN_CO = ["中建", "宏达", "华远", "鑫盛", "远大", "恒通", "金桥", "城建", "鼎盛", "万利", "天宇", "中天", "浦江", "鹏城",
         "山城", "长江", "建工", "华南", "东方", "正泰"]
CN_CO_SUF = {"main_contractor": "建设集团", "subcontractor": "机电安装公司", "steel_erector": "钢结构工程公司",
             "precast_installer": "装配式建筑公司", "facade": "幕墙装饰公司", "infrastructure": "路桥工程公司",
             "facilities": "物业服务公司", "event_staging": "会展服务公司"}
EN_CO = ["Hallmark", "Southbank", "Pacific", "Keystone", "Northshore", "Redline", "Ironbark", "Coastal", "Summit",
         "Harbourside", "Granite", "Lionsgate", "Marina", "Evergreen", "Bluestone", "Meridian", "Cornerstone",
         "Westgate", "Capstone", "Tiong"]
EN_CO_SUF = {"main_contractor": "Constructions", "subcontractor": "Mechanical Services", "steel_erector": "Steel Erectors",
             "precast_installer": "Precast Installations", "facade": "Facades", "infrastructure": "Civil",
             "facilities": "Facilities Management", "event_staging": "Event Staging"}


def make_customers():
    custs = []
    dep_keys = list(DEPOTS)
    dep_w = [DEPOTS[d][8] for d in dep_keys]
    n_exist, n_new = 720, 2650
    for i in range(n_exist + n_new):
        existing = i < n_exist
        dep = pick(dep_keys, dep_w)
        zh, en, rzh, ren, country, cur, fx, lvl, _ = DEPOTS[dep]
        ct = pick(CTYPES, CTYPE_P)
        if existing:
            signup = datetime(2015, 1, 1) + D(days=u(0, (START - datetime(2015, 1, 1)).days - 1))
            acq = pick(["tender_portal", "sales_rep", "website", "referral", "trade_show", "wechat"],
                       [0.18, 0.35, 0.15, 0.20, 0.07, 0.05 if dep in CN else 0.0])
            tier = pick(["key_account", "credit_account", "cash"], [0.18, 0.6, 0.22])
        else:
            signup = rand_time(dep)
            acq = None   # set from the first lead
            tier = pick(["credit_account", "cash"], [0.45, 0.55])
        signup = at_hour(signup, 8, 19)
        lang = "zh" if dep in CN else "en"
        if dep == "YVR" and rng.random() < 0.12:
            lang = "zh"
        if dep == "SIN" and rng.random() < 0.22:
            lang = "zh"
        if dep in CN:
            name = f"{DEPOTS[dep][0]}{CN_CO[int(rng.integers(len(CN_CO)))]}{CN_CO_SUF[ct]}"
        else:
            name = f"{EN_CO[int(rng.integers(len(EN_CO)))]} {EN_CO_SUF[ct]}"
            name += pick(["", " Pty Ltd", " Ltd", " Inc"], [0.3, 0.3 if dep == "MEL" else 0, 0.3, 0.3 if dep == "YVR" else 0])
        size = pick(["1-19", "20-99", "100-499", "500+"],
                    [0.1, 0.3, 0.35, 0.25] if ct in ("main_contractor", "infrastructure") else [0.35, 0.4, 0.2, 0.05])
        custs.append(dict(customer_id=f"K{i + 1:05d}", signup_at=signup, existing=existing, depot=dep, ctype=ct,
                          acq=acq, tier=tier, lang=lang, company=name, size=size,
                          account_manager=STAFF[dep][6][int(rng.integers(2))]))
    return custs


# ------------------------------------------------------------------ the world
EVENTS, ORDERS, FEEDBACK, TRUTH = [], [], [], []
N = {"ev": 0, "fb": 0, "ct": 0, "inv": 0, "io": 0, "q": 0, "tk": 0, "wq": 0, "td": 0}


def ev(c, t, tp, action, channel=None, device=None, session=None, **extra):
    if t > END:
        return None
    N["ev"] += 1
    row = dict(event_id=f"E{N['ev']:07d}", customer_id=c["customer_id"], ts=iso(t), touchpoint_id=tp,
               action=action, session_id=session, device=device, channel=channel,
               depot=DEPOTS[c["depot"]][1], **{"网点": DEPOTS[c["depot"]][0]})
    row.update(extra)
    EVENTS.append(row)
    return row


def fb(c, t, tp, channel, topic, sentiment, text, rating=None, nps=None, **extra):
    if t is not None and t > END:
        return
    N["fb"] += 1
    fid = f"FB{N['fb']:06d}"
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    depot = extra.pop("depot", None) or DEPOTS[c["depot"]][1]
    FEEDBACK.append(dict(feedback_id=fid, customer_id=c["customer_id"] if c else None,
                         ts=iso(t) if t is not None else None, touchpoint_id=tp, channel=channel, rating=rating,
                         nps=nps, text=text, language=lang, depot=depot, **extra))
    TRUTH.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment))


TEXT = {
    "standby_billing": {
        "zh": ["下雨天吊车根本没法干活，还照收待机费，这个不合理", "这个月账单里待机费占了快三分之一，签合同时没讲清楚",
               "台风停工三天也算待机费？合同写的是按实际作业台班结算", "对账发现待机费按全天算，我们现场记录只有半天",
               "待机费能不能按天气停工减半？每次结算都要扯皮", "雨季的待机费太狠了，下个项目要重新谈",
               "风大停吊是安全要求，凭什么我们出待机费"],
        "en": ["We were billed standby charges for three days the crane couldn't lift because of wind. Not happy.",
               "The invoice has standby charges we never agreed to, please review before we pay.",
               "Standby charges for rain days again. Our contract says weather days are shared.",
               "Almost half the invoice is standby charges, hard to justify to the client.",
               "Why are standby charges billed at a full day when the crew went home at 10am?",
               "Can someone explain the standby charges on last month's invoice? The site diary doesn't match."],
    },
    "standby_log": {
        "zh": ["台班单上把下午都记成待机了，是不是又要收待机费？", "司机把等料的时间也写成待机，月底待机费怎么算要先说好"],
        "en": ["The log sheet shows the whole afternoon as standby. Are we going to see standby charges for that?",
               "Operator wrote two hours of standby on the docket, please confirm no standby charge applies."],
    },
    "late_mobilisation": {
        "zh": ["吊车进场晚了一天半，钢结构班组白等", "约好早上七点，吊车进场晚了四个多小时，混凝土车都在排队",
               "塔吊进场晚了一个礼拜，整个节点全打乱了", "说是在办超限许可，进场晚了两天，也没提前通知我们",
               "进场晚了，打电话问调度一问三不知", "设备进场晚了，吊装窗口错过了，业主很有意见"],
        "en": ["The crane arrived late and we had a steel crew standing around all morning.",
               "Crane arrived late by a full day, no phone call, nothing.",
               "The 100t arrived late and we lost the pour window.",
               "Booked for 6am and it arrived late at 11. Need better communication from dispatch.",
               "Tower crane components arrived late for erection, pushed our programme by a week."],
    },
    "breakdown": {
        "zh": ["吊车干到一半趴窝了，液压漏油，等了半天维修", "履带吊又趴窝了，这个月第二次",
               "设备太老了，动不动就趴窝", "趴窝以后换车换了两天，停工损失谁来承担？", "塔吊回转趴窝，整层楼板吊不上去"],
        "en": ["Crawler broke down mid-lift, hydraulic hose went. Lost half a day.",
               "The crane broke down twice this week. Is anyone maintaining the fleet?",
               "Machine broke down and the replacement took two days to arrive.",
               "Boom lift broke down with two guys up at height, had to do an emergency lowering."],
    },
    "operator_praise": {
        "zh": ["司机师傅技术过硬，吊装很稳", "这次的司机师傅很专业，和信号工配合非常默契", "司机师傅很负责，每天开工前都认真检查",
               "点赞司机师傅，下次还要他来", "司机师傅经验丰富，狭窄场地也吊得很漂亮"],
        "en": ["The operator was brilliant, careful and quick and great with the dogman.",
               "Our operator was excellent and really knew the machine.",
               "Operator was top notch, please send him again on the next job.",
               "The operator was patient with our riggers and very safety-minded."],
    },
    "lift_plan_slow": {
        "zh": ["吊装方案迟迟出不来，耽误我们报监理", "方案迟迟没给，专家论证都排不上", "等方案迟迟等了一周多，差点换供应商"],
        "en": ["The lift plan took over a week, which held up our permit.",
               "Lift plan took forever, we nearly went with another supplier.",
               "Lift plan took so long the engineer had to sign off on the day."],
    },
    "price_high": {
        "zh": ["你们的台班价格太高，比别家贵了两成", "价格太高了，预算批不下来", "进出场费一加价格太高，小活不划算"],
        "en": ["Too expensive compared to the other quotes we got.", "Rates are too expensive for a job this size.",
               "With the mobilisation fee it's too expensive for a one-day lift."],
    },
    "inspection_report": {
        "zh": ["检查报告迟迟没给，监理不让开吊", "检查报告上写的缺陷和现场对不上", "整改完了检查报告还没更新，安全员天天催"],
        "en": ["Still waiting on the inspection report, the principal contractor won't let us lift.",
               "The inspection report listed defects that were already fixed.",
               "Can we get the inspection report emailed the same day please?"],
    },
    "invoice_error": {
        "zh": ["发票开错了单价，又得重开", "第二次发票开错抬头了，财务很头疼"],
        "en": ["The invoice was wrong, the rate didn't match our PO.", "Invoice was wrong again, wrong site and rate."],
    },
    "demob_delay": {
        "zh": ["报停后退场拖了五天，场地一直占着", "说好周五撤场，退场拖到下周三"],
        "en": ["The crane was still on site four days after we called it off hire.",
               "Still on site a week after off-hire, blocking our laydown area."],
    },
    "generic_pos": {
        "zh": ["整体服务不错，响应及时", "对接人很专业，沟通顺畅", "安全交底做得很到位", "合作多年，一直比较满意",
               "资料证件齐全，报审很顺利", "现场文明施工做得好", "和去年比服务有提升"],
        "en": ["Good service overall, will use again.", "Easy to deal with, paperwork was all in order.",
               "Happy with the job, the site team was professional.", "Great safety culture on site.",
               "Solid job, no complaints.", "Rigging crew were tidy and well organised."],
    },
    "generic_neu": {
        "zh": ["希望以后能提供更多大吨位的选择", "总体还行，有改进空间", "报价流程可以再简化一点", "希望开通电子对账"],
        "en": ["Would like more availability of the larger cranes.", "It was fine, room for improvement.",
               "An online portal for dockets would help.", "Average experience, nothing special."],
    },
    "generic_neg": {
        "zh": ["调度电话有时候打不通", "沟通效率一般，经常要反复确认", "项目经理换了三次，对接很乱"],
        "en": ["Communication could be better from the office.", "Dispatch was hard to reach some mornings.",
               "Too many handovers between your staff, we had to repeat everything."],
    },
    "lost_other": {
        "zh": ["项目推迟了，暂时不用", "业主改了方案，不需要这么大吨位", "总包自己有塔吊，不租了"],
        "en": ["Project got pushed back, no longer needed.", "Client changed the design, went with a smaller crane.",
               "Main contractor supplied their own crane in the end."],
    },
}
TOPIC_TP = {"standby_billing": "tp_invoice", "standby_log": "tp_daily_log", "late_mobilisation": "tp_mobilisation",
            "breakdown": "tp_daily_log", "operator_praise": "tp_daily_log", "lift_plan_slow": "tp_lift_plan",
            "price_high": "tp_quote", "inspection_report": "tp_safety_inspection", "invoice_error": "tp_invoice",
            "demob_delay": "tp_demobilisation"}
SENT = {"standby_billing": "negative", "standby_log": "negative", "late_mobilisation": "negative",
        "breakdown": "negative", "operator_praise": "positive", "lift_plan_slow": "negative", "price_high": "negative",
        "inspection_report": "negative", "invoice_error": "negative", "demob_delay": "negative",
        "generic_pos": "positive", "generic_neu": "neutral", "generic_neg": "negative", "lost_other": "neutral"}


def say(c, topic):
    texts = TEXT[topic][c["lang"]]
    return texts[int(rng.integers(len(texts)))]


def comment(c, t, topic, channel=None, tp=None, rating=None, **extra):
    if channel is None:
        channel = pick(["wechat_work", "call_note", "email"], [0.6, 0.25, 0.15]) if c["depot"] in CN else \
            pick(["email", "call_note", "google_review"], [0.45, 0.35, 0.2])
    if channel == "google_review" and rating is None:
        rating = {"positive": int(rng.choice([4, 5], p=[0.3, 0.7])), "neutral": 3}.get(
            SENT[topic], int(rng.choice([1, 2], p=[0.6, 0.4])))
    t_out = t
    fb(c, t_out, TOPIC_TP.get(topic) if tp is None else tp, channel, topic.replace("standby_log", "standby_billing"),
       SENT[topic], say(c, topic), rating=rating, respondent_role=extra.pop("role", pick(
           ["site_manager", "project_manager", "lift_supervisor", "procurement", "safety_officer"],
           [0.45, 0.2, 0.15, 0.1, 0.1])), **extra)


# ------------------------------------------------------------------ one job
def lead_event(c, t, source, channel, eq):
    dep = c["depot"]
    st = STAFF[dep]
    common = dict(equipment_type=eq, **{"设备类型": EQUIP[eq][0]})
    if source == "tender":
        N["td"] += 1
        return ev(c, t, "tp_tender", "invited", channel="email", tender_ref=f"T{t.year}-{N['td']:05d}",
                  tender_source=pick(["government_portal", "contractor_invitation", "private_portal"], [0.4, 0.45, 0.15]),
                  bid_due_days=int(rng.integers(7, 22)), project_type=pick(
                      ["high_rise", "infrastructure", "industrial", "commercial"], [0.35, 0.3, 0.15, 0.2]), **common)
    if source == "sales_call":
        kind = pick(["outbound_call", "inbound_call", "site_visit"], [0.45, 0.3, 0.25])
        return ev(c, t, "tp_sales_call", kind, channel="other" if kind == "site_visit" else "phone",
                  sales_rep=st[0][int(rng.integers(len(st[0])))], call_type=kind, **common)
    N["wq"] += 1
    dev = pick(["pc", "ios", "android"], [0.55, 0.2, 0.25] if channel in ("web", "ads") else [0.0, 0.45, 0.55])
    extra = {}
    if channel == "ads":
        extra = dict(ad_platform="baidu" if dep in CN else "google",
                     keyword=pick(["吊车出租", "汽车吊租赁", "高空作业车出租"] if dep in CN else
                                  ["crane hire near me", "scissor lift hire", "cherry picker hire", "mobile crane rental"]))
    return ev(c, t, "tp_web_quote", "submitted", channel=channel, device=dev, quote_request_ref=f"WQ{N['wq']:06d}",
              required_in_days=int(rng.integers(1, 21)), lift_weight_t=round(u(0.5, 40), 1) if "crane" in eq else None,
              **extra, **common)


P_STAGE = {  # survey, quote | survey, sign | quote
    "tender": (0.72, 0.95, 0.30), "sales_call": (0.80, 0.92, 0.62),
    "web": (0.74, 0.90, 0.52), "mini_program": (0.72, 0.90, 0.50), "app": (0.86, 0.95, 0.64),
    "ads": (0.22, 0.80, 0.34),
}


def job(c, t0, source, channel):
    """one opportunity: lead -> survey -> lift plan -> quote -> contract -> hire."""
    dep = c["depot"]
    st = STAFF[dep]
    zh, en, rzh, ren, country, cur, fx, lvl, _ = DEPOTS[dep]
    eqp = dict(EQ_P_CRANE_JOB)
    if source == "tender":
        eqp.update(tower_crane=0.35, crawler_crane=0.25, mobile_crane=0.25, boom_lift=0.08, scissor_lift=0.07)
    if c["ctype"] in ("facilities", "event_staging", "facade"):
        eqp.update(tower_crane=0.0, crawler_crane=0.01, mobile_crane=0.25, boom_lift=0.34, scissor_lift=0.4)
    eq = pick(eqp, list(eqp.values()))
    t0 = at_hour(t0, 7, 22 if source == "web" else 19)
    lead = lead_event(c, t0, source, channel, eq)
    if lead is None:
        return
    key = channel if source == "web" else source
    p_sv, p_q, p_s = P_STAGE[key]
    if c["existing"]:
        p_s = min(0.9, p_s + 0.1)
    if rng.random() > p_sv:
        if source == "web" and channel == "ads" and rng.random() < 0.08:
            comment(c, t0 + D(days=u(1, 5)), "price_high", channel="lost_quote_survey", tp="tp_web_quote")
        return
    # site survey
    t = at_hour(workday(t0 + D(days=u(1, 6) if source != "tender" else u(2, 12))), 8, 17)
    remote = eq in ("boom_lift", "scissor_lift") and rng.random() < 0.6
    if rng.random() < 0.08:
        ev(c, t, "tp_site_survey", "rescheduled", channel="other", surveyor=st[1][int(rng.integers(2))],
           reschedule_reason=pick(["site_not_accessible", "customer_request", "weather"]), equipment_type=eq,
           **{"设备类型": EQUIP[eq][0]})
        t = at_hour(workday(t + D(days=u(1, 4))), 8, 17)
    sv_t = t
    ev(c, t, "tp_site_survey", "video_survey" if remote else "on_site", channel="other",
       surveyor=st[1][int(rng.integers(2))], ground_condition=pick(["firm", "soft_needs_mats", "suspended_slab"],
                                                                   [0.7, 0.22, 0.08]),
       overhead_powerlines=pick(["yes", "no"], [0.12, 0.88]), access_issue=pick(["yes", "no"], [0.15, 0.85]),
       equipment_type=eq, **{"设备类型": EQUIP[eq][0]})
    if rng.random() > p_q:
        return
    cap_lo, cap_hi = EQUIP[eq][2]
    cap = int(round(cap_lo + (cap_hi - cap_lo) * rng.beta(1.4, 3.0)))
    # lift plan (cranes)
    if "crane" in eq:
        slow = dep == "YVR"
        days = int(rng.integers(4, 12)) if slow else int(rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5]))
        t = at_hour(workday(t + D(days=days)), 9, 18)
        cat = pick(["routine", "complex", "tandem"], [0.7, 0.25, 0.05] if eq == "mobile_crane" else [0.4, 0.5, 0.1])
        ev(c, t, "tp_lift_plan", "issued", channel="email", lift_engineer=st[2][int(rng.integers(len(st[2])))],
           plan_days=days, plan_category=cat, **{"方案类别": {"routine": "常规吊装", "complex": "复杂吊装",
                                                           "tandem": "双机抬吊"}[cat]},
           max_lift_t=round(cap * u(0.2, 0.75), 1) if eq != "tower_crane" else round(cap * u(0.5, 0.9), 1),
           radius_m=int(rng.integers(8, 45)), equipment_type=eq, **{"设备类型": EQUIP[eq][0]})
        if days >= 5 and rng.random() < 0.22:
            comment(c, t + D(days=u(0, 2)), "lift_plan_slow")
        if rng.random() < 0.12:
            t = at_hour(t + D(days=int(rng.integers(1, 3))), 9, 18)
            ev(c, t, "tp_lift_plan", "revised", channel="email", lift_engineer=st[2][0], plan_days=None,
               plan_category=cat, revision_reason=pick(["crane_position", "ground_bearing", "client_change"]),
               equipment_type=eq, **{"设备类型": EQUIP[eq][0]})
    # quote
    qd = int(rng.integers(0, 3))
    t = at_hour(workday(t + D(days=qd)), 9, 19)
    turnaround = (t.date() - sv_t.date()).days
    dur_lo, dur_hi = EQUIP[eq][5]
    est_days = int(round(dur_lo + (dur_hi - dur_lo) * rng.beta(1.2, 2.5)))
    r_lo, r_hi = EQUIP[eq][4]
    rate = (r_lo + (r_hi - r_lo) * (cap - cap_lo) / max(1, cap_hi - cap_lo)) * lvl * u(0.9, 1.1)
    if eq == "tower_crane":
        mob_fee = u(60000, 120000) * lvl
    elif eq == "crawler_crane":
        mob_fee = u(30000, 80000) * lvl
    elif eq == "mobile_crane":
        mob_fee = u(800, 3000) * lvl
    else:
        mob_fee = u(300, 900) * lvl
    wet = rng.random() < EQUIP[eq][6]
    value = rate * est_days * (1.0 if wet else 0.8) + mob_fee
    if source == "tender":
        value *= u(0.9, 0.97)
    N["q"] += 1
    ev(c, t, "tp_quote", "sent", channel="email", quote_id=f"Q{N['q']:06d}", estimator=st[3][0],
       quote_value_cny=round(value, 2), rate_basis="monthly" if eq == "tower_crane" else "daily",
       hire_basis="wet" if wet else "dry", **{"租赁方式": "带操作手" if wet else "光租"},
       est_hire_days=est_days, quote_turnaround_days=turnaround, capacity=cap, capacity_unit=EQUIP[eq][3],
       equipment_type=eq, **{"设备类型": EQUIP[eq][0]})
    if rng.random() > p_s:
        if rng.random() < 0.3:
            topic = "price_high" if rng.random() < 0.55 else "lost_other"
            comment(c, t + D(days=u(5, 20)), topic, channel="lost_quote_survey", tp="tp_quote")
        return
    # contract
    t = at_hour(t + D(days=u(7, 35) if source == "tender" else u(1, 12)), 9, 19)
    if t > END:
        return
    N["ct"] += 1
    cid = f"HC-{dep}-{N['ct']:05d}"
    model = EQUIP[eq][1][int(rng.integers(len(EQUIP[eq][1])))]
    if dep in CN and model.startswith(("Franna", "Skyjack")):
        model = EQUIP[eq][1][0]
    if dep not in CN and model.startswith("Dingli") and rng.random() < 0.5:
        model = EQUIP[eq][1][0]
    terms = "cod" if c["tier"] == "cash" else pick(["30_days", "60_days"], [0.6, 0.4])
    if c["ctype"] == "main_contractor" and terms != "cod":
        terms = pick(["60_days", "pay_when_paid"], [0.5, 0.5])
    fleet_no = f"{dep}-{''.join(w[0] for w in eq.split('_')).upper()}-{int(rng.integers(1, 60)):03d}"
    common = dict(contract_id=cid, equipment_type=eq, **{"设备类型": EQUIP[eq][0]}, fleet_no=fleet_no, model=model)
    ev(c, t, "tp_contract", "signed", channel="other", capacity=cap, capacity_unit=EQUIP[eq][3],
       hire_basis="wet" if wet else "dry", **{"租赁方式": "带操作手" if wet else "光租"}, est_hire_days=est_days,
       contract_value_cny=round(value, 2), payment_terms=terms,
       contract_channel=pick(["e_sign", "paper"], [0.6, 0.4]), **common)
    con_t = t
    cancelled = rng.random() < 0.035
    order = dict(order_id=f"OH{N['ct']:06d}", customer_id=c["customer_id"], ts=iso(con_t), amount=round(value, 2),
                 status="cancelled" if cancelled else "paid", order_type="hire", **{"订单类型": "租赁"},
                 depot=en, **{"网点": zh}, currency=cur, amount_local=round(value / fx, 2), contract_id=cid,
                 equipment_type=eq, **{"设备类型": EQUIP[eq][0]}, hire_basis="wet" if wet else "dry",
                 payment_terms=terms, channel=None)
    ORDERS.append(order)
    if cancelled:
        return True
    # mobilisation
    lead_days = u(7, 25) if eq == "tower_crane" else u(1, 10)
    promised = workday(con_t + D(days=lead_days)).replace(hour=7, minute=0, second=0)
    p_late = 0.07
    reasons = [0.25, 0.22, 0.1, 0.25, 0.1, 0.08]
    if eq in ("tower_crane", "crawler_crane"):
        p_late, reasons = 0.12, [0.3, 0.15, 0.25, 0.2, 0.05, 0.05]
    if dep == "SHA" and CIIE[0] <= promised < CIIE[1]:
        p_late, reasons = (0.72 if eq in ("mobile_crane", "crawler_crane", "tower_crane") else 0.45), \
            [0.82, 0.04, 0.04, 0.06, 0.02, 0.02]
    if dep == "SZX" and promised.month in (7, 8, 9):
        reasons = [0.15, 0.15, 0.1, 0.2, 0.35, 0.05]
    late = rng.random() < p_late
    days_late = int(rng.choice([1, 1, 1, 2, 2, 3, 4, 6])) if late else 0
    if late and dep == "SHA" and CIIE[0] <= promised < CIIE[1]:
        days_late = int(rng.integers(2, 9))
    reason = pick(DELAY, reasons) if late else None
    mob_t = at_hour(promised + D(days=days_late), 6, 12)
    crew = st[5][int(rng.integers(len(st[5])))]
    ev(c, mob_t, "tp_mobilisation", "late" if late else "on_time", channel="other", promised_date=promised.date().isoformat(),
       days_late=days_late, delay_reason=reason, **{"延误原因": DELAY[reason] if reason else None},
       transport_loads=int(rng.integers(8, 16)) if eq == "tower_crane" else (
           int(rng.integers(3, 9)) if eq == "crawler_crane" else 1),
       escort_required="yes" if eq in ("crawler_crane", "tower_crane") or cap > 100 else "no",
       erection_days=int(rng.integers(2, 5)) if eq == "tower_crane" else None, **common)
    if late and rng.random() < (0.35 if days_late >= 2 else 0.18):
        comment(c, mob_t + D(hours=u(2, 60)), "late_mobilisation")
    start_t = mob_t + D(days=int(rng.integers(2, 5)) if eq == "tower_crane" else 0)
    # inspections: pre-use at start, statutory for towers / crawlers, weekly for towers, monthly otherwise
    insp_plan = [(start_t, "pre_use")]
    if eq in ("tower_crane", "crawler_crane"):
        insp_plan.append((start_t + D(days=1), "statutory"))
    actual_days = max(1, int(round(est_days * u(0.8, 1.45))))
    end_t = start_t + D(days=actual_days)
    step = 7 if eq == "tower_crane" else 30
    k = start_t + D(days=step)
    while k < end_t:
        insp_plan.append((k, "weekly" if step == 7 else "monthly"))
        k += D(days=step)
    for it, ityp in insp_plan:
        inspection(c, it, ityp, eq, common)
    # daily logs (wet hires), standby, breakdowns
    standby_by_month, hours_by_month = {}, {}
    operator = crew
    praise_p = 0.10 if operator in (st[5][0], st[5][1]) else 0.035
    if wet:
        day = start_t.replace(hour=0, minute=0, second=0)
        any_break = False
        while day < end_t and day <= END:
            if day.weekday() == 6 or (day.weekday() == 5 and rng.random() < 0.5):
                day += D(days=1)
                continue
            br_p = {"crawler_crane": 0.06, "mobile_crane": 0.018, "tower_crane": 0.012}.get(eq, 0.02)
            r = rng.random()
            wp = weather_p(dep, day)
            if r < br_p:
                act = "breakdown"
            elif r < br_p + wp:
                act = "weather_standby"
            elif r < br_p + wp + 0.02:
                act = "site_idle"
            else:
                act = "worked"
            t = day.replace(hour=int(rng.integers(16, 20)), minute=int(rng.integers(0, 60)))
            hw = {"worked": round(u(6, 10.5), 1), "breakdown": round(u(0, 4), 1), "weather_standby": 0.0,
                  "site_idle": 0.0}[act]
            sb = {"weather_standby": round(u(4, 9), 1), "site_idle": round(u(3, 8), 1)}.get(act, 0.0)
            btype = None
            if act == "breakdown":
                btype = pick(BREAK, [0.5, 0.12, 0.12, 0.06, 0.05, 0.15] if eq == "crawler_crane" else
                             [0.22, 0.25, 0.28, 0.13, 0.12, 0.0] if eq != "tower_crane" else
                             [0.1, 0.0, 0.35, 0.25, 0.3, 0.0])
                any_break = True
            app = (dep in CN and rng.random() < 0.9) or (dep not in CN and rng.random() < 0.7)
            ev(c, t, "tp_daily_log", act, channel="app" if app else "other", device="android" if app else None,
               session_id=cid, operator=operator, hours_worked=hw, standby_hours=sb,
               lifts_count=int(rng.integers(4, 60)) if act == "worked" else 0,
               downtime_hours=round(u(3, 9), 1) if act == "breakdown" else 0.0,
               breakdown_type=btype, **{"故障类型": BREAK[btype] if btype else None},
               wind_speed_ms=round(u(12, 22), 1) if act == "weather_standby" else None,
               log_source="operator_app" if app else "paper_docket",
               signed_by_site=pick(["yes", "no"], [0.92, 0.08]), **common)
            mkey = (t.year, t.month)
            standby_by_month[mkey] = standby_by_month.get(mkey, 0.0) + (sb if act == "weather_standby" else 0.0)
            hours_by_month[mkey] = hours_by_month.get(mkey, 0.0) + hw
            if act == "breakdown":
                if rng.random() < 0.2:
                    comment(c, t + D(hours=u(0.5, 30)), "breakdown")
                if rng.random() < 0.7:
                    hire_desk(c, t - D(hours=u(2, 8)), "breakdown_callout", common)
            if act == "weather_standby" and rng.random() < 0.008:
                comment(c, t + D(hours=u(1, 20)), "standby_log")
            if act == "worked" and rng.random() < praise_p / 8:
                comment(c, t + D(hours=u(1, 40)), "operator_praise")
            day += D(days=1)
    else:
        if rng.random() < 0.05 and start_t + D(days=2) < end_t:
            hire_desk(c, start_t + D(days=u(1, max(1.5, actual_days - 1))), "breakdown_callout", common)
    # hire desk calls
    if rng.random() < 0.25:
        hire_desk(c, start_t + D(days=u(0, actual_days)), pick(["extension", "documents", "operator_issue"],
                                                               [0.6, 0.25, 0.15]), common)
    ongoing = end_t > END
    if not ongoing:
        if rng.random() < 0.6:
            hire_desk(c, end_t - D(days=u(0.5, 3)), "offhire_request", common)
        # demobilisation
        p_dl = 0.09 if eq in ("tower_crane", "crawler_crane") else 0.05
        dl = rng.random() < p_dl
        dl_days = int(rng.choice([1, 2, 2, 3, 5])) if dl else 0
        demob_t = at_hour(end_t + D(days=dl_days), 7, 17)
        if ev(c, demob_t, "tp_demobilisation", "late" if dl else "on_time", channel="other",
              planned_offhire=end_t.date().isoformat(), days_late=dl_days, hire_days=actual_days + dl_days,
              dismantle_days=int(rng.integers(2, 4)) if eq == "tower_crane" else None, **common) is None:
            ongoing = True
        elif dl and rng.random() < 0.3:
            comment(c, demob_t + D(days=u(0, 2)), "demob_delay")
    if ongoing:
        demob_t = END + D(days=1)
    # invoices: monthly for hires over a month, final after demob
    inv_times = []
    if actual_days > 31:
        k = start_t + D(days=30)
        while k < demob_t and k < END:
            inv_times.append(k)
            k += D(days=30)
    if not ongoing:
        inv_times.append(demob_t + D(days=u(1, 5)))
    unpaid_any = ongoing
    per_inv = value / max(1, len(inv_times) + (1 if ongoing else 0))
    for it in inv_times:
        it = at_hour(workday(it), 9, 18)
        N["inv"] += 1
        mkey = ((it - D(days=15)).year, (it - D(days=15)).month)
        sb_h = round(standby_by_month.get(mkey, 0.0), 1) if wet else 0.0
        sb_amt = round(sb_h * rate / 9 * 0.5, 2)
        ot_h = round(u(0, 12), 1) if wet and rng.random() < 0.3 else 0.0
        inv_amt = round(per_inv + sb_amt, 2)
        inv_no = f"INV-{dep}-{N['inv']:06d}"
        r = ev(c, it, "tp_invoice", "invoiced", channel="email", invoice_no=inv_no, invoice_cny=inv_amt,
               standby_hours_billed=sb_h, standby_amount_cny=sb_amt, overtime_hours=ot_h, **common)
        if r is None:
            unpaid_any = True
            continue
        disputed = False
        p_d = 0.04 + (0.30 if sb_h > 8 else 0.12 if sb_h > 0 else 0.0)
        if rng.random() < p_d:
            if sb_h > 0 and rng.random() < 0.8:
                dr = "standby_charges"
            else:
                dr = pick(["overtime_hours", "mobilisation_fee", "rate_mismatch", "damage_charge"],
                          [0.3 if ot_h else 0.05, 0.3, 0.3, 0.1])
            dt = at_hour(it + D(days=u(2, 15)), 9, 18)
            if ev(c, dt, "tp_invoice", "disputed", channel="email", invoice_no=inv_no, dispute_reason=dr,
                  **{"争议原因": DISPUTE[dr]}, invoice_cny=inv_amt, standby_hours_billed=sb_h, **common):
                disputed = True
                if dr == "standby_charges" and rng.random() < 0.55:
                    comment(c, dt + D(hours=u(0, 30)), "standby_billing", channel=pick(
                        ["email", "call_note", "wechat_work" if dep in CN else "email"]))
                elif dr == "rate_mismatch" and rng.random() < 0.35:
                    comment(c, dt + D(hours=u(0, 30)), "invoice_error")
        elif sb_h > 0 and rng.random() < 0.07:
            comment(c, it + D(days=u(1, 10)), "standby_billing")
        # payment
        if c["ctype"] == "main_contractor":
            dtp = int(rng.gamma(6, 12))
        elif terms == "cod":
            dtp = int(rng.gamma(2, 4))
        else:
            dtp = int(rng.gamma(5, 7))
        if disputed:
            dtp += int(rng.integers(10, 40))
        pt = at_hour(workday(it + D(days=dtp)), 9, 17)
        if pt > END:
            unpaid_any = True
            continue
        ev(c, pt, "tp_payment", "paid", channel="other", invoice_no=inv_no, days_to_pay=(pt.date() - it.date()).days,
           amount_paid_cny=inv_amt, payment_method=pick(["bank_transfer", "acceptance_bill", "card"],
                                                        [0.75, 0.2, 0.05] if dep in CN else [0.9, 0.0, 0.1]),
           **common)
    if unpaid_any:
        order["status"] = "unpaid"
    # post-hire survey
    if not ongoing and rng.random() < 0.32:
        probs = [0.03, 0.05, 0.15, 0.4, 0.37]
        if late:
            probs = [0.15, 0.3, 0.3, 0.15, 0.1]
        r_ = int(rng.choice([1, 2, 3, 4, 5], p=probs))
        topic = "generic_pos" if r_ >= 4 else "generic_neu" if r_ == 3 else "generic_neg"
        if late and r_ <= 2 and rng.random() < 0.5:
            topic = "late_mobilisation"
        if r_ >= 4 and wet and rng.random() < 0.25:
            topic = "operator_praise"
        fb(c, demob_t + D(days=u(2, 10)), "tp_demobilisation" if topic.startswith("generic") else TOPIC_TP[topic],
           "post_hire_survey", topic, SENT[topic], say(c, topic), rating=r_, contract_id=cid,
           respondent_role=pick(["site_manager", "project_manager", "lift_supervisor"], [0.6, 0.3, 0.1]))
    return True


def inspection(c, t, ityp, eq, common, owned=False):
    dep = c["depot"]
    st = STAFF[dep]
    t = at_hour(workday(t), 8, 16)
    p_fail = {"pre_use": 0.05, "weekly": 0.05, "monthly": 0.06, "statutory": 0.08, "customer_owned": 0.14}[ityp]
    dw = [0.14, 0.05, 0.2, 0.1, 0.15, 0.2, 0.04, 0.12]
    if eq == "tower_crane":
        dw = [0.25, 0.2, 0.0, 0.15, 0.15, 0.05, 0.1, 0.1]
    if dep == "CKG" and eq in ("tower_crane", "crawler_crane", "mobile_crane"):
        p_fail *= 3.2
        dw = [0.2, 0.55, 0.05, 0.05, 0.05, 0.03, 0.05, 0.02] if eq == "tower_crane" else \
            [0.45, 0.0, 0.25, 0.1, 0.05, 0.1, 0.0, 0.05]
    fail = rng.random() < p_fail
    dtype = pick(DEFECT, dw) if fail else None
    third = ityp in ("statutory", "customer_owned")
    r = ev(c, t, "tp_safety_inspection", "fail" if fail else "pass", channel="other", inspection_type=ityp,
           **{"检查类型": ITYPE[ityp]}, inspector=INSPECT_BODY[dep] if third else st[4][int(rng.integers(2))],
           defect_type=dtype, **{"缺陷类型": DEFECT[dtype] if dtype else None},
           rectify_hours=round(u(2, 48), 1) if fail else None, equipment_owner="customer" if owned else "skypeak",
           **common)
    if r is None:
        return
    if fail and rng.random() < 0.07:
        comment(c, t + D(days=u(1, 6)), "inspection_report")
    if third:
        zh, en, rzh, ren, country, cur, fx, lvl, _ = DEPOTS[dep]
        fee = u(1800, 4500) * lvl if ityp == "statutory" else u(900, 2600) * lvl
        if eq == "tower_crane":
            fee *= 1.6
        N["io"] += 1
        status = "paid"
        if t > END - D(days=40) and rng.random() < 0.6:
            status = "unpaid"
        elif rng.random() < 0.03:
            status = "cancelled"
        ORDERS.append(dict(order_id=f"OI{N['io']:06d}", customer_id=c["customer_id"], ts=iso(t), amount=round(fee, 2),
                           status=status, order_type="inspection", **{"订单类型": "检验"}, depot=en, **{"网点": zh},
                           currency=cur, amount_local=round(fee / fx, 2), contract_id=common.get("contract_id"),
                           equipment_type=eq, **{"设备类型": EQUIP[eq][0]}, hire_basis=None, payment_terms=None,
                           channel=None, inspection_type=ityp))


def hire_desk(c, t, cat, common):
    t = at_hour(t, 7, 20)
    N["tk"] += 1
    ch = pick(["phone", "mini_program", "email"], [0.6, 0.3, 0.1]) if c["depot"] in CN else \
        pick(["phone", "email", "app"], [0.65, 0.25, 0.1])
    hrs = round(float(rng.gamma(2, 2.5 if cat == "breakdown_callout" else 8)), 1)
    ev(c, t, "tp_hire_desk", "ticket_closed" if rng.random() < 0.96 else "ticket_open", channel=ch,
       ticket_no=f"TK{N['tk']:06d}", ticket_category=cat, **{"问题类别": TICKET[cat]}, resolution_hours=hrs,
       contract_id=common.get("contract_id"), equipment_type=common.get("equipment_type"),
       **{"设备类型": common.get("设备类型")})


# ------------------------------------------------------------------ generate
def main(out: Path) -> None:
    custs = make_customers()
    for c in custs:
        dep = c["depot"]
        if c["existing"]:
            rate = {"key_account": 6.0, "credit_account": 2.2, "cash": 0.9}[c["tier"]]
            n = int(rng.poisson(rate * 1.83))
            starts = sorted(rand_time(dep) for _ in range(n))
            signed = 0
            for s in starts:
                src = pick(["sales_call", "web", "tender"], [0.58, 0.27, 0.15])
                ch = pick(["web", "app", "mini_program"] if dep in CN else ["web", "app"],
                          [0.35, 0.4, 0.25] if dep in CN else [0.5, 0.5]) if src == "web" else None
                if job(c, s, src, ch):
                    signed += 1
            c["contracts"] = signed
            if rng.random() < 0.12:   # inspections of their own cranes
                for _ in range(int(rng.integers(1, 4))):
                    eq = pick(["mobile_crane", "crawler_crane", "tower_crane"], [0.6, 0.15, 0.25])
                    inspection(c, rand_time(dep), "customer_owned", eq, dict(equipment_type=eq,
                                                                             **{"设备类型": EQUIP[eq][0]}), owned=True)
        else:
            src = pick(["tender", "sales_call", "web"], [0.13, 0.27, 0.60])
            ch = None
            if src == "web":
                ch = pick(["web", "mini_program", "ads"], [0.42, 0.26, 0.32]) if dep in CN else \
                    pick(["web", "ads"], [0.62, 0.38])
            c["acq"] = {"tender": "tender_portal", "sales_call": "sales_rep", "web": {
                "web": "website", "mini_program": "wechat", "ads": "paid_search"}.get(ch)}[src]
            if src == "sales_call" and rng.random() < 0.3:
                c["acq"] = "referral"
            signed = 1 if job(c, c["signup_at"], src, ch) else 0
            if signed:
                t = c["signup_at"]
                while True:
                    t = t + D(days=u(30, 200))
                    if t > END - D(days=3) or rng.random() < 0.4:
                        break
                    src2 = pick(["sales_call", "web"], [0.6, 0.4])
                    if job(c, t, src2, "app" if src2 == "web" and rng.random() < 0.5 else ("web" if src2 == "web" else None)):
                        signed += 1
            c["contracts"] = signed
    # NPS waves
    for wave, t0, boost in (("2025-06", datetime(2025, 6, 9), {}),
                            ("2025-12", datetime(2025, 12, 8), {"SHA": -0.35}),
                            ("2026-06", datetime(2026, 6, 8), {"YVR": -0.3, "SHA": -0.05})):
        pool = [c for c in custs if c.get("contracts", 0) > 0 or c["existing"]]
        for c in pool:
            if rng.random() > 0.3:
                continue
            base = {"SHA": 0.15, "SZX": 0.1, "CKG": 0.05, "MEL": 0.2, "YVR": 0.05, "SIN": 0.18}[c["depot"]]
            mood = base + boost.get(c["depot"], 0.0) + (0.1 if c["tier"] == "key_account" else 0)
            x = rng.random()
            if x < 0.35 + mood:
                s = int(rng.choice([9, 10], p=[0.55, 0.45]))
            elif x < 0.35 + mood + 0.3:
                s = int(rng.choice([7, 8]))
            else:
                s = int(rng.choice([2, 3, 4, 5, 6], p=[0.1, 0.15, 0.2, 0.25, 0.3]))
            t = at_hour(t0 + D(days=u(0, 12)), 8, 21)
            if rng.random() < 0.55:
                topic = "generic_pos" if s >= 9 else "generic_neu" if s >= 7 else "generic_neg"
                if s <= 6 and c["depot"] == "SHA" and wave == "2025-12" and rng.random() < 0.45:
                    topic = "late_mobilisation"
                if s <= 6 and c["depot"] == "YVR" and wave == "2026-06" and rng.random() < 0.4:
                    topic = "lift_plan_slow"
                text, tp, sent = say(c, topic), TOPIC_TP.get(topic), SENT[topic]
            else:
                topic, tp, sent = "blank", None, "neutral"
                text = "（未填写）" if c["lang"] == "zh" else "(no comment)"
            fb(c, t, tp, "nps_survey", topic, sent, text, nps=s, survey_wave=wave,
               respondent_role=pick(["project_manager", "procurement", "site_manager"], [0.5, 0.3, 0.2]))
    # general comments through the period (WeChat Work groups, Google reviews)
    for c in custs:
        if c.get("contracts", 0) == 0 or rng.random() > 0.25:
            continue
        topic = pick(["generic_pos", "generic_neu", "generic_neg"], [0.5, 0.3, 0.2])
        comment(c, rand_time(c["depot"], START + D(days=20)), topic, tp=None)
    # paper site-visit forms: no date
    for _ in range(160):
        c = custs[int(rng.integers(len(custs)))]
        while c.get("contracts", 0) == 0:
            c = custs[int(rng.integers(len(custs)))]
        topic = pick(["generic_pos", "generic_neu", "generic_neg", "operator_praise", "breakdown"],
                     [0.35, 0.25, 0.15, 0.17, 0.08])
        r_ = {"positive": int(rng.choice([4, 5])), "neutral": 3}.get(SENT[topic], int(rng.choice([1, 2, 3])))
        fb(c if rng.random() < 0.7 else None, None, TOPIC_TP.get(topic), "site_visit_form", topic, SENT[topic],
           say(c, topic), rating=r_, respondent_role="site_manager", depot=DEPOTS[c["depot"]][1])
    write(out, custs)


def write(out: Path, custs) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols=None, path=None):
        if cols is None:
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols:
                        cols.append(k)
        with open(path or out / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                           touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])])
    rows = []
    for c in custs:
        dep = c["depot"]
        n = c.get("contracts", 0)
        if n == 0:
            seg = "dormant" if c["existing"] else "prospect"
        elif c["tier"] == "key_account":
            seg = "key_account"
        elif n == 1 and not c["existing"]:
            seg = "new"
        else:
            seg = "returning"
        credit = {"key_account": 2_000_000, "credit_account": 500_000, "cash": 0}[c["tier"]]
        rows.append(dict(customer_id=c["customer_id"], signup_at=iso(c["signup_at"]), segment=seg,
                         region=DEPOTS[dep][3], **{"区域": DEPOTS[dep][2]}, city=DEPOTS[dep][1],
                         **{"城市": DEPOTS[dep][0]}, acquisition_channel=c["acq"], **{"获客渠道": ACQ[c["acq"]]},
                         tier=c["tier"], customer_type=c["ctype"], **{"客户类型": CTYPES[c["ctype"]]},
                         company_name=c["company"], company_size=c["size"], credit_limit_cny=credit,
                         preferred_language=c["lang"], account_manager=c["account_manager"] if c["existing"] or n else "",
                         contracts_in_period=n))
    dump("customers", rows)
    # a few daily logs re-exported twice by the operator app sync (exact duplicates)
    logs = [e for e in EVENTS if e["touchpoint_id"] == "tp_daily_log"]
    dups = [logs[int(i)] for i in rng.choice(len(logs), 45, replace=False)]
    evs = sorted(EVENTS + dups, key=lambda e: (e["ts"], e["event_id"]))
    dump("events", evs)
    dump("orders", sorted(ORDERS, key=lambda o: o["ts"]))
    dump("feedback", FEEDBACK)
    dump("feedback_truth", TRUTH, path=out / "_truth" / "feedback_truth.csv")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
