"""SkyMiles 天程里程: the frequent-flyer programme of Tiancheng Airlines 天程航空 (hubs Shanghai Pudong PVG and
Chengdu Tianfu TFU) and its digital channels (app, web), OTAs and the call centre, 2025-01-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import heapq
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261109
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
D = timedelta
H = lambda h: timedelta(hours=h)  # noqa: E731
M = lambda m: timedelta(minutes=m)  # noqa: E731
N_EXIST = 2100        # members who joined before the data starts
N_NEW = 1100          # members who enrol inside the data

MIGRATION = (datetime(2026, 3, 16), datetime(2026, 6, 1))      # new loyalty platform: auto-credit fails often
BACKLOG = (datetime(2026, 3, 16), datetime(2026, 6, 16))        # claims filed here wait for the backlog
CRASH_VERSION = "7.4.0"                                          # Android online check-in crash
APP_RELEASES = [(datetime(2024, 11, 20), "7.2.0"), (datetime(2025, 9, 15), "7.3.0"),
                (datetime(2026, 6, 10), "7.4.0"), (datetime(2026, 7, 8), "7.4.1"), (datetime(2026, 8, 12), "7.5.0")]
PRESELECT = (datetime(2025, 11, 20), datetime(2026, 1, 15))      # add-on page pre-selects seat + bag bundle
UPGRADE_POLICY = datetime(2026, 1, 1)                            # platinum-first complimentary upgrades
CARD_LOUNGE = datetime(2025, 10, 1)                              # co-brand card holders get lounge access
AWARD_SQUEEZE = (datetime(2026, 7, 1), datetime(2026, 9, 1))     # summer 2026 award seats nearly gone
TIER_ORDER = ["basic", "silver", "gold", "platinum"]
TIER_BONUS = {"basic": 0.0, "silver": 0.25, "gold": 0.5, "platinum": 1.0}
THRESH = {"silver": 8000, "gold": 20000, "platinum": 40000}      # tier miles in a calendar year

AIRPORTS = {  # code: (lat, lon, zh city, region)
    "PVG": (31.14, 121.81, "上海浦东", "华东"), "SHA": (31.20, 121.34, "上海虹桥", "华东"),
    "HGH": (30.23, 120.43, "杭州", "华东"), "PEK": (40.08, 116.58, "北京首都", "华北"),
    "CAN": (23.39, 113.30, "广州", "华南"), "SZX": (22.64, 113.81, "深圳", "华南"),
    "TFU": (30.31, 104.44, "成都天府", "西南"), "CKG": (29.72, 106.64, "重庆", "西南"),
    "KMG": (25.10, 102.93, "昆明", "西南"), "XIY": (34.45, 108.75, "西安", "西北"),
    "SYX": (18.30, 109.41, "三亚", "华南"),
    "NRT": (35.77, 140.39, "东京成田", "海外"), "ICN": (37.46, 126.44, "首尔仁川", "海外"),
    "SIN": (1.36, 103.99, "新加坡", "海外"), "BKK": (13.69, 100.75, "曼谷", "海外"),
    "LHR": (51.47, -0.45, "伦敦希思罗", "海外"), "FRA": (50.03, 8.56, "法兰克福", "海外"),
    "SYD": (-33.94, 151.18, "悉尼", "海外"), "LAX": (33.94, -118.41, "洛杉矶", "海外"),
}
HOME_CN = ["PVG", "SHA", "HGH", "PEK", "CAN", "SZX", "TFU", "CKG", "KMG", "XIY"]
HOME_CN_W = [0.24, 0.10, 0.08, 0.14, 0.09, 0.09, 0.12, 0.05, 0.04, 0.05]
DOM_DEST = ["PVG", "PEK", "CAN", "SZX", "TFU", "HGH", "XIY", "KMG", "CKG", "SYX", "SHA"]
DOM_DEST_W = [0.16, 0.17, 0.11, 0.11, 0.12, 0.05, 0.06, 0.06, 0.05, 0.07, 0.04]
INTL_DEST = ["NRT", "ICN", "SIN", "BKK", "LHR", "FRA", "SYD", "LAX"]
INTL_DEST_W = [0.24, 0.16, 0.14, 0.14, 0.09, 0.09, 0.07, 0.07]
INTL_HUB = {"PVG": "PVG", "SHA": "PVG", "HGH": "PVG", "PEK": "PVG", "XIY": "TFU", "TFU": "TFU", "CKG": "TFU",
            "KMG": "TFU", "CAN": "PVG", "SZX": "PVG"}
NATIONS = ["CN", "US", "GB", "DE", "JP", "KR", "SG", "AU", "FR"]
NATION_W = [0.86, 0.025, 0.02, 0.02, 0.02, 0.015, 0.015, 0.01, 0.015]
NATION_HOME = {"US": "LAX", "GB": "LHR", "DE": "FRA", "FR": "FRA", "JP": "NRT", "KR": "ICN", "SG": "SIN",
               "AU": "SYD"}
AGES = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
AGE_W = [0.09, 0.30, 0.28, 0.18, 0.10, 0.05]
ACQ = ["app", "web", "airport_counter", "cobrand_card", "partner_hotel", "social_ads"]
ACQ_W_OLD = [0.30, 0.22, 0.20, 0.10, 0.10, 0.08]
ACQ_W_NEW = [0.28, 0.14, 0.18, 0.10, 0.08, 0.22]
FIRST_FLIGHT_P = {"app": 0.55, "web": 0.50, "airport_counter": 1.0, "cobrand_card": 0.45, "partner_hotel": 0.30,
                  "social_ads": 0.10}
LAMBDA = {"basic": 1.9, "silver": 6.5, "gold": 11.0, "platinum": 18.0}     # one-way segments per year
MONTH_F = {1: 0.9, 2: 1.3, 3: 0.9, 4: 1.0, 5: 1.05, 6: 0.95, 7: 1.3, 8: 1.35, 9: 0.95, 10: 1.15, 11: 0.85, 12: 0.9}
FARE = {  # cabin: [(fare class, weight, earn %, price factor, refund p)]
    "economy": [("Y", .08, 1.0, 1.6, .12), ("B", .10, 1.0, 1.35, .10), ("M", .14, .75, 1.15, .05),
                ("H", .16, .75, 1.0, .05), ("K", .16, .5, .85, .03), ("L", .14, .5, .75, .03),
                ("Q", .12, .25, .62, .01), ("T", .10, .25, .52, .01)],
    "premium_economy": [("W", 1.0, 1.1, 1.7, .05)],
    "business": [("J", .35, 1.5, 3.6, .12), ("C", .35, 1.5, 3.1, .08), ("D", .30, 1.25, 2.7, .05)],
}
LOUNGES = {"PVG": "PVG T1", "PEK": "PEK T3", "TFU": "TFU T1", "CAN": "CAN T2", "SZX": "SZX T3"}
LOUNGE_TEXT = {"PVG": ("浦东T1天程贵宾室", "Pudong T1 lounge"), "PEK": ("首都T3天程贵宾室", "Beijing T3 lounge"),
               "TFU": ("天府T1天程贵宾室", "Tianfu T1 lounge"), "CAN": ("白云T2天程贵宾室", "Guangzhou T2 lounge"),
               "SZX": ("宝安T3天程贵宾室", "Shenzhen T3 lounge")}
AWARD_COST = {"dom_economy": 12500, "intl_short": 22000, "intl_long": 45000}
ANCILLARY_PRICE = {"seat_selection": (40, 220), "extra_bag": (180, 420), "insurance": (30, 60),
                   "meal": (45, 120), "lounge_pass": (200, 380)}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_join", "注册入会", "Join SkyMiles", "consideration", "app", "digital", "loyalty_crm",
     "入会|注册会员|加入天程里程|开通会员|会员注册|enrol|enroll|enrolment|join|sign up|signup|registration"),
    ("tp_verify", "实名认证", "Identity verification", "consideration", "app", "digital", "loyalty_crm",
     "认证|实名|身份验证|护照认证|账户验证|verify|verification|ID check|KYC|account verification"),
    ("tp_flight_search", "航班搜索", "Flight search", "consideration", "app", "digital", "ecommerce",
     "搜索航班|查航班|搜机票|查票|flight search|search flights|search"),
    ("tp_flight_select", "选择航班", "Select flight", "consideration", "app", "digital", "ecommerce",
     "选航班|选择舱位|选票价|select flight|choose flight|fare selection|pick a fare"),
    ("tp_addons", "附加服务", "Add-ons", "purchase", "app", "digital", "ancillary",
     "增值服务|选座|加购行李|保险|附加服务页|add-ons|addons|extras|ancillaries|seat selection|extra bag"),
    ("tp_payment", "支付", "Payment", "purchase", "app", "digital", "payments",
     "付款|支付页|去支付|收银台|pay|payment|checkout payment"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "付款失败|扣款失败|支付不成功|payment failed|payment failure|declined card"),
    ("tp_ticket_issued", "出票成功", "Ticket issued", "purchase", "app", "digital", "ticketing",
     "出票|机票出票|订票成功|电子客票|ticket issued|ticketing|e-ticket|booking confirmed"),
    ("tp_refund", "退票", "Ticket refund", "service", "app", "digital", "customer_service",
     "退票|申请退票|退款|机票退款|refund|ticket refund|cancel ticket"),
    ("tp_call_centre", "客服热线", "Call centre", "service", "phone", "physical", "customer_service",
     "客服|热线|打电话|呼叫中心|400电话|call centre|call center|hotline|phone support|customer service"),
    ("tp_checkin", "在线值机", "Online check-in", "service", "app", "digital", "airport_digital",
     "值机|网上值机|手机值机|App值机|online check-in|check in|checkin|web check-in"),
    ("tp_boarding_pass", "电子登机牌", "Mobile boarding pass", "service", "app", "digital", "airport_digital",
     "登机牌|电子登机牌|值机成功|boarding pass|mobile boarding pass|e-boarding pass"),
    ("tp_counter_checkin", "柜台值机", "Check-in counter", "service", "store", "physical", "airport_ops",
     "柜台办理|人工值机|值机柜台|check-in counter|airport counter|desk check-in"),
    ("tp_bag_drop", "行李托运", "Bag drop", "service", "store", "physical", "airport_ops",
     "托运|托运行李|自助行李托运|交运行李|bag drop|baggage drop|check bags|checked baggage"),
    ("tp_lounge", "贵宾休息室", "Lounge", "service", "store", "physical", "airport_ops",
     "休息室|贵宾厅|候机室|VIP厅|lounge|airport lounge|business lounge"),
    ("tp_boarding", "登机", "Boarding", "service", "store", "physical", "airport_ops",
     "登机口|上飞机|登机|起飞|boarding|gate|board the plane|departure"),
    ("tp_inflight", "机上服务", "In-flight service", "service", "other", "physical", "cabin_services",
     "机上|空乘|乘务员|飞机餐|座椅|客舱|in-flight|inflight|cabin crew|onboard|meal|legroom"),
    ("tp_miles_credit", "里程入账", "Miles credited", "loyalty", "other", "digital", "loyalty_ops",
     "里程累积|积累里程|里程到账|入账|miles credited|miles earned|earn miles|accrual"),
    ("tp_miles_claim", "里程补登申请", "Missing miles claim", "service", "app", "digital", "loyalty_ops",
     "补登|里程补登|补录里程|缺失里程|missing miles|miles claim|retro claim|retroactive credit"),
    ("tp_claim_credited", "补登成功", "Claim credited", "service", "other", "digital", "loyalty_ops",
     "补登到账|补登完成|补登成功|claim credited|claim approved|retro credit done"),
    ("tp_tier_up", "会籍升级", "Tier upgrade", "loyalty", "other", "digital", "loyalty_crm",
     "升级会籍|晋级|升银卡|升金卡|升白金|定级|status upgrade|tier upgrade|qualify|status qualification|promotion"),
    ("tp_upgrade_request", "申请升舱", "Upgrade request", "loyalty", "app", "digital", "loyalty_crm",
     "升舱申请|申请升舱|升舱券|里程升舱|upgrade request|request upgrade|upgrade voucher|bid upgrade"),
    ("tp_upgrade_granted", "升舱成功", "Upgrade confirmed", "loyalty", "app", "digital", "loyalty_crm",
     "升舱成功|升舱确认|升上了|upgrade confirmed|upgrade cleared|upgrade granted"),
    ("tp_award_search", "奖励机票搜索", "Award search", "loyalty", "app", "digital", "loyalty_crm",
     "查兑换|搜索兑换机票|奖励座位|查奖励票|award search|award availability|reward seats|search award"),
    ("tp_award_redeem", "里程兑换", "Redeem miles", "loyalty", "app", "digital", "loyalty_crm",
     "兑换|里程兑换|用里程换机票|花里程|redeem|redemption|redeem miles|spend miles"),
    ("tp_award_ticket", "奖励机票出票", "Award ticket issued", "loyalty", "app", "digital", "ticketing",
     "兑换出票|奖励机票|免票|award ticket|reward ticket|award ticketed"),
    ("tp_card_apply", "联名卡申请", "Co-brand card application", "loyalty", "app", "digital", "partnerships",
     "联名信用卡|信用卡申请|办联名卡|co-brand card|credit card application|apply for card"),
    ("tp_card_approved", "联名卡获批", "Co-brand card approved", "loyalty", "other", "digital", "partnerships",
     "批卡|联名卡下卡|信用卡获批|card approved|card issued|approval"),
]
JOURNEYS = [  # id, zh, en, window days, steps
    ("enrolment", "入会到首次累积", "Enrolment to first credited flight", 90,
     ["tp_join", "tp_verify", "tp_miles_credit"]),
    ("booking", "机票预订", "Flight booking", 1,
     ["tp_flight_search", "tp_flight_select", "tp_addons", "tp_payment", "tp_ticket_issued"]),
    ("online_checkin", "在线值机", "Online check-in", 1, ["tp_checkin", "tp_boarding_pass"]),
    ("day_of_travel", "出行当天", "Day of travel", 1, ["tp_checkin", "tp_bag_drop", "tp_boarding"]),
    ("award_redemption", "里程兑换", "Miles redemption", 7, ["tp_award_search", "tp_award_redeem", "tp_award_ticket"]),
    ("upgrade", "升舱", "Upgrade", 7, ["tp_upgrade_request", "tp_upgrade_granted"]),
    ("status_benefit", "会籍升级到升舱", "Status to upgrade", 180,
     ["tp_tier_up", "tp_upgrade_request", "tp_upgrade_granted"]),
    ("missing_miles", "里程补登", "Missing miles claim", 30, ["tp_miles_claim", "tp_claim_credited"]),
    ("cobrand_card", "联名卡申请", "Co-brand card application", 14, ["tp_card_apply", "tp_card_approved"]),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "app_version", "tier", "route", "cabin", "fare_class", "flight_no", "flight_date", "order_id", "miles",
           "new_tier", "upgrade_type", "lounge", "access_type", "wait_minutes", "delay_minutes", "bags", "reason"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "product", "route",
            "cabin", "fare_class", "flight_date", "original_flight_date", "booking_lead_days", "miles_earned",
            "miles_redeemed", "tier", "payment_method", "refunded_at", "changed_at"]
FB_COLS = ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "language", "tier",
           "route", "cabin", "lounge", "device", "app_version", "topic", "sentiment_label"]

# ---------------------------------------------------------------- feedback text
TOPICS = {  # topic: (sentiment, touchpoint, zh templates, en templates)
    "missing_miles": ("neg", "tp_miles_credit", [
        "{route}的航班飞完快两周了，里程还没到账，太离谱了",
        "上个月坐了两趟，里程一分都没到账，系统到底怎么了",
        "里程没到账，打客服说新系统上线在处理，让我等",
        "金卡保级就差这一趟，结果里程迟迟没到账，很着急",
        "飞完{route}一直没到账，App里查不到这段航班"],
        ["Flew {route} two weeks ago and the miles are still not credited.",
         "My miles were not credited for the last two flights, what is going on with the new system?",
         "Missing miles again. {route} flight never showed up in my account.",
         "Third time my miles are not credited automatically. Very frustrating."]),
    "claim_slow": ("neg", "tp_miles_claim", [
        "补登申请交了三周还是处理中，没人管",
        "里程补登太慢了，客服只会说在排队",
        "补登审核一个多月都没结果，要求提供登机牌又要行程单",
        "提交补登后石沉大海，这效率太差了"],
        ["My miles claim has been pending for a month.",
         "Retro claim still 'in progress' after four weeks, nobody answers.",
         "Submitted the claim with my boarding pass, still no credit after 30 days."]),
    "award_seats": ("neg", "tp_award_search", [
        "想用里程换{dest}的暑假机票，一个奖励座位都没有",
        "奖励座位永远显示无票，攒里程有什么用",
        "提前两个月查{dest}的奖励座位都没有，只能花钱买",
        "整个七八月一张奖励座位都放不出来，太坑了"],
        ["No award seats to {dest} for the whole summer.",
         "Award seat availability is terrible, every date I try shows nothing.",
         "Tried to redeem for {dest} two months out, zero award seats.",
         "What is the point of collecting miles if there are never award seats?"]),
    "upgrade_denied": ("neg", "tp_upgrade_request", [
        "金卡申请升舱又没成功，今年一次都没升上",
        "升舱券根本用不掉，金卡权益明显缩水了",
        "升舱排队永远排不到，全给白金卡了",
        "今年改了升舱规则后，金卡会员基本升舱无望"],
        ["Gold member, requested an upgrade five times this year and it never cleared.",
         "Upgrade never clears anymore, gold status feels worthless.",
         "Since the new upgrade rules platinum gets everything, gold gets nothing.",
         "Applied my upgrade voucher again, denied again."]),
    "lounge_crowded": ("neg", "tp_lounge", [
        "{lounge}太拥挤了，连个座位都找不到",
        "联名卡开放之后休息室拥挤得像候机大厅",
        "休息室拥挤不堪，吃的都被拿光了",
        "贵宾室排队进门，里面更拥挤，体验很差"],
        ["The {lounge} was so crowded there was nowhere to sit.",
         "Lounge is overcrowded since the credit card deal.",
         "Crowded lounge, food ran out and queues at the door.",
         "The lounge used to be quiet, now it is crowded all day."]),
    "checkin_crash": ("neg", "tp_checkin", [
        "安卓App值机一点就闪退，只能去柜台排队",
        "在线值机闪退三次，差点误机",
        "新版App值机页面闪退，登机牌出不来",
        "更新后值机功能闪退，卸载重装也没用"],
        ["The app crashes every time I try to check in on Android.",
         "Online check-in keeps crashing after the update, had to queue at the counter.",
         "Check-in page crash, no boarding pass, almost missed my flight."]),
    "addons_preselect": ("neg", "tp_addons", [
        "选座和行李默认勾选，差点多付了好几百",
        "附加服务页面默认勾选，套路太深，直接不买了",
        "付款前才发现默认勾选了选座加行李套餐",
        "默认勾选增值服务，取消还要一个个点，体验很差"],
        ["Seat and bag bundle was pre-selected by default, sneaky.",
         "Add-ons pre-selected at checkout, almost paid extra so I gave up.",
         "Why are extras pre-selected? I had to untick everything."]),
    "passport_verify": ("neg", "tp_verify", [
        "外籍会员用护照认证一直失败",
        "护照实名认证审核太慢，飞完了都还没通过",
        "用护照注册会员认证不了，只支持身份证吗"],
        ["Passport verification keeps failing for foreign members.",
         "Cannot verify my account with my passport, only Chinese ID seems to work.",
         "Joined SkyMiles but the passport check never went through, so no miles."]),
    "refund_slow": ("neg", "tp_refund", [
        "退票后退款等了十几天还没回来",
        "申请退票，退款进度一直不动",
        "退款太慢了，钱一直不退回来"],
        ["The refund for my cancelled ticket took over two weeks.",
         "Still waiting for my refund, no update at all."]),
    "call_wait": ("neg", "tp_call_centre", [
        "客服热线等了四十分钟才接通",
        "打客服热线一直排队，根本没人接",
        "客服热线永远占线，问个里程的事等了半小时"],
        ["Waited 40 minutes on hold for the call centre.",
         "Call centre hold time is ridiculous, gave up after 30 minutes on hold.",
         "On hold forever just to ask about my miles."]),
    "delay": ("neg", "tp_boarding", [
        "航班延误两个多小时，也没人通知",
        "又延误了，浦东夏天天天延误",
        "延误了还不给任何解释，登机口一片混乱"],
        ["Flight delayed over two hours with no updates.",
         "Another delay out of Shanghai, summer storms every day.",
         "Delayed departure and zero information at the gate."]),
    "legroom": ("neg", "tp_inflight", [
        "经济舱座位腿部空间太小，坐得很难受",
        "座椅太窄，腿部空间不够"],
        ["Legroom in economy is really tight.", "Seat pitch is awful, no legroom at all."]),
    "food_bad": ("neg", "tp_inflight", [
        "飞机餐太难吃了", "餐食选择太少，味道一般偏差"],
        ["The inflight meal was bland and cold.", "Food on board was poor."]),
    "bag_queue": ("neg", "tp_bag_drop", [
        "行李托运排队排了半小时", "托运柜台只开了两个，排长队"],
        ["Bag drop queue took thirty minutes.", "Only two bag drop desks open, long line."]),
    "crew_praise": ("pos", "tp_inflight", [
        "乘务员服务很贴心，点赞", "空乘态度特别好，飞行很愉快", "机组很专业，服务周到"],
        ["Cabin crew were lovely and attentive.", "Great crew, very professional service.",
         "Friendly crew, pleasant flight."]),
    "smooth_checkin": ("pos", "tp_checkin", [
        "App值机很方便，选座也快", "手机值机两分钟搞定，登机牌直接存手机"],
        ["Online check-in was quick and easy.", "Checked in on my phone in two minutes, smooth."]),
    "booking_easy": ("pos", "tp_flight_search", [
        "App订票流程很顺，价格也清楚", "官网买票比OTA方便，还能直接累积里程"],
        ["Booking on the app was smooth and clear.", "Buying direct on the website was easy."]),
    "award_ok": ("pos", "tp_award_redeem", [
        "用里程换了一张机票，很划算", "里程兑换操作简单，几分钟就出票了"],
        ["Redeemed my miles for a flight, great value.", "Redemption was simple and ticketed in minutes."]),
    "upgrade_ok": ("pos", "tp_upgrade_granted", [
        "白金卡免费升到公务舱了，很惊喜", "这次顺利升到公务舱，体验很好"],
        ["Got bumped up to business, nice surprise.", "Moved up to business class this time, excellent."]),
    "lounge_good": ("pos", "tp_lounge", [
        "休息室安静舒服，面条很好吃", "贵宾室环境很好，淋浴间干净"],
        ["Quiet lounge with good noodles.", "Lovely lounge, clean showers and good coffee."]),
    "on_time": ("pos", "tp_boarding", [
        "航班准点，登机有序", "准点起飞，提前到达，满意"],
        ["On-time departure and orderly boarding.", "Left on time and arrived early, happy."]),
    "bag_fast": ("pos", "tp_bag_drop", [
        "自助行李托运很快，一分钟搞定"], ["Self bag drop was fast, one minute."]),
    "neutral": ("neu", "tp_inflight", [
        "整体还行，没什么特别的", "中规中矩的一次飞行", "一般般吧，和别家差不多"],
        ["It was okay, nothing special.", "An average flight, fine.", "Decent enough, nothing to report."]),
}


class Gen:
    def __init__(self) -> None:
        self.rng = np.random.default_rng(SEED)
        self.events: list[list] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.customers: list[dict] = []
        self.n_ev = 0
        self.n_sess = 0
        self.n_ord = 0
        self.flight_no: dict[str, str] = {}

    # ------------------------------------------------ helpers
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, weights=None):
        if weights is None:
            return items[int(self.rng.integers(len(items)))]
        w = np.asarray(weights, dtype=float)
        return items[int(self.rng.choice(len(items), p=w / w.sum()))]

    def sess(self) -> str:
        self.n_sess += 1
        return f"S{self.n_sess:07d}"

    def ev(self, c: dict, ts: datetime, tp: str, action: str, channel: str, session=None, **kw) -> None:
        if ts < START or ts > END:
            return
        self.n_ev += 1
        device = kw.pop("device", None)
        if device is None and channel in ("app", "web"):
            device = c["device"] if channel == "app" else "pc"
        row = {"event_id": f"E{self.n_ev:07d}", "customer_id": c["customer_id"], "ts": ts.strftime("%Y-%m-%d %H:%M:%S"),
               "touchpoint_id": tp, "session_id": session, "action": action, "device": device, "channel": channel,
               "tier": c["tier"]}
        if channel == "app":
            row["app_version"] = self.app_version(c, ts)
        row.update(kw)
        self.events.append([row.get(k) for k in EV_COLS])

    def app_version(self, c: dict, ts: datetime) -> str:
        v = APP_RELEASES[0][1]
        for rel, name in APP_RELEASES:
            if ts >= rel + D(days=c["lag"]):
                v = name
        return v

    def order(self, c: dict, ts: datetime, amount: float, **kw) -> dict:
        self.n_ord += 1
        o = {"order_id": f"O{self.n_ord:07d}", "customer_id": c["customer_id"], "ts": ts, "amount": round(amount, 2),
             "status": "paid", "tier": c["tier"]}
        o.update(kw)
        self.orders.append(o)
        return o

    def fb(self, topic: str, ts, c: dict | None, channel: str, rating=None, nps=None, **kw) -> None:
        if ts is not None and (ts < START or ts > END):
            return
        sent, tp, zh, en = TOPICS[topic]
        lang = kw.pop("lang", None) or (c["language"] if c else ("zh" if self.r() < 0.7 else "en"))
        tpl = self.pick(zh if lang == "zh" else en)
        route = kw.get("route") or "PVG-PEK"
        dest = kw.pop("dest", None) or route.split("-")[-1]
        dest_name = AIRPORTS[dest][2] if lang == "zh" else dest
        ltext = LOUNGE_TEXT[(kw.get("lounge") or "PVG T1")[:3]][0 if lang == "zh" else 1]
        text = tpl.format(route=route, dest=dest_name, lounge=ltext)
        row = {"ts": ts.strftime("%Y-%m-%d %H:%M:%S") if ts else None,
               "customer_id": c["customer_id"] if c else None, "touchpoint_id": tp, "channel": channel,
               "rating": rating, "nps": nps, "text": text, "language": lang, "tier": c["tier"] if c else None,
               "topic": topic, "sentiment_label": sent}
        row.update(kw)
        self.feedback.append(row)

    def score(self, sent: str, tier: str | None, with_nps: bool, year: int | None = None):
        base = {"pos": 4.5, "neu": 3.4, "neg": 1.8}[sent]
        rating = int(np.clip(round(base + self.rng.normal(0, 0.55)), 1, 5))
        nps = None
        if with_nps:
            mu = {"pos": 8.9, "neu": 6.8, "neg": 3.0}[sent]
            mu += {"basic": -0.5, "silver": 0.0, "gold": 0.3, "platinum": 0.8, None: 0.0}[tier]
            if tier == "gold" and year == 2026:
                mu -= 1.1
            nps = int(np.clip(round(mu + self.rng.normal(0, 1.3)), 0, 10))
        return rating, nps

    # ------------------------------------------------ world
    def route_for(self, c: dict) -> tuple[str, str, bool]:
        home = c["home"]
        intl_p = 0.16 + (0.35 if c["nationality"] != "CN" else 0) + (0.08 if c["tier0"] in ("gold", "platinum") else 0)
        if AIRPORTS[home][3] == "海外":
            hub = "PVG" if self.r() < 0.75 else "TFU"
            a, b = home, hub
            intl = True
        elif self.r() < intl_p:
            a, b = INTL_HUB[home], self.pick(INTL_DEST, INTL_DEST_W)
            intl = True
        else:
            dest = home
            while dest == home or {dest, home} == {"PVG", "SHA"}:
                dest = self.pick(DOM_DEST, DOM_DEST_W)
            a, b = home, dest
            intl = False
        if self.r() < 0.5:
            a, b = b, a
        return a, b, intl

    def dist(self, a: str, b: str) -> int:
        la1, lo1 = map(math.radians, AIRPORTS[a][:2])
        la2, lo2 = map(math.radians, AIRPORTS[b][:2])
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return int(round(2 * 6371 * math.asin(math.sqrt(h))))

    def flight_number(self, route: str) -> str:
        if route not in self.flight_no:
            self.flight_no[route] = f"TC{1000 + 7 * len(self.flight_no) + int(self.rng.integers(7))}"
        return self.flight_no[route]

    def make_customers(self) -> None:
        rng = self.rng
        for i in range(N_EXIST + N_NEW):
            existing = i < N_EXIST
            nat = self.pick(NATIONS, NATION_W)
            if nat == "CN":
                home = self.pick(HOME_CN, HOME_CN_W)
            else:
                home = NATION_HOME[nat] if self.r() < 0.6 else self.pick(["PVG", "PEK", "SZX", "TFU"], [5, 3, 2, 1])
            age = self.pick(AGES, AGE_W)
            if existing:
                tier = self.pick(TIER_ORDER, [0.70, 0.16, 0.10, 0.04])
                signup = datetime(2012, 1, 1) + D(days=int(rng.integers(0, 4748)), minutes=int(rng.integers(1440)))
                acq = self.pick(ACQ, ACQ_W_OLD)
            else:
                tier = "basic"
                # enrolments spread over the data, more in summer
                while True:
                    signup = START + D(days=float(rng.uniform(0, (END - START).days - 3)))
                    if self.r() < MONTH_F[signup.month] / 1.35:
                        break
                signup = signup.replace(second=0, microsecond=0)
                acq = self.pick(ACQ, ACQ_W_NEW)
            card_p = {"basic": 0.10, "silver": 0.18, "gold": 0.28, "platinum": 0.35}[tier]
            cobrand = existing and self.r() < card_p or acq == "cobrand_card"
            if nat != "CN":
                device = self.pick(["ios", "android", "pc"], [0.5, 0.2, 0.3])
            else:
                device = self.pick(["ios", "android", "pc"], [0.42, 0.43, 0.15])
            if age in ("55-64", "65+"):
                pref = self.pick(["app", "web", "ota", "call_centre"], [0.25, 0.15, 0.25, 0.35])
            else:
                pref = self.pick(["app", "web", "ota", "call_centre"], [0.48, 0.17, 0.29, 0.06])
            if device == "pc" and pref == "app":
                pref = "web"
            if device != "pc" and pref == "web" and self.r() < 0.5:
                pref = "app"
            lam = LAMBDA[tier] * float(rng.lognormal(-0.18, 0.6))
            if tier == "basic" and self.r() < 0.35:
                lam *= 0.25                                   # many basic members barely fly
            if not existing and acq == "social_ads":
                lam *= 0.35                                   # joined for a sign-up bonus, rarely fly
            bal = int(rng.lognormal(math.log({"basic": 6000, "silver": 25000, "gold": 55000,
                                               "platinum": 110000}[tier]), 0.7)) if existing else 0
            c = {"customer_id": f"M{i + 1:05d}", "existing": existing, "nationality": nat, "home": home,
                 "region": AIRPORTS[home][3], "age_band": age, "tier": tier, "tier0": tier, "signup": signup,
                 "acq": acq, "cobrand": cobrand, "cobrand_since": None, "device": device, "pref": pref,
                 "lam": lam, "balance": bal, "language": "zh" if nat == "CN" else "en",
                 "lag": int(rng.integers(0, 6)), "verified": existing, "flights": 0, "last_flight": None,
                 "ytd_year": 2025, "ytd": 0}
            if cobrand:
                c["cobrand_since"] = signup if not existing else datetime(2014, 1, 1) + D(
                    days=int(rng.integers(0, 3900)))
                if c["cobrand_since"] < signup:
                    c["cobrand_since"] = signup
            self.customers.append(c)

    # ------------------------------------------------ per-customer timeline
    def run_customer(self, c: dict) -> None:
        rng = self.rng
        heap: list = []
        seq = [0]

        def push(ts, kind, payload=None):
            seq[0] += 1
            heapq.heappush(heap, (ts, seq[0], kind, payload))

        active = START
        if not c["existing"]:
            push(c["signup"], "join")
            active = c["signup"]
            if c["acq"] == "airport_counter":
                push(c["signup"] + M(1), "airport_join_flight")
            elif self.r() < FIRST_FLIGHT_P[c["acq"]]:
                push(c["signup"] + D(days=float(rng.exponential(6)), minutes=int(rng.integers(5, 600))), "book",
                     {"first": True})
        # bookings as a Poisson process, modulated by month
        span = (END - active).days
        n = int(rng.poisson(c["lam"] * span / 365.0 * 1.05))
        for _ in range(n):
            t = active + D(days=float(rng.uniform(0, span)))
            if self.r() < MONTH_F[t.month] / 1.35:
                push(t.replace(microsecond=0), "book", None)
        # browse-only sessions of app / web users
        if c["pref"] in ("app", "web"):
            for _ in range(int(rng.poisson(1.2 * span / 365.0 * (0.6 + 0.2 * c["lam"] ** 0.5)))):
                push(active + D(days=float(rng.uniform(0, span))), "browse", None)
        # award searches
        n_aw = int(rng.poisson(span / 365.0 * (0.5 + 0.12 * c["lam"]) * (1.8 if c["cobrand"] else 1.0)))
        for _ in range(n_aw):
            push(active + D(days=float(rng.uniform(0, span))), "award_search", None)
        # co-brand card applications
        if not c["cobrand"]:
            for start, end, rate in ((START, CARD_LOUNGE, 0.03), (CARD_LOUNGE, END, 0.16)):
                s = max(start, active)
                if s < end and self.r() < rate * (end - s).days / 365.0 * (1.5 if c["tier"] != "basic" else 1.0):
                    push(s + D(days=float(rng.uniform(0, (end - s).days))), "card_apply", None)
        # partner-flight claims (codeshare partners: always a manual claim)
        for _ in range(int(rng.poisson(span / 365.0 * 0.05 * (1 + c["lam"] / 6)))):
            push(active + D(days=float(rng.uniform(0, span))), "claim", {"reason": "partner_flight", "miles":
                                                                         int(rng.integers(600, 3000))})
        while heap:
            ts, _, kind, p = heapq.heappop(heap)
            if ts > END:
                break
            if ts.year != c["ytd_year"]:
                c["ytd_year"], c["ytd"] = ts.year, 0
            getattr(self, "do_" + kind)(c, ts, p, push)

    # ------------------------------------------------ enrolment
    def do_join(self, c, ts, p, push):
        ch = {"app": "app", "web": "web", "airport_counter": "airport", "cobrand_card": "web",
              "partner_hotel": "web", "social_ads": "app"}[c["acq"]]
        if ch == "app" and c["device"] == "pc":
            ch = "web"
        dev = None if ch == "airport" else (c["device"] if ch == "app" else "pc")
        self.ev(c, ts, "tp_join", "submit", ch, self.sess(), device=dev, reason=c["acq"])
        ok = 0.89 if c["nationality"] == "CN" else 0.48
        if c["acq"] == "airport_counter":
            ok = 0.97 if c["nationality"] == "CN" else 0.70
        if self.r() < ok:
            delay = M(float(self.rng.uniform(1, 20))) if self.r() < 0.75 else H(float(self.rng.uniform(2, 60)))
            if c["nationality"] != "CN":
                delay = H(float(self.rng.uniform(4, 96)))
            if c["acq"] == "airport_counter" and self.r() < 0.95:
                delay = M(float(self.rng.uniform(1, 15)))      # verified by the agent at the counter
            push(ts + delay, "verify")
        elif c["nationality"] != "CN" and self.r() < 0.35:
            ch2 = self.pick(["in_app_feedback", "call_note"])
            self.fb("passport_verify", ts + D(days=float(self.rng.uniform(1, 10))), c, ch2)

    def do_verify(self, c, ts, p, push):
        self.ev(c, ts, "tp_verify", "success", "app" if c["device"] != "pc" else "web",
                reason="passport" if c["nationality"] != "CN" else "id_card")
        c["verified"] = True

    def do_airport_join_flight(self, c, ts, p, push):
        # the member enrols at the check-in counter for a flight bought elsewhere (OTA / call centre)
        f = self.new_flight(c, ts - D(days=float(self.rng.uniform(1, 12))), award=False)
        f["dep"] = ts.replace(second=0) + H(float(self.rng.uniform(1.8, 3.0)))
        f["counter"] = True
        f["channel"] = self.pick(["ota", "call_centre"], [0.8, 0.2])
        self.issue_ticket(c, f, f["booked"], push, pre_join=True)

    # ------------------------------------------------ booking
    def new_flight(self, c, booked, award=False) -> dict:
        a, b, intl = self.route_for(c)
        dist = self.dist(a, b)
        if award:
            cabin = "business" if self.r() < 0.15 else "economy"
            fc = "I" if cabin == "business" else "X"
            earn, pf, refp = 0.0, 0.0, 0.0
        else:
            pb = {"basic": 0.04, "silver": 0.08, "gold": 0.16, "platinum": 0.25}[c["tier"]] + (0.05 if intl else 0)
            pw = 0.06 if intl else 0.0
            u = self.r()
            cabin = "business" if u < pb else ("premium_economy" if u < pb + pw else "economy")
            fares = FARE[cabin]
            fc, _, earn, pf, refp = fares[int(self.rng.choice(len(fares), p=[x[1] for x in fares]))]
        lead = float(self.rng.exponential(32 if intl else 11)) + 0.2
        if c["tier"] in ("gold", "platinum") and not intl:
            lead = lead * 0.6 + 0.1
        dep = booked + D(days=lead)
        dep = dep.replace(hour=int(self.rng.integers(7, 23)), minute=int(self.rng.choice([0, 10, 20, 30, 40, 50])),
                          second=0, microsecond=0)
        if dep <= booked + H(3):
            dep = dep + D(days=1)
        route = f"{a}-{b}"
        return {"route": route, "origin": a, "dest": b, "intl": intl, "dist": dist, "cabin": cabin, "fare_class": fc,
                "earn": earn, "pf": pf, "refund_p": refp, "booked": booked, "dep": dep, "award": award,
                "flight_no": self.flight_number(route), "counter": False}

    def price(self, f) -> float:
        season = 1.0 + (0.25 if f["dep"].month in (7, 8) else 0) + (0.3 if f["dep"].month == 2 else 0) + (
            0.15 if f["dep"].month == 10 and f["dep"].day <= 8 else 0)
        base = (0.55 * f["dist"] + 260) if not f["intl"] else (0.62 * f["dist"] + 900)
        p = base * f["pf"] * season * float(self.rng.lognormal(0, 0.12))
        return round(p / 10) * 10.0

    def do_browse(self, c, ts, p, push):
        ch = "app" if c["pref"] == "app" or (c["pref"] != "web" and c["device"] != "pc") else "web"
        s = self.sess()
        a, b, _ = self.route_for(c)
        route = f"{a}-{b}"
        self.ev(c, ts, "tp_flight_search", "view", ch, s, route=route)
        u = self.r()
        if u < 0.40:
            t = ts + M(float(self.rng.uniform(0.5, 6)))
            self.ev(c, t, "tp_flight_select", "click", ch, s, route=route)
            if u < 0.11:
                self.ev(c, t + M(float(self.rng.uniform(0.5, 5))), "tp_addons", "view", ch, s, route=route)

    def do_book(self, c, ts, p, push):
        f = self.new_flight(c, ts)
        ch = c["pref"] if self.r() < 0.82 else self.pick(["app", "web", "ota", "call_centre"], [0.4, 0.2, 0.3, 0.1])
        if ch == "app" and c["device"] == "pc":
            ch = "web"
        if c["nationality"] != "CN" and ch == "call_centre":
            ch = "web"
        if ch in ("app", "web"):
            # earlier look-around sessions for the same trip
            for _ in range(int(self.rng.poisson(0.5))):
                self.do_browse(c, ts - D(days=float(self.rng.uniform(0.3, 6))), None, push)
            in_bug = PRESELECT[0] <= ts < PRESELECT[1]
            p_abandon = 0.45 if in_bug else 0.12
            t = ts
            if self.r() < p_abandon:
                s = self.sess()
                self.ev(c, t, "tp_flight_search", "view", ch, s, route=f["route"])
                self.ev(c, t + M(2), "tp_flight_select", "click", ch, s, route=f["route"], cabin=f["cabin"],
                        fare_class=f["fare_class"])
                self.ev(c, t + M(float(self.rng.uniform(3, 8))), "tp_addons", "view", ch, s, route=f["route"])
                if in_bug and self.r() < 0.25:
                    ch2 = self.pick(["in_app_feedback", "app_review"], [0.6, 0.4])
                    r, _ = self.score("neg", c["tier"], False)
                    self.fb("addons_preselect", t + M(float(self.rng.uniform(10, 90))), c, ch2,
                            rating=r if ch2 == "app_review" else None, device=c["device"] if ch == "app" else "pc",
                            app_version=self.app_version(c, t) if ch == "app" else None)
                if self.r() < (0.3 if in_bug else 0.1):
                    ch = "ota"
                else:
                    t = t + D(days=float(self.rng.uniform(0.05, 2.0)))
            f["booked"] = t
            f["dep"] = max(f["dep"], t + H(5))
        f["channel"] = ch
        self.issue_ticket(c, f, f["booked"], push)

    def issue_ticket(self, c, f, ts, push, pre_join=False):
        ch = f["channel"]
        s = self.sess()
        in_bug = PRESELECT[0] <= ts < PRESELECT[1]
        pay_dev = None
        if ch in ("app", "web"):
            pay_dev = c["device"] if ch == "app" else "pc"
            t = ts
            self.ev(c, t, "tp_flight_search", "view", ch, s, route=f["route"])
            t += M(float(self.rng.uniform(0.5, 5)))
            self.ev(c, t, "tp_flight_select", "click", ch, s, route=f["route"], cabin=f["cabin"],
                    fare_class=f["fare_class"])
            t += M(float(self.rng.uniform(0.5, 4)))
            self.ev(c, t, "tp_addons", "view", ch, s, route=f["route"])
            t += M(float(self.rng.uniform(0.5, 4)))
            self.ev(c, t, "tp_payment", "submit", ch, s, route=f["route"])
            if self.r() < 0.045:
                self.ev(c, t + M(0.5), "tp_pay_fail", "fail", ch, s, reason=self.pick(
                    ["card_declined", "bank_timeout", "risk_control"], [0.5, 0.3, 0.2]))
                t += M(float(self.rng.uniform(1, 6)))
                self.ev(c, t, "tp_payment", "submit", ch, s, route=f["route"])
            t += M(float(self.rng.uniform(0.3, 2)))
        elif ch == "call_centre":
            t = ts
            self.ev(c, t, "tp_call_centre", "call", "phone", s, wait_minutes=self.call_wait(t), reason="booking")
            t += M(float(self.rng.uniform(8, 20)))
        else:
            t = ts
        f["booked"] = t
        o_ch = {"app": "app", "web": "web", "ota": "ota", "call_centre": "call_centre"}[ch]
        pay_method = self.pick(["alipay", "wechat_pay", "unionpay", "credit_card"], [0.4, 0.35, 0.12, 0.13])
        if c["cobrand"] and self.r() < 0.7 and ch != "ota":
            pay_method = "cobrand_card"
        if c["nationality"] != "CN" and pay_method in ("alipay", "wechat_pay", "unionpay") and self.r() < 0.7:
            pay_method = "credit_card"
        if ch == "ota":
            pay_method = "ota_prepaid"
        amount = self.price(f)
        lead = (f["dep"].date() - t.date()).days
        o = self.order(c, t, amount, channel=o_ch, device=pay_dev, order_type="ticket", product="fare",
                       route=f["route"], cabin=f["cabin"], fare_class=f["fare_class"],
                       flight_date=f["dep"].date().isoformat(), booking_lead_days=lead, payment_method=pay_method)
        f["order"] = o
        self.ev(c, t, "tp_ticket_issued", "success", {"app": "app", "web": "web", "ota": "ota",
                                                      "call_centre": "phone"}[ch], s if ch != "ota" else None,
                device=pay_dev, route=f["route"], cabin=f["cabin"], fare_class=f["fare_class"],
                flight_no=f["flight_no"], flight_date=f["dep"].date().isoformat(), order_id=o["order_id"])
        f["anc"] = []
        if ch in ("app", "web"):
            probs = {"seat_selection": 0.17, "extra_bag": 0.10 + (0.1 if f["intl"] else 0), "insurance": 0.14,
                     "meal": 0.04}
            if in_bug:
                probs["seat_selection"], probs["extra_bag"] = 0.42, 0.38
            for prod, pr in probs.items():
                if self.r() < pr:
                    lo, hi = ANCILLARY_PRICE[prod]
                    f["anc"].append(self.order(c, t, float(self.rng.integers(lo, hi + 1)), channel=o_ch,
                                               device=pay_dev, order_type="ancillary", product=prod,
                                               route=f["route"], cabin=f["cabin"],
                                               flight_date=f["dep"].date().isoformat(), payment_method=pay_method))
        elif ch == "ota" and self.r() < 0.05:
            f["anc"].append(self.order(c, t + H(float(self.rng.uniform(1, 48))), float(self.rng.integers(40, 221)),
                                       channel="app" if c["device"] != "pc" else "web",
                                       device=c["device"], order_type="ancillary", product="seat_selection",
                                       route=f["route"], cabin=f["cabin"], flight_date=f["dep"].date().isoformat(),
                                       payment_method="alipay"))
        if f["counter"]:
            push(f["dep"] - H(2.2), "fly", f)
            return
        # refund or change before departure
        u = self.r()
        if u < f["refund_p"] and (f["dep"] - t) > H(40):
            rt = t + (f["dep"] - H(32) - t) * float(self.rng.uniform(0.1, 1.0))
            push(rt, "refund", f)
            return
        if u < f["refund_p"] + 0.06 and (f["dep"] - t) > D(days=3):
            ct = t + (f["dep"] - H(36) - t) * float(self.rng.uniform(0.2, 1.0))
            push(ct, "change", f)
        push(f["dep"] - H(30), "pre_flight", f)

    def do_refund(self, c, ts, f, push):
        ch = "app" if c["device"] != "pc" and c["pref"] in ("app", "ota") else (
            "phone" if c["pref"] == "call_centre" else "web")
        if ch == "phone":
            self.ev(c, ts, "tp_call_centre", "call", "phone", self.sess(), wait_minutes=self.call_wait(ts),
                    reason="refund")
        self.ev(c, ts, "tp_refund", "submit", ch, self.sess(), route=f["route"], order_id=f["order"]["order_id"],
                fare_class=f["fare_class"])
        for o in [f["order"]] + f["anc"]:
            if o["ts"] <= ts:
                o["status"] = "refunded"
                o["refunded_at"] = (ts + D(days=float(self.rng.uniform(1, 9)))).strftime("%Y-%m-%d %H:%M:%S")
        if self.r() < 0.06:
            self.fb("refund_slow", ts + D(days=float(self.rng.uniform(8, 16))), c,
                    self.pick(["call_note", "in_app_feedback"]))

    def do_change(self, c, ts, f, push):
        o = f["order"]
        o["status"] = "changed"
        o["changed_at"] = ts.strftime("%Y-%m-%d %H:%M:%S")
        o["original_flight_date"] = f["dep"].date().isoformat()
        f["dep"] = f["dep"] + D(days=int(self.rng.integers(1, 15)))
        o["flight_date"] = f["dep"].date().isoformat()
        ch = "call_centre" if c["pref"] == "call_centre" else ("app" if c["device"] != "pc" else "web")
        if ch == "call_centre":
            self.ev(c, ts, "tp_call_centre", "call", "phone", self.sess(), wait_minutes=self.call_wait(ts),
                    reason="change")
        self.order(c, ts, float(self.rng.choice([100, 150, 200, 300, 400, 600])), channel=ch,
                   device=None if ch == "call_centre" else (c["device"] if ch == "app" else "pc"),
                   order_type="ancillary", product="change_fee", route=f["route"], cabin=f["cabin"],
                   flight_date=o["flight_date"], payment_method=o["payment_method"])

    def call_wait(self, ts) -> float:
        mu = 26 if MIGRATION[0] <= ts < datetime(2026, 6, 1) else 6.5
        if ts.month in (7, 8):
            mu *= 1.25
        return round(float(self.rng.gamma(2.0, mu / 2.0)), 1)

    # ------------------------------------------------ day of travel
    def do_pre_flight(self, c, ts, f, push):
        tier_eligible = c["tier"] in ("silver", "gold", "platinum") or (c["tier"] == "basic" and self.r() < 0.15)
        req_p = {"basic": 0.03, "silver": 0.14, "gold": 0.36, "platinum": 0.5}[c["tier"]]
        if (not f["award"] and f["cabin"] != "business" and f["channel"] != "ota" and tier_eligible
                and self.r() < req_p):
            rt = f["dep"] - D(days=float(self.rng.uniform(1.2, 6)))
            if rt < START:
                rt = START + H(1)
            push(max(rt, f["booked"] + H(1)), "upgrade_req", f)
        push(f["dep"] - H(float(self.rng.uniform(2.5, 22))), "fly", f)

    def do_upgrade_req(self, c, ts, f, push):
        tier = c["tier"]
        if tier in ("gold", "platinum"):
            ut = "complimentary" if self.r() < 0.62 else "miles"
        elif tier == "silver":
            ut = "miles" if self.r() < 0.7 else "paid"
        else:
            ut = "paid"
        ch = "app" if c["device"] != "pc" else "web"
        self.ev(c, ts, "tp_upgrade_request", "submit", ch, self.sess(), route=f["route"], flight_no=f["flight_no"],
                flight_date=f["dep"].date().isoformat(), upgrade_type=ut, cabin=f["cabin"])
        new = ts >= UPGRADE_POLICY
        p = {"basic": (0.25, 0.22), "silver": (0.32, 0.16), "gold": (0.58, 0.23), "platinum": (0.80, 0.86)}[tier][new]
        if self.r() < p:
            gt = ts + (f["dep"] - H(2) - ts) * float(self.rng.uniform(0.3, 1.0))
            miles = {"complimentary": None, "paid": None, "miles": int(round(f["dist"] * 6, -2)) + 2000}[ut]
            self.ev(c, gt, "tp_upgrade_granted", "success", ch, None, route=f["route"], flight_no=f["flight_no"],
                    flight_date=f["dep"].date().isoformat(), upgrade_type=ut, cabin="business", miles=miles)
            if ut == "paid":
                self.order(c, gt, float(round(f["dist"] * 0.9 + 400, -1)), channel=ch, device=c["device"] if ch ==
                           "app" else "pc", order_type="ancillary", product="upgrade", route=f["route"],
                           cabin="business", flight_date=f["dep"].date().isoformat(), payment_method="alipay")
            if miles:
                c["balance"] = max(0, c["balance"] - miles)
            f["upgraded"] = True
        else:
            f["denied"] = True

    def do_fly(self, c, ts, f, push):
        dep = f["dep"]
        if dep > END:
            return
        cabin = "business" if f.get("upgraded") else f["cabin"]
        kw = dict(route=f["route"], flight_no=f["flight_no"], flight_date=dep.date().isoformat(), cabin=cabin)
        bags = 0
        bag_p = (0.9 if f["intl"] else 0.55) + (0.1 if c["age_band"] in ("55-64", "65+") else 0)
        if self.r() < bag_p:
            bags = 1 if self.r() < 0.8 else 2
        online = (not f["counter"]) and self.r() < (0.78 if c["device"] != "pc" else 0.5) - (
            0.25 if c["age_band"] in ("55-64", "65+") else 0)
        crash = False
        if online:
            ch = "app" if c["device"] != "pc" else "web"
            s = self.sess()
            self.ev(c, ts, "tp_checkin", "start", ch, s, **kw)
            fail_p = 0.06
            if ch == "app" and c["device"] == "android" and self.app_version(c, ts) == CRASH_VERSION:
                fail_p = 0.6
            if self.r() < fail_p:
                crash = fail_p > 0.3
                self.ev(c, ts + M(1), "tp_checkin", "fail", ch, s, reason="app_crash" if crash else "document_check",
                        **kw)
                online = False
            else:
                self.ev(c, ts + M(float(self.rng.uniform(1, 4))), "tp_boarding_pass", "success", ch, s, **kw)
        if not online:
            t = dep - H(float(self.rng.uniform(1.2, 2.8)))
            if not f["counter"]:
                t = max(t, ts + M(20))
            self.ev(c, t, "tp_counter_checkin", "success", "airport", None, bags=bags,
                    wait_minutes=round(float(self.rng.gamma(2, 6)), 1), **kw)
        elif bags:
            t = max(dep - H(float(self.rng.uniform(1.0, 2.6))), ts + M(10))
            wait = round(float(self.rng.gamma(2, 3.2)), 1)
            self.ev(c, t, "tp_bag_drop", "success", "airport", None, bags=bags, wait_minutes=wait, **kw)
        # lounge
        access = None
        if f["origin"] in LOUNGES:
            if cabin == "business":
                access = "business_class"
            elif c["tier"] in ("gold", "platinum"):
                access = "tier"
            elif c["cobrand"] and dep >= CARD_LOUNGE:
                access = "cobrand_card"
            elif self.r() < 0.03:
                access = "paid"
                lo, hi = ANCILLARY_PRICE["lounge_pass"]
                self.order(c, dep - H(3), float(self.rng.integers(lo, hi + 1)), channel="app" if c["device"] != "pc"
                           else "web", device=c["device"], order_type="ancillary", product="lounge_pass",
                           route=f["route"], cabin=cabin, flight_date=dep.date().isoformat(), payment_method="alipay")
        lounge_visit = access is not None and self.r() < (0.72 if access != "cobrand_card" else 0.62)
        crowded = False
        if lounge_visit:
            t = dep - H(float(self.rng.uniform(0.8, 1.9)))
            self.ev(c, t, "tp_lounge", "visit", "airport", None, lounge=LOUNGES[f["origin"]], access_type=access, **kw)
            crowd_p = 0.05
            if dep >= CARD_LOUNGE:
                crowd_p = 0.42 if f["origin"] == "PVG" else 0.2
            crowded = self.r() < crowd_p
            if self.r() < 0.16:
                sent = "neg" if crowded else ("pos" if self.r() < 0.8 else "neu")
                topic = "lounge_crowded" if crowded else ("lounge_good" if sent == "pos" else "neutral")
                r, _ = self.score(sent, c["tier"], False)
                self.fb(topic, dep + H(float(self.rng.uniform(2, 30))), c, "lounge_survey", rating=r,
                        lounge=LOUNGES[f["origin"]],
                        route=f["route"], cabin=cabin)
        # boarding
        if self.r() < 0.985:
            delay = 0.0 if self.r() < 0.35 else float(self.rng.exponential(14))
            if f["origin"] == "PVG" and dep.month in (7, 8):
                delay = float(self.rng.exponential(48))
            delay = round(delay)
            self.ev(c, dep - M(float(self.rng.uniform(15, 45))), "tp_boarding", "success", "airport", None,
                    delay_minutes=delay, **kw)
            f["flown"] = True
            c["flights"] += 1
            c["last_flight"] = dep
            push(dep + M(5), "landed", (f, delay, crash, crowded))

    def do_landed(self, c, ts, p, push):
        f, delay, crash, crowded = p
        self.after_flight(c, f, f["dep"], push, delay, crash, crowded)

    def after_flight(self, c, f, dep, push, delay, crash, crowded):
        rng = self.rng
        miles = 0 if f["award"] else int(round(f["dist"] * f["earn"] * (1 + TIER_BONUS[c["tier"]])))
        tmiles = 0 if f["award"] else int(round(f["dist"] * f["earn"]))
        failed = False
        if not f["award"] and c["verified"]:
            fail_p = 0.18 if MIGRATION[0] <= dep < MIGRATION[1] else 0.025
            if self.r() < fail_p:
                failed = True
                claim_p = {"basic": 0.5, "silver": 0.7, "gold": 0.85, "platinum": 0.9}[c["tier"]]
                if self.r() < claim_p:
                    push(dep + D(days=float(rng.uniform(4, 22))), "claim", {"reason": "not_credited", "miles": miles,
                                                                           "tmiles": tmiles, "f": f})
            else:
                push(dep + H(float(rng.uniform(6, 60))), "credit", {"miles": miles, "tmiles": tmiles, "f": f})
        if not f["award"] and f["order"] is not None:
            f["order"]["miles_earned"] = None if (failed or not c["verified"]) else miles
        # post-flight survey
        if self.r() < 0.115:
            ts = dep + D(days=float(rng.uniform(0.5, 3)))
            cand = []
            if crash:
                cand.append(("checkin_crash", 0.7))
            if f.get("denied"):
                cand.append(("upgrade_denied", 0.55 if c["tier"] == "gold" and dep >= UPGRADE_POLICY else 0.3))
            if crowded:
                cand.append(("lounge_crowded", 0.35))
            if delay >= 60:
                cand.append(("delay", 0.5))
            if failed:
                ts = dep + D(days=float(rng.uniform(8, 16)))
                cand.append(("missing_miles", 0.55))
            if f.get("upgraded"):
                cand.append(("upgrade_ok", 0.5))
            topic = None
            for t, pr in cand:
                if self.r() < pr:
                    topic = t
                    break
            if topic is None:
                pos_p = {"basic": 0.50, "silver": 0.55, "gold": 0.60, "platinum": 0.68}[c["tier"]]
                u = self.r()
                if u < pos_p:
                    topic = self.pick(["crew_praise", "smooth_checkin", "on_time", "booking_easy", "bag_fast"],
                                      [0.4, 0.2, 0.2, 0.12, 0.08])
                elif u < pos_p + 0.22:
                    topic = "neutral"
                else:
                    topic = self.pick(["legroom", "food_bad", "bag_queue", "delay", "call_wait"],
                                      [0.3, 0.3, 0.15, 0.15, 0.1])
            sent = TOPICS[topic][0]
            r, n = self.score(sent, c["tier"], self.r() < 0.88, dep.year)
            self.fb(topic, ts, c, "post_flight_survey", rating=r, nps=n, route=f["route"],
                    cabin="business" if f.get("upgraded") else f["cabin"])
        if crash and self.r() < 0.35:
            r, _ = self.score("neg", c["tier"], False)
            self.fb("checkin_crash", dep - H(float(rng.uniform(0.5, 3))), c, "app_review", rating=min(r, 2),
                    device="android", app_version=CRASH_VERSION)

    def do_credit(self, c, ts, p, push):
        f = p["f"]
        self.ev(c, ts, "tp_miles_credit", "success", "other", None, route=f["route"], flight_no=f["flight_no"],
                flight_date=f["dep"].date().isoformat(), miles=p["miles"], fare_class=f["fare_class"],
                cabin=f["cabin"])
        self.add_miles(c, ts, p["miles"], p["tmiles"])

    def add_miles(self, c, ts, miles, tmiles):
        c["balance"] += miles
        c["ytd"] += tmiles
        cur = TIER_ORDER.index(c["tier"])
        for new in ("platinum", "gold", "silver"):
            if TIER_ORDER.index(new) > cur and c["ytd"] >= THRESH[new]:
                c["tier"] = new
                self.ev(c, ts + M(3), "tp_tier_up", "success", "other", None, new_tier=new, miles=c["ytd"])
                break

    def do_claim(self, c, ts, p, push):
        if not c["verified"]:
            return
        ch = self.pick(["app", "web", "phone"], [0.5, 0.2, 0.3])
        if ch == "app" and c["device"] == "pc":
            ch = "web"
        if ch == "phone":
            self.ev(c, ts - M(2), "tp_call_centre", "call", "phone", None, wait_minutes=self.call_wait(ts),
                    reason="missing_miles")
        f = p.get("f")
        self.ev(c, ts, "tp_miles_claim", "submit", ch, self.sess() if ch != "phone" else None,
                route=f["route"] if f else None, flight_no=f["flight_no"] if f else None,
                flight_date=f["dep"].date().isoformat() if f else None, reason=p["reason"], miles=p["miles"])
        backlog = BACKLOG[0] <= ts < BACKLOG[1]
        u = self.r()
        if backlog:
            d = float(self.rng.uniform(2, 28)) if u < 0.47 else (float(self.rng.uniform(31, 70)) if u < 0.95 else None)
        else:
            d = float(self.rng.uniform(1.5, 18)) if u < 0.91 else (float(self.rng.uniform(31, 50)) if u < 0.97
                                                                   else None)
        if d is not None:
            push(ts + D(days=d), "claim_credit", p)
        if (backlog and self.r() < 0.22) or (not backlog and self.r() < 0.04):
            self.fb("claim_slow" if self.r() < 0.5 else "missing_miles", ts + D(days=float(self.rng.uniform(10, 30))),
                    c, self.pick(["call_note", "in_app_feedback"], [0.65, 0.35]), route=f["route"] if f else None)
        if ch == "phone" and ((backlog and self.r() < 0.2) or self.r() < 0.02):
            self.fb("call_wait", ts + H(1), c, "call_note")

    def do_claim_credit(self, c, ts, p, push):
        f = p.get("f")
        self.ev(c, ts, "tp_claim_credited", "success", "other", None, route=f["route"] if f else None,
                flight_no=f["flight_no"] if f else None, miles=p["miles"], reason=p["reason"])
        if f is not None and f.get("order") is not None:
            f["order"]["miles_earned"] = p["miles"]
        self.add_miles(c, ts, p["miles"], p.get("tmiles", p["miles"]))

    # ------------------------------------------------ awards
    def do_award_search(self, c, ts, p, push):
        ch = "app" if c["device"] != "pc" else "web"
        a, b, intl = self.route_for(c)
        dist = self.dist(a, b)
        kind = "dom_economy" if not intl else ("intl_short" if dist < 4500 else "intl_long")
        cost = AWARD_COST[kind]
        s = self.sess()
        route = f"{a}-{b}"
        self.ev(c, ts, "tp_award_search", "view", ch, s, route=route, miles=cost)
        p_red = 0.46
        if AWARD_SQUEEZE[0] <= ts < AWARD_SQUEEZE[1]:
            p_red = 0.17
        if intl:
            p_red *= 0.75
        if "NRT" in route:
            p_red *= 0.6
        if c["balance"] < cost:
            p_red *= 0.25
        if self.r() < p_red:
            t = ts + M(float(self.rng.uniform(2, 30)))
            if self.r() < 0.1:
                t = ts + D(days=float(self.rng.uniform(0.5, 4)))
            self.ev(c, t, "tp_award_redeem", "submit", ch, s, route=route, miles=cost)
            if self.r() < 0.94:
                t2 = t + M(float(self.rng.uniform(1, 10))) if self.r() < 0.85 else t + D(days=float(
                    self.rng.uniform(0.3, 3)))
                fee = (50 + float(self.rng.integers(0, 60))) if not intl else float(self.rng.integers(350, 1600))
                f = self.new_flight(c, t2, award=True)
                f.update(route=route, origin=a, dest=b, intl=intl, dist=dist, flight_no=self.flight_number(route))
                o = self.order(c, t2, fee, channel=ch, device=c["device"] if ch == "app" else "pc",
                               order_type="award", product="award_ticket", route=route, cabin=f["cabin"],
                               fare_class=f["fare_class"], flight_date=f["dep"].date().isoformat(),
                               miles_redeemed=cost, booking_lead_days=(f["dep"].date() - t2.date()).days,
                               payment_method="alipay" if c["nationality"] == "CN" else "credit_card")
                self.ev(c, t2, "tp_award_ticket", "success", ch, s, route=route, miles=cost, order_id=o["order_id"],
                        flight_date=f["dep"].date().isoformat(), cabin=f["cabin"], fare_class=f["fare_class"])
                c["balance"] = max(0, c["balance"] - cost)
                f["order"], f["channel"], f["anc"] = None, ch, []
                if self.r() < 0.03:
                    o["status"] = "refunded"
                    o["refunded_at"] = (t2 + D(days=3)).strftime("%Y-%m-%d %H:%M:%S")
                    c["balance"] += cost
                else:
                    push(f["dep"] - H(30), "pre_flight", f)
                if self.r() < 0.05:
                    self.fb("award_ok", t2 + D(days=float(self.rng.uniform(0.1, 3))), c, self.pick(
                        ["in_app_feedback", "app_review"]), rating=5 if self.r() < 0.6 else 4, route=route)
        else:
            squeeze = AWARD_SQUEEZE[0] <= ts < AWARD_SQUEEZE[1]
            if self.r() < (0.1 if squeeze else 0.035) and c["balance"] >= cost:
                ch2 = self.pick(["in_app_feedback", "call_note", "app_review"], [0.45, 0.35, 0.2])
                r, _ = self.score("neg", c["tier"], False)
                self.fb("award_seats", ts + H(float(self.rng.uniform(0.2, 30))), c, ch2,
                        rating=r if ch2 == "app_review" else None, route=route, dest=b if b not in HOME_CN else a)

    # ------------------------------------------------ co-brand card
    def do_card_apply(self, c, ts, p, push):
        ch = "app" if c["device"] != "pc" else "web"
        self.ev(c, ts, "tp_card_apply", "submit", ch, self.sess(), reason="lounge_offer" if ts >= CARD_LOUNGE else None)
        if self.r() < (0.72 if c["nationality"] == "CN" else 0.3):
            t = ts + D(days=float(self.rng.uniform(1, 11)))
            push(t, "card_ok", None)

    def do_card_ok(self, c, ts, p, push):
        self.ev(c, ts, "tp_card_approved", "success", "other", None)
        c["cobrand"] = True
        c["cobrand_since"] = ts

    # ------------------------------------------------ extras
    def app_reviews_and_social(self) -> None:
        rng = self.rng
        cust = [c for c in self.customers if c["device"] in ("ios", "android")]
        for _ in range(260):
            c = cust[int(rng.integers(len(cust)))]
            ts = START + D(days=float(rng.uniform(0, (END - START).days)))
            crash_window = c["device"] == "android" and self.app_version(c, ts) == CRASH_VERSION
            if crash_window and self.r() < 0.6:
                topic = "checkin_crash"
            elif PRESELECT[0] <= ts < PRESELECT[1] and self.r() < 0.35:
                topic = "addons_preselect"
            else:
                topic = self.pick(["booking_easy", "smooth_checkin", "neutral", "award_seats", "call_wait"],
                                  [0.4, 0.3, 0.15, 0.1, 0.05])
            r, _ = self.score(TOPICS[topic][0], c["tier"], False)
            self.fb(topic, ts.replace(microsecond=0), c, "app_review", rating=r, device=c["device"],
                    app_version=self.app_version(c, ts))
        social_topics = (["lounge_crowded"] * 22 + ["missing_miles"] * 20 + ["award_seats"] * 22 +
                         ["upgrade_denied"] * 16 + ["checkin_crash"] * 8 + ["crew_praise"] * 24 + ["delay"] * 14 +
                         ["lounge_good"] * 8 + ["addons_preselect"] * 6 + ["neutral"] * 10)
        for topic in social_topics:
            lang = "zh" if self.r() < 0.72 else "en"
            self.fb(topic, None, None, "social", lang=lang,
                    dest=self.pick(["NRT", "ICN", "SIN", "BKK", "SYX", "KMG"]),
                    route=self.pick(["PVG-PEK", "TFU-PVG", "PVG-NRT", "SZX-PVG", "PEK-TFU"]))

    def run(self) -> None:
        self.make_customers()
        for c in self.customers:
            self.run_customer(c)
        self.app_reviews_and_social()

    # ------------------------------------------------ output
    def write(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
            for tp, zh, en, stage, ch, kind, owner, al in TOUCHPOINTS:
                w.writerow([tp, zh, zh, en, stage, ch, kind, owner, al])
        with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                        "window_days"])
            for jid, zh, en, win, steps in JOURNEYS:
                for k, tp in enumerate(steps, 1):
                    w.writerow([jid, zh, zh, en, k, tp, win])
        with open(out / "customers.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                        "home_airport", "nationality", "age_band", "cobrand_card", "cobrand_since", "language",
                        "primary_device", "preferred_channel", "miles_balance", "flights_flown"])
            for c in self.customers:
                last = c["last_flight"]
                if not c["existing"] and c["signup"] >= END - D(days=183):
                    seg = "new"
                elif last is not None and last >= END - D(days=183):
                    seg = "active"
                elif last is not None:
                    seg = "at_risk"
                else:
                    seg = "dormant"
                w.writerow([c["customer_id"], c["signup"].strftime("%Y-%m-%d %H:%M:%S"), seg, c["region"], c["acq"],
                            c["tier"], c["home"], c["nationality"], c["age_band"], "Y" if c["cobrand"] else "N",
                            c["cobrand_since"].strftime("%Y-%m-%d") if c["cobrand_since"] else None, c["language"],
                            c["device"], c["pref"], c["balance"], c["flights"]])
        self.events.sort(key=lambda r: (r[2], r[0]))
        dup = self.rng.choice(len(self.events), size=240, replace=False)
        rows = self.events + [self.events[int(i)] for i in dup]
        with open(out / "events.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(EV_COLS)
            w.writerows(rows)
        self.orders.sort(key=lambda o: (o["ts"], o["order_id"]))
        with open(out / "orders.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(ORD_COLS)
            for o in self.orders:
                if o["ts"] > END or o["ts"] < START:
                    continue
                row = dict(o, ts=o["ts"].strftime("%Y-%m-%d %H:%M:%S"))
                if row.get("refunded_at") and row["refunded_at"] > END.strftime("%Y-%m-%d %H:%M:%S"):
                    row["refunded_at"] = None
                    row["status"] = "paid"
                w.writerow([row.get(k) for k in ORD_COLS])
        fb = sorted(self.feedback, key=lambda r: (r["ts"] or "9999", r["text"]))
        with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(FB_COLS)
            for i, r in enumerate(fb, 1):
                r["feedback_id"] = f"FB{i:05d}"
                w.writerow([r.get(k) for k in FB_COLS])


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    g = Gen()
    g.run()
    g.write(Path(sys.argv[1]))
    print(f"customers {len(g.customers)}, events {len(g.events)} (+240 duplicates), orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
