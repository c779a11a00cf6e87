"""晶途车玻 ClearRoute Auto Glass: mobile windscreen repair & replacement (synthetic, written blind).

Five branches: 深圳 Shenzhen, 杭州 Hangzhou, 成都 Chengdu (China, CNY), Brisbane (AUD) and Auckland (NZD).
Three kinds of customers:
- private drivers find us through a search / map / short-video ad (百度 SEM, 高德地图, 抖音, Google Ads, Facebook)
  or by word of mouth / a car dealer, get an online quote (photo of the chip or crack), book a mobile visit;
- insured drivers are referred by their insurer (鼎信财险, 嘉禾财险, 安瑞保险, Coral Coast Insurance, Harbour
  Mutual, Kiwi Shield): the claims desk checks the claim with the insurer, the driver pays the excess (自付额;
  waived for chip repairs), then books;
- fleet accounts (logistics, taxi, ride-hailing, rental, bus) raise work orders on the fleet portal and are billed
  monthly.
Then: technician dispatch (arrival window, lateness), on-site chip repair or glass replacement (aborted for rain,
wrong glass or no-show -> reschedule), ADAS camera recalibration after windscreen replacements on cars with a
forward camera (static / dynamic; a failed first attempt means a return visit), quality check & leak test, a
warranty callback about a week later, warranty rework (leak, wind noise, stress crack, rain sensor, trim), reviews.
Orders: retail jobs (paid by the driver on completion), excess payments, insurer invoices (the insurer's share of
an insured job) and fleet monthly bills. Amounts in CNY at the fixed group rate (AUD 4.65, NZD 4.25), with
currency and amount_local.
Events 2025-01-01 .. 2026-06-30 (extract taken early July 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(topics of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261131
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_PRIVATE = 12500
N_INSURED = 4300
CALIB_BAD = (datetime(2025, 11, 1), datetime(2025, 12, 1))   # calibration-rig firmware 4.2 + aftermarket batch
AKL_SHORT = datetime(2025, 9, 1)                              # Auckland loses two technicians
HAIL = datetime(2025, 10, 16)                                 # Brisbane hailstorm

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search_ad", "广告点击", "Online ad click", "awareness", "ads", "digital", "growth_marketing",
     "广告|搜索广告|百度推广|高德|抖音广告|投放|点广告|ad|ads|search ad|google ads|ad click|paid search"),
    ("tp_insurer_referral", "保险公司转介", "Insurer referral", "awareness", "other", "digital", "partnerships",
     "保险转介|保险公司推荐|保险报案|理赔转介|insurer referral|insurance referral|claim lodged|referred by insurer"),
    ("tp_fleet_order", "车队工单", "Fleet work order", "purchase", "web", "digital", "fleet_accounts",
     "车队|车队下单|企业工单|大客户工单|fleet order|fleet portal|work order|fleet job"),
    ("tp_quote", "在线报价", "Online quote", "consideration", "web", "digital", "sales",
     "报价|询价|估价|拍照定损|quote|online quote|price check|estimate"),
    ("tp_claim_check", "理赔核验", "Insurance claim check", "purchase", "phone", "digital", "claims_desk",
     "理赔|保险核验|理赔审核|核保|claim check|claim approval|insurance check|claims desk"),
    ("tp_excess_pay", "自付额支付", "Excess payment", "purchase", "web", "digital", "finance",
     "自付额|免赔额|付自付|付款链接|excess|excess payment|pay the excess|deductible"),
    ("tp_booking", "预约上门", "Booking", "purchase", "web", "digital", "call_centre",
     "预约|下单|约时间|约师傅|booking|book|appointment|schedule a visit"),
    ("tp_reschedule", "改约", "Reschedule", "service", "phone", "digital", "call_centre",
     "改约|改期|改时间|重新预约|reschedule|rebook|new appointment|moved the booking"),
    ("tp_dispatch", "技师派单", "Technician dispatch", "service", "app", "digital", "dispatch",
     "派单|派工|师傅出发|到达时间|迟到|dispatch|technician on the way|arrival window|eta|late technician"),
    ("tp_onsite", "上门施工", "On-site repair / replacement", "service", "other", "physical", "field_ops",
     "上门施工|换玻璃|修补|补玻璃|施工|安装|on-site job|windscreen replacement|chip repair|fitting|install"),
    ("tp_adas_calib", "ADAS摄像头校准", "ADAS camera recalibration", "service", "other", "physical", "field_ops",
     "ADAS|校准|标定|摄像头校准|前视摄像头|adas|calibration|recalibration|camera calibration"),
    ("tp_qc_leak", "质检与漏水测试", "Quality check & leak test", "service", "other", "physical", "quality",
     "质检|漏水测试|淋水测试|验收|quality check|leak test|water test|qc|inspection"),
    ("tp_warranty_callback", "质保回访", "Warranty callback", "loyalty", "phone", "digital", "customer_care",
     "回访|电话回访|售后回访|callback|follow-up call|aftercare call|check-in call"),
    ("tp_warranty_claim", "质保返修", "Warranty rework", "loyalty", "other", "physical", "quality",
     "返修|质保|保修|返工|warranty|warranty claim|rework|comeback|redo"),
    ("tp_review", "服务评价", "Review", "loyalty", "app", "digital", "customer_care",
     "评价|打分|满意度|点评|review|rating|survey|csat"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("retail_quote", "线上报价预约", "Online quote to booking", ["tp_search_ad", "tp_quote", "tp_booking"], 7),
    ("insurance_claim", "保险理赔", "Insurance claim", ["tp_insurer_referral", "tp_claim_check", "tp_excess_pay",
                                                     "tp_booking"], 14),
    ("service_visit", "上门服务", "Service visit", ["tp_dispatch", "tp_onsite", "tp_qc_leak"], 3),
    ("adas_calibration", "ADAS校准", "ADAS recalibration", ["tp_onsite", "tp_adas_calib", "tp_qc_leak"], 3),
    ("aftercare", "质保回访", "Aftercare", ["tp_qc_leak", "tp_warranty_callback", "tp_warranty_claim"], 90),
]
# branch: zh, en, city zh, city en, lang, currency, fx, weight of private / insured demand
BRANCHES = {
    "B1": ("深圳分公司", "Shenzhen", "深圳", "Shenzhen", "zh", "CNY", 1.0, 0.24),
    "B2": ("杭州分公司", "Hangzhou", "杭州", "Hangzhou", "zh", "CNY", 1.0, 0.20),
    "B3": ("成都分公司", "Chengdu", "成都", "Chengdu", "zh", "CNY", 1.0, 0.16),
    "B4": ("布里斯班分公司", "Brisbane", "布里斯班", "Brisbane", "en", "AUD", 4.65, 0.22),
    "B5": ("奥克兰分公司", "Auckland", "奥克兰", "Auckland", "en", "NZD", 4.25, 0.18),
}
DISTRICTS = {
    "B1": (["南山区", "福田区", "宝安区", "龙岗区", "龙华区"], [0.25, 0.22, 0.22, 0.18, 0.13]),
    "B2": (["西湖区", "滨江区", "余杭区", "萧山区", "上城区"], [0.2, 0.22, 0.24, 0.2, 0.14]),
    "B3": (["高新区", "武侯区", "锦江区", "成华区", "双流区"], [0.26, 0.22, 0.18, 0.17, 0.17]),
    "B4": (["Brisbane North", "Brisbane South", "Logan", "Ipswich", "Moreton Bay"], [0.26, 0.26, 0.18, 0.13, 0.17]),
    "B5": (["Auckland Central", "North Shore", "West Auckland", "South Auckland", "East Auckland"],
           [0.22, 0.22, 0.18, 0.22, 0.16]),
}
# month-of-year demand (Jan..Dec): chips in winter, Brisbane hail season
SEASON = {
    "B1": [1.2, 0.7, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.0, 1.1],
    "B2": [1.3, 0.7, 1.0, 0.9, 1.0, 0.9, 1.0, 1.0, 1.0, 1.1, 1.1, 1.3],
    "B3": [1.3, 0.7, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 1.0, 1.1, 1.0, 1.2],
    "B4": [1.1, 1.0, 1.0, 0.9, 0.9, 0.9, 1.0, 1.0, 1.0, 1.2, 1.3, 1.2],
    "B5": [0.9, 0.9, 1.0, 1.0, 1.1, 1.2, 1.2, 1.2, 1.0, 1.0, 0.9, 0.9],
}
GROWTH_2026 = 1.17
# share of mobile replacements rained off, by branch and month (chip repairs a third of it)
RAIN = {
    "B1": [0.03, 0.03, 0.05, 0.09, 0.13, 0.14, 0.12, 0.13, 0.11, 0.05, 0.03, 0.03],
    "B2": [0.05, 0.06, 0.07, 0.07, 0.08, 0.24, 0.12, 0.07, 0.08, 0.04, 0.04, 0.04],
    "B3": [0.03, 0.03, 0.04, 0.04, 0.05, 0.07, 0.09, 0.09, 0.06, 0.04, 0.03, 0.03],
    "B4": [0.13, 0.13, 0.10, 0.04, 0.03, 0.03, 0.02, 0.02, 0.03, 0.06, 0.10, 0.13],
    "B5": [0.05, 0.05, 0.06, 0.08, 0.14, 0.19, 0.20, 0.18, 0.10, 0.07, 0.05, 0.05],
}
ACQ = {  # private drivers
    "zh": {"baidu_sem": 0.30, "amap": 0.21, "douyin": 0.21, "word_of_mouth": 0.14, "car_dealer": 0.14},
    "en": {"google_ads": 0.44, "facebook": 0.20, "word_of_mouth": 0.19, "car_dealer": 0.17},
}
ACQ_ZH = {"baidu_sem": "百度推广", "amap": "高德地图", "douyin": "抖音", "google_ads": "谷歌广告",
          "facebook": "Facebook", "word_of_mouth": "口碑推荐", "car_dealer": "4S店/车行推荐",
          "insurer_referral": "保险公司转介", "fleet_contract": "车队合同"}
AD_CHANNELS = {"baidu_sem", "amap", "douyin", "google_ads", "facebook"}
KEYWORDS = {"baidu_sem": ["前挡风玻璃更换", "汽车玻璃修补", "挡风玻璃裂了怎么办", "上门换玻璃"],
            "amap": ["附近汽车玻璃", "汽车玻璃店"], "douyin": ["玻璃修补团购", "99元补玻璃"],
            "google_ads": ["windscreen replacement near me", "windscreen chip repair", "mobile windscreen repair"],
            "facebook": ["chip repair offer", "windscreen promo"]}
FUNNEL = {  # ad -> quote, quote -> booking (per person)
    "baidu_sem": (0.52, 0.50), "amap": (0.58, 0.52), "douyin": (0.30, 0.27), "google_ads": (0.55, 0.51),
    "facebook": (0.44, 0.42), "word_of_mouth": (1.0, 0.63), "car_dealer": (1.0, 0.60),
}
INSURERS = {  # id: name as recorded, name_en, branches, claim check median hours, decline rate
    "INS1": ("鼎信财险", "Dingxin Insurance", ("B1", "B2", "B3"), 2.5, 0.06),
    "INS2": ("嘉禾财险", "Jiahe Insurance", ("B1", "B2", "B3"), 26.0, 0.11),
    "INS3": ("安瑞保险", "Anrui Insurance", ("B1", "B2", "B3"), 3.5, 0.07),
    "INS4": ("Coral Coast Insurance", "Coral Coast Insurance", ("B4",), 3.0, 0.07),
    "INS5": ("Harbour Mutual", "Harbour Mutual", ("B4", "B5"), 4.0, 0.08),
    "INS6": ("Kiwi Shield", "Kiwi Shield", ("B5",), 2.8, 0.06),
}
INS_MIX = {"B1": (["INS1", "INS2", "INS3"], [0.42, 0.33, 0.25]), "B2": (["INS1", "INS2", "INS3"], [0.4, 0.32, 0.28]),
           "B3": (["INS1", "INS2", "INS3"], [0.45, 0.3, 0.25]), "B4": (["INS4", "INS5"], [0.55, 0.45]),
           "B5": (["INS6", "INS5"], [0.58, 0.42])}
EXCESS = {"CNY": [300, 500], "AUD": [100, 150, 200], "NZD": [100, 200]}
SERVICE = {"chip_repair": ("修补", "Chip repair"), "windscreen_replacement": ("前挡更换", "Windscreen replacement"),
           "side_rear_glass": ("侧窗/后挡更换", "Side / rear glass")}
PRICE = {  # currency: chip, windscreen base, windscreen spread, adas glass premium, calibration fee, side/rear
    "CNY": (280, 1600, 1400, 600, 680, 900),
    "AUD": (129, 450, 350, 150, 290, 320),
    "NZD": (139, 480, 380, 150, 310, 340),
}
MAKES = {
    "zh": [("比亚迪", "BYD", "汉", 0.6), ("比亚迪", "BYD", "宋PLUS", 0.7), ("丰田", "Toyota", "凯美瑞", 0.7),
           ("大众", "Volkswagen", "帕萨特", 0.4), ("特斯拉", "Tesla", "Model Y", 1.0), ("本田", "Honda", "雅阁", 0.5),
           ("吉利", "Geely", "星越L", 0.6), ("日产", "Nissan", "轩逸", 0.2), ("理想", "Li Auto", "L7", 1.0),
           ("五菱", "Wuling", "宏光MINI", 0.0)],
    "en": [("丰田", "Toyota", "Hilux", 0.5), ("丰田", "Toyota", "RAV4", 0.8), ("福特", "Ford", "Ranger", 0.6),
           ("马自达", "Mazda", "CX-5", 0.7), ("现代", "Hyundai", "i30", 0.5), ("特斯拉", "Tesla", "Model 3", 1.0),
           ("三菱", "Mitsubishi", "Outlander", 0.6), ("铃木", "Suzuki", "Swift", 0.3), ("起亚", "Kia", "Sportage", 0.7),
           ("日产", "Nissan", "Navara", 0.4)],
}
MAKE_P = {"zh": [0.14, 0.12, 0.1, 0.1, 0.1, 0.08, 0.09, 0.1, 0.07, 0.1],
          "en": [0.13, 0.13, 0.12, 0.11, 0.1, 0.07, 0.1, 0.09, 0.08, 0.07]}
TECHS = {  # branch: [(id, name as recorded, name_en)]
    "B1": [("T11", "黄建国", "Huang Jianguo"), ("T12", "林志伟", "Lin Zhiwei"), ("T13", "陈东", "Chen Dong"),
           ("T14", "吴海波", "Wu Haibo")],
    "B2": [("T21", "周斌", "Zhou Bin"), ("T22", "沈立新", "Shen Lixin"), ("T23", "钱勇", "Qian Yong")],
    "B3": [("T31", "杨帆", "Yang Fan"), ("T32", "罗小军", "Luo Xiaojun"), ("T33", "何磊", "He Lei")],
    "B4": [("T41", "Mick O'Brien", "Mick O'Brien"), ("T42", "Raj Patel", "Raj Patel"), ("T43", "Jess Turner", "Jess Turner"),
           ("T44", "Dan Kowalski", "Dan Kowalski")],
    "B5": [("T51", "Hemi Walker", "Hemi Walker"), ("T52", "Sione Taufa", "Sione Taufa"), ("T53", "Grant Miller", "Grant Miller"),
           ("T54", "Aaron Lee", "Aaron Lee")],
}
AKL_LEFT = {"T53", "T54"}               # left Auckland at the end of August 2025
COMEBACK_TECH = "T11"                   # Shenzhen, high warranty rework rate on replacements
FLEET_NAMES = {
    "B1": [("顺达物流", "logistics"), ("鹏城出租", "taxi"), ("湾区快运", "logistics"), ("南山网约车队", "ride_hailing"),
           ("深巴客运", "bus"), ("前海租车", "car_rental"), ("粤通冷链", "logistics"), ("城投市政车队", "utility")],
    "B2": [("西湖出租", "taxi"), ("钱江物流", "logistics"), ("杭城网约车队", "ride_hailing"), ("之江租车", "car_rental"),
           ("杭运客车", "bus"), ("滨江快递车队", "logistics")],
    "B3": [("蓉城出租", "taxi"), ("天府物流", "logistics"), ("锦城网约车队", "ride_hailing"), ("川渝租车", "car_rental"),
           ("成都公交车队", "bus")],
    "B4": [("Sunstate Couriers", "logistics"), ("Metro Cabs Brisbane", "taxi"), ("Riverside Car Rentals", "car_rental"),
           ("Moreton Tradies Fleet", "utility"), ("QLD Freightlines", "logistics"), ("BrisRide Partners", "ride_hailing")],
    "B5": [("Harbour City Taxis", "taxi"), ("Kiwi Freight Co", "logistics"), ("Auckland Rental Cars", "car_rental"),
           ("Northern Bus Lines", "bus"), ("Waitemata Couriers", "logistics")],
}
INDUSTRY_ZH = {"logistics": "物流", "taxi": "出租车", "ride_hailing": "网约车", "car_rental": "租车", "bus": "客运",
               "utility": "市政/工程"}
ABORT_ZH = {"rain": "下雨", "wrong_glass": "玻璃型号不符", "no_show": "客户不在", "": ""}
ISSUES = {"leak": "漏水", "wind_noise": "风噪", "stress_crack": "应力裂纹", "rain_sensor": "雨量传感器失灵",
          "trim": "饰条松脱", "repair_spread": "修补处裂纹扩展"}

# ---------------------------------------------------------------- feedback text
TOPIC_TP = {"late": "tp_dispatch", "calib": "tp_adas_calib", "claim_slow": "tp_claim_check", "excess": "tp_excess_pay",
            "rain": "tp_reschedule", "wrong_glass": "tp_onsite", "leak": "tp_warranty_claim",
            "wind_noise": "tp_warranty_claim", "mess": "tp_onsite", "price": "tp_quote", "pro": "tp_onsite",
            "convenient": "tp_booking", "callback": "tp_warranty_callback"}
NEGATIVE = {"late", "calib", "claim_slow", "excess", "rain", "wrong_glass", "leak", "wind_noise", "mess", "price"}
TEXT = {
    "late": {
        "zh": ["约的是上午九点到十一点，师傅迟到了一个多小时，也没提前打电话", "师傅迟到快两个小时，我请的假全耽误了",
               "派单说一小时内到，结果迟到了九十分钟", "技师又迟到了，车队的车在院子里干等"],
        "en": ["Technician turned up late, almost two hours after the window, no call to warn me",
               "The tech turned up late and I missed a meeting waiting for him",
               "Booked the 8-10 slot and he arrived late around 11:30, not good enough",
               "Second time the technician arrived late for our fleet vans"]},
    "calib": {
        "zh": ["换完玻璃ADAS摄像头校准没通过，车道保持一直报错，又跑了一趟", "摄像头校准失败，师傅说要过两天再来",
               "换挡风玻璃以后前视摄像头校准做了两次才好，耽误我用车"],
        "en": ["The ADAS camera calibration failed after the new windscreen, lane assist warning still on",
               "They had to come back to redo the camera calibration, lost another morning",
               "Calibration didn't take the first time and my auto braking light stayed on"]},
    "claim_slow": {
        "zh": ["保险公司的理赔审核等了两天才批下来，玻璃裂着不敢上高速", "理赔审核太慢了，报案第二天才有人回复",
               "理赔审核一直卡着，客服只会说在等保险公司"],
        "en": ["The claim approval took ages, two days before anyone confirmed cover",
               "Waiting on the claim approval for over a day, cracked screen the whole time"]},
    "excess": {
        "zh": ["自付额的付款链接打不开，试了好几次", "没人提前说清楚自付额要五百，到付款才知道",
               "自付额付款失败了还扣了钱，退了三天"],
        "en": ["The excess payment link kept failing on my phone", "Nobody told me the excess upfront, felt like a surprise bill",
               "Paid the excess twice because the first payment showed as failed"]},
    "rain": {
        "zh": ["因为下雨改约了两次，车窗一直用胶带贴着", "下雨就不能施工，可以理解但是应该早点通知",
               "师傅到了说下雨胶水不干，只能改约"],
        "en": ["Job got rained off twice, windscreen taped up for a week", "Rescheduled because of the rain, fair enough but tell me earlier",
               "Tech arrived and said the urethane won't cure in the rain, had to rebook"]},
    "wrong_glass": {
        "zh": ["师傅带来的玻璃型号不对，白等一上午", "玻璃型号不对，带雨量传感器的那款没带，只能改天"],
        "en": ["They brought the wrong glass for my car, wasted a morning", "Wrong glass again, the one without the camera bracket"]},
    "leak": {
        "zh": ["换完玻璃一遇到雨天就漏水，副驾脚垫都湿了", "前挡边上漏水，洗车以后发现的", "新玻璃漏水，返修了一次才好"],
        "en": ["New windscreen is leaking at the top corner when it rains", "Found a leak into the footwell after the car wash",
               "Windscreen leaks, had to book a warranty visit"]},
    "wind_noise": {
        "zh": ["换完之后高速上风噪特别大", "新玻璃装好后有风噪，以前没有的"],
        "en": ["Loud wind noise on the motorway since the replacement", "There's a wind noise from the A-pillar now, never had it before"]},
    "mess": {
        "zh": ["施工完车里都是玻璃渣，座椅缝里清了好久", "仪表台上留了玻璃渣和胶水印子"],
        "en": ["Left glass shards all over the dash and seats", "Still finding glass shards in the vents a week later"]},
    "price": {
        "zh": ["报价比4S店便宜点，但带ADAS的还是太贵了", "修个小裂点还是有点太贵"],
        "en": ["Quote was too expensive compared to the other mob", "Pretty expensive for a chip repair"]},
    "pro": {
        "zh": ["师傅很专业，半小时就补好了，看不出痕迹", "技师很专业，讲得清清楚楚，施工也干净", "师傅专业又准时，点赞"],
        "en": ["Very professional tech, chip fixed in 20 minutes", "Professional job, neat and tidy, explained everything",
               "Really professional and friendly technician"]},
    "convenient": {
        "zh": ["直接上门到公司楼下换的，太方便了", "在线约好时间师傅上门，很方便"],
        "en": ["So convenient having it done at my work carpark", "Convenient booking, they came to my house"]},
    "callback": {
        "zh": ["一周后还有回访电话问有没有问题，挺贴心", "回访很及时，态度好"],
        "en": ["Nice follow-up call a week later to check everything was fine", "Appreciated the follow-up call after the job"]},
}
NEUTRAL = {"zh": ["还行，按时完成了", "整体一般，没什么特别", "服务可以"],
           "en": ["It was ok", "Job done, fine", "Average service overall"]}
RATING_NEG = ([1, 2, 3], [0.45, 0.4, 0.15])
RATING_POS = ([4, 5], [0.3, 0.7])
RATING_NEU = ([3, 4, 5], [0.35, 0.45, 0.2])


def choice(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def months():
    return [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 6)]


def mdays(y, m):
    return (date(y + (m == 12), m % 12 + 1, 1) - date(y, m, 1)).days


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_job = 0
        self.fleet_jobs = {}            # (fleet customer_id, y, m) -> [local amount, jobs, branch]

    # ---------- helpers
    def ev(self, c, t, tp, action, **kw):
        if t > END or t < START:
            return None
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=c["customer_id"], ts=tfmt(t), touchpoint_id=tp,
                   action=action)
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, otype, amount_local, br, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        b = BRANCHES[br]
        row = dict(order_id=f"OR{self.n_ord:06d}", customer_id=c["customer_id"], ts=tfmt(t),
                   amount=round(amount_local * b[6], 2), status=status, order_type=otype,
                   订单类型={"job": "零售工单", "excess": "自付额", "insurer_invoice": "保险公司账单",
                           "fleet_bill": "车队月结账单"}[otype],
                   branch_id=br, branch=b[0], branch_en=b[1], currency=b[5], amount_local=round(amount_local, 2))
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, channel, lang, topic, br, rating=None, nps=None, job=None, tech=None, insurer=None):
        if t is not None and (t > END or t < START):
            return
        text = choice(TEXT[topic][lang]) if topic else choice(NEUTRAL[lang])
        tp = TOPIC_TP[topic] if topic else "tp_onsite"
        self.n_fb += 1
        b = BRANCHES[br]
        row = dict(feedback_id=f"FB{self.n_fb:05d}", text=text, ts=tfmt(t) if t is not None else "",
                   customer_id=c["customer_id"] if c else "", touchpoint_id=tp, channel=channel,
                   rating=rating if rating is not None else "", nps=nps if nps is not None else "",
                   language=lang, branch_id=br, branch=b[0], branch_en=b[1], job_id=job or "",
                   technician_id=tech[0] if tech else "", technician=tech[1] if tech else "",
                   technician_en=tech[2] if tech else "",
                   insurer=INSURERS[insurer][0] if insurer else "", insurer_en=INSURERS[insurer][1] if insurer else "")
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=row["feedback_id"], topics=topic or "",
                               sentiment="negative" if topic in NEGATIVE else ("positive" if topic else "neutral")))

    def start_time(self, br):
        ms = months()
        w = np.array([SEASON[br][m - 1] * (GROWTH_2026 if y == 2026 else 1.0) for y, m in ms])
        y, m = ms[int(rng.choice(len(ms), p=w / w.sum()))]
        day = int(rng.integers(1, mdays(y, m) + 1))
        hour = choice([7, 8, 9, 10, 12, 13, 17, 18, 19, 20, 21, 22],
                      [0.06, 0.1, 0.1, 0.08, 0.1, 0.08, 0.08, 0.1, 0.09, 0.09, 0.08, 0.04])
        return datetime(y, m, day, hour, int(rng.integers(0, 60)), int(rng.integers(0, 60)))

    def new_customer(self, br, ctype, acq, t0=None, **extra):
        b = BRANCHES[br]
        lang = b[4]
        ds, dp = DISTRICTS[br]
        k = int(rng.choice(len(MAKES[lang]), p=MAKE_P[lang]))
        mk = MAKES[lang][k]
        year = int(choice([2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
                          [0.06, 0.08, 0.1, 0.12, 0.14, 0.15, 0.15, 0.13, 0.07]))
        adas = rng.random() < mk[3] * (1.0 if year >= 2020 else 0.5)
        n = len(self.customers) + 1
        seg = {"private": "private_driver", "insured": "insured_driver", "fleet": "fleet_account"}[ctype]
        plang = lang if rng.random() > 0.05 else ("en" if lang == "zh" else "zh")
        c = dict(customer_id=f"CU{n:06d}", signup_at=tfmt(t0) if t0 else "", segment=seg,
                 region=choice(ds, dp), acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], tier="standard",
                 customer_type=seg, 客户类型={"private_driver": "私家车主", "insured_driver": "保险客户",
                                          "fleet_account": "车队客户"}[seg],
                 branch_id=br, branch=b[0], branch_en=b[1], vehicle_make=mk[0], vehicle_make_en=mk[1],
                 vehicle_model=mk[2], vehicle_year=year, has_adas=str(bool(adas)).lower(), insurer="", insurer_en="",
                 fleet_name="", fleet_size="", industry="", 行业="", preferred_language=plang)
        c.update(extra)
        c["_lang"] = plang
        self.customers.append(c)
        return c

    # ---------- job after booking
    def job_spec(self, c, br, kind):
        cur = BRANCHES[br][5]
        if kind == "fleet":
            svc = choice(list(SERVICE), [0.36, 0.54, 0.10])
            adas = rng.random() < (0.45 if c["industry"] in ("logistics", "bus") else 0.7)
        else:
            svc = choice(list(SERVICE), [0.38, 0.52, 0.10] if kind == "private" else [0.30, 0.60, 0.10])
            adas = c["has_adas"] == "true"
        needs_cal = svc == "windscreen_replacement" and adas
        p = PRICE[cur]
        if svc == "chip_repair":
            price = p[0]
        elif svc == "side_rear_glass":
            price = p[5]
        else:
            price = p[1] + round(float(rng.uniform(0, p[2])) / 10) * 10 + (p[3] + p[4] if needs_cal else 0)
        if kind == "fleet":
            price = round(price * 0.88, 2)
        src = "oem" if rng.random() < (0.45 if kind == "insured" else 0.3) else "aftermarket"
        return dict(service=svc, needs_cal=needs_cal, price=price, glass_source=src if svc != "chip_repair" else "")

    def do_job(self, c, br, job, spec, t_book, kind, dev, issues, insurer=None):
        """booking at t_book -> dispatch -> on-site (maybe aborted, rescheduled) -> ADAS -> QC -> callback."""
        b = BRANCHES[br]
        common = dict(session_id=job, branch_id=br, branch=b[0], branch_en=b[1], service_type=spec["service"],
                      服务类型=SERVICE[spec["service"]][0])
        appt = (t_book + D(days=int(rng.choice([0, 1, 1, 2, 2, 3, 4, 5])))).date()
        if t_book.hour >= 10 and appt == t_book.date():
            appt = appt + D(days=1)
        done = None
        tech = None
        for attempt in range(3):
            techs = [t for t in TECHS[br] if not (br == "B5" and t[0] in AKL_LEFT and
                                                  datetime.combine(appt, datetime.min.time()) >= AKL_SHORT)]
            tech = techs[int(rng.integers(len(techs)))]
            win = int(choice([8, 10, 13, 15], [0.3, 0.3, 0.2, 0.2]))
            td = datetime.combine(appt, datetime.min.time()) + D(hours=7, minutes=int(rng.integers(0, 50)))
            if appt == t_book.date():
                win = int(choice([13, 15]))
                td = t_book + D(minutes=int(rng.integers(15, 60)))
            elif win >= 13:
                td = td + D(hours=4)
            short = br == "B5" and td >= AKL_SHORT
            u = rng.random()
            p_late = 0.31 if short else (0.11 if br == "B5" else 0.07)
            if u < p_late:
                late = int(rng.integers(31, 150))
            elif u < p_late + 0.22:
                late = int(rng.integers(1, 31))
            else:
                late = -int(rng.integers(0, 115))    # arrived inside the window (minutes before it closed)
            self.ev(c, td, "tp_dispatch", "assigned", device="", channel="app", technician_id=tech[0],
                    technician=tech[1], technician_en=tech[2], arrival_window=f"{win:02d}:00-{win + 2:02d}:00",
                    late_min=late, travel_km=round(float(rng.gamma(3, 5)), 1), **common)
            if late > 60:
                issues.append(("late", td + D(hours=2)))
            ton = datetime.combine(appt, datetime.min.time()) + D(hours=win + 2, minutes=late)
            rain = RAIN[br][appt.month - 1] * (0.35 if spec["service"] == "chip_repair" else 1.0)
            if kind == "fleet":
                rain *= 0.5             # fleets mostly done under the depot roof
            u = rng.random()
            reason = ""
            if u < rain:
                reason = "rain"
            elif spec["service"] != "chip_repair" and u < rain + 0.025:
                reason = "wrong_glass"
            elif kind != "fleet" and u < rain + 0.045:
                reason = "no_show"
            if attempt == 2 and reason:
                reason = "" if rng.random() < 0.8 else reason
            if reason:
                self.ev(c, ton, "tp_onsite", "aborted", technician_id=tech[0], technician=tech[1],
                        technician_en=tech[2], abort_reason=reason, 中止原因=ABORT_ZH[reason],
                        glass_source=spec["glass_source"], **common)
                if reason in ("rain", "wrong_glass"):
                    issues.append((reason, ton + D(hours=1)))
                if reason == "no_show" and rng.random() < 0.35:
                    return None, tech
                tr = ton + D(minutes=int(rng.integers(20, 240)))
                appt = (tr + D(days=int(rng.integers(1, 6)))).date()
                self.ev(c, tr, "tp_reschedule", "rescheduled", channel="phone", reschedule_reason=reason,
                        改约原因=ABORT_ZH[reason], new_date=appt.isoformat(), **common)
                continue
            dur = int(rng.integers(20, 45)) if spec["service"] == "chip_repair" else int(rng.integers(60, 130))
            self.ev(c, ton, "tp_onsite", "completed", technician_id=tech[0], technician=tech[1], technician_en=tech[2],
                    glass_source=spec["glass_source"], job_minutes=dur, abort_reason="", 中止原因="",
                    **common)
            done = ton + D(minutes=dur)
            break
        if done is None:
            return None, tech
        t = done
        if spec["needs_cal"]:
            bad = CALIB_BAD[0] <= t < CALIB_BAD[1]
            p_fail = (0.46 if spec["glass_source"] == "aftermarket" else 0.12) if bad else \
                (0.07 if spec["glass_source"] == "aftermarket" else 0.04)
            method = choice(["static", "dynamic"], [0.6, 0.4])
            tc = t + D(minutes=int(rng.integers(5, 25)))
            for k in range(1, 4):
                ok = rng.random() > p_fail if k == 1 else (rng.random() < 0.92 or k == 3)
                self.ev(c, tc, "tp_adas_calib", "pass" if ok else "fail", technician_id=tech[0], technician=tech[1],
                        technician_en=tech[2], calib_method=method, attempt_no=k,
                        calib_minutes=int(rng.integers(30, 75)), glass_source=spec["glass_source"],
                        rig_firmware="4.2" if bad else ("4.3" if t >= CALIB_BAD[1] else "4.1"), **common)
                if ok:
                    t = tc + D(minutes=int(rng.integers(30, 75)))
                    break
                issues.append(("calib", tc + D(hours=3)))
                tc = tc + D(days=int(rng.integers(1, 4)), hours=int(rng.integers(-2, 3)))
                method = "static"
        tq = t + D(minutes=int(rng.integers(5, 20)))
        leak_fail = spec["service"] != "chip_repair" and rng.random() < 0.04
        if leak_fail:
            self.ev(c, tq, "tp_qc_leak", "fail", technician_id=tech[0], technician=tech[1], technician_en=tech[2],
                    qc_result="leak_found", **common)
            tq = tq + D(minutes=int(rng.integers(20, 50)))
        self.ev(c, tq, "tp_qc_leak", "pass", technician_id=tech[0], technician=tech[1], technician_en=tech[2],
                qc_result="pass", **common)
        # warranty callback and rework
        base = 0.028 if spec["service"] == "chip_repair" else 0.04
        if tech[0] == COMEBACK_TECH and spec["service"] != "chip_repair":
            base = 0.16
        has_issue = rng.random() < base
        tcb = tq + D(days=int(rng.integers(5, 10)), hours=int(rng.integers(0, 6)))
        reached = rng.random() < 0.78
        if kind == "fleet":
            reached = rng.random() < 0.6
        if has_issue:
            if spec["service"] == "chip_repair":
                issue = "repair_spread"
            else:
                issue = choice(["leak", "wind_noise", "stress_crack", "rain_sensor", "trim"],
                               [0.4, 0.28, 0.14, 0.1, 0.08])
        found_on_call = has_issue and reached and rng.random() < 0.7
        if kind != "fleet" or rng.random() < 0.5:
            self.ev(c, tcb, "tp_warranty_callback", "reached" if reached else "no_answer", channel="phone",
                    callback_result=("issue_reported" if found_on_call else "ok") if reached else "",
                    **common)
        if has_issue:
            tw = tcb + D(days=int(rng.integers(1, 8))) if found_on_call else tq + D(days=int(rng.integers(12, 80)))
            self.ev(c, tw, "tp_warranty_claim", "rework", technician_id=tech[0], technician=tech[1],
                    technician_en=tech[2], warranty_issue=issue, 质保问题=ISSUES[issue], **common)
            issues.append((issue if issue in ("leak", "wind_noise") else "other_issue", tw))
            if found_on_call:
                issues.append(("callnote:" + issue, tcb))
        return tq, tech

    # ---------- private drivers
    def private(self, br):
        lang = BRANCHES[br][4]
        ch = ACQ[lang]
        acq = choice(list(ch), list(ch.values()))
        t = self.start_time(br)
        c = self.new_customer(br, "private", acq)
        dev = choice(["ios", "android", "pc"], [0.45, 0.45, 0.1] if lang == "zh" else [0.5, 0.32, 0.18])
        p_q, p_b = FUNNEL[acq]
        if acq in AD_CHANNELS:
            for i in range(1 + int(rng.random() < 0.25) + int(rng.random() < 0.08)):
                self.ev(c, t, "tp_search_ad", "click", device=dev, channel="ads", ad_platform=acq,
                        广告平台=ACQ_ZH[acq], keyword=choice(KEYWORDS[acq]),
                        cpc=round(float(rng.gamma(4, 1.2 if lang == "zh" else 0.9)), 2),
                        branch_id=br, branch=BRANCHES[br][0], branch_en=BRANCHES[br][1])
                t = t + D(hours=float(rng.exponential(18)))
            if rng.random() > p_q:
                return
        self.n_job += 1
        job = f"JB{self.n_job:06d}"
        spec = self.job_spec(c, br, "private")
        c["signup_at"] = tfmt(t)
        qch = ("mini_program" if dev != "pc" else "web") if lang == "zh" else ("app" if dev != "pc" and
                                                                             rng.random() < 0.3 else "web")
        photo = rng.random() < 0.72
        self.ev(c, t, "tp_quote", "submit", device=dev, channel=qch, session_id=job, branch_id=br,
                branch=BRANCHES[br][0], branch_en=BRANCHES[br][1], service_type=spec["service"],
                服务类型=SERVICE[spec["service"]][0], photo_uploaded=str(bool(photo)).lower(),
                quoted_price_local=spec["price"], vehicle=c["vehicle_make_en"] + " " + c["vehicle_model"])
        pb = p_b * (1.1 if photo else 0.8)
        if rng.random() > pb:
            return
        tb = t + (D(minutes=float(rng.exponential(20)) + 2) if rng.random() < 0.6 else
                  D(hours=float(rng.exponential(30))))
        bch = qch if rng.random() < 0.8 else "phone"
        self.ev(c, tb, "tp_booking", "submit", device=dev if bch != "phone" else "", channel=bch, session_id=job,
                branch_id=br, branch=BRANCHES[br][0], branch_en=BRANCHES[br][1], service_type=spec["service"],
                服务类型=SERVICE[spec["service"]][0], booking_channel=bch)
        issues = []
        tq, tech = self.do_job(c, br, job, spec, tb, "private", dev, issues)
        if tq is None:
            self.order(c, tb, "job", spec["price"], br, status="cancelled", channel=bch, device=dev, job_id=job,
                       service_type=spec["service"], 服务类型=SERVICE[spec["service"]][0], payer="driver")
        else:
            refunded = any(k == "other_issue" for k, _ in issues) and spec["service"] == "chip_repair" and \
                rng.random() < 0.5
            self.order(c, tq, "job", spec["price"], br, status="refunded" if refunded else "paid", channel=bch,
                       device=dev, job_id=job, service_type=spec["service"], 服务类型=SERVICE[spec["service"]][0],
                       payer="driver")
        self.after(c, br, job, tq, tech, issues, None)
        # a few come back for a second chip months later
        if tq is not None and rng.random() < 0.06:
            t2 = tq + D(days=int(rng.integers(60, 300)))
            if t2 < END:
                self.n_job += 1
                job2 = f"JB{self.n_job:06d}"
                spec2 = dict(service="chip_repair", needs_cal=False, price=PRICE[BRANCHES[br][5]][0], glass_source="")
                self.ev(c, t2, "tp_booking", "submit", device="", channel="phone", session_id=job2, branch_id=br,
                        branch=BRANCHES[br][0], branch_en=BRANCHES[br][1], service_type="chip_repair",
                        服务类型=SERVICE["chip_repair"][0], booking_channel="phone")
                iss2 = []
                tq2, tech2 = self.do_job(c, br, job2, spec2, t2, "private", dev, iss2)
                if tq2 is not None:
                    self.order(c, tq2, "job", spec2["price"], br, channel="phone", device="", job_id=job2,
                               service_type="chip_repair", 服务类型=SERVICE["chip_repair"][0], payer="driver")

    # ---------- insured drivers
    def insured(self, br, t=None):
        ins_ids, ip = INS_MIX[br]
        ins = choice(ins_ids, ip)
        if t is None:
            t = self.start_time(br)
        c = self.new_customer(br, "insured", "insurer_referral", t0=t, insurer=INSURERS[ins][0],
                              insurer_en=INSURERS[ins][1])
        lang = BRANCHES[br][4]
        cur = BRANCHES[br][5]
        dev = choice(["ios", "android", "pc"], [0.45, 0.45, 0.1] if lang == "zh" else [0.5, 0.32, 0.18])
        self.n_job += 1
        job = f"JB{self.n_job:06d}"
        spec = self.job_spec(c, br, "insured")
        common = dict(session_id=job, branch_id=br, branch=BRANCHES[br][0], branch_en=BRANCHES[br][1],
                      service_type=spec["service"], 服务类型=SERVICE[spec["service"]][0], insurer=INSURERS[ins][0],
                      insurer_en=INSURERS[ins][1])
        self.ev(c, t, "tp_insurer_referral", "referred", channel="other", claim_no=f"CL{self.n_job:07d}",
                **common)
        med = INSURERS[ins][3]
        hours = float(rng.lognormal(np.log(med), 0.6))
        tc = t + D(hours=hours)
        declined = rng.random() < INSURERS[ins][4]
        self.ev(c, tc, "tp_claim_check", "declined" if declined else "approved", channel="phone",
                claim_hours=round(hours, 1), decline_reason=choice(["no_glass_cover", "policy_lapsed", "prior_damage"])
                if declined else "", **common)
        issues = []
        if hours > 24:
            issues.append(("claim_slow", tc))
        if declined:
            self.after(c, br, job, None, None, issues, ins)
            return
        if hours > 24 and rng.random() < 0.2:       # gave up waiting, went elsewhere
            self.after(c, br, job, None, None, issues, ins)
            return
        excess = 0 if spec["service"] == "chip_repair" else choice(EXCESS[cur])
        exc_order = None
        te = tc + D(minutes=int(rng.integers(5, 600)))
        if excess == 0:
            self.ev(c, te, "tp_excess_pay", "waived", device="", channel="web", excess_local=0, **common)
        else:
            paid = False
            for k in range(3):
                ok = rng.random() > 0.08
                self.ev(c, te, "tp_excess_pay", "success" if ok else "fail", device=dev, channel="web",
                        excess_local=excess, pay_method=choice(["wechat_pay", "alipay"]) if lang == "zh" else
                        choice(["card", "apple_pay"]), **common)
                if ok:
                    paid = True
                    break
                if k == 0:
                    issues.append(("excess", te + D(minutes=30)))
                if rng.random() < 0.3:
                    break
                te = te + D(hours=float(rng.exponential(10)) + 0.2)
            if not paid:
                self.after(c, br, job, None, None, issues, ins)
                return
            exc_order = self.order(c, te, "excess", excess, br, channel="web", device=dev, job_id=job,
                                   service_type=spec["service"], 服务类型=SERVICE[spec["service"]][0], payer="driver",
                                   insurer=INSURERS[ins][0], insurer_en=INSURERS[ins][1])
        if rng.random() < 0.04:
            self.after(c, br, job, None, None, issues, ins)
            return
        tb = te + D(minutes=int(rng.integers(3, 300)))
        bch = choice(["insurer_portal", "phone", "web"], [0.45, 0.3, 0.25])
        self.ev(c, tb, "tp_booking", "submit", device="" if bch == "phone" else dev, channel=bch, booking_channel=bch,
                **common)
        tq, tech = self.do_job(c, br, job, spec, tb, "insured", dev, issues, ins)
        if tq is None:
            if excess and exc_order is not None:
                exc_order["status"] = "refunded"
        else:
            self.order(c, tq + D(days=int(rng.integers(1, 4))), "insurer_invoice", spec["price"] - excess, br,
                       status="paid" if rng.random() > 0.03 else "cancelled", channel="insurer", device="",
                       job_id=job, service_type=spec["service"], 服务类型=SERVICE[spec["service"]][0],
                       payer="insurer", insurer=INSURERS[ins][0], insurer_en=INSURERS[ins][1])
        self.after(c, br, job, tq, tech, issues, ins)

    # ---------- fleets
    def fleets(self):
        for br, names in FLEET_NAMES.items():
            for name, ind in names:
                size = int(rng.choice([25, 40, 60, 90, 140, 220], p=[0.15, 0.2, 0.22, 0.2, 0.15, 0.08]))
                tier = "platinum" if size >= 140 else ("gold" if size >= 60 else "silver")
                since = datetime(2025, 1, 1) if rng.random() < 0.75 else datetime(2025, int(rng.integers(2, 13)), 1)
                c = self.new_customer(br, "fleet", "fleet_contract", t0=since - D(days=int(rng.integers(30, 400))),
                                      fleet_name=name, fleet_size=size, industry=ind, 行业=INDUSTRY_ZH[ind])
                c["tier"] = tier
                c["vehicle_make"] = c["vehicle_make_en"] = c["vehicle_model"] = c["vehicle_year"] = ""
                c["has_adas"] = ""
                rate = {"taxi": 0.05, "ride_hailing": 0.05, "logistics": 0.04, "car_rental": 0.03, "bus": 0.035,
                        "utility": 0.04}[ind]
                for y, m in months():
                    if datetime(y, m, 1) < since:
                        continue
                    n = int(rng.poisson(size * rate * SEASON[br][m - 1] * (1.1 if y == 2026 else 1.0)))
                    for _ in range(n):
                        t = datetime(y, m, int(rng.integers(1, mdays(y, m) + 1)), int(rng.integers(7, 18)),
                                     int(rng.integers(0, 60)))
                        self.fleet_job(c, br, t)
        # monthly bills at month end
        by_id = {x["customer_id"]: x for x in self.customers}
        for (cid, y, m), (amt, nj, br) in sorted(self.fleet_jobs.items()):
            c = by_id[cid]
            t = datetime(y, m, mdays(y, m), 22, 0, 0)
            self.order(c, t, "fleet_bill", amt, br, channel="fleet_portal", device="", jobs_count=nj,
                       billing_month=f"{y}-{m:02d}", payer="fleet", fleet_name=c["fleet_name"])

    def fleet_job(self, c, br, t):
        self.n_job += 1
        job = f"JB{self.n_job:06d}"
        spec = self.job_spec(c, br, "fleet")
        if br in ("B1", "B2", "B3"):
            plate = {"B1": "粤B", "B2": "浙A", "B3": "川A"}[br] + f"{int(rng.integers(10000, 99999))}"
        else:
            plate = "".join(chr(65 + int(x)) for x in rng.integers(0, 26, 3)) + f"{int(rng.integers(100, 999))}"
        self.ev(c, t, "tp_fleet_order", "submit", device="pc", channel="fleet_portal", session_id=job, branch_id=br,
                branch=BRANCHES[br][0], branch_en=BRANCHES[br][1], service_type=spec["service"],
                服务类型=SERVICE[spec["service"]][0], fleet_name=c["fleet_name"], plate=plate)
        issues = []
        tq, tech = self.do_job(c, br, job, spec, t + D(hours=int(rng.integers(1, 20))), "fleet", "pc", issues)
        if tq is not None and tq <= END:
            key = (c["customer_id"], tq.year, tq.month)
            a = self.fleet_jobs.setdefault(key, [0.0, 0, br])
            a[0] += spec["price"]
            a[1] += 1
        if rng.random() < 0.12:
            self.after(c, br, job, tq, tech, issues, None, fleet=True)

    # ---------- reviews and feedback
    def after(self, c, br, job, tq, tech, issues, ins, fleet=False):
        lang = c["_lang"]
        # tickets about the bad moments
        for k, t in issues:
            if k.startswith("callnote:"):
                issue = k.split(":")[1]
                if issue in ("leak", "wind_noise") and rng.random() < 0.75:
                    self.fb(c, t, "call_note", lang, issue, br, job=job, tech=tech, insurer=ins)
                continue
            p = {"late": 0.3, "claim_slow": 0.35, "excess": 0.35, "calib": 0.4, "leak": 0.3, "wind_noise": 0.2,
                 "wrong_glass": 0.3, "rain": 0.12}.get(k, 0)
            if rng.random() < p:
                self.fb(c, t + D(minutes=int(rng.integers(5, 600))), "ticket", lang, k, br, job=job, tech=tech,
                        insurer=ins)
        if tq is None:
            return
        p_review = 0.06 if fleet else 0.3
        if rng.random() < p_review:
            tr = tq + D(hours=float(rng.uniform(1, 60)))
            neg = [k for k, t in issues if k in TEXT and t <= tr]
            if neg and rng.random() < 0.8:
                topic = choice(neg)
            elif rng.random() < 0.04:
                topic = "mess"
            elif rng.random() < 0.06:
                topic = "price"
            else:
                topic = choice(["pro", "pro", "convenient", "callback", None, None])
            rr, rp = RATING_NEG if topic in NEGATIVE else (RATING_POS if topic else RATING_NEU)
            rating = int(choice(rr, rp))
            if topic == "late" and br == "B5":
                rating = int(choice([1, 2, 3], [0.55, 0.35, 0.1]))
            nps = int(np.clip(rating * 2 + rng.integers(-2, 2), 0, 10))
            self.ev(c, tr, "tp_review", "rate", channel="app" if lang == "en" else "mini_program", stars=rating,
                    session_id=job, branch_id=br, branch=BRANCHES[br][0], branch_en=BRANCHES[br][1])
            self.fb(c, tr, "survey", lang, topic, br, rating=rating, nps=nps, job=job, tech=tech, insurer=ins)
        if rng.random() < (0.01 if fleet else 0.07):
            tr = tq + D(days=float(rng.uniform(0.5, 20)))
            neg = [k for k, t in issues if k in TEXT and t <= tr]
            if tr > END:
                return
            if neg and rng.random() < 0.7:
                topic = choice(neg)
            else:
                topic = choice(["pro", "convenient", "price", "mess", None])
            rr, rp = RATING_NEG if topic in NEGATIVE else (RATING_POS if topic else RATING_NEU)
            ch = "dianping" if BRANCHES[br][4] == "zh" else "google_review"
            self.fb(c, tr if rng.random() > 0.33 else None, ch, lang, topic, br, rating=int(choice(rr, rp)),
                    job=job, tech=tech, insurer=ins)

    def social(self):
        for _ in range(170):
            br = choice(list(BRANCHES), [0.24, 0.2, 0.16, 0.22, 0.18])
            lang = BRANCHES[br][4]
            topic = choice(["pro", "convenient", "price", "late", "rain", "calib"], [0.3, 0.25, 0.2, 0.1, 0.1, 0.05])
            if topic == "late":
                br, lang = "B5", "en"
            t = self.start_time(br)
            self.fb(None, None if rng.random() < 0.5 else t, "xiaohongshu" if lang == "zh" else "facebook", lang,
                    topic, br)

    def run(self):
        for br, b in BRANCHES.items():
            for _ in range(int(N_PRIVATE * b[7])):
                self.private(br)
            for _ in range(int(N_INSURED * b[7])):
                self.insured(br)
        # Brisbane hailstorm: a surge of insurer referrals over three weeks
        for _ in range(420):
            t = HAIL + D(days=float(rng.exponential(5)), hours=float(rng.uniform(0, 12)))
            if t < HAIL + D(days=21):
                self.insured("B4", t)
        self.fleets()
        self.social()

    # ---------- output
    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)

        def dump(name, rows, cols, sub=""):
            with open(out / sub / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
                w.writeheader()
                for r in rows:
                    w.writerow({k: r.get(k, "") for k in cols})

        dump("touchpoints", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e, kind=f, owner=g,
                                  aliases=h) for a, b, c_, d, e, f, g, h in TOUCHPOINTS],
             ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        dump("journeys", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1,
                               touchpoint_id=tp, window_days=w) for j, zh, en, steps, w in JOURNEYS
                          for i, tp in enumerate(steps)],
             ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
        ccols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "获客渠道",
                 "customer_type", "客户类型", "branch_id", "branch", "branch_en", "vehicle_make", "vehicle_make_en",
                 "vehicle_model", "vehicle_year", "has_adas", "insurer", "insurer_en", "fleet_name", "fleet_size",
                 "industry", "行业", "preferred_language"]
        dump("customers", self.customers, ccols)
        self.events.sort(key=lambda r: (r["ts"], r["event_id"]))
        ecols = []
        for r in self.events:
            for k in r:
                if k not in ecols:
                    ecols.append(k)
        lead = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
        ecols = lead + [k for k in ecols if k not in lead]
        dump("events", self.events, ecols)
        self.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
        ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
                 "job_id", "branch_id", "branch", "branch_en", "service_type", "服务类型", "payer", "insurer",
                 "insurer_en", "fleet_name", "billing_month", "jobs_count", "currency", "amount_local"]
        dump("orders", self.orders, ocols)
        fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
                 "branch_id", "branch", "branch_en", "job_id", "technician_id", "technician", "technician_en",
                 "insurer", "insurer_en"]
        dump("feedback", self.feedback, fcols)
        dump("feedback_truth", self.truth, ["feedback_id", "topics", "sentiment"], sub="_truth")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "autoglass_data")
    g = Gen()
    g.run()
    g.write(out)
    print(f"customers {len(g.customers)} events {len(g.events)} orders {len(g.orders)} feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
