"""SwapGo 闪换: e-scooter battery-swap subscriptions for delivery riders, five cities, 2025-01-01 .. 2026-08-31.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
N = 1300
D = timedelta
H = timedelta(hours=1)
HEAT_FROM, HEAT_TO = datetime(2026, 7, 13), datetime(2026, 7, 27)   # heat wave (Mon 13 .. Sun 26 July 2026)
LITE_CUT = datetime(2026, 3, 1)          # Lite plan quota cut from 40 to 30 swaps / 30 days, same price

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告/地推触达", "Ad / street promotion", "awareness", "ads", "digital", "marketing",
     "广告|地推|抖音广告|传单|ad|ads|street promo|flyer"),
    ("tp_app_install", "下载注册App", "App install & sign-up", "awareness", "app", "digital", "growth",
     "下载|注册|装App|开户|install|sign up|signup|registration|download"),
    ("tp_plan_page", "查看套餐", "Plan page", "consideration", "app", "digital", "product",
     "套餐页|看套餐|价格页|plan page|pricing page|plans"),
    ("tp_cabinet_map", "电柜地图", "Cabinet map", "consideration", "app", "digital", "product",
     "找柜子|附近电柜|地图|换电柜地图|cabinet map|find a cabinet|station map|nearby cabinets"),
    ("tp_verify_submit", "提交实名认证", "ID verification submitted", "purchase", "app", "digital", "risk",
     "实名|实名认证|身份认证|上传身份证|人脸识别|KYC|ID check|identity verification|verify ID"),
    ("tp_verify_reject", "实名认证驳回", "Verification rejected", "purchase", "app", "digital", "risk",
     "认证失败|认证驳回|审核不通过|verification rejected|KYC failed|ID rejected"),
    ("tp_verify_pass", "实名认证通过", "Verification approved", "purchase", "app", "digital", "risk",
     "认证通过|审核通过|verification approved|KYC passed|ID approved"),
    ("tp_deposit_pay", "缴纳押金", "Deposit payment", "purchase", "app", "digital", "finance",
     "押金|交押金|付押金|电池押金|deposit|pay deposit|battery deposit"),
    ("tp_plan_buy", "购买套餐", "Plan purchase", "purchase", "app", "digital", "product",
     "买套餐|开通套餐|办月卡|开卡|buy plan|subscribe|plan purchase|monthly pass"),
    ("tp_swap_success", "换电成功", "Battery swap", "service", "store", "physical", "operations",
     "换电|换电池|扫码换电|领电|首次换电|swap|battery swap|swap battery|first swap"),
    ("tp_swap_fail", "换电失败（电柜故障）", "Swap failed (cabinet fault)", "service", "store", "physical",
     "operations", "换电失败|柜子故障|电柜故障|柜门打不开|仓门|swap failed|cabinet fault|cabinet error|door stuck"),
    ("tp_battery_fault", "电池故障报修", "Battery fault report", "service", "app", "digital", "operations",
     "电池故障|电池坏了|掉电快|鼓包|高温保护|battery fault|battery problem|bad battery|battery error"),
    ("tp_support_ticket", "客服工单", "Support ticket", "service", "phone", "digital", "customer_service",
     "客服|工单|投诉|人工客服|support|ticket|complaint|customer service|hotline"),
    ("tp_renew_reminder", "套餐到期提醒", "Plan expiry reminder", "loyalty", "app", "digital", "product",
     "到期提醒|续费提醒|套餐到期|expiry reminder|renewal reminder|plan expiring"),
    ("tp_renew", "套餐续费", "Plan renewal", "loyalty", "app", "digital", "product",
     "续费|续卡|续套餐|续月卡|renew|renewal|plan renewal|extend plan"),
    ("tp_referral_invite", "邀请好友", "Refer a friend", "loyalty", "social", "digital", "growth",
     "邀请|推荐好友|拉新|老带新|referral|invite|refer a friend|invite code"),
    ("tp_refund_apply", "申请退押金", "Deposit refund request", "service", "app", "digital", "finance",
     "退押金|申请退款|退租|deposit refund request|refund request|cancel subscription"),
    ("tp_battery_return", "归还电池", "Battery return", "service", "store", "physical", "operations",
     "还电池|归还电池|退电池|return battery|battery return|hand back battery"),
    ("tp_deposit_refund", "押金退还到账", "Deposit refunded", "service", "app", "digital", "finance",
     "押金到账|退款到账|押金已退|deposit refunded|refund received|deposit returned"),
]
JOURNEYS = [
    ("onboarding", "新骑手开通", "New rider onboarding", 14,
     ["tp_app_install", "tp_verify_submit", "tp_verify_pass", "tp_deposit_pay", "tp_plan_buy", "tp_swap_success"]),
    ("renewal", "套餐续费", "Plan renewal", 7, ["tp_renew_reminder", "tp_renew"]),
    ("deposit_refund", "退押金", "Deposit refund", 14, ["tp_refund_apply", "tp_battery_return", "tp_deposit_refund"]),
]
# city zh, city en, code, share, region, districts
CITIES = [
    ("深圳", "Shenzhen", "SZ", 0.28, "华南", ["南山区", "福田区", "宝安区", "龙岗区"]),
    ("广州", "Guangzhou", "GZ", 0.22, "华南", ["天河区", "海珠区", "白云区", "番禺区"]),
    ("杭州", "Hangzhou", "HZ", 0.20, "华东", ["西湖区", "拱墅区", "滨江区", "余杭区"]),
    ("成都", "Chengdu", "CD", 0.16, "西南", ["武侯区", "锦江区", "高新区", "成华区"]),
    ("武汉", "Wuhan", "WH", 0.14, "华中", ["洪山区", "江汉区", "武昌区", "汉阳区"]),
]
RIDER_TYPES = [("dedicated", "专送骑手", 0.45, 0.80), ("crowdsource", "众包骑手", 0.40, 0.32),
               ("courier", "快递员", 0.15, 0.52)]          # en, zh, share, swaps per active day
CHANNELS = [("ground_promo", 0.30), ("referral", 0.22), ("platform_partner", 0.20), ("app_store", 0.15),
            ("douyin_ads", 0.13)]
PLATFORMS = [("meituan", 0.45), ("eleme", 0.30), ("sf_express", 0.10), ("dada", 0.08), ("other", 0.07)]
PLANS = {"unlimited": ("畅换月卡", 319.0), "standard": ("标准月卡", 229.0), "lite": ("轻享月卡", 149.0)}
PLAN_PICK = {"dedicated": [0.50, 0.38, 0.12], "crowdsource": [0.10, 0.38, 0.52], "courier": [0.25, 0.50, 0.25]}
MODELS = {"SG-12": (0.025, 41.0), "SG-16": (0.115, 47.0), "SG-20": (0.015, 29.0)}   # fail rate, median seconds
BAD_CABINET = "SZ-C03"                    # an SG-16 in 南山区 that fails even more
CAB_CODES = {"SG-16": [0.70, 0.14, 0.10, 0.06], "other": [0.22, 0.36, 0.27, 0.15]}
FAULT_CODES = ["E01", "E02", "E03", "E04"]   # door did not open, battery not detected, offline, slot over-temp
BAT_CODES = ["B01", "B02", "B03", "B07"]     # fast drain, swelling, BMS comms, over-temperature protection

TEXT = {
    "cabinet_fault": (
        ["{cab}柜门打不开，扫了好几次都没反应", "仓门卡住了，电池放进去不识别，耽误我送单", "换电柜又坏了，显示故障，只能跑去别的柜子",
         "{cab}这个柜子天天出故障，能不能派人修一下", "扫码后仓门没弹开，等了半天单子超时被罚", "柜子报错E01，门就是不开，急死了"],
        ["Cabinet door at {cab} wouldn't open, tried three times", "Slot door stuck and the cabinet didn't detect my battery",
         "The swap cabinet is broken again, had to ride to another one", "Cabinet showed an error code and never opened the slot"]),
    "battery_fault": (
        ["新换的电池掉电特别快，跑不了几单就没电了", "电池有点鼓包，不敢用了，赶紧报修", "电池电量显示不准，一下从50%跳到10%",
         "电池报BMS故障，车直接骑不动了", "这块电池续航太差，半天就得再换"],
        ["The new battery drains really fast, barely lasts two hours", "Battery looks swollen, I'm scared to ride with it",
         "Battery level jumps from 50% to 10% all of a sudden", "Got a BMS error on the battery, scooter wouldn't move"]),
    "heat": (
        ["天太热了，电池发烫还报高温保护，车骑一半就断电", "高温天换电的人太多，柜子里都没有满电的电池", "这几天热得不行，一天要换四五次电",
         "四十度的天电池根本扛不住，掉电飞快"],
        ["Battery overheated in this heat and cut out mid-delivery", "Heat wave: every cabinet near me was out of full batteries",
         "So hot this week the battery triggers over-temperature protection"]),
    "verification_slow": (
        ["实名认证审核了两三天还没通过，耽误上岗", "身份认证太慢了，提交完等了好久才通过", "实名认证一直显示审核中，客服也说不清",
         "认证审核要两天，交完押金又等了一天才领到电池"],
        ["ID verification took almost three days to get approved", "Stuck on 'verification under review' for days",
         "Verification is way too slow, I lost two days of work"]),
    "refund_slow": (
        ["退押金申请一周了还没到账", "电池都还了，押金迟迟不退", "押金退款太慢了，客服只会让等", "退押金流程太麻烦，还要跑到柜子还电池"],
        ["Applied for my deposit refund a week ago, still nothing", "Returned the battery but the deposit hasn't come back",
         "Deposit refund is painfully slow"]),
    "plan_cap": (
        ["轻享卡次数改成30次根本不够用，不续了", "轻享月卡缩水了，价格不变次数变少", "套餐次数不够，月底就用完了，不想续费了",
         "轻享卡越来越不划算，考虑换别家"],
        ["Lite plan cut to 30 swaps, not enough for me, won't renew", "The Lite plan got worse for the same price",
         "Ran out of swaps before the month ended, not renewing"]),
    "price": (
        ["畅换月卡太贵了，三百多一个月", "押金太高了，800块对我们跑众包的不是小数", "价格能不能便宜点，跑单本来就挣得少"],
        ["Deposit is too high for a part-time rider", "The unlimited plan is too expensive", "Please make the plans cheaper"]),
    "positive": (
        ["换电很快，十几秒就搞定，不耽误送单", "柜子到处都有，很方便", "客服态度好，问题处理得很快", "比自己充电省心多了，推荐给同事了",
         "电池很耐用，一块能跑大半天", "换电顺畅，好评"],
        ["Swapping takes seconds, super convenient", "Cabinets everywhere, never run out of power",
         "Great service, much better than charging at home", "Smooth swap, thumbs up"]),
    "neutral": (["还行吧", "一般，没什么特别的", "正常换电，没问题"], ["It's ok", "Average, nothing special", "Normal swap"]),
}
TOPIC_TP = {"cabinet_fault": "tp_swap_fail", "battery_fault": "tp_battery_fault", "heat": "tp_battery_fault",
            "verification_slow": "tp_verify_submit", "refund_slow": "tp_deposit_refund", "plan_cap": "tp_renew",
            "price": "tp_plan_page", "positive": "tp_swap_success", "neutral": "tp_swap_success"}
NEG_TOPICS = {"cabinet_fault", "battery_fault", "heat", "verification_slow", "refund_slow", "plan_cap", "price"}


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def pick(pairs):
        vals, w = zip(*pairs)
        w = np.array(w, float)
        return vals[int(rng.choice(len(vals), p=w / w.sum()))]

    def logn(median, sigma):
        return float(median * np.exp(rng.normal(0, sigma)))

    # ---- cabinets: 8 per city
    cabinets = {}     # city zh -> list of (cabinet_id, model, district)
    for cz, ce, code, _, _, dists in CITIES:
        models = ["SG-16", "SG-16"] + [str(m) for m in rng.choice(["SG-12", "SG-16", "SG-20"], 6, p=[0.4, 0.2, 0.4])]
        rng.shuffle(models)
        lst = []
        for k in range(8):
            cid = f"{code}-C{k + 1:02d}"
            model = "SG-16" if cid == BAD_CABINET else models[k]
            if cid == BAD_CABINET:
                dist = "南山区"
            else:
                dist = dists[k % 4]
            lst.append((cid, model, dist))
        cabinets[cz] = lst
    city_en = {c[0]: c[1] for c in CITIES}

    events, orders, feedback, truth = [], [], [], []
    ev_no = [0]
    ord_no = [0]

    def ev(cust, t, tp, action, **kw):
        if t > END:                          # the data stops at END
            return {}
        ev_no[0] += 1
        row = dict(event_id=f"E{ev_no[0]:07d}", customer_id=cust["id"], ts=fmt(t), touchpoint_id=tp, action=action,
                   device=cust["device"], channel=kw.pop("channel", "app"), city=city_en[cust["city"]],
                   城市=cust["city"])
        row.update(kw)
        events.append(row)
        return row

    def order(cust, t, kind, amount, status="paid", plan=None, **kw):
        ord_no[0] += 1
        row = dict(order_id=f"O{ord_no[0]:06d}", customer_id=cust["id"], ts=fmt(t), amount=f"{amount:.2f}",
                   status=status, channel="app", device=cust["device"], order_type=kind,
                   plan=plan or "", 套餐=PLANS[plan][0] if plan else "", city=city_en[cust["city"]], 城市=cust["city"],
                   payment_method=cust["pay"], refunded_at="")
        row.update(kw)
        orders.append(row)
        return row

    fb_no = [0]

    def fb(cust, t, topic, channel, tp=None, rating=None, nps=None, **fmtkw):
        if t is not None and t > END:
            return
        fb_no[0] += 1
        zh, en = TEXT[topic]
        lang = cust["lang"]
        pool = en if lang == "en" else zh
        text = pool[int(rng.integers(len(pool)))].format(**{"cab": fmtkw.get("cab", "这个柜子" if lang == "zh" else
                                                                             "this cabinet")})
        if topic in NEG_TOPICS:
            sent = "negative"
            if rating is None and channel in ("post_swap", "app_review"):
                rating = int(rng.choice([1, 2, 3], p=[0.55, 0.38, 0.07]))
        elif topic == "positive":
            sent = "positive"
            if rating is None and channel in ("post_swap", "app_review"):
                rating = int(rng.choice([4, 5], p=[0.3, 0.7]))
        else:
            sent = "neutral"
            if rating is None and channel in ("post_swap", "app_review"):
                rating = int(rng.choice([3, 4], p=[0.7, 0.3]))
        fid = f"F{fb_no[0]:05d}"
        feedback.append(dict(feedback_id=fid, text=text, ts=fmt(t) if t is not None else "", customer_id=cust["id"],
                             touchpoint_id=tp or TOPIC_TP[topic], channel=channel,
                             rating="" if rating is None else rating, nps="" if nps is None else nps,
                             city=city_en[cust["city"]], 城市=cust["city"], cabinet_id=fmtkw.get("cab_id", ""),
                             plan=cust.get("plan") or "", 套餐=PLANS[cust["plan"]][0] if cust.get("plan") else ""))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=sent, language=lang))

    # ---- signup dates with growth (weight 1 → 2.6 over the period), fewer at Spring Festival
    days = (END.date() - START.date()).days + 1
    w = np.linspace(1.0, 2.6, days)
    for sf in (datetime(2025, 1, 29), datetime(2026, 2, 17)):
        k = (sf - START).days
        w[max(0, k - 7):k + 8] *= 0.35
    sign_days = np.sort(rng.choice(days, N, p=w / w.sum()))

    customers = []
    all_ids = []
    for i in range(N):
        cz, ce, code, _, region, dists = CITIES[int(rng.choice(5, p=[c[3] for c in CITIES]))]
        rt = RIDER_TYPES[int(rng.choice(3, p=[r[2] for r in RIDER_TYPES]))]
        acq = pick(CHANNELS)
        cust = dict(id=f"R{i + 1:05d}", city=cz, region=region, rider=rt, acq=acq, platform=pick(PLATFORMS),
                    device="android" if rng.random() < 0.82 else "ios", pay="wechat_pay" if rng.random() < 0.62 else "alipay",
                    lang="en" if rng.random() < 0.14 else "zh", volt="60V" if rng.random() < 0.3 else "48V",
                    plan=None, seg="prospect", tier="none", referred_by="")
        if acq == "referral" and all_ids:
            cust["referred_by"] = all_ids[int(rng.integers(max(1, len(all_ids) - 200), len(all_ids)))]
        cust["home"] = cabinets[cz][int(rng.integers(8))]
        signup = START + D(days=int(sign_days[i]), seconds=int(rng.integers(7 * 3600, 23 * 3600)))
        cust["signup"] = signup
        all_ids.append(cust["id"])
        customers.append(cust)
        simulate(cust, rng, ev, order, fb, cabinets, logn)

    # ---- exact duplicate event rows (re-sent by the app), loaded once per DATA.md
    dup_idx = rng.choice(len(events), 90, replace=False)
    events.extend(dict(events[int(k)]) for k in dup_idx)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))

    # ---- app-store reviews and surveys not tied to one event
    for cust in customers:
        if cust["seg"] == "prospect" or rng.random() > 0.16:
            continue
        t = cust["last"] - D(days=float(rng.uniform(0, 20)))
        if t < cust["signup"]:
            t = cust["signup"] + D(days=1)
        if cust["city"] == "成都" and rng.random() < 0.45:
            topic = "verification_slow"
        else:
            topic = pick([("positive", 0.45), ("neutral", 0.15), ("price", 0.22), ("battery_fault", 0.08),
                          ("cabinet_fault", 0.10)])
        no_ts = rng.random() < 0.30
        fb(cust, None if no_ts else t, topic, "app_review")
    for cust in customers:
        if cust["seg"] == "prospect" or rng.random() > 0.10:
            continue
        t = cust["signup"] + D(days=float(rng.uniform(35, 60)))
        if t > END:
            continue
        topic = pick([("positive", 0.5), ("neutral", 0.2), ("price", 0.15), ("cabinet_fault", 0.15)])
        base = {"positive": 9, "neutral": 7, "price": 5, "cabinet_fault": 4}[topic]
        nps = int(np.clip(base + rng.integers(-2, 2), 0, 10))
        fb(cust, t, topic, "survey", tp="tp_plan_page" if topic == "price" else None, nps=nps)

    write(out, customers, events, orders, feedback, truth)


def simulate(cust, rng, ev, order, fb, cabinets, logn):
    t = cust["signup"]
    city = cust["city"]
    cust["last"] = t
    if cust["acq"] == "douyin_ads":
        ev(cust, t - D(minutes=float(rng.uniform(2, 60))), "tp_ad_click", "click", channel="ads")
    ev(cust, t, "tp_app_install", "install")
    if rng.random() < 0.7:
        ev(cust, t + D(minutes=float(rng.uniform(1, 30))), "tp_plan_page", "view")
    # verification
    if rng.random() > (0.80 if cust["acq"] == "douyin_ads" else 0.91):
        return
    t += D(hours=float(rng.exponential(5)) + 0.1)
    ev(cust, t, "tp_verify_submit", "submit")
    slow = city == "成都"

    def review_delay():
        return logn(50, 0.45) if slow else logn(2.5, 0.8)
    if rng.random() < 0.10:
        t += D(hours=review_delay())
        ev(cust, t, "tp_verify_reject", "fail")
        if rng.random() > 0.6:
            return
        t += D(hours=logn(10, 0.7))
        ev(cust, t, "tp_verify_submit", "submit")
    t += D(hours=review_delay())
    if t > END:
        return
    ev(cust, t, "tp_verify_pass", "success")
    if slow and rng.random() < 0.15:
        fb(cust, t + D(hours=2), "verification_slow", "ticket")
        ev(cust, t + D(hours=1), "tp_support_ticket", "submit", channel="phone", ticket_topic="verification")
    # deposit
    if rng.random() > (0.58 if slow else 0.76):
        return
    t += D(hours=logn(3, 1.2))
    dep = 800.0 if cust["volt"] == "60V" else 500.0
    dep_order = order(cust, t, "deposit", dep, battery_type=cust["volt"])
    ev(cust, t, "tp_deposit_pay", "pay", deposit_amount=f"{dep:.0f}", order_id=dep_order["order_id"])
    # plan
    rt = cust["rider"][0]
    plan = ["unlimited", "standard", "lite"][int(rng.choice(3, p=PLAN_PICK[rt]))]
    if rng.random() > 0.95:
        order(cust, t + D(minutes=10), "plan", PLANS[plan][1], status="cancelled", plan=plan)
        return
    t += D(hours=logn(0.3, 1.0))
    cust["plan"] = plan
    o = order(cust, t, "plan", PLANS[plan][1], plan=plan, swap_quota=quota(plan, t))
    ev(cust, t, "tp_plan_buy", "pay", plan=plan, 套餐=PLANS[plan][0], order_id=o["order_id"])
    cust["seg"] = "paid_no_swap"
    cust["last"] = t
    # first swap
    if rng.random() > 0.97:
        return
    first = t + D(hours=logn(30, 0.55) if slow else logn(2.8, 0.9))
    if first > END:
        return
    if rng.random() < 0.5:
        ev(cust, first - D(minutes=float(rng.uniform(3, 40))), "tp_cabinet_map", "view")
    cab = cust["home"]
    if slow and first - t > D(hours=36) and rng.random() < 0.2:
        fb(cust, first + D(hours=3), "verification_slow", "app_review")
    swap(cust, first, cab, rng, ev, order, fb, cabinets, logn, first_swap=True)
    cust["seg"] = "active"
    rate = cust["rider"][3] * float(np.exp(rng.normal(0, 0.3)))
    period_start = t
    n_period = 1
    while True:
        period_end = period_start + D(days=30)
        day = max(first, period_start) + D(hours=2)
        d0 = datetime(day.year, day.month, day.day)
        while d0 < min(period_end, END):
            lam = rate * (1.7 if HEAT_FROM <= d0 < HEAT_TO else 1.0) * (0.8 if d0.weekday() == 6 else 1.0)
            for _ in range(int(rng.poisson(lam))):
                hr = float(rng.choice([9.5, 11.5, 13, 16, 17.5, 19.5, 21], p=[0.08, 0.24, 0.14, 0.1, 0.2, 0.16, 0.08]))
                ts = d0 + D(hours=hr + float(rng.normal(0, 0.7)))
                if ts <= day or ts >= period_end or ts > END:
                    continue
                c = cust["home"] if rng.random() < 0.7 else cabinets[city][int(rng.integers(8))]
                swap(cust, ts, c, rng, ev, order, fb, cabinets, logn)
            d0 += D(days=1)
        if rng.random() < 0.12:
            ti = period_start + D(days=float(rng.uniform(3, 28)))
            if ti < END:
                ev(cust, ti, "tp_referral_invite", "share", channel="social")
        if period_end > END:
            break
        remind = period_end - D(hours=float(rng.uniform(2, 12)))
        ev(cust, remind, "tp_renew_reminder", "push", plan=plan, 套餐=PLANS[plan][0])
        p = {"unlimited": 0.85, "standard": 0.80, "lite": 0.80}[plan]
        if plan == "lite" and remind >= LITE_CUT:
            p = 0.46
        if cust["acq"] == "referral":
            p += 0.09
        elif cust["acq"] == "douyin_ads":
            p -= 0.06
        if rng.random() < p:
            rt_ = remind + D(hours=min(float(rng.exponential(20)), 150))
            if rt_ > END:
                break
            o = order(cust, rt_, "renewal", PLANS[plan][1], plan=plan, swap_quota=quota(plan, rt_))
            ev(cust, rt_, "tp_renew", "pay", plan=plan, 套餐=PLANS[plan][0], order_id=o["order_id"])
            period_start = rt_
            n_period += 1
            cust["last"] = rt_
            continue
        # churn
        cust["seg"] = "churned"
        if plan == "lite" and remind >= LITE_CUT and rng.random() < 0.3:
            tfb = remind + D(hours=float(rng.uniform(3, 60)))
            ch = "survey" if rng.random() < 0.5 else "app_review"
            score = int(rng.integers(0, 5)) if rng.random() < 0.5 else None
            fb(cust, tfb, "plan_cap", ch, tp="tp_renew", nps=score if ch == "survey" else None)
        if rng.random() < 0.68:
            ta = remind + D(days=float(rng.exponential(4)) + 0.2)
            if ta > END:
                break
            ev(cust, ta, "tp_refund_apply", "submit")
            if rng.random() > 0.95:
                break
            tr = ta + D(hours=float(rng.uniform(2, 72)))
            if tr > END:
                break
            c = cust["home"]
            ev(cust, tr, "tp_battery_return", "return", channel="store", cabinet_id=c[0], cabinet_model=c[1],
               district=c[2])
            delay = logn(3.0 if city != "武汉" else 6.5, 0.5)
            tf = tr + D(days=delay)
            if tf > END:
                break
            ev(cust, tf, "tp_deposit_refund", "refund", deposit_amount=f"{dep:.0f}")
            dep_order["status"] = "refunded"
            dep_order["refunded_at"] = fmt(tf)
            cust["seg"] = "deposit_refunded"
            cust["last"] = tf
            if delay > 5 and rng.random() < 0.45:
                ev(cust, tf - D(days=1), "tp_support_ticket", "submit", channel="phone", ticket_topic="refund")
                fb(cust, tf - D(hours=20), "refund_slow", "ticket")
        break
    if cust["seg"] == "active":
        cust["tier"] = plan


def quota(plan, t):
    if plan == "unlimited":
        return ""
    if plan == "standard":
        return "60"
    return "40" if t < LITE_CUT else "30"


def swap(cust, ts, cab, rng, ev, order, fb, cabinets, logn, first_swap=False):
    heat = HEAT_FROM <= ts < HEAT_TO
    cid, model, dist = cab
    p_fail = 0.24 if cid == BAD_CABINET else MODELS[model][0]
    if heat:
        p_fail *= 1.6
    cust["last"] = ts
    if rng.random() < p_fail:
        probs = list(CAB_CODES["SG-16" if model == "SG-16" else "other"])
        if heat:
            probs[3] += 0.25
        code = FAULT_CODES[int(rng.choice(4, p=np.array(probs) / sum(probs)))]
        ev(cust, ts, "tp_swap_fail", "fail", channel="store", cabinet_id=cid, cabinet_model=model, district=dist,
           fault_code=code)
        r = rng.random()
        if r < 0.045:
            fb(cust, ts + D(minutes=5), "cabinet_fault", "post_swap", cab=cid, cab_id=cid)
        elif r < 0.12:
            ev(cust, ts + D(minutes=3), "tp_support_ticket", "submit", channel="phone", ticket_topic="cabinet")
            if rng.random() < 0.5:
                fb(cust, ts + D(minutes=8), "cabinet_fault", "ticket", cab=cid, cab_id=cid)
        if rng.random() > 0.88:
            return
        ts += D(minutes=float(rng.uniform(4, 25)))
        if ts > END:
            return
        cab = cabinets[cust["city"]][int(rng.integers(8))]
        cid, model, dist = cab
    secs = logn(MODELS[model][1], 0.35)
    if heat:
        secs *= 1.1
    soc = "" if first_swap else int(np.clip(rng.normal(21 if cust["rider"][0] == "dedicated" else 28, 9), 2, 85))
    ev(cust, ts, "tp_swap_success", "success", channel="store", cabinet_id=cid, cabinet_model=model, district=dist,
       battery_soc=soc, swap_seconds=f"{secs:.0f}")
    cust["last"] = ts
    pb = 0.02 if heat else 0.0035
    if rng.random() < pb:
        probs = [0.05, 0.05, 0.10, 0.80] if heat else [0.42, 0.16, 0.30, 0.12]
        code = BAT_CODES[int(rng.choice(4, p=probs))]
        tb = ts + D(hours=float(rng.uniform(0.5, 6)))
        if tb <= END:
            ev(cust, tb, "tp_battery_fault", "report", fault_code=code, cabinet_id=cid, cabinet_model=model,
               district=dist)
            if rng.random() < 0.4:
                ev(cust, tb + D(minutes=10), "tp_support_ticket", "submit", channel="phone", ticket_topic="battery")
            if rng.random() < 0.35:
                fb(cust, tb + D(minutes=20), "heat" if code == "B07" else "battery_fault",
                   "ticket" if rng.random() < 0.5 else "app_review")
    elif rng.random() < (0.03 if heat else 0.0065):
        topic = "heat" if heat and rng.random() < 0.5 else ("positive" if rng.random() < 0.7 else "neutral")
        fb(cust, ts + D(minutes=2), topic, "post_swap", cab=cid, cab_id=cid)


def write(out, customers, events, orders, feedback, truth):
    def dump(name, rows, cols):
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    dump("touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                  kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    dump("journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
         ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    city_en = {c[0]: c[1] for c in CITIES}
    dump("customers.csv", [dict(customer_id=c["id"], signup_at=fmt(c["signup"]), segment=c["seg"], region=c["region"],
                                acquisition_channel=c["acq"], tier=c["tier"], city=city_en[c["city"]], 城市=c["city"],
                                rider_type=c["rider"][0], 骑手类型=c["rider"][1], platform=c["platform"],
                                battery_type=c["volt"], referred_by=c["referred_by"], language=c["lang"])
                           for c in customers],
         ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "城市", "rider_type",
          "骑手类型", "platform", "battery_type", "referred_by", "language"])
    dump("events.csv", events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "city",
                                "城市", "district", "cabinet_id", "cabinet_model", "battery_soc", "swap_seconds",
                                "fault_code", "plan", "套餐", "deposit_amount", "order_id", "ticket_topic"])
    orders.sort(key=lambda r: r["ts"])
    dump("orders.csv", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                                "plan", "套餐", "swap_quota", "battery_type", "city", "城市", "payment_method",
                                "refunded_at"])
    dump("feedback.csv", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                    "nps", "city", "城市", "cabinet_id", "plan", "套餐"])
    dump("_truth/feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment", "language"])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
