"""沃野农机租赁 Woye AgriLease: agricultural machinery leasing and field service for farms and co-operatives in
four Chinese provinces (黑龙江, 河南, 新疆, 江苏) and three English-speaking regions (New South Wales, Saskatchewan,
Canterbury NZ) (synthetic, written blind).

A farm comes in as a lead (dealer referral 经销商推荐, a farm show 农机展会, the website / WeChat mini program,
or a phone call), an account manager does a needs assessment (需求评估: on-farm visit or call), credit runs a
credit check (信用审核: approved / referred for more documents / declined), sales sends a lease quote (租赁报价,
sometimes revised), the farm signs a seasonal or annual lease (签订租赁合同), the depot delivers the machine
(交机, promised date vs actual) and trains the operator (机手培训). During the season the telematics box sends
monthly usage reports (田间作业) and alerts (远程监控告警); breakdowns are reported (故障报修), a technician is
dispatched (派工) and repairs on the farm (现场维修: fixed, or waiting for parts and a second visit). Rent is
invoiced monthly (月租账单). At the end of term the farm either buys the machine (留购) or returns it for an
inspection (还机验收: passed / damage found, a damage charge that may be disputed 扣款申诉), and may renew for
the next season (续租).

Data 2025-01-01 .. 2026-06-30 (CRM + telematics + ERP extract taken 2026-07-03), naive local times of each depot.
Money (orders.amount) is CNY, the group's reporting currency; currency + amount_local keep what was charged
(AUD 4.70, CAD 5.25, NZD 4.35 CNY per unit, fixed group rates).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV per DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topics of each comment; not a DATA.md table). Seed 20260703, numpy + stdlib.
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
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
PARTS_CRISIS = (datetime(2025, 9, 1), datetime(2025, 10, 1))        # central parts warehouse move
ZZ_CHECKLIST = datetime(2026, 1, 1)                                  # Zhengzhou strict return checklist
FIRMWARE = datetime(2026, 2, 16)                                     # drone telematics firmware 3.2
FX = {"CNY": 1.0, "AUD": 4.70, "CAD": 5.25, "NZD": 4.35}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_lead", "线索登记", "Lead captured", "awareness", "other", "digital", "marketing",
     "线索|留资|询价|经销商推荐|展会线索|新客户|lead|enquiry|referral|show lead|inquiry"),
    ("tp_needs_assessment", "需求评估", "Needs assessment", "consideration", "other", "physical", "sales",
     "上门评估|需求调研|看地|实地考察|needs assessment|farm visit|discovery call|site visit"),
    ("tp_credit_check", "信用审核", "Credit check", "consideration", "web", "digital", "credit",
     "征信|风控审核|资信审核|授信|credit check|credit approval|credit review|underwriting"),
    ("tp_quote", "租赁报价", "Lease quote", "consideration", "email", "digital", "sales",
     "报价|报价单|租金报价|方案|lease quote|quote|quotation|pricing|proposal"),
    ("tp_contract", "签订租赁合同", "Lease contract signed", "purchase", "other", "physical", "sales",
     "签约|合同|租赁合同|成交|lease contract|contract|signing|signed lease|deal"),
    ("tp_delivery", "交机", "Machine delivery", "purchase", "other", "physical", "depot_logistics",
     "送机|交付|机器交付|到货|delivery|machine delivery|drop-off|handover"),
    ("tp_training", "机手培训", "Operator training", "service", "other", "physical", "depot_logistics",
     "培训|操作培训|机手培训|上手培训|training|operator training|induction"),
    ("tp_field_use", "田间作业", "Seasonal field use", "service", "app", "digital", "telematics",
     "作业|使用情况|作业量|开机时长|工时|field use|usage|engine hours|hectares worked|usage report"),
    ("tp_telematics_alert", "远程监控告警", "Telematics alert", "service", "app", "digital", "telematics",
     "告警|报警|远程监控|物联网告警|车联网|telematics alert|alarm|alert|warning|GPS alert"),
    ("tp_breakdown", "故障报修", "Breakdown report", "service", "phone", "digital", "field_service",
     "报修|故障|坏了|趴窝|breakdown|fault report|repair request|service call"),
    ("tp_tech_dispatch", "派工", "Technician dispatch", "service", "phone", "digital", "field_service",
     "派单|派师傅|出车|dispatch|technician dispatched|call-out"),
    ("tp_field_repair", "现场维修", "Field repair visit", "service", "other", "physical", "field_service",
     "上门维修|维修|修车|抢修|field repair|repair visit|on-farm repair|fix"),
    ("tp_rent_invoice", "月租账单", "Monthly rent invoice", "service", "email", "digital", "finance",
     "账单|租金|月租|发票|催款|invoice|rent|monthly rent|billing|statement"),
    ("tp_return_inspection", "还机验收", "End-of-season return inspection", "loyalty", "other", "physical",
     "depot_logistics", "还机|验收|退租验收|损坏检查|季末还机|return|return inspection|check-in inspection|off-hire"),
    ("tp_charge_dispute", "扣款申诉", "Damage charge dispute", "loyalty", "phone", "digital", "customer_service",
     "申诉|扣款争议|赔偿申诉|dispute|charge dispute|damage dispute|appeal"),
    ("tp_renewal", "续租", "Lease renewal", "loyalty", "other", "physical", "sales",
     "续约|续租|下季再租|renewal|re-lease|renew"),
    ("tp_purchase_option", "留购", "Purchase option exercised", "loyalty", "other", "physical", "sales",
     "买断|转购买|留购|租转买|buyout|purchase option|lease-to-own|buy the machine"),
]
TP_IDS = [t[0] for t in TOUCHPOINTS]

JOURNEYS = [  # id, zh, en, window, steps
    ("lease_sales", "线索到签约", "Lead to lease", 60,
     ["tp_lead", "tp_needs_assessment", "tp_credit_check", "tp_quote", "tp_contract"]),
    ("onboarding", "交机上手", "Delivery and onboarding", 30, ["tp_contract", "tp_delivery", "tp_training"]),
    ("breakdown_fix", "故障维修", "Breakdown to repair", 7, ["tp_breakdown", "tp_tech_dispatch", "tp_field_repair"]),
    ("season_renewal", "季末续租", "Return to renewal", 120, ["tp_return_inspection", "tp_renewal"]),
]

# depot id: zh, en, region, region_zh, country, currency, lang, lead weight, response-hour mean, distance factor
DEPOTS = {
    "D1": ("哈尔滨服务站", "Harbin Depot", "Heilongjiang", "黑龙江", "China", "CNY", "zh", 0.18, 6.0),
    "D2": ("郑州服务站", "Zhengzhou Depot", "Henan", "河南", "China", "CNY", "zh", 0.16, 5.0),
    "D3": ("昌吉服务站", "Changji Depot", "Xinjiang", "新疆", "China", "CNY", "zh", 0.14, 8.0),
    "D4": ("盐城服务站", "Yancheng Depot", "Jiangsu", "江苏", "China", "CNY", "zh", 0.12, 4.5),
    "D5": ("达博服务站", "Dubbo Depot", "New South Wales", "新南威尔士", "Australia", "AUD", "en", 0.16, 11.0),
    "D6": ("萨斯卡通服务站", "Saskatoon Depot", "Saskatchewan", "萨斯喀彻温", "Canada", "CAD", "en", 0.14, 16.5),
    "D7": ("阿什伯顿服务站", "Ashburton Depot", "Canterbury", "坎特伯雷", "New Zealand", "NZD", "en", 0.10, 9.0),
}
DEPOT_IDS = list(DEPOTS)
DEPOT_W = np.array([DEPOTS[d][7] for d in DEPOT_IDS])
DEPOT_W = DEPOT_W / DEPOT_W.sum()
SOUTH = {"D5", "D7"}

SOURCE_ZH = {"dealer_referral": "经销商推荐", "farm_show": "农机展会", "website": "官网", "wechat_mini_program": "微信小程序",
             "phone": "电话咨询", "renewal": "老客户续租"}
SRC_CN = (["dealer_referral", "farm_show", "wechat_mini_program", "phone"], [0.36, 0.26, 0.24, 0.14])
SRC_EN = (["dealer_referral", "farm_show", "website", "phone"], [0.36, 0.22, 0.28, 0.14])
P_ASSESS = {"dealer_referral": 0.86, "farm_show": 0.34, "website": 0.66, "wechat_mini_program": 0.62, "phone": 0.76}
P_SIGN = {"dealer_referral": 0.66, "farm_show": 0.46, "website": 0.56, "wechat_mini_program": 0.54, "phone": 0.58}
# farm show months by depot (leads cluster there)
SHOWS = {"D1": [(2025, 3), (2026, 3)], "D2": [(2025, 10)], "D3": [(2025, 6)], "D4": [(2025, 4), (2026, 4)],
         "D5": [(2025, 8)], "D6": [(2025, 7)], "D7": [(2025, 6), (2026, 6)]}
SHOW_NAME = {"D1": "黑龙江农机博览会", "D2": "中国国际农机展", "D3": "新疆农业机械博览会", "D4": "江苏农机展",
             "D5": "AgQuip Gunnedah", "D6": "Ag in Motion", "D7": "Fieldays Mystery Creek"}

FARM_TYPES = {"family_farm": "家庭农场", "cooperative": "农民合作社", "large_grower": "种植大户", "agribusiness": "农业企业"}
FARM_W_CN = [0.36, 0.30, 0.26, 0.08]
FARM_W_EN = [0.55, 0.05, 0.25, 0.15]
P_APPROVE = {"family_farm": 0.64, "cooperative": 0.86, "large_grower": 0.80, "agribusiness": 0.90}
CROPS = {"D1": ["soybean", "rice", "corn"], "D2": ["wheat", "corn"], "D3": ["cotton", "corn"], "D4": ["rice", "wheat"],
         "D5": ["wheat", "canola", "barley"], "D6": ["canola", "wheat", "lentils"], "D7": ["barley", "wheat", "ryegrass"]}
CROP_ZH = {"soybean": "大豆", "rice": "水稻", "corn": "玉米", "wheat": "小麦", "cotton": "棉花", "canola": "油菜",
           "barley": "大麦", "lentils": "小扁豆", "ryegrass": "黑麦草"}

MACHINES = {"tractor": "拖拉机", "combine_harvester": "联合收割机", "spray_drone": "植保无人机"}
MACH_W = {"D1": [0.40, 0.35, 0.25], "D2": [0.40, 0.35, 0.25], "D3": [0.30, 0.25, 0.45], "D4": [0.35, 0.30, 0.35],
          "D5": [0.50, 0.40, 0.10], "D6": [0.50, 0.42, 0.08], "D7": [0.55, 0.30, 0.15]}
MODELS = {("tractor", "zh"): ["东方红 LF2204", "雷沃 P7000"], ("tractor", "en"): ["John Deere 6R 185", "Case IH Puma 220"],
          ("combine_harvester", "zh"): ["雷沃谷神 GM100", "沃得 4LZ-9"],
          ("combine_harvester", "en"): ["Case IH Axial-Flow 7250", "John Deere S780"],
          ("spray_drone", "zh"): ["DJI Agras T50", "XAG P100"], ("spray_drone", "en"): ["DJI Agras T50", "XAG P100"]}
# monthly rent, local currency (low, high)
RENT = {("tractor", "CNY"): (9000, 14000), ("combine_harvester", "CNY"): (26000, 38000), ("spray_drone", "CNY"): (4000, 6000),
        ("tractor", "AUD"): (3800, 5600), ("combine_harvester", "AUD"): (12500, 18500), ("spray_drone", "AUD"): (1500, 2200),
        ("tractor", "CAD"): (3500, 5200), ("combine_harvester", "CAD"): (11500, 17000), ("spray_drone", "CAD"): (1400, 2000),
        ("tractor", "NZD"): (4200, 6000), ("combine_harvester", "NZD"): (13500, 19500), ("spray_drone", "NZD"): (1700, 2400)}
BUYOUT_X = {"tractor": 22, "combine_harvester": 14, "spray_drone": 9}     # buyout price in months of rent
DELIVERY_FEE = {"CNY": 800, "AUD": 350, "CAD": 350, "NZD": 380}

ALERTS = {"engine_overheat": "发动机过热", "hydraulic_pressure": "液压压力异常", "service_due": "保养到期",
          "geofence": "越界告警", "low_battery": "电池电量低", "long_idle": "长时间怠速"}
FAULTS = {"engine": "发动机", "hydraulic": "液压系统", "electrical": "电气故障", "header_cutter": "割台/切割装置",
          "tyre_track": "轮胎/履带", "drone_battery": "无人机电池", "spray_nozzle": "喷头堵塞", "gps_rtk": "定位/RTK"}
FAULT_W = {"tractor": (["engine", "hydraulic", "electrical", "tyre_track", "gps_rtk"], [0.28, 0.28, 0.2, 0.16, 0.08]),
           "combine_harvester": (["engine", "hydraulic", "header_cutter", "electrical", "tyre_track"],
                                 [0.22, 0.22, 0.34, 0.14, 0.08]),
           "spray_drone": (["drone_battery", "spray_nozzle", "gps_rtk", "electrical"], [0.35, 0.3, 0.2, 0.15])}
FIX_ZH = {"fixed": "已修复", "waiting_parts": "等配件"}
CREDIT_ZH = {"approved": "通过", "referred": "补充材料", "declined": "拒绝"}
DECLINE = {"low_score": "信用评分不足", "existing_debt": "负债过高", "incomplete_docs": "材料不全", "short_history": "经营年限太短"}
DAMAGE = {"bodywork": "车身/机身刮擦", "tyre_track": "轮胎/履带磨损超标", "header_cutter": "割台损坏",
          "hydraulic_leak": "液压漏油", "rotor_arm": "无人机机臂/桨叶损坏", "cab_interior": "驾驶室内饰损坏"}
DAMAGE_BY = {"tractor": ["bodywork", "tyre_track", "hydraulic_leak", "cab_interior"],
             "combine_harvester": ["header_cutter", "bodywork", "hydraulic_leak", "tyre_track"],
             "spray_drone": ["rotor_arm", "bodywork"]}
DISPUTE_ZH = {"upheld": "维持扣款", "reduced": "减免部分", "waived": "全额免除"}
LEASE_TYPE_ZH = {"seasonal": "季节租", "annual": "年租"}
ORDER_ZH = {"lease": "租赁首付", "monthly_rent": "月租", "service_charge": "维修服务费", "damage_charge": "损坏赔偿",
            "buyout": "留购款"}

TECHS = {"D1": ["赵志强", "孙立军", "高峰"], "D2": ["李海涛", "王超", "张磊"], "D3": ["马建新", "阿不都", "陈刚"],
         "D4": ["周斌", "吴涛", "徐亮"], "D5": ["Liam O'Connor", "Jack Murray", "Ben Taylor"],
         "D6": ["Kyle Anderson", "Ryan Dubois", "Tyler Olsen"], "D7": ["Sam Te Whata", "Hamish Reid", "Josh McKay"]}
STAR_TECH = "赵志强"
TRAINERS = {"D1": ["刘教练", "韩教练"], "D2": ["郭教练", "杜教练"], "D3": ["买买提教练", "杨教练"], "D4": ["钱教练", "沈教练"],
            "D5": ["Megan Clarke", "Tom Walsh"], "D6": ["Brett Nelson", "Dana Kowalski"], "D7": ["Aroha Ngata", "Craig Bell"]}
SURN_CN = list("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗")
PLACE_CN = {"D1": ["绥化", "佳木斯", "北安", "富锦", "五常"], "D2": ["周口", "驻马店", "商丘", "新乡"],
            "D3": ["昌吉", "石河子", "玛纳斯", "呼图壁"], "D4": ["盐城", "东台", "射阳", "兴化"]}
SURN_EN = ["Miller", "Smith", "Thompson", "Campbell", "Fraser", "Wilson", "Anderson", "Schmidt", "Olsen", "Reid",
           "McDonald", "Walker", "Harris", "Clarke", "Petersen", "Murray"]
PLACE_EN = {"D5": ["Dubbo", "Narromine", "Gilgandra", "Wellington", "Trangie"],
            "D6": ["Rosthern", "Humboldt", "Watrous", "Outlook", "Kindersley"],
            "D7": ["Ashburton", "Methven", "Rakaia", "Temuka", "Darfield"]}

# ---------------------------------------------------------------- feedback text
# Every topic has one marker phrase per language (gold.py counts by them); none appears in another topic's text.
FB = {
    "parts_wait": {"zh": ["修了一半说要等配件，机器在地里趴了{n}天", "等配件等了{n}天，正赶上收割，损失谁来赔",
                          "师傅来了看完说等配件，一等就是一个礼拜", "又是等配件，你们仓库到底有没有货"],
                   "en": ["Tech came out but then we were waiting on parts for {n} days in the middle of harvest",
                          "Still waiting on parts, the header has been down {n} days",
                          "Good tech, but waiting on parts killed us - lost a week of harvest"]},
    "slow_response": {"zh": ["报修以后师傅来得太慢，等了大半天", "师傅来得太慢了，地里的活全耽误了", "打了三次电话，师傅来得太慢"],
                      "en": ["The technician took too long to get here, we lost most of the day",
                             "Called at 7am, technician took too long - arrived after dark",
                             "Technician took too long again, we're two hours out but still"]},
    "damage_charge": {"zh": ["还机时扣款不合理，划痕是交机时就有的", "验收说割台有损坏，扣款不合理，我们要申诉",
                             "扣款不合理，正常磨损也算我们的", "还机验收扣款不合理，没有照片证明"],
                      "en": ["Unfair damage charge on return - those scratches were there at delivery",
                             "We got an unfair damage charge for normal wear on the tyres",
                             "Disputing an unfair damage charge, the inspector gave us no photos",
                             "Unfair damage charge, nobody walked the machine with us at pickup"]},
    "false_alarm": {"zh": ["App一直推送越界误报，人在田里根本没出界", "告警误报太多了，半夜手机响个不停", "升级以后误报特别多，都不想看告警了"],
                    "en": ["Constant false alarm alerts from the app, the drone never left the paddock",
                           "Another false alarm at 2am, geofence is broken", "So many false alarm notifications since the update"]},
    "late_delivery": {"zh": ["交机晚了{n}天，错过了最佳播种期", "说好周一送，交机晚了，地都等着", "交机晚了还没人提前通知"],
                      "en": ["Machine was delivered late, {n} days after the promised date",
                             "Delivered late and nobody called to warn us", "Harvester delivered late, we had crop standing"]},
    "training_short": {"zh": ["机手培训太短了，好多功能没讲", "培训太短，自动驾驶怎么设置都没教会", "培训太短了，就讲了一个多小时"],
                       "en": ["The operator training was rushed, our guy still can't set up auto-steer",
                              "Training was rushed, half the functions never explained", "Training was rushed and too short"]},
    "invoice_confusing": {"zh": ["账单看不懂，多出来的费用是什么", "月租账单看不懂，能不能列明细", "账单看不懂，和合同上的租金对不上"],
                          "en": ["The invoice is confusing, what are these extra lines?",
                                 "Invoice is confusing - doesn't match the rent in our contract",
                                 "Monthly invoice is confusing, please itemise"]},
    "credit_slow": {"zh": ["审批太慢了，补了三次材料还没批下来", "信用审核审批太慢，播种都要开始了", "审批太慢，别家三天就批了"],
                    "en": ["Credit approval took forever, we sent the financials twice",
                           "Credit approval took forever - nearly missed seeding", "The credit approval took forever"]},
    "price_high": {"zh": ["租金太贵了，比买二手还划算不了多少", "报价出来租金太贵，再便宜点就签", "租金太贵，隔壁合作社租的比这便宜"],
                   "en": ["Rent is too high compared with buying used", "The quote came in and the rent is too high for us",
                          "Rent is too high for a {n}-month season"]},
    "machine_good": {"zh": ["机器很好用，油耗也低", "这台机器很好用，一季干了{n}亩", "机器很好用，明年还租"],
                     "en": ["Machine ran great all season, no complaints", "The machine ran great, did {n} hectares without a hitch",
                            "Machine ran great, fuel use was lower than our old one"]},
    "tech_praise": {"zh": ["维修师傅很专业，一会就修好了", "师傅很专业，顺便把保养也做了", "{t}师傅很专业，半夜也赶过来"],
                    "en": ["The technician was excellent, fixed it in under an hour",
                           "Technician was excellent and explained everything", "{t} - technician was excellent"]},
    "easy_paperwork": {"zh": ["签约手续简单，手机上就签了", "手续简单，一天就办完了"],
                       "en": ["Paperwork was easy, signed it on my phone", "The paperwork was easy and quick"]},
}
NEUTRAL = {"zh": ["还行吧，没什么特别的", "整体一般，希望下季更好", "有问题再联系", "已收到，谢谢", "机器用着还可以，服务也凑合"],
           "en": ["All fine, nothing to report", "Okay overall", "Will call if anything comes up", "Thanks, received",
                  "Average season, machine did the job"]}
NEG_TOPICS = {"parts_wait", "slow_response", "damage_charge", "false_alarm", "late_delivery", "training_short",
              "invoice_confusing", "credit_slow", "price_high"}
TOPIC_TP = {"parts_wait": "tp_field_repair", "slow_response": "tp_tech_dispatch", "damage_charge": "tp_return_inspection",
            "false_alarm": "tp_telematics_alert", "late_delivery": "tp_delivery", "training_short": "tp_training",
            "invoice_confusing": "tp_rent_invoice", "credit_slow": "tp_credit_check", "price_high": "tp_quote",
            "machine_good": "tp_field_use", "tech_praise": "tp_field_repair", "easy_paperwork": "tp_contract"}

# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
CUSTOMERS: dict[str, dict] = {}
N = {"lease": 0, "ticket": 0, "order": 0, "fb": 0}


def rnd_time(day: datetime, lo=7, hi=19) -> datetime:
    return day.replace(hour=0, minute=0, second=0) + D(hours=float(rng.uniform(lo, hi)))


def add_months(t: datetime, k: int) -> datetime:
    m = t.month - 1 + k
    y, m = t.year + m // 12, m % 12 + 1
    return t.replace(year=y, month=m, day=min(t.day, 28))


def ev(cust, tp, ts, action, sess=None, **extra):
    if START <= ts <= END:
        c = CUSTOMERS[cust]
        row = dict(customer_id=cust, ts=ts, touchpoint_id=tp, session_id=sess, action=action,
                   device=extra.pop("device", None), channel=extra.pop("channel", None),
                   depot_id=c["depot_id"], depot=DEPOTS[c["depot_id"]][0], depot_en=DEPOTS[c["depot_id"]][1],
                   region=c["region"])
        row.update(extra)
        EVENTS.append(row)
        return True
    return False


def order(cust, ts, otype, local, cur, status="paid", **extra):
    if not (START <= ts <= END):
        return
    N["order"] += 1
    c = CUSTOMERS[cust]
    ORDERS.append(dict(order_id=f"SO{N['order']:06d}", customer_id=cust, ts=ts,
                       amount=round(local * FX[cur], 2), status=status,
                       channel=extra.pop("channel", "direct"), device=extra.pop("device", None),
                       order_type=otype, 订单类型=ORDER_ZH[otype], currency=cur, amount_local=round(local, 2),
                       depot_id=c["depot_id"], depot=DEPOTS[c["depot_id"]][0], depot_en=DEPOTS[c["depot_id"]][1],
                       region=c["region"], **extra))


def feedback(cust, ts, topics, channel, tp=None, rating=None, nps=None, lease=None, n=None, tech=None, drop_ts=False):
    if channel == "call_note":      # phone calls happen in office hours
        ts = ts.replace(hour=8 + ts.hour % 10)
    if ts is None or not (START <= ts <= END):
        return
    c = CUSTOMERS[cust]
    lang = c["preferred_language"]
    parts = []
    for t in topics:
        tmpl = FB[t][lang][int(rng.integers(len(FB[t][lang])))]
        parts.append(tmpl.format(n=n if n is not None else int(rng.integers(2, 9)), t=tech or ""))
    if not parts:
        parts.append(NEUTRAL[lang][int(rng.integers(len(NEUTRAL[lang])))])
    text = ("，" if lang == "zh" else ". ").join(parts)
    if tp is None and topics:      # a mixed comment is filed where the complaint is
        neg = [t for t in topics if t in NEG_TOPICS]
        tp = TOPIC_TP[(neg or topics)[0]]
    N["fb"] += 1
    fid = f"FB{N['fb']:05d}"
    FEEDBACK.append(dict(feedback_id=fid, text=text, ts=ts, _no_ts=drop_ts, customer_id=cust, touchpoint_id=tp,
                         channel=channel, rating=rating, nps=nps, language=lang, lease_id=lease,
                         depot_id=c["depot_id"], depot=DEPOTS[c["depot_id"]][0], depot_en=DEPOTS[c["depot_id"]][1],
                         region=c["region"], technician=tech if tech and channel == "call_note" else None))
    neg = any(t in NEG_TOPICS for t in topics)
    pos = any(t not in NEG_TOPICS for t in topics)
    TRUTH.append(dict(feedback_id=fid, topics="|".join(topics),
                      sentiment="negative" if neg else ("positive" if pos else "neutral")))


def stars(topics):
    if any(t in NEG_TOPICS for t in topics):
        return int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
    if topics:
        return int(rng.choice([4, 5], p=[0.3, 0.7]))
    return int(rng.choice([3, 4], p=[0.5, 0.5]))


def npsv(topics):
    if any(t in NEG_TOPICS for t in topics):
        return int(rng.choice(range(0, 8), p=[0.08, 0.08, 0.12, 0.14, 0.16, 0.18, 0.14, 0.10]))
    if topics:
        return int(rng.choice([8, 9, 10], p=[0.25, 0.4, 0.35]))
    return int(rng.choice([5, 6, 7, 8, 9], p=[0.1, 0.2, 0.3, 0.25, 0.15]))


# ---------------------------------------------------------------- customers
def new_customer(depot, signup, source, legacy=False):
    cid = f"C{len(CUSTOMERS) + 1:05d}"
    dz = DEPOTS[depot]
    lang = dz[6]
    ftype = str(rng.choice(list(FARM_TYPES), p=FARM_W_CN if lang == "zh" else FARM_W_EN))
    crop = str(rng.choice(CROPS[depot]))
    if lang == "zh":
        place = str(rng.choice(PLACE_CN[depot]))
        sur = str(rng.choice(SURN_CN))
        name = {"family_farm": f"{place}{sur}家家庭农场", "cooperative": f"{place}市丰收农机合作社",
                "large_grower": f"{place}{sur}氏种植大户", "agribusiness": f"{place}{CROP_ZH[crop]}产业有限公司"}[ftype]
        size = {"family_farm": rng.uniform(20, 120), "cooperative": rng.uniform(300, 2500),
                "large_grower": rng.uniform(100, 600), "agribusiness": rng.uniform(800, 5000)}[ftype]
    else:
        place = str(rng.choice(PLACE_EN[depot]))
        sur = str(rng.choice(SURN_EN))
        name = {"family_farm": f"{sur} Family Farm", "cooperative": f"{place} Grain Co-op",
                "large_grower": f"{sur} Bros {place}", "agribusiness": f"{place} Agri Holdings"}[ftype]
        size = {"family_farm": rng.uniform(300, 1500), "cooperative": rng.uniform(2000, 8000),
                "large_grower": rng.uniform(1500, 5000), "agribusiness": rng.uniform(4000, 15000)}[ftype]
    CUSTOMERS[cid] = dict(customer_id=cid, signup_at=signup, segment=None, region=dz[2], 地区=dz[3], country=dz[4],
                          acquisition_channel=source, 获客渠道=SOURCE_ZH.get(source, source), tier=None,
                          farm_name=name, farm_type=ftype, 客户类型=FARM_TYPES[ftype], main_crop=crop,
                          主要作物=CROP_ZH[crop], farm_size_ha=round(float(size) / (15 if lang == "zh" else 1), 1),
                          depot_id=depot, depot=dz[0], depot_en=dz[1], preferred_language=lang,
                          credit_grade=None, _leases=0, _declined=False, _bought=False, _active=False,
                          _spend=0.0, _ended=False, _legacy=legacy)
    return cid


# ---------------------------------------------------------------- lease lifecycle
def lease_life(cid, t_sign, mtype, ltype, term, rent, cur, renewal=False, legacy=False, source="direct"):
    """contract -> delivery -> training -> monthly use / alerts / breakdowns / rent -> end of term."""
    c = CUSTOMERS[cid]
    depot = c["depot_id"]
    lang = c["preferred_language"]
    N["lease"] += 1
    lid = f"LS{N['lease']:05d}"
    model = str(rng.choice(MODELS[(mtype, lang)]))
    serial = f"{'TR' if mtype == 'tractor' else ('CH' if mtype == 'combine_harvester' else 'UAV')}-{int(rng.integers(10000, 99999))}"
    base = dict(machine_type=mtype, 机型类别=MACHINES[mtype], model=model, lease_type=ltype, 租期类型=LEASE_TYPE_ZH[ltype],
                lease_id=lid)
    c["_leases"] += 1
    # contract
    if not legacy:
        ev(cid, "tp_contract", t_sign, "signed", lid, channel="other",
           sign_method=str(rng.choice(["e_sign", "paper"], p=[0.6, 0.4] if lang == "zh" else [0.75, 0.25])),
           term_months=term, monthly_rent_local=rent, currency=cur, lead_source=source, 线索来源=SOURCE_ZH.get(source),
           is_renewal=renewal, **base)
        if rng.random() < 0.04 and not renewal:
            if rng.random() < 0.4:
                feedback(cid, t_sign + D(days=float(rng.uniform(1, 5))), ["easy_paperwork"], "app_review",
                         rating=5, lease=lid)
        # cancelled before delivery
        if rng.random() < 0.035:
            order(cid, t_sign, "lease", rent + DELIVERY_FEE[cur], cur, status="refunded", lease_id=lid,
                  machine_type=mtype, 机型类别=MACHINES[mtype], lease_type=ltype)
            return None
        order(cid, t_sign, "lease", rent + DELIVERY_FEE[cur], cur, lease_id=lid, machine_type=mtype,
              机型类别=MACHINES[mtype], lease_type=ltype,
              channel="dealer" if source == "dealer_referral" else "direct")
        c["_spend"] += rent * FX[cur]
        promised = rnd_time(t_sign + D(days=int(rng.integers(3, 10))), 8, 9)
        late_p = 0.22
        if depot == "D6":
            late_p = 0.55
        if (t_sign.month in (3, 4) and depot in ("D1", "D2", "D4")):
            late_p += 0.1
        delay = 0 if rng.random() > late_p else int(rng.integers(1, 6 if depot == "D6" else 4))
        t_del = rnd_time(promised + D(days=delay), 8, 17)
        ev(cid, "tp_delivery", t_del, "delivered", lid, channel="other", promised_date=promised.date().isoformat(),
           delay_days=delay, serial_no=serial, **base)
        # training
        p_train = 0.35 if renewal else 0.88
        train_hours = None
        if rng.random() < p_train:
            trainer = str(rng.choice(TRAINERS[depot]))
            train_hours = float(rng.choice([2, 3, 4, 6, 8], p=[0.12, 0.18, 0.3, 0.25, 0.15]))
            t_tr = rnd_time(t_del + D(days=int(rng.integers(0, 4))), 8, 16)
            ev(cid, "tp_training", t_tr, "completed", lid, channel="other", trainer=trainer,
               training_hours=train_hours, **base)
            if rng.random() < 0.45:
                topics = []
                if delay >= 2 and rng.random() < 0.7:
                    topics.append("late_delivery")
                if train_hours <= 3 and rng.random() < 0.55:
                    topics.append("training_short")
                fb_ts = t_tr + D(days=float(rng.uniform(1, 8)))
                feedback(cid, fb_ts, topics, "survey", tp="tp_delivery" if not topics else None,
                         nps=npsv(topics), lease=lid, n=delay)
        elif delay >= 3 and rng.random() < 0.4:
            feedback(cid, t_del + D(days=1), ["late_delivery"], "ticket", lease=lid, n=delay)
        start = t_del
    else:
        start = t_sign
    end = add_months(start, term)
    c["_active"] = True
    # months of use
    m = 0
    downtime_total = 0.0
    while m < term:
        ms = add_months(start, m)
        me = add_months(start, m + 1)
        if ms > END:
            break
        # rent invoice for month >= 2 (month 1 paid upfront); legacy leases invoice every month
        if m >= 1 or legacy:
            t_inv = rnd_time(ms, 6, 8)
            if START <= t_inv <= END:
                late = 0.03 + (0.08 if c["farm_type"] == "family_farm" else 0.0)
                status = "overdue" if rng.random() < late else "paid"
                ev(cid, "tp_rent_invoice", t_inv, "issued", lid, channel="email",
                   invoice_month=ms.strftime("%Y-%m"), amount_local=rent, currency=cur, payment_status=status, **base)
                order(cid, t_inv, "monthly_rent", rent, cur, status=status, lease_id=lid, machine_type=mtype,
                      机型类别=MACHINES[mtype], lease_type=ltype, invoice_month=ms.strftime("%Y-%m"),
                      channel="direct_debit" if rng.random() < 0.5 else "bank_transfer")
                if status == "paid":
                    c["_spend"] += rent * FX[cur]
                if rng.random() < 0.012:
                    feedback(cid, t_inv + D(days=float(rng.uniform(1, 6))), ["invoice_confusing"],
                             "ticket" if rng.random() < 0.6 else ("wechat" if lang == "zh" else "email"), lease=lid)
        # usage report at month end
        season = month_weight(depot, mtype, ms.month)
        hours = float(max(5, rng.normal(120 * season, 25)))
        if mtype == "spray_drone":
            hours = float(max(2, rng.normal(45 * season, 10)))
        area = hours * {"tractor": 3.2, "combine_harvester": 2.1, "spray_drone": 11.0}[mtype] * float(rng.uniform(0.8, 1.2))
        t_use = rnd_time(min(me, END) - D(hours=30), 20, 23)
        ev(cid, "tp_field_use", t_use, "usage_report", lid, channel="app", device="telematics",
           engine_hours=round(hours, 1), hectares_worked=round(area, 1),
           fuel_l=round(hours * {"tractor": 14, "combine_harvester": 24, "spray_drone": 0}[mtype] *
                        float(rng.uniform(0.9, 1.1)), 1), **base)
        # alerts
        lam = 1.1 + 0.8 * season
        n_al = int(rng.poisson(lam))
        for _ in range(n_al):
            ta = ms + D(seconds=float(rng.uniform(0, (me - ms).total_seconds())))
            kinds = ["engine_overheat", "hydraulic_pressure", "service_due", "geofence", "long_idle"]
            w = [0.22, 0.2, 0.2, 0.13, 0.25]
            if mtype == "spray_drone":
                kinds, w = ["low_battery", "geofence", "service_due", "engine_overheat"], [0.4, 0.25, 0.2, 0.15]
            ak = str(rng.choice(kinds, p=w))
            alert_row(cid, ta, ak, lid, base, fw=ta >= FIRMWARE)
        if mtype == "spray_drone" and ms >= FIRMWARE - D(days=20):
            for _ in range(int(rng.poisson(3.0))):
                ta = ms + D(seconds=float(rng.uniform(0, (me - ms).total_seconds())))
                if ta >= FIRMWARE:
                    alert_row(cid, ta, "geofence", lid, base, fw=True, false_alarm=True)
        # account manager's mid-season call
        if rng.random() < 0.06:
            r = rng.random()
            topics = ["machine_good"] if r < 0.35 else (["invoice_confusing"] if r < 0.42 else [])
            feedback(cid, t_use - D(days=float(rng.uniform(1, 12))), topics, "call_note",
                     tp=None if topics else "tp_field_use",
                     rating=stars(topics), lease=lid, n=int(area))
        # breakdowns
        rate = {"tractor": 0.13, "combine_harvester": 0.21, "spray_drone": 0.15}[mtype] * (0.6 + 0.9 * season)
        for _ in range(int(rng.poisson(rate))):
            tb = ms + D(seconds=float(rng.uniform(0, (me - ms).total_seconds())))
            downtime_total += breakdown(cid, tb, lid, base, mtype, cur)
        m += 1
    if end > END:
        c["_active"] = True
        return None
    c["_active"] = False
    # end of term
    p_buy = {"tractor": 0.12, "combine_harvester": 0.05, "spray_drone": 0.10}[mtype] * (1.6 if ltype == "annual" else 1)
    if rng.random() < p_buy:
        tb = rnd_time(end - D(days=int(rng.integers(0, 5))), 9, 17)
        ev(cid, "tp_purchase_option", tb, "exercised", lid, channel="other",
           buyout_price_local=round(rent * BUYOUT_X[mtype] * 0.5, 0), currency=cur, **base)
        order(cid, tb, "buyout", round(rent * BUYOUT_X[mtype] * 0.5, 0), cur, lease_id=lid, machine_type=mtype,
              机型类别=MACHINES[mtype], lease_type=ltype)
        c["_bought"] = True
        return None
    t_ret = rnd_time(end + D(days=int(rng.integers(0, 4))), 8, 16)
    p_dmg = {"tractor": 0.17, "combine_harvester": 0.28, "spray_drone": 0.20}[mtype]
    strict = depot == "D2" and t_ret >= ZZ_CHECKLIST
    if strict:
        p_dmg = 0.52
    dmg = rng.random() < p_dmg
    if not ev(cid, "tp_return_inspection", t_ret, "damage_found" if dmg else "passed", lid, channel="other",
              **(dict(damage_type=(dt := str(rng.choice(DAMAGE_BY[mtype]))), 损坏类型=DAMAGE[dt],
                      damage_charge_local=(charge := round(rent * float(rng.uniform(0.15, 0.6)) * (0.7 if strict else 1), 0)),
                      currency=cur) if dmg else {}), engine_hours_total=round(float(rng.uniform(200, 900)), 0),
              inspector=str(rng.choice(TRAINERS[depot])), **base):
        c["_active"] = True
        return None
    if dmg:
        p_disp = 0.66 if strict else 0.38
        status, final = "paid", charge
        if rng.random() < p_disp:
            outcome = str(rng.choice(list(DISPUTE_ZH), p=[0.45, 0.35, 0.2]))
            td = rnd_time(t_ret + D(days=int(rng.integers(2, 12))), 9, 18)
            ev(cid, "tp_charge_dispute", td, outcome, lid, channel="phone", dispute_outcome=outcome,
               申诉结果=DISPUTE_ZH[outcome], claimed_local=charge, currency=cur, **base)
            if outcome == "waived":
                status = "cancelled"
            elif outcome == "reduced":
                final = round(charge * float(rng.uniform(0.3, 0.7)), 0)
            if rng.random() < 0.55:
                ch = str(rng.choice(["ticket", "call_note", "wechat" if lang == "zh" else "email", "dealer_note"],
                                    p=[0.35, 0.3, 0.2, 0.15]))
                feedback(cid, td - D(hours=float(rng.uniform(1, 30))), ["damage_charge"], ch,
                         rating=stars(["damage_charge"]) if ch == "call_note" else None, lease=lid,
                         drop_ts=(ch == "dealer_note" and rng.random() < 0.5))
        order(cid, t_ret + D(days=3), "damage_charge", final, cur, status=status, lease_id=lid, machine_type=mtype,
              机型类别=MACHINES[mtype], lease_type=ltype, original_amount_local=charge)
    # end-of-season survey
    if rng.random() < 0.42:
        topics = ["machine_good"] if (rng.random() < 0.55 and downtime_total < 60) else []
        if dmg and rng.random() < 0.5:
            topics.append("damage_charge")
        feedback(cid, t_ret + D(days=float(rng.uniform(2, 10))), topics, "survey",
                 tp="tp_return_inspection" if not topics else None, nps=npsv(topics), lease=lid,
                 n=int(rng.integers(80, 900)))
    # renewal
    p_ren = 0.5 if not dmg else 0.3
    if c["depot_id"] == "D7":
        p_ren += 0.15
    if rng.random() < p_ren:
        t_ren = rnd_time(t_ret + D(days=int(rng.integers(15, 110))), 9, 17)
        if t_ren <= END:
            ev(cid, "tp_renewal", t_ren, "renewed", lid, channel="other", **base)
            nterm = term if rng.random() < 0.8 else int(rng.choice([3, 4, 12]))
            nl = "annual" if nterm == 12 else "seasonal"
            lease_life(cid, t_ren + D(hours=2), mtype, nl, nterm, round(rent * float(rng.uniform(1.0, 1.06)), -1), cur,
                       renewal=True, source="renewal")
    return None


def alert_row(cid, ta, ak, lid, base, fw=False, false_alarm=False):
    sev = {"engine_overheat": "critical", "hydraulic_pressure": "warning", "service_due": "info", "geofence": "warning",
           "low_battery": "warning", "long_idle": "info"}[ak]
    ev(cid, "tp_telematics_alert", ta, "alert", lid, channel="app",
       device=str(rng.choice(["android", "ios"], p=[0.7, 0.3] if CUSTOMERS[cid]["preferred_language"] == "zh" else [0.45, 0.55])),
       alert_type=ak, 告警类型=ALERTS[ak], severity=sev,
       firmware=("3.2" if fw else "3.1") if base["machine_type"] == "spray_drone" else "tbox-2.8", **base)
    p = 0.06 if false_alarm else 0.004
    if rng.random() < p:
        lang = CUSTOMERS[cid]["preferred_language"]
        ch = "app_review" if rng.random() < 0.7 else ("wechat" if lang == "zh" else "email")
        feedback(cid, ta + D(hours=float(rng.uniform(1, 48))), ["false_alarm"], ch,
                 rating=stars(["false_alarm"]) if ch == "app_review" else None, lease=lid)


def breakdown(cid, tb, lid, base, mtype, cur):
    c = CUSTOMERS[cid]
    depot = c["depot_id"]
    lang = c["preferred_language"]
    N["ticket"] += 1
    tk = f"TK{N['ticket']:05d}"
    fl, fw = FAULT_W[mtype]
    fault = str(rng.choice(fl, p=fw))
    # some breakdowns are announced by an alert shortly before
    if rng.random() < 0.3 and mtype != "spray_drone":
        alert_row(cid, tb - D(hours=float(rng.uniform(1, 40))),
                  "engine_overheat" if fault == "engine" else "hydraulic_pressure", lid, base)
    tb = rnd_time(tb, 6, 19)
    rep_ch = str(rng.choice(["hotline", "app", "dealer"], p=[0.55, 0.3, 0.15]))
    if not ev(cid, "tp_breakdown", tb, "reported", lid, channel="phone" if rep_ch != "app" else "app",
              ticket_id=tk, fault_type=fault, 故障类型=FAULTS[fault], report_channel=rep_ch,
              device=str(rng.choice(["android", "ios"])) if rep_ch == "app" else None, **base):
        return 0.0
    if rng.random() < 0.1:          # solved on the phone, no visit
        return 2.0
    techs = TECHS[depot]
    tech = str(rng.choice(techs))
    td = tb + D(minutes=float(rng.uniform(15, 150)))
    resp = float(rng.gamma(4.0, DEPOTS[depot][8] / 4.0))
    ev(cid, "tp_tech_dispatch", td, "dispatched", lid, channel="phone", ticket_id=tk, technician=tech,
       eta_hours=round(resp, 1), fault_type=fault, 故障类型=FAULTS[fault], **base)
    t1 = td + D(hours=resp)
    crisis = PARTS_CRISIS[0] <= t1 < PARTS_CRISIS[1]
    p_fix = 0.42 if crisis else (0.93 if tech == STAR_TECH else 0.8)
    fixed = rng.random() < p_fix
    hrs = float(rng.uniform(1, 5))
    ev(cid, "tp_field_repair", t1, "fixed" if fixed else "waiting_parts", lid, channel="other", ticket_id=tk,
       technician=tech, visit_no=1, fix_result="fixed" if fixed else "waiting_parts",
       维修结果=FIX_ZH["fixed" if fixed else "waiting_parts"], response_hours=round((t1 - tb).total_seconds() / 3600, 2),
       repair_hours=round(hrs, 1), fault_type=fault, 故障类型=FAULTS[fault], **base)
    t_done = t1 + D(hours=hrs)
    wait = 0
    if not fixed:
        wait = int(rng.integers(5, 13)) if crisis else int(rng.integers(1, 5))
        t2 = rnd_time(t1 + D(days=wait), 8, 17)
        ev(cid, "tp_field_repair", t2, "fixed", lid, channel="other", ticket_id=tk, technician=tech, visit_no=2,
           fix_result="fixed", 维修结果=FIX_ZH["fixed"], parts_wait_days=wait, repair_hours=round(hrs, 1),
           fault_type=fault, 故障类型=FAULTS[fault], **base)
        t_done = t2 + D(hours=2)
    chargeable = rng.random() < 0.28
    if chargeable:
        amt = {"CNY": 1, "AUD": 0.2, "CAD": 0.2, "NZD": 0.22}[cur] * float(rng.uniform(600, 4500)) * \
            (1.6 if mtype == "combine_harvester" else 1)
        order(cid, t_done, "service_charge", round(amt, 0), cur, lease_id=base["lease_id"], machine_type=mtype,
              机型类别=MACHINES[mtype], ticket_id=tk, fault_type=fault)
    # follow-up call note
    if rng.random() < 0.5:
        topics = []
        if not fixed and rng.random() < 0.75:
            topics.append("parts_wait")
        if (t1 - tb).total_seconds() / 3600 > 14 and rng.random() < 0.6:
            topics.append("slow_response")
        if fixed and not topics and rng.random() < (0.85 if tech == STAR_TECH else 0.2):
            topics.append("tech_praise")
        ch = "call_note" if rng.random() < 0.75 else ("wechat" if lang == "zh" else "email")
        feedback(cid, t_done + D(hours=float(rng.uniform(4, 72))), topics, ch,
                 tp="tp_field_repair" if not topics else None,
                 rating=(min(5, stars(topics) + (tech == STAR_TECH))) if ch == "call_note" else None, lease=lid,
                 n=max(wait, 2), tech=tech)
    return (t_done - tb).total_seconds() / 3600


def month_weight(depot, mtype, month):
    """0..1 activity of a machine type in a calendar month at a depot."""
    if depot in SOUTH:
        month = (month + 5) % 12 + 1
    if mtype == "combine_harvester":
        w = {6: 0.6, 7: 0.5, 8: 0.8, 9: 1.0, 10: 1.0, 11: 0.4}.get(month, 0.15)
    elif mtype == "spray_drone":
        w = {5: 0.6, 6: 0.9, 7: 1.0, 8: 0.9, 9: 0.5}.get(month, 0.15)
    else:
        w = {3: 0.7, 4: 1.0, 5: 0.9, 6: 0.6, 7: 0.5, 8: 0.6, 9: 0.8, 10: 0.9, 11: 0.4}.get(month, 0.2)
    return w


# ---------------------------------------------------------------- leads
def lead_volume(depot, y, m):
    mm = m if depot not in SOUTH else (m + 5) % 12 + 1
    base = {1: 0.8, 2: 1.2, 3: 1.5, 4: 1.2, 5: 0.9, 6: 1.0, 7: 1.3, 8: 1.2, 9: 0.7, 10: 0.6, 11: 0.5, 12: 0.5}[mm]
    growth = 1.0 + 0.2 * ((y - 2025) * 12 + m - 1) / 17
    return base * growth


def run_lead(depot, t_lead):
    lang = DEPOTS[depot][6]
    src, w = SRC_CN if lang == "zh" else SRC_EN
    y, m = t_lead.year, t_lead.month
    if (y, m) in SHOWS[depot] and rng.random() < 0.45:
        source = "farm_show"
    else:
        source = str(rng.choice(src, p=w))
    cid = new_customer(depot, t_lead, source)
    c = CUSTOMERS[cid]
    mtype = str(rng.choice(list(MACHINES), p=MACH_W[depot]))
    dev = {"website": "pc" if rng.random() < 0.6 else "mobile_web", "wechat_mini_program": str(
        rng.choice(["android", "ios"], p=[0.72, 0.28]))}.get(source)
    ev(cid, "tp_lead", t_lead, "submit", None, channel=source, device=dev, lead_source=source, 线索来源=SOURCE_ZH[source],
       machine_type=mtype, 机型类别=MACHINES[mtype],
       show_name=SHOW_NAME[depot] if source == "farm_show" else None,
       dealer_name=(f"{DEPOTS[depot][2]} dealer #{int(rng.integers(1, 9))}" if source == "dealer_referral" else None))
    if rng.random() > P_ASSESS[source]:
        return
    t = rnd_time(t_lead + D(days=int(rng.integers(2, 13))), 8, 18)
    ev(cid, "tp_needs_assessment", t, "completed", None, channel="other", machine_type=mtype, 机型类别=MACHINES[mtype],
       assessment_type=str(rng.choice(["on_farm_visit", "phone_call"], p=[0.65, 0.35])),
       hectares_to_cover=round(c["farm_size_ha"] * float(rng.uniform(0.3, 1.0)), 0))
    if rng.random() > 0.86:
        return
    t = rnd_time(t + D(days=int(rng.integers(1, 7))), 9, 18)
    ft = c["farm_type"]
    p_app = P_APPROVE[ft]
    grade = str(rng.choice(["A", "B", "C", "D"], p=[0.3, 0.35, 0.25, 0.1]))
    c["credit_grade"] = grade
    r = rng.random()
    if r < 0.22:
        res = "referred"
    elif r < 0.22 + (1 - 0.22) * p_app:
        res = "approved"
    else:
        res = "declined"
    kw = dict(credit_result=res, 审批结果=CREDIT_ZH[res], credit_grade=grade, machine_type=mtype, 机型类别=MACHINES[mtype])
    ev(cid, "tp_credit_check", t, res, None, channel="web",
       decline_reason=(dr := str(rng.choice(list(DECLINE)))) if res == "declined" else None,
       拒绝原因=DECLINE[dr] if res == "declined" else None, **kw)
    if res == "referred":
        wait = int(rng.integers(4, 16))
        t = rnd_time(t + D(days=wait), 9, 18)
        res = "approved" if rng.random() < p_app else "declined"
        kw.update(credit_result=res, 审批结果=CREDIT_ZH[res])
        ev(cid, "tp_credit_check", t, res, None, channel="web",
           decline_reason=(dr := str(rng.choice(list(DECLINE)))) if res == "declined" else None,
           拒绝原因=DECLINE[dr] if res == "declined" else None, **kw)
        if rng.random() < 0.3:
            ch = "ticket" if rng.random() < 0.5 else ("wechat" if lang == "zh" else "email")
            feedback(cid, t - D(days=float(rng.uniform(1, wait))), ["credit_slow"], ch)
    if res == "declined":
        c["_declined"] = True
        return
    cur = DEPOTS[depot][5]
    lo, hi = RENT[(mtype, cur)]
    rent = round(float(rng.uniform(lo, hi)), -1)
    ltype = "annual" if rng.random() < 0.32 else "seasonal"
    term = 12 if ltype == "annual" else int(rng.choice([3, 4, 5] if mtype != "combine_harvester" else [2, 3]))
    t = rnd_time(t + D(days=int(rng.integers(1, 6))), 9, 18)
    qv = 1
    ev(cid, "tp_quote", t, "sent", None, channel="email", quote_version=qv, monthly_rent_local=rent, currency=cur,
       term_months=term, lease_type=ltype, 租期类型=LEASE_TYPE_ZH[ltype], machine_type=mtype, 机型类别=MACHINES[mtype])
    if rng.random() < 0.3:
        qv = 2
        rent = round(rent * float(rng.uniform(0.9, 0.97)), -1)
        t = rnd_time(t + D(days=int(rng.integers(3, 9))), 9, 18)
        ev(cid, "tp_quote", t, "revised", None, channel="email", quote_version=qv, monthly_rent_local=rent,
           currency=cur, term_months=term, lease_type=ltype, 租期类型=LEASE_TYPE_ZH[ltype], machine_type=mtype,
           机型类别=MACHINES[mtype])
    if rng.random() > P_SIGN[source]:
        if rng.random() < 0.22:
            ch = str(rng.choice(["dealer_note", "wechat" if lang == "zh" else "email"], p=[0.5, 0.5]))
            feedback(cid, t + D(days=float(rng.uniform(1, 10))), ["price_high"], ch, n=term,
                     drop_ts=(ch == "dealer_note" and rng.random() < 0.5))
        return
    t = rnd_time(t + D(days=int(rng.integers(2, 18))), 9, 18)
    lease_life(cid, t, mtype, ltype, term, rent, cur, source=source)


def legacy():
    """farms whose lease started in 2024 and runs into 2025 (contract and delivery before the extract)."""
    for _ in range(360):
        depot = str(rng.choice(DEPOT_IDS, p=DEPOT_W))
        signup = datetime(2022, 1, 1) + D(days=float(rng.uniform(0, 1000)))
        source = str(rng.choice(["dealer_referral", "farm_show", "phone"], p=[0.6, 0.2, 0.2]))
        cid = new_customer(depot, signup, source, legacy=True)
        c = CUSTOMERS[cid]
        c["credit_grade"] = str(rng.choice(["A", "B", "C"], p=[0.45, 0.4, 0.15]))
        mtype = str(rng.choice(list(MACHINES), p=MACH_W[depot]))
        ltype = "annual" if rng.random() < 0.5 else "seasonal"
        term = 12 if ltype == "annual" else int(rng.choice([3, 4, 5]))
        start = datetime(2025, 1, 1) - D(days=float(rng.uniform(10, 30 * term - 10)))
        cur = DEPOTS[depot][5]
        lo, hi = RENT[(mtype, cur)]
        rent = round(float(rng.uniform(lo, hi)), -1)
        # months before 2025 are not in the extract (ev / order drop them)
        lease_life(cid, start, mtype, ltype, term, rent, cur, legacy=True, source=source)


# ---------------------------------------------------------------- write
def write(path: Path, rows: list[dict], cols=None) -> None:
    cols = cols or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else (r[k].strftime("%Y-%m-%d %H:%M:%S")
                                                         if isinstance(r.get(k), datetime) else r[k])) for k in cols})


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    legacy()
    y, m = 2025, 1
    while (y, m) <= (2026, 6):
        for depot in DEPOT_IDS:
            n = int(rng.poisson(150 * DEPOT_W[DEPOT_IDS.index(depot)] * lead_volume(depot, y, m)))
            if SHOWS[depot] and (y, m) in SHOWS[depot]:
                n += int(rng.poisson(18))
            days = 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31)
            for _ in range(n):
                t = datetime(y, m, 1) + D(days=int(rng.integers(0, days)), hours=float(rng.uniform(7, 21)))
                run_lead(depot, t)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)

    # segments / tiers
    for c in CUSTOMERS.values():
        if c["_bought"]:
            seg = "buyer"
        elif c["_active"] and c["_leases"] >= 2:
            seg = "returning"
        elif c["_active"]:
            seg = "active"
        elif c["_leases"] >= 1 or c["_legacy"]:
            seg = "lapsed"
        elif c["_declined"]:
            seg = "credit_declined"
        else:
            seg = "prospect"
        c["segment"] = seg
        s = c["_spend"]
        c["tier"] = "gold" if s >= 250000 else ("silver" if s >= 80000 else "standard")
    cust_rows = [{k: v for k, v in c.items() if not k.startswith("_")} for c in CUSTOMERS.values()]

    # events: sort, ids, a few telematics re-sends (exact duplicates)
    EVENTS.sort(key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(EVENTS, 1):
        r["event_id"] = f"EV{i:07d}"
    alerts = [i for i, r in enumerate(EVENTS) if r["touchpoint_id"] == "tp_telematics_alert"]
    dup_idx = sorted(rng.choice(alerts, size=24, replace=False).tolist())
    rows = []
    dset = set(dup_idx)
    for i, r in enumerate(EVENTS):
        rows.append(r)
        if i in dset:
            rows.append(dict(r))
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    ev_cols += [k for k in dict.fromkeys(k for r in EVENTS for k in r) if k not in ev_cols]
    ORDERS.sort(key=lambda r: r["ts"])
    for i, r in enumerate(ORDERS, 1):
        r["order_id"] = f"SO{i:06d}"
    FEEDBACK.sort(key=lambda r: r["ts"])
    ids = {}
    for i, r in enumerate(FEEDBACK, 1):
        ids[r["feedback_id"]] = r["feedback_id"] = f"FB{i:05d}"
    for t in TRUTH:
        t["feedback_id"] = ids[t["feedback_id"]]
    TRUTH.sort(key=lambda t: t["feedback_id"])
    # WeChat messages forwarded without a time; dealer notes typed up later (dropped above)
    for r in FEEDBACK:
        if r["channel"] == "wechat" and r["ts"] is not None and rng.random() < 0.2:
            r["ts"] = None
        if r.pop("_no_ts", False):
            r["ts"] = None
        if r["channel"] == "dealer_note" and rng.random() < 0.3:     # dealer did not say which farm
            r["customer_id"] = r["lease_id"] = None

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)])
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", rows, ev_cols)
    write(out / "orders.csv", ORDERS)
    write(out / "feedback.csv", FEEDBACK)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"customers {len(cust_rows)} events {len(rows)} orders {len(ORDERS)} feedback {len(FEEDBACK)}")


if __name__ == "__main__":
    main()
