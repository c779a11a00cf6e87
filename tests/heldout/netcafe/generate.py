"""极光电竞馆 AuroraNet: a chain of esports halls (电竞馆) and internet cafés (网咖) in six Chinese cities.
Synthetic, written blind.

A customer (customer_id M......) is one mini-program account. Adults become members after the real-name ID check
at the front desk (a legal duty of every Chinese internet café; minors and people using someone else's ID card are
turned away). Members top up a stored-value wallet (bonus on larger top-ups), book seats by zone in the
mini-program or walk in, log on (上机) by ID card or face scan, play by the hour, on a 3-hour package or on the
night package (包夜, 22:00-08:00), order food and drinks from the PC client to their seat, call the admin (网管) for
PC faults (fixed on the spot, moved to another PC, or the session is ended and refunded), log off (下机), and join
the monthly community cups at the esports halls. New customers come from Meituan group-buy vouchers (团购券),
Douyin ads, Dianping, campus promoters, friends and walk-ins. Reviews are written on Dianping / Meituan, in the
mini-program after a session, at the front desk, in the members' WeChat groups, in a quarterly member survey
(with NPS) and, for smoke and minors, through the city's 12345 hotline.

Data 2024-10-01 .. 2026-06-30 (extract taken in July 2026, five months before "today" 2026-12-01). Naive local
times (Beijing time). Money in CNY.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261223), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261223
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 6, 30, 23, 59, 59)
LAST_DAY = date(2026, 6, 30)
AB = (datetime(2025, 11, 1), datetime(2025, 12, 31, 23, 59, 59))        # night-package pricing test
DISKLESS = (datetime(2026, 3, 9), datetime(2026, 4, 26, 23, 59, 59))     # Bell Tower diskless-server trouble
SMOKE = (datetime(2025, 11, 10), datetime(2026, 2, 28, 23, 59, 59))      # Erqi Square smoking-room exhaust broken
ZD_OPEN = datetime(2025, 9, 20)                                          # Zhengdong New District opens
ZD_RAMP = datetime(2025, 12, 8)                                         # its kitchen slow until then
ROBOT = datetime(2025, 12, 1)                                            # Guanggu: snack delivery robots
SPRING = (datetime(2026, 1, 26), datetime(2026, 2, 28, 23, 59, 59))      # 春节充值节: double top-up bonus
NJ_RISE = datetime(2026, 3, 1)                                           # Nanjing hall price +2/h
SUMMER = [(date(2025, 7, 5), date(2025, 8, 31))]
WINTER = [(date(2025, 1, 15), date(2025, 2, 16)), (date(2026, 1, 24), date(2026, 3, 1))]

# id, city, city_en, name zh, name en, format, opened, weight, student share, minors risk, english share
STORES = [
    ("S01", "武汉", "Wuhan", "光谷步行街店", "Guanggu Walking Street", "esports", datetime(2023, 4, 28), 1.35, 0.35, 0.05, 0.02),
    ("S02", "武汉", "Wuhan", "江汉路店", "Jianghan Road", "netcafe", datetime(2019, 6, 1), 0.95, 0.12, 0.11, 0.01),
    ("S03", "武汉", "Wuhan", "街道口店", "Jiedaokou", "netcafe", datetime(2020, 9, 1), 1.0, 0.55, 0.15, 0.03),
    ("S04", "长沙", "Changsha", "五一广场店", "Wuyi Square", "esports", datetime(2022, 5, 1), 1.15, 0.22, 0.05, 0.01),
    ("S05", "长沙", "Changsha", "河西大学城店", "Hexi University Town", "netcafe", datetime(2021, 3, 1), 0.9, 0.8, 0.03, 0.09),
    ("S06", "成都", "Chengdu", "春熙路店", "Chunxi Road", "esports", datetime(2022, 8, 8), 1.3, 0.2, 0.05, 0.08),
    ("S07", "成都", "Chengdu", "犀浦店", "Xipu", "netcafe", datetime(2021, 9, 1), 0.9, 0.75, 0.04, 0.14),
    ("S08", "西安", "Xi'an", "钟楼店", "Bell Tower", "esports", datetime(2023, 1, 10), 1.15, 0.22, 0.05, 0.03),
    ("S09", "西安", "Xi'an", "长安大学城店", "Chang'an University Town", "netcafe", datetime(2021, 9, 1), 0.8, 0.8, 0.03, 0.05),
    ("S10", "南京", "Nanjing", "新街口店", "Xinjiekou", "esports", datetime(2022, 12, 1), 1.2, 0.2, 0.05, 0.05),
    ("S11", "南京", "Nanjing", "仙林店", "Xianlin", "netcafe", datetime(2021, 3, 1), 0.8, 0.75, 0.03, 0.12),
    ("S12", "郑州", "Zhengzhou", "二七广场店", "Erqi Square", "netcafe", datetime(2018, 10, 1), 1.0, 0.1, 0.5, 0.01),
    ("S13", "郑州", "Zhengzhou", "郑东新区店", "Zhengdong New District", "esports", ZD_OPEN, 1.0, 0.15, 0.05, 0.02),
]
ST = {s[0]: s for s in STORES}
CITY_FACTOR = {"武汉": 1.0, "长沙": 0.95, "成都": 1.0, "西安": 0.95, "南京": 1.15, "郑州": 0.9}
# zone -> (zh, price per hour netcafe, price per hour esports)
ZONES = {"hall": ("大厅", 6.0, 10.0), "pro": ("电竞区", 9.0, 15.0), "duo": ("双人座", 13.0, 22.0),
         "team": ("五连包厢", None, 75.0)}
ZONE_MIX = {"netcafe": {"hall": 0.6, "pro": 0.25, "duo": 0.15},
            "esports": {"hall": 0.38, "pro": 0.37, "duo": 0.12, "team": 0.13}}
NIGHT_PRICE = {"netcafe": 30.0, "esports": 45.0}   # hall; pro zone +10
TIERS = [("normal", "普通会员", 0, 0.0), ("silver", "银卡", 200, 0.05), ("gold", "金卡", 800, 0.10),
         ("black", "黑卡", 2500, 0.15)]
TOPUP_BONUS = {50: 0, 100: 10, 200: 30, 300: 50, 500: 100, 1000: 250}
MENU = [  # zh, en, price, weight, night weight
    ("泡面加蛋", "instant noodles with egg", 12.0, 0.2, 0.3),
    ("可乐", "Coke", 5.0, 0.18, 0.12),
    ("红牛", "Red Bull", 8.0, 0.11, 0.16),
    ("柠檬茶", "lemon tea", 10.0, 0.1, 0.06),
    ("扬州炒饭", "Yangzhou fried rice", 22.0, 0.09, 0.08),
    ("鸡排", "fried chicken cutlet", 16.0, 0.08, 0.06),
    ("烤肠", "grilled sausage", 5.0, 0.08, 0.1),
    ("薯条", "fries", 12.0, 0.06, 0.04),
    ("美式咖啡", "Americano", 15.0, 0.05, 0.05),
    ("卤肉饭", "braised pork rice", 24.0, 0.05, 0.03),
]
MENU_DAY = {i: m[3] for i, m in enumerate(MENU)}
MENU_NIGHT = {i: m[4] for i, m in enumerate(MENU)}
GAMES = [("英雄联盟", "League of Legends", 0.3), ("无畏契约", "Valorant", 0.25), ("CS2", "CS2", 0.15),
         ("王者荣耀", "Honor of Kings", 0.2), ("永劫无间", "Naraka: Bladepoint", 0.1)]
FAULTS = {"peripheral": 0.32, "crash": 0.25, "lag": 0.2, "monitor": 0.12, "boot_slow": 0.11}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_douyin_ad", "抖音广告", "Douyin ad", "awareness", "ads", "digital", "marketing",
     "抖音|短视频广告|抖音团购|TikTok ad|Douyin"),
    ("tp_dianping_page", "大众点评店铺页", "Dianping store page", "awareness", "social", "digital", "marketing",
     "点评|大众点评|美团店铺页|Dianping listing|Meituan page"),
    ("tp_voucher_buy", "美团团购券购买", "Meituan voucher purchase", "consideration", "other", "digital", "marketing",
     "团购|团购券|新人券|美团券|group-buy voucher|Meituan deal|voucher"),
    ("tp_register", "注册会员", "Member sign-up", "purchase", "mini_program", "digital", "membership",
     "注册|开会员|办卡|开卡|sign up|registration|join"),
    ("tp_id_check", "实名认证", "Real-name ID check", "purchase", "store", "physical", "store_ops",
     "实名|实名核验|刷身份证|身份证核验|年龄核验|ID check|age check|real-name verification"),
    ("tp_topup", "充值", "Wallet top-up", "loyalty", "mini_program", "digital", "membership",
     "储值|充钱|会员充值|top up|top-up|recharge|stored value"),
    ("tp_seat_booking", "订座", "Seat booking", "purchase", "mini_program", "digital", "store_ops",
     "预约|订位|订机位|预订座位|reserve a seat|seat reservation|booking"),
    ("tp_night_offer", "包夜套餐页", "Night package page", "consideration", "mini_program", "digital", "membership",
     "包夜价格页|包夜页面|通宵套餐页|overnight offer page|night deal page"),
    ("tp_night_purchase", "购买包夜", "Night package purchase", "purchase", "mini_program", "digital",
     "membership", "包夜|通宵|买包夜|overnight package|all-nighter|night package"),
    ("tp_checkin", "上机", "Log on (check-in)", "service", "store", "physical", "store_ops",
     "开机|上网|开卡上机|到店|check-in|log on|session start"),
    ("tp_snack_order", "座位点餐", "Seat food order", "service", "app", "digital", "food_bar",
     "点餐|点吃的|水吧|点饮料|order food|snack order|F&B order"),
    ("tp_snack_delivered", "送餐到座", "Food delivered to seat", "service", "store", "physical", "food_bar",
     "送餐|出餐|上餐|food delivery|served to seat"),
    ("tp_fault_report", "机器报修", "PC fault report", "service", "app", "digital", "it_support",
     "报修|呼叫网管|机器坏了|死机|卡顿|电脑故障|fault report|tech issue|PC problem"),
    ("tp_seat_change", "换机", "Seat change", "service", "store", "physical", "store_ops",
     "换座|换机位|换电脑|move seats|seat swap"),
    ("tp_checkout", "下机", "Log off", "service", "store", "physical", "store_ops",
     "结账|下机结算|离店|log off|check-out|session end"),
    ("tp_tourney_signup", "赛事报名", "Tournament sign-up", "loyalty", "mini_program", "digital", "esports_events",
     "比赛报名|杯赛报名|报名|tournament registration|cup sign-up"),
    ("tp_tourney_checkin", "赛事签到", "Tournament check-in", "loyalty", "store", "physical", "esports_events",
     "比赛签到|检录|tournament check-in"),
    ("tp_tourney_match", "参赛", "Tournament match played", "loyalty", "store", "physical", "esports_events",
     "打比赛|上场|比赛|played the cup|match"),
    ("tp_tier_upgrade", "会员升级", "Member tier upgrade", "loyalty", "mini_program", "digital", "membership",
     "升级|升卡|银卡|金卡|黑卡|tier up|upgrade"),
    ("tp_review", "点评/美团评价", "Dianping / Meituan review", "loyalty", "social", "digital", "marketing",
     "评价|好评|差评|写点评|review|rating"),
    ("tp_member_survey", "会员满意度调研", "Member survey", "loyalty", "mini_program", "digital", "membership",
     "问卷|满意度|NPS|survey"),
    ("tp_front_desk", "前台", "Front desk", "service", "store", "physical", "store_ops",
     "吧台|收银台|前台投诉|front desk|counter"),
    ("tp_hotline_12345", "12345热线转办", "12345 city hotline", "service", "phone", "digital", "store_ops",
     "12345|市民热线|政府热线|投诉热线|city hotline"),
]

JOURNEYS = [  # id, zh, en, steps, window
    ("onboarding", "新会员开卡首充", "New member to first top-up",
     ["tp_register", "tp_id_check", "tp_topup", "tp_checkin"], 7),
    ("booking", "订座到店上机", "Seat booking to log on", ["tp_seat_booking", "tp_checkin"], 1),
    ("night_package", "包夜转化", "Night package conversion", ["tp_night_offer", "tp_night_purchase"], 2),
    ("voucher", "团购券到店核销", "Voucher to first visit", ["tp_voucher_buy", "tp_checkin"], 30),
    ("snack", "点餐到送达", "Food order to delivery", ["tp_snack_order", "tp_snack_delivered"], 1),
    ("tournament", "赛事报名到参赛", "Tournament sign-up to match",
     ["tp_tourney_signup", "tp_tourney_checkin", "tp_tourney_match"], 30),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "store_id", "store", "store_en", "city", "city_en", "format", "zone", "seat_no", "package", "price_shown",
           "duration_h", "fee_cny", "fault_type", "resolution", "response_min", "delivery_min", "items",
           "amount_cny", "bonus_cny", "fail_reason", "id_method", "game", "tournament_id", "entry_fee",
           "placement", "tier_from", "tier_to", "booking_lead_h"]
EV_IX = {k: i for i, k in enumerate(EV_COLS)}
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "store_id",
           "store", "store_en", "city", "city_en", "zone", "package", "pay_method", "bonus_cny", "items", "item_count",
           "session_id", "refund_reason", "refunded_at", "night_price_plan"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "store_id", "store", "store_en", "city", "city_en", "zone", "session_id", "merchant_replied"]
CU_COLS = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "tier_zh",
           "home_store_id", "home_store", "home_store_en", "city_en", "gender", "age_band", "birth_year",
           "is_student", "language", "id_verified", "first_visit_at", "last_visit_at", "lifetime_topup_cny",
           "wallet_balance_cny", "favourite_game"]

rng = np.random.default_rng(SEED)


def r() -> float:
    return float(rng.random())


_CUM: dict = {}


def pick(d: dict):
    key = tuple(d.items())
    hit = _CUM.get(key)
    if hit is None:
        keys = list(d)
        tot = float(sum(d.values()))
        acc, cum = 0.0, []
        for k in keys:
            acc += d[k] / tot
            cum.append(acc)
        cum[-1] = 1.0
        hit = _CUM[key] = (keys, cum)
    keys, cum = hit
    return keys[min(bisect.bisect_right(hit[1], r()), len(keys) - 1)]


def choice(seq):
    return seq[int(rng.integers(len(seq)))]


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.isoformat(" ", "seconds")


def in_range(t: datetime, rg) -> bool:
    return rg[0] <= t <= rg[1]


def holiday(d: date, spans) -> bool:
    return any(a <= d <= b for a, b in spans)


def tier_of(cum: float) -> int:
    k = 0
    for i, t in enumerate(TIERS):
        if cum >= t[2]:
            k = i
    return k


# ---------------------------------------------------------------- feedback text
# topic -> (sentiment, zh templates, en templates). Markers (gold.py): each topic's texts carry its marker and no
# other topic's marker.
FB = {
    "lag": ("neg", [
        "{store}这两周一直卡顿，打团直接掉帧，换了台机器还是一样",
        "开机要等五六分钟，进游戏还卡顿，网费白交了",
        "电竞馆还卡顿？延迟一百多，太离谱了，{store}赶紧修修服务器吧",
        "晚上高峰期卡顿特别严重，无畏契约根本没法打",
        "机器开机慢、游戏卡顿，前台说是服务器在升级，什么时候能好",
        "玩个英雄联盟都卡顿，退钱了也不想再来",
    ], [
        "Terrible lag at {store_en} the last two weeks, ping over 100 and it took ages to even start the PC.",
        "So much lag tonight, moved to another PC and it was the same. Staff said the server is being upgraded.",
        "Paid for the pro zone and got lag spikes every teamfight. Not coming back until it's fixed.",
        "The lag here made Valorant unplayable. Got a refund but wasted my evening.",
    ]),
    "crash": ("neg", [
        "玩到一半死机了，存档没了，叫人过来重启了两次",
        "机器死机蓝屏，换了台才好，耽误了半小时",
        "{zone}那排电脑老死机，建议检查一下",
    ], [
        "My PC had a crash mid-game, blue screen twice. They moved me but I lost 30 minutes.",
        "Another crash on seat {seat}, please check that row of machines.",
    ]),
    "smoke": ("neg", [
        "大厅里全是烟味，吸烟室的门一开就飘出来，呛得受不了",
        "{store}烟味太重了，衣服回家都是味，说好的无烟大厅呢",
        "有人在座位上偷偷抽烟，工作人员也不管，一屋子烟味",
        "冬天不开窗，烟味散不出去，待两个小时头都晕",
        "投诉：网吧内烟味严重，吸烟室排风好像坏了，请相关部门督促整改",
        "带朋友来玩，一进门就是烟味，朋友直接走了",
    ], [
        "The whole hall smells of smoke, the smoking room door is always open.",
        "Way too much smoke in here, my clothes stank after two hours.",
    ]),
    "noise": ("neg", [
        "包厢那边太吵了，一直在喊，隔着门都听得见，戴耳机都没用",
        "大厅太吵，旁边一桌开黑喊了一晚上，跟前台说了也没用",
        "{store}晚上太吵了，想安静打会儿游戏都不行",
        "五连包厢隔音太差，大厅这边太吵了",
        "周末人多太吵，还有人外放视频",
    ], [
        "Super noisy next to the team rooms, people screaming all night and the walls don't block anything.",
        "The hall was really noisy tonight, a group kept shouting. Staff didn't do much.",
        "Too noisy to focus, the team room soundproofing is basically nonexistent.",
    ]),
    "minor_refused": ("neg", [
        "凭什么未成年就不让上网，我都快十八了",
        "带了我哥的身份证说人脸对不上，未成年就这么被赶出来了",
        "暑假想来玩一下，结果说未成年不能进，白跑一趟",
        "投诉：发现附近网吧有未成年人试图进入，希望严格查验",
        "孩子未成年被拦下了，做得对，但前台语气可以好一点",
    ], [
        "Got turned away because I'm underage, even though my friend got in last month.",
        "They said I'm underage and the face didn't match the ID card. Fair I guess.",
    ]),
    "slow_food": ("neg", [
        "点了份炒饭，送餐等了快四十分钟，泡面都能泡好几碗了",
        "送餐太慢了，饮料等了半小时，催了两次",
        "{store}的送餐速度太拉了，饭到了我都下机了",
        "高峰期送餐根本送不过来，建议多招点人",
    ], [
        "Slow delivery, waited 35 minutes for fried rice and it was cold.",
        "The snack delivery took forever tonight, had to remind them twice.",
        "Delivery to the seat is way too slow, my noodles arrived after the match was over.",
    ]),
    "dirty": ("neg", [
        "键盘油乎乎的，桌子也不干净，烟灰缸都没倒",
        "耳机上有头发，座位不干净，卫生要加强",
        "厕所不干净，有味道，{store}该好好打扫了",
        "桌上还有上一个人的泡面碗，很不干净",
    ], [
        "Keyboard was sticky and the desk was dirty, someone's noodle bowl was still there.",
        "Dirty headset and greasy mouse. Please clean the seats between customers.",
    ]),
    "staff_rude": ("neg", [
        "前台态度很差，问个问题爱答不理",
        "网费扣多了找前台，态度特别冲",
        "晚班收银员态度不好，说话很凶",
    ], [
        "The front desk guy was rude when I asked about my balance.",
        "Night shift cashier was rude and kept rolling his eyes.",
    ]),
    "price": ("neg", [
        "大厅一小时涨了两块，太贵了，隔壁才几块钱",
        "现在网费太贵了，学生党玩不起",
        "饮料比外面贵一倍，太贵",
    ], [
        "Overpriced now, the hall went up two yuan an hour.",
        "Drinks are overpriced compared to the shop downstairs.",
    ]),
    "night_price": ("neg", [
        "周末包夜怎么涨到这么多了，平时便宜周末贵，不如以前一个价",
        "周五晚上看包夜价格吓一跳，比上周贵了十块",
        "包夜定价搞得太复杂，工作日便宜周末反而涨价，有点坑",
    ], [
        "Why is the overnight deal so expensive on Saturday now? It used to be one price.",
        "Weekend overnight price went up by 10 yuan, not cool.",
    ]),
    "voucher_issue": ("neg", [
        "美团买的团购券到店说核销不了，折腾了二十分钟",
        "团购券写的五小时，结果只能坐大厅最差的位置",
        "团购券核销要先注册还要实名，流程太麻烦",
    ], [
        "The Meituan voucher wouldn't scan at the counter, took 20 minutes to sort out.",
        "Bought the voucher but it's only valid for the worst seats in the hall.",
    ]),
    "praise_pc": ("pos", [
        "配置很顶，4090跑满帧，240hz显示器爽翻了",
        "{store}配置好，电竞椅也舒服，开黑首选",
        "机器配置没得说，开机秒进游戏",
        "电竞区配置高，外设都是新的，值这个价",
    ], [
        "Great specs, RTX 4090s and 240Hz monitors. Best place in town to play.",
        "Solid specs and new peripherals in the pro zone, worth the price.",
        "PC specs are top tier, games load instantly.",
    ]),
    "praise_staff": ("pos", [
        "网管小哥很负责，机器有问题马上就来了",
        "网管人很好，帮我调了半天键位",
        "{store}的网管服务很到位，点赞",
    ], [
        "Really friendly staff, they fixed my headset in two minutes.",
        "Staff were friendly and helped me set up my account.",
    ]),
    "praise_env": ("pos", [
        "环境很好，干净整洁，座椅舒服",
        "{store}环境不错，灯光氛围感拉满",
        "新店环境真好，比老网吧强多了",
        "环境安静，适合一个人来打排位",
    ], [
        "Very comfortable chairs and a clean, bright hall.",
        "Comfortable place to play for hours, nice lighting.",
    ]),
    "robot": ("pos", [
        "机器人送吃的好快，小孩子一样可爱，五分钟就到了",
        "现在是机器人送饮料了，下单没几分钟就送到座位",
        "{store}上了机器人，吃的来得飞快",
    ], [
        "The snack robot is so cool, my drink arrived in five minutes.",
        "Love the robot bringing food to the seat, super quick now.",
    ]),
    "tourney": ("pos", [
        "这次比赛组织得很好，解说也很专业，下个月还来",
        "第一次参加门店比赛，氛围太好了，奖品也不错",
        "比赛流程顺利，裁判公正，推荐大家报名",
    ], [
        "The tournament was well run, great casters and atmosphere.",
        "First tournament here, loved it. Will sign up again next month.",
    ]),
    "general": ("neu", [
        "还行吧，中规中矩",
        "一般般，价格和位置都还可以",
        "常来，没什么特别的",
        "还可以，就是周末人多要等位",
        "挺方便的，就在地铁口",
    ], [
        "It's fine, nothing special.",
        "Average place, convenient location near the metro.",
        "Decent enough for a few hours.",
    ]),
}


# neutral openers and sentiment-matched closers (no topic marker in any of them)
PRE_ZH = ["今天", "周末", "昨晚", "第二次来了，", "和室友一起来的，", "下班过来坐坐，", "说实话，"]
PRE_EN = ["Came with friends. ", "Second visit. ", "Honestly, ", "Dropped by after class. "]
SUF_ZH = {"neg": ["，希望改进", "，有点失望", "。😤", "，下次不来了", "！"],
          "pos": ["，推荐", "。👍", "，下次还来", "！", "，五星"],
          "neu": ["。", "，凑合", "～"]}
SUF_EN = {"neg": [". Please sort it out.", ". Disappointed.", "!"],
          "pos": [". Recommended!", " :)", ". Will come again."],
          "neu": [".", ", I guess."]}


class Out:
    def __init__(self):
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[tuple] = []
        self.ne = self.no = self.nf = 0

    def ev(self, cust, ts, tp, store=None, **kw):
        self.ne += 1
        row = [None] * len(EV_COLS)
        row[0], row[1], row[2], row[3] = f"E{self.ne:07d}", cust["customer_id"], fmt(ts), tp
        if store is not None:
            s = ST[store]
            row[8], row[9], row[10], row[11], row[12], row[13] = s[0], s[3], s[4], s[1], s[2], s[5]
        for k, v in kw.items():
            row[EV_IX[k]] = v
        self.events.append(row)

    def order(self, cust, ts, amount, otype, store=None, status="paid", **kw):
        self.no += 1
        row = dict(order_id=f"O{self.no:07d}", customer_id=cust["customer_id"], ts=fmt(ts), amount=round(amount, 2),
                   status=status, order_type=otype)
        if store is not None:
            s = ST[store]
            row.update(store_id=s[0], store=s[3], store_en=s[4], city=s[1], city_en=s[2])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, cust, ts, topic, tp, channel, store=None, rating=None, nps=None, zone=None, session=None,
           text=None, lang=None):
        sent, zh, en = FB[topic]
        lang = lang or cust["language"]
        s = ST[store] if store else None
        if text is None:
            tpl = choice(en if lang == "en" else zh)
            zname = ZONES[zone][0] if zone else "大厅"
            text = tpl.format(store=s[3] if s else "你们店", store_en=s[4] if s else "your place", zone=zname,
                              seat=f"{choice('ABP')}{int(rng.integers(1, 60)):02d}")
            pre, suf = (PRE_EN, SUF_EN[sent]) if lang == "en" else (PRE_ZH, SUF_ZH[sent])
            if r() < 0.3:
                text = choice(pre) + text
            if r() < 0.4:
                text = text.rstrip("。.!！") + choice(suf)
        self.nf += 1
        fid = f"F{self.nf:06d}"
        row = dict(feedback_id=fid, text=text, ts=fmt(ts), customer_id=cust["customer_id"], touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps, language=lang, zone=zone, session_id=session)
        if s:
            row.update(store_id=s[0], store=s[3], store_en=s[4], city=s[1], city_en=s[2])
        if channel in ("dianping", "meituan"):
            row["merchant_replied"] = "yes" if r() < (0.7 if sent == "neg" else 0.35) else "no"
        self.feedback.append(row)
        self.truth.append((fid, topic, sent))
        return row


def rating_for(sent: str) -> int:
    if sent == "neg":
        return int(rng.choice([1, 2, 3], p=[0.5, 0.38, 0.12]))
    if sent == "pos":
        return int(rng.choice([4, 5], p=[0.3, 0.7]))
    return int(rng.choice([3, 4, 5], p=[0.45, 0.4, 0.15]))


def review_channel(topic: str) -> str:
    if topic in ("smoke", "minor_refused") and r() < 0.25:
        return "hotline_12345"
    if FB[topic][0] == "neg" and r() < 0.18:
        return "front_desk"
    return pick({"dianping": 0.36, "meituan": 0.22, "mini_program": 0.34, "wechat_group": 0.08})


CH_TP = {"dianping": "tp_review", "meituan": "tp_review", "mini_program": "tp_checkout", "front_desk": "tp_front_desk",
         "hotline_12345": "tp_hotline_12345", "wechat_group": None}


def give_feedback(out: Out, cust, ts, topic, store, zone=None, session=None):
    ch = review_channel(topic)
    sent = FB[topic][0]
    rated = ch in ("dianping", "meituan", "mini_program")
    delay = D(hours=float(rng.uniform(0.2, 30))) if ch in ("dianping", "meituan", "wechat_group") else D(minutes=5)
    t = ts + delay
    if ch in ("dianping", "meituan", "wechat_group") and 2 <= t.hour < 9:
        t += D(hours=7)
    if t > END:
        t = END - D(minutes=int(rng.integers(1, 500)))
    when = t
    if ch == "wechat_group" and r() < 0.45:
        when = None   # exported chat messages lost their time stamp
    if ch in ("dianping", "meituan") and r() < 0.05:
        when = None   # reviews copied in by hand from the merchant back office
    row = out.fb(cust, when, topic, CH_TP[ch], ch, store=store, rating=rating_for(sent) if rated else None,
                 zone=zone, session=session)
    if when is not None and ch in ("dianping", "meituan", "front_desk", "hotline_12345"):
        out.ev(cust, when, CH_TP[ch], store, session_id=session, action="submit",
               channel={"dianping": "social", "meituan": "social", "front_desk": "store",
                        "hotline_12345": "phone"}[ch], device="" if ch in ("front_desk", "hotline_12345")
               else cust["phone_os"])
    return row


# ---------------------------------------------------------------- customers
def make_customers():
    custs = []
    weights = {s[0]: s[7] for s in STORES}
    n_adult, n_minor = 3700, 250
    for i in range(n_adult + n_minor):
        minor = i >= n_adult
        legacy = (not minor) and r() < 0.24
        if legacy:
            signup = datetime(2021, 1, 1) + D(days=float(rng.uniform(0, (START - datetime(2021, 1, 1)).days - 1)))
        else:
            # more sign-ups in holidays, at the Zhengdong opening; a little growth over time
            while True:
                t = START + D(seconds=float(rng.uniform(0, (END - START).total_seconds() - 86400 * 3)))
                m = 1.0 + 0.3 * (t - START).days / 640
                if t.month in (7, 8):
                    m *= 1.25
                if r() < m / 1.7:
                    signup = datetime(t.year, t.month, t.day, pick(HOURS), int(rng.integers(0, 60)),
                                      int(rng.integers(0, 60)))
                    break
        if minor:
            mw = {s[0]: s[9] for s in STORES}
            home = pick(mw)
            if home == "S13" and signup < ZD_OPEN:
                home = "S12"
        else:
            w = dict(weights)
            if signup < ZD_OPEN + D(days=20):
                w.pop("S13")
            else:
                w["S13"] = 4.5 if signup < ZD_OPEN + D(days=120) else 1.0
            home = pick(w)
        s = ST[home]
        student = (not minor) and r() < s[8]
        if minor:
            age = int(rng.integers(14, 18))
        elif student:
            age = int(rng.integers(18, 24))
        else:
            age = int(np.clip(rng.normal(27, 5.5), 18, 48))
        by = 2026 - age if minor else signup.year - age
        lang = "en" if (not minor and r() < s[10] * 2.2) else "zh"   # foreign students and expats
        if legacy:
            acq = pick({"walk_in": 0.5, "friend_referral": 0.2, "dianping": 0.12, "meituan_voucher": 0.1,
                        "campus_promo": 0.08 if s[8] > 0.5 else 0.0})
        elif minor:
            acq = pick({"douyin_ad": 0.55, "friend_referral": 0.25, "walk_in": 0.2})
        else:
            acq = pick({"meituan_voucher": 0.31, "douyin_ad": 0.17, "walk_in": 0.22, "friend_referral": 0.13,
                        "dianping": 0.09, "campus_promo": 0.08 if s[8] > 0.5 else 0.0})
        ages = "under_18" if minor else ("18-22" if age <= 22 else "23-27" if age <= 27 else "28-35" if age <= 35 else "36+")
        gamer = r() < (0.75 if s[5] == "esports" else 0.45)
        custs.append(dict(
            customer_id=f"M{100001 + i}", signup=signup, legacy=legacy, minor=minor, home=home, student=student,
            age=age, birth_year=by, language=lang, acq=acq, gamer=gamer, age_band=ages,
            gender="female" if r() < (0.14 if minor else 0.22) else "male",
            phone_os="ios" if r() < 0.42 else "android",
            fav_game=pick({g[0]: g[2] for g in GAMES}) if gamer else "",
            balance=float(rng.choice([0, 40, 120, 260, 480])) if legacy else 0.0,
            cum=float(rng.choice([0, 100, 300, 900, 2800], p=[0.3, 0.3, 0.2, 0.15, 0.05])) if legacy else 0.0,
            first_visit=None, last_visit=None, verified=legacy, active_until=None,
        ))
    return custs


# ---------------------------------------------------------------- visit simulation
def price_per_hour(store, zone, t):
    s = ST[store]
    base = ZONES[zone][1 if s[5] == "netcafe" else 2]
    p = base * CITY_FACTOR[s[1]]
    if s[1] == "南京" and zone == "hall" and t >= NJ_RISE:
        p += 2.0
    return round(p, 1)


def season(cust, d: date) -> float:
    s = ST[cust["home"]]
    m = 1.0
    uni = s[8] > 0.5
    if holiday(d, SUMMER) or (d.month in (7, 8)):
        m *= 0.35 if (uni and cust["student"]) else 1.15
    if holiday(d, WINTER):
        m *= 0.4 if (uni and cust["student"]) else 1.1
    if cust["home"] == "S08" and DISKLESS[0].date() <= d <= DISKLESS[1].date():
        m *= 0.75
    if cust["home"] == "S12" and SMOKE[0].date() <= d <= SMOKE[1].date():
        m *= 0.85
    return m


DOW = [1.0, 0.95, 1.0, 1.05, 1.45, 1.65, 1.25]
HOURS = {10: 0.3, 11: 0.4, 12: 0.6, 13: 0.8, 14: 0.9, 15: 0.9, 16: 0.9, 17: 1.0, 18: 1.3, 19: 1.6, 20: 1.7,
         21: 1.4, 22: 0.8, 23: 0.4}


def topup(out: Out, cust, t, store, need=0.0, promo_extra=False):
    promo = in_range(t, SPRING)
    amounts = [50, 100, 200, 300, 500, 1000]
    pw = np.array([0.2, 0.34, 0.24, 0.1, 0.09, 0.03])
    if cust["heavy"]:
        pw = np.array([0.06, 0.24, 0.3, 0.15, 0.18, 0.07])
    if promo:
        pw = pw * np.array([0.3, 0.6, 1.1, 1.4, 2.2, 2.6])
    amt = int(rng.choice(amounts, p=pw / pw.sum()))
    while amt < need and amt < 1000:
        amt = amounts[amounts.index(amt) + 1]
    bonus = TOPUP_BONUS[amt] * (2 if promo else 1)
    online = r() < 0.62
    ch = "mini_program" if online else "store"
    dev = cust["phone_os"] if online else "pos"
    out.ev(cust, t, "tp_topup", store, action="success", channel=ch, device=dev, amount_cny=amt, bonus_cny=bonus)
    out.order(cust, t, amt, "topup", store, channel="mini_program" if online else "front_desk", device=dev,
              pay_method="wechat" if r() < 0.72 else "alipay", bonus_cny=bonus)
    before = tier_of(cust["cum"])
    cust["cum"] += amt
    cust["balance"] += amt + bonus
    after = tier_of(cust["cum"])
    if after > before:
        out.ev(cust, t + D(seconds=30), "tp_tier_upgrade", store, action="success", channel="mini_program",
               device=dev, tier_from=TIERS[before][0], tier_to=TIERS[after][0])
    return amt


def pay(cust, amount):
    if cust["balance"] >= amount - 1e-9 and amount > 0:
        cust["balance"] -= amount
        return "balance"
    return "wechat" if r() < 0.7 else "alipay"


def maybe_topup(out, cust, t, store, need):
    if cust["balance"] >= need:
        if in_range(t, SPRING) and r() < 0.22:
            topup(out, cust, t, store, need)
        return
    p = cust["topup_p"] * (1.5 if in_range(t, SPRING) else 1.0)
    if r() < min(p, 0.95):
        topup(out, cust, t, store, need)


class Sim:
    def __init__(self):
        self.out = Out()
        self.nv = 0
        self.assign: dict[str, tuple[str, datetime]] = {}

    def sid(self):
        self.nv += 1
        return f"V{self.nv:07d}"

    # ---- first contact and onboarding
    def acquire(self, c) -> datetime | None:
        """Awareness events and sign-up; returns the time of the first in-store moment (ID check) or None."""
        o = self.out
        t0 = c["signup"]
        store = c["home"]
        if c["acq"] == "douyin_ad":
            o.ev(c, t0 - D(hours=float(rng.uniform(1, 72))), "tp_douyin_ad", None, action="click", channel="ads",
                 device=c["phone_os"])
        if c["acq"] == "dianping":
            o.ev(c, t0 - D(hours=float(rng.uniform(1, 48))), "tp_dianping_page", None, action="view",
                 channel="social", device=c["phone_os"])
        if c["acq"] == "meituan_voucher":
            tv = t0 - D(hours=float(rng.uniform(2, 200)))
            if tv < START:
                tv = START + D(hours=float(rng.uniform(1, 48)))
            o.ev(c, tv - D(minutes=float(rng.uniform(2, 30))), "tp_dianping_page", None, action="view",
                 channel="social", device=c["phone_os"])
            price = 9.9 if ST[store][5] == "netcafe" else 19.9
            o.ev(c, tv, "tp_voucher_buy", store, action="success", channel="other", device=c["phone_os"],
                 amount_cny=price, package="voucher")
            c["voucher"] = dict(ts=tv, price=price, order=o.order(c, tv, price, "voucher", store, channel="meituan",
                                                                  device=c["phone_os"], pay_method="meituan",
                                                                  package="voucher"))
            if r() < 0.2:   # never redeemed: Meituan refunds unused vouchers (随时退 / 过期退)
                od = c["voucher"]["order"]
                od["status"] = "refunded"
                od["refund_reason"] = "voucher_unused"
                od["refunded_at"] = fmt(min(tv + D(days=float(rng.uniform(3, 45))), END))
                c["never"] = True
                return None
            t0 = tv + D(days=min(float(rng.exponential(4.0)), 20.0), hours=float(rng.uniform(0, 3)))
            c["signup"] = t0
        online = c["acq"] != "walk_in" and r() < 0.8
        if online:
            o.ev(c, t0, "tp_register", None, action="submit", channel="mini_program", device=c["phone_os"])
            tfirst = t0 + D(hours=min(float(rng.exponential(20)), 150.0) + 0.3)
        else:
            o.ev(c, t0, "tp_register", store, action="submit", channel="store", device="pos")
            tfirst = t0 + D(minutes=float(rng.uniform(1, 3)))
        if c["minor"]:
            self.minor_attempts(c, tfirst)
            return None
        if tfirst > END - D(hours=2):
            return None
        # ID check at the front desk on the first visit; ~4 % of adults fail once (no ID card on them, expired card)
        if r() < 0.04:
            o.ev(c, tfirst, "tp_id_check", store, action="fail", channel="store", device="pos",
                 fail_reason=pick({"no_id_card": 0.6, "expired_id": 0.25, "id_unreadable": 0.15}),
                 id_method="id_card")
            tfirst = tfirst + D(days=float(rng.uniform(0.5, 4)))
            if tfirst > END - D(hours=2):
                return None
        return tfirst

    def minor_attempts(self, c, t):
        o = self.out
        store = c["home"]
        n = int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1]))
        for k in range(n):
            if t > END:
                break
            # minors try in the school holidays and at weekends
            d = t.date()
            if not (holiday(d, SUMMER) or holiday(d, WINTER) or d.month in (7, 8)) and r() < 0.55:
                t = self._next_holiday(t)
                if t is None or t > END:
                    break
            h = int(rng.choice([13, 14, 15, 16, 19, 20, 21, 22]))
            t = datetime(t.year, t.month, t.day, h, int(rng.integers(0, 60)), int(rng.integers(0, 60)))
            if t < c["signup"]:
                t = c["signup"] + D(minutes=20)
            borrowed = r() < 0.3
            o.ev(c, t, "tp_id_check", store if k == 0 or r() < 0.7 else pick({s[0]: 1 for s in STORES
                                                                            if s[1] == ST[store][1] and s[6] <= t}),
                 action="fail", channel="store", device="pos",
                 fail_reason="face_mismatch" if borrowed else "underage",
                 id_method="face" if borrowed else "id_card")
            if r() < 0.12:
                tt = t + D(minutes=10)
                if r() < 0.5 and tt < END:
                    self.out.fb(c, tt, "minor_refused", "tp_id_check", "mini_program", store=store,
                                rating=int(rng.choice([1, 2], p=[0.8, 0.2])))
                elif tt < END:
                    give_feedback(o, c, tt, "minor_refused", store)
            t = t + D(days=float(rng.uniform(1, 40)))
        c["last_attempt"] = t

    def _next_holiday(self, t: datetime):
        spans = SUMMER + WINTER + [(date(2026, 7, 1), date(2026, 8, 31))]
        starts = sorted(datetime(a.year, a.month, a.day) + D(days=float(rng.uniform(0, (b - a).days)))
                        for a, b in spans if datetime(b.year, b.month, b.day) >= t)
        for s in starts:
            if s >= t:
                return s
        return None

    # ---- one customer's life
    def live(self, c):
        o = self.out
        home = c["home"]
        city = ST[home][1]
        c["heavy"] = r() < 0.18
        base = float(np.exp(rng.normal(-1.25, 0.75)))       # visits per week
        if c["student"]:
            base *= 1.35
        if c["heavy"]:
            base *= 2.2
        base = min(base, 4.5)
        c["night_p"] = (0.2 if c["student"] else 0.09) + (0.05 if ST[home][5] == "netcafe" else 0.0)
        c["book_p"] = 0.55 if ST[home][5] == "esports" else 0.3
        c["topup_p"] = 0.62 if c["acq"] != "meituan_voucher" else 0.38
        c["zone_pref"] = pick(ZONE_MIX[ST[home][5]])
        weekly_churn = 0.012 if c["heavy"] else 0.03
        if c["legacy"]:
            t = START - D(hours=float(rng.uniform(0, 24 * 7)))
            first = None
        else:
            first = self.acquire(c)
            if first is None:
                return
            t = first
        one_and_done = c["acq"] == "meituan_voucher" and r() < 0.5
        vis = 0
        while t <= END - D(hours=12):
            if vis == 0 and first is not None:
                tv = first
            else:
                # next visit: exponential gap at the peak rate, thinned by season and weekday
                gap = float(rng.exponential(7.0 / (base * 1.8)))
                t = t + D(days=gap)
                if t > END - D(hours=12):
                    break
                if r() < 1 - (1 - weekly_churn) ** (gap / 7.0):
                    break
                if r() > season(c, t.date()) * DOW[t.weekday()] / (1.65 * 1.15) * 1.0:
                    continue
                h = pick(HOURS)
                tv = datetime(t.year, t.month, t.day, h, int(rng.integers(0, 60)), int(rng.integers(0, 60)))
                if tv < START + D(hours=8):
                    continue
            store = home if r() < 0.88 else pick({s[0]: s[7] for s in STORES if s[1] == city
                                                  and s[6] <= tv - D(days=1)})
            if ST[store][6] > tv:
                store = home
            self.visit(c, tv, store, first_visit=(vis == 0 and first is not None))
            vis += 1
            t = max(t, tv)
            if one_and_done and vis == 1:
                break
        # at most a few browsing moments in the mini-program (no visit): night package page views
        return

    def visit(self, c, tv, store, first_visit=False):
        o = self.out
        s = ST[store]
        fmt_ = s[5]
        vid = self.sid()
        voucher_visit = first_visit and c.get("voucher") is not None and not c.get("never")
        # package
        pk = "hourly"
        if voucher_visit:
            pk = "voucher"
        elif not first_visit and r() < c["night_p"]:
            pk = "night"
        elif r() < 0.24:
            pk = "3h"
        zone = c["zone_pref"] if r() < 0.7 else pick(ZONE_MIX[fmt_])
        if zone not in ZONE_MIX[fmt_]:
            zone = pick(ZONE_MIX[fmt_])
        if pk in ("night", "voucher") and zone in ("duo", "team"):
            zone = "hall" if (pk == "voucher" and fmt_ == "netcafe") or r() < 0.6 else "pro"
        if pk == "voucher":
            zone = "hall" if fmt_ == "netcafe" else "pro"
        if zone == "team" and not c["gamer"]:
            zone = "pro"
        t_in = tv
        night_plan = None
        night_price = None
        night_order = None
        if pk == "night":
            day = tv.date()
            t_view = datetime(day.year, day.month, day.day, int(rng.integers(12, 21)), int(rng.integers(0, 60)),
                              int(rng.integers(0, 60)))
            weekend = day.weekday() in (4, 5)          # Friday and Saturday nights
            base = NIGHT_PRICE[fmt_] + (10 if zone == "pro" else 0)
            base = round(base * CITY_FACTOR[s[1]])
            plan, p_buy = "flat", 0.43
            if in_range(t_view, AB):
                if c["customer_id"] not in self.assign:
                    var = "tiered" if int(c["customer_id"][1:]) * 2654435761 % 1000 < 500 else "flat"
                    self.assign[c["customer_id"]] = (var, t_view)
                plan = self.assign[c["customer_id"]][0]
            if plan == "tiered":
                night_price = base + (10 if weekend else -10)
                p_buy = 0.26 if weekend else 0.76
            else:
                night_price = base
            o.ev(c, t_view, "tp_night_offer", store, session_id=f"MP{vid[1:]}", action="view",
                 channel="mini_program", device=c["phone_os"], zone=zone, package="night", price_shown=night_price)
            if r() >= p_buy:
                if plan == "tiered" and weekend and r() < 0.22:
                    give_feedback(o, c, t_view + D(minutes=3), "night_price", store)
                if r() < 0.5:
                    return          # stays home
                pk = "hourly"
                night_price = None
            else:
                t_buy = t_view + D(minutes=float(rng.uniform(1, 40)))
                o.ev(c, t_buy, "tp_night_purchase", store, session_id=vid, action="success",
                     channel="mini_program", device=c["phone_os"], zone=zone, package="night",
                     price_shown=night_price, amount_cny=night_price)
                maybe_topup(o, c, t_buy - D(seconds=20), store, night_price)
                pm = pay(c, night_price)
                night_order = o.order(c, t_buy, night_price, "night_package", store, channel="mini_program",
                        device=c["phone_os"], zone=zone, package="night", pay_method=pm, session_id=vid,
                        night_price_plan=plan)
                night_plan = plan
                t_in = datetime(day.year, day.month, day.day, 21, 30) + D(minutes=float(rng.uniform(0, 100)))
                if plan == "tiered" and weekend and r() < 0.15:
                    give_feedback(o, c, t_buy + D(minutes=5), "night_price", store)
        # booking (prepaid seat hold; released 30 min after the booked time)
        booked = pk in ("hourly", "3h") and not first_visit and r() < (c["book_p"] + (0.35 if zone == "team" else 0))
        if booked:
            lead = float(rng.uniform(0.3, 5.0))
            tb = t_in - D(hours=lead)
            o.ev(c, tb, "tp_seat_booking", store, session_id=vid, action="submit", channel="mini_program",
                 device=c["phone_os"], zone=zone, package=pk, booking_lead_h=round(lead, 1))
            no_show = 0.2 if zone == "team" else 0.075
            if r() < no_show:
                return
        # first visit: ID check, maybe first top-up; every visit: log on
        if first_visit:
            o.ev(c, t_in, "tp_id_check", store, action="success", channel="store", device="pos",
                 id_method="id_card")
            c["verified"] = True
            t_in = t_in + D(minutes=float(rng.uniform(1, 4)))
            if not voucher_visit:
                if r() < c["topup_p"]:
                    topup(o, c, t_in, store, 0)
                    t_in += D(minutes=2)
            elif r() < 0.12:
                topup(o, c, t_in, store, 0)
                t_in += D(minutes=2)
        elif pk in ("hourly", "3h"):
            maybe_topup(o, c, t_in - D(minutes=2), store, 25.0)
        seat = {"hall": "A", "pro": "P", "duo": "D", "team": "T"}[zone] + f"{int(rng.integers(1, 80 if zone != 'team' else 7)):02d}"
        o.ev(c, t_in, "tp_checkin", store, session_id=vid, action="success", channel="store", device="pos",
             zone=zone, seat_no=seat, package=pk, id_method="face" if r() < 0.63 else "id_card")
        if c["first_visit"] is None:
            c["first_visit"] = t_in
        # duration
        if pk == "night":
            dur = 10.5 - (t_in - datetime(t_in.year, t_in.month, t_in.day, 21, 30)).total_seconds() / 3600
            if r() < 0.25:
                dur -= float(rng.uniform(1, 5))
        elif pk == "3h":
            dur = 3.0 + (float(rng.uniform(0.5, 2.5)) if r() < 0.3 else 0.0)
        elif pk == "voucher":
            dur = (5.0 if fmt_ == "netcafe" else 3.0) + (float(rng.uniform(0.5, 2)) if r() < 0.25 else 0.0)
        else:
            dur = 0.5 + float(rng.gamma(2.6, 1.1))
            dur = min(dur, 12.0)
        # incidents
        incidents = []
        diskless = store == "S08" and in_range(t_in, DISKLESS)
        p_fault = 0.045 if fmt_ == "netcafe" else 0.03
        if diskless:
            p_fault = 0.34
        refund = False
        if r() < p_fault:
            ft = pick({"lag": 0.64, "boot_slow": 0.26, "crash": 0.1}) if diskless else pick(FAULTS)
            tf = t_in + D(minutes=float(rng.uniform(3, max(4, dur * 60 * 0.6))))
            resp = float(rng.gamma(2.0, 2.5 if not diskless else 5.0))
            res = pick({"fixed_on_spot": 0.5, "seat_change": 0.4, "ended_refunded": 0.1} if not diskless else
                       {"fixed_on_spot": 0.15, "seat_change": 0.4, "ended_refunded": 0.45})
            if ft in ("boot_slow",) and not diskless:
                res = "fixed_on_spot"
            o.ev(c, tf, "tp_fault_report", store, session_id=vid, action="submit", channel="app", device="pc",
                 zone=zone, seat_no=seat, fault_type=ft, resolution=res, response_min=round(resp, 1))
            if res == "seat_change":
                o.ev(c, tf + D(minutes=resp + 1), "tp_seat_change", store, session_id=vid, action="success",
                     channel="store", device="pos", zone=zone, seat_no=seat[0] + f"{int(rng.integers(1, 80)):02d}",
                     fault_type=ft)
            if res == "ended_refunded":
                dur = max(0.2, (tf - t_in).total_seconds() / 3600 + resp / 60)
                refund = True
            topic = {"lag": "lag", "boot_slow": "lag", "crash": "crash"}.get(ft)
            if topic and r() < (0.33 if diskless else 0.1):
                incidents.append((tf + D(minutes=30), topic))
        # food
        p_food = 0.33 + (0.28 if pk == "night" else 0) + (0.08 if fmt_ == "esports" else 0)
        if store == "S01" and t_in >= ROBOT:
            p_food += 0.15          # ordering from the seat took off once the robots came
        n_food = 0
        if r() < p_food:
            n_food = 1 if r() < 0.78 else 2
        for k in range(n_food):
            tf = t_in + D(minutes=float(rng.uniform(10, max(12, dur * 60 - 15))))
            items = []
            nitems = int(rng.choice([1, 2, 3], p=[0.55, 0.35, 0.1]))
            for _ in range(nitems):
                m = MENU[pick(MENU_NIGHT if pk == "night" else MENU_DAY)]
                items.append(m)
            amt = sum(m[2] for m in items) * (1.1 if s[1] == "南京" else 1.0)
            names = "+".join(m[0] for m in items)
            o.ev(c, tf, "tp_snack_order", store, session_id=vid, action="submit", channel="app", device="pc",
                 zone=zone, seat_no=seat, items=names, amount_cny=round(amt, 1))
            pm = pay(c, amt)
            od = o.order(c, tf, amt, "snacks", store, channel="pc_client", device="pc", zone=zone, pay_method=pm,
                         items=names, item_count=len(items), session_id=vid)
            if r() < 0.03:   # out of stock -> cancelled, money back
                od["status"] = "cancelled"
                od["refund_reason"] = "out_of_stock"
                od["refunded_at"] = fmt(tf + D(minutes=6))
                if pm == "balance":
                    c["balance"] += amt
                continue
            peak = tf.weekday() in (4, 5) and 19 <= tf.hour <= 23
            med = 8.0 + (3.5 if peak else 0.0)
            if store == "S13" and tf < ZD_RAMP:
                med = 21.0 + (5 if peak else 0)
            if store == "S01" and tf >= ROBOT:
                med = 4.6 + (0.8 if peak else 0)
            dm = float(np.clip(rng.lognormal(np.log(med), 0.35), 2, 75))
            o.ev(c, tf + D(minutes=dm), "tp_snack_delivered", store, session_id=vid, action="success",
                 channel="store", device="pos", zone=zone, seat_no=seat, items=names, delivery_min=round(dm, 1))
            if dm > 22 and r() < 0.4:
                incidents.append((tf + D(minutes=dm + 5), "slow_food"))
            if store == "S01" and tf >= ROBOT and r() < 0.045:
                incidents.append((tf + D(minutes=dm + 3), "robot"))
        # ambience
        if store in ("S12", "S02"):
            p_smoke = 0.058 if (store == "S12" and in_range(t_in, SMOKE)) else 0.0035
            if r() < p_smoke:
                incidents.append((t_in + D(minutes=40), "smoke"))
        if store == "S10" and zone in ("hall", "pro") and r() < 0.026:
            incidents.append((t_in + D(minutes=50), "noise"))
        elif fmt_ == "esports" and r() < 0.0035:
            incidents.append((t_in + D(minutes=50), "noise"))
        p_dirty = 0.011 if store == "S11" else 0.003
        if r() < p_dirty:
            incidents.append((t_in + D(minutes=20), "dirty"))
        if r() < 0.0018:
            incidents.append((t_in + D(minutes=30), "staff_rude"))
        if voucher_visit and r() < 0.05:
            incidents.append((t_in + D(minutes=2), "voucher_issue"))
        if s[1] == "南京" and zone == "hall" and t_in >= NJ_RISE and r() < 0.012:
            incidents.append((t_in + D(minutes=60), "price"))
        elif r() < 0.0015:
            incidents.append((t_in + D(minutes=60), "price"))
        t_out = t_in + D(hours=dur)
        # money for the session
        disc = TIERS[tier_of(c["cum"])][3]
        pph = price_per_hour(store, zone, t_in)
        if pk == "hourly":
            fee = round(pph * dur * (1 - disc), 1)
        elif pk == "3h":
            fee = round(pph * 2.5 * (1 - disc) + max(0.0, dur - 3.0) * pph * (1 - disc), 1)
        elif pk == "voucher":
            extra = max(0.0, dur - (5.0 if fmt_ == "netcafe" else 3.0))
            fee = round(extra * pph, 1)
        else:
            fee = 0.0
        if t_out > END:
            t_out = END - D(minutes=1)
        o.ev(c, t_out, "tp_checkout", store, session_id=vid, action="success", channel="store", device="pos",
             zone=zone, seat_no=seat, package=pk, duration_h=round((t_out - t_in).total_seconds() / 3600, 2),
             fee_cny=fee if pk != "night" else night_price)
        if fee > 0:
            pm = pay(c, fee)
            od = o.order(c, t_out, fee, "session", store, channel="front_desk" if pm != "balance" else "pc_client",
                         device="pos", zone=zone, package=pk, pay_method=pm, session_id=vid)
            if refund:
                od["status"] = "refunded"
                od["refund_reason"] = "pc_fault"
                od["refunded_at"] = fmt(t_out + D(minutes=float(rng.uniform(2, 40))))
                if pm == "balance":
                    c["balance"] += fee
        elif refund and night_order is not None:
            od = night_order
            od["status"] = "refunded"
            od["refund_reason"] = "pc_fault"
            od["refunded_at"] = fmt(t_out + D(minutes=10))
            if od.get("pay_method") == "balance":
                c["balance"] += od["amount"]
        c["last_visit"] = t_out
        # feedback: incidents first, then the ordinary after-session rating / review
        for ts, topic in incidents:
            if ts < END:
                give_feedback(o, c, ts, topic, store, zone=zone, session=vid)
        if not incidents and r() < 0.045:
            topic = pick({"praise_pc": 0.3 if fmt_ == "esports" else 0.1, "praise_staff": 0.18,
                          "praise_env": 0.2 if store != "S13" else 0.5, "general": 0.35})
            if t_out + D(hours=1) < END:
                give_feedback(o, c, t_out + D(minutes=10), topic, store, zone=zone, session=vid)
        if pk == "night" and night_plan:
            c["nights"] = c.get("nights", 0) + 1

    # ---- tournaments
    def tournaments(self, custs):
        o = self.out
        by_city: dict[str, list] = {}
        for c in custs:
            if c["first_visit"] is not None and c["gamer"] and not c["minor"]:
                by_city.setdefault(ST[c["home"]][1], []).append(c)
        n = 0
        for s in STORES:
            if s[5] != "esports":
                continue
            m = datetime(2024, 10, 1)
            while m < datetime(2026, 7, 1):
                cups = 2 if m.month in (7, 8, 12) else 1
                for k in range(cups):
                    sat = [m + D(days=i) for i in range(28) if (m + D(days=i)).weekday() == 5]
                    day = sat[1 + k] if 1 + k < len(sat) else sat[-1]
                    if day < s[6] + D(days=20) or day > END:
                        continue
                    n += 1
                    tid = f"T{n:03d}"
                    g = pick({x[0]: x[2] for x in GAMES})
                    fee = float(rng.choice([0, 30, 50], p=[0.4, 0.35, 0.25]))
                    cap = 64 if g in ("英雄联盟", "无畏契约") else 32
                    fill = {"无畏契约": 0.98, "英雄联盟": 0.9, "CS2": 0.75, "王者荣耀": 0.8, "永劫无间": 0.6}[g]
                    fill *= 1.0 if fee == 0 else 0.8
                    t_cup = datetime(day.year, day.month, day.day, 14, 0)
                    pool = [c for c in by_city.get(s[1], []) if c["first_visit"] <= t_cup - D(days=3)
                            and (c["last_visit"] or c["first_visit"]) >= t_cup - D(days=60)]
                    if not pool:
                        continue
                    w = np.array([3.0 if c["fav_game"] == g else 1.0 for c in pool])
                    w = w * np.array([1.6 if c["home"] == s[0] else 0.5 for c in pool])
                    k_n = min(len(pool), int(round(cap * fill * float(rng.uniform(0.85, 1.0)))))
                    idx = rng.choice(len(pool), size=k_n, replace=False, p=w / w.sum())
                    played = []
                    for i in idx:
                        c = pool[int(i)]
                        ts = t_cup - D(days=float(rng.uniform(2, 20)), hours=float(rng.uniform(0, 10)))
                        if ts < c["first_visit"]:
                            ts = c["first_visit"] + D(hours=2)
                        o.ev(c, ts, "tp_tourney_signup", s[0], action="submit", channel="mini_program",
                             device=c["phone_os"], game=g, tournament_id=tid, entry_fee=fee)
                        if fee > 0:
                            pm = pay(c, fee)
                            o.order(c, ts, fee, "tournament_entry", s[0], channel="mini_program",
                                    device=c["phone_os"], pay_method=pm)
                        show = 0.9 if fee > 0 else 0.58
                        if r() < show:
                            tc = t_cup - D(minutes=float(rng.uniform(5, 45)))
                            o.ev(c, tc, "tp_tourney_checkin", s[0], action="success", channel="store",
                                 device="pos", game=g, tournament_id=tid)
                            if r() < 0.97:
                                played.append((c, tc))
                    order = rng.permutation(len(played))
                    for rank, j in enumerate(order, 1):
                        c, tc = played[int(j)]
                        tm = t_cup + D(minutes=float(rng.uniform(10, 240)))
                        o.ev(c, tm, "tp_tourney_match", s[0], action="success", channel="store", device="pc",
                             game=g, tournament_id=tid, placement=rank)
                        if r() < 0.07 and tm + D(hours=3) < END:
                            give_feedback(o, c, tm + D(hours=2), "tourney", s[0])
                m = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)

    # ---- quarterly member survey (with NPS)
    def surveys(self, custs):
        o = self.out
        waves = [datetime(2025, 1, 12), datetime(2025, 4, 12), datetime(2025, 7, 12), datetime(2025, 10, 12),
                 datetime(2026, 1, 12), datetime(2026, 4, 12)]
        for w in waves:
            for c in custs:
                if c["minor"] or c["first_visit"] is None or c["first_visit"] > w - D(days=14):
                    continue
                if (c["last_visit"] or START) < w - D(days=75):
                    continue
                if r() > 0.2:
                    continue
                ts = w + D(days=float(rng.uniform(0, 10)), hours=float(rng.uniform(9, 22)) - 12)
                if ts > END:
                    continue
                mean = 8.1
                topic = pick({"general": 0.5, "praise_env": 0.14, "praise_pc": 0.14, "praise_staff": 0.08,
                              "price": 0.07, "dirty": 0.07})
                if c["home"] == "S08" and w == datetime(2026, 4, 12):
                    mean, topic = 4.6, ("lag" if r() < 0.65 else topic)
                if c["home"] == "S12" and w in (datetime(2026, 1, 12),):
                    mean, topic = 5.2, ("smoke" if r() < 0.55 else topic)
                if c["home"] == "S10" and r() < 0.2:
                    topic, mean = "noise", 6.0
                if FB[topic][0] == "neg":
                    mean = min(mean, 5.8)
                if FB[topic][0] == "pos":
                    mean = max(mean, 8.8)
                nps = int(np.clip(round(rng.normal(mean, 1.4)), 0, 10))
                rating = int(np.clip(round(nps / 2 + rng.normal(0, 0.5)), 1, 5))
                o.fb(c, ts, topic, "tp_member_survey", "survey", store=c["home"], rating=rating, nps=nps)
                o.ev(c, ts, "tp_member_survey", c["home"], action="submit", channel="mini_program",
                     device=c["phone_os"])


def segment(c) -> str:
    if c["minor"]:
        return "blocked"
    if c["first_visit"] is None:
        return "prospect"
    last = c["last_visit"] or c["first_visit"]
    days = (END - last).days
    if days > 90:
        return "churned"
    if c["signup"] >= datetime(2026, 5, 1) and not c["legacy"]:
        return "new"
    if days > 45:
        return "at_risk"
    if tier_of(c["cum"]) >= 2:
        return "vip"
    return "regular"


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        if rows and isinstance(rows[0], list):
            w.writerows(rows)
            return
        for row in rows:
            w.writerow([row.get(k) for k in cols])


def main(out_dir: Path):
    out_dir.mkdir(parents=True, exist_ok=True)
    sim = Sim()
    custs = make_customers()
    for c in custs:
        sim.live(c)
    sim.tournaments(custs)
    sim.surveys(custs)
    o = sim.out
    # a few WeChat-group messages and front-desk notes with no store or time context
    # duplicates: the POS re-uploaded a batch of check-ins on 2025-12-06 (same event_id)
    # the extract starts on 2024-10-01: earlier rows (ads seen, bookings made before that day) are not in it
    o.events = [e for e in o.events if fmt(START) <= e[2] <= fmt(END)]
    o.orders = [x for x in o.orders if fmt(START) <= x["ts"] <= fmt(END)]
    o.events.sort(key=lambda e: (e[2], e[0]))
    dup = [e for e in o.events if e[3] == "tp_checkin" and e[2].startswith("2025-12-06")][:37]
    events = o.events + [list(e) for e in dup]
    events.sort(key=lambda e: (e[2], e[0]))
    o.orders.sort(key=lambda e: (e["ts"], e["order_id"]))
    write_csv(out_dir / "events.csv", EV_COLS, events)
    write_csv(out_dir / "orders.csv", OR_COLS, o.orders)
    write_csv(out_dir / "feedback.csv", FB_COLS, o.feedback)
    write_csv(out_dir / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel",
                                           "kind", "owner", "aliases"],
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write_csv(out_dir / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                         "touchpoint_id", "window_days"],
              [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
                    touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    rows = []
    for c in custs:
        s = ST[c["home"]]
        k = tier_of(c["cum"])
        rows.append(dict(
            customer_id=c["customer_id"], signup_at=fmt(c["signup"]) if not c.get("never") else "",
            segment=segment(c), region=s[1],
            acquisition_channel=c["acq"], tier=TIERS[k][0] if c["verified"] else "",
            tier_zh=TIERS[k][1] if c["verified"] else "", home_store_id=s[0], home_store=s[3], home_store_en=s[4], city_en=s[2],
            gender=c["gender"], age_band=c["age_band"], birth_year=c["birth_year"],
            is_student="yes" if c["student"] else "no", language=c["language"],
            id_verified="yes" if c["verified"] else "no", first_visit_at=fmt(c["first_visit"]),
            last_visit_at=fmt(c["last_visit"]), lifetime_topup_cny=round(c["cum"], 2) if not c["minor"] else 0,
            wallet_balance_cny=round(c["balance"], 2), favourite_game=c["fav_game"]))
    write_csv(out_dir / "customers.csv", CU_COLS, rows)
    exp_rows = [dict(experiment_id="night_price_test", variant=v, customer_id=cid, assigned_at=fmt(t),
                     variant_desc="包夜统一价 flat night price" if v == "flat" else
                     "工作日-10元 / 周五周六+10元 weekday -10, Fri/Sat +10")
                for cid, (v, t) in sorted(sim.assign.items())]
    write_csv(out_dir / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at",
                                            "variant_desc"], exp_rows)
    (out_dir / "_truth").mkdir(exist_ok=True)
    write_csv(out_dir / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment"],
              [dict(feedback_id=a, topic=b, sentiment=c) for a, b, c in o.truth])
    print(f"customers {len(rows)} events {len(events)} orders {len(o.orders)} feedback {len(o.feedback)} "
          f"experiments {len(exp_rows)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: generate.py OUTDIR", file=sys.stderr)
        raise SystemExit(2)
    main(Path(sys.argv[1]))
