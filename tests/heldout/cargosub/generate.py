"""Synthetic data for 驮骡 MuleMoto e-cargo-bike subscriptions (written blind for a held-out batch).

    python generate.py OUTDIR        # seed 20260630, numpy + stdlib, a few seconds, deterministic

Writes a DATA.md folder: touchpoints, journeys, customers, events, orders, feedback, experiments (CSV), and
OUTDIR/_truth/feedback_truth.csv (the generator's topic of each comment; not a DATA.md table, ingest ignores
folders). Data 2025-01-01 .. 2026-06-30, naive local times of each city. See README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
rng = np.random.default_rng(SEED)

CITIES = {  # code: (region, 城市, country, currency, weight, hubs, stations)
    "AMS": ("Amsterdam", "阿姆斯特丹", "NL", "EUR", 0.21, ["AMS-H1 Westerpark", "AMS-H2 Oost"], 11),
    "BER": ("Berlin", "柏林", "DE", "EUR", 0.17, ["BER-H1 Kreuzberg", "BER-H2 Prenzlauer Berg"], 10),
    "MIL": ("Milan", "米兰", "IT", "EUR", 0.13, ["MIL-H1 Isola"], 7),
    "SHA": ("Shanghai", "上海", "CN", "CNY", 0.29, ["SHA-H1 静安", "SHA-H2 徐汇", "SHA-H3 浦东"], 14),
    "CTU": ("Chengdu", "成都", "CN", "CNY", 0.20, ["CTU-H1 锦江", "CTU-H2 高新"], 9),
}
CN = {"SHA", "CTU"}
FX_CNY_EUR = 0.128
FEE = {"EUR": {"basic": 79.0, "plus": 109.0, "pro": 149.0}, "CNY": {"basic": 399.0, "plus": 549.0, "pro": 749.0}}
PAUSE_FEE = {"EUR": 15.0, "CNY": 79.0}
DEPOSIT = {"EUR": 150.0, "CNY": 800.0}
THEFT_EXCESS = {"EUR": 250.0, "CNY": 1500.0}
BIKE = {"basic": "Mule L1 longtail", "plus": "Mule B2 front-box", "pro": "Mule T3 e-trike"}

TOUCHPOINTS = [
    # id, name, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_pricing", "套餐价格页", "套餐价格页", "Plans & pricing page", "consideration", "web", "digital", "growth",
     "pricing|价格页|plans page|套餐页"),
    ("tp_signup", "在线注册", "在线注册", "Online sign-up", "purchase", "app", "digital", "growth",
     "sign up|signup|注册|开户|registration"),
    ("tp_id_submit", "证件上传", "证件上传", "ID upload", "purchase", "app", "digital", "risk",
     "ID upload|上传证件|身份证上传|passport upload|KYC submit"),
    ("tp_id_ok", "身份核验通过", "身份核验通过", "ID verified", "purchase", "app", "digital", "risk",
     "ID check passed|实名认证通过|KYC passed|identity verified|人脸核验通过"),
    ("tp_id_reject", "身份核验未通过", "身份核验未通过", "ID check rejected", "purchase", "app", "digital", "risk",
     "KYC failed|实名认证失败|ID rejected"),
    ("tp_credit_ok", "信用审核通过", "信用审核通过", "Credit check approved", "purchase", "app", "digital", "risk",
     "credit approved|征信通过|信审通过|Schufa ok"),
    ("tp_credit_decline", "信用审核拒绝", "信用审核拒绝", "Credit check declined", "purchase", "app", "digital",
     "risk", "credit declined|征信不通过|信审被拒"),
    ("tp_contract", "选套餐签约", "选套餐签约", "Plan & contract signed", "purchase", "app", "digital", "sales",
     "contract|签合同|签约|e-sign|choose plan"),
    ("tp_deposit", "押金支付", "押金支付", "Deposit paid", "purchase", "app", "digital", "finance",
     "deposit|交押金|付押金"),
    ("tp_handover", "交车", "交车", "Bike handover", "purchase", "store", "physical", "hub_ops",
     "handover|提车|取车|pick up the bike|bike collection|交付"),
    ("tp_station_find", "查找换电站", "查找换电站", "Find swap station", "service", "app", "digital", "energy",
     "station finder|找电站|换电站地图|station map"),
    ("tp_battery_reserve", "预约电池", "预约电池", "Battery reservation", "service", "app", "digital", "energy",
     "reserve battery|预约换电|电池预约"),
    ("tp_locker_unlock", "开电池柜", "开电池柜", "Battery locker unlock", "service", "other", "physical", "energy",
     "unlock locker|开柜|扫码开柜|locker"),
    ("tp_swap", "换电完成", "换电完成", "Battery swap", "service", "other", "physical", "energy",
     "battery swap|换电|换电池|swap done"),
    ("tp_swap_fail", "换电失败", "换电失败", "Swap failed", "service", "other", "physical", "energy",
     "swap failed|换电失败|no battery|没电池"),
    ("tp_breakdown", "故障报修", "故障报修", "Breakdown report", "service", "app", "digital", "service",
     "breakdown|报修|故障申报|report a fault|repair request"),
    ("tp_ticket_triage", "工单受理", "工单受理", "Ticket triaged", "service", "phone", "digital", "service",
     "triage|受理|工单分派"),
    ("tp_repair_booked", "上门维修预约", "上门维修预约", "Repair visit booked", "service", "app", "digital",
     "service", "repair appointment|维修预约|预约上门"),
    ("tp_repair_visit", "上门维修", "上门维修", "Repair visit", "service", "other", "physical", "field_tech",
     "mechanic visit|上门修车|技师上门|repair visit"),
    ("tp_ticket_closed", "工单关闭", "工单关闭", "Ticket closed", "service", "app", "digital", "service",
     "ticket resolved|工单完结|结单"),
    ("tp_theft_report", "失窃报告", "失窃报告", "Theft report", "service", "app", "digital", "service",
     "theft|被盗|丢车|stolen bike|报失"),
    ("tp_police_upload", "报案回执上传", "报案回执上传", "Police report upload", "service", "app", "digital",
     "service", "police report|报案回执|报警回执"),
    ("tp_replace_ok", "换车审批通过", "换车审批通过", "Replacement approved", "service", "phone", "digital",
     "service", "replacement approved|补车审批"),
    ("tp_replace_handover", "换车交付", "换车交付", "Replacement bike handover", "service", "store", "physical",
     "hub_ops", "replacement bike|补车|新车交付"),
    ("tp_payment_fail", "月费扣款失败", "月费扣款失败", "Monthly payment failed", "service", "email", "digital",
     "finance", "payment failed|扣款失败|direct debit failed|declined payment"),
    ("tp_support_call", "客服热线", "客服热线", "Support hotline", "service", "phone", "digital", "customer_care",
     "hotline|客服电话|call centre|support call"),
    ("tp_pause", "暂停订阅", "暂停订阅", "Subscription pause", "loyalty", "app", "digital", "crm",
     "pause|暂停|停租|hold"),
    ("tp_resume", "恢复订阅", "恢复订阅", "Subscription resumed", "loyalty", "app", "digital", "crm",
     "resume|恢复|复租"),
    ("tp_cancel_req", "申请退订", "申请退订", "Cancellation request", "loyalty", "app", "digital", "crm",
     "cancel|退订|取消订阅|解约申请"),
    ("tp_retention_offer", "挽留优惠", "挽留优惠", "Retention offer", "loyalty", "app", "digital", "crm",
     "save offer|挽留|留存优惠|win-back offer"),
    ("tp_cancel_done", "退订确认", "退订确认", "Cancellation confirmed", "loyalty", "app", "digital", "crm",
     "cancelled|退订成功|解约"),
    ("tp_bike_return", "还车", "还车", "Bike return", "loyalty", "store", "physical", "hub_ops",
     "return the bike|还车|退车"),
    ("tp_review", "评价", "评价", "Review", "loyalty", "app", "digital", "customer_care", "review|评价|rating"),
]
JOURNEYS = [
    ("onboarding", "注册到交车", "Sign-up to handover", 30,
     ["tp_signup", "tp_id_submit", "tp_id_ok", "tp_credit_ok", "tp_contract", "tp_deposit", "tp_handover"]),
    ("battery_swap", "换电", "Battery swap", 1,
     ["tp_station_find", "tp_battery_reserve", "tp_locker_unlock", "tp_swap"]),
    ("repair", "报修到结单", "Breakdown to fix", 10,
     ["tp_breakdown", "tp_ticket_triage", "tp_repair_booked", "tp_repair_visit", "tp_ticket_closed"]),
    ("theft", "失窃换车", "Theft replacement", 21,
     ["tp_theft_report", "tp_police_upload", "tp_replace_ok", "tp_replace_handover"]),
    ("cancellation", "退订挽留", "Cancellation & save", 30,
     ["tp_cancel_req", "tp_retention_offer", "tp_cancel_done", "tp_bike_return"]),
]

# ---------------------------------------------------------------- feedback texts
# every template of a topic carries one of that topic's markers (gold.py counts topics by markers)
TEXTS = {
    "swap_empty": {
        "zh": ["{st}换电站又没有满电电池了，白跑一趟", "换电柜全是空的，没有满电电池，耽误送单", "晚高峰去{st}换电，没有满电电池，只能推车回去",
               "连续三天换电站没电池可换，这样怎么跑单？", "电站显示有电池，到了却没电池可换"],
        "en": ["No charged batteries at {st} again, wasted a trip", "Swap station was empty, no charged battery left at lunch rush",
               "Went to {st}, no charged batteries, had to pedal the whole afternoon",
               "Third time this week the station had no charged battery", "App said batteries available, station was empty on arrival"],
    },
    "battery_range": {
        "zh": ["冬天续航太短了，一块电跑不到30公里", "电池续航掉得厉害，下午就没电了"],
        "en": ["Range is too short in winter, one battery barely does 30 km", "Battery range drops a lot when loaded"],
    },
    "id_check": {
        "zh": ["人脸识别一直失败，证件拍了五遍都不过", "实名认证卡住了，人脸识别说光线不对", "身份核验失败，安卓上相机打不开"],
        "en": ["ID verification keeps failing, took the selfie five times", "Identity check rejected my passport photo for no reason",
               "ID verification crashes the camera on my Android phone"],
    },
    "credit_decline": {
        "zh": ["信用审核没通过也不说原因，我每天都在跑单", "征信被拒，我是自由骑手没有工资流水"],
        "en": ["Credit check declined with no explanation, I ride every day", "Got declined on the credit check because I'm self-employed"],
    },
    "handover_slow": {
        "zh": ["交了押金等了快两周才提车", "预约的提车时间一改再改，交车太慢"],
        "en": ["Paid the deposit and waited almost two weeks for the handover", "Handover appointment moved three times, very slow"],
    },
    "repair_slow": {
        "zh": ["报修后师傅{d}天才上门，这几天都没法接单", "维修师傅迟迟不来，等了{d}天", "上门维修太慢了，车坏了等了{d}天"],
        "en": ["Mechanic came {d} days after I reported it, lost {d} days of work", "Waited {d} days for the repair visit, unacceptable",
               "Repair visit took forever ({d} days), I have deliveries to do"],
    },
    "brakes": {
        "zh": ["刹车异响，下坡刹不住很危险", "前刹车失灵了，载货的时候很吓人"],
        "en": ["Brakes squeal and don't bite when loaded, dangerous", "Front brake failed while carrying a full box"],
    },
    "theft": {
        "zh": ["车在店门口被偷了，锁都被剪断了", "车被偷了，换车流程太慢"],
        "en": ["Bike was stolen outside the shop, lock cut", "My bike got stolen overnight, replacement takes ages"],
    },
    "billing": {
        "zh": ["这个月月费扣了两次", "扣款失败还收了滞纳金，莫名其妙", "押金退款一直没到账"],
        "en": ["Charged twice for this month's subscription", "Payment failed and then a late fee appeared, confusing",
               "Still waiting for my deposit refund"],
    },
    "app_locker": {
        "zh": ["扫码开柜没反应，APP一直转圈", "APP闪退，开不了电池柜"],
        "en": ["App spins forever when I try to unlock the locker", "App crashes at the locker, can't get my battery"],
    },
    "cancel_hard": {
        "zh": ["退订太麻烦了，客服一直推优惠不给退", "想取消订阅，找了半天找不到入口"],
        "en": ["Cancelling is a nightmare, they keep pushing offers", "Couldn't find how to cancel in the app"],
    },
    "price": {
        "zh": ["月费有点贵，单量少的时候扛不住", "价格太高了，比买一辆车还贵"],
        "en": ["Monthly fee is too expensive for a small shop", "Price is too high compared to buying my own bike"],
    },
    "praise_bike": {
        "zh": ["车很好骑，货箱能装很多，电助力很给力", "车况很好，拉货稳，省了不少力气", "这车太能装了，一趟顶以前三趟"],
        "en": ["Love the bike, the box fits a whole day of deliveries", "Great bike, the assist makes hills easy with a full load",
               "Bike is solid and carries loads, very happy"],
    },
    "praise_staff": {
        "zh": ["交车的小哥很耐心，讲解得很清楚", "门店工作人员很专业，交车很顺利"],
        "en": ["Handover staff were friendly and explained everything", "Very smooth handover, helpful team at the hub"],
    },
    "praise_repair": {
        "zh": ["师傅当天就上门修好了，很快", "维修很及时，师傅专业"],
        "en": ["Mechanic came the same day and fixed it, great service", "Quick repair, friendly technician"],
    },
    "praise_swap": {
        "zh": ["换电很快，一分钟搞定", "换电站很方便，路线上到处都有"],
        "en": ["Battery swap takes a minute, brilliant", "Plenty of swap stations on my route, super convenient"],
    },
}
NEG_TOPICS = {"swap_empty", "battery_range", "id_check", "credit_decline", "handover_slow", "repair_slow", "brakes",
              "theft", "billing", "app_locker", "cancel_hard", "price"}


def ts_str(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rand_time(day: datetime, lo=7, hi=21) -> datetime:
    return day.replace(hour=0, minute=0, second=0) + timedelta(seconds=int(rng.integers(lo * 3600, hi * 3600)))


def later(prev: datetime, day: datetime, lo=9, hi=19) -> datetime:
    t = rand_time(day, lo, hi)
    while t <= prev:
        t += timedelta(days=1)
    return t


def pick(options, p=None):
    return options[int(rng.choice(len(options), p=p))]


def month_index(t: datetime) -> int:
    return (t.year - 2025) * 12 + t.month - 1  # 0 = Jan 2025 .. 17 = Jun 2026


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    events, orders, feedback, truth, experiments, customers = [], [], [], [], [], []
    counters = {"e": 0, "o": 0, "f": 0, "s": 0, "t": 0}

    def new_id(kind, prefix, width=6):
        counters[kind] += 1
        return f"{prefix}{counters[kind]:0{width}d}"

    def app_version(device, t):
        if device not in ("ios", "android"):
            return ""
        if t < datetime(2025, 9, 1):
            return "4.0.3"
        if t < datetime(2026, 2, 27):
            return "4.1.0"
        if t < datetime(2026, 4, 1):
            return "4.2.0"
        return "4.2.1"

    def ev(c, t, tp, action, channel=None, device=None, session=None, **extra):
        if t > END:
            return False
        ch = channel if channel is not None else c["channel_ev"]
        dev = device if device is not None else (c["phone_os"] if ch in ("app", "mini_program") else "")
        events.append(dict(event_id=new_id("e", "E", 7), customer_id=c["customer_id"], ts=ts_str(t), touchpoint_id=tp,
                           session_id=session or new_id("s", "S", 7), action=action, device=dev, channel=ch,
                           city=c["region"], app_version=app_version(dev, t) if ch == "app" else "",
                           station_id=extra.get("station_id", ""), bike_id=extra.get("bike_id", c.get("bike_id", "")),
                           ticket_id=extra.get("ticket_id", ""), issue_type=extra.get("issue_type", ""),
                           reason=extra.get("reason", ""), battery_soc=extra.get("battery_soc", ""),
                           hub=extra.get("hub", ""), variant=extra.get("variant", "")))
        return True

    def order(c, t, amount, otype, status, channel="app", billing_month="", pm=None):
        if t > END:
            return
        cur = c["currency"]
        pm = pm or (pick(["alipay", "wechat_pay", "card"], [0.45, 0.45, 0.10]) if cur == "CNY"
                    else pick(["sepa_debit", "card", "paypal"], [0.6, 0.3, 0.1]))
        orders.append(dict(order_id=new_id("o", "O", 7), customer_id=c["customer_id"], ts=ts_str(t), amount=f"{amount:.2f}",
                           status=status, channel=channel, device=c["phone_os"] if channel in ("app", "mini_program") else "",
                           currency=cur, amount_eur=f"{amount * (FX_CNY_EUR if cur == 'CNY' else 1.0):.2f}",
                           order_type=otype, plan=c["tier"] or "", city=c["region"], payment_method=pm,
                           billing_month=billing_month))

    def fb(c, t, topic, tp, channel, rating=None, nps=None, fill=None, lang=None, keep_ts=True):
        if t is not None and t > END:
            return
        if lang is None:
            lang = "zh" if c["city"] in CN else "en"
            if rng.random() < 0.06:
                lang = "en" if lang == "zh" else "zh"
        text = pick(TEXTS[topic][lang]).format(**(fill or {"st": "", "d": 3}))
        if rating is None and channel in ("app_review", "survey"):
            if topic in NEG_TOPICS:
                rating = int(rng.choice([1, 2, 3], p=[0.55, 0.35, 0.10]))
            else:
                rating = int(rng.choice([3, 4, 5], p=[0.08, 0.32, 0.60]))
        if channel == "survey" and nps is None:
            nps = int(rng.choice(range(0, 7))) if topic in NEG_TOPICS else int(rng.choice([7, 8, 9, 10], p=[.15, .2, .3, .35]))
        fid = new_id("f", "F", 6)
        no_ts = (not keep_ts) or (channel in ("app_review", "social") and rng.random() < 0.12)
        feedback.append(dict(feedback_id=fid, text=text, ts="" if (no_ts or t is None) else ts_str(t),
                             customer_id=c["customer_id"] if channel != "social" else "", touchpoint_id=tp,
                             channel=channel, rating="" if rating is None else rating, nps="" if nps is None else nps,
                             language=lang, city=c["region"], plan=c["tier"] or "",
                             app_version=app_version(c["phone_os"], t) if (t and channel == "app_review") else ""))
        truth.append(dict(feedback_id=fid, topic=topic, month=t.strftime("%Y-%m") if t else ""))

    # ------------------------------------------------------------ customers and their lives
    n_cust = 3400
    month_w = np.array([0.7 + 0.06 * m for m in range(18)])
    month_w[[5, 6, 7, 16, 17]] *= 1.15  # spring / summer sign-up peaks
    month_w /= month_w.sum()
    codes = list(CITIES)
    cw = np.array([CITIES[k][4] for k in codes])
    for i in range(n_cust):
        city = codes[int(rng.choice(len(codes), p=cw / cw.sum()))]
        region, city_zh, country, cur, _, hubs, n_st = CITIES[city]
        m = int(rng.choice(18, p=month_w))
        y, mo = 2025 + m // 12, m % 12 + 1
        day = datetime(y, mo, 1) + timedelta(days=int(rng.integers(0, 28)))
        signup = rand_time(day, 7, 23)
        segment = pick(["freelance_courier", "fleet_courier", "small_shop"], [0.45, 0.20, 0.35])
        if segment == "small_shop":
            acq = pick(["search_ads", "social_ads", "referral", "partner_platform", "organic", "hub_walk_in"],
                       [0.30, 0.18, 0.15, 0.05, 0.22, 0.10])
            btype = pick(["bakery", "florist", "grocer", "pharmacy", "coffee_roaster", "print_shop"],
                         [0.25, 0.18, 0.22, 0.12, 0.13, 0.10])
            fleet = 1
        else:
            acq = pick(["search_ads", "social_ads", "referral", "partner_platform", "organic", "hub_walk_in"],
                       [0.15, 0.25, 0.20, 0.28, 0.08, 0.04])
            btype = "courier"
            fleet = int(rng.integers(3, 25)) if segment == "fleet_courier" else 1
        if city in CN:
            channel = pick(["mini_program", "app", "web"], [0.50, 0.45, 0.05])
            phone_os = pick(["ios", "android"], [0.40, 0.60])
        else:
            channel = pick(["app", "web"], [0.78, 0.22])
            phone_os = pick(["ios", "android"], [0.50, 0.50])
        signup_device = "pc" if channel == "web" else phone_os
        c = dict(customer_id=f"C{i + 1:05d}", signup_at=ts_str(signup), segment=segment, region=region,
                 acquisition_channel=acq, tier="", city=city, city_zh=city_zh, country=country, currency=cur,
                 business_type=btype, fleet_size=fleet, signup_channel=channel, signup_device=signup_device,
                 phone_os=phone_os, channel_ev=channel if channel != "web" else "app",
                 preferred_language="zh" if city in CN else pick(["en", {"AMS": "nl", "BER": "de", "MIL": "it"}[city]], [0.35, 0.65]),
                 age_band=pick(["18-24", "25-34", "35-44", "45+"], [0.25, 0.42, 0.22, 0.11]),
                 credit_band="", home_hub=pick(hubs), bike_model="", monthly_fee="", status="applicant",
                 marketing_opt_in=bool(rng.random() < 0.55), referral_code=f"MM{int(rng.integers(10000, 99999))}"
                 if rng.random() < 0.3 else "")
        customers.append(c)
        sch = channel if channel != "web" else "web"
        sdev = signup_device
        # ---------- onboarding
        if rng.random() < 0.55:
            ev(c, signup - timedelta(minutes=int(rng.integers(3, 90))), "tp_pricing", "view", channel="web" if sch == "web" else sch,
               device=sdev)
        ev(c, signup, "tp_signup", "submit", channel=sch, device=sdev)
        t = signup + timedelta(hours=float(rng.exponential(20)))
        if rng.random() > 0.86:
            c["status"] = "abandoned"
            continue
        ev(c, t, "tp_id_submit", "submit", channel=sch, device=sdev)
        # planted 1: Android ID-verification camera bug (vendor SDK), 27 Feb .. 31 Mar 2026
        bug = sdev == "android" and datetime(2026, 2, 27) <= t < datetime(2026, 4, 1)
        p_ok = 0.50 if bug else 0.91
        passed = rng.random() < p_ok
        t += timedelta(minutes=float(rng.exponential(90)) + 2)
        if not passed:
            ev(c, t, "tp_id_reject", "fail", channel=sch, device=sdev,
               reason=pick(["camera_error", "face_mismatch", "blurry_document"], [0.8, 0.1, 0.1]) if bug
               else pick(["blurry_document", "face_mismatch", "expired_document", "camera_error"], [0.45, 0.25, 0.2, 0.1]))
            if rng.random() < 0.35:
                fb(c, t + timedelta(hours=float(rng.uniform(0.2, 30))), "id_check", "tp_id_submit",
                   pick(["app_review", "ticket"], [0.6, 0.4]))
            if rng.random() < (0.30 if bug else 0.45):  # retry
                t += timedelta(days=float(rng.uniform(0.5, 6)))
                ev(c, t, "tp_id_submit", "submit", channel=sch, device=sdev)
                t += timedelta(minutes=float(rng.exponential(60)) + 2)
                if rng.random() < (0.6 if sdev == "android" and t < datetime(2026, 4, 1) and t >= datetime(2026, 2, 27) else 0.9):
                    ev(c, t, "tp_id_ok", "success", channel=sch, device=sdev)
                else:
                    ev(c, t, "tp_id_reject", "fail", channel=sch, device=sdev, reason="camera_error" if sdev == "android" else "face_mismatch")
                    c["status"] = "rejected_id"
                    continue
            else:
                c["status"] = "rejected_id"
                continue
        else:
            ev(c, t, "tp_id_ok", "success", channel=sch, device=sdev)
        # planted 2: freelance couriers fail the credit check far more often
        p_credit = {"freelance_courier": 0.56, "fleet_courier": 0.90, "small_shop": 0.87}[segment]
        if acq == "social_ads":
            p_credit -= 0.05
        t += timedelta(hours=float(rng.exponential(10)) + 0.1)
        band = pick(["A", "B", "C", "D", "E"], [0.2, 0.3, 0.25, 0.15, 0.1])
        c["credit_band"] = band
        if rng.random() > p_credit:
            c["credit_band"] = pick(["D", "E"])
            ev(c, t, "tp_credit_decline", "fail", channel=sch, device=sdev,
               reason=pick(["no_income_proof", "thin_file", "negative_record"], [0.5, 0.3, 0.2]))
            if rng.random() < 0.22:
                fb(c, t + timedelta(hours=float(rng.uniform(1, 48))), "credit_decline", "tp_credit_ok",
                   pick(["app_review", "ticket", "call_note"], [0.4, 0.3, 0.3]))
            c["status"] = "credit_declined"
            continue
        ev(c, t, "tp_credit_ok", "success", channel=sch, device=sdev)
        if rng.random() > 0.90:
            c["status"] = "abandoned"
            continue
        tier = pick(["basic", "plus", "pro"], [0.5, 0.35, 0.15] if segment != "fleet_courier" else [0.15, 0.35, 0.5])
        c["tier"], c["bike_model"], c["monthly_fee"] = tier, BIKE[tier], FEE[cur][tier]
        t += timedelta(hours=float(rng.exponential(30)) + 0.2)
        ev(c, t, "tp_contract", "submit", channel=sch, device=sdev)
        if rng.random() > 0.95:
            c["status"] = "abandoned"
            continue
        t += timedelta(hours=float(rng.exponential(8)) + 0.05)
        ev(c, t, "tp_deposit", "success", channel=sch, device=sdev)
        order(c, t, DEPOSIT[cur], "deposit", "paid", channel=sch)
        dep_idx = len(orders) - 1
        c["deposit_order"] = orders[dep_idx]
        if rng.random() > 0.95:
            c["status"] = "abandoned"
            orders[dep_idx]["status"] = "refunded"
            continue
        wait = float(rng.gamma(2.0, 2.2 if city != "CTU" else 3.5)) + 0.5
        if rng.random() < 0.03:
            wait += float(rng.uniform(25, 40))
        t = later(t, t + timedelta(days=wait), 9, 19)
        hub = c["home_hub"]
        c["bike_id"] = f"B{city}{i + 1:05d}"
        if not ev(c, t, "tp_handover", "success", channel="store", device="", hub=hub):
            c["status"] = "awaiting_handover"
            continue
        c["status"] = "active"
        c["handover_at"] = t
        if rng.random() < 0.32:
            topic = ("handover_slow" if wait > 9 else
                     pick(["praise_staff", "praise_bike", "price"], [0.5, 0.35, 0.15]))
            fb(c, t + timedelta(days=float(rng.uniform(1, 5))), topic, "tp_handover", "survey")
        # ---------- subscription months
        life(c, t, ev, order, fb, experiments)
    # ------------------------------------------------------------ loose app reviews / social posts
    subs = [c for c in customers if "handover_at" in c]
    for c in [subs[int(k)] for k in rng.choice(len(subs), 420, replace=False)]:
        day = START + timedelta(days=int(rng.integers(0, 546)))
        t = rand_time(day)
        if t < c["handover_at"]:
            t = c["handover_at"] + timedelta(days=int(rng.integers(1, 60)))
        topic = pick(["praise_bike", "app_locker", "price", "battery_range", "praise_swap", "cancel_hard"],
                     [0.3, 0.2, 0.15, 0.15, 0.12, 0.08])
        tp = {"praise_bike": "tp_review", "app_locker": "tp_locker_unlock", "price": "tp_pricing",
              "battery_range": "tp_swap", "praise_swap": "tp_swap", "cancel_hard": "tp_cancel_req"}[topic]
        fb(c, t, topic, tp if rng.random() < 0.8 else "", pick(["app_review", "social"], [0.7, 0.3]))

    write(out, customers, events, orders, feedback, truth, experiments)


def life(c, start, ev, order, fb, experiments):
    """Monthly subscription after handover: payments, swaps, breakdowns, theft, pauses, cancellation."""
    city, cur, tier = c["city"], c["currency"], c["tier"]
    t = start
    k = 0
    paused_until = None
    stations = CITIES[city][6]
    while True:
        bill = t
        if bill > END:
            break
        bm = bill.strftime("%Y-%m")
        if paused_until is not None and bill < paused_until:
            if not c.get("free_pause"):
                order(c, rand_time(bill, 3, 6), PAUSE_FEE[cur], "pause_fee", "paid", billing_month=bm)
            nxt = bill + timedelta(days=30)
            if nxt >= paused_until:
                ev(c, later(nxt - timedelta(days=1), paused_until, 7, 22), "tp_resume", "submit")
                paused_until = None
                c["free_pause"] = False
                c["status"] = "active"
            t = nxt
            continue
        fee = FEE[cur][tier] * (0.7 if c.get("discount_left", 0) > 0 else 1.0)
        if c.get("discount_left", 0) > 0:
            c["discount_left"] -= 1
        bt = rand_time(bill, 3, 6)
        if k > 0 and rng.random() < 0.045:
            order(c, bt, fee, "monthly_fee", "failed", billing_month=bm)
            ev(c, bt + timedelta(minutes=5), "tp_payment_fail", "fail", channel="email", device="",
               reason=pick(["insufficient_funds", "card_expired", "bank_declined"], [0.6, 0.25, 0.15]))
            if rng.random() < 0.3:
                fb(c, bt + timedelta(days=1), "billing", "tp_payment_fail", pick(["ticket", "call_note", "app_review"]))
            order(c, bt + timedelta(days=3), fee, "monthly_fee", "paid", billing_month=bm)
        else:
            order(c, bt, fee, "monthly_fee", "paid", billing_month=bm)
            if rng.random() < 0.004:
                order(c, bt + timedelta(minutes=1), fee, "monthly_fee", "refunded", billing_month=bm)  # double charge
                fb(c, bt + timedelta(days=1), "billing", "tp_support_call", "call_note")
        k += 1
        month_end = min(bill + timedelta(days=30), END)
        mi = month_index(bill)
        # ---------- battery swaps (app-reserved)
        lam = {"freelance_courier": 1.8, "fleet_courier": 2.2, "small_shop": 0.8}[c["segment"]]
        for _ in range(int(rng.poisson(lam))):
            st = bill + timedelta(seconds=int(rng.integers(0, 30 * 86400)))
            st = rand_time(st, 7, 22)
            if st > END:
                continue
            sess = None
            station = f"{city}-S{int(rng.integers(1, stations + 1)):02d}"
            ev(c, st, "tp_station_find", "view", session=(sess := f"W{int(rng.integers(1e8)):08d}"), station_id=station)
            if rng.random() > 0.90:
                continue
            # planted 3: stations run out of charged batteries more and more (Shanghai worst)
            p_empty = 0.02 + 0.011 * mi
            if city == "SHA":
                p_empty *= 1.7
            elif city == "AMS":
                p_empty *= 1.2
            rt = st + timedelta(minutes=float(rng.uniform(0.5, 6)))
            if rng.random() < p_empty:
                ev(c, rt, "tp_swap_fail", "fail", session=sess, station_id=station, reason="no_charged_battery")
                if rng.random() < 0.16:
                    fb(c, rt + timedelta(minutes=float(rng.uniform(5, 300))), "swap_empty", "tp_swap",
                       pick(["app_review", "ticket", "social"], [0.5, 0.3, 0.2]), fill={"st": station, "d": 0})
                continue
            ev(c, rt, "tp_battery_reserve", "submit", session=sess, station_id=station)
            ut = rt + timedelta(minutes=float(rng.uniform(4, 40)))
            if rng.random() > 0.94:
                ev(c, ut, "tp_swap_fail", "fail", session=sess, station_id=station, channel="other", device="",
                   reason=pick(["locker_error", "app_timeout"], [0.6, 0.4]))
                if rng.random() < 0.10:
                    fb(c, ut + timedelta(minutes=10), "app_locker", "tp_locker_unlock", pick(["app_review", "ticket"]))
                continue
            ev(c, ut, "tp_locker_unlock", "success", session=sess, station_id=station, channel="other", device="")
            ev(c, ut + timedelta(seconds=int(rng.integers(40, 240))), "tp_swap", "success", session=sess,
               station_id=station, channel="other", device="", battery_soc=int(rng.integers(3, 35)))
            if rng.random() < 0.006:
                fb(c, ut + timedelta(hours=1), pick(["praise_swap", "battery_range"]), "tp_swap", "app_review")
        # ---------- breakdowns
        if rng.random() < 0.085:
            bt0 = rand_time(bill + timedelta(days=int(rng.integers(0, 30))), 7, 21)
            tid = f"T{int(rng.integers(1e7)):07d}"
            issue = pick(["brakes", "tyre_puncture", "chain_drivetrain", "motor", "battery_charging", "display"],
                         [0.26, 0.20, 0.18, 0.14, 0.13, 0.09])
            via = pick(["app", "phone"], [0.7, 0.3])
            ok = ev(c, bt0, "tp_breakdown", "submit", channel="app" if via == "app" else "phone",
                    device=None if via == "app" else "", ticket_id=tid, issue_type=issue)
            if ok and issue == "brakes" and rng.random() < 0.3:
                fb(c, bt0 + timedelta(minutes=20), "brakes", "tp_breakdown", "ticket")
            if ok and rng.random() < 0.97:
                tt = bt0 + timedelta(hours=float(rng.exponential(3)) + 0.1)
                ev(c, tt, "tp_ticket_triage", "success", channel="phone", device="", ticket_id=tid, issue_type=issue)
                if rng.random() < 0.92:
                    rb = tt + timedelta(hours=float(rng.exponential(5)) + 0.2)
                    ev(c, rb, "tp_repair_booked", "submit", ticket_id=tid, issue_type=issue)
                    # planted 5: Chengdu has too few field technicians, visits come late
                    d = float(rng.gamma(2.0, 2.6)) + 1.0 if city == "CTU" else float(rng.gamma(1.6, 0.9)) + 0.2
                    vt = later(rb, rb + timedelta(days=d), 8, 19)
                    if rng.random() < 0.95 and ev(c, vt, "tp_repair_visit", "success", channel="other", device="",
                                                   ticket_id=tid, issue_type=issue):
                        if rng.random() < 0.14:
                            order(c, vt, float(rng.choice([20, 35, 60, 120])) * (7.8 if cur == "CNY" else 1),
                                  "repair_charge", "paid")
                        ct = vt + timedelta(hours=float(rng.exponential(6)) + 0.5)
                        if rng.random() < 0.96:
                            ev(c, ct, "tp_ticket_closed", "success", ticket_id=tid, issue_type=issue)
                            if rng.random() < 0.28:
                                days = (vt - bt0).days
                                topic = "repair_slow" if days >= 4 else "praise_repair"
                                fb(c, ct + timedelta(hours=3), topic, "tp_repair_visit", "survey",
                                   fill={"st": "", "d": max(days, 4)})
        # ---------- theft
        p_theft = {"AMS": 0.022, "MIL": 0.014, "BER": 0.008, "SHA": 0.004, "CTU": 0.003}[city]
        if rng.random() < p_theft:
            tt = rand_time(bill + timedelta(days=int(rng.integers(0, 30))), 6, 23)
            if ev(c, tt, "tp_theft_report", "submit", reason=pick(["lock_cut", "taken_unlocked", "break_in"], [0.6, 0.25, 0.15])):
                if rng.random() < 0.55:
                    fb(c, tt + timedelta(hours=2), "theft", "tp_theft_report", pick(["call_note", "ticket"]))
                if rng.random() < 0.84:
                    pt = tt + timedelta(days=float(rng.uniform(0.2, 5)))
                    ev(c, pt, "tp_police_upload", "submit")
                    if rng.random() < 0.9:
                        at = pt + timedelta(days=float(rng.uniform(0.5, 4)))
                        ev(c, at, "tp_replace_ok", "success", channel="phone", device="")
                        if tier != "pro":
                            order(c, at, THEFT_EXCESS[cur], "theft_excess", "paid")
                        if rng.random() < 0.92:
                            c["bike_id"] = c["bike_id"] + "R"
                            ev(c, rand_time(at + timedelta(days=float(rng.uniform(1, 12))), 9, 19),
                               "tp_replace_handover", "success", channel="store", device="", hub=c["home_hub"])
        # ---------- support calls
        if rng.random() < 0.05:
            ev(c, rand_time(bill + timedelta(days=int(rng.integers(0, 30)))), "tp_support_call", "call", channel="phone",
               device="", reason=pick(["billing", "swap", "repair", "plan_change", "other"]))
        # ---------- pause / cancel decisions at the end of the month
        nxt = bill + timedelta(days=30)
        if nxt > END:
            break
        hz_cancel = {"basic": 0.045, "plus": 0.035, "pro": 0.025}[tier] * (1.3 if c["segment"] == "small_shop" else 1.0)
        r = rng.random()
        if r < 0.028:
            pt = later(nxt, nxt, 7, 22)
            ev(c, pt, "tp_pause", "submit", reason=pick(["holiday", "injury", "low_season", "other"], [0.4, 0.15, 0.35, 0.1]))
            paused_until = nxt + timedelta(days=30 * int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15])))
            c["status"] = "paused"
            t = nxt
            continue
        if r < 0.028 + hz_cancel:
            ct = later(nxt, nxt + timedelta(days=int(rng.integers(0, 4))), 7, 22)
            if not ev(c, ct, "tp_cancel_req", "submit", reason=pick(["price", "moving_away", "not_enough_work",
                                                                    "bought_own_bike", "service_issues"],
                                                                   [0.3, 0.15, 0.25, 0.15, 0.15])):
                break
            if rng.random() < 0.25:
                fb(c, ct + timedelta(hours=1), pick(["price", "cancel_hard"], [0.6, 0.4]), "tp_cancel_req", "call_note")
            # planted 4: retention experiment from 1 Oct 2025
            ot = ct + timedelta(minutes=float(rng.uniform(1, 20)))
            if ct >= datetime(2025, 10, 1):
                variant = c.get("exp_variant")
                if variant is None:  # sticky assignment: a customer keeps the first variant drawn
                    variant = c["exp_variant"] = pick(["discount_30", "free_pause"])
                    experiments.append(dict(experiment_id="exp_retention_offer", variant=variant,
                                            customer_id=c["customer_id"], assigned_at=ts_str(ot)))
                p_save = 0.36 if variant == "discount_30" else 0.21
            else:
                variant, p_save = "discount_1m", 0.20
            ev(c, ot, "tp_retention_offer", "view", variant=variant)
            if rng.random() < p_save:
                if variant == "free_pause":
                    ev(c, ot + timedelta(minutes=2), "tp_pause", "submit", reason="retention_offer")
                    paused_until = nxt + timedelta(days=60)
                    c["status"] = "paused"
                    c["free_pause"] = True
                else:
                    c["discount_left"] = 3 if variant == "discount_30" else 1
                t = nxt
                continue
            dt = ot + timedelta(days=float(rng.uniform(0, 3)))
            ev(c, dt, "tp_cancel_done", "success")
            c["status"] = "cancelled"
            if rng.random() < 0.94:
                rt = rand_time(dt + timedelta(days=float(rng.uniform(1, 14))), 9, 19)
                if ev(c, rt, "tp_bike_return", "success", channel="store", device="", hub=c["home_hub"]):
                    c["deposit_order"]["status"] = "refunded"  # deposit paid back after the bike is returned
            break
        t = nxt


def write(out, customers, events, orders, feedback, truth, experiments):
    def dump(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)

    tps = [dict(zip(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], r))
           for r in TOUCHPOINTS]
    dump("touchpoints", tps, list(tps[0]))
    jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1, touchpoint_id=tp,
               window_days=w) for j, zh, en, w, steps in JOURNEYS for k, tp in enumerate(steps)]
    dump("journeys", jr, list(jr[0]))
    dump("customers", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                  "city_zh", "country", "currency", "business_type", "fleet_size", "signup_channel",
                                  "signup_device", "phone_os", "preferred_language", "age_band", "credit_band",
                                  "home_hub", "bike_model", "monthly_fee", "status", "marketing_opt_in", "referral_code"])
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    dump("events", events, list(events[0]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    dump("orders", orders, list(orders[0]))
    dump("feedback", feedback, list(feedback[0]))
    dump("experiments", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["feedback_id", "topic", "month"])
        w.writeheader()
        w.writerows(truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
