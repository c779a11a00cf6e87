"""RuralFlow Septic 乡净: septic-tank pumping and rural wastewater service in rural Ontario (Canada), Queensland
(Australia), New Zealand and villages in Zhejiang (浙江) and Sichuan (四川). Synthetic, written blind.

Customers are rural households (住户), farms (农场 / 养殖场), hospitality businesses (campgrounds, B&Bs, 民宿, 农家乐)
and, in China, village collectives (村集体, running a village treatment station or many 三格式化粪池). Work comes in
five ways: a municipal / council inspection notice (市政检查通知) that the owner forwards to us, a phone request
(电话预约), an online request from the booking page (web abroad, the WeChat mini-program 微信小程序 in China), an
overdue pump-out reminder we send when a tank is past its due date (逾期提醒: SMS, e-mail or WeChat), and an emergency
(septic backing up / 化粪池满溢, almost always by phone). Notice jobs and first jobs get a site assessment
(现场评估: sludge level, baffles, pump, tank) before pumping; a defect leads to a repair quote (baffle repair 挡板修复,
effluent pump replacement 换泵, riser / lid, tank replacement 化粪池更换). The tanker visit (清掏作业) can fail when
the truck cannot get in (wet ground, narrow mountain road, locked gate ...) and is rescheduled. Notice jobs end with
a compliance certificate (合规证明) lodged with the council. After a pump-out we offer a maintenance plan (维护计划,
scheduled pump-outs, renewed yearly).

Data 2024-07-01 .. 2026-06-30 (CRM, dispatch tablets and billing, extract taken July 2026, five months before
"today" 2026-12-01). Naive local times of each region. Money: orders.amount in USD (group reporting currency, fixed
budget rates); amount_local + currency (CAD, AUD, NZD, CNY) are kept.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment) and OUTDIR/_truth/operators.csv (not DATA.md
tables). Deterministic (seed 20260708), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260708
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 6, 30, 23, 59, 59)
N_LEGACY, N_NEW = 3000, 5800
FORM_V2 = (datetime(2025, 10, 6), datetime(2025, 11, 24))   # web form with mandatory photo upload (not mini-program)
EXP = (datetime(2025, 9, 1), datetime(2026, 2, 28, 23, 59))  # reminder wording A/B test

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_inspection_notice", "市政检查通知", "Municipal inspection notice", "awareness", "other", "physical",
     "compliance", "council notice|inspection letter|re-inspection notice|检查通知书|整改通知|环保检查|回头看检查"),
    ("tp_overdue_reminder", "逾期清掏提醒", "Overdue pump-out reminder", "loyalty", "other", "digital", "crm",
     "due reminder|pump-out reminder|reminder text|到期提醒|催清掏|清掏提醒短信"),
    ("tp_web_page", "网上预约页面", "Online booking page", "consideration", "web", "digital", "digital",
     "booking page|website|book online page|预约页面|小程序预约页|官网"),
    ("tp_web_request", "提交网上预约", "Online booking request", "purchase", "web", "digital", "digital",
     "web request|online booking|booking form|网上预约|小程序下单|在线预约"),
    ("tp_phone_request", "电话预约", "Phone request", "purchase", "phone", "digital", "dispatch",
     "call-in|phone booking|office line|电话报修|来电预约|打电话约"),
    ("tp_site_assessment", "现场评估", "Site assessment", "consideration", "other", "physical", "field_ops",
     "tank inspection|assessment visit|sludge check|上门勘察|检测|评估"),
    ("tp_visit_failed", "上门未能作业", "Failed visit (no access)", "service", "other", "physical", "field_ops",
     "no-access visit|wasted trip|could not pump|空跑|白跑一趟|进不去"),
    ("tp_pumping_visit", "清掏作业", "Pump-out visit", "service", "other", "physical", "field_ops",
     "pump-out|pumping|desludging|tank pumping|抽粪|吸粪|清掏|抽化粪池"),
    ("tp_repair_quote", "维修报价", "Repair quote", "consideration", "email", "digital", "sales",
     "quote|estimate|repair estimate|报价|报价单"),
    ("tp_quote_accept", "接受报价", "Quote accepted", "purchase", "other", "digital", "sales",
     "quote acceptance|go-ahead|确认维修|同意报价"),
    ("tp_repair_done", "维修完工", "Repair completed", "service", "other", "physical", "field_ops",
     "repair job|baffle repair|pump replacement|挡板维修|换泵|维修"),
    ("tp_compliance_cert", "合规证明", "Compliance certificate", "service", "email", "digital", "compliance",
     "certificate|compliance cert|council certificate|合格证明|达标证明|验收证明"),
    ("tp_plan_offer", "推荐维护计划", "Maintenance plan offer", "loyalty", "phone", "digital", "sales",
     "plan offer|maintenance offer|推荐套餐|推荐包年"),
    ("tp_plan_signup", "签约维护计划", "Maintenance plan signup", "loyalty", "other", "digital", "sales",
     "plan signup|maintenance plan|service plan|签约|包年服务|维保计划"),
    ("tp_plan_renewal", "维护计划续约", "Maintenance plan renewal", "loyalty", "other", "digital", "sales",
     "renewal|plan renewal|续约|续费"),
    ("tp_cancel", "取消预约", "Booking cancelled", "service", "other", "digital", "dispatch",
     "cancellation|cancelled job|取消|退单"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("notice_to_cert", "检查通知到合规证明", "Inspection notice to compliance certificate",
     ["tp_inspection_notice", "tp_site_assessment", "tp_pumping_visit", "tp_compliance_cert"], 90),
    ("phone_to_pumpout", "电话预约到清掏", "Phone request to pump-out", ["tp_phone_request", "tp_pumping_visit"], 21),
    ("web_to_pumpout", "网上预约到清掏", "Online booking to pump-out",
     ["tp_web_page", "tp_web_request", "tp_pumping_visit"], 21),
    ("reminder_to_pumpout", "逾期提醒到清掏", "Overdue reminder to pump-out",
     ["tp_overdue_reminder", "tp_pumping_visit"], 45),
    ("assessment_to_repair", "评估到维修完工", "Assessment to completed repair",
     ["tp_site_assessment", "tp_repair_quote", "tp_quote_accept", "tp_repair_done"], 45),
    ("plan_offer_to_signup", "推荐维护计划到签约", "Maintenance plan offer to signup",
     ["tp_plan_offer", "tp_plan_signup"], 30),
]

# region: zh, country, country_zh, currency, USD per unit, share, service areas (en, zh, authority)
REGIONS = {
    "ontario": ("安大略", "Canada", "加拿大", "CAD", 0.73, 0.24, [
        ("Muskoka", "马斯科卡", "Township of Muskoka Lakes"),
        ("Prince Edward County", "爱德华王子县", "Prince Edward County"),
        ("Grey-Bruce", "格雷-布鲁斯", "Grey Bruce Health Unit"),
        ("Perth County", "珀斯县", "Perth East Township")]),
    "queensland": ("昆士兰", "Australia", "澳大利亚", "AUD", 0.66, 0.20, [
        ("Sunshine Coast Hinterland", "阳光海岸腹地", "Sunshine Coast Council"),
        ("Scenic Rim", "斯塞尼克里姆", "Scenic Rim Regional Council"),
        ("Darling Downs", "达令草原", "Toowoomba Regional Council"),
        ("Gympie", "金皮", "Gympie Regional Council")]),
    "new_zealand": ("新西兰", "New Zealand", "新西兰", "NZD", 0.60, 0.18, [
        ("Waikato", "怀卡托", "Waikato Regional Council"),
        ("Northland", "北地", "Northland Regional Council"),
        ("Canterbury", "坎特伯雷", "Environment Canterbury"),
        ("Tasman", "塔斯曼", "Tasman District Council")]),
    "zhejiang": ("浙江", "China", "中国", "CNY", 0.14, 0.21, [
        ("Anji", "安吉县", "安吉县生态环境分局"),
        ("Tonglu", "桐庐县", "桐庐县农业农村局"),
        ("Deqing", "德清县", "德清县生态环境分局"),
        ("Chun'an", "淳安县", "淳安县农业农村局")]),
    "sichuan": ("四川", "China", "中国", "CNY", 0.14, 0.17, [
        ("Pidu", "郫都区", "郫都区农业农村局"),
        ("Pujiang", "蒲江县", "蒲江县生态环境局"),
        ("Dujiangyan", "都江堰市", "都江堰市农业农村局"),
        ("Mingshan", "名山区", "雅安市名山区农业农村局")]),
}
CN = {"zhejiang", "sichuan"}
SEG_ZH = {"household": "住户", "farm": "农场", "hospitality": "民宿/营地", "village_collective": "村集体"}
SEG_P = {
    "ontario": {"household": 0.68, "farm": 0.20, "hospitality": 0.12},
    "queensland": {"household": 0.66, "farm": 0.22, "hospitality": 0.12},
    "new_zealand": {"household": 0.66, "farm": 0.22, "hospitality": 0.12},
    "zhejiang": {"household": 0.55, "farm": 0.10, "hospitality": 0.20, "village_collective": 0.15},
    "sichuan": {"household": 0.60, "farm": 0.15, "hospitality": 0.12, "village_collective": 0.13},
}
SYS_P = {
    "ontario": {"conventional": 0.78, "holding_tank": 0.12, "aerobic_unit": 0.10},
    "queensland": {"conventional": 0.55, "aerobic_unit": 0.45},
    "new_zealand": {"conventional": 0.70, "aerobic_unit": 0.30},
    "zhejiang": {"three_chamber": 0.85, "conventional": 0.15},
    "sichuan": {"three_chamber": 0.88, "conventional": 0.12},
}
SYS_ZH = {"conventional": "传统化粪池", "holding_tank": "储粪池", "aerobic_unit": "好氧处理设备",
          "three_chamber": "三格式化粪池", "village_station": "村级污水处理站"}
ROAD_P = {
    "ontario": {"paved": 0.35, "gravel": 0.55, "dirt_track": 0.10},
    "queensland": {"paved": 0.30, "gravel": 0.40, "dirt_track": 0.30},
    "new_zealand": {"paved": 0.40, "gravel": 0.50, "dirt_track": 0.10},
    "zhejiang": {"paved": 0.70, "gravel": 0.25, "narrow_mountain": 0.05},
    "sichuan": {"paved": 0.40, "gravel": 0.30, "narrow_mountain": 0.30},
}
PAY = {
    "ontario": {"card": 0.5, "e_transfer": 0.3, "cheque": 0.2},
    "queensland": {"card": 0.55, "bank_transfer": 0.25, "bpay": 0.20},
    "new_zealand": {"card": 0.5, "bank_transfer": 0.5},
    "zhejiang": {"wechat_pay": 0.6, "alipay": 0.3, "cash": 0.1},
    "sichuan": {"wechat_pay": 0.6, "alipay": 0.25, "cash": 0.15},
}
# local prices: pump-out base, assessment, certificate, plan per year
PRICE = {"CAD": (420, 160, 95, 520), "AUD": (560, 220, 120, 690), "NZD": (590, 230, 150, 720),
         "CNY": (380, 150, 100, 900)}
INTERVAL = {"conventional": 36, "holding_tank": 4, "aerobic_unit": 12, "three_chamber": 12, "village_station": 6}
TANK_L = {"conventional": (3600, 4500), "holding_tank": (9000, 13600), "aerobic_unit": (3000, 4000),
          "three_chamber": (1500, 3000), "village_station": (20000, 60000)}
OPERATORS = {  # region: [(id, name, truck, capacity litres)]
    "ontario": [("OP01", "Dave Kowalski", "TK01", 13600), ("OP02", "Marie Tremblay", "TK02", 13600),
                ("OP03", "Ray Fournier", "TK03", 11400), ("OP04", "Kyle Brennan", "TK04", 15900)],
    "queensland": [("OP05", "Shane O'Brien", "TK05", 12000), ("OP06", "Leah Mitchell", "TK06", 10000),
                   ("OP07", "Bruce Hartley", "TK07", 13000), ("OP08", "Tama Wiremu", "TK08", 9000)],
    "new_zealand": [("OP11", "Hemi Parata", "TK11", 10000), ("OP12", "Grant Whyte", "TK12", 12000),
                    ("OP13", "Sophie Lang", "TK13", 9000)],
    "zhejiang": [("OP09", "沈建国", "TK09", 8000), ("OP10", "周小平", "TK10", 8000), ("OP14", "钱卫东", "TK14", 10000),
                 ("OP15", "吴海燕", "TK15", 5000)],
    "sichuan": [("OP16", "李德明", "TK16", 5000), ("OP17", "杨光荣", "TK17", 5000), ("OP18", "赵文斌", "TK18", 8000),
                ("OP19", "王春梅", "TK19", 3000)],
}
OP22 = ("OP22", "Mia Tane", "TK22", 9000)           # joins Waikato April 2026
OP22_START = datetime(2026, 4, 6)
SPILL_OP = "OP09"
BEST_OP = "OP03"
FINDING_ZH = {"ok": "正常", "overfull": "过满", "baffle_damaged": "挡板损坏", "pump_failed": "泵故障",
              "tank_cracked": "池体开裂", "riser_lid_damaged": "检修口/盖板损坏"}
QUOTE = {  # finding -> quote type, zh, USD range, base accept
    "baffle_damaged": ("baffle_repair", "挡板修复", (220, 480), 0.82),
    "pump_failed": ("pump_replacement", "换泵", (850, 1700), 0.55),
    "tank_cracked": ("tank_replacement", "化粪池更换", (4200, 9000), 0.28),
    "riser_lid_damaged": ("riser_lid", "检修口加高/换盖", (300, 650), 0.74),
}
PUMP_ACCEPT = {"household": 0.40, "farm": 0.64, "hospitality": 0.80, "village_collective": 0.86}
BRANDS = {"abroad": (["Torrex", "BlueVane", "Kelpie"], [0.35, 0.35, 0.30]),
          "cn": (["Torrex", "清源", "川泵"], [0.30, 0.40, 0.30])}
FAIL_ZH = {"wet_ground": "地面湿软陷车", "narrow_road": "道路太窄车进不去", "locked_gate": "大门上锁",
           "customer_absent": "客户不在", "lid_not_found": "找不到检修口", "snow_ice": "冰雪路面"}
CANCEL_ZH = {"no_longer_needed": "不需要了", "found_other_contractor": "找了别家", "wait_too_long": "等太久",
             "price": "价格", "gave_up_after_failed_visit": "空跑后放弃"}
PLAN_SIGN = {"household": 0.12, "farm": 0.30, "hospitality": 0.50, "village_collective": 0.74}
RENEW = {"household": 0.74, "farm": 0.84, "hospitality": 0.86, "village_collective": 0.94}
SELF_BOOK = {"household": 0.22, "farm": 0.35, "hospitality": 0.55, "village_collective": 0.50}
EMERG_RATE = {"household": 0.05, "farm": 0.07, "hospitality": 0.10, "village_collective": 0.12}  # per year
NOTICE_RATE = {"ontario": 0.05, "queensland": 0.08, "new_zealand": 0.10, "zhejiang": 0.06, "sichuan": 0.06}
NOTICE_RESPOND = {"ontario": 0.88, "queensland": 0.88, "new_zealand": 0.85, "zhejiang": 0.95, "sichuan": 0.55}
RESP_H = {"zhejiang": 6, "ontario": 10, "queensland": 11, "new_zealand": 12, "sichuan": 27}  # emergency, hours
REMIND_P = {"wechat": 0.32, "sms": 0.22, "email": 0.07}

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(p: dict):
    keys = list(p)
    w = np.array([p[k] for k in keys], float)
    return keys[rng.choice(len(keys), p=w / w.sum())]


def choice(items):
    return items[rng.integers(len(items))]


def U(a, b):
    return float(rng.uniform(a, b))


def chance(p):
    return rng.random() < p


def at(day: datetime, h0=8.0, h1=17.0) -> datetime:
    d = datetime(day.year, day.month, day.day)
    return d + D(hours=U(h0, h1))


def months():
    y, m = START.year, START.month
    while (y, m) <= (END.year, END.month):
        yield datetime(y, m, 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def month_end(m: datetime) -> datetime:
    n = datetime(m.year + 1, 1, 1) if m.month == 12 else datetime(m.year, m.month + 1, 1)
    return n - D(seconds=1)


def add_months(t: datetime, k: float) -> datetime:
    return t + D(days=30.44 * k)


# ---------------------------------------------------------------- seasonality

def notice_mult(region, m: datetime):
    if region == "ontario" and datetime(2025, 4, 1) <= m <= datetime(2025, 6, 1):
        return 8.0      # township mandatory re-inspection programme
    if region == "zhejiang" and datetime(2025, 7, 1) <= m <= datetime(2025, 9, 1):
        return 6.0      # 农村生活污水治理"回头看"
    if region == "sichuan" and datetime(2026, 3, 1) <= m <= datetime(2026, 5, 1):
        return 4.0
    return 1.0


def emerg_mult(region, m: datetime):
    k = 1.0
    if region in CN and m.month == 2:
        k *= 4.0        # 春节返乡, village tanks overloaded
    if region == "zhejiang" and m.month in (6, 7):
        k *= 2.5        # 梅雨
    if region == "queensland" and m.month in (1, 2, 3):
        k *= 1.6
    if region == "ontario" and m.month in (4, 5):
        k *= 1.5        # spring thaw
    return k


def fail_p(c, t: datetime):
    """probability that a tanker visit fails, and the reason drawn."""
    r = c["region"]
    reasons = {"locked_gate": 0.015, "customer_absent": 0.015, "lid_not_found": 0.01}
    if c["road_access"] == "narrow_mountain":
        reasons["narrow_road"] = 0.12
    if r == "queensland" and t.month in (1, 2, 3):
        wet = {2025: {1: 0.06, 2: 0.09, 3: 0.06}, 2026: {1: 0.20, 2: 0.36, 3: 0.22}}.get(t.year, {}).get(t.month, 0.05)
        if c["road_access"] == "dirt_track":
            wet *= 1.5
        reasons["wet_ground"] = wet
    if r == "new_zealand" and t.month in (6, 7, 8):
        reasons["wet_ground"] = 0.05
    if r == "ontario" and t.month in (12, 1, 2, 3):
        reasons["snow_ice"] = 0.05
    return sum(reasons.values()), reasons


def signup_weights(region):
    ws = []
    for m in months():
        k = (m.year - 2024) * 12 + m.month - 7
        w = 1.0 + 0.012 * k
        if region == "ontario":
            w *= {1: 0.4, 2: 0.4, 3: 0.7, 12: 0.6}.get(m.month, 1.2)
        elif region == "new_zealand":
            w *= {10: 1.3, 11: 1.3, 12: 1.2, 1: 1.2, 2: 1.1, 6: 0.7, 7: 0.7}.get(m.month, 1.0)
        elif region in CN:
            w *= {1: 1.4, 2: 0.6, 10: 1.2}.get(m.month, 1.0)
        w *= notice_mult(region, m) ** 0.5
        ws.append(w)
    w = np.array(ws)
    return w / w.sum()


MONTHS = list(months())


# ---------------------------------------------------------------- customers

def make_customer(i, legacy):
    region = pick({r: v[5] for r, v in REGIONS.items()})
    rz, country, country_zh, cur, fx, _, areas = REGIONS[region]
    seg = pick(SEG_P[region])
    system = "village_station" if seg == "village_collective" and chance(0.45) else pick(SYS_P[region])
    area = choice(areas)
    road = pick(ROAD_P[region])
    lang = "zh" if region in CN else ("zh" if chance(0.03) else "en")
    contact = pick({"wechat": 0.7, "sms": 0.3}) if region in CN else pick({"sms": 0.55, "email": 0.45})
    has_pump = system in ("aerobic_unit", "village_station") or (system == "conventional" and chance(0.3)) or \
        (seg == "hospitality" and chance(0.5))
    lo, hi = TANK_L[system]
    size = int(round(U(lo, hi) * (1.4 if seg in ("farm", "hospitality") and system != "village_station" else 1.0),
                     -2))
    if legacy:
        signup = datetime(2016, 1, 1) + D(days=int(rng.integers(0, (START - datetime(2016, 1, 1)).days)))
        signup = at(signup, 8, 18)
    else:
        m = MONTHS[rng.choice(len(MONTHS), p=signup_weights(region))]
        signup = at(m + D(days=int(rng.integers(0, (month_end(m) - m).days + 1))), 6, 22)
    prop = {"household": choice(["house", "cottage", "farmhouse"]) if region not in CN else choice(["农房", "自建房"]),
            "farm": choice(["dairy_farm", "beef_farm", "orchard", "hobby_farm"]) if region not in CN
            else choice(["养猪场", "茶园", "果园", "养鸡场"]),
            "hospitality": choice(["campground", "b_and_b", "winery", "holiday_park"]) if region not in CN
            else choice(["民宿", "农家乐", "露营地"]),
            "village_collective": choice(["村委会", "自然村"])}[seg]
    return dict(
        customer_id=f"C{i:05d}", signup_at=signup, segment=seg, segment_zh=SEG_ZH[seg], region=region, region_zh=rz,
        country=country, country_zh=country_zh, service_area=area[0], service_area_zh=area[1],
        council=area[2], acquisition_channel="legacy_account" if legacy else "", tier="standard", lifecycle="",
        property_type=prop, system_type=system, system_type_zh=SYS_ZH[system], tank_size_litres=size,
        has_effluent_pump=int(has_pump), road_access=road, distance_km=round(float(rng.gamma(3, 9)), 1),
        preferred_contact=contact, preferred_language=lang,
        households_served=int(rng.integers(20, 160)) if seg == "village_collective" else "",
        _cur=cur, _fx=fx, _legacy=legacy)


# ---------------------------------------------------------------- events and orders

def ev(c, tp, ts, action, **kw):
    e = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
             region=c["region"], service_area=c["service_area"], customer_type=c["segment"])
    e.update(kw)
    events.append(e)
    return e


def order(c, ts, kind, usd, status="paid", **kw):
    amt = round(usd, 2)
    o = dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=ts, amount=amt, status=status,
             order_type=kind, order_type_zh={"pump_out": "清掏费", "assessment": "评估费", "repair": "维修",
                                            "certificate": "证明费", "maintenance_plan": "维护计划"}[kind],
             currency=c["_cur"], amount_local=round(amt / c["_fx"], 2), region=c["region"],
             customer_type=c["segment"], payment_method=("bank_transfer" if c["segment"] == "village_collective"
                                                         else pick(PAY[c["region"]])))
    o.update(kw)
    orders.append(o)
    return o


def local_price(c, idx):
    return PRICE[c["_cur"]][idx] * c["_fx"]


def operator(c, t):
    ops = list(OPERATORS[c["region"]])
    if c["region"] == "new_zealand" and t >= OP22_START and c["service_area"] == "Waikato":
        ops += [OP22, OP22]
    return ops[rng.integers(len(ops))]


class Cust:
    """the running state of one customer while their history is simulated."""

    def __init__(self, c):
        self.c = c
        self.busy = START
        self.last_pump = None
        self.on_plan = False
        self.plan_next = None
        self.plan_anniv = None
        self.plan_ever = False
        self.pumps = 0
        self.forced = []          # (ts, kind, previous_job_id)
        self.notice_block = START
        self.reminders_sent = 0
        self.remind_pause = START
        self.variant = None
        self.first_job = True


def request(st: Cust, t, channel, job, trigger, priority, **kw):
    """the request event(s); returns the request ts or None when the online booking was abandoned."""
    c = st.c
    common = dict(job_id=job, request_channel=channel, trigger=trigger, priority=priority, **kw)
    if channel == "phone":
        ev(c, "tp_phone_request", t, "submitted", channel="phone", **common)
        return t
    cn = c["region"] in CN
    dev = pick({"ios": 0.35, "android": 0.65}) if cn else pick({"pc": 0.45, "ios": 0.25, "android": 0.30})
    sess = nid("S", 7)
    v2 = (not cn) and FORM_V2[0] <= t < FORM_V2[1]
    ch = "mini_program" if cn else "web"
    ev(c, "tp_web_page", t, "view", channel=ch, device=dev, session_id=sess, form_version="v2" if v2 else "v1",
       **common)
    if v2:
        p = {"pc": 0.32, "ios": 0.24, "android": 0.05}[dev]
    else:
        p = {"pc": 0.58, "ios": 0.55, "android": 0.53}.get(dev, 0.55) if not cn else 0.60
    if priority == "emergency":
        p = min(0.95, p + 0.25)
    if chance(p):
        t2 = t + D(minutes=U(2, 14))
        ev(c, "tp_web_request", t2, "submitted", channel=ch, device=dev, session_id=sess,
           form_version="v2" if v2 else "v1", photo_uploaded=int(v2 or chance(0.3)), **common)
        return t2
    if v2 and chance(0.22):
        say(st, t + D(hours=U(1, 30)), "tp_web_page", pick({"email": 0.5, "call_note": 0.5}), "web_form")
    elif chance(0.01):
        say(st, t + D(hours=U(1, 30)), "tp_web_page", "email", "billing_service")
    if chance(0.35 if v2 else 0.20):  # rang instead
        t3 = at(t + D(days=U(0.2, 4)), 8, 18)
        ev(c, "tp_phone_request", t3, "submitted", channel="phone", job_id=job, request_channel="phone",
           trigger=trigger, priority=priority, **kw)
        return t3
    return None


def tanker_visits(st: Cust, t_req, job, priority, visit_type, trigger, **kw):
    """visit attempts until a pump-out is done; returns the pump-out ts or None."""
    c = st.c
    if priority == "emergency":
        t = t_req + D(hours=max(1.0, float(rng.gamma(3, RESP_H[c["region"]] / 3))))
    else:
        wait = U(2, 12) if visit_type != "plan" else U(0, 6)
        if c["region"] == "ontario" and t_req.month in (4, 5, 6):
            wait *= 1.5
        t = at(t_req + D(days=wait), 7.5, 16.5)
    for attempt in range(3):
        op = operator(c, t)
        p, reasons = fail_p(c, t)
        if priority == "emergency":
            p *= 0.4
        if op == OP22:      # the new operator only works Waikato's easy sealed runs so far
            p = 0.0
        base = dict(job_id=job, priority=priority, visit_type=visit_type, trigger=trigger, operator_id=op[0],
                    truck_id=op[2], response_hours=round((t - t_req).total_seconds() / 3600, 1), attempt=attempt + 1)
        if t > END:
            return None
        if chance(p):
            reason = pick(reasons)
            ev(c, "tp_visit_failed", t, "no_access", fail_reason=reason, fail_reason_zh=FAIL_ZH[reason], **base, **kw)
            if chance(0.30):
                say(st, t + D(hours=U(1, 48)), "tp_visit_failed", pick({"call_note": 0.6, "survey": 0.4}), "no_access",
                    op=op[0], job=job)
            if chance(0.12):
                tc = t + D(hours=U(2, 72))
                ev(c, "tp_cancel", tc, "cancelled", job_id=job, cancel_reason="gave_up_after_failed_visit",
                   cancel_reason_zh=CANCEL_ZH["gave_up_after_failed_visit"], cancel_stage="after_failed_visit")
                return None
            if priority == "emergency":   # a smaller truck the same day or the next
                t = t + D(hours=U(4, 24))
                continue
            gap = U(7, 21) if reason == "wet_ground" and t.year == 2026 else U(3, 12)
            t = at(t + D(days=gap), 7.5, 16.5)
            continue
        vol = int(round(c["tank_size_litres"] * U(0.55, 1.0), -1))
        ev(c, "tp_pumping_visit", t, "completed", volume_litres=vol, **base, **kw)
        if visit_type != "plan":
            usd = local_price(c, 0) * (c["tank_size_litres"] / 4000) ** 0.5 * U(0.9, 1.15)
            if c["segment"] == "village_collective":
                usd *= 3.0
            if priority == "emergency":
                usd *= 1.4
            order(c, t + D(hours=U(0.5, 30)), "pump_out", usd, job_id=job, operator_id=op[0],
                  after_hours=int(priority == "emergency" and not 7 <= t.hour < 18), visit_type=visit_type)
        after_visit_feedback(st, t, op[0], job, priority, (t - t_req).total_seconds() / 3600)
        st.pumps += 1
        st.last_pump = t
        return t
    return None


def after_visit_feedback(st, t, op, job, priority, resp_h):
    c = st.c
    if op == OP22[0]:
        if chance(0.25):
            say(st, t + D(hours=U(2, 96)), "tp_pumping_visit", "survey", "praise", op=op, job=job)
        return
    spill = chance(0.13 if op == SPILL_OP else 0.006)
    if spill:
        say(st, t + D(hours=U(1, 60)), "tp_pumping_visit", pick({"survey": 0.5, "wechat" if c["region"] in CN else
                                                                  "email": 0.3, "call_note": 0.2}), "spill", op=op,
            job=job)
        return
    if priority == "emergency" and resp_h > 20 and chance(0.45 if c["region"] == "sichuan" else 0.3):
        say(st, t + D(hours=U(1, 48)), "tp_pumping_visit", pick({"call_note": 0.5, "survey": 0.5}),
            "slow_emergency", op=op, job=job)
        return
    if chance(0.20):
        good = 3.0 if op == BEST_OP else 0.55
        if op == OP22[0]:
            good = 1.0
        topic = pick({"praise": good, "neutral": 0.40 if op != BEST_OP else 0.25, "billing_service": 0.05,
                      "price_high": 0.01})
        if op == OP22[0]:
            topic = "praise"
        say(st, t + D(hours=U(2, 96)), "tp_pumping_visit", "survey", topic, op=op, job=job)
    elif c["region"] not in CN and chance(0.04):
        say(st, t + D(days=U(1, 20)), "tp_pumping_visit", "google_review",
            pick({"praise": 0.6, "neutral": 0.25, "billing_service": 0.15}), op=op, job=job)
    elif c["region"] in CN and chance(0.05):
        say(st, t + D(hours=U(2, 96)), "tp_pumping_visit", "wechat", pick({"praise": 0.5, "neutral": 0.5}), op=op,
            job=job)


def episode(st: Cust, t0, trigger, channel, priority, prev_job=None):
    """one request and what follows it; returns when it is over."""
    c = st.c
    job = nid("J", 6)
    kw = {}
    if prev_job:
        kw = dict(previous_job_id=prev_job, repeat_job=1)
    end = t0
    notice = trigger == "notice"
    if notice:
        authority = c["council"]
        ntype = ("atu_service_overdue" if c["system_type"] == "aerobic_unit" else "re_inspection") \
            if c["region"] not in CN else "回头看专项检查" if c["region"] == "zhejiang" else "农村污水设施检查"
        deadline = int(choice([30, 60, 90]))
        ev(c, "tp_inspection_notice", t0, "received", channel="other", job_id=job, notice_authority=authority,
           notice_type=ntype, deadline_days=deadline, notice_ref=f"N-{rng.integers(10000, 99999)}", trigger="notice")
        if not chance(NOTICE_RESPOND[c["region"]]):
            return t0 + D(days=30)
        t0 = at(t0 + D(days=U(1, 20)), 8, 19)
    t_req = request(st, t0, channel, job, trigger, priority, **kw)
    if prev_job and chance(0.7):
        say(st, (t_req or t0) + D(hours=U(0.2, 6)), "tp_repair_done", pick({"call_note": 0.7, "email": 0.3}), "alarm",
            job=prev_job)
    if t_req is None:
        return t0 + D(days=2)
    end = t_req
    # cancellation before any visit
    if chance(0.05 if priority == "routine" else 0.01):
        reason = pick({"no_longer_needed": 0.35, "found_other_contractor": 0.3, "wait_too_long": 0.2, "price": 0.15})
        tc = t_req + D(hours=U(3, 120))
        ev(c, "tp_cancel", tc, "cancelled", job_id=job, cancel_reason=reason, cancel_reason_zh=CANCEL_ZH[reason],
           cancel_stage="before_visit")
        order(c, tc, "pump_out", local_price(c, 0) * U(0.9, 1.1), status="cancelled", job_id=job)
        return tc
    pump_call = priority == "emergency" and c["has_effluent_pump"] and chance(0.6)   # alarm / dead pump
    assess = notice or pump_call or (st.first_job and chance(0.6)) or chance(0.2 if priority == "routine" else 0.3)
    finding = None
    t_ass = None
    if assess and notice:
        t_ass = at(t_req + D(days=U(2, 10)), 8, 16)
        t_pump_req = t_ass
    else:
        t_pump_req = t_req
    if assess:
        finding = "pump_failed" if pump_call else pick({
            "ok": 0.50, "overfull": 0.18 if not notice else 0.25, "baffle_damaged": 0.15,
            "pump_failed": 0.12 if c["has_effluent_pump"] else 0.0, "tank_cracked": 0.04, "riser_lid_damaged": 0.04})
    if assess and notice:
        op = operator(c, t_ass)
        ev(c, "tp_site_assessment", t_ass, "assessed", job_id=job, operator_id=op[0], finding=finding,
           finding_zh=FINDING_ZH[finding], sludge_pct=int(U(85, 110) if finding == "overfull" else U(30, 80)),
           trigger=trigger, priority=priority)
        order(c, t_ass + D(hours=U(1, 48)), "assessment", local_price(c, 1) * U(0.95, 1.1), job_id=job)
        t_pump = tanker_visits(st, t_pump_req + D(days=U(0, 6)) if chance(0.5) else t_pump_req, job, priority,
                               "request", trigger, **kw)
    else:
        t_pump = tanker_visits(st, t_pump_req, job, priority, "request", trigger, **kw)
        if t_pump is not None and assess:
            t_ass = t_pump - D(minutes=U(15, 50))
            op = operator(c, t_ass)
            ev(c, "tp_site_assessment", t_ass, "assessed", job_id=job, operator_id=op[0], finding=finding,
               finding_zh=FINDING_ZH[finding], sludge_pct=int(U(85, 110) if finding == "overfull" else U(30, 80)),
               trigger=trigger, priority=priority)
    st.first_job = False
    if t_pump is None:
        return max(end, t0 + D(days=25))
    end = t_pump
    ready = t_pump           # when the system is fit for a certificate
    if finding in QUOTE and t_ass is not None and chance(0.93):
        qtype, qzh, (lo, hi), pacc = QUOTE[finding]
        if qtype == "pump_replacement":
            pacc = PUMP_ACCEPT[c["segment"]]
        if notice:
            pacc = min(0.95, pacc * 1.2)
        t_q = at(max(t_ass, t_pump) + D(days=U(1, 5)), 9, 17)
        amt = U(lo, hi) * (1.3 if c["segment"] in ("hospitality", "village_collective") else 1.0)
        ev(c, "tp_repair_quote", t_q, "sent", channel="email", job_id=job, quote_type=qtype, quote_type_zh=qzh,
           quote_amount=round(amt, 2), quote_amount_local=round(amt / c["_fx"], 2), trigger=trigger)
        if chance(pacc):
            t_a = t_q + D(days=U(0.5, 12))
            ev(c, "tp_quote_accept", t_a, "accepted", job_id=job, quote_type=qtype, quote_type_zh=qzh,
               quote_amount=round(amt, 2), trigger=trigger)
            t_r = at(t_a + D(days=U(14, 38) if qtype == "tank_replacement" else U(3, 20)), 8, 16)
            if t_r <= END:
                op = operator(c, t_r)
                brand = ""
                if qtype == "pump_replacement":
                    names, w = BRANDS["cn" if c["region"] in CN else "abroad"]
                    brand = names[rng.choice(len(names), p=w)]
                ev(c, "tp_repair_done", t_r, "completed", job_id=job, quote_type=qtype, quote_type_zh=qzh,
                   operator_id=op[0], pump_brand=brand, crew_size=int(rng.integers(1, 4)), trigger=trigger)
                back = brand == "Torrex" and chance(0.27) or brand not in ("", "Torrex") and chance(0.05) or \
                    qtype == "baffle_repair" and chance(0.02)
                refunded = back and chance(0.45)
                o = order(c, t_r + D(hours=U(2, 72)), "repair", amt, job_id=job, repair_type=qtype,
                          operator_id=op[0], pump_brand=brand)
                if back:
                    tb = t_r + D(days=U(20, 150))
                    st.forced.append((tb, "comeback", job))
                    if refunded:
                        o["status"] = "refunded"
                        o["refund_reason"] = "pump_failed_again" if brand else "repair_failed"
                if chance(0.25):
                    say(st, t_r + D(days=U(1, 10)), "tp_repair_done", "survey",
                        pick({"praise": 0.6, "neutral": 0.35, "billing_service": 0.05}), op=op[0], job=job)
                ready = t_r
                end = t_r
            else:
                ready = None
        else:
            ready = None
            if qtype in ("pump_replacement", "tank_replacement") and chance(0.35) or chance(0.08):
                say(st, t_q + D(days=U(0.5, 10)), "tp_repair_quote", pick({"call_note": 0.5, "email": 0.3,
                                                                           "survey": 0.2}), "price_high", job=job)
            end = t_q + D(days=14)
    cert = notice or (trigger in ("self", "reminder") and chance(0.05))
    if cert and ready is not None:
        lag = U(8, 30) if c["region"] == "new_zealand" else U(1, 6)
        t_c = at(ready + D(days=lag), 9, 17)
        if t_c <= END:
            ev(c, "tp_compliance_cert", t_c, "issued", channel="email", job_id=job,
               cert_no=f"RF-{c['region'][:2].upper()}-{rng.integers(100000, 999999)}",
               cert_reason="council_notice" if notice else "property_sale", days_to_issue=round(lag, 1),
               trigger=trigger)
            order(c, t_c, "certificate", local_price(c, 2) * U(0.95, 1.05), job_id=job)
            if lag > 14 and chance(0.45):
                say(st, t_c - D(days=U(1, lag - 5)), "tp_compliance_cert", pick({"email": 0.5, "call_note": 0.5}),
                    "cert_delay", job=job)
            elif chance(0.18):
                say(st, t_c + D(days=U(1, 10)), "tp_compliance_cert", "survey",
                    "cert_delay" if lag > 12 and chance(0.5) else pick({"praise": 0.45, "neutral": 0.55}), job=job)
            end = max(end, t_c)
    # maintenance plan offer
    if not st.on_plan and priority == "routine" and chance(0.5):
        t_o = at(t_pump + D(days=U(0, 7)), 9, 18)
        ev(c, "tp_plan_offer", t_o, "offered", channel="phone", job_id=job,
           offer_channel=pick({"onsite": 0.4, "phone": 0.4, "email": 0.2}))
        p = PLAN_SIGN[c["segment"]] + (0.15 if c["system_type"] == "aerobic_unit" else 0.0)
        if chance(p):
            t_s = t_o + D(days=U(1, 25))
            if t_s <= END:
                sign_plan(st, t_s, renewal=False)
    return end


def plan_months(c):
    s = c["system_type"]
    if s == "holding_tank":
        return 3
    if s in ("aerobic_unit", "village_station"):
        return 6
    if s == "three_chamber" or c["segment"] in ("farm", "hospitality"):
        return 12
    return 24


def sign_plan(st: Cust, t, renewal):
    c = st.c
    pm = plan_months(c)
    ptype = {3: "quarterly", 6: "half_yearly", 12: "annual", 24: "biennial"}[pm]
    fee = local_price(c, 3) * (12 / pm) ** 0.6 * (2.5 if c["segment"] == "village_collective" else 1.0) * U(0.95, 1.05)
    tp = "tp_plan_renewal" if renewal else "tp_plan_signup"
    ev(c, tp, t, "renewed" if renewal else "signed", plan_type=ptype, plan_value=round(fee, 2))
    order(c, t, "maintenance_plan", fee, plan_type=ptype, is_renewal=int(renewal))
    st.on_plan = True
    st.plan_ever = True
    st.plan_anniv = add_months(t, 12)
    if not renewal:
        st.plan_next = add_months(t, pm)


def say(st_or_c, ts, tp, channel, topic, op=None, job=None):
    c = st_or_c.c if isinstance(st_or_c, Cust) else st_or_c
    if ts is not None and ts > END:
        return
    lang = c["preferred_language"] if c else ("zh" if chance(0.4) else "en")
    sent = SENT[topic]
    rating = nps = None
    if channel in ("survey", "google_review"):
        rating = int(pick({"neg": {1: 0.55, 2: 0.35, 3: 0.10}, "neu": {3: 0.5, 4: 0.5},
                           "pos": {4: 0.3, 5: 0.7}}[sent]))
        if topic == "praise" and op == OP22[0]:
            rating = 5
        if channel == "survey" and chance(0.4):
            nps = int({"neg": rng.integers(0, 7), "neu": rng.integers(6, 9), "pos": rng.integers(8, 11)}[sent])
    text = fill(choice(TEXT[topic][lang]), c)
    fid = nid("F", 5)
    feedback.append(dict(
        feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else "", touchpoint_id=tp,
        channel=channel, rating=rating, nps=nps, language=lang, region=c["region"] if c else "",
        service_area=c["service_area"] if c else "", operator_id=op or "", job_id=job or "",
        platform={"google_review": "Google", "wechat": "微信", "survey": "SMS/微信问卷" if c and c["region"] in CN
                  else "SMS survey"}.get(channel, "")))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))


def fill(s, c):
    if c is None:
        return s.replace("{area}", "").replace("{cur}", "$")
    return s.replace("{area}", c["service_area_zh"] if c["preferred_language"] == "zh" else c["service_area"]) \
        .replace("{cur}", "¥" if c["_cur"] == "CNY" else "$")


SENT = {"no_access": "neg", "web_form": "neg", "spill": "neg", "price_high": "neg", "cert_delay": "neg",
        "reminder_spam": "neg", "alarm": "neg", "slow_emergency": "neg", "billing_service": "neg",
        "praise": "pos", "neutral": "neu"}
TEXT = {
    "no_access": {
        "en": ["Truck got bogged at the bottom of the paddock and they had to reschedule. Tank is nearly full.",
               "Driver turned up, said the ground was too soft and rescheduled. Nobody rang ahead to check.",
               "Visit rescheduled again because of the rain. How long is this going to take?",
               "They couldn't get the tanker down our driveway and rescheduled with no new date.",
               "Second time rescheduled. If your truck can't handle a dirt track, tell me when I book.",
               "Rescheduled on the day, gate code was in the notes the whole time."],
        "zh": ["车开到村口进不来，说要改期，化粪池都快满了",
               "下雨路滑，吸粪车上不来，又改期了",
               "约好的时间来了又走，说路太窄，只能改期",
               "已经改期两次了，能不能派小一点的车来",
               "师傅说地太软怕陷车，改期到下周，希望别再拖",
               "{area}这边山路窄，你们的大车根本开不进来，白白改期"]},
    "web_form": {
        "en": ["The online booking form got stuck on the photo upload, gave up and rang instead.",
               "Photo upload on your website just spins on my Android phone.",
               "Why is a photo upload of the tank lid mandatory? Couldn't finish the booking.",
               "Tried three times, the booking form errors at the photo upload every time."],
        "zh": ["网上预约一直卡在上传照片那一步", "手机上传照片失败，预约提交不了",
               "为什么预约必须上传照片？试了好几次都不行"]},
    "spill": {
        "en": ["Operator spilled sludge across the lawn and just hosed it into the garden bed.",
               "Hose coupling leaked and there was spillage all down the driveway.",
               "Some spill near the lid was left for us to clean up. Not impressed."],
        "zh": ["师傅抽的时候粪水洒了一院子，也没清理", "管子没接好，洒在菜地里，臭了好几天",
               "走的时候路上洒了一路，邻居都有意见", "吸粪管漏了，门口洒得到处都是"]},
    "price_high": {
        "en": ["Quote for a new effluent pump is way too expensive compared to the part price.",
               "Expensive. That tank replacement quote is more than we paid for the block.",
               "Felt the repair quote was expensive for what it is. Getting a second opinion.",
               "Too expensive for us this year, we'll live with it for now."],
        "zh": ["换个泵报价太贵了，比网上贵一倍", "换化粪池要这么多钱，太贵了，村里人都嫌贵",
               "维修报价太贵，先不修了", "报价太贵了，能不能便宜点"]},
    "cert_delay": {
        "en": ["Pump-out was done weeks ago and I still don't have the compliance certificate for council.",
               "Council keeps asking me for the certificate, where is it?",
               "The certificate took nearly a month. The deadline on my notice has passed.",
               "Good pump-out but the certificate paperwork is painfully slow."],
        "zh": ["清掏都做完半个月了，合规证明还没开出来", "村里催着要证明，你们一直说在办",
               "证明拖了这么久，检查期限都快过了"]},
    "reminder_spam": {
        "en": ["Stop sending me reminder texts, our tank was done by another company.",
               "Another reminder email this month. Please take me off the list.",
               "Too many reminder messages, I know when my tank is due."],
        "zh": ["一个月发了好几条提醒，太烦了", "别再发清掏提醒了，我们已经找别人抽过了", "微信提醒天天发，能不能少一点"]},
    "alarm": {
        "en": ["New pump was installed in spring and the high-water alarm is going off again.",
               "Alarm started beeping two months after the pump replacement. Not happy.",
               "Same alarm, same problem, the replacement pump has already failed."],
        "zh": ["刚换的泵又报警了，才用了两个月", "报警器一直响，换泵之后还是这样", "泵换完没多久又开始报警，质量太差"]},
    "slow_emergency": {
        "en": ["Sewage backing up into the house and we waited nearly two days for a truck.",
               "Called in an overflow, waited 30 hours. Unacceptable for an emergency.",
               "We waited all weekend with an overflowing tank."],
        "zh": ["化粪池满溢出来了，等了一天多才来人", "紧急报修等了快两天，院子里全是污水", "打电话说是急单，结果还是等了一整天"]},
    "billing_service": {
        "en": ["The invoice was wrong and it took three calls to get it fixed.",
               "Office staff were rude on the phone.", "Charged twice on my card, still waiting on the refund."],
        "zh": ["发票开错了，打了好几次电话才改好", "客服态度不好", "扣了两次款，退款到现在还没到"]},
    "praise": {
        "en": ["Operator was professional, explained the baffles and left the site tidy.",
               "On time, friendly, and showed me the sludge level. Great service.",
               "Quick and clean job, will book again.", "Very professional crew and easy booking.",
               "Great job, truck was in and out in 40 minutes."],
        "zh": ["师傅很专业，抽得很干净，还讲了怎么保养", "准时到的，服务态度很好", "很快就弄好了，场地也收拾干净了",
               "价格公道，师傅专业，下次还找你们"]},
    "neutral": {
        "en": ["Pump-out done. Nothing special to report.", "Job completed as booked.",
               "Fine. Invoice came through by email.", "Booked by phone, all OK."],
        "zh": ["抽完了，没什么问题", "按约定时间完成", "一般吧，正常服务", "发票已经收到"]},
}


# ---------------------------------------------------------------- one customer's history

def simulate(c):
    st = Cust(c)
    legacy = c["_legacy"]
    interval = INTERVAL[c["system_type"]]
    if c["segment"] in ("farm", "hospitality") and c["system_type"] == "conventional":
        interval = 18
    if legacy:
        st.last_pump = START - D(days=30.44 * interval * U(0.05, 1.35))
        st.first_job = False
        if chance({"household": 0.05, "farm": 0.14, "hospitality": 0.30, "village_collective": 0.50}[c["segment"]]):
            st.on_plan = True
            st.plan_ever = True
            st.plan_anniv = START + D(days=U(1, 364))
            st.plan_next = START + D(days=U(1, 30.44 * plan_months(c)))
        t_start = START
    else:
        t_start = c["signup_at"]
        m = datetime(t_start.year, t_start.month, 1)
        kind = pick({"notice": 0.12 * notice_mult(c["region"], m), "phone": 0.36, "web": 0.40, "emergency": 0.12})
        if kind == "notice":
            c["acquisition_channel"] = "inspection_notice"
            ch = pick({"phone": 0.6, "web": 0.4})
            st.busy = episode(st, t_start, "notice", ch, "routine")
            st.notice_block = t_start + D(days=540)
        elif kind == "emergency":
            c["acquisition_channel"] = "phone"
            st.busy = episode(st, t_start, "emergency", "phone", "emergency")
        else:
            c["acquisition_channel"] = "phone" if kind == "phone" else ("mini_program" if c["region"] in CN else "web")
            st.busy = episode(st, t_start, "self", kind, "routine")
    for m in MONTHS:
        me = month_end(m)
        if me < t_start:
            continue
        # plan renewals happen whatever else is going on
        while st.on_plan and st.plan_anniv is not None and st.plan_anniv <= me:
            if st.plan_anniv > END:
                break
            if chance(RENEW[c["segment"]]):
                sign_plan(st, st.plan_anniv, renewal=True)
            else:
                st.on_plan = False
                st.plan_next = None
                st.reminders_sent = 0
                st.remind_pause = st.plan_anniv
        if st.busy > me:
            continue
        lo = max(m, st.busy, t_start)
        # forced (comebacks)
        due_forced = [f for f in st.forced if f[0] <= me]
        if due_forced:
            f = due_forced[0]
            st.forced.remove(f)
            tb = max(f[0], lo + D(hours=1))
            if tb <= END:
                st.busy = episode(st, at(tb, 0, 23.9), "comeback", "phone", "emergency", prev_job=f[2])
                st.reminders_sent = 0
                continue
        due = st.last_pump + D(days=30.44 * interval) if st.last_pump else None
        overdue = due is not None and due < m
        late = due is not None and (m - due).days > 180
        # emergencies
        pe = EMERG_RATE[c["segment"]] / 12 * emerg_mult(c["region"], m) * (2.5 if late else 1.0) * \
            (0.4 if st.on_plan else 1.0)
        if chance(pe):
            t = at(lo + D(days=U(0, max(0.5, (me - lo).days))), 0, 23.9)
            ch = "phone" if chance(0.85) else "web"
            st.busy = episode(st, t, "emergency", ch, "emergency")
            st.reminders_sent = 0
            continue
        # municipal notices
        if m >= st.notice_block and chance(NOTICE_RATE[c["region"]] / 12 * notice_mult(c["region"], m)):
            t = at(lo + D(days=U(0, max(0.5, (me - lo).days))), 9, 16)
            ch = pick({"phone": 0.6, "web": 0.4}) if c["region"] not in CN else pick({"phone": 0.5, "web": 0.5})
            st.busy = episode(st, t, "notice", ch, "routine")
            st.notice_block = t + D(days=540)
            st.reminders_sent = 0
            continue
        # scheduled plan pump-outs
        if st.on_plan and st.plan_next is not None and st.plan_next <= me:
            t = at(max(st.plan_next, lo), 7.5, 16)
            job = nid("J", 6)
            tp = tanker_visits(st, t - D(days=U(3, 10)), job, "routine", "plan", "plan")
            st.plan_next = add_months(max(t, st.plan_next), plan_months(c))
            st.busy = (tp or t) + D(days=3)
            continue
        if st.on_plan:
            continue
        # books by themselves around the due date
        if due is not None and m <= due <= me and chance(SELF_BOOK[c["segment"]] *
                                                          (2.5 if c["system_type"] == "holding_tank" else 1.0)):
            t = at(max(lo, due - D(days=U(0, 20))), 7, 20)
            ch = pick({"phone": 0.5, "web": 0.5}) if c["region"] not in CN else pick({"phone": 0.45, "web": 0.55})
            st.busy = episode(st, t, "self", ch, "routine")
            continue
        # overdue reminders
        if overdue and m >= st.remind_pause:
            t = at(m + D(days=U(1, 4)), 9, 10.5)
            if t < lo:
                continue
            st.reminders_sent += 1
            k = st.reminders_sent
            variant = "standard"
            if EXP[0] <= t <= EXP[1]:
                if st.variant is None:
                    st.variant = "deadline" if chance(0.5) else "control"
                    experiments.append(dict(experiment_id="reminder_copy_2025", variant=st.variant,
                                            customer_id=c["customer_id"], assigned_at=t,
                                            experiment_name="逾期提醒文案测试 / reminder wording test"))
                variant = st.variant
            rch = c["preferred_contact"]
            ev(c, "tp_overdue_reminder", t, "sent", channel="other", reminder_channel=rch, reminder_no=k,
               days_overdue=int((t - due).days), message_variant=variant)
            if chance(0.004 + 0.015 * (k >= 3) + (0.008 if rch != "wechat" else 0)):
                say(st, t + D(hours=U(1, 72)), "tp_overdue_reminder", "sms_reply" if rch == "sms" else
                    ("wechat" if rch == "wechat" else "email"), "reminder_spam")
            p = REMIND_P[rch] * (1.6 if variant == "deadline" else 1.0) * max(0.3, 1 - 0.15 * (k - 1))
            if chance(p):
                tr = at(t + D(days=U(0.2, 10)), 8, 20)
                ch = pick({"phone": 0.5, "web": 0.5})
                st.busy = episode(st, tr, "reminder", ch, "routine")
                st.reminders_sent = 0
            elif k >= 4:
                st.reminders_sent = 0
                st.remind_pause = add_months(m, 6)
    # customer facts at the end of the data
    c["tier"] = "plan" if st.on_plan else "standard"
    c["lifecycle"] = ("on_plan" if st.on_plan else "lapsed_plan" if st.plan_ever else
                      "repeat" if st.pumps >= 2 or (legacy and st.pumps >= 1) else
                      "one_off" if st.pumps == 1 else "prospect" if not legacy else "dormant")
    c["last_pumped_at"] = st.last_pump.strftime("%Y-%m-%d") if st.last_pump else ""


def social_posts():
    """public posts, many with no customer, some with no date."""
    for _ in range(150):
        zh = chance(0.4)
        topic = pick({"praise": 0.3, "no_access": 0.15, "spill": 0.1, "price_high": 0.15, "slow_emergency": 0.1,
                      "neutral": 0.2})
        lang = "zh" if zh else "en"
        fid = nid("F", 5)
        ts = None if chance(0.4) else at(START + D(days=U(0, (END - START).days)), 7, 23)
        feedback.append(dict(feedback_id=fid, text=fill(choice(TEXT[topic][lang]), None), ts=ts, customer_id="",
                             touchpoint_id="", channel="social", rating=None, nps=None, language=lang, region="",
                             service_area="", operator_id="", job_id="",
                             platform=choice(["小红书", "抖音", "微博"]) if zh else choice(["facebook", "reddit"])))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


# ---------------------------------------------------------------- output

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id", "job_id",
           "region", "service_area", "customer_type", "request_channel", "trigger", "priority", "previous_job_id",
           "repeat_job", "notice_authority", "notice_type", "notice_ref", "deadline_days", "reminder_channel",
           "reminder_no", "days_overdue", "message_variant", "form_version", "photo_uploaded", "operator_id",
           "truck_id", "visit_type", "attempt", "response_hours", "volume_litres", "fail_reason", "fail_reason_zh",
           "finding", "finding_zh", "sludge_pct", "quote_type", "quote_type_zh", "quote_amount", "quote_amount_local",
           "pump_brand", "crew_size", "cert_no", "cert_reason", "days_to_issue", "offer_channel", "plan_type",
           "plan_value", "cancel_reason", "cancel_reason_zh", "cancel_stage"]
CU_COLS = ["customer_id", "signup_at", "segment", "segment_zh", "region", "region_zh", "country", "country_zh",
           "service_area", "service_area_zh", "council", "acquisition_channel", "tier", "lifecycle", "property_type",
           "system_type", "system_type_zh", "tank_size_litres", "has_effluent_pump", "road_access", "distance_km",
           "preferred_contact", "preferred_language", "households_served", "last_pumped_at"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "order_type", "order_type_zh", "currency",
           "amount_local", "region", "customer_type", "payment_method", "job_id", "operator_id", "visit_type",
           "after_hours", "repair_type", "pump_brand", "plan_type", "is_renewal", "refund_reason"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "service_area", "operator_id", "job_id", "platform"]


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    return v


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k, "")) for k in cols])


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    custs = [make_customer(i + 1, legacy=i < N_LEGACY) for i in range(N_LEGACY + N_NEW)]
    for c in custs:
        simulate(c)
        customers.append(c)
    social_posts()
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events[:] = [e for e in events if START <= e["ts"] <= END]
    orders.sort(key=lambda o: o["ts"])
    orders[:] = [o for o in orders if START <= o["ts"] <= END]
    for o in orders:
        if o["status"] == "refunded" and "refund_reason" not in o:
            o["refund_reason"] = "repair_failed"
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, CU_COLS)
    write(out / "events.csv", events, EV_COLS)
    write(out / "orders.csv", orders, OR_COLS)
    feedback.sort(key=lambda f: f["feedback_id"])
    write(out / "feedback.csv", feedback, FB_COLS)
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at",
                                                 "experiment_name"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    ops = [dict(operator_id=o[0], name=o[1], truck_id=o[2], capacity_litres=o[3], region=r)
           for r, lst in OPERATORS.items() for o in lst] + \
        [dict(operator_id=OP22[0], name=OP22[1], truck_id=OP22[2], capacity_litres=OP22[3], region="new_zealand")]
    write(out / "_truth" / "operators.csv", ops, ["operator_id", "name", "truck_id", "capacity_litres", "region"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
