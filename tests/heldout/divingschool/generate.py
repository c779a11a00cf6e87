"""蓝洞潜水 BlueHole Diving: a scuba-diving school with two centres in 三亚 (Dadonghai, Wuzhizhou Island), one in
厦门 (Wuyuan Bay) and an overseas base in Bali (Tulamben). A learner finds the school (小红书 / 抖音 / a travel agency
/ a friend), enquires, books a try-dive (体验潜水) or an Open Water course (OW), fills in the medical questionnaire
(some must bring a doctor's clearance), finishes the theory e-learning, does the pool session, the open-water
training dives (some postponed for weather), sits the certification exam (pass / fail, retake), gets the
certificate and may come back for a fun-dive trip or the Advanced course (AOW). Certified divers book fun-dive
trips directly. Equipment rental, underwater photo packages and weather refunds are sold / paid on the side.
Data covers 2024-10-01 .. 2026-08-31 (the booking system went live in October 2024; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 10, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
N = 5000
D = timedelta

CENTRES = {  # id: zh, en, city, city_zh, weight
    "C01": ("三亚大东海中心", "Sanya Dadonghai", "Sanya", "三亚", 0.34),
    "C02": ("三亚蜈支洲岛中心", "Sanya Wuzhizhou Island", "Sanya", "三亚", 0.24),
    "C03": ("厦门五缘湾中心", "Xiamen Wuyuan Bay", "Xiamen", "厦门", 0.26),
    "C04": ("巴厘岛图兰奔基地", "Bali Tulamben", "Bali", "巴厘岛", 0.16),
}
SITES = {  # centre: [(site_en, site_zh)]
    "C01": [("Dadonghai Reef", "大东海珊瑚礁"), ("Xidao West Island", "西岛")],
    "C02": [("Wuzhizhou East Reef", "蜈支洲东礁"), ("Wuzhizhou Turtle Bay", "蜈支洲海龟湾")],
    "C03": [("Dongshan Island", "东山岛"), ("Wuyuan Bay Training Site", "五缘湾训练潜点")],
    "C04": [("USAT Liberty Wreck", "自由号沉船"), ("Coral Garden", "珊瑚花园"), ("Drop Off", "断崖")],
}
SOURCES = {"xiaohongshu": ("小红书", 0.34), "douyin": ("抖音", 0.26), "travel_agency": ("旅行社", 0.20),
           "referral": ("朋友推荐", 0.20)}
LTYPES = {"beginner": "新手", "holiday_maker": "度假游客", "certified": "持证潜水员"}
LTYPE_BY_SOURCE = {"xiaohongshu": (0.50, 0.30, 0.20), "douyin": (0.45, 0.35, 0.20),
                   "travel_agency": (0.15, 0.70, 0.15), "referral": (0.50, 0.20, 0.30)}
AGES = {"18-24": ("18-24岁", 0.20), "25-34": ("25-34岁", 0.40), "35-44": ("35-44岁", 0.23),
        "45+": ("45岁以上", 0.17)}
BOOK_P = {"xiaohongshu": 0.72, "douyin": 0.40, "travel_agency": 0.85, "referral": 0.80}
DOC_P = {"18-24": 0.06, "25-34": 0.07, "35-44": 0.15, "45+": 0.48}        # doctor's clearance needed
DOC_NEVER = {"18-24": 0.25, "25-34": 0.25, "35-44": 0.25, "45+": 0.45}    # never brings it
ELEARN_P = {"18-24": 0.72, "25-34": 0.80, "35-44": 0.84, "45+": 0.88}
UPGRADE_P = {  # try-dive -> OW course, by source, for (beginner, holiday_maker)
    "xiaohongshu": (0.45, 0.14), "douyin": (0.40, 0.10), "travel_agency": (0.15, 0.03), "referral": (0.55, 0.18)}
HOME = {  # en: (zh, region, weight for Chinese customers)
    "Shanghai": ("上海", "华东", 0.20), "Beijing": ("北京", "华北", 0.14), "Guangzhou": ("广州", "华南", 0.10),
    "Shenzhen": ("深圳", "华南", 0.10), "Hangzhou": ("杭州", "华东", 0.09), "Chengdu": ("成都", "西南", 0.09),
    "Xiamen": ("厦门", "华东", 0.06), "Wuhan": ("武汉", "华中", 0.07), "Xi'an": ("西安", "西北", 0.06),
    "Changsha": ("长沙", "华中", 0.09),
}
FOREIGN = {"Singapore": ("新加坡", 0.35), "Sydney": ("悉尼", 0.25), "London": ("伦敦", 0.15),
           "Kuala Lumpur": ("吉隆坡", 0.25)}
INSTRUCTORS = [  # id, name, centre, level
    ("I01", "林海", "C01", "senior"), ("I02", "陈珊", "C01", "senior"), ("I03", "王志强", "C01", "junior"),
    ("I04", "赵雪", "C01", "junior"), ("I05", "周航", "C01", "senior"),
    ("I06", "黄磊", "C02", "senior"), ("I07", "吴悦", "C02", "junior"), ("I08", "郑涛", "C02", "senior"),
    ("I09", "孙蓓", "C02", "junior"), ("I10", "马骁", "C02", "senior"),
    ("I11", "许晴", "C03", "senior"), ("I12", "蔡明", "C03", "junior"), ("I13", "洪毅", "C03", "senior"),
    ("I14", "庄静", "C03", "junior"),
    ("I15", "Made Wirawan", "C04", "senior"), ("I16", "Ketut Ardana", "C04", "senior"), ("I17", "刘洋", "C04", "junior"),
    ("I18", "Wayan Sudarsana", "C04", "junior"),
]
INSTR_LEVEL = {"senior": "资深教练", "junior": "初级教练"}
STAR = "I01"                     # 林海: patient, learners pass far more often, praise clusters on him
WEAK = "I09"                     # 孙蓓: lowest pass rate
NEW = "I18"                      # Wayan joins Bali on 2026-03-01: a handful of exams, all passed
NEW_FROM = datetime(2026, 3, 1)
GEAR_RENEWED = datetime(2026, 3, 1)   # Xiamen replaces its old rental gear
PHOTO_PROMO = datetime(2026, 1, 1)    # photo package bundled with try-dives
REFUND_BACKLOG = (datetime(2025, 7, 1), datetime(2025, 12, 31, 23, 59))   # finance backlog: slow refunds
HOLIDAYS = [(datetime(2024, 10, 1), datetime(2024, 10, 7)), (datetime(2025, 1, 28), datetime(2025, 2, 4)),
            (datetime(2025, 5, 1), datetime(2025, 5, 5)), (datetime(2025, 10, 1), datetime(2025, 10, 8)),
            (datetime(2026, 2, 15), datetime(2026, 2, 23)), (datetime(2026, 5, 1), datetime(2026, 5, 5))]
COURSE = {"try_dive": "体验潜水", "ow": "开放水域OW", "aow": "进阶AOW"}
PRICE = {"try_dive": {"C01": 680, "C02": 780, "C03": 580, "C04": 650},
         "ow": {"C01": 3980, "C02": 4280, "C03": 3580, "C04": 3380},
         "aow": {"C01": 2980, "C02": 3180, "C03": 2680, "C04": 2580}}
TRIPS = {"boat": ("船潜", 880), "shore": ("岸潜", 580), "night": ("夜潜", 780)}
TRIP_MIX = {"C01": (0.45, 0.40, 0.15), "C02": (0.85, 0.0, 0.15), "C03": (0.60, 0.30, 0.10), "C04": (0.25, 0.60, 0.15)}
GEAR = {"full_set": ("全套装备", 300, 0.38), "wetsuit": ("湿衣", 80, 0.25), "dive_computer": ("潜水电脑表", 120, 0.21),
        "underwater_camera": ("水下相机", 200, 0.16)}
PHOTO = {"basic": ("基础照片套餐", 199), "premium": ("精修视频套餐", 399)}
PAYS = {"wechat_pay": "微信支付", "alipay": "支付宝", "credit_card": "信用卡", "travel_agency": "旅行社代付"}
REASONS = {"typhoon": "台风", "high_wind": "大风浪", "poor_visibility": "能见度差"}
REFUND_REASON = {"weather": "天气取消", "medical": "体检未通过", "personal": "个人原因"}
EXAM = {"pass": "通过", "fail": "未通过"}
MEDICAL = {"cleared": "直接通过", "doctor_required": "需医生证明"}

TOUCHPOINTS = [
    ("tp_enquiry", "咨询留资", "Enquiry", "awareness", "social", "digital", "marketing",
     "咨询|留资|私信|加微信|问价|enquiry|inquiry|lead|DM"),
    ("tp_trydive_booked", "预约体验潜水", "Try-dive booked", "consideration", "mini_program", "digital", "sales",
     "约体验潜水|预约体验|体验潜水预约|订体验潜|try-dive booking|discover scuba booking|DSD booking"),
    ("tp_course_booked", "报名OW课程", "OW course booked", "purchase", "mini_program", "digital", "sales",
     "报名|报OW|报课|考证报名|OW报名|course booking|enrol|sign up for open water"),
    ("tp_medical", "健康问卷", "Medical questionnaire", "purchase", "mini_program", "digital", "operations",
     "健康问卷|体检问卷|健康声明|medical form|medical questionnaire|health form"),
    ("tp_medical_cleared", "获准下水", "Medically cleared", "purchase", "other", "digital", "operations",
     "医生证明|体检通过|获准下水|健康审核|doctor's clearance|medical clearance|fit to dive"),
    ("tp_elearning", "理论网课完成", "E-learning completed", "service", "app", "digital", "training",
     "理论课|网课|线上理论|理论学习|e-learning|elearning|theory|online theory"),
    ("tp_pool", "泳池课", "Pool session", "service", "store", "physical", "training",
     "泳池课|平静水域|泳池训练|confined water|pool session|pool training"),
    ("tp_trydive", "体验潜水下水", "Try-dive done", "service", "store", "physical", "training",
     "体验潜水|体验潜|第一次下水|try dive|try-dive|discover scuba|DSD"),
    ("tp_open_water", "开放水域训练潜水", "Open-water training dive", "service", "store", "physical", "training",
     "开放水域|海洋训练|考证下水|开放水域潜水|open water dive|open-water dive|training dive|OW dive"),
    ("tp_dive_postponed", "潜水延期（天气）", "Dive postponed (weather)", "service", "store", "physical", "operations",
     "延期|改期|取消下水|天气延期|台风停航|postponed|weather cancellation|rescheduled dive"),
    ("tp_exam", "认证考试", "Certification exam", "service", "store", "physical", "training",
     "考试|认证考试|考证|笔试|final exam|certification exam|exam"),
    ("tp_cert_issued", "证书签发", "Certificate issued", "service", "other", "digital", "training",
     "发证|拿证|证书|潜水证|certificate|cert issued|certification card|c-card"),
    ("tp_trip_booked", "预订欢乐潜行程", "Fun-dive trip booked", "loyalty", "mini_program", "digital", "sales",
     "欢乐潜|船潜预订|潜水行程|订行程|fun dive booking|dive trip booking|trip booked"),
    ("tp_fun_dive", "欢乐潜下水", "Fun dive done", "loyalty", "store", "physical", "operations",
     "欢乐潜|船潜|夜潜|岸潜|fun dive|boat dive|night dive"),
    ("tp_advanced_booked", "报名进阶课程", "Advanced course booked", "loyalty", "mini_program", "digital", "sales",
     "进阶|AOW|进阶课程|二级证|advanced course|AOW booking|advanced open water"),
]
JOURNEYS = [
    ("trydive", "体验潜水", "Try dive", 14, ["tp_enquiry", "tp_trydive_booked", "tp_medical", "tp_trydive"]),
    ("ow_course", "OW考证", "Open Water course", 60,
     ["tp_course_booked", "tp_medical", "tp_medical_cleared", "tp_elearning", "tp_pool", "tp_open_water", "tp_exam",
      "tp_cert_issued"]),
    ("upgrade", "体验转考证", "Try dive to course", 90, ["tp_trydive", "tp_course_booked"]),
    ("repeat", "持证复购", "Certified to fun dive", 180, ["tp_cert_issued", "tp_trip_booked"]),
]

ZH = {
    "seasick": ["坐船去潜点的路上晕船晕得厉害，吐了两次，下水都没状态", "船太晃了，晕船药都没用，全程难受",
                "晕船太难受了，建议出发前提醒大家吃晕船药", "浪好大，一船人一半在晕船", "晕船晕到怀疑人生，潜水本身还不错",
                "回程的船上又晕船了，希望能换条稳一点的船"],
    "instructor": ["{n}教练非常耐心专业，第一次下水一点都不紧张", "教练超级好！讲解细致，耐心又专业，安全感满满",
                   "感谢{n}教练，耳压平衡教了好多遍都不嫌烦", "{n}教练人很好，带我们看到了海龟", "教练很专业，每个动作都示范得很清楚",
                   "强烈推荐{n}教练，耐心又负责"],
    "crowded": ["潜点人太多了，水下全是人，像下饺子一样", "节假日去的，潜点挤满了人，沙子都被踢起来了",
                "人太多太挤，一个教练带好几个人，根本照顾不过来", "水下人挤人，能见度都被踢没了", "码头排队排了一个多小时，人太多"],
    "gear": ["装备太旧了，湿衣上好几个破洞", "租的呼吸调节器有点漏气，装备太旧该换了", "面镜漏水，BCD也很旧",
             "装备老旧，潜水电脑表还是坏的", "湿衣又旧又薄，冻得发抖"],
    "refund": ["天气原因取消的退款申请了两周还没到账", "退款太慢了，客服一直说在走流程", "台风取消了课，退款等了快一个月",
               "退款迟迟不到账，打电话也没人给准话", "说好七个工作日退款，现在都三周了"],
    "postponed": ["因为台风潜水延期了好几次，假期都快结束了", "天气不好又延期，行程全被打乱", "海况不好临时改期，通知得太晚了",
                  "连着两天延期，酒店机票都要改", "延期可以理解，但是没人主动通知"],
    "doctor": ["健康问卷勾了一项就要去医院开证明，太麻烦了", "医生证明跑了两趟医院才开出来", "年纪大一点就要医生证明，流程太繁琐",
               "体检证明要求不清楚，来回折腾了一周多"],
    "app": ["理论网课APP在安卓手机上老是闪退", "网课视频在安卓上一直卡，进度还不保存", "安卓版网课APP太难用了，看一半就崩溃"],
    "app_good": ["网课内容讲得挺清楚，手机上看很方便", "理论网课做得不错，视频短小好懂", "网课可以离线看，很方便"],
    "exam_fail": ["考试没过，有几道题教练没讲过", "理论考试没通过，有点沮丧", "考试挂了，补考还要再等几天"],
    "try_good": ["第一次体验潜水，看到了海龟和好多小丑鱼，太美了！", "体验潜水超值，水下拍的照片也很好看",
                 "体验潜水很安全，下次想来考证", "人生第一次下水，太震撼了"],
    "cert_good": ["顺利拿到OW证书了，开心！", "考证过程很顺利，证书很快就发下来了", "四天拿证，安排得很紧凑",
                  "终于是持证潜水员了，谢谢蓝洞"],
    "fun_good": ["欢乐潜看到了鲨鱼和魔鬼鱼，太值了", "潜点很漂亮，能见度很好", "沉船潜点绝了，下次还来"],
    "neutral": ["停车不太方便，其他还行", "接送车有点晚，不过问题不大", "中午的盒饭一般般", "价格中规中矩",
                "前台态度还可以", "店里有点小，等的时候没地方坐"],
}
EN = {
    "seasick": ["Got really seasick on the boat ride out, couldn't enjoy the dive", "The boat was rocking a lot and half "
                "of us were seasick", "Seasickness ruined the morning, please warn people to take pills"],
    "instructor": ["Instructor {n} was fantastic, patient and really professional", "Great instructor, explained "
                   "everything clearly and made me feel safe", "Best instructor ever, super patient with my ear "
                   "equalising"],
    "crowded": ["The dive site was way too crowded, dozens of divers everywhere", "Too crowded underwater, felt like a "
                "theme park queue", "Crowded site, visibility ruined by other groups kicking sand"],
    "gear": ["The rental gear is really old, my wetsuit had holes", "Worn-out equipment, the mask kept leaking",
             "Old BCD and a regulator that leaked, please replace the gear"],
    "refund": ["Still waiting for my refund after the weather cancellation, 3 weeks now", "Refund is taking forever",
               "Nobody can tell me when my refund will arrive"],
    "postponed": ["Dives got postponed twice because of the weather, very frustrating", "Weather postponement with only "
                  "an hour's notice", "Our dive day was postponed and nobody called us"],
    "doctor": ["Had to get a doctor's note because of my age, took ages", "The doctor's clearance requirement was not "
               "explained up front"],
    "app": ["The e-learning app keeps crashing on my Android phone", "E-learning videos freeze on Android and lose my "
            "progress"],
    "app_good": ["E-learning was clear and easy to follow", "Good theory videos, short and to the point"],
    "exam_fail": ["Failed the final exam, some questions were not covered", "Didn't pass the exam, bit disappointed"],
    "try_good": ["First dive ever, saw a turtle! Amazing experience", "Lovely try dive, very safe and fun",
                 "Discover scuba was great, I want to do the full course"],
    "cert_good": ["Got my Open Water cert, smooth process", "Certification done in four days, well organised"],
    "fun_good": ["Amazing fun dives at the Liberty wreck", "Beautiful reef and great visibility", "Saw a reef shark, "
                 "brilliant trip"],
    "neutral": ["Pickup from the hotel was a bit late but ok", "Lunch was average", "Prices are about what you'd expect",
                "Small shop, not much space to wait"],
}
SENT = {"seasick": "neg", "instructor": "pos", "crowded": "neg", "gear": "neg", "refund": "neg", "postponed": "neg",
        "doctor": "neg", "app": "neg", "app_good": "pos", "exam_fail": "neg", "try_good": "pos", "cert_good": "pos", "fun_good": "pos",
        "neutral": "neu"}
RATING = {"seasick": (2, 3), "instructor": (5, 5), "crowded": (2, 3), "gear": (2, 3), "refund": (1, 2),
          "postponed": (1, 3), "doctor": (2, 3), "app": (1, 2), "app_good": (4, 5), "exam_fail": (2, 3), "try_good": (4, 5),
          "cert_good": (4, 5), "fun_good": (4, 5), "neutral": (3, 4)}


def season(centre: str, d: datetime) -> float:
    m = d.month
    if centre in ("C01", "C02"):
        w = {1: 1.5, 2: 1.6, 3: 1.3, 4: 1.0, 5: 0.7, 6: 0.6, 7: 1.0, 8: 1.1, 9: 0.6, 10: 1.3, 11: 1.1, 12: 1.4}[m]
    elif centre == "C03":
        w = {1: 0.4, 2: 0.4, 3: 0.6, 4: 0.9, 5: 1.1, 6: 1.4, 7: 1.7, 8: 1.7, 9: 1.2, 10: 1.0, 11: 0.6, 12: 0.4}[m]
    else:
        w = {1: 1.2, 2: 0.9, 3: 0.8, 4: 0.8, 5: 0.8, 6: 1.0, 7: 1.5, 8: 1.5, 9: 1.0, 10: 1.0, 11: 0.8, 12: 1.2}[m]
    return w * (1 + 0.18 * (d - START).days / 365)


def postpone_p(centre: str, d: datetime) -> tuple[float, str]:
    m = d.month
    if centre == "C03":
        if m in (7, 8, 9):
            return (0.42 if d.year == 2025 else 0.20), "typhoon"
        return 0.07, "high_wind"
    if centre in ("C01", "C02"):
        if m in (12, 1, 2):
            return (0.16 if centre == "C02" else 0.11), "high_wind"
        if m in (8, 9):
            return 0.08, "typhoon"
        return 0.04, "poor_visibility"
    if m in (1, 2):
        return 0.10, "high_wind"
    return 0.04, "poor_visibility"


def holiday(t: datetime) -> bool:
    return any(a <= t <= b + D(hours=23, minutes=59) for a, b in HOLIDAYS)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "b": 0}

    def pick(d: dict, idx=None, w=None):
        keys = list(d)
        if w is None:
            w = [d[k] if idx is None else d[k][idx] for k in keys]
        w = np.array(w, dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def lognorm(median, sigma):
        return float(median * np.exp(sigma * rng.standard_normal()))

    def at(day: datetime, hour: float) -> datetime:
        return datetime(day.year, day.month, day.day) + D(hours=hour)

    # ---- signup days per centre (seasonality and growth)
    ndays = (END.date() - START.date()).days + 1
    day_w = {c: np.array([season(c, START + D(days=i)) for i in range(ndays)]) for c in CENTRES}
    day_cw = {c: np.cumsum(w) / w.sum() for c, w in day_w.items()}

    # ---- daily sea state per centre: bad-weather episodes (typhoons last several days)
    rng_w = np.random.default_rng(SEED + 1)
    WEATHER = {}
    for c in CENTRES:
        WEATHER[c], bad, reason = {}, False, None
        for k in range(ndays + 40):
            d = START + D(days=k)
            p, r = postpone_p(c, d)
            length = 4.0 if r == "typhoon" else 2.0
            stay = 1 - 1 / length
            start_p = p * (1 - stay) / (1 - p)
            if bad and rng_w.random() < stay:
                pass
            elif rng_w.random() < start_p:
                bad = True
                reason = r if not (r == "typhoon" and rng_w.random() < 0.1) else "high_wind"
            else:
                bad = False
            WEATHER[c][d.date()] = (bad, reason if bad else None)

    instr = {i[0]: dict(id=i[0], name=i[1], centre=i[2], level=i[3]) for i in INSTRUCTORS}

    def pick_instructor(centre, t):
        ids = [k for k, v in instr.items() if v["centre"] == centre and (k != NEW or t >= NEW_FROM)]
        w = [1.6 if k == STAR else 0.35 if k == NEW else 1.0 for k in ids]
        return pick(dict.fromkeys(ids), w=w)

    for i in range(N):
        cid = f"U{i + 1:05d}"
        centre = pick(CENTRES, 4)
        c_zh, c_en, city, city_zh, _ = CENTRES[centre]
        day = START + D(days=int(np.searchsorted(day_cw[centre], rng.random(), side="right")))
        t0 = day + D(hours=u(8, 23.5))
        foreign = rng.random() < (0.45 if centre == "C04" else 0.03)
        if foreign:
            home = pick(FOREIGN, 1)
            home_zh, region = FOREIGN[home][0], "海外"
            source = "travel_agency" if rng.random() < 0.5 else "referral"
        else:
            home = pick(HOME, 2, w=[v[2] * (4 if (k == "Xiamen" and centre == "C03") else 1) for k, v in HOME.items()])
            home_zh, region = HOME[home][0], HOME[home][1]
            source = pick(SOURCES, 1)
        ltype = pick(LTYPES, w=LTYPE_BY_SOURCE[source])
        age = pick(AGES, 1)
        lang = "en" if foreign else "zh"
        ins = pick_instructor(centre, t0)
        cust = dict(customer_id=cid, signup_at=t0, segment=None, region=region, acquisition_channel=source, tier=None,
                    source=source, 来源渠道=SOURCES[source][0], learner_type=ltype, 学员类型=LTYPES[ltype],
                    age_band=age, 年龄段=AGES[age][0], home_city=home, 常住城市=home_zh,
                    gender="female" if rng.random() < 0.52 else "male", nationality="foreign" if foreign else "CN",
                    centre_id=centre, centre=c_zh, centre_en=c_en, city=city, 城市=city_zh,
                    instructor_id=ins, instructor_name=instr[ins]["name"],
                    instructor_level=instr[ins]["level"], 教练级别=INSTR_LEVEL[instr[ins]["level"]])
        customers.append(cust)
        state = dict(bookings=0, spend=0.0, bad=False)
        CTX = dict(centre_id=centre, centre=c_zh, centre_en=c_en, city=city, 城市=city_zh)
        pay_default = ("credit_card" if foreign else "travel_agency" if (source == "travel_agency" and rng.random() < 0.8)
                       else ("wechat_pay" if rng.random() < 0.62 else "alipay"))

        def ev(t, tp, action, session=None, **kw):
            if t > END:
                return False
            row = dict(event_id=nid("e", "E", 7), customer_id=cid, ts=t, touchpoint_id=tp, session_id=session,
                       action=action, device=kw.pop("device", None), channel=kw.pop("channel", None))
            row.update(CTX)
            row.update(kw)
            if row.get("instructor_id"):
                it = instr[row["instructor_id"]]
                row.update(instructor_name=it["name"], instructor_level=it["level"], 教练级别=INSTR_LEVEL[it["level"]])
            events.append(row)
            return True

        def order(t, otype, amount, status="paid", **kw):
            if t > END:
                return None
            oid = nid("o", "O", 6)
            row = dict(order_id=oid, customer_id=cid, ts=t, amount=round(float(amount), 2), status=status,
                       channel=kw.pop("channel", None), device=kw.pop("device", None), order_type=otype,
                       订单类型={"course": "课程费", "rental": "装备租赁", "photo": "水下摄影套餐", "trip": "欢乐潜行程",
                             "refund": "退款"}[otype],
                       payment_method=kw.pop("pay", pay_default))
            row["支付方式"] = PAYS[row["payment_method"]]
            row.update(CTX)
            row.update(kw)
            orders.append(row)
            if status == "paid":
                state["spend"] += amount
            return oid

        def fb(t, tp, topic, channel=None, dated=True, ins_id=None, session=None):
            if t > END:
                return
            if channel is None:
                channel = "email_survey" if foreign else "wechat_survey"
            pool = (EN if lang == "en" else ZH)[topic]
            text = pool[int(rng.integers(len(pool)))]
            if "{n}" in text:
                n = instr[ins_id]["name"] if ins_id else "我们的"
                text = text.replace("{n}", n)
            lo, hi = RATING[topic]
            rating = int(rng.integers(lo, hi + 1)) if channel in ("wechat_survey", "email_survey", "dianping",
                                                                  "google_review", "app_review") else None
            if channel == "wechat_survey" and topic == "postponed" and rng.random() < 0.3:
                rating = 1
            undated = {"dianping": 0.12, "xiaohongshu": 0.15, "google_review": 0.10, "ticket": 0.05}.get(channel, 0)
            feedback.append(dict(feedback_id=nid("f", "F", 5), text=text,
                                 ts=None if (not dated or rng.random() < undated) else t, customer_id=cid,
                                 touchpoint_id=tp, channel=channel, rating=rating, nps=None, language=lang,
                                 sentiment_label=SENT[topic], instructor_id=ins_id,
                                 instructor_name=instr[ins_id]["name"] if ins_id else None, booking_id=session, **CTX))
            if SENT[topic] == "neg":
                state["bad"] = True

        def post_channel():
            r = rng.random()
            if foreign:
                return "google_review" if centre == "C04" and r < 0.6 else "email_survey"
            if r < 0.45:
                return "xiaohongshu"
            return "dianping" if centre != "C04" else "xiaohongshu"

        def experience_topic(t, ins_id, boat, base):
            """Topic of a comment after a dive day."""
            w = dict(base)
            w["seasick"] = (0.55 if centre == "C02" else 0.12) if boat else 0.01
            if centre == "C02" and boat and t.month in (12, 1, 2):
                w["seasick"] *= 1.4
            w["crowded"] = (0.9 if holiday(t) else 0.06) if centre == "C01" else (0.25 if holiday(t) else 0.03)
            w["gear"] = (0.45 if t < GEAR_RENEWED else 0.03) if centre == "C03" else 0.03
            if ins_id:
                w["instructor"] = {STAR: 0.9, WEAK: 0.04}.get(ins_id, 0.30 if instr[ins_id]["level"] == "senior"
                                                              else 0.14)
            return pick(w)

        def refund(t_req, amount, reason, session, otype_ref):
            slow = REFUND_BACKLOG[0] <= t_req <= REFUND_BACKLOG[1]
            delay = lognorm(17, 0.35) if slow else lognorm(4, 0.45)
            t_done = t_req + D(days=delay)
            oid = order(t_done, "refund", amount, status="refunded", booking_id=session, refund_reason=reason,
                        退款原因=REFUND_REASON[reason], requested_at=t_req.replace(microsecond=0),
                        refunded_order_type=otype_ref)
            if oid and delay > 10 and rng.random() < 0.6:
                fb(t_req + D(days=u(9, min(delay, 20))), None, "refund", channel="ticket", session=session)

        def dive_day(day, ins_id, session, tp, n_dives, first_no, boat, extra):
            """Try to dive on `day`; returns ('done', ts, site) or ('postponed', ts, reason)."""
            bad, reason = WEATHER[centre].get(day.date(), (False, None))
            reason = reason or "poor_visibility"
            hour = 8.5 if extra.get("trip_type") != "night" else 19.0
            t = at(day, hour + u(0, 0.5))
            if rng.random() < (0.93 if bad else 0.01):
                for k in range(n_dives):
                    ev(t + D(minutes=k), "tp_dive_postponed", "postpone", session, instructor_id=ins_id,
                       weather_reason=reason, 延期原因=REASONS[reason], dive_no=first_no + k, **extra)
                if t <= END and rng.random() < 0.2:
                    fb(t + D(hours=u(2, 30)), "tp_dive_postponed", "postponed", session=session)
                return "postponed", t, reason
            site = SITES[centre][int(rng.integers(len(SITES[centre])))]
            for k in range(n_dives):
                ev(t + D(hours=2.2 * k), tp, "dive", session, instructor_id=ins_id, dive_no=first_no + k,
                   dive_site=site[0], 潜点=site[1], **extra)
            return "done", t, site

        def book_channel():
            if source == "travel_agency" and rng.random() < 0.8:
                return "travel_agency", None
            if rng.random() < 0.15:
                return "phone", None
            return "mini_program", ("ios" if rng.random() < 0.56 else "android")

        # ---- enquiry
        dev = "ios" if rng.random() < 0.5 else ("android" if rng.random() < 0.7 else "pc")
        ev(t0, "tp_enquiry", "submit", None, device=dev, channel=source, source=source, 来源渠道=SOURCES[source][0])

        def trydive(t):
            s = nid("b", "BK", 6)
            state["bookings"] += 1
            ch, dv = book_channel()
            if not ev(t, "tp_trydive_booked", "book", s, device=dv, channel=ch, course_level="try_dive",
                      课程级别=COURSE["try_dive"]):
                return None
            fee = PRICE["try_dive"][centre] * (0.9 if source == "referral" else 1)
            order(t + D(minutes=3), "course", fee, channel=ch, device=dv, booking_id=s, course_level="try_dive",
                  课程级别=COURSE["try_dive"])
            photo_p = 0.46 if t >= PHOTO_PROMO else 0.19
            if rng.random() < photo_p:
                pk = "basic" if rng.random() < 0.7 else "premium"
                order(t + D(minutes=5), "photo", PHOTO[pk][1], channel=ch, device=dv, booking_id=s, photo_package=pk,
                      摄影套餐=PHOTO[pk][0])
            tm = t + D(hours=u(0.5, 40))
            ev(tm, "tp_medical", "submit", s, device=dv, channel="mini_program", medical_result="cleared",
               问卷结果=MEDICAL["cleared"])
            # try-dive medical: doctor's clearance needed -> most holiday divers just give up
            if rng.random() < DOC_P[age]:
                events[-1]["medical_result"] = "doctor_required"
                events[-1]["问卷结果"] = MEDICAL["doctor_required"]
                if rng.random() < 0.55:
                    if rng.random() < 0.25:
                        fb(tm + D(days=u(1, 4)), "tp_medical_cleared", "doctor", channel="ticket", session=s)
                    refund(tm + D(days=u(1, 5)), fee, "medical", s, "course")
                    return None
                tm = tm + D(days=lognorm(4, 0.5))
                ev(tm, "tp_medical_cleared", "clear", s, clearance_type="doctor")
            else:
                ev(tm + D(minutes=u(3, 30)), "tp_medical_cleared", "clear", s, clearance_type="self")
            day = max(tm + D(hours=6), t + D(days=u(0.5, 4)))
            if rng.random() < 0.06:   # no-show, nothing else
                return None
            for attempt in range(3):
                res, td, info = dive_day(day, ins, s, "tp_trydive", 1, 1, centre in ("C02",) or rng.random() < 0.3,
                                         {"course_level": "try_dive", "课程级别": COURSE["try_dive"]})
                if res == "done":
                    break
                if ltype == "holiday_maker" and rng.random() < 0.45 or attempt == 2:
                    refund(td + D(hours=u(1, 6)), fee, "weather", s, "course")
                    return None
                day = day + D(days=int(rng.integers(1, 3)))
            else:
                return None
            if td > END:
                return None
            if rng.random() < 0.35:
                fb(td + D(hours=u(3, 48)), "tp_trydive", experience_topic(td, ins, centre == "C02",
                                                                          {"try_good": 0.9, "neutral": 0.25}),
                   ins_id=ins)
            if rng.random() < 0.10:
                fb(td + D(days=u(0.5, 5)), "tp_trydive", experience_topic(td, ins, centre == "C02",
                                                                          {"try_good": 0.8, "neutral": 0.2}),
                   channel=post_channel(), ins_id=ins)
            if rng.random() < 0.12:
                g = pick(GEAR, 2)
                order(td - D(hours=1), "rental", GEAR[g][1], booking_id=s, item=g, 装备=GEAR[g][0])
            return td

        def fun_trip(t, first_after_cert=False):
            s = nid("b", "BK", 6)
            state["bookings"] += 1
            ch, dv = book_channel()
            tt = pick(TRIPS, w=TRIP_MIX[centre])
            extra = {"trip_type": tt, "行程类型": TRIPS[tt][0]}
            if not ev(t, "tp_trip_booked", "book", s, device=dv, channel=ch, **extra):
                return
            fee = TRIPS[tt][1]
            order(t + D(minutes=2), "trip", fee, channel=ch, device=dv, booking_id=s, **extra)
            if rng.random() < 0.5:
                g = pick(GEAR, 2)
                order(t + D(minutes=4), "rental", GEAR[g][1], channel=ch, device=dv, booking_id=s, item=g,
                      装备=GEAR[g][0])
            if rng.random() < 0.08:
                pk = "basic" if rng.random() < 0.6 else "premium"
                order(t + D(minutes=6), "photo", PHOTO[pk][1], channel=ch, device=dv, booking_id=s, photo_package=pk,
                      摄影套餐=PHOTO[pk][0])
            day = t + D(days=u(1, 6))
            guide = pick_instructor(centre, day)
            for attempt in range(3):
                res, td, info = dive_day(day, guide, s, "tp_fun_dive", 2, 1, tt == "boat", extra)
                if res == "done":
                    break
                if rng.random() < 0.5 or attempt == 2:
                    refund(td + D(hours=u(1, 8)), fee, "weather", s, "trip")
                    return
                day = day + D(days=int(rng.integers(1, 4)))
            if td > END:
                return
            if rng.random() < 0.30:
                fb(td + D(hours=u(4, 40)), "tp_fun_dive", experience_topic(td, None, tt == "boat",
                                                                           {"fun_good": 0.9, "neutral": 0.3}))
            if rng.random() < 0.08:
                fb(td + D(days=u(0.5, 6)), "tp_fun_dive", experience_topic(td, None, tt == "boat",
                                                                           {"fun_good": 0.8, "neutral": 0.3}),
                   channel=post_channel())

        def advanced(t, ins_id):
            s = nid("b", "BK", 6)
            state["bookings"] += 1
            ch, dv = book_channel()
            lv = {"course_level": "aow", "课程级别": COURSE["aow"]}
            if not ev(t, "tp_advanced_booked", "book", s, device=dv, channel=ch, **lv):
                return
            fee = PRICE["aow"][centre] * (0.9 if source == "referral" else 1)
            order(t + D(minutes=3), "course", fee, channel=ch, device=dv, booking_id=s, **lv)
            day = t + D(days=u(2, 20))
            done = 0
            while done < 5:
                n = 3 if done == 0 else 2
                res, td, info = dive_day(day, ins_id, s, "tp_open_water", n, done + 1, centre != "C04", lv)
                if res == "done":
                    done += n
                    day = day + D(days=1)
                else:
                    day = day + D(days=int(rng.integers(1, 4)))
                if td > END:
                    return
            ev(td + D(days=u(1, 4)), "tp_cert_issued", "issue", s, instructor_id=ins_id, cert_level="aow",
               证书级别="进阶AOW")

        def ow_course(t, ins_id, upgraded=False):
            s = nid("b", "BK", 6)
            state["bookings"] += 1
            ch, dv = book_channel()
            lv = {"course_level": "ow", "课程级别": COURSE["ow"]}
            if not ev(t, "tp_course_booked", "book", s, device=dv, channel=ch, upgraded_from_try=upgraded, **lv):
                return None
            fee = PRICE["ow"][centre] * (0.9 if source == "referral" else 1)
            order(t + D(minutes=3), "course", fee, channel=ch, device=dv, booking_id=s, **lv)
            if rng.random() < 0.25:
                g = pick(GEAR, 2)
                order(t + D(minutes=5), "rental", GEAR[g][1], channel=ch, device=dv, booking_id=s, item=g,
                      装备=GEAR[g][0])
            tm = t + D(hours=lognorm(14, 0.8))
            if rng.random() < DOC_P[age]:
                ev(tm, "tp_medical", "submit", s, device=dv, channel="mini_program", medical_result="doctor_required",
                   问卷结果=MEDICAL["doctor_required"])
                if rng.random() < 0.25:
                    fb(tm + D(days=u(1, 6)), "tp_medical_cleared", "doctor", channel="ticket", session=s)
                if rng.random() < DOC_NEVER[age]:
                    if rng.random() < 0.6:
                        refund(tm + D(days=u(15, 40)), fee * 0.8, "medical", s, "course")
                    return None
                tc = tm + D(days=lognorm(9 if age == "45+" else 7, 0.55))
                ev(tc, "tp_medical_cleared", "clear", s, clearance_type="doctor")
            else:
                ev(tm, "tp_medical", "submit", s, device=dv, channel="mini_program", medical_result="cleared",
                   问卷结果=MEDICAL["cleared"])
                tc = tm + D(minutes=u(3, 40))
                ev(tc, "tp_medical_cleared", "clear", s, clearance_type="self")
            edev = pick({"pc": 0.35, "ios": 0.35, "android": 0.30})
            p_done = ELEARN_P[age] * (0.9 if edev == "android" else 1.0)
            if rng.random() >= p_done:
                return None
            te = tc + D(days=lognorm(9.0 if edev == "android" else 4.5, 0.6))
            ev(te, "tp_elearning", "complete", s, device=edev, channel="app", modules_completed=5)
            if edev == "android" and rng.random() < 0.14:
                fb(te - D(days=u(0.5, 3)), "tp_elearning", "app", channel="app_review")
            elif rng.random() < 0.06:
                fb(te + D(hours=u(1, 30)), "tp_elearning", "app_good", channel="app_review")
            if rng.random() > 0.96:
                return None
            tp = at(te + D(days=lognorm(2.5, 0.6)), u(9, 15))
            if not ev(tp, "tp_pool", "complete", s, instructor_id=ins_id, **lv):
                return None
            if rng.random() < 0.08:
                fb(tp + D(hours=u(2, 30)), "tp_pool", pick({"instructor": 0.5, "neutral": 0.5}), ins_id=ins_id)
            day = at(tp + D(days=2 if centre == "C03" else 1), 0)
            done, postponed_days, last = 0, 0, None
            while done < 4:
                res, td, info = dive_day(day, ins_id, s, "tp_open_water", 2, done + 1,
                                         centre == "C02" or (centre == "C03" and rng.random() < 0.5), lv)
                if td > END:
                    return None
                if res == "done":
                    done += 2
                    day = day + D(days=1)
                    last = info
                else:
                    postponed_days += 1
                    quit_p = 0.10 if info == "typhoon" else 0.04
                    if rng.random() < quit_p:
                        refund(td + D(hours=u(2, 20)), fee * (0.5 if done else 0.7), "weather", s, "course")
                        return None
                    day = day + D(days=int(rng.integers(2, 5)) if info == "typhoon" else int(rng.integers(1, 3)))
            # exam
            p = {STAR: 0.97, WEAK: 0.50, NEW: 1.0}.get(ins_id, 0.86 if instr[ins_id]["level"] == "senior" else 0.78)
            if age == "45+" and ins_id != NEW:
                p *= 0.8
            tx = td + D(hours=u(7, 9)) if rng.random() < 0.6 else at(td + D(days=1), u(9, 11))
            passed = False
            for attempt in (1, 2):
                ok = rng.random() < (p if attempt == 1 else (0.85 if age != "45+" else 0.7))
                if ins_id == NEW:
                    ok = True
                if not ev(tx, "tp_exam", "result", s, instructor_id=ins_id, attempt_no=attempt,
                          exam_result="pass" if ok else "fail", 考试结果=EXAM["pass" if ok else "fail"],
                          exam_score=int(rng.integers(80, 100)) if ok else int(rng.integers(55, 75)), **lv):
                    return None
                if ok:
                    passed = True
                    break
                if rng.random() < 0.3:
                    fb(tx + D(hours=u(2, 48)), "tp_exam", "exam_fail", ins_id=ins_id, session=s)
                if rng.random() < 0.15:
                    return None
                tx = at(tx + D(days=u(2, 6)), u(9, 16))
            if not passed:
                return None
            tcert = tx + D(days=lognorm(5 if centre == "C04" else 1.5, 0.5))
            if not ev(tcert, "tp_cert_issued", "issue", s, instructor_id=ins_id, cert_level="ow", 证书级别="开放水域OW"):
                return None
            if rng.random() < 0.45:
                fb(tcert + D(hours=u(2, 72)), "tp_open_water",
                   experience_topic(td, ins_id, centre == "C02", {"cert_good": 0.6, "neutral": 0.15}), ins_id=ins_id)
            if rng.random() < 0.10:
                fb(tcert + D(days=u(1, 10)), "tp_cert_issued",
                   experience_topic(td, ins_id, centre == "C02", {"cert_good": 0.7, "neutral": 0.1}),
                   channel=post_channel(), ins_id=ins_id)
            if rng.random() < 0.30 and tcert + D(days=7) <= END:
                good = not state["bad"] and postponed_days == 0
                score = int(rng.integers(8, 11)) if good and rng.random() < 0.8 else int(rng.integers(3, 9))
                if ins_id == STAR:
                    score = max(score, int(rng.integers(8, 11)))
                txt = (("Would recommend to friends" if score >= 9 else "It was ok" if score >= 7 else
                        "Not sure I'd recommend") if lang == "en" else
                       ("会推荐给朋友" if score >= 9 else "还可以" if score >= 7 else "不太会推荐"))
                feedback.append(dict(feedback_id=nid("f", "F", 5), text=txt, ts=tcert + D(days=u(5, 9)),
                                     customer_id=cid, touchpoint_id="tp_cert_issued", channel="nps_survey",
                                     rating=None, nps=score, language=lang,
                                     sentiment_label="pos" if score >= 9 else "neu" if score >= 7 else "neg",
                                     instructor_id=ins_id, booking_id=s, **CTX))
            return tcert

        # ---- what this customer does
        if ltype == "certified":
            if rng.random() < 0.85:
                t = t0 + D(days=min(lognorm(3, 1.0), 60))
                for k in range(1 + int(rng.poisson(0.6))):
                    if t > END:
                        break
                    fun_trip(t)
                    t = t + D(days=u(30, 220))
            if rng.random() < 0.22:
                advanced(t0 + D(days=u(5, 200)), ins)
        elif rng.random() < BOOK_P[source]:
            tb = t0 + D(days=min(lognorm(3, 1.0), 28))
            try_first = rng.random() < (0.9 if ltype == "holiday_maker" else 0.4)
            tcert = None
            if try_first:
                td = trydive(tb)
                up = UPGRADE_P[source][0 if ltype == "beginner" else 1]
                if td and rng.random() < up:
                    tcert = ow_course(td + D(days=min(lognorm(12, 1.0), 85)), ins, upgraded=True)
            else:
                tcert = ow_course(tb, ins)
            if tcert:
                trip_p = (0.10 if centre == "C04" else 0.32) + (0.12 if source == "referral" else 0.0)
                if rng.random() < trip_p:
                    fun_trip(tcert + D(days=min(lognorm(40, 0.8), 175)), first_after_cert=True)
                if rng.random() < (0.05 if centre == "C04" else 0.12):
                    advanced(tcert + D(days=u(20, 240)), ins)
        elif rng.random() < 0.06:    # abandoned payment
            order(t0 + D(hours=u(1, 48)), "course", PRICE["ow"][centre], status="cancelled", course_level="ow",
                  课程级别=COURSE["ow"], channel="mini_program", device="ios" if rng.random() < 0.5 else "android")

        spend = state["spend"]
        cust["tier"] = "gold" if spend >= 6000 else "silver" if spend >= 2000 else ("standard" if spend else None)
        cust["segment"] = ("lead" if state["bookings"] == 0 else "at_risk" if state["bad"] else
                           "vip" if spend >= 6000 else "returning" if state["bookings"] >= 2 else "new")

    # a few exact duplicate event rows (re-sent by the booking system)
    for k in rng.choice(len(events), 18, replace=False):
        events.append(dict(events[int(k)]))

    events.sort(key=lambda r: r["ts"])
    orders.sort(key=lambda r: r["ts"])
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrn = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])]
    fmt = lambda v: v.strftime("%Y-%m-%d %H:%M:%S") if isinstance(v, datetime) else v
    for rows in (events, orders, feedback, customers):
        for r in rows:
            for k, v in r.items():
                r[k] = fmt(v)
    write(out / "touchpoints.csv", tps)
    write(out / "journeys.csv", jrn)
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([["" if r.get(c) is None else r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
