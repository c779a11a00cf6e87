"""瀚风运维 HanWind O&M: a third-party wind-turbine operations and maintenance contractor serving wind-farm owners in
China and Vietnam. Synthetic, written blind.

A customer (customer_id) is one wind farm under (or bidding for) an O&M service contract with HanWind. Farm owners
(owner groups) put O&M contracts out to tender; HanWind surveys the site, bids and, when it wins, signs a 3-year
contract (full_service: everything incl. major components and cranes; standard: labour and scheduled maintenance,
parts / cranes / major components billed) and mobilises a crew from its nearest service base. During the contract:
SCADA fault alarms are reset remotely by the monitoring centre or turned into a work order; a crew is dispatched,
reaches the turbine and repairs it, sometimes waiting for a spare part (shipped from a warehouse, to Vietnam through
customs). Major component failures (gearbox, generator, main bearing, blade) need a crane (offshore: a jack-up vessel).
Scheduled maintenance twice a year; from April 2025 drone blade inspections report blade defects that are repaired
by rope-access teams. A monthly O&M report gives the farm's availability against the contract guarantee; a shortfall
is an availability penalty (lost generation at the farm's tariff, capped at 30 % of the monthly fee) deducted from the
quarterly service-fee invoice. Quarterly service reviews, a hotline, an owner portal, and renewal talks 120 days
before the contract ends.

Data 2024-07-01 .. 2026-05-31 (extract taken in June 2026, six months before "today" 2026-12-01). Naive times,
Beijing time (UTC+8) for every farm (HanWind's SCADA / ERP clock). Money: CNY (Vietnamese contracts are in USD; the
orders table keeps the USD amount and the CNY amount at 7.10).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261219), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261219
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 5, 31, 23, 59, 59)
USD_CNY = 7.10
CUSTOMS = (datetime(2025, 3, 1), datetime(2025, 8, 31, 23, 59, 59))        # VN: new import inspection on parts
CRANE_SHORT = (datetime(2025, 8, 1), datetime(2025, 11, 30, 23, 59, 59))   # 三北 new-build peak takes the cranes
DRONE_START = datetime(2025, 4, 1)                                         # drone blade inspection programme
PHAN_RANG = datetime(2025, 10, 15)                                         # new VN service base in Ninh Thuan
EXP = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59, 59))          # monthly report: PDF vs dashboard link
REPORT_MIGRATION = (datetime(2026, 1, 1), datetime(2026, 2, 28, 23, 59, 59))  # new reporting platform: late reports
DISPATCH_APP = datetime(2025, 12, 1)                                       # CN crews dispatched by app from here
THREE_NORTH = {"Inner Mongolia", "Xinjiang", "Gansu"}

# province: zh, country, farms, base, travel hours from base, site mix, models, owners, tariff CNY/MWh, capacity factor
PROV = {
    "Inner Mongolia": ("内蒙古", "China", 60, "Ulanqab", 3.0, {"onshore": 1.0},
                       {"TQ-4.5/155": 0.42, "KW-2.5/121": 0.33, "BL-3.6/147": 0.25},
                       {"中能新能源": 0.42, "北辰绿能": 0.3, "华澜电力": 0.14, "民营业主": 0.14}, 282, 0.31),
    "Xinjiang": ("新疆", "China", 40, "Hami", 3.8, {"onshore": 1.0},
                 {"TQ-4.5/155": 0.45, "KW-2.5/121": 0.35, "BL-3.6/147": 0.2},
                 {"西域能源": 0.55, "中能新能源": 0.3, "民营业主": 0.15}, 250, 0.29),
    "Gansu": ("甘肃", "China", 35, "Jiuquan", 3.4, {"onshore": 1.0},
              {"TQ-4.5/155": 0.4, "KW-2.5/121": 0.3, "BL-3.6/147": 0.3},
              {"西域能源": 0.35, "北辰绿能": 0.35, "中能新能源": 0.3}, 275, 0.27),
    "Hebei": ("河北", "China", 35, "Zhangjiakou", 2.2, {"onshore": 1.0},
              {"TQ-4.5/155": 0.45, "BL-3.6/147": 0.35, "KW-2.5/121": 0.2},
              {"华澜电力": 0.4, "中能新能源": 0.3, "北辰绿能": 0.15, "民营业主": 0.15}, 372, 0.26),
    "Shanxi": ("山西", "China", 20, "Zhangjiakou", 2.8, {"onshore": 1.0},
               {"TQ-4.5/155": 0.5, "BL-3.6/147": 0.5},
               {"华澜电力": 0.5, "民营业主": 0.5}, 332, 0.25),
    "Shandong": ("山东", "China", 25, "Dongying", 1.6, {"onshore": 0.7, "offshore": 0.3},
                 {"TQ-4.5/155": 0.55, "NV-4.2/136": 0.45},
                 {"华澜电力": 0.45, "Nordic Wind China": 0.3, "中能新能源": 0.25}, 395, 0.27),
    "Jiangsu": ("江苏", "China", 25, "Yancheng", 1.6, {"onshore": 0.5, "offshore": 0.5},
                {"TQ-4.5/155": 0.45, "NV-4.2/136": 0.55},
                {"东海风电": 0.4, "Nordic Wind China": 0.3, "华澜电力": 0.3}, 391, 0.28),
    "Fujian": ("福建", "China", 20, "Putian", 1.5, {"offshore": 0.85, "onshore": 0.15},
               {"TQ-4.5/155": 0.3},
               {"东海风电": 0.7, "中能新能源": 0.3}, 393, 0.36),
    "Guangdong": ("广东", "China", 15, "Shanwei", 1.5, {"offshore": 0.8, "onshore": 0.2},
                  {"TQ-4.5/155": 0.4},
                  {"东海风电": 0.6, "华澜电力": 0.4}, 453, 0.33),
    "Yunnan": ("云南", "China", 15, "Dali", 3.6, {"onshore": 1.0},
               {"BL-3.6/147": 0.5, "TQ-4.5/155": 0.5},
               {"华澜电力": 0.5, "民营业主": 0.5}, 336, 0.28),
    "Ninh Thuan": ("宁顺", "Vietnam", 18, "Phan Rang", 1.3, {"onshore": 1.0},
                   {"NV-4.2/136": 0.5, "GX-3.8/130": 0.3, "TQ-4.5/155": 0.2},
                   {"Mekong Renewables": 0.45, "Lotus Wind Power": 0.35, "中能新能源": 0.2}, 604, 0.33),
    "Binh Thuan": ("平顺", "Vietnam", 12, "Phan Rang", 2.4, {"onshore": 1.0},
                   {"NV-4.2/136": 0.5, "GX-3.8/130": 0.5},
                   {"Mekong Renewables": 0.5, "Truong Son Energy": 0.5}, 604, 0.31),
    "Bac Lieu": ("薄寮", "Vietnam", 10, "Bac Lieu", 1.2, {"nearshore": 1.0},
                 {"GX-3.8/130": 0.6, "NV-4.2/136": 0.4},
                 {"Lotus Wind Power": 0.6, "Truong Son Energy": 0.4}, 698, 0.34),
    "Soc Trang": ("朔庄", "Vietnam", 8, "Bac Lieu", 1.8, {"nearshore": 1.0},
                  {"GX-3.8/130": 0.5, "TQ-4.5/155": 0.5},
                  {"Lotus Wind Power": 0.5, "中能新能源": 0.5}, 698, 0.33),
    "Tra Vinh": ("茶荣", "Vietnam", 6, "Bac Lieu", 2.6, {"nearshore": 1.0},
                 {"GX-3.8/130": 1.0}, {"Truong Son Energy": 1.0}, 698, 0.32),
    "Quang Tri": ("广治", "Vietnam", 10, "Dong Ha", 1.5, {"onshore": 1.0},
                  {"NV-4.2/136": 0.5, "GX-3.8/130": 0.5},
                  {"Mekong Renewables": 0.5, "Truong Son Energy": 0.5}, 604, 0.3),
    "Gia Lai": ("嘉莱", "Vietnam", 6, "Pleiku", 2.0, {"onshore": 1.0},
                {"GX-3.8/130": 0.6, "NV-4.2/136": 0.4},
                {"Mekong Renewables": 1.0}, 604, 0.29),
}
OFFSHORE_MODEL = {"Fujian": "HY-6.5/180", "Guangdong": "HY-6.5/180", "Jiangsu": "HY-6.5/180", "Shandong": "HY-6.5/180"}
# model: OEM, MW, stop alarms / turbine-year, major failures / turbine-year, commissioning years, fault-system mix
MODELS = {
    "TQ-4.5/155": ("天擎 Tianqing", 4.5, 1.0, 0.028, (2019, 2023), None),
    "KW-2.5/121": ("昆威 Kunwei", 2.5, 1.35, 0.11, (2011, 2016), None),
    "BL-3.6/147": ("博岚 Bolan", 3.6, 2.3, 0.03, (2018, 2022), "pitch"),
    "HY-6.5/180": ("海岳 Haiyue", 6.5, 1.25, 0.03, (2020, 2023), None),
    "NV-4.2/136": ("Nordvind", 4.2, 0.9, 0.022, (2019, 2021), None),
    "GX-3.8/130": ("GreenX", 3.8, 1.1, 0.03, (2020, 2021), None),
}
SYSTEMS = {"pitch": 0.19, "converter": 0.2, "yaw": 0.1, "hydraulic": 0.08, "generator": 0.08, "gearbox": 0.12,
           "sensor": 0.15, "cooling": 0.08}
RESETTABLE = {"pitch": 0.55, "converter": 0.62, "yaw": 0.5, "hydraulic": 0.3, "generator": 0.3, "gearbox": 0.4,
              "sensor": 0.8, "cooling": 0.6}
FAULT_CODES = {"pitch": ["P101 pitch motor overcurrent", "P204 pitch angle deviation", "P310 pitch battery low"],
               "converter": ["C020 IGBT overtemperature", "C115 DC-link overvoltage", "C230 grid-side fault"],
               "yaw": ["Y011 yaw misalignment", "Y032 yaw brake pressure"],
               "hydraulic": ["H005 hydraulic pressure low", "H018 oil leak"],
               "generator": ["G040 generator bearing temp high", "G077 stator winding temp"],
               "gearbox": ["B012 gearbox oil temp high", "B033 gearbox oil pressure low"],
               "sensor": ["S003 anemometer fault", "S019 vibration sensor signal lost", "S044 communication lost"],
               "cooling": ["K008 nacelle cooling fan fault", "K021 coolant pressure low"]}
MAJOR = {"gearbox": 0.45, "generator": 0.22, "main_bearing": 0.2, "blade": 0.13}
MAJOR_OLD = {"gearbox": 0.55, "generator": 0.12, "main_bearing": 0.3, "blade": 0.03}
MAJOR_PARTS = {"gearbox": (900e3, 1400e3), "generator": (480e3, 800e3), "main_bearing": (280e3, 480e3),
               "blade": (560e3, 880e3)}
FIELD_PARTS = {"pitch": ["pitch motor", "pitch battery pack", "pitch encoder"],
               "converter": ["IGBT module", "converter control board"], "yaw": ["yaw motor", "yaw brake pad set"],
               "hydraulic": ["hydraulic pump", "accumulator"], "generator": ["slip ring", "generator fan"],
               "gearbox": ["gearbox oil filter", "oil cooler pump"], "sensor": ["anemometer", "vibration sensor"],
               "cooling": ["cooling fan", "coolant pump"]}
FEE = {  # CNY per MW-year
    ("full_service", "onshore"): 28000, ("standard", "onshore"): 12000,
    ("full_service", "offshore"): 68000, ("standard", "offshore"): 30000,
    ("full_service", "nearshore"): 40000, ("standard", "nearshore"): 17000,
}
GUARANTEE = {("full_service", "onshore"): 97.5, ("standard", "onshore"): 97.0,
             ("full_service", "offshore"): 96.5, ("standard", "offshore"): 96.0,
             ("full_service", "nearshore"): 97.0, ("standard", "nearshore"): 96.5}
WAREHOUSE = {"Inner Mongolia": "Baotou", "Xinjiang": "Urumqi", "Gansu": "Urumqi", "Hebei": "Tianjin",
             "Shanxi": "Tianjin", "Shandong": "Tianjin", "Jiangsu": "Yancheng", "Fujian": "Putian",
             "Guangdong": "Putian", "Yunnan": "Kunming"}
AM = {"three_north": ["王建军", "马丽"], "north": ["赵鹏"], "east": ["陈晓东", "林慧"], "south": ["黄海波"],
      "southwest": ["杨帆"], "vietnam": ["Nguyen Van Minh", "Tran Thi Lan"]}
AM_AREA = {"Inner Mongolia": "three_north", "Xinjiang": "three_north", "Gansu": "three_north", "Hebei": "north",
           "Shanxi": "north", "Shandong": "east", "Jiangsu": "east", "Fujian": "south", "Guangdong": "south",
           "Yunnan": "southwest"}
CRANE_VENDORS = {"China": ["中联吊装", "三一吊装", "大力起重", "华东重吊"], "Vietnam": ["Hoang Phat Crane", "Saigon Lifting"]}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_tender_notice", "招标公告", "Tender notice", "awareness", "other", "digital", "bid_team",
     "tender|RFP|bid invitation|招标|招标信息|运维招标"),
    ("tp_site_survey", "现场踏勘", "Site survey", "consideration", "other", "physical", "bid_team",
     "site visit|survey|踏勘|现场勘察|看现场"),
    ("tp_bid_submitted", "投标报价", "Bid submitted", "consideration", "email", "digital", "bid_team",
     "bid|proposal|quotation|投标|报价|标书"),
    ("tp_contract_signed", "签订运维合同", "O&M contract signed", "purchase", "other", "physical", "sales",
     "contract award|won the bid|中标|签约|签合同"),
    ("tp_mobilization", "进场交接", "Site mobilization", "purchase", "other", "physical", "operations",
     "handover|mobilisation|takeover|进场|接管|交接"),
    ("tp_fault_alarm", "故障停机告警", "Fault alarm", "service", "other", "digital", "monitoring_center",
     "SCADA alarm|trip|fault|stop alarm|告警|报警|故障停机|停机"),
    ("tp_remote_reset", "远程复位", "Remote reset", "service", "other", "digital", "monitoring_center",
     "remote restart|reset|远程重启|复位"),
    ("tp_work_order", "故障工单", "Work order", "service", "other", "digital", "dispatch",
     "WO|ticket|job|repair order|工单|维修工单|派单"),
    ("tp_tech_dispatch", "派工出发", "Technician dispatch", "service", "phone", "physical", "dispatch",
     "dispatch|crew assigned|派工|派人|调度"),
    ("tp_onsite_arrival", "技术员到场", "Crew on site", "service", "other", "physical", "field_service",
     "arrival|on site|crew arrived|到场|到现场|上塔"),
    ("tp_repair_done", "故障修复并网", "Fault repaired", "service", "other", "physical", "field_service",
     "fixed|back online|restored|修复|恢复运行|并网"),
    ("tp_part_request", "备件申请", "Spare part request", "service", "other", "digital", "supply_chain",
     "parts request|spares order|备件|领料|配件申请"),
    ("tp_part_shipped", "备件发运", "Spare part shipped", "service", "other", "physical", "supply_chain",
     "parts shipment|shipped|发货|发运|物流"),
    ("tp_part_received", "备件到货", "Spare part received", "service", "other", "physical", "supply_chain",
     "parts arrived|delivered|到货|收货"),
    ("tp_crane_booking", "吊车预约", "Crane booking", "service", "phone", "digital", "heavy_lift",
     "crane order|jack-up vessel|吊装预约|约吊车|订船"),
    ("tp_crane_onsite", "吊车进场", "Crane on site", "service", "other", "physical", "heavy_lift",
     "crane arrived|crane mobilised|吊车到场|吊车进场|船到位"),
    ("tp_component_replaced", "大部件更换完成", "Major component replaced", "service", "other", "physical",
     "heavy_lift", "gearbox exchange|main component|大部件|换齿轮箱|大修"),
    ("tp_scheduled_inspection", "定期检修", "Scheduled maintenance", "service", "other", "physical", "field_service",
     "preventive maintenance|PM|service visit|定检|年检|半年检|预防性维护"),
    ("tp_drone_inspection", "无人机叶片巡检", "Drone blade inspection", "service", "other", "physical", "blade_team",
     "drone inspection|UAV|blade scan|无人机|叶片巡检"),
    ("tp_blade_defect", "叶片缺陷上报", "Blade defect reported", "service", "other", "digital", "blade_team",
     "blade damage|defect|leading edge erosion|叶片缺陷|叶片损伤|前缘腐蚀"),
    ("tp_blade_repair", "叶片修复", "Blade repair", "service", "other", "physical", "blade_team",
     "rope access repair|blade fix|叶片维修|叶片修补|蜘蛛人"),
    ("tp_monthly_report", "运维月报", "Monthly O&M report", "service", "email", "digital", "operations",
     "monthly report|availability report|月报|运行报告|月度报告"),
    ("tp_availability_penalty", "可利用率考核扣款", "Availability penalty", "service", "email", "digital", "commercial",
     "LD|liquidated damages|penalty|考核|罚款|扣款|可利用率考核"),
    ("tp_hotline", "服务热线", "Service hotline", "service", "phone", "digital", "customer_service",
     "400 line|call center|hotline|热线|客服电话|400电话"),
    ("tp_portal", "业主运维平台", "Owner portal", "service", "web", "digital", "digital",
     "portal|dashboard|online platform|平台|门户|看板"),
    ("tp_service_review", "季度服务评审会", "Quarterly service review", "loyalty", "other", "physical", "account_mgmt",
     "QBR|service review|quarterly meeting|季度评审|季度会|复盘会"),
    ("tp_renewal_notice", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "account_mgmt",
     "renewal reminder|contract expiry notice|到期提醒|续约通知"),
    ("tp_renewal_talks", "续约谈判", "Renewal negotiation", "loyalty", "other", "physical", "account_mgmt",
     "renewal meeting|negotiation|续约洽谈|续签谈判"),
    ("tp_renewal_signed", "续约签订", "Renewal signed", "loyalty", "other", "physical", "account_mgmt",
     "renewed|contract extension|续签|续约成功"),
]
TP_CHANNEL = {t[0]: t[4] for t in TOUCHPOINTS}
JOURNEYS = [  # id, zh, en, steps, window days
    ("bid_to_contract", "投标到签约", "Tender to contract",
     ["tp_tender_notice", "tp_site_survey", "tp_bid_submitted", "tp_contract_signed"], 120),
    ("fault_fix", "故障工单48小时修复", "Work order fixed within 48h",
     ["tp_work_order", "tp_tech_dispatch", "tp_onsite_arrival", "tp_repair_done"], 2),
    ("parts_delivery", "备件申请到货", "Spare part request to delivery",
     ["tp_part_request", "tp_part_shipped", "tp_part_received"], 14),
    ("major_repair", "大部件更换", "Major component exchange",
     ["tp_crane_booking", "tp_crane_onsite", "tp_component_replaced"], 30),
    ("blade_care", "叶片巡检到修复", "Blade inspection to repair",
     ["tp_drone_inspection", "tp_blade_defect", "tp_blade_repair"], 60),
    ("report_engagement", "月报到平台查看", "Monthly report to portal visit", ["tp_monthly_report", "tp_portal"], 7),
    ("renewal", "续约", "Contract renewal", ["tp_renewal_notice", "tp_renewal_talks", "tp_renewal_signed"], 120),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "country",
           "region", "site_type", "turbine_model", "service_base", "turbine_id", "work_order_id", "fault_code",
           "fault_system", "alarm_class", "repeat_fault", "crew", "dispatch_method", "technicians", "response_hours",
           "part_name", "part_category", "warehouse", "carrier", "customs_days", "lead_days", "component",
           "crane_type", "crane_vendor", "wait_days", "downtime_hours", "repair_hours", "inspection_type",
           "turbines_serviced", "overdue_days", "inspection_method", "turbines_inspected", "defects_found",
           "defect_type", "defect_severity", "report_month", "availability_pct", "guarantee_pct", "report_delay_days",
           "shortfall_pp", "lost_mwh", "penalty_cny", "call_topic", "wait_min", "tender_id", "bid_price_cny",
           "competitors", "review_quarter", "renewal_term_years", "page"]


class Rand:
    """numpy Generator with buffered uniforms (scalar numpy calls are slow)."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._i = self.g.random(1 << 18), 0

    def u(self) -> float:
        if self._i >= len(self._u):
            self._u, self._i = self.g.random(1 << 18), 0
        v = self._u[self._i]
        self._i += 1
        return float(v)


R = Rand(SEED)
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def U(a, b):
    return a + (b - a) * R.u()


def chance(p):
    return R.u() < p


def pick(p: dict):
    tot = sum(p.values())
    x = R.u() * tot
    for k, w in p.items():
        x -= w
        if x < 0:
            return k
    return k


def choice(items):
    return items[min(int(R.u() * len(items)), len(items) - 1)]


def expo(mean):
    return -mean * float(np.log(max(R.u(), 1e-12)))


def poisson(lam):
    # Knuth for small lambda, normal approximation for large
    if lam > 30:
        return max(0, int(round(lam + np.sqrt(lam) * np.sqrt(-2 * np.log(max(R.u(), 1e-12)))
                                * np.cos(2 * np.pi * R.u()))))
    L, k, p = np.exp(-lam), 0, 1.0
    while True:
        p *= R.u()
        if p <= L:
            return k
        k += 1


def lognorm(mean, sigma):
    u1, u2 = max(R.u(), 1e-12), R.u()
    z = np.sqrt(-2 * np.log(u1)) * np.cos(2 * np.pi * u2)
    return float(mean * np.exp(sigma * z - sigma * sigma / 2))


def office(t: datetime, h0=8.5, h1=17.5) -> datetime:
    d = datetime(t.year, t.month, t.day)
    if d.weekday() >= 5:
        d += D(days=7 - d.weekday())
    return d + D(hours=U(h0, h1))


def after(t: datetime, days: float, h0=8.5, h1=17.5) -> datetime:
    x = office(t + D(days=days), h0, h1)
    return x if x > t else t + D(minutes=U(20, 90))


def in_(t, span):
    return span[0] <= t <= span[1]


def month_start(t):
    return datetime(t.year, t.month, 1)


def next_month(t):
    return datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)


def plus3y(t):
    return datetime(t.year + 3, t.month, min(t.day, 28))


def quarter_of(t):
    return (t.month - 1) // 3 + 1


# ---------------------------------------------------------------- feedback text

TEXT = {
    "crew_late": {
        "zh": ["{tid}报停机{h}个小时才有人来，到场太慢了，白白损失电量",
               "夜里报的故障，第二天中午人员才上塔，到场太慢",
               "工单派出去半天没动静，到场太慢，风好的时候全浪费了",
               "这个月好几次到场太慢，{tid}停了一整晚",
               "你们人员到场太慢，合同写的4小时响应根本做不到"],
        "en": ["The crew was slow to reach site again - {tid} sat idle for {h} hours.",
               "Alarm at night, nobody on the turbine until the next afternoon. Far too slow to reach the site.",
               "Your team is slow to reach the turbines, {h} hours for a simple converter fault.",
               "Response is the problem: slow to reach site every time there is a trip at night."],
    },
    "crane_wait": {
        "zh": ["{tid}齿轮箱坏了，吊车排了{d}天还没进场，损失太大",
               "吊车一直排不上，风机停了快一个月，你们得想办法",
               "大部件更换等吊车等了{d}天，这个效率没法接受",
               "说是旺季吊车紧张，可大部件更换的吊装是合同里你们的责任",
               "{tid}主轴承的活儿，吊车进场一拖再拖"],
        "en": ["Waiting for a crane for {d} days on {tid}, the gearbox job hasn't even started.",
               "Crane still not booked after three weeks. This downtime is unacceptable.",
               "The crane delay on the main component exchange cost us a month of generation.",
               "{tid} has been down {d} days because no crane is available. Please escalate."],
    },
    "parts_customs": {
        "zh": ["{part}卡在胡志明海关清关，{d}天了还没到现场",
               "备件进口清关太慢，风机一直停着等件",
               "每次从中国发件都要清关半个月，能不能在越南备库存",
               "清关手续又出问题，{part}还在港口"],
        "en": ["The {part} has been stuck in customs for {d} days, turbine {tid} is still down.",
               "Spare parts stuck in customs again. Can you not keep stock in Vietnam?",
               "Why does every part from China get stuck in customs for two weeks?",
               "Turbine waiting on a {part} held at customs in Ho Chi Minh City."],
    },
    "repeat_fault": {
        "zh": ["{tid}变桨故障反复报，远程复位根本解决不了",
               "同一个故障反复报，上周刚复位这周又停了",
               "这台风机反复报同样的变桨故障，要求派人彻底排查",
               "{tid}一个月反复报了四次，复位了事不行"],
        "en": ["{tid} keeps throwing the same fault - the pitch alarm was reset remotely and came back in days.",
               "Same fault again on {tid}. Remote resets are not a repair.",
               "Third time this month we see the same fault on the pitch system. Please send someone to find the "
               "root cause.",
               "The same fault trips {tid} every few days, please stop just resetting it."],
    },
    "report_late": {
        "zh": ["上个月的运维月报到现在还没发，集团要数据我们拿不出来",
               "月报晚了十来天，可利用率数据都对不上",
               "新平台上线以后月报总是拖，希望按时发",
               "{m}月的月报迟迟不发，我们没法给集团报数"],
        "en": ["Still no monthly report for {m}, our head office is chasing us for availability figures.",
               "The monthly report came ten days late again since you moved to the new platform.",
               "Please send the monthly report on time, we need it for our lender reporting."],
    },
    "penalty_dispute": {
        "zh": ["对{m}月的可利用率考核扣款有异议，电网限电时间也被算成停机了",
               "考核扣款的计算请提供停机明细，我们的SCADA数据不一样",
               "这个季度考核扣得太多，能否重新核对停机时间",
               "考核扣款和我们自己算的可利用率差了将近一个点"],
        "en": ["We dispute the availability penalty for {m} - grid curtailment hours were counted as downtime.",
               "Please send the downtime log behind this quarter's penalty, our SCADA availability is higher.",
               "The penalty deduction on the last invoice does not match our own availability figures."],
    },
    "price": {
        "zh": ["续约报价比上一期高太多，价格没有竞争力", "备件价格偏高，比市场价贵", "大部件更换的吊装费和人工价格太高",
               "整体价格偏高，集团要求再降"],
        "en": ["The renewal pricing is well above what other ISPs are offering.", "Spare parts are overpriced.",
               "Pricing on the gearbox exchange invoice is too high for a standard contract.",
               "Service is fine but the price per MW is hard to justify to our board."],
    },
    "safety": {
        "zh": ["现场有人爬塔没有按安全规范挂双钩，必须整改", "安全规范执行不到位，作业票不全就开工",
               "发现检修人员在机舱里不戴安全帽，请加强安全规范管理"],
        "en": ["We saw a technician climb without double lanyards, your safety rules are not being followed.",
               "Permit to work was missing on the job yesterday. Please review your safety rules on site.",
               "Safety rules need tightening - housekeeping in the nacelle was poor after the last visit."],
    },
    "crew_praise": {
        "zh": ["现场师傅很专业，{tid}的问题一次就查清楚了", "运维师傅认真负责，半夜也在塔上",
               "师傅们很辛苦，沟通也及时，点赞", "这次来的师傅经验丰富，顺手把隐患也处理了",
               "驻场师傅服务态度好，配合我们很积极"],
        "en": ["Your technicians on site were excellent, found the root cause on {tid} first time.",
               "Great job by the technicians, they worked late to get the turbine back before the wind came.",
               "Very professional technicians, clear handover notes every time.",
               "The technicians spotted a loose bolt on the yaw while fixing something else. Thank you."],
    },
    "fast_fix": {
        "zh": ["这次修复很快，当天就并网了", "报故障后很快就恢复运行了，满意", "工单处理很快，效率比以前高"],
        "en": ["Quick fix, the turbine was back online the same day.", "Very quick response and repair this time.",
               "Impressed by how quick the team turned that fault around."],
    },
    "drone_praise": {
        "zh": ["无人机巡检的叶片报告很清楚，每个缺陷都有照片和定位", "无人机巡检效率高，一天就扫完了整个风场",
               "用无人机查叶片比以前蜘蛛人看得全多了", "无人机报告帮我们提前发现了雷击损伤"],
        "en": ["The drone inspection report is excellent, every defect has a photo and a position on the blade.",
               "Drone blade scans covered the whole farm in two days, much better than the old rope checks.",
               "Really useful drone report, we found lightning damage we had no idea about."],
    },
    "general_pos": {
        "zh": ["整体服务满意，继续合作", "这个季度运行平稳，沟通顺畅", "运维团队配合很好", "服务不错，数据透明"],
        "en": ["Good service overall this quarter.", "Smooth quarter, communication has been good.",
               "Happy with the O&M team, keep it up.", "Reliable service, thank you."],
    },
    "neutral": {
        "zh": ["本季度情况正常，无特别意见", "按计划完成，没有其他问题", "一般，中规中矩", "已收到，暂无意见"],
        "en": ["Nothing to add this quarter.", "Work done as planned.", "No particular comments.", "Received, ok."],
    },
}
MARKERS = {"crew_late": ("到场太慢", "slow to reach"), "crane_wait": ("吊车", "crane"),
           "parts_customs": ("清关", "customs"), "repeat_fault": ("反复报", "same fault"),
           "report_late": ("月报", "monthly report"), "penalty_dispute": ("考核", "penalty"),
           "price": ("价格", "pric"), "safety": ("安全规范", "safety rules"), "crew_praise": ("师傅", "technicians"),
           "fast_fix": ("很快", "quick"), "drone_praise": ("无人机", "drone")}
SENT = {"crew_late": "neg", "crane_wait": "neg", "parts_customs": "neg", "repeat_fault": "neg", "report_late": "neg",
        "penalty_dispute": "neg", "price": "neg", "safety": "neg", "crew_praise": "pos", "fast_fix": "pos",
        "drone_praise": "pos", "general_pos": "pos", "neutral": "neu"}


def _check_markers():
    for topic, (mz, me) in MARKERS.items():
        for t in TEXT[topic]["zh"]:
            assert mz in t, (topic, t)
        for t in TEXT[topic]["en"]:
            assert me in t.lower(), (topic, t)
        for other, tx in TEXT.items():
            if other == topic:
                continue
            for t in tx["zh"]:
                assert mz not in t, (topic, other, t)
            for t in tx["en"]:
                assert me not in t.lower(), (topic, other, t)


_check_markers()


def rating_for(topic):
    s = SENT[topic]
    if topic in ("price", "report_late"):
        return pick({2: 0.45, 3: 0.5, 4: 0.05})
    if s == "neg":
        return pick({1: 0.45, 2: 0.4, 3: 0.15})
    if s == "pos":
        return pick({4: 0.4, 5: 0.6})
    return pick({3: 0.65, 4: 0.35})


def nps_for(rating):
    lo, hi = {1: (0, 4), 2: (1, 6), 3: (4, 8), 4: (6, 10), 5: (8, 10)}[rating]
    return int(lo + int(R.u() * (hi - lo + 1)))


class World:
    def __init__(self):
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.customers: list[dict] = []
        self.experiments: list[dict] = []


W = World()

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def add_feedback(f, topic, channel, ts, tp, rated=False, with_nps=False, tid=None, h=None, d=None, part=None,
                 m=None, wo=None, lang=None):
    lang = lang or f["language"]
    tmpl = choice(TEXT[topic][lang])
    tid_s = (tid or f"{f['customer_id']}-T01").split("-")[-1]
    mm = m or (ts.month if ts else 5)
    text = tmpl.format(tid=tid_s, h=int(h or 14), d=int(d or 18), part=part or ("备件" if lang == "zh" else "part"),
                       m=(mm if lang == "zh" else MONTHS_EN[mm - 1]))
    fid = nid("FB", 6)
    row = {"feedback_id": fid, "text": text, "ts": ts, "customer_id": f["customer_id"], "touchpoint_id": tp,
           "channel": channel, "rating": None, "nps": None, "language": lang, "country": f["country"],
           "region": f["region"], "site_type": f["site_type"], "turbine_model": f["turbine_model"],
           "owner_group": f["owner_group"], "service_base": f["service_base"], "work_order_id": wo}
    if rated:
        row["rating"] = rating_for(topic)
        if with_nps:
            row["nps"] = nps_for(row["rating"])
    f["_fb"].append(row)
    W.truth.append({"feedback_id": fid, "topic": topic, "sentiment": SENT[topic]})
    return row


# ---------------------------------------------------------------- farms

CN_PLACES = {"Inner Mongolia": ["辉腾锡勒", "察右中旗", "商都", "化德", "达茂", "四子王旗", "锡林浩特", "乌拉特"],
             "Xinjiang": ["哈密东南", "三塘湖", "达坂城", "木垒", "淖毛湖", "烟墩"],
             "Gansu": ["瓜州北大桥", "玉门", "干河口", "马鬃山", "昌马"],
             "Hebei": ["张北", "尚义", "康保", "沽源", "围场"], "Shanxi": ["右玉", "平鲁", "五寨", "繁峙"],
             "Shandong": ["东营河口", "莱州", "昌邑", "渤中"], "Jiangsu": ["大丰", "东台", "射阳", "如东", "滨海"],
             "Fujian": ["平海湾", "兴化湾", "长乐外海", "莆田南日岛"], "Guangdong": ["汕尾后湖", "阳江沙扒", "湛江外罗"],
             "Yunnan": ["大理者磨山", "楚雄", "曲靖会泽", "红河"]}
VN_PLACES = {"Ninh Thuan": ["Dam Nai", "Phuoc Huu", "Cong Hai", "Loi Hai"], "Binh Thuan": ["Phu Lac", "Tuy Phong",
             "Hoa Thang"], "Bac Lieu": ["Hoa Binh", "Dong Hai"], "Soc Trang": ["Lac Hoa", "Vinh Chau"],
             "Tra Vinh": ["Dong Thanh", "Duyen Hai"], "Quang Tri": ["Huong Linh", "Lien Lap", "Tai Tam"],
             "Gia Lai": ["Ia Pet", "Chu Prong"]}


def make_farm(i, province, won=None):
    zh, country, _, base, travel, sites, models, owners, tariff, cf = PROV[province]
    site = pick(sites)
    model = OFFSHORE_MODEL[province] if site == "offshore" else pick(models)
    oem, mw, *_ = MODELS[model]
    if site == "offshore":
        cap = choice([150, 200, 250, 300, 300])
    elif country == "Vietnam":
        cap = choice([30, 50, 50, 50, 100, 100, 144])
    else:
        cap = choice([50, 50, 50, 100, 100, 100, 150, 200])
    n = max(6, int(round(cap / mw)))
    cap = round(n * mw, 1)
    owner = pick(owners)
    if site == "offshore" and province in ("Fujian", "Guangdong"):
        owner = "东海风电" if chance(0.7) else owner
    y0, y1 = MODELS[model][4]
    place = choice(CN_PLACES[province] if country == "China" else VN_PLACES[province])
    phase = choice(["一期", "二期", "三期", ""]) if country == "China" else choice(["1", "2", "3", ""])
    if country == "China":
        name = f"{place}{'海上' if site == 'offshore' else ''}风电场{phase}"
    else:
        name = f"{place} Wind Farm {phase}".strip() if site != "nearshore" else f"{place} Nearshore Wind {phase}".strip()
    lang = "en" if (country == "Vietnam" and owner != "中能新能源") or owner == "Nordic Wind China" else "zh"
    ctype = pick({"full_service": 0.58, "standard": 0.42} if site != "offshore" else
                 {"full_service": 0.7, "standard": 0.3})
    f = {"customer_id": f"WF{1001 + i}", "farm_name": name, "owner_group": owner, "country": country,
         "region": province, "province_zh": zh, "site_type": site, "turbine_model": model, "oem": oem,
         "turbine_count": n, "capacity_mw": cap, "commissioning_year": int(U(y0, y1 + 0.999)),
         "contract_type": ctype, "availability_guarantee_pct": GUARANTEE[(ctype, site)],
         "tariff_cny_mwh": tariff if site != "offshore" else 850 if province in ("Fujian", "Guangdong") else 720,
         "_cf": cf if site != "offshore" else 0.36, "service_base": base,
         "account_manager": choice(AM["vietnam"] if country == "Vietnam" else AM[AM_AREA[province]]),
         "language": lang, "_travel": travel, "_fb": [], "_orders": [], "_ev": []}
    if country == "Vietnam" and province in ("Ninh Thuan", "Binh Thuan"):
        f["_travel_pre"] = {"Ninh Thuan": 9.5, "Binh Thuan": 8.0}[province]
    f["annual_fee_cny"] = round(FEE[(ctype, site)] * cap, 0)
    f["drone_package"] = ctype == "full_service" or chance(0.6)
    return f


def ev(f, ts, tp, **kw):
    if ts < START or ts > END:
        return None
    row = {"customer_id": f["customer_id"], "ts": ts, "touchpoint_id": tp, "channel": TP_CHANNEL[tp],
           "country": f["country"], "region": f["region"], "site_type": f["site_type"],
           "turbine_model": f["turbine_model"]}
    row.update({k: v for k, v in kw.items() if v is not None})
    f["_ev"].append(row)
    return row


def base_at(f, t):
    if f.get("_travel_pre") and t < PHAN_RANG:
        return "Bac Lieu"
    return f["service_base"]


def travel_at(f, t):
    if f.get("_travel_pre") and t < PHAN_RANG:
        return f["_travel_pre"]
    return f["_travel"]


def crew_for(f, t):
    b = base_at(f, t)
    return f"{b}-C{int(U(1, 6.999))}"


def dispatch_delay(f, t):
    app = f["country"] == "China" and t >= DISPATCH_APP
    if app:
        return expo(0.5) + 0.15, "app"
    if chance(0.3) and 8 <= t.hour < 17:
        return expo(3.0) + 0.5, "phone"
    return expo(1.4) + 0.3, "phone"


def arrival_after(f, t_disp):
    """time the crew reaches the turbine, leaving at t_disp."""
    site = f["site_type"]
    t = t_disp
    if site == "offshore":
        m = t.month
        wait = expo(30.0) + (U(40, 90) if chance(0.25) else 0) if m in (7, 8, 9) else \
            expo(16.0) if m in (12, 1, 2) else expo(7.0)
        t = t + D(hours=wait)
        if not (6 <= t.hour < 15):                                   # vessels sail in daylight
            t = datetime(t.year, t.month, t.day, 6) + D(days=1 if t.hour >= 15 else 0, hours=U(0, 2))
        return t + D(hours=lognorm(f["_travel"] + 1.0, 0.3))
    if site == "nearshore":
        t = t + D(hours=expo(3.0))
    if (t.hour >= 19 or t.hour < 6) and chance(0.75):                # no climbing at night
        day = t.date() if t.hour < 6 else (t + D(days=1)).date()
        t = datetime(day.year, day.month, day.day, 6) + D(hours=U(0.3, 1.5))
    return t + D(hours=lognorm(travel_at(f, t), 0.3))


def part_chain(f, t_req, wo, tid, category, name, is_major=False):
    """spare part request -> shipped -> received; returns (received time, customs days, lead days)."""
    ev(f, t_req, "tp_part_request", action="submit", work_order_id=wo, turbine_id=tid, part_name=name,
       part_category=category, service_base=base_at(f, t_req))
    customs = None
    if f["country"] == "Vietnam":
        local = (not is_major) and chance(0.4)
        if local:
            wh, carrier = "Ho Chi Minh City", "Viettel Post"
            t_ship = t_req + D(hours=U(4, 30))
            t_recv = t_ship + D(hours=U(10, 30))
        else:
            wh, carrier = "Tianjin" if chance(0.5) else "Guangzhou", "COSCO air/sea" if is_major else "DHL"
            t_ship = t_req + D(days=U(1.0, 3.0) + (3 if is_major else 0))
            customs = U(12, 25) if in_(t_ship, CUSTOMS) else U(1.5, 5)
            t_recv = t_ship + D(days=U(2, 4) + customs + (6 if is_major else 0))
    else:
        wh = WAREHOUSE[f["region"]]
        carrier = "own_truck" if chance(0.5) else choice(["顺丰", "德邦", "京东物流"])
        t_ship = t_req + D(days=expo(0.6) + 0.2 + (2 if is_major else 0))
        far = f["region"] in ("Xinjiang", "Gansu", "Yunnan")
        t_recv = t_ship + D(days=U(1.5, 3.5) if far else U(0.8, 2.2))
        if is_major:
            t_recv += D(days=U(2, 5))
    lead = (t_recv - t_req).total_seconds() / 86400
    ev(f, t_ship, "tp_part_shipped", action="ship", work_order_id=wo, turbine_id=tid, part_name=name,
       part_category=category, warehouse=wh, carrier=carrier)
    ev(f, t_recv, "tp_part_received", action="receive", work_order_id=wo, turbine_id=tid, part_name=name,
       part_category=category, warehouse=wh, customs_days=round(customs, 1) if customs is not None else None,
       lead_days=round(lead, 1))
    return t_recv, customs, lead


def sim_farm(f, a0, a1):
    """operations of one farm from a0 (mobilised) to a1 (END or contract end)."""
    model = f["turbine_model"]
    _, mw, rate, major_rate, _, heavy = MODELS[model]
    n = f["turbine_count"]
    age = 2025 - f["commissioning_year"]
    if age > 10:
        rate *= 1.1
    f["_down"] = []                                                  # (start, end) turbine downtime, excl. PM
    f["_wos"] = []
    sysmix = dict(SYSTEMS)
    if heavy:
        sysmix[heavy] = 0.52
    # ---- fault alarms, month by month
    t = month_start(a0)
    while t < a1:
        nm = next_month(t)
        season = 1.0
        if f["region"] in THREE_NORTH and t.month in (12, 1, 2):
            season = 1.3
        if f["site_type"] == "offshore" and t.month in (7, 8, 9):
            season = 1.25
        k = poisson(rate * n * season / 12)
        mk = poisson(major_rate * n / 12)
        lo, hi = max(t, a0), min(nm, a1)
        span_s = (hi - lo).total_seconds()
        if span_s <= 0:
            t = nm
            continue
        for _ in range(k):
            ts = lo + D(seconds=U(0, span_s))
            alarm(f, ts, pick(sysmix), major=False)
        for _ in range(mk):
            ts = lo + D(seconds=U(0, span_s))
            alarm(f, ts, None, major=True)
        t = nm
    # ---- scheduled maintenance (spring semiannual, autumn annual)
    off = U(0, 25)
    for y in (2024, 2025, 2026):
        for kind, mth in (("semiannual", 4), ("annual", 9)):
            planned = datetime(y, mth, 1) + D(days=off)
            over = expo(3.0)
            if f["region"] in THREE_NORTH and kind == "annual" and y == 2025:
                over += U(12, 35)                                    # crews tied up on crane jobs
            act = office(planned + D(days=over))
            if not (a0 <= act <= a1):
                continue
            ev(f, act, "tp_scheduled_inspection", action="complete", inspection_type=kind,
               turbines_serviced=n, overdue_days=round(over, 1), crew=crew_for(f, act),
               service_base=base_at(f, act))
            if kind == "annual" and act < DRONE_START:               # rope-access / telescope blade check
                for j in range(n):
                    if chance(0.07):
                        blade_defect(f, act + D(days=U(1, 6)), f"{f['customer_id']}-T{j + 1:02d}", "rope_access")
    # ---- drone inspections from April 2025
    if f["drone_package"]:
        first = max(a0 + D(days=20), DRONE_START + D(days=U(0, 200)))
        for k in range(2):
            td = office(first + D(days=365 * k))
            if not (a0 <= td <= a1):
                continue
            drow = ev(f, td, "tp_drone_inspection", action="complete", inspection_method="drone",
                      turbines_inspected=n, crew=f"Drone-{'VN' if f['country'] == 'Vietnam' else 'CN'}{int(U(1, 4.999))}",
                      service_base=base_at(f, td))
            found = 0
            for j in range(n):
                for _ in range(poisson(0.34)):
                    blade_defect(f, td + D(days=U(1, 5)), f"{f['customer_id']}-T{j + 1:02d}", "drone")
                    found += 1
            drow["defects_found"] = found
            if k == 0 and chance(0.55):
                topic = pick({"drone_praise": 0.62, "general_pos": 0.15, "neutral": 0.23})
                add_feedback(f, topic, "survey", td + D(days=U(6, 15)), "tp_drone_inspection", rated=True)
    # ---- monthly reports, penalties, quarterly reviews, hotline, portal
    monthly(f, a0, a1)


def blade_defect(f, ts, tid, method):
    if f["region"] in ("Guangdong", "Fujian", "Yunnan"):
        mix = {"leading_edge_erosion": 0.34, "lightning_damage": 0.3, "crack": 0.14, "trailing_edge_split": 0.1,
               "coating_damage": 0.12}
    elif f["country"] == "Vietnam" or f["site_type"] == "offshore":
        mix = {"leading_edge_erosion": 0.56, "lightning_damage": 0.12, "crack": 0.1, "trailing_edge_split": 0.08,
               "coating_damage": 0.14}
    else:
        mix = {"leading_edge_erosion": 0.44, "lightning_damage": 0.12, "crack": 0.16, "trailing_edge_split": 0.12,
               "coating_damage": 0.16}
    dt = pick(mix)
    sev = pick({1: 0.28, 2: 0.3, 3: 0.24, 4: 0.13, 5: 0.05})
    ev(f, ts, "tp_blade_defect", action="report", turbine_id=tid, defect_type=dt, defect_severity=sev,
       inspection_method=method)
    if sev >= 3 or (sev == 2 and chance(0.2)):
        wait = U(4, 20) if sev >= 4 else U(15, 70)
        if f["site_type"] == "offshore":
            wait += U(10, 40)
        tr = ts + D(days=wait)
        if f["region"] in THREE_NORTH and tr.month in (12, 1, 2):  # no rope access in the cold
            tr = datetime(tr.year + (tr.month == 12), 3, 1) + D(days=U(0, 20))
        tr = office(tr)
        rh = round(U(6, 30), 1)
        ev(f, tr, "tp_blade_repair", action="complete", turbine_id=tid, defect_type=dt, defect_severity=sev,
           repair_hours=rh, crew=f"{base_at(f, tr)}-Blade", service_base=base_at(f, tr))
        f["_down"].append((tr, tr + D(hours=rh)))
        if chance(0.12):
            topic = pick({"crew_praise": 0.4, "general_pos": 0.3, "neutral": 0.3})
            add_feedback(f, topic, "survey", tr + D(days=U(1, 6)), "tp_blade_repair", rated=True, tid=tid)


def alarm(f, ts, system, major):
    tid = f"{f['customer_id']}-T{int(U(1, f['turbine_count'] + 0.999)):02d}"
    if major:
        comp = pick(MAJOR_OLD if f["turbine_model"] == "KW-2.5/121" else MAJOR)
        system = {"gearbox": "gearbox", "generator": "generator", "main_bearing": "drivetrain", "blade": "blade"}[comp]
        code = {"gearbox": "B090 gearbox bearing damage", "generator": "G120 generator winding failure",
                "main_bearing": "M010 main bearing temperature/vibration", "blade": "R050 blade structural damage"}[comp]
        ev(f, ts, "tp_fault_alarm", action="trigger", turbine_id=tid, fault_code=code, fault_system=system,
           alarm_class="major_component")
        return field_job(f, ts, ts + D(minutes=U(3, 25)), tid, system, code, comp=comp)
    code = choice(FAULT_CODES[system])
    cls = "resettable" if R.u() < RESETTABLE[system] else "field"
    ev(f, ts, "tp_fault_alarm", action="trigger", turbine_id=tid, fault_code=code, fault_system=system,
       alarm_class=cls)
    if cls == "resettable":
        tr = ts + D(minutes=U(6, 45))
        ok = chance(0.9)
        ev(f, tr, "tp_remote_reset", action="success" if ok else "fail", turbine_id=tid, fault_code=code,
           fault_system=system)
        if ok:
            f["_down"].append((ts, tr + D(minutes=U(5, 30))))
            # the BL pitch faults come back after a reset
            if f["turbine_model"] == "BL-3.6/147" and system == "pitch" and chance(0.38):
                t2 = tr + D(days=U(0.5, 7))
                if t2 <= END:
                    ev(f, t2, "tp_fault_alarm", action="trigger", turbine_id=tid, fault_code=code,
                       fault_system=system, alarm_class="field", repeat_fault="yes")
                    if chance(0.3):
                        add_feedback(f, "repeat_fault", "ticket" if f["country"] == "China" else "email",
                                     t2 + D(hours=U(2, 30)), "tp_fault_alarm", tid=tid)
                    elif chance(0.06):
                        add_feedback(f, "repeat_fault", "wechat", t2 + D(hours=U(1, 8)), "tp_fault_alarm", tid=tid)
                    return field_job(f, t2, t2 + D(minutes=U(5, 20)), tid, system, code, repeat=True)
            return None
        return field_job(f, ts, tr + D(minutes=U(5, 20)), tid, system, code)
    return field_job(f, ts, ts + D(minutes=U(8, 40)), tid, system, code)


def field_job(f, t_alarm, t_wo, tid, system, code, comp=None, repeat=False):
    wo = nid("WO", 6)
    ev(f, t_wo, "tp_work_order", action="create", work_order_id=wo, turbine_id=tid, fault_code=code,
       fault_system=system, alarm_class="major_component" if comp else "field", service_base=base_at(f, t_wo),
       repeat_fault="yes" if repeat else None)
    dd, method = dispatch_delay(f, t_wo)
    t_disp = t_wo + D(hours=dd)
    crew = crew_for(f, t_disp)
    ev(f, t_disp, "tp_tech_dispatch", action="assign", work_order_id=wo, turbine_id=tid, crew=crew,
       dispatch_method=method, technicians=int(U(2, 4.999)), service_base=base_at(f, t_disp))
    t_arr = arrival_after(f, t_disp)
    resp = (t_arr - t_wo).total_seconds() / 3600
    ev(f, t_arr, "tp_onsite_arrival", action="arrive", work_order_id=wo, turbine_id=tid, crew=crew,
       response_hours=round(resp, 1), service_base=base_at(f, t_arr))
    job = {"wo": wo, "tid": tid, "t_alarm": t_alarm, "resp": resp, "comp": comp, "repeat": repeat, "customs": None,
           "crane_wait": None}
    if comp:
        t_book = t_arr + D(hours=U(10, 40))
        offshore = f["site_type"] == "offshore"
        crane_type = "jack_up_vessel" if offshore else ("800t_crawler" if f["turbine_model"] in
                                                         ("TQ-4.5/155", "BL-3.6/147") else "500t_crawler")
        if offshore:
            wait = U(9, 22) + (U(10, 25) if t_book.month in (7, 8, 9) else 0)
        elif f["country"] == "Vietnam":
            wait = U(9, 20)
        elif f["region"] in THREE_NORTH and in_(t_book, CRANE_SHORT):
            wait = U(20, 38)
        else:
            wait = lognorm(6.5, 0.35)
        vendor = choice(CRANE_VENDORS[f["country"]]) if not offshore else choice(["龙源振华3号", "华电稳强", "三航风范"])
        ev(f, t_book, "tp_crane_booking", action="book", work_order_id=wo, turbine_id=tid, component=comp,
           crane_type=crane_type, crane_vendor=vendor)
        lo, hi = MAJOR_PARTS[comp]
        t_recv, customs, _ = part_chain(f, t_book + D(hours=U(1, 6)), wo, tid, "major_component", comp,
                                        is_major=True)
        t_crane = t_book + D(days=wait)
        ev(f, t_crane, "tp_crane_onsite", action="arrive", work_order_id=wo, turbine_id=tid, component=comp,
           crane_type=crane_type, crane_vendor=vendor, wait_days=round(wait, 1))
        t_done = max(t_crane, t_recv) + D(days=U(1.5, 4.0))
        down = (t_done - t_alarm).total_seconds() / 3600
        ev(f, t_done, "tp_component_replaced", action="complete", work_order_id=wo, turbine_id=tid, component=comp,
           crane_type=crane_type, downtime_hours=round(down, 1), crew=crew)
        f["_down"].append((t_alarm, t_done))
        job.update(t_done=t_done, customs=customs, crane_wait=wait, down=down,
                   parts_cny=round(U(lo, hi), -3),
                   crane_cny=round(U(1.2e6, 2.4e6) if offshore else U(110e3, 210e3), -3),
                   labour_cny=round(U(40e3, 90e3), -3))
        # feedback on a major exchange
        if chance(0.55):
            if wait > 16 and chance(0.75):
                topic = "crane_wait"
            elif customs and customs > 10 and chance(0.7):
                topic = "parts_customs"
            else:
                topic = pick({"crew_praise": 0.35, "general_pos": 0.2, "neutral": 0.25,
                              "price": 0.2 if f["contract_type"] == "standard" else 0.0})
            add_feedback(f, topic, "survey", t_done + D(days=U(2, 10)), "tp_component_replaced", rated=True, tid=tid,
                         d=wait, part=comp.replace("_", " "), wo=wo)
        if wait > 20 and chance(0.5):
            add_feedback(f, "crane_wait", "ticket" if f["country"] == "China" else "email",
                         t_book + D(days=U(12, 19)), "tp_crane_booking", tid=tid, d=U(12, 19), wo=wo)
        if customs and customs > 10 and chance(0.65):
            add_feedback(f, "parts_customs", "email", t_recv - D(days=U(2, 6)), "tp_part_shipped", tid=tid,
                         d=customs, part=comp.replace("_", " "), wo=wo)
        f["_wos"].append(job)
        return job
    # field repair
    rep_h = lognorm({"converter": 4.0, "pitch": 3.2, "gearbox": 5.0, "generator": 5.5, "hydraulic": 3.5}.get(system,
                    2.5), 0.45)
    t_done = t_arr + D(hours=rep_h)
    part = None
    if chance(0.22):
        part = choice(FIELD_PARTS[system])
        t_recv, customs, lead = part_chain(f, t_arr + D(hours=U(1, 4)), wo, tid, system, part)
        job["customs"] = customs
        t_done = t_recv + D(hours=U(2, 10) + rep_h)
        if (t_done.hour >= 19 or t_done.hour < 6) and f["site_type"] != "offshore":
            day = t_done.date() if t_done.hour < 6 else (t_done + D(days=1)).date()
            t_done = datetime(day.year, day.month, day.day, 8) + D(hours=rep_h + U(0, 2))
        if customs and customs > 10 and chance(0.6):
            add_feedback(f, "parts_customs", "email" if chance(0.8) else "call_note", t_recv - D(days=U(1, 5)),
                         "tp_part_shipped", tid=tid, d=customs, part=part, wo=wo)
    down = (t_done - t_alarm).total_seconds() / 3600
    ev(f, t_done, "tp_repair_done", action="complete", work_order_id=wo, turbine_id=tid, fault_system=system,
       downtime_hours=round(down, 1), repair_hours=round(rep_h, 1), crew=crew)
    f["_down"].append((t_alarm, t_done))
    job.update(t_done=t_done, down=down, part=part)
    if part and f["contract_type"] == "standard":
        job["part_cny"] = round(U(3e3, 48e3), -2)
    # feedback after a field repair
    if resp > 24 and chance(0.14):
        add_feedback(f, "crew_late", "ticket" if f["country"] == "China" else "email", t_arr + D(hours=U(1, 20)),
                     "tp_onsite_arrival", tid=tid, h=resp, wo=wo)
    elif resp > 15 and chance(0.06):
        add_feedback(f, "crew_late", "wechat", t_arr + D(hours=U(0.2, 3)), "tp_onsite_arrival", tid=tid, h=resp,
                     wo=wo)
    if chance(0.095):
        if resp > 20 and chance(0.65):
            topic = "crew_late"
        elif job["customs"] and job["customs"] > 10 and chance(0.7):
            topic = "parts_customs"
        elif repeat and chance(0.6):
            topic = "repeat_fault"
        elif down < 10 and chance(0.5):
            topic = "fast_fix"
        else:
            topic = pick({"crew_praise": 0.36, "fast_fix": 0.1, "general_pos": 0.2, "neutral": 0.24,
                          "safety": 0.04, "price": 0.06 if f["contract_type"] == "standard" else 0.0})
        add_feedback(f, topic, "survey", t_done + D(hours=U(4, 72)), "tp_repair_done", rated=True, tid=tid, h=resp,
                     d=(job["customs"] or 14), part=part, wo=wo)
    elif chance(0.012):
        add_feedback(f, "crew_praise", "wechat", t_done + D(hours=U(0.2, 4)), "tp_repair_done", tid=tid, wo=wo)
    f["_wos"].append(job)
    return job


def down_hours_in(f, m0, m1):
    tot = 0.0
    for a, b in f["_down"]:
        lo, hi = max(a, m0), min(b, m1)
        if hi > lo:
            tot += (hi - lo).total_seconds() / 3600
    return tot


def monthly(f, a0, a1):
    n = f["turbine_count"]
    f["_months"] = []
    fee_m = f["annual_fee_cny"] / 12
    m = month_start(a0)
    while m < a1:
        nm = next_month(m)
        lo, hi = max(m, a0), min(nm, a1)
        hours = (hi - lo).total_seconds() / 3600
        if hours < 24 * 10:
            m = nm
            continue
        down = down_hours_in(f, lo, hi)
        other = lognorm(0.85, 0.4) / 100                            # minor stops, comms losses, icing restarts
        if f["region"] in THREE_NORTH and m.month in (12, 1, 2):
            other += 0.003
        if f["site_type"] == "offshore" and m.month in (7, 8, 9):
            other += 0.012                                          # repairs held up by sea state
        down += other * n * hours
        avail = 100.0 * (1 - down / (n * hours))
        delay = expo(1.0)
        t_rep = nm + D(days=3)
        if in_(t_rep + D(days=2), REPORT_MIGRATION):
            delay = U(6, 15)
        t_rep = office(t_rep + D(days=delay))
        short = max(0.0, f["availability_guarantee_pct"] - avail)
        pen, lost = 0.0, 0.0
        if short > 0:
            lost = short / 100 * f["capacity_mw"] * hours * f["_cf"]
            pen = min(lost * f["tariff_cny_mwh"], 0.3 * fee_m * hours / (24 * 30.4))
        rec = {"month": m, "avail": avail, "short": short, "pen": round(pen, 0), "lost": lost, "t_rep": t_rep,
               "delay": (t_rep - (nm + D(days=3))).total_seconds() / 86400, "down": down, "hours": hours}
        f["_months"].append(rec)
        if t_rep <= END and nm <= a1 + D(days=1):
            ev(f, t_rep, "tp_monthly_report", action="send", report_month=f"{m:%Y-%m}",
               availability_pct=round(avail, 2), guarantee_pct=f["availability_guarantee_pct"],
               downtime_hours=round(down, 1), report_delay_days=round(rec["delay"], 1))
            if pen > 0:
                ev(f, t_rep + D(minutes=U(5, 50)), "tp_availability_penalty", action="deduct",
                   report_month=f"{m:%Y-%m}", availability_pct=round(avail, 2),
                   guarantee_pct=f["availability_guarantee_pct"], shortfall_pp=round(short, 2),
                   lost_mwh=round(lost, 1), penalty_cny=rec["pen"])
                if chance(0.22):
                    add_feedback(f, "penalty_dispute", "ticket" if f["country"] == "China" else "email",
                                 t_rep + D(days=U(1, 8)), "tp_availability_penalty", m=m.month)
            if rec["delay"] > 5 and chance(0.1):
                add_feedback(f, "report_late", "ticket" if f["country"] == "China" else "email",
                             t_rep - D(days=U(1, 3)), "tp_monthly_report", m=m.month)
            # portal visit after the report
            p = portal_after_report_p(f, t_rep)
            if chance(p):
                portal(f, t_rep + D(hours=expo(30) + 0.3), page="monthly_report")
        m = nm
    # background portal use and hotline
    rate = U(0.6, 2.6)
    t = a0
    while True:
        t = t + D(days=expo(30.4 / rate))
        if t > a1:
            break
        portal(f, office(t, 8, 22) if chance(0.8) else t, page=pick({"alarms": 0.35, "availability": 0.3,
                                                                      "work_orders": 0.25, "documents": 0.1}))
    t = a0
    while True:
        t = t + D(days=expo(30.4 / 0.35))
        if t > a1:
            break
        topic = pick({"invoice": 0.3, "report_question": 0.25, "portal_login": 0.2, "other": 0.25})
        hotline(f, office(t), topic)
    for job in f["_wos"]:
        if job["resp"] > 10 and chance(0.3):
            hotline(f, job["t_alarm"] + D(hours=U(2, min(job["resp"], 30))), "crew_eta")
        if job.get("customs") and job["customs"] > 8:
            for _ in range(1 + poisson(1.2)):                       # owners chase the part again and again
                hotline(f, job["t_alarm"] + D(days=U(4, 16)), "parts_eta")
        if job.get("crane_wait") and job["crane_wait"] > 14 and chance(0.7):
            hotline(f, job["t_alarm"] + D(days=U(8, 14)), "crane_schedule")
    # quarterly service reviews (survey: rating + NPS)
    for y in (2024, 2025, 2026):
        for q in (1, 2, 3, 4):
            qe = datetime(y + (q == 4), (3 * q) % 12 + 1, 1)
            tr = office(qe + D(days=U(8, 25)))
            qs = datetime(y, 3 * q - 2, 1)
            if qs < a0 - D(days=30) or tr > a1 or tr < START or tr > END:
                continue
            ev(f, tr, "tp_service_review", action="meet", review_quarter=f"{y}Q{q}",
               service_base=base_at(f, tr))
            if chance(0.72):
                ms = [r for r in f["_months"] if qs <= r["month"] < qe]
                pens = sum(1 for r in ms if r["pen"] > 0)
                late = any(r["delay"] > 5 for r in ms) or in_(tr, REPORT_MIGRATION) or \
                    in_(tr - D(days=20), REPORT_MIGRATION)
                if pens and chance(0.55):
                    topic = "penalty_dispute"
                elif late and chance(0.45):
                    topic = "report_late"
                else:
                    topic = pick({"crew_praise": 0.28, "general_pos": 0.3, "neutral": 0.28, "price": 0.1,
                                  "drone_praise": 0.04 if tr > DRONE_START and f["drone_package"] else 0})
                mth = ms[-1]["month"].month if ms else tr.month
                add_feedback(f, topic, "survey", tr + D(hours=U(2, 48)), "tp_service_review", rated=True,
                             with_nps=True, m=mth)


def portal_after_report_p(f, t_rep):
    if in_(t_rep, EXP):
        return 0.82 if f.get("_variant") == "dashboard_link" else 0.3
    if t_rep > EXP[1]:
        return 0.72
    return 0.28


def portal(f, ts, page):
    dev = pick({"pc": 0.68, "ios": 0.14, "android": 0.18})
    ev(f, ts, "tp_portal", action="view", device=dev, session_id=nid("S", 7), page=page)


def hotline(f, ts, topic):
    wait = expo(2.2) + 0.3
    ev(f, ts, "tp_hotline", action="call", call_topic=topic, wait_min=round(wait, 1))


# ---------------------------------------------------------------- tenders, renewals, orders

def tender(f, t0, win_p):
    """tender journey for a farm; returns the contract-signed time or None."""
    tid = nid("TD", 4)
    ev(f, t0, "tp_tender_notice", action="publish", tender_id=tid)
    if not chance(0.78):
        return None
    t1 = after(t0, U(5, 25))
    ev(f, t1, "tp_site_survey", action="visit", tender_id=tid)
    if not chance(0.88):
        return None
    t2 = after(t1, U(10, 35))
    price = round(FEE[(f["contract_type"], f["site_type"])] * f["capacity_mw"] * U(0.9, 1.1) * 3, -3)
    comp = int(U(2, 7.999))
    ev(f, t2, "tp_bid_submitted", action="submit", tender_id=tid, bid_price_cny=price, competitors=comp)
    if not chance(win_p):
        return None
    t3 = after(t2, U(15, 55))
    ev(f, t3, "tp_contract_signed", action="sign", tender_id=tid)
    return t3 if t3 <= END else None


def invoices(f, a0, a1):
    fee_q = f["annual_fee_cny"] / 4
    vn = f["country"] == "Vietnam"
    for y in (2024, 2025, 2026):
        for q in (1, 2, 3, 4):
            qs, qe = datetime(y, 3 * q - 2, 1), datetime(y + (q == 4), (3 * q) % 12 + 1, 1)
            lo, hi = max(qs, a0), min(qe, a1)
            if hi <= lo or qs < datetime(2024, 4, 1):
                continue
            frac = (hi - lo).total_seconds() / (qe - qs).total_seconds()
            gross = round(fee_q * frac, 0)
            pen = sum(r["pen"] for r in f["_months"] if qs <= r["month"] < qe and r["month"] < a1)
            ts = office(qe + D(days=U(8, 14)))
            if ts > END or ts < START:
                continue
            order(f, ts, "service_fee", "contract", round(gross - pen, 0), gross_fee_cny=gross, penalty_cny=pen,
                  service_period=f"{y}Q{q}")
    for job in f["_wos"]:
        if f["contract_type"] != "standard":
            continue
        if job["comp"]:
            ts = office(job["t_done"] + D(days=U(10, 20)))
            amt = job["parts_cny"] + job["crane_cny"] + job["labour_cny"]
            order(f, ts, "major_repair", "work_order", amt, parts_cny=job["parts_cny"], crane_cny=job["crane_cny"],
                  labour_cny=job["labour_cny"], work_order_id=job["wo"])
        elif job.get("part_cny"):
            ts = office(job["t_done"] + D(days=U(5, 15)))
            order(f, ts, "spare_parts", "work_order", job["part_cny"], parts_cny=job["part_cny"],
                  work_order_id=job["wo"])
    if not f["drone_package"] or f["contract_type"] == "full_service":
        return
    for e in f["_ev"]:
        if e["touchpoint_id"] == "tp_drone_inspection":
            order(f, office(e["ts"] + D(days=U(7, 15))), "drone_inspection", "work_order",
                  round(680 * f["turbine_count"] * (1.15 if f["site_type"] == "offshore" else 1.0), 0))


def order(f, ts, otype, channel, amount, **kw):
    if ts > END or ts < START:
        return
    vn = f["country"] == "Vietnam"
    oid = nid("INV", 6)
    o = {"order_id": oid, "customer_id": f["customer_id"], "ts": ts, "amount": round(amount, 2), "status": "paid",
         "channel": channel, "order_type": otype, "country": f["country"], "region": f["region"],
         "contract_type": f["contract_type"], "owner_group": f["owner_group"],
         "currency": "USD" if vn else "CNY", "amount_orig": round(amount / USD_CNY, 2) if vn else round(amount, 2),
         "invoice_no": f"{'VN' if vn else 'CN'}-{ts:%Y%m}-{oid[3:]}", "paid_at": None, "due_days": 60 if vn else 90,
         "gross_fee_cny": None, "penalty_cny": None, "parts_cny": None, "crane_cny": None, "labour_cny": None,
         "work_order_id": None, "service_period": None, "reissue_of": None}
    o.update(kw)
    slow = f["owner_group"] == "Truong Son Energy"
    if chance(0.012):
        o["status"] = "cancelled"
        f["_orders"].append(o)
        o2 = dict(o)
        o2["order_id"] = nid("INV", 6)
        o2["invoice_no"] = f"{'VN' if vn else 'CN'}-{ts:%Y%m}-{o2['order_id'][3:]}"
        o2["ts"] = o["ts"] + D(days=U(3, 9))
        o2["reissue_of"] = oid
        o2["status"] = "paid"
        o = o2
        if o["ts"] > END:
            return
    pay = U(25, 85) + (U(40, 120) if slow else 0)
    if o["ts"] + D(days=pay) > END:
        o["status"] = "overdue" if (END - o["ts"]).days > o["due_days"] else "unpaid"
    else:
        o["paid_at"] = o["ts"] + D(days=pay)
    f["_orders"].append(o)


# ---------------------------------------------------------------- main

def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    farms = []
    i = 0
    # existing contracts (signed before the data starts)
    for prov, spec in PROV.items():
        n_exist = int(round(spec[2] * 0.87))
        for _ in range(n_exist):
            f = make_farm(i, prov)
            i += 1
            start = datetime(2021, 11, 1) + D(days=U(0, (datetime(2024, 6, 15) - datetime(2021, 11, 1)).days))
            f["contract_start"] = start = datetime(start.year, start.month, start.day)
            f["signup_at"] = office(start - D(days=U(25, 45)))
            f["acquisition_channel"] = pick({"public_tender": 0.55, "framework_agreement": 0.25,
                                             "direct_negotiation": 0.12, "referral": 0.08})
            f["contract_end"] = plus3y(start)
            f["_new"] = False
            farms.append(f)
    # tenders in the window: won ones become farms, lost ones stay prospects
    prospects = []
    tender_prov = {p: s[2] for p, s in PROV.items()}
    n_tenders = 118
    for k in range(n_tenders):
        prov = pick(tender_prov)
        f = make_farm(i, prov)
        i += 1
        f["acquisition_channel"] = "public_tender"
        f["_new"] = True
        t0 = office(START + D(days=U(3, (datetime(2026, 3, 20) - START).days)))
        f["first_contact_at"] = t0
        win_p = 0.42 if f["country"] == "China" else 0.6
        signed = tender(f, t0, win_p)
        if signed:
            f["signup_at"] = signed
            mob = office(signed + D(days=U(20, 40)))
            f["contract_start"] = datetime(mob.year, mob.month, mob.day)
            f["contract_end"] = plus3y(mob)
            if mob <= END:
                ev(f, mob, "tp_mobilization", action="complete", crew=crew_for(f, mob), service_base=base_at(f, mob))
            farms.append(f)
        else:
            f["signup_at"] = None
            f["contract_start"] = f["contract_end"] = None
            prospects.append(f)
    # the report A/B test: farms active on 2025-10-01
    eligible = [f for f in farms if f["contract_start"] <= EXP[0] - D(days=30) and f["contract_end"] > EXP[0]]
    keyed = sorted(eligible, key=lambda f: R.u())                   # balanced random split
    for k, f in enumerate(keyed):
        f["_variant"] = "dashboard_link" if k % 2 else "pdf_email"
    # operations, then renewal decisions
    for f in farms:
        f["_active_end"], f["_months"], f["_wos"] = END, [], []
    for f in farms:
        a0 = max(START, f["contract_start"])
        if a0 > END:
            continue
        sim_farm(f, a0, END)
        renewal(f)
        invoices(f, a0, f["_active_end"])
    # experiments rows (only for farms still under contract on the assignment date)
    for f in farms:
        if f.get("_variant") and f["_active_end"] > EXP[0]:
            W.experiments.append({"experiment_id": "report_dashboard", "variant": f["_variant"],
                                  "customer_id": f["customer_id"], "assigned_at": EXP[0],
                                  "variant_desc": "monthly report as a link to the live availability dashboard"
                                  if f["_variant"] == "dashboard_link" else "monthly report as a PDF e-mail (control)"})
    # call notes by account managers (some undated), a few e-mails without a date
    for f in farms + prospects:
        n_notes = poisson(1.1 if f in farms else 0.3)
        for _ in range(n_notes):
            lo = max(START, f.get("contract_start") or f["first_contact_at"])
            hi = min(END, f.get("_active_end") or END)
            if hi <= lo:
                continue
            ts = office(lo + D(days=U(0, (hi - lo).days)))
            pens = sum(1 for r in f.get("_months", []) if r["pen"] > 0)
            topic = pick({"price": 0.3, "general_pos": 0.25, "neutral": 0.25,
                          "penalty_dispute": 0.25 if pens >= 2 else 0.02, "safety": 0.04})
            row = add_feedback(f, topic, "call_note", ts, "tp_service_review" if f in farms else "tp_bid_submitted")
            if chance(0.3):
                row["ts"] = None
    for f in farms:
        for row in f["_fb"]:
            if row["channel"] == "email" and chance(0.22):
                row["ts"] = None
    # segments at the end of the data
    for f in farms + prospects:
        f["segment"], f["tier"] = segment(f)
    cust = farms + prospects
    W.customers = sorted(cust, key=lambda c: c["customer_id"])
    for f in cust:
        keep_end = f.get("_active_end", END)
        for e in f["_ev"]:
            if e["ts"] <= keep_end or e["touchpoint_id"] in ("tp_renewal_notice", "tp_renewal_talks"):
                W.events.append(e)
        for r in f["_fb"]:
            if r["ts"] is None or START <= r["ts"] <= min(END, keep_end + D(days=20)):
                W.feedback.append(r)
        W.orders.extend(f["_orders"])
    keep = {r["feedback_id"] for r in W.feedback}
    W.truth = [t for t in W.truth if t["feedback_id"] in keep]
    write(out)


def renewal(f):
    f["_active_end"] = END
    end = f["contract_end"]
    notice = office(end - D(days=120))
    f["renewed"] = None
    if notice > END:
        return
    if notice < START:                                              # decided before the extract: renewed
        f["contract_end"] = plus3y(end)
        f["renewed"] = "yes"
        return
    pen12 = sum(1 for r in f["_months"] if notice - D(days=365) <= r["month"] < notice - D(days=20) and r["pen"] > 0)
    ev(f, notice, "tp_renewal_notice", action="send", renewal_term_years=3)
    p_talk = 0.93 if pen12 < 2 else 0.8
    p_sign = 0.91 if pen12 == 0 else 0.72 if pen12 == 1 else 0.42 if pen12 < 4 else 0.25
    if f["country"] == "Vietnam":
        p_sign -= 0.05
    signed = False
    if chance(p_talk):
        t_talk = after(notice, U(8, 40))
        ev(f, t_talk, "tp_renewal_talks", action="meet", renewal_term_years=3)
        if chance(0.45 + 0.5 * (pen12 > 0)):
            topic = "penalty_dispute" if pen12 > 0 and chance(0.6) else "price"
            row = add_feedback(f, topic, "call_note", t_talk + D(hours=U(2, 30)), "tp_renewal_talks")
            if chance(0.25):
                row["ts"] = None
        if chance(p_sign):
            t_sign = after(t_talk, U(12, 70))
            if t_sign > end - D(days=2):
                t_sign = office(end - D(days=U(3, 10)))
                if t_sign <= t_talk:
                    t_sign = t_talk + D(days=2)
            ev(f, t_sign, "tp_renewal_signed", action="sign", renewal_term_years=3)
            signed = True
            f["_signed_at"] = t_sign
    if signed:
        f["renewed"] = "yes" if f["_signed_at"] <= END else None
        if f["_signed_at"] <= END:
            f["contract_end"] = plus3y(end)
    else:
        f["renewed"] = "no" if end <= END else None
        if end <= END:
            f["_active_end"] = end
    f["_pen12"] = pen12


def segment(f):
    cap = f["capacity_mw"]
    tier = "A" if cap >= 200 else "B" if cap >= 90 else "C"
    if f.get("contract_start") is None:
        return "prospect", tier
    if f.get("renewed") == "no":
        return "churned", tier
    recent = sum(1 for r in f.get("_months", []) if r["month"] >= datetime(2025, 12, 1) and r["pen"] > 0)
    pending = f["contract_end"] <= END + D(days=130) and f.get("renewed") is None and \
        f["contract_end"] - D(days=120) <= END
    if recent >= 2 or (pending and f.get("_pen12", 0) >= 1):
        return "at_risk", tier
    if f["signup_at"] and f["signup_at"] >= datetime(2025, 6, 1):
        return "new", tier
    return "active", tier


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return v


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


def write(out: Path):
    write_csv(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                        "owner", "aliases"],
              [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                    name=t[1]) for t in TOUCHPOINTS])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append({"journey_id": jid, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en,
                       "step": k, "touchpoint_id": tp, "window_days": win})
    write_csv(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"], jr)
    write_csv(out / "customers.csv", ["customer_id", "farm_name", "signup_at", "segment", "region", "province_zh",
                                      "country", "acquisition_channel", "tier", "owner_group", "site_type",
                                      "turbine_model", "oem", "turbine_count", "capacity_mw", "commissioning_year",
                                      "contract_type", "availability_guarantee_pct", "annual_fee_cny",
                                      "contract_start", "contract_end", "renewed", "drone_package", "service_base",
                                      "account_manager", "tariff_cny_mwh", "language", "first_contact_at"],
              [dict(c, drone_package="yes" if c["drone_package"] else "no") for c in W.customers])
    evs = sorted(W.events, key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for k, e in enumerate(evs, 1):
        e["event_id"] = f"E{k:07d}"
    alarms = [e for e in evs if e["touchpoint_id"] == "tp_fault_alarm"]
    dups = [dict(alarms[int(U(0, len(alarms) - 1))]) for _ in range(31)]   # SCADA re-sends: same event_id
    rows = evs + dups
    rows.sort(key=lambda e: (e["ts"], e["event_id"]))
    write_csv(out / "events.csv", EV_COLS, rows)
    ords = sorted(W.orders, key=lambda o: (o["ts"], o["order_id"]))
    write_csv(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type",
                                   "country", "region", "contract_type", "owner_group", "currency", "amount_orig",
                                   "gross_fee_cny", "penalty_cny", "parts_cny", "crane_cny", "labour_cny",
                                   "service_period", "work_order_id", "invoice_no", "due_days", "paid_at",
                                   "reissue_of"], ords)
    fb = sorted(W.feedback, key=lambda r: r["feedback_id"])
    write_csv(out / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "country", "region", "site_type", "turbine_model",
                                     "owner_group", "service_base", "work_order_id"], fb)
    write_csv(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"],
              W.experiments)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment"],
              sorted(W.truth, key=lambda t: t["feedback_id"]))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
