"""途畅能源 TuChang Energy: the app and loyalty journey of a fuel-station chain in the Yangtze River Delta
(synthetic, written blind).

Members (one `customer_id` = one member of the 途畅加油 app / WeChat mini program, usually one car) find a station on a
map app (高德 / 百度 / 腾讯地图) or claim a WeChat coupon (公众号, 朋友圈广告, 车友群, 视频号), arrive at one of ten stations
(plate recognition at the forecourt, queue minutes), check in at the pump by scanning its QR code in the app (扫码选枪),
pay in the app at the pump (油枪支付 / 一键加油) or at the counter inside (收银台), sometimes buy something in the
convenience store (便利店加购), book a car wash (洗车预约 → 洗车完成), redeem points (积分兑换), ask for an invoice (申请发票
→ 发票开具) and complain (投诉工单: 排队, 油枪故障, 扣款错误, 发票, 服务态度, 优惠券, 洗车, 油品); wrong charges are refunded (退款).
Fuel, store and car-wash purchases are orders; station ratings, app-store reviews, 大众点评 reviews, in-app feedback,
social posts, tickets and NPS surveys are feedback.

Data 2025-01-01 .. 2026-06-30 (extract taken early July 2026). Naive Beijing time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260702), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import itertools
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260702
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
SCAN_BUG = (datetime(2025, 9, 3, 10), datetime(2025, 9, 29, 15))     # Android app 5.3.0, fixed by 5.3.2
QUEUE_JAM = datetime(2026, 1, 12)                                    # the Sinopec station next to SZ01 closes for rebuild
EINVOICE = (datetime(2026, 1, 1), datetime(2026, 2, 1))              # switch to 全电发票, backlog in January
WASH_BROKEN = (datetime(2026, 5, 4), datetime(2026, 5, 31, 23, 59))  # NB01 car-wash machine broken, parts on back-order
POINTS_EXPIRY = (datetime(2025, 12, 1), datetime(2026, 1, 1))        # points earned in 2024 expire on 31 Dec 2025
SPRING = [(datetime(2025, 1, 18), datetime(2025, 2, 6)), (datetime(2026, 2, 7), datetime(2026, 2, 25))]
GOLDEN_WEEK = [(datetime(2025, 9, 28), datetime(2025, 10, 8))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_map_search", "地图搜索", "Map search", "awareness", "other", "digital", "marketing",
     "地图|高德|百度地图|腾讯地图|搜油站|找油站|导航|map|map app|navigation|amap|baidu maps|station search"),
    ("tp_wechat_coupon", "微信领券", "WeChat coupon claim", "awareness", "social", "digital", "marketing",
     "领券|优惠券|加油券|公众号|朋友圈广告|车友群|视频号|coupon|voucher|wechat coupon|coupon claim"),
    ("tp_member_signup", "注册会员", "Member sign-up", "consideration", "app", "digital", "loyalty",
     "注册|入会|开通会员|新会员|sign-up|signup|register|join|membership sign-up"),
    ("tp_station_arrive", "进站", "Station arrival", "consideration", "store", "physical", "station_ops",
     "到站|进站|到店|车牌识别|排队|油站|加油站|arrival|station visit|forecourt|visit|queue"),
    ("tp_pump_checkin", "扫码选枪", "Pump check-in", "purchase", "app", "digital", "digital",
     "扫码|选枪|扫码加油|一键加油|油枪签到|check-in|pump check-in|scan the pump|scan QR|select pump"),
    ("tp_pay_pump", "油枪支付", "Pay at pump (app)", "purchase", "app", "digital", "digital",
     "APP支付|手机支付|油枪旁支付|在线支付|不下车支付|预授权|pay at pump|app payment|in-app payment|pay at the pump"),
    ("tp_pay_counter", "收银台支付", "Pay at counter", "purchase", "store", "physical", "station_ops",
     "收银台|柜台|进店付款|前台结账|counter|cashier|pay inside|pay at the counter|till"),
    ("tp_store_addon", "便利店加购", "Convenience store add-on", "purchase", "store", "physical", "retail",
     "便利店|加购|买东西|零食|饮料|store|shop|convenience store|add-on|snacks"),
    ("tp_carwash_booking", "洗车预约", "Car wash booking", "service", "app", "digital", "carwash",
     "预约洗车|洗车预约|约洗车|car wash booking|book a wash|wash booking"),
    ("tp_carwash_done", "洗车完成", "Car wash completed", "service", "store", "physical", "carwash",
     "洗车|洗完车|到店洗车|car wash|wash done|washed"),
    ("tp_points_redeem", "积分兑换", "Points redemption", "loyalty", "app", "digital", "loyalty",
     "积分|兑换|积分商城|换礼品|points|redeem|rewards|redemption|loyalty points"),
    ("tp_invoice_request", "申请发票", "Invoice request", "service", "app", "digital", "finance",
     "开票|申请发票|发票抬头|报销|invoice request|fapiao|request an invoice|receipt"),
    ("tp_invoice_issued", "发票开具", "Invoice issued", "service", "app", "digital", "finance",
     "出票|开出发票|发票到了|电子发票|invoice issued|e-invoice|invoice sent"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "customer_service",
     "投诉|客服|工单|热线|400电话|complaint|ticket|hotline|customer service|support"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance",
     "退款|退钱|原路退回|返还|refund|money back|chargeback"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("app_fuel", "APP一键加油", "App fuelling", ["tp_station_arrive", "tp_pump_checkin", "tp_pay_pump"], 1),
    ("map_to_fuel", "地图搜索到APP加油", "Map search to app fuelling",
     ["tp_map_search", "tp_station_arrive", "tp_pump_checkin", "tp_pay_pump"], 1),
    ("coupon_redeem", "微信领券核销", "WeChat coupon to app payment",
     ["tp_wechat_coupon", "tp_pump_checkin", "tp_pay_pump"], 7),
    ("carwash", "洗车预约到完成", "Car wash booking to wash", ["tp_carwash_booking", "tp_carwash_done"], 3),
    ("invoice", "申请到开票", "Invoice request to issue", ["tp_invoice_request", "tp_invoice_issued"], 7),
]
STATIONS = {  # code: zh name, city, queue base minutes, has car wash, Baidu pin wrong, weight in its city
    "HZ01": ("杭州拱墅莫干山路站", "杭州", 4.0, True, False, 0.40),
    "HZ02": ("杭州滨江滨文路站", "杭州", 4.5, True, True, 0.35),
    "HZ03": ("杭州萧山机场快速路站", "杭州", 3.5, False, False, 0.25),
    "NB01": ("宁波鄞州天童南路站", "宁波", 4.0, True, False, 0.55),
    "NB02": ("宁波北仑港城大道站", "宁波", 5.0, False, True, 0.45),
    "SZ01": ("苏州园区星湖街站", "苏州", 4.5, True, False, 0.55),
    "SZ02": ("苏州吴中宝带西路站", "苏州", 3.5, True, True, 0.45),
    "NJ01": ("南京江宁胜太路站", "南京", 4.0, True, False, 0.55),
    "NJ02": ("南京浦口江浦街道站", "南京", 3.5, False, True, 0.45),
    "HF01": ("合肥蜀山黄山路站", "合肥", 4.0, True, False, 1.0),
}
CITIES = {"杭州": ("浙江", 0.30), "宁波": ("浙江", 0.16), "苏州": ("江苏", 0.22), "南京": ("江苏", 0.21),
          "合肥": ("安徽", 0.11)}
VEHICLES = {  # id: zh, share, visits per 30 days, p(app), litres (mean, sd, lo, hi), invoice p, churn p
    "private": ("私家车", 0.72, 1.1, 0.52, (38, 8, 12, 62), 0.04, 0.28),
    "ride_hailing": ("网约车", 0.18, 3.3, 0.72, (40, 6, 20, 60), 0.12, 0.22),
    "truck": ("货车", 0.10, 2.4, 0.32, (150, 45, 60, 320), 0.55, 0.14),
}
GRADES = {"92": ("92#汽油", 7.58), "95": ("95#汽油", 8.10), "98": ("98#汽油", 9.05), "0": ("0#柴油", 7.22)}
PRICE_STEP = [0.0, 0.08, 0.15, 0.05, -0.10, -0.18, -0.05, 0.06, 0.10, 0.02, -0.08, -0.12,   # 2025-01..12
              -0.04, 0.05, 0.12, 0.20, 0.14, 0.08]                                          # 2026-01..06
ACQ = {  # id: zh, weight (private, ride_hailing, truck)
    "station_qr": ("站内扫码注册", (0.36, 0.30, 0.30)), "wechat": ("微信公众号", (0.26, 0.14, 0.08)),
    "map_app": ("地图引流", (0.12, 0.08, 0.10)), "referral": ("好友推荐", (0.16, 0.18, 0.06)),
    "fleet_partner": ("车队合作", (0.0, 0.0, 0.46)), "ride_hailing_partner": ("网约车平台合作", (0.10, 0.30, 0.0)),
}
TIERS = {"standard": "普通会员", "silver": "银卡会员", "gold": "金卡会员", "platinum": "铂金会员"}
MAP_APPS = {"amap": ("高德地图", 0.56), "baidu": ("百度地图", 0.30), "tencent": ("腾讯地图", 0.14)}
COUPON_SRC = {  # id: zh, use probability within 7 days (given an app-capable visit)
    "official_account": ("公众号推送", 0.62), "moments_ad": ("朋友圈广告", 0.10),
    "wechat_group": ("车友群", 0.58), "channels": ("视频号直播", 0.42),
}
COUPONS = [("满200减10", 10.0), ("满200减15", 15.0), ("满300减20", 20.0), ("满300减30", 30.0)]
CHECKIN_FAIL = {"pump_offline": ("油枪离线", 0.40), "qr_unreadable": ("二维码识别失败", 0.25),
                "gps_mismatch": ("定位不在站内", 0.35), "app_crash": ("扫码闪退", 0.0)}
PAY_FAIL = {"payment_declined": "支付失败", "preauth_timeout": "预授权超时"}
COUNTER_PAY = {"wechat_pay": ("微信支付", 0.45), "alipay": ("支付宝", 0.20), "fuel_card": ("加油卡", 0.20),
               "bank_card": ("银行卡", 0.10), "cash": ("现金", 0.05)}
APP_PAY = {"app_wechat": ("APP-微信免密", 0.58), "app_alipay": ("APP-支付宝免密", 0.30), "app_balance": ("APP余额", 0.12)}
STORE_ITEMS = {"drinks": ("饮料", 0.36, 9), "snacks": ("零食", 0.24, 16), "car_care": ("汽车用品", 0.14, 45),
               "daily": ("日用品", 0.12, 22), "coffee": ("现磨咖啡", 0.14, 15)}
WASH = {"basic": ("普洗", 0.62, 25.0), "fine": ("精洗", 0.30, 45.0), "interior": ("内饰清洁", 0.08, 88.0)}
REWARDS = {"fuel_voucher_5": ("5元加油券", 500, 0.34), "water_case": ("矿泉水一箱", 800, 0.22),
           "wash_voucher": ("普洗券", 1500, 0.18), "washer_fluid": ("玻璃水", 600, 0.16),
           "coffee_voucher": ("咖啡券", 400, 0.10)}
TICKETS = {  # id: zh, median resolution hours
    "long_queue": ("排队时间长", 6.0), "pump_fault": ("油枪故障", 10.0), "wrong_charge": ("扣款错误", 52.0),
    "invoice": ("发票问题", 20.0), "staff": ("服务态度", 12.0), "coupon": ("优惠券不能用", 16.0),
    "carwash": ("洗车问题", 14.0), "fuel_quality": ("油品质量", 30.0),
}
TICKET_TP = {"long_queue": "tp_station_arrive", "pump_fault": "tp_pump_checkin", "wrong_charge": "tp_pay_pump",
             "invoice": "tp_invoice_issued", "staff": "tp_pay_counter", "coupon": "tp_wechat_coupon",
             "carwash": "tp_carwash_done", "fuel_quality": "tp_station_arrive"}
TICKET_TOPIC = {"long_queue": "queue", "pump_fault": "pump", "wrong_charge": "charge", "invoice": "invoice",
                "staff": "staff", "coupon": "coupon", "carwash": "carwash", "fuel_quality": "quality"}
STORES = {"android": ["华为应用市场", "小米应用商店", "应用宝", "OPPO软件商店", "vivo应用商店"], "ios": ["App Store"],
          "harmony": ["华为应用市场"]}
NPS_WAVES = [(2025, 3), (2025, 6), (2025, 9), (2025, 12), (2026, 3), (2026, 6)]

# ---------- feedback text: each topic has its own marker words; generic texts have none ----------
TOPIC_MARKERS = {
    "queue": ["排队", "queue"], "pump": ["油枪", "pump"], "charge": ["扣款", "charged"], "scan": ["扫码", "scan"],
    "coupon": ["优惠券", "coupon"], "carwash": ["洗车", "car wash"], "invoice": ["发票", "invoice"],
    "points": ["积分", "points"], "staff": ["加油员", "attendant"], "navigation": ["导航", "navigation"],
    "store": ["便利店", "convenience store"], "price": ["油价", "fuel price"], "quality": ["油品", "fuel quality"],
}
TEXT = {  # (topic, lang, sentiment)
    ("queue", "zh", "neg"): [
        "{station}排队排了{n}分钟才轮到我，就两条道开着", "周末来加个油排队排到路上去了，太夸张",
        "下班高峰排队要{n}分钟，赶时间的千万别来", "排队的车一直堵到辅道，也没人出来疏导",
        "最近这家排队越来越久，以前几分钟就加上了", "排队半天，前面的车加完了还不走在那买东西"],
    ("queue", "en", "neg"): [
        "Waited {n} minutes in the queue at {station_en}, only two lanes open",
        "The queue went all the way out to the road, nobody directing traffic",
        "Queue is getting longer every week at this station"],
    ("queue", "zh", "pos"): ["今天基本不用排队，进站就加上了"],
    ("queue", "en", "pos"): ["No queue at all this morning, in and out in five minutes"],
    ("pump", "zh", "neg"): [
        "{pump}号油枪扫了显示离线，换了两把油枪才加上", "油枪坏了一半，只能挤在剩下的几个位置",
        "油枪一直跳枪，加个油加了十几分钟", "油枪显示故障也没人来修，挂着个牌子好几天了",
        "油枪离线没法在手机上付，只能进店去柜台付款"],
    ("pump", "en", "neg"): [
        "Pump {pump} showed offline in the app, had to move to another lane",
        "Half the pumps were out of order again", "The pump kept clicking off every few seconds"],
    ("charge", "zh", "neg"): [
        "加了{amt}块的油，APP扣款扣了两次，到现在还没退回来", "重复扣款！银行卡被扣了两笔一样的钱",
        "APP显示支付失败，结果钱被扣款了，又去柜台付了一次", "预授权冻结的钱一直没解冻，这种扣款方式太坑",
        "扣款金额比实际加的油多了{n}块，客服说要核实", "扣款错误申请了退款，{n}天了还是处理中"],
    ("charge", "en", "neg"): [
        "The app charged me twice for one fill-up of {amt} yuan",
        "Got charged even though the payment said it failed, then paid again inside",
        "I was charged more than what I actually put in, still waiting for the refund"],
    ("scan", "zh", "neg"): [
        "更新之后扫码就闪退，安卓手机根本用不了", "扫码一直转圈，最后还是得下车进去付钱",
        "新版本扫码扫不出来，摄像头打开就卡死", "扫码加油的功能坏了好几天了，什么时候修", "扫码提示二维码无效，换个角度也不行"],
    ("scan", "en", "neg"): [
        "After the update the app crashes every time I scan the QR code",
        "The scan screen just freezes on my Android phone", "QR scan doesn't work anymore, had to pay inside"],
    ("scan", "zh", "pos"): ["扫码就能加，不用下车，很方便", "扫码选好位置直接付，比以前快多了"],
    ("scan", "en", "pos"): ["Scan, fill, go. Love not having to walk inside"],
    ("coupon", "zh", "neg"): [
        "朋友圈领的优惠券到站说不能用，只能APP付款才行，早说啊", "优惠券领了结果显示不满足条件",
        "优惠券才几天就过期了，根本来不及用", "优惠券只能在手机上付才能用，进店付款就不行"],
    ("coupon", "en", "neg"): ["The coupon I claimed on WeChat was rejected at the station",
                              "Coupon expired before I could even use it"],
    ("coupon", "zh", "pos"): ["公众号的优惠券很实在，满200减15直接抵了", "群里发的优惠券挺好用，加油省了不少"],
    ("coupon", "en", "pos"): ["Got a decent coupon from the WeChat account, saved 15 yuan"],
    ("carwash", "zh", "neg"): [
        "预约了洗车，到了说机器坏了洗不了，白跑一趟", "洗车机坏了好几周了，预约的时候也不提示",
        "洗车洗得不干净，轮毂上全是泥", "洗车要等一个小时，预约了跟没预约一样"],
    ("carwash", "en", "neg"): ["Booked a car wash, got there and the machine was broken",
                               "The car wash left the wheels dirty"],
    ("carwash", "zh", "pos"): ["加完油顺便洗车，洗得很干净", "洗车预约很方便，到了直接洗"],
    ("carwash", "en", "pos"): ["The car wash after fuelling is really handy"],
    ("invoice", "zh", "neg"): [
        "申请的发票{n}天了还没开出来，公司等着报销", "换了全电发票以后开票慢得要命，一直显示开具中",
        "发票抬头填错了想重开，找不到入口", "增值税专用发票要等好几天，财务催了好几次", "发票开出来金额不对，跟实际付款对不上"],
    ("invoice", "en", "neg"): ["Requested an invoice {n} days ago and it's still pending",
                               "The new e-invoice system is so slow, my company can't reimburse me"],
    ("invoice", "zh", "pos"): ["发票在APP里一键就开了，几分钟就发到邮箱"],
    ("invoice", "en", "pos"): ["Invoice arrived in my inbox within minutes"],
    ("points", "zh", "neg"): [
        "积分年底清零也不提前说，攒了一年的积分没了", "积分商城能换的东西太少了", "积分兑换的加油券用不了"],
    ("points", "en", "neg"): ["My points expired without any warning", "Not much worth redeeming points for"],
    ("points", "zh", "pos"): ["积分换了一箱水，还挺划算", "年底用积分换了加油券，感觉赚了", "积分攒得挺快的"],
    ("points", "en", "pos"): ["Redeemed points for a fuel voucher, nice perk"],
    ("staff", "zh", "neg"): ["加油员态度很差，问两句就不耐烦", "加油员一直推销加油卡，说了不要还在说",
                             "收银的时候加油员在玩手机，叫了半天"],
    ("staff", "en", "neg"): ["The attendant was rude when I asked for help"],
    ("staff", "zh", "pos"): ["加油员很热情，还帮忙擦了玻璃", "加油员小哥很专业，提醒我胎压低了", "加油员服务很周到"],
    ("staff", "en", "pos"): ["Friendly attendant, even cleaned my windscreen"],
    ("navigation", "zh", "neg"): [
        "百度地图导航过去根本不是加油站入口，绕了一大圈", "导航到的位置是在高架另一边，开不进去",
        "地图上导航显示的是老位置，找了半天", "按导航走到了一个工地，加油站在对面"],
    ("navigation", "en", "neg"): ["The map navigation took me to the wrong side of the expressway",
                                  "Navigation pin is wrong, the entrance is on the other road"],
    ("store", "zh", "neg"): ["便利店东西比外面贵不少", "便利店结账只有一个人，排在后面等好久", "便利店的咖啡机又坏了"],
    ("store", "en", "neg"): ["The convenience store is overpriced"],
    ("store", "zh", "pos"): ["便利店的咖啡不错，顺手带一杯", "便利店东西挺全的，买了瓶玻璃水", "便利店有热的包子，早上很方便"],
    ("store", "en", "pos"): ["Good coffee at the convenience store"],
    ("price", "zh", "neg"): ["这里油价比旁边那家贵两毛", "油价又涨了，会员价也没便宜多少", "油价标得不清楚，付款才发现贵"],
    ("price", "en", "neg"): ["The fuel price here is higher than the station down the road"],
    ("price", "zh", "pos"): ["会员日油价挺优惠的", "APP上付比挂牌油价便宜，划算"],
    ("price", "en", "pos"): ["The member fuel price on app payment is a good deal"],
    ("quality", "zh", "neg"): ["加完油发动机故障灯亮了，怀疑油品有问题", "油品感觉不行，这箱油跑得特别少"],
    ("quality", "en", "neg"): ["Engine light came on right after filling up, worried about fuel quality"],
    ("generic", "zh", "pos"): [
        "整体挺好的，下次还来", "站里很干净，厕所也干净", "进出方便，十分钟搞定", "服务不错，每次路过都来这家",
        "APP挺好用的，界面清爽", "会员活动挺多的，继续支持"],
    ("generic", "zh", "neu"): ["还行吧，中规中矩", "跟别的站差不多", "一般般，没什么特别的", "希望多搞点活动"],
    ("generic", "zh", "neg"): ["APP老是要重新登录，很烦", "晚上灯太暗了，进站看不清", "站里的厕所味道很大",
                               "客服电话很难打通"],
    ("generic", "en", "pos"): ["Clean station, quick service", "Easy in and out, will come back", "Good app, simple to use"],
    ("generic", "en", "neu"): ["It's fine, nothing special", "Average station, does the job"],
    ("generic", "en", "neg"): ["The app keeps logging me out", "Restrooms were dirty"],
}
SENT_RATING = {"neg": (1, 3), "neu": (3, 4), "pos": (4, 6)}
STATION_EN = {"HZ01": "Mogan Rd", "HZ02": "Binwen Rd", "HZ03": "Airport Expressway", "NB01": "Tiantong S Rd",
              "NB02": "Gangcheng Ave", "SZ01": "Xinghu St", "SZ02": "Baodai W Rd", "NJ01": "Shengtai Rd",
              "NJ02": "Jiangpu", "HF01": "Huangshan Rd"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def choice(items, p=None):
    if p is None:
        return items[int(rng.random() * len(items))]
    acc = list(itertools.accumulate(p))
    return items[min(bisect.bisect_right(acc, rng.random() * acc[-1]), len(items) - 1)]


def wpick(d, idx):
    """key of dict d chosen with the weight at position idx of its value tuple."""
    keys = list(d)
    return choice(keys, [d[k][idx] for k in keys])


def lognorm(median, sigma):
    return float(median * math.exp(sigma * rng.standard_normal()))


def within(t, span):
    return span[0] <= t < span[1]


def month_index(t):
    return (t.year - 2025) * 12 + t.month - 1


def price(grade, t):
    k = max(0, min(month_index(t), len(PRICE_STEP) - 1))
    return round(GRADES[grade][1] + PRICE_STEP[k], 2)


HOURS = {  # hour-of-day weights
    "private": [1, 0.5, 0.3, 0.2, 0.2, 0.4, 2, 6, 8, 5, 4, 4, 5, 4, 4, 4, 5, 8, 9, 7, 5, 4, 3, 2],
    "ride_hailing": [3, 2, 1.5, 1, 1, 1.5, 3, 5, 5, 5, 5, 6, 6, 6, 5, 5, 5, 6, 6, 6, 6, 5, 4, 4],
    "truck": [4, 4, 3, 3, 3, 4, 5, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4],
}


def at_hour(day: datetime, vt: str) -> datetime:
    h = choice(list(range(24)), HOURS[vt])
    return day.replace(hour=0, minute=0, second=0) + D(hours=h, minutes=float(rng.uniform(0, 60)))


def season(t: datetime, vt: str) -> float:
    f = 1.0
    if any(within(t, s) for s in SPRING):
        f = 1.45 if vt == "private" else 0.6
    elif any(within(t, s) for s in GOLDEN_WEEK):
        f = 1.35 if vt == "private" else 0.9
    if t.weekday() >= 5 and vt == "private":
        f *= 1.2
    return f


class Gen:
    def __init__(self):
        self.customers = []
        self.events = []
        self.orders = []
        self.feedback = []
        self.n_ord = 0
        self.n_tk = 0
        self.n_visit = 0
        self.n_cp = 0

    # ---------- helpers ----------
    def ev(self, c, ts, tp, action, **kw):
        if ts > END or ts < START:
            return False
        r = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action, device=kw.pop("device", c["device"]),
                 channel=kw.pop("channel", "app"), city=kw.pop("city", c["city"]))
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, ts, amount, otype, status="paid", **kw):
        if ts > END:
            return None
        self.n_ord += 1
        zh = {"fuel": "加油", "store": "便利店", "carwash": "洗车"}[otype]
        r = dict(order_id=f"SO{self.n_ord:07d}", customer_id=c["id"], ts=ts, amount=round(amount, 2), status=status,
                 channel=kw.pop("channel", "store"), device=kw.pop("device", None), order_type=otype, 订单类型=zh)
        r.update(kw)
        self.orders.append(r)
        return r

    def fb(self, ts, channel, topic, sent, tp, c=None, rating=None, nps=None, lang=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        if lang is None:
            lang = c["lang"] if c else ("en" if rng.random() < 0.06 else "zh")
        key = (topic, lang, sent)
        if key not in TEXT:
            lang = "zh" if lang == "en" else "en"
            key = (topic, lang, sent)
        if key not in TEXT:
            key = (topic, "zh", "neg")
            lang, sent = "zh", "neg"
        st = kw.get("station_code") or (c["home"] if c else "HZ01")
        text = choice(TEXT[key]).format(n=int(rng.integers(8, 45)), amt=int(rng.integers(180, 420)),
                                        pump=int(rng.integers(1, 13)), station=STATIONS[st][0],
                                        station_en=STATION_EN[st])
        if "{" in text:
            raise ValueError(text)
        kw.pop("station_code", None)
        r = dict(ts=ts, customer_id=c["id"] if c else None, touchpoint_id=tp, channel=channel, rating=rating,
                 nps=nps, text=text, language=lang, _topic=topic, _sent=sent)
        r.update(kw)
        self.feedback.append(r)

    def rated(self, sent):
        lo, hi = SENT_RATING[sent]
        return int(rng.integers(lo, hi))

    # ---------- members ----------
    def new_customer(self, k):
        vt = wpick(VEHICLES, 1)
        city = wpick(CITIES, 1)
        sts = [s for s, v in STATIONS.items() if v[1] == city]
        if vt == "truck" and city == "宁波":
            home = "NB02"
        else:
            home = choice(sts, [STATIONS[s][5] for s in sts])
        legacy = rng.random() < 0.5
        if legacy:
            signup = datetime(2021, 3, 1) + D(days=float(rng.uniform(0, 1400)))
        else:
            # sign-ups in the data: more in early 2025 (app relaunch) and around Spring Festival
            signup = START + D(days=float(rng.beta(1.1, 1.4) * 540))
        vi = list(VEHICLES).index(vt)
        acq = choice(list(ACQ), [ACQ[a][1][vi] for a in ACQ])
        dev = choice(["android", "ios", "harmony"], [0.50, 0.36, 0.14])
        age = choice(["18-24", "25-34", "35-44", "45-54", "55+"], [0.08, 0.34, 0.32, 0.18, 0.08])
        p_app = VEHICLES[vt][3] * {"18-24": 1.2, "25-34": 1.15, "35-44": 1.0, "45-54": 0.8, "55+": 0.55}[age]
        follows = rng.random() < (0.62 if acq == "wechat" else 0.38)
        if not follows:
            p_app *= 0.7
        grade = "0" if vt == "truck" else choice(["92", "95", "98"], [0.70, 0.26, 0.04])
        c = dict(id=f"M{k:06d}", vt=vt, city=city, home=home, signup=signup, legacy=legacy, acq=acq, device=dev,
                 age=age, p_app=min(0.95, p_app), follows=follows, grade=grade,
                 gender=choice(["男", "女"], [0.71, 0.29] if vt == "private" else [0.93, 0.07]),
                 lang="en" if (rng.random() < 0.05 and city in ("苏州", "杭州")) else "zh",
                 plate=choice({"杭州": ["浙A"], "宁波": ["浙B"], "苏州": ["苏E"], "南京": ["苏A"], "合肥": ["皖A"]}[city]),
                 fuel_card=rng.random() < (0.5 if vt == "truck" else 0.15),
                 rate=VEHICLES[vt][2] * lognorm(1.0, 0.45), spend=0.0, spend12=0.0, last_visit=None,
                 first_visit=None, store_p=float(rng.beta(2, 9)), wash_p=float(rng.beta(1.2, 18)) *
                 (1.5 if vt == "private" else 0.6 if vt == "truck" else 1.0))
        if c["fuel_card"] and vt != "truck":
            c["p_app"] *= 0.8
        self.customers.append(c)
        return c

    # ---------- the life of a member ----------
    def life(self, c):
        vt = c["vt"]
        t0 = max(c["signup"], START)
        if not c["legacy"]:
            ch = {"station_qr": "store", "wechat": "mini_program", "map_app": "app", "referral": "app",
                  "fleet_partner": "store", "ride_hailing_partner": "app"}[c["acq"]]
            self.ev(c, c["signup"], "tp_member_signup", "registered", channel=ch, acquisition_channel=c["acq"])
        churn = None
        if rng.random() < VEHICLES[vt][6]:
            churn = t0 + D(days=float(rng.uniform(40, 560)))
        stop = min(END, churn) if churn else END
        c["churn"] = churn
        if stop <= t0:
            return
        # natural visits (thinned Poisson process by day)
        visits = []  # (ts, station, source dict)
        span = (stop - t0).days + 1
        lam = c["rate"] / 30.0
        first_day = t0.replace(hour=0, minute=0, second=0)
        u = rng.random(span)
        for d in np.nonzero(u < lam * 1.8)[0]:
            day = first_day + D(days=int(d))
            if u[d] < lam * season(day, vt):
                ts = at_hour(day, vt)
                if ts < t0 or ts > stop:
                    continue
                visits.append(dict(ts=ts, st=self.station_for(c), src=None))
        # map searches: mostly for away-from-home stations
        n_search = rng.poisson(0.22 * (span / 30.0) * (0.6 if vt == "truck" else 1.0))
        for _ in range(n_search):
            ts = at_hour(t0 + D(days=float(rng.uniform(0, span))), vt)
            if ts > stop:
                continue
            st = self.station_for(c, away=rng.random() < 0.7)
            app = wpick(MAP_APPS, 1)
            self.ev(c, ts, "tp_map_search", "navigate", channel="other", station=STATIONS[st][0], station_code=st,
                    map_app=app, 地图平台=MAP_APPS[app][0], device=c["device"], city=STATIONS[st][1],
                    session_id=f"MS{int(rng.integers(10**8)):08d}")
            if app == "baidu":
                p_arrive = 0.10 if STATIONS[st][4] else 0.52
            else:
                p_arrive = 0.64 if app == "amap" else 0.58
            if rng.random() < p_arrive:
                visits.append(dict(ts=ts + D(minutes=float(rng.uniform(6, 35))), st=st, src="map"))
            elif app == "baidu" and STATIONS[st][4] and rng.random() < 0.05:
                self.fb(ts + D(minutes=float(rng.uniform(20, 600))), choice(["in_app", "social"], [0.6, 0.4]),
                        "navigation", "neg", "tp_map_search", c, station_code=st, station=STATIONS[st][0],
                        platform=MAP_APPS[app][0])
        # WeChat coupons
        if c["follows"] or rng.random() < 0.5:
            n_cp = rng.poisson((0.34 if c["follows"] else 0.16) * (span / 30.0))
            for _ in range(n_cp):
                ts = t0 + D(days=float(rng.uniform(0, span)), hours=0)
                ts = ts.replace(hour=int(rng.integers(8, 23)), minute=int(rng.integers(60)))
                if ts > stop:
                    continue
                if c["follows"]:
                    src = choice(["official_account", "wechat_group", "channels", "moments_ad"], [0.45, 0.25, 0.15, 0.15])
                else:
                    src = "moments_ad"
                name, val = choice(COUPONS, [0.3, 0.35, 0.2, 0.15])
                self.n_cp += 1
                cid = f"CP{self.n_cp:06d}"
                camp = {"official_account": "会员日推送", "wechat_group": "车友群福利", "channels": "视频号直播间",
                        "moments_ad": "朋友圈拉新投放"}[src]
                if any(within(ts, s) for s in SPRING):
                    camp = "春节返乡加油季"
                self.ev(c, ts, "tp_wechat_coupon", "claimed", channel="social", device=c["device"], coupon_id=cid,
                        coupon_source=src, 领券渠道=COUPON_SRC[src][0], coupon_name=name, coupon_value=val,
                        campaign=camp)
                if rng.random() < COUPON_SRC[src][1] * (0.5 + c["p_app"]):
                    nxt = [v for v in visits if ts < v["ts"] <= ts + D(days=7) and v["src"] is None]
                    if nxt:
                        v = min(nxt, key=lambda v: v["ts"])
                        v["src"] = "coupon"
                        v["coupon"] = (cid, val, name)
                    else:
                        vts = ts + D(days=float(rng.uniform(0.1, 6.8)))
                        vts = vts.replace(hour=int(rng.integers(7, 22)))
                        if ts < vts <= stop:
                            visits.append(dict(ts=vts, st=self.station_for(c), src="coupon", coupon=(cid, val, name)))
                elif src == "moments_ad" and rng.random() < 0.04:
                    self.fb(ts + D(days=float(rng.uniform(0.5, 5))), "ticket", "coupon", "neg", "tp_wechat_coupon", c)
        visits.sort(key=lambda v: v["ts"])
        for v in visits:
            self.visit(c, v)
        # points redemptions
        d = t0
        while d < stop:
            p = 0.045 * (2.0 if vt != "private" else 1.0)
            if within(d, POINTS_EXPIRY):
                p = 0.40
            if (c["legacy"] or (c["first_visit"] and d > c["first_visit"])) and rng.random() < p:
                ts = d + D(days=float(rng.uniform(0, 30 if not within(d, POINTS_EXPIRY) else 30.9)))
                if within(d, POINTS_EXPIRY):
                    ts = datetime(2025, 12, 1) + D(days=float(rng.beta(2.5, 1) * 30.9))
                ts = ts.replace(hour=int(rng.integers(8, 24)), minute=int(rng.integers(60)))
                if ts <= stop:
                    rw = wpick(REWARDS, 2)
                    self.ev(c, ts, "tp_points_redeem", "redeemed", channel=choice(["app", "mini_program"], [0.7, 0.3]),
                            reward_item=rw, 兑换商品=REWARDS[rw][0], points_used=REWARDS[rw][1])
                    if rng.random() < 0.03:
                        sent = "pos" if rng.random() < 0.55 else "neg"
                        if within(ts, POINTS_EXPIRY):
                            sent = "neg" if rng.random() < 0.6 else "pos"
                        self.fb(ts + D(hours=2), "app_review" if rng.random() < 0.5 else "in_app", "points", sent,
                                "tp_points_redeem", c, rating=self.rated(sent), device=c["device"])
            d = (d.replace(day=1) + D(days=32)).replace(day=1)
        # year-end points expiry complaints from people who did not redeem
        if c["first_visit"] and c["first_visit"] < datetime(2025, 6, 1) and (not churn or churn > datetime(2026, 1, 1)):
            if rng.random() < 0.02:
                self.fb(datetime(2026, 1, 1) + D(days=float(rng.uniform(0, 20)), hours=float(rng.uniform(8, 22))),
                        choice(["app_review", "social", "in_app"], [0.4, 0.3, 0.3]), "points", "neg",
                        "tp_points_redeem", c, rating=1)

    def station_for(self, c, away=False):
        if not away and rng.random() < 0.78:
            return c["home"]
        if rng.random() < 0.85:
            sts = [s for s, v in STATIONS.items() if v[1] == c["city"]]
            if len(sts) == 1 or rng.random() < 0.3:
                return choice(list(STATIONS))
            return choice(sts)
        return choice(list(STATIONS))

    def queue(self, st, ts):
        base = STATIONS[st][2]
        h = ts.hour
        f = 1.8 if h in (7, 8, 17, 18) else 1.3 if h in (9, 12, 16, 19) else 0.8 if h < 6 else 1.0
        if ts.weekday() >= 5:
            f *= 1.3
        if any(within(ts, s) for s in SPRING):
            f *= 1.5
        if st == "SZ01" and ts >= QUEUE_JAM:
            f *= 3.4
        return int(min(95, round(lognorm(base * f, 0.55))))

    def visit(self, c, v):
        vt, ts, st = c["vt"], v["ts"], v["st"]
        if ts > END:
            return
        self.n_visit += 1
        sid = f"V{self.n_visit:07d}"
        name, city = STATIONS[st][0], STATIONS[st][1]
        q = self.queue(st, ts)
        base = dict(session_id=sid, station=name, station_code=st, city=city)
        self.ev(c, ts, "tp_station_arrive", "arrived", channel="store", device=None, queue_minutes=q,
                entry=choice(["plate_recognition", "app_geofence"], [0.8, 0.2]), **base)
        c["first_visit"] = c["first_visit"] or ts
        c["last_visit"] = ts
        t = ts + D(minutes=q + float(rng.uniform(0.5, 2)))
        grade = c["grade"]
        if grade != "0" and rng.random() < 0.08:
            grade = "95" if grade == "92" else "92"
        mu, sd, lo, hi = VEHICLES[vt][4]
        litres = round(float(np.clip(rng.normal(mu, sd), lo, hi)), 2)
        unit = price(grade, ts)
        coupon = v.get("coupon")
        use_app = v["src"] == "coupon" or rng.random() < c["p_app"]
        if v["src"] == "map":
            use_app = rng.random() < min(0.95, c["p_app"] + 0.15)
        app_ver = self.app_version(c, t)
        pay_point = "counter"
        problems = []
        pump_no = int(rng.integers(1, 13))
        if use_app:
            attempts = 0
            ok = False
            while attempts < 3:
                attempts += 1
                fail_p = 0.045
                bug = c["device"] == "android" and within(t, SCAN_BUG)
                if bug:
                    fail_p = 0.42
                if rng.random() < fail_p:
                    if bug and rng.random() < 0.8:
                        reason = "app_crash"
                    else:
                        reason = wpick({k: v for k, v in CHECKIN_FAIL.items() if v[1] > 0}, 1)
                    self.ev(c, t, "tp_pump_checkin", "fail", fail_reason=reason, 失败原因=CHECKIN_FAIL[reason][0],
                            app_version=app_ver, pump_no=pump_no, **base)
                    problems.append(reason)
                    t += D(minutes=float(rng.uniform(0.5, 3)))
                    retry = 0.35 if not bug else 0.45
                    if reason == "pump_offline":
                        pump_no = int(rng.integers(1, 13))
                        retry = 0.6
                    if rng.random() < retry:
                        continue
                    break
                self.ev(c, t, "tp_pump_checkin", "success", app_version=app_ver, pump_no=pump_no,
                        fuel_grade=grade, 油品=GRADES[grade][0], **base)
                ok = True
                break
            if ok:
                t += D(minutes=float(rng.uniform(3, 7)) if vt != "truck" else float(rng.uniform(8, 15)))
                disc = round(0.2 * litres, 2)  # app price: 0.20 off per litre
                cp = None
                if coupon and litres * unit >= (200 if coupon[1] <= 15 else 300):
                    disc += coupon[1]
                    cp = coupon
                amount = round(litres * unit - disc, 2)
                pm = wpick(APP_PAY, 1)
                if rng.random() < 0.028:
                    reason = choice(list(PAY_FAIL), [0.6, 0.4])
                    self.ev(c, t, "tp_pay_pump", "fail", fail_reason=reason, 失败原因=PAY_FAIL[reason],
                            app_version=app_ver, amount=amount, pump_no=pump_no, pay_method=pm,
                            支付方式=APP_PAY[pm][0], **base)
                    self.order(c, t, amount, "fuel", status="cancelled", channel="app", device=c["device"],
                               station=name, city=city, pay_point="pump", pay_method=pm, 支付方式=APP_PAY[pm][0],
                               fuel_grade=grade, 油品=GRADES[grade][0], litres=litres, unit_price=unit, discount=disc)
                    problems.append("pay_fail")
                    t += D(minutes=float(rng.uniform(1, 3)))
                else:
                    o = self.order(c, t, amount, "fuel", channel="app", device=c["device"], station=name, city=city,
                                   pay_point="pump", pay_method=pm, 支付方式=APP_PAY[pm][0], fuel_grade=grade,
                                   油品=GRADES[grade][0], litres=litres, unit_price=unit, discount=disc,
                                   coupon_id=cp[0] if cp else None, points_earned=int(amount))
                    self.ev(c, t, "tp_pay_pump", "success", app_version=app_ver, amount=amount, litres=litres,
                            fuel_grade=grade, 油品=GRADES[grade][0], pump_no=pump_no, pay_method=pm,
                            支付方式=APP_PAY[pm][0], coupon_id=cp[0] if cp else None,
                            coupon_value=cp[1] if cp else None, order_id=o["order_id"] if o else None, **base)
                    pay_point = "pump"
                    self.after_pay(c, o, amount, t)
                    # wrong charges: a second, duplicate charge of the same amount
                    if o and rng.random() < 0.017:
                        self.wrong_charge(c, o, t, st, "pump")
                        problems.append("charge")
        if pay_point == "counter":
            t += D(minutes=float(rng.uniform(3, 6)) if vt != "truck" else float(rng.uniform(8, 15)))
            disc = 0.0
            pm = "fuel_card" if c["fuel_card"] and rng.random() < 0.8 else wpick(
                {k: v for k, v in COUNTER_PAY.items() if k != "fuel_card"}, 1)
            amount = round(litres * unit - disc, 2)
            o = self.order(c, t, amount, "fuel", channel="store", station=name, city=city, pay_point="counter",
                           pay_method=pm, 支付方式=COUNTER_PAY[pm][0], fuel_grade=grade, 油品=GRADES[grade][0],
                           litres=litres, unit_price=unit, discount=disc, points_earned=int(amount))
            self.ev(c, t, "tp_pay_counter", "success", device=None, channel="store", amount=amount, litres=litres,
                    fuel_grade=grade, 油品=GRADES[grade][0], pay_method=pm, 支付方式=COUNTER_PAY[pm][0],
                    order_id=o["order_id"] if o else None, **base)
            self.after_pay(c, o, amount, t)
            if o and rng.random() < 0.0015:
                self.wrong_charge(c, o, t, st, "counter")
                problems.append("charge")
        # convenience store
        sp = c["store_p"] * (1.9 if pay_point == "counter" else 0.55)
        if rng.random() < sp:
            it = wpick(STORE_ITEMS, 1)
            amt = round(lognorm(STORE_ITEMS[it][2], 0.45), 1)
            if rng.random() < 0.3:
                it2 = wpick(STORE_ITEMS, 1)
                amt = round(amt + lognorm(STORE_ITEMS[it2][2], 0.45), 1)
            t2 = t + D(minutes=float(rng.uniform(1, 6)))
            o = self.order(c, t2, amt, "store", channel="store", station=name, city=city, item_category=it,
                           商品类别=STORE_ITEMS[it][0], pay_method="wechat_pay", 支付方式="微信支付",
                           points_earned=int(amt),
                           status="returned" if rng.random() < 0.006 else "paid")
            self.ev(c, t2, "tp_store_addon", "purchase", device=None, channel="store", item_category=it,
                    商品类别=STORE_ITEMS[it][0], amount=amt, order_id=o["order_id"] if o else None, **base)
        # car wash
        if STATIONS[st][3] and rng.random() < c["wash_p"]:
            self.carwash(c, t + D(minutes=float(rng.uniform(1, 10))), st, base)
        # complaints and ratings of the visit
        if q >= 20 and rng.random() < (0.028 if st == "SZ01" else 0.02):
            self.ticket(c, ts + D(minutes=q + float(rng.uniform(5, 300))), "long_queue", st, base)
        if "pump_offline" in problems and rng.random() < 0.12:
            self.ticket(c, t + D(minutes=float(rng.uniform(10, 240))), "pump_fault", st, base)
        if rng.random() < 0.0012:
            self.ticket(c, t + D(minutes=float(rng.uniform(10, 600))), "staff", st, base)
        if rng.random() < 0.0004:
            self.ticket(c, t + D(days=float(rng.uniform(0.2, 3))), "fuel_quality", st, base)
        if rng.random() < 0.06:
            self.rate_visit(c, t + D(minutes=float(rng.uniform(5, 180))), st, q, problems, pay_point)

    def app_version(self, c, t):
        if c["device"] == "ios":
            return "5.2.1" if t < datetime(2025, 9, 3) else "5.3.1" if t < datetime(2026, 1, 15) else "5.4.0"
        if c["device"] == "harmony":
            return "5.2.0-hm" if t < datetime(2025, 9, 3) else "5.3.0-hm" if t < datetime(2026, 1, 15) else "5.4.0-hm"
        if t < SCAN_BUG[0]:
            return "5.2.1"
        if t < SCAN_BUG[1]:
            return "5.3.0"
        return "5.3.2" if t < datetime(2026, 1, 15) else "5.4.0"

    def after_pay(self, c, o, amount, t):
        if not o:
            return
        c["spend"] += amount
        if t >= END - D(days=365):
            c["spend12"] += amount
        if rng.random() < VEHICLES[c["vt"]][5]:
            self.invoice(c, o, t)

    def wrong_charge(self, c, o, t, st, point):
        kind = choice(["duplicate_charge", "overcharge"], [0.7, 0.3])
        amt = o["amount"] if kind == "duplicate_charge" else round(float(rng.uniform(8, 60)), 2)
        days = lognorm(3.0, 0.6)
        complain = rng.random() < 0.65
        if complain:
            days = lognorm(5.0, 0.5)
        t_ref = t + D(days=days)
        status = "refunded" if t_ref <= END else "paid"
        self.order(c, t + D(seconds=float(rng.uniform(1, 40))), amt, "fuel", status=status,
                   channel=o["channel"], device=o.get("device"), station=o["station"], city=o["city"],
                   pay_point=point, pay_method=o["pay_method"], 支付方式=o["支付方式"], fuel_grade=o["fuel_grade"],
                   油品=o["油品"], litres=None, unit_price=o["unit_price"], discount=0.0,
                   refunded_at=t_ref if status == "refunded" else None,
                   refund_reason=kind if status == "refunded" else None,
                   退款原因={"duplicate_charge": "重复扣款", "overcharge": "多扣款"}[kind] if status == "refunded" else None)
        if complain:
            self.ticket(c, t + D(hours=float(rng.uniform(1, 30))), "wrong_charge", st,
                        dict(station=STATIONS[st][0], station_code=st, city=STATIONS[st][1]),
                        about="tp_pay_pump" if point == "pump" else "tp_pay_counter")
        self.ev(c, t_ref, "tp_refund", "refunded", refund_amount=amt, refund_days=round(days, 2),
                refund_reason=kind, 退款原因={"duplicate_charge": "重复扣款", "overcharge": "多扣款"}[kind],
                order_id=o["order_id"], station=STATIONS[st][0], station_code=st, city=STATIONS[st][1])

    def carwash(self, c, t, st, base):
        wt = wpick(WASH, 1)
        booked_for = t + D(minutes=float(rng.uniform(5, 40))) if rng.random() < 0.7 else \
            (t + D(days=int(rng.integers(1, 3)))).replace(hour=int(rng.integers(9, 19)), minute=0)
        ch = choice(["app", "mini_program"], [0.75, 0.25])
        o = self.order(c, t, WASH[wt][2], "carwash", channel=ch, device=c["device"], station=base["station"],
                       city=base["city"], wash_type=wt, 洗车类型=WASH[wt][0], pay_method="app_wechat",
                       支付方式="APP-微信免密")
        if not o:
            return
        self.ev(c, t, "tp_carwash_booking", "booked", channel=ch, wash_type=wt, 洗车类型=WASH[wt][0],
                booked_for=booked_for, order_id=o["order_id"], **base)
        broken = st == "NB01" and within(booked_for, WASH_BROKEN)
        r = rng.random()
        if broken and r < 0.7:
            tc = booked_for - D(minutes=float(rng.uniform(1, 30)))
            self.ev(c, max(tc, t + D(minutes=1)), "tp_carwash_booking", "cancelled", channel=ch, device=None,
                    cancelled_by="station", cancel_reason="machine_fault", 取消原因="洗车机故障", wash_type=wt,
                    洗车类型=WASH[wt][0], order_id=o["order_id"], **base)
            self._refund_wash(o, booked_for, "wash_cancelled_by_station", "门店取消")
            if rng.random() < 0.3:
                self.ticket(c, booked_for + D(minutes=float(rng.uniform(10, 300))), "carwash", st, base)
            elif rng.random() < 0.2:
                self.fb(booked_for + D(hours=2), "dianping", "carwash", "neg", "tp_carwash_done", c, rating=1,
                        station=base["station"], station_code=st)
            return
        if r < 0.06:
            tc = t + (booked_for - t) * float(rng.uniform(0.1, 0.9))
            self.ev(c, tc, "tp_carwash_booking", "cancelled", channel=ch, cancelled_by="customer",
                    cancel_reason="customer_cancel", 取消原因="用户取消", wash_type=wt, 洗车类型=WASH[wt][0],
                    order_id=o["order_id"], **base)
            self._refund_wash(o, tc, "wash_cancelled_by_customer", "用户取消")
            return
        if r < 0.14:
            self._refund_wash(o, booked_for + D(hours=24), "wash_no_show", "未到店自动退款")
            return
        done = booked_for + D(minutes=float(rng.uniform(5, 45)))
        self.ev(c, done, "tp_carwash_done", "completed", channel="store", device=None, wash_type=wt,
                洗车类型=WASH[wt][0], wait_minutes=int(lognorm(15, 0.5)), order_id=o["order_id"], **base)
        if rng.random() < 0.006:
            self.ticket(c, done + D(hours=float(rng.uniform(0.5, 20))), "carwash", st, base)
        if rng.random() < 0.04:
            sent = "pos" if rng.random() < 0.75 else "neg"
            self.fb(done + D(hours=float(rng.uniform(0.5, 30))), choice(["station_rating", "dianping"], [0.7, 0.3]),
                    "carwash", sent, "tp_carwash_done", c, rating=self.rated(sent), station=base["station"],
                    station_code=st)

    def _refund_wash(self, o, ts, reason, zh):
        if ts <= END:
            o["status"] = "refunded"
            o["refunded_at"] = ts
            o["refund_reason"] = reason
            o["退款原因"] = zh

    def invoice(self, c, o, t):
        ts = t + D(minutes=float(rng.uniform(2, 90))) if rng.random() < 0.6 else t + D(days=float(rng.uniform(0.2, 3)))
        company = c["vt"] == "truck" or rng.random() < 0.45
        special = c["vt"] == "truck" and rng.random() < 0.5
        itype = "vat_special" if special else "e_normal"
        ch = choice(["app", "mini_program"], [0.7, 0.3])
        ok = self.ev(c, ts, "tp_invoice_request", "submitted", channel=ch, invoice_type=itype,
                     发票类型="增值税专用发票" if special else "电子普通发票", title_type="company" if company else "personal",
                     抬头类型="单位" if company else "个人", order_id=o["order_id"], amount=o["amount"],
                     station=o["station"], city=o["city"])
        if not ok:
            return
        hours = lognorm(18.0 if special else 0.6, 0.7)
        stuck = False
        if within(ts, EINVOICE):
            hours = lognorm(46.0 if special else 22.0, 0.8)
            stuck = rng.random() < 0.12
        elif ts >= EINVOICE[1] and ts < EINVOICE[1] + D(days=10):
            hours = lognorm(6.0 if not special else 24.0, 0.7)
        if stuck:
            hours = float(rng.uniform(8, 16)) * 24
        hours = round(hours, 2)
        ti = ts + D(hours=hours)
        self.ev(c, ti, "tp_invoice_issued", "issued", channel=ch, device=None, invoice_type=itype,
                发票类型="增值税专用发票" if special else "电子普通发票", issue_hours=hours, order_id=o["order_id"],
                station=o["station"], city=o["city"])
        if hours > 48 and rng.random() < 0.22:
            self.ticket(c, ts + D(hours=float(rng.uniform(30, 47))), "invoice", None,
                        dict(station=o["station"], city=o["city"]))
        elif hours > 24 and rng.random() < 0.05:
            self.fb(ts + D(hours=float(rng.uniform(25, 70))), choice(["app_review", "in_app"], [0.5, 0.5]), "invoice",
                    "neg", "tp_invoice_issued", c, rating=1, device=c["device"])
        elif hours < 2 and rng.random() < 0.004:
            self.fb(ti + D(hours=1), "in_app", "invoice", "pos", "tp_invoice_issued", c, rating=5)

    def ticket(self, c, ts, cat, st, base, about=None):
        if ts > END:
            return
        self.n_tk += 1
        no = f"TK{self.n_tk:06d}"
        hours = round(lognorm(TICKETS[cat][1], 0.6), 1)
        ch = choice(["phone", "app"], [0.6, 0.4])
        prio = "high" if cat in ("wrong_charge", "fuel_quality") else choice(["normal", "low"], [0.8, 0.2])
        self.ev(c, ts, "tp_complaint", "opened", channel=ch, device=c["device"] if ch == "app" else None,
                ticket_no=no, ticket_category=cat, 投诉类别=TICKETS[cat][0], priority=prio, resolution_hours=hours,
                station=base.get("station"), station_code=st, city=base.get("city") or c["city"])
        if rng.random() < 0.85:
            tp = about or TICKET_TP[cat]
            self.fb(ts, "ticket", TICKET_TOPIC[cat], "neg", tp, c, ticket_no=no, ticket_category=cat,
                    station=base.get("station"), station_code=st or c["home"])

    def rate_visit(self, c, ts, st, q, problems, pay_point):
        name = STATIONS[st][0]
        kw = dict(station=name, station_code=st, device=c["device"])
        tp = "tp_station_arrive"
        if "charge" in problems:
            topic, sent, tp = "charge", "neg", ("tp_pay_pump" if pay_point == "pump" else "tp_pay_counter")
        elif q >= 18 and rng.random() < 0.85:
            topic, sent = "queue", "neg"
        elif "app_crash" in problems or "qr_unreadable" in problems:
            topic, sent, tp = "scan", "neg", "tp_pump_checkin"
        elif "pump_offline" in problems:
            topic, sent, tp = "pump", "neg", "tp_pump_checkin"
        else:
            r = rng.random()
            if r < 0.30:
                topic, sent = "generic", choice(["pos", "neu", "neg"], [0.6, 0.28, 0.12])
            elif r < 0.45:
                topic, sent, tp = "staff", choice(["pos", "neg"], [0.75, 0.25]), "tp_pay_counter" if pay_point == \
                    "counter" else "tp_station_arrive"
            elif r < 0.55:
                topic, sent, tp = "store", choice(["pos", "neg"], [0.65, 0.35]), "tp_store_addon"
            elif r < 0.68:
                topic, sent = "price", choice(["pos", "neg"], [0.45, 0.55])
            elif r < 0.82 and pay_point == "pump":
                topic, sent, tp = "scan", "pos", "tp_pump_checkin"
            elif r < 0.88:
                topic, sent = "queue", "pos"
            else:
                topic, sent = "generic", "pos"
        if topic == "price":
            tp = "tp_pay_pump" if pay_point == "pump" else "tp_pay_counter"
        rating = self.rated(sent)
        self.fb(ts, "station_rating", topic, sent, tp, c, rating=rating, **kw)

    # ---------- feedback not tied to a visit ----------
    def extra_feedback(self):
        members = self.customers
        months = [(2025 + (k // 12), k % 12 + 1) for k in range(18)]
        for y, m in months:
            m0 = datetime(y, m, 1)
            m1 = (m0 + D(days=32)).replace(day=1)
            days = (m1 - m0).days
            # app store reviews
            n = int(rng.poisson(26))
            for _ in range(n):
                c = choice(members)
                ts = m0 + D(days=float(rng.uniform(0, days)))
                r = rng.random()
                if r < 0.30:
                    topic, sent, tp = "generic", choice(["pos", "neu", "neg"], [0.55, 0.2, 0.25]), None
                elif r < 0.45:
                    topic, sent, tp = "scan", choice(["pos", "neg"], [0.7, 0.3]), "tp_pump_checkin"
                elif r < 0.60:
                    topic, sent, tp = "coupon", choice(["pos", "neg"], [0.5, 0.5]), "tp_wechat_coupon"
                elif r < 0.70:
                    topic, sent, tp = "points", choice(["pos", "neg"], [0.6, 0.4]), "tp_points_redeem"
                elif r < 0.80:
                    topic, sent, tp = "price", choice(["pos", "neg"], [0.6, 0.4]), "tp_pay_pump"
                elif r < 0.90:
                    topic, sent, tp = "invoice", choice(["pos", "neg"], [0.6, 0.4]), "tp_invoice_issued"
                else:
                    topic, sent, tp = "carwash", choice(["pos", "neg"], [0.6, 0.4]), "tp_carwash_booking"
                self.fb(ts, "app_review", topic, sent, tp, c, rating=self.rated(sent), device=c["device"],
                        platform=choice(STORES[c["device"]]))
            if (y, m) == (2025, 9):   # Android 5.3.0: scan crashes
                andr = [c for c in members if c["device"] == "android"]
                for _ in range(135):
                    c = choice(andr)
                    ts = SCAN_BUG[0] + D(days=float(rng.uniform(0, 27)))
                    self.fb(ts, "app_review", "scan", "neg", "tp_pump_checkin", c, rating=1 if rng.random() < 0.8 else 2,
                            device="android", platform=choice(STORES["android"]))
            # 大众点评 station reviews (a part scraped without dates)
            n = int(rng.poisson(30))
            for _ in range(n):
                c = choice(members)
                st = c["home"] if rng.random() < 0.7 else choice(list(STATIONS))
                ts = m0 + D(days=float(rng.uniform(0, days)))
                jam = st == "SZ01" and ts >= QUEUE_JAM
                r = rng.random()
                if jam and r < 0.55:
                    topic, sent, tp = "queue", "neg", "tp_station_arrive"
                elif r < 0.35:
                    topic, sent, tp = "generic", choice(["pos", "neu", "neg"], [0.6, 0.25, 0.15]), "tp_station_arrive"
                elif r < 0.50:
                    topic, sent, tp = "staff", choice(["pos", "neg"], [0.7, 0.3]), "tp_station_arrive"
                elif r < 0.62:
                    topic, sent, tp = "store", choice(["pos", "neg"], [0.6, 0.4]), "tp_store_addon"
                elif r < 0.74 and STATIONS[st][3]:
                    topic, sent, tp = "carwash", choice(["pos", "neg"], [0.65, 0.35]), "tp_carwash_done"
                elif r < 0.84:
                    topic, sent, tp = "price", choice(["pos", "neg"], [0.4, 0.6]), "tp_station_arrive"
                elif r < 0.92:
                    topic, sent, tp = "queue", choice(["pos", "neg"], [0.4, 0.6]), "tp_station_arrive"
                else:
                    topic, sent, tp = "generic", "pos", "tp_station_arrive"
                undated = rng.random() < 0.35
                self.fb(None if undated else ts, "dianping", topic, sent, tp, None, rating=self.rated(sent),
                        station=STATIONS[st][0], station_code=st, city=STATIONS[st][1],
                        lang="en" if rng.random() < 0.04 else "zh")
            # social posts (no rating; some without dates)
            n = int(rng.poisson(11))
            for _ in range(n):
                ts = m0 + D(days=float(rng.uniform(0, days)))
                r = rng.random()
                if r < 0.25:
                    topic, sent, tp = "charge", "neg", "tp_pay_pump"
                elif r < 0.45:
                    topic, sent, tp = "price", choice(["pos", "neg"], [0.3, 0.7]), None
                elif r < 0.60:
                    topic, sent, tp = "coupon", choice(["pos", "neg"], [0.6, 0.4]), "tp_wechat_coupon"
                elif r < 0.72:
                    topic, sent, tp = "quality", "neg", None
                else:
                    topic, sent, tp = "generic", choice(["pos", "neu", "neg"], [0.5, 0.2, 0.3]), None
                self.fb(None if rng.random() < 0.3 else ts, "social", topic, sent, tp, None,
                        platform=choice(["微博", "小红书", "抖音", "汽车之家论坛"], [0.3, 0.3, 0.25, 0.15]))
        # NPS waves: first two weeks of Mar / Jun / Sep / Dec
        for y, m in NPS_WAVES:
            w0 = datetime(y, m, 1)
            wave = f"{y}Q{(m - 1) // 3 + 1}"
            pool = [c for c in members if c["first_visit"] and c["first_visit"] < w0 and
                    (c["churn"] is None or c["churn"] > w0)]
            idx = rng.choice(len(pool), size=min(len(pool), 150), replace=False)
            for i in idx:
                c = pool[int(i)]
                ts = w0 + D(days=float(rng.uniform(0, 14)))
                base = 7.6 if c["vt"] != "truck" else 7.2
                topic = "generic"
                if (y, m) == (2025, 9) and c["device"] == "android" and c["p_app"] > 0.3 and rng.random() < 0.7:
                    base, topic = 3.8, "scan"
                elif c["home"] == "SZ01" and w0 >= QUEUE_JAM and rng.random() < 0.75:
                    base, topic = 4.2, "queue"
                elif (y, m) == (2025, 12) and rng.random() < 0.15:
                    base, topic = 5.5, "points"
                score = int(np.clip(round(rng.normal(base, 1.8)), 0, 10))
                sent = "pos" if score >= 9 else "neu" if score >= 7 else "neg"
                if topic == "generic" and sent != "neu":
                    r = rng.random()
                    if r < 0.25:
                        topic = choice(["staff", "price", "store"])
                    elif r < 0.35 and sent == "neg":
                        topic = "charge"
                if topic in ("scan", "queue", "points", "charge") and sent == "neu":
                    sent = "neg"
                if topic == "scan" and sent == "pos":
                    topic = "generic"
                tp = {"scan": "tp_pump_checkin", "queue": "tp_station_arrive", "points": "tp_points_redeem",
                      "staff": "tp_station_arrive", "price": "tp_pay_pump", "store": "tp_store_addon",
                      "charge": "tp_pay_pump"}.get(topic)
                self.fb(ts, "nps_survey", topic, sent, tp, c, nps=score, survey_wave=wave,
                        station=STATIONS[c["home"]][0], station_code=c["home"])

    def run(self):
        for k in range(1, 2201):
            c = self.new_customer(k)
            self.life(c)
        self.extra_feedback()

    def customer_rows(self):
        rows = []
        for c in self.customers:
            lv = c["last_visit"]
            if not c["legacy"] and c["signup"] >= datetime(2026, 5, 1):
                seg = "new"
            elif lv is None:
                seg = "inactive"
            elif lv >= END - D(days=60):
                seg = "active"
            elif lv >= END - D(days=120):
                seg = "at_risk"
            else:
                seg = "lapsed"
            s = c["spend12"]
            tier = "platinum" if s >= 20000 else "gold" if s >= 8000 else "silver" if s >= 2500 else "standard"
            rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg,
                             region=CITIES[c["city"]][0], city=c["city"], acquisition_channel=c["acq"],
                             获客渠道=ACQ[c["acq"]][0], tier=tier, 会员等级=TIERS[tier], vehicle_type=c["vt"],
                             车辆类型=VEHICLES[c["vt"]][0], plate_prefix=c["plate"],
                             preferred_grade=GRADES[c["grade"]][0], home_station=STATIONS[c["home"]][0],
                             device=c["device"], gender=c["gender"], age_band=c["age"],
                             has_fuel_card=str(bool(c["fuel_card"])).lower(), follows_wechat=str(c["follows"]).lower(),
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols=None):
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and not k.startswith("_"):
                    cols.append(k)
    times = [cols.index(k) for k in ("ts", "signup_at", "booked_for", "refunded_at") if k in cols]
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            row = [r.get(k) for k in cols]   # None is written as an empty cell
            for i in times:
                if isinstance(row[i], datetime):
                    row[i] = fmt(row[i])
            w.writerow(row)


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
        r["event_id"] = f"E{k:07d}"
    dup_idx = sorted(int(x) for x in rng.choice(len(ev), 38, replace=False))
    rows = []
    for k, r in enumerate(ev):
        rows.append(r)
        if dup_idx and k == dup_idx[0]:
            rows.append(dict(r))
            dup_idx.pop(0)
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
            "station", "station_code"]
    for r in ev:
        for key in r:
            if key not in cols:
                cols.append(key)
    write(out / "events.csv", rows, cols)
    orders = sorted(g.orders, key=lambda r: (r["ts"], r["order_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
             "station", "city", "pay_point", "pay_method", "支付方式", "fuel_grade", "油品", "litres", "unit_price",
             "discount", "coupon_id", "item_category", "商品类别", "wash_type", "洗车类型", "points_earned",
             "refunded_at", "refund_reason", "退款原因"]
    write(out / "orders.csv", orders, ocols)
    dated = sorted([r for r in g.feedback if r["ts"] is not None], key=lambda r: r["ts"])
    undated = [r for r in g.feedback if r["ts"] is None]
    fb = list(dated)
    for r in undated:
        fb.insert(int(rng.integers(0, len(fb) + 1)), r)
    for k, r in enumerate(fb, 1):
        r["feedback_id"] = f"FB{k:05d}"
    fcols = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language",
             "station", "device", "platform", "ticket_no", "ticket_category", "survey_wave"]
    write(out / "feedback.csv", fb, fcols)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=r["feedback_id"], topic=r["_topic"], sentiment=r["_sent"]) for r in fb],
          ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(rows)}, orders {len(orders)}, feedback {len(fb)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
