"""充易装 PlugHome: home EV-charger installation for car buyers (synthetic, written blind).

PlugHome installs home chargers (wallboxes) for new EV owners in 深圳 Shenzhen, 上海 Shanghai, 北京 Beijing,
Melbourne, Oslo and Manchester. Requests come from partner car dealers (handover desk), carmaker apps (the charger
and its installation come with the car: 随车送桩), the web quote form (with photos of the fuse box and the parking
spot), the hotline, social media and referrals from earlier customers. A request gets a quote, a site survey
(on-site or by video), a contract with a deposit, the building's permission where the parking is shared
(物业 / owners corporation / borettslag / freeholder), a grid-capacity check or meter application with the grid
operator, one or more installation visits, commissioning (app pairing and handover), for some schemes a subsidy claim
filed by PlugHome, and later warranty call-outs.

Data 2025-01-01 .. 2026-07-31 (CRM + field-service + app extract taken early August 2026). Times are naive local
times of each city. Money: orders.amount and every *_cny column are CNY (group reporting currency, fixed budget
rates AUD 4.70, NOK 0.67, GBP 9.10); currency and *_local keep the billed currency.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260805), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np

SEED = 20260805
rng = np.random.default_rng(SEED)
D0 = date(2025, 1, 1)
END = date(2026, 7, 31)
NDAYS = (END - D0).days + 1            # 577 days, index 0 .. 576
LAST = NDAYS - 1

# ---------------------------------------------------------------- reference data
TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_quote_page", "官网在线报价页", "Online quote page", "awareness", "web", "digital", "marketing",
     "报价页|在线报价|官网|网页报价|quote page|online quote|website quote|instant quote"),
    ("tp_photo_upload", "上传电箱照片", "Fuse-box photo upload", "consideration", "web", "digital", "marketing",
     "传照片|上传照片|拍电箱|配电箱照片|photo upload|upload photos|fuse box photos|consumer unit photo"),
    ("tp_lead", "安装需求登记", "Install request logged", "awareness", "other", "digital", "sales",
     "报装|需求|新单|线索|装桩需求|预约安装|install request|lead|enquiry|booking request|referral in"),
    ("tp_quote", "报价", "Quote sent", "consideration", "email", "digital", "sales",
     "报价单|报个价|价格|quote|quotation|estimate"),
    ("tp_site_survey", "现场勘测", "Site survey", "consideration", "other", "physical", "survey_team",
     "勘测|勘察|上门看现场|视频勘测|踏勘|site survey|survey|site visit|video survey|home assessment"),
    ("tp_contract", "签约付定金", "Contract and deposit", "purchase", "other", "digital", "sales",
     "签约|签合同|定金|下单|contract|deposit|booking confirmed|signed up"),
    ("tp_pm_permission", "物业/业主许可", "Building permission", "purchase", "other", "physical", "permits",
     "物业同意|物业盖章|物业审批|业委会|车位许可|strata|owners corporation|body corporate|borettslag|freeholder "
     "consent|landlord consent|building permission|property manager approval"),
    ("tp_grid_check", "电网容量核查", "Grid-capacity check", "purchase", "other", "digital", "permits",
     "电力报装|报装电表|电表申请|供电局|扩容|grid check|DNO application|DNO notification|network approval|"
     "capacity check|meter application|fuse upgrade"),
    ("tp_install", "上门安装", "Installation visit", "service", "other", "physical", "install_ops",
     "安装|装桩|施工|上门|安装失败|白跑|install|installation|install visit|fitting|job visit|failed install"),
    ("tp_commissioning", "通电调试交付", "Commissioning and handover", "service", "app", "physical",
     "install_ops", "调试|通电|验收|交付|配网|绑定APP|commissioning|handover|power-up|app pairing|go-live"),
    ("tp_subsidy_submit", "补贴申报", "Subsidy claim filed", "service", "web", "digital", "admin",
     "补贴|申报补贴|补贴材料|grant claim|subsidy claim|OZEV claim|grant paperwork|rebate claim"),
    ("tp_subsidy_decision", "补贴审批结果", "Subsidy decision", "service", "other", "digital", "admin",
     "补贴审批|补贴到账|补贴驳回|grant decision|grant approved|grant rejected|subsidy outcome"),
    ("tp_warranty", "保修报修", "Warranty call-out", "service", "phone", "physical", "aftersales",
     "报修|售后|保修|维修|故障|warranty|call-out|callout|fault|service call|breakdown"),
    ("tp_referral", "老客户推荐", "Customer referral", "loyalty", "app", "digital", "marketing",
     "推荐|转介绍|老带新|refer a friend|referral|recommendation"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("request_to_handover", "报装到交付", "Install request to handover",
     ["tp_lead", "tp_quote", "tp_site_survey", "tp_contract", "tp_install", "tp_commissioning"], 90),
    ("online_quote", "官网在线报价", "Online quote form",
     ["tp_quote_page", "tp_photo_upload", "tp_lead"], 7),
    ("subsidy_claim", "补贴申领", "Subsidy claim",
     ["tp_commissioning", "tp_subsidy_submit", "tp_subsidy_decision"], 120),
]

# city: zh, region, region_zh, currency, CNY per unit, lead rate per day, grid operator
CITIES = {
    "Shenzhen": ("深圳", "china", "中国", "CNY", 1.0, 3.0, "China Southern Grid Shenzhen"),
    "Shanghai": ("上海", "china", "中国", "CNY", 1.0, 3.0, "State Grid Shanghai"),
    "Beijing": ("北京", "china", "中国", "CNY", 1.0, 2.4, "State Grid Beijing"),
    "Melbourne": ("墨尔本", "australia", "澳洲", "AUD", 4.70, 1.7, "CitiPower/Jemena"),
    "Oslo": ("奥斯陆", "europe", "欧洲", "NOK", 0.67, 1.6, "Elvia"),
    "Manchester": ("曼彻斯特", "europe", "欧洲", "GBP", 9.10, 1.8, "Electricity North West"),
}
CHINA = ("Shenzhen", "Shanghai", "Beijing")
CITY_NAMES = list(CITIES)
# lead sources (events.channel on tp_lead), zh
SRC_ZH = {"dealer": "经销商转介", "carmaker_app": "车企APP随车装", "web_quote": "官网报价", "hotline": "客服热线",
          "social": "社交媒体", "referral": "老客户推荐"}
SRC_W = {  # per city, for non-web sources (web quote leads come from the web funnel)
    "Shenzhen": {"dealer": .30, "carmaker_app": .48, "hotline": .08, "social": .09, "referral": .05},
    "Shanghai": {"dealer": .30, "carmaker_app": .45, "hotline": .09, "social": .11, "referral": .05},
    "Beijing": {"dealer": .32, "carmaker_app": .46, "hotline": .10, "social": .07, "referral": .05},
    "Melbourne": {"dealer": .58, "carmaker_app": .10, "hotline": .15, "social": .09, "referral": .08},
    "Oslo": {"dealer": .55, "carmaker_app": .12, "hotline": .13, "social": .08, "referral": .12},
    "Manchester": {"dealer": .56, "carmaker_app": .10, "hotline": .16, "social": .10, "referral": .08},
}
WEB_VISITS = {"Shenzhen": 5.0, "Shanghai": 5.0, "Beijing": 3.5, "Melbourne": 5.5, "Oslo": 4.5, "Manchester": 6.0}
DEALERS = {  # city: [(dealer, zh, brand, weight)]
    "Shenzhen": [("BYD Futian Penghui", "鹏辉比亚迪福田店", "BYD", .40), ("NIO House Nanshan", "蔚来中心南山", "NIO", .25),
                 ("Zeekr Centre Bao'an", "极氪中心宝安", "Zeekr", .20), ("XPeng Longgang", "小鹏汽车龙岗店", "XPeng", .15)],
    "Shanghai": [("Tesla Jing'an Delivery", "特斯拉静安交付中心", "Tesla", .30), ("BYD Pudong Huayu", "华宇比亚迪浦东店", "BYD", .25),
                 ("Li Auto Minhang", "理想汽车闵行店", "Li Auto", .25), ("IM Motors Jiading", "智己嘉定店", "IM", .20)],
    "Beijing": [("Li Auto Wangjing", "理想汽车望京店", "Li Auto", .35), ("BYD Chaoyang Jingcheng", "京诚比亚迪朝阳店", "BYD", .30),
                ("Xiaomi Auto Yizhuang", "小米汽车亦庄店", "Xiaomi", .35)],
    "Melbourne": [("Bayside BYD", "Bayside BYD", "BYD", .35), ("Docklands Tesla", "Docklands Tesla", "Tesla", .25),
                  ("Eastern Hyundai", "Eastern Hyundai", "Hyundai", .20), ("Northside MG", "Northside MG", "MG", .20)],
    "Oslo": [("Økern Bilsenter VW", "Økern Bilsenter VW", "VW", .35), ("Fornebu Volvo", "Fornebu Volvo", "Volvo", .25),
             ("Alnabru Tesla", "Alnabru Tesla", "Tesla", .25), ("Skøyen Polestar", "Skøyen Polestar", "Polestar", .15)],
    "Manchester": [("Trafford Kia", "Trafford Kia", "Kia", .30), ("Salford MG", "Salford MG", "MG", .30),
                   ("Stockport BMW", "Stockport BMW", "BMW", .20), ("Didsbury Tesla", "Didsbury Tesla", "Tesla", .20)],
}
BRANDS = {
    "Shenzhen": (["BYD", "Tesla", "NIO", "XPeng", "Zeekr", "Xiaomi"], [.38, .16, .12, .12, .12, .10]),
    "Shanghai": (["Tesla", "BYD", "Li Auto", "NIO", "IM", "Xiaomi"], [.25, .25, .18, .12, .10, .10]),
    "Beijing": (["Li Auto", "BYD", "Xiaomi", "Tesla", "NIO"], [.30, .25, .22, .13, .10]),
    "Melbourne": (["Tesla", "BYD", "MG", "Hyundai", "Polestar", "Kia"], [.32, .24, .14, .12, .09, .09]),
    "Oslo": (["Tesla", "VW", "Volvo", "Polestar", "BYD", "Skoda"], [.30, .20, .16, .12, .10, .12]),
    "Manchester": (["Tesla", "MG", "Kia", "BMW", "VW", "Nissan"], [.24, .20, .18, .14, .12, .12]),
}
PROPS = {  # city: (types, weights)
    "Shenzhen": (["apartment", "townhouse", "detached"], [.80, .12, .08]),
    "Shanghai": (["apartment", "townhouse", "detached"], [.78, .14, .08]),
    "Beijing": (["apartment", "townhouse", "detached"], [.74, .16, .10]),
    "Melbourne": (["detached", "townhouse", "apartment"], [.58, .24, .18]),
    "Oslo": (["apartment", "terraced", "detached"], [.40, .25, .35]),
    "Manchester": (["semi_detached", "terraced", "detached", "apartment"], [.42, .28, .16, .14]),
}
PROP_ZH = {"apartment": "公寓小区", "townhouse": "联排", "detached": "独栋", "semi_detached": "半独立屋", "terraced": "排屋"}
PERMIT_BODY = {"Shenzhen": "物业公司", "Shanghai": "物业公司", "Beijing": "物业公司", "Melbourne": "owners corporation",
               "Oslo": "borettslag board", "Manchester": "freeholder"}
CREWS = {  # city: [(crew, zh, type, start, end, weight)]
    "Shenzhen": [("SZ Futian", "深圳福田队", "in_house", None, None, .35), ("SZ Nanshan", "深圳南山队", "in_house", None, None, .35),
                 ("SZ Longgang", "深圳龙岗队", "in_house", None, None, .30)],
    "Shanghai": [("SH Pudong", "上海浦东队", "in_house", None, None, .40), ("SH Minhang", "上海闵行队", "in_house", None, None, .35),
                 ("SH Jiading", "上海嘉定队", "in_house", None, None, .25)],
    "Beijing": [("BJ Chaoyang", "北京朝阳队", "in_house", None, None, .40), ("BJ Haidian", "北京海淀队", "in_house", None, None, .35),
                ("BJ Tongzhou", "北京通州队", "in_house", None, None, .25)],
    "Melbourne": [("MEL North", "墨尔本北区队", "in_house", None, None, .50), ("MEL South", "墨尔本南区队", "in_house", None, None, .50),
                  ("VoltPro Electrical", "VoltPro外包队", "subcontractor", date(2025, 9, 1), date(2026, 3, 31), 1.0)],
    "Oslo": [("OSL Vest", "奥斯陆西区队", "in_house", None, None, .5), ("OSL Øst", "奥斯陆东区队", "in_house", None, None, .5)],
    "Manchester": [("MAN City", "曼城市区队", "in_house", None, None, .40), ("MAN Stockport", "曼城斯托克波特队", "in_house", None, None, .30),
                   ("MAN Bolton", "曼城博尔顿队", "in_house", None, None, .30)],
}
FAIL_ZH = {"customer_absent": "客户不在家", "no_access": "车库/车位进不去", "cable_short": "线缆不够长",
           "wrong_charger": "桩型号不对", "grid_not_ready": "电表未通电", "parts_missing": "配件缺失",
           "weather": "天气原因", "spot_blocked": "车位被占"}
FAULT_ZH = {"rcd_trip": "漏保跳闸", "app_offline": "APP离线", "not_charging": "无法充电", "cable_damage": "枪线损坏",
            "display_fault": "指示灯故障"}
RESOLVE = ["remote_fix", "site_visit", "unit_replaced"]
PACKAGES = {  # model: (package, zh, kW)
    "P7": ("home_7kw", "7kW家用桩", 7), "P11": ("three_phase_11kw", "11kW三相桩", 11), "P22": ("three_phase_22kw", "22kW三相桩", 22),
}
PRICE = {  # city: {model: base local}, free cable m, per extra m, upgrade local, OEM fee local
    "Shenzhen": ({"P7": 2999, "P11": 4599}, 30, 45, 800, 1500),
    "Shanghai": ({"P7": 2999, "P11": 4599}, 30, 45, 800, 1500),
    "Beijing": ({"P7": 2999, "P11": 4599}, 30, 45, 800, 1500),
    "Melbourne": ({"P7": 1690, "P11": 2190}, 10, 35, 650, 990),
    "Oslo": ({"P7": 13900, "P11": 15900}, 10, 250, 6500, 9900),
    "Manchester": ({"P7": 949, "P22": 1349}, 10, 22, 450, 650),
}
SCHEMES = {  # city: (scheme, zh, local amount, eligible property types or None = all, decision days)
    "Shenzhen": ("Shenzhen home charger subsidy", "深圳市居民自用充电桩补贴", 600, None, (25, 55)),
    "Oslo": ("Oslo kommune ladestøtte", "奥斯陆市政充电补贴", 5000, ("apartment",), (12, 30)),
    "Manchester": ("OZEV EV chargepoint grant", "英国OZEV充电桩补助", 350, ("apartment", "terraced"), (8, 24)),
}
CNY_CLOSED = [(date(2025, 1, 27), date(2025, 2, 4)), (date(2026, 2, 15), date(2026, 2, 23))]
XMAS_CLOSED = [(date(2024, 12, 24), date(2025, 1, 1)), (date(2025, 12, 24), date(2026, 1, 1))]
SH_FIRE = date(2025, 7, 1)                     # Shanghai underground-garage fire-safety campaign: 物业 refuse more
IOS_BUG = (date(2026, 1, 12), date(2026, 2, 8))  # web quote form rejects HEIC photos from iPhones
OSLO_WRONG = (date(2025, 9, 15), date(2025, 10, 31))  # TN-only P11 batch shipped to IT-grid homes
OSLO_WINTER = (date(2025, 11, 1), date(2026, 2, 28))  # Elvia capacity constraints: fuse upgrades
FIRMWARE = (date(2026, 3, 10), date(2026, 4, 30))  # P7 firmware 3.2: app pairing / offline
OZEV_RULE = (date(2025, 9, 15), date(2025, 12, 10))  # claims filed: new photo-evidence rule not followed
SZ_HUMID = (6, 7, 8, 9)                        # Shenzhen wet season: RCD trips in damp garages
EXPERIMENT = (date(2025, 7, 1), date(2026, 2, 28))
WAVES = {"2025-06": date(2025, 6, 16), "2025-12": date(2025, 12, 8), "2026-06": date(2026, 6, 15)}


def day_date(d: int) -> date:
    return D0 + timedelta(days=int(d))


def didx(x: date) -> int:
    return (x - D0).days


SIM0 = -122                            # the simulation starts 2024-09-01 so that the pipeline is full in January
_OFF = 200
_DAYSTR = [(D0 + timedelta(days=i - _OFF)).isoformat() for i in range(NDAYS + 800)]


def stamp(d: float, hour: float = 0.0) -> str:
    s = int(round(hour * 3600))
    di = int(d) + s // 86400
    s = s % 86400
    return f"{_DAYSTR[di + _OFF]} {s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def pick(options, weights=None):
    if weights is None:
        return options[int(rng.integers(len(options)))]
    w = np.asarray(weights, dtype=float)
    return options[int(np.searchsorted(np.cumsum(w / w.sum()), rng.random(), side="right").clip(0, len(options) - 1))]


def in_range(d: int, pair) -> bool:
    return didx(pair[0]) <= d <= didx(pair[1])


def closed(city: str, d: int) -> bool:
    x = day_date(d)
    spans = CNY_CLOSED if city in CHINA else XMAS_CLOSED
    return any(a <= x <= b for a, b in spans)


def workday(city: str, d: int, sundays=False) -> int:
    """the first day >= d on which crews work (no Sundays unless allowed, no holiday closure)."""
    while closed(city, d) or (not sundays and day_date(d).weekday() == 6):
        d += 1
    return d


# ---------------------------------------------------------------- output rows
events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
_eid = [0]


def ev(cid, d, hour, tp, action, channel=None, device=None, **extra):
    if d > LAST or d < 0:
        return None
    _eid[0] += 1
    row = dict(event_id=f"EV{_eid[0]:07d}", customer_id=cid, ts=stamp(d, hour), touchpoint_id=tp, action=action,
               channel=channel, device=device)
    row.update(extra)
    events.append(row)
    return row


# ---------------------------------------------------------------- feedback texts
# one topic per comment; a topic's markers (README / gold.py) appear only in its own texts
TEXTS = {
    "permission": (["物业一直不给盖章，说地下车库不让装充电桩，车都提了两个月了。", "物业审批拖了快一个月，打电话过去就说在走流程。",
                    "物业说要业委会开会才能同意，这个流程谁受得了。", "物业以消防为由拒绝安装，定金什么时候退？",
                    "你们能不能帮忙跟物业沟通一下，我们自己说不动。"],
                   ["Still waiting on building permission, it's been five weeks since you sent the forms.",
                    "The {body} refused permission, so the whole job is off. Disappointing.",
                    "Getting permission from the {body} took forever, nobody chased it.",
                    "Your team said permission would take a week. It took six.",
                    "Permission from the {body} finally came through, but only after I chased it myself."]),
    "long_wait": (["排期太久了，签约后等了三周才有人上门。", "安装排期一拖再拖，车到了只能去公共桩充。", "能不能把排期提前一点？每天去外面充电很麻烦。"],
                  ["The lead time for an install slot was far too long.", "Three weeks lead time after signing - too slow.",
                   "Lead time keeps slipping, I was promised an install before the car arrived."]),
    "failed_visit": (["约好了时间，来了一看东西不齐，白跑一趟，我还专门请了假。", "第二次白跑了，线不够长又要重新约。",
                      "白跑一趟，说是车库进不去，提前不确认的吗？", "工人到了发现桩型号不对，白跑，浪费我一天。"],
                     ["Wasted trip - the crew turned up without the right parts and left after 20 minutes.",
                      "Second wasted trip. The cable was too short again.",
                      "I took a day off for a wasted trip. Nobody checked the survey notes.",
                      "They brought the wrong unit for our supply. Another wasted trip, another week without charging."]),
    "extra_charge": (["勘测时没说清楚，装的时候线超了又要加钱，一下多了一千多。", "说好的包安装，结果线缆超出部分要加钱。",
                      "加钱的项目太多了，报价和最后结算差太远。"],
                     ["Got an extra charge for cable on the day that nobody mentioned at the survey.",
                      "The extra charge for the longer cable run should have been in the quote.",
                      "Final bill had an extra charge of almost 300 on top of the quote."]),
    "app_connect": (["APP一直连不上桩，调试的人说等固件更新。", "升级以后APP就连不上了，预约充电也用不了。", "桩在APP上老是显示连不上，只能手动插枪充。",
                     "交付那天APP连不上，人走了第二天才远程弄好。"],
                    ["The app keeps showing the charger offline since the update.",
                     "Pairing with the app failed at handover, the technician said it's a known firmware issue.",
                     "Charger goes offline every night, scheduled charging doesn't work.",
                     "App pairing took three days after the install. Not great."]),
    "rcd_trip": (["下雨天车库潮，充着充着就跳闸。", "最近老跳闸，早上起来车没充满。", "漏保总是跳闸，售后来了两次还没解决。"],
                 ["The charger keeps tripping the RCD overnight.", "Tripping every time it rains, we had to reset it three times.",
                  "Charging stops with a tripping breaker most nights."]),
    "grant": (["补贴申请交上去两个月了还没消息。", "补贴被驳回了，说材料照片不合格，你们交之前没检查吗？", "补贴什么时候能到账？",
               "补贴很快就批下来了，材料都是你们帮忙交的，省心。"],
              ["My grant claim was rejected because of a missing photo - your admin team filed it.",
               "Still no news on the grant, it's been two months.",
               "The grant was refused and now I'm being asked to pay the full price.",
               "The grant came through quickly, thanks for handling the paperwork."]),
    "installer": (["安装师傅很专业，走位合理，讲解也清楚。", "师傅很耐心，还教我怎么设置预约充电。", "两个师傅干活利索，两个小时就装好了。"],
                  ["The installer was brilliant, explained everything and cleaned up after.",
                   "Really professional installer, on time and very careful in the garage.",
                   "Our installer was friendly and quick, would recommend."]),
    "dealer": (["4S店说装桩免费，结果到你们这又要收线缆费。", "4S店销售说一周就能装好，实际等了一个多月。", "4S店给的信息和你们说的完全不一样。"],
               ["The dealer told me installation was included, turns out only the first 10 metres are.",
                "The dealer promised an install within a week of handover.",
                "Information from the dealer didn't match what your team said at all."]),
    "grid_wait": (["电表报装等了半个多月，供电局那边一直排队。", "要先等电表装好才能施工，前后耽误了快一个月。", "电表迟迟不通电，安装只能往后推。"],
                  ["The grid company needs a main fuse upgrade first, that's another month.",
                   "Waiting on the grid operator to approve capacity, no date yet.",
                   "Had to upgrade the fuse before the grid company would allow a 11 kW charger."]),
    "video_survey": (["视频勘测的时候没看清楚，安装那天才发现要穿墙。", "视频勘测很方便，十分钟就搞定了，不用请假。"],
                     ["The video survey missed that the garage wall was concrete.",
                      "Video survey was quick and easy, no need to wait at home."]),
    "tidy": (["走线很整齐，用了线槽，很美观。", "走线规范，车库里看着很干净。"],
             ["Very tidy job, cable neatly clipped along the wall.", "Tidy work, you can hardly see the cable run."]),
    "good": (["整体体验不错，从报价到装好很顺。", "服务很好，推荐给朋友了。", "装好以后每天回家插上就行，很方便。"],
             ["Smooth from quote to handover, very happy.", "Good experience overall, charging at home is great.",
              "Everything went to plan, thanks."]),
    "neutral": (["还行，就是流程有点长。", "一般，没什么特别的。", "能用，正常。"],
                ["It's fine, works as expected.", "OK overall, nothing special.", "Average experience."]),
    "bad": (["沟通太差了，每次都要我自己打电话问进度。", "客服回复慢，问进度一问三不知。"],
            ["Communication was poor, I had to chase every step myself.",
             "Customer service never called back when promised."]),
}
SENTIMENT = {"permission": "negative", "long_wait": "negative", "failed_visit": "negative", "extra_charge": "negative",
             "app_connect": "negative", "rcd_trip": "negative", "grant": "negative", "installer": "positive",
             "dealer": "negative", "grid_wait": "negative", "video_survey": "neutral", "tidy": "positive",
             "good": "positive", "neutral": "neutral", "bad": "negative"}
_fid = [0]


def fb(topic, lang, ts, cid, tp, channel, city, rating=None, nps=None, **extra):
    if ts is not None and (ts > f"{END.isoformat()} 23:59:59" or ts < D0.isoformat()):
        return None
    zh, en = TEXTS[topic]
    opts = zh if lang == "zh" else en
    grant_ok = extra.pop("grant_ok", False)
    if topic == "grant":
        text = opts[3] if grant_ok else pick(opts[:3])
    else:
        text = pick(opts)
    text = text.format(body=PERMIT_BODY.get(city, "building manager"))
    _fid[0] += 1
    fid = f"FB{_fid[0]:05d}"
    row = dict(feedback_id=fid, customer_id=cid, ts=ts, touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
               text=text, language=lang, city=city)
    row.update(extra)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment="positive" if grant_ok else SENTIMENT[topic]))
    return row


# ---------------------------------------------------------------- households
class H:
    pass


_cid = [0]


def new_household(city, d):
    _cid[0] += 1
    h = H()
    h.id = f"PH{_cid[0]:06d}"
    h.city = city
    h.day = d
    types, w = PROPS[city]
    h.prop = pick(types, w)
    h.perm_needed = h.prop == "apartment" or (city in CHINA and h.prop == "townhouse")
    h.lang = ("zh" if rng.random() < 0.93 else "en") if city in CHINA else ("zh" if rng.random() < 0.04 else "en")
    h.orig = "no" if (city == "Oslo" and h.lang == "en" and rng.random() < 0.7) else h.lang
    h.it_grid = city == "Oslo" and rng.random() < 0.55            # Norwegian IT (230 V) supply
    h.source = None
    h.dealer = None
    h.brand = pick(*BRANDS[city])
    h.segment = "web_visitor"
    h.signup = None
    h.referred_by = None
    h.history = []                 # experience markers for feedback
    h.commissioned = None
    h.model = None
    return h


HOUSEHOLDS: list[H] = []
COMMISSIONED: dict[str, list[H]] = {c: [] for c in CITY_NAMES}


def lead_hour():
    return float(pick([9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21], [6, 9, 9, 6, 8, 9, 8, 7, 6, 5, 3])) + rng.random()


def growth(d):
    return 0.85 + 0.45 * d / NDAYS


def season_factor(city, d):
    x = day_date(d)
    f = 1.0
    if city in CHINA and any(a - timedelta(days=3) <= x <= b for a, b in CNY_CLOSED):
        f *= 0.25
    if city not in CHINA and x.month == 12 and x.day >= 20 or (city not in CHINA and x.month == 1 and x.day <= 3):
        f *= 0.4
    if x.month in (3, 6, 9, 12) and x.day >= 15:        # quarter-end car deliveries
        f *= 1.3
    if city == "Oslo" and x.month in (3, 4, 5):
        f *= 1.2
    if city == "Melbourne" and x.month in (6, 7):
        f *= 1.15
    return f


def simulate_web(city, d):
    """anonymous visitors to the quote page; those who submit become web_quote requests."""
    n = rng.poisson(WEB_VISITS[city] * growth(d) * season_factor(city, d))
    out = []
    for _ in range(n):
        h = new_household(city, d)
        dev = pick(["ios", "android", "pc"], [.45, .25, .30] if city not in CHINA else [.50, .38, .12])
        sess = f"S{h.id[2:]}"
        hr = lead_hour()
        ev(h.id, d, hr, "tp_quote_page", "view", "web", dev, session_id=sess, city=city, 城市=CITIES[city][0])
        HOUSEHOLDS.append(h)
        if rng.random() > 0.55:
            continue
        hr += 0.05 + rng.random() * 0.15
        bug = dev == "ios" and in_range(d, IOS_BUG)
        ok = False
        for attempt in range(3):
            fail = rng.random() < (0.6 if bug else 0.05)
            ev(h.id, d, hr, "tp_photo_upload", "fail" if fail else "submit", "web", dev, session_id=sess, city=city,
               城市=CITIES[city][0], attempt=attempt + 1, photos=int(rng.integers(2, 6)),
               upload_error=("unsupported_format_heic" if bug else pick(["timeout", "file_too_large"])) if fail else None)
            hr += 0.03 + rng.random() * 0.05
            if not fail:
                ok = True
                break
            if rng.random() > (0.45 if bug else 0.6):
                break
        if not ok or rng.random() > 0.60:
            continue
        hr += 0.05 + rng.random() * 0.2
        h.source = "web_quote"
        h.sess, h.dev, h.lead_hr = sess, dev, hr
        out.append(h)
    return out


def quote_local(h):
    base, free_m, per_m, upg, oem = PRICE[h.city]
    return base[h.model]


def run_household(h, d):
    """one install request from day d: the whole downstream journey."""
    city = h.city
    cz = CITIES[city][0]
    cur, fx = CITIES[city][3], CITIES[city][4]
    common = dict(city=city, 城市=cz)
    lhr = getattr(h, "lead_hr", None) or lead_hour()
    h.signup = stamp(d, lhr)
    h.segment = "lost_lead"
    # charger model
    if city == "Oslo":
        h.model = "P11" if rng.random() < 0.85 else "P7"
    elif city == "Melbourne":
        h.model = "P11" if rng.random() < 0.25 else "P7"
    elif city == "Manchester":
        h.model = "P22" if rng.random() < 0.08 else "P7"
    else:
        h.model = "P11" if h.prop == "detached" and rng.random() < 0.5 else "P7"
    pkg, pkg_zh, kw = PACKAGES[h.model]
    if h.source == "dealer":
        names = DEALERS[city]
        dl = pick(names, [x[3] for x in names])
        h.dealer, h.dealer_zh, h.brand = dl[0], dl[1], dl[2]
    lead_extra = dict(common, 来源渠道=SRC_ZH[h.source], dealer=h.dealer, 经销商=getattr(h, "dealer_zh", None),
                      car_brand=h.brand, property_type=h.prop, 房屋类型=PROP_ZH[h.prop], package=pkg, 套餐=pkg_zh,
                      referred_by=h.referred_by)
    ev(h.id, d, lhr, "tp_lead", "submit", h.source, getattr(h, "dev", None),
       session_id=getattr(h, "sess", None), **lead_extra)
    src = h.source
    # ---- quote
    p_quote = {"carmaker_app": .95, "dealer": .88, "web_quote": .97, "hotline": .78, "social": .62, "referral": .9}[src]
    if rng.random() > p_quote:
        return
    qd = d if src in ("web_quote", "carmaker_app") else d + int(rng.integers(0, 3))
    qh = lhr + 0.1 + rng.random() * 0.3 if qd == d else 9 + rng.random() * 8
    if qd == d and qh >= 24:
        qh = 23.9
    if qd > LAST:
        return
    base_local = quote_local(h)
    oem_paid = src == "carmaker_app" and rng.random() < (0.9 if city in CHINA else 0.6)
    ev(h.id, qd, qh, "tp_quote", "sent", "email" if city not in CHINA else "sms", None, quote_no=f"Q{h.id[2:]}",
       quote_type="auto" if src in ("web_quote", "carmaker_app") else "manual", currency=cur,
       quoted_local=0 if oem_paid else base_local, quoted_cny=0 if oem_paid else round(base_local * fx, 2),
       payer="carmaker" if oem_paid else "customer", charger_model=h.model, **common)
    # ---- experiment: survey mode, assigned at the quote
    xq = day_date(qd)
    arm = None
    if EXPERIMENT[0] <= xq <= EXPERIMENT[1] and rng.random() < 0.8:
        arm = "video_survey" if rng.random() < 0.5 else "onsite_survey"
        experiments.append(dict(experiment_id="survey_mode_2025", variant=arm, customer_id=h.id,
                                assigned_at=stamp(qd, min(qh + 0.02, 23.99)), city=city))
    if arm:
        mode = "video" if arm == "video_survey" else "onsite"
    elif xq < EXPERIMENT[0]:
        mode = "video" if rng.random() < 0.12 else "onsite"
    elif xq > EXPERIMENT[1]:
        mode = "video" if rng.random() < 0.65 else "onsite"
    else:
        mode = "video" if rng.random() < 0.3 else "onsite"
    # ---- survey
    p_survey = {"carmaker_app": .86, "dealer": .80, "web_quote": .62, "hotline": .70, "social": .55, "referral": .82}[src]
    p_survey += 0.06 + (0.08 if mode == "video" else 0.0)
    if rng.random() > p_survey:
        return
    sd = workday(city, qd + (int(rng.integers(1, 4)) if mode == "video" else int(rng.integers(3, 11))), sundays=mode == "video")
    if sd > LAST:
        return
    sh = 9 + rng.random() * 9
    if city in CHINA and h.prop == "apartment":
        cable = int(np.clip(rng.normal(38, 16), 6, 110))
    elif h.prop in ("apartment",):
        cable = int(np.clip(rng.normal(22, 9), 4, 60))
    else:
        cable = int(np.clip(rng.normal(9, 4), 2, 30))
    p_infeasible = 0.12 if h.prop == "apartment" else 0.03
    u = rng.random()
    needs_upgrade = False
    if u < p_infeasible:
        result = "infeasible"
    elif u < p_infeasible + (0.10 if city not in CHINA else 0.06):
        result = "needs_upgrade"
        needs_upgrade = True
    else:
        result = "feasible"
    ev(h.id, sd, sh, "tp_site_survey", result, "video" if mode == "video" else "onsite", None,
       survey_mode=mode, 勘测方式="视频勘测" if mode == "video" else "上门勘测", cable_run_m=cable,
       it_grid="yes" if h.it_grid else ("no" if city == "Oslo" else None),
       infeasible_reason=pick(["no_fixed_spot", "no_power_route", "landlord_refused"], [.5, .3, .2]) if result == "infeasible" else None,
       **common)
    h.history.append(("survey", mode))
    if result == "infeasible":
        h.segment = "lost_lead"
        return
    # ---- contract
    p_con = {"carmaker_app": .90, "dealer": .74, "web_quote": .56, "hotline": .64, "social": .55, "referral": .80}[src]
    p_con += 0.07 if mode == "video" else 0.0
    if rng.random() > p_con:
        return
    cd = sd + int(rng.integers(1, 8))
    if cd > LAST:
        return
    ch = 9 + rng.random() * 12
    base, free_m, per_m, upg_local, oem_fee = PRICE[city]
    extra_m = max(0, cable - free_m)
    # the video survey underestimates the cable run
    actual_cable = cable + (int(rng.integers(3, 15)) if mode == "video" and rng.random() < 0.35 else 0)
    base_local = oem_fee if oem_paid else base[h.model]
    deposit = round(base_local * 0.3, 0) if not oem_paid else 0
    order = dict(order_id=f"JOB{h.id[2:]}", customer_id=h.id, ts=stamp(cd, ch), amount=None, status=None,
                 channel=src, device=None, city=city, 城市=cz, property_type=h.prop, package=pkg, 套餐=pkg_zh,
                 charger_model=h.model, payer="carmaker" if oem_paid else "customer", currency=cur,
                 base_local=base_local, extra_cable_m=0, extra_cable_local=0, upgrade_local=0, amount_local=None,
                 deposit_local=deposit, dealer=h.dealer, installed_at=None, cancel_reason=None)
    orders.append(order)
    ev(h.id, cd, ch, "tp_contract", "signed", "app" if src == "carmaker_app" else ("web" if rng.random() < .6 else "phone"),
       None, contract_no=order["order_id"], package=pkg, 套餐=pkg_zh, charger_model=h.model, currency=cur,
       deposit_local=deposit, payer=order["payer"], **common)
    h.segment = "in_progress"

    def cancel(day, reason):
        order["status"] = "cancelled"
        order["cancel_reason"] = reason
        order["amount"] = 0.0
        order["amount_local"] = 0
        order["cancelled_at"] = stamp(day, 12)
        h.segment = "cancelled"

    ready = cd
    # ---- building permission
    if h.perm_needed:
        req = cd + int(rng.integers(1, 4))
        if city == "Shanghai":
            days = int(rng.integers(20, 41)) if day_date(req) >= SH_FIRE else int(rng.integers(10, 24))
            p_ref = 0.38 if day_date(req) >= SH_FIRE else 0.11
        else:
            lo, hi, p_ref = {"Shenzhen": (4, 11, .08), "Beijing": (8, 19, .10), "Melbourne": (14, 40, .10),
                             "Oslo": (10, 30, .07), "Manchester": (14, 36, .11)}[city]
            days = int(rng.integers(lo, hi))
        refused = rng.random() < p_ref
        pd_ = req + days
        if pd_ > LAST:
            return
        ev(h.id, pd_, 10 + rng.random() * 7, "tp_pm_permission", "refused" if refused else "granted", "other", None,
           permit_body=PERMIT_BODY[city], requested_at=stamp(req, 10), days_to_decision=days,
           refuse_reason=(pick(["fire_safety", "load_limit", "parking_ownership", "no_reason_given"],
                               [.6, .2, .1, .1] if city == "Shanghai" else [.25, .35, .25, .15]) if refused else None),
           **common)
        h.history.append(("perm_days", days))
        if refused:
            h.history.append(("perm_refused", 1))
            cancel(pd_ + 1, "permission_refused")
            if rng.random() < 0.55:
                ch_ = pick(["complaint_ticket", "call_note"])
                fb("permission", h.lang, stamp(pd_ + int(rng.integers(0, 4)), 10 + rng.random() * 8), h.id,
                   "tp_pm_permission", ch_, city, original_language=h.orig)
            return
        if days >= 25 and rng.random() < 0.30:
            fb("permission", h.lang, stamp(pd_ - int(rng.integers(2, 10)), 11 + rng.random() * 8), h.id,
               "tp_pm_permission", pick(["call_note", "complaint_ticket", "email"]), city, original_language=h.orig)
        ready = pd_
    # ---- grid capacity check / meter application
    gstart = ready + int(rng.integers(1, 3))
    lo, hi = {"Shenzhen": (5, 13), "Shanghai": (6, 15), "Beijing": (10, 24), "Melbourne": (3, 10), "Oslo": (5, 14),
              "Manchester": (2, 9)}[city]
    if city not in CHINA and h.prop != "apartment" and rng.random() < 0.5:
        lo, hi = 1, 3          # simple notification, no capacity study
    gdays = int(rng.integers(lo, hi))
    gd = gstart + gdays
    if gd > LAST:
        return
    p_up = 0.07
    if city == "Oslo":
        p_up = 0.40 if in_range(gd, OSLO_WINTER) else 0.11
    elif city == "Manchester":
        p_up = 0.09
    elif city in CHINA:
        p_up = 0.04
    u = rng.random()
    gres = "rejected" if u < 0.015 else ("upgrade_required" if u < 0.015 + p_up else "approved")
    ev(h.id, gd, 9 + rng.random() * 8, "tp_grid_check", gres, "other", None, grid_operator=CITIES[city][6],
       application_type="meter_application" if city in CHINA else ("capacity_check" if lo > 1 else "notification"),
       days_to_grid=gdays + (gstart - ready), kw=kw,
       upgrade_type=(pick(["main_fuse", "service_cable", "transformer_queue"], [.6, .3, .1]) if gres == "upgrade_required" else None),
       **common)
    if gres == "rejected":
        cancel(gd + 1, "grid_rejected")
        return
    upgrade_local = 0
    if gres == "upgrade_required":
        gd += int(rng.integers(15, 40))
        upgrade_local = upg_local
        h.history.append(("grid_upgrade", 1))
        if rng.random() < 0.35:
            fb("grid_wait", h.lang, stamp(gd - int(rng.integers(3, 12)), 10 + rng.random() * 9), h.id, "tp_grid_check",
               pick(["call_note", "email"]), city, original_language=h.orig)
    if needs_upgrade:
        upgrade_local = upgrade_local or upg_local
    # ---- customer walks away while waiting
    if rng.random() < 0.03:
        cancel(gd + int(rng.integers(1, 10)), "customer_withdrew")
        return
    # ---- installation visits
    backlog = {"Shenzhen": (3, 9), "Shanghai": (4, 12), "Beijing": (4, 12), "Melbourne": (5, 15), "Oslo": (4, 13),
               "Manchester": (4, 14)}[city]
    vd = workday(city, gd + int(rng.integers(*backlog)))
    wait_days = vd - cd
    visit = 0
    success_day = None
    fails = []
    while visit < 3:
        visit += 1
        vd = workday(city, vd)
        if vd > LAST:
            return
        crews = [c for c in CREWS[city] if (c[3] is None or day_date(vd) >= c[3]) and (c[4] is None or day_date(vd) <= c[4])]
        if any(c[2] == "subcontractor" for c in crews) and rng.random() < 0.45:
            crew = [c for c in crews if c[2] == "subcontractor"][0]
        else:
            ins = [c for c in crews if c[2] == "in_house"]
            crew = pick(ins, [c[5] for c in ins])
        # failure probability and reason on this visit
        reasons = {"customer_absent": .30, "no_access": .10, "cable_short": .12, "grid_not_ready": .08,
                   "spot_blocked": .08, "weather": .06, "parts_missing": .06}
        pf = 0.05 if visit == 1 else 0.06
        if city in CHINA and h.prop == "apartment":
            pf += 0.015
            reasons["no_access"] += .35
        if city == "Shanghai":
            reasons["grid_not_ready"] += .25
            pf += 0.01
        if city == "Manchester":
            reasons["customer_absent"] += .3
            pf += 0.02
        if mode == "video" and actual_cable > cable and visit == 1:
            pf += 0.12
            reasons["cable_short"] += 1.2
        if crew[2] == "subcontractor":
            pf += 0.32
            reasons["parts_missing"] += 2.2
        if city == "Oslo" and h.it_grid and h.model == "P11" and in_range(vd, OSLO_WRONG) and visit == 1:
            pf += 0.55
            reasons = {"wrong_charger": 5.0, **reasons}
        if city in ("Manchester", "Melbourne", "Oslo") and day_date(vd).month in (11, 12, 1, 2) and city != "Melbourne":
            reasons["weather"] += .15
        failed = rng.random() < min(pf, 0.9)
        rs = pick(list(reasons), list(reasons.values())) if failed else None
        hrs = round(float(np.clip(rng.normal(3.2 if city in CHINA and h.prop == "apartment" else 2.6, 0.7), 1.2, 7.5)), 1)
        start_h = pick([8.5, 10.5, 13.5, 15.5]) + rng.random() * 0.5
        ev(h.id, vd, start_h, "tp_install", "failed" if failed else "success", "onsite", None, visit_no=visit,
           crew=crew[0], 施工队=crew[1], crew_type=crew[2], install_hours=round(hrs * (0.35 if failed else 1), 1),
           cable_m=None if failed else actual_cable, charger_model=h.model, job_no=order["order_id"],
           fail_reason=rs, 失败原因=FAIL_ZH[rs] if rs else None, serial_no=None if failed else f"PH{h.model}-{h.id[2:]}",
           **common)
        if not failed:
            success_day, success_h, success_crew = vd, start_h + hrs, crew
            break
        fails.append(rs)
        h.history.append(("failed_visit", rs))
        if rng.random() < (0.35 if visit == 1 else 0.6):
            fb("failed_visit", h.lang, stamp(vd, start_h + 1 + rng.random() * 5), h.id, "tp_install",
               pick(["complaint_ticket", "call_note"], [.6, .4]), city, original_language=h.orig)
        if visit == 2 and rng.random() < 0.35:
            break
        vd = vd + int(rng.integers(3, 13))
    if success_day is None:
        order["status"] = "refunded"
        order["cancel_reason"] = "install_failed"
        order["amount"] = 0.0
        order["amount_local"] = 0
        h.segment = "cancelled"
        return
    # ---- commissioning
    firmware = "3.2" if day_date(success_day) >= FIRMWARE[0] and h.model == "P7" else ("3.1" if h.model == "P7" else "2.8")
    p_cfail = 0.03
    if h.model == "P7" and in_range(success_day, FIRMWARE):
        p_cfail = 0.26
    cfail = rng.random() < p_cfail
    com_h = min(success_h + 0.2 + rng.random() * 0.6, 21.5)
    ev(h.id, success_day, com_h, "tp_commissioning", "fail" if cfail else "success", "app",
       pick(["ios", "android"], [.5, .5]), firmware=firmware, charger_model=h.model, job_no=order["order_id"],
       commission_fail_reason=pick(["app_pairing", "wifi_weak", "rcd_setting"], [.8, .15, .05]) if cfail and in_range(success_day, FIRMWARE) and h.model == "P7"
       else (pick(["app_pairing", "wifi_weak", "rcd_setting"], [.3, .5, .2]) if cfail else None), **common)
    done_day = success_day
    if cfail:
        h.history.append(("commission_fail", 1))
        done_day = success_day + int(rng.integers(1, 6))
        if done_day > LAST:
            return
        ev(h.id, done_day, 10 + rng.random() * 8, "tp_commissioning", "success", "app", pick(["ios", "android"]),
           firmware=firmware, charger_model=h.model, job_no=order["order_id"], remote=True, **common)
    h.commissioned = done_day
    h.segment = "installed"
    COMMISSIONED[city].append(h)
    # ---- order value
    final_extra_m = max(0, actual_cable - free_m)
    extra_local = final_extra_m * per_m
    if final_extra_m > 0:
        h.history.append(("extra_charge", extra_local))
    amount_local = base_local + extra_local + upgrade_local
    order.update(extra_cable_m=final_extra_m, extra_cable_local=extra_local, upgrade_local=upgrade_local,
                 amount_local=amount_local, amount=round(amount_local * fx, 2), installed_at=stamp(success_day, success_h))
    order["status"] = "paid" if rng.random() > 0.03 or done_day > LAST - 20 else "unpaid"
    if done_day > LAST - 10 and rng.random() < 0.5:
        order["status"] = "unpaid"
    order["wait_days"] = wait_days
    # ---- subsidy claim
    sch = SCHEMES.get(city)
    if sch and (sch[3] is None or h.prop in sch[3]) and not (city == "Shenzhen" and day_date(done_day) < date(2025, 3, 1)):
        sub_d = done_day + int(rng.integers(2, 12))
        ev(h.id, sub_d, 10 + rng.random() * 7, "tp_subsidy_submit", "submitted", "web", None, scheme=sch[0],
           补贴项目=sch[1], claim_no=f"CL{h.id[2:]}", currency=cur, subsidy_local=sch[2],
           subsidy_cny=round(sch[2] * fx, 2), **common)
        dd = sub_d + int(rng.integers(*sch[4]))
        p_rej = 0.05
        rej_reason = pick(["missing_documents", "ineligible_property", "duplicate_claim"], [.6, .3, .1])
        if city == "Manchester" and in_range(sub_d, OZEV_RULE):
            p_rej = 0.42
            rej_reason = "photo_evidence"
        rejected = rng.random() < p_rej
        if city == "Shenzhen" and day_date(sub_d) >= date(2026, 1, 1):
            dd += int(rng.integers(5, 20))        # new year budget approval
        ev(h.id, dd, 9 + rng.random() * 8, "tp_subsidy_decision", "rejected" if rejected else "approved", "other",
           None, scheme=sch[0], 补贴项目=sch[1], claim_no=f"CL{h.id[2:]}", currency=cur,
           subsidy_local=0 if rejected else sch[2], subsidy_cny=0 if rejected else round(sch[2] * fx, 2),
           days_to_decision=dd - sub_d, reject_reason=rej_reason if rejected else None, **common)
        if rejected:
            h.history.append(("grant_rejected", 1))
            if rng.random() < 0.6:
                fb("grant", h.lang, stamp(dd + int(rng.integers(0, 4)), 9 + rng.random() * 10), h.id,
                   "tp_subsidy_decision", pick(["email", "complaint_ticket"]), city, original_language=h.orig)
        elif rng.random() < 0.04:
            fb("grant", h.lang, stamp(dd + int(rng.integers(0, 4)), 9 + rng.random() * 10), h.id,
               "tp_subsidy_decision", "email", city, grant_ok=True, original_language=h.orig)
    # ---- post-install survey
    if rng.random() < 0.38:
        rate_base = 4.5
        topic = pick(["installer", "tidy", "good", "neutral", "video_survey"], [.35, .15, .35, .12, .03])
        if topic == "video_survey" and mode != "video":
            topic = "good"
        hist = dict(h.history)
        if fails:
            rate_base -= 1.8 if len(fails) == 1 else 2.6
            topic = "failed_visit" if rng.random() < .7 else ("video_survey" if mode == "video" and fails[0] == "cable_short" and rng.random() < .5 else "bad")
        elif "commission_fail" in hist:
            rate_base -= 1.6
            topic = "app_connect"
        elif "perm_days" in hist and hist["perm_days"] >= 25:
            rate_base -= 1.0
            topic = "permission" if rng.random() < .6 else "long_wait"
        elif "grid_upgrade" in hist:
            rate_base -= 0.8
            topic = "grid_wait" if rng.random() < .5 else topic
        elif extra_local * fx > 400:
            rate_base -= 0.9
            topic = "dealer" if src == "dealer" and rng.random() < .5 else "extra_charge"
        elif wait_days > 40:
            rate_base -= 0.8
            topic = "long_wait"
        if topic in ("bad",) or SENTIMENT[topic] == "negative":
            rate_base = min(rate_base, 3.2)
        rating = int(np.clip(round(rng.normal(rate_base, 0.7)), 1, 5))
        if SENTIMENT[topic] == "positive":
            rating = max(rating, 4)
        tp = {"failed_visit": "tp_install", "app_connect": "tp_commissioning", "permission": "tp_pm_permission",
              "long_wait": "tp_install", "grid_wait": "tp_grid_check", "extra_charge": "tp_install",
              "dealer": "tp_lead", "video_survey": "tp_site_survey", "installer": "tp_install",
              "tidy": "tp_install"}.get(topic, "tp_commissioning")
        fb(topic, h.lang, stamp(done_day + int(rng.integers(1, 6)), 8 + rng.random() * 14), h.id, tp,
           "post_install_survey", city, rating=rating, original_language=h.orig, job_no=order["order_id"])
    # ---- warranty call-outs, from the day after handover to the extract
    d0 = done_day + 3
    dd = d0
    while dd <= LAST:
        x = day_date(dd)
        hz = 0.0006
        if city == "Shenzhen" and x.month in SZ_HUMID and h.prop in ("apartment", "townhouse"):
            hz += 0.0016
        if h.model == "P7" and in_range(dd, FIRMWARE) and day_date(done_day) < FIRMWARE[1]:
            hz += 0.0024
        step = int(rng.geometric(hz))
        if dd + step > LAST:
            break
        dd += step
        x = day_date(dd)
        w = {"rcd_trip": .25, "app_offline": .20, "not_charging": .25, "cable_damage": .15, "display_fault": .15}
        if city == "Shenzhen" and x.month in SZ_HUMID:
            w["rcd_trip"] += 1.6
        if h.model == "P7" and in_range(dd, FIRMWARE):
            w["app_offline"] += 3.0
        ft = pick(list(w), list(w.values()))
        res = pick(RESOLVE, {"app_offline": [.85, .12, .03], "rcd_trip": [.2, .7, .1]}.get(ft, [.3, .5, .2]))
        ev(h.id, dd, 8 + rng.random() * 12, "tp_warranty", res, "phone" if rng.random() < .6 else "app", None,
           ticket_no=f"T{h.id[2:]}{dd % 1000:03d}", fault_type=ft, 故障类型=FAULT_ZH[ft],
           days_since_install=dd - done_day, response_hours=round(float(rng.gamma(2.0, 10 if res != "remote_fix" else 2)), 1),
           charger_model=h.model, firmware=firmware, in_warranty="yes", **common)
        if rng.random() < 0.45:
            topic = {"rcd_trip": "rcd_trip", "app_offline": "app_connect"}.get(ft, "bad" if rng.random() < .3 else "neutral")
            fb(topic, h.lang, stamp(dd, 9 + rng.random() * 10), h.id, "tp_warranty", "call_note", city,
               original_language=h.orig, ticket_no=f"T{h.id[2:]}{dd % 1000:03d}")
        dd += 1


def nps_of(h):
    hist = dict(h.history)
    s = 8.6
    if "failed_visit" in hist:
        s -= 3.2
    if "commission_fail" in hist:
        s -= 2.5
    if "grant_rejected" in hist:
        s -= 4.0
    if hist.get("perm_days", 0) >= 25:
        s -= 1.5
    if "grid_upgrade" in hist:
        s -= 1.0
    return int(np.clip(round(rng.normal(s, 1.3)), 0, 10))


# ---------------------------------------------------------------- main simulation
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for d in range(SIM0, NDAYS):
        for city in CITY_NAMES:
            todays = simulate_web(city, d)
            n = rng.poisson(1.15 * CITIES[city][5] * growth(d) * season_factor(city, d))
            for _ in range(n):
                h = new_household(city, d)
                srcs = SRC_W[city]
                h.source = pick(list(srcs), list(srcs.values()))
                if h.source == "referral":
                    pool = [x for x in COMMISSIONED[city] if x.commissioned < d]
                    if not pool:
                        h.source = "hotline"
                    else:
                        r = pool[int(rng.integers(len(pool)))]
                        h.referred_by = r.id
                        ev(r.id, d, lead_hour() - 0.5, "tp_referral", "referred", "app", None,
                           referred_customer_id=h.id, city=city, 城市=CITIES[city][0])
                HOUSEHOLDS.append(h)
                todays.append(h)
            for h in todays:
                run_household(h, d)
    # ---- NPS waves (households installed at least 3 weeks before the wave)
    for wave, wd in WAVES.items():
        di = didx(wd)
        for h in HOUSEHOLDS:
            if h.commissioned is None or h.commissioned > di - 21 or rng.random() > 0.22:
                continue
            score = nps_of(h)
            hist = dict(h.history)
            if score <= 6:
                if "grant_rejected" in hist:
                    topic = "grant"
                elif "failed_visit" in hist:
                    topic = "failed_visit"
                elif "commission_fail" in hist:
                    topic = "app_connect"
                elif hist.get("perm_days", 0) >= 25:
                    topic = "permission"
                else:
                    topic = pick(["bad", "long_wait", "extra_charge", "neutral"])
            elif score <= 8:
                topic = pick(["neutral", "good", "long_wait"], [.6, .3, .1])
            else:
                topic = pick(["good", "installer", "tidy"], [.5, .35, .15])
            fb(topic, h.lang, stamp(di + int(rng.integers(0, 10)), 8 + rng.random() * 14), h.id, None, "nps_survey",
               h.city, nps=score, survey_wave=wave, original_language=h.orig)
    # ---- app-store reviews of the PlugHome app (April 2026 firmware spike)
    for d in range(NDAYS):
        lam = 0.5 + (3.5 if in_range(d, FIRMWARE) else 0.0)
        for _ in range(rng.poisson(lam)):
            city = pick(CITY_NAMES, [.24, .22, .16, .13, .12, .13])
            lang = "zh" if city in CHINA and rng.random() < .9 else "en"
            topic = "app_connect" if in_range(d, FIRMWARE) and rng.random() < .8 else pick(["good", "neutral", "app_connect", "bad"], [.45, .25, .15, .15])
            rating = int(np.clip(round(rng.normal(1.6 if SENTIMENT[topic] == "negative" else 4.3, 0.7)), 1, 5))
            fb(topic, lang, stamp(d, rng.random() * 24), None, None, "app_review", city, rating=rating,
               device=pick(["ios", "android"]), app_version="3.2" if day_date(d) >= FIRMWARE[0] else "3.1")
    # ---- dealer partner feedback (dealer staff), quarterly
    for city in CITY_NAMES:
        for dl in DEALERS[city]:
            for k in range(6):
                qd = didx(date(2025 + (k // 4), (k % 4) * 3 + 2, 20)) + int(rng.integers(0, 10))
                lang = "zh" if city in CHINA else "en"
                topic = "long_wait" if city == "Shanghai" and k >= 2 else pick(["good", "long_wait", "neutral", "bad"], [.4, .25, .25, .1])
                fb(topic, lang, stamp(qd, 15 + rng.random() * 3), None, "tp_lead", "dealer_feedback", city,
                   rating=int(rng.integers(2, 5)) if topic != "good" else 5, dealer=dl[0])
    # ---- undated: social posts (scraped without time or customer) and paper cards from dealer handover events
    for _ in range(170):
        city = pick(CITY_NAMES, [.25, .25, .18, .11, .09, .12])
        lang = "zh" if city in CHINA else "en"
        topic = pick(["permission", "failed_visit", "extra_charge", "installer", "good", "app_connect", "dealer",
                      "long_wait", "rcd_trip", "grant"], [.18, .10, .12, .12, .14, .10, .08, .08, .04, .04])
        if topic == "permission" and city not in ("Shanghai", "Shenzhen", "Beijing", "Melbourne"):
            topic = "long_wait"
        fb(topic, lang, None, None, None, "social", city,
           platform=("xiaohongshu" if rng.random() < .7 else "weibo") if lang == "zh" else pick(["reddit", "facebook"]))
    dealer_hh = [h for h in HOUSEHOLDS if h.source == "dealer"]
    for _ in range(90):
        h = dealer_hh[int(rng.integers(len(dealer_hh)))]
        topic = pick(["good", "neutral", "dealer", "long_wait"], [.45, .25, .15, .15])
        fb(topic, h.lang, None, h.id, "tp_lead", "dealer_event_card", h.city,
           rating=int(np.clip(round(rng.normal(4.2 if SENTIMENT[topic] != "negative" else 2.5, .6)), 1, 5)),
           dealer=h.dealer, original_language=h.orig)
    write_all(out)


def write_csv(path: Path, rows: list[dict], first: list[str]) -> None:
    cols = list(first)
    seen = set(cols)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else (("true" if r[c] else "false") if isinstance(r.get(c), bool)
                        else r[c]) for c in cols])


def write_all(out: Path) -> None:
    tp_rows = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(out / "touchpoints.csv", tp_rows, list(tp_rows[0]))
    j_rows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            j_rows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                               touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", j_rows, list(j_rows[0]))
    seen = {r["customer_id"] for r in events} | {r["customer_id"] for r in feedback if r["customer_id"]}
    for h in HOUSEHOLDS:
        if h.id not in seen:
            continue
        customers.append(dict(
            customer_id=h.id, signup_at=h.signup, segment=h.segment, region=CITIES[h.city][1],
            acquisition_channel=h.source or "web_visit", tier="oem_program" if h.source == "carmaker_app" else "retail",
            city=h.city, 城市=CITIES[h.city][0], 区域=CITIES[h.city][2],
            获客渠道=SRC_ZH.get(h.source, "官网访客"), property_type=h.prop, 房屋类型=PROP_ZH[h.prop],
            car_brand=h.brand, dealer=h.dealer, 经销商=getattr(h, "dealer_zh", None), charger_model=h.model,
            preferred_language=h.orig if h.orig == "no" else h.lang,
            needs_building_permission="yes" if h.perm_needed else "no",
            referred_by=h.referred_by, installed_at=stamp(h.commissioned, 12) if h.commissioned is not None else None))
    write_csv(out / "customers.csv", customers, ["customer_id", "signup_at", "segment", "region",
                                                 "acquisition_channel", "tier"])
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    # the app re-sends some commissioning events (same event_id): loaded once
    dup = [r for r in events if r["touchpoint_id"] == "tp_commissioning" and r["ts"].startswith("2026-05")][:30]
    rows = events + [dict(r) for r in dup]
    rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    write_csv(out / "events.csv", rows, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel",
                                         "device", "session_id"])
    orders[:] = sorted((o for o in orders if o["ts"] >= D0.isoformat()), key=lambda r: r["ts"])
    for o in orders:
        if o["status"] is None:          # not yet installed at the extract: deposit taken, job open
            o["status"] = "open"
            o["amount"] = round(o["deposit_local"] * CITIES[o["city"]][4], 2)
            o["amount_local"] = o["deposit_local"]
    write_csv(out / "orders.csv", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"])
    for r in feedback:
        r.setdefault("original_language", r["language"])
    order_fb = sorted(feedback, key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    write_csv(out / "feedback.csv", order_fb, ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel",
                                               "rating", "nps", "text"])
    write_csv(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
