"""飞跃 SkyLeap: indoor skydiving wind tunnels and outdoor tandem skydive drop zones (synthetic, written blind).

Five sites: 上海风洞 Shanghai Tunnel, 成都风洞 Chengdu Tunnel, 墨尔本风洞 Melbourne Tunnel (indoor vertical wind
tunnels) and 万宁跳伞基地 Wanning Dropzone (Hainan), 陶波跳伞基地 Taupo Dropzone (New Zealand) (tandem jumps).
A flyer sees a short social video ad (Douyin / Xiaohongshu / WeChat Channels 视频号 / Instagram / TikTok / Facebook)
or finds us on Dianping / Google / through a friend, opens the product page, books a date and slot and pays
(mini program, app, web, Meituan, Klook). The evening before, the desk runs the weather & weight check (体重与天气核查,
go / no-go: over the weight limit, or drop-zone weather); if cleared an e-waiver link is sent (electronic waiver with
face verification at the Chinese sites; paper at the desk as fallback). On the day: check-in, safety briefing,
the tunnel flight / tandem jump with an instructor, then the video & photo desk upsell (媒体套餐) and later the
download link. Tunnel flyers may buy a flight pack or annual membership (次卡 / 年卡) and come back for repeat
sessions; a few tandem jumpers sign up for the AFF solo course. Drop-zone weather cancels whole days (the night
before or on the day after the briefing) -> reschedule or refund. Gift vouchers are sold online (Christmas,
Valentine's, 520, Qixi, Father's Day) and redeemed by a recipient who books without paying.
Events 2025-01-01 .. 2026-07-31 (extract taken at the start of August 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topics of each comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_CUST = 20000
FACE_OUTAGE = (datetime(2026, 3, 1), datetime(2026, 4, 1))      # new real-name face check in the mini program
MEL_PRICE_RISE = datetime(2026, 2, 1)                            # Melbourne tunnel video A$49 -> A$69
SH_COMMISSION = datetime(2025, 9, 1)                             # Shanghai media desk on commission

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "短视频广告", "Social video ad", "awareness", "social", "digital", "growth_marketing",
     "广告|短视频|刷到广告|抖音广告|小红书笔记|视频号|投放|ad|video ad|reel|tiktok ad|instagram ad|social ad"),
    ("tp_product", "产品详情页", "Product page", "consideration", "web", "digital", "growth_marketing",
     "产品页|详情页|看套餐|看价格|浏览|product page|pricing page|packages|browse"),
    ("tp_book", "选场次下单", "Booking (date & slot)", "purchase", "web", "digital", "reservations",
     "预订|下单|订场次|选时间|约时间|book|booking|reserve|slot"),
    ("tp_pay", "支付", "Payment", "purchase", "web", "digital", "finance",
     "支付|付款|买单|pay|payment|checkout|paid"),
    ("tp_gift_page", "礼品券页面", "Gift voucher page", "consideration", "web", "digital", "growth_marketing",
     "礼品卡页面|送礼|礼品券详情|gift page|gift card page|gift ideas"),
    ("tp_voucher_buy", "购买礼品券", "Gift voucher purchase", "purchase", "web", "digital", "finance",
     "买礼品券|买礼品卡|送人|gift voucher purchase|buy a voucher|gift card"),
    ("tp_voucher_redeem", "礼品券兑换", "Gift voucher redemption", "purchase", "mini_program", "digital",
     "reservations", "兑换|兑换券|用礼品券|激活|redeem|voucher redemption|redeemed"),
    ("tp_precheck", "体重与天气核查", "Weather & weight check", "service", "phone", "digital", "reservations",
     "核查|行前确认|称体重|体重核查|天气确认|能不能跳|pre-check|weight check|weather check|go/no-go"),
    ("tp_waiver", "电子免责声明", "E-waiver signing", "service", "mini_program", "digital", "reservations",
     "免责|免责协议|免责声明|签协议|人脸识别|实名认证|waiver|disclaimer|sign the waiver|release form"),
    ("tp_weather_cancel", "天气取消", "Weather cancellation", "service", "phone", "digital", "dz_ops",
     "天气取消|停跳|取消跳伞|风太大|云太低|weather cancellation|stand-down|weathered out|called off"),
    ("tp_reschedule", "改期", "Reschedule", "service", "web", "digital", "reservations",
     "改期|改时间|换日期|重新约|reschedule|rebook|move my booking|new date"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退订|refund|money back|refunded"),
    ("tp_checkin", "到场签到", "Check-in", "service", "store", "physical", "front_desk",
     "签到|前台|到场|排队|换装|check-in|front desk|arrival|reception|queue"),
    ("tp_briefing", "安全讲解", "Safety briefing", "service", "store", "physical", "instructors",
     "讲解|培训|安全培训|动作教学|briefing|safety briefing|training|ground school"),
    ("tp_flight", "飞行/跳伞", "Flight / jump", "service", "store", "physical", "instructors",
     "飞行|风洞飞行|跳伞|双人跳伞|自由落体|体验|flight|jump|tandem|freefall|tunnel flight|skydive"),
    ("tp_media_buy", "视频照片加购", "Video & photo upsell", "purchase", "store", "physical", "media_team",
     "视频|照片|视频套餐|跟拍|手持摄像|媒体柜台|video|photos|media package|handcam|video package"),
    ("tp_media_delivery", "视频交付", "Media delivery", "service", "app", "digital", "media_team",
     "视频交付|发视频|下载链接|收到视频|media delivery|download link|got my video|footage"),
    ("tp_membership", "会员与次卡", "Membership & flight packs", "loyalty", "store", "physical", "sales",
     "会员|次卡|年卡|飞行包|课程|AFF|membership|flight pack|repeat pack|annual pass|course"),
    ("tp_repeat", "复飞", "Repeat flight", "loyalty", "store", "physical", "instructors",
     "复飞|再飞|会员飞行|续飞|repeat flight|return flight|member session|flying again"),
    ("tp_review", "体验评价", "Review", "loyalty", "app", "digital", "growth_marketing",
     "评价|打分|点评|评分|review|rating|stars"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("booking", "线上预订", "Online booking", ["tp_ad", "tp_product", "tp_book", "tp_pay"], 7),
    ("pre_flight", "行前准备", "Pre-flight", ["tp_pay", "tp_precheck", "tp_waiver", "tp_flight"], 60),
    ("on_site", "现场体验", "On-site day", ["tp_checkin", "tp_briefing", "tp_flight"], 1),
    ("weather_reschedule", "天气改期", "Weather reschedule", ["tp_weather_cancel", "tp_reschedule", "tp_flight"], 60),
    ("media_upsell", "视频加购", "Media upsell", ["tp_flight", "tp_media_buy", "tp_media_delivery"], 7),
    ("gift_voucher", "礼品券兑换", "Gift voucher", ["tp_voucher_redeem", "tp_book", "tp_flight"], 180),
    ("repeat_flyer", "复飞会员", "Repeat flyer", ["tp_flight", "tp_membership", "tp_repeat"], 90),
]
# site id: zh, en, city zh, city en, type, language, currency, fx (RMB per unit), customer weight
SITES = {
    "S1": ("上海风洞", "Shanghai Tunnel", "上海", "Shanghai", "tunnel", "zh", "CNY", 1.0, 0.26),
    "S2": ("成都风洞", "Chengdu Tunnel", "成都", "Chengdu", "tunnel", "zh", "CNY", 1.0, 0.18),
    "S3": ("墨尔本风洞", "Melbourne Tunnel", "墨尔本", "Melbourne", "tunnel", "en", "AUD", 4.70, 0.20),
    "S4": ("万宁跳伞基地", "Wanning Dropzone", "万宁", "Wanning", "dropzone", "zh", "CNY", 1.0, 0.19),
    "S5": ("陶波跳伞基地", "Taupo Dropzone", "陶波", "Taupo", "dropzone", "en", "NZD", 4.30, 0.17),
}
SITE_TYPE_ZH = {"tunnel": "室内风洞", "dropzone": "户外跳伞"}
# month-of-year demand per site (Jan..Dec)
SEASON = {
    "S1": [0.8, 1.1, 0.8, 0.9, 1.1, 1.0, 1.4, 1.5, 0.9, 1.3, 0.8, 0.9],
    "S2": [0.8, 1.2, 0.8, 0.9, 1.1, 1.0, 1.4, 1.4, 0.9, 1.3, 0.8, 0.9],
    "S3": [1.4, 0.8, 0.9, 1.2, 0.8, 0.9, 1.3, 0.8, 1.2, 1.1, 0.9, 1.3],
    "S4": [1.5, 1.6, 1.2, 1.0, 1.0, 0.7, 0.9, 0.9, 0.7, 1.1, 1.1, 1.3],
    "S5": [1.7, 1.6, 1.3, 0.9, 0.6, 0.4, 0.4, 0.4, 0.6, 0.9, 1.2, 1.6],
}
GIFT_SEASON = [0.9, 2.0, 0.7, 0.7, 1.6, 1.2, 0.7, 1.5, 1.1, 0.7, 0.9, 2.6]  # Valentine's/CNY, 520, Qixi, Xmas
GROWTH_2026 = {"S1": 1.2, "S2": 1.4, "S3": 1.15, "S4": 1.2, "S5": 1.1}

# products: key -> (zh, en, {site: (local price, pax, flight minutes)})
PRODUCTS = {
    "first_flight": ("首飞体验", "First Flight", {"S1": (599, 1, 2), "S2": (599, 1, 2), "S3": (139, 1, 2)}),
    "double_flight": ("双倍体验", "Double Flight", {"S1": (999, 1, 4), "S2": (999, 1, 4), "S3": (219, 1, 4)}),
    "family_pack": ("亲子套餐", "Family Pack", {"S1": (1699, 3, 6), "S2": (1699, 3, 6), "S3": (399, 3, 6)}),
    "tandem_std": ("标准双人跳伞", "Tandem Skydive", {"S4": (3680, 1, 0), "S5": (349, 1, 0)}),
    "tandem_high": ("高空双人跳伞", "High Tandem Skydive", {"S4": (4680, 1, 0), "S5": (449, 1, 0)}),
}
PRODUCT_MIX = {"tunnel": (["first_flight", "double_flight", "family_pack"], [0.6, 0.3, 0.1]),
               "dropzone": (["tandem_std", "tandem_high"], [0.64, 0.36])}
ALTITUDE = {("S4", "tandem_std"): 3000, ("S4", "tandem_high"): 4500,
            ("S5", "tandem_std"): 3600, ("S5", "tandem_high"): 4500}
WEIGHT_LIMIT = {"S1": 120, "S2": 120, "S3": 120, "S4": 95, "S5": 100}
MEDIA = {  # tunnel: video / video_photo; dropzone: handcam / handcam_outside; (zh, en)
    "video": ("飞行视频", "Flight video"), "video_photo": ("视频+照片", "Video + photos"),
    "handcam": ("手持摄像", "Handcam video"), "handcam_outside": ("手持+跟拍摄影", "Handcam + outside camera"),
}
MEDIA_PRICE = {"S1": {"video": 168, "video_photo": 268}, "S2": {"video": 168, "video_photo": 268},
               "S3": {"video": 49, "video_photo": 79}, "S4": {"handcam": 880, "handcam_outside": 1380},
               "S5": {"handcam": 199, "handcam_outside": 329}}
PACKS = {  # (zh, en, CN price, AU price, NZ price)
    "pack_10min": ("10分钟次卡", "10-minute flight pack", 2680, 599, None),
    "pack_30min": ("30分钟次卡", "30-minute flight pack", 6980, 1499, None),
    "annual": ("年卡会员", "Annual membership", 12800, 2800, None),
    "aff_course": ("AFF学员课程", "AFF solo course", 12800, None, 3600),
}
INSTRUCTORS = {  # site: [(id, name as recorded, name_en)]
    "S1": [("I11", "周浩", "Zhou Hao"), ("I12", "陈思远", "Chen Siyuan"), ("I13", "刘畅", "Liu Chang"),
           ("I14", "Marco Rossi", "Marco Rossi")],
    "S2": [("I21", "李娜", "Li Na"), ("I22", "王磊", "Wang Lei"), ("I23", "赵一鸣", "Zhao Yiming")],
    "S3": [("I31", "Liam Walsh", "Liam Walsh"), ("I32", "Chloe Nguyen", "Chloe Nguyen"),
           ("I33", "Ben Carter", "Ben Carter")],
    "S4": [("I41", "孙海涛", "Sun Haitao"), ("I42", "Diego Alvarez", "Diego Alvarez"), ("I43", "黄志强", "Huang Zhiqiang")],
    "S5": [("I51", "Jake Morrison", "Jake Morrison"), ("I52", "Aroha Ngata", "Aroha Ngata"),
           ("I53", "Tom Fischer", "Tom Fischer"), ("I54", "Sam Whitaker", "Sam Whitaker")],
}
STAR_INSTRUCTOR = "I21"
ACQ = {  # language: channel -> weight; first step ad (True) or product page
    "zh": {"douyin": 0.31, "xiaohongshu": 0.25, "wechat_channels": 0.19, "dianping": 0.15, "friend_referral": 0.10},
    "en": {"instagram": 0.29, "tiktok": 0.24, "facebook": 0.16, "google_search": 0.20, "friend_referral": 0.11},
}
ACQ_ZH = {"douyin": "抖音", "xiaohongshu": "小红书", "wechat_channels": "视频号", "dianping": "大众点评",
          "friend_referral": "朋友推荐", "instagram": "Instagram", "tiktok": "TikTok", "facebook": "Facebook",
          "google_search": "谷歌搜索", "gift_voucher": "礼品券"}
AD_CHANNELS = {"douyin", "xiaohongshu", "wechat_channels", "instagram", "tiktok", "facebook"}
# ad -> product, product -> book, book -> pay success (per person)
FUNNEL = {"douyin": (0.52, 0.44, 0.90), "xiaohongshu": (0.64, 0.50, 0.91), "wechat_channels": (0.38, 0.27, 0.86),
          "instagram": (0.60, 0.48, 0.91), "tiktok": (0.50, 0.42, 0.90), "facebook": (0.58, 0.50, 0.91),
          "dianping": (1.0, 0.55, 0.92), "google_search": (1.0, 0.52, 0.92), "friend_referral": (1.0, 0.62, 0.93)}
BOOK_CH = {"zh": (["mini_program", "app", "web", "meituan"], [0.45, 0.15, 0.10, 0.30]),
           "en": (["web", "app", "klook"], [0.58, 0.17, 0.25])}
BOOK_CH_ZH = {"mini_program": "小程序", "app": "App", "web": "官网", "meituan": "美团", "klook": "Klook"}
REGIONS = {
    "S1": (["Shanghai", "Jiangsu-Zhejiang", "Beijing", "Guangdong", "Overseas"], [0.62, 0.2, 0.06, 0.06, 0.06]),
    "S2": (["Sichuan", "Chongqing", "Beijing", "Guangdong", "Overseas"], [0.66, 0.16, 0.06, 0.09, 0.03]),
    "S3": (["Victoria", "New South Wales", "Overseas"], [0.78, 0.12, 0.10]),
    "S4": (["Hainan", "Guangdong", "Beijing", "Shanghai", "Sichuan", "Overseas"], [0.14, 0.3, 0.16, 0.16, 0.16, 0.08]),
    "S5": (["Waikato", "Auckland", "Wellington", "Overseas"], [0.08, 0.2, 0.1, 0.62]),
}
REGION_ZH = {"Shanghai": "上海", "Jiangsu-Zhejiang": "江浙", "Beijing": "北京", "Guangdong": "广东", "Overseas": "海外",
             "Sichuan": "四川", "Chongqing": "重庆", "Victoria": "维多利亚州", "New South Wales": "新南威尔士州",
             "Hainan": "海南", "Waikato": "怀卡托", "Auckland": "奥克兰", "Wellington": "惠灵顿"}
LOCAL = {"S1": {"Shanghai"}, "S2": {"Sichuan"}, "S3": {"Victoria"}, "S4": {"Hainan"}, "S5": {"Waikato"}}

# ---------------------------------------------------------------- feedback text
TOPIC_TP = {"weather": "tp_weather_cancel", "weight": "tp_precheck", "waiver_face": "tp_waiver",
            "queue": "tp_checkin", "pushy": "tp_media_buy", "video_late": "tp_media_delivery",
            "refund_slow": "tp_refund", "voucher_expired": "tp_voucher_redeem", "price": "tp_product",
            "instructor": "tp_flight", "thrill": "tp_flight", "staff": "tp_checkin", "briefing_good": "tp_briefing"}
NEGATIVE = {"weather", "weight", "waiver_face", "queue", "pushy", "video_late", "refund_slow", "voucher_expired", "price"}
TEXT = {
    "weather": {
        "zh": ["连着两次天气原因取消，假都白请了", "天气原因取消了，说好的改期一直没人主动联系我",
               "到了基地等了三个小时，最后还是天气原因取消，来回车费谁出", "又是天气原因取消，这个季节真的不建议来"],
        "en": ["Got called off for weather twice in one week, really frustrating when you've planned around it",
               "Drove two hours and then it was called off for weather after the briefing",
               "Jump called off for weather again, nobody told us the odds at this time of year"]},
    "weight": {
        "zh": ["体重超了两公斤就不让跳，预订的时候为什么不写清楚", "行前核查说体重超标直接取消，态度也很生硬",
               "现场又称了一次体重，说要加钱，提前完全没提"],
        "en": ["Nobody mentioned the weight limit surcharge until the night before, felt like a hidden fee",
               "Over the weight limit by 2kg and my jump was cancelled, should be clearer at booking",
               "They charged an extra fee for being near the weight limit, not on the website anywhere"]},
    "waiver_face": {
        "zh": ["电子免责协议的人脸识别一直失败，最后只能到前台签纸质版", "签免责声明要人脸识别，试了八次都不行，差点错过场次",
               "人脸识别认证老是报错，客服也说不清楚怎么回事"],
        "en": ["The waiver's face verification kept failing on my phone, ended up signing paper at the desk",
               "Face verification on the e-waiver doesn't work with a foreign passport"]},
    "queue": {
        "zh": ["周末去排队排了四十分钟才轮到讲解，约了时间还要等这么久", "前台签到排队太久了，场次都延后了",
               "排队换装加签到快一个小时，体验打折"],
        "en": ["Waited in the queue for ages at check-in even though we had a booked slot",
               "Long queue at reception, our slot ran 40 minutes late"]},
    "pushy": {
        "zh": ["飞完教练一直推销视频套餐，不买脸色就不好看", "视频柜台推销太用力了，说了不要还一直跟着",
               "结束后被拉去看视频，推销得有点烦"],
        "en": ["The hard sell on the video package afterwards was a bit much",
               "Felt a real hard sell at the media desk, kept pushing the photo bundle"]},
    "video_late": {
        "zh": ["付了视频钱一个星期了视频还没发过来", "视频还没收到，客服说还在剪辑，等了五天",
               "说好24小时出片，三天了视频还没给"],
        "en": ["Paid for the handcam package and I'm still waiting for my video",
               "Still waiting for my video link after five days, chased twice"]},
    "refund_slow": {
        "zh": ["天气取消申请了退款，两个星期了退款还没到账", "退款还没到账，美团那边说要等基地确认",
               "超重被取消，退款还没到账，打电话也没人回"],
        "en": ["My refund still hasn't come through after two weeks", "Refund still hasn't arrived, Klook says it's with the operator"]},
    "voucher_expired": {
        "zh": ["朋友送的礼品券过期了才发现，不能延期太不近人情", "礼品券过期了一天都不给通融，白花钱"],
        "en": ["The gift voucher expired before we could find a date, no extension offered",
               "Voucher expired last month and they wouldn't extend it even for a fee"]},
    "price": {
        "zh": ["体验很棒就是太贵了，两分钟六百块", "价格太贵了，学生党只能来一次"],
        "en": ["Great fun but pricey for two minutes in the air", "A bit pricey once you add the video"]},
    "instructor": {
        "zh": ["教练很专业，手把手带着飞，一点都不怕", "教练很专业也很耐心，第一次飞就能稳住"],
        "en": ["Our instructor was amazing, super calm and funny", "The instructor was amazing and made my nervous mum feel safe"]},
    "thrill": {
        "zh": ["太刺激了！一辈子一定要体验一次", "太刺激了，下次还要带朋友来", "落地腿都软了，太刺激了"],
        "en": ["Best adrenaline rush of my life!", "Pure adrenaline, already planning the next one",
               "Unreal adrenaline, the views over the lake were stunning"]},
    "staff": {
        "zh": ["前台小姐姐很热情，流程清楚", "前台很热情，还帮忙存包"],
        "en": ["Front desk staff were lovely and quick", "The front desk staff were lovely with our kids"]},
    "briefing_good": {
        "zh": ["安全讲解讲得很清楚，手势都记住了", "讲解很细致，心里有底"],
        "en": ["The safety briefing was clear and reassuring", "Really thorough safety briefing, felt prepared"]},
}
NEUTRAL = {"zh": ["还行吧，和想象的差不多", "整体一般，没什么特别的", "体验可以，流程有点多"],
           "en": ["It was ok, about what I expected", "Decent experience overall", "Fine, nothing special"]}


def choice(items, p=None):
    return items[int(rng.choice(len(items), p=p))]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.customers = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_gv = 0
        self.weather = self._weather()

    # ---------- helpers
    def ev(self, c, t, tp, action, **kw):
        if t > END or t < START:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=tfmt(t), touchpoint_id=tp,
                   action=action)
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, t, otype, amount_local, site, **kw):
        if t > END:
            return None
        self.n_ord += 1
        s = SITES[site]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=tfmt(t),
                   amount=round(amount_local * s[7], 2), status="paid", order_type=otype,
                   订单类型={"booking": "体验预订", "gift_voucher": "礼品券", "media_package": "视频照片包",
                           "membership": "会员/次卡"}[otype],
                   site_id=site, site=s[0], site_en=s[1], currency=s[6], amount_local=amount_local)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, channel, lang, topics, rating=None, nps=None, site=None, booking=None, instr=None, tp=None):
        if t is not None and t > END:
            return
        parts = []
        for k in topics:
            parts.append(choice(TEXT[k][lang]))
        if not parts:
            parts.append(choice(NEUTRAL[lang]))
        text = ("，" if lang == "zh" else ". ").join(parts)
        if tp is None:
            tp = TOPIC_TP[topics[0]] if topics else "tp_flight"
        self.n_fb += 1
        s = SITES[site] if site else None
        row = dict(feedback_id=f"F{self.n_fb:05d}", text=text, ts=tfmt(t) if t is not None else "",
                   customer_id=c["customer_id"] if c else "", touchpoint_id=tp, channel=channel,
                   rating=rating if rating is not None else "", nps=nps if nps is not None else "",
                   language=lang, site_id=site or "", site=s[0] if s else "", site_en=s[1] if s else "",
                   booking_id=booking or "", instructor_id=instr[0] if instr else "",
                   instructor_name=instr[1] if instr else "", instructor_name_en=instr[2] if instr else "")
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=row["feedback_id"], topics="|".join(topics),
                               sentiment="negative" if any(k in NEGATIVE for k in topics) else
                               ("positive" if topics else "neutral")))

    def _weather(self):
        """per drop zone and date: 'nb' (no-go the night before), 'day' (stood down on the day) or ''."""
        out = {}
        for site in ("S4", "S5"):
            d = date(2025, 1, 1)
            prev = ""
            while d <= date(2026, 9, 30):
                m = d.month
                if site == "S4":
                    pn, pd = (0.24, 0.12) if m in (7, 8, 9, 10) else (0.05, 0.04)
                else:
                    pn, pd = (0.26, 0.14) if m in (6, 7, 8) else ((0.11, 0.07) if m in (9, 10, 11, 5) else (0.05, 0.04))
                if prev == "nb":
                    pn = min(0.8, pn * 2.2)
                u = rng.random()
                st = "nb" if u < pn else ("day" if u < pn + pd else "")
                out[(site, d)] = st
                prev = st
                d += D(days=1)
        return out

    # ---------- customers
    def new_customer(self, site, acq=None, t0=None):
        s = SITES[site]
        lang = s[5]
        if acq is None:
            ch = ACQ[lang]
            acq = choice(list(ch), list(ch.values()))
        regs, rp = REGIONS[site]
        region = choice(regs, rp)
        if region in LOCAL[site]:
            ttype = "local"
        elif region == "Overseas":
            ttype = "international_tourist"
        else:
            ttype = "domestic_tourist"
        if site in ("S1", "S2", "S3") and ttype == "domestic_tourist" and rng.random() < 0.5:
            ttype = "local"
        gender = choice(["F", "M"], [0.46, 0.54])
        w = rng.normal(79, 12) if gender == "M" else rng.normal(61, 10)
        # speakers: Shanghai gets some expats writing English, Taupo / Melbourne some Chinese tourists
        if lang == "zh":
            plang = "en" if (region == "Overseas" and rng.random() < 0.8) else "zh"
        else:
            plang = "zh" if (region == "Overseas" and rng.random() < 0.12) else "en"
        n = len(self.customers) + 1
        c = dict(customer_id=f"C{n:06d}", signup_at=tfmt(t0) if t0 else "", segment="prospect", region=region,
                 地区=REGION_ZH[region], acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], tier="none", home_site=site,
                 traveller_type=ttype, 客源类型={"local": "本地", "domestic_tourist": "国内游客",
                                              "international_tourist": "国际游客"}[ttype],
                 age_band=choice(["18-24", "25-34", "35-44", "45-54", "55+"], [0.26, 0.36, 0.2, 0.12, 0.06]),
                 gender=gender, preferred_language=plang, weight_kg=round(float(np.clip(w, 38, 135)), 1))
        self.customers.append(c)
        return c

    def start_time(self, site, gift=False):
        months = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 7)]
        moy = GIFT_SEASON if gift else SEASON[site]
        w = np.array([moy[m - 1] * (GROWTH_2026[site] if y == 2026 else 1.0) for y, m in months])
        y, m = months[int(rng.choice(len(months), p=w / w.sum()))]
        nd = (date(y + (m == 12), m % 12 + 1, 1) - date(y, m, 1)).days
        day = int(rng.integers(1, nd + 1))
        hour = choice([8, 9, 12, 13, 18, 19, 20, 21, 22, 23, 10, 15], [0.05, 0.05, 0.1, 0.08, 0.08, 0.11, 0.14, 0.14, 0.1,
                                                                       0.05, 0.05, 0.05])
        return datetime(y, m, day, hour, int(rng.integers(0, 60)), int(rng.integers(0, 60)))

    # ---------- booking funnel
    def acquire(self, site):
        gift = rng.random() < 0.07
        t = self.start_time(site, gift)
        c = self.new_customer(site, t0=None)
        acq = c["acquisition_channel"]
        dev = choice(["ios", "android", "pc"], [0.5, 0.4, 0.1] if SITES[site][5] == "zh" else [0.55, 0.3, 0.15])
        p_prod, p_book, p_pay = FUNNEL[acq]
        if c["region"] == "Overseas" and site in ("S1", "S2"):
            p_book *= 0.8
        if acq in AD_CHANNELS:
            n_ads = 1 + int(rng.random() < 0.3) + int(rng.random() < 0.1)
            for i in range(n_ads):
                self.ev(c, t, "tp_ad", "view", session_id="", device=dev, channel=acq, ad_platform=acq,
                        site_id=site, site=SITES[site][0], site_en=SITES[site][1],
                        campaign=choice(["brand_reel", "first_flight_promo", "holiday_offer", "ugc_creator"]))
                t = t + D(hours=float(rng.exponential(20)))
            if rng.random() > p_prod:
                return
        # product page
        c["signup_at"] = tfmt(t)
        self.ev(c, t, "tp_product" if not gift else "tp_gift_page", "view", session_id="", device=dev,
                channel="mini_program" if (dev != "pc" and SITES[site][5] == "zh") else "web", site_id=site,
                site=SITES[site][0], site_en=SITES[site][1])
        if gift:
            if rng.random() < 0.42:
                self.buy_voucher(c, t + D(minutes=float(rng.exponential(15)) + 2), site, dev)
            return
        if rng.random() > p_book:
            if rng.random() < 0.25:
                self.ev(c, t + D(days=float(rng.exponential(3))), "tp_product", "view", session_id="", device=dev,
                        channel="web", site_id=site, site=SITES[site][0], site_en=SITES[site][1])
            return
        tb = t + (D(minutes=float(rng.exponential(12)) + 1) if rng.random() < 0.7 else D(hours=float(rng.exponential(40))))
        self.book(c, tb, site, dev, p_pay)

    def book(self, c, t, site, dev, p_pay, voucher=None, product=None):
        s = SITES[site]
        lang = s[5]
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        if product is None:
            prods, pp = PRODUCT_MIX[s[4]]
            product = choice(prods, pp)
        price, pax, minutes = PRODUCTS[product][2][site]
        chs, cp = BOOK_CH[lang]
        bch = choice(chs, cp) if voucher is None else ("mini_program" if lang == "zh" else "web")
        if c["traveller_type"] == "international_tourist" and site == "S5":
            lead = 1 + float(rng.exponential(3))
        elif s[4] == "dropzone":
            lead = 3 + float(rng.exponential(12))
        else:
            lead = 1 + float(rng.exponential(6))
        fdate = (t + D(days=lead)).date()
        slot_h = int(rng.integers(10, 21)) if s[4] == "tunnel" else int(rng.integers(8, 14))
        slot = datetime(fdate.year, fdate.month, fdate.day, slot_h, choice([0, 30]))
        bk = dict(session_id=bid, device=dev, channel=bch, site_id=site, site=s[0], site_en=s[1], city=s[2],
                  city_en=s[3], site_type=s[4], 场地类型=SITE_TYPE_ZH[s[4]], product=product, 产品=PRODUCTS[product][0],
                  pax=pax, booking_channel=bch, 预订渠道=BOOK_CH_ZH[bch],
                  payment_method="gift_voucher" if voucher else "online", voucher_code=voucher or "")
        self.ev(c, t, "tp_book", "submit", flight_date=str(fdate), slot=slot.strftime("%H:%M"), **bk)
        if voucher is None:
            tp = t + D(minutes=float(rng.exponential(3)) + 0.5)
            ok = rng.random() < p_pay
            if not ok:
                self.ev(c, tp, "tp_pay", "fail", amount=price, fail_reason=choice(["card_declined", "timeout",
                                                                                   "wechat_pay_cancelled"]), **bk)
                if rng.random() < 0.55:
                    tp = tp + D(minutes=float(rng.exponential(10)) + 1)
                    ok = True
            if not ok:
                return
            if tp > END:
                return
            self.ev(c, tp, "tp_pay", "success", amount=price, **bk)
            o = self.order(c, tp, "booking", price, site, channel=bch, device=dev, booking_id=bid, product=product,
                           产品=PRODUCTS[product][0], pax=pax, voucher_code="")
            t = tp
        else:
            o = None
        c["segment"] = "booked" if c["segment"] in ("prospect", "voucher_recipient") else c["segment"]
        if c["segment"] == "booked" and voucher:
            c["segment"] = "voucher_recipient"
        self.fulfil(c, t, site, bid, bk, slot, product, o, price, pax, minutes)

    def refund(self, c, t, bk, o, price, reason, site):
        if t > END:
            return
        lag = float(rng.exponential(2.0) + 0.3) if bk["booking_channel"] not in ("meituan", "klook") else \
            float(rng.exponential(5.0) + 3.0)
        amt = price if o is not None else 0
        self.ev(c, t + D(days=lag), "tp_refund", "refunded", refund_amount=amt, refund_reason=reason,
                退款原因={"weather": "天气取消", "overweight": "体重超标", "customer_cancel": "客人取消"}[reason],
                refund_days=round(lag, 2), **bk)
        if o is not None and t + D(days=lag) <= END:
            o["status"] = "refunded"
            o["refunded_at"] = tfmt(t + D(days=lag))
            o["refund_reason"] = reason
        return lag

    def fulfil(self, c, t, site, bid, bk, slot, product, o, price, pax, minutes):
        s = SITES[site]
        lang = c["preferred_language"]
        wc = 0
        waiver_done = False
        waiver_failed = False
        weight = c["weight_kg"] + float(rng.normal(0, 1.5))
        # customer-initiated change before the check
        if rng.random() < 0.06:
            tc = t + D(days=float(rng.uniform(0.1, max(0.2, (slot - t).total_seconds() / 86400 - 1.5))))
            if rng.random() < 0.62:
                slot = slot + D(days=int(rng.integers(3, 21)))
                self.ev(c, tc, "tp_reschedule", "rescheduled", reschedule_reason="customer", 改期原因="客人原因",
                        flight_date=str(slot.date()), **bk)
            else:
                lag = self.refund(c, tc, bk, o, price, "customer_cancel", site)
                return
        while True:
            # weather & weight check the evening before
            tpc = datetime.combine(slot.date() - D(days=1), datetime.min.time()) + D(hours=17,
                                                                                       minutes=float(rng.uniform(0, 150)))
            tpc = max(tpc, t + D(minutes=float(rng.uniform(10, 60))))
            wx = self.weather.get((site, slot.date()), "") if s[4] == "dropzone" else ""
            over = weight > WEIGHT_LIMIT[site]
            surcharge = site == "S5" and weight > 90 and not over
            if over:
                res = "overweight"
            elif wx == "nb":
                res = "weather"
            else:
                res = "cleared"
            self.ev(c, tpc, "tp_precheck", "go" if res == "cleared" else "no_go", check_result=res,
                    核查结果={"cleared": "通过", "overweight": "体重超标", "weather": "天气不宜"}[res],
                    declared_weight_kg=round(weight, 1), weight_limit_kg=WEIGHT_LIMIT[site],
                    weight_surcharge=(40 if surcharge else 0) if site == "S5" else "",
                    forecast_wind_kt=round(float(rng.gamma(3, 4 if wx == "" else 8)), 1) if s[4] == "dropzone" else "",
                    flight_date=str(slot.date()), **bk)
            if res == "overweight":
                if rng.random() < 0.5:
                    self.fb(c, tpc + D(hours=float(rng.uniform(1, 30))), "ticket", lang, ["weight"], site=site, booking=bid)
                lag = self.refund(c, tpc + D(hours=2), bk, o, price, "overweight", site)
                if lag and lag > 5 and rng.random() < 0.4:
                    self.fb(c, tpc + D(days=lag - 1), "ticket", lang, ["refund_slow"], site=site, booking=bid)
                return
            if res == "weather":
                tw = tpc + D(minutes=float(rng.uniform(5, 40)))
                self.ev(c, tw, "tp_weather_cancel", "cancelled", cancel_timing="night_before", 取消时点="前一晚",
                        weather_reason=choice(["high_wind", "low_cloud", "rain"], [0.5, 0.3, 0.2] if site == "S5" else [0.45, 0.15, 0.4]),
                        flight_date=str(slot.date()), **bk)
                slot = self.after_weather(c, tw, site, bk, o, price, slot, wc, lang)
                wc += 1
                if slot is None:
                    return
                continue
            # e-waiver
            if not waiver_done:
                online = rng.random() < 0.9
                tw = tpc + D(hours=float(rng.uniform(0.3, 14)))
                if online and tw < slot - D(minutes=30):
                    if s[5] == "zh":
                        pf = 0.36 if FACE_OUTAGE[0] <= tw < FACE_OUTAGE[1] else 0.04
                        if c["region"] == "Overseas":
                            pf = min(0.9, pf * 2.5)
                    else:
                        pf = 0.03
                    method = "face_verification" if s[5] == "zh" else "online_signature"
                    if rng.random() < pf:
                        waiver_failed = True
                        self.ev(c, tw, "tp_waiver", "fail", waiver_method=method,
                                fail_reason="face_check_failed" if s[5] == "zh" else "link_expired",
                                失败原因="人脸识别失败" if s[5] == "zh" else "链接过期", **bk)
                        retry = 0.25 if FACE_OUTAGE[0] <= tw < FACE_OUTAGE[1] else 0.5
                        if rng.random() < retry:
                            self.ev(c, tw + D(minutes=float(rng.uniform(3, 50))), "tp_waiver", "signed",
                                    waiver_method=method, **bk)
                            waiver_done = True
                        elif s[5] == "zh" and rng.random() < 0.3:
                            self.fb(c, tw + D(minutes=float(rng.uniform(10, 120))), "ticket", lang, ["waiver_face"],
                                    site=site, booking=bid)
                    else:
                        self.ev(c, tw, "tp_waiver", "signed", waiver_method=method, **bk)
                        waiver_done = True
            # no-show
            if rng.random() < 0.02:
                return
            # on site
            arrive = slot - D(minutes=float(rng.uniform(5, 30)))
            wait = float(rng.lognormal(np.log(9 if s[4] == "tunnel" else 22), 0.45))
            if site == "S1" and slot.weekday() >= 5:
                wait += float(rng.uniform(8, 30))
            paper = not waiver_done
            if paper:
                wait += float(rng.uniform(8, 18))
            self.ev(c, arrive, "tp_checkin", "checked_in", wait_min=round(wait, 1), **bk)
            if paper:
                self.ev(c, arrive + D(minutes=float(rng.uniform(2, 8))), "tp_waiver", "signed", waiver_method="paper",
                        **bk)
                waiver_done = True
            tb = arrive + D(minutes=wait)
            bmin = float(rng.uniform(12, 22) if s[4] == "tunnel" else rng.uniform(20, 35))
            self.ev(c, tb, "tp_briefing", "completed", briefing_min=round(bmin, 1), **bk)
            if wx == "day":
                tw = tb + D(minutes=bmin + float(rng.uniform(30, 180)))
                self.ev(c, tw, "tp_weather_cancel", "cancelled", cancel_timing="on_the_day", 取消时点="当天现场",
                        weather_reason=choice(["high_wind", "low_cloud", "rain"], [0.4, 0.45, 0.15]),
                        flight_date=str(slot.date()), **bk)
                slot = self.after_weather(c, tw, site, bk, o, price, slot, wc, lang)
                wc += 1
                if slot is None:
                    return
                continue
            break
        # the flight / jump
        instr = choice(INSTRUCTORS[site])
        tf = tb + D(minutes=bmin + float(rng.uniform(5, 25) if s[4] == "tunnel" else rng.uniform(20, 90)))
        if tf > END:
            return
        extra = dict(instructor_id=instr[0], instructor_name=instr[1], instructor_name_en=instr[2])
        if s[4] == "tunnel":
            self.ev(c, tf, "tp_flight", "flown", flight_minutes=minutes, **extra, **bk)
        else:
            self.ev(c, tf, "tp_flight", "jumped", altitude_m=ALTITUDE[(site, product)],
                    freefall_sec=int(ALTITUDE[(site, product)] / 3000 * 45 + rng.integers(-3, 4)), **extra, **bk)
        c["segment"] = "flyer" if c["segment"] in ("booked", "prospect") else c["segment"]
        if c["segment"] == "voucher_recipient":
            c["segment"] = "flyer"
        # media upsell
        if s[4] == "tunnel":
            pm = {"S1": 0.34 if tf >= SH_COMMISSION else 0.22, "S2": 0.22,
                  "S3": 0.17 if tf >= MEL_PRICE_RISE else 0.31}[site]
            pkg = choice(["video", "video_photo"], [0.7, 0.3])
        else:
            pm = 0.58 if site == "S4" else 0.68
            pkg = choice(["handcam", "handcam_outside"], [0.55, 0.45])
        bought = rng.random() < pm
        delivery_h = None
        tm = tf + D(minutes=float(rng.uniform(10, 40)))
        if bought and tm <= END:
            mp = MEDIA_PRICE[site][pkg]
            if site == "S3" and tm >= MEL_PRICE_RISE:
                mp += 20
            self.ev(c, tm, "tp_media_buy", "purchase", media_package=pkg, 媒体套餐=MEDIA[pkg][0], amount=mp,
                    instructor_id=instr[0], **bk)
            self.order(c, tm, "media_package", mp, site, channel="store", device="pos", booking_id=bid,
                       product=product, 产品=PRODUCTS[product][0], media_package=pkg, 媒体套餐=MEDIA[pkg][0])
            if s[4] == "tunnel":
                delivery_h = float(rng.uniform(0.3, 5))
            else:
                delivery_h = float(rng.lognormal(np.log(28), 0.5))
                if rng.random() < 0.08:
                    delivery_h += float(rng.uniform(72, 200))
            self.ev(c, tm + D(hours=delivery_h), "tp_media_delivery", "delivered", media_package=pkg,
                    delivery_hours=round(delivery_h, 2), **bk)
        # membership / packs
        tier_p = {"S1": 0.08, "S2": 0.16, "S3": 0.07, "S4": 0.03, "S5": 0.03}[site]
        if product == "family_pack":
            tier_p = 0.03
        if rng.random() < tier_p:
            if s[4] == "tunnel":
                pack = choice(["pack_10min", "pack_30min", "annual"], [0.6, 0.25, 0.15])
            else:
                pack = "aff_course"
            tmb = tf + (D(minutes=float(rng.uniform(20, 60))) if rng.random() < 0.55 else
                        D(days=float(min(85, rng.exponential(18) + 1))))
            pz = PACKS[pack]
            price_l = pz[2] if s[5] == "zh" else (pz[3] if site == "S3" else pz[4])
            if tmb <= END:
                self.ev(c, tmb, "tp_membership", "purchase", pack_type=pack, 会员类型=pz[0], amount=price_l,
                        site_id=site, site=s[0], site_en=s[1], session_id="", channel="store")
                self.order(c, tmb, "membership", price_l, site, channel="store", device="pos", booking_id="",
                           pack_type=pack, 会员类型=pz[0])
                c["tier"] = {"pack_10min": "flight_pack", "pack_30min": "flight_pack", "annual": "annual_member",
                             "aff_course": "aff_student"}[pack]
                c["segment"] = "member"
                if s[4] == "tunnel":
                    n = {"pack_10min": (2, 5), "pack_30min": (4, 10), "annual": (6, 18)}[pack]
                    tr = tmb
                    for _ in range(int(rng.integers(n[0], n[1] + 1))):
                        tr = tr + D(days=float(rng.uniform(5, 25)))
                        ri = choice(INSTRUCTORS[site])
                        self.ev(c, datetime.combine(tr.date(), datetime.min.time()) + D(hours=int(rng.integers(10, 21))),
                                "tp_repeat", "flown", flight_minutes=int(choice([2, 3, 4])), instructor_id=ri[0],
                                instructor_name=ri[1], instructor_name_en=ri[2], site_id=site, site=s[0], site_en=s[1],
                                session_id="", channel="store")
        # feedback after the flight
        self.after_feedback(c, tf, site, bid, instr, wait, waiver_failed, bought, delivery_h, tm, wc, weight, lang)

    def after_weather(self, c, tw, site, bk, o, price, slot, wc, lang):
        bid = bk["session_id"]
        if rng.random() < (0.22 if lang == "zh" else 0.15):
            self.fb(c, tw + D(hours=float(rng.uniform(0.5, 20))), "ticket", lang, ["weather"], site=site, booking=bid)
        p_res = 0.76 if wc == 0 else 0.5
        if c["traveller_type"] == "international_tourist":
            p_res -= 0.25
        if rng.random() < p_res:
            tr = tw + D(hours=float(rng.exponential(10) + 0.2))
            if c["traveller_type"] == "international_tourist" and site == "S5":
                new = slot + D(days=int(rng.integers(1, 4)))
            else:
                new = slot + D(days=int(rng.integers(2, 22)))
            self.ev(c, tr, "tp_reschedule", "rescheduled", reschedule_reason="weather", 改期原因="天气原因",
                    flight_date=str(new.date()), old_flight_date=str(slot.date()), **bk)
            return new
        lag = self.refund(c, tw + D(hours=float(rng.exponential(12) + 0.5)), bk, o, price, "weather", site)
        if lag and lag > 5 and rng.random() < 0.45:
            self.fb(c, tw + D(days=lag - 0.5), "ticket", lang, ["refund_slow"], site=site, booking=bid)
        return None

    def after_feedback(self, c, tf, site, bid, instr, wait, waiver_failed, bought, delivery_h, tm, wc, weight, lang):
        neg = []
        if waiver_failed and SITES[site][5] == "zh" and rng.random() < 0.55:
            neg.append("waiver_face")
        if wait > (30 if SITES[site][4] == "tunnel" else 60) and rng.random() < 0.6:
            neg.append("queue")
        if site == "S1" and tf >= SH_COMMISSION and rng.random() < 0.16:
            neg.append("pushy")
        if delivery_h is not None and delivery_h > 72 and rng.random() < 0.7:
            neg.append("video_late")
        if site == "S5" and 90 < weight <= 100 and rng.random() < 0.6:
            neg.append("weight")
        if wc >= 1 and rng.random() < 0.25:
            neg.append("weather")
        if rng.random() < 0.05:
            neg.append("price")
        neg = neg[:2]
        pos = []
        if not neg:
            if rng.random() < (0.55 if instr[0] == STAR_INSTRUCTOR else 0.22):
                pos.append("instructor")
            if rng.random() < 0.45:
                pos.append("thrill")
            if rng.random() < 0.08:
                pos.append("staff")
            if rng.random() < 0.06:
                pos.append("briefing_good")
        topics = neg or pos
        if neg == ["price"]:
            stars = int(choice([2, 3, 4], [0.3, 0.5, 0.2]))
        elif neg:
            stars = int(choice([1, 2, 3], [0.35, 0.45, 0.2]))
        elif pos:
            stars = int(choice([4, 5], [0.25, 0.75]))
            if instr[0] == STAR_INSTRUCTOR:
                stars = 5
        else:
            stars = int(choice([3, 4], [0.5, 0.5]))
        ts = (tm + D(hours=delivery_h) if delivery_h else tf) + D(hours=float(rng.uniform(1, 48)))
        tp = TOPIC_TP[topics[0]] if topics else "tp_flight"
        u = rng.random()
        if u < 0.24:
            if ts <= END:
                self.ev(c, ts, "tp_review", "rate", stars=stars, site_id=site, site=SITES[site][0],
                        site_en=SITES[site][1], session_id=bid, instructor_id=instr[0])
                self.fb(c, ts, "app_review", lang, topics, rating=stars, site=site, booking=bid, instr=instr, tp=tp)
        elif u < 0.42:
            nps = int(np.clip(round(rng.normal(2.2 * stars - 1, 1.2)), 0, 10))
            if ts <= END:
                self.fb(c, ts, "survey", lang, topics, nps=nps, site=site, booking=bid, instr=instr, tp=tp)
        elif u < 0.50:
            ch = "dianping" if SITES[site][5] == "zh" else "google_review"
            nots = ch == "dianping" and rng.random() < 0.3
            if ts <= END:
                self.fb(c, None if nots else ts, ch, lang, topics, rating=stars, site=site, booking=bid, instr=instr,
                        tp=tp)
        elif u < 0.54:
            ch = "xiaohongshu" if lang == "zh" else "instagram"
            if ts <= END:
                self.fb(c if rng.random() < 0.6 else None, None if rng.random() < 0.5 else ts, ch, lang,
                        topics if topics else ["thrill"], site=site, tp=tp if topics else "tp_flight")

    # ---------- gift vouchers
    def buy_voucher(self, c, t, site, dev):
        if t > END:
            return
        s = SITES[site]
        prods, pp = PRODUCT_MIX[s[4]]
        product = choice(prods, pp)
        price = PRODUCTS[product][2][site][0]
        self.n_gv += 1
        code = f"GV{self.n_gv:05d}"
        self.ev(c, t, "tp_voucher_buy", "purchase", session_id="", device=dev, channel="web", site_id=site,
                site=s[0], site_en=s[1], product=product, 产品=PRODUCTS[product][0], amount=price, voucher_code=code)
        o = self.order(c, t, "gift_voucher", price, site, channel="web", device=dev, booking_id="", product=product,
                       产品=PRODUCTS[product][0], voucher_code=code,
                       valid_until=str((t + D(days=365)).date()))
        if c["segment"] == "prospect":
            c["segment"] = "voucher_buyer"
        if rng.random() < 0.04:
            tr = t + D(days=float(rng.uniform(2, 30)))
            if tr <= END and o is not None:
                o["status"] = "refunded"
                o["refunded_at"] = tfmt(tr)
                o["refund_reason"] = "customer_cancel"
            return
        if rng.random() < 0.71:
            delay = float(min(360, rng.lognormal(np.log(38), 0.9)))
            tr = t + D(days=delay)
            if tr > END:
                return
            r = self.new_customer(site, acq="gift_voucher")
            r["signup_at"] = tfmt(tr)
            r["segment"] = "voucher_recipient"
            rdev = choice(["ios", "android", "pc"], [0.5, 0.42, 0.08])
            self.ev(r, tr, "tp_voucher_redeem", "redeem", session_id="", device=rdev,
                    channel="mini_program" if s[5] == "zh" else "web", site_id=site, site=s[0], site_en=s[1],
                    product=product, 产品=PRODUCTS[product][0], voucher_code=code)
            if rng.random() < 0.93:
                tb = tr + D(days=float(rng.exponential(6)) if rng.random() < 0.7 else float(rng.uniform(10, 90)))
                if tb <= END:
                    self.book(r, tb, site, rdev, 1.0, voucher=code, product=product)
        else:
            expiry = t + D(days=365)
            if expiry < END and rng.random() < 0.25:
                self.fb(c, expiry + D(days=float(rng.uniform(1, 40))), "ticket", "zh" if s[5] == "zh" else "en",
                        ["voucher_expired"], site=site)

    def run(self):
        sites = list(SITES)
        w = np.array([SITES[s][8] for s in sites])
        for _ in range(N_CUST):
            site = sites[int(rng.choice(len(sites), p=w / w.sum()))]
            self.acquire(site)
        # flyers who come back to buy a voucher for someone else
        flyers = [c for c in self.customers if c["segment"] in ("flyer", "member")]
        for c in [flyers[i] for i in rng.choice(len(flyers), size=len(flyers) // 12, replace=False)]:
            site = c["home_site"]
            t = self.start_time(site, gift=True)
            self.ev(c, t, "tp_gift_page", "view", session_id="", device="ios", channel="web", site_id=site,
                    site=SITES[site][0], site_en=SITES[site][1])
            self.buy_voucher(c, t + D(minutes=float(rng.uniform(3, 20))), site, "ios")
        # anonymous social posts
        for _ in range(120):
            site = choice(list(SITES), [0.25, 0.2, 0.2, 0.18, 0.17])
            lang = SITES[site][5]
            topics = [choice(["thrill", "thrill", "instructor", "price", "weather"])]
            t = self.start_time(site)
            self.fb(None, None if rng.random() < 0.5 else t, "xiaohongshu" if lang == "zh" else "instagram", lang,
                    topics, site=site)

    # ---------- output
    def write(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        (out / "_truth").mkdir(exist_ok=True)

        def dump(name, rows, cols, sub=""):
            with open(out / sub / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
                w.writeheader()
                for r in rows:
                    w.writerow({k: r.get(k, "") for k in cols})

        dump("touchpoints", [dict(touchpoint_id=a, name=b, name_zh=b, name_en=c_, stage=d, channel=e, kind=f, owner=g,
                                  aliases=h) for a, b, c_, d, e, f, g, h in TOUCHPOINTS],
             ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        dump("journeys", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1,
                               touchpoint_id=tp, window_days=w) for j, zh, en, steps, w in JOURNEYS
                          for i, tp in enumerate(steps)],
             ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
        ccols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "地区", "获客渠道",
                 "home_site", "traveller_type", "客源类型", "age_band", "gender", "preferred_language"]
        dump("customers", self.customers, ccols)
        self.events.sort(key=lambda r: (r["ts"], r["event_id"]))
        ecols = []
        for r in self.events:
            for k in r:
                if k not in ecols:
                    ecols.append(k)
        lead = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
        ecols = lead + [k for k in ecols if k not in lead]
        dump("events", self.events, ecols)
        self.orders.sort(key=lambda r: r["ts"])
        ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
                 "booking_id", "site_id", "site", "site_en", "product", "产品", "pax", "media_package", "媒体套餐",
                 "pack_type", "会员类型", "voucher_code", "valid_until", "currency", "amount_local", "refunded_at",
                 "refund_reason"]
        dump("orders", self.orders, ocols)
        fcols = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
                 "site_id", "site", "site_en", "booking_id", "instructor_id", "instructor_name", "instructor_name_en"]
        dump("feedback", self.feedback, fcols)
        dump("feedback_truth", self.truth, ["feedback_id", "topics", "sentiment"], sub="_truth")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "skydive_data")
    g = Gen()
    g.run()
    g.write(out)
    print(f"customers {len(g.customers)} events {len(g.events)} orders {len(g.orders)} feedback {len(g.feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
