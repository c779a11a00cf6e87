"""匠橱 JiangChu Kitchens: custom kitchen cabinets sold through seven showrooms in Shanghai, Hangzhou, Nanjing,
Suzhou, Chengdu and Wuhan and through Douyin / Xiaohongshu / Baidu ads (synthetic, written blind).

People click an ad (广告点击) and leave their phone number (线上留资), get a call from the sales team (电话邀约), or
walk into a showroom (门店到店); a designer meets them in the showroom or on a video call (设计咨询), a measurer comes
to the flat (上门量尺, counted in 延米 linear metres of cabinet), the designer presents a 3D proposal (3D方案, revised
a few times), the customer pays a 30 % deposit and signs (交定金签约), the factory builds the cabinets (工厂生产:
Jiaxing 嘉兴 for East China, Chengdu 成都 for Chengdu and Wuhan), the customer pays the final 70 % (尾款), the
cabinets are delivered (送货上门) and installed (安装, a second visit when parts are missing or do not fit), the
customer signs the acceptance check (验收, a failed check is rectified and checked again) and later reports repairs
(售后报修). Customer service (客服) takes progress questions, change requests and complaints. Orders: intention
deposits 意向金 during the 618 / Double 11 promotions, deposits 定金, final payments 尾款, change orders 增项, add-on
appliances 电器加购, out-of-warranty repair fees 维修费 — all CNY.

Data 2025-01-01 .. 2026-07-31 (extract taken early August 2026). Times are naive China time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260802), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260802
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
LEAD_START = datetime(2024, 10, 1)      # leads from late 2024 are still in the pipeline when the extract starts
SPEEDFIT = (datetime(2026, 3, 1), datetime(2026, 4, 1))     # Shanghai installs subcontracted to SpeedFit 速装
BACKLOG = (datetime(2025, 10, 25), datetime(2025, 12, 1))   # Double 11 contracts swamp the Jiaxing factory
PROMOS = [(datetime(2024, 10, 20), datetime(2024, 11, 12), "double11"), (datetime(2025, 5, 20), datetime(2025, 6, 19), "618"), (datetime(2025, 10, 20), datetime(2025, 11, 12), "double11"),
          (datetime(2026, 5, 20), datetime(2026, 6, 19), "618")]
N_LEGACY = 700

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "抖音广告|小红书广告|百度推广|投放|信息流|ad|ads|ad click|douyin ad|xiaohongshu ad|campaign click"),
    ("tp_lead_form", "线上留资", "Lead form", "awareness", "web", "digital", "marketing",
     "留资|留电话|表单|线索|报名|lead|leads|lead form|sign-up form|enquiry"),
    ("tp_sales_call", "电话邀约", "Sales call", "consideration", "phone", "digital", "sales",
     "邀约|电话回访|打电话|外呼|call|sales call|outbound call|follow-up call|appointment call"),
    ("tp_showroom_visit", "门店到店", "Showroom visit", "consideration", "store", "physical", "sales",
     "到店|进店|逛门店|展厅|walk-in|walk in|showroom|store visit|visit"),
    ("tp_consultation", "设计咨询", "Design consultation", "consideration", "store", "physical", "design",
     "咨询|初步沟通|需求沟通|视频咨询|consult|consultation|design consult|first meeting"),
    ("tp_measurement", "上门量尺", "Home measurement", "consideration", "other", "physical", "design",
     "量尺|测量|量房|复尺|measure|measuring|site measure|site visit"),
    ("tp_design_proposal", "3D方案", "3D design proposal", "consideration", "store", "digital", "design",
     "方案|设计方案|效果图|出图|改方案|报价|proposal|design|render|3d|quote|quotation"),
    ("tp_contract", "交定金签约", "Deposit and contract", "purchase", "store", "physical", "sales",
     "签约|签单|下定|交定金|合同|成交|contract|signing|deposit|sign|deal|close"),
    ("tp_production", "工厂生产", "Factory production", "purchase", "other", "physical", "factory",
     "生产|排产|下单工厂|工期|production|factory|manufacturing|lead time"),
    ("tp_delivery", "送货上门", "Delivery", "service", "other", "physical", "logistics",
     "送货|配送|到货|发货|delivery|shipping|drop-off"),
    ("tp_installation", "安装", "Installation", "service", "other", "physical", "installation",
     "上门安装|装柜子|补装|安装师傅|install|installation|fitting|fitter"),
    ("tp_acceptance", "验收", "Acceptance check", "service", "other", "physical", "installation",
     "验收|交付验收|竣工验收|整改|acceptance|handover|sign-off|final check|inspection"),
    ("tp_after_sales", "售后报修", "After-sales repair", "loyalty", "phone", "physical", "after_sales",
     "报修|维修|售后|保修|repair|after-sales|after sales|warranty|fix"),
    ("tp_customer_service", "客服咨询", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|热线|工单|投诉|查进度|customer service|hotline|ticket|complaint|support"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_lead", "线上线索转化", "Online lead to contract",
     ["tp_ad_click", "tp_lead_form", "tp_consultation", "tp_measurement", "tp_design_proposal", "tp_contract"], 60),
    ("showroom_sales", "门店到店成交", "Showroom visit to contract",
     ["tp_showroom_visit", "tp_consultation", "tp_measurement", "tp_design_proposal", "tp_contract"], 45),
    ("design_to_contract", "量尺签约", "Measurement to contract",
     ["tp_measurement", "tp_design_proposal", "tp_contract"], 30),
    ("delivery_install", "交付安装", "Contract to acceptance",
     ["tp_contract", "tp_production", "tp_delivery", "tp_installation", "tp_acceptance"], 90),
]
SHOWROOMS = {  # key: zh, city, weight, factory, contract factor, revisions mean
    "Shanghai Xuhui": ("上海徐汇旗舰店", "Shanghai", 1.45, "Jiaxing", 1.10, 0.8),
    "Shanghai Pudong": ("上海浦东店", "Shanghai", 1.15, "Jiaxing", 1.00, 0.8),
    "Hangzhou Binjiang": ("杭州滨江店", "Hangzhou", 1.0, "Jiaxing", 1.00, 0.8),
    "Nanjing Hexi": ("南京河西店", "Nanjing", 0.95, "Jiaxing", 0.50, 2.0),
    "Suzhou SIP": ("苏州园区店", "Suzhou", 0.8, "Jiaxing", 1.05, 0.7),
    "Chengdu Gaoxin": ("成都高新店", "Chengdu", 0.95, "Chengdu", 1.00, 0.8),
    "Wuhan Optics Valley": ("武汉光谷店", "Wuhan", 0.8, "Chengdu", 0.95, 0.8),
}
CITIES = {"Shanghai": ("上海", "East China", "华东"), "Hangzhou": ("杭州", "East China", "华东"),
          "Nanjing": ("南京", "East China", "华东"), "Suzhou": ("苏州", "East China", "华东"),
          "Chengdu": ("成都", "Southwest China", "西南"), "Wuhan": ("武汉", "Central China", "华中")}
FACTORY_ZH = {"Jiaxing": "嘉兴工厂", "Chengdu": "成都工厂"}
ACQ = {  # zh, customers, form rate, call connect, consult booked | connected, consult no-show, measure, contract
    "douyin_ads": ("抖音广告", 6200, 0.58, 0.50, 0.34, 0.32, 0.45, 0.36),
    "xiaohongshu_ads": ("小红书", 3400, 0.42, 0.84, 0.62, 0.10, 0.66, 0.62),
    "baidu_search": ("百度搜索", 1500, 0.46, 0.76, 0.52, 0.14, 0.60, 0.55),
    "walk_in": ("自然到店", 2600, 0, 0, 0.70, 0, 0.46, 0.55),
    "referral": ("老客推荐", 900, 0, 0, 0.96, 0.04, 0.80, 0.74),
    "decorator_partner": ("装修公司合作", 1000, 0, 0, 0.95, 0.06, 0.75, 0.60),
    "property_group": ("楼盘团购", 800, 0, 0, 0.94, 0.08, 0.70, 0.56),
}
PLATFORM = {"douyin_ads": "douyin", "xiaohongshu_ads": "xiaohongshu", "baidu_search": "baidu"}
CAMPAIGNS = {
    "douyin": [("9800元全包厨房", 0.45), ("小户型厨房改造", 0.25), ("岩板台面直播", 0.30)],
    "xiaohongshu": [("奶油风厨房种草", 0.45), ("收纳达人厨房", 0.35), ("岩板台面测评", 0.20)],
    "baidu": [("橱柜定制品牌词", 0.6), ("整体橱柜价格", 0.4)],
}
PACKAGES = {  # zh, CNY per linear metre, share by tier
    "essential": ("经济型", 1680), "comfort": ("轻奢型", 2880), "signature": ("高定型", 4680)}
LAYOUTS = {"straight": ("一字型", 0.27, (3.0, 4.5)), "l_shape": ("L型", 0.40, (4.5, 6.5)),
           "u_shape": ("U型", 0.16, (6.0, 8.5)), "island": ("岛台", 0.10, (7.0, 10.0)),
           "galley": ("双一字型", 0.07, (5.5, 8.0))}
COUNTERTOPS = {"quartz": ("石英石", 0), "sintered_stone": ("岩板", 600), "stainless_steel": ("不锈钢", 300)}
DOORS = {"melamine": "双饱和板", "pet": "PET肤感", "lacquer": "烤漆", "solid_wood": "实木"}
APPLIANCES = {"range_hood": ("烟机", 3999, 6999, 0.40), "gas_hob": ("燃气灶", 1999, 3499, 0.22),
              "dishwasher": ("洗碗机", 4999, 7999, 0.16), "steam_oven": ("蒸烤箱", 5999, 9999, 0.12),
              "water_purifier": ("净水器", 2499, 3999, 0.10)}
ISSUES = {"missing_boards": "少发板件", "missing_parts": "缺件", "size_mismatch": "尺寸不符",
          "damaged_panel": "板件磕碰", "gaps": "缝隙不均", "colour_mismatch": "色差",
          "door_misaligned": "门板不平", "countertop_scratch": "台面划痕", "hardware_loose": "五金松动"}
REPAIRS = {"hinge": "铰链松动", "drawer_rail": "抽屉滑轨", "door_warp": "门板变形", "countertop_crack": "台面开裂",
           "sink_leak": "水槽渗漏", "appliance_fault": "电器故障"}
TICKETS = {"progress": "进度查询", "change_request": "改单", "complaint": "投诉", "billing": "费用问题",
           "appointment": "预约改期"}
TEAMS = {"Shanghai": ["SH Team 1", "SH Team 2", "SH Team 3"], "Hangzhou": ["HZ Team 1", "HZ Team 2"],
         "Nanjing": ["NJ Team 1"], "Suzhou": ["SZ Team 1"], "Chengdu": ["CD Team 1", "CD Team 2"],
         "Wuhan": ["WH Team 1"]}
TEAM_ZH = {"SH Team 1": "上海安装一队", "SH Team 2": "上海安装二队", "SH Team 3": "上海安装三队",
           "HZ Team 1": "杭州安装一队", "HZ Team 2": "杭州安装二队", "NJ Team 1": "南京安装队",
           "SZ Team 1": "苏州安装队", "CD Team 1": "成都安装一队", "CD Team 2": "成都安装二队",
           "WH Team 1": "武汉安装队", "SpeedFit": "速装(外包)"}
DESIGNERS = {s: [f"{s[:2].upper()}-D{k}" for k in range(1, 5)] for s in SHOWROOMS}
ORDER_ZH = {"intent_deposit": "意向金", "deposit": "定金", "final_payment": "尾款", "change_order": "增项",
            "appliance": "电器加购", "repair_fee": "维修费"}
MONTH_W = {1: 0.85, 2: 0.55, 3: 1.0, 4: 1.05, 5: 1.1, 6: 1.3, 7: 0.9, 8: 0.95, 9: 1.3, 10: 1.35, 11: 1.25, 12: 0.9}

# ---------- feedback texts: (topic, lang, sentiment) -> templates ----------
TEXT = {
    ("gaps", "zh", "negative"): [
        "验收的时候发现柜门之间缝隙大小不一，有的能塞进一根手指，只能返工",
        "吊柜和墙面之间缝隙很大，胶也打得乱七八糟，第一次验收没过",
        "门板缝隙不均匀，看着特别廉价，这活干得太粗糙了",
        "缝隙歪歪扭扭，来的队伍明显是临时找的，一点都不专业",
        "柜体拼接处有缝隙，整改了两次才勉强能看",
    ],
    ("gaps", "en", "negative"): [
        "Door gaps are all uneven, you can fit a finger between some doors. Failed the handover check.",
        "Big gap between the wall units and the wall and the sealant is a mess. Had to have it redone.",
        "The gap lines look awful, the crew they sent clearly did not know what they were doing.",
    ],
    ("colour", "zh", "negative"): [
        "柜门有明显色差，同一面墙看着是两种白",
        "台面和门店样品色差太大，跟当时选的完全不一样",
        "两块门板色差，要求换板又等了两周",
        "吊柜和地柜色差明显，白天一看特别扎眼",
    ],
    ("colour", "en", "negative"): [
        "Two of the doors are a different colour from the rest of the kitchen.",
        "The colour does not match the showroom sample at all.",
    ],
    ("odor", "zh", "negative"): [
        "装完一周厨房里还有很重的异味，都不敢让孩子进去",
        "柜子里面一股刺鼻异味，很担心甲醛超标",
        "异味太大了，开窗通风半个月还有",
        "打开柜门就是一股胶水异味，做饭都受影响",
    ],
    ("odor", "en", "negative"): [
        "Strong chemical smell from the cabinets after installation, worried about formaldehyde.",
        "The smell inside the cupboards still has not gone after two weeks.",
    ],
    ("delay", "zh", "negative"): [
        "合同写35天交货，结果拖了快一个月，一直延期也没人主动通知",
        "工厂延期，厨房空着没法做饭，只能天天点外卖",
        "延期交付，问客服只会说在排产，具体哪天谁也说不清",
        "说好的日子到了又延期，装修工人都等着我们没法进场",
    ],
    ("delay", "en", "negative"): [
        "Delivery was delayed by three weeks and nobody told us.",
        "Another delay from the factory, we have been without a kitchen for a month.",
    ],
    ("charges", "zh", "negative"): [
        "签之前说全包，量完又加了一堆增项，最后多了八千",
        "增项太多了，拉篮、灯带、收口条都要另外加钱",
        "方案一改就有增项，价格越改越高，感觉被套路了",
        "报价单上看着便宜，增项加起来比别家还贵",
    ],
    ("charges", "en", "negative"): [
        "The quote kept growing with an extra charge for every little thing.",
        "Hidden extra charges for lights, pull-out baskets and trims, none of it was in the first quote.",
    ],
    ("deposit", "zh", "negative"): [
        "交了定金后家里有变故不想做了，过了7天就说一分不退，太霸道",
        "定金退款拖了一个多月还没到账",
        "销售当时说定金随时可以退，真要退的时候就各种推脱",
    ],
    ("deposit", "en", "negative"): [
        "They refused to refund my deposit after I cancelled.",
        "Deposit refund still has not arrived after five weeks.",
    ],
    ("measure", "zh", "negative"): [
        "量尺不准，装的时候水槽柜差了两公分，又重新做了一块",
        "量尺的人来了十分钟就走了，结果高柜尺寸不对装不进去",
        "上门量尺改了三次时间，还迟到一个多小时",
        "量尺数据出错，冰箱位留小了，只能返厂重做",
    ],
    ("measure", "en", "negative"): [
        "They got the measurements wrong and the tall unit did not fit.",
        "The measuring appointment was moved three times and they still came late.",
    ],
    ("installer", "zh", "positive"): [
        "安装师傅很专业，活干得细，走之前还把垃圾都带走了",
        "两位师傅从早干到晚，特别负责，细节处理得很好",
        "师傅手艺好，胶打得很漂亮，还教我们怎么调铰",
        "安装师傅准时到，地面都铺了保护膜，点赞",
    ],
    ("installer", "en", "positive"): [
        "The installers were neat and professional and cleaned up everything.",
        "Great installer team, very careful with our new floor.",
    ],
    ("designer", "zh", "positive"): [
        "设计师很耐心，改了好几版都没有不耐烦",
        "设计师给的收纳建议很实用，3D效果图和实物几乎一模一样",
        "设计师很懂小户型，转角空间都利用起来了",
    ],
    ("designer", "zh", "negative"): [
        "前后换了三个设计师，每次都要重新讲一遍需求",
        "设计师出图太慢，等了两周才看到方案，改一次又是一周",
        "设计师对我们的户型不上心，方案明显是套模板",
    ],
    ("designer", "en", "positive"): [
        "Our designer was patient and the 3D render was spot on.",
        "The designer had great storage ideas for our small flat.",
    ],
    ("designer", "en", "negative"): [
        "We had three different designers and had to explain everything again each time.",
        "The designer took two weeks to send a proposal, far too slow.",
    ],
    ("hinge", "zh", "negative"): [
        "用了半年铰链就松了，柜门关不严",
        "抽屉滑轨卡顿，推拉还有异响",
        "水槽柜的铰链生锈了，才一年不到",
        "拉篮滑轨掉下来了，差点砸到脚",
    ],
    ("hinge", "en", "negative"): [
        "The hinge on the sink cabinet came loose after six months.",
        "The drawer runners keep sticking.",
    ],
    ("crack", "zh", "negative"): [
        "岩板台面靠灶台的位置开裂了",
        "才用了三个月台面就开裂，说是热胀冷缩，不认",
        "台面转角处开裂，一条长长的裂纹",
    ],
    ("crack", "en", "negative"): [
        "The sintered stone worktop cracked near the hob.",
        "A crack appeared in the countertop after three months.",
    ],
    ("aftersales", "zh", "negative"): [
        "报修之后售后一直不上门，打了五次电话",
        "售后响应太慢，约了一周才来人",
        "售后态度还行但是效率太低，一个小问题拖了半个月",
    ],
    ("aftersales", "en", "negative"): [
        "After-sales took two weeks to send someone.",
        "The after-sales team never calls back.",
    ],
    ("spam", "zh", "negative"): [
        "留了个电话之后天天被骚扰，一天三个电话",
        "只是在抖音上点了一下，就一直接到骚扰电话",
        "说了不需要还一直打，骚扰电话烦死了",
    ],
    ("spam", "en", "negative"): [
        "Left my number once and now I get spam calls every day.",
    ],
    ("generic", "zh", "positive"): [
        "整体挺满意的，厨房终于像样了，推荐",
        "做工不错，性价比可以",
        "门店环境好，样品很多，选起来很方便",
        "从签约到用上大概两个月，结果很满意",
        "质量对得起价格，家里人都说好看",
    ],
    ("generic", "zh", "neutral"): [
        "一般般吧，没有想象中那么好",
        "流程有点长，总算弄好了",
        "价格有点贵，做工还行",
        "还可以，中规中矩",
    ],
    ("generic", "zh", "negative"): [
        "体验很差，不会再推荐给朋友",
        "沟通成本太高，什么事都要催",
        "价格偏贵，服务跟不上",
    ],
    ("generic", "en", "positive"): [
        "Overall very happy with the new kitchen.",
        "Decent quality for the price, would recommend.",
        "Showroom was lovely with lots of samples to look at.",
    ],
    ("generic", "en", "neutral"): [
        "It is okay, nothing special.",
        "The process took long but the result is fine.",
    ],
    ("generic", "en", "negative"): [
        "Poor communication, I had to chase them for everything.",
        "Too expensive for what you get.",
    ],
}
TOPIC_TP = {  # topic -> (touchpoints, weights)
    "gaps": (["tp_acceptance"], [1]), "colour": (["tp_acceptance", "tp_delivery"], [0.8, 0.2]),
    "odor": (["tp_installation"], [1]), "delay": (["tp_delivery", "tp_production"], [0.85, 0.15]),
    "charges": (["tp_design_proposal", "tp_contract"], [0.75, 0.25]), "deposit": (["tp_contract"], [1]),
    "measure": (["tp_measurement", "tp_installation"], [0.6, 0.4]), "installer": (["tp_installation"], [1]),
    "designer": (["tp_design_proposal", "tp_consultation"], [0.8, 0.2]), "hinge": (["tp_after_sales"], [1]),
    "crack": (["tp_after_sales"], [1]), "aftersales": (["tp_after_sales", "tp_customer_service"], [0.7, 0.3]),
    "spam": (["tp_sales_call"], [1]),
}
SENT_RATING = {"positive": (4, 6), "neutral": (3, 4), "negative": (1, 3)}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def choice(items, p=None):
    if p is None:
        return items[int(rng.integers(len(items)))]
    p = np.asarray(p, float)
    return items[int(rng.choice(len(items), p=p / p.sum()))]


def lognorm(median, sigma):
    return float(median * math.exp(sigma * rng.standard_normal()))


def daytime(day: datetime, lo=9, hi=21) -> datetime:
    return day.replace(hour=0, minute=0, second=0, microsecond=0) + D(seconds=int(rng.uniform(lo, hi) * 3600))


def promo_of(t: datetime):
    for a, b, name in PROMOS:
        if a <= t < b:
            return name
    return None


def day_weights():
    days, w = [], []
    d = LEAD_START
    while d <= END:
        x = MONTH_W[d.month] * (1.15 if d.year == 2026 else 1.0) * (1.35 if d.weekday() >= 5 else 1.0)
        if promo_of(d):
            x *= 1.5
        if datetime(2025, 1, 25) <= d <= datetime(2025, 2, 6) or datetime(2026, 2, 14) <= d <= datetime(2026, 2, 25):
            x *= 0.25          # Spring Festival
        days.append(d)
        w.append(x)
        d += D(days=1)
    w = np.asarray(w)
    return days, w / w.sum()


DAYS, DAY_W = day_weights()


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback = [], [], [], []
        self.n_ord = self.n_ctr = self.n_tk = self.n_sess = self.n_legacy = 0

    # ---------- helpers ----------
    def ev(self, c, ts, tp, action, **kw):
        if ts > END or ts < START:
            return False
        r = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action, device=kw.pop("device", None),
                 channel=kw.pop("channel", "other"), city=c["city"], 城市=CITIES[c["city"]][0])
        if "showroom" in kw:
            kw["门店"] = SHOWROOMS[kw["showroom"]][0]
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, ts, amount, otype, status="paid", **kw):
        if ts > END or ts < START:
            return None
        self.n_ord += 1
        r = dict(order_id=f"JC{self.n_ord:06d}", customer_id=c["id"], ts=ts, amount=round(amount, 2), status=status,
                 channel=kw.pop("channel", "store"), device=kw.pop("device", None), order_type=otype,
                 订单类型=ORDER_ZH[otype], showroom=c["showroom"], 门店=SHOWROOMS[c["showroom"]][0],
                 city=c["city"], currency="CNY", payment_method=kw.pop("payment_method", c["pay"]))
        r.update(kw)
        self.orders.append(r)
        return r

    def fb(self, ts, channel, topic, sent, c=None, tp="auto", rating=None, nps=None, lang=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        if lang is None:
            lang = c["lang"] if c else ("en" if rng.random() < 0.08 else "zh")
        key = (topic, lang, sent)
        if key not in TEXT:
            key = (topic, lang, "negative") if (topic, lang, "negative") in TEXT else (topic, lang, "positive")
            sent = key[2]
        text = choice(TEXT[key])
        if tp == "auto":
            tp = choice(*TOPIC_TP[topic]) if topic in TOPIC_TP else None
        r = dict(ts=ts, customer_id=c["id"] if c else None, touchpoint_id=tp, channel=channel, rating=rating,
                 nps=nps, text=text, language=lang, city=(c["city"] if c else kw.pop("city", None)),
                 showroom=(c["showroom"] if c else kw.pop("showroom", None)), _topic=topic, _sent=sent)
        r.update(kw)
        self.feedback.append(r)

    def rated(self, sent):
        lo, hi = SENT_RATING[sent]
        return int(rng.integers(lo, hi))

    def sid(self):
        self.n_sess += 1
        return f"S{self.n_sess:07d}"

    # ---------- customers ----------
    def new_customer(self, k, acq, t0, legacy=False):
        names = list(SHOWROOMS)
        showroom = choice(names, [SHOWROOMS[s][2] for s in names])
        city = SHOWROOMS[showroom][1]
        lang = "en" if rng.random() < (0.12 if city == "Shanghai" else 0.03) else "zh"
        house = choice(["new_build", "resale", "kitchen_refit"], [0.5, 0.3, 0.2])
        if acq == "property_group":
            house = "new_build"
        budget = choice(["<20k", "20-40k", "40-60k", "60k+"], [0.28, 0.42, 0.2, 0.1])
        if acq == "douyin_ads":
            budget = choice(["<20k", "20-40k", "40-60k", "60k+"], [0.55, 0.32, 0.09, 0.04])
        ios = rng.random() < 0.48
        c = dict(id=f"K{k:06d}", acq=acq, showroom=showroom, city=city, lang=lang, house=house, budget=budget,
                 device="ios" if ios else "android", signup=t0, legacy=legacy, state="lead",
                 pay=choice(["wechat_pay", "alipay", "bank_card", "instalment"], [0.45, 0.3, 0.15, 0.1]),
                 age=choice(["25-30", "31-35", "36-45", "46-55", "56+"], [0.2, 0.32, 0.3, 0.12, 0.06]),
                 package=None, contract_amount=0.0)
        self.customers.append(c)
        return c

    def run(self):
        k = 0
        for acq, spec in ACQ.items():
            n = int(spec[1] * 1.3 * 22 / 19)
            idx = rng.choice(len(DAYS), size=n, p=DAY_W)
            for i in idx:
                k += 1
                t0 = daytime(DAYS[int(i)], 8, 23)
                c = self.new_customer(k, acq, t0)
                self.lead(c, t0)
        for _ in range(N_LEGACY):
            k += 1
            t0 = datetime(2024, 1, 1) + D(days=float(rng.uniform(0, 300)))
            c = self.new_customer(k, choice(list(ACQ), [0.05, 0.08, 0.05, 0.25, 0.25, 0.2, 0.12]), daytime(t0),
                                  legacy=True)
            self.legacy(c)
        self.misc_feedback()

    def lead(self, c, t0):
        spec = ACQ[c["acq"]]
        acq = c["acq"]
        t = t0
        booked = False
        if acq in PLATFORM:
            plat = PLATFORM[acq]
            camp = choice([x[0] for x in CAMPAIGNS[plat]], [x[1] for x in CAMPAIGNS[plat]])
            dev = ("pc" if rng.random() < 0.55 else c["device"]) if plat == "baidu" else c["device"]
            n_clicks = 1 + int(rng.poisson(0.5))
            clicks = [t0] + sorted(t0 + D(days=float(rng.uniform(0.5, 25))) for _ in range(n_clicks - 1))
            for tc in clicks:
                self.ev(c, tc, "tp_ad_click", "click", device=dev, channel="ads", ad_platform=plat, campaign=camp,
                        session_id=self.sid())
            p_form = spec[2] * (1.15 if camp == "9800元全包厨房" else 1.0)
            if rng.random() >= p_form:
                return
            tf = choice(clicks) + D(minutes=float(rng.uniform(1, 12)))
            form_ch = {"douyin": "ads", "xiaohongshu": "social", "baidu": "web"}[plat]
            self.ev(c, tf, "tp_lead_form", "submit", device=dev, channel=form_ch, ad_platform=plat, campaign=camp,
                    budget_stated=c["budget"], house_type=c["house"])
            c["state"] = "lead"
            tcall = tf + D(hours=lognorm(5, 0.9))
            if tcall.hour < 9 or tcall.hour >= 21:
                tcall = daytime(tcall + D(days=1 if tcall.hour >= 21 else 0), 9, 20)
            r = rng.random()
            p_conn = spec[3] * (0.85 if camp == "9800元全包厨房" else 1.0)
            invalid = 0.16 if acq == "douyin_ads" else 0.04
            outcome = "connected" if r < p_conn else ("invalid_number" if r < p_conn + invalid else "no_answer")
            attempts = 1 if outcome != "no_answer" else int(rng.integers(2, 6))
            if outcome == "connected" and rng.random() < 0.3:
                attempts = 2
            self.ev(c, tcall, "tp_sales_call", outcome, channel="phone", call_attempts=attempts,
                    showroom=c["showroom"])
            if outcome == "no_answer" and attempts >= 4 and rng.random() < 0.05:
                self.fb(tcall + D(days=float(rng.uniform(0, 3))), "complaint", "spam", "negative", c,
                        platform=choice(["黑猫投诉", "客服热线"], [0.4, 0.6]))
            if outcome != "connected":
                return
            if rng.random() < 0.006 * (3 if acq == "douyin_ads" else 1):
                self.fb(tcall + D(days=float(rng.uniform(1, 10))), "social", "spam", "negative", c,
                        platform="抖音" if acq == "douyin_ads" else "小红书")
            if rng.random() >= spec[4]:
                return
            t = daytime(tcall + D(days=float(rng.uniform(2, 14))), 10, 20)
            booked = True
        elif acq == "walk_in":
            self.ev(c, t0, "tp_showroom_visit", "walk_in", channel="store", showroom=c["showroom"],
                    visit_minutes=int(lognorm(35, 0.5)))
            if rng.random() >= spec[4]:
                if rng.random() < 0.12:      # came back later for a consultation
                    t = daytime(t0 + D(days=float(rng.uniform(3, 30))), 10, 20)
                    booked = True
                else:
                    return
            else:
                t = t0 + D(minutes=float(rng.uniform(5, 20)))
                self.consult(c, t, walk=True)
                return self.after_consult(c, t)
        else:
            if rng.random() >= spec[4]:
                return
            t = daytime(t0 + D(days=float(rng.uniform(0, 10))), 10, 20)
            booked = True
        if booked:
            video = acq in PLATFORM and rng.random() < 0.3
            if rng.random() < spec[5]:
                self.ev(c, t, "tp_consultation", "no_show", channel="mini_program" if video else "store",
                        consult_mode="video" if video else "in_store", showroom=c["showroom"])
                if rng.random() >= 0.25:
                    return
                t = daytime(t + D(days=float(rng.uniform(3, 12))), 10, 20)
            if not video:
                self.ev(c, t - D(minutes=float(rng.uniform(5, 15))), "tp_showroom_visit", "appointment",
                        channel="store", showroom=c["showroom"], visit_minutes=int(lognorm(70, 0.4)))
            self.consult(c, t, video=video)
            self.after_consult(c, t)

    def consult(self, c, t, walk=False, video=False):
        c["designer"] = choice(DESIGNERS[c["showroom"]])
        mode = "video" if video else "in_store"
        self.ev(c, t, "tp_consultation", "completed", channel="mini_program" if video else "store",
                consult_mode=mode, showroom=c["showroom"], designer=c["designer"],
                consult_minutes=int(lognorm(45 if walk else 60, 0.35)))
        c["consulted"] = t
        if rng.random() < 0.045:
            sent = "negative" if c["showroom"] == "Nanjing Hexi" and rng.random() < 0.8 else "positive"
            topic = choice(["designer", "charges", "generic"], [0.45, 0.15, 0.4])
            if topic == "charges":
                sent = "negative"
            elif topic == "generic":
                sent = choice(["positive", "neutral", "negative"], [0.5, 0.3, 0.2])
            ts = t + D(days=float(rng.uniform(0, 12)))
            self.fb(ts, "dianping", topic, sent, c, tp="tp_consultation" if topic != "charges" else "auto",
                    rating=self.rated(sent), platform="大众点评")

    def after_consult(self, c, t):
        spec = ACQ[c["acq"]]
        promo = promo_of(t)
        if promo and rng.random() < 0.6:
            c["intent"] = self.order(c, t + D(minutes=20), 1000, "intent_deposit", promo=promo,
                                     payment_method=choice(["wechat_pay", "alipay"]))
        else:
            c["intent"] = None
        p_measure = spec[6] * {"<20k": 0.8, "20-40k": 1.0, "40-60k": 1.1, "60k+": 1.15}[c["budget"]]
        if rng.random() >= min(0.97, p_measure):
            return self.intent_refund(c, t)
        tm = daytime(t + D(days=lognorm(8, 0.55)), 9, 18)
        layout = choice(list(LAYOUTS), [v[1] for v in LAYOUTS.values()])
        lo, hi = LAYOUTS[layout][2]
        lin = round(float(rng.uniform(lo, hi)), 1)
        c.update(layout=layout, linear_m=lin)
        mkw = dict(channel="other", showroom=c["showroom"], kitchen_layout=layout, 厨房布局=LAYOUTS[layout][0],
                   kitchen_area_sqm=round(lin * float(rng.uniform(1.2, 1.8)), 1), linear_m=lin,
                   measurer=f"{c['showroom'][:2].upper()}-M{int(rng.integers(1, 4))}")
        if rng.random() < 0.12:
            self.ev(c, tm, "tp_measurement", "rescheduled", **mkw)
            tm = daytime(tm + D(days=float(rng.uniform(2, 9))), 9, 18)
        self.ev(c, tm, "tp_measurement", "measured", **mkw)
        c["state"] = "prospect"
        c["measured_at"] = tm
        if rng.random() >= 0.92:
            return self.intent_refund(c, tm)
        # proposal
        tier = {"<20k": [0.7, 0.27, 0.03], "20-40k": [0.3, 0.58, 0.12], "40-60k": [0.1, 0.55, 0.35],
                "60k+": [0.02, 0.3, 0.68]}[c["budget"]]
        pack = choice(list(PACKAGES), tier)
        top = choice(list(COUNTERTOPS), [0.55, 0.33, 0.12] if pack != "essential" else [0.72, 0.12, 0.16])
        door = {"essential": choice(["melamine", "pet"], [0.8, 0.2]),
                "comfort": choice(["pet", "lacquer", "melamine"], [0.5, 0.4, 0.1]),
                "signature": choice(["lacquer", "solid_wood"], [0.55, 0.45])}[pack]
        price = lin * (PACKAGES[pack][1] + COUNTERTOPS[top][1]) * float(rng.uniform(0.95, 1.15))
        price = round(price / 10) * 10
        tp = daytime(tm + D(days=float(rng.uniform(5, 12))), 10, 20)
        pkw = dict(showroom=c["showroom"], designer=c.get("designer"), package=pack, 套餐=PACKAGES[pack][0],
                   countertop=top, 台面=COUNTERTOPS[top][0], door_material=door, 门板=DOORS[door])
        self.ev(c, tp, "tp_design_proposal", "presented", channel="store", revision_no=0, proposal_amount_cny=price,
                **pkw)
        n_rev = int(rng.poisson(SHOWROOMS[c["showroom"]][5]))
        for r in range(1, n_rev + 1):
            tp = daytime(tp + D(days=float(rng.uniform(3, 8) * (1.6 if c["showroom"] == "Nanjing Hexi" else 1))),
                         10, 21)
            price = round(price * float(rng.uniform(0.97, 1.06)) / 10) * 10
            self.ev(c, tp, "tp_design_proposal", "revised", channel=choice(["mini_program", "store"], [0.6, 0.4]),
                    revision_no=r, proposal_amount_cny=price, **pkw)
        p = spec[7] * SHOWROOMS[c["showroom"]][4] * (1.1 if c.get("intent") else 1.0)
        if n_rev >= 3:
            p *= 0.8
        if rng.random() >= min(0.95, p):
            return self.intent_refund(c, tp)
        tc = daytime(tp + D(days=lognorm(5, 0.8)), 10, 21)
        if tc > END:
            return
        self.contract(c, tc, pack, top, door, price)

    def intent_refund(self, c, t):
        o = c.get("intent")
        if not o:
            return
        if rng.random() < 0.75:
            tr = t + D(days=float(rng.uniform(10, 40)))
            if tr <= END:
                o["status"] = "refunded"
                o["refunded_at"] = tr

    def contract(self, c, tc, pack, top, door, price):
        self.n_ctr += 1
        cid = f"HT{self.n_ctr:05d}"
        promo = promo_of(tc)
        if c.get("intent"):
            price -= 3000           # the 1000-for-3000 promotion
        deposit = round(price * 0.3 / 10) * 10
        c.update(package=pack, contract_amount=price, contract_id=cid, state="signed", top=top, door=door,
                 signed_at=tc)
        factory = SHOWROOMS[c["showroom"]][3]
        self.ev(c, tc, "tp_contract", "signed", channel="store", showroom=c["showroom"], designer=c.get("designer"),
                contract_id=cid, package=pack, 套餐=PACKAGES[pack][0], countertop=top, 台面=COUNTERTOPS[top][0],
                door_material=door, 门板=DOORS[door], linear_m=c["linear_m"], contract_amount_cny=price,
                deposit_cny=deposit, promo=promo, factory=factory, 工厂=FACTORY_ZH[factory])
        ck = dict(contract_id=cid, package=pack, 套餐=PACKAGES[pack][0])
        dep = self.order(c, tc + D(minutes=5), deposit, "deposit", **ck)
        if c.get("intent"):
            c["intent"]["contract_id"] = cid
        # add-on appliances
        apps = []
        p_app = {"essential": 0.18, "comfort": 0.36, "signature": 0.6}[pack]
        if rng.random() < p_app:
            names = list(APPLIANCES)
            w = np.array([APPLIANCES[a][3] for a in names])
            if tc >= datetime(2026, 1, 1):       # dishwashers took off in 2026 (trade-in subsidy)
                w[names.index("dishwasher")] *= 3.0
            n = 1 + int(rng.poisson(0.7))
            picks = rng.choice(len(names), size=min(n, len(names)), replace=False, p=w / w.sum())
            for i in picks:
                a = names[int(i)]
                amt = float(rng.uniform(APPLIANCES[a][1], APPLIANCES[a][2]))
                amt = round(amt / 100) * 100 - 1
                o = self.order(c, tc + D(minutes=10), amt, "appliance", appliance=a, 电器=APPLIANCES[a][0], **ck)
                apps.append(o)
        c["apps"] = [a for a in apps if a]
        # cancellation
        if rng.random() < 0.05:
            tx = tc + D(days=float(rng.uniform(1, 14)))
            if tx <= END:
                c["state"] = "cancelled"
                if (tx - tc).days < 7:
                    if dep:
                        dep["status"] = "refunded"
                        dep["refunded_at"] = tx
                        dep["refund_reason"] = "cooling_off"
                elif rng.random() < 0.7:
                    self.fb(tx + D(days=float(rng.uniform(3, 30))), "complaint", "deposit", "negative", c,
                            platform=choice(["黑猫投诉", "12315", "客服热线"], [0.4, 0.2, 0.4]))
                for o in c["apps"]:
                    o["status"] = "refunded"
                    o["refunded_at"] = tx
                self.ticket(c, tx, "change_request")
                return
        self.fulfil(c, tc, cid, factory, pack, price, deposit, ck)

    def ticket(self, c, t, cat, topic=None):
        if t > END:
            return
        self.n_tk += 1
        ch = choice(["phone", "mini_program"], [0.6, 0.4])
        hours = lognorm({"progress": 6, "change_request": 20, "complaint": 30, "billing": 15, "appointment": 4}[cat],
                        0.7)
        self.ev(c, t, "tp_customer_service", "opened", channel=ch, ticket_no=f"TK{self.n_tk:06d}",
                ticket_category=cat, 问题类别=TICKETS[cat], resolution_hours=round(hours, 1))

    def fulfil(self, c, tc, cid, factory, pack, price, deposit, ck):
        backlog = factory == "Jiaxing" and BACKLOG[0] <= tc < BACKLOG[1]
        rework = rng.random() < 0.06         # failed the factory QC: parts remade
        pdays = max(9, round(lognorm(42, 0.15) if backlog else lognorm(18, 0.25)) + (9 if rework else 0))
        tprod = daytime(tc + D(days=pdays), 8, 18)
        if not self.ev(c, tprod, "tp_production", "completed", channel="other", contract_id=cid, factory=factory,
                       工厂=FACTORY_ZH[factory], production_days=pdays, qc_rework="yes" if rework else "no"):
            if backlog or rng.random() < 0.3:
                self.ticket(c, tc + D(days=float(rng.uniform(20, 30))), "progress")
            return
        c["state"] = "in_production"
        if backlog and rng.random() < 0.45:
            self.ticket(c, tc + D(days=float(rng.uniform(25, 35))), "progress")
        elif rng.random() < 0.3:
            self.ticket(c, tc + D(days=float(rng.uniform(5, 25))), choice(["progress", "appointment", "billing",
                                                                          "change_request"], [0.45, 0.25, 0.15, 0.15]))
        # change order and final payment
        co = 0.0
        if rng.random() < 0.3:
            co = round(float(rng.uniform(1500, 8000)) / 100) * 100
            self.order(c, tprod + D(hours=2), co, "change_order", **ck)
            if rng.random() < 0.2:
                self.fb(tprod + D(days=float(rng.uniform(1, 20))), choice(["complaint", "social"], [0.4, 0.6]),
                        "charges", "negative", c, platform=choice(["黑猫投诉", "小红书", "抖音"]))
        self.order(c, tprod + D(hours=3), price - deposit, "final_payment", **ck)
        # delivery
        td = daytime(tprod + D(days=float(rng.uniform(2, 5))), 8, 17)
        promised = (tc + D(days=35)).date()
        late = max(0, (td.date() - promised).days)
        partial = rng.random() < 0.04
        self.ev(c, td, "tp_delivery", "partial" if partial else "delivered", channel="other", contract_id=cid,
                promised_date=str(promised), late_days=late, issue="missing_boards" if partial else None,
                问题="少发板件" if partial else None)
        c["late"] = late
        if late >= 10 and rng.random() < 0.4:
            self.ticket(c, td - D(days=float(rng.uniform(1, late))), "complaint")
        # installation
        ti = daytime(td + D(days=float(rng.uniform(0, 2))), 8, 12)
        team = choice(TEAMS[c["city"]])
        speedfit = c["city"] == "Shanghai" and SPEEDFIT[0] <= ti < SPEEDFIT[1]
        if speedfit:
            team = "SpeedFit"
        inc = partial or rng.random() < 0.09
        issue = None
        if inc:
            issue = "missing_parts" if partial else choice(["size_mismatch", "damaged_panel"], [0.55, 0.45])
        hours = round(lognorm(6 + c["linear_m"] * 0.5, 0.2), 1)
        self.ev(c, ti, "tp_installation", "incomplete" if inc else "completed", channel="other", contract_id=cid,
                install_team=team, 安装队=TEAM_ZH[team], install_hours=hours, visit_no=1, issue=issue,
                问题=ISSUES[issue] if issue else None)
        if inc:
            ti = daytime(ti + D(days=float(rng.uniform(4, 12))), 8, 14)
            self.ev(c, ti, "tp_installation", "completed", channel="other", contract_id=cid, install_team=team,
                    安装队=TEAM_ZH[team], install_hours=round(lognorm(2.5, 0.3), 1), visit_no=2)
        winter = ti.month in (11, 12, 1, 2)
        odor = rng.random() < (0.03 + (0.05 if winter else 0) + (0.05 if c["door"] == "pet" else 0))
        # acceptance
        ta = daytime(ti + D(days=float(rng.uniform(0, 2))), 9, 18)
        p_fail = 0.7 if speedfit else 0.09
        failed_issue = None
        visit = 1
        while True:
            fail = rng.random() < (p_fail if visit == 1 else 0.08)
            iss = None
            if fail:
                if speedfit and visit == 1:
                    iss = choice(["gaps", "door_misaligned", "hardware_loose"], [0.8, 0.12, 0.08])
                else:
                    iss = choice(["gaps", "colour_mismatch", "door_misaligned", "countertop_scratch",
                                  "hardware_loose"], [0.2, 0.3, 0.2, 0.15, 0.15])
                failed_issue = failed_issue or iss
            ok = self.ev(c, ta, "tp_acceptance", "failed" if fail else "passed", channel="other", contract_id=cid,
                         install_team=team, 安装队=TEAM_ZH[team], visit_no=visit, issue=iss,
                         问题=ISSUES[iss] if iss else None)
            if not ok:
                return
            if not fail:
                break
            visit += 1
            ta = daytime(ta + D(days=float(rng.uniform(6, 14))), 9, 18)
        c["state"] = "completed"
        c["accepted_at"] = ta
        # feedback after acceptance
        flags = dict(failed=failed_issue, odor=odor, late=late, measure=(issue == "size_mismatch"), team=team,
                     nj=c["showroom"] == "Nanjing Hexi")
        self.post_install_feedback(c, ta, flags)
        self.after_sales(c, ta)

    def post_install_feedback(self, c, ta, f):
        topic, sent = self.pick_topic(f)
        if rng.random() < 0.72:
            self.fb(ta + D(hours=float(rng.uniform(1, 48))), "acceptance_survey", topic, sent, c,
                    rating=self.rated(sent), contract_id=c["contract_id"], install_team=f["team"])
        if rng.random() < 0.55:
            base = 9.0
            base -= 4.5 if f["failed"] else 0
            base -= 2.5 if f["odor"] else 0
            base -= min(4.0, f["late"] * 0.2)
            base -= 2.0 if f["measure"] else 0
            nps = int(np.clip(round(base + rng.normal(0, 1.3)), 0, 10))
            t2, s2 = self.pick_topic(f) if rng.random() < 0.7 else ("generic", None)
            if s2 is None:
                s2 = "positive" if nps >= 9 else ("neutral" if nps >= 7 else "negative")
            self.fb(ta + D(days=float(rng.uniform(28, 40))), "nps_callback", t2, s2, c, nps=nps,
                    tp=None if t2 == "generic" else "auto", contract_id=c["contract_id"])
        if rng.random() < 0.04:
            t3, s3 = self.pick_topic(f)
            undated = rng.random() < 0.35
            self.fb(None if undated else ta + D(days=float(rng.uniform(3, 60))), "social", t3, s3, c,
                    tp=None if t3 == "generic" else "auto", platform=choice(["小红书", "抖音", "微博"], [0.6, 0.3, 0.1]))

    def pick_topic(self, f):
        r = rng.random()
        if f["failed"] and r < 0.8:
            t = "gaps" if f["failed"] in ("gaps", "door_misaligned") else (
                "colour" if f["failed"] == "colour_mismatch" else "generic")
            return t, "negative"
        if f["odor"] and r < 0.85:
            return "odor", "negative"
        if f["late"] >= 7 and r < 0.65:
            return "delay", "negative"
        if f["measure"] and r < 0.6:
            return "measure", "negative"
        x = rng.random()
        if x < 0.25:
            return "installer", "positive"
        if x < 0.33:
            return "designer", "negative" if f["nj"] and rng.random() < 0.7 else "positive"
        if x < 0.36:
            return "colour", "negative"
        return "generic", choice(["positive", "neutral", "negative"], [0.6, 0.3, 0.1])

    def after_sales(self, c, ta, legacy=False):
        t = ta
        n = 0
        while True:
            t = t + D(days=lognorm(150, 0.8))
            if t > END or n >= 3:
                return
            if rng.random() >= (0.33 if n == 0 else 0.25):
                return
            n += 1
            w = {"hinge": 0.28, "drawer_rail": 0.2, "door_warp": 0.12,
                 "countertop_crack": {"sintered_stone": 0.3, "quartz": 0.05, "stainless_steel": 0.01}[c["top"]],
                 "sink_leak": 0.1, "appliance_fault": 0.12 if c.get("apps") else 0.0}
            rt = choice(list(w), list(w.values()))
            t = daytime(t, 8, 21)
            days = round(lognorm(3.5 if rt != "countertop_crack" else 8, 0.6), 1)
            revisit = rng.random() < (0.35 if rt == "countertop_crack" else 0.15)
            warranty = "in_warranty" if rt != "appliance_fault" or rng.random() < 0.7 else "out_of_warranty"
            if rng.random() < 0.06:
                warranty = "out_of_warranty"        # user damage
            self.n_tk += 1
            self.ev(c, t, "tp_after_sales", "revisit" if revisit else "fixed",
                    channel=choice(["phone", "mini_program"], [0.55, 0.45]), contract_id=c.get("contract_id"),
                    ticket_no=f"TK{self.n_tk:06d}", repair_type=rt, 报修类型=REPAIRS[rt], warranty=warranty,
                    resolution_days=days, countertop=c["top"], 台面=COUNTERTOPS[c["top"]][0])
            if warranty == "out_of_warranty":
                self.order(c, t + D(days=days), round(float(rng.uniform(150, 900)) / 10) * 10, "repair_fee",
                           channel="other", contract_id=c.get("contract_id"), repair_type=rt)
            if rng.random() < 0.6:
                slow = days > 7 or revisit
                if slow and rng.random() < 0.6:
                    topic = "aftersales"
                elif rt in ("hinge", "drawer_rail") and rng.random() < 0.6:
                    topic = "hinge"
                elif rt == "countertop_crack" and rng.random() < 0.75:
                    topic = "crack"
                else:
                    topic = "generic"
                sent = "negative" if topic != "generic" else ("negative" if slow else choice(
                    ["positive", "neutral"], [0.6, 0.4]))
                self.fb(t + D(days=days + float(rng.uniform(0, 2))), "repair_survey", topic, sent, c,
                        tp="tp_after_sales", rating=self.rated(sent), contract_id=c.get("contract_id"))
            if days > 10 and rng.random() < 0.35:
                self.fb(t + D(days=float(rng.uniform(7, 12))), "complaint", "aftersales", "negative", c,
                        tp="tp_after_sales", platform=choice(["客服热线", "黑猫投诉"], [0.7, 0.3]))

    def legacy(self, c):
        """installed in 2024: only their repairs and later comments fall in the data."""
        c.update(state="completed", package=choice(list(PACKAGES), [0.4, 0.45, 0.15]),
                 top=choice(list(COUNTERTOPS), [0.6, 0.28, 0.12]), apps=[1] if rng.random() < 0.3 else [],
                 door="pet", linear_m=5.0)
        self.n_legacy += 1
        c["contract_id"] = f"HT24-{self.n_legacy:04d}"
        c["contract_amount"] = 0.0
        c["legacy_contract"] = True
        self.after_sales(c, c["signup"] + D(days=70), legacy=True)

    def misc_feedback(self):
        """social posts and reviews by people we cannot tie to a customer id."""
        for _ in range(260):
            topic = choice(["odor", "crack", "designer", "charges", "delay", "generic", "installer", "spam"],
                           [0.12, 0.1, 0.12, 0.14, 0.08, 0.3, 0.08, 0.06])
            sent = "negative"
            if topic in ("installer",):
                sent = "positive"
            elif topic == "designer":
                sent = choice(["positive", "negative"], [0.6, 0.4])
            elif topic == "generic":
                sent = choice(["positive", "neutral", "negative"], [0.45, 0.35, 0.2])
            day = DAYS[int(rng.choice(len(DAYS), p=DAY_W))]
            undated = rng.random() < 0.3
            sr = choice(list(SHOWROOMS))
            channel = choice(["social", "dianping"], [0.7, 0.3])
            rating = self.rated(sent) if channel == "dianping" else None
            self.fb(None if undated else daytime(day), channel, topic, sent, None,
                    tp=None if topic == "generic" else "auto", rating=rating,
                    platform="大众点评" if channel == "dianping" else choice(["小红书", "抖音", "微博"], [0.6, 0.3, 0.1]),
                    city=SHOWROOMS[sr][1], showroom=sr if channel == "dianping" else None)

    def customer_rows(self):
        active = {r["customer_id"] for r in self.events} | {r["customer_id"] for r in self.orders} | {
            r["customer_id"] for r in self.feedback if r["customer_id"]}
        rows = []
        for c in self.customers:
            if c["signup"] < START and c["id"] not in active:
                continue            # not in the CRM extract: nothing since 2025
            seg = {"lead": "lead", "prospect": "prospect", "signed": "signed", "in_production": "signed",
                   "cancelled": "cancelled", "completed": "completed"}[c["state"]]
            tier = {"essential": "standard", "comfort": "plus", "signature": "premium", None: None}[c["package"]]
            city = c["city"]
            rows.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=CITIES[city][1],
                             区域=CITIES[city][2], city=city, 城市=CITIES[city][0], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]][0], tier=tier, showroom=c["showroom"],
                             门店=SHOWROOMS[c["showroom"]][0], house_type=c["house"],
                             房屋类型={"new_build": "新房", "resale": "二手房", "kitchen_refit": "旧厨改造"}[c["house"]],
                             budget_band=c["budget"], age_band=c["age"], preferred_language=c["lang"],
                             device=c["device"], payment_method=c["pay"]))
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
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en,
                                      step=k + 1, touchpoint_id=tp, window_days=w)
                                 for j, zh, en, steps, w in JOURNEYS for k, tp in enumerate(steps)])
    write(out / "customers.csv", g.customer_rows())
    ev = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for k, r in enumerate(ev, 1):
        r["event_id"] = f"EV{k:07d}"
    dup_idx = set(int(x) for x in rng.choice(len(ev), 31, replace=False))
    rows = []
    for k, r in enumerate(ev):
        rows.append(r)
        if k in dup_idx:
            rows.append(dict(r))     # the CRM sync re-sent the same event
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
            "城市"]
    for r in ev:
        for key in r:
            if key not in cols:
                cols.append(key)
    write(out / "events.csv", rows, cols)
    orders = sorted(g.orders, key=lambda r: (r["ts"], r["order_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
             "contract_id", "package", "套餐", "appliance", "电器", "repair_type", "promo", "showroom", "门店", "city",
             "currency", "payment_method", "refunded_at", "refund_reason"]
    write(out / "orders.csv", orders, ocols)
    dated = sorted([r for r in g.feedback if r["ts"] is not None], key=lambda r: r["ts"])
    undated = [r for r in g.feedback if r["ts"] is None]
    fb = list(dated)
    for r in undated:
        fb.insert(int(rng.integers(0, len(fb) + 1)), r)
    for k, r in enumerate(fb, 1):
        r["feedback_id"] = f"FB{k:05d}"
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "city", "showroom", "platform", "contract_id", "install_team"]
    write(out / "feedback.csv", fb, fcols)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=r["feedback_id"], topic=r["_topic"], sentiment=r["_sent"]) for r in fb],
          ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(rows)}, orders {len(orders)}, feedback {len(fb)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
