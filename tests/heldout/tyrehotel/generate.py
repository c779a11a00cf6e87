"""轮季 TyreSeason tyre hotel: seasonal tyre storage and tyre-change service (synthetic, written blind).

Seven depots: 哈尔滨南岗店 Harbin, 长春净月店 Changchun, 沈阳浑南店 Shenyang (CNY), Calgary NE and Montreal
Saint-Laurent (CAD), Oslo Alnabru (NOK), Helsinki Vantaa (EUR). Car owners store their off-season set of tyres with
us and come twice a year to swap (autumn: winter tyres on; spring: summer tyres on).

New customers book online (website, app, WeChat mini program, a search ad) or by phone, or are referred by a car
dealer (4S店) -> the call centre / the app confirms an appointment slot -> first drop-off at the depot (the season's
set is fitted, the other set is checked in) -> tyre inspection of the set going into storage (tread depth, damage,
age) -> tread-depth report to the customer (WeChat / SMS / email / app) -> storage in the depot warehouse -> car
pickup. Every following season: swap reminder (~1-3 weeks before the customer's usual date) -> appointment ->
tyre swap (stored set fitted, removed set inspected, reported and stored) -> pickup. Worn, damaged or old sets get a
replacement-tyre offer; some customers order a new set. Orders: storage plans (season plan paid every visit, annual
and premium plans paid yearly), swap fees (season plan only), wheel balancing add-ons, replacement tyre sales.
Feedback: post-visit surveys (rating + NPS), app reviews, Dianping / Google reviews, tickets, call notes, social posts.
Data 2024-09-01 .. 2026-05-31 (extract taken early June 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the topic and sentiment of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy +
stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260605
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 5, 31, 23, 59, 59)
LINK_BROKEN = (datetime(2025, 10, 1), datetime(2025, 11, 1))     # reminder template v2: dead booking link
HARBIN_RUSH = (datetime(2025, 10, 1), datetime(2025, 11, 16))    # Harbin: 6 bays, record autumn, long pickups
OSLO_CONTRACTOR = datetime(2025, 10, 1)                           # Oslo hands swap lanes to a contractor crew
SHENYANG_MOVE = datetime(2026, 3, 1)                              # Shenyang warehouse moved to a new site

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_dealer_referral", "经销商转介", "Dealer referral", "awareness", "other", "physical", "partnerships",
     "4S店推荐|4S店转介|经销商推荐|车行推荐|dealer referral|referred by dealer|dealership referral"),
    ("tp_booking_request", "新客预约申请", "Booking request", "consideration", "web", "digital", "sales",
     "预约申请|在线预约|线上预约|新客预约|预约表单|booking request|online booking|booking form|sign-up"),
    ("tp_appointment", "预约时段确认", "Appointment slot", "purchase", "app", "digital", "call_centre",
     "预约时段|约时间|档期|时段确认|爽约|appointment|slot|time slot|booked slot|no-show"),
    ("tp_dropoff", "首次交胎", "First tyre drop-off", "purchase", "store", "physical", "depot_ops",
     "交胎|送胎|首次到店|首次入店|drop-off|drop off|first visit|check-in"),
    ("tp_inspection", "轮胎检测", "Tyre inspection", "service", "store", "physical", "depot_ops",
     "检测|轮胎检测|胎纹检测|轮胎体检|inspection|tyre check|tire inspection|tread check"),
    ("tp_tread_report", "胎纹深度报告", "Tread-depth report", "service", "app", "digital", "customer_care",
     "胎纹报告|检测报告|轮胎报告|胎纹深度报告|tread report|tread-depth report|tyre health report|tire report"),
    ("tp_storage", "入库存储", "Tyre storage", "service", "store", "physical", "warehouse",
     "存胎|入库|仓储|存储|轮胎酒店|storage|tyre hotel|tire hotel|warehouse|stored tyres"),
    ("tp_reminder", "换季提醒", "Seasonal swap reminder", "loyalty", "other", "digital", "crm",
     "换季提醒|换胎提醒|提醒短信|提醒|reminder|swap reminder|seasonal reminder|reminder email"),
    ("tp_swap", "换季换胎", "Seasonal tyre swap", "service", "store", "physical", "depot_ops",
     "换胎|换季|换雪地胎|换冬季胎|换夏季胎|拆装|tyre swap|tire change|changeover|wheel swap|seasonal swap"),
    ("tp_pickup", "取车", "Car pickup", "service", "store", "physical", "depot_ops",
     "提车|取车|交车|pickup|pick-up|collection|handover"),
    ("tp_tyre_offer", "新胎推荐", "Replacement tyre offer", "consideration", "app", "digital", "sales",
     "新胎推荐|换新胎推荐|新胎报价|轮胎报价|tyre offer|tire quote|replacement quote|new tyre offer"),
    ("tp_tyre_order", "新胎下单", "Replacement tyre order", "purchase", "store", "physical", "sales",
     "买新胎|新胎购买|新胎订单|轮胎订单|tyre order|tire purchase|buy new tyres|tyre sale"),
    ("tp_support", "客服联系", "Customer service contact", "service", "phone", "digital", "customer_care",
     "客服|热线|客服电话|在线客服|customer service|hotline|call centre|support"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新客入库", "New customer onboarding",
     ["tp_booking_request", "tp_appointment", "tp_dropoff", "tp_storage"], 21),
    ("dealer_onboarding", "经销商转介入库", "Dealer referral onboarding",
     ["tp_dealer_referral", "tp_booking_request", "tp_appointment", "tp_dropoff", "tp_storage"], 30),
    ("seasonal_swap", "换季换胎", "Seasonal swap",
     ["tp_reminder", "tp_appointment", "tp_swap", "tp_pickup"], 30),
    ("tyre_replacement", "新胎销售", "Replacement tyre sale",
     ["tp_inspection", "tp_tyre_offer", "tp_tyre_order"], 30),
]
# id: depot (zh), depot_en, city zh, city en, country, province / region, currency, fx to CNY, language,
#     autumn window (m, d)..(m, d), spring window, weight of new customers, warehouse
DEPOTS = {
    "D1": ("哈尔滨南岗店", "Harbin Nangang", "哈尔滨", "Harbin", "CN", "黑龙江", "CNY", 1.0, "zh",
           ((9, 25), (11, 5)), ((4, 10), (5, 15)), 0.17, "HRB-仓1"),
    "D2": ("长春净月店", "Changchun Jingyue", "长春", "Changchun", "CN", "吉林", "CNY", 1.0, "zh",
           ((10, 1), (11, 10)), ((4, 5), (5, 10)), 0.12, "CC-仓1"),
    "D3": ("沈阳浑南店", "Shenyang Hunnan", "沈阳", "Shenyang", "CN", "辽宁", "CNY", 1.0, "zh",
           ((10, 10), (11, 20)), ((3, 25), (4, 30)), 0.14, "SY-仓1"),
    "D4": ("卡尔加里店", "Calgary NE", "卡尔加里", "Calgary", "CA", "Alberta", "CAD", 5.25, "en",
           ((10, 1), (11, 15)), ((4, 15), (5, 25)), 0.15, "YYC-W1"),
    "D5": ("蒙特利尔店", "Montreal Saint-Laurent", "蒙特利尔", "Montreal", "CA", "Quebec", "CAD", 5.25, "en",
           ((10, 20), (12, 1)), ((3, 16), (4, 30)), 0.14, "YUL-W1"),
    "D6": ("奥斯陆店", "Oslo Alnabru", "奥斯陆", "Oslo", "NO", "Oslo", "NOK", 0.68, "en",
           ((10, 10), (11, 20)), ((4, 1), (5, 10)), 0.15, "OSL-W1"),
    "D7": ("赫尔辛基店", "Helsinki Vantaa", "赫尔辛基", "Helsinki", "FI", "Uusimaa", "EUR", 7.85, "en",
           ((10, 10), (11, 30)), ((4, 1), (5, 15)), 0.13, "HEL-W1"),
}
DEPOT_IDS = list(DEPOTS)
DEPOT_W = np.array([DEPOTS[d][11] for d in DEPOT_IDS])
DEPOT_W = DEPOT_W / DEPOT_W.sum()
SEASONS = [("2024A", 2024, "aut", "2024秋季", "autumn 2024"), ("2025S", 2025, "spr", "2025春季", "spring 2025"),
           ("2025A", 2025, "aut", "2025秋季", "autumn 2025"), ("2026S", 2026, "spr", "2026春季", "spring 2026")]
NEW_PER_SEASON = {"2024A": 1150, "2025S": 800, "2025A": 1500, "2026S": 1000}
OFF_SEASON = [(datetime(2024, 12, 1), 90, 110), (datetime(2025, 6, 1), 92, 130), (datetime(2025, 12, 1), 90, 110)]
N_LEGACY = 2000

# plans: zh label, prices per currency (season storage fee, swap fee, annual, premium, balancing)
PLAN_ZH = {"season": "单季存储", "annual": "年度套餐", "premium": "尊享年卡"}
PRICES = {"CNY": (260, 180, 780, 1180, 80), "CAD": (79, 69, 249, 349, 30), "NOK": (890, 690, 2490, 3490, 300),
          "EUR": (69, 59, 219, 299, 25)}
PLAN_P = {"CN": [0.45, 0.40, 0.15], "CA": [0.35, 0.45, 0.20], "NO": [0.25, 0.50, 0.25], "FI": [0.30, 0.48, 0.22]}
ACQ = {  # new customers: channel -> share
    "CN": {"wechat_mini_program": 0.34, "app": 0.14, "website": 0.10, "phone": 0.12, "dealer_referral": 0.20,
           "search_ads": 0.10},
    "other": {"website": 0.33, "app": 0.20, "phone": 0.12, "dealer_referral": 0.21, "search_ads": 0.14},
}
ACQ_ZH = {"wechat_mini_program": "微信小程序", "app": "App", "website": "官网", "phone": "电话", "dealer_referral": "4S店转介",
          "search_ads": "搜索广告", "legacy": "老客户"}
REQ_CHANNEL = {"wechat_mini_program": "mini_program", "app": "app", "website": "web", "phone": "phone",
               "dealer_referral": "phone", "search_ads": "web"}
# onboarding: P(request -> confirmed slot), P(slot -> shows up at drop-off)
ONBOARD = {"wechat_mini_program": (0.91, 0.93), "app": (0.92, 0.94), "website": (0.89, 0.92), "phone": (0.93, 0.93),
           "search_ads": (0.80, 0.86), "dealer_referral": (0.71, 0.69)}
DEALERS = {
    "D1": ["一汽-大众哈尔滨4S店", "丰田哈尔滨南岗4S店", "比亚迪哈尔滨4S店"],
    "D2": ["一汽-大众长春4S店", "红旗长春4S店"],
    "D3": ["华晨宝马沈阳4S店", "丰田沈阳浑南4S店", "比亚迪沈阳4S店"],
    "D4": ["Calgary Honda", "Southland Toyota", "Northland Volkswagen"],
    "D5": ["Toyota Saint-Laurent", "Hyundai Montreal Nord", "Subaru Laval"],
    "D6": ["Moller Bil Alnabru", "Bertel O. Steen Oslo", "Tesla Service Oslo"],
    "D7": ["Veho Vantaa", "K-Auto Helsinki", "Toyota Kamux Vantaa"],
}
MAKES = {  # (as recorded, en, model, vehicle_type, tyre size)
    "CN": [("大众", "Volkswagen", "迈腾", "sedan", "235/45R18"), ("丰田", "Toyota", "RAV4荣放", "suv", "225/60R18"),
           ("本田", "Honda", "CR-V", "suv", "235/60R18"), ("比亚迪", "BYD", "宋PLUS", "ev", "235/50R19"),
           ("吉利", "Geely", "星越L", "suv", "245/45R20"), ("奥迪", "Audi", "A6L", "sedan", "245/45R19"),
           ("宝马", "BMW", "X3", "suv", "245/50R19"), ("红旗", "Hongqi", "H5", "sedan", "225/55R17")],
    "CA": [("丰田", "Toyota", "RAV4", "suv", "225/65R17"), ("本田", "Honda", "Civic", "sedan", "215/55R16"),
           ("福特", "Ford", "F-150", "pickup", "275/65R18"), ("斯巴鲁", "Subaru", "Outback", "suv", "225/65R17"),
           ("现代", "Hyundai", "Tucson", "suv", "235/65R17"), ("特斯拉", "Tesla", "Model Y", "ev", "255/45R19")],
    "NO": [("特斯拉", "Tesla", "Model Y", "ev", "255/45R19"), ("大众", "Volkswagen", "ID.4", "ev", "235/60R18"),
           ("丰田", "Toyota", "RAV4", "suv", "225/65R17"), ("沃尔沃", "Volvo", "XC60", "suv", "235/60R18"),
           ("斯柯达", "Skoda", "Enyaq", "ev", "235/55R19")],
    "FI": [("丰田", "Toyota", "Corolla", "sedan", "205/55R16"), ("斯柯达", "Skoda", "Octavia", "sedan", "205/55R16"),
           ("大众", "Volkswagen", "Golf", "sedan", "205/55R16"), ("沃尔沃", "Volvo", "XC40", "suv", "235/50R19"),
           ("起亚", "Kia", "Niro", "ev", "215/55R17")],
}
MAKE_P = {"CN": [0.2, 0.16, 0.12, 0.14, 0.12, 0.1, 0.08, 0.08], "CA": [0.24, 0.2, 0.16, 0.14, 0.14, 0.12],
          "NO": [0.3, 0.22, 0.18, 0.16, 0.14], "FI": [0.28, 0.24, 0.2, 0.14, 0.14]}
BRANDS = {  # replacement tyres: (as recorded, en, price per tyre local, weight)
    "CN": [("米其林", "Michelin", 1050, 0.3), ("普利司通", "Bridgestone", 880, 0.25), ("诺记", "Nokian", 820, 0.2),
           ("玲珑", "Linglong", 420, 0.25)],
    "CA": [("Michelin", "Michelin", 290, 0.35), ("Bridgestone", "Bridgestone", 250, 0.3),
           ("Nokian", "Nokian", 270, 0.2), ("Toyo", "Toyo", 190, 0.15)],
    "NO": [("Nokian", "Nokian", 2600, 0.4), ("Michelin", "Michelin", 2800, 0.3), ("Continental", "Continental", 2400, 0.3)],
    "FI": [("Nokian", "Nokian", 230, 0.45), ("Michelin", "Michelin", 245, 0.3), ("Continental", "Continental", 215, 0.25)],
}
TECHS = {
    "D1": [("赵师傅", "Zhao"), ("孙师傅", "Sun"), ("刘师傅", "Liu"), ("王师傅", "Wang")],
    "D2": [("李师傅", "Li"), ("张师傅", "Zhang"), ("高师傅", "Gao")],
    "D3": [("马师傅", "Ma"), ("郑师傅", "Zheng"), ("韩师傅", "Han")],
    "D4": [("Kyle Brandt", "Kyle Brandt"), ("Priya Sandhu", "Priya Sandhu"), ("Tom Wiebe", "Tom Wiebe")],
    "D5": [("Marc Tremblay", "Marc Tremblay"), ("Julie Gagnon", "Julie Gagnon"), ("Samir Haddad", "Samir Haddad")],
    "D6": [("Ola Nordmann", "Ola Nordmann"), ("Kari Hansen", "Kari Hansen"), ("Jonas Berg", "Jonas Berg")],
    "D7": [("Mikko Virtanen", "Mikko Virtanen"), ("Aino Korhonen", "Aino Korhonen"), ("Juha Nieminen", "Juha Nieminen")],
}
OSLO_CREW = [("DekkPartner crew A", "DekkPartner crew A"), ("DekkPartner crew B", "DekkPartner crew B")]
REASON_ZH = {"booking_link": "预约链接失效", "reschedule": "改约", "billing": "账单疑问", "tyre_location": "查询轮胎",
             "damage_claim": "损坏索赔", "plan_question": "套餐咨询"}
DECLINE_ZH = {"price": "价格太高", "buy_elsewhere": "去别处买", "later": "下季再说", "not_needed": "觉得还能用"}
DAMAGE_ZH = {"none": "无", "bulge": "鼓包", "puncture": "扎钉", "sidewall_crack": "胎侧老化裂纹"}
PAY = {"CN": ["wechat_pay", "alipay"], "CA": ["card", "interac"], "NO": ["card", "vipps"], "FI": ["card", "mobilepay"]}

# ---------------------------------------------------------------- feedback text
TOPIC_TP = {"rim_scratch": "tp_swap", "wait": "tp_pickup", "broken_link": "tp_reminder",
            "dealer_fee": "tp_dealer_referral", "lost_tyres": "tp_storage", "price": "tp_tyre_offer",
            "no_slot": "tp_appointment", "tread_report": "tp_tread_report", "pro": "tp_swap",
            "convenient": "tp_storage", "tpms": "tp_pickup", "weekend": "tp_appointment", "none": "tp_swap"}
SENT = {"rim_scratch": "negative", "wait": "negative", "broken_link": "negative", "dealer_fee": "negative",
        "lost_tyres": "negative", "price": "negative", "no_slot": "negative", "tpms": "negative",
        "tread_report": "positive", "pro": "positive", "convenient": "positive", "weekend": "neutral",
        "none": "neutral"}
TEXT = {
    "rim_scratch": {
        "zh": ["换完胎发现轮毂被刮花了一圈，师傅说不是他们弄的，太气人了",
               "轮毂刮花了！新车才一年，拆装的时候明显没用保护垫",
               "右前轮轮毂刮花好几道，要求赔偿到现在还没答复",
               "换季之后轮毂边缘全刮花了，干活太粗糙"],
        "en": ["Picked up the car and two of my alloys were scratched. Nobody mentioned it at handover.",
               "Rims came back badly scratched after the changeover at {depot}. Really disappointed.",
               "The crew scratched my wheels during the swap, still no word on compensation.",
               "Deep scratch on the front left rim after the tyre change. Not acceptable.",
               "Third season with you and the first time my wheels got scratched - the new crew rushes everything."]},
    "wait": {
        "zh": ["预约了上午的时段，结果等了一个多小时才取到车", "取车等了{m}分钟，休息区连座位都没有",
               "明明约了时间还要等了那么久，高峰期人手明显不够", "换个胎等了快两个小时，下次不知道还来不来"],
        "en": ["Had a booked slot and still waited {m} minutes at the counter to get my car back.",
               "Waited over an hour at pickup, booking a time seems pointless.",
               "We waited forever at collection, staff were clearly overwhelmed."]},
    "broken_link": {
        "zh": ["换季提醒短信里的预约链接打不开，点了好几次都报错", "提醒里的链接点进去一直报错，只好打电话预约",
               "微信提醒的链接失效了，根本没法约时间", "提醒消息的链接是坏的，客服电话还打不通"],
        "en": ["The booking link in your reminder email just gives an error page.",
               "Reminder text came but the link was broken, had to call to book.",
               "Tried the link in the seasonal reminder three times, page not found every time."]},
    "dealer_fee": {
        "zh": ["4S店说存胎是送的，到了才知道要交年费", "4S店推荐过来的，结果价格和销售说的完全不一样",
               "是4S店销售帮我登记的，我其实没打算存胎，一直打电话来"],
        "en": ["The dealer told me tyre storage was included with the car. It wasn't.",
               "Got referred by my dealer, nobody explained there's a yearly fee.",
               "My dealer signed me up without asking, now I keep getting calls."]},
    "lost_tyres": {
        "zh": ["去换胎的时候说我的轮胎找不到了，折腾两天才弄好", "新仓库搬完以后轮胎找不到，白跑一趟",
               "存的胎找不到了，客服只说在查"],
        "en": ["They couldn't find my tyres when I came for the swap, had to come back two days later.",
               "My winter set was misplaced in the warehouse. Second trip for nothing.",
               "Staff couldn't find my wheels on the day."]},
    "price": {
        "zh": ["检测完推荐换新胎，报价太贵，还是自己网上买吧", "新胎报价太贵了，同款外面便宜三百多",
               "推荐的轮胎太贵了，不考虑"],
        "en": ["The replacement tyre quote was way too expensive, bought online instead.",
               "Overpriced tyres, I can get the same set cheaper elsewhere.",
               "New tyre offer was expensive compared to the big box stores."]},
    "no_slot": {
        "zh": ["旺季根本约不上，最早的时间都排到两周后了", "小程序上一直约不上时间，全是满的", "下雪前想换胎结果约不上"],
        "en": ["No slots for two weeks in peak season, first snow was already here.",
               "Everything was fully booked, had to drive on the old tyres in the snow.",
               "App shows no slots at all for my depot."]},
    "tread_report": {
        "zh": ["胎纹报告很清楚，每条胎的深度都有，还有照片", "收到胎纹报告才知道后轮快到磨损线了，很有用",
               "胎纹报告一目了然，点个赞"],
        "en": ["The tread report with photos is really useful.",
               "Loved the tread report, finally know which tyres are near the limit.",
               "Clear tread report every season, great service."]},
    "pro": {
        "zh": ["师傅很专业，扭力都是用扭力扳手打的", "换胎速度快，人也专业，下次还来", "前台和技师都很专业，解释得很清楚"],
        "en": ["Very professional team, torqued every wheel and checked the pressures.",
               "Quick, friendly and professional as always.", "Professional service, in and out in 40 minutes."]},
    "convenient": {
        "zh": ["不用自己在阳台堆轮胎了，太省心了", "存胎换胎一条龙，省心", "每年两次换胎都不用操心，很省心"],
        "en": ["Hassle-free, no more tyres piled up in the garage.", "Storage plus swap in one visit, totally hassle free.",
               "No hassle at all, they even remind me when it's time."]},
    "tpms": {
        "zh": ["换完胎胎压灯一直亮，又跑回去一趟", "取车后胎压灯报警，传感器没匹配好"],
        "en": ["TPMS light came on right after pickup.", "Tyre pressure light stayed on after the swap, had to go back."]},
    "weekend": {
        "zh": ["希望周末也能营业，上班族工作日没时间", "建议周末多开几个时段"],
        "en": ["Would be great if you opened on weekends.", "Please add weekend times, weekdays are hard for us."]},
    "none": {
        "zh": ["整体还行", "一般，没什么特别的", "还可以吧", "按时完成了，没什么问题"],
        "en": ["It was fine.", "Nothing special, did the job.", "OK overall.", "Done on time, no issues."]},
}
PREFIX = {"zh": ["", "", "", "第二次用了，", "朋友推荐来的，", "{city}的冬天太冷了，"],
          "en": ["", "", "", "Second season with you. ", "Long-time customer here. ", "Winters in {city} are brutal. "]}
RATING = {"rim_scratch": ([1, 2], [0.6, 0.4]), "wait": ([1, 2, 3], [0.15, 0.5, 0.35]),
          "broken_link": ([1, 2], [0.5, 0.5]), "dealer_fee": ([1, 2, 3], [0.3, 0.5, 0.2]),
          "lost_tyres": ([1, 2], [0.55, 0.45]), "price": ([2, 3, 4], [0.3, 0.5, 0.2]),
          "no_slot": ([2, 3], [0.55, 0.45]), "tpms": ([2, 3], [0.6, 0.4]), "tread_report": ([4, 5], [0.3, 0.7]),
          "pro": ([4, 5], [0.25, 0.75]), "convenient": ([4, 5], [0.3, 0.7]), "weekend": ([3, 4], [0.4, 0.6]),
          "none": ([3, 4, 5], [0.3, 0.45, 0.25])}
NORMAL_TOPICS = (["pro", "convenient", "tread_report", "none", "weekend", "no_slot", "tpms", "price"],
                 [0.25, 0.22, 0.13, 0.25, 0.06, 0.05, 0.01, 0.03])


def choice(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def country_key(dep):
    return DEPOTS[dep][4]


def window(dep, season):
    _, year, half = season[0], season[1], season[2]
    (m1, d1), (m2, d2) = DEPOTS[dep][9] if half == "aut" else DEPOTS[dep][10]
    return datetime(year, m1, d1), datetime(year, m2, d2)


def at_hour(day, lo=8.0, hi=18.0):
    d = datetime(day.year, day.month, day.day)
    return d + D(hours=float(rng.uniform(lo, hi)))


def lognorm(median, sigma):
    return float(median * np.exp(rng.normal(0, sigma)))


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_cust = self.n_ord = self.n_fb = self.n_visit = 0

    # ------------------------------------------------------------ records
    def ev(self, c, t, tp, action, **kw):
        if t > END or t < START:
            return False
        dep = c["depot_id"]
        row = dict(customer_id=c["customer_id"], ts=t, touchpoint_id=tp, action=action,
                   depot_id=dep, depot=DEPOTS[dep][0], depot_en=DEPOTS[dep][1])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, otype, local, status="paid", **kw):
        if t > END:
            return
        self.n_ord += 1
        dep = c["depot_id"]
        cur, fx = DEPOTS[dep][6], DEPOTS[dep][7]
        online = kw.pop("online", False)
        ch = choice(["app", "web", "mini_program"] if cur == "CNY" else ["app", "web"]) if online else "store"
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=tfmt(t),
                   amount=f"{local * fx:.2f}", status=status, channel=ch,
                   device=(choice(["ios", "android"]) if ch in ("app", "mini_program") else ("pc" if ch == "web" else "")),
                   order_type=otype, 订单类型={"storage_plan": "存储套餐", "swap": "换胎服务费", "addon": "动平衡",
                                           "tyre_sale": "新胎销售"}[otype],
                   currency=cur, amount_local=f"{local:.2f}", depot_id=dep, depot=DEPOTS[dep][0],
                   depot_en=DEPOTS[dep][1], payment_method=choice(PAY[country_key(dep)]))
        row.update(kw)
        self.orders.append(row)

    def fb(self, c, t, channel, topic, tp=None, rating=None, nps=None, dep=None, lang=None):
        if t is not None and t > END:
            return
        self.n_fb += 1
        dep = dep or (c["depot_id"] if c else None)
        lang = lang or DEPOTS[dep][8]
        text = choice(TEXT[topic][lang])
        pre = choice(PREFIX[lang])
        city = DEPOTS[dep][2] if lang == "zh" else DEPOTS[dep][3]
        text = (pre + text).replace("{city}", city).replace("{depot}", DEPOTS[dep][1]).replace(
            "{m}", str(int(rng.integers(50, 110))))
        fid = f"FB{self.n_fb:05d}"
        self.feedback.append(dict(feedback_id=fid, text=text, ts=tfmt(t) if t is not None else "",
                                  customer_id=c["customer_id"] if c else "", touchpoint_id=tp or "",
                                  channel=channel, rating="" if rating is None else rating,
                                  nps="" if nps is None else nps, language=lang,
                                  depot_id=dep if c else "", depot=DEPOTS[dep][0] if c else "",
                                  depot_en=DEPOTS[dep][1] if c else ""))
        self.truth.append(dict(feedback_id=fid, topics=topic, sentiment=SENT[topic]))

    def rated(self, topic):
        vals, p = RATING[topic]
        r = int(choice(vals, p))
        nps = int(np.clip(round(r * 2.1 - 1 + rng.normal(0, 1.2)), 0, 10))
        return r, nps

    # ------------------------------------------------------------ customers
    def new_customer(self, dep, acq, signup):
        self.n_cust += 1
        ck = country_key(dep)
        mk = choice(MAKES[ck], MAKE_P[ck])
        plan = choice(["season", "annual", "premium"], PLAN_P[ck])
        lang = DEPOTS[dep][8]
        contact = choice(["wechat", "sms"], [0.65, 0.35]) if ck == "CN" else choice(["email", "sms", "app_push"],
                                                                                   [0.5, 0.3, 0.2])
        c = dict(customer_id=f"C{self.n_cust:06d}", signup_at=tfmt(signup) if signup else "",
                 segment=choice(["private", "small_business"], [0.94, 0.06]), region=DEPOTS[dep][5],
                 acquisition_channel=acq, tier=plan, 获客渠道=ACQ_ZH[acq], depot_id=dep, depot=DEPOTS[dep][0],
                 depot_en=DEPOTS[dep][1], city=DEPOTS[dep][3], country=ck, vehicle_make=mk[0] if ck == "CN" else mk[1],
                 vehicle_make_en=mk[1], vehicle_model=mk[2], vehicle_type=mk[3], tyre_size=mk[4],
                 rim_type=choice(["alloy", "steel"], [0.7, 0.3]), 存储套餐=PLAN_ZH[plan],
                 studded_winter=("true" if ck in ("NO", "FI") and rng.random() < 0.55 else "false"),
                 preferred_contact=contact, preferred_language=lang, dealer_name="")
        c["客户类型"] = "个人" if c["segment"] == "private" else "企业"
        # runtime state (not written)
        c["_tread"] = {"summer": float(rng.uniform(3.6, 8.0)), "winter": float(rng.uniform(4.6, 9.2))}
        c["_age"] = {"summer": int(rng.integers(0, 6)), "winter": int(rng.integers(0, 6))}
        c["_visits"] = 0
        c["_active"] = True
        self.customers.append(c)
        return c

    # ------------------------------------------------------------ one visit (drop-off or swap) and what follows
    def visit(self, c, t, first, sid, season_zh, season_en, removed):
        dep = c["depot_id"]
        ck = country_key(dep)
        cur = DEPOTS[dep][6]
        price = PRICES[cur]
        self.n_visit += 1
        vid = sid
        c["_visits"] += 1
        tech = choice(TECHS[dep])
        crew = "in_house"
        if dep == "D6" and t >= OSLO_CONTRACTOR and not first and rng.random() < 0.6:
            tech = choice(OSLO_CREW)
            crew = "contractor"
        p_scratch = 0.13 if crew == "contractor" else 0.012
        damage = "rim_scratch" if rng.random() < p_scratch else ("valve" if rng.random() < 0.006 else "none")
        swap_min = int(np.clip(rng.normal(42 if ck == "CN" else 38, 8), 20, 90))
        common = dict(session_id=vid, season=season_zh, season_en=season_en)
        issue = "none"
        if first:
            self.ev(c, t, "tp_dropoff", "checked_in", tyre_set_fitted=("winter" if removed == "summer" else "summer"),
                    technician=tech[0], technician_en=tech[1], crew=crew, swap_minutes=swap_min,
                    damage_report=damage, **common)
            done = t
        else:
            retrieval = dep == "D3" and t >= SHENYANG_MOVE and rng.random() < 0.16
            if retrieval:
                issue = "not_found"
                self.ev(c, t, "tp_swap", "delayed", retrieval_issue="not_found", technician=tech[0],
                        technician_en=tech[1], crew=crew, **common)
                if rng.random() < 0.7:
                    self.ev(c, t + D(hours=float(rng.uniform(1, 6))), "tp_support", "call", reason="tyre_location",
                            咨询原因=REASON_ZH["tyre_location"], session_id=vid)
                t = at_hour(t + D(days=int(rng.integers(1, 4))))
            done = t
            self.ev(c, t, "tp_swap", "completed", retrieval_issue="none", tyre_set_fitted=(
                "winter" if removed == "summer" else "summer"), technician=tech[0], technician_en=tech[1], crew=crew,
                swap_minutes=swap_min, damage_report=damage, balancing=("true" if c["tier"] == "premium" else "false"),
                **common)
        # inspection of the removed set
        tread_before = c["_tread"][removed]
        if not first:
            wear = float(rng.uniform(0.8, 1.6) if removed == "winter" else rng.uniform(0.6, 1.3))
            if c.get("studded_winter") == "true" and removed == "winter":
                wear += 0.3
            c["_tread"][removed] = max(1.2, tread_before - wear)
            c["_age"][removed] += 1
        tread = round(c["_tread"][removed] + float(rng.normal(0, 0.1)), 1)
        dmg = choice(["none", "bulge", "puncture", "sidewall_crack"], [0.93, 0.02, 0.03, 0.02])
        thr = 4.0 if removed == "winter" else 3.0
        advise = tread < thr or dmg in ("bulge", "sidewall_crack") or c["_age"][removed] >= 7
        ti = done + D(minutes=swap_min + int(rng.integers(3, 20)))
        brand_now = choice(BRANDS["CN" if ck == "CN" else ("CA" if ck == "CA" else ck)])
        self.ev(c, ti, "tp_inspection", "replace_advised" if advise else "pass", tyre_set=removed,
                tread_depth_mm=tread, tyre_age_years=c["_age"][removed], damage=dmg, 损伤=DAMAGE_ZH[dmg],
                studded=("true" if removed == "winter" and c["studded_winter"] == "true" else "false"),
                tyre_brand=brand_now[0], tyre_brand_en=brand_now[1], technician=tech[0], technician_en=tech[1],
                **common)
        # pickup (the customer waits, or comes back later the same day)
        if dep == "D1" and HARBIN_RUSH[0] <= t < HARBIN_RUSH[1]:
            wait = lognorm(72, 0.35)
        else:
            wait = lognorm(14 if ck == "CN" else 11, 0.6)
        wait = int(np.clip(wait, 0, 240))
        tp_ = ti + D(minutes=int(rng.integers(5, 15)) + wait)
        tpms = rng.random() < 0.02
        self.ev(c, tp_, "tp_pickup", "picked_up", wait_min=wait, torque_checked=("true" if rng.random() < 0.97
                                                                                  else "false"),
                tpms_warning=("true" if tpms else "false"), **common)
        # tread report
        rch = {"wechat": "wechat", "sms": "sms", "email": "email", "app_push": "app"}[c["preferred_contact"]]
        p_open = {"wechat": 0.74, "sms": 0.52, "email": 0.36, "app": 0.81}[rch]
        tr = ti + D(hours=float(rng.uniform(0.5, 4)))
        self.ev(c, tr, "tp_tread_report", "sent", report_channel=rch, opened=("true" if rng.random() < p_open
                                                                              else "false"),
                min_tread_mm=tread, tyre_set=removed, **common)
        # storage
        wh = DEPOTS[dep][12]
        if dep == "D3" and t >= SHENYANG_MOVE:
            wh = "SY-仓2"
        ts_ = ti + D(hours=float(rng.uniform(2, 30)))
        self.ev(c, ts_, "tp_storage", "stored", warehouse=wh, rack_id=f"{wh[:3]}-{int(rng.integers(1, 40)):02d}-"
                f"{int(rng.integers(1, 12)):02d}", tyre_set=removed, on_rims=("true" if c["rim_type"] == "alloy" or
                                                                                rng.random() < 0.5 else "false"),
                storage_plan=c["tier"], **common)
        # orders for the visit
        plan = c["tier"]
        if plan == "season":
            self.order(c, done, "storage_plan", price[0], plan=plan, season=season_en, session_id=vid)
            self.order(c, done, "swap", price[1], status="refunded" if damage == "rim_scratch" and rng.random() < 0.5
                       else "paid", plan=plan, season=season_en, session_id=vid)
        elif c["_visits"] % 2 == 1:
            self.order(c, done - D(days=int(rng.integers(0, 3))), "storage_plan", price[2 if plan == "annual" else 3],
                       status="refunded" if rng.random() < 0.012 else "paid", plan=plan, season=season_en,
                       session_id=vid, online=rng.random() < 0.4)
        if plan != "premium" and rng.random() < 0.14:
            self.order(c, done, "addon", price[4], plan=plan, season=season_en, session_id=vid)
        # replacement offer
        bought = declined_price = False
        if advise:
            bset = BRANDS["CN" if ck == "CN" else ("CA" if ck == "CA" else ck)]
            b = choice(bset, [x[3] for x in bset])
            per = b[2] * (1.15 if c["vehicle_type"] in ("suv", "ev", "pickup") else 1.0) * float(rng.uniform(0.95, 1.05))
            total = round(per * 4, 0)
            to = tr + D(minutes=int(rng.integers(1, 30)))
            self.ev(c, to, "tp_tyre_offer", "offered", offer_brand=b[0], offer_brand_en=b[1], tyre_set=removed,
                    offer_total_local=total, currency=cur, **common)
            p_buy = {"CN": 0.34, "CA": 0.44, "NO": 0.63, "FI": 0.52}[ck] + (0.1 if plan == "premium" else 0.0)
            if tread < thr - 1.0:
                p_buy += 0.08
            if rng.random() < p_buy:
                bought = True
                to2 = to + D(hours=float(rng.gamma(1.3, 60)))
                if self.ev(c, to2, "tp_tyre_order", "ordered", offer_brand=b[0], offer_brand_en=b[1], tyre_set=removed,
                           qty=4, **common):
                    st = choice(["paid", "cancelled", "returned"], [0.9, 0.065, 0.035])
                    self.order(c, to2, "tyre_sale", total, status=st, tyre_brand=b[0], tyre_brand_en=b[1], qty=4,
                               season=season_en, session_id=vid, online=rng.random() < 0.5, plan=plan)
                    if st == "paid":
                        c["_tread"][removed] = 8.0 if removed == "summer" else 9.5
                        c["_age"][removed] = 0
            elif rng.random() < 0.6:
                reason = choice(["price", "buy_elsewhere", "later", "not_needed"], [0.42, 0.2, 0.25, 0.13])
                declined_price = reason == "price"
                self.ev(c, to + D(days=float(rng.uniform(1, 10))), "tp_tyre_offer", "declined",
                        decline_reason=reason, 未购原因=DECLINE_ZH[reason], **common)
        # support contacts (ordinary)
        if rng.random() < 0.05:
            r = choice(["reschedule", "billing", "plan_question"], [0.4, 0.35, 0.25])
            self.ev(c, t - D(days=float(rng.uniform(1, 6))), "tp_support", choice(["call", "chat"]), reason=r,
                    咨询原因=REASON_ZH[r])
        if damage == "rim_scratch" and rng.random() < 0.5:
            self.ev(c, tp_ + D(days=float(rng.uniform(0.2, 3))), "tp_support", "call", reason="damage_claim",
                    咨询原因=REASON_ZH["damage_claim"], session_id=vid)
        # feedback on the visit
        fbt = tp_ + D(hours=float(rng.uniform(3, 60)))
        if damage == "rim_scratch" and rng.random() < 0.72:
            tp0 = "tp_dropoff" if first else "tp_swap"
            r, n = self.rated("rim_scratch")
            self.fb(c, fbt, "survey", "rim_scratch", tp=tp0, rating=r, nps=n)
        elif issue == "not_found" and rng.random() < 0.6:
            r, n = self.rated("lost_tyres")
            self.fb(c, fbt, "survey", "lost_tyres", tp="tp_storage", rating=r, nps=n)
        elif wait > 50 and rng.random() < 0.42:
            r, n = self.rated("wait")
            self.fb(c, fbt, "survey", "wait", tp="tp_pickup", rating=r, nps=n)
        elif tpms and rng.random() < 0.5:
            r, n = self.rated("tpms")
            self.fb(c, fbt, "survey", "tpms", tp="tp_pickup", rating=r, nps=n)
        elif declined_price and rng.random() < 0.35:
            r, n = self.rated("price")
            self.fb(c, fbt, "survey", "price", tp="tp_tyre_offer", rating=r, nps=n)
        elif rng.random() < 0.2:
            topic = choice(*NORMAL_TOPICS)
            if topic == "price" and not advise:
                topic = "none"
            tp0 = TOPIC_TP[topic]
            if first and tp0 == "tp_swap":
                tp0 = "tp_dropoff"
            r, n = self.rated(topic)
            self.fb(c, fbt, "survey", topic, tp=tp0, rating=r, nps=n)
        if rng.random() < 0.045:  # public reviews, a third without date
            topic = choice(["pro", "convenient", "none", "price", "no_slot", "wait"], [0.3, 0.3, 0.15, 0.1, 0.1, 0.05])
            if damage == "rim_scratch":
                topic = "rim_scratch"
            if topic == "wait" and wait <= 50:
                topic = "none"
            tp0 = TOPIC_TP[topic]
            if first and tp0 == "tp_swap":
                tp0 = "tp_dropoff"
            r, _ = self.rated(topic)
            ch = "dianping" if ck == "CN" else "google_review"
            self.fb(c, None if rng.random() < 0.33 else fbt + D(days=float(rng.uniform(0, 5))), ch, topic, tp=tp0,
                    rating=r)
        return done

    # ------------------------------------------------------------ onboarding of a new customer
    def onboard(self, dep, t_visit_target, season):
        ck = country_key(dep)
        acqs = ACQ["CN" if ck == "CN" else "other"]
        acq = choice(list(acqs), list(acqs.values()))
        lead = float(rng.gamma(2.0, 3.0)) + 1
        t_req = at_hour(t_visit_target - D(days=lead), 7, 23)
        if t_req < START:
            t_req = at_hour(START + D(days=float(rng.uniform(0, 5))), 7, 23)
        if acq == "dealer_referral":
            t_ref = at_hour(t_req - D(days=float(rng.uniform(0.2, 5))), 9, 19)
            if t_ref < START:
                t_ref = START + D(hours=float(rng.uniform(9, 40)))
            reached = rng.random() < 0.80
            c = self.new_customer(dep, acq, t_req if reached else None)
            c["dealer_name"] = choice(DEALERS[dep])
            self.ev(c, t_ref, "tp_dealer_referral", "referred", dealer_name=c["dealer_name"],
                    session_id=f"N{c['customer_id'][1:]}")
            if rng.random() < 0.10:
                r = int(choice([1, 2, 3], [0.3, 0.5, 0.2]))
                self.fb(c, t_ref + D(days=float(rng.uniform(1, 12))), choice(["call_note", "ticket"], [0.6, 0.4]),
                        "dealer_fee", tp="tp_dealer_referral", rating=None)
            if not reached:
                return c
            if t_req <= t_ref:
                t_req = t_ref + D(hours=float(rng.uniform(2, 30)))
        else:
            c = self.new_customer(dep, acq, t_req)
        sid = f"N{c['customer_id'][1:]}"
        ch = REQ_CHANNEL[acq]
        dev = {"web": choice(["pc", "ios", "android"], [0.5, 0.25, 0.25]), "app": choice(["ios", "android"]),
               "mini_program": choice(["ios", "android"], [0.45, 0.55]), "phone": ""}[ch]
        extra = {}
        if acq == "search_ads":
            extra = dict(utm_source=("baidu" if ck == "CN" else "google"), campaign=("首季存胎立减" if ck == "CN"
                                                                                    else "first-season-storage"))
        self.ev(c, t_req, "tp_booking_request", "submit", channel=ch, device=dev, vehicle=c["vehicle_model"],
                tyre_size=c["tyre_size"], session_id=sid, **extra)
        p_slot, p_show = ONBOARD[acq]
        if rng.random() >= p_slot:
            if rng.random() < 0.25:
                self.ev(c, t_req + D(days=float(rng.uniform(0.5, 6))), "tp_support", "call", reason="reschedule",
                        咨询原因=REASON_ZH["reschedule"])
            return c
        t_app = t_req + D(hours=float(rng.gamma(1.5, 10)))
        t_slot = at_hour(max(t_app + D(days=1), t_visit_target), 8, 17.5)
        achan = "phone" if ch == "phone" else ch
        self.ev(c, t_app, "tp_appointment", "confirmed", channel=achan, device=dev, slot_date=t_slot.date().isoformat(),
                lead_days=(t_slot.date() - t_app.date()).days, session_id=sid)
        if rng.random() >= p_show:
            self.ev(c, t_slot + D(minutes=60), "tp_appointment", "no_show", channel=achan,
                    slot_date=t_slot.date().isoformat(), session_id=sid)
            return c
        if t_slot > END:
            return c
        removed = "summer" if season[2] == "aut" else "winter"
        if season[0] == "off":
            removed = "winter" if t_slot.month in (5, 6, 7, 8, 9) else "summer"
        self.visit(c, t_slot, True, sid, season[3], season[4], removed)
        c["_onboarded"] = t_slot
        return c

    # ------------------------------------------------------------ a swap season for an existing customer
    def swap_season(self, c, season):
        dep = c["depot_id"]
        ws, we = window(dep, season)
        target = ws + D(days=float(rng.beta(2, 3)) * (we - ws).days)
        t_rem = datetime(target.year, target.month, target.day) - D(days=int(rng.integers(8, 21)))
        t_rem += D(hours=float(rng.uniform(9, 11)))
        if t_rem < START or t_rem > END:
            return
        broken = LINK_BROKEN[0] <= t_rem < LINK_BROKEN[1]
        sid = f"S{c['customer_id'][1:]}-{season[0]}"
        delivered = rng.random() < 0.97
        clicked = delivered and rng.random() < (0.62 if not broken else 0.7)
        self.ev(c, t_rem, "tp_reminder", "sent", channel={"wechat": "mini_program", "sms": "other", "email": "email",
                                                           "app_push": "app"}[c["preferred_contact"]],
                reminder_channel=c["preferred_contact"], delivered=("true" if delivered else "false"),
                clicked=("true" if clicked else "false"), template=("v2" if t_rem >= LINK_BROKEN[0] else "v1"),
                season=season[3], season_en=season[4], session_id=sid)
        u = rng.random()
        if broken:
            mode = "normal" if u < 0.42 else ("late" if u < 0.76 else "skip")
            if clicked and rng.random() < 0.15:
                self.fb(c, t_rem + D(hours=float(rng.uniform(2, 100))), "ticket", "broken_link", tp="tp_reminder")
            elif clicked and rng.random() < 0.05:
                self.fb(c, t_rem + D(hours=float(rng.uniform(2, 100))), "app_review", "broken_link", tp="tp_reminder",
                        rating=int(choice([1, 2], [0.6, 0.4])))
        else:
            mode = "normal" if u < 0.865 else ("late" if u < 0.905 else "skip")
        if mode == "skip":
            if rng.random() < 0.55:
                c["_active"] = False
            return
        if mode == "normal":
            lag = float(np.clip(rng.gamma(1.4, 3.2), 0.05, 26))
        else:
            lag = float(rng.uniform(31, 52))
            if broken and rng.random() < 0.55:
                self.ev(c, t_rem + D(days=float(rng.uniform(1, 8))), "tp_support", "call", reason="booking_link",
                        咨询原因=REASON_ZH["booking_link"], session_id=sid)
        t_book = t_rem + D(days=lag)
        ch = choice(["app", "web", "phone"] + (["mini_program"] if c["country"] == "CN" else []),
                    [0.35, 0.25, 0.15, 0.25] if c["country"] == "CN" else [0.45, 0.35, 0.2])
        if broken and mode == "late":
            ch = "phone"
        dev = {"app": choice(["ios", "android"]), "web": choice(["pc", "ios", "android"], [0.5, 0.25, 0.25]),
               "phone": "", "mini_program": choice(["ios", "android"])}[ch]
        t_slot = at_hour(t_book + D(days=float(rng.uniform(1, 9))), 8, 17.5)
        if not self.ev(c, t_book, "tp_appointment", "confirmed", channel=ch, device=dev,
                       slot_date=t_slot.date().isoformat(), lead_days=(t_slot.date() - t_book.date()).days,
                       season=season[3], season_en=season[4], session_id=sid):
            return
        if rng.random() < 0.045:
            self.ev(c, t_slot + D(minutes=60), "tp_appointment", "no_show", channel=ch,
                    slot_date=t_slot.date().isoformat(), season=season[3], season_en=season[4], session_id=sid)
            if rng.random() > 0.65:
                return
            t_book = t_slot + D(days=float(rng.uniform(0.5, 3)))
            t_slot = at_hour(t_book + D(days=float(rng.uniform(1, 6))), 8, 17.5)
            if not self.ev(c, t_book, "tp_appointment", "rescheduled", channel="phone",
                           slot_date=t_slot.date().isoformat(), lead_days=(t_slot.date() - t_book.date()).days,
                           season=season[3], season_en=season[4], session_id=sid):
                return
        if t_slot > END:
            return
        removed = "summer" if season[2] == "aut" else "winter"
        self.visit(c, t_slot, False, sid, season[3], season[4], removed)

    # ------------------------------------------------------------ social posts (no customer)
    def social(self):
        topics = ["rim_scratch", "wait", "broken_link", "lost_tyres", "price", "convenient", "pro", "no_slot",
                  "tpms", "weekend"]
        p = [0.12, 0.1, 0.1, 0.05, 0.1, 0.17, 0.13, 0.12, 0.04, 0.07]
        for _ in range(300):
            topic = choice(topics, p)
            if topic == "rim_scratch":
                dep, t = "D6", datetime(2025, 10, 15) + D(days=float(rng.uniform(0, 220)))
            elif topic == "wait":
                dep, t = "D1", datetime(2025, 10, 3) + D(days=float(rng.uniform(0, 45)))
            elif topic == "broken_link":
                dep, t = choice(DEPOT_IDS, DEPOT_W), datetime(2025, 10, 2) + D(days=float(rng.uniform(0, 32)))
            elif topic == "lost_tyres":
                dep, t = "D3", datetime(2026, 3, 26) + D(days=float(rng.uniform(0, 40)))
            else:
                dep, t = choice(DEPOT_IDS, DEPOT_W), START + D(days=float(rng.uniform(0, (END - START).days)))
            lang = DEPOTS[dep][8]
            ch = choice(["xiaohongshu", "weibo"]) if lang == "zh" else "facebook"
            self.fb(None, None if rng.random() < 0.5 else t, ch, topic, tp=None, dep=dep, lang=lang)

    # ------------------------------------------------------------ run
    def run(self):
        # legacy customers: tyres already in storage at the start of the extract
        for _ in range(N_LEGACY):
            dep = choice(DEPOT_IDS, DEPOT_W)
            signup = datetime(2021, 3, 1) + D(days=float(rng.uniform(0, 1250)))
            c = self.new_customer(dep, "legacy", signup)
            c["_visits"] = int(rng.integers(1, 7))
            c["_onboarded"] = signup
        # new customers per season (visit target inside the depot's window) and off-season trickle
        new = []
        for s in SEASONS:
            for _ in range(NEW_PER_SEASON[s[0]]):
                dep = choice(DEPOT_IDS, DEPOT_W)
                ws, we = window(dep, s)
                target = ws + D(days=float(rng.beta(2, 3)) * (we - ws).days)
                new.append((target, dep, s))
        for t0, days, n in OFF_SEASON:
            for _ in range(n):
                dep = choice(DEPOT_IDS, DEPOT_W)
                new.append((t0 + D(days=float(rng.uniform(0, days))), dep, ("off", 0, "off", "淡季", "off season")))
        new.sort(key=lambda r: r[0])
        for target, dep, s in new:
            self.onboard(dep, target, s)
        # seasons for everyone stored
        for c in self.customers:
            start = c.get("_onboarded")
            if start is None:
                continue
            for s in SEASONS:
                ws, _ = window(c["depot_id"], s)
                if ws <= start + D(days=25):
                    continue
                if not c["_active"]:
                    break
                self.swap_season(c, s)
        self.social()

    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)

        def dump(name, rows, cols, sub=""):
            with open(out / sub / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
                w.writeheader()
                for r in rows:
                    w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})

        dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
             ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        jr = []
        for jid, zh, en, steps, win in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                               touchpoint_id=tp, window_days=win))
        dump("journeys", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
        for c in self.customers:  # prospects who never dropped tyres off have no plan yet
            if c.get("_onboarded") is None:
                c["tier"] = c["存储套餐"] = ""
        dump("customers", self.customers,
             ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "客户类型", "获客渠道",
              "depot_id", "depot", "depot_en", "city", "country", "vehicle_make", "vehicle_make_en", "vehicle_model",
              "vehicle_type", "tyre_size", "rim_type", "存储套餐", "studded_winter", "preferred_contact",
              "preferred_language", "dealer_name"])
        self.events.sort(key=lambda r: (r["ts"], r["customer_id"]))
        for i, r in enumerate(self.events, 1):
            r["event_id"] = f"E{i:07d}"
            r["ts"] = tfmt(r["ts"])
        ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                   "depot_id", "depot", "depot_en", "season", "season_en", "dealer_name", "vehicle", "tyre_size",
                   "utm_source", "campaign", "slot_date", "lead_days", "reminder_channel", "delivered", "clicked",
                   "template", "tyre_set_fitted", "technician", "technician_en", "crew", "swap_minutes",
                   "damage_report", "retrieval_issue", "balancing", "tyre_set", "tread_depth_mm", "tyre_age_years",
                   "damage", "损伤", "studded", "tyre_brand", "tyre_brand_en", "wait_min", "torque_checked",
                   "tpms_warning", "report_channel", "opened", "min_tread_mm", "warehouse", "rack_id", "on_rims",
                   "storage_plan", "offer_brand", "offer_brand_en", "offer_total_local", "currency", "decline_reason",
                   "未购原因", "qty", "reason", "咨询原因"]
        dump("events", self.events, ev_cols)
        self.orders.sort(key=lambda r: r["ts"])
        dump("orders", self.orders,
             ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
              "currency", "amount_local", "depot_id", "depot", "depot_en", "plan", "season", "session_id",
              "tyre_brand", "tyre_brand_en", "qty", "payment_method"])
        dump("feedback", self.feedback,
             ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
              "depot_id", "depot", "depot_en"])
        dump("feedback_truth", self.truth, ["feedback_id", "topics", "sentiment"], sub="_truth")


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python generate.py OUTDIR", file=sys.stderr)
        return 2
    g = Gen()
    g.run()
    g.write(Path(sys.argv[1]))
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
