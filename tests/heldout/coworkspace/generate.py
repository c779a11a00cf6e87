"""聚点 HubDesk: flexible workspace and meeting-room booking app, 12 centres in 上海 / 深圳 / 杭州 (the 宝安 Bao'an
centre opened on 2026-04-01). A member discovers us (app store, a corporate HR partner, a walk-in tour or Meituan),
signs up, books a day pass (open area), a dedicated desk for the day or a meeting room by the hour, pays, checks in
with the QR code in the app (some never show up), is seated (open area / desk / meeting room), buys printing and
coffee add-ons, checks out, rates the space, may upgrade to a monthly plan and renew it month after month.
Bookings cancelled >= 24 h before the start are refunded in full; later cancellations are refunded too but a
late-cancellation fee (30 %, at least 20 CNY) is charged as its own order.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (topics and sentiment of every comment: the generator's truth, not a
DATA.md table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261205
rng = np.random.default_rng(SEED)
D = timedelta
DISC_START, DISC_END = date(2024, 10, 1), date(2026, 6, 20)
END = datetime(2026, 6, 30, 23, 59, 59)          # the extract ends here (today is 2026-12-01)
N_CUST = 3900
N_LEGAL = 9                                      # tiny industry of heavy meeting-room users (law firms)
QR_BUG = (date(2025, 7, 14), date(2025, 8, 24))  # Android app 4.2.0: QR check-in camera bug
DOUBLE_BOOK = (date(2025, 9, 1), date(2025, 11, 30))  # Lujiazui: room-calendar sync bug -> double bookings
WIFI_BAD = (date(2026, 1, 5), date(2026, 3, 31))  # Nanshan: building network overloaded
COFFEE_SWITCH = date(2025, 10, 8)                # Qianjiang: new (cheaper) coffee supplier
BAOAN_OPEN = date(2026, 4, 1)                    # Bao'an opens; the app's map pin points to the wrong tower
CNY = [(date(2025, 1, 25), date(2025, 2, 5)), (date(2026, 2, 13), date(2026, 2, 24))]
APP_VERSIONS = [(date(2024, 1, 1), "4.1.0"), (date(2025, 7, 14), "4.2.0"), (date(2025, 8, 25), "4.2.1"),
                (date(2025, 12, 1), "4.3.0"), (date(2026, 4, 8), "4.4.0")]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "发现聚点", "Discovery", "awareness", "ads", "digital", "marketing",
     "发现|了解|获客|应用商店|HR合作|参观|美团|discover|discovery|first touch|app store|tour|meituan listing"),
    ("tp_signup", "注册会员", "Sign-up", "consideration", "app", "digital", "growth",
     "注册|开户|成为会员|sign up|signup|register|registration|account created"),
    ("tp_book", "提交预订", "Booking", "purchase", "app", "digital", "product",
     "预订|下单|订工位|订会议室|约会议室|book|booking|reservation|reserve"),
    ("tp_pay", "支付成功", "Payment", "purchase", "app", "digital", "finance",
     "付款|支付|买单|pay|payment|paid|checkout payment"),
    ("tp_cancel", "取消预订", "Cancellation", "purchase", "app", "digital", "customer_service",
     "取消|退订|取消预约|cancel|cancellation|cancelled booking"),
    ("tp_refund", "退款到账", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|退回|refund|money back|refunded"),
    ("tp_qr_fail", "签到失败", "Check-in failed", "service", "app", "digital", "product",
     "扫码失败|签到失败|二维码打不开|QR failed|check-in failed|scan failed"),
    ("tp_checkin", "扫码签到", "QR check-in", "service", "store", "physical", "community",
     "签到|扫码入场|到店|入场|check-in|check in|arrival|QR check-in"),
    ("tp_workspace", "工位/会议室使用", "Workspace use", "service", "store", "physical", "community",
     "入座|使用工位|开放区|会议室使用|空间|workspace|desk|seat|open area|meeting room use|space"),
    ("tp_addon", "增值服务(打印/咖啡)", "Add-ons (printing & coffee)", "service", "store", "physical", "operations",
     "增值服务|打印|咖啡|加购|add-on|addon|printing|coffee|extras"),
    ("tp_checkout", "签退离场", "Check-out", "service", "store", "physical", "community",
     "签退|离场|离开|check-out|checkout|leave|departure"),
    ("tp_rate", "空间评分", "Space rating", "loyalty", "app", "digital", "community",
     "评分|打分|评价|点评|rating|rate|review|stars"),
    ("tp_upgrade", "升级月卡", "Monthly plan upgrade", "loyalty", "app", "digital", "sales",
     "升级月卡|开月卡|办月卡|月卡|会员升级|upgrade|monthly plan|membership upgrade|subscription"),
    ("tp_renew", "月卡续费", "Plan renewal", "loyalty", "app", "digital", "sales",
     "续费|续卡|续月卡|renew|renewal|renewed"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("onboarding", "新会员首单", "New member onboarding", ["tp_discover", "tp_signup", "tp_book", "tp_pay"], 14),
    ("visit", "预订到店", "Booking to visit", ["tp_book", "tp_pay", "tp_checkin", "tp_checkout"], 7),
    ("membership", "升级月卡", "Monthly plan conversion", ["tp_checkin", "tp_upgrade", "tp_renew"], 90),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
]
CENTRES = {  # id: zh, en, city_en, city_zh, weight in city, no-show base, base space quality
    "SH1": ("静安寺中心", "Jing'an Temple", "Shanghai", "上海", 0.30, 0.055),
    "SH2": ("陆家嘴中心", "Lujiazui", "Shanghai", "上海", 0.34, 0.055),
    "SH3": ("徐汇滨江中心", "Xuhui Riverside", "Shanghai", "上海", 0.20, 0.05),
    "SH4": ("张江中心", "Zhangjiang", "Shanghai", "上海", 0.20, 0.06),
    "SZ1": ("南山科技园中心", "Nanshan Science Park", "Shenzhen", "深圳", 0.38, 0.055),
    "SZ2": ("福田CBD中心", "Futian CBD", "Shenzhen", "深圳", 0.34, 0.05),
    "SZ3": ("前海中心", "Qianhai", "Shenzhen", "深圳", 0.28, 0.15),
    "SZ4": ("宝安中心", "Bao'an", "Shenzhen", "深圳", 0.0, 0.38),
    "HZ1": ("西湖中心", "West Lake", "Hangzhou", "杭州", 0.30, 0.055),
    "HZ2": ("滨江中心", "Binjiang", "Hangzhou", "杭州", 0.25, 0.06),
    "HZ3": ("未来科技城中心", "Future Sci-Tech City", "Hangzhou", "杭州", 0.25, 0.05),
    "HZ4": ("钱江新城中心", "Qianjiang New Town", "Hangzhou", "杭州", 0.20, 0.055),
}
CITIES = {"Shanghai": ("上海", 0.42, 1.12), "Shenzhen": ("深圳", 0.33, 1.0), "Hangzhou": ("杭州", 0.25, 0.88)}
BY_CITY = {c: [k for k, v in CENTRES.items() if v[2] == c] for c in CITIES}
MTYPE_ZH = {"freelancer": "自由职业者", "startup": "创业团队", "corporate": "企业员工", "student": "学生"}
SIZE_ZH = {"1": "个人", "2-10": "2-10人", "11-50": "11-50人", "51-200": "51-200人", "200+": "200人以上"}
INDUSTRY_ZH = {"internet": "互联网", "design": "设计创意", "consulting": "咨询", "education": "教育培训",
               "finance": "金融", "ecommerce": "电商", "media": "文化传媒", "legal": "法律服务"}
PRODUCT_ZH = {"day_pass": "日票", "desk": "独立工位", "meeting_room": "会议室", "monthly_desk": "月卡工位"}
ZONE_ZH = {"open_area": "开放办公区", "fixed_desk": "独立工位区", "meeting_room": "会议室"}
ADDON_ZH = {"coffee": "咖啡", "printing": "打印"}
ORDER_ZH = {"day_pass": "日票", "desk": "独立工位", "meeting_room": "会议室", "monthly_plan": "月卡",
            "renewal": "月卡续费", "addon": "增值服务", "late_cancel_fee": "迟取消费"}
PLAN_ZH = {"flex_monthly": "流动工位月卡", "dedicated_monthly": "固定工位月卡"}
TIER_ZH = {"basic": "普通会员", "silver": "银卡", "gold": "金卡"}
ACQ = ["app_store", "hr_partner", "walk_in_tour", "meituan"]
ACQ_P = [0.38, 0.19, 0.16, 0.27]
MTYPE_BY_ACQ = {  # freelancer, startup, corporate, student
    "app_store": [0.44, 0.27, 0.12, 0.17], "hr_partner": [0.03, 0.05, 0.92, 0.0],
    "walk_in_tour": [0.34, 0.42, 0.16, 0.08], "meituan": [0.52, 0.12, 0.06, 0.30]}
MTYPES = list(MTYPE_ZH)
SIGNUP_P = {"app_store": 0.64, "hr_partner": 0.90, "walk_in_tour": 0.68, "meituan": 0.58}
FIRST_P = {"app_store": 0.66, "hr_partner": 0.86, "walk_in_tour": 0.66, "meituan": 0.95}
FIRST_DELAY = {"app_store": 3.0, "hr_partner": 4.0, "walk_in_tour": 1.2, "meituan": 0.004}  # median days
LAMBDA = {"freelancer": 2.6, "startup": 3.2, "corporate": 2.0, "student": 1.6}   # bookings per month
CONT = {"freelancer": 0.93, "startup": 0.94, "corporate": 0.94, "student": 0.88}  # keep booking after a booking
PRODUCT_MIX = {  # day_pass, desk, meeting_room
    "freelancer": [0.62, 0.24, 0.14], "startup": [0.25, 0.18, 0.57], "corporate": [0.28, 0.30, 0.42],
    "student": [0.88, 0.08, 0.04]}
UPGRADE_H = {"freelancer": 0.045, "startup": 0.07, "corporate": 0.15, "student": 0.01}  # per visit from the 2nd
RENEW_P = {"freelancer": 0.80, "startup": 0.72, "corporate": 0.90, "student": 0.55}
HOURS_MEAN = {"freelancer": 1.3, "startup": 2.6, "corporate": 1.8, "student": 1.2}
DAY_PRICE, DESK_PRICE = 98, 158
ROOM_PRICE = {4: 120, 8: 200, 12: 320}          # per hour, Shenzhen price level
PLAN_PRICE = {"flex_monthly": 1299, "dedicated_monthly": 1999}
REFUND_DAYS = {"wechat_pay": 0.08, "alipay": 0.12, "card": 2.5, "corporate_account": 6.5, "meituan_voucher": 1.2}
MONTH_F = {1: 0.95, 2: 0.8, 3: 1.05, 4: 1.0, 5: 1.0, 6: 0.95, 7: 0.85, 8: 0.85, 9: 1.3, 10: 1.05, 11: 1.1, 12: 1.0}

TOPIC_TP = {"wifi": "tp_workspace", "noise": "tp_workspace", "clean_bright": "tp_workspace",
            "double_booked": "tp_workspace", "coffee_bad": "tp_addon", "printer": "tp_addon", "qr": "tp_checkin",
            "staff": "tp_checkin", "entrance": "tp_checkin", "price": "tp_pay", "refund_slow": "tp_refund",
            "refund_fast": "tp_refund", "generic_pos": "tp_rate", "generic_neu": "tp_rate"}
SENT = {"wifi": "neg", "noise": "neg", "clean_bright": "pos", "double_booked": "neg", "coffee_bad": "neg",
        "printer": "neg", "qr": "neg", "staff": "pos", "entrance": "neg", "price": "neg", "refund_slow": "neg",
        "refund_fast": "pos", "generic_pos": "pos", "generic_neu": "neu"}
STARS = {  # 1..5 probabilities
    "wifi": [0.30, 0.40, 0.25, 0.05, 0.0], "noise": [0.20, 0.40, 0.32, 0.08, 0.0],
    "double_booked": [0.55, 0.35, 0.10, 0.0, 0.0], "coffee_bad": [0.20, 0.42, 0.30, 0.08, 0.0],
    "printer": [0.15, 0.40, 0.35, 0.10, 0.0], "qr": [0.35, 0.40, 0.20, 0.05, 0.0],
    "entrance": [0.40, 0.40, 0.20, 0.0, 0.0], "price": [0.05, 0.20, 0.45, 0.25, 0.05],
    "refund_slow": [0.50, 0.35, 0.15, 0.0, 0.0], "refund_fast": [0.0, 0.0, 0.05, 0.30, 0.65],
    "clean_bright": [0.0, 0.0, 0.02, 0.20, 0.78], "staff": [0.0, 0.0, 0.03, 0.27, 0.70],
    "generic_pos": [0.0, 0.0, 0.04, 0.40, 0.56], "generic_neu": [0.02, 0.10, 0.62, 0.24, 0.02]}
TEXTS = {  # every comment of a topic carries at least one of the topic's markers (README), and no other topic's
    "wifi": {
        "zh": ["网速太慢了，开个视频会议一直卡", "wifi动不动就断，根本没法远程办公", "WiFi慢得离谱，传个文件要半小时",
               "下午网速特别差，断网好几次", "开放区的wifi基本连不上", "网速不行，客户电话会议掉线两次",
               "这周wifi又断网了，能不能升级一下带宽"],
        "en": ["The wifi is painfully slow, my Zoom calls keep freezing", "Wi-Fi dropped every 20 minutes today",
               "Internet is too slow to upload anything", "Couldn't get on the wifi at all in the afternoon",
               "Slow internet ruined my client call"]},
    "noise": {
        "zh": ["开放区太吵了，有人一直外放打电话", "噪音很大，根本没法专心写代码", "旁边一群人开会聊天，吵得头疼",
               "开放办公区太吵，下次还是订独立工位吧", "环境有点吵，隔音太差"],
        "en": ["The open area is way too noisy", "People taking loud calls right next to the hot desks",
               "Too much noise to focus, need more phone booths", "Really noisy in the afternoon, couldn't concentrate"]},
    "clean_bright": {
        "zh": ["环境干净明亮，采光超好", "空间很干净，落地窗采光一流", "桌面干净整洁，整个空间很明亮",
               "很明亮，江景工位太舒服了", "卫生做得好，到处都很干净"],
        "en": ["Clean and bright space, lots of natural light", "Super clean desks and a bright, airy room",
               "Love the natural light and how clean everything is", "Bright, spotless and calm - great place to work"]},
    "double_booked": {
        "zh": ["订好的会议室被重复预订了，到了发现里面有人", "会议室被别人占了，系统显示是我们的时间",
               "又遇到重复预订，客户都到了只能站在走廊等", "会议室重复预订，临时换房间耽误了半小时",
               "明明订了会议室，去了却被占用，前后两次了"],
        "en": ["Our meeting room was double-booked, another team was already inside",
               "Booked room was already occupied when we arrived, the calendar is broken",
               "Double booking again - had to take the client call in the corridor",
               "The app double-booked our meeting room, very unprofessional"]},
    "coffee_bad": {
        "zh": ["咖啡太难喝了，又酸又苦", "换了咖啡之后味道差很多", "咖啡是不是换豆子了，一股焦味",
               "咖啡越来越难喝，不想再买了", "22块一杯的咖啡跟速溶一样"],
        "en": ["The coffee tastes burnt now", "Coffee got much worse recently, sour and watery",
               "Not paying 22 for that coffee again", "Whatever coffee you switched to is awful"]},
    "printer": {
        "zh": ["打印机又卡纸了，等了二十分钟", "打印老是失败，手机连不上打印机", "打印太慢，还经常缺纸"],
        "en": ["Printer jammed twice and nobody came to fix it", "Printing from my phone never works",
               "The printer was out of paper again"]},
    "qr": {
        "zh": ["签到二维码扫不出来，安卓手机一直黑屏", "扫码签到失败，闸机不认二维码", "二维码刷不开门，折腾了十分钟",
               "app里的二维码打不开，只能找人手动登记"],
        "en": ["The QR code wouldn't scan at the gate", "App crashes when I open the QR code on my Android",
               "QR check-in failed three times, had to be let in by hand"]},
    "staff": {
        "zh": ["前台小姐姐很热情，帮我找了个安静的位置", "社区经理特别负责，有问题秒回", "前台服务很贴心，还帮忙收快递"],
        "en": ["The community manager was super helpful", "Front desk staff are friendly and quick",
               "Great staff, they sorted out my locker in minutes"]},
    "entrance": {
        "zh": ["找不到入口，导航把我带到隔壁楼", "地图定位错了，绕了半小时才找到门", "新中心的入口太难找，保安也不知道"],
        "en": ["Couldn't find the entrance, the map pin is on the wrong tower",
               "Wandered around for 30 minutes looking for the way in"]},
    "price": {
        "zh": ["日票有点贵，比隔壁联合办公贵二十块", "会议室价格偏高，一小时两百多", "价格太贵了，学生党有点吃不消"],
        "en": ["A bit pricey for a day pass", "Meeting rooms are expensive for a small startup",
               "Good space but the price is steep"]},
    "refund_slow": {
        "zh": ["取消一周了退款还没到账", "退款太慢了，对公账户等了好几天", "退款等了很久，催了客服两次"],
        "en": ["My refund still hasn't arrived after a week", "Refund to our company account took forever",
               "Still waiting on the refund, support keeps saying soon"]},
    "refund_fast": {
        "zh": ["退款秒到，体验不错", "取消后退款很快就到了"],
        "en": ["Refund came back within minutes, thanks", "Quick and painless refund"]},
    "generic_pos": {
        "zh": ["整体不错，下次还来", "挺好的，适合办公", "氛围很好，效率很高", "很满意，推荐给同事了", "位置方便，会再订"],
        "en": ["Nice place to get work done", "Good vibe, will come back", "Solid spot for a work day",
               "Everything went smoothly, recommended"]},
    "generic_neu": {
        "zh": ["还行吧", "一般般，中规中矩", "没什么特别的", "凑合"],
        "en": ["It was ok", "Average, nothing special", "Fine for a day"]},
}
SURVEY_TEXT = {"zh": {"pos": ["月卡很划算，会继续续", "整体满意", "办公效率高了不少"],
                      "neu": ["还可以", "一般", "看情况吧"]},
               "en": {"pos": ["Plan is good value, will keep it", "Happy overall", "Works well for our team"],
                      "neu": ["It's ok", "Fine so far", "We'll see"]}}


def pick(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


def day_weight(d: date) -> float:
    w = MONTH_F[d.month] * (0.35 if any(a <= d <= b for a, b in CNY) else 1.0)
    w *= 0.35 if d.weekday() >= 5 else 1.0
    w *= 1.0 + 0.45 * (d - DISC_START).days / (DISC_END - DISC_START).days   # growth
    return w


DISC_DAYS = [DISC_START + D(i) for i in range((DISC_END - DISC_START).days + 1)]
DW = np.array([day_weight(d) for d in DISC_DAYS])
DW /= DW.sum()


def app_version(d: date) -> str:
    v = APP_VERSIONS[0][1]
    for start, ver in APP_VERSIONS:
        if d >= start:
            v = ver
    return v


def at(d: date, hour: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=hour)


def workday_after(t: datetime, days: float) -> date:
    d = (t + D(days=days)).date()
    while d.weekday() >= 5 and rng.random() < 0.75:
        d += D(1)
    return d


class Gen:
    def __init__(self):
        self.customers, self.events, self.orders, self.feedback = [], [], [], []
        self.n_bk = self.n_pv = self.n_mp = self.n_ord = 0

    # ---------- helpers ----------
    def ev(self, c, ts, tp, action, **kw):
        if ts > END:
            return
        row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
                   device=kw.pop("device", c["primary_device"]))
        row.update(kw)
        self.events.append(row)

    def order(self, c, ts, otype, amount, status="paid", **kw):
        if ts > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"OD{self.n_ord:07d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                   status=status, order_type=otype, 订单类型=ORDER_ZH[otype], device=c["primary_device"], **kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, topic, channel, rating=None, nps=None, centre=None, session=None, product=None, text=None):
        if ts is not None and ts > END:
            return
        lang = c["language"] if c else "zh"
        self.feedback.append(dict(
            text=text or pick(TEXTS[topic][lang]), ts=ts, customer_id=c["customer_id"] if c else None,
            touchpoint_id="tp_renew" if channel == "survey" else TOPIC_TP[topic], channel=channel, rating=rating,
            nps=nps, centre=centre, session_id=session, product_type=product, language=lang,
            sentiment_label=SENT.get(topic, "neu") if topic in SENT else topic, _topic=topic))

    @staticmethod
    def loc(cid):
        z, e, city, czh, _, _ = CENTRES[cid]
        return dict(centre_id=cid, centre=z, centre_en=e, city=city, 城市=czh)

    # ---------- a customer ----------
    def customer(self, i, legal=False):
        cid = f"C{i:05d}"
        city = pick(list(CITIES), [v[1] for v in CITIES.values()])
        acq = pick(ACQ, ACQ_P)
        if legal:
            acq, mtype = "hr_partner", "corporate"
            city = "Shanghai"
        else:
            mtype = pick(MTYPES, MTYPE_BY_ACQ[acq])
        if mtype == "freelancer" or mtype == "student":
            size = "1"
        elif mtype == "startup":
            size = pick(["2-10", "11-50"], [0.62, 0.38])
        else:
            size = pick(["11-50", "51-200", "200+"], [0.15, 0.40, 0.45])
        if legal:
            industry = "legal"
        elif mtype == "student":
            industry = pick(["education", "design", "internet"], [0.5, 0.3, 0.2])
        else:
            industry = pick(["internet", "design", "consulting", "education", "finance", "ecommerce", "media"],
                            [0.30, 0.14, 0.12, 0.08, 0.12, 0.14, 0.10])
        homes = BY_CITY[city]
        ww = np.array([CENTRES[h][4] for h in homes])
        home = pick(homes, ww / ww.sum())
        lang = "en" if rng.random() < {"Shanghai": 0.24, "Shenzhen": 0.14, "Hangzhou": 0.07}[city] else "zh"
        device = "ios" if rng.random() < (0.62 if lang == "en" else 0.48) else "android"
        disc_d = DISC_DAYS[int(rng.choice(len(DISC_DAYS), p=DW))]
        disc = at(disc_d, float(rng.uniform(8, 22)))
        c = dict(customer_id=cid, signup_at=None, segment=None, region=city, 城市=CITIES[city][0],
                 acquisition_channel=acq, tier=None, 会员等级=None, member_type=mtype, 会员身份=MTYPE_ZH[mtype],
                 company_size_band=size, 公司规模=SIZE_ZH[size], industry=industry, 行业=INDUSTRY_ZH[industry],
                 home_centre_id=home, home_centre=CENTRES[home][0], home_centre_en=CENTRES[home][1],
                 primary_device=device, language=lang, gender=pick(["F", "M"]),
                 age_band=pick(["18-24", "25-34", "35-44", "45+"], [0.7, 0.2, 0.07, 0.03] if mtype == "student"
                               else [0.08, 0.52, 0.30, 0.10]),
                 _spend=0.0, _last_visit=None, _plan_active_end=None, _legal=legal)
        self.customers.append(c)
        self.ev(c, disc, "tp_discover", "view", channel=acq,
                **(self.loc(home) if acq == "walk_in_tour" else {}))
        if not legal and rng.random() > SIGNUP_P[acq]:
            return
        delay = {"app_store": float(rng.exponential(0.25)), "hr_partner": float(rng.lognormal(np.log(2.5), 1.0)),
                 "walk_in_tour": float(rng.exponential(0.05)), "meituan": float(rng.uniform(0.001, 0.01))}[acq]
        signup = disc + D(days=delay)
        if signup > END:
            return
        c["signup_at"] = signup
        self.ev(c, signup, "tp_signup", "submit", channel="mini_program" if acq == "meituan" else "app")
        if not legal and rng.random() > FIRST_P[acq]:
            return
        self.life(c, signup + D(days=float(rng.exponential(FIRST_DELAY[acq]) if acq != "meituan"
                                           else rng.uniform(0.001, 0.005))))

    def life(self, c, t):
        mtype, acq = c["member_type"], c["acquisition_channel"]
        lam = LAMBDA[mtype] * (1.7 if c["industry"] == "finance" else 1.0) * (3.0 if c["_legal"] else 1.0)
        cont = CONT[mtype] * (0.90 if acq == "meituan" else 1.0)
        visits, had_plan, k = 0, False, 0
        while t < END:
            k += 1
            product = pick(["day_pass", "desk", "meeting_room"],
                           [0.05, 0.05, 0.90] if c["_legal"] else PRODUCT_MIX[mtype])
            via_meituan = acq == "meituan" and product == "day_pass" and rng.random() < (0.95 if k == 1 else 0.45)
            res = self.booking(c, t, product, "meituan" if via_meituan else pick(["app", "mini_program"], [0.7, 0.3]))
            if res is not None:
                visits += 1
                h = UPGRADE_H[mtype] * (0.3 if acq == "meituan" else 1.0) * (1.3 if c["industry"] == "finance" else 1)
                if visits >= 2 and not had_plan and rng.random() < h:
                    up = at(workday_after(res, float(rng.uniform(1, 20))), float(rng.uniform(9, 21)))
                    if up < END:
                        had_plan = True
                        end = self.plan(c, up)
                        if rng.random() < 0.5:
                            return
                        t = end + D(days=float(rng.exponential(20)))
                        continue
            if rng.random() > cont:
                return
            t = t + D(days=float(rng.exponential(30.0 / lam)))

    # ---------- a booking (session BKxxxxxx) ----------
    def booking(self, c, t_book, product, channel, in_plan=False):
        """books at t_book; returns the check-out time (or check-in) if the member came, else None."""
        mtype = c["member_type"]
        home = c["home_centre_id"]
        city = c["region"]
        lead_med = {"day_pass": 14.0, "desk": 22.0, "meeting_room": 52.0}[product]
        lead_h = float(rng.lognormal(np.log(lead_med), 0.7))
        sd = (t_book + D(hours=lead_h)).date()
        if sd.weekday() >= 5 and rng.random() < 0.7:
            sd += D(days=7 - sd.weekday())
        r = rng.random()
        if r < 0.76:
            centre = home
        elif r < 0.97:
            centre = pick([k for k in BY_CITY[city] if k != "SZ4"])
        else:
            centre = pick([k for k in CENTRES if CENTRES[k][2] != city and k != "SZ4"])
        if city == "Shenzhen" and sd >= BAOAN_OPEN and rng.random() < 0.035:
            centre = "SZ4"
        if centre == "SZ4" and sd < BAOAN_OPEN:
            centre = "SZ2"
        cf = CITIES[CENTRES[centre][2]][2]
        if product == "meeting_room":
            seats = 12 if c["_legal"] else pick([4, 8, 12], [0.55, 0.33, 0.12] if mtype != "startup"
                                                else [0.35, 0.45, 0.20])
            hours = 4 if c["_legal"] else int(min(6, max(1, round(rng.gamma(3, HOURS_MEAN[mtype] / 3) + 0.5))))
            if c["industry"] == "finance":
                hours = min(6, hours + 1)
            start_h = int(rng.integers(9, 18 - min(hours, 8) + 1))
            slot = at(sd, start_h)
            amount = ROOM_PRICE[seats] * hours * cf
        else:
            seats, hours = None, None
            slot = at(sd, 9.0)
            base = DAY_PRICE if product == "day_pass" else DESK_PRICE
            amount = base * cf * (0.6 if mtype == "student" else 1.0) * (0.75 if channel == "meituan" else 1.0)
        amount = round(amount)
        if t_book >= slot:
            t_book = slot - D(hours=float(rng.uniform(0.3, 3)))
        if slot > END:
            return None
        self.n_bk += 1
        sid = f"BK{self.n_bk:06d}"
        loc = self.loc(centre)
        base = dict(session_id=sid, channel=channel, product_type=product, 产品=PRODUCT_ZH[product],
                    slot_start=slot, hours=hours, seats=seats, **loc)
        ver = app_version(t_book.date()) if channel == "app" else None
        self.ev(c, t_book, "tp_book", "submit", app_version=ver, amount=amount, **base)
        if channel == "meituan":
            method = "meituan_voucher"
        elif mtype == "corporate" and rng.random() < 0.7:
            method = "corporate_account"
        elif c["language"] == "en" and rng.random() < 0.35:
            method = "card"
        else:
            method = pick(["wechat_pay", "alipay", "card"], [0.6, 0.36, 0.04])
        otype = product
        if rng.random() > (0.995 if channel == "meituan" else 0.94):
            self.order(c, t_book + D(minutes=float(rng.uniform(1, 8))), otype, amount, status="cancelled",
                       booking_id=sid, channel=channel, payment_method=method, product_type=product,
                       产品=PRODUCT_ZH[product], **loc)
            return None
        t_pay = t_book + D(minutes=float(rng.uniform(0.5, 6)))
        if t_pay >= slot:
            t_pay = t_book + D(minutes=0.3)
        self.ev(c, t_pay, "tp_pay", "success", app_version=ver, amount=amount, payment_method=method, **base)
        od = self.order(c, t_pay, otype, amount, booking_id=sid, channel=channel, payment_method=method,
                        product_type=product, 产品=PRODUCT_ZH[product], refunded_at=None, **loc)
        c["_spend"] += amount
        # ---- cancellation
        cancel_p = {"day_pass": 0.06, "desk": 0.08, "meeting_room": 0.12}[product]
        if rng.random() < cancel_p:
            gap_h = (slot - t_pay).total_seconds() / 3600
            before = gap_h * float(rng.beta(1.6, 1.1))
            t_c = slot - D(hours=before)
            late = before < 24
            reason = pick(["plans_changed", "meeting_moved", "sick", "booked_wrong_time"], [0.45, 0.25, 0.15, 0.15])
            fee = max(20, round(0.3 * amount)) if late else 0
            self.ev(c, t_c, "tp_cancel", "cancel", cancel_reason=reason, late_cancel=late,
                    fee=fee if late else None, **base)
            if late and t_c <= END:
                self.order(c, t_c, "late_cancel_fee", fee, booking_id=sid, channel=channel, payment_method=method,
                           product_type=product, 产品=PRODUCT_ZH[product], **loc)
                c["_spend"] += fee
            self.refund(c, t_c, method, amount, od, base, "cancelled")
            return None
        # ---- no-show / QR check-in
        d = slot.date()
        ns = CENTRES[centre][5] * (1.7 if channel == "meituan" else 1.0)
        arrive = slot + D(minutes=float(rng.normal(25, 35) if product != "meeting_room" else rng.normal(-6, 6)))
        qr_fail = False
        if c["primary_device"] == "android" and QR_BUG[0] <= d <= QR_BUG[1] and rng.random() < 0.5:
            qr_fail = True
            self.ev(c, arrive - D(minutes=3), "tp_qr_fail", "fail", app_version="4.2.0",
                    error="QR_CAMERA_INIT_FAILED", session_id=sid, channel="app", product_type=product,
                    产品=PRODUCT_ZH[product], slot_start=slot, **loc)
            if rng.random() < 0.3:
                self.fb(c, arrive + D(minutes=float(rng.uniform(5, 300))), "qr", "ticket", centre=centre,
                        session=sid, product=product)
            if rng.random() < 0.45:
                return None                                     # gave up and left: a no-show
        if rng.random() < ns:
            if centre == "SZ4" and rng.random() < 0.4:
                self.fb(c, slot + D(minutes=float(rng.uniform(20, 240))), "entrance", "ticket", centre=centre,
                        session=sid, product=product)
            return None
        return self.visit(c, sid, arrive, product, channel, centre, slot, hours, seats, amount, od, base, method,
                          qr_fail)

    def refund(self, c, t0, method, amount, od, base, reason):
        delay = float(rng.lognormal(np.log(REFUND_DAYS[method]), 0.55))
        t_r = t0 + D(days=delay)
        if t_r > END:
            return
        self.ev(c, t_r, "tp_refund", "refund", refund_amount=amount, refund_reason=reason, payment_method=method,
                **base)
        if od is not None:
            od["status"] = "refunded"
            od["refunded_at"] = t_r
        c["_spend"] -= amount
        if delay > 3 and rng.random() < 0.3:
            self.fb(c, t_r - D(days=float(rng.uniform(0.5, delay - 1))), "refund_slow", "ticket",
                    centre=base["centre_id"], session=base["session_id"], product=base["product_type"])
        if rng.random() < 0.35:
            topic = "refund_slow" if delay > 3 else "refund_fast"
            self.fb(c, t_r + D(hours=float(rng.uniform(1, 30))), topic, "cs_survey",
                    rating=int(rng.choice(5, p=STARS[topic]) + 1), centre=base["centre_id"],
                    session=base["session_id"], product=base["product_type"])

    # ---------- on site ----------
    def visit(self, c, sid, arrive, product, channel, centre, slot, hours, seats, amount, od, base, method,
              qr_fail, plan_zone=None):
        d = arrive.date()
        manual = qr_fail or rng.random() < 0.03
        loc = self.loc(centre)
        self.ev(c, arrive, "tp_checkin", "check_in", checkin_method="manual" if manual else "qr",
                app_version=app_version(d), session_id=sid, channel="front_desk" if manual else "app",
                product_type=product, 产品=PRODUCT_ZH[product], slot_start=slot, **loc)
        zone = plan_zone or {"day_pass": "open_area", "desk": "fixed_desk", "meeting_room": "meeting_room"}[product]
        t_seat = arrive + D(minutes=float(rng.uniform(1, 8)))
        self.ev(c, t_seat, "tp_workspace", "seat" if zone != "meeting_room" else "unlock", zone=zone,
                区域=ZONE_ZH[zone], session_id=sid, channel="store", product_type=product, 产品=PRODUCT_ZH[product],
                **loc)
        conflict = (centre == "SH2" and product == "meeting_room" and DOUBLE_BOOK[0] <= d <= DOUBLE_BOOK[1]
                    and rng.random() < 0.5)
        # stay length
        if product == "meeting_room":
            stay = hours + float(rng.uniform(-0.1, 0.3))
            if conflict:
                stay = float(rng.uniform(0.3, 1.2))
        else:
            med = 4.2 if (centre == "SZ1" and WIFI_BAD[0] <= d <= WIFI_BAD[1]) else 6.6
            stay = float(min(12.5, max(0.7, rng.lognormal(np.log(med), 0.35))))
        t_out = arrive + D(hours=stay)
        # add-ons
        coffee_p = 0.36 if product != "meeting_room" else 0.22
        if centre == "HZ4" and d >= COFFEE_SWITCH:
            coffee_p = 0.10 if product != "meeting_room" else 0.06
        had_coffee = printed = False
        n_coffee = (1 + int(rng.random() < 0.3)) if rng.random() < coffee_p else 0
        for _ in range(n_coffee):
            had_coffee = True
            ta = arrive + D(hours=float(rng.uniform(0.1, max(0.2, stay - 0.1))))
            self.ev(c, ta, "tp_addon", "order", addon_type="coffee", 增值服务="咖啡", qty=1, amount=22,
                    session_id=sid, channel="store", product_type=product, 产品=PRODUCT_ZH[product], **loc)
            if self.order(c, ta, "addon", 22, booking_id=sid, channel="store", payment_method="wechat_pay",
                          addon_type="coffee", 增值服务="咖啡", product_type=product, 产品=PRODUCT_ZH[product], **loc):
                c["_spend"] += 22
        if rng.random() < {"freelancer": 0.10, "startup": 0.16, "corporate": 0.09, "student": 0.20}[c["member_type"]]:
            printed = True
            pages = int(rng.integers(3, 60))
            ta = arrive + D(hours=float(rng.uniform(0.1, max(0.2, stay - 0.1))))
            amt = max(2.0, round(pages * 0.8, 1))
            self.ev(c, ta, "tp_addon", "order", addon_type="printing", 增值服务="打印", qty=pages, amount=amt,
                    session_id=sid, channel="store", product_type=product, 产品=PRODUCT_ZH[product], **loc)
            if self.order(c, ta, "addon", amt, booking_id=sid, channel="store", payment_method="wechat_pay",
                          addon_type="printing", 增值服务="打印", product_type=product, 产品=PRODUCT_ZH[product],
                          **loc):
                c["_spend"] += amt
        if conflict:
            if rng.random() < 0.7 and od is not None:
                self.refund(c, arrive + D(hours=float(rng.uniform(0.5, 3))), method, amount, od, base,
                            "double_booked")
            if rng.random() < 0.35:
                self.fb(c, arrive + D(hours=float(rng.uniform(0.2, 6))), "double_booked", "ticket", centre=centre,
                        session=sid, product=product)
        if rng.random() > 0.08:
            self.ev(c, t_out, "tp_checkout", "check_out", session_id=sid, channel="store", product_type=product,
                    产品=PRODUCT_ZH[product], stay_hours=round(stay, 2), **loc)
        c["_last_visit"] = arrive
        # rating / review
        rate_p = 0.6 if conflict else (0.15 if plan_zone is None else 0.04)
        r = rng.random()
        if r < rate_p:
            topic = self.topic(centre, d, zone, had_coffee, printed, qr_fail, conflict)
            stars = int(rng.choice(5, p=STARS[topic]) + 1)
            t_r = t_out + D(hours=float(rng.uniform(0.2, 30)))
            self.ev(c, t_r, "tp_rate", "submit", stars=stars, session_id=sid, channel="app", product_type=product,
                    产品=PRODUCT_ZH[product], **loc)
            self.fb(c, t_r, topic, "app_rating", rating=stars, centre=centre, session=sid, product=product)
        elif channel == "meituan" and r < rate_p + 0.25:
            topic = self.topic(centre, d, zone, had_coffee, printed, qr_fail, conflict, meituan=True)
            stars = int(rng.choice(5, p=STARS[topic]) + 1)
            t_r = t_out + D(hours=float(rng.uniform(1, 72)))
            self.fb(c, None if rng.random() < 0.25 else t_r, topic, "meituan_review", rating=stars, centre=centre,
                    session=sid, product=product)
        if centre == "SZ1" and WIFI_BAD[0] <= d <= WIFI_BAD[1] and rng.random() < 0.04:
            self.fb(c, arrive + D(hours=float(rng.uniform(0.5, 4))), "wifi", "ticket", centre=centre, session=sid,
                    product=product)
        return t_out

    def topic(self, centre, d, zone, had_coffee, printed, qr_fail, conflict, meituan=False):
        if conflict:
            return "double_booked" if rng.random() < 0.9 else "generic_neu"
        p = {"wifi": 0.025, "noise": 0.04 if zone == "open_area" else 0.01, "clean_bright": 0.10,
             "coffee_bad": 0.02 if had_coffee else 0.0, "staff": 0.07, "price": 0.10 if meituan else 0.035,
             "printer": 0.12 if printed else 0.0, "qr": 0.5 if qr_fail else 0.0}
        if centre == "SZ1" and WIFI_BAD[0] <= d <= WIFI_BAD[1]:
            p["wifi"] = 0.55
        if centre == "HZ1" and zone == "open_area":
            p["noise"] = 0.33
        if centre == "HZ4" and d >= COFFEE_SWITCH:
            p["coffee_bad"] = 0.7 if had_coffee else 0.15
        if centre == "SH3":
            p["clean_bright"] = 0.6
        tot = sum(p.values())
        if tot > 0.95:
            p = {k: v * 0.95 / tot for k, v in p.items()}
            tot = 0.95
        p["generic_pos"] = (1 - tot) * 0.78
        p["generic_neu"] = (1 - tot) * 0.22
        keys = list(p)
        return pick(keys, np.array([p[k] for k in keys]) / sum(p.values()))

    # ---------- monthly plan (session MPxxxxx) ----------
    def plan(self, c, up):
        self.n_mp += 1
        mid = f"MP{self.n_mp:05d}"
        mtype = c["member_type"]
        ptype = "dedicated_monthly" if rng.random() < (0.5 if mtype == "corporate" or c["industry"] == "finance"
                                                       else 0.2) else "flex_monthly"
        home = c["home_centre_id"]
        loc = self.loc(home)
        price = round(PLAN_PRICE[ptype] * CITIES[c["region"]][2])
        base = dict(session_id=mid, plan_type=ptype, 月卡类型=PLAN_ZH[ptype], **loc)
        self.ev(c, up, "tp_upgrade", "submit", channel="app", amount=price, app_version=app_version(up.date()),
                **base)
        self.order(c, up, "monthly_plan", price, plan_id=mid, plan_type=ptype, channel="app",
                   payment_method="corporate_account" if mtype == "corporate" else "wechat_pay", **loc)
        c["_spend"] += price
        s = up
        zone = "fixed_desk" if ptype == "dedicated_monthly" else "open_area"
        while True:
            e = s + D(days=30)
            # plan visits in [s, e)
            n = int(rng.poisson(5 if mtype != "student" else 3.5))
            for _ in range(n):
                dd = workday_after(s, float(rng.uniform(0, 29.5)))
                if dd >= e.date():
                    continue
                self.n_pv += 1
                pv = f"PV{self.n_pv:06d}"
                arrive = at(dd, float(rng.normal(9.6, 0.8)))
                if arrive > END:
                    continue
                qr_fail = (c["primary_device"] == "android" and QR_BUG[0] <= dd <= QR_BUG[1] and rng.random() < 0.5)
                if qr_fail:
                    self.ev(c, arrive - D(minutes=3), "tp_qr_fail", "fail", app_version="4.2.0",
                            error="QR_CAMERA_INIT_FAILED", session_id=pv, channel="app", product_type="monthly_desk",
                            产品=PRODUCT_ZH["monthly_desk"], **loc)
                    if rng.random() < 0.2:
                        self.fb(c, arrive + D(minutes=float(rng.uniform(5, 120))), "qr", "ticket", centre=home,
                                session=pv, product="monthly_desk")
                pbase = dict(session_id=pv, channel="store", product_type="monthly_desk", 产品=PRODUCT_ZH["monthly_desk"],
                             **loc)
                self.visit(c, pv, arrive, "monthly_desk", "plan", home, arrive, None, None, 0, None, pbase,
                           "wechat_pay", qr_fail, plan_zone=zone)
            # meeting rooms still booked and paid by the hour
            for _ in range(int(rng.poisson(LAMBDA[mtype] * PRODUCT_MIX[mtype][2] * 1.2))):
                tb = at(workday_after(s, float(rng.uniform(0, 28))), float(rng.uniform(8, 20)))
                if tb < END:
                    self.booking(c, tb, "meeting_room", "app", in_plan=True)
            if e > END:
                return e
            if rng.random() < RENEW_P[mtype] * (0.6 if c["region"] == "Hangzhou" and mtype == "startup" else 1.0):
                t_rn = e - D(hours=float(rng.uniform(0, 40)))
                self.ev(c, t_rn, "tp_renew", "success", channel="app", amount=price, **base)
                self.order(c, t_rn, "renewal", price, plan_id=mid, plan_type=ptype, channel="app",
                           payment_method="corporate_account" if mtype == "corporate" else "wechat_pay", **loc)
                c["_spend"] += price
                t_sv = t_rn + D(days=float(rng.uniform(1, 5)))
                if rng.random() < 0.3 and t_sv <= END:
                    nps = int(np.clip(rng.normal({"corporate": 8.3, "startup": 7.2, "freelancer": 7.8,
                                                  "student": 6.8}[mtype], 1.6), 0, 10))
                    mood = "pos" if nps >= 7 else "neu"
                    self.feedback.append(dict(
                        text=pick(SURVEY_TEXT[c["language"]][mood]), ts=t_sv,
                        customer_id=c["customer_id"], touchpoint_id="tp_renew", channel="survey", rating=None,
                        nps=nps, centre=home, session_id=mid, product_type="monthly_desk", language=c["language"],
                        sentiment_label=mood, _topic="survey_" + mood))
                s = e
            else:
                c["_plan_active_end"] = e
                return e


def xiaohongshu(g: Gen, n=260):
    signed = [c for c in g.customers if c["signup_at"] is not None]
    by_home = {}
    for c in signed:
        by_home.setdefault(c["home_centre_id"], []).append(c)
    span = (END - datetime(2025, 1, 1)).days
    for _ in range(n):
        topic = pick(["clean_bright", "noise", "coffee_bad", "generic_pos"], [0.45, 0.18, 0.12, 0.25])
        if topic == "clean_bright":
            centre = pick(list(CENTRES), [0.05, 0.05, 0.52, 0.04, 0.05, 0.05, 0.04, 0.0, 0.05, 0.05, 0.05, 0.05])
        elif topic == "noise":
            centre = pick(["HZ1", "SH1", "SZ2"], [0.75, 0.15, 0.10])
        elif topic == "coffee_bad":
            centre = "HZ4"
        else:
            centre = pick([k for k in CENTRES if k != "SZ4"])
        ts = datetime(2025, 1, 1) + D(days=float(rng.uniform(0, span)))
        if topic == "coffee_bad":
            ts = datetime(2025, 10, 10) + D(days=float(rng.uniform(0, (END - datetime(2025, 10, 10)).days)))
        cust = pick(by_home[centre]) if rng.random() < 0.6 else None
        row_c = dict(cust) if cust else None
        if row_c:
            row_c["language"] = "zh"
        g.fb(row_c, None if rng.random() < 0.55 else ts, topic, "xiaohongshu", centre=centre)
        g.feedback[-1]["language"] = "zh"


def write_csv(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                elif isinstance(v, bool):
                    v = "true" if v else "false"
                out.append("" if v is None else v)
            w.writerow(out)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    legal_ids = set(int(x) for x in rng.choice(np.arange(1, N_CUST + 1), N_LEGAL, replace=False))
    for i in range(1, N_CUST + 1):
        g.customer(i, legal=i in legal_ids)
    xiaohongshu(g)

    # touchpoints / journeys
    write_csv(out / "touchpoints.csv",
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
              ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write_csv(out / "journeys.csv",
              [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                    touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
              ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
               "window_days"])

    # customers: state at the end of the extract
    cut_new, cut_active, cut_risk = datetime(2026, 5, 1), datetime(2026, 5, 1), datetime(2026, 1, 1)
    for c in g.customers:
        if c["signup_at"] is None:
            c["segment"] = "prospect"
        spend = c["_spend"]
        tier = "gold" if spend >= 6000 else ("silver" if spend >= 1500 else "basic")
        c["tier"], c["会员等级"] = tier, TIER_ZH[tier]
    active_plan = {e["customer_id"] for e in g.events if e["touchpoint_id"] in ("tp_upgrade", "tp_renew")
                   and e["ts"] >= END - D(days=30)}
    for c in g.customers:
        if c["signup_at"] is None:
            continue
        lv = c["_last_visit"]
        if c["customer_id"] in active_plan:
            c["segment"] = "monthly_member"
        elif c["signup_at"] >= cut_new:
            c["segment"] = "new"
        elif lv is None:
            c["segment"] = "registered_only"
        elif lv >= cut_active:
            c["segment"] = "active"
        elif lv >= cut_risk:
            c["segment"] = "at_risk"
        else:
            c["segment"] = "churned"
    write_csv(out / "customers.csv", g.customers,
              ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "tier", "会员等级",
               "member_type", "会员身份", "company_size_band", "公司规模", "industry", "行业", "home_centre_id",
               "home_centre", "home_centre_en", "primary_device", "language", "gender", "age_band"])

    # events: sorted, ids; a few exact duplicates re-sent by the QR gate
    ev = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for k, r in enumerate(ev, 1):
        r["event_id"] = f"EV{k:07d}"
    dup_idx = rng.choice([k for k, r in enumerate(ev) if r["touchpoint_id"] == "tp_checkin"], 40, replace=False)
    ev_out = list(ev)
    for k in sorted(dup_idx):
        ev_out.append(dict(ev[k]))
    ev_out.sort(key=lambda r: (r["ts"], r["event_id"]))
    write_csv(out / "events.csv", ev_out,
              ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "app_version", "centre_id", "centre", "centre_en", "city", "城市", "product_type", "产品", "slot_start",
               "hours", "seats", "amount", "payment_method", "zone", "区域", "addon_type", "增值服务", "qty",
               "checkin_method", "error", "cancel_reason", "late_cancel", "fee", "refund_amount", "refund_reason",
               "stay_hours", "stars", "plan_type", "月卡类型"])

    odr = sorted(g.orders, key=lambda r: r["ts"])
    write_csv(out / "orders.csv", odr,
              ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
               "product_type", "产品", "addon_type", "增值服务", "booking_id", "plan_id", "plan_type", "payment_method",
               "centre_id", "centre", "centre_en", "city", "城市", "refunded_at"])

    # feedback: ordered by time (undated rows interleaved), ids after ordering
    fbk = g.feedback
    keys = [(r["ts"] or datetime(2025, 1, 1) + D(days=float(rng.uniform(0, 540)))) for r in fbk]
    order = sorted(range(len(fbk)), key=lambda k: keys[k])
    rows, truth = [], []
    for n, k in enumerate(order, 1):
        r = fbk[k]
        r["feedback_id"] = f"FB{n:05d}"
        cen = r["centre"]
        if cen:
            r["centre_id"], r["centre"], r["centre_en"] = cen, CENTRES[cen][0], CENTRES[cen][1]
            r["city"] = CENTRES[cen][2]
        rows.append(r)
        truth.append(dict(feedback_id=r["feedback_id"], topic=r["_topic"], sentiment=r["sentiment_label"]))
    write_csv(out / "feedback.csv", rows,
              ["feedback_id", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "text", "centre_id",
               "centre", "centre_en", "city", "product_type", "session_id", "language", "sentiment_label"])
    write_csv(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(g.customers)}, events {len(ev_out)}, orders {len(odr)}, feedback {len(rows)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
