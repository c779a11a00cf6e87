"""港箱 BoxHarbor: a shipping-container depot operator with yards in Ningbo, Shenzhen Yantian, Busan and Laem Chabang.
Synthetic, written blind.

BoxHarbor's customers (customer_id) are accounts of three kinds (customers.segment):
- shipping_line: lines that keep their empty containers in BoxHarbor's yards. Their boxes are gated in (returned by
  consignees' trucks), surveyed for damage (EIR), estimated for repair, the estimate is approved by the line, repaired,
  washed and, for reefers, pre-trip inspected (PTI). Each month a line is invoiced per depot for handling (lift-on /
  lift-off, washing, PTI), storage beyond its free days, and repairs.
- forwarder: freight forwarders who pick up a line's empties for export bookings: a pickup booking in the portal, a
  release check against the line's release order, (with the gate appointment) a time slot, then the truck gates the
  box out. Forwarders also take BoxHarbor's own boxes on one-way leases (quote, lease signed, pickup, drop-off at the
  destination depot, a damage survey at drop-off that can be billed to the forwarder).
- box_buyer: traders, builders and farms that buy used boxes (quote, payment, pickup).

Data 2024-09-01 .. 2026-06-30 (the extract was taken in July 2026, five months before "today" 2026-12-01). Naive
times, local time of the depot (China UTC+8, Busan UTC+9, Laem Chabang UTC+7). Money: orders.amount is in USD;
handling and storage invoices are issued in local currency (currency / amount_local).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261201), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 6, 30, 23, 59, 59)
EXP = (datetime(2025, 9, 1), datetime(2025, 11, 30, 23, 59, 59))     # online gate appointment test (NGB, YTN)
ROLLOUT = datetime(2026, 1, 5)                                          # appointments mandatory at NGB and YTN
POL_SLOW = datetime(2025, 4, 1)                                         # POL moves M&R approvals to Singapore
POL_SHORT = datetime(2025, 5, 1)                                        # ... and its sound boxes run short
FREE_CUT = datetime(2025, 7, 1)                                         # Yantian free storage 14 -> 7 days
BUSAN_BACKLOG = (datetime(2026, 1, 1), datetime(2026, 3, 31, 23, 59, 59))   # Busan repair shop short of welders
LCB_HOT = (datetime(2025, 3, 1), datetime(2025, 5, 31, 23, 59, 59))        # hot season, ageing reefer units
LCB_HOT26 = (datetime(2026, 3, 1), datetime(2026, 5, 31, 23, 59, 59))      # after the shaded PTI bay (Dec 2025)
LCB_FEE_UP = datetime(2026, 1, 1)                                       # drop-off fee at Laem Chabang 150 -> 380
YTN_OLD_BATCH = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59, 59))  # old 2008-2010 boxes sold at Yantian

DEPOTS = {  # name: zh, country, currency, fx per USD, base dwell days, free days, walk-in wait (min)
    "Ningbo": ("宁波北仑", "China", "CNY", 7.15, 9.0, 10, 74),
    "Yantian": ("深圳盐田", "China", "CNY", 7.15, 10.0, 14, 80),
    "Busan": ("釜山新港", "Korea", "KRW", 1360.0, 8.0, 10, 22),
    "Laem Chabang": ("林查班", "Thailand", "THB", 35.5, 11.0, 12, 46),
}
# code: name, zh, HQ, reefer share, {depot: weight}
LINES = {
    "POL": ("Pacific Orient Lines", "太平洋东方航运", "Singapore", 0.10,
            {"Ningbo": 1.0, "Yantian": 1.0, "Busan": 0.6, "Laem Chabang": 0.8}),
    "HBM": ("Hanbit Maritime", "韩光海运", "Korea", 0.08, {"Busan": 1.2, "Ningbo": 0.5, "Yantian": 0.3}),
    "SSL": ("Siam Star Line", "暹罗之星航运", "Thailand", 0.14, {"Laem Chabang": 1.2, "Yantian": 0.4}),
    "ZHX": ("Zhonghai Express Lines", "中海速航", "China", 0.06, {"Ningbo": 1.0, "Yantian": 0.9}),
    "EBS": ("Eastbridge Shipping", "东桥航运", "China", 0.05, {"Ningbo": 0.8, "Busan": 0.3}),
    "NRL": ("Nordic Reefer Line", "北欧冷运", "Denmark", 0.55, {"Yantian": 0.4, "Laem Chabang": 0.6, "Ningbo": 0.3}),
    "MSX": ("Meridian Sea Express", "子午海运", "Greece", 0.08, {"Ningbo": 0.5, "Laem Chabang": 0.3}),
    "KML": ("Kaiyuan Marine", "开元海运", "China", 0.05, {"Ningbo": 0.6, "Yantian": 0.3}),
    "TPL": ("Thai Pacific Lines", "泰太平洋航运", "Thailand", 0.18, {"Laem Chabang": 0.7}),
    "ASL": ("Asia Sun Line", "亚洲旭日航运", "Taiwan", 0.07, {"Yantian": 0.6, "Busan": 0.3}),
    "GWL": ("Greenwave Lines", "绿波航运", "Netherlands", 0.10, {"Ningbo": 0.4, "Busan": 0.4}),
    "CSL": ("Coral Sea Lines", "珊瑚海航运", "Australia", 0.22, {"Laem Chabang": 0.3, "Yantian": 0.3}),
    "DHO": ("Daehan Ocean", "大韩远洋", "Korea", 0.06, {"Busan": 0.8}),
    "YPS": ("Yellow Pearl Shipping", "黄珍珠航运", "Hong Kong", 0.05, {"Yantian": 0.5}),
}
DEPOT_ZH_SHORT = {"Ningbo": "宁波", "Yantian": "盐田", "Busan": "釜山", "Laem Chabang": "林查班"}
ZH_LINES = {"China", "Taiwan", "Hong Kong"}
GATE_IN_PER_W = 34          # line gate-ins per depot weight per month
SIZES = {"20GP": 0.38, "40GP": 0.17, "40HC": 0.45}
REEFER_SIZES = {"20RF": 0.25, "40RH": 0.75}
DAMAGE = {  # type: weight, USD cost range, locations
    "dent": (0.34, (60, 260), ["side panel", "roof", "front end"]),
    "hole": (0.14, (120, 420), ["roof", "side panel"]),
    "corrosion": (0.18, (150, 600), ["roof", "side panel", "door"]),
    "floor_damage": (0.16, (180, 750), ["floor"]),
    "door_damage": (0.10, (90, 380), ["door"]),
    "cross_member": (0.08, (200, 520), ["understructure"]),
}
UNIT_MAKES = {"Carrier": 0.4, "Daikin": 0.25, "Thermo King": 0.25, "Star Cool": 0.1}
HAULIERS = {"Ningbo": ["甬港集运", "北仑顺达车队", "浙东物流车队", "宁波通达集卡"],
            "Yantian": ["盐田港联车队", "深港通集卡", "鹏城物流车队", "粤海运输"],
            "Busan": ["Busan Trans", "Hanjin-ro Haulage", "Sinhang Logistics"],
            "Laem Chabang": ["Chonburi Haulage", "Siam Trucking", "Eastern Seaboard Transport"]}
LANES = {  # (pickup, dropoff): weight, lump sum USD per box
    ("Ningbo", "Laem Chabang"): (0.40, 95), ("Yantian", "Laem Chabang"): (0.18, 90), ("Ningbo", "Busan"): (0.14, 70),
    ("Yantian", "Busan"): (0.10, 75), ("Busan", "Ningbo"): (0.10, 60), ("Laem Chabang", "Yantian"): (0.06, 110),
    ("Busan", "Laem Chabang"): (0.06, 85),
}
DROP_FEE = {"Laem Chabang": 150, "Busan": 110, "Ningbo": 60, "Yantian": 60}
SALE_PRICE = {"20GP": 1650, "40GP": 2150, "40HC": 2350}       # USD, cargo-worthy, Sept 2024
GRADE_F = {"cargo_worthy": 1.0, "wind_watertight": 0.8, "as_is": 0.55}
AM = {"Ningbo": ["陈立", "周敏"], "Yantian": ["黄志强", "李婷"], "Busan": ["Kim Min-jun", "Park Ji-yeon"],
      "Laem Chabang": ["Somchai P.", "Nattaya K."], "lines": ["Grace Tan", "王海峰"]}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_web_enquiry", "官网询价", "Website enquiry", "awareness", "web", "digital", "sales",
     "enquiry|inquiry|RFQ|询价|咨询|官网留言"),
    ("tp_registration", "客户门户注册", "Portal registration", "consideration", "web", "digital", "customer_service",
     "sign up|register|new account request|注册|开户申请"),
    ("tp_account_open", "开户审核通过", "Account opened", "purchase", "other", "digital", "credit_control",
     "credit approval|KYC|account approval|开户|信用审核|授信"),
    ("tp_lease_quote", "单程租箱报价", "One-way lease quote", "consideration", "email", "digital", "leasing",
     "lease quote|one-way quote|租箱报价|单程箱报价|SOC quote"),
    ("tp_lease_signed", "租箱合同签订", "Lease signed", "purchase", "email", "digital", "leasing",
     "lease contract|lease agreement|booking confirmed|签租箱合同|租箱确认"),
    ("tp_lease_pickup", "租箱提箱", "Lease pickup", "service", "other", "physical", "depot_ops",
     "on-hire|lease release|起租提箱|租箱出场"),
    ("tp_lease_dropoff", "单程还箱", "Lease drop-off", "service", "other", "physical", "depot_ops",
     "off-hire|drop off|return of leased box|退租还箱|异地还箱"),
    ("tp_sale_quote", "二手箱报价", "Used box quote", "consideration", "email", "digital", "box_sales",
     "sale quote|used container price|买箱报价|旧箱报价"),
    ("tp_sale_paid", "购箱付款", "Box purchase paid", "purchase", "other", "digital", "box_sales",
     "purchase order|box sale|buy container|买箱|购箱|付款买箱"),
    ("tp_sale_pickup", "购箱提货", "Purchased box pickup", "service", "other", "physical", "depot_ops",
     "sold box collection|提走买的箱|买箱提货"),
    ("tp_booking_request", "提箱预约申请", "Pickup booking", "service", "web", "digital", "customer_service",
     "pickup request|empty release request|booking|提箱申请|放箱申请|订箱"),
    ("tp_release_check", "放箱单核验", "Release check", "service", "other", "digital", "customer_service",
     "release order check|release validation|放箱核对|放箱单|验放"),
    ("tp_gate_appointment", "网上预约进闸", "Gate appointment", "service", "web", "digital", "depot_ops",
     "gate slot|truck appointment|time slot|预约时段|预约进闸|集卡预约"),
    ("tp_gate_out", "空箱出场", "Gate-out (empty pickup)", "service", "other", "physical", "depot_ops",
     "gate out|pickup|empty pickup|出闸|提箱出场|出场"),
    ("tp_gate_in", "空箱进场", "Gate-in (empty return)", "service", "other", "physical", "depot_ops",
     "gate in|empty return|off-hire return|还箱|进闸|进场"),
    ("tp_damage_survey", "验箱残损检验", "Damage survey", "service", "other", "physical", "mnr",
     "EIR|inspection|survey|damage inspection|验箱|残损|箱检"),
    ("tp_repair_estimate", "修箱估价", "Repair estimate", "service", "email", "digital", "mnr",
     "EOR|estimate of repair|M&R estimate|估价单|修箱报价"),
    ("tp_estimate_approval", "估价审批", "Estimate approval", "service", "email", "digital", "mnr",
     "EOR approval|line approval|批价|估价批复|审批"),
    ("tp_repair_done", "修箱完工", "Repair completed", "service", "other", "physical", "mnr",
     "repaired|M&R done|修好|修箱完成|完工"),
    ("tp_washing", "洗箱", "Container washing", "service", "other", "physical", "depot_ops",
     "wash|cleaning|sweep|洗箱|清洁|扫箱"),
    ("tp_reefer_pti", "冷箱PTI检测", "Reefer PTI", "service", "other", "physical", "reefer_team",
     "pre-trip inspection|PTI|reefer check|冷箱检测|预检"),
    ("tp_invoice_dispute", "账单异议", "Invoice dispute", "service", "email", "digital", "billing",
     "billing dispute|invoice query|claim|账单争议|对账异议|投诉账单"),
    ("tp_dispute_resolved", "异议处理完成", "Dispute resolved", "service", "email", "digital", "billing",
     "dispute closed|credit note|settled|异议关闭|争议解决"),
    ("tp_hotline", "客服热线", "Customer hotline", "service", "phone", "digital", "customer_service",
     "call center|hotline|phone|热线|客服电话|打电话"),
    ("tp_portal", "客户门户", "Customer portal", "service", "web", "digital", "digital",
     "portal|website|app|e-service|门户|网上平台|小程序"),
    ("tp_survey", "季度满意度调查", "Quarterly survey", "loyalty", "email", "digital", "customer_service",
     "NPS survey|satisfaction survey|满意度|季度调研|回访"),
]
TP_CHANNEL = {t[0]: t[4] for t in TOUCHPOINTS}
JOURNEYS = [  # id, zh, en, steps, window days
    ("empty_pickup", "提箱三天内出场", "Empty pickup within 3 days",
     ["tp_booking_request", "tp_release_check", "tp_gate_out"], 3),
    ("onboarding", "新客户开户到首单", "New forwarder onboarding",
     ["tp_registration", "tp_account_open", "tp_booking_request"], 30),
    ("one_way_lease", "单程租箱", "One-way lease",
     ["tp_lease_quote", "tp_lease_signed", "tp_lease_pickup", "tp_lease_dropoff"], 60),
    ("box_sale", "二手箱销售", "Used box sale", ["tp_sale_quote", "tp_sale_paid", "tp_sale_pickup"], 30),
    ("dispute", "账单异议处理", "Invoice dispute resolution", ["tp_invoice_dispute", "tp_dispute_resolved"], 30),
]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "depot",
           "container_no", "size_type", "line", "booking_no", "fail_reason", "slot_start", "truck_wait_min",
           "haulier", "storage_days", "free_days", "overrun_days", "build_year", "damage_found", "damage_type",
           "damage_location", "repair_cost_usd", "cost_account", "estimate_no", "approval_hours", "approval_result",
           "repair_days", "wash_type", "pti_result", "pti_fail_code", "unit_make", "lease_no", "lane",
           "dropoff_depot", "quote_no", "units", "quote_usd", "dropoff_fee_usd", "box_grade", "invoice_no", "dispute_reason",
           "dispute_outcome", "resolution_days", "enquiry_type", "credit_result", "call_topic", "wait_sec", "page",
           "survey_quarter"]


class Rand:
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
    if d.weekday() == 6:
        d += D(days=1)
    return d + D(hours=U(h0, h1))


def gate_time(t: datetime) -> datetime:
    """gates work 06:30-22:00 every day."""
    d = datetime(t.year, t.month, t.day)
    h = t.hour + t.minute / 60
    if h < 6.5:
        return d + D(hours=U(6.5, 9))
    if h > 22:
        return d + D(days=1, hours=U(6.5, 9))
    return t


def in_(t, span):
    return span[0] <= t <= span[1]


def month_iter():
    m = datetime(START.year, START.month, 1)
    while m <= END:
        yield m
        m = next_month(m)


def next_month(t):
    return datetime(t.year + (t.month == 12), t.month % 12 + 1, 1)


def days_in(m):
    return (next_month(m) - m).days


def season(m: datetime, depot: str) -> float:
    f = {1: 1.0, 2: 0.62, 3: 0.92, 4: 0.98, 5: 1.02, 6: 1.05, 7: 1.1, 8: 1.18, 9: 1.2, 10: 1.12, 11: 1.05,
         12: 1.0}[m.month]
    if DEPOTS[depot][1] != "China" and m.month == 2:
        f = 0.95
    if depot == "Laem Chabang" and m.month == 4:
        f *= 0.85                                                    # Songkran
    return f


def container_no(prefix):
    digits = "".join(str(int(U(0, 9.999))) for _ in range(7))
    return f"{prefix}{digits}"


def quarter_of(t):
    return (t.month - 1) // 3 + 1


# ---------------------------------------------------------------- feedback text

TEXT = {
    "gate_queue": {
        "zh": ["闸口排队{h}个小时才进场，司机都急了", "集卡在门口排队排到马路上，效率太低",
               "每次提箱都要排队大半天，能不能改进一下", "今天又排队{h}个多小时，车队说下次不接{depot}的活了",
               "排队时间太长，一天只能跑一趟"],
        "en": ["Our trucks sat in the gate queue for almost {h} hours again.",
               "The queue outside the {depot} gate is ridiculous, drivers lose half a day.",
               "Why is there always a two-hour queue at the gate? Our haulier is charging waiting time now.",
               "Long queue at the gate again today, the truck missed the terminal cut-off."],
    },
    "no_box": {
        "zh": ["拿着{line}的放箱单去提箱，堆场说没箱，白跑一趟", "订舱都确认了，结果堆场没箱可提，船期都快赶不上了",
               "{line}的箱子又没箱了，客户的货只能甩柜", "连续两次去{depot}都说没箱，能不能提前告诉我们",
               "放箱单是有效的，可现场一直说没箱"],
        "en": ["Release was valid but the depot said there were no empties for {line} again.",
               "Second time this month: no empties of the right size, the truck went back with nothing.",
               "We keep getting told there are no empties for {line} releases. Please check your stock before "
               "confirming.",
               "No empties available at {depot} for our {line} booking, cargo rolled to the next vessel."],
    },
    "appt_praise": {
        "zh": ["网上预约时段以后进闸快多了，司机很满意", "预约提箱很方便，到点就能进",
               "有了预约进闸，车队不用半夜去排了，点赞", "预约系统好用，二十分钟就提到箱"],
        "en": ["The online gate appointment is a big improvement, trucks in and out in twenty minutes.",
               "Booking a slot with the new appointment system saves our drivers hours.",
               "Appointment system works well, no more waiting at the gate."],
    },
    "free_time": {
        "zh": ["盐田突然把免费期从14天改成7天，堆存费一下涨了好几倍", "堆存费账单按新的免费期算，我们不认可",
               "免费期缩短也没有提前正式通知，这个月的堆存费我们要求重新计算",
               "合同里约定的免费期是14天，账单却按7天算"],
        "en": ["Your Yantian free time cut doubled our storage bill overnight.",
               "The storage invoice ignores the free time agreed in our depot contract.",
               "We were never formally notified of the new free time at Yantian, please re-issue the storage "
               "invoice.",
               "Storage charged after 7 days, our free time is 14. Disputing."],
    },
    "damage_charge": {
        "zh": ["提箱时箱子就有凹陷，还箱却收我们残损费", "这个残损费我们不认，提箱的设备交接单上就有记录",
               "还箱验箱太严了，一点小划痕也收残损费", "残损费比修箱实际成本高太多"],
        "en": ["We are being billed a damage charge for a dent that was on the EIR at pick-up.",
               "Disputing this damage charge, the photos show the damage was already there.",
               "The damage charge on lease {lease} is far above what the repair should cost.",
               "Every off-hire now comes with a damage charge, this is not fair wear and tear."],
    },
    "estimate_high": {
        "zh": ["修箱报价工时偏高，比别的堆场贵三成", "这张修箱报价里换底板的费用不合理",
               "修箱报价请按IICL标准重新核算", "你们的修箱报价单价又涨了，我们需要逐项审核"],
        "en": ["The repair estimates from your yards show labour hours well above the IICL standard.",
               "Please revise the repair estimate, replacing the whole panel is excessive.",
               "Repair estimate rates have crept up again, our approval team will check line by line.",
               "Too many repair estimates propose full replacement where a patch would do."],
    },
    "repair_slow": {
        "zh": ["釜山修箱太慢，箱子批了一个多星期还没修好", "估价早就批了，修箱太慢影响我们放箱",
               "最近修箱太慢，好箱不够用"],
        "en": ["The Busan repair backlog is hurting our equipment availability.",
               "Approved estimates are stuck in your repair backlog for over a week.",
               "Repair backlog again - we approved these boxes ten days ago."],
    },
    "reefer_pti": {
        "zh": ["林查班的冷箱PTI不合格率太高了，装货前两次都没通过", "冷箱PTI没过，耽误了我们的出口订舱",
               "PTI检测老是不通过，冷机都很旧了", "这个月好几个冷箱PTI失败，客户很不满"],
        "en": ["Too many of our reefers failed PTI at {depot} this month.",
               "PTI failures delayed two reefer bookings for durian cargo.",
               "The PTI pass rate at your yard is unacceptable in the hot season.",
               "Reefer units keep failing PTI, please check your power supply and procedures."],
    },
    "box_leak": {
        "zh": ["买的二手箱下雨就漏水，说好的是可以装货的", "箱顶有锈洞漏水，和描述的箱况不符",
               "两个箱子都漏水，要求退换", "买来做仓库的箱子漏水，东西都泡了"],
        "en": ["The used container we bought leaks when it rains, not cargo-worthy at all.",
               "Roof leak on two of the boxes we bought from you.",
               "Box arrived with a leak at the door seals, please replace it.",
               "We paid for cargo-worthy and got a box that leaks."],
    },
    "dropoff_fee": {
        "zh": ["林查班的还箱费涨得太离谱了，单程租箱不划算了", "还箱费一下从150美元涨到380，没法接受",
               "还箱费这么高，我们只能找别的租箱公司"],
        "en": ["The new drop-off fee for Laem Chabang makes one-way leasing uneconomic.",
               "A 380 dollar drop-off fee? We will go to another lessor.",
               "Drop-off fee increase at Laem Chabang was too steep, please reconsider."],
    },
    "billing_error": {
        "zh": ["账单有误，同一个箱子的吊装费收了两次", "这个月的账单有误，洗箱费按化学洗收的",
               "账单有误，请核对后重开发票"],
        "en": ["Billing error on this month's invoice: lift-on charged twice for the same box.",
               "There is a billing error, the wash was a sweep not a chemical wash.",
               "Please correct the billing error and re-issue."],
    },
    "staff_praise": {
        "zh": ["闸口和客服的服务态度都很好，有问题马上处理", "客服服务态度很好，放箱问题当天就解决了",
               "{depot}堆场的服务态度没得说", "业务员服务态度好，回复及时"],
        "en": ["Gate staff were very helpful and sorted our paperwork quickly.",
               "Your customer service team is always helpful and replies fast.",
               "Very helpful people at {depot}, thanks for the quick turnaround.",
               "The account team has been helpful throughout."],
    },
    "box_good": {
        "zh": ["买的箱子箱况很好，和照片一致", "箱况很好，提货也顺利，下次还找你们"],
        "en": ["Boxes were in very good condition, exactly as in the photos.",
               "Good condition boxes and smooth collection, will buy again."],
    },
    "general_pos": {
        "zh": ["整体合作很顺利，谢谢", "一直合作，挺放心的", "这个季度各方面都不错"],
        "en": ["Smooth cooperation overall, thanks.", "No complaints this quarter, keep it up.",
               "Reliable depot partner, overall satisfied."],
    },
    "neutral": {
        "zh": ["请把上个月的设备交接单照片发给我们", "下个月我们有一批冷箱要回来，请提前安排场地",
               "想了解一下明年的合同条款", "请问发票抬头可以改吗"],
        "en": ["Please send the EIR photos for last month.", "Could you share next year's tariff sheet?",
               "We will have a batch of reefers coming back next month, please plan the space.",
               "Can you change the billing address on the account?"],
    },
}
SENT = {"gate_queue": "neg", "no_box": "neg", "appt_praise": "pos", "free_time": "neg", "damage_charge": "neg",
        "estimate_high": "neg", "repair_slow": "neg", "reefer_pti": "neg", "box_leak": "neg", "dropoff_fee": "neg",
        "billing_error": "neg", "staff_praise": "pos", "box_good": "pos", "general_pos": "pos", "neutral": "neu"}


class World:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth, self.experiments = [], [], [], [], [], []


W = World()


def ev(c, ts, tp, **kw):
    e = {"customer_id": c["customer_id"], "ts": ts, "touchpoint_id": tp}
    e.update(kw)
    c["_ev"].append(e)
    return e


def add_feedback(c, topic, channel, ts, tp, rated=False, with_nps=False, **fmt):
    lang = c["language"]
    tmpl = choice(TEXT[topic][lang])
    args = dict(h=int(U(2, 5.99)), depot=fmt.get("depot") or c.get("home_depot") or "Ningbo",
                line=fmt.pop("line", "POL"), lease=fmt.pop("lease", None) or "L-00000")
    if lang == "zh":
        args["depot"] = DEPOT_ZH_SHORT[args["depot"]]
    text = tmpl.format(**args)
    fid = nid("FB", 6)
    s = SENT[topic]
    if channel == "wechat" and c["country"] in ("Korea", "Thailand"):
        channel = "kakaotalk" if c["country"] == "Korea" else "line_oa"
    row = {"feedback_id": fid, "text": text, "ts": ts, "customer_id": c["customer_id"], "touchpoint_id": tp,
           "channel": channel, "rating": None, "nps": None, "language": lang, "segment": c["segment"],
           "depot": fmt.get("depot") or c.get("home_depot"), "line": fmt.get("line_code")}
    if rated:
        row["rating"] = (pick({1: 0.5, 2: 0.4, 3: 0.1}) if s == "neg" else pick({4: 0.35, 5: 0.65}) if s == "pos"
                         else pick({3: 0.6, 4: 0.4}))
    if with_nps:
        row["nps"] = (int(U(0, 6.99)) if s == "neg" else pick({8: 0.2, 9: 0.4, 10: 0.4}) if s == "pos"
                      else pick({6: 0.3, 7: 0.45, 8: 0.25}))
    c["_fb"].append(row)
    W.truth.append({"feedback_id": fid, "topic": topic, "sentiment": s})
    return row


# ---------------------------------------------------------------- customers

CN_FW = ["港联", "顺航", "通达", "海运通", "恒信", "远洋汇", "锦程", "华泰", "捷运", "东方", "盛海", "嘉诚", "中外运达",
         "鼎泰", "鸿运", "海纳", "万邦", "协力", "利丰", "新海"]
KR_FW = ["Hanil", "Daesung", "Seoul Cargo", "Samjin", "KoreaLink", "Busan Global", "Haeorum", "Mirae", "Dongbang",
         "Yujin"]
TH_FW = ["Siam", "Chao Phraya", "Eastern Star", "Bangkok", "Lotus", "Ayutthaya", "Rama", "Chonburi", "Krung", "Nakhon"]
BUYER_KIND = {"trader": 0.35, "builder": 0.25, "farm": 0.15, "self_storage": 0.15, "retail_shop": 0.10}


BUYER_NAMES = {
    "zh": {"trader": ["{c}集装箱贸易商行", "{c}旧箱买卖部", "{c}箱业贸易有限公司"],
           "builder": ["{c}集装箱房屋工程有限公司", "{c}箱式建筑科技有限公司"],
           "farm": ["{c}生态农场", "{c}果蔬种植合作社"], "self_storage": ["{c}迷你仓储", "{c}自助仓"],
           "retail_shop": ["{c}集装箱咖啡店", "{c}市集摊位管理"]},
    "en": {"trader": ["{c} Container Trading", "{c} Box Traders", "{c} Equipment Sales"],
           "builder": ["{c} Container Homes", "{c} Modular Build"], "farm": ["{c} Farm Co-op", "{c} Orchards"],
           "self_storage": ["{c} Self Storage", "{c} Storage Rentals"],
           "retail_shop": ["{c} Pop-up Market", "{c} Container Cafe"]},
}
CITY_WORDS = {"Ningbo": ["宁波", "慈溪", "余姚", "象山"], "Yantian": ["深圳", "东莞", "惠州", "盐田"],
              "Busan": ["Busan", "Gimhae", "Ulsan", "Changwon"],
              "Laem Chabang": ["Chonburi", "Rayong", "Sriracha", "Pattaya", "Bangkok"]}


def buyer_name(kind, depot):
    lang = "zh" if DEPOTS[depot][1] == "China" else "en"
    return choice(BUYER_NAMES[lang][kind]).format(c=choice(CITY_WORDS[depot]))


def new_customer(seg, depot, **kw):
    c = {"customer_id": None, "segment": seg, "home_depot": depot, "_ev": [], "_fb": [], "_orders": []}
    c.update(kw)
    return c


def make_customers():
    lines, fws, buyers = [], [], []
    vol = {code: sum(s[4].values()) for code, s in LINES.items()}
    for k, (code, (name, zh, hq, rf, deps)) in enumerate(LINES.items()):
        c = new_customer("shipping_line", max(deps, key=deps.get), company_name=name, company_name_zh=zh,
                         line_code=code, region=hq, country=hq, language="zh" if hq in ZH_LINES else "en",
                         tier="A" if vol[code] >= 1.9 else "B" if vol[code] >= 0.9 else "C",
                         acquisition_channel="direct_sales", account_manager=choice(AM["lines"]),
                         credit_terms_days=45, reefer_share=rf, depots="|".join(deps))
        c["customer_id"] = f"SL-{code}"
        c["signup_at"] = datetime(2016 + k % 7, 1 + (k * 5) % 12, 1 + (k * 7) % 27, 10)
        c["_start"], c["_end"] = START, END
        lines.append(c)
    n_fw = {"Ningbo": 72, "Yantian": 66, "Busan": 38, "Laem Chabang": 40}
    fid = 10001
    for depot, n in n_fw.items():
        for i in range(n + 22):                                     # + new ones that register in the window
            new = i >= n
            country = DEPOTS[depot][1]
            if country == "China":
                name = f"{DEPOTS[depot][0][:2]}{choice(CN_FW)}{choice(['国际货运代理', '供应链', '国际物流', '货代'])}有限公司"
                lang = "zh"
            elif country == "Korea":
                name = f"{choice(KR_FW)} {choice(['Logistics', 'Shipping', 'Forwarding'])} Co., Ltd."
                lang = "en"
            else:
                name = f"{choice(TH_FW)} {choice(['Freight', 'Logistics', 'Shipping'])} Co., Ltd."
                lang = "en"
            c = new_customer("forwarder", depot, company_name=name, region=depot, country=country, language=lang,
                             tier=pick({"A": 0.16, "B": 0.4, "C": 0.44}),
                             acquisition_channel=pick({"sales_visit": 0.4, "referral": 0.25, "website": 0.2,
                                                       "trade_show": 0.15}) if not new else
                             pick({"website": 0.5, "referral": 0.25, "sales_visit": 0.15, "wechat": 0.1}),
                             account_manager=choice(AM[depot]), credit_terms_days=30,
                             leases=chance(0.45))
            c["customer_id"] = f"FW{fid}"
            fid += 1
            c["_new"] = new
            if not new:
                c["signup_at"] = datetime(2015, 1, 1) + D(days=U(0, (datetime(2024, 7, 1) - datetime(2015, 1, 1)).days))
                c["signup_at"] = office(c["signup_at"])
                c["_start"] = START
            fws.append(c)
    bid = 20001
    n_by = {"Laem Chabang": 90, "Ningbo": 50, "Yantian": 50, "Busan": 35}
    for depot, n in n_by.items():
        for i in range(n):
            country = DEPOTS[depot][1]
            kind = pick(BUYER_KIND)
            lang = "zh" if country == "China" else "en"
            c = new_customer("box_buyer", depot, region=depot, country=country, language=lang, buyer_type=kind,
                             company_name=buyer_name(kind, depot), tier="C", acquisition_channel=pick(
                                 {"website": 0.45, "marketplace": 0.3, "referral": 0.15, "wechat": 0.1}),
                             account_manager=choice(AM[depot]), credit_terms_days=0)
            c["customer_id"] = f"BY{bid}"
            bid += 1
            buyers.append(c)
    return lines, fws, buyers


# ---------------------------------------------------------------- line yard operations

def line_yard(c, stats):
    code = c["line_code"]
    _, _, _, rf, deps = LINES[code]
    for depot, w in deps.items():
        for m in month_iter():
            n = poisson(GATE_IN_PER_W * w * season(m, depot))
            for _ in range(n):
                t = gate_time(m + D(days=U(0, days_in(m)), hours=0))
                if t > END:
                    continue
                box_cycle(c, depot, t, rf, stats)


def box_cycle(c, depot, t, rf, stats):
    code = c["line_code"]
    reefer = chance(rf)
    size = pick(REEFER_SIZES) if reefer else pick(SIZES)
    by = int(U(2007, 2024.999))
    cno = container_no(code + "U")
    ev(c, t, "tp_gate_in", action="in", depot=depot, container_no=cno, size_type=size, line=code, build_year=by,
       haulier=choice(HAULIERS[depot]), channel="other")
    ts = t + D(hours=U(0.3, 5))
    p_dmg = 0.14 + 0.012 * max(0, 2020 - by)
    dmg = chance(p_dmg)
    dtype = pick({k: v[0] for k, v in DAMAGE.items()}) if dmg else None
    ev(c, ts, "tp_damage_survey", action="survey", depot=depot, container_no=cno, size_type=size, line=code,
       build_year=by, damage_found="yes" if dmg else "no", damage_type=dtype,
       damage_location=choice(DAMAGE[dtype][2]) if dmg else None, cost_account="owner" if dmg else None)
    ready = ts
    if dmg:
        lo, hi = DAMAGE[dtype][1]
        cost = round(U(lo, hi) * (1.3 if size.startswith("40") else 1.0), 0)
        est = nid("EOR", 6)
        te = office(ts + D(hours=U(1, 20)), 8, 20)
        if te < ts:
            te = ts + D(hours=1)
        ev(c, te, "tp_repair_estimate", action="submit", depot=depot, container_no=cno, size_type=size, line=code,
           damage_type=dtype, repair_cost_usd=cost, estimate_no=est, cost_account="owner")
        slow = code == "POL" and te >= POL_SLOW
        ah = lognorm(118 if slow else 17, 0.55)
        ta = te + D(hours=ah)
        res = pick({"approved": 0.9, "partially_approved": 0.07, "rejected": 0.03})
        if slow:
            res = pick({"approved": 0.72, "partially_approved": 0.2, "rejected": 0.08})
        ev(c, ta, "tp_estimate_approval", action=res, depot=depot, container_no=cno, size_type=size, line=code,
           estimate_no=est, approval_hours=round(ah, 1), approval_result=res,
           repair_cost_usd=round(cost * (U(0.6, 0.85) if res == "partially_approved" else 1.0), 0)
           if res != "rejected" else None)
        if res != "rejected":
            backlog = depot == "Busan" and in_(ta, BUSAN_BACKLOG)
            rd = lognorm(9.0 if backlog else 2.0, 0.45)
            tr = ta + D(days=rd)
            ev(c, tr, "tp_repair_done", action="done", depot=depot, container_no=cno, size_type=size, line=code,
               estimate_no=est, repair_days=round(rd, 1), damage_type=dtype,
               repair_cost_usd=round(cost * (U(0.6, 0.85) if res == "partially_approved" else 1.0), 0))
            stats.setdefault((code, depot, tr.year, tr.month), {}).setdefault("repair", []).append(
                c["_ev"][-1]["repair_cost_usd"])
            ready = tr
            if backlog and chance(0.15) and tr <= END:
                add_feedback(c, "repair_slow", "email", office(tr + D(days=U(0, 3))), "tp_repair_done",
                             depot=depot, line_code=code)
            if slow and chance(0.05):
                add_feedback(c, "estimate_high", "email", office(ta), "tp_repair_estimate", depot=depot,
                             line_code=code)
        else:
            ready = ta
    if chance(0.65 if reefer else 0.3):
        wt = pick({"sweep": 0.45, "water": 0.35, "chemical": 0.12, "steam": 0.08}) if not reefer else \
            pick({"water": 0.5, "chemical": 0.3, "steam": 0.2})
        tw = ready + D(hours=U(2, 30))
        ev(c, tw, "tp_washing", action="done", depot=depot, container_no=cno, size_type=size, line=code,
           wash_type=wt)
        stats.setdefault((code, depot, tw.year, tw.month), {}).setdefault("wash", []).append(
            {"sweep": 8, "water": 18, "chemical": 35, "steam": 40}[wt])
        ready = tw
    if reefer:
        make = pick(UNIT_MAKES)
        old = by <= 2013
        tp_ = ready + D(hours=U(3, 40))
        if depot == "Laem Chabang" and in_(tp_, LCB_HOT):
            p_fail = 0.55 if old else 0.26
        elif depot == "Laem Chabang" and in_(tp_, LCB_HOT26):
            p_fail = 0.11 if old else 0.06
        else:
            p_fail = 0.11 if old else 0.05
        for attempt in range(3):
            fail = chance(p_fail if attempt == 0 else 0.15)
            code_f = pick({"compressor": 0.35, "refrigerant_leak": 0.25, "controller": 0.2, "evaporator_fan": 0.12,
                           "power_cable": 0.08}) if fail else None
            ev(c, tp_, "tp_reefer_pti", action="fail" if fail else "pass", depot=depot, container_no=cno,
               size_type=size, line=code, build_year=by, unit_make=make, pti_result="fail" if fail else "pass",
               pti_fail_code=code_f)
            stats.setdefault((code, depot, tp_.year, tp_.month), {}).setdefault("pti", []).append(45)
            if fail and depot == "Laem Chabang" and in_(tp_, LCB_HOT) and chance(0.35):
                add_feedback(c, "reefer_pti", "email", office(tp_ + D(days=U(0, 2))), "tp_reefer_pti",
                             depot=depot, line_code=code)
            if not fail:
                break
            tp_ = tp_ + D(days=U(1, 3))
    stats.setdefault((code, depot, t.year, t.month), {}).setdefault("moves", []).append(1)


# ---------------------------------------------------------------- forwarder bookings

def regime(c, t):
    """'appointment' or 'walk_in' gate regime for this forwarder's pickup at time t."""
    d = c["home_depot"]
    if d == "Busan":
        return "appointment"
    if d == "Laem Chabang":
        return "walk_in"
    if t >= ROLLOUT:
        return "appointment"
    if in_(t, EXP) and c.get("_variant") == "online_slot":
        return "appointment"
    return "walk_in"


def line_for(depot):
    w = {code: s[4][depot] for code, s in LINES.items() if depot in s[4]}
    return pick(w)


def bookings(c, lines_by_code, stats):
    depot = c["home_depot"]
    rate = {"A": 9.0, "B": 4.0, "C": 1.6}[c["tier"]]
    t0 = c["_start"]
    for m in month_iter():
        if next_month(m) <= t0 or m > c["_end"]:
            continue
        n = poisson(rate * season(m, depot))
        for _ in range(n):
            t = office(m + D(days=U(0, days_in(m))), 7.5, 21)
            if t < t0 or t > c["_end"] or t > END:
                continue
            one_booking(c, t, lines_by_code, stats)


def one_booking(c, t, lines_by_code, stats):
    depot = c["home_depot"]
    code = line_for(depot)
    reg = regime(c, t)
    bk = nid("BK", 7)
    size = pick(SIZES) if not chance(0.06) else pick(REEFER_SIZES)
    chan = pick({"web": 0.55, "app": 0.25, "mini_program": 0.2}) if DEPOTS[depot][1] == "China" else \
        pick({"web": 0.8, "app": 0.2})
    dev = "pc" if chan == "web" else pick({"ios": 0.45, "android": 0.55})
    ev(c, t, "tp_booking_request", action="submit", channel=chan, device=dev, depot=depot, line=code,
       booking_no=bk, size_type=size)
    if chance(0.035):                                                 # customer cancels: shipment off
        return
    tr = t + D(hours=U(0.2, 5))
    short = code == "POL" and t >= POL_SHORT
    p_fail = 0.3 if short else 0.045
    fail = chance(p_fail)
    reason = None
    if fail:
        reason = "no_stock" if short or chance(0.45) else pick({"release_expired": 0.4, "wrong_release_no": 0.4,
                                                                 "credit_hold": 0.2})
    ev(c, tr, "tp_release_check", action="fail" if fail else "pass", depot=depot, line=code, booking_no=bk,
       fail_reason=reason, size_type=size)
    c["_q"].setdefault((t.year, quarter_of(t)), set())
    if fail:
        c["_q"][(t.year, quarter_of(t))].add("no_box" if reason == "no_stock" else "release")
        if reason == "no_stock" and chance(0.07):
            add_feedback(c, "no_box", pick({"wechat": 0.7, "ticket": 0.3}), tr + D(hours=U(0.5, 6)),
                         "tp_release_check", line=code, line_code=code, depot=depot)
        if chance(0.5):
            ev(c, office(tr + D(hours=U(0.5, 8))), "tp_hotline", action="call", call_topic="release_problem",
               wait_sec=int(expo(70) + 15), channel="phone", depot=depot)
        if not chance(0.62):
            return                                                   # rebooked elsewhere / shipment rolled
        tr = tr + D(days=U(1.0, 4.5))
        ev(c, tr, "tp_release_check", action="pass", depot=depot, line=code, booking_no=bk, size_type=size)
    if reg == "appointment":
        ta = tr + D(hours=U(0.3, 10))
        slot = gate_time(ta + D(hours=U(4, 30)))
        slot = slot.replace(minute=0, second=0, microsecond=0)
        ev(c, ta, "tp_gate_appointment", action="book", channel=pick({"web": 0.6, "app": 0.4}), depot=depot,
           booking_no=bk, slot_start=slot)
        tg = slot + D(minutes=U(-20, 45))
        if chance(0.07):
            tg = gate_time(slot + D(days=U(1, 4)))                   # missed slot, rebooked
        wait = lognorm(21 if depot != "Busan" else 19, 0.4)
    else:
        base = DEPOTS[depot][6]
        congested = DEPOTS[depot][1] == "China"
        ok = chance(0.66 if congested else 0.83)
        delay = U(0.3, 2.3) if ok else U(3.2, 7.5)                   # turned away when the yard is full
        tg = gate_time(tr + D(days=delay))
        wait = lognorm(base, 0.45)
    dwell_mean = DEPOTS[depot][4] * (1.8 if code == "POL" and t >= POL_SLOW else 1.0)
    if depot == "Yantian" and t >= FREE_CUT:
        dwell_mean *= 0.93
    sd = max(1, int(round(lognorm(dwell_mean, 0.6))))
    free = DEPOTS[depot][5]
    if depot == "Yantian" and tg >= FREE_CUT:
        free = 7
    over = max(0, sd - free)
    ev(c, tg, "tp_gate_out", action="out", depot=depot, container_no=container_no(code + "U"), size_type=size,
       line=code, booking_no=bk, truck_wait_min=round(wait, 0), haulier=choice(HAULIERS[depot]), storage_days=sd,
       free_days=free, overrun_days=over, channel="other")
    rate = 8.0 if size in REEFER_SIZES else 5.0 if size.startswith("40") else 2.5
    lc = lines_by_code[code]
    lc["_storage"].setdefault((depot, tg.year, tg.month), []).append(over * rate)
    stats.setdefault((code, depot, tg.year, tg.month), {}).setdefault("moves", []).append(1)
    q = (tg.year, quarter_of(tg))
    c["_q"].setdefault(q, set())
    if wait > 90:
        c["_q"][q].add("queue")
        if chance(0.12):
            add_feedback(c, "gate_queue", "wechat", tg + D(hours=U(0.2, 5)), "tp_gate_out", rated=chance(0.5),
                         depot=depot)
        if chance(0.1):
            ev(c, tg - D(minutes=wait * U(0.3, 0.8)), "tp_hotline", action="call", call_topic="gate_queue",
               wait_sec=int(expo(70) + 15), channel="phone", depot=depot)
    elif reg == "appointment":
        c["_q"][q].add("appt")
        if chance(0.02) and depot != "Busan":
            add_feedback(c, "appt_praise", "wechat", tg + D(hours=U(0.2, 5)), "tp_gate_appointment",
                         rated=chance(0.5), depot=depot)


def portal_and_calls(c):
    for m in month_iter():
        if next_month(m) <= c["_start"] or m > c["_end"]:
            continue
        for _ in range(poisson({"A": 3.0, "B": 1.6, "C": 0.8}[c["tier"]])):
            t = office(m + D(days=U(0, days_in(m))), 8, 23)
            if t < c["_start"] or t > c["_end"] or t > END:
                continue
            chan = pick({"web": 0.6, "app": 0.25, "mini_program": 0.15}) if c["country"] == "China" else \
                pick({"web": 0.8, "app": 0.2})
            ev(c, t, "tp_portal", action="view", channel=chan,
               device="pc" if chan == "web" else pick({"ios": 0.45, "android": 0.55}), session_id=nid("S", 7),
               page=pick({"tracking": 0.35, "booking": 0.25, "invoices": 0.2, "eir_photos": 0.2}),
               depot=c["home_depot"])
        for _ in range(poisson(0.25)):
            t = office(m + D(days=U(0, days_in(m))))
            if t < c["_start"] or t > c["_end"] or t > END:
                continue
            ev(c, t, "tp_hotline", action="call", call_topic=pick({"booking_status": 0.4, "invoice": 0.3,
                                                                    "lease_quote": 0.1, "other": 0.2}),
               wait_sec=int(expo(70) + 15), channel="phone", depot=c["home_depot"])


# ---------------------------------------------------------------- leases

def leases(c, prospect=False):
    n = 1 if prospect else poisson(0.3 * 22 * (1.0 if c["tier"] != "C" else 0.5))
    for _ in range(n):
        t = office(max(c["_start"], START) + D(days=U(0, max(5, (min(c["_end"], END) - max(c["_start"], START)).days))))
        if t > END - D(days=3):
            continue
        one_lease(c, t, prospect)


def one_lease(c, t, prospect):
    if prospect or chance(0.25):
        ev(c, t - D(days=U(0.5, 4)), "tp_web_enquiry", action="submit", channel="web", enquiry_type="lease",
           depot=c["home_depot"])
    lanes = {k: v[0] for k, v in LANES.items()}
    home = c["home_depot"]
    lanes = {k: w * (3.0 if k[0] == home else 0.3) for k, w in lanes.items()}
    lane = pick(lanes)
    pu, do = lane
    size = pick({"20GP": 0.35, "40HC": 0.55, "40GP": 0.1})
    units = int(U(2, 25))
    fee = DROP_FEE[do] if not (do == "Laem Chabang" and t >= LCB_FEE_UP) else 380
    lump = LANES[lane][1] * (1.4 if size != "20GP" else 1.0)
    ln = nid("L-", 5)
    ev(c, t, "tp_lease_quote", action="quote", channel="email", depot=pu, dropoff_depot=do, lane=f"{pu}-{do}",
       lease_no=ln, size_type=size, units=units, quote_usd=round(lump, 0), dropoff_fee_usd=fee)
    p_sign = 0.2 if (do == "Laem Chabang" and t >= LCB_FEE_UP) else 0.58
    if prospect:
        p_sign = 0.0                                                 # no account: cannot sign
    if not chance(p_sign):
        if fee == 380 and chance(0.3):
            add_feedback(c, "dropoff_fee", pick({"email": 0.6, "wechat": 0.4}), t + D(days=U(0.5, 5)),
                         "tp_lease_quote")
        return
    ts = office(t + D(days=U(0.5, 9)))
    ev(c, ts, "tp_lease_signed", action="sign", channel="email", depot=pu, dropoff_depot=do, lane=f"{pu}-{do}",
       lease_no=ln, size_type=size, units=units, quote_usd=round(lump, 0), dropoff_fee_usd=fee)
    if fee == 380 and chance(0.1):
        add_feedback(c, "dropoff_fee", "email", ts + D(days=U(0.5, 5)), "tp_lease_signed")
    if ts > END:
        return
    order(c, ts + D(days=U(0, 2)), "lease", units * (lump + fee), "USD", lease_no=ln, depot=pu, lane=f"{pu}-{do}",
          units=units)
    if not chance(0.94):
        return
    tp_ = gate_time(ts + D(days=U(1, 12), hours=U(0, 12)))
    ev(c, tp_, "tp_lease_pickup", action="out", depot=pu, dropoff_depot=do, lane=f"{pu}-{do}", lease_no=ln,
       size_type=size, units=units, channel="other")
    transit = {"Laem Chabang": (10, 24), "Busan": (5, 14), "Ningbo": (5, 14), "Yantian": (8, 20)}[do]
    td = gate_time(tp_ + D(days=U(*transit) + U(3, 10)))
    if chance(0.07):
        td = td + D(days=U(30, 60))                                  # late off-hire
    ev(c, td, "tp_lease_dropoff", action="in", depot=do, dropoff_depot=do, lane=f"{pu}-{do}", lease_no=ln,
       size_type=size, units=units, channel="other")
    n_dmg = sum(chance(0.11) for _ in range(units))
    tsv = td + D(hours=U(1, 8))
    ev(c, tsv, "tp_damage_survey", action="survey", depot=do, lease_no=ln, size_type=size, units=units,
       damage_found="yes" if n_dmg else "no", cost_account="user" if n_dmg else None,
       damage_type=pick({k: v[0] for k, v in DAMAGE.items()}) if n_dmg else None,
       repair_cost_usd=round(sum(U(90, 420) for _ in range(n_dmg)), 0) if n_dmg else None)
    if n_dmg and tsv <= END:
        amt = c["_ev"][-1]["repair_cost_usd"]
        order(c, office(tsv + D(days=U(3, 10))), "damage_recovery", amt, "USD", lease_no=ln, depot=do, units=n_dmg,
              dispute_p=0.38, dispute_reason="pre_existing_damage")


# ---------------------------------------------------------------- box sales

def sale_price(size, grade, t, depot):
    months = (t - START).days / 30.4
    drift = 1.0 - 0.0125 * months                                  # market softening, about -27 % over 22 months
    dep = {"Laem Chabang": 1.04, "Busan": 1.08, "Ningbo": 0.96, "Yantian": 0.97}[depot]
    return SALE_PRICE[size] * GRADE_F[grade] * drift * dep * U(0.95, 1.05)


def buyer(c):
    depot = c["home_depot"]
    times = [(office(START + D(days=U(0, (END - START).days - 5))), False) for _ in range(1 + poisson(0.9))]
    if depot == "Yantian" and chance(0.65):                         # Q4 2025 clearance of an old fleet batch
        times.append((office(YTN_OLD_BATCH[0] + D(days=U(0, 85))), True))
    for t, clearance in sorted(times):
        ev(c, t - D(days=U(0.3, 3)), "tp_web_enquiry", action="submit", channel=pick({"web": 0.7, "social": 0.3}),
           enquiry_type="purchase", depot=depot)
        size = pick({"20GP": 0.55, "40HC": 0.35, "40GP": 0.10})
        grade = pick({"cargo_worthy": 0.45, "wind_watertight": 0.4, "as_is": 0.15})
        units = 1 + poisson(1.3 if c["buyer_type"] in ("trader", "self_storage") else 0.5)
        price = round(sale_price(size, grade, t, depot), 0)
        if clearance:
            grade, size = "wind_watertight", "20GP"
            price = round(sale_price(size, grade, t, depot) * 0.85, 0)
        qn = nid("Q-", 5)
        ev(c, t, "tp_sale_quote", action="quote", channel="email", depot=depot, size_type=size, box_grade=grade,
           units=units, quote_usd=price, quote_no=qn)
        if not chance(0.78 if clearance else 0.52):
            continue
        tpay = office(t + D(days=U(1, 12)))
        if tpay > END:
            continue
        ev(c, tpay, "tp_sale_paid", action="paid", channel="other", depot=depot, size_type=size, box_grade=grade,
           units=units, quote_usd=price, quote_no=qn)
        order(c, tpay, "box_sale", units * price, "USD", depot=depot, units=units, quote_no=qn, box_grade=grade,
              size_type=size)
        if not c.get("signup_at"):
            c["signup_at"] = tpay
        tpu = gate_time(tpay + D(days=U(1, 10) if chance(0.9) else U(32, 50), hours=U(0, 10)))
        by = int(U(2008, 2010.99)) if clearance else int(U(2009, 2015.99))
        ev(c, tpu, "tp_sale_pickup", action="out", channel="other", depot=depot, size_type=size, box_grade=grade,
           units=units, quote_no=qn, build_year=by)
        c["_bought"] = True
        if tpu <= END:
            if clearance and chance(0.5):
                add_feedback(c, "box_leak", pick({"wechat": 0.6, "ticket": 0.4}), tpu + D(days=U(3, 25)),
                             "tp_sale_pickup", rated=chance(0.4))
            elif chance(0.04):
                add_feedback(c, "box_leak", "wechat", tpu + D(days=U(3, 25)), "tp_sale_pickup")
            elif chance(0.12):
                add_feedback(c, "box_good", pick({"wechat": 0.5, "survey": 0.5}), tpu + D(days=U(1, 10)),
                             "tp_sale_pickup", rated=True)


# ---------------------------------------------------------------- orders and disputes

def order(c, ts, otype, amount_usd, currency, dispute_p=None, dispute_reason=None, **kw):
    if ts > END:
        return None
    depot = kw.get("depot") or c.get("home_depot")
    fx = DEPOTS[depot][3] if currency != "USD" else 1.0
    oid = nid("INV", 6)
    o = {"order_id": oid, "customer_id": c["customer_id"], "ts": ts, "amount": round(amount_usd, 2),
         "status": "paid", "channel": "invoice", "order_type": otype, "segment": c["segment"], "depot": depot,
         "currency": currency, "amount_local": round(amount_usd * fx, 0 if currency == "KRW" else 2),
         "invoice_no": f"BH{depot[:2].upper()}-{ts:%y%m}-{oid[3:]}", "due_days": c.get("credit_terms_days") or 0,
         "paid_at": None, "reissue_of": None, "line": c.get("line_code")}
    o.update(kw)
    if otype == "box_sale":
        o["paid_at"] = ts
        c["_orders"].append(o)
        return o
    if dispute_p is None:
        dispute_p = 0.03
    if chance(dispute_p):
        dispute(c, o, dispute_reason or "rate")
    else:
        pay(o, c)
        c["_orders"].append(o)
    return o


def pay(o, c, extra=0.0):
    d = U(15, 60) + extra
    if o["ts"] + D(days=d) <= END:
        o["paid_at"] = o["ts"] + D(days=d)
        o["status"] = "paid"
    else:
        o["status"] = "unpaid"


def dispute(c, o, reason):
    td = office(o["ts"] + D(days=U(2, 20)))
    if td > END:
        pay(o, c)
        c["_orders"].append(o)
        return
    ev(c, td, "tp_invoice_dispute", action="raise", channel="email", depot=o["depot"], invoice_no=o["invoice_no"],
       dispute_reason=reason)
    backlog = reason == "free_time" and in_(td, (datetime(2025, 7, 15), datetime(2025, 12, 31)))
    rd = lognorm(36 if backlog else 12, 0.45)
    tr = office(td + D(days=rd))
    outcome = pick({"upheld": 0.3, "partially_upheld": 0.3, "rejected": 0.4})
    if reason == "pre_existing_damage":
        outcome = pick({"upheld": 0.2, "partially_upheld": 0.25, "rejected": 0.55})
    if reason == "free_time":
        outcome = pick({"upheld": 0.15, "partially_upheld": 0.35, "rejected": 0.5})
    topic = {"free_time": "free_time", "pre_existing_damage": "damage_charge", "estimate": "estimate_high",
             "billing_error": "billing_error"}.get(reason)
    if topic and chance(0.55 if topic != "estimate_high" else 0.3):
        add_feedback(c, topic, "ticket", td + D(hours=U(0.2, 4)), "tp_invoice_dispute", lease=o.get("lease_no"),
                     depot=o["depot"], line_code=c.get("line_code"))
    if tr > END:
        o["status"] = "disputed"
        c["_orders"].append(o)
        return
    ev(c, tr, "tp_dispute_resolved", action=outcome, channel="email", depot=o["depot"], invoice_no=o["invoice_no"],
       dispute_reason=reason, dispute_outcome=outcome, resolution_days=round((tr - td).total_seconds() / 86400, 1))
    if c["segment"] == "forwarder":
        c.setdefault("_disputes", []).append((tr, outcome, reason))
    if outcome == "rejected":
        pay(o, c, extra=(tr - o["ts"]).days)
        c["_orders"].append(o)
        return
    o["status"] = "cancelled"
    c["_orders"].append(o)
    o2 = dict(o)
    o2["order_id"] = nid("INV", 6)
    o2["invoice_no"] = f"BH{o['depot'][:2].upper()}-{tr:%y%m}-{o2['order_id'][3:]}"
    o2["ts"] = tr
    f = 0.0 if outcome == "upheld" else U(0.4, 0.75)
    o2["amount"] = round(o["amount"] * f, 2)
    o2["amount_local"] = round(o["amount_local"] * f, 0 if o["currency"] == "KRW" else 2)
    o2["reissue_of"] = o["order_id"]
    o2["paid_at"] = None
    if f == 0.0:
        return                                                       # credited in full, nothing re-issued
    pay(o2, c)
    c["_orders"].append(o2)


def line_invoices(c, stats):
    code = c["line_code"]
    for depot in LINES[code][4]:
        cur = DEPOTS[depot][2]
        for m in month_iter():
            k = (code, depot, m.year, m.month)
            s = stats.get(k, {})
            ts = office(next_month(m) + D(days=U(2, 7)))
            moves = len(s.get("moves", []))
            handling = moves * 28 + sum(s.get("wash", [])) + sum(s.get("pti", []))
            if handling:
                order(c, ts, "handling", handling, cur, depot=depot, service_month=f"{m:%Y-%m}",
                      dispute_p=0.04, dispute_reason="billing_error")
            storage = sum(c["_storage"].get((depot, m.year, m.month), []))
            if storage:
                p = 0.06
                if depot == "Yantian" and m >= FREE_CUT:
                    p = 0.55 if m < datetime(2026, 1, 1) else 0.3
                order(c, office(ts + D(hours=2)), "storage", storage, cur, depot=depot, service_month=f"{m:%Y-%m}",
                      dispute_p=p, dispute_reason="free_time" if depot == "Yantian" and m >= FREE_CUT else "rate")
            rep = sum(s.get("repair", []))
            if rep:
                p = 0.4 if code == "POL" and m >= POL_SLOW else 0.04
                order(c, office(ts + D(hours=4)), "repair", rep, "USD", depot=depot, service_month=f"{m:%Y-%m}",
                      dispute_p=p, dispute_reason="estimate")


# ---------------------------------------------------------------- onboarding, surveys, notes

def onboarding(c):
    t0 = office(datetime(2024, 9, 10) + D(days=U(0, (datetime(2026, 6, 5) - datetime(2024, 9, 10)).days)))
    c["first_contact_at"] = t0
    ev(c, t0, "tp_registration", action="submit", channel=pick({"web": 0.7, "mini_program": 0.3})
       if c["country"] == "China" else "web", depot=c["home_depot"])
    if not chance(0.82):
        c["_prospect"] = True
        return
    slow = c["home_depot"] == "Laem Chabang"
    delay = U(14, 42) if slow else U(0.5, 6)
    ta = office(t0 + D(days=delay))
    if ta > END:
        c["_prospect"] = True
        return
    ev(c, ta, "tp_account_open", action="approved", credit_result="approved", depot=c["home_depot"])
    c["signup_at"] = ta
    c["_start"] = ta + D(hours=1)
    tb = office(ta + D(days=expo(6) + 0.2), 7.5, 21)
    if tb <= END and chance(0.9):
        c["_first_booking"] = tb


def surveys(c):
    for y, q in [(2024, 4), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2)]:
        qs = datetime(y, 3 * q - 2, 1)
        qe = next_month(datetime(y, 3 * q, 1))
        ts = office(qe - D(days=U(3, 12)))
        if ts > END or ts < c.get("_start", START) or ts > c.get("_end", END):
            continue
        p = 0.6 if c["segment"] == "shipping_line" else 0.36
        if not chance(p):
            continue
        flags = c.get("_q", {}).get((y, q), set())
        topic = None
        if c["segment"] == "shipping_line":
            code = c["line_code"]
            deps = LINES[code][4]
            if code == "POL" and qs >= POL_SLOW and chance(0.5):
                topic = "estimate_high"
            elif "Yantian" in deps and datetime(2025, 7, 1) <= qs <= datetime(2025, 10, 1) and chance(0.6):
                topic = "free_time"
            elif "Busan" in deps and (y, q) == (2026, 1) and chance(0.5):
                topic = "repair_slow"
            elif "Laem Chabang" in deps and (y, q) == (2025, 2) and LINES[code][3] > 0.1 and chance(0.7):
                topic = "reefer_pti"
        else:
            if "no_box" in flags and chance(0.45):
                topic = "no_box"
            elif "queue" in flags and chance(0.4):
                topic = "gate_queue"
            elif "appt" in flags and c["home_depot"] != "Busan" and chance(0.2):
                topic = "appt_praise"
        if topic is None:
            topic = pick({"staff_praise": 0.3, "general_pos": 0.3, "neutral": 0.25, "billing_error": 0.05,
                          "gate_queue": 0.1 if c["segment"] == "forwarder" and regime(c, ts) == "walk_in" else 0})
        ev(c, ts, "tp_survey", action="respond", channel="email", survey_quarter=f"{y}Q{q}", depot=c["home_depot"])
        dep = {"free_time": "Yantian", "repair_slow": "Busan", "reefer_pti": "Laem Chabang"}.get(topic) \
            if c["segment"] == "shipping_line" else None
        add_feedback(c, topic, "survey", ts + D(minutes=U(3, 40)), "tp_survey", rated=True, with_nps=True,
                     line_code=c.get("line_code"), depot=dep)


def call_notes(c):
    n = poisson(1.4 if c["segment"] == "shipping_line" else 0.35)
    for _ in range(n):
        lo, hi = max(START, c.get("_start", START)), min(END, c.get("_end", END))
        if hi <= lo:
            continue
        ts = office(lo + D(days=U(0, (hi - lo).days)))
        if c["segment"] == "shipping_line":
            topic = pick({"neutral": 0.4, "general_pos": 0.25, "staff_praise": 0.15,
                          "estimate_high": 0.4 if c["line_code"] == "POL" else 0.05})
        else:
            topic = pick({"neutral": 0.4, "general_pos": 0.2, "staff_praise": 0.2, "billing_error": 0.08,
                          "damage_charge": 0.2 if c.get("_disputes") else 0.0})
        row = add_feedback(c, topic, "call_note", ts, None, line_code=c.get("line_code"))
        if chance(0.35):
            row["ts"] = None


# ---------------------------------------------------------------- main

def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    lines, fws, buyers = make_customers()
    by_code = {c["line_code"]: c for c in lines}
    for c in lines:
        c["_storage"] = {}
    stats: dict = {}
    for c in fws:
        c["_q"] = {}
        c["_end"] = END
        if c["_new"]:
            onboarding(c)
    # A/B test: forwarders of Ningbo and Yantian with an account before 2025-08-15
    elig = [c for c in fws if c["home_depot"] in ("Ningbo", "Yantian") and not c.get("_prospect")
            and c.get("_start", END) < datetime(2025, 8, 15)]
    keyed = sorted(elig, key=lambda c: R.u())
    for k, c in enumerate(keyed):
        c["_variant"] = "online_slot" if k % 2 else "walk_in"
    for c in lines:
        line_yard(c, stats)
    # forwarders: bookings until they go dormant
    for c in fws:
        if c.get("_prospect"):
            continue
        base_dormant = chance(0.07)
        if base_dormant:
            c["_end"] = c["_start"] + D(days=U(60, (END - c["_start"]).days))
        if c.get("_first_booking") and c["_first_booking"] < c["_end"]:
            one_booking(c, c["_first_booking"], by_code, stats)
            c["_start"] = c["_first_booking"] + D(hours=1)
        if c["leases"]:
            leases(c)
    # rejected damage disputes push forwarders away: they stop booking 1-3 months later
    for c in fws:
        if c.get("_prospect"):
            continue
        rej = sorted(t for t, o, r in c.get("_disputes", []) if o == "rejected" and r == "pre_existing_damage")
        if rej and chance(0.5):
            c["_end"] = min(c["_end"], rej[0] + D(days=U(30, 90)))
        bookings(c, by_code, stats)
        portal_and_calls(c)
    for c in fws:
        if c.get("_prospect") and chance(0.35):
            c["_start"], c["_end"] = c["first_contact_at"], END
            c["leases"] = True
            one_lease(c, office(c["first_contact_at"] + D(days=U(1, 20))), True)
    for c in buyers:
        c["_start"], c["_end"] = START, END
        buyer(c)
    for c in lines:
        line_invoices(c, stats)
    for c in lines + fws:
        if c.get("_prospect"):
            continue
        surveys(c)
        call_notes(c)
    # experiments rows
    for c in keyed:
        W.experiments.append({"experiment_id": "gate_appointment", "variant": c["_variant"],
                              "customer_id": c["customer_id"], "assigned_at": EXP[0],
                              "variant_desc": "book a gate time slot online before the truck comes"
                              if c["_variant"] == "online_slot" else "first come, first served at the gate (control)"})
    # undated e-mails
    for c in lines + fws + buyers:
        for row in c["_fb"]:
            if row["channel"] == "email" and chance(0.15):
                row["ts"] = None
    # account status at the end
    for c in lines + fws + buyers:
        c["account_status"] = status(c)
    W.customers = sorted(lines + fws + buyers, key=lambda c: c["customer_id"])
    for c in W.customers:
        for e in c["_ev"]:
            if START <= e["ts"] <= END:
                W.events.append(e)
        for r in c["_fb"]:
            if r["ts"] is None or START <= r["ts"] <= END:
                W.feedback.append(r)
        W.orders.extend(o for o in c["_orders"] if o["ts"] <= END)
    keep = {r["feedback_id"] for r in W.feedback}
    W.truth = [t for t in W.truth if t["feedback_id"] in keep]
    write(out)


def status(c):
    if c["segment"] == "shipping_line":
        return "active"
    if c["segment"] == "box_buyer":
        return "customer" if c.get("_bought") else "prospect"
    if c.get("_prospect"):
        return "prospect"
    bks = [e["ts"] for e in c["_ev"] if e["touchpoint_id"] == "tp_booking_request" and e["ts"] <= END]
    if not bks or max(bks) < END - D(days=90):
        return "dormant"
    if c.get("signup_at") and c["signup_at"] >= END - D(days=120):
        return "new"
    return "active"


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


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
    write_csv(out / "customers.csv", ["customer_id", "company_name", "signup_at", "segment", "region", "country",
                                      "home_depot", "acquisition_channel", "tier", "account_status", "line_code",
                                      "buyer_type", "account_manager", "credit_terms_days", "language",
                                      "first_contact_at"], W.customers)
    evs = sorted(W.events, key=lambda e: (e["ts"], e["customer_id"], e["touchpoint_id"]))
    for k, e in enumerate(evs, 1):
        e["event_id"] = f"EV{k:07d}"
        if not e.get("channel"):
            e["channel"] = TP_CHANNEL[e["touchpoint_id"]]
    gates = [e for e in evs if e["touchpoint_id"] in ("tp_gate_in", "tp_gate_out")]
    dups = [dict(gates[int(U(0, len(gates) - 1))]) for _ in range(27)]   # EDI gate messages sent twice
    rows = evs + dups
    rows.sort(key=lambda e: (e["ts"], e["event_id"]))
    write_csv(out / "events.csv", EV_COLS, rows)
    ords = sorted(W.orders, key=lambda o: (o["ts"], o["order_id"]))
    write_csv(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type",
                                   "segment", "depot", "line", "currency", "amount_local", "invoice_no",
                                   "service_month", "lease_no", "quote_no", "lane", "units", "size_type", "box_grade",
                                   "due_days", "paid_at", "reissue_of"], ords)
    fb = sorted(W.feedback, key=lambda r: r["feedback_id"])
    write_csv(out / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "language", "segment", "depot", "line"], fb)
    write_csv(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"],
              W.experiments)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment"], W.truth)
    print(f"customers {len(W.customers)}, events {len(rows)}, orders {len(ords)}, feedback {len(fb)}, "
          f"experiments {len(W.experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
