"""街味 StreetBite: a fleet of 14 food trucks plus office and event catering in Chengdu, Guangzhou, Shenzhen and
Macau. Synthetic, written blind.

Consumers find a truck on Xiaohongshu, Douyin, a QR poster at an office park or simply walk past. In the WeChat
mini-program they look up where the trucks park today, pre-order (预点单) for a pickup slot, or, at the truck,
scan the QR code to take a virtual queue ticket (扫码取号) and order at the window when called. Paid orders earn
loyalty stamps (集章, 8 stamps = a free item). Trucks sell out (售罄), are stood down by rainstorms and typhoons
(pre-orders refunded), and one truck was suspended by the market regulator after a fridge failure. Companies and
event organisers ask for catering quotes (团餐 / 活动餐车), pay a 30 % deposit, the team files temporary trading
permits for public venues, serves the event and bills the balance. An A/B test showed a live queue-time estimate
on the queue ticket in Guangzhou and Shenzhen (autumn 2025) before it was rolled out everywhere.

Data 2025-01-01 .. 2026-07-31 (extract taken in August 2026, four months before "today" 2026-12-01). Naive local
times. Money: `amount` is CNY; Macau sells in patacas (MOP), kept in `amount_local` with `currency`.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment; not a DATA.md table). Deterministic
(seed 20261201), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import bisect
import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
FIRST_DAY, LAST_DAY = date(2025, 1, 1), date(2026, 7, 31)
MOP_TO_CNY = 0.88
AB = (datetime(2025, 10, 13), datetime(2025, 12, 7, 23, 59, 59))          # queue-time display test (GZ, SZ)
ROLLOUT = datetime(2026, 3, 2)                                            # live ETA for everyone
FRIDGE = (date(2025, 7, 28), date(2025, 8, 19))                             # T05 fridge failure
SUSPEND = (date(2025, 8, 20), date(2025, 8, 26))                           # T05 suspended by the regulator
AFTERMATH = (date(2025, 8, 27), date(2025, 10, 31))                        # T05 customers stay away
STAMP2X = (date(2025, 11, 10), date(2025, 11, 23))                         # double-stamp fortnight
MPAY = datetime(2026, 1, 15)                                               # MPay accepted in the mini-program
SZ_PERMIT = date(2025, 6, 1)                                               # stricter Shenzhen event permits
SPRING_OFF = [(date(2025, 1, 25), date(2025, 2, 5)), (date(2026, 2, 13), date(2026, 2, 24))]  # mainland only
TYPHOON = [date(2025, 9, 23), date(2025, 9, 24)]                           # GZ, SZ, MO

CITIES = {"CD": ("成都", "Chengdu"), "GZ": ("广州", "Guangzhou"), "SZ": ("深圳", "Shenzhen"), "MO": ("澳门", "Macau")}
SITES = {  # id: city, zh, en, type
    "P01": ("CD", "天府软件园", "Tianfu Software Park", "office_park"),
    "P02": ("CD", "玉林路夜市", "Yulin Road Night Market", "night_market"),
    "P03": ("CD", "川大望江校区", "Sichuan University Wangjiang Campus", "campus"),
    "P04": ("GZ", "珠江新城", "Zhujiang New Town", "office_park"),
    "P05": ("GZ", "琶洲会展中心", "Pazhou Expo Centre", "expo"),
    "P06": ("GZ", "北京路步行街", "Beijing Road Pedestrian Street", "tourist"),
    "P07": ("SZ", "南山科技园", "Nanshan Science Park", "office_park"),
    "P08": ("SZ", "后海中心区", "Houhai CBD", "office_park"),
    "P09": ("SZ", "深圳湾公园", "Shenzhen Bay Park", "park"),
    "P10": ("MO", "议事亭前地", "Senado Square", "tourist"),
    "P11": ("MO", "氹仔官也街", "Rua do Cunha (Taipa)", "tourist"),
    "P12": ("MO", "澳门大学", "University of Macau", "campus"),
}
# id, city, zh, en, kind, weekday site, weekend site, weight, people ahead at peak, service min per person
TRUCKS = [
    ("T01", "CD", "串串车", "Skewer Truck", "meal", "P01", "P02", 1.05, 6.0, 1.0),
    ("T02", "CD", "钵钵鸡车", "Bobo Chicken Truck", "meal", "P03", "P02", 0.85, 5.0, 0.9),
    ("T03", "CD", "冰粉车", "Ice Jelly Truck", "dessert", "P01", "P02", 0.8, 5.0, 0.6),
    ("T04", "GZ", "肠粉车", "Rice Roll Truck", "meal", "P04", "P06", 1.25, 15.0, 1.35),
    ("T05", "GZ", "烧腊饭车", "Roast Meat Rice Truck", "meal", "P04", "P06", 1.0, 7.0, 1.0),
    ("T06", "GZ", "糖水车", "Sweet Soup Truck", "dessert", "P05", "P06", 0.7, 4.0, 0.7),
    ("T07", "GZ", "羊城咖啡车", "Canton Coffee Cart", "coffee", "P04", "P06", 1.1, 5.0, 0.8),
    ("T08", "SZ", "汉堡车", "Smash Burger Truck", "meal", "P07", "P09", 1.0, 7.0, 1.1),
    ("T09", "SZ", "牛肉粿条车", "Beef Noodle Truck", "meal", "P08", "P09", 0.9, 6.0, 1.0),
    ("T10", "SZ", "轻食碗车", "Poke Bowl Truck", "meal", "P07", "P09", 0.8, 5.0, 0.9),
    ("T11", "SZ", "鹏城咖啡车", "Pengcheng Coffee Cart", "coffee", "P07", "P09", 1.1, 5.0, 0.8),
    ("T12", "MO", "猪扒包车", "Pork Chop Bun Truck", "meal", "P10", "P10", 1.2, 10.0, 1.0),
    ("T13", "MO", "葡挞车", "Egg Tart Truck", "dessert", "P11", "P10", 1.0, 7.0, 0.6),
    ("T14", "MO", "咖喱鱼蛋车", "Curry Fish Ball Truck", "meal", "P12", "P11", 0.8, 5.0, 0.8),
]
TR = {t[0]: t for t in TRUCKS}
CITY_TRUCKS = {c: [t[0] for t in TRUCKS if t[1] == c] for c in CITIES}
MENU = {  # truck: [(zh, en, price in local currency, weight, sells out)]
    "T01": [("麻辣串串拼盘", "spicy skewer platter", 36, 0.5, 0.01), ("冷锅串串", "cold-pot skewers", 30, 0.3, 0.01),
            ("甜水面", "sweet water noodles", 14, 0.2, 0.01)],
    "T02": [("钵钵鸡大份", "bobo chicken (large)", 32, 0.45, 0.01), ("钵钵鸡小份", "bobo chicken (small)", 20, 0.35, 0.01),
            ("藤椒鸡爪", "green-pepper chicken feet", 18, 0.2, 0.04)],
    "T03": [("红糖冰粉", "brown-sugar ice jelly", 10, 0.55, 0.01), ("凉糕", "sweet rice cake", 9, 0.2, 0.02),
            ("醪糟冰汤圆", "iced rice-wine dumplings", 12, 0.25, 0.01)],
    "T04": [("鲜虾肠粉", "shrimp rice roll", 18, 0.45, 0.03), ("牛肉肠粉", "beef rice roll", 16, 0.35, 0.02),
            ("鸡蛋肠粉", "egg rice roll", 12, 0.2, 0.01)],
    "T05": [("叉烧饭", "char siu rice", 28, 0.45, 0.03), ("烧鸭饭", "roast duck rice", 32, 0.3, 0.04),
            ("双拼饭", "two-roast rice", 36, 0.25, 0.02)],
    "T06": [("双皮奶", "double-skin milk pudding", 14, 0.4, 0.01), ("杨枝甘露", "mango pomelo sago", 18, 0.4, 0.02),
            ("红豆沙", "red bean soup", 10, 0.2, 0.01)],
    "T07": [("美式咖啡", "Americano", 15, 0.4, 0.0), ("生椰拿铁", "coconut latte", 22, 0.4, 0.01),
            ("港式鸳鸯", "yuenyeung", 18, 0.2, 0.0)],
    "T08": [("双层芝士堡", "double cheeseburger", 42, 0.45, 0.02), ("脆皮鸡腿堡", "crispy chicken burger", 36, 0.35, 0.01),
            ("粗薯条", "thick-cut fries", 15, 0.2, 0.0)],
    "T09": [("牛肉粿条汤", "beef kway teow soup", 32, 0.5, 0.01), ("手打牛肉丸", "hand-made beef balls", 25, 0.25, 0.03),
            ("干捞粿条", "dry-tossed kway teow", 30, 0.25, 0.01)],
    "T10": [("三文鱼波奇碗", "salmon poke bowl", 48, 0.45, 0.04), ("鸡胸沙拉碗", "chicken salad bowl", 38, 0.35, 0.01),
            ("冷压果汁", "cold-pressed juice", 22, 0.2, 0.01)],
    "T11": [("冷萃咖啡", "cold brew", 20, 0.35, 0.01), ("燕麦拿铁", "oat latte", 24, 0.45, 0.0),
            ("手冲咖啡", "pour-over coffee", 28, 0.2, 0.01)],
    "T12": [("猪扒包", "pork chop bun", 38, 0.6, 0.16), ("蛋治", "egg sandwich", 25, 0.2, 0.01),
            ("港式奶茶", "Hong Kong milk tea", 20, 0.2, 0.0)],
    "T13": [("葡挞六个装", "egg tarts (box of 6)", 60, 0.45, 0.05), ("葡挞单个", "egg tart (single)", 11, 0.35, 0.03),
            ("杏仁饼", "almond cookies", 45, 0.2, 0.0)],
    "T14": [("咖喱鱼蛋", "curry fish balls", 28, 0.55, 0.02), ("咖喱牛杂", "curry beef offal", 35, 0.3, 0.03),
            ("柠檬茶", "lemon tea", 15, 0.15, 0.0)],
}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_xhs_note", "小红书种草笔记", "Xiaohongshu note", "awareness", "social", "digital", "marketing",
     "小红书|种草|RED note|Xiaohongshu|XHS"),
    ("tp_douyin_video", "抖音短视频", "Douyin video", "awareness", "ads", "digital", "marketing",
     "抖音|短视频|Douyin|TikTok video"),
    ("tp_poster_qr", "点位海报扫码", "Site poster QR scan", "awareness", "other", "physical", "field_ops",
     "海报|扫码海报|园区海报|易拉宝|poster|QR poster|standee"),
    ("tp_signup", "注册小程序会员", "Mini-program sign-up", "consideration", "mini_program", "digital", "growth",
     "注册|开会员|授权手机号|新会员|sign up|register|join"),
    ("tp_truck_map", "今日出摊地图", "Today's truck map", "consideration", "mini_program", "digital", "growth",
     "出摊位置|餐车在哪|地图|定位|truck locator|where is the truck|map"),
    ("tp_menu", "小程序菜单", "Mini-program menu", "consideration", "mini_program", "digital", "growth",
     "菜单|看菜单|浏览菜单|menu|browse"),
    ("tp_cart", "提交预点单", "Pre-order submitted", "purchase", "mini_program", "digital", "growth",
     "下单|预点单|提前点单|预订|购物车|pre-order|checkout|order ahead"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "mini_program", "digital", "growth",
     "付款失败|支付不了|payment failure|payment error|declined"),
    ("tp_paid", "支付成功", "Payment succeeded", "purchase", "mini_program", "digital", "growth",
     "付款|已支付|支付|paid|payment"),
    ("tp_queue_ticket", "扫码取号", "Queue ticket", "purchase", "store", "physical", "truck_ops",
     "取号|排队|排号|拿号|排队取号|queue|queue number|take a number|line"),
    ("tp_queue_cancel", "取消排队", "Queue ticket cancelled", "service", "store", "physical", "truck_ops",
     "放弃排队|不排了|弃号|过号|left the queue|abandoned queue"),
    ("tp_window_order", "窗口点单", "Window order", "purchase", "store", "physical", "truck_ops",
     "现场点单|窗口下单|柜台点餐|walk-up order|counter order|order at the window"),
    ("tp_soldout", "售罄", "Sold out", "service", "store", "physical", "truck_ops",
     "卖完了|售罄|没货|断货|sold out|out of stock"),
    ("tp_pickup", "取餐", "Pickup", "service", "store", "physical", "truck_ops",
     "出餐|取餐|拿餐|叫号取餐|pickup|collect|food handed over"),
    ("tp_weather_cancel", "天气停摊通知", "Weather stand-down notice", "service", "mini_program", "digital",
     "truck_ops", "停摊|暴雨停摊|台风停摊|取消出摊|天气取消|weather cancellation|rain-out|typhoon closure"),
    ("tp_stamp", "集章", "Stamp earned", "loyalty", "mini_program", "digital", "growth",
     "盖章|集点|积分|印花|stamp|loyalty stamp|stamp card"),
    ("tp_stamp_redeem", "集章兑换", "Stamp reward redeemed", "loyalty", "store", "physical", "growth",
     "兑换|免单|集满兑换|free item|redeem|reward"),
    ("tp_review", "评价", "Review", "loyalty", "social", "digital", "growth",
     "点评|好评|差评|评分|review|rating"),
    ("tp_complaint", "投诉工单", "Complaint ticket", "service", "phone", "digital", "quality",
     "投诉|12315|客诉|食品安全投诉|complaint|hotline"),
    ("tp_catering_enquiry", "团餐询价", "Catering enquiry", "consideration", "web", "digital", "catering_sales",
     "询价|团餐咨询|活动包车|年会餐车|企业团餐|catering enquiry|event enquiry|RFQ"),
    ("tp_catering_quote", "团餐报价", "Catering quote", "consideration", "email", "digital", "catering_sales",
     "报价|报价单|出报价|quote|quotation|proposal"),
    ("tp_catering_deposit", "团餐定金", "Catering deposit", "purchase", "web", "digital", "catering_sales",
     "定金|订金|预付款|deposit|down payment"),
    ("tp_permit", "活动临时经营许可", "Event trading permit", "service", "other", "physical", "catering_ops",
     "许可|临时许可|占道审批|报批|场地审批|permit|licence|license|IACM"),
    ("tp_event_cancel", "活动取消", "Event cancelled", "service", "other", "physical", "catering_ops",
     "活动取消|取消活动|event cancelled|cancellation"),
    ("tp_event_served", "活动出餐", "Event served", "service", "other", "physical", "catering_ops",
     "活动现场|出餐|到场服务|event day|served|catered"),
    ("tp_catering_balance", "团餐尾款", "Catering balance paid", "purchase", "web", "digital", "catering_sales",
     "尾款|结清|balance|final invoice"),
    ("tp_catering_survey", "活动回访", "Catering follow-up survey", "loyalty", "email", "digital", "catering_sales",
     "回访|满意度|NPS|client survey|feedback survey"),
]

JOURNEYS = [  # id, zh, en, steps, window
    ("preorder", "小程序预点单", "Mini-program pre-order", ["tp_menu", "tp_cart", "tp_paid", "tp_pickup"], 1),
    ("walkup", "现场扫码排队", "Walk-up queue", ["tp_queue_ticket", "tp_window_order", "tp_pickup"], 1),
    ("catering", "活动团餐", "Event catering",
     ["tp_catering_enquiry", "tp_catering_quote", "tp_catering_deposit", "tp_event_served"], 60),
    ("first_meal", "新会员首单取餐", "New member to first meal", ["tp_signup", "tp_pickup"], 7),
]

EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "city", "city_en", "truck_id", "truck", "truck_en", "site_id", "site", "site_en", "site_type",
           "item", "item_en", "items", "amount_local", "currency", "pay_method", "fail_reason", "queue_no",
           "people_ahead", "eta_shown_min", "queue_wait_min", "prep_min", "pickup_slot", "pickup_wait_min",
           "stamps_added", "stamps_after", "weather_warning", "cancel_reason", "event_type", "headcount",
           "quote_cny", "event_date", "permit_result", "setup_late_min", "soldout_outcome"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "city",
           "city_en", "truck_id", "truck", "truck_en", "site_id", "site", "site_en", "items", "item_count",
           "currency", "amount_local", "pay_method", "session_id", "refund_reason", "refunded_at", "event_type",
           "headcount", "event_date", "site_fee_cny", "permit_fee_cny"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "city", "city_en", "truck_id", "truck", "truck_en", "session_id", "order_id", "replied"]
CU_COLS = ["customer_id", "signup_at", "segment", "region", "city_en", "acquisition_channel", "tier",
           "customer_type", "company", "industry", "gender", "age_band", "language", "home_truck_id",
           "first_order_at", "last_order_at", "lifetime_orders", "lifetime_spend_cny", "stamps_balance"]


class Rand:
    """numpy Generator with buffered uniforms / normals (fast scalar draws, deterministic)."""

    def __init__(self, seed):
        self.g = np.random.default_rng(seed)
        self._u, self._ui = self.g.random(1 << 16).tolist(), 0
        self._n, self._ni = self.g.standard_normal(1 << 14).tolist(), 0
        self._cum: dict = {}

    def r(self) -> float:
        if self._ui >= len(self._u):
            self._u, self._ui = self.g.random(1 << 16).tolist(), 0
        self._ui += 1
        return self._u[self._ui - 1]

    def n(self) -> float:
        if self._ni >= len(self._n):
            self._n, self._ni = self.g.standard_normal(1 << 14).tolist(), 0
        self._ni += 1
        return self._n[self._ni - 1]

    def u(self, a, b) -> float:
        return a + (b - a) * self.r()

    def i(self, a, b) -> int:        # a..b inclusive
        return a + min(int(self.r() * (b - a + 1)), b - a)

    def exp(self, mean) -> float:
        return -mean * math.log(1.0 - self.r())

    def pois(self, lam) -> int:
        return int(self.g.poisson(lam))

    def pick(self, d: dict):
        key = tuple(d.items())
        hit = self._cum.get(key)
        if hit is None:
            tot, acc, cum = float(sum(d.values())), 0.0, []
            for k in d:
                acc += d[k] / tot
                cum.append(acc)
            cum[-1] = 1.0
            hit = self._cum[key] = (list(d), cum)
        return hit[0][min(bisect.bisect_right(hit[1], self.r()), len(hit[0]) - 1)]

    def choice(self, seq):
        return seq[min(int(self.r() * len(seq)), len(seq) - 1)]


R = Rand(SEED)


def fmt(t) -> str:
    if t is None:
        return ""
    if isinstance(t, datetime):
        return t.isoformat(" ", "seconds")
    return t.isoformat()


def dt(d: date, minutes: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(minutes=minutes)


def within(d: date, span) -> bool:
    return span[0] <= d <= span[1]


# ---------------------------------------------------------------- weather and shifts
def weather_days() -> dict:
    out = {c: {} for c in CITIES}
    d = FIRST_DAY
    while d <= LAST_DAY:
        m = d.month
        for c in CITIES:
            p, warn = 0.0, "red_rainstorm"
            if c in ("GZ", "SZ") and m in (5, 6, 7, 8, 9):
                p = 0.022
            elif c == "MO" and m in (6, 7, 8, 9):
                p, warn = 0.012, "typhoon_signal_8"
            elif c == "CD" and m in (7, 8):
                p, warn = 0.05, "rainstorm_orange"
            if R.r() < p:
                out[c][d] = warn
        d += D(days=1)
    for d in TYPHOON:
        for c in ("GZ", "SZ", "MO"):
            out[c][d] = "typhoon_signal_8" if c == "MO" else "typhoon_red"
    out["GZ"][date(2025, 5, 21)] = "black_rainstorm"
    out["SZ"][date(2025, 5, 21)] = "red_rainstorm"
    return out


WEATHER = weather_days()


def shift(truck: str, d: date):
    """(status, site_id): status ok / weather / holiday / season / suspended."""
    t = TR[truck]
    city = t[1]
    site = t[6] if d.weekday() >= 5 else t[5]
    if city != "MO" and any(within(d, s) for s in SPRING_OFF):
        return "holiday", site
    if truck == "T03" and d.month in (11, 12, 1, 2, 3):
        return "season", site
    if truck == "T05" and within(d, SUSPEND):
        return "suspended", site
    if d in WEATHER[city]:
        return "weather", site
    return "ok", site


# ---------------------------------------------------------------- feedback text
# topic -> (sentiment, zh templates, en templates). Markers in gold.py: each topic's texts carry its marker and
# no other topic's marker.
FB = {
    "long_wait": ("neg", [
        "中午在{truck}排了快半小时，等太久了，午休就一个钟",
        "等太久了！前面才十来个人，一个窗口慢慢做",
        "{truck}每天中午都要等好久，建议多开一个出餐口",
        "下楼买个早餐等了好久，上班打卡差点晚了",
        "周末人多可以理解，但等了好久都没叫到我的号",
    ], [
        "Waited forever at the {truck_en} at lunch, 25 minutes for one order.",
        "The line took ages today, only one person cooking.",
        "Took ages to get my food, my lunch break was almost over.",
    ]),
    "eta_wrong": ("neg", [
        "取号页面显示预计8分钟，实际等了25分钟，这个预计时间一点都不准",
        "预计等待时间不靠谱，说10分钟结果等了半小时",
        "{truck}的预计时间老是偏短，看了还不如不看",
    ], [
        "The ticket said an estimate of 8 minutes and it took 25. The estimate is useless.",
        "Estimate on the queue page was way off, doubled in reality.",
    ]),
    "eta_praise": ("pos", [
        "现在取号能看到还要等多久，可以先回工位再下来，太方便了",
        "喜欢这个功能，知道等多久心里有数",
    ], [
        "Love that the ticket shows the wait time now, I can go back to my desk.",
        "Seeing the wait time on my phone is super handy.",
    ]),
    "sold_out": ("neg", [
        "下午两点去就卖完了，猪扒包每天都抢不到",
        "提前下单了还说卖完了给我退款，那还预点什么",
        "{truck}的招牌又卖完了，建议多备点货",
        "刚排到我就售罄了，白排了二十分钟",
        "周末去了三次都是售罄，有点无语",
    ], [
        "Sold out again by 2pm. Please make more, I've tried three times.",
        "Pre-ordered and then they cancelled it because it was sold out. What's the point?",
        "The signature item was sold out when I reached the window.",
    ]),
    "hygiene": ("neg", [
        "吃完{truck}的饭当晚就拉肚子了，同事也一样，怀疑食材有问题",
        "拉肚子了一整晚，叉烧饭味道也有点怪，已经向12315反映",
        "饭里吃出一根头发，卫生要注意",
        "看到师傅不戴手套直接抓食材，卫生堪忧",
        "投诉：在{truck}购买的烧鸭饭食用后腹泻拉肚子，要求市场监管部门检查其冷藏条件",
        "餐车的卫生情况需要整改，桌面油腻",
    ], [
        "Got a stomach upset after the {truck_en} rice, so did my colleague. Something was off.",
        "Found a hair in my food. Hygiene needs work.",
        "Staff handled cash and food with the same gloves, poor hygiene.",
    ]),
    "weather_cancel": ("neg", [
        "下雨停摊我能理解，但十一点才发通知，都下楼了",
        "台风天停摊没问题，可退款为什么要等三天",
        "停摊通知太晚了，希望提前一点推送",
    ], [
        "Weather cancellation came at 11:40, I was already downstairs.",
        "Fine to stand down for the weather, but tell us earlier please.",
    ]),
    "payment": ("neg", [
        "小程序支付失败好几次，澳门钱包付不了，只能放弃",
        "为什么不能用MPay支付？外地钱包又失败",
        "付款一直转圈然后支付失败，午餐没买成",
    ], [
        "Payment failed three times, the mini-program won't take my Macau wallet.",
        "Couldn't complete the payment, gave up and went elsewhere.",
    ]),
    "price": ("neg", [
        "一份肠粉十八块，太贵了",
        "餐车还卖这么贵，太贵了，比楼下食堂贵一倍",
        "咖啡价格太贵，便利店的便宜一半",
    ], [
        "Overpriced for a food truck, I can get the same thing cheaper downstairs.",
        "A bit pricey for what you get.",
    ]),
    "cold_food": ("neg", [
        "拿到手饭已经凉了，应该是做好放了很久",
        "取餐的时候都凉了，预点单意义何在",
    ], [
        "Food was lukewarm when I picked it up, must have been sitting there.",
        "Lukewarm fries, not great.",
    ]),
    "portion": ("neg", [
        "分量越来越少了，吃不饱",
        "这个价格这个分量，有点不划算",
    ], [
        "The portion was tiny this time.",
        "Smaller portion than last month for the same price.",
    ]),
    "refund_slow": ("neg", [
        "取消的单退款等了一个星期还没到账",
        "订单退款到现在都没收到，客服也不回",
    ], [
        "Still waiting for my refund a week later.",
        "The refund for my cancelled order never arrived.",
    ]),
    "praise_taste": ("pos", [
        "{truck}太好吃了，每周必吃三次",
        "真的好吃，酱汁很香，值得排队",
        "好吃不贵，老板手艺没得说",
        "第一次吃就爱上了，好吃到想天天来",
        "味道正宗，好吃！",
    ], [
        "Delicious as always, the best lunch around the office.",
        "So tasty, worth every minute in the line.",
        "Really delicious and fresh. Will be back tomorrow.",
    ]),
    "praise_staff": ("pos", [
        "小哥很热情，还记得我不要葱",
        "老板娘热情又麻利，出餐很快",
    ], [
        "Super friendly crew, they remembered my order.",
        "Friendly staff, fast and cheerful even in the rain.",
    ]),
    "stamps": ("pos", [
        "集章送一份太划算了，已经换了两次",
        "集章卡满了，今天免费换了一杯",
        "双倍集章活动很给力",
    ], [
        "The stamp card is great, just got my free coffee.",
        "Double stamps this week, nice touch.",
    ]),
    "location_ask": ("neu", [
        "今天餐车停在哪？地图上没更新",
        "请问周末还在这里出摊吗",
        "明天还在软件园那边吗？",
    ], [
        "Where is the truck parked today? The map hasn't updated.",
        "Where will you be this weekend?",
    ]),
    # catering
    "late_setup": ("neg", [
        "年会餐车迟到了四十分钟，开场的时候还在搭",
        "活动当天出餐迟到，客人都在等，很尴尬",
        "到场迟到，流程全被打乱了",
    ], [
        "The trucks set up late, guests were waiting 40 minutes.",
        "Crew arrived behind schedule and service started late for our guests.",
    ]),
    "ran_out": ("neg", [
        "报了两百人的量，一个小时就不够吃了",
        "后半场吃的不够吃，好几个同事没吃上",
    ], [
        "Food ran out an hour in, a lot of guests missed out.",
        "We ran out of mains halfway through.",
    ]),
    "event_praise": ("pos", [
        "这次活动办得很成功，同事们都说餐车是亮点",
        "这次活动的餐车太受欢迎了，明年还找你们",
        "合作很顺利，这次活动反响很好",
    ], [
        "Our event was a hit, everyone loved the trucks.",
        "Smooth from quote to service, our event got great feedback.",
    ]),
    "quote_price": ("neg", [
        "报价偏高，人均比别家贵了二十",
        "场地费和许可费另算，最后报价比预期高很多",
    ], [
        "The quote came in high once site and permit fees were added.",
        "Quote per head is steep compared to other caterers.",
    ]),
    "general": ("neu", [
        "还行，正常水平",
        "一般吧，中规中矩",
        "挺方便的，就在楼下",
    ], [
        "It's okay, nothing special.",
        "Decent, convenient spot.",
    ]),
}
PRE_ZH = ["", "", "今天", "说实话，", "又来了，", "和同事一起，", "下班顺路，"]
PRE_EN = ["", "", "Honestly, ", "Second time here. ", "Came with colleagues. "]
SUF_ZH = {"neg": ["", "，希望改进", "，有点失望", "😤", "！"], "pos": ["", "，推荐", "👍", "，下次还来", "！"],
          "neu": ["", "。", "～"]}
SUF_EN = {"neg": ["", " Please fix it.", " Disappointed.", "!"], "pos": ["", " Recommended!", " :)"],
          "neu": ["", "."]}


class Out:
    def __init__(self):
        self.events: list[list] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[tuple] = []
        self.ev_n = 0
        self.or_n = 0
        self.fb_n = 0
        self.sess_n = 0

    def ev(self, cust, ts: datetime, tp, sess=None, action=None, device=None, channel=None, truck=None,
           site=None, **kw):
        if not START <= ts <= END:
            return ts
        self.ev_n += 1
        row = dict(event_id=f"E{self.ev_n:07d}", customer_id=cust["id"], ts=fmt(ts), touchpoint_id=tp,
                   session_id=sess or "", action=action or "", device=device or cust["device"],
                   channel=channel or "")
        city = cust["city"]
        if truck:
            t = TR[truck]
            city = t[1]
            row.update(truck_id=truck, truck=t[2], truck_en=t[3])
        if site:
            s = SITES[site]
            row.update(site_id=site, site=s[1], site_en=s[2], site_type=s[3])
        row.update(city=CITIES[city][0], city_en=CITIES[city][1])
        for k, v in kw.items():
            row[k] = fmt(v) if isinstance(v, (datetime, date)) else v
        self.events.append(row)
        return ts

    def order(self, cust, ts, amount_local, currency, **kw):
        self.or_n += 1
        oid = f"O{self.or_n:07d}"
        amt = round(amount_local * MOP_TO_CNY, 2) if currency == "MOP" else round(float(amount_local), 2)
        row = dict(order_id=oid, customer_id=cust["id"], ts=fmt(ts), amount=amt, amount_local=amount_local,
                   currency=currency, device=cust["device"])
        for k, v in kw.items():
            row[k] = fmt(v) if isinstance(v, (datetime, date)) else v
        self.orders.append(row)
        return row

    def fb(self, cust, ts, topic, channel, tp, truck=None, rating=None, nps=None, lang=None, sess=None,
           order=None, keep_ts=True):
        if ts > END:     # written after the extract
            return
        sent, zh, en = FB[topic]
        lang = lang or cust["lang"]
        tpl = R.choice(zh if lang == "zh" else en)
        t = TR[truck] if truck else None
        text = tpl.format(truck=t[2] if t else "餐车", truck_en=t[3] if t else "truck")
        if lang == "zh":
            suf = R.choice(SUF_ZH[sent])
            if suf[:1] in ("，", "。", "！", "～"):
                text = text.rstrip("。！，")
            text = R.choice(PRE_ZH) + text + suf
        else:
            suf = R.choice(SUF_EN[sent])
            if suf[:1] in (".", "!"):
                text = text.rstrip(".!")
            pre = R.choice(PRE_EN)
            if pre.endswith(", ") and not text.startswith(("I ", "I'")):
                text = text[0].lower() + text[1:]
            text = pre + text + suf
        self.fb_n += 1
        fid = f"F{self.fb_n:06d}"
        city = t[1] if t else cust["city"]
        self.feedback.append(dict(
            feedback_id=fid, text=text, ts=fmt(ts) if keep_ts else "", customer_id=cust["id"],
            touchpoint_id=tp, channel=channel, rating=rating if rating is not None else "",
            nps=nps if nps is not None else "", language=lang, city=CITIES[city][0], city_en=CITIES[city][1],
            truck_id=truck or "", truck=t[2] if t else "", truck_en=t[3] if t else "", session_id=sess or "",
            order_id=order or "",
            replied=("yes" if R.r() < 0.55 else "no") if channel in ("dianping", "google_maps") else ""))
        self.truth.append((fid, topic, sent))

    def new_session(self) -> str:
        self.sess_n += 1
        return f"S{self.sess_n:07d}"


def rating_for(sent: str) -> int:
    if sent == "neg":
        return R.pick({1: 0.5, 2: 0.38, 3: 0.12})
    if sent == "pos":
        return R.pick({5: 0.68, 4: 0.32})
    return R.pick({3: 0.55, 4: 0.35, 2: 0.1})


# ---------------------------------------------------------------- consumers
ACQ = {  # channel: (weight by city CD, GZ, SZ, MO), monthly visit rate mean, active months mean, p never orders
    "xiaohongshu": ((0.32, 0.2, 0.26, 0.3), 0.9, 3.5, 0.24),
    "douyin": ((0.2, 0.16, 0.14, 0.1), 1.2, 5.0, 0.15),
    "office_poster": ((0.18, 0.26, 0.26, 0.06), 3.2, 12.0, 0.05),
    "walk_by": ((0.18, 0.24, 0.2, 0.38), 1.8, 7.0, 0.0),
    "friend_referral": ((0.07, 0.1, 0.1, 0.1), 2.2, 10.0, 0.06),
    "wechat_article": ((0.05, 0.04, 0.04, 0.06), 1.5, 7.0, 0.1),
}
CITY_W = {"CD": 0.26, "GZ": 0.28, "SZ": 0.3, "MO": 0.16}
EN_SHARE = {"CD": 0.05, "GZ": 0.05, "SZ": 0.1, "MO": 0.4}
IOS = {"CD": 0.4, "GZ": 0.42, "SZ": 0.52, "MO": 0.62}
N_CONSUMERS = 7000


def month_index(d: date) -> int:
    return (d.year - 2025) * 12 + d.month - 1


def signup_date() -> datetime:
    if R.r() < 0.2:   # legacy members
        return datetime(2023, 6, 1) + D(days=R.i(0, 579), minutes=R.u(7 * 60, 23 * 60))
    # growth: more sign-ups later; month weights
    w = {m: 1.0 + 0.045 * m for m in range(19)}
    for m in (0, 13):   # Jan (spring off) lighter
        w[m] *= 0.8
    m = R.pick(w)
    y, mm = 2025 + m // 12, m % 12 + 1
    nd = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]
    return datetime(y, mm, 1) + D(days=R.i(0, nd - 1), minutes=R.u(7 * 60, 23 * 60))


def visit_weight(truck: str, d: date, city: str) -> float:
    w = 1.0
    if truck == "T03":
        w *= {4: 0.7, 5: 1.0, 6: 1.4, 7: 2.0, 8: 2.0, 9: 1.2, 10: 0.7}.get(d.month, 0.0)
    if truck == "T05" and within(d, AFTERMATH):
        w *= 0.45
    if truck == "T07" or truck == "T11":
        w *= 1.0 if d.weekday() < 5 else 0.5
    if within(d, STAMP2X):
        w *= 1.35
    if city == "MO" and any(within(d, s) for s in SPRING_OFF):
        w *= 1.8
    return w


def pick_items(truck: str, d: date) -> list:
    menu = MENU[truck]
    n = R.pick({1: 0.62, 2: 0.28, 3: 0.1})
    out = []
    for _ in range(n):
        k = R.pick({i: m[3] for i, m in enumerate(menu)})
        out.append(k)
    return out


def soldout_p(truck: str, k: int, d: date, minute: float) -> float:
    p = MENU[truck][k][4]
    if truck == "T12" and k == 0:
        if d.weekday() >= 5:
            p *= 1.8
        if minute > 14 * 60:
            p *= 1.6
    return min(p, 0.6)


def slot_time(kind: str, site_type: str, d: date) -> float:
    """a minute of the day when the customer wants the food."""
    if kind == "coffee":
        return R.u(7.75 * 60, 10.5 * 60) if d.weekday() < 5 else R.u(9 * 60, 16 * 60)
    if site_type in ("office_park", "campus", "expo") and d.weekday() < 5:
        return R.u(11.25 * 60, 13.6 * 60) if R.r() < 0.92 else R.u(17.5 * 60, 19.5 * 60)
    if site_type == "night_market":
        return R.u(17.5 * 60, 22 * 60)
    return R.u(10.5 * 60, 20.5 * 60)


def peak_factor(kind: str, minute: float, d: date, site_type: str) -> float:
    if kind == "coffee":
        return 1.3 if 8.5 * 60 <= minute <= 9.5 * 60 else 0.8
    if d.weekday() < 5 and site_type in ("office_park", "campus", "expo"):
        return 1.35 if 11.9 * 60 <= minute <= 12.9 * 60 else 0.75
    return 1.0


def make_consumers(out: Out):
    customers = []
    variant_of: dict = {}
    exp_rows = []
    for i in range(N_CONSUMERS):
        city = R.pick(CITY_W)
        ci = list(CITIES).index(city)
        acq = R.pick({k: v[0][ci] for k, v in ACQ.items()})
        _, rate_m, life_m, p_never = ACQ[acq]
        signup = signup_date()
        lang = "en" if R.r() < EN_SHARE[city] else "zh"
        c = dict(id=f"U{100001 + i}", city=city, acq=acq, signup=signup, lang=lang,
                 device="ios" if R.r() < IOS[city] else "android",
                 gender=R.pick({"female": 0.54, "male": 0.46}),
                 age_band=R.pick({"18-24": 0.26, "25-34": 0.46, "35-44": 0.2, "45+": 0.08}),
                 fav=R.pick({t: TR[t][7] for t in CITY_TRUCKS[city]}),
                 p_pre=min(0.9, max(0.05, 0.42 + 0.18 * R.n() + (0.12 if acq == "office_poster" else 0.0))),
                 orders=0, spend=0.0, stamps=0, reward=0, first_order=None, last_order=None)
        if city == "MO":
            c["p_pre"] *= 0.6
            c["mpay"] = R.r() < 0.55
        customers.append(c)
        rate = rate_m * math.exp(0.5 * R.n() - 0.125)
        active_start = max(signup, START)
        life = R.exp(life_m * 30)
        active_end = min(END, active_start + D(days=life))
        if signup < START:   # legacy: some already lapsed
            if R.r() < 0.35:
                active_end = min(END, START + D(days=R.exp(90)))
        # acquisition touch + sign-up
        if signup >= START:
            src = {"xiaohongshu": "tp_xhs_note", "douyin": "tp_douyin_video", "office_poster": "tp_poster_qr"}
            if acq in src:
                site = TR[c["fav"]][5] if acq == "office_poster" else None
                out.ev(c, signup - D(minutes=R.u(1, 40)), src[acq], action="view" if acq != "office_poster"
                       else "scan", channel="social" if acq != "office_poster" else "offline", site=site)
            out.ev(c, signup, "tp_signup", action="success", channel="mini_program")
        never = signup >= START and R.r() < p_never
        if never:
            continue
        # visit days
        days = []
        if signup >= START and R.r() < (0.55 if acq == "xiaohongshu" else 0.82):
            first = signup + D(days=R.exp(1.6))
            if first <= END:
                days.append(first.date())
        span_days = max(0.0, (active_end - active_start).total_seconds() / 86400)
        n = R.pois(rate * span_days / 30.0 * 1.15)
        for _ in range(n):
            days.append((active_start + D(days=R.u(0, span_days))).date())
        days.sort()
        for d in days:
            if d > LAST_DAY or d < FIRST_DAY:
                continue
            truck = c["fav"] if R.r() < 0.66 else R.choice(CITY_TRUCKS[city])
            if R.r() > min(1.0, visit_weight(truck, d, city) / 1.4):
                continue
            status, site = shift(truck, d)
            if status in ("holiday", "season", "suspended"):
                continue
            visit(out, c, truck, site, d, status, variant_of, exp_rows)
    return customers, exp_rows


def pay_method(c, ts) -> str:
    if c["city"] == "MO":
        if c["mpay"] and ts >= MPAY:
            return "mpay"
        return R.pick({"wechat_pay": 0.6, "alipay": 0.4})
    return R.pick({"wechat_pay": 0.78, "alipay": 0.22})


def visit(out: Out, c, truck, site, d: date, status, variant_of, exp_rows):
    t = TR[truck]
    city, kind = t[1], t[4]
    site_type = SITES[site][3]
    cur = "MOP" if city == "MO" else "CNY"
    sess = out.new_session()
    want = slot_time(kind, site_type, d)
    pre = R.r() < c["p_pre"]
    if status == "weather" and not pre:
        return
    items = pick_items(truck, d)
    # --------- pre-order
    if pre:
        if status == "weather":
            t0 = dt(d, R.u(7.5 * 60, 9.6 * 60))
        else:
            t0 = dt(d, max(7 * 60, want - R.u(15, 150)))
        if R.r() < 0.22:
            out.ev(c, t0 - D(minutes=R.u(1, 5)), "tp_truck_map", sess, "view", channel="mini_program",
                   truck=truck, site=site)
        out.ev(c, t0, "tp_menu", sess, "view", channel="mini_program", truck=truck, site=site)
        t1 = t0 + D(seconds=R.u(40, 300))
        # sold out shown on the menu
        if R.r() < soldout_p(truck, items[0], d, want) * 0.6:
            k = items[0]
            left = R.r() < 0.55
            out.ev(c, t0 + D(seconds=R.u(5, 30)), "tp_soldout", sess, "view", channel="mini_program", truck=truck,
                   site=site, item=MENU[truck][k][0], item_en=MENU[truck][k][1],
                   soldout_outcome="left" if left else "switched")
            if left:
                return
            items = [j for j in items if j != k] or [R.choice([j for j in range(len(MENU[truck])) if j != k])]
        if R.r() < 0.2:   # browsed only
            return
        out.ev(c, t1, "tp_cart", sess, "submit", channel="mini_program", truck=truck, site=site,
               items="+".join(MENU[truck][k][0] for k in items))
        local = sum(MENU[truck][k][2] for k in items)
        if city == "MO":
            p_fail = 0.26 if (c["mpay"] and t1 < MPAY) else (0.05 if t1 < MPAY else 0.035)
        else:
            p_fail = 0.03
        tt = t1
        for attempt in range(3):
            tt = tt + D(seconds=R.u(10, 90))
            if R.r() < p_fail:
                reason = ("wallet_not_supported" if city == "MO" and c["mpay"] and tt < MPAY
                          else R.pick({"network_timeout": 0.5, "insufficient_balance": 0.3, "bank_declined": 0.2}))
                out.ev(c, tt, "tp_pay_fail", sess, "fail", channel="mini_program", truck=truck, site=site,
                       fail_reason=reason, amount_local=local, currency=cur)
                if R.r() < 0.45:
                    if city == "MO" and reason == "wallet_not_supported" and R.r() < 0.12:
                        out.fb(c, tt + D(minutes=R.u(2, 300)), "payment", R.pick({"dianping": 0.5, "google_maps": 0.5}),
                               "tp_pay_fail", truck, rating=rating_for("neg"), sess=sess)
                    return
                continue
            break
        else:
            return
        if R.r() < 0.06 and attempt == 0:   # abandoned at the cashier page
            return
        pm = pay_method(c, tt)
        out.ev(c, tt, "tp_paid", sess, "success", channel="mini_program", truck=truck, site=site,
               amount_local=local, currency=cur, pay_method=pm, pickup_slot=fmt(dt(d, 15 * round(want / 15))))
        o = out.order(c, tt, local, cur, status="paid", channel="mini_program", order_type="preorder",
                      city=CITIES[city][0], city_en=CITIES[city][1], truck_id=truck, truck=t[2], truck_en=t[3],
                      site_id=site, site=SITES[site][1], site_en=SITES[site][2],
                      items="+".join(MENU[truck][k][0] for k in items), item_count=len(items), pay_method=pm,
                      session_id=sess)
        if status == "weather":
            tn = dt(d, R.u(9.75 * 60, 10.6 * 60))
            out.ev(c, tn, "tp_weather_cancel", sess, "notify", channel="mini_program", truck=truck, site=site,
                   weather_warning=WEATHER[city][d])
            o.update(status="refunded", refund_reason="weather", refunded_at=fmt(tn + D(hours=R.u(1, 50))))
            if R.r() < 0.12:
                out.fb(c, tn + D(minutes=R.u(5, 600)), "weather_cancel",
                       R.pick({"mini_program": 0.5, "wechat_group": 0.5}), "tp_weather_cancel", truck,
                       sess=sess, order=o["order_id"])
            return
        slot = dt(d, 15 * round(want / 15))
        # oversold: refunded at the truck
        k = items[0]
        if R.r() < soldout_p(truck, k, d, want) * 0.35:
            ts = slot - D(minutes=R.u(5, 40))
            out.ev(c, ts, "tp_soldout", sess, "notify", channel="mini_program", truck=truck, site=site,
                   item=MENU[truck][k][0], item_en=MENU[truck][k][1], soldout_outcome="refunded")
            o.update(status="refunded", refund_reason="sold_out", refunded_at=fmt(ts + D(hours=R.u(0.5, 30))))
            if R.r() < 0.4:
                out.fb(c, ts + D(minutes=R.u(5, 300)), "sold_out" if R.r() < 0.8 else "refund_slow",
                       R.pick({"mini_program": 0.4, "dianping": 0.3, "google_maps": 0.3 if city == "MO" else 0.0}),
                       "tp_soldout", truck, rating=rating_for("neg"), sess=sess, order=o["order_id"])
            return
        if R.r() < 0.015:   # customer cancelled
            o.update(status="cancelled", refund_reason="customer_cancel",
                     refunded_at=fmt(tt + D(minutes=R.u(5, 60))))
            return
        if R.r() < 0.02:    # never collected
            return
        base = {"T04": 8.5}.get(truck, 3.5)
        wait = round(max(0.0, R.exp(base) + (2.0 if kind == "meal" and d.weekday() < 5 else 0.0) - 1.0), 1)
        tp = slot + D(minutes=R.u(-5, 10) + wait)
        if tp <= tt:
            tp = tt + D(minutes=R.u(3, 10))
        out.ev(c, tp, "tp_pickup", sess, "success", truck=truck, site=site, pickup_wait_min=wait,
               items="+".join(MENU[truck][k][0] for k in items))
        after_meal(out, c, truck, site, d, tp, sess, o, wait_long=wait > 15, eta_gap=0.0, sold_out=False)
        return
    # --------- walk-up
    t0 = dt(d, want)
    ab = city in ("GZ", "SZ") and AB[0] <= t0 <= AB[1]
    variant = None
    if ab:
        variant = variant_of.get(c["id"])
        if variant is None:
            variant = "live_eta" if R.r() < 0.5 else "number_only"
            variant_of[c["id"]] = variant
            exp_rows.append(dict(experiment_id="queue_eta_display", variant=variant, customer_id=c["id"],
                                 assigned_at=fmt(t0), city=CITIES[city][0],
                                 variant_desc="queue ticket shows a live wait estimate" if variant == "live_eta"
                                 else "queue ticket shows the number only (control)"))
    show_eta = (ab and variant == "live_eta") or t0 >= ROLLOUT
    lam = t[8] * peak_factor(kind, want, d, site_type)
    if within(d, STAMP2X):
        lam *= 1.2
    if truck == "T12" and d.weekday() >= 5:
        lam *= 1.3
    ahead = R.pois(lam)
    svc = t[9]
    qwait = round(max(0.5, ahead * svc * R.u(0.8, 1.3) + R.u(0, 2.5)), 1)
    eta = int(round(ahead * 1.0 + 1)) if show_eta else None
    qno = R.i(1, 80) + ahead
    if R.r() < 0.15:
        out.ev(c, t0 - D(minutes=R.u(2, 20)), "tp_truck_map", sess, "view", channel="mini_program", truck=truck,
               site=site)
    out.ev(c, t0, "tp_queue_ticket", sess, "issue", channel="store", truck=truck, site=site, queue_no=qno,
           people_ahead=ahead, eta_shown_min=eta if eta is not None else "")
    p_ab = min(0.55, 0.03 + 0.011 * qwait + (0.004 * qwait if qwait > 15 else 0.0))
    if show_eta:
        p_ab *= 0.5
    if R.r() < p_ab:
        if R.r() < 0.45:
            out.ev(c, t0 + D(minutes=R.u(2, qwait)), "tp_queue_cancel", sess, "cancel", channel="store",
                   truck=truck, site=site, cancel_reason="wait_too_long", queue_no=qno)
        if R.r() < 0.06:
            out.fb(c, t0 + D(minutes=R.u(20, 300)), "long_wait", R.pick({"dianping": 0.5, "mini_program": 0.5}),
                   "tp_queue_ticket", truck, rating=rating_for("neg"), sess=sess)
        return
    tw = t0 + D(minutes=qwait)
    k = items[0]
    if R.r() < soldout_p(truck, k, d, want):
        left = R.r() < 0.4
        out.ev(c, tw, "tp_soldout", sess, "view", channel="store", truck=truck, site=site,
               item=MENU[truck][k][0], item_en=MENU[truck][k][1], soldout_outcome="left" if left else "switched")
        if left:
            if R.r() < 0.2:
                out.fb(c, tw + D(minutes=R.u(10, 300)), "sold_out",
                       R.pick({"dianping": 0.4, "mini_program": 0.3, "xiaohongshu": 0.3}) if city != "MO"
                       else R.pick({"google_maps": 0.5, "dianping": 0.5}),
                       "tp_soldout", truck, rating=None, sess=sess)
            return
        items = [j for j in items if j != k] or [R.choice([j for j in range(len(MENU[truck])) if j != k])]
        tw += D(seconds=R.u(20, 90))
    local = sum(MENU[truck][k][2] for k in items)
    pm = pay_method(c, tw)
    out.ev(c, tw, "tp_window_order", sess, "success", channel="store", truck=truck, site=site,
           items="+".join(MENU[truck][k][0] for k in items), amount_local=local, currency=cur, pay_method=pm,
           queue_no=qno, queue_wait_min=qwait)
    o = out.order(c, tw, local, cur, status="paid", channel="window_qr", order_type="walkup",
                  city=CITIES[city][0], city_en=CITIES[city][1], truck_id=truck, truck=t[2], truck_en=t[3],
                  site_id=site, site=SITES[site][1], site_en=SITES[site][2],
                  items="+".join(MENU[truck][k][0] for k in items), item_count=len(items), pay_method=pm,
                  session_id=sess)
    prep = round(R.u(2, 6) + (3.0 if truck in ("T04", "T05", "T08") else 0.0), 1)
    tp = tw + D(minutes=prep)
    out.ev(c, tp, "tp_pickup", sess, "success", truck=truck, site=site, prep_min=prep,
           items="+".join(MENU[truck][k][0] for k in items))
    after_meal(out, c, truck, site, d, tp, sess, o, wait_long=qwait > 20,
               eta_gap=(qwait - eta) if eta is not None else 0.0, sold_out=False)


def after_meal(out: Out, c, truck, site, d, tp, sess, o, wait_long, eta_gap, sold_out):
    t = TR[truck]
    city = t[1]
    c["orders"] += 1
    c["spend"] += o["amount"]
    c["first_order"] = c["first_order"] or tp
    c["last_order"] = tp
    # stamps
    if o["amount"] >= 15:
        add = 2 if within(d, STAMP2X) else 1
        c["stamps"] += add
        ts = tp + D(seconds=R.u(5, 60))
        out.ev(c, ts, "tp_stamp", sess, "earn", channel="mini_program", truck=truck, site=site, stamps_added=add,
               stamps_after=c["stamps"])
        while c["stamps"] >= 8:
            c["stamps"] -= 8
            c["reward"] += 1
    elif c["reward"] and R.r() < 0.7:
        pass
    if c["reward"] and R.r() < 0.55:
        c["reward"] -= 1
        k = R.choice(range(len(MENU[truck])))
        out.ev(c, tp + D(seconds=R.u(61, 120)), "tp_stamp_redeem", sess, "redeem", channel="store", truck=truck,
               site=site, item=MENU[truck][k][0], item_en=MENU[truck][k][1])
    # feedback
    fridge = truck == "T05" and within(d, FRIDGE)
    if fridge and R.r() < 0.28:
        ch = R.pick({"hotline_12315": 0.35, "mini_program": 0.35, "dianping": 0.3})
        out.fb(c, tp + D(hours=R.u(4, 40)), "hygiene", ch, "tp_complaint" if ch == "hotline_12315" else "tp_pickup",
               truck, rating=None if ch == "hotline_12315" else rating_for("neg"), sess=sess, order=o["order_id"])
        if ch == "hotline_12315":
            out.ev(c, tp + D(hours=R.u(4, 40)), "tp_complaint", sess, "open", channel="phone", truck=truck,
                   site=site, cancel_reason="")
        return
    p = 0.075
    if wait_long or eta_gap > 8:
        p = 0.2
    if R.r() >= p:
        return
    ch = R.pick({"mini_program": 0.5, "dianping": 0.22, "xiaohongshu": 0.1, "wechat_group": 0.1,
                 "google_maps": 0.08 if city == "MO" else 0.0})
    if eta_gap > 8 and R.r() < 0.6:
        topic = "eta_wrong"
    elif wait_long and R.r() < 0.6:
        topic = "long_wait"
    else:
        w = {"praise_taste": 0.42, "praise_staff": 0.1, "price": 0.08, "cold_food": 0.05, "portion": 0.05,
             "hygiene": 0.02, "stamps": 0.06, "location_ask": 0.05, "general": 0.1, "long_wait": 0.04,
             "eta_praise": 0.06 if eta_gap != 0.0 or tp >= ROLLOUT else 0.0}
        if within(d, STAMP2X):
            w["stamps"] = 0.2
        if truck in ("T08", "T10", "T11"):
            w["price"] = 0.14
        topic = R.pick(w)
    sent = FB[topic][0]
    rating = rating_for(sent) if ch in ("mini_program", "dianping", "google_maps") else None
    lang = "en" if ch == "google_maps" and R.r() < 0.8 else None
    keep = not (ch == "wechat_group" and R.r() < 0.45) and not (ch == "dianping" and R.r() < 0.04)
    tpid = {"eta_wrong": "tp_queue_ticket", "eta_praise": "tp_queue_ticket", "long_wait": "tp_queue_ticket",
            "stamps": "tp_stamp", "location_ask": "tp_truck_map"}.get(topic, "tp_pickup" if ch != "dianping"
                                                                         else "tp_review")
    if ch in ("dianping", "google_maps", "xiaohongshu"):
        tpid = "tp_review"
    out.fb(c, tp + D(minutes=R.u(10, 60 * 30)), topic, ch, tpid, truck, rating=rating, lang=lang, sess=sess,
           order=o["order_id"], keep_ts=keep)


# ---------------------------------------------------------------- catering
EVENT_TYPES = {  # type: (zh, weight, headcount range, outdoor public venue p)
    "annual_party": ("年会", 0.24, (80, 500), 0.1),
    "team_building": ("团建", 0.2, (30, 150), 0.35),
    "product_launch": ("发布会", 0.1, (60, 300), 0.3),
    "expo": ("展会", 0.12, (150, 800), 1.0),
    "campus_fair": ("校园活动", 0.1, (100, 600), 0.2),
    "wedding": ("婚礼", 0.1, (60, 200), 0.4),
    "music_festival": ("音乐节", 0.06, (300, 1200), 1.0),
    "open_day": ("园区开放日", 0.08, (100, 400), 0.5),
}
PER_HEAD = {"CD": 48, "GZ": 58, "SZ": 66, "MO": 78}     # local currency
COMPANY = {
    "CD": ["天府云数", "锦城游戏", "蓉创科技", "川味文旅", "西部会展", "芙蓉教育", "熊猫互娱", "青羊设计"],
    "GZ": ["南粤会展", "羊城传媒", "珠江金融", "广汇电商", "岭南设计", "花城教育", "穗联物流", "越秀地产"],
    "SZ": ["鹏程智能", "南山芯片", "湾区云", "前海金融", "深蓝无人机", "极速电竞", "科苑生物", "海岸游戏"],
    "MO": ["Lusitano Eventos", "Cotai Events", "濠江会展", "澳门青年协会", "Taipa Creative", "氹仔酒店集团"],
}
INDUSTRY = ["tech", "finance", "education", "event_agency", "retail", "real_estate", "gaming", "public_sector"]


def event_month_weight(m: int, etype: str) -> float:
    if etype == "annual_party":
        return {12: 3.0, 1: 4.0, 2: 1.0}.get(m, 0.1)
    if etype == "expo":
        return {4: 3.0, 10: 3.0, 5: 1.2, 11: 1.2}.get(m, 0.4)
    if etype == "campus_fair":
        return {9: 3.0, 10: 2.0, 3: 1.5, 4: 1.5, 5: 1.0}.get(m, 0.3)
    if etype == "music_festival":
        return {4: 2, 5: 2, 10: 2, 11: 2, 12: 1}.get(m, 0.4)
    return 1.0


def make_business(out: Out):
    custs = []
    n = 0
    for city, cw in (("SZ", 150), ("GZ", 120), ("CD", 90), ("MO", 60)):
        for j in range(cw):
            n += 1
            name = COMPANY[city][j % len(COMPANY[city])] + ("" if j < len(COMPANY[city]) else f"{j // len(COMPANY[city]) + 1}部")
            signup = datetime(2024, 3, 1) + D(days=R.u(0, 840))
            c = dict(id=f"B{2000 + n}", city=city, acq=R.pick({"corporate_sales": 0.45, "website": 0.3,
                                                              "referral": 0.25}),
                     signup=signup, lang="en" if (city == "MO" and R.r() < 0.45) or R.r() < 0.04 else "zh",
                     device="pc", company=name, industry=R.choice(INDUSTRY), orders=0, spend=0.0,
                     first_order=None, last_order=None, stamps=0)
            custs.append(c)
            k = max(1, R.pois(1.45))
            for _ in range(k):
                enquiry(out, c)
            if city == "SZ" and R.r() < 0.4:   # the January 2026 annual-party wave of Shenzhen tech firms
                enquiry(out, c, force=("annual_party", date(2026, 1, R.i(9, 24))))
    return custs


def enquiry(out: Out, c, force=None):
    city = c["city"]
    cur = "MOP" if city == "MO" else "CNY"
    etype = R.pick({k: v[1] for k, v in EVENT_TYPES.items()}) if force is None else force[0]
    # event date: by month weights across the window (+ some beyond for late enquiries)
    w = {}
    for m in range(19 + 3):
        y, mm = 2025 + m // 12, m % 12 + 1
        w[m] = event_month_weight(mm, etype)
    m = R.pick(w)
    y, mm = 2025 + m // 12, m % 12 + 1
    ev_day = date(y, mm, 1) + D(days=R.i(0, 27))
    if force is not None:
        ev_day = force[1]
    lead = R.u(20, 70) if etype in ("annual_party", "expo", "music_festival") else R.u(7, 45)
    t_enq = dt(ev_day, R.u(9 * 60, 18 * 60)) - D(days=lead)
    if t_enq < START + D(days=2) or t_enq > END:
        return
    lo, hi = EVENT_TYPES[etype][2]
    head = int(R.u(lo, hi) // 10 * 10)
    public = R.r() < EVENT_TYPES[etype][3]
    sess = out.new_session()
    et = dict(event_type=etype, headcount=head, event_date=ev_day)
    out.ev(c, t_enq, "tp_catering_enquiry", sess, "submit", channel=R.pick({"web": 0.6, "wechat": 0.4}), **et)
    if R.r() < 0.1:     # fully booked / no quote
        return
    quote_h = R.exp(30) if city != "SZ" else R.exp(22)
    t_q = t_enq + D(hours=quote_h + 1)
    if t_q > END:
        return
    per = PER_HEAD[city] * R.u(0.9, 1.15)
    site_fee = round(R.u(800, 3500), -1) if public else 0.0
    permit_fee = round(R.u(200, 800), -1) if public else 0.0
    if etype in ("expo", "music_festival"):
        site_fee = round(site_fee * 2.0, -1)
    quote_local = round(head * per + (site_fee + permit_fee) / (MOP_TO_CNY if cur == "MOP" else 1.0), -1)
    quote_cny = round(quote_local * MOP_TO_CNY, 2) if cur == "MOP" else quote_local
    out.ev(c, t_q, "tp_catering_quote", sess, "send", channel="email", quote_cny=quote_cny, **et)
    p_dep = 0.62 if quote_h <= 24 else 0.34
    if etype == "annual_party":
        p_dep += 0.08
    if R.r() >= p_dep:
        if R.r() < 0.1:
            out.fb(c, t_q + D(days=R.u(1, 6)), "quote_price", "email", "tp_catering_quote", None)
        return
    t_d = t_q + D(days=R.u(0.5, min(10, max(1, (dt(ev_day, 0) - t_q).days - 3))))
    if t_d > END or t_d.date() >= ev_day:
        return
    dep = round(quote_local * 0.3, 2)
    pm = "bank_transfer" if R.r() < 0.7 else "wechat_pay"
    out.ev(c, t_d, "tp_catering_deposit", sess, "paid", channel="web", amount_local=dep, currency=cur,
           pay_method=pm, **et)
    common = dict(channel="catering", order_type="catering_deposit", city=CITIES[city][0],
                  city_en=CITIES[city][1], pay_method=pm, session_id=sess, event_type=etype, headcount=head,
                  event_date=ev_day, item_count=1)
    od = out.order(c, t_d, dep, cur, status="paid", items="活动餐车定金", **common)
    cancel = None
    # permit
    if public:
        t_p = t_d + D(days=R.u(2, 7))
        if t_p <= END and t_p.date() < ev_day:
            p_deny = 0.42 if (city == "SZ" and ev_day >= SZ_PERMIT) else 0.05
            ok = R.r() >= p_deny
            out.ev(c, t_p, "tp_permit", sess, "success" if ok else "fail", channel="other",
                   permit_result="approved" if ok else "denied", **et)
            if not ok:
                cancel = ("permit_denied", t_p + D(hours=R.u(2, 48)))
    if cancel is None and ev_day in WEATHER[city] and R.r() < (0.9 if public else 0.6):
        cancel = ("weather", dt(ev_day, R.u(6 * 60, 9 * 60)) - D(days=R.i(0, 1)))
    if cancel is None and R.r() < 0.05:
        cancel = ("client_cancel", dt(ev_day, 0) - D(days=R.u(1, 20)))
    if cancel is not None:
        reason, tcx = cancel
        if tcx <= END:
            out.ev(c, tcx, "tp_event_cancel", sess, "cancel", channel="other", cancel_reason=reason, **et)
            if reason != "client_cancel" or (dt(ev_day, 0) - tcx).days >= 7:
                od.update(status="refunded", refund_reason=reason, refunded_at=fmt(tcx + D(days=R.u(1, 6))))
            if reason == "weather" and R.r() < 0.3:
                out.fb(c, tcx + D(hours=R.u(2, 72)), "weather_cancel", "email", "tp_event_cancel", None)
        return
    t_s = dt(ev_day, R.u(10 * 60, 17 * 60))
    if t_s > END:
        return
    crunch = city == "SZ" and ev_day.year == 2026 and ev_day.month == 1
    late = R.r() < (0.5 if crunch else 0.08)
    late_min = int(R.u(20, 70)) if late else 0
    actual = int(head * R.u(0.9, 1.12))
    ran_out = actual > head * 1.07 and R.r() < 0.6
    out.ev(c, t_s, "tp_event_served", sess, "served", channel="other", setup_late_min=late_min,
           event_type=etype, headcount=actual, event_date=ev_day)
    bal_local = round(quote_local - dep + max(0, actual - head) * per, 2)
    t_b = t_s + D(days=R.u(1, 14))
    if t_b <= END:
        out.ev(c, t_b, "tp_catering_balance", sess, "paid", channel="web", amount_local=bal_local, currency=cur,
               pay_method=pm, **et)
        ob = dict(common, order_type="catering_balance", headcount=actual, site_fee_cny=site_fee,
                  permit_fee_cny=permit_fee)
        out.order(c, t_b, bal_local, cur, status="paid", items="活动餐车尾款", **ob)
    if R.r() < 0.68:
        t_v = t_s + D(days=R.u(2, 6))
        if t_v <= END:
            if late:
                topic = "late_setup" if R.r() < 0.8 else "general"
                nps = R.i(0, 6)
            elif ran_out:
                topic = "ran_out"
                nps = R.i(3, 7)
            else:
                topic = R.pick({"event_praise": 0.6, "praise_taste": 0.15, "quote_price": 0.1, "general": 0.15})
                nps = R.i(8, 10) if FB[topic][0] == "pos" else R.i(5, 9)
            out.ev(c, t_v, "tp_catering_survey", sess, "submit", channel="email", **et)
            rating = max(1, min(5, round(nps / 2)))
            out.fb(c, t_v, topic, "catering_survey", "tp_catering_survey", None, rating=rating, nps=nps, sess=sess)
    c["orders"] += 1


# ---------------------------------------------------------------- extra hotline / social noise
def extra_feedback(out: Out, consumers):
    """Xiaohongshu posts and WeChat-group chatter not tied to an order."""
    pool = [c for c in consumers if c["orders"] > 0]
    for _ in range(260):
        c = R.choice(pool)
        truck = c["fav"]
        topic = R.pick({"praise_taste": 0.45, "location_ask": 0.2, "price": 0.1, "stamps": 0.1, "general": 0.15})
        ch = R.pick({"xiaohongshu": 0.5, "wechat_group": 0.5})
        ts = START + D(days=R.u(0, 576))
        keep = not (ch == "wechat_group" and R.r() < 0.5)
        out.fb(c, ts, topic, ch, "tp_review" if ch == "xiaohongshu" else "tp_truck_map" if topic == "location_ask"
               else "tp_review", truck, keep_ts=keep)


def segment_of(c) -> str:
    if c["signup"] >= datetime(2026, 6, 1):
        return "new"
    lo = c["last_order"]
    if lo is None:
        return "churned" if c["signup"] < datetime(2026, 4, 1) else "new"
    days = (END - lo).days
    if days <= 45:
        return "vip" if c["spend"] >= 1200 else "regular"
    if days <= 120:
        return "at_risk"
    return "churned"


def write_csv(path: Path, cols, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([("" if r.get(k) is None else r.get(k, "")) for k in cols])


def main(outdir: str) -> None:
    od = Path(outdir)
    (od / "_truth").mkdir(parents=True, exist_ok=True)
    out = Out()
    consumers, exp_rows = make_consumers(out)
    business = make_business(out)
    extra_feedback(out, consumers)
    # events: sort by time, renumber ids, duplicate a re-upload batch
    evs = sorted(out.events, key=lambda e: (e["ts"], e["event_id"]))
    for i, e in enumerate(evs, 1):
        e["event_id"] = f"E{i:07d}"
    dup = [e for e in evs if e["touchpoint_id"] == "tp_pickup" and e["ts"].startswith("2026-04-17")]
    evs = evs + [dict(e) for e in dup]
    evs.sort(key=lambda e: (e["ts"], e["event_id"]))
    write_csv(od / "events.csv", EV_COLS, evs)
    ords = sorted(out.orders, key=lambda o: (o["ts"], o["order_id"]))
    write_csv(od / "orders.csv", OR_COLS, ords)
    write_csv(od / "feedback.csv", FB_COLS, out.feedback)
    with (od / "_truth" / "feedback_truth.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "topic", "sentiment"])
        w.writerows(out.truth)
    write_csv(od / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "city",
                                       "variant_desc"], exp_rows)
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write_csv(od / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind",
                                       "owner", "aliases"], tps)
    js = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            js.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write_csv(od / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                    "touchpoint_id", "window_days"], js)
    cus = []
    for c in consumers:
        tier = "gold" if c["spend"] >= 1200 else "silver" if c["spend"] >= 400 else "basic"
        cus.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=segment_of(c),
                        region=CITIES[c["city"]][0], city_en=CITIES[c["city"]][1], acquisition_channel=c["acq"],
                        tier=tier, customer_type="consumer", gender=c["gender"], age_band=c["age_band"],
                        language=c["lang"], home_truck_id=c["fav"], first_order_at=fmt(c["first_order"]),
                        last_order_at=fmt(c["last_order"]), lifetime_orders=c["orders"],
                        lifetime_spend_cny=round(c["spend"], 2), stamps_balance=c["stamps"]))
    for c in business:
        cus.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment="corporate",
                        region=CITIES[c["city"]][0], city_en=CITIES[c["city"]][1], acquisition_channel=c["acq"],
                        tier="", customer_type="business", company=c["company"], industry=c["industry"],
                        language=c["lang"]))
    write_csv(od / "customers.csv", CU_COLS, cus)
    print(f"customers {len(cus)}  events {len(evs)} (dups {len(dup)})  orders {len(ords)}  "
          f"feedback {len(out.feedback)}  experiments {len(exp_rows)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out")
