"""云程飞行学院 CloudPath Flight Academy: private (PPL) and commercial (CPL) pilot training (synthetic, written blind).

Four bases: 珠海基地 Zhuhai Base and 蒲城基地 Pucheng Base (China, CAAC licences), 珀斯詹达科特基地 Perth Jandakot Base
(Australia, CASA) and 汉密尔顿基地 Hamilton Base (New Zealand, CAA NZ). A lead books a trial flight (体验飞行: online,
the WeChat mini program, or a Douyin 团购 voucher), leaves an enquiry, or is scanned at a career fair / campus pilot
recruitment talk (招飞宣讲会); airline cadets come from a partner airline's selection. Admissions interview (招生面谈)
-> aviation medical (航空体检, Class 1 for CPL / Class 2 for PPL: pass, fail or deferred) -> enrolment contract ->
tuition deposit; international students (Chinese students at the overseas bases, and Indian / Malaysian / ...
students) then apply for a student visa. Training: ground school theory modules, flight lessons booked in the
SkyLog app (约飞: confirmed or waitlisted), flight-hour packages bought as the hours run out, first solo, theory
exam(s) (resits), check ride with an examiner, licence issued; some go on to an add-on rating (night / instrument /
multi-engine); some withdraw. Tuition, flight-hour packages, exam fees, trial flights and add-on ratings are orders.
Events 2024-07-01 .. 2026-08-31 (extract taken in early September 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of each comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261213
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 8, 31, 23, 59, 59)
N_LEADS = 9000
QBANK = (datetime(2026, 3, 1), datetime(2026, 4, 1))          # new CAAC theory question bank, first month
ZUH_SHORTAGE = datetime(2025, 10, 1)                           # two Zhuhai instructors left for airlines
JAD_GROUNDING = (datetime(2025, 11, 1), datetime(2025, 12, 1))  # PA-28 wing-spar inspection, Jandakot

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "在线咨询留资", "Online enquiry", "awareness", "web", "digital", "admissions",
     "咨询|留资|留电话|在线咨询|问价|enquiry|inquiry|contact form|lead form|info request"),
    ("tp_career_fair", "招飞宣讲会", "Career fair", "awareness", "other", "physical", "admissions",
     "招聘会|宣讲会|招飞|校园宣讲|航空展|展会|career fair|careers expo|campus talk|recruitment fair|expo"),
    ("tp_trial_booking", "体验飞行预约", "Trial flight booking", "consideration", "mini_program", "digital",
     "admissions", "预约体验|体验飞行预约|团购券|订体验课|trial booking|book a trial|discovery flight booking|TIF booking"),
    ("tp_trial_flight", "体验飞行", "Trial flight", "consideration", "store", "physical", "flight_ops",
     "体验课|试飞|体验飞行课|上天体验|trial flight|discovery flight|trial instructional flight|TIF|intro flight"),
    ("tp_counselling", "招生面谈", "Admissions interview", "consideration", "store", "physical", "admissions",
     "面谈|招生顾问|咨询面谈|课程顾问|入学评估|admissions interview|counselling|career consultation|advisor meeting"),
    ("tp_medical", "航空体检", "Aviation medical", "purchase", "other", "physical", "admissions",
     "体检|一级体检|二级体检|体检合格证|航医|medical|class 1 medical|class 2 medical|DAME|AME|medical check"),
    ("tp_enrol", "报名签约", "Enrolment", "purchase", "store", "physical", "admissions",
     "报名|签约|入学|签合同|录取|enrolment|enrollment|sign up|contract|admission"),
    ("tp_deposit", "学费定金", "Tuition deposit", "purchase", "web", "digital", "finance",
     "定金|订金|首付|交定金|学费首付|deposit|tuition deposit|first payment"),
    ("tp_visa", "学生签证", "Student visa", "purchase", "other", "digital", "international_office",
     "签证|学签|500签证|留学签证|visa|student visa|subclass 500|visa application"),
    ("tp_ground_school", "理论课", "Ground school", "service", "store", "physical", "ground_school",
     "地面课|理论培训|理论课程|上课|航空理论|ground school|theory classes|ground training|classroom"),
    ("tp_lesson_booking", "约飞排课", "Lesson booking", "service", "app", "digital", "ops_scheduling",
     "约飞|排课|约课|排班|约不到飞机|SkyLog|scheduling|lesson booking|book a lesson|roster|waitlist|slot"),
    ("tp_flight_lesson", "飞行训练课", "Flight lesson", "service", "store", "physical", "flight_ops",
     "带飞|飞行课|训练飞行|起落|本场|转场|飞行训练|flight lesson|dual lesson|circuits|training flight|sortie"),
    ("tp_hour_package", "飞行小时包", "Flight-hour package", "purchase", "app", "digital", "finance",
     "小时包|飞行小时|充小时|买小时|课时包|hour package|flight hours|block hours|hours bundle|top-up"),
    ("tp_solo", "首次单飞", "First solo", "service", "store", "physical", "flight_ops",
     "单飞|放单|首飞单飞|first solo|solo|going solo|solo flight"),
    ("tp_theory_exam", "理论考试", "Theory exam", "service", "other", "physical", "ground_school",
     "理论考试|考理论|理论考|题库|笔试|theory exam|written exam|PEXO|CASA exam|knowledge test|exam"),
    ("tp_check_ride", "考试飞行", "Check ride", "service", "store", "physical", "standards",
     "考试飞行|实践考试|检查飞行|考官|考试员|check ride|checkride|flight test|skills test"),
    ("tp_licence", "执照颁发", "Licence issued", "loyalty", "other", "digital", "student_services",
     "执照|驾照|拿照|发证|私照|商照|licence|license|PPL issued|CPL issued|licence issue"),
    ("tp_addon_rating", "附加等级", "Add-on rating", "loyalty", "store", "physical", "admissions",
     "夜航|仪表等级|多发|附加等级|升级课程|add-on rating|night rating|instrument rating|IR|multi-engine|MEIR"),
    ("tp_withdrawal", "退学", "Withdrawal", "service", "phone", "physical", "student_services",
     "退学|休学|放弃|不学了|退费|withdrawal|drop out|quit|leave the course|discontinue"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("trial_flight", "体验飞行转化", "Trial flight conversion", ["tp_trial_booking", "tp_trial_flight", "tp_counselling"], 30),
    ("admissions", "招生录取", "Admissions", ["tp_counselling", "tp_medical", "tp_enrol", "tp_deposit"], 60),
    ("career_fair", "招飞宣讲会线索", "Career fair leads", ["tp_career_fair", "tp_counselling", "tp_enrol"], 90),
    ("training", "训练取照", "Training to licence",
     ["tp_ground_school", "tp_flight_lesson", "tp_solo", "tp_theory_exam", "tp_check_ride", "tp_licence"], 365),
    ("exam_to_licence", "考试到发照", "Check ride to licence", ["tp_check_ride", "tp_licence"], 60),
    ("addon", "附加等级升级", "Add-on rating", ["tp_licence", "tp_addon_rating"], 180),
]
# base: zh, en, city zh, city en, country, authority, currency, fx (RMB per unit)
BASES = {
    "ZUH": ("珠海基地", "Zhuhai Base", "珠海", "Zhuhai", "CN", "CAAC", "CNY", 1.0),
    "PCH": ("蒲城基地", "Pucheng Base", "蒲城", "Pucheng", "CN", "CAAC", "CNY", 1.0),
    "JAD": ("珀斯詹达科特基地", "Perth Jandakot Base", "珀斯", "Perth", "AU", "CASA", "AUD", 4.70),
    "HLZ": ("汉密尔顿基地", "Hamilton Base", "汉密尔顿", "Hamilton", "NZ", "CAA NZ", "NZD", 4.30),
}
INSTRUCTORS = {  # base: [(id, name as recorded, name_en)]
    "ZUH": [("Z01", "刘志强", "Liu Zhiqiang"), ("Z02", "陈晓东", "Chen Xiaodong"), ("Z03", "黄嘉欣", "Huang Jiaxin"),
            ("Z04", "Mark Evans", "Mark Evans"), ("Z05", "吴昊", "Wu Hao")],
    "PCH": [("P01", "韩雪", "Han Xue"), ("P02", "张伟", "Zhang Wei"), ("P03", "马骏", "Ma Jun"), ("P04", "杨帆", "Yang Fan")],
    "JAD": [("J01", "Sarah Mitchell", "Sarah Mitchell"), ("J02", "Tom Nguyen", "Tom Nguyen"),
            ("J03", "Raj Patel", "Raj Patel"), ("J04", "Grace Kim", "Grace Kim"), ("J05", "Daniel Hughes", "Daniel Hughes")],
    "HLZ": [("H01", "Emma Clarke", "Emma Clarke"), ("H02", "Wiremu Tane", "Wiremu Tane"),
            ("H03", "James Cooper", "James Cooper"), ("H04", "李想", "Li Xiang")],
}
LEFT_ZUH = {"Z04", "Z05"}          # left for airline jobs at the end of September 2025
STAR = "P01"
FLEET = {  # base: [(type, regs)]
    "ZUH": [("Cessna 172S", ["B-10GA", "B-10GB", "B-10GC", "B-10GD", "B-10GE"]), ("Cirrus SR20", ["B-10HA", "B-10HB"])],
    "PCH": [("Cessna 172R", ["B-9271", "B-9272", "B-9273", "B-9274"]), ("Diamond DA40", ["B-9281", "B-9282"])],
    "JAD": [("Piper PA-28", ["VH-PXA", "VH-PXB", "VH-PXC"]), ("Cessna 172S", ["VH-CJA", "VH-CJB", "VH-CJC"])],
    "HLZ": [("Diamond DA40", ["ZK-CPA", "ZK-CPB", "ZK-CPC"]), ("Tecnam P2008", ["ZK-CPT", "ZK-CPU"])],
}
HOUR_RATE = {"ZUH": 3400, "PCH": 3300, "JAD": 440, "HLZ": 395}     # local currency per flight hour
PACKS = [(10, 1.0), (20, 0.97), (50, 0.94)]
FEES = {  # local: trial 30 / 60 min, douyin voucher, deposit PPL / CPL, ground school PPL / CPL, theory exam, check ride
    "ZUH": dict(trial30=1280, trial60=1980, douyin=699, dep_PPL=30000, dep_CPL=80000, gs_PPL=28000, gs_CPL=65000,
                exam=400, check=5000, night=38000, ir=160000, me=65000),
    "PCH": dict(trial30=1180, trial60=1880, douyin=699, dep_PPL=30000, dep_CPL=80000, gs_PPL=26000, gs_CPL=62000,
                exam=400, check=5000, night=36000, ir=155000, me=62000),
    "JAD": dict(trial30=229, trial60=349, dep_PPL=5000, dep_CPL=15000, gs_PPL=4500, gs_CPL=9800,
                exam=135, check=1250, night=6900, ir=26000, me=9800),
    "HLZ": dict(trial30=199, trial60=329, dep_PPL=5000, dep_CPL=15000, gs_PPL=4200, gs_CPL=9000,
                exam=140, check=1100, night=6200, ir=24000, me=9200),
}
ACQ = {  # market: channel -> weight
    "zh": {"douyin": 0.27, "xiaohongshu": 0.19, "wechat": 0.13, "baidu_search": 0.09, "career_fair": 0.19,
           "referral": 0.07, "airline_cadet": 0.06},
    "en": {"google_search": 0.30, "facebook": 0.16, "instagram": 0.13, "career_fair": 0.22, "referral": 0.11,
           "airline_cadet": 0.08},
}
ACQ_ZH = {"douyin": "抖音", "xiaohongshu": "小红书", "wechat": "微信", "baidu_search": "百度搜索", "career_fair": "招飞宣讲会",
          "referral": "学员推荐", "airline_cadet": "航司委培", "google_search": "谷歌搜索", "facebook": "Facebook",
          "instagram": "Instagram"}
P_TRIAL = {"douyin": 1.0, "xiaohongshu": 0.55, "wechat": 0.5, "baidu_search": 0.45, "referral": 0.5, "career_fair": 0.22,
           "google_search": 0.5, "facebook": 0.55, "instagram": 0.6, "airline_cadet": 0.0}
P_SHOW = {"douyin": 0.72}
P_COUNS_TRIAL = {"douyin": 0.12, "xiaohongshu": 0.42, "wechat": 0.40, "baidu_search": 0.46, "referral": 0.56,
                 "career_fair": 0.50, "google_search": 0.42, "facebook": 0.36, "instagram": 0.34}
P_COUNS_ENQ = {"career_fair": 0.24, "airline_cadet": 0.96}
CAREER_FAIRS = [  # id, name zh, name en, city, date, market, bases
    ("F2407", "2024暑期航空职业体验日（珠海）", "2024 Summer Aviation Careers Day (Zhuhai)", "珠海", date(2024, 7, 20), "zh"),
    ("F2408", "Perth Careers Expo 2024", "Perth Careers Expo 2024", "Perth", date(2024, 8, 16), "en"),
    ("F2410", "2024秋季招飞宣讲会（广州）", "2024 Autumn Pilot Recruitment Talk (Guangzhou)", "广州", date(2024, 10, 19), "zh"),
    ("F2411", "2024西安高校招飞宣讲会", "2024 Xi'an Campus Pilot Talk", "西安", date(2024, 11, 9), "zh"),
    ("F2503", "2025春季招飞宣讲会（成都）", "2025 Spring Pilot Recruitment Talk (Chengdu)", "成都", date(2025, 3, 15), "zh"),
    ("F2504", "Auckland Careers Expo 2025", "Auckland Careers Expo 2025", "Auckland", date(2025, 4, 12), "en"),
    ("F2505", "2025上海国际航空职业展", "2025 Shanghai Aviation Careers Show", "上海", date(2025, 5, 24), "zh"),
    ("F2508", "Perth Careers Expo 2025", "Perth Careers Expo 2025", "Perth", date(2025, 8, 15), "en"),
    ("F2510", "2025秋季招飞宣讲会（广州）", "2025 Autumn Pilot Recruitment Talk (Guangzhou)", "广州", date(2025, 10, 18), "zh"),
    ("F2511", "2025西安高校招飞宣讲会", "2025 Xi'an Campus Pilot Talk", "西安", date(2025, 11, 8), "zh"),
    ("F2603", "2026春季招飞宣讲会（武汉）", "2026 Spring Pilot Recruitment Talk (Wuhan)", "武汉", date(2026, 3, 21), "zh"),
    ("F2604", "Auckland Careers Expo 2026", "Auckland Careers Expo 2026", "Auckland", date(2026, 4, 18), "en"),
    ("F2605", "2026上海国际航空职业展", "2026 Shanghai Aviation Careers Show", "上海", date(2026, 5, 23), "zh"),
    ("F2608", "Perth Careers Expo 2026", "Perth Careers Expo 2026", "Perth", date(2026, 8, 14), "en"),
]
REGIONS = {  # (en, zh, weight)
    "zh": [("Guangdong", "广东", 0.26), ("Shaanxi", "陕西", 0.16), ("Sichuan", "四川", 0.1), ("Hunan", "湖南", 0.08),
           ("Zhejiang", "浙江", 0.1), ("Shanghai", "上海", 0.08), ("Beijing", "北京", 0.08), ("Hubei", "湖北", 0.07),
           ("Henan", "河南", 0.07)],
    "JAD": [("Western Australia", "西澳", 0.7), ("New South Wales", "新南威尔士", 0.1), ("Victoria", "维多利亚", 0.1),
            ("Queensland", "昆士兰", 0.1)],
    "HLZ": [("Waikato", "怀卡托", 0.45), ("Auckland", "奥克兰", 0.35), ("Wellington", "惠灵顿", 0.1),
            ("Canterbury", "坎特伯雷", 0.1)],
}
NATION_ZH = {"China": "中国", "Australia": "澳大利亚", "New Zealand": "新西兰", "India": "印度", "Malaysia": "马来西亚",
             "Japan": "日本", "South Korea": "韩国", "Fiji": "斐济", "Nepal": "尼泊尔"}
MODULES = [("air_law", "航空法规", "Air Law"), ("aerodynamics", "飞行原理", "Aerodynamics"),
           ("meteorology", "航空气象", "Meteorology"), ("navigation", "领航", "Navigation"),
           ("human_factors", "人的因素", "Human Factors"), ("systems", "飞机系统", "Aircraft Systems"),
           ("performance", "性能与配载", "Performance & Loading"), ("operations", "飞行运行", "Flight Operations")]
LESSON_ZH = {"dual": "带飞", "solo": "单飞", "cross_country": "转场", "instrument": "仪表", "night": "夜航"}
CANCEL_ZH = {"weather": "天气", "aircraft_unserviceable": "飞机故障停场", "instructor_unavailable": "教员不可用",
             "student_no_show": "学员缺席"}
MED_FAIL = [("colour_vision", "色觉异常", 0.46), ("eyesight", "视力不达标", 0.16), ("ecg", "心电图异常", 0.14),
            ("blood_pressure", "血压偏高", 0.14), ("bmi", "BMI超标", 0.12)]
WITHDRAW = [("cost", "费用压力", 0.30), ("slow_progress", "训练进度跟不上", 0.20), ("personal", "个人/家庭原因", 0.18),
            ("job", "找到其他工作", 0.12), ("medical", "体检/健康问题", 0.10), ("relocation", "搬家/转校", 0.10)]
ORDER_ZH = {"trial_flight": "体验飞行", "tuition_deposit": "学费定金", "ground_school": "理论培训费",
            "hour_package": "飞行小时包", "theory_exam_fee": "理论考试费", "check_ride_fee": "考试飞行费",
            "addon_rating": "附加等级课程"}
RATING_ZH = {"night": "夜航等级", "instrument": "仪表等级", "multi_engine": "多发等级"}

# ---------------------------------------------------------------- feedback text
TOPIC_TP = {"slots": "tp_lesson_booking", "question_bank": "tp_theory_exam", "weather": "tp_flight_lesson",
            "aircraft": "tp_flight_lesson", "hidden_cost": "tp_hour_package", "medical_wait": "tp_medical",
            "visa_slow": "tp_visa", "examiner_wait": "tp_check_ride", "licence_slow": "tp_licence",
            "refund_slow": "tp_withdrawal", "trial_price": "tp_trial_flight", "instructor": "tp_flight_lesson",
            "first_solo": "tp_solo", "trial_fun": "tp_trial_flight", "ground_good": "tp_ground_school",
            "app_good": "tp_lesson_booking"}
NEGATIVE = {"slots", "question_bank", "weather", "aircraft", "hidden_cost", "medical_wait", "visa_slow",
            "examiner_wait", "licence_slow", "refund_slow", "trial_price"}
TEXT = {
    "slots": {
        "zh": ["App上根本约不到飞机，一周只排到一节课", "连续三周约不到教员，进度全拖了", "排课系统永远是候补，约不到课还天天催我们买小时",
               "教员走了两个之后就一直约不到，训练停摆"],
        "en": ["I can't get a slot in the app for weeks at a time", "Always waitlisted, I can't get a slot with any instructor",
               "Paid for hours but can't get a slot to actually fly them"]},
    "question_bank": {
        "zh": ["新题库上线一点通知都没有，理论考试直接挂了", "新题库好多题没见过，考得心慌", "换了新题库，学校发的复习资料还是旧的", "新题库和课上讲的完全对不上，班里一半人没过"],
        "en": ["The new question bank came out of nowhere and half our class failed", "Nobody warned us about the new question bank",
               "Study material wasn't updated for the new question bank"]},
    "weather": {
        "zh": ["这个月天气取消了一半的课，进度严重落后", "连着几次天气取消，教员也没给补课方案"],
        "en": ["Lessons keep getting cancelled for weather, winter here is brutal",
               "Three lessons in a row cancelled for weather, no makeup plan offered"]},
    "aircraft": {
        "zh": ["飞机停场维修，课全取消了也没人提前说", "又是飞机停场，一个月没飞几次"],
        "en": ["Half the fleet was aircraft unserviceable for weeks and nobody told us",
               "Lesson cancelled again, aircraft unserviceable, this is the third time this month"]},
    "hidden_cost": {
        "zh": ["小时包之外还有落地费燃油附加这些额外收费，签约时根本没说", "额外收费太多了，报价和实际花的差好几万"],
        "en": ["Landing fees and fuel levies are hidden fees on top of the hour package",
               "The quoted price didn't include all the hidden fees, budget blown"]},
    "medical_wait": {
        "zh": ["一级体检预约排了一个多月才排上", "体检预约太难了，跑了两趟医院还要复查"],
        "en": ["Took over a month to get a medical appointment with a DAME",
               "Medical appointment slots are impossible to find, delayed my start"]},
    "visa_slow": {
        "zh": ["学生签证太慢了，开课日期一拖再拖", "签证太慢，学校也没帮忙催一下"],
        "en": ["My visa took forever and I missed my intake", "Student visa took forever, nobody from the school followed up"]},
    "examiner_wait": {
        "zh": ["考试飞行等考试员等了一个多月", "小时都飞够了，就是在等考试员，天天干等"],
        "en": ["Hours done but I've been waiting for an examiner for weeks",
               "Ready for the flight test, still waiting for an examiner to be available"]},
    "licence_slow": {
        "zh": ["考试飞行过了两个月，执照迟迟没有下来", "执照迟迟不发，航司面试都耽误了"],
        "en": ["Passed the flight test but the licence still hasn't arrived",
               "My licence still hasn't been issued, six weeks after the test"]},
    "refund_slow": {
        "zh": ["办了退学，剩下的小时退费还没到账", "退费还没到账，财务一直说在走流程"],
        "en": ["I withdrew a month ago and my refund is still pending",
               "Refund is still pending for my unused hours, very slow"]},
    "trial_price": {
        "zh": ["体验飞行太贵了，半小时一千多", "体验飞行太贵，飞了二十分钟就落地了"],
        "en": ["The trial flight was overpriced for half an hour", "Nice views but the trial flight was overpriced"]},
    "instructor": {
        "zh": ["教员很耐心，每个起落都讲得很细", "我的教员很耐心，紧张的时候一直安慰我", "教员很耐心，讲评特别到位"],
        "en": ["Very patient instructor, debriefs were gold", "My instructor is a patient instructor and explains everything twice",
               "Patient instructor who never made me feel stupid"]},
    "first_solo": {
        "zh": ["今天第一次单飞！一个人在天上的感觉太棒了", "第一次单飞落地的时候手都在抖，终于做到了"],
        "en": ["Did my first solo today, best day of my life", "First solo done! Three circuits on my own"]},
    "trial_fun": {
        "zh": ["体验飞行太爽了，还让我自己握了杆", "体验飞行太爽了，从空中看海岸线好美"],
        "en": ["The trial flight was amazing, I got to take the controls", "Trial flight was amazing, now I'm hooked"]},
    "ground_good": {
        "zh": ["理论课讲得很清楚，气象那部分终于听懂了", "理论课讲得很清楚，老师会结合真实案例"],
        "en": ["Ground school was excellent, the nav lessons were really practical",
               "Ground school was excellent and well organised"]},
    "app_good": {
        "zh": ["约飞App挺好用的，能看到教员空档", "排课App界面清楚，提醒也及时"],
        "en": ["The SkyLog app is easy to use and reminders are handy", "Booking lessons in the app is quick and easy"]},
}
NEUTRAL = {"zh": ["整体还可以，按部就班在推进", "一般吧，和预期差不多", "还行，就是训练节奏有点慢"],
           "en": ["It's ok, about what I expected", "Decent school overall", "Fine so far, nothing special"]}


def choice(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


def wchoice(pairs):
    """pairs: dict key -> weight or list of tuples whose last item is the weight"""
    if isinstance(pairs, dict):
        keys, w = list(pairs), np.array(list(pairs.values()), float)
    else:
        keys, w = pairs, np.array([p[-1] for p in pairs], float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at_hour(d, lo=8, hi=17):
    """a datetime on the calendar day of d at a random time between lo and hi o'clock"""
    base = datetime(d.year, d.month, d.day)
    return base + D(minutes=int(rng.integers(lo * 60, hi * 60)))


def later(t, lo, hi, h_lo=8, h_hi=18):
    return at_hour(t + D(days=int(rng.integers(lo, hi + 1))), h_lo, h_hi)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_ls = 0
        self.lic_no = 0

    # ---------- helpers
    def ev(self, c, t, tp, action, **kw):
        if t > END or t < START:
            return None
        self.n_ev += 1
        b = BASES[c["base_id"]]
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=tfmt(t), touchpoint_id=tp,
                   action=action, base_id=c["base_id"], base=b[0], base_en=b[1], country=b[4])
        if c.get("programme"):
            row["programme"] = c["programme"]
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, otype, amount_local, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        b = BASES[c["base_id"]]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=tfmt(t),
                   amount=round(amount_local * b[7], 2), status=status, order_type=otype, 订单类型=ORDER_ZH[otype],
                   base_id=c["base_id"], base=b[0], base_en=b[1], currency=b[6], amount_local=amount_local,
                   programme=c.get("programme") or "")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, channel, topics, rating=None, nps=None, instr=None, tp=None, lang=None, anon=False):
        if t is not None and t > END:
            return
        lang = lang or c["lang"]
        parts = [choice(TEXT[k][lang]) for k in topics] or [choice(NEUTRAL[lang])]
        text = ("，" if lang == "zh" else ". ").join(parts)
        if tp is None:
            tp = TOPIC_TP[topics[0]] if topics else "tp_flight_lesson"
        self.n_fb += 1
        b = BASES[c["base_id"]]
        row = dict(feedback_id=f"FB{self.n_fb:05d}", text=text, ts=tfmt(t) if t is not None else "",
                   customer_id="" if anon else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating if rating is not None else "", nps=nps if nps is not None else "",
                   language=lang, base_id=c["base_id"], base=b[0], base_en=b[1],
                   programme=c.get("programme") or "", instructor_id=instr[0] if instr else "",
                   instructor_name=instr[1] if instr else "", instructor_name_en=instr[2] if instr else "")
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=row["feedback_id"], topics="|".join(topics),
                               sentiment="negative" if any(k in NEGATIVE for k in topics) else
                               ("positive" if topics else "neutral")))

    def public_fb(self, c, t, topics, rating):
        """a post or review: Xiaohongshu for zh writers (no rating, half undated, some anonymous), Google otherwise"""
        if c["lang"] == "zh":
            self.fb(c, None if rng.random() < 0.5 else t, "xiaohongshu", topics, anon=rng.random() < 0.3)
        else:
            self.fb(c, t, "google_review", topics, rating=rating)

    # ---------- leads
    def lead_day(self):
        while True:
            d = START + D(days=int(rng.integers(0, (END - START).days + 1)))
            g = 1.0 if d.year == 2024 else (1.12 if d.year == 2025 else 1.3)
            s = 1.25 if d.month in (7, 8, 10, 12, 1) else 1.0
            if rng.random() < g * s / 1.7:
                return d

    def new_lead(self, i):
        market = "zh" if rng.random() < 0.66 else "en"
        acq = wchoice(ACQ[market])
        if market == "zh":
            base = wchoice({"ZUH": 0.47, "PCH": 0.29, "JAD": 0.13, "HLZ": 0.11})
            if acq == "douyin":
                base = "ZUH" if rng.random() < 0.6 else "PCH"
            nation = "China"
            reg = wchoice(REGIONS["zh"])
        else:
            base = "JAD" if rng.random() < 0.55 else "HLZ"
            local = "Australia" if base == "JAD" else "New Zealand"
            nation = wchoice({local: 0.62, "India": 0.12, "Malaysia": 0.07, "Japan": 0.05, "South Korea": 0.04,
                              "Fiji": 0.04, "Nepal": 0.06})
            reg = wchoice(REGIONS[base]) if nation == local else (nation, NATION_ZH[nation], 1)
        intl = BASES[base][4] == "CN" and nation != "China" or BASES[base][4] != "CN" and nation not in (
            "Australia", "New Zealand")
        c = dict(customer_id=f"C{i:06d}", lang=market, acq=acq, base_id=base, nation=nation, region=reg[0],
                 region_zh=reg[1], intl=intl, programme="", segment="lead",
                 age_band=wchoice({"16-19": 0.22, "20-24": 0.36, "25-29": 0.2, "30-39": 0.15, "40+": 0.07}),
                 gender="M" if rng.random() < 0.82 else "F", signup_at="")
        if acq == "airline_cadet":
            c["age_band"] = wchoice({"16-19": 0.3, "20-24": 0.6, "25-29": 0.1})
        return c

    def run_lead(self, c):
        acq, base = c["acq"], c["base_id"]
        dev = wchoice({"ios": 0.55, "android": 0.35, "pc": 0.10}) if c["lang"] == "zh" else \
            wchoice({"ios": 0.5, "android": 0.3, "pc": 0.2})
        c["device"] = dev
        if acq == "career_fair":
            city = {"JAD": "Perth", "HLZ": "Auckland"}.get(base)
            fairs = [f for f in CAREER_FAIRS if f[5] == c["lang"] and (c["lang"] == "zh" or f[3] == city)]
            f = fairs[int(rng.integers(len(fairs)))]
            t0 = at_hour(f[4], 10, 17)
            self.ev(c, t0, "tp_career_fair", "scanned" if rng.random() < 0.7 else "registered",
                    channel="offline", fair_id=f[0], fair_name=f[1] if c["lang"] == "zh" else f[2], fair_city=f[3])
            if rng.random() > 0.35:
                c["signup_at"] = tfmt(t0)
        else:
            t0 = at_hour(self.lead_day(), 7, 23)
            c["signup_at"] = tfmt(t0)
        trial_ok = BASES[base][4] == "AU" or BASES[base][4] == "NZ" or c["lang"] == "zh"
        trial_ok = trial_ok and not (c["lang"] == "zh" and BASES[base][4] != "CN")
        t = t0
        counselled = None
        if trial_ok and rng.random() < P_TRIAL[acq]:
            tb = t0 if acq != "career_fair" else later(t0, 2, 30, 8, 23)
            ch = "douyin" if acq == "douyin" else (wchoice({"mini_program": 0.7, "web": 0.3}) if c["lang"] == "zh"
                                                   else wchoice({"web": 0.75, "app": 0.25}))
            mins = 30 if (acq == "douyin" or rng.random() < 0.6) else 60
            fees = FEES[base]
            price = fees["douyin"] if acq == "douyin" else fees[f"trial{mins}"]
            self.n_ls += 1
            sid = f"TR{self.n_ls:06d}"
            flight_day = tb + D(days=int(rng.integers(2, 22)))
            self.ev(c, tb, "tp_trial_booking", "booked", session_id=sid, device=dev, channel=ch, trial_minutes=mins,
                    trial_date=flight_day.strftime("%Y-%m-%d"))
            show = rng.random() < P_SHOW.get(acq, 0.92)
            o = self.order(c, tb, "trial_flight", price, channel=ch, device=dev, session_id=sid,
                           payment_method="douyin_pay" if acq == "douyin" else (
                               wchoice({"wechat_pay": 0.65, "alipay": 0.35}) if c["lang"] == "zh" else "card"))
            c["segment"] = "trial_booked"
            if not show:
                if o is not None and acq != "douyin" and rng.random() < 0.6:
                    o["status"] = "refunded"
                    o["refunded_at"] = tfmt(later(flight_day, 1, 7))
            else:
                tf = at_hour(flight_day, 8, 17)
                ac_type, regs = choice(FLEET[base])
                ins = choice(INSTRUCTORS[base][:3])
                self.ev(c, tf, "tp_trial_flight", "completed", session_id=sid, trial_minutes=mins, aircraft_type=ac_type,
                        aircraft_reg=choice(regs), instructor_id=ins[0], instructor_name=ins[1],
                        instructor_name_en=ins[2], flight_hours=round(mins / 60 + rng.normal(0.05, 0.03), 2))
                c["segment"] = "trial_flyer"
                if rng.random() < 0.3:
                    promoter = rng.random() < (0.45 if acq == "douyin" else 0.62)
                    topics = ["trial_fun"] if promoter and rng.random() < 0.7 else (
                        ["trial_price"] if not promoter and rng.random() < 0.4 else [])
                    nps = int(rng.integers(9, 11)) if promoter else int(rng.integers(3, 9))
                    self.fb(c, later(tf, 0, 2, 12, 22), "trial_survey", topics, nps=nps, instr=ins,
                            tp="tp_trial_flight")
                elif c["lang"] == "zh" and rng.random() < 0.06:
                    self.public_fb(c, later(tf, 0, 3, 12, 23), ["trial_fun"] if rng.random() < 0.7 else ["trial_price"],
                                   rating=None)
                t = tf
                if rng.random() < P_COUNS_TRIAL[acq]:
                    counselled = later(tf, 1, 24) if rng.random() < 0.9 else later(tf, 31, 60)
        else:
            if acq != "career_fair":
                ch = "mini_program" if c["lang"] == "zh" and rng.random() < 0.5 else "web"
                self.ev(c, t0, "tp_enquiry", "submitted", channel=ch, device=dev,
                        enquiry_topic=wchoice({"PPL": 0.4, "CPL": 0.45, "cost": 0.15}))
            p = P_COUNS_ENQ.get(acq, 0.16)
            if rng.random() < p:
                counselled = later(t0, 3, 40) if acq != "airline_cadet" else later(t0, 5, 20)
        if counselled is None:
            return
        self.admissions(c, counselled)

    def admissions(self, c, t):
        acq, base = c["acq"], c["base_id"]
        prog = "CPL" if acq == "airline_cadet" or rng.random() < 0.45 else "PPL"
        c["programme"] = prog
        c["funding"] = "airline_sponsored" if acq == "airline_cadet" else "self_funded"
        c["segment"] = "applicant"
        self.ev(c, t, "tp_counselling", "completed", channel="store" if rng.random() < 0.6 else "video_call",
                advisor_programme=prog)
        if rng.random() > (0.95 if acq == "airline_cadet" else 0.52):
            return
        tm = later(t, 5, 40)
        if rng.random() < 0.06:
            self.fb(c, later(tm, 0, 3, 9, 22), "ticket", ["medical_wait"], tp="tp_medical")
        cls = "class_1" if prog == "CPL" else "class_2"
        u = rng.random()
        res = "pass" if u < 0.86 else ("deferred" if u < 0.93 else "fail")
        finding = wchoice(MED_FAIL) if res != "pass" else None
        kw = dict(medical_class=cls, 体检等级="一级" if cls == "class_1" else "二级")
        self.ev(c, tm, "tp_medical", res, medical_finding=finding[0] if finding else "",
                体检结论=(finding[1] if finding else "合格"), **kw)
        if res == "deferred":
            tm = later(tm, 20, 50)
            res = "pass" if rng.random() < 0.6 else "fail"
            self.ev(c, tm, "tp_medical", res, medical_finding="" if res == "pass" else finding[0],
                    体检结论="合格" if res == "pass" else finding[1], **kw)
        if res != "pass":
            return
        if rng.random() > (0.97 if acq == "airline_cadet" else 0.64):
            return
        te = later(tm, 3, 30)
        self.ev(c, te, "tp_enrol", "signed", intake=te.strftime("%Y-%m"), funding=c["funding"],
                资助方式="航司委培" if c["funding"] == "airline_sponsored" else "自费")
        c["segment"] = "enrolled"
        if rng.random() > 0.94:
            return
        td = te + D(minutes=int(rng.integers(15, 180))) if rng.random() < 0.6 else later(te, 1, 10)
        fees = FEES[base]
        dep = fees[f"dep_{prog}"]
        pm = "bank_transfer" if c["funding"] == "airline_sponsored" else (
            wchoice({"bank_transfer": 0.5, "wechat_pay": 0.3, "alipay": 0.2}) if c["lang"] == "zh" else
            wchoice({"bank_transfer": 0.6, "card": 0.4}))
        self.ev(c, td, "tp_deposit", "paid", channel="web", device=c["device"], payment_method=pm, amount_local=dep)
        o_dep = self.order(c, td, "tuition_deposit", dep, channel="web", device=c["device"], payment_method=pm)
        c["segment"] = "student"
        c["pm"] = pm
        start = later(td, 10, 35)
        if c["intl"]:
            ts = later(td, 3, 15)
            vt = "subclass_500" if BASES[base][4] == "AU" else ("fee_paying_student" if BASES[base][4] == "NZ" else "X1")
            self.ev(c, ts, "tp_visa", "submitted", visa_type=vt)
            days = max(5, int(rng.gamma(4.0, (28 if BASES[base][4] == "AU" else 20) / 4.0)))
            tv = at_hour(ts + D(days=days), 9, 17)
            ok = rng.random() < 0.9
            self.ev(c, tv, "tp_visa", "granted" if ok else "refused", visa_type=vt, processing_days=days)
            if days > 35 and rng.random() < 0.5:
                self.fb(c, later(tv, 0, 5, 9, 22), "ticket", ["visa_slow"], tp="tp_visa")
            if not ok:
                if o_dep is not None:
                    o_dep["status"] = "refunded"
                    o_dep["refunded_at"] = tfmt(later(tv, 10, 40))
                self.ev(c, later(tv, 1, 7), "tp_withdrawal", "withdrawn", withdrawal_reason="visa_refused",
                        退学原因="签证被拒")
                c["segment"] = "withdrawn"
                return
            start = later(tv, 14, 40)
        self.train(c, start)

    # ---------- training
    def train(self, c, t0):
        base, prog = c["base_id"], c["programme"]
        cn = BASES[base][4] == "CN"
        fees = FEES[base]
        lang = c["lang"]
        self.order(c, t0, "ground_school", fees[f"gs_{prog}"], channel="front_desk", payment_method=c["pm"])
        mods = MODULES[:5] if prog == "PPL" else MODULES
        t = t0
        gs_done = t0
        gs_teacher_good = rng.random() < 0.5
        for k, (mid, mzh, men) in enumerate(mods):
            self.ev(c, t, "tp_ground_school", "attended", module=mid, 课程模块=mzh, module_en=men,
                    quiz_score=int(np.clip(rng.normal(82, 9), 40, 100)))
            gs_done = t
            t = later(t, 4, 11, 9, 17)
        if rng.random() < (0.10 if gs_teacher_good else 0.03):
            self.fb(c, later(gs_done, 0, 5, 12, 22), "course_survey", ["ground_good"],
                    rating=int(rng.integers(4, 6)), tp="tp_ground_school")
        # flying
        pool = INSTRUCTORS[base]
        ins = choice(pool)
        hours_to_solo = max(9.0, rng.normal({"ZUH": 19.0, "PCH": 17.5, "JAD": 15.5, "HLZ": 14.5}[base], 3.0))
        need = 45.0 if prog == "PPL" else 155.0
        theory_need = ["PPL"] if prog == "PPL" else ["PPL", "CPL"]
        balance, total, dual = 0.0, 0.0, 0.0
        last_pack, last_pack_t = None, None
        solo_done = False
        theory_passed = []
        theory_attempts = 0
        t = t0 + D(days=int(rng.integers(7, 18)))
        pace = rng.uniform(1.7, 2.8)        # lessons per week asked for
        next_exam = None
        n_lessons = 0
        bad_streak = 0
        hazard = 0.0038 if c["funding"] == "self_funded" else 0.0008
        while t < END:
            # hour packages when the balance runs low
            if balance < 2.0:
                h, disc = PACKS[int(rng.choice(3, p=[0.45, 0.4, 0.15] if prog == "PPL" else [0.25, 0.4, 0.35]))]
                amt = round(h * HOUR_RATE[base] * disc)
                tp_t = t - D(hours=int(rng.integers(2, 30)))
                self.ev(c, tp_t, "tp_hour_package", "purchased", package_hours=h, device=c["device"], channel="app",
                        amount_local=amt)
                last_pack = self.order(c, tp_t, "hour_package", amt, channel="app", device=c["device"],
                                       package_hours=h, payment_method=c["pm"])
                last_pack_t, last_pack_h = tp_t, h
                balance += h
                if rng.random() < (0.035 if base != "JAD" else 0.05):
                    self.fb(c, later(tp_t, 0, 20, 9, 22), "ticket" if rng.random() < 0.6 else "course_survey",
                            ["hidden_cost"], tp="tp_hour_package")
            # ask for a lesson
            self.n_ls += 1
            sid = f"LS{self.n_ls:06d}"
            req = t
            short = base == "ZUH" and req >= ZUH_SHORTAGE
            wl = rng.random() < (0.44 if short else (0.16 if base == "PCH" else 0.11))
            lead = int(rng.integers(6, 17)) if wl else int(rng.integers(1, 5))
            if short and wl:
                lead += int(rng.integers(0, 8))
            self.ev(c, req, "tp_lesson_booking", "waitlisted" if wl else "confirmed", session_id=sid, channel="app",
                    device=c["device"], request_lead_days=lead)
            if short and wl and rng.random() < 0.07:
                self.fb(c, later(req, 0, 3, 9, 23), "app_review", ["slots"], rating=int(rng.integers(1, 3)),
                        tp="tp_lesson_booking")
            elif rng.random() < 0.006:
                self.fb(c, later(req, 0, 3, 9, 23), "app_review",
                        ["app_good"] if rng.random() < 0.55 else [], rating=int(rng.integers(3, 6)),
                        tp="tp_lesson_booking")
            tl = at_hour(req + D(days=lead), 7, 17)
            if tl > END:
                break
            if base == "ZUH" and tl >= ZUH_SHORTAGE and ins[0] in LEFT_ZUH:
                ins = choice([p for p in pool if p[0] not in LEFT_ZUH])
            m = tl.month
            pw = {"ZUH": 0.15 if m in (6, 7, 8, 9) else 0.06, "PCH": 0.12 if m in (12, 1, 2) else 0.05,
                  "JAD": 0.07 if m in (6, 7, 8) else 0.04, "HLZ": 0.30 if m in (6, 7, 8) else 0.08}[base]
            pa = 0.22 if (base == "JAD" and JAD_GROUNDING[0] <= tl < JAD_GROUNDING[1]) else 0.03
            pi = 0.05 if short else 0.02
            u = rng.random()
            ac_type, regs = choice(FLEET[base])
            if base == "JAD" and JAD_GROUNDING[0] <= tl < JAD_GROUNDING[1]:
                ac_type, regs = FLEET[base][1] if rng.random() < 0.5 else FLEET[base][0]
            common = dict(session_id=sid, aircraft_type=ac_type, aircraft_reg=choice(regs), instructor_id=ins[0],
                          instructor_name=ins[1], instructor_name_en=ins[2])
            if u < pw + pa + pi + 0.015:
                reason = "weather" if u < pw else ("aircraft_unserviceable" if u < pw + pa else (
                    "instructor_unavailable" if u < pw + pa + pi else "student_no_show"))
                if reason == "aircraft_unserviceable" and base == "JAD" and JAD_GROUNDING[0] <= tl < JAD_GROUNDING[1]:
                    common["aircraft_type"] = "Piper PA-28"
                    common["aircraft_reg"] = choice(FLEET["JAD"][0][1])
                self.ev(c, tl, "tp_flight_lesson", "cancelled", cancel_reason=reason, 取消原因=CANCEL_ZH[reason],
                        flight_hours=0.0, total_hours=round(total, 1), **common)
                if reason == "weather":
                    bad_streak += 1
                    if rng.random() < (0.05 + 0.04 * bad_streak):
                        if rng.random() < 0.5:
                            self.fb(c, later(tl, 0, 2, 9, 22), "course_survey", ["weather"],
                                    rating=int(rng.integers(1, 3)), tp="tp_flight_lesson")
                        else:
                            self.fb(c, later(tl, 0, 2, 9, 22), "ticket", ["weather"], tp="tp_flight_lesson")
                elif reason == "aircraft_unserviceable" and rng.random() < 0.12:
                    self.fb(c, later(tl, 0, 2, 9, 22), "ticket", ["aircraft"], tp="tp_flight_lesson")
                t = tl + D(hours=int(rng.integers(10, 60)))
                continue
            bad_streak = 0
            n_lessons += 1
            if not solo_done:
                ltype = "dual"
            else:
                ltype = wchoice({"dual": 0.35, "solo": 0.35, "cross_country": 0.2, "instrument": 0.07 if prog == "CPL"
                                 else 0.0, "night": 0.03})
            hrs = {"dual": rng.uniform(0.9, 1.6), "solo": rng.uniform(0.8, 1.4), "cross_country": rng.uniform(2.0, 3.6),
                   "instrument": rng.uniform(1.2, 1.8), "night": rng.uniform(1.0, 1.5)}[ltype]
            if prog == "CPL" and total > 60 and ltype in ("solo", "cross_country"):
                hrs *= 1.8
            hrs = round(hrs, 1)
            total += hrs
            balance -= hrs
            if ltype != "solo":
                dual += hrs
            self.ev(c, tl, "tp_flight_lesson", "completed", lesson_type=ltype, 课程类型=LESSON_ZH[ltype],
                    flight_hours=hrs, total_hours=round(total, 1), **common)
            if not solo_done and dual >= hours_to_solo:
                solo_done = True
                ts = tl + D(minutes=int(rng.integers(90, 200)))
                self.ev(c, ts, "tp_solo", "completed", hours_at_solo=round(total, 1), instructor_id=ins[0],
                        instructor_name=ins[1], instructor_name_en=ins[2], aircraft_type=common["aircraft_type"])
                if rng.random() < 0.30:
                    fch = "course_survey" if rng.random() < 0.6 else "public"
                    if fch == "public":
                        self.public_fb(c, later(ts, 0, 2, 18, 23), ["first_solo"], rating=5)
                    else:
                        self.fb(c, later(ts, 0, 2, 18, 23), "course_survey", ["first_solo"],
                                rating=int(rng.integers(4, 6)), instr=ins, tp="tp_solo")
            # course survey about the instructor every ~15 lessons
            if n_lessons % 15 == 0 and rng.random() < 0.45:
                star = ins[0] == STAR
                r = int(np.clip(round(rng.normal(4.8 if star else 3.8, 0.6)), 1, 5))
                topics = ["instructor"] if (rng.random() < (0.55 if star else 0.12)) and r >= 4 else []
                if short and not topics and rng.random() < 0.45:
                    topics = ["slots"]
                    r = min(r, 2)
                tp = "tp_lesson_booking" if topics == ["slots"] else "tp_flight_lesson"
                self.fb(c, later(tl, 0, 3, 18, 23), "course_survey", topics, rating=r, instr=ins, tp=tp)
                if topics == ["instructor"] and rng.random() < 0.15:
                    self.public_fb(c, later(tl, 1, 10, 18, 23), ["instructor"], rating=5)
            if rng.random() < 0.04:
                ins = choice([p for p in pool if not (base == "ZUH" and tl >= ZUH_SHORTAGE and p[0] in LEFT_ZUH)])
            # withdrawal
            if rng.random() < hazard:
                self.withdraw(c, tl, last_pack, last_pack_t, balance)
                return
            # theory exams
            if len(theory_passed) < len(theory_need) and total >= (20 if not theory_passed else 70):
                if next_exam is None:
                    next_exam = tl + D(days=int(rng.integers(5, 25)))
                if tl >= next_exam:
                    subj = theory_need[len(theory_passed)]
                    theory_attempts += 1
                    te = at_hour(tl + D(days=1), 9, 16)
                    qbank = cn and QBANK[0] <= te < QBANK[1]
                    p = 0.35 if qbank else {"ZUH": 0.83, "PCH": 0.80, "JAD": 0.81, "HLZ": 0.84}[base]
                    ok = rng.random() < p
                    pass_mark = 80 if cn else 70
                    score = int(rng.integers(pass_mark, 99)) if ok else int(rng.integers(max(40, pass_mark - 25),
                                                                                        pass_mark))
                    self.ev(c, te, "tp_theory_exam", "pass" if ok else "fail", exam_subject=f"{subj}_theory",
                            考试科目="私照理论" if subj == "PPL" else "商照理论", exam_score=score, pass_mark=pass_mark,
                            attempt=theory_attempts, authority=BASES[base][5])
                    self.order(c, te, "theory_exam_fee", fees["exam"], channel="front_desk", payment_method=c["pm"],
                               exam_subject=f"{subj}_theory")
                    u = rng.random()
                    if qbank and u < (0.55 if not ok else 0.15):
                        self.fb(c, later(te, 0, 4, 18, 23), "course_survey", ["question_bank"],
                                rating=int(rng.integers(1, 3)) if not ok else 3, tp="tp_theory_exam")
                    elif qbank and u < (0.9 if not ok else 0.3):
                        self.public_fb(c, later(te, 0, 4, 18, 23), ["question_bank"], rating=1)
                    elif cn and not ok and datetime(2026, 4, 1) <= te < datetime(2026, 5, 1) and u < 0.25:
                        self.fb(c, later(te, 0, 4, 18, 23), "ticket", ["question_bank"], tp="tp_theory_exam")
                    if ok:
                        theory_passed.append(subj)
                        theory_attempts = 0
                        next_exam = None
                    else:
                        next_exam = te + D(days=int(rng.integers(14, 36)))
                        if theory_attempts >= 3 and rng.random() < 0.3:
                            self.withdraw(c, te, last_pack, last_pack_t, balance, reason="slow_progress")
                            return
            # check ride
            if total >= need and len(theory_passed) == len(theory_need):
                res = self.check_ride(c, tl, ins)
                return
            t = tl + D(days=float(rng.exponential(1.6 / pace)), hours=int(rng.integers(1, 6)))
        return

    def check_ride(self, c, t, ins):
        base, prog = c["base_id"], c["programme"]
        fees = FEES[base]
        attempts = 0
        while True:
            wait = int(max(2, rng.gamma(3.0, {"ZUH": 5.5, "PCH": 13, "JAD": 5, "HLZ": 4.5}[base])))
            tc = at_hour(t + D(days=wait), 8, 15)
            if tc > END:
                return
            attempts += 1
            p = {"ZUH": 0.82, "PCH": 0.64, "JAD": 0.83, "HLZ": 0.86}[base] + (0.08 if attempts > 1 else 0)
            ok = rng.random() < p
            self.ev(c, tc, "tp_check_ride", "pass" if ok else "fail", examiner_wait_days=wait, attempt=attempts,
                    licence_type=prog, authority=BASES[base][5], instructor_id=ins[0], instructor_name=ins[1],
                    instructor_name_en=ins[2], fail_item="" if ok else wchoice(
                        {"forced_landing": 0.3, "circuit": 0.25, "navigation": 0.2, "radio": 0.15, "steep_turns": 0.1}))
            self.order(c, tc, "check_ride_fee", fees["check"], channel="front_desk", payment_method=c["pm"])
            if wait > 25 and rng.random() < 0.4:
                self.fb(c, later(tc, -3, 0, 9, 22) if rng.random() < 0.5 else later(t, 10, 20, 9, 22),
                        "ticket" if rng.random() < 0.6 else "course_survey", ["examiner_wait"], tp="tp_check_ride",
                        rating=None)
            if ok:
                break
            t = tc + D(days=int(rng.integers(7, 20)))
        c["segment"] = "licensed"
        lag = {"CN": int(rng.integers(18, 50)), "AU": int(rng.integers(6, 22)), "NZ": int(rng.integers(4, 16))}[
            BASES[base][4]]
        tlic = at_hour(tc + D(days=lag), 9, 17)
        self.lic_no += 1
        self.ev(c, tlic, "tp_licence", "issued", licence_type=prog, authority=BASES[base][5], days_since_check_ride=lag,
                licence_no=f"{BASES[base][5].replace(' ', '')}-{prog}-{self.lic_no:05d}")
        if tlic > END:
            c["segment"] = "student"
            return
        if lag > 35 and rng.random() < 0.4:
            self.fb(c, later(tc, 36, 45, 9, 22), "ticket", ["licence_slow"], tp="tp_licence")
        # graduate survey (NPS)
        if rng.random() < 0.5:
            self.fb(c, later(tlic, 1, 10, 10, 22), "graduate_survey", [], nps=int(np.clip(round(rng.normal(8.0, 1.8)), 0, 10)),
                    tp="tp_licence")
        if rng.random() < (0.22 if prog == "PPL" else 0.35):
            ta = later(tlic, 10, 170)
            rt = "night" if prog == "PPL" else wchoice({"instrument": 0.6, "multi_engine": 0.4})
            amt = {"night": FEES[base]["night"], "instrument": FEES[base]["ir"], "multi_engine": FEES[base]["me"]}[rt]
            self.ev(c, ta, "tp_addon_rating", "enrolled", rating_type=rt, 等级类型=RATING_ZH[rt])
            self.order(c, ta, "addon_rating", amt, channel="front_desk", payment_method=c["pm"], rating_type=rt)

    def withdraw(self, c, t, last_pack, last_pack_t, balance, reason=None):
        r = reason if reason is not None else wchoice(WITHDRAW)[0]
        zh = {k: z for k, z, _ in WITHDRAW}[r]
        tw = later(t, 1, 20, 9, 17)
        self.ev(c, tw, "tp_withdrawal", "withdrawn", withdrawal_reason=r, 退学原因=zh,
                unused_hours=round(max(balance, 0), 1))
        c["segment"] = "withdrawn"
        slow = False
        if last_pack is not None and balance >= 4:
            last_pack["status"] = "refunded"
            days = int(rng.gamma(3.0, 9.0))
            slow = days > 25
            last_pack["refunded_at"] = tfmt(at_hour(tw + D(days=days), 9, 17))
        if rng.random() < 0.6:
            self.fb(c, later(tw, 0, 5, 9, 20), "exit_interview", ["refund_slow"] if slow and rng.random() < 0.8 else [],
                    tp="tp_withdrawal")

    # ---------- all
    def run(self):
        for i in range(1, N_LEADS + 1):
            c = self.new_lead(i)
            self.run_lead(c)
            self.customers.append(c)
        # a handful of exact-duplicate event rows (the CRM export repeats a page): same event_id, same content
        for r in list(self.events[1000:1006]):
            self.events.append(dict(r))

    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)

        def dump(name, rows, cols, sub=""):
            p = (out / sub / f"{name}.csv") if sub else out / f"{name}.csv"
            with p.open("w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
                w.writeheader()
                for r in rows:
                    w.writerow({k: r.get(k, "") for k in cols})

        dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
             ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        jrows = []
        for jid, zh, en, steps, win in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                                  touchpoint_id=tp, window_days=win))
        dump("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"])
        crows = []
        for c in self.customers:
            b = BASES[c["base_id"]]
            crows.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=c["segment"],
                              region=c["region"], 地区=c["region_zh"], acquisition_channel=c["acq"],
                              获客渠道=ACQ_ZH[c["acq"]], tier=c["programme"] or "none", home_base_id=c["base_id"],
                              home_base=b[0], home_base_en=b[1], nationality=c["nation"], 国籍=NATION_ZH[c["nation"]],
                              student_type="international" if c["intl"] else "domestic",
                              学员类型="国际学员" if c["intl"] else "本地学员", funding=c.get("funding", ""),
                              age_band=c["age_band"], gender=c["gender"], preferred_language=c["lang"]))
        dump("customers", crows, list(crows[0]))
        ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                 "base_id", "base", "base_en", "country", "programme", "fair_id", "fair_name", "fair_city",
                 "trial_minutes", "trial_date", "enquiry_topic", "advisor_programme", "medical_class", "体检等级",
                 "medical_finding", "体检结论", "intake", "funding", "资助方式", "payment_method", "amount_local",
                 "visa_type", "processing_days", "module", "课程模块", "module_en", "quiz_score", "request_lead_days",
                 "aircraft_type", "aircraft_reg", "instructor_id", "instructor_name", "instructor_name_en", "lesson_type",
                 "课程类型", "flight_hours", "total_hours", "cancel_reason", "取消原因", "package_hours", "hours_at_solo",
                 "exam_subject", "考试科目", "exam_score", "pass_mark", "attempt", "authority", "examiner_wait_days",
                 "fail_item", "licence_type", "days_since_check_ride", "licence_no", "rating_type", "等级类型",
                 "withdrawal_reason", "退学原因", "unused_hours"]
        dump("events", self.events, ecols)
        ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
                 "base_id", "base", "base_en", "currency", "amount_local", "programme", "payment_method", "session_id",
                 "package_hours", "exam_subject", "rating_type", "refunded_at"]
        dump("orders", self.orders, ocols)
        fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
                 "base_id", "base", "base_en", "programme", "instructor_id", "instructor_name", "instructor_name_en"]
        dump("feedback", self.feedback, fcols)
        dump("feedback_truth", self.truth, ["feedback_id", "topics", "sentiment"], sub="_truth")


def main() -> int:
    out = Path(sys.argv[1])
    g = Gen()
    g.run()
    g.write(out)
    print(f"customers {len(g.customers)} events {len(g.events)} orders {len(g.orders)} feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
