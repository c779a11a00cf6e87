"""驭风 WindRider Moto Group: a motorcycle and e-scooter dealership group with one showroom + workshop in each of
Sydney, Auckland, Vancouver, Birmingham (UK), 重庆 Chongqing, 成都 Chengdu, 杭州 Hangzhou and 西安 Xi'an
(synthetic, written blind).

Riders find a bike in the online configurator (在线配置器: website, app, WeChat mini-program) or answer a social ad
lead form (社交广告线索: Facebook, Instagram, TikTok, 抖音, 小红书, 微信朋友圈), book a test ride (试驾预约) or walk in,
ride it (试驾: completed / no_show / cancelled_weather / licence_refused), get a quote with a trade-in valuation
(报价与置换评估), apply for finance (分期申请: approved / conditional / declined), sign the purchase contract (购车签约:
completed / cancelled), register the vehicle (上牌), take it home (交车), come back for the first service (首次保养) and
periodic services and repairs (定期保养维修), make warranty claims (保修索赔), buy accessories and riding gear
(配件装备购买), and later trade up or sell their bike to the dealer (置换升级与回收).

Data 2025-01-01 .. 2026-05-31 (DMS + CRM extract taken early June 2026). Times are naive local times of each city.
Money (orders.amount) is CNY, the group's reporting currency; currency + amount_local keep what was charged.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic, sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260605), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260605
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
SCORECARD = (datetime(2025, 10, 1), datetime(2025, 11, 4))   # WindRider Finance's new scorecard, rolled back
N_CONFIG, N_ADS, N_WALKIN, N_OWNERS = 9900, 9900, 3000, 2500
LEAD_START = date(2024, 10, 1)   # leads from Q4 2024 are in the CRM; their 2024 events are before the extract

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_lead", "社交广告线索", "Social ad lead", "awareness", "ads", "digital", "marketing",
     "广告线索|留资|抖音线索|小红书留资|朋友圈广告|lead form|ad lead|Facebook lead|TikTok lead|social lead"),
    ("tp_configurator", "在线配置器", "Online configurator", "awareness", "web", "digital", "ecommerce",
     "配车|选配|在线选车|装车器|build your bike|build and price|configurator|bike builder"),
    ("tp_testride_booking", "试驾预约", "Test ride booking", "consideration", "web", "digital", "sales",
     "约试驾|预约试驾|试驾报名|book a test ride|demo ride booking|test ride request"),
    ("tp_testride", "试驾", "Test ride", "consideration", "store", "physical", "sales",
     "试骑|试乘试驾|上车试骑|demo ride|test ride|test drive"),
    ("tp_quote", "报价与置换评估", "Quote & trade-in valuation", "consideration", "store", "physical", "sales",
     "报价|出价|估车|置换估价|旧车评估|quote|price quote|trade-in appraisal|trade-in valuation"),
    ("tp_finance_app", "分期申请", "Finance application", "purchase", "store", "digital", "finance",
     "贷款|分期|按揭|金融方案|征信审批|finance|loan application|credit application|credit check"),
    ("tp_purchase", "购车签约", "Purchase contract", "purchase", "store", "physical", "sales",
     "成交|签合同|下定|买车|订车|sale|deal|purchase|order|signed contract"),
    ("tp_registration", "上牌", "Registration", "purchase", "other", "physical", "admin",
     "挂牌|办牌照|车管所|行驶证|rego|plates|registration|number plate"),
    ("tp_handover", "交车", "Handover", "purchase", "store", "physical", "sales",
     "提车|新车交付|交付|delivery|collection of the new bike|handover|pick-up"),
    ("tp_first_service", "首次保养", "First service", "service", "store", "physical", "service",
     "首保|磨合保养|1000公里保养|first service|running-in service|1,000 km service"),
    ("tp_service", "定期保养维修", "Periodic service & repair", "service", "store", "physical", "service",
     "保养|维修|修车|换机油|换胎|车间|workshop|service|maintenance|repair|tyres"),
    ("tp_warranty", "保修索赔", "Warranty claim", "service", "store", "physical", "service",
     "三包|保修|质保|索赔|warranty|warranty claim|claim"),
    ("tp_accessories", "配件装备购买", "Accessories & gear", "loyalty", "store", "physical", "parts_accessories",
     "头盔|骑行服|装备|尾箱|改装件|精品|gear|helmet|accessories|apparel|riding gear"),
    ("tp_upgrade", "置换升级与回收", "Upgrade & resale", "loyalty", "store", "physical", "sales",
     "换车|升级|卖车|二手回收|收车|trade up|upgrade|sell my bike|resale|buy-back"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("ad_to_testride", "广告线索到试驾", "Ad lead to test ride",
     ["tp_ad_lead", "tp_testride_booking", "tp_testride"], 14),
    ("configurator_to_purchase", "配置器到成交", "Configurator to purchase",
     ["tp_configurator", "tp_testride_booking", "tp_testride", "tp_quote", "tp_purchase"], 60),
    ("finance_purchase", "分期购车", "Financed purchase", ["tp_quote", "tp_finance_app", "tp_purchase"], 30),
    ("purchase_to_first_service", "成交到首保", "Purchase to first service",
     ["tp_purchase", "tp_handover", "tp_first_service"], 120),
]

# city: zh, region, country, currency, CNY per unit, weight, English-speaking, code, dealer, hemisphere
CITIES = {
    "Sydney": ("悉尼", "Australia", "Australia", "AUD", 4.70, 0.17, True, "SYD", "WindRider Sydney (Auburn)", "south"),
    "Auckland": ("奥克兰", "New Zealand", "New Zealand", "NZD", 4.30, 0.09, True, "AKL",
                 "WindRider Auckland (Penrose)", "south"),
    "Vancouver": ("温哥华", "Canada", "Canada", "CAD", 5.20, 0.10, True, "YVR", "WindRider Vancouver (Burnaby)",
                  "north"),
    "Birmingham": ("伯明翰", "UK", "UK", "GBP", 9.10, 0.12, True, "BHX", "WindRider Birmingham (Digbeth)", "north"),
    "Chongqing": ("重庆", "Southwest China", "China", "CNY", 1.0, 0.17, False, "CKG", "驭风重庆渝北店", "north"),
    "Chengdu": ("成都", "Southwest China", "China", "CNY", 1.0, 0.13, False, "CTU", "驭风成都武侯店", "north"),
    "Hangzhou": ("杭州", "East China", "China", "CNY", 1.0, 0.13, False, "HGH", "驭风杭州萧山店", "north"),
    "Xi'an": ("西安", "Northwest China", "China", "CNY", 1.0, 0.10, False, "XIY", "驭风西安曲江店", "north"),
}
CITY_NAMES = list(CITIES)
CITY_P = np.array([CITIES[c][5] for c in CITY_NAMES])
CITY_P = CITY_P / CITY_P.sum()
EN_CITIES = [c for c in CITY_NAMES if CITIES[c][6]]
CN_CITIES = [c for c in CITY_NAMES if not CITIES[c][6]]
REGION_ZH = {"Australia": "澳大利亚", "New Zealand": "新西兰", "Canada": "加拿大", "UK": "英国",
             "Southwest China": "西南", "East China": "华东", "Northwest China": "西北"}

# model: brand, vehicle_type, category, CN price CNY, overseas price CNY, weight CN, weight EN, big bike (A2+)
MODELS = {
    "Honda CB500F": ("Honda", "motorcycle", "naked", 52800, 47000, 0.05, 0.09, True),
    "Yamaha MT-07": ("Yamaha", "motorcycle", "naked", 66800, 60500, 0.03, 0.10, True),
    "Kawasaki Ninja 650": ("Kawasaki", "motorcycle", "sport", 69800, 62000, 0.03, 0.07, True),
    "CFMOTO 450SR": ("CFMOTO", "motorcycle", "sport", 32980, 38500, 0.08, 0.06, True),
    "CFMOTO 800MT": ("CFMOTO", "motorcycle", "adventure", 62800, 76000, 0.03, 0.06, True),
    "QJMOTOR SRK 600": ("QJMOTOR", "motorcycle", "naked", 36800, 42000, 0.05, 0.03, True),
    "Royal Enfield Classic 350": ("Royal Enfield", "motorcycle", "cruiser", 29800, 31500, 0.03, 0.08, False),
    "Honda PCX160": ("Honda", "motorcycle", "scooter", 21800, 23500, 0.06, 0.11, False),
    "Yamaha NMAX 155": ("Yamaha", "motorcycle", "scooter", 19800, 22000, 0.05, 0.08, False),
    "NIU NQi GTS": ("NIU", "e_scooter", "e_moped", 8599, 21000, 0.17, 0.08, False),
    "Yadea G5": ("Yadea", "e_scooter", "e_moped", 5999, 16500, 0.18, 0.04, False),
    "NIU MQi GT": ("NIU", "e_scooter", "e_moped", 6499, 15500, 0.11, 0.05, False),
    "Segway E300SE": ("Segway", "e_scooter", "e_maxi", 15999, 33000, 0.07, 0.06, False),
    "Super Soco TC Max": ("Super Soco", "e_scooter", "e_motorcycle", 13999, 25500, 0.06, 0.09, False),
}
MODEL_NAMES = list(MODELS)
P_CN = np.array([MODELS[m][5] for m in MODEL_NAMES])
P_CN /= P_CN.sum()
P_EN = np.array([MODELS[m][6] for m in MODEL_NAMES])
P_EN /= P_EN.sum()
VTYPE_ZH = {"motorcycle": "摩托车", "e_scooter": "电动车"}
CATEGORY_ZH = {"naked": "街车", "sport": "跑车", "adventure": "探险", "cruiser": "巡航", "scooter": "踏板",
               "e_moped": "电动踏板", "e_maxi": "电动大踏板", "e_motorcycle": "电摩"}
COLOURS = ["matte black", "pearl white", "racing red", "nardo grey", "midnight blue", "lime green"]

AD_PLATFORMS_EN = (["facebook", "instagram", "tiktok"], [0.42, 0.33, 0.25])
AD_PLATFORMS_CN = (["douyin", "xiaohongshu", "wechat_moments"], [0.45, 0.30, 0.25])
# p(test ride booked within 14 days of the lead), p(no-show at the ride)
AD_P = {"facebook": (0.34, 0.15), "instagram": (0.30, 0.17), "tiktok": (0.17, 0.27), "douyin": (0.075, 0.33),
        "xiaohongshu": (0.31, 0.16), "wechat_moments": (0.27, 0.14)}
CAMPAIGNS = {"south": ["spring_ride_days", "summer_commuter", "learner_approved", "eofy_clearance"],
             "north": ["spring_launch", "summer_commuter", "learner_approved", "winter_clearance"],
             "cn": ["春季试驾节", "通勤电摩季", "新国标以旧换新", "双十一购车节", "国庆试骑周"]}
ACQ_ZH = {"configurator_web": "官网配置器", "configurator_app": "App配置器", "mini_program": "小程序配置器",
          "facebook": "Facebook广告", "instagram": "Instagram广告", "tiktok": "TikTok广告", "douyin": "抖音广告",
          "xiaohongshu": "小红书", "wechat_moments": "朋友圈广告", "walk_in": "到店自然客流", "phone": "电话咨询",
          "referral": "老客转介绍", "motor_show": "车展"}
LENDERS = {"WindRider Finance": "驭风金融", "Harbour Credit": "港湾信贷", "锦程消费金融": "锦程消费金融"}
DECLINE = {"insufficient_income": "收入不足", "credit_history": "征信记录不良", "incomplete_documents": "资料不全",
           "score_below_cutoff": "评分未达标", "residency_status": "居留身份不符"}
PDI = {"none": "无", "scratch": "漆面划痕", "missing_accessory": "随车配件缺失", "battery_not_charged": "电瓶没电",
       "paperwork_error": "手续有误"}
SERVICE_TYPE = {"periodic": "定期保养", "repair": "故障维修", "tyres": "换胎", "recall": "召回"}
COMPONENT = {"battery": "电池", "charger": "充电器", "controller": "控制器", "hub_motor": "轮毂电机",
             "electrics": "电气线路", "fuel_system": "供油系统", "suspension": "避震", "brakes": "刹车",
             "paint_finish": "漆面", "engine": "发动机"}
ITEMS = {  # category: zh, price range CNY (CN), overseas factor, weight moto, weight e-scooter
    "helmet": ("头盔", (399, 2800), 1.6, 0.30, 0.26), "jacket": ("骑行服", (599, 3200), 1.5, 0.14, 0.05),
    "gloves": ("手套", (129, 699), 1.6, 0.12, 0.06), "boots": ("骑行靴", (699, 2600), 1.4, 0.06, 0.01),
    "top_box": ("尾箱", (299, 1800), 1.5, 0.08, 0.18), "phone_mount": ("手机支架", (79, 399), 1.6, 0.08, 0.10),
    "lock": ("车锁", (99, 599), 1.5, 0.06, 0.12), "cover": ("车罩", (89, 399), 1.6, 0.05, 0.06),
    "exhaust": ("排气改装", (2200, 7800), 1.3, 0.06, 0.0), "rain_gear": ("雨衣", (69, 399), 1.7, 0.05, 0.16),
}
ITEM_NAMES = list(ITEMS)
ADVISORS_EN = ["Liam Carter", "Olivia Brown", "Noah Singh", "Mia Thompson", "Ethan Walker", "Ava Nguyen",
               "Lucas Martin", "Zoe Patel"]
ADVISORS_ZH = ["王浩", "李婷", "张强", "刘畅", "陈晨", "杨洋", "赵磊", "周敏"]
TECHS_EN = ["Dan Reid", "Sam Cole", "Josh Ward", "Ben Fox"]
TECHS_ZH = ["师傅老何", "师傅小郑", "师傅老马", "师傅小吴"]

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
_n = {"E": 0, "O": 0, "F": 0, "C": 0, "Q": 0, "S": 0, "W": 0, "V": 0, "L": 0}


def nid(kind, width):
    _n[kind] += 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    u = rng.random() * float(sum(p))
    acc = 0.0
    for item, w in zip(items, p):
        acc += w
        if u < acc:
            return item
    return items[-1]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at(day, lo_h, hi_h):
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(minutes=int(rng.integers(int(lo_h * 60), int(hi_h * 60))))


def shop_time(t):
    """a showroom / workshop time on that day (9:00-18:00, weekends busy)"""
    return at(t.date(), 9, 18)


def online_time(day):
    h = pick([8, 10, 12, 14, 17, 19, 20, 21, 22, 23], [0.05, 0.07, 0.12, 0.07, 0.09, 0.14, 0.16, 0.15, 0.1, 0.05])
    return datetime(day.year, day.month, day.day, h) + D(minutes=int(rng.integers(0, 60)),
                                                         seconds=int(rng.integers(0, 60)))


def in_data(ts):
    return START <= ts <= END


def en(c):
    return CITIES[c["city"]][6]


def ev(c, ts, tp, action, **kw):
    if not in_data(ts):
        return None
    row = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, action=action,
               city=c["city"], 城市=CITIES[c["city"]][0], dealer=CITIES[c["city"]][8], **kw)
    events.append(row)
    return row


def money(c, cny):
    """(CNY amount, local amount) for a price given in CNY"""
    rate = CITIES[c["city"]][4]
    local = round(cny / rate, 2)
    return round(local * rate, 2), local


def local_price(c, model):
    m = MODELS[model]
    if en(c):
        local = round(m[4] / CITIES[c["city"]][4] / 10) * 10 - 1     # e.g. AUD 9,999
        return local * CITIES[c["city"]][4], float(local)
    return float(m[3]), float(m[3])


def order(c, ts, kind, kind_zh, cny, status="paid", channel="store", **kw):
    if not in_data(ts):
        return None
    amt, local = money(c, cny)
    row = dict(order_id=nid("O", 7), customer_id=c["customer_id"], ts=tfmt(ts), amount=amt, status=status,
               channel=channel, order_type=kind, 订单类型=kind_zh, city=c["city"], 城市=CITIES[c["city"]][0],
               currency=CITIES[c["city"]][3], amount_local=local, **kw)
    orders.append(row)
    return row


def advisor(c):
    return pick(ADVISORS_EN if en(c) else ADVISORS_ZH)


def month_weight(d: date, city: str, vtype: str = "") -> float:
    """lead / showroom traffic by month: riding season by hemisphere, Chinese New Year and rainy season dips"""
    m = d.month
    if CITIES[city][9] == "south":
        w = [1.0, 0.9, 0.85, 0.75, 0.6, 0.5, 0.5, 0.6, 0.9, 1.2, 1.35, 1.2][m - 1]
    elif CITIES[city][6]:
        w = [0.45, 0.55, 0.9, 1.3, 1.4, 1.35, 1.2, 1.05, 0.9, 0.7, 0.5, 0.4][m - 1]
    else:
        w = [0.7, 0.55, 1.0, 1.25, 1.2, 1.05, 0.95, 0.95, 1.15, 1.2, 1.0, 0.75][m - 1]
        if (date(2025, 1, 22) <= d <= date(2025, 2, 8)) or (date(2026, 2, 10) <= d <= date(2026, 2, 26)):
            w *= 0.3
    return w * (1.0 + 0.12 * (d - date(2025, 1, 1)).days / 365)


ALL_DAYS = [date(2025, 1, 1) + D(days=i) for i in range((END.date() - date(2025, 1, 1)).days + 1)]
LEAD_DAYS = [LEAD_START + D(days=i) for i in range((END.date() - LEAD_START).days + 1)]
_DAY_P = {}


def rand_lead_day(city):
    if city not in _DAY_P:
        w = np.array([month_weight(d, city) for d in LEAD_DAYS])
        _DAY_P[city] = w / w.sum()
    return LEAD_DAYS[rng.choice(len(LEAD_DAYS), p=_DAY_P[city])]


def weather_p(city, d):
    m = d.month
    if city in ("Chongqing", "Chengdu") and m in (6, 7):
        return 0.16
    if city == "Vancouver" and m in (11, 12, 1, 2):
        return 0.15
    if city == "Birmingham" and m in (11, 12, 1, 2):
        return 0.09
    if city == "Auckland" and m in (6, 7, 8):
        return 0.09
    if city == "Hangzhou" and m == 6:
        return 0.08
    return 0.025


# ---------------------------------------------------------------- feedback texts
# topic -> language -> list of (template, sentiment). Markers (unique to their topic): README.md.
TEXTS = {
    "parts_wait": {
        "zh": [("保修的车等配件等了{d}天还没修好，上下班只能打车", "negative"),
               ("说电池要从厂家调货，等配件等了快一个月，也没人主动告诉进度", "negative"),
               ("车放在店里等配件，问了三次都说再等等", "negative"),
               ("索赔批得挺快，但是等配件太久了", "negative"),
               ("等配件期间能不能给个代步车？", "neutral")],
        "en": [("Been waiting for parts for {d} days on my warranty job and nobody gives me an update", "negative"),
               ("Bike has sat in the workshop waiting for parts for weeks", "negative"),
               ("The claim went through quickly, then waiting for parts took forever", "negative"),
               ("Still waiting for parts from the factory, no courtesy bike offered", "negative"),
               ("Understand you're waiting for parts but a weekly update would help", "neutral")],
    },
    "finance_declined": {
        "zh": [("贷款被拒了，也没说清楚原因，白跑一趟", "negative"),
               ("征信一直没问题，这次贷款被拒，销售之前还说肯定能批", "negative"),
               ("贷款被拒以后只能全款，只好先不买了", "negative"),
               ("首付都准备好了，结果贷款被拒，体验很差", "negative")],
        "en": [("Finance declined with no real explanation, wasted a Saturday", "negative"),
               ("My credit is fine but I got finance declined, the salesman said it was a formality", "negative"),
               ("Finance declined two days after I'd agreed the deal, really disappointing", "negative"),
               ("Had the deposit ready and then finance declined. Bought elsewhere with a bank loan", "negative")],
    },
    "pushy_sales": {
        "zh": [("试完车销售太推了，一直催我当天交定金", "negative"),
               ("销售太推了，我说再考虑一下就各种施压", "negative"),
               ("车不错，就是销售太推，一直让我加装精品", "negative")],
        "en": [("The salesperson was really pushy straight after the test ride", "negative"),
               ("Too pushy on paint protection and extended warranty", "negative"),
               ("Nice bikes but the sales guy was pushy about a deposit the same day", "negative")],
    },
    "trade_in_low": {
        "zh": [("置换估价比二手平台低了快三千，感觉被压价", "negative"),
               ("旧车置换估价太低了，最后自己挂闲鱼卖了", "negative"),
               ("置换估价还算公道，手续也省心", "positive")],
        "en": [("The trade-in offer for my old bike was way below market value", "negative"),
               ("Trade-in offer was insulting, sold it privately instead", "negative"),
               ("Fair trade-in offer and they handled the payout on the old loan", "positive")],
    },
    "registration_slow": {
        "zh": [("上牌太慢了，车到店两个多星期才拿到牌照", "negative"),
               ("上牌太慢，车管所一直约不上号，车只能停在店里", "negative"),
               ("交了钱等上牌太慢，早知道自己去办", "negative")],
        "en": [("Registration took almost three weeks, couldn't ride my new bike", "negative"),
               ("The registration took far longer than the dealer promised", "negative")],
    },
    "handover_scratch": {
        "zh": [("交车的时候发现油箱上有一道划痕", "negative"),
               ("新车有划痕，交车前明显没检查好", "negative"),
               ("前挡泥板有划痕，后来给换了新的，处理还行", "neutral")],
        "en": [("Found a scratch on the tank at handover", "negative"),
               ("There was a scratch on the fairing when I picked it up, not what you expect on a new bike", "negative"),
               ("Small scratch on the mudguard at pickup, they ordered a new part without fuss", "neutral")],
    },
    "battery_range": {
        "zh": [("续航跟宣传的差太多，冬天只能跑一半", "negative"),
               ("电池续航掉得很快，才一年就少了三分之一", "negative"),
               ("续航够我通勤用，满意", "positive")],
        "en": [("Battery range is nowhere near what was advertised", "negative"),
               ("The battery range dropped a lot once winter came", "negative"),
               ("Battery range is plenty for my commute, happy", "positive")],
    },
    "service_cost": {
        "zh": [("保养太贵了，换个机油机滤就六七百", "negative"),
               ("小保养太贵，比外面的店贵一倍", "negative"),
               ("保养太贵，工时费报价前也没说清楚", "negative")],
        "en": [("The service bill was much higher than the quote", "negative"),
               ("Service bill keeps creeping up every visit", "negative"),
               ("Labour on the service bill was double what my mate pays at an independent", "negative")],
    },
    "advisor_praise": {
        "zh": [("服务顾问很专业，每一项都解释得很清楚", "positive"),
               ("服务顾问提前打电话提醒保养，很贴心", "positive"),
               ("服务顾问帮我争取了免费换刹车片，点赞", "positive")],
        "en": [("My service advisor explained everything clearly", "positive"),
               ("Great service advisor, bike ready on time and washed", "positive"),
               ("The service advisor rang me before doing any extra work, much appreciated", "positive")],
    },
    "test_ride_praise": {
        "zh": [("试驾体验很好，路线安排得不错，还有教练陪骑", "positive"),
               ("试驾体验超出预期，车况很新，讲解也到位", "positive"),
               ("试驾体验不错，就是时间有点短", "neutral")],
        "en": [("Great test ride experience, the route was well chosen", "positive"),
               ("Loved the test ride experience, staff were relaxed and helpful", "positive"),
               ("Good test ride experience, just a bit short", "neutral")],
    },
    "too_many_calls": {
        "zh": [("只是在广告上留了个电话，结果电话太多了，一天三个", "negative"),
               ("留资以后电话太多，很烦，已经说了暂时不买", "negative")],
        "en": [("Filled in one ad form and got too many calls afterwards", "negative"),
               ("Too many calls from the dealership after I clicked an ad", "negative")],
    },
    "helmet_fit": {
        "zh": [("买的头盔尺码不对，换货要等两周", "negative"),
               ("头盔尺码偏小，店员也没帮我试戴", "negative")],
        "en": [("Helmet size was wrong and the exchange took two weeks", "negative"),
               ("The helmet size range in store is tiny, nothing fitted", "negative")],
    },
    "claim_rejected": {
        "zh": [("保修申请被拒赔，说是人为损坏，不认可", "negative"),
               ("电池进水被拒赔，明明是正常骑行", "negative")],
        "en": [("My warranty claim was rejected as misuse, which is unfair", "negative"),
               ("Claim was rejected because I used a third-party charger", "negative")],
    },
    "booking_system": {
        "zh": [("小程序预约试驾一直提示失败，预约系统太难用了", "negative"),
               ("预约系统选不了周末的时间段", "negative")],
        "en": [("The online booking system kept timing out", "negative"),
               ("Booking system wouldn't let me pick a weekend slot", "negative")],
    },
    "generic_pos": {
        "zh": [("整体满意，会推荐给朋友", "positive"), ("车很好骑，店里环境也不错", "positive"),
               ("店员热情，手续办得很快", "positive"), ("第二台车还是在这家买的，放心", "positive"),
               ("价格透明，没有乱收费", "positive"), ("骑友活动办得很好", "positive")],
        "en": [("Overall really happy with the dealership", "positive"), ("Bike is brilliant, loving it so far", "positive"),
               ("Friendly team and the paperwork was quick", "positive"),
               ("Second bike from these guys, wouldn't go anywhere else", "positive"),
               ("Transparent pricing, no surprises", "positive"), ("The group rides they organise are great", "positive")],
    },
    "generic_neu": {
        "zh": [("还行吧，一般", "neutral"), ("没有特别的意见", "neutral"), ("周末人太多，要排队", "neutral"),
               ("价格中规中矩", "neutral"), ("希望能多办一些新手培训", "neutral")],
        "en": [("It's fine, nothing special", "neutral"), ("No strong views either way", "neutral"),
               ("Busy on Saturdays, expect to wait", "neutral"), ("Average experience", "neutral"),
               ("Would be good to have more beginner courses", "neutral")],
    },
    "generic_neg": {
        "zh": [("客服电话很难打通", "negative"), ("沟通效率太低，一件事要说好几遍", "negative"),
               ("承诺的回电一直没有", "negative"), ("店里停车太难了", "negative")],
        "en": [("Hard to get through on the phone", "negative"), ("Had to explain the same thing three times", "negative"),
               ("Promised call-backs never happen", "negative"), ("Parking at the dealership is a nightmare", "negative")],
    },
}
RATING_BY_SENT = {"negative": ([1, 2, 3], [0.5, 0.38, 0.12]), "neutral": ([3, 4], [0.6, 0.4]),
                  "positive": ([4, 5], [0.3, 0.7])}
NPS_BY_SENT = {"negative": (list(range(0, 8)), [0.1, 0.08, 0.12, 0.14, 0.16, 0.16, 0.14, 0.1]),
               "neutral": ([6, 7, 8, 9], [0.2, 0.35, 0.3, 0.15]),
               "positive": ([8, 9, 10], [0.2, 0.35, 0.45])}
RATED = {"test_ride_survey", "service_csat", "warranty_survey", "google_review", "dianping_review", "comment_card"}


def say(topic, lang):
    tpl, sent = pick(TEXTS[topic][lang])
    return tpl.format(d=int(rng.integers(12, 40))), sent


def fb(c, ts, topic, channel, tp=None, nps=None, lang=None, **kw):
    """one comment; ts None = undated; c None = anonymous."""
    if ts is not None and not in_data(ts):
        return None
    if lang is None:
        lang = c["preferred_language"] if c is not None else pick(["zh", "en"])
    text, sent = say(topic, lang)
    rating = None
    if channel in RATED:
        vals, p = RATING_BY_SENT[sent]
        rating = int(pick(vals, p))
    if channel == "handover_survey" and nps is None:
        vals, p = NPS_BY_SENT[sent]
        nps = int(pick(vals, p))
    fid = nid("F", 6)
    anonymous = channel in ("google_review", "dianping_review", "social_comment", "rider_forum")
    row = dict(feedback_id=fid, customer_id=c["customer_id"] if c is not None and not anonymous else "",
               ts=tfmt(ts) if ts is not None else "", touchpoint_id=tp or "", channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", text=text,
               language=lang, city=c["city"] if c is not None else kw.pop("city", ""),
               vehicle_type=kw.pop("vehicle_type", ""), **kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic if not topic.startswith("generic") else "generic",
                      sentiment=sent))
    return row


# ---------------------------------------------------------------- customers
def new_customer(city, signup, acq, segment="lead"):
    cid = nid("C", 6)
    if en(dict(city=city)):
        lang = "zh" if rng.random() < (0.16 if city in ("Vancouver", "Sydney", "Auckland") else 0.04) else "en"
        licence = pick(["full", "restricted", "learner", "none"], [0.52, 0.2, 0.2, 0.08])
    else:
        lang = "en" if rng.random() < 0.02 else "zh"
        licence = pick(["full", "none"], [0.55, 0.45])
    age = pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.17, 0.33, 0.24, 0.16, 0.10])
    exp = pick(["new_rider", "returning_rider", "experienced"], [0.42, 0.2, 0.38])
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment=segment, region=CITIES[city][1],
             区域=REGION_ZH[CITIES[city][1]], country=CITIES[city][2], city=city, 城市=CITIES[city][0],
             acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], tier="none", age_band=age,
             gender=pick(["male", "female"], [0.72, 0.28]) if rng.random() > 0.06 else "",
             licence_class=licence, rider_experience=exp,
             骑行经验={"new_rider": "新手", "returning_rider": "回归骑手", "experienced": "老骑手"}[exp],
             preferred_language=lang, home_dealer=CITIES[city][8], marketing_opt_in=pick(["yes", "no"], [0.63, 0.37]))
    c["_vehicles"] = []
    customers.append(c)
    return c


def pick_model(c):
    return MODEL_NAMES[rng.choice(len(MODEL_NAMES), p=P_EN if en(c) else P_CN)]


# ---------------------------------------------------------------- sales path
def test_ride_path(c, t_book, book_channel, model, source, device="", noshow_p=0.14, session=None):
    """a booking, the ride, maybe one rebooking; then perhaps a quote and a sale"""
    for attempt in range(2):
        slot_day = t_book.date() + D(days=int(pick([0, 1, 2, 3, 4, 5, 6, 7, 9, 12],
                                                   [0.08, 0.16, 0.16, 0.14, 0.12, 0.1, 0.08, 0.07, 0.05, 0.04])))
        if book_channel == "store":
            slot_day = t_book.date()
        slot = shop_time(datetime(slot_day.year, slot_day.month, slot_day.day))
        if book_channel == "store":
            slot = t_book + D(minutes=int(rng.integers(10, 50)))
        ev(c, t_book, "tp_testride_booking", "booked", channel=book_channel, device=device,
           session_id=session or "", model=model, vehicle_type=MODELS[model][1],
           车型类别=VTYPE_ZH[MODELS[model][1]], slot_date=slot.date().isoformat(), lead_source=source,
           days_to_slot=(slot.date() - t_book.date()).days)
        if book_channel in ("web", "app", "mini_program") and rng.random() < 0.03:
            fb(c, t_book + D(hours=int(rng.integers(1, 30))), "booking_system",
               "wechat_message" if not en(c) else "email", "tp_testride_booking")
        big = MODELS[model][7]
        u = rng.random()
        p_w = weather_p(c["city"], slot.date())
        p_lic = 0.0
        if big and c["licence_class"] in ("learner", "none", "restricted"):
            p_lic = 0.42 if c["city"] == "Birmingham" else 0.10
        if u < noshow_p:
            outcome = "no_show"
        elif u < noshow_p + p_w:
            outcome = "cancelled_weather"
        elif u < noshow_p + p_w + p_lic:
            outcome = "licence_refused"
        else:
            outcome = "completed"
        ride_min = int(rng.integers(15, 45)) if outcome == "completed" else ""
        ev(c, slot, "tp_testride", outcome, channel="store", model=model, vehicle_type=MODELS[model][1],
           车型类别=VTYPE_ZH[MODELS[model][1]], sales_advisor=advisor(c), ride_minutes=ride_min,
           lead_source=source, weather="rain" if outcome == "cancelled_weather" else "")
        if outcome == "completed":
            c["segment"] = "prospect"
            if rng.random() < 0.28:
                topic = pick(["test_ride_praise", "pushy_sales", "generic_pos", "generic_neu", "generic_neg"],
                             [0.34, 0.12, 0.28, 0.16, 0.10])
                fb(c, slot + D(hours=int(rng.integers(2, 48))), topic, "test_ride_survey", "tp_testride",
                   vehicle_type=MODELS[model][1])
            p_quote = 0.60 if source != "ad" else 0.50
            if rng.random() < p_quote:
                lag = 0 if rng.random() < 0.5 else int(rng.integers(1, 11))
                tq = slot + D(minutes=int(rng.integers(30, 90))) if lag == 0 else shop_time(slot + D(days=lag))
                quote_path(c, tq, model)
            return
        if outcome in ("no_show", "cancelled_weather") and attempt == 0 and rng.random() < 0.4:
            t_book = online_time((slot + D(days=int(rng.integers(1, 6)))).date())
            book_channel = pick(["phone", book_channel if book_channel != "store" else "phone"], [0.5, 0.5])
            continue
        return


def quote_path(c, tq, model, trade_model=None, upgrade=False):
    vt = MODELS[model][1]
    price_cny, price_local = local_price(c, model)
    disc = float(pick([0, 0.02, 0.03, 0.05, 0.08], [0.3, 0.25, 0.2, 0.18, 0.07]))
    quote_local = round(price_local * (1 - disc), 0)
    quote_cny = round(quote_local * CITIES[c["city"]][4], 2)
    trade = upgrade or rng.random() < (0.33 if en(c) else 0.18) * (0.6 if vt == "e_scooter" else 1.0)
    tv_cny = ""
    if trade:
        if trade_model is None:
            trade_model = pick(["used motorcycle", "used scooter", "used e-scooter"], [0.5, 0.3, 0.2])
        base = MODELS[trade_model][4 if en(c) else 3] if trade_model in MODELS else price_cny * 0.5
        tv_cny = round(base * float(rng.uniform(0.28, 0.55)) / 100) * 100
    if en(c):
        p_fin = 0.58 if vt == "motorcycle" else 0.34
    else:
        p_fin = 0.42 if vt == "motorcycle" else 0.14
    fin = rng.random() < p_fin
    qid = nid("Q", 6)
    ev(c, tq, "tp_quote", "quoted", channel="store", model=model, vehicle_type=vt, 车型类别=VTYPE_ZH[vt],
       quote_id=qid, list_price_local=price_local, quoted_price_local=quote_local, quoted_price_cny=quote_cny,
       discount_pct=disc, trade_in="yes" if trade else "no", trade_in_model=trade_model if trade else "",
       trade_in_value_cny=tv_cny, finance_requested="yes" if fin else "no", sales_advisor=advisor(c))
    if trade and rng.random() < 0.12:
        t = tq + D(days=int(rng.integers(1, 10)), hours=int(rng.integers(1, 8)))
        fb(c, t, "trade_in_low", "email" if en(c) else "wechat_message", "tp_quote", vehicle_type=vt)
    if rng.random() < 0.025:
        fb(c, tq + D(days=int(rng.integers(1, 6))), "pushy_sales", "call_note", "tp_quote", vehicle_type=vt)
    fin_out = None
    t_dec = tq
    if fin:
        in_store = rng.random() < 0.6
        t_app = tq + D(minutes=int(rng.integers(20, 120))) if in_store else \
            online_time((tq + D(days=int(rng.integers(1, 4)))).date())
        if en(c):
            lender = pick(["WindRider Finance", "Harbour Credit"], [0.64, 0.36])
        else:
            lender = pick(["WindRider Finance", "锦程消费金融"], [0.6, 0.4])
        p_ok, p_cond = 0.73, 0.10
        if lender == "WindRider Finance" and SCORECARD[0] <= t_app < SCORECARD[1]:
            p_ok, p_cond = 0.2, 0.09
        if c["age_band"] == "18-24":
            p_ok -= 0.1
        u = rng.random()
        fin_out = "approved" if u < p_ok else ("conditional" if u < p_ok + p_cond else "declined")
        reason = ""
        if fin_out == "declined":
            if lender == "WindRider Finance" and SCORECARD[0] <= t_app < SCORECARD[1] and rng.random() < 0.8:
                reason = "score_below_cutoff"
            else:
                reason = pick(["insufficient_income", "credit_history", "incomplete_documents", "residency_status"],
                              [0.38, 0.34, 0.2, 0.08] if en(c) else [0.4, 0.38, 0.22, 0.0])
        loan = round(quote_cny * float(rng.uniform(0.55, 0.9)) / 100) * 100
        t_dec = t_app + D(hours=float(rng.uniform(0.3, 50)))
        apr = round(float(rng.uniform(6.9, 13.9)), 2) if fin_out != "declined" else ""
        ev(c, t_dec, "tp_finance_app", fin_out, channel="store" if in_store else "web",
           device="" if in_store else pick(["ios", "android", "pc"], [0.4, 0.35, 0.25]),
           model=model, vehicle_type=vt, 车型类别=VTYPE_ZH[vt], quote_id=qid, lender=lender,
           贷款机构=LENDERS[lender], loan_amount_cny=loan, term_months=int(pick([12, 24, 36, 48], [0.15, 0.35, 0.35, 0.15])),
           apr_pct=apr, decline_reason=reason, 拒贷原因=DECLINE.get(reason, ""),
           decision_hours=round((t_dec - t_app).total_seconds() / 3600, 1))
        if fin_out == "declined" and rng.random() < (0.6 if reason == "score_below_cutoff" else 0.3):
            fb(c, t_dec + D(hours=int(rng.integers(1, 72))), "finance_declined",
               pick(["call_note", "email" if en(c) else "wechat_message"]), "tp_finance_app", vehicle_type=vt)
    p_buy = {None: 0.55, "approved": 0.86, "conditional": 0.58, "declined": 0.16}[fin_out]
    if upgrade:
        p_buy = max(p_buy, 0.8)
    if rng.random() >= p_buy:
        return None
    tp_ = shop_time(max(t_dec, tq) + D(days=int(pick([0, 1, 2, 3, 5, 7, 10, 14],
                                                       [0.12, 0.2, 0.16, 0.14, 0.12, 0.11, 0.09, 0.06]))))
    if tp_ <= t_dec:
        tp_ = t_dec + D(hours=2)
    cancelled = rng.random() < 0.035
    cid = nid("V", 6)
    pay = "finance" if fin_out in ("approved", "conditional") else "cash"
    ev(c, tp_, "tp_purchase", "cancelled" if cancelled else "completed", channel="store", model=model,
       vehicle_type=vt, 车型类别=VTYPE_ZH[vt], category=MODELS[model][2], 车型细分=CATEGORY_ZH[MODELS[model][2]],
       contract_id=cid, quote_id=qid, price_local=quote_local, price_cny=quote_cny, payment_type=pay,
       trade_in="yes" if trade else "no", trade_in_value_cny=tv_cny, sales_advisor=advisor(c),
       deposit_cny=round(min(quote_cny * 0.1, 5000 if not en(c) else 9000), 0))
    order(c, tp_, "vehicle", "整车", quote_cny, "cancelled" if cancelled else "paid", model=model, vehicle_type=vt,
          车型类别=VTYPE_ZH[vt], contract_id=cid, payment_type=pay, trade_in_credit_cny=tv_cny)
    if cancelled:
        return None
    c["segment"] = "owner" if c["segment"] not in ("owner", "repeat_owner") else "repeat_owner"
    after_sale(c, tp_, model, cid)
    return tp_


def after_sale(c, t_sale, model, contract):
    vt = MODELS[model][1]
    city = c["city"]
    # registration
    if en(c):
        reg_days = int(pick([0, 1, 2, 3, 4], [0.2, 0.35, 0.25, 0.12, 0.08]))
    elif city == "Xi'an":
        reg_days = int(np.clip(rng.normal(15, 5), 6, 30))
    else:
        reg_days = int(np.clip(rng.normal(5, 2), 1, 12))
    t_reg = shop_time(t_sale + D(days=reg_days))
    plate = ("motorcycle_plate" if vt == "motorcycle" else ("e_bike_plate" if not en(c) else "moped_plate"))
    ev(c, t_reg, "tp_registration", "registered", channel="other", model=model, vehicle_type=vt,
       车型类别=VTYPE_ZH[vt], contract_id=contract, days_from_contract=(t_reg.date() - t_sale.date()).days,
       plate_type=plate)
    # stock: in stock or ordered in
    in_stock = rng.random() < (0.55 if model in ("CFMOTO 800MT", "Segway E300SE", "Kawasaki Ninja 650") else 0.78)
    stock_days = int(rng.integers(1, 6)) if in_stock else int(rng.integers(12, 46))
    t_ho = shop_time(max(t_reg + D(days=int(rng.integers(0, 3))), t_sale + D(days=stock_days)))
    pdi = pick(list(PDI), [0.86, 0.06, 0.04, 0.02, 0.02])
    ev(c, t_ho, "tp_handover", "handed_over", channel="store", model=model, vehicle_type=vt, 车型类别=VTYPE_ZH[vt],
       contract_id=contract, days_from_contract=(t_ho.date() - t_sale.date()).days,
       stock_status="in_stock" if in_stock else "factory_order", pdi_issue=pdi, 交车问题=PDI[pdi],
       handover_minutes=int(rng.integers(25, 80)), sales_advisor=advisor(c))
    veh = dict(model=model, vt=vt, bought=t_ho, contract=contract, odo=0)
    c["_vehicles"].append(veh)
    # handover survey (NPS) -- touchpoint is what the comment is about
    if rng.random() < 0.46:
        t_fb = t_ho + D(days=int(rng.integers(1, 8)), hours=int(rng.integers(0, 10)))
        if reg_days >= 10 and rng.random() < 0.45:
            fb(c, t_fb, "registration_slow", "handover_survey", "tp_registration", vehicle_type=vt)
        elif pdi == "scratch" and rng.random() < 0.7:
            fb(c, t_fb, "handover_scratch", "handover_survey", "tp_handover", vehicle_type=vt)
        elif rng.random() < 0.22:
            nps = int(pick([6, 7, 8, 9, 10], [0.1, 0.15, 0.25, 0.25, 0.25]))
            if in_data(t_fb):
                fid = nid("F", 6)
                feedback.append(dict(feedback_id=fid, customer_id=c["customer_id"], ts=tfmt(t_fb),
                                     touchpoint_id="tp_handover", channel="handover_survey", rating="", nps=nps,
                                     text="（未填写）" if c["preferred_language"] == "zh" else "(no comment)",
                                     language=c["preferred_language"], city=city, vehicle_type=vt))
                truth.append(dict(feedback_id=fid, topic="none", sentiment="neutral"))
        else:
            topic = pick(["generic_pos", "generic_neu", "generic_neg"], [0.62, 0.24, 0.14])
            if city == "Xi'an":
                topic = pick(["generic_pos", "generic_neu", "generic_neg"], [0.45, 0.3, 0.25])
            fb(c, t_fb, topic, "handover_survey", "tp_handover", vehicle_type=vt)
    # accessories bought around handover
    if rng.random() < (0.62 if vt == "motorcycle" else 0.5):
        accessories(c, t_ho + D(minutes=int(rng.integers(5, 60))) if rng.random() < 0.6 else
                    shop_time(t_ho + D(days=int(rng.integers(1, 30)))), vt, first=True)
    # first service
    p_first = 0.88 if vt == "motorcycle" else 0.57
    if rng.random() < p_first:
        days = int(np.clip(rng.normal(52 if vt == "motorcycle" else 70, 18), 14, 115))
        t_fs = shop_time(t_ho + D(days=days))
        km = int(np.clip(rng.normal(1050, 180), 600, 1900)) if vt == "motorcycle" else int(rng.integers(300, 1500))
        parts = round(float(rng.uniform(180, 420)) if vt == "motorcycle" else float(rng.uniform(0, 80)), 2)
        ev(c, t_fs, "tp_first_service", "completed" if days <= 90 else "late", channel="store", model=model,
           vehicle_type=vt, 车型类别=VTYPE_ZH[vt], contract_id=contract, days_from_handover=days, odometer_km=km,
           labour_cny=0, parts_cny=round(parts, 2), technician=pick(TECHS_EN if en(c) else TECHS_ZH))
        if parts > 0:
            order(c, t_fs, "parts", "零件", parts if not en(c) else parts * 1.6, model=model, vehicle_type=vt,
                  车型类别=VTYPE_ZH[vt], contract_id=contract, service_kind="first_service")
        veh["odo"] = km
        periodic(c, veh, t_fs)
    else:
        veh["lapsed"] = True
        if rng.random() < 0.35:
            periodic(c, veh, t_ho + D(days=int(rng.integers(150, 260))), skip_first=True)
    warranty(c, veh)


def periodic(c, veh, t_last, skip_first=False):
    vt = veh["vt"]
    t = t_last
    first = True
    while True:
        if skip_first and first:
            nxt = t
        else:
            interval = rng.normal(170, 40) if vt == "motorcycle" else rng.normal(330, 60)
            nxt = t + D(days=int(max(60, interval)))
        first = False
        if nxt > END:
            return
        if rng.random() < (0.12 if vt == "motorcycle" else 0.2):
            return       # stops coming (lapsed)
        service_visit(c, veh, shop_time(nxt))
        t = nxt


def service_visit(c, veh, t, kind=None):
    vt = veh["vt"]
    if kind is None:
        kind = pick(list(SERVICE_TYPE), [0.66, 0.18, 0.14, 0.02])
    backorder = kind == "repair" and rng.random() < 0.2
    wait = int(rng.integers(8, 30)) if backorder else int(pick([0, 1, 2, 3], [0.45, 0.35, 0.15, 0.05]))
    mult = 1.0 if not en(c) else 2.6
    labour_h = round(float({"periodic": rng.uniform(0.8, 2.2), "repair": rng.uniform(1, 5),
                            "tyres": rng.uniform(0.5, 1.2), "recall": rng.uniform(0.5, 1.5)}[kind]), 1)
    if vt == "e_scooter":
        labour_h = round(labour_h * 0.5, 1)
    labour = round(labour_h * (150 if not en(c) else 150 * mult), 2) if kind != "recall" else 0.0
    parts = {"periodic": rng.uniform(120, 600), "repair": rng.uniform(200, 2200), "tyres": rng.uniform(500, 1500),
             "recall": 0.0}[kind]
    parts = round(float(parts) * (0.4 if vt == "e_scooter" else 1.0) * (1.0 if not en(c) else 1.7), 2)
    veh["odo"] += int(rng.integers(1500, 5500)) if vt == "motorcycle" else int(rng.integers(800, 3000))
    comeback = rng.random() < 0.05
    sid = nid("S", 6)
    ev(c, t, "tp_service", "comeback" if comeback else "completed", channel="store", model=veh["model"],
       vehicle_type=vt, 车型类别=VTYPE_ZH[vt], contract_id=veh["contract"], service_type=kind,
       保养类型=SERVICE_TYPE[kind], job_no=sid, odometer_km=veh["odo"], labour_hours=labour_h, labour_cny=labour,
       parts_cny=parts, parts_backorder="yes" if backorder else "no", days_in_workshop=wait,
       technician=pick(TECHS_EN if en(c) else TECHS_ZH), service_advisor=advisor(c))
    if labour > 0:
        order(c, t + D(days=wait), "service", "维修保养工时", labour, model=veh["model"], vehicle_type=vt,
              车型类别=VTYPE_ZH[vt], job_no=sid, service_type=kind)
    if parts > 0:
        order(c, t + D(days=wait), "parts", "零件", parts, model=veh["model"], vehicle_type=vt, 车型类别=VTYPE_ZH[vt],
              job_no=sid, service_kind=kind)
    if rng.random() < 0.22:
        t_fb = t + D(days=wait + int(rng.integers(1, 5)), hours=int(rng.integers(0, 8)))
        if backorder and rng.random() < 0.45:
            topic = "parts_wait"
        else:
            opts = ["service_cost", "advisor_praise", "generic_pos", "generic_neu", "generic_neg"]
            p = [0.1, 0.16, 0.42, 0.2, 0.12]
            if vt == "e_scooter":
                opts.append("battery_range")
                p.append(0.14)
            topic = pick(opts, p)
        fb(c, t_fb, topic, "service_csat", "tp_service", vehicle_type=vt)


def warranty(c, veh):
    vt = veh["vt"]
    years = 3 if en(c) else 2
    t = veh["bought"]
    rate = 0.15 if vt == "motorcycle" else 0.38    # claims per vehicle-year
    while True:
        t = t + D(days=float(rng.exponential(365 / rate)))
        if t > END or t > veh["bought"] + D(days=365 * years):
            return
        if t < START:
            continue
        if vt == "e_scooter":
            comp = pick(["battery", "charger", "controller", "hub_motor", "electrics"], [0.46, 0.2, 0.18, 0.1, 0.06])
            if comp != "battery" and t.month in (6, 7, 8) and rng.random() < 0.3:
                comp = "battery"
        else:
            comp = pick(["electrics", "fuel_system", "suspension", "brakes", "paint_finish", "engine"],
                        [0.3, 0.15, 0.14, 0.1, 0.16, 0.15])
        out = pick(["approved", "rejected", "goodwill"], [0.78, 0.14, 0.08])
        backorder = out != "rejected" and rng.random() < (0.45 if comp in ("battery", "controller", "engine",
                                                                            "fuel_system", "hub_motor") else 0.22)
        days = int(rng.integers(16, 62)) if backorder else int(rng.integers(1, 10))
        if out == "rejected":
            days = int(rng.integers(1, 6))
        claim = round(float(rng.uniform(400, 3500) if comp in ("battery", "engine", "controller", "hub_motor")
                            else rng.uniform(150, 1400)) * (1.0 if not en(c) else 1.8), 2)
        ts = shop_time(t)
        ev(c, ts, "tp_warranty", out, channel="store", model=veh["model"], vehicle_type=vt, 车型类别=VTYPE_ZH[vt],
           contract_id=veh["contract"], claim_no=nid("W", 6), component=comp, 故障部件=COMPONENT[comp],
           claim_cny=claim if out != "rejected" else 0, parts_backorder="yes" if backorder else "no",
           days_to_resolve=days, vehicle_age_months=int((t - veh["bought"]).days / 30.4))
        if rng.random() < 0.55:
            t_fb = ts + D(days=min(days, 20) + int(rng.integers(0, 5)), hours=int(rng.integers(0, 8)))
            if backorder and rng.random() < 0.72:
                topic = "parts_wait"
            elif out == "rejected" and rng.random() < 0.6:
                topic = "claim_rejected"
            elif vt == "e_scooter" and comp == "battery" and rng.random() < 0.25:
                topic = "battery_range"
            else:
                topic = pick(["generic_pos", "generic_neu", "generic_neg"], [0.45, 0.3, 0.25])
            fb(c, t_fb, topic, "warranty_survey", "tp_warranty", vehicle_type=vt)


def accessories(c, t, vt, first=False):
    n = int(pick([1, 2, 3], [0.55, 0.3, 0.15]))
    w = np.array([ITEMS[i][3] if vt == "motorcycle" else ITEMS[i][4] for i in ITEM_NAMES])
    chosen = rng.choice(len(ITEM_NAMES), size=n, replace=False, p=w / w.sum())
    ch = "store" if (first or rng.random() < 0.62) else pick(["web", "app", "mini_program"] if not en(c) else
                                                           ["web", "app"])
    if ch != "store":
        t = online_time(t.date())
    for i in chosen:
        item = ITEM_NAMES[int(i)]
        lo, hi = ITEMS[item][1]
        price = float(rng.uniform(lo, hi)) * (ITEMS[item][2] if en(c) else 1.0)
        price = round(price, 2)
        status = pick(["paid", "returned", "refunded"], [0.94, 0.045, 0.015])
        e = ev(c, t, "tp_accessories", "purchased", channel=ch,
               device="" if ch == "store" else pick(["ios", "android", "pc"], [0.42, 0.38, 0.2]),
               item_category=item, 配件品类=ITEMS[item][0], vehicle_type=vt, 车型类别=VTYPE_ZH[vt],
               at_handover="yes" if first else "no", amount_cny=price)
        if e is None:
            continue
        order(c, t, "accessories", "配件装备", price, status, channel=ch, item_category=item, 配件品类=ITEMS[item][0],
              vehicle_type=vt, 车型类别=VTYPE_ZH[vt], at_handover="yes" if first else "no")
        if item == "helmet" and rng.random() < 0.06:
            fb(c, t + D(days=int(rng.integers(1, 15))), "helmet_fit", "email" if en(c) else "wechat_message",
               "tp_accessories", vehicle_type=vt)


# ---------------------------------------------------------------- sources
def configurator_leads():
    for _ in range(N_CONFIG):
        city = CITY_NAMES[rng.choice(len(CITY_NAMES), p=CITY_P)]
        day = rand_lead_day(city)
        ch = pick(["web", "app", "mini_program"], [0.55, 0.45, 0.0] if CITIES[city][6] else [0.3, 0.25, 0.45])
        acq = {"web": "configurator_web", "app": "configurator_app", "mini_program": "mini_program"}[ch]
        t0 = online_time(day)
        c = new_customer(city, t0, acq)
        model = pick_model(c)
        dev = ("pc" if rng.random() < 0.45 else pick(["ios", "android"], [0.5, 0.5]) if CITIES[city][6]
               else pick(["ios", "android"], [0.35, 0.65])) if ch == "web" else pick(["ios", "android"],
                                                                                     [0.5, 0.5] if CITIES[city][6]
                                                                                     else [0.3, 0.7])
        sess = f"S{rng.integers(10**9):09d}"
        n = int(pick([1, 2, 3, 4], [0.45, 0.3, 0.15, 0.1]))
        t = t0
        for k in range(n):
            if k > 0:
                t = online_time((t + D(days=int(rng.integers(0, 12)))).date())
                sess = f"S{rng.integers(10**9):09d}"
                if rng.random() < 0.3:
                    model = pick_model(c)
            saved = rng.random() < 0.45
            ev(c, t, "tp_configurator", "build_saved" if saved else "viewed", channel=ch, device=dev,
               session_id=sess, model=model, vehicle_type=MODELS[model][1], 车型类别=VTYPE_ZH[MODELS[model][1]],
               colour=pick(COLOURS), accessory_pack=pick(["none", "touring", "comfort", "urban", "sport"],
                                                         [0.4, 0.15, 0.15, 0.2, 0.1]),
               build_price_local=local_price(c, model)[1], minutes_on_page=round(float(rng.gamma(2, 3)), 1))
        p_book = {"web": 0.25, "app": 0.29, "mini_program": 0.26}[ch]
        if rng.random() < p_book:
            tb = online_time((t + D(days=int(min(50, rng.exponential(9))))).date())
            test_ride_path(c, tb, ch, model, "configurator", device=dev, session=sess)


def ad_leads():
    for _ in range(N_ADS):
        city = CITY_NAMES[rng.choice(len(CITY_NAMES), p=CITY_P)]
        day = rand_lead_day(city)
        plats = AD_PLATFORMS_EN if CITIES[city][6] else AD_PLATFORMS_CN
        plat = pick(*plats)
        t0 = online_time(day)
        c = new_customer(city, t0, plat)
        model = pick_model(c)
        camp = pick(CAMPAIGNS["cn"] if not CITIES[city][6] else CAMPAIGNS[CITIES[city][9]])
        dev = pick(["ios", "android"], [0.55, 0.45] if CITIES[city][6] else [0.35, 0.65])
        ev(c, t0, "tp_ad_lead", "lead_submitted", channel=plat, device=dev, campaign=camp,
           ad_format=pick(["video", "image", "carousel"], [0.5, 0.3, 0.2] if plat not in ("tiktok", "douyin")
                          else [0.95, 0.05, 0.0]), model=model, vehicle_type=MODELS[model][1],
           车型类别=VTYPE_ZH[MODELS[model][1]], lead_score=int(np.clip(rng.normal(55, 18), 1, 99)))
        p_book, p_ns = AD_P[plat]
        if rng.random() < (0.05 if plat == "douyin" else 0.02):
            fb(c, t0 + D(days=int(rng.integers(1, 10)), hours=int(rng.integers(0, 10))), "too_many_calls",
               pick(["social_comment", "call_note"]), "tp_ad_lead",
               platform={"douyin": "抖音", "xiaohongshu": "小红书", "wechat_moments": "微信"}.get(plat, plat.title()))
        if rng.random() < p_book:
            lag = int(pick([0, 1, 2, 3, 4, 6, 8, 11], [0.2, 0.25, 0.15, 0.12, 0.1, 0.08, 0.06, 0.04]))
            tb = online_time((t0 + D(days=lag)).date()) if rng.random() < 0.3 else \
                shop_time(t0 + D(days=max(lag, 1)))
            bch = "phone" if tb.hour < 18 and rng.random() < 0.7 else ("mini_program" if not CITIES[city][6]
                                                                         else "web")
            test_ride_path(c, tb, bch, model, "ad", noshow_p=p_ns)


def walk_ins():
    for _ in range(N_WALKIN):
        city = CITY_NAMES[rng.choice(len(CITY_NAMES), p=CITY_P)]
        day = rand_lead_day(city)
        acq = pick(["walk_in", "phone", "referral", "motor_show"], [0.55, 0.2, 0.2, 0.05])
        t0 = shop_time(datetime(day.year, day.month, day.day))
        c = new_customer(city, t0, acq)
        model = pick_model(c)
        bch = "store" if acq in ("walk_in", "motor_show") else "phone"
        test_ride_path(c, t0, bch, model, "walk_in" if bch == "store" else "phone", noshow_p=0.08)


def existing_owners():
    for _ in range(N_OWNERS):
        city = CITY_NAMES[rng.choice(len(CITY_NAMES), p=CITY_P)]
        bought = datetime(2021, 1, 1) + D(days=int(rng.integers(0, 1460)))
        acq = pick(["walk_in", "referral", "configurator_web", "facebook" if CITIES[city][6] else "douyin",
                    "motor_show"], [0.45, 0.2, 0.15, 0.12, 0.08])
        c = new_customer(city, bought - D(days=int(rng.integers(0, 40))), acq, "owner")
        model = pick_model(c)
        vt = MODELS[model][1]
        veh = dict(model=model, vt=vt, bought=shop_time(bought), contract=f"V-{c['customer_id'][1:]}",
                   odo=int(rng.integers(2000, 30000)))
        c["_vehicles"].append(veh)
        c["_legacy"] = True
        # services in the window: next due date after 2025-01-01
        if rng.random() < 0.78:
            interval = 170 if vt == "motorcycle" else 330
            first_due = START + D(days=int(rng.integers(0, interval)))
            periodic(c, veh, first_due, skip_first=True)
        warranty(c, veh)
        # accessories
        k = rng.poisson(0.75)
        for _ in range(int(k)):
            accessories(c, shop_time(datetime(2025, 1, 1) + D(days=int(rng.integers(0, 516)))), vt)
        # upgrade / resale
        months = (datetime(2025, 6, 1) - bought).days / 30.4
        if months > 16 and rng.random() < 0.24:
            t_up = shop_time(datetime(2025, 1, 3) + D(days=int(rng.integers(0, 505))))
            out = pick(["traded_up", "sold_to_dealer", "valuation_only"], [0.45, 0.22, 0.33])
            new_model = pick_model(c)
            if vt == "e_scooter" and rng.random() < 0.5 and en(c):
                new_model = pick([m for m in MODEL_NAMES if MODELS[m][1] == "motorcycle"])
            offer = round(MODELS[model][4 if en(c) else 3] * float(rng.uniform(0.25, 0.6)) / 100) * 100
            ev(c, t_up, "tp_upgrade", out, channel="store", model=model, vehicle_type=vt, 车型类别=VTYPE_ZH[vt],
               months_owned=int((t_up - bought).days / 30.4), odometer_km=veh["odo"], offer_cny=offer,
               new_model=new_model if out == "traded_up" else "")
            if out == "traded_up":
                quote_path(c, t_up + D(minutes=40), new_model, trade_model=model, upgrade=True)
            elif out == "sold_to_dealer":
                c["segment"] = "sold_on"


def reviews_and_cards():
    owners = [c for c in customers if c["_vehicles"]]
    prospects = [c for c in customers if c["segment"] == "prospect"]
    for _ in range(560):
        c = owners[int(rng.integers(0, len(owners)))]
        t = at(pick(ALL_DAYS), 8, 23)
        topic = pick(["generic_pos", "generic_neu", "generic_neg", "advisor_praise", "service_cost", "pushy_sales",
                      "battery_range"], [0.4, 0.15, 0.18, 0.09, 0.07, 0.04, 0.07])
        if topic == "battery_range" and c["_vehicles"][0]["vt"] != "e_scooter":
            topic = "generic_neu"
        tp = {"advisor_praise": "tp_service", "service_cost": "tp_service", "pushy_sales": "tp_quote"}.get(topic)
        ch = "google_review" if en(c) else "dianping_review"
        fb(c, t, topic, ch, tp, platform="Google" if en(c) else "大众点评", vehicle_type=c["_vehicles"][0]["vt"])
    # paper comment cards left in the showroom, typed in later without a date
    for _ in range(150):
        c = prospects[int(rng.integers(0, len(prospects)))] if rng.random() < 0.6 else \
            owners[int(rng.integers(0, len(owners)))]
        topic = pick(["generic_pos", "generic_neu", "generic_neg", "test_ride_praise", "pushy_sales"],
                     [0.38, 0.2, 0.14, 0.18, 0.1])
        tp = {"test_ride_praise": "tp_testride", "pushy_sales": "tp_quote"}.get(topic)
        fb(c, None, topic, "comment_card", tp)
    # posts copied from rider forums / owners' WeChat groups: no date, no account
    for _ in range(90):
        city = CITY_NAMES[rng.choice(len(CITY_NAMES), p=CITY_P)]
        lang = "en" if CITIES[city][6] else "zh"
        topic = pick(["battery_range", "parts_wait", "generic_pos", "generic_neg", "service_cost"],
                     [0.3, 0.15, 0.25, 0.15, 0.15])
        fb(None, None, topic, "rider_forum", None, lang=lang, city=city,
           platform="摩托车论坛" if lang == "zh" else "ADVrider")


def finish_customers():
    for c in customers:
        vs = c.pop("_vehicles")
        legacy = c.pop("_legacy", False)
        if vs:
            last = max(v["bought"] for v in vs)
            c["first_vehicle_model"] = vs[0]["model"]
            c["vehicle_type"] = vs[-1]["vt"]
            c["车型类别"] = VTYPE_ZH[vs[-1]["vt"]]
            if c["segment"] == "owner" and len(vs) > 1:
                c["segment"] = "repeat_owner"
            if c["segment"] == "owner" and legacy and rng.random() < 0.3:
                c["segment"] = "lapsed_owner"
            c["tier"] = "gold" if len(vs) > 1 else ("silver" if last.year >= 2024 else "none")
            c["owner_since"] = vs[0]["bought"].date().isoformat()
        else:
            c["first_vehicle_model"] = ""
            c["vehicle_type"] = ""
            c["车型类别"] = ""
            c["owner_since"] = ""


def write(path: Path, rows: list[dict], cols=None) -> None:
    if cols is None:
        cols = []
        seen = set()
        for r in rows:
            for k in r:
                if k not in seen:
                    seen.add(k)
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    existing_owners()
    configurator_leads()
    ad_leads()
    walk_ins()
    reviews_and_cards()
    # lead-form webhook retries: a few ad leads sent twice (exact duplicates)
    ad_rows = [e for e in events if e["touchpoint_id"] == "tp_ad_lead"]
    for i in rng.choice(len(ad_rows), 35, replace=False):
        events.append(dict(ad_rows[int(i)]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))
    finish_customers()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    write(out / "customers.csv", customers)
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "city"]
    for e in events:
        for k in e:
            if k not in ecols:
                ecols.append(k)
    write(out / "events.csv", events, ecols)
    write(out / "orders.csv", orders)
    fcols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "city", "vehicle_type", "platform"]
    write(out / "feedback.csv", feedback, fcols)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
