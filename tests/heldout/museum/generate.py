"""CityMuseums 城市博物馆群: a group of four city museums (Hangzhou) selling timed-entry tickets, annual memberships
and guided tours through a WeChat mini program and a website, 2024-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20240101
START = datetime(2024, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta
N_VISITORS = 6000
PRICE_RISE = datetime(2025, 9, 1)          # annual membership 198/398 -> 258/498
STUDENT_FREE = date(2025, 3, 1)            # students (with a student ID) get free admission from this day
RAINY_MONTH = (2025, 6)                     # plum-rain June 2025: rainy days, many refunds
ART_AUDIO = (date(2026, 1, 6), date(2026, 6, 30))   # new audio-guide devices at the Art Museum keep failing

MUSEUMS = {  # id: (zh, en, base weight)
    "NAT": ("自然博物馆", "Natural History Museum", 1.0),
    "SCI": ("科技馆", "Science and Technology Museum", 1.15),
    "ART": ("美术馆", "Art Museum", 0.6),
    "HIS": ("历史博物馆", "History Museum", 0.8),
}
MIDS = list(MUSEUMS)
PERMANENT = ("常设展", "Permanent collection")
EXHIBITIONS = [  # museum, zh, en, start, end, pull (demand multiplier of that museum while it runs), surcharge
    ("SCI", "人工智能未来展", "AI Future Lab", date(2024, 6, 1), date(2024, 9, 30), 1.45, 30),
    ("ART", "敦煌壁画艺术展", "Dunhuang Murals", date(2024, 10, 15), date(2025, 2, 28), 1.4, 30),
    ("HIS", "丝路遗珍特展", "Treasures of the Silk Road", date(2025, 3, 15), date(2025, 6, 30), 1.35, 30),
    ("NAT", "恐龙王国特展", "Kingdom of Dinosaurs", date(2025, 7, 1), date(2025, 10, 31), 3.0, 40),
    ("SCI", "深空探索展", "Deep Space Exploration", date(2025, 11, 15), date(2026, 3, 31), 1.3, 30),
    ("ART", "莫奈与印象派", "Monet and the Impressionists", date(2026, 3, 20), date(2026, 6, 30), 1.5, 40),
]
HOLIDAYS = set()
for a, b in [("2024-01-01", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
             ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
             ("2024-10-01", "2024-10-07"), ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"),
             ("2025-04-04", "2025-04-06"), ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"),
             ("2025-10-01", "2025-10-08"), ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"),
             ("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21")]:
    d0, d1 = date.fromisoformat(a), date.fromisoformat(b)
    while d0 <= d1:
        HOLIDAYS.add(d0)
        d0 += D(days=1)
GOLDEN = {d for d in HOLIDAYS if d.month == 10}
SEASON = {1: 0.8, 2: 1.0, 3: 0.8, 4: 0.9, 5: 1.0, 6: 0.85, 7: 1.45, 8: 1.5, 9: 0.8, 10: 1.1, 11: 0.8, 12: 0.75}
WEEKDAY = [0.0, 0.7, 0.7, 0.75, 0.9, 1.6, 1.5]    # closed on Mondays (except public holidays)
SLOT_HOURS = [9, 10, 11, 12, 13, 14, 15, 16]
SLOT_W = [0.1, 0.2, 0.15, 0.07, 0.12, 0.19, 0.12, 0.05]
QUEUE_MEAN = {"NAT": (8, 14), "SCI": (11, 36), "ART": (5, 8), "HIS": (7, 12)}   # (weekday, weekend/holiday)

TYPES = ["family", "student", "senior", "tourist"]
TYPE_ZH = {"family": "家庭", "student": "学生", "senior": "老人", "tourist": "外地游客"}
TYPE_P = [0.36, 0.24, 0.14, 0.26]
LOCAL_PROV = (["浙江", "上海", "江苏", "安徽"], [0.9, 0.04, 0.03, 0.03])
TOURIST_PROV = (["上海", "江苏", "广东", "北京", "安徽", "山东", "四川", "湖北", "河南", "福建", "浙江"],
                [0.24, 0.17, 0.1, 0.08, 0.08, 0.07, 0.06, 0.06, 0.05, 0.05, 0.04])
REGION = {"浙江": "华东", "上海": "华东", "江苏": "华东", "安徽": "华东", "山东": "华东", "福建": "华东",
          "广东": "华南", "北京": "华北", "河南": "华中", "湖北": "华中", "四川": "西南"}
ACQ = {
    "family": (["wechat_official", "xiaohongshu", "douyin", "friend_referral", "offline_poster"],
               [0.35, 0.2, 0.15, 0.15, 0.15]),
    "student": (["school_group", "douyin", "xiaohongshu", "wechat_official", "friend_referral"],
                [0.3, 0.25, 0.2, 0.15, 0.1]),
    "senior": (["wechat_official", "offline_poster", "friend_referral"], [0.5, 0.3, 0.2]),
    "tourist": (["ota_ctrip", "xiaohongshu", "douyin", "wechat_official"], [0.4, 0.25, 0.2, 0.15]),
}
PARTY = {"family": ([2, 3, 4, 5], [0.2, 0.45, 0.27, 0.08]), "student": ([1, 2, 3], [0.55, 0.3, 0.15]),
         "senior": ([1, 2], [0.45, 0.55]), "tourist": ([1, 2, 3, 4], [0.3, 0.45, 0.15, 0.1])}
UNIT_PRICE = {"family": 50, "student": 30, "senior": 25, "tourist": 60}
LEAD_P = {"family": 0.35, "student": 0.25, "senior": 0.45, "tourist": 0.6}   # geometric lead days (browse -> visit)
PLAN_PRICE = {"individual": (198, 258), "family": (398, 498)}

TOUCHPOINTS = [
    ("tp_social_post", "社媒种草", "Social media post", "awareness", "social", "digital", "marketing",
     "小红书|抖音|公众号|推文|种草|social media|xiaohongshu|douyin|wechat article"),
    ("tp_register", "注册小程序", "Mini-program sign-up", "consideration", "mini_program", "digital", "digital",
     "注册|新用户注册|sign up|signup|registration"),
    ("tp_exhibitions", "浏览展览", "Browse exhibitions", "consideration", "mini_program", "digital", "digital",
     "展览页|看展览|展讯|特展|展览介绍|exhibition page|what's on|browse exhibitions|exhibitions"),
    ("tp_timeslot", "选择入馆时段", "Choose time slot", "purchase", "mini_program", "digital", "digital",
     "预约时段|选时段|分时预约|入馆时段|time slot|timed entry|slot booking|reservation"),
    ("tp_ticket_pay", "购票支付", "Ticket payment", "purchase", "mini_program", "digital", "ticketing",
     "买票|购票|付款|支付|下单|ticket payment|pay|payment|checkout|buy tickets"),
    ("tp_refund", "退票退款", "Ticket refund", "service", "mini_program", "digital", "ticketing",
     "退票|退款|refund|cancel ticket|cancellation"),
    ("tp_gate_entry", "安检入馆", "Security and gate entry", "service", "store", "physical", "visitor_services",
     "入馆|进馆|安检|闸机|检票|入口|排队|entry|entrance|gate|security|admission|check-in|queue"),
    ("tp_exhibit_hall", "展厅参观", "In the galleries", "service", "store", "physical", "curatorial",
     "展厅|展品|看展|展区|galleries|gallery|exhibit hall|halls|exhibits"),
    ("tp_audio_guide", "语音导览", "Audio guide", "service", "store", "physical", "visitor_services",
     "导览|导览器|语音讲解器|audio guide|audioguide"),
    ("tp_cafe", "馆内咖啡厅", "Museum café", "service", "store", "physical", "commercial",
     "咖啡厅|餐厅|餐饮|café|cafe|coffee|food"),
    ("tp_shop", "文创商店", "Museum shop", "purchase", "store", "physical", "commercial",
     "文创|纪念品|商店|文创店|souvenir|souvenirs|gift shop|museum shop|merch"),
    ("tp_tour_page", "讲解服务页", "Guided tour page", "consideration", "mini_program", "digital", "education",
     "讲解服务|人工讲解介绍|讲解页|tour page|guided tours page"),
    ("tp_tour_book", "预约讲解", "Book guided tour", "purchase", "mini_program", "digital", "education",
     "预约讲解|订讲解|讲解预约|book a tour|tour booking|booked tour"),
    ("tp_tour_attend", "参加讲解", "Guided tour attended", "service", "store", "physical", "education",
     "讲解员|参加讲解|跟讲解|guided tour|tour guide|docent|tour attended"),
    ("tp_member_page", "年卡会员页", "Membership page", "consideration", "mini_program", "digital", "membership",
     "会员页|年卡介绍|会员权益|membership page|annual pass page|member benefits"),
    ("tp_member_buy", "购买年卡", "Buy membership", "purchase", "mini_program", "digital", "membership",
     "办年卡|开通会员|买会员|买年卡|buy membership|join membership|annual pass purchase|new member"),
    ("tp_member_renew", "年卡续费", "Membership renewal", "loyalty", "mini_program", "digital", "membership",
     "续费|续卡|年卡续费|会员续费|renew|renewal|membership renewal"),
]
JOURNEYS = [
    ("ticketing", "购票入馆", "Ticketing and entry", 14, ["tp_exhibitions", "tp_timeslot", "tp_ticket_pay", "tp_gate_entry"]),
    ("membership", "年卡会员", "Membership", 400, ["tp_member_page", "tp_member_buy", "tp_gate_entry", "tp_member_renew"]),
    ("tour", "讲解预约", "Guided tour booking", 30, ["tp_tour_page", "tp_tour_book", "tp_tour_attend"]),
]

T = {  # topic -> (zh templates, en templates); {m} minutes, {c} museum
    "security_queue": (["周末安检排了{m}分钟才进馆，太久了", "安检口只开两个通道，排队{m}分钟", "预约了时段还要排这么久的安检队，体验很差",
                        "{c}入馆排队排到门外，等了快{m}分钟"],
                       ["Waited {m} minutes at security to get in, way too long",
                        "The security queue at the {c} took {m} minutes even with a timed ticket",
                        "Long queue at the entrance security, only two lanes open"]),
    "crowded_halls": (["展厅里人挤人，根本看不清展品", "人太多了，太挤了，拍照都拍不了", "{c}展厅太拥挤，限流形同虚设",
                       "节假日人山人海，展厅挤得透不过气"],
                      ["The halls were so crowded we could barely see anything", "Far too crowded inside, they should limit numbers",
                       "Packed galleries at the {c}, felt like the subway at rush hour"]),
    "dino_praise": (["恐龙展太震撼了，霸王龙骨架超级壮观", "恐龙王国特展值回票价，互动区很有意思", "恐龙化石展做得很用心，强烈推荐"],
                    ["The dinosaur exhibition was amazing, the T. rex skeleton is huge", "Kingdom of Dinosaurs is worth every yuan",
                     "Great dinosaur exhibit, really well done"]),
    "cafe_expensive": (["馆内咖啡厅太贵了，一杯拿铁48", "咖啡厅价格离谱，一个三明治六十多", "咖啡厅东西太贵，建议允许自带水和食物"],
                       ["The café is way overpriced, 48 yuan for a latte", "Expensive café, a sandwich costs 60 yuan",
                        "Café prices are a rip-off"]),
    "audio_broken": (["语音导览机没声音，换了两台都是坏的", "租的语音导览一直死机，根本用不了", "导览器坏了，按键没反应"],
                     ["The audio guide was broken, no sound at all", "Audio guide kept freezing, had to return it",
                      "Two audio guides in a row didn't work"]),
    "kids_loved": (["孩子特别喜欢，玩了一整天都不想走", "带娃来的，小朋友超开心，互动展项很好玩", "孩子说下次还要来，寓教于乐"],
                   ["Our kids loved it, spent the whole day", "The children had a blast at the interactive zone",
                    "Kids loved the hands-on exhibits, we'll be back"]),
    "refund_rain": (["下雨天想退票，退款三天了还没到账", "因为暴雨只能退票，还扣了手续费", "梅雨天退票流程太麻烦，退款很慢"],
                    ["Wanted a refund because of the rain, still waiting for the money", "Heavy rain so we cancelled, the refund took ages",
                     "Refund process is slow and clunky"]),
    "slot_sold_out": (["周末的时段全约满了，抢不到票", "预约时段放得太少，一开放就约满", "想约假期的场次，全部约满"],
                      ["All weekend time slots were sold out", "Couldn't get a time slot, everything fully booked",
                       "Time slots sold out within minutes"]),
    "tour_great": (["讲解员讲得特别好，历史故事很生动", "跟着讲解员逛收获很大，推荐预约讲解", "讲解员很专业，一个小时过得很快"],
                   ["Our tour guide was fantastic, really brought the history to life", "Booked the guided tour, highly recommend it",
                    "The guided tour was excellent and well paced"]),
    "member_price": (["年卡从398涨到498，不续了", "年卡会员费涨价太多，性价比不高了", "年卡续费贵了一百块，考虑不续"],
                     ["Membership price went up by 100 yuan, not renewing", "The membership is too pricey after the increase",
                      "Not renewing my membership, the new price is too high"]),
    "praise_general": (["展品很丰富，布展用心，值得一来", "环境很好，很安静，适合慢慢看", "馆藏精品很多，看了一下午"],
                       ["Wonderful collection, well curated", "Beautiful building and great exhibits",
                        "Well worth a visit, spent the whole afternoon"]),
    "neutral": (["还行吧，中规中矩", "一般般，跟预期差不多", "展览一般，洗手间有点少"],
                ["It was ok", "Average, nothing special", "Fine for an hour or two"]),
}
NEG = {"security_queue", "crowded_halls", "cafe_expensive", "audio_broken", "refund_rain", "slot_sold_out", "member_price"}
POS = {"dino_praise", "kids_loved", "tour_great", "praise_general"}
TOPIC_TP = {"security_queue": "tp_gate_entry", "crowded_halls": "tp_exhibit_hall", "dino_praise": "tp_exhibit_hall",
            "cafe_expensive": "tp_cafe", "audio_broken": "tp_audio_guide", "kids_loved": "tp_exhibit_hall",
            "refund_rain": "tp_refund", "slot_sold_out": "tp_timeslot", "tour_great": "tp_tour_attend",
            "member_price": "tp_member_renew", "praise_general": "tp_exhibit_hall", "neutral": "tp_exhibit_hall"}


def iso(t) -> str:
    return "" if t is None else t.strftime("%Y-%m-%dT%H:%M:%S")


def running(mid: str, d: date):
    for e in EXHIBITIONS:
        if e[0] == mid and e[3] <= d <= e[4]:
            return e
    return None


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers = [], [], [], []
    cnt = {"ev": 0, "sess": 0, "ord": 0, "prior": 0}

    def pick(opts, p):
        return opts[int(rng.choice(len(opts), p=np.array(p) / sum(p)))]

    def new_sess():
        cnt["sess"] += 1
        return f"S{cnt['sess']:06d}"

    def new_oid():
        cnt["ord"] += 1
        return f"O{cnt['ord']:07d}"

    def ev(cid, ts, tp, action, device, channel, sess, mid="", exh=None, queue="", slot="", party="", oid=""):
        cnt["ev"] += 1
        m = MUSEUMS[mid] if mid else ("", "")
        events.append([f"E{cnt['ev']:07d}", cid, iso(ts), tp, action, device, channel, sess, m[0], m[1],
                       exh[0] if exh else "", exh[1] if exh else "", queue, slot, party, oid])

    def order(oid, cid, ts, amount, status, channel, device, product, mid="", exh=None, visit="", slot="", party="",
              ttype="", plan="", maction="", refund="", cancel=""):
        m = MUSEUMS[mid] if mid else ("", "")
        orders.append([oid, cid, iso(ts), amount, status, channel, device, product, m[0], m[1],
                       exh[0] if exh else "", exh[1] if exh else "", visit, slot, party, ttype, plan, maction,
                       refund, cancel])

    def fb(cid, ts, topic, lang, channel, mid="", rating=None, nps=None, vtype="", m=0):
        tpls = T[topic][1 if lang == "en" else 0]
        tpl = tpls[int(rng.integers(len(tpls)))]
        mname = (MUSEUMS[mid][1] if lang == "en" else MUSEUMS[mid][0]) if mid else ("museum" if lang == "en" else "博物馆")
        text = tpl.format(m=m if m >= 20 else int(rng.integers(25, 45)), c=mname)
        sent = "neg" if topic in NEG else "pos" if topic in POS else "neu"
        ma = MUSEUMS[mid] if mid else ("", "")
        feedback.append([f"FB{len(feedback) + 1:05d}", text, iso(ts), cid, TOPIC_TP[topic], channel,
                         "" if rating is None else int(rating), "" if nps is None else int(nps), ma[0], ma[1], lang,
                         vtype, topic, sent])

    def rating_for(topic):
        if topic in NEG:
            return int(rng.choice([1, 2, 3], p=[0.3, 0.45, 0.25]))
        if topic in POS:
            return int(rng.choice([4, 5], p=[0.35, 0.65]))
        return int(rng.choice([3, 4], p=[0.6, 0.4]))

    def nps_for(r):
        return int(np.clip(round(r * 2 + rng.normal(-0.4, 1.3)), 0, 10))

    # ---- calendar
    days = []
    d = START.date()
    while d <= END.date():
        days.append(d)
        d += D(days=1)
    rainy = {d for d in days if (d.year, d.month) == RAINY_MONTH and rng.random() < 0.6}
    rainy |= {d for d in days if (d.year, d.month) != RAINY_MONTH and d.month in (4, 5, 6, 9) and rng.random() < 0.12}

    def museum_w(d):
        ws = []
        for mid in MIDS:
            e = running(mid, d)
            ws.append(MUSEUMS[mid][2] * (e[5] if e else 1.0))
        return np.array(ws)

    def day_w(d):
        if d.weekday() == 0 and d not in HOLIDAYS:
            return 0.0
        wd = WEEKDAY[d.weekday()] if d not in HOLIDAYS else 1.6
        h = 2.2 if d in GOLDEN else 1.5 if d in HOLIDAYS else 1.0
        return SEASON[d.month] * wd * h * museum_w(d).sum() / 3.55

    days_arr = np.array(days)
    W = np.array([day_w(d) if d >= date(2024, 1, 10) else 0.0 for d in days])
    CW = np.cumsum(W) / W.sum()

    def type_accept(vt, d):
        wkend = d.weekday() >= 5 or d in HOLIDAYS
        summer = d.month in (1, 2, 7, 8)
        if vt == "senior":
            return 0.45 if wkend else 1.0
        if vt == "student":
            return 1.0 if (wkend or summer) else 0.35
        if vt == "tourist":
            return 1.0 if (d in HOLIDAYS or d.month in (7, 8)) else 0.6
        return 1.0 if (wkend or d.month in (7, 8)) else 0.45

    def sample_day(vt, lo=None, hi=None):
        a = 0 if lo is None else int(np.searchsorted(days_arr, lo))
        b = len(days) if hi is None else int(np.searchsorted(days_arr, hi))
        if b <= a or W[a:b].sum() == 0:
            return None
        c0 = CW[a - 1] if a > 0 else 0.0
        i = a
        for _ in range(60):
            i = int(np.searchsorted(CW, c0 + rng.random() * (CW[b - 1] - c0)))
            i = min(max(i, a), b - 1)
            if W[i] > 0 and rng.random() < type_accept(vt, days[i]):
                return days[i]
        return days[i] if W[i] > 0 else None

    def queue_minutes(mid, d, hour, member=False):
        wkend = d.weekday() >= 5 or d in HOLIDAYS
        mean = QUEUE_MEAN[mid][1 if wkend else 0]
        e = running(mid, d)
        if e and e[0] == "NAT":      # dinosaur show crowds
            mean *= 1.6
        if d in GOLDEN:
            mean += 10
        if hour in (10, 14):
            mean *= 1.15
        if member:
            mean *= 0.7
        return int(round(rng.gamma(5.0, mean / 5.0)))

    def at(d, hour):
        return datetime.combine(d, datetime.min.time()) + D(hours=hour, minutes=float(rng.uniform(0, 55)))

    def choose_museum(vd):
        w = museum_w(vd)
        return MIDS[int(rng.choice(4, p=w / w.sum()))]

    def choose_topic(vt, mid, e, vd, q, audio_bad, toured):
        dino = e is not None and e[0] == "NAT"
        if q >= 25 and rng.random() < 0.55:
            return "security_queue"
        if audio_bad and rng.random() < 0.6:
            return "audio_broken"
        if (dino or vd in GOLDEN) and rng.random() < 0.3:
            return "crowded_halls"
        if dino and rng.random() < 0.4:
            return "dino_praise"
        if toured and rng.random() < 0.4:
            return "tour_great"
        if vt == "family" and rng.random() < 0.3:
            return "kids_loved"
        r = rng.random()
        if r < 0.07:
            return "cafe_expensive"
        if r < 0.11:
            return "crowded_halls"
        if r < 0.13:
            return "audio_broken"
        return "praise_general" if rng.random() < 0.6 else "neutral"

    def post_visit(cid, vt, lang, mid, exh, e, vd, et, q, party, tour_oid, member=False):
        audio_bad = False
        p_audio = (0.35 if mid == "ART" else 0.15) + (0.15 if vt == "tourist" else 0.0)
        if rng.random() < p_audio:
            ev(cid, et + D(minutes=float(rng.uniform(2, 10))), "tp_audio_guide", "rent", "", "onsite", "", mid, exh)
            audio_bad = (mid == "ART" and ART_AUDIO[0] <= vd <= ART_AUDIO[1] and rng.random() < 0.55) or rng.random() < 0.03
            if audio_bad and rng.random() < 0.35:
                fb(cid, et + D(hours=float(rng.uniform(1, 6))), "audio_broken", lang, "mini_program_review", mid,
                   rating_for("audio_broken"), vtype=vt)
        toured = False
        if tour_oid and rng.random() < 0.88:
            ev(cid, et + D(minutes=float(rng.uniform(10, 40))), "tp_tour_attend", "attend", "", "onsite", "", mid,
               party=party, oid=tour_oid)
            toured = True
        if rng.random() < (0.2 if vt == "family" else 0.13):
            st = et + D(minutes=float(rng.uniform(60, 200)))
            soid = new_oid()
            ev(cid, st, "tp_shop", "purchase", "", "onsite", "", mid, oid=soid)
            order(soid, cid, st, int(round(rng.lognormal(4.3, 0.55))), "paid", "onsite", "", "souvenir", mid)
        if rng.random() < (0.08 if member else 0.16):
            topic = choose_topic(vt, mid, e, vd, q, audio_bad, toured)
            r = rating_for(topic)
            fb(cid, et + D(hours=float(rng.uniform(3, 48))), topic, lang, "post_visit_survey", mid, r,
               nps_for(r) if rng.random() < 0.5 else None, vtype=vt, m=q)
        if vt == "tourist" and rng.random() < 0.08:
            topic = choose_topic(vt, mid, e, vd, q, audio_bad, toured)
            ts = et + D(days=float(rng.uniform(0.5, 10))) if rng.random() < 0.85 else None
            fb(cid, ts, topic, lang, "ota_review", mid, rating_for(topic), vtype=vt, m=q)

    # ---- visitors
    for vi in range(N_VISITORS):
        cid = f"V{vi + 1:05d}"
        vt = TYPES[int(rng.choice(4, p=TYPE_P))]
        prov = pick(*TOURIST_PROV) if vt == "tourist" else pick(*LOCAL_PROV)
        acq = pick(*ACQ[vt])
        web = rng.random() < (0.35 if vt == "tourist" else 0.15)
        pchan = "web" if web else "mini_program"
        pdev = "pc" if web else ("ios" if rng.random() < 0.45 else "android")
        lang = "en" if rng.random() < (0.45 if vt == "tourist" else 0.08) else "zh"
        old = rng.random() < 0.28
        signup = datetime(2021, 6, 1) + D(days=float(rng.uniform(0, 940))) if old else None
        n_trips = {"family": 1 + rng.poisson(1.3), "student": 1 + rng.poisson(1.0), "senior": 1 + rng.poisson(1.2),
                   "tourist": 1 + int(rng.random() < 0.1)}[vt]
        trips = sorted(d for d in (sample_day(vt) for _ in range(n_trips)) if d is not None)
        plan = "family" if vt == "family" else "individual"
        intervals: list[list] = []     # [start, end, membership page ts when the membership was bought in the data]
        last_entry = None
        first_browse = None

        def active(t):
            return any(iv[0] <= t < iv[1] for iv in intervals)

        def cycle(start, exp, origin):
            uses = origin is None or rng.random() < 0.95     # a few new members never use their pass
            intervals.append([start, exp, origin, uses])
            while True:
                r_t = exp - D(days=float(rng.uniform(-8, 25)))     # renew from 25 days before to 8 days after expiry
                if r_t > END:
                    return
                after = r_t >= PRICE_RISE
                if after and rng.random() < 0.12:
                    fb(cid, r_t + D(hours=float(rng.uniform(1, 48))), "member_price", lang, "mini_program_review",
                       rating=rating_for("member_price"), vtype=vt)
                if rng.random() >= ((0.40 if after else 0.68) if uses else 0.05):
                    return
                oid = new_oid()
                ev(cid, r_t, "tp_member_renew", "renew", pdev, pchan, new_sess(), oid=oid)
                order(oid, cid, r_t, PLAN_PRICE[plan][1 if after else 0], "paid", pchan, pdev, "membership",
                      plan=plan, maction="renewal")
                intervals.append([exp, exp + D(days=365), None, True])
                uses = True
                exp = exp + D(days=365)

        def buy(cid_, bt, page_t, sess):
            moid = new_oid()
            ev(cid_, bt, "tp_member_buy", "purchase", pdev, pchan, sess, oid=moid)
            order(moid, cid_, bt, PLAN_PRICE[plan][1 if bt >= PRICE_RISE else 0], "paid", pchan, pdev, "membership",
                  plan=plan, maction="new")
            cycle(bt, bt + D(days=365), page_t)

        if old and vt in ("family", "senior") and rng.random() < 0.4:      # members since before 2024
            cnt["prior"] += 1
            cycle(START - D(days=300), START + D(days=float(rng.uniform(30, 366))), None)

        for vd in trips:
            if active(datetime.combine(vd, datetime.min.time()) + D(hours=12)):
                continue          # members come in with their pass (member visits are generated below)
            mid = choose_museum(vd)
            e = running(mid, vd)
            exh = PERMANENT
            if e and rng.random() < (0.85 if e[0] == "NAT" else 0.6):
                exh = (e[1], e[2])
            lead = min(int(rng.geometric(LEAD_P[vt])) - 1, 12)
            bdate = vd - D(days=lead)
            t0 = datetime.combine(bdate, datetime.min.time()) + D(hours=float(rng.uniform(7.5, 23.5)))
            if lead == 0:
                t0 = datetime.combine(bdate, datetime.min.time()) + D(hours=float(rng.uniform(7, 8.8)))
            if t0 < START:
                continue
            sess = new_sess()
            if first_browse is None:
                first_browse = t0
                if not old:
                    signup = t0 - D(minutes=float(rng.uniform(1, 20)))
                    ev(cid, signup, "tp_register", "submit", pdev, pchan, sess)
            if rng.random() < 0.18:
                ev(cid, t0 - D(hours=float(rng.uniform(1, 72))), "tp_social_post", "view", pdev, "social", sess,
                   mid, exh if exh != PERMANENT else None)
            ev(cid, t0, "tp_exhibitions", "view", pdev, pchan, sess, mid, exh)
            if rng.random() < 0.03 and vt in ("family", "senior"):
                tm = t0 + D(minutes=float(rng.uniform(2, 10)))
                ev(cid, tm, "tp_member_page", "view", pdev, pchan, sess)
                if rng.random() < 0.25:
                    buy(cid, tm + D(hours=float(rng.uniform(0.1, 60))), tm, sess)
                    continue
            free_student = vt == "student" and vd >= STUDENT_FREE
            p_slot = {"family": 0.72, "student": 0.62, "senior": 0.74, "tourist": 0.76}[vt]
            p_pay = {"family": 0.78, "student": 0.66, "senior": 0.8, "tourist": 0.82}[vt]
            if free_student:
                p_slot, p_pay = 0.86, 0.96
            if acq == "douyin":
                p_slot *= 0.72
            crowded_day = vd in GOLDEN or (e is not None and e[0] == "NAT" and (vd.weekday() >= 5 or vd in HOLIDAYS))
            if crowded_day:
                p_slot *= 0.85
            party = int(pick(*PARTY[vt]))
            slot = int(pick(SLOT_HOURS, SLOT_W))
            t1 = t0 + D(minutes=float(rng.uniform(1, 8)))
            if rng.random() >= p_slot:
                if crowded_day and rng.random() < 0.08:
                    fb(cid, t1, "slot_sold_out", lang, "mini_program_review", mid, rating_for("slot_sold_out"), vtype=vt)
                continue
            ev(cid, t1, "tp_timeslot", "select", pdev, pchan, sess, mid, exh, slot=slot, party=party)
            t2 = t1 + D(minutes=float(rng.uniform(1, 6)))
            unit = 0 if free_student else UNIT_PRICE[vt]
            if exh != PERMANENT and not free_student:
                unit += e[6]
            amount = unit * party
            ttype = "student_free" if free_student else {"family": "standard", "student": "student",
                                                         "senior": "senior", "tourist": "standard"}[vt]
            if rng.random() >= p_pay:
                if rng.random() < 0.5:
                    order(new_oid(), cid, t2, amount, "cancelled", pchan, pdev, "ticket", mid, exh, vd.isoformat(),
                          slot, party, ttype, cancel="unpaid_timeout")
                continue
            oid = new_oid()
            ev(cid, t2, "tp_ticket_pay", "pay", pdev, pchan, sess, mid, exh, slot=slot, party=party, oid=oid)
            p_ref = 0.03
            if (vd.year, vd.month) == RAINY_MONTH:
                p_ref = 0.32 if vd in rainy else 0.06
            elif vd in rainy:
                p_ref = 0.06
            if rng.random() < p_ref:
                day0 = datetime.combine(vd, datetime.min.time())
                rt = max(t2 + D(minutes=20), day0 + D(hours=float(rng.uniform(-14, slot - 1))))
                reason = "weather" if vd in rainy else pick(["change_of_plans", "illness", "wrong_date"], [0.6, 0.2, 0.2])
                ev(cid, rt, "tp_refund", "refund", pdev, pchan, sess, mid, exh, oid=oid)
                order(oid, cid, t2, amount, "refunded", pchan, pdev, "ticket", mid, exh, vd.isoformat(), slot, party,
                      ttype, refund=reason)
                if reason == "weather" and rng.random() < 0.22:
                    fb(cid, rt + D(hours=float(rng.uniform(2, 70))), "refund_rain", lang,
                       "hotline" if rng.random() < 0.4 else "mini_program_review", mid, rating_for("refund_rain"), vtype=vt)
                continue
            order(oid, cid, t2, amount, "paid", pchan, pdev, "ticket", mid, exh, vd.isoformat(), slot, party, ttype)
            p_tour = (0.2 if vt == "tourist" else 0.09) * (3.0 if mid == "HIS" else 1.0)
            tour_oid = None
            if rng.random() < p_tour:
                gap = datetime.combine(vd, datetime.min.time()) + D(hours=slot - 1) - t2
                tp_t = t2 + max(gap, D(minutes=5)) * float(rng.uniform(0.05, 0.9))
                ev(cid, tp_t, "tp_tour_page", "view", pdev, pchan, sess, mid)
                if rng.random() < 0.5:
                    bt = tp_t + D(minutes=float(rng.uniform(2, 30)))
                    tour_oid = new_oid()
                    ev(cid, bt, "tp_tour_book", "book", pdev, pchan, sess, mid, party=party, oid=tour_oid)
                    order(tour_oid, cid, bt, (40 if mid == "HIS" else 30) * party, "paid", pchan, pdev, "tour", mid, None, vd.isoformat(), slot,
                          party)
            if rng.random() < (0.08 if free_student else 0.04):
                continue                                   # no-show
            et = at(vd, slot)
            q = queue_minutes(mid, vd, slot)
            ev(cid, et, "tp_gate_entry", "ticket", "", "onsite", sess, mid, exh, queue=q, slot=slot, party=party, oid=oid)
            last_entry = et
            post_visit(cid, vt, lang, mid, exh, e, vd, et, q, party, tour_oid)
            if not active(et) and rng.random() < {"family": 0.3, "senior": 0.26, "student": 0.05, "tourist": 0.01}[vt]:
                pt = et + D(hours=float(rng.uniform(3, 72)))
                if pt < END:
                    s2 = new_sess()
                    ev(cid, pt, "tp_member_page", "view", pdev, pchan, s2)
                    if rng.random() < (0.5 if pt < PRICE_RISE else 0.4):
                        bt = pt + D(hours=float(rng.uniform(0.05, 96)))
                        if bt < END:
                            buy(cid, bt, pt, s2)
        # ---- member visits in every active interval
        rate = {"family": 7.0, "senior": 8.0, "student": 4.0, "tourist": 2.0}[vt]
        for a, b, origin, uses in intervals:
            a2, b2 = max(a, START), min(b, END)
            if b2 <= a2:
                continue
            vdays = []
            if origin is not None and uses:          # first visit after buying
                fd = (a + D(days=float(rng.gamma(2.0, 9.0)))).date()
                while fd.weekday() == 0 and fd not in HOLIDAYS:
                    fd += D(days=1)
                if datetime.combine(fd, datetime.min.time()) + D(hours=17) < b2:
                    vdays.append(fd)
            n = rng.poisson(rate * (b2 - a2).days / 365.0)
            lo = (vdays[0] + D(days=1)) if vdays else (a2.date() + D(days=1))
            for _ in range(n if uses else 0):
                dd = sample_day(vt, lo, b2.date())
                if dd is not None:
                    vdays.append(dd)
            for vd in sorted(vdays):
                mid = choose_museum(vd)
                e = running(mid, vd)
                exh = (e[1], e[2]) if e and rng.random() < 0.7 else PERMANENT
                slot = int(pick(SLOT_HOURS, SLOT_W))
                et = at(vd, slot)
                if et <= a or et > END:
                    continue
                party = (3 if rng.random() < 0.6 else 2) if plan == "family" else 1
                q = queue_minutes(mid, vd, slot, member=True)
                ev(cid, et, "tp_gate_entry", "member_pass", "", "onsite", new_sess(), mid, exh, queue=q, slot=slot,
                   party=party)
                last_entry = et if last_entry is None or et > last_entry else last_entry
                post_visit(cid, vt, lang, mid, exh, e, vd, et, q, party, None, member=True)
        if signup is None:     # an account that never browsed inside the data
            signup = datetime(2023, 1, 1) + D(days=float(rng.uniform(0, 360)))
        is_member = any(iv[0] <= END < iv[1] for iv in intervals)
        if signup >= END - D(days=90):
            seg = "new"
        elif last_entry is not None and (END - last_entry).days <= 180:
            seg = "active"
        elif last_entry is None:
            seg = "browser"
        else:
            seg = "lapsed"
        customers.append([cid, iso(signup), seg, REGION[prov], acq, plan if is_member else "none", vt, TYPE_ZH[vt],
                          prov, "yes" if is_member else "no", pdev, pchan, lang])

    # ---- social posts: no timestamp, no customer
    social = ["crowded_halls", "security_queue", "dino_praise", "cafe_expensive", "kids_loved", "praise_general",
              "security_queue", "neutral", "member_price"]
    for _ in range(130):
        topic = social[int(rng.integers(len(social)))]
        lang = "en" if rng.random() < 0.25 else "zh"
        mid = "NAT" if topic == "dino_praise" else ("SCI" if topic == "security_queue" and rng.random() < 0.7
                                                    else MIDS[int(rng.integers(4))])
        fb("", None, topic, lang, "social", "" if topic == "member_price" else mid)

    # ---- a few duplicated deliveries of gate scans (same event_id, same content)
    gate = [e for e in events if e[3] == "tp_gate_entry"]
    dup_idx = rng.choice(len(gate), size=len(gate) // 250, replace=False)
    events.extend(list(gate[int(i)]) for i in dup_idx)

    def write(name, header, rows):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)

    endiso = iso(END)
    write("touchpoints", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[t[0], t[1], t[1], t[2], t[3], t[4], t[5], t[6], t[7]] for t in TOUCHPOINTS])
    write("journeys", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                       "window_days"],
          [[j[0], j[1], j[1], j[2], k + 1, tp, j[3]] for j in JOURNEYS for k, tp in enumerate(j[4])])
    write("customers", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "visitor_type",
                        "游客类型", "home_province", "member", "primary_device", "primary_channel", "language"], customers)
    events = [e for e in events if iso(START) <= e[2] <= endiso]
    events.sort(key=lambda r: (r[2], r[0]))
    write("events", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
                     "museum", "museum_en", "exhibition", "exhibition_en", "queue_minutes", "slot_hour", "party_size",
                     "order_id"], events)
    orders = [o for o in orders if iso(START) <= o[2] <= endiso]
    orders.sort(key=lambda r: (r[2], r[0]))
    write("orders", ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "product", "museum",
                     "museum_en", "exhibition", "exhibition_en", "visit_date", "slot_hour", "party_size", "ticket_type",
                     "membership_plan", "membership_action", "refund_reason", "cancel_reason"], orders)
    feedback = [f for f in feedback if f[2] == "" or iso(START) <= f[2] <= endiso]
    write("feedback", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                       "museum", "museum_en", "language", "visitor_type", "topic", "sentiment_label"], feedback)
    print(f"visitors {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"prior members {cnt['prior']}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
