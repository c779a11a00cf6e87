"""Synthetic dataset: 扶行 StrideCare, mobility-aid rental and sales (wheelchairs, mobility scooters, hospital beds).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table).
Fixed seed, numpy + stdlib + pandas, a few seconds of CPU, deterministic.
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20260614
rng = np.random.default_rng(SEED)

START = datetime(2025, 1, 1)
EXTRACT = datetime(2026, 5, 31, 23, 59, 59)          # CRM + field-app extract taken 2026-06-08
LAST_ENQUIRY = datetime(2026, 5, 24)
DEPOSIT_SYSTEM_CHANGE = datetime(2026, 1, 5)          # new finance system: deposit refunds need manual approval
COURIER_SWITCH = (datetime(2026, 3, 1), datetime(2026, 4, 1))  # London depot hands deliveries to a courier

# ---------------------------------------------------------------- reference data
CITIES = {
    # city: zh, region, currency, USD per unit of currency, share of customers
    "London": ("伦敦", "UK", "GBP", 1.27, 0.17),
    "Manchester": ("曼彻斯特", "UK", "GBP", 1.27, 0.10),
    "Toronto": ("多伦多", "Canada", "CAD", 0.73, 0.15),
    "Brisbane": ("布里斯班", "Australia", "AUD", 0.66, 0.11),
    "Shanghai": ("上海", "China", "CNY", 0.14, 0.19),
    "Guangzhou": ("广州", "China", "CNY", 0.14, 0.15),
    "Chengdu": ("成都", "China", "CNY", 0.14, 0.13),
}
CN = {"Shanghai", "Guangzhou", "Chengdu"}
HOSPITALS = {
    "London": ["St Thomas' Hospital", "Royal London Hospital", "King's College Hospital"],
    "Manchester": ["Manchester Royal Infirmary", "Wythenshawe Hospital", "Salford Royal"],
    "Toronto": ["Sunnybrook Health Sciences Centre", "Toronto General Hospital", "St. Michael's Hospital"],
    "Brisbane": ["Royal Brisbane and Women's Hospital", "Princess Alexandra Hospital"],
    "Shanghai": ["瑞金医院", "华山医院", "上海市第六人民医院"],
    "Guangzhou": ["中山大学附属第一医院", "广东省人民医院"],
    "Chengdu": ["四川大学华西医院", "四川省人民医院"],
}
PHARMACIES = {"London": "Boots", "Manchester": "Boots", "Toronto": "Shoppers Drug Mart",
              "Brisbane": "Chemist Warehouse", "Shanghai": "益丰大药房", "Guangzhou": "大参林",
              "Chengdu": "老百姓大药房"}
STAFF = {
    "London": ["Priya Shah", "Tom Hughes", "Grace Okafor"], "Manchester": ["Liam Doyle", "Hannah Price"],
    "Toronto": ["Maya Chen", "David Roy", "Sara Haddad"], "Brisbane": ["Jack Nguyen", "Olivia Brooks"],
    "Shanghai": ["王芳", "陈杰", "刘婷"], "Guangzhou": ["黄敏", "梁志强"], "Chengdu": ["李娜", "张伟"],
}

CHANNELS = ["discharge_referral", "pharmacy_partner", "web_search", "wechat", "phone"]
CH_W_EN = [0.38, 0.18, 0.32, 0.0, 0.12]
CH_W_CN = [0.34, 0.14, 0.14, 0.30, 0.08]

SEGMENTS = ["post_surgery", "long_term_care", "palliative"]
SEG_ZH = {"post_surgery": "术后康复", "long_term_care": "长期照护", "palliative": "安宁疗护"}
SEG_BY_CH = {"discharge_referral": [0.70, 0.18, 0.12], "pharmacy_partner": [0.20, 0.75, 0.05],
             "web_search": [0.40, 0.50, 0.10], "wechat": [0.35, 0.55, 0.10], "phone": [0.30, 0.60, 0.10]}
CONDITIONS = {
    "post_surgery": [("hip_replacement", "髋关节置换", 0.35), ("knee_replacement", "膝关节置换", 0.30),
                     ("fracture", "骨折", 0.25), ("spinal_surgery", "脊柱手术", 0.10)],
    "long_term_care": [("frailty", "高龄体弱", 0.35), ("stroke", "中风", 0.25), ("arthritis", "关节炎", 0.20),
                       ("parkinsons", "帕金森病", 0.12), ("multiple_sclerosis", "多发性硬化", 0.08)],
    "palliative": [("palliative_care", "临终关怀", 1.0)],
}
MOBILITY = {"walks_with_aid": "可借助辅具行走", "short_distances": "只能短距离行走", "non_ambulatory": "无法行走"}

CATS = ["wheelchair", "mobility_scooter", "hospital_bed"]
CAT_ZH = {"wheelchair": "轮椅", "mobility_scooter": "电动代步车", "hospital_bed": "护理床"}
CAT_BY_SEG = {"post_surgery": [0.68, 0.04, 0.28], "long_term_care": [0.32, 0.40, 0.28],
              "palliative": [0.12, 0.0, 0.88]}
# model: (category, purchase price USD, 4-week rental USD, weight)
MODELS = {
    "WC-Std 20 manual": ("wheelchair", 320, 70, 0.45), "WC-Lite 16 manual": ("wheelchair", 560, 90, 0.35),
    "WC-Power E5": ("wheelchair", 2900, 260, 0.20),
    "SC-Compact 3": ("mobility_scooter", 1400, 150, 0.40), "SC-Mid 4": ("mobility_scooter", 2200, 190, 0.40),
    "SC-Road 8": ("mobility_scooter", 3600, 250, 0.20),
    "BED-Care 3F": ("hospital_bed", 1500, 180, 0.65), "BED-Low 4F": ("hospital_bed", 2300, 230, 0.35),
}
BACKORDER = {"WC-Power E5", "SC-Road 8"}

FIT_LOC = {"home": "上门", "showroom": "门店", "hospital_ward": "病房"}
DECLINE = [("price_too_high", "价格太高", 0.35), ("bought_elsewhere", "已在别处购买", 0.20),
           ("insurance_not_approved", "保险未批", 0.15), ("no_longer_needed", "已不需要", 0.20),
           ("family_decided_against", "家属不同意", 0.10)]
DELAY = {"traffic": "交通拥堵", "stock_not_ready": "备货延迟", "previous_job_overran": "上一单超时",
         "vehicle_breakdown": "车辆故障", "courier_changeover": "物流商切换"}
FAILED = {"nobody_home": "无人在家", "access_problem": "无法进入小区/楼栋"}
ISSUES = {
    "mobility_scooter": [("battery", 0.55), ("tyre", 0.15), ("brakes", 0.10), ("motor", 0.10), ("controller", 0.10)],
    "hospital_bed": [("remote_control", 0.42), ("motor", 0.24), ("side_rail", 0.14), ("mattress", 0.20)],
    "power_chair": [("battery", 0.40), ("joystick", 0.25), ("motor", 0.15), ("tyre", 0.20)],
    "wheelchair": [("tyre", 0.45), ("brakes", 0.35), ("upholstery", 0.20)],
}
ISSUE_ZH = {"battery": "电池故障", "tyre": "轮胎", "brakes": "刹车", "motor": "电机", "controller": "控制器",
            "remote_control": "手控器", "side_rail": "护栏", "mattress": "床垫", "joystick": "操纵杆",
            "upholstery": "坐垫靠背"}
BREAKDOWN_PER_4W = {"mobility_scooter": 0.085, "power_chair": 0.055, "hospital_bed": 0.035, "wheelchair": 0.015}
SERVICE_EVERY_W = {"mobility_scooter": 13, "power_chair": 26, "hospital_bed": 26}
CALL_REASON = {"fault_report": "报修", "delivery_status": "查询送货", "extend_rental": "续租",
               "return_booking": "预约归还", "deposit_refund": "押金退还", "billing_query": "账单疑问"}
RETURN_REASON = {"recovered": "已康复", "rental_period_over": "租期结束", "moved_to_care_home": "入住养老院",
                 "patient_deceased": "患者离世", "no_longer_needed": "已不需要"}
CONDITION = {"good": "完好", "normal_wear": "正常磨损", "damaged": "损坏", "missing_parts": "缺少配件"}
ORDER_TYPE = {"purchase": "购买", "rental": "租金", "buyout": "租转买", "repair": "维修收费", "damage_fee": "损坏赔偿"}
PAYER_ZH = {"self_pay": "自费", "private_insurance": "商业保险", "government_scheme": "政府补助",
            "ltc_insurance": "长护险"}
PAY_ZH = {"card": "银行卡", "direct_debit": "自动扣款", "bank_transfer": "银行转账", "wechat_pay": "微信支付",
          "alipay": "支付宝", "insurer_direct": "保险直付", "government_invoice": "政府结算"}

TPS = [
    ("tp_enquiry", "咨询登记", "Enquiry & referral intake", "awareness", "other", "digital", "intake",
     "转介|线索|询价|咨询|referral|lead|enquiry|inquiry"),
    ("tp_assessment_call", "需求评估电话", "Needs assessment call", "consideration", "phone", "digital",
     "care_advisors", "评估电话|需求评估|回访|assessment|triage call|needs call"),
    ("tp_fitting", "产品适配", "Product fitting", "consideration", "store", "physical", "fitting_team",
     "适配|试坐|量尺寸|上门评估|fitting|trial|showroom visit|measuring"),
    ("tp_quote_followup", "报价跟进", "Quote follow-up", "consideration", "phone", "digital", "sales",
     "跟单|报价|quote|follow-up call"),
    ("tp_contract", "签约", "Rental / purchase contract", "purchase", "store", "physical", "sales",
     "合同|下单|租赁合同|购买合同|sign-up|agreement|contract"),
    ("tp_delivery", "送货安装", "Delivery & setup", "purchase", "other", "physical", "logistics",
     "送货|配送|安装|送装|delivery|install|setup"),
    ("tp_maintenance", "上门维护", "Maintenance visit", "service", "other", "physical", "technicians",
     "维修|保养|检修|上门维修|repair|servicing|engineer visit|breakdown"),
    ("tp_support_call", "客服热线", "Customer service line", "service", "phone", "digital", "customer_service",
     "客服|热线|来电|helpline|hotline|call centre|customer service"),
    ("tp_return_pickup", "归还取件", "Return pickup", "service", "other", "physical", "logistics",
     "退租|取回|上门取件|归还|collection|return|off-hire"),
    ("tp_buyout", "租转买", "Rent-to-own buyout", "loyalty", "phone", "digital", "sales",
     "买断|转购|buyout|buy-out|rent to own"),
]
JOURNEYS = [
    ("enquiry_to_contract", "咨询到签约", "Enquiry to signed contract", 21,
     ["tp_enquiry", "tp_assessment_call", "tp_fitting", "tp_contract"]),
    ("enquiry_to_delivery", "咨询到送货上门", "Enquiry to delivered at home", 30,
     ["tp_enquiry", "tp_assessment_call", "tp_fitting", "tp_contract", "tp_delivery"]),
]

# ---------------------------------------------------------------- feedback text
# every topic's marker words appear only in that topic's comments (gold.py checks this against the truth file)
TOPICS = {
    "late_delivery": ("negative", [
        "The delivery was late — we were told morning and the van came after 4pm, {who} was stuck in the hospital lounge.",
        "Delivery was late by a whole day and nobody rang to say so.",
        "Second time the delivery was late. Had to take the afternoon off work to wait in.",
        "Honestly the delivery was late and the driver blamed the courier. Not good enough for someone just out of surgery.",
    ], [
        "送货迟到了大半天，说好上午到，结果下午四点多才来，{whozh}在医院门口干等。",
        "送货迟到一天，也没人打电话说一声。",
        "又一次送货迟到，我专门请了假在家等。",
        "刚出院就碰上送货迟到，司机说是物流公司的问题，体验很差。",
    ]),
    "deposit": ("negative", [
        "They collected the chair weeks ago and I'm still waiting on my deposit.",
        "Deposit refund is taking forever. Called twice, each time 'it's with finance'.",
        "Pickup itself was fine but the deposit still hasn't come back after three weeks.",
        "Please sort out deposit refunds — {who} passed away and chasing money back is the last thing the family needs.",
    ], [
        "床已经拉走快一个月了，押金还没退。",
        "押金退还太慢了，打了两次电话都说在走财务流程。",
        "上门取件挺准时，就是押金三个星期了还没到账。",
        "{whozh}走了以后我们还得一遍遍催押金，真的很心累。",
    ]),
    "no_callback": ("negative", [
        "Filled in the form on your website, nobody called me back for three days.",
        "Left two messages asking about a scooter and nobody called me back.",
        "Nobody called me back after the online enquiry so we went elsewhere.",
    ], [
        "在网上留了信息，三天了都没人回电话。",
        "留言问代步车的事，一直没人回电话。",
        "网上咨询完没人回电话，我们只好找了别家。",
    ]),
    "battery": ("negative", [
        "The scooter battery dies halfway to the shops.",
        "Battery won't hold a charge for more than a couple of hours.",
        "Third battery problem this year, {who} is scared to go out in it now.",
    ], [
        "代步车电池不耐用，买个菜就没电了。",
        "电池充满也就撑两个小时。",
        "今年第三次电池出问题了，{whozh}都不敢开出门了。",
    ]),
    "missed_pickup": ("negative", [
        "Booked the collection and they didn't turn up to collect the bed. Rebooked, lost another day.",
        "The team didn't turn up to collect on the agreed day, the bed is blocking the hallway.",
        "They didn't turn up to collect and nobody answered the hotline.",
    ], [
        "约好了上门取床，结果没来取，又等了一天。",
        "说好的时间没来取，床一直堵在客厅。",
        "约了归还那天根本没来取，客服电话也打不通。",
    ]),
    "bed_setup": ("negative", [
        "The bed wasn't set up properly, one side rail wouldn't lock.",
        "Bed wasn't set up before discharge like promised, {who} slept in the armchair.",
        "The bed wasn't set up — they left it in pieces saying the installer would come back.",
    ], [
        "床没装好，一边护栏锁不上。",
        "说好出院前装好，结果床没装好，{whozh}只能在沙发上睡了一晚。",
        "送来了但床没装好，零件堆在地上说安装师傅改天来。",
    ]),
    "repair_wait": ("negative", [
        "Reported the fault on Monday and waited for the engineer until Friday.",
        "We waited for the engineer four days with no working bed.",
        "Waited for the engineer all day, no show, no call.",
    ], [
        "周一报修，维修等了整整四天才有人来。",
        "床坏了维修等了好几天，老人只能躺着不动。",
        "维修等了一整天，人没来也没通知。",
    ]),
    "too_heavy": ("negative", [
        "The chair is too heavy for me to lift into the car boot.",
        "Nice chair but too heavy to fold and carry up the stairs.",
    ], [
        "轮椅太重了，我一个人搬不上车。",
        "东西是好，就是太重，老小区没电梯根本抬不上去。",
    ]),
    "price": ("negative", [
        "Rental is too expensive for a few weeks after a knee op.",
        "Too expensive compared with buying a basic chair online.",
        "Quote was too expensive, even with the insurance part.",
    ], [
        "租金太贵了，就用几个星期。",
        "比网上直接买一台太贵了。",
        "报价太贵，保险报销后还是要自己出很多。",
    ]),
    "fitter_praise": ("positive", [
        "The fitter was brilliant, measured everything and adjusted the footplates for {who}.",
        "Really patient fitter, explained every lever twice. Thanks to the fitter!",
        "The fitter came to the ward before discharge, made the whole thing easy.",
    ], [
        "适配师很专业，量得很仔细，踏板都帮{whozh}调好了。",
        "适配师特别有耐心，每个开关都教了两遍。",
        "出院前适配师直接到病房来，省了我们好多事。",
    ]),
    "crew_praise": ("positive", [
        "The delivery crew were lovely, carried the bed upstairs and showed us how it works.",
        "Great delivery crew, quick, careful with the furniture.",
        "Shout-out to the delivery crew, they even moved the wardrobe to fit the bed.",
    ], [
        "送货师傅很好，帮忙抬上楼还教我们怎么用。",
        "送货师傅动作快又小心，没碰坏家具。",
        "点赞送货师傅，还帮忙挪了衣柜给床腾地方。",
    ]),
    "billing": ("negative", [
        "I was charged twice for the same month's rental.",
        "Charged twice this month, still waiting for the correction.",
    ], [
        "同一个月租金被多扣了一次。",
        "这个月又被多扣了一笔，到现在还没退回来。",
    ]),
}
GENERIC = {
    "positive": ([
        "Very happy with the service overall.", "Made a stressful week a lot easier, thank you.",
        "Everything worked as promised.", "Good service, would recommend to friends.",
        "{who} is getting out again every day, it has changed everything.",
    ], [
        "整体服务很满意。", "帮了我们大忙，谢谢。", "一切都挺顺利的。", "服务不错，会推荐给亲戚朋友。",
        "{whozh}现在每天都能出门转转了，真的很感谢。",
    ]),
    "neutral": ([
        "It does the job.", "Fine, nothing special.", "OK so far, we'll see how it goes.",
        "Had a question about the manual, sorted on the phone.",
    ], [
        "还行吧。", "一般，没什么特别的。", "目前用着还可以，再看看。", "说明书有点看不懂，打电话问清楚了。",
    ]),
    "negative": ([
        "Not impressed, communication could be much better.", "Felt like nobody was in charge of our case.",
        "Paperwork was confusing.", "Disappointed with the whole experience.",
    ], [
        "沟通太差了。", "感觉没人真正负责我们的事。", "手续太繁琐了。", "整体体验挺失望的。",
    ]),
}
WHO_EN = ["Mum", "Dad", "my husband", "my wife", "my mother", "my father", "Nan"]
WHO_ZH = ["我妈", "我爸", "老伴", "我母亲", "我父亲", "奶奶", "外公"]


def pick(options, weights=None):
    if weights is None:
        return options[int(rng.integers(len(options)))]
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def daytime(d: datetime, lo=8, hi=19) -> datetime:
    d0 = datetime(d.year, d.month, d.day)
    return d0 + timedelta(seconds=int(rng.integers(lo * 3600, hi * 3600)))


def later(t: datetime, days_lo: float, days_hi: float, business=True) -> datetime:
    t2 = t + timedelta(days=float(rng.uniform(days_lo, days_hi)))
    if business:
        t2 = daytime(t2) if t2.date() != t.date() else max(t2, t + timedelta(minutes=20))
        if t2 <= t:
            t2 = t + timedelta(minutes=int(rng.integers(20, 180)))
    return t2


class World:
    def __init__(self):
        self.events, self.orders, self.feedback, self.customers = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    def ev(self, c, t, tp, action, channel=None, **extra):
        self.n_ev += 1
        row = dict(event_id=f"ev{self.n_ev:07d}", customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                   action=action, channel=channel, city=c["city"])
        row.update(extra)
        self.events.append(row)
        return row

    def order(self, c, t, otype, usd, status="paid", channel=None, **extra):
        self.n_ord += 1
        local = round(usd / CITIES[c["city"]][3], 2)
        self.orders.append(dict(order_id=f"SO{self.n_ord:06d}", customer_id=c["customer_id"], ts=t,
                                amount=round(local * CITIES[c["city"]][3], 2), status=status, channel=channel,
                                order_type=otype, 订单类型=ORDER_TYPE[otype], city=c["city"],
                                currency=CITIES[c["city"]][2], amount_local=local, **extra))

    def fb(self, c, t, topic, channel, tp=None, rating=None, nps=None, respondent=None, sentiment=None, **extra):
        """topic: a key of TOPICS, or 'generic' (then sentiment says which), or 'no_comment'."""
        self.n_fb += 1
        city = c["city"] if c else extra.pop("city")
        lang = "zh" if city in CN else ("zh" if (c and c.get("preferred_language") == "zh") else "en")
        if respondent is None:
            respondent = pick(["patient", "carer", "paid_carer"], [0.45, 0.45, 0.10]) if c else "patient"
        who_en, who_zh = pick(WHO_EN), pick(WHO_ZH)
        if channel == "call_note":          # an agent's note of a call: no score
            rating = None
        if topic == "no_comment":
            text, sent = ("（未填写）" if lang == "zh" else "(no comment)"), None
        elif topic == "generic":
            en, zh = GENERIC[sentiment]
            text, sent = pick(zh if lang == "zh" else en), sentiment
        else:
            sent, en, zh = TOPICS[topic]
            text = pick(zh if lang == "zh" else en)
        if respondent == "patient" and ("{who}" in text or "{whozh}" in text):
            respondent = "carer"
        text = text.replace("{who}", who_en).replace("{whozh}", who_zh)
        self.feedback.append(dict(feedback_id=f"FB{self.n_fb:06d}", text=text, ts=t,
                                  customer_id=c["customer_id"] if c else None, touchpoint_id=tp, channel=channel,
                                  rating=rating, nps=nps, respondent=respondent,
                                  反馈人={"patient": "患者本人", "carer": "家属", "paid_carer": "护工",
                                       "nurse": "出院护士", "public": "网友"}[respondent],
                                  language=lang, city=city, _topic=topic if topic not in ("generic",) else
                                  f"generic_{sentiment}", _sentiment=sent, **extra))


W = World()


def rating_for(sent):
    if sent == "positive":
        return int(pick([4, 5], [0.3, 0.7]))
    if sent == "negative":
        return int(pick([1, 2, 3], [0.45, 0.4, 0.15]))
    return int(pick([3, 4], [0.6, 0.4]))


def survey_channel(c):
    return "wechat_survey" if c["city"] in CN else "sms_survey"


# ---------------------------------------------------------------- customers
def new_customer(cid, t0, channel, legacy=False):
    city = pick(list(CITIES), [v[4] for v in CITIES.values()])
    zh, region, *_ = CITIES[city]
    if channel is None:
        channel = pick(CHANNELS, CH_W_CN if city in CN else CH_W_EN)
    seg = pick(SEGMENTS, SEG_BY_CH[channel])
    cond = pick(CONDITIONS[seg], [x[2] for x in CONDITIONS[seg]])
    age = pick(["under_60", "60-69", "70-79", "80+"],
               [0.18, 0.30, 0.32, 0.20] if seg == "post_surgery" else [0.05, 0.17, 0.36, 0.42])
    mob = pick(list(MOBILITY), [0.55, 0.35, 0.10] if seg == "post_surgery" else
               ([0.25, 0.45, 0.30] if seg == "long_term_care" else [0.05, 0.25, 0.70]))
    carer = pick(["spouse", "adult_child", "paid_carer", "none"], [0.3, 0.4, 0.12, 0.18])
    if city in CN:
        payer = pick(["self_pay", "ltc_insurance", "private_insurance"],
                     [0.55, 0.30, 0.15] if city in ("Shanghai", "Chengdu") else [0.82, 0.0, 0.18])
    else:
        payer = pick(["self_pay", "private_insurance", "government_scheme"], [0.5, 0.25, 0.25])
    lang = "zh" if city in CN or (city == "Toronto" and rng.random() < 0.10) else "en"
    c = dict(customer_id=cid, signup_at=t0, segment=seg, 客户类型=SEG_ZH[seg], region=region, city=city, 城市=zh,
             acquisition_channel=channel, age_band=age, condition=cond[0], 病情=cond[1], mobility=mob,
             行动能力=MOBILITY[mob], carer=carer, payer_type=payer, 付费方=PAYER_ZH[payer],
             preferred_language=lang, _legacy=legacy)
    W.customers.append(c)
    return c


def pay_method(c, otype):
    if c["payer_type"] in ("private_insurance", "ltc_insurance") and otype in ("rental", "purchase", "buyout"):
        return "insurer_direct"
    if c["payer_type"] == "government_scheme" and otype in ("rental", "purchase"):
        return "government_invoice"
    if c["city"] in CN:
        return pick(["wechat_pay", "alipay", "bank_transfer"], [0.5, 0.35, 0.15])
    if otype == "rental":
        return pick(["direct_debit", "card"], [0.7, 0.3])
    return pick(["card", "bank_transfer"], [0.75, 0.25])


def choose_model(cat, c):
    names = [m for m, v in MODELS.items() if v[0] == cat]
    w = [MODELS[m][3] for m in names]
    if cat == "wheelchair" and c["mobility"] == "non_ambulatory":
        w = [0.3, 0.2, 0.5]
    return pick(names, w)


def kind_of(model):
    cat = MODELS[model][0]
    return "power_chair" if model == "WC-Power E5" else cat


def support_call(c, t, reason, **extra):
    ch = "wechat" if (c["city"] in CN and rng.random() < 0.45) else ("email" if rng.random() < 0.12 else "phone")
    wait = int(rng.gamma(2.0, 60)) if ch == "phone" else None
    return W.ev(c, t, "tp_support_call", "resolved" if rng.random() < 0.86 else "escalated", ch,
                call_reason=reason, 来电原因=CALL_REASON[reason], wait_sec=wait, **extra)


# ---------------------------------------------------------------- the funnel for a new enquiry
def enquiry(c, t0):
    ch = c["acquisition_channel"]
    city = c["city"]
    cat = pick(CATS, CAT_BY_SEG[c["segment"]])
    if city in CN and cat == "wheelchair" and rng.random() < 0.15:
        cat = "hospital_bed"
    extra = dict(product_interest=cat, 产品类别=CAT_ZH[cat])
    device = session = None
    if ch == "discharge_referral":
        action, src = "referral_received", pick(HOSPITALS[city])
        extra["discharge_date"] = (t0 + timedelta(days=int(rng.integers(1, 6)))).date().isoformat()
    elif ch == "pharmacy_partner":
        action, src = "referral_received", PHARMACIES[city]
    elif ch == "web_search":
        action, src = "form_submitted", "Baidu" if city in CN else "Google"
        device = pick(["pc", "ios", "android"], [0.45, 0.30, 0.25])
        session = f"ws{rng.integers(10**8):08d}"
    elif ch == "wechat":
        action, src = "form_submitted", "WeChat mini-program"
        device = pick(["ios", "android"], [0.45, 0.55])
        session = f"mp{rng.integers(10**8):08d}"
    else:
        action, src = "call_in", "direct_line"
    W.ev(c, t0, "tp_enquiry", action, ch, device=device, session_id=session, referral_source=src, **extra)
    if rng.random() < 0.02:                                  # duplicate / spam lead, never worked
        return
    # needs assessment call
    probs = {"web_search": [0.58, 0.34, 0.08], "discharge_referral": [0.92, 0.05, 0.03],
             "pharmacy_partner": [0.88, 0.07, 0.05], "wechat": [0.84, 0.10, 0.06], "phone": [0.93, 0.03, 0.04]}[ch]
    t1 = later(t0, 0.05, 1.0) if ch == "discharge_referral" else later(t0, 0.2, 3.0)
    out = pick(["completed", "unreachable", "declined"], probs)
    staff = pick(STAFF[city])
    if out == "completed":
        W.ev(c, t1, "tp_assessment_call", "completed", "phone", attempts=int(pick([1, 2, 3], [0.7, 0.22, 0.08])),
             call_minutes=int(rng.integers(10, 36)), care_advisor=staff, product_interest=cat, 产品类别=CAT_ZH[cat])
    else:
        W.ev(c, t1, "tp_assessment_call", out, "phone", attempts=3 if out == "unreachable" else 1,
             call_minutes=None if out == "unreachable" else int(rng.integers(3, 10)), care_advisor=staff,
             product_interest=cat, 产品类别=CAT_ZH[cat])
        if out == "unreachable" and rng.random() < (0.12 if ch == "web_search" else 0.05):
            W.fb(c, later(t1, 1, 6), "no_callback", pick(["web_chat", "email", "google_review"]
                                                          if city not in CN else ["web_chat", "dianping_review"]),
                 "tp_assessment_call", rating=int(pick([1, 2], [0.6, 0.4])))
        return
    # product fitting
    loc = pick(list(FIT_LOC), {"discharge_referral": [0.45, 0.10, 0.45], "pharmacy_partner": [0.45, 0.55, 0.0],
                               "web_search": [0.5, 0.5, 0.0], "wechat": [0.6, 0.4, 0.0],
                               "phone": [0.7, 0.3, 0.0]}[ch])
    model = choose_model(cat, c)
    t2 = later(t1, 0.3, 2.0) if loc == "hospital_ward" else later(t1, 1.0, 6.0)
    fitter = pick(STAFF[city])
    noshow_p = {"showroom": 0.13, "home": 0.03, "hospital_ward": 0.04}[loc]
    fextra = dict(fitting_location=loc, 适配地点=FIT_LOC[loc], fitter=fitter, product_category=cat,
                  产品类别=CAT_ZH[cat], product_model=model)
    for attempt in range(2):
        r = rng.random()
        if r < noshow_p:
            W.ev(c, t2, "tp_fitting", "no_show", "store" if loc == "showroom" else "field", **fextra)
            if attempt == 0 and rng.random() < 0.55:
                t2 = later(t2, 2.0, 6.0)
                noshow_p /= 2
                continue
            return
        if r < noshow_p + 0.07:
            W.ev(c, t2, "tp_fitting", "refit_needed", "store" if loc == "showroom" else "field",
                 fitting_minutes=int(rng.integers(30, 70)), **fextra)
            t2 = later(t2, 1.0, 4.0)
        if cat == "wheelchair":
            fextra["seat_width_cm"] = int(pick([41, 43, 46, 48, 51]))
        fitted = W.ev(c, t2, "tp_fitting", "fitted", "store" if loc == "showroom" else "field",
                      fitting_minutes=int(rng.integers(30, 90)), **fextra)
        break
    if rng.random() < 0.05:
        W.fb(c, later(t2, 0.5, 3), "fitter_praise", survey_channel(c), "tp_fitting", rating=5)
    elif cat == "wheelchair" and rng.random() < 0.02:
        W.fb(c, later(t2, 0.5, 3), "too_heavy", survey_channel(c), "tp_fitting", rating=int(pick([2, 3])))
    # contract
    purchase_p = {"post_surgery": 0.10, "long_term_care": 0.55, "palliative": 0.08}[c["segment"]]
    if city in CN:
        purchase_p += 0.10
    ctype = "purchase" if rng.random() < purchase_p else "rental"
    sign_p = {"web_search": 0.76, "wechat": 0.84}.get(ch, 0.88)
    if ctype == "purchase" and cat == "mobility_scooter":
        sign_p -= 0.06
    sign = rng.random() < sign_p
    if sign and rng.random() < 0.6:
        tc = fitted["ts"] + timedelta(minutes=int(rng.integers(10, 90)))
    else:
        tq = later(t2, 1.0, 5.0)
        if sign:
            W.ev(c, tq, "tp_quote_followup", "accepted", "phone", sales_rep=pick(STAFF[city]))
            tc = later(tq, 0.0, 1.5)
        else:
            if rng.random() < 0.75:
                d = pick(DECLINE, [x[2] for x in DECLINE])
                if d[0] == "insurance_not_approved" and c["payer_type"] == "self_pay":
                    d = DECLINE[0]
                W.ev(c, tq, "tp_quote_followup", "declined", "phone", sales_rep=pick(STAFF[city]),
                     decline_reason=d[0], 未签约原因=d[1])
                if d[0] == "price_too_high" and rng.random() < 0.12:
                    W.fb(c, later(tq, 0, 3), "price", "call_note", "tp_quote_followup", rating=2)
            else:
                W.ev(c, tq, "tp_quote_followup", "no_response", "phone", sales_rep=pick(STAFF[city]))
            return
    sign_contract(c, tc, ctype, cat, model, loc)


def sign_contract(c, tc, ctype, cat, model, loc, legacy=False):
    city = c["city"]
    c["_ctype"] = ctype
    cn = 0.55 if city in CN else 1.0
    price_usd = MODELS[model][1] * cn * float(rng.uniform(0.93, 1.07))
    rate_usd = MODELS[model][2] * cn * float(rng.uniform(0.95, 1.05))
    fx = CITIES[city][3]
    contract_no = f"CT{len(W.customers):05d}{int(rng.integers(100)):02d}"
    seg = c["segment"]
    if ctype == "rental":
        weeks = int({"post_surgery": rng.integers(4, 13), "long_term_care": rng.integers(26, 79),
                     "palliative": rng.integers(2, 17)}[seg])
    else:
        weeks = None
    deposit_local = round((150 if cat != "wheelchair" or model == "WC-Power E5" else 60) * cn / fx / 5) * 5
    ch = "showroom" if loc == "showroom" else ("e_sign" if rng.random() < 0.35 else "home_visit")
    W.ev(c, tc, "tp_contract", f"{ctype}_signed", ch, contract_no=contract_no, contract_type=ctype,
         合同类型={"rental": "租赁", "purchase": "购买"}[ctype], product_category=cat, 产品类别=CAT_ZH[cat],
         product_model=model, payer_type=c["payer_type"], 付费方=PAYER_ZH[c["payer_type"]],
         rental_weeks_planned=weeks, rate_4w_local=round(rate_usd / fx, 2) if ctype == "rental" else None,
         deposit_local=deposit_local if ctype == "rental" else None,
         list_price_local=round(price_usd / fx, 2))
    common = dict(product_category=cat, product_model=model, contract_no=contract_no, payer_type=c["payer_type"])
    if ctype == "purchase":
        cancelled = rng.random() < 0.025
        W.order(c, tc, "purchase", price_usd, "cancelled" if cancelled else "paid", ch,
                payment_method=pay_method(c, "purchase"), **common)
        if cancelled:
            return
    # delivery
    if c["acquisition_channel"] == "discharge_referral" and ctype == "rental" and not legacy:
        td = later(tc, 0.3, 2.0)
    elif ctype == "purchase" and model in BACKORDER:
        td = later(tc, 7, 25)
    else:
        td = later(tc, 1.0, 4.0)
    late_p = 0.075
    if city == "London" and COURIER_SWITCH[0] <= td < COURIER_SWITCH[1]:
        late_p = 0.46
    elif city == "London" and COURIER_SWITCH[1] <= td < datetime(2026, 4, 20):
        late_p = 0.14
    dextra = dict(delivery_team=f"{city[:3].upper()}-T{int(rng.integers(1, 5))}", slot=pick(["am", "pm"]),
                  product_category=cat, 产品类别=CAT_ZH[cat], product_model=model, contract_no=contract_no)
    first = True
    while True:
        r = rng.random()
        if first and r < 0.04:
            reason = pick(list(FAILED), [0.7, 0.3])
            W.ev(c, td, "tp_delivery", "failed_attempt", "field", failed_reason=reason, 未送达原因=FAILED[reason],
                 **dextra)
            td = later(td, 1.0, 3.0)
            first = False
            continue
        if r < 0.04 + late_p:
            if late_p > 0.3 and rng.random() < 0.8:
                reason = "courier_changeover"
            else:
                reason = pick(["traffic", "stock_not_ready", "previous_job_overran", "vehicle_breakdown"],
                              [0.4, 0.2, 0.3, 0.1])
            hours = round(float(rng.gamma(2.0, 3.0 if reason != "courier_changeover" else 7.0)) + 0.5, 1)
            if rng.random() < 0.35:
                support_call(c, td - timedelta(minutes=int(rng.integers(30, 240))), "delivery_status")
            W.ev(c, td, "tp_delivery", "delivered_late", "field", hours_late=hours, delay_reason=reason,
                 延误原因=DELAY[reason], setup_minutes=int(rng.integers(15, 90)) if cat == "hospital_bed" else None,
                 **dextra)
            late = True
        else:
            W.ev(c, td, "tp_delivery", "delivered_on_time", "field",
                 setup_minutes=int(rng.integers(15, 90)) if cat == "hospital_bed" else None, **dextra)
            late = False
        break
    # delivery feedback
    if rng.random() < (0.30 if late else 0.18):
        if late and rng.random() < 0.75:
            W.fb(c, later(td, 0.1, 3), "late_delivery", survey_channel(c), "tp_delivery", rating=rating_for("negative"))
        elif cat == "hospital_bed" and rng.random() < 0.12:
            W.fb(c, later(td, 0.1, 3), "bed_setup", survey_channel(c), "tp_delivery", rating=rating_for("negative"))
        elif rng.random() < 0.35:
            W.fb(c, later(td, 0.1, 3), "crew_praise", survey_channel(c), "tp_delivery", rating=5)
        else:
            s = pick(["positive", "neutral", "negative"], [0.6, 0.25, 0.15] if not late else [0.2, 0.3, 0.5])
            W.fb(c, later(td, 0.1, 3), "generic", survey_channel(c), "tp_delivery", rating=rating_for(s), sentiment=s)
    if rng.random() < 0.012:      # paper comment card left with the crew, typed in later without a date
        s = pick(["positive", "neutral", "negative"], [0.6, 0.25, 0.15])
        topic = "crew_praise" if (s == "positive" and rng.random() < 0.4) else "generic"
        W.fb(c, None, topic, "comment_card", "tp_delivery", rating=rating_for(s), sentiment=s)
    c["_delivered"] = td
    c["_late"] = c.get("_late", False) or late
    aftercare(c, td, ctype, cat, model, weeks, rate_usd, price_usd, deposit_local, common)


def aftercare(c, start, ctype, cat, model, weeks, rate_usd, price_usd, deposit_local, common):
    city = c["city"]
    kind = kind_of(model)
    if ctype == "rental":
        extend = 0
        if c["segment"] == "post_surgery" and rng.random() < 0.25:
            extend = int(rng.integers(2, 9))
        end = start + timedelta(days=7 * (weeks + extend) + float(rng.uniform(-3, 3)))
        buyout_at = None
        bp = {"post_surgery": 0.04, "long_term_care": 0.28 if cat == "mobility_scooter" else 0.16,
              "palliative": 0.02}[c["segment"]]
        if weeks >= 6 and rng.random() < bp:
            buyout_at = start + timedelta(days=7 * float(rng.uniform(6, weeks)))
            end = buyout_at
        if extend:
            support_call(c, start + timedelta(days=7 * weeks - float(rng.uniform(3, 10))), "extend_rental",
                         extension_weeks=extend)
    else:
        end = EXTRACT + timedelta(days=400)
        buyout_at = None
    horizon = min(end, EXTRACT + timedelta(days=1))
    # rental invoices every 4 weeks in advance
    if ctype == "rental":
        t = start
        n = 0
        while t < end and t <= EXTRACT:
            unpaid = c["payer_type"] == "self_pay" and rng.random() < (0.12 if (EXTRACT - t).days < 28 else 0.02)
            W.order(c, t, "rental", rate_usd, "unpaid" if unpaid else "paid", "auto_billing",
                    payment_method=pay_method(c, "rental"), billing_cycle=n + 1, **common)
            n += 1
            t = t + timedelta(days=28)
    # scheduled servicing
    if kind in SERVICE_EVERY_W:
        t = start + timedelta(weeks=SERVICE_EVERY_W[kind])
        while t < horizon:
            tt = daytime(t)
            W.ev(c, tt, "tp_maintenance", "serviced", "field", visit_type="scheduled", technician=pick(STAFF[city]),
                 product_category=cat, 产品类别=CAT_ZH[cat], product_model=model)
            t += timedelta(weeks=SERVICE_EVERY_W[kind])
    # breakdowns
    t = start
    while True:
        gap = float(rng.exponential(28 / BREAKDOWN_PER_4W[kind]))
        t = t + timedelta(days=gap)
        if t >= horizon:
            break
        tb = daytime(t)
        issue = pick([x[0] for x in ISSUES[kind]], [x[1] for x in ISSUES[kind]])
        support_call(c, tb, "fault_report", issue_type=issue, 故障类型=ISSUE_ZH[issue])
        tv = tb + timedelta(hours=float(rng.gamma(2.2, 17.0 if city == "Chengdu" else 10.0)) + 2)
        if tv.hour < 8:
            tv = tv.replace(hour=8) + timedelta(minutes=int(rng.integers(0, 120)))
        elif tv.hour >= 19:
            tv = datetime(tv.year, tv.month, tv.day, 8) + timedelta(days=1, minutes=int(rng.integers(0, 120)))
        resp = round((tv - tb).total_seconds() / 3600, 1)
        r = rng.random()
        action = "fixed_first_visit" if r < 0.78 else ("follow_up_needed" if r < 0.93 else "unit_swapped")
        W.ev(c, tv, "tp_maintenance", action, "field", visit_type="breakdown", issue_type=issue,
             故障类型=ISSUE_ZH[issue], response_hours=resp, technician=pick(STAFF[city]), product_category=cat,
             产品类别=CAT_ZH[cat], product_model=model)
        if action == "follow_up_needed":
            tv = later(tv, 3, 10)
            W.ev(c, tv, "tp_maintenance", "fixed_after_parts", "field", visit_type="follow_up", issue_type=issue,
                 故障类型=ISSUE_ZH[issue], technician=pick(STAFF[city]), product_category=cat,
                 产品类别=CAT_ZH[cat], product_model=model)
        if ctype == "purchase" and rng.random() < 0.2:
            W.order(c, tv, "repair", float(rng.uniform(40, 260)) * (0.55 if city in CN else 1), "paid", "field",
                    payment_method=pay_method(c, "repair"), issue_type=issue, **common)
        fr = rng.random()
        if issue == "battery" and fr < 0.22:
            W.fb(c, later(tv, 0.1, 2), "battery", pick(["call_note", survey_channel(c)]), "tp_maintenance",
                 rating=rating_for("negative"))
        elif resp > 40 and fr < 0.35:
            W.fb(c, later(tv, 0.1, 2), "repair_wait", pick(["call_note", survey_channel(c)]), "tp_maintenance",
                 rating=rating_for("negative"))
        elif fr < 0.08:
            s = pick(["positive", "neutral", "negative"], [0.5, 0.3, 0.2])
            W.fb(c, later(tv, 0.1, 2), "generic", survey_channel(c), "tp_maintenance", rating=rating_for(s),
                 sentiment=s)
        if kind == "mobility_scooter" and issue == "battery":
            c["_battery"] = True
    # random billing queries
    if ctype == "rental" and rng.random() < 0.10:
        tq = start + timedelta(days=float(rng.uniform(10, max(11, (horizon - start).days))))
        support_call(c, daytime(tq), "billing_query")
        if rng.random() < 0.3:
            W.fb(c, later(tq, 0, 2), "billing", "call_note", "tp_support_call", rating=2)
    if ctype == "purchase":
        c["_owner"] = True
        return
    if buyout_at is not None:
        tb = daytime(buyout_at)
        W.ev(c, tb, "tp_buyout", "bought_out", "phone", product_category=cat, 产品类别=CAT_ZH[cat],
             product_model=model, weeks_rented=round((buyout_at - start).days / 7, 1))
        W.order(c, tb, "buyout", max(0.35, 1 - 0.025 * (buyout_at - start).days / 7) * price_usd, "paid", "phone",
                payment_method=pay_method(c, "buyout"), **common)
        c["_owner"] = True
        return
    # return pickup
    if c["segment"] == "palliative":
        reason = pick(["patient_deceased", "no_longer_needed", "moved_to_care_home"], [0.55, 0.25, 0.20])
    elif c["segment"] == "post_surgery":
        reason = pick(["recovered", "rental_period_over", "no_longer_needed"], [0.7, 0.2, 0.1])
    else:
        reason = pick(["rental_period_over", "moved_to_care_home", "patient_deceased", "no_longer_needed"],
                      [0.4, 0.25, 0.15, 0.2])
    tr = daytime(end)
    if rng.random() < 0.7:
        support_call(c, tr - timedelta(days=float(rng.uniform(2, 7))), "return_booking", return_reason=reason)
    rextra = dict(return_reason=reason, 归还原因=RETURN_REASON[reason], product_category=cat, 产品类别=CAT_ZH[cat],
                  product_model=model, contract_no=common["contract_no"],
                  collection_team=f"{city[:3].upper()}-T{int(rng.integers(1, 5))}")
    r = rng.random()
    missed = False
    if r < 0.06:
        W.ev(c, tr, "tp_return_pickup", "missed_by_team", "field", **rextra)
        tr = later(tr, 1, 4)
        missed = True
    elif r < 0.10:
        W.ev(c, tr, "tp_return_pickup", "customer_not_home", "field", **rextra)
        tr = later(tr, 1, 4)
    cond = pick(list(CONDITION), [0.62, 0.28, 0.06, 0.04])
    if tr >= DEPOSIT_SYSTEM_CHANGE:
        refund_days = int(np.clip(rng.gamma(6.0, 3.0), 6, 45))
    else:
        refund_days = int(np.clip(rng.gamma(5.0, 1.0), 2, 12))
    refunded = tr + timedelta(days=refund_days) <= EXTRACT
    W.ev(c, tr, "tp_return_pickup", "collected", "field", condition=cond, 归还状况=CONDITION[cond],
         deposit_local=deposit_local, deposit_refund_days=refund_days if refunded else None, **rextra)
    c["_returned"] = tr
    c["_refund_days"] = refund_days
    if cond in ("damaged", "missing_parts"):
        W.order(c, tr, "damage_fee", float(rng.uniform(30, 250)) * (0.55 if city in CN else 1),
                "paid" if rng.random() < 0.8 else "unpaid", "field", payment_method=pay_method(c, "damage_fee"),
                **common)
    if refund_days > 10 and rng.random() < 0.45:
        support_call(c, tr + timedelta(days=float(rng.uniform(8, refund_days))), "deposit_refund")
        if rng.random() < 0.10:
            W.fb(c, tr + timedelta(days=float(rng.uniform(9, refund_days + 3))), "deposit", "call_note",
                 "tp_support_call", rating=1)
    # post-return survey
    if rng.random() < 0.30:
        tf = later(tr, 1, 14) if refund_days <= 10 else tr + timedelta(days=float(rng.uniform(10, refund_days + 5)))
        if refund_days > 10 and rng.random() < 0.65:
            W.fb(c, tf, "deposit", survey_channel(c), "tp_return_pickup", rating=rating_for("negative"))
        elif missed and rng.random() < 0.7:
            W.fb(c, tf, "missed_pickup", survey_channel(c), "tp_return_pickup", rating=rating_for("negative"))
        else:
            s = pick(["positive", "neutral", "negative"], [0.55, 0.3, 0.15])
            W.fb(c, tf, "generic", survey_channel(c), "tp_return_pickup", rating=rating_for(s), sentiment=s)
    c["_missed"] = missed


# ---------------------------------------------------------------- build
def build():
    # legacy customers: contracts in H2 2024 (their enquiry, fitting, contract and delivery are before the data)
    n = 0
    for i in range(340):
        n += 1
        t0 = datetime(2024, 7, 1) + timedelta(days=float(rng.uniform(0, 180)))
        c = new_customer(f"C{n:05d}", daytime(t0), None, legacy=True)
        cat = pick(CATS, CAT_BY_SEG[c["segment"]])
        model = choose_model(cat, c)
        ctype = "rental" if rng.random() < 0.7 else "purchase"
        if c["segment"] == "post_surgery":          # rentals still running in 2025 are long-term ones
            cond = pick(CONDITIONS["long_term_care"], [x[2] for x in CONDITIONS["long_term_care"]])
            c.update(segment="long_term_care", 客户类型=SEG_ZH["long_term_care"], condition=cond[0], 病情=cond[1])
        sign_contract(c, daytime(t0 + timedelta(days=float(rng.uniform(3, 10)))), ctype, cat, model,
                      pick(list(FIT_LOC)), legacy=True)
    # new enquiries 2025-01-01 .. 2026-05-24, volume growing ~30 %, more in winter (falls, hip fractures)
    days = (LAST_ENQUIRY - START).days + 1
    for d in range(days):
        day = START + timedelta(days=d)
        lam = 14.0 * (1 + 0.30 * d / days) * (1 + 0.12 * np.cos(2 * np.pi * (day.month - 1) / 12))
        if day.weekday() >= 5:
            lam *= 0.45
        for _ in range(int(rng.poisson(lam))):
            n += 1
            t0 = daytime(day, 7, 21)
            c = new_customer(f"C{n:05d}", t0, None)
            enquiry(c, t0)


def nps_waves():
    waves = [("2025-Q2", datetime(2025, 6, 9)), ("2025-Q4", datetime(2025, 12, 8)), ("2026-Q2", datetime(2026, 5, 11))]
    delivered = [c for c in W.customers if c.get("_delivered")]
    for wave, sent in waves:
        for c in delivered:
            if c["_delivered"] >= sent - timedelta(days=14) or rng.random() > 0.26:
                continue
            returned = c.get("_returned")
            if returned and returned < sent - timedelta(days=200):
                continue
            pains = []
            recent_return = returned is not None and sent - timedelta(days=120) <= returned < sent
            if recent_return and c["_refund_days"] > 10:
                pains.append("deposit")
            if c.get("_missed") and recent_return:
                pains.append("missed_pickup")
            if c.get("_battery"):
                pains.append("battery")
            if c.get("_late") and c["_delivered"] >= sent - timedelta(days=150):
                pains.append("late_delivery")
            if pains and rng.random() < 0.8:
                score = int(pick(list(range(0, 8)), [0.08, 0.06, 0.1, 0.14, 0.16, 0.18, 0.16, 0.12]))
            else:
                score = int(pick(list(range(3, 11)), [0.02, 0.03, 0.05, 0.07, 0.13, 0.2, 0.27, 0.23]))
            t = daytime(sent + timedelta(days=float(rng.uniform(0, 9))))
            if rng.random() < 0.35:
                W.fb(c, t, "no_comment", "nps_survey", None, nps=score, survey_wave=wave)
            elif score <= 6 and pains:
                W.fb(c, t, pains[0], "nps_survey", None, nps=score, survey_wave=wave)
            elif score >= 9 and rng.random() < 0.4:
                W.fb(c, t, pick(["fitter_praise", "crew_praise"]), "nps_survey", None, nps=score, survey_wave=wave)
            else:
                s = "positive" if score >= 9 else ("neutral" if score >= 7 else pick(["negative", "neutral"]))
                if s == "negative" and rng.random() < 0.25:
                    W.fb(c, t, "price", "nps_survey", None, nps=score, survey_wave=wave)
                else:
                    W.fb(c, t, "generic", "nps_survey", None, nps=score, sentiment=s, survey_wave=wave)


def public_reviews():
    """Google / 大众点评 reviews, discharge nurses' comments (no customer_id), more comment cards."""
    for i in range(260):
        city = pick(list(CITIES), [v[4] for v in CITIES.values()])
        t = START + timedelta(days=float(rng.uniform(0, (EXTRACT - START).days)))
        ch = "dianping_review" if city in CN else "google_review"
        topic = pick(["generic", "price", "crew_praise", "fitter_praise", "late_delivery", "too_heavy",
                      "no_callback"], [0.45, 0.12, 0.12, 0.1, 0.1, 0.05, 0.06])
        tp = {"price": None, "crew_praise": "tp_delivery", "fitter_praise": "tp_fitting",
              "late_delivery": "tp_delivery", "too_heavy": None, "no_callback": "tp_assessment_call",
              "generic": None}[topic]
        s = pick(["positive", "neutral", "negative"], [0.5, 0.2, 0.3]) if topic == "generic" else TOPICS[topic][0]
        W.fb(None, daytime(t), topic, ch, tp, rating=rating_for(s), sentiment=s, respondent="public", city=city)
    for i in range(130):
        city = pick(list(CITIES), [v[4] for v in CITIES.values()])
        t = START + timedelta(days=float(rng.uniform(0, (EXTRACT - START).days)))
        topic = pick(["generic", "late_delivery", "bed_setup", "fitter_praise"], [0.5, 0.2, 0.1, 0.2])
        if city == "London" and COURIER_SWITCH[0] <= t < COURIER_SWITCH[1]:
            topic = "late_delivery"
        tp = {"generic": pick(["tp_assessment_call", "tp_delivery", "tp_fitting"]), "late_delivery": "tp_delivery",
              "bed_setup": "tp_delivery", "fitter_praise": "tp_fitting"}[topic]
        s = pick(["positive", "neutral", "negative"], [0.5, 0.3, 0.2]) if topic == "generic" else TOPICS[topic][0]
        W.fb(None, daytime(t), topic, "referrer_feedback", tp, sentiment=s, respondent="nurse", city=city,
             referring_hospital=pick(HOSPITALS[city]))
    # extra London nurse feedback in the courier month
    for i in range(12):
        t = COURIER_SWITCH[0] + timedelta(days=float(rng.uniform(2, 30)))
        W.fb(None, daytime(t), "late_delivery", "referrer_feedback", "tp_delivery", respondent="nurse",
             city="London", referring_hospital=pick(HOSPITALS["London"]))


def iso(t):
    return None if t is None or pd.isna(t) else t.strftime("%Y-%m-%dT%H:%M:%S")


def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    tp = pd.DataFrame([dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                            kind=t[5], owner=t[6], aliases=t[7]) for t in TPS])
    tp.to_csv(out / "touchpoints.csv", index=False)
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=s, window_days=j[3]) for j in JOURNEYS for k, s in enumerate(j[4])]
    pd.DataFrame(jr).to_csv(out / "journeys.csv", index=False)

    ev = pd.DataFrame(W.events)
    ev = ev[(ev.ts >= START) & (ev.ts <= EXTRACT)].sort_values(["ts", "event_id"])
    ev["ts"] = ev.ts.map(iso)
    int_cols = ["attempts", "call_minutes", "fitting_minutes", "seat_width_cm", "rental_weeks_planned",
                "setup_minutes", "wait_sec", "extension_weeks", "deposit_refund_days", "deposit_local"]
    for col in int_cols:
        if col in ev:
            ev[col] = ev[col].astype("Int64")
    # exact re-sends from the field app (same event_id, same content)
    dup = ev[ev.touchpoint_id.isin(["tp_delivery", "tp_maintenance", "tp_return_pickup"])].sample(
        36, random_state=SEED)
    ev = pd.concat([ev, dup]).sort_values(["ts", "event_id"])
    ev.to_csv(out / "events.csv", index=False)

    od = pd.DataFrame(W.orders)
    od = od[(od.ts >= START) & (od.ts <= EXTRACT)].sort_values("ts")
    od["ts"] = od.ts.map(iso)
    od["付款方式"] = od.payment_method.map(PAY_ZH)
    od["billing_cycle"] = od.billing_cycle.astype("Int64")
    od.to_csv(out / "orders.csv", index=False)

    fb = pd.DataFrame(W.feedback)
    keep = fb.ts.isna() | ((fb.ts >= START) & (fb.ts <= EXTRACT))
    fb = fb[keep].copy()
    fb["ts"] = fb.ts.map(iso)
    fb["rating"] = fb.rating.astype("Int64")
    fb["nps"] = fb.nps.astype("Int64")
    truth = fb[["feedback_id", "_topic", "_sentiment"]].rename(columns={"_topic": "topic", "_sentiment": "sentiment"})
    truth.to_csv(out / "_truth" / "feedback_truth.csv", index=False)
    fb = fb.drop(columns=["_topic", "_sentiment"])
    fb.to_csv(out / "feedback.csv", index=False)

    # customers: lifecycle as of the extract
    evs = pd.DataFrame(W.events)
    evs = evs[evs.ts <= EXTRACT]

    def who(tpid, actions=None):
        sub = evs[evs.touchpoint_id == tpid]
        if actions:
            sub = sub[sub.action.isin(actions)]
        return set(sub.customer_id)
    bought, returned = who("tp_buyout"), who("tp_return_pickup", ["collected"])
    delivered = who("tp_delivery", ["delivered_on_time", "delivered_late"])
    signed = who("tp_contract")
    cancelled = set(od[(od.order_type == "purchase") & (od.status == "cancelled")].customer_id)
    rows = []
    for c in W.customers:
        cid = c["customer_id"]
        if cid in bought:
            life = "owner"
        elif cid in returned:
            life = "past_rental"
        elif cid in cancelled:
            life = "cancelled"
        elif cid in delivered or c["_legacy"]:
            life = "owner" if c["_ctype"] == "purchase" else "active_rental"
        elif cid in signed:
            life = "awaiting_delivery"
        else:
            life = "lead_only"
        r = {k: v for k, v in c.items() if not k.startswith("_")}
        r["signup_at"] = iso(c["signup_at"])
        r["lifecycle"] = life
        rows.append(r)
    pd.DataFrame(rows).to_csv(out / "customers.csv", index=False)
    return ev, od, fb


def main() -> int:
    out = Path(sys.argv[1])
    build()
    nps_waves()
    public_reviews()
    ev, od, fb = write(out)
    print(f"customers {len(W.customers)}, events {len(ev)}, orders {len(od)}, feedback {len(fb)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
