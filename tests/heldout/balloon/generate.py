"""云端 SkyDrift: hot-air balloon rides and sightseeing flights at five launch sites in China (synthetic, written
blind). A flyer finds us (Douyin / Xiaohongshu / Ctrip / Fliggy / a friend / the hotel concierge), looks at a flight
product (日出拼篮 sunrise shared basket, 日落拼篮 sunset shared basket, 私享包篮 private basket, 系留体验 tethered
ride), books a flight date, pays (app, WeChat mini program, Ctrip, Fliggy, phone), gets the go / no-go weather call
the evening before (起飞确认), and either flies or is weather-cancelled (大风 / 降雨 / 低能见度 / 雷暴) and then
rebooks another date (改期) or takes a refund. On the flight day: shuttle pickup and check-in at the launch site,
the flight with a pilot (机长) and a registered balloon, the landing (平稳 / 颠簸 / 拖篮), the photo package
(照片包, basic photos or photos + drone video) bought after landing and delivered later, and a review.
Gift vouchers (礼品券) are bought by one customer and redeemed by the recipient, who then books with the voucher.
Events 2025-01-01 .. 2026-08-31 (the extract was taken at the end of August 2026; today is 2026-12-01).

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

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 8, 31, 23, 59, 59)
N_CUST = 15000
PHOTO_BACKLOG = (datetime(2025, 10, 1), datetime(2025, 11, 10))   # National Day rush: retoucher backlog
SHUTTLE_VENDOR_CHANGE = datetime(2026, 3, 1)                       # Dunhuang changes its shuttle contractor

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现云端", "Discover SkyDrift", "awareness", "social", "digital", "marketing",
     "发现|刷到|种草|看到视频|小红书看到|抖音刷到|朋友推荐|discover|found us|first touch|saw a video"),
    ("tp_product", "浏览航班产品", "Flight product page", "consideration", "app", "digital", "marketing",
     "看产品|浏览|看航班|比价|详情页|product page|browse|flight options|looked at flights"),
    ("tp_book", "预订航班", "Flight booked", "consideration", "app", "digital", "reservations",
     "预订|订航班|下单|选日期|订票|book|booking|reserve|reservation"),
    ("tp_pay", "支付", "Payment", "purchase", "app", "digital", "finance",
     "支付|付款|付钱|买票|pay|payment|paid|checkout"),
    ("tp_voucher_redeem", "礼品券激活", "Gift voucher redeemed", "purchase", "mini_program", "digital", "reservations",
     "礼品券|兑换券|激活礼品券|兑换|gift voucher|voucher|redeem|redemption"),
    ("tp_weather_check", "起飞确认", "Go/no-go weather call", "service", "app", "digital", "flight_ops",
     "起飞确认|天气确认|飞不飞|放飞通知|go/no-go|weather call|weather check|flight confirmation"),
    ("tp_weather_cancel", "天气取消", "Weather cancellation", "service", "app", "digital", "flight_ops",
     "天气取消|停飞|取消航班|大风停飞|weather cancellation|cancelled flight|grounded|scrubbed"),
    ("tp_rebook", "改期", "Rebooked", "service", "app", "digital", "reservations",
     "改期|改签|换日期|重新预订|rebook|rebooking|reschedule|new date"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退票|refund|money back|refunded"),
    ("tp_checkin", "起飞点签到", "Launch-site check-in", "service", "store", "physical", "ground_crew",
     "签到|接驳|接送|集合|起飞点|check-in|pickup|shuttle|launch site|meeting point"),
    ("tp_flight", "升空飞行", "Balloon flight", "service", "store", "physical", "flight_ops",
     "飞行|升空|起飞|空中|坐热气球|flight|flying|in the air|balloon ride|lift-off"),
    ("tp_landing", "降落", "Landing", "service", "store", "physical", "flight_ops",
     "降落|着陆|落地|拖篮|香槟仪式|landing|touchdown|landed|champagne toast"),
    ("tp_photo_buy", "购买照片包", "Photo package bought", "purchase", "store", "physical", "photo_team",
     "照片包|买照片|航拍视频|拍照套餐|photo package|photos|drone video|pictures"),
    ("tp_photo_delivery", "照片交付", "Photos delivered", "service", "app", "digital", "photo_team",
     "照片交付|收到照片|发照片|出片|photo delivery|photos delivered|got the photos"),
    ("tp_review", "飞行评价", "Flight review", "loyalty", "app", "digital", "marketing",
     "评价|打分|评分|点评|review|rating|stars|rate"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预订下单", "Booking", ["tp_discover", "tp_product", "tp_book", "tp_pay"], 7),
    ("flight_day", "飞行日", "Flight day", ["tp_pay", "tp_checkin", "tp_flight", "tp_landing"], 60),
    ("weather_rebook", "天气改期", "Weather rebooking", ["tp_weather_cancel", "tp_rebook", "tp_flight"], 45),
    ("gift_voucher", "礼品券兑换", "Gift voucher", ["tp_voucher_redeem", "tp_book", "tp_flight"], 180),
    ("after_flight", "落地之后", "After the flight", ["tp_landing", "tp_photo_buy", "tp_photo_delivery"], 14),
]
# site: zh, en, city zh, city en, weight, opened, shuttle late prob, en-speaking share
SITES = {
    "S1": ("阳朔遇龙河", "Yangshuo Yulong River", "桂林", "Guilin", 0.30, None, 0.03, 0.30),
    "S2": ("张掖七彩丹霞", "Zhangye Rainbow Mountains", "张掖", "Zhangye", 0.22, None, 0.03, 0.06),
    "S3": ("罗平金鸡峰", "Luoping Jinji Peak", "曲靖", "Qujing", 0.18, None, 0.03, 0.04),
    "S4": ("敦煌鸣沙山", "Dunhuang Singing Sands", "敦煌", "Dunhuang", 0.22, None, 0.22, 0.08),
    "S5": ("千岛湖", "Qiandao Lake", "杭州", "Hangzhou", 0.08, datetime(2026, 5, 1), 0.03, 0.03),
}


def p_nogo(site, d: date, slot):
    """probability that the flight of a site / date / slot is weather-cancelled."""
    m = d.month
    if slot == "tethered":
        base = 0.06
    elif site == "S1":
        base = 0.34 if m in (4, 5, 6, 7) else 0.11
    elif site == "S2":
        base = 0.42 if m in (3, 4, 5) else 0.10
    elif site == "S3":
        base = 0.26 if m in (6, 7, 8, 9) else 0.10
    elif site == "S4":
        base = 0.36 if m in (3, 4, 5) else 0.08
    else:
        base = 0.56                       # Qiandao Lake: morning fog, a new site
    if slot == "sunset" and site in ("S2", "S4"):
        base *= 1.25                      # afternoon thermals in the desert
    return min(base, 0.9)


REASONS = {"S1": (["rain", "low_visibility", "thunderstorm", "strong_wind"], [0.5, 0.25, 0.15, 0.10]),
           "S2": (["strong_wind", "rain", "low_visibility"], [0.80, 0.10, 0.10]),
           "S3": (["rain", "thunderstorm", "strong_wind", "low_visibility"], [0.50, 0.25, 0.15, 0.10]),
           "S4": (["strong_wind", "low_visibility", "rain"], [0.75, 0.20, 0.05]),   # sandstorms
           "S5": (["low_visibility", "rain", "strong_wind"], [0.75, 0.15, 0.10])}
REASON_ZH = {"strong_wind": "大风", "rain": "降雨", "low_visibility": "低能见度", "thunderstorm": "雷暴"}
PILOTS = {  # site -> [(pilot_id, zh, en)]
    "S1": [("P01", "李振华", "Li Zhenhua"), ("P02", "Tom Baker", "Tom Baker"), ("P03", "黄伟", "Huang Wei")],
    "S2": [("P04", "马骏", "Ma Jun"), ("P05", "赵海东", "Zhao Haidong"), ("P06", "陈宇", "Chen Yu")],
    "S3": [("P07", "杨帆", "Yang Fan"), ("P08", "周立", "Zhou Li")],
    "S4": [("P09", "孙浩", "Sun Hao"), ("P10", "王强", "Wang Qiang")],
    "S5": [("P11", "吴凯", "Wu Kai")],
}
ROUGH_PILOT = "P05"          # Zhao Haidong: many dragged / bumpy landings
BALLOONS = {"S1": ["B-0811", "B-0812", "B-0815"], "S2": ["B-0921", "B-0922", "B-0925"], "S3": ["B-1031", "B-1033"],
            "S4": ["B-1141", "B-1142", "B-1146"], "S5": ["B-1251"]}
PRODUCTS = {  # id: zh, en, price (per person; private = per basket), weight, photo uptake
    "sunrise_shared": ("日出拼篮", "Sunrise shared basket", 1480, 0.50, 0.38),
    "sunset_shared": ("日落拼篮", "Sunset shared basket", 1280, 0.20, 0.33),
    "private": ("私享包篮", "Private basket", 6800, 0.10, 0.78),
    "tethered": ("系留体验", "Tethered ride", 280, 0.20, 0.10),
}
SLOT = {"sunrise_shared": "sunrise", "sunset_shared": "sunset", "private": "sunrise", "tethered": "tethered"}
SLOT_ZH = {"sunrise": "日出", "sunset": "日落", "tethered": "系留"}
CHANNELS = {  # en: zh, weight, discover -> product prob, product -> book prob, book -> pay prob
    "douyin": ("抖音", 0.30, 0.62, 0.28, 0.62),
    "xiaohongshu": ("小红书", 0.26, 0.75, 0.42, 0.74),
    "ctrip": ("携程", 0.18, 0.88, 0.62, 0.86),
    "fliggy": ("飞猪", 0.08, 0.86, 0.58, 0.84),
    "friend": ("朋友推荐", 0.10, 0.90, 0.66, 0.88),
    "hotel_concierge": ("酒店推荐", 0.08, 0.92, 0.70, 0.90),
}
PAY_CH = {"app": "App", "mini_program": "小程序", "ctrip": "携程", "fliggy": "飞猪", "phone": "电话预订"}
CTYPES = {  # en: zh, weight, product probs (sunrise, sunset, private, tethered), pax probs (1..4)
    "couple": ("情侣", 0.38, (0.52, 0.22, 0.16, 0.10), (0.02, 0.96, 0.01, 0.01)),
    "family": ("家庭", 0.27, (0.40, 0.18, 0.07, 0.35), (0.02, 0.18, 0.45, 0.35)),
    "solo": ("独自旅行", 0.15, (0.62, 0.25, 0.01, 0.12), (1.0, 0.0, 0.0, 0.0)),
    "friends": ("朋友结伴", 0.20, (0.55, 0.25, 0.05, 0.15), (0.02, 0.40, 0.33, 0.25)),
}
REGIONS = {"Beijing": ("北京", 0.15), "Shanghai": ("上海", 0.17), "Guangdong": ("广东", 0.18), "Sichuan": ("四川", 0.10),
           "Zhejiang": ("浙江", 0.12), "Jiangsu": ("江苏", 0.10), "Other China": ("其他省份", 0.12),
           "Overseas": ("海外", 0.06)}
LANDING = {"soft": "平稳", "bumpy": "颠簸", "drag": "拖篮"}
PHOTO_PKG = {"basic": ("照片精修包", 299), "drone": ("照片+航拍视频", 699)}

# ---- feedback texts: each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "weather_cancel": (["因为天气原因取消了两次，白起了两个大早", "天气原因取消，酒店和机票都得改，太折腾了",
                        "到了前一晚才说天气原因取消，行程全乱了", "连着天气原因取消，假期都快结束了"],
                       ["our flight was cancelled due to weather twice, two wasted 4am alarms",
                        "cancelled due to weather the night before, we had to rearrange the whole trip",
                        "got cancelled due to weather again, very frustrating"]),
    "refund_slow": (["退款一个礼拜了还没到账，客服说在走流程", "取消后退款还没到账，平台那边一直推",
                     "申请退款好几天了还没到账"],
                    ["the refund still hasn't arrived after a week", "cancelled and the refund still hasn't arrived",
                     "refund still hasn't arrived, the OTA keeps saying it is processing"]),
    "hard_landing": (["降落的时候吊篮被拖了十几米，落地很颠，吓坏了", "着陆很颠，我老婆膝盖磕到了",
                      "落地很颠，篮子侧翻拖了一段，小孩吓哭了"],
                     ["bumpy landing, the basket tipped and got dragged across the field",
                      "really bumpy landing, my knee hit the basket wall", "a scary, bumpy landing at the end"]),
    "shuttle_late": (["凌晨的接驳车迟到了四十分钟，差点错过日出", "接驳车迟到还找不到司机电话",
                      "接驳车迟到，在酒店门口冻了半小时"],
                     ["the pickup shuttle was late by 40 minutes, we nearly missed the sunrise",
                      "shuttle was late and nobody answered the phone", "our shuttle was late again in the dark"]),
    "photo_late": (["买了照片包，一个星期了还没收到照片", "等了好几天都没收到照片，客服只会说在修图",
                    "飞完五天了还没收到照片，说好的24小时呢"],
                   ["paid for the photo package and the photos took forever to arrive",
                    "the photos took forever, almost a week", "photos took forever, support just said retouching"]),
    "voucher_dates": (["礼品券根本约不到周末的日期", "朋友送的券，约不到想要的日子，快过期了", "周末全约不到，只能请假"],
                      ["we got a gift voucher but no weekend dates are ever available",
                       "the gift voucher is about to expire and every date is full",
                       "impossible to book a date with the gift voucher"]),
    "pricey": (["体验不错但价格偏贵", "一个人一千多，有点贵", "照片包也要另外收钱，整体偏贵"],
               ["great but a bit pricey", "pricey for an hour in the air", "quite pricey once you add the photos"]),
    "view": (["风景太美了，升起来那一刻超震撼", "从空中看日出，风景太美了", "风景太美，颜色层次绝了",
              "风景太美了，值得早起"],
             ["breathtaking views at sunrise", "absolutely breathtaking, worth the 4am alarm",
              "breathtaking scenery from up there"]),
    "pilot": (["机长很专业，讲解也很有意思", "机长很专业，降落很稳", "机长很专业，全程很安心"],
              ["our pilot was fantastic and very reassuring", "the pilot was fantastic, great stories",
               "pilot was fantastic, super smooth"]),
}
GENERIC = {
    "pos": (["整体体验很好，推荐", "很难忘的一次体验", "服务周到，下次还来"],
            ["wonderful experience overall", "a memorable morning", "well organised, would do it again"]),
    "neu": (["还行吧，和想象的差不多", "体验一般，时间有点短"], ["it was ok, about what we expected", "fine, a bit short"]),
    "neg": (["不太满意，不会再来了", "体验很差"], ["not great, would not repeat", "disappointing"]),
}
POSITIVE_TOPICS = {"view", "pilot"}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, p):
    return items[int(rng.choice(len(items), p=np.array(p) / np.sum(p)))]


def season(t: datetime) -> float:
    m = t.month
    s = {1: 0.6, 2: 1.1, 3: 0.9, 4: 1.1, 5: 1.4, 6: 0.9, 7: 1.3, 8: 1.4, 9: 1.0, 10: 1.7, 11: 0.9, 12: 0.7}[m]
    growth = 1.0 + 0.5 * (t - START).days / 600
    return s * growth


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.weather = {}
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_v = 0

    # ---------- rows ----------
    def ev(self, c, t, tp, action, bk=None, **kw):
        if t > END:
            return
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=bk["id"] if bk else None, action=action, device=c["device"], channel=None)
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)

    def order(self, c, t, amount, otype, bk=None, **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"flight": "飞行票款", "photo_package": "照片包", "gift_voucher": "礼品券", "vip_transfer": "专车接送"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=amount,
                   status="paid", order_type=otype, 订单类型=zh, currency="CNY", refunded_at=None)
        if bk:
            cm = bk["common"]
            row.update(channel=bk["pay_channel"], device=bk["device"], booking_id=bk["id"], site_id=cm["site_id"],
                       launch_site=cm["launch_site"], launch_site_en=cm["launch_site_en"], product=cm["product"],
                       产品=cm["产品"], pax=cm["pax"])
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, bk=None, gen=None, undated=False, no_customer=False,
           tp=None):
        if t > END:
            return
        self.n_fb += 1
        fid = f"F{self.n_fb:06d}"
        site = bk["common"]["site_id"] if bk else None
        en = rng.random() < (SITES[site][7] if site else 0.08)
        li = 1 if en else 0
        parts = [TXT[k][li][int(rng.integers(len(TXT[k][li])))] for k in topics]
        if gen is None:
            gen = "pos" if topics and set(topics) <= POSITIVE_TOPICS else ("neg" if topics else "neu")
        if not parts or rng.random() < 0.3:
            g = GENERIC[gen][li]
            parts.append(g[int(rng.integers(len(g)))])
        text = ("; " if en else "，").join(parts)
        if tp is None:
            order = ["hard_landing", "shuttle_late", "photo_late", "refund_slow", "weather_cancel", "voucher_dates",
                     "pilot", "view", "pricey"]
            tpm = {"hard_landing": "tp_landing", "shuttle_late": "tp_checkin", "photo_late": "tp_photo_delivery",
                   "refund_slow": "tp_refund", "weather_cancel": "tp_weather_cancel",
                   "voucher_dates": "tp_voucher_redeem", "pilot": "tp_flight", "view": "tp_flight",
                   "pricey": "tp_pay"}
            tp = next((tpm[k] for k in order if k in topics), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language="en" if en else "zh", booking_id=bk["id"] if bk else None)
        if bk:
            cm = bk["common"]
            row.update(site_id=cm["site_id"], launch_site=cm["launch_site"], launch_site_en=cm["launch_site_en"],
                       product=cm["product"], 产品=cm["产品"], pilot_id=bk.get("pilot_id"),
                       pilot_name=bk.get("pilot_name"), pilot_name_en=bk.get("pilot_name_en"))
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=gen))

    # ---------- customers ----------
    def new_customer(self, t, channel, ctype=None):
        i = len(self.cust) + 1
        region = pick(list(REGIONS), [v[1] for v in REGIONS.values()])
        ctype = ctype or pick(list(CTYPES), [v[1] for v in CTYPES.values()])
        c = dict(customer_id=f"C{i:05d}", discover=t, channel=channel, ctype=ctype, region=region,
                 device=pick(["ios", "android"], [0.55, 0.45]), age=pick(["18-25", "26-35", "36-45", "46-55", "56+"],
                                                                          [0.18, 0.42, 0.22, 0.12, 0.06]),
                 gender=pick(["female", "male"], [0.58, 0.42]), lang="en" if region == "Overseas" else "zh",
                 flights=0, paid=False, spend=0.0, first_flight=None, recipient=False)
        self.cust.append(c)
        return c

    def customers(self):
        days = (datetime(2026, 8, 25) - START).days
        w = np.array([season(START + D(days=d)) for d in range(days)])
        w /= w.sum()
        chans = list(CHANNELS)
        for _ in range(N_CUST):
            d = int(rng.choice(days, p=w))
            t = START + D(days=d, hours=float(rng.uniform(7, 23.5)))
            self.new_customer(t, pick(chans, [v[1] for v in CHANNELS.values()]))

    # ---------- weather ----------
    def nogo(self, site, d: date, slot):
        k = (site, d, slot)
        if k not in self.weather:
            go = rng.random() >= p_nogo(site, d, slot)
            rs = REASONS[site]
            self.weather[k] = (go, pick(rs[0], rs[1]), int(rng.integers(22, 45)) if not go else int(rng.integers(2, 14)))
        return self.weather[k]

    # ---------- one booking ----------
    def booking(self, c, t, voucher=None):
        """returns True if flown."""
        ct = CTYPES[c["ctype"]]
        sites = [s for s in SITES if SITES[s][5] is None or t >= SITES[s][5] - D(days=20)]
        site = pick(sites, [SITES[s][4] for s in sites])
        if voucher:
            prod = voucher["product"]
            pax = voucher["pax"]
        else:
            prod = pick(list(PRODUCTS), ct[2])
            pax = pick([1, 2, 3, 4], ct[3]) if prod != "private" else min(4, pick([2, 3, 4], [0.7, 0.15, 0.15]))
        pr = PRODUCTS[prod]
        amount = pr[2] if prod == "private" else pr[2] * pax
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        lead = float(rng.exponential(14) + 2)
        fdate = (t + D(days=lead)).date()
        if SITES[site][5] is not None and fdate < SITES[site][5].date():
            fdate = SITES[site][5].date() + D(days=int(rng.integers(0, 10)))
        if c["channel"] in ("ctrip", "fliggy") and not voucher:
            pay_ch = c["channel"] if rng.random() < 0.8 else "app"
        else:
            pay_ch = pick(["app", "mini_program", "phone"], [0.55, 0.38, 0.07])
        dev = c["device"] if pay_ch in ("app", "mini_program") else None
        bk = dict(id=bid, pay_channel=pay_ch, device=dev, common=dict(
            site_id=site, launch_site=SITES[site][0], launch_site_en=SITES[site][1], 城市=SITES[site][2],
            site_city=SITES[site][3], product=prod, 产品=pr[0], slot=SLOT[prod], 时段=SLOT_ZH[SLOT[prod]], pax=pax,
            flight_date=fdate.isoformat(), booking_channel=pay_ch, 预订渠道=PAY_CH[pay_ch], payment_method="gift_voucher" if voucher else "cash",
            voucher_code=voucher["code"] if voucher else None))
        self.ev(c, t, "tp_book", "submit", bk, channel=pay_ch, device=dev, amount=amount)
        if voucher is None:
            if rng.random() > CHANNELS[c["channel"]][4]:
                return False
            tp_ = t + D(minutes=float(rng.uniform(1, 15)))
            self.ev(c, tp_, "tp_pay", "success", bk, channel=pay_ch, device=dev, amount=amount)
            flight_order = self.order(c, tp_, amount, "flight", bk)
            if rng.random() < 0.12:
                self.order(c, tp_ + D(seconds=30), 380, "vip_transfer", bk)
            c["paid"] = True
            c["spend"] += amount
        else:
            flight_order = None
            tp_ = t
        # customer cancellation before the weather call
        if rng.random() < 0.05:
            tc = tp_ + D(hours=float(rng.uniform(2, 24 * max(1.0, lead - 3))))
            if voucher is None:
                self.refund(c, bk, tc, amount, flight_order, "customer_cancelled")
            return False
        n_cancel = 0
        while True:
            d_ = date.fromisoformat(bk["common"]["flight_date"])
            call = datetime(d_.year, d_.month, d_.day) - D(hours=6) + D(minutes=float(rng.uniform(0, 20)))
            if call > END:
                return False
            go, reason, wind = self.nogo(site, d_, SLOT[prod])
            self.ev(c, call, "tp_weather_check", "go" if go else "no_go", bk, channel="app", wind_speed_kmh=wind)
            if go:
                break
            n_cancel += 1
            tcn = call + D(minutes=float(rng.uniform(1, 10)))
            self.ev(c, tcn, "tp_weather_cancel", "cancel", bk, channel="app", weather_reason=reason,
                    天气原因=REASON_ZH[reason], wind_speed_kmh=wind)
            if rng.random() < (0.10 if n_cancel >= 2 else 0.05):
                self.fb(c, tcn + D(hours=float(rng.uniform(1, 30))), ["weather_cancel"],
                        pick(["ticket", "xiaohongshu"], [0.6, 0.4]), bk=bk, undated=rng.random() < 0.2)
            p_rebook = {1: 0.66, 2: 0.45}.get(n_cancel, 0.2)
            if SITES[site][7] > 0.2 and c["lang"] == "en":
                p_rebook *= 0.6                      # foreign tourists are passing through
            if voucher:
                p_rebook = 0.9
            if rng.random() < p_rebook:
                tr = tcn + D(hours=float(rng.lognormal(np.log(3), 1.0)))
                nd = d_ + D(days=int(rng.integers(1, 12)))
                bk["common"]["flight_date"] = nd.isoformat()
                self.ev(c, tr, "tp_rebook", "rebook", bk, channel=pay_ch, device=dev, old_flight_date=d_.isoformat())
            else:
                if voucher is None:
                    self.refund(c, bk, tcn + D(minutes=float(rng.uniform(5, 600))), amount, flight_order,
                                "weather_cancelled")
                return False
        # flight day
        d_ = date.fromisoformat(bk["common"]["flight_date"])
        base = datetime(d_.year, d_.month, d_.day)
        slot = SLOT[prod]
        t_ck = base + (D(hours=5, minutes=10) if slot == "sunrise" else (D(hours=16, minutes=20) if slot == "sunset"
                                                                          else D(hours=9)))
        late_p = SITES[site][6] if (site != "S4" or t_ck < SHUTTLE_VENDOR_CHANGE) else 0.04
        late = slot != "tethered" and rng.random() < late_p
        t_ck += D(minutes=float(rng.uniform(25, 55) if late else rng.uniform(-10, 8)))
        self.ev(c, t_ck, "tp_checkin", "checked_in", bk, channel="store", device=None,
                shuttle_delay_min=round(float(rng.uniform(25, 55)) if late else 0.0, 0))
        pilots = PILOTS[site]
        pil = pilots[int(rng.integers(len(pilots)))]
        bk["pilot_id"], bk["pilot_name"], bk["pilot_name_en"] = pil
        balloon = BALLOONS[site][int(rng.integers(len(BALLOONS[site])))]
        t_fl = t_ck + D(minutes=float(rng.uniform(25, 45)))
        dur = float(rng.uniform(10, 20)) if slot == "tethered" else float(rng.normal(58, 8))
        self.ev(c, t_fl, "tp_flight", "lift_off", bk, channel="store", device=None, pilot_id=pil[0],
                pilot_name=pil[1], pilot_name_en=pil[2], balloon_reg=balloon,
                max_altitude_m=int(rng.integers(25, 40)) if slot == "tethered" else int(rng.integers(300, 900)),
                flight_minutes=round(dur, 1))
        if slot == "tethered":
            land = "soft"
        elif pil[0] == ROUGH_PILOT:
            land = pick(["soft", "bumpy", "drag"], [0.54, 0.21, 0.25])
        else:
            land = pick(["soft", "bumpy", "drag"], [0.89, 0.08, 0.03])
        t_ld = t_fl + D(minutes=dur)
        self.ev(c, t_ld, "tp_landing", "landed", bk, channel="store", device=None, pilot_id=pil[0],
                pilot_name=pil[1], pilot_name_en=pil[2], landing_type=land, 降落情况=LANDING[land])
        c["flights"] += 1
        c["first_flight"] = c["first_flight"] or t_ld
        # photo package
        topics = []
        photo_late = False
        if rng.random() < PRODUCTS[prod][4]:
            pk = pick(["basic", "drone"], [0.65, 0.35])
            t_pb = t_ld + D(minutes=float(rng.uniform(15, 50)))
            self.ev(c, t_pb, "tp_photo_buy", "purchase", bk, channel="store", device=None, photo_package=pk,
                    照片包类型=PHOTO_PKG[pk][0], amount=PHOTO_PKG[pk][1])
            self.order(c, t_pb, PHOTO_PKG[pk][1], "photo_package", bk, channel="store", device=None,
                       photo_package=pk)
            c["spend"] += PHOTO_PKG[pk][1]
            backlog = PHOTO_BACKLOG[0] <= t_pb < PHOTO_BACKLOG[1]
            med = 130.0 if backlog else 20.0
            t_dl = t_pb + D(hours=float(rng.lognormal(np.log(med), 0.45)))
            self.ev(c, t_dl, "tp_photo_delivery", "delivered", bk, channel="app", photo_package=pk,
                    照片包类型=PHOTO_PKG[pk][0])
            photo_late = (t_dl - t_pb) > D(hours=72)
            if photo_late and rng.random() < 0.5:
                topics.append("photo_late")
        if land in ("bumpy", "drag") and rng.random() < (0.55 if land == "drag" else 0.35):
            topics.append("hard_landing")
        if late and rng.random() < 0.55:
            topics.append("shuttle_late")
        if n_cancel >= 1 and rng.random() < 0.25:
            topics.append("weather_cancel")
        if voucher and voucher.get("struggled") and rng.random() < 0.5:
            topics.append("voucher_dates")
        if rng.random() < 0.06:
            topics.append("pricey")
        bad = bool(set(topics) - {"pricey"})
        if not bad and slot != "tethered" and rng.random() < (0.55 if site in ("S1", "S2") else 0.4):
            topics.append("view")
        if land == "soft" and not bad and rng.random() < (0.35 if pil[0] in ("P02", "P09") else 0.10):
            topics.append("pilot")
        # review
        p_rev = 0.55 if bad else 0.33
        if rng.random() < p_rev:
            stars = float(pick([5, 4, 3], [0.62, 0.30, 0.08]))
            pen = {"hard_landing": 2.7, "shuttle_late": 1.5, "photo_late": 1.6, "weather_cancel": 1.0,
                   "voucher_dates": 1.0, "pricey": 0.7}
            for k in topics:
                stars -= pen.get(k, 0.0)
            if "view" in topics or "pilot" in topics:
                stars += 0.6
            stars = float(min(5, max(1, round(stars))))
            t_r = t_ld + D(hours=float(rng.lognormal(np.log(8), 1.0)))
            if photo_late:
                t_r = max(t_r, t_ld + D(hours=72))
            self.ev(c, t_r, "tp_review", "rate", bk, channel="app", stars=stars)
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_r, topics, "app_review", rating=stars, bk=bk, gen=gen)
        if pay_ch in ("ctrip", "fliggy") and rng.random() < 0.25:
            stars = float(pick([5, 4, 3], [0.58, 0.32, 0.10]))
            for k in topics:
                stars -= {"hard_landing": 2.0, "shuttle_late": 1.5, "photo_late": 1.5, "weather_cancel": 1.0}.get(k, 0)
            stars = float(min(5, max(1, round(stars))))
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, t_ld + D(hours=float(rng.uniform(3, 72))), topics, f"{pay_ch}_review", rating=stars, bk=bk,
                    gen=gen, undated=(pay_ch == "fliggy" and rng.random() < 0.4))
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.6 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_ld + D(days=1, hours=float(rng.uniform(0, 8))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.05:
            self.fb(c, t_ld + D(hours=float(rng.uniform(4, 96))), topics, "xiaohongshu", bk=bk,
                    undated=rng.random() < 0.5, no_customer=rng.random() < 0.3)
        return True

    def refund(self, c, bk, t_start, amount, flight_order, reason):
        ch = bk["pay_channel"]
        if ch in ("ctrip", "fliggy"):
            t_r = t_start + D(hours=float(rng.lognormal(np.log(96), 0.35)))
        else:
            t_r = t_start + D(hours=float(rng.lognormal(np.log(3), 0.7)))
        zh = {"customer_cancelled": "客人取消", "weather_cancelled": "天气取消"}[reason]
        self.ev(c, t_r, "tp_refund", "refund", bk, channel=ch, device=None, refund_amount=amount,
                refund_reason=reason, 退款原因=zh)
        if flight_order is not None and t_r <= END:
            flight_order["status"] = "refunded"
            flight_order["refunded_at"] = ts(t_r)
        if ch in ("ctrip", "fliggy") and rng.random() < 0.12:
            self.fb(c, t_r - D(hours=float(rng.uniform(10, 40))), ["refund_slow"], "ticket", bk=bk)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        vouchers = []
        for c in list(self.cust):
            ch = CHANNELS[c["channel"]]
            self.ev(c, c["discover"], "tp_discover", "view", channel=c["channel"])
            if rng.random() > ch[2]:
                continue
            t = c["discover"] + D(minutes=float(rng.uniform(1, 30)) if rng.random() < 0.7 else
                                  float(rng.uniform(60, 60 * 24 * 4)))
            self.ev(c, t, "tp_product", "view", channel=c["channel"] if c["channel"] in ("ctrip", "fliggy") else "app")
            # some product viewers buy a gift voucher for someone else instead of flying
            if rng.random() < 0.07 and t.month in (1, 2, 5, 8, 12):
                self.voucher_sale(c, t + D(minutes=float(rng.uniform(3, 30))), vouchers)
                continue
            if rng.random() > ch[3]:
                continue
            tb = t + D(minutes=float(rng.uniform(2, 40))) if rng.random() < 0.8 else t + D(days=float(rng.uniform(
                8, 30)))
            flown = self.booking(c, tb)
            if flown and rng.random() < 0.07:        # a few fly again at another site
                t2 = c["first_flight"] + D(days=float(rng.uniform(60, 300)))
                if t2 < END:
                    self.ev(c, t2 - D(minutes=10), "tp_product", "view", channel="app")
                    self.booking(c, t2)
            if flown and rng.random() < 0.05 and c["first_flight"].month in (11, 12, 1, 4, 7):
                self.voucher_sale(c, c["first_flight"] + D(days=float(rng.uniform(3, 40))), vouchers)
        # extra voucher buyers around gifting days (Valentine's, 520, Qixi, Christmas)
        for _ in range(500):
            y = int(pick([2025, 2026], [0.55, 0.45]))
            m, dd = pick([(2, 10), (5, 16), (8, 25), (12, 18)] if y == 2025 else [(2, 10), (5, 16), (8, 25)],
                         [1, 1, 1, 1] if y == 2025 else [1, 1, 1])
            t = datetime(y, m, dd) + D(days=float(rng.uniform(-8, 6)), hours=float(rng.uniform(0, 14)) + 8)
            c = self.new_customer(t, pick(list(CHANNELS), [v[1] for v in CHANNELS.values()]))
            self.ev(c, t, "tp_discover", "view", channel=c["channel"])
            self.ev(c, t + D(minutes=float(rng.uniform(1, 20))), "tp_product", "view", channel="app")
            self.voucher_sale(c, t + D(minutes=float(rng.uniform(25, 60))), vouchers)
        # recipients
        for v in vouchers:
            if rng.random() > 0.68:
                continue                              # never redeemed
            t = v["t"] + D(days=float(rng.uniform(2, 120)))
            if t > END:
                continue
            r = self.new_customer(t, "gift_voucher", ctype=pick(["couple", "family", "friends"], [0.6, 0.25, 0.15]))
            r["recipient"] = True
            self.ev(r, t, "tp_voucher_redeem", "redeem", channel="mini_program", voucher_code=v["code"],
                    product=v["product"], 产品=PRODUCTS[v["product"]][0])
            struggled = rng.random() < 0.35
            wait = float(rng.uniform(20, 150)) if struggled else float(rng.uniform(0.5, 25))
            v["struggled"] = struggled
            if struggled and rng.random() < 0.25:
                self.fb(r, t + D(days=float(rng.uniform(3, 15))), ["voucher_dates"],
                        pick(["ticket", "xiaohongshu"], [0.6, 0.4]), tp="tp_voucher_redeem",
                        undated=rng.random() < 0.25)
            tb = t + D(days=wait)
            if tb < END:
                self.booking(r, tb, voucher=v)

    def voucher_sale(self, c, t, vouchers):
        if t > END:
            return
        self.n_v += 1
        prod = pick(["sunrise_shared", "private", "sunset_shared"], [0.7, 0.15, 0.15])
        pax = 2 if prod != "private" else 2
        amount = PRODUCTS[prod][2] * (1 if prod == "private" else pax)
        code = f"GV{self.n_v:05d}"
        o = self.order(c, t, amount, "gift_voucher", voucher_code=code, product=prod, 产品=PRODUCTS[prod][0],
                       pax=pax, channel=pick(["app", "mini_program"], [0.5, 0.5]), device=c["device"])
        c["spend"] += amount
        c["paid"] = True
        if rng.random() < 0.03:
            o["status"] = "refunded"
            o["refunded_at"] = ts(t + D(days=float(rng.uniform(1, 10))))
            return
        vouchers.append(dict(code=code, t=t, product=prod, pax=pax))

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if c["recipient"]:
                seg = "voucher_recipient"
            elif c["flights"] >= 2:
                seg = "repeat_flyer"
            elif c["flights"] == 1:
                seg = "flyer"
            elif c["paid"]:
                seg = "paid_not_flown"
            else:
                seg = "prospect"
            chz = "礼品券" if c["channel"] == "gift_voucher" else CHANNELS[c["channel"]][0]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg,
                             region=c["region"], 客源地=REGIONS[c["region"]][0], acquisition_channel=c["channel"],
                             获客渠道=chz, customer_type=c["ctype"], 客群=CTYPES[c["ctype"]][0], age_band=c["age"],
                             gender=c["gender"], phone_os=c["device"], preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "site_id",
           "launch_site", "launch_site_en", "城市", "site_city", "product", "产品", "slot", "时段", "pax", "flight_date",
           "old_flight_date", "booking_channel", "预订渠道", "payment_method", "voucher_code", "amount", "wind_speed_kmh", "weather_reason", "天气原因",
           "shuttle_delay_min", "pilot_id", "pilot_name", "pilot_name_en", "balloon_reg", "max_altitude_m",
           "flight_minutes", "landing_type", "降落情况", "photo_package", "照片包类型", "refund_amount", "refund_reason",
           "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "site_id", "launch_site", "launch_site_en", "product", "产品", "pax", "photo_package",
            "voucher_code", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "site_id", "launch_site", "launch_site_en", "product", "产品", "pilot_id", "pilot_name",
           "pilot_name_en"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "客源地", "acquisition_channel", "获客渠道",
             "customer_type", "客群", "age_band", "gender", "phone_os", "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}, vouchers {g.n_v}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
