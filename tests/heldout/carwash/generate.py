"""洗洗乐 ShineGo: a car wash & auto-detailing chain (self-service and staffed stations in 上海, 杭州, 苏州, 南京)
with an app (find a station on the map / by search / from a coupon push, book a slot or queue on site), check-in by
licence-plate scan, wash, pay (single wash or covered by the monthly wash subscription), rate; and the subscription
life cycle (sign-up, monthly renewal, pause, cancellation). 2024-10-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20241001
START = datetime(2024, 10, 1)
PRE = datetime(2023, 9, 1)                # first customers signed up before the data starts
END = datetime(2026, 8, 31, 23, 59, 59)
N = 2000
D = timedelta
M = lambda x: timedelta(minutes=float(x))  # noqa: E731
H = lambda x: timedelta(hours=float(x))  # noqa: E731

# city zh, city en, weight
CITIES = [("上海", "Shanghai", 0.38), ("杭州", "Hangzhou", 0.26), ("苏州", "Suzhou", 0.18), ("南京", "Nanjing", 0.18)]
# station_id, name (zh), city en, station_type
STATIONS = [
    ("S01", "上海徐汇漕河泾店", "Shanghai", "staffed"), ("S02", "上海浦东张江店", "Shanghai", "staffed"),
    ("S03", "上海闵行莘庄自助站", "Shanghai", "self"), ("S04", "上海宝山顾村自助站", "Shanghai", "self"),
    ("S05", "杭州西湖文三路店", "Hangzhou", "staffed"), ("S06", "杭州滨江自助站", "Hangzhou", "self"),
    ("S07", "杭州余杭未来科技城店", "Hangzhou", "staffed"),
    ("S08", "苏州园区金鸡湖店", "Suzhou", "staffed"), ("S09", "苏州吴中自助站", "Suzhou", "self"),
    ("S10", "南京建邺河西店", "Nanjing", "staffed"), ("S11", "南京江宁自助站", "Nanjing", "self"),
    ("S12", "南京鼓楼店", "Nanjing", "staffed"),
]
ST = {s[0]: s for s in STATIONS}
TYPE_ZH = {"self": "自助", "staffed": "人工"}
SCRATCH_STATION = "S06"                   # worn brushes: scratched cars
QUEUE_STATIONS = {"S01": 0.22, "S02": 0.36}  # weekend queue abandonment at the two Shanghai staffed stores
# package, zh, minutes (lo, hi), price staffed, price self
PACKAGES = {"basic": ("基础快洗", (7, 12), 35.0, 18.0), "standard": ("标准精洗", (15, 25), 55.0, 30.0),
            "premium": ("豪华全车护理", (40, 70), 128.0, None)}
ADDONS = [("wax", "打蜡", 80.0), ("interior", "内饰清洁", 120.0), ("coating", "镀晶", 398.0)]
ADDON_W = [0.55, 0.35, 0.10]
CAR = [("SUV", "SUV"), ("sedan", "轿车"), ("EV", "新能源车")]
PLANS = {"basic": ("基础包月", 99.0), "plus": ("尊享包月", 169.0)}
ACQ = ["app_store", "wechat_mini_program", "station_qr", "douyin", "meituan", "referral"]
ACQ_W = [0.22, 0.2, 0.18, 0.14, 0.14, 0.12]
P_SUB = {"app_store": 0.22, "wechat_mini_program": 0.2, "station_qr": 0.4, "douyin": 0.2, "meituan": 0.36,
         "referral": 0.22}
P_RENEW = {"app_store": 0.84, "wechat_mini_program": 0.83, "station_qr": 0.88, "douyin": 0.82, "meituan": 0.55,
           "referral": 0.85}
HOURS = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
HOUR_W = [.06, .1, .13, .1, .09, .1, .11, .1, .09, .07, .05]
CNY = [datetime(2025, 1, 29), datetime(2026, 2, 17)]
CANCEL_BUG = datetime(2026, 3, 1)          # Android app 5.2: the cancel button breaks

TOUCHPOINTS = [
    ("tp_coupon_push", "优惠券推送", "Coupon push", "awareness", "app", "digital", "marketing",
     "推送|优惠券|发券|召回|push|coupon push|coupon|promo notification"),
    ("tp_find_station", "App找店", "Find a station in app", "consideration", "app", "digital", "product",
     "找店|地图|搜索门店|附近门店|查门店|find station|map|search|station finder|locate"),
    ("tp_book_slot", "预约时段", "Slot booked", "purchase", "app", "digital", "product",
     "预约|订位|约时间|预约洗车|book|booking|reserve|slot"),
    ("tp_queue", "现场排队取号", "On-site queue", "purchase", "store", "physical", "store_ops",
     "排队|取号|等位|排号|queue|waiting line|walk-in|take a number"),
    ("tp_checkin", "车牌识别签到", "Plate-scan check-in", "service", "store", "physical", "store_ops",
     "签到|进站|车牌识别|扫车牌|入场|check-in|check in|plate scan|arrival"),
    ("tp_wash_start", "开始洗车", "Wash started", "service", "store", "physical", "store_ops",
     "开洗|开始洗|进洗车机|start wash|wash start|wash started"),
    ("tp_wash_done", "洗车完成", "Wash finished", "service", "store", "physical", "store_ops",
     "洗完|洗车完成|出站|完工|wash done|wash finished|wash complete|finished"),
    ("tp_addon", "加购美容项目", "Detailing add-on", "purchase", "store", "physical", "store_ops",
     "加购|美容|打蜡|内饰清洁|镀晶|精洗加项|add-on|addon|detailing|wax|coating|interior cleaning"),
    ("tp_pay", "支付", "Payment", "purchase", "app", "digital", "payments",
     "付款|支付|结账|买单|扣次|pay|payment|checkout"),
    ("tp_rate", "评价", "Rating", "loyalty", "app", "digital", "quality",
     "评价|打分|评分|点评|rate|rating|review|stars"),
    ("tp_sub_signup", "开通包月", "Subscription sign-up", "loyalty", "app", "digital", "membership",
     "包月|开通会员|办包月|洗车月卡|订阅|subscribe|subscription|sign up|membership|monthly plan"),
    ("tp_sub_renew", "包月续费", "Subscription renewal", "loyalty", "app", "digital", "membership",
     "续费|自动续费|续包月|renew|renewal|auto-renew"),
    ("tp_sub_pause", "暂停包月", "Subscription paused", "loyalty", "app", "digital", "membership",
     "暂停|冻结|停一个月|pause|paused|freeze"),
    ("tp_sub_cancel_request", "申请取消包月", "Cancellation requested", "loyalty", "app", "digital", "membership",
     "申请取消|退订申请|申请退订|cancel request|cancellation request|request to cancel"),
    ("tp_sub_cancel", "取消包月成功", "Subscription cancelled", "loyalty", "app", "digital", "membership",
     "退订|取消包月|取消订阅|退会员|cancelled|cancellation|unsubscribe|churn"),
]
JOURNEYS = [
    ("wash_visit", "到店洗车", "Station wash visit", 1, ["tp_checkin", "tp_wash_start", "tp_wash_done", "tp_pay"]),
    ("app_booking", "App预约到店", "App booking to arrival", 3, ["tp_find_station", "tp_book_slot", "tp_checkin"]),
    ("coupon_winback", "优惠券召回", "Coupon win-back", 7, ["tp_coupon_push", "tp_find_station", "tp_checkin"]),
    ("subscription", "包月续费", "Subscription renewal", 40, ["tp_sub_signup", "tp_sub_renew"]),
    ("sub_cancel", "包月退订", "Subscription cancellation", 30, ["tp_sub_cancel_request", "tp_sub_cancel"]),
]

ZH = {
    "spots": ["洗完车身全是水渍，还得自己擦", "引擎盖上一片水印，没吹干", "玻璃上水渍很明显，洗了跟没洗一样",
              "自助洗完水痕太多了，烘干不行", "车顶都是水点子，干了以后一块块的"],
    "queue": ["周末排队太久了，等了快一个小时", "周六去排了四十分钟的队", "周末人太多，排队排到放弃",
              "排队等位太长，取号后等了半天", "周日排队排到崩溃，下次不周末来了"],
    "scratch": ["洗车机把我的车刮花了，车门上好几道划痕", "刷子太旧了，引擎盖被刮出划痕", "洗完发现后视镜被刮花",
                "自动洗车机刮伤车漆，要求赔偿", "车身多了几道细划痕，肯定是毛刷的问题"],
    "staff": ["店员很热情，服务态度好", "师傅很细心，轮毂都擦得很干净", "工作人员很友好，还帮忙吸了尘",
              "小哥服务态度很好，点赞", "店长人很好，耐心解释套餐"],
    "cancel": ["包月取消不了，找不到取消入口", "申请退订好几天了还没取消成功", "取消包月太难了，点了没反应",
               "退订按钮一直报错，还被自动续费扣了钱", "想取消订阅，客服电话打不通"],
    "plate": ["车牌识别不了，绿牌扫不出来", "新能源车牌识别失败，只能手动输入", "进站扫车牌扫了好几次都不行",
              "车牌识别太慢，后面车都在按喇叭"],
    "price": ["价格又涨了，有点贵", "精洗五十多块偏贵", "打蜡价格太高", "性价比一般"],
    "app": ["App地图定位不准，导航到了关门的店", "App搜不到附近门店", "预约页面经常卡住", "地图上的门店营业时间不对"],
    "booking": ["App预约很方便，到店直接洗", "预约时段很准时，不用等", "提前约好时间，省了排队"],
    "clean": ["洗得很干净，像新车一样", "洗得挺干净的，很满意", "内饰也弄得很干净，下次还来", "又快又干净"],
    "fault": ["洗到一半机器停了，钱扣了车没洗完", "设备故障，洗车中途停机", "机器卡住不动了，等了半天没人管"],
    "neutral": ["还行吧", "一般般", "正常洗车，没什么特别的", "中规中矩"],
}
EN = {
    "spots": ["Water spots all over the hood after the wash", "Left lots of water spots, drying is poor",
              "Windows covered in water marks, had to wipe them myself"],
    "queue": ["Waited over 40 minutes in the queue on Saturday", "Weekend queue is way too long",
              "Long queue on Sunday, I gave up and left"],
    "scratch": ["The machine scratched my car door", "Brushes left fine scratches on the paint",
                "My mirror got scratched in the wash, want compensation"],
    "staff": ["Friendly staff, very helpful", "Staff were friendly and thorough", "Great service from the team"],
    "cancel": ["Impossible to cancel the subscription in the app", "Cancel button does not work, still charged",
               "Requested cancellation days ago and it is still active"],
    "plate": ["Plate scanner did not recognise my EV plate", "Had to type my plate manually, scanner failed"],
    "price": ["A bit expensive for a basic wash", "Wax add-on is overpriced"],
    "app": ["The map in the app sent me to a closed station", "Station search in the app is buggy"],
    "booking": ["Booking a slot in the app is super convenient", "Booked a slot, no waiting at all"],
    "clean": ["Car came out spotless", "Very clean, happy with it", "Quick and clean"],
    "fault": ["Machine stopped halfway through the wash", "Wash bay broke down mid-wash"],
    "neutral": ["It was ok", "Average wash", "Nothing special"],
}
SENT = {"spots": "neg", "queue": "neg", "scratch": "neg", "staff": "pos", "cancel": "neg", "plate": "neg",
        "price": "neg", "app": "neg", "booking": "pos", "clean": "pos", "neutral": "neu",
        "fault": "neg"}
TOPIC_TP = {"spots": "tp_wash_done", "queue": "tp_queue", "scratch": "tp_wash_done", "staff": "tp_wash_done",
            "cancel": "tp_sub_cancel_request", "plate": "tp_checkin", "price": "tp_pay", "app": "tp_find_station",
            "booking": "tp_book_slot", "clean": "tp_wash_done", "neutral": "tp_wash_done",
            "fault": "tp_wash_start"}


def day_weights():
    days = (END.date() - START.date()).days + 1
    w = np.ones(days)
    for i in range(days):
        d = START + D(days=i)
        if d.weekday() >= 5:
            w[i] *= 1.9
        if d.month == 4:
            w[i] *= 1.25          # pollen / 柳絮
        if d.month in (6, 7):
            w[i] *= 0.7           # 梅雨 plum-rain season
        for c in CNY:
            k = (c - d).days
            if 1 <= k <= 14:
                w[i] *= 1.9       # everyone washes the car before 春节
            elif -6 <= k <= 0:
                w[i] *= 0.25
    return w


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    W = day_weights()
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "v": 0, "s": 0, "p": 0}

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

    def ev(c, t, tp, action, session="", app=True, **extra):
        if t > END or t < START:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=c["device"] if app else "", channel=c["channel"] if app else "store",
                   app_version=c["appver"](t) if app else "")
        row.update(extra)
        events.append(row)
        return True

    def order(c, t, amount, otype, status="paid", **extra):
        if t > END:
            return None
        row = dict(order_id=nid("o", "SG", 6), customer_id=c["id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, channel=extra.pop("channel", c["channel"]), device=c["device"], order_type=otype,
                   city=c["city"], 城市=c["城市"], car_type=c["car"], 车型=c["车型"], currency="CNY")
        row.update(extra)
        orders.append(row)
        return row

    def comment(c, t, topic, channel, rating=None, dated=True, tp=None, **extra):
        if t > END:
            return
        texts = (EN if c["lang"] == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "FB", 6), text=str(texts[int(rng.integers(len(texts)))]),
                   ts=fmt(t) if dated else "", customer_id=c["id"], touchpoint_id=tp or TOPIC_TP[topic],
                   channel=channel, rating="" if rating is None else int(rating), language=c["lang"],
                   city=c["city"], car_type=c["car"], sentiment_label=SENT[topic])
        row.update(extra)
        feedback.append(row)

    span = (END - START).total_seconds()
    span0 = (END - PRE).total_seconds()
    customers = []
    for i in range(N):
        k = int(pick(range(4), [x[2] for x in CITIES]))
        cz, ce, _ = CITIES[k]
        signup = PRE + D(seconds=float(span0 * rng.beta(1.25, 1.0) * 0.98))
        signup = signup.replace(hour=int(rng.integers(8, 22)), minute=int(rng.integers(60)))
        frac = max(0.0, (signup - START).total_seconds() / span)
        active = max(signup, START)
        p_ev = 0.16 + 0.3 * frac           # EV share grows over time
        ci = int(pick(range(3), [0.36 - p_ev / 2, 0.64 - p_ev / 2, p_ev]))
        acq = str(pick(ACQ, ACQ_W))
        dev = str(pick(["ios", "android", "harmonyos"], [0.45, 0.45, 0.10]))
        homes = [s[0] for s in STATIONS if s[2] == ce]
        home = homes[int(rng.integers(len(homes)))]
        lang = "en" if rng.random() < (0.18 if ce == "Shanghai" else 0.08) else "zh"

        def appver(t, dev=dev):
            if t < datetime(2025, 6, 1):
                return "4.8"
            if t < CANCEL_BUG:
                return "5.1"
            return "5.2"
        customers.append(dict(
            id=f"C{i + 1:05d}", city=ce, 城市=cz, car=CAR[ci][0], 车型=CAR[ci][1], acq=acq, signup=signup,
            device=dev, channel="mini_program" if acq == "wechat_mini_program" else "app", appver=appver,
            lang=lang, home=home, homes=homes, plate="green" if CAR[ci][0] == "EV" else "blue",
            active=active, end=min(END, active + D(days=float(rng.exponential(420)))),
            lam=float(rng.gamma(2.0, 0.45)) / 30.0, plan=None, n_paid=0.0, last=None, sub_hist=[]))

    def sub_active(c, t):
        for a, b, plan in c["sub_hist"]:
            if a <= t < b:
                return plan
        return None

    # ---------------- subscriptions ----------------
    for c in customers:
        if rng.random() >= P_SUB[c["acq"]]:
            continue
        t0 = c["active"] + D(days=float(rng.exponential(70)))
        if t0 >= c["end"] or t0 > END - D(days=10):
            continue
        plan = "plus" if rng.random() < 0.3 else "basic"
        sid = nid("s", "SUB", 5)
        c["plan"] = plan
        pz, price = PLANS[plan]
        common = dict(plan=plan, 包月套餐=pz)
        ev(c, t0, "tp_sub_signup", "success", sid, **common)
        order(c, t0, price, "sub_signup", subscription_id=sid, **common)
        start, t = t0, t0
        p_renew = min(0.97, P_RENEW[c["acq"]] + (0.05 if plan == "plus" else 0))
        paused = False
        while True:
            t = t + D(days=30)
            if t > END:
                if not paused:
                    c["sub_hist"].append((start, END, plan))
                break
            u = rng.random()
            if paused:
                renew = u < 0.7
            else:
                renew = u < p_renew
            if renew:
                if paused:
                    start, paused = t, False
                tr = t + H(rng.uniform(0, 3))
                ev(c, tr, "tp_sub_renew", "success", sid, **common)
                order(c, tr, price, "sub_renewal", subscription_id=sid, **common)
                continue
            if not paused and u < p_renew + (1 - p_renew) * 0.22:
                ev(c, t - D(days=float(rng.uniform(1, 6))), "tp_sub_pause", "success", sid, **common)
                c["sub_hist"].append((start, t, plan))
                paused = True
                continue
            # cancellation
            treq = t - D(days=float(rng.uniform(0.5, 8)))
            bug = treq >= CANCEL_BUG and c["device"] == "android"
            if bug:
                delay = float(rng.lognormal(np.log(5.0), 0.45))
            elif treq >= CANCEL_BUG:
                delay = float(rng.lognormal(np.log(0.4), 0.6))
            else:
                delay = float(rng.lognormal(np.log(0.25), 0.6))
            tdone = treq + D(days=delay)
            ev(c, treq, "tp_sub_cancel_request", "submit", sid, **common)
            if bug:
                for _ in range(int(rng.integers(1, 4))):
                    tf = treq + D(days=float(rng.uniform(0.05, max(0.1, delay - 0.05))))
                    ev(c, tf, "tp_sub_cancel_request", "fail", sid, error_code="CANCEL_TIMEOUT", **common)
            if tdone > t and not paused:   # charged again before the cancellation went through -> refunded
                order(c, t + H(1), price, "sub_renewal", status="refunded", subscription_id=sid, **common)
            ev(c, tdone, "tp_sub_cancel", "success", sid, **common)
            if not paused:
                c["sub_hist"].append((start, min(tdone, END), plan))
            fb = dict(subscription_id=sid, plan=plan, device=c["device"])
            if bug or delay > 2:
                if rng.random() < 0.55:
                    comment(c, tdone - H(rng.uniform(1, 30)), "cancel", "ticket", dated=rng.random() > 0.12, **fb)
                if rng.random() < 0.25:
                    comment(c, tdone + H(rng.uniform(1, 48)), "cancel", "app_review",
                            rating=int(pick([1, 2], [0.7, 0.3])), dated=rng.random() > 0.3, **fb)
                if rng.random() < 0.15:
                    comment(c, treq + H(rng.uniform(20, 60)), "cancel", "call_note", dated=True, **fb)
            elif rng.random() < 0.03:
                comment(c, tdone + H(2), "cancel", "ticket", **fb)
            break

    # ---------------- visits ----------------
    d0 = START.date()

    def days_between(a: datetime, b: datetime):
        i, j = (a.date() - d0).days + 1, (b.date() - d0).days
        return max(0, i), max(0, min(j, len(W) - 1))

    def visit(c, day_idx, coupon=None, push_ts=None):
        d = START + D(days=int(day_idx))
        weekend = d.weekday() >= 5
        hour = float(pick(HOURS, HOUR_W))
        t_arr = d + H(hour + rng.uniform(0, 1))
        if push_ts is not None and t_arr <= push_ts:
            t_arr = push_ts + H(rng.uniform(2, 30))
        sid_st = c["home"] if rng.random() < 0.8 else c["homes"][int(rng.integers(len(c["homes"])))]
        st = ST[sid_st]
        stype = st[3]
        vid = nid("v", "V", 6)
        plan = sub_active(c, t_arr)
        if stype == "self":
            pkg = "basic" if rng.random() < 0.62 else "standard"
        else:
            pkg = str(pick(["basic", "standard", "premium"], [0.38, 0.44, 0.18]))
        pz = PACKAGES[pkg][0]
        common = dict(station_id=sid_st, station_name=st[1], station_type=stype, 站点类型=TYPE_ZH[stype],
                      wash_package=pkg, 洗车套餐=pz, city=c["city"])
        use_app = coupon is not None or rng.random() < 0.55
        booked = False
        if use_app:
            method = "coupon_push" if coupon is not None else ("map" if rng.random() < 0.62 else "search")
            booked = rng.random() < (0.5 if stype == "staffed" else 0.28)
            if booked:
                tb = t_arr - H(rng.uniform(1, 36))
                if push_ts is not None and tb <= push_ts:
                    tb = push_ts + M(rng.uniform(10, 60))
                    t_arr = max(t_arr, tb + H(1))
                tf = tb - M(rng.uniform(1, 10))
            else:
                tf = t_arr - M(rng.uniform(10, 120))
                if push_ts is not None and tf <= push_ts:
                    tf = push_ts + M(rng.uniform(5, 60))
                    t_arr = max(t_arr, tf + M(20))
            ev(c, tf, "tp_find_station", "view", vid, find_method=method, coupon_value=coupon or "", **common)
            if booked:
                ev(c, tb, "tp_book_slot", "submit", vid, slot_time=fmt(t_arr), **common)
                if rng.random() < 0.1:
                    return          # booked, never came
        wait = 0.0
        if not booked:
            ab = 0.04
            if weekend and sid_st in QUEUE_STATIONS:
                ab = QUEUE_STATIONS[sid_st]
                wait = float(rng.lognormal(np.log(32 if sid_st == "S02" else 24), 0.35))
            elif weekend:
                wait = float(rng.lognormal(np.log(9), 0.5))
            else:
                wait = float(rng.lognormal(np.log(5), 0.5))
            ev(c, t_arr, "tp_queue", "take_number", vid, app=False, queue_no=int(rng.integers(1, 60)), **common)
            if rng.random() < ab:
                if rng.random() < 0.25:
                    comment(c, t_arr + H(rng.uniform(1, 6)), "queue", "in_app_rating", rating=1 + int(rng.random() < .3),
                            visit_id=vid, station_id=sid_st, station_name=st[1], station_type=stype,
                            站点类型=TYPE_ZH[stype], device=c["device"])
                return
            t_ci = t_arr + M(wait)
        else:
            t_ci = t_arr + M(rng.uniform(-5, 10))
        manual = c["plate"] == "green" and stype == "self" and rng.random() < 0.65
        if not manual and rng.random() < 0.03:
            manual = True
        ev(c, t_ci, "tp_checkin", "success", vid, app=False, plate_scan="manual" if manual else "auto",
           plate_type=c["plate"], **common)
        if manual:
            gap = rng.uniform(6, 16)
        elif stype == "staffed":
            gap = rng.uniform(2, 7)
        else:
            gap = rng.uniform(0.7, 3)
        t_ws = t_ci + M(gap)
        ev(c, t_ws, "tp_wash_start", "start", vid, app=False, **common)
        if rng.random() < 0.015:      # machine fault, wash aborted
            if rng.random() < 0.5:
                comment(c, t_ws + H(rng.uniform(0.5, 20)), "fault", "ticket", visit_id=vid, station_id=sid_st,
                        station_type=stype, device=c["device"])
            return
        lo, hi = PACKAGES[pkg][1]
        t_wd = t_ws + M(rng.uniform(lo, hi) * (1.25 if stype == "self" else 1.0))
        ev(c, t_wd, "tp_wash_done", "success", vid, app=False, **common)
        scratched = rng.random() < (0.055 if sid_st == SCRATCH_STATION else 0.003)
        t_pay = t_wd + M(rng.uniform(1, 5))
        addon = None
        if rng.random() < (0.21 if stype == "staffed" else 0.03):
            k = int(pick(range(3), ADDON_W))
            addon = ADDONS[k]
            ta = t_wd + M(rng.uniform(1, 4))
            ev(c, ta, "tp_addon", "submit", vid, app=False, addon_item=addon[0], 美容项目=addon[1], **common)
            t_pay = ta + M(rng.uniform(20, 70))
        covered = plan is not None and (plan == "plus" or pkg != "premium")
        price = PACKAGES[pkg][2] if stype == "staffed" else PACKAGES[pkg][3]
        if c["car"] == "SUV":
            price += 10
        disc = 0.0
        if coupon and not covered:
            disc = float(coupon)
        pay_type = "subscription" if covered else "single"
        ev(c, t_pay, "tp_pay", "success", vid, pay_type=pay_type, coupon_value=coupon or "", **common)
        ocommon = dict(visit_id=vid, station_id=sid_st, station_name=st[1], station_type=stype,
                       站点类型=TYPE_ZH[stype], channel="app" if use_app else "store")
        pm = str(pick(["wechat_pay", "alipay", "card"], [0.62, 0.3, 0.08]))
        if not covered:
            o = order(c, t_pay, price - disc, "single_wash", wash_package=pkg, 洗车套餐=pz, coupon_amount=f"{disc:.2f}",
                      pay_method=pm, **ocommon)
            if o is not None and scratched:
                o["status"] = "refunded"
        if addon is not None:
            order(c, t_pay, addon[2], "detailing", status="cancelled" if rng.random() < 0.04 else "paid",
                  addon_item=addon[0], 美容项目=addon[1], pay_method=pm, **ocommon)
        c["last"] = t_pay
        fb = dict(visit_id=vid, station_id=sid_st, station_name=st[1], station_type=stype, 站点类型=TYPE_ZH[stype],
                  wash_package=pkg, 洗车套餐=pz, device=c["device"])
        if scratched:
            comment(c, t_wd + H(rng.uniform(0.5, 30)), "scratch", "ticket", dated=rng.random() > 0.1, **fb)
            if rng.random() < 0.2:
                comment(c, t_wd + H(rng.uniform(2, 40)), "scratch", "call_note", **fb)
        if rng.random() < 0.32 or scratched:
            tr = t_pay + M(rng.uniform(5, 2000))
            if scratched:
                topic, stars = "scratch", 1
            elif not booked and wait > 25 and rng.random() < 0.7:
                topic, stars = "queue", int(pick([1, 2, 3], [0.3, 0.45, 0.25]))
            elif manual and rng.random() < 0.55:
                topic, stars = "plate", int(pick([2, 3], [0.5, 0.5]))
            elif rng.random() < (0.3 if stype == "self" and pkg == "basic" else 0.12 if stype == "self" else 0.04):
                topic, stars = "spots", int(pick([2, 3], [0.55, 0.45]))
            elif stype == "staffed" and rng.random() < 0.3:
                topic, stars = "staff", int(pick([4, 5], [0.2, 0.8]))
            elif booked and rng.random() < 0.25:
                topic, stars = "booking", int(pick([4, 5], [0.3, 0.7]))
            elif rng.random() < 0.08 or (addon is not None and rng.random() < 0.2):
                topic, stars = "price", int(pick([2, 3], [0.4, 0.6]))
            else:
                m = 4.3 - (0.5 if sid_st == SCRATCH_STATION else 0)
                stars = int(np.clip(round(m + rng.normal(0, 0.7)), 1, 5))
                topic = "clean" if stars >= 4 else "neutral"
            if ev(c, tr, "tp_rate", "submit", vid, stars=stars, **common):
                comment(c, tr, topic, "in_app_rating", rating=stars, **fb)

    for c in customers:
        segs = []
        a = c["active"]
        for s, e, plan in sorted(c["sub_hist"]):
            segs.append((a, s, c["lam"]))
            segs.append((s, e, 3.2 / 30.0 if plan == "plus" else 2.6 / 30.0))
            a = e
        segs.append((a, c["end"], c["lam"]))
        for s, e, lam in segs:
            if e <= s:
                continue
            i, j = days_between(s, e)
            if j < i:
                continue
            w = W[i:j + 1]
            n = rng.poisson(lam * w.sum())
            if n == 0:
                continue
            days = rng.choice(np.arange(i, j + 1), size=n, p=w / w.sum())
            for dd in np.sort(days):
                visit(c, dd)
        # browse-only station searches in the app
        for _ in range(int(rng.poisson(2.5 + 10 * c["lam"] * 30 / 3))):
            t = c["active"] + D(seconds=float(rng.uniform(0, max(1, (c["end"] - c["active"]).total_seconds()))))
            ev(c, t, "tp_find_station", "view", "", find_method="map" if rng.random() < 0.6 else "search",
               city=c["city"])

    # ---------------- coupon push campaigns (every 14 days) ----------------
    k = 0
    t = START + D(days=20)
    while t < END - D(days=3):
        k += 1
        value = 15 if k % 3 == 0 else 5
        camp = f"CP{k:03d}"
        for c in customers:
            if c["active"] < t < c["end"] and rng.random() < 0.3:
                pid = nid("p", "PU", 6)
                tp = t + M(rng.uniform(0, 120))
                ev(c, tp, "tp_coupon_push", "delivered", pid, campaign_id=camp, coupon_value=value)
                p = (0.21 if value == 15 else 0.08) * (1.4 if c["car"] == "EV" else 1.0)
                if rng.random() < p:
                    dd = (tp.date() - d0).days + int(pick([0, 1, 2, 3, 4, 5], [.2, .3, .2, .12, .1, .08]))
                    if dd < len(W):
                        visit(c, dd, coupon=value, push_ts=tp)
        t += D(days=14)

    # ---------------- app reviews / misc feedback ----------------
    for c in customers:
        if rng.random() < 0.12:
            t = c["active"] + D(days=float(rng.uniform(1, 300)))
            topic = str(pick(["app", "booking", "neutral", "price"], [0.45, 0.3, 0.15, 0.1]))
            r = {"app": 2, "booking": 5, "neutral": 3, "price": 2}[topic] + int(rng.integers(0, 2))
            comment(c, t, topic, "app_review", rating=min(5, r), dated=rng.random() > 0.3, device=c["device"])
    # a few survey rows with an NPS and no rating
    for c in customers:
        if rng.random() < 0.05:
            t = c["active"] + D(days=float(rng.uniform(30, 400)))
            topic = str(pick(["clean", "staff", "queue", "price"], [0.4, 0.25, 0.2, 0.15]))
            nps = {"clean": 9, "staff": 10, "queue": 4, "price": 5}[topic] - int(rng.integers(0, 3))
            comment(c, t, topic, "survey", nps=nps, dated=rng.random() > 0.15, device=c["device"])

    # ---------------- write ----------------
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(events), size=25, replace=False)
    events += [dict(events[int(i)]) for i in dup_idx]     # exact duplicate rows (re-sent by the kiosk)
    orders.sort(key=lambda r: r["ts"])
    feedback.sort(key=lambda r: r["feedback_id"])
    last_visit = {}
    n_paid = {}
    for o in orders:
        if o["status"] == "paid":
            n_paid[o["customer_id"]] = n_paid.get(o["customer_id"], 0) + float(o["amount"])
    for e in events:
        if e["touchpoint_id"] == "tp_checkin":
            last_visit[e["customer_id"]] = e["ts"]
    cust_rows = []
    for c in customers:
        lv = last_visit.get(c["id"])
        if c["signup"] > END - D(days=90):
            seg = "new"
        elif n_paid.get(c["id"], 0) > 2500:
            seg = "vip"
        elif lv is None or lv < fmt(END - D(days=90)):
            seg = "at_risk"
        else:
            seg = "returning"
        plan = c["plan"] or "none"
        cust_rows.append(dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=seg, region=c["城市"],
                              acquisition_channel=c["acq"], tier=plan, city=c["city"], 城市=c["城市"],
                              car_type=c["car"], 车型=c["车型"], plate_type=c["plate"],
                              subscription_plan=plan,
                              包月套餐={"none": "无", "basic": "基础包月", "plus": "尊享包月"}[plan],
                              home_station_id=c["home"], primary_device=c["device"], language=c["lang"],
                              birth_year=int(rng.integers(1962, 2004))))
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
