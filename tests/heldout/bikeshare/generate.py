"""QingQi 青骑单车 — synthetic dockless bike and e-bike sharing in five Chinese cities (written blind).

    python generate.py OUTDIR

Fixed seed, numpy + stdlib only, deterministic, a few seconds. Writes touchpoints, customers, events, journeys,
orders (ride payments, ride passes, out-of-zone fines) and feedback as CSV (DATA.md), and the generator's truth for
the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Data covers 2025-06-01 .. 2026-08-31. See README.md for the planted patterns.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 6, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
NDAYS = (END.date() - START.date()).days + 1
FW_BUG = (datetime(2026, 3, 15), datetime(2026, 5, 20))      # Chengdu lock firmware v3.2 (hotfix v3.2.1 on 05-20)
FW_FIX_ALL = datetime(2026, 6, 15)                           # v3.2.1 rolled out to the other cities
ZONE_CHANGE = datetime(2026, 6, 1)                           # Shanghai redrew its parking zones (电子围栏)
APP_BUG = (datetime(2025, 12, 5), datetime(2026, 1, 8))      # app 4.8.0: scan screen crashes on Android

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_download", "下载App/首次打开小程序", "App download", "awareness", "app", "digital", "growth",
     "下载|装App|安装|打开小程序|download|install"),
    ("tp_invite", "好友邀请", "Friend invite", "awareness", "social", "digital", "growth", "邀请|拉新|老带新|invite|referral"),
    ("tp_register", "手机号注册", "Sign-up", "consideration", "app", "digital", "growth", "注册|开户|register|sign up|signup"),
    ("tp_credit_check", "免押信用评估", "Deposit-free credit check", "consideration", "app", "digital", "risk",
     "免押|信用分|芝麻信用|信用评估|credit check|deposit-free"),
    ("tp_deposit", "缴纳押金", "Deposit paid", "consideration", "app", "digital", "finance", "押金|交押金|deposit"),
    ("tp_scan", "扫码", "Scan QR code", "purchase", "app", "physical", "product", "扫车|扫二维码|扫码用车|scan|QR"),
    ("tp_unlock", "开锁成功", "Unlock success", "purchase", "app", "physical", "fleet_ops", "开锁|解锁|unlock|unlocked"),
    ("tp_unlock_fail", "开锁失败", "Unlock failed", "service", "app", "physical", "fleet_ops",
     "开不了锁|解锁失败|锁打不开|unlock failed|unlock failure|can't unlock"),
    ("tp_lock", "还车关锁", "Lock & end ride", "purchase", "app", "physical", "fleet_ops", "还车|关锁|结束骑行|lock|end ride|park"),
    ("tp_payment", "骑行支付", "Ride payment", "purchase", "app", "digital", "finance", "付款|支付|扣费|车费|payment|pay|fare"),
    ("tp_out_of_zone_fine", "违停调度费", "Out-of-zone fine", "service", "app", "physical", "fleet_ops",
     "调度费|违停|罚款|停车区外|电子围栏|parking fine|out-of-zone fee|dispatch fee"),
    ("tp_fine_dispute", "调度费申诉", "Fine dispute", "service", "app", "digital", "customer_service",
     "申诉|罚款申诉|调度费申诉|appeal|dispute|fine appeal"),
    ("tp_report_broken", "故障报修", "Broken bike report", "service", "app", "physical", "fleet_ops",
     "报修|坏车|车坏了|故障|report broken|broken bike|repair report"),
    ("tp_ride_coupon", "补偿骑行券", "Ride credit issued", "service", "app", "digital", "customer_service",
     "补偿|骑行券|优惠券|ride credit|coupon|compensation"),
    ("tp_issue_resolved", "报修处理完成", "Issue resolved", "service", "app", "physical", "fleet_ops",
     "处理完成|已修好|解决|resolved|fixed|closed ticket"),
    ("tp_support_chat", "在线客服", "Support chat", "service", "app", "digital", "customer_service",
     "客服|人工客服|在线客服|support|customer service|chat"),
    ("tp_pass_page", "骑行卡页面", "Ride pass page", "loyalty", "app", "digital", "growth", "月卡页|骑行卡介绍|pass page"),
    ("tp_pass_buy", "购买骑行卡", "Ride pass purchase", "loyalty", "app", "digital", "growth",
     "月卡|骑行卡|包月|买卡|monthly pass|ride pass|subscription"),
    ("tp_pass_renew", "骑行卡续费", "Ride pass renewal", "loyalty", "app", "digital", "growth", "续卡|续费|自动续费|renew|renewal"),
    ("tp_rating", "骑行评价", "Ride rating", "loyalty", "app", "digital", "product", "评分|打分|评价|星级|rating|stars"),
    ("tp_account_close", "注销账号", "Account closed", "loyalty", "app", "digital", "growth", "注销|销户|流失|close account|churn"),
]

JOURNEYS = [
    ("first_ride", "首次骑行", "First ride",
     ["tp_app_download", "tp_register", "tp_credit_check", "tp_scan", "tp_unlock", "tp_lock", "tp_payment"], 7),
    ("ride", "扫码骑行", "Scan to pay (every ride)", ["tp_scan", "tp_unlock", "tp_lock", "tp_payment"], 1),
    ("ride_pass", "骑行卡购买", "Ride pass purchase", ["tp_pass_page", "tp_pass_buy"], 14),
    ("repair", "故障报修处理", "Broken bike report to resolution", ["tp_report_broken", "tp_ride_coupon", "tp_issue_resolved"], 7),
]

CITIES = {  # city: (weight, e-bike share, districts, en-speaker share, code)
    "Beijing": (0.24, 0.22, ["Haidian", "Chaoyang", "Dongcheng"], 0.16, "BJ"),
    "Shanghai": (0.26, 0.20, ["Xuhui", "Pudong", "Jingan"], 0.24, "SH"),
    "Guangzhou": (0.18, 0.30, ["Tianhe", "Yuexiu", "Haizhu"], 0.10, "GZ"),
    "Chengdu": (0.17, 0.34, ["Wuhou", "Jinjiang", "Gaoxin"], 0.05, "CD"),
    "Wuhan": (0.15, 0.40, ["Hongshan", "Wuchang", "Jianghan"], 0.04, "WH"),
}
CITY_NAMES = list(CITIES)
CHANNELS = ["app_store", "douyin_ad", "poster_qr", "referral", "wechat_mini"]
CH_P = [0.28, 0.22, 0.25, 0.12, 0.13]
CH_REGISTER = {"app_store": 0.87, "douyin_ad": 0.76, "poster_qr": 0.96, "referral": 0.89, "wechat_mini": 0.88}
CH_FIRST_SCAN = {"app_store": 0.84, "douyin_ad": 0.78, "poster_qr": 0.97, "referral": 0.86, "wechat_mini": 0.85}
BANDS = ["excellent", "good", "fair", "poor"]
BAND_PASS = {"excellent": 0.98, "good": 0.92, "fair": 0.70, "poor": 0.33}
WEATHER_F = {"sunny": 1.0, "cloudy": 0.95, "light_rain": 0.58, "heavy_rain": 0.26, "snow": 0.32}
HOUR_W = np.array([0.5, 0.3, 0.2, 0.2, 0.2, 0.6, 2, 6.5, 8.5, 5.5, 3.5, 3.5, 4.5, 4, 3.5, 3.5, 4.5, 8, 10.5, 7.5, 5,
                   3, 2, 1], dtype=float)
HOUR_P = HOUR_W / HOUR_W.sum()
PASS_PRICE = {"classic_monthly": 19.9, "student_monthly": 9.9, "ebike_monthly": 39.9}
ISSUES = ["brake", "chain", "flat_tire", "seat", "lock", "bell_light"]
ISSUE_P = [0.30, 0.17, 0.20, 0.13, 0.10, 0.10]

TEXT = {  # topic: (sentiment, {lang: [texts]})
    "unlock": ("neg", {
        "zh": ["扫了码锁没反应，开不了锁，站在车旁边干着急", "开锁失败三次，最后只能换一辆", "锁一直打不开，App显示开锁中转圈",
               "解锁失败，提示网络异常，上班差点迟到", "这批车的锁总是没反应，开不了锁太耽误事", "蓝牙连上了还是开不了锁",
               "成都这边最近老是开锁失败，锁没反应"],
        "en": ["Scanned the code but the lock did not respond, could not unlock", "Unlock failed three times, had to find another bike",
               "The lock won't open, the app just keeps spinning", "Unlock failure again, lock not responding at all",
               "Could not unlock the bike, bluetooth connected but nothing happened"]}),
    "fine": ("neg", {
        "zh": ["明明停在停车点里还被扣了调度费，申诉也没用", "电子围栏改了也不通知，莫名其妙被罚调度费", "停在蓝色停车框里还说我违停，扣了10块",
               "调度费太不合理了，App上显示是可停区域", "新的停车区域划得乱七八糟，被罚了两次调度费", "违停罚款申诉了一周没人处理",
               "徐汇这边停车区改了以后天天被扣调度费"],
        "en": ["Got charged an out-of-zone fee although I parked inside the zone", "They changed the parking zones without telling anyone, fined again",
               "Out-of-zone fine even though the app map showed a parking area", "Disputing a parking fine, the zone on the map is wrong",
               "Charged a dispatch fee for parking right next to the station, ridiculous"]}),
    "battery": ("neg", {
        "zh": ["电单车电量只剩15%，骑到一半就没电了", "助力车没电了还能扫开，骑得比普通车还累", "电量显示有电，骑了两公里就没电",
               "电单车电池太差，续航一会儿就没了", "扫了三辆电单车都是低电量"],
        "en": ["E-bike battery was at 12 percent and died halfway", "Battery ran out after two kilometres, had to push the e-bike",
               "Why does the app hand out an e-bike with almost no battery?", "Low battery again on the e-bike, no assist at all"]}),
    "broken": ("neg", {
        "zh": ["刹车失灵，太危险了", "链条掉了，骑不了", "车胎没气，骑着特别费劲", "车座歪了调不了高度", "车铃和车灯都坏了，晚上骑很危险",
               "刹车不灵还在路边放着，报修了也没人管"],
        "en": ["Brakes didn't work, really dangerous", "Chain came off after a few minutes", "Flat tyre, impossible to ride",
               "Seat was broken and wouldn't adjust", "Brakes are barely working on this bike"]}),
    "app_crash": ("neg", {
        "zh": ["更新之后一扫码就闪退", "新版本App扫码闪退，安卓手机用不了", "App闪退好几次，扫码界面打不开", "扫码页面一直崩溃，只能用小程序"],
        "en": ["App crashes every time I open the scanner after the update", "The new version crashes on scan, Android phone",
               "App keeps crashing on the QR scan screen"]}),
    "credit": ("neg", {
        "zh": ["信用分不够不能免押，还要交99押金", "免押评估没通过，学生没有信用记录怎么办", "免押审核不通过也不说原因"],
        "en": ["Failed the deposit-free credit check, now they want a 99 yuan deposit", "Credit check rejected me with no explanation"]}),
    "price": ("neg", {
        "zh": ["涨价了，骑一次要好几块，比公交还贵", "电单车太贵了，骑半小时七八块", "价格越来越贵了"],
        "en": ["Too expensive now, a short ride costs more than the bus", "E-bike pricing is getting ridiculous"]}),
    "coupon_slow": ("neg", {
        "zh": ["报修后说给补偿券，等了好几天也没到账", "补偿的骑行券一直没发"],
        "en": ["They promised a ride credit after my report but it never arrived"]}),
    "praise": ("pos", {
        "zh": ["车很新，骑起来很顺，好评", "上班通勤每天都骑，方便", "开锁很快，停车也方便", "骑行卡很划算，学生党必备",
               "电单车很给力，上坡轻松", "整体体验不错，车况很好", "下地铁扫一辆就走，太方便了"],
        "en": ["Great bikes, smooth ride", "Use it every day for my commute, very convenient", "Got going in seconds, easy to park",
               "The monthly pass is great value", "E-bike was fast and fully charged, loved it", "Convenient and cheap, good service"]}),
    "neutral": ("neu", {
        "zh": ["还行吧", "一般般，能骑", "正常骑行，没什么问题", "还可以"],
        "en": ["It was ok", "Average ride", "Fine, nothing special"]}),
}


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def app_version(t: datetime) -> str:
    if t < datetime(2025, 10, 1):
        return "4.6.0"
    if t < APP_BUG[0]:
        return "4.7.0"
    if t < APP_BUG[1]:
        return "4.8.0"
    if t < datetime(2026, 4, 10):
        return "4.8.1"
    if t < datetime(2026, 7, 15):
        return "4.9.0"
    return "5.0.0"


def time_of_day(h: int) -> str:
    if 7 <= h <= 9:
        return "morning_peak"
    if 10 <= h <= 16:
        return "daytime"
    if 17 <= h <= 20:
        return "evening_peak"
    return "night"


def weather_table(rng) -> dict:
    """Daily weather per city: rain by city and month, snow in northern winters."""
    rain = {  # month -> probability of rain that day
        "Beijing": [0.04, 0.04, 0.06, 0.08, 0.10, 0.18, 0.32, 0.30, 0.14, 0.08, 0.05, 0.03],
        "Shanghai": [0.20, 0.22, 0.26, 0.26, 0.28, 0.48, 0.32, 0.30, 0.26, 0.18, 0.18, 0.16],
        "Guangzhou": [0.12, 0.16, 0.24, 0.34, 0.44, 0.50, 0.46, 0.46, 0.34, 0.16, 0.10, 0.10],
        "Chengdu": [0.10, 0.12, 0.18, 0.22, 0.26, 0.32, 0.40, 0.38, 0.34, 0.24, 0.14, 0.10],
        "Wuhan": [0.18, 0.20, 0.26, 0.30, 0.32, 0.40, 0.36, 0.26, 0.20, 0.18, 0.16, 0.14],
    }
    snow = {"Beijing": [0.08, 0.06, 0.01, 0, 0, 0, 0, 0, 0, 0, 0.01, 0.05],
            "Wuhan": [0.05, 0.03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.02]}
    out = {}
    for c in CITY_NAMES:
        for d in range(NDAYS):
            m = (START + timedelta(days=d)).month - 1
            u = rng.random()
            ps = snow.get(c, [0] * 12)[m]
            pr = rain[c][m]
            if u < ps:
                w = "snow"
            elif u < ps + pr:
                w = "heavy_rain" if rng.random() < 0.35 else "light_rain"
            elif u < ps + pr + 0.25:
                w = "cloudy"
            else:
                w = "sunny"
            out[(c, d)] = w
    return out


def season(d: int, city: str) -> float:
    t = START + timedelta(days=d)
    m = t.month
    f = {1: 0.68, 2: 0.62, 3: 0.9, 4: 1.0, 5: 1.05, 6: 1.08, 7: 1.05, 8: 1.05, 9: 1.1, 10: 1.05, 11: 0.92, 12: 0.74}[m]
    if city in ("Beijing", "Wuhan") and m in (12, 1, 2):
        f *= 0.88
    if t.weekday() >= 5:
        f *= 0.85
    return f


def pick_text(rng, topic: str, lang: str) -> str:
    return str(rng.choice(TEXT[topic][1][lang]))


def stars_for(rng, sentiment: str) -> int:
    if sentiment == "neg":
        return int(rng.choice([1, 2, 3], p=[0.5, 0.4, 0.1]))
    if sentiment == "neu":
        return int(rng.choice([3, 4], p=[0.7, 0.3]))
    return int(rng.choice([4, 5], p=[0.3, 0.7]))


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    weather = weather_table(rng)
    events, orders, feedback, truth = [], [], [], []
    seq = {"sess": 0, "ord": 0, "fb": 0}

    def new_session():
        seq["sess"] += 1
        return f"S{seq['sess']:07d}"

    def new_order():
        seq["ord"] += 1
        return f"O{seq['ord']:07d}"

    # ---------------- customers and onboarding ----------------
    custs = []   # dicts
    n_legacy, n_new = 600, 4000
    day_w = np.array([1.0 + 0.6 * d / NDAYS + (0.25 if (START + timedelta(days=d)).month in (3, 4, 9) else 0)
                      for d in range(NDAYS)])
    day_w /= day_w.sum()
    new_days = np.sort(rng.choice(NDAYS, size=n_new, p=day_w))
    for i in range(n_legacy + n_new):
        legacy = i < n_legacy
        city = str(rng.choice(CITY_NAMES, p=[CITIES[c][0] for c in CITY_NAMES]))
        student = bool(rng.random() < 0.22)
        band_p = [0.12, 0.30, 0.38, 0.20] if student else [0.32, 0.36, 0.20, 0.12]
        ch = str(rng.choice(CHANNELS, p=CH_P))
        mini = rng.random() < (0.9 if ch == "wechat_mini" else 0.18)
        lang = "en" if rng.random() < CITIES[city][3] else "zh"
        c = dict(customer_id=f"C{i + 1:05d}", city=city, home_district=str(rng.choice(CITIES[city][2], p=[0.52, 0.29, 0.19])),
                 student=student, credit_score_band=str(rng.choice(BANDS, p=band_p)), acquisition_channel=ch,
                 primary_device="android" if rng.random() < 0.62 else "ios", channel="mini_program" if mini else "app",
                 language=lang, age_band=str(rng.choice(["18-24", "25-34", "35-44", "45+"], p=[0.7, 0.2, 0.07, 0.03]
                                                        if student else [0.12, 0.45, 0.28, 0.15])),
                 weight=float(rng.lognormal(0, 0.85)) * (1.35 if student else 1.0),
                 ebike_pref=float(clamp(CITIES[city][1] * rng.lognormal(0, 0.6), 0.02, 0.95)),
                 legacy=legacy, signup_at=None, downloaded_at=None, ready=None, first_scan=None, credit_ok=None)
        if legacy:
            c["signup_at"] = datetime(2023, 3, 1) + timedelta(seconds=int(rng.integers(0, 820 * 86400)))
            c["credit_score_band"] = str(rng.choice(BANDS, p=[0.34, 0.40, 0.20, 0.06]))
            c["credit_ok"] = True
            c["first_scan"] = START + timedelta(days=float(rng.uniform(0, 10)))
        custs.append(c)

    def ev(c, t, tp, action, session, **kw):
        dev = c["primary_device"]
        row = dict(customer_id=c["customer_id"], ts=t, touchpoint_id=tp, session_id=session, action=action, device=dev,
                   channel=c["channel"], app_version=app_version(t) if c["channel"] == "app" else None, city=c["city"])
        row.update(kw)
        events.append(row)
        return row

    for j, c in enumerate(custs[n_legacy:]):
        t = START + timedelta(days=int(new_days[j]), seconds=int(rng.integers(7 * 3600, 23 * 3600)))
        c["downloaded_at"] = t
        s = new_session()
        if c["acquisition_channel"] == "referral":
            ev(c, t - timedelta(minutes=float(rng.uniform(2, 600))), "tp_invite", "click", s)
        ev(c, t, "tp_app_download", "install", s)
        if rng.random() > CH_REGISTER[c["acquisition_channel"]]:
            continue
        t = t + timedelta(minutes=float(rng.exponential(90))) if rng.random() < 0.93 else t + timedelta(days=float(rng.uniform(1, 12)))
        if t > END:
            continue
        c["signup_at"] = t
        ev(c, t, "tp_register", "submit", s)
        if rng.random() > 0.95:
            continue
        t = t + timedelta(minutes=float(rng.exponential(40))) if rng.random() < 0.9 else t + timedelta(days=float(rng.uniform(1, 9)))
        if t > END:
            continue
        p_pass = BAND_PASS[c["credit_score_band"]] * (0.85 if c["student"] else 1.0)
        ok = bool(rng.random() < p_pass)
        ev(c, t, "tp_credit_check", "success" if ok else "fail", s, credit_result="pass" if ok else "fail",
           credit_score_band=c["credit_score_band"])
        if ok:
            c["credit_ok"] = True
            p_scan = CH_FIRST_SCAN[c["acquisition_channel"]]
        else:
            if rng.random() > 0.42:
                continue
            t = t + timedelta(hours=float(rng.exponential(14)))
            if t > END:
                continue
            ev(c, t, "tp_deposit", "success", s, deposit_amount=99.0)
            c["credit_ok"] = False
            p_scan = CH_FIRST_SCAN[c["acquisition_channel"]] * 0.95
        if rng.random() > p_scan:
            continue
        late = 0.01 if c["acquisition_channel"] == "poster_qr" else 0.07
        mean_h = 3 if c["acquisition_channel"] == "poster_qr" else 30
        t = t + timedelta(hours=float(rng.exponential(mean_h))) if rng.random() > late else t + timedelta(days=float(rng.uniform(7, 30)))
        if t > END:
            continue
        c["first_scan"] = t

    # ---------------- activity windows, passes ----------------
    N = len(custs)
    first_day = np.full(N, 10 ** 6)
    churn_day = np.full(N, 10 ** 6)
    for i, c in enumerate(custs):
        if c["first_scan"] is not None:
            fd = (c["first_scan"].date() - START.date()).days
            first_day[i] = fd + 1
            churn_day[i] = fd + 1 + int(rng.exponential(330 if not c["student"] else 420))
    pass_on = np.zeros((N, NDAYS), dtype=np.int8)    # 0 none, 1 classic, 2 student, 3 ebike
    pass_code = {"classic_monthly": 1, "student_monthly": 2, "ebike_monthly": 3}
    for i, c in enumerate(custs):
        if c["first_scan"] is None:
            continue
        d = int(first_day[i]) + int(rng.exponential(25))
        rate_days = 55 if c["student"] else 110
        while d < min(NDAYS, churn_day[i]):
            t = START + timedelta(days=d, seconds=int(rng.integers(8 * 3600, 23 * 3600)))
            s = new_session()
            ev(c, t, "tp_pass_page", "view", s)
            p_buy = (0.48 if c["student"] else 0.2) * (1.3 if c["weight"] > 1.5 else 1.0)
            if rng.random() < p_buy:
                tb = t + (timedelta(minutes=float(rng.uniform(1, 20))) if rng.random() < 0.7
                          else timedelta(days=float(rng.uniform(1, 13))))
                if tb > END:
                    break
                ptype = ("ebike_monthly" if c["ebike_pref"] > 0.4 else
                         "student_monthly" if c["student"] else "classic_monthly")
                renewal = False
                while tb <= END:
                    oid = new_order()
                    refunded = (not renewal) and rng.random() < 0.025
                    tp = "tp_pass_renew" if renewal else "tp_pass_buy"
                    ev(c, tb, tp, "success", s if not renewal else new_session(), order_id=oid, amount=PASS_PRICE[ptype],
                       pass_type=ptype)
                    pm = str(rng.choice(["wechat_pay", "alipay", "balance"], p=[0.55, 0.37, 0.08]))
                    orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=tb, amount=PASS_PRICE[ptype],
                                       status="refunded" if refunded else "paid", channel=c["channel"],
                                       device=c["primary_device"], order_type="pass", city=c["city"], pass_type=ptype,
                                       is_renewal=int(renewal), payment_method=pm))
                    d0 = (tb.date() - START.date()).days
                    if refunded:
                        break
                    pass_on[i, d0:min(NDAYS, d0 + 30)] = pass_code[ptype]
                    if rng.random() < (0.62 if c["student"] else 0.5) and d0 + 30 < churn_day[i]:
                        tb = tb + timedelta(days=30, minutes=float(rng.uniform(0, 5)))
                        renewal = True
                    else:
                        break
                d = (tb.date() - START.date()).days + 31 + int(rng.exponential(rate_days))
            else:
                d = d + 1 + int(rng.exponential(rate_days))

    # ---------------- rides ----------------
    city_idx = {cn: np.array([i for i, c in enumerate(custs) if c["city"] == cn]) for cn in CITY_NAMES}
    weights = np.array([c["weight"] for c in custs])
    BASE = 0.045
    forced = {}   # (day) -> list of (cust index, datetime)
    for i, c in enumerate(custs):
        if c["first_scan"] is not None and not c["legacy"]:
            forced.setdefault((c["first_scan"].date() - START.date()).days, []).append((i, c["first_scan"]))
    bike_ctr = {cn: 0 for cn in CITY_NAMES}
    had_fail = np.zeros(N, dtype=np.int16)
    rejected_dispute = np.zeros(N, dtype=bool)
    ride_counts = np.zeros(N, dtype=np.int32)
    last_ride = [None] * N

    def add_feedback(c, t, text, topic, channel, tp, rating=None, **kw):
        seq["fb"] += 1
        fid = f"F{seq['fb']:06d}"
        row = dict(feedback_id=fid, text=text, ts=t, customer_id=c["customer_id"] if c else None, touchpoint_id=tp,
                   channel=channel, rating=rating, city=c["city"] if c else kw.pop("city", None),
                   device=c["primary_device"] if c else kw.pop("device", None), language=kw.pop("language", None))
        row.update(kw)
        feedback.append(row)
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=TEXT[topic][0]))
        return fid

    def ticket(c, t, topic, tp, reason, **kw):
        tt = t + timedelta(minutes=float(rng.uniform(3, 600)))
        if tt > END:
            return
        ev(c, tt, "tp_support_chat", "open", new_session(), reason=reason)
        add_feedback(c, tt, pick_text(rng, topic, c["language"]), topic, "ticket", tp, language=c["language"],
                     app_version=app_version(tt) if c["channel"] == "app" else None, **kw)

    def ride(i: int, t: datetime, d: int):
        c = custs[i]
        city = c["city"]
        wx = weather[(city, d)]
        district = c["home_district"] if rng.random() < 0.7 else str(rng.choice(CITIES[city][2]))
        code = int(pass_on[i, d])
        p_e = 0.8 if code == 3 else c["ebike_pref"] * (0.6 if code in (1, 2) else 1.0)
        btype = "ebike" if rng.random() < p_e else "classic"
        tod = time_of_day(t.hour)
        s = new_session()
        base = dict(district=district, bike_type=btype, weather=wx, time_of_day=tod)
        attempts, fails = 0, 0
        tt = t
        while True:
            attempts += 1
            bike_ctr[city] += 1
            bike_id = f"{CITIES[city][4]}{int(rng.integers(10000, 99999))}"
            # app crash on the scan screen (4.8.0, Android, app channel)
            if (c["channel"] == "app" and c["primary_device"] == "android" and APP_BUG[0] <= tt < APP_BUG[1]
                    and rng.random() < 0.16):
                ev(c, tt, "tp_scan", "crash", s, bike_id=bike_id, fail_reason="app_crash", **base)
                if rng.random() < 0.04:
                    ticket(c, tt, "app_crash", "tp_scan", "app_crash")
                if rng.random() < 0.75 and attempts < 4:
                    tt = tt + timedelta(seconds=float(rng.uniform(30, 150)))
                    continue
                return
            ev(c, tt, "tp_scan", "scan", s, bike_id=bike_id, **base)
            if city == "Chengdu" and FW_BUG[0] <= tt < FW_BUG[1]:
                fw = "v3.2" if rng.random() < 0.8 else "v3.1"
            elif city == "Chengdu" and tt >= FW_BUG[1]:
                fw = "v3.2.1"
            elif tt >= FW_FIX_ALL:
                fw = "v3.2.1" if rng.random() < min(1.0, 0.3 + (tt - FW_FIX_ALL).days / 30) else "v3.1"
            else:
                fw = "v3.1"
            p_fail = 0.29 if fw == "v3.2" else (0.05 if btype == "ebike" else 0.04)
            batt = None
            if btype == "ebike":
                low_p = 0.21 if city == "Wuhan" else 0.08
                batt = int(rng.integers(4, 20)) if rng.random() < low_p else int(clamp(rng.normal(68, 20), 20, 100))
            tu = tt + timedelta(seconds=float(rng.uniform(8, 40)))
            if rng.random() < p_fail:
                fails += 1
                had_fail[i] += 1
                if fw == "v3.2":
                    reason = str(rng.choice(["lock_no_response", "bluetooth_timeout", "network_error", "qr_unreadable"],
                                            p=[0.76, 0.1, 0.08, 0.06]))
                else:
                    reason = str(rng.choice(["bluetooth_timeout", "qr_unreadable", "network_error", "lock_no_response",
                                             "bike_in_maintenance"], p=[0.36, 0.25, 0.19, 0.12, 0.08]))
                ev(c, tu, "tp_unlock_fail", "fail", s, bike_id=bike_id, lock_firmware=fw, fail_reason=reason,
                   battery_level=batt, **base)
                if fw == "v3.2" and rng.random() < 0.12:
                    report_broken(c, tu + timedelta(seconds=float(rng.uniform(20, 200))), "lock", None, bike_id, base)
                if rng.random() < (0.62 if fails == 1 else 0.45) and attempts < 4:
                    tt = tu + timedelta(seconds=float(rng.uniform(40, 240)))
                    continue
                if rng.random() < 0.14:
                    ticket(c, tu, "unlock", "tp_unlock_fail", "unlock_failed", bike_type=btype, district=district)
                return
            ev(c, tu, "tp_unlock", "success", s, bike_id=bike_id, lock_firmware=fw, battery_level=batt, **base)
            break
        # ride itself
        low_batt = btype == "ebike" and batt is not None and batt < 20
        med = 8 if low_batt else (15 if btype == "ebike" else 12)
        if tod == "night":
            med *= 1.2
        minutes = int(clamp(round(rng.lognormal(math.log(med), 0.72)), 1, 180))
        speed = (7.5 if low_batt else 15.5) if btype == "ebike" else 10.0
        km = round(max(0.1, minutes / 60 * speed * rng.lognormal(0, 0.2)), 2)
        tl = tu + timedelta(minutes=minutes, seconds=float(rng.uniform(0, 59)))
        if tl > END:
            return
        p_out = 0.026
        if city == "Shanghai" and tl >= ZONE_CHANGE:
            p_out = 0.19 if district == "Xuhui" else 0.10
        p_out *= (1.8 if tod == "night" else 1.0) * (1.3 if btype == "ebike" else 1.0)
        zone_ok = rng.random() >= p_out
        # rows dated after midnight carry the weather of their own day
        wx = weather[(city, (tl.date() - START.date()).days)]
        base = dict(base, weather=wx)
        ev(c, tl, "tp_lock", "success", s, bike_id=bike_id, ride_minutes=minutes, distance_km=km,
           parking_zone_ok=int(zone_ok), battery_level=batt, **base)
        covered = code in (1, 2) and btype == "classic" and minutes <= 120 or code == 3 and minutes <= 120
        if covered:
            amount = 0.0
        elif btype == "classic":
            amount = 1.5 + 1.0 * math.ceil(max(0, minutes - 15) / 15)
        else:
            amount = 3.0 + 1.0 * math.ceil(max(0, minutes - 20) / 10)
        tp_ = tl + timedelta(seconds=float(rng.uniform(3, 30)))
        if tp_ > END:
            tp_ = END
        wx = weather[(city, (tp_.date() - START.date()).days)]
        base = dict(base, weather=wx)
        oid = new_order()
        ev(c, tp_, "tp_payment", "success", s, order_id=oid, amount=amount, pass_covered=int(covered), **base)
        pm = ("wechat_pay" if c["channel"] == "mini_program" else
              str(rng.choice(["wechat_pay", "alipay", "balance"], p=[0.52, 0.38, 0.10])))
        order = dict(order_id=oid, customer_id=c["customer_id"], ts=tp_, amount=amount, status="paid", channel=c["channel"],
                     device=c["primary_device"], order_type="ride", city=city, district=district, bike_type=btype,
                     ride_minutes=minutes, distance_km=km, battery_level=batt, parking_zone_ok=int(zone_ok), weather=wx,
                     time_of_day=tod, pass_covered=int(covered), payment_method=pm,
                     pass_type={0: None, 1: "classic_monthly", 2: "student_monthly", 3: "ebike_monthly"}[code])
        orders.append(order)
        ride_counts[i] += 1
        last_ride[i] = tp_
        topic = None
        fined = False
        disputed = None
        if not zone_ok:
            fined = True
            tf = tl + timedelta(seconds=float(rng.uniform(40, 120)))
            fine = 10.0 if btype == "classic" else 20.0
            foid = new_order()
            ev(c, tf, "tp_out_of_zone_fine", "charged", s, order_id=foid, fine_amount=fine, parking_zone_ok=0, **base)
            p_disp = 0.12
            p_up = 0.3
            if city == "Shanghai" and tf >= ZONE_CHANGE:
                p_disp, p_up = (0.55, 0.62) if district == "Xuhui" else (0.42, 0.6)
            status = "paid"
            if rng.random() < p_disp:
                td = tf + timedelta(hours=float(rng.uniform(0.2, 60)))
                if td <= END:
                    up = rng.random() < p_up
                    disputed = up
                    ev(c, td, "tp_fine_dispute", "submit", new_session(), order_id=foid, dispute_result="upheld" if up else
                       "rejected", **base)
                    if up:
                        status = "refunded"
                    else:
                        rejected_dispute[i] = True
                    if rng.random() < 0.5:
                        ticket(c, td, "fine", "tp_fine_dispute", "fine_dispute", district=district, bike_type=btype)
            orders.append(dict(order_id=foid, customer_id=c["customer_id"], ts=tf, amount=fine, status=status,
                               channel=c["channel"], device=c["primary_device"], order_type="fine", city=city,
                               district=district, bike_type=btype, weather=wx, time_of_day=tod, payment_method=pm,
                               related_order_id=oid))
        broke = False
        p_broken = 0.011 + (0.03 if low_batt else 0)
        if rng.random() < p_broken:
            broke = True
            itype = "battery" if low_batt and rng.random() < 0.7 else str(rng.choice(ISSUES, p=ISSUE_P))
            report_broken(c, tl + timedelta(seconds=float(rng.uniform(30, 300))), itype, order, bike_id, base)
        # rating
        if rng.random() < 0.09:
            if fined and rng.random() < 0.85:
                topic, tp = "fine", "tp_out_of_zone_fine"
            elif broke and rng.random() < 0.8:
                topic, tp = ("battery" if low_batt else "broken"), "tp_report_broken"
            elif low_batt and rng.random() < 0.75:
                topic, tp = "battery", "tp_unlock"
            elif fails and rng.random() < 0.7:
                topic, tp = "unlock", "tp_unlock_fail"
            else:
                u = rng.random()
                if u < 0.05:
                    topic = "price"
                elif u < 0.10:
                    topic = "broken"
                elif u < 0.30 + (0.1 if wx == "heavy_rain" else 0):
                    topic = "neutral"
                else:
                    topic = "praise"
                tp = "tp_payment" if topic == "price" else "tp_lock"
            tr = tp_ + timedelta(minutes=float(rng.uniform(0.5, 40)))
            if tr <= END:
                stars = stars_for(rng, TEXT[topic][0])
                ev(c, tr, "tp_rating", "submit", s, order_id=oid, stars=stars, **base)
                add_feedback(c, tr, pick_text(rng, topic, c["language"]), topic, "ride_rating", tp, rating=stars,
                             order_id=oid, language=c["language"], district=district, bike_type=btype, battery_level=batt,
                             weather=wx, app_version=app_version(tr) if c["channel"] == "app" else None)

    def report_broken(c, t, itype, order, bike_id, base):
        if t > END:
            return
        s = new_session()
        ev(c, t, "tp_report_broken", "submit", s, bike_id=bike_id, issue_type=itype, **base)
        if order is not None and rng.random() < 0.5:
            order["status"] = "refunded"
        if rng.random() < 0.8:
            tc = t + timedelta(minutes=float(rng.exponential(300)))
            if tc <= END:
                ev(c, tc, "tp_ride_coupon", "issued", s, coupon_amount=float(rng.choice([2.0, 3.0, 5.0])), issue_type=itype)
            if rng.random() < 0.78:
                tr = t + timedelta(hours=float(rng.uniform(6, 130)))
                if tr <= END:
                    ev(c, tr, "tp_issue_resolved", "closed", s, issue_type=itype, bike_id=bike_id)
        elif rng.random() < 0.45:
            topic = "coupon_slow"
            ticket(c, t + timedelta(days=2), topic, "tp_ride_coupon", "coupon_missing")
        if rng.random() < 0.22:
            topic = "battery" if itype == "battery" else ("unlock" if itype == "lock" else "broken")
            ticket(c, t, topic, "tp_report_broken", "broken_bike", issue_type=itype)

    for d in range(NDAYS):
        day0 = START + timedelta(days=d)
        todays = list(forced.get(d, []))
        for cn in CITY_NAMES:
            idx = city_idx[cn]
            act = idx[(first_day[idx] <= d) & (churn_day[idx] > d)]
            if len(act) == 0:
                continue
            boost = np.where(pass_on[act, d] > 0, 2.4, 1.0)
            r = weights[act] * boost
            lam = r.sum() * BASE * season(d, cn) * WEATHER_F[weather[(cn, d)]]
            n = int(rng.poisson(lam))
            if n == 0:
                continue
            who = rng.choice(act, size=n, p=r / r.sum())
            hours = rng.choice(24, size=n, p=HOUR_P)
            for w_, h_ in zip(who, hours):
                todays.append((int(w_), day0 + timedelta(hours=int(h_), seconds=int(rng.integers(0, 3600)))))
        todays.sort(key=lambda x: x[1])
        for i, t in todays:
            ride(i, t, d)

    # ---------------- credit-check complaints, account closing ----------------
    for c in custs:
        if c["credit_ok"] is False and rng.random() < 0.12 and c["signup_at"]:
            ticket(c, c["signup_at"] + timedelta(hours=1), "credit", "tp_credit_check", "credit_check")
    for i, c in enumerate(custs):
        if churn_day[i] < NDAYS and last_ride[i] is not None:
            p = 0.18 + (0.25 if rejected_dispute[i] else 0) + (0.15 if had_fail[i] >= 2 else 0)
            if rng.random() < p:
                t = last_ride[i] + timedelta(days=float(rng.uniform(3, 40)))
                if t <= END:
                    ev(c, t, "tp_account_close", "submit", new_session())
                    c["closed"] = True

    # ---------------- app reviews, social posts, survey ----------------
    for k in range(620):
        d = int(rng.integers(0, NDAYS))
        t = START + timedelta(days=d, seconds=int(rng.integers(0, 86400)))
        dev = "android" if rng.random() < 0.6 else "ios"
        ver = app_version(t)
        lang = "en" if rng.random() < 0.15 else "zh"
        u = rng.random()
        if ver == "4.8.0" and dev == "android" and u < 0.7:
            topic = "app_crash"
        elif u < 0.08:
            topic = "app_crash"
        elif u < 0.14:
            topic = "credit"
        elif u < 0.2:
            topic = "price"
        elif u < 0.26:
            topic = "unlock"
        elif u < 0.32:
            topic = "fine"
        elif u < 0.47:
            topic = "neutral"
        else:
            topic = "praise"
        tp = {"app_crash": "tp_scan", "credit": "tp_credit_check", "unlock": "tp_unlock_fail", "fine": "tp_out_of_zone_fine",
              "price": "tp_payment"}.get(topic)
        st = stars_for(rng, TEXT[topic][0])
        add_feedback(None, None if rng.random() < 0.1 else t, pick_text(rng, topic, lang), topic, "app_review", tp,
                     rating=st, device=dev, app_version=ver, language=lang)
    # extra burst of crash reviews while 4.8.0 was live
    for k in range(70):
        t = APP_BUG[0] + timedelta(seconds=int(rng.integers(0, int((APP_BUG[1] - APP_BUG[0]).total_seconds()))))
        lang = "en" if rng.random() < 0.12 else "zh"
        add_feedback(None, t, pick_text(rng, "app_crash", lang), "app_crash", "app_review", "tp_scan",
                     rating=int(rng.choice([1, 2], p=[0.75, 0.25])), device="android", app_version="4.8.0", language=lang)
    for k in range(300):
        d = int(rng.integers(0, NDAYS))
        t = START + timedelta(days=d, seconds=int(rng.integers(0, 86400)))
        city = str(rng.choice(CITY_NAMES, p=[CITIES[c][0] for c in CITY_NAMES]))
        lang = "en" if rng.random() < CITIES[city][3] else "zh"
        u = rng.random()
        if city == "Shanghai" and t >= ZONE_CHANGE and u < 0.55:
            topic = "fine"
        elif city == "Chengdu" and FW_BUG[0] <= t < FW_BUG[1] and u < 0.55:
            topic = "unlock"
        else:
            topic = str(rng.choice(["broken", "battery", "fine", "unlock", "price", "praise", "neutral"],
                                   p=[0.18, 0.1, 0.1, 0.1, 0.12, 0.3, 0.1]))
        tp = {"broken": "tp_report_broken", "battery": "tp_unlock", "fine": "tp_out_of_zone_fine", "unlock": "tp_unlock_fail",
              "price": "tp_payment"}.get(topic)
        add_feedback(None, None if rng.random() < 0.12 else t, pick_text(rng, topic, lang), topic, "social", tp,
                     city=city, language=lang, platform=str(rng.choice(["weibo", "xiaohongshu", "douyin"], p=[0.5, 0.3, 0.2])))
    # quarterly NPS survey among riders (2025-Q3 .. 2026-Q2 waves)
    riders = [i for i in range(N) if ride_counts[i] > 0]
    for wave in [datetime(2025, 9, 20), datetime(2025, 12, 20), datetime(2026, 3, 20), datetime(2026, 6, 20)]:
        picks = rng.choice(riders, size=110, replace=False)
        for i in picks:
            c = custs[int(i)]
            t = wave + timedelta(days=float(rng.uniform(0, 8)))
            if c["city"] == "Shanghai" and wave >= ZONE_CHANGE and rng.random() < 0.45:
                topic = "fine"
            elif c["city"] == "Chengdu" and wave == datetime(2026, 3, 20) and rng.random() < 0.45:
                topic = "unlock"
            else:
                topic = str(rng.choice(["praise", "neutral", "price", "broken", "battery"], p=[0.45, 0.2, 0.15, 0.12, 0.08]))
            sent = TEXT[topic][0]
            nps = int(rng.choice(range(11), p=[0.06, 0.06, 0.1, 0.12, 0.12, 0.14, 0.14, 0.12, 0.08, 0.04, 0.02])) if sent == "neg" \
                else int(rng.choice([6, 7, 8, 9, 10], p=[0.1, 0.2, 0.3, 0.2, 0.2])) if sent == "neu" \
                else int(rng.choice([7, 8, 9, 10], p=[0.1, 0.15, 0.35, 0.4]))
            add_feedback(c, None if rng.random() < 0.08 else t, pick_text(rng, topic, c["language"]), topic, "survey", None,
                         nps=nps, language=c["language"], survey_wave=wave.strftime("%Y-%m"))

    # ---------------- write ----------------
    ev_sorted = sorted(events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for k, r in enumerate(ev_sorted):
        r["event_id"] = f"E{k + 1:07d}"
    for c in custs:
        i = int(c["customer_id"][1:]) - 1
        if c.get("closed"):
            seg = "closed"
        elif c["signup_at"] is None:
            seg = "prospect"
        elif ride_counts[i] == 0:
            seg = "never_rode"
        elif pass_on[i, NDAYS - 1] > 0:
            seg = "pass_holder"
        elif last_ride[i] is not None and last_ride[i] >= END - timedelta(days=60):
            seg = "active"
        else:
            seg = "lapsed"
        c["segment"] = seg

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                vals = []
                for col in cols:
                    v = r.get(col)
                    if isinstance(v, datetime):
                        v = iso(v)
                    elif isinstance(v, bool):
                        v = "true" if v else "false"
                    elif isinstance(v, float):
                        v = f"{v:.2f}" if col in ("amount", "fine_amount", "deposit_amount", "coupon_amount") else repr(v)
                    vals.append("" if v is None else v)
                w.writerow(vals)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                               owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", [dict(c, region=c["city"]) for c in custs],
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "city", "home_district", "student",
           "credit_score_band", "primary_device", "language", "age_band", "downloaded_at"])
    write("events", ev_sorted,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "app_version",
           "city", "district", "bike_id", "bike_type", "battery_level", "lock_firmware", "fail_reason", "ride_minutes",
           "distance_km", "parking_zone_ok", "weather", "time_of_day", "order_id", "amount", "pass_covered", "fine_amount",
           "dispute_result", "issue_type", "coupon_amount", "credit_result", "credit_score_band", "deposit_amount",
           "pass_type", "stars", "reason"])
    orders.sort(key=lambda r: r["order_id"])
    write("orders", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "city", "district",
           "bike_type", "ride_minutes", "distance_km", "battery_level", "parking_zone_ok", "weather", "time_of_day",
           "pass_type", "pass_covered", "is_renewal", "payment_method", "related_order_id"])
    write("feedback", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "order_id", "city",
           "district", "bike_type", "battery_level", "weather", "device", "app_version", "language", "platform",
           "survey_wave", "issue_type"])
    (out / "_truth").mkdir(exist_ok=True)
    write("_truth/feedback_truth", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(custs)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
