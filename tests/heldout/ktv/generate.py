"""唱吧量贩 SingBox: a karaoke (KTV, 量贩式) chain with 25 venues in 广州, 深圳, 长沙 and 成都. Guests find a venue on
美团/大众点评 or the WeChat mini-program (or just walk in), pick a room size and time slot, pay a deposit or the full
room fee, check in at the front desk, the room is opened (开台), they order snacks/drinks in the room by QR code,
extend the session (续钟), check out and pay the balance, and may review. Members top up stored value; coupons are
claimed on 美团/抖音. Data covers 2024-10-01 .. 2026-07-31 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260715
START = datetime(2024, 10, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
PRE = datetime(2023, 5, 1)
N = 3000
D = timedelta
M = lambda x: timedelta(minutes=float(x))  # noqa: E731

CITIES = {"Guangzhou": ("广州", "华南", 0.28), "Shenzhen": ("深圳", "华南", 0.30), "Changsha": ("长沙", "华中", 0.20),
          "Chengdu": ("成都", "西南", 0.22)}
# venue_id, zh name, en name, city, weight
VENUES = [
    ("V01", "广州天河城店", "Guangzhou Tianhe City", "Guangzhou", 1.2),
    ("V02", "广州北京路店", "Guangzhou Beijing Road", "Guangzhou", 1.0),
    ("V03", "广州天河体育中心店", "Guangzhou Tianhe Sports Center", "Guangzhou", 1.0),
    ("V04", "广州番禺万达店", "Guangzhou Panyu Wanda", "Guangzhou", 0.8),
    ("V05", "广州白云万达店", "Guangzhou Baiyun Wanda", "Guangzhou", 0.8),
    ("V06", "广州珠江新城店", "Guangzhou Zhujiang New Town", "Guangzhou", 0.9),
    ("V07", "深圳南山海岸城店", "Shenzhen Nanshan Coastal City", "Shenzhen", 1.3),
    ("V08", "深圳福田COCO Park店", "Shenzhen Futian COCO Park", "Shenzhen", 1.1),
    ("V09", "深圳罗湖东门店", "Shenzhen Luohu Dongmen", "Shenzhen", 0.9),
    ("V10", "深圳宝安壹方城店", "Shenzhen Bao'an Uniwalk", "Shenzhen", 0.9),
    ("V11", "深圳龙华壹方天地店", "Shenzhen Longhua Uniworld", "Shenzhen", 0.8),
    ("V12", "深圳南山科技园店", "Shenzhen Nanshan Science Park", "Shenzhen", 1.0),
    ("V13", "深圳龙岗万科广场店", "Shenzhen Longgang Vanke Plaza", "Shenzhen", 0.8),
    ("V14", "长沙黄兴路步行街店", "Changsha Huangxing Road", "Changsha", 1.1),
    ("V15", "长沙五一广场店", "Changsha Wuyi Square", "Changsha", 1.2),
    ("V16", "长沙梅溪湖店", "Changsha Meixi Lake", "Changsha", 0.8),
    ("V17", "长沙河西万达店", "Changsha Hexi Wanda", "Changsha", 0.8),
    ("V18", "长沙德思勤店", "Changsha Desiqin", "Changsha", 0.7),
    ("V19", "成都春熙路店", "Chengdu Chunxi Road", "Chengdu", 1.2),
    ("V20", "成都太古里店", "Chengdu Taikoo Li", "Chengdu", 1.1),
    ("V21", "成都建设路店", "Chengdu Jianshe Road", "Chengdu", 0.9),
    ("V22", "成都高新店", "Chengdu Hi-Tech Zone", "Chengdu", 0.9),
    ("V23", "成都双流店", "Chengdu Shuangliu", "Chengdu", 0.7),
    ("V24", "成都金牛万达店", "Chengdu Jinniu Wanda", "Chengdu", 0.8),
    ("V25", "成都天府新区店", "Chengdu Tianfu New Area", "Chengdu", 0.8),
]
VEN = {v[0]: v for v in VENUES}
V25_OPEN = datetime(2026, 5, 1)          # newest venue: few bookings, many no-shows (small-group trap)
WAIT_VENUE = "V07"                       # booked guests still wait for a room on Fri/Sat evenings
SOUND_VENUE = "V15"                      # sound system faults 2025-11-01 .. 2026-03-31
SOUND_FROM, SOUND_TO = datetime(2025, 11, 1), datetime(2026, 4, 1)
DIRTY_VENUE = "V03"                      # cleaning crew cut: rooms not clean
NOSHOW_VENUE = "V12"                     # many paid bookings never show up
PRICE_HIKE = datetime(2025, 9, 1)        # snacks & drinks +25 %: fewer rooms order
PAY_BUG = datetime(2026, 4, 1)           # mini-program 3.2: payments fail on Android
TOPUP_PROMO = (datetime(2025, 12, 1), datetime(2025, 12, 31, 23, 59))   # 双12 充1000送300

SIZES = {"S": ("小包", 38.0, 0.9), "M": ("中包", 58.0, 1.0), "L": ("大包", 88.0, 1.5), "party": ("派对房", 168.0, 2.6)}
SIZE_W = {"S": 0.36, "M": 0.34, "L": 0.20, "party": 0.10}
DAYPARTS = {"afternoon": ("下午场", 1.0), "evening": ("黄金场", 2.2), "late_night": ("深夜场", 1.6)}
LEVELS = {"regular": ("普通会员", 0.55, 0.30), "silver": ("银卡会员", 0.25, 0.55), "gold": ("金卡会员", 0.14, 0.95),
          "black": ("黑金会员", 0.06, 1.5)}
AGES = {"18-24": ("18-24岁", 0.30), "25-34": ("25-34岁", 0.40), "35-44": ("35-44岁", 0.20), "45+": ("45岁以上", 0.10)}
FIRST = {"meituan": ("美团/大众点评", 0.40), "wechat_mini_program": ("微信小程序", 0.28), "walk_in": ("到店散客", 0.17),
         "douyin": ("抖音", 0.15)}
BOOK_CH = {"meituan": "美团/大众点评", "mini_program": "微信小程序", "walk_in": "到店"}

TOUCHPOINTS = [
    ("tp_coupon_claim", "领取优惠券", "Coupon claimed", "awareness", "social", "digital", "marketing",
     "领券|优惠券|团购券|代金券|抖音券|美团券|coupon|voucher|deal"),
    ("tp_browse_venue", "浏览门店", "Venue page viewed", "consideration", "app", "digital", "growth",
     "看门店|浏览|门店详情|找店|browse|venue page|store page|view venue"),
    ("tp_choose_room", "选择包厢与时段", "Room & time slot chosen", "consideration", "app", "digital", "growth",
     "选包厢|选房|选时段|订房页|choose room|room selection|pick a slot|time slot"),
    ("tp_pay_booking", "支付订房", "Booking paid", "purchase", "app", "digital", "payments",
     "付定金|支付定金|付全款|订房支付|下单|预订|订包厢|deposit|pay booking|booking payment|booked|reservation"),
    ("tp_checkin", "到店签到", "Front-desk check-in", "service", "store", "physical", "store_ops",
     "签到|到店|前台|核销|报到|check-in|check in|arrival|front desk"),
    ("tp_session_start", "开台开唱", "Room opened", "service", "store", "physical", "store_ops",
     "开台|开房|开唱|进包厢|入座|room opened|session start|start singing|get the room"),
    ("tp_order_fnb", "包厢点单", "In-room food & drink order", "service", "mini_program", "digital", "fnb",
     "点单|点酒水|点小吃|扫码点单|酒水|零食|果盘|food and drink|snacks|drinks|F&B|order in room"),
    ("tp_extend", "续钟", "Session extended", "service", "store", "physical", "store_ops",
     "续钟|续时|加钟|延时|extend|extension|extra hour|overtime"),
    ("tp_checkout", "离店结账", "Checkout & balance paid", "purchase", "store", "physical", "store_ops",
     "结账|买单|离店|补尾款|付尾款|checkout|check out|pay the balance|bill"),
    ("tp_review", "评价", "Review", "loyalty", "app", "digital", "quality",
     "评价|点评|打分|写评价|review|rating|rate|stars"),
    ("tp_topup", "会员充值", "Member top-up", "loyalty", "mini_program", "digital", "membership",
     "充值|储值|充卡|会员卡|top up|top-up|recharge|stored value"),
]
JOURNEYS = [
    ("online_booking", "线上订房到店", "Online booking to arrival", 7,
     ["tp_browse_venue", "tp_choose_room", "tp_pay_booking", "tp_checkin"]),
    ("in_venue", "到店开唱结账", "In-venue visit", 1, ["tp_checkin", "tp_session_start", "tp_checkout"]),
    ("coupon_redeem", "领券下单", "Coupon to booking", 14, ["tp_coupon_claim", "tp_pay_booking"]),
]

ZH = {
    "sound": ["音响坏了，唱了一晚上破音", "话筒一直没声音，换了两次麦克风还是不行", "音响滋滋响，根本没法唱",
              "麦克风断断续续，体验很差", "包厢音响有杂音，低音全是破音", "话筒没电又没人来换，音响也不行"],
    "dirty": ["包厢不干净，桌上还有上一波客人的垃圾", "房间有很重的烟味和异味", "沙发很脏，有酒渍",
              "厕所没打扫，地上湿漉漉的", "包厢卫生太差了，不干净", "进去一股异味，杯子也不干净"],
    "wait": ["明明提前订了包厢，到了还要排队等了半个小时", "订了还要等，前台说房间没收拾好，干等四十分钟",
             "预订了还在大堂排队，等了快一个小时才开台", "到店签到后又等了二十多分钟才进包厢",
             "提前付了定金还是要排队，等了很久", "订了房到店还要干等，朋友都走了两个"],
    "price": ["酒水太贵了，一瓶啤酒比外面贵三倍", "小吃价格涨了，果盘好贵", "零食太贵，性价比很低",
              "酒水价格离谱，下次自己带", "点单的价格比上次又涨价了", "小吃偏贵，量还少"],
    "atmosphere": ["氛围很好，灯光音效都很赞", "派对房气氛超棒，朋友生日玩得很嗨", "包厢装修好看，氛围感拉满",
                   "气氛很好，适合聚会", "氛围不错，下次还来"],
    "staff": ["服务员很热情，主动帮忙调音", "前台小姐姐态度好，还送了果盘", "服务员态度好，响应快",
              "店员服务周到，点赞"],
    "songs": ["曲库更新太慢，新歌搜不到", "歌太少了，想唱的都没有", "曲库一般，老歌多新歌少"],
    "booking": ["小程序订房很方便，到店直接开台", "美团预订很顺利，核销很快", "线上订包厢省事，推荐"],
    "payfail": ["小程序付款一直支付失败，安卓手机付不了", "订房时支付失败好几次，只能换手机付",
                "微信小程序支付失败，页面卡住"],
    "deposit": ["临时有事没去，定金不退太坑了", "定金说不退就不退，客服也不管", "没到店定金被扣了，希望能退"],
    "neutral": ["还行吧", "一般般，中规中矩", "正常唱歌，没什么特别的", "跟其他量贩差不多"],
}
EN = {
    "sound": ["The sound system kept crackling all night", "Mic had no sound, swapped twice and still broken",
              "Speakers were distorted, could barely sing"],
    "dirty": ["Room was dirty, leftover trash on the table", "Strong smoke smell in the room, not clean",
              "Sofa was dirty and sticky"],
    "wait": ["Booked in advance but still had to wait 30 minutes for the room",
             "We had a reservation and still waited in the lobby forever",
             "Checked in and then waited 25 minutes before getting the room"],
    "price": ["Drinks are overpriced, beer costs three times the shop price", "Snacks are way too expensive now",
              "Fruit platter is overpriced for the size"],
    "atmosphere": ["Great atmosphere, the lighting was awesome", "Party room had an amazing vibe for a birthday",
                   "Lovely atmosphere, perfect for a night out"],
    "staff": ["Staff were friendly and helped with song requests", "Very attentive staff at the front desk"],
    "songs": ["Song library is outdated, could not find new songs", "Limited song selection"],
    "booking": ["Booking on the mini program was easy", "Smooth booking on Meituan, quick check-in"],
    "payfail": ["Payment failed again and again on my Android phone", "Mini program payment failed, page froze"],
    "deposit": ["Could not make it and the deposit was not refunded", "They kept my deposit, no refund at all"],
    "neutral": ["It was ok", "Average karaoke place", "Nothing special"],
}
SENT = {"sound": "neg", "dirty": "neg", "wait": "neg", "price": "neg", "atmosphere": "pos", "staff": "pos",
        "songs": "neg", "booking": "pos", "payfail": "neg", "deposit": "neg", "neutral": "neu"}
TOPIC_TP = {"sound": "tp_session_start", "dirty": "tp_session_start", "wait": "tp_checkin", "price": "tp_order_fnb",
            "atmosphere": "tp_session_start", "staff": "tp_checkout", "songs": "tp_session_start",
            "booking": "tp_pay_booking", "payfail": "tp_pay_booking", "deposit": "tp_pay_booking",
            "neutral": "tp_checkout"}
RATING = {"sound": (1, 2), "dirty": (1, 3), "wait": (1, 2), "price": (2, 3), "atmosphere": (4, 5), "staff": (5, 5),
          "songs": (3, 3), "booking": (4, 5), "payfail": (1, 2), "deposit": (1, 2), "neutral": (3, 4)}


def day_weights():
    days = (END.date() - START.date()).days + 1
    w = np.ones(days)
    for i in range(days):
        d = START + D(days=i)
        w[i] *= [1.0, 0.95, 1.0, 1.1, 1.9, 2.3, 1.4][d.weekday()]
        if (d.month == 7 and d.day >= 10) or d.month == 8:
            w[i] *= 1.3                               # summer holiday
        if d.month == 10 and d.day <= 7:
            w[i] *= 1.7                               # 国庆黄金周
        for cny in (datetime(2025, 1, 29), datetime(2026, 2, 17)):
            if 0 <= (d - cny).days <= 6:
                w[i] *= 1.8                           # 春节 family & classmates reunions
        w[i] *= 1 + 0.12 * (d - START).days / 365     # slow growth
    return w


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    W = day_weights()
    CW = np.cumsum(W)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "b": 0}

    def pick(d: dict):
        u, acc = rng.random() * sum(d.values()), 0.0
        for k, w in d.items():
            acc += w
            if u < acc:
                return k
        return k

    def ri(lo, hi):     # integer in [lo, hi)
        return lo + int(rng.random() * (hi - lo))

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.isoformat(sep=" ", timespec="seconds")

    def ev(c, t, tp, action, session="", channel="store", device="", **extra):
        if t > END or t < START:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=device, channel=channel)
        row.update(extra)
        events.append(row)
        return True

    def order(c, t, amount, otype, status="paid", channel="store", device="", **extra):
        if t > END or t < START:
            return
        zh = {"room_fee": "包厢费", "extension": "续钟费", "fnb": "酒水小食", "topup": "会员充值"}[otype]
        row = dict(order_id=nid("o", "O", 7), customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}", status=status,
                   channel=channel, device=device, order_type=otype, 订单类型=zh, currency="CNY")
        row.update(extra)
        orders.append(row)

    def fb(c, t, topic, channel, tp=None, visit=None, rating=None, nps=None, dated=True):
        lang = "en" if (c["lang"] == "en" or rng.random() < 0.03) else "zh"
        bank = (EN if lang == "en" else ZH)[topic]
        text = bank[ri(0, len(bank))]
        row = dict(feedback_id=nid("f", "F", 6), text=text, ts=fmt(t) if dated else "", customer_id=c["id"],
                   touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                   rating="" if rating is None else rating, nps="" if nps is None else nps, language=lang,
                   sentiment_label=SENT[topic])
        if visit:
            row.update(visit_id=visit["sid"], venue_id=visit["v"][0], venue=visit["v"][1], venue_en=visit["v"][2],
                       city=visit["v"][3], room_size=visit["size"], 包厢类型=SIZES[visit["size"]][0],
                       daypart=visit["dp"], 时段=DAYPARTS[visit["dp"]][0])
        else:
            row.update(city=c["city"])
        if t <= END:
            feedback.append(row)

    # ---------------- customers
    customers = []
    span = (END - PRE).days
    for i in range(N):
        u = rng.random() ** 0.8
        signup = PRE + D(days=float(u * (span - 10)), minutes=float(rng.integers(0, 1440)))
        city = pick({k: v[2] for k, v in CITIES.items()})
        first = pick({k: v[1] for k, v in FIRST.items()})
        level = pick({k: v[1] for k, v in LEVELS.items()})
        age = pick({k: v[1] for k, v in AGES.items()})
        customers.append(dict(id=f"C{i + 1:05d}", signup=signup, city=city, first=first, level=level, age=age,
                              gender="female" if rng.random() < 0.48 else "male",
                              device="ios" if rng.random() < 0.44 else "android",
                              lang="en" if rng.random() < 0.08 else "zh",
                              rate=2.0 * LEVELS[level][2] * rng.gamma(2.0, 0.5)))

    venues_in = {c: [v for v in VENUES if v[3] == c] for c in CITIES}

    def choose_venue(c, t):
        city = c["city"] if rng.random() < 0.92 else pick({k: v[2] for k, v in CITIES.items()})
        vs = [v for v in venues_in[city] if v[0] != "V25" or t >= V25_OPEN]
        return pick({v: v[4] for v in vs})

    claimed = {}   # customer -> list of (ts, value) of open coupons

    # ---------------- one visit attempt
    def visit(c, day):
        age = c["age"]
        dp = pick({"afternoon": 0.5 if age == "18-24" else 0.3,
                   "evening": 0.48, "late_night": 0.22 if age == "25-34" else 0.14})
        if dp == "afternoon":
            start = day + D(hours=ri(12, 17), minutes=30 * ri(0, 2))
            hours = pick({3: 0.6, 4: 0.4})
        elif dp == "evening":
            start = day + D(hours=ri(18, 22), minutes=30 * ri(0, 2))
            hours = pick({2: 0.35, 3: 0.65})
        else:
            start = day + D(hours=22, minutes=30 * ri(0, 5))
            hours = ri(3, 5)
        v = choose_venue(c, start)
        size = pick(SIZE_W)
        fri_sat_evening = dp == "evening" and start.weekday() in (4, 5)
        if c["first"] == "walk_in":
            ch = pick({"walk_in": 0.5, "mini_program": 0.3, "meituan": 0.2})
        elif c["first"] == "wechat_mini_program":
            ch = pick({"mini_program": 0.7, "meituan": 0.15, "walk_in": 0.15})
        else:
            ch = pick({"meituan": 0.62, "mini_program": 0.22, "walk_in": 0.16})
        if c["level"] in ("gold", "black") and ch == "meituan" and rng.random() < 0.5:
            ch = "mini_program"
        cnt["b"] += 1
        sid = f"B{cnt['b']:06d}"
        vis = dict(sid=sid, v=v, size=size, dp=dp)
        fee = SIZES[size][1] * DAYPARTS[dp][1] * hours
        common = dict(venue_id=v[0], venue=v[1], venue_en=v[2], city=v[3], room_size=size, 包厢类型=SIZES[size][0],
                      daypart=dp, 时段=DAYPARTS[dp][0], booking_channel=ch, 预订渠道=BOOK_CH[ch])
        coupon = 0
        pay_mode = ""
        if ch != "walk_in":
            dev = c["device"]
            och = "meituan" if ch == "meituan" else "mini_program"
            mp_ver = ("3.2" if start >= PAY_BUG else "3.1") if och == "mini_program" else ""
            lead = D(hours=float(min(rng.exponential(30.0), 140.0)) + 0.5)
            t = start - lead
            if t.hour < 8:
                t = t.replace(hour=ri(9, 12))
            onl = dict(common, mini_program_version=mp_ver)
            for _ in range(pick({1: 0.6, 2: 0.3, 3: 0.1})):
                ev(c, t, "tp_browse_venue", "view", sid, och, dev, **onl)
                t += M(rng.uniform(0.3, 4))
            if rng.random() > 0.64:
                return
            ev(c, t, "tp_choose_room", "select", sid, och, dev, slot_time=fmt(start), hours_booked=hours, **onl)
            t += M(rng.uniform(0.5, 5))
            if rng.random() > 0.88:
                return
            if och == "mini_program" and dev == "android" and start >= PAY_BUG:
                if rng.random() < 0.45:
                    ev(c, t, "tp_pay_booking", "fail", sid, och, dev, error_code="PAY_SDK_TIMEOUT", **onl)
                    if rng.random() < 0.25:
                        fb(c, t + D(hours=1), "payfail", "ticket", visit=vis, dated=rng.random() > 0.08)
                    if rng.random() < 0.6:
                        return
                    t += M(rng.uniform(1, 6))
            deposit_p = {"meituan": 0.62, "mini_program": 0.35}[ch]
            if c["level"] in ("gold", "black"):
                deposit_p = 0.15
            pay_mode = "deposit" if rng.random() < deposit_p else "full"
            op = [o for o in claimed.get(c["id"], []) if t - D(days=14) <= o[0] < t]
            if op and rng.random() < (0.75 if op[0][1] == 50 else 0.55):
                coupon = op[0][1]
                claimed[c["id"]].remove(op[0])
            paid = round(fee * 0.3) if pay_mode == "deposit" else fee - coupon
            ev(c, t, "tp_pay_booking", "success", sid, och, dev, pay_mode=pay_mode, 付款方式="定金" if pay_mode ==
               "deposit" else "全款", coupon_value=coupon or "", amount=f"{paid:.2f}", slot_time=fmt(start), **onl)
            noshow = {"deposit": 0.16, "full": 0.05}[pay_mode]
            if v[0] == NOSHOW_VENUE:
                noshow *= 2.7                    # 科技园: guests stuck at work (加班) do not show up
            if v[0] == "V25":
                noshow = 0.5
            pay_o = dict(venue_id=v[0], venue=v[1], venue_en=v[2], city=v[3], room_size=size, daypart=dp,
                         booking_id=sid, pay_stage=pay_mode, coupon_amount=coupon, booking_channel=ch)
            if rng.random() < noshow:
                order(c, t, paid, "room_fee", "refunded" if pay_mode == "full" else "paid", och, dev, **pay_o)
                if pay_mode == "deposit" and rng.random() < 0.2:
                    fb(c, start + D(hours=20), "deposit", "ticket", visit=vis, dated=rng.random() > 0.08)
                return
            order(c, t, paid, "room_fee", "paid", och, dev, **pay_o)
            arrive = start + M(rng.uniform(-15, 12))
        else:
            arrive = start + M(rng.uniform(-5, 5))
        # ---------------- in the venue
        common.update(pay_mode=pay_mode)
        ev(c, arrive, "tp_checkin", "check_in", sid, "store", party_size=ri(*
            {"S": (2, 5), "M": (4, 9), "L": (8, 15), "party": (12, 25)}[size]), **common)
        if ch == "walk_in":
            med = 14.0 if fri_sat_evening else 8.0
        elif v[0] == WAIT_VENUE and fri_sat_evening:
            med = 28.0
        elif v[0] == WAIT_VENUE:
            med = 5.0
        else:
            med = 4.5 if fri_sat_evening else 3.2
        wait = float(np.exp(rng.normal(np.log(med), 0.38 if med > 20 else 0.5)))
        s0 = arrive + M(wait)
        ev(c, s0, "tp_session_start", "open", sid, "store", **common)
        sound = v[0] == SOUND_VENUE and SOUND_FROM <= s0 < SOUND_TO and rng.random() < 0.45
        dirty = rng.random() < (0.22 if v[0] == DIRTY_VENUE else 0.035)
        if sound:
            common_fault = dict(common, fault="sound_system")
        else:
            common_fault = common
        # food & drink
        hike = s0 >= PRICE_HIKE
        p_fnb = (0.45 if hike else 0.61) + {"S": -0.05, "M": 0.0, "L": 0.08, "party": 0.2}[size] + (
            0.08 if dp == "late_night" else 0)
        fnb_spend = 0.0
        if rng.random() < p_fnb:
            for _ in range(1 + int(rng.poisson(0.6))):
                t = s0 + M(rng.uniform(3, hours * 60 - 10))
                amt = round(float(np.exp(rng.normal(np.log(118), 0.35))) * SIZES[size][2] * (1.25 if hike else 1.0))
                ev(c, t, "tp_order_fnb", "order", sid, "mini_program", c["device"], fnb_amount=amt, **common)
                order(c, t, amt, "fnb", "paid", "mini_program", c["device"], venue_id=v[0], venue=v[1],
                      venue_en=v[2], city=v[3], room_size=size, daypart=dp, booking_id=sid, booking_channel=ch)
                fnb_spend += amt
        # extension
        p_ext = {"afternoon": 0.12, "evening": 0.22, "late_night": 0.42}[dp] + (0.12 if size == "party" else 0)
        if sound:
            p_ext *= 0.3
        ext = 0
        if rng.random() < p_ext:
            ext = 1 if rng.random() < 0.7 else 2
            t = s0 + M(hours * 60 - rng.uniform(5, 20))
            ev(c, t, "tp_extend", "extend", sid, "store", extend_hours=ext, **common)
            order(c, t, SIZES[size][1] * DAYPARTS[dp][1] * ext, "extension", "paid", "store", venue_id=v[0],
                  venue=v[1], venue_en=v[2], city=v[3], room_size=size, daypart=dp, booking_id=sid, booking_channel=ch)
        out_t = s0 + M((hours + ext) * 60 + rng.uniform(0, 8))
        if sound and rng.random() < 0.25:
            out_t = s0 + M(rng.uniform(25, 70))            # left early
        ev(c, out_t, "tp_checkout", "pay", sid, "store", **common_fault)
        bal = 0.0
        if ch == "walk_in":
            bal = fee
        elif pay_mode == "deposit":
            bal = fee - round(fee * 0.3) - coupon
        if bal > 0:
            status = "paid"
            if sound and rng.random() < 0.35:
                status = "refunded"
            elif rng.random() < 0.006:
                status = "refunded"
            order(c, out_t, bal, "room_fee", status, "store", venue_id=v[0], venue=v[1], venue_en=v[2], city=v[3],
                  room_size=size, daypart=dp, booking_id=sid, pay_stage="balance" if ch != "walk_in" else "onsite",
                  coupon_amount=coupon if ch == "walk_in" else 0, booking_channel=ch)
        # review
        if rng.random() < 0.3:
            rt = out_t + M(rng.uniform(10, 600))
            topic = None
            if sound and rng.random() < 0.85:
                topic = "sound"
            elif wait > 18 and ch != "walk_in" and rng.random() < 0.8:
                topic = "wait"
            elif dirty and rng.random() < 0.8:
                topic = "dirty"
            elif fnb_spend > 0 and rng.random() < (0.3 if hike else 0.08):
                topic = "price"
            if topic is None:
                topic = pick({"atmosphere": 0.30 + (0.25 if size == "party" else 0) + (0.12 if v[3] == "Chengdu"
                                                                                         else 0),
                              "staff": 0.16, "songs": 0.10, "booking": 0.12 if ch != "walk_in" else 0.01,
                              "neutral": 0.22, "price": 0.04, "dirty": 0.02, "sound": 0.02,
                              "wait": 0.015})
            lo_, hi_ = RATING[topic]
            rating = ri(lo_, hi_ + 1)
            rch = "dianping" if ch == "meituan" or (ch == "walk_in" and rng.random() < 0.4) else "mini_program_rating"
            if ev(c, rt, "tp_review", "submit", sid, "meituan" if rch == "dianping" else "mini_program",
                  c["device"], stars=rating, **common):
                fb(c, rt, topic, rch, visit=vis, rating=rating,
                   dated=not (rch == "dianping" and rng.random() < 0.12))
        elif sound and rng.random() < 0.12:
            fb(c, out_t + D(hours=2), "sound", "ticket", visit=vis, dated=rng.random() > 0.08)

    for c in customers:
        lo = max(c["signup"], START)
        churn = c["signup"] + D(days=float(rng.exponential(640)))     # members drift away after a while
        hi = min(END, churn)
        i0 = max(0, (lo.date() - START.date()).days)
        i1 = min(len(CW) - 1, (hi.date() - START.date()).days)
        base = CW[i0 - 1] if i0 else 0.0
        total = max(0.0, CW[i1] - base) if i1 >= i0 else 0.0
        lam = c["rate"] * total / W.mean() / 30.4
        n = int(rng.poisson(lam))
        days = sorted(int(np.searchsorted(CW, base + rng.random() * total)) for _ in range(n))
        # coupons claimed on 美团/抖音: some become bookings, many are never used
        n_claim = int(rng.poisson(lam * (0.35 if c["first"] in ("meituan", "douyin") else 0.12)))
        for _ in range(n_claim):
            k = int(np.searchsorted(CW, base + rng.random() * total))
            t = START + D(days=k, hours=float(rng.uniform(9, 23)))
            if t < lo:
                continue
            val = 50 if rng.random() < 0.4 else 30
            ch = "meituan" if c["first"] != "douyin" else "douyin"
            if ev(c, t, "tp_coupon_claim", "claim", channel=ch, device=c["device"], coupon_value=val):
                claimed.setdefault(c["id"], []).append([t, val, ch])
                if rng.random() < (0.30 if val == 50 else 0.12):     # the coupon brings them in
                    days.append(k + int(rng.integers(2, 10)))
        # top-ups (stored value)
        if c["level"] != "regular":
            months = max(0.0, (hi - lo).days / 30.4)
            n_top = int(rng.poisson(months * {"silver": 0.12, "gold": 0.22, "black": 0.35}[c["level"]]))
            extra_promo = int(rng.poisson({"silver": 0.2, "gold": 0.35, "black": 0.5}[c["level"]]))
            when = [lo + D(days=float(rng.uniform(0, max(1, (hi - lo).days)))) for _ in range(n_top)]
            if lo <= TOPUP_PROMO[1] and hi >= TOPUP_PROMO[0]:
                when += [TOPUP_PROMO[0] + D(days=float(rng.uniform(0, 30.9))) for _ in range(extra_promo)]
            for t in when:
                t = t.replace(hour=int(rng.integers(10, 23)), minute=int(rng.integers(0, 60)))
                if t < lo:
                    continue
                amt = float(rng.choice([300, 500, 1000, 2000], p=[0.25, 0.35, 0.3, 0.1]))
                if TOPUP_PROMO[0] <= t <= TOPUP_PROMO[1] and amt < 1000 and rng.random() < 0.6:
                    amt = 1000.0
                if ev(c, t, "tp_topup", "success", channel="mini_program", device=c["device"], topup_amount=int(amt)):
                    order(c, t, amt, "topup", channel="mini_program", device=c["device"])
        for k in days:
            day = START + D(days=k)
            visit(c, day)
        c["n_visits"] = n

    # ---------------- NPS surveys (quarterly, a sample of customers)
    q = datetime(2024, 12, 15)
    while q <= END:
        for j in rng.choice(N, size=110, replace=False):
            c = customers[int(j)]
            if c["signup"] > q:
                continue
            nps = int(rng.choice(11, p=[.02, .02, .03, .04, .05, .08, .1, .16, .2, .16, .14]))
            topic = "atmosphere" if nps >= 9 else ("neutral" if nps >= 7 else pick(
                {"price": 0.35, "wait": 0.2, "dirty": 0.15, "songs": 0.2, "sound": 0.1}))
            fb(c, q + D(days=float(rng.uniform(0, 10))), topic, "survey", tp="tp_checkout", nps=nps)
        m = q.month + 3
        q = q.replace(year=q.year + (m > 12), month=(m - 1) % 12 + 1)

    dup_idx = rng.choice(len(events), size=24, replace=False)
    events += [dict(events[int(i)]) for i in dup_idx]      # re-sent by the front-desk POS
    events.sort(key=lambda r: r["ts"])
    orders.sort(key=lambda r: r["ts"])
    feedback.sort(key=lambda r: r["feedback_id"])
    last, spend = {}, {}
    for e in events:
        if e["touchpoint_id"] == "tp_checkin":
            last[e["customer_id"]] = e["ts"]
    for o in orders:
        if o["status"] == "paid" and o["order_type"] != "topup":
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0) + float(o["amount"])
    cust_rows = []
    for c in customers:
        lv = last.get(c["id"])
        if c["signup"] > END - D(days=90):
            seg = "new"
        elif spend.get(c["id"], 0) > 6000:
            seg = "vip"
        elif lv is None or lv < fmt(END - D(days=120)):
            seg = "at_risk"
        else:
            seg = "returning"
        cz, region, _ = CITIES[c["city"]]
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=region,
                              acquisition_channel=c["first"], tier=c["level"], city=c["city"], 城市=cz,
                              member_level=c["level"], 会员等级=LEVELS[c["level"]][0], age_band=c["age"],
                              年龄段=AGES[c["age"]][0], gender=c["gender"], 性别="女" if c["gender"] == "female" else "男",
                              first_channel=c["first"], 首次渠道=FIRST[c["first"]][0], primary_device=c["device"],
                              language=c["lang"], wechat_bound="yes" if rng.random() < 0.7 else "no"))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrows = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k, touchpoint_id=tp,
                  window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps, 1)]
    write(out / "touchpoints.csv", tps)
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", events)
    write(out / "journeys.csv", jrows)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: dict[str, None] = {}
    for r in rows:
        cols.update(dict.fromkeys(r))
    names = list(cols)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(names)
        w.writerows([[r.get(c, "") for c in names] for r in rows])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
