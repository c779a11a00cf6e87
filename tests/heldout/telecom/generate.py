"""畅联通信 / LinkWave Telecom: a bilingual broadband + mobile operator, 2025-03-01 .. 2026-02-28.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders (bills and plan purchases) and feedback as
CSV following DATA.md. Deterministic (fixed seed), plain Python + numpy. Planted patterns are listed
in README.md next to this file.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260228
START = datetime(2025, 3, 1)
END = datetime(2026, 2, 28, 23, 59, 59)
N_CUSTOMERS = 7000

# network outage in Chengdu: 2025-11-10 .. 2025-11-16 (inclusive)
OUTAGE_CITY = "成都"
OUTAGE_FROM, OUTAGE_TO = datetime(2025, 11, 10), datetime(2025, 11, 17)

TOUCHPOINTS = [
    # id, name, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_home", "掌上营业厅", "掌上营业厅", "LinkWave app", "awareness", "app", "digital", "digital",
     "APP|手机营业厅|畅联APP|app home|mobile app|self-service app"),
    ("tp_web_plans", "官网套餐页", "官网套餐页", "Website plans page", "consideration", "web", "digital", "marketing",
     "官网|套餐页|资费页|plans page|website|pricing page"),
    ("tp_online_order", "在线下单", "在线下单", "Online order", "purchase", "web", "digital", "sales",
     "宽带下单|办宽带|线上办理|order broadband|place order|online sign-up"),
    ("tp_address_check", "地址核验", "地址核验", "Address check", "purchase", "web", "digital", "network",
     "地址查询|覆盖查询|资源核查|address check|coverage check|serviceability check"),
    ("tp_install_appt", "预约装机", "预约装机", "Installation appointment", "purchase", "app", "digital", "field_ops",
     "装机预约|预约安装|约装|install appointment|book installation|installation booking"),
    ("tp_tech_visit", "上门装机", "上门装机", "Technician visit", "purchase", "other", "physical", "field_ops",
     "装维上门|师傅上门|装机师傅|technician|install visit|engineer visit"),
    ("tp_activation", "宽带开通", "宽带开通", "Service activated", "purchase", "other", "digital", "network",
     "开通成功|开通|激活|activation|service live|go-live"),
    ("tp_port_request", "携号转网申请", "携号转网申请", "Number porting request", "purchase", "app", "digital", "mobile",
     "携号转网|转网申请|带号转网|port in|number porting|porting request|MNP"),
    ("tp_port_verify", "转网身份核验", "转网身份核验", "Porting ID verification", "purchase", "app", "digital", "mobile",
     "身份核验|实名核验|授权码校验|ID check|porting verification|identity check"),
    ("tp_port_done", "转网完成", "转网完成", "Porting completed", "purchase", "other", "digital", "mobile",
     "转网成功|携转成功|port completed|porting done|number ported"),
    ("tp_bill_sms", "账单短信", "账单短信", "Bill SMS", "service", "other", "digital", "billing",
     "账单提醒|话费短信|月结短信|bill reminder|bill text|billing SMS"),
    ("tp_bill_pay", "缴费", "缴费", "Bill payment", "service", "app", "digital", "billing",
     "交话费|充值缴费|话费缴纳|pay bill|top-up|bill pay|payment"),
    ("tp_fault_report", "报障", "报障", "Fault report", "service", "app", "digital", "network",
     "故障申报|报修|宽带报修|网络故障报修|report a fault|fault ticket|report outage|repair request"),
    ("tp_remote_diag", "远程诊断", "远程诊断", "Remote diagnosis", "service", "other", "digital", "network",
     "远程测试|线路检测|远程排障|remote test|line test|remote troubleshooting"),
    ("tp_onsite_repair", "上门维修", "上门维修", "On-site repair", "service", "other", "physical", "field_ops",
     "上门修|维修师傅|装维维修|on-site fix|repair visit|field repair"),
    ("tp_fault_resolved", "故障修复", "故障修复", "Fault resolved", "service", "other", "digital", "network",
     "修复完成|故障解决|已修复|resolved|fix confirmed|ticket closed"),
    ("tp_hotline", "10099客服热线", "10099客服热线", "10099 hotline", "service", "phone", "physical", "customer_service",
     "10099|客服热线|热线|人工客服|客服电话|hotline|call center|customer service line"),
    ("tp_store", "营业厅", "营业厅", "Retail store", "service", "store", "physical", "retail",
     "门店|线下营业厅|实体厅|store|retail shop|service hall"),
    ("tp_plan_upgrade", "套餐升级", "套餐升级", "Plan upgrade", "loyalty", "app", "digital", "sales",
     "升级套餐|提速|换套餐|upgrade|speed upgrade|plan change"),
    ("tp_cancel_request", "销户申请", "销户申请", "Cancellation request", "loyalty", "phone", "physical", "retention",
     "销户|拆机|注销|退订宽带|cancel|cancellation|terminate service|close account"),
    ("tp_retention_offer", "挽留优惠", "挽留优惠", "Retention offer", "loyalty", "phone", "physical", "retention",
     "挽留|保有优惠|留存优惠|retention deal|save offer|win-back offer"),
    ("tp_retained", "挽留成功", "挽留成功", "Retained", "loyalty", "other", "digital", "retention",
     "成功挽留|留下|撤销销户|retained|saved|cancellation withdrawn"),
    ("tp_account_closed", "销户完成", "销户完成", "Account closed", "loyalty", "other", "digital", "retention",
     "已销户|离网|拆机完成|churned|account closed|service terminated"),
]

JOURNEYS = [
    ("broadband", "宽带装机旅程", "宽带装机旅程", "Broadband installation", 21,
     ["tp_online_order", "tp_address_check", "tp_install_appt", "tp_tech_visit", "tp_activation"]),
    ("porting", "携号转网旅程", "携号转网旅程", "Number porting", 7,
     ["tp_port_request", "tp_port_verify", "tp_port_done"]),
    ("repair", "报障维修旅程", "报障维修旅程", "Fault repair", 14,
     ["tp_fault_report", "tp_remote_diag", "tp_onsite_repair", "tp_fault_resolved"]),
    ("retention", "销户挽留旅程", "销户挽留旅程", "Cancellation retention", 14,
     ["tp_cancel_request", "tp_retention_offer", "tp_retained"]),
    ("billing", "账单缴费旅程", "账单缴费旅程", "Bill payment", 10,
     ["tp_bill_sms", "tp_bill_pay"]),
]

CITIES = [("北京", 1, 0.16), ("上海", 1, 0.16), ("广州", 1, 0.12), ("深圳", 1, 0.12),
          ("成都", 2, 0.14), ("武汉", 2, 0.11), ("杭州", 2, 0.10), ("西安", 2, 0.09)]
SEGMENTS = [("prepaid", 0.28), ("postpaid", 0.40), ("family_bundle", 0.22), ("enterprise", 0.10)]
ACQ = [("online", 0.38), ("store", 0.30), ("telesales", 0.17), ("referral", 0.15)]
DEVICES = [("android", 0.47), ("ios", 0.36), ("pc", 0.17)]
SPEEDS = [(100, 0.25), (300, 0.35), (500, 0.25), (1000, 0.15)]
PLAN = {100: ("畅享100M", 59.0), 300: ("畅享300M", 99.0), 500: ("极速500M", 139.0), 1000: ("千兆1000M", 199.0)}

# month weights, index 0 = March 2025 .. 11 = February 2026
ORDER_MONTH = [1.2, 1.0, 0.9, 1.0, 1.3, 1.4, 1.7, 1.0, 0.9, 0.8, 0.7, 0.6]

FEEDBACK = {
    "tp_install_appt": [
        ("neg", "预约装机排到两周以后，太慢了", "Installation appointment is two weeks out, far too slow"),
        ("neg", "约好的装机时间被改了好几次", "My installation slot was rescheduled several times"),
        ("pos", "预约装机很方便，可以选时间段", "Booking the installation was easy, I could pick a time slot"),
    ],
    "tp_tech_visit": [
        ("neg", "装机师傅迟到了两个小时，也没提前打电话", "The technician was two hours late and never called ahead"),
        ("neg", "周末约好的师傅根本没来，白等一天", "The technician never showed up on Saturday, wasted my whole day"),
        ("pos", "师傅很专业，半小时就装好了", "The technician was professional, done in half an hour"),
    ],
    "tp_address_check": [
        ("neg", "地址核验说我家没覆盖，可是邻居都装了", "Address check says no coverage but my neighbours have it"),
        ("pos", "地址一查就能装，很快", "Address check was instant"),
    ],
    "tp_online_order": [
        ("neg", "下单页面套餐太多看不懂", "Too many plans on the order page, confusing"),
        ("pos", "网上办宽带几分钟就搞定了", "Ordered broadband online in a few minutes"),
    ],
    "tp_activation": [
        ("pos", "开通后网速很稳定", "Speed is stable since activation"),
        ("neg", "装完两天了还没开通", "Installed two days ago and still not activated"),
    ],
    "tp_port_request": [
        ("neg", "携号转网申请流程太复杂", "The number porting request process is too complicated"),
        ("pos", "携号转网申请很顺利", "Porting request went smoothly"),
    ],
    "tp_port_verify": [
        ("neg", "安卓APP上转网身份核验一直失败，人脸识别过不了", "Porting ID check keeps failing on the Android app, face scan never passes"),
        ("neg", "授权码校验失败，只能去营业厅", "Porting authorisation code rejected, had to go to a store"),
        ("pos", "实名核验一次就通过了", "ID verification passed first time"),
    ],
    "tp_port_done": [
        ("pos", "转网成功，号码没变很方便", "Number ported, kept my number, great"),
        ("neg", "转网后两天没信号", "No signal for two days after porting"),
    ],
    "tp_bill_pay": [
        ("neg", "账单多扣了钱，有不明增值业务费用", "I was overcharged, there are value-added service fees I never ordered"),
        ("neg", "话费账单和套餐价格对不上", "My bill doesn't match the plan price"),
        ("pos", "缴费很方便，自动扣款", "Paying is easy with auto-debit"),
    ],
    "tp_bill_sms": [
        ("neg", "账单短信看不懂，费用明细不清楚", "Bill text is unclear, no itemised charges"),
        ("pos", "每月账单短信很及时", "Monthly bill text arrives on time"),
    ],
    "tp_fault_report": [
        ("neg", "宽带经常掉线，晚上根本用不了", "Broadband keeps dropping, unusable in the evening"),
        ("neg", "报障后一直没人联系", "Reported the fault and nobody got back to me"),
        ("pos", "APP报障很方便", "Reporting the fault in the app was easy"),
    ],
    "tp_remote_diag": [
        ("neg", "远程诊断说线路正常，但就是上不了网", "Remote test says the line is fine but I still have no internet"),
        ("pos", "远程重启光猫就好了", "They fixed it remotely by rebooting the modem"),
    ],
    "tp_onsite_repair": [
        ("neg", "维修师傅约了三次才来", "Repair technician only came on the third appointment"),
        ("pos", "维修师傅当天就来修好了", "Repair technician came the same day and fixed it"),
    ],
    "tp_fault_resolved": [
        ("pos", "故障修好了，网速恢复正常", "Fault fixed, speed back to normal"),
        ("neg", "说修好了其实还是慢", "They closed the ticket but it is still slow"),
    ],
    "tp_hotline": [
        ("neg", "10099热线排队半小时都没人接", "Waited half an hour on the 10099 hotline and nobody answered"),
        ("neg", "客服一直转接，问题没解决", "Hotline kept transferring me, nothing solved"),
        ("pos", "客服态度很好，很快解决", "Hotline agent was friendly and quick"),
    ],
    "tp_store": [
        ("neg", "营业厅排队太久", "Long queue at the store"),
        ("pos", "营业厅工作人员很耐心", "Store staff were patient"),
    ],
    "tp_plan_upgrade": [
        ("pos", "升级千兆后网速快多了", "Much faster after upgrading to gigabit"),
        ("neg", "升级套餐后价格比说的贵", "The upgrade cost more than I was told"),
    ],
    "tp_retention_offer": [
        ("neg", "挽留优惠太少了，还是要销户", "The retention offer is too small, still cancelling"),
        ("pos", "给了家庭套餐优惠，决定不销户了", "They gave me a family bundle discount so I stayed"),
    ],
    "tp_cancel_request": [
        ("neg", "销户手续太麻烦，必须去营业厅", "Cancelling is a hassle, I must go to a store"),
    ],
}
OUTAGE_TEXTS = [
    ("成都这周宽带大面积断网，好几天都上不了网", "Broadband outage in Chengdu this week, no internet for days"),
    ("整个小区断网了，报障电话都打不进", "Whole neighbourhood offline, could not even get through to report the outage"),
]


def pick(rng, items):
    vals = [i[0] for i in items]
    p = np.array([i[-1] for i in items], dtype=float)
    return vals[rng.choice(len(vals), p=p / p.sum())]


_DAY_P: dict = {}


def rand_day(rng, month_weights=None, lo=START, hi=END):
    """A random datetime in [lo, hi] with monthly seasonality (index 0 = March 2025)."""
    month_weights = month_weights or [1] * 12
    days = (hi.date() - lo.date()).days + 1
    key = (tuple(month_weights), lo, hi)
    if key not in _DAY_P:
        w = []
        for d in range(days):
            day = lo + timedelta(days=d)
            w.append(month_weights[(day.year - 2025) * 12 + day.month - 3])
        w = np.array(w, dtype=float)
        _DAY_P[key] = w / w.sum()
    d = rng.choice(days, p=_DAY_P[key])
    return datetime.combine(lo.date(), datetime.min.time()) + timedelta(days=int(d), seconds=int(rng.integers(8 * 3600, 22 * 3600)))


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)

    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        w.writerows(TOUCHPOINTS)
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
        for jid, name, zh, en, win, steps in JOURNEYS:
            for i, tp in enumerate(steps, 1):
                w.writerow([jid, name, zh, en, i, tp, win])

    customers = []
    city_tier = {c: t for c, t, _ in CITIES}
    for i in range(1, N_CUSTOMERS + 1):
        seg = pick(rng, SEGMENTS)
        city = pick(rng, [(c, p) for c, _, p in CITIES])
        new = rng.random() < 0.45
        signup = rand_day(rng, ORDER_MONTH, hi=datetime(2026, 2, 5)) if new else \
            datetime(2016, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 9)), seconds=int(rng.integers(0, 86400)))
        tier = "gold" if seg == "enterprise" or rng.random() < 0.12 else ("silver" if rng.random() < 0.3 else "standard")
        customers.append(dict(customer_id=f"U{i:05d}", signup_at=signup, segment=seg, region=city,
                              acquisition_channel=pick(rng, ACQ), tier=tier, new=new,
                              plan_speed_mbps=pick(rng, SPEEDS),
                              contract_months=int(rng.choice([0, 12, 24])) if seg != "prepaid" else 0,
                              city_tier=city_tier[city], device=pick(rng, DEVICES)))

    events: list[tuple] = []
    orders: list[tuple] = []

    def ev(c, ts, tp, action, channel=None, device="same"):
        dev = c["device"] if device == "same" else device
        ch = channel or ("web" if c["device"] == "pc" else "app")
        events.append((c["customer_id"], ts, tp, action, dev, ch))

    order_no = 0

    def add_order(c, ts, amount, status, kind, plan_name, channel=None):
        nonlocal order_no
        order_no += 1
        ch = channel or ("web" if c["device"] == "pc" else "app")
        orders.append((f"B{order_no:06d}", c["customer_id"], ts, round(float(amount), 2), status, ch,
                       c["device"] if ch in ("app", "web") else "", plan_name, kind))

    def later(t, lo_h, hi_h):
        return t + timedelta(hours=float(rng.uniform(lo_h, hi_h)))

    for c in customers:
        seg, city = c["segment"], c["region"]
        plan_name, price = PLAN[c["plan_speed_mbps"]]
        if seg == "family_bundle":
            price += 40
        if seg == "enterprise":
            price *= 3
        # ---- browsing
        for _ in range(rng.poisson(2.2)):
            ev(c, rand_day(rng), "tp_app_home", "view", channel="app", device=c["device"] if c["device"] != "pc" else "android")
        if rng.random() < 0.5:
            ev(c, rand_day(rng), "tp_web_plans", "view", channel="web", device="pc" if rng.random() < 0.6 else c["device"])
        # ---- broadband order -> activation (new customers)
        if c["new"]:
            t = c["signup_at"]
            ev(c, t, "tp_online_order", "submit")
            if rng.random() < (0.84 if city_tier[city] == 1 else 0.74):
                t = later(t, 0.05, 6)
                ev(c, t, "tp_address_check", "success")
                if rng.random() < 0.82:
                    t = later(t, 1, 48)
                    ev(c, t, "tp_install_appt", "submit")
                    visit = (t + timedelta(days=int(rng.integers(1, 8)))).replace(hour=int(rng.integers(9, 18)))
                    if rng.random() < 0.95:
                        weekend = visit.weekday() >= 5
                        if rng.random() < (0.30 if weekend else 0.07):
                            ev(c, visit, "tp_tech_visit", "fail", channel="other", device="")  # no-show
                            if rng.random() < 0.6:
                                visit = visit + timedelta(days=int(rng.integers(2, 6)))
                                ev(c, visit, "tp_tech_visit", "success", channel="other", device="")
                                ok = True
                            else:
                                ok = False
                        else:
                            ev(c, visit, "tp_tech_visit", "success", channel="other", device="")
                            ok = True
                        if ok and rng.random() < 0.96:
                            t = visit + timedelta(hours=float(rng.uniform(0.5, 5)))
                            ev(c, t, "tp_activation", "success", channel="other", device="")
                            add_order(c, t, price * 12 if c["contract_months"] >= 12 else price + 100,
                                      "refunded" if rng.random() < 0.04 else "paid", "new_plan", plan_name)
        # ---- number porting
        if seg in ("prepaid", "postpaid", "family_bundle") and rng.random() < 0.22:
            t = rand_day(rng, hi=datetime(2026, 2, 20))
            via_store = rng.random() < 0.25
            ch = "store" if via_store else None
            dev = "" if via_store else "same"
            ev(c, t, "tp_port_request", "submit", channel=ch, device=dev)
            if rng.random() < 0.88:
                t = later(t, 0.1, 30)
                android_app = (not via_store) and c["device"] == "android"
                p_ok = 0.52 if android_app else (0.90 if via_store else 0.86)
                if rng.random() < p_ok:
                    ev(c, t, "tp_port_verify", "success", channel=ch, device=dev)
                    if rng.random() < 0.95:
                        ev(c, later(t, 2, 72), "tp_port_done", "success", channel=ch or "other", device=dev)
                else:
                    ev(c, t, "tp_port_verify", "fail", channel=ch, device=dev)
        # ---- monthly bills (postpaid-type segments), each month with some probability
        if seg != "prepaid":
            for m in range(12):
                if rng.random() < 0.45:
                    y, mo = (2025, m + 3) if m < 10 else (2026, m - 9)
                    t = datetime(y, mo, int(rng.integers(1, 6)), int(rng.integers(8, 20)), int(rng.integers(0, 60)))
                    ev(c, t, "tp_bill_sms", "view", channel="other", device="")
                    if rng.random() < 0.90:
                        tp = later(t, 2, 24 * 8)
                        ev(c, tp, "tp_bill_pay", "success")
                        add_order(c, tp, price, "refunded" if rng.random() < 0.02 else "paid", "monthly_bill", plan_name)
        else:
            for _ in range(rng.poisson(3)):
                tp = rand_day(rng)
                ev(c, tp, "tp_bill_pay", "success")
                add_order(c, tp, float(rng.choice([30, 50, 100])), "paid", "top_up", "预付费充值")
        # ---- faults
        n_faults = rng.poisson(0.30)
        fault_times = [rand_day(rng, hi=datetime(2026, 2, 20)) for _ in range(n_faults)]
        if city == OUTAGE_CITY and rng.random() < 0.40:
            fault_times.append(OUTAGE_FROM + timedelta(days=float(rng.uniform(0, 6.9))))
        for t in fault_times:
            in_outage = city == OUTAGE_CITY and OUTAGE_FROM <= t < OUTAGE_TO
            stb = rng.random() < 0.12
            ev(c, t, "tp_fault_report", "submit", device="set_top_box" if stb else "same",
               channel="other" if stb else None)
            if in_outage and rng.random() < 0.6:
                ev(c, later(t, 0, 3), "tp_hotline", "call", channel="phone", device="")
            if rng.random() < 0.92:
                t = later(t, 0.1, 6)
                ev(c, t, "tp_remote_diag", "success" if rng.random() < 0.5 else "fail", channel="other", device="set_top_box")
                if rng.random() < (0.70 if in_outage else 0.45):
                    t = later(t, 12, 96 if not in_outage else 200)
                    ev(c, t, "tp_onsite_repair", "success", channel="other", device="")
                    if rng.random() < 0.90:
                        ev(c, later(t, 0.5, 8), "tp_fault_resolved", "success", channel="other", device="")
        # ---- hotline, store
        for _ in range(rng.poisson(0.55)):
            ev(c, rand_day(rng), "tp_hotline", "call", channel="phone", device="")
        if rng.random() < 0.18:
            ev(c, rand_day(rng), "tp_store", "visit", channel="store", device="")
        # ---- upgrades
        if c["plan_speed_mbps"] < 1000 and rng.random() < 0.10:
            t = rand_day(rng)
            ev(c, t, "tp_plan_upgrade", "success")
            up = {100: 300, 300: 500, 500: 1000}[c["plan_speed_mbps"]]
            add_order(c, t, PLAN[up][1] - price / (3 if seg == "enterprise" else 1) + 50, "paid", "upgrade", PLAN[up][0])
        # ---- cancellation attempt -> retention
        if rng.random() < 0.09:
            t = rand_day(rng, hi=datetime(2026, 2, 15))
            ev(c, t, "tp_cancel_request", "submit", channel="phone", device="")
            if rng.random() < 0.82:
                t = later(t, 1, 72)
                ev(c, t, "tp_retention_offer", "view", channel="phone", device="")
                p_keep = {"family_bundle": 0.62, "enterprise": 0.40, "postpaid": 0.33, "prepaid": 0.18}[seg]
                if rng.random() < p_keep:
                    ev(c, later(t, 1, 96), "tp_retained", "success", channel="other", device="")
                    continue
            ev(c, later(t, 24, 240), "tp_account_closed", "success", channel="other", device="")

    events = sorted((e for e in events if START <= e[1] <= END), key=lambda e: (e[1], e[0]))
    orders = sorted((o for o in orders if START <= o[2] <= END), key=lambda o: o[2])
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id"])
        for i, (cid, ts, tp, action, dev, ch) in enumerate(events, 1):
            w.writerow([f"E{i:07d}", cid, ts.strftime("%Y-%m-%d %H:%M:%S"), tp, action, dev, ch,
                        f"S{cid[1:]}-{ts.strftime('%Y%m%d')}"])
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        cols = ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                "plan_speed_mbps", "contract_months", "city_tier"]
        w.writerow(cols)
        for c in customers:
            w.writerow([c["signup_at"].strftime("%Y-%m-%d %H:%M:%S") if k == "signup_at" else c[k] for k in cols])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "plan_name", "order_type"])
        for o in orders:
            w.writerow([o[0], o[1], o[2].strftime("%Y-%m-%d %H:%M:%S"), f"{o[3]:.2f}", *o[4:]])

    # ---- feedback
    fb = []
    by_tp: dict[str, list] = {}
    for e in events:
        by_tp.setdefault(e[2], []).append(e)
    cust = {c["customer_id"]: c for c in customers}
    weights = {"tp_install_appt": 420, "tp_tech_visit": 520, "tp_address_check": 150, "tp_online_order": 120,
               "tp_activation": 100, "tp_port_request": 90, "tp_port_verify": 260, "tp_port_done": 90,
               "tp_bill_pay": 480, "tp_bill_sms": 120, "tp_fault_report": 380, "tp_remote_diag": 160,
               "tp_onsite_repair": 200, "tp_fault_resolved": 110, "tp_hotline": 560, "tp_store": 120,
               "tp_plan_upgrade": 90, "tp_retention_offer": 130, "tp_cancel_request": 60}
    for tp, n in weights.items():
        pool = by_tp[tp]
        for _ in range(n):
            e = pool[int(rng.integers(0, len(pool)))]
            c = cust[e[0]]
            templates = FEEDBACK[tp]
            negs = [t for t in templates if t[0] == "neg"]
            poss = [t for t in templates if t[0] == "pos"]
            neg_bias = 0.72 if tp in ("tp_install_appt", "tp_tech_visit", "tp_bill_pay", "tp_hotline", "tp_port_verify") else 0.5
            if tp == "tp_tech_visit" and e[3] == "fail":
                neg_bias = 1.0
            if tp == "tp_retention_offer":
                neg_bias = 0.3 if c["segment"] == "family_bundle" else 0.7
            if not poss or rng.random() < neg_bias:
                k = 0 if rng.random() < 0.6 or len(negs) == 1 else int(rng.integers(1, len(negs)))
                if tp == "tp_tech_visit" and e[3] == "fail":
                    k = 1
                sent, zh, en = negs[k]
            else:
                sent, zh, en = poss[int(rng.integers(0, len(poss)))]
            fb.append(dict(c=c, ts=e[1] + timedelta(hours=float(rng.uniform(0.1, 48))), tp=tp, sent=sent, zh=zh, en=en))
    for e in by_tp["tp_fault_report"]:
        c = cust[e[0]]
        if c["region"] == OUTAGE_CITY and OUTAGE_FROM <= e[1] < OUTAGE_TO and rng.random() < 0.45:
            zh, en = OUTAGE_TEXTS[int(rng.integers(0, 2))]
            fb.append(dict(c=c, ts=e[1] + timedelta(hours=float(rng.uniform(0.1, 20))), tp="tp_fault_report", sent="neg", zh=zh, en=en))
    fb.sort(key=lambda r: r["ts"])
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "sentiment_label"])
        for i, r in enumerate(fb, 1):
            lang_en = rng.random() < 0.35
            text = r["en"] if lang_en else r["zh"]
            ch = {"tp_hotline": "call_note", "tp_store": "survey", "tp_tech_visit": "survey"}.get(r["tp"]) or pick(
                rng, [("app_review", 0.3), ("survey", 0.35), ("ticket", 0.25), ("social", 0.1)])
            neg = r["sent"] == "neg"
            rating = ""
            if rng.random() < 0.6:
                rating = int(rng.choice([1, 1, 2, 2, 3]) if neg else rng.choice([4, 5, 5]))
            nps = ""
            if ch == "survey" or rng.random() < 0.15:
                nps = int(rng.integers(0, 7) if neg else rng.integers(7, 11))
            ts = "" if rng.random() < 0.05 else min(r["ts"], END).strftime("%Y-%m-%d %H:%M:%S")
            w.writerow([f"FB{i:06d}", text, ts, r["c"]["customer_id"], r["tp"], ch, rating, nps, r["sent"]])
    print(f"{out}: customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(fb)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
