"""GoCar 去哪开 共享汽车 — synthetic free-floating car sharing with an app (written blind).

    python generate.py OUTDIR

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders (one per completed trip) and feedback as CSV (DATA.md). Data covers 2025-07-01 .. 2026-07-31.
See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260731
START = datetime(2025, 7, 1)
END = datetime(2026, 7, 31, 23, 59, 59)
OCR_B = (datetime(2026, 3, 10), datetime(2026, 5, 6))      # new OCR vendor live (rolled back on 05-06)
UNLOCK_BUG = (datetime(2025, 11, 15), datetime(2026, 1, 10))  # app 5.1.0, Android bluetooth unlock bug
FINES_SZ = datetime(2026, 5, 1)                               # Shenzhen enforcement on car-share parking

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告点击", "Ad click", "awareness", "ads", "digital", "growth", "广告|投放|抖音广告|朋友圈广告|ad|ads"),
    ("tp_referral_link", "好友邀请链接", "Referral link", "awareness", "social", "digital", "growth", "邀请链接|好友推荐|老带新|referral|invite link"),
    ("tp_register", "注册", "Sign-up", "consideration", "app", "digital", "growth", "注册账号|新用户注册|register|signup|sign up"),
    ("tp_licence_upload", "驾照上传认证", "Driving licence verification", "consideration", "app", "digital", "risk",
     "驾照认证|驾驶证审核|驾照识别|OCR|licence check|license verification|KYC"),
    ("tp_licence_approved", "驾照审核通过", "Licence approved", "consideration", "app", "digital", "risk", "认证通过|审核通过|licence approved|license approved"),
    ("tp_deposit", "缴纳押金", "Deposit paid", "consideration", "app", "digital", "finance", "押金|交押金|deposit"),
    ("tp_search_car", "找车", "Search for a car", "purchase", "app", "digital", "product", "搜车|地图找车|附近的车|find a car|car search"),
    ("tp_reserve", "预约车辆", "Reserve car", "purchase", "app", "digital", "product", "预约|订车|reservation|book a car"),
    ("tp_unlock", "开锁成功", "Car unlocked", "purchase", "app", "physical", "fleet_ops", "开锁|解锁|蓝牙开门|unlock"),
    ("tp_trip_start", "开始行程", "Trip start", "purchase", "app", "physical", "fleet_ops", "取车|出发|开始用车|start trip"),
    ("tp_trip_end", "还车结束行程", "Trip end", "purchase", "app", "physical", "fleet_ops", "还车|结束行程|end trip|return car"),
    ("tp_payment", "行程支付", "Trip payment", "purchase", "app", "digital", "finance", "付款|支付|扣费|payment|pay"),
    ("tp_car_dirty", "车辆脏乱上报", "Dirty car report", "service", "app", "physical", "fleet_ops", "车脏|脏乱|卫生差|dirty car|messy"),
    ("tp_low_battery", "电量/油量不足", "Low battery / fuel", "service", "app", "physical", "fleet_ops", "低电量|没电|油不够|亏电|low battery|low fuel"),
    ("tp_unlock_fail", "开锁失败", "Unlock failed", "service", "app", "physical", "fleet_ops", "开不了锁|解锁失败|开门失败|unlock failed|can't unlock"),
    ("tp_damage_report", "车损上报", "Damage report", "service", "app", "physical", "fleet_ops", "车损|刮痕|剐蹭|damage|scratch|dent"),
    ("tp_parking_fine", "停车罚单", "Parking fine", "service", "other", "physical", "fleet_ops", "罚单|贴条|违停|parking ticket|parking fine"),
    ("tp_support_call", "客服来电", "Support call", "service", "phone", "physical", "customer_service", "客服电话|人工客服|打客服|support|hotline"),
    ("tp_refund", "退款", "Refund", "service", "app", "digital", "finance", "退钱|退费|refund"),
    ("tp_pass_page", "月卡详情页", "Monthly pass page", "loyalty", "app", "digital", "growth", "月卡页面|会员页|pass page"),
    ("tp_monthly_pass", "开通月卡", "Monthly pass purchase", "loyalty", "app", "digital", "growth", "月卡|包月|会员卡|monthly pass|subscription"),
    ("tp_rating", "行程评价", "Trip rating", "loyalty", "app", "digital", "product", "评分|打分|评价|trip rating|stars"),
    ("tp_account_close", "注销账户", "Account closed", "loyalty", "app", "digital", "growth", "注销|销户|流失|close account|churn"),
]

JOURNEYS = [
    ("onboarding", "注册到交押金", "Sign-up to deposit",
     ["tp_register", "tp_licence_upload", "tp_licence_approved", "tp_deposit"], 7),
    ("trip_flow", "找车到支付", "Find a car to paid trip",
     ["tp_search_car", "tp_reserve", "tp_unlock", "tp_trip_start", "tp_trip_end", "tp_payment"], 1),
    ("monthly_pass", "月卡开通", "Monthly pass signup", ["tp_pass_page", "tp_monthly_pass"], 14),
]

CITIES = {  # city: (zh, weight, zones)
    "Shanghai": ("上海", 0.30, ["Pudong", "Xuhui", "Jingan"]),
    "Beijing": ("北京", 0.22, ["Chaoyang", "Haidian", "Dongcheng"]),
    "Shenzhen": ("深圳", 0.19, ["Futian", "Nanshan", "Luohu"]),
    "Chengdu": ("成都", 0.14, ["Jinjiang", "Wuhou", "Gaoxin"]),
    "Hangzhou": ("杭州", 0.15, ["Xihu", "Binjiang", "Gongshu"]),
}
CAR_MODELS = [  # model, fuel, weight, low-battery start prob (EV)
    ("BYD Dolphin", "EV", 0.28, 0.09), ("Tesla Model 3", "EV", 0.14, 0.07), ("Wuling Bingo", "EV", 0.18, 0.24),
    ("Toyota Corolla", "petrol", 0.22, 0.0), ("VW Lavida", "petrol", 0.18, 0.0),
]
CHANNELS = ["douyin_ad", "wechat_ad", "app_store_ad", "referral", "offline_poster"]
CH_P = [0.30, 0.20, 0.20, 0.15, 0.15]
UNLOCK_REASONS = ["bluetooth_timeout", "no_signal", "car_offline", "key_card_error"]

TEXT = {
    "licence": {
        "zh": ["驾照上传了五次都识别失败，一直提示照片不清晰", "驾驶证认证老是不通过，明明拍得很清楚", "驾照识别失败，审核卡住了没法用车",
               "换了新的认证系统以后驾照怎么都识别不了", "驾照审核失败三次了，注册完一直用不了车"],
        "en": ["Licence verification keeps failing, it says the photo is blurry", "My driving licence was rejected three times, the scan is fine",
               "Stuck at licence verification, the OCR can't read my license", "Driving licence check failed again, can't start using the app"],
    },
    "low_battery": {
        "zh": ["取车的时候电量只有15%，开了没多远就得找充电桩", "车没什么电了还放出来租，电量太低", "电量才12%，续航焦虑一路",
               "亏电的车也让预约，差点趴窝", "起步电量太低，浪费我半小时充电"],
        "en": ["Battery was at 12% when I picked it up, had to find a charger right away", "Car had almost no charge, low battery on a rented car is unacceptable",
               "Low battery again, range anxiety the whole trip", "Why rent out an EV with only 15% battery?"],
    },
    "low_fuel": {
        "zh": ["油箱快见底了，还得自己先去加油", "油量不足，提车就亮油灯"],
        "en": ["Fuel tank nearly empty at pickup, low fuel light on", "Low fuel, had to refuel before going anywhere"],
    },
    "fine": {
        "zh": ["还车后收到罚单，明明停在App指定的还车点", "被贴条了，违停罚款200还要我自己交", "深圳还车点被交警贴条，App的停车区域不对",
               "又收到一张停车罚单，这还车区怎么划的", "违停罚单扣了我的钱，申诉也没人理"],
        "en": ["Got a parking ticket even though I parked in the app's return zone", "Parking fine after ending my trip, the zone in the app is wrong",
               "Another parking ticket charged to me, I'm disputing this", "Received a parking fine for a spot the app told me to use"],
    },
    "dirty": {
        "zh": ["车里很脏，座位上还有垃圾", "车内脏乱，一股烟味", "车太脏了，脚垫全是泥", "车里有上一个人留下的饮料瓶，卫生太差"],
        "en": ["The car was filthy, trash on the seats", "Dirty car, smelled of smoke", "Car interior was really dirty and messy"],
    },
    "unlock": {
        "zh": ["开锁失败，蓝牙一直连不上", "站在车旁边开不了锁，折腾了二十分钟", "解锁失败好几次，最后只能打客服", "App点了开锁没反应，车门打不开"],
        "en": ["Couldn't unlock the car, bluetooth kept timing out", "Unlock failed three times, stood next to the car for 20 minutes",
               "The app can't unlock the car, had to call support"],
    },
    "damage": {
        "zh": ["车门有一道很长的刮痕，怕被算到我头上", "后保险杠有剐蹭，上报了车损", "车损上报流程太麻烦"],
        "en": ["Long scratch on the door, reported it so I won't be blamed", "Dent on the rear bumper, filed a damage report"],
    },
    "refund": {
        "zh": ["退款太慢了，一周了还没到账", "申请退款客服踢皮球"],
        "en": ["Refund is taking forever", "Still waiting for my refund after a week"],
    },
    "price": {
        "zh": ["价格有点贵，比打车还贵", "按分钟计费太贵了，堵车的时候心疼"],
        "en": ["A bit expensive, costs more than a taxi", "Per-minute pricing hurts in traffic jams"],
    },
    "praise": {
        "zh": ["车很新很干净，开起来很顺，下次还用", "取车还车都很方便，好评", "整体体验不错，车况好", "很方便，离家近，车也干净",
               "开锁快，车况不错", "月卡很划算，通勤天天用"],
        "en": ["Smooth trip, the car was clean and easy to find", "Great experience, will use again", "Car in good condition, easy pickup and return",
               "Convenient and clean, love it", "Monthly pass is great value for my commute"],
    },
    "ok": {
        "zh": ["还行，一般般", "正常用车，没什么问题", "还可以吧"],
        "en": ["It was ok", "Fine, nothing special", "Average trip"],
    },
    "app_bug": {
        "zh": ["新版App老是闪退", "App太卡了，找车地图加载半天"],
        "en": ["The app keeps crashing after the update", "App is slow, the map takes forever to load"],
    },
}
NEG_TOPICS = {"licence", "low_battery", "low_fuel", "fine", "dirty", "unlock", "damage", "refund", "price", "app_bug"}


def app_version(t: datetime) -> str:
    if t < datetime(2025, 11, 15):
        return "5.0.0"
    if t < datetime(2026, 1, 10):
        return "5.1.0"
    if t < datetime(2026, 5, 1):
        return "5.2.0"
    return "5.3.0"


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    customers, events, orders, feedback = [], [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "s": 0}

    def nid(k, prefix, width):
        cnt[k] += 1
        return f"{prefix}{cnt[k]:0{width}d}"

    def r():
        return float(rng.random())

    def choice(seq, p=None):
        return seq[int(rng.choice(len(seq), p=p))]

    def iso(t):
        return t.strftime("%Y-%m-%d %H:%M:%S")

    city_names = list(CITIES)
    city_p = [CITIES[c][1] for c in city_names]
    model_p = [m[2] for m in CAR_MODELS]

    def ev(c, t, tp, action, session=None, **extra):
        if t > END:
            return None
        row = {"event_id": nid("e", "E", 7), "customer_id": c["id"], "ts": iso(t), "touchpoint_id": tp,
               "session_id": session, "action": action, "device": c["device"], "channel": "app",
               "app_version": app_version(t), "city": c["city"]}
        if tp == "tp_support_call":
            row["channel"] = "phone"
        elif tp in ("tp_ad",):
            row["channel"] = "ads"
        elif tp == "tp_referral_link":
            row["channel"] = "social"
        elif tp == "tp_parking_fine":
            row["channel"] = "other"
        row.update(extra)
        events.append(row)
        return row

    def fb(c, t, tp, channel, topic, rating=None, no_ts=False, **extra):
        if t is not None and t > END:
            return
        lang = c["lang"]
        text = choice(TEXT[topic][lang])
        senti = "neg" if topic in NEG_TOPICS else ("pos" if topic == "praise" else "neu")
        if rating is not None and topic in ("praise", "ok"):
            senti = "pos" if rating >= 4 else ("neu" if rating == 3 else "neg")
            if rating <= 2:
                text = choice(TEXT["price"][lang]) if r() < 0.5 else choice(TEXT["ok"][lang])
                topic = "price" if text in TEXT["price"][lang] else "ok"
        row = {"feedback_id": nid("f", "FB", 5), "text": text, "ts": None if no_ts else iso(t), "customer_id": c["id"],
               "touchpoint_id": tp, "channel": channel, "rating": rating, "city": c["city"], "device": c["device"],
               "app_version": app_version(t) if t else None, "language": lang, "topic": topic, "sentiment_label": senti}
        row.update(extra)
        feedback.append(row)

    n_new, n_legacy = 2500, 500
    # sign-up dates: growth over the period
    days = (END - START).days
    w = np.linspace(0.7, 1.4, days)
    w = w / w.sum()

    for i in range(n_new + n_legacy):
        legacy = i >= n_new
        city = choice(city_names, city_p)
        ch = choice(CHANNELS, CH_P)
        if legacy:
            signup = datetime(2024, 1, 1) + timedelta(days=int(rng.integers(0, 540)), minutes=int(rng.integers(420, 1380)))
        else:
            signup = START + timedelta(days=int(rng.choice(days, p=w)), minutes=int(rng.integers(420, 1380)))
        c = {"id": f"C{i + 1:05d}", "city": city, "zone": choice(CITIES[city][2]), "device": "android" if r() < 0.55 else "ios",
             "lang": "en" if r() < 0.18 else "zh", "signup": signup, "channel": ch, "legacy": legacy,
             "trips": 0, "paid": 0, "last_trip": None, "pass_until": None, "closed": False, "approved": legacy,
             "age_band": choice(["18-24", "25-34", "35-44", "45+"], [0.22, 0.45, 0.22, 0.11])}
        customers.append(c)
        first_possible = None
        if not legacy:
            if ch != "offline_poster":
                tp = "tp_referral_link" if ch == "referral" else "tp_ad"
                ev(c, signup - timedelta(minutes=int(rng.integers(2, 600))), tp, "click", ad_channel=ch)
            ev(c, signup, "tp_register", "submit")
            p_upload = {"referral": 0.94, "offline_poster": 0.74}.get(ch, 0.84)
            if r() < p_upload:
                t = signup + timedelta(minutes=int(rng.integers(3, 60 * 48)))
                approved_at = None
                for attempt in range(3):
                    if t > END:
                        break
                    in_b = OCR_B[0] <= t < OCR_B[1]
                    p_fail = (0.34 + (0.07 if c["device"] == "android" else 0.0)) if in_b else 0.07
                    vendor = "VisionB" if in_b else "OCRlite"
                    failed = r() < p_fail
                    ev(c, t, "tp_licence_upload", "fail" if failed else "success",
                       licence_check_result="fail" if failed else "pass", ocr_vendor=vendor, attempt=attempt + 1)
                    if not failed:
                        approved_at = t + timedelta(minutes=int(rng.integers(1, 30)))
                        ev(c, approved_at, "tp_licence_approved", "success", ocr_vendor=vendor)
                        break
                    if r() < 0.45:
                        tt = t + timedelta(hours=float(rng.uniform(1, 30)))
                        ev(c, tt, "tp_support_call", "call", reason="licence")
                        fb(c, tt, "tp_licence_upload", "ticket", "licence", no_ts=r() < 0.03)
                    if r() < 0.1:
                        fb(c, t + timedelta(hours=2), "tp_licence_upload", "app_review", "licence",
                           rating=int(choice([1, 1, 2])), no_ts=r() < 0.12)
                    if r() > (0.6 if ch == "referral" else 0.5):
                        break
                    t = t + timedelta(hours=float(rng.uniform(0.5, 80)))
                if approved_at is not None:
                    c["approved"] = True
                    p_dep = {"referral": 0.92, "offline_poster": 0.7}.get(ch, 0.8)
                    if r() < p_dep:
                        lag = float(rng.exponential(1.6)) if r() < 0.88 else float(rng.uniform(7, 20))
                        tdep = approved_at + timedelta(days=lag, minutes=int(rng.integers(1, 60)))
                        if ev(c, tdep, "tp_deposit", "success", deposit_amount=299):
                            first_possible = tdep
        else:
            first_possible = START + timedelta(days=float(rng.uniform(0, 120)))
        if first_possible is None:
            continue
        # ---------- trips ----------
        if not legacy and r() > 0.84:
            continue
        t = first_possible + timedelta(days=float(rng.exponential(4 if not legacy else 1)))
        propensity = float(rng.lognormal(0, 0.5))
        while t <= END:
            t = t.replace(hour=int(choice(list(range(7, 23)))), minute=int(rng.integers(0, 60)))
            if t > END:
                break
            holder = c["pass_until"] is not None and c["pass_until"] >= t
            sess = nid("s", "S", 6)
            # abandoned search sessions
            if r() < 0.2:
                ts0 = t - timedelta(hours=float(rng.uniform(2, 48)))
                if ts0 > START:
                    s0 = nid("s", "S", 6)
                    ev(c, ts0, "tp_search_car", "view", s0)
                    if r() < 0.2:
                        ev(c, ts0 + timedelta(minutes=2), "tp_reserve", "submit", s0)
            zone = c["zone"] if r() < 0.7 else choice(CITIES[c["city"]][2])
            model, fuel, _, low_p = CAR_MODELS[int(rng.choice(len(CAR_MODELS), p=model_p))]
            ev(c, t - timedelta(minutes=int(rng.integers(4, 15))), "tp_search_car", "view", sess, zone=zone)
            ev(c, t - timedelta(minutes=int(rng.integers(1, 4))), "tp_reserve", "submit", sess, zone=zone, car_model=model,
               fuel_type=fuel)
            # unlock
            bug = UNLOCK_BUG[0] <= t < UNLOCK_BUG[1] and c["device"] == "android"
            p_uf = 0.23 if bug else 0.045
            unlock_failed = False
            gave_up = False
            tu = t
            for k in range(3):
                if r() < p_uf:
                    unlock_failed = True
                    reason = "bluetooth_timeout" if (bug and r() < 0.8) else choice(UNLOCK_REASONS, [0.35, 0.25, 0.25, 0.15])
                    ev(c, tu, "tp_unlock_fail", "fail", sess, zone=zone, car_model=model, fuel_type=fuel, fail_reason=reason)
                    tu = tu + timedelta(minutes=int(rng.integers(1, 6)))
                    if r() < 0.25 or k == 2:
                        gave_up = True
                        break
                else:
                    break
            if unlock_failed and r() < 0.4:
                tc = tu + timedelta(minutes=2)
                ev(c, tc, "tp_support_call", "call", reason="unlock")
                fb(c, tc, "tp_unlock_fail", "ticket", "unlock", no_ts=r() < 0.03)
            if unlock_failed and r() < 0.06:
                fb(c, tu, "tp_unlock_fail", "app_review", "unlock", rating=int(choice([1, 2, 2])), no_ts=r() < 0.12)
            if gave_up:
                t = t + timedelta(days=float(rng.exponential(12 / propensity)))
                continue
            ev(c, tu, "tp_unlock", "success", sess, zone=zone, car_model=model, fuel_type=fuel)
            # trip
            if fuel == "EV":
                p_low = low_p + (0.08 if c["city"] == "Beijing" and t.month in (12, 1, 2) else 0.0)
                batt = int(rng.integers(5, 20)) if r() < p_low else int(min(100, 20 + rng.beta(3, 1.4) * 81))
            else:
                batt = None
            plan = choice(["per_minute", "hourly_pkg", "day_pass"], [0.62, 0.25, 0.13])
            if plan == "per_minute":
                mins = int(np.clip(rng.lognormal(math.log(32), 0.55), 5, 240))
                speed = float(rng.uniform(0.35, 0.6))
            elif plan == "hourly_pkg":
                mins = int(np.clip(rng.lognormal(math.log(110), 0.4), 40, 480))
                speed = float(rng.uniform(0.3, 0.5))
            else:
                mins = int(np.clip(rng.lognormal(math.log(430), 0.3), 180, 1440))
                speed = float(rng.uniform(0.12, 0.3))
            km = round(mins * speed * float(rng.uniform(0.8, 1.2)), 1)
            if plan == "per_minute":
                amount = (0.45 if fuel == "EV" else 0.55) * mins + (0.8 if fuel == "EV" else 1.0) * km
            elif plan == "hourly_pkg":
                amount = math.ceil(mins / 60) * 35 + 0.7 * km
            else:
                amount = 139 + 0.6 * km
            if holder:
                amount *= 0.8
            amount = round(amount, 2)
            tstart = tu + timedelta(minutes=int(rng.integers(1, 4)))
            tend = tstart + timedelta(minutes=mins)
            trip = dict(zone=zone, car_model=model, fuel_type=fuel, price_plan=plan)
            ev(c, tstart, "tp_trip_start", "start", sess, battery_pct_at_start=batt, **trip)
            low = fuel == "EV" and batt < 20
            lowfuel = fuel == "petrol" and r() < 0.03
            if low and r() < 0.65 or lowfuel:
                ev(c, tstart + timedelta(minutes=2), "tp_low_battery", "report", sess, battery_pct_at_start=batt, **trip)
            if tend > END:
                break
            ev(c, tend, "tp_trip_end", "end", sess, trip_km=km, trip_minutes=mins, **trip)
            oid = nid("o", "T", 6)
            ev(c, tend + timedelta(seconds=40), "tp_payment", "success", sess, order_id=oid, amount=amount, **trip)
            dirty = r() < (0.045 if c["city"] != "Chengdu" else 0.08)
            damage = r() < 0.015
            if dirty:
                ev(c, tstart - timedelta(minutes=1), "tp_car_dirty", "report", sess, **trip)
            if damage:
                ev(c, tstart - timedelta(minutes=1), "tp_damage_report", "report", sess, **trip)
            fine = False
            if t >= FINES_SZ and c["city"] == "Shenzhen":
                p_fine = 0.21 if zone == "Futian" else 0.07
            else:
                p_fine = 0.016
            tfine = None
            if r() < p_fine:
                fine = True
                tfine = tend + timedelta(days=float(rng.uniform(1, 6)))
                ev(c, tfine, "tp_parking_fine", "notice", None, order_id=oid, fine_amount=200, zone=zone)
            status = "paid"
            if (low and r() < 0.22) or (dirty and r() < 0.3) or (damage and r() < 0.35) or r() < 0.008:
                status = "refunded"
                ev(c, tend + timedelta(hours=float(rng.uniform(2, 60))), "tp_refund", "success", None, order_id=oid, amount=amount)
            elif (fine and r() < 0.3) or r() < 0.004:
                status = "disputed"
            orders.append({"order_id": oid, "customer_id": c["id"], "ts": iso(tend + timedelta(seconds=40)), "amount": amount,
                           "status": status, "channel": "app", "device": c["device"], "city": c["city"], "zone": zone,
                           "car_model": model, "fuel_type": fuel, "trip_km": km, "trip_minutes": mins,
                           "battery_pct_at_start": batt, "price_plan": plan, "app_version": app_version(tend),
                           "pass_discount": 1 if holder else 0, "trip_start": iso(tstart)})
            c["trips"] += 1
            c["last_trip"] = tend
            if status == "paid":
                c["paid"] += 1
            # support calls for incidents
            for flag, reason, tpp, topic, p in ((dirty, "dirty", "tp_car_dirty", "dirty", 0.25),
                                                 (damage, "damage", "tp_damage_report", "damage", 0.4),
                                                 (low, "low_battery", "tp_low_battery", "low_battery", 0.18),
                                                 (fine, "fine", "tp_parking_fine", "fine", 0.45)):
                if flag and r() < p:
                    tc = (tfine if reason == "fine" else tend) + timedelta(hours=float(rng.uniform(0.2, 20)))
                    ev(c, tc, "tp_support_call", "call", None, reason=reason)
                    fb(c, tc, tpp, "ticket", topic, no_ts=r() < 0.03, order_id=oid, car_model=model, fuel_type=fuel,
                       battery_pct_at_start=batt, zone=zone)
            if status == "refunded" and r() < 0.08:
                fb(c, tend + timedelta(days=3), "tp_refund", "ticket", "refund", order_id=oid)
            # rating
            bad = low or dirty or damage or unlock_failed
            if r() < (0.65 if bad else 0.33):
                if low:
                    stars = int(choice([1, 2, 3, 4, 5], [0.32, 0.36, 0.2, 0.08, 0.04])); topic = "low_battery"; tpr = "tp_low_battery"
                elif dirty:
                    stars = int(choice([1, 2, 3, 4, 5], [0.25, 0.35, 0.25, 0.1, 0.05])); topic = "dirty"; tpr = "tp_car_dirty"
                elif lowfuel:
                    stars = int(choice([1, 2, 3, 4, 5], [0.15, 0.3, 0.3, 0.15, 0.1])); topic = "low_fuel"; tpr = "tp_low_battery"
                elif damage:
                    stars = int(choice([1, 2, 3, 4, 5], [0.15, 0.3, 0.3, 0.15, 0.1])); topic = "damage"; tpr = "tp_damage_report"
                else:
                    pp = [0.02, 0.03, 0.1, 0.3, 0.55] if not unlock_failed else [0.1, 0.25, 0.3, 0.25, 0.1]
                    stars = int(choice([1, 2, 3, 4, 5], pp))
                    topic = "unlock" if unlock_failed and stars <= 3 else ("praise" if stars >= 4 else "ok")
                    tpr = "tp_unlock_fail" if topic == "unlock" else "tp_trip_end"
                tr = tend + timedelta(minutes=int(rng.integers(1, 90)))
                ev(c, tr, "tp_rating", "submit", sess, stars=stars, order_id=oid, **trip)
                fb(c, tr, tpr, "trip_rating", topic, rating=stars, order_id=oid, car_model=model, fuel_type=fuel,
                   battery_pct_at_start=batt, zone=zone)
            # monthly pass
            if not holder and c["trips"] >= 2 and r() < 0.12:
                tpg = tend + timedelta(days=float(rng.uniform(0.1, 5)))
                ev(c, tpg, "tp_pass_page", "view")
                if r() < 0.5:
                    tb = tpg + timedelta(days=float(rng.exponential(2.5)))
                    if ev(c, tb, "tp_monthly_pass", "purchase", pass_price=199, pass_type="new"):
                        c["pass_until"] = tb + timedelta(days=30)
            elif holder and c["pass_until"] - tend < timedelta(days=8) and not c.get("renew_checked") == c["pass_until"]:
                c["renew_checked"] = c["pass_until"]
                if r() < 0.7:
                    tb = c["pass_until"] - timedelta(hours=2)
                    if ev(c, tb, "tp_monthly_pass", "renew", pass_type="renewal", pass_price=199):
                        c["pass_until"] = c["pass_until"] + timedelta(days=30)
            # churn
            p_stop = 0.16 + (0.22 if (bad or fine) else 0.0) - (0.08 if holder else 0.0)
            if r() < p_stop:
                if r() < 0.3:
                    ev(c, tend + timedelta(days=float(rng.uniform(1, 40))), "tp_account_close", "submit")
                    c["closed"] = True
                break
            gap = float(rng.exponential((8 if holder else 24) / propensity)) + 0.3
            t = tend + timedelta(days=gap)

    # app-store reviews not tied to incidents
    for _ in range(260):
        c = customers[int(rng.integers(0, len(customers)))]
        t = START + timedelta(days=float(rng.uniform(0, days)))
        if t < c["signup"]:
            continue
        topic = choice(["praise", "app_bug", "price", "ok"], [0.55, 0.2, 0.15, 0.1])
        rating = {"praise": int(choice([4, 5])), "app_bug": int(choice([1, 2])), "price": int(choice([2, 3])), "ok": 3}[topic]
        fb(c, t, "tp_search_car", "app_review", topic, rating=rating, no_ts=r() < 0.12)

    # ---------- customers table ----------
    last90 = END - timedelta(days=60)
    cust_rows = []
    for c in customers:
        if c["pass_until"] is not None and c["pass_until"] >= END:
            seg = "pass_holder"
        elif c["trips"] == 0:
            seg = "never_rode"
        elif c["closed"] or c["last_trip"] < last90:
            seg = "churned"
        else:
            seg = "active"
        tier = "gold" if c["paid"] >= 12 else ("silver" if c["paid"] >= 5 else "bronze")
        cust_rows.append({"customer_id": c["id"], "signup_at": iso(c["signup"]), "segment": seg, "region": c["city"],
                          "acquisition_channel": c["channel"], "tier": tier, "city": c["city"], "home_zone": c["zone"],
                          "primary_device": c["device"], "language": c["lang"], "age_band": c["age_band"],
                          "licence_verified": 1 if c["approved"] else 0})

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: o["ts"])
    feedback.sort(key=lambda f: f["feedback_id"])

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.writer(fh)
            wr.writerow(cols)
            for row in rows:
                wr.writerow(["" if row.get(k) is None else row.get(k) for k in cols])

    write("touchpoints", [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                               name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append({"journey_id": jid, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en, "step": k,
                          "touchpoint_id": tp, "window_days": win})
    write("journeys", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", cust_rows, list(cust_rows[0]))
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
                             "app_version", "city", "zone", "car_model", "fuel_type", "price_plan", "battery_pct_at_start",
                             "trip_km", "trip_minutes", "order_id", "amount", "stars", "licence_check_result", "ocr_vendor",
                             "attempt", "fail_reason", "reason", "ad_channel", "deposit_amount", "fine_amount", "pass_price",
                             "pass_type"])
    write("orders", orders, list(orders[0]))
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "order_id",
                                 "city", "zone", "car_model", "fuel_type", "battery_pct_at_start", "device", "app_version",
                                 "language", "topic", "sentiment_label"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
