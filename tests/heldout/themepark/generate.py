"""Wonderhill 奇妙山乐园: a theme park + water park (Splash World 奇妙水世界) near Hangzhou, with an app, a WeChat
mini program, OTA sales, a ticket window and annual passes, 2025-04-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260705
START = date(2025, 4, 1)
END = date(2026, 8, 31)
NDAYS = (END - START).days + 1
DAYS = [START + timedelta(i) for i in range(NDAYS)]
D = timedelta
N_CUST = 4000
N_OLD_PASS = 400          # pass holders whose pass was bought before the data starts
N_NEW_PASS = 120          # customers who buy a new pass inside the data

WATER_SEASON = [(date(2025, 5, 1), date(2025, 10, 15)), (date(2026, 5, 1), date(2026, 8, 31))]
COASTER_CLOSED = (date(2026, 3, 9), date(2026, 4, 26))       # Star Coaster maintenance, not announced in advance
MINI_BUG = (date(2026, 6, 18), date(2026, 7, 21))            # mini program 2.6.0 calendar shows "sold out"; 2.6.1 fixes
MOBILE_ORDER = date(2026, 4, 15)                             # app 4.2.0: mobile food ordering (扫码点餐)
PASS_HIKE = date(2026, 3, 1)                                 # standard 1299 -> 1599, premium 2199 -> 2499
PASS_REGIME = date(2026, 2, 1)                               # reminders from here on meet the new price
TYPHOON = [date(2025, 8, 1), date(2025, 8, 2), date(2025, 8, 3), date(2026, 7, 24), date(2026, 7, 25),
           date(2026, 7, 26)]   # park closed all day
HOLIDAYS = {
    "清明": [(date(2025, 4, 4), date(2025, 4, 6)), (date(2026, 4, 4), date(2026, 4, 6))],
    "五一": [(date(2025, 5, 1), date(2025, 5, 5)), (date(2026, 5, 1), date(2026, 5, 5))],
    "端午": [(date(2025, 5, 31), date(2025, 6, 2)), (date(2026, 6, 19), date(2026, 6, 21))],
    "国庆": [(date(2025, 10, 1), date(2025, 10, 8))],
    "元旦": [(date(2026, 1, 1), date(2026, 1, 3))],
    "春节": [(date(2026, 2, 15), date(2026, 2, 23))],
}
BLACKOUT = [(date(2025, 10, 1), date(2025, 10, 7)), (date(2026, 2, 15), date(2026, 2, 23))]   # passes not valid

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告种草", "Ads", "awareness", "ads", "digital", "marketing",
     "广告|抖音广告|小红书种草|投放|ad|ads|advert|campaign"),
    ("tp_app_home", "App首页", "App home", "awareness", "app", "digital", "digital",
     "首页|App首页|小程序首页|乐园首页|home page|app home|homepage"),
    ("tp_signup", "注册会员", "Sign-up", "consideration", "app", "digital", "crm",
     "注册|新用户注册|开户|sign up|signup|registration|register"),
    ("tp_ticket_browse", "浏览门票", "Browse tickets", "consideration", "app", "digital", "ecommerce",
     "门票页|看门票|门票列表|票种|浏览门票|ticket page|browse tickets|tickets|ticket list"),
    ("tp_date_select", "选择日期和票种", "Choose date & ticket", "consideration", "app", "digital", "ecommerce",
     "选日期|选择日期|日历|游玩日期|选票种|date picker|calendar|choose date|select date"),
    ("tp_checkout", "提交订单", "Checkout", "purchase", "app", "digital", "ecommerce",
     "下单|提交订单|填写游客信息|结算|checkout|place order|order form"),
    ("tp_payment", "支付成功", "Payment success", "purchase", "app", "digital", "payments",
     "支付|付款|支付成功|买票成功|出票|电子票|payment|paid|pay|e-ticket|purchase"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|付不了款|扣款失败|payment failed|payment failure|declined"),
    ("tp_ticket_window", "售票窗口", "Ticket window", "purchase", "store", "physical", "park_ops",
     "售票处|窗口买票|现场买票|售票窗口|ticket window|ticket counter|box office|walk-up"),
    ("tp_gate", "入园闸机", "Park entrance", "service", "store", "physical", "park_ops",
     "入园|检票|闸机|大门|进园|gate|entrance|entry|turnstile|park entry"),
    ("tp_ride", "游乐项目", "Rides", "service", "store", "physical", "park_ops",
     "项目|游乐设施|排队|过山车|玩项目|rides|ride|attraction|attractions|queue|queues|roller coaster"),
    ("tp_fnb", "园区餐饮", "Food & beverage", "service", "store", "physical", "fnb",
     "餐饮|吃饭|餐厅|小吃|饮料|扫码点餐|F&B|food|food and beverage|restaurant|dining|snacks|drinks"),
    ("tp_merch", "商品店", "Merchandise shop", "service", "store", "physical", "retail",
     "商店|纪念品|文创|周边|买周边|merch|merchandise|gift shop|souvenirs|shop"),
    ("tp_exit_survey", "离园问卷", "Exit survey", "loyalty", "app", "digital", "cx",
     "问卷|离园调查|满意度调查|游后评价|exit survey|survey|post-visit survey"),
    ("tp_refund_request", "退票申请", "Refund request", "service", "app", "digital", "customer_service",
     "退票|申请退款|退款申请|refund request|ticket refund|cancel ticket|cancellation"),
    ("tp_refund_done", "退款到账", "Refund completed", "service", "app", "digital", "customer_service",
     "退款到账|退款成功|钱退回来|refund completed|refunded|money back"),
    ("tp_rain_check", "雨票发放", "Rain check issued", "service", "app", "digital", "customer_service",
     "雨票|雨天保障|改期券|闭园补偿|rain check|raincheck|weather voucher"),
    ("tp_rain_check_redeem", "雨票改期入园", "Rain check redeemed", "service", "store", "physical", "park_ops",
     "雨票兑换|雨票改期|用雨票入园|rain check redeemed|redeem rain check|rebooked visit"),
    ("tp_lost_report", "失物登记", "Lost item report", "service", "store", "physical", "guest_services",
     "失物招领|丢东西|报失|丢失物品|lost and found|lost & found|lost item|lost property"),
    ("tp_item_returned", "失物归还", "Item returned", "service", "store", "physical", "guest_services",
     "失物归还|找回|物品寄回|item returned|found item|returned item"),
    ("tp_pass_reminder", "年卡到期提醒", "Pass expiry reminder", "loyalty", "app", "digital", "membership",
     "到期提醒|续卡提醒|年卡提醒|renewal reminder|expiry reminder|pass reminder"),
    ("tp_pass_page", "年卡页面", "Annual pass page", "loyalty", "app", "digital", "membership",
     "年卡页|年卡详情|办年卡|续卡页面|pass page|annual pass page|membership page"),
    ("tp_pass_paid", "年卡支付成功", "Annual pass paid", "loyalty", "app", "digital", "membership",
     "年卡|办卡|续卡|年卡续费|畅游卡|annual pass|season pass|pass renewal|renewal|renew pass"),
]
JOURNEYS = [  # id, zh, en, window days, steps
    ("ticket_purchase", "在线购票", "Online ticket purchase", 1,
     ["tp_ticket_browse", "tp_date_select", "tp_checkout", "tp_payment"]),
    ("park_visit", "游园体验", "Park visit", 1, ["tp_gate", "tp_ride", "tp_fnb", "tp_merch", "tp_exit_survey"]),
    ("pass_renewal", "年卡续费", "Annual pass renewal", 30, ["tp_pass_reminder", "tp_pass_page", "tp_pass_paid"]),
    ("ticket_refund", "退票退款", "Ticket refund", 5, ["tp_refund_request", "tp_refund_done"]),
    ("rain_check", "雨票改期", "Rain check rebooking", 60, ["tp_rain_check", "tp_rain_check_redeem"]),
    ("lost_found", "失物招领", "Lost and found", 14, ["tp_lost_report", "tp_item_returned"]),
    ("signup_first_ticket", "注册到首次购票", "Sign-up to first ticket", 30, ["tp_signup", "tp_payment"]),
]
ZONES = {  # id: zh, en
    "fantasy_castle": ("梦幻城堡", "Fantasy Castle"), "adventure_jungle": ("探险丛林", "Adventure Jungle"),
    "future_port": ("未来星港", "Future Port"), "kiddie_town": ("童趣小镇", "Kiddie Town"),
    "splash_world": ("奇妙水世界", "Splash World"),
}
RIDES = [  # id, zh, en, zone, base queue minutes, popularity
    ("carousel", "旋转木马", "Carousel", "fantasy_castle", 9, 0.9),
    ("castle_flight", "城堡飞天", "Castle Flight", "fantasy_castle", 20, 1.2),
    ("jungle_rapids", "丛林漂流", "Jungle Rapids", "adventure_jungle", 24, 1.3),
    ("temple_quest", "古庙探险", "Temple Quest", "adventure_jungle", 16, 1.0),
    ("star_coaster", "星际飞车", "Star Coaster", "future_port", 34, 1.6),
    ("space_drop", "太空跳楼机", "Space Drop", "future_port", 19, 1.0),
    ("mini_train", "小火车", "Mini Train", "kiddie_town", 7, 0.7),
    ("teacups", "咖啡杯", "Teacups", "kiddie_town", 8, 0.7),
    ("wave_bay", "巨浪湾", "Wave Bay", "splash_world", 10, 1.3),
    ("turbo_slides", "极速滑道", "Turbo Slides", "splash_world", 27, 1.4),
]
OUTLETS = {"fantasy_castle": "castle_bakery", "adventure_jungle": "jungle_diner", "future_port": "galaxy_burger",
           "kiddie_town": "kiddie_snacks", "splash_world": "beach_bar"}
SHOPS = {"fantasy_castle": "castle_gift_shop", "adventure_jungle": "main_street_emporium",
         "future_port": "star_port_store", "kiddie_town": "main_street_emporium", "splash_world": "splash_shop"}
PRICE = {  # per adult by price tier; children pay 75 %
    "day": {"weekday": 299, "weekend": 349, "holiday": 399},
    "two_day": {"weekday": 499, "weekend": 559, "holiday": 629},
    "water_park": {"weekday": 199, "weekend": 229, "holiday": 259},
    "combo": {"weekday": 449, "weekend": 499, "holiday": 549},
}
PASS_PRICE = {"standard": (1299, 1599), "premium": (2199, 2499)}
CITIES = [  # province, city, region, weight, english share, ios share
    ("浙江", "杭州", "华东", 0.25, 0.04, 0.45), ("浙江", "宁波", "华东", 0.06, 0.03, 0.42),
    ("浙江", "绍兴", "华东", 0.05, 0.02, 0.4), ("浙江", "嘉兴", "华东", 0.04, 0.02, 0.4),
    ("浙江", "温州", "华东", 0.03, 0.02, 0.4), ("上海", "上海", "华东", 0.22, 0.2, 0.6),
    ("江苏", "苏州", "华东", 0.08, 0.06, 0.5), ("江苏", "南京", "华东", 0.05, 0.04, 0.48),
    ("江苏", "无锡", "华东", 0.04, 0.03, 0.45), ("安徽", "合肥", "华东", 0.06, 0.02, 0.38),
    ("北京", "北京", "华北", 0.04, 0.1, 0.55), ("广东", "广州", "华南", 0.03, 0.06, 0.45),
    ("广东", "深圳", "华南", 0.03, 0.1, 0.55), ("湖北", "武汉", "华中", 0.02, 0.03, 0.4),
]
GROUPS = ["family", "couple", "friends", "solo", "school_group"]
GROUP_W = [0.47, 0.2, 0.19, 0.09, 0.05]
ACQ = ["douyin_ads", "xiaohongshu", "ota_ctrip", "friend_referral", "walk_in"]
ACQ_W = [0.27, 0.2, 0.18, 0.2, 0.15]
ZERO_TRIP = {"douyin_ads": 0.62, "xiaohongshu": 0.3, "ota_ctrip": 0.22, "friend_referral": 0.12, "walk_in": 0.0,
             "school_partnership": 0.1}
LEAD_MU = {"family": 5.0, "couple": 2.0, "friends": 3.0, "solo": 1.2}
MONTH_F = {4: 1.0, 5: 1.1, 6: 0.85, 7: 1.5, 8: 1.6, 9: 0.8, 10: 1.1, 11: 0.8, 12: 0.5, 1: 0.45, 2: 0.7, 3: 0.8}
RAIN_P = {4: .3, 5: .3, 6: .45, 7: .2, 8: .2, 9: .2, 10: .15, 11: .2, 12: .2, 1: .25, 2: .3, 3: .3}
HOT_P = {6: .1, 7: .45, 8: .4, 9: .1}

# topic: sentiment, touchpoint, zh templates, en templates
TOPICS = {
    "queue_long": ("neg", "tp_ride", [
        "排队太久了，{ride_zh}排了{q}分钟，一天下来只玩了{n}个项目",
        "人山人海，每个项目都要排队一个多小时，体验很差",
        "{ride_zh}排队{q}分钟，孩子都等哭了",
        "排队时间太长，买了快速通道也没用，不推荐节假日来"], [
        "The queue for {ride_en} was {q} minutes, we only did {n} rides all day",
        "Insane queues everywhere, over an hour for every ride",
        "Spent most of the day in a queue. {ride_en} took {q} minutes.",
        "Queue times are way too long, not worth it on a holiday"]),
    "coaster_closed": ("neg", "tp_ride", [
        "星际飞车停运维修也不提前通知，专门冲着它来的",
        "最想玩的星际飞车停运了，票价一分没少",
        "来了才知道星际飞车停运，太失望了"], [
        "Star Coaster was closed for maintenance and nobody told us before we bought",
        "The main reason we came, Star Coaster, was down for maintenance. Disappointed.",
        "Star Coaster under maintenance, this should have been on the website"]),
    "heat": ("neg", "tp_ride", [
        "太热了，等候区没有遮阳，孩子差点中暑",
        "天气太热，园区里遮阳棚太少，喷雾也不开",
        "三十七度太热了，等候区像蒸笼"], [
        "The heat was brutal and there's almost no shade in the waiting areas",
        "Not enough shade or water fountains for this heat",
        "Heat stroke risk, the kids were exhausted. Need more shade."]),
    "food_price": ("neg", "tp_fnb", [
        "园区餐饮太贵了，一碗牛肉面68块",
        "餐饮价格离谱，一个汉堡58还不好吃",
        "餐饮又贵又难吃，建议自带"], [
        "Food is overpriced, 68 yuan for a bowl of noodles",
        "Overpriced food and not even tasty",
        "The food prices inside the park are a rip-off"]),
    "food_wait": ("neg", "tp_fnb", [
        "中午餐饮点位等了四十分钟才拿到饭",
        "餐厅人太多，餐饮等了好久，座位也不够"], [
        "Waited 40 minutes for food at lunch time",
        "Not enough seats and the food took forever"]),
    "toilet": ("neg", "tp_exit_survey", [
        "厕所太少而且很脏", "厕所要排长队，卫生也一般"], [
        "Restrooms were dirty and too few", "Dirty restrooms near Kiddie Town"]),
    "parking": ("neg", "tp_gate", [
        "停车场太远，停车费60一天太贵", "停车位不够，绕了半小时"], [
        "Parking is expensive (60 yuan) and far from the entrance", "Took 30 minutes to find parking"]),
    "ticket_price": ("neg", "tp_ticket_browse", [
        "门票太贵了，一家四口一千多", "门票价格节假日涨得太多"], [
        "Ticket price is too high for what you get", "The ticket price on holidays is crazy"]),
    "calendar_bug": ("neg", "tp_date_select", [
        "小程序选日期时周末全部显示售罄，电话问客服说还有票",
        "小程序日历一直显示售罄，没法下单，只好去携程买了",
        "选日期页面bug，明明有票却显示售罄"], [
        "Mini program calendar shows every weekend as sold out, but the hotline says there are tickets",
        "Couldn't book: every date says sold out in the mini program",
        "Date picker bug, sold out everywhere, ended up buying on Trip.com"]),
    "pay_fail": ("neg", "tp_pay_fail", [
        "支付失败好几次，钱还被扣了", "微信支付一直提示支付失败"], [
        "Payment failed three times and I was still charged", "Keeps saying payment failed with Alipay"]),
    "app_slow": ("neg", "tp_app_home", [
        "App太卡顿了，打开要十几秒", "更新后App卡顿闪退"], [
        "App is laggy and crashes on the ticket page", "Very laggy app, takes ages to load"]),
    "refund_slow": ("neg", "tp_refund_done", [
        "台风闭园申请的退款一个星期了还没到账", "退款太慢了，客服只会说在处理", "闭园退款拖了这么久，态度也差"], [
        "Still waiting for my refund a week after the typhoon closure",
        "Refund is taking forever, support just says it's processing"]),
    "lost_item": ("neg", "tp_lost_report", [
        "在水世界储物柜丢了手机，失物招领说没找到", "孩子的水杯丢在{zone_zh}，联系了三次都没回复",
        "手机丢了，储物柜的锁是坏的"], [
        "Lost my phone at the Splash World lockers, lost and found never called back",
        "Lost a bag near {zone_en}, nobody followed up", "My phone was lost from a broken locker"]),
    "pass_price": ("neg", "tp_pass_page", [
        "年卡一下涨价300，不续了", "年卡涨价太狠了，1299变1599", "畅游年卡涨价了，权益还变少"], [
        "The annual pass price went up by 300 yuan, not renewing", "Pass price hike from 1299 to 1599 is too much",
        "Annual pass price increase with fewer perks, no thanks"]),
    "rain_check": ("neg", "tp_rain_check", [
        "台风闭园给的雨票只能60天内用，开学了根本来不了", "雨票改期还要重新预约，太麻烦"], [
        "The rain check is only valid 60 days, useless once school starts", "Rebooking with the rain check is a hassle"]),
    "fun_rides": ("pos", "tp_ride", [
        "项目很好玩，{ride_zh}太刺激了", "整体很好玩，还会再来", "{ride_zh}强烈推荐，好玩！"], [
        "Great rides, {ride_en} was amazing", "Had a blast, great rides overall", "{ride_en} is a must, loved it"]),
    "kids_happy": ("pos", "tp_exit_survey", [
        "孩子玩得特别开心，童趣小镇很适合小朋友", "带孩子来很合适，设施干净"], [
        "The kids loved it, Kiddie Town is perfect for little ones", "Great day out with the kids"]),
    "staff": ("pos", "tp_exit_survey", ["工作人员很热情，服务好", "工作人员耐心又专业"], [
        "Staff were friendly and helpful", "Lovely staff everywhere"]),
    "parade": ("pos", "tp_exit_survey", ["晚上的花车巡游很精彩", "巡游和烟花太美了"], [
        "The evening parade was wonderful", "Loved the parade and the fireworks"]),
    "water_fun": ("pos", "tp_ride", ["水世界的巨浪湾太爽了，夏天必来", "水世界很干净，滑道刺激"], [
        "Splash World was so much fun on a hot day", "Splash World slides are great"]),
    "mobile_order": ("pos", "tp_fnb", ["App扫码点餐很方便，不用等", "手机点餐直接取，省了好多时间"], [
        "Mobile ordering in the app is great, no waiting at the counter", "Ordered lunch on my phone, super convenient"]),
    "pass_value": ("pos", "tp_pass_page", ["年卡一年来了十几次，很值", "办了年卡，周末随时来，划算"], [
        "Our annual pass paid for itself after 4 visits", "Pass holders get great value, we come every month"]),
    "app_smooth": ("pos", "tp_app_home", ["App买票很顺畅", "小程序下单很方便，入园刷码就行"], [
        "Booking in the app was smooth", "Easy booking, just scan the QR code at the gate"]),
    "lost_thanks": ("pos", "tp_item_returned", ["钱包落在园里，第二天就寄回来了，感谢", "手机落在过山车上，很快就找回来了"], [
        "Left my wallet on a ride and they mailed it back the next day", "They found my phone within an hour, thank you"]),
    "neutral_ok": ("neu", "tp_exit_survey", ["还行吧，中规中矩，就是人有点多", "一般般，项目不算多"], [
        "It was okay, nothing special", "Average experience, a bit crowded"]),
}


def in_range(d, rng_):
    return rng_[0] <= d <= rng_[1]


def holiday_of(d):
    for name, spans in HOLIDAYS.items():
        if any(in_range(d, s) for s in spans):
            return name
    return None


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    R = rng.random

    # ---------------- calendar ----------------
    info = []
    for d in DAYS:
        hol = holiday_of(d)
        summer = d.month in (7, 8)
        if d in TYPHOON:
            weather = "typhoon"
        elif hol == "国庆":
            weather = "sunny" if R() < 0.7 else "cloudy"
        elif R() < RAIN_P[d.month]:
            weather = "heavy_rain" if R() < 0.2 else "rain"
        elif R() < HOT_P.get(d.month, 0):
            weather = "hot"
        else:
            weather = "sunny" if R() < 0.6 else "cloudy"
        base_t = {1: 8, 2: 10, 3: 15, 4: 21, 5: 26, 6: 29, 7: 33, 8: 33, 9: 29, 10: 23, 11: 17, 12: 10}[d.month]
        temp = int(rng.integers(35, 40)) if weather == "hot" else int(base_t + rng.normal(0, 2.5))
        if hol == "国庆":
            df = 5.0
        elif hol:
            df = 2.6
        elif d.weekday() >= 5:
            df = 2.0
        elif summer:
            df = 1.5
        else:
            df = 1.0
        wf = {"rain": 0.65, "heavy_rain": 0.45, "hot": 0.9}.get(weather, 1.0)
        if d in TYPHOON:
            wf = 3.0          # the summer festival weekend (夏日音乐节) sold out before the typhoon closed the park
        w = MONTH_F[d.month] * df * wf
        tier = "holiday" if hol else ("weekend" if d.weekday() >= 5 else "weekday")
        water = any(in_range(d, s) for s in WATER_SEASON)
        school_ok = d.month in (4, 5, 6, 9, 10, 11) and d.weekday() < 5 and not hol and not (d.month == 6 and d.day > 25)
        info.append(dict(weather=weather, temp=temp, hol=hol, w=w, crowd=w, tier=tier, water=water, school=school_ok))
    W = np.array([x["w"] for x in info])
    M_NOTYPH = np.array([0.0 if d in TYPHOON else 1.0 for d in DAYS])
    M_PASS = np.array([0.0 if (d in TYPHOON or any(in_range(d, s) for s in BLACKOUT)) else 1.0 for d in DAYS])
    M_SCHOOL = np.array([1.0 if x["school"] else 0.0 for x in info])
    idx = {d: i for i, d in enumerate(DAYS)}

    def day_sample(a: date, b: date, mask=None) -> date | None:
        a, b = max(a, START), min(b, END)
        if a > b:
            return None
        i, j = idx[a], idx[b] + 1
        w = W[i:j].copy()
        if mask is not None:
            w = w * mask[i:j]
        if w.sum() <= 0:
            return None
        return DAYS[i + int(rng.choice(j - i, p=w / w.sum()))]

    def at(d: date, hour: float) -> datetime:
        return datetime(d.year, d.month, d.day) + D(hours=hour)

    cnt = {"e": 0, "o": 0, "f": 0, "s": 0, "v": 0}
    events, orders, feedback = [], [], []

    def ev(cid, ts, tp, action, sess=None, device=None, channel=None, **extra):
        cnt["e"] += 1
        row = dict(event_id=f"E{cnt['e']:07d}", customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=sess, action=action, device=device, channel=channel)
        row.update(extra)
        events.append(row)
        if rng.random() < 0.004:        # duplicated delivery of the same event (same event_id)
            events.append(dict(row))
        return row

    def new_sess():
        cnt["s"] += 1
        return f"S{cnt['s']:07d}"

    def order(cid, ts, amount, status, channel, device, otype, **extra):
        cnt["o"] += 1
        pre = {"ticket": "TK", "annual_pass": "AP", "fnb": "FB", "merch": "MC"}[otype]
        row = dict(order_id=f"{pre}{cnt['o']:07d}", customer_id=cid, ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
                   amount=round(float(amount), 2), status=status, channel=channel, device=device, order_type=otype)
        row.update(extra)
        orders.append(row)
        return row

    def app_version(c, ts: datetime) -> str | None:
        if c["primary_channel"] == "mini_program":
            d = ts.date()
            if d >= MINI_BUG[1]:
                return "2.6.1"
            if d >= MINI_BUG[0]:
                return "2.6.0"
            return "2.5.0" if d >= date(2025, 11, 10) else "2.4.0"
        d = (ts - D(days=c["lag"])).date()
        if d >= date(2026, 7, 1):
            return "4.3.0"
        if d >= MOBILE_ORDER:
            return "4.2.0"
        return "4.1.0" if d >= date(2025, 9, 20) else "4.0.0"

    def text_for(topic, lang, **kw):
        sent, tp, zh, en = TOPICS[topic]
        pool = zh if lang == "zh" else en
        t = pool[int(rng.integers(len(pool)))]
        return t.format(**kw), sent, tp

    def fb(c, topic, channel, ts, rating=None, nps=None, zone=None, lang=None, **extra):
        lang = lang or (c["language"] if c else ("en" if R() < 0.1 else "zh"))
        ride = extra.pop("ride", None) or "star_coaster"
        r = next(x for x in RIDES if x[0] == ride)
        z = zone or r[3]
        text, sent, tp = text_for(topic, lang, ride_zh=r[1], ride_en=r[2], q=extra.pop("q", 60), n=extra.pop("n", 3),
                                  zone_zh=ZONES[z][0], zone_en=ZONES[z][1])
        cnt["f"] += 1
        row = dict(feedback_id=f"F{cnt['f']:06d}", text=text, ts=ts.strftime("%Y-%m-%d %H:%M:%S") if ts else None,
                   customer_id=c["customer_id"] if c else None, touchpoint_id=tp, channel=channel, rating=rating,
                   nps=nps, language=lang, zone=zone, topic=topic, sentiment_label=sent)
        row.update(extra)
        feedback.append(row)
        return row

    # ---------------- customers ----------------
    custs = []
    city_w = np.array([x[3] for x in CITIES]); city_w /= city_w.sum()
    pass_ids = set(rng.choice(N_CUST, N_OLD_PASS + N_NEW_PASS, replace=False).tolist())
    pass_list = sorted(pass_ids)
    old_pass = set(pass_list[:N_OLD_PASS])
    for i in range(N_CUST):
        prov, city, region, _, en_p, ios_p = CITIES[int(rng.choice(len(CITIES), p=city_w))]
        is_pass = i in pass_ids
        group = GROUPS[int(rng.choice(5, p=[0.55, 0.3, 0.0, 0.15, 0.0] if is_pass else GROUP_W))]
        legacy = i in old_pass or R() < 0.4
        acq = "school_partnership" if group == "school_group" else ACQ[int(rng.choice(5, p=ACQ_W))]
        c = dict(customer_id=f"C{i + 1:05d}", group=group, province=prov, city=city, region=region, acq=acq,
                 language="en" if (R() < en_p and group != "school_group") else "zh",
                 primary_device="ios" if R() < ios_p else "android",
                 primary_channel="app" if R() < (0.55 if group != "school_group" else 0.4) else "mini_program",
                 legacy=legacy, lag=int(rng.integers(0, 5)),
                 pass_type=("premium" if R() < 0.33 else "standard") if is_pass else None,
                 old_pass=i in old_pass, new_pass=is_pass and i not in old_pass,
                 age_band=str(rng.choice(["18-24", "25-34", "35-44", "45+"], p=[0.18, 0.4, 0.3, 0.12])),
                 visits=[], spend=0.0, pass_end=None, signup=None)
        if legacy:
            c["signup"] = datetime(2021, 6, 1) + D(days=int(rng.integers(0, 1390)), hours=float(rng.uniform(8, 23)))
        custs.append(c)

    def dev(c):
        return c["primary_device"]

    def ch(c):
        return c["primary_channel"]

    # ---------------- park visit ----------------
    def visit(c, d: date, ticket_type, order_row, via_rain_check=False):
        k = idx[d]
        inf = info[k]
        crowd = inf["crowd"]
        sess = f"V{cnt['v'] + 1:06d}"
        cnt["v"] += 1
        c["visits"].append(d)
        party = order_row["quantity"] if order_row else (1 if c["group"] == "solo" else int(rng.choice([1, 2, 3])))
        t = at(d, 9 + min(float(rng.gamma(2.0, 0.6)), 5))
        base = dict(visit_date=d.isoformat(), ticket_type=ticket_type, weather=inf["weather"])
        if order_row is not None and order_row["channel"] == "gate_counter" and not order_row.get("_gate"):
            order_row["_gate"] = True
            order_row["ts"] = (t - D(minutes=int(rng.integers(3, 15)))).strftime("%Y-%m-%d %H:%M:%S")
            ev(c["customer_id"], t - D(minutes=int(rng.integers(2, 10))), "tp_ticket_window", "purchase", sess, None,
               "onsite", order_id=order_row["order_id"], **base)
        if via_rain_check:
            ev(c["customer_id"], t - D(minutes=1), "tp_rain_check_redeem", "redeem", sess, None, "onsite", **base)
        gw = round(float(rng.gamma(2.0, 2.0 * crowd ** 0.85)), 1)
        ev(c["customer_id"], t, "tp_gate", "scan", sess, None, "onsite", gate_wait_minutes=gw, **base)
        t += D(minutes=gw)
        water = inf["water"] and ticket_type in ("water_park", "combo", "annual_premium")
        theme = ticket_type != "water_park"
        avail = [r for r in RIDES if ((r[3] == "splash_world" and water) or (r[3] != "splash_world" and theme))]
        coaster_hit = False
        if in_range(d, COASTER_CLOSED) and theme:
            avail = [r for r in avail if r[0] != "star_coaster"]
            coaster_hit = True
        pop = np.array([r[5] * (2.0 if (r[3] == "kiddie_town" and c["group"] == "family") else 1.0)
                        * (0.3 if (r[3] == "kiddie_town" and c["group"] in ("couple", "friends")) else 1.0)
                        * (1.6 if (r[3] == "splash_world" and inf["weather"] == "hot") else 1.0) for r in avail])
        n_rides = int(min(12, max(1, rng.poisson(7.5 / crowd ** 0.5))))
        fnb_p = {"family": 0.55, "couple": 0.45, "friends": 0.45, "solo": 0.3, "school_group": 0.75}[c["group"]]
        mobile = ch(c) == "app" and d >= MOBILE_ORDER
        if mobile:
            fnb_p += 0.17
        if inf["weather"] == "hot":
            fnb_p += 0.08
        has_fnb = R() < fnb_p
        fnb_after = max(1, n_rides // 2)
        merch_p = {"family": 0.38, "couple": 0.3, "friends": 0.22, "solo": 0.12, "school_group": 0.15}[c["group"]]
        has_merch = R() < merch_p
        queues, rides_done, zones_done = [], [], []
        fnb_row = None
        fnb_wait = None
        for j in range(n_rides):
            r = avail[int(rng.choice(len(avail), p=pop / pop.sum()))]
            heat = 1.35 if (inf["weather"] == "hot" and r[3] == "splash_world") else 1.0
            qm = int(round(float(rng.gamma(4.0, r[4] * crowd ** 0.8 * heat / 4.0))))
            t += D(minutes=int(rng.integers(5, 16)) + qm)
            if t.hour >= 20:
                break
            ev(c["customer_id"], t, "tp_ride", "ride", sess, None, "onsite", zone=r[3], ride=r[0], queue_minutes=qm, **base)
            queues.append(qm)
            rides_done.append(r)
            zones_done.append(r[3])
            t += D(minutes=int(rng.integers(4, 9)))
            if has_fnb and j + 1 == fnb_after:
                use_app = mobile and R() < 0.7
                fnb_wait = round(float(rng.gamma(2.0, (2.0 if use_app else 4.5) * crowd ** 0.75)), 1)
                t += D(minutes=int(rng.integers(5, 15)))
                n_pp = party if c["group"] != "school_group" else party
                amt = n_pp * (30 if c["group"] == "school_group" else float(rng.uniform(38, 78)))
                zone = r[3]
                fnb_row = order(c["customer_id"], t, round(amt), "paid", "app" if use_app else "onsite",
                                dev(c) if use_app else None, "fnb", zone=zone, outlet=OUTLETS[zone], quantity=n_pp,
                                visitor_group=c["group"], visit_date=d.isoformat(), weather=inf["weather"],
                                payment_method=str(rng.choice(["wechat_pay", "alipay"], p=[0.6, 0.4])),
                                app_version=app_version(c, t) if use_app else None, fnb_wait_minutes=fnb_wait)
                ev(c["customer_id"], t, "tp_fnb", "purchase", sess, dev(c) if use_app else None,
                   "app" if use_app else "onsite", zone=zone, outlet=OUTLETS[zone], order_id=fnb_row["order_id"],
                   fnb_wait_minutes=fnb_wait, app_version=app_version(c, t) if use_app else None, **base)
                c["spend"] += fnb_row["amount"]
                t += D(minutes=fnb_wait + int(rng.integers(20, 40)))
        if not rides_done:
            rides_done.append(avail[0]); zones_done.append(avail[0][3]); queues.append(0)
        if has_merch:
            t += D(minutes=int(rng.integers(10, 30)))
            zone = zones_done[-1]
            items = int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1]))
            amt = sum(int(rng.choice([39, 59, 89, 129, 199, 299, 399], p=[.2, .22, .2, .15, .12, .07, .04]))
                      for _ in range(items))
            if c["group"] == "school_group":
                amt = int(amt * rng.integers(3, 8))
            m = order(c["customer_id"], t, amt, "paid", "onsite", None, "merch", zone=zone, outlet=SHOPS[zone],
                      quantity=items, visitor_group=c["group"], visit_date=d.isoformat(), weather=inf["weather"],
                      payment_method=str(rng.choice(["wechat_pay", "alipay", "cash"], p=[0.55, 0.4, 0.05])))
            ev(c["customer_id"], t, "tp_merch", "purchase", sess, None, "onsite", zone=zone, outlet=SHOPS[zone],
               order_id=m["order_id"], **base)
            c["spend"] += amt
        # lost & found
        splash_visit = "splash_world" in zones_done
        lost = R() < (0.07 if splash_visit else 0.014)
        if lost:
            lz = "splash_world" if (splash_visit and R() < 0.8) else zones_done[int(rng.integers(len(zones_done)))]
            item = str(rng.choice(["phone", "wallet", "bag", "kids_item", "glasses"], p=[.4, .2, .15, .15, .1]))
            lt = t + D(minutes=int(rng.integers(5, 60)))
            ev(c["customer_id"], lt, "tp_lost_report", "report", sess, None, str(rng.choice(["onsite", "phone"])),
               zone=lz, item=item, **base)
            returned = R() < (0.36 if lz == "splash_world" else 0.8)
            if returned:
                days = float(rng.uniform(0.1, 9)) if R() < 0.9 else float(rng.uniform(15, 25))
                rt = lt + D(days=days)
                if rt.date() <= END:
                    ev(c["customer_id"], rt, "tp_item_returned", "returned", None, None, "onsite", zone=lz, item=item)
                    if R() < 0.12:
                        fb(c, "lost_thanks", "cs_ticket", rt + D(hours=2), rating=5, zone=lz, visit_date=d.isoformat())
            if R() < 0.6:
                fb(c, "lost_item", "cs_ticket", lt + D(hours=float(rng.uniform(1, 48))),
                   rating=(int(rng.choice([1, 2])) if not returned else int(rng.choice([3, 4]))) if R() < 0.5 else None,
                   zone=lz, visit_date=d.isoformat(), weather=inf["weather"])
        # exit survey
        exit_t = t + D(minutes=int(rng.integers(10, 40)))
        avgq = float(np.mean(queues))
        pain = {"queue_long": max(0.0, (avgq - 15) / 12), "heat": 3.0 if inf["weather"] == "hot" else 0.0,
                "coaster_closed": 3.0 if coaster_hit else 0.0,
                "food_price": 0.5 if fnb_row is not None else 0.1,
                "food_wait": (fnb_wait / 15 if fnb_wait else 0.0), "toilet": 0.3, "parking": 0.3,
                "ticket_price": 0.3 if order_row is not None else 0.0,
                "lost_item": 3.0 if lost else 0.0}
        s = 4.35 - 0.018 * max(0.0, avgq - 20) - (0.55 if coaster_hit else 0) - (0.3 if inf["weather"] == "hot" else 0)
        s -= 0.3 if inf["weather"] in ("rain", "heavy_rain") else 0
        s -= 0.7 if lost else 0
        s += {"family": 0.0, "couple": 0.3, "friends": 0.1, "solo": 0.0, "school_group": -0.8}[c["group"]]
        s += 0.2 if ticket_type == "annual_premium" else 0
        survey_p = 0.3
        ota = order_row is not None and order_row["channel"] == "ota"
        for kind, p in (("exit_survey", survey_p), ("ota_review", 0.22 if ota else 0.0)):
            if R() >= p:
                continue
            rating = int(np.clip(round(s + rng.normal(0, 0.95)), 1, 5))
            if rating <= 2 or (rating == 3 and R() < 0.5):
                keys = list(pain)
                pw = np.array([pain[x] for x in keys]) + 1e-9
                topic = keys[int(rng.choice(len(keys), p=pw / pw.sum()))]
            elif rating == 3:
                topic = "neutral_ok"
            else:
                opts = ["fun_rides", "staff", "parade"] + (["kids_happy"] * 2 if c["group"] == "family" else []) \
                    + (["water_fun"] * 2 if splash_visit else []) + (["mobile_order"] if fnb_row is not None and
                                                                    fnb_row["channel"] == "app" else []) \
                    + (["pass_value"] if ticket_type.startswith("annual") else [])
                topic = opts[int(rng.integers(len(opts)))]
            # zone the comment is about
            if topic == "queue_long":
                jq = int(np.argmax(queues)); zone, ride, qv = zones_done[jq], rides_done[jq][0], queues[jq]
            elif topic == "coaster_closed":
                zone, ride, qv = "future_port", "star_coaster", 0
            elif topic in ("food_price", "food_wait", "mobile_order") and fnb_row is not None:
                zone, ride, qv = fnb_row["zone"], None, 0
            elif topic == "lost_item":
                zone, ride, qv = "splash_world" if splash_visit else zones_done[0], None, 0
            elif topic in ("fun_rides", "heat"):
                jr = int(rng.integers(len(rides_done))); zone, ride, qv = zones_done[jr], rides_done[jr][0], queues[jr]
            elif topic == "water_fun":
                zone, ride, qv = "splash_world", "wave_bay", 0
            elif topic == "kids_happy":
                zone, ride, qv = "kiddie_town", None, 0
            else:
                zone, ride, qv = None, None, 0
            if rating <= 2 and topic in ("fun_rides", "staff", "parade"):
                topic = "neutral_ok"
            sent = TOPICS[topic][0]
            if sent == "pos" and rating < 4:
                rating = 4
            if sent == "neg" and rating > 3:
                rating = 3
            nps = None
            if kind == "exit_survey" and R() < 0.7:
                nps = int(np.clip(round(2.2 * rating - 1.2 + rng.normal(0, 1.1)
                                        + (0.8 if ticket_type == "annual_premium" else 0)), 0, 10))
            ts = exit_t + D(minutes=int(rng.integers(5, 90))) if kind == "exit_survey" else \
                exit_t + D(days=float(rng.uniform(0.5, 5)))
            if ts.date() > END:
                continue
            if kind == "ota_review" and R() < 0.15:
                ts = None                     # imported OTA reviews without a date
            if kind == "exit_survey":
                ev(c["customer_id"], ts, "tp_exit_survey", "submit", sess, dev(c), ch(c), **base)
            fb(c, topic, kind, ts, rating=rating, nps=nps, zone=zone, ride=ride, q=qv, n=len(rides_done),
               visit_date=d.isoformat(), weather=inf["weather"], ticket_type=ticket_type, visitor_group=c["group"],
               device=dev(c) if kind == "exit_survey" else None,
               order_id=order_row["order_id"] if order_row else None)

    # ---------------- purchase flows ----------------
    def party_of(c):
        g = c["group"]
        if g == "family":
            a, k = int(rng.choice([1, 2, 2, 2, 3, 4])), int(rng.choice([1, 1, 2, 2, 3]))
        elif g == "couple":
            a, k = 2, 0
        elif g == "friends":
            a, k = int(rng.integers(3, 7)), 0
        elif g == "solo":
            a, k = 1, 0
        else:
            a, k = int(rng.integers(2, 5)), int(rng.integers(25, 46))      # teachers + students
        return a, k

    def price_of(c, tt, d, a, k):
        p = PRICE[tt][info[idx[d]]["tier"]]
        if c["group"] == "school_group":
            return round(a * p + k * p * 0.5), 0
        return round(a * p + k * p * 0.75), 0

    def online_flow(c, first_ts: datetime, v: date, tt, a, k, amount, lead, coupon):
        """Browse -> date -> checkout -> pay; up to 3 sessions. Returns the paid order row or None."""
        ts = first_ts
        for attempt in range(3):
            if ts > at(v, 10):
                return None
            sess = new_sess()
            av = app_version(c, ts)
            kw = dict(app_version=av)
            if R() < 0.5:
                ev(c["customer_id"], ts, "tp_app_home", "view", sess, dev(c), ch(c), **kw)
                ts += D(seconds=int(rng.integers(10, 90)))
            ev(c["customer_id"], ts, "tp_ticket_browse", "view", sess, dev(c), ch(c), **kw)
            if R() > (0.8 if attempt == 0 else 0.9):
                ts += D(hours=float(rng.uniform(2, 60)))
                if R() < 0.55:
                    continue
                return None
            ts += D(seconds=int(rng.integers(20, 200)))
            ev(c["customer_id"], ts, "tp_date_select", "click", sess, dev(c), ch(c), visit_date=v.isoformat(),
               ticket_type=tt, **kw)
            bug = ch(c) == "mini_program" and in_range(ts.date(), (MINI_BUG[0], MINI_BUG[1] - D(days=1)))
            if R() > (0.3 if bug else 0.9):
                if bug and R() < 0.6:
                    fb(c, "calendar_bug", "in_app_feedback", ts + D(minutes=int(rng.integers(1, 30))),
                       device=dev(c), app_version=av)
                ts += D(hours=float(rng.uniform(1, 48)))
                if R() < 0.5:
                    continue
                return None
            ts += D(seconds=int(rng.integers(30, 300)))
            for tries in range(2):
                base = dict(visit_date=v.isoformat(), ticket_type=tt, booking_lead_days=lead, quantity=a + k,
                            adult_qty=a, child_qty=k, visitor_group=c["group"],
                            price_tier=info[idx[v]]["tier"], app_version=av,
                            payment_method=str(rng.choice(["wechat_pay", "alipay", "unionpay"], p=[.56, .38, .06])),
                            coupon_code=coupon, discount=30 if coupon else 0)
                o = order(c["customer_id"], ts, amount - (30 if coupon else 0), "cancelled", ch(c), dev(c), "ticket", **base)
                ev(c["customer_id"], ts, "tp_checkout", "submit", sess, dev(c), ch(c), order_id=o["order_id"],
                   visit_date=v.isoformat(), ticket_type=tt, **kw)
                ts += D(seconds=int(rng.integers(20, 120)))
                u = R()
                pf = 0.06 if c["primary_device"] == "android" else 0.035
                if u < pf:
                    o["cancel_reason"] = "payment_failed"
                    ev(c["customer_id"], ts, "tp_pay_fail", "fail", sess, dev(c), ch(c), order_id=o["order_id"], **kw)
                    if R() < 0.25:
                        fb(c, "pay_fail", "app_review" if ch(c) == "app" else "in_app_feedback",
                           ts + D(minutes=10), rating=1 if ch(c) == "app" else None, device=dev(c), app_version=av)
                    if R() < 0.65:
                        ts += D(seconds=int(rng.integers(30, 200)))
                        continue
                    return None
                if u < pf + 0.03:
                    o["cancel_reason"] = "timeout"
                    break
                o["status"] = "paid"
                ev(c["customer_id"], ts, "tp_payment", "success", sess, dev(c), ch(c), order_id=o["order_id"],
                   visit_date=v.isoformat(), ticket_type=tt, **kw)
                return o
            ts += D(hours=float(rng.uniform(1, 30)))
            if R() < 0.5:
                continue
            return None
        return None

    def refund(c, o, req_ts: datetime, reason, slow=False):
        o["status"] = "refunded"
        o["refund_reason"] = reason
        if o["channel"] in ("app", "mini_program"):
            ev(c["customer_id"], req_ts, "tp_refund_request", "submit", new_sess(), dev(c), ch(c), order_id=o["order_id"],
               refund_reason=reason)
            if slow:
                done = req_ts + D(days=float(rng.uniform(1.5, 10)))
            else:
                done = req_ts + D(days=float(rng.uniform(0.05, 2.5))) if R() < 0.95 else req_ts + D(days=float(rng.uniform(5.5, 9)))
            if done.date() <= END:
                ev(c["customer_id"], done, "tp_refund_done", "success", None, dev(c), ch(c), order_id=o["order_id"],
                   refund_reason=reason)
                o["refunded_at"] = done.strftime("%Y-%m-%d %H:%M:%S")
            if (done - req_ts).days >= 5 and R() < 0.35:
                fb(c, "refund_slow", "cs_ticket", req_ts + D(days=5, hours=float(rng.uniform(0, 48))),
                   rating=int(rng.choice([1, 2])) if R() < 0.5 else None)

    def trip(c, v: date, first=False, signup_lag=None):
        g = c["group"]
        if g == "school_group":
            tt = "day"
        elif info[idx[v]]["water"]:
            pw = [0.45, 0.12, 0.17, 0.26] if g == "family" else [0.35, 0.1, 0.2, 0.35]
            tt = ["day", "two_day", "water_park", "combo"][int(rng.choice(4, p=pw))]
        else:
            tt = "day" if R() < 0.85 else "two_day"
        a, k = party_of(c)
        amount, _ = price_of(c, tt, v, a, k)
        walkin_first = first and c["acq"] == "walk_in"
        if walkin_first:
            chan = "online"
        elif g == "school_group":
            chan = "online" if R() < 0.9 else "ota"
        elif c["acq"] == "ota_ctrip" and first:
            chan = "ota" if R() < 0.5 else "online"
        else:
            chan = str(rng.choice(["online", "ota", "gate_counter"], p=[0.6, 0.25, 0.15]))
        if walkin_first:
            lead = 0
        elif g == "school_group":
            lead = int(np.clip(rng.normal(25, 8), 7, 60))
        else:
            lead = int(min(45, rng.lognormal(np.log(LEAD_MU[g]), 0.8)))
            if info[idx[v]]["hol"] in ("国庆", "春节"):
                lead += int(rng.integers(4, 14))
            if chan == "gate_counter":
                lead = 0
        lead = min(lead, (v - START).days)
        if chan == "gate_counter" and v in TYPHOON:
            return
        p_day = v - D(days=lead)
        o = None
        if chan == "online":
            t0 = at(p_day, float(rng.uniform(8, 23)) if lead > 0 else float(rng.uniform(7, 9.5)))
            if walkin_first:
                t0 = at(v, 9 + float(rng.uniform(0, 1.5)))
            if c["signup"] is None:
                lag = signup_lag if signup_lag is not None else 0.0
                s = t0 - D(days=lag) - D(minutes=int(rng.integers(3, 20)))
                if s < at(START, 0):
                    s = t0 - D(minutes=int(rng.integers(3, 20)))
                signup(c, s)
            coupon = "NEW30" if first and not c["legacy"] and R() < 0.5 else None
            o = online_flow(c, t0, v, tt, a, k, amount, lead, coupon)
            if o is None:
                if R() < 0.45 and not walkin_first:
                    chan = "ota"
                else:
                    return
        if c["signup"] is None:
            lag = signup_lag if signup_lag is not None else 0.0
            s = at(p_day, float(rng.uniform(8, 22))) - D(days=lag)
            signup(c, max(s, at(START, 8)))
        if chan in ("ota", "gate_counter"):
            ots = at(p_day, float(rng.uniform(8, 23)))
            o = order(c["customer_id"], ots, amount, "paid", "ota" if chan == "ota" else "gate_counter", None, "ticket",
                      visit_date=v.isoformat(), ticket_type=tt, booking_lead_days=lead, quantity=a + k, adult_qty=a,
                      child_qty=k, visitor_group=g, price_tier=info[idx[v]]["tier"],
                      payment_method="ota_prepaid" if chan == "ota" else str(rng.choice(["wechat_pay", "alipay", "cash"],
                                                                                        p=[.5, .4, .1])),
                      discount=0)
        o["weather"] = info[idx[v]]["weather"]
        c["spend"] += o["amount"]
        # plans change: customer refund before the visit
        if o["channel"] != "gate_counter" and R() < 0.06 and lead >= 1:
            req = datetime.strptime(o["ts"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(0, lead)))
            refund(c, o, req, "customer_request")
            c["spend"] -= o["amount"]
            return
        if v in TYPHOON:
            announce = at(v - D(days=1), float(rng.uniform(17, 21)))
            if announce < datetime.strptime(o["ts"], "%Y-%m-%d %H:%M:%S"):
                announce = datetime.strptime(o["ts"], "%Y-%m-%d %H:%M:%S") + D(minutes=30)
            if R() < 0.5:
                refund(c, o, announce + D(hours=float(rng.uniform(0.2, 30))), "weather_closure", slow=True)
                c["spend"] -= o["amount"]
            else:
                ev(c["customer_id"], announce, "tp_rain_check", "issued", None, dev(c), ch(c), order_id=o["order_id"],
                   visit_date=v.isoformat(), ticket_type=tt, weather="typhoon")
                o["rain_check"] = "issued"
                if R() < 0.2:
                    fb(c, "rain_check", "cs_ticket", announce + D(days=float(rng.uniform(1, 20))),
                       rating=int(rng.choice([1, 2, 3])) if R() < 0.5 else None)
                if R() < 0.58:
                    nv = day_sample(v + D(days=5), v + D(days=59), M_NOTYPH)
                    if nv is not None:
                        o["rain_check"] = "redeemed"
                        visit(c, nv, tt, o, via_rain_check=True)
            return
        visit(c, v, tt, o)
        if tt == "two_day" and v + D(days=1) <= END and v + D(days=1) not in TYPHOON:
            visit(c, v + D(days=1), tt, o)

    def signup(c, s: datetime):
        c["signup"] = s
        if c["acq"] in ("douyin_ads", "xiaohongshu") and R() < 0.75:
            ev(c["customer_id"], s - D(minutes=int(rng.integers(2, 3000))), "tp_ad", "click", None, dev(c), "ads",
               ad_platform="douyin" if c["acq"] == "douyin_ads" else "xiaohongshu")
        ev(c["customer_id"], s, "tp_signup", "submit", new_sess(), dev(c), ch(c), app_version=app_version(c, s),
           acquisition_channel=c["acq"])

    # ---------------- annual passes ----------------
    def pass_visits(c, a: date, b: date):
        rate = 0.55 if c["pass_type"] == "standard" else 0.8
        months = max(0.0, ((min(b, END) - max(a, START)).days + 1) / 30.4)
        n = rng.poisson(rate * months)
        tt = "annual_standard" if c["pass_type"] == "standard" else "annual_premium"
        for _ in range(n):
            d = day_sample(a, b, M_PASS)
            if d is not None:
                visit(c, d, tt, None)

    def pass_cycle(c, expiry: date):
        """Reminder 30 days before expiry, maybe page views and a renewal; returns the new expiry or None."""
        rem = at(expiry - D(days=30), float(rng.uniform(9, 11)))
        new = rem.date() >= PASS_REGIME
        p = {("standard", False): 0.62, ("premium", False): 0.74, ("standard", True): 0.3, ("premium", True): 0.63}[
            (c["pass_type"], new)]
        renew = R() < p
        if rem.date() >= START and rem.date() <= END:
            ev(c["customer_id"], rem, "tp_pass_reminder", "push", None, dev(c), ch(c), pass_type=c["pass_type"],
               pass_expiry=expiry.isoformat())
        paid = rem + D(days=float(rng.uniform(0.5, 27)))
        if renew or R() < 0.45:
            pv = rem + D(days=float(rng.uniform(0.02, max(0.05, (paid - rem).days if renew else 20))))
            if START <= pv.date() <= END:
                sess = new_sess()
                ev(c["customer_id"], pv, "tp_pass_page", "view", sess, dev(c), ch(c), pass_type=c["pass_type"],
                   app_version=app_version(c, pv))
        if not renew:
            if new and R() < 0.25 and rem.date() <= END:
                fb(c, "pass_price", "cs_ticket" if R() < 0.6 else "in_app_feedback",
                   rem + D(days=float(rng.uniform(1, 25))), zone=None)
            return None
        if paid.date() > END:
            return None
        if paid.date() >= START:
            pp = PASS_PRICE[c["pass_type"]][1 if paid.date() >= PASS_HIKE else 0]
            o = order(c["customer_id"], paid, pp, "paid", ch(c), dev(c), "annual_pass", pass_type=c["pass_type"],
                      pass_action="renewal", payment_method=str(rng.choice(["wechat_pay", "alipay"], p=[.6, .4])),
                      app_version=app_version(c, paid))
            ev(c["customer_id"], paid, "tp_pass_paid", "success", new_sess(), dev(c), ch(c), order_id=o["order_id"],
               pass_type=c["pass_type"], pass_action="renewal", pass_price=pp)
            c["spend"] += pp
            if paid.date() >= PASS_HIKE and R() < 0.06:
                fb(c, "pass_price", "in_app_feedback", paid + D(hours=2))
        return expiry + D(days=365)

    for c in custs:
        if c["old_pass"]:
            expiry = START + D(days=int(rng.integers(19, 365)))
            a = START
            while expiry is not None:
                pass_visits(c, a, min(expiry, END))
                if expiry - D(days=30) > END:
                    c["pass_end"] = expiry
                    break
                c["pass_end"] = expiry
                a = expiry + D(days=1)
                expiry = pass_cycle(c, expiry)
                if expiry is not None:
                    c["pass_end"] = expiry
                if a > END:
                    break
        elif c["new_pass"]:
            d0 = day_sample(date(2025, 4, 10), date(2026, 5, 31), M_PASS)
            if not c["legacy"]:
                c["signup"] = at(d0, 9.0) - D(days=int(rng.integers(1, 200)))
                if c["signup"].date() < START:
                    c["signup"] = at(d0, 8.5)
                signup(c, c["signup"])
            if R() < 0.6:            # upgraded at the end of a day visit
                trip(c, d0, first=True)
                t = at(d0, 18.5)
            else:
                t = at(d0, float(rng.uniform(10, 22)))
            sess = new_sess()
            ev(c["customer_id"], t - D(minutes=5), "tp_pass_page", "view", sess, dev(c), ch(c), pass_type=c["pass_type"],
               app_version=app_version(c, t))
            pp = PASS_PRICE[c["pass_type"]][1 if d0 >= PASS_HIKE else 0]
            o = order(c["customer_id"], t, pp, "paid", ch(c), dev(c), "annual_pass", pass_type=c["pass_type"],
                      pass_action="new", payment_method=str(rng.choice(["wechat_pay", "alipay"], p=[.6, .4])),
                      app_version=app_version(c, t))
            ev(c["customer_id"], t, "tp_pass_paid", "success", sess, dev(c), ch(c), order_id=o["order_id"],
               pass_type=c["pass_type"], pass_action="new", pass_price=pp)
            c["spend"] += pp
            expiry = d0 + D(days=365)
            pass_visits(c, d0 + D(days=1), min(expiry, END))
            c["pass_end"] = expiry
            if expiry - D(days=30) <= END:
                e2 = pass_cycle(c, expiry)
                if e2 is not None:
                    c["pass_end"] = e2
                    pass_visits(c, expiry + D(days=1), END)
        else:
            g = c["group"]
            zero = ZERO_TRIP[c["acq"]] if not c["legacy"] else 0.1
            n = 0 if R() < zero else int(rng.choice([1, 2, 3, 4], p=[0.62, 0.25, 0.1, 0.03]))
            if g == "school_group" and n:
                n = int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1]))
            mask = M_SCHOOL if g == "school_group" else None
            vs = sorted(d for d in (day_sample(START + D(days=2), END, mask) for _ in range(n)) if d is not None)
            for j, v in enumerate(vs):
                lag = None
                if j == 0 and not c["legacy"]:
                    lag = 0.0 if R() < 0.45 else float(rng.exponential(9))
                trip(c, v, first=(j == 0), signup_lag=lag)
            if not c["legacy"] and c["signup"] is None:
                signup(c, at(day_sample(START, END - D(days=20)), float(rng.uniform(8, 23))))
        # browse-only sessions (window shopping)
        nb = rng.poisson(0.9)
        lo = c["signup"].date() if c["signup"] and c["signup"].date() > START else START
        if not c["legacy"] and not c["visits"] and R() < 0.8:
            nb += 1
        for _ in range(nb):
            d = day_sample(lo, END)
            if d is None:
                continue
            ts = at(d, float(rng.uniform(8, 23.5)))
            if c["signup"] and ts < c["signup"]:
                ts = c["signup"] + D(minutes=5)
            sess = new_sess()
            av = app_version(c, ts)
            ev(c["customer_id"], ts, "tp_app_home", "view", sess, dev(c), ch(c), app_version=av)
            if R() < 0.75:
                ts += D(seconds=int(rng.integers(10, 120)))
                ev(c["customer_id"], ts, "tp_ticket_browse", "view", sess, dev(c), ch(c), app_version=av)
                if R() < 0.12:
                    ts += D(seconds=int(rng.integers(10, 120)))
                    v = min(END, d + D(days=int(rng.integers(0, 20))))
                    ev(c["customer_id"], ts, "tp_date_select", "click", sess, dev(c), ch(c), app_version=av,
                       visit_date=v.isoformat(), ticket_type="day")

    # ---------------- app reviews and social posts ----------------
    app_users = [c for c in custs if c["primary_channel"] == "app" and c["signup"] is not None]
    for _ in range(210):
        c = app_users[int(rng.integers(len(app_users)))]
        d = day_sample(max(START, c["signup"].date()), END)
        ts = at(d, float(rng.uniform(8, 23.5)))
        opts = ["app_slow", "app_smooth", "ticket_price"] + (["mobile_order", "mobile_order"] if d >= MOBILE_ORDER else [])
        topic = opts[int(rng.choice(len(opts), p=None))]
        rating = {"app_slow": int(rng.choice([1, 2])), "ticket_price": 2, "app_smooth": int(rng.choice([4, 5])),
                  "mobile_order": int(rng.choice([4, 5]))}[topic]
        fb(c, topic, "app_review", ts, rating=rating, device=dev(c), app_version=app_version(c, ts))
    social_topics = ["queue_long", "queue_long", "queue_long", "coaster_closed", "pass_price", "lost_item", "fun_rides",
                     "fun_rides", "parade", "food_price", "water_fun", "kids_happy"]
    for _ in range(120):
        topic = social_topics[int(rng.integers(len(social_topics)))]
        zone = {"coaster_closed": "future_port", "lost_item": "splash_world", "water_fun": "splash_world",
                "kids_happy": "kiddie_town"}.get(topic)
        ride = RIDES[int(rng.integers(len(RIDES) - 2))][0]
        fb(None, topic, "social", None, zone=zone, ride=ride, q=int(rng.integers(60, 150)), n=int(rng.integers(2, 5)))

    # ---------------- customer table ----------------
    cust_rows = []
    for c in custs:
        vis = sorted(set(c["visits"]))
        active_pass = c["pass_end"] is not None and c["pass_end"] >= END
        if active_pass:
            seg = "pass_holder"
        elif c["pass_end"] is not None:
            seg = "lapsed_pass"
        elif len(vis) >= 2:
            seg = "repeat_visitor"
        elif len(vis) == 1:
            seg = "one_time_visitor"
        else:
            seg = "prospect"
        sp = c["spend"]
        tier = "platinum" if sp >= 10000 else "gold" if sp >= 4000 else "silver" if sp >= 1500 else "regular"
        cust_rows.append(dict(
            customer_id=c["customer_id"],
            signup_at=c["signup"].strftime("%Y-%m-%d %H:%M:%S") if c["signup"] else None,
            segment=seg, region=c["region"], acquisition_channel=c["acq"], tier=tier, province=c["province"],
            city=c["city"], visitor_group=c["group"], primary_device=c["primary_device"],
            primary_channel=c["primary_channel"], language=c["language"], age_band=c["age_band"],
            pass_type=c["pass_type"] or "none",
            pass_status=("active" if active_pass else "expired") if c["pass_end"] is not None else "none",
            pass_expiry=c["pass_end"].isoformat() if c["pass_end"] else None))

    # ---------------- write ----------------
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.writer(fh)
            wr.writerow(cols)
            for row in rows:
                wr.writerow(["" if row.get(k) is None else row.get(k) for k in cols])

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
                                   t), name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0]))
    events = [e for e in events if e["ts"] >= START.isoformat()]
    feedback = [f for f in feedback if f["ts"] is None or f["ts"] < (END + D(days=1)).isoformat()]
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "app_version", "visit_date", "ticket_type", "order_id", "zone", "ride",
                             "queue_minutes", "gate_wait_minutes", "fnb_wait_minutes", "outlet", "weather", "item",
                             "refund_reason", "pass_type", "pass_action", "pass_price", "pass_expiry", "ad_platform",
                             "acquisition_channel"])
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                             "ticket_type", "visit_date", "booking_lead_days", "quantity", "adult_qty", "child_qty",
                             "visitor_group", "price_tier", "weather", "zone", "outlet", "fnb_wait_minutes",
                             "pass_type", "pass_action", "payment_method", "coupon_code", "discount", "cancel_reason",
                             "refund_reason", "refunded_at", "rain_check", "app_version"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                 "language", "zone", "visit_date", "weather", "ticket_type", "visitor_group", "device",
                                 "app_version", "order_id", "topic", "sentiment_label"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"visits {cnt['v']}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
