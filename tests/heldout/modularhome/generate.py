"""栖木模块住宅 TimberNest Modular Homes: factory-built (modular / prefab) houses in eastern Australia (synthetic,
written blind).

TimberNest designs houses that are built as steel-and-timber modules in two factories (Geelong VIC, Toowoomba QLD),
trucked to the site and lifted onto the footings by crane. It sells to homeowners (a granny flat in the backyard, a
house on their own block, a knock-down-rebuild) and to small developers (dual-occupancy pairs, small townhouse
projects), in five sales regions: Sydney, Regional NSW, Melbourne, Regional VIC and SE Queensland. Many of its
clients in Sydney and Melbourne are Chinese-speaking families; the consultants work in English and Mandarin.

Journey: a lead comes from a home show (展会留资, tp_expo_lead) or the website (官网询价, tp_web_enquiry, often after the
online configurator), visits a display home, books a design consultation, gets a site assessment and a quote, signs
the contract with a 5 % deposit; then building approval (council / CDC / permit), the factory slot, the factory QC
inspection, the module delivery (oversize trucks), the crane install, the handover, and warranty claims. Around
these: variation requests, progress calls, the My Build app, cancellations and referrals.

Data 2024-01-01 .. 2026-06-30 (CRM + ERP + app extract taken on 2026-07-03). Naive local times. Money in AUD incl.
GST.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
SIM0 = date(2023, 1, 1)           # leads are simulated from here so that 2024 starts with a full pipeline
END = date(2026, 6, 30)           # last day in the extract
T_START = datetime(2024, 1, 1)
T_END = datetime(2026, 7, 1)

# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_configurator", "在线户型配置器", "Online home configurator", "awareness", "web", "digital", "marketing",
     "配置器|在线选户型|户型配置|自己搭配户型|configurator|home builder tool|design your home|online designer"),
    ("tp_expo_lead", "展会留资", "Home show lead", "awareness", "other", "physical", "marketing",
     "展会|家居展|房展|展会线索|展位留电话|home show|expo|trade show|expo lead|show lead"),
    ("tp_web_enquiry", "官网询价", "Website enquiry", "awareness", "web", "digital", "marketing",
     "官网留言|网上询价|网站咨询|线上留资|web enquiry|website lead|online enquiry|web lead|enquiry form"),
    ("tp_display_visit", "样板房参观", "Display home visit", "consideration", "store", "physical", "sales",
     "看样板房|样板间|展示中心|看房|display home|display village|show home|display visit"),
    ("tp_design_consult", "设计咨询", "Design consultation", "consideration", "store", "physical", "sales",
     "设计咨询|见设计师|约咨询|面谈|初次咨询|design consult|design meeting|consultation|first meeting|sales appointment"),
    ("tp_site_assessment", "现场勘察", "Site assessment", "consideration", "other", "physical", "engineering",
     "勘察|看地|场地评估|量地|测量|site assessment|site visit|site survey|feasibility|access check"),
    ("tp_quote_issued", "报价", "Quote issued", "consideration", "email", "digital", "sales",
     "报价单|出报价|估价|价格方案|quote|quotation|price proposal|tender|estimate"),
    ("tp_deposit_paid", "签约付定金", "Contract signed (deposit)", "purchase", "other", "digital", "sales",
     "定金|下定|签约|签合同|付订金|成交|deposit|contract signed|signed contract|sale|won deal|new contract"),
    ("tp_variation_request", "设计变更", "Variation request", "purchase", "email", "digital", "design",
     "变更|改设计|加项|选配变更|variation|change order|upgrade request|design change"),
    ("tp_council_approval", "建筑审批", "Building approval", "purchase", "other", "digital", "approvals",
     "审批|报建|规划许可|建筑许可|批文|DA|CDC|building permit|council approval|planning permit|approval"),
    ("tp_factory_start", "工厂排产开工", "Factory production start", "purchase", "other", "physical", "factory",
     "排产|开工|进厂|生产排期|工厂档期|factory start|production slot|build slot|production start"),
    ("tp_qc_inspection", "出厂质检", "Factory QC inspection", "purchase", "other", "physical", "quality",
     "质检|出厂检验|验收检查|品控|QC|quality check|pre-delivery inspection|factory inspection|QA"),
    ("tp_site_delivery", "模块运输到场", "Module delivery", "service", "other", "physical", "logistics",
     "运输|送货|发货|模块到场|超宽运输|delivery|transport|shipping|truck|haulage|modules arrive"),
    ("tp_crane_install", "吊装安装", "Crane install", "service", "other", "physical", "installation",
     "吊装|吊车|上吊|安装|落位|crane|crane lift|install|installation|lift day|set day|craning"),
    ("tp_handover", "交房", "Handover", "service", "other", "physical", "customer_care",
     "交付|交钥匙|收房|竣工交付|handover|hand over|keys|practical completion|PC|completion"),
    ("tp_warranty_claim", "保修报修", "Warranty claim", "service", "app", "digital", "warranty",
     "报修|保修|售后维修|质保|维修单|warranty|warranty claim|defect claim|maintenance request|after-sales"),
    ("tp_progress_call", "进度咨询", "Progress enquiry", "service", "phone", "digital", "customer_care",
     "问进度|催进度|查进度|客户来电|progress call|status call|where is my house|build update|progress enquiry"),
    ("tp_portal", "建造进度App", "My Build app", "service", "app", "digital", "digital",
     "App|客户端|看进度照片|进度App|my build|portal|customer portal|build app|progress photos"),
    ("tp_cancellation", "合同取消", "Contract cancelled", "purchase", "other", "digital", "sales",
     "取消|退单|解约|撤销合同|退定金|cancel|cancellation|cancelled contract|lost after deposit|walked away"),
    ("tp_referral", "推荐亲友", "Referral", "loyalty", "web", "digital", "marketing",
     "转介绍|推荐|老带新|介绍朋友|referral|refer a friend|word of mouth"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("expo_to_deposit", "展会线索到签约", "Home show lead to deposit",
     ["tp_expo_lead", "tp_design_consult", "tp_quote_issued", "tp_deposit_paid"], 120),
    ("web_to_deposit", "官网询价到签约", "Web enquiry to deposit",
     ["tp_web_enquiry", "tp_design_consult", "tp_quote_issued", "tp_deposit_paid"], 120),
    ("deposit_to_handover", "签约到交房", "Deposit to handover",
     ["tp_deposit_paid", "tp_council_approval", "tp_factory_start", "tp_qc_inspection", "tp_site_delivery",
      "tp_crane_install", "tp_handover"], 365),
]

# region: weight of web leads, zh share, consult factor, deposit factor, price factor, approval paths, councils
REGIONS = {
    "Sydney": (.27, .36, .86, .62, 1.10, {"CDC": .45, "DA": .55},
               ["Blacktown", "The Hills", "Hornsby", "Ryde", "Canterbury-Bankstown", "Ku-ring-gai"]),
    "Regional NSW": (.13, .06, 1.0, 1.05, 1.02, {"CDC": .65, "DA": .35},
                     ["Orange", "Dubbo", "Port Macquarie", "Tweed", "Wagga Wagga"]),
    "Melbourne": (.26, .38, 1.0, 1.0, 1.05, {"building_permit": .72, "planning_permit": .28},
                  ["Whitehorse", "Monash", "Casey", "Wyndham", "Manningham", "Boroondara"]),
    "Regional VIC": (.14, .05, 1.18, 1.28, 1.0, {"building_permit": .85, "planning_permit": .15},
                     ["Greater Geelong", "Ballarat", "Bendigo", "Surf Coast", "Baw Baw"]),
    "SE Queensland": (.20, .14, 1.0, 1.05, 1.0, {"building_permit": .8, "DA": .2},
                      ["Moreton Bay", "Logan", "Gold Coast", "Sunshine Coast", "Ipswich"]),
}
REGION_NAMES = list(REGIONS)
DISPLAY = {"Sydney": "Marsden Park Display Village", "Regional NSW": "Orange Display Centre",
           "Melbourne": "Box Hill Display Centre", "Regional VIC": "Geelong Factory Display",
           "SE Queensland": "North Lakes Display Village"}
# model: modules, base price AUD (2024), crane tonnes, zh description
MODELS = {
    "Wattle 30": (1, 168_000, 60, "一室后院小屋"),
    "Banksia 72": (2, 289_000, 100, "两房单层"),
    "Grevillea 120": (3, 418_000, 130, "三房单层"),
    "Waratah 180": (6, 655_000, 220, "四房两层"),
    "Jacaranda Duo": (4, 798_000, 160, "双拼两户"),
}
CONSULTANTS = {  # region: [(name, speaks zh, close factor)]
    "Sydney": [("Olivia Chen", True, 1.15), ("Ben Harris", False, 1.0), ("Priya Nair", False, 1.0)],
    "Regional NSW": [("Tom Gallagher", False, 1.0), ("Kate Morrison", False, 1.0)],
    "Melbourne": [("Jason Li", True, 1.45), ("Emma Walsh", False, 1.0), ("Mark Doyle", False, .55)],
    "Regional VIC": [("Sam O'Brien", False, 1.0), ("Lucy Grant", False, 1.05)],
    "SE Queensland": [("Ryan Cooper", False, 1.0), ("Mei Wong", True, 1.0), ("Josh Taylor", False, .95)],
}
DEV_PREFIX = ["Harbourline", "Bluegum", "Koala Ridge", "Southbank", "Riverbend", "Ironbark", "Coastal", "Greenline",
              "Parkside", "Westgate", "Sunlit", "Northshore", "Austral", "Cedar & Stone", "Lakeside", "Jade Garden",
              "Golden Wattle", "Summit", "Redgum", "Silverwater", "Hillcrest", "Baylink", "Orchard", "Tallowood",
              "Kestrel", "Magpie", "Quarry Lane", "Boronia", "Peppercorn", "Waterlily", "Stringybark", "Kookaburra",
              "Eastwood", "Lotus", "Brolga", "Yarra Bend", "Moreton", "Darling", "Seachange", "Greenway"]
DEV_SUFFIX = ["Developments", "Living", "Projects", "Property Group", "Homes", "Infill Co", "Residential", "Pty Ltd",
              "Capital", "Estates"]
CRANE_COS = {"Geelong": ["SkyLift Cranes", "Bayside Crane Hire"], "Toowoomba": ["Redback Crane Hire",
                                                                               "Darling Downs Lifting"]}
EXPO_DEFS = [  # name, region, month, leads, quality
    ("Sydney Home Show", "Sydney", 3, 340, 1.0), ("Bendigo Home & Lifestyle Expo", "Regional VIC", 4, 120, 1.1),
    ("Melbourne Build Expo", "Melbourne", 5, 330, 1.0), ("Brisbane Home Show", "SE Queensland", 6, 260, 1.0),
    ("Melbourne Build Expo", "Melbourne", 8, 300, 1.0), ("Sydney Home Show", "Sydney", 9, 320, .95),
    ("Orange Field Days", "Regional NSW", 10, 110, 1.0),
]
PRICE_RISE = date(2025, 7, 1)                                  # list prices +8 %
VR_TEST = (date(2025, 3, 1), date(2025, 8, 31))                # 3D walkthrough in design consultations
GEELONG_REFIT = (date(2025, 4, 14), date(2025, 6, 27))         # Geelong line refit: no production starts
T2_MEMBRANE = (date(2025, 9, 15), date(2025, 12, 19))          # Toowoomba line T2 new wet-area membrane supplier
APP_BUG = (date(2026, 2, 9), date(2026, 3, 22))                # My Build app 5.2.0: Android progress photos fail
DEV_WAVES = {"dev_2024H2": date(2024, 12, 9), "dev_2025H1": date(2025, 6, 16), "dev_2025H2": date(2025, 12, 8),
             "dev_2026H1": date(2026, 6, 15)}
SEASON = {1: .75, 2: .95, 3: 1.1, 4: 1.0, 5: 1.0, 6: .9, 7: .9, 8: 1.05, 9: 1.15, 10: 1.2, 11: 1.1, 12: .7}

CANCEL_ZH = {"finance_declined": "贷款未获批", "changed_mind": "客户个人原因", "site_unsuitable": "场地不适合",
             "council_refused": "审批被拒", "build_delay": "工期太长", "land_not_settled": "土地未过户"}
DEFECT_ZH = {"window_seal": "窗框密封", "paint_finish": "涂装瑕疵", "electrical_rough_in": "电气预埋",
             "frame_squareness": "框架方正度", "wet_area_membrane": "湿区防水膜"}
DELAY_ZH = {"oversize_permit": "超限运输许可", "site_not_ready": "现场未就绪", "weather": "天气原因",
            "truck_breakdown": "车辆故障"}
RESCHED_ZH = {"high_wind": "大风", "rain": "降雨", "crane_unavailable": "吊车未到位", "site_access": "场地受限"}
CLAIM_ZH = {"door_window": "门窗调整", "plaster_crack": "墙面开裂", "plumbing": "水管问题", "electrical": "电路问题",
            "water_leak": "渗漏", "hvac": "空调暖通", "appliance": "电器故障"}
VARIATION_ZH = {"kitchen_upgrade": "厨房升级", "extra_window": "加窗", "solar_battery": "太阳能储能",
                "deck": "加建露台", "layout_change": "户型调整"}
MILESTONE_ZH = {"deposit": "定金", "factory_start": "开工款", "delivery": "发货款", "handover": "交房尾款",
                "variation": "变更款"}
CTYPE_ZH = {"homeowner": "自住业主", "developer": "小型开发商"}


def pick(options, weights=None):
    if weights is None:
        return options[int(rng.random() * len(options))]
    x = rng.random() * sum(weights)
    acc = 0.0
    for o, w in zip(options, weights):
        acc += w
        if x < acc:
            return o
    return options[-1]


def pickd(d: dict):
    return pick(list(d), list(d.values()))


def U(a, b):
    return float(a + (b - a) * rng.random())


def at(d: date, hour: float) -> datetime:
    return datetime(d.year, d.month, d.day) + timedelta(seconds=int(hour * 3600))


def bday(t: datetime, lo=8.0, hi=16.5) -> datetime:
    """move to a working day (Mon-Fri) between lo and hi hours."""
    d = t.date()
    h = t.hour + t.minute / 60
    if d.weekday() < 5 and lo <= h <= hi:
        return t
    if d.weekday() < 5 and h < lo:
        return at(d, U(lo, lo + 1.5))
    d += timedelta(days=1)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return at(d, U(lo, hi))


def fmt(t: datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def inside(t: datetime) -> bool:
    return T_START <= t < T_END


def app_version(d: date, device):
    if device == "pc":
        return "web"
    if d < date(2024, 9, 2):
        return "4.6.1"
    if d < date(2025, 6, 23):
        return "5.0.3"
    if d < APP_BUG[0]:
        return "5.1.0"
    if d <= APP_BUG[1]:
        return "5.2.0"
    return "5.2.2"


# ---------------------------------------------------------------- output rows
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: dict[str, dict] = {}
experiments: list[dict] = []
_eid = [0]


def ev(cid, t: datetime, tp, action, channel=None, device=None, **extra):
    if not inside(t):
        return None
    _eid[0] += 1
    row = dict(event_id=f"EV{_eid[0]:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp, action=action,
               channel=channel, device=device, region=customers[cid]["region"])
    row.update(extra)
    events.append(row)
    customers[cid]["_seen"] = True
    return row


_oid = [0]


def order(cid, t: datetime, amount, status, milestone, c: dict, **extra):
    if not inside(t):
        return
    _oid[0] += 1
    row = dict(order_id=f"INV{_oid[0]:06d}", customer_id=cid, ts=fmt(t), amount=round(float(amount), 2),
               status=status, channel="bank_transfer" if milestone != "deposit" else c["pay_method"], device=None,
               milestone=milestone, 付款节点=MILESTONE_ZH[milestone], contract_no=c["no"], model=c["model"],
               units=c["units"], region=c["region"], factory=c["factory"], customer_type=c["ctype"],
               contract_value_aud=c["value"], currency="AUD")
    row.update(extra)
    orders.append(row)
    customers[cid]["_seen"] = True


# ---------------------------------------------------------------- feedback texts
# one topic per comment; a topic's markers (README / gold.py) appear only in its own texts.
# a leading "+" marks a positive text of a topic that is otherwise negative (or "-" a negative one of a positive).
TEXTS = {
    "leak": (["卫生间天花板漏水，交房才三个月。", "下大雨的时候淋浴间墙角漏水，地板都泡了。", "洗衣房漏水，墙根发霉了，希望尽快处理。",
              "漏水问题修了两次还没好，非常失望。", "主卧卫生间下面一直渗水漏水，楼下天花板都有水印。"],
             ["Water leak under the ensuite, the floor is soaked.", "We have a leak in the shower wall only four months in.",
              "Laundry leak has caused mould along the skirting.", "Second time the leak was 'fixed' and it still drips.",
              "There's a leak through the bathroom ceiling whenever it rains hard."]),
    "crane": (["吊装那天风太大取消了，工人、邻居都白等一天。", "吊装改了两次期，每次都是临时通知。", "吊车来了又说场地不够，只能重新约吊装。",
               "+吊装一天就完成了，看着房子落地很震撼！", "+吊装团队非常专业，邻居都出来围观。"],
              ["Crane day got cancelled for wind, the street had been closed for nothing.",
               "The crane lift was rescheduled twice with one day's notice.",
               "Crane turned up and couldn't reach the back of the block, had to rebook.",
               "+Watching the crane lift our house into place in one day was incredible.",
               "+The crane crew were professional and quick, modules set by lunch."]),
    "delay": (["交房延期了两个月，租房的钱又多花了好几千。", "说好的工厂档期一推再推，交房延期太久了。", "一直延期也不给个准确时间。",
               "延期这么久，银行的建房贷款都要多付利息。"],
              ["Handover delay of nine weeks, we are paying rent and a mortgage at the same time.",
               "Our factory slot kept slipping, the delay was never explained properly.",
               "Constant delay after delay and no firm date.",
               "The delay cost us thousands in extra rent."]),
    "price": (["今年涨价了8%，同样的户型比去年贵了三万多。", "报价出来以后又涨价，预算完全不够了。", "涨价太突然，展会上说的价格现在不算数了。"],
              ["The price increase since July pushed the Banksia out of our budget.",
               "Got a quote, then a price increase a month later. Not happy.",
               "The 8% price increase is hard to swallow when land costs are already high."]),
    "approval": (["审批拖了快四个月，council一直要补材料。", "审批被要求补交资料好几次，销售当初说一个月就能批。",
                  "审批进度完全不透明，只能自己打电话去问。"],
                 ["Council took four months and kept asking for more documents.",
                  "Waiting on council forever, the sales rep said it would be six weeks.",
                  "Our council RFI sat in someone's inbox for three weeks."]),
    "consultant": (["设计顾问{consultant}很专业，帮我们把户型改得很合理。", "设计顾问讲解很耐心，第一次盖房也不慌。",
                    "设计顾问{consultant}会说中文，爸妈也能一起参与讨论。"],
                   ["Our consultant {consultant} was brilliant, knew every planning rule by heart.",
                    "Great consultant, patient with all our questions about the floor plan.",
                    "The consultant {consultant} made the whole design process easy."]),
    "factory_tour": (["工厂参观很震撼，看到房子在室内生产很放心。", "参加了工厂参观，质量控制做得很细。", "工厂参观以后才决定下定的。"],
                     ["The factory tour sold us, seeing the modules built indoors out of the rain.",
                      "Loved the factory tour, very transparent about how the frames are made.",
                      "Booked after the factory tour in Geelong, impressive setup."]),
    "transport": (["运输途中外墙板被刮花了，交房前才补好。", "运输车辆进不了我们这条街，折腾了半天。", "运输安排一改再改，邻居意见很大。"],
                  ["Cladding got scratched in transport and had to be patched on site.",
                   "The transport trucks couldn't get down our street, chaos all morning.",
                   "Transport was rebooked three times, neighbours were not impressed."]),
    "energy": (["冬天很暖和，保温效果比老房子好太多。", "保温做得好，电费每个月省了一半。", "保温和双层玻璃很好，夏天也不热。"],
               ["The insulation is fantastic, warm all winter without the heater.",
                "Power bills halved thanks to the insulation and double glazing.",
                "Great insulation, the house stays cool in summer."]),
    "warranty": (["报了保修三周都没人来，打电话只说在排期。", "保修响应太慢，一个小问题拖了一个多月。", "保修师傅约了两次都没来。"],
                 ["Lodged a warranty request three weeks ago and still no tradie.",
                  "Warranty response is painfully slow, simple fix took six weeks.",
                  "The warranty team booked a visit twice and never showed."]),
    "workmanship": (["做工很细致，收房的时候几乎挑不出毛病。", "做工比传统建商好，墙面很平整。", "-做工粗糙，踢脚线和门框都有缝。",
                     "-交房时做工问题一大堆，列了二十多项。"],
                    ["Workmanship is excellent, the finish is better than our old brick house.",
                     "Impressed by the workmanship, every joint is tidy.",
                     "-Workmanship on the skirting and door frames was sloppy.",
                     "-Poor workmanship at handover, our defect list ran to two pages."]),
    "app": (["App里的进度照片一直加载不出来，更新后更糟。", "安卓手机打开App看进度照片就闪退。", "App看不到最新的进度照片。"],
            ["Progress photos won't load in the app since the update.",
             "The My Build app crashes on my Android phone when I open photos.",
             "Can't see any new progress photos in the app."]),
    "praise": (["整体很满意，按时交房，推荐！", "从签约到入住很顺利，谢谢团队。", "房子很漂亮，朋友来了都问在哪买的。"],
               ["Very happy overall, on time and on budget.", "Smooth from contract to keys, thank you team.",
                "Love our new home, friends keep asking who built it."]),
    "neutral": (["还可以，过程比想象的长一点。", "一般，没什么特别的。", "正常交房。"],
                ["It was fine.", "OK overall, took a bit longer than hoped.", "Standard experience."]),
    "bad": (["体验很差，不会推荐。", "整个过程很糟心。"], ["Disappointing overall.", "Would not recommend."]),
    "defect_other": (["{claim}，麻烦安排师傅上门。", "发现{claim}，请尽快处理。"],
                     ["Reporting an issue: {claim_en}. Please send someone.", "We noticed {claim_en}, can you book a repair?"]),
}
CLAIM_TEXT = {"door_window": ("推拉门关不严需要调整", "the sliding door needs adjusting"),
              "plaster_crack": ("客厅墙面出现裂缝", "hairline cracks in the living room plasterboard"),
              "plumbing": ("厨房水龙头下面滴水", "a dripping tap under the kitchen sink"),
              "electrical": ("几个插座没电", "a few power points not working"),
              "hvac": ("空调不制冷", "the split system not cooling"),
              "appliance": ("烤箱打不开", "the oven not turning on")}
SENTIMENT = {"leak": "negative", "crane": "negative", "delay": "negative", "price": "negative",
             "approval": "negative", "consultant": "positive", "factory_tour": "positive", "transport": "negative",
             "energy": "positive", "warranty": "negative", "workmanship": "positive", "app": "negative",
             "praise": "positive", "neutral": "neutral", "bad": "negative", "defect_other": "negative"}
TOPIC_TP = {"leak": "tp_warranty_claim", "crane": "tp_crane_install", "delay": "tp_handover", "price": "tp_quote_issued",
            "approval": "tp_council_approval", "consultant": "tp_design_consult", "factory_tour": None,
            "transport": "tp_site_delivery", "energy": None, "warranty": "tp_warranty_claim", "workmanship": None,
            "app": "tp_portal", "praise": None, "neutral": None, "bad": None, "defect_other": "tp_warranty_claim"}
_fid = [0]


def fb(topic, lang, t, cid, channel, region, tp="auto", rating=None, nps=None, positive=None, consultant=None,
       claim=None, **extra):
    if t is not None and not inside(t):
        return None
    zh, en = TEXTS[topic]
    opts = zh if lang == "zh" else en
    if positive is not None:
        sub = [x for x in opts if (x.startswith("+") or (not x.startswith("-") and SENTIMENT[topic] == "positive"))
               == positive]
        opts = sub or opts
    text = pick(opts)
    sent = SENTIMENT[topic]
    if text.startswith("+"):
        text, sent = text[1:], "positive"
    elif text.startswith("-"):
        text, sent = text[1:], "negative"
    if consultant is None and region:
        consultant = pick([c[0] for c in CONSULTANTS[region]])
    ct = CLAIM_TEXT.get(claim, ("", ""))
    text = text.format(consultant=consultant or "", claim=ct[0], claim_en=ct[1])
    if rating is True or nps is True:
        r, n = score_for(sent)
        rating = r if rating is True else rating
        nps = n if nps is True else nps
    _fid[0] += 1
    fid = f"FB{_fid[0]:05d}"
    row = dict(feedback_id=fid, customer_id=cid, ts=fmt(t), touchpoint_id=TOPIC_TP[topic] if tp == "auto" else tp,
               channel=channel, rating=rating, nps=nps, text=text, language=lang, region=region)
    row.update(extra)
    feedback.append(row)
    if cid:
        customers[cid]["_seen"] = True
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent))
    return row


def score_for(sent):
    """(rating 1-5, nps 0-10) consistent with the comment."""
    if sent == "positive":
        return int(pick([4, 5], [.3, .7])), int(pick([8, 9, 10], [.2, .4, .4]))
    if sent == "neutral":
        return int(pick([3, 4], [.6, .4])), int(pick([6, 7, 8], [.3, .4, .3]))
    return int(pick([1, 2, 3], [.4, .4, .2])), int(pick([0, 2, 3, 4, 5, 6], [.1, .15, .2, .2, .2, .15]))


# ---------------------------------------------------------------- customers
_cid = [0]


def new_customer(t: datetime, region, **attrs):
    _cid[0] += 1
    cid = f"TN{_cid[0]:06d}"
    row = dict(customer_id=cid, signup_at=t, region=region, _seen=False)
    row.update(attrs)
    customers[cid] = row
    return cid


def lang_of(region, bias=1.0):
    return "zh" if rng.random() < min(.95, REGIONS[region][1] * bias) else "en"


def device_of(lang):
    return pick(["ios", "android", "pc"], [.55, .28, .17] if lang == "zh" else [.40, .34, .26])


def factory_of(region):
    if region in ("Melbourne", "Regional VIC"):
        return "Geelong"
    if region in ("SE Queensland", "Regional NSW"):
        return "Toowoomba"
    return "Geelong" if rng.random() < .5 else "Toowoomba"


def consultant_for(region, lang):
    lst = CONSULTANTS[region]
    zh_speakers = [c for c in lst if c[1]]
    if lang == "zh" and zh_speakers and rng.random() < .8:
        return zh_speakers[0]
    return lst[int(rng.integers(len(lst)))]


# ---------------------------------------------------------------- leads and sales
CONTRACTS: list[dict] = []
_cno = [0]
DEV_CUSTOMER: dict[str, str] = {}     # developer company -> customer id
KEY_ACCOUNT: list[str] = []
DEV_POOL = [f"{a} {b}" for a in DEV_PREFIX for b in DEV_SUFFIX]
DEV_POOL = [DEV_POOL[int(i)] for i in rng.permutation(len(DEV_POOL))]


def web_source(lang):
    if lang == "zh":
        return pickd({"organic": .2, "google_ads": .15, "xiaohongshu": .4, "referral": .25})
    return pickd({"organic": .34, "google_ads": .36, "facebook_ads": .18, "referral": .12})


P_CONSULT = {"google_ads": .19, "facebook_ads": .24, "organic": .33, "xiaohongshu": .40, "referral": .55}


def new_lead(t: datetime, region, source, expo=None, quality=1.0):
    lang = lang_of(region)
    developer = rng.random() < (.02 if source != "expo" else .04) and DEV_POOL
    ctype = "developer" if developer else "homeowner"
    company = DEV_POOL.pop() if developer else None
    if not developer:
        land = pickd({"owns_land": .5, "knockdown_rebuild": .14, "buying_land": .22, "backyard": .14})
        finance = pickd({"construction_loan": .62, "cash": .28, "undecided": .10})
    else:
        land, finance = "owns_site", pickd({"development_finance": .7, "cash": .3})
    if source == "expo":
        acq = "expo"
    else:
        acq = source if source != "web" else web_source(lang)
    cid = new_customer(t, region, acquisition_channel=acq, preferred_language=lang, customer_type=ctype,
                       客户类型=CTYPE_ZH[ctype], company_name=company, land_status=land, finance_type=finance,
                       segment="lead")
    if developer:
        DEV_CUSTOMER[company] = cid
    dev = device_of(lang)
    if source == "expo":
        ev(cid, t, "tp_expo_lead", "register", "other", None, expo=expo, lead_source=acq)
        p = .36 * quality
    else:
        sess = f"WS{cid[2:]}"
        if rng.random() < .55:
            ev(cid, t - timedelta(minutes=U(4, 35)), "tp_configurator", "build", "web", dev, session_id=sess,
               model_viewed=pick(list(MODELS), [.2, .25, .3, .17, .08]), lead_source=acq)
        ev(cid, t, "tp_web_enquiry", "submit", "web", dev, session_id=sess, lead_source=acq)
        p = P_CONSULT[acq]
    p *= REGIONS[region][2] * (1.6 if developer else 1.0) * (.75 if land == "buying_land" else 1.0)
    if rng.random() < .22:
        dv = bday(t + timedelta(days=U(1, 25)), 9.5, 16.5)
        if dv.weekday() < 5 and rng.random() < .5:
            dv = dv + timedelta(days=5 - dv.weekday())
        ev(cid, dv, "tp_display_visit", "visit", "store", None, display_centre=DISPLAY[region])
        p *= 1.25
    if rng.random() > min(p, .9):
        return
    sales(cid, t, region, lang, ctype, company, land, finance, dev)


def choose_model(ctype, land):
    if ctype == "developer":
        m = pickd({"Jacaranda Duo": .5, "Banksia 72": .2, "Grevillea 120": .2, "Wattle 30": .1})
        units = int(pick([2, 4, 6], [.6, .3, .1])) if m == "Jacaranda Duo" else int(pick([2, 3, 4], [.5, .3, .2]))
        return m, units
    if land == "backyard":
        return "Wattle 30", 1
    return pickd({"Wattle 30": .08, "Banksia 72": .25, "Grevillea 120": .42, "Waratah 180": .25}), 1


def price_of(model, units, region, access, t: datetime, developer):
    base = MODELS[model][1] * (units / 2 if model == "Jacaranda Duo" else units)
    f = REGIONS[region][4] * {"easy": 1.0, "moderate": 1.04, "difficult": 1.10}[access]
    f *= 1.08 if t.date() >= PRICE_RISE else 1.0
    f *= 0.94 if developer else 1.0
    return round(base * f * U(.96, 1.05), -2)


def sales(cid, t0, region, lang, ctype, company, land, finance, dev):
    name, _, close = consultant_for(region, lang)
    tc = bday(t0 + timedelta(days=float(rng.gamma(2.0, 5.5)) + 1), 9, 18)
    mode = pickd({"showroom": .45, "video": .3, "display_home": .15, "onsite": .1})
    ev(cid, tc, "tp_design_consult", "attended", "store" if mode != "video" else "other", None, consultant=name,
       consult_mode=mode, consult_language=lang if rng.random() < .9 else "en")
    arm = None
    if VR_TEST[0] <= tc.date() <= VR_TEST[1]:
        arm = "vr_walkthrough" if rng.random() < .5 else "standard"
        experiments.append(dict(experiment_id="vr_walkthrough_2025", variant=arm, customer_id=cid,
                                assigned_at=fmt(tc + timedelta(minutes=1))))
    developer = ctype == "developer"
    model, units = choose_model(ctype, land)
    access = pickd({"easy": .5, "moderate": .33, "difficult": .17})
    t = tc
    if land != "buying_land" or rng.random() < .3:
        if rng.random() < .78:
            t = bday(tc + timedelta(days=U(5, 22)))
            slope = round(float(abs(rng.normal(3, 3))), 1)
            ev(cid, t, "tp_site_assessment", "completed", "other", None, site_access=access, slope_pct=slope,
               crane_tonnes_needed=MODELS[model][2] + (40 if access == "difficult" else 0), assessor=pick(
                   ["R. Singh", "D. Murphy", "K. Tanaka", "L. Rossi"]))
    p_quote = .74 * (1.1 if developer else 1.0)
    if rng.random() > p_quote:
        return
    tq = bday(t + timedelta(days=U(4, 16)))
    value = price_of(model, units, region, access, tq, developer)
    ev(cid, tq, "tp_quote_issued", "sent", "email", None, model=model, units=units, quote_aud=value, quote_version=1,
       consultant=name, price_list="2025-07" if tq.date() >= PRICE_RISE else "2024-01")
    if rng.random() < .3:
        tq2 = bday(tq + timedelta(days=U(6, 25)))
        if rng.random() < .35:
            model, units = choose_model(ctype, land)
        value = price_of(model, units, region, access, tq2, developer)
        ev(cid, tq2, "tp_quote_issued", "sent", "email", None, model=model, units=units, quote_aud=value,
           quote_version=2, consultant=name, price_list="2025-07" if tq2.date() >= PRICE_RISE else "2024-01")
        tq = tq2
    p = (.56 if developer else .44) * REGIONS[region][3] * close
    p *= .66 if tq.date() >= PRICE_RISE else 1.0
    p *= 1.4 if arm == "vr_walkthrough" else 1.0
    p *= .75 if finance == "undecided" else 1.0
    if rng.random() > min(p, .92):
        if tq.date() >= PRICE_RISE and rng.random() < .1:
            fb("price", lang, tq + timedelta(days=U(3, 20)), cid, "call_note", region)
        return
    td = bday(tq + timedelta(days=float(rng.gamma(2.0, 9.0)) + 3))
    contract(cid, td, region, lang, ctype, company, model, units, value, access, finance, name, dev)
    if developer:
        k = rng.poisson(1.5)
        if not KEY_ACCOUNT and region == "Sydney" and td.year == 2024:
            # the first Sydney developer of 2024 becomes the key account (a dual-occupancy programme in Blacktown)
            KEY_ACCOUNT.append(cid)
            old = customers[cid]["company_name"]
            customers[cid]["company_name"] = "Harbourline Developments"
            DEV_CUSTOMER.pop(old, None)
            DEV_CUSTOMER["Harbourline Developments"] = cid
            k = 7
        tn = td
        for _ in range(k):
            tn = tn + timedelta(days=U(50, 230) if cid not in KEY_ACCOUNT else U(40, 110))
            if tn.date() > END:
                break
            m2, u2 = choose_model(ctype, land)
            a2 = pickd({"easy": .5, "moderate": .33, "difficult": .17})
            tq3 = bday(tn)
            v2 = price_of(m2, u2, region, a2, tq3, True)
            ev(cid, tq3, "tp_quote_issued", "sent", "email", None, model=m2, units=u2, quote_aud=v2, quote_version=1,
               consultant=name, price_list="2025-07" if tq3.date() >= PRICE_RISE else "2024-01")
            if rng.random() < .8:
                contract(cid, bday(tq3 + timedelta(days=U(7, 30))), region, lang, ctype, company, m2, u2, v2, a2,
                         finance, name, dev)


def planned_days(path, modules):
    typ = {"CDC": 30, "building_permit": 40, "DA": 85, "planning_permit": 115}[path]
    return 18 + typ + 21 + (28 + 5 * modules) + 11 + 30 + 21


def contract(cid, td, region, lang, ctype, company, model, units, value, access, finance, consultant, dev):
    dep = {}
    build(cid, td, region, lang, ctype, company, model, units, value, access, finance, consultant, dev, dep)
    if not dep.get("done"):
        order(cid, dep["t"], dep["amount"], "paid", "deposit", dep["c"])


def build(cid, td, region, lang, ctype, company, model, units, value, access, finance, consultant, dev, dep_order):
    _cno[0] += 1
    no = f"TN-{td.year}-{_cno[0]:04d}"
    factory = factory_of(region)
    modules = MODELS[model][0] * (units // 2 if model == "Jacaranda Duo" else units)
    path = pickd(REGIONS[region][5])
    council = pick(REGIONS[region][6])
    plan = td + timedelta(days=planned_days(path, modules))
    c = dict(no=no, cid=cid, region=region, model=model, units=units, value=value, factory=factory, ctype=ctype,
             pay_method=pickd({"bank_transfer": .85, "credit_card": .1, "bpay": .05}), modules=modules,
             planned=plan.date(), path=path, lang=lang, company=company, consultant=consultant)
    CONTRACTS.append(c)
    common = dict(contract_no=no, model=model, units=units, factory=factory)
    deposit = round(value * .05, 2)
    ev(cid, td, "tp_deposit_paid", "paid", "other", None, **common, contract_value_aud=value, deposit_aud=deposit,
       consultant=consultant, planned_handover=plan.date().isoformat(), approval_path=path)
    cust = customers[cid]
    cust["segment"] = "in_build"
    dep_order.update(cid=cid, t=td, amount=deposit, c=c)
    paid_total = [deposit]

    def calls(t_from: datetime, t_to: datetime, rate_per_day, reason):
        n = rng.poisson(max(0.0, (t_to - t_from).days) * rate_per_day)
        for _ in range(n):
            tt = bday(t_from + timedelta(days=U(0, max(1.0, (t_to - t_from).days))), 8.5, 18)
            chn = pickd({"phone": .45, "email": .2, "wechat": .35}) if lang == "zh" else \
                pickd({"phone": .65, "email": .35})
            row = ev(cid, tt, "tp_progress_call", "inbound", chn, None, call_reason=reason, contract_no=no,
                     factory=factory)
            if row and rng.random() < .18:
                topic = {"approval_status": "approval", "slot_date": "delay", "delivery_date": "transport"}.get(reason)
                if topic is None or rng.random() < .3:
                    topic = "neutral"
                fb(topic, lang, tt + timedelta(minutes=U(3, 20)), cid, "call_note", region, factory=factory,
                   contract_no=no)

    def portal(t_from: datetime, t_to: datetime):
        n = rng.poisson(max(0.0, (t_to - t_from).days) / 24)
        for _ in range(n):
            tt = t_from + timedelta(days=U(0, max(1.0, (t_to - t_from).days)), hours=U(-4, 6))
            d = device_of(lang)
            bug = d == "android" and APP_BUG[0] <= tt.date() <= APP_BUG[1]
            act = "error" if rng.random() < (.34 if bug else .03) else "view"
            ev(cid, tt, "tp_portal", act, "app" if d != "pc" else "web", d, app_version=app_version(tt.date(), d),
               contract_no=no, screen=pick(["progress_photos", "timeline", "documents", "payments"],
                                           [.5, .25, .15, .1]))

    # variation
    if rng.random() < .36:
        tv = bday(td + timedelta(days=U(15, 60)))
        vt = pickd({"kitchen_upgrade": .3, "extra_window": .2, "solar_battery": .2, "deck": .18, "layout_change": .12})
        va = round(float({"kitchen_upgrade": U(6e3, 25e3), "extra_window": U(2e3, 7e3), "solar_battery": U(12e3, 22e3),
                          "deck": U(9e3, 30e3), "layout_change": U(5e3, 40e3)}[vt]), -1)
        ev(cid, tv, "tp_variation_request", "approved" if rng.random() < .85 else "declined", "email", None,
           **common, variation_type=vt, 变更类型=VARIATION_ZH[vt], variation_aud=va)
        c["variation"] = va
    # cancellation before approval
    p_fin = .05 if finance == "construction_loan" else .015
    reasons = {"finance_declined": p_fin, "changed_mind": .018, "site_unsuitable": .05 if access == "difficult" else .01,
               "land_not_settled": .01}
    for r, p in reasons.items():
        if rng.random() < p:
            tx = bday(td + timedelta(days=U(12, 70)))
            cancel(cid, tx, c, r, dep_order, common)
            calls(td, tx, 1 / 60, "approval_status")
            return
    # approval
    ts_sub = bday(td + timedelta(days=U(10, 26)))
    mean = {"CDC": 25, "building_permit": 33, "DA": 72, "planning_permit": 110}[path]
    if path == "DA" and region == "Sydney":
        mean = 128
    days = max(7, int(rng.gamma(6, mean / 6)))
    p_rfi = {"CDC": .12, "building_permit": .16, "DA": .45, "planning_permit": .5}[path]
    if rng.random() < p_rfi:
        ev(cid, bday(ts_sub + timedelta(days=days * U(.3, .6))), "tp_council_approval", "rfi", "other", None, **common,
           approval_path=path, council=council, submitted_at=fmt(ts_sub))
    ta = bday(ts_sub + timedelta(days=days))
    p_ref = .13 if (region == "Sydney" and path == "DA") else .025
    calls(td, ta, 1 / 55, "approval_status")
    portal(td, ta)
    if rng.random() < p_ref:
        ev(cid, ta, "tp_council_approval", "refused", "other", None, **common, approval_path=path, council=council,
           submitted_at=fmt(ts_sub), days_to_decision=(ta - ts_sub).days)
        cancel(cid, bday(ta + timedelta(days=U(5, 30))), c, "council_refused", dep_order, common)
        return
    ev(cid, ta, "tp_council_approval", "approved", "other", None, **common, approval_path=path, council=council,
       submitted_at=fmt(ts_sub), days_to_decision=(ta - ts_sub).days)
    # factory slot
    wait = U(7, 28)
    tf = bday(ta + timedelta(days=wait))
    backlog = factory == "Geelong" and GEELONG_REFIT[0] <= tf.date() <= GEELONG_REFIT[1] + timedelta(days=2)
    if backlog:       # the slot falls in the refit: queue behind the others after the restart
        tf = bday(at(GEELONG_REFIT[1] + timedelta(days=3), 8) + timedelta(days=(tf.date() - GEELONG_REFIT[0]).days
                                                                          * U(.55, .8) + U(0, 6)))
        wait = (tf - ta).days
    calls(ta, tf, (1 / 12) if backlog else (1 / 55), "slot_date")
    portal(ta, tf)
    if backlog and rng.random() < .07:
        tx = bday(ta + timedelta(days=wait * U(.5, .9)))
        order(cid, tx, value * .30, "cancelled", "factory_start", c, invoice_date=fmt(ta))
        cancel(cid, tx, c, "build_delay", dep_order, common)
        return
    line = "G1" if factory == "Geelong" else ("T2" if (tf.date() >= date(2025, 9, 1) and rng.random() < .6) else "T1")
    ev(cid, tf, "tp_factory_start", "started", "other", None, **common, production_line=line, modules=modules,
       slot_wait_days=(tf - ta).days)
    order(cid, tf + timedelta(days=U(0, 9)), value * .30, "paid", "factory_start", c)
    paid_total.append(value * .30)
    if c.get("variation"):
        order(cid, tf + timedelta(days=U(0, 12)), c["variation"], "paid", "variation", c)
    # build + QC
    tqc = bday(tf + timedelta(days=28 + 5 * modules + U(-4, 9)))
    membrane = line == "T2" and T2_MEMBRANE[0] <= tqc.date() <= T2_MEMBRANE[1]
    p_fail = .40 if membrane else .075
    latent_leak = membrane and rng.random() < .62
    qc_failed = False
    if rng.random() < p_fail:
        qc_failed = True
        dt = "wet_area_membrane" if (membrane and rng.random() < .8) else \
            pickd({"window_seal": .3, "paint_finish": .27, "electrical_rough_in": .2, "frame_squareness": .13,
                   "wet_area_membrane": .1})
        ev(cid, tqc, "tp_qc_inspection", "fail", "other", None, **common, production_line=line, defect_type=dt,
           缺陷类型=DEFECT_ZH[dt], inspector=pick(["QA-07", "QA-11", "QA-14", "QA-21"]))
        tqc = bday(tqc + timedelta(days=U(4, 14)))
    ev(cid, tqc, "tp_qc_inspection", "pass", "other", None, **common, production_line=line, defect_type=None,
       inspector=pick(["QA-07", "QA-11", "QA-14", "QA-21"]))
    portal(tf, tqc)
    calls(tf, tqc, 1 / 60, "build_status")
    # delivery
    tdl = bday(tqc + timedelta(days=U(4, 16)), 5.0, 9.0)
    order(cid, tdl - timedelta(days=U(2, 7)), value * .55, "paid", "delivery", c)
    paid_total.append(value * .55)
    dist = {("Geelong", "Melbourne"): 75, ("Geelong", "Regional VIC"): 170, ("Geelong", "Sydney"): 960,
            ("Toowoomba", "SE Queensland"): 140, ("Toowoomba", "Regional NSW"): 430, ("Toowoomba", "Sydney"): 870}
    km = int(dist[(factory, region)] * U(.85, 1.2))
    p_del = .07 + (.24 if region == "Sydney" else 0) + (.08 if access == "difficult" else 0) + \
        (.07 if region == "SE Queensland" and tdl.month in (1, 2, 3) else 0)
    delayed = False
    if rng.random() < p_del:
        delayed = True
        if region == "Sydney" and rng.random() < .72:
            why = "oversize_permit"
        elif access == "difficult" and rng.random() < .6:
            why = "site_not_ready"
        else:
            why = pickd({"weather": .45, "site_not_ready": .3, "truck_breakdown": .25})
        ev(cid, tdl, "tp_site_delivery", "delayed", "other", None, **common, delay_reason=why,
           延误原因=DELAY_ZH[why], distance_km=km, trucks=modules, escort_vehicles=2 if km > 300 else 1)
        calls(tdl - timedelta(days=2), tdl + timedelta(days=3), 1 / 2.5, "delivery_date")
        tdl = bday(tdl + timedelta(days=U(2, 9)), 5.0, 9.0)
    ev(cid, tdl, "tp_site_delivery", "delivered", "other", None, **common, delay_reason=None, distance_km=km,
       trucks=modules, escort_vehicles=2 if km > 300 else 1)
    # crane
    ti = tdl + timedelta(hours=U(1, 3))
    wet = region == "SE Queensland" and ti.month in (1, 2, 3)
    p_rs = .06 + (.17 if model == "Waratah 180" else 0) + (.36 if wet else 0) + (.06 if access == "difficult" else 0)
    tonnes = MODELS[model][2] + (40 if access == "difficult" else 0)
    crane_co = pick(CRANE_COS[factory])
    rescheduled = False
    while rng.random() < p_rs:
        rescheduled = True
        if wet and rng.random() < .75:
            why = pick(["rain", "high_wind"], [.6, .4])
        elif model == "Waratah 180" and rng.random() < .6:
            why = "high_wind"
        elif access == "difficult" and rng.random() < .5:
            why = "site_access"
        else:
            why = pickd({"high_wind": .45, "rain": .2, "crane_unavailable": .25, "site_access": .1})
        ev(cid, ti, "tp_crane_install", "rescheduled", "other", None, **common, reschedule_reason=why,
           改期原因=RESCHED_ZH[why], crane_tonnes=tonnes, crane_company=crane_co, modules_lifted=0)
        ti = bday(ti + timedelta(days=U(1, 6)), 6.0, 8.0)
        p_rs *= .4
    lift_h = round(1.2 * modules + U(0.5, 3), 1)
    ev(cid, ti, "tp_crane_install", "completed", "other", None, **common, reschedule_reason=None, crane_tonnes=tonnes,
       crane_company=crane_co, modules_lifted=modules, lift_hours=lift_h)
    portal(tqc, ti)
    # handover
    th = bday(ti + timedelta(days=U(18, 38) + (8 if model == "Jacaranda Duo" else 0)), 9, 15)
    late = (th.date() - plan.date()).days
    defects = int(rng.poisson(3 + (3 if qc_failed else 0) + (2 if rescheduled else 0)))
    ev(cid, th, "tp_handover", "handed_over", "other", None, **common, planned_handover=plan.date().isoformat(),
       on_time=late <= 0, days_late=max(0, late), defects_listed=defects)
    calls(ti, th, 1 / 40, "handover_date")
    portal(ti, th)
    order(cid, th + timedelta(days=U(0, 14)), value * .10, "paid", "handover", c)
    if th.date() <= END:
        cust["segment"] = "handed_over"
    c.update(handover=th, late=late, delayed=delayed, rescheduled=rescheduled, qc_failed=qc_failed)
    after_handover(cid, th, c, latent_leak, defects)


def cancel(cid, tx, c, reason, dep_order, common):
    refund = reason in ("finance_declined", "council_refused", "site_unsuitable", "build_delay")
    ev(cid, tx, "tp_cancellation", "cancelled", "other", None, **common, cancel_reason=reason,
       取消原因=CANCEL_ZH[reason], deposit_refunded=refund)
    order(dep_order["cid"], dep_order["t"], dep_order["amount"], "refunded" if refund else "paid", "deposit",
          dep_order["c"], refunded_at=fmt(tx + timedelta(days=U(5, 15))) if refund else None,
          admin_fee_aud=1500 if refund else None)
    dep_order["done"] = True
    customers[cid]["segment"] = "cancelled"
    c["cancelled"] = reason


def after_handover(cid, th, c, latent_leak, defects):
    lang, region, no, factory = c["lang"], c["region"], c["no"], c["factory"]
    # deposit order (kept)
    claims = []
    n = rng.poisson(1.1)
    for _ in range(n):
        tcl = th + timedelta(days=float(rng.exponential(150)) + 5)
        cat = pickd({"door_window": .30, "plaster_crack": .22, "plumbing": .14, "electrical": .12, "water_leak": .04,
                     "hvac": .09, "appliance": .06})
        claims.append((tcl, cat))
    if latent_leak:
        claims.append((th + timedelta(days=U(15, 160)), "water_leak"))
    claims.sort()
    for tcl, cat in claims:
        tcl = bday(tcl, 7.5, 19)
        if tcl.date() > END:
            continue
        fix = {"door_window": 6, "plaster_crack": 14, "plumbing": 5, "electrical": 4, "water_leak": 22, "hvac": 9,
               "appliance": 8}[cat]
        days = max(1, int(rng.gamma(3, fix / 3)))
        closed = tcl + timedelta(days=days) <= T_END
        chn = pickd({"app": .45, "phone": .35, "email": .2})
        sev = "urgent" if (cat in ("water_leak", "electrical") and rng.random() < .55) else \
            pick(["standard", "minor"], [.6, .4])
        row = ev(cid, tcl, "tp_warranty_claim", "lodged", chn, None, contract_no=no, model=c["model"], factory=factory,
                 claim_category=cat, 报修类别=CLAIM_ZH[cat], severity=sev, claim_status="closed" if closed else "open",
                 days_to_fix=days if closed else None, months_since_handover=round((tcl - th).days / 30.4, 1),
                 handover_date=th.date().isoformat())
        if row:
            topic = "leak" if cat == "water_leak" else "defect_other"
            fb(topic, lang, tcl + timedelta(minutes=U(1, 30)), cid, "warranty_ticket", region, claim=cat,
               factory=factory, contract_no=no, claim_category=cat)
            if days > 25 and rng.random() < .5:
                fb("warranty", lang, tcl + timedelta(days=U(18, 25)), cid, "call_note", region, factory=factory,
                   contract_no=no)
    # post-handover survey
    ts = th + timedelta(days=U(20, 40))
    if rng.random() < .62 and ts.date() <= END:
        pool = []
        if c["late"] > 14:
            pool += ["delay"] * 5
        if c["rescheduled"]:
            pool += ["crane"] * 2
        if c["delayed"]:
            pool += ["transport"] * 5
        if c["qc_failed"] or defects >= 7:
            pool += ["workmanship_neg"] * 2
        pool += ["consultant"] * 2 + ["workmanship_pos"] * 2 + ["energy"] * 1 + ["praise"] * 4 + ["neutral"] * 2 + \
            ["crane_pos"] * 1
        topic = pick(pool)
        pos = None
        if topic == "workmanship_neg":
            topic, pos = "workmanship", False
        elif topic == "workmanship_pos":
            topic, pos = "workmanship", True
        elif topic == "crane_pos":
            topic, pos = "crane", True
        elif topic == "crane":
            pos = False
        fb(topic, lang, ts, cid, "post_handover_survey", region, rating=True, nps=True, positive=pos,
           consultant=c["consultant"], factory=factory, contract_no=no, survey="post_handover")
    # handover card (no date)
    if rng.random() < .2 and th.date() <= END:
        fb(pick(["praise", "praise", "energy", "workmanship", "neutral"]), lang, None, cid, "handover_card", region,
           positive=True if rng.random() < .9 else None, factory=factory, contract_no=no)
    # 12-month NPS
    t12 = th + timedelta(days=U(360, 380))
    if rng.random() < .45 and t12.date() <= END:
        leaked = any(cat == "water_leak" for _, cat in claims)
        if leaked:
            fb("leak", lang, t12, cid, "nps_12m", region, nps=int(pick([0, 2, 3, 4, 5, 6])), factory=factory,
               contract_no=no, survey="12_months")
        else:
            topic = pickd({"praise": .45, "energy": .2, "neutral": .2, "warranty": .08, "bad": .07})
            fb(topic, lang, t12, cid, "nps_12m", region, nps=True, factory=factory, contract_no=no, survey="12_months")
    # referral
    if rng.random() < .15:
        tr = th + timedelta(days=U(30, 300))
        ev(cid, tr, "tp_referral", "submitted", "web", None, contract_no=no, reward_aud=1000)


# ---------------------------------------------------------------- lead generation
def simulate():
    d = SIM0
    while d <= END:
        years = (d - date(2024, 1, 1)).days / 365.0
        lam = 10.5 * SEASON[d.month] * (1 + .12 * years) * (.8 if d.weekday() >= 5 else 1.06)
        for _ in range(rng.poisson(lam)):
            region = pick(REGION_NAMES, [REGIONS[r][0] for r in REGION_NAMES])
            new_lead(at(d, U(6.5, 23.5)), region, "web")
        # configurator-only visitors
        for _ in range(rng.poisson(lam * .55)):
            region = pick(REGION_NAMES, [REGIONS[r][0] for r in REGION_NAMES])
            t = at(d, U(6, 24))
            if not inside(t):
                continue
            lang = lang_of(region)
            cid = new_customer(t, region, acquisition_channel=pickd({"google_ads": .4, "organic": .35,
                                                                    "facebook_ads": .15, "xiaohongshu": .1}),
                               preferred_language=lang, customer_type="homeowner", 客户类型=CTYPE_ZH["homeowner"],
                               segment="visitor")
            ev(cid, t, "tp_configurator", "build", "web", device_of(lang), session_id=f"WS{cid[2:]}",
               model_viewed=pick(list(MODELS), [.2, .25, .3, .17, .08]),
               lead_source=customers[cid]["acquisition_channel"])
        d += timedelta(days=1)
    for y in (2023, 2024, 2025, 2026):
        for name, region, month, n, quality in EXPO_DEFS:
            first = date(y, month, 1)
            fri = first + timedelta(days=(4 - first.weekday()) % 7 + 7)      # the second Friday
            label = f"{name} {y} ({first.strftime('%b')})"
            q = quality
            if label == "Melbourne Build Expo 2025 (Aug)":
                q, n = 1.45, 360                                             # the factory-tour bus offer
            if label == "Sydney Home Show 2025 (Sep)":
                q = .55                                              # stall in the far hall, few qualified leads
            for k in range(3):
                day = fri + timedelta(days=k)
                for _ in range(rng.poisson(n * (1 + .1 * (y - 2024)) / 3)):
                    r = region if rng.random() < .85 else pick(REGION_NAMES, [REGIONS[x][0] for x in REGION_NAMES])
                    t = at(day, U(9.5, 17.5))
                    new_lead(t, r, "expo", expo=label, quality=q)
                    cid = f"TN{_cid[0]:06d}"
                    if rng.random() < .13:
                        lang = customers[cid]["preferred_language"]
                        topic = pickd({"factory_tour": .25 * (1.8 if label.startswith("Melbourne Build Expo 2025 (Aug") else 1),
                                       "consultant": .2, "praise": .2, "neutral": .2,
                                       "price": .15 if day >= PRICE_RISE else 0.0})
                        fb(topic, lang, t + timedelta(days=U(1, 4)), cid, "expo_survey", r, rating=True, expo=label,
                           tp="tp_expo_lead")


def developer_surveys():
    by_cid: dict[str, list] = {}
    for c in CONTRACTS:
        by_cid.setdefault(c["cid"], []).append(c)
    for wave, d in DEV_WAVES.items():
        for company, cid in DEV_CUSTOMER.items():
            cs = by_cid.get(cid, [])
            if not cs or rng.random() > .8:
                continue
            region = customers[cid]["region"]
            lang = customers[cid]["preferred_language"]
            t = at(d + timedelta(days=int(rng.integers(0, 10))), U(9, 17))
            active = [c for c in cs if c.get("handover") is None or c["handover"] > t - timedelta(days=200)]
            leaky = wave == "dev_2026H1" and any(c["factory"] == "Toowoomba" for c in cs)
            backlog = wave == "dev_2025H1" and any(c["factory"] == "Geelong" for c in active)
            if leaky:
                topic = pickd({"leak": .55, "warranty": .2, "neutral": .15, "praise": .1})
            elif backlog:
                topic = pickd({"delay": .6, "neutral": .25, "praise": .15})
            else:
                topic = pickd({"praise": .38, "neutral": .3, "approval": .17, "consultant": .15})
            fb(topic, lang, t, cid, "developer_survey", region, nps=True, survey=wave, company_name=company,
               tp=None if topic in ("praise", "neutral") else "auto")


def public_reviews():
    d = date(2024, 1, 1)
    while d <= END:
        for _ in range(rng.poisson(.3)):
            region = pick(REGION_NAMES, [REGIONS[r][0] for r in REGION_NAMES])
            lang = "en" if rng.random() < .88 else "zh"
            leaky = d >= date(2026, 1, 1) and region in ("SE Queensland", "Regional NSW")
            topic = pickd({"praise": .3, "consultant": .15, "workmanship": .12, "delay": .12, "warranty": .08,
                           "neutral": .1, "bad": .05, "leak": .15 if leaky else .02,
                           "delay2": .12 if GEELONG_REFIT[0] <= d <= date(2025, 10, 31) and
                           region in ("Melbourne", "Regional VIC") else 0})
            topic = "delay" if topic == "delay2" else topic
            fb(topic, lang, at(d, U(7, 23)), None, "google_review", region, rating=True, tp=None if topic in (
                "praise", "neutral", "bad") else "auto")
        d += timedelta(days=1)
    for _ in range(130):       # Xiaohongshu posts copied in by marketing without date or author
        region = pick(["Sydney", "Melbourne", "SE Queensland"], [.45, .45, .1])
        topic = pickd({"energy": .22, "factory_tour": .18, "price": .2, "praise": .15, "leak": .1, "consultant": .1,
                       "neutral": .05})
        fb(topic, "zh", None, None, "xiaohongshu", region, tp=None if topic in ("praise", "neutral", "energy",
                                                                              "factory_tour") else "auto")
    # app-store reviews of My Build
    d = date(2024, 1, 1)
    while d <= END:
        bug = APP_BUG[0] <= d <= APP_BUG[1] + timedelta(days=7)
        for _ in range(rng.poisson(1.6 if bug else .1)):
            dev = "android" if bug and rng.random() < .85 else pick(["ios", "android"])
            lang = "zh" if rng.random() < .3 else "en"
            topic = "app" if (bug and dev == "android" and rng.random() < .85) or rng.random() < .15 else \
                pickd({"praise": .6, "neutral": .4})
            fb(topic, lang, at(d, U(7, 23)), None, "app_review", None, tp="tp_portal", rating=True, device=dev,
               app_version=app_version(d, dev))
        d += timedelta(days=1)


def main(out: Path) -> None:
    simulate()
    developer_surveys()
    public_reviews()
    # the contact-centre system re-sent 11-15 May 2026 calls in a later batch with the same event_id (loaded once)
    dup = [dict(r) for r in events if r["touchpoint_id"] == "tp_progress_call" and "2026-05-11" <= r["ts"] < "2026-05-16"]
    events.extend(dup)
    write_all(out)


def write_csv(path: Path, rows: list[dict], first: list[str]) -> None:
    cols = list(first)
    for r in rows:
        for k in r:
            if k not in cols and not k.startswith("_"):
                cols.append(k)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else (str(r[c]).lower() if isinstance(r[c], bool) else r[c])
                        for c in cols])


def write_all(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tp_rows = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(out / "touchpoints.csv", tp_rows, list(tp_rows[0]))
    j_rows = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                   touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write_csv(out / "journeys.csv", j_rows, list(j_rows[0]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    cust = []
    ncon: dict[str, int] = {}
    for k in CONTRACTS:
        ncon[k["cid"]] = ncon.get(k["cid"], 0) + 1
    for c in customers.values():
        if not c["_seen"]:
            continue
        row = dict(c)
        row["signup_at"] = fmt(c["signup_at"])
        n = ncon.get(c["customer_id"], 0)
        row["tier"] = ("partner" if n >= 3 else "standard") if c.get("customer_type") == "developer" else None
        row["contracts"] = n
        cust.append(row)
    write_csv(out / "customers.csv", cust, ["customer_id", "signup_at", "segment", "region", "acquisition_channel",
                                            "tier", "customer_type", "客户类型"])
    write_csv(out / "events.csv", events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel",
                                           "device", "session_id", "region"])
    write_csv(out / "orders.csv", sorted(orders, key=lambda o: (o["ts"], o["order_id"])),
              ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"])
    fbs = sorted(feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write_csv(out / "feedback.csv", fbs, ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating",
                                          "nps", "text"])
    write_csv(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    write_csv(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUTDIR")
    main(Path(sys.argv[1]))
