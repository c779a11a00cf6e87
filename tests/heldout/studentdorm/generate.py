"""栖园 Roost Student Living — purpose-built student accommodation (synthetic, written blind for the held-out benchmark).

    python generate.py OUTDIR

Writes a DATA.md dataset folder (touchpoints, journeys, customers, events, orders, feedback) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md table).
Fixed seed, numpy only for randomness, a few seconds of CPU. See README.md for the business and the planted patterns.
"""
from __future__ import annotations

import csv
import math
import sys
from bisect import bisect
from datetime import datetime, timedelta
from itertools import accumulate
from pathlib import Path

import numpy as np

SEED = 20260711
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)


class Rand:
    """numpy Generator behind a buffer (scalar numpy calls are slow)."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._z, self.i, self.j = self.g.random(1 << 20), self.g.standard_normal(1 << 18), 0, 0

    def u(self):
        if self.i >= len(self._u):
            self._u, self.i = self.g.random(1 << 20), 0
        self.i += 1
        return float(self._u[self.i - 1])

    def z(self):
        if self.j >= len(self._z):
            self._z, self.j = self.g.standard_normal(1 << 18), 0
        self.j += 1
        return float(self._z[self.j - 1])

    def uni(self, a, b):
        return a + (b - a) * self.u()

    def chance(self, p):
        return self.u() < p

    def pick(self, items, weights=None):
        if weights is None:
            return items[int(self.u() * len(items))]
        cum = list(accumulate(weights))
        return items[min(bisect(cum, self.u() * cum[-1]), len(items) - 1)]

    def wpick(self, pairs):
        return self.pick([p[0] for p in pairs], [p[1] for p in pairs])

    def lognorm(self, median, sigma):
        return median * math.exp(sigma * self.z())

    def expo(self, mean):
        return -mean * math.log(1.0 - self.u())

    def poisson(self, lam):
        n, p, l = 0, 1.0, math.exp(-lam)
        while True:
            p *= self.u()
            if p < l:
                return n
            n += 1

    def randint(self, a, b):
        return a + int(self.u() * (b - a + 1))


R = Rand(SEED)


def d(y, m, dd, h=0, mi=0):
    return datetime(y, m, dd, h, mi)


def at_hour(day, lo=8, hi=22):
    """a time on `day` between lo and hi o'clock."""
    return datetime(day.year, day.month, day.day) + timedelta(minutes=int(R.uni(lo * 60, hi * 60)))


def month_start(t):
    return datetime(t.year, t.month, 1)


def add_months(t, k):
    y, m = divmod(t.month - 1 + k, 12)
    return datetime(t.year + y, m + 1, 1)


# ------------------------------------------------------------------ world
FX = {"GBP": 1.0, "AUD": 0.49, "CAD": 0.54, "CNY": 0.104}      # GBP per local unit (reporting currency GBP)
# pid, name_en, name_zh, city, 城市, region, 区域, country, currency, beds, price factor, universities
PROPS = [
    ("P01", "Roost Oxford Road", "栖园·牛津路", "Manchester", "曼彻斯特", "UK", "英国", "UK", "GBP", 300, 1.0,
     ["University of Manchester", "Manchester Metropolitan University"]),
    ("P02", "Roost Kelham Island", "栖园·凯勒姆岛", "Sheffield", "谢菲尔德", "UK", "英国", "UK", "GBP", 230, 0.84,
     ["University of Sheffield", "Sheffield Hallam University"]),
    ("P03", "Roost Merchant City", "栖园·商人城", "Glasgow", "格拉斯哥", "UK", "英国", "UK", "GBP", 210, 0.9,
     ["University of Glasgow", "University of Strathclyde"]),
    ("P04", "Roost Carlton", "栖园·卡尔顿", "Melbourne", "墨尔本", "Australia", "澳大利亚", "AU", "AUD", 250, 1.0,
     ["University of Melbourne", "RMIT University"]),
    ("P05", "Roost Ultimo", "栖园·悠迪摩", "Sydney", "悉尼", "Australia", "澳大利亚", "AU", "AUD", 200, 1.15,
     ["University of Sydney", "UTS"]),
    ("P06", "Roost Harbord", "栖园·哈博德", "Toronto", "多伦多", "Canada", "加拿大", "CA", "CAD", 180, 1.0,
     ["University of Toronto", "Toronto Metropolitan University"]),
    ("P07", "Roost Wujiaochang", "栖园·五角场", "Shanghai", "上海", "East China", "华东", "CN", "CNY", 260, 1.2,
     ["复旦大学", "同济大学", "上海财经大学"]),
    ("P08", "Roost University Town", "栖园·大学城", "Guangzhou", "广州", "South China", "华南", "CN", "CNY", 230, 1.0,
     ["中山大学", "华南理工大学", "广东外语外贸大学"]),
    ("P09", "Roost Xiaoheshan", "栖园·小和山", "Hangzhou", "杭州", "East China", "华东", "CN", "CNY", 180, 0.85,
     ["浙江工业大学", "浙江科技大学", "浙江外国语学院"]),
]
PROP = {p[0]: p for p in PROPS}
HOME = {"UK": "UK", "AU": "Australia", "CA": "Canada", "CN": "China"}
NATIONALITY = {
    "UK": [("UK", 0.45), ("China", 0.24), ("India", 0.10), ("Nigeria", 0.05), ("Malaysia", 0.04),
           ("United States", 0.03), ("Other", 0.09)],
    "AU": [("Australia", 0.36), ("China", 0.30), ("India", 0.14), ("Vietnam", 0.06), ("Malaysia", 0.05), ("Other", 0.09)],
    "CA": [("Canada", 0.45), ("China", 0.20), ("India", 0.20), ("Other", 0.15)],
    "CN": [("China", 0.95), ("South Korea", 0.03), ("Other", 0.02)],
}
NAT_ZH = {"UK": "英国", "China": "中国", "India": "印度", "Nigeria": "尼日利亚", "Malaysia": "马来西亚",
          "United States": "美国", "Australia": "澳大利亚", "Vietnam": "越南", "Canada": "加拿大", "South Korea": "韩国",
          "Other": "其他"}
YEARS = [("first_year", "大一新生", 0.52), ("continuing", "高年级本科", 0.16), ("postgrad", "研究生", 0.27),
         ("foundation", "预科", 0.05)]
YEAR_ZH = {y[0]: y[1] for y in YEARS}
TIERS = [("budget", 0.36), ("mid", 0.44), ("premium", 0.20)]
TIER_ZH = {"budget": "经济", "mid": "中档", "premium": "高端"}

ROOM_ZH = {"twin_shared": "双人间", "cluster_ensuite": "合租套间", "studio": "开间", "premium_studio": "豪华开间"}
# weekly (UK, AU) or monthly (CA, CN) rent in local currency
RENT = {"UK": {"cluster_ensuite": 182, "studio": 248, "premium_studio": 292},
        "AU": {"twin_shared": 285, "cluster_ensuite": 375, "studio": 515, "premium_studio": 610},
        "CA": {"cluster_ensuite": 1450, "studio": 1950, "premium_studio": 2350},
        "CN": {"twin_shared": 2000, "cluster_ensuite": 2800, "studio": 3600, "premium_studio": 4500}}
ROOM_MIX = {
    "UK": {"budget": [("cluster_ensuite", 0.85), ("studio", 0.15)],
           "mid": [("cluster_ensuite", 0.5), ("studio", 0.45), ("premium_studio", 0.05)],
           "premium": [("studio", 0.4), ("premium_studio", 0.6)]},
    "AU": {"budget": [("twin_shared", 0.5), ("cluster_ensuite", 0.45), ("studio", 0.05)],
           "mid": [("twin_shared", 0.1), ("cluster_ensuite", 0.5), ("studio", 0.35), ("premium_studio", 0.05)],
           "premium": [("studio", 0.4), ("premium_studio", 0.6)]},
    "CN": {"budget": [("twin_shared", 0.8), ("cluster_ensuite", 0.2)],
           "mid": [("twin_shared", 0.3), ("cluster_ensuite", 0.45), ("studio", 0.25)],
           "premium": [("studio", 0.5), ("premium_studio", 0.5)]},
}
ROOM_MIX["CA"] = ROOM_MIX["UK"]
HOLD_FEE = {"UK": 250, "AU": 500, "CA": 400, "CN": 1000}
SWAP_FEE = {"UK": 50, "AU": 80, "CA": 60, "CN": 300}


def year_label(country, y):
    """academic / tenancy year starting in calendar year y."""
    if country == "AU":
        return str(y + 1), f"{y + 1}学年"
    return f"{y}/{str(y + 1)[2:]}", f"{y}/{str(y + 1)[2:]}学年"


def tenancy_options(country, y):
    """(length label, weeks, instalments, move-in, end, weight) for the year starting in calendar year y
    (for Australia the year runs from February of y + 1)."""
    if country == "UK":
        mi = {2024: d(2024, 9, 7), 2025: d(2025, 9, 6), 2026: d(2026, 9, 5)}[y]
        return [("51 weeks", 51, 12, mi, mi + timedelta(days=51 * 7 - 1), 0.7),
                ("44 weeks", 44, 10, mi, mi + timedelta(days=44 * 7 - 1), 0.3)]
    if country == "CA":
        mi = d(y, 9, 1)
        return [("8 months", 35, 8, mi, d(y + 1, 4, 30), 0.6), ("12 months", 52, 12, mi, d(y + 1, 8, 31), 0.4)]
    if country == "AU":
        mi = {2024: d(2025, 2, 15), 2025: d(2026, 2, 14), 2026: d(2027, 2, 13)}[y]
        return [("43 weeks", 43, 10, mi, mi + timedelta(days=43 * 7 - 1), 0.6),
                ("51 weeks", 51, 12, mi, mi + timedelta(days=51 * 7 - 1), 0.4)]
    mi = {2024: d(2024, 8, 31), 2025: d(2025, 8, 30), 2026: d(2026, 8, 29)}[y]
    return [("10 months", 43, 10, mi, d(y + 1, 6, 27) if y == 2024 else d(y + 1, 6, 26), 1.0)]


CHANNEL_ZH = {"web": "官网", "agent": "留学中介", "portal": "租房平台", "mini_program": "小程序", "phone": "电话"}
PORTALS = {"UK": ["Student.com", "UniAcco", "amber", "Casita"], "AU": ["Student.com", "UniAcco", "amber", "Flatmates"],
           "CA": ["Student.com", "UniAcco", "places4students"], "CN": ["贝壳找房", "安居客", "闲鱼"]}
AGENTS_CN_STUDENTS = ["启德教育", "新东方前途出国", "IDP", "SI-UK", "留学360"]
AGENTS_OTHER = ["IDP", "AECC", "Global Reach", "SI-UK"]
AGENTS_CN_PROP = ["校园代理-张同学", "校园代理-李同学", "我爱我家"]
ACQ_ZH = {"google_search": "谷歌搜索", "instagram_ads": "Instagram广告", "tiktok_ads": "TikTok广告",
          "university_partner": "高校合作推荐", "booking_portal": "租房平台", "education_agent": "留学中介",
          "xiaohongshu": "小红书", "wechat": "微信公众号", "douyin": "抖音", "friend_referral": "朋友推荐",
          "baidu_search": "百度搜索"}
P_VIEW = {"web": 0.62, "agent": 0.74, "portal": 0.40, "mini_program": 0.58, "phone": 0.68}
HOLD_MULT = {"web": 1.0, "agent": 1.18, "portal": 0.50, "mini_program": 0.95, "phone": 1.05}

GUAR_ZH = {"home_guarantor": "本地担保人", "guarantor_service": "担保公司", "rent_upfront": "预付全年租金",
           "overseas_parent": "海外父母担保", "parent_guarantor": "家长担保"}
GUAR_DECLINE = {"home_guarantor": 0.08, "guarantor_service": 0.05, "rent_upfront": 0.0, "overseas_parent": 0.34,
                "parent_guarantor": 0.03}
GUAR_PROVIDER = {"guarantor_service": ["Housing Hand", "Your Guarantor"], "home_guarantor": ["Goodlord referencing"],
                 "overseas_parent": ["Goodlord referencing"], "rent_upfront": [""], "parent_guarantor": ["家长电子担保函"]}
DOC_ZH = {"passport": "护照", "evisa_share_code": "eVisa共享码", "driving_licence": "驾照", "national_id": "身份证",
          "study_permit": "学习许可", "student_visa": "学生签证"}
REJECT_ZH = {"share_code_invalid": "共享码无法验证", "document_unreadable": "证件照片不清晰", "name_mismatch": "姓名不一致",
             "expired_document": "证件过期"}
BUG = (d(2025, 5, 1), d(2025, 5, 28, 23, 59))       # VeriKey roll-out breaks eVisa share codes

ISSUE_ZH = {"cleanliness": "卫生不达标", "missing_inventory": "缺少家具物品", "damage_found": "发现损坏",
            "keys_access": "门卡钥匙问题", "wifi_setup": "网络未开通"}
PAY_ZH = {"direct_debit": "银行自动扣款", "card": "银行卡", "international_transfer": "国际汇款", "alipay": "支付宝",
          "wechat_pay": "微信支付"}
PAY_LATE = {"direct_debit": 0.03, "card": 0.08, "international_transfer": 0.24, "alipay": 0.04, "wechat_pay": 0.04}
CAT_ZH = {"plumbing": "水管漏水", "electrical": "电路电器", "wifi": "网络", "appliance": "家电", "furniture": "家具",
          "pest": "虫害", "lock_access": "门锁门卡", "heating_hot_water": "暖气热水", "air_con": "空调"}
CONTRACTORS = {"UK": ["HeatCare Plumbing", "Sparks & Co", "BrightFix Services"],
               "AU": ["SwiftFix Trades", "AquaPro Plumbing"], "CA": ["NorthStar Repairs", "Maple Mechanical"],
               "CN": ["万师傅", "啄木鸟维修", "58到家"]}
SWAP_ZH = {"noise": "噪音", "flatmate_conflict": "室友矛盾", "cheaper_room": "想换便宜房型", "bigger_room": "想换大房间",
           "closer_to_friends": "想和朋友住一起", "accessibility": "无障碍需求"}
NOREBOOK_ZH = {"moving_with_friends": "和朋友合租校外房", "graduating": "毕业离校", "too_expensive": "租金太贵",
               "moving_home": "搬回家住", "exchange_abroad": "出国交换", "no_response": "未回复"}
DEDUCT_ZH = {"cleaning": "清洁费", "damage": "损坏赔偿", "missing_items": "物品缺失", "key_not_returned": "钥匙门卡未还",
             "rent_arrears": "欠租抵扣"}
REFUND_MEDIAN = {"P01": 8, "P02": 9, "P03": 10, "P04": 12, "P05": 31, "P06": 12, "P07": 5, "P08": 6, "P09": 5}
ORDER_ZH = {"holding_fee": "锁房定金", "tenancy_contract": "租约", "security_deposit": "押金", "rent": "月租",
            "utilities": "水电费", "swap_fee": "换房手续费", "repair_charge": "维修赔偿", "deposit_refund": "押金退还"}

TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "咨询登记", "Enquiry", "awareness", "web", "digital", "sales",
     "咨询|问房|留资|enquiry form|lead|agent enquiry|portal lead"),
    ("tp_viewing", "看房", "Room tour / virtual viewing", "consideration", "store", "physical", "sales",
     "带看|实地看房|视频看房|room tour|virtual viewing|viewing|tour"),
    ("tp_room_hold", "锁房定金", "Room hold (holding fee)", "purchase", "web", "digital", "sales",
     "锁房|定金|订房|holding fee|holding deposit|reservation|hold"),
    ("tp_guarantor_check", "担保人审核", "Guarantor check", "purchase", "web", "digital", "lettings",
     "担保|担保人|guarantor|referencing|Housing Hand"),
    ("tp_id_check", "身份核验", "ID / right-to-rent check", "purchase", "web", "digital", "lettings",
     "实名认证|证件核验|身份验证|right to rent|ID verification|eVisa|KYC"),
    ("tp_contract", "签署租约", "Tenancy contract signing", "purchase", "web", "digital", "lettings",
     "签约|租约|合同|e-sign|tenancy agreement|lease|booking confirmed"),
    ("tp_move_in", "入住验房", "Move-in inspection", "service", "store", "physical", "residence_ops",
     "入住|交钥匙|入住检查|check-in|arrivals|move-in inventory"),
    ("tp_rent_payment", "月租缴费", "Monthly rent payment", "service", "app", "digital", "finance",
     "交租|房租|租金|rent|instalment|direct debit"),
    ("tp_utilities", "水电缴费", "Utilities bill", "service", "mini_program", "digital", "finance",
     "水电费|电费|水费|utilities|energy bill"),
    ("tp_maintenance_request", "报修", "Maintenance request", "service", "app", "digital", "maintenance",
     "报修单|维修申请|repair request|work order|maintenance ticket"),
    ("tp_repair", "维修上门", "Repair visit", "service", "store", "physical", "maintenance",
     "维修|上门维修|修好|repair|fix|contractor visit|SLA"),
    ("tp_room_swap", "换房申请", "Room swap request", "service", "app", "digital", "residence_ops",
     "换房|调房|room move|room transfer|swap"),
    ("tp_rebooking", "续租下学年", "Rebooking for next year", "loyalty", "app", "digital", "sales",
     "续租|续住|续约|rebook|rebooker|returner|renewal"),
    ("tp_move_out", "退房检查", "Move-out inspection", "loyalty", "store", "physical", "residence_ops",
     "退房|退房验房|move out|check-out inspection|end of tenancy"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "loyalty", "email", "digital", "finance",
     "退押金|押金结算|deposit return|bond refund|deposit deductions"),
]
JOURNEYS = [
    ("booking", "预订转化", "Booking conversion", ["tp_enquiry", "tp_viewing", "tp_room_hold", "tp_contract"], 60),
    ("tenancy_checks", "签约审核", "Tenancy checks",
     ["tp_room_hold", "tp_guarantor_check", "tp_id_check", "tp_contract"], 21),
    ("repair", "报修闭环", "Repair loop", ["tp_maintenance_request", "tp_repair"], 7),
    ("move_out", "退房退押", "Move-out and deposit", ["tp_move_out", "tp_deposit_refund"], 30),
]

# ------------------------------------------------------------------ feedback texts
# topic -> (zh marker, en marker); every text of a topic holds its marker and no other topic's marker
MARKERS = {
    "heating": ("暖气", "heating"), "wifi": ("网络", "wifi"), "repair_slow": ("报修", "maintenance"),
    "deducted": ("扣了", "deducted"), "deposit_slow": ("退押金", "deposit back"), "id_check": ("身份验证", "id check"),
    "guarantor": ("担保", "guarantor"), "holding_fee": ("定金", "holding fee"), "noise": ("噪音", "noise"),
    "front_desk": ("前台", "front desk"), "location": ("位置", "location"), "move_in": ("入住", "move-in"),
    "price": ("太贵", "expensive"), "laundry": ("洗衣", "laundry"), "agent": ("中介", "agent"),
}
TEXTS = {
    "heating": {
        "negative": {
            "zh": ["暖气坏了三天，房间冷得睡不着", "暖气一直不热，晚上只能穿着羽绒服睡觉", "整栋楼暖气停了快一周，说是在等锅炉零件",
                   "冬天暖气和热水都不稳定，洗澡洗到一半变冷水", "暖气修了又坏，修了又坏，考试周冻得没法复习",
                   "房间暖气片是冰的，自己买了个小太阳取暖"],
            "en": ["The heating has been off for three days and my room is freezing",
                   "No heating and barely any hot water all week, apparently they are waiting for boiler parts",
                   "Heating in our flat keeps cutting out at night",
                   "Had to buy a plug-in heater because the heating was broken for over a week",
                   "Radiators stone cold again, this is the third time the heating has failed this month",
                   "Freezing flat during exams because the heating was down, really not acceptable"]},
        "positive": {
            "zh": ["暖气当天就修好了，师傅很专业", "暖气坏了两个小时就有人来处理，点赞"],
            "en": ["Heating was fixed the same afternoon, really quick", "Heating came back on within a couple of hours, thanks"]}},
    "wifi": {
        "negative": {
            "zh": ["网络晚上基本连不上，网课都上不了", "宿舍网络太慢了，视频会议一直卡", "网络经常断，写论文的时候特别崩溃",
                   "房间在走廊尽头，网络信号几乎没有", "网络三天两头断，交了这么多钱体验很差"],
            "en": ["The wifi drops every evening, I can't even stream a lecture",
                   "wifi speed is awful in the west wing", "Paying this much and the wifi still doesn't reach my room",
                   "wifi went down during my online exam, really stressful", "Constant wifi outages since September"]},
        "positive": {
            "zh": ["网络速度很快，打游戏也不卡"], "en": ["Fast wifi, never had an issue on calls"]}},
    "repair_slow": {
        "negative": {
            "zh": ["报修一个星期了还没人来", "水龙头漏水报修三次才修好", "在APP上报修提交了就石沉大海", "报修说24小时内上门，结果等了四天",
                   "报修以后师傅来了说没带配件，又等了好几天"],
            "en": ["Maintenance took over a week to fix a leaking tap",
                   "Logged a maintenance request for the shower and nobody came for days",
                   "Maintenance keep closing my request without fixing anything",
                   "The maintenance response time is nowhere near what they promise",
                   "Three maintenance visits for the same broken window"]},
        "positive": {
            "zh": ["报修第二天就来人了，效率不错", "报修很方便，APP上拍个照就行，修得也快", "报修响应很快，师傅态度好"],
            "en": ["Maintenance team came the next morning, great job", "Maintenance fixed my desk lamp within a day",
                   "Really quick maintenance, reported in the app and it was sorted"]}},
    "deducted": {
        "negative": {
            "zh": ["退房扣了我150镑清洁费，房间明明打扫过了", "退房检查扣了好多钱，说墙上有印子", "钥匙卡晚还一天就扣了50",
                   "搬进来时桌子就是坏的，退房却扣了我维修费", "莫名其妙扣了清洁费，照片都不给看", "押金被扣了一大半，申诉也没用"],
            "en": ["They deducted £180 for cleaning even though I left the room spotless",
                   "Deducted money for a damaged desk that was already scratched when I arrived",
                   "Got deducted for a missing kettle that was never there",
                   "They deducted a cleaning fee with no photos or explanation",
                   "Half my deposit deducted for 'wall marks', absolutely ridiculous",
                   "Deducted for a key card I returned on time"]}},
    "deposit_slow": {
        "negative": {
            "zh": ["退房一个多月了还在等退押金", "退押金太慢了，邮件问了三次", "催了好几次退押金，一直说在处理",
                   "退押金的流程太长了，毕业回国了还没收到"],
            "en": ["Still waiting for my deposit back six weeks after moving out",
                   "It took forever to get my deposit back", "Emailed three times about my deposit back, no reply",
                   "Getting the deposit back was the slowest part of the whole year"]},
    },
    "deposit_fast": {
        "positive": {
            "zh": ["押金一周就到账了，很快", "押金结算很顺利，钱很快就回来了"],
            "en": ["Deposit returned within a week, smooth", "My deposit was refunded in full and fast, no complaints"]}},
    "id_check": {
        "negative": {
            "zh": ["身份验证传了三次护照都不通过", "eVisa共享码身份验证一直失败，客服也说不清楚原因", "身份验证系统卡住了，差点没签上合同",
                   "身份验证一直显示失败，锁的房差点被放出去", "新的身份验证系统太难用了"],
            "en": ["The ID check kept rejecting my eVisa share code", "Failed the ID check twice for no clear reason",
                   "Nearly lost my room because the ID check system would not accept my documents",
                   "ID check was a nightmare this month, the new system rejects everything",
                   "Uploaded my passport four times for the ID check"]},
        "positive": {
            "zh": ["身份验证几分钟就通过了"], "en": ["ID check was quick and painless"]}},
    "guarantor": {
        "negative": {
            "zh": ["没有英国担保人，只能找担保公司又多花了一笔钱", "担保审核拖了一周，差点错过房间", "父母在国外不能做担保，很不方便"],
            "en": ["I don't have a UK guarantor so I had to pay for a guarantor service",
                   "The guarantor approval took ages", "My parents were rejected as guarantors because they live abroad"]}},
    "holding_fee": {
        "negative": {
            "zh": ["申请没通过，定金一个月才退回来", "交了定金才告诉我想要的房型没了", "定金不退，规则写得不清楚"],
            "en": ["The holding fee refund took a month after my application was declined",
                   "Paid the holding fee and then they told me the room type was gone",
                   "Nobody explained the holding fee was non-refundable"]},
        "positive": {
            "zh": ["定金在线就能付，很方便"], "en": ["The holding fee was easy to pay online"]}},
    "noise": {
        "negative": {
            "zh": ["楼下酒吧噪音太大，凌晨两点还在放音乐", "隔壁噪音每天到半夜，申请换房还被拒了", "楼上每天开派对，噪音根本没法睡",
                   "房间对着马路，噪音太吵了"],
            "en": ["Constant noise from the flat above, couldn't sleep before exams",
                   "Asked to move because of the noise and they said no rooms were free",
                   "The noise from the bar downstairs goes on until 2am", "Party noise every night in our cluster"]}},
    "front_desk": {
        "positive": {
            "zh": ["前台小姐姐特别热情，快递都帮忙收好", "前台24小时有人，很有安全感", "前台处理问题很快，态度也好"],
            "en": ["Front desk staff are lovely and always help with parcels",
                   "The front desk team sorted my key card in minutes", "Front desk is always friendly and helpful"]}},
    "location": {
        "positive": {
            "zh": ["位置很好，走路十分钟到教学楼", "位置方便，楼下就是地铁站", "位置绝了，附近超市餐馆都有"],
            "en": ["Great location, ten minutes' walk to campus", "The location is unbeatable, right next to the library",
                   "Perfect location for the city centre and uni"]}},
    "move_in": {
        "negative": {
            "zh": ["入住当天房间没打扫干净，地上都是灰", "入住时发现缺了椅子和台灯", "入住排队排了两个小时才拿到门卡",
                   "入住的时候床垫上还有污渍，很失望"],
            "en": ["On move-in day the room hadn't even been cleaned", "Move-in was chaos, we queued for two hours for keys",
                   "The room was missing a chair and a lamp at move-in", "Dirty bathroom on move-in day, not a great start"]},
        "positive": {
            "zh": ["入住很顺利，房间很干净", "入住流程很快，十分钟就搞定了"],
            "en": ["Move-in was smooth and the room was spotless", "Quick and easy move-in, staff were great"]}},
    "price": {
        "negative": {
            "zh": ["房租太贵了，比校外合租贵一倍", "条件不错但是太贵了", "每年涨价，太贵了住不起"],
            "en": ["Way too expensive for what you get", "Nice building but expensive compared to other halls",
                   "Rent keeps going up, it is getting too expensive"]}},
    "laundry": {
        "negative": {
            "zh": ["洗衣房的机器一半是坏的", "洗衣要排很久的队", "洗衣卡充值很麻烦"],
            "en": ["Half the laundry machines are broken", "Laundry costs add up quickly",
                   "The laundry room is always full on weekends"]}},
    "agent": {
        "positive": {
            "zh": ["通过中介订的，流程很顺", "中介帮忙把所有材料都准备好了"],
            "en": ["My agent handled everything, easy booking", "The agent explained the whole process clearly"]},
        "negative": {
            "zh": ["中介说的房型和实际不一样", "中介报的价格和合同上不一致"],
            "en": ["The agent quoted a different weekly rent than the contract", "My agent gave me the wrong room type"]}},
}
GENERIC = {
    "positive": {
        "zh": ["整体住得挺舒服的", "房间干净，设施新", "社区活动很多，认识了不少朋友", "住了一年很满意，推荐给学弟学妹",
               "公共厨房很大，做饭方便", "学习室很安静，期末周帮大忙了", "安保做得好，很放心"],
        "en": ["Really enjoyed my year here", "Clean, modern and safe", "The study rooms are great during exams",
               "Loads of social events, made good friends", "Would recommend to first years",
               "Gym and common room are a big plus", "Staff genuinely care about residents"]},
    "neutral": {
        "zh": ["还行吧，中规中矩", "和宣传的差不多", "没什么特别的", "一般般，能住"],
        "en": ["It's fine, does the job", "About what I expected", "Average student accommodation", "Okay overall"]},
    "negative": {
        "zh": ["体验一般，不会再住了", "管理有点乱，问什么都要等", "厨房太小了，高峰期排队做饭", "电梯经常坏，住高层很痛苦"],
        "en": ["Not great, wouldn't stay again", "The lifts are out of order half the time",
               "Shared kitchen is far too small for eight people", "Communication from management is poor"]},
}


# ------------------------------------------------------------------ state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
CUSTOMERS: dict[str, dict] = {}
TENANCIES: list[dict] = []
SIGNED: dict[tuple, int] = {}
_ids = {"c": 0, "e": 0, "o": 0, "f": 0, "t": 0, "s": 0}


def nid(kind, prefix, width):
    _ids[kind] += 1
    return f"{prefix}{_ids[kind]:0{width}d}"


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def new_customer(pid, signup, returning_student=False):
    p = PROP[pid]
    country = p[7]
    nat = R.wpick(NATIONALITY[country])
    domestic = nat == HOME[country]
    tier = R.wpick(TIERS)
    if nat == "China" and country != "CN" and R.chance(0.3):
        tier = "premium"
    year = R.pick([y[0] for y in YEARS], [y[2] for y in YEARS])
    if returning_student:
        year = R.pick(["continuing", "postgrad"], [0.8, 0.2])
    cid = nid("c", "S", 6)
    c = dict(customer_id=cid, signup_at=signup, property=pid, country=country, nationality=nat,
             student_type="domestic" if domestic else "international", tier=tier, year_of_study=year,
             university=R.pick(p[11]), language="zh" if nat == "China" else "en", acq=None, tenancies=[],
             miss_times=[], had_issue=False)
    CUSTOMERS[cid] = c
    return c


def enquiry_channel(c):
    country, nat = c["country"], c["nationality"]
    if country == "CN":
        if nat == "China":
            return R.pick(["mini_program", "portal", "web", "phone", "agent"], [0.52, 0.20, 0.12, 0.10, 0.06])
        return R.pick(["web", "agent", "portal"], [0.5, 0.3, 0.2])
    if c["student_type"] == "domestic":
        return R.pick(["web", "portal", "phone", "agent"], [0.52, 0.26, 0.17, 0.05])
    if nat == "China":
        return R.pick(["agent", "mini_program", "portal", "web"], [0.42, 0.30, 0.14, 0.14])
    return R.pick(["agent", "portal", "web", "phone"], [0.38, 0.30, 0.28, 0.04])


def acquisition(c, ch):
    if ch == "portal":
        return "booking_portal"
    if ch == "agent":
        return "education_agent"
    if ch == "mini_program":
        return R.pick(["xiaohongshu", "wechat", "douyin"], [0.4, 0.35, 0.25])
    if ch == "phone":
        return R.pick(["university_partner", "friend_referral"], [0.5, 0.5])
    if c["country"] == "CN":
        return R.pick(["baidu_search", "university_partner", "friend_referral"], [0.5, 0.3, 0.2])
    return R.pick(["google_search", "instagram_ads", "tiktok_ads", "university_partner", "friend_referral"],
                  [0.4, 0.18, 0.14, 0.16, 0.12])


def device_for(ch):
    if ch in ("web", "portal"):
        return R.pick(["pc", "ios", "android"], [0.5, 0.32, 0.18])
    if ch in ("mini_program", "app"):
        return R.pick(["ios", "android"], [0.58, 0.42])
    return ""


def ev(c, t, tp, action, channel="", device="", year=None, **extra):
    p = PROP[c["property"]]
    row = dict(event_id=nid("e", "E", 7), customer_id=c["customer_id"], ts=iso(t), touchpoint_id=tp, action=action,
               channel=channel, device=device, property=p[0], property_name=p[1], 公寓=p[2], city=p[3], 城市=p[4])
    if year:
        row["academic_year"], row["学年"] = year
    row.update(extra)
    EVENTS.append(row)
    return row


def order(c, t, kind, amount_local, status="paid", channel="", year=None, **extra):
    p = PROP[c["property"]]
    cur = p[8]
    row = dict(order_id=nid("o", "O", 7), customer_id=c["customer_id"], ts=iso(t),
               amount=round(amount_local * FX[cur], 2), status=status, channel=channel, order_type=kind,
               订单类型=ORDER_ZH[kind], property=p[0], city=p[3], 城市=p[4], currency=cur,
               amount_local=round(amount_local, 2))
    if year:
        row["academic_year"], row["学年"] = year
    row.update(extra)
    if t <= END:
        ORDERS.append(row)
    return row


def text_for(topic, sentiment, lang):
    if topic == "generic":
        return R.pick(GENERIC[sentiment][lang])
    bank = TEXTS[topic]
    s = sentiment if sentiment in bank else ("negative" if "negative" in bank else "positive")
    return R.pick(bank[s][lang])


def rating_for(sentiment):
    if sentiment == "positive":
        return R.pick([5, 4], [0.65, 0.35])
    if sentiment == "negative":
        return R.pick([1, 2, 3], [0.5, 0.38, 0.12])
    return R.pick([3, 4, 2], [0.7, 0.2, 0.1])


def fb(c, t, tp, channel, topic, sentiment, rating=None, nps=None, lang=None, pid=None, **extra):
    if t is not None and (t > END or t < START):
        return None
    lang = lang or (c["language"] if c else "en")
    pid = pid or (c["property"] if c else None)
    if topic != "generic" and sentiment not in TEXTS[topic]:
        sentiment = "negative" if "negative" in TEXTS[topic] else "positive"
    fid = nid("f", "F", 6)
    p = PROP[pid]
    row = dict(feedback_id=fid, text=text_for(topic, sentiment, lang), ts=iso(t) if t else "",
               customer_id=c["customer_id"] if c else "", touchpoint_id=tp or "", channel=channel,
               rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
               property=pid, property_name=p[1], city=p[3], 城市=p[4])
    row.update(extra)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment))
    return row


# ------------------------------------------------------------------ booking funnel
def pick_room(c):
    return R.wpick(ROOM_MIX[c["country"]][c["tier"]])


def guarantor_type(c):
    if c["country"] == "CN":
        return "parent_guarantor" if c["nationality"] == "China" else "guarantor_service"
    if c["student_type"] == "domestic":
        return R.pick(["home_guarantor", "guarantor_service", "rent_upfront"], [0.8, 0.15, 0.05])
    return R.pick(["guarantor_service", "rent_upfront", "overseas_parent"], [0.45, 0.33, 0.22])


def id_document(c):
    if c["country"] == "CN":
        return "national_id" if c["nationality"] == "China" else "passport"
    if c["student_type"] == "domestic":
        return R.pick(["passport", "driving_licence"], [0.55, 0.45] if c["country"] == "UK" else [0.4, 0.6])
    return {"UK": R.pick(["evisa_share_code", "passport"], [0.8, 0.2]), "AU": "student_visa",
            "CA": "study_permit"}[c["country"]]


def id_attempt(c, t, doc, yr, attempt):
    country = c["country"]
    if country == "CN":
        vendor, p_rej = "gov_id_api", 0.04
    else:
        vendor = "VeriKey" if t >= d(2025, 5, 1) else "TrustScan"
        p_rej = 0.09 if doc == "evisa_share_code" else 0.05
        if BUG[0] <= t <= BUG[1]:
            p_rej = 0.70 if doc == "evisa_share_code" else 0.30
    ok = not R.chance(p_rej)
    extra = dict(id_document=doc, 证件类型=DOC_ZH[doc], check_vendor=vendor, attempt_no=attempt)
    if not ok:
        if vendor == "VeriKey" and BUG[0] <= t <= BUG[1] and doc == "evisa_share_code":
            reason = R.pick(["share_code_invalid", "name_mismatch", "document_unreadable"], [0.8, 0.1, 0.1])
        elif doc == "evisa_share_code":
            reason = R.pick(["share_code_invalid", "name_mismatch", "document_unreadable", "expired_document"],
                            [0.35, 0.25, 0.25, 0.15])
        else:
            reason = R.pick(["document_unreadable", "name_mismatch", "expired_document"], [0.5, 0.3, 0.2])
        extra.update(reject_reason=reason, 拒绝原因=REJECT_ZH[reason])
    ch = "mini_program" if c["country"] == "CN" and c["nationality"] == "China" else "web"
    ev(c, t, "tp_id_check", "verified" if ok else "rejected", ch, device_for(ch), yr, **extra)
    return ok


def run_booking(c, t0, y):
    """one prospect from first enquiry to a signed contract (or not); returns the tenancy or None."""
    country = c["country"]
    yr = year_label(country, y)
    ch = enquiry_channel(c)
    c["acq"] = acquisition(c, ch)
    extra = dict(enquiry_channel=ch, 咨询渠道=CHANNEL_ZH[ch])
    if ch == "portal":
        extra["source_name"] = R.pick(PORTALS[country])
    elif ch == "agent":
        extra["source_name"] = R.pick(AGENTS_CN_PROP if country == "CN" else
                                      AGENTS_CN_STUDENTS if c["nationality"] == "China" else AGENTS_OTHER)
    budget_room = pick_room(c)
    extra.update(room_type_wanted=budget_room, 意向房型=ROOM_ZH[budget_room], budget_band=c["tier"])
    sess = f"ss{R.randint(10**7, 10**8 - 1)}"
    ev(c, t0, "tp_enquiry", "submitted", ch, device_for(ch), yr, session_id=sess, **extra)
    if R.chance(0.18):   # a second enquiry (follow-up question) a few days later
        t1 = t0 + timedelta(days=R.uni(0.5, 9))
        if t1 <= END:
            ev(c, t1, "tp_enquiry", "submitted", ch, device_for(ch), yr, session_id=f"ss{R.randint(10**7, 10**8 - 1)}",
               **extra)
    if not R.chance(P_VIEW[ch]):
        return None
    # viewing
    if country == "CN":
        in_person = R.chance(0.65 if c["nationality"] == "China" else 0.3)
    else:
        in_person = R.chance(0.72 if c["student_type"] == "domestic" else 0.07)
    vtype = "in_person" if in_person else "virtual"
    tv = at_hour(t0 + timedelta(days=1 + R.expo(3.0)), 9, 19 if in_person else 22)
    if tv > END:
        return None
    vextra = dict(viewing_type=vtype, 看房方式="实地看房" if in_person else "视频看房")
    vch = "store" if in_person else "video_call"
    if R.chance(0.13 if in_person else 0.07):
        ev(c, tv, "tp_viewing", "no_show", vch, "", yr, **vextra)
        if not R.chance(0.45):
            return None
        tv = at_hour(tv + timedelta(days=R.uni(2, 6)), 9, 19)
        if tv > END:
            return None
    ev(c, tv, "tp_viewing", "attended", vch, "", yr, **vextra)
    if R.chance(0.3):
        fb_viewing(c, tv, ch)
    if SIGNED.get((c["property"], y), 0) >= PROP[c["property"]][9] * 0.97:
        return None      # sold out for that year
    p_hold = 0.56 * HOLD_MULT[ch] * (1.0 if in_person else 0.72) * (1.05 if c["tier"] == "premium" else 1.0)
    if not R.chance(min(p_hold, 0.95)):
        return None
    # hold
    room = budget_room if R.chance(0.8) else pick_room(c)
    hold_local = HOLD_FEE[country]
    th = tv + timedelta(days=R.expo(2.5), hours=R.uni(0, 6))
    hch = "agent" if ch == "agent" else ("mini_program" if ch == "mini_program" else "web")
    hextra = dict(room_type=room, 房型=ROOM_ZH[room], holding_fee_local=hold_local, currency=PROP[c["property"]][8])
    if th > END:
        return None
    if R.chance(0.07):
        ev(c, th, "tp_room_hold", "payment_failed", hch, device_for(hch), yr, **hextra)
        if not R.chance(0.75):
            return None
        th = th + timedelta(hours=R.uni(1, 40))
        if th > END:
            return None
    ev(c, th, "tp_room_hold", "held", hch, device_for(hch), yr, **hextra)
    hold_order = order(c, th, "holding_fee", hold_local, "paid", hch, yr, room_type=room)
    # guarantor
    gtype = guarantor_type(c)
    tg = th + timedelta(days=R.uni(0.5, 5.5))
    if tg > END:
        return None
    gch = "mini_program" if hch == "mini_program" else "web"
    ok = not R.chance(GUAR_DECLINE[gtype])
    ev(c, tg, "tp_guarantor_check", "approved" if ok else "declined", gch, "", yr, guarantor_type=gtype,
       担保方式=GUAR_ZH[gtype], provider=R.pick(GUAR_PROVIDER[gtype]),
       decision_days=round(R.uni(0.3, 4.0), 1))
    guar_declined = not ok
    if not ok:
        if R.chance(0.55):
            gtype2 = "guarantor_service" if gtype != "guarantor_service" else "rent_upfront"
            tg = tg + timedelta(days=R.uni(2, 5))
            if tg > END:
                return None
            ev(c, tg, "tp_guarantor_check", "approved", gch, "", yr, guarantor_type=gtype2, 担保方式=GUAR_ZH[gtype2],
               provider=R.pick(GUAR_PROVIDER[gtype2]), decision_days=round(R.uni(0.3, 2.0), 1))
            gtype = gtype2
        else:
            hold_order["status"] = "refunded"
            fb_booking(c, tg + timedelta(days=R.uni(1, 5)), "guarantor")
            return None
    # ID check (up to three attempts)
    doc = id_document(c)
    ti = tg + timedelta(days=R.uni(0.1, 3.0))
    rejected = 0
    for attempt in (1, 2, 3):
        if ti > END:
            return None
        if id_attempt(c, ti, doc, yr, attempt):
            break
        rejected += 1
        in_bug = BUG[0] <= ti <= BUG[1] and c["country"] != "CN"
        if attempt == 3 or not R.chance(0.42 if in_bug else 0.72):
            hold_order["status"] = "refunded"
            fb_booking(c, ti + timedelta(days=R.uni(1, 5)), "id_check")
            return None
        ti = ti + timedelta(days=R.uni(3, 9) if in_bug else R.uni(0.5, 3))
    # contract
    if not R.chance(0.93):
        return None
    opts = tenancy_options(country, y)
    if gtype == "rent_upfront" and country == "CA":
        opt = opts[0]
    else:
        opt = R.pick(opts, [o[5] for o in opts])
    tc = ti + timedelta(days=R.uni(0.1, 5))
    if tc > END:
        return None
    t = make_tenancy(c, y, room, opt, tc, gtype, rebooker=False)
    if R.chance(0.25 if not rejected else 0.6):
        fb_booking(c, tc + timedelta(days=R.uni(0.5, 3)), "id_check" if rejected else
                   ("guarantor" if guar_declined else ("agent" if ch == "agent" else "generic")))
    return t


def make_tenancy(c, y, room, opt, t_sign, gtype, rebooker, discount=0.0, pre_data=False):
    country = c["country"]
    p = PROP[c["property"]]
    yr = year_label(country, y)
    label, weeks, n_inst, mi, end, _ = opt
    base = RENT[country][room] * p[10] * (1 - discount) * 1.04 ** (y - 2024)
    if country in ("UK", "AU"):
        weekly = round(base)
        value = weekly * weeks
        monthly = None
    else:
        monthly = round(base / 10) * 10
        value = monthly * n_inst
        weekly = None
    upfront = gtype == "rent_upfront"
    if country == "AU":
        deposit = (weekly or 0) * 4
    elif country == "CN":
        deposit = monthly
    else:
        deposit = {"UK": 300, "CA": 500}[country]
    t = dict(cust=c, y=y, yr=yr, room=room, label=label, weeks=weeks, n_inst=1 if upfront else n_inst,
             move_in=mi, end=end, value=value, weekly=weekly, monthly=monthly, deposit=deposit, upfront=upfront,
             rebooker=rebooker, rebooked=False, cancelled=False, arrears=False, signed=t_sign,
             contract_id=f"TC{len(TENANCIES) + 1:06d}")
    TENANCIES.append(t)
    c["tenancies"].append(t)
    SIGNED[(c["property"], y)] = SIGNED.get((c["property"], y), 0) + 1
    if not pre_data:
        ch = "mini_program" if country == "CN" and c["nationality"] == "China" else "web"
        extra = dict(contract_id=t["contract_id"], room_type=room, 房型=ROOM_ZH[room], tenancy_length=label,
                     tenancy_weeks=weeks, is_rebooker="yes" if rebooker else "no",
                     esign_provider="法大大" if country == "CN" else "DocuSign")
        if weekly:
            extra["weekly_rent_local"] = weekly
        else:
            extra["monthly_rent_local"] = monthly
        ev(c, t_sign, "tp_contract", "signed", ch, device_for(ch), yr, **extra)
        t["contract_order"] = order(c, t_sign, "tenancy_contract", value, "paid", ch, yr, contract_id=t["contract_id"],
                                    room_type=room, tenancy_length=label, is_rebooker="yes" if rebooker else "no")
        if not rebooker:
            t["deposit_order"] = order(c, t_sign + timedelta(minutes=R.randint(1, 30)), "security_deposit", deposit,
                                       "paid", ch, yr, contract_id=t["contract_id"])
        # cancellations before move-in (visa refused, changed university)
        p_cancel = 0.07 if c["student_type"] == "international" else 0.02
        if not rebooker and R.chance(p_cancel):
            tx = t_sign + timedelta(days=R.uni(5, max(6, (mi - t_sign).days + 5)))
            if tx < mi and tx <= END:
                t["cancelled"] = True
                t["contract_order"]["status"] = "cancelled"
                t["contract_order"]["cancel_reason"] = R.pick(["visa_refused", "changed_university", "personal"],
                                                              [0.6, 0.25, 0.15] if c["student_type"] ==
                                                              "international" else [0.0, 0.6, 0.4])
                t["deposit_order"]["status"] = "refunded"
    return t


# ------------------------------------------------------------------ feedback at touchpoints
def fb_viewing(c, tv, ch):
    r = R.u()
    if r < 0.22:
        topic, s = "location", "positive"
    elif r < 0.34:
        topic, s = "front_desk", "positive"
    elif r < 0.50:
        topic, s = "price", "negative"
    elif r < 0.58 and ch == "agent":
        topic, s = "agent", R.pick(["positive", "negative"], [0.65, 0.35])
    else:
        topic, s = "generic", R.pick(["positive", "neutral", "negative"], [0.5, 0.32, 0.18])
    fb(c, tv + timedelta(hours=R.uni(2, 48)), "tp_enquiry" if topic == "agent" else "tp_viewing", "viewing_survey",
       topic, s, rating_for(s))


def fb_booking(c, t, topic):
    if topic in ("id_check", "guarantor"):
        if not R.chance(0.7):
            topic = "holding_fee" if R.chance(0.4) else "generic"
    s = "negative" if topic in ("id_check", "guarantor", "holding_fee") else \
        R.pick(["positive", "neutral", "negative"], [0.6, 0.25, 0.15])
    if topic == "agent":
        s = R.pick(["positive", "negative"], [0.65, 0.35])
    tp = {"id_check": "tp_id_check", "guarantor": "tp_guarantor_check", "holding_fee": "tp_room_hold",
          "agent": "tp_enquiry", "generic": "tp_contract"}[topic]
    fb(c, t, tp, "booking_survey", topic, s, rating_for(s))


# ------------------------------------------------------------------ tenancy life
def life(t):
    c = t["cust"]
    if t["cancelled"]:
        return
    country = c["country"]
    pid = c["property"]
    yr = t["yr"]
    mi = t["move_in"]
    # move-in inspection
    arrive = mi + timedelta(days=R.uni(0, 2.5) if c["student_type"] == "domestic" else R.uni(0, 9))
    if t["signed"] > arrive:
        arrive = t["signed"] + timedelta(days=R.uni(1, 4))
    t["arrive"] = arrive
    if START <= arrive <= END:
        ta = at_hour(arrive, 9, 20)
        p_issue = 0.16
        hz_bad = pid == "P09" and ta.year == 2025 and ta.month == 9
        if hz_bad:
            p_issue = 0.55
        issue = R.chance(p_issue)
        mode = R.pick(["staff", "self_checkin_app"], [0.6, 0.4])
        extra = dict(inspection_mode=mode, room_type=t["room"], 房型=ROOM_ZH[t["room"]], contract_id=t["contract_id"])
        if issue:
            it = R.pick(list(ISSUE_ZH), [0.8, 0.08, 0.06, 0.04, 0.02] if hz_bad else [0.34, 0.24, 0.18, 0.14, 0.10])
            extra.update(issue_type=it, 问题类型=ISSUE_ZH[it], issues_count=R.randint(1, 4 if hz_bad else 3))
            c["had_issue"] = True
        else:
            extra.update(issues_count=0)
        ev(c, ta, "tp_move_in", "issues_reported" if issue else "no_issues", "store",
           device_for("app") if mode == "self_checkin_app" else "", yr, **extra)
        if R.chance(0.38):
            if issue:
                topic, s = ("move_in", "negative") if R.chance(0.72) else ("generic", "negative")
            else:
                topic, s = R.pick([("move_in", "positive"), ("front_desk", "positive"), ("wifi", "negative"),
                                   ("generic", "positive"), ("generic", "neutral")], [0.25, 0.15, 0.1, 0.35, 0.15])
            fb(c, ta + timedelta(hours=R.uni(6, 72)), "tp_move_in", "move_in_survey", topic, s, rating_for(s))
    rent_payments(t)
    if country == "CN":
        utilities(t)
    maintenance(t)
    if START <= arrive <= END:
        room_swap(t)


def pay_method(c, upfront):
    if c["country"] == "CN":
        return R.pick(["alipay", "wechat_pay", "card"], [0.5, 0.45, 0.05])
    if upfront:
        return R.pick(["international_transfer", "card"], [0.7, 0.3])
    if c["student_type"] == "domestic":
        return R.pick(["direct_debit", "card"], [0.62, 0.38])
    return R.pick(["international_transfer", "card", "direct_debit"], [0.42, 0.33, 0.25])


def rent_payments(t):
    c = t["cust"]
    method = pay_method(c, t["upfront"])
    amount = t["value"] / t["n_inst"] if not t["upfront"] else t["value"] * 0.97
    dues = [t["move_in"]] + [add_months(t["move_in"], k) for k in range(1, t["n_inst"])]
    stop_from = None
    if t["arrears"]:
        cand = [i for i, dd in enumerate(dues) if d(2026, 3, 1) <= dd <= END] if t["y"] >= 2025 else \
            [i for i, dd in enumerate(dues) if START <= dd <= END]
        if cand:
            stop_from = cand[-min(len(cand), R.randint(1, 3))]
    ch = "mini_program" if c["country"] == "CN" else "app"
    for i, due in enumerate(dues):
        if due < START or due > END:
            continue
        extra = dict(instalment_no=i + 1, instalments=t["n_inst"], payment_method=method, 付款方式=PAY_ZH[method],
                     contract_id=t["contract_id"], due_date=due.strftime("%Y-%m-%d"), amount_local=round(amount, 2))
        if stop_from is not None and i >= stop_from:
            tod = due + timedelta(days=14, hours=10)
            if tod <= END:
                ev(c, tod, "tp_rent_payment", "overdue", ch, "", t["yr"], days_late=14, **extra)
            order(c, due + timedelta(hours=9), "rent", amount, "failed", ch, t["yr"], instalment_no=i + 1,
                  payment_method=method, days_late="", contract_id=t["contract_id"], room_type=t["room"])
            continue
        late = R.chance(PAY_LATE[method])
        days_late = max(1, int(R.lognorm(5, 0.7))) if late else 0
        tp = due + timedelta(days=days_late) + timedelta(hours=R.uni(7, 23)) if late else \
            due - timedelta(days=R.uni(0, 2)) + timedelta(hours=R.uni(7, 23))
        if tp < START:
            tp = due + timedelta(hours=R.uni(7, 23))
        if tp > END:
            continue
        ev(c, tp, "tp_rent_payment", "paid_late" if late else "paid_on_time", ch, device_for("app")
           if method in ("card", "alipay", "wechat_pay") else "", t["yr"], days_late=days_late, **extra)
        order(c, tp, "rent", amount, "paid", ch, t["yr"], instalment_no=i + 1, payment_method=method,
              days_late=days_late, contract_id=t["contract_id"], room_type=t["room"])


def utilities(t):
    c = t["cust"]
    pid = c["property"]
    start = add_months(month_start(max(t["move_in"], START - timedelta(days=40))), 1)
    m = start
    while m <= END:
        usage_month = add_months(m, -1)
        if usage_month > t["end"] or m < START:
            m = add_months(m, 1)
            if usage_month > t["end"]:
                break
            continue
        mo = usage_month.month
        kwh = 85.0
        if pid == "P08":
            kwh += {5: 120, 6: 170, 7: 40, 8: 40, 9: 160, 10: 90}.get(mo, 0)
        else:
            kwh += {12: 110, 1: 140, 2: 90, 6: 70, 7: 20, 8: 20, 9: 60}.get(mo, 0)
        if mo in (7, 8):
            kwh = 30 + kwh * 0.2
        kwh = max(8.0, kwh * R.lognorm(1.0, 0.25))
        water_t = max(0.5, R.lognorm(3.2, 0.3))
        amount = round(kwh * 0.62 + water_t * 5.2, 2)
        tb = m + timedelta(days=4, hours=R.uni(8, 22))
        late = R.chance(0.05)
        tpay = tb + timedelta(days=R.uni(8, 20) if late else R.uni(0, 5))
        if tpay <= END:
            ev(c, tpay, "tp_utilities", "paid_late" if late else "paid_on_time", "mini_program", device_for("app"),
               t["yr"], bill_month=usage_month.strftime("%Y-%m"), kwh=round(kwh, 1), water_tonnes=round(water_t, 1),
               amount_local=amount)
            order(c, tpay, "utilities", amount, "paid", "mini_program", t["yr"], bill_month=usage_month.strftime("%Y-%m"),
                  kwh=round(kwh, 1))
        m = add_months(m, 1)


def cat_rates(pid, country, mo):
    r = {"plumbing": 0.034, "electrical": 0.018, "wifi": 0.024, "appliance": 0.022, "furniture": 0.010,
         "pest": 0.020 if pid == "P08" else 0.005, "lock_access": 0.014}
    if country in ("UK", "CA"):
        r["heating_hot_water"] = 0.045 if mo in (11, 12, 1, 2, 3) else 0.008
        r["air_con"] = 0.0
    elif country == "AU":
        r["heating_hot_water"] = 0.02 if mo in (6, 7, 8) else 0.004
        r["air_con"] = 0.02 if mo in (12, 1, 2) else 0.003
    elif pid == "P08":
        r["heating_hot_water"] = 0.003
        r["air_con"] = 0.04 if 5 <= mo <= 10 else 0.004
    else:
        r["heating_hot_water"] = 0.015 if mo in (12, 1, 2) else 0.004
        r["air_con"] = 0.025 if 6 <= mo <= 9 else 0.004
    return r


def maintenance(t):
    c = t["cust"]
    pid, country = c["property"], c["country"]
    a = max(t["arrive"], START)
    b = min(t["end"], END)
    m = month_start(a)
    while m <= b:
        lo = max(m, a)
        hi = min(add_months(m, 1) - timedelta(seconds=1), b)
        if hi <= lo:
            m = add_months(m, 1)
            continue
        frac = (hi - lo).total_seconds() / (add_months(m, 1) - m).total_seconds()
        rates = cat_rates(pid, country, m.month)
        if pid == "P03" and m.year == 2026 and m.month == 1:
            rates["heating_hot_water"] = 0.40
        for cat, lam in rates.items():
            for _ in range(R.poisson(lam * frac)):
                tr = lo + timedelta(seconds=R.uni(0, (hi - lo).total_seconds()))
                tr = at_hour(tr, 7, 23)
                if tr < lo or tr > END:
                    continue
                one_request(c, t, tr, cat)
        m = add_months(m, 1)


def one_request(c, t, tr, cat):
    pid, country = c["property"], c["country"]
    winter = tr.month in (11, 12, 1, 2, 3) if country in ("UK", "CA") else tr.month in (6, 7, 8)
    urgent = (cat == "heating_hot_water" and winter) or cat == "lock_access" or \
        (cat == "plumbing" and R.chance(0.3)) or (cat == "electrical" and R.chance(0.35)) or \
        (cat == "air_con" and pid == "P08" and R.chance(0.3))
    prio = "urgent" if urgent else "routine"
    sla = 24 if urgent else (48 if country == "CN" else 72)
    ch = R.pick(["app", "front_desk", "email"], [0.62, 0.28, 0.10]) if country != "CN" else \
        R.pick(["mini_program", "front_desk"], [0.7, 0.3])
    ticket = f"MR-{tr.strftime('%y')}-{nid('t', '', 6)}"
    ev(c, tr, "tp_maintenance_request", "submitted", ch, device_for(ch), t["yr"], ticket_no=ticket,
       category=cat, 报修类别=CAT_ZH[cat], priority=prio, sla_hours=sla)
    if R.chance(0.03):
        return
    external = R.chance(0.32 if pid != "P05" else 0.55)
    contractor = R.pick(CONTRACTORS[country]) if external else "Roost Maintenance"
    hours = R.lognorm(8 if urgent else 26, 0.65) * (1.4 if external else 1.0)
    glasgow_jan = pid == "P03" and cat == "heating_hot_water" and tr.year == 2026 and tr.month == 1
    if glasgow_jan:
        hours = R.lognorm(62, 0.5)
    hours = max(0.5, hours)
    first_ok = R.chance(0.8 if glasgow_jan else 0.92)
    rextra = dict(ticket_no=ticket, category=cat, 报修类别=CAT_ZH[cat], priority=prio, sla_hours=sla,
                  contractor=contractor, contractor_type="external" if external else "in_house",
                  维修方="外包维修商" if external else "自有维修团队")
    if not first_ok:
        t1 = tr + timedelta(hours=hours * R.uni(0.3, 0.8))
        if t1 > END:
            return
        ev(c, t1, "tp_repair", "follow_up_needed", "store", "", t["yr"], **rextra)
        hours = hours + R.uni(24, 96)
    tdone = tr + timedelta(hours=hours)
    if tdone > END:
        return
    met = hours <= sla
    if not met:
        c["miss_times"].append(tdone)
    ev(c, tdone, "tp_repair", "completed", "store", "", t["yr"], hours_to_fix=round(hours, 1),
       sla_met="yes" if met else "no", **rextra)
    if cat in ("furniture", "appliance") and R.chance(0.12):
        amt = {"UK": R.uni(35, 180), "AU": R.uni(70, 350), "CA": R.uni(60, 300), "CN": R.uni(150, 900)}[country]
        order(c, tdone + timedelta(days=R.uni(1, 4)), "repair_charge", round(amt, 2), "paid", "app", t["yr"],
              ticket_no=ticket, category=cat)
    # repair CSAT
    if R.chance(0.28):
        if cat == "heating_hot_water":
            topic, s = "heating", "positive" if met and R.chance(0.6) else "negative"
        elif cat == "wifi":
            topic, s = ("wifi", "negative") if R.chance(0.7) else ("repair_slow", "positive" if met else "negative")
        elif not met:
            topic, s = ("repair_slow", "negative") if R.chance(0.75) else ("generic", "negative")
        else:
            topic, s = R.pick([("repair_slow", "positive"), ("front_desk", "positive"), ("generic", "positive"),
                               ("generic", "neutral")], [0.4, 0.1, 0.35, 0.15])
        rating = rating_for(s)
        if topic != "generic" and s == "negative" and not met:
            rating = R.pick([1, 2], [0.6, 0.4])
        fb(c, tdone + timedelta(hours=R.uni(2, 60)), "tp_repair", "repair_csat", topic, s, rating,
           ticket_no=ticket, category=cat)
    if glasgow_jan and R.chance(0.2):
        fb(c, tdone - timedelta(hours=R.uni(1, hours * 0.9)), "tp_repair", "complaint", "heating", "negative",
           ticket_no=ticket, category=cat)


def room_swap(t):
    c = t["cust"]
    country = c["country"]
    if not R.chance(0.12):
        return
    ts = t["arrive"] + timedelta(days=R.uni(10, 70) if R.chance(0.8) else R.uni(70, 200))
    ts = at_hour(ts, 9, 21)
    if ts > END or ts > t["end"]:
        return
    reason = R.pick(list(SWAP_ZH), [0.40, 0.19, 0.14, 0.12, 0.09, 0.06] if t["room"] != "twin_shared" else
                    [0.30, 0.36, 0.08, 0.14, 0.08, 0.04])
    early = (ts - t["arrive"]).days < 45
    if reason == "accessibility":
        out = "approved"
    else:
        out = R.pick(["approved", "declined", "withdrawn"], [0.45, 0.45, 0.10] if early else [0.66, 0.24, 0.10])
    to_room = t["room"]
    if reason == "cheaper_room":
        to_room = {"premium_studio": "studio", "studio": "cluster_ensuite"}.get(t["room"], t["room"])
    elif reason == "bigger_room":
        to_room = {"cluster_ensuite": "studio", "studio": "premium_studio", "twin_shared": "cluster_ensuite"}.get(
            t["room"], t["room"])
    ch = "mini_program" if country == "CN" else R.pick(["app", "front_desk"], [0.6, 0.4])
    extra = dict(swap_reason=reason, 换房原因=SWAP_ZH[reason], from_room_type=t["room"], to_room_type=to_room,
                 contract_id=t["contract_id"])
    if out == "declined":
        extra["decline_reason"] = "no_availability"
    ev(c, ts, "tp_room_swap", out, ch, device_for(ch), t["yr"], **extra)
    if out == "approved":
        order(c, ts + timedelta(days=R.uni(1, 5)), "swap_fee", SWAP_FEE[country], "paid", ch, t["yr"],
              contract_id=t["contract_id"])
    if out == "declined" and R.chance(0.4):
        topic = "noise" if reason == "noise" else "generic"
        fb(c, ts + timedelta(days=R.uni(0.5, 6)), "tp_room_swap", "complaint", topic, "negative")


# ------------------------------------------------------------------ rebooking, move-out
def rebooking(t, season):
    c = t["cust"]
    if t["cancelled"]:
        return
    country, pid = c["country"], c["property"]
    base = {"CN": 0.52, "CA": 0.32, "AU": 0.30, "UK": 0.22}[country]
    if c["year_of_study"] == "postgrad":
        base *= 0.35
    elif c["year_of_study"] == "foundation":
        base *= 1.3
    if pid == "P03" and season[0].year == 2026:
        base *= 0.7
    ts = at_hour(season[0] + timedelta(days=R.uni(0, (season[1] - season[0]).days)), 8, 23)
    missed = sum(1 for x in c["miss_times"] if x < ts)
    base *= 0.82 ** min(missed, 4)
    if ts > END:
        return
    ch = "mini_program" if country == "CN" else R.pick(["app", "web", "front_desk"], [0.55, 0.3, 0.15])
    if R.chance(base):
        t["rebooked"] = True
        room = t["room"] if R.chance(0.6) else pick_room(c)
        ev(c, ts, "tp_rebooking", "rebooked", ch, device_for(ch), t["yr"], returner_discount=0.05,
           next_room_type=room, contract_id=t["contract_id"])
        opts = tenancy_options(country, t["y"] + 1)
        opt = R.pick(opts, [o[5] for o in opts])
        t2 = make_tenancy(c, t["y"] + 1, room, opt, ts + timedelta(days=R.uni(0.2, 6)), "home_guarantor", True, 0.05)
        t2["deposit"] = t["deposit"]
        return t2
    if c["year_of_study"] == "postgrad" or (country == "CN" and R.chance(0.3)):
        reason = R.pick(["graduating", "moving_home", "too_expensive", "no_response"], [0.6, 0.15, 0.1, 0.15])
    else:
        reason = R.pick(["moving_with_friends", "too_expensive", "moving_home", "exchange_abroad", "graduating",
                         "no_response"],
                        [0.38, 0.2, 0.1, 0.06, 0.08, 0.18] if country != "CN" else
                        [0.12, 0.25, 0.15, 0.1, 0.2, 0.18])
    ev(c, ts, "tp_rebooking", "declined", ch, device_for(ch) if reason != "no_response" else "", t["yr"],
       decline_reason=reason, 不续租原因=NOREBOOK_ZH[reason], contract_id=t["contract_id"])
    return None


def move_out(t):
    c = t["cust"]
    if t["cancelled"] or t["rebooked"]:
        return
    end = t["end"]
    tm = at_hour(end - timedelta(days=R.uni(0, 3)), 9, 18)
    if tm > END or tm < START:
        return
    pid, country = c["property"], c["country"]
    p_ded = 0.26
    if pid == "P01" and tm.year == 2025:
        p_ded = 0.58
    reasons = []
    if t["arrears"]:
        reasons.append("rent_arrears")
    if R.chance(p_ded):
        w = [0.62, 0.2, 0.1, 0.08] if pid == "P01" and tm.year == 2025 else [0.42, 0.28, 0.18, 0.12]
        reasons.append(R.pick(["cleaning", "damage", "missing_items", "key_not_returned"], w))
    deposit = t["deposit"]
    scale = {"UK": 1.0, "AU": 2.0, "CA": 1.8, "CN": 8.0}[country]
    ded = 0.0
    for r_ in reasons:
        if r_ == "rent_arrears":
            ded += deposit * R.uni(0.5, 1.0)
        elif r_ == "cleaning":
            ded += R.uni(45, 190) * scale
        elif r_ == "damage":
            ded += R.uni(60, 260) * scale
        elif r_ == "missing_items":
            ded += R.uni(20, 90) * scale
        else:
            ded += R.uni(25, 50) * scale
    ded = round(min(ded, deposit), 2)
    extra = dict(contract_id=t["contract_id"], deposit_local=deposit, deduction_local=ded, room_type=t["room"],
                 房型=ROOM_ZH[t["room"]])
    if reasons:
        main = ([r_ for r_ in reasons if r_ != "rent_arrears"] or reasons)[0]
        extra.update(deduction_reason=main, 扣款原因=DEDUCT_ZH[main])
    ev(c, tm, "tp_move_out", "deductions" if ded > 0 else "no_deductions", "store", "", t["yr"], **extra)
    # deposit refund
    disputed = ded > 0 and R.chance(0.18)
    days = R.lognorm(REFUND_MEDIAN[pid], 0.35) + (R.uni(7, 15) if disputed else 0)
    if disputed and R.chance(0.35):
        ded = round(ded / 2, 2)
    refund = round(deposit - ded, 2)
    tr = tm + timedelta(days=days)
    tr = at_hour(tr, 9, 18)
    ok_refund = tr <= END
    if ok_refund:
        action = "refunded_in_full" if ded == 0 else ("partial_refund" if refund > 0 else "withheld")
        ev(c, tr, "tp_deposit_refund", action, "bank_transfer", "", t["yr"], contract_id=t["contract_id"],
           deposit_local=deposit, deduction_local=ded, refund_local=refund, refund_days=round((tr - tm).total_seconds() / 86400, 1),
           disputed="yes" if disputed else "no")
        if refund > 0:
            order(c, tr, "deposit_refund", refund, "paid", "bank_transfer", t["yr"], contract_id=t["contract_id"],
                  deduction_local=ded, refund_days=round((tr - tm).total_seconds() / 86400, 1))
    # move-out survey
    if R.chance(0.45):
        when = (tr if ok_refund else tm) + timedelta(days=R.uni(1, 5))
        refund_days = (tr - tm).days
        if ded > 0 and R.chance(0.75):
            fb(c, when, "tp_move_out", "move_out_survey", "deducted", "negative", R.pick([1, 2], [0.6, 0.4]))
        elif refund_days > 21 and R.chance(0.7):
            fb(c, when, "tp_deposit_refund", "move_out_survey", "deposit_slow", "negative", R.pick([1, 2, 3], [0.4, 0.4, 0.2]))
        elif refund_days <= 12 and R.chance(0.25):
            fb(c, when, "tp_deposit_refund", "move_out_survey", "deposit_fast", "positive", rating_for("positive"))
        else:
            s = R.pick(["positive", "neutral", "negative"], [0.6, 0.25, 0.15])
            fb(c, when, "tp_move_out", "move_out_survey", "generic", s, rating_for(s))
    if ded > 0 and R.chance(0.12):
        fb(c, tm + timedelta(days=R.uni(1, 10)), "tp_move_out", "complaint", "deducted", "negative")


# ------------------------------------------------------------------ main simulation
MONTH_W = {
    "UK": [(1, 0.13), (2, 0.13), (3, 0.13), (4, 0.12), (5, 0.12), (6, 0.11), (7, 0.11), (8, 0.11), (9, 0.04)],
    "CA": [(1, 0.10), (2, 0.11), (3, 0.12), (4, 0.14), (5, 0.14), (6, 0.13), (7, 0.13), (8, 0.10), (9, 0.03)],
    "CN": [(3, 0.05), (4, 0.06), (5, 0.08), (6, 0.15), (7, 0.30), (8, 0.28), (9, 0.08)],
    "AU": [(7, 0.04), (8, 0.10), (9, 0.15), (10, 0.18), (11, 0.18), (12, 0.13), (1, 0.16), (2, 0.06)],
}
PER_BED = {"UK": 4.3, "CA": 4.0, "AU": 4.0, "CN": 3.0}


def enquiry_times(country, beds, y, growth=1.0):
    out = []
    for mo, w in MONTH_W[country]:
        yy = (y if mo >= 7 else y + 1) if country == "AU" else y
        ms = d(yy, mo, 1)
        if ms > END or ms < START:
            continue
        n = R.poisson(beds * PER_BED[country] * w * growth)
        me = add_months(ms, 1)
        if country in ("UK", "CA") and mo == 9:
            me = d(yy, 9, 12)
        if country == "CN" and mo == 9:
            me = d(yy, 9, 10)
        if country == "AU" and mo == 2:
            me = d(yy, 2, 20)
        for _ in range(n):
            day = ms + timedelta(seconds=R.uni(0, (me - ms).total_seconds()))
            out.append(at_hour(day, 7, 24))
    return out


def simulate():
    # 1. residents already living with us when the extract starts (contracts signed before 2025)
    for p in PROPS:
        pid, country, beds = p[0], p[7], p[9]
        y = 2024
        n = int(beds * (0.93 if country != "AU" else 0.82))
        opts = tenancy_options(country, y)
        for _ in range(n):
            signed = opts[0][3] - timedelta(days=R.uni(50, 240))
            c = new_customer(pid, signed - timedelta(days=R.uni(5, 40)),
                             returning_student=R.chance(0.25))
            c["acq"] = acquisition(c, enquiry_channel(c))
            opt = R.pick(opts, [o[5] for o in opts])
            gt = guarantor_type(c) if c["country"] != "CN" else "parent_guarantor"
            t = make_tenancy(c, y, pick_room(c), opt, signed, gt, rebooker=False, pre_data=True)
            t["arrears"] = R.chance(0.02)
    # 2. prospects of the booking cycles inside the extract
    cycles = []
    for p in PROPS:
        pid, country, beds = p[0], p[7], p[9]
        if country == "AU":
            # late bookers for the 2025 year, then the 2026 year
            for _ in range(R.poisson(beds * 0.32)):
                day = START + timedelta(seconds=R.uni(0, (d(2025, 2, 20) - START).total_seconds()))
                cycles.append((at_hour(day, 7, 24), pid, 2024))
            for tt in enquiry_times("AU", beds, 2025):
                cycles.append((tt, pid, 2025))
        else:
            for tt in enquiry_times(country, beds, 2025):
                cycles.append((tt, pid, 2025))
            for tt in enquiry_times(country, beds, 2026, growth=1.06):
                cycles.append((tt, pid, 2026))
    cycles.sort(key=lambda x: x[0])
    for t0, pid, y in cycles:
        c = new_customer(pid, t0)
        run_booking(c, t0, y)
    # arrears flags on the current year
    for t in TENANCIES:
        if t["y"] == 2025 and not t["cancelled"]:
            t["arrears"] = R.chance(0.03)
    # 3. lives, rebooking and move-outs in time order of the tenancy year
    done = set()

    def live(t):
        if id(t) not in done:
            done.add(id(t))
            life(t)

    seasons = {("UK", 2024): (d(2025, 1, 13), d(2025, 3, 31)), ("CA", 2024): (d(2025, 1, 13), d(2025, 3, 31)),
               ("CN", 2024): (d(2025, 2, 24), d(2025, 4, 18)), ("AU", 2024): (d(2025, 8, 4), d(2025, 10, 31)),
               ("UK", 2025): (d(2026, 1, 12), d(2026, 3, 31)), ("CA", 2025): (d(2026, 1, 12), d(2026, 3, 31)),
               ("CN", 2025): (d(2026, 2, 23), d(2026, 4, 17))}
    for y in (2024, 2025, 2026):
        for t in list(TENANCIES):
            if t["y"] == y:
                live(t)
        for t in list(TENANCIES):
            if t["y"] != y or t["cancelled"]:
                continue
            season = seasons.get((t["cust"]["country"], y))
            if season and t["move_in"] < season[0] and t["end"] > season[0]:
                rebooking(t, season)
            move_out(t)
    for t in TENANCIES:
        live(t)


def surveys():
    # NPS waves for residents in residence
    waves = [("2025-04", d(2025, 4, 1)), ("2025-11", d(2025, 11, 3)), ("2026-04", d(2026, 4, 1))]
    base = {"CN": 8.1, "AU": 7.2, "CA": 7.3, "UK": 7.5}
    for label, w0 in waves:
        for t in TENANCIES:
            if t["cancelled"] or not (t.get("arrive", t["move_in"]) <= w0 <= t["end"]):
                continue
            if t["y"] == 2024 and t["cust"]["country"] != "AU" and w0.year == 2026:
                continue
            if not R.chance(0.33):
                continue
            c = t["cust"]
            ts = w0 + timedelta(days=R.uni(0, 14))
            mu = base[c["country"]] - (1.1 if any(x < ts for x in c["miss_times"]) else 0.0)
            if c["property"] == "P03" and label == "2026-04":
                mu -= 2.4
            if c["property"] == "P09" and label == "2025-11":
                mu -= 1.0
            score = int(round(min(10, max(0, mu + 1.8 * R.z()))))
            if score >= 9:
                topic, s = R.pick([("location", "positive"), ("front_desk", "positive"), ("generic", "positive")],
                                  [0.3, 0.25, 0.45])
            elif score <= 6:
                if c["property"] == "P03" and label == "2026-04" and R.chance(0.55):
                    topic = "heating"
                else:
                    topic = R.pick(["wifi", "noise", "price", "laundry", "repair_slow", "generic"],
                                   [0.18, 0.16, 0.2, 0.12, 0.14, 0.2])
                s = "negative"
            else:
                topic, s = "generic", "neutral"
            fb(c, ts, "", "nps_survey", topic, s, nps=score, survey_wave=label)
    # public reviews and social posts (mostly anonymous)
    residents = {}
    for t in TENANCIES:
        residents.setdefault(t["cust"]["property"], []).append(t["cust"])
    span = (END - START).total_seconds()
    for p in PROPS:
        pid = p[0]
        for _ in range(42):
            ts = START + timedelta(seconds=R.uni(0, span))
            if pid == "P03" and R.chance(0.3):
                ts = d(2026, 1, 6) + timedelta(days=R.uni(0, 40))
                topic, s = "heating", "negative"
            else:
                topic, s = R.pick([("location", "positive"), ("front_desk", "positive"), ("price", "negative"),
                                   ("noise", "negative"), ("laundry", "negative"), ("wifi", "negative"),
                                   ("deducted", "negative"), ("generic", "positive"), ("generic", "negative"),
                                   ("generic", "neutral")],
                                  [0.16, 0.1, 0.1, 0.08, 0.07, 0.07, 0.05, 0.2, 0.1, 0.07])
            c = R.pick(residents[pid]) if R.chance(0.3) else None
            lang = "zh" if p[7] == "CN" else ("zh" if R.chance(0.15) else "en")
            fb(c, None if R.chance(0.1) else ts, "", "google_review", topic, s, rating_for(s), lang=lang, pid=pid,
               platform="Google Maps" if p[7] != "CN" else "大众点评")
    for _ in range(230):
        p = R.pick(PROPS)
        pid = p[0]
        zh = p[7] == "CN" or R.chance(0.35)
        ts = START + timedelta(seconds=R.uni(0, span))
        topic, s = R.pick([("price", "negative"), ("noise", "negative"), ("wifi", "negative"), ("location", "positive"),
                           ("deducted", "negative"), ("agent", "positive"), ("generic", "positive"),
                           ("generic", "negative"), ("generic", "neutral")],
                          [0.14, 0.1, 0.1, 0.12, 0.1, 0.06, 0.18, 0.12, 0.08])
        if p[7] == "UK" and R.chance(0.25):
            ts = d(2025, 5, 2) + timedelta(days=R.uni(0, 28))
            topic, s = "id_check", "negative"
        tp = "tp_id_check" if topic == "id_check" else ""
        platform = R.pick(["小红书", "微信群"], [0.7, 0.3]) if zh else R.pick(["Reddit", "Instagram", "TikTok"], [0.6, 0.25, 0.15])
        undated = R.chance(0.45) and topic != "id_check"
        fb(None, None if undated else ts, tp, "social", topic, s, lang="zh" if zh else "en", pid=pid, platform=platform)


def segments():
    out = {}
    for cid, c in CUSTOMERS.items():
        ts = [t for t in c["tenancies"] if not t["cancelled"]]
        if not ts:
            out[cid] = "prospect"
            continue
        last = ts[-1]
        if any(t["arrears"] for t in ts if t["y"] >= 2025) and last["move_in"] <= END:
            out[cid] = "at_risk"
        elif last["move_in"] > END and len(ts) == 1:
            out[cid] = "booked"
        elif len(ts) > 1 or any(t["rebooker"] for t in ts):
            out[cid] = "returner"
        elif last["end"] < END:
            out[cid] = "alumni"
        else:
            out[cid] = "resident"
    return out


def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols=None):
        if cols is None:
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols:
                        cols.append(k)
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    dump("journeys.csv", jr)
    seg = segments()
    crow = []
    for cid, c in CUSTOMERS.items():
        p = PROP[c["property"]]
        crow.append(dict(customer_id=cid, signup_at=iso(c["signup_at"]), segment=seg[cid], region=p[5],
                         acquisition_channel=c["acq"], tier=c["tier"], 区域=p[6], 获客渠道=ACQ_ZH[c["acq"]],
                         预算档次=TIER_ZH[c["tier"]], property=p[0], property_name=p[1], 公寓=p[2], city=p[3],
                         城市=p[4], nationality=c["nationality"], 国籍=NAT_ZH[c["nationality"]],
                         student_type=c["student_type"], 生源="国内生源" if c["student_type"] == "domestic" else "国际生",
                         university=c["university"], year_of_study=c["year_of_study"],
                         年级=YEAR_ZH[c["year_of_study"]], preferred_language=c["language"]))
    dump("customers.csv", crow)
    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    rows = list(EVENTS)
    for _ in range(38):      # exact re-sends from the mobile SDK
        rows.insert(R.randint(0, len(rows) - 1), dict(R.pick(EVENTS)))
    lead = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "property",
            "property_name", "公寓", "city", "城市", "academic_year", "学年"]
    cols = list(lead)
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    dump("events.csv", rows, cols)
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    dump("orders.csv", ORDERS)
    FEEDBACK.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))
    dump("feedback.csv", FEEDBACK)
    dump("_truth/feedback_truth.csv", TRUTH)


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "studentdorm-data")
    simulate()
    surveys()
    write(out)
    print(f"customers {len(CUSTOMERS)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(FEEDBACK)} -> {out}")


if __name__ == "__main__":
    main()
