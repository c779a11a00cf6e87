"""巷味 LaneTaste Food Walks: small-group and private food & walking tours in Chengdu, Xi'an, Bangkok, Lisbon and
Mexico City, 2024-11-01 .. 2026-06-30 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic / sentiment / language per comment; not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261130
START = datetime(2024, 11, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta
RAIN_POLICY = datetime(2025, 11, 1)         # rain cancellations: reschedule offered first (before: refund by default)
LIS_CRUNCH = (date(2025, 7, 1), date(2025, 8, 31))   # Lisbon guide shortage, freelancers booked last-minute
CTU_DIET_FIX = datetime(2025, 11, 1)        # Chengdu: restaurant partners get the dietary sheet the day before
MEX_3DS = (datetime(2026, 2, 10), datetime(2026, 4, 6))   # new card gateway, 3-D Secure time-outs in Mexico City
REVIEW_SWITCH = datetime(2025, 9, 1)        # review request moves from email to WhatsApp / WeChat
YAO_PIN = datetime(2026, 1, 10)             # Yaowarat reminder carries a photo pin of the meeting point
AB = (datetime(2026, 3, 1), datetime(2026, 5, 31, 23, 59, 59))  # checkout_trust_badge_2026
DIRECT_PUSH = datetime(2026, 3, 1)          # "book direct" campaign: more direct traffic

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social", "社媒种草点击", "Social post click", "awareness", "social", "digital", "marketing",
     "种草|小红书|抖音|Instagram|TikTok|社媒|笔记|探店视频|social|social media|influencer post|reel"),
    ("tp_search_ad", "搜索广告点击", "Search ad click", "awareness", "ads", "digital", "marketing",
     "搜索广告|百度推广|谷歌广告|SEM|投放|Google Ads|search ad|paid search|PPC"),
    ("tp_tour_page", "线路详情页", "Tour page view", "consideration", "web", "digital", "e-commerce",
     "线路页|产品页|详情页|官网线路页|小程序线路页|tour page|product page|listing page on our site|landing page"),
    ("tp_availability", "查看档期", "Date & availability check", "consideration", "web", "digital", "e-commerce",
     "查档期|选日期|日历|查余位|availability|calendar|date picker|check dates|slots"),
    ("tp_checkout", "官网下单支付", "Direct checkout & payment", "purchase", "web", "digital", "e-commerce",
     "下单|支付|付款|结账|收银台|checkout|payment|pay|card payment|book now"),
    ("tp_booking_confirmed", "预订确认", "Booking confirmed", "purchase", "other", "digital", "reservations",
     "订单确认|成交|出单|预订成功|OTA订单|booking|confirmed booking|reservation|new booking|OTA booking"),
    ("tp_private_enquiry", "私人团询价", "Private group enquiry", "consideration", "other", "digital", "private tours",
     "私人团|包团|定制团|团建询价|企业团|询价|private tour enquiry|group enquiry|custom tour request|RFQ"),
    ("tp_private_quote", "私人团报价", "Private group quote sent", "consideration", "email", "digital",
     "private tours", "报价|报价单|回复报价|quote|proposal|price quote|quotation"),
    ("tp_dietary_form", "饮食需求登记", "Dietary requirements form", "service", "web", "digital", "reservations",
     "忌口|饮食需求|素食|清真|过敏|不吃辣|dietary|dietary request|allergy|vegetarian|halal|food restrictions"),
    ("tp_guide_assign", "导游排班", "Guide assignment", "service", "other", "digital", "operations",
     "排班|派导游|分配导游|导游安排|guide assignment|rostering|guide allocation|staffing"),
    ("tp_reminder", "行前提醒", "Pre-tour reminder", "service", "other", "digital", "reservations",
     "行前通知|提醒|集合通知|出行提醒|reminder|pre-tour message|day-before message|meeting instructions"),
    ("tp_weather_cancel", "雨天取消/改期", "Rain cancellation / reschedule", "service", "other", "digital",
     "operations", "雨天取消|天气取消|下雨取消|改期|暴雨|rain cancellation|weather cancellation|rained out|"
     "weather reschedule|rain check"),
    ("tp_cancel", "客人取消", "Customer cancellation", "service", "other", "digital", "reservations",
     "退订|取消订单|客人取消|cancellation|customer cancel|cancelled booking|free cancellation"),
    ("tp_meetup", "集合点签到", "Meeting point check-in", "service", "store", "physical", "guides",
     "集合|集合点|签到|碰头|meeting point|meetup|check-in|meet the guide|start point"),
    ("tp_noshow", "未到集合点", "No-show", "service", "store", "physical", "guides",
     "没来|放鸽子|爽约|未到|缺席|no-show|no show|didn't turn up|missed the tour"),
    ("tp_tour_done", "完成行程", "Tour completed", "service", "store", "physical", "guides",
     "走完全程|行程结束|出团|带团|试吃|tour|tour day|the walk|tasting stops|completed tour|departure"),
    ("tp_tip", "小费", "Tip", "service", "store", "physical", "guides",
     "打赏|小费|给导游小费|tip|tips|gratuity|tipping"),
    ("tp_review_request", "邀评", "Review request", "loyalty", "other", "digital", "customer experience",
     "求好评|邀请评价|评价邀请|回访|review request|review invite|ask for a review|follow-up message"),
    ("tp_review", "发布评价", "Review posted", "loyalty", "social", "digital", "customer experience",
     "写评价|点评|晒单|打分|review|rating|posted a review|Tripadvisor review|star rating"),
]

JOURNEYS = [
    ("direct_booking", "官网/小程序直订", "Direct website booking",
     ["tp_tour_page", "tp_availability", "tp_checkout", "tp_booking_confirmed"], 7),
    ("social_to_booking", "社媒种草到下单", "Social post to booking",
     ["tp_social", "tp_tour_page", "tp_booking_confirmed"], 14),
    ("private_group", "私人团询价到成团", "Private group enquiry to booking",
     ["tp_private_enquiry", "tp_private_quote", "tp_booking_confirmed"], 30),
    ("tour_day_to_review", "出行到评价", "Tour day to review",
     ["tp_reminder", "tp_meetup", "tp_tour_done", "tp_review"], 14),
]

# code, en, zh, currency, usd rate, OTA bookings / day, direct visitors / day, private enquiries / day, season (Jan..Dec)
CITIES = [
    ("CTU", "Chengdu", "成都", "CNY", 0.139, 3.0, 11.0, 0.30,
     [0.7, 0.95, 0.9, 1.1, 1.2, 0.9, 1.2, 1.25, 1.0, 1.7, 1.0, 0.8]),
    ("XIY", "Xi'an", "西安", "CNY", 0.139, 2.1, 7.0, 0.18,
     [0.6, 0.9, 0.9, 1.1, 1.2, 0.9, 1.2, 1.2, 1.0, 1.6, 0.9, 0.6]),
    ("BKK", "Bangkok", "曼谷", "THB", 0.0285, 3.4, 6.0, 0.28,
     [1.45, 1.3, 1.1, 1.05, 0.8, 0.7, 0.8, 0.8, 0.7, 0.8, 1.2, 1.5]),
    ("LIS", "Lisbon", "里斯本", "EUR", 1.08, 3.1, 5.2, 0.25,
     [0.5, 0.5, 0.8, 1.1, 1.3, 1.5, 1.75, 1.75, 1.4, 1.0, 0.6, 0.7]),
    ("MEX", "Mexico City", "墨西哥城", "MXN", 0.055, 2.0, 4.0, 0.20,
     [1.0, 1.0, 1.3, 1.3, 0.9, 0.8, 0.9, 0.8, 0.8, 1.1, 1.5, 1.2]),
]
CITY = {c[0]: c for c in CITIES}

# tour_id, city, zh, en, slot, start (h, m), minutes, price per guest (local), rain sensitivity, weight
TOURS = [
    ("CTU-NIGHT", "CTU", "成都夜市串串与火锅", "Chengdu Night Bites & Hotpot", "evening", (18, 30), 210, 398, 0.9, 0.50),
    ("CTU-TEA", "CTU", "宽窄巷子茶馆早餐漫步", "Teahouse Breakfast Walk", "morning", (8, 30), 180, 268, 0.9, 0.30),
    ("CTU-COOK", "CTU", "菜市场与川菜烹饪课", "Sichuan Market & Cooking Class", "morning", (9, 0), 240, 588, 0.0, 0.20),
    ("XIY-MQ", "XIY", "回民街夜宵之旅", "Muslim Quarter Night Food Walk", "evening", (18, 30), 180, 328, 0.9, 0.62),
    ("XIY-WALL", "XIY", "城墙与面食漫步", "City Wall & Noodle Walk", "afternoon", (14, 0), 210, 298, 0.9, 0.38),
    ("BKK-YAO", "BKK", "耀华力唐人街夜食", "Yaowarat Chinatown Night Food Tour", "evening", (18, 0), 210, 1900, 0.9, 0.45),
    ("BKK-BANGRAK", "BKK", "挽叻老城早餐漫步", "Bang Rak Morning Eats", "morning", (8, 30), 180, 1500, 0.9, 0.25),
    ("BKK-TUKTUK", "BKK", "嘟嘟车夜市之旅", "Tuk-tuk Night Markets", "evening", (18, 30), 240, 2600, 1.0, 0.30),
    ("LIS-ALFAMA", "LIS", "阿尔法玛小吃与法朵", "Alfama Petiscos & Fado", "evening", (18, 0), 210, 85, 0.8, 0.55),
    ("LIS-NATA", "LIS", "蛋挞与老城漫步", "Pastel de Nata & Baixa Walk", "morning", (10, 0), 180, 59, 0.8, 0.45),
    ("MEX-TACO", "MEX", "夜游塔可", "Tacos After Dark", "evening", (18, 30), 210, 1450, 0.9, 0.50),
    ("MEX-MERCADO", "MEX", "市场与梅斯卡尔", "Mercado & Mezcal", "afternoon", (13, 30), 240, 1750, 0.7, 0.30),
    ("MEX-COYO", "MEX", "科约阿坎漫步", "Coyoacan Walk", "morning", (9, 30), 180, 1200, 0.9, 0.20),
]
TOUR = {t[0]: t for t in TOURS}
TOURS_OF = {c: [t for t in TOURS if t[1] == c] for c in CITY}
SLOT_ZH = {"morning": "上午", "afternoon": "下午", "evening": "晚上"}

# guide_id, city, zh, en, type, weight (freelancers only fill gaps)
GUIDES = [
    ("G01", "CTU", "张悦", "Zhang Yue", "staff", 1.0), ("G02", "CTU", "李航", "Li Hang", "staff", 1.0),
    ("G03", "CTU", "王蕾", "Wang Lei", "staff", 0.8), ("G04", "CTU", "陈思雨", "Chen Siyu", "staff", 0.7),
    ("G05", "XIY", "马骏", "Ma Jun", "staff", 1.0), ("G06", "XIY", "刘静", "Liu Jing", "staff", 1.0),
    ("G07", "XIY", "杨帆", "Yang Fan", "staff", 0.6),
    ("G08", "BKK", "颂猜", "Somchai Pattana", "staff", 1.0), ("G09", "BKK", "诺", "Nok Suwan", "staff", 1.0),
    ("G10", "BKK", "普洛伊", "Ploy Chaiyaporn", "staff", 0.9), ("G11", "BKK", "阿提", "Arthit Wong", "staff", 0.6),
    ("G12", "LIS", "安娜", "Ana Costa", "staff", 1.0), ("G13", "LIS", "米格尔", "Miguel Santos", "staff", 1.0),
    ("G14", "LIS", "贝亚特丽斯", "Beatriz Lopes", "staff", 0.8),
    ("G15", "LIS", "鲁伊", "Rui Matos", "freelance", 0.1), ("G16", "LIS", "伊内斯", "Ines Carvalho", "freelance", 0.1),
    ("G17", "MEX", "索菲娅", "Sofia Ramirez", "staff", 1.0), ("G18", "MEX", "迭戈", "Diego Hernandez", "staff", 1.0),
    ("G19", "MEX", "露西亚", "Lucia Torres", "staff", 0.8), ("G20", "MEX", "马特奥", "Mateo Flores", "staff", 0.7),
]
GUIDES_OF = {c: [g for g in GUIDES if g[1] == c] for c in CITY}
STAR_TIPPER = "G17"

# home market mix per tour city
HOME = {
    "CTU": {"China": 0.72, "USA": 0.08, "UK": 0.05, "Germany": 0.04, "Australia": 0.04, "Singapore": 0.04,
            "France": 0.03},
    "XIY": {"China": 0.76, "USA": 0.08, "UK": 0.05, "Germany": 0.04, "Australia": 0.03, "France": 0.02,
            "Singapore": 0.02},
    "BKK": {"China": 0.24, "USA": 0.18, "UK": 0.14, "Australia": 0.12, "Germany": 0.08, "Singapore": 0.08,
            "France": 0.06, "Canada": 0.05, "Korea": 0.05},
    "LIS": {"USA": 0.30, "UK": 0.17, "Germany": 0.12, "France": 0.10, "Canada": 0.08, "Australia": 0.06,
            "China": 0.06, "Brazil": 0.11},
    "MEX": {"USA": 0.46, "Canada": 0.15, "UK": 0.08, "Spain": 0.08, "Germany": 0.06, "Australia": 0.05,
            "China": 0.05, "France": 0.04, "Mexico": 0.03},
}
COUNTRY_ZH = {"China": "中国大陆", "USA": "美国", "UK": "英国", "Germany": "德国", "Australia": "澳大利亚",
              "Singapore": "新加坡", "France": "法国", "Canada": "加拿大", "Korea": "韩国", "Brazil": "巴西",
              "Spain": "西班牙", "Mexico": "墨西哥"}
REGION = {"China": "Mainland China", "USA": "North America", "Canada": "North America", "Mexico": "Latin America",
          "Brazil": "Latin America", "UK": "Europe", "Germany": "Europe", "France": "Europe", "Spain": "Europe",
          "Australia": "Asia-Pacific", "Singapore": "Asia-Pacific", "Korea": "Asia-Pacific"}
REGION_ZH = {"Mainland China": "中国大陆", "North America": "北美", "Latin America": "拉美", "Europe": "欧洲",
             "Asia-Pacific": "亚太"}
OTA_MIX = {
    "China": {"trip_com": 0.48, "klook": 0.34, "airbnb": 0.08, "getyourguide": 0.10},
    "north_america": {"viator": 0.44, "getyourguide": 0.24, "airbnb": 0.20, "klook": 0.12},
    "europe": {"getyourguide": 0.56, "viator": 0.19, "airbnb": 0.15, "klook": 0.10},
    "apac": {"klook": 0.42, "getyourguide": 0.18, "viator": 0.25, "airbnb": 0.15},
}
COMMISSION = {"getyourguide": 0.25, "viator": 0.25, "airbnb": 0.20, "klook": 0.20, "trip_com": 0.18}
NOSHOW = {"viator": 0.115, "getyourguide": 0.07, "airbnb": 0.06, "klook": 0.055, "trip_com": 0.05, "direct": 0.03,
          "private": 0.01}
PLATFORM_ZH = {"getyourguide": "GetYourGuide", "viator": "Viator", "klook": "客路Klook", "trip_com": "携程",
               "airbnb": "爱彼迎体验", "direct": "官网直订", "private": "私人团"}
ACQ_ZH = {"getyourguide": "GetYourGuide", "viator": "Viator", "klook": "客路Klook", "trip_com": "携程",
          "airbnb": "爱彼迎体验", "xiaohongshu": "小红书", "douyin": "抖音", "instagram": "Instagram",
          "tiktok": "TikTok", "google_ads": "谷歌广告", "baidu_ads": "百度推广", "organic": "自然流量",
          "hotel_concierge": "酒店礼宾推荐", "referral": "朋友推荐", "travel_agent": "旅行社"}
DIET = ["vegetarian", "vegan", "halal", "gluten_free", "nut_allergy", "no_spicy", "pescatarian", "shellfish_allergy"]
DIET_W = [0.33, 0.08, 0.08, 0.12, 0.08, 0.17, 0.07, 0.07]
DIET_ZH = {"vegetarian": "素食", "vegan": "纯素", "halal": "清真", "gluten_free": "无麸质", "nut_allergy": "坚果过敏",
           "no_spicy": "不吃辣", "pescatarian": "只吃海鲜不吃肉", "shellfish_allergy": "贝类过敏"}
CANCEL_R = ["plans_changed", "flight_changed", "illness", "booked_wrong_date", "found_cheaper", "weather_worry"]
CANCEL_W = [0.38, 0.2, 0.14, 0.12, 0.08, 0.08]
CANCEL_ZH = {"plans_changed": "行程变动", "flight_changed": "航班变动", "illness": "生病", "booked_wrong_date": "订错日期",
             "found_cheaper": "找到更便宜的", "weather_worry": "担心天气"}
GROUP_TYPES = ["corporate", "family", "friends", "school", "celebration"]
GROUP_ZH = {"corporate": "企业团建", "family": "家庭", "friends": "朋友结伴", "school": "学校/游学", "celebration": "庆生/婚礼"}
SOCIAL_ZH = {"xiaohongshu": "小红书", "douyin": "抖音", "instagram": "Instagram", "tiktok": "TikTok"}


class G:
    def __init__(self):
        self.rng = np.random.default_rng(SEED)
        self.customers: dict[str, dict] = {}
        self.events: list[dict] = []
        self.orders: list[dict] = []
        self.feedback: list[dict] = []
        self.truth: list[dict] = []
        self.experiments: list[dict] = []
        self.bookings: list[dict] = []
        self.n = dict(ev=0, ord=0, fb=0, cus=0, bk=0, ses=0, enq=0)
        self.days = [START.date() + D(days=i) for i in range((END.date() - START.date()).days + 1)]
        self.weather = {}
        self.guide_of_dep = {}

    # ---------- helpers ----------
    def r(self) -> float:
        return float(self.rng.random())

    def pick(self, items, w=None):
        if w is None:
            return items[int(self.rng.integers(len(items)))]
        x = float(self.rng.random()) * sum(w)
        for item, wi in zip(items, w):
            x -= wi
            if x < 0:
                return item
        return items[-1]

    def pickd(self, d: dict):
        return self.pick(list(d), list(d.values()))

    def nid(self, k, prefix, width):
        self.n[k] += 1
        return f"{prefix}{self.n[k]:0{width}d}"

    def ev(self, c, ts, tp, **kw):
        if ts > END or ts < START:
            return False
        row = dict(event_id=self.nid("ev", "E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp)
        row.update({k: v for k, v in kw.items() if v is not None})
        self.events.append(row)
        c["last_ts"] = max(c.get("last_ts", ts), ts)
        return True

    def city_cols(self, city):
        return dict(city=CITY[city][1], 城市=CITY[city][2])

    def tour_cols(self, tid):
        t = TOUR[tid]
        return dict(tour_id=tid, tour_name=t[3], 线路=t[2], **self.city_cols(t[1]))

    def grp(self, home):
        if home == "China":
            return "China"
        if home in ("USA", "Canada", "Mexico"):
            return "north_america"
        if home in ("Australia", "Singapore", "Korea"):
            return "apac"
        return "europe"

    def new_customer(self, city, acq, home=None):
        if home is None:
            home = self.pickd(HOME[city])
        cid = self.nid("cus", "C", 6)
        lang = "zh" if home == "China" else "en"
        if home == "China":
            os_ = self.pick(["ios", "android"], [0.45, 0.55])
        else:
            os_ = self.pick(["ios", "android"], [0.6, 0.4])
        region = REGION[home]
        c = dict(customer_id=cid, signup_at=None, segment=None, region=region, 地区=REGION_ZH[region],
                 acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], home_country=home, 国家=COUNTRY_ZH[home],
                 language=lang, age_band=self.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"],
                                                   [0.12, 0.34, 0.24, 0.14, 0.1, 0.06]),
                 party_type=self.pick(["solo", "couple", "family", "friends"], [0.2, 0.42, 0.18, 0.2]),
                 phone_os=os_, first_city=CITY[city][1], 首次城市=CITY[city][2],
                 marketing_opt_in=self.pick(["true", "false"], [0.45, 0.55]), n_book=0, private=False)
        self.customers[cid] = c
        return c

    def sign(self, c, ts):
        if c["signup_at"] is None or ts < c["signup_at"]:
            c["signup_at"] = ts

    def sid(self):
        return self.nid("ses", "S", 6)

    def season(self, city, d):
        c = CITY[city]
        months = (d.year - 2024) * 12 + d.month - 11
        return c[8][d.month - 1] * (1 + 0.011 * months) * (1.12 if d.weekday() >= 4 else 0.93)

    def at(self, d, h0, h1):
        return datetime(d.year, d.month, d.day) + D(seconds=int(self.rng.integers(int(h0 * 3600), int(h1 * 3600))))

    # ---------- weather ----------
    def make_weather(self):
        for city in CITY:
            for d in self.days:
                m = d.month
                for slot in ("morning", "afternoon", "evening"):
                    p = 0.006
                    if city == "BKK" and 6 <= m <= 10:
                        p = {6: 0.14, 7: 0.15, 8: 0.15, 9: 0.42, 10: 0.19}[m] * (1.0 if slot == "evening" else 0.35)
                    elif city == "BKK":
                        p = 0.01
                    elif city == "CTU" and m in (6, 7, 8):
                        p = 0.06
                    elif city == "XIY" and m in (7, 8):
                        p = 0.03
                    elif city == "LIS" and m in (11, 12, 1, 2, 3):
                        p = 0.09
                    elif city == "MEX" and 6 <= m <= 9:
                        p = 0.09 if slot != "morning" else 0.02
                    if self.r() < p:
                        self.weather[(city, d, slot)] = round(18 + self.r() * 60, 1)

    # ---------- demand ----------
    def run(self):
        self.make_weather()
        for d in self.days:
            for city in CITY:
                s = self.season(city, d)
                push = 1.3 if datetime(d.year, d.month, d.day) >= DIRECT_PUSH else 1.0
                for _ in range(int(self.rng.poisson(CITY[city][5] * s * (0.95 if push > 1 else 1.0)))):
                    self.ota_booking(city, d)
                for _ in range(int(self.rng.poisson(CITY[city][6] * s * push))):
                    self.direct_visit(city, d)
                for _ in range(int(self.rng.poisson(CITY[city][7] * s))):
                    self.private_enquiry(city, d)
        self.service()
        self.scraped_reviews()
        self.finish_customers()

    def lead(self, c, direct=False):
        med = 3 if (c["home_country"] == "China" and c["first_city"] in ("Chengdu", "Xi'an")) else 9
        if direct:
            med *= 0.7
        return int(min(90, max(0, round(self.rng.lognormal(np.log(med), 0.9)))))

    def guests(self, c):
        if c["party_type"] == "solo":
            return self.pick([1, 2], [0.85, 0.15])
        if c["party_type"] == "couple":
            return self.pick([2, 1, 3], [0.9, 0.05, 0.05])
        if c["party_type"] == "family":
            return self.pick([3, 4, 5, 6], [0.35, 0.45, 0.15, 0.05])
        return self.pick([2, 3, 4, 5], [0.3, 0.35, 0.25, 0.1])

    def tour_dt(self, tid, d):
        t = TOUR[tid]
        return datetime(d.year, d.month, d.day, t[5][0], t[5][1])

    def ota_booking(self, city, d):
        home = self.pickd(HOME[city])
        platform = self.pickd(OTA_MIX[self.grp(home)])
        c = self.new_customer(city, platform, home)
        tid = self.pick([t[0] for t in TOURS_OF[city]], [t[9] for t in TOURS_OF[city]])
        ts = self.at(d, 0, 24) if home != "China" else self.at(d, 7, 24)
        tour_d = ts.date() + D(days=self.lead(c))
        if self.tour_dt(tid, tour_d) <= ts + D(hours=2):
            tour_d = tour_d + D(days=1)
        self.book(c, ts, tid, tour_d, self.guests(c), platform, channel="ota", device=None)

    def book(self, c, ts, tid, tour_d, guests, platform, channel, device, amount=None, sid=None, group_type=None,
             enquiry_id=None):
        t = TOUR[tid]
        city = t[1]
        bid = self.nid("bk", "B", 6)
        kind = "private" if platform == "private" else "public"
        if amount is None:
            amount = t[7] * guests
        cur, fx = CITY[city][3], CITY[city][4]
        tdt = self.tour_dt(tid, tour_d)
        ok = self.ev(c, ts, "tp_booking_confirmed", session_id=sid, action="success", device=device, channel=channel,
                     booking_id=bid, **self.tour_cols(tid), tour_date=tour_d.isoformat(), slot=t[4],
                     guests=guests, platform=platform, 平台=PLATFORM_ZH[platform], lead_days=(tour_d - ts.date()).days,
                     booking_kind=kind, booking_value=round(amount, 2), currency=cur)
        if not ok:
            return None
        self.sign(c, ts)
        c["n_book"] += 1
        if kind == "private":
            c["private"] = True
        rate = COMMISSION.get(platform, 0.0)
        self.n["ord"] += 1
        o = dict(order_id=f"O{self.n['ord']:06d}", customer_id=c["customer_id"], ts=ts, amount=round(amount, 2),
                 status="paid", channel=channel, device=device, order_type="private_tour" if kind == "private" else
                 "public_tour", 订单类型="私人团" if kind == "private" else "拼团线路", currency=cur,
                 amount_usd=round(amount * fx, 2), platform=platform, 平台=PLATFORM_ZH[platform],
                 commission_rate=rate, commission=round(amount * rate, 2), net_amount=round(amount * (1 - rate), 2),
                 booking_id=bid, **self.tour_cols(tid), tour_date=tour_d.isoformat(), guests=guests,
                 payment_method=("ota_prepaid" if channel == "ota" else
                                 self.pick(["wechat_pay", "alipay"], [0.7, 0.3]) if c["language"] == "zh" else
                                 self.pick(["card", "apple_pay", "paypal"], [0.6, 0.25, 0.15])),
                 group_type=group_type, 团型=GROUP_ZH.get(group_type), enquiry_id=enquiry_id)
        self.orders.append(o)
        b = dict(booking_id=bid, c=c, ts=ts, tid=tid, city=city, tour_d=tour_d, guests=guests, platform=platform,
                 channel=channel, kind=kind, order=o, device=device, group_type=group_type)
        self.bookings.append(b)
        return b

    # ---------- direct website / mini program ----------
    def direct_visit(self, city, d, c=None, repeat=False):
        if c is None:
            home = self.pickd(HOME[city])
            zh = home == "China"
            src = self.pick(["social", "search", "organic", "hotel_concierge"], [0.42, 0.33, 0.17, 0.08])
            if src == "social":
                acq = self.pick(["xiaohongshu", "douyin"], [0.7, 0.3]) if zh else \
                    self.pick(["instagram", "tiktok"], [0.65, 0.35])
            elif src == "search":
                acq = "baidu_ads" if zh else "google_ads"
            else:
                acq = src
            c = self.new_customer(city, acq, home)
        else:
            src = "repeat"
        zh = c["language"] == "zh"
        channel = "mini_program" if zh else "web"
        device = c["phone_os"] if (zh or self.r() < 0.62) else "pc"
        sid = self.sid()
        t = self.at(d, 7, 23.5)
        tid = self.pick([x[0] for x in TOURS_OF[city]], [x[9] for x in TOURS_OF[city]])
        common = dict(session_id=sid, device=device, channel=channel)
        if src == "social":
            plat = c["acquisition_channel"]
            self.ev(c, t, "tp_social", **common, action="click", platform=plat, 平台=SOCIAL_ZH[plat],
                    **self.tour_cols(tid), content_type=self.pick(["short_video", "photo_post", "creator_collab"],
                                                                  [0.5, 0.3, 0.2]))
            if self.r() < 0.24:
                return
            t += D(seconds=int(5 + self.r() * 40))
        elif src == "search":
            self.ev(c, t, "tp_search_ad", **common, action="click", platform=c["acquisition_channel"],
                    **self.tour_cols(tid), keyword=self.pick(["food tour", "street food tour", "night food tour",
                                                             "cooking class", "walking tour"]))
            if self.r() < 0.15:
                return
            t += D(seconds=int(3 + self.r() * 20))
        # a social clicker may come back days later to the page and book
        self.ev(c, t, "tp_tour_page", **common, action="view", **self.tour_cols(tid))
        p_av = 0.62 if repeat else 0.46
        if src == "hotel_concierge":
            p_av = 0.6
        if self.r() > p_av:
            # some come back within two weeks (social) to book straight from the page
            if src == "social" and self.r() < 0.10:
                t2 = t + D(days=int(2 + self.r() * 10), hours=int(self.r() * 5))
                sid2 = self.sid()
                self.ev(c, t2, "tp_tour_page", session_id=sid2, device=device, channel=channel, action="view",
                        **self.tour_cols(tid))
                self.checkout(c, t2 + D(minutes=3), tid, city, sid2, device, channel, src)
            return
        t += D(seconds=int(30 + self.r() * 200))
        self.checkout(c, t, tid, city, sid, device, channel, src, repeat=repeat)

    def checkout(self, c, t, tid, city, sid, device, channel, src, repeat=False):
        tour_d = t.date() + D(days=self.lead(c, direct=True))
        if self.tour_dt(tid, tour_d) <= t + D(hours=3):
            tour_d += D(days=1)
        common = dict(session_id=sid, device=device, channel=channel)
        self.ev(c, t, "tp_availability", **common, action="view", **self.tour_cols(tid),
                tour_date=tour_d.isoformat())
        p_co = 0.70 if repeat else 0.50
        if AB[0] <= t <= AB[1] and not c.get("ab"):
            variant = self.pick(["control", "trust_badge"])
            c["ab"] = variant
            self.experiments.append(dict(experiment_id="checkout_trust_badge_2026", variant=variant,
                                         customer_id=c["customer_id"], assigned_at=t, city=CITY[city][1],
                                         channel=channel, device=device))
            if variant == "trust_badge":
                p_co = 0.66 if not repeat else 0.78
        if self.r() > p_co:
            return
        # checkout in the same session, or a later one within a few days
        if self.r() < 0.78:
            t += D(seconds=int(40 + self.r() * 300))
        else:
            t += D(days=int(1 + self.r() * 4), hours=int(self.r() * 6))
            sid = self.sid()
            common = dict(session_id=sid, device=device, channel=channel)
        guests = self.guests(c)
        amount = TOUR[tid][7] * guests
        for attempt in range(3):
            p_fail = 0.06
            err = self.pick(["CARD_DECLINED", "NETWORK_ERROR", "INSUFFICIENT_FUNDS"], [0.5, 0.3, 0.2])
            if city == "MEX" and MEX_3DS[0] <= t < MEX_3DS[1] and channel == "web":
                p_fail = 0.45
                err = "3DS_TIMEOUT" if self.r() < 0.85 else err
            pay = "wechat_pay" if channel == "mini_program" else self.pick(["card", "apple_pay", "paypal"],
                                                                           [0.6, 0.25, 0.15])
            if self.r() < p_fail:
                self.ev(c, t, "tp_checkout", **common, action="fail", error_code=err, **self.tour_cols(tid),
                        tour_date=tour_d.isoformat(), guests=guests, booking_value=amount, currency=CITY[city][3],
                        payment_method=pay, attempt=attempt + 1)
                self.sign(c, t)
                if self.r() < (0.55 if err != "3DS_TIMEOUT" else 0.42):
                    t += D(seconds=int(30 + self.r() * 120))
                    continue
                if self.r() < 0.28:
                    self.ticket(c, t + D(minutes=int(10 + self.r() * 600)), "payment_failed", "tp_checkout",
                                city=city, tid=tid)
                return
            self.ev(c, t, "tp_checkout", **common, action="success", **self.tour_cols(tid),
                    tour_date=tour_d.isoformat(), guests=guests, booking_value=amount, currency=CITY[city][3],
                    payment_method=pay, attempt=attempt + 1)
            self.book(c, t + D(seconds=int(2 + self.r() * 8)), tid, tour_d, guests, "direct", channel, device,
                      amount=amount, sid=sid)
            return

    # ---------- private groups ----------
    def private_enquiry(self, city, d):
        home = self.pickd(HOME[city])
        acq = self.pick(["organic", "referral", "hotel_concierge", "travel_agent", "google_ads"],
                        [0.35, 0.22, 0.15, 0.15, 0.13])
        if home == "China" and acq == "google_ads":
            acq = "baidu_ads"
        c = self.new_customer(city, acq, home)
        zh = c["language"] == "zh"
        gtype = self.pick(GROUP_TYPES, [0.3, 0.28, 0.22, 0.1, 0.1])
        size = int({"corporate": self.rng.integers(8, 41), "family": self.rng.integers(5, 13),
                    "friends": self.rng.integers(5, 15), "school": self.rng.integers(12, 41),
                    "celebration": self.rng.integers(6, 21)}[gtype])
        via = self.pick(["wechat", "email", "web_form"], [0.6, 0.15, 0.25]) if zh else \
            self.pick(["whatsapp", "email", "web_form"], [0.45, 0.25, 0.3])
        eid = self.nid("enq", "Q", 5)
        t = self.at(d, 8, 23)
        tid = self.pick([x[0] for x in TOURS_OF[city]], [x[9] for x in TOURS_OF[city]])
        self.sign(c, t)
        self.ev(c, t, "tp_private_enquiry", action="submit", channel=via, device=None, enquiry_id=eid,
                **self.tour_cols(tid), group_type=gtype, 团型=GROUP_ZH[gtype], group_size=size)
        if self.r() < 0.08:            # never answered (lost in the inbox)
            return
        med = {"CTU": 6, "XIY": 7, "BKK": 10, "LIS": 12, "MEX": 30}[city]
        hours = float(min(160, max(0.3, self.rng.lognormal(np.log(med), 0.8))))
        tq = t + D(hours=hours)
        per = TOUR[tid][7] * (1.35 if size < 12 else 1.15)
        quote = round(per * size / 10) * 10
        self.ev(c, tq, "tp_private_quote", action="sent", channel="email" if via != "wechat" else "wechat",
                enquiry_id=eid, **self.tour_cols(tid), group_type=gtype, 团型=GROUP_ZH[gtype], group_size=size,
                response_hours=round(hours, 1), quote_amount=quote, currency=CITY[city][3])
        if hours > 36 and self.r() < 0.4:
            self.ticket(c, tq - D(hours=int(hours * 0.4)), "quote_slow", "tp_private_quote", city=city, tid=tid)
        p = 0.46 if hours < 24 else 0.15
        p *= {"corporate": 1.25, "family": 1.0, "friends": 0.8, "school": 0.85, "celebration": 1.0}[gtype]
        if self.r() < p:
            tb = tq + D(hours=float(4 + self.r() * 24 * 18))
            tour_d = tb.date() + D(days=int(5 + self.r() * 40))
            self.book(c, tb, tid, tour_d, size, "private", "private_sales", None, amount=quote, group_type=gtype,
                      enquiry_id=eid)

    # ---------- feedback ----------
    def ticket(self, c, ts, topic, tp, city=None, tid=None, booking_id=None):
        ch = "wechat_cs" if c["language"] == "zh" else "whatsapp_cs"
        self.add_fb(ts, topic, c["language"], ch, tp, c=c, city=city, tid=tid, booking_id=booking_id)

    def add_fb(self, ts, topic, lang, channel, tp, c=None, city=None, tid=None, rating=None, nps=None,
               booking_id=None, guide=None):
        if ts is not None and ts > END:
            return
        fid = self.nid("fb", "F", 6)
        text = self.text(topic, lang, tid, guide)
        row = dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if c else None,
                   touchpoint_id=tp, channel=channel, 渠道=FB_CH_ZH[channel], rating=rating, nps=nps,
                   language=lang, booking_id=booking_id)
        if city:
            row.update(self.city_cols(city))
        if tid:
            row.update(tour_id=tid, tour_name=TOUR[tid][3], 线路=TOUR[tid][2])
        if guide:
            row.update(guide_id=guide[0], guide=guide[3], 导游=guide[2])
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic], language=lang))

    def text(self, topic, lang, tid, guide):
        opts = TEXTS[topic][lang]
        s = self.pick(opts)
        tour = (TOUR[tid][2] if lang == "zh" else TOUR[tid][3]) if tid else ("这个线路" if lang == "zh" else "the tour")
        g = (guide[2] if lang == "zh" else guide[3].split()[0]) if guide else ("导游" if lang == "zh" else "our guide")
        s = s.format(tour=tour, guide=g)
        tail = self.pick(TAILS[(lang, SENT[topic])] + [""] * 4)
        return (s + tail).strip()

    def stars(self, topic):
        s = SENT[topic]
        if s == "positive":
            return self.pick([5, 4], [0.8, 0.2])
        if s == "neutral":
            return self.pick([4, 3], [0.55, 0.45])
        return {"dietary_ignored": self.pick([1, 2, 3], [0.3, 0.45, 0.25]),
                "guide_unprepared": self.pick([2, 3], [0.55, 0.45]),
                "meeting_point": self.pick([2, 3, 4], [0.35, 0.45, 0.2]),
                "rain_refund": self.pick([1, 2], [0.6, 0.4]),
                "crowded_group": self.pick([3, 2], [0.6, 0.4]),
                "portions_small": self.pick([3, 2], [0.7, 0.3]),
                "too_much_walking": self.pick([3, 4], [0.6, 0.4]),
                "pricey": self.pick([3, 2], [0.7, 0.3])}.get(topic, 2)

    def nps_of(self, topic):
        s = SENT[topic]
        if s == "positive":
            return int(self.pick([10, 9, 8], [0.55, 0.35, 0.1]))
        if s == "neutral":
            return int(self.pick([6, 7, 8], [0.2, 0.5, 0.3]))
        return int(self.rng.integers(0, 7))

    def general_topic(self, city):
        return self.pick(["food_amazing", "guide_great", "hidden_gems", "good_value", "well_organised", "neutral",
                          "portions_small", "too_much_walking", "pricey", "crowded_group"],
                         [0.27, 0.22, 0.12, 0.07, 0.07, 0.13, 0.03, 0.03, 0.03, 0.03])

    # ---------- service: departures ----------
    def service(self):
        # pass 1: customer cancellations and rain decisions per departure
        dep_rain = {}
        for b in self.bookings:
            c = b["c"]
            tdt = self.tour_dt(b["tid"], b["tour_d"])
            b["tdt"] = tdt
            b["cancel"] = None
            hours_ahead = (tdt - b["ts"]).total_seconds() / 3600
            p = {"getyourguide": 0.09, "viator": 0.10, "airbnb": 0.08, "klook": 0.06, "trip_com": 0.06,
                 "direct": 0.04, "private": 0.03}[b["platform"]]
            if hours_ahead > 30 and self.r() < p:
                b["cancel"] = b["ts"] + D(hours=float((hours_ahead - 25) * self.r()))
            # rain
            t = TOUR[b["tid"]]
            key = (b["tid"], b["tour_d"])
            if key not in dep_rain:
                mm = self.weather.get((t[1], b["tour_d"], t[4]))
                dep_rain[key] = mm if (mm is not None and self.r() < t[8]) else None
            b["rain_mm"] = dep_rain[key]
            b["final_d"] = b["tour_d"]
            b["weather"] = None
            if b["cancel"] is None and b["rain_mm"] is not None and tdt <= END:
                resched_p = 0.3 if tdt < RAIN_POLICY else 0.66
                if b["kind"] == "private":
                    resched_p = 0.8
                if self.r() < resched_p:
                    b["weather"] = "reschedule"
                    nd = b["tour_d"] + D(days=int(1 + self.r() * 6))
                    b["final_d"] = nd
                else:
                    b["weather"] = "refund"
        # group size of the final departures (public tours)
        size = {}
        for b in self.bookings:
            if b["cancel"] is None and b["weather"] != "refund" and b["kind"] == "public":
                k = (b["tid"], b["final_d"])
                size[k] = size.get(k, 0) + b["guests"]
        for b in sorted(self.bookings, key=lambda x: (x["tour_d"], x["tid"], x["booking_id"])):
            self.service_booking(b, size)

    def guide_for(self, tid, d, private_key=None):
        key = (tid, d, private_key)
        if key in self.guide_of_dep:
            return self.guide_of_dep[key]
        city = TOUR[tid][1]
        crunch = city == "LIS" and LIS_CRUNCH[0] <= d <= LIS_CRUNCH[1]
        gs = GUIDES_OF[city]
        if crunch:
            g = self.pick(gs, [1.0, 1.0, 0.8, 1.1, 1.1])
            late = self.r() < (0.62 if g[4] == "freelance" else 0.14)
        else:
            g = self.pick(gs, [x[5] for x in gs])
            late = self.r() < 0.04
        hours = float(2 + self.r() * 19) if late else float(30 + self.r() * 140)
        self.guide_of_dep[key] = (g, hours)
        return g, hours

    def service_booking(self, b, size):
        c, tid, city = b["c"], b["tid"], b["city"]
        t = TOUR[tid]
        zh = c["language"] == "zh"
        base = dict(booking_id=b["booking_id"], **self.tour_cols(tid), platform=b["platform"],
                    平台=PLATFORM_ZH[b["platform"]], booking_kind=b["kind"])
        o = b["order"]
        msg = "wechat" if zh else ("line" if c["home_country"] in ("Korea",) else "whatsapp")
        # dietary form
        diet = None
        if self.r() < (0.30 if b["kind"] == "public" else 0.55):
            diet = self.pick(DIET, DIET_W)
            if city == "CTU" and diet == "halal":
                diet = "no_spicy"
            td = b["ts"] + D(hours=float(0.2 + self.r() * 30))
            if td < b["tdt"] - D(hours=3):
                self.ev(c, td, "tp_dietary_form", action="submit", channel=b["channel"] if b["channel"] != "ota"
                        else "web", **base, dietary=diet, 饮食需求=DIET_ZH[diet],
                        guests_with_request=int(min(b["guests"], 1 + self.rng.integers(0, 2))))
                if self.r() < 0.05:
                    self.ticket(c, td + D(hours=2), "dietary_question", "tp_dietary_form", city, tid,
                                b["booking_id"])
            else:
                diet = None
        # customer cancellation
        if b["cancel"] is not None:
            reason = self.pick(CANCEL_R, CANCEL_W)
            self.ev(c, b["cancel"], "tp_cancel", action="cancel", channel=b["channel"], **base,
                    cancel_reason=reason, 取消原因=CANCEL_ZH[reason],
                    hours_before_tour=round((b["tdt"] - b["cancel"]).total_seconds() / 3600, 1))
            if b["cancel"] <= END:
                o["status"] = "cancelled"
                o["cancelled_at"] = b["cancel"]
            return
        tdt0 = b["tdt"]
        if tdt0 > END:
            return
        # guide assignment for the first date
        pkey = b["booking_id"] if b["kind"] == "private" else None
        g, gh = self.guide_for(tid, b["tour_d"], pkey)
        ta = max(b["ts"] + D(minutes=5), tdt0 - D(hours=gh))
        self.ev(c, ta, "tp_guide_assign", action="assigned", channel="other", **base, guide_id=g[0], guide=g[3],
                导游=g[2], guide_type=g[4], hours_before_tour=round((tdt0 - ta).total_seconds() / 3600, 1))
        # reminder the day before
        pin = (tid == "BKK-YAO" and tdt0 >= YAO_PIN) or None
        tr = datetime(tdt0.year, tdt0.month, tdt0.day, 18, 0) - D(days=1) + D(minutes=int(self.r() * 60))
        if tr > b["ts"]:
            self.ev(c, tr, "tp_reminder", action="sent", channel=msg, **base, tour_date=b["tour_d"].isoformat(),
                    meeting_pin_photo=pin)
        if b["weather"] is not None:
            notice = float(2 + self.r() * 8)
            tw = tdt0 - D(hours=notice)
            self.ev(c, tw, "tp_weather_cancel", action=b["weather"], channel=msg, **base,
                    tour_date=b["tour_d"].isoformat(), rainfall_mm=b["rain_mm"], notice_hours=round(notice, 1),
                    new_tour_date=b["final_d"].isoformat() if b["weather"] == "reschedule" else None)
            if b["weather"] == "refund":
                days = float(1 + self.r() * 3) if b["platform"] in ("direct", "private") else float(5 + self.r() * 16)
                o["status"] = "refunded"
                o["refunded_at"] = tw + D(days=days)
                o["refund_reason"] = "rain_cancellation"
                o["退款原因"] = "雨天取消"
                p_t = 0.36 if tw < RAIN_POLICY else 0.14
                if b["platform"] in ("direct", "private"):
                    p_t = 0.08
                if self.r() < p_t:
                    self.ticket(c, tw + D(days=float(3 + self.r() * 9)), "rain_refund", "tp_weather_cancel", city,
                                tid, b["booking_id"])
                return
            # rescheduled: a new guide assignment and reminder for the new date
            tdt0 = self.tour_dt(tid, b["final_d"])
            if tdt0 > END:
                return
            g, gh = self.guide_for(tid, b["final_d"], pkey)
            self.ev(c, tw + D(minutes=int(20 + self.r() * 200)), "tp_guide_assign", action="assigned",
                    channel="other", **base, guide_id=g[0], guide=g[3], 导游=g[2], guide_type=g[4],
                    hours_before_tour=round((tdt0 - tw).total_seconds() / 3600, 1), rescheduled=True)
            tr = datetime(tdt0.year, tdt0.month, tdt0.day, 18, 0) - D(days=1) + D(minutes=int(self.r() * 60))
            self.ev(c, tr, "tp_reminder", action="sent", channel=msg, **base, tour_date=b["final_d"].isoformat(),
                    meeting_pin_photo=pin)
        # meeting point
        yao_old = tid == "BKK-YAO" and tdt0 < YAO_PIN
        p_ns = NOSHOW[b["platform"] if b["kind"] == "public" else "private"] + (0.09 if yao_old else 0.0)
        if self.r() < p_ns:
            self.ev(c, tdt0 + D(minutes=int(20 + self.r() * 20)), "tp_noshow", action="no_show", channel="store",
                    **base, tour_date=b["final_d"].isoformat(), guide_id=g[0], guide=g[3], 导游=g[2])
            if yao_old and self.r() < 0.3:
                self.ticket(c, tdt0 + D(minutes=int(30 + self.r() * 90)), "meeting_point", "tp_meetup", city, tid,
                            b["booking_id"])
            return
        late = float(max(-10.0, self.rng.normal(13 if yao_old else 3.5, 6 if yao_old else 4)))
        arrived = b["guests"] if self.r() > 0.05 else max(1, b["guests"] - 1)
        self.ev(c, tdt0 + D(minutes=late), "tp_meetup", action="check_in", channel="store", **base,
                tour_date=b["final_d"].isoformat(), guide_id=g[0], guide=g[3], 导游=g[2], minutes_late=round(late, 1),
                guests_arrived=arrived)
        gsize = size.get((tid, b["final_d"]), arrived) if b["kind"] == "public" else arrived
        diet_missed = None
        if diet:
            pm = 0.05
            if city == "CTU" and tdt0 < CTU_DIET_FIX:
                pm = 0.45 if tid == "CTU-NIGHT" else 0.16
            elif city == "CTU":
                pm = 0.07
            diet_missed = self.r() < pm
        stops = int(self.rng.integers(5, 9)) if gsize < 14 else int(self.rng.integers(4, 7))
        te = tdt0 + D(minutes=t[6] + int(self.rng.normal(0, 12)))
        self.ev(c, te, "tp_tour_done", action="complete", channel="store", **base, tour_date=b["final_d"].isoformat(),
                guide_id=g[0], guide=g[3], 导游=g[2], guide_type=g[4], group_size=gsize, stops=stops,
                duration_min=int((te - tdt0).total_seconds() / 60), dietary=diet, 饮食需求=DIET_ZH.get(diet),
                dietary_handled=None if diet is None else (not diet_missed))
        # tip
        pt = {"MEX": 0.58, "LIS": 0.44, "BKK": 0.32, "CTU": 0.05, "XIY": 0.05}[city]
        if c["home_country"] in ("USA", "Canada"):
            pt = min(0.9, pt * 1.3)
        if zh:
            pt *= 0.6
        if b["kind"] == "private":
            pt *= 0.5
        if self.r() < pt:
            unit = {"MEX": 150, "LIS": 6, "BKK": 120, "CTU": 20, "XIY": 20}[city]
            amt = unit * (1 + 0.6 * (b["guests"] - 1)) * float(self.rng.lognormal(0.3, 0.35))
            if g[0] == STAR_TIPPER:
                amt *= 1.55
            if c["home_country"] in ("USA", "Canada"):
                amt *= 1.25
            amt = round(amt / (10 if unit >= 100 else 1)) * (10 if unit >= 100 else 1)
            tt = te + D(minutes=int(self.r() * 40))
            self.ev(c, tt, "tp_tip", action="tip", channel="store", **base, guide_id=g[0], guide=g[3], 导游=g[2],
                    tip_amount=amt, currency=CITY[city][3], tip_method=self.pick(["qr_code", "card_link"], [0.6, 0.4]))
            if tt <= END:
                self.n["ord"] += 1
                self.orders.append(dict(order_id=f"O{self.n['ord']:06d}", customer_id=c["customer_id"], ts=tt,
                                        amount=float(amt), status="paid", channel="store", order_type="tip",
                                        订单类型="小费", currency=CITY[city][3],
                                        amount_usd=round(amt * CITY[city][4], 2), platform="direct",
                                        平台="官网直订", commission_rate=0.0, commission=0.0, net_amount=float(amt),
                                        booking_id=b["booking_id"], **self.tour_cols(tid),
                                        tour_date=b["final_d"].isoformat(), guide_id=g[0], guide=g[3], 导游=g[2],
                                        payment_method="qr_code"))
        # review request and review
        trq = te + D(hours=float(2 + self.r() * 20))
        rch = "email" if trq < REVIEW_SWITCH else msg
        self.ev(c, trq, "tp_review_request", action="sent", channel=rch, **base, request_channel=rch)
        issues = []
        if diet_missed:
            issues.append("dietary_ignored")
        if city == "LIS" and (g[4] == "freelance" or gh < 24) and LIS_CRUNCH[0] <= b["final_d"] <= LIS_CRUNCH[1]:
            issues.append("guide_unprepared")
        if yao_old and late > 12:
            issues.append("meeting_point")
        if gsize >= 16 and self.r() < 0.35:
            issues.append("crowded_group")
        if issues and self.r() < 0.75:
            topic = issues[0]
        else:
            topic = self.general_topic(city)
        p_rev = 0.16 if trq < REVIEW_SWITCH else 0.30
        if issues:
            p_rev += 0.08
        if self.r() < p_rev:
            if zh:
                plat = self.pick(["dianping", "xiaohongshu", b["platform"] if b["platform"] in ("trip_com", "klook")
                                  else "trip_com"], [0.4, 0.3, 0.3])
            elif b["channel"] == "ota":
                plat = self.pick([b["platform"], "tripadvisor", "google"], [0.62, 0.23, 0.15])
            else:
                plat = self.pick(["tripadvisor", "google"], [0.55, 0.45])
            tv = trq + D(hours=float(1 + self.rng.exponential(40)))
            rating = None if plat == "xiaohongshu" else self.stars(topic)
            lang = "zh" if zh else "en"
            self.ev(c, tv, "tp_review", action="post", channel="social", **base, review_platform=plat,
                    rating=rating)
            if tv <= END:
                self.add_fb(tv, topic, lang, plat, TOPIC_TP[topic], c=c, city=city, tid=tid, rating=rating,
                            booking_id=b["booking_id"], guide=g)
        # own post-tour survey (email / message link), separate from public reviews
        if self.r() < 0.14:
            topic2 = topic if self.r() < 0.7 else self.general_topic(city)
            ts2 = trq + D(hours=float(3 + self.r() * 60))
            self.add_fb(ts2, topic2, "zh" if zh else "en", "survey", TOPIC_TP[topic2], c=c, city=city, tid=tid,
                        rating=self.stars(topic2), nps=self.nps_of(topic2), booking_id=b["booking_id"], guide=g)
        # general pre-tour questions
        if self.r() < 0.025:
            self.ticket(c, tr + D(hours=1), "general_question", "tp_reminder", city, tid, b["booking_id"])
        # repeat booking
        if self.r() < (0.07 if not zh else 0.09):
            nd = (te + D(days=int(20 + self.r() * 200))).date()
            if datetime(nd.year, nd.month, nd.day) < END - D(days=2):
                ncity = city if self.r() < 0.4 else self.pick(
                    ["CTU", "XIY"] if zh else ["BKK", "LIS", "MEX", "CTU"], None)
                self.direct_visit(ncity, nd, c=c, repeat=True)

    def scraped_reviews(self):
        """public reviews copied from Tripadvisor / Dianping pages without a date or a customer."""
        for _ in range(420):
            city = self.pick(list(CITY), [0.25, 0.15, 0.25, 0.2, 0.15])
            tid = self.pick([x[0] for x in TOURS_OF[city]], [x[9] for x in TOURS_OF[city]])
            zh = city in ("CTU", "XIY") and self.r() < 0.75
            topic = self.general_topic(city)
            if city == "CTU" and tid == "CTU-NIGHT" and self.r() < 0.2:
                topic = "dietary_ignored"
            if tid == "BKK-YAO" and self.r() < 0.15:
                topic = "meeting_point"
            plat = "dianping" if zh else "tripadvisor"
            self.add_fb(None, topic, "zh" if zh else "en", plat, TOPIC_TP[topic], city=city, tid=tid,
                        rating=self.stars(topic))

    def finish_customers(self):
        for c in self.customers.values():
            if c["n_book"] == 0:
                c["segment"] = "prospect"
            elif c["n_book"] >= 2:
                c["segment"] = "repeat"
            elif c["private"]:
                c["segment"] = "private_group"
            else:
                c["segment"] = "first_timer"


SENT = {"food_amazing": "positive", "guide_great": "positive", "hidden_gems": "positive", "good_value": "positive",
        "well_organised": "positive", "neutral": "neutral", "dietary_question": "neutral",
        "general_question": "neutral", "dietary_ignored": "negative", "guide_unprepared": "negative",
        "meeting_point": "negative", "rain_refund": "negative", "payment_failed": "negative",
        "crowded_group": "negative", "portions_small": "negative", "too_much_walking": "negative",
        "pricey": "negative", "quote_slow": "negative"}
TOPIC_TP = {"food_amazing": "tp_tour_done", "guide_great": "tp_tour_done", "hidden_gems": "tp_tour_done",
            "good_value": "tp_tour_done", "well_organised": "tp_tour_done", "neutral": "tp_tour_done",
            "dietary_question": "tp_dietary_form", "general_question": "tp_reminder",
            "dietary_ignored": "tp_dietary_form", "guide_unprepared": "tp_tour_done", "meeting_point": "tp_meetup",
            "rain_refund": "tp_weather_cancel", "payment_failed": "tp_checkout", "crowded_group": "tp_tour_done",
            "portions_small": "tp_tour_done", "too_much_walking": "tp_tour_done", "pricey": "tp_tour_done",
            "quote_slow": "tp_private_quote"}
FB_CH_ZH = {"survey": "行后问卷", "tripadvisor": "Tripadvisor", "google": "谷歌评价", "getyourguide": "GetYourGuide",
            "viator": "Viator", "klook": "客路Klook", "trip_com": "携程点评", "airbnb": "爱彼迎",
            "dianping": "大众点评", "xiaohongshu": "小红书笔记", "whatsapp_cs": "WhatsApp客服", "wechat_cs": "微信客服"}
TAILS = {
    ("zh", "positive"): ["！", "，下次带朋友再来。", "，推荐给来旅游的朋友。", "，强烈推荐！", "。（第一次写点评）"],
    ("zh", "neutral"): ["。", "，总体来说还行。", "…", "。"],
    ("zh", "negative"): ["，很失望。", "，希望改进。", "。", "，不会再订了。", "！！"],
    ("en", "positive"): ["!", " Would recommend to friends.", " 10/10 would do again.", " (first review I've written)",
                         " Highlight of our trip."],
    ("en", "neutral"): [".", " Overall a nice evening.", "...", " Not bad."],
    ("en", "negative"): [". Disappointed.", ". Please sort this out.", ".", " Would not book again.", "!!"],
}
TEXTS = {
    "food_amazing": {
        "zh": ["{tour}吃到好多本地人才知道的味道，每一站都惊艳", "跟着{tour}吃了一晚上，肚子撑爆，样样好吃",
               "{tour}的小吃太地道了，比自己瞎找强太多", "味道没得说，{tour}里那家老店的招牌必须再去一次",
               "好吃！{tour}每一站分量刚好，能尝到七八种"],
        "en": ["The food on {tour} was incredible, every stop better than the last",
               "Ate like a local on {tour} - so many dishes we would never have found ourselves",
               "Best food experience of our whole trip, {tour} is a must",
               "Amazing tastings, generous portions and real local spots on {tour}",
               "Came hungry, left rolling. The food on {tour} was outstanding"],
    },
    "guide_great": {
        "zh": ["导游{guide}超级专业，讲了很多当地的历史和吃的门道", "{guide}人太好了，一路照顾大家，还帮我们拍照",
               "{guide}讲解生动有趣，推荐的店也都很棒", "最喜欢{guide}，懂吃又会聊，体验满分",
               "{guide}很细心，记得每个人的口味偏好"],
        "en": ["{guide} was a fantastic guide - funny, knowledgeable and clearly loves the city",
               "Our guide {guide} made the night. Great stories and great recommendations",
               "{guide} took great care of our group and knew every vendor by name",
               "Huge thanks to {guide}, super friendly and full of local history",
               "{guide} was brilliant with our kids and explained every dish"],
    },
    "hidden_gems": {
        "zh": ["带我们去的都是藏在巷子里的小店，游客根本找不到", "很多都是苍蝇馆子，但真的是宝藏",
               "{tour}走的路线很有意思，看到了不一样的老城", "去了几个本地人排队的隐藏小店，值了"],
        "en": ["Loved the hidden alleys and tiny family places we would never have found",
               "{tour} goes well off the tourist track - real neighbourhood spots",
               "Great mix of street stalls and hole-in-the-wall gems",
               "Saw a side of the city we'd never have seen on our own"],
    },
    "good_value": {
        "zh": ["价格很实在，吃的东西都含在里面，性价比高", "这个价位能吃这么多，划算", "比自己点还便宜，性价比很高"],
        "en": ["Great value for money - all food included and plenty of it",
               "Worth every penny, we didn't need dinner afterwards", "Very fair price for what you get"],
    },
    "well_organised": {
        "zh": ["从预订到集合都很顺利，行前提醒也很清楚", "组织得很好，时间安排合理，不赶", "客服回复快，流程清晰"],
        "en": ["Smooth from booking to the last stop, clear instructions the day before",
               "Very well organised, good pace and easy meeting point",
               "Everything ran on time and communication was excellent"],
    },
    "neutral": {
        "zh": ["还可以吧，有几站一般，有几站不错", "整体中规中矩，适合第一次来的人", "吃的还行，就是天气太热了",
               "体验还行，路线可以再优化一下", "一般般，没有特别惊艳但也不差"],
        "en": ["It was fine, some stops were better than others", "Decent tour, good for a first evening in town",
               "Okay experience, nothing spectacular but pleasant", "Food was ok, the heat made it hard going",
               "Reasonable tour. A couple of stops felt a bit touristy"],
    },
    "dietary_question": {
        "zh": ["请问素食的话每站都有替代吗？", "我朋友坚果过敏，请提前和店家说一下", "我不能吃辣，可以安排微辣吗",
               "孩子对贝类过敏，请确认一下菜单"],
        "en": ["Hi, we are vegetarian - will there be options at every stop?",
               "My wife has a nut allergy, can you please let the restaurants know?",
               "Is the tour ok for gluten free? Please confirm", "Just checking you received our dietary note"],
    },
    "general_question": {
        "zh": ["请问集合点具体在哪个门口？", "可以带小孩一起吗，需要买票吗", "明天大概几点结束？", "可以改到后天吗"],
        "en": ["Where exactly is the meeting point?", "Can we bring a stroller?", "What time does the tour finish?",
               "Is it ok if we arrive 10 minutes late?"],
    },
    "dietary_ignored": {
        "zh": ["提前登记了素食，结果好几站都是肉，导游说店家没收到", "明明写了不吃辣，每一站都是红油，基本没吃上",
               "忌口登记形同虚设，火锅店根本不知道我们吃素", "我填了过敏信息，店家完全不知道，很危险",
               "饮食需求没有传达给餐厅，只能看着别人吃"],
        "en": ["I registered as vegetarian but half the stops had nothing for me - the restaurants were never told",
               "We asked for no spicy food and got chilli oil everywhere. Dietary form seems pointless",
               "They ignored my allergy note, the vendor had no idea. Not acceptable",
               "Dietary requirements were not passed on, I mostly watched others eat",
               "Booked as vegan, guide said nobody informed the hotpot place"],
    },
    "guide_unprepared": {
        "zh": ["导游像是临时顶班的，路线不熟，讲解也很少", "这次的导游明显没准备，好几家店都没提前订位",
               "导游迟到还不熟悉路线，体验差", "换了个临时导游，讲得很敷衍"],
        "en": ["Our guide seemed to be a last-minute replacement - didn't know the route and got lost twice",
               "The guide was clearly unprepared, two of the stops weren't expecting us",
               "Guide turned up late and rushed everything, felt like he had just been handed the tour",
               "Not the experience the reviews promised. Guide had little knowledge of the area",
               "Freelance guide with no real stories, long waits between stops"],
    },
    "meeting_point": {
        "zh": ["集合点太难找了，在唐人街转了二十分钟才找到队伍", "定位不准，联系导游也没回，错过了开头",
               "集合点描述很模糊，晚上人又多，根本找不到", "找集合点找到崩溃，最后没赶上"],
        "en": ["Couldn't find the meeting point in Chinatown, wandered for 20 minutes and missed the first stop",
               "Meeting point instructions were vague and the pin was wrong - we never found the group",
               "Took ages to find the guide in the crowds, no sign or flag",
               "The meeting spot is impossible to find at night. Please send a photo"],
    },
    "rain_refund": {
        "zh": ["因为下雨被取消了，退款等了两个多星期还没到", "雨天取消我理解，但退款太慢，客服一直说在处理",
               "被取消后没有改期选项，只能退款，钱到现在都没退", "暴雨取消了行程，退款流程太折腾"],
        "en": ["Tour was cancelled for rain and I'm still waiting for my refund two weeks later",
               "Fine to cancel for weather, but the refund through the booking site is taking forever",
               "Rained out and no option to move to another day, only a refund that hasn't arrived",
               "Cancelled 3 hours before due to storms, refund still pending. Very frustrating"],
    },
    "payment_failed": {
        "zh": ["官网付款一直失败，银行卡验证页面卡住", "支付失败了三次，钱好像扣了但没出单", "付不了款，最后只能去别的平台订"],
        "en": ["Payment keeps failing on your website, the card verification page just times out",
               "Tried to pay three times, 3-D Secure never loads. Is the site broken?",
               "Checkout failed with my US card, had to give up",
               "Card was charged? but no confirmation - payment page errored"],
    },
    "crowded_group": {
        "zh": ["人太多了，十几个人挤在小店里，听不清讲解", "说是小团，结果快二十人，体验打折"],
        "en": ["Group was way too big for a 'small group' tour, hard to hear the guide",
               "Too many people - we queued at every stop"],
    },
    "portions_small": {
        "zh": ["每站分量太少了，没吃饱", "试吃量偏少，走完还得自己去吃饭"],
        "en": ["Tastings were tiny, we were still hungry at the end", "Portions were small for the price"],
    },
    "too_much_walking": {
        "zh": ["走路太多了，老人有点吃不消", "路线太长，脚都走疼了"],
        "en": ["More walking than expected, tough for my parents", "Lots of walking and hills, wear good shoes"],
    },
    "pricey": {
        "zh": ["价格偏贵，和自己去吃差不多", "有点贵，感觉不太值"],
        "en": ["A bit overpriced for what it is", "Pricey compared with eating on our own"],
    },
    "quote_slow": {
        "zh": ["包团询价两天了还没有人回复报价", "问了私人团价格，等了好久才回，差点订别家了"],
        "en": ["Sent a private group request two days ago and still no quote", "Very slow to reply to our group "
               "enquiry - we nearly booked another company"],
    },
}


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = G()
    g.run()

    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, float):
            return f"{v:.2f}".rstrip("0").rstrip(".") if abs(v - round(v)) > 1e-9 else str(int(round(v)))
        return str(v)

    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(k)) for k in cols])

    def cols_of(rows, first):
        seen = list(first)
        for r in rows:
            for k in r:
                if k not in seen:
                    seen.append(k)
        return seen

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                               step=i + 1, touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS
                          for i, tp in enumerate(j[3])],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    cust = [{k: v for k, v in c.items() if k not in ("n_book", "private", "last_ts", "ab")}
            for c in g.customers.values()]
    dump("customers.csv", cust, cols_of(cust, ["customer_id", "signup_at", "segment", "region",
                                                "acquisition_channel"]))
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    # the channel manager re-sends some OTA booking webhooks: exact duplicate rows
    rng = np.random.default_rng(SEED + 1)
    ota = [e for e in ev if e["touchpoint_id"] == "tp_booking_confirmed" and e.get("channel") == "ota"]
    dups = [ota[int(i)] for i in rng.choice(len(ota), 37, replace=False)]
    ev = sorted(ev + dups, key=lambda e: (e["ts"], e["event_id"]))
    dump("events.csv", ev, cols_of(ev, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                        "device", "channel"]))
    orders = sorted(g.orders, key=lambda o: o["ts"])
    dump("orders.csv", orders, cols_of(orders, ["order_id", "customer_id", "ts", "amount", "status", "channel",
                                                "device"]))
    fb = g.feedback
    # shuffle the undated ones into the file
    dump("feedback.csv", fb, cols_of(fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                          "rating", "nps"]))
    dump("experiments.csv", g.experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "city",
                                            "channel", "device"])
    dump("_truth/feedback_truth.csv", g.truth, ["feedback_id", "topic", "sentiment", "language"])
    print(f"customers {len(cust)}, events {len(ev)}, orders {len(orders)}, feedback {len(fb)}, "
          f"experiments {len(g.experiments)}, bookings {len(g.bookings)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
