"""海悦 OceanJoy: a cruise line's sales & service operation (synthetic, written blind).

Four ships sail 4-7 night cruises from Shanghai, Tianjin and Xiamen to Japan, Korea, Vietnam and the Philippines.
A guest searches sailings and views cabin options in the app or on the website (or books through a travel agent or
the call center), pays a deposit, pays the balance (due 45 days before sailing), passes the visa / document check,
checks in online, checks in at the terminal, boards, spends onboard (shows, specialty dining, shopping & spa, shore
excursions), may get an itinerary change notice (typhoons), disembarks, answers the post-cruise survey and may book
again. Some cancel (refunds), some leave feedback. Events 2024-04-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2024, 4, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
SAIL_START, SAIL_END = date(2024, 7, 1), date(2026, 10, 31)
N = 6000
D = timedelta
M = lambda x: timedelta(minutes=float(x))  # noqa: E731
H = lambda x: timedelta(hours=float(x))  # noqa: E731

rng = np.random.default_rng(SEED)
wx = np.random.default_rng(SEED + 7)  # the weather has its own stream

PORT_ZH = {"Shanghai": "上海", "Tianjin": "天津", "Xiamen": "厦门"}
CALL_ZH = {"Fukuoka": "福冈", "Nagasaki": "长崎", "Jeju": "济州", "Osaka": "大阪", "Kobe": "神户", "Kagoshima": "鹿儿岛",
           "Incheon": "仁川", "Busan": "釜山", "Okinawa": "冲绳", "Ishigaki": "石垣岛", "Da Nang": "岘港",
           "Ha Long Bay": "下龙湾", "Manila": "马尼拉", "Boracay": "长滩岛"}
ROUTES = {
    "SH_FN": ("上海-福冈-长崎", "Shanghai-Fukuoka-Nagasaki", 5, ["Fukuoka", "Nagasaki"]),
    "SH_JF": ("上海-济州-福冈", "Shanghai-Jeju-Fukuoka", 4, ["Jeju", "Fukuoka"]),
    "SH_OK": ("上海-大阪-神户", "Shanghai-Osaka-Kobe", 6, ["Osaka", "Kobe"]),
    "SH_KG": ("上海-鹿儿岛", "Shanghai-Kagoshima", 4, ["Kagoshima"]),
    "TJ_IB": ("天津-仁川-釜山", "Tianjin-Incheon-Busan", 5, ["Incheon", "Busan"]),
    "TJ_FB": ("天津-福冈-釜山", "Tianjin-Fukuoka-Busan", 6, ["Fukuoka", "Busan"]),
    "XM_OI": ("厦门-冲绳-石垣", "Xiamen-Okinawa-Ishigaki", 5, ["Okinawa", "Ishigaki"]),
    "XM_DH": ("厦门-岘港-下龙湾", "Xiamen-Da Nang-Ha Long Bay", 7, ["Da Nang", "Ha Long Bay"]),
    "XM_MB": ("厦门-马尼拉-长滩岛", "Xiamen-Manila-Boracay", 7, ["Manila", "Boracay"]),
}
SHIPS = {
    "OJS": dict(en="OceanJoy Star", zh="海悦之星", port="Shanghai", routes=("SH_FN", "SH_JF"), start=date(2024, 7, 2),
                appeal=1.0, fare=1.0),
    "OJP": dict(en="OceanJoy Pearl", zh="海悦明珠", port="Shanghai", routes=("SH_OK", "SH_KG"), start=date(2025, 5, 1),
                appeal=1.5, fare=1.2),
    "OJE": dict(en="OceanJoy Explorer", zh="海悦探索", port="Tianjin", routes=("TJ_IB", "TJ_FB"), start=date(2024, 7, 3),
                appeal=1.0, fare=0.85),
    "OJA": dict(en="OceanJoy Aurora", zh="海悦之光", port="Xiamen", routes=("XM_OI", "XM_DH"), start=date(2024, 7, 4),
                appeal=1.0, fare=0.95),
}
DRYDOCK = (date(2026, 1, 5), date(2026, 1, 26))          # Explorer in dry dock
CLEANING = datetime(2025, 11, 1)                         # Explorer: new housekeeping contractor
EGATES = date(2026, 4, 1)                                # Shanghai terminal: self-service e-gates
CABIN_ZH = {"inside": "内舱房", "oceanview": "海景房", "balcony": "阳台房", "suite": "套房"}
CABIN_FARE = {"inside": 520.0, "oceanview": 720.0, "balcony": 980.0, "suite": 2100.0}   # per guest-night
CABIN_SPEND = {"inside": 0.85, "oceanview": 1.0, "balcony": 1.2, "suite": 1.9}
PARTY_ZH = {"family": "家庭亲子", "couple": "夫妻情侣", "seniors": "银发长者", "group": "团体"}
TIER_ZH = {"blue": "蓝卡", "silver": "银卡", "gold": "金卡", "platinum": "白金卡"}
CHANNEL_ZH = {"app": "官方App", "website": "官网", "call_center": "呼叫中心", "travel_agent": "旅行社"}
AGENCIES = [("携程旅行", 0.35), ("途牛旅游", 0.25), ("中国国旅", 0.25), ("春秋旅游", 0.15)]
# home city zh, en, weight, region, home port
HOMES = [("上海", "Shanghai", 0.24, "east_china", "Shanghai"), ("杭州", "Hangzhou", 0.10, "east_china", "Shanghai"),
         ("苏州", "Suzhou", 0.08, "east_china", "Shanghai"), ("南京", "Nanjing", 0.07, "east_china", "Shanghai"),
         ("北京", "Beijing", 0.13, "north_china", "Tianjin"), ("天津", "Tianjin", 0.09, "north_china", "Tianjin"),
         ("厦门", "Xiamen", 0.09, "south_china", "Xiamen"), ("福州", "Fuzhou", 0.06, "south_china", "Xiamen"),
         ("泉州", "Quanzhou", 0.04, "south_china", "Xiamen"), ("其他城市", "Other", 0.10, "other", None)]
PARTY_W = {"family": 0.35, "couple": 0.30, "seniors": 0.22, "group": 0.13}
CH_BY_PARTY = {"family": [0.45, 0.25, 0.10, 0.20], "couple": [0.50, 0.30, 0.08, 0.12],
               "seniors": [0.15, 0.15, 0.25, 0.45], "group": [0.05, 0.05, 0.10, 0.80]}
CHANNELS = ["app", "website", "call_center", "travel_agent"]
CABIN_BY_PARTY = {"family": [0.30, 0.25, 0.38, 0.07], "couple": [0.25, 0.25, 0.42, 0.08],
                  "seniors": [0.35, 0.35, 0.25, 0.05], "group": [0.55, 0.30, 0.15, 0.0]}
CABINS = ["inside", "oceanview", "balcony", "suite"]
SEASON = {1: 0.8, 2: 1.2, 3: 0.7, 4: 0.9, 5: 1.2, 6: 0.9, 7: 1.6, 8: 1.6, 9: 0.9, 10: 1.4, 11: 0.7, 12: 0.8}
FARE_SEASON = {1: 0.85, 2: 1.2, 3: 0.85, 4: 1.0, 5: 1.1, 6: 1.0, 7: 1.35, 8: 1.35, 9: 1.0, 10: 1.25, 11: 0.85,
               12: 0.85}

TOUCHPOINTS = [
    ("tp_search", "搜索航次", "Search sailings", "consideration", "app", "digital", "digital",
     "查航次|搜航线|查船期|search|sailing search|find a cruise"),
    ("tp_cabins", "查看舱房", "View cabin options", "consideration", "app", "digital", "digital",
     "选舱房|看房型|舱房选择|cabin options|choose cabin|cabin selection"),
    ("tp_deposit", "预订付订金", "Booking with deposit", "purchase", "other", "digital", "sales",
     "订金|定金|下订|预订|付订金|deposit|book|booking"),
    ("tp_full_pay", "支付尾款", "Full payment", "purchase", "other", "digital", "sales",
     "尾款|付尾款|全款|结清|balance payment|final payment|full payment|pay in full"),
    ("tp_doc_check", "证件签证审核", "Visa & document check", "service", "other", "digital", "guest_services",
     "签证|护照|证件审核|签证审核|visa|passport|document check|visa check"),
    ("tp_online_checkin", "在线值机", "Online check-in", "service", "app", "digital", "digital",
     "在线登记|网上值机|online check-in|web check-in"),
    ("tp_terminal", "码头办理登船", "Terminal check-in", "service", "store", "physical", "port_ops",
     "码头值机|办理登船手续|码头报到|terminal check-in|port check-in"),
    ("tp_boarding", "登船", "Boarding", "service", "store", "physical", "port_ops",
     "上船|登船排队|boarding|embarkation|getting on board"),
    ("tp_itinerary_change", "航线变更通知", "Itinerary change notice", "service", "other", "digital", "marine_ops",
     "改航线|改线|变更航线|少停港口|itinerary change|route change|skipped port"),
    ("tp_show", "船上演出", "Onboard shows", "service", "store", "physical", "entertainment",
     "演出|表演|剧院|秀|show|shows|entertainment|theatre"),
    ("tp_dining", "船上餐饮", "Onboard dining", "service", "store", "physical", "food_beverage",
     "餐饮|餐厅|自助餐|特色餐厅|dining|food|restaurant|buffet"),
    ("tp_excursion", "岸上观光", "Shore excursions", "service", "other", "physical", "shore_ops",
     "岸上游|岸上观光|上岸|shore excursion|excursion|tour"),
    ("tp_onboard_shop", "船上消费", "Onboard shopping & spa", "service", "store", "physical", "hotel_ops",
     "免税店|水疗|酒水套餐|购物|spa|duty free|drinks package|shopping"),
    ("tp_cabin", "舱房入住", "Cabin stay", "service", "store", "physical", "hotel_ops",
     "客房|房间|舱房|cabin|stateroom|room|housekeeping"),
    ("tp_onboard", "船上体验", "Onboard experience", "service", "store", "physical", "hotel_ops",
     "船上|服务|onboard|on board|crew|service"),
    ("tp_disembark", "下船", "Disembarkation", "service", "store", "physical", "port_ops",
     "离船|下船|disembark|disembarkation|getting off"),
    ("tp_survey", "邮轮后问卷", "Post-cruise survey", "loyalty", "email", "digital", "crm",
     "问卷|满意度调查|回访|survey|post-cruise survey|feedback form"),
    ("tp_rebook", "再次预订", "Rebooking", "loyalty", "other", "digital", "crm",
     "复购|再订|再次出行|回头客|rebook|repeat booking|book again"),
    ("tp_cancel", "取消预订", "Booking cancelled", "service", "other", "digital", "guest_services",
     "取消|退订|取消订单|cancel|cancellation"),
    ("tp_refund", "退款到账", "Refund received", "service", "other", "digital", "finance",
     "退款|退钱|退款到账|refund|refund received|money back"),
]
JOURNEYS = [
    ("booking", "在线预订", "Online booking", ["tp_search", "tp_cabins", "tp_deposit"], 14),
    ("predeparture", "订金到登船", "Deposit to boarding", ["tp_deposit", "tp_full_pay", "tp_doc_check", "tp_boarding"],
     300),
    ("rebooking", "下船后复购", "Rebooking after the cruise", ["tp_disembark", "tp_rebook"], 180),
    ("refund", "取消退款", "Cancellation to refund", ["tp_cancel", "tp_refund"], 90),
]

# ---------------------------------------------------------------- feedback texts
# topic -> (sentiment, touchpoint, zh texts, en texts); {m} minutes, {n} days, {p} port
TEXTS = {
    "queue": ("neg", "tp_boarding", [
        "上船排队排了快两个小时，码头太乱了", "吴淞口登船排队太久了，老人站得腿都酸了", "办完手续还要排队过安检，前后等了{m}分钟",
        "登船排队没人引导，队伍乱七八糟", "排队上船用了一个多小时，第一天心情就没了", "码头排队的人太多，空调也不够，孩子一直哭",
        "登船大厅排队像春运一样，建议分时段登船", "排队{m}分钟才上船，下次不想再从这个码头走了"], [
        "The boarding queue took almost two hours at the terminal.",
        "We stood in the queue for {m} minutes before we could get on the ship.",
        "Chaotic boarding queue, no one telling people where to go.",
        "Terrible queue at the terminal, please stagger boarding times."]),
    "queue_ok": ("pos", "tp_boarding", [
        "新装的自助闸机很快，排队十几分钟就上船了", "这次登船不用怎么排队，比上次顺畅多了"], [
        "Boarding was quick this time, hardly any queue at the new e-gates."]),
    "food_bad": ("neg", "tp_dining", [
        "自助餐难吃，菜品也不新鲜", "主餐厅的菜端上来都是凉的", "吃的选择太少，天天都是那几样菜", "餐厅上菜特别慢，味道也一般",
        "海鲜不新鲜，吃完肚子不舒服", "自助餐抢不到位置，菜也很快就没了"], [
        "The buffet food was cold and bland.", "Food quality was poor, same dishes every single day.",
        "Dining room service was slow and the food was mediocre."]),
    "food_good": ("pos", "tp_dining", [
        "自助餐很丰富，海鲜也新鲜", "特色餐厅的牛排很好吃", "中餐厅的菜很合口味，老人很喜欢", "餐厅的早茶点心做得不错"], [
        "The food in the main dining room was excellent.", "Loved the buffet, lots of choice."]),
    "cabin_dirty": ("neg", "tp_cabin", [
        "房间有霉味，地毯也很脏", "卫生间不干净，毛巾上有污渍", "舱房打扫不及时，垃圾两天没人收", "床单上有头发，房间卫生太差了",
        "空调出风口有霉斑，住得很不舒服", "进房间一股霉味，要求换房也没换成"], [
        "The cabin smelled of mould and the carpet was dirty.", "Bathroom was not clean and the towels were stained.",
        "Housekeeping skipped our cabin twice, it was dirty."]),
    "cabin_clean": ("pos", "tp_cabin", [
        "房间很干净，管家每天打扫两次", "舱房干净整洁，阳台视野很好"], [
        "Our cabin was spotless and clean every day."]),
    "show_good": ("pos", "tp_show", [
        "晚上的演出太精彩了，孩子看得不想走", "剧院的表演是整个行程的亮点", "杂技秀很震撼，值回票价",
        "每晚都有演出，娱乐安排得很丰富", "水上灯光秀特别好看", "百老汇风格的表演很专业，强烈推荐"], [
        "The shows were fantastic, best entertainment we have had at sea.",
        "Great entertainment every night, the acrobatics performance was stunning."]),
    "show_meh": ("neg", "tp_show", [
        "演出座位太少，要提前一个小时去占座", "表演时间太短，内容也没什么新意"], [
        "The theatre was too small, we could not get seats for the performance."]),
    "typhoon": ("neg", "tp_itinerary_change", [
        "因为台风取消了{p}，期待的行程泡汤了", "台风改了航线，通知得太晚，安排全乱了", "台风导致少停一个港口，补偿太少了",
        "台风天船晃得厉害，也没人解释改线的原因", "遇到台风不靠{p}了，买的岸上游退钱还要等"], [
        "The typhoon meant we skipped {p} and the compensation was tiny.",
        "Itinerary changed because of a typhoon and we were told very late."]),
    "typhoon_ok": ("neu", "tp_itinerary_change", [
        "台风改线可以理解，安全第一", "因为台风少去了{p}，有点可惜，不过船上安排了补偿活动"], [
        "Typhoon detour was understandable, safety first."]),
    "weather_change": ("neg", "tp_itinerary_change", [
        "因为大风少停了一站，有点遗憾", "大雾推迟了靠港，行程缩水了"], [
        "Skipped a port because of strong wind, a bit disappointing."]),
    "refund_slow": ("neg", "tp_refund", [
        "取消订单{n}天了退款还没到账", "旅行社说退款要等邮轮公司，邮轮公司又让找旅行社，来回踢皮球", "退款太慢了，催了好几次都说在处理",
        "取消后退款迟迟不到，客服也说不清楚进度", "退款拖了快一个月，太影响信誉了"], [
        "Cancelled {n} days ago and still no refund.", "The refund is taking forever, the agency blames the cruise line."]),
    "refund_fast": ("pos", "tp_refund", [
        "退款很快，几天就到账了", "取消后退款处理得挺及时"], [
        "Refund came back within a week, thanks."]),
    "docs": ("neg", "tp_doc_check", [
        "护照有效期不足六个月被拒，没人提前提醒", "签证材料审核没通过，客服说要重新提交", "护照姓名拼音和订单不一致，审核卡住了",
        "爸妈的护照快过期了才被告知不能上船，太晚了"], [
        "My passport check failed because the name spelling did not match the booking.",
        "Nobody told us the passport needed six months validity."]),
    "balance": ("neg", "tp_full_pay", [
        "没收到尾款提醒，订单直接被自动取消了，订金也不退", "官网付完订金后就没消息了，尾款过期就取消了", "尾款截止日期没有短信提醒，太坑了"], [
        "Never got a reminder for the balance payment and my booking was cancelled.",
        "Missed the balance deadline because no reminder email arrived, lost the deposit."]),
    "staff_good": ("pos", "tp_onboard", [
        "服务员很热情，记得我们的名字", "工作人员态度特别好，有求必应", "船上服务员对老人特别照顾"], [
        "The crew were friendly and helpful.", "Staff went out of their way for my parents."]),
    "excursion": ("neg", "tp_excursion", [
        "岸上游行程太赶，购物店停太久", "岸上观光大巴等了很久，导游讲解很敷衍"], [
        "The shore excursion was rushed and spent too long in shops."]),
    "excursion_good": ("pos", "tp_excursion", [
        "岸上观光安排得很好，导游很专业", "提前买了岸上游，省心又划算"], [
        "The shore excursion was well organised, great guide."]),
    "wifi": ("neg", "tp_onboard", [
        "船上网络太贵还很慢", "上网费贵得离谱，信号还时有时无"], [
        "Wi-Fi onboard was expensive and slow."]),
    "value": ("neu", "tp_survey", [
        "性价比一般，船票不算便宜", "价格中规中矩吧"], [
        "Decent value, nothing special."]),
    "overall_good": ("pos", "tp_survey", [
        "整体很满意，下次还会再来", "一家人玩得很开心，推荐", "第一次坐邮轮，体验很好", "陪父母出来玩，他们很满意"], [
        "Lovely trip overall, we will cruise again.", "Great holiday, would recommend."]),
    "neutral": ("neu", "tp_survey", [
        "还可以吧，中规中矩", "一般般，没有特别惊喜"], [
        "It was ok.", "Fine, nothing remarkable."]),
    "app_good": ("pos", "tp_cabins", [
        "App订船很方便，舱房照片很清楚", "在App上选舱房很直观"], [
        "Booking in the app was smooth."]),
    "app_bad": ("neg", "tp_cabins", [
        "App选舱房的时候老是闪退", "App搜索航次筛选条件太少，找个合适的日期很费劲"], [
        "The app keeps crashing when I choose a cabin."]),
    "checkin_good": ("pos", "tp_online_checkin", [
        "在线值机很方便，到码头直接领房卡"], [
        "Online check-in was easy."]),
}
RATING = {"neg": ([1, 2, 3], [0.45, 0.40, 0.15]), "neu": ([3, 4], [0.6, 0.4]), "pos": ([4, 5], [0.35, 0.65])}


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.customers = [], [], [], []
        self.n_ev = self.n_ord = self.n_bk = 0

    # ------------------------------------------------------------ rows
    def ev(self, c, ts, tp, bk, action, ch, extra=None, **kw):
        if ts > END:
            return None
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp,
                   session_id=bk, action=action, channel=ch, booking_channel=kw.pop("booking_channel", None))
        if ch in ("app", "web"):
            row["device"] = c["device"]
        if extra:
            row.update(extra)
        row.update(kw)
        self.events.append(row)
        return row

    def order(self, c, ts, amount, otype, bk, extra, status="paid", **kw):
        if ts > END:
            return None
        self.n_ord += 1
        row = dict(order_id=f"O{self.n_ord:07d}", customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
                   status=status, order_type=otype, booking_id=bk, currency="CNY")
        row.update(extra)
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, ts, topic, channel, extra=None, dated=True, rating=True, nps=False, fmt=None, lang=None):
        sent, tp, zh, en = TEXTS[topic]
        lang = lang or c["language"]
        pool = en if lang == "en" else zh
        text = pool[int(rng.integers(len(pool)))].format(**(fmt or {"m": 90, "n": 20, "p": "石垣岛"}))
        if ts is not None and ts > END:
            return
        row = dict(text=text, ts=ts if dated else None, customer_id=c["customer_id"] if c else None,
                   touchpoint_id=tp, channel=channel, language=lang, sentiment_label=sent, _topic=topic,
                   _sortts=ts)
        if rating:
            vals, p = RATING[sent]
            if topic == "typhoon":
                vals, p = [1, 2, 3], [0.3, 0.45, 0.25]
            row["rating"] = int(rng.choice(vals, p=p))
        if nps:
            lo, hi = {"neg": (0, 5), "neu": (6, 8), "pos": (8, 10)}[sent]
            row["nps"] = int(rng.integers(lo, hi + 1))
        if extra:
            row.update(extra)
        self.feedback.append(row)


# ---------------------------------------------------------------- sailings
def build_sailings():
    out = []
    for code, s in SHIPS.items():
        d, k = s["start"], 0
        special = 0
        while d <= SAIL_END:
            if code == "OJE" and DRYDOCK[0] <= d < DRYDOCK[1]:
                d = DRYDOCK[1]
                continue
            r = s["routes"][k % 2]
            if code == "OJA" and d >= date(2026, 1, 10) and special < 2:
                r, special = "XM_MB", special + 1
            nights = ROUTES[r][2]
            out.append(dict(sailing_id=f"{code}{d:%Y%m%d}", ship_code=code, date=d, route_code=r, nights=nights,
                            port=s["port"], calls=ROUTES[r][3]))
            d += D(days=nights)
            k += 1
    # weather: typhoon itinerary changes (Jul-Sep), occasional fog / wind, one sailing cancelled outright
    cancelled = min((x for x in out if x["ship_code"] == "OJA"), key=lambda x: abs((x["date"] - date(2025, 7, 28)).days))
    for x in out:
        x["change"], x["skipped"], x["cancelled"] = None, None, x is cancelled
        if x["cancelled"]:
            continue
        m, y = x["date"].month, x["date"].year
        if 7 <= m <= 9:
            p = {"Xiamen": 0.45 if y == 2025 else 0.25, "Shanghai": 0.12, "Tianjin": 0.04}[x["port"]]
            if wx.random() < p:
                x["change"] = "typhoon"
        elif wx.random() < 0.02:
            x["change"] = str(wx.choice(["fog", "strong_wind"]))
        if x["change"]:
            x["skipped"] = x["calls"][-1] if wx.random() < 0.7 or len(x["calls"]) == 1 else x["calls"][0]
    return out


def lead_pdf(days):
    d = np.maximum(days, 1.0)
    return d ** 1.2 * np.exp(-d / 40.0)


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    g = Gen()
    sailings = build_sailings()
    by_port = {}
    for p in PORT_ZH:
        xs = [s for s in sailings if s["port"] == p]
        by_port[p] = (xs, np.array([s["date"].toordinal() for s in xs]),
                      np.array([SHIPS[s["ship_code"]]["appeal"] * SEASON[s["date"].month] for s in xs]),
                      np.array([s["date"].month in (7, 8) for s in xs]))

    # ------------------------------------------------------------ customers
    homes_p = np.array([h[2] for h in HOMES])
    parties = list(PARTY_W)
    days_total = (END.date() - START.date()).days + 1
    dayw = np.array([(1 + 0.45 * i / 365) * (1.25 if (START.date() + D(days=i)).month in (3, 4, 5, 6) else 1.0)
                     for i in range(days_total)])
    dayw /= dayw.sum()
    custs = []
    for i in range(N):
        h = HOMES[int(rng.choice(len(HOMES), p=homes_p))]
        party = parties[int(rng.choice(4, p=list(PARTY_W.values())))]
        ch = CHANNELS[int(rng.choice(4, p=CH_BY_PARTY[party]))]
        lang = "en" if (h[1] in ("Shanghai", "Beijing") and party in ("couple", "family") and rng.random() < 0.15) \
            or rng.random() < 0.01 else "zh"
        tw = {"seniors": [0.45, 0.30, 0.17, 0.08], "couple": [0.58, 0.25, 0.12, 0.05]}.get(party,
                                                                                           [0.66, 0.22, 0.09, 0.03])
        tier = ["blue", "silver", "gold", "platinum"][int(rng.choice(4, p=tw))]
        dev = None
        if ch == "app":
            dev = "ios" if rng.random() < 0.55 else "android"
        elif ch == "website":
            dev = "pc" if rng.random() < 0.7 else "mobile_web"
        port = h[4] or str(rng.choice(list(PORT_ZH), p=[0.5, 0.25, 0.25]))
        if rng.random() < 0.12:
            port = str(rng.choice(list(PORT_ZH)))
        age = {"seniors": "60+", "group": str(rng.choice(["35-49", "50-59", "60+"]))}.get(
            party, str(rng.choice(["25-34", "35-49", "50-59"], p=[0.45, 0.45, 0.10])))
        c = dict(customer_id=f"C{i + 1:05d}", party=party, home=h, channel=ch, language=lang, tier=tier, device=dev,
                 port=port, age=age, bookings=0, cruises=0,
                 agency=AGENCIES[int(rng.choice(4, p=[a[1] for a in AGENCIES]))][0])
        t0 = datetime.combine(START.date() + D(days=int(rng.choice(days_total, p=dayw))), time(0)) + \
            H(rng.uniform(9, 23))
        c["first"] = t0
        custs.append(c)

    # ------------------------------------------------------------ one booking attempt
    def choose_sailing(c, t0, lo, hi):
        port = c["port"] if rng.random() < 0.85 else str(rng.choice(list(PORT_ZH)))
        xs, ords, w, summer = by_port[port]
        t = t0.date().toordinal()
        ok = (ords >= t + lo) & (ords <= t + hi)
        if not ok.any():
            return None
        ww = w * lead_pdf((ords - t).astype(float)) * np.where(summer & (c["party"] == "family"), 1.5, 1.0)
        ww = np.where(ok, ww, 0.0)
        return xs[int(rng.choice(len(xs), p=ww / ww.sum()))]

    def booking_extra(s, cabin, guests):
        sh, r = SHIPS[s["ship_code"]], ROUTES[s["route_code"]]
        return {"sailing_id": s["sailing_id"], "sailing_date": s["date"], "ship": sh["en"], "船名": sh["zh"],
                "route": r[0], "route_en": r[1], "home_port": s["port"], "母港": PORT_ZH[s["port"]],
                "nights": s["nights"], "cabin_class": cabin, "舱房等级": CABIN_ZH[cabin], "guests": guests}

    def attempt(c, t0, ch, rebook_of=None):
        """One booking attempt starting at t0. Returns None (no deposit), "booked" (deposit, no completed cruise
        in the data) or the disembark datetime."""
        digital = ch in ("app", "website")
        evch = {"app": "app", "website": "web"}.get(ch)
        s = choose_sailing(c, t0, 21 if digital else 10, 240 if digital else 200)
        if s is None:
            return None
        g.n_bk += 1
        bk = f"BK{g.n_bk:06d}"
        party = c["party"]
        cabin = CABINS[int(rng.choice(4, p=CABIN_BY_PARTY[party]))]
        if c["tier"] == "platinum" and rng.random() < 0.35:
            cabin = "suite"
        guests = {"couple": 2, "seniors": int(rng.choice([2, 2, 2, 3, 4])), "family": int(rng.choice([3, 3, 4, 4, 5, 6])),
                  "group": int(rng.integers(8, 25))}[party]
        ex = booking_extra(s, cabin, guests)
        ag = {"agency": c["agency"]} if ch == "travel_agent" else {}
        kw = dict(booking_channel=ch, **ag)
        t = t0
        if digital:
            for k in range(int(rng.integers(1, 4))):
                g.ev(c, t, "tp_search", bk, "view", evch, {"home_port": s["port"], "母港": PORT_ZH[s["port"]]}, **kw)
                t += M(rng.uniform(0.5, 6))
            p_cab = 0.78 if ch == "app" else 0.70
            if rebook_of is None and rng.random() > p_cab:
                return None
            for k in range(int(rng.integers(1, 3))):
                g.ev(c, t, "tp_cabins", bk, "view", evch, ex, **kw)
                t += M(rng.uniform(1, 8))
            p_dep = (0.50 if ch == "app" else 0.35) - (0.06 if party == "seniors" else 0.0) + \
                (0.05 if s["ship_code"] == "OJP" else 0.0)
            if rebook_of is None and rng.random() > p_dep:
                return None
            t_dep = t + (M(rng.uniform(2, 25)) if rng.random() < 0.65 else D(days=float(rng.uniform(1, 12))))
        else:
            t_dep = t0
        sail_dt = datetime.combine(s["date"], time(16, 30))
        if t_dep > END or t_dep >= sail_dt - D(days=8):
            return None
        c["bookings"] += 1
        mo = s["date"].month
        fare = CABIN_FARE[cabin] * s["nights"] * guests * SHIPS[s["ship_code"]]["fare"] * FARE_SEASON[mo] * \
            float(rng.uniform(0.95, 1.05))
        if s["route_code"] == "XM_MB":
            fare *= 1.2
        fare = round(fare / 10) * 10
        deposit = round(fare * 0.2 / 100) * 100
        depch = {"app": "app", "website": "web", "call_center": "call_center", "travel_agent": "travel_agent"}[ch]
        pay = {"app": "wechat_pay", "website": "alipay", "call_center": "unionpay", "travel_agent": "agency_settlement"}[ch]
        if ch in ("app", "website") and rng.random() < 0.4:
            pay = "alipay" if pay == "wechat_pay" else "credit_card"
        oex = dict(ex, channel=ch, device=c["device"] if digital else None, pay_method=pay, **ag)
        g.ev(c, t_dep, "tp_deposit", bk, "success", depch, ex, **kw)
        if rebook_of is not None:
            g.ev(c, t_dep, "tp_rebook", bk, "submit", depch, ex, previous_booking_id=rebook_of, **kw)
        fare_orders = [g.order(c, t_dep, deposit, "cabin_fare", bk, oex, payment_stage="deposit")]
        due = sail_dt.replace(hour=0, minute=0) - D(days=45)

        # plan the pre-departure steps
        cancel_t, reason = None, None
        if s["cancelled"]:
            cancel_t, reason = sail_dt - D(days=2) - H(rng.uniform(2, 8)), "typhoon"
            if cancel_t <= t_dep:
                cancel_t = t_dep + H(2)
        p_cc = 0.09 if party == "seniors" else 0.065
        if rng.random() < p_cc:
            ct = t_dep + D(days=float(rng.uniform(1, max(1.5, (sail_dt - t_dep).days - 3))))
            if cancel_t is None or ct < cancel_t:
                cancel_t, reason = ct, str(rng.choice(["personal", "health"], p=[0.75, 0.25]))
        if t_dep >= due:
            pay_t = t_dep + M(rng.uniform(2, 30))
        else:
            p_pay = {"app": 0.94, "website": 0.79, "call_center": 0.92, "travel_agent": 0.96}[ch]
            if rng.random() < p_pay:
                if rng.random() < 0.6:
                    pay_t = due - D(days=float(rng.uniform(0.2, 20)))
                else:
                    pay_t = t_dep + D(days=float(rng.uniform(0.5, max(1.0, (due - t_dep).days))))
                pay_t = max(pay_t, t_dep + M(30))
            else:
                pay_t = None
                ct = due + D(days=1) + H(rng.uniform(1, 3))
                if cancel_t is None or ct < cancel_t:
                    cancel_t, reason = ct, "unpaid_balance"
        doc_t = None
        if pay_t is not None:
            doc_t = pay_t + D(days=float(rng.uniform(1, 6)))
            if doc_t > sail_dt - D(days=3):
                doc_t = pay_t + H(rng.uniform(2, 10))
        doc_fail = None
        doc_ok_t = doc_t
        if doc_t is not None:
            p_fail = {"seniors": 0.13, "group": 0.01}.get(party, 0.06 if c["language"] == "en" else 0.03)
            if rng.random() < p_fail:
                doc_fail = str(rng.choice(["passport_expiring", "name_mismatch", "missing_entry_permit"],
                                          p=[0.75, 0.15, 0.10] if party == "seniors" else [0.4, 0.4, 0.2]))
                if rng.random() < 0.62:
                    doc_ok_t = doc_t + D(days=float(rng.uniform(2, 10)))
                    doc_ok_t = min(doc_ok_t, sail_dt - D(days=1))
                else:
                    doc_ok_t = None
                    ct = doc_t + D(days=float(rng.uniform(1, 5)))
                    if cancel_t is None or ct < cancel_t:
                        cancel_t, reason = ct, "document_issue"
        alive = lambda ts: ts is not None and (cancel_t is None or ts < cancel_t)  # noqa: E731

        # pre-departure events
        paid = deposit
        if alive(pay_t):
            g.ev(c, pay_t, "tp_full_pay", bk, "success", depch, ex, **kw)
            fare_orders.append(g.order(c, pay_t, fare - deposit, "cabin_fare", bk, oex, payment_stage="balance"))
            paid = fare
        if alive(doc_t):
            g.ev(c, doc_t, "tp_doc_check", bk, "fail" if doc_fail else "success",
                 "travel_agent" if ch == "travel_agent" else "web", ex, doc_fail_reason=doc_fail, **kw)
            if doc_fail and alive(doc_ok_t):
                g.ev(c, doc_ok_t, "tp_doc_check", bk, "success", "travel_agent" if ch == "travel_agent" else "web", ex,
                     **kw)
            if doc_fail and rng.random() < 0.4:
                g.fb(c, doc_t + H(rng.uniform(1, 40)), "docs", "call_note", _bk_extra(bk, s, ch), rating=False)
        pre_excursions = []
        if cancel_t is not None:
            g.ev(c, cancel_t, "tp_cancel", bk, "auto" if reason in ("unpaid_balance", "typhoon") else "submit",
                 "system" if reason in ("unpaid_balance", "typhoon") else depch, ex, cancel_reason=reason, **kw)
            days_before = (sail_dt - cancel_t).days
            if reason == "unpaid_balance":
                if ch == "website" and rng.random() < 0.35:
                    g.fb(c, cancel_t + D(days=float(rng.uniform(0.2, 5))), "balance", "call_note", _bk_extra(bk, s, ch),
                         rating=False)
                return "booked"
            fee = 0.0
            if reason != "typhoon":
                pct = 0.05 if days_before >= 90 else 0.10 if days_before >= 60 else 0.20 if days_before >= 45 else \
                    0.40 if days_before >= 15 else 0.70
                fee = min(paid, round(fare * pct / 10) * 10)
            if fee > 0:
                g.order(c, cancel_t, fee, "cancellation_fee", bk, oex, cancel_reason=reason)
            med = {"travel_agent": 22.0, "call_center": 6.5, "app": 5.0, "website": 5.5}[ch]
            if reason == "typhoon":
                med = 12.0 if ch == "travel_agent" else 3.5
            delay = float(med * np.exp(rng.normal(0, 0.45)))
            rt = cancel_t + D(days=delay)
            for o in fare_orders:
                if o is None:
                    continue
                if rt <= END:
                    o["status"], o["refunded_at"] = "refunded", rt
                else:
                    o["status"] = "refund_pending"
                o["cancel_reason"] = reason
            if rt <= END:
                g.ev(c, rt, "tp_refund", bk, "success", "system", ex, cancel_reason=reason, **kw)
            if delay > 14 and rng.random() < 0.55:
                g.fb(c, cancel_t + D(days=float(rng.uniform(14, delay))), "refund_slow", "call_note",
                     _bk_extra(bk, s, ch), rating=False, fmt={"n": int(rng.integers(15, 40)), "m": 0, "p": ""})
            if delay > 14 and rng.random() < 0.15:
                g.fb(c, rt + D(days=float(rng.uniform(0, 3))), "refund_slow",
                     "ota_review" if ch == "travel_agent" else "app_review", _bk_extra(bk, s, ch),
                     dated=rng.random() > 0.2, fmt={"n": int(rng.integers(15, 40)), "m": 0, "p": ""})
            elif delay <= 7 and rng.random() < 0.06:
                g.fb(c, rt + D(days=float(rng.uniform(0, 3))), "refund_fast", "app_review" if digital else "ota_review",
                     _bk_extra(bk, s, ch), dated=rng.random() > 0.3)
            return "booked"

        # online check-in, pre-cruise excursions
        p_oc = {"app": 0.86, "website": 0.62, "call_center": 0.35, "travel_agent": 0.30}[ch] - \
            (0.1 if party == "seniors" else 0.0)
        checked = rng.random() < p_oc
        if checked:
            g.ev(c, sail_dt - D(days=float(rng.uniform(1, 7))), "tp_online_checkin", bk, "success",
                 evch or "h5", ex, **kw)
        if rng.random() < 0.012:
            return "booked"                                                                  # no-show
        # boarding day
        term = datetime.combine(s["date"], time(10, 30)) + M(rng.uniform(0, 200))
        med = {"Shanghai": 88.0, "Tianjin": 36.0, "Xiamen": 30.0}[s["port"]]
        if s["port"] == "Shanghai" and s["date"] >= EGATES:
            med = 42.0
        if checked:
            med *= 0.85
        wait = min(float(med * np.exp(rng.normal(0, 0.38))), 330.0)
        board = term + M(wait)
        if board > END:
            return "booked"
        g.ev(c, term, "tp_terminal", bk, "scan", "port", ex, **kw)
        g.ev(c, board, "tp_boarding", bk, "scan", "port", ex, **kw)
        c["cruises"] += 1
        day0 = datetime.combine(s["date"], time(0))
        notice = day0 + D(days=1) + H(9) + M(rng.uniform(0, 40))
        if s["change"]:
            g.ev(c, notice, "tp_itinerary_change", bk, "notified", "ship", ex, change_reason=s["change"],
                 skipped_port=s["skipped"], **kw)
        spend = CABIN_SPEND[cabin] * {"platinum": 1.5, "gold": 1.2}.get(c["tier"], 1.0)
        g4 = min(guests, 4)
        oexb = dict(oex, pay_method="onboard_account")
        # shore excursions (pre-cruise in the app / via the agency, or onboard on the first evening)
        p_exc = {"group": 0.8, "seniors": 0.55}.get(party, 0.45)
        for port_call in s["calls"]:
            if rng.random() < p_exc:
                pre = rng.random() < 0.6
                et = sail_dt - D(days=float(rng.uniform(2, 10))) if pre else day0 + H(20) + M(rng.uniform(0, 90))
                price = float(rng.choice([399, 499, 699, 899])) * {"Boracay": 2.4, "Osaka": 1.6}.get(port_call, 1.0)
                g.ev(c, et, "tp_excursion", bk, "purchase", (evch or ch) if pre else "ship", ex,
                     excursion_port=port_call, **kw)
                o = g.order(c, et, price * guests, "shore_excursion", bk, oexb if not pre else oex,
                            excursion_port=port_call, onboard_category="shore_excursion")
                if o is not None and port_call == s["skipped"]:
                    rt = notice + D(days=float(rng.uniform(2, 6)))
                    if rt <= END:
                        o["status"], o["refunded_at"] = "refunded", rt
                    else:
                        o["status"] = "refund_pending"
        p_show = 0.72 if s["ship_code"] == "OJP" else 0.35
        if rng.random() < p_show:
            for k in range(1 + int(s["nights"] >= 6 and rng.random() < 0.4)):
                et = day0 + D(days=int(rng.integers(1, s["nights"]))) + H(19) + M(rng.uniform(-60, 30))
                g.ev(c, et, "tp_show", bk, "purchase", "ship", ex, **kw)
                g.order(c, et, float(rng.choice([180, 220, 280])) * g4, "onboard", bk, oexb, onboard_category="show")
        if rng.random() < (0.28 if s["ship_code"] == "OJE" else 0.42):
            et = day0 + D(days=int(rng.integers(0, s["nights"]))) + H(18) + M(rng.uniform(0, 90))
            g.ev(c, et, "tp_dining", bk, "purchase", "ship", ex, **kw)
            g.order(c, et, float(rng.choice([388, 588, 888])) * ((g4 + 1) // 2) * spend, "onboard", bk, oexb,
                    onboard_category="specialty_dining")
        for cat, p, amt in (("spa", 0.12, lambda: float(rng.choice([680, 980, 1280]))),
                            ("drinks_package", 0.30, lambda: 299.0 * s["nights"] * min(guests, 2)),
                            ("duty_free", 0.25, lambda: float(900 * np.exp(rng.normal(0, 0.6))))):
            if rng.random() < p:
                et = day0 + D(days=int(rng.integers(0, s["nights"]))) + H(rng.uniform(10, 22))
                g.ev(c, et, "tp_onboard_shop", bk, "purchase", "ship", ex, onboard_category=cat, **kw)
                g.order(c, et, amt() * spend, "onboard", bk, oexb, onboard_category=cat)
        dis = datetime.combine(s["date"] + D(days=s["nights"]), time(7, 30)) + M(rng.uniform(0, 150))
        if dis > END:
            return "booked"
        g.ev(c, dis, "tp_disembark", bk, "scan", "port", ex, **kw)

        # feedback about the cruise
        fbx = _bk_extra(bk, s, ch)
        typh = s["change"] == "typhoon"
        w = {"queue": 3.0 * (wait > 60) if s["port"] == "Shanghai" else 1.2 * (wait > 60),
             "queue_ok": 1.0 if (s["port"] == "Shanghai" and s["date"] >= EGATES) else 0.0,
             "typhoon": 4.0 if typh else 0.0, "typhoon_ok": 1.2 if typh else 0.0,
             "weather_change": 3.0 if s["change"] in ("fog", "strong_wind") else 0.0,
             "food_bad": 2.0 if s["ship_code"] == "OJE" else 0.4, "food_good": 0.3 if s["ship_code"] == "OJE" else 1.0,
             "cabin_dirty": (4.0 if dis >= CLEANING else 0.35) if s["ship_code"] == "OJE" else 0.2,
             "cabin_clean": 0.15 if s["ship_code"] == "OJE" else 0.6,
             "show_good": 3.0 if s["ship_code"] == "OJP" else 0.8, "show_meh": 0.2, "staff_good": 1.2,
             "excursion": 0.5, "excursion_good": 0.6, "wifi": 0.4, "value": 0.5, "overall_good": 1.5,
             "neutral": 0.5}
        topics, ws = list(w), np.array(list(w.values()), dtype=float)
        pick = lambda: topics[int(rng.choice(len(topics), p=ws / ws.sum()))]  # noqa: E731
        fmt = {"m": int(round(wait / 5) * 5), "n": 0, "p": CALL_ZH.get(s["skipped"] or "", "") if c["language"] == "zh"
               else (s["skipped"] or "")}
        surveyed = rng.random() < (0.30 if party == "group" else 0.55)
        if surveyed:
            st = dis + D(days=float(rng.uniform(0.3, 6)))
            g.ev(c, st, "tp_survey", bk, "submit", "email", ex, **kw)
            g.fb(c, st, pick(), "survey", fbx, nps=rng.random() < 0.6, fmt=fmt)
        if rng.random() < (0.12 if ch == "travel_agent" else 0.06):
            g.fb(c, dis + D(days=float(rng.uniform(1, 20))), pick(), "ota_review", fbx, dated=rng.random() > 0.2,
                 fmt=fmt)
        if rng.random() < 0.05:
            tpc = pick()
            if tpc in ("queue", "typhoon", "show_good", "food_bad", "food_good", "overall_good", "cabin_dirty"):
                g.fb(c, dis + D(days=float(rng.uniform(0, 10))), tpc, "social",
                     {k: v for k, v in fbx.items() if k not in ("booking_id",)}, dated=rng.random() > 0.4,
                     rating=False, fmt=fmt)
        if typh and rng.random() < 0.05:
            g.fb(c, notice + H(rng.uniform(1, 30)), "typhoon", "call_note", fbx, rating=False, fmt=fmt)
        c["last_typhoon"] = typh
        return dis

    # ------------------------------------------------------------ run customers through time
    for c in custs:
        ch = c["channel"]
        t = c["first"]
        tries, rebook_of = 0, None
        while t <= END and tries < 8:
            tries += 1
            dis = attempt(c, t, ch, rebook_of)
            bk_here = f"BK{g.n_bk:06d}"
            rebook_of = None
            if isinstance(dis, datetime):
                p = {"couple": 0.22, "seniors": 0.30, "family": 0.11, "group": 0.05}[c["party"]] + \
                    {"gold": 0.06, "platinum": 0.12}.get(c["tier"], 0.0)
                if c.get("last_typhoon"):
                    p *= 0.5
                if rng.random() < p:
                    t = dis + D(days=float(min(175.0, 3 + rng.exponential(55)))) + H(rng.uniform(1, 10))
                    rebook_of = bk_here
                    if rng.random() < 0.2 and ch in ("website", "call_center"):
                        ch = "app"
                    continue
                break
            if dis == "booked":
                break                                      # cancelled / not yet sailed: no further activity
            if ch in ("app", "website") and rng.random() < 0.4:
                t = t + D(days=float(rng.uniform(3, 45))) + H(rng.uniform(-3, 3))
                continue
            break
        # a few app users leave store reviews about the app itself
        if c["channel"] == "app" and rng.random() < 0.06:
            t = c["first"] + D(days=float(rng.uniform(0, 20)))
            g.fb(c, t, str(rng.choice(["app_good", "app_bad", "checkin_good"], p=[0.45, 0.4, 0.15])), "app_review",
                 {"booking_channel": "app", "device": c["device"]}, dated=rng.random() > 0.3)

    # ------------------------------------------------------------ customers table
    ev_first = {}
    for e in g.events:
        cid = e["customer_id"]
        if cid not in ev_first or e["ts"] < ev_first[cid]:
            ev_first[cid] = e["ts"]
    for c in custs:
        first = ev_first.get(c["customer_id"], c["first"])
        if c["channel"] in ("app", "website") and rng.random() < 0.45:
            signup = first - D(days=float(rng.uniform(1, 400)))
        else:
            signup = first - M(rng.uniform(1, 20))
        signup = max(signup, datetime(2022, 1, 1) + H(rng.uniform(0, 2000)))
        if signup > END:
            continue
        seg = "vip" if c["tier"] in ("gold", "platinum") else "returning" if c["cruises"] >= 2 or c["bookings"] >= 2 \
            else "new"
        h = c["home"]
        g.customers.append({
            "customer_id": c["customer_id"], "signup_at": signup.replace(microsecond=0), "segment": seg,
            "region": h[3], "acquisition_channel": c["channel"], "tier": c["tier"],
            "party_type": c["party"], "出行类型": PARTY_ZH[c["party"]], "home_city": h[1], "常住城市": h[0],
            "loyalty_tier": c["tier"], "会员等级": TIER_ZH[c["tier"]], "first_channel": c["channel"],
            "首次预订渠道": CHANNEL_ZH[c["channel"]], "language": c["language"], "age_band": c["age"],
            "preferred_device": c["device"], "marketing_opt_in": bool(rng.random() < 0.55),
            "travel_agency": c["agency"] if c["channel"] == "travel_agent" else None})
    write_all(outdir, g)


def _bk_extra(bk, s, ch):
    sh, r = SHIPS[s["ship_code"]], ROUTES[s["route_code"]]
    return {"booking_id": bk, "sailing_id": s["sailing_id"], "ship": sh["en"], "船名": sh["zh"], "route": r[0],
            "route_en": r[1], "home_port": s["port"], "母港": PORT_ZH[s["port"]], "booking_channel": ch}


def fmt_ts(v):
    if isinstance(v, datetime):
        return v.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt_ts(r.get(k)) for k in cols])


def write_all(outdir: Path, g: Gen) -> None:
    write(outdir / "touchpoints.csv",
          [dict(zip(("touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"), t),
                name=f"{t[1]} {t[2]}") for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=f"{zh} {en}", journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=win))
    write(outdir / "journeys.csv", jr,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(outdir / "customers.csv", g.customers, list(g.customers[0]))
    ev = sorted(g.events, key=lambda e: (e["ts"], e["event_id"]))
    write(outdir / "events.csv", ev,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "booking_channel", "agency", "sailing_id", "sailing_date", "ship", "船名", "route", "route_en", "home_port",
           "母港", "nights", "cabin_class", "舱房等级", "guests", "doc_fail_reason", "cancel_reason", "change_reason",
           "skipped_port", "excursion_port", "onboard_category", "previous_booking_id"])
    orders = sorted(g.orders, key=lambda o: (o["ts"], o["order_id"]))
    write(outdir / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "payment_stage",
           "onboard_category", "booking_id", "sailing_id", "sailing_date", "ship", "船名", "route", "route_en",
           "home_port", "母港", "nights", "cabin_class", "舱房等级", "guests", "excursion_port", "agency", "pay_method",
           "cancel_reason", "refunded_at", "currency"])
    fbs = sorted(g.feedback, key=lambda r: (r["_sortts"], r["text"]))
    for i, r in enumerate(fbs, 1):
        r["feedback_id"] = f"FB{i:05d}"
    write(outdir / "feedback.csv", fbs,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "sailing_id", "ship", "船名", "route", "route_en", "home_port", "母港", "booking_channel",
           "device", "sentiment_label"])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
