"""CityLine 12345 滨河市民服务热线: a city government citizen service hotline (phone, app, WeChat mini program).
Citizens file requests (工单: complaints, help requests, inquiries, suggestions); the hotline centre accepts
(受理) them, answers inquiries on the spot or dispatches (派单) them to a city department, the department signs
for (签收) and handles them, closes them (办结), the centre calls the citizen back (回访) and records a
satisfaction rating. Certificate-handling tickets can end in a paid certificate courier service (证照快递).
Data covers 2024-07-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table). Deterministic (fixed seed), plain Python + numpy, about two seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 12345
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
N = 5000
D = timedelta
H = lambda x: timedelta(hours=float(x))  # noqa: E731

# 区, district, region (zone)
DISTRICTS = [("和平区", "Heping", "中心城区"), ("河东区", "Hedong", "中心城区"), ("河西区", "Hexi", "中心城区"),
             ("南湖区", "Nanhu", "新区"), ("高新区", "Gaoxin", "新区"), ("北郊区", "Beijiao", "郊区")]
DIST_W = [0.19, 0.2, 0.18, 0.16, 0.15, 0.12]
AGE = ["18-29", "30-44", "45-59", "60+"]
AGE_W = [0.2, 0.32, 0.27, 0.21]
# preferred intake channel by age band: phone, app, mini_program
CH_PREF = {"18-29": [0.22, 0.36, 0.42], "30-44": [0.35, 0.35, 0.30], "45-59": [0.55, 0.25, 0.20],
           "60+": [0.80, 0.10, 0.10]}
CHANNELS = ["phone", "app", "mini_program"]
CH_ZH = {"phone": "热线电话", "app": "App", "mini_program": "微信小程序"}

# category key -> (诉求类别, category, base weight)
CATS = {"noise": ("噪音", "noise", 0.15), "property": ("物业", "property", 0.25), "traffic": ("交通", "traffic", 0.12),
        "water": ("供水", "water", 0.08), "sanitation": ("市容环境", "sanitation", 0.12),
        "social": ("社保", "social insurance", 0.10), "consumer": ("消费维权", "consumer rights", 0.10),
        "cert": ("证照办理", "certificates", 0.12), "heating": ("供暖", "heating", 0.0)}
# department key -> (部门, department, median days signed -> closed)
DEPTS = {"env": ("生态环境局", "Environment Bureau", 2.2), "urban": ("城管局", "Urban Management Bureau", 2.5),
         "housing": ("住建局", "Housing Bureau", 8.5), "transport": ("交通运输局", "Transport Bureau", 3.0),
         "heat": ("供热办", "Heating Office", 1.6), "water": ("水务局", "Water Bureau", 1.8),
         "hr": ("人社局", "Human Resources & Social Security Bureau", 2.6),
         "market": ("市场监管局", "Market Regulation Bureau", 3.2),
         "approval": ("行政审批局", "Administrative Approval Bureau", 2.0)}
CAT_DEPT = {"noise": None, "property": "housing", "traffic": "transport", "water": "water", "sanitation": "urban",
            "social": "hr", "consumer": "market", "cert": "approval", "heating": "heat"}
# request type mix per category: complaint, help, inquiry, suggestion
RTYPES = [("投诉", "complaint"), ("求助", "help"), ("咨询", "inquiry"), ("建议", "suggestion")]
RT_W = {"noise": [0.78, 0.1, 0.08, 0.04], "property": [0.62, 0.2, 0.14, 0.04], "traffic": [0.45, 0.12, 0.28, 0.15],
        "water": [0.35, 0.45, 0.17, 0.03], "sanitation": [0.6, 0.15, 0.1, 0.15], "social": [0.12, 0.2, 0.66, 0.02],
        "consumer": [0.7, 0.12, 0.16, 0.02], "cert": [0.05, 0.65, 0.28, 0.02], "heating": [0.62, 0.28, 0.08, 0.02]}
URGENT_P = {"heating": 0.32, "water": 0.3, "traffic": 0.12, "noise": 0.1, "property": 0.1, "sanitation": 0.06,
            "social": 0.04, "consumer": 0.05, "cert": 0.03}

TOUCHPOINTS = [
    ("tp_call", "热线来电", "Hotline call", "purchase", "phone", "physical", "hotline_centre",
     "来电|打电话|拨打12345|热线|电话|call|phone call|hotline|dial 12345"),
    ("tp_online_entry", "进入诉求页", "Opened request page", "consideration", "app", "digital", "digital_team",
     "进入|打开诉求页|我要反映|入口|request page|open form|entry"),
    ("tp_online_form", "填写诉求", "Filled in request form", "consideration", "app", "digital", "digital_team",
     "填写|填表|诉求内容|描述问题|form|fill in|request form"),
    ("tp_photo_location", "上传照片/定位", "Photo & location", "consideration", "app", "digital", "digital_team",
     "上传照片|定位|选地址|拍照|照片|位置|photo|location|upload photo|address|geolocation"),
    ("tp_online_submit", "线上提交诉求", "Online request submitted", "purchase", "app", "digital", "digital_team",
     "提交|线上提交|网上反映|submit|online submission|submitted"),
    ("tp_accept", "受理", "Accepted", "service", "other", "physical", "hotline_centre",
     "受理|登记|建单|立案|accept|accepted|intake|registered|ticket created"),
    ("tp_dispatch", "派单", "Dispatched to department", "service", "other", "physical", "hotline_centre",
     "派单|转办|分派|交办|派到部门|dispatch|dispatched|assigned|routed"),
    ("tp_dept_process", "部门签收处理", "Department signed & handling", "service", "other", "physical", "departments",
     "签收|部门处理|承办|处理中|sign for|handling|in progress|department handling"),
    ("tp_urge", "催办", "Chaser call", "service", "phone", "physical", "hotline_centre",
     "催办|催促|再次来电|督办|chase|chaser|follow-up call|urge|reminder call"),
    ("tp_close", "办结", "Closed", "service", "other", "physical", "departments",
     "办结|结案|办完|处理完毕|关闭|close|closed|resolved|completed"),
    ("tp_callback", "回访", "Callback", "loyalty", "phone", "physical", "hotline_centre",
     "回访|电话回访|满意度回访|回拨|callback|call back|follow-up survey|satisfaction call"),
    ("tp_cert_express", "证照快递", "Certificate courier", "service", "app", "digital", "approval_service",
     "快递|邮寄|证照快递|寄证|EMS|courier|mail|postage|certificate delivery"),
]
JOURNEYS = [
    ("online_submit", "线上提交诉求", "Online request submission", 1,
     ["tp_online_entry", "tp_online_form", "tp_photo_location", "tp_online_submit"]),
    ("handling", "工单办理", "Ticket handling", 30,
     ["tp_accept", "tp_dispatch", "tp_dept_process", "tp_close", "tp_callback"]),
]

ZH = {
    "praise": ["处理很及时，很满意", "工作人员态度很好，问题解决了", "第二天就有人来处理了，点赞", "问题已经解决，谢谢12345",
               "回复很快，办事效率高"],
    "ok": ["问题解决了一部分，还行", "一般吧，总算有人管了", "结果还可以，就是过程有点长"],
    "unsolved": ["问题根本没解决，就打电话说办结了", "说是办结了，其实现场还是老样子", "没解决，敷衍了事"],
    "slow": ["拖了两个多星期才办结", "等了快一个月才有人来处理，太慢了", "一直没人处理，催了好几次"],
    "kick": ["派错部门了，几个部门来回踢皮球", "推来推去，没有一个部门愿意管", "转了三个部门，都说不归他们管"],
    "template": ["小程序提交后只收到模板回复，根本没人联系我", "小程序里的回复就是复制粘贴的套话", "在小程序上反映，回复驴唇不对马嘴"],
    "heating": ["暖气不热，室温才十六度", "供暖不达标，家里老人冻得受不了", "暖气片冰凉，热力公司一直不来", "今年供暖比去年还差，室温不到18度"],
    "property": ["物业不作为，电梯坏了半个月没人修", "物业乱收费，投诉了也没用", "小区垃圾没人清，物业不管"],
    "noise": ["楼下烧烤店半夜还很吵，噪音扰民", "工地夜间施工噪音太大，睡不着", "广场舞音响太响，噪音问题一直没解决"],
    "urge_call": ["市民来电催办：反映的问题过了一周还没人处理", "市民再次来电催办，情绪激动，要求尽快处理",
                  "市民来电催办，表示已经等了很久，要求给个说法"],
    "urge_info": ["市民来电询问办理进度，已告知正在处理"],
    "location": ["定位一直失败，地址选不了", "照片传不上去，一直转圈", "上传照片那一步卡住了，只好打电话"],
    "font": ["字太小，老人不会用", "操作太复杂，老年人根本用不来"],
    "convenient": ["在App上反映问题很方便", "不用排队打电话，手机上就能提交，挺好"],
    "neutral": ["还可以吧", "中规中矩"],
}
EN = {
    "praise": ["Handled quickly, very satisfied", "The staff were friendly and the issue is fixed", "Fixed the next day, thanks"],
    "ok": ["Partly solved, it's ok", "Fine, but it took a while"],
    "unsolved": ["Marked as closed but nothing was actually fixed", "Not solved at all, just a phone call saying it's done"],
    "slow": ["Took more than two weeks to get it closed", "Waited almost a month before anyone came, way too slow"],
    "kick": ["Sent to the wrong department and passed around between offices",
             "Three departments each said it's not their job - passed around"],
    "template": ["Submitted on the mini program and only got a template reply, nobody contacted me",
                 "The mini program reply was copy-paste boilerplate"],
    "heating": ["Radiator is cold, the flat is only 16 degrees", "Heating not working properly, still cold at home",
                "Heating this winter is worse than last year"],
    "property": ["Property management ignores us, lift broken for two weeks", "Property company keeps overcharging"],
    "noise": ["Bar downstairs is loud until 2am, constant noise", "Night-time construction noise, can't sleep"],
    "urge_call": ["Citizen called again to chase: still nothing done after a week",
                  "Citizen chased the ticket, upset about the wait"],
    "urge_info": ["Citizen called to ask about progress, told it is being handled"],
    "location": ["Location keeps failing, can't pick the address", "Photo upload spins forever, gave up and called"],
    "font": ["Text is too small for older people"],
    "convenient": ["Very convenient to report issues in the app", "Easy to submit on my phone, no queue"],
    "neutral": ["It's ok", "Average"],
}
SENT = {"praise": "pos", "ok": "neu", "unsolved": "neg", "slow": "neg", "kick": "neg", "template": "neg",
        "heating": "neg", "property": "neg", "noise": "neg", "urge_call": "neg", "urge_info": "neu",
        "location": "neg", "font": "neg", "convenient": "pos", "neutral": "neu"}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    events, orders, feedback = [], [], []
    cnt = {"e": 0, "o": 0, "f": 0, "t": 0, "s": 0}

    def nid(kind, prefix, width):
        cnt[kind] += 1
        return f"{prefix}{cnt[kind]:0{width}d}"

    def fmt(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ev(c, t, tp, action, session, device="", channel="", **extra):
        if t > END:
            return False
        row = dict(event_id=nid("e", "E", 7), customer_id=c["id"], ts=fmt(t), touchpoint_id=tp, session_id=session,
                   action=action, device=device, channel=channel, 区=c["区"], district=c["district"])
        row.update(extra)
        events.append(row)
        return True

    def comment(c, t, topic, channel, rating=None, dated=True, anonymous=False, **extra):
        if t > END:
            return
        texts = (EN if c["lang"] == "en" else ZH)[topic]
        row = dict(feedback_id=nid("f", "FB", 6), text=str(texts[int(rng.integers(len(texts)))]),
                   ts=fmt(t) if dated else "", customer_id="" if anonymous else c["id"], channel=channel,
                   rating="" if rating is None else int(rating), language=c["lang"], 区=c["区"],
                   district=c["district"], sentiment_label=SENT[topic])
        row.update(extra)
        feedback.append(row)

    # ---------------- citizens
    span = (END - START).total_seconds()
    citizens = []
    for i in range(N):
        k = int(rng.choice(len(DISTRICTS), p=DIST_W))
        zh_d, en_d, zone = DISTRICTS[k]
        age = str(rng.choice(AGE, p=AGE_W))
        pref = str(rng.choice(CHANNELS, p=CH_PREF[age]))
        p_en = 0.22 if en_d == "Gaoxin" else 0.05
        citizens.append(dict(id=f"CZ{i + 1:05d}", 区=zh_d, district=en_d, zone=zone, age=age, pref=pref,
                             lang="en" if (rng.random() < p_en and age != "60+") else "zh",
                             device="ios" if rng.random() < 0.45 else "android", signup=None, n=0, first_ch=None,
                             first_t=None))

    def pick_cat(c, t):
        keys = [k for k in CATS if k != "heating"]
        w = np.array([CATS[k][2] for k in keys])
        if c["district"] == "Hexi":
            w[keys.index("noise")] *= 2.2            # nightlife: bars and night markets
        if c["district"] == "Beijiao":
            w[keys.index("water")] *= 3.0            # old pipes, outages
        if t.month in (6, 7, 8):
            w[keys.index("noise")] *= 1.3
        return keys[int(rng.choice(len(keys), p=w / w.sum()))]

    # ticket intents: (citizen, time, category)
    intents = []
    for c in citizens:
        t = START + D(seconds=float(span * rng.beta(1.25, 1.0)))
        k = 1 + int(rng.geometric(0.55)) - 1
        k = min(k, 9)
        for _ in range(k):
            if t > END:
                break
            intents.append((c, t, pick_cat(c, t)))
            t = t + D(days=float(rng.exponential(75)))
        # heating seasons: 2024-11-15 .. 2025-03-15 and 2025-11-15 .. 2026-03-15 (+ questions before the start)
        for y, p in ((2024, 0.075), (2025, 0.125)):
            pp = p * (2.2 if c["district"] == "Hedong" else 1.0) * (0.5 if c["district"] == "Beijiao" else 1.0)
            if rng.random() < pp:
                s0 = datetime(y, 11, 15)
                th = s0 + D(days=float(np.clip(rng.gamma(3.0, 14.0), 0, 118)))
                intents.append((c, th.replace(hour=int(rng.integers(7, 23))), "heating"))
            if rng.random() < 0.012:                 # "when does the heating start?" in late Oct / early Nov
                th = datetime(y, 10, 20) + D(days=float(rng.uniform(0, 25)))
                intents.append((c, th.replace(hour=int(rng.integers(8, 21))), "heating_q"))
    intents.sort(key=lambda x: x[1])

    for c, t, cat in intents:
        one_ticket(c, t, cat, rng, ev, comment, orders, nid, fmt)

    # app-store reviews of the 12345 app (a good part without a date)
    for c in citizens:
        if c["signup"] is None or rng.random() > 0.16:
            continue
        tr = c["signup"] + D(days=float(rng.uniform(0, 200)))
        if c["age"] == "60+":
            topic = str(rng.choice(["location", "font", "convenient", "neutral"], p=[0.45, 0.4, 0.1, 0.05]))
        else:
            topic = str(rng.choice(["location", "font", "convenient", "neutral"], p=[0.3, 0.05, 0.5, 0.15]))
        rating = {"location": 2, "font": 2, "convenient": 5, "neutral": 3}[topic] - int(rng.random() < 0.3)
        tp = {"location": "tp_photo_location", "font": "tp_online_form", "convenient": "tp_online_submit",
              "neutral": "tp_online_submit"}[topic]
        comment(c, min(tr, END), topic, "app_review", rating=rating if rng.random() < 0.9 else None,
                dated=rng.random() > 0.3, touchpoint_id=tp, source_channel=c["pref"] if c["pref"] != "phone"
                else "app", 来源渠道=CH_ZH[c["pref"] if c["pref"] != "phone" else "app"])

    # ---------------- customers table
    for c in citizens:
        n = c["n"]
        c["segment"] = "no_ticket" if n == 0 else ("new" if n == 1 else ("returning" if n <= 3 else "frequent"))
    crow = [dict(customer_id=c["id"], signup_at=fmt(c["signup"]) if c["signup"] else "", segment=c["segment"],
                 region=c["zone"], acquisition_channel=c["first_ch"] or "", tier="registered" if c["signup"] else
                 "guest", 区=c["区"], district=c["district"], age_band=c["age"], language=c["lang"])
            for c in citizens if c["n"] > 0 or c["signup"]]
    dup = rng.choice(len(events), 24, replace=False)
    events.extend(dict(events[int(i)]) for i in dup)
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    orders.sort(key=lambda r: r["order_id"])
    feedback.sort(key=lambda r: r["feedback_id"])

    def write(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)

    write("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                               kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                            touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write("customers", crow, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "区",
                              "district", "age_band", "language"])
    write("events", events, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device",
                             "channel", "ticket_id", "区", "district", "诉求类别", "category", "诉求类型",
                             "request_type", "紧急程度", "urgency", "部门", "department"])
    write("orders", orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "ticket_id",
                             "service", "配送方式", "delivery_type", "区", "district", "refund_amount", "currency"])
    write("feedback", feedback, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                 "language", "ticket_id", "source_channel", "来源渠道", "区", "district", "部门",
                                 "department", "诉求类别", "category", "满意度", "satisfaction", "sentiment_label"])
    print(f"customers {len(crow)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")


def one_ticket(c, t, cat, rng, ev, comment, orders, nid, fmt) -> None:
    """one request: (online form funnel or call) -> accept -> direct reply | dispatch -> sign -> close -> callback."""
    if t > END:
        return
    heating_q = cat == "heating_q"
    if heating_q:
        cat = "heating"
    ch = c["pref"] if rng.random() < 0.8 else str(rng.choice(CHANNELS))
    dev = c["device"]
    # ---- online submission funnel
    if ch != "phone":
        if c["signup"] is None:
            c["signup"] = t - D(days=float(rng.uniform(0.01, 60)))
            if c["signup"] < START - D(days=365):
                c["signup"] = START
        sess = nid("s", "OS", 6)
        te = t - H(rng.uniform(0.17, 0.35))
        ev(c, te, "tp_online_entry", "view", sess, dev, ch)
        ok = rng.random() < 0.9
        if ok:
            ev(c, te + H(rng.uniform(0.02, 0.06)), "tp_online_form", "submit", sess, dev, ch)
            ok = rng.random() < 0.92
            if ok:
                ev(c, te + H(rng.uniform(0.08, 0.15)), "tp_photo_location", "click", sess, dev, ch)
                ok = rng.random() < (0.33 if c["age"] == "60+" else 0.7)
        if not ok:
            if rng.random() < 0.45:          # gives up online and calls the hotline instead
                ch = "phone"
                t = t + H(rng.uniform(0.5, 20))
                if t > END:
                    return
            else:
                return
    tid = nid("t", "GD", 6)
    rt = int(rng.choice(4, p=[0.05, 0.05, 0.88, 0.02] if heating_q else RT_W[cat]))
    urgent = (not heating_q) and rng.random() < URGENT_P[cat]
    dkey = CAT_DEPT[cat] or ("env" if rng.random() < 0.55 else "urban")
    common = dict(ticket_id=tid, 诉求类别=CATS[cat][0], category=CATS[cat][1], 诉求类型=RTYPES[rt][0],
                  request_type=RTYPES[rt][1], 紧急程度="紧急" if urgent else "一般", urgency="urgent" if urgent else "normal")
    dep = dict(部门=DEPTS[dkey][0], department=DEPTS[dkey][1])
    if ch == "phone":
        if not ev(c, t, "tp_call", "call", tid, "", "phone", **common):
            return
        ta = t + H(rng.uniform(0.03, 0.12))
        # the agent's call note (热线通话记录) for the loudest complaint topics
        p_note = {"heating": 0.3 if t.year == 2024 or t.month < 7 and t.year == 2025 else 0.45,
                  "property": 0.2, "noise": 0.2}.get(cat, 0.0)
        if RTYPES[rt][1] != "inquiry" and rng.random() < p_note:
            comment(c, t + H(0.05), cat, "call_note", dated=rng.random() > 0.05, touchpoint_id="tp_call",
                    ticket_id=tid, source_channel="phone", 来源渠道=CH_ZH["phone"], 诉求类别=CATS[cat][0],
                    category=CATS[cat][1], **dep)
    else:
        if not ev(c, t, "tp_online_submit", "submit", sess, dev, ch, ticket_id=tid):
            return
        ta = t + H(rng.lognormal(np.log(0.8), 0.6))
        if ta.hour >= 21 or ta.hour < 8:
            nxt = ta if ta.hour < 8 else ta + D(days=1)
            ta = nxt.replace(hour=8, minute=0, second=0) + H(rng.uniform(0, 2))
    c["n"] += 1
    if c["first_ch"] is None:
        c["first_ch"] = ch
    if not ev(c, ta, "tp_accept", "accept", tid, "", ch, **common):
        return
    fbx = dict(ticket_id=tid, source_channel=ch, 来源渠道=CH_ZH[ch], 诉求类别=CATS[cat][0], category=CATS[cat][1])
    if RTYPES[rt][1] == "inquiry":        # answered on the spot (直接答复)
        ev(c, ta + H(rng.uniform(0.05, 0.5)), "tp_close", "direct_reply", tid, "", ch, **common)
        return
    # ---- dispatch (mini-program tickets are auto-classified and misrouted much more often)
    td = ta + H(rng.lognormal(np.log(0.6 if urgent else 3.0), 0.6))
    misroute = rng.random() < (0.27 if ch == "mini_program" else 0.06)
    t_first_dispatch = td
    if misroute:
        wrong = str(rng.choice([k for k in DEPTS if k != dkey]))
        if not ev(c, td, "tp_dispatch", "dispatch", tid, "", ch, 部门=DEPTS[wrong][0], department=DEPTS[wrong][1],
                  **common):
            return
        td = td + D(days=float(rng.uniform(1.0, 3.5)))
        if not ev(c, td, "tp_dispatch", "redispatch", tid, "", ch, **dep, **common):
            return
    elif not ev(c, td, "tp_dispatch", "dispatch", tid, "", ch, **dep, **common):
        return
    ts_ = td + H(rng.lognormal(np.log(1.0 if urgent else 5.0), 0.5))
    if not ev(c, ts_, "tp_dept_process", "sign", tid, "", ch, **dep, **common):
        return
    med = DEPTS[dkey][2] * (0.35 if urgent else 1.0)
    tc = ts_ + D(days=float(rng.lognormal(np.log(med), 0.55)))
    # chaser calls while waiting (after 5 days)
    wait = (tc - td).total_seconds() / 86400
    n_urge = int(rng.poisson(max(0.0, wait - 5) / 4.0 * 0.9)) if wait > 5 else 0
    for _ in range(n_urge):
        tu = td + D(days=float(rng.uniform(5, wait)))
        tu = tu.replace(hour=int(rng.integers(8, 21)))
        if ev(c, tu, "tp_urge", "call", tid, "", "phone", **dep, **common) and rng.random() < 0.4:
            topic = "urge_call" if rng.random() < 0.85 else "urge_info"
            comment(c, tu + H(0.05), topic, "call_note", dated=rng.random() > 0.05, touchpoint_id="tp_urge",
                    **fbx, **dep)
    if not ev(c, tc, "tp_close", "close", tid, "", ch, **dep, **common):
        return
    if cat == "cert" and RTYPES[rt][1] == "help" and rng.random() < 0.75:   # paid certificate courier
        to = tc + H(rng.uniform(0.5, 30))
        express = rng.random() < 0.3
        amount = 22.0 if express else 12.0
        r = rng.random()
        status = "paid" if r < 0.91 else ("refunded" if r < 0.96 else "cancelled")
        if ev(c, to, "tp_cert_express", "pay" if status != "cancelled" else "cancel", tid,
              "" if ch == "phone" else c["device"], ch, **dep, **common):
            orders.append(dict(order_id=nid("o", "KD", 5), customer_id=c["id"], ts=fmt(to), amount=amount,
                               status=status, channel=ch,
                               device="" if ch == "phone" else c["device"], ticket_id=tid, service="cert_express",
                               配送方式="加急" if express else "普通", delivery_type="express" if express else "standard",
                               区=c["区"], district=c["district"], refund_amount=amount if status == "refunded" else "",
                               currency="CNY"))
    # ---- callback and satisfaction
    if rng.random() > 0.93:
        return
    tb = tc + H(rng.uniform(3, 60))
    reached = rng.random() < 0.86
    if not ev(c, tb, "tp_callback", "success" if reached else "fail", tid, "", ch, **dep, **common):
        return
    if not reached:
        return
    slow = (tc - t_first_dispatch).total_seconds() / 86400 > 7
    m = 4.45 - (0.7 if ch == "mini_program" else 0) - (0.9 if misroute else 0) - (1.0 if slow else 0) \
        - (0.6 if dkey == "housing" else 0) - ((0.7 if tc >= datetime(2025, 7, 1) else 0.15) if cat == "heating" else 0)
    stars = int(np.clip(round(m + rng.normal(0, 0.75)), 1, 5))
    if stars >= 4:
        topic = "praise"
    elif stars == 3:
        topic = "ok"
    else:
        opts, w = ["unsolved"], [1.0]
        if misroute:
            opts.append("kick"), w.append(3.0)
        if slow:
            opts.append("slow"), w.append(2.5)
        if ch == "mini_program":
            opts.append("template"), w.append(2.0)
        if cat in ("heating", "property", "noise"):
            opts.append(cat), w.append(1.5)
        w = np.array(w)
        topic = opts[int(rng.choice(len(opts), p=w / w.sum()))]
    sat = ("满意", "satisfied") if stars >= 4 else (("基本满意", "basically satisfied") if stars == 3
                                                   else ("不满意", "dissatisfied"))
    comment(c, tb + H(0.1), topic, "callback_survey", rating=stars, touchpoint_id="tp_callback", 满意度=sat[0],
            satisfaction=sat[1], **fbx, **dep)
    # unhappy citizens sometimes also post on the 留言板 (message board)
    if stars <= 2 and rng.random() < 0.22:
        comment(c, tb + D(days=float(rng.uniform(0.2, 5))), topic if topic != "ok" else "unsolved", "message_board",
                dated=rng.random() > 0.15, anonymous=rng.random() < 0.3, touchpoint_id="tp_close", **fbx, **dep)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(Path(sys.argv[1]))
