"""野趣园 WildPark: a city zoo and safari park (杭州) with online ticketing and an annual pass.
A visitor hears of us (Douyin video, Ctrip listing, travel agency, school notice, WeChat article), buys a ticket online
(adult / child / family, or later an annual pass), reserves an entry time slot, enters at the gate (some no-shows),
rides the safari bus, watches the animal show, buys food or souvenirs, exits, rates the visit and (pass holders)
renews the annual pass. Data covers 2025-01-01 .. 2026-07-31 (the export was taken on 2026-08-02; today is
2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments).
Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261201
START = datetime(2025, 1, 1)
END = datetime(2026, 7, 31, 23, 0, 0)
N = 4300
D = timedelta

CLOSURES = {date(2025, 6, 14), date(2025, 6, 29), date(2025, 7, 5), date(2025, 7, 19), date(2026, 7, 11)}  # rainstorms
BUS_OUTAGE = (date(2025, 10, 1), date(2025, 12, 31))     # one of three safari buses in overhaul: queues double
SEA_LION = date(2025, 9, 1)                              # the new sea lion show opens: more visitors watch a show
GOLDEN = (date(2025, 10, 1), date(2025, 10, 8))
SPRING = [(date(2025, 1, 28), date(2025, 2, 4)), (date(2026, 2, 15), date(2026, 2, 23))]
MAYDAY = [(date(2025, 5, 1), date(2025, 5, 5)), (date(2026, 5, 1), date(2026, 5, 5))]

TYPES = {"family": ("家庭", 0.50), "couple": ("情侣", 0.19), "tourist": ("散客游客", 0.23), "school_group": ("学校团体", 0.08)}
CHANNELS = {"douyin": "抖音", "ctrip": "携程", "travel_agency": "旅行社", "school_trip": "学校组织", "wechat": "微信公众号"}
CHANNEL_BY_TYPE = {
    "family": {"douyin": 0.42, "ctrip": 0.12, "travel_agency": 0.04, "wechat": 0.42},
    "couple": {"douyin": 0.58, "ctrip": 0.25, "wechat": 0.17},
    "tourist": {"douyin": 0.15, "ctrip": 0.48, "travel_agency": 0.37},
    "school_group": {"school_trip": 0.92, "travel_agency": 0.08},
}
CITIES = {  # zh: en, region
    "杭州": ("Hangzhou", "local"), "绍兴": ("Shaoxing", "in_province"), "宁波": ("Ningbo", "in_province"),
    "湖州": ("Huzhou", "in_province"), "上海": ("Shanghai", "out_of_province"), "苏州": ("Suzhou", "out_of_province"),
    "南京": ("Nanjing", "out_of_province"), "北京": ("Beijing", "out_of_province"), "海外": ("Overseas", "overseas"),
}
REGION_ZH = {"local": "本市", "in_province": "省内", "out_of_province": "省外", "overseas": "境外"}
CITY_BY_TYPE = {
    "family": {"杭州": .55, "绍兴": .10, "宁波": .08, "湖州": .03, "上海": .10, "苏州": .07, "南京": .04, "北京": .03},
    "couple": {"杭州": .45, "绍兴": .06, "宁波": .07, "湖州": .02, "上海": .15, "苏州": .10, "南京": .08, "北京": .07},
    "tourist": {"上海": .20, "苏州": .10, "南京": .12, "北京": .23, "宁波": .03, "绍兴": .02, "海外": .30},
    "school_group": {"杭州": .85, "绍兴": .08, "宁波": .05, "湖州": .02},
}
KIDS_ZH = {"0": "无孩", "1": "1个孩子", "2": "2个孩子", "3+": "3个及以上"}
PLATFORM = {"douyin": "抖音", "ctrip": "携程", "travel_agency": "旅行社", "group_desk": "团体预订", "mini_program": "小程序"}
PLATFORM_OF = {"douyin": "douyin", "ctrip": "ctrip", "travel_agency": "travel_agency", "school_trip": "group_desk",
               "wechat": "mini_program"}
BUY_P = {"douyin": 0.80, "ctrip": 0.55, "travel_agency": 0.88, "school_trip": 0.95, "wechat": 0.50}
RESERVE_P = {"douyin": 0.66, "ctrip": 0.98, "travel_agency": 0.99, "group_desk": 1.0, "mini_program": 0.98}
NOSHOW_P = {"douyin": 0.19, "ctrip": 0.05, "travel_agency": 0.03, "group_desk": 0.01, "mini_program": 0.06}
LEAD = {"douyin": (1.2, 1.2), "mini_program": (1.5, 2.0), "ctrip": (2.0, 3.5), "travel_agency": (4.0, 5.5),
        "group_desk": (5.0, 3.5)}          # gamma(shape, scale) days from ticket purchase to the visit
PRICE = {"adult": 150, "child": 80, "family": 360}
DOUYIN_PRICE = {"adult": 119, "child": 65, "family": 299}
GROUP_PRICE = {"adult": 150, "child": 50}           # school groups: children at the group rate, teachers full price
TICKET_ZH = {"adult": "成人票", "child": "儿童票", "family": "家庭套票"}
PASS = {"individual": ("个人年卡", 499, 449), "family": ("家庭年卡", 1299, 1169)}
SLOTS = {"morning": ("上午场", 9.0), "midday": ("中午场", 11.0), "afternoon": ("下午场", 13.5)}
SHOWS = {"parrot_theatre": "鹦鹉剧场", "sea_lion_show": "海狮表演"}
FOOD = {"meal_set": ("简餐套餐", 68, "food", 0.40), "drink": ("饮料", 18, "food", 0.30),
        "ice_cream": ("冰淇淋", 22, "food", 0.30)}
SOUV = {"plush_toy": ("毛绒玩具", 88, "souvenir", 0.45), "fridge_magnet": ("冰箱贴", 25, "souvenir", 0.35),
        "t_shirt": ("T恤", 99, "souvenir", 0.20)}
CAT_ZH = {"food": "餐饮", "souvenir": "文创纪念品"}
PAYS = {"wechat_pay": "微信支付", "alipay": "支付宝", "platform": "平台支付", "bank_transfer": "对公转账",
        "credit_card": "信用卡"}
REFUND_ZH = {"rain_closure": "暴雨闭园", "unused_auto_refund": "未使用自动退款"}
ORDER_ZH = {"ticket": "门票", "annual_pass": "年卡", "pass_renewal": "年卡续费", "bus_upgrade": "游览车升级",
            "food": "餐饮", "souvenir": "文创纪念品"}
MONTH_W = {1: .55, 2: .8, 3: .9, 4: 1.2, 5: 1.25, 6: .9, 7: 1.9, 8: 2.0, 9: .95, 10: 1.3, 11: .9, 12: .6}
SCHOOL_W = {3: .6, 4: 2.0, 5: 2.0, 6: .7, 9: .6, 10: 1.8, 11: 1.8, 12: .4}

TOUCHPOINTS = [
    ("tp_discover", "了解野趣园", "Heard of WildPark", "awareness", "social", "digital", "marketing",
     "看到推广|刷到视频|抖音视频|携程页面|旅行社推荐|学校通知|公众号文章|种草|曝光|heard of us|discovery|"
     "saw the video|Ctrip listing|promotion"),
    ("tp_ticket_buy", "线上购票", "Ticket bought online", "purchase", "mini_program", "digital", "ticketing",
     "买票|购票|下单|门票|团购票|成人票|儿童票|家庭套票|buy ticket|ticket purchase|booking a ticket"),
    ("tp_slot_reserve", "预约入园时段", "Time slot reserved", "purchase", "mini_program", "digital", "ticketing",
     "预约|约时段|预约入园|分时预约|选场次|reservation|reserve a slot|time slot|booking a slot"),
    ("tp_gate_entry", "检票入园", "Gate entry", "service", "store", "physical", "gate_ops",
     "入园|检票|进园|刷票|到园|闸机|gate|entry|entered|check-in|admission"),
    ("tp_safari_bus", "猛兽区游览车", "Safari bus ride", "service", "store", "physical", "safari_ops",
     "游览车|小火车|猛兽区|坐车|观光车|safari|safari bus|bus ride|tram"),
    ("tp_animal_show", "动物表演", "Animal show", "service", "store", "physical", "shows",
     "表演|演出|海狮表演|鹦鹉剧场|看表演|show|animal show|performance|sea lion"),
    ("tp_food_shop", "餐饮与文创消费", "Food & souvenirs", "service", "store", "physical", "retail",
     "吃饭|餐饮|小吃|饮料|冰淇淋|纪念品|文创|买东西|food|drinks|souvenir|gift shop|snack"),
    ("tp_exit", "出园", "Exit", "service", "store", "physical", "gate_ops", "出园|离园|出口|exit|leave|left the park"),
    ("tp_rating", "游后评价", "Visit rating", "loyalty", "mini_program", "digital", "customer_service",
     "评价|打分|满意度|问卷|rating|review|survey|feedback"),
    ("tp_pass_buy", "办年卡", "Annual pass bought", "loyalty", "mini_program", "digital", "membership",
     "办年卡|买年卡|年卡|年票|升级年卡|annual pass|season pass|membership|pass purchase"),
    ("tp_pass_renewal", "年卡续费", "Annual pass renewal", "loyalty", "mini_program", "digital", "membership",
     "续卡|续费|年卡续费|续年卡|renew|renewal|pass renewal"),
]
JOURNEYS = [
    ("first_visit", "从种草到入园", "Discovery to first visit", 60,
     ["tp_discover", "tp_ticket_buy", "tp_slot_reserve", "tp_gate_entry"]),
    ("park_day", "园内游览", "Day in the park", 1, ["tp_gate_entry", "tp_safari_bus", "tp_animal_show"]),
    ("visit_to_pass", "游玩后办年卡", "Visit to annual pass", 30, ["tp_gate_entry", "tp_pass_buy"]),
    ("pass_renewal", "年卡续费", "Annual pass renewal", 400, ["tp_pass_buy", "tp_pass_renewal"]),
]

ZH = {
    "bus_queue": ["游览车排队排了快一个小时，孩子都等哭了", "猛兽区小火车排队太久了，排了50分钟才坐上",
                  "坐游览车排队的人太多，大太阳底下干等，建议加车", "整个上午都在排队等游览车，能不能多开几辆",
                  "游览车排队时间太长，只有两辆车在跑，体验很差"],
    "healthy": ["动物们看起来都很健康，毛色很好，饲养员很用心", "老虎和狮子精神状态很好，看得出来很健康",
                "动物都养得很健康，不像有些动物园那么萎靡", "长颈鹿和斑马都很健康活泼，环境也宽敞"],
    "safari_great": ["猛兽区近距离看狮子老虎，太震撼了", "坐车游猛兽区是亮点，讲解员讲得很有意思",
                     "游览车路线设计得好，动物离得很近，值回票价"],
    "overpriced": ["园区里吃的太贵了，一份简餐68块还很难吃", "冰淇淋22一个，饮料18一瓶，价格太贵了",
                   "餐厅东西又贵又少，建议自带干粮", "纪念品和吃的都贵得离谱，一个毛绒玩具88"],
    "food_ok": ["简餐味道还可以，孩子吃得挺香", "园区餐厅干净，出餐也快"],
    "shade": ["夏天去真的太晒了，园区里遮阳的地方太少", "表演场没有遮阳棚，坐着看表演晒得受不了",
              "路上几乎没有树荫遮阳，走一圈全身是汗，孩子都晒红了", "太晒了，希望多搞点遮阳棚和喷雾"],
    "show_loved": ["孩子超喜欢海狮表演，一直喊还要看", "海狮表演太可爱了，小朋友笑得停不下来", "娃最喜欢的就是动物表演，互动环节很棒",
                   "表演很精彩，孩子看得目不转睛，回家还在模仿海狮"],
    "show_ok": ["鹦鹉剧场还行，时间有点短", "表演中规中矩，适合小朋友"],
    "refund": ["暴雨闭园说会退款，一个星期了还没到账", "下雨闭园的退款流程太慢了，打客服也没人管", "闭园退款到现在还没收到，什么时候处理？"],
    "reserve_fail": ["抖音买的票在小程序上预约不了，时段一直显示约满", "买了票想约周末的场次，全都约满了，只能放弃",
                     "预约系统太难用了，抖音券核销不了还要打电话"],
    "pass_price": ["年卡续费一点优惠都没有，不续了", "续年卡没有老会员优惠，感觉不值", "年卡续费价格太高，今年不打算续了"],
    "neutral": ["停车场有点远，要走一段路", "整体还行，中规中矩", "园区指示牌不太清楚，找了半天出口", "一般般，和别的动物园差不多"],
}
EN = {
    "bus_queue": ["Waited almost an hour in the queue for the safari bus, the kids were in tears",
                  "The safari bus queue was ridiculous, 50 minutes in the sun", "Long queue for the safari tram, they need more buses"],
    "healthy": ["The animals look healthy and well cared for", "Lions and tigers looked healthy and active, great keepers",
                "Really happy to see healthy animals with plenty of space"],
    "safari_great": ["The safari ride was the highlight, lions right next to the bus", "Amazing safari drive, very close to the animals"],
    "overpriced": ["Food inside the park is overpriced, 68 yuan for a basic meal", "Snacks and drinks are way overpriced",
                   "Souvenirs and food are overpriced, bring your own lunch"],
    "food_ok": ["The cafe food was decent and quick"],
    "shade": ["Not enough shade anywhere, we were baking in the sun", "The show arena has no shade at all, too hot to sit",
              "Please add more shade along the paths, it was brutal in August"],
    "show_loved": ["The kids loved the sea lion show, best part of the day", "Our kids loved the show, so funny and interactive",
                   "My daughter loved the animal show and wants to come back"],
    "show_ok": ["The parrot show was ok, a bit short"],
    "refund": ["The park closed for the rainstorm and my refund still hasn't arrived", "Rain closure refund is taking forever"],
    "reserve_fail": ["Bought the ticket on Douyin but could not reserve a time slot, all sold out"],
    "pass_price": ["No discount for renewing the annual pass, not renewing"],
    "neutral": ["Parking is a bit far from the gate", "It's ok, a typical zoo", "Signage could be clearer"],
}
SENT = {"bus_queue": "neg", "healthy": "pos", "safari_great": "pos", "overpriced": "neg", "food_ok": "pos",
        "shade": "neg", "show_loved": "pos", "show_ok": "neu", "refund": "neg", "reserve_fail": "neg",
        "pass_price": "neg", "neutral": "neu"}
RATING = {"bus_queue": (1, 2), "healthy": (4, 5), "safari_great": (5, 5), "overpriced": (1, 3), "food_ok": (4, 4),
          "shade": (2, 3), "show_loved": (5, 5), "show_ok": (3, 4), "refund": (1, 2), "reserve_fail": (1, 2),
          "pass_price": (2, 2), "neutral": (3, 4)}
TOPIC_TP = {"bus_queue": "tp_safari_bus", "healthy": "tp_safari_bus", "safari_great": "tp_safari_bus",
            "overpriced": "tp_food_shop", "food_ok": "tp_food_shop", "shade": "tp_animal_show",
            "show_loved": "tp_animal_show", "show_ok": "tp_animal_show", "refund": "tp_ticket_buy",
            "reserve_fail": "tp_slot_reserve", "pass_price": "tp_pass_renewal", "neutral": "tp_exit"}


def in_range(d, rng_):
    return rng_[0] <= d <= rng_[1]


def holiday(d):
    return in_range(d, GOLDEN) or any(in_range(d, r) for r in SPRING + MAYDAY)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    customers, events, orders, feedback = [], [], [], []
    ids = {"e": 0, "o": 0, "f": 0, "v": 0, "p": 0}

    def nid(kind, prefix, width):
        ids[kind] += 1
        return f"{prefix}{ids[kind]:0{width}d}"

    def u(a, b):
        return a + (b - a) * rng.random()

    def pick(d, idx=None):
        keys = list(d)
        w = np.array([d[k][idx] if idx is not None else d[k] for k in keys], dtype=float)
        return keys[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def fmt(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def daytype(d):
        return "weekend" if d.weekday() >= 5 or holiday(d) else "weekday"

    # ---- the calendar: visit-date weights
    days = [date(2025, 1, 3) + D(days=i) for i in range((date(2026, 8, 25) - date(2025, 1, 3)).days)]
    w_pub = np.array([MONTH_W[d.month] * (2.3 if daytype(d) == "weekend" else 1.0) * (2.6 if holiday(d) else 1.0)
                      for d in days])
    w_sch = np.array([SCHOOL_W.get(d.month, 0.0) * (0 if d.weekday() >= 5 or holiday(d) else 1.0) for d in days])
    w_pub, w_sch = w_pub / w_pub.sum(), w_sch / w_sch.sum()

    day_ord = np.array([d.toordinal() for d in days])
    cum_pub, cum_sch = np.cumsum(w_pub), np.cumsum(w_sch)

    def visit_day(school=False, lo=None, hi=None):
        if lo is None and hi is None:
            return days[int(np.searchsorted(cum_sch if school else cum_pub, rng.random(), side="right"))]
        w = (w_sch if school else w_pub) * ((day_ord >= (lo or days[0]).toordinal())
                                            & (day_ord <= (hi or days[-1]).toordinal()))
        if w.sum() == 0:
            return None
        return days[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right"))]

    def ev(cust, t, tp, **kw):
        r = dict(event_id=nid("e", "E", 7), customer_id=cust["customer_id"], ts=fmt(t), touchpoint_id=tp,
                 session_id=None, action=None, device=None, channel=None)
        r.update(kw)
        if t <= END:
            events.append(r)
        return r

    def order(cust, t, amount, otype, status="paid", channel="mini_program", pay=None, **kw):
        if pay is None:
            pay = "wechat_pay" if rng.random() < 0.68 else "alipay"
        r = dict(order_id=nid("o", "O", 6), customer_id=cust["customer_id"], ts=fmt(t), amount=f"{amount:.2f}",
                 status=status, channel=channel, device=cust["phone_os"] if channel != "store" else None,
                 order_type=otype, 订单类型=ORDER_ZH[otype], payment_method=pay, 支付方式=PAYS[pay])
        r.update(kw)
        if t <= END:
            orders.append(r)
        return r

    def fb(cust, t, topic, channel, dated=True, rating=True, lang=None, tp="default"):
        if t > END:
            return
        if lang is None:
            lang = "en" if (cust["home_city"] == "海外" or rng.random() < 0.04) else "zh"
        texts = (EN if lang == "en" else ZH)[topic]
        text = texts[int(rng.integers(len(texts)))]
        lo, hi = RATING[topic]
        feedback.append(dict(feedback_id=nid("f", "F", 5), text=text, ts=fmt(t) if dated else None,
                             customer_id=cust["customer_id"], touchpoint_id=TOPIC_TP[topic] if tp == "default" else tp,
                             channel=channel, rating=int(lo + rng.integers(hi - lo + 1)) if rating else None,
                             language=lang, sentiment_label=SENT[topic], visitor_type=cust["visitor_type"],
                             游客类型=cust["游客类型"], home_city=cust["home_city"], home_city_en=cust["home_city_en"]))
        return feedback[-1]

    def queue_minutes(d, vip):
        if vip:
            return round(u(2, 9))
        base = 26.0 if daytype(d) == "weekend" else 11.0
        if d.month in (7, 8):
            base *= 1.3
        if holiday(d):
            base = 45.0
        if in_range(d, BUS_OUTAGE):
            base *= 1.9
        return max(2, round(base * rng.gamma(5.0, 0.2)))

    def visit(cust, vday, slot, platform, visit_id, ticket_orders, pass_visit):
        """everything from the gate on; returns the entry time or None."""
        ctype = cust["visitor_type"]
        dt = daytype(vday)
        if vday in CLOSURES:
            for o in ticket_orders:
                o["status"], o["refund_reason"], o["退款原因"] = "refunded", "rain_closure", REFUND_ZH["rain_closure"]
                o["refunded_at"] = fmt(datetime.combine(vday, datetime.min.time()) + D(hours=u(9, 12)))
            if ticket_orders and rng.random() < 0.4:
                fb(cust, datetime.combine(vday, datetime.min.time()) + D(days=u(3, 12)), "refund", "service_ticket",
                   rating=False)
            return None
        p_no = 0.09 if pass_visit else NOSHOW_P[platform]
        if rng.random() < p_no:
            if platform == "douyin" and not pass_visit:
                for o in ticket_orders:
                    o["status"], o["refund_reason"], o["退款原因"] = ("refunded", "unused_auto_refund",
                                                                     REFUND_ZH["unused_auto_refund"])
                    o["refunded_at"] = fmt(datetime.combine(vday, datetime.min.time()) + D(days=3, hours=2))
            return None
        t0 = datetime.combine(vday, datetime.min.time()) + D(hours=SLOTS[slot][1] + u(0, 1.9))
        common = dict(session_id=visit_id, channel="store", day_type=dt, 日期类型="周末/节假日" if dt == "weekend" else "工作日",
                      visit_date=vday.isoformat(), party_size=cust["party_size"])
        gate = "south_gate" if rng.random() < 0.6 else "north_gate"
        ev(cust, t0, "tp_gate_entry", action="scan", gate=gate, 入口={"south_gate": "南门", "north_gate": "北门"}[gate],
           slot=slot, 入园时段=SLOTS[slot][0], **common)
        t, summer = t0, vday.month in (7, 8)
        queue, show, bought = None, None, []
        p_bus = {"family": .88, "couple": .80, "tourist": .86, "school_group": .97}[ctype]
        if rng.random() < p_bus:
            p_vip = (0.22 if in_range(vday, BUS_OUTAGE) else 0.07) + (0.05 if ctype == "tourist" else 0)
            vip = ctype != "school_group" and rng.random() < p_vip
            queue = queue_minutes(vday, vip)
            t = t + D(minutes=u(15, 50) + queue)
            if vip:
                order(cust, t - D(minutes=queue + u(5, 20)), 60 * cust["party_size"], "bus_upgrade",
                      channel="mini_program", visit_id=visit_id, qty=cust["party_size"], item="vip_safari",
                      商品="VIP快线", visit_date=vday.isoformat())
            ev(cust, t, "tp_safari_bus", action="board", bus_type="vip" if vip else "standard",
               车型="VIP快线" if vip else "普通游览车", queue_minutes=queue, **common)
            t = t + D(minutes=40)
        after = vday >= SEA_LION
        p_show = ({"family": .80, "couple": .55, "tourist": .65, "school_group": .90} if after else
                  {"family": .50, "couple": .35, "tourist": .40, "school_group": .70})[ctype]
        if rng.random() < p_show:
            show = "sea_lion_show" if after and rng.random() < 0.7 else "parrot_theatre"
            t = t + D(minutes=u(15, 60))
            ev(cust, t, "tp_animal_show", action="attend", show_name=show, 表演名称=SHOWS[show], **common)
            t = t + D(minutes=30)
        p_food = {"family": .70, "couple": .60, "tourist": .55, "school_group": .25}[ctype]
        p_souv = {"family": .30, "couple": .20, "tourist": .35, "school_group": .10}[ctype]
        if cust["home_city"] == "海外":
            p_souv = 0.68
        for cat, p, menu in (("food", p_food, FOOD), ("souvenir", p_souv, SOUV)):
            if rng.random() < p:
                item = pick(menu, 3)
                qty = int(1 + rng.integers(min(cust["party_size"], 4)))
                t = t + D(minutes=u(10, 50))
                ev(cust, t, "tp_food_shop", action="purchase", item_category=cat, 商品类别=CAT_ZH[cat], item=item,
                   商品=menu[item][0], amount=menu[item][1] * qty, **common)
                order(cust, t, menu[item][1] * qty, cat, channel="store",
                      pay=pick({"wechat_pay": .62, "alipay": .33, "credit_card": .05}), visit_id=visit_id, qty=qty,
                      item=item, 商品=menu[item][0], visit_date=vday.isoformat())
                bought.append(cat)
        stay = rng.normal(3.5, 0.3) if ctype == "school_group" else (rng.normal(3.2, 0.5) if summer
                                                                     else rng.normal(4.4, 0.6))
        t_exit = max(t0 + D(hours=max(1.5, stay)), t + D(minutes=u(10, 30)))
        ev(cust, t_exit, "tp_exit", action="scan", gate=gate, 入口={"south_gate": "南门", "north_gate": "北门"}[gate],
           **common)
        # ---- rating and feedback about this visit
        opts = {"neutral": 0.35}
        if queue is not None:
            if queue > 40:
                opts["bus_queue"] = 3.0
            elif queue <= 25:
                opts["healthy"], opts["safari_great"] = 0.9, 0.6
            else:
                opts["healthy"] = 0.4
        if summer:
            opts["shade"] = 1.6 if show else 0.7
        if show:
            kids = cust["children_band"] != "0"
            opts["show_loved" if kids else "show_ok"] = (2.0 if show == "sea_lion_show" else 0.6) if kids else 0.5
        if "food" in bought or "souvenir" in bought:
            opts["overpriced"], opts["food_ok"] = 1.3, 0.3
        p_rate = 0.12 if pass_visit else 0.30
        if rng.random() < p_rate:
            topic = pick(opts)
            tr = t_exit + D(hours=u(0.3, 30))
            tp = TOPIC_TP[topic] if not (topic == "shade" and not show) else None
            f = fb(cust, tr, topic, "survey", tp=tp)
            if f is not None:
                ev(cust, tr, "tp_rating", session_id=visit_id, action="submit", channel="mini_program",
                   device=cust["phone_os"], rating=f["rating"])
        p_ct = 0.34 if platform in ("ctrip", "travel_agency") and not pass_visit else 0.0
        if rng.random() < p_ct:
            topic = pick(opts)
            fb(cust, t_exit + D(days=u(0.2, 6)), topic, "ctrip_review", dated=rng.random() > 0.10,
               tp=TOPIC_TP[topic] if not (topic == "shade" and not show) else None)
        if platform == "douyin" and not pass_visit and rng.random() < 0.24:
            topic = pick(opts)
            fb(cust, t_exit + D(days=u(0.1, 4)), topic, "douyin_comment", dated=rng.random() > 0.08, rating=False,
               tp=TOPIC_TP[topic] if not (topic == "shade" and not show) else None)
        return t0

    # ---- customers and their journeys
    for i in range(N):
        cid = f"C{i + 1:05d}"
        ctype = pick(TYPES, 1)
        ch = pick(CHANNEL_BY_TYPE[ctype])
        city = pick(CITY_BY_TYPE[ctype])
        if ctype == "family":
            kids = pick({"1": .55, "2": .38, "3+": .07})
        elif ctype == "tourist":
            kids = "1" if rng.random() < 0.25 else "0"
        elif ctype == "school_group":
            kids = "3+"
        else:
            kids = "0"
        if ctype == "family":
            size = 2 + {"1": 1, "2": 2, "3+": 3}[kids]
        elif ctype == "tourist":
            size = int(1 + rng.integers(3)) + (1 if kids == "1" else 0)
        else:
            size = 2 if ctype == "couple" else int(28 + rng.integers(20))
        cust = dict(customer_id=cid, signup_at=None, segment=None, region=CITIES[city][1], acquisition_channel=ch,
                    tier=None, visitor_type=ctype, 游客类型=TYPES[ctype][0], 获客渠道=CHANNELS[ch], home_city=city,
                    home_city_en=CITIES[city][0], 客源地=REGION_ZH[CITIES[city][1]], children_band=kids,
                    孩子数=KIDS_ZH[kids], party_size=size, phone_os="ios" if rng.random() < 0.46 else "android",
                    contact_age_band=pick({"18-25": .18, "26-35": .40, "36-45": .32, "46+": .10}),
                    member_level=None, 会员等级=None)
        customers.append(cust)
        school = ctype == "school_group"
        platform = PLATFORM_OF[ch]
        # the visit day this customer would aim for, then purchase and discovery before it
        while True:
            vday = visit_day(school)
            lead = rng.gamma(*LEAD[platform])
            t_visit = datetime.combine(vday, datetime.min.time()) + D(hours=9)
            t_buy = t_visit - D(days=lead) - D(hours=u(0.5, 3))
            gap = rng.gamma(1.0, 0.6 if ch == "douyin" else 2.0)
            t_disc = t_buy - D(days=gap)
            if START + D(hours=8) <= t_disc <= END - D(days=1):
                break
        src = {"douyin": "douyin_video", "ctrip": "ctrip_listing", "travel_agency": "agency_brochure",
               "school_trip": "school_notice", "wechat": "wechat_article"}[ch]
        ev(cust, t_disc, "tp_discover", action="view", source=src,
           channel={"douyin": "social", "ctrip": "web", "travel_agency": "other", "school_trip": "other",
                    "wechat": "social"}[ch], device=cust["phone_os"] if ch in ("douyin", "ctrip", "wechat") else None)
        cust["signup_at"] = fmt(t_disc)
        entries, passes = [], []
        if rng.random() >= BUY_P[ch]:
            if rng.random() < 0.3:
                order(cust, t_disc + D(hours=u(0.1, 20)), PRICE["adult"] * 2, "ticket", status="cancelled",
                      channel="app" if ch == "ctrip" else "mini_program", ticket_type="adult", 票种=TICKET_ZH["adult"],
                      qty=2, platform=platform, 购票平台=PLATFORM[platform])
        else:
            visits_plan = [(vday, platform, t_buy)]
            # some non-pass locals come back once more, buying on the mini-program
            if ctype in ("family", "couple") and cust["region"] in ("local", "in_province") and rng.random() < 0.13:
                v2 = visit_day(lo=vday + D(days=45))
                if v2:
                    visits_plan.append((v2, "mini_program", datetime.combine(v2, datetime.min.time())
                                        - D(days=rng.gamma(*LEAD["mini_program"])) - D(hours=1)))
            for k, (vd, plat, tb) in enumerate(visits_plan):
                if tb > END:
                    break
                vid = nid("v", "V", 6)
                dev = cust["phone_os"] if plat != "group_desk" else None
                evch = {"douyin": "social", "ctrip": "app", "travel_agency": "other", "group_desk": "phone",
                        "mini_program": "mini_program"}[plat]
                ticket_orders = []
                prices = DOUYIN_PRICE if plat == "douyin" else GROUP_PRICE if plat == "group_desk" else PRICE
                if ctype == "family":
                    lines = [("family", 1)] + ([("child", 1)] if kids == "3+" else [])
                elif ctype == "couple":
                    lines = [("adult", 2)]
                elif ctype == "tourist":
                    lines = [("adult", size - (1 if kids == "1" else 0))] + ([("child", 1)] if kids == "1" else [])
                else:
                    lines = [("child", size - 3), ("adult", 3)]
                pay = ("platform" if plat in ("douyin", "ctrip") else "bank_transfer" if plat == "group_desk"
                       else "credit_card" if plat == "travel_agency" and rng.random() < 0.5 else None)
                for tt, qty in lines:
                    ticket_orders.append(order(cust, tb, prices[tt] * qty, "ticket", channel=evch, pay=pay,
                                               ticket_type=tt, 票种=TICKET_ZH[tt], qty=qty, platform=plat,
                                               购票平台=PLATFORM[plat], visit_id=vid, visit_date=vd.isoformat()))
                tt_main = lines[0][0]
                ev(cust, tb, "tp_ticket_buy", session_id=vid, action="pay", channel=evch, device=dev, platform=plat,
                   购票平台=PLATFORM[plat], ticket_type=tt_main, 票种=TICKET_ZH[tt_main], party_size=size,
                   amount=sum(float(o["amount"]) for o in ticket_orders), visit_date=vd.isoformat())
                if rng.random() >= RESERVE_P[plat]:
                    if plat == "douyin":
                        for o in ticket_orders:
                            o["status"], o["refund_reason"] = "refunded", "unused_auto_refund"
                            o["退款原因"] = REFUND_ZH["unused_auto_refund"]
                            o["refunded_at"] = fmt(tb + D(days=30))
                        if rng.random() < 0.18:
                            fb(cust, tb + D(days=u(1, 10)), "reserve_fail",
                               "service_ticket" if rng.random() < 0.5 else "douyin_comment", rating=False)
                    continue
                slot = "morning" if school else pick({"morning": .45, "midday": .25, "afternoon": .30})
                if plat == "travel_agency":
                    slot = "morning"
                tr = tb + D(minutes=u(2, 40)) if plat != "douyin" else tb + D(hours=u(0.2, 20))
                tr = min(tr, datetime.combine(vd, datetime.min.time()) + D(hours=8))
                ev(cust, tr, "tp_slot_reserve", session_id=vid, action="reserve", channel="mini_program", device=dev,
                   platform=plat, 购票平台=PLATFORM[plat], visit_date=vd.isoformat(), slot=slot, 入园时段=SLOTS[slot][0],
                   party_size=size)
                t_in = visit(cust, vd, slot, plat, vid, ticket_orders, False)
                if t_in is not None and t_in <= END:
                    entries.append(t_in)
        # ---- annual pass after a first visit (locals with kids most)
        if entries and ctype in ("family", "couple"):
            p = {"local": .48, "in_province": .25}.get(cust["region"], 0.02) * (1.0 if ctype == "family" else 0.55)
            if city == "湖州":             # an hour away on the train: Huzhou families who buy a pass love it
                p = 0.6
            if rng.random() < p:
                ptype = "family" if ctype == "family" and rng.random() < 0.75 else "individual"
                t_p = entries[0] + D(hours=u(2, 30 * 24))
                while t_p <= END:
                    pid = nid("p", "AP", 5)
                    first = not passes
                    tp = "tp_pass_buy" if first else "tp_pass_renewal"
                    amt = PASS[ptype][1] if first else PASS[ptype][2]
                    ev(cust, t_p, tp, session_id=pid, action="pay", channel="mini_program", device=cust["phone_os"],
                       pass_type=ptype, 年卡类型=PASS[ptype][0], amount=amt)
                    order(cust, t_p, amt, "annual_pass" if first else "pass_renewal", pass_type=ptype,
                          年卡类型=PASS[ptype][0], pass_id=pid, valid_until=(t_p + D(days=365)).date().isoformat())
                    passes.append((t_p, ptype))
                    t_end = t_p + D(days=365)
                    rate = (9.0 if cust["region"] == "local" else 4.0) * (1.2 if ptype == "family" else 1.0)
                    n_vis = rng.poisson(rate)
                    for _ in range(n_vis):
                        vd = visit_day(lo=t_p.date() + D(days=1), hi=min(t_end.date(), END.date() + D(days=20)))
                        if vd is None:
                            break
                        vid = nid("v", "V", 6)
                        slot = pick({"morning": .5, "midday": .2, "afternoon": .3})
                        tr = datetime.combine(vd, datetime.min.time()) - D(days=u(0, 3)) + D(hours=u(0, 8))
                        ev(cust, tr, "tp_slot_reserve", session_id=vid, action="reserve", channel="mini_program",
                           device=cust["phone_os"], platform="annual_pass", 购票平台="年卡", visit_date=vd.isoformat(),
                           slot=slot, 入园时段=SLOTS[slot][0], party_size=size)
                        t_in = visit(cust, vd, slot, "mini_program", vid, [], True)
                        if t_in is not None and t_in <= END:
                            entries.append(t_in)
                    # renewal around the expiry
                    p_ren = ({"local": .66, "in_province": .36}.get(cust["region"], .2)
                             * (1.0 if ptype == "family" else 0.6))
                    if city == "湖州":
                        p_ren = 1.0
                    if rng.random() < p_ren:
                        t_p = t_end + D(days=u(-20, 25))
                    else:
                        if t_end <= END and rng.random() < 0.25:
                            fb(cust, t_end + D(days=u(0, 20)), "pass_price",
                               "service_ticket" if rng.random() < 0.6 else "survey",
                               rating=False)
                        break
        # ---- customer attributes as of the export
        valid = [p for p in passes if p[0] + D(days=365) >= END]
        if valid:
            cust["member_level"] = valid[-1][1] + "_pass"
        elif passes:
            cust["member_level"] = "expired_pass"
        else:
            cust["member_level"] = "none"
        cust["会员等级"] = {"none": "非会员", "individual_pass": "个人年卡", "family_pass": "家庭年卡",
                        "expired_pass": "年卡已过期"}[cust["member_level"]]
        cust["tier"] = cust["member_level"]
        n_in = len([e for e in entries if e <= END])
        cust["segment"] = ("pass_holder" if valid else "lapsed" if passes else "prospect" if n_in == 0
                           else "returning" if n_in > 1 else "new")

    # ---- events: sort, a few duplicates re-sent by the gate scanners
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    gate_rows = [r for r in events if r["touchpoint_id"] == "tp_gate_entry"]
    for j in rng.choice(len(gate_rows), 12, replace=False):
        events.append(dict(gate_rows[int(j)]))
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    feedback.sort(key=lambda r: (r["ts"] or "9999", r["feedback_id"]))

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4], 1)])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in cols])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
