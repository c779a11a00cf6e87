"""VoltWay 伏特充电: a public EV charging network with an app, five cities, 2025-01-01 .. 2026-09-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
START = datetime(2025, 1, 1)
END = datetime(2026, 9, 30, 23, 59, 0)
N = 2000
D = timedelta
HZ_PRICE_FROM = datetime(2026, 5, 1)        # 杭州 price rise: +0.45 CNY/kWh on every charger
FAULT_FROM, FAULT_TO = datetime(2026, 7, 1), datetime(2026, 8, 1)   # StarPile DC fault spike
BUG_FROM, BUG_TO = datetime(2026, 6, 10), datetime(2026, 7, 20)     # 5.2.0 live; 5.2.1 (fix) from BUG_TO
VERSIONS = [(datetime(2024, 1, 1), "4.8.2"), (datetime(2025, 6, 1), "5.0.0"), (datetime(2026, 1, 15), "5.1.0"),
            (BUG_FROM, "5.2.0"), (BUG_TO, "5.2.1")]

TOUCHPOINTS = [
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|投放|信息流广告|ad|ads|advert|campaign"),
    ("tp_register", "注册", "Sign-up", "awareness", "app", "digital", "growth",
     "注册|新用户注册|开户|sign up|signup|registration"),
    ("tp_map_search", "地图找桩", "Map search", "awareness", "app", "digital", "product",
     "找桩|地图搜索|附近充电站|搜桩|map search|find a charger|station search|nearby stations"),
    ("tp_station_page", "电站详情页", "Station page", "consideration", "app", "digital", "product",
     "电站详情|站点页|充电站页面|station page|station details|site page"),
    ("tp_price_check", "查看电价", "Price check", "consideration", "app", "digital", "pricing",
     "查电价|看价格|电费服务费|价格页|price check|tariff|pricing|price per kwh"),
    ("tp_reserve", "预约充电桩", "Charger reservation", "consideration", "app", "digital", "operations",
     "预约|预约桩|锁桩|reserve|reservation|book a charger|booking"),
    ("tp_queue", "排队等桩", "Queue / wait for a charger", "service", "store", "physical", "operations",
     "排队|等桩|没空桩|queue|waiting|wait for charger|waitlist"),
    ("tp_scan_qr", "扫码启动", "Scan QR to start", "purchase", "app", "digital", "product",
     "扫码|扫码充电|扫二维码|scan|scan qr|qr code|scan to charge"),
    ("tp_start_fail", "启动失败", "Session failed to start", "service", "app", "digital", "product",
     "启动失败|扫码失败|充不上|无法启动|start failed|failed to start|session start failure|qr failed"),
    ("tp_session_start", "开始充电", "Charging started", "purchase", "store", "physical", "operations",
     "开始充电|启动成功|充电中|session start|charging started|start charging"),
    ("tp_charger_fault", "充电桩故障", "Charger fault", "service", "store", "physical", "operations",
     "故障|桩坏了|跳枪|中断|断电|charger fault|fault|broken charger|interrupted|error code"),
    ("tp_session_stop", "结束充电", "Charging stopped", "purchase", "store", "physical", "operations",
     "结束充电|停止充电|充满|拔枪|session end|stop charging|charging complete|unplug"),
    ("tp_payment", "支付", "Payment", "purchase", "app", "digital", "payments",
     "支付|付款|结算|扣款|payment|pay|checkout"),
    ("tp_payment_fail", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "支付失败|扣款失败|付款失败|payment failed|payment failure|declined"),
    ("tp_invoice", "开发票", "Invoice", "purchase", "app", "digital", "finance",
     "发票|开票|电子发票|invoice|receipt|fapiao"),
    ("tp_support_ticket", "客服工单", "Support ticket", "service", "phone", "digital", "customer_service",
     "客服|工单|投诉|人工客服|support|ticket|complaint|customer service"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "customer_service",
     "退款|退钱|返还|refund|money back|chargeback"),
    ("tp_member_page", "会员套餐页", "Membership page", "loyalty", "app", "digital", "membership",
     "会员页|套餐页|充电套餐介绍|membership page|plan page|package page"),
    ("tp_member_buy", "开通充电套餐", "Membership / package purchase", "loyalty", "app", "digital", "membership",
     "开会员|买套餐|开通套餐|充电套餐|membership|subscribe|charging package|buy plan"),
    ("tp_referral", "邀请好友", "Referral", "loyalty", "social", "digital", "growth",
     "邀请|推荐好友|拉新|referral|invite|refer a friend"),
    ("tp_rating", "充电评价", "Session rating", "loyalty", "app", "digital", "operations",
     "评价|打分|评星|rating|rate|review|stars"),
]
JOURNEYS = [
    ("charge_flow", "扫码充电到支付", "Scan to paid session", 1,
     ["tp_scan_qr", "tp_session_start", "tp_session_stop", "tp_payment"]),
    ("find_to_charge", "找桩到充电", "Find a charger to charge", 3,
     ["tp_map_search", "tp_station_page", "tp_scan_qr", "tp_session_start"]),
    ("new_user", "新用户首充", "New user first charge", 14, ["tp_register", "tp_session_start", "tp_payment"]),
    ("membership", "充电套餐开通", "Membership signup", 14, ["tp_member_page", "tp_member_buy"]),
]
CITIES = [("上海", "SH", 0.27), ("深圳", "SZ", 0.23), ("广州", "GZ", 0.18), ("杭州", "HZ", 0.17), ("成都", "CD", 0.15)]
OPERATORS = [("VoltWay", 0.40), ("StarPile", 0.25), ("GreenGrid", 0.20), ("CityPower", 0.15)]
ACQ = [("app_store", 0.32), ("douyin_ads", 0.22), ("map_app", 0.18), ("referral", 0.14), ("car_dealer", 0.09),
       ("fleet", 0.05)]
FIRST_P = {"app_store": 0.70, "douyin_ads": 0.42, "map_app": 0.78, "referral": 0.85, "car_dealer": 0.80, "fleet": 0.95}
BRANDS = [("BYD", 0.30), ("Tesla", 0.18), ("NIO", 0.09), ("XPeng", 0.09), ("Li Auto", 0.10), ("Aion", 0.08),
          ("Zeekr", 0.07), ("Wuling", 0.09)]
BASE_PRICE = {"AC": 1.05, "DC": 1.55, "ultra": 1.95}
PAYS = [("wechat_pay", 0.42), ("alipay", 0.30), ("wallet", 0.16), ("unionpay", 0.07), ("credit_card", 0.05)]
PLANS = {"plus": (29.0, 0.10), "pro": (299.0, 0.15)}   # monthly 29 / annual 299; discount on energy price

TEXT = {
    "fault": (["充到一半跳枪了，桩直接报故障", "充电中途断电，提示桩体故障，白跑一趟", "这个快充桩又坏了，充了几分钟就中断",
               "{op}的直流桩老是故障，充十分钟就停", "桩报错误码，充不进去电，还扣了钱"],
              ["Charger faulted halfway, session stopped after a few minutes", "DC charger kept throwing an error code",
               "Charging interrupted, the charger went offline", "{op} fast charger broken again, stopped after 10 min"]),
    "qr": (["扫码没反应，一直转圈启动不了", "更新App后扫码充电就启动失败，安卓手机", "扫二维码后提示启动失败，试了三次",
            "新版本扫码闪退，根本没法充电", "扫码启动不了，最后只能换一家"],
           ["QR scan does nothing after the update, can't start charging", "Scan to charge fails every time on Android",
            "App crashes when I scan the QR code", "Session failed to start, spinning forever after scanning"]),
    "price": (["杭州这边电价涨得太离谱了，一度电快三块", "涨价了，服务费比以前贵好多，不想来了", "电价太贵，还不如回家慢充",
               "价格又涨了，感觉被割韭菜"],
              ["Price per kWh went up way too much", "Charging here is too expensive now after the price hike",
               "Service fee is ridiculous, cheaper to charge at home"]),
    "queue": (["排队等了{m}分钟才有桩", "晚上来充电要排长队，等了快{m}分钟", "桩太少了，每次都要排队", "等桩等了{m}分钟，太浪费时间"],
              ["Waited {m} minutes in the queue for a free charger", "Always a long queue in the evening",
               "Not enough chargers, had to wait {m} minutes"]),
    "occupied": (["油车占位，预约了也没用", "车位被燃油车占了，找管理员也没人管", "预约的桩被别人占了"],
                 ["An ICE car was parked in the charging bay", "My reserved charger was taken by someone else"]),
    "slow": (["交流桩充得太慢了，充了好几个小时", "功率上不去，标的快充实际很慢", "充电速度很慢，跟宣传不符"],
             ["Charging speed was really slow, not the advertised power", "AC charger took hours, too slow"]),
    "payment": (["支付失败但是钱被扣了", "重复扣款了，请尽快退款", "结算金额不对，多扣了钱"],
                ["Payment failed but I was charged", "Charged twice for one session", "The bill amount is wrong"]),
    "invoice": (["开发票太麻烦，找了半天入口", "电子发票一直没收到", "发票抬头改不了"],
                ["Can't find where to request an invoice", "Invoice never arrived in my email"]),
    "refund": (["申请退款一周了还没到账", "故障的那单退款太慢了"],
               ["Refund still not received after a week", "Slow refund for the faulty session"]),
    "positive": (["充电很快，半小时充满，很方便", "站点干净，桩都能用，好评", "价格实惠，会员套餐很划算", "超充太爽了，二十分钟就够了",
                  "扫码即充，体验很好", "客服处理很快，点赞", "地图找桩很准，推荐"],
                 ["Fast charging, full in 30 minutes", "Clean station, all chargers working", "Great value with the membership",
                  "Ultra charger is amazing, 20 minutes and done", "Easy scan and charge, smooth experience"]),
    "neutral": (["还行，正常充电", "一般般吧", "价格和别家差不多"], ["It was okay", "Average, nothing special", "Normal session"]),
}
TOPIC_TP = {"fault": "tp_charger_fault", "qr": "tp_start_fail", "price": "tp_price_check", "queue": "tp_queue",
            "occupied": "tp_reserve", "slow": "tp_session_stop", "payment": "tp_payment", "invoice": "tp_invoice",
            "refund": "tp_refund", "positive": "tp_session_stop", "neutral": "tp_session_stop"}
NEGATIVE = {"fault", "qr", "price", "queue", "occupied", "slow", "payment", "invoice", "refund"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    def pick(pairs):
        vals, w = zip(*pairs)
        w = np.array(w, float)
        return vals[int(rng.choice(len(vals), p=w / w.sum()))]

    # ---- stations
    stations = {}
    sid_no = 0
    for city, code, _ in CITIES:
        for k in range(14):
            sid_no += 1
            op = pick(OPERATORS)
            types = ["AC", "DC"] + (["ultra"] if rng.random() < 0.35 else [])
            stations.setdefault(city, []).append(dict(id=f"{code}{k + 1:03d}", city=city, op=op, types=types))
    # make sure every city has StarPile DC and an ultra site
    for city, code, _ in CITIES:
        stations[city][0]["op"] = stations[city][2]["op"] = "StarPile"
        stations[city][1]["types"] = ["AC", "DC", "ultra"]

    events, orders, feedback, custs = [], [], [], []
    ev_no = [0]
    sess_no = [0]
    fb_no = [0]

    def version(c, t):
        v = VERSIONS[0][1]
        for since, name in VERSIONS:
            if t >= since + D(days=c["lag"]):
                v = name
        return v

    def ev(c, t, tp, action, sess=None, **kw):
        if t > END:
            return
        ev_no[0] += 1
        row = dict(event_id=f"E{ev_no[0]:07d}", customer_id=c["id"], ts=t.strftime("%Y-%m-%d %H:%M:%S"),
                   touchpoint_id=tp, session_id=sess or "", action=action, device=c["device"],
                   channel="ads" if tp == "tp_ad_click" else ("social" if tp == "tp_referral" else "app"),
                   app_version=version(c, t), car_brand=c["brand"])
        row.update(kw)
        events.append(row)

    def comment(c, t, topic, channel, rating=None, ts=True, **kw):
        if ts and t > END:
            return
        zh = c["lang"] == "zh"
        pool = TEXT[topic][0 if zh else 1]
        text = pool[int(rng.integers(len(pool)))]
        text = text.replace("{m}", str(kw.pop("m", 30))).replace("{op}", kw.get("operator", "StarPile") or "StarPile")
        fb_no[0] += 1
        label = "neg" if topic in NEGATIVE else ("pos" if topic == "positive" else "neu")
        feedback.append(dict(feedback_id=f"F{fb_no[0]:05d}", text=text,
                             ts=t.strftime("%Y-%m-%d %H:%M:%S") if ts and t <= END else "",
                             customer_id=c["id"], touchpoint_id=TOPIC_TP[topic], channel=channel,
                             rating="" if rating is None else rating, device=c["device"],
                             app_version=version(c, t), sentiment_label=label, **kw))

    def ticket(c, t, topic, **kw):
        if t > END:
            return
        ev(c, t, "tp_support_ticket", "submit", kw.get("session_id"), ticket_topic=topic)
        comment(c, t, topic, "ticket", **kw)

    for i in range(N):
        city = pick([(x[0], x[2]) for x in CITIES])
        acq = pick(ACQ)
        signup = START - D(days=int(rng.integers(0, 365))) if rng.random() < 0.3 else \
            START + D(seconds=int(rng.integers(0, int((END - START).total_seconds() - 86400 * 20))))
        signup = signup.replace(microsecond=0)
        c = dict(id=f"C{i + 1:05d}", city=city, acq=acq, signup=signup,
                 device="ios" if rng.random() < 0.42 else "android",
                 brand=pick(BRANDS), lang="en" if rng.random() < 0.15 else "zh",
                 lag=int(min(60, rng.exponential(9))), pay=pick(PAYS), plan="none", plan_from=None,
                 plan_until=None)
        if acq == "fleet":
            c["brand"] = pick([("BYD", .6), ("Aion", .25), ("Wuling", .15)])
        custs.append(c)
        home = stations[city]
        fav = [home[j] for j in rng.choice(len(home), size=3, replace=False)]
        rate = float(rng.gamma(1.3, 0.42)) * (2.5 if acq == "fleet" else 1.0)   # sessions / month
        life = float(rng.exponential(420))
        stop_at = min(END, signup + D(days=life))
        t0 = max(signup, START)
        if signup >= START:
            if acq in ("douyin_ads", "map_app"):
                ev(c, signup - D(minutes=int(rng.integers(2, 90))), "tp_ad_click", "click")
            ev(c, signup, "tp_register", "submit")
        # first session for new customers (or never)
        times = []
        if signup >= START:
            if rng.random() < FIRST_P[acq]:
                times.append(signup + D(hours=float(rng.exponential(60)) + 0.3))
            else:
                continue_ = rng.random() < 0.3
                if not continue_:
                    stop_at = signup   # never charges
        t = times[0] if times else t0
        while True:
            t = t + D(days=float(rng.exponential(30.4 / max(rate, 0.05))))
            if t >= stop_at:
                break
            times.append(t)
        # membership: engaged customers look at plans
        n_sess = len(times)
        if n_sess >= 4 and rng.random() < 0.55:
            tm = times[min(2, n_sess - 1)] + D(hours=float(rng.uniform(1, 48)))
            ev(c, tm, "tp_member_page", "view")
            if rng.random() < (0.45 if acq != "fleet" else 0.7):
                plan = "pro" if rng.random() < 0.35 else "plus"
                tb = tm + D(minutes=float(rng.uniform(1, 60 * 24 * 5)))
                ev(c, tb, "tp_member_buy", "submit", member_plan=plan, plan_price=PLANS[plan][0])
                c["plan"], c["plan_from"] = plan, tb
                keep = float(rng.exponential(300))
                c["plan_until"] = tb + D(days=keep)
                # members charge more: add extra sessions
                extra_t = tb
                while True:
                    extra_t += D(days=float(rng.exponential(30.4 / max(rate * 0.8, 0.3))))
                    if extra_t >= min(stop_at, c["plan_until"]):
                        break
                    times.append(extra_t)
                times.sort()
        elif n_sess >= 2 and rng.random() < 0.1:
            ev(c, times[1] + D(hours=2), "tp_member_page", "view")
        if n_sess >= 3 and rng.random() < 0.12:
            ev(c, times[-1] + D(hours=float(rng.uniform(1, 200))), "tp_referral", "share")

        for ts in times:
            if ts > END:
                break
            hour_shift = float(rng.choice(24, p=HOURS))
            ts = ts.replace(hour=int(hour_shift), minute=int(rng.integers(60)), second=int(rng.integers(60)))
            session(c, ts, fav, stations, rng, ev, comment, ticket, orders, sess_no, pick)

        if signup < START or times:
            pass

    # app reviews (some without ts)
    for c in rng.choice(custs, size=260, replace=False):
        t = START + D(seconds=int(rng.integers(0, int((END - START).total_seconds()))))
        v = None
        if c["device"] == "android" and BUG_FROM <= t < BUG_TO + D(days=10) and rng.random() < 0.8:
            topic, r = "qr", int(rng.choice([1, 1, 2]))
        else:
            topic = pick([("positive", .45), ("neutral", .15), ("slow", .1), ("invoice", .1), ("price", .08),
                          ("queue", .12)])
            r = {"positive": 5, "neutral": 3}.get(topic, int(rng.choice([1, 2, 2, 3])))
            if topic == "positive" and rng.random() < 0.3:
                r = 4
        comment(c, t, topic, "app_review", rating=r, ts=rng.random() > 0.22, city=c["city"])
    # extra android 5.2.0 reviews in the bug window
    for c in [x for x in custs if x["device"] == "android"][:2400:25]:
        t = BUG_FROM + D(seconds=int(rng.integers(0, int((BUG_TO - BUG_FROM).total_seconds()))))
        comment(c, t, "qr", "app_review", rating=1, ts=rng.random() > 0.15, city=c["city"])

    # ---- customers table
    last = {}
    for e in events:
        if e["touchpoint_id"] == "tp_session_start":
            last[e["customer_id"]] = e["ts"]
    cust_rows = []
    for c in custs:
        member = c["plan"] != "none" and c["plan_until"] > END
        ls = last.get(c["id"])
        if member:
            seg = "member"
        elif ls is None:
            seg = "new" if c["signup"] > END - D(days=90) else "inactive"
        elif datetime.strptime(ls, "%Y-%m-%d %H:%M:%S") < END - D(days=90):
            seg = "churned"
        elif c["signup"] > END - D(days=90):
            seg = "new"
        else:
            seg = "active"
        cust_rows.append(dict(customer_id=c["id"], signup_at=c["signup"].strftime("%Y-%m-%d %H:%M:%S"),
                              segment=seg, region=c["city"], acquisition_channel=c["acq"],
                              tier=c["plan"] if member else "none", car_brand=c["brand"],
                              primary_device=c["device"], preferred_payment=c["pay"], language=c["lang"]))

    # ---- write
    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                            step=k + 1, touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in
                       enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    # a few exact duplicate rows (re-sent by the app)
    dups = [events[int(j)] for j in rng.choice(len(events), size=120, replace=False)]
    write("events", events + dups,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
           "station_id", "city", "operator", "charger_type", "kwh", "session_minutes", "price_per_kwh",
           "wait_minutes", "fail_reason", "stop_reason", "stars", "payment_method", "member_plan", "plan_price",
           "ticket_topic", "app_version", "car_brand"])
    orders.sort(key=lambda r: r["ts"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "session_id",
                             "station_id", "city", "operator", "charger_type", "kwh", "session_minutes",
                             "price_per_kwh", "payment_method", "member_plan", "app_version", "car_brand", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "station_id", "city", "operator", "charger_type", "device", "app_version",
                                 "session_id", "sentiment_label"])
    print(f"customers {len(cust_rows)} events {len(events)} (+{len(dups)} dup) orders {len(orders)} "
          f"feedback {len(feedback)}")


HOURS = np.array([.6, .4, .3, .2, .2, .3, .8, 2.0, 3.0, 3.2, 3.4, 3.6, 4.0, 3.6, 3.2, 3.2, 3.6, 4.4, 5.2, 5.6,
                  5.2, 4.4, 3.0, 1.4])
HOURS = HOURS / HOURS.sum()


def session(c, t, fav, stations, rng, ev, comment, ticket, orders, sess_no, pick):
    if t > END - D(hours=16):       # keep every session (and its order) inside the data range
        return
    sess_no[0] += 1
    sid = f"S{sess_no[0]:06d}"
    st = fav[int(rng.choice(3, p=[.6, .25, .15]))] if rng.random() < 0.85 else \
        stations[c["city"]][int(rng.integers(len(stations[c["city"]])))]
    types = st["types"]
    if "ultra" in types and c["brand"] in ("Tesla", "Zeekr", "XPeng", "NIO") and rng.random() < 0.6:
        ctype = "ultra"
    elif rng.random() < 0.28:
        ctype = "AC"
    else:
        ctype = "DC" if rng.random() < 0.85 or "ultra" not in types else "ultra"
    city, op = st["city"], st["op"]
    night = t.hour >= 23 or t.hour < 7
    price = BASE_PRICE[ctype] - (0.35 if night else 0) + (0.45 if city == "杭州" and t >= HZ_PRICE_FROM else 0)
    price = round(price, 2)
    member = c["plan"] != "none" and c["plan_from"] <= t <= c["plan_until"]
    plan = c["plan"] if member else "none"
    eff_price = round(price * (1 - PLANS[plan][1]) if member else price, 2)
    attrs = dict(station_id=st["id"], city=city, operator=op, charger_type=ctype)
    hz_hike = city == "杭州" and t >= HZ_PRICE_FROM
    # browsing
    if rng.random() < 0.55:
        ev(c, t, "tp_map_search", "search", sid)
        t += D(seconds=int(rng.integers(10, 120)))
        if rng.random() < 0.8:
            ev(c, t, "tp_station_page", "view", sid, **attrs)
            t += D(seconds=int(rng.integers(10, 90)))
    if rng.random() < (0.85 if hz_hike else 0.4):
        ev(c, t, "tp_price_check", "view", sid, price_per_kwh=price, **attrs)
        t += D(seconds=int(rng.integers(10, 90)))
        if hz_hike and rng.random() < 0.45:
            if rng.random() < 0.05:
                comment(c, t + D(minutes=5), "price", "app_review", rating=int(rng.choice([1, 2])), city=city,
                        station_id=st["id"], operator=op, charger_type=ctype)
            return
    if rng.random() < 0.14:
        ev(c, t, "tp_reserve", "submit", sid, **attrs)
        t += D(minutes=int(rng.integers(10, 30)))
        if rng.random() < 0.12:
            if rng.random() < 0.3:
                comment(c, t, "occupied", "post_session", rating=int(rng.choice([1, 2])), city=city,
                        station_id=st["id"], operator=op, charger_type=ctype)
    busy = (city == "深圳" and ctype == "ultra" and 17 <= t.hour <= 21) or rng.random() < 0.06
    wait = 0.0
    if busy and rng.random() < 0.85:
        wait = round(float(np.clip(rng.lognormal(np.log(28 if city == "深圳" else 12), 0.4), 3, 120)), 1)
        ev(c, t, "tp_queue", "wait", sid, wait_minutes=wait, **attrs)
        t += D(minutes=wait)
        if wait > 45 and rng.random() < 0.3:
            return
    # start, with retries
    ver = None
    tries = 0
    while True:
        ev(c, t, "tp_scan_qr", "scan", sid, **attrs)
        tries += 1
        from_ver = events_version(c, t)
        bug = c["device"] == "android" and from_ver == "5.2.0"
        starpile_bad = op == "StarPile" and ctype == "DC" and FAULT_FROM <= t < FAULT_TO
        p_fail = 0.04 + (0.42 if bug else 0) + (0.05 if starpile_bad else 0)
        if rng.random() >= p_fail:
            break
        reason = "qr_no_response" if bug and rng.random() < 0.85 else pick(
            [("charger_offline", .4), ("gun_not_connected", .35), ("payment_auth", .25)])
        t += D(seconds=int(rng.integers(5, 40)))
        ev(c, t, "tp_start_fail", "fail", sid, fail_reason=reason, **attrs)
        t += D(seconds=int(rng.integers(20, 120)))
        if tries >= 3 or rng.random() < (0.45 if bug else 0.3):
            if rng.random() < (0.25 if bug else 0.12):
                ticket(c, t + D(minutes=int(rng.integers(3, 120))), "qr" if reason == "qr_no_response" else "fault",
                       city=city, station_id=st["id"], operator=op, charger_type=ctype, session_id=sid)
            return
    t += D(seconds=int(rng.integers(10, 60)))
    ev(c, t, "tp_session_start", "success", sid, price_per_kwh=price, member_plan=plan, **attrs)
    # charging
    need = float(np.clip(rng.normal(38, 14), 6, 85))
    if c["brand"] == "Wuling":
        need = min(need, 26.0)
    power = {"AC": 6.6, "DC": float(rng.uniform(45, 75)), "ultra": float(rng.uniform(110, 160))}[ctype]
    minutes = need / power * 60 * float(rng.uniform(1.05, 1.3))
    if ctype == "AC":
        minutes = min(minutes, float(rng.uniform(120, 600)))
    starpile_bad = op == "StarPile" and ctype == "DC" and FAULT_FROM <= t < FAULT_TO
    p_fault = 0.025 + (0.30 if starpile_bad else 0)
    fault = rng.random() < p_fault
    stop_reason = "full" if rng.random() < 0.55 else "user"
    if fault:
        minutes = float(rng.uniform(2, 14))
        stop_reason = "fault"
        ev(c, t + D(minutes=minutes), "tp_charger_fault", "fault", sid, **attrs)
    minutes = round(max(minutes, 1.0), 1)
    kwh = round(min(need, power * minutes / 60 / 1.1), 2)
    t += D(minutes=minutes)
    ev(c, t, "tp_session_stop", "stop", sid, kwh=kwh, session_minutes=minutes, price_per_kwh=eff_price,
       stop_reason=stop_reason, **attrs)
    amount = round(kwh * eff_price, 2)
    t += D(seconds=int(rng.integers(5, 90)))
    pay = c["pay"]
    status = "paid"
    if rng.random() < (0.06 if pay == "credit_card" else 0.015):
        ev(c, t, "tp_payment_fail", "fail", sid, payment_method=pay, **attrs)
        if rng.random() < 0.4:
            status = "failed"
            if rng.random() < 0.3:
                ticket(c, t + D(minutes=30), "payment", city=city, station_id=st["id"], operator=op,
                       charger_type=ctype, session_id=sid)
        else:
            t += D(minutes=2)
            pay = "wechat_pay" if pay != "wechat_pay" else "alipay"
    if status == "paid":
        ev(c, t, "tp_payment", "success", sid, payment_method=pay, **attrs)
    refunded = False
    if fault and status == "paid":
        if rng.random() < 0.5:
            ticket(c, t + D(minutes=int(rng.integers(5, 600))), "fault", city=city, station_id=st["id"],
                   operator=op, charger_type=ctype, session_id=sid)
            refunded = rng.random() < 0.8
        elif rng.random() < 0.25:
            refunded = True
        if refunded:
            ev(c, t + D(hours=float(rng.uniform(2, 72))), "tp_refund", "success", sid, payment_method=pay, **attrs)
            if rng.random() < 0.06:
                comment(c, t + D(days=4), "refund", "post_session", rating=1, city=city, station_id=st["id"],
                        operator=op, charger_type=ctype, session_id=sid)
    elif status == "paid" and rng.random() < 0.004:
        refunded = True
        ev(c, t + D(hours=float(rng.uniform(2, 72))), "tp_refund", "success", sid, payment_method=pay, **attrs)
    orders.append(dict(order_id=f"O{sid[1:]}", customer_id=c["id"], ts=t.strftime("%Y-%m-%d %H:%M:%S"),
                       amount=amount, status="refunded" if refunded else status, channel="app", device=c["device"],
                       session_id=sid, kwh=kwh, session_minutes=minutes, price_per_kwh=eff_price, payment_method=pay,
                       member_plan=plan, app_version=events_version(c, t), car_brand=c["brand"], currency="CNY",
                       **attrs))
    if status == "paid" and rng.random() < (0.5 if c["acq"] == "fleet" else 0.07):
        ev(c, t + D(minutes=int(rng.integers(1, 3000))), "tp_invoice", "submit", sid, **attrs)
        if rng.random() < 0.04:
            comment(c, t + D(days=2), "invoice", "post_session", rating=2, city=city, station_id=st["id"],
                    operator=op, charger_type=ctype, session_id=sid)
    # rating
    topic = None
    if fault:
        topic = "fault"
    elif hz_hike and rng.random() < 0.3:
        topic = "price"
    elif wait > 20 and rng.random() < 0.6:
        topic = "queue"
    elif ctype == "AC" and minutes > 300 and rng.random() < 0.2:
        topic = "slow"
    elif tries > 1 and rng.random() < 0.4:
        topic = "qr" if c["device"] == "android" and events_version(c, t) == "5.2.0" else "fault"
    if rng.random() < (0.5 if topic else 0.22):
        if topic is None:
            topic = "positive" if rng.random() < 0.72 else "neutral"
        stars = {"positive": int(rng.choice([4, 5, 5, 5])), "neutral": 3}.get(topic, int(rng.choice([1, 1, 2, 3])))
        ev(c, t + D(minutes=int(rng.integers(1, 30))), "tp_rating", "rate", sid, stars=stars, **attrs)
        if rng.random() < (0.55 if topic not in ("positive", "neutral") else 0.25):
            comment(c, t + D(minutes=int(rng.integers(1, 30))), topic, "post_session", rating=stars, city=city,
                    station_id=st["id"], operator=op, charger_type=ctype, session_id=sid, m=int(wait))


def events_version(c, t):
    v = VERSIONS[0][1]
    for since, name in VERSIONS:
        if t >= since + D(days=c["lag"]):
            v = name
    return v


if __name__ == "__main__":
    main(Path(sys.argv[1]))
