"""Synthetic data for 汪乐园 WagPark, a dog daycare and grooming chain in Shanghai, Suzhou and Vancouver.

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback, experiments as CSV)
plus OUTDIR/_truth/feedback_truth.csv (the topic and sentiment each comment was written from; not a DATA.md table).
Fixed seed, numpy + stdlib only, deterministic, a few seconds of CPU. Data covers 2025-01-01 .. 2026-06-30; times
are naive local times of each branch (China Standard Time in Shanghai / Suzhou, Pacific time in Vancouver).
See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207 + 11
rng = np.random.default_rng(SEED)

START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1

# planted windows
PREPAY_BUG = (datetime(2025, 9, 2), datetime(2025, 9, 28, 23, 59, 59))  # payment SDK v4.2.0: grooming prepay times out
SHUTTLE_CUT = datetime(2025, 10, 8)          # Shanghai shuttle routes consolidated (6 vans -> 4), lateness grows
SUZHOU_SHUTTLE = datetime(2026, 3, 2)        # Suzhou starts a shuttle
VAN_PRICE_RISE = datetime(2026, 1, 1)        # Vancouver prices +~12 %
AB = (datetime(2025, 5, 1), datetime(2025, 12, 31, 23, 59, 59))  # live_photo_trial_2025
FX = 5.20                                    # CNY per CAD (group reporting rate, fixed for the year)


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
    """a time between hours h0 and h1 on the day of t."""
    return day0(t) + H(h0 + R() * (h1 - h0))


def open_day(t: datetime) -> datetime:
    """daycare runs Monday to Saturday."""
    return t + timedelta(days=1) if t.weekday() == 6 else t


# ---------------------------------------------------------------- reference data
BRANCHES = {
    "SH-JA": ("Shanghai Jing'an", "上海静安店", "Shanghai"),
    "SH-QT": ("Shanghai Qiantan", "上海前滩店", "Shanghai"),
    "SZ-SIP": ("Suzhou SIP", "苏州园区店", "Suzhou"),
    "VAN-KITS": ("Vancouver Kitsilano", "温哥华基茨兰奴店", "Vancouver"),
    "VAN-RMD": ("Vancouver Richmond", "温哥华列治文店", "Vancouver"),
}
REGIONS = {
    "Shanghai": dict(zh="上海", share=0.50, branches=[("SH-JA", 62), ("SH-QT", 38)], cur="CNY", ios=0.60,
                     seg=[40, 20, 20, 10, 10], zh_lang=0.88,
                     acq=[("dianping", 40), ("xiaohongshu", 24), ("referral", 12), ("wechat_ads", 12),
                          ("walk_in", 12)],
                     pay=[("wechat_pay", 68), ("alipay", 27), ("card", 5)], shuttle_share=0.38),
    "Suzhou": dict(zh="苏州", share=0.20, branches=[("SZ-SIP", 1)], cur="CNY", ios=0.55,
                   seg=[30, 32, 18, 10, 10], zh_lang=0.95,
                   acq=[("dianping", 42), ("xiaohongshu", 22), ("referral", 14), ("wechat_ads", 12), ("walk_in", 10)],
                   pay=[("wechat_pay", 72), ("alipay", 26), ("card", 2)], shuttle_share=0.25),
    "Vancouver": dict(zh="温哥华", share=0.30, branches=[("VAN-KITS", 55), ("VAN-RMD", 45)], cur="CAD", ios=0.66,
                      seg=[32, 22, 14, 20, 12], zh_lang=None,
                      acq=[("google_maps", 38), ("instagram", 22), ("referral", 18), ("walk_in", 12), ("rover", 10)],
                      pay=[("card", 58), ("apple_pay", 30), ("interac", 12)], shuttle_share=0.28),
}
SEGMENTS = ["working_professional", "family", "puppy_parent", "rescue_adopter", "multi_dog"]
SEGMENT_ZH = {"working_professional": "上班族", "family": "有娃家庭", "puppy_parent": "幼犬新手",
              "rescue_adopter": "领养犬家庭", "multi_dog": "多狗家庭"}
FREQ = {"working_professional": 1.4, "family": 0.8, "puppy_parent": 1.15, "rescue_adopter": 1.05, "multi_dog": 1.0}

# breed: (zh, size)
BREEDS = {
    "Toy Poodle": ("泰迪", "small"), "Bichon Frise": ("比熊", "small"), "French Bulldog": ("法斗", "small"),
    "Corgi": ("柯基", "medium"), "Shiba Inu": ("柴犬", "medium"), "Border Collie": ("边牧", "medium"),
    "Australian Shepherd": ("澳牧", "medium"), "Golden Retriever": ("金毛", "large"),
    "Labrador Retriever": ("拉布拉多", "large"), "Samoyed": ("萨摩耶", "large"),
    "Goldendoodle": ("金贵犬", "large"), "Bernese Mountain Dog": ("伯恩山", "large"), "Mixed breed": ("混血犬", None),
}
BREED_W = {
    "China": {"Toy Poodle": 30, "Corgi": 17, "Bichon Frise": 12, "Shiba Inu": 11, "Golden Retriever": 10,
              "Border Collie": 8, "Samoyed": 6, "French Bulldog": 4, "Mixed breed": 2},
    "Vancouver": {"Labrador Retriever": 30, "Goldendoodle": 15, "Golden Retriever": 13, "Australian Shepherd": 11,
                  "French Bulldog": 8, "Toy Poodle": 8, "Bernese Mountain Dog": 6, "Mixed breed": 4,
                  "Border Collie": 5},
    "rescue": {"Mixed breed": 70, "Labrador Retriever": 8, "Shiba Inu": 6, "Border Collie": 6, "Golden Retriever": 5,
               "Toy Poodle": 5},
}
SIZE_ZH = {"small": "小型犬", "medium": "中型犬", "large": "大型犬"}
DOG_NAMES_ZH = ["豆豆", "可乐", "球球", "旺财", "布丁", "奶茶", "年糕", "糯米", "毛毛", "小白", "大黄", "芝麻", "馒头",
                "七七", "乐乐", "多多", "团子", "饭团", "花卷", "雪球"]
DOG_NAMES_EN = ["Milo", "Luna", "Bella", "Charlie", "Max", "Daisy", "Cooper", "Maple", "Bailey", "Nala", "Teddy",
                "Rosie", "Oscar", "Ollie", "Willow", "Winston", "Ruby", "Hazel", "Biscuit", "Juniper"]

PACKS = [(5, "5-Day Pack", "5次卡"), (10, "10-Day Pack", "10次卡"), (20, "20-Day Pack", "20次卡")]
PACK_W = {"working_professional": [15, 40, 45], "family": [40, 45, 15], "puppy_parent": [25, 50, 25],
          "rescue_adopter": [30, 48, 22], "multi_dog": [20, 45, 35]}
PRICE = {  # local prices
    "CNY": {"pack": {5: 880, 10: 1680, 20: 3080}, "trial": 99, "shuttle": 40,
            "groom": {"bath": (168, 228, 298), "full_groom": (328, 428, 568), "nail_trim": (58, 58, 68),
                      "deshedding": (198, 268, 358)}},
    "CAD2025": {"pack": {5: 215, 10: 399, 20: 729}, "trial": 35, "shuttle": 15,
                "groom": {"bath": (65, 85, 110), "full_groom": (95, 125, 160), "nail_trim": (22, 22, 25),
                          "deshedding": (80, 100, 130)}},
    "CAD2026": {"pack": {5: 239, 10: 449, 20: 819}, "trial": 39, "shuttle": 17,
                "groom": {"bath": (72, 95, 122), "full_groom": (105, 139, 178), "nail_trim": (24, 24, 28),
                          "deshedding": (89, 112, 145)}},
}
SERVICES = {"bath": "洗护", "full_groom": "造型美容", "nail_trim": "修甲", "deshedding": "去浮毛"}
GROOMERS = {"SH-JA": ["Lin Xiaoyu", "Chen Jie", "Wang Mei"], "SH-QT": ["Kevin Zhang", "Zhou Ting", "Li Li"],
            "SZ-SIP": ["Sun Qiang", "Xu Xue"], "VAN-KITS": ["Emma Clarke", "Jordan Reid"],
            "VAN-RMD": ["Grace Wong", "Wei Chen"]}
HEALTH = {"kennel_cough": "犬窝咳", "skin_allergy": "皮肤过敏", "diarrhea": "腹泻", "limping": "跛行",
          "ear_infection": "耳道感染"}
HEALTH_W = [40, 22, 18, 12, 8]
VETS = {"SH-JA": ("Jing'an Animal Hospital", "静安安心动物医院"), "SH-QT": ("Qiantan Pet Clinic", "前滩宠物诊所"),
        "SZ-SIP": ("SIP Companion Animal Hospital", "园区伴侣动物医院"),
        "VAN-KITS": ("Kitsilano Veterinary Hospital", "基茨兰奴兽医院"),
        "VAN-RMD": ("Richmond Animal Clinic", "列治文动物诊所")}
SUPPORT_TOPICS = {"shuttle_delay": "接送延误", "booking_change": "改约", "billing": "账单扣费", "report_card": "报告卡照片",
                  "grooming_issue": "美容问题", "payment_failed": "支付失败", "temperament_result": "测评结果",
                  "health": "健康状况", "other": "其他"}
INCIDENTS = ["scuffle", "minor_scratch", "ate_something", "escape_attempt"]

# ---------------------------------------------------------------- touchpoints / journeys
TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_landing", "小程序/官网首页", "Website / mini-program landing", "awareness", "web", "digital", "marketing",
     "首页|官网|小程序|落地页|homepage|landing page|website"),
    ("tp_trial_form", "预约试托", "Trial day booking form", "consideration", "web", "digital", "marketing",
     "试托预约|约试托|体验日预约|trial booking|book a trial"),
    ("tp_vaccine_upload", "上传疫苗证明", "Vaccine record upload", "consideration", "web", "digital", "operations",
     "疫苗本|免疫证明|传疫苗|vaccination record|vaccine proof"),
    ("tp_temperament_test", "性格测评", "Temperament test", "consideration", "store", "physical", "operations",
     "性格测试|入园测评|评估|temperament assessment|behaviour test|evaluation"),
    ("tp_trial_day", "试托日", "Trial day", "purchase", "store", "physical", "operations",
     "试托|体验日|trial|first day"),
    ("tp_package_buy", "购买日托套餐", "Daycare package purchase", "purchase", "store", "physical", "sales",
     "买套餐|办卡|次卡|buy a pack|package purchase|daycare pack"),
    ("tp_daycare_booking", "预约日托", "Daycare booking", "service", "app", "digital", "operations",
     "约日托|订位|booking|reserve a day"),
    ("tp_checkin", "入园签到", "Drop-off check-in", "service", "store", "physical", "operations",
     "入园|送狗|签到|drop-off|check-in"),
    ("tp_report_card", "日托报告卡", "Daily report card", "service", "app", "digital", "operations",
     "报告卡|当日照片|日报|report card|daily photos|pupdate"),
    ("tp_pickup", "接回离园", "Pick-up / check-out", "service", "store", "physical", "operations",
     "接狗|离园|接回|pick-up|check-out|collection"),
    ("tp_groom_browse", "浏览美容项目", "Grooming menu", "consideration", "app", "digital", "grooming",
     "美容价目|看美容|grooming menu|grooming prices"),
    ("tp_groom_book", "预约美容", "Grooming booking", "purchase", "app", "digital", "grooming",
     "约洗澡|约美容|grooming appointment|book a groom"),
    ("tp_groom_prepay", "美容在线预付", "Grooming prepayment", "purchase", "app", "digital", "finance",
     "预付|付定金|美容付款|prepay|grooming payment|deposit"),
    ("tp_groom_checkin", "美容到店", "Grooming check-in", "service", "store", "physical", "grooming",
     "到店美容|送洗|grooming drop-off"),
    ("tp_groom_done", "美容完成", "Grooming finished", "service", "store", "physical", "grooming",
     "洗完|美容结束|剪完|groom finished|grooming done"),
    ("tp_groom_review", "美容评价", "Grooming review", "loyalty", "app", "digital", "grooming",
     "美容评分|评价美容师|grooming rating|rate the groomer"),
    ("tp_shuttle_request", "预约接送", "Shuttle request", "service", "app", "digital", "logistics",
     "约班车|接送预约|宠物巴士|shuttle booking|pet taxi|doggy bus"),
    ("tp_shuttle_assigned", "司机接单", "Driver assigned", "service", "other", "digital", "logistics",
     "派车|派单|driver assigned|dispatch"),
    ("tp_shuttle_pickup", "上门接狗", "Door pick-up by shuttle", "service", "other", "physical", "logistics",
     "上门接|班车接狗|接送|shuttle pick-up|door pick-up"),
    ("tp_shuttle_dropoff", "班车送达园区", "Shuttle arrival at the centre", "service", "other", "physical",
     "logistics", "送达|到园|shuttle arrival|dropped at daycare"),
    ("tp_health_flag", "健康观察记录", "Health observation", "service", "store", "physical", "care",
     "健康异常|身体不适|health concern|health note"),
    ("tp_vet_referral", "兽医转诊", "Vet referral", "service", "store", "physical", "care",
     "转诊|推荐兽医|看医生|vet referral|see a vet"),
    ("tp_vet_visit", "合作兽医就诊", "Partner vet visit", "service", "other", "physical", "care",
     "宠物医院就诊|看兽医|vet visit|vet appointment"),
    ("tp_vet_clearance", "返园健康证明", "Back-to-daycare health clearance", "service", "store", "physical", "care",
     "健康证明|返园|复园|vet clearance|fit to return"),
    ("tp_incident", "园内意外记录", "Incident report", "service", "store", "physical", "care",
     "打架|受伤|意外|incident|injury|scuffle"),
    ("tp_support", "客服咨询", "Customer service contact", "service", "phone", "digital", "customer_service",
     "客服|打电话|投诉|customer service|support|call us"),
    ("tp_low_balance", "次数不足提醒", "Low-balance reminder", "loyalty", "app", "digital", "crm",
     "剩余次数提醒|卡快用完|余额提醒|low balance|pack running out|renewal reminder"),
    ("tp_renewal_page", "查看续费方案", "Renewal offer page", "loyalty", "app", "digital", "crm",
     "续卡页面|续费页|renewal page|renewal options"),
    ("tp_renewal_checkout", "提交续费", "Renewal checkout", "loyalty", "app", "digital", "crm",
     "续费下单|renewal checkout"),
    ("tp_renewal_paid", "续费成功", "Renewal paid", "loyalty", "app", "digital", "finance",
     "续卡成功|续费|renewed|renewal"),
    ("tp_payment_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "finance",
     "付款失败|扣款失败|支付报错|payment failed|card declined"),
]
TP = {t[0]: t for t in TOUCHPOINTS}
JOURNEYS = [
    ("onboarding", "新狗入园", "New dog onboarding", 30,
     ["tp_landing", "tp_trial_form", "tp_vaccine_upload", "tp_temperament_test", "tp_trial_day", "tp_package_buy"]),
    ("daycare_day", "日托一天", "Daycare day", 2, ["tp_daycare_booking", "tp_checkin", "tp_report_card", "tp_pickup"]),
    ("grooming", "美容预约", "Grooming appointment", 21,
     ["tp_groom_browse", "tp_groom_book", "tp_groom_prepay", "tp_groom_checkin", "tp_groom_done", "tp_groom_review"]),
    ("shuttle", "接送班车", "Pick-up shuttle", 2,
     ["tp_shuttle_request", "tp_shuttle_assigned", "tp_shuttle_pickup", "tp_shuttle_dropoff"]),
    ("renewal", "套餐续费", "Package renewal", 14,
     ["tp_low_balance", "tp_renewal_page", "tp_renewal_checkout", "tp_renewal_paid"]),
    ("vet_referral", "兽医转诊", "Vet referral", 30,
     ["tp_health_flag", "tp_vet_referral", "tp_vet_visit", "tp_vet_clearance"]),
]

EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
EXPERIMENTS: list[dict] = []
CTR = {"ev": 0, "ord": 0, "sess": 0, "bk": 0, "fb": 0, "sv": 0}


def nid(kind: str, prefix: str, width: int = 6) -> str:
    CTR[kind] += 1
    return f"{prefix}{CTR[kind]:0{width}d}"


def app_version(c, t: datetime) -> str:
    if t < datetime(2025, 4, 15):
        return "4.0.3"
    if t < PREPAY_BUG[0]:
        return "4.1.1"
    if t <= PREPAY_BUG[1]:
        return "4.2.0"
    if t < datetime(2026, 2, 10):
        return "4.2.2"
    return "4.3.0"


DIGITAL_CH = {"Shanghai": "mini_program", "Suzhou": "mini_program", "Vancouver": "app"}


def ev(c, tp: str, t: datetime, action: str, session=None, **kw) -> datetime | None:
    if t is None or t > END or t < START:
        return None
    kind = TP[tp][5]
    ch = kw.pop("channel", None)
    if ch is None:
        if tp == "tp_landing":
            ch = "mini_program" if c["region"] != "Vancouver" else "web"
        elif tp.startswith("tp_shuttle") and tp != "tp_shuttle_request":
            ch = "other"
        elif kind == "digital":
            ch = DIGITAL_CH[c["region"]]
        elif tp.startswith("tp_shuttle") or tp == "tp_vet_visit":
            ch = "other"
        else:
            ch = "store"
    digital = ch in ("mini_program", "app", "web")
    b = kw.pop("branch", c["branch"])
    row = {"event_id": nid("ev", "E", 7), "customer_id": c["customer_id"], "ts": t, "touchpoint_id": tp,
           "session_id": session, "action": action, "device": c["os"] if digital else None, "channel": ch,
           "branch_code": b, "branch": BRANCHES[b][0], "branch_zh": BRANCHES[b][1],
           "app_version": app_version(c, t) if ch in ("mini_program", "app") else None}
    row.update(kw)
    EVENTS.append(row)
    return t


def price_book(c, t: datetime) -> dict:
    if c["cur"] == "CNY":
        return PRICE["CNY"]
    return PRICE["CAD2026"] if t >= VAN_PRICE_RISE else PRICE["CAD2025"]


def new_order(c, t: datetime, otype: str, local: float, status: str = "paid", list_local=None, **kw) -> dict | None:
    if t > END or t < START:
        return None
    local = round(float(local), 2)
    lst = round(float(list_local if list_local is not None else local), 2)
    o = {"order_id": nid("ord", "WP", 7), "customer_id": c["customer_id"], "ts": t,
         "amount": round(local * (FX if c["cur"] == "CAD" else 1.0), 2), "status": status,
         "channel": kw.pop("channel", DIGITAL_CH[c["region"]]), "device": kw.pop("device", c["os"]),
         "order_type": otype, "order_type_zh": {"trial": "试托", "daycare_package": "日托套餐", "grooming": "美容",
                                                "shuttle": "接送"}[otype],
         "branch_code": c["branch"], "branch": BRANCHES[c["branch"]][0], "branch_zh": BRANCHES[c["branch"]][1],
         "region": c["region"], "currency": c["cur"], "amount_local": local, "list_price_local": lst,
         "discount_local": round(lst - local, 2), "payment_method": c["pay"],
         "price_version": ("2026" if (c["cur"] == "CAD" and t >= VAN_PRICE_RISE) else "2025")}
    o.update(kw)
    ORDERS.append(o)
    return o


def refund(o: dict | None, t: datetime, reason: str) -> None:
    if o is None or t > END:
        return
    o["status"] = "refunded"
    o["refunded_at"] = t
    o["refund_reason"] = reason
    o["refund_amount"] = o["amount"]


# ---------------------------------------------------------------- feedback text
# topic: (sentiment, zh templates, en templates). Each template of a topic carries that topic's marker phrase
# (gold.py's MARKERS); generic templates carry none.
TOPICS = {
    "shuttle_late": ("negative", [
        "接送迟到了{m}分钟，早上赶地铁真的来不及。",
        "最近班车接送迟到越来越频繁，{dog}在门口干等，能不能加车？",
        "这周第二次接送迟到了，司机也不提前说一声，体验很差。",
        "接送迟到太严重了，说好7点半，快8点才到。",
        "日托本身很好，就是接送迟到让人头大。",
    ], [
        "The shuttle was late again, about {m} minutes, and I nearly missed my train.",
        "Love the daycare but the shuttle was late three times this month. Please add another van.",
        "Shuttle was late and nobody texted me, {dog} was waiting by the door with her leash on.",
        "Second week in a row the shuttle was late. We pay for the pick-up, it should be on time.",
    ]),
    "prepay_fail": ("negative", [
        "想给{dog}约洗澡，预付的时候一直付不了款，转圈圈然后超时。",
        "小程序付不了款，试了三次都失败，最后只好放弃预约了。",
        "美容预约到付款那一步就付不了款，客服说系统升级，太耽误事。",
    ], [
        "Tried to book a groom for {dog} but the payment wouldn't go through, it just spun and timed out.",
        "App payment wouldn't go through three times in a row, gave up on the grooming booking.",
        "The prepayment page is broken, payment wouldn't go through on my phone.",
    ]),
    "temperament_fail": ("negative", [
        "我家{dog}是领养的，测评没通过，只说它太紧张，没有给任何建议。",
        "测评没通过挺失望的，{dog}在家很乖，可能就是换环境害怕。",
        "性格测评没通过，希望能给一次适应期再测，而不是直接拒绝。",
    ], [
        "{dog} failed the temperament test after ten minutes. She's a rescue and just needed time to settle.",
        "Pretty disappointed that our dog failed the temperament test, no advice on what to work on.",
        "We were told {dog} failed the temperament test because she was nervous. Would love a second chance.",
    ]),
    "groom_bad": ("negative", [
        "这次美容剪得太短了，{dog}的毛几乎秃了，跟说好的造型完全不一样。",
        "毛剪得太短，还有一处剃破皮了，很心疼。",
        "说了只修一下，结果剪得太短，要好几个月才能长回来。",
    ], [
        "The groomer cut too short, {dog} looks shaved and that's not what I asked for.",
        "Coat was cut too short and there's a small nick near the ear. Not happy.",
        "Asked for a light trim, got it cut too short. Will take months to grow back.",
    ]),
    "no_photos": ("negative", [
        "今天一整天都没收到照片，报告卡是空的，心里很不踏实。",
        "交了这么多钱，连着两天没收到照片，不知道{dog}在里面怎么样。",
    ], [
        "Didn't get any photos today, the report card was empty. Would love to know how {dog} is doing.",
        "Two days in a row we didn't get any photos. The daily report is half the reason we come.",
    ]),
    "price_high": ("negative", [
        "新年涨价后次卡太贵了，考虑换一家。",
        "服务没问题，就是续卡太贵了，加元涨了一成多。",
        "价格太贵了，同样的钱在别家可以多去好几天。",
    ], [
        "The new prices are too expensive for us, the 10-day pack went up a lot in January.",
        "Great staff, but it's become too expensive since the price increase. Looking at other options.",
        "Honestly too expensive now. We'll probably cut down to one day a week.",
    ]),
    "kennel_cough": ("negative", [
        "{dog}从日托回来后得了犬窝咳，希望园区加强消毒。",
        "同一周好几只狗都得了犬窝咳，你们应该提醒一下家长。",
    ], [
        "{dog} picked up kennel cough after daycare. Please let owners know when there's something going around.",
        "Third dog in our building with kennel cough this month, all go to the same daycare.",
    ]),
    "staff_love": ("positive", [
        "老师很有爱，每次都会蹲下来跟{dog}打招呼。",
        "这里的老师很有爱，{dog}一到门口就往里冲。",
        "老师很有爱也很专业，会跟我们说狗狗今天和谁玩得好。",
    ], [
        "The staff clearly love the dogs, {dog} drags me to the door every morning.",
        "You can tell the staff clearly love the dogs, they know every dog's name and quirks.",
        "Staff clearly love the dogs here. Best decision we made after moving.",
    ]),
    "happy_tired": ("positive", [
        "每次回家累瘫了，睡一整晚，在家再也不拆家了。",
        "{dog}玩了一天回家累瘫了，特别满足。",
    ], [
        "{dog} came home happy and tired, slept through the whole evening.",
        "Every time she came home happy and tired. No more chewed shoes at home!",
    ]),
    "groom_great": ("positive", [
        "这次剪得很漂亮，{dog}像换了一只狗。",
        "美容师手艺好，剪得很漂亮，还送了个小领结。",
    ], [
        "{dog} looks gorgeous after the groom, so fluffy and smells amazing.",
        "Groomer did a great job, our dog looks gorgeous and came back calm.",
    ]),
    "generic_pos": ("positive", [
        "整体体验很好，会继续来。", "环境干净，分区合理，放心。", "预约方便，前台态度好。", "服务不错，推荐给朋友了。",
    ], [
        "Great experience overall, will keep coming.", "Clean facility and friendly front desk.",
        "Easy booking and {dog} is always excited to go.", "Recommended you to two friends already.",
    ]),
    "generic_neu": ("neutral", [
        "还行吧，中规中矩。", "第一次来，还在观察。", "希望周日也能营业。", "停车有点不方便，其他还好。",
    ], [
        "It's fine, nothing special.", "Still getting used to the routine.", "Would be nice if you opened on Sundays.",
        "Parking is a bit tricky but otherwise ok.",
    ]),
    "generic_neg": ("negative", [
        "前台有时候回复很慢。", "这次体验一般，有点失望。", "改约流程太麻烦了。",
    ], [
        "Front desk is slow to reply sometimes.", "Bit disappointed this time.",
        "Changing a booking is way too complicated.",
    ]),
}


def comment(c, topic: str, lang: str, **fmt) -> tuple[str, str]:
    sent, zh, en = TOPICS[topic]
    tpl = pick(zh if lang == "zh" else en)
    dog = c["dog_name"] if c else ("它" if lang == "zh" else "our dog")
    return tpl.format(dog=dog, m=fmt.get("m", 20)), sent


def stars(sent: str) -> int:
    if sent == "positive":
        return pick([5, 4, 3], [72, 24, 4])
    if sent == "neutral":
        return pick([4, 3, 2], [35, 50, 15])
    return pick([1, 2, 3], [45, 40, 15])


def nps_of(sent: str) -> int:
    if sent == "positive":
        return pick([10, 9, 8, 7], [45, 30, 18, 7])
    if sent == "neutral":
        return pick([8, 7, 6, 5], [20, 35, 30, 15])
    return pick([0, 1, 2, 3, 4, 5, 6, 7], [6, 6, 10, 14, 16, 18, 18, 12])


def fb(c, t, topic, channel, tp=None, lang=None, rating=True, with_nps=False, **kw) -> None:
    if t is not None and (t > END or t < START):
        return
    lang = lang or (c["lang"] if c else "zh")
    text, sent = comment(c, topic, lang, m=kw.pop("m", 20))
    r = stars(sent) if rating else None
    row = {"feedback_id": nid("fb", "FB", 6), "text": text, "ts": t,
           "customer_id": c["customer_id"] if c else None, "touchpoint_id": tp, "channel": channel,
           "rating": r, "nps": nps_of(sent) if with_nps else None, "language": lang,
           "region": c["region"] if c else kw.pop("region"),
           "branch": BRANCHES[c["branch"] if c else kw["branch_code"]][0],
           "branch_zh": BRANCHES[c["branch"] if c else kw["branch_code"]][1]}
    kw.pop("branch_code", None)
    row.update(kw)
    FEEDBACK.append(row)
    TRUTH.append({"feedback_id": row["feedback_id"], "topic": topic, "sentiment": sent})


# ---------------------------------------------------------------- customers
def month_weight(d: datetime) -> float:
    s = {1: 0.8, 2: 0.75, 3: 1.05, 4: 1.15, 5: 1.1, 6: 1.0, 7: 0.95, 8: 0.95, 9: 1.2, 10: 1.1, 11: 0.95,
         12: 0.8}[d.month]
    return s * (1.0 + 0.5 * (d - START).days / NDAYS)


DAYW = np.array([month_weight(START + timedelta(days=i)) for i in range(NDAYS)])
DAYW = DAYW / DAYW.sum()


def build_customer(i: int, legacy: bool, day: int | None) -> dict:
    region = pick(list(REGIONS), [REGIONS[k]["share"] for k in REGIONS])
    r = REGIONS[region]
    branch = pick([b for b, _ in r["branches"]], [w for _, w in r["branches"]])
    seg = pick(SEGMENTS, r["seg"])
    bw = BREED_W["rescue"] if seg == "rescue_adopter" else BREED_W["Vancouver" if region == "Vancouver" else "China"]
    breed = pick(list(bw), list(bw.values()))
    size = BREEDS[breed][1] or pick(["small", "medium", "large"], [25, 45, 30])
    if region == "Vancouver":
        zh_share = 0.55 if branch == "VAN-RMD" else 0.10
    else:
        zh_share = r["zh_lang"]
    lang = "zh" if R() < zh_share else "en"
    names = DOG_NAMES_ZH if lang == "zh" and region != "Vancouver" else DOG_NAMES_EN
    land = START + timedelta(days=int(day)) + H(7 + R() * 16) if day is not None else None
    c = dict(customer_id=f"C{20001 + i}", region=region, branch=branch, segment=seg, cur=r["cur"],
             os="ios" if R() < r["ios"] else "android", lang=lang, breed=breed, size=size,
             dog_name=pick(names), acq=pick([a for a, _ in r["acq"]], [w for _, w in r["acq"]]),
             pay=pick([p for p, _ in r["pay"]], [w for _, w in r["pay"]]), legacy=legacy, land=land,
             signup=None, member=False, packs=0, renewals=0, spend=0.0, visits=0, first_visit=None,
             last_visit=None, temperament=None, shuttle_zone=None, variant=None,
             dog_count=3 if seg == "multi_dog" and R() < 0.2 else 2 if seg == "multi_dog" else 1,
             age_months=int(3 + R() * 9) if seg == "puppy_parent" else int(12 + R() * 120),
             neutered=(R() < 0.35) if seg == "puppy_parent" else (R() < 0.8), marketing=R() < 0.55)
    if R() < r["shuttle_share"]:
        c["shuttle_zone"] = {"SH-JA": pick(["Jing'an", "Changning", "Putuo"]),
                             "SH-QT": pick(["Qiantan", "Lujiazui", "Xuhui Binjiang"]),
                             "SZ-SIP": pick(["Jinji Lake", "Dushu Lake"]),
                             "VAN-KITS": pick(["Kitsilano", "Point Grey", "Fairview"]),
                             "VAN-RMD": pick(["Richmond Centre", "Steveston"])}[branch]
    if legacy:
        c["signup"] = datetime(2024, 1, 10) + D(R() * 330)
        c["first_visit"] = c["signup"] + D(5 + R() * 20)
        c["temperament"] = "pass"
    return c


# ---------------------------------------------------------------- journeys
def onboarding(c) -> datetime | None:
    """landing -> trial form -> vaccine upload -> temperament test -> trial day -> package purchase.
    Returns the time the first package was bought (or None)."""
    t = c["land"]
    sess = nid("sess", "S", 7)
    ev(c, "tp_landing", t, "view", sess, acquisition=c["acq"])
    if c["intent"] == "grooming":
        return None
    p_form = 0.66 + (0.08 if c["acq"] == "referral" else 0)
    if R() > p_form:
        return None
    t = t + M(2 + expo(6)) if R() < 0.7 else at(t + timedelta(days=1 + int(expo(3))), 8, 23)
    ev(c, "tp_trial_form", t, "submit", sess if t - c["land"] < H(1) else nid("sess", "S", 7), acquisition=c["acq"])
    c["signup"] = t
    if R() > 0.86:
        return None
    t = t + M(5 + expo(20)) if R() < 0.5 else at(t + timedelta(days=1 + int(expo(2))), 8, 23)
    ev(c, "tp_vaccine_upload", t, "submit", nid("sess", "S", 7),
       vaccine_expiry=(t + D(60 + R() * 300)).date().isoformat())
    if R() > 0.90:
        return None
    # temperament test at the branch
    t = at(open_day(t + timedelta(days=2 + int(R() * 7))), 9.5, 16)
    p_pass = {"rescue_adopter": 0.47, "puppy_parent": 0.84}.get(c["segment"], 0.91)
    ok = R() < p_pass
    ev(c, "tp_temperament_test", t, "success" if ok else "fail", None, result="pass" if ok else "fail",
       assessor=pick(["A1", "A2", "A3"]), dog_size=c["size"])
    if not ok:
        c["temperament"] = "fail"
        if R() < 0.55:
            fb(c, t + H(3 + expo(20)), "temperament_fail", "trial_survey", "tp_temperament_test")
        if R() < 0.3:
            support(c, t + H(2 + expo(24)), "temperament_result")
        if R() > 0.33:
            return None
        t = at(open_day(t + timedelta(days=10 + int(R() * 12))), 9.5, 16)
        ok = R() < (0.45 if c["segment"] == "rescue_adopter" else 0.65)
        ev(c, "tp_temperament_test", t, "success" if ok else "fail", None, result="pass" if ok else "fail",
           retest=True, assessor=pick(["A1", "A2", "A3"]), dog_size=c["size"])
        if not ok:
            return None
    c["temperament"] = "pass"
    if R() > 0.93:
        return None
    t = at(open_day(t + timedelta(days=2 + int(R() * 6))), 7.5, 9.5)
    bk = nid("bk", "BK", 7)
    if ev(c, "tp_trial_day", t, "success", bk, booking_id=bk, playgroup=playgroup(c)) is None:
        return None
    pb = price_book(c, t)
    coupon = "DP_TRIAL39" if c["acq"] == "dianping" and R() < 0.6 else None
    new_order(c, t, "trial", 39 if coupon else pb["trial"], list_local=pb["trial"], coupon_code=coupon,
              channel="store", device=None, booking_id=bk)
    c["visits"] += 1
    c["first_visit"] = c["first_visit"] or t
    c["last_visit"] = t
    p_buy = 0.62 - (0.05 if c["region"] == "Vancouver" else 0) + (0.06 if c["acq"] == "referral" else 0)
    if AB[0] <= t <= AB[1]:
        c["variant"] = "live_photos" if R() < 0.5 else "control"
        EXPERIMENTS.append({"experiment_id": "live_photo_trial_2025", "variant": c["variant"],
                            "customer_id": c["customer_id"], "assigned_at": t, "branch": BRANCHES[c["branch"]][0],
                            "trial_booking_id": bk})
        p_buy += 0.12 if c["variant"] == "live_photos" else -0.10
    report_t = at(t, 15, 17.5)
    ev(c, "tp_report_card", report_t, "view", None, booking_id=bk,
       photos_sent=int(3 + rng.poisson(9 if c["variant"] == "live_photos" else 5)))
    ev(c, "tp_pickup", at(t, 17, 19.5), "success", bk, booking_id=bk)
    if R() < 0.35:
        topic = pick(["staff_love", "happy_tired", "generic_pos", "generic_neu", "generic_neg"], [30, 25, 25, 14, 6])
        fb(c, report_t + H(4 + expo(15)), topic, "trial_survey", "tp_trial_day")
    if R() > p_buy:
        return None
    tb = at(t + timedelta(days=int(expo(3.5))), 9, 20) if R() < 0.9 else at(t + timedelta(days=12 + int(R() * 20)),
                                                                            9, 20)
    return tb


def playgroup(c) -> str:
    if c["segment"] == "puppy_parent" and c["age_months"] < 10:
        return "puppy"
    return {"small": "small_dogs", "medium": "medium_dogs", "large": "big_dogs"}[c["size"]]


def buy_pack(c, t: datetime, renewal: bool, session=None) -> tuple[int, dict | None]:
    days, en, zh = pick(PACKS, PACK_W[c["segment"]])
    pb = price_book(c, t)
    price = pb["pack"][days]
    coupon, disc = None, 0.0
    if not renewal and R() < 0.25:
        coupon, disc = "WELCOME10", 0.10
    local = round(price * (1 - disc), 2)
    if c["cur"] == "CNY":
        local = float(round(local))
    o = new_order(c, t, "daycare_package", local, list_local=price, coupon_code=coupon, package_days=days,
                  package_name=en, package_name_zh=zh, is_renewal=renewal,
                  channel="store" if not renewal else DIGITAL_CH[c["region"]],
                  device=None if not renewal else c["os"])
    if o is not None and R() < 0.015:
        refund(o, t + D(5 + R() * 40), "moved_away")
    c["packs"] += 1
    c["spend"] += o["amount"] if o else 0
    if renewal:
        c["renewals"] += 1
    return days, o


def support(c, t: datetime, topic: str) -> None:
    ch = pick(["wechat", "phone"], [70, 30]) if c["cur"] == "CNY" else pick(["phone", "email"], [60, 40])
    if ev(c, "tp_support", t, "contact", None, channel=ch, support_topic=topic,
          support_topic_zh=SUPPORT_TOPICS[topic], handle_minutes=round(2 + expo(6), 1)) is None:
        return
    topic_map = {"shuttle_delay": "shuttle_late", "report_card": "no_photos", "grooming_issue": "groom_bad",
                 "payment_failed": "prepay_fail", "temperament_result": "temperament_fail",
                 "health": "kennel_cough"}
    if R() < 0.45:
        ft = topic_map.get(topic) or pick(["generic_neu", "generic_neg"], [60, 40])
        if topic == "health" and c.get("last_issue") != "kennel_cough":
            ft = "generic_neu"
        fb(c, t + M(5 + expo(20)), ft, "call_note", "tp_support", rating=False, m=c.get("last_late", 20))


def late_mean(c, t: datetime) -> float:
    if c["region"] == "Shanghai":
        if t < SHUTTLE_CUT:
            return 4.0
        months = (t.year - 2025) * 12 + t.month - 10
        return min(26.0, 9.0 + 2.6 * months)
    if c["region"] == "Suzhou":
        return 6.0
    return 5.0


def shuttle(c, visit_t: datetime, booked_t: datetime) -> datetime | None:
    """returns the time the dog arrives by shuttle (or None when the owner brings it)."""
    sess = nid("sess", "S", 7)
    pb = price_book(c, booked_t)
    if ev(c, "tp_shuttle_request", booked_t + M(1), "submit", sess, shuttle_zone=c["shuttle_zone"]) is None:
        return None
    o = new_order(c, booked_t + M(1.5), "shuttle", pb["shuttle"], shuttle_zone=c["shuttle_zone"])
    van = f"{c['branch']}-V{1 + int(R() * (4 if c['region'] == 'Shanghai' and visit_t >= SHUTTLE_CUT else 3))}"
    if R() > 0.985:
        refund(o, at(visit_t, 6, 7), "no_driver")
        return None
    ev(c, "tp_shuttle_assigned", booked_t + M(5 + expo(45)), "success", sess,
       van_id=van, driver=f"D{c['branch'][-2:]}{1 + int(R() * 4)}")
    late = round(expo(late_mean(c, visit_t)), 0)
    c["last_late"] = int(late)
    if R() > 0.975:
        refund(o, at(visit_t, 7, 8), "missed_pickup")
        return None
    pu = at(visit_t, 7.3, 7.8) + M(late)
    ev(c, "tp_shuttle_pickup", pu, "success", sess, van_id=van, late_minutes=int(late),
       shuttle_zone=c["shuttle_zone"])
    if late > 20 and R() < 0.22:
        support(c, pu + M(3 + expo(30)), "shuttle_delay")
    if R() < 0.05 or (late > 20 and R() < 0.16):
        topic = "shuttle_late" if late > 15 else pick(["staff_love", "generic_pos", "generic_neu"], [30, 45, 25])
        fb(c, pu + H(1 + expo(6)), topic, "shuttle_rating", "tp_shuttle_pickup", m=int(late))
    arr = pu + M(20 + R() * 30)
    if R() < 0.996:
        ev(c, "tp_shuttle_dropoff", arr, "success", sess, van_id=van)
    return arr


def shuttle_ok(c, t: datetime) -> bool:
    if c["shuttle_zone"] is None:
        return False
    if c["region"] == "Suzhou" and t < SUZHOU_SHUTTLE:
        return False
    use = 0.62 if c["region"] == "Shanghai" else 0.5
    return R() < use


def vet_flow(c, t: datetime) -> datetime:
    """health flag during a visit; returns the earliest time the dog may come back."""
    issue = pick(list(HEALTH), HEALTH_W)
    c["last_issue"] = issue
    # Qiantan sends half of its cases to the 24-hour Jing'an hospital
    vet, vet_zh = VETS["SH-JA" if c["branch"] == "SH-QT" and R() < 0.5 else c["branch"]]
    ev(c, "tp_health_flag", t, "note", None, health_issue=issue, health_issue_zh=HEALTH[issue])
    back = t + timedelta(days=2)
    if R() < 0.78:
        t2 = t + M(20 + expo(60))
        ev(c, "tp_vet_referral", t2, "submit", None, health_issue=issue, health_issue_zh=HEALTH[issue],
           vet_clinic=vet, vet_clinic_zh=vet_zh)
        if R() < 0.84:
            t3 = at(t2 + timedelta(days=int(R() * 4)), 9, 19)
            ev(c, "tp_vet_visit", t3, "success", None, vet_clinic=vet, vet_clinic_zh=vet_zh, health_issue=issue)
            off = 3 + int(R() * (12 if issue == "kennel_cough" else 7))
            back = t3 + timedelta(days=off)
            if R() < 0.86:
                ev(c, "tp_vet_clearance", at(back, 7.5, 9.5), "success", None, days_off=off, vet_clinic=vet,
                   vet_clinic_zh=vet_zh)
        if issue == "kennel_cough" and R() < 0.30:
            fb(c, t + H(5 + expo(30)), "kennel_cough", "post_visit_survey", "tp_health_flag", with_nps=True)
        elif R() < 0.2:
            support(c, t + H(2 + expo(10)), "health")
    return back


def visit(c, t: datetime) -> bool:
    """one daycare day on the day of t. Returns True when the dog came (a day of the pack used)."""
    bk = nid("bk", "BK", 7)
    use_shuttle = shuttle_ok(c, t)
    booked = at(t - timedelta(days=1), 19, 23) if use_shuttle or R() < 0.6 else at(t, 6, 7.2)
    ev(c, "tp_daycare_booking", booked, "submit", bk, booking_id=bk, dogs=c["dog_count"])
    arrive = None
    if use_shuttle:
        arrive = shuttle(c, t, booked)
    if R() < 0.035 and arrive is None:
        return False  # no-show
    ci = (arrive + M(2)) if arrive else at(t, 7.4, 9.6)
    if ev(c, "tp_checkin", ci, "success", bk, booking_id=bk, playgroup=playgroup(c),
          arrived_by="shuttle" if arrive else "owner") is None:
        return False
    c["visits"] += 1
    c["first_visit"] = c["first_visit"] or ci
    c["last_visit"] = ci
    if R() < 0.015:
        c["off_until"] = vet_flow(c, at(ci, 10.5, 15))
    if R() < 0.003:
        ev(c, "tp_incident", at(ci, 10, 16), "note", None, incident_type=pick(INCIDENTS, [40, 35, 15, 10]))
    rc_missing = R() < 0.03
    rc_t = at(ci, 15, 17.5)
    if not rc_missing:
        ev(c, "tp_report_card", rc_t, "view", bk, booking_id=bk, photos_sent=int(1 + rng.poisson(5)))
    else:
        if R() < 0.15:
            support(c, rc_t + H(2), "report_card")
    ev(c, "tp_pickup", at(ci, 17, 19.5), "success", bk, booking_id=bk)
    if R() < 0.006:
        support(c, at(ci, 9, 21), pick(["booking_change", "billing", "other"], [50, 30, 20]))
    # post-visit NPS survey
    if R() < 0.045:
        st = rc_t + H(3 + expo(10))
        if rc_missing and R() < 0.7:
            topic = "no_photos"
        elif c.get("last_late", 0) > 20 and arrive and R() < 0.6:
            topic = "shuttle_late"
        elif c["region"] == "Vancouver" and ci >= VAN_PRICE_RISE and R() < 0.42:
            topic = "price_high"
        else:
            topic = pick(["staff_love", "happy_tired", "generic_pos", "generic_neu", "generic_neg"],
                         [24, 22, 30, 16, 8])
        about = {"no_photos": "tp_report_card", "shuttle_late": "tp_shuttle_pickup", "price_high": "tp_renewal_page"}
        fb(c, st, topic, "post_visit_survey", about.get(topic, "tp_pickup"),
           with_nps=True, m=c.get("last_late", 20), booking_id=bk)
    return True


def renewal(c, t: datetime) -> int:
    """low balance reminder -> renewal page -> checkout -> paid. Returns the days added (0 when not renewed)."""
    ev(c, "tp_low_balance", t, "push", None, days_left=2)
    if R() > 0.86:
        return 0
    sess = nid("sess", "S", 7)
    t = t + H(0.2 + expo(20))
    ev(c, "tp_renewal_page", t, "view", sess)
    p_co = 0.90
    if c["region"] == "Vancouver" and t >= VAN_PRICE_RISE:
        p_co = 0.50
    if R() > p_co:
        if p_co < 0.8 and R() < 0.3:
            fb(c, t + M(2 + expo(30)), "price_high", "app_feedback", "tp_renewal_page")
        return 0
    t = t + M(1 + expo(4))
    ev(c, "tp_renewal_checkout", t, "submit", sess)
    ok = R() < 0.95
    if not ok:
        reason = pick(["card_declined", "insufficient_balance", "user_cancelled"], [45, 25, 30])
        ev(c, "tp_payment_fail", t + M(0.5), "fail", sess, fail_reason=reason, payment_for="renewal")
        days, en, zh = pick(PACKS, PACK_W[c["segment"]])
        pb = price_book(c, t)
        new_order(c, t + M(0.5), "daycare_package", pb["pack"][days], status="cancelled", package_days=days,
                  package_name=en, package_name_zh=zh, is_renewal=True, fail_reason=reason)
        if R() > 0.5:
            return 0
        t = t + H(2 + expo(20))
    ev(c, "tp_renewal_paid", t + M(0.6), "success", sess)
    days, o = buy_pack(c, t + M(0.6), renewal=True, session=sess)
    return days


def double11(c, t: datetime) -> int:
    """Double 11 stock-up offer (China, 2025-11-01 .. 11-11): an extra 20-day pack at 15 % off, bought in the app."""
    sess = nid("sess", "S", 7)
    ev(c, "tp_renewal_page", t, "view", sess, campaign="double11")
    ev(c, "tp_renewal_checkout", t + M(1 + expo(3)), "submit", sess, campaign="double11")
    t = t + M(5 + expo(3))
    ev(c, "tp_renewal_paid", t, "success", sess, campaign="double11")
    price = PRICE["CNY"]["pack"][20]
    o = new_order(c, t, "daycare_package", float(round(price * 0.85)), list_local=price, coupon_code="DOUBLE11",
                  package_days=20, package_name="20-Day Pack", package_name_zh="20次卡", is_renewal=True)
    c["packs"] += 1
    c["renewals"] += 1
    c["spend"] += o["amount"] if o else 0
    return 20


def member_life(c, t: datetime, balance: int) -> None:
    """daycare visits from t while the pack has days left; renew at 2 days left."""
    f = FREQ[c["segment"]] * (0.6 + 0.8 * R())
    c["member"] = True
    groom_next = t + D(expo(30))
    reminded = False
    while t <= END:
        gap = max(1.0, expo(7.0 / f))
        t = open_day(t + D(gap))
        if c.get("off_until") and t < c["off_until"]:
            t = open_day(c["off_until"] + timedelta(days=1))
        if t > END:
            break
        if c["cur"] == "CNY" and not c.get("d11") and datetime(2025, 11, 1) <= t < datetime(2025, 11, 12):
            c["d11"] = True
            if R() < 0.4:
                balance += double11(c, at(t, 20, 23.5))
        while groom_next < t:
            if R() < 0.75:
                grooming(c, groom_next, member=True)
            groom_next = groom_next + D(24 + expo(30))
        if visit(c, t):
            balance -= 1
        if balance <= 2 and not reminded:
            reminded = True
            added = renewal(c, at(t + timedelta(days=1), 9.5, 10))
            if added:
                balance += added
                reminded = False
        if balance <= 0:
            break


def grooming(c, t: datetime, member: bool) -> None:
    sess = nid("sess", "S", 7)
    t = at(t, 9, 23)
    service = pick(list(SERVICES), [42, 36, 10, 12] if c["size"] != "large" else [40, 26, 8, 26])
    if ev(c, "tp_groom_browse", t, "view", sess, service=service, service_zh=SERVICES[service]) is None:
        return
    if R() > (0.78 if member else 0.6):
        return
    t = t + M(1 + expo(5))
    groomer = pick(GROOMERS[c["branch"]])
    appt = at(open_day(t + timedelta(days=2 + int(R() * 9))), 10, 17)
    bk = nid("bk", "BK", 7)
    ev(c, "tp_groom_book", t, "submit", sess, booking_id=bk, service=service, service_zh=SERVICES[service],
       groomer=groomer, appointment_at=appt)
    if c["signup"] is None:
        c["signup"] = t
    pb = price_book(c, t)
    price = pb["groom"][service][{"small": 0, "medium": 1, "large": 2}[c["size"]]]
    t = t + M(0.5 + expo(2))
    bug = PREPAY_BUG[0] <= t <= PREPAY_BUG[1]
    p_ok = (0.28 if c["os"] == "android" else 0.72) if bug else 0.95
    paid_t = None
    if R() < p_ok:
        paid_t = t
    else:
        reason = "sdk_timeout" if bug and R() < 0.92 else pick(["card_declined", "insufficient_balance",
                                                                "user_cancelled"], [40, 20, 40])
        ev(c, "tp_payment_fail", t, "fail", sess, fail_reason=reason, payment_for="grooming", booking_id=bk)
        new_order(c, t, "grooming", price, status="cancelled", service=service, service_zh=SERVICES[service],
                  dog_size=c["size"], groomer=groomer, booking_id=bk, fail_reason=reason)
        if reason == "sdk_timeout":
            if R() < 0.45:
                fb(c, t + M(10 + expo(120)), "prepay_fail", "app_feedback", "tp_groom_prepay")
            if R() < 0.3:
                support(c, t + M(10 + expo(60)), "payment_failed")
        if R() < (0.28 if bug else 0.45):
            paid_t = t + H(1 + expo(20))
    if paid_t is None:
        return
    ev(c, "tp_groom_prepay", paid_t, "success", sess, booking_id=bk, amount_local=price, currency=c["cur"])
    o = new_order(c, paid_t, "grooming", price, service=service, service_zh=SERVICES[service], dog_size=c["size"],
                  groomer=groomer, booking_id=bk)
    if o:
        c["spend"] += o["amount"]
    if R() > 0.93:
        refund(o, appt + D(0.5 + R()), pick(["no_show", "customer_cancelled"], [55, 45]))
        return
    ev(c, "tp_groom_checkin", appt, "success", bk, booking_id=bk, groomer=groomer, service=service,
       service_zh=SERVICES[service])
    done = appt + M(80 + expo(50))
    ev(c, "tp_groom_done", done, "success", bk, booking_id=bk, groomer=groomer, service=service,
       service_zh=SERVICES[service])
    p_bad = 0.38 if groomer == "Kevin Zhang" else 0.04
    bad = R() < p_bad
    if bad and R() < 0.2:
        support(c, done + H(3), "grooming_issue")
    if R() < 0.45:
        rt = done + H(1 + expo(20))
        if bad:
            topic = "groom_bad"
        else:
            topic = pick(["groom_great", "staff_love", "generic_pos", "generic_neu", "generic_neg"],
                         [36, 10, 30, 16, 8])
        if ev(c, "tp_groom_review", rt, "submit", None, booking_id=bk, groomer=groomer) is not None:
            fb(c, rt + M(1), topic, "grooming_review", "tp_groom_done", groomer=groomer, booking_id=bk,
               order_id=o["order_id"] if o else None)


def simulate(c) -> None:
    if c["legacy"]:
        # an existing member (joined in 2024), part-way through a pack on 2025-01-01
        c["member"] = True
        c["packs"] = 1 + int(R() * 3)
        member_life(c, START + D(R() * 10), 3 + int(R() * 15))
        return
    c["intent"] = "grooming" if R() < 0.30 else "daycare"
    tb = onboarding(c)
    if c["intent"] == "grooming":
        t = c["land"] + M(1 + expo(3))
        while t <= END:
            grooming(c, t, member=False)
            if R() > 0.62:
                break
            t = t + D(30 + expo(35))
        return
    if tb is None or tb > END:
        return
    ev(c, "tp_package_buy", tb, "success", None)
    days, _ = buy_pack(c, tb, renewal=False)
    member_life(c, tb, days)


# ---------------------------------------------------------------- public reviews (Dianping / Google)
def public_reviews(customers) -> None:
    n = 430
    for _ in range(n):
        c = customers[int(R() * len(customers))]
        region = c["region"]
        lang = c["lang"] if region != "Vancouver" else ("zh" if R() < 0.3 else "en")
        t = START + D(R() * NDAYS * 0.999)
        t = START + D(float(rng.choice(NDAYS, p=DAYW)) + R())
        if region == "Vancouver" and t >= VAN_PRICE_RISE and R() < 0.25:
            topic = "price_high"
        elif region == "Shanghai" and t >= SHUTTLE_CUT and R() < 0.18:
            topic = "shuttle_late"
        else:
            topic = pick(["staff_love", "happy_tired", "groom_great", "generic_pos", "generic_neu", "generic_neg",
                          "groom_bad", "kennel_cough"], [22, 14, 10, 24, 12, 10, 4, 4])
        platform = "dianping" if region != "Vancouver" else "google"
        undated = R() < 0.42
        tp = {"shuttle_late": "tp_shuttle_pickup", "groom_great": "tp_groom_done", "groom_bad": "tp_groom_done",
              "kennel_cough": "tp_health_flag", "price_high": "tp_package_buy"}.get(topic)
        fb(None, None if undated else t, topic, "public_review", tp, lang=lang, region=region,
           branch_code=c["branch"], platform=platform, export_batch="review_export_2026-07",
           review_date_text=(pick(["3个月前", "半年前", "1年前"]) if lang == "zh" else
                             pick(["3 months ago", "6 months ago", "a year ago"])) if undated else None)


# ---------------------------------------------------------------- write
def cell(v) -> str:
    t = type(v)
    if t is str:
        return v
    if v is None:
        return ""
    if t is datetime:
        return v.isoformat(" ", "seconds")
    if t is bool:
        return "true" if v else "false"
    if t is float:
        return f"{v:.2f}"
    return str(v)


def write(path: Path, rows: list[dict], cols: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        idx = {k: i for i, k in enumerate(cols)}
        n = len(cols)
        out = []
        for r in rows:
            row = [""] * n
            for k, v in r.items():
                i = idx.get(k)
                if i is not None and v is not None:
                    row[i] = cell(v)
            out.append(row)
        w.writerows(out)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    n_new, n_old = 2600, 200
    days = rng.choice(NDAYS, size=n_new, p=DAYW)
    customers = [build_customer(i, False, int(days[i])) for i in range(n_new)]
    customers += [build_customer(n_new + i, True, None) for i in range(n_old)]
    for c in customers:
        simulate(c)
    public_reviews(customers)

    EVENTS.sort(key=lambda e: (e["ts"], e["event_id"]))
    ORDERS.sort(key=lambda o: (o["ts"], o["order_id"]))
    for o in ORDERS:
        if o.get("refunded_at") and o["refunded_at"] > END:
            o["status"], o["refunded_at"], o["refund_reason"], o["refund_amount"] = "paid", None, None, None
    cust_rows = []
    for c in customers:
        tier = "gold" if c["renewals"] >= 3 else "silver" if c["member"] else "basic"
        birth = (END - timedelta(days=30 * c["age_months"]))
        cust_rows.append({
            "customer_id": c["customer_id"], "signup_at": c["signup"], "segment": c["segment"],
            "segment_zh": SEGMENT_ZH[c["segment"]], "region": c["region"], "region_zh": REGIONS[c["region"]]["zh"],
            "acquisition_channel": c["acq"], "tier": tier, "tier_zh": {"gold": "金卡", "silver": "银卡",
                                                                     "basic": "普通"}[tier],
            "home_branch": BRANCHES[c["branch"]][0], "home_branch_zh": BRANCHES[c["branch"]][1],
            "branch_code": c["branch"], "preferred_language": c["lang"], "os": c["os"],
            "dog_name": c["dog_name"], "breed": c["breed"], "breed_zh": BREEDS[c["breed"]][0],
            "dog_size": c["size"], "dog_size_zh": SIZE_ZH[c["size"]], "dog_birth_month": birth.strftime("%Y-%m"),
            "dogs_in_household": c["dog_count"], "neutered": c["neutered"],
            "temperament_status": c["temperament"] or "not_tested", "shuttle_zone": c["shuttle_zone"],
            "is_member": c["member"], "packs_bought": c["packs"], "total_visits": c["visits"],
            "first_visit_at": c["first_visit"], "last_visit_at": c["last_visit"],
            "lifetime_spend_cny": round(c["spend"], 2), "marketing_opt_in": c["marketing"],
            "first_seen_at": c["land"]})
    dup = rng.choice(len(EVENTS), size=int(len(EVENTS) * 0.003), replace=False)
    ev_rows = list(EVENTS) + [EVENTS[int(i)] for i in dup]
    ev_rows.sort(key=lambda e: (e["ts"], e["event_id"]))
    FEEDBACK.sort(key=lambda f: (f["ts"] is None, f["ts"] or START, f["feedback_id"]))

    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=f"{j[1]} {j[2]}", journey_name_zh=j[1], journey_name_en=j[2],
                step=k, touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4], 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"])
    write(out / "customers.csv", cust_rows, list(cust_rows[0]))
    write(out / "events.csv", ev_rows,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "branch_code", "branch", "branch_zh", "app_version", "acquisition", "booking_id", "dogs", "arrived_by",
           "playgroup", "result", "retest", "assessor", "dog_size", "vaccine_expiry", "photos_sent", "service",
           "service_zh", "groomer", "appointment_at", "amount_local", "currency", "fail_reason", "payment_for",
           "shuttle_zone", "van_id", "driver", "late_minutes", "health_issue", "health_issue_zh", "vet_clinic",
           "vet_clinic_zh", "days_off", "incident_type", "support_topic", "support_topic_zh", "handle_minutes",
           "days_left", "campaign"])
    write(out / "orders.csv", ORDERS,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "order_type_zh",
           "branch_code", "branch", "branch_zh", "region", "currency", "amount_local", "list_price_local",
           "discount_local", "coupon_code", "price_version", "payment_method", "package_days", "package_name",
           "package_name_zh", "is_renewal", "service", "service_zh", "dog_size", "groomer", "shuttle_zone",
           "booking_id", "fail_reason", "refunded_at", "refund_reason", "refund_amount"])
    write(out / "feedback.csv", FEEDBACK,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "region", "branch", "branch_zh", "platform", "groomer", "booking_id", "order_id", "export_batch",
           "review_date_text"])
    write(out / "experiments.csv", EXPERIMENTS,
          ["experiment_id", "variant", "customer_id", "assigned_at", "branch", "trial_booking_id"])
    write(out / "_truth" / "feedback_truth.csv", TRUTH, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(ev_rows)} ({len(EVENTS)} distinct), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)} ({sum(f['ts'] is None for f in FEEDBACK)} undated), "
          f"experiments {len(EXPERIMENTS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
