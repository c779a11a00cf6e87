"""动力工场健身 / PowerHouse Fitness: a gym chain with a member app, 2025-03-01 .. 2026-09-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
The events file is a raw export: it repeats some rows (same event_id and content) and has a block of
late-arriving rows appended at the end out of time order. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260930
START = datetime(2025, 3, 1)
END = datetime(2026, 9, 30, 22, 59, 59)
N_CUSTOMERS = 11000

# Android app 5.2.0 (2026-03-03) breaks class booking until 5.2.2 (2026-03-31)
BUG_FROM, BUG_TO = datetime(2026, 3, 3), datetime(2026, 3, 31)
# club C05 (深圳南山) turnstiles broken for July 2026
GATE_CLUB, GATE_FROM, GATE_TO = "C05", datetime(2026, 7, 1), datetime(2026, 8, 1)
# monthly fee 299 -> 349 from 2026-04-01
PRICE_RISE = datetime(2026, 4, 1)
BAD_TRAINER = "T09"

TOUCHPOINTS = [
    # id, name, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "广告点击", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|投放|抖音广告|朋友圈广告|ad|ads|campaign|promo"),
    ("tp_referral", "好友推荐", "好友推荐", "Friend referral", "awareness", "social", "digital", "marketing",
     "推荐|老带新|邀请好友|推荐码|referral|refer a friend|invite"),
    ("tp_app_download", "下载App", "下载App", "App download", "awareness", "app", "digital", "digital",
     "下载|安装App|注册App|app install|download|app signup"),
    ("tp_trial_pass", "领取体验卡", "领取体验卡", "Free trial pass", "consideration", "app", "digital", "marketing",
     "体验卡|免费体验|体验券|试练卡|trial pass|free trial|guest pass|trial"),
    ("tp_first_visit", "首次到店", "首次到店", "First gym visit", "consideration", "store", "physical", "club_ops",
     "首访|第一次到店|到店体验|参观|first visit|club tour|first workout"),
    ("tp_membership", "会籍购买", "会籍购买", "Membership purchase", "purchase", "store", "physical", "sales",
     "办卡|入会|买会员|开卡|会籍|membership|join|sign up|buy membership"),
    ("tp_class_booking", "团课预约", "团课预约", "Class booking", "service", "app", "digital", "digital",
     "约课|预约团课|订课|class booking|book a class|booking"),
    ("tp_checkin", "到店签到", "到店签到", "Check-in", "service", "store", "physical", "club_ops",
     "签到|打卡|闸机|入场|前台签到|check-in|check in|turnstile|entry"),
    ("tp_pt_session", "私教课", "私教课", "Personal training session", "service", "store", "physical", "coaching",
     "私教|私人教练|教练课|PT|personal trainer|personal training|coach"),
    ("tp_renewal", "续费", "续费", "Renewal", "loyalty", "app", "digital", "sales",
     "续卡|续会|自动续费|renewal|renew|auto-renew"),
    ("tp_cancel", "退会", "退会", "Membership cancellation", "loyalty", "store", "physical", "sales",
     "取消会籍|停卡|退卡|不续了|流失|cancellation|cancel|churn|quit"),
    ("tp_complaint", "投诉", "投诉", "Complaint", "service", "store", "physical", "service",
     "客诉|投诉工单|意见|complaint|complaints|ticket"),
    ("tp_complaint_resolved", "投诉处理完成", "投诉处理完成", "Complaint resolved", "service", "store", "physical",
     "service", "投诉解决|结案|处理完毕|complaint closed|resolved"),
]

JOURNEYS = [
    ("join", "入会转化旅程", "Join funnel", 21,
     ["tp_app_download", "tp_trial_pass", "tp_first_visit", "tp_membership"]),
    ("class", "团课到课旅程", "Class attendance", 2, ["tp_class_booking", "tp_checkin"]),
    ("complaint", "投诉处理旅程", "Complaint handling", 7, ["tp_complaint", "tp_complaint_resolved"]),
]

CLUBS = [  # club_id, city, region, weight, trainers
    ("C01", "上海", "华东", 1.4, ["T01", "T02"]),
    ("C02", "上海", "华东", 1.1, ["T03", "T04"]),
    ("C03", "北京", "华北", 1.0, ["T05", "T06"]),
    ("C04", "北京", "华北", 0.9, ["T07", "T08"]),
    ("C05", "深圳", "华南", 1.0, ["T09", "T10"]),
    ("C06", "广州", "华南", 0.8, ["T11", "T12"]),
    ("C07", "杭州", "华东", 0.8, ["T13", "T14"]),
    ("C08", "成都", "西南", 0.7, ["T15", "T16"]),
]
CLUB = {c[0]: c for c in CLUBS}
ACQ = [("douyin_ads", 0.30), ("wechat_ads", 0.20), ("friend_referral", 0.20), ("dianping", 0.14), ("walk_in", 0.16)]
JOIN_P = {"douyin_ads": 0.62, "wechat_ads": 0.72, "friend_referral": 0.92, "dianping": 0.80, "walk_in": 1.0}
CLASS_TYPES = [("spinning", 0.26), ("yoga", 0.22), ("hiit", 0.18), ("pilates", 0.14), ("boxing", 0.12), ("zumba", 0.08)]
MONTH_W = [1.35, 0.8, 1.15, 1.1, 1.1, 1.0, 0.95, 0.9, 1.0, 0.95, 0.9, 0.85]  # New-year resolutions, spring
ANNUAL_FEE, PACK_FEE = 2588.0, 799.0
PT_PACKS = [(10, 3200.0), (20, 5800.0)]

T = dict(
    ad=dict(neg=[("抖音广告说首月9.9，到店才知道要办年卡", "The ad said 9.9 for the first month, at the club they pushed an annual card"),
                 ("广告推送太频繁了，一天刷到五次", "Seeing your ads five times a day is too much")],
            pos=[("广告里的团课视频挺吸引人的", "The class videos in the ad look great")]),
    referral=dict(neg=[("推荐好友的奖励一直没到账", "Still haven't received my referral reward")],
                  pos=[("朋友推荐来的，两人一起练很有动力", "Joined with a friend through the referral, great motivation"),
                       ("老带新送一个月，划算", "Free month for referring a friend, good deal")]),
    app_download=dict(neg=[("App注册要填的信息太多了", "Too many fields just to register in the app"),
                           ("App安装包太大，下载半天", "The app is huge and takes ages to download")],
                      pos=[("App界面简洁，注册很快", "Clean app, sign-up took a minute")]),
    trial_pass=dict(neg=[("体验卡领了却显示已过期", "My free trial pass showed as expired right after I claimed it"),
                         ("体验卡只能周一到周五用，太不方便", "The trial pass only works on weekdays, not useful")],
                    pos=[("免费体验卡领取很方便", "Getting the free trial pass was easy"),
                         ("体验卡可以上一节团课，很贴心", "Nice that the trial pass includes a group class")]),
    first_visit=dict(neg=[("第一次到店，销售一直推销私教，体验很差", "First visit and the sales guy kept pushing personal training"),
                          ("到店体验时器械区太挤了", "Gym floor was packed on my first visit"),
                          ("前台让我等了二十分钟才有人带我参观", "Waited 20 minutes at the front desk for my club tour")],
                     pos=[("到店体验很好，环境干净，教练很专业", "Great first visit, clean club and a friendly coach"),
                          ("第一次来就被教练耐心讲解器械用法", "The coach patiently showed me the machines on my first visit")]),
    membership=dict(neg=[("办卡时合同条款没讲清楚", "The contract terms were not explained when I joined"),
                         ("App上付款一直失败，只好去前台办", "Payment kept failing in the app so I had to join at the front desk")],
                    pos=[("办卡流程很快，价格透明", "Joining was quick and the price was clear"),
                         ("年卡价格很实惠", "The annual membership is good value")]),
    booking=dict(neg=[("热门团课一放出来就约满了", "Popular classes are fully booked within minutes"),
                      ("约课页面加载很慢", "The booking page loads slowly")],
                 pos=[("App约课很方便，还能看教练介绍", "Booking classes in the app is easy"),
                      ("约课提醒很及时", "Class reminders are helpful")]),
    bug=dict(neg=[("安卓新版本约不了课，一点预约就闪退", "Since the Android update I can't book any class, the app crashes"),
                  ("更新App后约课一直提示失败，安卓手机", "Class booking keeps failing after the latest Android app update"),
                  ("安卓版5.2约课按钮没反应，只能去前台约", "Booking button does nothing on Android 5.2, had to book at the desk")]),
    checkin=dict(neg=[("高峰期前台签到要排队", "Queue at the front desk to check in during peak hours"),
                      ("更衣柜经常坏，签到后找不到柜子", "Lockers are often broken after check-in")],
                 pos=[("扫码入场很快", "Check-in with the QR code is fast"),
                      ("前台小姐姐很热情", "Front desk staff are always friendly")]),
    gate=dict(neg=[("闸机又坏了，刷码进不去，在门口等了十分钟", "The turnstile is broken again, waited 10 minutes to get in"),
                   ("南山店闸机一直识别不了会员码，只能前台手工登记", "Turnstiles at Nanshan never read my member code, manual check-in every time"),
                   ("入场闸机坏了一个月都没修", "The entry gates have been broken for weeks and nobody fixes them")]),
    class_=dict(neg=[("团课教室空调太热", "The class studio is far too hot"),
                     ("团课人太多，动作都做不开", "The class was so crowded I couldn't move"),
                     ("音响声音太大了，耳朵疼", "Music in the class is way too loud")],
                pos=[("动感单车课超燃，教练带动力强", "Spinning class was amazing, great instructor"),
                     ("瑜伽老师讲解细致，很放松", "The yoga teacher explains every pose, very relaxing"),
                     ("团课种类多，每周都不重样", "Lots of class variety every week")]),
    pt=dict(neg=[("私教课上教练动作指导不够仔细", "My trainer could be more detailed on technique")],
            pos=[("私教很专业，三个月减了8公斤", "My personal trainer is great, lost 8 kg in three months"),
                 ("教练会根据我的情况调整计划", "The coach adapts the plan to my progress"),
                 ("私教课效果明显，体态改善了很多", "PT sessions really improved my posture")]),
    bad_pt=dict(neg=[("私教上课一直看手机，完全不管我", "My personal trainer spends the session on his phone"),
                     ("教练经常迟到还提前下课", "The trainer is always late and ends the session early"),
                     ("私教一直推销蛋白粉和课包，上课不认真", "The coach keeps upselling protein powder instead of training me"),
                     ("这个私教态度很差，想退课", "Rude personal trainer, I want a refund on my PT package")]),
    renewal=dict(neg=[("自动续费没有提前提醒", "Auto-renewal charged me without any reminder")],
                 pos=[("续费有折扣，会继续练", "Got a renewal discount, staying on"),
                      ("年卡续费送了两节私教，不错", "Renewal came with two free PT sessions, nice")]),
    cancel=dict(neg=[("退会手续太麻烦，必须本人到店", "Cancelling requires going to the club in person, what a hassle"),
                     ("搬家了，附近没有门店只能退会", "Moved away and there is no club nearby")],
                pos=[]),
    price=dict(neg=[("月卡从299涨到349，不续了", "Monthly fee went up from 299 to 349, I'm cancelling"),
                    ("涨价也不提前通知，月卡一下涨了50块", "The monthly price rise came without notice, 50 yuan more"),
                    ("每月349太贵了，隔壁健身房才199", "349 a month is too expensive, the gym next door is 199")]),
    complaint=dict(neg=[("投诉了淋浴没热水，一直没人回复", "Complained about cold showers, no reply yet"),
                        ("器械坏了报修两周还没修", "Reported a broken machine two weeks ago, still not fixed"),
                        ("投诉前台态度问题，处理结果不满意", "Unhappy with how my complaint about the front desk was handled")],
                   pos=[("投诉后店长当天就联系我解决了", "The club manager called back the same day and fixed it")]),
    nps=dict(neg=[("整体一般，器械有点旧", "Overall average, equipment is a bit old"),
                  ("会员越来越多，晚上人太挤", "Too crowded in the evenings now")],
             pos=[("很喜欢这家健身房，会推荐给朋友", "Love this gym, would recommend to friends"),
                  ("环境好教练好，性价比高", "Great coaches and facilities, good value")]),
)
TAILS_ZH = ["", "", "。", "！", "，希望改进", "，说实话", "。。"]
TAILS_EN = ["", "", ".", "!", " Please fix.", " Honestly.", " :("]


def pick(rng, pairs):
    vals, w = zip(*pairs)
    w = np.array(w, dtype=float)
    return vals[int(rng.choice(len(vals), p=w / w.sum()))]


def at(rng, day: datetime, hours=(7, 8, 12, 18, 19, 19, 20, 20, 21, 10, 15)) -> datetime:
    return day.replace(hour=int(rng.choice(hours)), minute=int(rng.integers(0, 60)), second=int(rng.integers(0, 60)))


def later(rng, t: datetime, lo: float, hi: float) -> datetime:
    d = t + timedelta(days=float(rng.uniform(lo, hi)))
    d = at(rng, d.replace(hour=0, minute=0, second=0))
    return d if d > t else t + timedelta(minutes=int(rng.integers(5, 120)))


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        w.writerows(TOUCHPOINTS)
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, zh, en, win, steps in JOURNEYS:
            for k, tp in enumerate(steps, 1):
                w.writerow([jid, zh, zh, en, k, tp, win])

    days = (END - START).days + 1
    day_w = np.array([MONTH_W[(START + timedelta(d)).month - 1] * (1 + 0.6 * d / days) for d in range(days)])
    day_w /= day_w.sum()
    cw = np.array([c[3] for c in CLUBS])
    events, orders, fb = [], [], []
    sess = [0]
    customers = []

    def ev(c, t, tp, action, device=None, channel=None, club="", **extra):
        if t > END:
            return False
        sid = ""
        if device:
            sess[0] += 1
            sid = f"S{sess[0]:07d}"
        events.append(dict(customer_id=c["customer_id"], ts=t, touchpoint_id=tp, action=action, device=device or "",
                           channel=channel or "", session_id=sid, club_id=club, **extra))
        return True

    def order(c, t, amount, status, channel, device, otype, mtype="", trainer=""):
        if t > END:
            return
        orders.append(dict(customer_id=c["customer_id"], ts=t, amount=round(float(amount), 2), status=status,
                           channel=channel, device=device or "", order_type=otype, membership_type=mtype,
                           club_id=c["club"], trainer_id=trainer))

    def comment(c, t, tp, key, sent, p, channel, club="", trainer="", cls=""):
        if t > END or rng.random() >= p:
            return
        pool = T[key][sent]
        if not pool:
            return
        zh, en = pool[int(rng.integers(len(pool)))]
        use_zh = rng.random() < c["zh_p"]
        text = zh + TAILS_ZH[int(rng.integers(len(TAILS_ZH)))] if use_zh else en + TAILS_EN[int(rng.integers(len(TAILS_EN)))]
        fb.append(dict(customer_id=c["customer_id"], ts=min(END, t + timedelta(hours=float(rng.uniform(0.5, 60)))),
                       touchpoint_id=tp, sentiment="neg" if sent == "neg" else "pos", text=text, channel=channel,
                       club_id=club, trainer_id=trainer, class_type=cls))

    for i in range(1, N_CUSTOMERS + 1):
        first = at(rng, START + timedelta(int(rng.choice(days, p=day_w))))
        club = CLUBS[int(rng.choice(len(CLUBS), p=cw / cw.sum()))]
        age = int(np.clip(rng.normal(31, 8), 16, 68))
        c = dict(customer_id=f"M{i:05d}", first=first, club=club[0], city=club[1], region=club[2],
                 acq=pick(rng, ACQ), device=pick(rng, [("ios", 0.52), ("android", 0.48)]), age=age,
                 gender=pick(rng, [("F", 0.52), ("M", 0.48)]), zh_p=float(rng.choice([0.15, 0.5, 0.85])),
                 mtype="", fee="", joined=None, cancelled=False, pt=0, visits=0, last=first)
        customers.append(c)
    customers.sort(key=lambda c: c["first"])

    for c in customers:
        dev, acq, t, club = c["device"], c["acq"], c["first"], c["club"]
        walk_in = acq == "walk_in"
        if acq in ("douyin_ads", "wechat_ads", "dianping"):
            ev(c, t, "tp_ad", "click", dev, "ads", campaign=acq)
            comment(c, t, "tp_ad", "ad", "neg" if rng.random() < 0.6 else "pos", 0.025, "social")
        elif acq == "friend_referral":
            ev(c, t, "tp_referral", "click", dev, "social")
            comment(c, t, "tp_referral", "referral", "pos" if rng.random() < 0.7 else "neg", 0.05, "social")
        if rng.random() >= JOIN_P[acq]:
            continue
        if not walk_in:
            t = later(rng, t, 0, 1.5)
            ev(c, t, "tp_app_download", "success", dev, "app")
            comment(c, t, "tp_app_download", "app_download", "neg" if rng.random() < 0.5 else "pos", 0.03, "app_review")
            if rng.random() >= {"friend_referral": 0.85, "douyin_ads": 0.62}.get(acq, 0.72):
                continue
            t = later(rng, t, 0, 3)
            ev(c, t, "tp_trial_pass", "success", dev, "app")
            comment(c, t, "tp_trial_pass", "trial_pass", "neg" if rng.random() < 0.45 else "pos", 0.04, "app_review")
            p_visit = {"friend_referral": 0.80, "douyin_ads": 0.50, "wechat_ads": 0.62, "dianping": 0.70}[acq]
            if c["age"] >= 45:
                p_visit *= 0.8
            if rng.random() >= p_visit:
                continue
            t = later(rng, t, 0.5, 12)
        ev(c, t, "tp_first_visit", "visit", None, "store", club)
        c["visits"] += 1
        comment(c, t, "tp_first_visit", "first_visit", "neg" if rng.random() < 0.45 else "pos", 0.07,
                "survey", club)
        p_join = {"friend_referral": 0.62, "douyin_ads": 0.34, "wechat_ads": 0.42, "dianping": 0.46, "walk_in": 0.52}[acq]
        if rng.random() >= p_join:
            continue
        # ---- membership purchase
        t = later(rng, t, 0, 6) if rng.random() < 0.5 else t + timedelta(minutes=int(rng.integers(40, 100)))
        mtype = pick(rng, [("monthly", 0.5), ("annual", 0.27 + (0.08 if c["age"] >= 35 else 0)), ("class_pack", 0.23)])
        c["mtype"], c["joined"] = mtype, t
        in_app = (not walk_in) and rng.random() < 0.45
        mdev, mch = (dev, "app") if in_app else (None, "front_desk")
        if in_app and rng.random() < 0.04:
            order(c, t, 0, "cancelled", "app", dev, "membership", mtype)
            ev(c, t, "tp_membership", "fail", dev, "app", club, membership_type=mtype)
            t = t + timedelta(minutes=int(rng.integers(3, 30)))
        fee = {"monthly": 349.0 if t >= PRICE_RISE else 299.0, "annual": ANNUAL_FEE, "class_pack": PACK_FEE}[mtype]
        if mtype == "monthly":
            c["fee"] = int(fee)
        ev(c, t, "tp_membership", "success", mdev, "app" if in_app else "store", club, membership_type=mtype)
        refunded = rng.random() < 0.03
        order(c, t, fee, "refunded" if refunded else "paid", mch, mdev, "membership", mtype)
        comment(c, t, "tp_membership", "membership", "neg" if rng.random() < 0.4 else "pos", 0.05,
                "app_review" if in_app else "front_desk", club)
        if refunded:
            ev(c, later(rng, t, 1, 6), "tp_cancel", "refund", None, "store", club, membership_type=mtype)
            c["cancelled"] = True
            continue
        # ---- membership life: visits, classes, PT, renewals
        freq = float(rng.uniform(1.5, 7.0))  # visits a month
        if mtype == "class_pack":
            freq = float(rng.uniform(1.5, 4.0))
        class_share = 1.0 if mtype == "class_pack" else float(rng.uniform(0.15, 0.6))
        fav = pick(rng, CLASS_TYPES)
        pack_left = 10
        pt_bought = False
        term_end = t + timedelta(days=365 if mtype == "annual" else 30)
        n_dec = 0
        cur = t
        while True:
            gap = float(rng.exponential(30.0 / freq))
            cur = at(rng, (cur + timedelta(days=max(0.6, gap))).replace(hour=0, minute=0, second=0))
            if cur > END:
                break
            # renewal decisions due before this visit
            stop = False
            while (mtype != "class_pack" and term_end <= cur) or (mtype == "class_pack" and pack_left <= 0):
                td = term_end if mtype != "class_pack" else cur
                if td > END:
                    stop = True
                    break
                if mtype == "annual":
                    p = 0.84
                elif mtype == "class_pack":
                    p = 0.48
                else:
                    p = 0.62 if n_dec == 0 else 0.9
                    if td >= PRICE_RISE:
                        p = (0.40 if n_dec == 0 else 0.66) if td < datetime(2026, 6, 1) else (0.55 if n_dec == 0 else 0.84)
                if c["pt"]:
                    p = min(0.97, p + 0.06)
                n_dec += 1
                tdd = td.replace(hour=int(rng.choice([9, 10, 20, 21])), minute=int(rng.integers(0, 60)))
                if rng.random() < p:
                    rdev = dev if rng.random() < 0.8 else None
                    amount = {"annual": ANNUAL_FEE, "class_pack": PACK_FEE,
                              "monthly": 349.0 if tdd >= PRICE_RISE else 299.0}[mtype]
                    ev(c, tdd, "tp_renewal", "success", rdev, "app" if rdev else "store", club if not rdev else "",
                       membership_type=mtype)
                    order(c, tdd, amount, "paid", "app" if rdev else "front_desk", rdev, "renewal", mtype)
                    if mtype == "monthly":
                        c["fee"] = int(amount)
                    comment(c, tdd, "tp_renewal", "renewal", "pos" if rng.random() < 0.6 else "neg", 0.02,
                            "app_review" if rdev else "front_desk")
                    if mtype == "class_pack":
                        pack_left = 10
                    else:
                        term_end = term_end + timedelta(days=365 if mtype == "annual" else 30)
                else:
                    ev(c, tdd, "tp_cancel", "cancel", None, "store", club, membership_type=mtype)
                    c["cancelled"] = True
                    price_hit = mtype == "monthly" and PRICE_RISE <= tdd < datetime(2026, 7, 1)
                    if price_hit:
                        comment(c, tdd, "tp_cancel", "price", "neg", 0.35, pick(rng, [("front_desk", 0.5), ("survey", 0.5)]), club)
                    else:
                        comment(c, tdd, "tp_cancel", "cancel", "neg", 0.08, "front_desk", club)
                    stop = True
                    break
            if stop:
                break
            vclub = club if rng.random() < 0.9 else CLUBS[int(rng.integers(len(CLUBS)))][0]
            is_class = rng.random() < class_share
            cls = fav if rng.random() < 0.6 else pick(rng, CLASS_TYPES)
            if is_class:
                bt = cur - timedelta(hours=float(rng.uniform(3, 40)))
                bug = dev == "android" and BUG_FROM <= bt < BUG_TO
                failed = bug and rng.random() < 0.7
                ev(c, bt, "tp_class_booking", "fail" if failed else "success", dev, "app", vclub, class_type=cls,
                   app_version=("5.2.0" if bug else ("5.2.2" if bt >= BUG_TO else "5.1.4")) if dev == "android" else "5.2.1")
                if failed:
                    comment(c, bt, "tp_class_booking", "bug", "neg", 0.12, "app_review")
                else:
                    comment(c, bt, "tp_class_booking", "booking", "neg" if rng.random() < 0.45 else "pos", 0.008,
                            "app_review")
                show = (0.28 if failed else 0.86)
                if rng.random() >= show:
                    continue
            gate = vclub == GATE_CLUB and GATE_FROM <= cur < GATE_TO
            if gate and rng.random() < 0.55:
                ev(c, cur - timedelta(minutes=int(rng.integers(2, 12))), "tp_checkin", "fail", None, "store", vclub,
                   class_type=cls if is_class else "")
                comment(c, cur, "tp_checkin", "gate", "neg", 0.16, pick(rng, [("front_desk", 0.5), ("app_review", 0.3), ("social", 0.2)]), vclub)
                if rng.random() < 0.12:
                    ct = cur + timedelta(minutes=int(rng.integers(5, 60)))
                    ev(c, ct, "tp_complaint", "submit", None, "store", vclub)
                    if rng.random() < 0.75:
                        ev(c, later(rng, ct, 0.5, 6), "tp_complaint_resolved", "resolved", None, "store", vclub)
            ev(c, cur, "tp_checkin", "success" if not gate else "manual", None, "store", vclub,
               class_type=cls if is_class else "")
            c["visits"] += 1
            c["last"] = cur
            if is_class:
                if mtype == "class_pack":
                    pack_left -= 1
                comment(c, cur, "tp_checkin", "class_", "neg" if rng.random() < 0.35 else "pos", 0.012, "survey",
                        vclub, cls=cls)
            else:
                comment(c, cur, "tp_checkin", "checkin", "neg" if rng.random() < 0.4 else "pos", 0.004, "front_desk", vclub)
            # PT package
            if not pt_bought and mtype != "class_pack" and (cur - t).days > 7 and rng.random() < (
                    0.045 if mtype == "annual" else 0.02):
                pt_bought = True
                trainer = CLUB[club][4][int(rng.integers(2))]
                n, price = PT_PACKS[int(rng.integers(2))]
                bad = trainer == BAD_TRAINER
                ref = rng.random() < (0.30 if bad else 0.05)
                pdev = dev if rng.random() < 0.3 else None
                order(c, cur, price, "refunded" if ref else "paid", "app" if pdev else "front_desk", pdev, "pt_package",
                      "", trainer)
                c["pt"] += 1
                st = cur
                for k in range(int(rng.integers(3, 6)) if ref else n):
                    st = later(rng, st, 3, 9)
                    ev(c, st, "tp_pt_session", "attend", None, "store", club, trainer_id=trainer)
                    if bad:
                        comment(c, st, "tp_pt_session", "bad_pt", "neg" if rng.random() < 0.8 else "neg", 0.09,
                                pick(rng, [("survey", 0.5), ("front_desk", 0.3), ("app_review", 0.2)]), club, trainer)
                    else:
                        comment(c, st, "tp_pt_session", "pt", "pos" if rng.random() < 0.8 else "neg", 0.025,
                                pick(rng, [("survey", 0.6), ("front_desk", 0.4)]), club, trainer)
                if ref:
                    ev(c, later(rng, st, 1, 4), "tp_complaint", "submit", None, "store", club)
            # background complaints (showers, machines, staff)
            if rng.random() < 0.0035:
                ct = cur + timedelta(minutes=int(rng.integers(30, 300)))
                cdev = dev if rng.random() < 0.5 else None
                ev(c, ct, "tp_complaint", "submit", cdev, "app" if cdev else "store", vclub)
                comment(c, ct, "tp_complaint", "complaint", "neg" if rng.random() < 0.85 else "pos", 0.5,
                        "ticket", vclub)
                if rng.random() < 0.8:
                    ev(c, later(rng, ct, 0.3, 5), "tp_complaint_resolved", "resolved", None, "store", vclub)

    # relationship NPS survey (no touchpoint), some anonymous social posts
    members = [c for c in customers if c["joined"] is not None]
    for c in members:
        if rng.random() < 0.12:
            t = at(rng, START + timedelta(int(rng.integers(30, days))))
            if t < c["joined"]:
                continue
            s = "neg" if rng.random() < (0.65 if c["cancelled"] else 0.3) else "pos"
            comment(c, t, "", "nps", s, 1.0, "survey", c["club"])

    # ---- finish feedback: ids, language already chosen, ratings, nps, missing ts
    fb.sort(key=lambda r: r["ts"])
    rows_fb = []
    for k, r in enumerate(fb, 1):
        neg = r["sentiment"] == "neg"
        rating = ""
        if r["channel"] in ("app_review", "survey") or rng.random() < 0.5:
            rating = int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]) if neg else rng.choice([3, 4, 5], p=[0.1, 0.35, 0.55]))
            if r["trainer_id"] == BAD_TRAINER:
                rating = int(rng.choice([1, 2], p=[0.6, 0.4]))
        nps = ""
        if r["channel"] == "survey":
            nps = int(np.clip(rng.normal(3.5 if neg else 8.6, 1.6), 0, 10))
        cid = r["customer_id"]
        if r["channel"] == "social" and rng.random() < 0.5:
            cid = ""
        ts = "" if rng.random() < 0.05 else fmt(r["ts"])
        rows_fb.append([f"FB{k:05d}", r["text"], ts, cid, r["touchpoint_id"], r["channel"], rating, nps,
                        r["sentiment"], r["club_id"], r["trainer_id"], r["class_type"]])

    # ---- write
    by_id = {c["customer_id"]: c for c in customers}
    for c in customers:
        seg = "new"
        if c["joined"] is not None:
            if c["cancelled"]:
                seg = "churned"
            elif c["mtype"] == "annual" or c["pt"]:
                seg = "vip"
            elif (END - c["last"]).days > 21:
                seg = "at_risk"
            else:
                seg = "regular"
        c["segment"] = seg
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "city", "home_club_id",
                    "membership_type", "monthly_fee", "age", "gender"])
        for c in customers:
            w.writerow([c["customer_id"], fmt(c["first"]), c["segment"], c["region"], c["acq"], c["city"], c["club"],
                        c["mtype"], c["fee"], c["age"], c["gender"]])
    events.sort(key=lambda e: e["ts"])
    rows_ev = []
    for k, e in enumerate(events, 1):
        rows_ev.append([f"E{k:07d}", e["customer_id"], fmt(e["ts"]), e["touchpoint_id"], e["action"], e["device"],
                        e["channel"], e["session_id"], e["club_id"], e.get("class_type", ""), e.get("trainer_id", ""),
                        e.get("membership_type", ""), e.get("app_version", ""), e.get("campaign", "")])
    # raw export quirks: ~2 % of rows arrive late (moved to the end), ~250 rows exported twice
    late = set(int(i) for i in rng.choice(len(rows_ev), size=len(rows_ev) // 50, replace=False))
    dups = [rows_ev[int(i)] for i in rng.choice(len(rows_ev), size=250, replace=False)]
    body = [r for i, r in enumerate(rows_ev) if i not in late]
    for i, r in enumerate(dups):
        body.insert(int(rng.integers(len(body))), r)
    body += [rows_ev[i] for i in sorted(late)]
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
                    "club_id", "class_type", "trainer_id", "membership_type", "app_version", "campaign"])
        w.writerows(body)
    orders.sort(key=lambda o: o["ts"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type",
                    "membership_type", "club_id", "trainer_id"])
        for k, o in enumerate(orders, 1):
            w.writerow([f"O{k:06d}", o["customer_id"], fmt(o["ts"]), f"{o['amount']:.2f}", o["status"], o["channel"],
                        o["device"], o["order_type"], o["membership_type"], o["club_id"], o["trainer_id"]])
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                    "sentiment_label", "club_id", "trainer_id", "class_type"])
        w.writerows(rows_fb)
    assert by_id
    print(f"{len(customers)} customers, {len(events)} events (+{len(dups)} duplicate rows, {len(late)} late), "
          f"{len(orders)} orders, {len(rows_fb)} feedback")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "fitness-data"))
