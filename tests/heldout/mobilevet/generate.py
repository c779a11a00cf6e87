"""VetVan 宠医到家: a mobile veterinary service whose vans do home visits for pets and small farm animals, in three
Chinese cities (上海 Shanghai, 杭州 Hangzhou, 成都 Chengdu) and three English counties (Surrey, Kent,
Gloucestershire; the UK arm was bought in 2023 and runs on the same app and CRM). Synthetic, written blind.

Owners book a home visit in the app (service page -> booking) or by phone. A sick pet starts in the app's symptom
checker or with a call to the nurse triage line (分诊电话), which books an urgent visit, gives advice, or refers to an
emergency hospital. At a visit (上门出诊) the vet may vaccinate, take a lab sample (blood / urine / faeces / skin, sent
to a partner lab, results back in the app and a follow-up call from the vet), prescribe (chronic medicines are
refilled from the app), or find dental disease (a dental estimate is sent; an accepted one becomes a dental visit
under sedation in the van). Annual booster reminders go out by WeChat, SMS, e-mail or app push. Owners of old pets
call about end-of-life care (临终关怀): a home euthanasia visit and aftercare (cremation). A monthly wellness plan
(健康计划, basic / plus) covers the annual booster and gives discounts. Smallholders (sheep, goats, pigs, poultry,
alpacas) get farm calls, many in the lambing and kidding season.

Data 2024-10-01 .. 2026-07-31 (extract taken in August 2026, four months before "today" 2026-12-01). Naive local
times. Money: orders.amount in CNY (group reporting currency; GBP at a fixed 9.20), amount_local + currency kept.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment) and OUTDIR/_truth/vets.csv (not DATA.md
tables). Deterministic (seed 20261117), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261117
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 7, 31, 23, 59, 59)
N_LEGACY, N_NEW = 3400, 6300
VAN_DOWN = (datetime(2025, 7, 14), datetime(2025, 9, 7, 23, 59))   # VAN07 (Chengdu) off the road: gearbox
IOS_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 19, 23, 59))    # app 4.8 on iOS: map pin fails for rural addresses
LAB_SLOW = datetime(2025, 11, 10)                                  # petlab_east changed courier
EXP = (datetime(2025, 10, 1), datetime(2026, 3, 31, 23, 59))       # booster reminder A/B test
PRICE_RISE = datetime(2026, 1, 1)                                  # UK wellness plan prices up
V20_FROM = datetime(2026, 6, 1)                                    # new vet in Gloucestershire
FX = {"CNY": 1.0, "GBP": 9.20}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_service_page", "App服务页", "App service page", "consideration", "app", "digital", "digital",
     "service page|book a visit page|app home|服务介绍页|预约入口|首页"),
    ("tp_symptom_check", "在线症状自查", "Symptom checker", "consideration", "app", "digital", "digital",
     "symptom checker|online triage|自查|症状自测|AI问诊"),
    ("tp_triage_call", "分诊电话", "Triage call", "consideration", "phone", "digital", "nurse_line",
     "nurse line|triage line|advice call|护士热线|分诊热线|咨询电话"),
    ("tp_app_booking", "App预约", "App booking", "purchase", "app", "digital", "digital",
     "online booking|booked in the app|app appointment|在线预约|App下单|约上门"),
    ("tp_phone_booking", "电话预约", "Phone booking", "purchase", "phone", "digital", "dispatch",
     "phone booking|booked by phone|call to book|打电话约|电话约上门"),
    ("tp_vaccine_reminder", "疫苗到期提醒", "Booster reminder", "loyalty", "other", "digital", "crm",
     "vaccination reminder|booster due reminder|jab reminder|疫苗提醒|加强针提醒|打针提醒"),
    ("tp_home_visit", "上门出诊", "Home visit", "service", "other", "physical", "field_vets",
     "house call|van visit|home appointment|farm call|上门|出诊|上门看诊"),
    ("tp_visit_cancelled", "上门取消/爽约", "Visit cancelled / no-show", "service", "other", "physical", "dispatch",
     "cancellation|no-show|missed appointment|取消上门|爽约|改约"),
    ("tp_vaccination", "疫苗接种", "Vaccination", "service", "other", "physical", "field_vets",
     "jab|booster|vaccine|shots|打疫苗|接种|加强针"),
    ("tp_lab_sample", "采样送检", "Lab sample taken", "service", "other", "physical", "field_vets",
     "bloods|blood test|sample|lab test|抽血|化验|送检"),
    ("tp_lab_result", "化验结果发布", "Lab results released", "service", "app", "digital", "lab_partners",
     "lab results|test results|bloodwork back|检验单|出结果"),
    ("tp_followup_call", "医生回访电话", "Vet follow-up call", "loyalty", "phone", "digital", "field_vets",
     "follow-up call|results call|callback|回访|复诊电话"),
    ("tp_prescription", "开药", "Prescription issued", "service", "other", "physical", "field_vets",
     "prescription|meds|medication|处方|开处方|拿药"),
    ("tp_rx_refill", "续药申请", "Repeat prescription request", "loyalty", "app", "digital", "pharmacy",
     "repeat prescription|refill|med refill|复购药|续方|补药"),
    ("tp_dental_quote", "洁牙报价", "Dental estimate", "consideration", "app", "digital", "field_vets",
     "dental estimate|dental quote|teeth cleaning quote|牙科报价|洗牙报价"),
    ("tp_dental_procedure", "上门洁牙手术", "Dental procedure", "service", "other", "physical", "field_vets",
     "dental|scale and polish|teeth cleaning|extractions|洗牙|洁牙|拔牙"),
    ("tp_plan_page", "健康计划介绍页", "Wellness plan page", "consideration", "app", "digital", "membership",
     "plan page|wellness plan info|health plan page|会员介绍|健康计划页面"),
    ("tp_plan_signup", "开通健康计划", "Wellness plan signup", "purchase", "app", "digital", "membership",
     "plan signup|joined the plan|membership signup|开通会员|办健康计划|入会"),
    ("tp_plan_cancel", "取消健康计划", "Wellness plan cancelled", "loyalty", "phone", "digital", "membership",
     "plan cancellation|left the plan|membership cancelled|退会|取消会员|停扣费"),
    ("tp_eol_enquiry", "临终关怀咨询", "End-of-life enquiry", "consideration", "phone", "digital", "nurse_line",
     "end of life call|euthanasia enquiry|quality of life chat|安乐咨询|临终咨询"),
    ("tp_eol_visit", "临终上门", "End-of-life home visit", "service", "other", "physical", "field_vets",
     "home euthanasia|putting to sleep at home|peaceful passing|安乐上门|在家送别"),
    ("tp_aftercare", "善后火化安排", "Aftercare and cremation", "service", "other", "physical", "aftercare",
     "cremation|aftercare|ashes return|火化|善后|骨灰"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("app_booking", "App预约到上门", "App booking to home visit",
     ["tp_service_page", "tp_app_booking", "tp_home_visit"], 14),
    ("symptom_to_visit", "症状自查到上门", "Symptom checker to home visit",
     ["tp_symptom_check", "tp_triage_call", "tp_home_visit"], 3),
    ("triage_to_visit", "分诊电话到上门", "Triage call to home visit", ["tp_triage_call", "tp_home_visit"], 3),
    ("booster", "疫苗提醒到接种", "Booster reminder to vaccination", ["tp_vaccine_reminder", "tp_vaccination"], 30),
    ("dental", "洁牙报价到手术", "Dental estimate to procedure", ["tp_dental_quote", "tp_dental_procedure"], 45),
    ("lab_loop", "送检到回访", "Lab sample to follow-up call",
     ["tp_lab_sample", "tp_lab_result", "tp_followup_call"], 14),
    ("wellness", "健康计划转化", "Wellness plan conversion", ["tp_plan_page", "tp_plan_signup"], 30),
    ("end_of_life", "临终关怀", "End-of-life care", ["tp_eol_enquiry", "tp_eol_visit", "tp_aftercare"], 7),
]

REGIONS = {  # zh, country, currency, weight, vans, vets, lab, ios share, app share, rural share, segments
    "shanghai": ("上海", "CN", "CNY", 0.25, ["VAN01", "VAN02", "VAN03"], ["V01", "V02", "V03", "V04", "V05"],
                 "petlab_east", 0.62, 0.86, 0.03, {"household": 0.93, "smallholding": 0.01, "breeder": 0.06}),
    "hangzhou": ("杭州", "CN", "CNY", 0.15, ["VAN04", "VAN05"], ["V06", "V07", "V08"], "petlab_east", 0.52, 0.82, 0.10,
                 {"household": 0.86, "smallholding": 0.08, "breeder": 0.06}),
    "chengdu": ("成都", "CN", "CNY", 0.15, ["VAN06", "VAN07"], ["V09", "V10"], "shudi_lab", 0.45, 0.80, 0.18,
                {"household": 0.80, "smallholding": 0.14, "breeder": 0.06}),
    "surrey": ("萨里郡", "UK", "GBP", 0.17, ["VAN08", "VAN09"], ["V11", "V12", "V13"], "northvet", 0.56, 0.66, 0.14,
               {"household": 0.90, "smallholding": 0.06, "breeder": 0.04}),
    "kent": ("肯特郡", "UK", "GBP", 0.14, ["VAN10", "VAN11"], ["V14", "V15", "V16"], "northvet", 0.50, 0.62, 0.30,
             {"household": 0.78, "smallholding": 0.16, "breeder": 0.06}),
    "gloucestershire": ("格洛斯特郡", "UK", "GBP", 0.14, ["VAN12", "VAN13"], ["V17", "V18", "V19"], "northvet", 0.50,
                        0.58, 0.55, {"household": 0.58, "smallholding": 0.36, "breeder": 0.06}),
}
CN = ("shanghai", "hangzhou", "chengdu")
VETS = {  # id: name, region, note
    "V01": ("周立安", "shanghai"), "V02": ("陈静怡", "shanghai"), "V03": ("Laura Fischer", "shanghai"),
    "V04": ("王子豪", "shanghai"), "V05": ("赵刚", "shanghai"), "V06": ("沈若兰", "hangzhou"),
    "V07": ("许斌", "hangzhou"), "V08": ("何雨桐", "hangzhou"), "V09": ("李川", "chengdu"),
    "V10": ("刘晓梅", "chengdu"), "V11": ("Hannah Price", "surrey"), "V12": ("Tom Ashby", "surrey"),
    "V13": ("Priya Nair", "surrey"), "V14": ("Eleanor Whitcombe", "kent"), "V15": ("Gareth Doyle", "kent"),
    "V16": ("Sophie Lang", "kent"), "V17": ("Owen Pritchard", "gloucestershire"),
    "V18": ("Rachel Hughes", "gloucestershire"), "V19": ("Ben Carver", "gloucestershire"),
    "V20": ("Isla Mackenzie", "gloucestershire"),
}
LABS = {"petlab_east": ("宠检东方", "PetLab East"), "shudi_lab": ("蜀地兽检", "Shudi Vet Lab"),
        "northvet": ("诺斯兽医实验室", "NorthVet Labs")}
SEG_ZH = {"household": "家庭宠物", "smallholding": "小农场", "breeder": "繁育舍"}
SPECIES = {
    "household": {"dog": 0.52, "cat": 0.38, "rabbit": 0.07, "guinea_pig": 0.03},
    "breeder": {"dog": 0.6, "cat": 0.4},
    "smallholding": {"sheep": 0.30, "goat": 0.30, "poultry": 0.15, "pig": 0.13, "alpaca": 0.07, "dog": 0.05},
}
SPECIES_ZH = {"dog": "狗", "cat": "猫", "rabbit": "兔", "guinea_pig": "豚鼠", "sheep": "羊", "goat": "山羊",
              "poultry": "家禽", "pig": "猪", "alpaca": "羊驼"}
FARM = ("sheep", "goat", "poultry", "pig", "alpaca")
BOOSTER_SPECIES = ("dog", "cat", "rabbit", "sheep", "goat", "alpaca")
SENIOR_AGE = {"dog": 10, "cat": 12, "rabbit": 6, "guinea_pig": 4}
EOL_AGE = {"dog": 12, "cat": 14, "rabbit": 7, "guinea_pig": 5}
ACQ = {"CN": {"app_store": 0.22, "wechat": 0.2, "xiaohongshu": 0.2, "dianping": 0.13, "vet_referral": 0.08,
              "word_of_mouth": 0.17},
       "UK": {"app_store": 0.18, "google_search": 0.3, "facebook": 0.17, "vet_referral": 0.12,
              "word_of_mouth": 0.23}}
# local prices
PRICE = {
    "CNY": dict(consult=380, vaccination=260, extra_animal=80, farm_call=450, per_head=35, dental=[1200, 1900, 2800, 4200],
                eol=1200, cremation_communal=800, cremation_individual=1600, lab=(380, 680), med=(60, 420),
                refill=(90, 300), basic=(99, 99), plus=(169, 169)),
    "GBP": dict(consult=89, vaccination=72, extra_animal=45, farm_call=95, per_head=9, dental=[320, 480, 690, 950],
                eol=295, cremation_communal=165, cremation_individual=310, lab=(75, 150), med=(14, 70),
                refill=(18, 55), basic=(19, 22), plus=(32, 37)),
}
PAY = {"CNY": {"wechat_pay": 0.6, "alipay": 0.35, "card": 0.05}, "GBP": {"card": 0.8, "apple_pay": 0.15,
                                                                          "bank_transfer": 0.05}}
ORDER_ZH = {"consult": "出诊费", "vaccination": "疫苗", "farm_call": "农场出诊", "dental": "洁牙手术",
            "end_of_life": "临终服务", "aftercare": "火化善后", "lab_test": "化验费", "medication": "药品",
            "wellness_plan": "健康计划月费"}
CANCEL_ZH = {"pet_recovered": "宠物好转", "schedule_conflict": "时间冲突", "went_to_clinic": "改去医院",
             "waited_too_long": "等太久", "rescheduled_by_us": "我方改期", "customer_not_home": "客户不在家",
             "cost": "费用"}
PLAN_CANCEL_ZH = {"price_increase": "涨价", "not_using": "用得少", "moving_away": "搬家", "pet_passed_away": "宠物离世",
                  "too_expensive": "太贵", "switched_practice": "换了医院"}

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
experiments: list[dict] = []
_n: dict[str, int] = {}


def nid(kind, width):
    _n[kind] = _n.get(kind, 0) + 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(p: dict):
    keys = list(p)
    w = np.array([p[k] for k in keys], float)
    return keys[rng.choice(len(keys), p=w / w.sum())]


def choice(items):
    return items[rng.integers(len(items))]


def U(a, b):
    return float(rng.uniform(a, b))


def chance(p):
    return rng.random() < p


def day0(t: datetime) -> datetime:
    return datetime(t.year, t.month, t.day)


def at(day: datetime, h0=8.0, h1=17.0) -> datetime:
    return day0(day) + D(hours=U(h0, h1))


def months():
    y, m = START.year, START.month
    while (y, m) <= (END.year, END.month):
        yield datetime(y, m, 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


MONTHS = list(months())


def month_end(m: datetime) -> datetime:
    n = datetime(m.year + 1, 1, 1) if m.month == 12 else datetime(m.year, m.month + 1, 1)
    return n - D(seconds=1)


def add_months(t: datetime, k: int) -> datetime:
    y, m = t.year + (t.month - 1 + k) // 12, (t.month - 1 + k) % 12 + 1
    return datetime(y, m, min(t.day, 28), t.hour, t.minute, t.second)


def in_(t, win):
    return win[0] <= t <= win[1]


# ---------------------------------------------------------------- feedback text

TEXT = {
    "late": {
        "zh": ["约的上午十点，医生快十二点才到，迟到了将近两个小时，也没人提前说一声。",
               "上门车又迟到了，在家白等一上午，{a}都焦虑了。",
               "预约时段形同虚设，迟到一个多小时，打电话问也说不清车在哪。",
               "医生人很好，但迟到太严重了，我专门请假在家。",
               "第二次迟到了，能不能车出发时发个消息？",
               "说好两点到，四点才来，迟到这么久{a}都吓得躲起来了。"],
        "en": ["Booked the 10am slot and the van turned up late, nearly noon. No call to warn us.",
               "Vet was over an hour late and I had taken the morning off work for this.",
               "The van was late again. Lovely vet but the timekeeping is poor.",
               "Arrived late with no text or call, the {a} was wound up by the time they came.",
               "Second time the van has been late. Please just tell people when you are running behind.",
               "Two hours late for a sick {a}. Not what I expect from a booked slot."]},
    "reschedule": {
        "zh": ["你们临时把预约改期了，一下改到一周以后，{a}还在拉肚子。",
               "第二次被改期，说车不够用，那我只能自己带去医院了。",
               "客服打电话说要改期，说车坏了，能理解但真的很影响。",
               "头天晚上通知改期，{a}打针的时间又往后拖了。"],
        "en": ["You rescheduled my appointment the day before and pushed it out a whole week.",
               "Got rescheduled twice because of a van problem. Not good enough for a sick {a}.",
               "Appointment rescheduled with a text at 8pm, no apology."]},
    "map_pin": {
        "zh": ["新版App定位一直定不到我们村里，地址填不进去，根本约不了。",
               "iPhone更新以后选地址那一步定位乱跳，农场的位置选不了。",
               "App定位有bug，我们家在镇外面，选不了位置只能打电话。",
               "苹果手机上定位那一步卡死，试了好几次都提交不了预约。"],
        "en": ["Since the update the map pin will not drop on our farm, cannot finish the booking on my iPhone.",
               "The map pin keeps jumping to the village centre, our smallholding has no road name. Had to phone.",
               "iOS app: the map pin step is broken for rural addresses. Gave up and rang instead.",
               "Map pin on the new app version sends the van to the wrong field. Could not book."]},
    "lab_slow": {
        "zh": ["血检报告等了四天才出来，一直问都说还在实验室。",
               "化验的报告太慢了，{a}吃不下东西等不起。",
               "送检以后报告迟迟不出，医生也没法回访。",
               "尿检报告一个礼拜了还没有，这个速度不行。",
               "报告比以前慢了好多，以前第二天就有。"],
        "en": ["Still waiting on the blood results four days later.",
               "Lab results took ages, nobody could tell me when they would be back.",
               "Results for the urine sample were slow, had to chase twice.",
               "Used to get results next day, now it is three or four days. What changed?"]},
    "dental_price": {
        "zh": ["洁牙报价三千多，太贵了，拔牙还要另算。",
               "牙科报价比医院还高，太贵了，先不做了。",
               "报价单看了一下太贵了，麻醉加洗牙比隔壁诊所贵一倍。",
               "老{a}牙不好，可是四千多太贵了，再考虑吧。"],
        "en": ["Dental estimate came back at nearly 900 pounds, far too expensive for us.",
               "The dental quote is expensive compared with our old practice.",
               "Expensive estimate for a scale and polish plus two extractions. We will wait.",
               "Dental work under sedation in the van is a good idea but very expensive."]},
    "rough": {
        "zh": ["医生抽血的时候手法很粗暴，{a}吓得一直叫。",
               "按着{a}打针太粗暴了，以后不想再约这个医生。",
               "检查的时候动作粗暴，{a}吓坏了好几天不吃东西。"],
        "en": ["The vet was quite rough holding our {a} for the injection.",
               "Felt like rough handling during the exam, our {a} was terrified.",
               "Too rough with a nervous {a}, we asked for a different vet next time."]},
    "on_hold": {
        "zh": ["打分诊电话排队排了二十分钟，{a}一直在吐。",
               "周一早上电话一直在排队，最后只好挂了。",
               "护士热线排队太久，急得不行。",
               "排队半小时才接通，还好{a}没大事。"],
        "en": ["Was on hold for 25 minutes on the triage line on Monday morning.",
               "Kept on hold forever, gave up and called back later.",
               "On hold for ages with a poorly {a}. The nurse was great once I got through.",
               "Monday morning the nurse line had me on hold for over twenty minutes."]},
    "plan_price": {
        "zh": ["健康计划又涨价了，不值得。"],
        "en": ["Wellness plan price increase in January with barely any notice, cancelled.",
               "The price increase on the plan is not worth it for what we use.",
               "Another price increase on the monthly plan, we are out.",
               "Price increase on the plus plan made us think again. Cancelled the direct debit."]},
    "refill": {
        "zh": ["续药申请提交了三天没人处理。",
               "在App里申请续药，药一直没寄到。",
               "每个月续药都要催，太麻烦了。"],
        "en": ["Repeat prescription request sat there for days.",
               "Ordered a repeat prescription in the app, took a week to arrive.",
               "Every month I have to chase the repeat prescription."]},
    "gentle": {
        "zh": ["医生非常温柔，让我们在家里陪它走完最后一程，谢谢你们。",
               "临终上门很温柔，一点都不催，孩子们也能好好告别。",
               "谢谢医生温柔的安排，它是在自己的小窝里睡着的。",
               "整个过程安静又温柔，骨灰也很快送回来了。"],
        "en": ["The vet was so gentle with our old boy at the end. Thank you for letting him go at home.",
               "Kind, gentle and unhurried. Saying goodbye at home made it bearable.",
               "Gentle, calm and respectful. She passed on her own blanket by the fire.",
               "Could not have asked for a more gentle goodbye. The ashes came back beautifully."]},
    "praise": {
        "zh": ["医生很专业，讲得很清楚，上门省了我们好多事。",
               "很专业，{a}在自己家里一点都不紧张，推荐。",
               "专业又耐心，护士还帮忙剪了指甲。",
               "第一次用上门服务，医生专业准时，以后都约这个。"],
        "en": ["Really professional team, our {a} did not even realise it was a vet visit.",
               "Professional and friendly, so much easier than getting the {a} in the car.",
               "Very professional vet, explained everything and left us a clear plan.",
               "Professional, on time and lovely with our anxious rescue."]},
    "farm_praise": {
        "zh": ["半夜打电话说{a}难产，医生一个小时就到了，母子平安。",
               "{a}驱虫和打针一次搞定，农场出诊很方便。"],
        "en": ["Came out at night for a difficult birth, mum and babies all fine.",
               "Sorted the whole flock in one visit, wormer and boosters done.",
               "Great with the {a}, knew exactly what she was doing."]},
    "neutral": {
        "zh": ["请问发票在哪里开？", "下次能不能安排同一个医生？", "疫苗本上的日期能帮忙更新一下吗？",
               "App里怎么改宠物的体重？", "想问一下周日能不能上门。"],
        "en": ["Can I get a VAT invoice for the visit?", "Could we have the same vet next time please?",
               "Where do I find the vaccination certificate in the app?", "How do I change my pet's weight in the app?",
               "Do you do Sunday visits?"]},
    "other_neg": {
        "zh": ["车停在小区门口挡路，被物业说了。", "收费明细不清楚，不知道每一项是什么钱。", "App经常退出登录。"],
        "en": ["The van blocked our lane for an hour.", "Invoice did not itemise what we paid for.",
               "App keeps logging me out."]},
}
SENT = {"late": "neg", "reschedule": "neg", "map_pin": "neg", "lab_slow": "neg", "dental_price": "neg",
        "rough": "neg", "on_hold": "neg", "plan_price": "neg", "refill": "neg", "other_neg": "neg",
        "gentle": "pos", "praise": "pos", "farm_praise": "pos", "neutral": "neu"}
MARKERS = {"late": ("迟到", r"\blate\b"),  # zh substring, en regex on the lower-cased text
           "reschedule": ("改期", "reschedul"), "map_pin": ("定位", "map pin"),
           "lab_slow": ("报告", "results"), "dental_price": ("太贵", "expensive"), "rough": ("粗暴", r"\brough\b"),
           "on_hold": ("排队", "on hold"), "plan_price": ("涨价", "price increase"),
           "refill": ("续药", "repeat prescription"), "gentle": ("温柔", "gentle"), "praise": ("专业", "professional")}
PET_EN = ["Bella", "Max", "Luna", "Poppy", "Alfie", "Milo", "Daisy", "Teddy", "Bramble", "Willow", "Pickle", "Nala"]
PET_ZH = ["豆豆", "球球", "咪咪", "旺财", "可乐", "年糕", "布丁", "大黄", "小白", "奶茶"]
PRE = {"zh": ["", "", "", "{pet}的上门：", "家里{sp}{pet}，", "【{pet}】"],
       "en": ["", "", "", "Visit for {pet}: ", "{pet} ({sp}): ", "Re {pet}. "]}
SUF = {"zh": ["", "", "", "谢谢。", "希望改进。", ""], "en": ["", "", "", " Thanks.", " Please sort it.", ""]}
SP_EN = {k: k.replace("_", " ") for k in SPECIES_ZH}
ANIMAL_ZH = {"dog": "狗", "cat": "猫", "rabbit": "兔子", "guinea_pig": "豚鼠", "sheep": "羊", "goat": "山羊",
             "poultry": "鸡", "pig": "猪", "alpaca": "羊驼"}
ANIMAL_EN = {"dog": "dog", "cat": "cat", "rabbit": "rabbit", "guinea_pig": "guinea pig", "sheep": "ewe",
             "goat": "goat", "poultry": "hen", "pig": "pig", "alpaca": "alpaca"}


def check_markers():
    """every template carries its own topic's marker and no other topic's marker."""
    fills = [p for l in PRE.values() for p in l] + [s for l in SUF.values() for s in l] + PET_EN + PET_ZH + \
        list(SPECIES_ZH.values()) + list(SP_EN.values()) + list(ANIMAL_ZH.values()) + list(ANIMAL_EN.values())
    for topic, langs in TEXT.items():
        for lang, temps in langs.items():
            for t in temps:
                for other, mk in MARKERS.items():
                    m = mk[0] if lang == "zh" else mk[1]
                    has = re.search(m, t.lower()) is not None
                    assert has == (other == topic), (topic, other, t)
    for f in fills:
        for mk in MARKERS.values():
            assert mk[0] not in f.lower() and not re.search(mk[1], f.lower()), f


def fill(topic, lang, c):
    sp = c["main_species"] if c is not None else choice(["dog", "cat"])
    t = choice(TEXT[topic][lang]).replace("{a}", ANIMAL_ZH[sp] if lang == "zh" else ANIMAL_EN[sp])
    if c is not None and chance(0.5):
        sp = c["main_species"]
        pet = choice(PET_ZH) if lang == "zh" else choice(PET_EN)
        pre = choice(PRE[lang]).format(pet=pet, sp=SPECIES_ZH[sp] if lang == "zh" else SP_EN[sp])
        t = pre + t + choice(SUF[lang])
    return t


PLATFORM_REVIEW = {"CN": "dianping", "UK": "google"}


def say(c, ts, tp, channel, topic, rating=None, vet=None, visit=None, nps=None, platform=""):
    lang = c["preferred_language"]
    fid = nid("F", 5)
    feedback.append(dict(feedback_id=fid, text=fill(topic, lang, c), ts=ts, customer_id=c["customer_id"],
                         touchpoint_id=tp, channel=channel, rating=rating, nps=nps, language=lang,
                         region=c["region"], vet_id=vet or "", visit_id=visit or "", platform=platform))
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


RATING = {"late": ([1, 2, 3], [0.35, 0.45, 0.2]), "reschedule": ([1, 2], [0.5, 0.5]),
          "map_pin": ([1, 2], [0.7, 0.3]), "lab_slow": ([1, 2, 3], [0.3, 0.5, 0.2]),
          "dental_price": ([2, 3], [0.6, 0.4]), "rough": ([1, 2], [0.55, 0.45]), "on_hold": ([1, 2, 3], [.3, .5, .2]),
          "plan_price": ([1, 2], [0.6, 0.4]), "refill": ([2, 3], [0.6, 0.4]), "other_neg": ([2, 3], [0.5, 0.5]),
          "gentle": ([4, 5], [0.08, 0.92]), "praise": ([4, 5], [0.35, 0.65]), "farm_praise": ([4, 5], [0.3, 0.7]),
          "neutral": ([3, 4, 5], [0.3, 0.45, 0.25])}


def rating_for(topic):
    vals, p = RATING[topic]
    return int(vals[rng.choice(len(vals), p=p)])


def nps_for(r):
    lo, hi = {1: (0, 3), 2: (2, 5), 3: (5, 7), 4: (7, 9), 5: (9, 10)}[r]
    return int(rng.integers(lo, hi + 1))


# ---------------------------------------------------------------- customers

def signup_weights(region):
    ws = []
    for i, m in enumerate(MONTHS):
        w = 1.0 + 0.035 * i
        w *= {3: 1.2, 4: 1.25, 5: 1.15, 12: 0.8, 1: 0.85}.get(m.month, 1.0)
        if region in CN and m.month == 2:
            w *= 0.6
        ws.append(w)
    w = np.array(ws)
    return w / w.sum()


def make_customer(i, legacy):
    region = pick({r: v[3] for r, v in REGIONS.items()})
    rz, country, cur, _, _, _, _, ios, app, rural, segp = REGIONS[region]
    seg = pick(segp)
    sp = pick(SPECIES[seg])
    if seg == "smallholding":
        pets = int(rng.integers(3, 40)) if sp not in ("dog",) else int(rng.integers(3, 12))
        age = U(1, 8)
    elif seg == "breeder":
        pets = int(rng.integers(4, 13))
        age = U(1, 7)
    else:
        pets = 1 if chance(0.72) else int(rng.integers(2, 4))
        age = float(rng.gamma(2.2, 3.0)) if sp in ("dog", "cat") else U(0.5, 6)
    addr = "rural" if seg == "smallholding" or chance(rural) else pick({"urban": 0.6, "suburban": 0.4})
    has_app = chance(app * (0.85 if seg == "smallholding" else 1.0))
    os_ = ("ios" if chance(ios) else "android") if has_app else "none"
    if region in CN:
        lang = "en" if chance(0.07) else "zh"
        contact = pick({"wechat": 0.55, "sms": 0.25, "app_push": 0.2} if has_app else {"wechat": 0.7, "sms": 0.3})
    else:
        lang = "en"
        contact = pick({"sms": 0.45, "email": 0.35, "app_push": 0.2} if has_app else {"sms": 0.55, "email": 0.45})
    if legacy:
        signup = datetime(2019, 1, 1) + D(days=int(rng.integers(0, (START - datetime(2019, 1, 1)).days)))
        signup = at(signup, 8, 21)
        acq = "legacy_migration" if region not in CN else pick(ACQ[country])
    else:
        m = MONTHS[rng.choice(len(MONTHS), p=signup_weights(region))]
        signup = at(m + D(days=int(rng.integers(0, (month_end(m) - m).days + 1))), 7, 22)
        acq = pick(ACQ[country])
    return dict(
        customer_id=f"C{i:05d}", signup_at=signup, segment=seg, segment_zh=SEG_ZH[seg], region=region, region_zh=rz,
        country=country, acquisition_channel=acq, tier="standard", lifecycle="", address_type=addr, app_os=os_,
        preferred_contact=contact, preferred_language=lang, main_species=sp, main_species_zh=SPECIES_ZH[sp],
        pets_count=pets, pet_age_at_signup=round(age, 1), distance_km=round(float(rng.gamma(2.5, 5 if addr != "rural"
                                                                                           else 9)), 1),
        marketing_opt_in=int(chance(0.6)), _cur=cur, _legacy=legacy)


# ---------------------------------------------------------------- events and orders

def ev(c, tp, ts, action, **kw):
    e = dict(event_id=nid("E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
             region=c["region"], customer_type=c["segment"], species=c["main_species"])
    e.update(kw)
    events.append(e)
    return e


def order(c, ts, kind, local, status="paid", **kw):
    cur = c["_cur"]
    loc = round(float(local), 2)
    o = dict(order_id=nid("O", 6), customer_id=c["customer_id"], ts=ts, amount=round(loc * FX[cur], 2),
             status=status, order_type=kind, order_type_zh=ORDER_ZH[kind], currency=cur, amount_local=loc,
             region=c["region"], customer_type=c["segment"], species=c["main_species"],
             payment_method=pick(PAY[cur]))
    o.update(kw)
    orders.append(o)
    return o


def P(c, key):
    return PRICE[c["_cur"]][key]


class St:
    """running state of one customer."""

    def __init__(self, c):
        self.c = c
        self.plan = None           # basic / plus
        self.plan_start = None
        self.plan_ever = False
        self.visits = 0
        self.gone = END            # end of the relationship
        self.alive = True
        self.age0 = c["pet_age_at_signup"]
        self.t_age0 = c["signup_at"]
        self.variant = None
        self.booked_any = False
        self.chronic_until = None

    def age(self, t):
        return self.age0 + (t - self.t_age0).days / 365.25


def app_session(st, t, intent):
    """service page view, maybe an app booking; returns the booking ts or None."""
    c = st.c
    sess = nid("S", 7)
    dev = c["app_os"]
    ev(c, "tp_service_page", t, "view", channel="app", device=dev, session_id=sess,
       app_version=app_version(c, t))
    p = {"browse": 0.55, "intent": 0.86}[intent]
    if c["segment"] == "smallholding":
        p *= 0.95
    if c["region"] == "chengdu" and in_(t, VAN_DOWN):
        p *= 0.8            # first free slot a week out
    bug = dev == "ios" and c["address_type"] == "rural" and in_(t, IOS_BUG)
    if bug:
        p *= 0.25
    if chance(p):
        tb = t + D(minutes=U(2, 14))
        ev(c, "tp_app_booking", tb, "submitted", channel="app", device=dev, session_id=sess,
           app_version=app_version(c, t), address_type=c["address_type"])
        return tb, "app"
    if bug:
        if chance(0.3):
            say(c, t + D(minutes=U(5, 60)), "tp_app_booking", "app_review", "map_pin", rating=rating_for("map_pin"),
                platform="app_store")
        if chance(0.45):      # rang us instead
            tb = t + D(minutes=U(20, 300))
            ev(c, "tp_phone_booking", tb, "booked", channel="phone")
            return tb, "phone"
    return None, None


def app_version(c, t):
    if t < datetime(2025, 3, 10):
        return "4.5"
    if t < datetime(2025, 9, 1):
        return "4.6"
    if t < IOS_BUG[0]:
        return "4.7"
    if c["app_os"] == "ios" and t > IOS_BUG[1]:
        return "4.8.1"
    return "4.8"


def book(st, t, intent):
    """book by app or phone; returns (booking ts, via) or (None, None)."""
    c = st.c
    if c["app_os"] != "none" and chance(0.8):
        return app_session(st, t, intent)
    if chance(0.9 if intent == "intent" else 0.5):
        ev(c, "tp_phone_booking", t, "booked", channel="phone")
        return t, "phone"
    return None, None


def slot_for(c, t, urgent):
    outage = c["region"] == "chengdu" and in_(t, VAN_DOWN)
    if urgent:
        lead = 0 if t.hour < 14 else 1
        if outage:
            lead += int(rng.integers(1, 4))
    else:
        lead = int(rng.integers(1, 6))
        if outage:
            lead += int(rng.integers(4, 10))
    d = day0(t) + D(days=lead)
    if not urgent:
        while d.weekday() == 6:
            d += D(days=1)
    s = at(d, 8.5, 17.5)
    if s <= t:
        s = t + D(hours=U(1.5, 4))
    return s


def pick_vet(c, t):
    vets = list(REGIONS[c["region"]][5])
    if c["region"] == "gloucestershire" and t >= V20_FROM:
        vets.append("V20")
    return choice(vets)


def pick_van(c, t):
    vans = REGIONS[c["region"]][4]
    if c["region"] == "chengdu" and in_(t, VAN_DOWN):
        return "VAN06"
    return choice(vans)


def visit(st, t_booked, visit_type, via, urgent=False, slot=None):
    """a booked home visit: cancelled / no-show or completed with what happens at it. Returns ts or None."""
    c = st.c
    if slot is None:
        slot = slot_for(c, t_booked, urgent)
    vid = nid("VIS", 6)
    outage = c["region"] == "chengdu" and in_(slot, VAN_DOWN)
    p_cust = 0.04 + (0.10 if outage and not urgent else 0.0)
    p_us = 0.16 if outage else 0.006
    r = rng.random()
    if r < p_us:
        tc = t_booked + (slot - t_booked) * U(0.3, 0.9)
        ev(c, "tp_visit_cancelled", tc, "cancelled", visit_id=vid, visit_type=visit_type, booked_via=via,
           cancelled_by="company", cancel_reason="rescheduled_by_us", cancel_reason_zh=CANCEL_ZH["rescheduled_by_us"],
           slot_start=slot)
        if chance(0.3):
            say(c, tc + D(hours=U(1, 30)), "tp_visit_cancelled", pick({"wechat": 0.6, "review": 0.4})
                if c["country"] == "CN" else "email", "reschedule")
            if feedback[-1]["channel"] == "review":
                feedback[-1]["channel"] = "dianping" if c["country"] == "CN" else "google_review"
                feedback[-1]["rating"] = rating_for("reschedule")
                feedback[-1]["platform"] = PLATFORM_REVIEW[c["country"]]
        if chance(0.72):
            new_slot = slot + D(days=int(rng.integers(3, 9)))
            return visit(st, tc, visit_type, "rebooked", urgent, slot=at(new_slot, 8.5, 17.5))
        return None
    if r < p_us + p_cust:
        reasons = {"pet_recovered": 0.3, "schedule_conflict": 0.35, "went_to_clinic": 0.2, "cost": 0.15}
        if outage:
            reasons["waited_too_long"] = 1.4
        reason = pick(reasons)
        tc = t_booked + (slot - t_booked) * U(0.2, 0.95)
        ev(c, "tp_visit_cancelled", tc, "cancelled", visit_id=vid, visit_type=visit_type, booked_via=via,
           cancelled_by="customer", cancel_reason=reason, cancel_reason_zh=CANCEL_ZH[reason], slot_start=slot)
        return None
    if chance(0.015):
        ev(c, "tp_visit_cancelled", slot + D(minutes=20), "no_show", visit_id=vid, visit_type=visit_type,
           booked_via=via, cancelled_by="customer", cancel_reason="customer_not_home",
           cancel_reason_zh=CANCEL_ZH["customer_not_home"], slot_start=slot)
        return None
    late = max(0.0, float(rng.normal(9, 9)))
    if c["address_type"] == "rural":
        late += U(0, 12)
    if outage:
        late += float(rng.gamma(2.0, 24))
    late = int(round(late))
    ta = slot + D(minutes=late)
    vet = pick_vet(c, ta)
    van = pick_van(c, ta)
    animals = c["pets_count"] if visit_type == "farm_call" else (1 if c["pets_count"] == 1 or chance(0.6)
                                                                  else min(c["pets_count"], 3))
    if c["segment"] == "smallholding" and visit_type == "farm_call":
        animals = max(1, int(animals * U(0.2, 0.8)))
    dur = int(U(25, 50) + (10 * min(animals, 6) if visit_type == "farm_call" else 0) +
              (40 if visit_type == "dental" else 0))
    ev(c, "tp_home_visit", ta, "completed", visit_id=vid, visit_type=visit_type, booked_via=via, vet_id=vet,
       van_id=van, slot_start=slot, late_minutes=late, duration_min=dur, animals_seen=animals,
       travel_km=round(c["distance_km"] * U(0.9, 1.2), 1))
    st.visits += 1
    st.booked_any = True
    disc = 0.9 if st.plan else 1.0
    # the invoice for the visit itself
    if visit_type == "consult":
        amt = P(c, "consult") * disc * (1 + 0.35 * (animals - 1))
    elif visit_type == "farm_call":
        amt = (P(c, "farm_call") + P(c, "per_head") * animals) * disc
    elif visit_type == "vaccination":
        amt = 0.0 if st.plan else P(c, "vaccination") + P(c, "extra_animal") * (animals - 1)
    else:
        amt = None
    if amt:
        o = order(c, ta + D(minutes=dur), "farm_call" if visit_type == "farm_call" else visit_type, amt,
                  visit_id=vid, vet_id=vet, channel="van_terminal", plan_member=int(bool(st.plan)))
        if chance(0.012):
            o["status"], o["refund_reason"] = "refunded", choice(["service_complaint", "duplicate_charge"])
    # survey
    tp = {"end_of_life": "tp_eol_visit", "dental": "tp_dental_procedure"}.get(visit_type, "tp_home_visit")
    survey_after(st, ta + D(hours=U(2, 48)), tp, visit_type, vet, vid, late)
    return ta, vid, vet, animals, dur


def survey_after(st, ts, tp, visit_type, vet, vid, late):
    c = st.c
    p = 0.4 if visit_type == "end_of_life" else (0.45 if late > 45 else 0.2)
    if not chance(p):
        return
    if visit_type == "end_of_life":
        topic = pick({"gentle": 0.85, "praise": 0.1, "neutral": 0.05})
    elif late > 45 and chance(0.7):
        topic = "late"
    elif vet == "V05" and chance(0.32):
        topic = "rough"
    else:
        mix = {"praise": 0.42, "neutral": 0.3, "other_neg": 0.1, "late": 0.04 if late > 20 else 0.0}
        if c["segment"] == "smallholding" or visit_type == "farm_call":
            mix["farm_praise"] = 0.25
        if vet in ("V14", "V20"):
            mix["praise"] = 0.9 if vet == "V14" else 2.5
            mix["other_neg"] = 0.02
        if vet in ("V12", "V07"):
            mix["other_neg"] = 0.2
        topic = pick(mix)
    r = rating_for(topic)
    if vet in ("V14", "V20") and topic in ("praise", "neutral") and r < 5 and chance(0.5 if vet == "V14" else 0.9):
        r += 1
    say(c, ts, tp, "survey", topic, rating=r, vet=vet, visit=vid, nps=nps_for(r) if chance(0.45) else None)
    if chance(0.12):      # some also post a public review
        ch = "dianping" if c["country"] == "CN" else "google_review"
        say(c, ts + D(hours=U(1, 72)), tp, ch, topic, rating=r, vet=vet, visit=vid,
            platform=PLATFORM_REVIEW[c["country"]])


def after_consult(st, tv, vid, vet, visit_type):
    """lab sample, prescription, dental finding at a completed consult / vaccination / farm call."""
    c = st.c
    sp = c["main_species"]
    senior = sp in SENIOR_AGE and st.age(tv) >= SENIOR_AGE[sp]
    t = tv + D(minutes=U(10, 30))
    if visit_type in ("consult", "farm_call") and chance(0.30 + (0.2 if senior else 0) +
                                                          (0.05 if visit_type == "farm_call" else 0)):
        lab_cycle(st, t, vid, vet, visit_type)
    if visit_type in ("consult", "farm_call") and chance(0.58):
        chronic = visit_type == "consult" and chance(0.16 + (0.15 if senior else 0))
        drug = choice(["nsaid", "thyroid", "cardiac", "renal_diet", "dermatology"]) if chronic else \
            (choice(["wormer", "antibiotic", "antiparasitic"]) if visit_type == "farm_call"
             else choice(["antibiotic", "gastro", "nsaid", "antiparasitic", "eye_drops"]))
        ev(c, "tp_prescription", t + D(minutes=5), "issued", visit_id=vid, vet_id=vet, rx_drug=drug,
           chronic=int(chronic))
        lo, hi = P(c, "med")
        order(c, t + D(minutes=6), "medication", U(lo, hi), visit_id=vid, vet_id=vet, channel="van_terminal",
              rx_drug=drug)
        if chronic:
            refills(st, t, drug)
    if sp in ("dog", "cat") and visit_type in ("consult", "vaccination") and st.age(tv) >= 3 and \
            chance(0.13 + (0.1 if senior else 0)):
        dental_cycle(st, tv, vid, vet)


def lab_cycle(st, t, vid, vet, visit_type):
    c = st.c
    lab = REGIONS[c["region"]][6]
    sample = choice(["faeces", "blood"]) if visit_type == "farm_call" else \
        pick({"blood": 0.6, "urine": 0.2, "faeces": 0.1, "skin": 0.1})
    sid = nid("LAB", 6)
    ev(c, "tp_lab_sample", t, "collected", visit_id=vid, vet_id=vet, lab_partner=lab, lab_name=LABS[lab][1],
       lab_name_zh=LABS[lab][0], sample_type=sample, lab_order_id=sid)
    lo, hi = P(c, "lab")
    order(c, t + D(minutes=2), "lab_test", U(lo, hi), visit_id=vid, vet_id=vet, channel="van_terminal",
          lab_partner=lab, sample_type=sample)
    if lab == "petlab_east":
        tat = rng.normal(68, 14) if t >= LAB_SLOW else rng.normal(25, 6)
    elif lab == "shudi_lab":
        tat = rng.normal(30, 7)
    else:
        tat = rng.normal(33, 8) + (24 if t.weekday() >= 4 else 0)
    tat = max(8.0, float(tat))
    tr = t + D(hours=tat)
    abnormal = chance(0.36)
    ev(c, "tp_lab_result", tr, "released", channel="app" if c["app_os"] != "none" else "email", visit_id=vid,
       lab_partner=lab, lab_name=LABS[lab][1], lab_name_zh=LABS[lab][0], sample_type=sample, lab_order_id=sid,
       turnaround_hours=round(tat, 1),
       result_flag="abnormal" if abnormal else "normal")
    if tat > 55 and chance(0.16):
        say(c, t + D(hours=U(48, tat)), "tp_lab_result", "wechat" if c["country"] == "CN" else "call_note",
            "lab_slow")
    elif tat > 55 and chance(0.04):
        say(c, tr + D(hours=U(2, 48)), "tp_lab_result", "app_review", "lab_slow", rating=rating_for("lab_slow"),
            platform="app_store" if c["app_os"] == "ios" else "google_play" if c["country"] == "UK" else "huawei")
    if chance(0.95 if abnormal else 0.82):
        tf = tr + D(hours=U(1, 40) if abnormal else U(4, 120))
        ev(c, "tp_followup_call", tf, "completed", channel="phone", visit_id=vid, vet_id=vet,
           call_minutes=int(U(4, 18)), result_flag="abnormal" if abnormal else "normal")


def refills(st, t, drug):
    c = st.c
    n = int(rng.integers(2, 10))
    tt = t
    for k in range(n):
        tt = tt + D(days=U(26, 34))
        if tt > st.gone:
            break
        via = "app" if c["app_os"] != "none" else "phone"
        ful = pick({"courier": 0.75, "next_van_visit": 0.25})
        days = max(1, int(rng.normal(1.6 if c["country"] == "CN" else 3.1, 0.9)))
        ev(c, "tp_rx_refill", tt, "requested", channel=via, device=c["app_os"] if via == "app" else None,
           rx_drug=drug, fulfilment=ful, dispatch_days=days)
        lo, hi = P(c, "refill")
        order(c, tt + D(hours=U(1, 20)), "medication", U(lo, hi), channel=via, rx_drug=drug, refill=1)
        if days >= 4 and chance(0.25):
            say(c, tt + D(days=days), "tp_rx_refill", "wechat" if c["country"] == "CN" else "email", "refill")


def dental_cycle(st, tv, vid, vet):
    c = st.c
    grade = int(pick({1: 0.22, 2: 0.36, 3: 0.27, 4: 0.15}))
    price = P(c, "dental")[grade - 1] * U(0.9, 1.15)
    if st.plan == "plus":
        price *= 0.8
    tq = tv + D(hours=U(18, 72))
    qid = nid("DQ", 6)
    ev(c, "tp_dental_quote", tq, "sent", channel="app" if c["app_os"] != "none" else "email", visit_id=vid,
       vet_id=vet, quote_id=qid, dental_grade=grade, quote_amount=round(price * FX[c["_cur"]], 2),
       quote_amount_local=round(price, 2), extractions_planned=int(max(0, grade - 1 + rng.integers(-1, 3))))
    p = {1: 0.88, 2: 0.76, 3: 0.5, 4: 0.28}[grade]
    if st.plan == "plus":
        p = min(0.95, p + 0.22)
    elif st.plan == "basic":
        p = min(0.95, p + 0.08)
    if not chance(p):
        if chance(0.2):
            say(c, tq + D(hours=U(2, 72)), "tp_dental_quote", pick({"wechat": 1} if c["country"] == "CN" else
                                                                  {"email": 0.6, "call_note": 0.4}), "dental_price")
        return
    tb = tq + D(days=U(4, 30) if chance(0.97) else U(46, 70))
    if tb > st.gone:
        return
    res = visit(st, tb - D(days=2), "dental", "dental_quote", slot=at(tb, 8.5, 14))
    if res is None:
        return
    ta, vid2, vet2, _, dur = res
    ev(c, "tp_dental_procedure", ta + D(minutes=20), "completed", visit_id=vid2, vet_id=vet2, quote_id=qid,
       dental_grade=grade, extractions=int(max(0, grade - 1 + rng.integers(-1, 2))), anaesthesia_min=int(U(30, 95)))
    o = order(c, ta + D(minutes=dur), "dental", price, visit_id=vid2, vet_id=vet2, channel="van_terminal",
              dental_grade=grade, plan_member=int(bool(st.plan)))
    if chance(0.02):
        o["status"], o["refund_reason"] = "refunded", "procedure_complication"


def eol_cycle(st, t):
    c = st.c
    ev(c, "tp_eol_enquiry", t, "call", channel="phone", pet_age=round(st.age(t), 1),
       urgency=pick({"today": 0.35, "this_week": 0.5, "planning": 0.15}))
    if not chance(0.84 if c["country"] == "UK" else 0.79):
        return False
    slot = t + D(hours=U(3, 30)) if chance(0.7) else t + D(days=U(1.5, 5.5))
    res = visit(st, t, "end_of_life", "phone", urgent=True, slot=slot)
    if res is None:
        return False
    ta, vid, vet, _, dur = res
    ev(c, "tp_eol_visit", ta + D(minutes=10), "completed", visit_id=vid, vet_id=vet, sedation="yes")
    order(c, ta + D(minutes=dur), "end_of_life", P(c, "eol"), visit_id=vid, vet_id=vet, channel="van_terminal")
    if chance(0.78 if c["country"] == "UK" else 0.62):
        kind = pick({"communal": 0.45, "individual": 0.55})
        ev(c, "tp_aftercare", ta + D(minutes=dur + 10), "arranged", visit_id=vid, cremation_type=kind,
           crematorium="partner")
        order(c, ta + D(minutes=dur + 10), "aftercare", P(c, "cremation_" + kind), visit_id=vid,
              channel="van_terminal", cremation_type=kind)
    return True


def triage(st, t, farm):
    """a call to the nurse triage line; returns a visit or None."""
    c = st.c
    monday_rush = t.weekday() == 0 and 8 <= t.hour < 11
    wait = float(rng.gamma(2.0, 8.6 if monday_rush else 2.3))
    if c["country"] == "UK" and t.month in (12, 1):
        wait *= 1.2
    wait = round(wait, 1)
    abandon = wait > 12 and chance(min(0.75, 0.02 * wait))
    if abandon:
        ev(c, "tp_triage_call", t, "abandoned", channel="phone", queue_wait_min=wait, triage_outcome="abandoned",
           line="nurse_line")
        if chance(0.3):
            say(c, t + D(minutes=wait + U(5, 120)), "tp_triage_call", "call_note" if chance(0.6) else
                ("wechat" if c["country"] == "CN" else "email"), "on_hold")
        if chance(0.55):
            return triage(st, t + D(minutes=wait + U(20, 150)), farm)
        return None
    outcome = pick({"book_visit": 0.72 if farm else 0.6, "advice_only": 0.16 if farm else 0.27,
                    "refer_hospital": 0.12 if farm else 0.13})
    ev(c, "tp_triage_call", t, "answered", channel="phone", queue_wait_min=wait, triage_outcome=outcome,
       nurse_id=f"N{int(rng.integers(1, 9)):02d}{'C' if c['country'] == 'CN' else 'U'}", line="nurse_line",
       call_minutes=int(U(3, 15)))
    if wait > 15 and chance(0.25):
        say(c, t + D(minutes=wait + U(20, 240)), "tp_triage_call", "call_note", "on_hold")
    if outcome != "book_visit":
        return None
    urgent = chance(0.55)
    return visit(st, t + D(minutes=wait + 5), "farm_call" if farm else "consult", "triage", urgent=urgent)


def sick_episode(st, t):
    c = st.c
    farm = c["main_species"] in FARM
    if c["app_os"] != "none" and chance(0.45):
        sess = nid("S", 7)
        advice = pick({"call_us": 0.6, "book_visit": 0.25, "self_care": 0.15})
        ev(c, "tp_symptom_check", t, "completed", channel="app", device=c["app_os"], session_id=sess,
           symptom_category=choice(["vomiting", "diarrhoea", "limping", "skin", "eye", "not_eating", "breathing"]
                                   if not farm else ["lameness", "scour", "off_feed", "lambing", "cough"]),
           checker_advice=advice, app_version=app_version(c, t))
        if advice == "call_us" and chance(0.8):
            res = triage(st, t + D(minutes=U(3, 90)), farm)
        elif advice == "book_visit":
            tb, via = app_session(st, t + D(minutes=U(1, 10)), "intent")
            res = visit(st, tb, "farm_call" if farm else "consult", via, urgent=chance(0.4)) if tb else None
        else:
            res = triage(st, t + D(hours=U(4, 40)), farm) if chance(0.12) else None
    elif chance(0.75):
        res = triage(st, t, farm)
    else:
        tb, via = book(st, t, "intent")
        res = visit(st, tb, "farm_call" if farm else "consult", via) if tb else None
    if res:
        ta, vid, vet, _, _ = res
        after_consult(st, ta, vid, vet, "farm_call" if farm else "consult")


def call_time(day: datetime):
    if day.weekday() == 0 and chance(0.55):
        return at(day, 8, 11)
    return at(day, 7.5, 21.5)


def booster_cycle(st, due):
    """reminder(s) before a booster falls due, maybe a vaccination visit. Returns the next due date."""
    c = st.c
    r1 = at(due - D(days=14), 9.5, 11)
    if r1 > st.gone or r1 > END:
        return None
    variant = None
    if in_(r1, EXP):
        if st.variant is None:
            st.variant = "one_tap" if chance(0.5) else "control"
            experiments.append(dict(experiment_id="booster_reminder_2025", variant=st.variant,
                                    customer_id=c["customer_id"], assigned_at=r1,
                                    experiment_name="Booster reminder with one-tap booking link"))
        variant = st.variant
    ch = c["preferred_contact"]
    chan = {"email": "email", "app_push": "app", "sms": "other", "wechat": "other"}[ch]
    ev(c, "tp_vaccine_reminder", r1, "sent", channel=chan, reminder_channel=ch, reminder_no=1, due_date=due.date(),
       message_variant=variant or "standard")
    p = {"wechat": 0.62, "app_push": 0.54, "sms": 0.45, "email": 0.2}[ch]
    if st.plan:
        p = min(0.93, p + 0.2)
    if variant == "one_tap":
        p = min(0.95, p + 0.14)
    if c["segment"] == "breeder":
        p = min(0.95, p + 0.1)
    resp = chance(p)
    late_resp = (not resp) and chance(0.2)
    if not resp or chance(0.3):
        r2 = r1 + D(days=14)
        if r2 <= st.gone:
            ev(c, "tp_vaccine_reminder", r2, "sent", channel=chan, reminder_channel=ch, reminder_no=2,
               due_date=due.date(), message_variant=variant or "standard")
    if resp or late_resp:
        tb0 = r1 + D(days=float(rng.exponential(4.5)) if resp else U(28, 60))
        if variant == "one_tap" and resp:
            tb0 = r1 + D(hours=U(0.2, 40)) if chance(0.6) else tb0
        if tb0 > st.gone:
            return None
        tb, via = book(st, at(tb0, 7, 22), "intent")
        if tb:
            res = visit(st, tb, "vaccination", via)
            if res:
                ta, vid, vet, animals, _ = res
                ev(c, "tp_vaccination", ta + D(minutes=12), "given", visit_id=vid, vet_id=vet, vaccine=vaccine(c),
                   doses=animals, covered_by_plan=int(bool(st.plan)), due_date=due.date())
                after_consult(st, ta, vid, vet, "vaccination")
                return day0(ta) + D(days=365)
    return due + D(days=365) if chance(0.75) else None


def vaccine(c):
    if c["country"] == "CN" and c["main_species"] in ("dog", "cat"):
        return {"dog": "犬四联+狂犬", "cat": "猫三联+狂犬"}[c["main_species"]]
    return {"dog": "DHPPi+L4", "cat": "FVRCP", "rabbit": "RHD2+Myxo", "sheep": "CDT", "goat": "CDT",
            "alpaca": "CDT"}[c["main_species"]]


def plan_signup(st, t):
    c = st.c
    kind = pick({"basic": 0.6, "plus": 0.4})
    ev(c, "tp_plan_signup", t, "signed", channel="app", device=c["app_os"], plan_type=kind,
       monthly_fee_local=price_plan(c, kind, t))
    st.plan, st.plan_start, st.plan_ever = kind, t, True


def price_plan(c, kind, t):
    lo, hi = P(c, kind)
    return hi if t >= PRICE_RISE else lo


def plan_billing(st, t_from, t_to):
    """monthly plan charges between t_from and t_to; may cancel. Returns the cancel ts or None."""
    c = st.c
    k = 1
    anchor = st.plan_start
    while True:
        tb = add_months(anchor, k)
        if tb < t_from:
            k += 1
            continue
        if tb > t_to:
            return None
        haz = 0.018
        reasons = {"not_using": 0.4, "moving_away": 0.2, "too_expensive": 0.25, "switched_practice": 0.15}
        if c["country"] == "UK" and datetime(2026, 1, 1) <= tb < datetime(2026, 3, 1):
            haz = 0.11
            reasons["price_increase"] = 3.0
        if chance(haz):
            tc = tb - D(days=U(1, 6))
            reason = pick(reasons)
            ev(c, "tp_plan_cancel", tc, "cancelled", channel="phone", plan_type=st.plan, cancel_reason=reason,
               cancel_reason_zh=PLAN_CANCEL_ZH[reason], months_on_plan=k - 1)
            if reason == "price_increase" and chance(0.35):
                say(c, tc + D(hours=U(0, 30)), "tp_plan_cancel", pick({"call_note": 0.6, "email": 0.4}), "plan_price")
            st.plan = None
            return tc
        o = order(c, at(tb, 5, 6), "wellness_plan", price_plan(c, st.plan, tb), plan_type=st.plan,
                  channel="direct_debit" if c["country"] == "UK" else "auto_debit", plan_month=k)
        o["payment_method"] = "direct_debit" if c["country"] == "UK" else "wechat_pay"
        k += 1


# ---------------------------------------------------------------- one customer's history

def poisson_times(rate_per_year, t0, t1, season=None):
    out = []
    if rate_per_year <= 0:
        return out
    mx = rate_per_year * (season[1] if season else 1.0)
    t = t0
    while True:
        t = t + D(days=float(rng.exponential(365.25 / mx)))
        if t >= t1:
            return out
        f = season[0](t) if season else 1.0
        if rng.random() < f * rate_per_year / mx:
            out.append(t)


def lambing(t):
    return 3.0 if t.month in (2, 3, 4) else (1.5 if t.month == 5 else 1.0)


def simulate(c):
    st = St(c)
    legacy = c["_legacy"]
    t0 = START if legacy else c["signup_at"]
    st.gone = min(END, t0 + D(days=float(rng.exponential(365.25 * 7))))
    sp = c["main_species"]
    # legacy plan members
    if legacy and c["app_os"] != "none" and chance(0.3 if c["segment"] != "smallholding" else 0.08):
        st.plan, st.plan_start, st.plan_ever = pick({"basic": 0.6, "plus": 0.4}), \
            START - D(days=U(20, 700)), True
    # acquisition for new customers
    active = legacy
    if not legacy:
        if c["app_os"] != "none" and chance(0.7):
            tb, via = app_session(st, c["signup_at"], "browse")
            tries = 0
            while tb is None and tries < 2 and chance(0.45):
                tries += 1
                tb, via = app_session(st, at(c["signup_at"] + D(days=U(2, 60)), 7, 23), "browse")
            if tb:
                vt = "farm_call" if sp in FARM else pick({"consult": 0.55, "vaccination": 0.45})
                res = visit(st, tb, vt, via)
                if res:
                    active = True
                    ta, vid, vet, _, _ = res
                    if vt == "vaccination" and sp in BOOSTER_SPECIES:
                        ev(c, "tp_vaccination", ta + D(minutes=12), "given", visit_id=vid, vet_id=vet,
                           vaccine=vaccine(c), doses=1, covered_by_plan=0)
                    after_consult(st, ta, vid, vet, vt)
                elif chance(0.5):
                    active = True
        else:
            active = True
            if chance(0.5):
                sick_episode(st, c["signup_at"])
            else:
                tb, via = book(st, c["signup_at"], "intent")
                if tb:
                    vt = "farm_call" if sp in FARM else "consult"
                    res = visit(st, tb, vt, via)
                    if res:
                        ta, vid, vet, _, _ = res
                        after_consult(st, ta, vid, vet, vt)
    if not active:
        c["lifecycle"] = "prospect"
        finish(st)
        return
    # sick episodes
    base = {"dog": 0.8, "cat": 0.65, "rabbit": 0.9, "guinea_pig": 0.7}.get(sp, 1.1)
    if c["segment"] == "breeder":
        base *= 1.7
    season = (lambing, 3.0) if sp in ("sheep", "goat") else None
    sick = poisson_times(base, t0 + D(days=3), st.gone, season)
    # end of life
    eol_t = None
    if sp in EOL_AGE:
        t = max(t0, st.t_age0 + D(days=365.25 * (EOL_AGE[sp] - st.age0))) if st.age0 < EOL_AGE[sp] else t0
        t = t + D(days=float(rng.exponential(365.25 / 0.35)))
        if t < st.gone:
            eol_t = call_time(t)
    # plan page views (app users)
    plan_views = []
    if c["app_os"] != "none":
        plan_views = poisson_times(0.9 if not st.plan else 0.0, t0 + D(days=5), st.gone)
    timeline = [(t, "sick") for t in sick] + [(t, "plan_view") for t in plan_views]
    if eol_t:
        timeline.append((eol_t, "eol"))
    timeline.sort(key=lambda x: x[0])
    # boosters: one chain for the main pet / flock
    due = None
    if sp in BOOSTER_SPECIES:
        due = START + D(days=U(14, 380)) if legacy else c["signup_at"] + D(days=U(40, 380))
    boost = []
    while due is not None and due - D(days=14) < st.gone:
        boost.append(due)
        due = due + D(days=365)
    stop = st.gone
    plan_checked = START if legacy else t0
    # run the timeline in order (boosters are computed lazily below)
    items = timeline + [(b - D(days=14), "booster") for b in boost]
    items.sort(key=lambda x: x[0])
    skip_booster_until = None
    for t, kind in items:
        if t >= stop:
            break
        if st.plan:
            cancel = plan_billing(st, plan_checked, t)
            plan_checked = t
            if cancel and cancel < t and kind == "plan_view":
                continue
        else:
            plan_checked = t
        if kind == "sick":
            sick_episode(st, call_time(day0(t)))
        elif kind == "plan_view" and not st.plan:
            tv = at(t, 7, 23)
            ev(c, "tp_plan_page", tv, "view", channel="app", device=c["app_os"], session_id=nid("S", 7),
               app_version=app_version(c, tv))
            p = {"household": 0.3, "breeder": 0.55, "smallholding": 0.1}[c["segment"]]
            if c["country"] == "UK" and tv >= PRICE_RISE:
                p *= 0.7
            if chance(p):
                plan_signup(st, tv + D(minutes=U(2, 60)) if chance(0.7) else tv + D(days=U(1, 20)))
                plan_checked = st.plan_start
        elif kind == "booster":
            if skip_booster_until and t < skip_booster_until:
                continue
            due_here = t + D(days=14)
            nxt = booster_cycle(st, due_here)
            if nxt is None:
                skip_booster_until = due_here + D(days=700)
        elif kind == "eol":
            done = eol_cycle(st, t)
            if c["pets_count"] <= 1 or c["segment"] == "household" and chance(0.6):
                if done or chance(0.7):
                    if st.plan:
                        plan_billing(st, plan_checked, t)
                        plan_checked = t
                    if st.plan:
                        tc = t + D(days=U(3, 20))
                        ev(c, "tp_plan_cancel", tc, "cancelled", channel="phone", plan_type=st.plan,
                           cancel_reason="pet_passed_away", cancel_reason_zh=PLAN_CANCEL_ZH["pet_passed_away"])
                        st.plan = None
                    stop = t + D(days=25)
                    c["lifecycle"] = "pet_passed"
            else:
                c["pets_count"] -= 1
                st.age0, st.t_age0 = U(1, 6), t
    if st.plan:
        plan_billing(st, plan_checked, min(stop, END))
    if st.plan and (c["lifecycle"] == "pet_passed" or st.gone < END - D(days=1)):
        reason = "pet_passed_away" if c["lifecycle"] == "pet_passed" else "moving_away"
        ev(c, "tp_plan_cancel", min(stop, st.gone), "cancelled", channel="phone", plan_type=st.plan,
           cancel_reason=reason, cancel_reason_zh=PLAN_CANCEL_ZH[reason])
        st.plan = None
    if not c["lifecycle"]:
        c["lifecycle"] = "moved_away" if st.gone < END - D(days=1) else "active"
    finish(st)


def finish(st):
    c = st.c
    c["tier"] = f"wellness_{st.plan}" if st.plan else "standard"
    c["tier_zh"] = {"standard": "普通", "wellness_basic": "健康计划基础版", "wellness_plus": "健康计划升级版"}[c["tier"]]


def social_posts():
    for _ in range(170):
        zh = chance(0.5)
        lang = "zh" if zh else "en"
        topic = pick({"praise": 0.25, "gentle": 0.15, "late": 0.15, "dental_price": 0.1, "neutral": 0.15,
                      "on_hold": 0.08, "map_pin": 0.05, "rough": 0.07})
        fid = nid("F", 5)
        ts = None if chance(0.42) else at(START + D(days=U(0, (END - START).days)), 7, 23)
        feedback.append(dict(feedback_id=fid, text=fill(topic, lang, None), ts=ts, customer_id="",
                             touchpoint_id="", channel="social", rating=None, nps=None, language=lang, region="",
                             vet_id="", visit_id="", platform=choice(["小红书", "微博", "抖音"]) if zh
                             else choice(["facebook", "instagram", "reddit"])))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))


def app_reviews(custs):
    """background app-store reviews."""
    apps = [c for c in custs if c["app_os"] != "none" and c["lifecycle"] != "prospect"]
    for _ in range(260):
        c = apps[rng.integers(len(apps))]
        t = at(START + D(days=U(0, (END - START).days)), 7, 23)
        if t < c["signup_at"]:
            continue
        topic = pick({"praise": 0.45, "neutral": 0.2, "other_neg": 0.35})
        plat = "app_store" if c["app_os"] == "ios" else ("google_play" if c["country"] == "UK" else "huawei")
        say(c, t, "tp_app_booking" if chance(0.6) else "tp_service_page", "app_review", topic,
            rating=rating_for(topic), platform=plat)


# ---------------------------------------------------------------- output

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
           "region", "customer_type", "species", "app_version", "address_type", "visit_id", "visit_type", "booked_via",
           "slot_start", "vet_id", "van_id", "late_minutes", "duration_min", "animals_seen", "travel_km",
           "cancelled_by", "cancel_reason", "cancel_reason_zh", "symptom_category", "checker_advice", "line",
           "queue_wait_min", "triage_outcome", "nurse_id", "call_minutes", "reminder_channel", "reminder_no",
           "due_date", "message_variant", "vaccine", "doses", "covered_by_plan", "lab_partner", "lab_name", "lab_name_zh",
           "lab_order_id",
           "sample_type", "turnaround_hours", "result_flag", "rx_drug", "chronic", "fulfilment", "dispatch_days",
           "quote_id", "dental_grade", "quote_amount", "quote_amount_local", "extractions_planned", "extractions",
           "anaesthesia_min", "plan_type", "monthly_fee_local", "months_on_plan", "pet_age", "urgency", "sedation",
           "cremation_type", "crematorium"]
CU_COLS = ["customer_id", "signup_at", "segment", "segment_zh", "region", "region_zh", "country",
           "acquisition_channel", "tier", "tier_zh", "lifecycle", "address_type", "app_os", "preferred_contact",
           "preferred_language", "main_species", "main_species_zh", "pets_count", "pet_age_at_signup", "distance_km",
           "marketing_opt_in"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "order_type_zh", "currency",
           "amount_local", "region", "customer_type", "species", "payment_method", "visit_id", "vet_id",
           "plan_member", "plan_type", "plan_month", "lab_partner", "sample_type", "rx_drug", "refill",
           "dental_grade", "cremation_type", "refund_reason"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "vet_id", "visit_id", "platform"]


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    return v


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k, "")) for k in cols])


def main(out: Path):
    check_markers()
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    custs = [make_customer(i + 1, legacy=i < N_LEGACY) for i in range(N_LEGACY + N_NEW)]
    custs.sort(key=lambda c: c["signup_at"])
    for i, c in enumerate(custs):
        c["customer_id"] = f"C{i + 1:05d}"
    for c in custs:
        simulate(c)
        customers.append(c)
    app_reviews(custs)
    social_posts()
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events[:] = [e for e in events if START <= e["ts"] <= END]
    keep_ev = {e["event_id"] for e in events}
    orders.sort(key=lambda o: o["ts"])
    orders[:] = [o for o in orders if START <= o["ts"] <= END]
    keep = [i for i, f in enumerate(feedback) if f["ts"] is None or START <= f["ts"] <= END]
    feedback[:] = [feedback[i] for i in keep]
    truth[:] = [truth[i] for i in keep]
    del keep_ev
    exps = [x for x in experiments if x["assigned_at"] <= END]
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[2], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", customers, CU_COLS)
    write(out / "events.csv", events, EV_COLS)
    write(out / "orders.csv", orders, OR_COLS)
    order_fb = sorted(range(len(feedback)), key=lambda i: feedback[i]["feedback_id"])
    write(out / "feedback.csv", [feedback[i] for i in order_fb], FB_COLS)
    write(out / "experiments.csv", exps, ["experiment_id", "variant", "customer_id", "assigned_at",
                                          "experiment_name"])
    write(out / "_truth" / "feedback_truth.csv", [truth[i] for i in order_fb], ["feedback_id", "topic", "sentiment"])
    write(out / "_truth" / "vets.csv", [dict(vet_id=k, name=v[0], region=v[1]) for k, v in VETS.items()],
          ["vet_id", "name", "region"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(exps)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
