"""海鸿修船 Haihong Ship Repair: a ship repair yard group serving fishing fleets, ferries and workboats (synthetic,
written blind).

Five yards: 舟山沈家门 Zhoushan Shenjiamen and 湛江霞山 Zhanjiang Xiashan (China, CNY), Fremantle (Western Australia, AUD),
Auckland (New Zealand, NZD) and Falmouth (Cornwall, UK, GBP). One customer = one vessel-owner account (a fishing company,
an owner-operator skipper, a ferry operator, a workboat / tug operator or a public agency) owning one or more vessels.

A repair job (session_id = job number) starts with an owner enquiry (修船询价) or a class survey request (检验申请), then
a hull inspection afloat (船体检查), a repair quote (维修报价), a dry-dock booking (坞期预订, sometimes cancelled), docking
(进坞), repair works by work package (维修施工), change orders for extra work found in dock (追加工程), weekly progress
reports to the owner (进度通报), a sea trial (试航, re-run after a failure), redelivery (出坞交船), the final invoice
(开票结算) and the payment (回款); warranty claims (保修索赔) come months later. Dockings, change orders and invoices are
also rows of `orders` (amount in USD at fixed group rates; amount_local + currency kept).

Data 2024-07-01 .. 2026-06-30 (extract taken early July 2026). Naive local time of each yard.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
SHAFT_BAD = (datetime(2025, 11, 1), datetime(2025, 12, 1))   # Chinese yards: new shaft-alignment subcontractor
HAIDUN = (datetime(2025, 3, 1), datetime(2025, 9, 1))        # Zhanjiang trial of a cheap antifouling (海盾 HaiDun)
EXP = (datetime(2026, 1, 5), datetime(2026, 4, 30, 23, 59))   # quote follow-up call test (Fremantle, Auckland, Falmouth)
USD = {"CNY": 0.14, "AUD": 0.66, "NZD": 0.60, "GBP": 1.27}

YARDS = {  # id: zh, en, country, currency, share of customers, account managers (en, zh), project managers, estimators
    "ZS": ("舟山沈家门修船厂", "Zhoushan Shenjiamen Yard", "CN", "CNY", 520,
           [("Wang Haitao", "王海涛"), ("Chen Li", "陈丽")], ["周建国", "孙伟", "叶海明"], ["何志远", "方敏"]),
    "ZJ": ("湛江霞山修船厂", "Zhanjiang Xiashan Yard", "CN", "CNY", 380,
           [("Huang Zhiqiang", "黄志强"), ("Lin Xiaoyan", "林小燕")], ["梁国强", "吴振华"], ["陈伟杰"]),
    "FR": ("弗里曼特尔船厂", "Fremantle Yard", "AU", "AUD", 270,
           [("Mark Dawson", "Mark Dawson"), ("Priya Nair", "Priya Nair")], ["Greg Holloway", "Dean Kovac"],
           ["Sam Whitely"]),
    "AK": ("奥克兰船厂", "Auckland Yard", "NZ", "NZD", 230,
           [("Tama Ngata", "Tama Ngata"), ("Sophie Clarke", "Sophie Clarke")], ["Rob McKenzie", "Aroha Parata"],
           ["Liam Fraser"]),
    "FM": ("法尔茅斯船厂", "Falmouth Yard", "UK", "GBP", 250,
           [("James Trevithick", "James Trevithick"), ("Laura Penrose", "Laura Penrose")],
           ["Nick Pascoe", "Helen Rowe"], ["Tom Carne"]),
}
PORTS = {
    "ZS": [("舟山沈家门", "Shenjiamen, Zhoushan"), ("宁波石浦", "Shipu, Ningbo"), ("台州温岭", "Wenling, Taizhou"),
           ("温州", "Wenzhou"), ("舟山岱山", "Daishan, Zhoushan")],
    "ZJ": [("湛江", "Zhanjiang"), ("北海", "Beihai"), ("阳江闸坡", "Zhapo, Yangjiang"), ("海口", "Haikou")],
    "FR": [("弗里曼特尔", "Fremantle"), ("杰拉尔顿", "Geraldton"), ("奥尔巴尼", "Albany"), ("林肯港", "Port Lincoln")],
    "AK": [("奥克兰", "Auckland"), ("陶朗加", "Tauranga"), ("纳尔逊", "Nelson"), ("旺格雷", "Whangarei")],
    "FM": [("法尔茅斯", "Falmouth"), ("纽林", "Newlyn"), ("普利茅斯", "Plymouth"), ("布里克瑟姆", "Brixham")],
}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "修船询价", "Repair enquiry", "awareness", "phone", "digital", "sales",
     "询价|报修|咨询|修船咨询|问价|repair enquiry|enquiry|inquiry|repair request|RFQ"),
    ("tp_survey_request", "检验申请", "Survey request", "awareness", "email", "digital", "sales",
     "船检|检验|年检|特检|坞检|中间检验|survey request|class survey|special survey|annual survey|docking survey"),
    ("tp_hull_inspection", "船体检查", "Hull inspection", "consideration", "other", "physical", "estimating",
     "验船|勘验|上船查看|潜水检查|测厚|hull inspection|hull survey|pre-docking inspection|diver inspection|UT gauging"),
    ("tp_quote", "维修报价", "Repair quote", "consideration", "email", "digital", "estimating",
     "报价|报价单|估价|修理报价|quote|quotation|estimate|repair quote|tender"),
    ("tp_dock_booking", "坞期预订", "Dry-dock booking", "purchase", "phone", "digital", "planning",
     "订坞|排坞|坞期|预约进坞|签合同|dock booking|dry-dock booking|slot booking|booking|dock slot"),
    ("tp_docking", "进坞", "Docking", "service", "other", "physical", "dock_ops",
     "进坞|上排|上坞|坐坞|docking|dry-docking|haul-out|slipping|lift"),
    ("tp_repair_works", "维修施工", "Repair works", "service", "other", "physical", "production",
     "施工|修理|维修工程|喷砂油漆|换板|repair works|work package|repairs|hull works|refit"),
    ("tp_change_order", "追加工程", "Change order", "service", "email", "digital", "project_management",
     "追加|加项|变更单|增项|额外工程|change order|variation|extra work|additional works|CO"),
    ("tp_progress_report", "进度通报", "Progress report", "service", "email", "digital", "project_management",
     "进度|周报|进度报告|施工进度|progress report|weekly report|status update|progress update"),
    ("tp_sea_trial", "试航", "Sea trial", "service", "other", "physical", "production",
     "试航|试车|航行试验|系泊试验|sea trial|trials|river trial|test run"),
    ("tp_redelivery", "出坞交船", "Redelivery", "service", "other", "physical", "dock_ops",
     "出坞|交船|下水|完工交船|redelivery|undocking|handover|delivery|refloat"),
    ("tp_invoice", "开票结算", "Final invoice", "purchase", "email", "digital", "finance",
     "发票|账单|结算|结算单|开票|invoice|final invoice|bill|settlement"),
    ("tp_payment", "回款", "Payment received", "purchase", "other", "digital", "finance",
     "付款|回款|收款|到账|结清|payment|payment received|settled|remittance"),
    ("tp_warranty_claim", "保修索赔", "Warranty claim", "loyalty", "email", "digital", "quality",
     "保修|索赔|质保|返修|质量问题|warranty|warranty claim|guarantee claim|claim|rework"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("repair_enquiry", "询价到进坞", "Enquiry to docking",
     ["tp_enquiry", "tp_hull_inspection", "tp_quote", "tp_dock_booking", "tp_docking"], 60),
    ("survey_docking", "检验坞修", "Survey to docking",
     ["tp_survey_request", "tp_hull_inspection", "tp_quote", "tp_dock_booking", "tp_docking"], 90),
    ("dock_to_delivery", "进坞到交船", "Docking to redelivery",
     ["tp_docking", "tp_repair_works", "tp_sea_trial", "tp_redelivery"], 60),
    ("invoice_to_cash", "结算回款", "Invoice to cash", ["tp_invoice", "tp_payment"], 60),
]

SEGMENTS = {  # id: zh
    "fishing_company": "渔业公司", "owner_operator": "个体船东", "ferry_operator": "客渡运公司",
    "workboat_operator": "工作船公司", "public_agency": "公务船单位"}
CHANNELS = {"referral": "船东介绍", "class_surveyor": "船检推荐", "broker": "船舶代理", "marketplace": "修船比价平台",
            "wechat": "微信公众号", "website": "官网", "trade_show": "渔业展会"}
TIERS = {"single_vessel": "单船", "small_fleet": "小船队", "key_account": "重点客户"}
VTYPES = {"trawler": "拖网渔船", "longliner": "延绳钓渔船", "purse_seiner": "围网渔船", "squid_jigger": "鱿钓船",
          "gillnetter": "刺网渔船", "rock_lobster": "龙虾船", "passenger_ferry": "客渡船", "ro_pax_ferry": "车客渡船",
          "tug": "拖轮", "crew_boat": "交通艇", "work_barge": "工程驳船", "pilot_boat": "引航艇",
          "patrol_boat": "执法艇"}
PACKAGES = {"hull_blasting_painting": "船体喷砂油漆", "steel_renewal": "钢板换新", "propeller_shaft": "螺旋桨轴系",
            "main_engine": "主机修理", "sea_valves": "海底阀", "electrical": "电气", "refrigeration": "鱼舱制冷",
            "deck_machinery": "甲板机械", "passenger_fitout": "客舱整修", "steering_gear": "舵机"}
PAINTS = {"jotun": "佐敦", "hempel": "海虹老人", "international": "国际油漆", "haidun": "海盾"}
CANCEL = {"owner_deferred": "船东推迟", "went_to_other_yard": "改去别的船厂", "fishing_season": "赶渔汛",
          "finance": "资金问题", "vessel_sold": "船舶出售"}
CO_REASONS = {"hidden_corrosion": "隐蔽腐蚀", "owner_request": "船东追加", "class_requirement": "船检要求",
              "parts_replacement": "配件更换", "design_change": "方案变更"}
FAILS = {"shaft_vibration": "轴系振动", "engine_overheating": "主机过热", "steering_fault": "舵机故障",
         "hull_leak": "渗漏", "nav_electronics": "导航电子"}
CLAIMS = {"paint_failure": "油漆脱落", "shaft_seal_leak": "尾轴密封漏油", "weld_crack": "焊缝开裂",
          "engine_fault": "主机故障", "electrical_fault": "电气故障"}
OUTCOMES = {"accepted": "同意保修", "partially_accepted": "部分保修", "rejected": "拒绝"}
SURVEYS = {"annual": "年度检验", "intermediate": "中间检验", "special": "特别检验", "tailshaft": "尾轴检验"}
INSPECT = {"diver": "潜水检查", "afloat_visual": "水上目视", "ut_gauging": "测厚"}
CONDITION = {"good": "良好", "fair": "一般", "poor": "较差", "critical": "严重"}
DOCKS = {"ZS": [("graving_dock_1", "1号干坞"), ("graving_dock_2", "2号干坞"), ("slipway", "船排")],
         "ZJ": [("floating_dock", "浮船坞"), ("slipway", "船排")],
         "FR": [("shiplift", "升船机"), ("slipway", "船排")],
         "AK": [("graving_dock_1", "1号干坞"), ("shiplift", "升船机")],
         "FM": [("graving_dock_1", "1号干坞"), ("floating_dock", "浮船坞")]}
ZS_NEW_DOCK = datetime(2026, 3, 1)     # Zhoushan adds a floating dock before the 2026 moratorium rush


def pick(d, p=None):
    keys = list(d) if isinstance(d, dict) else d
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return keys[rng.choice(len(keys), p=p)]


def u(a, b):
    return float(rng.uniform(a, b))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def work_time(t, lo=8, hi=17):
    """move t to a plausible working hour of the same day."""
    return t.replace(hour=int(rng.integers(lo, hi)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


# ------------------------------------------------------------------ customers and vessels
CN_SURN = list("陈林黄王李张吴郑刘周徐何叶郭杨蔡许")
CN_GIVEN = ["海涛", "国平", "建华", "阿四", "志明", "永福", "金龙", "伟", "德胜", "水生", "家旺", "文彬", "瑞祥", "春来"]
CN_CO = ["海丰", "远洋", "兴旺", "海顺", "东海", "南渔", "金海", "恒通", "鑫海", "蓝鲸", "海港", "粤海", "北部湾", "明珠"]
EN_SURN = ["Walsh", "Nguyen", "Pascoe", "Harris", "Te Rangi", "Taylor", "O'Brien", "Kowalski", "Tremayne", "Smith",
           "Wilson", "Ngata", "Brown", "Stevens", "Chen", "Murphy", "Penhaligon", "Jensen"]
EN_FIRST = ["Dave", "Steve", "Hemi", "Kate", "Mick", "Tony", "Sarah", "Jack", "Ben", "Rangi", "Paul", "Jo", "Andy"]
EN_CO = ["Southern Ocean", "Indian Ocean", "Abrolhos", "Great Southern", "Hauraki", "Coromandel", "Bay of Plenty",
         "Cornish", "Channel", "Western Approaches", "Leeuwin", "Tasman", "Kernow", "Harbour"]
EN_BOAT = ["Sea Spray", "Karina", "Ocean Pride", "Southern Star", "Kaitiaki", "Silver Fern", "Harvest Moon",
           "Morwenna", "Lady Jane", "Westward", "Albatross", "Boy Daniel", "Tui", "Cape Naturaliste", "Orca"]
CN_PORT_CODE = {"ZS": ["浙岱渔", "浙普渔", "浙象渔", "浙岭渔", "浙苍渔"], "ZJ": ["粤湛渔", "桂北渔", "粤阳东渔", "琼海渔"]}


def make_customers():
    custs, vessels = [], {}
    cid = 0
    for y, (yzh, yen, country, cur, n, ams, _pms, _ests) in YARDS.items():
        cn = country == "CN"
        seg_p = [0.30, 0.50, 0.08, 0.10, 0.02] if cn else [0.25, 0.35, 0.12, 0.22, 0.06]
        ch_keys = ["referral", "class_surveyor", "broker", "marketplace", "wechat", "website", "trade_show"]
        ch_p = [0.30, 0.15, 0.12, 0.13, 0.18, 0.05, 0.07] if cn else [0.30, 0.12, 0.15, 0.15, 0.0, 0.20, 0.08]
        for _ in range(n):
            cid += 1
            c = {"customer_id": f"C{cid:05d}"}
            seg = pick(list(SEGMENTS), seg_p)
            existing = rng.random() < 0.55
            if existing:
                signup = datetime(2018, 1, 1) + D(days=u(0, (START - datetime(2018, 1, 1)).days - 1))
            else:
                # new accounts arrive through the period, a little faster later on
                x = rng.random() ** 0.85
                signup = START + D(days=x * ((END - START).days - 20))
            signup = work_time(signup)
            ch = pick(ch_keys, ch_p)
            if existing and ch == "marketplace" and rng.random() < 0.6:
                ch = "referral"
            if seg == "owner_operator":
                fleet = 1 if rng.random() < 0.82 else 2
            elif seg == "fishing_company":
                fleet = int(min(40, 3 + rng.geometric(0.12)))
            elif seg == "ferry_operator":
                fleet = int(rng.integers(2, 13))
            elif seg == "workboat_operator":
                fleet = int(min(20, 2 + rng.geometric(0.18)))
            else:
                fleet = int(rng.integers(2, 9))
            tier = "single_vessel" if fleet == 1 else ("small_fleet" if fleet < 10 else "key_account")
            port_zh, port_en = PORTS[y][int(rng.integers(len(PORTS[y])))]
            am_en, am_zh = ams[int(rng.integers(len(ams)))]
            # vessel types
            if seg in ("fishing_company", "owner_operator"):
                vt_opts = (["trawler", "longliner", "purse_seiner", "squid_jigger", "gillnetter"] if cn else
                           ["trawler", "longliner", "rock_lobster", "gillnetter"])
            elif seg == "ferry_operator":
                vt_opts = ["passenger_ferry", "ro_pax_ferry"]
            elif seg == "workboat_operator":
                vt_opts = ["tug", "crew_boat", "work_barge"]
            else:
                vt_opts = ["pilot_boat", "patrol_boat"]
            vs = []
            for k in range(fleet):
                vt = vt_opts[int(rng.integers(len(vt_opts)))]
                if seg == "owner_operator":
                    length = u(10, 28) if vt != "squid_jigger" else u(30, 45)
                else:
                    length = {"trawler": u(24, 60), "longliner": u(20, 55), "purse_seiner": u(30, 65),
                              "squid_jigger": u(35, 70), "gillnetter": u(14, 30), "rock_lobster": u(12, 22),
                              "passenger_ferry": u(25, 60), "ro_pax_ferry": u(45, 95), "tug": u(22, 35),
                              "crew_boat": u(15, 30), "work_barge": u(30, 70), "pilot_boat": u(14, 22),
                              "patrol_boat": u(20, 45)}[vt]
                if vt in ("crew_boat", "pilot_boat") and rng.random() < 0.6:
                    mat = "aluminium"
                elif length < 20 and rng.random() < 0.45:
                    mat = "frp"
                elif cn and length < 24 and rng.random() < 0.15:
                    mat = "wood"
                else:
                    mat = "steel"
                if cn:
                    name = f"{CN_PORT_CODE[y][int(rng.integers(len(CN_PORT_CODE[y])))]}{int(rng.integers(10000, 99999))}"
                    if seg in ("ferry_operator", "workboat_operator", "public_agency"):
                        name = f"{CN_CO[int(rng.integers(len(CN_CO)))]}{int(rng.integers(1, 30))}号"
                else:
                    name = EN_BOAT[int(rng.integers(len(EN_BOAT)))] + ("" if rng.random() < 0.6 else
                                                                        f" {['II', 'III', 'IV'][int(rng.integers(3))]}")
                vs.append(dict(vessel_id=f"V{cid:05d}{k + 1:02d}", vessel_name=name, vessel_type=vt,
                               length_m=round(length, 1), hull_material=mat,
                               build_year=int(rng.integers(1982, 2021)),
                               gross_tonnage=int(round(0.25 * length ** 2.05 * u(0.8, 1.2)))))
            vessels[c["customer_id"]] = vs
            main_vt = max(sorted(set(v["vessel_type"] for v in vs)), key=[v["vessel_type"] for v in vs].count)
            if cn:
                sur = CN_SURN[int(rng.integers(len(CN_SURN)))]
                if seg == "owner_operator":
                    cname = f"{sur}{CN_GIVEN[int(rng.integers(len(CN_GIVEN)))]}（个体船东）"
                    cname_en = f"Owner-operator {sur}"
                else:
                    base = CN_CO[int(rng.integers(len(CN_CO)))]
                    kind = {"fishing_company": "渔业有限公司", "ferry_operator": "客运有限公司",
                            "workboat_operator": "港航工程有限公司", "public_agency": "海洋与渔业执法支队"}[seg]
                    cname = f"{port_zh[:2]}{base}{kind}"
                    cname_en = f"{port_en.split(',')[0]} {base} " + {
                        "fishing_company": "Fisheries Co.", "ferry_operator": "Ferry Co.",
                        "workboat_operator": "Marine Engineering Co.", "public_agency": "Fisheries Enforcement"}[seg]
                lang = "zh"
            else:
                sur = EN_SURN[int(rng.integers(len(EN_SURN)))]
                if seg == "owner_operator":
                    cname_en = f"{EN_FIRST[int(rng.integers(len(EN_FIRST)))]} {sur} (owner-skipper)"
                else:
                    cname_en = f"{EN_CO[int(rng.integers(len(EN_CO)))]} " + {
                        "fishing_company": "Fishing", "ferry_operator": "Ferries", "workboat_operator": "Marine Services",
                        "public_agency": "Harbour Authority"}[seg] + (" Pty Ltd" if country == "AU" else " Ltd")
                cname = cname_en
                # Chinese-owned fishing companies in Fremantle / Auckland work in Chinese
                lang = "zh" if (seg == "fishing_company" and country in ("AU", "NZ") and rng.random() < 0.22) else "en"
            terms = {"owner_operator": 14, "fishing_company": 30, "ferry_operator": 45, "workboat_operator": 30,
                     "public_agency": 60}[seg]
            c.update({
                "signup_at": iso(signup), "segment": seg, "region": {"CN": ("浙江" if y == "ZS" else "广东/广西/海南"),
                                                                     "AU": "Western Australia", "NZ": "North Island",
                                                                     "UK": "Cornwall & Devon"}[country],
                "acquisition_channel": ch, "tier": tier,
                "船东类型": SEGMENTS[seg], "获客渠道": CHANNELS[ch], "客户等级": TIERS[tier],
                "company_name": cname, "company_name_en": cname_en, "country": country,
                "yard_id": y, "yard": yzh, "yard_en": yen, "home_port": port_en, "母港": port_zh,
                "fleet_size": fleet, "main_vessel_type": main_vt, "主要船型": VTYPES[main_vt],
                "preferred_language": lang, "account_manager": am_en, "客户经理": am_zh,
                "credit_terms_days": terms, "_existing": existing, "_signup": signup,
            })
            custs.append(c)
    return custs, vessels


def season(y, seg, t):
    m = t.month
    fishing = seg in ("fishing_company", "owner_operator")
    if y in ("ZS", "ZJ"):
        w = ([0.8, 0.45, 0.9, 1.1, 1.9, 1.7, 1.4, 1.0, 0.8, 0.7, 0.75, 0.8] if fishing else
             [0.9, 0.55, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0])[m - 1]
    elif y in ("FR", "AK"):
        w = ([1.0, 0.9, 0.9, 1.0, 1.2, 1.4, 1.4, 1.2, 0.9, 0.8, 0.8, 0.6] if fishing else
             [0.7, 1.0, 1.0, 1.0, 1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 0.7])[m - 1]
    else:
        w = ([1.3, 1.3, 1.2, 1.0, 0.8, 0.7, 0.7, 0.7, 0.9, 1.1, 1.2, 0.8] if seg == "ferry_operator" else
             [1.1, 1.1, 1.0, 1.0, 0.9, 0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 0.8])[m - 1]
    return w


def entries_for(c):
    """start times of this customer's repair jobs inside the extract."""
    fleet = c["fleet_size"]
    lam = 0.6 * min(fleet, 25) ** 0.8 * (0.85 if c["acquisition_channel"] == "marketplace" else 1.0)
    t0 = max(c["_signup"], START)
    out = []
    if not c["_existing"]:
        out.append(c["_signup"])
    t = t0
    while True:
        t = t + D(days=float(rng.exponential(365.0 / (lam * 1.9))))
        if t > END:
            break
        if rng.random() < season(c["yard_id"], c["segment"], t) / 1.9:
            out.append(work_time(t, 7, 19))
    return out


# ------------------------------------------------------------------ jobs
EV, ORD, FB, TRUTH, EXPROWS = [], [], [], [], []
_eid = [0]
_oid = [0]
_jid = {y: 0 for y in YARDS}


def ev(c, t, tp, action, job, extra=None, channel="", device=""):
    if t > END:
        return False
    _eid[0] += 1
    y = c["yard_id"]
    row = {"event_id": f"E{_eid[0]:07d}", "customer_id": c["customer_id"], "ts": iso(t), "touchpoint_id": tp,
           "session_id": job["job_id"], "action": action, "device": device, "channel": channel,
           "yard_id": y, "yard": YARDS[y][0], "yard_en": YARDS[y][1],
           "vessel_id": job["v"]["vessel_id"], "vessel_name": job["v"]["vessel_name"],
           "vessel_type": job["v"]["vessel_type"], "船型": VTYPES[job["v"]["vessel_type"]],
           "length_m": job["v"]["length_m"]}
    if extra:
        row.update(extra)
    EV.append(row)
    return True


def order(c, t, kind, amount_usd, status, job, extra=None, channel=""):
    _oid[0] += 1
    y = c["yard_id"]
    cur = YARDS[y][3]
    oid = f"O{_oid[0]:06d}"
    row = {"order_id": oid, "customer_id": c["customer_id"], "ts": iso(t), "amount": round(amount_usd, 2),
           "status": status, "channel": channel, "device": "",
           "order_type": kind, "订单类型": {"docking": "坞修合同", "change_order": "追加工程", "invoice": "结算发票"}[kind],
           "job_id": job["job_id"], "yard_id": y, "yard": YARDS[y][0], "yard_en": YARDS[y][1],
           "vessel_id": job["v"]["vessel_id"], "vessel_type": job["v"]["vessel_type"],
           "amount_local": round(amount_usd / USD[cur], 2), "currency": cur}
    if extra:
        row.update(extra)
    ORD.append(row)
    return oid


FB_CTX = []   # (kind, customer, job, time, context dict) -> feedback written later


def run_job(c, t0, vessels, exp_assign):
    y = c["yard_id"]
    cn = YARDS[y][2] == "CN"
    cur = YARDS[y][3]
    seg = c["segment"]
    ch = c["acquisition_channel"]
    _jid[y] += 1
    vs = vessels[c["customer_id"]]
    v = vs[int(rng.integers(len(vs)))]
    job = {"job_id": f"{y}-{_jid[y]:05d}", "v": v}
    steel = v["hull_material"] == "steel"
    survey = rng.random() < (0.30 if (steel and seg != "owner_operator") else 0.14)
    # entry
    if survey:
        soc = ("ZY" if seg in ("fishing_company", "owner_operator") else "CCS") if cn else \
            {"AU": "AMSA", "NZ": "MNZ", "UK": "MCA"}[YARDS[y][2]]
        if not cn and rng.random() < 0.4 and v["length_m"] > 35:
            soc = ["LR", "DNV", "BV"][int(rng.integers(3))]
        st = pick(list(SURVEYS), [0.45, 0.25, 0.2, 0.1])
        ev(c, t0, "tp_survey_request", "submitted", job,
           {"survey_type": st, "检验类型": SURVEYS[st], "class_society": soc},
           channel="email" if not cn or rng.random() < 0.3 else "phone")
        entry_tp = "tp_survey_request"
    else:
        src = "marketplace" if ch == "marketplace" else ("broker" if ch == "broker" else "direct")
        if src == "marketplace":
            chan = "web"
        elif src == "broker":
            chan = "email" if rng.random() < 0.6 else "other"
        elif cn:
            chan = pick(["phone", "mini_program", "web", "email", "other"], [0.42, 0.30, 0.08, 0.05, 0.15])
        else:
            chan = pick(["phone", "email", "web", "other"], [0.38, 0.35, 0.17, 0.10])
        dev = ""
        if chan == "mini_program":
            dev = "android" if rng.random() < 0.62 else "ios"
        elif chan == "web":
            dev = pick(["pc", "android", "ios"], [0.6, 0.2, 0.2])
        ev(c, t0, "tp_enquiry", "submitted", job, {"enquiry_source": src}, channel=chan, device=dev)
        entry_tp = "tp_enquiry"
    # inspection
    p_insp = 0.96 if survey else 0.86
    if ch == "marketplace":
        p_insp *= 0.62
    if rng.random() > p_insp:
        return
    ti = work_time(t0 + D(days=u(1, 7) if cn else u(2, 12)))
    method = pick(list(INSPECT), [0.45, 0.35, 0.2])
    age = 2026 - v["build_year"]
    cond = pick(list(CONDITION), [0.35, 0.4, 0.2, 0.05] if age < 20 else [0.15, 0.4, 0.33, 0.12])
    if rng.random() < 0.06:
        ev(c, ti, "tp_hull_inspection", "vessel_no_show", job, {"inspection_method": method,
                                                                 "检查方式": INSPECT[method]})
        if rng.random() > 0.6:
            return
        ti = work_time(ti + D(days=u(2, 9)))
    findings = int(rng.integers(2, 8) + {"good": 0, "fair": 3, "poor": 7, "critical": 12}[cond])
    if not ev(c, ti, "tp_hull_inspection", "completed", job,
              {"inspection_method": method, "检查方式": INSPECT[method], "hull_condition": cond,
               "船体状况": CONDITION[cond], "findings": findings}):
        return
    if rng.random() > 0.95:
        return
    # packages and price
    vt = v["vessel_type"]
    pk_pool = ["hull_blasting_painting", "steel_renewal", "propeller_shaft", "main_engine", "sea_valves", "electrical",
               "steering_gear"]
    if vt in ("trawler", "longliner", "purse_seiner", "squid_jigger", "gillnetter", "rock_lobster"):
        pk_pool += ["refrigeration", "deck_machinery"]
    if vt in ("passenger_ferry", "ro_pax_ferry"):
        pk_pool += ["passenger_fitout"]
    if vt in ("tug", "work_barge"):
        pk_pool += ["deck_machinery"]
    n_pk = int(min(len(pk_pool), 1 + rng.poisson(2.2 if cond in ("good", "fair") else 3.2)))
    rest = [p for p in pk_pool if p != "hull_blasting_painting"]
    pks = ["hull_blasting_painting"] + list(rng.choice(rest, size=n_pk - 1, replace=False)) if n_pk > 1 else \
        ["hull_blasting_painting"]
    if not steel and "steel_renewal" in pks:
        pks.remove("steel_renewal")
    L = v["length_m"]
    contract = L ** 2 * 30 * (0.55 + 0.28 * len(pks)) * u(0.8, 1.25) * (0.62 if cn else 1.0)
    contract = max(contract, 4500 if cn else 9000)
    dock_days_q = int(round(3 + L / 7 + 2 * len(pks) + u(-1, 2)))
    # quote
    qh = float(rng.lognormal(np.log({"ZS": 26, "ZJ": 30, "FR": 40, "AK": 44, "FM": 105}[y]), 0.45))
    tq = ti + D(hours=qh)
    est = YARDS[y][7][int(rng.integers(len(YARDS[y][7])))]
    qno = f"Q-{job['job_id']}"
    local = contract / USD[cur]
    if not ev(c, tq, "tp_quote", "sent", job,
              {"quote_no": qno, "quote_usd": round(contract, 2), "quote_local": round(local, 2), "currency": cur,
               "quote_hours": round(qh, 1), "estimator": est, "dock_days_quoted": dock_days_q,
               "work_packages": "|".join(pks)}, channel="mini_program" if cn and rng.random() < 0.5 else "email"):
        return
    # experiment: quote follow-up call (non-CN yards, quotes Jan-Apr 2026)
    variant = None
    if not cn and EXP[0] <= tq <= EXP[1]:
        variant = exp_assign.setdefault(c["customer_id"], ("followup_call" if rng.random() < 0.5 else "control", tq))[0]
    p_book = 0.86 if survey else 0.62
    if ch == "marketplace":
        p_book *= 0.36
    if seg == "owner_operator":
        p_book *= 0.9
    if qh > 96:
        p_book *= 0.62
    if variant == "followup_call":
        p_book = min(0.97, p_book * 1.35)
    booked = rng.random() < p_book
    if not booked:
        FB_CTX.append(("lost_quote", c, job, tq + D(days=u(3, 20)), {"qh": qh}))
        return
    tb = work_time(tq + D(days=u(1, 12)))
    lead = u(5, 35) if not survey else u(10, 45)
    planned = (tb + D(days=lead)).replace(hour=7, minute=30, second=0)
    dock, dock_zh = DOCKS[y][int(rng.integers(len(DOCKS[y])))]
    # the Chinese fishing moratorium rush (May-June): Zhoushan's docks overbooked in 2025, eased in 2026
    delay = 0 if rng.random() < 0.7 else int(rng.integers(1, 4))
    rush = cn and planned.month in (5, 6)
    if rush and y == "ZS" and planned.year == 2025:
        delay = int(rng.integers(3, 19)) if rng.random() < 0.85 else delay
    elif rush and y == "ZS":
        delay = int(rng.integers(0, 6)) if rng.random() < 0.5 else delay
    elif rush:
        delay = int(rng.integers(0, 6)) if rng.random() < 0.4 else delay
    pm = YARDS[y][6][int(rng.integers(len(YARDS[y][6])))]
    bno = f"B-{job['job_id']}"
    if not ev(c, tb, "tp_dock_booking", "booked", job,
              {"booking_no": bno, "planned_dock_date": planned.strftime("%Y-%m-%d"), "dock": dock, "船坞": dock_zh,
               "quote_usd": round(contract, 2), "project_manager": pm},
              channel="phone" if rng.random() < 0.5 else ("mini_program" if cn else "email")):
        return
    p_cancel = 0.07 + (0.04 if seg == "owner_operator" else 0) + (0.10 if (rush and y == "ZS" and
                                                                         planned.year == 2025) else 0)
    dock_order_extra = {"booking_no": bno, "planned_dock_date": planned.strftime("%Y-%m-%d"), "project_manager": pm,
                        "dock": dock}
    if rng.random() < p_cancel:
        if rush and y == "ZS" and planned.year == 2025 and rng.random() < 0.6:
            r = "went_to_other_yard"
        else:
            r = pick(list(CANCEL), [0.35, 0.2, 0.2, 0.15, 0.1])
        tc = work_time(tb + D(days=u(1, max(2, lead - 1))))
        if ev(c, tc, "tp_dock_booking", "cancelled", job, {"booking_no": bno, "cancel_reason": r,
                                                          "取消原因": CANCEL[r]}):
            order(c, tb, "docking", contract, "cancelled", job, dict(dock_order_extra, cancel_reason=r), "phone")
            if r == "went_to_other_yard" and delay > 2:
                FB_CTX.append(("dock_delay_cancel", c, job, tc + D(days=u(0, 3)), {}))
        else:
            order(c, tb, "docking", contract, "booked", job, dock_order_extra, "phone")
        return
    td = planned + D(days=delay, hours=u(0, 3))
    if not ev(c, td, "tp_docking", "docked", job,
              {"dock": dock, "船坞": dock_zh, "planned_dock_date": planned.strftime("%Y-%m-%d"), "delay_days": delay,
               "project_manager": pm, "booking_no": bno}):
        order(c, tb, "docking", contract, "booked", job, dock_order_extra, "phone")
        return
    ctx = {"delay": delay, "pm": pm, "contract": contract}
    # works
    actual = dock_days_q * u(0.8, 1.12)
    paint = None
    if cn and y == "ZJ" and HAIDUN[0] <= td < HAIDUN[1] and rng.random() < 0.85:
        paint = "haidun"
    else:
        paint = pick(["jotun", "hempel", "international"], [0.4, 0.35, 0.25] if cn else [0.35, 0.3, 0.35])
    # change orders
    n_co = int(rng.poisson({"good": 0.35, "fair": 0.7, "poor": 1.3, "critical": 2.0}[cond] + (0.3 if age > 25 else 0)))
    co_total, co_rej, co_big = 0.0, 0, False
    for k in range(n_co):
        r = pick(list(CO_REASONS), [0.42, 0.25, 0.15, 0.1, 0.08] if steel else [0.15, 0.45, 0.15, 0.15, 0.1])
        amt = contract * u(0.04, 0.28)
        tr = work_time(td + D(days=u(1, max(2, actual - 2))))
        appr = rng.random() < (0.84 if amt < contract * 0.18 else 0.66)
        ah = float(rng.lognormal(np.log(20), 0.7))
        if not ev(c, tr, "tp_change_order", "approved" if appr else "rejected", job,
                  {"co_no": f"CO-{job['job_id']}-{k + 1}", "co_reason": r, "变更原因": CO_REASONS[r],
                   "co_usd": round(amt, 2), "approval_hours": round(ah, 1), "project_manager": pm},
                  channel="mini_program" if cn else "email"):
            continue
        order(c, tr, "change_order", amt, "approved" if appr else "rejected", job,
              {"co_no": f"CO-{job['job_id']}-{k + 1}", "co_reason": r, "变更原因": CO_REASONS[r]},
              "mini_program" if cn else "email")
        if appr:
            co_total += amt
            actual += u(0.5, 3)
        else:
            co_rej += 1
        if amt > contract * 0.15:
            co_big = True
    ctx.update(co_total=co_total, co_rej=co_rej, co_big=co_big, n_co=n_co)
    for p in pks:
        tw = work_time(td + D(days=u(0.35, 0.95) * actual))
        ex = {"work_package": p, "工程类别": PACKAGES[p], "man_hours": int(L * u(3, 9) * (2 if p == "steel_renewal" else 1)),
              "project_manager": pm}
        if p == "hull_blasting_painting":
            ex.update(paint_brand=paint, 油漆品牌=PAINTS[paint], area_m2=int(L * L * 0.55 * u(0.8, 1.1)))
        ev(c, tw, "tp_repair_works", "completed", job, ex)
    # weekly progress reports (Falmouth misses about half of them)
    p_rep = {"ZS": 0.95, "ZJ": 0.93, "FR": 0.9, "AK": 0.92, "FM": 0.5}[y]
    missed = 0
    wk = 1
    while wk * 7 < actual:
        tr = work_time(td + D(days=7 * wk), 16, 19)
        if rng.random() < p_rep:
            ev(c, tr, "tp_progress_report", "sent", job,
               {"report_no": f"PR-{job['job_id']}-{wk}", "report_format": "wechat" if cn else "email",
                "photos": int(rng.integers(0, 25)), "project_manager": pm}, channel="mini_program" if cn else "email")
        else:
            missed += 1
        wk += 1
    ctx.update(missed=missed, weeks=wk - 1)
    # sea trial
    t_out = td + D(days=actual)
    trial = True     # every vessel gets a sea trial before redelivery
    failed_reason = None
    master = (f"{CN_SURN[int(rng.integers(len(CN_SURN)))]}船长" if cn else
              f"Capt. {EN_SURN[int(rng.integers(len(EN_SURN)))]}")
    if trial:
        tt = work_time(t_out, 7, 12)
        n_try = 1
        while True:
            bad = cn and SHAFT_BAD[0] <= tt < SHAFT_BAD[1] and n_try == 1
            p_pass = 0.3 if bad else (0.91 if n_try == 1 else 0.93)
            ok = rng.random() < p_pass
            ex = {"trial_no": n_try, "master": master, "project_manager": pm}
            if not ok:
                fr = "shaft_vibration" if (bad and rng.random() < 0.9) else pick(list(FAILS),
                                                                                [0.25, 0.25, 0.2, 0.15, 0.15])
                ex.update(fail_reason=fr, 失败原因=FAILS[fr])
                failed_reason = failed_reason or fr
            if not ev(c, tt, "tp_sea_trial", "passed" if ok else "failed", job, ex):
                order(c, tb, "docking", contract, "in_progress", job, dock_order_extra, "phone")
                return
            if ok:
                break
            n_try += 1
            tt = work_time(tt + D(days=u(2, 6)), 7, 12)
        t_out = tt + D(hours=u(4, 30))
    ctx.update(trial=trial, failed=failed_reason, master=master)
    planned_out = td + D(days=dock_days_q)   # the contract period runs from the day she is docked
    t_red = work_time(t_out, 9, 17)
    days_late = (t_red.date() - planned_out.date()).days
    if not ev(c, t_red, "tp_redelivery", "delivered", job,
              {"redelivery_planned": planned_out.strftime("%Y-%m-%d"), "days_late": days_late,
               "dock_days_actual": round((t_red - td).total_seconds() / 86400, 1), "project_manager": pm,
               "master": master}):
        order(c, tb, "docking", contract, "in_progress", job, dock_order_extra, "phone")
        return
    order(c, tb, "docking", contract, "completed", job, dock_order_extra, "phone")
    ctx.update(days_late=days_late)
    FB_CTX.append(("delivered", c, job, t_red, ctx))
    # invoice and payment
    tin = work_time(t_red + D(days=u(0, 7)))
    total = (contract + co_total) * (0.97 if c["tier"] == "key_account" else 1.0)
    ino = f"INV-{job['job_id']}"
    if tin > END:
        return
    dtp_med = {"owner_operator": 21, "fishing_company": 32, "ferry_operator": 52, "workboat_operator": 30,
               "public_agency": 63}[seg]
    never = rng.random() < (0.06 if seg == "owner_operator" else 0.012)
    dtp = float(rng.lognormal(np.log(dtp_med), 0.45))
    tpay = work_time(tin + D(days=dtp))
    paid = (not never) and tpay <= END
    status = "paid" if paid else ("written_off" if never and (END - tin).days > 180 else "unpaid")
    oid = order(c, tin, "invoice", total, status, job,
                {"invoice_no": ino, "due_date": (tin + D(days=c["credit_terms_days"])).strftime("%Y-%m-%d"),
                 "paid_at": iso(tpay) if paid else "", "days_to_pay": round(dtp, 1) if paid else "",
                 "payment_method": ("bank_transfer" if cn else pick(["bank_transfer", "card"], [0.85, 0.15]))
                 if paid else ""}, "email" if not cn else "mini_program")
    ev(c, tin, "tp_invoice", "issued", job, {"invoice_no": ino, "order_id": oid, "invoice_usd": round(total, 2),
                                              "currency": cur, "invoice_local": round(total / USD[cur], 2)},
       channel="email" if not cn else "mini_program")
    if rng.random() < 0.07:
        FB_CTX.append(("invoice", c, job, tin + D(days=u(1, 10)), {}))
    if paid:
        ev(c, tpay, "tp_payment", "paid", job, {"invoice_no": ino, "order_id": oid, "days_to_pay": round(dtp, 1),
                                                 "amount_usd": round(total, 2)})
    # warranty claims
    p_claim = 0.035 + (0.42 if paint == "haidun" else 0)
    if rng.random() < p_claim:
        if paint == "haidun" and rng.random() < 0.93:
            r = "paint_failure"
            tcl = t_red + D(days=u(80, 240))
        else:
            r = pick(list(CLAIMS), [0.2, 0.28, 0.17, 0.2, 0.15])
            tcl = t_red + D(days=u(20, 330))
        tcl = work_time(tcl)
        outc = pick(list(OUTCOMES), [0.8, 0.15, 0.05] if (r == "paint_failure" and paint == "haidun")
                    else [0.5, 0.25, 0.25])
        amt = contract * u(0.03, 0.15)
        if ev(c, tcl, "tp_warranty_claim", outc, job,
              {"claim_no": f"WC-{job['job_id']}", "claim_reason": r, "索赔原因": CLAIMS[r], "claim_outcome": outc,
               "处理结果": OUTCOMES[outc], "claim_usd": round(amt, 2),
               "months_after_delivery": round((tcl - t_red).days / 30.4, 1),
               "paint_brand": paint if r == "paint_failure" else ""}, channel="email" if not cn else "phone"):
            FB_CTX.append(("claim", c, job, tcl + D(hours=u(1, 48)), {"reason": r}))


# ------------------------------------------------------------------ feedback texts
T = {  # topic: (zh templates, en templates). Every template of a topic carries one of its markers (see README).
    "dock_delay": ([
        "说好的坞期推迟了{d}天，渔船干等着，损失谁来赔？",
        "坞期一拖再拖，休渔期就这么几个月，耽误不起。",
        "坞期排不上，电话打了好几次都说再等等。",
        "进厂坞期推迟，也没提前说，船员都在码头干耗着。",
        "坞期安排太乱，原定日子到了还进不去。",
        "今年坞期又推迟了{d}天，明年考虑换厂。",
    ], [
        "Our dock date slipped by {d} days and nobody warned us.",
        "Dock date moved twice. We lost a week of fishing.",
        "Booked months ahead and still the dock date got pushed back.",
        "The dock date kept slipping, very poor planning.",
    ]),
    "extra_charges": ([
        "追加费用太多了，报价的时候一个样，进坞以后又加一堆。",
        "进坞后追加费用占了合同的两成，事先根本没说清楚。",
        "追加费用没等我们确认就开工了，这不合规矩。",
        "又是追加费用，隐蔽腐蚀说得太随意，照片也没给全。",
        "追加费用的单价比原报价高不少，不太能接受。",
    ], [
        "The extra charges once she was in dock were way over what we were quoted.",
        "Too many extra charges for 'hidden corrosion', with hardly any photos to back them up.",
        "Extra charges started before we had even signed the variation.",
        "Happy with the work but the extra charges added almost a quarter to the bill.",
        "Extra charges again. The quote means nothing at this yard.",
    ]),
    "vibration": ([
        "试航时轴系振动很大，又回坞重新校中，多耽误了好几天。",
        "出坞试航振动明显，第一次试航没过。",
        "尾轴振动的问题试航才发现，对中没做好。",
        "试航振动超标，船长很不满意。",
    ], [
        "Heavy shaft vibration on the sea trial, had to go back in for realignment.",
        "Failed the first trial with vibration through the stern, alignment clearly not checked.",
        "Vibration at cruising revs after the shaft job. Second trial was fine.",
    ]),
    "paint": ([
        "新刷的油漆半年就起泡脱落了，船底长满海蛎子。",
        "油漆质量太差，才几个月就掉了一大片。",
        "防污油漆不行，船底附着严重，油耗都上去了。",
        "这次用的油漆明显不如以前，申请保修。",
    ], [
        "Antifouling paint started flaking after a few months.",
        "The new paint is blistering along the waterline already.",
        "Paint failed badly, heavy growth on the hull within six months.",
    ]),
    "no_updates": ([
        "施工期间没人通报进度，打电话也找不到人。",
        "进度一直不清楚，每周的进度报告也没收到。",
        "想知道进度只能自己跑到船厂看。",
    ], [
        "No updates for two weeks while she was on the hard.",
        "Had to chase the yard for an update every single time.",
        "Weekly update never arrived, we had no idea how the job was going.",
        "Communication was poor, no update unless we rang.",
    ]),
    "slow_quote": ([
        "报价太慢，等了一个多星期才出来。",
        "报价太慢了，别家两天就报过来了。",
        "检查完报价太慢，我们只好找了别的厂。",
    ], [
        "The quote took nearly two weeks to arrive.",
        "Quote took far too long, we went elsewhere.",
        "Survey was quick but the quote took ages.",
    ]),
    "price": ([
        "价格太贵了，比隔壁船厂高一截。",
        "报价太贵，小船东承受不起。",
        "坞租太贵，考虑去别处修。",
    ], [
        "Too expensive compared with other yards on the coast.",
        "Good yard but too expensive for a small operator like us.",
        "Dock fees are too expensive this year.",
    ]),
    "invoice": ([
        "发票抬头开错了，来回改了三次。",
        "结算时发票金额和确认的不一致。",
        "发票迟迟开不出来，财务没法报账。",
    ], [
        "The invoice had items we never agreed to.",
        "Invoice came in the wrong currency and had to be reissued.",
        "Still waiting for a corrected invoice.",
    ]),
    "praise_work": ([
        "焊工手艺好，换板做得很漂亮。",
        "这次修得很扎实，师傅手艺没得说。",
        "老师傅手艺好，船开起来比以前顺多了。",
    ], [
        "Top quality workmanship, the steelwork is beautiful.",
        "Workmanship was excellent, she has never run better.",
        "Really solid workmanship from the fitters and welders.",
    ]),
    "praise_pm": ([
        "项目经理很负责，每天都发照片。",
        "项目经理沟通到位，问题当场就解决了。",
        "感谢项目经理，安排得井井有条。",
    ], [
        "Our project manager kept us in the loop every day.",
        "Great project manager, sorted every issue on the spot.",
        "The project manager made the whole refit painless.",
    ]),
    "generic": ([
        "总体还可以，下次还来。",
        "按时完工，没什么问题。",
        "服务一般，还行吧。",
        "船修好了，出海正常。",
        "员工态度不错。",
        "厂区有点乱，但活干完了。",
        "比去年顺利一些。",
        "没什么特别的意见。",
    ], [
        "All good, see you next year.",
        "Job done on time, no complaints.",
        "Fine overall.",
        "Decent yard, friendly staff.",
        "Nothing special to report.",
        "The canteen could be better but the job got done.",
        "Smooth haul-out and relaunch.",
        "Would use again.",
    ]),
}
NEG = {"dock_delay", "extra_charges", "vibration", "paint", "no_updates", "slow_quote", "price", "invoice"}
TOPIC_TP = {"dock_delay": "tp_docking", "extra_charges": "tp_change_order", "vibration": "tp_sea_trial",
            "paint": "tp_warranty_claim", "no_updates": "tp_progress_report", "slow_quote": "tp_quote",
            "price": "tp_quote", "invoice": "tp_invoice", "praise_work": "tp_repair_works",
            "praise_pm": "tp_redelivery", "generic": "tp_redelivery"}
_fid = [0]


def text_of(topic, lang, d=5):
    zh, en = T[topic]
    pool = zh if lang == "zh" else en
    return pool[int(rng.integers(len(pool)))].format(d=d)


def rating_of(topic):
    if topic in NEG:
        return int(pick([1, 2, 3], [0.45, 0.4, 0.15]))
    if topic in ("praise_work", "praise_pm"):
        return int(pick([4, 5], [0.3, 0.7]))
    return int(pick([2, 3, 4, 5], [0.08, 0.27, 0.4, 0.25]))


def nps_of(rating):
    base = {1: (0, 4), 2: (2, 6), 3: (5, 8), 4: (7, 10), 5: (8, 11)}[rating]
    return int(rng.integers(*base))


def fb(text, t, c, tp, channel, topic, rating=None, nps=None, lang="zh", job=None, role="owner", platform=""):
    if t is not None and t > END:      # written after the extract
        return False
    _fid[0] += 1
    fid = f"F{_fid[0]:06d}"
    y = c["yard_id"] if c else ""
    FB.append({"feedback_id": fid, "text": text, "ts": iso(t) if t else "",
               "customer_id": c["customer_id"] if c and channel not in ("google_review", "social") else "",
               "touchpoint_id": tp or "", "channel": channel, "rating": "" if rating is None else rating,
               "nps": "" if nps is None else nps, "language": lang, "yard_id": y,
               "yard": YARDS[y][0] if y else "", "yard_en": YARDS[y][1] if y else "",
               "job_id": job["job_id"] if job else "", "author_role": role, "platform": platform})
    TRUTH.append({"feedback_id": fid, "topic": topic, "sentiment": "negative" if topic in NEG else
                  ("positive" if topic.startswith("praise") else "neutral")})
    return True


def feedback():
    for kind, c, job, t, ctx in sorted(FB_CTX, key=lambda x: x[3]):
        if t > END:
            continue
        lang = c["preferred_language"]
        if kind == "delivered":
            # owner survey after redelivery
            if rng.random() < 0.5:
                ts = t + D(days=u(2, 12))
                if ts <= END:
                    w = {"generic": 0.45, "praise_work": 0.18, "praise_pm": 0.1, "price": 0.05, "invoice": 0.02,
                         "no_updates": 0.02}
                    if ctx["delay"] >= 5:
                        w["dock_delay"] = 1.4
                    if ctx["co_rej"] or ctx["co_big"]:
                        w["extra_charges"] = 0.55
                    if ctx["failed"] == "shaft_vibration":
                        w["vibration"] = 0.9
                    if ctx["missed"] >= 2:
                        w["no_updates"] = 0.8
                    ks = list(w)
                    p = np.array([w[k] for k in ks])
                    topic = ks[rng.choice(len(ks), p=p / p.sum())]
                    r = rating_of(topic)
                    tp = TOPIC_TP[topic]
                    if topic in ("extra_charges",) and rng.random() < 0.15:
                        tp = "tp_invoice"
                    if topic == "price":
                        tp = "tp_invoice"
                    fb(text_of(topic, lang, ctx["delay"]), ts, c, tp, "survey", topic, r, nps_of(r), lang, job)
            # captain's report at trial / redelivery
            if rng.random() < 0.28:
                if ctx["failed"] == "shaft_vibration" and rng.random() < 0.85:
                    topic = "vibration"
                else:
                    topic = pick(["praise_work", "generic"], [0.4, 0.6])
                r = rating_of(topic)
                tp = "tp_sea_trial" if topic == "vibration" else TOPIC_TP[topic]
                fb(text_of(topic, lang), t + D(hours=u(1, 20)), c, tp, "captain_report", topic, r, None, lang, job,
                   "captain")
            # complaint e-mail / WeChat message during the job
            if (ctx["co_rej"] or ctx["co_big"]) and rng.random() < 0.22:
                fb(text_of("extra_charges", lang), t - D(days=u(1, 5)), c, "tp_change_order",
                   "wechat" if lang == "zh" else "email", "extra_charges", None, None, lang, job)
            if ctx["delay"] >= 5 and rng.random() < 0.35:
                fb(text_of("dock_delay", lang, ctx["delay"]), t - D(days=u(3, 20)), c, "tp_docking",
                   "wechat" if lang == "zh" else "email", "dock_delay", None, None, lang, job)
            if ctx["missed"] >= 2 and rng.random() < 0.35:
                fb(text_of("no_updates", lang), t - D(days=u(1, 6)), c, "tp_progress_report",
                   "wechat" if lang == "zh" else "email", "no_updates", None, None, lang, job)
            # account manager call notes
            if rng.random() < 0.05:
                topic = pick(["generic", "price", "praise_pm"], [0.6, 0.25, 0.15])
                tp = "tp_invoice" if topic == "price" else TOPIC_TP[topic]
                fb(text_of(topic, lang), t + D(days=u(5, 30)), c, tp, "call_note", topic, None, None, lang, job,
                   "account_manager")
        elif kind == "lost_quote":
            if rng.random() < 0.22:
                topic = "slow_quote" if ctx["qh"] > 96 and rng.random() < 0.7 else \
                    pick(["price", "generic"], [0.6, 0.4])
                tp = "tp_quote" if topic != "generic" else "tp_quote"
                fb(text_of(topic, lang), t, c, tp, "call_note", topic, None, None, lang, job, "account_manager")
        elif kind == "dock_delay_cancel":
            fb(text_of("dock_delay", lang, 7), t, c, "tp_dock_booking", "call_note", "dock_delay", None, None, lang,
               job, "account_manager")
        elif kind == "invoice":
            fb(text_of("invoice", lang), t, c, "tp_invoice", "wechat" if lang == "zh" else "email", "invoice", None,
               None, lang, job)
        elif kind == "claim":
            if rng.random() < 0.8:
                topic = "paint" if ctx["reason"] == "paint_failure" else "generic_claim"
                if topic == "paint":
                    fb(text_of("paint", lang), t, c, "tp_warranty_claim", "wechat" if lang == "zh" else "email",
                       "paint", None, None, lang, job)
                else:
                    txt = {"zh": {"shaft_seal_leak": "尾轴密封漏油，出坞没多久就漏了。",
                                  "weld_crack": "船舷焊缝开裂，要求返修。",
                                  "engine_fault": "主机修完后启动困难，申请保修。",
                                  "electrical_fault": "配电板老跳闸，修完就这样。"},
                           "en": {"shaft_seal_leak": "Stern seal leaking again not long after relaunch.",
                                  "weld_crack": "Found a cracked weld on the side shell, want it fixed.",
                                  "engine_fault": "Engine hard to start since the overhaul.",
                                  "electrical_fault": "Main switchboard keeps tripping since the job."}}[lang][ctx["reason"]]
                    if fb(txt, t, c, "tp_warranty_claim", "wechat" if lang == "zh" else "email", "generic", None,
                          None, lang, job):
                        TRUTH[-1]["topic"] = "claim_other"
                        TRUTH[-1]["sentiment"] = "negative"


def public_posts(custs):
    """Google reviews (non-CN yards) and social posts (Douyin, Facebook groups): no customer id, many undated."""
    by_yard = {}
    for c in custs:
        by_yard.setdefault(c["yard_id"], []).append(c)
    for y in YARDS:
        cn = YARDS[y][2] == "CN"
        n_rev = 0 if cn else 70
        for _ in range(n_rev):
            c = by_yard[y][int(rng.integers(len(by_yard[y])))]
            t = START + D(days=u(0, (END - START).days))
            topic = pick(["generic", "praise_work", "dock_delay", "extra_charges", "price", "no_updates"],
                         [0.4, 0.25, 0.08, 0.12, 0.1, 0.05 if y != "FM" else 0.2])
            r = rating_of(topic)
            fb(text_of(topic, "en"), t if rng.random() > 0.3 else None, c, "", "google_review", topic, r, None, "en",
               None, "owner", "google")
        n_soc = 45 if cn else 18
        for _ in range(n_soc):
            c = by_yard[y][int(rng.integers(len(by_yard[y])))]
            t = START + D(days=u(0, (END - START).days))
            w = ["generic", "praise_work", "dock_delay", "extra_charges", "price"]
            p = [0.35, 0.15, 0.2 if cn else 0.05, 0.15, 0.15 if cn else 0.3]
            p = list(np.array(p) / sum(p))
            topic = pick(w, p)
            lang = "zh" if cn else "en"
            fb(text_of(topic, lang, 10), t if rng.random() > 0.5 else None, c, "", "social", topic, None, None, lang,
               None, "public", "douyin" if cn else "facebook")


# ------------------------------------------------------------------ write
def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and not k.startswith("_"):
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    custs, vessels = make_customers()
    exp_assign = {}
    jobs = []
    for c in custs:
        for t0 in entries_for(c):
            jobs.append((t0, c))
    jobs.sort(key=lambda x: x[0])
    for t0, c in jobs:
        run_job(c, t0, vessels, exp_assign)
    feedback()
    public_posts(custs)
    # customers seen in the extract only (existing accounts without any job in it are not exported)
    seen = {r["customer_id"] for r in EV}
    cust_rows = [c for c in custs if c["customer_id"] in seen]
    # a few re-sent events (exact duplicates)
    idx = rng.choice(len(EV), size=36, replace=False)
    ev_rows = sorted(EV + [dict(EV[i]) for i in idx], key=lambda r: (r["ts"], r["event_id"]))
    tps = [{"touchpoint_id": tp, "name": zh, "name_zh": zh, "name_en": en, "stage": st, "channel": ch, "kind": k,
            "owner": ow, "aliases": al} for tp, zh, en, st, ch, k, ow, al in TOUCHPOINTS]
    js = [{"journey_id": j, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en, "step": i + 1,
           "touchpoint_id": tp, "window_days": w} for j, zh, en, steps, w in JOURNEYS for i, tp in enumerate(steps)]
    exps = [{"experiment_id": "quote_followup_2026", "variant": v, "customer_id": cid, "assigned_at": iso(t)}
            for cid, (v, t) in sorted(exp_assign.items())]
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", js)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", ev_rows)
    write(out / "orders.csv", sorted(ORD, key=lambda r: r["order_id"]))
    write(out / "feedback.csv", FB)
    write(out / "experiments.csv", exps)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"customers {len(cust_rows)}, events {len(ev_rows)}, orders {len(ORD)}, feedback {len(FB)}, "
          f"experiment {len(exps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
