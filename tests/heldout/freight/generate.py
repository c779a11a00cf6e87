"""快运到 VanGo: same-city freight / van hailing in 深圳, 广州 and 成都, 2024-09-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260917
START = datetime(2024, 9, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 4000
D = timedelta

CITIES = ["深圳", "广州", "成都"]
CITY_W = [0.40, 0.35, 0.25]
CITY_EN = {"深圳": "Shenzhen", "广州": "Guangzhou", "成都": "Chengdu"}
CODE = {"深圳": "SZ", "广州": "GZ", "成都": "CD"}
REGION = {"深圳": "华南", "广州": "华南", "成都": "西南"}
SEG_ZH = {"merchant": "商户", "household": "个人"}
CATS = [("建材五金", "building_materials"), ("生鲜餐饮", "fresh_food"), ("家具家居", "furniture"),
        ("电商仓配", "ecommerce"), ("服装批发", "apparel")]
CAT_W = [0.24, 0.22, 0.16, 0.22, 0.16]
CAT_RATE = {"building_materials": 0.55, "fresh_food": 0.75, "furniture": 0.45, "ecommerce": 1.25, "apparel": 0.6}
# vehicle: zh, en, start fare, per km, waiting fee per started 10 min
VEH = {"mini": ("小面包车", "Mini Van", 28, 2.6, 6), "medium": ("中面包车", "Medium Van", 45, 3.5, 8),
       "t42": ("4.2米厢货", "4.2m Truck", 160, 5.5, 15), "t68": ("6.8米厢货", "6.8m Truck", 380, 8.5, 20)}
VEH_W = {"building_materials": [0.05, 0.15, 0.65, 0.15], "fresh_food": [0.25, 0.60, 0.15, 0.0],
         "furniture": [0.0, 0.20, 0.55, 0.25], "ecommerce": [0.15, 0.50, 0.30, 0.05],
         "apparel": [0.45, 0.45, 0.10, 0.0], "household": [0.48, 0.34, 0.16, 0.02]}
N_DRIVERS = {"深圳": {"mini": 10, "medium": 10, "t42": 12, "t68": 4},
             "广州": {"mini": 9, "medium": 9, "t42": 11, "t68": 4},
             "成都": {"mini": 8, "medium": 7, "t42": 4, "t68": 2}}
RUDE_DRIVER, LATE_DRIVER, NEW_DRIVER = "GZ-D023", "SZ-D014", "CD-D022"
WAIT_RULE = datetime(2025, 9, 15)            # free waiting cut from 40 to 20 minutes (by order date)
BAD_APP = (datetime(2026, 3, 1), datetime(2026, 3, 29))   # Android app 5.2.0: order page crashes
SINGLES_DAY = (datetime(2025, 11, 1), datetime(2025, 11, 12))
CANCEL = {"no_driver_found": "长时间无司机接单", "changed_plans": "计划有变", "price_too_high": "价格太贵",
          "found_other_vehicle": "找了别的车", "driver_cancelled": "司机取消", "customer_cancelled": "客户取消"}

TOUCHPOINTS = [
    ("tp_app_open", "打开App", "Open app", "consideration", "app", "digital", "growth",
     "打开App|打开小程序|启动App|进App|open app|app launch|opened the app|visit"),
    ("tp_quote", "获取报价", "Get quote", "consideration", "app", "digital", "pricing",
     "报价|询价|估价|查价格|算运费|get quote|quote|price check|fare estimate"),
    ("tp_order_placed", "下单", "Place order", "purchase", "app", "digital", "product",
     "下单|叫车|提交订单|约车|place order|book|booking|order placed"),
    ("tp_driver_matched", "司机接单", "Driver matched", "purchase", "other", "digital", "dispatch",
     "接单|派单|匹配司机|司机抢单|driver matched|driver accepted|matching|dispatch"),
    ("tp_cancel_before_match", "接单前取消", "Cancelled before match", "purchase", "app", "digital", "dispatch",
     "没人接单取消|接单前取消|取消订单|cancel before match|cancelled before a driver|cancellation"),
    ("tp_cancel_after_match", "接单后取消", "Cancelled after match", "purchase", "app", "digital", "dispatch",
     "接单后取消|司机取消|改约|cancel after match|driver cancelled|late cancellation"),
    ("tp_driver_arrived", "司机到达", "Driver arrived", "service", "other", "physical", "operations",
     "司机到了|到达装货地|到场|迟到|driver arrived|arrival|pickup arrival|late driver"),
    ("tp_loaded", "装货完成", "Loaded", "service", "other", "physical", "operations",
     "装货|装车|取货|搬运上车|等候|loaded|loading|picked up|pickup"),
    ("tp_delivered", "送达", "Delivered", "service", "other", "physical", "operations",
     "送达|卸货|签收|到货|delivered|drop-off|delivery|unloaded"),
    ("tp_paid", "支付", "Paid", "purchase", "app", "digital", "payments",
     "支付|付款|结算|付运费|paid|payment|pay|checkout"),
    ("tp_rated", "评价", "Rated", "loyalty", "app", "digital", "service_quality",
     "评价|打分|评分|给司机打星|rated|rating|review|stars"),
    ("tp_damage_claim", "货损理赔", "Damage claim", "service", "phone", "digital", "customer_service",
     "理赔|货损|索赔|报损|damage claim|claim|broken goods claim"),
]
JOURNEYS = [
    ("booking", "下单漏斗", "Booking funnel", 1,
     ["tp_app_open", "tp_quote", "tp_order_placed", "tp_driver_matched"]),
    ("fulfilment", "履约流程", "Fulfilment", 3,
     ["tp_driver_matched", "tp_driver_arrived", "tp_loaded", "tp_delivered", "tp_paid"]),
    ("rating", "支付后评价", "Rating after payment", 7, ["tp_paid", "tp_rated"]),
]

TXT = {
    "late": (["司机迟到了{n}分钟，电话也不接", "约好的时间，司机迟到快一个小时", "师傅迟到了，害我们在门口干等",
              "司机来得太晚了，耽误我开店", "又迟到！说好半小时到，结果等了{n}分钟"],
             ["Driver was {n} minutes late and didn't pick up the phone.", "The driver showed up late, we lost the morning.",
              "Driver arrived way too late for a booked slot.", "Late again, {n} minutes past the ETA."]),
    "rude": (["司机态度很差，还骂人", "师傅态度恶劣，一点忙都不帮", "司机很不耐烦，说话很冲", "司机嫌货多骂骂咧咧，态度很差"],
             ["Driver was rude and refused to help load.", "Very rude driver, shouting at my staff.",
              "Driver had a bad attitude the whole time."]),
    "damage": (["货送到发现箱子被压坏了", "瓷砖碎了好几块，要求赔偿", "冰箱门被撞凹了", "家具磕坏了一个角", "货物损坏，找谁赔？"],
               ["Goods arrived damaged, two boxes crushed.", "My table got scratched and one leg broke.",
                "Several tiles were broken on arrival.", "Damaged goods, nobody takes responsibility."]),
    "waitfee": (["莫名其妙多收了{fee}元等候费", "等候费太坑了，装货多等一会儿就收钱", "免费等候时间怎么变短了？又被收等候费",
                 "等候费收得不合理，装货本来就慢"],
                ["Charged a {fee} yuan waiting fee, the free waiting time is way too short now.",
                 "Why is there a waiting fee? Loading only took a bit longer.", "Unfair waiting fee again."]),
    "stairs": (["司机到了临时要加{fee}元搬运费，下单时没说", "上楼搬运费乱收，说好的价格又加钱", "搬运费临时加价，太不透明了"],
               ["Driver demanded an extra {fee} yuan stairs fee at the door, it was not in the quote.",
                "Surprise stairs fee for carrying upstairs, price was not what the app said."]),
    "nodriver": (["等了{n}分钟都没有司机接单，只能取消", "叫4.2米的车半天没人接", "这边车太少了，一直没人接单",
                  "下单后一直没司机接，耽误发货"],
                 ["Waited {n} minutes and no driver accepted, had to cancel.", "No driver found for a 4.2m truck, again.",
                  "No driver for ages, this keeps happening."]),
    "crash": (["新版本一点下单就闪退", "安卓更新后下单页面闪退，根本下不了单", "App闪退，报价完提交不了订单"],
              ["App crashes when I try to place the order after the update.", "Keeps crashing on the order page (Android).",
               "Crash every time I tap confirm. Useless update."]),
    "drvcancel": (["司机接单后又取消了，耽误事", "接单的司机临时取消，还得重新叫车"],
                  ["Driver accepted and then cancelled on me.", "The driver cancelled after accepting, I had to rebook."]),
    "pricey": (["运费比以前贵了不少", "报价太贵了，不如找路边的车"], ["Quotes are too expensive lately.", "Too expensive for such a short trip."]),
    "praise": (["师傅很准时，还帮忙搬货，点赞", "价格实惠，送得很快", "司机很专业，货物完好", "挺好的，下次还用",
                "接单快，师傅人很好", "好评，准时送到"],
               ["On time and very helpful driver.", "Fast delivery, fair price.", "Great service, will use again.",
                "Driver was professional and careful.", "Quick match, smooth trip."]),
    "neutral": (["还行吧", "一般般，没什么特别的", "正常送达"], ["It was OK.", "Fine, nothing special.", "Delivered as expected."]),
}
TOPIC_TP = {"late": "tp_driver_arrived", "rude": "tp_loaded", "damage": "tp_delivered", "waitfee": "tp_paid",
            "stairs": "tp_paid", "nodriver": "tp_driver_matched", "crash": "tp_order_placed",
            "drvcancel": "tp_cancel_after_match", "pricey": "tp_quote", "praise": "tp_rated", "neutral": "tp_rated"}
TICKET_CAT = {"late": "司机迟到", "rude": "司机态度", "damage": "货损", "waitfee": "费用争议", "stairs": "费用争议",
              "nodriver": "无司机接单", "crash": "App问题", "drvcancel": "司机取消", "pricey": "价格"}
NOTE = {
    "damage": (["客户来电反映货物损坏，已登记理赔", "来电：货到后发现损坏，已安排核实"],
               ["Customer called about damaged goods, claim logged.", "Call: goods damaged in transit, escalated to claims."]),
    "waitfee": (["客户来电质疑等候费，已解释新的免费等候规则", "来电投诉等候费，已退{fee}元"],
                ["Customer disputed the waiting fee, explained the new 20-minute free waiting rule.",
                 "Call about waiting fee of {fee} yuan, partial refund given."]),
    "stairs": (["客户投诉司机临时加收搬运费", "来电：搬运费没在报价里，要求退还"],
               ["Customer complained the driver added a stairs fee on site.", "Stairs fee dispute, not in the quote."]),
    "rude": (["客户投诉司机态度很差", "来电反映司机骂人"], ["Customer reported a rude driver.", "Complaint: driver was rude to the customer."]),
    "late": (["客户来电催促，司机迟到", "司机迟到，客户要求补偿"], ["Customer chasing a late driver.", "Driver late, customer asked for compensation."]),
    "nodriver": (["客户反映长时间没有司机接单", "来电：等很久没人接单，已协助取消"],
                 ["Customer says no driver accepted for a long time.", "No driver found, helped the customer cancel."]),
}


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    def pick(seq, p=None):
        return seq[int(rng.choice(len(seq), p=p))]

    # ---------------- day weights (seasonality) ----------------
    days = [(START - D(days=60)) + D(days=i) for i in range((END - START).days + 61)]
    base_w = np.ones(len(days))
    for i, d in enumerate(days):
        w = 1.0 + 0.35 * (d - START).days / (END - START).days          # growth
        if datetime(2025, 1, 22) <= d <= datetime(2025, 2, 8) or datetime(2026, 2, 10) <= d <= datetime(2026, 2, 27):
            w *= 0.3                                                       # spring festival
        if d.weekday() == 6:
            w *= 0.75
        base_w[i] = w
    hh_w = base_w.copy()
    for i, d in enumerate(days):
        if d.month in (7, 8):
            hh_w[i] *= 1.4                                                 # summer moves
    ec_w = base_w.copy()
    for i, d in enumerate(days):
        if SINGLES_DAY[0] <= d < SINGLES_DAY[1] or datetime(2024, 11, 1) <= d < datetime(2024, 11, 12):
            ec_w[i] *= 3.5                                                 # 双11 for e-commerce merchants
        if datetime(2025, 6, 1) <= d < datetime(2025, 6, 19) or datetime(2026, 6, 1) <= d < datetime(2026, 6, 19):
            ec_w[i] *= 2.0                                                 # 618

    # ---------------- drivers ----------------
    drivers = {}       # (city, veh) -> list of ids
    dweight, drude, dlate, ddamage = {}, {}, {}, {}
    for city in CITIES:
        k = 0
        for veh in ("mini", "medium", "t42", "t68"):
            for _ in range(N_DRIVERS[city][veh]):
                k += 1
                did = f"{CODE[city]}-D{k:03d}"
                drivers.setdefault((city, veh), []).append(did)
                dweight[did] = float(rng.gamma(2.5, 0.4))
                drude[did], dlate[did], ddamage[did] = 0.03, 1.0, 0.015 if veh in ("mini", "medium") else 0.025
    dweight[RUDE_DRIVER] = 3.5
    drude[RUDE_DRIVER], ddamage[RUDE_DRIVER] = 0.6, 0.16
    dweight[LATE_DRIVER] = 1.8
    dlate[LATE_DRIVER] = 2.6
    drude[NEW_DRIVER], dlate[NEW_DRIVER], ddamage[NEW_DRIVER] = 1.0, 2.5, 0.4

    # ---------------- customers ----------------
    sign_days = [(START - D(days=420)) + D(days=i) for i in range((END - START).days + 420 - 20)]
    sw = np.array([1.0 + 0.6 * i / len(sign_days) for i in range(len(sign_days))])
    sw /= sw.sum()
    customers = []
    for i in range(N):
        seg = "merchant" if rng.random() < 0.42 else "household"
        city = pick(CITIES, CITY_W)
        sd = sign_days[int(rng.choice(len(sign_days), p=sw))] + D(seconds=int(rng.integers(8 * 3600, 22 * 3600)))
        if seg == "merchant":
            ci = int(rng.choice(len(CATS), p=CAT_W))
            cat_zh, cat_en = CATS[ci]
            chan = pick(["offline_bd", "baidu_sem", "referral", "douyin", "app_store", "wechat_ads"],
                        [0.30, 0.18, 0.20, 0.12, 0.12, 0.08])
        else:
            cat_zh = cat_en = ""
            chan = pick(["douyin", "app_store", "xiaohongshu", "referral", "baidu_sem", "wechat_ads"],
                        [0.30, 0.22, 0.16, 0.14, 0.10, 0.08])
        os_ = "ios" if rng.random() < (0.45 if city == "深圳" else 0.33) else "android"
        lang = "en" if rng.random() < (0.12 if city == "深圳" else 0.05) else "zh"
        tier = "plus" if rng.random() < (0.22 if seg == "merchant" else 0.06) else "standard"
        prefers_mp = rng.random() < 0.25
        customers.append(dict(customer_id=f"C{i + 1:05d}", signup_at=sd, segment=seg, 客户类型=SEG_ZH[seg], city=city,
                              city_en=CITY_EN[city], region=REGION[city], acquisition_channel=chan, tier=tier,
                              merchant_category=cat_zh, industry=cat_en, primary_device=os_, language=lang,
                              _mp=prefers_mp))

    # ---------------- sessions -> events, orders ----------------
    events, orders, feedback = [], [], []
    fb_pending = []   # (topic, ts, customer, tp, channel, rating, extra)
    ev_n = [0]
    sess_n = 0
    ord_n = 0
    day_index = {d.date(): i for i, d in enumerate(days)}

    def add_ev(c, t, tp, sid, action, device, channel, **kw):
        ev_n[0] += 1
        row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp, session_id=sid,
                   action=action, device=device, channel=channel, city=c["city"])
        row.update(kw)
        events.append(row)

    for c in customers:
        seg = c["segment"]
        rate = (1.3 * CAT_RATE[c["industry"]] if seg == "merchant" else 0.09) * float(rng.gamma(2.0, 0.5))
        first = max(c["signup_at"], START)
        last = min(END, c["signup_at"] + D(days=float(rng.exponential(520 if seg == "merchant" else 700))))
        if first >= last - D(days=5):
            continue
        months = (last - first).days / 30.4
        n = int(rng.poisson(rate * months))
        if seg == "household":
            n = max(n, 1 if rng.random() < 0.85 else 0)
        if n == 0:
            continue
        lo, hi = day_index[first.date()], day_index[last.date()]
        w = (ec_w if c["industry"] == "ecommerce" else hh_w if seg == "household" else base_w)[lo:hi + 1]
        picks = np.sort(rng.choice(hi - lo + 1, size=n, p=w / w.sum()))
        n_orders_c = 0
        for pi in picks:
            day = days[lo + int(pi)]
            hour = int(rng.choice(range(7, 22), p=np.array([2, 4, 7, 9, 9, 8, 7, 8, 9, 9, 8, 7, 6, 4, 3]) / 100))
            t0 = day + D(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
            if t0 <= c["signup_at"]:
                t0 = c["signup_at"] + D(minutes=int(rng.integers(2, 30)))
            if t0 > END - D(days=3):
                continue
            sess_n += 1
            sid = f"S{sess_n:06d}"
            mp = c["_mp"] if rng.random() < 0.85 else not c["_mp"]
            channel = "mini_program" if mp else "app"
            device = c["primary_device"]
            if channel == "app":
                if device == "android":
                    ver = "5.2.0" if BAD_APP[0] <= t0 < BAD_APP[1] else "5.2.1" if t0 >= BAD_APP[1] else \
                        "5.1.4" if t0 >= datetime(2025, 6, 1) else "5.0.9"
                else:
                    ver = "5.2.0" if t0 >= BAD_APP[0] else "5.1.4" if t0 >= datetime(2025, 6, 1) else "5.0.9"
            else:
                ver = ""
            common = dict(app_version=ver)
            add_ev(c, t0, "tp_app_open", sid, "view", device, channel, **common)
            # quote
            if rng.random() > (0.86 if seg == "merchant" else 0.74):
                continue
            veh = pick(["mini", "medium", "t42", "t68"], VEH_W[c["industry"] if seg == "merchant" else "household"])
            vz, ve, start_fare, per_km, wait_unit = VEH[veh]
            dist = float(np.clip(rng.lognormal(math.log(9 if veh in ("mini", "medium") else 14), 0.6), 1.2, 75))
            dist = round(dist, 1)
            carry_floors = 0
            if seg == "household" and rng.random() < 0.42:
                carry_floors = int(rng.integers(1, 8))
            elif c["industry"] == "furniture" and rng.random() < 0.3:
                carry_floors = int(rng.integers(1, 5))
            carry_booked = carry_floors > 0 and rng.random() < 0.6
            base_fare = round(start_fare + per_km * max(0.0, dist - 5), 0)
            stairs_quoted = 15 * carry_floors if carry_booked else 0
            t1 = t0 + D(seconds=int(rng.integers(40, 420)))
            order_mode = "scheduled" if rng.random() < (0.25 if seg == "merchant" else 0.15) else "immediate"
            vattrs = dict(vehicle_type=ve, 车型=vz, distance_km=dist, order_mode=order_mode)
            add_ev(c, t1, "tp_quote", sid, "view", device, channel, quote_amount=base_fare + stairs_quoted,
                   carry_floors=carry_floors, **vattrs, **common)
            # place order
            p_order = 0.78 if seg == "merchant" else 0.60
            if veh == "t68":
                p_order -= 0.12
            crash = channel == "app" and device == "android" and ver == "5.2.0"
            if crash:
                p_order *= 0.45
            if rng.random() > p_order:
                if crash and rng.random() < 0.3:
                    fb_pending.append(("crash", t1 + D(minutes=int(rng.integers(1, 600))), c, "app_review", sid))
                elif rng.random() < 0.01:
                    fb_pending.append(("pricey", t1 + D(minutes=int(rng.integers(1, 600))), c, "app_review", sid))
                continue
            t2 = t1 + D(seconds=int(rng.integers(30, 600)))
            ord_n += 1
            n_orders_c += 1
            oid = f"VG{ord_n:06d}"
            coupon, disc = "", 0.0
            if n_orders_c == 1 and seg == "household" and rng.random() < 0.6:
                coupon, disc = "NEWUSER20", 20.0
            elif c["industry"] == "ecommerce" and SINGLES_DAY[0] <= t2 < SINGLES_DAY[1] and rng.random() < 0.8:
                coupon, disc = "SHUANG11", 30.0
            elif c["tier"] == "plus":
                coupon, disc = "PLUS10", round(0.1 * base_fare, 2)
            disc = min(disc, round(0.5 * base_fare, 2))
            sched_for = None
            if order_mode == "scheduled":
                sched_for = (t2 + D(hours=int(rng.integers(3, 40)))).replace(minute=int(rng.choice([0, 30])), second=0)
                if sched_for.hour < 7:
                    sched_for = sched_for.replace(hour=8)
            add_ev(c, t2, "tp_order_placed", sid, "submit", device, channel, order_id=oid,
                   scheduled_for=ts(sched_for) if sched_for else "", **vattrs, **common)
            odict = dict(order_id=oid, customer_id=c["customer_id"], ts=ts(t2), channel=channel, device=device,
                         city=c["city"], vehicle_type=ve, 车型=vz, order_mode=order_mode, distance_km=dist,
                         base_fare=base_fare, stairs_fee=0.0, waiting_fee=0.0, coupon_code=coupon,
                         discount_amount=disc, payment_method="", driver_id="", paid_at="", currency="CNY")
            orders.append(odict)

            def cancel(tc, tp, code, who):
                add_ev(c, tc, tp, sid, "cancel", device, channel, order_id=oid, cancel_reason=code,
                       取消原因=CANCEL[code], cancelled_by=who, **vattrs)
                odict.update(status="cancelled", amount=round(base_fare + stairs_quoted - disc, 2),
                             stairs_fee=float(stairs_quoted))

            # matching
            shortage = c["city"] == "成都" and veh == "t42"
            med = 26.0 if shortage else 9.0 if c["city"] == "成都" else 3.5
            if order_mode == "scheduled":
                med *= 3
            match_min = float(rng.lognormal(math.log(med), 0.75))
            patience = 8 + float(rng.exponential(22)) if order_mode == "immediate" else 1e9
            if match_min > patience:
                tc = t2 + D(minutes=patience)
                cancel(tc, "tp_cancel_before_match", "no_driver_found", "customer")
                if rng.random() < (0.10 if c["city"] == "成都" else 0.04):
                    fb_pending.append(("nodriver", tc + D(minutes=int(rng.integers(2, 300))), c,
                                       pick(["ticket", "app_review", "call_note"], [0.5, 0.3, 0.2]), sid,
                                       dict(n=int(patience))))
                continue
            if rng.random() < 0.05:
                tc = t2 + D(minutes=match_min * float(rng.random()))
                cancel(tc, "tp_cancel_before_match", pick(["changed_plans", "price_too_high", "found_other_vehicle"],
                                                          [0.5, 0.25, 0.25]), "customer")
                continue
            t3 = t2 + D(minutes=match_min)
            pool = drivers[(c["city"], veh)]
            pw = np.array([dweight[d] for d in pool])
            did = pool[int(rng.choice(len(pool), p=pw / pw.sum()))]
            if c["city"] == "成都" and veh == "mini" and t3 >= datetime(2026, 6, 5) and rng.random() < 0.4:
                did = NEW_DRIVER
            add_ev(c, t3, "tp_driver_matched", sid, "success", device, channel, order_id=oid, driver_id=did,
                   **vattrs)
            odict["driver_id"] = did
            if rng.random() < 0.055:
                tc = t3 + D(minutes=float(rng.uniform(3, 40)))
                if rng.random() < 0.4:
                    cancel(tc, "tp_cancel_after_match", "driver_cancelled", "driver")
                    if rng.random() < 0.25:
                        fb_pending.append(("drvcancel", tc + D(minutes=int(rng.integers(2, 200))), c,
                                           pick(["ticket", "app_review"]), sid))
                else:
                    cancel(tc, "tp_cancel_after_match", pick(["changed_plans", "customer_cancelled"]), "customer")
                odict["driver_id"] = did
                continue
            # arrival
            if order_mode == "immediate":
                promised = t3 + D(minutes=round(15 + 1.2 * min(dist, 20)))
                travel = float(rng.lognormal(math.log(12 + 1.0 * min(dist, 20)), 0.35)) * dlate[did]
                t4 = t3 + D(minutes=travel)
            else:
                promised = sched_for
                t4 = sched_for + D(minutes=float(rng.normal(-6, 8)) + (float(rng.exponential(20)) if dlate[did] > 1.5 else 0))
                if t4 <= t3:
                    t4 = t3 + D(minutes=20)
            late = max(0, round((t4 - promised).total_seconds() / 60))
            add_ev(c, t4, "tp_driver_arrived", sid, "success", device, channel, order_id=oid, driver_id=did,
                   minutes_late=late, **vattrs)
            # loading
            wait = 5 + float(rng.exponential(8 if seg == "household" else 6)) + 4 * carry_floors
            if c["industry"] == "building_materials":
                wait += 8
            if veh in ("t42", "t68"):
                wait += 4
            wait = round(wait, 1)
            t5 = t4 + D(minutes=wait)
            free = 40 if t2 < WAIT_RULE else 20
            wfee = float(wait_unit * math.ceil((wait - free) / 10)) if wait > free else 0.0
            rude = rng.random() < drude[did]
            add_ev(c, t5, "tp_loaded", sid, "success", device, channel, order_id=oid, driver_id=did,
                   wait_minutes=wait, **vattrs)
            # delivery
            t6 = t5 + D(minutes=float(dist / 24 * 60 * rng.uniform(0.85, 1.4) + rng.uniform(5, 20)))
            damage = rng.random() < ddamage[did]
            add_ev(c, t6, "tp_delivered", sid, "success", device, channel, order_id=oid, driver_id=did, **vattrs)
            stairs = float(15 * carry_floors) if carry_floors else 0.0
            onsite_stairs = carry_floors > 0 and not carry_booked
            t7 = t6 + D(seconds=int(rng.integers(20, 600)))
            pm = pick(["wechat_pay", "alipay", "monthly_account"], [0.45, 0.30, 0.25]) if seg == "merchant" else \
                pick(["wechat_pay", "alipay", "cash"], [0.56, 0.34, 0.10])
            amount = round(base_fare + stairs + wfee - disc, 2)
            add_ev(c, t7, "tp_paid", sid, "success", device, channel, order_id=oid, driver_id=did, amount=amount,
                   payment_method=pm, **vattrs)
            odict.update(status="paid", amount=amount, stairs_fee=stairs, waiting_fee=wfee, payment_method=pm,
                         paid_at=ts(t7))
            if damage and rng.random() < 0.85:
                tcl = t6 + D(hours=float(rng.uniform(0.5, 40)))
                add_ev(c, tcl, "tp_damage_claim", sid, "submit", device, channel, order_id=oid, driver_id=did,
                       claim_amount=int(rng.integers(5, 60)) * 10, **vattrs)
                if rng.random() < 0.5:
                    odict["status"] = "refunded"
                if rng.random() < 0.7:
                    fb_pending.append(("damage", tcl + D(minutes=int(rng.integers(5, 300))), c,
                                       pick(["ticket", "call_note"], [0.7, 0.3]), sid, dict(did=did, oid=oid, veh=veh)))
            # issues for rating
            issues = []
            if damage:
                issues.append("damage")
            if rude:
                issues.append("rude")
            if onsite_stairs:
                issues.append("stairs")
                if rng.random() < 0.12:
                    fb_pending.append(("stairs", t7 + D(minutes=int(rng.integers(5, 600))), c,
                                       pick(["ticket", "call_note"], [0.7, 0.3]), sid,
                                       dict(fee=int(stairs), did=did, oid=oid, veh=veh)))
            if wfee > 0:
                issues.append("waitfee")
                if rng.random() < 0.05:
                    fb_pending.append(("waitfee", t7 + D(minutes=int(rng.integers(5, 600))), c,
                                       pick(["ticket", "call_note"], [0.6, 0.4]), sid,
                                       dict(fee=int(wfee), did=did, oid=oid, veh=veh)))
            if late > 15:
                issues.append("late")
                if late > 25 and rng.random() < 0.06:
                    fb_pending.append(("late", t4 + D(minutes=int(rng.integers(5, 300))), c,
                                       pick(["ticket", "call_note"], [0.6, 0.4]), sid,
                                       dict(n=late, did=did, oid=oid, veh=veh)))
            if match_min > 20 and order_mode == "immediate":
                issues.append("nodriver")
            if rude and rng.random() < 0.15:
                fb_pending.append(("rude", t7 + D(minutes=int(rng.integers(5, 600))), c,
                                   pick(["ticket", "call_note"]), sid, dict(did=did, oid=oid, veh=veh)))
            p_rate = (0.40 if seg == "household" else 0.24) + (0.15 if issues else 0.0)
            if rng.random() < p_rate:
                t8 = t7 + D(minutes=float(rng.lognormal(math.log(90), 1.0)))
                if t8 > END:
                    continue
                r = 4.75
                pen = {"damage": 2.6, "rude": 2.2, "stairs": 1.6, "waitfee": 1.2, "late": 0.8 + min(late, 60) / 60,
                       "nodriver": 0.6}
                for k in issues:
                    r -= pen[k]
                r = int(np.clip(round(r + rng.normal(0, 0.55)), 1, 5))
                main_issue = issues[0] if issues else None
                if main_issue and r >= 4:
                    main_issue = None
                add_ev(c, t8, "tp_rated", sid, "submit", device, channel, order_id=oid, driver_id=did, rating=r,
                       **vattrs)
                topic = main_issue or ("praise" if r >= 4 else "neutral")
                fb_pending.append((topic, t8, c, "order_rating", sid,
                                   dict(rating=r, did=did, oid=oid, veh=veh, n=max(late, int(match_min)),
                                        fee=int(wfee or stairs))))

    # ---------------- free-standing app reviews / call notes ----------------
    for _ in range(150):
        c = customers[int(rng.integers(0, N))]
        t = START + D(days=float(rng.uniform(0, (END - START).days)))
        fb_pending.append(("praise", t, c, "app_review", ""))
    for _ in range(30):
        c = customers[int(rng.integers(0, N))]
        t = START + D(days=float(rng.uniform(0, (END - START).days)))
        fb_pending.append(("pricey", t, c, "app_review", ""))

    # ---------------- feedback rows ----------------
    fb_pending.sort(key=lambda x: x[1])
    for k, item in enumerate(fb_pending):
        topic, t, c, ch = item[:4]
        extra = item[5] if len(item) > 5 else {}
        lang = c["language"]
        if ch == "call_note":
            lang = "en" if rng.random() < 0.35 else lang
        elif ch == "app_review" and rng.random() < 0.12:
            lang = "en"
        li = 0 if lang == "zh" else 1
        if ch == "call_note" and topic in NOTE:
            tmpl = pick(NOTE[topic][li])
        else:
            tmpl = pick(TXT[topic][li])
        text = tmpl.format(n=extra.get("n", int(rng.integers(25, 70))), fee=extra.get("fee", 30) or 30)
        rating = ""
        if ch == "order_rating":
            rating = extra["rating"]
        elif ch == "app_review":
            rating = {"praise": int(rng.choice([4, 5, 5])), "neutral": 3}.get(topic, int(rng.choice([1, 1, 2])))
        if topic == "praise":
            label = "pos"
        elif topic == "neutral":
            label = "neu"
        else:
            label = "neg"
        if ch == "order_rating" and topic in ("praise", "neutral"):
            label = "neg" if rating <= 2 else "neu" if rating == 3 else "pos"
        no_ts = (ch == "app_review" and rng.random() < 0.25) or (ch == "ticket" and rng.random() < 0.08) or \
            (ch == "call_note" and rng.random() < 0.15)
        if t > END:
            t = END - D(minutes=int(rng.integers(10, 2000)))
        anon = ch == "app_review" and rng.random() < 0.4
        veh = extra.get("veh")
        feedback.append(dict(
            feedback_id=f"FB{k + 1:05d}", text=text, ts="" if no_ts else ts(t),
            customer_id="" if anon else c["customer_id"], touchpoint_id=TOPIC_TP[topic], channel=ch, rating=rating,
            language=lang, city=c["city"], order_id=extra.get("oid", ""), driver_id=extra.get("did", ""),
            vehicle_type=VEH[veh][1] if veh else "", 车型=VEH[veh][0] if veh else "",
            ticket_category=TICKET_CAT.get(topic, "其他") if ch == "ticket" else "",
            sentiment_label=label))

    # ---------------- duplicates (re-sent events, loaded once) ----------------
    dup_idx = rng.choice(len(events), size=45, replace=False)
    events.extend(dict(events[int(i)]) for i in dup_idx)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))

    # ---------------- write ----------------
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r.get(k, "")) for k in cols})

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                                    "aliases"], tp), name=tp[1]) for tp in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for s, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=s,
                              touchpoint_id=tp, window_days=win))
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                              "touchpoint_id", "window_days"])
    for c in customers:
        c["signup_at"] = ts(c["signup_at"])
    write("customers", customers, ["customer_id", "signup_at", "segment", "客户类型", "city", "city_en", "region",
                                   "acquisition_channel", "tier", "merchant_category", "industry", "primary_device",
                                   "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "app_version", "city", "order_id", "vehicle_type", "车型", "order_mode",
                             "distance_km", "quote_amount", "carry_floors", "scheduled_for", "driver_id",
                             "minutes_late", "wait_minutes", "amount", "payment_method", "rating", "claim_amount",
                             "cancel_reason", "取消原因", "cancelled_by"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "city",
                             "vehicle_type", "车型", "order_mode", "distance_km", "base_fare", "stairs_fee",
                             "waiting_fee", "coupon_code", "discount_amount", "payment_method", "driver_id", "paid_at",
                             "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "city", "order_id", "driver_id", "vehicle_type", "车型",
                                 "ticket_category", "sentiment_label"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
