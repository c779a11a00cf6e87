"""海峡快线 StraitLine Ferries — coastal ferry operator (synthetic, written blind).

Six routes in three regions: Xiamen (厦门-鼓浪屿, 厦门五通-金门), Zhoushan (朱家尖-普陀山 foot passengers, 鸭蛋山-白峰 car
ferry) and the Pearl River delta (香港上环-澳门外港, 香港机场海天码头-澳门氹仔, fares in HKD). Passengers book online
(app, WeChat mini program, website) or at the pier counter; drivers book vehicle tickets on the car ferry; travel
agents book tour groups on the agent portal. Onboard cafe orders by QR code, delay notices and compensation claims,
membership miles. Data 2025-01-01 .. 2026-05-31 (extract taken early June 2026; today is 2026-12-07).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the topic of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260607


class Rng:
    """numpy's generator, drawn in blocks (scalar numpy draws are slow); deterministic for a fixed seed."""

    def __init__(self, seed):
        self.np = np.random.default_rng(seed)
        self.buf, self.i = self.np.random(1 << 20).tolist(), 0

    def random(self):
        if self.i == len(self.buf):
            self.buf, self.i = self.np.random(1 << 20).tolist(), 0
        self.i += 1
        return self.buf[self.i - 1]

    def integers(self, a, b=None):
        if b is None:
            a, b = 0, a
        return a + int(self.random() * (b - a))

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def exponential(self, scale):
        return -math.log(1.0 - self.random()) * scale

    def geometric(self, p):
        return 1 + int(math.log(1.0 - self.random()) / math.log(1.0 - p))

    def normal(self, mu, sd):
        return mu + sd * math.sqrt(-2 * math.log(1.0 - self.random())) * math.cos(2 * math.pi * self.random())

    def poisson(self, lam):
        return int(self.np.poisson(lam))

    def permutation(self, n):
        return self.np.permutation(n)

    def choice(self, xs, p=None):
        if p is None:
            return xs[self.integers(len(xs))]
        raise NotImplementedError


rng = Rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 5, 31, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
HKD = 0.92  # fixed group rate HKD -> CNY

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search", "航班查询", "Sailing search", "consideration", "app", "digital", "ecommerce",
     "查船票|搜航班|查班次|船票查询|search|sailing search|timetable search|find a ferry"),
    ("tp_seat", "在线选座", "Seat selection", "consideration", "app", "digital", "ecommerce",
     "选座|座位图|选座位|seat map|seat picker|choose seat|seat selection"),
    ("tp_passenger_info", "乘客信息与实名核验", "Passenger details & ID check", "purchase", "app", "digital", "ecommerce",
     "实名制|填写乘客|证件核验|人脸核验|passenger details|ID check|real-name check|traveller info"),
    ("tp_payment", "在线支付", "Payment", "purchase", "app", "digital", "finance",
     "付款|支付|收银台|checkout|payment|pay|cashier"),
    ("tp_ticket", "出票", "Ticket issued", "purchase", "app", "digital", "ecommerce",
     "电子船票|出票成功|取票|e-ticket|ticket issued|boarding pass|ticketing"),
    ("tp_ticket_change", "退改签", "Ticket refund / change", "service", "app", "digital", "customer_service",
     "退票|改签|退改|停航退票|refund|ticket change|cancel ticket|rebooking"),
    ("tp_boarding", "登船", "Boarding", "service", "store", "physical", "pier_ops",
     "检票|登船口|上船|闸机|boarding|gate|embark|check-in at gate"),
    ("tp_vehicle_search", "车辆船票查询", "Vehicle ticket search", "consideration", "app", "digital", "ecommerce",
     "车客渡查询|汽车船票|车票查询|带车上船|vehicle search|car ferry search|drive-on booking"),
    ("tp_vehicle_info", "车辆信息登记", "Vehicle details", "purchase", "app", "digital", "ecommerce",
     "车牌登记|车型登记|车辆登记|vehicle details|plate number|car details"),
    ("tp_vehicle_checkin", "车辆安检过磅", "Vehicle check-in & weighing", "service", "store", "physical", "pier_ops",
     "过磅|车辆安检|待渡场|车道|vehicle check-in|weighbridge|car lane|marshalling"),
    ("tp_agent_quote", "团队询价", "Group quote request", "consideration", "web", "digital", "group_sales",
     "团队报价|旅行社询价|团队票询价|group quote|group enquiry|agent quote"),
    ("tp_group_hold", "团队留位", "Group seat hold", "purchase", "web", "digital", "group_sales",
     "留位|占座|团队占位|group hold|seat block|allotment"),
    ("tp_name_list", "团队名单提交", "Group name list", "purchase", "web", "digital", "group_sales",
     "名单|游客名单|实名名单|name list|manifest|passenger list"),
    ("tp_group_payment", "团款支付", "Group payment", "purchase", "web", "digital", "finance",
     "团款|团队付款|结算|group payment|agent payment|group invoice"),
    ("tp_cafe_menu", "船上餐吧菜单", "Onboard cafe menu", "service", "mini_program", "digital", "onboard_services",
     "扫码点餐|餐吧菜单|船上点餐|cafe menu|onboard menu|QR menu"),
    ("tp_cafe_order", "餐吧下单", "Cafe order", "service", "mini_program", "digital", "onboard_services",
     "点餐|餐吧订单|下单点餐|cafe order|food order|snack order"),
    ("tp_cafe_pay", "餐吧支付", "Cafe payment", "service", "mini_program", "digital", "onboard_services",
     "餐吧付款|点餐支付|cafe payment|pay for food"),
    ("tp_cafe_pickup", "餐吧取餐", "Cafe pickup", "service", "store", "physical", "onboard_services",
     "取餐|餐吧柜台|cafe pickup|collect order|cafe counter"),
    ("tp_delay_notice", "延误通知", "Delay notice", "service", "sms", "digital", "pier_ops",
     "延误短信|晚点通知|航班延误提醒|delay notice|delay alert|delay SMS"),
    ("tp_claim", "延误赔偿申请", "Compensation claim", "service", "app", "digital", "customer_service",
     "赔偿申请|理赔|延误理赔|申请补偿|compensation claim|delay claim|claim"),
    ("tp_claim_review", "赔偿审核", "Claim review", "service", "other", "digital", "customer_service",
     "理赔审核|赔偿审批|claim review|claim decision|claim assessment"),
    ("tp_compensation", "赔付到账", "Compensation paid", "service", "other", "digital", "finance",
     "赔款到账|补偿到账|赔付|compensation paid|payout|claim payout"),
    ("tp_member_join", "会员注册", "Membership sign-up", "loyalty", "app", "digital", "loyalty",
     "入会|注册会员|开通会员|join membership|loyalty sign-up|become a member"),
    ("tp_miles_credit", "里程入账", "Miles credited", "loyalty", "app", "digital", "loyalty",
     "积分入账|里程到账|累积里程|miles credited|earn miles|points earned"),
    ("tp_miles_redeem", "里程兑换", "Miles redemption", "loyalty", "app", "digital", "loyalty",
     "积分兑换|里程兑票|兑换|redeem miles|redemption|use points"),
    ("tp_support", "客服中心", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|热线|在线客服|人工客服|hotline|call centre|live chat|support"),
]
JOURNEYS = [
    ("online_booking", "在线购票", "Online ticket booking",
     ["tp_search", "tp_seat", "tp_passenger_info", "tp_payment", "tp_ticket", "tp_boarding"], 30),
    ("vehicle_booking", "车辆船票预订", "Vehicle ticket booking",
     ["tp_vehicle_search", "tp_vehicle_info", "tp_payment", "tp_vehicle_checkin", "tp_boarding"], 30),
    ("group_booking", "旅行社团队预订", "Tour group booking",
     ["tp_agent_quote", "tp_group_hold", "tp_name_list", "tp_group_payment", "tp_boarding"], 45),
    ("delay_claim", "延误赔偿", "Delay compensation",
     ["tp_delay_notice", "tp_claim", "tp_claim_review", "tp_compensation"], 30),
    ("membership_miles", "会员里程", "Membership miles",
     ["tp_member_join", "tp_boarding", "tp_miles_credit", "tp_miles_redeem"], 180),
    ("onboard_cafe", "船上餐吧点单", "Onboard cafe ordering",
     ["tp_cafe_menu", "tp_cafe_order", "tp_cafe_pay", "tp_cafe_pickup"], 1),
]
# id, zh, en, region, pier zh, currency, economy fare (local), crossing minutes, cafe?, departures
ROUTES = {
    "XM-GLY": ("鼓浪屿航线", "Xiamen-Gulangyu", "xiamen", "厦门邮轮中心厦鼓码头", "CNY", 35, 20, False,
               [f"{h:02d}:{m:02d}" for h in range(7, 21) for m in (0, 30)]),
    "XM-KM": ("金门航线", "Xiamen-Kinmen", "xiamen", "五通客运码头", "CNY", 160, 30, True,
              ["08:30", "10:00", "11:30", "13:30", "15:00", "16:30", "17:30"]),
    "ZS-PTS": ("普陀山航线", "Zhujiajian-Putuoshan", "zhoushan", "蜈蚣峙码头", "CNY", 30, 15, False,
               [f"{h:02d}:{m:02d}" for h in range(7, 17) for m in (0, 20, 40)]),
    "ZS-CAR": ("舟山车客渡", "Zhoushan Car Ferry", "zhoushan", "鸭蛋山码头", "CNY", 22, 45, True,
               [f"{h:02d}:00" for h in range(6, 21)]),
    "HK-MO": ("港澳航线", "Hong Kong-Macau", "hkmo", "上环港澳码头", "HKD", 175, 60, True,
              [f"{h:02d}:{m:02d}" for h in range(7, 23) for m in (0, 30)]),
    "HKA-TP": ("机场澳门航线", "HK Airport-Macau", "hkmo", "香港国际机场海天客运码头", "HKD", 270, 70, True,
               ["10:15", "12:15", "14:15", "16:15", "18:15", "20:15"]),
}
CLASS_ZH = {"economy": "普通舱", "premium": "豪华舱"}
SEG_ZH = {"tourist": "散客游客", "island_resident": "海岛居民", "business": "商务旅客", "senior": "长者",
          "tour_agent": "旅行社"}
TIER_ZH = {"none": "非会员", "blue": "蓝卡", "silver": "银卡", "gold": "金卡"}
ACQ_ZH = {"app_store": "应用商店", "wechat": "微信", "ota": "OTA平台", "search_ads": "搜索广告", "referral": "亲友推荐",
          "pier_counter": "码头售票厅", "sales_team": "团队销售"}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "unionpay": "银联卡", "visa": "Visa卡", "mastercard": "万事达卡",
          "alipay_hk": "AlipayHK", "fps": "转数快", "cash": "现金", "agent_credit": "旅行社月结"}
PAYFAIL_ZH = {"bank_declined": "银行拒付", "3ds_failed": "3DS验证失败", "timeout": "支付超时", "insufficient_funds": "余额不足"}
VERIFY_ZH = {"face_check_failed": "人脸核验失败", "permit_invalid": "通行证签注无效", "name_mismatch": "姓名与证件不符"}
VEH_ZH = {"car": "小轿车", "suv": "SUV", "mpv": "商务车/MPV", "van": "面包车"}
VEH_FARE = {"car": 160, "suv": 190, "mpv": 220, "van": 260}
REJECT_ZH = {"delay_under_60min": "延误不足60分钟", "no_valid_ticket": "无有效船票", "duplicate_claim": "重复申请",
             "weather_exempt": "天气原因免责"}
COMP_ZH = {"cash": "原路退款", "voucher": "船票代金券", "miles": "里程"}
REWARD_ZH = {"free_ticket": "免费船票", "cafe_voucher": "餐吧代金券", "seat_upgrade": "舱位升级"}
CHANGE_ZH = {"refund": "旅客退票", "change": "改签", "auto_refund": "停航自动退票"}
SUPPORT_ZH = {"claim_status": "赔偿进度", "refund": "退票咨询", "seat_map": "选座问题", "verification": "实名核验问题",
              "lost_item": "失物招领", "change_booking": "改签", "payment": "支付问题"}
AGENTS = [  # zh, en, region, weight
    ("鹭岛国旅", "Ludao Travel", "xiamen", 6.0), ("厦门海峡旅行社", "Xiamen Strait Tours", "xiamen", 2.5),
    ("闽南假期", "Minnan Holidays", "xiamen", 2.0), ("舟山海天旅游", "Zhoushan Haitian Travel", "zhoushan", 3.0),
    ("宁波东方国旅", "Ningbo Orient Travel", "zhoushan", 2.2), ("上海春秋旅行社", "Shanghai Spring Tours", "zhoushan", 2.8),
    ("港澳通旅游", "GangAo Tong Tours", "hkmo", 3.4), ("Pearl Delta Tours", "Pearl Delta Tours", "hkmo", 1.8),
]
TYPHOON = {  # route -> days with all sailings cancelled
    "HK-MO": [date(2025, 9, 23), date(2025, 9, 24)], "HKA-TP": [date(2025, 9, 23), date(2025, 9, 24)],
    "XM-GLY": [date(2025, 7, 26)], "XM-KM": [date(2025, 7, 26)],
    "ZS-PTS": [date(2025, 9, 16), date(2025, 9, 17)], "ZS-CAR": [date(2025, 9, 16), date(2025, 9, 17)],
}
GOLDEN_WEEK = (date(2025, 10, 1), date(2025, 10, 7))
HOLIDAYS = [(date(2025, 1, 28), date(2025, 2, 4), 1.7), (date(2025, 4, 4), date(2025, 4, 6), 1.5),
            (date(2025, 5, 1), date(2025, 5, 5), 2.2), (date(2025, 5, 31), date(2025, 6, 2), 1.4),
            (date(2025, 10, 1), date(2025, 10, 8), 3.0), (date(2026, 1, 1), date(2026, 1, 3), 1.4),
            (date(2026, 2, 15), date(2026, 2, 23), 1.8), (date(2026, 4, 4), date(2026, 4, 6), 1.5),
            (date(2026, 5, 1), date(2026, 5, 5), 2.2)]
ANDROID_BUG = (datetime(2025, 8, 1), datetime(2025, 9, 1))  # seat-map SDK 3.0 on Android (app 6.3.0, mini program)


def ri(a, b):
    return int(rng.integers(a, b + 1))


def pick(xs, p=None):
    if p is None:
        return xs[int(rng.integers(len(xs)))]
    u = rng.random() * sum(p)
    acc = 0.0
    for x, w in zip(xs, p):
        acc += w
        if u < acc:
            return x
    return xs[-1]


def iso(t):
    return t.isoformat(" ", "seconds")


# ---------- feedback text ----------
MARKERS = {
    "seat_map": ["选座", "座位图", "seat map", "seat selection"],
    "verification": ["人脸识别", "实名核验", "face scan", "face verification"],
    "payment_fail": ["支付失败", "付款失败", "payment failed", "card declined", "card was declined"],
    "delay": ["延误", "晚点", "delayed", "late departure"],
    "comp_slow": ["还没到账", "迟迟没到", "still not paid", "still hasn't been paid", "still waiting for my"],
    "comp_rejected": ["驳回", "被拒", "rejected my claim", "claim was rejected"],
    "cafe": ["餐吧", "cafe"],
    "queue": ["排队", "queue", "queuing"],
    "vehicle_check": ["过磅", "车辆安检", "car lane", "vehicle check"],
    "miles": ["里程", "miles"],
    "refund_fee": ["退票手续费", "退票扣", "refund fee", "cancellation fee"],
    "crew": ["船员", "crew"],
    "scenery": ["风景", "景色", "scenery", "sea view"],
    "seasick": ["晕船", "seasick"],
    "group": ["名单", "name list", "group booking"],
    "cancel": ["停航", "sailing was cancelled", "sailings were cancelled"],
    "clean": ["干净", "clean"],
    "app_easy": ["方便", "easy to", "smooth"],
}
T = {
    "seat_map": (["选座页面一直转圈，根本选不了座", "App选座的时候座位图加载不出来，卡死了", "更新之后选座就闪退，只能去码头买票",
                  "座位图一片空白，点了没反应", "选座页面卡住，退出重进还是一样", "安卓手机上选座功能完全用不了"],
                 ["The seat map never loads on my phone, just spins forever", "Seat selection crashes the app every time",
                  "Stuck on the seat map page, couldn't finish the booking", "After the update the seat selection screen is blank",
                  "seat map keeps timing out on Android"]),
    "verification": (["人脸识别一直失败，我妈试了五次都不行", "老人用手机做实名核验太难了，人脸识别老是通不过",
                      "实名核验总说证件信息不符，明明填对了", "人脸识别要眨眼摇头，老年人根本弄不明白"],
                     ["Face verification kept failing for my father, had to give up", "The face scan step rejected me three times",
                      "Why does the face verification fail with a valid ID?", "Face scan doesn't work for elderly passengers"]),
    "payment_fail": (["信用卡支付失败了好几次，最后换微信才付上", "支付失败但是钱好像扣了，吓一跳", "付款失败，提示银行拒绝交易",
                      "连着两次支付失败，页面还超时了"],
                     ["My Mastercard payment failed three times at checkout", "Card declined even though the card is fine",
                      "payment failed with a 3DS error, ended up paying with Alipay", "My card was declined twice on the website"]),
    "delay": (["船延误了一个多小时，也没人解释", "大雾天晚点两个小时，码头人挤人", "延误了也不提前通知，白白等着",
               "开船晚点太常见了，赶不上后面的行程", "延误信息发得太晚，已经到码头了"],
              ["Our ferry was delayed for 90 minutes with no updates", "Delayed again because of fog, missed my connection",
               "late departure and nobody at the pier could tell us anything", "The sailing was delayed two hours, terrible info"]),
    "comp_slow": (["申请的赔偿一个月了还没到账", "赔偿款迟迟没到，客服只说在审核", "说好的补偿到现在还没到账，打了三次电话",
                   "提交赔偿申请三周了，钱还没到账", "赔偿迟迟没到，系统里一直显示处理中"],
                  ["I filed a claim a month ago and the compensation is still not paid",
                   "Compensation still not paid after four weeks", "still waiting for my compensation, support has no idea",
                   "My claim was approved but the money still hasn't been paid", "Still waiting for my payout from the claim"]),
    "comp_rejected": (["赔偿申请被拒了，理由说不清楚", "赔偿被驳回，说晚了不到60分钟，可我们等了一个钟头",
                       "申请被驳回还不能申诉"],
                      ["They rejected my claim with no real explanation", "My claim was rejected on a technicality",
                       "Claim was rejected because of 'weather', really?"]),
    "cafe": (["船上餐吧的咖啡太贵了，一杯要40", "餐吧扫码点单很快，热狗还不错", "餐吧东西卖完了，点了也取不到",
              "餐吧的奶茶挺好喝", "餐吧排的人少，取餐很快"],
             ["The onboard cafe is overpriced for what you get", "Ordered from the cafe by QR, food came quickly",
              "The cafe had run out of sandwiches", "Nice little cafe on board, good coffee", "cafe pickup was a mess"]),
    "queue": (["登船口排队排了四十分钟", "检票排队太长，人太多了", "节假日登船排队根本走不动"],
              ["Huge queue at the boarding gate", "We were queuing for 45 minutes to board", "The boarding queue was chaotic"]),
    "vehicle_check": (["车辆安检过磅等了一个多小时", "过磅那里只开一个口，车排到马路上", "车辆安检太慢了，差点误船"],
                      ["The car lane took over an hour", "Vehicle check at Yadanshan was really slow",
                       "Waited ages in the car lane for weighing"]),
    "miles": (["里程快过期了也没提醒", "里程兑换船票挺划算", "里程到账太慢，一周了还没有"],
              ["My miles expired without any warning", "Redeemed miles for a free ticket, nice", "Miles take forever to show up"]),
    "refund_fee": (["退票手续费太高了，扣了20%", "临时有事退票扣了一半，太狠了"],
                   ["The refund fee is ridiculous", "Charged a cancellation fee even though I cancelled days ahead"]),
    "crew": (["船员服务很好，帮老人搬行李", "船员很热情，讲解也很细", "感谢船员帮忙找回了钱包"],
             ["The crew were friendly and helpful", "Great crew, they helped with our stroller", "Crew very professional"]),
    "scenery": (["一路风景很美，值得坐一趟", "海上景色太好看了", "靠窗能看到鼓浪屿的风景"],
                ["Beautiful scenery on the crossing", "Loved the sea view from the upper deck", "Great scenery, worth it"]),
    "seasick": (["风浪有点大，晕船了", "小朋友晕船吐了，船上也没有晕船药"],
                ["Got seasick, the sea was choppy", "Felt seasick the whole way"]),
    "group": (["团队名单上传老是报错，格式要求太死", "名单提交后改一个人都要重新审核"],
              ["The name list upload for our group keeps failing", "group booking portal is clunky, name list rules too strict"]),
    "cancel": (["台风停航了，退票倒是自动退了", "停航通知太晚，我们已经到码头了"],
               ["Our sailing was cancelled because of the typhoon", "All sailings were cancelled and the refund took a week"]),
    "clean": (["船舱很干净，座位也舒服", "厕所很干净，点赞"], ["Very clean boat and comfortable seats", "The cabin was clean"]),
    "app_easy": (["买票很方便，几分钟搞定", "小程序买票挺方便的"],
                 ["Booking was easy to do on the app", "smooth booking, e-ticket arrived instantly"]),
    "other": (["还行吧", "一般般，没什么特别的", "总体可以", "正常出行，没问题"],
              ["It was ok", "Nothing special, fine trip", "Average experience", "All fine"]),
}
NEG = {"seat_map", "verification", "payment_fail", "delay", "comp_slow", "comp_rejected", "queue", "vehicle_check",
       "refund_fee", "seasick", "group", "cancel"}
POS = {"crew", "scenery", "clean", "app_easy"}
TOPIC_TP = {"seat_map": "tp_seat", "verification": "tp_passenger_info", "payment_fail": "tp_payment",
            "delay": "tp_delay_notice", "comp_slow": "tp_compensation", "comp_rejected": "tp_claim_review",
            "cafe": "tp_cafe_pickup", "queue": "tp_boarding", "vehicle_check": "tp_vehicle_checkin",
            "miles": "tp_miles_credit", "refund_fee": "tp_ticket_change", "crew": "tp_boarding", "scenery": "tp_boarding",
            "seasick": "tp_boarding", "group": "tp_name_list", "cancel": "tp_ticket_change", "clean": "tp_boarding",
            "app_easy": "tp_search", "other": ""}
TOPIC_ALT = {"comp_slow": ["tp_claim", "tp_claim_review", "tp_support"], "delay": ["tp_boarding"],
             "seat_map": ["tp_search"], "verification": ["tp_payment"], "cafe": ["tp_cafe_order"],
             "miles": ["tp_miles_redeem"]}


def topic_tp(topic):
    if topic in TOPIC_ALT and rng.random() < 0.2:
        return pick(TOPIC_ALT[topic])
    return TOPIC_TP[topic]


def text_for(topic, lang):
    zh, en = T[topic]
    s = pick(zh if lang == "zh" else en)
    low = s.lower()
    hits = {t for t, ms in MARKERS.items() if any(m in low for m in ms)}
    assert hits == ({topic} if topic != "other" else set()), (s, hits)
    return s


def rating_for(topic):
    if topic in ("comp_slow", "comp_rejected", "seat_map"):
        return pick([1, 2, 3], [0.6, 0.32, 0.08])
    if topic in NEG:
        return pick([1, 2, 3], [0.4, 0.4, 0.2])
    if topic in POS:
        return pick([4, 5], [0.3, 0.7])
    if topic == "cafe":
        return pick([2, 3, 4, 5], [0.25, 0.25, 0.3, 0.2])
    return pick([3, 4, 5], [0.35, 0.45, 0.2])


def nps_for(r):
    return int(np.clip(round(r * 2.2 - 0.3 + rng.normal(0, 1.2)), 0, 10))


# ---------- tables ----------
events, orders, feedback, truth, customers = [], [], [], [], []
seq = {"o": 0, "f": 0, "s": 0, "g": 0, "k": 0, "cl": 0, "t": 0}
SAILINGS: dict[str, tuple[int, bool]] = {}
STATS: dict[str, int] = {}


def nid(k, prefix, width):
    seq[k] += 1
    return f"{prefix}{seq[k]:0{width}d}"


def route_cols(rid):
    r = ROUTES[rid]
    return dict(route_id=rid, route=r[0], route_en=r[1])


def ev(c, ts, tp, action, rid=None, **kw):
    if ts > END:
        return None
    r = dict(event_id="", customer_id=c["customer_id"], ts=iso(ts), touchpoint_id=tp, session_id=kw.pop("session_id", ""),
             action=action, device=kw.pop("device", ""), channel=kw.pop("channel", ""))
    if rid:
        r.update(route_cols(rid))
    r.update(kw)
    events.append(r)
    return r


OTYPE_ZH = {"passenger_ticket": "客票", "vehicle_ticket": "车辆船票", "group_ticket": "团队票", "cafe": "船上餐饮"}


def order(c, ts, otype, rid, local, status, **kw):
    if ts > END:
        return None
    cur = ROUTES[rid][4]
    r = dict(order_id=nid("o", "O", 7), customer_id=c["customer_id"], ts=iso(ts),
             amount=round(local * (HKD if cur == "HKD" else 1.0), 2), status=status,
             channel=kw.pop("channel", ""), device=kw.pop("device", ""), order_type=otype, 订单类型=OTYPE_ZH[otype],
             currency=cur, amount_local=round(local, 2), **route_cols(rid))
    r.update(kw)
    orders.append(r)
    return r


def fb(c, ts, topic, channel, tp="auto", rated=True, nps=False, lang=None, rid=None, **kw):
    if ts is not None and ts > END:
        return
    if lang is None:
        lang = c["preferred_language"] if c else "zh"
    fid = nid("f", "F", 6)
    r = rating_for(topic) if rated and channel not in ("call_note", "social") else None
    row = dict(feedback_id=fid, text=text_for(topic, lang), ts=iso(ts) if ts else "",
               customer_id=c["customer_id"] if c else "", touchpoint_id=(topic_tp(topic) if tp == "auto" else tp) or "",
               channel=channel, rating=r if r is not None else "", nps=nps_for(r) if nps and r is not None else "",
               language=lang)
    if rid:
        row.update(route_cols(rid))
    row.update(kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic))


# ---------- calendar ----------
def day_weights(kind):
    w = np.ones(NDAYS)
    for i in range(NDAYS):
        d = START.date() + D(days=i)
        x = 1.0
        if kind == "leisure":
            x *= [0.85, 0.85, 0.9, 0.95, 1.15, 1.5, 1.3][d.weekday()]
            x *= {1: 0.7, 2: 0.9, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.0, 7: 1.5, 8: 1.6, 9: 0.95, 10: 1.2, 11: 0.8,
                  12: 0.8}[d.month]
            for a, b, f in HOLIDAYS:
                if a <= d <= b:
                    x *= f
        else:
            x *= [1.1, 1.1, 1.1, 1.1, 1.1, 0.7, 0.6][d.weekday()]
            for a, b, f in HOLIDAYS:
                if a <= d <= b:
                    x *= 0.6
        if d.year == 2026:
            x *= 1.12
        w[i] = x
    return w / w.sum()


W = {"leisure": day_weights("leisure"), "work": day_weights("work")}


CUM = {k: np.cumsum(w) for k, w in W.items()}


def draw_day(kind, lo=0):
    cum = CUM[kind]
    base = cum[lo - 1] if lo else 0.0
    i = int(np.searchsorted(cum, base + rng.random() * (cum[-1] - base), side="right"))
    return START.date() + D(days=min(max(i, lo), NDAYS - 1))


def at(d, hhmm):
    h, m = map(int, hhmm.split(":"))
    return datetime(d.year, d.month, d.day, h, m)


def sailing(rid, d, hhmm):
    sid = f"{rid}-{d:%Y%m%d}-{hhmm.replace(':', '')}"
    if sid not in SAILINGS:
        if d in TYPHOON.get(rid, []):
            SAILINGS[sid] = (0, True)
        else:
            p = {"XM-GLY": 0.03, "XM-KM": 0.04, "ZS-PTS": 0.04, "ZS-CAR": 0.05, "HK-MO": 0.05, "HKA-TP": 0.06}[rid]
            if rid == "ZS-PTS" and d.month in (3, 4, 5):
                p = 0.34 if d.year == 2026 else 0.10
            if rid == "ZS-CAR" and d.month in (3, 4, 5) and d.year == 2026:
                p = 0.12
            if rid == "HK-MO" and d.month in (1, 2):
                p = 0.08
            if rng.random() < p:
                dm = int(min(240, 30 + rng.exponential(45)))
            else:
                dm = pick([0, 0, 0, 0, 0, 0, 5, 10, 15, 20])
            SAILINGS[sid] = (dm, False)
    return sid, SAILINGS[sid][0], SAILINGS[sid][1]


# ---------- customers ----------
REGIONS = {
    "xiamen": (["Fujian", "Guangdong", "Jiangxi", "Taiwan", "Other mainland"], [0.55, 0.12, 0.08, 0.05, 0.2]),
    "zhoushan": (["Zhejiang", "Shanghai", "Jiangsu", "Other mainland"], [0.5, 0.25, 0.15, 0.1]),
    "hkmo": (["Hong Kong", "Macau", "Guangdong", "Overseas", "Other mainland"], [0.35, 0.12, 0.25, 0.13, 0.15]),
}
REGION_ZH = {"Fujian": "福建", "Guangdong": "广东", "Jiangxi": "江西", "Taiwan": "台湾", "Other mainland": "其他内地省份",
             "Zhejiang": "浙江", "Shanghai": "上海", "Jiangsu": "江苏", "Hong Kong": "香港", "Macau": "澳门",
             "Overseas": "海外"}
CITY = {"Fujian": ["厦门", "泉州", "漳州", "福州"], "Guangdong": ["广州", "深圳", "珠海", "佛山"], "Jiangxi": ["南昌", "赣州"],
        "Taiwan": ["金门", "台北"], "Other mainland": ["北京", "成都", "武汉", "西安", "长沙"],
        "Zhejiang": ["舟山", "宁波", "杭州", "温州"], "Shanghai": ["上海"], "Jiangsu": ["苏州", "南京", "无锡"],
        "Hong Kong": ["香港"], "Macau": ["澳门"], "Overseas": ["Singapore", "London", "Sydney", "Tokyo", "Toronto"]}
DOC = {"Hong Kong": "hk_id", "Macau": "macau_id", "Taiwan": "taiwan_compatriot_permit", "Overseas": "passport"}
SEG_N = {"tourist": 1850, "island_resident": 480, "business": 560, "senior": 440}
CLUSTER_P = {"tourist": ([0.38, 0.34, 0.28]), "island_resident": [0.45, 0.55, 0.0], "business": [0.25, 0.0, 0.75],
             "senior": [0.35, 0.45, 0.2]}


def make_customers():
    out = []
    for seg, n in SEG_N.items():
        for _ in range(n):
            cl = pick(["xiamen", "zhoushan", "hkmo"], CLUSTER_P[seg])
            if seg == "island_resident":
                region = "Fujian" if cl == "xiamen" else "Zhejiang"
            else:
                region = pick(*REGIONS[cl])
            p_en = {"Overseas": 1.0, "Hong Kong": 0.65, "Macau": 0.5, "Taiwan": 0.1}.get(region, 0.05)
            if seg == "business":
                p_en = max(p_en, 0.3)
            lang = "en" if rng.random() < p_en else "zh"
            legacy = rng.random() < {"tourist": 0.3, "island_resident": 0.8, "business": 0.6, "senior": 0.4}[seg]
            os_ = pick(["ios", "android"], [0.62, 0.38] if cl == "hkmo" else [0.4, 0.6])
            c = dict(customer_id="", signup_at="", segment=seg, 客户类型=SEG_ZH[seg], region=region,
                     地区=REGION_ZH[region], acquisition_channel="", 获客渠道="", tier="none", 会员等级="",
                     home_city=pick(CITY[region]), home_port_area=cl, id_doc_type=DOC.get(region, "cn_id"),
                     birth_year=ri(1940, 1964) if seg == "senior" else ri(1966, 2004), gender=pick(["F", "M"]),
                     preferred_language=lang, phone_os=os_, member_no="", miles_balance=0,
                     marketing_opt_in=bool(rng.random() < 0.55), agent_name="", agent_name_en="", agent_licence="",
                     credit_terms_days="", _legacy=legacy, _member=False, _join=None, _boardings=[],
                     _car=bool(cl == "zhoushan" and rng.random() < (0.6 if seg == "island_resident" else 0.5)),
                     _pay=None)
            if legacy:
                c["_signup"] = datetime(2021, 3, 1) + D(days=ri(0, 1380), hours=ri(8, 22), minutes=ri(0, 59))
                c["_member"] = rng.random() < {"tourist": 0.18, "island_resident": 0.6, "business": 0.7,
                                               "senior": 0.15}[seg]
            else:
                c["_signup"] = None
            c["acquisition_channel"] = pick(["app_store", "wechat", "ota", "search_ads", "referral", "pier_counter"],
                                            {"tourist": [0.2, 0.25, 0.3, 0.12, 0.08, 0.05],
                                             "island_resident": [0.25, 0.35, 0.02, 0.03, 0.15, 0.2],
                                             "business": [0.35, 0.1, 0.25, 0.2, 0.08, 0.02],
                                             "senior": [0.08, 0.35, 0.12, 0.03, 0.22, 0.2]}[seg])
            if cl == "hkmo" or region in ("Hong Kong", "Macau", "Overseas"):
                c["_pay"] = pick(["visa", "mastercard", "alipay_hk", "wechat_pay", "fps", "alipay"],
                                 [0.3, 0.18, 0.22, 0.12, 0.08, 0.1])
            else:
                c["_pay"] = pick(["wechat_pay", "alipay", "unionpay"], [0.55, 0.35, 0.1])
            out.append(c)
    for zh, en, cl, wgt in AGENTS:
        c = dict(customer_id="", signup_at="", segment="tour_agent", 客户类型=SEG_ZH["tour_agent"],
                 region={"xiamen": "Fujian", "zhoushan": pick(["Zhejiang", "Shanghai"]), "hkmo": "Hong Kong"}[cl],
                 acquisition_channel="sales_team", tier="none", home_port_area=cl, preferred_language="zh",
                 agent_name=zh, agent_name_en=en, agent_licence=f"L-{cl[:2].upper()}-{ri(10000, 99999)}",
                 credit_terms_days=pick([0, 15, 30]), phone_os="", _legacy=True, _member=False, _join=None,
                 _boardings=[], _car=False, _pay="agent_credit", _weight=wgt,
                 _signup=datetime(2019, 1, 1) + D(days=ri(0, 2000), hours=ri(9, 17)), birth_year="", gender="",
                 id_doc_type="business_licence", marketing_opt_in=True, member_no="", miles_balance=0)
        c["地区"] = REGION_ZH[c["region"]]
        if en == "Pearl Delta Tours":
            c["preferred_language"] = "en"
        out.append(c)
    # small agencies
    used = {a[0] for a in AGENTS}
    p1 = [("海", "Hai"), ("鹭", "Lu"), ("东", "Dong"), ("南", "Nan"), ("星", "Xing"), ("悦", "Yue"), ("乐", "Le"),
          ("嘉", "Jia"), ("安", "An"), ("华", "Hua")]
    p2 = [("程", "cheng"), ("游", "you"), ("行", "xing"), ("途", "tu"), ("航", "hang"), ("景", "jing")]
    sfx = [("旅行社", "Travel Agency"), ("国旅", "International Travel"), ("旅游", "Tourism"), ("假期", "Holidays")]
    cities = {"Fujian": [("厦门", "Xiamen"), ("泉州", "Quanzhou"), ("漳州", "Zhangzhou")],
              "Guangdong": [("广州", "Guangzhou"), ("深圳", "Shenzhen"), ("珠海", "Zhuhai")],
              "Zhejiang": [("舟山", "Zhoushan"), ("杭州", "Hangzhou"), ("宁波", "Ningbo")], "Shanghai": [("上海", "Shanghai")],
              "Jiangsu": [("苏州", "Suzhou"), ("南京", "Nanjing")], "Hong Kong": [("香港", "Hong Kong")],
              "Macau": [("澳门", "Macau")]}
    for i in range(52):
        cl = pick(["xiamen", "zhoushan", "hkmo"], [0.4, 0.35, 0.25])
        region = {"xiamen": pick(["Fujian", "Guangdong"]), "zhoushan": pick(["Zhejiang", "Shanghai", "Jiangsu"]),
                  "hkmo": pick(["Hong Kong", "Macau", "Guangdong"])}[cl]
        while True:
            (cz, ce), (az, ae), (bz, be), (sz, se) = pick(cities[region]), pick(p1), pick(p2), pick(sfx)
            zh, en = f"{cz}{az}{bz}{sz}", f"{ce} {ae}{be} {se}"
            if zh not in used:
                used.add(zh)
                break
        c = dict(customer_id="", signup_at="", segment="tour_agent", 客户类型=SEG_ZH["tour_agent"], region=region,
                 地区=REGION_ZH[region], acquisition_channel="sales_team", tier="none", home_port_area=cl,
                 preferred_language="zh", agent_name=zh, agent_name_en=en,
                 agent_licence=f"L-{cl[:2].upper()}-{ri(10000, 99999)}", credit_terms_days=pick([0, 15, 30]),
                 phone_os="", _legacy=rng.random() < 0.7, _member=False, _join=None, _boardings=[], _car=False,
                 _pay="agent_credit", _weight=0.35, birth_year="", gender="", id_doc_type="business_licence",
                 marketing_opt_in=True, member_no="", miles_balance=0)
        c["_signup"] = datetime(2019, 1, 1) + D(days=ri(0, 2000), hours=ri(9, 17)) if c["_legacy"] else None
        out.append(c)
    order_ = rng.permutation(len(out))
    out = [out[i] for i in order_]
    for i, c in enumerate(out, 1):
        c["customer_id"] = f"C{i:05d}"
        c["获客渠道"] = ACQ_ZH[c["acquisition_channel"]]
        customers.append(c)
    return out


# ---------- simulation ----------
def pay_attempts(c, t, rid, channel, device, sess, local, otype, **okw):
    """one or more payment events; returns (success time or None, method)."""
    method = c["_pay"]
    if ROUTES[rid][4] == "CNY" and method in ("visa", "mastercard", "alipay_hk", "fps"):
        method = pick(["alipay", "wechat_pay", method], [0.4, 0.3, 0.3])
    if ROUTES[rid][4] == "HKD" and method == "unionpay":
        method = "alipay"
    first = t
    for attempt in (1, 2, 3):
        p_fail = {"wechat_pay": 0.03, "alipay": 0.03, "unionpay": 0.07, "visa": 0.11, "mastercard": 0.21,
                  "alipay_hk": 0.04, "fps": 0.05}[method]
        failed = rng.random() < p_fail
        reason = ""
        if failed:
            reason = pick(["bank_declined", "3ds_failed", "timeout", "insufficient_funds"],
                          [0.3, 0.5, 0.15, 0.05] if method in ("visa", "mastercard") else [0.3, 0.05, 0.5, 0.15])
        ev(c, t, "tp_payment", "fail" if failed else "success", rid, session_id=sess, device=device, channel=channel,
           payment_method=method, 支付方式=PAY_ZH[method], attempt_no=attempt, fail_reason=reason,
           失败原因=PAYFAIL_ZH.get(reason, ""), amount_local=round(local, 2), currency=ROUTES[rid][4])
        if not failed:
            o = order(c, first, otype, rid, local, "paid", channel=channel, device=device, session_id=sess,
                      payment_method=method, 支付方式=PAY_ZH[method], **okw)
            return (t, method, o) if o else (None, method, None)
        if rng.random() > 0.6:
            break
        t = t + D(minutes=ri(1, 6))
        method = pick(["alipay", "wechat_pay"]) if method in ("visa", "mastercard", "unionpay") else method
    order(c, first, otype, rid, local, "cancelled", channel=channel, device=device, session_id=sess,
          payment_method=method, 支付方式=PAY_ZH[method], **okw)
    return None, method, None


def app_version(device, t):
    if device == "android":
        return "6.2.4" if t < ANDROID_BUG[0] else "6.3.0" if t < ANDROID_BUG[1] else "6.3.1" if t < datetime(2026, 1, 10) \
            else "6.4.0"
    return "6.2.4" if t < ANDROID_BUG[0] else "6.3.0" if t < datetime(2026, 1, 10) else "6.4.0"


def member_now(c, t):
    return c["_member"] or (c["_join"] is not None and c["_join"] <= t)


def trip(c, rid, dep, sid, sess, channel, device, pax, seat_class, local, otype, order_obj_paid, vehicle=False):
    """after a ticket: refund / typhoon / delay notice / boarding / cafe / claims / miles / survey."""
    delay, cancelled = SAILINGS[sid]
    if cancelled:
        t = dep - D(hours=ri(8, 30))
        ev(c, t, "tp_ticket_change", "auto_refund", rid, session_id=sess, channel="app", sailing_id=sid,
           change_type="auto_refund", 退改类型=CHANGE_ZH["auto_refund"], refund_local=round(local, 2), fee_local=0)
        order_obj_paid["status"] = "refunded"
        order_obj_paid["refund_reason"] = "sailing_cancelled"
        if rng.random() < 0.12:
            fb(c, t + D(hours=ri(1, 48)), "cancel", pick(["app_review", "call_note"]), rid=rid)
        STATS["auto_refund"] = STATS.get("auto_refund", 0) + 1
        return
    if rng.random() < (0.035 if c["segment"] != "business" else 0.06):
        lead = (dep - datetime.fromisoformat(order_obj_paid["ts"])).total_seconds() / 3600
        if lead > 3:
            t = datetime.fromisoformat(order_obj_paid["ts"]) + D(hours=float(rng.uniform(1, lead - 1)))
            fee = 0.2 if lead < 48 else 0.1
            ev(c, t, "tp_ticket_change", "refund", rid, session_id=sess, channel=channel, device=device,
               sailing_id=sid, change_type="refund", 退改类型=CHANGE_ZH["refund"], refund_local=round(local * (1 - fee), 2),
               fee_local=round(local * fee, 2))
            order_obj_paid["status"] = "refunded"
            order_obj_paid["refund_reason"] = "passenger_request"
            if rng.random() < 0.15:
                fb(c, t + D(hours=ri(1, 24)), "refund_fee", pick(["app_review", "ticket"]), rid=rid)
            return
    if delay >= 30:
        ev(c, dep - D(minutes=ri(15, 40)), "tp_delay_notice", "notified", rid, session_id=sess, channel="sms",
           sailing_id=sid, delay_min=delay)
    if rng.random() < 0.035:
        return  # no-show
    board = dep + D(minutes=delay - ri(3, 15))
    ev(c, board, "tp_boarding", "boarded", rid, session_id=sess, channel="pier", sailing_id=sid, delay_min=delay,
       pax_count=pax, seat_class=seat_class, 舱位=CLASS_ZH[seat_class], gate=f"G{ri(1, 6)}",
       pier=ROUTES[rid][3])
    c["_boardings"].append(board)
    if member_now(c, board):
        miles = int(round(local * (HKD if ROUTES[rid][4] == "HKD" else 1.0)))
        ev(c, board + D(hours=ri(20, 40)), "tp_miles_credit", "credited", rid, session_id=sess, channel="app",
           miles=miles, sailing_id=sid)
        c["miles_balance"] += miles
        if c["miles_balance"] >= 300 and rng.random() < 0.3:
            rw = pick(["free_ticket", "cafe_voucher", "seat_upgrade"], [0.5, 0.3, 0.2])
            used = {"free_ticket": 300 if c["miles_balance"] < 600 else 600, "cafe_voucher": 100, "seat_upgrade": 200}[rw]
            ev(c, board + D(days=ri(2, 40), hours=ri(0, 12)), "tp_miles_redeem", "redeemed", channel="app", miles=used,
               reward=rw, 兑换奖励=REWARD_ZH[rw])
            c["miles_balance"] -= used
    elif not c["_member"] and c["_join"] is None and c["segment"] != "tour_agent":
        if rng.random() < {"tourist": 0.12, "island_resident": 0.35, "business": 0.4, "senior": 0.06}[c["segment"]]:
            c["_join"] = board + D(hours=ri(1, 72))
            ev(c, c["_join"], "tp_member_join", "joined", channel=pick(["app", "mini_program"], [0.7, 0.3]),
               device=c["phone_os"] or "")
    # onboard cafe
    if ROUTES[rid][7] and rng.random() < (0.3 if vehicle else 0.33):
        cafe(c, board + D(minutes=ri(8, 25)), rid, sid, device)
    # delay claim
    if delay >= 30:
        p = 0.62 if delay >= 60 else 0.15
        if c["segment"] == "business":
            p += 0.15
        if rng.random() < p:
            claim(c, board + D(hours=ri(2, 120)), rid, sid, delay, local)
        elif delay >= 60 and rng.random() < 0.06:
            fb(c, board + D(hours=ri(1, 30)), "delay", pick(["app_review", "ticket"]), rid=rid)
    # post-trip survey
    if rng.random() < (0.1 if delay < 30 else 0.22):  # delayed passengers answer the survey more often
        topic = survey_topic(c, rid, delay, board, vehicle)
        fb(c, board + D(hours=ri(3, 72)), topic, "survey", nps=True, rid=rid, sailing_id=sid)


def survey_topic(c, rid, delay, board, vehicle):
    if delay >= 60 and rng.random() < 0.75:
        return "delay"
    if delay >= 30 and rng.random() < 0.45:
        return "delay"
    if vehicle and (board.date() - GOLDEN_WEEK[0]).days in range(7) and rng.random() < 0.6:
        return "vehicle_check"
    if vehicle and rng.random() < 0.15:
        return "vehicle_check"
    d = board.date()
    if any(a <= d <= b for a, b, _ in HOLIDAYS) and rng.random() < 0.4:
        return "queue"
    return pick(["crew", "scenery", "clean", "seasick", "queue", "miles", "app_easy", "other", "cafe"],
                [0.14, 0.16, 0.1, 0.06, 0.05, 0.04, 0.08, 0.3, 0.07])


def cafe(c, t, rid, sid, device):
    sess = nid("k", "K", 6)
    dev = device or c["phone_os"] or "android"
    ev(c, t, "tp_cafe_menu", "view", rid, session_id=sess, channel="mini_program", device=dev, sailing_id=sid)
    if rng.random() > 0.62:
        return
    t += D(minutes=ri(1, 6))
    items = pick(["coffee", "milk_tea", "hot_dog", "noodles", "sandwich", "snack_box"])
    local = {"CNY": pick([28, 32, 38, 45, 58, 66]), "HKD": pick([38, 42, 55, 68, 78, 95])}[ROUTES[rid][4]]
    local *= pick([1, 1, 1, 2])
    ev(c, t, "tp_cafe_order", "submit", rid, session_id=sess, channel="mini_program", device=dev, sailing_id=sid,
       menu_item=items, amount_local=local, currency=ROUTES[rid][4])
    t += D(minutes=ri(0, 2))
    if rng.random() < 0.05:
        ev(c, t, "tp_cafe_pay", "fail", rid, session_id=sess, channel="mini_program", device=dev, sailing_id=sid)
        return
    ev(c, t, "tp_cafe_pay", "success", rid, session_id=sess, channel="mini_program", device=dev, sailing_id=sid,
       amount_local=local, currency=ROUTES[rid][4])
    o = order(c, t, "cafe", rid, local, "paid", channel="onboard_qr", device=dev, session_id=sess, sailing_id=sid,
              menu_item=items)
    if rng.random() < 0.05:  # sold out -> refunded
        if o:
            o["status"] = "refunded"
            o["refund_reason"] = "sold_out"
        if rng.random() < 0.5:
            fb(c, t + D(minutes=ri(5, 60)), "cafe", "cafe_rating", rid=rid)
        return
    t += D(minutes=ri(4, 15))
    ev(c, t, "tp_cafe_pickup", "picked_up", rid, session_id=sess, channel="onboard", sailing_id=sid, wait_min=ri(3, 14))
    if rng.random() < 0.12:
        fb(c, t + D(minutes=ri(5, 90)), pick(["cafe", "other"], [0.8, 0.2]), "cafe_rating", rid=rid, tp="tp_cafe_pickup")


def claim_speed(t):
    """days to review and to pay; the new claims system from January 2026 is slower every month."""
    if t < datetime(2026, 1, 1):
        return (ri(1, 4), ri(1, 3)) if rng.random() > 0.06 else (ri(8, 16), ri(2, 6))
    k = (t.year - 2026) * 12 + t.month  # 1..5
    return ri(3 + 3 * k, 9 + 6 * k), ri(3, 5 + 2 * k)


def claim(c, t, rid, sid, delay, local):
    cid_ = nid("cl", "CL", 5)
    cny = local * (HKD if ROUTES[rid][4] == "HKD" else 1.0)
    dev = c["phone_os"] or "pc"
    ev(c, t, "tp_claim", "submitted", rid, session_id=cid_, channel=pick(["app", "web", "mini_program"], [0.6, 0.2, 0.2]),
       device=dev, sailing_id=sid, delay_min=delay, claimed_cny=round(cny * (0.5 if delay >= 120 else 0.3), 2))
    rd, pdays = claim_speed(t)
    tr = t + D(days=rd, hours=ri(0, 8))
    if delay < 60:
        ok, reason = False, "delay_under_60min"
    else:
        r = rng.random()
        ok, reason = (r >= 0.13), ("" if r >= 0.13 else pick(["no_valid_ticket", "duplicate_claim", "weather_exempt"],
                                                              [0.35, 0.25, 0.4]))
    if tr <= END:
        ev(c, tr, "tp_claim_review", "approved" if ok else "rejected", rid, session_id=cid_, channel="back_office",
           sailing_id=sid, review_days=rd, reject_reason=reason, 驳回原因=REJECT_ZH.get(reason, ""))
        if not ok and rng.random() < 0.25:
            fb(c, tr + D(hours=ri(2, 48)), "comp_rejected", pick(["ticket", "app_review", "call_note"]), rid=rid)
    tp_ = tr + D(days=pdays, hours=ri(0, 8)) if ok else None
    if ok and tp_ <= END:
        method = pick(["cash", "voucher", "miles"], [0.5, 0.35, 0.15])
        amt = round(cny * (0.5 if delay >= 120 else 0.3), 2)
        ev(c, tp_, "tp_compensation", "paid", rid, session_id=cid_, channel="back_office", sailing_id=sid,
           comp_amount_cny=amt, comp_method=method, 赔付方式=COMP_ZH[method], days_since_claim=(tp_ - t).days)
    # slow payout complaints
    wait_end = tp_ if (ok and tp_ <= END) else END if ok or tr > END else None
    if wait_end is not None:
        waited = (wait_end - t).days
        if waited >= 10:
            n = 1 + (waited >= 25) + (waited >= 40)
            for i in range(n):
                if rng.random() < 0.7:
                    tt = t + D(days=ri(9, max(10, waited)), hours=ri(0, 12))
                    ch = pick(["ticket", "call_note", "app_review"], [0.55, 0.3, 0.15])
                    fb(c, tt, "comp_slow", ch, rid=rid, rated=(ch != "call_note"))
                    if ch == "call_note":
                        ev(c, tt, "tp_support", "call", channel="phone", reason="claim_status",
                           咨询原因=SUPPORT_ZH["claim_status"], handle_min=ri(4, 20))
    STATS["claims"] = STATS.get("claims", 0) + 1


def passenger_session(c, travel, rid):
    """online booking (search -> seat -> passenger info -> payment -> ticket -> boarding) or a pier counter sale."""
    seg = c["segment"]
    r = ROUTES[rid]
    hhmm = pick(r[8])
    dep = at(travel, hhmm)
    sid = f"{rid}-{travel:%Y%m%d}-{hhmm.replace(':', '')}"
    sailing(rid, travel, hhmm)
    pax = {"tourist": pick([1, 2, 3, 4], [0.3, 0.4, 0.15, 0.15]), "island_resident": 1, "business": 1,
           "senior": pick([1, 2], [0.5, 0.5])}[seg]
    premium = rng.random() < ({"business": 0.4, "tourist": 0.12, "senior": 0.05, "island_resident": 0.02}[seg]
                              if r[4] == "HKD" or rid == "XM-KM" else 0.05)
    seat_class = "premium" if premium else "economy"
    local = r[5] * (1.9 if premium and r[4] == "HKD" else 1.5 if premium else 1.0) * pax
    if rid == "XM-GLY" and dep.hour >= 18:
        local = 50 * pax
    counter_p = {"tourist": 0.07, "island_resident": 0.1, "business": 0.03, "senior": 0.4}[seg]
    sess = nid("s", "S", 6)
    if rng.random() < counter_p:
        t = dep - D(minutes=ri(20, 90))
        if t < START:
            return
        ev(c, t, "tp_ticket", "issued", rid, session_id=sess, channel="counter", sailing_id=sid, pax_count=pax,
           seat_class=seat_class, 舱位=CLASS_ZH[seat_class])
        method = "cash" if rng.random() < 0.3 else c["_pay"]
        o = order(c, t, "passenger_ticket", rid, local, "paid", channel="counter", session_id=sess, sailing_id=sid,
                  travel_date=str(travel), seat_class=seat_class, 舱位=CLASS_ZH[seat_class], pax_count=pax,
                  payment_method=method, 支付方式=PAY_ZH[method])
        if o:
            trip(c, rid, dep, sid, sess, "counter", "", pax, seat_class, local, "passenger_ticket", o)
        return
    lead = {"tourist": min(25, int(rng.geometric(0.16)) - 1), "senior": min(25, int(rng.geometric(0.14)) - 1),
            "island_resident": ri(0, 2), "business": ri(0, 4)}[seg]
    t = datetime(travel.year, travel.month, travel.day) - D(days=lead) + D(minutes=ri(7 * 60, 23 * 60 + 30))
    if t >= dep:
        t = dep - D(minutes=ri(60, 180))
    if t < START:
        return
    if c["_signup"] is None:
        c["_signup"] = t - D(minutes=ri(2, 240))
    channel = pick(["app", "mini_program", "web"], {"tourist": [0.45, 0.4, 0.15], "island_resident": [0.7, 0.25, 0.05],
                                                   "business": [0.6, 0.05, 0.35], "senior": [0.3, 0.6, 0.1]}[seg])
    device = "pc" if channel == "web" else c["phone_os"]
    ver = app_version(device, t) if channel == "app" else ""
    base = dict(session_id=sess, device=device, channel=channel)
    ev(c, t, "tp_search", "search", rid, **base, travel_date=str(travel), pax_count=pax, app_version=ver,
       locale="en-HK" if c["preferred_language"] == "en" else "zh-CN")
    for _ in range(pick([0, 0, 1, 2])):
        t += D(minutes=ri(1, 4))
        ev(c, t, "tp_search", "search", rid, **base, travel_date=str(travel), pax_count=pax, app_version=ver,
           locale="en-HK" if c["preferred_language"] == "en" else "zh-CN")
    if rng.random() > {"tourist": 0.72, "island_resident": 0.93, "business": 0.86, "senior": 0.86}[seg]:
        STATS["browse"] = STATS.get("browse", 0) + 1
        return
    t += D(minutes=ri(1, 5))
    bug = device == "android" and ANDROID_BUG[0] <= t < ANDROID_BUG[1]  # seat-map SDK 3.0 in app and mini program
    if rng.random() < (0.8 if bug else 0.03):
        ev(c, t, "tp_seat", "fail", rid, **base, sailing_id=sid, app_version=ver,
           fail_reason="seat_map_timeout", 失败原因="座位图加载超时")
        if bug and rng.random() < 0.16:
            fb(c, t + D(minutes=ri(5, 600)), "seat_map", "app_review", rid=rid)
        if rng.random() > 0.15:
            return
        t += D(minutes=ri(3, 20))
    ev(c, t, "tp_seat", "select", rid, **base, sailing_id=sid, app_version=ver, seat_class=seat_class,
       舱位=CLASS_ZH[seat_class], seat_no=f"{ri(1, 40)}{pick('ABCDEF')}")
    if rng.random() > 0.94:
        return
    t += D(minutes=ri(1, 6))
    p_fail = {"senior": 0.55}.get(seg, 0.04) + (0.06 if rid == "XM-KM" else 0.0)
    if rng.random() < p_fail:
        reason = "face_check_failed" if seg == "senior" or rng.random() < 0.5 else pick(["permit_invalid",
                                                                                         "name_mismatch"])
        if rid == "XM-KM" and seg != "senior" and rng.random() < 0.6:
            reason = "permit_invalid"
        ev(c, t, "tp_passenger_info", "failed", rid, **base, pax_count=pax, fail_reason=reason,
           失败原因=VERIFY_ZH[reason], id_doc_type=c["id_doc_type"])
        if seg == "senior" and rng.random() < 0.16:
            fb(c, t + D(hours=ri(1, 48)), "verification", pick(["app_review", "call_note"], [0.4, 0.6]), rid=rid,
               rated=None)
            ev(c, t + D(minutes=ri(10, 120)), "tp_support", "call", channel="phone", reason="verification",
               咨询原因=SUPPORT_ZH["verification"], handle_min=ri(5, 25))
        if rng.random() > (0.15 if seg == "senior" else 0.5):
            return
        t += D(minutes=ri(2, 15))
    ev(c, t, "tp_passenger_info", "verified", rid, **base, pax_count=pax, id_doc_type=c["id_doc_type"])
    if rng.random() > 0.92:
        return
    t += D(minutes=ri(1, 5))
    ok_t, method, o = pay_attempts(c, t, rid, channel, device, sess, local, "passenger_ticket", sailing_id=sid,
                                travel_date=str(travel), seat_class=seat_class, 舱位=CLASS_ZH[seat_class],
                                pax_count=pax)
    if ok_t is None:
        if rng.random() < 0.15:
            fb(c, t + D(minutes=ri(5, 300)), "payment_fail", pick(["app_review", "ticket"]), rid=rid)
        return
    if method in ("visa", "mastercard") and len([e for e in events[-3:] if e.get("action") == "fail"]) and \
            rng.random() < 0.12:
        fb(c, ok_t + D(minutes=ri(5, 300)), "payment_fail", pick(["app_review", "ticket"]), rid=rid)
    ev(c, ok_t + D(seconds=ri(5, 50)), "tp_ticket", "issued", rid, **base, sailing_id=sid, pax_count=pax,
       seat_class=seat_class, 舱位=CLASS_ZH[seat_class])
    if rng.random() < 0.02:
        fb(c, ok_t + D(minutes=ri(5, 120)), "app_easy", "app_review", rid=rid)
    trip(c, rid, dep, sid, sess, channel, device, pax, seat_class, local, "passenger_ticket", o)


def vehicle_session(c, travel):
    rid = "ZS-CAR"
    r = ROUTES[rid]
    hhmm = pick(r[8])
    dep = at(travel, hhmm)
    sid, _, _ = sailing(rid, travel, hhmm)
    lead = ri(0, 3) if c["segment"] == "island_resident" else min(20, int(rng.geometric(0.2)) - 1)
    t = datetime(travel.year, travel.month, travel.day) - D(days=lead) + D(minutes=ri(7 * 60, 22 * 60))
    if t >= dep:
        t = dep - D(minutes=ri(90, 240))
    if t < START:
        return
    if c["_signup"] is None:
        c["_signup"] = t - D(minutes=ri(2, 240))
    sess = nid("s", "S", 6)
    channel = pick(["app", "mini_program", "web"], [0.55, 0.35, 0.1])
    device = "pc" if channel == "web" else c["phone_os"]
    base = dict(session_id=sess, device=device, channel=channel)
    ev(c, t, "tp_vehicle_search", "search", rid, **base, travel_date=str(travel))
    if rng.random() > 0.74:
        return
    vt = c.setdefault("_vt", pick(["car", "suv", "mpv", "van"], [0.5, 0.3, 0.12, 0.08]))
    t += D(minutes=ri(1, 6))
    ev(c, t, "tp_vehicle_info", "submit", rid, **base, vehicle_type=vt, 车型=VEH_ZH[vt],
       plate_region=pick(["浙L", "浙B", "沪", "苏", "浙A"], [0.4, 0.25, 0.2, 0.1, 0.05]),
       vehicle_length_m=round(float({"car": 4.7, "suv": 4.9, "mpv": 5.1, "van": 5.3}[vt] + rng.normal(0, 0.1)), 1))
    if rng.random() > 0.9:
        return
    pax = pick([1, 2, 3, 4], [0.35, 0.35, 0.15, 0.15])
    local = VEH_FARE[vt] + r[5] * (pax - 1)
    t += D(minutes=ri(1, 5))
    ok_t, method, o = pay_attempts(c, t, rid, channel, device, sess, local, "vehicle_ticket", sailing_id=sid,
                                travel_date=str(travel), vehicle_type=vt, 车型=VEH_ZH[vt], pax_count=pax)
    if ok_t is None:
        return
    ev(c, ok_t + D(seconds=ri(5, 50)), "tp_ticket", "issued", rid, **base, sailing_id=sid, pax_count=pax,
       vehicle_type=vt, 车型=VEH_ZH[vt])
    delay, cancelled = SAILINGS[sid]
    if cancelled:
        trip(c, rid, dep, sid, sess, channel, device, pax, "economy", local, "vehicle_ticket", o, vehicle=True)
        return
    if rng.random() < 0.04:
        return
    d = travel
    wait = 18 + rng.exponential(8)
    if d.weekday() >= 5:
        wait += 12
    if GOLDEN_WEEK[0] <= d <= GOLDEN_WEEK[1]:
        wait += 55 + rng.exponential(15)
    elif any(a <= d <= b for a, b, _ in HOLIDAYS):
        wait += 25
    wait = int(round(wait))
    ev(c, dep - D(minutes=wait + ri(5, 15)) + D(minutes=delay), "tp_vehicle_checkin", "checked_in", rid,
       session_id=sess, channel="pier", sailing_id=sid, wait_min=wait, vehicle_type=vt, 车型=VEH_ZH[vt],
       lane=f"L{ri(1, 8)}")
    if wait >= 60 and rng.random() < 0.12:
        fb(c, dep + D(hours=ri(1, 30)), "vehicle_check", pick(["app_review", "ticket"]), rid=rid)
    trip(c, rid, dep, sid, sess, channel, device, pax, "economy", local, "vehicle_ticket", o, vehicle=True)


def group_session(c, travel):
    cl = c["home_port_area"]
    rid = {"xiamen": pick(["XM-GLY", "XM-KM"], [0.8, 0.2]), "zhoushan": "ZS-PTS",
           "hkmo": pick(["HK-MO", "HKA-TP"], [0.85, 0.15])}[cl]
    r = ROUTES[rid]
    hhmm = pick(r[8])
    dep = at(travel, hhmm)
    sid, _, _ = sailing(rid, travel, hhmm)
    t = datetime(travel.year, travel.month, travel.day) - D(days=ri(8, 38)) + D(minutes=ri(9 * 60, 18 * 60))
    if t < START:
        return
    if c["_signup"] is None:
        c["_signup"] = t - D(days=ri(1, 20))
    g = nid("g", "G", 5)
    size = ri(10, 36)
    local = round(r[5] * 0.85 * size, 2)
    base = dict(session_id=g, device="pc", channel="agent_portal")
    ev(c, t, "tp_agent_quote", "request", rid, **base, travel_date=str(travel), group_size=size, sailing_id=sid,
       quoted_local=local, currency=r[4])
    STATS["groups"] = STATS.get("groups", 0) + 1
    if rng.random() > 0.84:
        return
    th = t + D(hours=ri(2, 48))
    ev(c, th, "tp_group_hold", "held", rid, **base, group_size=size, sailing_id=sid, hold_expires=str(dep.date() - D(days=3)))
    if rng.random() > 0.66:  # agents release the hold when the tour does not fill
        return
    tn = dep - D(days=ri(3, 7), hours=ri(0, 8))
    tn = max(tn, th + D(hours=2))
    if rng.random() < 0.2:
        ev(c, tn, "tp_name_list", "rejected", rid, **base, group_size=size, invalid_ids=ri(1, 4))
        if rng.random() < 0.12:
            fb(c, tn + D(hours=ri(1, 24)), "group", pick(["ticket", "call_note"]), rid=rid)
        tn += D(hours=ri(2, 20))
    ev(c, tn, "tp_name_list", "uploaded", rid, **base, group_size=size)
    tp_ = tn + D(hours=ri(2, 40))
    if rng.random() > 0.93:
        order(c, th, "group_ticket", rid, local, "cancelled", channel="agent_portal", device="pc", session_id=g,
              sailing_id=sid, travel_date=str(travel), pax_count=size, agent_name=c["agent_name"],
              agent_name_en=c["agent_name_en"], payment_method="agent_credit", 支付方式=PAY_ZH["agent_credit"])
        return
    ev(c, tp_, "tp_group_payment", "paid", rid, **base, group_size=size, amount_local=local, currency=r[4],
       payment_method="agent_credit")
    o = order(c, tp_, "group_ticket", rid, local, "paid", channel="agent_portal", device="pc", session_id=g,
              sailing_id=sid, travel_date=str(travel), pax_count=size, agent_name=c["agent_name"],
              agent_name_en=c["agent_name_en"], payment_method="agent_credit", 支付方式=PAY_ZH["agent_credit"])
    delay, cancelled = SAILINGS[sid]
    if cancelled:
        if o:
            o["status"] = "refunded"
            o["refund_reason"] = "sailing_cancelled"
        ev(c, dep - D(hours=ri(8, 30)), "tp_ticket_change", "auto_refund", rid, session_id=g, channel="agent_portal",
           sailing_id=sid, change_type="auto_refund", 退改类型=CHANGE_ZH["auto_refund"], refund_local=local, fee_local=0)
        return
    if rng.random() < 0.03:
        return
    if delay >= 30:
        ev(c, dep - D(minutes=ri(15, 40)), "tp_delay_notice", "notified", rid, session_id=g, channel="sms",
           sailing_id=sid, delay_min=delay)
    ev(c, dep + D(minutes=delay - ri(5, 20)), "tp_boarding", "group_boarded", rid, session_id=g, channel="pier",
       sailing_id=sid, delay_min=delay, pax_count=size - ri(0, 2), seat_class="economy", 舱位=CLASS_ZH["economy"],
       gate="G-group", pier=r[3])


def route_for(c):
    cl, seg = c["home_port_area"], c["segment"]
    if cl == "xiamen":
        return "XM-KM" if (seg == "business" or rng.random() < 0.18) else "XM-GLY"
    if cl == "zhoushan":
        if c["_car"]:
            return pick(["ZS-PTS", "ZS-CAR"], [0.45, 0.55])
        return pick(["ZS-PTS", "ZS-CAR"], [0.75, 0.25] if seg != "senior" else [0.9, 0.1])
    return pick(["HK-MO", "HKA-TP"], [0.72, 0.28])


def simulate(cs):
    for c in cs:
        seg = c["segment"]
        if seg == "tour_agent":
            n = int(rng.poisson(19 * c["_weight"]))
            lo = 0 if c["_legacy"] else int(rng.integers(0, NDAYS - 120))
            days = sorted(draw_day("leisure", lo) for _ in range(n))
            for d in days:
                group_session(c, d)
            continue
        kind = "work" if seg in ("island_resident", "business") else "leisure"
        lo = 0 if c["_legacy"] else (draw_day("leisure") - START.date()).days
        if not c["_legacy"]:
            lo = min(lo, NDAYS - 5)
        n = {"tourist": 1 + int(rng.poisson(0.7)), "island_resident": int(rng.poisson(15)),
             "business": int(rng.poisson(10)), "senior": 1 + int(rng.poisson(1.2))}[seg]
        if not c["_legacy"] and seg in ("island_resident", "business"):
            n = max(1, int(n * (NDAYS - lo) / NDAYS))
        days = [START.date() + D(days=lo)] if not c["_legacy"] else []
        days += [draw_day(kind, lo) for _ in range(n - len(days))]
        gw = c["_car"] and seg == "tourist" and lo <= (GOLDEN_WEEK[0] - START.date()).days and rng.random() < 0.4
        for d in sorted(days):
            rid = route_for(c)
            if rid == "ZS-CAR" and c["_car"]:
                vehicle_session(c, d)
            elif rid == "ZS-CAR" and rng.random() < 0.5:
                passenger_session(c, d, "ZS-PTS")
            else:
                passenger_session(c, d, rid)
        if gw:  # a Golden Week drive to Zhoushan
            vehicle_session(c, GOLDEN_WEEK[0] + D(days=ri(0, 6)))
        if rng.random() < 0.02:
            ev(c, datetime.combine(draw_day("leisure", lo), datetime.min.time()) + D(hours=ri(9, 21)), "tp_support",
               "chat", channel="app", reason=pick(["lost_item", "change_booking", "refund", "payment"]),
               handle_min=ri(3, 15))
    for c in cs:
        c["signup_at"] = iso(c["_signup"]) if c["_signup"] is not None and c["_signup"] <= END else ""
        if c["segment"] == "tour_agent":
            c["tier"] = "none"
        elif c["_member"] or c["_join"] is not None:
            recent = [b for b in c["_boardings"] if b >= END - D(days=365)]
            c["tier"] = "gold" if len(recent) >= 10 else "silver" if len(recent) >= 4 else "blue"
            c["member_no"] = f"SL{int(c['customer_id'][1:]) * 7 + 100000:07d}"
        c["会员等级"] = TIER_ZH[c["tier"]]
        if c["tier"] == "none":
            c["miles_balance"] = ""
    # onboarding time of members who joined via the app for the first time: before START for legacy members
    for c in cs:
        if c["_member"] and c["_join"] is None:
            c["member_since"] = iso(min(c["_signup"] + D(days=ri(0, 200)), datetime(2024, 12, 31, 20))) if c["_signup"] else ""
        elif c["_join"] is not None:
            c["member_since"] = iso(c["_join"])
        else:
            c["member_since"] = ""


def extra_feedback():
    """social posts (no customer; many undated) and app reviews not tied to a booking."""
    for _ in range(260):
        ts = datetime.combine(draw_day("leisure"), datetime.min.time()) + D(minutes=ri(0, 1439))
        if ts.date() >= date(2026, 3, 1) and rng.random() < 0.35:
            topic = pick(["delay", "comp_slow"], [0.5, 0.5])
        else:
            topic = pick(["scenery", "seasick", "crew", "delay", "queue", "cafe", "clean", "other", "cancel"],
                         [0.3, 0.1, 0.1, 0.12, 0.1, 0.08, 0.05, 0.1, 0.05])
        lang = "en" if rng.random() < 0.3 else "zh"
        platform = pick(["weibo", "xiaohongshu", "douyin"]) if lang == "zh" else pick(["facebook", "instagram",
                                                                                      "tripadvisor"])
        rid = pick(list(ROUTES)) if rng.random() < 0.7 else None
        fb(None, ts if rng.random() < 0.45 else None, topic, "social", tp="" if rng.random() < 0.5 else "auto",
           rated=False, lang=lang, rid=rid, platform=platform)
    for _ in range(140):
        ts = datetime.combine(draw_day("leisure"), datetime.min.time()) + D(minutes=ri(0, 1439))
        topic = pick(["app_easy", "miles", "payment_fail", "other", "refund_fee", "seat_map"],
                     [0.3, 0.2, 0.15, 0.2, 0.1, 0.05])
        if topic == "seat_map":
            ts = datetime(2025, 8, ri(1, 31), ri(8, 22), ri(0, 59))
        c = customers[int(rng.integers(len(customers)))]
        if c["segment"] == "tour_agent":
            c = None
        fb(c, ts if rng.random() < 0.8 or topic == "seat_map" else None, topic, "app_review",
           lang=(c["preferred_language"] if c else "zh"), platform=pick(["app_store", "google_play", "huawei"]))


def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols=None):
        if cols is None:
            cols = []
            for r in rows:
                for k in r:
                    if k not in cols and not k.startswith("_"):
                        cols.append(k)
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            w.writerows(map(r.get, cols) for r in rows)  # csv writes a missing value (None) as empty

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                           touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])])
    ccols = ["customer_id", "signup_at", "segment", "客户类型", "region", "地区", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "member_no", "member_since", "miles_balance", "home_city", "home_port_area", "id_doc_type",
             "birth_year", "gender", "preferred_language", "phone_os", "marketing_opt_in", "agent_name", "agent_name_en",
             "agent_licence", "credit_terms_days"]
    for c in customers:
        c["marketing_opt_in"] = "true" if c["marketing_opt_in"] else "false"
    dump("customers", customers, ccols)
    events.sort(key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(events, 1):
        r["event_id"] = f"E{i:07d}"
    dump("events", events)
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    dump("orders", orders)
    dump("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                "language", "route_id", "route", "route_en", "sailing_id", "platform"])
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["feedback_id", "topic"])
        w.writeheader()
        w.writerows(truth)


def check_templates():
    for topic, (zh, en) in T.items():
        for s in zh + en:
            hits = {t for t, ms in MARKERS.items() if any(m in s.lower() for m in ms)}
            assert hits == ({topic} if topic != "other" else set()), (s, hits)


def main() -> int:
    out = Path(sys.argv[1])
    check_templates()
    cs = make_customers()
    simulate(cs)
    extra_feedback()
    write(out)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"{STATS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
