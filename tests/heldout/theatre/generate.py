"""云台剧团 Cloud Terrace Theatre Company: musicals and plays in Chinese and English-speaking cities
(synthetic, written blind).

Six venues: 上海云台大剧院 Shanghai, 北京东四剧场 Beijing, 广州珠江剧院 Guangzhou (CNY), Fenwick Theatre London (GBP),
Harbourside Theatre Sydney (AUD), King Street Playhouse Toronto (CAD). Each venue runs one production at a time
(musicals 音乐剧 and plays 话剧; Chinese-language productions in China, English ones abroad).

Audience journey: a social-media ad (抖音 / 小红书 / 朋友圈, Instagram / Facebook / TikTok), the newsletter or a
ticket-platform listing (大麦 / 猫眼, Ticketmaster / TodayTix), a search or a direct visit -> show page view ->
seat selection (seats are held for a few minutes) -> ticket purchase -> e-ticket delivery (email / SMS / app /
WeChat) -> venue entry scan on the night -> post-show survey -> membership sign-up and yearly renewal (reminder ->
renewal); exchanges and refunds before the night, box-office contacts, merchandise at the foyer stand. Orders:
tickets, memberships, merchandise. Feedback: post-show surveys (rating + NPS), app reviews, ticket-platform
reviews, support tickets, call notes, social posts.
Data 2024-08-01 .. 2026-06-30 (extract taken 2 July 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(topic and sentiment of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy +
stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260702
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 8, 1), datetime(2026, 6, 30, 23, 59, 59)
TIXCORE = (datetime(2026, 3, 2), datetime(2026, 4, 1))       # new ticketing release: seat hold cut to 3 minutes
LONDON_GATES = (datetime(2025, 11, 1), datetime(2026, 3, 1))  # London: new turnstiles reject wallet QR codes
SYD_FLU = (datetime(2025, 8, 5), datetime(2025, 8, 24))       # Sydney: evening shows cancelled (cast flu)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social_ad", "社交媒体广告", "Social media ad", "awareness", "social", "digital", "marketing",
     "社媒广告|抖音广告|小红书广告|朋友圈广告|信息流广告|social ad|social ads|Instagram ad|Facebook ad|TikTok ad"),
    ("tp_newsletter", "会员通讯邮件", "Newsletter", "awareness", "email", "digital", "crm",
     "通讯|邮件通讯|剧团通讯|newsletter|e-newsletter|mailing list|email blast"),
    ("tp_platform_listing", "票务平台上架", "Ticket platform listing", "awareness", "other", "digital", "partnerships",
     "票务平台|大麦|猫眼|平台上架|ticket platform|Ticketmaster|TodayTix|listing|ticketing partner"),
    ("tp_show_page", "剧目详情页", "Show page", "consideration", "web", "digital", "digital",
     "剧目页|详情页|演出页面|剧目介绍|show page|show detail page|production page|event page"),
    ("tp_seat_select", "在线选座", "Seat selection", "consideration", "web", "digital", "digital",
     "选座|座位图|锁座|选座页|seat selection|seat map|seat picker|choose seats|seat hold"),
    ("tp_ticket_purchase", "购票支付", "Ticket purchase", "purchase", "web", "digital", "ticketing",
     "购票|下单|支付|买票|付款|ticket purchase|checkout|payment|buy tickets|booking"),
    ("tp_eticket", "电子票发送", "E-ticket delivery", "purchase", "email", "digital", "ticketing",
     "电子票|出票|取票码|票券发送|e-ticket|eticket|ticket delivery|mobile ticket|wallet pass"),
    ("tp_entry_scan", "入场验票", "Venue entry scan", "service", "store", "physical", "front_of_house",
     "验票|入场|检票|扫码入场|闸机|entry scan|ticket scan|door scan|entry|turnstile|admission"),
    ("tp_survey", "观后问卷", "Post-show survey", "service", "email", "digital", "audience_insight",
     "问卷|观后调查|满意度调查|演后问卷|post-show survey|survey|audience survey|feedback form"),
    ("tp_member_signup", "会员入会", "Membership sign-up", "loyalty", "web", "digital", "membership",
     "入会|办会员|开通会员|加入会员|membership sign-up|join membership|become a member|new member"),
    ("tp_renewal_reminder", "会员到期提醒", "Membership renewal reminder", "loyalty", "email", "digital", "membership",
     "续费提醒|到期提醒|会员提醒|renewal reminder|expiry reminder|membership reminder"),
    ("tp_member_renewal", "会员续费", "Membership renewal", "loyalty", "web", "digital", "membership",
     "续费|续会|会员续费|自动续费|renewal|membership renewal|renew|auto-renewal"),
    ("tp_exchange_refund", "改签退票", "Exchanges & refunds", "service", "web", "digital", "ticketing",
     "改签|退票|换场|退款|exchange|refund|ticket exchange|refund request|swap date"),
    ("tp_box_office", "票务客服", "Box office & customer service", "service", "phone", "physical", "box_office",
     "客服|票务热线|售票处|票房|box office|customer service|hotline|call centre|support"),
    ("tp_merch", "周边商店", "Merchandise shop", "purchase", "store", "physical", "retail",
     "周边|文创|纪念品|商品|merchandise|merch|merch stand|gift shop|souvenir"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("ticket_purchase", "线上购票", "Online ticket purchase",
     ["tp_show_page", "tp_seat_select", "tp_ticket_purchase"], 7),
    ("ad_to_ticket", "社媒广告购票", "Social ad to ticket",
     ["tp_social_ad", "tp_show_page", "tp_seat_select", "tp_ticket_purchase"], 7),
    ("show_night", "观演当晚", "Show night",
     ["tp_ticket_purchase", "tp_eticket", "tp_entry_scan", "tp_survey"], 60),
    ("member_join", "观演后入会", "Member sign-up after a show", ["tp_entry_scan", "tp_member_signup"], 30),
    ("member_renewal", "会员续费", "Membership renewal", ["tp_renewal_reminder", "tp_member_renewal"], 30),
]
# id: venue zh, venue en, city zh, city en, country, regions (weights), currency, fx to CNY, language
VENUES = {
    "V1": ("上海云台大剧院", "Yuntai Grand Theatre Shanghai", "上海", "Shanghai", "CN",
           [("上海", 0.7), ("江苏", 0.18), ("浙江", 0.12)], "CNY", 1.0, "zh"),
    "V2": ("北京东四剧场", "Dongsi Playhouse Beijing", "北京", "Beijing", "CN",
           [("北京", 0.82), ("河北", 0.1), ("天津", 0.08)], "CNY", 1.0, "zh"),
    "V3": ("广州珠江剧院", "Pearl River Theatre Guangzhou", "广州", "Guangzhou", "CN",
           [("广东", 0.9), ("广西", 0.05), ("湖南", 0.05)], "CNY", 1.0, "zh"),
    "V4": ("伦敦芬威克剧院", "Fenwick Theatre London", "伦敦", "London", "UK",
           [("England", 0.93), ("Scotland", 0.03), ("Wales", 0.04)], "GBP", 9.10, "en"),
    "V5": ("悉尼港畔剧院", "Harbourside Theatre Sydney", "悉尼", "Sydney", "AU",
           [("New South Wales", 0.9), ("Victoria", 0.05), ("Queensland", 0.05)], "AUD", 4.70, "en"),
    "V6": ("多伦多国王街剧院", "King Street Playhouse Toronto", "多伦多", "Toronto", "CA",
           [("Ontario", 0.93), ("Quebec", 0.07)], "CAD", 5.25, "en"),
}
VENUE_IDS = list(VENUES)
VENUE_W = [0.22, 0.17, 0.14, 0.21, 0.13, 0.13]
N_NEW = {"V1": 3500, "V2": 2650, "V3": 2200, "V4": 3250, "V5": 2050, "V6": 1950}
N_LEGACY = 2200
SHOWS = {  # id: zh, en, genre, base rating
    "S01": ("灯塔守望者", "The Lighthouse Keeper", "musical", 4.35),
    "S02": ("丝路之声", "Voices of the Silk Road", "musical", 4.2),
    "S03": ("茶馆往事", "Teahouse Days", "play", 4.1),
    "S04": ("北方来信", "Letters from the North", "play", 3.35),
    "S05": ("纸月亮旅馆", "Paper Moon Hotel", "musical", 4.45),
    "S06": ("安静的一小时", "The Quiet Hour", "play", 4.0),
}
GENRE_ZH = {"musical": "音乐剧", "play": "话剧"}
SCHEDULE = {  # venue: [(first day, last day, show)]
    "V1": [("2024-08-01", "2025-02-28", "S01"), ("2025-03-01", "2025-12-31", "S02"), ("2026-01-01", "2026-08-31", "S04")],
    "V2": [("2024-08-01", "2025-08-31", "S03"), ("2025-09-01", "2025-12-31", "S04"), ("2026-01-01", "2026-08-31", "S02")],
    "V3": [("2024-08-01", "2025-03-31", "S03"), ("2025-04-01", "2026-08-31", "S01")],
    "V4": [("2024-08-01", "2025-06-30", "S01"), ("2025-07-01", "2026-08-31", "S05")],
    "V5": [("2024-08-01", "2025-02-28", "S06"), ("2025-03-01", "2025-10-31", "S02"), ("2025-11-01", "2026-08-31", "S05")],
    "V6": [("2024-08-01", "2025-09-30", "S06"), ("2025-10-01", "2026-08-31", "S01")],
}
ZONES = ["box", "stalls", "circle", "balcony"]
ZONE_ZH = {"box": "包厢", "stalls": "池座", "circle": "一楼后区", "balcony": "二楼楼座"}
ZONE_P = [0.05, 0.4, 0.3, 0.25]
PRICES = {  # currency: genre: zone prices per seat
    "CNY": {"musical": [1280, 780, 480, 280], "play": [880, 480, 320, 180]},
    "GBP": {"musical": [150, 95, 65, 35], "play": [110, 65, 45, 25]},
    "AUD": {"musical": [260, 169, 119, 69], "play": [180, 119, 89, 49]},
    "CAD": {"musical": [230, 149, 99, 59], "play": [160, 99, 75, 45]},
}
BOOKING_FEE = {"CNY": 0.0, "GBP": 2.5, "AUD": 4.95, "CAD": 4.5}
MEMBER_FEE = {"CNY": (298, 698), "GBP": (40, 95), "AUD": (75, 180), "CAD": (70, 170)}
MERCH = {"CNY": [("场刊", "Programme", 60), ("帆布袋", "Tote bag", 98), ("原声专辑", "Cast album", 128),
                 ("主题T恤", "T-shirt", 168), ("冰箱贴", "Fridge magnet", 38)],
         "GBP": [("场刊", "Programme", 6), ("帆布袋", "Tote bag", 15), ("原声专辑", "Cast album", 18),
                 ("主题T恤", "T-shirt", 28), ("冰箱贴", "Fridge magnet", 5)]}
MERCH["AUD"] = [(a, b, round(p * 1.9)) for a, b, p in MERCH["GBP"]]
MERCH["CAD"] = [(a, b, round(p * 1.7)) for a, b, p in MERCH["GBP"]]
ACQ = ["social_ad", "ticket_platform", "search", "newsletter", "direct"]
ACQ_ZH = {"social_ad": "社媒广告", "ticket_platform": "票务平台", "search": "搜索", "newsletter": "会员通讯",
          "direct": "直接访问"}
ACQ_P = [0.34, 0.24, 0.18, 0.10, 0.14]
# per source: P(seat selection | show page), P(tries to pay | seats held) for first-time visitors
CONV_NEW = {"social_ad": (0.30, 0.50), "ticket_platform": (0.62, 0.76), "search": (0.52, 0.70),
            "newsletter": (0.60, 0.76), "direct": (0.47, 0.70)}
CONV_RET = (0.70, 0.82)
AD_PLATFORMS = {"CN": [("douyin", "抖音"), ("xiaohongshu", "小红书"), ("wechat_moments", "朋友圈")],
                "W": [("instagram", "Instagram"), ("facebook", "Facebook"), ("tiktok", "TikTok")]}
TICKET_PLATFORMS = {"CN": [("damai", "大麦"), ("maoyan", "猫眼")], "W": [("ticketmaster", "Ticketmaster"),
                                                                      ("todaytix", "TodayTix")]}
PAY = {"CN": ["wechat_pay", "alipay", "unionpay"], "W": ["card", "apple_pay", "paypal"]}
PAY_P = {"CN": [0.55, 0.38, 0.07], "W": [0.62, 0.28, 0.10]}
REFUND_REASONS = {"schedule_conflict": "时间冲突", "illness": "身体不适", "wrong_date": "买错场次",
                  "travel": "出行变动", "performance_cancelled": "演出取消"}
CALL_REASONS = {"eticket_missing": "未收到电子票", "refund_status": "退款进度", "seat_hold": "锁座超时",
                "exchange": "改签咨询", "membership": "会员问题", "accessibility": "无障碍座位", "general": "一般咨询"}
TIER_ZH = {"standard": "普通会员", "gold": "金卡会员"}
SEGMENT_ZH = {"member": "会员", "regular": "常客", "first_timer": "首次观众", "prospect": "潜在观众",
              "lapsed_member": "流失会员"}
MONTH_W = {1: 1.05, 2: 1.15, 3: 0.95, 4: 0.95, 5: 1.0, 6: 0.95, 7: 1.15, 8: 1.15, 9: 0.9, 10: 1.05, 11: 1.0, 12: 1.35}

# ---------------------------------------------------------------- feedback text
# every topic's texts carry one of its markers (gold.py counts topics by these words); no text carries another's
MARKERS = {
    "hold_timer": ["倒计时", "timer"],
    "scan_fail": ["扫码", "scan"],
    "refund_delay": ["退款", "refund"],
    "restricted_view": ["视线", "obstructed"],
    "eticket_missing": ["电子票", "e-ticket"],
    "price": ["太贵", "expensive"],
    "booking_fee": ["手续费", "booking fee"],
    "exchange_fee": ["改签", "exchange"],
    "sound": ["音响", "sound"],
    "auto_renew": ["自动续费", "auto-renew"],
    "brilliant": ["精彩", "brilliant"],
    "cast": ["演员", "the cast"],
    "usher": ["引座员", "usher"],
    "merch": ["周边", "merch"],
    "member_price": ["会员价", "member price"],
}
TEXT = {
    "hold_timer": {
        "zh": ["选座以后倒计时只有三分钟，支付宝还没跳出来座位就被释放了", "倒计时太短了！付款页面卡一下就超时，选好的连座全没了",
               "锁座倒计时改短以后根本来不及付款，试了三次才买到", "手机上选完座位输完信息倒计时就结束了，体验很差",
               "倒计时一到就把座位放掉，也不提示，白选了半天"],
        "en": ["The seat hold timer ran out while I was typing my card details, lost my seats", "Timer is far too short - "
               "by the time Apple Pay loaded the seats were gone", "Lost the same two seats twice because the timer "
               "expired at payment", "Who decided on a 3 minute timer?? Impossible to check out on a phone",
               "The countdown timer kicked me out of checkout, had to start all over"]},
    "scan_fail": {
        "zh": ["入场扫码扫了好几次都不行，最后人工核对才进去", "门口扫码机器反应很慢，排队排了很久", "手机二维码扫码失败，工作人员也不知道怎么办",
               "扫码闸机坏了一个，入场特别挤"],
        "en": ["The QR code on my phone wouldn't scan at the new gates, we queued 25 minutes and missed the opening number",
               "Turnstiles refused to scan our wallet tickets, staff had to let everyone in by hand",
               "Huge queue outside because the scanners kept rejecting tickets", "Took four attempts to scan in, "
               "the whole foyer was backed up", "New entry gates can't scan Apple Wallet passes, total chaos before curtain up"]},
    "refund_delay": {
        "zh": ["演出取消了退款到现在还没到账", "申请退款两周了一点消息都没有", "退款流程太慢，打客服也说在排队处理", "退款说3到5天，结果等了快一个月"],
        "en": ["Show was cancelled and I'm still waiting for my refund three weeks later", "Refund promised in 5 days, "
               "it's been almost a month", "No update on my refund, the hotline just says there's a backlog",
               "Cancelled performance, fine, but the refund process is painfully slow"]},
    "restricted_view": {
        "zh": ["二楼座位视线被柱子挡住一半，选座图上根本没标", "花钱买的票视线受阻，看不到舞台左边", "楼座视线很差，柱子正好挡在中间",
               "选座的时候没提示视线遮挡，太坑了"],
        "en": ["Obstructed view from our seats, a pillar right in the middle and the seat map never warned us",
               "Paid full price for an obstructed seat, could not see stage left at all", "Balcony seats were badly "
               "obstructed, should be marked and cheaper"]},
    "eticket_missing": {
        "zh": ["付款成功了但电子票一直没收到短信", "电子票迟迟不发，到了剧场门口还在打客服", "买完票电子票没发到微信里，吓坏了"],
        "en": ["Paid but the e-ticket never arrived in my inbox", "No e-ticket until the day of the show, had to call "
               "the box office", "My e-ticket email went nowhere, had to get it reissued"]},
    "price": {
        "zh": ["票价太贵了，池座快八百", "剧是好剧，就是票太贵", "学生党表示票价太贵，希望多些特价场"],
        "en": ["Tickets are really expensive for a two hour show", "Lovely evening but the stalls are so expensive now",
               "Too expensive for a family of four, we'll wait for a discount"]},
    "booking_fee": {
        "zh": ["平台购票还要收手续费，不太合理", "每张票加手续费，结账时才看到"],
        "en": ["Why is there a booking fee on every single ticket?", "The booking fee only shows up at the very last step",
               "Booking fee on top of already high prices is annoying"]},
    "exchange_fee": {
        "zh": ["改签还要收10%的费用，太不人性化了", "想改签到下周，结果只能在官网操作还要扣钱", "改签规则写得不清楚"],
        "en": ["Charged a fee to exchange to another date, not great", "The exchange policy is confusing and "
               "you can't do it in the app", "Had to pay to exchange my tickets because of a work trip"]},
    "sound": {
        "zh": ["音响效果一般，楼上听不清台词", "今晚音响有杂音，影响观感", "乐队声音太大，音响把人声盖住了"],
        "en": ["The sound mix was muddy from the circle, could barely follow the lyrics", "Sound cut out twice in act two",
               "Orchestra drowned out the singers, sound balance needs work"]},
    "auto_renew": {
        "zh": ["会员自动续费之前没有任何提醒就扣款了", "没注意到开了自动续费，想退也退不了", "自动续费扣了钱也没发通知"],
        "en": ["Membership auto-renewed without a single reminder", "I didn't realise auto-renew was switched on, "
               "now I'm charged for another year", "Auto-renew took the money and sent no receipt"]},
    "brilliant": {
        "zh": ["太精彩了，第二幕看哭了", "非常精彩的一晚，舞美和灯光都很用心", "全程精彩，还想二刷", "剧情紧凑，精彩！"],
        "en": ["Absolutely brilliant night, the second act had us in tears", "Brilliant production, staging and lighting "
               "were stunning", "Brilliant from start to finish, already booked again", "A brilliant evening out"]},
    "cast": {
        "zh": ["演员唱功太好了，女主角一开口就起鸡皮疙瘩", "演员们的台词功底很扎实", "几位主演演员状态都非常好"],
        "en": ["The cast were phenomenal, the lead's voice gave me chills", "Loved the cast, such great chemistry",
               "Every member of the cast was on top form tonight"]},
    "usher": {
        "zh": ["引座员很热情，带我们找座位还提醒了注意事项", "引座员小姐姐很耐心", "引座员帮忙安排了轮椅位，很贴心"],
        "en": ["The usher who showed us to our seats was lovely", "Friendly ushers, smooth evening", "An usher helped my "
               "mum with the stairs, really kind"]},
    "merch": {
        "zh": ["周边做得很好看，帆布袋秒没", "想买周边但原声专辑卖完了", "周边价格有点高但质量不错"],
        "en": ["Great merch, the tote bag sold out by the interval", "Wanted the album CD at the merch stand but it was "
               "sold out", "Merch stand queue was long but the programme is beautiful"]},
    "member_price": {
        "zh": ["会员价很划算，已经推荐给朋友", "办了会员以后会员价买票省了不少", "会员价加上优先选座，值得"],
        "en": ["The member price makes it easy to come back", "Joined for the member price and priority booking, worth it",
               "Member price saved us a lot this season"]},
    "neutral": {
        "zh": ["整体还可以，下次有新剧再来", "一般般吧，和预期差不多", "第一次来这个剧场，交通挺方便", "中场休息时间有点短",
               "剧场里空调有点冷", "还行，朋友推荐来的"],
        "en": ["It was fine, about what we expected", "Nice venue, easy to get to by train", "Interval felt a bit short",
               "Air con was a little cold in the stalls", "Decent night out", "First time at this theatre, good overall"]},
}
SENT = {"hold_timer": "negative", "scan_fail": "negative", "refund_delay": "negative", "restricted_view": "negative",
        "eticket_missing": "negative", "price": "negative", "booking_fee": "negative", "exchange_fee": "negative",
        "sound": "negative", "auto_renew": "negative", "brilliant": "positive", "cast": "positive",
        "usher": "positive", "merch": "neutral", "member_price": "positive", "neutral": "neutral"}


def choice(items, p=None):
    r = float(rng.random())
    if p is None:
        return items[min(int(r * len(items)), len(items) - 1)]
    acc = 0.0
    for item, w in zip(items, p):
        acc += w
        if r < acc:
            return item
    return items[-1]


def clip(x, lo, hi):
    return min(max(float(x), lo), hi)


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def day(s):
    return datetime.strptime(s, "%Y-%m-%d")


RUNS = {v: [(day(a), day(b) + D(days=1), s) for a, b, s in runs] for v, runs in SCHEDULE.items()}


def lognorm(median, sigma):
    return float(median * np.exp(rng.normal(0, sigma)))


def region_of(v):
    return "CN" if VENUES[v][4] == "CN" else "W"


def show_on(v, d):
    for a, b, s in RUNS[v]:
        if a <= d < b:
            return s
    return RUNS[v][-1][2]


def web_time(d):
    """a time of day for browsing: mostly evenings and lunch."""
    h = choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23],
               [0.02, 0.03, 0.04, 0.05, 0.08, 0.08, 0.05, 0.05, 0.05, 0.05, 0.06, 0.08, 0.11, 0.12, 0.08, 0.05])
    return datetime(d.year, d.month, d.day, h) + D(seconds=int(rng.integers(0, 3600)))


def member_tier(c, t):
    for a, b, tier in c["_periods"]:
        if a <= t < b:
            return tier
    return None


def check_text(topic, text):
    low = text.lower()
    for k, ms in MARKERS.items():
        hit = any(m.lower() in low for m in ms)
        assert hit == (k == topic), (topic, k, text)


for _topic, _langs in TEXT.items():
    for _lang in _langs.values():
        for _t in _lang:
            check_text(_topic, _t)


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback, self.truth = [], [], [], [], []
        self.n_cust = self.n_ord = self.n_fb = self.n_sess = 0
        self.cancelled = set()
        d = SYD_FLU[0]
        while d <= SYD_FLU[1]:
            if d.weekday() != 0 and rng.random() < 0.9:
                self.cancelled.add(("V5", d.date()))
            d += D(days=1)

    # ------------------------------------------------------------ records
    def ev(self, c, t, tp, action, **kw):
        if t > END or t < START:
            return False
        v = c["home_venue_id"]
        row = dict(customer_id=c["customer_id"], ts=t, touchpoint_id=tp, action=action, venue_id=v,
                   venue=VENUES[v][0], venue_en=VENUES[v][1])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, otype, local, status="paid", **kw):
        if t > END or t < START:
            return None
        self.n_ord += 1
        v = c["home_venue_id"]
        cur, fx = VENUES[v][6], VENUES[v][7]
        oid = f"O{self.n_ord:06d}"
        row = dict(order_id=oid, customer_id=c["customer_id"], ts=tfmt(t), amount=f"{local * fx:.2f}", status=status,
                   order_type=otype, 订单类型={"ticket": "门票", "membership": "会员费", "merchandise": "周边商品"}[otype],
                   currency=cur, amount_local=f"{local:.2f}", venue_id=v, venue=VENUES[v][0], venue_en=VENUES[v][1],
                   payment_method=choice(PAY[region_of(v)], PAY_P[region_of(v)]))
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, channel, topic, tp=None, rating=None, nps=None, v=None, lang=None, show=None, **kw):
        if t is not None and (t > END or t < START):
            return
        self.n_fb += 1
        v = v or c["home_venue_id"]
        lang = lang or VENUES[v][8]
        text = choice(TEXT[topic][lang])
        check_text(topic, text) if topic != "neutral" else check_text("", text)
        fid = f"FB{self.n_fb:05d}"
        row = dict(feedback_id=fid, text=text, ts=tfmt(t) if t is not None else "",
                   customer_id=c["customer_id"] if c else "", touchpoint_id=tp or "", channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   venue_id=v, venue=VENUES[v][0], venue_en=VENUES[v][1])
        if show:
            row.update(show_id=show, show=SHOWS[show][0], show_en=SHOWS[show][1], genre=SHOWS[show][2])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics=topic, sentiment=SENT[topic]))

    # ------------------------------------------------------------ customers
    def new_customer(self, v, acq, first_seen, legacy=False):
        self.n_cust += 1
        reg = region_of(v)
        region = choice([r for r, _ in VENUES[v][5]], [w for _, w in VENUES[v][5]])
        lang = VENUES[v][8]
        if reg == "W" and rng.random() < 0.08:
            lang = "zh"                                          # Chinese-speaking audience abroad
        dev = choice(["ios", "android", "pc"], [0.45, 0.35, 0.20] if reg == "CN" else [0.42, 0.23, 0.35])
        c = dict(customer_id=f"C{self.n_cust:06d}", signup_at="", segment="", region=region,
                 acquisition_channel=acq, tier="", 获客渠道=ACQ_ZH[acq], home_venue_id=v, home_venue=VENUES[v][0],
                 home_venue_en=VENUES[v][1], city=VENUES[v][3], country=VENUES[v][4],
                 age_band=choice(["18-24", "25-34", "35-44", "45-54", "55+"], [0.18, 0.33, 0.24, 0.14, 0.11]),
                 gender=choice(["female", "male", "undisclosed"], [0.62, 0.34, 0.04]), preferred_language=lang,
                 marketing_opt_in=("true" if rng.random() < 0.62 else "false"),
                 student=("true" if rng.random() < 0.09 else "false"), first_seen=tfmt(first_seen))
        c["_dev"] = dev
        c["_lang"] = lang
        c["_purchases"] = 0
        c["_member"] = None       # the running membership: (tier, auto_renew, expiry); None once lapsed
        c["_periods"] = []        # (from, to, tier) of every paid membership year
        c["_ever_member"] = False
        c["_legacy"] = legacy
        self.customers.append(c)
        return c

    def register(self, c, t):
        if not c["signup_at"]:
            c["signup_at"] = tfmt(t)

    def channel_device(self, c):
        reg = region_of(c["home_venue_id"])
        dev = c["_dev"] if rng.random() < 0.88 else choice(["ios", "android", "pc"])
        if dev == "pc":
            return "web", dev
        if reg == "CN":
            return choice(["mini_program", "app", "web"], [0.55, 0.3, 0.15]), dev
        return choice(["app", "web"], [0.45, 0.55]), dev

    # ------------------------------------------------------------ one shopping session
    def session(self, c, t, source, retarget=False):
        """awareness touch -> show page -> seat selection -> purchase. Returns the purchase dict or None."""
        v = c["home_venue_id"]
        reg = region_of(v)
        self.n_sess += 1
        sid = f"W{self.n_sess:06d}"
        ch, dev = self.channel_device(c)
        perf_day = self.pick_perf_day(v, t)
        show = show_on(v, perf_day)
        sk = dict(show_id=show, show=SHOWS[show][0], show_en=SHOWS[show][1], genre=SHOWS[show][2],
                  剧目类型=GENRE_ZH[SHOWS[show][2]])
        base = dict(session_id=sid, traffic_source=source, 来源=ACQ_ZH[source], **sk)
        if source == "social_ad":
            ap = choice(AD_PLATFORMS[reg], [0.5, 0.3, 0.2] if reg == "CN" else [0.45, 0.3, 0.25])
            camp = f"{SHOWS[show][1].split()[-1].lower()}_{t:%y%m}"
            self.ev(c, t, "tp_social_ad", "click", channel="social", device=dev if dev != "pc" else "ios",
                    ad_platform=ap[0], ad_platform_zh=ap[1], campaign=camp, retargeting=str(retarget).lower(), **base)
            if rng.random() < 0.12:
                return None                                      # bounced before the page loaded
            t += D(seconds=int(rng.integers(4, 40)))
        elif source == "newsletter":
            self.ev(c, t, "tp_newsletter", "click", channel="email", device=dev, newsletter_issue=f"{t:%Y-%m}",
                    **base)
            t += D(seconds=int(rng.integers(5, 60)))
        elif source == "ticket_platform":
            tpf = choice(TICKET_PLATFORMS[reg], [0.6, 0.4] if reg == "CN" else [0.55, 0.45])
            self.ev(c, t, "tp_platform_listing", "click", channel="other", device=dev, platform=tpf[0],
                    platform_zh=tpf[1], **base)
            t += D(seconds=int(rng.integers(5, 60)))
        self.ev(c, t, "tp_show_page", "view", channel=ch, device=dev,
                page_seconds=int(clip(lognorm(70, 0.8), 5, 900)), **base)
        returning = c["_purchases"] > 0
        p_seat, p_pay = CONV_RET if returning else CONV_NEW[source]
        if retarget:
            p_seat, p_pay = p_seat * 0.8, p_pay
        if rng.random() >= p_seat:
            return None
        # seats held (login needed: the account is created here)
        t += D(seconds=int(clip(lognorm(90, 0.6), 15, 900)))
        self.register(c, t)
        zone = choice(ZONES, ZONE_P)
        qty = int(choice([1, 2, 3, 4, 5, 6], [0.22, 0.52, 0.1, 0.11, 0.03, 0.02]))
        tix = TIXCORE[0] <= t < TIXCORE[1]
        hold = 180 if tix else 600
        restricted = zone == "balcony" and rng.random() < (0.35 if v == "V3" else 0.04) or \
            zone == "circle" and rng.random() < 0.02
        seat_kw = dict(seat_zone=zone, 座区=ZONE_ZH[zone], qty=qty, hold_seconds=hold, channel=ch, device=dev,
                       performance_date=perf_day.strftime("%Y-%m-%d"), restricted_view=str(restricted).lower(),
                       ticketing_release=("tixcore_v3" if t >= TIXCORE[0] else "tixcore_v2"), **base)
        self.ev(c, t, "tp_seat_select", "seats_held", **seat_kw)
        if rng.random() >= p_pay:
            return None                                          # left without paying
        if tix:
            p_exp = {"android": 0.62, "ios": 0.38, "pc": 0.2}[dev]
        else:
            p_exp = 0.05
        expired = rng.random() < p_exp
        c["_hold_pain"] = c.get("_hold_pain", False)
        if expired:
            c["_hold_pain"] = True
            t += D(seconds=hold)
            self.ev(c, t, "tp_seat_select", "hold_expired", **seat_kw)
            if tix and rng.random() < 0.25:
                self.box_office(c, t + D(minutes=int(rng.integers(2, 90))), "seat_hold")
            if rng.random() >= 0.30:
                return None
            t += D(seconds=int(rng.integers(30, 400)))
            self.ev(c, t, "tp_seat_select", "seats_held", **seat_kw)
            if rng.random() < p_exp * 0.6:
                self.ev(c, t + D(seconds=hold), "tp_seat_select", "hold_expired", **seat_kw)
                return None
        t += D(seconds=int(clip(lognorm(hold * 0.35, 0.4), 30, hold - 5)))
        return self.purchase(c, t, v, show, zone, qty, perf_day, ch, dev, sid, source, restricted)

    def pick_perf_day(self, v, t):
        lead = int(clip(lognorm(13, 0.85), 0, 90))
        d = datetime(t.year, t.month, t.day) + D(days=lead)
        if d.weekday() == 0:
            d += D(days=1)
        return d

    def purchase(self, c, t, v, show, zone, qty, perf_day, ch, dev, sid, source, restricted):
        cur = VENUES[v][6]
        genre = SHOWS[show][2]
        price = PRICES[cur][genre][ZONES.index(zone)]
        disc = 0.0
        tier_now = member_tier(c, t)
        if tier_now:
            disc = 0.10 if tier_now == "standard" else 0.15
        fee = BOOKING_FEE[cur] * qty
        local = round(price * qty * (1 - disc) + fee, 2)
        self.register(c, t)
        matinee = perf_day.weekday() >= 5 and rng.random() < 0.35
        perf_t = perf_day + (D(hours=14, minutes=30) if matinee else D(hours=19, minutes=30))
        pid = f"{v}-{perf_t:%Y%m%d-%H%M}"
        sk = dict(show_id=show, show=SHOWS[show][0], show_en=SHOWS[show][1], genre=genre, 剧目类型=GENRE_ZH[genre])
        o = self.order(c, t, "ticket", local, channel=ch, device=dev, qty=qty, seat_zone=zone, 座区=ZONE_ZH[zone],
                       performance_id=pid, performance_at=tfmt(perf_t), member_discount=disc,
                       booking_fee_local=f"{fee:.2f}", traffic_source=source, session_id=sid, **sk)
        if o is None:
            return None
        c["_purchases"] += 1
        self.ev(c, t, "tp_ticket_purchase", "paid", channel=ch, device=dev, session_id=sid, order_id=o["order_id"],
                qty=qty, seat_zone=zone, 座区=ZONE_ZH[zone], amount_local=o["amount_local"], currency=cur,
                payment_method=o["payment_method"], performance_id=pid, performance_date=f"{perf_day:%Y-%m-%d}",
                traffic_source=source, 来源=ACQ_ZH[source], member_discount=disc, **sk)
        # e-ticket
        reg = region_of(v)
        dch = choice(["wechat", "sms", "app"], [0.55, 0.3, 0.15]) if reg == "CN" else \
            choice(["email", "app", "sms"], [0.7, 0.22, 0.08])
        bounce = rng.random() < {"wechat": 0.008, "sms": 0.045, "app": 0.006, "email": 0.012}[dch]
        te = t + D(seconds=int(clip(lognorm(50, 0.9), 5, 3600)))
        ech = {"wechat": "mini_program", "sms": "other", "app": "app", "email": "email"}[dch]
        self.ev(c, te, "tp_eticket", "bounced" if bounce else "delivered", channel=ech, delivery_channel=dch,
                order_id=o["order_id"], performance_id=pid, session_id=sid,
                delivery_seconds=int((te - t).total_seconds()), **sk)
        if bounce:
            t2 = te + D(hours=float(rng.uniform(2, 60)))
            self.box_office(c, t2, "eticket_missing")
            self.ev(c, t2 + D(minutes=int(rng.integers(3, 30))), "tp_eticket", "reissued", channel="email",
                    delivery_channel="email", order_id=o["order_id"], performance_id=pid, session_id=sid,
                    delivery_seconds="", **sk)
            if rng.random() < 0.25:
                self.fb(c, t2, "ticket", "eticket_missing", tp="tp_eticket", lang=c["_lang"], show=show)
        if rng.random() < 0.06:                                  # questions before the night
            tq = t + (perf_t - t) * float(rng.uniform(0.05, 0.9))
            self.box_office(c, tq, choice(["general", "accessibility", "exchange"], [0.6, 0.25, 0.15]))
        return dict(t=t, v=v, show=show, zone=zone, qty=qty, perf_t=perf_t, pid=pid, order=o, restricted=restricted,
                    bounce=bounce, ch=ch, dev=dev, sid=sid, local=local)

    # ------------------------------------------------------------ after the purchase
    def box_office(self, c, t, reason):
        how = choice(["call", "chat", "email"], [0.55, 0.3, 0.15])
        ok = self.ev(c, t, "tp_box_office", how, channel={"call": "phone", "chat": "web", "email": "email"}[how],
                     reason=reason, 咨询原因=CALL_REASONS[reason],
                     handle_minutes=int(clip(lognorm(7 if how == "call" else 12, 0.5), 1, 90)))
        if not ok:
            return
        topic = {"eticket_missing": "eticket_missing", "refund_status": "refund_delay", "seat_hold": "hold_timer",
                 "exchange": "exchange_fee", "membership": "auto_renew"}.get(reason, "neutral")
        if reason == "exchange" and rng.random() < 0.5:
            topic = "neutral"
        if how == "call" and rng.random() < 0.45:
            self.fb(c, t, "call_note", topic, tp=("tp_box_office" if topic == "neutral" else TOPIC_TP[topic]),
                    lang=c["_lang"])
        elif how != "call" and rng.random() < 0.5 and reason != "eticket_missing":
            self.fb(c, t, "ticket", topic, tp=("tp_box_office" if topic == "neutral" else TOPIC_TP[topic]),
                    lang=c["_lang"])

    def after(self, c, p):
        """exchange / refund, the night itself, survey, merchandise, membership offer. Returns True if attended."""
        v, show, perf_t, pid, o = p["v"], p["show"], p["perf_t"], p["pid"], p["order"]
        sk = dict(show_id=show, show=SHOWS[show][0], show_en=SHOWS[show][1], genre=SHOWS[show][2],
                  剧目类型=GENRE_ZH[SHOWS[show][2]], performance_id=pid)
        cur = VENUES[v][6]
        reg = region_of(v)
        # cancelled night (Sydney flu)
        if (v, perf_t.date()) in self.cancelled and perf_t.hour == 19:
            ta = max(p["t"] + D(hours=2), perf_t - D(days=float(rng.uniform(0.2, 3))))
            if rng.random() < 0.78:
                rd = int(clip(lognorm(19, 0.35), 8, 45))
                self.ev(c, ta, "tp_exchange_refund", "refund", channel="web", reason="performance_cancelled",
                        退改原因=REFUND_REASONS["performance_cancelled"], refund_days=rd, order_id=o["order_id"],
                        refund_local=o["amount_local"], fee_local="0.00", **sk)
                o["status"] = "refunded"
                o["refund_reason"] = "performance_cancelled"
                if rng.random() < 0.42:
                    self.box_office(c, ta + D(days=float(rng.uniform(5, min(rd, 25)))), "refund_status")
                if rng.random() < 0.22:
                    self.fb(c, ta + D(days=float(rng.uniform(8, 30))), choice(["ticket", "app_review"], [0.6, 0.4]),
                            "refund_delay", tp="tp_exchange_refund", lang=c["_lang"], show=show,
                            rating=None)
                return False
            new_day = perf_t + D(days=int(rng.integers(14, 40)))
            if new_day.weekday() == 0:
                new_day += D(days=1)
            self.ev(c, ta, "tp_exchange_refund", "exchange", channel="web", reason="performance_cancelled",
                    退改原因=REFUND_REASONS["performance_cancelled"], order_id=o["order_id"], fee_local="0.00",
                    new_performance_date=f"{new_day:%Y-%m-%d}", **sk)
            perf_t = new_day
            pid = f"{v}-{perf_t:%Y%m%d-%H%M}"
            sk["performance_id"] = pid
            show = show_on(v, perf_t)
        elif rng.random() < 0.065 and (perf_t - p["t"]).days >= 2:
            ta = p["t"] + (perf_t - p["t"]) * float(rng.uniform(0.2, 0.95))
            reason = choice(["schedule_conflict", "illness", "wrong_date", "travel"], [0.45, 0.25, 0.15, 0.15])
            if rng.random() < 0.45:
                fee = round(float(o["amount_local"]) * 0.1, 2) if cur == "CNY" else {"GBP": 3.0, "AUD": 6.0,
                                                                                      "CAD": 5.0}[cur]
                new_day = perf_t + D(days=int(rng.integers(3, 30)))
                if new_day.weekday() == 0:
                    new_day += D(days=1)
                self.ev(c, ta, "tp_exchange_refund", "exchange", channel=choice(["web", "app"]), reason=reason,
                        退改原因=REFUND_REASONS[reason], order_id=o["order_id"], fee_local=f"{fee:.2f}",
                        new_performance_date=f"{new_day:%Y-%m-%d}", **sk)
                if rng.random() < 0.2:
                    self.box_office(c, ta + D(minutes=int(rng.integers(5, 600))), "exchange")
                perf_t = new_day
                pid = f"{v}-{perf_t:%Y%m%d-%H%M}"
                sk["performance_id"] = pid
                show = show_on(v, perf_t)
            else:
                fee = round(float(o["amount_local"]) * (0.2 if cur == "CNY" else 0.1), 2)
                rd = int(clip(lognorm(5, 0.35), 1, 20))
                self.ev(c, ta, "tp_exchange_refund", "refund", channel=choice(["web", "app"]), reason=reason,
                        退改原因=REFUND_REASONS[reason], refund_days=rd, order_id=o["order_id"],
                        refund_local=f"{float(o['amount_local']) - fee:.2f}", fee_local=f"{fee:.2f}", **sk)
                o["status"] = "refunded"
                o["refund_reason"] = reason
                if rng.random() < 0.05:
                    self.fb(c, ta + D(days=rd + 3), "ticket", "refund_delay", tp="tp_exchange_refund", lang=c["_lang"])
                return False
        # the night
        if perf_t > END:
            return False
        if rng.random() > 0.935:
            return False                                         # no-show
        london_new_gates = v == "V4" and LONDON_GATES[0] <= perf_t < LONDON_GATES[1]
        fail = rng.random() < (0.36 if london_new_gates else 0.03)
        queue = clip(lognorm(24 if london_new_gates else 5, 0.45), 0, 75)
        ts = perf_t - D(minutes=float(clip(rng.normal(28, 12), 0, 70)))
        self.ev(c, ts, "tp_entry_scan", "manual_check" if fail else "scanned", channel="store",
                gate=choice(["A", "B", "C"]), scan_attempts=(int(rng.integers(2, 5)) if fail else 1),
                queue_min=round(float(queue), 1), ticket_format=("wallet_pass" if reg == "W" and rng.random() < 0.5
                                                                 else "qr_code"), qty=p["qty"], **sk)
        # merchandise at the foyer stand
        if rng.random() < (0.15 if SHOWS[show][2] == "musical" else 0.06):
            item = choice(MERCH[cur])
            n = int(choice([1, 2], [0.8, 0.2]))
            tm = ts + D(minutes=int(rng.integers(5, 150)))
            mo = self.order(c, tm, "merchandise", item[2] * n, channel="store", device="", qty=n, item=item[1],
                            item_zh=item[0], performance_id=pid, show_id=show, show=SHOWS[show][0],
                            show_en=SHOWS[show][1], genre=SHOWS[show][2])
            if mo:
                self.ev(c, tm, "tp_merch", "purchase", channel="store", order_id=mo["order_id"], item=item[1],
                        item_zh=item[0], qty=n, **sk)
        # post-show survey (invitation the next morning; only responses are recorded as events)
        p_resp = 0.30 if not fail else 0.42
        if rng.random() < p_resp:
            tsv = perf_t + D(days=1, hours=float(rng.uniform(-7, 10)))
            sch = "mini_program" if reg == "CN" else "email"
            r = SHOWS[show][3] + rng.normal(0, 0.75)
            pain = []
            if fail:
                r -= 1.7 if london_new_gates else 1.2
                pain.append(("scan_fail", 0.75))
            if p["restricted"]:
                r -= 1.4
                pain.append(("restricted_view", 0.7))
            if c.get("_hold_pain") and TIXCORE[0] <= p["t"] < TIXCORE[1] + D(days=3):
                r -= 0.5
                pain.append(("hold_timer", 0.45))
            if p["bounce"]:
                r -= 0.6
                pain.append(("eticket_missing", 0.4))
            rating = int(clip(round(r), 1, 5))
            nps = int(clip(round(rating * 2.1 - 1.2 + rng.normal(0, 1.3)), 0, 10))
            self.ev(c, tsv, "tp_survey", "submitted", channel=sch, rating=rating, nps=nps, **sk)
            topic = None
            for k, pr in pain:
                if rng.random() < pr:
                    topic = k
                    break
            if topic is None:
                if rating <= 2:
                    topic = choice(["price", "sound", "booking_fee", "neutral"] if reg == "W" else
                                   ["price", "sound", "neutral"], [0.35, 0.3, 0.2, 0.15] if reg == "W" else
                                   [0.45, 0.35, 0.2])
                elif rating == 3:
                    topic = choice(["price", "neutral", "sound", "merch"], [0.3, 0.45, 0.15, 0.1])
                else:
                    opts = ["brilliant", "cast", "usher", "merch", "neutral"]
                    pw = [0.32, 0.25, 0.1, 0.06, 0.27]
                    if member_tier(c, tsv):
                        opts.append("member_price")
                        pw = [x * 0.85 for x in pw] + [0.15]
                    topic = choice(opts, pw)
            tp = TOPIC_TP.get(topic, "tp_survey")
            if rng.random() < 0.8:                               # a fifth leave the comment box empty: score only
                self.fb(c, tsv, "survey", topic, tp=tp, rating=rating, nps=nps, lang=c["_lang"], show=show,
                        performance_id=pid)
        return True

    # ------------------------------------------------------------ membership
    def join(self, c, t, after_show=True):
        v = c["home_venue_id"]
        cur = VENUES[v][6]
        tier = choice(["standard", "gold"], [0.78, 0.22])
        auto = rng.random() < 0.52
        ch, dev = self.channel_device(c)
        if not self.ev(c, t, "tp_member_signup", "joined", channel=ch, device=dev, tier=tier, 会员等级=TIER_ZH[tier],
                       auto_renew=str(auto).lower(), fee_local=MEMBER_FEE[cur][tier == "gold"],
                       after_show=str(after_show).lower()):
            return
        self.register(c, t)
        self.order(c, t, "membership", MEMBER_FEE[cur][tier == "gold"], channel=ch, device=dev, tier=tier,
                   会员等级=TIER_ZH[tier], membership_action="join", auto_renew=str(auto).lower())
        c["_member"] = (tier, auto, t + D(days=365))
        c["_periods"].append((t, t + D(days=365), tier))
        c["_ever_member"] = True
        self.renewals(c)

    def renewals(self, c):
        v = c["home_venue_id"]
        cur = VENUES[v][6]
        reg = region_of(v)
        while c["_member"]:
            tier, auto, exp = c["_member"]
            tr = exp - D(days=21) + D(hours=float(rng.uniform(9, 11)))
            if tr > END:
                return
            rch = choice(["wechat", "sms", "app"], [0.55, 0.25, 0.2]) if reg == "CN" else \
                choice(["email", "app", "sms"], [0.62, 0.26, 0.12])
            self.ev(c, tr, "tp_renewal_reminder", "sent", channel={"wechat": "mini_program", "sms": "other",
                                                                    "app": "app", "email": "email"}[rch],
                    reminder_channel=rch, tier=tier, 会员等级=TIER_ZH[tier], auto_renew=str(auto).lower(),
                    expiry_date=f"{exp:%Y-%m-%d}", opened=str(rng.random() < {"wechat": 0.78, "sms": 0.55,
                                                                               "app": 0.66, "email": 0.31}[rch]).lower())
            p = 0.9 if auto else {"wechat": 0.64, "sms": 0.5, "app": 0.58, "email": 0.24}[rch]
            if c["_purchases"] >= 3:
                p = min(0.97, p + 0.1)
            if rng.random() < p:
                if auto:
                    tn = exp + D(hours=float(rng.uniform(0, 6)))
                    action, ch = "auto_renewed", "other"
                else:
                    tn = tr + D(days=float(clip(lognorm(6, 0.8), 0.05, 29.5)))
                    action, ch = "renewed", choice(["web", "app", "mini_program"] if reg == "CN" else ["web", "app"])
                if tn > END:
                    return
                if rng.random() < 0.06 and not auto:
                    tier = "gold" if tier == "standard" else tier
                self.ev(c, tn, "tp_member_renewal", action, channel=ch, tier=tier, 会员等级=TIER_ZH[tier],
                        auto_renew=str(auto).lower(), reminder_channel=rch, fee_local=MEMBER_FEE[cur][tier == "gold"])
                self.order(c, tn, "membership", MEMBER_FEE[cur][tier == "gold"], channel=ch, device="",
                           tier=tier, 会员等级=TIER_ZH[tier], membership_action="renewal", auto_renew=str(auto).lower())
                if auto and rng.random() < 0.07:
                    self.box_office(c, tn + D(days=float(rng.uniform(0.5, 10))), "membership")
                    if rng.random() < 0.35:
                        self.fb(c, tn + D(days=float(rng.uniform(1, 12))), "app_review", "auto_renew",
                                tp="tp_member_renewal", rating=int(choice([1, 2], [0.6, 0.4])), lang=c["_lang"])
                c["_member"] = (tier, auto, exp + D(days=365))
                c["_periods"].append((exp, exp + D(days=365), tier))
            else:
                c["_member"] = None
                return

    # ------------------------------------------------------------ a customer's life
    def life(self, c, t, source):
        first = True
        n = 0
        while t <= END and n < 9:
            n += 1
            p = self.session(c, t, source, retarget=(source == "social_ad" and not first and c["_purchases"] == 0))
            if p is None and first and rng.random() < 0.2:
                t2 = t + D(days=float(rng.uniform(0.3, 6)))
                p = self.session(c, t2, choice(["direct", "search"], [0.6, 0.4]))
            if p is None:
                if c["_purchases"] == 0 and rng.random() < 0.12:
                    t = web_time(t + D(days=float(rng.uniform(20, 120))))
                    source, first = "social_ad", False
                    continue
                if c["_purchases"] > 0 and rng.random() < 0.5:
                    t = web_time(t + D(days=float(lognorm(60, 0.6))))
                    source = choice(["newsletter", "direct", "search"], [0.5, 0.3, 0.2])
                    continue
                return
            first = False
            attended = self.after(c, p)
            member = member_tier(c, p["perf_t"]) is not None or c["_member"] is not None
            if attended and not member:
                pj = 0.055 if c["_purchases"] <= 1 else 0.12
                if rng.random() < pj:
                    self.join(c, web_time(p["perf_t"] + D(days=float(clip(lognorm(4, 1.0), 0.5, 29)))))
            p_ret = 0.78 if member_tier(c, p["perf_t"]) else (0.33 if c["_purchases"] <= 1 else 0.5)
            if rng.random() >= p_ret:
                return
            t = web_time(p["perf_t"] + D(days=float(clip(lognorm(85, 0.6), 10, 400))))
            opt = c["marketing_opt_in"] == "true"
            source = choice(["newsletter", "direct", "search", "social_ad", "ticket_platform"],
                            [0.5, 0.2, 0.12, 0.06, 0.12] if opt else [0.0, 0.4, 0.3, 0.1, 0.2])

    def social(self):
        topics = ["hold_timer", "scan_fail", "refund_delay", "restricted_view", "price", "brilliant", "cast", "sound",
                  "merch", "booking_fee"]
        p = [0.12, 0.14, 0.08, 0.06, 0.12, 0.18, 0.12, 0.07, 0.06, 0.05]
        for _ in range(480):
            topic = choice(topics, p)
            if topic == "hold_timer":
                v, t = choice(VENUE_IDS, VENUE_W), TIXCORE[0] + D(days=float(rng.uniform(0, 30)))
            elif topic == "scan_fail":
                v, t = "V4", LONDON_GATES[0] + D(days=float(rng.uniform(0, 118)))
            elif topic == "refund_delay":
                v, t = "V5", SYD_FLU[0] + D(days=float(rng.uniform(5, 50)))
            elif topic == "restricted_view":
                v, t = "V3", START + D(days=float(rng.uniform(0, (END - START).days)))
            else:
                v, t = choice(VENUE_IDS, VENUE_W), START + D(days=float(rng.uniform(0, (END - START).days)))
            if topic == "booking_fee" and region_of(v) == "CN" and rng.random() < 0.5:
                v = "V4"
            lang = VENUES[v][8]
            ch = choice(["weibo", "xiaohongshu"]) if lang == "zh" else choice(["instagram", "x"])
            self.fb(None, None if rng.random() < 0.5 else t, ch, topic, tp=None, v=v, lang=lang)

    def reviews(self):
        """app-store and ticket-platform reviews from customers who bought something."""
        buyers = [c for c in self.customers if c["_purchases"] > 0]
        for _ in range(700):
            c = buyers[int(rng.integers(0, len(buyers)))]
            v = c["home_venue_id"]
            reg = region_of(v)
            t = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S") + D(days=float(rng.uniform(1, 200)))
            if TIXCORE[0] <= t < TIXCORE[1] or rng.random() < 0.04:
                t = TIXCORE[0] + D(days=float(rng.uniform(0, 32)))
                topic = choice(["hold_timer", "neutral"], [0.8, 0.2])
            else:
                topic = choice(["brilliant", "cast", "price", "booking_fee" if reg == "W" else "price", "neutral",
                                "restricted_view" if v == "V3" else "neutral", "sound", "exchange_fee"],
                               [0.22, 0.14, 0.14, 0.08, 0.16, 0.1, 0.08, 0.08])
            rating = {"positive": int(choice([4, 5], [0.35, 0.65])), "negative": int(choice([1, 2, 3], [0.45, 0.4, 0.15])),
                      "neutral": int(choice([3, 4], [0.6, 0.4]))}[SENT[topic]]
            if rng.random() < 0.55:
                ch, extra = "app_review", {}
            else:
                tpf = choice(TICKET_PLATFORMS[reg])
                ch, extra = "platform_review", dict(platform=tpf[0])
            show = show_on(v, t)
            undated = ch == "platform_review" and rng.random() < 0.3
            self.fb(c, None if undated else t, ch, topic, tp=TOPIC_TP.get(topic, "tp_show_page" if ch ==
                                                                          "platform_review" else None),
                    rating=rating, lang=c["_lang"], show=show, **extra)

    def run(self):
        # legacy audience (accounts from before the extract), a third of them members at the start
        for _ in range(N_LEGACY):
            v = choice(VENUE_IDS, VENUE_W)
            signup = datetime(2021, 6, 1) + D(days=float(rng.uniform(0, 1150)))
            c = self.new_customer(v, choice(ACQ, ACQ_P), signup, legacy=True)
            c["signup_at"] = tfmt(signup)
            c["_purchases"] = int(rng.integers(1, 6))
            if rng.random() < 0.36:
                tier = choice(["standard", "gold"], [0.75, 0.25])
                exp = START + D(days=float(rng.uniform(5, 365)))
                c["_member"] = (tier, rng.random() < 0.5, exp)
                c["_periods"].append((exp - D(days=365), exp, tier))
                c["_ever_member"] = True
                self.renewals(c)
            t0 = web_time(START + D(days=float(rng.uniform(0, 330))))
            self.life(c, t0, choice(["newsletter", "direct", "search"], [0.5, 0.3, 0.2]))
        # new audience: arrival days weighted by month and growth
        days = []
        d = START
        while d <= END:
            days.append(d)
            d += D(days=1)
        w = np.array([MONTH_W[x.month] * (1.0 + 0.2 * (x - START).days / 700) for x in days])
        w = w / w.sum()
        arrivals = []
        for v in VENUE_IDS:
            idx = rng.choice(len(days), size=N_NEW[v], p=w)
            for i in idx:
                arrivals.append((days[int(i)], v))
        arrivals.sort(key=lambda r: (r[0], r[1]))
        for d0, v in arrivals:
            acq = choice(ACQ, ACQ_P)
            t0 = web_time(d0)
            c = self.new_customer(v, acq, t0)
            self.life(c, t0, acq)
        self.social()
        self.reviews()

    def finish_customers(self):
        for c in self.customers:
            live = [x for x in c["_periods"] if x[1] > END]
            if live:
                c["tier"] = live[-1][2]
                c["segment"] = "member"
            elif c["_ever_member"]:
                c["segment"] = "lapsed_member"
            elif c["_purchases"] >= 2:
                c["segment"] = "regular"
            elif c["_purchases"] == 1:
                c["segment"] = "first_timer"
            else:
                c["segment"] = "prospect"
            c["会员等级"] = TIER_ZH.get(c["tier"], "")
            c["客户分层"] = SEGMENT_ZH[c["segment"]]

    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)

        def dump(name, rows, cols, sub=""):
            with open(out / sub / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
                w.writeheader()
                wr = csv.writer(f)
                for r in rows:
                    wr.writerow(["" if r.get(k) is None else r.get(k) for k in cols])

        dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
             ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        jr = []
        for jid, zh, en, steps, win in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                               touchpoint_id=tp, window_days=win))
        dump("journeys", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
        self.finish_customers()
        dump("customers", self.customers,
             ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "客户分层", "获客渠道",
              "会员等级", "home_venue_id", "home_venue", "home_venue_en", "city", "country", "age_band", "gender",
              "preferred_language", "marketing_opt_in", "student", "first_seen"])
        self.events.sort(key=lambda r: (r["ts"], r["customer_id"]))
        for i, r in enumerate(self.events, 1):
            r["event_id"] = f"E{i:07d}"
            r["ts"] = tfmt(r["ts"])
        ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                   "venue_id", "venue", "venue_en", "show_id", "show", "show_en", "genre", "剧目类型", "performance_id",
                   "performance_date", "traffic_source", "来源", "ad_platform", "ad_platform_zh", "campaign",
                   "retargeting", "newsletter_issue", "platform", "platform_zh", "page_seconds", "seat_zone", "座区",
                   "qty", "hold_seconds", "restricted_view", "ticketing_release", "order_id", "amount_local",
                   "currency", "payment_method", "member_discount", "delivery_channel", "delivery_seconds", "gate",
                   "scan_attempts", "queue_min", "ticket_format", "rating", "nps", "item", "item_zh", "tier",
                   "会员等级", "auto_renew", "fee_local", "after_show", "reminder_channel", "expiry_date", "opened",
                   "reason", "退改原因", "咨询原因", "refund_days", "refund_local", "new_performance_date",
                   "handle_minutes"]
        dump("events", self.events, ev_cols)
        self.orders.sort(key=lambda r: r["ts"])
        dump("orders", self.orders,
             ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
              "currency", "amount_local", "venue_id", "venue", "venue_en", "show_id", "show", "show_en", "genre",
              "剧目类型", "performance_id", "performance_at", "seat_zone", "座区", "qty", "member_discount",
              "booking_fee_local", "traffic_source", "session_id", "item", "item_zh", "tier", "会员等级",
              "membership_action", "auto_renew", "refund_reason", "payment_method"])
        dump("feedback", self.feedback,
             ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
              "venue_id", "venue", "venue_en", "show_id", "show", "show_en", "genre", "performance_id", "platform"])
        dump("feedback_truth", self.truth, ["feedback_id", "topics", "sentiment"], sub="_truth")


TOPIC_TP = {"hold_timer": "tp_seat_select", "scan_fail": "tp_entry_scan", "refund_delay": "tp_exchange_refund",
            "restricted_view": "tp_seat_select", "eticket_missing": "tp_eticket", "price": "tp_show_page",
            "booking_fee": "tp_ticket_purchase", "exchange_fee": "tp_exchange_refund", "sound": "tp_survey",
            "auto_renew": "tp_member_renewal", "brilliant": "tp_survey", "cast": "tp_survey",
            "usher": "tp_entry_scan", "merch": "tp_merch", "member_price": "tp_member_signup"}


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python generate.py OUTDIR", file=sys.stderr)
        return 2
    g = Gen()
    g.run()
    g.write(Path(sys.argv[1]))
    print(f"customers {len(g.customers)}, events {len(g.events)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
