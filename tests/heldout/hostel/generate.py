"""背包客栈 Nomad Hostels: a youth-hostel chain with 7 hostels in tourist cities (大理, 丽江, 成都, 西安, 厦门鼓浪屿,
阳朔, 上海 — the Shanghai Bund hostel opened on 2026-04-01). A guest finds us on Hostelworld / Booking.com / Meituan /
our own app (or walks in), looks at the hostel page, searches dates, books a bed or a private room, pays a deposit or
the full price, reads (or not) the pre-arrival message, checks in (some never show up), spends one or more nights,
joins a hostel activity (pub crawl, city walk, cooking class, hiking), buys drinks at the bar and breakfast, checks
out, leaves a review and sometimes comes back for another stay. Check-in dates 2025-01-01 .. 2026-06-30.

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

SEED = 20261203
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 6, 30)      # check-in dates
N_CUST = 9500
APP_BUG = (date(2025, 11, 10), date(2025, 12, 20))     # Android app 5.3.0: payment SDK fails
LOCKER = (date(2025, 9, 1), date(2025, 12, 15))        # Xi'an: new key-card lockers fail
DALI_DIRTY = (date(2025, 7, 1), date(2025, 8, 31))     # Dali: summer peak, volunteer housekeeping can't keep up
H7_OPEN = date(2026, 4, 1)                             # Shanghai Bund opens; map pin points to the wrong lane
GOLDEN_WEEK = (date(2025, 10, 1), date(2025, 10, 7))
SPRING_FEST = (date(2026, 2, 15), date(2026, 2, 23))

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_listing", "查看房源页", "Hostel page view", "awareness", "web", "digital", "marketing",
     "房源页|店铺页|看房源|浏览|listing|property page|hostel page|page view"),
    ("tp_search", "搜索日期", "Date search", "consideration", "web", "digital", "revenue",
     "搜日期|查房态|查空床|查日期|search|date search|availability search|searches"),
    ("tp_book", "提交预订", "Booking submitted", "purchase", "web", "digital", "revenue",
     "下单|预订|订床位|订房|book|booking|reservation|booked"),
    ("tp_pay", "付款成功", "Payment", "purchase", "web", "digital", "finance",
     "付款|支付|付定金|付全款|交押金|payment|paid|pay|deposit"),
    ("tp_pay_fail", "付款失败", "Payment failed", "purchase", "app", "digital", "finance",
     "支付失败|付款失败|付不了款|payment failed|payment error|failed payment"),
    ("tp_cancel", "取消预订", "Cancellation", "purchase", "web", "digital", "customer_service",
     "取消|退订|取消订单|cancel|cancellation|cancelled"),
    ("tp_refund", "取消退款", "Cancellation refund", "service", "other", "digital", "finance",
     "退款|退钱|退定金|refund|money back|refunded"),
    ("tp_prearrival", "到店前消息", "Pre-arrival message", "service", "other", "digital", "guest_relations",
     "行前消息|入住须知|到店提醒|到店前消息|pre-arrival message|pre-arrival|arrival info|arrival message"),
    ("tp_checkin", "办理入住", "Check-in", "service", "store", "physical", "front_desk",
     "入住|前台|到店|check-in|check in|reception|arrival"),
    ("tp_stay", "住宿过夜", "Overnight stay", "service", "store", "physical", "housekeeping",
     "住宿|过夜|床位|宿舍|房间|stay|night|dorm|bed night|room"),
    ("tp_activity", "参加店内活动", "Hostel activity", "service", "store", "physical", "events",
     "活动|酒吧巡游|城市漫步|徒步|烹饪课|activity|activities|pub crawl|city walk|tour"),
    ("tp_checkout", "退房离店", "Check-out", "service", "store", "physical", "front_desk",
     "退房|离店|check-out|checkout|departure"),
    ("tp_review", "发表点评", "Review", "loyalty", "web", "digital", "marketing",
     "点评|评价|写评价|review|rating|reviews"),
    ("tp_return", "再次入住预订", "Return booking", "loyalty", "app", "digital", "crm",
     "回头客|再次预订|再来住|复购|return|repeat stay|came back|returning guest"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("online_booking", "线上预订", "Online booking", ["tp_listing", "tp_search", "tp_book", "tp_pay"], 7),
    ("arrival", "付款到入住", "Payment to arrival", ["tp_pay", "tp_prearrival", "tp_checkin"], 90),
    ("stay", "住店体验", "In-house stay", ["tp_checkin", "tp_activity", "tp_checkout", "tp_review"], 30),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("return", "回头客", "Return visit", ["tp_checkout", "tp_return"], 180),
]
HOSTELS = {  # id: zh, en, city_en, city_zh, price factor, base weight, activity mix
    "H1": ("大理古城店", "Dali Old Town", "Dali", "大理", 1.0, 0.17,
           {"city_walk": 0.40, "hiking": 0.35, "pub_crawl": 0.25}),
    "H2": ("丽江束河店", "Lijiang Shuhe", "Lijiang", "丽江", 1.0, 0.13,
           {"city_walk": 0.45, "hiking": 0.35, "pub_crawl": 0.20}),
    "H3": ("成都宽窄巷子店", "Chengdu Kuanzhai Alley", "Chengdu", "成都", 0.95, 0.19,
           {"pub_crawl": 0.55, "cooking_class": 0.30, "city_walk": 0.15}),
    "H4": ("西安钟楼店", "Xi'an Bell Tower", "Xi'an", "西安", 0.9, 0.16,
           {"city_walk": 0.50, "cooking_class": 0.30, "pub_crawl": 0.20}),
    "H5": ("厦门鼓浪屿店", "Xiamen Gulangyu", "Xiamen", "厦门", 1.2, 0.14,
           {"city_walk": 0.60, "cooking_class": 0.20, "pub_crawl": 0.20}),
    "H6": ("阳朔西街店", "Yangshuo West Street", "Yangshuo", "阳朔", 0.85, 0.15,
           {"hiking": 0.50, "pub_crawl": 0.30, "city_walk": 0.20}),
    "H7": ("上海外滩店", "Shanghai Bund", "Shanghai", "上海", 1.6, 0.035,
           {"pub_crawl": 0.50, "city_walk": 0.50}),
}
HIDS = list(HOSTELS)
ROOMS = {  # en: zh, price per night (per bed for dorms, per room otherwise)
    "dorm_8": ("八人间床位", 75), "dorm_4": ("四人间床位", 110), "dorm_female": ("女生四人间床位", 115),
    "private_double": ("双人私人房", 320), "family_room": ("家庭房", 460)}
ROOM_MIX = {
    "backpacker": (["dorm_8", "dorm_4", "dorm_female", "private_double"], [0.50, 0.30, 0.12, 0.08]),
    "student": (["dorm_8", "dorm_4", "dorm_female"], [0.60, 0.25, 0.15]),
    "digital_nomad": (["dorm_4", "private_double", "dorm_female"], [0.35, 0.55, 0.10]),
    "family": (["family_room", "private_double"], [0.75, 0.25]),
}
GTYPE_ZH = {"backpacker": "背包客", "student": "学生", "digital_nomad": "数字游民", "family": "家庭"}
GTYPES, GTYPE_P = list(GTYPE_ZH), [0.46, 0.25, 0.15, 0.14]
ACT = {"pub_crawl": ("酒吧巡游", 68, 21.0), "city_walk": ("城市漫步", 39, 16.0), "cooking_class": ("烹饪课", 98, 17.5),
       "hiking": ("徒步", 88, 8.0)}
PAY_ZH = {"deposit": "定金", "full": "全款"}
ORDER_ZH = {"room": "房费", "activity": "活动票", "bar": "酒吧", "breakfast": "早餐"}
TIER_ZH = {"basic": "普通会员", "silver": "银卡", "gold": "金卡"}
REGIONS = [  # en, zh, p, language, nationalities
    ("Mainland China", "中国大陆", 0.52, "zh", ["CN"]),
    ("Europe", "欧洲", 0.19, "en", ["DE", "FR", "GB", "NL", "ES", "IT"]),
    ("North America", "北美", 0.08, "en", ["US", "CA"]),
    ("East Asia", "东亚", 0.06, "en", ["JP", "KR"]),
    ("Southeast Asia", "东南亚", 0.06, "en", ["SG", "MY", "TH"]),
    ("Oceania", "大洋洲", 0.045, "en", ["AU", "NZ"]),
    ("Hong Kong/Macau/Taiwan", "港澳台", 0.035, "zh", ["HK", "MO", "TW"]),
    ("Latin America", "拉丁美洲", 0.01, "en", ["BR", "MX", "AR"]),
]
MIDEAST = ("Middle East", "中东", "en", ["AE", "SA", "IL"])   # a tiny group of big spenders (family suites, long)
N_MIDEAST = 14
PLATFORMS = ["hostelworld", "booking", "meituan", "app", "walk_in"]
PLAT_P = {"cn": [0.03, 0.07, 0.50, 0.28, 0.12], "hkt": [0.15, 0.35, 0.15, 0.25, 0.10],
          "foreign": [0.45, 0.33, 0.0, 0.10, 0.12]}
SEARCH_TO_BOOK = {"hostelworld": 0.66, "booking": 0.46, "meituan": 0.72, "app": 0.78}
CANCEL_P = {"hostelworld": 0.13, "booking": 0.24, "meituan": 0.15, "app": 0.08, "walk_in": 0.0}
REFUND_DAYS = {"hostelworld": 9.0, "booking": 5.0, "meituan": 0.8, "app": 0.3}   # median days cancel -> refund
LEAD_MED = {"hostelworld": 10.0, "booking": 12.0, "meituan": 1.5, "app": 6.0}
READ_P = {"email": 0.42, "whatsapp": 0.78, "wechat": 0.82, "sms": 0.62, "app": 0.80}
RETURN_P = {"backpacker": 0.17, "student": 0.19, "digital_nomad": 0.45, "family": 0.14}
ACT_P = {"backpacker": 0.50, "student": 0.40, "digital_nomad": 0.25, "family": 0.12}
BAR_P = {"backpacker": 0.35, "student": 0.28, "digital_nomad": 0.20, "family": 0.06}

MONTH_F = {1: 0.6, 2: 0.75, 3: 0.8, 4: 1.0, 5: 1.1, 6: 1.0, 7: 1.5, 8: 1.6, 9: 1.0, 10: 1.25, 11: 0.8, 12: 0.7}
DAYS = [START + D(i) for i in range((END - START).days + 1)]


def in_span(d: date, span) -> bool:
    return span[0] <= d <= span[1]


W = np.array([MONTH_F[d.month] * (2.0 if in_span(d, GOLDEN_WEEK) else 1.0) * (1.25 if d.weekday() in (4, 5) else 1.0)
              * (1.18 if d.year == 2026 else 1.0) for d in DAYS])
W = W / W.sum()


def pick(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


def at(d: date, hour: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(hour * 3600))


def u(a, b):
    return float(rng.uniform(a, b))


# ---------- customers ----------
cust = []
reg_p = np.array([r[2] for r in REGIONS])
reg_p = reg_p / reg_p.sum()
mideast_idx = set(int(i) for i in rng.choice(N_CUST, N_MIDEAST, replace=False))
for i in range(N_CUST):
    if i in mideast_idx:
        reg_en, reg_zh, lang, nats = MIDEAST
        gt = "family"
    else:
        reg_en, reg_zh, _, lang, nats = REGIONS[int(rng.choice(len(REGIONS), p=reg_p))]
        gt = pick(GTYPES, GTYPE_P)
    kind = "cn" if reg_en == "Mainland China" else "hkt" if reg_en.startswith("Hong") else "foreign"
    age = ("18-24" if gt == "student" else
           pick(["35-44", "45-54"], [0.7, 0.3]) if gt == "family" else
           pick(["18-24", "25-34", "35-44"], [0.25, 0.6, 0.15]) if gt == "digital_nomad" else
           pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.38, 0.40, 0.12, 0.06, 0.04]))
    cust.append(dict(customer_id=f"G{i + 1:05d}", region=reg_en, region_zh=reg_zh, lang=lang, kind=kind,
                     nationality=pick(nats), gtype=gt, age_band=age, gender=pick(["F", "M"], [0.52, 0.48]),
                     device=pick(["ios", "android"], [0.62, 0.38] if kind == "foreign" else [0.45, 0.55]),
                     acq=None, first_seen=None, stays=0, nights=0, first_stay=None, last_stay=None))

events, orders, feedback, truth = [], [], [], []
ctr = dict(e=0, o=0, b=0, f=0)


def nid(k, prefix, width):
    ctr[k] += 1
    return f"{prefix}{ctr[k]:0{width}d}"


def ev(c, ts, tp, action, channel, device=None, sid=None, **extra):
    row = dict(event_id=nid("e", "EV", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=sid,
               action=action, device=device, channel=channel)
    row.update(extra)
    events.append(row)
    if c["first_seen"] is None or ts < c["first_seen"]:
        c["first_seen"] = ts
    return row


def order(c, ts, amount, status, otype, channel, device=None, **extra):
    o = dict(order_id=nid("o", "OR", 6), customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2),
             status=status, channel=channel, device=device, order_type=otype, 订单类型=ORDER_ZH[otype],
             currency="CNY")
    o.update(extra)
    orders.append(o)
    return o


# ---------- feedback text (each topic's sentences carry its own marker words and no other topic's) ----------
T = {
    "noise": {"zh": ["八人间太吵了，半夜有人回来开灯聊天，根本睡不着", "宿舍隔音很差，楼下酒吧的音乐吵到凌晨两点",
                     "同屋有人打呼噜，噪音太大一晚没睡", "晚上走廊很吵，建议给宿舍配耳塞"],
              "en": ["The dorm was so noisy, people coming in at 3am and turning the lights on",
                     "Music from the bar downstairs was loud until 2am, couldn't sleep",
                     "Terrible snoring in my room and thin walls, way too much noise", "Super loud dorm, bring earplugs"]},
    "clean": {"zh": ["床单上有头发，浴室也很脏", "房间不干净，垃圾桶一直没人倒，还有异味", "公共浴室太脏了，地上全是水和头发",
                     "人多打扫跟不上，宿舍脏乱"],
              "en": ["Sheets had hair on them and the bathroom was dirty",
                     "Room was not cleaned properly, bins overflowing and a bad smell", "Shared showers were filthy",
                     "Dirty floors and hair everywhere in the bathroom"]},
    "locker": {"zh": ["储物柜坏了，房卡刷不开，只能把背包放在床上", "柜子锁不上，贵重物品没地方放，很不放心",
                      "新换的储物柜经常打不开，找前台也要等很久"],
               "en": ["The lockers were broken, my key card wouldn't open it",
                      "Locker didn't lock so I had to sleep with my passport",
                      "Half the lockers in our dorm were out of order"]},
    "wifi": {"zh": ["wifi太慢了，开个视频会议都卡", "网速很差，远程办公基本没法做", "房间里wifi信号很弱，只能去大厅"],
             "en": ["Wifi was too slow for video calls, not great for remote work",
                    "Internet kept dropping, hard to get any work done", "Weak wi-fi in the rooms, had to work from the lobby"]},
    "hot_water": {"zh": ["洗澡没热水，冬天洗冷水澡太难受了", "热水时有时无，要等半天"],
                  "en": ["No hot water in the morning, cold showers in winter", "Hot water ran out every evening"]},
    "hard_to_find": {"zh": ["地图上的定位不对，找不到入口，拖着箱子转了一个小时", "到了楼下找不到店，电话也没人接"],
                     "en": ["Couldn't find the entrance, the map pin is in the wrong place",
                            "Could not find the hostel at night, the pin on the booking was wrong"]},
    "staff": {"zh": ["前台小哥超级热情，帮我们规划了路线", "员工都很友好，有问必答", "老板和义工都很热情，像回家一样"],
              "en": ["Staff were super friendly and helpful", "Amazing staff, they helped me plan my whole trip",
                     "The team at reception were so friendly"]},
    "location": {"zh": ["位置太好了，走路就到景点", "地段很方便，楼下就是公交站", "交通方便，出门就是美食街"],
                 "en": ["Great location, walking distance to everything", "Perfectly located, right next to the metro",
                        "Location is unbeatable"]},
    "vibe": {"zh": ["氛围很好，认识了好多来自各国的朋友", "公共区域很有氛围，晚上大家一起聊天"],
             "en": ["Great vibe, met lots of other travellers", "Really social atmosphere, easy to make friends"]},
    "activity": {"zh": ["参加了{act}，玩得很开心", "{act}很值，推荐！"],
                 "en": ["Joined the {act}, so much fun", "The {act} was the highlight of my trip"]},
    "breakfast": {"zh": ["早餐很丰盛，性价比高"], "en": ["Breakfast was good value"]},
    "ok": {"zh": ["整体还行，性价比可以", "中规中矩，住一晚没问题", "一般般吧"],
           "en": ["Decent place for the price", "It was ok, nothing special", "Fine for a night or two"]},
    "good": {"zh": ["很满意，下次还来", "住得很舒服"], "en": ["Loved it, would stay again", "Very comfortable stay"]},
    "pay_fail": {"zh": ["新版app付款一直失败，扣款了又说没成功", "安卓手机上app支付失败，试了好几次都付不了",
                        "app付不了款，最后只好去别的平台订"],
                 "en": ["Payment keeps failing in the app on my Android phone",
                        "App payment failed three times, ended up booking somewhere else"]},
    "refund_slow": {"zh": ["取消预订一周多了，退款还没到账", "退款太慢了，客服一直说平台在处理", "申请退订之后等了十几天才退款"],
                    "en": ["Cancelled over a week ago and still no refund", "Refund is taking forever, still waiting",
                           "Waited two weeks for my refund after cancelling"]},
    "refund_fast": {"zh": ["取消之后很快就退款了，点赞", "退款第二天就到账了"],
                    "en": ["Refund came back quickly after I cancelled", "Got my refund the next day, smooth"]},
}
NEG_TOPICS = {"noise", "clean", "locker", "wifi", "hot_water", "hard_to_find", "pay_fail", "refund_slow"}
TOPIC_TP = {"noise": "tp_stay", "clean": "tp_stay", "locker": "tp_checkin", "wifi": "tp_stay",
            "hot_water": "tp_stay", "hard_to_find": "tp_prearrival", "staff": "tp_checkin", "location": "tp_stay",
            "vibe": "tp_stay", "activity": "tp_activity", "breakfast": "tp_stay", "pay_fail": "tp_pay",
            "refund_slow": "tp_refund", "refund_fast": "tp_refund"}
NPS_TEXT = {"hi": {"zh": ["会推荐给朋友", "下次来还住这里", "非常推荐"], "en": ["Would recommend", "Will come back", "Highly recommend"]},
            "mid": {"zh": ["还可以", "看情况吧"], "en": ["Maybe", "It was fine"]},
            "lo": {"zh": ["不会推荐", "体验一般，不太想再来"], "en": ["Would not recommend", "Not coming back"]}}


def sentence(topic, lang, act=None):
    tpl = T[topic][lang]
    s = tpl[int(rng.integers(len(tpl)))]
    return s.format(act=(ACT[act][0] if lang == "zh" else act.replace("_", " ")) if act else "")


def add_fb(c, ts, channel, topics, rating=None, nps=None, tp=None, h=None, room=None, bid=None, text=None,
           with_customer=True, sentiment=None):
    lang = c["lang"] if c is not None else ("zh" if channel == "xiaohongshu" else "en")
    if text is None:
        parts = [sentence(t, lang, act) for t, act in topics]
        text = ("，".join(parts) + "。") if lang == "zh" else (". ".join(parts) + ".")
    names = [t for t, _ in topics]
    if tp is None:
        neg = [t for t in names if t in NEG_TOPICS]
        pos = [t for t in names if t in TOPIC_TP]
        tp = TOPIC_TP[neg[0]] if neg else TOPIC_TP[pos[0]] if pos else "tp_review"
    if sentiment is None:
        if any(t in NEG_TOPICS for t in names) and (rating is None or rating <= 3):
            sentiment = "neg"
        elif rating is not None and rating >= 4 and not any(t in NEG_TOPICS for t in names):
            sentiment = "pos"
        elif rating is None and names and all(t not in NEG_TOPICS and t != "ok" for t in names):
            sentiment = "pos"
        else:
            sentiment = "neu"
    fid = nid("f", "FB", 5)
    hh = HOSTELS[h] if h else None
    feedback.append(dict(feedback_id=fid, text=text, ts=ts,
                         customer_id=c["customer_id"] if (c is not None and with_customer) else None,
                         touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
                         hostel_id=h, hostel=hh[0] if hh else None, hostel_en=hh[1] if hh else None,
                         room_type=room, 房型=ROOMS[room][0] if room else None, booking_id=bid, language=lang,
                         sentiment_label=sentiment))
    truth.append(dict(feedback_id=fid, topics="|".join(names), sentiment=sentiment))


# ---------- one booking attempt ----------
def season_price(d: date) -> float:
    return 1.5 if in_span(d, GOLDEN_WEEK) else 1.3 if d.month in (7, 8) else 1.2 if in_span(d, SPRING_FEST) else 1.0


def choose_hostel(c, cin: date):
    w = np.array([HOSTELS[h][5] for h in HIDS])
    if cin < H7_OPEN:
        w[6] = 0.0
    if c["kind"] == "foreign":
        w = w * np.array([1.0, 0.8, 1.1, 1.2, 0.9, 1.4, 1.3])
    return HIDS[int(rng.choice(len(HIDS), p=w / w.sum()))]


def attempt(c, plat, cin: date, h: str, after: datetime | None = None):
    """simulate one booking attempt for check-in date `cin` (starting after `after` when given).

    Returns (checkout datetime, sid) when the guest stayed, (None, (last ts, payment failed)) when the attempt
    stopped before payment, (None, sid) otherwise (cancelled, no-show, too late to retry)."""
    gt = c["gtype"]
    rooms, rp = ROOM_MIX[gt]
    room = pick(rooms, rp)
    if room == "dorm_female" and c["gender"] == "M":
        room = "dorm_4"
    nights = (1 + int(rng.poisson(1.8)) if gt == "backpacker" else 1 + int(rng.poisson(1.0)) if gt == "student"
              else 3 + int(rng.poisson(7)) if gt == "digital_nomad" else 1 + int(rng.poisson(1.5)))
    if c["region"] == "Middle East":
        room, nights = "family_room", 4 + int(rng.poisson(4))
    if c["region"] == "North America" and gt != "digital_nomad":
        nights += int(rng.poisson(2.0))
    guests = (int(pick([3, 4, 5], [0.5, 0.4, 0.1])) if room == "family_room" else
              (1 if gt == "digital_nomad" and rng.random() < 0.6 else 2) if room == "private_double" else
              (1 if rng.random() < 0.8 else 2))
    hh = HOSTELS[h]
    unit = ROOMS[room][1] * hh[4] * season_price(cin)
    total = round(unit * nights * (1 if room in ("private_double", "family_room") else guests), 0)
    sid = nid("b", "BK", 6)
    base = dict(hostel_id=h, hostel=hh[0], hostel_en=hh[1], city=hh[2], 城市=hh[3], room_type=room,
                房型=ROOMS[room][0], checkin_date=cin.isoformat(), nights=nights, guests=guests)
    walk = plat == "walk_in"
    dev = None if walk else (c["device"] if plat in ("app", "meituan") else
                             pick(["ios", "android", "pc"], [0.38, 0.30, 0.32]))
    appv = None
    # ---- online steps
    if walk:
        t_pay = at(cin, u(10, 22))
        t_book = t_pay - D(minutes=u(2, 6))
        ev(c, t_book, "tp_book", "submit", "walk_in", None, sid, **base)
        pay_type = "full"
    else:
        lead = LEAD_MED[plat] * (2.2 if gt == "family" else 1.0) * (2.5 if in_span(cin, GOLDEN_WEEK) else 1.0)
        lead_days = min(90, int(rng.lognormal(np.log(lead), 0.8)))
        day0 = cin - D(lead_days)
        t0 = at(day0, u(7, 12.5) if lead_days == 0 else u(8, 23.5))
        if after is not None and t0 <= after:
            t0 = after + D(hours=u(0.3, 60))
            day0 = t0.date()
            if t0 >= at(cin, 12):
                return None, sid
        if plat == "app":
            newv = day0 >= APP_BUG[0]
            appv = "5.2.1" if not newv else "5.3.0" if day0 <= APP_BUG[1] else "5.3.1"
        ev(c, t0, "tp_listing", "view", plat, dev, sid, app_version=appv, **base)
        if rng.random() > 0.55:
            return None, (t0, False)
        t1 = t0 + D(minutes=u(1, 15))
        ev(c, t1, "tp_search", "search", plat, dev, sid, app_version=appv, **base)
        if rng.random() > SEARCH_TO_BOOK[plat]:
            return None, (t1, False)
        t_book = t1 + D(minutes=u(2, 25))
        ev(c, t_book, "tp_book", "submit", plat, dev, sid, app_version=appv, **base)
        bug = plat == "app" and appv == "5.3.0" and dev == "android"
        p_ok = 0.40 if bug else 0.93
        pay_type = ("deposit" if plat == "hostelworld" else
                    pick(["deposit", "full"], [0.5, 0.5]) if plat == "booking" else
                    pick(["deposit", "full"], [0.3, 0.7]) if plat == "meituan" else
                    pick(["deposit", "full"], [0.2, 0.8]))
        t = t_book
        fails = 0
        fail_p = 0.85 if bug else 0.05
        while rng.random() < fail_p and fails < 3:
            t = t + D(minutes=u(0.5, 3))
            fails += 1
            ev(c, t, "tp_pay_fail", "fail", plat, dev, sid, app_version=appv,
               error="PAY_SDK_TIMEOUT" if bug else pick(["CARD_DECLINED", "3DS_FAILED", "TIMEOUT"]), **base)
        ok = rng.random() < p_ok
        if fails:
            order(c, t, total * (0.15 if pay_type == "deposit" and plat == "hostelworld" else
                                 0.3 if pay_type == "deposit" else 1.0), "cancelled", "room", plat, dev,
                  payment_part=pay_type, booking_id=sid, **{k: base[k] for k in ORDER_COLS_FROM_BASE})
            if bug and rng.random() < 0.6:
                add_fb(c, t + D(minutes=u(5, 60)), "app_review", [("pay_fail", None)], rating=int(pick([1, 2], [0.7, 0.3])),
                       h=h, room=room, bid=sid)
            elif bug and rng.random() < 0.5:
                add_fb(c, t + D(minutes=u(10, 120)), "ticket", [("pay_fail", None)], h=h, room=room, bid=sid)
        if not ok:
            return None, (t, fails > 0)
        t_pay = t + D(minutes=u(0.5, 4))
    share = 0.15 if (pay_type == "deposit" and plat == "hostelworld") else 0.3 if pay_type == "deposit" else 1.0
    paid_now = round(total * share, 2)
    msg = (None if walk else "email" if plat == "hostelworld" else "app" if plat == "app" else
           "sms" if plat == "meituan" else "wechat" if c["kind"] == "cn" else "whatsapp")
    ev(c, t_pay, "tp_pay", "success", plat, dev, sid, app_version=appv, payment_type=pay_type,
       付款方式=PAY_ZH[pay_type], amount=paid_now, prearrival_channel=msg, **base)
    room_order = order(c, t_pay, paid_now, "paid", "room", plat, dev, payment_part=pay_type, booking_id=sid,
                       **{k: base[k] for k in ORDER_COLS_FROM_BASE})
    t_in_plan = at(cin, u(10.5, 13) if walk else u(14, 23.5) if c["kind"] == "foreign" else u(13, 21))
    if walk:
        t_in_plan = t_pay + D(minutes=u(3, 10))
    t_in_plan = max(t_in_plan, t_pay + D(minutes=u(30, 90)))
    # ---- pre-arrival message
    read = False
    if not walk:
        sent = max(t_pay + D(minutes=10), at(cin - D(2), 10))
        if rng.random() < READ_P[msg] and sent < t_in_plan - D(minutes=40):
            t_read = sent + D(hours=float(rng.exponential(4.0)))
            if t_read >= t_in_plan - D(minutes=30):
                t_read = sent + (t_in_plan - D(minutes=30) - sent) * u(0.1, 0.9)
            ev(c, t_read, "tp_prearrival", "read", msg, dev if msg == "app" else None, sid, **base)
            read = True
    # ---- cancellation
    if rng.random() < CANCEL_P[plat]:
        lo, hi = t_pay + D(hours=1), at(cin, 12)
        if hi > lo:
            t_c = lo + (hi - lo) * float(rng.beta(2, 1.5))
            reason = pick(["plans_changed", "found_cheaper", "travel_disrupted", "illness"], [0.5, 0.2, 0.2, 0.1])
            ev(c, t_c, "tp_cancel", "cancel", plat, dev, sid, cancel_reason=reason, **base)
            if at(cin, 14) - t_c >= D(days=2):
                days = float(rng.lognormal(np.log(REFUND_DAYS[plat]), 0.35))
                t_r = t_c + D(days=days)
                ev(c, t_r, "tp_refund", "refund", plat, None, sid, refund_amount=paid_now, **base)
                room_order["status"] = "refunded"
                room_order["refunded_at"] = t_r
                if days > 7 and rng.random() < 0.35:
                    add_fb(c, t_c + D(days=7.5 + u(0, 2)), "ticket", [("refund_slow", None)], h=h, room=room, bid=sid)
                if rng.random() < 0.35:
                    slow = days > 7
                    r = (int(pick([1, 2, 3], [0.55, 0.35, 0.10])) if slow else
                         int(pick([2, 3, 4], [0.3, 0.45, 0.25])) if days > 3 else int(pick([3, 4, 5], [0.1, 0.35, 0.55])))
                    add_fb(c, t_r + D(days=1), "cs_survey", [("refund_slow" if slow else "refund_fast", None)],
                           rating=r, h=h, room=room, bid=sid)
            return None, sid
    # ---- no-show
    p_ns = 0.02 + (0.06 if pay_type == "deposit" else 0) + (0.08 if not (read or walk) else 0)
    p_ns += 0.12 if h == "H6" else 0.30 if h == "H7" else 0.0
    if walk:
        p_ns = 0.0
    if rng.random() < p_ns:
        if h == "H7" and rng.random() < 0.4:
            add_fb(c, at(cin, u(19, 23)), "ticket", [("hard_to_find", None)], h=h, room=room, bid=sid)
        return None, sid
    # ---- stay
    t_in = t_in_plan
    ev(c, t_in, "tp_checkin", "check_in", "front_desk", None, sid, payment_type=pay_type, **base)
    if pay_type == "deposit":
        order(c, t_in + D(minutes=2), round(total - paid_now, 2), "paid", "room", "front_desk", None,
              payment_part="balance", booking_id=sid, **{k: base[k] for k in ORDER_COLS_FROM_BASE})
    for k in range(nights):
        ev(c, at(cin + D(k), 23.5), "tp_stay", "night", "front_desk", None, sid, **base)
    t_out = at(cin + D(nights), u(8.5, 12))
    # activities
    acts = []
    p_act = ACT_P[gt] * (1.2 if h in ("H3", "H6") else 1.0)
    if rng.random() < p_act:
        n_act = 1 if (nights == 1 or rng.random() < 0.75) else 2
        mix = HOSTELS[h][6]
        for k in sorted(rng.choice(nights, size=min(n_act, nights), replace=False)):
            a = pick(list(mix), list(mix.values()))
            ta = at(cin + D(int(k)), ACT[a][2] + u(0, 0.4))
            if ta <= t_in:
                ta = t_in + D(minutes=u(40, 80))
            ev(c, ta, "tp_activity", "join", "front_desk", None, sid, activity_type=a, 活动=ACT[a][0], **base)
            order(c, ta - D(minutes=u(5, 90)) if ta - D(minutes=90) > t_in else ta, ACT[a][1] * (guests if guests < 3
                  else 1), "paid", "activity", "front_desk", None, booking_id=sid, activity_type=a, 活动=ACT[a][0],
                  **{k2: base[k2] for k2 in ("hostel_id", "hostel", "hostel_en", "checkin_date")})
            acts.append(a)
    bar_p = BAR_P[gt] * (1.5 if c["region"] in ("North America", "Oceania", "Europe") else 1.0) * (2.0 if h == "H3" else 1.0) * (1.6 if c["region"] == "North America" else 1.0)
    for k in range(nights):
        if rng.random() < bar_p:
            tb = at(cin + D(k), u(20, 23.9))
            if tb > t_in:
                order(c, tb, round(u(30, 140) * (1.3 if h == "H7" else 1.0), 0), "paid", "bar", "front_desk", None,
                      booking_id=sid, **{k2: base[k2] for k2 in ("hostel_id", "hostel", "hostel_en", "checkin_date")})
        if rng.random() < (0.65 if gt == "family" else 0.28):
            order(c, at(cin + D(k + 1), u(7.5, 9.5)), 28 * (guests if gt == "family" else 1), "paid", "breakfast",
                  "front_desk", None, booking_id=sid,
                  **{k2: base[k2] for k2 in ("hostel_id", "hostel", "hostel_en", "checkin_date")})
    ev(c, t_out, "tp_checkout", "check_out", "front_desk", None, sid, **base)
    # ---- experience (drives reviews and returning)
    dorm = room.startswith("dorm")
    neg = []
    if rng.random() < ((0.50 if room == "dorm_8" else 0.22) if (h == "H3" and dorm) else 0.06 if dorm else 0.02):
        neg.append("noise")
    if rng.random() < (0.60 if (h == "H1" and in_span(cin, DALI_DIRTY)) else 0.05):
        neg.append("clean")
    if dorm and rng.random() < (0.42 if (h == "H4" and in_span(cin, LOCKER)) else 0.02):
        neg.append("locker")
    if rng.random() < (0.32 if gt == "digital_nomad" and h != "H7" else 0.03):
        neg.append("wifi")
    if rng.random() < (0.25 if (h == "H2" and cin.month in (12, 1, 2)) else 0.02):
        neg.append("hot_water")
    if h == "H7" and rng.random() < 0.25:
        neg.append("hard_to_find")
    pos = []
    if rng.random() < (0.55 if h == "H6" else 0.18):
        pos.append("staff")
    if rng.random() < (0.60 if h == "H5" else 0.45 if h == "H7" else 0.15):
        pos.append("location")
    if gt in ("backpacker", "student") and rng.random() < 0.25:
        pos.append("vibe")
    if acts and rng.random() < 0.4:
        pos.append("activity")
    if rng.random() < 0.06:
        pos.append("breakfast")
    score = 4.55 + float(rng.normal(0, 0.45)) - 1.45 * len(neg) + 0.15 * len(pos)
    rating = int(min(5, max(1, round(score))))
    if neg:
        rating = min(rating, 3)
    # review
    if rng.random() < (0.45 if plat == "app" else 0.33):
        t_rev = t_out + D(days=float(rng.lognormal(np.log(1.2), 0.8)))
        rch = {"hostelworld": "hostelworld_review", "booking": "booking_review", "meituan": "meituan_review",
               "app": "app_review"}.get(plat, "google_review" if c["kind"] == "foreign" else "dianping_review")
        ev(c, t_rev, "tp_review", "submit", rch.replace("_review", ""), None, sid, stars=rating, **base)
        topics = [(t, None) for t in neg[:2]] + [(t, acts[0] if t == "activity" else None) for t in pos[:2]]
        if not topics:
            topics = [("good", None)] if rating >= 4 else [("ok", None)]
        undated = rng.random() < {"booking_review": 0.15, "google_review": 0.30}.get(rch, 0.0)
        add_fb(c, None if undated else t_rev, rch, topics, rating=rating, h=h, room=room, bid=sid)
    # post-stay survey (NPS)
    if rng.random() < 0.18:
        nps = int(min(10, max(0, round({5: 9.3, 4: 8.0, 3: 6.0, 2: 3.5, 1: 2.0}[rating] + float(rng.normal(0, 0.9))))))
        b = "hi" if nps >= 9 else "mid" if nps >= 7 else "lo"
        tx = NPS_TEXT[b][c["lang"]]
        add_fb(c, t_out + D(days=1, hours=u(0, 8)), "survey", [], nps=nps, tp="tp_checkout", h=h, room=room,
               bid=sid, text=tx[int(rng.integers(len(tx)))], sentiment="pos" if b == "hi" else "neu" if b == "mid"
               else "neg")
    # locker tickets at Xi'an
    if "locker" in neg and rng.random() < 0.15:
        add_fb(c, t_in + D(hours=u(1, 20)), "ticket", [("locker", None)], h=h, room=room, bid=sid)
    if "hard_to_find" in neg and rng.random() < 0.3:
        add_fb(c, t_in - D(minutes=u(10, 50)), "ticket", [("hard_to_find", None)], h=h, room=room, bid=sid)
    c["stays"] += 1
    c["nights"] += nights
    c["first_stay"] = c["first_stay"] or cin
    c["last_stay"] = cin
    c["_happy"] = not neg
    c["_acts"] = bool(acts)
    return t_out, sid


ORDER_COLS_FROM_BASE = ("hostel_id", "hostel", "hostel_en", "room_type", "房型", "checkin_date", "nights")

# ---------- simulate every customer ----------
def tag_return(before):
    for e in events[before:]:
        if e["touchpoint_id"] == "tp_book":
            events.append(dict(e, event_id=nid("e", "EV", 7), ts=e["ts"] + D(seconds=2), touchpoint_id="tp_return",
                               action="return"))


first_days = rng.choice(len(DAYS), size=N_CUST, p=W)
for c, di in zip(cust, first_days):
    cin = DAYS[int(di)]
    plat = pick(PLATFORMS, PLAT_P[c["kind"]])
    c["acq"] = plat
    is_return = False
    while True:
        h = choose_hostel(c, cin)
        before = len(events)
        res, info = attempt(c, plat, cin, h)
        if res is None and isinstance(info, tuple) and rng.random() < (0.5 if info[1] else 0.35):
            # one more try a little later (after a failed payment, often on another platform)
            last_ts, pay_failed = info
            plat2 = plat
            if pay_failed and rng.random() < 0.5:
                plat2 = pick(["hostelworld", "booking"] if c["kind"] == "foreign" else ["booking", "meituan"])
            res, info = attempt(c, plat2, cin, h, after=last_ts)
        if is_return:
            tag_return(before)
        if not isinstance(res, datetime):
            break
        p_ret = RETURN_P[c["gtype"]] * (1.6 if c["_acts"] else 1.0) * (1.0 if c["_happy"] else 0.45)
        if is_return:
            p_ret = min(0.8, p_ret * 1.4)
        if rng.random() >= p_ret:
            break
        gap = 10 + float(rng.exponential(70 if c["gtype"] == "digital_nomad" else 95))
        cin = res.date() + D(int(gap))
        if cin > END:
            break
        if rng.random() < 0.45:
            plat = "app"
        elif plat == "walk_in" and rng.random() < 0.6:
            plat = pick(PLATFORMS[:4], [0.05, 0.1, 0.5, 0.35] if c["kind"] == "cn" else [0.35, 0.3, 0.0, 0.35])
        is_return = True

# ---------- social posts (小红书 / Instagram): often undated, often anonymous ----------
SOC = [("H5", "location", 0.30), ("H3", "noise", 0.16), ("H6", "staff", 0.16), ("H3", "activity", 0.10),
       ("H1", "vibe", 0.10), ("H4", "location", 0.08), ("H1", "clean", 0.05), ("H2", "ok", 0.05)]
stayers = [c for c in cust if c["stays"] > 0]
for i in range(230):
    h, topic, _ = SOC[int(rng.choice(len(SOC), p=[s[2] for s in SOC]))]
    c = stayers[int(rng.integers(len(stayers)))]
    lang = c["lang"]
    ch = "xiaohongshu" if lang == "zh" else "instagram"
    day = DAYS[int(rng.integers(len(DAYS)))]
    act = pick(list(HOSTELS[h][6])) if topic == "activity" else None
    add_fb(c, None if rng.random() < 0.6 else at(day, u(9, 23)), ch, [(topic, act)], h=h,
           with_customer=rng.random() < 0.6)

# ---------- customers: segment / tier at the end of the data ----------
for c in cust:
    tier = "gold" if (c["stays"] >= 4 or c["nights"] >= 20) else "silver" if c["stays"] >= 2 else "basic"
    c["tier"] = tier
    if c["stays"] == 0:
        seg = "prospect"
    elif tier == "gold":
        seg = "vip"
    elif c["first_stay"] >= date(2026, 4, 1):
        seg = "new"
    elif c["last_stay"] < date(2026, 1, 1):
        seg = "at_risk"
    elif c["stays"] >= 2:
        seg = "returning"
    else:
        seg = "one_time"
    c["segment"] = seg

# a few exact duplicate events re-sent by the channel manager (same event_id, loaded once)
dups = [dict(events[int(i)]) for i in rng.choice(len(events), 24, replace=False)]
events.extend(dups)
events.sort(key=lambda e: (e["ts"], e["event_id"]))
orders.sort(key=lambda o: (o["ts"], o["order_id"]))


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    return "" if v is None else v


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "touchpoints.csv", [dict(zip(["touchpoint_id", "name", "name_en", "stage", "channel", "kind",
                                              "owner", "aliases"], t), name_zh=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv", [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                                      touchpoint_id=tp, window_days=w)
                                 for j, zh, en, steps, w in JOURNEYS for i, tp in enumerate(steps, 1)],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv",
          [dict(customer_id=c["customer_id"], signup_at=c["first_seen"], segment=c["segment"], region=c["region"],
                acquisition_channel=c["acq"], tier=c["tier"], 会员等级=TIER_ZH[c["tier"]], guest_type=c["gtype"],
                客人类型=GTYPE_ZH[c["gtype"]], 国籍地区=c["region_zh"], nationality=c["nationality"],
                age_band=c["age_band"], gender=c["gender"], language=c["lang"], primary_device=c["device"])
           for c in cust],
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "会员等级", "guest_type",
           "客人类型", "国籍地区", "nationality", "age_band", "gender", "language", "primary_device"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "hostel_id", "hostel", "hostel_en", "city", "城市", "room_type", "房型", "checkin_date", "nights", "guests",
           "payment_type", "付款方式", "amount", "prearrival_channel", "app_version", "error", "cancel_reason",
           "refund_amount", "activity_type", "活动", "stars"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
           "payment_part", "booking_id", "hostel_id", "hostel", "hostel_en", "room_type", "房型", "checkin_date",
           "nights", "activity_type", "活动", "refunded_at", "currency"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "hostel_id",
           "hostel", "hostel_en", "room_type", "房型", "booking_id", "language", "sentiment_label"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topics", "sentiment"])
    print(f"customers {len(cust)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
