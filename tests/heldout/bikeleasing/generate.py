"""骑享福利 RidePerk: an employee e-bike leasing benefit sold to employers (B2B2C) in six Chinese cities (synthetic,
written blind).

Employers are sold the scheme by our B2B team (企业咨询演示 demo → 企业签约 framework contract → 企业上线 launch at
the company). Their employees then browse the benefit page in our portal (web / app / WeChat mini program), configure
a bike and a partner shop, apply; the employer's HR approves or rejects in the HR portal; the employee e-signs the
lease (with face verification); the bike is delivered by the distributor to the chosen partner shop (到店), the
employee picks it up (提车), and the monthly lease fee is deducted from salary by the employer's payroll (工资代扣)
for 12 / 24 / 36 months. Partner shops do the first check, annual services and repairs. At the end of the lease the
employee gets an offer and either buys the bike out at its residual value (残值买断) or returns it (还车, with a
damage inspection that can cost a fee). Employees who leave the company settle the lease early. Support contacts
(客服) and insurance claims are logged too.

Data 2023-07-01 .. 2026-07-31 (extract taken 4 August 2026). Timestamps are Beijing time, naive.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers (employees and employer accounts), events, orders, feedback and experiments as
CSV (DATA.md), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (seed 20260804), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260804
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2023, 7, 1), datetime(2026, 7, 31, 23, 59, 59)
WAREHOUSE_MOVE = (datetime(2025, 8, 1), datetime(2025, 9, 1))   # distributor's warehouse move: slow deliveries
PAYROLL_BUG = (datetime(2026, 3, 1), datetime(2026, 4, 1))      # 薪云 XinCloud payroll API upgrade: failed deductions
EXPERIMENT = ("lease_end_offer_test", datetime(2025, 9, 1), datetime(2026, 6, 30, 23, 59, 59))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_employer_demo", "企业咨询演示", "Employer demo", "awareness", "other", "digital", "企业销售部",
     "企业演示|方案演示|企业咨询|B端线索|销售演示|employer demo|sales demo|B2B lead|pitch"),
    ("tp_employer_contract", "企业签约", "Employer contract", "purchase", "other", "digital", "企业销售部",
     "企业签约|框架协议|B端签约|合作协议|employer contract|framework agreement|employer signed|company signup"),
    ("tp_employer_launch", "企业上线", "Employer launch", "purchase", "other", "physical", "客户成功部",
     "上线|开通|宣讲会|福利上线|launch|go-live|roadshow|rollout"),
    ("tp_benefit_page", "福利介绍页", "Benefit page", "awareness", "web", "digital", "产品部",
     "福利页|活动页|方案介绍|员工福利页|benefit page|landing page|scheme page"),
    ("tp_bike_config", "选车配置", "Bike configurator", "consideration", "web", "digital", "产品部",
     "选车|配置车辆|选门店|车型选择|configurator|choose a bike|bike selection"),
    ("tp_apply", "提交申请", "Lease application", "consideration", "web", "digital", "产品部",
     "申请|提交申请|员工申请|下单|application|apply|submit application"),
    ("tp_employer_approval", "企业HR审批", "Employer HR approval", "purchase", "web", "digital", "客户成功部",
     "HR审批|企业审批|审核|审批|人事审批|HR approval|employer approval|approval"),
    ("tp_esign", "电子签约", "Lease e-signature", "purchase", "app", "digital", "产品部",
     "签约|电子合同|签合同|人脸识别|刷脸|e-sign|e-signature|sign the lease|contract signing"),
    ("tp_shop_delivery", "车辆到店", "Bike delivered to shop", "purchase", "store", "physical", "供应链部",
     "到店|到货|发货|配送到店|物流|delivery|bike arrival|shipped to shop|delivery to shop"),
    ("tp_pickup", "到店提车", "Bike pickup", "purchase", "store", "physical", "门店运营部",
     "提车|取车|交车|pickup|collect the bike|handover"),
    ("tp_salary_deduction", "工资代扣", "Salary deduction", "service", "other", "digital", "财务部",
     "代扣|工资扣款|扣款|月租扣款|薪资代扣|salary deduction|payroll deduction|monthly deduction|deduction"),
    ("tp_service_visit", "门店保养维修", "Shop service visit", "service", "store", "physical", "门店运营部",
     "保养|维修|修车|首检|年检|售后|service|repair|maintenance|check-up|inspection"),
    ("tp_claim", "保险理赔", "Insurance claim", "service", "app", "digital", "风控部",
     "理赔|报案|被盗|丢车|车损|insurance claim|theft|stolen bike|damage claim"),
    ("tp_support", "客服咨询", "Customer support", "service", "phone", "digital", "客服中心",
     "客服|热线|在线客服|人工客服|support|hotline|helpdesk|customer service"),
    ("tp_early_termination", "离职提前结清", "Early termination", "loyalty", "app", "digital", "财务部",
     "提前结清|离职结清|提前终止|early termination|leaver settlement|terminate early"),
    ("tp_lease_end_offer", "到期方案通知", "End-of-lease offer", "loyalty", "email", "digital", "客户成功部",
     "到期通知|到期方案|买断报价|残值报价|end of lease offer|buyout offer|lease end notice"),
    ("tp_buyout", "残值买断", "Buyout", "loyalty", "app", "digital", "财务部",
     "买断|残值买断|买下车|留车|buyout|buy out|buy the bike|keep the bike"),
    ("tp_return", "到期还车", "Bike return", "loyalty", "store", "physical", "门店运营部",
     "还车|退车|归还|定损|return|give back the bike|bike return"),
]

JOURNEYS = [  # id, zh, en, window, steps
    ("portal_apply", "员工线上申请", "Employee portal application", 14,
     ["tp_benefit_page", "tp_bike_config", "tp_apply"]),
    ("lease_onboarding", "申请到提车", "Application to pickup", 60,
     ["tp_apply", "tp_employer_approval", "tp_esign", "tp_shop_delivery", "tp_pickup"]),
    ("employer_onboarding", "企业签约上线", "Employer onboarding", 150,
     ["tp_employer_demo", "tp_employer_contract", "tp_employer_launch"]),
    ("lease_end", "到期买断", "Lease end to buyout", 60, ["tp_lease_end_offer", "tp_buyout"]),
]

CITIES = [("shanghai", "上海", 0.24), ("suzhou", "苏州", 0.16), ("hangzhou", "杭州", 0.16), ("shenzhen", "深圳", 0.18),
          ("guangzhou", "广州", 0.14), ("chengdu", "成都", 0.12)]
CITY_ZH = {c[0]: c[1] for c in CITIES}
SHOPS = [  # id, city, zh, en, weight in city
    ("S01", "shanghai", "骑迹单车徐汇店", "Qiji Cycles Xuhui", 0.55), ("S02", "shanghai", "绿道车行浦东店", "Greenway Bikes Pudong", 0.45),
    ("S03", "suzhou", "姑苏骑行馆", "Gusu Ride House", 0.5), ("S04", "suzhou", "金鸡湖单车工坊", "Jinji Lake Bike Works", 0.5),
    ("S05", "hangzhou", "西溪骑士车行", "Xixi Rider", 0.5), ("S06", "hangzhou", "钱塘电助力中心", "Qiantang E-Assist Center", 0.5),
    ("S07", "shenzhen", "速骑车行龙华店", "Suqi Cycles Longhua", 0.55), ("S08", "shenzhen", "湾区单车南山店", "Bay Bikes Nanshan", 0.45),
    ("S09", "guangzhou", "羊城骑行天河店", "Yangcheng Ride Tianhe", 0.5), ("S10", "guangzhou", "珠江车行海珠店", "Pearl River Cycles Haizhu", 0.5),
    ("S11", "chengdu", "锦城单车高新店", "Jincheng Bikes Gaoxin", 0.5), ("S12", "chengdu", "蓉骑工坊武侯店", "Rongqi Works Wuhou", 0.5),
]
SHOP = {s[0]: s for s in SHOPS}
BAD_SHOP = "S07"
MODELS = [  # model, brand, brand zh, type, type zh, price, weight, supplier
    ("Fengxing C3", "Fengxing", "风行", "city", "城市通勤", 3699, 0.24, "华东单车分销"),
    ("Fengxing C5", "Fengxing", "风行", "city", "城市通勤", 5299, 0.20, "华东单车分销"),
    ("Yueqi U1", "Yueqi", "悦骑", "folding", "折叠", 4599, 0.16, "华东单车分销"),
    ("Tianlu S2", "Tianlu", "天路", "city", "城市通勤", 4199, 0.14, "华东单车分销"),
    ("Kestrel Trail 7", "Kestrel", "Kestrel", "emtb", "电助力山地", 12999, 0.10, "Kestrel China"),
    ("Nordvik Urban", "Nordvik", "Nordvik", "city", "城市通勤", 8999, 0.09, "Nordvik Import"),
    ("Nordvik Cargo L", "Nordvik", "Nordvik", "cargo", "载物", 11999, 0.07, "Nordvik Import"),
]
ACCESSORIES = [("helmet", 299), ("lock", 199), ("child_seat", 499), ("rain_cover", 129)]
TERMS = {12: (0.30, 0.0895, 0.35), 24: (0.55, 0.0470, 0.18), 36: (0.15, 0.0335, 0.08)}  # share, monthly factor, residual
INDUSTRIES = [("internet", "互联网", "科技", "Technology"), ("manufacturing", "制造业", "精密制造", "Precision Manufacturing"),
              ("finance", "金融", "金融", "Financial"), ("healthcare", "医疗", "医疗", "Healthcare"),
              ("logistics", "物流", "物流", "Logistics"), ("retail", "零售", "零售", "Retail"),
              ("biotech", "生物医药", "生物", "Biotech"), ("design", "设计咨询", "设计", "Design")]
PREFIXES = [("澜图", "Lantu"), ("启明", "Qiming"), ("星河", "Xinghe"), ("云帆", "Yunfan"), ("博瑞", "Borui"), ("华拓", "Huatuo"),
            ("嘉禾", "Jiahe"), ("瑞丰", "Ruifeng"), ("明德", "Mingde"), ("金桥", "Jinqiao"), ("远航", "Yuanhang"),
            ("新叶", "Xinye"), ("鼎盛", "Dingsheng"), ("易联", "Yilian"), ("蓝湾", "Lanwan"), ("青禾", "Qinghe"),
            ("领创", "Lingchuang"), ("海纳", "Haina"), ("天衡", "Tianheng"), ("睿思", "Ruisi"), ("银杉", "Yinshan"),
            ("北辰", "Beichen"), ("光启", "Guangqi"), ("汇通", "Huitong"), ("万象", "Wanxiang"), ("同创", "Tongchuang"),
            ("绿洲", "Lvzhou"), ("九章", "Jiuzhang"), ("凌云", "Lingyun"), ("东升", "Dongsheng"), ("和光", "Heguang"),
            ("安途", "Antu"), ("格致", "Gezhi"), ("飞鸿", "Feihong"), ("弘毅", "Hongyi"), ("清源", "Qingyuan"),
            ("朗润", "Langrun"), ("致远", "Zhiyuan"), ("晨曦", "Chenxi"), ("聚合", "Juhe")]
MULTINATIONALS = [("诺德汽车部件（苏州）", "Nordlicht Automotive Parts (Suzhou)", "suzhou", "manufacturing", 2400),
                  ("阿尔朋工程（上海）", "Alpenrad Engineering Shanghai", "shanghai", "manufacturing", 900),
                  ("海芬咨询", "Harbor & Finch Consulting", "shanghai", "design", 450),
                  ("维斯塔软件（深圳）", "Vistasoft Shenzhen", "shenzhen", "internet", 1300)]
SLOW_HR = ("恒远精密制造", "Hengyuan Precision Manufacturing", "suzhou", "manufacturing", 3200)
LEAD_SRC = {"referral": ("客户推荐", 0.15, 0.72), "trade_fair": ("HR展会", 0.20, 0.50), "outbound": ("电销外呼", 0.25, 0.30),
            "website": ("官网表单", 0.22, 0.52), "hr_saas": ("HR SaaS应用市场", 0.18, 0.40)}
PAYROLL = {"xincloud": ("薪云", 0.36), "easypay": ("易薪通", 0.30), "in_house": ("自建系统", 0.34)}
EMP_ACQ = {"hr_email": "HR邮件通知", "launch_event": "宣讲会", "colleague": "同事推荐", "intranet": "内网公告",
           "poster": "海报二维码"}
REJECT = {"budget_cap": "福利额度已满", "probation": "试用期员工", "not_eligible": "岗位不符合条件"}
CANCEL = {"delivery_too_slow": "交付太慢", "left_company": "员工离职", "changed_mind": "不想要了"}
FAIL = {"payroll_sync_error": "薪资接口同步失败", "hr_file_missing": "代扣名单漏报", "insufficient_salary": "当月工资不足"}
SERVICE = {"first_check": "首检", "annual_service": "年度保养", "repair": "维修", "battery_check": "电池检测"}
TOPICS_SUP = {"delivery_status": "到货进度", "deduction_query": "扣款疑问", "esign_help": "签约问题", "repair_booking": "维修预约",
              "lease_end": "到期方案", "tax_question": "个税问题", "approval_status": "审批进度"}
GRADES = [("staff", "专员", 0.46), ("senior", "资深专员", 0.28), ("manager", "经理", 0.20), ("director", "总监", 0.06)]
SEG_ZH = {"browsing": "浏览未申请", "in_progress": "申请处理中", "rejected": "审批未通过", "not_signed": "未签约",
          "cancelled": "已取消", "awaiting_pickup": "待提车", "active_lease": "租赁中", "bought_out": "已买断",
          "returned": "已归还", "terminated_early": "离职提前结清",
          "employer_lead": "企业线索", "employer_signed": "已签约企业", "employer_live": "已上线企业"}
LEASE_ZH = {"active": "租赁中", "bought_out": "已买断", "returned": "已归还", "terminated_early": "提前结清",
            "cancelled": "已取消", "awaiting_pickup": "待提车"}
ORDER_TYPE_ZH = {"lease": "租赁合同", "buyout": "残值买断", "damage_fee": "还车定损费", "early_settlement": "离职结清"}
PLATFORM_ZH = {"app_store": "App Store", "huawei_appgallery": "华为应用市场", "xiaohongshu": "小红书", "weibo": "微博"}

# ---------------------------------------------------------------- feedback texts
# topic -> zh / en templates; a topic's marker words (see gold.py) appear in no other topic's template
T = {
    "delivery_delay": {
        "zh": ["合同签了{d}天车还没到货，门店说供应商那边排不上，太慢了",
               "说好一周到货，结果等了{d}天，问客服也说不清楚什么时候能到",
               "到货时间一拖再拖，都{d}天了，早知道直接自己买了",
               "车一直不到货，每天通勤还是挤地铁，福利变成了等待",
               "等到货等了快{w}周，门店和平台互相推，没人负责"],
        "en": ["Signed the lease {d} days ago and the bike still hasn't arrived. The delay is ridiculous.",
               "They promised a week, it took {d} days. Nobody could tell me the reason for the delay.",
               "Delivery delay after delay, {w} weeks now. Really disappointing."],
    },
    "shop_service": {
        "zh": ["送去修车等了{d}天，打电话问也没人理，店员态度很差",
               "门店修车特别慢，一个刹车片换了一个多星期",
               "店里修车师傅很不耐烦，问两句就甩脸色",
               "修车要排队{d}天，还说配件没货，上班只能打车",
               "约好时间去修车，到了说师傅不在，白跑一趟"],
        "en": ["Took the bike in for a repair and waited {d} days, the staff were rude when I called.",
               "Repair took over a week for a simple brake fix. Terrible shop.",
               "The repair guys at the shop couldn't care less. Had to come back three times."],
    },
    "esign_face": {
        "zh": ["电子签约的时候人脸识别一直失败，试了好几次都不行",
               "小程序里签合同要刷人脸，光线正常也识别不了，卡住了",
               "人脸识别失败{d}次，最后只能放弃，流程太折腾",
               "签约卡在人脸验证这一步，换了手机也不行"],
        "en": ["Face verification kept failing when I tried to e-sign the lease.",
               "Couldn't get past the face check in the mini program, tried {d} times.",
               "The face recognition step for signing is broken, gave up in the end."],
    },
    "deduction_error": {
        "zh": ["这个月工资条里扣款不对，租金扣了两次",
               "明明正常在职，系统说扣款失败，还要我补缴，搞什么",
               "工资代扣出错了，下个月一下子扣了{amt}元，也没提前说",
               "扣款金额跟合同不一致，找HR，HR让我找平台，踢皮球",
               "收到短信说扣款失败要补扣，我工资都正常发了"],
        "en": ["My payslip shows the lease deducted twice this month.",
               "Got a message that the salary deduction failed, but my salary was paid normally.",
               "Wrong amount deducted from my salary, {amt} yuan in one go without notice."],
    },
    "approval_slow": {
        "zh": ["申请提交了{d}天，公司HR审批一直没动静",
               "卡在企业审批这一步快两周了，催了HR也没用",
               "HR审批太慢了，等审批过了优惠活动都结束了",
               "审批超时自动作废了，还得重新申请，体验很差"],
        "en": ["My application has been waiting for HR approval for {d} days.",
               "HR approval is painfully slow, almost two weeks and still pending.",
               "The approval expired before HR looked at it. Now I have to start again."],
    },
    "return_fee": {
        "zh": ["到期还车被收了{amt}元定损费，正常使用的划痕也算",
               "还车定损标准不透明，一个小磕碰收了{amt}块",
               "定损的时候门店随便拍了几张照片就要收钱，不合理"],
        "en": ["Returned the bike at the end and got charged a {amt} yuan damage fee for normal wear.",
               "The damage assessment at return was arbitrary, {amt} yuan for a scratch."],
    },
    "app_crash": {
        "zh": ["APP老是闪退，查个合同都打不开", "更新之后一直闪退，登录都登录不进去", "安卓版闪退严重，只能用电脑网页"],
        "en": ["The app keeps crashing when I open my contract.", "App crashes right after login since the update."],
    },
    "pickup_good": {
        "zh": ["提车很顺利，店员帮我调好了座高，还讲了电池怎么用", "提车当天半小时就办完了，车况很好",
               "提车体验不错，师傅很专业，检查得很仔细"],
        "en": ["Pickup was smooth, the shop adjusted everything and explained the battery.",
               "Picked up the bike in half an hour, great condition.", "Very professional pickup, they checked everything."],
    },
    "service_good": {
        "zh": ["保养很快，当天就弄好了", "首次保养免费，师傅顺便帮我调了变速", "年度保养很及时，店里提前打电话提醒"],
        "en": ["The check-up was done the same day, quick and friendly.", "Free first check-up, they even tuned the gears.",
               "Annual check-up was on time, the shop called ahead."],
    },
    "benefit_praise": {
        "zh": ["公司这个福利太香了，每月几百块就骑上了好车", "通勤终于不用挤公交了，这个员工福利真心推荐",
               "比自己买划算，还包保险和保养，福利很实在", "同事都在用，这个福利让上班路上轻松多了"],
        "en": ["Great employee benefit, a quality e-bike for a few hundred a month.",
               "Best benefit my company offers, commuting is fun again.",
               "Cheaper than buying one myself and insurance is included. Great benefit."],
    },
    "hr_invoice": {
        "zh": ["HR反馈：月度对账单和发票开得太晚，影响我们月结", "HR说后台导出的员工名单和发票金额对不上",
               "HR希望发票能按部门拆开开"],
        "en": ["HR: monthly statements and invoices arrive too late for our month-end close.",
               "HR asked for invoices split by cost centre."],
    },
    "generic_neu": {
        "zh": ["还行，流程有点长", "整体一般，车还可以", "没什么特别的，正常使用中", "步骤有点多，不过能接受"],
        "en": ["It's okay, a few too many steps.", "Average experience, the bike is fine.", "Nothing special so far."],
    },
}
TOPIC_TP = {"delivery_delay": "tp_shop_delivery", "shop_service": "tp_service_visit", "esign_face": "tp_esign",
            "deduction_error": "tp_salary_deduction", "approval_slow": "tp_employer_approval", "return_fee": "tp_return",
            "pickup_good": "tp_pickup", "service_good": "tp_service_visit", "hr_invoice": "tp_employer_launch"}
NEG = {"delivery_delay", "shop_service", "esign_face", "deduction_error", "approval_slow", "return_fee", "app_crash",
       "hr_invoice"}
POS = {"pickup_good", "service_good", "benefit_praise"}


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at_hour(day: datetime, lo: float, hi: float) -> datetime:
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(hours=float(rng.uniform(lo, hi)))


def workday(t: datetime, lo=9.0, hi=18.5) -> datetime:
    """move t into office hours on a weekday."""
    h = t.hour + t.minute / 60
    if h > hi:
        t = at_hour(t + D(days=1), lo, lo + 2)
    elif h < lo:
        t = at_hour(t, lo, lo + 2)
    while t.weekday() >= 5:
        t = at_hour(t + D(days=1), lo, lo + 2)
    return t


def add_months(t: datetime, k: int, day: int) -> datetime:
    m = t.month - 1 + k
    return datetime(t.year + m // 12, m % 12 + 1, day)


def lognorm(median, sigma):
    return float(median * np.exp(rng.normal(0, sigma)))


SEASON = {1: 0.75, 2: 0.45, 3: 1.25, 4: 1.4, 5: 1.3, 6: 1.05, 7: 0.85, 8: 0.9, 9: 1.2, 10: 1.0, 11: 0.9, 12: 0.7}


class Gen:
    def __init__(self):
        self.events, self.customers, self.orders, self.feedback, self.truth, self.exp = [], [], [], [], [], []
        self.n_ev = self.n_fb = self.n_emp = self.n_app = 0
        self.employers = []

    # ------------------------------------------------------------ helpers
    def ev(self, cid, t, tp, action, sess="", device="", channel="", **extra):
        if t > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"EV{self.n_ev:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp, session_id=sess,
                   action=action, device=device, channel=channel)
        row.update(extra)
        self.events.append(row)
        return row

    def fb(self, topic, t, cust, channel, lang=None, rating=None, nps=None, no_ts=False, anon=False, tp=None,
           fmtargs=None, **extra):
        if t is not None and t > END:
            return
        if lang is None:
            lang = "en" if (cust and cust.get("preferred_language") == "en") or rng.random() < 0.06 else "zh"
        text = pick(T[topic][lang])
        a = dict(d=int(rng.integers(9, 25)), amt=int(rng.integers(3, 13)) * 100)
        a.update(fmtargs or {})
        a["w"] = max(2, round(a["d"] / 7))
        text = text.format(**a)
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        if tp is None:
            tp = TOPIC_TP.get(topic, "")
        row = dict(feedback_id=fid, text=text, ts="" if (no_ts or t is None) else fmt(t),
                   customer_id="" if (anon or not cust) else cust["customer_id"], touchpoint_id=tp, channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang)
        if cust:
            row.update(employer_id=cust["employer_id"], 企业=cust["所属企业"], employer_en=cust["employer_en"],
                       city=cust["region"], 城市=cust["城市"])
        row.update(extra)
        self.feedback.append(row)
        label = "" if topic.startswith("generic") else topic
        sent = "negative" if topic in NEG else ("positive" if topic in POS else "neutral")
        self.truth.append(dict(feedback_id=fid, topics=label, sentiment=sent))

    def complain(self, topic, t, cust, **extra):
        """a complaint outside a survey: support ticket, app review or social post."""
        ch = pick(["ticket", "app_review", "social"], [0.7, 0.15, 0.15])
        if ch == "ticket":
            self.fb(topic, t, cust, "ticket", **extra)
        elif ch == "app_review":
            plat = pick(["app_store", "huawei_appgallery"], [0.5, 0.5])
            self.fb(topic, t, cust, "app_review", rating=int(pick([1, 2], [0.6, 0.4])), anon=rng.random() < 0.3,
                    platform=plat, 平台=PLATFORM_ZH[plat], **extra)
        else:
            plat = pick(["xiaohongshu", "weibo"], [0.65, 0.35])
            self.fb(topic, t, cust, "social", anon=True, no_ts=rng.random() < 0.5, platform=plat,
                    平台=PLATFORM_ZH[plat], **extra)

    def support(self, cust, t, topic, sess="", **extra):
        t = at_hour(t, 9, 21) if t.hour < 9 or t.hour > 21 else t
        ch = pick(["phone", "online_chat", "wechat"], [0.4, 0.35, 0.25])
        dev = "" if ch == "phone" else pick(["ios", "android", "pc"], [0.4, 0.4, 0.2])
        self.ev(cust["customer_id"], t, "tp_support", "contact", sess, dev, ch, contact_topic=topic,
                咨询类型=TOPICS_SUP[topic], handle_minutes=round(lognorm(6, 0.6), 1), **self.emp_x(cust))

    @staticmethod
    def emp_x(c):
        return dict(employer_id=c["employer_id"], 企业=c["所属企业"], employer_en=c["employer_en"], city=c["region"],
                    城市=c["城市"])

    # ------------------------------------------------------------ employers
    def make_employers(self):
        combos = [(p, i) for p in PREFIXES for i in INDUSTRIES]
        order = rng.permutation(len(combos))
        used = 0
        months = []
        t, k = START, 0
        while t < datetime(2026, 7, 1):
            months.append((t, int(rng.poisson(2.2 + 0.12 * k))))
            t = add_months(t, 1, 1)
            k += 1
        specials = {3: SLOW_HR, 5: MULTINATIONALS[0], 14: MULTINATIONALS[1], 27: MULTINATIONALS[2],
                    40: MULTINATIONALS[3]}
        n = 0
        for m0, cnt in months:
            m1 = add_months(m0, 1, 1)
            for _ in range(cnt):
                n += 1
                eid = f"E{n:03d}"
                if n in specials:
                    zh, en, city, ind, head = specials[n]
                    multinational = n != 3
                else:
                    (pz, pe), ind_t = combos[order[used]]
                    used += 1
                    zh, en, ind = pz + ind_t[2], pe + " " + ind_t[3], ind_t[0]
                    city = pick([c[0] for c in CITIES], [c[2] for c in CITIES])
                    head = int(np.clip(lognorm(650, 0.75), 120, 6000))
                    multinational = False
                src = pick(list(LEAD_SRC), [v[1] for v in LEAD_SRC.values()])
                if n in specials or n <= 2:
                    src = "referral" if n != 3 else "trade_fair"
                pay = pick(list(PAYROLL), [v[1] for v in PAYROLL.values()])
                if n == 3:
                    pay = "in_house"
                if n in (1, 2, 5):
                    pay = "xincloud"
                plan = pick(["standard", "plus"], [0.6, 0.4])
                ind_zh = {i[0]: i[1] for i in INDUSTRIES}[ind]
                demo = workday(m0 + D(days=float(rng.uniform(0, (m1 - m0).days))))
                e = dict(employer_id=eid, zh=zh, en=en, city=city, industry=ind, 行业=ind_zh, headcount=head,
                         source=src, payroll=pay, plan=plan, payday=int(pick([5, 10, 15, 25])),
                         multinational=multinational, slow_hr=(n == 3), demo=demo, contract=None, launch=None)
                conv = LEAD_SRC[src][2] if n not in specials and n > 2 else 1.0
                if rng.random() < conv:
                    e["contract"] = workday(demo + D(days=lognorm(38, 0.5)))
                    e["launch"] = workday(e["contract"] + D(days=lognorm(18, 0.4)))
                self.employers.append(e)
        for e in self.employers:
            acc = dict(customer_id=e["employer_id"], signup_at=fmt(e["demo"] - D(days=float(rng.uniform(1, 10)))),
                       account_type="employer", segment="employer_lead", region=e["city"], 城市=CITY_ZH[e["city"]],
                       acquisition_channel=e["source"], 获客渠道=LEAD_SRC[e["source"]][0], tier=e["plan"],
                       employer_id=e["employer_id"], 所属企业=e["zh"], employer_en=e["en"], industry=e["industry"],
                       行业=e["行业"], headcount=e["headcount"], payroll_system=e["payroll"],
                       薪资系统=PAYROLL[e["payroll"]][0], preferred_language="en" if e["multinational"] else "zh")
            ex = dict(employer_id=e["employer_id"], 企业=e["zh"], employer_en=e["en"], city=e["city"],
                      城市=CITY_ZH[e["city"]], lead_source=e["source"], headcount=e["headcount"])
            self.ev(e["employer_id"], e["demo"], "tp_employer_demo", "demo_held", "", "pc",
                    pick(["web", "other"], [0.6, 0.4]), **ex)
            if e["contract"] and e["contract"] <= END:
                acc["segment"] = "employer_signed"
                self.ev(e["employer_id"], e["contract"], "tp_employer_contract", "signed", "", "pc", "other",
                        plan=e["plan"], payroll_system=e["payroll"],
                        薪资系统=PAYROLL[e["payroll"]][0], **ex)
            if e["launch"] and e["launch"] <= END:
                acc["segment"] = "employer_live"
                self.ev(e["employer_id"], e["launch"], "tp_employer_launch", "launched", "", "", "other",
                        launch_type=pick(["roadshow", "webinar"], [0.6, 0.4]), **ex)
                for _ in range(int(rng.poisson(1.4))):
                    tt = e["launch"] + D(days=float(rng.uniform(20, 600)))
                    self.fb("hr_invoice", tt, None, "call_note", lang="en" if e["multinational"] else "zh",
                            employer_id=e["employer_id"], 企业=e["zh"], employer_en=e["en"], city=e["city"],
                            城市=CITY_ZH[e["city"]], customer_id_override=e["employer_id"])
            self.customers.append(acc)
        for f in self.feedback:
            if f.get("customer_id_override"):
                f["customer_id"] = f.pop("customer_id_override")

    # ------------------------------------------------------------ employees
    def run(self):
        self.make_employers()
        for e in self.employers:
            if not e["launch"] or e["launch"] > END:
                continue
            pot = int(e["headcount"] * rng.uniform(0.09, 0.16) * (1.0 if not e["slow_hr"] else 0.7))
            for _ in range(pot):
                if rng.random() < 0.33:
                    t0 = e["launch"] + D(days=float(rng.uniform(0, 30)))
                    acq = pick(["launch_event", "hr_email", "poster"], [0.6, 0.25, 0.15])
                else:
                    while True:
                        t0 = e["launch"] + D(days=float(rng.exponential(260)))
                        if rng.random() < SEASON[t0.month] / 1.4:
                            break
                    acq = pick(["hr_email", "colleague", "intranet", "poster"], [0.25, 0.35, 0.2, 0.2])
                if t0 > END:
                    continue
                self.employee(e, t0, acq)
        self.experiment_rows()

    def employee(self, e, t0, acq):
        self.n_emp += 1
        cid = f"U{self.n_emp:05d}"
        lang = "en" if rng.random() < (0.4 if e["multinational"] else 0.02) else "zh"
        city = e["city"]
        g = pick(GRADES, [x[2] for x in GRADES])
        c = dict(customer_id=cid, signup_at="", account_type="employee", segment="browsing", region=city,
                 城市=CITY_ZH[city], acquisition_channel=acq, 获客渠道=EMP_ACQ[acq], tier=e["plan"],
                 employer_id=e["employer_id"], 所属企业=e["zh"], employer_en=e["en"], industry=e["industry"],
                 行业=e["行业"], age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.12, 0.44, 0.29, 0.12, 0.03]),
                 gender=pick(["male", "female"], [0.58, 0.42]), job_grade=g[0], 职级=g[1],
                 commute_km=round(float(np.clip(rng.gamma(3, 2.6), 1, 30)), 1), preferred_language=lang,
                 payroll_system=e["payroll"], 薪资系统=PAYROLL[e["payroll"]][0])
        self.customers.append(c)
        chw = {"poster": [0.15, 0.2, 0.65], "hr_email": [0.5, 0.25, 0.25], "intranet": [0.55, 0.2, 0.25]}.get(
            acq, [0.3, 0.38, 0.32])
        ch = pick(["web", "app", "mini_program"], chw)
        dev = "pc" if ch == "web" else pick(["ios", "android"], [0.45, 0.55])
        t0 = at_hour(t0, 8, 23) if rng.random() < 0.5 else workday(t0)
        c["signup_at"] = fmt(t0 - D(minutes=float(rng.uniform(1, 30))))
        x = self.emp_x(c)
        for k in range(int(pick([1, 2, 3], [0.55, 0.3, 0.15]))):
            self.ev(cid, t0 + D(hours=float(rng.uniform(0, 96)) * k), "tp_benefit_page", "view", "", dev, ch, **x)
        if rng.random() > 0.58:
            return
        shops = [s for s in SHOPS if s[1] == city]
        shop = pick(shops, [s[4] for s in shops])
        model = pick(MODELS, [m[6] for m in MODELS])
        acc = [a for a in ACCESSORIES if rng.random() < {"helmet": 0.6, "lock": 0.5, "child_seat": 0.1,
                                                        "rain_cover": 0.2}[a[0]]]
        acc_amt = sum(a[1] for a in acc)
        term = int(pick(list(TERMS), [v[0] for v in TERMS.values()]))
        bx = dict(shop_id=shop[0], 门店=shop[2], shop_en=shop[3], model=model[0], brand=model[1], 品牌=model[2],
                  bike_type=model[3], 车型类别=model[4], bike_price=model[5])
        t1 = t0 + D(hours=lognorm(20, 1.0))
        self.ev(cid, t1, "tp_bike_config", "configured", "", dev, ch, **x, **bx)
        r = rng.random()
        if r < 0.74:
            t2 = t1 + D(hours=lognorm(26, 0.9))
            if t2 > t1 + D(days=13.5):
                t2 = t1 + D(days=float(rng.uniform(1, 13)))
        elif r < 0.80:
            t2 = t1 + D(days=float(rng.uniform(16, 45)))
        else:
            return
        if t2 > END:
            return
        self.n_app += 1
        app = f"A{self.n_app:05d}"
        lease_id = f"L{self.n_app:05d}"
        c["segment"] = "in_progress"
        price = model[5] + acc_amt
        share, factor, resid = TERMS[term]
        monthly = int(round(price * factor))
        subsidy = 100 if e["plan"] == "plus" else 0
        lx = dict(lease_id=lease_id, term_months=term, accessories="|".join(a[0] for a in acc),
                  monthly_fee=monthly, employer_subsidy=subsidy)
        self.ev(cid, t2, "tp_apply", "submitted", app, dev, ch, **x, **bx, **lx)
        # ---- HR approval
        hours = lognorm(150 if e["slow_hr"] else 16, 0.8 if e["slow_hr"] else 0.9)
        if hours > 14 * 24:
            t3 = t2 + D(days=14)
            self.ev(cid, t3, "tp_employer_approval", "expired", app, "pc", "hr_portal", **x)
            c["segment"] = "rejected"
            if rng.random() < 0.5:
                self.complain("approval_slow", t3 + D(hours=float(rng.uniform(2, 48))), c, fmtargs=dict(d=14))
            return
        t3 = workday(t2 + D(hours=hours))
        if (t3 - t2).days >= 3 and rng.random() < 0.4:
            self.support(c, t2 + D(days=float(rng.uniform(2, (t3 - t2).days + 0.5))), "approval_status", app)
        if (t3 - t2).days >= 5 and rng.random() < 0.3:
            self.complain("approval_slow", t3 - D(hours=float(rng.uniform(1, 20))), c,
                          fmtargs=dict(d=(t3 - t2).days))
        if t3 > END:
            return
        if rng.random() < 0.07:
            reason = pick(list(REJECT), [0.45, 0.35, 0.2])
            self.ev(cid, t3, "tp_employer_approval", "rejected", app, "pc", "hr_portal", reject_reason=reason,
                    拒绝原因=REJECT[reason], **x)
            c["segment"] = "rejected"
            return
        self.ev(cid, t3, "tp_employer_approval", "approved", app, "pc", "hr_portal", **x)
        c["segment"] = "not_signed"
        # ---- e-sign with face verification
        if rng.random() < 0.04:
            return
        t4 = t3 + D(hours=lognorm(8, 1.0))
        self.ev(cid, t4, "tp_esign", "opened", app, dev, ch, **x, lease_id=lease_id)
        fail_p = 0.55 if ch == "mini_program" else 0.06
        signed = None
        n_fail = 0
        tt = t4
        for attempt in range(3):
            tt = tt + D(minutes=float(rng.uniform(1, 8)) if attempt == 0 else lognorm(300, 1.2))
            if rng.random() < fail_p:
                n_fail += 1
                self.ev(cid, tt, "tp_esign", "face_failed", app, dev, ch, face_attempt=attempt + 1, **x,
                        lease_id=lease_id)
                if rng.random() > 0.6:
                    break
            else:
                signed = tt
                break
        if n_fail:
            if rng.random() < 0.3:
                self.support(c, tt + D(hours=float(rng.uniform(0.2, 30))), "esign_help", app)
            if rng.random() < 0.22:
                self.complain("esign_face", tt + D(hours=float(rng.uniform(0.5, 40))), c, fmtargs=dict(d=n_fail))
        if signed is None or signed > END:
            return
        self.ev(cid, signed, "tp_esign", "signed", app, dev, ch, face_attempt=n_fail + 1, **x, lease_id=lease_id)
        c["segment"] = "awaiting_pickup"
        order = dict(order_id=lease_id, customer_id=cid, ts="", amount=price, status="pending", channel=ch, device=dev,
                     order_type="lease", 订单类型=ORDER_TYPE_ZH["lease"], application_id=app, lease_id=lease_id,
                     **x, **bx, accessories=lx["accessories"], term_months=term, monthly_fee=monthly,
                     employer_subsidy=subsidy, employee_deduction=monthly - subsidy,
                     residual_value=int(round(model[5] * resid)), contract_signed_at=fmt(signed),
                     lease_status="awaiting_pickup", currency="CNY")
        self.orders.append(order)
        # ---- delivery to the partner shop
        med = 21 if WAREHOUSE_MOVE[0] <= signed < WAREHOUSE_MOVE[1] else 7
        if model[1] in ("Nordvik", "Kestrel"):
            med += 3
        lag = lognorm(med, 0.35)
        p_cancel = 0.02 + (0.3 if lag > 20 else 0)
        if lag > 12 and rng.random() < 0.5:
            self.support(c, signed + D(days=float(rng.uniform(8, min(lag, 30)))), "delivery_status", app)
        if lag > 18 and rng.random() < 0.45:
            self.complain("delivery_delay", signed + D(days=float(rng.uniform(15, lag + 3))), c,
                          fmtargs=dict(d=int(lag)), shop_id=shop[0], 门店=shop[2], shop_en=shop[3], lease_id=lease_id)
        if rng.random() < p_cancel:
            reason = "delivery_too_slow" if lag > 20 and rng.random() < 0.8 else pick(["left_company", "changed_mind"])
            tc = workday(signed + D(days=min(lag * 0.8, float(rng.uniform(3, 25)))))
            if tc <= END:
                order.update(ts=fmt(tc), status="cancelled", lease_status="cancelled", cancel_reason=reason,
                             取消原因=CANCEL[reason])
                c["segment"] = "cancelled"
                return
        t5 = workday(signed + D(days=lag), 8, 17)
        if t5 > END:
            return
        self.ev(cid, t5, "tp_shop_delivery", "arrived", app, "", "partner_shop", supplier=model[7], **x, **bx,
                lease_id=lease_id)
        t6 = at_hour(t5 + D(days=lognorm(2.2, 0.6)), 10, 20.5)
        if t6 > END:
            return
        self.ev(cid, t6, "tp_pickup", "picked_up", app, "", "partner_shop", **x, **bx, lease_id=lease_id)
        order.update(ts=fmt(t6), status="paid", lease_status="active")
        c["segment"] = "active_lease"
        self.after_pickup(c, e, app, order, t6, t5 - signed, shop, model, bx, x)

    def after_pickup(self, c, e, app, order, t6, lag, shop, model, bx, x):
        cid = c["customer_id"]
        lease_id, term = order["lease_id"], order["term_months"]
        lagd = lag.total_seconds() / 86400
        # ---- post-pickup survey
        if rng.random() < 0.35:
            ts = t6 + D(days=float(rng.uniform(1, 6)))
            if lagd >= 18 or (lagd >= 12 and rng.random() < 0.15):
                self.fb("delivery_delay", ts, c, "survey", rating=int(pick([1, 2], [0.5, 0.5])),
                        nps=int(rng.integers(0, 6)), fmtargs=dict(d=int(lagd)), shop_id=shop[0], 门店=shop[2],
                        shop_en=shop[3], lease_id=lease_id)
            else:
                topic = pick(["pickup_good", "benefit_praise", "generic_neu"], [0.5, 0.25, 0.25])
                if topic == "generic_neu":
                    rating, nps = int(pick([3, 4], [0.6, 0.4])), int(rng.integers(5, 9))
                else:
                    rating, nps = int(pick([4, 5], [0.35, 0.65])), int(pick(list(range(6, 11)),
                                                                              [0.05, 0.1, 0.2, 0.3, 0.35]))
                self.fb(topic, ts, c, "survey", rating=rating, nps=nps,
                        tp="" if topic == "benefit_praise" else "tp_pickup", shop_id=shop[0], 门店=shop[2],
                        shop_en=shop[3], lease_id=lease_id)
        # ---- monthly salary deductions
        deduction = order["employee_deduction"]
        end_lease = add_months(datetime(t6.year, t6.month, 1), term, min(t6.day, 28))
        owed = 0
        left_at = None
        for k in range(1, term + 1):
            m = add_months(datetime(t6.year, t6.month, 1), k, e["payday"])
            td = m + D(hours=float(rng.uniform(2, 6)))
            if td > END:
                break
            if rng.random() < 0.0075:
                left_at = td
                break
            fail_p = 0.01
            if e["payroll"] == "xincloud" and PAYROLL_BUG[0] <= td < PAYROLL_BUG[1]:
                fail_p = 0.45
            px = dict(payroll_system=e["payroll"], 薪资系统=PAYROLL[e["payroll"]][0], installment_no=k, lease_id=lease_id)
            if rng.random() < fail_p:
                reason = "payroll_sync_error" if fail_p > 0.1 else pick(["hr_file_missing", "insufficient_salary"],
                                                                      [0.65, 0.35])
                self.ev(cid, td, "tp_salary_deduction", "failed", app, "", "payroll", deduction_amount=deduction,
                        fail_reason=reason, 失败原因=FAIL[reason], **x, **px)
                owed += deduction
                if rng.random() < 0.5:
                    self.support(c, td + D(days=float(rng.uniform(0.2, 4))), "deduction_query", app)
                if rng.random() < 0.3:
                    self.complain("deduction_error", td + D(days=float(rng.uniform(0.5, 6))), c,
                                  fmtargs=dict(amt=int(deduction * 2)), lease_id=lease_id)
            else:
                self.ev(cid, td, "tp_salary_deduction", "deducted", app, "", "payroll", deduction_amount=deduction + owed,
                        catch_up=int(owed > 0), **x, **px)
                owed = 0
        stop = min(v for v in (left_at, end_lease, END) if v is not None)
        # ---- service visits
        visits = []
        if rng.random() < 0.8:
            visits.append(("first_check", t6 + D(days=float(rng.uniform(25, 60)))))
        for yr in range(1, 4):
            if rng.random() < 0.55:
                visits.append(("annual_service", t6 + D(days=365 * yr + float(rng.uniform(-25, 25)))))
        span = (stop - t6).days / 365
        for _ in range(int(rng.poisson(0.35 * max(span, 0)))):
            visits.append(("repair", t6 + D(days=float(rng.uniform(10, max(11, (stop - t6).days))))))
        if rng.random() < 0.15:
            visits.append(("battery_check", t6 + D(days=float(rng.uniform(100, 700)))))
        for kind, tv in sorted(visits, key=lambda v: v[1]):
            if tv > stop:
                continue
            bad = shop[0] == BAD_SHOP
            wait = lognorm({"first_check": 0.6, "annual_service": 1.2, "repair": 2.5, "battery_check": 0.8}[kind]
                           * (4.5 if bad else 1.0), 0.5)
            tdone = at_hour(tv + D(days=wait), 10, 20)
            if tdone > END:
                continue
            part = pick(["brake", "tyre", "motor", "controller", "chain", "light"]) if kind == "repair" else ""
            self.ev(cid, tdone, "tp_service_visit", "completed", app, "", "partner_shop", service_type=kind,
                    服务类型=SERVICE[kind], repair_part=part, wait_days=round(wait, 1), **x, **bx, lease_id=lease_id)
            if kind == "repair" and rng.random() < 0.3:
                self.support(c, tv + D(hours=float(rng.uniform(-30, -1))), "repair_booking", app)
            if rng.random() < 0.3:
                ts = tdone + D(days=float(rng.uniform(0.2, 3)))
                if bad:
                    topic = pick(["shop_service", "service_good", "generic_neu"], [0.62, 0.15, 0.23])
                elif wait > 6:
                    topic = pick(["shop_service", "generic_neu"], [0.6, 0.4])
                else:
                    topic = pick(["shop_service", "service_good", "generic_neu"], [0.05, 0.65, 0.30])
                rating = {"shop_service": int(pick([1, 2], [0.55, 0.45])), "service_good": int(pick([4, 5], [0.3, 0.7])),
                          "generic_neu": int(pick([3, 4], [0.6, 0.4]))}[topic]
                self.fb(topic, ts, c, "service_survey", rating=rating, tp="tp_service_visit",
                        fmtargs=dict(d=max(2, int(round(wait)))), shop_id=shop[0], 门店=shop[2], shop_en=shop[3],
                        lease_id=lease_id)
        # ---- insurance claims
        theft_rate = 0.05 if c["region"] == "guangzhou" else 0.018
        span = max((stop - t6).days, 0) / 365
        if rng.random() < theft_rate * span:
            tc = t6 + D(days=float(rng.uniform(0, span * 365)))
            self.ev(cid, at_hour(tc, 7, 23), "tp_claim", "theft_reported", app, pick(["ios", "android"]), "app",
                    claim_type="theft", claim_amount=model[5], **x, lease_id=lease_id)
        if rng.random() < 0.03 * span:
            tc = t6 + D(days=float(rng.uniform(0, span * 365)))
            self.ev(cid, at_hour(tc, 7, 23), "tp_claim", "damage_reported", app, pick(["ios", "android"]), "app",
                    claim_type="damage", claim_amount=int(rng.integers(3, 20)) * 100, **x, lease_id=lease_id)
        if rng.random() < 0.08:
            self.support(c, t6 + D(days=float(rng.uniform(20, 200))), "tax_question", app)
        # ---- leaver
        if left_at is not None:
            remaining = term - int((left_at - t6).days / 30.4)
            amt = int(round(max(remaining, 1) * order["monthly_fee"] * 0.85 + model[5] * TERMS[term][2]))
            ts = workday(left_at + D(days=float(rng.uniform(1, 20))))
            if ts <= END:
                self.ev(cid, ts, "tp_early_termination", "settled", app, "pc", "web", settlement_amount=amt, **x,
                        lease_id=lease_id)
                self.order(c, f"T{lease_id[1:]}", ts, amt, "paid", "early_settlement", x, lease_id, "web")
                order["lease_status"] = "terminated_early"
                c["segment"] = "terminated_early"
            return
        # ---- end of lease
        variant = None
        offer = at_hour(end_lease - D(days=45), 9, 11)
        if EXPERIMENT[1] <= offer <= EXPERIMENT[2]:
            variant = pick(["standard_offer", "early_bird_discount"])
            if variant == "early_bird_discount":
                offer = at_hour(end_lease - D(days=60), 9, 11)
            self.exp.append(dict(experiment_id=EXPERIMENT[0], variant=variant, customer_id=cid,
                                 assigned_at=fmt(offer - D(minutes=5)), lease_id=lease_id))
        if offer > END:
            return
        residual = order["residual_value"]
        price_out = int(round(residual * (0.9 if variant == "early_bird_discount" else 1.0)))
        self.ev(cid, offer, "tp_lease_end_offer", "offer_sent", app, "", "email", buyout_price=price_out,
                residual_value=residual, offer_variant=variant or "", **x, lease_id=lease_id)
        if rng.random() < 0.78:
            self.ev(cid, offer + D(hours=lognorm(30, 1.0)), "tp_lease_end_offer", "viewed", app,
                    pick(["ios", "android", "pc"]), pick(["app", "web"]), **x, lease_id=lease_id)
        if rng.random() < 0.25:
            self.support(c, offer + D(days=float(rng.uniform(1, 30))), "lease_end", app)
        p_buy = {12: 0.52, 24: 0.70, 36: 0.82}[term]
        if variant == "early_bird_discount":
            p_buy += 0.14
        if rng.random() < p_buy:
            tb = offer + D(days=float(rng.uniform(2, 54)))
            if tb > END:
                return
            self.ev(cid, tb, "tp_buyout", "bought_out", app, pick(["ios", "android", "pc"]), pick(["app", "web"]),
                    buyout_price=price_out, **x, lease_id=lease_id)
            self.order(c, f"B{lease_id[1:]}", tb, price_out, "paid", "buyout", x, lease_id, "app")
            order["lease_status"] = "bought_out"
            c["segment"] = "bought_out"
        else:
            tr = at_hour(end_lease + D(days=float(rng.uniform(-3, 10))), 10, 20)
            if tr > END:
                return
            fee = int(rng.integers(2, 13)) * 100 if rng.random() < 0.35 else 0
            self.ev(cid, tr, "tp_return", "returned", app, "", "partner_shop", damage_fee=fee, **x, **bx,
                    lease_id=lease_id)
            order["lease_status"] = "returned"
            c["segment"] = "returned"
            if fee:
                refunded = rng.random() < 0.12
                self.order(c, f"F{lease_id[1:]}", tr, fee, "refunded" if refunded else "paid", "damage_fee", x,
                           lease_id, "partner_shop", shop=shop)
                if rng.random() < 0.45:
                    self.complain("return_fee", tr + D(days=float(rng.uniform(0.5, 10))), c, fmtargs=dict(amt=fee),
                                  shop_id=shop[0], 门店=shop[2], shop_en=shop[3], lease_id=lease_id)

    def order(self, c, oid, ts, amt, status, kind, x, lease_id, ch, shop=None):
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(ts), amount=amt, status=status, channel=ch,
                   device="", order_type=kind, 订单类型=ORDER_TYPE_ZH[kind], lease_id=lease_id, **x, currency="CNY")
        if shop:
            row.update(shop_id=shop[0], 门店=shop[2], shop_en=shop[3])
        self.orders.append(row)

    def experiment_rows(self):
        pass

    def background_feedback(self):
        """app store reviews and social posts not tied to a specific incident."""
        emps = [c for c in self.customers if c["account_type"] == "employee"]
        for _ in range(420):
            c = emps[int(rng.integers(len(emps)))]
            t = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(0, 300)))
            if t > END:
                continue
            if rng.random() < 0.55:
                topic = pick(["app_crash", "benefit_praise", "generic_neu"], [0.3, 0.45, 0.25])
                rating = {"app_crash": int(pick([1, 2], [0.6, 0.4])), "benefit_praise": int(pick([4, 5], [0.3, 0.7])),
                          "generic_neu": 3}[topic]
                plat = pick(["app_store", "huawei_appgallery"], [0.5, 0.5])
                self.fb(topic, t, c, "app_review", rating=rating, anon=rng.random() < 0.3, tp="",
                        platform=plat, 平台=PLATFORM_ZH[plat])
            else:
                topic = pick(["benefit_praise", "generic_neu"], [0.65, 0.35])
                plat = pick(["xiaohongshu", "weibo"], [0.65, 0.35])
                self.fb(topic, t, c, "social", anon=True, no_ts=rng.random() < 0.5, tp="", platform=plat,
                        平台=PLATFORM_ZH[plat])


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "employer_id",
           "企业", "employer_en", "city", "城市", "lead_source", "headcount", "plan", "payroll_system", "薪资系统", "launch_type",
           "lease_id", "shop_id", "门店", "shop_en", "model", "brand", "品牌", "bike_type", "车型类别", "bike_price",
           "accessories", "term_months", "monthly_fee", "employer_subsidy", "reject_reason", "拒绝原因", "face_attempt",
           "supplier", "installment_no", "deduction_amount", "catch_up", "fail_reason", "失败原因", "service_type",
           "服务类型", "repair_part", "wait_days", "claim_type", "claim_amount", "contact_topic", "咨询类型",
           "handle_minutes", "settlement_amount", "offer_variant", "residual_value", "buyout_price", "damage_fee"]
CUST_COLS = ["customer_id", "signup_at", "account_type", "segment", "客户状态", "region", "城市", "acquisition_channel",
             "获客渠道", "tier", "employer_id", "所属企业", "employer_en", "industry", "行业", "headcount", "payroll_system",
             "薪资系统", "age_band", "gender", "job_grade", "职级", "commute_km", "preferred_language"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "application_id", "lease_id", "employer_id", "企业", "employer_en", "city", "城市", "shop_id", "门店", "shop_en",
            "model", "brand", "品牌", "bike_type", "车型类别", "bike_price", "accessories", "term_months", "monthly_fee",
            "employer_subsidy", "employee_deduction", "residual_value", "contract_signed_at", "lease_status", "租赁状态",
            "cancel_reason", "取消原因", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "platform", "平台", "employer_id", "企业", "employer_en", "shop_id", "门店", "shop_en", "city", "城市", "lease_id"]


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(k, "") for k in cols])


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    g.background_feedback()
    for c in g.customers:
        c["客户状态"] = SEG_ZH[c["segment"]]
    for o in g.orders:
        if o["order_type"] == "lease":
            o["租赁状态"] = LEASE_ZH[o["lease_status"]]
            if o["status"] == "pending":
                o["ts"] = o["contract_signed_at"]
    g.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    # the portal re-sent a few events (exact duplicates, same event_id)
    dup_idx = rng.choice(len(g.events), 27, replace=False)
    events = g.events + [dict(g.events[i]) for i in dup_idx]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    g.customers.sort(key=lambda r: r["customer_id"])
    g.orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    g.feedback.sort(key=lambda r: r["feedback_id"])
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                         "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for i, tp in enumerate(j[4])]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customers, CUST_COLS)
    write(out / "events.csv", events, EV_COLS)
    write(out / "orders.csv", g.orders, ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "experiments.csv", g.exp, ["experiment_id", "variant", "customer_id", "assigned_at", "lease_id"])
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(events)}, orders {len(g.orders)}, feedback {len(g.feedback)}, "
          f"experiments {len(g.exp)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
