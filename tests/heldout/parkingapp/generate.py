"""停易 ParkEasy: a smart-parking app for mall, hospital and office-building car parks in 深圳, 广州 and 成都.
A driver downloads the app (app store, a QR code at a mall car park, or the WeChat mini program), binds a licence
plate, enters a car park (the entrance camera recognises the plate or not: then a paper ticket / staff), parks
(finding a free spot may take a while), EV drivers may charge at lots with chargers, pays in the app (or at the
pay machine), and exits (the gate opens, or fails and staff open it). Commuters buy a monthly pass (月卡) for their
home lot and renew it every 30 days. Double charges are refunded (refund request -> refund done).
Data covers 2024-10-01 .. 2026-06-30 (today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2024, 10, 1)
PRE = datetime(2023, 5, 1)                # first customers signed up before the data starts
END = datetime(2026, 6, 30, 23, 59, 59)
N = 2600
D = timedelta
M = lambda x: timedelta(minutes=float(x))  # noqa: E731
H = lambda x: timedelta(hours=float(x))  # noqa: E731

# city zh, city en, region, weight
CITIES = [("深圳", "Shenzhen", "华南", 0.40), ("广州", "Guangzhou", "华南", 0.35), ("成都", "Chengdu", "西南", 0.25)]
CITY_ZH = {c[1]: c[0] for c in CITIES}
# lot_id, name zh, name en, city en, type, EV chargers
LOTS = [
    ("L01", "深圳万象天地停车场", "MixC World Car Park", "Shenzhen", "mall", True),
    ("L02", "深圳市人民医院停车场", "Shenzhen People's Hospital Car Park", "Shenzhen", "hospital", False),
    ("L03", "深圳科兴科学园停车场", "Kexing Science Park Car Park", "Shenzhen", "office", True),
    ("L04", "深圳海岸城停车场", "Coastal City Car Park", "Shenzhen", "mall", False),
    ("L05", "广州天环广场停车场", "Parc Central Car Park", "Guangzhou", "mall", True),
    ("L06", "广州中山一院停车场", "SYSU First Hospital Car Park", "Guangzhou", "hospital", False),
    ("L07", "广州国金中心停车场", "Guangzhou IFC Car Park", "Guangzhou", "office", True),
    ("L08", "广州正佳广场停车场", "Grandview Mall Car Park", "Guangzhou", "mall", False),
    ("L09", "成都太古里停车场", "Taikoo Li Car Park", "Chengdu", "mall", True),
    ("L10", "成都华西医院停车场", "West China Hospital Car Park", "Chengdu", "hospital", False),
    ("L11", "成都天府软件园停车场", "Tianfu Software Park Car Park", "Chengdu", "office", True),
    ("L12", "成都环球中心停车场", "Global Center Car Park", "Chengdu", "mall", False),
]
LOT = {x[0]: x for x in LOTS}
TYPE_ZH = {"mall": "商场", "hospital": "医院", "office": "写字楼"}
HOME_W = {"mall": 1.0, "hospital": 0.55, "office": 0.75}
GATE_BUG_LOT, GATE_BUG = "L05", datetime(2025, 11, 10)    # new barrier controller: app payments not synced
CAMERA_FIX = datetime(2026, 3, 1)                          # Chengdu entrance cameras replaced
PASS_HIKE = datetime(2026, 1, 1)                           # Shenzhen monthly pass price rise
REFUND_AUTO = datetime(2026, 2, 1)                         # double-charge refunds automated
CNY = [datetime(2025, 1, 29), datetime(2026, 2, 17)]
ACQ = ["app_store", "mall_qr", "wechat_mini_program"]
ACQ_ZH = {"app_store": "应用商店", "mall_qr": "商场扫码", "wechat_mini_program": "微信小程序"}
P_BIND = {"app_store": 0.74, "mall_qr": 0.40, "wechat_mini_program": 0.86}
LEVELS = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员"}
CAR_ZH = {"EV": "新能源车", "ICE": "燃油车"}

TOUCHPOINTS = [
    ("tp_download", "下载App", "App download", "awareness", "app", "digital", "growth",
     "下载|安装|装App|扫码下载|小程序|download|install|app store"),
    ("tp_bind_plate", "绑定车牌", "Plate binding", "consideration", "app", "digital", "product",
     "绑车牌|绑定车牌|添加车牌|加车牌|bind plate|add plate|add my plate|register plate|plate binding"),
    ("tp_entry", "入场识别", "Car park entry", "service", "store", "physical", "lot_ops",
     "入场|进场|入口|车牌识别|进停车场|entry|entrance|enter|plate recognition|drive in"),
    ("tp_parked", "找位停车", "Parked in a spot", "service", "store", "physical", "lot_ops",
     "停好车|找车位|找位|泊车|停车位|parked|find a spot|parking spot|find a space"),
    ("tp_charge", "充电", "EV charging", "purchase", "store", "physical", "ev_services",
     "充电|充电桩|新能源充电|charging|charge|charger|ev charging"),
    ("tp_pay_app", "App缴费", "Pay in app", "purchase", "app", "digital", "payments",
     "App缴费|线上缴费|手机付款|小程序缴费|无感支付|pay in app|app payment|mobile payment|pay online"),
    ("tp_pay_machine", "缴费机缴费", "Pay at machine", "purchase", "store", "physical", "lot_ops",
     "缴费机|自助缴费|机器缴费|岗亭缴费|pay machine|pay station|kiosk|pay at the machine"),
    ("tp_exit", "出场抬杆", "Exit gate", "service", "store", "physical", "lot_ops",
     "出场|离场|出口|抬杆|道闸|exit|gate|barrier|leave"),
    ("tp_pass_page", "月卡页面", "Monthly pass page", "consideration", "app", "digital", "membership",
     "月卡介绍|看月卡|月卡页面|pass page|monthly pass page|pass info"),
    ("tp_pass_buy", "购买月卡", "Monthly pass purchase", "purchase", "app", "digital", "membership",
     "买月卡|办月卡|开月卡|月租|buy pass|monthly pass|season pass|pass purchase"),
    ("tp_pass_renew", "月卡续费", "Monthly pass renewal", "loyalty", "app", "digital", "membership",
     "续月卡|月卡续费|续费|renew|renewal|pass renewal"),
    ("tp_refund_request", "申请退款", "Refund request", "service", "app", "digital", "customer_service",
     "申请退款|退款申请|要求退款|refund request|request a refund|ask for refund"),
    ("tp_refund", "退款到账", "Refund completed", "service", "app", "digital", "customer_service",
     "退款|退款到账|已退款|refund|refunded|money back"),
]
JOURNEYS = [
    ("onboarding", "新用户首停", "New user to first park", 30, ["tp_download", "tp_bind_plate", "tp_entry"]),
    ("monthly_pass", "月卡购买续费", "Monthly pass purchase & renewal", 45,
     ["tp_pass_page", "tp_pass_buy", "tp_pass_renew"]),
    ("park_exit", "停车离场", "Park and leave", 1, ["tp_entry", "tp_parked", "tp_exit"]),
    ("refund", "重复扣费退款", "Double-charge refund", 14, ["tp_refund_request", "tp_refund"]),
]

ZH = {
    "gate": ["出场的时候抬杆失败，在出口卡了十分钟", "已经在App里付了钱，道闸就是不开", "出口栏杆不抬，后面的车一直按喇叭",
             "付完款出不去，抬杆一直没反应", "道闸不抬杆，只能等保安过来开", "出口抬杆坏了，堵了一长串车"],
    "double": ["停一次车扣了两次钱", "App付过了又在缴费机付了一次，重复扣费", "被重复扣费了，麻烦核实一下",
               "同一次停车收了两次费", "手机付了之后机器又扣了一次，一共两次"],
    "plate": ["入口车牌识别不了，只能取纸质票", "新能源绿牌总是识别不出来", "摄像头认不出我的车牌，在入口等了好久",
              "车牌识别失败，人工登记才进去", "每次进场都识别不了新能源车牌"],
    "spot": ["车位太难找了，在地下转了二十分钟", "医院停车场根本找不到车位", "绕了好几圈才找到空位",
             "找车位找到崩溃，指示牌也不清楚", "车位太少，找个位置要半天"],
    "charging": ["充电桩坏了，充不上电还扣了钱", "充电枪接触不良，充了半天没进电", "充电桩故障，白等一小时"],
    "easy_pay": ["App缴费很方便，不用排队", "手机上一键付款，太方便了", "无感支付真省事", "小程序缴费很方便，好评",
                 "付款超级方便，点个赞"],
    "smooth": ["出场很顺利", "整体体验不错", "停车挺顺的，下次还来", "一切正常，体验很好"],
    "machine": ["缴费机只有一台，排队付钱很慢", "缴费机扫码老是失败", "自助缴费机反应慢，等了好久"],
    "price": ["停车费有点贵", "一小时十块偏贵", "收费太高了", "价格不便宜"],
    "passprice": ["月卡一下子涨了这么多，太离谱了", "月卡涨价了，不续了", "月卡涨价也没提前通知", "月卡涨了三分之一，考虑换地方停"],
    "bind": ["绑定车牌要上传行驶证，太麻烦了", "绑车牌一直提示验证失败", "扫码下载后绑车牌步骤太多"],
    "app_bug": ["App经常闪退", "更新后App打不开", "App登录老是掉线"],
    "refund": ["申请退款好几天了还没到账", "退款太慢了，一个星期都没处理", "退款进度一直显示处理中"],
    "neutral": ["还行吧", "一般般", "正常停车，没什么特别的", "中规中矩"],
    "entry_ok": ["入口秒进，体验很好", "进场很快，不用取票", "进停车场很快，不用停下来"],
}
EN = {
    "gate": ["Paid in the app but the exit gate would not open", "Gate didn't open at the exit, stuck for 10 minutes",
             "Barrier stayed down even after I paid", "The exit barrier is broken again, long line behind me"],
    "double": ["Charged twice for one parking session", "I was double charged, paid in the app and again at the machine",
               "Double charge on my card for the same stay"],
    "plate": ["The entrance camera didn't recognise my plate", "Plate recognition failed again for my EV",
              "Camera could not read my green plate, had to take a ticket"],
    "spot": ["Took forever to find a parking spot", "Couldn't find a free space, drove around for 20 minutes",
             "Spots are really hard to find here"],
    "charging": ["Charger was broken but I still got billed", "The charging station was faulty"],
    "easy_pay": ["Paying in the app is so easy", "Super convenient to pay on my phone before leaving",
                 "Seamless payment, love it"],
    "smooth": ["Smooth exit, no issues", "Good experience overall", "All fine, will park here again"],
    "machine": ["Only one pay machine and a long line", "The pay station is slow and keeps failing to scan"],
    "price": ["Parking is a bit pricey", "Hourly rate is too high"],
    "passprice": ["Monthly pass price went up way too much", "Pass price hike with no notice, not renewing"],
    "bind": ["Adding my plate required too many steps", "Plate binding keeps failing verification"],
    "app_bug": ["App keeps crashing", "App won't open after the update"],
    "refund": ["My refund still hasn't arrived after a week", "Refund is taking forever"],
    "neutral": ["It was ok", "Average", "Nothing special"],
    "entry_ok": ["Entry was instant, no ticket needed", "Drove straight in, very quick"],
}
SENT = {"gate": "neg", "double": "neg", "plate": "neg", "spot": "neg", "charging": "neg", "easy_pay": "pos",
        "smooth": "pos", "machine": "neg", "price": "neg", "passprice": "neg", "bind": "neg", "app_bug": "neg",
        "refund": "neg", "neutral": "neu", "entry_ok": "pos"}
TOPIC_TP = {"gate": "tp_exit", "double": "tp_pay_app", "plate": "tp_entry", "spot": "tp_parked",
            "charging": "tp_charge", "easy_pay": "tp_pay_app", "smooth": "tp_exit", "machine": "tp_pay_machine",
            "price": "tp_pay_app", "passprice": "tp_pass_renew", "bind": "tp_bind_plate", "app_bug": "tp_download",
            "refund": "tp_refund", "neutral": "tp_exit", "entry_ok": "tp_entry"}


def hourly(lot):
    _, _, _, city, typ, _ = LOT[lot]
    if typ == "hospital":
        return 6.0, 40.0, 30
    if typ == "office":
        return (10.0, 70.0, 15) if city == "Chengdu" else (12.0, 80.0, 15)
    return (8.0, 48.0, 15) if city == "Chengdu" else (10.0, 60.0, 15)


def fee(lot, minutes):
    rate, cap, free = hourly(lot)
    if minutes <= free:
        return 0.0
    days = int(minutes // 1440)
    rest = minutes - days * 1440
    return days * cap + min(cap, math.ceil(rest / 60.0) * rate)


def pass_price(lot, t):
    _, _, _, city, typ, _ = LOT[lot]
    if typ == "hospital":
        return 300.0
    if city == "Shenzhen":
        base = 600.0 if typ == "office" else 450.0
        return base * (4 / 3) if t >= PASS_HIKE else base
    if city == "Guangzhou":
        return 550.0 if typ == "office" else 450.0
    return 400.0 if typ == "office" else 350.0


def season(typ):
    days = (END.date() - START.date()).days + 1
    w = np.ones(days)
    dow = np.zeros(days, dtype=int)
    for i in range(days):
        d = START + D(days=i)
        dow[i] = d.weekday()
        if typ == "mall" and d.month == 12:
            w[i] *= 1.3
        for c in CNY:
            k = (d - c).days
            if -4 <= k <= 7:
                w[i] *= 0.2 if typ == "office" else 0.6
            elif typ == "mall" and -18 <= k < -4:
                w[i] *= 1.3
    return w, dow


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    n_days = (END.date() - START.date()).days + 1
    SEAS = {t: season(t)[0] for t in TYPE_ZH}
    DOW = season("office")[1]
    weekend = DOW >= 5
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "s": 0, "p": 0}

    def pick(values, probs):
        u, acc = rng.random() * sum(probs), 0.0
        for v, w in zip(values, probs):
            acc += w
            if u < acc:
                return v
        return values[-1]

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def lotcols(lot):
        x = LOT[lot]
        return dict(lot_id=lot, lot_name=x[1], lot_name_en=x[2], lot_type=x[4], 场所类型=TYPE_ZH[x[4]],
                    city=x[3], 城市=CITY_ZH[x[3]], ev_chargers="yes" if x[5] else "no")

    def appver(t):
        return "3.6" if t < datetime(2025, 5, 1) else "3.8" if t < datetime(2026, 1, 1) else "4.0"

    def ev(c, t, tp, action, session="", app=True, **extra):
        if t > END or t < START:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=c["device"] if app else "", channel=c["channel"] if app else "car_park",
                   app_version=appver(t) if app else "")
        row.update(extra)
        events.append(row)
        return True

    def order(c, t, amount, otype, status="paid", **extra):
        if t > END:
            return None
        row = dict(order_id=nid("o", "PO", 6), customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, channel=extra.pop("channel", c["channel"]), device=extra.pop("device", c["device"]),
                   order_type=otype, 订单类型={"parking_fee": "停车费", "monthly_pass": "月卡",
                                            "charging_fee": "充电费"}[otype],
                   car_type=c["car"], 车辆类型=CAR_ZH[c["car"]], currency="CNY")
        row.update(extra)
        orders.append(row)
        return row

    def comment(c, t, topic, channel, rating=None, dated=True, tp=None, lot=None, anon=False, **extra):
        if t > END:
            return
        texts = (EN if c["lang"] == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "FB", 6), text=str(texts[int(rng.integers(len(texts)))]),
                   ts=fmt(t) if dated else "", customer_id="" if anon else c["id"],
                   touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating="" if rating is None else int(rating),
                   nps="", language=c["lang"], car_type=c["car"], device=c["device"], sentiment_label=SENT[topic])
        if lot:
            row.update(lotcols(lot))
        row.update(extra)
        feedback.append(row)

    # ---------------- customers ----------------
    span0 = (END - PRE).total_seconds()
    customers = []
    for i in range(N):
        k = int(pick(range(3), [x[3] for x in CITIES]))
        cz, ce, region, _ = CITIES[k]
        signup = PRE + D(seconds=float(span0 * rng.beta(1.35, 1.0) * 0.995))
        signup = signup.replace(hour=int(rng.integers(7, 23)), minute=int(rng.integers(60)),
                                second=int(rng.integers(60)))
        lots = [x[0] for x in LOTS if x[3] == ce]
        home = str(pick(lots, [HOME_W[LOT[x][4]] for x in lots]))
        persona = LOT[home][4]
        frac = max(0.0, (signup - START).total_seconds() / (END - START).total_seconds())
        p_ev = {"Shenzhen": 0.36, "Guangzhou": 0.28, "Chengdu": 0.24}[ce] + 0.12 * frac
        car = "EV" if rng.random() < p_ev else "ICE"
        acq = str(pick(ACQ, [0.40, 0.45 if persona == "mall" else 0.12, 0.30]))
        dev = str(pick(["ios", "android", "harmonyos"], [0.44, 0.44, 0.12]))
        lvl = str(pick(list(LEVELS), {"office": [0.3, 0.35, 0.35], "mall": [0.6, 0.3, 0.1],
                                      "hospital": [0.8, 0.17, 0.03]}[persona]))
        lang = "en" if rng.random() < (0.15 if ce == "Shenzhen" else 0.08) else "zh"
        base = {"office": 0.19, "mall": 0.045, "hospital": 0.022}[persona]
        customers.append(dict(
            id=f"C{i + 1:05d}", city=ce, 城市=cz, region=region, car=car, acq=acq, signup=signup, device=dev,
            channel="mini_program" if acq == "wechat_mini_program" else "app", lang=lang, home=home, lots=lots,
            persona=persona, level=lvl, mult=float(rng.gamma(3.0, 1 / 3.0)), base=base, passes=[],
            plate="green" if car == "EV" else "blue", first=None, end=None, bound=True))

    # ---------------- onboarding ----------------
    for c in customers:
        if c["signup"] < START:
            c["first"] = START
        else:
            t0 = c["signup"]
            src_lot = c["home"] if c["persona"] == "mall" else str(
                [x for x in c["lots"] if LOT[x][4] == "mall"][int(rng.integers(2))])
            extra = dict(download_source=c["acq"], 下载渠道=ACQ_ZH[c["acq"]])
            if c["acq"] == "mall_qr":
                extra.update(lotcols(src_lot))
            ev(c, t0, "tp_download", "install", **extra)
            if rng.random() >= P_BIND[c["acq"]]:
                c["bound"] = False
                if rng.random() < 0.08:
                    comment(c, t0 + H(rng.uniform(0.2, 30)), "bind", "app_review", rating=int(pick([1, 2], [.5, .5])),
                            dated=rng.random() > 0.3)
                continue
            if rng.random() < 0.05:
                delay = float(rng.uniform(32, 90)) * 24
            elif c["acq"] == "mall_qr":
                delay = float(rng.lognormal(np.log(26), 1.0))
            else:
                delay = float(rng.lognormal(np.log(2.5), 1.1))
            tb = t0 + H(delay)
            if rng.random() < (0.3 if c["acq"] == "mall_qr" else 0.08):
                ev(c, tb - M(rng.uniform(2, 30)), "tp_bind_plate", "fail", plate_type=c["plate"],
                   error_code="VERIFY_FAILED")
                if rng.random() < 0.1:
                    comment(c, tb, "bind", "app_review", rating=2, dated=rng.random() > 0.3)
            ev(c, tb, "tp_bind_plate", "success", plate_type=c["plate"])
            lag = {"office": 2.5, "mall": 8.0, "hospital": 16.0}[c["persona"]]
            c["first"] = tb + D(days=float(rng.exponential(lag)))
            if c["acq"] == "mall_qr" and rng.random() < 0.5:
                c["first"] = tb + H(rng.uniform(0.1, 3))     # downloaded at the mall, parks right away
        if c["first"] is not None:
            c["end"] = min(END, c["first"] + D(days=float(rng.exponential(520))))

    # ---------------- monthly passes ----------------
    for c in customers:
        if c["first"] is None or c["first"] >= END:
            continue
        typ = c["persona"]
        home = c["home"]
        p_view = {"office": 0.72, "mall": 0.18, "hospital": 0.05}[typ]
        p_buy = {"office": 0.62, "mall": 0.35, "hospital": 0.3}[typ]
        if rng.random() >= p_view:
            continue
        tv = c["first"] + D(days=float(rng.uniform(2, 120)))
        if tv >= c["end"]:
            continue
        ev(c, tv, "tp_pass_page", "view", **lotcols(home))
        if rng.random() < 0.3:
            ev(c, tv + D(days=float(rng.uniform(0.01, 3))), "tp_pass_page", "view", **lotcols(home))
        if rng.random() >= p_buy:
            continue
        pid = nid("p", "MP", 5)
        tbuy = tv + H(rng.uniform(0.05, 96))
        seq = 1
        vfrom = tbuy
        pc = dict(pass_id=pid, **lotcols(home))
        ev(c, tbuy, "tp_pass_buy", "success", pid, pass_seq=seq, **pc)
        order(c, tbuy, pass_price(home, tbuy), "monthly_pass", pass_id=pid, pass_seq=seq, pass_action="new",
              valid_from=tbuy.strftime("%Y-%m-%d"), valid_to=(tbuy + D(days=29)).strftime("%Y-%m-%d"),
              pay_method=str(pick(["wechat_pay", "alipay", "unionpay"], [.55, .35, .1])), **lotcols(home))
        while True:
            expiry = vfrom + D(days=30)
            if expiry > END:
                c["passes"].append((vfrom, END + D(days=1)))
                break
            c["passes"].append((vfrom, expiry))
            hike = c["city"] == "Shenzhen" and expiry >= PASS_HIKE
            p_r = {"office": 0.87, "mall": 0.76, "hospital": 0.7}[typ]
            if hike:
                p_r = 0.52 if typ == "office" else 0.45
            tr = expiry - D(days=float(rng.uniform(0, 3)))
            if rng.random() < p_r:
                seq += 1
                ev(c, tr, "tp_pass_renew", "success", pid, pass_seq=seq, **pc)
                order(c, tr, pass_price(home, expiry), "monthly_pass", pass_id=pid, pass_seq=seq,
                      pass_action="renew", valid_from=expiry.strftime("%Y-%m-%d"),
                      valid_to=(expiry + D(days=29)).strftime("%Y-%m-%d"),
                      pay_method=str(pick(["wechat_pay", "alipay", "unionpay", "auto_deduct"], [.4, .3, .1, .2])),
                      **lotcols(home))
                if hike and seq >= 2 and rng.random() < 0.2:
                    comment(c, tr + H(rng.uniform(1, 48)), "passprice", "in_app_rating", rating=2, lot=home,
                            pass_id=pid)
                vfrom = expiry
                continue
            if hike and rng.random() < 0.55:
                comment(c, tr + H(rng.uniform(1, 72)), "passprice",
                        str(pick(["in_app_rating", "app_review", "survey"], [.5, .3, .2])),
                        rating=int(pick([1, 2], [.6, .4])), dated=True, lot=home, pass_id=pid)
            if rng.random() < 0.3:
                c["end"] = min(c["end"], expiry + D(days=float(rng.uniform(0, 20))))
            break
        last_pass_end = c["passes"][-1][1] if c["passes"] else None
        if last_pass_end and c["end"] < last_pass_end:
            c["end"] = min(END, last_pass_end + D(days=float(rng.uniform(0, 10))))

    # ---------------- parking sessions ----------------
    d0 = START.date()
    app_share_lo, app_share_hi = 0.52, 0.80

    def on_pass(c, t):
        for a, b in c["passes"]:
            if a <= t < b:
                return True
        return False

    def session(c, day, tmin=None):
        d = START + D(days=int(day))
        we = d.weekday() >= 5
        pass_now = on_pass(c, d + H(12))
        home_p = 0.92 if pass_now else 0.78
        lot = c["home"] if rng.random() < home_p else str(c["lots"][int(rng.integers(len(c["lots"])))])
        _, lzh, len_, lcity, typ, has_ev = LOT[lot]
        # arrival and stay
        if typ == "office":
            if we:
                arr, dur = rng.uniform(9, 15), float(rng.lognormal(np.log(200), 0.5))
            else:
                arr, dur = rng.normal(8.8, 0.6), float(np.clip(rng.normal(545, 70), 90, 760))
        elif typ == "mall":
            arr = float(pick(range(10, 22), [.05, .07, .09, .08, .08, .09, .1, .1, .11, .1, .08, .05])) + rng.random()
            dur = float(rng.lognormal(np.log(130), 0.55)) if rng.random() > 0.06 else float(rng.uniform(3, 14))
        else:
            arr = float(pick(range(7, 17), [.12, .18, .18, .14, .08, .08, .08, .07, .04, .03])) + rng.random()
            dur = float(rng.lognormal(np.log(150), 0.6)) if rng.random() > 0.06 else float(rng.uniform(5, 28))
        t_in = d + H(arr)
        if tmin is not None and t_in <= tmin:
            t_in = tmin + M(rng.uniform(5, 90))
        t_out = t_in + M(dur)
        sid = nid("s", "S", 7)
        lc = lotcols(lot)
        billing = "monthly_pass" if (pass_now and lot == c["home"]) else "temporary"
        common = dict(billing=billing, 计费类型="月卡" if billing == "monthly_pass" else "临停", **lc)
        # entry: plate recognition
        if c["car"] == "EV":
            p_fail = 0.31 if (lcity == "Chengdu" and t_in < CAMERA_FIX) else 0.05
        else:
            p_fail = 0.03
        recog = rng.random() >= p_fail
        method = "plate" if recog else ("ticket" if rng.random() < 0.72 else "staff")
        if not ev(c, t_in, "tp_entry", "enter", sid, app=False, plate_recognized="Y" if recog else "N",
                  entry_method=method, plate_type=c["plate"], car_type=c["car"], 车辆类型=CAR_ZH[c["car"]],
                  **common):
            return
        # finding a spot
        if typ == "office":
            srch = float(rng.lognormal(np.log(2.5), 0.45))
        elif typ == "mall":
            srch = float(rng.lognormal(np.log(6.0 if we else 3.2), 0.5))
        else:
            srch = float(rng.lognormal(np.log(8.0), 0.5))
            if not we and arr < 11:
                srch *= 1.5
            if lot == "L10":
                srch *= 1.8
        srch = min(srch, dur * 0.5)
        t_park = t_in + M(srch)
        ev(c, t_park, "tp_parked", "park", sid, app=False, floor=str(pick(["B1", "B2", "B3"], [.45, .35, .2])),
           **common)
        fbc = dict(lot=lot, session_id=sid)
        # EV charging
        fault = False
        if c["car"] == "EV" and has_ev and typ != "hospital" and dur > 40 and \
                rng.random() < (0.5 if typ == "office" else 0.3):
            tc = t_park + M(rng.uniform(1, 6))
            fault = rng.random() < 0.04
            kwh = round(float(rng.uniform(1, 4)) if fault else float(min(dur / 60 * 7, rng.uniform(8, 50))), 1)
            ev(c, tc, "tp_charge", "fault" if fault else "start", sid, app=True, kwh=kwh,
               charger_id=f"{lot}-C{int(rng.integers(1, 13)):02d}", **common)
            price = {"Shenzhen": 1.6, "Guangzhou": 1.5, "Chengdu": 1.3}[lcity]
            tce = tc + M(min(dur - srch - 8, kwh / 7 * 60 + rng.uniform(0, 5)))
            o = order(c, tce, kwh * price, "charging_fee", channel="app" if c["channel"] == "app" else "mini_program",
                      session_id=sid, kwh=kwh, pay_method="wechat_pay" if rng.random() < .6 else "alipay", **lc)
            if fault:
                treq = tce + H(rng.uniform(0.5, 30))
                tdone = treq + D(days=float(rng.lognormal(np.log(1.0), 0.5)))
                ev(c, treq, "tp_refund_request", "submit", sid, refund_reason="charger_fault", **lc)
                if ev(c, tdone, "tp_refund", "success", sid, refund_reason="charger_fault", **lc) and o:
                    o["status"] = "refunded"
                    o["refund_reason"] = "charger_fault"
                    o["refunded_at"] = fmt(tdone)
                if rng.random() < 0.5:
                    comment(c, treq, "charging", "ticket", dated=rng.random() > 0.08, **fbc)
        # payment
        amount = fee(lot, dur) if billing == "temporary" else 0.0
        coupon = 0.0
        if amount > 0 and typ == "mall" and rng.random() < 0.35:
            coupon = min(amount, 2 * hourly(lot)[0])
            amount -= coupon
        paid_by = None
        double = False
        o2 = None
        if amount > 0:
            frac = (t_in - START).total_seconds() / (END - START).total_seconds()
            app_p = app_share_lo + (app_share_hi - app_share_lo) * frac
            if not recog and rng.random() < 0.85:
                app_p = 0.0
            paid_by = "app" if rng.random() < app_p else "machine"
            if paid_by == "app":
                tp_ = t_out - M(rng.uniform(1, 15))
                ch = c["channel"]
                ev(c, tp_, "tp_pay_app", "success", sid, amount=f"{amount:.2f}", **common)
                pm = str(pick(["wechat_pay", "alipay", "unionpay", "auto_deduct"], [.48, .34, .08, .10]))
                order(c, tp_, amount, "parking_fee", channel=ch, session_id=sid, pay_method=pm,
                      coupon_amount=f"{coupon:.2f}", duration_min=int(round(dur)), **lc)
                if rng.random() < 0.003:     # app timeout, paid twice in the app
                    double = True
                    tp2 = tp_ + M(rng.uniform(0.5, 3))
                    ev(c, tp2, "tp_pay_app", "success", sid, amount=f"{amount:.2f}", **common)
                    o2 = order(c, tp2, amount, "parking_fee", channel=ch, session_id=sid, pay_method=pm,
                               coupon_amount=f"{coupon:.2f}", duration_min=int(round(dur)), **lc)
            else:
                tp_ = t_out - M(rng.uniform(3, 12))
                pm = str(pick(["wechat_pay", "alipay", "unionpay", "cash"], [.45, .35, .1, .1]))
                ev(c, tp_, "tp_pay_machine", "success", sid, app=False, amount=f"{amount:.2f}", **common)
                order(c, tp_, amount, "parking_fee", channel="machine", device="", session_id=sid, pay_method=pm,
                      coupon_amount=f"{coupon:.2f}", duration_min=int(round(dur)), **lc)
        # exit
        bug = lot == GATE_BUG_LOT and t_out >= GATE_BUG
        if bug and paid_by == "app":
            p_gate = 0.22
        elif bug:
            p_gate = 0.035
        else:
            p_gate = 0.015
        gate_fail = rng.random() < p_gate
        if gate_fail:
            err = "payment_not_synced" if (bug and paid_by == "app") else str(
                pick(["barrier_fault", "plate_not_read"], [.6, .4]))
            ev(c, t_out, "tp_exit", "fail", sid, app=False, gate_error=err, **common)
            if err == "payment_not_synced" and rng.random() < 0.45:
                tp2 = t_out + M(rng.uniform(1, 4))
                ev(c, tp2, "tp_pay_machine", "success", sid, app=False, amount=f"{amount:.2f}", **common)
                o2 = order(c, tp2, amount, "parking_fee", channel="machine", device="", session_id=sid,
                           pay_method="wechat_pay", coupon_amount=f"{coupon:.2f}", duration_min=int(round(dur)), **lc)
                double = True
                ev(c, tp2 + M(rng.uniform(1, 3)), "tp_exit", "success", sid, app=False, exit_method="auto", **common)
            else:
                ev(c, t_out + M(rng.uniform(2, 12)), "tp_exit", "success", sid, app=False, exit_method="staff",
                   **common)
            if rng.random() < 0.3:
                comment(c, t_out + M(rng.uniform(10, 600)), "gate", "in_app_rating", rating=int(pick([1, 2], [.6, .4])),
                        **fbc)
            if rng.random() < 0.08:
                comment(c, t_out + M(rng.uniform(10, 300)), "gate", "call_note", **fbc)
        else:
            ev(c, t_out, "tp_exit", "success", sid, app=False, exit_method="auto", **common)
        if double:
            treq = t_out + H(rng.uniform(0.5, 72))
            typ_d = 3.5 if treq < REFUND_AUTO else 1.1
            tdone = treq + D(days=float(rng.lognormal(np.log(typ_d), 0.45)))
            ev(c, treq, "tp_refund_request", "submit", sid, refund_reason="double_charge", **lc)
            if ev(c, tdone, "tp_refund", "success", sid, refund_reason="double_charge", **lc) and o2 is not None:
                o2["status"] = "refunded"
                o2["refund_reason"] = "double_charge"
                o2["refunded_at"] = fmt(tdone)
            if rng.random() < 0.65:
                comment(c, treq + M(rng.uniform(1, 60)), "double", "ticket", dated=rng.random() > 0.08, **fbc)
            if rng.random() < 0.2:
                comment(c, treq + H(rng.uniform(1, 48)), "double", "app_review", rating=1, dated=rng.random() > 0.3,
                        **fbc)
            if rng.random() < 0.1:
                comment(c, treq + H(rng.uniform(1, 24)), "double", "call_note", **fbc)
            if (tdone - treq).days >= 4 and rng.random() < 0.3:
                comment(c, treq + D(days=4), "refund", "ticket", **fbc)
        # after-visit rating
        tr = t_out + M(rng.uniform(10, 900))
        if not recog and rng.random() < 0.14:
            comment(c, tr, "plate", "in_app_rating", rating=int(pick([1, 2, 3], [.35, .45, .2])), **fbc)
        elif srch > 12 and rng.random() < 0.13:
            comment(c, tr, "spot", "in_app_rating", rating=int(pick([1, 2], [.5, .5])), **fbc)
        elif not gate_fail and not double and rng.random() < 0.05:
            if paid_by == "app":
                topic = str(pick(["easy_pay", "smooth", "neutral", "price", "entry_ok"], [.45, .2, .12, .13, .1]))
            elif paid_by == "machine":
                topic = str(pick(["machine", "smooth", "neutral", "price", "entry_ok"], [.4, .2, .15, .15, .1]))
            else:
                topic = str(pick(["smooth", "neutral", "entry_ok"], [.5, .3, .2]))
            if typ == "hospital" and srch > 8 and rng.random() < 0.5:
                topic = "spot"
            stars = {"easy_pay": [0, 0, 0, .25, .75], "smooth": [0, 0, 0, .4, .6], "neutral": [0, .1, .6, .3, 0],
                     "price": [.1, .4, .5, 0, 0], "machine": [.1, .35, .45, .1, 0], "entry_ok": [0, 0, 0, .3, .7],
                     "spot": [.4, .45, .15, 0, 0]}[topic]
            tp = TOPIC_TP[topic]
            if topic == "price" and paid_by == "machine":
                tp = "tp_pay_machine"
            comment(c, tr, topic, "in_app_rating", rating=int(pick([1, 2, 3, 4, 5], stars)), tp=tp, **fbc)

    for c in customers:
        if c["first"] is None or c["first"] >= END:
            continue
        i = max(0, (c["first"].date() - d0).days)
        j = min(n_days - 1, (c["end"].date() - d0).days)
        if j < i:
            continue
        typ = c["persona"]
        dows = DOW[i:j + 1]
        we = weekend[i:j + 1]
        if typ == "office":
            p = np.where(we, 0.03, c["base"])
        elif typ == "mall":
            p = np.where(we, c["base"] * 2.6, c["base"])
        else:
            p = np.where(we, c["base"] * 0.35, c["base"])
        p = p * SEAS[typ][i:j + 1] * c["mult"]
        if c["passes"]:
            for a, b in c["passes"]:
                ia = max(i, (a.date() - d0).days)
                ib = min(j, (b.date() - d0).days)
                if ib >= ia:
                    seg = slice(ia - i, ib - i + 1)
                    p[seg] = np.where(dows[seg] >= 5, 0.04, 0.42) * SEAS[typ][ia:ib + 1]
        new = c["signup"] >= START
        if new:
            p[0] = 1.0
        days = np.nonzero(rng.random(len(p)) < np.clip(p, 0, 1))[0] + i
        for dd in days:
            session(c, dd, tmin=c["first"] if (new and dd == i) else None)

    # ---------------- app reviews / surveys ----------------
    for c in customers:
        if rng.random() < 0.12:
            t = max(c["signup"], START) + D(days=float(rng.uniform(1, 400)))
            topic = str(pick(["easy_pay", "app_bug", "bind", "neutral", "price"], [0.38, 0.25, 0.12, 0.15, 0.1]))
            r = {"easy_pay": 4, "app_bug": 1, "bind": 2, "neutral": 3, "price": 2}[topic] + int(rng.integers(0, 2))
            comment(c, t, topic, "app_review", rating=r, dated=rng.random() > 0.3, anon=rng.random() < 0.15)
        if rng.random() < 0.10 and c["first"] is not None:
            t = max(c["first"], START) + D(days=float(rng.uniform(20, 420)))
            topic = str(pick(["easy_pay", "smooth", "spot", "price"], [0.35, 0.3, 0.2, 0.15]))
            nps = {"easy_pay": 10, "smooth": 9, "spot": 5, "price": 6}[topic] - int(rng.integers(0, 3))
            comment(c, t, topic, "survey", dated=rng.random() > 0.12, nps=nps)

    # ---------------- write ----------------
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(events), size=30, replace=False)
    events += [dict(events[int(x)]) for x in dup_idx]      # exact duplicate rows re-sent by a gate controller
    orders.sort(key=lambda r: (r["ts"], r["order_id"]))
    feedback.sort(key=lambda r: r["feedback_id"])
    last_in, spent = {}, {}
    for e in events:
        if e["touchpoint_id"] == "tp_entry":
            last_in[e["customer_id"]] = e["ts"]
    for o in orders:
        if o["status"] == "paid":
            spent[o["customer_id"]] = spent.get(o["customer_id"], 0.0) + float(o["amount"])
    cust_rows = []
    for c in customers:
        li = last_in.get(c["id"])
        if c["signup"] > END - D(days=60):
            seg = "new"
        elif li is None:
            seg = "dormant"
        elif li < fmt(END - D(days=60)):
            seg = "at_risk"
        elif spent.get(c["id"], 0) > 6000:
            seg = "vip"
        else:
            seg = "returning"
        h = LOT[c["home"]]
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=c["region"],
                              acquisition_channel=c["acq"], tier=c["level"], city=c["city"], 城市=c["城市"],
                              car_type=c["car"], 车辆类型=CAR_ZH[c["car"]], plate_type=c["plate"],
                              member_level=c["level"], 会员等级=LEVELS[c["level"]], 下载渠道=ACQ_ZH[c["acq"]],
                              home_lot_id=c["home"], home_lot_name=h[1], home_lot_name_en=h[2],
                              primary_device=c["device"], language=c["lang"],
                              birth_year=int(rng.integers(1960, 2004))))
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
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
