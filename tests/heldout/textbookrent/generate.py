"""书循 BookLoop — student textbook rental and resale (synthetic, written blind for the held-out benchmark).

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

SEED = 20260807
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
ORDERS_FROM = datetime(2024, 8, 1)


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

    def lognorm(self, median, sigma):
        return median * math.exp(sigma * self.z())

    def geom(self, p):
        return int(math.log(1.0 - self.u()) / math.log(1.0 - p)) + 1

    def randint(self, a, b):
        return a + int(self.u() * (b - a + 1))


R = Rand(SEED)


def d(y, m, dd, h=0, mi=0):
    return datetime(y, m, dd, h, mi)


# ------------------------------------------------------------------ world
# city, 城市, region, 区域, group, currency, usd per local unit, weight, universities
CITIES = [
    ("Ann Arbor", "安娜堡", "US", "美国", "US", "USD", 1.0, 0.13, ["University of Michigan", "Eastern Michigan University"]),
    ("Austin", "奥斯汀", "US", "美国", "US", "USD", 1.0, 0.13, ["UT Austin", "Austin Community College"]),
    ("Leeds", "利兹", "UK", "英国", "UK", "GBP", 1.27, 0.11, ["University of Leeds", "Leeds Beckett University"]),
    ("Nottingham", "诺丁汉", "UK", "英国", "UK", "GBP", 1.27, 0.09, ["University of Nottingham", "Nottingham Trent University"]),
    ("Brisbane", "布里斯班", "Australia", "澳大利亚", "AU", "AUD", 0.66, 0.08, ["University of Queensland", "QUT"]),
    ("Wuhan", "武汉", "Central China", "华中", "CN", "CNY", 0.14, 0.14, ["武汉大学", "华中科技大学"]),
    ("Nanjing", "南京", "East China", "华东", "CN", "CNY", 0.14, 0.12, ["南京大学", "东南大学"]),
    ("Xi'an", "西安", "Northwest China", "西北", "CN", "CNY", 0.14, 0.10, ["西安交通大学", "西北工业大学"]),
    ("Chengdu", "成都", "Southwest China", "西南", "CN", "CNY", 0.14, 0.10, ["四川大学", "电子科技大学"]),
]
CITY = {c[0]: c for c in CITIES}

# term, 学期, shopping term start, rental due date, weight of new students
TERMS = {
    "US": [("Spring 2025", "2025春季学期", d(2025, 1, 13), d(2025, 5, 16), 1.0),
           ("Summer 2025", "2025夏季学期", d(2025, 6, 2), d(2025, 8, 8), 0.22),
           ("Fall 2025", "2025秋季学期", d(2025, 8, 25), d(2025, 12, 19), 1.6),
           ("Spring 2026", "2026春季学期", d(2026, 1, 12), d(2026, 5, 15), 1.2),
           ("Summer 2026", "2026夏季学期", d(2026, 6, 1), d(2026, 8, 7), 0.28)],
    "UK": [("Semester 2 2024/25", "2024/25第二学期", d(2025, 1, 27), d(2025, 6, 13), 0.8),
           ("Semester 1 2025/26", "2025/26第一学期", d(2025, 9, 22), d(2026, 1, 30), 1.6),
           ("Semester 2 2025/26", "2025/26第二学期", d(2026, 1, 26), d(2026, 6, 12), 1.0)],
    "AU": [("Semester 1 2025", "2025第一学期", d(2025, 2, 24), d(2025, 6, 27), 1.3),
           ("Semester 2 2025", "2025第二学期", d(2025, 7, 21), d(2025, 11, 28), 1.0),
           ("Semester 1 2026", "2026第一学期", d(2026, 2, 23), d(2026, 6, 26), 1.5),
           ("Semester 2 2026", "2026第二学期", d(2026, 7, 20), d(2026, 11, 27), 1.1)],
    "CN": [("Spring 2025", "2025春季学期", d(2025, 2, 17), d(2025, 7, 4), 1.0),
           ("Fall 2025", "2025秋季学期", d(2025, 9, 1), d(2026, 1, 16), 1.6),
           ("Spring 2026", "2026春季学期", d(2026, 3, 2), d(2026, 7, 10), 1.25)],
}
LEGACY = {"UK": ("Semester 1 2024/25", "2024/25第一学期", d(2024, 9, 23), d(2025, 1, 31)),
          "CN": ("Fall 2024", "2024秋季学期", d(2024, 9, 2), d(2025, 1, 17))}

# per book, local currency: (rent median, buy median)
PRICES = {"US": (46.0, 92.0), "UK": (26.0, 54.0), "AU": (42.0, 88.0), "CN": (19.0, 36.0)}
LATE_RATE = {"US": 1.5, "UK": 1.0, "AU": 1.5, "CN": 1.0}          # per book per day, local
LATE_PROB = {"US": 0.14, "UK": 0.25, "AU": 0.16, "CN": 0.10}
BUY_PROB = {"US": 0.22, "UK": 0.30, "AU": 0.30, "CN": 0.58}
COURIERS = {"US": (["UPS", "USPS"], [0.5, 0.5]), "UK": (["Royal Mail", "Evri"], [0.55, 0.45]),
            "AU": (["Australia Post"], [1.0]), "CN": (["SF Express", "JD Logistics", "ZTO"], [0.3, 0.3, 0.4])}
COURIER_ZH = {"UPS": "UPS", "USPS": "美国邮政", "Royal Mail": "皇家邮政", "Evri": "Evri", "Australia Post": "澳大利亚邮政",
              "SF Express": "顺丰", "JD Logistics": "京东物流", "ZTO": "中通"}
COURIER_FAIL = {"UPS": 0.05, "USPS": 0.07, "Royal Mail": 0.06, "Evri": 0.25, "Australia Post": 0.07,
                "SF Express": 0.02, "JD Logistics": 0.03, "ZTO": 0.09}
PAYOUT = {"US": (["paypal", "venmo", "bank_transfer"], [0.45, 0.25, 0.30]),
          "UK": (["paypal", "bank_transfer"], [0.4, 0.6]), "AU": (["paypal", "bank_transfer"], [0.3, 0.7]),
          "CN": (["alipay", "wechat_pay"], [0.6, 0.4])}
PAYOUT_DAYS = {"paypal": (1.6, 0.4), "venmo": (1.2, 0.4), "bank_transfer": (5.5, 0.3), "alipay": (0.4, 0.5),
               "wechat_pay": (0.5, 0.5)}
PAYOUT_FAIL = {"paypal": 0.03, "venmo": 0.02, "bank_transfer": 0.13, "alipay": 0.01, "wechat_pay": 0.01}
PAY_METHODS = {"US": (["card", "apple_pay", "paypal"], [0.55, 0.25, 0.2]), "UK": (["card", "apple_pay", "paypal"], [0.6, 0.25, 0.15]),
               "AU": (["card", "apple_pay", "paypal"], [0.6, 0.25, 0.15]), "CN": (["alipay", "wechat_pay"], [0.45, 0.55])}
LOCKERS = {"Ann Arbor": ["Shapiro Library locker", "North Campus Commons locker", "Union locker"],
           "Austin": ["PCL Library locker", "Jester Center locker", "Speedway locker"],
           "Leeds": ["Edward Boyle Library locker", "Leeds Union locker"],
           "Nottingham": ["Hallward Library locker", "Jubilee Campus locker"],
           "Brisbane": ["UQ Central locker", "Kelvin Grove locker"],
           "Wuhan": ["武大梅园书柜", "华科东九书柜", "武大信部书柜"], "Nanjing": ["南大仙林书柜", "东大九龙湖书柜"],
           "Xi'an": ["交大兴庆书柜", "西工大长安书柜"], "Chengdu": ["川大江安书柜", "电子科大清水河书柜"]}

ACQ_EN = (["instagram_ads", "snapchat_ads", "tiktok_ads", "google_search", "campus_ambassador", "course_list_partner",
           "referral", "organic"], [0.12, 0.10, 0.09, 0.14, 0.13, 0.10, 0.14, 0.18])
ACQ_CN = (["xiaohongshu", "douyin", "campus_ambassador", "class_group", "referral", "organic"],
          [0.17, 0.14, 0.18, 0.15, 0.16, 0.20])
ACQ_ZH = {"instagram_ads": "Instagram广告", "snapchat_ads": "Snapchat广告", "tiktok_ads": "TikTok广告",
          "google_search": "谷歌搜索", "campus_ambassador": "校园大使", "course_list_partner": "课程书单合作",
          "referral": "同学推荐", "organic": "自然流量", "xiaohongshu": "小红书", "douyin": "抖音", "class_group": "班级群"}
AD_PLATFORM = {"instagram_ads": "instagram", "snapchat_ads": "snapchat", "tiktok_ads": "tiktok",
               "google_search": "google", "xiaohongshu": "xiaohongshu", "douyin": "douyin"}
AD_ZH = {"instagram": "Instagram", "snapchat": "Snapchat", "tiktok": "TikTok", "google": "谷歌", "xiaohongshu": "小红书",
         "douyin": "抖音"}
# after an ad click: P(search), then a multiplier on checkout
AD_QUALITY = {"instagram": (0.86, 0.95), "snapchat": (0.52, 0.55), "tiktok": (0.74, 0.85), "google": (0.93, 1.05),
              "xiaohongshu": (0.88, 1.0), "douyin": (0.8, 0.9)}
ACQ_BOOST = {"campus_ambassador": 1.12, "course_list_partner": 1.15, "referral": 1.08, "class_group": 1.05,
             "organic": 1.0, "snapchat_ads": 0.9}
MAJORS = [("STEM", "理工"), ("business", "商科"), ("humanities", "人文社科"), ("medicine", "医学"), ("law", "法学")]
YEARS = [("first_year", "大一"), ("second_year", "大二"), ("third_year", "大三"), ("final_year", "大四"),
         ("postgraduate", "研究生")]
DAMAGE_TYPES = [("heavy_highlighting", "大量划线笔记"), ("water_damage", "水渍"), ("torn_pages", "缺页撕页"),
                ("cover_damage", "封面破损"), ("access_code_used", "激活码已使用")]
TICKET_ZH = {"edition": "版本/ISBN问题", "locker": "取书柜", "delivery": "配送", "payment": "支付", "late_fee": "逾期费",
             "damage": "损坏赔偿", "buyback": "回收", "account": "账号"}
TICKET_TP = {"edition": "tp_isbn_match", "locker": "tp_locker_pickup", "delivery": "tp_courier",
             "payment": "tp_checkout", "late_fee": "tp_late_fee", "damage": "tp_condition_grade",
             "buyback": "tp_buyback_payout", "account": "tp_support"}
DECLINE_ZH = {"waitlisted": "下学期有人预约", "max_extensions": "已达续租上限"}
RETURN_CH_ZH = {"locker": "书柜归还", "drop_box": "还书箱", "mail": "邮寄"}
SEARCH_ZH = {"barcode_scan": "扫条形码", "isbn_typed": "输入ISBN", "course_list": "课程书单", "title": "书名搜索"}
ORDER_ZH = {"rental": "租书", "purchase": "购书", "extension": "续租费", "late_fee": "逾期费", "damage_charge": "损坏赔偿",
            "buyback": "回收付款"}

TOUCHPOINTS = [
    # id, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_campus_ad", "校园推广广告", "Campus ad", "awareness", "ads", "digital", "growth",
     "广告|投放|ad click|Instagram|Snapchat|TikTok|小红书|抖音"),
    ("tp_search", "搜索教材", "Textbook search", "consideration", "app", "digital", "product",
     "搜书|找书|search|course search|课程书单"),
    ("tp_isbn_match", "ISBN匹配", "ISBN match", "consideration", "app", "digital", "catalogue",
     "ISBN|版本匹配|扫码|edition match|barcode scan|catalog match"),
    ("tp_rent_or_buy", "租买选择", "Rent or buy choice", "consideration", "app", "digital", "product",
     "租还是买|选择租买|rent vs buy|pricing page"),
    ("tp_checkout", "下单支付", "Checkout", "purchase", "app", "digital", "product",
     "结账|付款|支付|下单|checkout|payment"),
    ("tp_locker_pickup", "校园书柜取书", "Campus locker pickup", "service", "other", "physical", "logistics",
     "书柜|取书柜|自提|locker|pickup code|取件码"),
    ("tp_courier", "快递配送", "Courier delivery", "service", "other", "physical", "logistics",
     "送货|配送|快递|delivery|shipping"),
    ("tp_due_reminder", "到期提醒", "Due-date reminder", "service", "email", "digital", "operations",
     "还书提醒|到期通知|due date email|return reminder"),
    ("tp_extension", "续租", "Rental extension", "service", "app", "digital", "operations",
     "延期|延长租期|extend|extension"),
    ("tp_late_fee", "逾期计费", "Late fee", "service", "other", "digital", "finance",
     "逾期费|滞纳金|超期|overdue|late charge"),
    ("tp_return_scan", "还书扫描", "Return scan", "service", "other", "physical", "warehouse",
     "还书|归还|退书|drop-off|check-in scan|return"),
    ("tp_condition_grade", "品相评级", "Condition grading", "service", "other", "physical", "warehouse",
     "验书|品相检查|定级|grading|inspection|condition check"),
    ("tp_damage_charge", "损坏赔偿", "Damage charge", "service", "other", "digital", "finance",
     "赔偿|赔书|damage fee|damage charge"),
    ("tp_buyback_quote", "回收报价", "Buyback quote", "loyalty", "app", "digital", "resale",
     "卖书|回收|估价|sell back|buyback|trade in"),
    ("tp_buyback_payout", "回收打款", "Buyback payout", "loyalty", "other", "digital", "finance",
     "回收款|打款|到账|payout|sell-back payment"),
    ("tp_support", "客服咨询", "Customer support", "service", "phone", "digital", "customer_care",
     "客服|工单|投诉|support|ticket|help desk"),
]
JOURNEYS = [
    ("textbook_order", "教材下单", "Textbook order", ["tp_search", "tp_isbn_match", "tp_rent_or_buy", "tp_checkout"], 7),
    ("ad_conversion", "推广转化", "Ad conversion", ["tp_campus_ad", "tp_search", "tp_checkout"], 14),
    ("rental_return", "还书流程", "Rental return", ["tp_due_reminder", "tp_return_scan", "tp_condition_grade"], 45),
    ("buyback", "回收流程", "Buyback", ["tp_buyback_quote", "tp_return_scan", "tp_condition_grade",
                                      "tp_buyback_payout"], 30),
]

# ------------------------------------------------------------------ feedback texts
# topic: (zh marker, en marker, touchpoint, sentiment)
TOPICS = {
    "wrong_edition": ("版本不对", "wrong edition", "tp_isbn_match", "negative"),
    "not_found": ("搜不到", "couldn't find", "tp_isbn_match", "negative"),
    "locker": ("柜子", "locker", "tp_locker_pickup", "negative"),
    "courier": ("快递", "courier", "tp_courier", "negative"),
    "highlight": ("笔记", "highlighting", None, "negative"),
    "access_code": ("激活码", "access code", "tp_rent_or_buy", "negative"),
    "cheap": ("省钱", "saved", "tp_rent_or_buy", "positive"),
    "late_fee": ("逾期费", "late fee", "tp_late_fee", "negative"),
    "damage": ("损坏赔偿", "damage charge", "tp_condition_grade", "negative"),
    "buyback_price": ("回收价", "buyback price", "tp_buyback_quote", "negative"),
    "payout": ("打款", "payout", "tp_buyback_payout", "negative"),
    "support": ("客服", "customer service", "tp_support", None),
    "crash": ("闪退", "crash", None, "negative"),
    "payment": ("支付失败", "payment failed", "tp_checkout", "negative"),
}
TEXTS = {
    "wrong_edition": {
        "zh": ["书单上写的第9版，结果系统匹配给我的是第8版，版本不对只能重新找", "扫了ISBN还是版本不对，课上页码全对不上",
               "版本不对！老师要求的是新版，平台给的旧版，白折腾一趟", "同一个ISBN出来两个版本，选了以后发现版本不对",
               "希望把版本标清楚，这次又是版本不对，耽误了第一周的作业"],
        "en": ["Got matched to the wrong edition, my professor uses the 11th and I got the 10th",
               "The ISBN scan gave me the wrong edition and the page numbers don't line up with the syllabus",
               "Wrong edition again. Please show the edition clearly before checkout",
               "Course list import picked the wrong edition for two of my books",
               "Ordered what the app said was my book, it was the wrong edition, had to start over"]},
    "not_found": {
        "zh": ["输了ISBN也搜不到，最后只能去书店买", "好几本专业课教材都搜不到，平台书太少了", "扫码提示搜不到这本书，可是上学期明明有",
               "课程书单导入之后一半的书搜不到", "开学前一周什么都搜不到，太影响体验了"],
        "en": ["I couldn't find half of my course books even with the exact ISBN",
               "Typed the ISBN three times and couldn't find it, the bookstore had it",
               "Couldn't find my organic chemistry text anywhere in the app this semester",
               "The course list feature couldn't find any of my books for the new term",
               "Search says no results, I couldn't find a book that was listed last year"]},
    "locker": {
        "zh": ["取件码输了柜子打不开，跑了两趟", "柜子满了书被放到别的楼，通知里也没说", "柜子在图书馆负一楼，太难找了",
               "柜子门坏了，保安帮忙才拿到书", "72小时就退回太短了，柜子那边都没提醒我"],
        "en": ["The locker code didn't work and I had to come back the next day",
               "Locker was full so my books went to another building with no notice",
               "The locker screen was frozen, waited 20 minutes for someone to open it",
               "Only 72 hours to collect from the locker is too short during exam week",
               "My locker door was jammed, staff had to open it"]},
    "courier": {
        "zh": ["快递说送过了其实根本没人来", "快递放在宿舍楼下被别人拿走了", "等了五天快递才到，第一周课都上完了",
               "快递员打不通电话就直接退回了", "快递太慢了，下次还是选书柜自取"],
        "en": ["The courier marked it delivered but nobody came to my dorm",
               "Courier left the parcel outside and it was gone when I got back",
               "Courier missed me twice, I only got my books after the first week",
               "The courier never called, just a card saying they tried",
               "Next time I'm choosing pickup, the courier took forever"]},
    "highlight": {
        "zh": ["书里全是前一个人的笔记和荧光笔，根本没法看", "说是九成新，结果满本笔记", "笔记多到盖住了公式",
               "租来的书有大量笔记，跟描述的品相不一样"],
        "en": ["The book was full of someone else's highlighting, not 'good condition' at all",
               "So much highlighting I can barely read the text", "Listed as very good but covered in highlighting and notes",
               "Heavy highlighting on every page of chapter 3"]},
    "access_code": {
        "zh": ["买的书说带激活码，结果激活码早被用过了", "页面写含激活码，拿到手没有", "激活码无效，网课作业交不了"],
        "en": ["The listing said it included an access code, the access code was already used",
               "No access code in the book even though the page said so",
               "My access code didn't work and the online homework is due Friday"]},
    "cheap": {
        "zh": ["一学期租书才几十块，真的省钱", "比学校书店便宜一半，太省钱了", "租书比买书省钱多了，还书也方便",
               "推荐给室友了，省钱又不用占地方", "每学期都在这租，省钱"],
        "en": ["Renting saved me over $200 this semester compared to the campus bookstore",
               "Saved a lot by renting instead of buying, will use again",
               "Half the bookstore price, saved me a ton", "Honestly saved my budget this term",
               "Saved money and the return was simple"]},
    "late_fee": {
        "zh": ["考试周晚还了两天就收逾期费，太狠了", "延期申请没通过也没通知我，最后被收了逾期费", "逾期费比租金还贵，不合理",
               "明明提前放进还书箱了，系统晚扫码还算我逾期费", "逾期费能不能有个上限"],
        "en": ["Got hit with a late fee for returning two days after exams ended",
               "My extension request was declined without notice and then I got a late fee",
               "The late fee ended up costing more than the rental itself",
               "I dropped it off on time, the scan was late and I still got a late fee",
               "Please cap the late fee, this is ridiculous for students"]},
    "damage": {
        "zh": ["还书时被判品相D级要交损坏赔偿，书明明好好的", "损坏赔偿太离谱了，几处划线就按整本书价赔",
               "新的验书标准太严，同学好几个都被收了损坏赔偿", "申诉损坏赔偿等了两周没人理", "租的时候就有折痕，还书却要损坏赔偿"],
        "en": ["They slapped a damage charge on a book that was in the same state I got it",
               "A damage charge for a bit of pencil underlining? Seriously",
               "The new grading is way too strict, half my flat got a damage charge",
               "Disputed my damage charge two weeks ago and still no answer",
               "Damage charge photos show marks that were already there when I rented it"]},
    "buyback_price": {
        "zh": ["回收价太低了，九十块买的书只给十块", "回收价一天一个样，上周报价高很多", "回收价还不如二手群里卖",
               "去年的回收价比今年高不少"],
        "en": ["The buyback price was insulting, $9 for a $90 book",
               "Buyback price dropped between the quote and the next day",
               "Facebook marketplace gives way more than your buyback price",
               "Buyback price is too low to bother"]},
    "payout": {
        "zh": ["书寄回去一周了还没打款", "打款失败也不告诉我，问了才知道", "说好两天打款，等了十天",
               "打款到账太慢了"],
        "en": ["Still waiting on my payout ten days after they graded the book",
               "Payout to my bank failed and nobody told me", "The payout took way longer than the 2 days promised",
               "Sold three books back, payout still pending"]},
    "support": {
        "zh": ["客服回复很快，问题当天就解决了", "客服态度很好，帮我改了取书时间", "客服一直机器人回复，解决不了问题",
               "找客服三天才有人回", "客服小姐姐很耐心"],
        "en": ["Customer service sorted it out the same day, thanks", "Customer service was friendly and quick",
               "Customer service kept sending canned replies", "Waited three days for customer service to reply",
               "Customer service was helpful with my extension"]},
    "crash": {
        "zh": ["一扫码就闪退", "付款页面闪退了两次", "更新之后一打开就闪退", "小程序闪退，只能换电脑下单"],
        "en": ["App keeps trying to scan and then crash", "The app crashed at the payment screen twice",
               "Crash on launch since the last update", "Constant crash when I open my rentals tab"]},
    "payment": {
        "zh": ["卡被扣了钱但显示支付失败", "支付失败了三次才成功", "微信支付总是支付失败"],
        "en": ["It said payment failed but my card was charged", "Payment failed twice before it went through",
               "Apple Pay payment failed every time"]},
}
GENERIC = {
    "positive": {
        "zh": ["整体体验很好，下学期还会用", "流程很清楚，很满意", "挺好用的，推荐同学", "书的品相不错，和描述一样", "还书很顺利",
               "开学前就拿到书了，很方便", "界面简洁，找书很快"],
        "en": ["Great experience overall, will use again next term", "Smooth and simple, recommended",
               "Book condition was as described", "Return was quick and painless", "Got my books before the first lecture",
               "Easy to use and the prices are fair", "Really happy with the service this term"]},
    "neutral": {
        "zh": ["还行吧，一般", "没什么特别的", "第一次用，还在熟悉", "希望多一些专业课的书", "中规中矩"],
        "en": ["It was fine", "Nothing special, did the job", "First time using it, seems ok",
               "Would like more titles for engineering courses", "Okay experience"]},
    "negative": {
        "zh": ["体验很差，不会再用了", "流程太复杂", "不太满意，和宣传的不一样", "整体失望"],
        "en": ["Pretty disappointing this time", "Too many steps to get a book", "Not what I expected",
               "Wouldn't recommend right now"]},
}


def fmt(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S")


def day_time(day, h0=8, h1=23):
    """a time in the evening-heavy student day."""
    h = R.pick(list(range(h0, h1)), [1 + (x >= 18) * 2 + (x >= 12) for x in range(h0, h1)])
    return day.replace(hour=h, minute=R.randint(0, 59), second=R.randint(0, 59))


# ------------------------------------------------------------------ output buffers
EV, ORD, FB, TRUTH, CUST = [], [], [], [], []
cnt = {"ev": 0, "ord": 0, "fb": 0, "ses": 0, "tk": 0}


def new_id(kind, prefix, width):
    cnt[kind] += 1
    return f"{prefix}{cnt[kind]:0{width}d}"


def ev(c, ts, tp, action, channel=None, device=None, session=None, **extra):
    if ts < START or ts > END:
        return False
    row = dict(event_id=new_id("ev", "E", 7), customer_id=c["customer_id"], ts=fmt(ts), touchpoint_id=tp,
               session_id=session or "", action=action, device=device or "", channel=channel or "", city=c["city"])
    row.update(extra)
    EV.append(row)
    c["events"] += 1
    c["first_ts"] = min(c["first_ts"], ts) if c["first_ts"] else ts
    return True


def order(c, ts, kind, local_amount, status, term, **extra):
    if ts < ORDERS_FROM or ts > END:
        return None
    city = CITY[c["city"]]
    oid = new_id("ord", "O", 6)
    row = dict(order_id=oid, customer_id=c["customer_id"], ts=fmt(ts), amount=round(local_amount * city[6], 2),
               status=status, order_type=kind, 订单类型=ORDER_ZH[kind], term=term[0], 学期=term[1], city=c["city"],
               城市=city[1], currency=city[5], amount_local=round(local_amount, 2))
    row.update(extra)
    ORD.append(row)
    if kind in ("rental", "purchase") and status == "paid":
        c["paid_terms"].add(term[0])
    if kind in ("late_fee", "damage_charge") and status == "failed":
        c["unpaid"] = True
    return oid


def feedback(c, ts, channel, topic, lang=None, rating=None, nps=None, tp=None, sentiment=None, **extra):
    """topic None = generic text of the given sentiment."""
    if ts is not None and (ts < START or ts > END):
        return
    lang = lang or (c["lang"] if c else R.pick(["zh", "en"]))
    if topic is None:
        text = R.pick(GENERIC[sentiment][lang])
        sent = sentiment
    else:
        text = R.pick(TEXTS[topic][lang])
        sent = sentiment or TOPICS[topic][3]
        tp = tp if tp is not None else TOPICS[topic][2]
    fid = new_id("fb", "F", 5)
    row = dict(feedback_id=fid, customer_id=c["customer_id"] if c else "", ts=fmt(ts) if ts else "",
               touchpoint_id=tp or "", channel=channel, rating=rating if rating is not None else "",
               nps=nps if nps is not None else "", text=text, language=lang, city=c["city"] if c else extra.pop("city", ""))
    row.update(extra)
    FB.append(row)
    TRUTH.append(dict(feedback_id=fid, topic=topic or "generic", sentiment=sent))


def rating_for(sent):
    if sent == "negative":
        return R.pick([1, 2, 3], [0.45, 0.4, 0.15])
    if sent == "positive":
        return R.pick([4, 5], [0.35, 0.65])
    return R.pick([2, 3, 4], [0.2, 0.5, 0.3])


# ------------------------------------------------------------------ customers
def make_customer(city_name, legacy=False):
    city = CITY[city_name]
    grp = city[4]
    cid = f"C{len(CUST) + 1:05d}"
    acq = R.pick(*ACQ_CN) if grp == "CN" else R.pick(*ACQ_EN)
    intl_zh = grp != "CN" and R.chance(0.14)
    lang = "zh" if (grp == "CN" or intl_zh) else "en"
    if grp == "CN":
        pref = R.pick(["mini_program", "app", "web"], [0.45, 0.4, 0.15])
    elif intl_zh:
        pref = R.pick(["mini_program", "app", "web"], [0.3, 0.45, 0.25])
    else:
        pref = R.pick(["app", "web"], [0.56, 0.44])
    ios = {"US": 0.62, "UK": 0.55, "AU": 0.55, "CN": 0.33}[grp]
    major = R.pick(MAJORS, [0.34, 0.22, 0.24, 0.12, 0.08])
    year = R.pick(YEARS, [0.3, 0.24, 0.2, 0.16, 0.1])
    c = dict(customer_id=cid, city=city_name, grp=grp, acq=acq, lang=lang, pref=pref, ios=ios,
             tier="plus" if R.chance(0.13) else "standard", major=major, year=year,
             university=R.pick(city[8], [0.65, 0.35]), events=0, first_ts=None, paid_terms=set(), unpaid=False,
             legacy=legacy, late_before=False, experiences=[], signup=None, seller_only=False)
    CUST.append(c)
    return c


def pick_channel(c):
    ch = c["pref"] if R.chance(0.8) else R.pick(["app", "web", "mini_program"] if c["grp"] == "CN" or c["lang"] == "zh"
                                                 else ["app", "web"])
    if ch == "web":
        dev = "pc" if R.chance(0.62) else ("ios" if R.chance(c["ios"]) else "android")
    else:
        dev = "ios" if R.chance(c["ios"]) else "android"
    return ch, dev


def support_ticket(c, ts, category, term):
    if ts > END or ts < START:
        return
    hours = R.lognorm(7.0, 0.8)
    if category == "damage" and d(2026, 1, 10) <= ts < d(2026, 2, 20):
        hours = R.lognorm(42.0, 0.5)                    # grading backlog
    contact = R.pick(["wechat", "chat", "phone"], [0.6, 0.3, 0.1]) if c["grp"] == "CN" else \
        R.pick(["chat", "email", "phone"], [0.55, 0.3, 0.15])
    tk = new_id("tk", "T", 6)
    ev(c, ts, "tp_support", "resolved", channel="phone" if contact == "phone" else "app", ticket_no=tk,
       ticket_category=category, 问题类别=TICKET_ZH[category], contact_channel=contact,
       resolution_hours=round(hours, 1), term=term[0], 学期=term[1])
    topic = {"edition": R.pick(["wrong_edition", "not_found"], [0.6, 0.4]), "locker": "locker", "delivery": "courier",
             "payment": "payment", "late_fee": "late_fee", "damage": "damage",
             "buyback": R.pick(["payout", "buyback_price"], [0.7, 0.3]), "account": None}[category]
    if topic == "wrong_edition" and R.chance(0.2):
        topic = None
    feedback(c, ts + timedelta(minutes=2), "ticket", topic, tp=TICKET_TP[category], sentiment="negative",
             ticket_no=tk, ticket_category=category)
    if R.chance(0.32):
        slow = hours > 24
        sent = "negative" if slow else ("positive" if R.chance(0.75) else "neutral")
        rating = rating_for(sent)
        topic2 = "support" if R.chance(0.45) else None
        feedback(c, ts + timedelta(hours=hours + R.uni(0.5, 20)), "csat", topic2, rating=rating, tp="tp_support",
                 sentiment=sent, ticket_no=tk, ticket_category=category)


# ------------------------------------------------------------------ one term of shopping
def shop_term(c, term, first):
    grp = c["grp"]
    start, due = term[2], term[3]
    lo = max(-21.0, (START - start).total_seconds() / 86400 + 0.1)
    if R.chance(0.06):
        off = R.uni(14, 75)                               # late adds and mid-term shoppers
    else:
        off = R.uni(lo, -4) if (R.chance(0.62) and lo < -4) else R.uni(max(lo, -4), 14)
    t0 = day_time(start + timedelta(days=off))
    if t0 > END:
        return "none"
    ch, dev = pick_channel(c)
    ses = new_id("ses", "S", 6)
    qmult = 1.0
    # ---- ad click
    plat = AD_PLATFORM.get(c["acq"]) if first else None
    if plat is None and R.chance(0.06):
        plat = R.pick(["instagram", "snapchat", "tiktok", "google"] if grp != "CN" else ["xiaohongshu", "douyin"])
    if plat:
        ta = t0 - timedelta(hours=R.uni(0.2, 40))
        ev(c, ta, "tp_campus_ad", "click", channel="ads", device=dev,
           ad_platform=plat, 投放平台=AD_ZH[plat],
           campaign=f"{'back_to_school' if start.month in (8, 9) else 'new_term'}_{start.year}_{plat}", term=term[0],
           学期=term[1])
        p_search, qmult = AD_QUALITY[plat]
        if not R.chance(p_search):
            return "ad_only"
    qmult *= ACQ_BOOST.get(c["acq"], 1.0)
    # ---- search
    method = R.pick(["barcode_scan", "isbn_typed", "course_list", "title"],
                    [0.0 if ch == "mini_program" else (0.35 if ch == "app" else 0.0), 0.3, 0.3, 0.35])
    ev(c, t0, "tp_search", "search", channel=ch, device=dev, session=ses, search_method=method,
       搜索方式=SEARCH_ZH[method], term=term[0], 学期=term[1])
    if R.chance(0.35):
        ev(c, t0 + timedelta(minutes=R.uni(1, 20)), "tp_search", "search", channel=ch, device=dev, session=ses,
           search_method=method, 搜索方式=SEARCH_ZH[method], term=term[0], 学期=term[1])
    if R.chance(0.012):
        support_ticket(c, t0 + timedelta(minutes=R.uni(5, 600)), "account", term)
    # ---- ISBN match per book
    nbooks = R.pick([1, 2, 3, 4, 5], [0.22, 0.3, 0.26, 0.15, 0.07])
    p_nf = {"app": 0.04, "web": 0.06, "mini_program": 0.13}[ch]
    p_em = {"app": 0.04, "web": 0.07, "mini_program": 0.12}[ch]
    outage = grp != "CN" and d(2025, 9, 1) <= t0 < d(2025, 9, 27)        # publisher catalogue feed broken
    if outage:
        p_nf += 0.27
        p_em += 0.05
    t = t0 + timedelta(minutes=R.uni(1, 6))
    matched, bad = 0, []
    for b in range(nbooks):
        a = R.pick(["matched", "edition_mismatch", "not_found"], [1 - p_nf - p_em, p_em, p_nf])
        course = (f"{R.pick(['CHEM', 'ECON', 'BIOL', 'MATH', 'PSYC', 'ACCT', 'PHYS', 'STAT'])} {R.randint(100, 399)}"
                  if grp != "CN" else f"{R.pick(['高数', '大物', '线代', '概率论', '大英', '马原', '有机化学', '会计学'])}")
        isbn = f"978{R.randint(0, 9)}{R.randint(100000000, 999999999)}"
        ev(c, t, "tp_isbn_match", a, channel=ch, device=dev, session=ses, isbn=isbn, course_code=course,
           search_method=method, 搜索方式=SEARCH_ZH[method], catalogue_source="publisher_feed" if grp != "CN" else "高校教材库",
           term=term[0], 学期=term[1])
        t += timedelta(seconds=R.uni(20, 200))
        if a == "matched":
            matched += 1
        else:
            bad.append(a)
    if bad and R.chance(0.1 + 0.12 * outage):
        support_ticket(c, t + timedelta(hours=R.uni(1, 30)), "edition", term)
    if bad and R.chance(0.05 + 0.06 * outage):
        feedback(c, t + timedelta(hours=R.uni(2, 48)), "app_review",
                 "wrong_edition" if "edition_mismatch" in bad else "not_found",
                 rating=R.pick([1, 2]), device=dev, platform=store_for(c, dev))
    if matched == 0:
        return "lost"
    # ---- rent or buy
    p_rob = {"app": 0.91, "web": 0.87, "mini_program": 0.76}[ch] * (0.82 if bad else 1.0)
    if not R.chance(min(0.98, p_rob * min(qmult, 1.05))):
        return "lost"
    mode = "buy" if R.chance(BUY_PROB[grp]) else "rent"
    rent_p, buy_p = PRICES[grp]
    prices = [R.lognorm(rent_p if mode == "rent" else buy_p, 0.35) for _ in range(matched)]
    total = sum(prices)
    t += timedelta(minutes=R.uni(1, 10))
    ev(c, t, "tp_rent_or_buy", mode, channel=ch, device=dev, session=ses, books_count=matched,
       price_rent_usd=round(sum(R.lognorm(rent_p, 0.2) for _ in range(matched)) * CITY[c["city"]][6], 2),
       price_buy_usd=round(sum(R.lognorm(buy_p, 0.2) for _ in range(matched)) * CITY[c["city"]][6], 2),
       term=term[0], 学期=term[1])
    # ---- checkout
    p_co = {"app": 0.86, "web": 0.79, "mini_program": 0.65}[ch] * qmult
    if not R.chance(min(0.97, p_co)):
        return "lost"
    t += timedelta(minutes=R.uni(2, 15)) if R.chance(0.8) else timedelta(hours=R.uni(3, 60))
    pm = R.pick(*PAY_METHODS[grp])
    if R.chance(0.07 if ch == "web" else 0.05):
        ev(c, t, "tp_checkout", "payment_failed", channel=ch, device=dev, session=ses, payment_method=pm,
           decline_code=R.pick(["card_declined", "3ds_timeout", "insufficient_funds"]), books_count=matched,
           order_mode=mode, term=term[0], 学期=term[1])
        if R.chance(0.15):
            feedback(c, t + timedelta(minutes=30), "app_review", "payment", rating=R.pick([1, 2]), device=dev,
                     platform=store_for(c, dev))
        if R.chance(0.12):
            support_ticket(c, t + timedelta(minutes=R.uni(10, 300)), "payment", term)
        if not R.chance(0.78):
            return "lost"
        t += timedelta(minutes=R.uni(1, 8))
    lockers = LOCKERS[c["city"]]
    method = "locker" if R.chance(0.78 if grp == "CN" else 0.55) else "courier"
    kind = "rental" if mode == "rent" else "purchase"
    ev(c, t, "tp_checkout", "paid", channel=ch, device=dev, session=ses, payment_method=pm, books_count=matched,
       order_mode=mode, delivery_method=method, 配送方式="校园书柜" if method == "locker" else "快递",
       amount_usd=round(total * CITY[c["city"]][6], 2), term=term[0], 学期=term[1])
    oid_pos = len(ORD)
    oid = order(c, t, kind, total, "paid", term, channel=ch, device=dev, books_count=matched, delivery_method=method,
                payment_method=pm)
    if R.chance(0.018):                                   # cancelled in the app before it was packed
        if oid:
            ORD[oid_pos]["status"] = "cancelled"
        return "refunded"
    # ---- fulfilment
    ok = True
    if method == "locker":
        site = R.pick(lockers)
        ready = t + timedelta(hours=R.uni(3, 20) if grp == "CN" else R.uni(18, 50))
        if R.chance(0.055):
            tp_ts = ready + timedelta(hours=72)
            ev(c, tp_ts, "tp_locker_pickup", "expired", channel="other", locker_site=site, pickup_hours="",
               term=term[0], 学期=term[1])
            ok = False
            if R.chance(0.3):
                support_ticket(c, tp_ts + timedelta(hours=R.uni(1, 30)), "locker", term)
        else:
            ph = min(71.5, R.lognorm(9.0, 0.9))
            ev(c, ready + timedelta(hours=ph), "tp_locker_pickup", "picked_up", channel="other", locker_site=site,
               pickup_hours=round(ph, 1), term=term[0], 学期=term[1])
            got = ready + timedelta(hours=ph)
            if R.chance(0.012):
                support_ticket(c, got, "locker", term)
    else:
        partner = R.pick(*COURIERS[grp])
        ts_del = t + timedelta(days=R.uni(1.0, 3.0) if grp == "CN" else R.uni(2.0, 5.0))
        ts_del = ts_del.replace(hour=R.randint(9, 19))
        attempt, failed_any = 1, False
        while True:
            fail = R.chance(COURIER_FAIL[partner] if attempt == 1 else 0.2)
            ev(c, ts_del, "tp_courier", "failed" if fail else "delivered", channel="other", courier_partner=partner,
               快递公司=COURIER_ZH[partner], attempt_no=attempt,
               failure_reason=R.pick(["no_one_home", "address_issue", "parcel_lost"], [0.7, 0.22, 0.08]) if fail else "",
               term=term[0], 学期=term[1])
            if not fail:
                got = ts_del
                break
            failed_any = True
            if attempt == 3:
                ok = False
                break
            attempt += 1
            ts_del += timedelta(days=1)
        if failed_any:
            c["experiences"].append("courier")
            if R.chance(0.25):
                support_ticket(c, ts_del + timedelta(hours=R.uni(1, 20)), "delivery", term)
    if not ok:
        if oid:
            ORD[oid_pos]["status"] = "refunded"
        c["experiences"].append("locker" if method == "locker" else "courier")
        return "refunded"
    # pickup / delivery survey
    if R.chance(0.14):
        topic, sent = pickup_topic(c, method, mode, failed_any if method == "courier" else False)
        tp = ("tp_locker_pickup" if method == "locker" else "tp_courier") if topic in (None, "highlight") else None
        feedback(c, got + timedelta(hours=R.uni(2, 30)), "pickup_survey", topic, rating=rating_for(sent), tp=tp,
                 sentiment=sent, delivery_method=method)
    if mode == "rent":
        rental_tail(c, term, oid, prices, matched, ch, dev)
    elif R.chance(0.03):                                  # bought, then sent back within the 7-day window
        if oid:
            ORD[oid_pos]["status"] = "returned"
            ORD[oid_pos]["returned_at"] = fmt(got + timedelta(days=R.uni(1, 7)))
    else:
        buyback_tail(c, term, prices, matched, ch, dev)
    return "ordered"


def store_for(c, dev):
    if dev == "ios":
        return "App Store"
    if c["grp"] == "CN":
        return R.pick(["华为应用市场", "小米应用商店", "应用宝"])
    return "Google Play"


def pickup_topic(c, method, mode, failed):
    if failed and R.chance(0.6):
        return "courier", "negative"
    u = R.u()
    if method == "locker" and u < 0.09:
        return "locker", "negative"
    if u < 0.14:
        return "highlight", "negative"
    if mode == "buy" and c["grp"] in ("US", "UK", "AU") and u < 0.26:
        return "access_code", "negative"
    if u < 0.42:
        return "cheap", "positive"
    return None, R.pick(["positive", "neutral", "negative"], [0.6, 0.28, 0.12])


def grade(c, ts, kind, term, ch):
    """condition grading after a scan; returns (damaged, grader)."""
    gr = "GradeRight" if (c["grp"] == "UK" and d(2026, 1, 5) <= ts < d(2026, 2, 1)) else "in_house"
    p = 0.47 if gr == "GradeRight" else (0.075 if kind == "rental_return" else 0.1)
    damaged = R.chance(p)
    if damaged:
        dt = R.pick(DAMAGE_TYPES, [0.55, 0.1, 0.1, 0.2, 0.05] if gr == "GradeRight" else [0.3, 0.25, 0.15, 0.2, 0.1])
        g = "D"
    else:
        dt = ("", "")
        g = R.pick(["A", "B", "C"], [0.35, 0.45, 0.2])
    ev(c, ts, "tp_condition_grade", "damaged" if damaged else "passed", channel="other", scan_type=kind, grade=g,
       damage_type=dt[0], 损坏类型=dt[1], grader=gr, term=term[0], 学期=term[1])
    return damaged, gr


def rental_tail(c, term, oid, prices, nb, ch, dev):
    grp = c["grp"]
    due = term[3].replace(hour=23, minute=59)
    rent_local = sum(prices)
    ev(c, (due - timedelta(days=14)).replace(hour=10, minute=0), "tp_due_reminder", "sent",
       channel=R.pick(["email", "app"], [0.6, 0.4]), due_date=due.strftime("%Y-%m-%d"), books_count=nb,
       term=term[0], 学期=term[1])
    declined = False
    if R.chance(0.22 if c["tier"] == "plus" else 0.075):
        te = day_time(due - timedelta(days=R.uni(1, 12)))
        if R.chance(0.16):
            reason = R.pick(["waitlisted", "max_extensions"], [0.7, 0.3])
            ev(c, te, "tp_extension", "declined", channel=ch, device=dev, decline_reason=reason,
               拒绝原因=DECLINE_ZH[reason], term=term[0], 学期=term[1])
            declined = True
        else:
            days = R.pick([14, 30], [0.65, 0.35])
            fee = 0.0 if c["tier"] == "plus" else rent_local * (0.18 if days == 14 else 0.32)
            ev(c, te, "tp_extension", "extended", channel=ch, device=dev, extension_days=days,
               fee_usd=round(fee * CITY[c["city"]][6], 2), term=term[0], 学期=term[1])
            if fee > 0:
                order(c, te, "extension", fee, "paid", term, channel=ch, device=dev, related_order_id=oid,
                      books_count=nb)
            due += timedelta(days=days)
    # when is it returned
    p_late = LATE_PROB[grp] * (2.2 if declined else 1.0) * (1.3 if c["late_before"] else 1.0)
    u = R.u()
    if u < 0.012:
        return                                            # never came back (within the data)
    if u < 0.06:
        ts = day_time(due - timedelta(days=R.uni(15, 40)))
        late = 0
    elif R.chance(p_late):
        late = min(R.geom(0.16), 35)
        ts = day_time(due + timedelta(days=late))
    else:
        ts = day_time(due - timedelta(days=R.uni(0.1, 12)))
        late = 0
    rc = R.pick(["locker", "drop_box"], [0.8, 0.2]) if grp == "CN" else \
        R.pick(["locker", "drop_box", "mail"], [0.5, 0.3, 0.2])
    if not ev(c, ts, "tp_return_scan", "scanned", channel="other", scan_type="rental_return", return_channel=rc,
              还书方式=RETURN_CH_ZH[rc], days_late=late, books_count=nb, term=term[0], 学期=term[1]):
        return
    grace = 5 if c["tier"] == "plus" else 2
    if late > grace:
        c["late_before"] = True
        tf = ts + timedelta(hours=1)
        if R.chance(0.22 + 0.15 * (not c["experiences"])):
            ev(c, tf, "tp_late_fee", "waived", channel="other", days_late=late, fee_usd=0.0,
               waive_reason=R.pick(["first_time", "goodwill", "exam_period"]), term=term[0], 学期=term[1])
        else:
            fee = LATE_RATE[grp] * min(late, 20) * nb
            ev(c, tf, "tp_late_fee", "charged", channel="other", days_late=late,
               fee_usd=round(fee * CITY[c["city"]][6], 2), term=term[0], 学期=term[1])
            st = R.pick(["paid", "failed", "refunded"], [0.87, 0.07, 0.06])
            order(c, tf, "late_fee", fee, st, term, channel="system", related_order_id=oid, books_count=nb,
                  days_late=late)
            c["experiences"].append("late_fee")
            if R.chance(0.2):
                support_ticket(c, tf + timedelta(hours=R.uni(2, 72)), "late_fee", term)
            if R.chance(0.1):
                feedback(c, tf + timedelta(hours=R.uni(3, 72)), R.pick(["app_review", "social"], [0.5, 0.5]),
                         "late_fee", rating=None, tp="tp_extension" if declined else None,
                         platform=R.pick(["小红书", "微博"]) if c["lang"] == "zh" else R.pick(["Reddit", "TikTok"]))
    tg = ts + timedelta(days=R.uni(0.5, 4))
    damaged, gr = grade(c, tg, "rental_return", term, ch)
    if damaged:
        fee = rent_local * R.uni(0.6, 1.4)
        dispute = R.chance(0.62 if gr == "GradeRight" else 0.22)
        upheld = dispute and R.chance(0.68 if gr == "GradeRight" else 0.3)
        ev(c, tg + timedelta(hours=2), "tp_damage_charge", "charged", channel="other",
           damage_fee_usd=round(fee * CITY[c["city"]][6], 2), grader=gr, disputed="yes" if dispute else "no",
           dispute_outcome=("upheld" if upheld else "rejected") if dispute else "", term=term[0], 学期=term[1])
        st = "refunded" if upheld else R.pick(["paid", "failed"], [0.93, 0.07])
        order(c, tg + timedelta(hours=2), "damage_charge", fee, st, term, channel="system", related_order_id=oid,
              books_count=1)
        c["experiences"].append("damage")
        if dispute and R.chance(0.88 if gr == "GradeRight" else 0.5):
            support_ticket(c, tg + timedelta(hours=R.uni(3, 48)), "damage", term)
    # return survey
    if R.chance(0.19):
        if damaged and R.chance(0.8):
            topic, sent = "damage", "negative"
        elif late > grace and R.chance(0.55):
            topic, sent = "late_fee", "negative"
        elif R.chance(0.25):
            topic, sent = "cheap", "positive"
        else:
            topic, sent = None, R.pick(["positive", "neutral", "negative"], [0.62, 0.28, 0.1])
        feedback(c, tg + timedelta(hours=R.uni(3, 60)), "return_survey", topic, rating=rating_for(sent),
                 tp="tp_condition_grade" if topic is None else None, sentiment=sent)


def buyback_tail(c, term, prices, nb, ch, dev, seller_only=False):
    grp = c["grp"]
    if not seller_only and not R.chance(0.45 if grp == "CN" else 0.36):
        return
    tq = day_time(term[3] + timedelta(days=R.uni(-14, 21)))
    books = R.randint(1, nb)
    buy_vals = sorted(prices, reverse=True)[:books]
    quote = sum(p * R.uni(0.22, 0.45) for p in buy_vals)
    declined = R.chance(0.26 if grp == "CN" else 0.36)
    fx = CITY[c["city"]][6]
    if not ev(c, tq, "tp_buyback_quote", "declined" if declined else "accepted", channel=ch, device=dev,
              books_count=books, quote_usd=round(quote * fx, 2), term=term[0], 学期=term[1]):
        return
    if declined:
        if R.chance(0.14):
            feedback(c, tq + timedelta(hours=R.uni(1, 48)), "buyback_survey", "buyback_price", rating=R.pick([1, 2, 3]))
        return
    rc = "locker" if (grp == "CN" or R.chance(0.45)) else "mail"
    ts = day_time(tq + timedelta(days=R.uni(0.5, 8)))
    if not ev(c, ts, "tp_return_scan", "scanned", channel="other", scan_type="buyback", return_channel=rc,
              还书方式=RETURN_CH_ZH[rc], days_late="", books_count=books, term=term[0], 学期=term[1]):
        return
    tg = ts + timedelta(days=R.uni(0.5, 3))
    damaged, gr = grade(c, tg, "buyback", term, ch)
    final = quote * (0.5 if damaged else 1.0)
    if damaged and R.chance(0.35):
        order(c, tg + timedelta(hours=3), "buyback", final, "cancelled", term, channel=ch, books_count=books,
              payout_method="")
        return
    method = R.pick(*PAYOUT[grp])
    base, sig = PAYOUT_DAYS[method]
    tp_ = tg + timedelta(days=R.lognorm(base, sig))
    failed = R.chance(PAYOUT_FAIL[method])
    if failed:
        ev(c, tp_, "tp_buyback_payout", "failed", channel="other", payout_method=method, amount_usd=round(final * fx, 2),
           failure_reason=R.pick(["wrong_account_details", "account_closed", "name_mismatch"], [0.6, 0.2, 0.2]),
           term=term[0], 学期=term[1])
        tp_ += timedelta(days=R.uni(2, 6))
    days = (tp_ - tg).total_seconds() / 86400
    if not ev(c, tp_, "tp_buyback_payout", "paid", channel="other", payout_method=method,
              amount_usd=round(final * fx, 2), payout_days=round(days, 1), term=term[0], 学期=term[1]):
        return
    order(c, tp_, "buyback", final, "paid", term, channel=ch, books_count=books, payout_method=method)
    if failed and R.chance(0.5):
        support_ticket(c, tp_ - timedelta(days=R.uni(0.5, 2)), "buyback", term)
    if R.chance(0.25):
        if (failed or days > 5) and R.chance(0.65):
            topic, sent = "payout", "negative"
        elif damaged and R.chance(0.5):
            topic, sent = "buyback_price", "negative"
        else:
            topic, sent = None, R.pick(["positive", "neutral"], [0.7, 0.3])
        feedback(c, tp_ + timedelta(hours=R.uni(2, 48)), "buyback_survey", topic, rating=rating_for(sent),
                 tp="tp_buyback_payout" if topic is None else None, sentiment=sent)


def legacy_rental(c, term):
    """a rental of autumn 2024: its order is in the 2024 order export, its return in 2025."""
    grp = c["grp"]
    t = day_time(term[2] - timedelta(days=R.uni(-10, 18)))
    nb = R.pick([1, 2, 3, 4], [0.25, 0.35, 0.28, 0.12])
    prices = [R.lognorm(PRICES[grp][0], 0.35) for _ in range(nb)]
    ch, dev = pick_channel(c)
    method = "locker" if R.chance(0.78 if grp == "CN" else 0.55) else "courier"
    oid = order(c, t, "rental", sum(prices), "paid", term, channel=ch, device=dev, books_count=nb,
                delivery_method=method, payment_method=R.pick(*PAY_METHODS[grp]))
    c["signup"] = t - timedelta(days=R.uni(0, 200))
    rental_tail(c, term, oid, prices, nb, ch, dev)


# ------------------------------------------------------------------ population
def simulate():
    n_new = 7600
    for city in CITIES:
        grp = city[4]
        n_city = int(round(n_new * city[7]))
        terms = TERMS[grp]
        ws = [t[4] for t in terms]
        for _ in range(n_city):
            c = make_customer(city[0])
            ti = terms.index(R.pick(terms, ws))
            lifecycle(c, grp, ti, first=True)
    # renters of autumn 2024 (UK and China): orders in 2024, returns in January 2025
    for grp, n in (("UK", 260), ("CN", 420)):
        cities = [x for x in CITIES if x[4] == grp]
        for _ in range(n):
            c = make_customer(R.pick(cities, [x[7] for x in cities])[0], legacy=True)
            legacy_rental(c, LEGACY[grp])
            lifecycle(c, grp, -1, first=False, p_start=0.62)
    # sellers who bought their books elsewhere and only sell back
    for _ in range(380):
        city = R.pick(CITIES, [x[7] for x in CITIES])
        c = make_customer(city[0])
        c["seller_only"] = True
        grp = city[4]
        term = R.pick(TERMS[grp][:-1] if TERMS[grp][-1][3] > END else TERMS[grp])
        prices = [R.lognorm(PRICES[grp][1], 0.35) for _ in range(R.randint(1, 4))]
        ch, dev = pick_channel(c)
        buyback_tail(c, term, prices, len(prices), ch, dev, seller_only=True)


def lifecycle(c, grp, ti, first, p_start=1.0):
    terms = TERMS[grp]
    if not first:
        if not R.chance(p_start):
            return
        ti = ti + 1
        if ti >= len(terms):
            return
    while ti < len(terms):
        term = terms[ti]
        if grp == "US" and term[0].startswith("Summer") and not first and not R.chance(0.2):
            ti += 1
            continue
        res = shop_term(c, term, first)
        first = False
        if res == "none":
            return
        bad = any(x in c["experiences"] for x in ("damage", "late_fee", "courier", "locker"))
        p = {"ordered": 0.5 if bad else 0.66, "refunded": 0.3, "lost": 0.22, "ad_only": 0.1}[res]
        if not R.chance(p):
            return
        ti += 1


# ------------------------------------------------------------------ surveys and public reviews
def nps_waves():
    waves = [("2025-03", d(2025, 3, 3)), ("2025-06", d(2025, 6, 2)), ("2025-10", d(2025, 10, 6)),
             ("2025-12", d(2025, 12, 1)), ("2026-03", d(2026, 3, 2)), ("2026-06", d(2026, 6, 1))]
    for label, t0 in waves:
        for c in CUST:
            if not c["paid_terms"] or c["first_ts"] is None or c["first_ts"] > t0:
                continue
            if not R.chance(0.09):
                continue
            ts = day_time(t0 + timedelta(days=R.uni(0, 13)))
            hurt = c["grp"] == "UK" and label == "2026-03" and "damage" in c["experiences"]
            recent_bad = any(x in c["experiences"] for x in ("damage", "late_fee", "courier"))
            if hurt or (label == "2026-03" and c["grp"] == "UK" and R.chance(0.6)):
                score = R.pick(list(range(0, 11)), [4, 4, 5, 6, 7, 7, 6, 3, 2, 1, 1])
            elif recent_bad:
                score = R.pick(list(range(0, 11)), [1, 1, 2, 3, 4, 5, 6, 7, 6, 3, 2])
            else:
                score = R.pick(list(range(0, 11)), [1, 1, 1, 1, 2, 3, 4, 9, 11, 10, 8])
            if score >= 9:
                topic, sent = ("cheap", "positive") if R.chance(0.4) else (None, "positive")
            elif score <= 6:
                bads = [x for x in c["experiences"] if x in ("damage", "late_fee", "courier", "locker")]
                if bads and R.chance(0.7):
                    topic, sent = bads[-1], "negative"
                else:
                    topic, sent = None, "negative"
            else:
                topic, sent = None, "neutral"
            feedback(c, ts, "nps_survey", topic, nps=score, tp="" if topic is None else None, sentiment=sent,
                     survey_wave=label)


def public_reviews():
    active = [c for c in CUST if c["events"] > 0]
    for i in range(620):
        c = R.pick(active)
        dev = "ios" if R.chance(c["ios"]) else "android"
        ts = None if i < 40 else day_time(START + timedelta(days=R.uni(0, 576)))
        u = R.u()
        if u < 0.2:
            topic, sent = "crash", "negative"
            tp = "tp_checkout" if R.chance(0.3) else ""
        elif u < 0.42:
            topic, sent, tp = "cheap", "positive", None
        elif u < 0.5:
            topic, sent, tp = "not_found", "negative", None
        else:
            topic, sent = None, R.pick(["positive", "neutral", "negative"], [0.55, 0.2, 0.25])
            tp = ""
        feedback(c, ts, "app_review", topic, rating=rating_for(sent), tp=tp, sentiment=sent, device=dev,
                 platform=store_for(c, dev))
    for i in range(420):
        c = R.pick(active)
        ts = None if i < 80 else day_time(START + timedelta(days=R.uni(0, 576)))
        u = R.u()
        topic = R.pick(["cheap", "damage", "late_fee", "buyback_price", "locker", "highlight", None],
                       [0.24, 0.12, 0.1, 0.1, 0.06, 0.06, 0.32]) if u < 0.8 else None
        sent = TOPICS[topic][3] if topic else R.pick(["positive", "neutral", "negative"], [0.5, 0.3, 0.2])
        tp = "" if topic in (None, "highlight") else None
        plat = R.pick(["小红书", "微博", "抖音"]) if c["lang"] == "zh" else R.pick(["Reddit", "TikTok", "Instagram"])
        feedback(c if R.chance(0.7) else None, ts, "social", topic, lang=c["lang"], tp=tp, sentiment=sent,
                 platform=plat, city=c["city"])


# ------------------------------------------------------------------ write
def write_csv(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    simulate()
    nps_waves()
    public_reviews()
    # ---- customers
    has_order = {o["customer_id"] for o in ORD}
    keep = [c for c in CUST if c["events"] > 0 or c["customer_id"] in has_order]
    paid_terms, unpaid = {}, set()
    for o in ORD:
        if o["order_type"] in ("rental", "purchase") and o["status"] in ("paid", "returned"):
            paid_terms.setdefault(o["customer_id"], set()).add(o["term"])
        if o["status"] == "failed":
            unpaid.add(o["customer_id"])
    crow = []
    for c in keep:
        city = CITY[c["city"]]
        signup = c["signup"] or (c["first_ts"] - timedelta(minutes=R.uni(0, 30)))
        if c["seller_only"]:
            seg = "seller"
        elif not paid_terms.get(c["customer_id"]):
            seg = "prospect"
        elif c["customer_id"] in unpaid:
            seg = "at_risk"
        elif len(paid_terms[c["customer_id"]]) >= 2:
            seg = "returning"
        else:
            seg = "new"
        crow.append(dict(customer_id=c["customer_id"], signup_at=fmt(signup), segment=seg, region=city[2],
                         区域=city[3], city=c["city"], 城市=city[1], university=c["university"],
                         acquisition_channel=c["acq"], 获客渠道=ACQ_ZH[c["acq"]], tier=c["tier"],
                         year_of_study=c["year"][0], 年级=c["year"][1], major=c["major"][0], 专业大类=c["major"][1],
                         preferred_language=c["lang"], preferred_platform=c["pref"],
                         student_verified="yes" if R.chance(0.86) else "no"))
    write_csv(out / "customers.csv", crow, list(crow[0].keys()))
    # ---- events (a few re-sent duplicates)
    EV.sort(key=lambda r: r["ts"])
    dups = [EV[int(R.u() * len(EV))] for _ in range(36)]
    rows = EV + [dict(r) for r in dups]
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city"]
    for r in EV:
        for k in r:
            if k not in cols:
                cols.append(k)
    write_csv(out / "events.csv", rows, cols)
    # ---- orders
    ORD.sort(key=lambda r: r["ts"])
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"]
    for r in ORD:
        for k in r:
            if k not in ocols:
                ocols.append(k)
    write_csv(out / "orders.csv", ORD, ocols)
    # ---- feedback
    fcols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text"]
    for r in FB:
        for k in r:
            if k not in fcols:
                fcols.append(k)
    write_csv(out / "feedback.csv", FB, fcols)
    write_csv(out / "_truth" / "feedback_truth.csv", TRUTH, ["feedback_id", "topic", "sentiment"])
    # ---- touchpoints, journeys
    write_csv(out / "touchpoints.csv",
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
              ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", jrows, list(jrows[0].keys()))
    print(f"customers {len(crow)}, events {len(rows)}, orders {len(ORD)}, feedback {len(FB)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
