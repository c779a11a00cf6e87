"""松鹤旅游 PineCrane Senior Tours: a group-tour travel agency for retirees (老年旅游团 / 银发旅游) in Shanghai, Nanjing,
Hangzhou and Suzhou, selling coach tours (大巴团: 黄山宏村, 婺源赏花, 山东半岛) and cruise tours (邮轮团: 长江三峡,
日韩邮轮, 三亚下龙湾) with a tour guide (导游) per group.

A senior sees a brochure or an ad (scans its QR code: WeChat article, Douyin video, newspaper ad, community flyer, a talk
at the senior university 老年大学, or a friend's referral), phones the hotline (电话咨询; calls can go unanswered), fills
in a health declaration (健康申报: pass, doctor's note needed, or not fit to travel), pays a deposit (定金; optional travel
accident insurance 旅游意外险, single supplement 单房差 for a single room), pays the balance (尾款) 2-5 weeks before
departure (or cancels), departs with the group (pickup coach 集合接驳 by a local coach company), the guide's daily roll
call (导游点名), on-tour incidents (illness 生病, falls 摔伤, delays 延误, lost 走失), return, the return survey (回访问卷)
and rebooking (再次报名).
Data 2025-01-01 .. 2026-07-31 (the CRM extract was taken at the end of July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261241), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261241
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
N_LEADS = 20000
NORO_SAILINGS = {date(2025, 11, 2), date(2025, 11, 16)}          # 日韩邮轮 norovirus outbreak on board
NORO_NEWS = datetime(2025, 11, 12)                               # the outbreak is in the news
LOCK = (date(2025, 7, 1), date(2025, 8, 31))                     # 三峡船闸 maintenance: long queues at the locks
SHUNDA_FROM = datetime(2026, 1, 1)                               # Hangzhou switches pickup coaches to 顺达客运
HOTLINE_JAM = (datetime(2026, 3, 1), datetime(2026, 4, 1))       # spring rush + short-staffed hotline
INS_RULE = datetime(2026, 3, 1)                                  # insurance compulsory for 75+ from this day

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_brochure", "看到宣传", "Brochure / ad seen", "awareness", "ads", "digital", "marketing",
     "宣传单|宣传册|广告|公众号文章|抖音视频|老年大学讲座|扫码|brochure|flyer|ad|advert|leaflet|saw the ad"),
    ("tp_enquiry", "电话咨询", "Phone enquiry", "consideration", "phone", "physical", "sales",
     "电话咨询|打电话|热线|咨询|来电|phone enquiry|hotline|call|enquiry|inquiry"),
    ("tp_health", "健康申报", "Health declaration", "consideration", "phone", "physical", "sales",
     "健康申报|健康声明|体检|医生证明|身体情况|health declaration|health form|doctor's note|medical check"),
    ("tp_deposit", "交定金", "Deposit paid", "purchase", "store", "physical", "sales",
     "定金|订金|报名|交钱占位|deposit|sign up|booking"),
    ("tp_cancel", "取消报名", "Booking cancelled", "purchase", "phone", "physical", "sales",
     "取消|退团|不去了|cancel|cancellation|drop out"),
    ("tp_balance", "付尾款", "Balance paid", "purchase", "store", "physical", "finance",
     "尾款|付清|交全款|单房差|balance|final payment|pay in full|single supplement"),
    ("tp_departure", "出发集合", "Departure", "service", "other", "physical", "operations",
     "出发|集合|接驳|上车|发团|departure|pickup|pick-up|meeting point|set off"),
    ("tp_on_tour", "行程中", "On tour", "service", "other", "physical", "operations",
     "行程|游览|导游点名|购物店|景点|on tour|sightseeing|roll call|itinerary|tour guide"),
    ("tp_incident", "途中突发", "On-tour incident", "service", "other", "physical", "operations",
     "突发|生病|就医|摔倒|延误|走失|incident|illness|sick|fall|delay|hospital"),
    ("tp_return", "返程", "Return home", "service", "other", "physical", "operations",
     "返程|回程|散团|到家|return|back home|end of tour"),
    ("tp_survey", "回访问卷", "Return survey", "loyalty", "phone", "physical", "customer_service",
     "回访|问卷|满意度|打分|return survey|follow-up call|satisfaction|rating"),
    ("tp_rebook", "再次报名", "Rebooking", "loyalty", "store", "physical", "crm",
     "再次报名|复游|回头客|又报了|rebook|repeat booking|came back|book again"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "咨询报名", "Enquiry to booking", ["tp_brochure", "tp_enquiry", "tp_health", "tp_deposit"], 45),
    ("travel", "付款出行", "Payment to departure", ["tp_deposit", "tp_balance", "tp_departure", "tp_return"], 120),
    ("aftercare", "返程回访", "Post-tour follow-up", ["tp_return", "tp_survey"], 14),
    ("rebook", "再次报名", "Rebooking", ["tp_return", "tp_rebook"], 180),
]
# route: zh, en, line, days, price pp, deposit pp, single supplement, insurance pp, weekday, season(date)->bool, weight
ROUTES = {
    "HS": ("黄山宏村5日游", "Huangshan & Hongcun 5-day coach tour", "coach", 5, 2380, 500, 700, 60, (1,),
           lambda d: d.month not in (1, 2), 1.3),
    "WY": ("婺源赏花4日游", "Wuyuan blossoms 4-day coach tour", "coach", 4, 1680, 500, 500, 60, (1,),
           lambda d: (date(d.year, 3, 10) <= d <= date(d.year, 4, 20)) or (date(d.year, 10, 15) <= d <= date(d.year, 11, 30)),
           1.6),
    "SD": ("山东半岛6日游", "Shandong coast 6-day coach tour", "coach", 6, 2980, 500, 900, 60, (1,),
           lambda d: 5 <= d.month <= 10, 1.1),
    "YZ": ("长江三峡邮轮6日游", "Yangtze Three Gorges 6-day cruise", "cruise", 6, 4980, 2000, 2600, 150, (2,),
           lambda d: 3 <= d.month <= 11, 1.0),
    "JK": ("日韩邮轮5日游", "Japan-Korea 5-day cruise", "cruise", 5, 5600, 2000, 3000, 150, (6,),
           lambda d: True, 1.0),
    "HL": ("三亚下龙湾邮轮6日游", "Sanya & Ha Long Bay 6-day cruise", "cruise", 6, 6800, 2000, 3400, 150, (5,),
           lambda d: d.month >= 11 or d.month <= 4, 0.8),
}
LINES = {"coach": "大巴团", "cruise": "邮轮团"}
GUIDES = {  # route -> [(zh, en, weight)]
    "HS": [("陈慧", "Chen Hui", 0.5), ("周平", "Zhou Ping", 0.5)],
    "WY": [("吴晓燕", "Wu Xiaoyan", 0.5), ("李强", "Li Qiang", 0.5)],
    "SD": [("赵磊", "Zhao Lei", 0.55), ("孙敏", "Sun Min", 0.45)],
    "YZ": [("王建国", "Wang Jianguo", 0.5), ("郑丽", "Zheng Li", 0.5)],
    "JK": [("刘洋", "Liu Yang", 0.5), ("黄婷", "Huang Ting", 0.5)],
    "HL": [("钱峰", "Qian Feng", 0.5), ("冯雪", "Feng Xue", 0.5)],
}
CITIES = {"Shanghai": ("上海", "SH", 0.40), "Nanjing": ("南京", "NJ", 0.22), "Hangzhou": ("杭州", "HZ", 0.22),
          "Suzhou": ("苏州", "SZ", 0.16)}
COACH_CO = {"Shanghai": ("锦江巴士", "Jinjiang Bus"), "Nanjing": ("金陵客运", "Jinling Coach"),
            "Suzhou": ("姑苏客运", "Gusu Coach")}
CHANNELS = {  # en: zh, weight, p(enquiry | brochure), device on the scan
    "wechat": ("微信公众号", 0.30, 0.42, True), "douyin": ("抖音", 0.18, 0.26, True),
    "newspaper": ("报纸广告", 0.12, 0.50, True), "flyer": ("社区宣传单", 0.14, 0.36, True),
    "senior_college": ("老年大学讲座", 0.12, 0.70, True), "referral": ("老客推荐", 0.14, 0.78, False)}
AGES = {"55-59": 0.10, "60-64": 0.22, "65-69": 0.27, "70-74": 0.20, "75-79": 0.13, "80+": 0.08}
AGE_ZH = {"55-59": "55-59岁", "60-64": "60-64岁", "65-69": "65-69岁", "70-74": "70-74岁", "75-79": "75-79岁",
          "80+": "80岁以上"}
HEALTH = {  # age: p(pass), p(doctor's note) — rest not fit to travel; cruise lines are stricter for 80+
    "55-59": (0.97, 0.025), "60-64": (0.95, 0.04), "65-69": (0.92, 0.06), "70-74": (0.85, 0.11),
    "75-79": (0.72, 0.20), "80+": (0.38, 0.40)}
HEALTH_ZH = {"pass": "通过", "doctor_note": "需补医生证明", "rejected": "不宜出行"}
ROOMS = {"twin": "双人标间", "single": "单人间", "share": "拼房"}
INCIDENT_ZH = {"illness": "生病", "fall": "摔伤", "delay": "行程延误", "lost": "走失"}
CANCEL_ZH = {"health": "身体原因", "family": "家人不同意", "schedule": "时间冲突", "price": "价格原因",
             "hygiene_worry": "担心卫生疫情"}
ORDER_ZH = {"deposit": "定金", "balance": "尾款", "single_supplement": "单房差", "insurance": "旅游意外险"}
PAY_ZH = {"wechat_pay": "微信支付", "bank_transfer": "银行转账", "card_in_store": "门店刷卡", "cash": "现金"}
SEG = ["lead", "cancelled_only", "upcoming", "one_trip", "repeat"]

# ---------------- feedback text ----------------
T = {
    "shopping": (["导游一天带去三个购物店，不买东西脸色就不好看", "行程里塞了好多购物店，玉器、保健品，老人被推销得很烦",
                  "名义上纯玩团，结果天天进购物店，强制消费", "购物店待了两个小时，景点只给四十分钟"],
                 ["The guide took us to shopping stops every day and got cross when we didn't buy anything",
                  "Far too many shopping stops - jade, health supplements, hard selling to old people",
                  "Advertised as no-shopping, but we spent two hours at shopping stops and forty minutes at the sights"]),
    "noro": (["船上好多人上吐下泻，我老伴也倒下了，船医那里排长队", "邮轮上暴发诺如，一半团友上吐下泻，后面几天都在船舱里躺着",
              "第二天开始上吐下泻，说是诺如病毒，这趟等于白去"],
             ["Half the group came down with a stomach bug on the ship, long queue at the ship's doctor",
              "Norovirus on board - a stomach bug went round and my wife and I spent three days in the cabin",
              "Caught the stomach bug on day two, the whole cruise was wasted"]),
    "noro_worry": (["看新闻说日韩邮轮暴发诺如，家里人不让去了", "听说船上有诺如病毒，不敢坐邮轮了，先退团"],
                   ["Saw the norovirus news and my children made me cancel",
                    "Cancelled because of the norovirus reports on that ship"]),
    "delay": (["过船闸排了十几个小时，行程延误，好几个景点都取消了", "延误了一整天，也没人好好解释，老人在船上干等",
               "因为延误，回程时间一改再改，家里人都没法接"],
              ["The ship was delayed for hours at the locks and we missed two excursions",
               "A whole day's delay and nobody explained anything, we just waited on board",
               "Return was delayed again and again, my children could not plan the pick-up"]),
    "coach_late": (["早上集合大巴迟到了快一个小时，老人在路边站着等", "接驳的车来晚了，打电话也说不清在哪",
                    "大巴迟到，车况也差，空调不太灵"],
                   ["The pickup coach was late by almost an hour, we stood at the roadside",
                    "Our coach was late again at the meeting point and the driver didn't answer his phone",
                    "The bus was late and in poor shape, the air conditioning barely worked"]),
    "single_pricey": (["一个人出来玩，单房差要好几千，比团费的一半还多", "单房差太贵了，老伴走了以后一个人报团很吃亏",
                       "希望单房差能便宜一点，一个人住也不占多少地方"],
                      ["The single supplement is outrageous for those of us travelling alone",
                       "As a widower I have to pay a huge single supplement every time",
                       "Please make the single supplement cheaper, it is almost half the fare"]),
    "roommate": (["拼房的室友打呼噜打了一整夜，根本睡不着", "安排拼房的阿姨作息和我完全不一样，很折腾",
                  "拼房没问过我意见就随便安排了"],
                 ["My assigned roommate snored all night, I could not sleep at all",
                  "The roommate they matched me with kept the TV on until midnight",
                  "I was put with a roommate without being asked"]),
    "medical": (["路上老伴发烧去医院，没买保险全部自费，花了三千多", "在外地看病全部自费，早知道就买保险了",
                 "摔了一跤去医院拍片，自费好几百，领队也没提醒我们买保险"],
                ["My husband fell ill and we paid the hospital out of pocket because we had no insurance",
                 "Hospital bill paid out of pocket - nobody told us the insurance was worth it",
                 "Had to pay the clinic out of pocket after a fall, should have bought the cover"]),
    "insurance_ok": (["生病就医的钱保险报销了，公司帮忙跑理赔，很省心", "摔伤后保险报销得很快，感谢客服",
                      "幸亏买了意外险，医药费保险报销了大部分"],
                     ["The insurance covered the hospital bill and your staff handled the paperwork",
                      "Glad we bought the cover - the insurance covered almost everything after my fall"]),
    "tiring": (["行程太赶了，每天六点起床，老人吃不消", "爬山的路太累了，应该多安排休息", "一天走两万步，太累了"],
               ["The schedule was exhausting for people our age, up at six every day",
                "Too rushed - hardly any time to rest between sights", "Far too much walking, exhausting"]),
    "food": (["饭菜太咸太油，老人吃不惯", "团餐饭菜很一般，软一点的菜太少", "饭菜分量少，凉了才上"],
             ["The group meals were too salty and oily for us", "Meals were cold by the time they were served"]),
    "hotline": (["报名那几天电话打不通，打了七八次才有人接", "客服热线老是没人接，差点就报别家了",
                 "电话打不通，只好让儿子去门店问"],
                ["Called the hotline five times and nobody answered", "Could not get through on the phone for days",
                 "Your hotline rings and rings and nobody answered"]),
    "age_limit": (["说我80多岁了要医生证明还不让报邮轮，年龄限制太死板", "因为年龄限制被拒了，身体明明很好"],
                  ["Turned away by the age limit even though I'm perfectly fit",
                   "The age limit for cruises is unfair to healthy seniors"]),
    "guide_praise": (["导游特别贴心，一路照顾我们这些老人", "导游很耐心，上下车都扶着，讲解也细致",
                      "感谢导游，贴心周到，下次还跟这个导游"],
                     ["Our guide was so caring, looked after every one of us", "A wonderfully caring guide, kind and thoughtful",
                      "The guide was caring and explained everything slowly for us"]),
    "scenery": (["风景太美了，拍了好多照片", "风景很好，天气也帮忙", "一路风景不错，值这个价"],
                ["Beautiful scenery, we took hundreds of photos", "The scenery was stunning", "Lovely scenery all the way"]),
    "organized": (["整体安排周到，住宿干净", "安排周到，集合时间也准", "行程安排周到，性价比高"],
                  ["Everything was well organised and the hotels were clean",
                   "A well organised trip, good value for money"]),
}
GENERIC = {"pos": (["玩得很开心", "总体满意，下次还来", "挺好的"], ["Had a lovely time", "Very happy with the trip", "Good trip overall"]),
           "neu": (["还行吧，一般", "中规中矩", "没什么特别的"], ["It was OK", "Average trip", "Nothing special"]),
           "neg": (["不太满意", "不会再报了", "体验比较差"], ["Not happy with this trip", "Disappointing", "Would not book again"])}
TP_OF = {"shopping": "tp_on_tour", "noro": "tp_incident", "noro_worry": "tp_cancel", "delay": "tp_incident", "coach_late": "tp_departure",
         "single_pricey": "tp_balance", "roommate": "tp_on_tour", "medical": "tp_incident",
         "insurance_ok": "tp_incident", "tiring": "tp_on_tour", "food": "tp_on_tour", "hotline": "tp_enquiry",
         "age_limit": "tp_health", "guide_praise": "tp_on_tour", "scenery": "tp_on_tour", "organized": "tp_survey"}
NEG = {"shopping", "noro", "noro_worry", "delay", "coach_late", "single_pricey", "roommate", "medical", "tiring", "food", "hotline",
       "age_limit"}


def pick(options, p):
    p = np.asarray(p, dtype=float)
    return options[int(rng.choice(len(options), p=p / p.sum()))]


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(h0, h1)))


def office(t: datetime) -> datetime:
    """move a time into office hours (8:30-17:30) of the same or the next day."""
    h = t.hour + t.minute / 60
    if 8.5 <= h <= 17.5:
        return t
    d = t.date() if h < 8.5 else t.date() + D(days=1)
    return at(d, 8.6, 17.3)


def lead_season(m):
    return {1: 1.1, 2: 1.35, 3: 1.25, 4: 0.8, 5: 0.7, 6: 0.85, 7: 1.05, 8: 1.25, 9: 1.15, 10: 0.8, 11: 0.75,
            12: 0.8}[m]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth, self.cust = [], [], [], [], []
        self.n_ev = self.n_bk = self.n_ord = self.n_fb = 0
        self.guide_of, self.delay_of = {}, {}

    # ---- rows
    def ev(self, c, t, tp, sid=None, action=None, device=None, channel=None, **kw):
        if t > END or t < START:
            return False
        self.n_ev += 1
        r = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                 session_id=sid, action=action, device=device, channel=channel)
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        r = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(float(amount), 2),
                 status=status, order_type=otype, 订单类型=ORDER_ZH[otype], booking_id=bk["id"],
                 route_id=bk["route"], route=ROUTES[bk["route"]][0], route_en=ROUTES[bk["route"]][1],
                 product_line=ROUTES[bk["route"]][2], 产品线=LINES[ROUTES[bk["route"]][2]], departure_date=str(bk["dep"]),
                 departure_city=c["city"], 出发城市=CITIES[c["city"]][0], pax=bk["pax"], currency="CNY")
        r.update(channel=bk["pay_ch"], pay_method=bk["pay_m"], 支付方式=PAY_ZH[bk["pay_m"]])
        r.update(kw)
        self.orders.append(r)
        return r

    def fb(self, c, t, topics, channel, rating=None, nps=None, gen=None, undated=False, no_customer=False, bk=None,
           extra_tp=None):
        if t > END:
            return
        lang = c["lang"]
        parts = []
        for x in topics:
            zh, en = T[x]
            opts = zh if lang == "zh" else en
            parts.append(opts[int(rng.integers(len(opts)))])
        if gen is None:
            gen = "neg" if any(x in NEG for x in topics) else ("pos" if topics else "neu")
        if not parts or rng.random() < 0.3:
            zh, en = GENERIC[gen]
            opts = zh if lang == "zh" else en
            parts.append(opts[int(rng.integers(len(opts)))])
        sep = "，" if lang == "zh" else ". "
        text = sep.join(parts) + ("。" if lang == "zh" else ".")
        self.n_fb += 1
        fid = f"FB{self.n_fb:05d}"
        tp = TP_OF[topics[0]] if topics else (extra_tp or "tp_survey")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang)
        if bk is not None:
            g = self.guide_of.get(bk.get("tour"))
            row.update(booking_id=bk["id"], tour_id=bk.get("tour"), route=ROUTES[bk["route"]][0],
                       route_en=ROUTES[bk["route"]][1], guide=g[0] if g and bk.get("departed") else None,
                       guide_en=g[1] if g and bk.get("departed") else None, departure_city=c["city"],
                       出发城市=CITIES[c["city"]][0])
        self.feedback.append(row)
        sent = "negative" if gen == "neg" else ("positive" if gen == "pos" else "neutral")
        self.truth.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sent))

    # ---- customers
    def customers(self):
        days = (END.date() - START.date()).days + 1
        w = np.array([lead_season((START.date() + D(days=i)).month) * (1 + 0.4 * i / days) for i in range(days)])
        day_idx = np.sort(rng.choice(days, size=N_LEADS, p=w / w.sum()))
        for i, di in enumerate(day_idx):
            city = pick(list(CITIES), [v[2] for v in CITIES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            age = pick(list(AGES), list(AGES.values()))
            if ch == "douyin":
                age = pick(list(AGES), [0.2, 0.32, 0.28, 0.13, 0.05, 0.02])
            if ch == "senior_college":
                age = pick(list(AGES), [0.04, 0.18, 0.3, 0.26, 0.15, 0.07])
            en_p = {"Shanghai": 0.13, "Suzhou": 0.12}.get(city, 0.03)
            party = pick(["solo", "couple", "friends"], [0.38, 0.47, 0.15])
            self.cust.append(dict(
                customer_id=f"C{i + 1:05d}", city=city, channel=ch, age=age, party=party,
                gender=pick(["female", "male"], [0.62 if party != "couple" else 0.5, 0.38 if party != "couple" else 0.5]),
                lang="en" if rng.random() < en_p else "zh",
                device="ios" if rng.random() < (0.35 if age in ("55-59", "60-64") else 0.22) else "android",
                first=at(START.date() + D(days=int(di)), 7, 22.5), trips=0, spend=0.0, booked=0, cancelled=0,
                upcoming=False, chen=False))

    # ---- one interest cycle: brochure -> enquiry -> health -> deposit -> trip
    def cycle(self, c, t0, returning=False):
        ch = "wechat" if returning else c["channel"]
        dev = c["device"] if CHANNELS[ch][3] else None
        t0d = t0.date()
        avail = [r for r in ROUTES if any(ROUTES[r][9](t0d + D(days=k)) for k in range(25, 110, 5))]
        route = pick(avail, [ROUTES[r][10] for r in avail])
        if c["age"] == "80+" and ROUTES[route][2] == "cruise" and rng.random() < 0.3:
            coach = [r for r in avail if ROUTES[r][2] == "coach"]
            route = pick(coach, [1] * len(coach)) if coach else route
        self.ev(c, t0, "tp_brochure", None, "scan" if dev else "referral", dev, ch, route_id=route,
                route=ROUTES[route][0], route_en=ROUTES[route][1], product_line=ROUTES[route][2],
                产品线=LINES[ROUTES[route][2]])
        p_enq = 0.8 if returning else CHANNELS[ch][2]
        if c["age"] in ("75-79", "80+"):
            p_enq *= 1.05
        if rng.random() > p_enq:
            return None
        t = office(t0 + D(hours=float(rng.exponential(60) + 0.5)))
        answered, missed = False, 0
        for _ in range(4):
            jam = HOTLINE_JAM[0] <= t < HOTLINE_JAM[1]
            p_miss = 0.38 if jam else 0.08
            ok = rng.random() >= p_miss
            wait = float(rng.exponential(260 if jam else 45))
            self.ev(c, t, "tp_enquiry", None, "answered" if ok else "missed", None, "phone",
                    call_result="answered" if ok else "missed", 来电结果="已接通" if ok else "未接通",
                    wait_seconds=round(wait if ok else min(wait + 60, 600)), route_id=route, route=ROUTES[route][0],
                    route_en=ROUTES[route][1], product_line=ROUTES[route][2], 产品线=LINES[ROUTES[route][2]])
            if ok:
                answered = True
                break
            missed += 1
            if rng.random() > (0.55 if missed == 1 else 0.4):
                if rng.random() < 0.18:
                    self.fb(c, t + D(hours=float(rng.uniform(1, 48))), ["hotline"], "wechat_group",
                            undated=rng.random() < 0.3)
                return None
            t = office(t + D(hours=float(rng.uniform(2, 60))))
        if not answered:
            return None
        if missed and rng.random() < 0.35:
            self.fb(c, t + D(minutes=float(rng.uniform(5, 30))), ["hotline"], "call_note")
        if rng.random() > (0.85 if returning else 0.70):
            return None
        # health declaration -> booking id
        self.n_bk += 1
        bk = dict(id=f"BK{self.n_bk:05d}", route=route, pax=1 if c["party"] == "solo" else 2, departed=False)
        bk["pay_ch"] = pick(["store", "mini_program", "phone"], [0.45, 0.35, 0.2])
        bk["pay_m"] = {"store": pick(["card_in_store", "cash"], [0.7, 0.3]), "mini_program": "wechat_pay",
                       "phone": "bank_transfer"}[bk["pay_ch"]]
        line = ROUTES[route][2]
        t = office(t + D(hours=float(rng.exponential(40) + 1)))
        pp, pn = HEALTH[c["age"]]
        if c["age"] == "80+" and line == "cruise":
            pp, pn = 0.2, 0.45
        res = pick(["pass", "doctor_note", "rejected"], [pp, pn, 1 - pp - pn])
        common = dict(route_id=route, route=ROUTES[route][0], route_en=ROUTES[route][1], product_line=line,
                      产品线=LINES[line], departure_city=c["city"], 出发城市=CITIES[c["city"]][0])
        self.ev(c, t, "tp_health", bk["id"], res, None, "phone", health_result=res, 健康申报结果=HEALTH_ZH[res],
                **common)
        if res == "rejected":
            if rng.random() < 0.25:
                self.fb(c, t + D(hours=float(rng.uniform(1, 72))), ["age_limit"], "complaint", bk=bk)
            return None
        if res == "doctor_note":
            if rng.random() > 0.62:
                return None
            t = office(t + D(days=float(rng.uniform(3, 14))))
            self.ev(c, t, "tp_health", bk["id"], "pass", None, "store", health_result="pass",
                    健康申报结果=HEALTH_ZH["pass"], doctor_note="yes", **common)
        if rng.random() > (0.9 if returning else 0.8):
            return None
        # deposit
        t_dep = office(t + D(hours=float(rng.exponential(50) + 1)))
        lead = float(rng.uniform(21, 80))
        dep_day = None
        wd = ROUTES[route][8]
        for k in range(int(lead), 200):
            d = t_dep.date() + D(days=k)
            if d.weekday() in wd and ROUTES[route][9](d) and (route not in ("JK", "HL") or d.isocalendar()[1] % 2 == 0):
                dep_day = d
                break
        if dep_day is None:
            return None
        bk["dep"] = dep_day
        bk["tour"] = f"{route}-{dep_day:%y%m%d}"
        if bk["tour"] not in self.guide_of:
            gs = GUIDES[route]
            self.guide_of[bk["tour"]] = pick([(g[0], g[1]) for g in gs], [g[2] for g in gs])
        key = (route, dep_day)
        if key not in self.delay_of:
            if route == "YZ" and LOCK[0] <= dep_day <= LOCK[1]:
                self.delay_of[key] = float(rng.uniform(8, 30)) if rng.random() < 0.75 else 0.0
            elif line == "cruise":
                self.delay_of[key] = float(rng.uniform(2, 8)) if rng.random() < 0.05 else 0.0
            else:
                self.delay_of[key] = float(rng.uniform(1, 4)) if rng.random() < 0.03 else 0.0
        if bk["pax"] == 2:
            room = "twin"
        else:
            room = "single" if rng.random() < (0.62 if line == "coach" else 0.48) else "share"
        bk["room"] = room
        p_ins = {"55-59": 0.3, "60-64": 0.36, "65-69": 0.45, "70-74": 0.55, "75-79": 0.62, "80+": 0.7}[c["age"]]
        p_ins += 0.1 if line == "cruise" else 0.0
        if c["age"] in ("75-79", "80+") and t_dep >= INS_RULE:
            p_ins = 1.0
        ins = rng.random() < p_ins
        bk["ins"] = ins
        price, dep_pp, single, ins_pp = ROUTES[route][4:8]
        bcommon = dict(common, tour_id=bk["tour"], departure_date=str(dep_day), room_type=room, 房型=ROOMS[room],
                       pax=bk["pax"], insurance="yes" if ins else "no", 保险="已购" if ins else "未购")
        if not self.ev(c, t_dep, "tp_deposit", bk["id"], "paid", None, bk["pay_ch"], amount=dep_pp * bk["pax"],
                       **bcommon):
            return None
        c["booked"] += 1
        if returning:
            self.ev(c, t_dep + D(seconds=1), "tp_rebook", bk["id"], "rebook", None, bk["pay_ch"], **bcommon)
        o_dep = self.order(c, t_dep, dep_pp * bk["pax"], "deposit", bk, room_type=room, 房型=ROOMS[room],
                           insurance="yes" if ins else "no", tour_id=bk["tour"])
        o_ins = self.order(c, t_dep + D(minutes=2), ins_pp * bk["pax"], "insurance", bk, tour_id=bk["tour"]) \
            if ins else None
        c["spend"] += dep_pp * bk["pax"] + (ins_pp * bk["pax"] if ins else 0)
        dep_dt = datetime(dep_day.year, dep_day.month, dep_day.day)
        t_bal = office(dep_dt - D(days=float(rng.uniform(14, 35))))
        if t_bal <= t_dep:
            t_bal = office(t_dep + D(days=float(rng.uniform(1, 4))))
        t_inv = dep_dt - D(days=35)
        # cancellation
        p_can = 0.06 + (0.07 if c["age"] in ("75-79", "80+") else 0.0)
        reason = None
        t_can = None
        if route == "JK" and t_dep < NORO_NEWS and dep_dt > NORO_NEWS + D(days=5) and dep_dt < datetime(2026, 2, 1) \
                and rng.random() < 0.45:
            reason, t_can = "hygiene_worry", office(NORO_NEWS + D(days=float(rng.uniform(0, 18))))
        elif rng.random() < p_can:
            reason = pick(["health", "family", "schedule", "price"], [0.38, 0.28, 0.2, 0.14])
            span = max(1.0, (dep_dt - t_dep).days - 3)
            t_can = office(t_dep + D(days=float(rng.uniform(1, span))))
        if t_can is not None and t_can < dep_dt:
            before_bal = t_can < t_bal
            if not self.ev(c, t_can, "tp_cancel", bk["id"], "cancel", None, "phone", cancel_reason=reason,
                           取消原因=CANCEL_ZH[reason], days_before_departure=(dep_dt - t_can).days, **bcommon):
                return dict(end=t_can, upcoming=True)
            c["cancelled"] += 1
            refund_dep = before_bal and (dep_dt - t_can).days > 30
            if refund_dep:
                if o_dep:
                    o_dep.update(status="refunded", refunded_at=ts(t_can + D(days=float(rng.uniform(1, 5)))))
                if o_ins:
                    o_ins.update(status="refunded", refunded_at=o_dep["refunded_at"])
                c["spend"] -= dep_pp * bk["pax"] + (ins_pp * bk["pax"] if ins else 0)
            if before_bal and t_can >= t_inv:
                self.order(c, t_inv, (price - dep_pp) * bk["pax"], "balance", bk, status="cancelled",
                           cancelled_at=ts(t_can), tour_id=bk["tour"])
            if not before_bal:
                self.ev(c, t_bal, "tp_balance", bk["id"], "paid", None, bk["pay_ch"],
                        amount=(price - dep_pp) * bk["pax"] + (single if room == "single" else 0), **bcommon)
                self.order(c, t_bal, (price - dep_pp) * bk["pax"], "balance", bk, status="refunded",
                           refunded_at=ts(t_can + D(days=float(rng.uniform(2, 10)))), tour_id=bk["tour"])
                if room == "single":
                    self.order(c, t_bal + D(minutes=1), single, "single_supplement", bk, status="refunded",
                               refunded_at=ts(t_can + D(days=float(rng.uniform(2, 10)))), tour_id=bk["tour"])
            if reason == "hygiene_worry" and rng.random() < 0.12:
                self.fb(c, t_can + D(hours=3), ["noro_worry"], "wechat_group", bk=bk, undated=rng.random() < 0.3)
            return dict(end=t_can, upcoming=False)
        # balance
        self.ev(c, t_bal, "tp_balance", bk["id"], "paid", None, bk["pay_ch"],
                amount=(price - dep_pp) * bk["pax"] + (single if room == "single" else 0), **bcommon)
        self.order(c, t_bal, (price - dep_pp) * bk["pax"], "balance", bk, tour_id=bk["tour"])
        if room == "single":
            self.order(c, t_bal + D(minutes=1), single, "single_supplement", bk, tour_id=bk["tour"])
        if t_bal <= END:
            c["spend"] += (price - dep_pp) * bk["pax"] + (single if room == "single" else 0)
        # departure
        guide = self.guide_of[bk["tour"]]
        if c["city"] == "Hangzhou":
            co = ("顺达客运", "Shunda Coach") if dep_dt >= SHUNDA_FROM else ("西湖旅运", "Xihu Coach")
        else:
            co = COACH_CO[c["city"]]
        late = float(max(0.0, rng.normal(38, 18) if co[1] == "Shunda Coach" else rng.normal(4, 5)))
        t_go = dep_dt + D(hours=float(rng.uniform(6.5, 8.0))) + D(minutes=late)
        tcommon = dict(bcommon, guide=guide[0], guide_en=guide[1])
        if not self.ev(c, t_go, "tp_departure", bk["id"], "departed", None, "other", coach_company=co[0],
                       coach_company_en=co[1], pickup_late_minutes=round(late), **tcommon):
            return dict(end=t_go, upcoming=True)
        bk["departed"] = True
        days = ROUTES[route][3]
        topics, good = [], []
        # incidents
        incident = None
        noro = route == "JK" and dep_day in NORO_SAILINGS
        p_ill = {"55-59": 0.02, "60-64": 0.025, "65-69": 0.03, "70-74": 0.04, "75-79": 0.055, "80+": 0.08}[c["age"]]
        if noro:
            p_ill = 0.42
        p_fall = 0.035 if route == "HS" else 0.01
        if c["age"] in ("75-79", "80+"):
            p_fall *= 1.8
        delay_h = self.delay_of[(route, dep_day)]
        early = False
        hospital = False
        if rng.random() < p_ill:
            incident = "illness"
        elif rng.random() < p_fall:
            incident = "fall"
        elif rng.random() < 0.004:
            incident = "lost"
        if incident:
            t_inc = dep_dt + D(days=float(rng.uniform(0.6, days - 0.8)))
            hospital = incident == "fall" and rng.random() < 0.6 or incident == "illness" and rng.random() < (
                0.3 if noro else 0.45)
            cost = round(float(rng.lognormal(np.log(1500), 0.6)), 0) if hospital else None
            self.ev(c, t_inc, "tp_incident", bk["id"], incident, None, "other", incident_type=incident,
                    突发类型=INCIDENT_ZH[incident], hospital_visit="yes" if hospital else "no", medical_cost=cost,
                    **tcommon)
            if incident == "illness" and not noro and rng.random() < 0.12 or incident == "fall" and hospital and \
                    rng.random() < 0.2:
                early = True
            if noro:
                topics.append("noro")
            if hospital:
                if not ins and rng.random() < 0.7:
                    topics.append("medical")
                elif ins and rng.random() < 0.4:
                    good.append("insurance_ok")
        if delay_h > 0:
            t_del = dep_dt + D(days=float(rng.uniform(1, days - 1.5)))
            self.ev(c, t_del, "tp_incident", bk["id"], "delay", None, "other", incident_type="delay",
                    突发类型=INCIDENT_ZH["delay"], hospital_visit="no", delay_hours=round(delay_h, 1), **tcommon)
            if delay_h >= 6 and rng.random() < 0.6:
                topics.append("delay")
        # roll calls
        last_day = days if not early else max(2, int(rng.integers(2, days)))
        for k in range(last_day):
            self.ev(c, dep_dt + D(days=k, hours=float(rng.uniform(7.5, 9.0))), "tp_on_tour", bk["id"], "roll_call",
                    None, "other", day_no=k + 1, **tcommon)
        t_ret = dep_dt + D(days=last_day - 1, hours=float(rng.uniform(17, 21))) + D(hours=delay_h if not early else 0)
        if not self.ev(c, t_ret, "tp_return", bk["id"], "early_return" if early else "returned", None, "other",
                       **tcommon):
            return dict(end=t_ret, upcoming=True)
        c["trips"] += 1
        # experience
        zhao = guide[1] == "Zhao Lei"
        chen = guide[1] == "Chen Hui"
        if rng.random() < (0.62 if zhao else 0.02):
            topics.append("shopping")
        if co[1] == "Shunda Coach" and late > 25 and rng.random() < 0.5:
            topics.append("coach_late")
        if room == "single" and rng.random() < (0.2 if line == "cruise" else 0.06):
            topics.append("single_pricey")
        if room == "share" and rng.random() < 0.2:
            topics.append("roommate")
        if rng.random() < (0.1 if route == "HS" else 0.03):
            topics.append("tiring")
        if rng.random() < 0.05:
            topics.append("food")
        neg = [x for x in topics if x in NEG]
        if rng.random() < (0.55 if chen else 0.1) and "shopping" not in topics:
            good.append("guide_praise")
        if not neg and rng.random() < 0.3:
            good.append("scenery")
        if not neg and rng.random() < 0.18:
            good.append("organized")
        if chen:
            c["chen"] = True
        # return survey
        stars = None
        if rng.random() < 0.62:
            t_s = office(t_ret + D(days=float(rng.uniform(1, 7))))
            stars = float(pick([5, 4, 3], [0.55, 0.33, 0.12]))
            pen = {"shopping": 2.2, "noro": 2.6, "delay": 1.3, "coach_late": 0.9, "single_pricey": 0.5, "roommate": 1.0,
                   "medical": 2.0, "tiring": 0.8, "food": 0.7}
            for x in topics:
                stars -= pen.get(x, 0)
            if "guide_praise" in good:
                stars += 1.0
            if good and not neg:
                stars = max(stars, 4.0)
            stars = float(min(5, max(1, round(stars))))
            nps = int(np.clip(round(rng.normal(2 * stars - 0.6, 1.1)), 0, 10))
            if self.ev(c, t_s, "tp_survey", bk["id"], "answered", None, "phone", score=stars, **tcommon):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                tps = topics + good
                self.fb(c, t_s, tps, "survey", rating=stars, nps=nps, gen=gen, bk=bk)
        # complaints during / right after the tour
        if neg and rng.random() < 0.3:
            self.fb(c, t_ret - D(hours=float(rng.uniform(2, 30))), neg, "complaint", bk=bk)
        if (topics or good) and rng.random() < 0.08:
            self.fb(c, t_ret + D(days=float(rng.uniform(1, 10))), topics + good, "wechat_group", bk=bk,
                    undated=rng.random() < 0.3)
        if rng.random() < 0.07:
            r = float(pick([5, 4, 3, 2], [0.5, 0.3, 0.12, 0.08]))
            if neg:
                r = float(max(1, r - 2))
            elif good:
                r = 5.0
            self.fb(c, t_ret + D(days=float(rng.uniform(2, 20))), topics + good, "ota_review", rating=r,
                    gen="pos" if r >= 4 else ("neu" if r == 3 else "neg"), bk=bk, undated=rng.random() < 0.4,
                    no_customer=rng.random() < 0.5)
        # rebooking
        p_re = 0.30 + (0.18 if chen else 0.0) - (0.17 if zhao else 0.0) - (0.1 if neg else 0.0) \
            + (0.06 if stars == 5 else 0.0) - (0.1 if c["age"] == "80+" else 0.0)
        return dict(end=t_ret, upcoming=False, p_re=min(0.75, max(0.03, p_re)))

    def run(self):
        self.customers()
        for c in self.cust:
            res = self.cycle(c, c["first"])
            for _ in range(4):
                if res is None or "p_re" not in res:
                    break
                if rng.random() > res["p_re"]:
                    break
                t = res["end"] + D(days=float(rng.exponential(55) + 12))
                if t > END:
                    break
                t = at(t.date(), 8, 21.5)
                res = self.cycle(c, t, returning=True)
            if res is not None and res.get("upcoming"):
                c["upcoming"] = True

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if c["booked"] == 0:
                seg = "lead"
            elif c["upcoming"]:
                seg = "upcoming"
            elif c["trips"] >= 2:
                seg = "repeat"
            elif c["trips"] == 1:
                seg = "one_trip"
            else:
                seg = "cancelled_only"
            tier = "gold" if c["trips"] >= 3 or c["spend"] >= 15000 else ("silver" if c["trips"] >= 2 else "regular")
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["first"]), segment=seg, region=c["city"],
                             城市=CITIES[c["city"]][0], acquisition_channel=c["channel"],
                             获客渠道=CHANNELS[c["channel"]][0], tier=tier,
                             会员等级={"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}[tier],
                             age_band=c["age"], 年龄段=AGE_ZH[c["age"]], gender=c["gender"],
                             性别="女" if c["gender"] == "female" else "男", travel_party=c["party"],
                             出行方式={"solo": "独自出行", "couple": "夫妻同行", "friends": "结伴同行"}[c["party"]],
                             phone_os=c["device"], preferred_language=c["lang"], trips_completed=c["trips"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "route_id",
           "route", "route_en", "product_line", "产品线", "departure_city", "出发城市", "tour_id", "departure_date",
           "guide", "guide_en", "room_type", "房型", "pax", "insurance", "保险", "call_result", "来电结果",
           "wait_seconds", "health_result", "健康申报结果", "doctor_note", "amount", "cancel_reason", "取消原因",
           "days_before_departure", "coach_company", "coach_company_en", "pickup_late_minutes", "day_no",
           "incident_type", "突发类型", "hospital_visit", "medical_cost", "delay_hours", "score"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "订单类型", "booking_id",
            "tour_id", "route_id", "route", "route_en", "product_line", "产品线", "departure_date", "departure_city",
            "出发城市", "pax", "room_type", "房型", "insurance", "pay_method", "支付方式", "refunded_at", "cancelled_at",
            "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "tour_id", "route", "route_en", "guide", "guide_en", "departure_city", "出发城市"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "age_band", "年龄段", "gender", "性别", "travel_party", "出行方式", "phone_os",
             "preferred_language", "trips_completed"]


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
    roll = [i for i, r in enumerate(ev) if r["touchpoint_id"] == "tp_on_tour"]
    dup = rng.choice(roll, size=16, replace=False)            # the guides' roll-call app re-sends a few rows
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
