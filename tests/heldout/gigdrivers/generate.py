"""蓝途出行 BlueWay: driver onboarding and retention of a ride-hailing platform in six Chinese cities
(synthetic, written blind).

Drivers (one `customer_id` = one driver or driver applicant) come from recruitment ads (抖音 / 朋友圈 / 58同城 /
BOSS直聘), driver referrals, rental-company partners, offline recruitment days and organic app downloads. They sign up
in the driver app (注册报名), upload ID / licence / vehicle papers (证件上传), pass a third-party background check
(背景审查), rental drivers pick up a car and pay a deposit (租车提车), the car is inspected (车辆检验), they do the online
training (线上培训, paid training and exam fee) and the exam (上岗考试), and complete a first trip (首单完成). Active drivers
get a weekly activity record (周出车: trips, online hours, acceptance rate, service score), rental drivers pay weekly
rent, drivers open support tickets (司机客服), may be deactivated (账号停用) and appeal (申诉) to be reinstated
(恢复接单); rental drivers eventually return the car and wait for the deposit (退车退押金).

Data 2025-01-01 .. 2026-07-31 (extract taken early August 2026). Naive Beijing time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260807), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260807
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
BG_SWITCH = datetime(2025, 11, 1)                 # background-check vendor switched from 安信 to 鉴诚
BG_BACKLOG = (datetime(2025, 11, 1), datetime(2025, 12, 1))   # the new vendor's backlog
EXAM_NEW = datetime(2026, 3, 1)                   # 2026 question bank goes live, course not yet updated
EXAM_FIX = datetime(2026, 4, 1)                   # course updated to the new bank
RISK_WAVE = (datetime(2026, 5, 6), datetime(2026, 5, 28))     # risk model v3 false positives (刷单)
FEE_UP = datetime(2026, 1, 1)                     # training fee 299 -> 369
SPRING = [(datetime(2025, 1, 22), datetime(2025, 2, 9)), (datetime(2026, 2, 10), datetime(2026, 2, 27))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_recruit_ad", "招募广告", "Recruitment ad", "awareness", "ads", "digital", "growth",
     "招聘广告|招募广告|广告|投放|信息流|recruitment ad|job ad|ad click|ads"),
    ("tp_referral_link", "推荐邀请", "Referral invite", "awareness", "social", "digital", "growth",
     "推荐|司机推荐|邀请链接|拉新|老带新|referral|referral link|invite|driver referral"),
    ("tp_signup", "注册报名", "Driver sign-up", "consideration", "app", "digital", "growth",
     "注册|报名|申请|入驻申请|sign-up|signup|registration|application|apply"),
    ("tp_doc_upload", "证件上传", "Document upload", "consideration", "app", "digital", "driver_ops",
     "上传证件|证件|资料上传|身份证|驾驶证|行驶证|documents|document upload|ID upload|licence upload"),
    ("tp_bg_check", "背景审查", "Background check", "consideration", "other", "digital", "risk",
     "背调|背景调查|背景审查|审核|无犯罪记录|background check|screening|vetting"),
    ("tp_rental_pickup", "租车提车", "Rental car pickup", "purchase", "store", "physical", "fleet_partners",
     "提车|租车|交押金|租车签约|car pickup|rental pickup|rent a car|rental contract"),
    ("tp_vehicle_inspection", "车辆检验", "Vehicle inspection", "consideration", "store", "physical", "driver_ops",
     "验车|车检|检测站|车辆审核|vehicle inspection|car inspection|inspection"),
    ("tp_training", "线上培训", "Online training", "consideration", "app", "digital", "driver_ops",
     "培训|网课|上岗培训|学习|online training|training|course"),
    ("tp_exam", "上岗考试", "Qualification exam", "consideration", "app", "digital", "driver_ops",
     "考试|上岗考试|考核|题库|exam|test|qualification exam|quiz"),
    ("tp_first_trip", "首单完成", "First trip", "purchase", "app", "digital", "driver_ops",
     "首单|第一单|激活|上线|first trip|first ride|activation|go-live"),
    ("tp_weekly_active", "周出车", "Weekly activity", "loyalty", "app", "digital", "supply",
     "出车|跑车|在线|活跃|接单|周活跃|weekly activity|active week|online|driving"),
    ("tp_support", "司机客服", "Driver support", "service", "phone", "digital", "driver_support",
     "客服|工单|投诉|热线|司机服务中心|support|ticket|helpdesk|driver support|hotline"),
    ("tp_deactivation", "账号停用", "Account deactivation", "service", "app", "digital", "risk",
     "封号|停用|封禁|下线|冻结|deactivation|deactivated|ban|banned|suspension"),
    ("tp_appeal", "申诉", "Appeal", "service", "app", "digital", "risk",
     "申诉|复核|解封申请|appeal|review request|dispute"),
    ("tp_reactivated", "恢复接单", "Reinstated", "loyalty", "app", "digital", "risk",
     "解封|恢复|恢复账号|重新上线|reinstated|reactivated|unbanned|restored"),
    ("tp_rental_return", "退车退押金", "Car return and deposit refund", "service", "store", "physical",
     "fleet_partners", "退车|还车|退押金|押金退还|car return|return the car|deposit refund"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "司机入驻", "Driver onboarding",
     ["tp_signup", "tp_doc_upload", "tp_bg_check", "tp_vehicle_inspection", "tp_training", "tp_exam",
      "tp_first_trip"], 30),
    ("ad_recruit", "广告招募", "Recruitment ad to first trip", ["tp_recruit_ad", "tp_signup", "tp_first_trip"], 30),
    ("referral", "推荐拉新", "Referral to first trip", ["tp_referral_link", "tp_signup", "tp_first_trip"], 45),
    ("appeal", "封号申诉", "Deactivation appeal", ["tp_deactivation", "tp_appeal", "tp_reactivated"], 30),
]
CITIES = {  # zh: region zh, weight, inspection pass (own car), stations, rental companies
    "广州": ("华南", 0.23, 0.86, ["广州白云检测站", "广州番禺检测站"], ["yuetong", "yida"]),
    "深圳": ("华南", 0.20, 0.87, ["深圳龙华检测站", "深圳宝安检测站"], ["pengcheng", "yida"]),
    "成都": ("西南", 0.18, 0.85, ["成都武侯检测站", "成都新都检测站"], ["rongjun"]),
    "武汉": ("华中", 0.14, 0.86, ["武汉汉阳检测站"], ["jiangcheng"]),
    "郑州": ("华中", 0.13, 0.85, ["郑州金水检测站"], ["zhongyuan"]),
    "西安": ("西北", 0.12, 0.48, ["西安未央检测站", "西安雁塔检测站"], ["changanxing"]),
}
RENTAL_CO = {  # id: zh, en, median deposit refund days
    "yuetong": ("粤通租车", "Yuetong Car Rental", 5.0), "yida": ("易达汽车租赁", "Yida Car Leasing", 6.0),
    "pengcheng": ("鹏程租车", "Pengcheng Car Rental", 24.0), "rongjun": ("蓉骏租车", "Rongjun Car Rental", 5.0),
    "jiangcheng": ("江城汽车租赁", "Jiangcheng Car Leasing", 4.5),
    "zhongyuan": ("中原租车", "Zhongyuan Car Rental", 5.5),
    "changanxing": ("长安行租车", "Chang'an Xing Car Rental", 6.0),
}
ACQ = {  # id: zh, weight 2025, weight 2026, intent (multiplies the will to go on), p(rental)
    "douyin_ads": ("抖音招聘广告", 0.22, 0.30, 0.62, 0.30), "wechat_ads": ("朋友圈广告", 0.12, 0.10, 0.86, 0.30),
    "job_board": ("招聘网站", 0.16, 0.14, 0.9, 0.35), "driver_referral": ("司机推荐", 0.18, 0.18, 1.08, 0.30),
    "rental_partner": ("租赁公司合作", 0.14, 0.12, 1.05, 0.97), "organic": ("自然下载", 0.12, 0.11, 0.95, 0.25),
    "offline_event": ("线下招募会", 0.06, 0.05, 1.0, 0.45),
}
AD_PLATFORM = {"douyin_ads": [("douyin", "抖音")], "wechat_ads": [("wechat_moments", "朋友圈")],
               "job_board": [("58tongcheng", "58同城"), ("boss_zhipin", "BOSS直聘")]}
TIERS = {"economy": ("快车", 0.72), "comfort": ("优享", 0.22), "premium": ("专车", 0.06)}
RENT = {"economy": 1050.0, "comfort": 1350.0, "premium": 1750.0}
DEPOSIT = {"economy": 3000.0, "comfort": 5000.0, "premium": 5000.0}
CARS = {  # tier: [(model, fuel)]
    "economy": [("比亚迪秦PLUS EV", "ev"), ("埃安S", "ev"), ("比亚迪海豚", "ev"), ("吉利几何A", "ev"),
                ("大众朗逸", "petrol"), ("日产轩逸", "petrol"), ("丰田卡罗拉双擎", "hybrid")],
    "comfort": [("比亚迪汉EV", "ev"), ("小鹏P7", "ev"), ("丰田凯美瑞双擎", "hybrid"), ("大众帕萨特", "petrol")],
    "premium": [("特斯拉Model Y", "ev"), ("别克GL8", "petrol"), ("蔚来ET5", "ev")],
}
DOC_REJECT = {"blurry_photo": ("证件照片模糊", 0.55), "info_mismatch": ("信息不一致", 0.25),
              "expired_licence": ("证件过期", 0.20)}
BG_FAIL = {"criminal_record": "有犯罪记录", "drunk_driving": "酒驾记录", "points_exceeded": "驾照记分超限"}
INSP_FAIL = {"car_too_old": ("车龄超限", 0.42), "wheelbase_too_short": ("轴距不达标", 0.22),
             "body_damage": ("外观破损", 0.21), "no_dashcam": ("未装行车记录仪", 0.15)}
DEACT = {"inactivity": "长期未出车", "low_service_score": "服务分过低", "expired_documents": "证件过期",
         "order_manipulation": "疑似刷单", "safety_complaint": "安全投诉", "rental_arrears": "租金欠费"}
TICKETS = {  # id: zh, weight for active drivers, median resolution hours
    "dispatch": ("派单问题", 0.26, 14.0), "pay_settlement": ("收入结算", 0.27, 20.0), "app_issue": ("App故障", 0.15, 9.0),
    "account": ("账号问题", 0.10, 16.0), "rental_vehicle": ("租车车辆", 0.10, 22.0),
    "deposit_refund": ("押金退还", 0.0, 58.0), "onboarding_progress": ("审核进度", 0.0, 18.0),
    "appeal_followup": ("申诉进度", 0.0, 30.0),
}
STORES = {"android": ["华为应用市场", "小米应用商店", "应用宝", "OPPO软件商店"], "ios": ["App Store"]}
NPS_WAVES = [(2025, 1), (2025, 4), (2025, 7), (2025, 10), (2026, 1), (2026, 4), (2026, 7)]

# ---------- feedback text (each topic has its own marker words; generic texts have none) ----------
TOPIC_MARKERS = {
    "deposit": ["押金", "deposit"], "exam": ["考试", "exam"], "bgcheck": ["背调", "background check"],
    "wrong_ban": ["误封", "wrongly banned"], "dispatch": ["派单", "dispatch"], "commission": ["抽成", "commission"],
    "support": ["客服", "customer service"], "fee": ["培训费", "training fee"],
    "bonus": ["新人奖励", "new driver bonus"], "station": ["检测站", "inspection station"],
}
TEXT = {  # (topic, lang, sentiment)
    ("deposit", "zh", "neg"): [
        "退车都{n}天了押金还没退，打{rc}的电话也没人接", "押金{amt}块拖了快一个月，到底什么时候退？",
        "验完车说押金15个工作日到账，现在早过了还是没到", "押金退还太慢了，提车的时候收钱倒是挺快",
        "{rc}的押金一直拖着不退，平台能不能管管合作的租赁公司", "退车的时候又说有划痕要扣押金，之前提车明明就有",
        "押金退了{n}天，问就是财务在走流程"],
    ("deposit", "en", "neg"): [
        "Returned the car {n} days ago and still no deposit back from {rc_en}",
        "The deposit refund is painfully slow and nobody answers the phone",
        "They took weeks to give back my deposit and deducted a scratch that was already there"],
    ("deposit", "zh", "pos"): ["押金{n}天就退回来了，流程挺顺", "退车很顺利，押金很快到账"],
    ("deposit", "en", "pos"): ["Got the deposit back in {n} days, no drama"],
    ("deposit_high", "zh", "neg"): ["提车要先交{amt}押金，门槛有点高", "押金{amt}对我们来说压力挺大的"],
    ("deposit_high", "en", "neg"): ["A {amt} yuan deposit just to start driving is a lot"],
    ("exam", "zh", "neg"): [
        "新版题库好多题培训课里根本没讲，考试考了两次都没过", "考试题目太偏了，一堆法规条款要死记硬背",
        "上岗考试{score}分，差一点点，又要重新约", "考试内容和课程对不上，白学了", "三月份改了题库，考试通过不了，课程也不更新"],
    ("exam", "en", "neg"): [
        "The new exam asks things the course never covered", "Failed the exam twice by a couple of points, frustrating",
        "Exam questions changed but the videos are the old ones"],
    ("exam", "zh", "pos"): ["考试不难，认真看完课基本都能过"],
    ("exam", "en", "pos"): ["The exam was fine after watching the videos"],
    ("bgcheck", "zh", "neg"): [
        "背调等了{n}天还没结果，车都租好了", "背调一直显示审核中，问了也说不知道什么时候好",
        "换了背调公司以后慢得要命", "背调卡了一个多星期，差点就不干了"],
    ("bgcheck", "en", "neg"): [
        "My background check has been pending for {n} days", "Still waiting on the background check, can't start working"],
    ("bgcheck", "zh", "pos"): ["背调一天就出结果了，挺快的"],
    ("bgcheck", "en", "pos"): ["Background check came back the next day, quick"],
    ("wrong_ban", "zh", "neg"): [
        "我从来没刷过单，系统说我订单异常就把我误封了", "被误封{n}天了，一家人靠跑车吃饭，申诉还在等",
        "风控乱封号，我们群里好几个司机都被误封", "明明是正常接单，被系统误封，收入全停了", "误封之后要自证清白，太离谱了"],
    ("wrong_ban", "en", "neg"): [
        "I was wrongly banned for order manipulation, I never did that",
        "Got wrongly banned by the system, {n} days without income"],
    ("dispatch", "zh", "neg"): [
        "派单太远了，接驾{n}公里谁愿意去", "最近派单明显少了，在线一天才十几单", "派单不公平，新司机老是拿不到好单",
        "派单全是短途，一天跑下来没几个钱", "晚高峰派单一直在绕，空驶太多"],
    ("dispatch", "en", "neg"): [
        "Dispatch keeps sending me pickups {n} km away", "Dispatch is unfair, the veterans get all the airport trips",
        "Dispatch gives me only short trips lately"],
    ("dispatch", "zh", "pos"): ["这个月派单挺多，顺路单也不少"],
    ("dispatch", "en", "pos"): ["Dispatch has been steady this month, good"],
    ("commission", "zh", "neg"): [
        "抽成太高了，一单下来到手没多少", "平台抽成越来越狠，真跑不动了", "抽成比例不透明，每单扣的都不一样",
        "乘客付了{amt}，我才拿到一半多一点，抽成太多", "高峰期抽成也这么高，不合理"],
    ("commission", "en", "neg"): [
        "The commission is way too high, I keep barely more than half", "Commission changes every week and nobody explains it"],
    ("support", "zh", "neg"): [
        "客服回复太慢，问题拖了{n}天", "打客服电话排队半小时才接通", "客服只会复制粘贴模板，问题根本没解决",
        "在线客服转人工太难了"],
    ("support", "en", "neg"): ["Customer service took {n} days to reply", "Customer service just sends template answers"],
    ("support", "zh", "pos"): ["客服处理得挺快，点个赞", "客服态度很好，当天就解决了"],
    ("support", "en", "pos"): ["Customer service sorted my issue the same day"],
    ("fee", "zh", "neg"): [
        "培训费{fee}块有点贵，考不过也不退", "还没开始跑就要先交培训费，感觉被割韭菜", "培训费今年又涨了，别的平台不收"],
    ("fee", "en", "neg"): ["Paying a {fee} yuan training fee before earning anything feels wrong"],
    ("bonus", "zh", "pos"): ["新人奖励挺给力，第一周跑满拿到了", "新人奖励规则清楚，首周收入还不错", "冲着新人奖励来的，确实兑现了"],
    ("bonus", "en", "pos"): ["The new driver bonus was a nice start", "Hit the new driver bonus in my first week"],
    ("bonus", "zh", "neg"): ["说好的新人奖励到现在没到账"],
    ("bonus", "en", "neg"): ["My new driver bonus never showed up"],
    ("station", "zh", "pos"): ["检测站的师傅很专业，半小时就搞定了", "检测站预约方便，没怎么排队"],
    ("station", "en", "pos"): ["The inspection station was quick and friendly"],
    ("station", "zh", "neg"): ["检测站排队太久了，等了一上午", "检测站说我车龄超了，早说我就不跑这一趟了"],
    ("station", "en", "neg"): ["Waited all morning at the inspection station"],
    ("generic", "zh", "pos"): [
        "整体还可以，继续跑", "流程比想象的简单，两周就上线了", "高峰期收入还不错", "平台挺正规的，结算准时",
        "App挺好用，接单很顺", "跑了三个月了，还算满意"],
    ("generic", "zh", "neu"): ["还行吧，先跑着看", "一般般，和别的平台差不多", "希望多搞点活动", "晚上单量少，白天还行"],
    ("generic", "zh", "neg"): [
        "App经常卡顿，接单按钮反应慢", "导航老是不准，绕路被乘客投诉", "遇到差评也没法解释，很无奈",
        "乘客取消了还算我责任分，不合理", "账号要求太多了，天天人脸识别"],
    ("generic", "en", "pos"): ["Overall okay, will keep driving", "Sign-up was easier than expected", "Decent money at rush hour"],
    ("generic", "en", "neu"): ["It's fine, similar to the other apps", "Nights are slow, days are okay"],
    ("generic", "en", "neg"): ["The app freezes when I try to accept rides", "Navigation keeps sending me the long way",
                               "Riders cancel and my score still drops"],
    ("return_generic", "zh", "pos"): ["退车手续挺快，半小时就办完了", "门店办还车很顺利，态度也好"],
    ("return_generic", "zh", "neu"): ["还车门店排队有点久", "还车流程还行，就是要跑一趟门店"],
    ("return_generic", "zh", "neg"): ["门店验车挑了半天毛病", "这车空调老坏，租金还不便宜"],
    ("return_generic", "en", "pos"): ["Car return took ten minutes, easy"],
    ("return_generic", "en", "neu"): ["The return counter was busy, had to wait a while"],
    ("return_generic", "en", "neg"): ["The car's AC kept breaking and the rent isn't cheap"],
    ("appeal", "zh", "neu"): ["申请恢复账号，以后会注意服务质量", "证件已经重新上传了，请恢复接单", "请核实情况后恢复账号",
                              "租金已经补交，申请解除停用"],
    ("appeal", "en", "neu"): ["Please reinstate my account, my documents are renewed", "Rent is paid now, please unlock my account"],
}
SENT_RATING = {"neg": (1, 3), "neu": (3, 4), "pos": (4, 6)}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(d):
    keys = list(d)
    return keys[int(rng.integers(len(keys)))]


def choice(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    p = np.asarray(p, float)
    return items[int(rng.choice(len(items), p=p / p.sum()))]


def lognorm(median, sigma):
    return float(median * math.exp(sigma * rng.standard_normal()))


def daytime(day: datetime, lo=8, hi=22) -> datetime:
    return day.replace(hour=0, minute=0, second=0) + D(hours=float(rng.uniform(lo, hi)))


def in_spring(t):
    return any(a <= t < b for a, b in SPRING)


def week_start(t: datetime) -> datetime:
    d = t.replace(hour=0, minute=0, second=0, microsecond=0)
    return d - D(days=d.weekday())


class Gen:
    def __init__(self):
        self.customers = []
        self.events = []
        self.orders = []
        self.feedback = []       # dicts with ts possibly None, _topic, _sent
        self.n_ord = 0
        self.n_tk = 0

    # ---------- helpers ----------
    def ev(self, c, ts, tp, action, **kw):
        if ts > END or ts < START:
            return False
        r = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action, device=kw.pop("device", c["device"]),
                 channel=kw.pop("channel", "app"), city=c["city"])
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, ts, amount, otype, status="paid", **kw):
        if ts > END:
            return None
        self.n_ord += 1
        zh = {"training_fee": "培训考试费", "rental_deposit": "租车押金", "weekly_rent": "周租金"}[otype]
        r = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["id"], ts=ts, amount=round(amount, 2), status=status,
                 channel=kw.pop("channel", "app"), device=kw.pop("device", c["device"]), order_type=otype,
                 订单类型=zh, city=c["city"], tier=c["tier"],
                 payment_method=choice(["wechat_pay", "alipay", "bank_card"], [0.58, 0.34, 0.08]))
        r.update(kw)
        self.orders.append(r)
        return r

    def text(self, topic, lang, sent, c=None, **kw):
        opts = TEXT[(topic, lang, sent)]
        t = choice(opts)
        rc = c["rental"] if c and c.get("rental") else "yida"
        vals = dict(n=int(rng.integers(3, 30)), amt=int(DEPOSIT.get(c["tier"], 3000)) if c else 3000,
                    rc=RENTAL_CO[rc][0], rc_en=RENTAL_CO[rc][1], score=int(rng.integers(70, 80)),
                    fee=299 if not c or c.get("fee_year", 2025) == 2025 else 369)
        vals.update(kw)
        return t.format(**vals)

    def fb(self, ts, channel, topic, sent, tp, c=None, rating=None, nps=None, lang=None, **kw):
        if ts is not None and ts > END:
            return
        if lang is None:
            lang = c["lang"] if c else ("en" if rng.random() < 0.08 else "zh")
        base = {"deposit_high": "deposit", "return_generic": "generic"}.get(topic, topic)
        key = (topic, lang, sent)
        if key not in TEXT:
            key = (topic, "zh", sent)
            lang = "zh"
        text = self.text(topic, lang, sent, c)
        r = dict(ts=ts, customer_id=c["id"] if c else None, touchpoint_id=tp, channel=channel, rating=rating,
                 nps=nps, text=text, language=lang, city=(c["city"] if c else kw.pop("city", None)), _topic=base,
                 _sent=sent)
        r.update(kw)
        self.feedback.append(r)

    def rated(self, sent):
        lo, hi = SENT_RATING[sent]
        return int(rng.integers(lo, hi))

    # ---------- drivers ----------
    def new_driver(self, k, signup, legacy=False):
        t = signup
        year_w = 1 if t >= datetime(2026, 1, 1) else 0
        acq = choice(list(ACQ), [v[1 + year_w] for v in ACQ.values()])
        city = choice(list(CITIES), [v[1] for v in CITIES.values()])
        tier = choice(list(TIERS), [v[1] for v in TIERS.values()])
        rental = rng.random() < ACQ[acq][4]
        car, fuel = choice(CARS[tier])
        if rental:   # rental fleets are electric
            evs = [x for x in CARS[tier] if x[1] == "ev"]
            car, fuel = choice(evs)
        c = dict(id=f"D{k:06d}", signup=signup, acq=acq, city=city, tier=tier, rental=None, rental_flag=rental,
                 car=car, fuel=fuel, device="android" if rng.random() < 0.83 else "ios",
                 lang="en" if rng.random() < 0.05 else "zh", gender="男" if rng.random() < 0.93 else "女",
                 age=choice(["20-29", "30-39", "40-49", "50-59"], [0.2, 0.42, 0.3, 0.08]),
                 years=int(rng.integers(3, 25)), referrer=None, first_trip=None, deact=False, legacy=legacy,
                 last_active=None, fee_year=2026 if signup >= FEE_UP else 2025, holding_car=False,
                 weeks_active=0)
        if rental:
            c["rental"] = choice(CITIES[city][4])
        if acq == "driver_referral":
            c["referrer"] = None   # filled later from active drivers
        self.customers.append(c)
        return c

    def onboard(self, c):
        """the onboarding steps; returns the first-trip time or None."""
        t = c["signup"]
        intent = ACQ[c["acq"]][3]
        dev = c["device"]
        # awareness
        if c["acq"] in AD_PLATFORM:
            plat, plat_zh = choice(AD_PLATFORM[c["acq"]])
            for _ in range(1 + int(rng.random() < 0.3)):
                ta = t - D(hours=float(rng.uniform(0.2, 60)))
                self.ev(c, ta, "tp_recruit_ad", "click", channel="ads", ad_platform=plat, 广告平台=plat_zh,
                        campaign=f"{plat}_{ta:%Y%m}_{choice(['司机招募', '高收入', '租车跑单', '新人奖励'])}")
        elif c["acq"] == "driver_referral":
            ta = t - D(hours=float(rng.uniform(0.5, 24 * 20)))
            self.ev(c, ta, "tp_referral_link", "open", channel="social", referrer_id=c["referrer"])
        self.ev(c, t, "tp_signup", "submit", channel="app", acquisition_channel=c["acq"])
        # documents
        if rng.random() > min(0.97, 0.86 * intent):
            return None
        t += D(hours=float(rng.exponential(20)) + 0.3)
        attempts = 0
        while True:
            attempts += 1
            if (attempts == 1 and rng.random() < (0.12 if c["acq"] == "douyin_ads" else 0.04)):
                self.ev(c, t, "tp_doc_upload", "rejected", reject_reason="licence_too_new", 驳回原因="驾龄不足3年",
                        attempt_no=attempts)
                return None
            if rng.random() < (0.30 if attempts == 1 else 0.15):
                rr = choice(list(DOC_REJECT), [v[1] for v in DOC_REJECT.values()])
                self.ev(c, t, "tp_doc_upload", "rejected", reject_reason=rr, 驳回原因=DOC_REJECT[rr][0],
                        attempt_no=attempts)
                if attempts >= 3 or rng.random() > min(0.95, 0.8 * intent):
                    return None
                t += D(hours=float(rng.uniform(3, 80)))
                continue
            self.ev(c, t, "tp_doc_upload", "approved", attempt_no=attempts)
            break
        # background check
        if BG_BACKLOG[0] <= t < BG_BACKLOG[1]:
            days = lognorm(8.5, 0.35)
        elif BG_BACKLOG[1] <= t < BG_BACKLOG[1] + D(days=20):
            days = lognorm(3.2, 0.4)
        else:
            days = lognorm(1.6, 0.45)
        vendor = ("jiancheng", "鉴诚背调") if t >= BG_SWITCH else ("anxin", "安信背调")
        tb = t + D(days=days)
        c["bg_days"] = days
        if rng.random() < 0.05:
            fr = pick(BG_FAIL)
            self.ev(c, tb, "tp_bg_check", "failed", channel="other", device=None, bg_vendor=vendor[0],
                    背调机构=vendor[1], check_days=round(days, 1), submitted_at=fmt(t), fail_reason=fr,
                    不通过原因=BG_FAIL[fr])
            return None
        if not self.ev(c, tb, "tp_bg_check", "passed", channel="other", device=None, bg_vendor=vendor[0],
                       背调机构=vendor[1], check_days=round(days, 1), submitted_at=fmt(t)):
            return None
        if days > 4 and rng.random() < 0.35:
            self.pending.append((c, t + D(days=float(rng.uniform(2, days)))))
        t = tb
        go_on = max(0.3, min(0.97, (0.95 - 0.065 * max(0.0, days - 3)) * (0.85 + 0.15 * intent)))
        if rng.random() > go_on:
            if days > 5 and rng.random() < 0.3:
                ch = choice(["app_review", "social"])
                self.fb(t + D(days=float(rng.uniform(0.5, 4))), ch, "bgcheck", "neg", "tp_bg_check",
                        c if ch == "app_review" or rng.random() < 0.5 else None,
                        rating=int(rng.integers(1, 3)) if ch == "app_review" else None,
                        store=choice(STORES[c["device"]]) if ch == "app_review" else None,
                        device=c["device"] if ch == "app_review" else None)
            return None
        # rental pickup
        if c["rental_flag"]:
            if rng.random() > 0.92:
                return None
            t += D(days=float(rng.uniform(0.5, 4)))
            co = c["rental"]
            dep = DEPOSIT[c["tier"]]
            if not self.ev(c, t, "tp_rental_pickup", "picked_up", channel="store", rental_company=RENTAL_CO[co][1],
                           租赁公司=RENTAL_CO[co][0], car_model=c["car"], deposit=dep):
                return None
            c["dep_order"] = self.order(c, t - D(minutes=20), dep, "rental_deposit", channel="store",
                                        rental_company=RENTAL_CO[co][1], 租赁公司=RENTAL_CO[co][0])
            c["holding_car"] = True
            c["pickup"] = t
            if rng.random() < 0.03:
                self.fb(t + D(days=1), "app_review", "deposit_high", "neg", "tp_rental_pickup", c,
                        rating=int(rng.integers(1, 4)), store=choice(STORES[c["device"]]), device=c["device"])
        # vehicle inspection
        stations = CITIES[c["city"]][3]
        p_pass = 0.98 if c["rental_flag"] else CITIES[c["city"]][2]
        tries = 0
        while True:
            tries += 1
            t += D(days=float(rng.uniform(1, 6)))
            st = c["rental_flag"] and f"{RENTAL_CO[c['rental']][0]}门店" or choice(stations)
            if not c["rental_flag"] and rng.random() < 0.09:
                self.ev(c, t, "tp_vehicle_inspection", "no_show", channel="store", device=None, station=st)
                if rng.random() > 0.6 * intent:
                    return self.drop(c, t)
                continue
            if rng.random() < p_pass:
                self.ev(c, t, "tp_vehicle_inspection", "passed", channel="store", device=None, station=st,
                        attempt_no=tries)
                break
            if c["city"] == "西安":
                fr = choice(list(INSP_FAIL), [0.7, 0.14, 0.1, 0.06])
            else:
                fr = choice(list(INSP_FAIL), [v[1] for v in INSP_FAIL.values()])
            self.ev(c, t, "tp_vehicle_inspection", "failed", channel="store", device=None, station=st,
                    fail_reason=fr, 不通过原因=INSP_FAIL[fr][0], attempt_no=tries)
            if rng.random() < 0.15:
                self.fb(t + D(hours=3), "social", "station", "neg", "tp_vehicle_inspection",
                        c if rng.random() < 0.5 else None)
            if fr == "car_too_old" or tries >= 2 or rng.random() > 0.6:
                return self.drop(c, t)
        # training (fee paid at the start)
        if rng.random() > min(0.97, 0.9 * intent):
            return self.drop(c, t)
        t += D(days=float(rng.uniform(0.3, 3)))
        fee = (369.0 if t >= FEE_UP else 299.0) * (0.5 if c["acq"] == "driver_referral" else 1.0)
        c["fee_year"] = 2026 if t >= FEE_UP else 2025
        if rng.random() < 0.05:
            self.order(c, t - D(minutes=5), fee, "training_fee", status="cancelled")
        fee_order = self.order(c, t, fee, "training_fee")
        t += D(days=float(rng.uniform(0.5, 3)))
        if not self.ev(c, t, "tp_training", "completed", course_minutes=int(rng.normal(185, 25)),
                       course_version="2026版" if t >= EXAM_FIX else "2025版"):
            return None
        if rng.random() > 0.95:
            if fee_order and rng.random() < 0.6:
                fee_order["status"] = "refunded"
                fee_order["refunded_at"] = fmt(t + D(days=2))
            return self.drop(c, t)
        # exam
        attempts = 0
        while True:
            attempts += 1
            t += D(days=float(rng.uniform(0.2, 2.5 if attempts == 1 else 4)))
            if EXAM_NEW <= t < EXAM_FIX:
                p, ver = 0.52, "2026版"
            elif t >= EXAM_FIX:
                p, ver = 0.78, "2026版"
            else:
                p, ver = 0.81, "2025版"
            ok = rng.random() < p
            score = int(rng.integers(80, 100)) if ok else int(rng.integers(55, 80))
            if not self.ev(c, t, "tp_exam", "passed" if ok else "failed", score=score, attempt_no=attempts,
                           exam_version=ver):
                return None
            if ok:
                break
            if EXAM_NEW <= t < EXAM_FIX:
                c["exam_pain"] = True
                if rng.random() < 0.12:
                    ch = choice(["app_review", "social"], [0.6, 0.4])
                    self.fb(t + D(hours=float(rng.uniform(1, 30))), ch, "exam", "neg", "tp_exam",
                            c if ch == "app_review" or rng.random() < 0.5 else None,
                            rating=int(rng.integers(1, 3)) if ch == "app_review" else None,
                            store=choice(STORES[c["device"]]) if ch == "app_review" else None,
                            device=c["device"] if ch == "app_review" else None)
            elif rng.random() < 0.03:
                self.fb(t + D(hours=5), "app_review", "exam", "neg", "tp_exam", c, rating=int(rng.integers(1, 3)),
                        store=choice(STORES[c["device"]]), device=c["device"])
            if attempts >= 3 or rng.random() > 0.78:
                return self.drop(c, t)
        # first trip
        p_first = 0.97 if c["rental_flag"] else min(0.96, 0.9 * intent + 0.05)
        if rng.random() > p_first:
            return self.drop(c, t)
        gap = float(rng.uniform(20, 45)) if rng.random() < 0.05 else lognorm(2.2, 0.7)
        t += D(days=gap)
        t = daytime(t, 7, 23)
        if not self.ev(c, t, "tp_first_trip", "completed", car_type=c["tier"], 车型等级=TIERS[c["tier"]][0]):
            return None
        c["first_trip"] = t
        return t

    def drop(self, c, t):
        """an applicant who dropped out; a rental car picked up is returned."""
        if c.get("holding_car"):
            self.return_car(c, t + D(days=float(rng.uniform(2, 15))), "quit_onboarding")
        return None

    def return_car(self, c, t, why):
        if not c.get("holding_car") or t > END:
            return
        c["holding_car"] = False
        c["returned"] = t
        co = c["rental"]
        med = RENTAL_CO[co][2]
        days = lognorm(med, 0.35)
        self.ev(c, t, "tp_rental_return", "returned", channel="store", rental_company=RENTAL_CO[co][1],
                租赁公司=RENTAL_CO[co][0],
                return_reason=why, refund_days=round(days, 1) if t + D(days=days) <= END else None)
        dep = c.get("dep_order")
        if dep and t + D(days=days) <= END:
            dep["status"] = "refunded"
            dep["refunded_at"] = fmt(t + D(days=days))
        # return survey and deposit complaints
        if rng.random() < 0.5:
            slow = days > 12
            if slow:
                topic, sent, rating = "deposit", "neg", int(rng.integers(1, 3))
            elif rng.random() < 0.35:
                topic, sent, rating = "deposit", "pos", int(rng.integers(4, 6))
            else:
                topic, sent = "return_generic", choice(["pos", "neu", "neg"], [0.3, 0.4, 0.3])
                rating = self.rated(sent)
            self.fb(t + D(days=min(days, 20) + float(rng.uniform(0, 2))), "return_survey", topic, sent,
                    "tp_rental_return", c, rating=rating, rental_company=RENTAL_CO[co][1],
                    租赁公司=RENTAL_CO[co][0])
        if days > 12:
            # a ticket, sometimes a social post
            if rng.random() < 0.6:
                self.ticket(c, t + D(days=float(rng.uniform(8, 12))), "deposit_refund")
            if rng.random() < 0.25:
                self.fb(t + D(days=float(rng.uniform(10, 30))), "social", "deposit", "neg", "tp_rental_return",
                        c if rng.random() < 0.3 else None)

    def ticket(self, c, t, cat, text=True):
        if t > END:
            return
        self.n_tk += 1
        no = f"TK{self.n_tk:06d}"
        med = TICKETS[cat][2]
        if cat == "onboarding_progress" and BG_BACKLOG[0] <= t < BG_BACKLOG[1] + D(days=10):
            med = 60.0
        hrs = round(lognorm(med, 0.6), 1)
        self.ev(c, t, "tp_support", "opened", channel=choice(["phone", "app"], [0.45, 0.55]), session_id=no,
                ticket_no=no, ticket_category=cat, 问题类别=TICKETS[cat][0], resolution_hours=hrs,
                priority="high" if cat in ("account", "appeal_followup") else "normal")
        if not text:
            return
        about = {"dispatch": "tp_weekly_active", "pay_settlement": "tp_weekly_active", "app_issue": None,
                 "account": "tp_deactivation", "rental_vehicle": "tp_rental_pickup",
                 "deposit_refund": "tp_rental_return", "onboarding_progress": "tp_bg_check",
                 "appeal_followup": "tp_appeal"}[cat]
        if rng.random() < 0.55:
            if cat == "dispatch":
                topic, sent = "dispatch", "neg"
            elif cat == "pay_settlement":
                topic, sent = ("commission", "neg") if rng.random() < 0.5 else ("generic", "neg")
            elif cat == "deposit_refund":
                topic, sent = "deposit", "neg"
            elif cat == "onboarding_progress":
                topic, sent = ("bgcheck", "neg") if c.get("bg_days", 0) > 4 else ("generic", "neu")
            elif cat == "appeal_followup" and c.get("wave"):
                topic, sent = "wrong_ban", "neg"
            else:
                topic, sent = "generic", choice(["neg", "neu"])
            tp = about if topic != "generic" else None
            if topic == "wrong_ban":
                tp = "tp_deactivation"
            self.fb(t + D(minutes=2), "ticket", topic, sent, tp, c, ticket_no=no, ticket_category=cat)
        if rng.random() < 0.35:
            slow = hrs > 48
            if slow:
                topic, sent = ("support", "neg") if rng.random() < 0.7 else ("generic", "neg")
            else:
                topic, sent = ("support", "pos") if rng.random() < 0.3 else ("generic", choice(["pos", "neu"]))
            rating = self.rated(sent) if not (slow and topic == "support") else int(rng.integers(1, 3))
            self.fb(t + D(hours=hrs + float(rng.uniform(0.2, 6))), "csat", topic, sent, "tp_support", c,
                    rating=rating, ticket_no=no, ticket_category=cat)

    # ---------- weekly life ----------
    def life(self, c, t0):
        """weekly activity from t0 (first trip or 2025-01-01 for drivers already on the platform) to the end."""
        w = week_start(t0)
        rental = c["rental_flag"]
        quit_h = (0.014 if rental else 0.024) * (1.35 if c["acq"] == "douyin_ads" else 1.0) * \
            (0.6 if c["legacy"] else 1.0)
        base_trips = (76 if rental else 37) * {"economy": 1.0, "comfort": 0.82, "premium": 0.55}[c["tier"]] * \
            {"广州": 1.08, "深圳": 1.05, "成都": 0.92, "武汉": 1.0, "郑州": 0.95, "西安": 0.97}[c["city"]]
        score = float(rng.normal(93, 4))
        next_rent = c.get("pickup")
        if rental and c["legacy"]:
            next_rent = w + D(days=float(rng.uniform(0, 7)))
        first = True
        while True:
            we = w + D(days=7)
            if w + D(days=6, hours=23, minutes=59) > END:
                break
            # rent for the car held this week
            while rental and c.get("holding_car") and next_rent is not None and next_rent < we:
                if next_rent >= START:
                    st = "cancelled" if rng.random() < 0.025 else "paid"
                    self.order(c, next_rent, RENT[c["tier"]], "weekly_rent", status=st, rental_company=RENTAL_CO[c["rental"]][1],
                               租赁公司=RENTAL_CO[c["rental"]][0], week_start=w.strftime("%Y-%m-%d"))
                    if st == "cancelled":
                        self.order(c, next_rent + D(days=1), RENT[c["tier"]], "weekly_rent",
                                   rental_company=RENTAL_CO[c["rental"]][1], 租赁公司=RENTAL_CO[c["rental"]][0],
                                   week_start=w.strftime("%Y-%m-%d"))
                next_rent += D(days=7)
            # quitting
            if not first and rng.random() < quit_h * (1.6 if in_spring(w) else 1.0):
                self.quit(c, w)
                return
            p_act = (0.94 if rental else 0.74) * (0.45 if in_spring(w) or in_spring(w + D(days=3)) else 1.0)
            if first or rng.random() < p_act:
                trips = int(rng.poisson(base_trips * (0.5 if first else 1.0) * float(rng.uniform(0.75, 1.2))))
                trips = max(trips, 1)
                hrs = round(trips * float(rng.uniform(0.5, 0.66)) + float(rng.normal(3, 1.5)), 1)
                score = min(100.0, max(60.0, score + float(rng.normal(0, 1.2))))
                self.ev(c, w + D(days=6, hours=23, minutes=59), "tp_weekly_active", "active",
                        session_id=f"W{w:%Y%m%d}", week_start=w.strftime("%Y-%m-%d"), trips=trips, online_hours=hrs,
                        acceptance_rate=round(min(1.0, float(rng.beta(17, 3))), 3), service_score=round(score, 1),
                        car_type=c["tier"])
                c["last_active"] = w + D(days=6)
                c["weeks_active"] += 1
                c["active_weeks"].append(w)
                # tickets
                if rng.random() < 0.028:
                    cats = ["dispatch", "pay_settlement", "app_issue", "account"] + (["rental_vehicle"] if rental else [])
                    cat = choice(cats, [TICKETS[x][1] for x in cats])
                    self.ticket(c, w + D(days=float(rng.uniform(0, 6.9))), cat)
                # other comments from active drivers
                if rng.random() < 0.006:
                    topic = choice(["dispatch", "commission", "generic", "generic"], [0.35, 0.3, 0.2, 0.15])
                    sent = "neg" if topic != "generic" else choice(["pos", "neu", "neg"])
                    if topic == "dispatch" and rng.random() < 0.15:
                        sent = "pos"
                    tp = "tp_weekly_active" if topic != "generic" else None
                    self.fb(w + D(days=float(rng.uniform(0, 6.9))), "app_review", topic, sent, tp, c,
                            rating=self.rated(sent), store=choice(STORES[c["device"]]), device=c["device"])
                # deactivation hazards
                wave = RISK_WAVE[0] <= w + D(days=3) < RISK_WAVE[1]
                hz = {"low_service_score": 0.002 + (0.02 if score < 82 else 0.0),
                      "expired_documents": 0.0015, "safety_complaint": 0.0006,
                      "order_manipulation": 0.0011 + (0.028 if wave else 0.0),
                      "rental_arrears": 0.002 if rental else 0.0}
                for reason, h in hz.items():
                    if rng.random() < h:
                        td = w + D(days=float(rng.uniform(0, 6.9)))
                        if td > END:
                            break
                        cont = self.deactivate(c, td, reason, wave and reason == "order_manipulation")
                        if cont is None:
                            return
                        # reinstated: resume after the decision
                        while w + D(days=7) <= cont:
                            w += D(days=7)
                            while rental and c.get("holding_car") and next_rent is not None and next_rent < w + D(days=7):
                                if next_rent >= START:
                                    self.order(c, next_rent, RENT[c["tier"]], "weekly_rent",
                                               rental_company=RENTAL_CO[c["rental"]][1], 租赁公司=RENTAL_CO[c["rental"]][0],
                                               week_start=w.strftime("%Y-%m-%d"))
                                next_rent += D(days=7)
                        if reason == "low_service_score":
                            score = float(rng.normal(90, 3))
                        break
            first = False
            w += D(days=7)

    def quit(self, c, w):
        """stops driving; rental car returned; auto-deactivated after 8 weeks without a trip."""
        last = c["last_active"] or w
        if c.get("holding_car"):
            self.return_car(c, w + D(days=float(rng.uniform(0, 6))), "stopped_driving")
        if rng.random() < 0.22:
            topic = choice(["commission", "dispatch", "generic", "deposit"] if c["rental_flag"] else
                           ["commission", "dispatch", "generic"],
                           [0.4, 0.3, 0.2, 0.1] if c["rental_flag"] else [0.45, 0.33, 0.22])
            sent = "neg" if topic != "generic" else choice(["neu", "neg"])
            tp = {"commission": "tp_weekly_active", "dispatch": "tp_weekly_active", "generic": None,
                  "deposit": "tp_rental_return"}[topic]
            self.fb(w + D(days=float(rng.uniform(10, 25))), "call_note", topic, sent, tp, c)
        td = last + D(days=56, hours=float(rng.uniform(1, 5)))
        if td <= END:
            self.ev(c, td, "tp_deactivation", "deactivated", deactivation_reason="inactivity", 停用原因=DEACT["inactivity"],
                    triggered_by="system")
            c["deact"] = True
            c["deact_at"] = td

    def deactivate(self, c, td, reason, wave):
        """returns the time driving resumes (appeal approved) or None."""
        self.ev(c, td, "tp_deactivation", "deactivated", deactivation_reason=reason, 停用原因=DEACT[reason],
                triggered_by="manual" if reason == "safety_complaint" else "system",
                risk_model="v3" if reason == "order_manipulation" and td >= RISK_WAVE[0] else
                ("v2" if reason == "order_manipulation" else None))
        c["deact"] = True
        c["deact_at"] = td
        c["wave"] = wave
        p_appeal = {"low_service_score": 0.45, "expired_documents": 0.55, "safety_complaint": 0.35,
                    "order_manipulation": 0.88 if wave else 0.55, "rental_arrears": 0.45}[reason]
        if wave and rng.random() < 0.3:
            self.fb(td + D(hours=float(rng.uniform(2, 96))), "social", "wrong_ban", "neg", "tp_deactivation",
                    c if rng.random() < 0.4 else None, lang="zh" if rng.random() < 0.92 else "en")
        if rng.random() < p_appeal:
            ta = td + D(hours=float(rng.uniform(2, 120)))
            days = lognorm(6.5 if wave else 3.0, 0.45)
            p_ok = {"low_service_score": 0.2, "expired_documents": 0.6, "safety_complaint": 0.1,
                    "order_manipulation": 0.72 if wave else 0.22, "rental_arrears": 0.45}[reason]
            ok = rng.random() < p_ok
            decided = ta + D(days=days)
            dec_ok = decided <= END
            self.ev(c, ta, "tp_appeal", ("approved" if ok else "rejected") if dec_ok else "pending",
                    deactivation_reason=reason, 停用原因=DEACT[reason],
                    decided_at=fmt(decided) if dec_ok else None, decision_days=round(days, 1) if dec_ok else None)
            # appeal text
            if reason == "order_manipulation" and (wave or rng.random() < 0.3):
                self.fb(ta + D(minutes=1), "appeal", "wrong_ban", "neg", "tp_deactivation", c)
            else:
                self.fb(ta + D(minutes=1), "appeal", "appeal", "neu", "tp_appeal", c)
            if wave and rng.random() < 0.35:
                self.ticket(c, ta + D(days=float(rng.uniform(2, 6))), "appeal_followup")
            if ok and dec_ok:
                self.ev(c, decided + D(minutes=10), "tp_reactivated", "reinstated", deactivation_reason=reason,
                        停用原因=DEACT[reason])
                c["deact"] = False
                return decided + D(minutes=10)
        # not reinstated: car goes back
        if c.get("holding_car"):
            self.return_car(c, td + D(days=float(rng.uniform(1, 8))), "deactivated")
        return None

    # ---------- whole run ----------
    def run(self):
        self.pending = []
        k = 0
        # drivers already on the platform before the extract
        legacy = []
        for _ in range(950):
            k += 1
            su = datetime(2022, 3, 1) + D(days=float(rng.uniform(0, 1000)))
            c = self.new_driver(k, su, legacy=True)
            c["active_weeks"] = []
            if c["acq"] == "driver_referral":
                c["referrer"] = None
            c["first_trip"] = su + D(days=float(rng.uniform(7, 30)))
            if c["rental_flag"]:
                c["holding_car"] = True
                c["pickup"] = su + D(days=float(rng.uniform(3, 10)))
                co = c["rental"]
                c["dep_order"] = self.order(c, c["pickup"] - D(minutes=20), DEPOSIT[c["tier"]], "rental_deposit",
                                            channel="store", rental_company=RENTAL_CO[co][1], 租赁公司=RENTAL_CO[co][0])
            legacy.append(c)
        # new applicants
        day = START
        news = []
        while day <= END:
            growth = 1.0 + 0.012 * ((day - START).days / 30.4)
            season = 0.4 if in_spring(day) else (1.3 if (day.month == 3) else 1.0)
            lam = 9.2 * growth * season
            for _ in range(int(rng.poisson(lam))):
                k += 1
                c = self.new_driver(k, daytime(day, 7, 23.9))
                c["active_weeks"] = []
                news.append(c)
            day += D(days=1)
        pool = {city: [x for x in legacy if x["city"] == city] for city in CITIES}
        for c in legacy:
            self.life(c, START)
        for c in news:
            if c["acq"] == "driver_referral":
                for _ in range(10):
                    x = choice(pool[c["city"]])
                    if x["first_trip"] < c["signup"] - D(days=7):
                        c["referrer"] = x["id"]
                        break
            ft = self.onboard(c)
            if ft:
                pool[c["city"]].append(c)
                # onboarding survey after the first trip
                if rng.random() < 0.38:
                    self.survey(c, ft + D(days=float(rng.uniform(1, 6))))
                self.life(c, ft)
            elif rng.random() < 0.04:
                self.fb(c["signup"] + D(days=float(rng.uniform(3, 40))), "app_review", "generic",
                        choice(["neg", "neu"]), None, c, rating=int(rng.integers(1, 4)),
                        store=choice(STORES[c["device"]]), device=c["device"])
        # people who clicked an ad or opened a referral link and never signed up (tracked by device id)
        day = START
        lead_rate = {"douyin_ads": 1.7, "wechat_ads": 1.0, "job_board": 0.7, "driver_referral": 0.6}
        while day <= END:
            growth = 1.0 + 0.012 * ((day - START).days / 30.4)
            season = 0.4 if in_spring(day) else (1.3 if (day.month == 3) else 1.0)
            for acq, r in lead_rate.items():
                w = ACQ[acq][2 if day >= datetime(2026, 1, 1) else 1]
                for _ in range(int(rng.poisson(9.2 * growth * season * w * r))):
                    k += 1
                    self.lead(k, daytime(day, 6, 23.9), acq, pool)
            day += D(days=1)
        for c, t in self.pending:
            self.ticket(c, t, "onboarding_progress")
        self.nps()
        self.misc_feedback()

    def lead(self, k, t, acq, pool):
        city = choice(list(CITIES), [v[1] for v in CITIES.values()])
        c = dict(id=f"D{k:06d}", lead=True, signup=None, acq=acq, city=city, device="android" if rng.random() < 0.8
                 else "ios", lang="zh", first_trip=None, active_weeks=[], referrer=None, tier=None, rental_flag=None)
        self.customers.append(c)
        if acq in AD_PLATFORM:
            plat, plat_zh = choice(AD_PLATFORM[acq])
            for _ in range(1 + int(rng.random() < 0.2)):
                self.ev(c, t, "tp_recruit_ad", "click", channel="ads", ad_platform=plat, 广告平台=plat_zh,
                        campaign=f"{plat}_{t:%Y%m}_{choice(['司机招募', '高收入', '租车跑单', '新人奖励'])}")
                t += D(hours=float(rng.uniform(1, 72)))
        else:
            for _ in range(10):
                x = choice(pool[city])
                if x["first_trip"] < t - D(days=7):
                    c["referrer"] = x["id"]
                    break
            self.ev(c, t, "tp_referral_link", "open", channel="social", referrer_id=c["referrer"])

    def survey(self, c, t):
        if c.get("bg_days", 0) > 5 and rng.random() < 0.65:
            topic, sent, tp = "bgcheck", "neg", "tp_bg_check"
        elif c.get("exam_pain") and rng.random() < 0.6:
            topic, sent, tp = "exam", "neg", "tp_exam"
        else:
            topic = choice(["bonus", "station", "fee", "generic", "bgcheck", "exam"],
                           [0.28, 0.14, 0.12, 0.36, 0.05, 0.05])
            tp = {"bonus": "tp_first_trip", "station": "tp_vehicle_inspection", "fee": "tp_training",
                  "generic": "tp_first_trip", "bgcheck": "tp_bg_check", "exam": "tp_exam"}[topic]
            if topic == "fee":
                sent = "neg"
            elif topic == "bonus":
                sent = "pos" if rng.random() < 0.85 else "neg"
            elif topic == "station":
                sent = "pos" if rng.random() < 0.65 else "neg"
            elif topic in ("bgcheck", "exam"):
                sent = "pos"
            else:
                sent = choice(["pos", "neu", "neg"], [0.5, 0.3, 0.2])
        if c["rental_flag"] and topic == "station":
            topic, tp, sent = "generic", "tp_first_trip", "pos"
        rating = int(rng.integers(1, 4)) if topic == "fee" else self.rated(sent)
        self.fb(t, "survey", topic, sent, tp, c, rating=rating)

    def nps(self):
        for y, m in NPS_WAVES:
            a, b = datetime(y, m, 1), datetime(y, m, 15, 23)
            if a > END:
                continue
            pool = [c for c in self.customers if c["active_weeks"]
                    and bisect.bisect_left(c["active_weeks"], a) > bisect.bisect_left(c["active_weeks"], a - D(days=35))]
            for c in pool:
                if rng.random() > 0.16:
                    continue
                t = a + D(seconds=float(rng.uniform(0, (b - a).total_seconds())))
                shift = -1.6 if (y, m) == (2026, 7) else 0.0
                shift += 0.4 if c["rental_flag"] is False else 0.0
                nps = int(min(10, max(0, round(rng.normal(7.2 + shift, 2.2)))))
                if True:
                    sent = "pos" if nps >= 9 else ("neu" if nps >= 7 else "neg")
                    if sent == "neg":
                        topic = choice(["commission", "dispatch", "support", "generic"], [0.38, 0.3, 0.12, 0.2])
                        if (y, m) == (2026, 7) and c.get("wave") and rng.random() < 0.6:
                            topic = "wrong_ban"
                    elif sent == "pos":
                        topic = choice(["generic", "dispatch", "support"], [0.8, 0.1, 0.1])
                    else:
                        topic = "generic"
                    tp = {"commission": "tp_weekly_active", "dispatch": "tp_weekly_active", "support": "tp_support",
                          "generic": None, "wrong_ban": "tp_deactivation"}[topic]
                    self.fb(t, "nps_survey", topic, sent, tp, c, nps=nps, survey_wave=f"{y}Q{(m - 1) // 3 + 1}")

    def misc_feedback(self):
        """social posts (no customer) and app reviews not tied to an event; some undated."""
        day = START
        while day <= END:
            for _ in range(int(rng.poisson(0.55))):
                topic = choice(["commission", "dispatch", "fee", "generic", "support", "bonus"],
                               [0.3, 0.25, 0.1, 0.2, 0.08, 0.07])
                sent = "neg" if topic in ("commission", "fee", "support") else (
                    "pos" if topic == "bonus" else choice(["neg", "neu", "pos"]) if topic == "generic" else "neg")
                tp = {"commission": "tp_weekly_active", "dispatch": "tp_weekly_active", "fee": "tp_training",
                      "generic": None, "support": "tp_support", "bonus": "tp_first_trip"}[topic]
                ch = choice(["social", "app_review"], [0.55, 0.45])
                city = choice(list(CITIES))
                if ch == "social":
                    ts = None if rng.random() < 0.5 else daytime(day, 6, 24)
                    self.fb(ts, "social", topic, sent, tp, None, platform=choice(["司机微信群", "抖音", "百度贴吧", "小红书"]),
                            city=city)
                else:
                    dev = "android" if rng.random() < 0.8 else "ios"
                    ts = None if rng.random() < 0.22 else daytime(day, 6, 24)
                    self.fb(ts, "app_review", topic, sent, tp, None, rating=self.rated(sent),
                            store=choice(STORES[dev]), device=dev, city=city)
            day += D(days=1)

    # ---------- output ----------
    def customer_rows(self):
        rows = []
        for c in self.customers:
            if c.get("lead"):
                rows.append(dict(customer_id=c["id"], segment="lead", region=CITIES[c["city"]][0], city=c["city"],
                                 acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0], referrer_id=c["referrer"],
                                 device=c["device"], preferred_language=c["lang"]))
                continue
            if c["first_trip"] is None:
                seg = "onboarding" if c["signup"] >= END - D(days=30) else "dropped_out"
            elif c["deact"]:
                seg = "deactivated"
            elif c["last_active"] and c["last_active"] >= END - D(days=28):
                seg = "active"
            else:
                seg = "lapsed"
            rc = c.get("rental")
            rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg,
                             region=CITIES[c["city"]][0], city=c["city"], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]][0], tier=c["tier"], 车型等级=TIERS[c["tier"]][0],
                             vehicle_source="rental" if c["rental_flag"] else "own",
                             车辆来源="租车" if c["rental_flag"] else "自有车辆",
                             rental_company=RENTAL_CO[rc][1] if rc else None,
                             租赁公司=RENTAL_CO[rc][0] if rc else None, car_model=c["car"], fuel_type=c["fuel"],
                             gender=c["gender"], age_band=c["age"], driving_years=c["years"],
                             referrer_id=c["referrer"], device=c["device"], preferred_language=c["lang"],
                             first_trip_at=fmt(c["first_trip"]) if c["first_trip"] else None))
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
    # events: sorted, ids, a few exact re-sent duplicates (app retries)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for k, r in enumerate(ev, 1):
        r["event_id"] = f"E{k:07d}"
    dup_idx = sorted(int(x) for x in rng.choice(len(ev), 45, replace=False))
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
    # feedback: ids in time order, undated ones interleaved at a random place
    dated = sorted([r for r in g.feedback if r["ts"] is not None], key=lambda r: r["ts"])
    undated = [r for r in g.feedback if r["ts"] is None]
    fb = list(dated)
    for r in undated:
        fb.insert(int(rng.integers(0, len(fb) + 1)), r)
    for k, r in enumerate(fb, 1):
        r["feedback_id"] = f"FB{k:05d}"
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "city", "store", "device", "platform", "ticket_no", "ticket_category", "rental_company", "租赁公司", "survey_wave"]
    write(out / "feedback.csv", fb, fcols)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=r["feedback_id"], topic=r["_topic"], sentiment=r["_sent"]) for r in fb],
          ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(rows)}, orders {len(orders)}, feedback {len(fb)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
