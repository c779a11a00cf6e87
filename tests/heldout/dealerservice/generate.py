"""华骏汽车 Huajun Motor Group: after-sales service journey of a six-store 4S dealer group in the Yangtze River Delta
(synthetic, written blind).

Owners (one `customer_id` = one car owner, one car) get a maintenance reminder (保养提醒: SMS, WeChat service-account
message, or a phone call from their service advisor for gold members), book a slot (在线预约: mini-program, app or
the 400 hotline) or walk in, check in at the service bay (到店接车), the car is inspected and quoted (检查报价, often
with recommended extra items), the customer approves or declines the extra work (增项确认, WeChat e-quote, phone or in
person), the workshop does the job (维修保养作业, sometimes waiting for parts), quality check (质检, failed checks are
reworked), pickup and payment (交车结算), a follow-up call 1-3 days later (回访), and the next-service return. Service
invoices, parts-mall sales and prepaid maintenance packages are orders; feedback comes from follow-up calls, the 400
complaint hotline, app-store reviews and 大众点评 / 小红书 reviews.

Data 2025-01-01 .. 2026-06-30 (DMS / CRM extract taken early July 2026). Naive Beijing time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260702), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260702
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
APP_BUG = (datetime(2026, 3, 2), datetime(2026, 3, 27))   # mini-program v3.0: bookings not pushed to the store DMS
QC_WUXI = (datetime(2025, 8, 1), datetime(2025, 9, 1))    # Wuxi: new technicians in the A/C season, QC fails
RECALL = (datetime(2025, 9, 15), datetime(2026, 3, 31))   # Nissan Sylphy fuel-pump recall campaign
CLOSED = [(datetime(2025, 1, 28), datetime(2025, 2, 4)), (datetime(2026, 2, 15), datetime(2026, 2, 22))]  # 春节

N_OLD, N_NEW = 4300, 1500

STORES = {  # id: zh, en, city, province, brand_zh, brand_en, weight, wait median (min), extra-rec p,
    #           approval (approved, partial, declined), parts-wait p (repair/body), base maintenance price
    "S01": ("杭州西湖一汽-大众4S店", "Hangzhou Xihu VW", "杭州", "浙江", "一汽-大众", "FAW-VW", 0.22, 9,
            0.38, (0.56, 0.20, 0.24), 0.07, 690),
    "S02": ("杭州滨江广汽丰田4S店", "Hangzhou Binjiang Toyota", "杭州", "浙江", "广汽丰田", "GAC Toyota", 0.18, 8,
            0.35, (0.58, 0.19, 0.23), 0.06, 530),
    "S03": ("宁波鄞州一汽-大众4S店", "Ningbo Yinzhou VW", "宁波", "浙江", "一汽-大众", "FAW-VW", 0.14, 10,
            0.40, (0.55, 0.20, 0.25), 0.07, 660),
    "S04": ("苏州园区上汽别克4S店", "Suzhou SIP Buick", "苏州", "江苏", "上汽别克", "SAIC Buick", 0.16, 9,
            0.80, (0.27, 0.14, 0.59), 0.07, 720),
    "S05": ("无锡新吴广汽丰田4S店", "Wuxi Xinwu Toyota", "无锡", "江苏", "广汽丰田", "GAC Toyota", 0.14, 11,
            0.37, (0.57, 0.20, 0.23), 0.06, 520),
    "S06": ("上海嘉定东风日产4S店", "Shanghai Jiading Nissan", "上海", "上海", "东风日产", "Dongfeng Nissan", 0.16, 15,
            0.36, (0.55, 0.21, 0.24), 0.40, 560),
}
MODELS = {  # brand_en: [(zh, en, ev, weight)]
    "FAW-VW": [("速腾", "Sagitar", False, 0.38), ("迈腾", "Magotan", False, 0.30), ("探岳", "Tayron", False, 0.22),
               ("ID.4 CROZZ", "ID.4 CROZZ", True, 0.10)],
    "GAC Toyota": [("凯美瑞", "Camry", False, 0.36), ("雷凌", "Levin", False, 0.30), ("汉兰达", "Highlander", False, 0.24),
                   ("bZ4X", "bZ4X", True, 0.10)],
    "SAIC Buick": [("君威", "Regal", False, 0.30), ("昂科威", "Envision", False, 0.40), ("GL8", "GL8", False, 0.30)],
    "Dongfeng Nissan": [("轩逸", "Sylphy", False, 0.50), ("天籁", "Teana", False, 0.25), ("奇骏", "X-Trail", False, 0.25)],
}
ADVISORS = {"S01": ["王磊", "陈静", "刘洋", "赵敏"], "S02": ["周杰", "吴婷", "孙浩", "李娜"],
            "S03": ["郑伟", "何雪", "冯涛", "朱丽"], "S04": ["沈斌", "许芳", "韩冬", "曹颖"],
            "S05": ["邓超", "彭琳", "蒋勇", "蔡敏"], "S06": ["唐骏", "袁媛", "潘磊", "杜鹃"]}
CALL_AGENTS = ["客关-01 林晓", "客关-02 钱悦", "客关-03 方圆", "客关-04 姚佳", "客关-05 程琪", "客关-06 严欣"]
EXTRA_ITEMS = [  # zh, en, price, weight
    ("刹车片", "brake pads", 680, 0.16), ("刹车油", "brake fluid", 280, 0.12), ("空调滤芯", "cabin air filter", 160, 0.18),
    ("蓄电池", "battery", 880, 0.08), ("轮胎", "tyres", 1400, 0.08), ("雨刮片", "wiper blades", 180, 0.12),
    ("火花塞", "spark plugs", 520, 0.08), ("变速箱油", "transmission fluid", 950, 0.06),
    ("节气门清洗", "throttle cleaning", 260, 0.07), ("燃油系统清洗", "fuel system cleaning", 380, 0.05)]
STYPES = {"maintenance": "常规保养", "repair": "故障维修", "body_paint": "钣金喷漆", "warranty": "质保维修",
          "recall": "召回"}
PAYERS = {"customer": "客户自费", "insurance": "保险公司", "oem": "厂家索赔"}
PAY_METHODS = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_card": "银行卡", "stored_value": "会员储值",
               "insurance_direct": "保险直赔", "oem_claim": "厂家结算"}
ACQ = {"bought_here": "本店购车", "transfer_in": "外店转入", "insurance_referral": "保险推修",
       "online_promo": "线上团购引流", "referral": "老客推荐"}
TIERS = {"standard": "普卡", "silver": "银卡", "gold": "金卡"}
PARTS = [("原厂机油 4L", "OEM engine oil 4L", 420), ("雨刮片套装", "wiper set", 168), ("全包围脚垫", "floor mats", 598),
         ("行车记录仪", "dash cam", 899), ("车载充电器", "car charger", 129), ("防冻液", "coolant", 158),
         ("空调滤芯", "cabin air filter", 138), ("车衣", "car cover", 329), ("儿童安全座椅", "child seat", 1680),
         ("玻璃水", "washer fluid", 39)]
HOTLINE_CAT = {"billing": "收费争议", "quality": "维修质量", "waiting": "等待时间", "booking": "预约问题",
               "attitude": "服务态度", "parts": "配件问题", "mall": "商城订单"}
INQUIRY_CAT = {"booking_inquiry": "预约咨询", "price_inquiry": "价格咨询", "insurance_inquiry": "保险咨询",
               "recall_inquiry": "召回咨询"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_reminder", "保养提醒", "Service reminder", "awareness", "other", "digital", "crm",
     "提醒|保养提醒|到期提醒|短信提醒|微信提醒|邀约|reminder|service reminder|maintenance reminder|SMS reminder"),
    ("tp_booking", "在线预约", "Service booking", "consideration", "mini_program", "digital", "digital",
     "预约|约保养|预约单|小程序预约|线上预约|booking|appointment|book a slot|online booking"),
    ("tp_checkin", "到店接车", "Arrival and check-in", "service", "store", "physical", "service_reception",
     "到店|接车|进厂|前台接待|开单|check-in|arrival|reception|service bay|drop-off"),
    ("tp_inspection", "检查报价", "Inspection and quote", "service", "store", "physical", "service_reception",
     "检查|环检|报价|估价|电子报价|inspection|quote|estimate|diagnosis"),
    ("tp_approval", "增项确认", "Extra work approval", "purchase", "store", "physical", "service_reception",
     "增项|加项|追加项目|客户确认|增项审批|extra work|add-on approval|approval|additional work|upsell"),
    ("tp_repair", "维修保养作业", "Repair and maintenance work", "service", "store", "physical", "workshop",
     "维修|保养作业|车间|施工|修车|repair|maintenance job|workshop|service work"),
    ("tp_qc", "质检", "Quality check", "service", "store", "physical", "quality",
     "质检|终检|检验|返工|quality check|QC|final inspection|rework"),
    ("tp_pickup", "交车结算", "Pickup and payment", "purchase", "store", "physical", "service_reception",
     "交车|取车|结算|付款|结账|pickup|collection|payment|checkout|invoice"),
    ("tp_followup", "回访", "Follow-up call", "loyalty", "phone", "digital", "customer_care",
     "回访|满意度回访|电话回访|客户回访|follow-up|follow-up call|CSI call|satisfaction call"),
    ("tp_hotline", "400客服热线", "Customer care hotline", "service", "phone", "digital", "customer_care",
     "400|客服热线|投诉热线|客户关怀|投诉|hotline|complaint line|customer care|call centre"),
    ("tp_parts_mall", "配件商城", "Parts and accessories shop", "purchase", "mini_program", "digital", "parts",
     "商城|配件|精品|原厂配件|车主商城|parts shop|accessories|parts mall|online shop"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("reminder", "保养提醒转化", "Reminder to visit", ["tp_reminder", "tp_booking", "tp_checkin"], 30),
    ("booking", "预约进厂", "Booking to pickup", ["tp_booking", "tp_checkin", "tp_pickup"], 14),
    ("workshop", "进厂服务流程", "In-shop service", ["tp_checkin", "tp_inspection", "tp_repair", "tp_qc", "tp_pickup"],
     21),
    ("retention", "保养回厂", "Service return", ["tp_pickup", "tp_checkin"], 240),
]

# ---------------------------------------------------------------- feedback texts
# topic markers (gold.py counts these): confirm 预约确认 / booking confirmation; upsell 推销 / upsell;
# parts 等配件 / waiting for parts; queue 排队 / queue; rework 返工 / rework; price 太贵 / too expensive;
# advisor 服务顾问 / service advisor; wash 洗车 / car wash; texts 短信太多 / too many texts;
# callspam 回访电话 / follow-up call; crash 闪退 / crash; mall 商城 / online shop.
TEXT = {
    ("confirm", "zh", "neg"): [
        "小程序上约好了，一直没收到预约确认，到店前台说系统里没有我的单子，白跑一趟",
        "预约确认迟迟不来，打电话去店里才知道根本没约上，新版小程序太坑了",
        "约了周六上午保养，没有任何预约确认消息，到了现场又重新排，浪费半天",
        "新版本预约完显示成功，但门店收不到，没有预约确认，希望尽快修复",
        "预约确认短信和微信都没有，我以为约上了结果没约上，体验很差"],
    ("confirm", "en", "neg"): [
        "Booked a service in the mini program but never got a booking confirmation, the store had no record of it.",
        "No booking confirmation after the app update - turned up and they had no slot for me.",
        "The booking confirmation never arrived, I had to call the dealer to find out the booking did not go through."],
    ("upsell", "zh", "neg"): [
        "只是来做个常规保养，服务顾问不停推销刹车片和各种清洗，感觉被当成韭菜",
        "每次来都推销一堆增项，清洗节气门、换刹车油，不做就一直打电话催",
        "电子报价里塞了好几个加项，明明刚换过的也推销，太套路了",
        "保养就保养，别老推销，拒绝了还摆脸色",
        "增项太多了，推销意味太明显，下次考虑去别家做保养"],
    ("upsell", "en", "neg"): [
        "Came in for a routine service and got a long list of add-ons, felt like a hard upsell.",
        "Too much upsell - they pushed brake fluid and a fuel system clean I did not need.",
        "Every visit is an upsell attempt, they keep calling to approve extra items."],
    ("parts", "zh", "neg"): [
        "车子放店里一个多星期，一直说在等配件，也没人主动告知进度",
        "说好三天修好，结果等配件等了十天，出行全打乱了",
        "等配件的时间太长了，原厂件要从总部调，没有代步车",
        "修个空调等配件等了一周，问了好几次都说快了"],
    ("parts", "en", "neg"): [
        "My car sat at the dealer for over a week waiting for parts, nobody updated me.",
        "Repair took ten days because they were waiting for parts from the warehouse.",
        "Waiting for parts again, third time I had to chase them for an update."],
    ("queue", "zh", "neg"): [
        "到店排队接车排了四十分钟，前台就两个人，周末根本忙不过来",
        "没预约直接去的，排队等接车等了快一个小时",
        "接待区排队太久，预约了也要等，预约的意义在哪",
        "早上八点半到店，排队开单排到九点半"],
    ("queue", "en", "neg"): [
        "Waited almost an hour in the queue at reception before anyone checked my car in.",
        "Long queue at the service reception even with a booking.",
        "The check-in queue on Saturday morning was ridiculous."],
    ("rework", "zh", "neg"): [
        "修完交车发现异响还在，又返工了一次，耽误两天",
        "质检没查出来，回家路上故障灯又亮了，只能回去返工",
        "保养完漏油，回店返工，质量把关不严",
        "交车时说质检过了，结果当天又返工，体验不好"],
    ("rework", "en", "neg"): [
        "The noise was still there after the repair, they had to rework it the next day.",
        "Picked up the car and the warning light came back on, another rework visit.",
        "Quality check clearly missed it, the job needed rework."],
    ("price", "zh", "neg"): [
        "一次小保养一千多，工时费太贵了，比外面快修店贵一倍",
        "结算的时候才知道这么多钱，配件价格太贵",
        "原厂保养价格太贵，性价比不高",
        "账单比报价多了好几百，总体太贵了"],
    ("price", "en", "neg"): [
        "Way too expensive for a basic service, labour rates are double the independent garages.",
        "The final bill was too expensive compared to the quote.",
        "Parts are too expensive at the dealer."],
    ("advisor", "zh", "pos"): [
        "服务顾问很专业，提前把保养项目讲清楚，全程微信同步进度",
        "服务顾问态度很好，主动帮我查了质保范围，省了不少钱",
        "接车的服务顾问很耐心，交车时还把检查报告讲了一遍",
        "感谢服务顾问小伙子，下雨天还帮忙把车开到门口"],
    ("advisor", "en", "pos"): [
        "My service advisor explained everything clearly and kept me updated on WeChat.",
        "Great service advisor, very patient and honest about what really needed doing.",
        "The service advisor went out of his way to check my warranty coverage."],
    ("wash", "zh", "pos"): [
        "保养完还免费洗车，车子干干净净的，很贴心",
        "交车前洗车洗得很干净，内饰也擦了",
        "洗车很用心，车比送来的时候还新"],
    ("wash", "zh", "neg"): [
        "说好的免费洗车没洗，车里还有油手印",
        "洗车敷衍了事，车身还有泡沫印子",
        "交车时车没洗，问了说今天洗车工不在"],
    ("wash", "en", "pos"): [
        "They even gave the car a free car wash, it came back spotless.",
        "Nice touch with the car wash before pickup."],
    ("wash", "en", "neg"): [
        "The promised car wash was skipped and there were greasy marks inside.",
        "Car wash was rushed, still dirty on the sides."],
    ("texts", "zh", "neg"): [
        "保养提醒短信太多了，一个月发好几条，已经设置拒收",
        "短信太多，又是提醒又是活动，烦不胜烦",
        "刚保养完还在发提醒，短信太多了，信息也不准"],
    ("texts", "en", "neg"): [
        "Too many texts about service reminders and promotions, I have blocked the number.",
        "Way too many texts, and the reminder date was wrong anyway."],
    ("callspam", "zh", "neg"): [
        "回访电话一天打三次，上班时间真的很打扰",
        "保养完回访电话打个不停，还让给满分好评",
        "回访电话问得太多了，一个保养问十几个问题"],
    ("callspam", "en", "neg"): [
        "The follow-up call came three times in one day, very intrusive.",
        "They asked me to give full marks on the follow-up call, not professional."],
    ("crash", "zh", "neg"): [
        "APP一打开就闪退，预约只能打电话",
        "更新后闪退，安卓手机根本进不去",
        "选门店的时候闪退，试了好几次"],
    ("crash", "en", "neg"): [
        "The app keeps crashing when I try to pick a store.",
        "Crash on launch after the latest update."],
    ("mall", "zh", "neg"): [
        "商城买的脚垫尺寸不对，退货流程太慢",
        "商城下单后一周才发货，物流信息也不更新",
        "商城价格比电商平台贵，还不包邮"],
    ("mall", "zh", "pos"): [
        "在商城买的原厂机油，保养时直接用，很方便",
        "商城的行车记录仪到店免费安装，不错"],
    ("mall", "en", "neg"): [
        "Ordered floor mats in the online shop, wrong size and the return took weeks."],
    ("mall", "en", "pos"): [
        "Bought genuine oil in the online shop and they used it at my service, convenient."],
    ("generic", "zh", "pos"): [
        "整体满意，下次还来", "保养很快，一个多小时就好了", "环境不错，休息区有咖啡", "很满意，没什么意见",
        "流程清楚，价格透明，满意", "效率挺高的，按时交车", "店里服务一直不错，老客户了", "挺好的，推荐朋友来"],
    ("generic", "zh", "neu"): [
        "还行吧，一般", "没什么特别的，正常保养", "可以，中规中矩", "就那样，跟以前差不多"],
    ("generic", "zh", "neg"): [
        "这次体验一般，流程有点乱", "沟通不太顺畅，问了几遍才说清楚", "不太满意，希望改进",
        "交车时间比说的晚了不少"],
    ("generic", "en", "pos"): [
        "Smooth visit, done on time.", "Happy with the service overall.", "Good experience, will come back.",
        "Quick and professional."],
    ("generic", "en", "neu"): ["It was fine.", "Nothing special, normal service.", "OK overall."],
    ("generic", "en", "neg"): ["Not great this time, communication was poor.", "Took longer than promised.",
                               "Disappointing visit."],
}
TOPIC_TP = {  # what a comment of the topic is about (touchpoint: share)
    "confirm": {"tp_booking": 0.9, "tp_checkin": 0.1}, "upsell": {"tp_approval": 0.8, "tp_inspection": 0.2},
    "parts": {"tp_repair": 0.85, "tp_pickup": 0.15}, "queue": {"tp_checkin": 0.9, "tp_pickup": 0.1},
    "rework": {"tp_qc": 0.75, "tp_repair": 0.25}, "price": {"tp_pickup": 0.7, "tp_inspection": 0.3},
    "advisor": {"tp_checkin": 0.7, "tp_pickup": 0.3}, "wash": {"tp_pickup": 1.0}, "texts": {"tp_reminder": 1.0},
    "callspam": {"tp_followup": 1.0}, "crash": {"tp_booking": 1.0}, "mall": {"tp_parts_mall": 1.0}}
CALL_PREFIX = {"zh": "回访记录：", "en": "Call note: "}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def choice(items, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return items[int(rng.choice(len(items), p=p))]


def lognorm(median, sigma):
    return float(median * math.exp(rng.normal(0, sigma)))


def closed(t):
    for a, b in CLOSED:
        if a <= t < b:
            return b
    return None


def open_time(t: datetime) -> datetime:
    """move a time into opening hours (08:30-18:00, not during the Spring Festival closure)."""
    if t.hour < 8 or (t.hour == 8 and t.minute < 30):
        t = t.replace(hour=8, minute=30) + D(minutes=float(rng.uniform(0, 40)))
    elif t.hour >= 18:
        t = (t + D(days=1)).replace(hour=8, minute=30) + D(minutes=float(rng.uniform(0, 60)))
    b = closed(t)
    if b:
        t = b.replace(hour=8, minute=30) + D(minutes=float(rng.uniform(0, 240)))
    return t


def shop_add(t: datetime, minutes: float) -> datetime:
    """add working minutes (08:30-18:00)."""
    while minutes > 0:
        t = open_time(t)
        close = t.replace(hour=18, minute=0, second=0)
        room = (close - t).total_seconds() / 60
        if minutes <= room:
            return t + D(minutes=minutes)
        minutes -= room
        t = (t + D(days=1)).replace(hour=8, minute=30, second=0)
    return t


def day_at(day: datetime, lo=9.0, hi=17.5) -> datetime:
    h = float(rng.uniform(lo, hi))
    return day.replace(hour=0, minute=0, second=0, microsecond=0) + D(hours=h, seconds=float(rng.uniform(0, 59)))


class Gen:
    def __init__(self):
        self.customers = []
        self.events = []
        self.orders = []
        self.feedback = []
        self.n_ord = 0
        self.n_ro = 0
        self.n_bk = 0
        self.n_tk = 0

    # ---------- helpers ----------
    def ev(self, c, ts, tp, action, **kw):
        if ts > END or ts < START:
            return False
        r = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action, channel=kw.pop("channel", "store"),
                 device=kw.pop("device", None), store_id=c["store"], 门店=STORES[c["store"]][0],
                 store=STORES[c["store"]][1])
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, ts, amount, otype, status="paid", **kw):
        if ts > END:
            return None
        self.n_ord += 1
        zh = {"service_invoice": "维修保养结算单", "parts_retail": "配件零售", "service_package": "保养套餐"}[otype]
        r = dict(order_id=f"ORD{self.n_ord:06d}", customer_id=c["id"], ts=ts, amount=round(amount, 2), status=status,
                 channel=kw.pop("channel", "store"), device=kw.pop("device", None), order_type=otype, 订单类型=zh,
                 store_id=c["store"], 门店=STORES[c["store"]][0], store=STORES[c["store"]][1])
        r.update(kw)
        self.orders.append(r)
        return r

    def fb(self, ts, channel, topic, sent, c=None, rating=None, nps=None, lang=None, prefix=False, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        if lang is None:
            lang = c["lang"] if c else ("en" if rng.random() < 0.06 else "zh")
        key = (topic, lang, sent)
        if key not in TEXT:
            key = (topic, "zh", sent) if (topic, "zh", sent) in TEXT else (topic, lang, "neg")
            if key not in TEXT:
                key = (topic, "zh", "neg")
            lang = key[1]
            sent = key[2]
        text = choice(TEXT[key])
        if prefix:
            text = CALL_PREFIX[lang] + text
        tp = kw.pop("tp", None)
        if topic in TOPIC_TP:
            tp = choice(list(TOPIC_TP[topic]), list(TOPIC_TP[topic].values()))
        st = None if channel == "app_review" else (c["store"] if c else None)   # app reviews are about the app
        anon = channel in ("app_review", "social")   # store reviews and app-store reviews are not linked to an owner
        r = dict(ts=ts, customer_id=None if anon or not c else c["id"], touchpoint_id=tp, channel=channel, rating=rating,
                 nps=nps, text=text, language=lang, store_id=st, 门店=STORES[st][0] if st else None,
                 store=STORES[st][1] if st else None, _topic=topic, _sent=sent)
        r.update(kw)
        self.feedback.append(r)

    # ---------- customers ----------
    def new_customer(self, k):
        sid = choice(list(STORES), [s[6] for s in STORES.values()])
        st = STORES[sid]
        old = k < N_OLD
        if old:
            purchase = day_at(START - D(days=float(rng.uniform(120, 2900))))
            acq = choice(list(ACQ), [0.60, 0.16, 0.09, 0.10, 0.05])
            signup = purchase if acq == "bought_here" else day_at(purchase + D(days=float(rng.uniform(60, 1500))))
            if signup >= START:
                signup = day_at(START - D(days=float(rng.uniform(10, 300))))
        else:
            signup = START + D(days=float(rng.uniform(0, (END - START).days - 15)))
            signup = day_at(signup)
            acq = choice(list(ACQ), [0.74, 0.09, 0.09, 0.05, 0.03])
            purchase = signup if acq == "bought_here" else day_at(signup - D(days=float(rng.uniform(200, 2500))))
        models = MODELS[st[5]]
        m = choice(models, [x[3] for x in models])
        age_band = choice(["18-25", "26-35", "36-45", "46-55", "56+"], [0.06, 0.33, 0.32, 0.19, 0.10])
        young = age_band in ("18-25", "26-35")
        tier = choice(list(TIERS), [0.58, 0.29, 0.13])
        bound = rng.random() < (0.70 if young else 0.48)
        if tier == "gold":
            rch = "phone"
        elif bound:
            rch = "wechat"
        else:
            rch = "sms"
        lang = "en" if rng.random() < {"S06": 0.12, "S04": 0.08}.get(sid, 0.025) else "zh"
        years = (START - purchase).days / 365 if old else 0
        annual = lognorm(13000, 0.35)
        c = dict(id=f"C{k + 1:05d}", store=sid, signup=signup, purchase=purchase, acq=acq, model=m, tier=tier,
                 bound=bound, rch=rch, optout=rng.random() < 0.05, lang=lang, age_band=age_band,
                 gender=choice(["男", "女"], [0.64, 0.36]), annual=annual,
                 km=max(300.0, annual * years * float(rng.uniform(0.85, 1.15))) if old else 0.0,
                 km_t=START if old else purchase, loy=float(rng.beta(5, 2.2)) * (1.1 if acq == "bought_here" else 0.9),
                 visits=0, last_visit=None, lapsed=False, busy=START, device=choice(["ios", "android"], [0.42, 0.58]),
                 maint_no=int(years * 1.5) if old else 0, bug_victim=False)
        self.customers.append(c)
        return c

    def km_at(self, c, t):
        return round(c["km"] + c["annual"] * max(0.0, (t - c["km_t"]).days) / 365)

    def interval(self, c):
        if c["model"][2]:
            return 365 * float(rng.uniform(0.9, 1.1))
        days = min(365.0, 10000 / c["annual"] * 365)
        return max(120.0, days * float(rng.uniform(0.85, 1.1)))

    # ---------- one visit ----------
    def visit(self, c, arrive, how, stype, booking=None, bug=False):
        sid = c["store"]
        st = STORES[sid]
        arrive = open_time(arrive)
        if arrive < c["busy"]:
            return None
        if arrive > END:
            return None
        self.n_ro += 1
        ro = f"RO{sid[1:]}{arrive:%y%m}{self.n_ro:05d}"
        adv = choice(ADVISORS[sid])
        wmed = st[7] * (2.3 if how == "walk_in" else 1.0) * (1.35 if arrive.weekday() >= 5 else 1.0)
        if bug:
            wmed *= 3.0
        wait = max(1.0, lognorm(wmed, 0.55))
        t_in = arrive + D(minutes=wait)
        km = self.km_at(c, t_in)
        ev = dict(session_id=ro, ro_no=ro, service_type=stype, 服务类型=STYPES[stype], service_advisor=adv)
        if not self.ev(c, t_in, "tp_checkin", "checked_in", arrival_type=how,
                       到店方式={"booked": "预约", "walk_in": "散客"}[how], booking_id=booking,
                       wait_minutes=round(wait, 1), mileage_km=km, **ev):
            return None
        issues = []
        if wait > 40:
            issues.append("queue")
        if bug:
            issues.append("confirm")
        ev_car = c["model"][2]
        base = {"maintenance": st[11] * (0.55 if ev_car else 1.0) * (1.45 if c["maint_no"] % 2 == 1 else 1.0),
                "repair": lognorm(1500, 0.6), "body_paint": lognorm(3200, 0.5), "warranty": lognorm(1800, 0.5),
                "recall": 600.0}[stype]
        base = round(base * float(rng.uniform(0.92, 1.08)), 0)
        t = t_in
        extra_amt = 0.0
        declined_job = False
        approval = None
        if stype != "recall":
            t = t_in + D(minutes=float(rng.uniform(15, 45)))
            age = (t - c["purchase"]).days / 365
            p_rec = min(0.95, st[8] * (0.6 if stype in ("warranty", "body_paint") else 1.0) * (0.8 + 0.1 * age))
            rec = []
            if rng.random() < p_rec:
                n = int(rng.choice([1, 2, 3], p=[0.45, 0.35, 0.20])) + (1 if sid == "S04" and rng.random() < 0.5 else 0)
                idx = rng.choice(len(EXTRA_ITEMS), size=n, replace=False,
                                 p=np.array([x[3] for x in EXTRA_ITEMS]) / sum(x[3] for x in EXTRA_ITEMS))
                rec = [EXTRA_ITEMS[int(i)] for i in sorted(idx)]
            rec_amt = sum(x[2] for x in rec)
            self.ev(c, t, "tp_inspection", "quoted", quote_amount=base, recommended_items="、".join(x[0] for x in rec),
                    recommended_items_en="; ".join(x[1] for x in rec), rec_count=len(rec),
                    extra_quote_amount=rec_amt, **ev)
            declined_job = stype == "repair" and rng.random() < 0.08   # customer takes the car away unrepaired
            if rec:
                resp = max(1.0, lognorm(14, 0.7))
                t = t + D(minutes=resp)
                action = "declined" if declined_job else choice(["approved", "partial", "declined"], list(st[9]))
                if action == "approved":
                    extra_amt = rec_amt
                elif action == "partial":
                    extra_amt = min(x[2] for x in rec)
                approval = action
                via = choice(["wechat_equote", "phone", "in_person"], [0.55, 0.25, 0.20])
                self.ev(c, t, "tp_approval", action, approved_amount=extra_amt, response_minutes=round(resp, 1),
                        approval_via=via, 确认方式={"wechat_equote": "微信电子报价", "phone": "电话",
                                                  "in_person": "现场"}[via], **ev)
                if sid == "S04" and action != "approved" and rng.random() < 0.6:
                    issues.append("upsell")
                elif action == "declined" and rng.random() < 0.15:
                    issues.append("upsell")
        # the job
        planned = {"maintenance": lognorm(80, 0.25), "repair": lognorm(300, 0.6), "body_paint": lognorm(1500, 0.4),
                   "warranty": lognorm(240, 0.5), "recall": lognorm(70, 0.2)}[stype] + (40 if extra_amt else 0)
        promised = shop_add(t, planned * 1.3 + 75)
        parts_wait_days = 0.0
        if declined_job:
            ready = t + D(minutes=float(rng.uniform(5, 20)))
            invoice = 200.0
        else:
            t_start = t + D(minutes=float(rng.uniform(5, 50)))
            p_parts = {"maintenance": 0.015, "repair": st[10], "body_paint": st[10] * 1.2, "warranty": st[10],
                       "recall": 0.02}[stype]
            if rng.random() < p_parts:
                parts_wait_days = round(float(rng.uniform(1.5, 4) if c["store"] != "S06" else rng.uniform(2, 11)), 1)
                t_start = open_time(t_start + D(days=parts_wait_days))
                if parts_wait_days >= 2 or rng.random() < 0.5:
                    issues.append("parts")
            t_done = shop_add(t_start, planned)
            self.ev(c, t_done, "tp_repair", "completed", technician=f"{sid}-T{int(rng.integers(1, 7))}",
                    labour_hours=round(planned / 60 * float(rng.uniform(0.8, 1.1)), 1),
                    parts_wait=parts_wait_days > 0, parts_wait_days=parts_wait_days if parts_wait_days else None, **ev)
            t = t_done + D(minutes=float(rng.uniform(5, 30)))
            p_fail = 0.04
            if sid == "S05" and QC_WUXI[0] <= t < QC_WUXI[1]:
                p_fail = 0.30
            rn = 0
            while True:
                failed = rng.random() < p_fail and rn < 2
                fail_item = choice(["异响未消除", "漏油", "故障码未清", "漆面色差", "螺栓扭矩"],
                                   [0.38, 0.2, 0.18, 0.14, 0.1]) if failed else None
                self.ev(c, t, "tp_qc", "failed" if failed else "passed", qc_inspector=f"{sid}-QC{int(rng.integers(1, 3))}",
                        rework_no=rn, fail_item=fail_item, **ev)
                if not failed:
                    break
                rn += 1
                t = shop_add(t, lognorm(90, 0.4))
                p_fail = 0.05
            if rn:
                issues.append("rework")
            ready = t + D(minutes=float(rng.uniform(5, 25)))
            invoice = base + extra_amt
        late = max(0.0, (ready - promised).total_seconds() / 60)
        # pickup
        if ready.hour < 17 and ready.date() == t_in.date():
            pick = ready + D(minutes=lognorm(35, 0.6))
        elif ready.hour < 17:
            pick = ready + D(minutes=lognorm(90, 0.8))
        else:
            pick = day_at(ready + D(days=1), 8.6, 19)
        if pick.hour >= 19:
            pick = day_at(pick + D(days=1), 8.6, 18)
        b = closed(pick)
        if b:
            pick = day_at(b)
        payer = "customer"
        if stype in ("warranty", "recall"):
            payer = "oem"
        elif stype == "body_paint" and rng.random() < 0.8:
            payer = "insurance"
        if payer == "customer":
            pm = choice(["wechat_pay", "alipay", "bank_card", "stored_value"],
                        [0.50, 0.25, 0.17, 0.08 if c["tier"] != "standard" else 0.0])
        else:
            pm = "oem_claim" if payer == "oem" else "insurance_direct"
        if late > 60:
            issues.append("late")
        if payer == "customer" and invoice > 2600:
            issues.append("price")
        c["busy"] = pick + D(hours=1)
        c["last_visit"] = pick
        c["visits"] += 1
        c["km"], c["km_t"] = km, t_in
        if stype == "maintenance":
            c["maint_no"] += 1
        if not self.ev(c, pick, "tp_pickup", "paid", invoice_amount=invoice, payer=payer, 付款方=PAYERS[payer],
                       pay_method=pm, 支付方式=PAY_METHODS[pm], promised_at=fmt(promised), late_minutes=round(late),
                       **ev):
            return pick
        common = dict(ro_no=ro, service_type=stype, 服务类型=STYPES[stype], payer=payer, 付款方=PAYERS[payer],
                      pay_method=pm, 支付方式=PAY_METHODS[pm], labour_amount=round(invoice * 0.35, 2),
                      parts_amount=round(invoice * 0.65, 2), extra_amount=extra_amt)
        u = rng.random()
        if u < 0.018:   # voided and reissued (作废重开)
            self.order(c, pick, invoice, "service_invoice", "cancelled", **common)
            self.order(c, pick + D(minutes=float(rng.uniform(5, 90))), invoice, "service_invoice", **common)
        elif u < 0.028 and payer == "customer" and issues:   # refunded as goodwill after a complaint
            self.order(c, pick, invoice, "service_invoice", "refunded",
                       refunded_at=fmt(pick + D(days=float(rng.uniform(3, 20)))), **common)
        else:
            self.order(c, pick, invoice, "service_invoice", **common)
        if stype == "maintenance" and payer == "customer" and rng.random() < (0.12 if c["maint_no"] == 1 else 0.045):
            pk = choice([("基础保养套餐(4次)", 1280), ("全面保养套餐(4次)", 2380), ("尊享保养套餐(6次)", 3680)], [0.5, 0.35, 0.15])
            self.order(c, pick + D(minutes=float(rng.uniform(1, 10))), pk[1], "service_package",
                       "refunded" if rng.random() < 0.04 else "paid", package=pk[0], ro_no=ro, pay_method=pm,
                       支付方式=PAY_METHODS[pm])
        self.after_visit(c, pick, ro, stype, issues, approval)
        return pick

    def after_visit(self, c, pick, ro, stype, issues, approval):
        sid = c["store"]
        score = 4.65 + float(rng.normal(0, 0.55))
        pen = {"queue": 0.9, "confirm": 1.3, "upsell": 1.4, "parts": 1.3, "rework": 1.4, "late": 0.7, "price": 0.6}
        for i in issues:
            score -= pen[i]
        rating = int(min(5, max(1, round(score))))
        if rating <= 2:
            c["loy"] *= 0.6
        # follow-up call
        t_call = day_at(pick + D(days=int(rng.integers(1, 4))), 9.5, 19.5)
        b = closed(t_call)
        if b:
            t_call = day_at(b)
        u = rng.random()
        res = "reached" if u < 0.72 else ("not_reached" if u < 0.95 else "refused")
        agent = choice(CALL_AGENTS)
        attempts = 1 if res == "reached" and rng.random() < 0.7 else int(rng.integers(2, 4))
        self.ev(c, t_call, "tp_followup", res, channel="phone", call_agent=agent, call_attempts=attempts, ro_no=ro,
                session_id=ro, service_type=stype, 服务类型=STYPES[stype])
        if res == "reached":
            nps = None
            if rng.random() < 0.5:
                nps = int(min(10, max(0, round({5: 9.4, 4: 7.8, 3: 6.0, 2: 3.5, 1: 1.5}[rating]
                                                 + float(rng.normal(0, 0.9))))))
            topic, sent = self.pick_topic(issues, rating)
            if topic == "generic" and rng.random() < 0.015 and rating >= 4:
                topic, sent = "callspam", "neg"
            self.fb(t_call, "followup_call", topic, sent, c, rating=rating, nps=nps, prefix=True, tp=self.gen_tp(stype),
                    ro_no=ro, call_agent=agent)
        # complaint hotline
        if rating <= 2 and rng.random() < 0.45:
            t_h = t_call + D(hours=float(rng.uniform(2, 96)))
            t_h = day_at(t_h, 8.5, 20)
            topic, sent = self.pick_topic(issues, rating)
            cat = {"upsell": "billing", "price": "billing", "rework": "quality", "parts": "waiting",
                   "queue": "waiting", "confirm": "booking", "generic": "attitude"}.get(topic, "attitude")
            self.n_tk += 1
            tk = f"TK{self.n_tk:05d}"
            hours = lognorm(20 if cat != "billing" else 44, 0.7)
            if self.ev(c, t_h, "tp_hotline", "complaint", channel="phone", ticket_no=tk, session_id=tk,
                       hotline_category=cat, 问题类别=HOTLINE_CAT[cat], resolution_hours=round(hours, 1), ro_no=ro):
                self.fb(t_h, "ticket", topic, "neg", c, prefix=False, tp=self.gen_tp(stype), ticket_no=tk,
                        hotline_category=cat, 问题类别=HOTLINE_CAT[cat])
        # public review (大众点评 / 小红书)
        if rng.random() < (0.06 if rating <= 2 else 0.03):
            topic, sent = self.pick_topic(issues, rating, public=True)
            t_r = pick + D(hours=float(rng.uniform(3, 120)))
            self.fb(None if rng.random() < 0.09 else t_r, "social", topic, sent, c, rating=rating, tp=self.gen_tp(stype),
                    platform=choice(["大众点评", "小红书", "懂车帝"], [0.6, 0.25, 0.15]))

    @staticmethod
    def gen_tp(stype):
        return "tp_repair" if stype != "maintenance" else "tp_pickup"

    def pick_topic(self, issues, rating, public=False):
        if rating <= 3 and issues:
            order = ["confirm", "upsell", "rework", "parts", "queue", "price", "late"]
            cand = [i for i in order if i in issues]
            top = cand[0] if rng.random() < 0.8 else choice(cand)
            if top == "late":
                return "generic", "neg"
            return top, "neg"
        if rating <= 2:
            return ("price" if rng.random() < 0.25 else "generic"), "neg"
        if rating == 3:
            u = rng.random()
            if u < 0.12:
                return "wash", "neg"
            return "generic", "neu"
        u = rng.random()
        if u < 0.14:
            return "advisor", "pos"
        if u < 0.22:
            return "wash", "pos"
        return "generic", "pos"

    # ---------- booking ----------
    def book(self, c, t, stype, ch=None):
        t = day_at(t, 7.5, 22.5)
        if t > END or t < START:
            return None
        if ch is None:
            ch = {"wechat": choice(["mini_program", "app", "phone"], [0.72, 0.13, 0.15]),
                  "sms": choice(["mini_program", "app", "phone"], [0.40, 0.22, 0.38]),
                  "phone": choice(["mini_program", "app", "phone"], [0.15, 0.10, 0.75])}[c["rch"]]
        self.n_bk += 1
        bk = f"BK{self.n_bk:06d}"
        slot = open_time(day_at(t + D(days=int(rng.choice([1, 2, 3, 4, 5, 6, 7],
                                                           p=[0.2, 0.22, 0.16, 0.14, 0.12, 0.09, 0.07]))), 8.6, 16.5))
        bug = ch == "mini_program" and APP_BUG[0] <= t < APP_BUG[1]
        p_show = 0.87 if not bug else 0.88
        u = rng.random()
        if bug and u < 0.62:
            status = "no_show" if rng.random() < 0.7 else "cancelled"
        elif u < 1 - p_show:
            status = "no_show" if rng.random() < 0.62 else "cancelled"
        else:
            status = "arrived"
        dev = c["device"] if ch != "phone" else None
        app_ver = ("v3.0.1" if bug else ("v3.0.2" if t >= APP_BUG[1] else "v2.8.4")) if ch != "phone" else None
        self.ev(c, t, "tp_booking", "submitted", channel=ch, device=dev, session_id=bk, booking_id=bk,
                slot_time=fmt(slot), service_type=stype, 服务类型=STYPES[stype], booking_status=status,
                预约状态={"arrived": "已到店", "no_show": "爽约", "cancelled": "已取消"}[status], app_version=app_ver)
        if bug:
            c["bug_victim"] = True
            if rng.random() < 0.35 and t.day > 3:
                lang = c["lang"]
                self.fb(t + D(hours=float(rng.uniform(20, 200))), "app_review", "confirm", "neg", c,
                        rating=int(rng.choice([1, 1, 2])), lang=lang, device=dev,
                        platform="App Store" if dev == "ios" else choice(["华为应用市场", "应用宝", "小米应用商店"]))
        if status == "arrived":
            return self.visit(c, slot + D(minutes=float(rng.normal(0, 12))), "booked", stype, bk, bug=bug)
        if rng.random() < (0.30 if not bug else 0.22):   # comes later without a booking
            return self.visit(c, day_at(slot + D(days=float(rng.uniform(1, 9)))), "walk_in", stype, None)
        return None

    # ---------- a customer's life ----------
    def life(self, c):
        old = c["signup"] < START
        unplanned = []
        t = START if old else c["signup"]
        for stype, rate in (("repair", 0.30), ("body_paint", 0.13), ("warranty", 0.07)):
            tt = t
            while True:
                tt = tt + D(days=float(rng.exponential(365 / rate)))
                if tt > END:
                    break
                if stype == "warranty" and (tt - c["purchase"]).days > 3 * 365:
                    continue
                unplanned.append((tt, stype))
        if c["model"][1] == "Sylphy" and c["purchase"] < datetime(2024, 6, 1) and rng.random() < 0.7:
            unplanned.append((RECALL[0] + D(days=float(rng.exponential(45))), "recall"))
        if not old and c["acq"] in ("insurance_referral", "transfer_in", "online_promo"):
            unplanned.append((c["signup"], {"insurance_referral": "body_paint", "transfer_in": "repair",
                                            "online_promo": "maintenance"}[c["acq"]]))
        unplanned.sort()
        if old:
            due = START + D(days=float(rng.uniform(-20, c["_int0"])))
        else:
            due = c["purchase"] + D(days=float(rng.uniform(75, 160)))   # 首保
            if c["acq"] != "bought_here":
                due = c["signup"] + D(days=self.interval(c))
        while True:
            nxt_u = unplanned[0][0] if unplanned else None
            if nxt_u is not None and nxt_u < due - D(days=12):
                tt, stype = unplanned.pop(0)
                if c["lapsed"] and stype not in ("recall", "warranty") and rng.random() < 0.7:
                    continue
                if rng.random() < 0.42:
                    pick = self.book(c, tt, stype, ch=choice(["phone", "mini_program", "app"], [0.55, 0.3, 0.15]))
                else:
                    pick = self.visit(c, day_at(tt, 8.5, 17), "walk_in", stype)
                if pick and stype == "repair" and (due - pick).days < 45:
                    due = pick + D(days=self.interval(c))
                continue
            if due > END + D(days=10):
                break
            pick = self.maint_cycle(c, due)
            if pick:
                due = pick + D(days=self.interval(c))
            else:
                due = due + D(days=float(rng.uniform(150, 200)))

    def maint_cycle(self, c, due):
        t_rem = day_at(due - D(days=float(rng.uniform(5, 12))), 10, 10.3)
        p_book = {"sms": 0.11, "wechat": 0.29, "phone": 0.45}[c["rch"]] * c["loy"] * (0.35 if c["lapsed"] else 1.0)
        p_walk = 0.20 * c["loy"] * (0.35 if c["lapsed"] else 1.0)
        if t_rem.month == 1 or (t_rem.month == 2 and t_rem.day < 10):
            p_walk *= 1.3
        for rnd in (1, 2):
            if c["optout"] or t_rem < START:
                # no reminder: self-initiated visit with some chance
                if t_rem < START and rng.random() < 0.5 * c["loy"]:
                    return self.visit(c, day_at(due + D(days=float(rng.uniform(-5, 20))), 8.5, 17), "walk_in",
                                      "maintenance")
                if c["optout"] and rng.random() < 0.45 * c["loy"]:
                    return self.visit(c, day_at(due + D(days=float(rng.uniform(-5, 25))), 8.5, 17), "walk_in",
                                      "maintenance")
                break
            if t_rem > END:
                return None
            if closed(t_rem):
                t_rem = day_at(closed(t_rem), 10, 10.3)
            tmpl = {"sms": "SMS_MAINT_V2", "wechat": "WX_TPL_SERVICE_DUE", "phone": "SA_CALL_SCRIPT"}[c["rch"]]
            self.ev(c, t_rem, "tp_reminder", "sent", channel=c["rch"], reminder_round=rnd,
                    提醒方式={"sms": "短信", "wechat": "微信服务号", "phone": "顾问电话"}[c["rch"]], template=tmpl,
                    due_date=due.strftime("%Y-%m-%d"), mileage_est=self.km_at(c, due),
                    sent_by=choice(ADVISORS[c["store"]]) if c["rch"] == "phone" else "CRM系统")
            if c["rch"] == "sms" and rng.random() < 0.01:
                self.fb(t_rem + D(days=float(rng.uniform(0.5, 20))), "app_review", "texts", "neg", c,
                        rating=int(rng.choice([1, 2])), device=c["device"],
                        platform="App Store" if c["device"] == "ios" else choice(["华为应用市场", "应用宝"]))
            u = rng.random()
            if u < p_book:
                delay = D(hours=float(rng.exponential(40)) + 0.3) if c["rch"] != "phone" else D(minutes=float(
                    rng.uniform(1, 20)))
                return self.book(c, t_rem + delay, "maintenance",
                                 ch="phone" if c["rch"] == "phone" and rng.random() < 0.8 else None)
            if u < p_book + p_walk:
                return self.visit(c, day_at(t_rem + D(days=float(rng.uniform(1, 25))), 8.5, 17), "walk_in",
                                  "maintenance")
            p_book *= 0.6
            p_walk *= 0.6
            t_rem = day_at(t_rem + D(days=float(rng.uniform(13, 16))), 10, 10.3)
        if rng.random() < 0.25:
            c["lapsed"] = True
        return None

    # ---------- other feedback and orders ----------
    def parts_orders(self, c):
        rate = 0.45 * (1.4 if c["bound"] else 0.7)
        t = max(START, c["signup"])
        while True:
            t = t + D(days=float(rng.exponential(365 / rate)))
            if t > END:
                break
            t = day_at(t, 8, 23)
            item = choice(PARTS)
            ch = "mini_program" if rng.random() < 0.62 else "store"
            qty = 1 if item[2] > 200 else int(rng.choice([1, 2, 4]))
            u = rng.random()
            status = "paid" if u < 0.88 else ("returned" if u < 0.94 else "cancelled")
            o = self.order(c, t, item[2] * qty, "parts_retail", status, channel=ch,
                           device=c["device"] if ch == "mini_program" else None, item=item[0], item_en=item[1],
                           qty=qty, pay_method="wechat_pay" if ch == "mini_program" else "bank_card",
                           支付方式="微信支付" if ch == "mini_program" else "银行卡")
            if o and ch == "mini_program":
                self.ev(c, t, "tp_parts_mall", "purchase" if status != "cancelled" else "abandoned",
                        channel="mini_program", device=c["device"], order_id=o["order_id"], item=item[0])
                if rng.random() < 0.04:
                    sent = "neg" if status != "paid" or rng.random() < 0.5 else "pos"
                    self.fb(t + D(days=float(rng.uniform(2, 15))), "app_review", "mall", sent, c,
                            rating=int(rng.choice([1, 2]) if sent == "neg" else rng.choice([4, 5])),
                            device=c["device"], platform="App Store" if c["device"] == "ios" else "华为应用市场")
            if o and status != "cancelled" and rng.random() < 0.012:
                sid = c["store"]
                self.n_tk += 1
                tk = f"TK{self.n_tk:05d}"
                if self.ev(c, t + D(days=3), "tp_hotline", "complaint", channel="phone", ticket_no=tk, session_id=tk,
                           hotline_category="mall", 问题类别=HOTLINE_CAT["mall"],
                           resolution_hours=round(lognorm(30, 0.6), 1)):
                    self.fb(t + D(days=3), "ticket", "mall", "neg", c, ticket_no=tk, hotline_category="mall",
                            问题类别=HOTLINE_CAT["mall"])

    def inquiries(self, c):
        n = rng.poisson(0.35)
        for _ in range(n):
            t = day_at(START + D(days=float(rng.uniform(0, (END - START).days))), 8.5, 20)
            if t < c["signup"]:
                continue
            cat = choice(list(INQUIRY_CAT), [0.45, 0.3, 0.15, 0.1])
            self.n_tk += 1
            tk = f"TK{self.n_tk:05d}"
            self.ev(c, t, "tp_hotline", "inquiry", channel="phone", ticket_no=tk, session_id=tk, hotline_category=cat,
                    问题类别=INQUIRY_CAT[cat], resolution_hours=round(lognorm(1.5, 0.8), 1))

    def app_reviews(self):
        for _ in range(520):
            t = day_at(START + D(days=float(rng.uniform(0, (END - START).days))), 7, 23.5)
            c = self.customers[int(rng.integers(0, len(self.customers)))]
            u = rng.random()
            crash_p = 0.30 if datetime(2025, 6, 1) <= t < datetime(2025, 7, 15) else 0.07
            if u < crash_p and c["device"] == "android" or (u < crash_p * 0.3):
                topic, sent, rating = "crash", "neg", int(rng.choice([1, 1, 2]))
            elif u < crash_p + 0.05:
                topic, sent, rating = "texts", "neg", int(rng.choice([1, 2, 2]))
            elif u < crash_p + 0.72:
                topic, sent, rating = "generic", "pos", int(rng.choice([4, 5, 5]))
            elif u < crash_p + 0.82:
                topic, sent, rating = "generic", "neu", 3
            else:
                topic, sent, rating = "generic", "neg", int(rng.choice([1, 2]))
            undated = rng.random() < 0.12
            self.fb(None if undated else t, "app_review", topic, sent, c, rating=rating, device=c["device"],
                    tp="tp_booking",
                    platform="App Store" if c["device"] == "ios" else choice(["华为应用市场", "应用宝", "小米应用商店"]))

    # ---------- run ----------
    def run(self):
        for k in range(N_OLD + N_NEW):
            c = self.new_customer(k)
            c["_int0"] = self.interval(c)
        for c in self.customers:
            self.life(c)
            self.parts_orders(c)
            self.inquiries(c)
        self.app_reviews()

    def customer_rows(self):
        rows = []
        for c in self.customers:
            lv = c["last_visit"]
            if c["signup"] >= END - D(days=180):
                seg = "new"
            elif lv is None or lv < END - D(days=365):
                seg = "lapsed"
            elif lv < END - D(days=240):
                seg = "at_risk"
            elif c["tier"] == "gold":
                seg = "vip"
            else:
                seg = "regular"
            st = STORES[c["store"]]
            age = (END - c["purchase"]).days / 365
            rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=st[3],
                             acquisition_channel=c["acq"], tier=c["tier"], 会员等级=TIERS[c["tier"]],
                             来源渠道=ACQ[c["acq"]], city=st[2], store_id=c["store"], 门店=st[0], store=st[1],
                             brand=st[5], 品牌=st[4], car_model=c["model"][0], car_model_en=c["model"][1],
                             powertrain="EV" if c["model"][2] else "ICE",
                             purchase_date=c["purchase"].strftime("%Y-%m-%d"),
                             warranty_status="in_warranty" if age < 3 else "out_of_warranty",
                             质保状态="在保" if age < 3 else "已过保", mileage_km=self.km_at(c, END),
                             wechat_bound=c["bound"], reminder_channel=c["rch"], reminder_opt_out=c["optout"],
                             gender=c["gender"], age_band=c["age_band"], preferred_language=c["lang"],
                             last_visit_at=fmt(lv) if lv else None, visits_in_data=c["visits"]))
        return rows


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and not k.startswith("_"):
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else (fmt(r[k]) if isinstance(r.get(k), datetime) else r[k]))
                        for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c, stage=d, channel=e, kind=f,
                                         owner=o, aliases=al) for a, b, c, d, e, f, o, al in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1,
                                      touchpoint_id=tp, window_days=w)
                                 for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for k, r in enumerate(ev, 1):
        r["event_id"] = f"EV{k:07d}"
    dup_idx = sorted(int(x) for x in rng.choice(len(ev), 38, replace=False))   # re-sent by the DMS sync
    rows = []
    for k, r in enumerate(ev):
        rows.append(r)
        if dup_idx and k == dup_idx[0]:
            rows.append(dict(r))
            dup_idx.pop(0)
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    for r in ev:
        for key in r:
            if key not in cols:
                cols.append(key)
    write(out / "events.csv", rows, cols)
    orders = sorted(g.orders, key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", orders)
    dated = sorted([r for r in g.feedback if r["ts"] is not None], key=lambda r: r["ts"])
    undated = [r for r in g.feedback if r["ts"] is None]
    fb = list(dated)
    for r in undated:
        fb.insert(int(rng.integers(0, len(fb) + 1)), r)
    for k, r in enumerate(fb, 1):
        r["feedback_id"] = f"FB{k:05d}"
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "store_id", "门店", "store", "ro_no", "platform", "device", "call_agent", "ticket_no", "hotline_category",
             "问题类别"]
    write(out / "feedback.csv", fb, fcols)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=r["feedback_id"], topic=r["_topic"], sentiment=r["_sent"]) for r in fb],
          ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(rows)}, orders {len(orders)}, feedback {len(fb)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
