"""StageNow 现场派: a live-event ticketing platform (concerts, musicals, sports, stand-up comedy) with an app,
a WeChat mini program and a web site, 2025-03-01 .. 2026-10-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261031
START = datetime(2025, 3, 1)
END = datetime(2026, 10, 31, 23, 59, 0)
N_OLD, N_NEW = 1500, 1000
D = timedelta

C01_PRESALE = datetime(2025, 9, 12, 12, 0)   # Lin Yu Shanghai member presale: the queue page falls over
C01_GENERAL = datetime(2025, 9, 14, 12, 0)   # general sale, sold out in minutes
C03_CANCEL = datetime(2026, 5, 20, 10, 0)    # Echo Band Chengdu cancelled (lead singer's vocal-cord surgery)
C03_AUTO_REFUND = datetime(2026, 6, 20, 9, 0)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_push", "推送通知", "Push notification", "awareness", "app", "digital", "crm",
     "推送|消息推送|开售提醒|push|push notification|notification|on-sale alert"),
    ("tp_social_ad", "社交媒体广告", "Social media ad", "awareness", "ads", "digital", "marketing",
     "广告|抖音广告|小红书广告|信息流广告|social ad|ads|ad click|social media ad"),
    ("tp_signup", "注册", "Sign-up", "consideration", "app", "digital", "crm",
     "注册|新用户注册|开户|sign up|signup|registration|register"),
    ("tp_event_page", "演出详情页", "Event page", "consideration", "app", "digital", "product",
     "详情页|演出页|项目页|商品页|event page|show page|event detail|listing"),
    ("tp_seat_map", "选座", "Seat map", "purchase", "app", "digital", "product",
     "选座|座位图|选票档|选价位|seat map|seat selection|pick seats|price tier"),
    ("tp_queue", "排队购票", "Queue / waiting room", "purchase", "app", "digital", "platform",
     "排队|排队页|排队购票|虚拟排队|等候室|抢票|queue|queue page|waiting room|virtual queue"),
    ("tp_lottery_entry", "抽签登记", "Lottery entry", "purchase", "app", "digital", "product",
     "抽签|抽签登记|报名抽签|预登记|lottery|ballot|lottery entry|draw entry"),
    ("tp_lottery_win", "中签", "Lottery win", "purchase", "app", "digital", "product",
     "中签|抽中|中签通知|lottery win|won the ballot|lottery winner"),
    ("tp_checkout", "确认订单", "Checkout", "purchase", "app", "digital", "product",
     "确认订单|提交订单|下单|结算|checkout|place order|order confirmation"),
    ("tp_payment", "支付成功", "Payment success", "purchase", "app", "digital", "payments",
     "支付|付款|支付成功|payment|paid|pay|payment success"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|付款失败|扣款失败|payment failed|payment failure|declined|pay fail"),
    ("tp_eticket", "电子票出票", "E-ticket issued", "purchase", "app", "digital", "product",
     "出票|电子票|门票二维码|e-ticket|eticket|ticket issued|QR ticket"),
    ("tp_entry_scan", "入场验票", "Entry scan", "service", "store", "physical", "venue_ops",
     "入场|验票|检票|闸机|安检|进场|entry|entry scan|gate|ticket scan|admission"),
    ("tp_fnb_order", "场馆餐饮点单", "Venue F&B order", "service", "store", "physical", "venue_ops",
     "餐饮|点单|买饮料|小吃|啤酒|F&B|food and drinks|concessions|bar|beer"),
    ("tp_show", "现场演出", "The show", "service", "store", "physical", "content",
     "演出|现场|舞台|演唱会现场|观演|show|performance|gig|stage|live show"),
    ("tp_review", "演后评价", "Post-show review", "loyalty", "app", "digital", "crm",
     "演后评价|打分|问卷|评价|post-show survey|review|rating|survey"),
    ("tp_transfer", "门票转赠", "Ticket transfer", "service", "app", "digital", "product",
     "转赠|送票|转给朋友|ticket transfer|transfer|send ticket"),
    ("tp_resale", "官方转售", "Official resale", "service", "app", "digital", "product",
     "转售|二手票|转让|挂单|resale|resell|secondary market|relist"),
    ("tp_refund_request", "退票申请", "Refund request", "service", "app", "digital", "customer_service",
     "退票|申请退票|退款申请|refund request|ticket refund|request refund"),
    ("tp_refund_done", "退款到账", "Refund completed", "service", "app", "digital", "customer_service",
     "退款到账|退款成功|钱退回来|refund completed|refunded|money back"),
    ("tp_cs_chat", "在线客服", "Customer service", "service", "app", "digital", "customer_service",
     "客服|在线客服|人工客服|投诉|工单|customer service|support|complaint|helpdesk"),
]
JOURNEYS = [
    ("ticket_purchase", "购票流程", "Ticket purchase", 1,
     ["tp_event_page", "tp_seat_map", "tp_queue", "tp_checkout", "tp_payment"]),
    ("lottery_purchase", "抽签购票", "Lottery purchase", 21, ["tp_lottery_entry", "tp_lottery_win", "tp_payment"]),
    ("push_to_purchase", "推送转化", "Push to purchase", 3, ["tp_push", "tp_event_page", "tp_payment"]),
    ("ticket_refund", "退票退款", "Ticket refund", 7, ["tp_refund_request", "tp_refund_done"]),
    ("event_day", "演出当天", "Event day", 1, ["tp_entry_scan", "tp_fnb_order"]),
]
VENUES = {  # id: (city, zh, en, entry wait mean minutes)
    "SH_STADIUM": ("Shanghai", "上海体育场", "Shanghai Stadium", 16),
    "SH_ARENA": ("Shanghai", "梅赛德斯-奔驰文化中心", "Mercedes-Benz Arena", 12),
    "SH_THEATRE": ("Shanghai", "上海大剧院", "Shanghai Grand Theatre", 6),
    "SH_COMEDY": ("Shanghai", "喜剧仓·静安", "Comedy Barn Jing'an", 4),
    "BJ_WORKERS": ("Beijing", "工人体育场", "Workers' Stadium", 15),
    "BJ_TIANQIAO": ("Beijing", "天桥艺术中心", "Tianqiao Arts Center", 6),
    "BJ_COMEDY": ("Beijing", "笑点剧场·三里屯", "Punchline Theater Sanlitun", 4),
    "GZ_GYM": ("Guangzhou", "广州体育馆", "Guangzhou Gymnasium", 11),
    "GZ_OPERA": ("Guangzhou", "广州大剧院", "Guangzhou Opera House", 6),
    "SZ_UNIV": ("Shenzhen", "深圳大运中心", "Shenzhen Universiade Center", 38),
    "CD_PARK": ("Chengdu", "成都露天音乐公园", "Chengdu Open-air Music Park", 14),
    "CD_COMEDY": ("Chengdu", "喜剧仓·玉林", "Comedy Barn Yulin", 4),
    "HZ_OLYMPIC": ("Hangzhou", "杭州奥体中心体育馆", "Hangzhou Olympic Sports Center Gym", 12),
}
# show_id, name zh, name en, artist zh, artist en, genre, venue, show date, general on-sale, presale days, mode,
# sessions (demand), price multiplier
SHOWS = [
    ("C01", "林屿「星河」巡回演唱会·上海站", "Lin Yu 'Galaxy' Tour - Shanghai", "林屿", "Lin Yu", "concert", "SH_STADIUM",
     date(2025, 11, 8), C01_GENERAL, 2, "queue", 0, 1.2),
    ("C02", "林屿「星河」巡回演唱会·北京站", "Lin Yu 'Galaxy' Tour - Beijing", "林屿", "Lin Yu", "concert", "BJ_WORKERS",
     date(2026, 4, 18), datetime(2026, 2, 1, 10), 0, "lottery", 1300, 1.2),
    ("C03", "回声乐队「回到原点」成都站", "Echo Band 'Back to Zero' - Chengdu", "回声乐队", "Echo Band", "concert",
     "CD_PARK", date(2026, 6, 13), datetime(2026, 2, 20, 12), 0, "queue", 1100, 1.0),
    ("C04", "夏日海浪音乐节2025", "Summer Wave Festival 2025", "群星", "Various artists", "concert", "SZ_UNIV",
     date(2025, 7, 19), datetime(2025, 5, 10, 12), 0, "queue", 900, 0.8),
    ("C05", "苏沐「晚风」演唱会·广州", "Su Mu 'Evening Breeze' Live - Guangzhou", "苏沐", "Su Mu", "concert", "GZ_GYM",
     date(2025, 6, 21), datetime(2025, 4, 12, 12), 2, "queue", 800, 1.0),
    ("C06", "银河系乐团2025巡演·杭州", "Milky Way Band 2025 Tour - Hangzhou", "银河系乐团", "Milky Way Band", "concert",
     "HZ_OLYMPIC", date(2025, 10, 4), datetime(2025, 8, 2, 12), 0, "queue", 700, 0.9),
    ("C07", "苏沐「晚风」演唱会·深圳", "Su Mu 'Evening Breeze' Live - Shenzhen", "苏沐", "Su Mu", "concert", "SZ_UNIV",
     date(2026, 3, 28), datetime(2026, 1, 10, 12), 2, "queue", 900, 1.0),
    ("C08", "回声乐队跨年演唱会·上海", "Echo Band New Year's Eve - Shanghai", "回声乐队", "Echo Band", "concert",
     "SH_ARENA", date(2025, 12, 31), datetime(2025, 10, 25, 12), 2, "queue", 1000, 1.1),
    ("C09", "夏日海浪音乐节2026", "Summer Wave Festival 2026", "群星", "Various artists", "concert", "SZ_UNIV",
     date(2026, 7, 18), datetime(2026, 5, 9, 12), 0, "queue", 900, 0.85),
    ("C10", "林屿「星河」巡回演唱会·深圳站", "Lin Yu 'Galaxy' Tour - Shenzhen", "林屿", "Lin Yu", "concert", "SZ_UNIV",
     date(2026, 9, 12), datetime(2026, 7, 1, 10), 0, "lottery", 1200, 1.2),
    ("C11", "极光少年「破晓」演唱会·北京", "Aurora Boys 'Daybreak' - Beijing", "极光少年", "Aurora Boys", "concert",
     "BJ_WORKERS", date(2025, 8, 16), datetime(2025, 6, 14, 12), 2, "queue", 900, 1.0),
    ("C12", "城市民谣夜·成都", "City Folk Night - Chengdu", "群星", "Various artists", "concert", "CD_PARK",
     date(2025, 5, 24), datetime(2025, 3, 15, 12), 0, "queue", 550, 0.6),
    ("C13", "极光少年「破晓」演唱会·上海", "Aurora Boys 'Daybreak' - Shanghai", "极光少年", "Aurora Boys", "concert",
     "SH_ARENA", date(2026, 10, 24), datetime(2026, 8, 29, 12), 2, "queue", 900, 1.0),
    ("M01", "音乐剧《雾都来信》上海站", "Musical 'Letters from the Fog City' - Shanghai", "雾都来信剧组",
     "Letters from the Fog City company", "musical", "SH_THEATRE", date(2025, 5, 17), datetime(2025, 3, 8, 10), 0,
     "queue", 450, 1.0),
    ("M02", "音乐剧《雾都来信》北京站", "Musical 'Letters from the Fog City' - Beijing", "雾都来信剧组",
     "Letters from the Fog City company", "musical", "BJ_TIANQIAO", date(2025, 9, 20), datetime(2025, 7, 12, 10), 0,
     "queue", 450, 1.0),
    ("M03", "音乐剧《星期三的猫》广州站", "Musical 'The Wednesday Cat' - Guangzhou", "星期三的猫剧组",
     "The Wednesday Cat company", "musical", "GZ_OPERA", date(2025, 12, 13), datetime(2025, 10, 11, 10), 0,
     "queue", 400, 0.9),
    ("M04", "音乐剧《旧城新梦》上海站", "Musical 'Old Town, New Dream' - Shanghai", "旧城新梦剧组",
     "Old Town New Dream company", "musical", "SH_THEATRE", date(2026, 3, 14), datetime(2026, 1, 17, 10), 0,
     "queue", 450, 1.05),
    ("M05", "音乐剧《星期三的猫》上海站", "Musical 'The Wednesday Cat' - Shanghai", "星期三的猫剧组",
     "The Wednesday Cat company", "musical", "SH_THEATRE", date(2026, 6, 27), datetime(2026, 4, 18, 10), 0,
     "queue", 450, 1.0),
    ("M06", "音乐剧《雾都来信》广州站", "Musical 'Letters from the Fog City' - Guangzhou", "雾都来信剧组",
     "Letters from the Fog City company", "musical", "GZ_OPERA", date(2026, 9, 26), datetime(2026, 7, 25, 10), 0,
     "queue", 400, 0.95),
    ("M07", "音乐剧《旧城新梦》北京站", "Musical 'Old Town, New Dream' - Beijing", "旧城新梦剧组",
     "Old Town New Dream company", "musical", "BJ_TIANQIAO", date(2025, 7, 5), datetime(2025, 4, 26, 10), 0,
     "queue", 400, 1.0),
    ("S01", "城市篮球联赛：上海飓风 vs 北京铁骑", "City Hoops: Shanghai Hurricanes vs Beijing Ironhorse",
     "上海飓风", "Shanghai Hurricanes", "sports", "SH_ARENA", date(2025, 4, 19), datetime(2025, 3, 22, 12), 0,
     "queue", 400, 1.0),
    ("S02", "足球联赛：申城联 vs 羊城FC", "Football: Shencheng United vs Yangcheng FC", "申城联", "Shencheng United",
     "sports", "SH_STADIUM", date(2025, 8, 23), datetime(2025, 7, 26, 12), 0, "queue", 450, 0.9),
    ("S03", "城市篮球联赛：广州雷霆 vs 上海飓风", "City Hoops: Guangzhou Thunder vs Shanghai Hurricanes", "广州雷霆",
     "Guangzhou Thunder", "sports", "GZ_GYM", date(2025, 11, 22), datetime(2025, 10, 25, 12), 0, "queue", 400, 0.9),
    ("S04", "足球联赛：京华队 vs 申城联", "Football: Jinghua FC vs Shencheng United", "京华队", "Jinghua FC", "sports",
     "BJ_WORKERS", date(2026, 5, 2), datetime(2026, 4, 4, 12), 0, "queue", 450, 1.0),
    ("S05", "国际网球表演赛·杭州", "International Tennis Exhibition - Hangzhou", "网球明星", "Tennis stars", "sports",
     "HZ_OLYMPIC", date(2026, 8, 8), datetime(2026, 6, 27, 12), 0, "queue", 400, 1.3),
    ("S06", "街头篮球总决赛·深圳", "Streetball Finals - Shenzhen", "街球联盟", "Streetball League", "sports",
     "SZ_UNIV", date(2026, 1, 17), datetime(2025, 12, 13, 12), 0, "queue", 400, 0.8),
    ("S07", "足球联赛：鹏城FC vs 京华队", "Football: Pengcheng FC vs Jinghua FC", "鹏城FC", "Pengcheng FC", "sports",
     "SZ_UNIV", date(2026, 10, 17), datetime(2026, 9, 12, 12), 0, "queue", 450, 0.9),
    ("U01", "大壮脱口秀专场《别当真》·上海", "Da Zhuang stand-up 'Don't Take It Seriously' - Shanghai", "大壮",
     "Da Zhuang", "standup", "SH_COMEDY", date(2025, 4, 26), datetime(2025, 3, 29, 12), 0, "queue", 300, 1.0),
    ("U02", "小鹿脱口秀《打工人的一天》·北京", "Xiao Lu stand-up 'A Day in the Grind' - Beijing", "小鹿", "Xiao Lu",
     "standup", "BJ_COMEDY", date(2025, 6, 28), datetime(2025, 5, 31, 12), 0, "queue", 300, 1.0),
    ("U03", "喜剧仓开放麦精选·成都", "Comedy Barn Best-of - Chengdu", "喜剧仓", "Comedy Barn", "standup", "CD_COMEDY",
     date(2025, 9, 27), datetime(2025, 8, 30, 12), 0, "queue", 250, 0.8),
    ("U04", "大壮脱口秀专场《别当真》·北京", "Da Zhuang stand-up 'Don't Take It Seriously' - Beijing", "大壮",
     "Da Zhuang", "standup", "BJ_COMEDY", date(2025, 12, 20), datetime(2025, 11, 22, 12), 0, "queue", 300, 1.0),
    ("U05", "小鹿脱口秀《打工人的一天》·上海", "Xiao Lu stand-up 'A Day in the Grind' - Shanghai", "小鹿", "Xiao Lu",
     "standup", "SH_COMEDY", date(2026, 2, 28), datetime(2026, 1, 31, 12), 0, "queue", 300, 1.0),
    ("U06", "喜剧仓开放麦精选·成都2026", "Comedy Barn Best-of 2026 - Chengdu", "喜剧仓", "Comedy Barn", "standup",
     "CD_COMEDY", date(2026, 5, 30), datetime(2026, 5, 2, 12), 0, "queue", 250, 0.8),
    ("U07", "大壮脱口秀专场《还当真》·上海", "Da Zhuang stand-up 'Still Serious' - Shanghai", "大壮", "Da Zhuang",
     "standup", "SH_COMEDY", date(2026, 8, 22), datetime(2026, 7, 25, 12), 0, "queue", 300, 1.05),
    ("U08", "小鹿脱口秀《打工人的一年》·北京", "Xiao Lu stand-up 'A Year in the Grind' - Beijing", "小鹿", "Xiao Lu",
     "standup", "BJ_COMEDY", date(2026, 10, 10), datetime(2026, 9, 12, 12), 0, "queue", 300, 1.0),
]
LOTTERY = {  # show: (entry start, entry end, draw)
    "C02": (datetime(2026, 2, 1, 10), datetime(2026, 2, 10, 23, 59), datetime(2026, 2, 14, 12)),
    "C10": (datetime(2026, 7, 1, 10), datetime(2026, 7, 8, 23, 59), datetime(2026, 7, 12, 12)),
}
WIN_P = {"C02": 0.17, "C10": 0.22}
PRICES = {
    "concert": {"VIP": 1680, "A": 1280, "B": 880, "standing": 680},
    "musical": {"VIP": 1080, "A": 780, "B": 480},
    "sports": {"VIP": 980, "A": 580, "B": 280},
    "standup": {"VIP": 480, "A": 320, "B": 180},
}
TIER_W = {
    "concert": [0.12, 0.28, 0.33, 0.27],
    "musical": [0.15, 0.40, 0.45],
    "sports": [0.10, 0.35, 0.55],
    "standup": [0.20, 0.50, 0.30],
}
CITIES = ["Shanghai", "Beijing", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou"]
CITY_W = [0.28, 0.22, 0.14, 0.14, 0.12, 0.10]
REGION = {"Shanghai": "华东", "Hangzhou": "华东", "Beijing": "华北", "Guangzhou": "华南", "Shenzhen": "华南",
          "Chengdu": "西南"}
LEVELS = ["regular", "silver", "gold", "platinum"]
LEVEL_W = [0.45, 0.30, 0.18, 0.07]
ACQ = ["douyin_ads", "xiaohongshu", "weibo", "friend_referral", "app_store", "organic_search"]
ACQ_W = [0.24, 0.18, 0.12, 0.16, 0.15, 0.15]
GENRES = ["concert", "musical", "sports", "standup"]
GENRE_W = [0.45, 0.2, 0.2, 0.15]
PAY_FAIL = {"apple_pay": 0.22, "card": 0.10, "alipay": 0.04, "wechat_pay": 0.035}
PAY_ZH = {"apple_pay": "Apple Pay", "alipay": "支付宝", "wechat_pay": "微信支付", "card": "银行卡"}
PAY_EN = {"apple_pay": "Apple Pay", "alipay": "Alipay", "wechat_pay": "WeChat Pay", "card": "my card"}
FAIL_REASON = {"apple_pay": ["token_error", "token_error", "timeout", "bank_declined"],
               "card": ["bank_declined", "bank_declined", "3ds_failed", "timeout"],
               "alipay": ["timeout", "insufficient_funds", "bank_declined"],
               "wechat_pay": ["timeout", "insufficient_funds", "bank_declined"]}

T = {  # topic -> (zh templates, en templates); {pay} payment channel, {show} show name
    "scalper": (["又是秒没，全被黄牛抢光了，转手加价三倍", "黄牛用脚本抢票，普通粉丝根本抢不到",
                 "抽签从来不中，黄牛手里却一堆票，这公平吗", "平台管管黄牛吧，抢票全是机器人",
                 "{show}开票一秒没，二手平台全是黄牛票"],
                ["Sold out in seconds, then scalpers relist at 3x. Stop the bots!",
                 "Never win the lottery but scalpers always have tickets.",
                 "Bots and scalpers get everything, real fans get nothing.",
                 "{show}: gone in one second and scalper listings everywhere."]),
    "queue_crash": (["排队页面直接崩了，刷新后又排到几万名", "一开售就崩，排了两个小时什么都没买到",
                     "排队排到一半App崩溃闪退，白等了", "服务器崩了还不延期开售？{show}预售太离谱",
                     "排队页面卡死后崩了，重新进去票没了"],
                    ["The queue page crashed right at noon and kicked me out.",
                     "App crashed in the waiting room, lost my place after 2 hours.",
                     "Queue crashed twice, then everything was sold out.",
                     "{show} presale was a disaster, the site crashed for everyone."]),
    "fake_ticket": (["在二手平台买的是假票，检票时被拦下，平台能不能管管", "朋友转来的居然是假票，白花了两千",
                     "转售区也有假票？太离谱了", "买到假票被拦在门外，{show}没看成"],
                    ["Bought a resale ticket that turned out to be fake - denied at the gate.",
                     "Got a fake ticket from a reseller, please verify listings.",
                     "Fake ticket scam via transfer, I couldn't get into {show}."]),
    "refund_slow": (["演出取消了，退款申请交了两周还没到账", "退款太慢了，客服只会说在处理中",
                     "{show}取消到现在，退款还没到，太坑了", "说好的7个工作日退款，现在都半个月了"],
                    ["Show was cancelled and my refund still hasn't arrived after two weeks.",
                     "Refund is painfully slow, support keeps saying 'processing'.",
                     "Where is my refund? {show} cancelled, 15 days and counting."]),
    "entry_line": (["入场排队一个多小时，开场了还在外面", "安检入场太慢，只开了两个口",
                    "入场通道太少，排队排到绕场一圈", "{show}入场组织太乱了，晒了一个小时"],
                   ["The entry line took over an hour, missed the opening.",
                    "Only two entry gates open, chaos outside.",
                    "Entry was a mess, queued forever in the heat."]),
    "payment_fail": (["{pay}支付失败好几次，等换了别的方式票已经没了", "用{pay}付款一直支付失败，订单被取消了",
                      "支付失败但是钱被扣了，{pay}显示已付款"],
                     ["{pay} payment failed three times and I lost my seats.",
                      "Payment failed with {pay} but I was charged anyway.",
                      "Payment failing again and again with {pay}, so frustrating."]),
    "fnb_price": (["场馆里餐饮太贵了，一瓶水卖二十", "场内餐饮又贵又难吃，排队还久"],
                  ["Food and drinks inside are overpriced.", "Overpriced beer and nothing decent to eat."]),
    "sound_bad": (["音响效果差，后排听不清唱的什么", "音响太炸了，耳朵疼"],
                  ["Sound was muddy, couldn't hear the vocals from the back.", "The sound system was awful tonight."]),
    "great_show": (["现场太震撼了，值回票价！", "演出太棒了，氛围超好，下次还来", "舞台效果一流，太棒了",
                    "{show}太震撼了，哭着听完"],
                   ["Amazing show, worth every penny!", "Great show, the atmosphere was electric.",
                    "What a night - amazing performance from start to end."]),
    "funny": (["全程爆笑，笑到肚子疼！", "段子太好笑了，下次还带朋友来", "小剧场氛围好，笑点密集，值",
               "{show}笑到停不下来"],
              ["Hilarious from start to finish!", "Laughed so hard, best night out in months.",
               "So funny, the crowd work was hilarious."]),
    "praise_app": (["抢票流程很顺畅，电子票也方便", "App好用，选座清楚，出票快"],
                   ["Smooth booking, e-ticket works perfectly.", "Easy to pick seats, love the app."]),
    "neutral": (["整体还行，座位视野一般", "中规中矩吧", "演出准时开始，没什么特别的"],
                ["It was okay, view from my seat was so-so.", "Decent, nothing special.",
                 "Started on time, average experience."]),
}
STADIUMS = {"SH_STADIUM", "BJ_WORKERS", "SZ_UNIV", "CD_PARK", "HZ_OLYMPIC", "GZ_GYM", "SH_ARENA"}
NEG = {"scalper", "queue_crash", "fake_ticket", "refund_slow", "entry_line", "payment_fail", "fnb_price", "sound_bad"}
POS = {"great_show", "funny", "praise_app"}
TOPIC_TP = {"scalper": "tp_queue", "queue_crash": "tp_queue", "fake_ticket": "tp_resale",
            "refund_slow": "tp_refund_request", "entry_line": "tp_entry_scan", "payment_fail": "tp_pay_fail",
            "fnb_price": "tp_fnb_order", "sound_bad": "tp_show", "great_show": "tp_show", "funny": "tp_show",
            "praise_app": "tp_event_page", "neutral": "tp_show"}


def iso(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    rnd = rng.random

    def pick(opts, w=None):
        if w is None:
            return opts[int(rng.integers(len(opts)))]
        w = np.asarray(w, float)
        return opts[int(rng.choice(len(opts), p=w / w.sum()))]

    def minutes(a, b):
        return D(minutes=float(rng.uniform(a, b)))

    # ---------- customers ----------
    n = N_OLD + N_NEW
    cust = []
    span_new = (END - D(days=20) - START).total_seconds()
    for i in range(n):
        cid = f"U{i + 1:05d}"
        if i < N_OLD:
            signup = datetime(2021, 1, 1) + D(days=float(rng.uniform(0, 1480)))
            new = False
        else:
            signup = START + D(seconds=float(rng.uniform(0, span_new)))
            new = True
        city = pick(CITIES, CITY_W)
        dev = pick(["ios", "android", "pc"], [0.44, 0.46, 0.10])
        ch = "web" if dev == "pc" else ("app" if rnd() < 0.75 else "mini_program")
        lvl = pick(LEVELS, LEVEL_W)
        acq = pick(ACQ, ACQ_W) if new else pick(ACQ + ["offline_event"], ACQ_W + [0.1])
        lang = "en" if rnd() < (0.22 if city in ("Shanghai", "Beijing", "Shenzhen") else 0.1) else "zh"
        fav = pick(GENRES, GENRE_W)
        act = float(rng.gamma(2.0, 0.5)) * (1.4 if lvl in ("gold", "platinum") else 1.0)
        a0 = max(signup, START)
        a1 = END
        if rnd() < 0.33:
            a1 = min(END, a0 + D(days=float(rng.exponential(260))))
        cust.append(dict(id=cid, signup=signup, new=new, city=city, dev=dev, ch=ch, lvl=lvl, acq=acq, lang=lang,
                         fav=fav, act=act, a0=a0, a1=a1))
    a0s = np.array([c["a0"].timestamp() for c in cust])
    a1s = np.array([c["a1"].timestamp() for c in cust])
    acts = np.array([c["act"] for c in cust])
    cities = np.array([c["city"] for c in cust])
    favs = np.array([c["fav"] for c in cust])
    lvls = np.array([c["lvl"] for c in cust])

    events: list[list] = []   # customer, ts, tp, session, action, device, channel, show, order, wait, fnb
    orders: list[dict] = []
    feedback: list[list] = []
    sess_no = [0]

    def new_session():
        sess_no[0] += 1
        return f"S{sess_no[0]:06d}"

    def ev(c, t, tp, sid, action, show="", order="", wait="", fnb="", channel=None, device=None):
        if channel is None:
            channel = c["ch"]
        if device is None:
            device = c["dev"]
        events.append([c["id"], t, tp, sid, action, device, channel, show, order, wait, fnb])

    SHOW = {s[0]: s for s in SHOWS}

    def show_price(s, tier):
        return int(round(PRICES[s[5]][tier] * s[12] / 10.0) * 10)

    def choose_pay(c):
        if c["ch"] == "mini_program":
            return pick(["wechat_pay", "card"], [0.95, 0.05])
        if c["dev"] == "ios":
            return pick(["apple_pay", "alipay", "wechat_pay", "card"], [0.36, 0.30, 0.27, 0.07])
        if c["dev"] == "android":
            return pick(["alipay", "wechat_pay", "card"], [0.50, 0.42, 0.08])
        return pick(["alipay", "card", "wechat_pay"], [0.6, 0.3, 0.1])

    def checkout(c, s, t, sid, rnd_name):
        ev(c, t, "tp_checkout", sid, "submit", s[0])
        tiers = list(PRICES[s[5]])
        tier = pick(tiers, TIER_W[s[5]])
        tickets = int(pick([1, 2, 3, 4], [0.3, 0.5, 0.1, 0.1]))
        if s[5] == "standup":
            tickets = int(pick([1, 2, 3], [0.35, 0.55, 0.1]))
        price = show_price(s, tier)
        base = dict(customer_id=c["id"], tier=tier, tickets=tickets, price=price, show=s[0], round=rnd_name,
                    device=c["dev"], channel=c["ch"], level=c["lvl"])
        if rnd() < 0.08:
            orders.append(dict(base, ts=t, status="cancelled", pay="", fail=""))
            return None
        pay = choose_pay(c)
        for attempt in range(3):
            t = t + minutes(0.3, 3)
            if rnd() < PAY_FAIL[pay]:
                oid = f"O{len(orders) + 1:06d}"
                orders.append(dict(base, ts=t, status="failed", pay=pay, fail=pick(FAIL_REASON[pay]), id=oid))
                ev(c, t + minutes(0.1, 1), "tp_pay_fail", sid, "fail", s[0], oid)
                fails.append((c, t, pay, oid, s))
                if rnd() < 0.55 and attempt < 2:
                    if pay == "apple_pay":
                        pay = pick(["apple_pay", "alipay", "wechat_pay"], [0.25, 0.4, 0.35])
                    elif rnd() < 0.5:
                        pay = choose_pay(c)
                    t = t + minutes(0.5, 4)
                    continue
                return None
            oid = f"O{len(orders) + 1:06d}"
            o = dict(base, ts=t, status="paid", pay=pay, fail="", id=oid)
            orders.append(o)
            ev(c, t + minutes(0.05, 0.5), "tp_payment", sid, "success", s[0], oid)
            ev(c, t + minutes(0.5, 5), "tp_eticket", sid, "issue", s[0], oid)
            return o
        return None

    fails: list = []
    scalper_fb: list = []
    queue_losers_c01: list = []
    lottery_entries: dict = {"C02": {}, "C10": {}}

    def session(c, s, t, source):
        sid = new_session()
        if source == "push":
            ev(c, t, "tp_push", sid, "open", s[0])
            if rnd() > 0.82:
                return
            t = t + minutes(0.2, 10)
        elif source == "ad":
            ev(c, t, "tp_social_ad", sid, "click", s[0], channel="ads")
            if rnd() > 0.88:
                return
            t = t + minutes(0.1, 2)
        ev(c, t, "tp_event_page", sid, "view", s[0])
        if s[10] == "lottery":
            st, en, _ = LOTTERY[s[0]]
            if st <= t <= en and rnd() < 0.72:
                t = t + minutes(1, 8)
                ev(c, t, "tp_lottery_entry", sid, "submit", s[0])
                lottery_entries[s[0]].setdefault(c["id"], (c, sid))
            return
        if s[0] == "C01" and t > C01_GENERAL + D(hours=3):
            if rnd() < 0.15:
                ev(c, t + minutes(0.5, 3), "tp_seat_map", sid, "view", s[0])
            return
        p_seat = {"app": 0.52, "mini_program": 0.40, "web": 0.48}[c["ch"]]
        if s[0] == "C01":   # fans on the on-sale days go straight for the seats
            p_seat = 0.85
        if rnd() > p_seat:
            return
        t = t + minutes(0.5, 5)
        ev(c, t, "tp_seat_map", sid, "view", s[0])
        if rnd() > 0.93:
            return
        t = t + minutes(0.3, 3)
        ev(c, t, "tp_queue", sid, "wait", s[0])
        p_q = 0.88
        crash = False
        if s[0] == "C01" and t < C01_GENERAL - D(hours=12):
            p_q, crash = 0.22, True
        elif s[0] == "C01":
            p_q = 0.42
        if rnd() > p_q:
            if crash:
                queue_losers_c01.append((c, t))
            return
        t = t + (minutes(8, 95) if crash else minutes(0.1, 4))
        rname = "general"
        if s[9] and t < s[8]:
            rname = "presale"
        checkout(c, s, t, sid, rname)

    def choose_customers(s, times):
        city = VENUES[s[6]][0]
        w = acts * np.where(cities == city, 3.0, 1.0) * np.where(favs == s[5], 1.8, 1.0)
        res = []
        for t in times:
            ts = t.timestamp()
            ww = w * ((a0s <= ts) & (a1s >= ts))
            res.append(cust[int(rng.choice(n, p=ww / ww.sum()))])
        return res

    # ---------- per-show demand ----------
    for s in SHOWS:
        sid_, general, pre_days, mode, nsess = s[0], s[8], s[9], s[10], s[11]
        last = datetime.combine(s[7], datetime.min.time()) - D(hours=6)
        if sid_ == "C01":
            times = []
            times += [C01_PRESALE + D(minutes=float(m)) for m in rng.uniform(-40, 90, 1500)]
            times += [C01_GENERAL + D(minutes=float(m)) for m in rng.uniform(-30, 120, 650)]
            times += [C01_GENERAL + D(days=float(d)) for d in rng.uniform(0.2, 54, 450)]
            times.sort()
            chosen = []
            for t in times:
                ts = t.timestamp()
                w = acts * np.where(cities == "Shanghai", 3.0, 1.0) * np.where(favs == "concert", 1.8, 1.0)
                if t < C01_GENERAL - D(hours=12):
                    w = w * np.isin(lvls, ["silver", "gold", "platinum"])
                w = w * ((a0s <= ts) & (a1s >= ts))
                chosen.append(cust[int(rng.choice(n, p=w / w.sum()))])
        else:
            if mode == "lottery":
                st, en, _ = LOTTERY[sid_]
                span = (en - st).total_seconds() / 86400
                times = [st + D(days=float(d)) for d in np.minimum(rng.exponential(span / 3, nsess), span)]
                times += [en + D(days=float(d)) for d in rng.uniform(0, 20, int(nsess * 0.15))]
            else:
                open_t = general - D(days=pre_days)
                span = (last - open_t).total_seconds() / 86400
                dd = rng.exponential(10, nsess)
                dd = np.where((dd > span) | (rng.random(nsess) < 0.45), rng.uniform(0, span, nsess), dd)
                times = [open_t + D(days=float(d)) for d in dd]
            times = [t for t in times if START <= t <= END and not (sid_ == "C03" and t >= C03_CANCEL)]
            times.sort()
            chosen = choose_customers(s, times)
            if pre_days:   # presale is for gold / platinum members only
                fixed = []
                for c, t in zip(chosen, times):
                    if t < general and c["lvl"] not in ("gold", "platinum"):
                        t = general + D(days=float(rng.exponential(4)))
                    fixed.append((c, t))
                chosen, times = [x[0] for x in fixed], [x[1] for x in fixed]
        for c, t in zip(chosen, times):
            r = rnd()
            source = "push" if r < 0.30 else "ad" if r < 0.45 else "direct"
            if sid_ == "C01" and t < C01_GENERAL + D(hours=3):
                source = "push" if r < 0.5 else "direct"
            session(c, s, t, source)

    # ---------- lottery draws ----------
    for sid_, entries in lottery_entries.items():
        s = SHOW[sid_]
        _, _, draw = LOTTERY[sid_]
        for cid_, (c, _) in sorted(entries.items()):
            if rnd() < WIN_P[sid_]:
                sid = new_session()
                t = draw + minutes(0, 30)
                ev(c, t, "tp_lottery_win", sid, "success", sid_)
                if rnd() < 0.9:
                    t = t + D(hours=float(rng.uniform(0.1, 40)))
                    checkout(c, s, t, sid, "presale")
            elif rnd() < 0.06:
                scalper_fb.append((c, draw + D(hours=float(rng.uniform(1, 72))), sid_))

    # ---------- sign-ups ----------
    for c in cust:
        if c["new"]:
            ev(c, c["signup"], "tp_signup", new_session(), "submit")

    # ---------- after purchase ----------
    paid = [o for o in orders if o["status"] == "paid"]
    attended = []
    refund_requesters = []
    for o in paid:
        s = SHOW[o["show"]]
        c = cust[int(o["customer_id"][1:]) - 1]
        showday = datetime.combine(s[7], datetime.min.time())
        if o["show"] == "C03":
            o["status"], o["refund_reason"] = "refunded", "event_cancelled"
            if rnd() < 0.8:
                sid = new_session()
                t = C03_CANCEL + D(days=float(min(rng.exponential(3.5), 16)), hours=float(rng.uniform(0, 10)))
                ev(c, t, "tp_refund_request", sid, "submit", s[0], o["id"])
                done = t + D(days=float(rng.uniform(3.5, 19)))
                ev(c, done, "tp_refund_done", sid, "success", s[0], o["id"])
                o["refunded_at"] = done
                refund_requesters.append((c, t, done, o))
            else:
                done = C03_AUTO_REFUND + minutes(0, 300)
                ev(c, done, "tp_refund_done", new_session(), "success", s[0], o["id"])
                o["refunded_at"] = done
            continue
        room = (showday - D(days=3) - o["ts"]).total_seconds() / 86400
        if room > 2 and rnd() < 0.035:
            sid = new_session()
            t = o["ts"] + D(days=float(rng.uniform(1, room)))
            ev(c, t, "tp_refund_request", sid, "submit", s[0], o["id"])
            if rnd() < 0.93:
                done = t + D(hours=float(rng.uniform(4, 70)))
                ev(c, done, "tp_refund_done", sid, "success", s[0], o["id"])
                o["status"], o["refund_reason"], o["refunded_at"] = "refunded", "customer_request", done
            continue
        if room > 1 and rnd() < 0.05:
            ev(c, o["ts"] + D(days=float(rng.uniform(0.5, room))), "tp_transfer", new_session(), "submit", s[0],
               o["id"])
        elif room > 1 and rnd() < 0.03:
            ev(c, o["ts"] + D(days=float(rng.uniform(0.5, room))), "tp_resale", new_session(), "submit", s[0],
               o["id"])
        if showday > END or rnd() > 0.94:
            continue
        venue = VENUES[s[6]]
        wait = float(rng.gamma(3.0, venue[3] / 3.0))
        t = showday + D(hours=18) + minutes(0, 90)
        sid = new_session()
        ev(c, t, "tp_entry_scan", sid, "scan", s[0], o["id"], wait=round(wait, 1), channel="store", device="")
        p_fnb = {"concert": 0.38, "sports": 0.45, "musical": 0.2, "standup": 0.55}[s[5]]
        fnb = False
        if rnd() < p_fnb:
            fnb = True
            amt = float(rng.choice([38, 45, 58, 68, 88, 120])) * (1 + int(rnd() < 0.3))
            ev(c, t + minutes(5, 120), "tp_fnb_order", sid, "submit", s[0], o["id"], fnb=amt, channel="store",
               device="")
        attended.append((c, o, s, wait, fnb))

    # ---------- feedback ----------
    def fb(c, t, tp, channel, topic, lang, rating="", nps="", s=None, o=None, pay=""):
        zh, en = T[topic]
        opts = en if lang == "en" else zh
        text = opts[int(rng.integers(len(opts)))]
        name = "" if s is None else (s[2] if lang == "en" else s[1])
        text = text.replace("{show}", name or ("the show" if lang == "en" else "这场演出"))
        text = text.replace("{pay}", (PAY_EN if lang == "en" else PAY_ZH).get(pay, "Apple Pay"))
        sent = "neg" if topic in NEG else "pos" if topic in POS else "neu"
        feedback.append([text, t, "" if c is None else c["id"], TOPIC_TP[topic] if tp is None else tp, channel,
                         rating, nps, "" if s is None else s[0], "" if s is None else s[1],
                         "" if s is None else s[5], "" if s is None else VENUES[s[6]][0],
                         "" if s is None else VENUES[s[6]][1], "" if o is None else o["id"],
                         "" if c is None else c["dev"], pay, topic, sent])

    def rating_for(topic):
        if topic in NEG:
            return int(pick([1, 2, 3], [0.45, 0.42, 0.13]))
        if topic in POS:
            return int(pick([4, 5], [0.3, 0.7]))
        return int(pick([3, 4], [0.6, 0.4]))

    def nps_for(topic, genre):
        if topic in NEG:
            return int(pick(list(range(0, 9)), [0.08, 0.08, 0.12, 0.14, 0.14, 0.16, 0.14, 0.08, 0.06]))
        if topic in POS:
            return int(pick([7, 8, 9, 10], [0.06, 0.1, 0.34, 0.5] if genre != "standup" else [0.03, 0.05, 0.32, 0.6]))
        return int(pick([5, 6, 7, 8, 9], [0.1, 0.15, 0.35, 0.3, 0.1]))

    for c, o, s, wait, fnb in attended:
        if rnd() > 0.30:
            continue
        genre = s[5]
        if s[6] == "SZ_UNIV" and wait > 25 and rnd() < 0.5:
            topic = "entry_line"
        elif wait > 30 and rnd() < 0.3:
            topic = "entry_line"
        elif fnb and rnd() < 0.15:
            topic = "fnb_price"
        elif genre == "concert" and rnd() < 0.08:
            topic = "sound_bad"
        else:
            r = rnd()
            pos_p = {"standup": 0.8, "musical": 0.58, "concert": 0.58, "sports": 0.5}[genre]
            if r < pos_p:
                topic = "funny" if genre == "standup" else "great_show"
            else:
                topic = "neutral" if r < pos_p + 0.32 or s[6] not in STADIUMS else "entry_line"
        t = datetime.combine(s[7], datetime.min.time()) + D(days=1, hours=float(rng.uniform(9, 23)))
        if t > END:
            continue
        ev(c, t, "tp_review", new_session(), "submit", s[0], o["id"])
        nps = nps_for(topic, genre) if rnd() < 0.7 else ""
        fb(c, t, None, "post_show_survey", topic, c["lang"], rating=rating_for(topic), nps=nps, s=s, o=o)

    C01 = SHOW["C01"]
    for c, t in queue_losers_c01:
        r = rnd()
        tt = t + D(minutes=float(rng.uniform(10, 60 * 30)))
        if r < 0.075:
            fb(c, tt, None, "app_review", "queue_crash", c["lang"], rating=1, s=C01)
        elif r < 0.095:
            fb(c, tt, None, "app_review", "scalper", c["lang"], rating=int(pick([1, 2])), s=C01)
        elif r < 0.115:
            ev(c, tt, "tp_cs_chat", new_session(), "submit", "C01")
            fb(c, tt, None, "cs_ticket", "queue_crash", c["lang"], rating=int(pick([1, 2, 3])) if rnd() < 0.5 else "",
               s=C01)
    for c, t, sid_ in scalper_fb:
        fb(c, t, None, "app_review", "scalper", c["lang"], rating=int(pick([1, 2])), s=SHOW[sid_])
    for c, t, pay, oid, s in fails:
        r = rnd()
        o = {"id": oid}
        tt = t + D(minutes=float(rng.uniform(5, 600)))
        if tt > END:
            continue
        p = 0.08 if pay == "apple_pay" else 0.035
        if r < p:
            fb(c, tt, None, "app_review", "payment_fail", c["lang"], rating=int(pick([1, 2])), s=s, o=o, pay=pay)
        elif r < 2 * p:
            ev(c, tt, "tp_cs_chat", new_session(), "submit", s[0], oid)
            fb(c, tt, None, "cs_ticket", "payment_fail", c["lang"],
               rating=int(pick([1, 2, 3, 4])) if rnd() < 0.5 else "", s=s, o=o, pay=pay)
    for c, t, done, o in refund_requesters:
        r = rnd()
        s = SHOW["C03"]
        tt = t + D(days=float(rng.uniform(4, 14)))
        if tt > done and rnd() < 0.5:
            continue
        if r < 0.25:
            ev(c, tt, "tp_cs_chat", new_session(), "submit", "C03", o["id"])
            fb(c, tt, None, "cs_ticket", "refund_slow", c["lang"], rating=int(pick([1, 2, 3])) if rnd() < 0.5 else "",
               s=s, o=o)
        elif r < 0.36:
            fb(c, tt, None, "app_review", "refund_slow", c["lang"], rating=1, s=s, o=o)
    # fake tickets bought off-platform or via transfers: CS tickets on show days
    att_by_show = {}
    for c, o, s, _, _ in attended:
        att_by_show.setdefault(s[0], []).append((c, o, s))
    fake_shows = ["C04", "C06", "C07", "C08", "C09", "C10", "C11", "C13", "S02"]
    for k in range(26):
        sh = SHOW[fake_shows[k % len(fake_shows)]]
        c = cust[int(rng.integers(n))]
        t = datetime.combine(sh[7], datetime.min.time()) + D(hours=float(rng.uniform(19, 23)))
        ev(c, t, "tp_cs_chat", new_session(), "submit", sh[0])
        fb(c, t, None, "cs_ticket", "fake_ticket", c["lang"], rating=int(pick([1, 2, 3])) if rnd() < 0.5 else "", s=sh)
    # baseline app reviews
    days = (END - START).days
    for k in range(230):
        c = cust[int(rng.integers(n))]
        t = START + D(days=float(rng.uniform(0, days)))
        if not (c["a0"] <= t <= c["a1"]):
            continue
        topic = pick(["praise_app", "neutral", "scalper", "queue_crash"], [0.55, 0.25, 0.17, 0.03])
        fb(c, t, None, "app_review", topic, c["lang"], rating=rating_for(topic) if topic != "neutral" else 3)
    # social posts: no time, no customer
    social = (["scalper"] * 30 + ["queue_crash"] * 20 + ["fake_ticket"] * 14 + ["refund_slow"] * 10
              + ["entry_line"] * 10 + ["great_show"] * 15 + ["funny"] * 12)
    for topic in social:
        sh = None
        if topic == "queue_crash":
            sh = C01
        elif topic == "refund_slow":
            sh = SHOW["C03"]
        elif topic == "entry_line":
            sh = SHOW[pick(["C04", "C07", "C09", "S06"])]
        elif topic == "funny":
            sh = SHOW[pick(["U01", "U02", "U04", "U05", "U07"])]
        lang = "en" if rnd() < 0.25 else "zh"
        fb(None, None, None, "social", topic, lang, s=sh)

    # ---------- customers' segment at the end ----------
    last = {}
    for e in events:
        if e[0] not in last or e[1] > last[e[0]]:
            last[e[0]] = e[1]

    def segment(c):
        lt = last.get(c["id"])
        if c["new"] and c["signup"] >= END - D(days=60):
            return "new"
        if lt is None or lt < END - D(days=180):
            return "churned"
        if lt < END - D(days=90):
            return "at_risk"
        return "active"

    # ---------- write ----------
    def write(name, header, rows):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)

    write("touchpoints", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[tp[0], tp[1], tp[1], tp[2], tp[3], tp[4], tp[5], tp[6], tp[7]] for tp in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append([jid, zh, zh, en, k, tp, win])
    write("journeys", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                       "window_days"], jrows)
    write("customers", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city",
                        "primary_device", "primary_channel", "language", "favourite_genre"],
          [[c["id"], iso(c["signup"]), segment(c), REGION[c["city"]], c["acq"], c["lvl"], c["city"], c["dev"], c["ch"],
            c["lang"], c["fav"]] for c in cust])
    events = [e for e in events if START <= e[1] <= END]
    events.sort(key=lambda e: (e[1], e[0], e[2]))
    erows = []
    for k, e in enumerate(events, 1):
        v = VENUES[SHOW[e[7]][6]] if e[7] else ("", "")
        erows.append([f"E{k:07d}", e[0], iso(e[1]), e[2], e[3], e[4], e[5], e[6], e[7],
                      SHOW[e[7]][5] if e[7] else "", v[0], v[1], e[8], e[9], e[10]])
    orows = []
    k = 0
    for o in sorted(orders, key=lambda o: o["ts"]):
        if o["ts"] > END:
            continue
        k += 1
        s = SHOW[o["show"]]
        v = VENUES[s[6]]
        orows.append([o.get("id") or f"X{k:06d}", o["customer_id"], iso(o["ts"]), o["tickets"] * o["price"], o["status"],
                      o["channel"], o["device"], s[0], s[1], s[2], s[3], s[4], s[5], v[0], v[1], v[2],
                      s[7].isoformat(), o["tier"], o["tickets"], o["price"], o["round"], s[10], o["level"], o["pay"],
                      o["fail"], o.get("refund_reason", ""), iso(o.get("refunded_at"))])
    # stable order ids in time order
    ids = {}
    for i, r in enumerate(orows, 1):
        ids[r[0]] = f"SN{i:06d}"
        r[0] = ids[r[0]]
    write("orders", ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "show_id", "show_name",
                     "show_name_en", "artist", "artist_en", "genre", "city", "venue", "venue_en", "show_date",
                     "seat_tier", "tickets", "unit_price", "sales_round", "sale_mode", "member_level",
                     "payment_channel", "fail_reason", "refund_reason", "refunded_at"], orows)
    for r in erows:
        if r[12]:
            r[12] = ids[r[12]]
    write("events", ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                     "show_id", "genre", "city", "venue", "order_id", "wait_minutes", "fnb_amount"], erows)
    frows = []
    fb_sorted = sorted(feedback, key=lambda f: (f[1] is None, f[1] or START, f[2], f[0]))
    for k, f in enumerate(fb_sorted, 1):
        f = list(f)
        if f[12]:
            f[12] = ids.get(f[12], "")
        frows.append([f"F{k:05d}", f[0], iso(f[1])] + f[2:])
    write("feedback", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                       "show_id", "show_name", "genre", "city", "venue", "order_id", "device", "payment_channel",
                       "topic", "sentiment_label"], frows)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
