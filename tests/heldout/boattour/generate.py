"""江游 RiverCruise: sightseeing boats and yacht charters on the Huangpu, the Li River and West Lake (synthetic,
written blind).

A customer searches tours in the own app or on Ctrip / Meituan (hotel concierges book for their guests and start at
the payment), selects a departure (day cruise, night cruise or private yacht charter), pays the ticket, gets an
e-ticket, checks in at the pier (or does not show up), boards, the boat departs (on time or delayed), buys food and
drinks or a photo package on board, the cruise completes, the customer may post a review or answer the SMS survey.
Sailings cancelled by the weather are refunded. Some customers book again. Events 2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about 2 s. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20250917
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 6000
D = timedelta
M = lambda x: timedelta(minutes=float(x))  # noqa: E731

rng = np.random.default_rng(SEED)
wx = np.random.default_rng(SEED + 1)          # weather / sailing-level draws

RIVER_ZH = {"Huangpu": "黄浦江", "Li River": "漓江", "West Lake": "西湖"}
PIER_ZH = {"Shiliupu Pier": "十六铺码头", "Qinhuangdao Road Pier": "秦皇岛路码头", "Mopanshan Pier": "磨盘山码头",
           "Yangdi Pier": "杨堤码头", "Hubin Pier": "湖滨码头", "Huagang Pier": "花港码头"}
VESSEL_ZH = {"RiverCruise No.1": "江游1号", "RiverCruise Pearl": "江游明珠", "Lijiang Star": "漓江之星",
             "Shanshui": "山水号", "Xingping": "兴坪号", "Huafang": "西湖画舫", "Sudi": "苏堤号",
             "Pujiang Star (yacht)": "浦江之星游艇", "Huguang (yacht)": "湖光号游艇"}
DTYPE_ZH = {"day": "日游", "night": "夜游", "charter": "包船"}
CLASS_ZH = {"standard": "普通舱", "vip_deck": "VIP观景甲板", "charter": "包船"}
CH_ZH = {"app": "官方App", "ctrip": "携程", "meituan": "美团", "hotel_concierge": "酒店礼宾"}
TYPE_ZH = {"tourist": "游客", "local": "本地居民", "corporate": "企业客户"}
PROV_ZH = {"Shanghai": "上海", "Zhejiang": "浙江", "Guangxi": "广西", "Guangdong": "广东", "Beijing": "北京",
           "Jiangsu": "江苏", "Sichuan": "四川", "Hubei": "湖北", "Hunan": "湖南", "Overseas": "海外"}
REGION = {"Shanghai": "east_china", "Zhejiang": "east_china", "Jiangsu": "east_china", "Guangxi": "south_china",
          "Guangdong": "south_china", "Beijing": "north_china", "Sichuan": "west_china", "Hubei": "central_china",
          "Hunan": "central_china", "Overseas": "overseas"}

# code: zh, en, river, type, [(time, pier, vessel)], minutes, standard price, vip price, available from
ROUTES = {
    "HPN": ("黄浦江夜游", "Huangpu Night Cruise", "Huangpu", "night",
            [("19:00", "Shiliupu Pier", "RiverCruise No.1"), ("20:30", "Qinhuangdao Road Pier", "RiverCruise Pearl")],
            60, 150.0, 320.0, None),
    "HPD": ("黄浦江日游", "Huangpu Day Cruise", "Huangpu", "day",
            [("11:00", "Shiliupu Pier", "RiverCruise Pearl"), ("14:00", "Shiliupu Pier", "RiverCruise Pearl"),
             ("16:00", "Qinhuangdao Road Pier", "RiverCruise Pearl")], 60, 100.0, 220.0, None),
    "LJC": ("漓江精华游", "Li River Classic Cruise", "Li River", "day",
            [("09:00", "Mopanshan Pier", "Lijiang Star"), ("09:30", "Mopanshan Pier", "Lijiang Star"),
             ("10:00", "Mopanshan Pier", "Shanshui")], 270, 215.0, 450.0, None),
    "LJY": ("漓江杨堤-兴坪段", "Li River Yangdi-Xingping Cruise", "Li River", "day",
            [("10:00", "Yangdi Pier", "Xingping"), ("13:00", "Yangdi Pier", "Xingping")], 120, 130.0, 260.0, None),
    "XHD": ("西湖游船", "West Lake Day Boat", "West Lake", "day",
            [("10:00", "Hubin Pier", "Huafang"), ("12:00", "Huagang Pier", "Sudi"), ("14:00", "Hubin Pier", "Huafang"),
             ("16:00", "Huagang Pier", "Sudi")], 50, 55.0, 120.0, None),
    "XHN": ("西湖夜游", "West Lake Night Cruise", "West Lake", "night",
            [("19:30", "Hubin Pier", "Huafang")], 60, 80.0, 180.0, date(2025, 4, 1)),
    "HPY": ("浦江游艇包船", "Huangpu Yacht Charter", "Huangpu", "charter",
            [("18:00", "Qinhuangdao Road Pier", "Pujiang Star (yacht)"),
             ("19:00", "Qinhuangdao Road Pier", "Pujiang Star (yacht)")], 120, 8800.0, 8800.0, None),
    "XHY": ("西湖游艇包船", "West Lake Yacht Charter", "West Lake", "charter",
            [("14:00", "Huagang Pier", "Huguang (yacht)"), ("18:00", "Huagang Pier", "Huguang (yacht)")],
            120, 4200.0, 4200.0, None),
}
RIVER_ROUTES = {"Huangpu": [("HPN", 0.62), ("HPD", 0.38)], "Li River": [("LJC", 0.76), ("LJY", 0.24)],
                "West Lake": [("XHD", 0.62), ("XHN", 0.38)]}
CROWD_FROM = datetime(2025, 7, 1)              # No.1 night sailings oversold on Fri / Sat / Sun
APP_BUG = (datetime(2025, 11, 1), datetime(2025, 12, 1))   # Android app 3.2.0 payment bug
AUDIO_GUIDE = datetime(2026, 3, 1)             # English audio guide on the Li River Classic


def month_weight(d: date) -> float:
    w = {1: 0.7, 2: 1.0, 3: 0.8, 4: 1.0, 5: 1.15, 6: 0.95, 7: 1.4, 8: 1.5, 9: 1.0, 10: 1.45, 11: 0.8, 12: 0.85}[d.month]
    growth = 1.0 + 0.35 * ((d - date(2024, 7, 1)).days / 730.0)
    return w * growth


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.customers = [], [], [], []
        self.ne = self.no = self.nf = 0
        self.sailings: dict[str, dict] = {}
        self.weather: dict[tuple, str | None] = {}

    def ev(self, cid, ts, tp, bk, action, channel, device=None, **kw):
        if ts > END or ts < START:
            return
        self.ne += 1
        row = dict(event_id=f"E{self.ne:07d}", customer_id=cid, ts=ts, touchpoint_id=tp, session_id=bk,
                   action=action, device=device, channel=channel)
        row.update(kw)
        self.events.append(row)

    def order(self, cid, ts, amount, otype, bk, status="paid", **kw):
        if ts > END:
            return
        self.no += 1
        row = dict(order_id=f"O{self.no:07d}", customer_id=cid, ts=ts, amount=round(float(amount), 2),
                   status=status, order_type=otype, booking_id=bk)
        row.update(kw)
        self.orders.append(row)

    def fb(self, **kw):
        self.nf += 1
        row = dict(feedback_id=f"FB{self.nf:05d}")
        row.update(kw)
        self.feedback.append(row)

    # ---- weather: per river and day
    def cancelled(self, river: str, d: date) -> str | None:
        key = (river, d)
        if key not in self.weather:
            m = d.month
            if river == "Li River":
                p, why = (0.4, "high_water") if m in (5, 6, 7) else (0.03, "heavy_rain")
            elif river == "Huangpu":
                p, why = (0.15, "typhoon") if m in (8, 9) else (0.015, "strong_wind")
            else:
                p, why = (0.08, "thunderstorm") if m in (7, 8) else (0.015, "strong_wind")
            self.weather[key] = why if wx.random() < p else None
        return self.weather[key]

    def sailing(self, code: str, d: date, slot: int, bk: str) -> dict:
        zh, en, river, dtype, slots, minutes, *_ = ROUTES[code]
        hhmm, pier, vessel = slots[slot]
        sid = f"{code}{d:%Y%m%d}{hhmm.replace(':', '')}" + (f"-{bk[-4:]}" if dtype == "charter" else "")
        if sid not in self.sailings:
            dep = datetime.combine(d, datetime.strptime(hhmm, "%H:%M").time())
            cancel = self.cancelled(river, d)
            delay, reason = 0, None
            if not cancel:
                m = d.month
                if river == "Huangpu" and m in (12, 1, 2):
                    p, why = 0.26, "fog"
                elif river == "Li River" and m in (5, 6, 7, 8):
                    p, why = 0.12, "high_water"
                else:
                    p, why = 0.04, "traffic"
                if wx.random() < p:
                    delay, reason = int(wx.integers(15, 75)), why
            crowded = (vessel == "RiverCruise No.1" and dep >= CROWD_FROM and dep.weekday() in (4, 5, 6))
            self.sailings[sid] = dict(sailing_id=sid, dep=dep, code=code, river=river, pier=pier, vessel=vessel,
                                      dtype=dtype, minutes=minutes, cancel=cancel, delay=delay,
                                      delay_reason=reason, crowded=crowded)
        return self.sailings[sid]


def pick(options, weights):
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def rdate(lo: date, hi: date, weighted=True) -> date:
    days = (hi - lo).days + 1
    if not weighted:
        return lo + D(days=int(rng.integers(0, days)))
    while True:
        d = lo + D(days=int(rng.integers(0, days)))
        if rng.random() < month_weight(d) / 2.2:
            return d


# ---- feedback texts; topic markers used by gold.py are noted in README.md
TEXT = {
    "crowd": {
        "zh": ["周六晚上的江游1号人太多了，甲板上挤得转不过身，根本拍不了照", "船上太挤了，卖票不限量吗？一层甲板全是人",
               "夜游体验很差，人太多，座位根本不够，站了一个小时", "拥挤到窒息，外滩的灯光秀只看到别人的后脑勺",
               "票卖超了吧，船上挤成沙丁鱼，孩子差点被挤倒"],
        "en": ["The boat was so crowded we could barely move on the deck.", "Way overcrowded on Saturday night, felt "
               "like they oversold tickets.", "Packed like sardines, no seats left, could not enjoy the view at all."],
    },
    "queue": {
        "zh": ["码头排队排了快一个小时，太阳底下晒着，没人疏导", "检票排队太久了，九点的船十点才上去", "排队检票混乱，插队的人很多，工作人员也不管",
               "磨盘山码头排队的人山人海，就两个检票口", "来早了也没用，排队等了五十分钟才登船"],
        "en": ["We waited almost an hour in the queue at the pier before boarding.", "Huge queue at the pier, only "
               "two gates open, very disorganised.", "The boarding queue was endless, nobody managing it."],
    },
    "guide_en": {
        "zh": ["带外国朋友来的，讲解只有中文，朋友全程听不懂", "希望增加英文讲解，外宾基本没法理解导游在说什么"],
        "en": ["The guide commentary was only in Chinese, we understood nothing about what we were seeing.",
               "No English commentary at all, a pity because the scenery deserves an explanation.",
               "Beautiful trip but the guide spoke only Mandarin, please add English commentary or an audio guide.",
               "Commentary only in Chinese, the staff could not answer our questions in English."],
    },
    "audio_ok": {
        "zh": ["新的英文语音导览很好，外国朋友终于听懂了"],
        "en": ["The new English audio guide was great, finally we learned about the karst mountains.",
               "Loved the English audio guide, very informative and easy to use."],
    },
    "refund_slow": {
        "zh": ["因为天气停航了，退款等了快三个星期还没到账", "停航说好原路退款，结果拖了二十多天，打了三次客服电话",
               "酒店帮订的票，停航后退款一直拖，问酒店说等船公司，问船公司说等酒店", "天气原因取消我理解，但退款这么慢真的不能接受"],
        "en": ["Sailing cancelled for weather, fine, but the refund took more than two weeks.",
               "Still waiting for my refund after the cancelled cruise, nobody replies.",
               "Booked via the hotel concierge, cruise cancelled, refund took forever."],
    },
    "refund_ok": {
        "zh": ["天气原因停航，退款第二天就到账了，处理得很快", "停航通知及时，退款也很快，下次再约"],
        "en": ["Cruise cancelled because of the weather but the refund came back the next day, thanks.",
               "Quick refund after the weather cancellation, good service."],
    },
    "delay": {
        "zh": ["大雾推迟开船，等了四十分钟也没人解释", "开船晚了半个多小时，后面的行程全乱了"],
        "en": ["Departure was delayed for 40 minutes without any explanation.", "The boat left late and we "
               "missed our dinner reservation."],
    },
    "pay_fail": {
        "zh": ["安卓App付款一直失败，扣款了又显示未支付", "App更新后支付老是失败，只好去美团买了", "新版App付不了款，客服让我换手机试试"],
        "en": ["Payment kept failing in the Android app after the update.", "Could not pay in the app, had to "
               "book on Ctrip instead."],
    },
    "eticket": {
        "zh": ["付款后电子票迟迟没收到短信，到码头还要重新查订单"],
        "en": ["The e-ticket SMS never arrived, had to show the payment screenshot at the pier."],
    },
    "food_bad": {
        "zh": ["船上的盒饭又贵又难吃，六十八一份不值", "船上小吃太贵了，一瓶水十五块", "餐食一般，选择很少"],
        "en": ["Food on board was overpriced and bland.", "Snacks and drinks on the boat are very expensive."],
    },
    "food_good": {
        "zh": ["船上的午餐很不错，边吃边看山水很惬意", "甲板上的饮品和小吃味道不错"],
        "en": ["Nice lunch on board while watching the mountains.", "Good drinks and snacks on the deck."],
    },
    "photo_price": {
        "zh": ["照片套餐太贵了，拍得也一般", "船上拍的照片一百多块，有点坑"],
        "en": ["The photo package was overpriced for a few pictures.", "Photos were nice but far too expensive."],
    },
    "night_view": {
        "zh": ["外滩夜景太美了，灯光秀值回票价", "夜景非常震撼，陆家嘴的灯一亮全船都在欢呼", "夜游西湖，湖面倒映着灯光，夜景特别美",
               "夜景很美，VIP甲板视野好，推荐"],
        "en": ["Stunning night view of the Bund and Lujiazui skyline, worth every penny.",
               "Beautiful night view, the lights on the river are magical.", "Great night cruise, amazing skyline."],
    },
    "scenery": {
        "zh": ["漓江山水甲天下，名不虚传，九马画山太美了", "风景如画，二十元人民币背景终于见到真的了", "西湖风景很美，船也很干净，断桥看得很清楚",
               "山水风景太美了，一路拍个不停"],
        "en": ["The Li River scenery is breathtaking, the karst peaks are unreal.", "Lovely scenery on West Lake, "
               "peaceful and relaxing.", "Gorgeous scenery, the boat was comfortable."],
    },
    "staff": {
        "zh": ["工作人员很热情，老人上下船都有人扶", "服务很周到，船员态度很好"],
        "en": ["Friendly crew, very helpful with our elderly parents.", "Staff were kind and attentive."],
    },
    "charter_good": {
        "zh": ["公司年会包了游艇，安排得很专业，客户都很满意", "包船很私密，餐饮布置都很用心"],
        "en": ["We chartered the yacht for a company event, everything was perfectly organised.",
               "Private charter was excellent, great catering and crew."],
    },
    "neutral": {
        "zh": ["整体还行，中规中矩", "还可以吧，和预期差不多", "一般般，时间有点短"],
        "en": ["It was okay, nothing special.", "Decent trip, a bit short."],
    },
}
TOPIC_TP = {"crowd": "tp_onboard", "queue": "tp_checkin", "guide_en": "tp_guide", "audio_ok": "tp_guide",
            "refund_slow": "tp_refund", "refund_ok": "tp_refund", "delay": "tp_depart", "pay_fail": "tp_pay",
            "eticket": "tp_eticket", "food_bad": "tp_fnb", "food_good": "tp_fnb", "photo_price": "tp_photo",
            "night_view": "tp_onboard", "scenery": "tp_onboard", "staff": "tp_onboard", "charter_good": "tp_onboard",
            "neutral": "tp_complete"}
TOPIC_RATING = {"crowd": (2.0, 0.8), "queue": (2.2, 0.8), "guide_en": (2.6, 0.7), "audio_ok": (4.6, 0.5),
                "refund_slow": (1.4, 0.6), "refund_ok": (4.4, 0.6), "delay": (2.8, 0.8), "pay_fail": (1.8, 0.7),
                "eticket": (2.6, 0.7), "food_bad": (2.9, 0.7), "food_good": (4.5, 0.5), "photo_price": (3.0, 0.7),
                "night_view": (4.8, 0.4), "scenery": (4.7, 0.5), "staff": (4.7, 0.5), "charter_good": (4.8, 0.4),
                "neutral": (3.4, 0.5)}
NEG_TOPICS = {"crowd", "queue", "guide_en", "refund_slow", "delay", "pay_fail", "eticket", "food_bad", "photo_price"}


def rating_of(topic):
    mu, sd = TOPIC_RATING[topic]
    return int(min(5, max(1, round(rng.normal(mu, sd)))))


def sentiment(topic, rating):
    if rating is None:
        return "neg" if topic in NEG_TOPICS else ("neu" if topic == "neutral" else "pos")
    return "pos" if rating >= 4 else ("neu" if rating == 3 else "neg")


def main(outdir: Path) -> None:
    g = Gen()
    nb = 0

    # ---------- customers
    for i in range(1, N + 1):
        cid = f"C{i:05d}"
        ttype = pick(["tourist", "local", "corporate"], [0.60, 0.31, 0.09])
        lang = "zh"
        if ttype == "tourist":
            if rng.random() < 0.10:
                lang, prov = "en", "Overseas"
            else:
                prov = pick(["Guangdong", "Beijing", "Jiangsu", "Sichuan", "Hubei", "Hunan", "Zhejiang", "Shanghai"],
                            [0.22, 0.16, 0.15, 0.12, 0.1, 0.08, 0.1, 0.07])
            river = pick(["Huangpu", "Li River", "West Lake"], [0.6, 0.3, 0.1] if lang == "en" else [0.40, 0.36, 0.24])
            ch = pick(["ctrip", "meituan", "app", "hotel_concierge"],
                      [0.35, 0.05, 0.15, 0.45] if lang == "en" else [0.40, 0.27, 0.15, 0.18])
        elif ttype == "local":
            prov = pick(["Shanghai", "Zhejiang", "Guangxi"], [0.55, 0.30, 0.15])
            river = {"Shanghai": "Huangpu", "Zhejiang": "West Lake", "Guangxi": "Li River"}[prov]
            ch = pick(["ctrip", "meituan", "app", "hotel_concierge"], [0.12, 0.43, 0.45, 0.0])
        else:
            prov = pick(["Shanghai", "Zhejiang", "Beijing", "Guangdong"], [0.5, 0.2, 0.15, 0.15])
            if rng.random() < 0.12:
                lang = "en"
            river = pick(["Huangpu", "West Lake", "Li River"], [0.65, 0.25, 0.10])
            ch = pick(["ctrip", "meituan", "app", "hotel_concierge"], [0.25, 0.05, 0.45, 0.25])
        age = pick(["18-24", "25-34", "35-44", "45-54", "55+"],
                   {"tourist": [0.16, 0.32, 0.24, 0.16, 0.12], "local": [0.22, 0.36, 0.22, 0.12, 0.08],
                    "corporate": [0.02, 0.30, 0.40, 0.22, 0.06]}[ttype])
        device = pick(["ios", "android"], [0.55, 0.45])
        sd = rdate(date(2024, 5, 1), date(2026, 6, 20))
        signup = datetime.combine(sd, datetime.min.time()) + D(seconds=int(rng.integers(8 * 3600, 23 * 3600)))
        c = dict(customer_id=cid, signup_at=signup, segment=None, region=REGION[prov], acquisition_channel=ch,
                 tier=None, traveller_type=ttype, 旅客类型=TYPE_ZH[ttype], home_province=prov,
                 常住省份=PROV_ZH[prov], age_band=age, language=lang, preferred_device=device,
                 首次购票渠道=CH_ZH[ch], _river=river, _paid=0, _rebook_p=0.0)
        g.customers.append(c)

    def choose_route(c, t0):
        p_charter = {"corporate": 0.25, "local": 0.02, "tourist": 0.008}[c["traveller_type"]]
        if rng.random() < p_charter:          # company events; birthdays and proposals
            return "HPY" if c["_river"] == "Huangpu" or rng.random() < 0.5 else "XHY"
        river = c["_river"] if rng.random() < 0.85 else pick(["Huangpu", "Li River", "West Lake"], [0.45, 0.3, 0.25])
        codes, w = zip(*RIVER_ROUTES[river])
        code = pick(list(codes), list(w))
        if code == "XHN" and t0 < datetime(2025, 3, 20):
            code = "XHD"
        return code

    def attempt(c, t0, rebook=False):
        nonlocal nb
        nb += 1
        bk = f"BK{nb:06d}"
        cid = c["customer_id"]
        ch = c["acquisition_channel"] if rng.random() < 0.88 else pick(["ctrip", "meituan", "app"], [0.4, 0.3, 0.3])
        if c["traveller_type"] == "local" and ch == "hotel_concierge":
            ch = "app"
        code = choose_route(c, t0)
        zh, en, river, dtype, slots, minutes, p_std, p_vip, _ = ROUTES[code]
        dev = c["preferred_device"] if ch != "hotel_concierge" else None
        if ch == "ctrip" and rng.random() < 0.15:
            dev = "pc"
        evch = ch
        appv = None
        if ch == "app":
            appv = ("3.2.0" if APP_BUG[0] <= t0 < APP_BUG[1] else ("3.1.4" if t0 < APP_BUG[0] else "3.2.1")) \
                if dev == "android" else ("3.1.4" if t0 < APP_BUG[0] else "3.2.1")
        # sailing choice
        if dtype == "charter":
            lead = int(rng.integers(5, 46))
        elif dtype == "night":
            lead = int(rng.choice([0, 0, 1, 1, 2, 3, 5, 7, 10]))
        else:
            lead = int(rng.integers(0, 21)) if code.startswith("LJ") else int(rng.integers(0, 8))
        sdate = (t0 + D(days=lead)).date()
        if dtype == "night" and code == "HPN" and rng.random() < 0.55:      # people like Fri / Sat nights
            while sdate.weekday() not in (4, 5):
                sdate += D(days=1)
        slot = int(rng.integers(0, len(slots)))
        s = g.sailing(code, sdate, slot, bk)
        if s["dep"] <= t0 + D(hours=1):
            s = g.sailing(code, sdate + D(days=1), slot, bk)
        tclass = "charter" if dtype == "charter" else (
            "vip_deck" if rng.random() < (0.5 if c["traveller_type"] == "corporate" else 0.38 if c["language"] == "en"
                                          else 0.22) else "standard")
        pax = int(rng.integers(8, 31)) if dtype == "charter" else int(pick([1, 2, 3, 4, 5], [0.2, 0.42, 0.18, 0.14, 0.06]))
        price = (p_std if tclass != "vip_deck" else p_vip)
        amount = price * (1 + 0.25 * (pax > 15)) if dtype == "charter" else price * pax
        common = dict(booking_id=bk, sailing_id=s["sailing_id"], sailing_date=s["dep"].date(),
                      departure_time=s["dep"].strftime("%H:%M"), river=river, 水域=RIVER_ZH[river], pier=s["pier"],
                      码头=PIER_ZH[s["pier"]], route=zh, route_en=en, vessel=s["vessel"], 船名=VESSEL_ZH[s["vessel"]],
                      departure_type=dtype, 班次类型=DTYPE_ZH[dtype], ticket_class=tclass, 舱位=CLASS_ZH[tclass],
                      pax=pax, booking_channel=ch)
        t = t0
        # ---- search / select (digital channels)
        if ch != "hotel_concierge":
            g.ev(cid, t, "tp_search", bk, "view", evch, dev, booking_id=bk, river=river, 水域=RIVER_ZH[river],
                 booking_channel=ch, app_version=appv)
            p_sel = {"app": 0.82, "ctrip": 0.80, "meituan": 0.76}[ch]
            if rng.random() > p_sel:
                return None
            t += M(rng.integers(1, 15))
            g.ev(cid, t, "tp_select", bk, "click", evch, dev, app_version=appv, **common)
            p_pay = {"app": 0.64, "ctrip": 0.56, "meituan": 0.43}[ch]
            if rng.random() > p_pay:
                return None
            t += M(rng.integers(1, 10))
            p_fail = 0.7 if appv == "3.2.0" else 0.035
            fails = 0
            while rng.random() < p_fail and fails < 3:
                g.ev(cid, t, "tp_pay_fail", bk, "fail", evch, dev, app_version=appv,
                     fail_reason=("app_crash" if appv == "3.2.0" else pick(["card_declined", "timeout"], [0.5, 0.5])),
                     **common)
                fails += 1
                t += M(rng.integers(1, 4))
                if rng.random() < (0.55 if appv == "3.2.0" else 0.35):
                    c["_payfail"] = True
                    return None
            c["_payfail_bk"] = bk if fails else c.get("_payfail_bk")
        else:
            t += M(rng.integers(0, 30))
        # ---- paid
        g.ev(cid, t, "tp_pay", bk, "success", evch, dev, app_version=appv, **common)
        status = "paid"
        pay_method = "hotel_bill" if ch == "hotel_concierge" else pick(["wechat", "alipay", "card"], [0.5, 0.4, 0.1])
        otype = "charter" if dtype == "charter" else "ticket"
        ocols = dict(channel=ch, device=dev, sailing_id=s["sailing_id"], sailing_date=s["dep"].date(), river=river,
                     水域=RIVER_ZH[river], pier=s["pier"], 码头=PIER_ZH[s["pier"]], route=zh, route_en=en,
                     vessel=s["vessel"], 船名=VESSEL_ZH[s["vessel"]], departure_type=dtype, 班次类型=DTYPE_ZH[dtype],
                     ticket_class=tclass, 舱位=CLASS_ZH[tclass], pax=pax, pay_method=pay_method, currency="CNY")
        g.ev(cid, t + M(rng.integers(1, 4) if ch != "hotel_concierge" else rng.integers(5, 60)), "tp_eticket", bk,
             "sent", "sms", None, **common)
        c["_paid"] += 1
        dep = s["dep"]
        res = dict(bk=bk, s=s, ch=ch, lang=c["language"], tclass=tclass, complete=None, topic=None)
        if s["cancel"]:
            tc = dep - D(hours=float(rng.uniform(2, 20)))
            if tc < t:
                tc = t + M(5)
            g.ev(cid, tc, "tp_cancel", bk, "notified", "system", None, cancel_reason=s["cancel"], **common)
            med = {"app": 1.2, "ctrip": 2.5, "meituan": 3.5, "hotel_concierge": 17.0}[ch]
            days = float(med * np.exp(rng.normal(0, 0.45)))
            tr = tc + D(days=days)
            g.ev(cid, tr, "tp_refund", bk, "success", "system", None, refund_days=round(days, 2), **common)
            rst = "refunded" if tr <= END else ("refund_pending" if tc <= END else "paid")
            g.order(cid, t, amount, otype, bk, status=rst, refunded_at=(tr if tr <= END else None), **ocols)
            res.update(cancelled=True, refund_days=days, tc=tc, tr=tr)
            return res
        g.order(cid, t, amount, otype, bk, **ocols)
        p_ns = {"app": 0.04, "ctrip": 0.05, "meituan": 0.14, "hotel_concierge": 0.02}[ch]
        if dtype == "charter":
            p_ns = 0.0
        if rng.random() < p_ns:
            g.ev(cid, dep + M(15), "tp_noshow", bk, "no_show", "pier", None, **common)
            res["noshow"] = True
            return res
        # ---- pier
        if s["pier"] == "Mopanshan Pier":
            peak = dep.month in (7, 8) or (dep.month == 10 and dep.day <= 7) or (dep.month == 5 and dep.day <= 5)
            wmed = 55.0 if peak else 24.0
        elif s["pier"] == "Shiliupu Pier" and dtype == "night":
            wmed = 17.0
        else:
            wmed = 11.0
        if dtype == "charter":
            wmed = 5.0
        wait = float(min(150, wmed * np.exp(rng.normal(0, 0.35))))
        tb = dep - M(rng.uniform(3, 20))
        tci = tb - M(wait)
        g.ev(cid, tci, "tp_checkin", bk, "scan", "pier", None, **common)
        g.ev(cid, tb, "tp_boarding", bk, "scan", "pier", None, **common)
        real_dep = dep + M(s["delay"])
        g.ev(cid, real_dep, "tp_depart", bk, "delayed" if s["delay"] else "on_time", "onboard", None,
             delay_min=s["delay"], delay_reason=s["delay_reason"], **common)
        # ---- onboard spending
        p_fnb = {"LJC": 0.72, "LJY": 0.3, "HPN": 0.48, "HPD": 0.22, "XHD": 0.14, "XHN": 0.4, "HPY": 0.8,
                 "XHY": 0.75}[s["code"]]
        if tclass == "vip_deck":
            p_fnb *= 0.7
        if rng.random() < p_fnb:
            tf = real_dep + M(rng.uniform(5, max(10, s["minutes"] - 10)))
            if dtype == "charter":
                amt = float(rng.choice([1800, 2600, 3800]))
            elif s["code"] == "LJC":
                amt = float(rng.choice([58, 68, 88, 98])) * max(1, pax - int(rng.integers(0, 2)))
            else:
                amt = float(rng.choice([25, 35, 45, 60])) * max(1, pax - int(rng.integers(0, 2)))
            g.ev(cid, tf, "tp_fnb", bk, "purchase", "onboard", None, fnb_amount=amt, **common)
            g.order(cid, tf, amt, "fnb", bk, **{**ocols, "channel": "onboard", "device": None,
                                                "pay_method": pick(["wechat", "alipay", "cash"], [0.6, 0.35, 0.05])})
        p_photo = {"night": 0.3, "day": 0.16, "charter": 0.35}[dtype]
        if s["code"].startswith("LJ"):
            p_photo = 0.22
        if rng.random() < p_photo:
            tp_ = real_dep + M(rng.uniform(10, max(15, s["minutes"] - 5)))
            amt = float(rng.choice([68, 128])) if dtype != "charter" else 880.0
            g.ev(cid, tp_, "tp_photo", bk, "purchase", "onboard", None, **common)
            g.order(cid, tp_, amt, "photo", bk, **{**ocols, "channel": "onboard", "device": None,
                                                   "pay_method": pick(["wechat", "alipay"], [0.6, 0.4])})
        tcomp = real_dep + M(s["minutes"] + rng.uniform(-3, 8))
        g.ev(cid, tcomp, "tp_complete", bk, "done", "onboard", None, **common)
        res.update(complete=tcomp, wait=wait)
        return res

    # ---------- feedback for a finished booking
    def feedback_for(c, r):
        s = r["s"]
        lang = c["language"]
        cands = []                      # (topic, weight)
        if r.get("cancelled"):
            cands = [("refund_slow", 1.0)] if r["refund_days"] > 7 else [("refund_ok", 0.8), ("neutral", 0.2)]
        else:
            if s["crowded"]:
                cands.append(("crowd", 5.0))
            if r["wait"] > 35:
                cands.append(("queue", 4.0 if r["wait"] > 50 else 2.0))
            if lang == "en" and s["dtype"] != "charter":
                if s["code"] == "LJC" and r["complete"] >= AUDIO_GUIDE:
                    cands.append(("audio_ok", 1.5))
                else:
                    cands.append(("guide_en", 1.8))
            if s["delay"]:
                cands.append(("delay", 1.0))
            if c.get("_payfail_bk") == r["bk"]:
                cands.append(("pay_fail", 1.2))
            if s["dtype"] == "night":
                cands.append(("night_view", 2.0))
            elif s["dtype"] == "day":
                cands.append(("scenery", 1.6))
            else:
                cands.append(("charter_good", 2.0))
            cands += [("staff", 0.4), ("food_bad", 0.35 if s["code"] == "LJC" else 0.15), ("food_good", 0.25),
                      ("photo_price", 0.2), ("neutral", 0.5), ("eticket", 0.03)]
        topics, w = zip(*cands)
        return pick(list(topics), list(w))

    def write_fb(c, r, channel, ts, rating=True, nps=False, dated=True):
        if ts > END:
            return None
        s = r["s"]
        topic = feedback_for(c, r)
        lang = c["language"]
        txts = TEXT[topic][lang]
        text = txts[int(rng.integers(0, len(txts)))]
        rt = rating_of(topic) if rating else None
        npsv = int(min(10, max(0, round(rt * 2 - 1 + rng.normal(0, 1.2))))) if (nps and rt) else None
        g.fb(text=text, ts=(ts if dated else None), customer_id=c["customer_id"], touchpoint_id=TOPIC_TP[topic],
             channel=channel, rating=rt, nps=npsv, language=lang, booking_id=r["bk"], sailing_id=s["sailing_id"],
             river=s["river"], 水域=RIVER_ZH[s["river"]], route_en=ROUTES[s["code"]][1], route=ROUTES[s["code"]][0],
             vessel=s["vessel"], 船名=VESSEL_ZH[s["vessel"]], pier=s["pier"], 码头=PIER_ZH[s["pier"]],
             departure_type=s["dtype"], booking_channel=r["ch"], sentiment_label=sentiment(topic, rt))
        return topic

    # ---------- simulate each customer's attempts
    rebook_p = {"local": 0.5, "corporate": 0.26, "tourist": 0.04}
    for c in g.customers:
        t = max(c["signup_at"], START) + D(hours=float(rng.exponential(24 * 12)))
        if c["signup_at"] < START:
            t = START + D(days=float(rng.uniform(0, 200)))
        tries = 0
        while t <= END and tries < 9:
            tries += 1
            t = t.replace(hour=int(rng.choice([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22])),
                          minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))
            r = attempt(c, t)
            if r is None:
                if rng.random() < 0.33:
                    t = t + D(days=float(rng.exponential(3)))
                    continue
                if rng.random() < (0.35 if c["traveller_type"] != "tourist" else 0.06):
                    t = t + D(days=float(rng.exponential(120)))
                    continue
                break
            # feedback
            review_ch = {"ctrip": "ctrip_review", "meituan": "meituan_review", "app": "app_review",
                         "hotel_concierge": None}[r["ch"]]
            if r.get("cancelled"):
                if rng.random() < (0.6 if r["refund_days"] > 7 else 0.08):
                    write_fb(c, r, "call_note", r["tc"] + D(days=float(rng.uniform(5, 12))), rating=False)
                if r["tr"] <= END and rng.random() < 0.18:
                    write_fb(c, r, "survey", r["tr"] + D(hours=float(rng.uniform(2, 30))), nps=rng.random() < 0.6)
            elif r.get("complete"):
                tc = r["complete"]
                if rng.random() < 0.45:
                    write_fb(c, r, "survey", tc + D(hours=float(rng.uniform(1, 20))), nps=rng.random() < 0.6)
                p_rev = {"ctrip_review": 0.22, "meituan_review": 0.26, "app_review": 0.12, None: 0.0}[review_ch]
                if rng.random() < p_rev:
                    tr = tc + D(hours=float(rng.uniform(1, 96)))
                    if tr <= END:
                        g.ev(c["customer_id"], tr, "tp_review", r["bk"], "submit", review_ch.split("_")[0], None,
                             booking_id=r["bk"], sailing_id=r["s"]["sailing_id"], route_en=ROUTES[r["s"]["code"]][1],
                             route=ROUTES[r["s"]["code"]][0])
                        write_fb(c, r, review_ch, tr, dated=not (review_ch == "app_review" and rng.random() < 0.25))
            # next booking?
            if r.get("complete") and rng.random() < rebook_p[c["traveller_type"]] * (
                    1.3 if r["s"]["dtype"] == "night" else 1.0):
                t = r["complete"] + D(days=float(rng.uniform(7, 170)))
                continue
            if rng.random() < {"local": 0.45, "corporate": 0.35, "tourist": 0.08}[c["traveller_type"]]:
                t = (r.get("complete") or t) + D(days=float(rng.uniform(180, 420)))
                continue
            break

    # ---------- social posts (no booking; some undated)
    for _ in range(180):
        topic = pick(["night_view", "scenery", "crowd", "queue", "refund_slow", "guide_en", "photo_price"],
                     [0.3, 0.25, 0.14, 0.12, 0.07, 0.06, 0.06])
        lang = "en" if (topic == "guide_en" or rng.random() < 0.08) else "zh"
        if topic == "guide_en" and rng.random() < 0.4:
            lang = "zh"
        txts = TEXT[topic][lang]
        d = rdate(date(2024, 8, 1), date(2026, 6, 30))
        ts = datetime.combine(d, datetime.min.time()) + D(minutes=int(rng.integers(480, 1400)))
        cust = g.customers[int(rng.integers(0, N))]["customer_id"] if rng.random() < 0.5 else None
        g.fb(text=txts[int(rng.integers(0, len(txts)))], ts=(ts if rng.random() > 0.4 else None), customer_id=cust,
             touchpoint_id=TOPIC_TP[topic], channel="social", rating=None, nps=None, language=lang,
             platform=pick(["xiaohongshu", "weibo", "douyin"], [0.6, 0.25, 0.15]),
             sentiment_label=sentiment(topic, None))

    # ---------- customer segment / tier
    for c in g.customers:
        n = c["_paid"]
        c["tier"] = "gold" if n >= 4 else ("silver" if n >= 2 else "standard")
        c["segment"] = "vip" if c["tier"] == "gold" else ("returning" if n >= 2 else "new")
        c["会员等级"] = {"gold": "金卡", "silver": "银卡", "standard": "普通会员"}[c["tier"]]
    write_all(outdir, g)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return v.isoformat()
    return v


def write(path: Path, rows, cols):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search", "搜索航线", "Search tours", "consideration", "app", "digital", "ecommerce", "查航线|搜游船|search|browse"),
    ("tp_select", "选择班次", "Select departure", "consideration", "app", "digital", "ecommerce",
     "选场次|选船期|选航班|pick a sailing|choose departure"),
    ("tp_pay", "支付购票", "Ticket paid", "purchase", "app", "digital", "ecommerce", "付款|购票|下单|payment|checkout"),
    ("tp_pay_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "ecommerce",
     "付款失败|payment error|payment failure"),
    ("tp_eticket", "电子票发送", "E-ticket sent", "purchase", "other", "digital", "ecommerce",
     "电子票|出票|e-ticket|ticket SMS"),
    ("tp_checkin", "码头检票", "Pier check-in", "service", "store", "physical", "pier_ops",
     "检票|排队检票|码头排队|check-in|pier gate|boarding queue"),
    ("tp_noshow", "未到场", "No-show", "service", "store", "physical", "pier_ops", "爽约|没来|no show|missed the boat"),
    ("tp_boarding", "登船", "Boarding", "service", "store", "physical", "pier_ops", "上船|board"),
    ("tp_depart", "开船", "Cruise departed", "service", "store", "physical", "fleet_ops",
     "启航|开航|离港|departure|sailing"),
    ("tp_fnb", "船上餐饮", "Onboard F&B", "service", "store", "physical", "onboard_service",
     "餐饮|吃喝|小吃|盒饭|F&B|food and drinks|snacks"),
    ("tp_photo", "照片套餐", "Photo package", "service", "store", "physical", "onboard_service",
     "拍照|照片|photos|photo package"),
    ("tp_complete", "航程结束", "Cruise completed", "service", "store", "physical", "fleet_ops",
     "下船|游船结束|trip completed|disembark"),
    ("tp_review", "发布评价", "Review posted", "loyalty", "social", "digital", "customer_service",
     "写评价|点评|评论|review|rating"),
    ("tp_cancel", "停航取消", "Sailing cancelled (weather)", "service", "other", "digital", "fleet_ops",
     "停航|取消航班|天气取消|weather cancellation|cancelled sailing"),
    ("tp_refund", "退款到账", "Refund paid", "service", "other", "digital", "finance",
     "退款|退票|补偿|refund|compensation"),
    ("tp_onboard", "船上体验", "Onboard experience", "service", "store", "physical", "onboard_service",
     "船上|甲板|游船体验|onboard|on the boat"),
    ("tp_guide", "导览讲解", "Guide commentary", "service", "store", "physical", "onboard_service",
     "讲解|导游|语音导览|commentary|tour guide|audio guide"),
]
JOURNEYS = [
    ("booking", "在线购票", "Online booking", ["tp_search", "tp_select", "tp_pay"], 7),
    ("trip", "购票到出行", "Ticket to cruise", ["tp_pay", "tp_eticket", "tp_checkin", "tp_boarding", "tp_complete"], 60),
    ("refund", "停航退款", "Weather cancellation refund", ["tp_cancel", "tp_refund"], 60),
    ("repeat", "复购", "Repeat booking", ["tp_complete", "tp_pay"], 180),
]
EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "booking_id",
           "sailing_id", "sailing_date", "departure_time", "river", "水域", "pier", "码头", "route", "route_en",
           "vessel", "船名", "departure_type", "班次类型", "ticket_class", "舱位", "pax", "booking_channel",
           "app_version", "fail_reason", "cancel_reason", "refund_days", "delay_min", "delay_reason", "fnb_amount"]
OR_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "booking_id",
           "refunded_at", "sailing_id", "sailing_date", "river", "水域", "pier", "码头", "route", "route_en", "vessel",
           "船名", "departure_type", "班次类型", "ticket_class", "舱位", "pax", "pay_method", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "sailing_id", "river", "水域", "route", "route_en", "vessel", "船名", "pier", "码头",
           "departure_type", "booking_channel", "platform", "sentiment_label"]
CU_COLS = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "traveller_type", "旅客类型",
           "home_province", "常住省份", "age_band", "language", "preferred_device", "首次购票渠道", "会员等级"]


def write_all(outdir: Path, g: Gen) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    write(outdir / "touchpoints.csv",
          [dict(touchpoint_id=t, name=zh, name_zh=zh, name_en=en, stage=st, channel=ch, kind=k, owner=o, aliases=a)
           for t, zh, en, st, ch, k, o, a in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i + 1, touchpoint_id=tp,
               window_days=w) for j, zh, en, steps, w in JOURNEYS for i, tp in enumerate(steps)]
    write(outdir / "journeys.csv", jr,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(outdir / "customers.csv", g.customers, CU_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    write(outdir / "events.csv", ev, EV_COLS)
    write(outdir / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), OR_COLS)
    write(outdir / "feedback.csv", g.feedback, FB_COLS)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
