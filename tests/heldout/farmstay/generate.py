"""田园居 FarmNest: nine agritourism farm stays / pick-your-own orchards near Chengdu 成都, Hangzhou 杭州 and Kunming
昆明. A guest finds us (Xiaohongshu 小红书 / Douyin 抖音 / Ctrip 携程 / Meituan 美团 / a friend), browses a farm's
listing, books a room (标准间 / 亲子房 / 独栋小院 / 帐篷营位) on an OTA (Ctrip, Meituan, Fliggy 飞猪, a Douyin group-buy
package) or on our WeChat mini program, pays, may cancel (refund: minutes on WeChat, days on the OTAs), sometimes
phones the farm for directions on the way (mountain roads), checks in, books farm activities (fruit picking 采摘 when
the farm's fruit is in season, cooking class 农家厨艺课, kids' farm 亲子农场), eats farm meals 农家宴, checks out,
may order a farm-produce gift box 农产品礼盒 that is shipped days later (sometimes it arrives damaged and is
refunded), reviews the stay, and maybe books again.
Events 2025-01-01 .. 2026-06-30 (the extract was taken in early July 2026).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV following DATA.md (no experiments table),
plus OUTDIR/_truth/feedback_truth.csv (topics of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
N_CUST = 5200
DIRECT_PROMO = datetime(2026, 1, 1)        # mini-program member price launched: more direct bookings

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_discover", "种草发现", "Discover FarmNest", "awareness", "social", "digital", "marketing",
     "种草|发现|刷到|小红书看到|抖音刷到|朋友推荐|discover|found us|first touch"),
    ("tp_listing", "浏览房源", "Listing viewed", "consideration", "app", "digital", "marketing",
     "房源|看房|详情页|浏览|listing|farm page|browse"),
    ("tp_book", "提交预订", "Booking submitted", "purchase", "app", "digital", "reservations",
     "预订|下单|订房|booking|reserve|reservation"),
    ("tp_pay", "支付房费", "Payment", "purchase", "app", "digital", "finance",
     "支付|付款|付房费|pay|payment|paid"),
    ("tp_cancel", "取消预订", "Booking cancelled", "service", "app", "digital", "reservations",
     "取消|退订|cancel|cancellation"),
    ("tp_refund", "退款", "Refund", "service", "other", "digital", "finance",
     "退款|退钱|refund|money back"),
    ("tp_directions", "电话问路", "Directions call", "service", "phone", "physical", "front_desk",
     "问路|导航|找不到路|山路|路况|directions|navigation|road|getting there|lost"),
    ("tp_checkin", "入住办理", "Check-in", "service", "store", "physical", "front_desk",
     "入住|到店|办理入住|前台|check-in|checkin|arrival"),
    ("tp_activity", "农事活动", "Farm activity", "service", "store", "physical", "farm_ops",
     "采摘|摘果|厨艺课|做饭课|亲子农场|喂小动物|活动|fruit picking|pick-your-own|cooking class|kids farm|activity"),
    ("tp_meal", "农家餐", "Farm meal", "service", "store", "physical", "kitchen",
     "农家菜|农家宴|吃饭|餐厅|饭菜|meal|food|dinner|restaurant"),
    ("tp_checkout", "退房", "Check-out", "service", "store", "physical", "front_desk",
     "退房|离店|check-out|checkout|leave"),
    ("tp_produce", "农产品礼盒下单", "Produce box ordered", "purchase", "mini_program", "digital", "ecommerce",
     "礼盒|农产品|土特产|带货|produce box|gift box|farm box"),
    ("tp_delivery", "礼盒签收", "Produce box delivered", "service", "other", "physical", "ecommerce",
     "发货|快递|签收|物流|delivery|shipping|parcel"),
    ("tp_review", "住后点评", "Post-stay review", "loyalty", "app", "digital", "marketing",
     "点评|评价|打分|review|rating|stars"),
    ("tp_rebook", "再次预订", "Repeat booking", "loyalty", "app", "digital", "crm",
     "回头客|复购|再来|又订|rebook|repeat booking|came back|return stay"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("booking", "预订转化", "Booking conversion", ["tp_discover", "tp_listing", "tp_book", "tp_pay"], 7),
    ("stay", "入住体验", "The stay", ["tp_pay", "tp_checkin", "tp_checkout"], 60),
    ("review", "住后点评", "Post-stay review", ["tp_checkout", "tp_review"], 7),
    ("produce", "农产品带货", "Produce after the stay", ["tp_checkout", "tp_produce", "tp_delivery"], 30),
    ("refund", "取消退款", "Cancellation refund", ["tp_cancel", "tp_refund"], 30),
    ("rebook", "回头客", "Repeat stay", ["tp_checkout", "tp_rebook"], 180),
]
CITIES = {"Chengdu": "成都", "Hangzhou": "杭州", "Kunming": "昆明"}
# id, city, zh, en, opened, fruit (zh, en, season months, box price), directions-call prob
FARMS = [
    ("F01", "Chengdu", "蒲江猕猴桃农庄", "Pujiang Kiwi Farm", None, ("猕猴桃", "kiwi", (8, 9, 10), 168), 0.07),
    ("F02", "Chengdu", "郫都稻香院", "Pidu Paddy Lodge", None, ("草莓", "strawberry", (12, 1, 2, 3), 138), 0.05),
    ("F03", "Chengdu", "崇州竹林小院", "Chongzhou Bamboo Courtyard", None, ("枇杷", "loquat", (4, 5), 128), 0.08),
    ("F04", "Hangzhou", "临安山核桃庄园", "Lin'an Hickory Estate", None, ("山核桃", "hickory nut", (9, 10), 198), 0.40),
    ("F05", "Hangzhou", "富阳杨梅山居", "Fuyang Bayberry Hill", None, ("杨梅", "bayberry", (6,), 158), 0.08),
    ("F06", "Hangzhou", "桐庐溪边农舍", "Tonglu Creekside Farmhouse", datetime(2025, 10, 1),
     ("橘子", "tangerine", (10, 11, 12), 98), 0.10),
    ("F07", "Kunming", "呈贡花田农场", "Chenggong Flower Fields", None, ("草莓", "strawberry", (1, 2, 3, 4), 88), 0.05),
    ("F08", "Kunming", "宜良蓝莓园", "Yiliang Blueberry Orchard", None, ("蓝莓", "blueberry", (5, 6, 7), 158), 0.07),
    ("F09", "Kunming", "晋宁果园民宿", "Jinning Orchard Inn", None, ("水蜜桃", "peach", (6, 7, 8), 128), 0.06),
]
FARM = {f[0]: f for f in FARMS}
FARM_WEIGHT = {"F01": 1.3, "F04": 1.1, "F05": 1.1, "F07": 1.2}
ROOMS = {"standard": ("标准间", 380), "family": ("亲子房", 520), "villa": ("独栋小院", 980), "tent": ("帐篷营位", 280)}
ACTS = {"picking": ("采摘", 68), "cooking": ("农家厨艺课", 128), "kids_farm": ("亲子农场", 58)}
PARTIES = {  # en: zh, weight, room probs (standard, family, villa, tent), nights probs (1,2,3), guests range,
    #          activity intensity, meals per night, return prob
    "family_kids": ("亲子家庭", 0.37, (0.15, 0.70, 0.10, 0.05), (0.45, 0.45, 0.10), (3, 5), 1.6, 1.3, 0.30),
    "couple": ("情侣出游", 0.26, (0.60, 0.00, 0.15, 0.25), (0.65, 0.30, 0.05), (2, 3), 0.7, 0.9, 0.22),
    "friends": ("朋友结伴", 0.20, (0.40, 0.05, 0.30, 0.25), (0.60, 0.35, 0.05), (3, 7), 0.9, 1.2, 0.18),
    "seniors": ("银发出游", 0.155, (0.75, 0.05, 0.20, 0.00), (0.25, 0.45, 0.30), (2, 5), 0.6, 1.6, 0.52),
    "company_team": ("公司团建", 0.015, (0.0, 0.0, 1.0, 0.0), (0.3, 0.7, 0.0), (10, 25), 2.5, 2.0, 0.25),
}
AGES = ["18-25", "26-35", "36-45", "46-55", "56+"]
PARTY_AGES = {"family_kids": (0.02, 0.38, 0.50, 0.10, 0.0), "couple": (0.35, 0.55, 0.08, 0.02, 0.0),
              "friends": (0.40, 0.45, 0.12, 0.03, 0.0), "seniors": (0.0, 0.0, 0.05, 0.30, 0.65),
              "company_team": (0.05, 0.45, 0.40, 0.10, 0.0)}
ACQ = {  # en: zh, weight, discover -> listing, listing -> book
    "xiaohongshu": ("小红书", 0.29, 0.80, 0.42), "douyin": ("抖音", 0.22, 0.62, 0.40),
    "ctrip": ("携程", 0.22, 0.92, 0.68), "meituan": ("美团", 0.17, 0.90, 0.60), "friend": ("朋友推荐", 0.10, 0.95, 0.82)}
BCH = {"ctrip": "携程", "meituan": "美团", "fliggy": "飞猪", "douyin": "抖音团购", "wechat": "微信小程序"}
REVIEW_CH = {"ctrip": "ctrip_review", "meituan": "meituan_review", "fliggy": "fliggy_review",
             "douyin": "mini_program_review", "wechat": "mini_program_review"}
HOME = {  # guest home city: zh, weight, farm city, en share
    "Chengdu": ("成都", 0.30, "Chengdu", 0.02), "Chongqing": ("重庆", 0.10, "Chengdu", 0.02),
    "Hangzhou": ("杭州", 0.19, "Hangzhou", 0.10), "Shanghai": ("上海", 0.16, "Hangzhou", 0.22),
    "Kunming": ("昆明", 0.17, "Kunming", 0.06), "Other": ("其他", 0.08, None, 0.15)}
TIERS = {"regular": "普通会员", "silver": "银卡", "gold": "金卡", "platinum": "铂金卡"}

# ---- feedback texts; each topic's phrases carry its markers (gold.py counts topics by these markers) ----
TXT = {
    "bugs": (["蚊子太多了，晚上被咬了一身包", "房间里有虫子，小孩吓哭了", "竹林边蚊虫特别多，驱蚊液都没用", "床上发现虫子，很膈应"],
             ["so many mosquitoes, we got bitten all night", "found bugs in the room", "insects everywhere in the bathroom"]),
    "noise": (["隔音太差，隔壁说话听得一清二楚", "早上五点公鸡就开始叫，根本睡不着", "村里办坝坝宴放音乐到半夜，吵死了", "晚上很吵，一直有人唱K"],
              ["the walls are thin, we heard everything next door", "roosters crowing at 5am, couldn't sleep",
               "very noisy at night, someone was doing karaoke until midnight"]),
    "road": (["导航把我们带到村里小路上了，绕了一个小时", "山路太窄了，会车很吓人", "最后一段是土路，车底都刮了", "路不好找，打了三次电话才到"],
             ["the navigation sent us up a tiny mountain road", "the road up is narrow and scary at night",
              "hard to find the place, the last stretch is a dirt road"]),
    "food": (["农家菜太咸了，而且上菜特别慢", "饭菜一般，等了一个多小时才上齐", "菜不新鲜，鱼有味道", "厨房太慢了，小朋友饿得直哭"],
             ["the food was too salty and took forever to arrive", "dinner was slow and the dishes were cold",
              "the fish didn't taste fresh"]),
    "picking_poor": (["采摘园里果子都被摘光了，白买了门票", "说是采摘季结果没几个果子", "果子又小又少，不值这个票价"],
                     ["the orchard was picked clean, nothing left to pick", "hardly any fruit left for the picking tour"]),
    "produce_damaged": (["礼盒收到的时候杨梅都烂了一半", "快递到了水果压坏了好多", "收到的礼盒有烂果，申请退款"],
                        ["the gift box arrived with half the fruit rotten", "the produce box was crushed in the mail"]),
    "refund_slow": (["取消订单好几天了退款还没到账", "退款太慢了，平台一直说在审核"],
                    ["my refund still hasn't come through", "the refund is taking ages"]),
    "scenery": (["风景太美了，空气特别好", "推开窗就是花田，风景绝了", "环境很好，空气清新，很放松"],
                ["beautiful scenery and fresh air", "waking up to the flower fields was amazing", "stunning views, so relaxing"]),
    "kids_happy": (["孩子玩疯了，喂小羊喂兔子特别开心", "亲子农场很棒，娃不想走", "带娃来太合适了，孩子很开心"],
                   ["the kids loved feeding the animals", "our kids had the best time at the farm"]),
}
GEN = {
    "pos": (["整体很满意，下次还来", "老板人很好，服务热情", "性价比很高，推荐", "住得很舒服"],
            ["great weekend, we'll be back", "friendly hosts and good value", "lovely stay"]),
    "neu": (["还可以，中规中矩", "一般般吧，没什么特别", "价格偏高，环境还行"],
            ["it was ok", "average stay, nothing special"]),
    "neg": (["体验不太好，有点失望", "不值这个价，不会再来了", "和图片差距有点大"],
            ["disappointing stay", "not worth the price, won't come back"]),
}
TOPIC_TP = [("produce_damaged", "tp_delivery"), ("refund_slow", "tp_refund"), ("road", "tp_directions"),
            ("picking_poor", "tp_activity"), ("food", "tp_meal"), ("bugs", "tp_checkin"), ("noise", "tp_checkin"),
            ("kids_happy", "tp_activity"), ("scenery", "tp_checkin")]
NEG_TOPICS = {"bugs", "noise", "road", "food", "picking_poor", "produce_damaged", "refund_slow"}
PENALTY = {"bugs": 1.8, "noise": 2.0, "road": 0.9, "food": 2.0, "picking_poor": 1.4, "refund_slow": 1.0}


def ts(x: datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M:%S")


def pick(items, weights):
    w = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def season(d: datetime) -> float:
    if datetime(2025, 1, 25) <= d < datetime(2025, 2, 6) or datetime(2026, 2, 13) <= d < datetime(2026, 2, 25):
        return 1.8                                   # Spring Festival
    if datetime(2025, 9, 20) <= d < datetime(2025, 10, 8):
        return 2.2                                   # National Day golden week (people book ahead)
    if datetime(2025, 4, 25) <= d < datetime(2025, 5, 6) or datetime(2026, 4, 25) <= d < datetime(2026, 5, 6):
        return 1.7                                   # May Day
    if d.month in (7, 8):
        return 1.5                                   # summer holidays
    if d.month in (6,):
        return 1.2
    if d.month in (12, 1) and not (datetime(2025, 1, 25) <= d):
        return 0.7
    return 1.0


def open_farms(city, t):
    return [f for f in FARMS if (city is None or f[1] == city) and (f[4] is None or f[4] <= t)]


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = self.n_bk = self.n_po = 0

    def ev(self, c, t, tp, sid, action, bk=None, **kw):
        if t > END:
            return False
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action, device=c["device"])
        if bk:
            row.update(bk["common"])
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, bk, status="paid", **kw):
        if t > END:
            return None
        self.n_ord += 1
        zh = {"room": "房费", "activity": "活动门票", "meal": "餐饮", "produce_box": "农产品礼盒"}[otype]
        row = dict(order_id=f"O{self.n_ord:06d}", customer_id=c["customer_id"], ts=ts(t), amount=round(amount, 2),
                   status=status, channel=bk["common"]["booking_channel"], device=c["device"], order_type=otype,
                   订单类型=zh, booking_id=bk["id"])
        for k in ("farm_id", "farm", "farm_en", "farm_city", "农庄城市", "room_type", "房型", "booking_channel", "预订渠道"):
            row[k] = bk["common"][k]
        row.update(kw)
        row.setdefault("currency", "CNY")
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, tp=None, rating=None, nps=None, bk=None, undated=False, gen=None,
           no_customer=False):
        if t > END:
            return
        self.n_fb += 1
        fid = f"FB{self.n_fb:06d}"
        lang = "en" if rng.random() < c["en_share"] else "zh"
        li = 1 if lang == "en" else 0
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        if tp is None:
            tp = next((t_ for k, t_ in TOPIC_TP if k in topics), "tp_review")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, booking_id=bk["id"] if bk else None)
        if bk:
            for k in ("farm_id", "farm", "farm_en", "farm_city", "农庄城市", "room_type", "房型", "booking_channel",
                      "预订渠道"):
                row[k] = bk["common"][k]
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics))))

    # ---------- customers ----------
    def customers(self):
        days, d = [], START
        while d <= datetime(2026, 6, 25):
            growth = 0.7 + 0.6 * (d - START).days / 540
            days.append((d, growth * season(d)))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_CUST, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(8, 23.8)))
            home = pick(list(HOME), [h[1] for h in HOME.values()])
            party = pick(list(PARTIES), [p[1] for p in PARTIES.values()])
            acq = pick(list(ACQ), [a[1] for a in ACQ.values()])
            en_share = HOME[home][3]
            self.cust.append(dict(
                customer_id=f"G{i + 1:05d}", discover=t, home=home, party=party, acq=acq,
                age=pick(AGES, PARTY_AGES[party]), gender=pick(["female", "male"], [0.58, 0.42]),
                device=pick(["ios", "android", "pc"], [0.47, 0.45, 0.08]), en_share=en_share,
                lang="en" if rng.random() < en_share else "zh", spend=0.0, stays=[], first_pay=None))

    # ---------- one booking ----------
    def booking(self, c, t_book, n_prev):
        p = PARTIES[c["party"]]
        city = HOME[c["home"]][2]
        farms = open_farms(city, t_book)
        farm = pick(farms, [FARM_WEIGHT.get(f[0], 1.0) for f in farms])
        room = pick(list(ROOMS), p[2])
        nights = int(pick([1, 2, 3], p[3]))
        guests = int(rng.integers(p[4][0], p[4][1] + 1))
        # booking channel
        a = c["acq"]
        direct_boost = 0.25 if t_book >= DIRECT_PROMO else 0.0
        if n_prev > 0 and rng.random() < 0.45 + direct_boost:
            bch = "wechat"
        elif a == "ctrip":
            bch = "ctrip" if rng.random() < 0.9 - direct_boost else "wechat"
        elif a == "meituan":
            bch = "meituan" if rng.random() < 0.88 - direct_boost else "wechat"
        elif a == "douyin":
            bch = pick(["douyin", "wechat", "fliggy"], [0.62 - direct_boost, 0.25 + direct_boost, 0.13])
        elif a == "xiaohongshu":
            bch = pick(["wechat", "ctrip", "fliggy"], [0.50 + direct_boost, 0.32 - direct_boost * 0.6,
                                                       0.18 - direct_boost * 0.4])
        else:
            bch = "wechat" if rng.random() < 0.85 else "ctrip"
        lead = float(rng.exponential(11) + 0.6)
        if datetime(2025, 9, 10) <= t_book < datetime(2025, 10, 1):
            lead = float((datetime(2025, 10, 1) - t_book).days + rng.integers(0, 6))   # golden week stays
        stay = datetime(t_book.year, t_book.month, t_book.day) + D(days=int(lead))
        if rng.random() < 0.55:                       # most stays start on Friday / Saturday
            while stay.weekday() not in (4, 5):
                stay += D(days=1)
        # prices
        price = ROOMS[room][1] * (1.6 if datetime(2025, 10, 1) <= stay < datetime(2025, 10, 8) else
                                  1.3 if stay.weekday() in (4, 5) else 1.0)
        rooms_n = 1 if c["party"] != "company_team" else int(rng.integers(3, 7))
        amount = round(price * nights * rooms_n * (0.92 if bch == "wechat" and t_book >= DIRECT_PROMO else 1.0))
        self.n_bk += 1
        bid = f"BK{self.n_bk:06d}"
        fr = farm[5]
        common = dict(farm_id=farm[0], farm=farm[2], farm_en=farm[3], farm_city=farm[1], 农庄城市=CITIES[farm[1]],
                      room_type=room, 房型=ROOMS[room][0], booking_channel=bch, 预订渠道=BCH[bch], nights=nights,
                      guests=guests, rooms=rooms_n, stay_date=stay.strftime("%Y-%m-%d"))
        bk = dict(id=bid, common=common)
        if n_prev > 0:
            self.ev(c, t_book, "tp_rebook", bid, "rebook", bk, channel=bch)
        else:
            # first booking: the listing was viewed just before
            pass
        self.ev(c, t_book, "tp_book", bid, "submit", bk, channel=bch)
        if rng.random() > 0.87:
            return None                               # hold expired, never paid
        t_pay = t_book + D(minutes=float(rng.lognormal(np.log(6), 0.8)))
        self.ev(c, t_pay, "tp_pay", bid, "success", bk, channel=bch, amount=amount)
        room_order = self.order(c, t_pay, amount, "room", bk, nights=nights, room_nights=nights * rooms_n,
                                stay_date=common["stay_date"])
        if c["first_pay"] is None:
            c["first_pay"] = t_pay
        # cancellation
        p_cancel = {"meituan": 0.22, "douyin": 0.26}.get(bch, 0.07)
        if rng.random() < p_cancel and stay > t_pay + D(hours=12):
            t_c = t_pay + (stay - t_pay) * float(rng.uniform(0.1, 0.95))
            self.ev(c, t_c, "tp_cancel", bid, "cancel", bk, channel=bch)
            med = {"wechat": 0.02, "ctrip": 1.2, "fliggy": 1.8, "meituan": 3.5, "douyin": 5.0}[bch]
            t_r = t_c + D(days=float(rng.lognormal(np.log(med), 0.45)))
            self.refund(c, bk, t_r, amount, room_order, "guest_cancelled")
            if (t_r - t_c).days >= 3 and rng.random() < 0.45:
                self.fb(c, t_c + D(days=3, hours=float(rng.uniform(0, 20))), ["refund_slow"], "ticket", bk=bk)
            return dict(end=t_c, bad=True, paid=True, cancelled=True)
        # arrival
        t_arr = stay + D(hours=float(rng.uniform(13.5, 19)))
        topics = []
        if rng.random() < farm[6]:
            t_call = t_arr - D(minutes=float(rng.uniform(10, 50)))
            self.ev(c, t_call, "tp_directions", bid, "call", bk, channel="phone", device=None)
            t_arr += D(minutes=float(rng.lognormal(np.log(40 if farm[0] == "F04" else 15), 0.5)))
            if rng.random() < (0.55 if farm[0] == "F04" else 0.25):
                topics.append("road")
                if rng.random() < 0.3:
                    self.fb(c, t_call + D(minutes=3), ["road"], "call_note", bk=bk,
                            undated=rng.random() < 0.15)
        self.ev(c, t_arr, "tp_checkin", bid, "checked_in", bk, channel="store", device=None)
        c["stays"].append(t_arr)
        spend = amount
        # activities
        inseason = stay.month in fr[2]
        acts = []
        n_act = int(rng.poisson(p[5] * (1.0 + 0.5 * (nights - 1))))
        for _ in range(n_act):
            opts = ["cooking"] + (["picking", "picking"] if inseason else []) + \
                   (["kids_farm", "kids_farm"] if c["party"] == "family_kids" else [])
            acts.append(str(rng.choice(opts)))
        for i_a, act in enumerate(acts):
            t_a = stay + D(days=int(rng.integers(0, nights + 1)), hours=float(rng.uniform(9, 17)))
            t_a = max(t_a, t_arr + D(minutes=30))
            heads = guests if act != "kids_farm" else max(1, guests - 2)
            amt = ACTS[act][1] * heads
            self.ev(c, t_a, "tp_activity", bid, "ticket_used", bk, channel="store", device=None, activity_type=act,
                    活动类型=ACTS[act][0], amount=amt, fruit=fr[1] if act == "picking" else None)
            self.order(c, t_a - D(minutes=20), amt, "activity", bk, activity_type=act, 活动类型=ACTS[act][0],
                       tickets=heads)
            spend += amt
        # meals
        n_meal = int(rng.poisson(p[6] * nights))
        for _ in range(n_meal):
            t_m = stay + D(days=int(rng.integers(0, nights + 1)), hours=float(pick([12.2, 18.3], [0.4, 0.6])))
            t_m = max(t_m, t_arr + D(minutes=40))
            amt = float(rng.choice([198, 268, 388, 588])) * (rooms_n if rooms_n > 1 else 1)
            self.ev(c, t_m, "tp_meal", bid, "meal_served", bk, channel="store", device=None, amount=amt)
            self.order(c, t_m, amt, "meal", bk)
            spend += amt
        t_out = stay + D(days=nights, hours=float(rng.uniform(10, 12)))
        self.ev(c, t_out, "tp_checkout", bid, "checked_out", bk, channel="store", device=None)
        c["spend"] += spend
        # experience topics
        summer = stay.month in (6, 7, 8, 9)
        p_bugs = (0.62 if farm[0] == "F03" else 0.07 if farm[1] != "Kunming" else 0.02) if summer else 0.012
        if rng.random() < p_bugs:
            topics.append("bugs")
        weekend = stay.weekday() in (4, 5)
        p_noise = (0.34 if weekend else 0.10) if farm[0] == "F02" else 0.02
        if rng.random() < p_noise:
            topics.append("noise")
        if n_meal:
            p_food = (0.55 if stay < datetime(2026, 2, 1) else 0.10) if farm[0] == "F06" else 0.035
            if rng.random() < p_food:
                topics.append("food")
        if "picking" in acts:
            p_pp = 0.7 if (farm[0] == "F08" and stay.year == 2025 and stay.month in (5, 6, 7)) else 0.03
            if rng.random() < p_pp:
                topics.append("picking_poor")
        bad = bool(set(topics) & NEG_TOPICS)
        if "kids_farm" in acts and rng.random() < 0.45:
            topics.append("kids_happy")
        if not bad and rng.random() < (0.55 if farm[0] == "F07" else 0.15):
            topics.append("scenery")
        # review
        rev_t = t_out + D(hours=float(rng.lognormal(np.log(20), 0.8)))
        if rng.random() < (0.55 if bad else 0.38):
            stars = float(pick([5, 4, 3], [0.55, 0.35, 0.10]))
            for k in topics:
                stars -= PENALTY.get(k, 0.0)
            if "scenery" in topics or "kids_happy" in topics:
                stars = min(5.0, stars + (0.6 if not bad else 0.8))
            stars = float(min(5, max(1, round(stars))))
            rch = REVIEW_CH[bch]
            if self.ev(c, rev_t, "tp_review", bid, "review", bk, channel=rch, stars=stars):
                gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
                self.fb(c, rev_t, topics, rch, rating=stars, bk=bk, gen=gen)
        if rng.random() < 0.06:
            nps = int(np.clip(round(rng.normal(8.3 - 3.2 * bad, 1.5)), 0, 10))
            self.fb(c, t_out + D(days=1, hours=float(rng.uniform(0, 10))), topics if rng.random() < 0.6 else [],
                    "survey", nps=nps, bk=bk, gen="pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"))
        if topics and rng.random() < 0.06:
            self.fb(c, t_out + D(hours=float(rng.uniform(2, 96))), topics, "xiaohongshu", bk=bk,
                    undated=rng.random() < 0.4, no_customer=rng.random() < 0.3)
        # produce box (at check-out or within a month)
        if rng.random() < (0.45 if inseason else 0.2) + (0.1 if "scenery" in topics else 0.0):
            t_p = t_out + D(minutes=5) if rng.random() < 0.5 else t_out + D(days=float(rng.uniform(0.5, 25)))
            boxes = int(pick([1, 2, 3], [0.6, 0.3, 0.1]))
            amt = fr[3] * boxes
            ship = t_p + D(days=float(rng.uniform(0.5, 4 if inseason else 9)))
            deliv = ship + D(days=float(rng.uniform(1, 3.5)))
            if self.ev(c, t_p, "tp_produce", bid, "order", bk, channel="mini_program", amount=amt,
                       product=f"{fr[0]}礼盒", product_en=f"{fr[1]} box", boxes=boxes):
                o = self.order(c, t_p, amt, "produce_box", bk, channel="mini_program", product=f"{fr[0]}礼盒",
                               product_en=f"{fr[1]} box", boxes=boxes, ship_date=ship.strftime("%Y-%m-%d"))
                c["spend"] += amt
                if self.ev(c, deliv, "tp_delivery", bid, "delivered", bk, channel="courier", device=None,
                           product=f"{fr[0]}礼盒", product_en=f"{fr[1]} box"):
                    o["delivered_at"] = ts(deliv)
                    month = datetime.strptime(o["ts"][:10], "%Y-%m-%d")
                    p_dmg = 0.03
                    if farm[0] == "F05" and month.month == 6:
                        p_dmg = 0.34 if month.year == 2025 else 0.09
                    if rng.random() < p_dmg:
                        t_r = deliv + D(hours=float(rng.uniform(2, 30)))
                        self.refund(c, bk, t_r, amt, o, "produce_damaged")
                        if rng.random() < 0.7:
                            self.fb(c, deliv + D(hours=1), ["produce_damaged"], "ticket", bk=bk)
        c["last_bk"] = bk
        return dict(end=t_out, bad=bad, paid=True, cancelled=False)

    def bayberry_push(self):
        """early June: a WeChat push offers Fuyang bayberry boxes to past guests of the Hangzhou farms."""
        f = FARM["F05"]
        for year in (2025, 2026):
            push = datetime(year, 6, 2, 10)
            for c in self.cust:
                bk0 = c.get("last_bk")
                if not bk0 or bk0["common"]["farm_city"] != "Hangzhou" or not c["stays"] or c["stays"][0] >= push:
                    continue
                if rng.random() > 0.30:
                    continue
                self.n_po += 1
                common = dict(bk0["common"], farm_id=f[0], farm=f[2], farm_en=f[3], farm_city=f[1],
                              农庄城市=CITIES[f[1]], room_type=None, 房型=None, booking_channel="wechat",
                              预订渠道=BCH["wechat"], nights=None, guests=None, rooms=None, stay_date=None)
                bk = dict(id=f"PO{self.n_po:05d}", common=common)
                t_p = push + D(hours=float(rng.exponential(30)))
                boxes = int(pick([1, 2, 3], [0.55, 0.3, 0.15]))
                amt = f[5][3] * boxes
                self.ev(c, t_p, "tp_produce", bk["id"], "order", bk, channel="mini_program", amount=amt,
                        product="杨梅礼盒", product_en="bayberry box", boxes=boxes)
                ship = t_p + D(days=float(rng.uniform(0.5, 3)))
                deliv = ship + D(days=float(rng.uniform(1, 3.5)))
                o = self.order(c, t_p, amt, "produce_box", bk, channel="mini_program", product="杨梅礼盒",
                               product_en="bayberry box", boxes=boxes, ship_date=ship.strftime("%Y-%m-%d"))
                o["booking_id"] = None
                self.ev(c, deliv, "tp_delivery", bk["id"], "delivered", bk, channel="courier", device=None,
                        product="杨梅礼盒", product_en="bayberry box")
                o["delivered_at"] = ts(deliv)
                c["spend"] += amt
                if rng.random() < (0.34 if year == 2025 else 0.08):     # 2026: switched to cold-chain courier
                    self.refund(c, bk, deliv + D(hours=float(rng.uniform(2, 30))), amt, o, "produce_damaged")
                    if rng.random() < 0.7:
                        self.fb(c, deliv + D(hours=1), ["produce_damaged"], "ticket", bk=bk)

    def refund(self, c, bk, t_r, amount, order, reason):
        if self.ev(c, t_r, "tp_refund", bk["id"], "refund", bk, channel=bk["common"]["booking_channel"]
                   if reason == "guest_cancelled" else "mini_program", device=None, refund_amount=amount,
                   refund_reason=reason, 退款原因={"guest_cancelled": "客人取消", "produce_damaged": "礼盒破损"}[reason]):
            if order is not None:
                order["status"] = "refunded"
                order["refunded_at"] = ts(t_r)

    # ---------- the simulation ----------
    def run(self):
        self.customers()
        for c in self.cust:
            a = ACQ[c["acq"]]
            self.ev(c, c["discover"], "tp_discover", None, "view", channel=c["acq"])
            if rng.random() > a[2]:
                continue
            t = c["discover"] + D(minutes=float(rng.uniform(1, 90)))
            for _ in range(int(pick([1, 2, 3], [0.6, 0.3, 0.1]))):
                fl = open_farms(HOME[c["home"]][2], t)
                f = fl[int(rng.integers(len(fl)))]
                self.ev(c, t, "tp_listing", None, "view", channel=c["acq"], farm_id=f[0], farm=f[2], farm_en=f[3],
                        farm_city=f[1], 农庄城市=CITIES[f[1]])
                t += D(minutes=float(rng.uniform(2, 300)))
            if rng.random() > a[3]:
                continue
            if rng.random() < 0.08:
                t = c["discover"] + D(days=float(rng.uniform(8, 30)))
            n = 0
            p = PARTIES[c["party"]]
            while t <= END:
                res = self.booking(c, t, n)
                n += 1
                if res is None:
                    if rng.random() < 0.5:
                        t += D(hours=float(rng.uniform(0.3, 48)))
                        continue
                    break
                p_ret = p[7] * (0.5 if c["acq"] in ("meituan", "douyin") else 1.0) * (0.6 if res["bad"] else 1.0)
                if res["cancelled"]:
                    p_ret = 0.25
                if rng.random() > p_ret:
                    break
                t = res["end"] + D(days=float(rng.exponential(70) + 7))
                t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(8, 23)))
        self.bayberry_push()

    def customer_rows(self):
        rows = []
        for c in self.cust:
            spend = c["spend"]
            tier = "platinum" if spend >= 6000 else "gold" if spend >= 3000 else "silver" if spend >= 1200 else "regular"
            s = c["stays"]
            if c["first_pay"] is None:
                seg = "prospect"
            elif c["first_pay"] >= datetime(2026, 4, 1):
                seg = "new"
            elif len(s) >= 2:
                seg = "returning"
            elif not s or s[-1] < datetime(2025, 10, 1):
                seg = "lapsed"
            else:
                seg = "one_time"
            h = HOME[c["home"]]
            rows.append(dict(customer_id=c["customer_id"], signup_at=ts(c["discover"]), segment=seg, region=c["home"],
                             常住城市=h[0], acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0], tier=tier,
                             会员等级=TIERS[tier], travel_party=c["party"], 出行类型=PARTIES[c["party"]][0],
                             age_band=c["age"], gender=c["gender"], phone_os=c["device"],
                             preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "farm_id",
           "farm", "farm_en", "farm_city", "农庄城市", "room_type", "房型", "booking_channel", "预订渠道", "nights",
           "guests", "rooms", "stay_date", "amount", "activity_type", "活动类型", "fruit", "product", "product_en",
           "boxes", "refund_amount", "refund_reason", "退款原因", "stars"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
            "booking_id", "farm_id", "farm", "farm_en", "farm_city", "农庄城市", "room_type", "房型", "booking_channel",
            "预订渠道", "stay_date", "nights", "room_nights", "activity_type", "活动类型", "tickets", "product",
            "product_en", "boxes", "ship_date", "delivered_at", "refunded_at", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "booking_id", "farm_id", "farm", "farm_en", "farm_city", "农庄城市", "room_type", "房型", "booking_channel",
           "预订渠道"]
CUST_COLS = ["customer_id", "signup_at", "segment", "region", "常住城市", "acquisition_channel", "获客渠道", "tier",
             "会员等级", "travel_party", "出行类型", "age_band", "gender", "phone_os", "preferred_language"]


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
    dup_idx = rng.choice(len(ev), size=18, replace=False)            # the OTA webhook re-sends a few events
    ev = ev + [ev[int(i)] for i in dup_idx]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    write(out / "feedback.csv", g.feedback, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics"])
    print(f"customers {len(g.cust)}, bookings {g.n_bk}, events {len(ev)}, orders {len(g.orders)}, "
          f"feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
