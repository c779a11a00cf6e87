"""Generate the 安居物业 HomeCare Property (residential property management) held-out dataset.

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, customers, events, journeys, orders, feedback as CSV) plus
OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment of each comment; not a DATA.md table,
used only by gold.py to check its text markers). Fixed seed, numpy + csv only, deterministic, ~2 s.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

RNG = np.random.default_rng(20260630)
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
FMT = "%Y-%m-%d %H:%M:%S"

# ---------------------------------------------------------------- reference data
# code: zh, en, city zh, households, fee CNY / m2 / month, area multiplier, expat share, parking reject rate
COMMUNITIES = {
    "HZ01": ("翠湖苑", "Jade Lake Garden", "杭州", 300, 2.8, 1.00, 0.03, 0.10),
    "HZ02": ("金桂花园", "Golden Osmanthus Garden", "杭州", 260, 2.5, 0.95, 0.02, 0.10),
    "HZ03": ("云栖雅居", "Cloud Retreat Residence", "杭州", 280, 3.2, 1.00, 0.04, 0.10),
    "HZ04": ("滨江一号", "Riverside One", "杭州", 220, 4.5, 1.15, 0.25, 0.10),
    "HZ05": ("西溪锦园", "Xixi Brocade Court", "杭州", 240, 3.6, 1.05, 0.05, 0.10),
    "HZ06": ("钱塘府", "Qiantang Mansion", "杭州", 360, 4.2, 1.15, 0.06, 0.10),
    "SZ01": ("金鸡湖畔", "Jinji Lakeside", "苏州", 260, 3.8, 1.05, 0.35, 0.55),
    "SZ02": ("枫桥人家", "Maple Bridge Homes", "苏州", 300, 2.2, 0.95, 0.02, 0.10),
    "SZ03": ("园区星苑", "Park Star Court", "苏州", 250, 3.0, 1.00, 0.08, 0.10),
    "SZ04": ("石湖湾", "Stone Lake Bay", "苏州", 230, 2.6, 1.00, 0.03, 0.10),
    "SZ05": ("狮山公馆", "Lion Hill Residence", "苏州", 270, 3.4, 1.05, 0.06, 0.10),
    "SZ06": ("平江雅苑", "Pingjiang Elegance", "苏州", 230, 2.4, 0.95, 0.02, 0.10),
}
CITY_EN = {"杭州": "Hangzhou", "苏州": "Suzhou"}
SZ_HIKE = 0.5           # Suzhou fee +0.5 CNY/m2/month from the 2026Q1 bill (物业费调价)
LIFT = "HZ03"           # old lifts: many lift repairs and complaints
SLOW = "SZ02"           # slow repair dispatch / technician visits
NEW = "HZ05"            # delivered 2024: many move-ins in 2025, renovation noise May-Sep
PARKING_TIGHT = "SZ01"  # parking permits often rejected

UNIT_TYPES = [("2BR", "两室", 75, 95), ("3BR", "三室", 105, 135), ("4BR", "四室", 140, 175), ("duplex", "复式", 180, 250)]
UNIT_P = [0.30, 0.45, 0.18, 0.07]
REPAIR_CATS = [  # zh, en, scope, base share
    ("水路管道", "plumbing", "in_home", 0.30), ("电路", "electrical", "in_home", 0.20),
    ("门窗门锁", "doors_locks", "in_home", 0.16), ("墙面渗水", "leaks", "in_home", 0.10),
    ("电梯", "lift", "common_area", 0.04), ("公共设施", "common_area", "common_area", 0.20)]
COMPLAINT_TOPICS = {  # key: zh, en, base share
    "noise": ("噪音", "noise", 0.16), "lift": ("电梯", "lift", 0.05), "cleaning": ("保洁", "cleaning", 0.24),
    "security": ("安保", "security", 0.17), "slow_repair": ("维修慢", "slow_repair", 0.10),
    "fee": ("物业费", "fees", 0.09), "parking": ("停车", "parking", 0.11), "pets": ("宠物", "pets", 0.08)}
COMPLAINT_TOPICS["english"] = ("英文服务", "english_service", 0.0)
CAT_P = np.array([c[3] for c in REPAIR_CATS]) / sum(c[3] for c in REPAIR_CATS)
CAT_P_SUMMER = CAT_P * np.array([1, 1, 1, 4.0, 1, 1])
CAT_P_SUMMER = CAT_P_SUMMER / CAT_P_SUMMER.sum()
MONTH_REPAIR_W = [1.1, 1.0, 0.9, 0.9, 1.0, 1.2, 1.2, 1.1, 0.9, 0.9, 1.0, 1.2]

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_notice_view", "社区公告", "Community notices", "awareness", "app", "digital", "community_ops",
     "通知|公告|小区通知|notice|announcement"),
    ("tp_repair_submit", "提交报修", "Repair request", "service", "app", "digital", "maintenance",
     "报修|报事报修|维修申请|repair request|maintenance request|work order"),
    ("tp_repair_dispatch", "派单", "Dispatched to technician", "service", "other", "digital", "maintenance",
     "派工|分派师傅|接单|dispatch|assigned"),
    ("tp_tech_onsite", "师傅上门", "Technician on site", "service", "store", "physical", "maintenance",
     "上门|到场|上门维修|on site|technician visit"),
    ("tp_repair_complete", "维修完成", "Repair completed", "service", "store", "physical", "maintenance",
     "完工|修好|repair done|completed|fixed"),
    ("tp_repair_confirm", "业主确认评价", "Resident confirms & rates", "service", "app", "digital", "maintenance",
     "验收|确认完工|维修评价|confirm|rate the repair|repair rating"),
    ("tp_bill_issued", "物业费出账", "Fee bill issued", "purchase", "app", "digital", "finance",
     "账单|出账|物业费账单|bill|invoice|statement"),
    ("tp_bill_reminder", "缴费提醒", "Payment reminder", "purchase", "phone", "digital", "finance",
     "催缴|催费|提醒缴费|reminder|dunning"),
    ("tp_fee_paid", "缴纳物业费", "Property fee paid", "purchase", "mini_program", "digital", "finance",
     "缴费|交物业费|付款|fee payment|pay the bill"),
    ("tp_parking_apply", "停车证申请", "Parking permit application", "purchase", "app", "digital", "parking",
     "车位申请|停车申请|办停车证|parking application|apply for parking"),
    ("tp_parking_review", "停车证审核", "Parking permit review", "purchase", "other", "digital", "parking",
     "审核|停车审核|parking review|approval"),
    ("tp_parking_issued", "停车证发放", "Parking permit issued", "purchase", "store", "physical", "parking",
     "发证|领证|permit issued|parking permit granted"),
    ("tp_complaint_filed", "投诉", "Complaint filed", "service", "app", "digital", "customer_service",
     "投诉工单|提投诉|complaint|complaint ticket|grievance"),
    ("tp_complaint_closed", "投诉办结", "Complaint closed", "service", "other", "digital", "customer_service",
     "结案|办结|closed|resolved"),
    ("tp_survey", "满意度调查", "Satisfaction survey", "loyalty", "app", "digital", "customer_service",
     "满意度|问卷|调查|survey|NPS"),
]
JOURNEYS = [
    ("repair", "报修维修", "Repair", 14, ["tp_repair_submit", "tp_repair_dispatch", "tp_tech_onsite",
                                         "tp_repair_complete", "tp_repair_confirm"]),
    ("fee", "物业费缴纳", "Property fee payment", 30, ["tp_bill_issued", "tp_fee_paid"]),
    ("parking", "停车证办理", "Parking permit", 14, ["tp_parking_apply", "tp_parking_review", "tp_parking_issued"]),
    ("complaint", "投诉处理", "Complaint handling", 10, ["tp_complaint_filed", "tp_complaint_closed"]),
]

# ---------------------------------------------------------------- texts (zh, en) per topic
T = {
    "praise": (["师傅很专业，半小时就修好了", "响应很及时，点赞", "维修师傅很热情，还教我怎么保养", "好评", "非常满意，谢谢师傅",
                "师傅准时上门，干活利索"],
               ["Technician was professional and quick.", "Fast response, thank you!", "Great service, fixed in no time.",
                "Good.", "Very happy with the repair, thanks.", "Came on time and did a neat job."]),
    "neutral": (["修好了，一般吧", "还行", "能用了", "修好了，没什么问题"],
                ["Fixed. OK.", "It's fine now.", "Average.", "Works again."]),
    "slow_review": (["等了两天师傅才来，太慢了", "修是修好了，就是拖了好几天", "报修到修好用了快一周，太慢了",
                     "打了三次电话才有人来，效率太慢"],
                    ["Took two days for the technician to show up, too slow.", "Fixed in the end but I waited several days.",
                     "Way too slow, almost a week from request to fix.", "Had to call three times before anyone came. Slow."]),
    "quality": (["修完没两天又坏了", "师傅弄得一地灰也不收拾", "问题没彻底解决，还得再报一次"],
                ["Broke again two days after the repair.", "The technician left a mess behind.",
                 "Problem not really solved, had to report it again."]),
    "slow_repair": (["报修三天了还没人来，到底管不管", "报修后一直没人上门，打了好几次电话催", "修个水管拖了一个星期，太慢了"],
                    ["Reported a leak three days ago and nobody has come.", "Still waiting for the technician after several calls.",
                     "Repairs here are painfully slow."]),
    "lift": (["电梯又坏了，老人上下楼太难了", "电梯一个月停了三次，什么时候能彻底修好？", "电梯里异响很大，坐着心慌",
              "电梯停运也不提前通知一下"],
             ["The lift in our building broke down again, elderly neighbours are stuck.",
              "Elevator out of service for the third time this month.", "The elevator makes a grinding sound, feels unsafe.",
              "Lift stopped without any warning again."]),
    "noise": (["楼上装修天天电钻，周末早上八点就开始", "隔壁装修噪音太大，物业也不管管", "晚上十点以后还在施工，太吵了"],
              ["Renovation drilling next door starts at 8am even on weekends.",
               "Constant noise from renovation works upstairs, please enforce the hours.",
               "Too noisy at night, construction after 10pm."]),
    "cleaning": (["楼道垃圾两天没人收了", "保洁阿姨好久没来拖地了，楼道很脏", "垃圾房味道很大，夏天受不了"],
                 ["Rubbish in the corridor hasn't been collected for two days.",
                  "Cleaning of the stairwell has been skipped all week.", "The bin area smells terrible, please do something."]),
    "security": (["小区门口保安经常不在岗，外卖随便进", "门禁坏了好几天，陌生人随便进出", "晚上保安巡逻太少，不安全"],
                 ["Security guards let anyone in without checking.", "The access gate has been broken for days, anyone can walk in.",
                  "Hardly any guard patrols at night, doesn't feel safe."]),
    "fee": (["物业费太贵了，服务对不上这个价", "缴费账单看不明白，希望列清楚每一项"],
            ["Property fees are too high for the service we get.", "The bill breakdown is confusing, please itemise it."]),
    "fee_hike": (["物业费一下涨了这么多，服务却没变好", "物业费涨价也没开业主大会，不合理", "今年物业费涨了快两成，凭什么"],
                 ["The property fee went up a lot this year with no better service.",
                  "Why the fee increase without consulting the owners?", "A fee hike of almost 20% is unacceptable."]),
    "parking": (["小区停车位太少，天天找不到位置", "停车证申请被拒了，车位明明还有空的", "申请停车证一直没有回复"],
                ["Not enough parking spaces in the compound.",
                 "My parking permit application was rejected even though there are empty spaces.",
                 "No reply on my parking application."]),
    "parking_reject": (["停车证审核没通过，也不说原因", "停车证又被拒了，车只能停外面", "停车证审核太严了，一直不给批"],
                       ["Parking permit rejected with no reason given.", "Parking permit rejected again, now I park on the street.",
                        "The parking review is far too strict."]),
    "parking_ok": (["停车证办得挺快的", "停车证当天就拿到了，方便"],
                   ["Got my parking permit quickly, smooth process.", "Parking permit sorted within days, thanks."]),
    "pets": (["有人遛狗不牵绳，小孩很害怕", "草坪上到处是狗屎，没人管"],
             ["Dogs off leash in the garden again.", "Dog mess all over the lawn."]),
    "english": ([], ["No one at the service desk speaks English, hard to report issues.",
                     "The app notices are only in Chinese, please add English.",
                     "Could the hotline have an English option?"]),
    "app_bug": (["更新后评价页面打不开，没法确认维修", "新版本一点确认完工就闪退", "安卓版评价页面一直转圈，确认不了"],
                ["After the update the rating page won't load, can't confirm my repair.",
                 "App crashes when I try to confirm the repair.", "Android version: the rating page just spins forever."]),
    "app_pay": (["小程序缴费很方便，几秒钟搞定", "线上交费很快，不用跑物业前台了"],
                ["Paying through the app is super easy.", "Online payment takes seconds, love it."]),
    "app_notice": (["推送通知太多了，能不能少发点", "公告找起来不方便"],
                   ["Too many push notifications.", "Hard to find old announcements."]),
    "app_general": (["在线报修很方便，拍照上传就行", "报修入口很好找"],
                    ["Reporting a repair with photos is easy.", "Easy to log a repair in the app."]),
    "staff_praise": (["管家服务很贴心，有事随叫随到", "前台小姐姐很耐心", "物业整体服务不错"],
                     ["Our property butler is very helpful.", "Front desk staff are patient and kind.",
                      "Overall the management does a decent job."]),
    "survey_neutral": (["总体还可以", "一般般，没什么特别的", "还过得去"],
                       ["Overall OK.", "Nothing special either way.", "Acceptable."]),
}
SENTIMENT = {"praise": "positive", "neutral": "neutral", "slow_review": "negative", "quality": "negative",
             "slow_repair": "negative", "lift": "negative", "noise": "negative", "cleaning": "negative",
             "security": "negative", "fee": "negative", "fee_hike": "negative", "parking": "negative",
             "parking_reject": "negative", "parking_ok": "positive", "pets": "negative", "english": "negative",
             "app_bug": "negative", "app_pay": "positive", "app_notice": "neutral", "app_general": "positive",
             "staff_praise": "positive", "survey_neutral": "neutral"}


def text(topic: str, lang: str) -> str:
    zh, en = T[topic]
    pool = en if (lang == "en" or not zh) else zh
    s = pool[RNG.integers(len(pool))]
    r = RNG.random()
    if lang == "zh" and r < 0.15:
        s += "！"
    elif lang == "zh" and r < 0.25:
        s += "，希望尽快改进"
    elif lang == "en" and r < 0.15:
        s += " Please sort it out." if SENTIMENT[topic] == "negative" else " Cheers."
    return s


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime(FMT)


def day_time(d: datetime, h0=8, h1=21) -> datetime:
    return d.replace(hour=0, minute=0, second=0) + timedelta(seconds=int(RNG.integers(h0 * 3600, h1 * 3600)))


def rand_day(a: datetime, b: datetime) -> datetime:
    return a + timedelta(days=int(RNG.integers(0, max(1, (b - a).days + 1))))


def month_starts():
    m = START
    while m <= END:
        nxt = datetime(m.year + (m.month == 12), m.month % 12 + 1, 1)
        yield m, nxt
        m = nxt


# ---------------------------------------------------------------- generation
def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    customers, events, orders, feedback, truth = [], [], [], [], []
    ev_n = [0]
    ord_n = [0]
    fb_n = [0]

    def ev(cid, ts, tp, action, device="", channel="", **kw):
        if ts > END:
            return False
        ev_n[0] += 1
        row = dict(event_id=f"E{ev_n[0]:07d}", customer_id=cid, ts=fmt(ts), touchpoint_id=tp,
                   session_id=(f"S{RNG.integers(10**8, 10**9)}" if channel in ("app", "mini_program") else ""),
                   action=action, device=device, channel=channel)
        row.update(kw)
        events.append(row)
        return True

    def order(cid, ts, amount, status, channel, device, **kw):
        if ts > END:
            return
        ord_n[0] += 1
        row = dict(order_id=f"O{ord_n[0]:07d}", customer_id=cid, ts=fmt(ts), amount=f"{amount:.2f}", status=status,
                   channel=channel, device=device, currency="CNY")
        row.update(kw)
        orders.append(row)

    def fb(topic, lang, ts, cid, tp, channel, rating="", nps="", **kw):
        if ts is not None and ts > END:
            return
        fb_n[0] += 1
        fid = f"FB{fb_n[0]:05d}"
        row = dict(feedback_id=fid, text=text(topic, lang), ts=fmt(ts), customer_id=cid, touchpoint_id=tp,
                   channel=channel, rating=rating, nps=nps)
        row.update(kw)
        feedback.append(row)
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENTIMENT[topic], language=lang))

    # ---- residents
    n = 0
    people = []
    for code, (zh, en, city, hh, price, area_mult, expat, _) in COMMUNITIES.items():
        n_buildings = int(hh // 25)
        for _ in range(hh):
            n += 1
            cid = f"R{n:05d}"
            ut = RNG.choice(4, p=UNIT_P)
            u_en, u_zh, lo, hi = UNIT_TYPES[ut]
            area = round(float(RNG.uniform(lo, hi)) * area_mult, 1)
            lang = "en" if RNG.random() < expat else "zh"
            tenant = RNG.random() < (0.45 if lang == "en" else 0.22)
            if code == NEW:
                move_in = rand_day(datetime(2024, 6, 1), datetime(2025, 9, 30)) if RNG.random() < 0.85 else \
                    rand_day(datetime(2025, 10, 1), datetime(2026, 5, 31))
            elif RNG.random() < 0.10:
                move_in = rand_day(START, datetime(2026, 5, 31))
            else:
                move_in = rand_day(datetime(2012, 1, 1), datetime(2024, 12, 31))
            age_old = RNG.random() < 0.10
            device = "" if age_old else ("ios" if RNG.random() < (0.65 if lang == "en" else 0.47) else "android")
            reg = "front_desk" if not device else ("mini_program" if RNG.random() < 0.6 else "app")
            signup = max(move_in, datetime(2022, 3, 1)) + timedelta(days=int(RNG.integers(0, 20)))
            signup = day_time(signup)
            building = int(RNG.integers(1, n_buildings + 1))
            p = dict(cid=cid, code=code, zh=zh, en=en, city=city, price=price, area=area, lang=lang, tenant=tenant,
                     move_in=move_in, device=device, u_en=u_en, u_zh=u_zh, reg=reg, signup=signup,
                     building=f"{building}栋", unit=f"{building}-{int(RNG.integers(2, 33)):02d}{int(RNG.integers(1, 5)):02d}",
                     unpaid_old=False)
            people.append(p)

    def place(p):
        return dict(community=p["zh"], community_en=p["en"], building=p["building"])

    # ---- activity per resident
    for p in people:
        cid, code, dev = p["cid"], p["code"], p["device"]
        active_from = max(START, p["move_in"])
        digital_ch = p["reg"] if dev else ""

        # community notices (app / mini-program users)
        if dev:
            k = RNG.poisson(0.15 * max(0.0, (END - active_from).days) / 30.4)
            for _ in range(k):
                ev(cid, day_time(rand_day(active_from, END), 7, 23), "tp_notice_view", "view", dev, digital_ch, **place(p))

        # ---- property-fee bills, quarterly
        qs = [(2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2)]
        for y, qn in qs:
            issue = datetime(y, 3 * qn - 2, 1, 9, 0, 0) + timedelta(seconds=int(RNG.integers(0, 3600)))
            if issue < p["move_in"]:
                continue
            price = p["price"] + (SZ_HIKE if (p["city"] == "苏州" and y == 2026) else 0.0)
            amount = round(p["area"] * price * 3, 2)
            bill_id = f"B{cid[1:]}{y % 100}{qn}"
            period = f"{y}Q{qn}"
            bk = dict(bill_id=bill_id, bill_period=period, amount_due=f"{amount:.2f}", **place(p))
            ev(cid, issue, "tp_bill_issued", "issue", "", "app" if dev else "other", **bk)
            p30 = 0.74 if p["tenant"] else 0.91
            never = 0.02
            if p["city"] == "苏州" and (y, qn) == (2026, 1):
                p30 *= 0.70
                never = 0.07
            elif p["city"] == "苏州" and (y, qn) == (2026, 2):
                p30 *= 0.86
                never = 0.04
            r = RNG.random()
            if r < p30:
                d = float(RNG.gamma(1.3, 5.0))
                if d >= 29.5:
                    d = float(RNG.uniform(0, 29.5))
                paid = issue + timedelta(days=d)
            elif r < 1 - never:
                paid = issue + timedelta(days=31 + float(RNG.gamma(2.0, 14.0)))
            else:
                paid = None
            for rd in (15, 45, 75):
                if paid is None or paid > issue + timedelta(days=rd):
                    ev(cid, issue + timedelta(days=rd, hours=1), "tp_bill_reminder", "remind", "",
                       "app" if dev else "phone", **bk)
            if paid is not None and paid <= END:
                paid = max(issue + timedelta(minutes=10), day_time(paid, 8, 22))
                if dev:
                    ch = RNG.choice(["mini_program", "app", "front_desk"], p=[0.55, 0.35, 0.10])
                else:
                    ch = RNG.choice(["front_desk", "other"], p=[0.85, 0.15])
                if ch == "mini_program":
                    pm = "wechat_pay"
                elif ch == "app":
                    pm = RNG.choice(["alipay", "wechat_pay", "bank_card"], p=[0.5, 0.4, 0.1])
                elif ch == "front_desk":
                    pm = RNG.choice(["cash", "bank_card"], p=[0.3, 0.7])
                else:
                    pm = "bank_transfer"
                d = dev if ch in ("app", "mini_program") else ""
                ev(cid, paid, "tp_fee_paid", "success", d, ch, payment_method=pm, **bk)
                ok = dict(order_type="property_fee", fee_item="物业费", bill_id=bill_id, bill_period=period,
                          payment_method=pm, community=p["zh"], community_en=p["en"])
                order(cid, paid, amount, "paid", ch, d, **ok)
                if ch in ("app", "mini_program") and RNG.random() < 0.01:   # double charge, refunded
                    order(cid, paid + timedelta(minutes=2), amount, "refunded", ch, d, **ok)
            elif issue < datetime(2026, 5, 1):
                p["unpaid_old"] = True

        # ---- repairs
        for ms, me in month_starts():
            if me <= active_from:
                continue
            lam = 0.09 * MONTH_REPAIR_W[ms.month - 1] * (1.5 if ms < p["move_in"] + timedelta(days=120) else 1.0)
            k = RNG.poisson(lam)
            cats = list(RNG.choice(len(REPAIR_CATS), size=k, p=CAT_P_SUMMER if ms.month in (6, 7) else CAT_P)) if k else []
            if code == LIFT:
                cats += [4] * RNG.poisson(0.05)
            for ci in cats:
                submit = day_time(rand_day(max(ms, active_from), me - timedelta(days=1)), 7, 22)
                repair(p, submit, ci, ev, order, fb, place)

        # ---- parking permits
        if RNG.random() < (0.30 if p["tenant"] else 0.24):
            apply_t = day_time(rand_day(active_from + timedelta(days=5), END), 8, 22)
            tries = 0
            while apply_t <= END and tries < 3:
                tries += 1
                rejected = parking(p, apply_t, ev, order, fb, place)
                if not rejected or RNG.random() > 0.35:
                    break
                apply_t = day_time(apply_t + timedelta(days=int(RNG.integers(20, 60))), 8, 22)

        # ---- complaints
        for ms, me in month_starts():
            if me <= active_from:
                continue
            rates = {t: 0.010 * v[2] for t, v in COMPLAINT_TOPICS.items()}
            if code == NEW and ms.month in (5, 6, 7, 8, 9):
                rates["noise"] += 0.075 if ms.year == 2025 else 0.025
            if code == LIFT:
                rates["lift"] += 0.020
            if code == SLOW:
                rates["slow_repair"] += 0.008
            if p["city"] == "苏州" and ms.year == 2026 and ms.month <= 3:
                rates["fee"] += 0.012
            if code == PARKING_TIGHT:
                rates["parking"] += 0.005
            if p["lang"] == "en":
                rates["english"] = 0.006
            keys = list(rates)
            lam = np.array([rates[t] for t in keys])
            k = RNG.poisson(lam.sum())
            for ti in (RNG.choice(len(keys), size=k, p=lam / lam.sum()) if k else []):
                t = day_time(rand_day(max(ms, active_from), me - timedelta(days=1)), 7, 23)
                complaint(p, t, keys[ti], ev, fb, place)

    # ---- satisfaction surveys (June and December 2025)
    for wave, a, b in (("2025-06", datetime(2025, 6, 10), datetime(2025, 6, 30)),
                       ("2025-12", datetime(2025, 12, 1), datetime(2025, 12, 20))):
        for p in people:
            if p["move_in"] > a or RNG.random() > 0.21:
                continue
            code = p["code"]
            topics = {"staff_praise": 0.30, "survey_neutral": 0.22, "cleaning": 0.12, "security": 0.10, "fee": 0.08,
                      "parking": 0.05, "pets": 0.03}
            if code == LIFT:
                topics["lift"] = 0.45
            if code == NEW and wave == "2025-06":
                topics["noise"] = 0.50
            if code == SLOW:
                topics["slow_repair"] = 0.45
            if code == PARKING_TIGHT:
                topics["parking"] = 0.30
            if p["lang"] == "en":
                topics["english"] = 0.15
            keys = list(topics)
            w = np.array([topics[k] for k in keys])
            topic = keys[RNG.choice(len(keys), p=w / w.sum())]
            if SENTIMENT[topic] == "positive":
                nps = int(RNG.choice([7, 8, 9, 10], p=[0.15, 0.3, 0.3, 0.25]))
            elif SENTIMENT[topic] == "neutral":
                nps = int(RNG.choice([5, 6, 7, 8], p=[0.25, 0.35, 0.25, 0.15]))
            else:
                nps = int(RNG.choice([0, 1, 2, 3, 4, 5, 6], p=[0.1, 0.1, 0.15, 0.2, 0.2, 0.15, 0.1]))
            rating = int(min(5, max(1, round(nps / 2.2 + RNG.normal(0.4, 0.5)))))
            paper = (not p["device"]) or RNG.random() < 0.08
            ts = None if paper else day_time(rand_day(a, b), 8, 22)
            if ts is not None:
                ev(p["cid"], ts, "tp_survey", "respond", p["device"], p["reg"], **place(p))
            fb(topic, p["lang"], ts, p["cid"], "tp_survey", "survey", rating, nps, survey_wave=wave,
               community=p["zh"], community_en=p["en"], form="paper" if paper else "online")

    # ---- app store reviews
    with_dev = [p for p in people if p["device"]]
    android = [p for p in with_dev if p["device"] == "android"]
    specs = [("app_bug", 115, android, datetime(2026, 1, 8), END, "tp_repair_confirm", (1, 2)),
             ("app_pay", 95, with_dev, START, END, "tp_fee_paid", (4, 5)),
             ("app_notice", 55, with_dev, START, END, "tp_notice_view", (2, 3)),
             ("app_general", 55, with_dev, START, END, "tp_repair_submit", (4, 5))]
    for topic, k, pool, a, b, tp, (r0, r1) in specs:
        for _ in range(k):
            p = pool[RNG.integers(len(pool))]
            ts = day_time(rand_day(a, b), 7, 23)
            version = "5.2.0" if ts >= datetime(2026, 1, 6) else "5.1.3"
            no_ts = RNG.random() < 0.20
            anon = RNG.random() < 0.30
            fb(topic, p["lang"], None if no_ts else ts, "" if anon else p["cid"], tp, "app_review",
               int(RNG.integers(r0, r1 + 1)), "", platform=p["device"], app_version=version)

    # ---- exact duplicate event rows (re-sent by the work-order system)
    subs = [e for e in events if e["touchpoint_id"] == "tp_repair_submit"]
    for i in RNG.choice(len(subs), size=30, replace=False):
        events.append(dict(subs[i]))

    # ---- segment at the end of the data
    for p in people:
        seg = "at_risk" if p["unpaid_old"] else ("new" if p["move_in"] >= START else "regular")
        customers.append(dict(
            customer_id=p["cid"], signup_at=fmt(p["signup"]), segment=seg, region=p["city"],
            acquisition_channel=p["reg"], community=p["zh"], community_en=p["en"], city_en=CITY_EN[p["city"]],
            building=p["building"], unit_no=p["unit"], unit_type=p["u_en"], unit_type_zh=p["u_zh"],
            area_sqm=p["area"], resident_type="tenant" if p["tenant"] else "owner",
            resident_type_zh="租户" if p["tenant"] else "业主", move_in_year=p["move_in"].year,
            preferred_language=p["lang"]))

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for i, tp in enumerate(j[4])])
    write(out / "customers.csv", customers)
    write(out / "events.csv", events)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def repair(p, submit, ci, ev, order, fb, place):
    cid, code, dev = p["cid"], p["code"], p["device"]
    zh, en, scope, _ = REPAIR_CATS[ci]
    rid = f"WO{submit:%y%m%d}{int(RNG.integers(0, 10**6)):06d}"
    if dev:
        ch = p["reg"] if RNG.random() < 0.85 else ("app" if p["reg"] == "mini_program" else "mini_program")
    else:
        ch = RNG.choice(["phone", "front_desk"], p=[0.6, 0.4])
    d = dev
    tech = f"T{'H' if p['city'] == '杭州' else 'S'}{int(RNG.integers(1, 16)):02d}"
    kw = dict(repair_id=rid, repair_category=zh, repair_category_en=en, repair_scope=scope, **place(p))
    ev(cid, submit, "tp_repair_submit", "submit", d, ch if ch != "front_desk" else "store", **kw)
    if RNG.random() < 0.01:
        return
    slow = code == SLOW
    h_dispatch = float(RNG.lognormal(np.log(30.0 if slow else 1.2), 0.4 if slow else 0.6))
    t_dispatch = submit + timedelta(hours=h_dispatch)
    ev(cid, t_dispatch, "tp_repair_dispatch", "assign", d, "other", technician_id=tech, **kw)
    if RNG.random() < 0.03:
        return
    h_onsite = float(RNG.lognormal(np.log(28.0 if slow else 3.0), 0.4 if slow else 0.7))
    t_onsite = t_dispatch + timedelta(hours=h_onsite)
    ev(cid, t_onsite, "tp_tech_onsite", "arrive", d, "store", technician_id=tech, **kw)
    if RNG.random() < 0.04:
        return
    parts = scope == "in_home" and RNG.random() < 0.28
    h_work = float(RNG.uniform(0.5, 3.0)) + (float(RNG.uniform(24, 96)) if parts else 0.0)
    t_done = t_onsite + timedelta(hours=h_work)
    total_h = (t_done - submit).total_seconds() / 3600
    if not ev(cid, t_done, "tp_repair_complete", "complete", d, "store", technician_id=tech,
              repair_hours=round(total_h, 2), **kw):
        return
    if parts:
        amount = float(np.clip(RNG.lognormal(np.log(150), 0.6), 30, 900))
        och = ch if ch in ("app", "mini_program") else "front_desk"
        od = dev if och in ("app", "mini_program") else ""
        pm = {"app": "alipay", "mini_program": "wechat_pay"}.get(och, "bank_card")
        order(cid, t_done + timedelta(minutes=int(RNG.integers(5, 90))), round(amount, 0),
              "cancelled" if RNG.random() < 0.05 else "paid", och, od, order_type="repair", fee_item="维修费",
              repair_id=rid, payment_method=pm, community=p["zh"], community_en=p["en"])
    # resident confirmation and rating
    if dev == "android" and submit >= datetime(2026, 1, 6):
        pc = 0.38
    elif dev:
        pc = 0.84
    else:
        pc = 0.70
    if RNG.random() > pc:
        return
    t_conf = t_done + timedelta(hours=float(RNG.uniform(1, 48)))
    if total_h > 60:
        probs = [0.32, 0.33, 0.22, 0.09, 0.04]
    elif total_h > 30:
        probs = [0.10, 0.15, 0.30, 0.30, 0.15]
    else:
        probs = [0.02, 0.03, 0.10, 0.32, 0.53]
    rating = int(RNG.choice([1, 2, 3, 4, 5], p=probs))
    cch = ch if ch in ("app", "mini_program") else "phone"
    if not ev(cid, t_conf, "tp_repair_confirm", "confirm", d, cch, rating=rating, **kw):
        return
    if rating >= 4:
        topic = "praise"
    elif rating == 3:
        topic = "slow_review" if total_h > 30 and RNG.random() < 0.5 else "neutral"
    else:
        topic = "slow_review" if total_h > 30 else "quality"
    fb(topic, p["lang"], t_conf, cid, "tp_repair_confirm", "repair_review", rating, "", repair_id=rid,
       repair_category=zh, repair_category_en=en, community=p["zh"], community_en=p["en"])


def parking(p, t, ev, order, fb, place):
    cid, code, dev = p["cid"], p["code"], p["device"]
    pid = f"PK{cid[1:]}{int(RNG.integers(100, 1000))}"
    ev_share = 0.30 if t < datetime(2026, 1, 1) else 0.45
    ev_flag = RNG.random() < ev_share
    kw = dict(permit_id=pid, vehicle_type="新能源车" if ev_flag else "燃油车", vehicle_type_en="EV" if ev_flag else "petrol",
              **place(p))
    ch = p["reg"] if dev else "store"
    ev(cid, t, "tp_parking_apply", "submit", dev, ch, **kw)
    t_rev = day_time(t + timedelta(days=int(RNG.integers(1, 6))), 9, 18)
    reject = RNG.random() < COMMUNITIES[code][7]
    if not ev(cid, t_rev, "tp_parking_review", "reject" if reject else "approve", dev, "other", **kw):
        return False
    if reject:
        if RNG.random() < 0.45:
            fb("parking_reject", p["lang"], t_rev + timedelta(hours=float(RNG.uniform(1, 30))), cid,
               "tp_parking_review", "service_rating", int(RNG.choice([1, 2], p=[0.6, 0.4])), "",
               permit_id=pid, community=p["zh"], community_en=p["en"])
        return True
    t_iss = day_time(t_rev + timedelta(days=int(RNG.integers(1, 4))), 9, 18)
    if not ev(cid, t_iss, "tp_parking_issued", "issue", dev, "store", **kw):
        return False
    fee = 3600.0 if code == PARKING_TIGHT else (3000.0 if p["city"] == "杭州" else 2400.0)
    och = p["reg"] if dev else "front_desk"
    pm = {"app": "alipay", "mini_program": "wechat_pay"}.get(och, "bank_card")
    order(cid, t_iss + timedelta(minutes=int(RNG.integers(5, 120))), fee,
          "refunded" if RNG.random() < 0.02 else "paid", och, dev if och != "front_desk" else "",
          order_type="parking", fee_item="停车费", permit_id=pid, payment_method=pm,
          community=p["zh"], community_en=p["en"])
    if RNG.random() < 0.15:
        fb("parking_ok", p["lang"], t_iss + timedelta(hours=float(RNG.uniform(1, 30))), cid, "tp_parking_issued",
           "service_rating", int(RNG.choice([4, 5])), "", permit_id=pid, community=p["zh"], community_en=p["en"])
    return False


def complaint(p, t, topic, ev, fb, place):
    cid, dev = p["cid"], p["device"]
    zh, en, _ = COMPLAINT_TOPICS[topic]
    cpid = f"CP{t:%y%m%d}{int(RNG.integers(0, 10**5)):05d}"
    kw = dict(complaint_id=cpid, complaint_topic=zh, complaint_topic_en=en, **place(p))
    ch = (p["reg"] if RNG.random() < 0.75 else "phone") if dev else RNG.choice(["phone", "store"])
    if not ev(cid, t, "tp_complaint_filed", "file", dev if ch in ("app", "mini_program") else "", ch, **kw):
        return
    ftopic = "fee_hike" if (topic == "fee" and p["city"] == "苏州" and t >= datetime(2026, 1, 1)) else topic
    fb(ftopic, p["lang"], t, cid, "tp_complaint_filed", "complaint", "", "", complaint_id=cpid,
       complaint_topic=zh, complaint_topic_en=en, community=p["zh"], community_en=p["en"])
    if RNG.random() < 0.92:
        days = float(RNG.gamma(1.6, 1.8)) + (1.5 if topic in ("lift", "noise") else 0.0)
        ev(cid, t + timedelta(days=days), "tp_complaint_closed", "close", "", "other", **kw)


def write(path: Path, rows: list[dict]) -> None:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows([r.get(c, "") for c in cols] for r in rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
