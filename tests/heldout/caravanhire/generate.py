"""Synthetic data for 途野房车 WildRoam Campers, a campervan / motorhome / caravan hire company with depots in
Urumqi (Xinjiang), Kunming and Dali (Yunnan) and Queenstown (New Zealand).

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic and sentiment each comment was written from; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic, a few seconds of CPU. Data covers 2025-01-01 .. 2026-06-30; times
are naive local times of each depot (China Standard Time for Urumqi / Kunming / Dali, New Zealand time for
Queenstown). See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207 + 404
rng = np.random.default_rng(SEED)

START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)

# planted windows
CAL_BUG = (datetime(2026, 3, 3), datetime(2026, 3, 29, 23, 59, 59))   # app 7.4.0: availability calendar shows no vans
FINANCE_MOVE = datetime(2025, 9, 15)       # bond releases moved to a central finance team: slower and slower
AB = (datetime(2025, 4, 1), datetime(2025, 9, 30, 23, 59, 59))        # insurance_default_2025
FX = 4.30                                   # CNY per NZD (group reporting rate, fixed)


def R() -> float:
    return float(rng.random())


def pick(options, weights=None):
    if weights is None:
        return options[int(R() * len(options))]
    r = R() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if r < acc:
            return o
    return options[-1]


def D(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 86400)


def H(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 3600)


def M(x: float) -> timedelta:
    return timedelta(seconds=float(x) * 60)


def expo(mean: float) -> float:
    return float(rng.exponential(mean))


def day0(t: datetime) -> datetime:
    return datetime(t.year, t.month, t.day)


def at(t: datetime, h0: float, h1: float) -> datetime:
    return day0(t) + H(h0 + R() * (h1 - h0))


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------- reference data
DEPOTS = {
    "URC-APT": ("Urumqi Diwopu Airport", "乌鲁木齐地窝堡机场店", "Urumqi"),
    "KMG-CS": ("Kunming Changshui", "昆明长水店", "Kunming"),
    "DLU-EH": ("Dali Erhai", "大理洱海店", "Kunming"),
    "ZQN-FR": ("Queenstown Frankton", "皇后镇弗兰克顿店", "Queenstown"),
}
REGION_ZH = {"Urumqi": "乌鲁木齐", "Kunming": "昆明", "Queenstown": "皇后镇"}
# month weights of trip starts (1..12)
SEASON = {
    "Urumqi": [0.12, 0.12, 0.25, 0.6, 1.1, 1.7, 2.4, 2.4, 1.7, 0.9, 0.2, 0.12],
    "Kunming": [1.0, 1.4, 1.0, 1.0, 1.15, 0.8, 1.0, 1.0, 0.9, 1.5, 0.9, 0.9],
    "Queenstown": [1.9, 1.6, 1.3, 0.9, 0.5, 0.65, 0.8, 0.7, 0.6, 0.8, 1.1, 1.7],
}
REGIONS = {
    "Urumqi": dict(share=0.30, depots=[("URC-APT", 1)], cur="CNY", ios=0.52, lead=30,
                   chan=[("mini_program", 45), ("app", 40), ("web", 15)],
                   acq=[("ctrip", 30), ("xiaohongshu", 26), ("douyin", 20), ("wechat_ads", 12), ("referral", 12)],
                   pay=[("wechat_pay", 62), ("alipay", 33), ("card", 5)],
                   seg=[28, 24, 24, 14, 10], roadside=0.22, damage=0.13, resp=(95, 40)),
    "Kunming": dict(share=0.40, depots=[("KMG-CS", 62), ("DLU-EH", 38)], cur="CNY", ios=0.55, lead=24,
                    chan=[("mini_program", 45), ("app", 40), ("web", 15)],
                    acq=[("ctrip", 28), ("xiaohongshu", 30), ("douyin", 22), ("wechat_ads", 10), ("referral", 10)],
                    pay=[("wechat_pay", 60), ("alipay", 36), ("card", 4)],
                    seg=[30, 28, 18, 16, 8], roadside=0.13, damage=0.08, resp=(42, 20)),
    "Queenstown": dict(share=0.30, depots=[("ZQN-FR", 1)], cur="NZD", ios=0.64, lead=45,
                       chan=[("app", 45), ("web", 55)],
                       acq=[("google", 32), ("motorhome_republic", 22), ("ctrip", 20), ("instagram", 14),
                            ("referral", 12)],
                       pay=[("card", 62), ("apple_pay", 24), ("alipay", 8), ("afterpay", 6)],
                       seg=[22, 30, 14, 12, 22], roadside=0.15, damage=0.09, resp=(58, 25)),
}
SEGMENTS = ["family", "couple", "friends", "senior", "backpacker"]
SEGMENT_ZH = {"family": "亲子家庭", "couple": "情侣夫妻", "friends": "结伴自驾", "senior": "银发旅居",
              "backpacker": "年轻背包客"}
AGE = {"family": ["30-39", "40-49"], "couple": ["25-29", "30-39", "40-49"], "friends": ["25-29", "30-39"],
       "senior": ["55-64", "65+"], "backpacker": ["18-24"]}
PARTY = {"family": (3, 5), "couple": (2, 2), "friends": (3, 6), "senior": (2, 2), "backpacker": (1, 3)}
TIER_ZH = {"basic": "普通会员", "silver": "银卡", "gold": "金卡"}

# vehicles: model -> (zh, class, berths, daily off-peak, daily peak) in local currency
VEHICLES = {
    "CNY": {
        "SAIC Maxus V90 Camper": ("上汽大通V90 B型房车", "campervan", 3, 680, 880),
        "JMC Teshun C-Class": ("江铃特顺 C型房车", "motorhome", 5, 980, 1280),
        "Iveco Daily C-Class": ("依维柯欧胜 C型房车", "motorhome", 6, 1180, 1520),
        "Lanyue 550 Caravan": ("揽越550拖挂房车", "caravan", 4, 420, 560),
    },
    "NZD": {
        "Toyota Hiace Hi-Top": ("丰田海狮高顶露营车", "campervan", 2, 149, 219),
        "Mercedes Sprinter 4-Berth": ("奔驰斯宾特4铺房车", "motorhome", 4, 239, 329),
        "Fiat Ducato 6-Berth": ("菲亚特杜卡托6铺房车", "motorhome", 6, 289, 399),
        "Jayco Journey Caravan": ("Jayco旅行拖挂房车", "caravan", 4, 99, 139),
    },
}
CLASS_ZH = {"campervan": "露营车(B型)", "motorhome": "C型房车", "caravan": "拖挂房车"}
VEH_W = {  # by segment: campervan-ish, big motorhome, biggest, caravan
    "family": [10, 40, 35, 15], "couple": [55, 25, 5, 15], "friends": [15, 35, 40, 10],
    "senior": [25, 40, 10, 25], "backpacker": [75, 15, 5, 5],
}
PLANS = ["basic", "standard", "premium"]
PLAN_ZH = {"basic": "基础保障", "standard": "标准保障", "premium": "全险零自付"}
PLAN_FEE = {"CNY": {"basic": 0, "standard": 80, "premium": 160}, "NZD": {"basic": 0, "standard": 29, "premium": 49}}
EXCESS = {"CNY": {"basic": 10000, "standard": 3000, "premium": 0}, "NZD": {"basic": 5000, "standard": 1500, "premium": 0}}
YOUNG_FEE = {"CNY": 150, "NZD": 35}         # young-driver surcharge per day (under 25)
BOND = {"CNY": 5000, "NZD": 2500}
ONE_WAY_FEE = {"CNY": 800, "NZD": 250}
ROADSIDE_PLUS = {"CNY": 199, "NZD": 49}
CALLOUT_FEE = {"CNY": 300, "NZD": 120}
EXTRAS = {  # item -> (zh, CNY price, NZD price, who)
    "camping_kit": ("露营桌椅套装", 180, 45),
    "bike_rack": ("自行车架", 150, 40),
    "portable_wifi": ("随身WiFi", 120, 30),
    "child_seat": ("儿童安全座椅", 100, 35),
    "snow_chains": ("防滑链", 160, 50),
    "bbq_grill": ("户外烧烤炉", 200, 45),
}
ROADSIDE_ISSUES = {
    "tyre_puncture": "爆胎扎胎", "leisure_battery": "生活电池没电", "engine_warning": "发动机故障灯",
    "snow_ice": "冰雪被困", "lockout": "钥匙锁车内", "water_pump": "水路水泵故障", "heater_fault": "暖风故障",
    "stuck_mud": "陷车",
}
ISSUE_W = {
    "Urumqi": {"tyre_puncture": 42, "stuck_mud": 14, "engine_warning": 16, "leisure_battery": 10, "lockout": 6,
               "water_pump": 8, "heater_fault": 4},
    "Kunming": {"leisure_battery": 32, "water_pump": 20, "engine_warning": 16, "tyre_puncture": 14, "lockout": 10,
                "stuck_mud": 5, "heater_fault": 3},
    "Queenstown": {"leisure_battery": 30, "tyre_puncture": 16, "engine_warning": 14, "lockout": 12,
                   "water_pump": 14, "heater_fault": 8, "stuck_mud": 6},
    "Queenstown_winter": {"snow_ice": 34, "heater_fault": 22, "leisure_battery": 18, "tyre_puncture": 8,
                          "lockout": 8, "engine_warning": 6, "water_pump": 4},
}
DAMAGE = {"windscreen_chip": "挡风玻璃崩裂", "scratch_dent": "刮擦凹陷", "awning": "遮阳篷损坏",
          "interior": "内饰损坏", "tyre_rim": "轮毂损坏"}
DAMAGE_W = {"Urumqi": [45, 25, 10, 8, 12], "Kunming": [15, 45, 18, 14, 8], "Queenstown": [25, 35, 20, 12, 8]}
DAMAGE_COST = {"windscreen_chip": 1800, "scratch_dent": 2600, "awning": 3200, "interior": 1500, "tyre_rim": 2200}
SUPPORT_TOPICS = {"booking_change": "改期改车", "bond_refund": "押金退还", "insurance_question": "保险咨询",
                  "availability": "查询空车", "young_driver": "年轻司机费用", "cancellation": "取消预订",
                  "licence_check": "驾照审核", "other": "其他"}
CAMPSITES = {
    "Urumqi": [("Sayram Lake Camp", "赛里木湖营地"), ("Nalati Grassland Camp", "那拉提草原营地"),
               ("Kanas Village Camp", "喀纳斯营地"), ("Duku Highway Camp", "独库公路营地")],
    "Kunming": [("Erhai Lakeside Camp", "洱海湖畔营地"), ("Lijiang Old Town Camp", "丽江古城营地"),
                ("Shangri-La Camp", "香格里拉营地"), ("Fuxian Lake Camp", "抚仙湖营地")],
    "Queenstown": [("Wanaka Lakeside Holiday Park", "瓦纳卡湖畔营地"), ("Te Anau Top 10", "蒂阿瑙营地"),
                   ("Glenorchy Camp", "格林诺奇营地"), ("Lake Tekapo Holiday Park", "特卡波湖营地")],
}
PLACES = {"Urumqi": (["独库公路", "赛里木湖", "喀纳斯", "那拉提"], ["the Duku Highway", "Sayram Lake", "Kanas"]),
          "Kunming": (["洱海", "丽江", "香格里拉", "抚仙湖"], ["Erhai Lake", "Lijiang", "Shangri-La"]),
          "Queenstown": (["米尔福德峡湾", "瓦纳卡", "特卡波湖", "格林诺奇"], ["Milford Sound", "Wanaka", "Lake Tekapo",
                                                                       "Glenorchy"])}

# ---------------------------------------------------------------- touchpoints / journeys
TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_home", "首页", "Home page", "awareness", "web", "digital", "marketing",
     "官网|小程序首页|App首页|主页|homepage|landing page|website"),
    ("tp_search", "搜索房车", "Van search", "consideration", "app", "digital", "ecommerce",
     "搜车|找车|查车|search|find a van|search results"),
    ("tp_vehicle_detail", "车型详情", "Vehicle details", "consideration", "app", "digital", "ecommerce",
     "车型页|房车详情|看车|vehicle page|van details|model page"),
    ("tp_select_dates", "选择日期与取车点", "Dates & depot selection", "purchase", "app", "digital", "ecommerce",
     "选日期|选档期|日历|取车点|availability calendar|pick dates|choose dates"),
    ("tp_availability_error", "日历加载失败", "Availability calendar error", "purchase", "app", "digital",
     "ecommerce", "日历报错|无车可选|calendar error|no availability error"),
    ("tp_insurance_select", "选择保险套餐", "Insurance cover selection", "purchase", "app", "digital", "insurance",
     "选保险|保险方案|保障方案|全险|insurance options|cover options|excess reduction"),
    ("tp_driver_details", "填写驾驶人信息", "Driver details", "purchase", "app", "digital", "ecommerce",
     "驾驶人信息|填资料|driver info|driver form"),
    ("tp_licence_upload", "上传驾照", "Licence upload", "purchase", "app", "digital", "risk",
     "驾照上传|传驾照|驾照审核|licence check|driver's license upload|license upload"),
    ("tp_checkout_pay", "在线支付", "Online payment", "purchase", "app", "digital", "finance",
     "付款|支付|下单付款|checkout|pay|payment"),
    ("tp_booking_confirmed", "预订成功", "Booking confirmed", "purchase", "app", "digital", "ecommerce",
     "订单确认|预订确认|订到车|booking confirmation|confirmed"),
    ("tp_pretrip_reminder", "行前提醒", "Pre-trip reminder", "service", "other", "digital", "operations",
     "出行提醒|取车提醒|提醒短信|pre-trip email|reminder"),
    ("tp_online_checkin", "在线值机", "Online check-in", "service", "app", "digital", "operations",
     "线上办理|提前登记|express check-in|online check in"),
    ("tp_depot_arrival", "到店取车", "Depot arrival for pickup", "service", "store", "physical", "depot",
     "取车|到店|提车|pickup|collect the van|vehicle pickup"),
    ("tp_handover", "车辆交接讲解", "Vehicle handover & walkthrough", "service", "store", "physical", "depot",
     "交车|讲解|车辆讲解|交接|handover|walkthrough|orientation"),
    ("tp_drive_off", "出发上路", "Drive-off", "service", "store", "physical", "depot",
     "出发|开走|上路|drive off|departure"),
    ("tp_campsite_booking", "营地预订", "Campsite booking", "service", "app", "digital", "partnerships",
     "订营地|营地|露营地|campground|holiday park|campsite"),
    ("tp_extras_addon", "加购装备", "Extras add-on", "service", "app", "digital", "ecommerce",
     "加装备|租装备|附加装备|extras|add-ons|gear hire"),
    ("tp_trip_extension", "在线续租", "Trip extension", "service", "app", "digital", "operations",
     "续租|延长租期|加天|extend rental|extension"),
    ("tp_roadside_call", "道路救援求助", "Roadside assistance call", "service", "phone", "digital", "roadside",
     "救援电话|道路救援|抛锚|求助|roadside help|breakdown call|roadside assistance"),
    ("tp_remote_diag", "远程诊断", "Remote diagnosis", "service", "phone", "digital", "roadside",
     "电话诊断|远程指导|remote troubleshooting|phone diagnosis"),
    ("tp_tech_dispatch", "救援派车", "Technician dispatched", "service", "other", "digital", "roadside",
     "派车|派单|救援车出发|dispatch|tow truck sent"),
    ("tp_tech_onsite", "救援到场", "Technician on site", "service", "other", "physical", "roadside",
     "救援到达|到场|technician arrived|on site"),
    ("tp_roadside_resolved", "救援完成", "Roadside issue resolved", "service", "other", "physical", "roadside",
     "修好|救援结束|问题解决|fixed|resolved"),
    ("tp_return_checkin", "还车到店", "Return at depot", "service", "store", "physical", "depot",
     "还车|交还|drop-off|vehicle return"),
    ("tp_return_inspection", "还车验车", "Return inspection", "service", "store", "physical", "depot",
     "验车|检车|车况检查|return check|inspection"),
    ("tp_bond_release", "押金退还", "Bond release", "loyalty", "other", "digital", "finance",
     "退押金|押金解冻|预授权解冻|bond refund|security deposit refund|bond release"),
    ("tp_trip_review", "行程评价", "Trip review", "loyalty", "app", "digital", "customer_experience",
     "评价|点评|打分|review|rating|feedback survey"),
    ("tp_damage_report", "车损报备", "Damage report", "service", "store", "physical", "insurance",
     "报损|车损|刮蹭|damage|accident report"),
    ("tp_claim_submit", "提交理赔材料", "Claim submitted", "service", "app", "digital", "insurance",
     "报案|理赔申请|交材料|claim|file a claim"),
    ("tp_claim_review", "理赔审核", "Claim review", "service", "other", "digital", "insurance",
     "定损|审核|claim assessment|assessor"),
    ("tp_claim_settled", "理赔结案", "Claim settled", "service", "other", "digital", "insurance",
     "结案|赔付完成|claim closed|settled"),
    ("tp_support", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|投诉|打电话|在线客服|customer service|support|help desk"),
]
TP = {t[0]: t for t in TOUCHPOINTS}
JOURNEYS = [
    ("booking", "线上预订", "Online booking", 14,
     ["tp_search", "tp_vehicle_detail", "tp_select_dates", "tp_insurance_select", "tp_driver_details",
      "tp_licence_upload", "tp_checkout_pay", "tp_booking_confirmed"]),
    ("pickup", "取车出发", "Pickup & departure", 7,
     ["tp_pretrip_reminder", "tp_online_checkin", "tp_depot_arrival", "tp_handover", "tp_drive_off"]),
    ("roadside", "道路救援", "Roadside assistance", 2,
     ["tp_roadside_call", "tp_remote_diag", "tp_tech_dispatch", "tp_tech_onsite", "tp_roadside_resolved"]),
    ("return", "还车与押金", "Return & bond", 30,
     ["tp_return_checkin", "tp_return_inspection", "tp_bond_release", "tp_trip_review"]),
    ("claim", "车损理赔", "Damage claim", 45,
     ["tp_damage_report", "tp_claim_submit", "tp_claim_review", "tp_claim_settled"]),
]

EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
EXPERIMENTS: list[dict] = []
CTR = {"ev": 0, "ord": 0, "sess": 0, "bk": 0, "fb": 0}


def nid(kind: str, prefix: str, width: int = 6) -> str:
    CTR[kind] += 1
    return f"{prefix}{CTR[kind]:0{width}d}"


def app_version(t: datetime) -> str:
    if t < datetime(2025, 5, 20):
        return "7.1.2"
    if t < datetime(2025, 11, 10):
        return "7.2.0"
    if t < CAL_BUG[0]:
        return "7.3.1"
    if t <= CAL_BUG[1]:
        return "7.4.0"
    return "7.4.2"


def ev(c: dict, tp: str, t: datetime, channel: str | None = None, device: str | None = None,
       session: str = "", action: str = "view", **extra) -> None:
    if t > END or t < START:
        return
    row = dict(event_id=nid("ev", "E", 7), customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
               session_id=session, action=action, device=device or "", channel=channel or "",
               depot_code=c["depot_code"], depot=DEPOTS[c["depot_code"]][0], depot_zh=DEPOTS[c["depot_code"]][1],
               app_version=app_version(t) if channel == "app" else "")
    row.update({k: ("" if v is None else v) for k, v in extra.items()})
    EVENTS.append(row)


# ---------------------------------------------------------------- feedback text
TEXT = {
    "calendar_bug": (
        ["想订下个月的车，App里日历显示没车，换了好几个日期都一样，最后只能打电话订。",
         "日历显示没车，可客服说明明有车，这个bug什么时候修？",
         "选日期那一步一直日历显示没车，刷新也没用，差点放弃了。",
         "新版App日历显示没车，网页版却能订，太离谱。"],
        ["The app calendar showed no vans for every date I tried, but the website had plenty. Gave up.",
         "Tried to book in the app and the calendar showed no vans for the whole month. Had to call instead.",
         "Booking calendar showed no vans for any of my dates - is the app broken?",
         "After the update the calendar showed no vans at all. Please fix."]),
    "young_surcharge": (
        ["我23岁，选保险时突然多了年轻司机附加费，加上自付额太离谱了，没订。",
         "年轻司机附加费比租金还高，学生党真的负担不起。",
         "看到年轻司机附加费直接劝退，能不能在首页就说明？",
         "年轻司机附加费每天都要收，一趟下来多了一千多。"],
        ["I'm 22 and the young driver surcharge on the insurance page nearly doubled the price. Didn't book.",
         "Got hit with a young driver surcharge at the insurance step - show it upfront please.",
         "The young driver surcharge plus the excess made it way out of budget for us backpackers.",
         "Young driver surcharge every single day? That's a lot for a two-week trip."]),
    "bond_slow": (
        ["还车都两个多星期了，押金退得太慢，打了三次客服还在走流程。",
         "车和行程都很好，就是押金退得太慢，体验大打折扣。",
         "押金退得太慢了，预授权一直没解冻，信用卡额度被占着。",
         "押金退得太慢，问客服只说财务在处理。"],
        ["Great van but the bond refund took forever - almost three weeks after drop-off.",
         "The bond refund took forever and nobody could tell me why.",
         "Loved the trip, but the bond refund took forever. Please sort out your finance process.",
         "Bond refund took forever, had to chase it twice by email."]),
    "roadside_slow": (
        ["在{pz}附近爆胎，救援等了好久，将近三个小时才到。",
         "救援等了好久，电话里一直说在路上。",
         "半路抛锚，救援等了好久，孩子们都冻坏了。",
         "车在{pz}趴窝，救援等了好久，一下午都耽误了。"],
        ["Broke down near {pe} and we waited ages for roadside - nearly three hours.",
         "We waited ages for roadside, they kept saying the technician was on the way.",
         "Waited ages for roadside help with two kids in the van.",
         "Battery died near {pe}, waited ages for roadside to turn up."]),
    "dirty_van": (
        ["取车时车里不干净，冰箱有异味，床单也没换。",
         "车里不干净，上一位客人的垃圾还在。",
         "车里不干净，马桶都没清理，第一印象很差。"],
        ["The van wasn't clean at pickup - crumbs everywhere and the fridge smelled.",
         "Van wasn't clean and the cassette toilet hadn't been emptied.",
         "Our van wasn't clean when we collected it, had to wipe everything down ourselves."]),
    "heater_broke": (
        ["晚上零下好几度，暖风坏了，一夜没睡好。",
         "暖风坏了，客服只让我们去营地插电，太冷了。",
         "第二晚暖风坏了，全家裹着羽绒服睡。"],
        ["The heater stopped working on our second night at minus four.",
         "Diesel heater stopped working and it was freezing near {pe}.",
         "Heater stopped working halfway through the trip, freezing nights."]),
    "insurance_confusing": (
        ["保险条款看不懂，基础、标准、全险到底差在哪？",
         "保险条款看不懂，自付额写得很含糊。",
         "保险条款看不懂，问了客服才知道玻璃不在保障里。"],
        ["The insurance options were confusing - what does the excess actually cover?",
         "Insurance options were confusing, three tiers and no clear comparison.",
         "Honestly the insurance options were confusing, I just picked the middle one."]),
    "new_van": (
        ["车况很新，设施齐全，开起来很稳。",
         "车况很新，床很舒服，下次还租。",
         "车况很新，厨房和卫生间都很干净。"],
        ["Van was like new, everything worked perfectly.",
         "Our motorhome was like new - spotless kitchen and comfy beds.",
         "The camper was like new and drove beautifully."]),
    "handover": (
        ["取车时工作人员讲解很耐心，水电气都教得明明白白。",
         "讲解很耐心，第一次开房车也不慌。",
         "小哥讲解很耐心，连怎么倒灰水都演示了。"],
        ["The handover was really thorough, they showed us everything from the water pump to the gas.",
         "Handover was really thorough - great for first-timers.",
         "Staff were lovely and the handover was really thorough."]),
    "scenery": (
        ["一路风景绝美，{pz}太震撼了。",
         "风景绝美，开房车自驾是最好的方式。",
         "{pz}风景绝美，停哪儿都是大片。"],
        ["The scenery was unreal around {pe}.",
         "Scenery was unreal - best way to see the place is by campervan.",
         "The scenery was unreal, we stopped every ten minutes near {pe}."]),
    "generic_pos": (
        ["整体体验不错，下次还会再租。", "服务周到，车也好开。", "很满意的一次自驾，推荐。", "流程顺畅，工作人员很热情。"],
        ["Great trip overall, would rent again.", "Smooth rental, friendly staff.",
         "Really happy with the whole experience.", "Easy booking and a good van, thanks!"]),
    "generic_neg": (
        ["价格偏高，性价比一般。", "还车流程有点慢。", "客服回复比较慢。", "App有点卡，操作不太顺。"],
        ["A bit pricey for what you get.", "The return process was slow.", "Customer service was slow to reply.",
         "The app is a bit clunky."]),
    "neutral": (
        ["还行，中规中矩。", "一般般吧。", "车和描述的差不多。", "没什么特别的。"],
        ["It was okay.", "Van was as described.", "Nothing special, nothing bad.", "Average experience."]),
}
CALL_NOTES = {
    "calendar_bug": (["客户来电：App里日历显示没车，已帮其电话下单。", "客户反映日历显示没车，已升级技术部。"],
                     ["Caller said the app calendar showed no vans; booked by phone.",
                      "Customer reports calendar showed no vans in the app; escalated to tech."]),
    "young_surcharge": (["客户询问年轻司机附加费能否减免，已解释政策。", "年轻司机附加费投诉，客户表示太贵放弃预订。"],
                        ["Customer asked if the young driver surcharge can be waived; explained policy.",
                         "Complaint about the young driver surcharge, customer will not book."]),
    "bond_slow": (["客户来电催押金：押金退得太慢，已催财务。", "押金退得太慢，客户情绪激动，已提交加急。"],
                  ["Customer chasing bond: says the bond refund took forever, escalated to finance.",
                   "Bond refund took forever per customer, flagged as urgent."]),
    "roadside_slow": (["救援回访：客户表示救援等了好久，已致歉并赠送优惠券。", "客户投诉救援等了好久，已记录。"],
                      ["Roadside follow-up: customer waited ages for roadside, apologised and gave a voucher.",
                       "Complaint logged - customer waited ages for roadside."]),
    "insurance_confusing": (["客户表示保险条款看不懂，已逐项解释自付额。", "保险条款看不懂，客户要求发对比表。"],
                            ["Customer said the insurance options were confusing; walked through the excess.",
                             "Insurance options were confusing for caller, sent comparison sheet."]),
    "heater_broke": (["客户来电：暖风坏了，已安排营地插电并登记维修。"],
                     ["Caller: heater stopped working, arranged powered site and logged repair."]),
    "generic": (["客户咨询改期，已处理。", "客户询问取车时间，已告知。", "客户咨询加购装备，已发链接。",
                 "客户问营地推荐，已发清单。", "客户咨询取消政策，已说明。"],
                ["Customer asked to change dates, done.", "Caller asked about pickup times, answered.",
                 "Customer asked about extras, sent link.", "Asked for campsite tips, sent list.",
                 "Customer asked about cancellation policy, explained."]),
}
SENT = {"calendar_bug": "negative", "young_surcharge": "negative", "bond_slow": "negative",
        "roadside_slow": "negative", "dirty_van": "negative", "heater_broke": "negative",
        "insurance_confusing": "negative", "new_van": "positive", "handover": "positive", "scenery": "positive",
        "generic_pos": "positive", "generic_neg": "negative", "neutral": "neutral", "generic": "neutral"}


def text_for(topic: str, lang: str, region: str, note: bool = False) -> str:
    src = CALL_NOTES if note else TEXT
    zh, en = src[topic]
    s = pick(zh if lang == "zh" else en)
    pz, pe = PLACES[region]
    return s.replace("{pz}", pick(pz)).replace("{pe}", pick(pe))


def rating_for(topic: str) -> int:
    s = SENT[topic]
    if topic in ("generic_neg",):
        return pick([1, 2, 3], [15, 50, 35])
    if s == "negative":
        return pick([1, 2, 3], [55, 35, 10])
    if s == "positive":
        return pick([4, 5], [30, 70])
    return pick([3, 4], [70, 30])


def nps_for(rating: int) -> int:
    base = {1: 1, 2: 3, 3: 6, 4: 8, 5: 9.4}[rating]
    return int(min(10, max(0, round(base + rng.normal(0, 1.0)))))


def add_fb(c: dict | None, t: datetime | None, topic: str, lang: str, region: str, tp: str, channel: str,
           rating: int | None = None, nps: int | None = None, note: bool = False, **extra) -> None:
    if t is not None and (t > END or t < START):
        return
    fid = nid("fb", "FB", 6)
    row = dict(feedback_id=fid, text=text_for(topic, lang, region, note), ts=fmt(t),
               customer_id=c["customer_id"] if c else "", touchpoint_id=tp, channel=channel,
               rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
               region=region, depot_code=extra.pop("depot_code", c["depot_code"] if c else ""))
    row["depot_zh"] = DEPOTS[row["depot_code"]][1] if row["depot_code"] else ""
    row.update({k: ("" if v is None else v) for k, v in extra.items()})
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


def fb_lang(c: dict) -> str:
    return c["preferred_language"]


# ---------------------------------------------------------------- customers
def season_date(region: str) -> datetime:
    """a trip start between 2025-01-12 and 2026-08-31, weighted by the region's season."""
    while True:
        d = datetime(2025, 1, 12) + timedelta(days=int(R() * 597))
        w = SEASON[region][d.month - 1] / max(SEASON[region])
        if R() < w:
            return d


def make_customer(i: int) -> dict:
    region = pick(list(REGIONS), [r["share"] for r in REGIONS.values()])
    cfg = REGIONS[region]
    depot = pick([d for d, _ in cfg["depots"]], [w for _, w in cfg["depots"]])
    seg = pick(SEGMENTS, cfg["seg"])
    if region == "Queenstown":
        lic = pick(["CN", "AU", "NZ", "US", "GB", "DE", "SG"], [36, 18, 8, 11, 11, 9, 7])
        lang = "zh" if lic in ("CN",) or (lic == "SG" and R() < 0.5) else "en"
    else:
        lic = pick(["CN", "HK", "MY", "SG", "US"], [95, 2, 1, 1, 1])
        lang = "zh" if lic != "US" else "en"
    os_ = "ios" if R() < cfg["ios"] else "android"
    chan = pick([c for c, _ in cfg["chan"]], [w for _, w in cfg["chan"]])
    return dict(customer_id=f"C{i:05d}", region=region, depot_code=depot, segment=seg, licence_country=lic,
                preferred_language=lang, os=os_, channel=chan, acq=pick([a for a, _ in cfg["acq"]],
                                                                         [w for _, w in cfg["acq"]]),
                age_band=pick(AGE[seg]), party=int(PARTY[seg][0] + int(R() * (PARTY[seg][1] - PARTY[seg][0] + 1))),
                cur=cfg["cur"], trips=0, spend=0.0, signup=None, first_seen=None, opt_in=R() < 0.58,
                ab=None)


def device_of(c: dict, channel: str) -> str:
    return "pc" if channel == "web" else c["os"]


def price_day(cur: str, model: str, d: datetime, region: str) -> float:
    zh, cls, berths, off, peak = VEHICLES[cur][model]
    m = d.month
    is_peak = (region == "Urumqi" and m in (7, 8)) or (region == "Kunming" and (m == 2 or (m == 10 and d.day <= 7))) \
        or (region == "Queenstown" and m in (12, 1, 2))
    return float(peak if is_peak else off)


# ---------------------------------------------------------------- booking attempt
def attempt(c: dict, t: datetime, trip_start: datetime, repeat: bool) -> dict | None:
    """one booking session; returns the booking dict when confirmed."""
    cur = c["cur"]
    region = c["region"]
    chan = c["channel"] if R() < 0.85 else pick(REGIONS[region]["chan"])[0]
    dev = device_of(c, chan)
    sess = nid("sess", "S", 7)
    if c["first_seen"] is None:
        c["first_seen"] = t
    if R() < 0.8:
        ev(c, "tp_home", t - M(1 + R() * 3), chan, dev, sess, acquisition=c["acq"] if not repeat else "returning")
    ev(c, "tp_search", t, chan, dev, sess, action="submit", search_region=region,
       party_size=c["party"])
    models = list(VEHICLES[cur])
    model = pick(models, VEH_W[c["segment"]])
    # step probabilities
    p = [0.70, 0.73, 0.80, 0.88, 0.91, 0.82, 0.97]
    if repeat:
        p = [min(0.97, x + 0.12) for x in p]
    if c["segment"] == "backpacker":
        p[3] = 0.42          # young-driver surcharge appears at the insurance step
    bug = chan in ("app", "mini_program") and CAL_BUG[0] <= t <= CAL_BUG[1]
    if bug:
        p[1] = 0.15
    cur_t = t
    reached = 1
    # vehicle detail (1-3 views)
    if R() >= p[0]:
        return None
    for k in range(1 + int(R() * 2.2)):
        cur_t += M(1 + expo(3))
        m = model if k == 0 else pick(models)
        ev(c, "tp_vehicle_detail", cur_t, chan, dev, sess, vehicle_model=m, vehicle_class=VEHICLES[cur][m][1])
    reached = 2
    # dates
    if R() >= p[1]:
        if bug:
            cur_t += M(1 + expo(2))
            ev(c, "tp_availability_error", cur_t, chan, dev, sess, action="fail", error_code="INV_SYNC_409")
            if R() < 0.35:
                c["hit_bug"] = cur_t
        return None
    cur_t += M(1 + expo(3))
    days = int(max(3, min(21, round(rng.normal(9 if region == "Queenstown" else 7, 3)))))
    ev(c, "tp_select_dates", cur_t, chan, dev, sess, action="submit", vehicle_model=model,
       pickup_date=trip_start.strftime("%Y-%m-%d"), rental_days=days)
    # insurance (A/B)
    if R() >= p[2]:
        return None
    cur_t += M(1 + expo(3))
    variant = None
    if AB[0] <= cur_t <= AB[1] and c["ab"] is None and not repeat:
        variant = "premium_default" if R() < 0.5 else "control"
        c["ab"] = variant
        EXPERIMENTS.append(dict(experiment_id="insurance_default_2025", variant=variant,
                                customer_id=c["customer_id"], assigned_at=fmt(cur_t), depot_code=c["depot_code"],
                                session_id=sess))
    elif c["ab"] is not None and AB[0] <= cur_t <= AB[1]:
        variant = c["ab"]
    if variant == "premium_default":
        plan = pick(PLANS, [22, 24, 54])
    else:
        plan = pick(PLANS, [36, 36, 28])
    young = c["segment"] == "backpacker"
    ev(c, "tp_insurance_select", cur_t, chan, dev, sess, action="click", insurance_plan=plan,
       young_driver_fee_local=YOUNG_FEE[cur] if young else None)
    if R() >= p[3]:
        if young and R() < 0.22:
            c["young_drop"] = cur_t
        elif R() < 0.05:
            c["ins_confused"] = cur_t
        return None
    cur_t += M(2 + expo(4))
    ev(c, "tp_driver_details", cur_t, chan, dev, sess, action="submit", drivers=1 + int(R() < 0.55))
    if c["signup"] is None:
        c["signup"] = cur_t
    if R() >= p[4]:
        return None
    cur_t += M(1 + expo(3))
    ok = R() < p[5]
    ev(c, "tp_licence_upload", cur_t, chan, dev, sess, action="submit", licence_country=c["licence_country"],
       check_result="pass" if ok else pick(["blurry_photo", "expired", "needs_translation"], [50, 20, 30]))
    if not ok:
        return None
    cur_t += M(2 + expo(4))
    one_way = R() < (0.22 if c["depot_code"] in ("KMG-CS", "DLU-EH") else 0.18 if region == "Queenstown" else 0.0)
    rate = price_day(cur, model, trip_start, region)
    ins_fee = PLAN_FEE[cur][plan] * days
    yfee = YOUNG_FEE[cur] * days if young else 0
    rplus = R() < (0.30 if plan != "premium" else 0.55)
    total = rate * days + ins_fee + yfee + (ONE_WAY_FEE[cur] if one_way else 0) + (ROADSIDE_PLUS[cur] if rplus else 0)
    coupon = ""
    if repeat and R() < 0.6:
        coupon = "CLUB10"
        total *= 0.9
    elif cur == "CNY" and datetime(2025, 4, 20) <= cur_t <= datetime(2025, 5, 10) and R() < 0.5:
        coupon = "MAYDAY300"
        total -= 300
    total = round(total, 2)
    fx = FX if cur == "NZD" else 1.0
    ev(c, "tp_checkout_pay", cur_t, chan, dev, sess, action="success", amount_local=total, currency=cur)
    bk = dict(ref=nid("bk", "BK", 6), t_pay=cur_t, model=model, plan=plan, days=days, rate=rate, ins_fee=ins_fee,
              yfee=yfee, one_way=one_way, rplus=rplus, total=total, fx=fx, coupon=coupon, chan=chan, dev=dev,
              trip_start=trip_start, sess=sess, variant=variant)
    if R() >= p[6]:
        add_order(c, cur_t, "rental", "cancelled", total, bk, fail_reason="licence_manual_review_timeout")
        return None
    cur_t += M(0.5 + R())
    ev(c, "tp_booking_confirmed", cur_t, chan, dev, sess, action="success", booking_ref=bk["ref"],
       vehicle_model=model, insurance_plan=plan)
    bk["t_conf"] = cur_t
    return bk


def add_order(c: dict, t: datetime, otype: str, status: str, amount_local: float, bk: dict | None = None,
              **extra) -> dict | None:
    if t > END:
        return None
    cur = c["cur"]
    fx = FX if cur == "NZD" else 1.0
    row = dict(order_id=nid("ord", "O", 6), customer_id=c["customer_id"], ts=fmt(t),
               amount=round(amount_local * fx, 2), status=status,
               channel=bk["chan"] if bk else "", device=bk["dev"] if bk else "", order_type=otype,
               order_type_zh={"rental": "租车订单", "extras": "装备加购", "extension": "续租", "damage_charge": "车损自付",
                              "callout_fee": "救援上门费"}[otype],
               region=c["region"], depot_code=c["depot_code"], depot=DEPOTS[c["depot_code"]][0],
               depot_zh=DEPOTS[c["depot_code"]][1], currency=cur, amount_local=round(amount_local, 2),
               booking_ref=bk["ref"] if bk else "",
               payment_method=pick([p for p, _ in REGIONS[c["region"]]["pay"]],
                                   [w for _, w in REGIONS[c["region"]]["pay"]]))
    if otype == "rental" and bk:
        zh, cls, berths, _, _ = VEHICLES[cur][bk["model"]]
        ret = bk["trip_start"] + timedelta(days=bk["days"])
        row.update(vehicle_model=bk["model"], vehicle_model_zh=zh, vehicle_class=cls, vehicle_class_zh=CLASS_ZH[cls],
                   berths=berths, pickup_date=bk["trip_start"].strftime("%Y-%m-%d"),
                   return_date=ret.strftime("%Y-%m-%d"), rental_days=bk["days"], daily_rate_local=bk["rate"],
                   insurance_plan=bk["plan"], insurance_plan_zh=PLAN_ZH[bk["plan"]],
                   insurance_fee_local=bk["ins_fee"], excess_local=EXCESS[cur][bk["plan"]],
                   young_driver_fee_local=bk["yfee"], roadside_plus=str(bk["rplus"]).lower(),
                   one_way=str(bk["one_way"]).lower(), coupon_code=bk["coupon"])
    row.update({k: ("" if v is None else v) for k, v in extra.items()})
    ORDERS.append(row)
    if status == "paid":
        c["spend"] += row["amount"]
    return row


# ---------------------------------------------------------------- the trip
def bond_days(t: datetime) -> float:
    if t < FINANCE_MOVE:
        mean = 2.8
    else:
        mean = 3.5 + 16.5 * min(1.0, (t - FINANCE_MOVE).days / 288)
    return max(1.0, float(rng.gamma(4.0, mean / 4.0)))


def winter(region: str, d: datetime) -> bool:
    return (region == "Queenstown" and d.month in (6, 7, 8)) or (region == "Urumqi" and d.month in (11, 12, 1, 2, 3))


def trip(c: dict, bk: dict) -> None:
    region, cur = c["region"], c["cur"]
    start = bk["trip_start"]
    pick_t = at(start, 9, 15)
    tp_order = add_order(c, bk["t_pay"], "rental", "paid", bk["total"], bk)
    # extras at checkout
    if R() < 0.36:
        items = ["camping_kit", "portable_wifi", "bbq_grill"] + (["child_seat"] if c["segment"] == "family" else []) \
            + (["bike_rack"] if region != "Urumqi" else []) + (["snow_chains"] if winter(region, start) else [])
        it = pick(items)
        add_order(c, bk["t_pay"] + M(1 + R() * 3), "extras", "paid", EXTRAS[it][1 if cur == "CNY" else 2], bk,
                  item=it, item_zh=EXTRAS[it][0], bought_at="checkout")
    # cancellation before the trip
    if R() < 0.065:
        t_c = bk["t_conf"] + D(max(0.2, (pick_t - bk["t_conf"]).total_seconds() / 86400 * R() * 0.8))
        if tp_order and t_c <= END:
            tp_order["status"] = "refunded"
            c["spend"] -= tp_order["amount"]
            tp_order["refunded_at"] = fmt(t_c)
            tp_order["refund_reason"] = pick(["plans_changed", "weather", "found_cheaper", "illness"], [45, 20, 20, 15])
            ev(c, "tp_support", t_c, "phone", None, "", action="submit", support_topic="cancellation",
               support_topic_zh=SUPPORT_TOPICS["cancellation"], handle_minutes=round(3 + expo(5), 1))
        return
    # booking change contact
    if R() < 0.08:
        t_s = bk["t_conf"] + D(R() * max(0.5, (pick_t - bk["t_conf"]).days))
        ev(c, "tp_support", t_s, "phone" if region != "Queenstown" else "email", None, "", action="submit",
           support_topic="booking_change", support_topic_zh=SUPPORT_TOPICS["booking_change"],
           handle_minutes=round(3 + expo(6), 1))
        if R() < 0.5:
            add_fb(c, t_s + M(10), "generic", fb_lang(c), region, "tp_support", "call_note", note=True)
    # pickup journey
    rem = at(pick_t - timedelta(days=3), 10, 11)
    rem_ch = "sms" if region != "Queenstown" else "email"
    ev(c, "tp_pretrip_reminder", rem, "email" if rem_ch == "email" else "other", None, "", action="send",
       booking_ref=bk["ref"], message_channel=rem_ch)
    checked = R() < 0.78
    if checked:
        ev(c, "tp_online_checkin", rem + H(2 + R() * 50), "app", c["os"], nid("sess", "S", 7), action="submit",
           booking_ref=bk["ref"])
    ev(c, "tp_depot_arrival", pick_t, "store", None, "", action="check_in", booking_ref=bk["ref"])
    peak_q = region == "Queenstown" and start.month in (12, 1, 2)
    wait = max(3.0, rng.normal(38 if peak_q else 22, 10) - (8 if checked else 0))
    hand_t = pick_t + M(wait)
    dirty = R() < (0.13 if c["depot_code"] == "DLU-EH" else 0.035)
    ev(c, "tp_handover", hand_t, "store", None, "", action="complete", booking_ref=bk["ref"],
       wait_minutes=round(wait, 1), vehicle_model=bk["model"],
       bond_hold_local=BOND[cur])
    off_t = hand_t + M(25 + R() * 30)
    ev(c, "tp_drive_off", off_t, "store", None, "", action="complete", booking_ref=bk["ref"],
       odometer_km=int(12000 + R() * 90000))
    lang = fb_lang(c)
    if R() < 0.42:
        if dirty and R() < 0.75:
            topic = "dirty_van"
        else:
            topic = pick(["handover", "new_van", "generic_pos", "neutral", "generic_neg", "insurance_confusing"],
                         [26, 16, 26, 16, 8, 8])
        r = rating_for(topic)
        add_fb(c, off_t + H(1 + R() * 20), topic, lang, region, "tp_handover", "pickup_survey", rating=r,
               booking_ref=bk["ref"])
    # on the trip
    days = bk["days"]
    end_t = at(start + timedelta(days=days), 9, 12)
    if R() < 0.42:
        site = pick(CAMPSITES[region])
        for k in range(1 + int(R() * 2.5)):
            ev(c, "tp_campsite_booking", off_t + D(R() * days * 0.8), "app", c["os"], nid("sess", "S", 7),
               action="submit", campsite=site[0], campsite_zh=site[1], nights=1 + int(R() * 2))
    if R() < 0.10:
        it = pick(["camping_kit", "portable_wifi", "bbq_grill", "snow_chains" if winter(region, start) else "bike_rack"])
        t_x = off_t + D(R() * days * 0.5)
        ev(c, "tp_extras_addon", t_x, "app", c["os"], nid("sess", "S", 7), action="success", item=it)
        add_order(c, t_x + M(1), "extras", "paid", EXTRAS[it][1 if cur == "CNY" else 2], bk, item=it,
                  item_zh=EXTRAS[it][0], bought_at="on_trip")
    if R() < 0.07:
        extra_days = 1 + int(R() * 3)
        t_x = off_t + D(days * (0.5 + R() * 0.4))
        ev(c, "tp_trip_extension", t_x, "app", c["os"], nid("sess", "S", 7), action="success", extra_days=extra_days)
        add_order(c, t_x + M(2), "extension", "paid", bk["rate"] * extra_days, bk, extra_days=extra_days)
        end_t += timedelta(days=extra_days)
    # roadside
    p_rs = REGIONS[region]["roadside"] + (0.14 if winter(region, start) and region == "Queenstown" else 0)
    heater_issue = False
    slow = False
    if R() < p_rs:
        issue = pick(list(ISSUE_W["Queenstown_winter" if region == "Queenstown" and start.month in (6, 7, 8)
                                  else region]),
                     list(ISSUE_W["Queenstown_winter" if region == "Queenstown" and start.month in (6, 7, 8)
                                  else region].values()))
        heater_issue = issue == "heater_fault"
        t_r = off_t + D(0.3 + R() * max(0.5, days - 1))
        t_r = at(t_r, 7, 21)
        rs = nid("sess", "RS", 6)
        ev(c, "tp_roadside_call", t_r, "phone", None, rs, action="submit", issue=issue, issue_zh=ROADSIDE_ISSUES[issue],
           booking_ref=bk["ref"])
        t_d = t_r + M(4 + expo(6))
        ev(c, "tp_remote_diag", t_d, "phone", None, rs, action="complete", issue=issue)
        remote_fix = R() < {"leisure_battery": 0.55, "water_pump": 0.45, "heater_fault": 0.35, "lockout": 0.15,
                            "engine_warning": 0.35}.get(issue, 0.05)
        if remote_fix:
            ev(c, "tp_roadside_resolved", t_d + M(10 + expo(15)), "phone", None, rs, action="complete",
               issue=issue, fix="phone_guidance")
        else:
            t_x = t_d + M(3 + expo(5))
            ev(c, "tp_tech_dispatch", t_x, "other", None, rs, action="assign", issue=issue,
               partner=pick({"Urumqi": ["天山救援", "新疆路通"], "Kunming": ["云路救援", "滇西汽修"],
                             "Queenstown": ["AA Roadservice", "Wakatipu Auto"]}[region]))
            mean, sd = REGIONS[region]["resp"]
            if region == "Queenstown" and start.month in (6, 7, 8):
                mean += 25
            resp = max(15.0, rng.normal(mean, sd))
            slow = resp > 110
            t_o = t_r + M(resp)
            if R() < 0.985:
                ev(c, "tp_tech_onsite", t_o, "other", None, rs, action="arrive", issue=issue,
                   response_minutes=round(resp, 1))
                if R() < 0.96:
                    ev(c, "tp_roadside_resolved", t_o + M(20 + expo(40)), "other", None, rs, action="complete",
                       issue=issue, fix=pick(["fixed_on_site", "towed_to_garage", "swap_vehicle"], [78, 16, 6]))
        if issue in ("lockout", "leisure_battery", "stuck_mud") and not bk["rplus"] and not remote_fix:
            add_order(c, t_r + H(3), "callout_fee", "paid", CALLOUT_FEE[cur], bk, issue=issue)
        if R() < 0.45 or slow:
            topic = "roadside_slow" if slow and R() < 0.8 else ("heater_broke" if heater_issue and R() < 0.6
                                                                   else "generic")
            add_fb(c, t_r + H(20 + R() * 30), topic, lang, region, "tp_roadside_call", "call_note", note=True,
                   booking_ref=bk["ref"])
    # return journey
    ret_t = end_t
    if ret_t <= END:
        c["trips"] += 1
    ret_ch = c["depot_code"]
    ev(c, "tp_return_checkin", ret_t, "store", None, "", action="check_in", booking_ref=bk["ref"],
       return_depot=("DLU-EH" if c["depot_code"] == "KMG-CS" else "KMG-CS") if bk["one_way"] and region == "Kunming"
       else ("CHC-DROP" if bk["one_way"] else ret_ch))
    insp = ret_t + M(15 + expo(15))
    damage = R() < REGIONS[region]["damage"]
    dtype = pick(list(DAMAGE), DAMAGE_W[region]) if damage else None
    ev(c, "tp_return_inspection", insp, "store", None, "", action="complete", booking_ref=bk["ref"],
       damage_found=str(damage).lower(), damage_type=dtype, fuel_ok=str(R() < 0.9).lower())
    deduction = 0.0
    if damage:
        cost = DAMAGE_COST[dtype] * (1 if cur == "CNY" else 0.45) * (0.7 + R() * 0.8)
        charge = min(cost, EXCESS[cur][bk["plan"]])
        cl = nid("sess", "CL", 6)
        ev(c, "tp_damage_report", insp + M(10), "store", None, cl, action="submit", damage_type=dtype,
           damage_type_zh=DAMAGE[dtype], estimated_cost_local=round(cost, 0), insurance_plan=bk["plan"])
        if R() < 0.86:
            t1 = insp + D(0.5 + expo(2.5))
            ev(c, "tp_claim_submit", t1, "app", c["os"], cl, action="submit", damage_type=dtype)
            if R() < 0.95:
                t2 = t1 + D(1 + expo(4))
                ev(c, "tp_claim_review", t2, "other", None, cl, action="complete", assessor=pick(
                    ["Ping An", "PICC", "CPIC"] if cur == "CNY" else ["Tower Insurance", "AA Insurance"]))
                if R() < 0.92:
                    t3 = t2 + D(2 + expo(6))
                    ev(c, "tp_claim_settled", t3, "other", None, cl, action="complete",
                       customer_charge_local=round(charge, 2), damage_type=dtype)
                    if charge > 0:
                        add_order(c, t3 + M(30), "damage_charge", "paid", charge, bk, damage_type=dtype,
                                  damage_type_zh=DAMAGE[dtype])
    # bond release
    bd = bond_days(ret_t)
    t_b = at(ret_t + D(bd), 9, 18)
    ev(c, "tp_bond_release", t_b, "other", None, "", action="success", booking_ref=bk["ref"],
       bond_local=BOND[cur], currency=cur, refund_days=round((t_b - ret_t).total_seconds() / 86400, 2))
    if bd > 9 and R() < 0.45:
        t_s = ret_t + D(bd * (0.5 + R() * 0.4))
        ev(c, "tp_support", t_s, "phone" if region != "Queenstown" else "email", None, "", action="submit",
           support_topic="bond_refund", support_topic_zh=SUPPORT_TOPICS["bond_refund"],
           handle_minutes=round(4 + expo(6), 1))
        if R() < 0.6:
            add_fb(c, t_s + M(15), "bond_slow", lang, region, "tp_support", "call_note", note=True)
    # trip review
    if R() < 0.66:
        t_rv = t_b + H(2 + expo(30))
        ev(c, "tp_trip_review", t_rv, "app" if R() < 0.6 else "email", c["os"], "", action="submit",
           booking_ref=bk["ref"])
        if bd > 10 and R() < 0.6:
            topic = "bond_slow"
        elif slow and R() < 0.55:
            topic = "roadside_slow"
        elif heater_issue and R() < 0.6:
            topic = "heater_broke"
        elif dirty and R() < 0.35:
            topic = "dirty_van"
        else:
            topic = pick(["scenery", "new_van", "handover", "generic_pos", "neutral", "generic_neg",
                          "insurance_confusing"], [22, 14, 8, 26, 14, 11, 5])
        r = rating_for(topic)
        add_fb(c, t_rv, topic, lang, region, "tp_bond_release" if topic == "bond_slow" else
               "tp_roadside_call" if topic == "roadside_slow" else "tp_trip_review", "trip_review",
               rating=r, nps=nps_for(r), booking_ref=bk["ref"])


# ---------------------------------------------------------------- customer life
def life(c: dict) -> None:
    trip_start = season_date(c["region"])
    lead = 2 + expo(REGIONS[c["region"]]["lead"])
    t0 = at(trip_start - D(lead), 8, 23)
    if t0 < START:
        t0 = at(START + D(R() * 20), 8, 23)
        trip_start = max(trip_start, t0 + timedelta(days=5))
    n_att = pick([1, 2, 3], [62, 26, 12])
    t = t0
    booked = None
    for k in range(n_att):
        if t > END:
            break
        ts_ = trip_start if trip_start > t + timedelta(days=1) else day0(t) + timedelta(days=3 + int(R() * 10))
        booked = attempt(c, t, ts_, repeat=False)
        if booked:
            break
        t = t + D(2 + expo(12))
    if not booked:
        # follow-up contacts of people who dropped
        if c.get("hit_bug") and R() < 0.5:
            tb = c["hit_bug"] + M(20 + R() * 300)
            ev(c, "tp_support", tb, "phone", None, "", action="submit", support_topic="availability",
               support_topic_zh=SUPPORT_TOPICS["availability"], handle_minutes=round(3 + expo(4), 1))
            add_fb(c, tb + M(10), "calendar_bug", fb_lang(c), c["region"], "tp_select_dates", "call_note", note=True)
        if c.get("young_drop"):
            ty = c["young_drop"] + H(1 + R() * 30)
            if R() < 0.5:
                ev(c, "tp_support", ty, "phone" if c["region"] != "Queenstown" else "email", None, "",
                   action="submit", support_topic="young_driver", support_topic_zh=SUPPORT_TOPICS["young_driver"],
                   handle_minutes=round(3 + expo(4), 1))
                add_fb(c, ty + M(10), "young_surcharge", fb_lang(c), c["region"], "tp_insurance_select",
                       "call_note", note=True)
        if c.get("ins_confused"):
            ev(c, "tp_support", c["ins_confused"] + H(2), "phone", None, "", action="submit",
               support_topic="insurance_question", support_topic_zh=SUPPORT_TOPICS["insurance_question"],
               handle_minutes=round(4 + expo(5), 1))
            add_fb(c, c["ins_confused"] + H(2.2), "insurance_confusing", fb_lang(c), c["region"],
                   "tp_insurance_select", "call_note", note=True)
        return
    trip(c, booked)
    # a repeat trip some months later
    if R() < 0.16:
        t2 = booked["trip_start"] + D(60 + R() * 240)
        if t2 < END:
            ts2 = season_date(c["region"])
            if ts2 <= t2 + timedelta(days=5):
                ts2 = day0(t2) + timedelta(days=10 + int(R() * 40))
            bk2 = attempt(c, t2, ts2, repeat=True)
            if bk2:
                trip(c, bk2)
    # random support contact
    if R() < 0.08:
        ts_ = booked["t_conf"] + D(R() * 20)
        topic = pick(["other", "licence_check", "booking_change"])
        ev(c, "tp_support", ts_, "phone", None, "", action="submit", support_topic=topic,
           support_topic_zh=SUPPORT_TOPICS[topic], handle_minutes=round(3 + expo(5), 1))


# ---------------------------------------------------------------- anonymous feedback
def app_reviews() -> None:
    n = 0
    d = START
    while d <= END:
        base = 0.55
        in_bug = CAL_BUG[0] <= d <= CAL_BUG[1] + timedelta(days=5)
        k = int(rng.poisson(base + (2.2 if in_bug else 0)))
        for _ in range(k):
            t = at(d, 7, 23)
            region = pick(list(REGIONS), [0.3, 0.4, 0.3])
            lang = "zh" if region != "Queenstown" or R() < 0.35 else "en"
            if in_bug and R() < 0.8:
                topic = "calendar_bug"
            else:
                topic = pick(["young_surcharge", "insurance_confusing", "generic_pos", "generic_neg", "neutral",
                              "calendar_bug" if d > datetime(2026, 3, 1) and d < datetime(2026, 4, 10) else
                              "generic_pos"], [7, 8, 40, 25, 15, 5])
            tp = {"calendar_bug": "tp_select_dates", "young_surcharge": "tp_insurance_select",
                  "insurance_confusing": "tp_insurance_select"}.get(topic, "tp_search")
            platform = "app_store" if R() < 0.5 else ("google_play" if region == "Queenstown" else "huawei_appgallery")
            add_fb(None, t, topic, lang, region, tp, "app_review", rating=rating_for(topic), platform=platform,
                   app_version=app_version(t), depot_code="")
            n += 1
        d += timedelta(days=1)


def public_reviews() -> None:
    """Ctrip / Google / Xiaohongshu reviews exported by an agency; about 40 % have no date."""
    for i in range(470):
        region = pick(list(REGIONS), [0.3, 0.4, 0.3])
        depot = pick([d for d, _ in REGIONS[region]["depots"]], [w for _, w in REGIONS[region]["depots"]])
        d = season_date(region)
        if d > END:
            d = END - timedelta(days=int(R() * 200))
        t = at(d, 8, 23)
        platform = pick(["ctrip", "xiaohongshu"], [60, 40]) if region != "Queenstown" else \
            pick(["google", "ctrip", "tripadvisor"], [50, 25, 25])
        lang = "en" if platform in ("google", "tripadvisor") else "zh"
        late = t > datetime(2025, 12, 1)
        topic = pick(["scenery", "new_van", "handover", "dirty_van", "bond_slow", "roadside_slow", "generic_pos",
                      "generic_neg", "neutral"],
                     [20, 12, 10, 4 + (10 if depot == "DLU-EH" else 0), 4 + (6 if late else 0),
                      3 + (5 if region == "Urumqi" else 0), 25, 10, 8])
        tp = {"dirty_van": "tp_handover", "bond_slow": "tp_bond_release", "roadside_slow": "tp_roadside_call",
              "handover": "tp_handover", "new_van": "tp_handover"}.get(topic, "tp_trip_review")
        undated = R() < 0.4
        months = max(1, (datetime(2026, 7, 15) - t).days // 30)
        add_fb(None, None if undated else t, topic, lang, region, tp, "public_review", rating=rating_for(topic),
               platform=platform, depot_code=depot,
               review_date_text=(f"{months}个月前" if lang == "zh" else f"{months} months ago") if undated else "",
               export_batch="review_export_2026-07")


# ---------------------------------------------------------------- write
def write(path: Path, rows: list[dict], cols: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def cols_of(rows: list[dict], first: list[str]) -> list[str]:
    seen = list(first)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.append(k)
    return seen


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    N = 4200
    customers = [make_customer(i + 1) for i in range(N)]
    for c in customers:
        life(c)
    app_reviews()
    public_reviews()
    # tiers from completed trips
    cust_rows = []
    for c in customers:
        tier = "gold" if c["trips"] >= 2 else ("silver" if c["trips"] == 1 and c["spend"] > 6000 else "basic")
        cust_rows.append(dict(
            customer_id=c["customer_id"], signup_at=fmt(c["signup"]), segment=c["segment"],
            segment_zh=SEGMENT_ZH[c["segment"]], region=c["region"], region_zh=REGION_ZH[c["region"]],
            acquisition_channel=c["acq"], tier=tier, tier_zh=TIER_ZH[tier], home_depot=DEPOTS[c["depot_code"]][0],
            home_depot_zh=DEPOTS[c["depot_code"]][1], depot_code=c["depot_code"],
            preferred_language=c["preferred_language"], os=c["os"], age_band=c["age_band"],
            licence_country=c["licence_country"], party_size=c["party"], first_seen_at=fmt(c["first_seen"]),
            trips_completed=c["trips"], lifetime_spend_cny=round(c["spend"], 2),
            marketing_opt_in=str(c["opt_in"]).lower()))
    write(out / "customers.csv", cust_rows, list(cust_rows[0]))
    tp_rows = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tp_rows, list(tp_rows[0]))
    j_rows = [dict(journey_id=j[0], journey_name=f"{j[1]} {j[2]}", journey_name_zh=j[1], journey_name_en=j[2],
                   step=k + 1, touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])]
    write(out / "journeys.csv", j_rows, list(j_rows[0]))
    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(EVENTS), size=int(len(EVENTS) * 0.003), replace=False)
    ev_rows = list(EVENTS) + [EVENTS[int(i)] for i in dup]
    ev_rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", ev_rows, cols_of(EVENTS, ["event_id", "customer_id", "ts", "touchpoint_id",
                                                        "session_id", "action", "device", "channel"]))
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ORDERS, cols_of(ORDERS, ["order_id", "customer_id", "ts", "amount", "status",
                                                       "channel", "device"]))
    order = rng.permutation(len(FEEDBACK))
    fb = [FEEDBACK[int(i)] for i in order]
    write(out / "feedback.csv", fb, cols_of(FEEDBACK, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id",
                                                       "channel", "rating", "nps"]))
    write(out / "experiments.csv", EXPERIMENTS, ["experiment_id", "variant", "customer_id", "assigned_at",
                                                 "depot_code", "session_id"])
    write(out / "_truth" / "feedback_truth.csv", TRUTH, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(ev_rows)} ({len(EVENTS)} distinct), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)}, experiments {len(EXPERIMENTS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
