"""修到家 FixHome: a manufacturer-run home-appliance after-sales repair service (空调 / 冰箱 / 洗衣机 / 热水器) in six
Chinese cities, 2025-01-01 .. 2026-08-31: repair requests (app / 400 hotline / WeChat), a troubleshooting bot,
technician dispatch, appointment confirmation, on-site arrival, diagnosis, parts ordering, repair completed, payment
(in-warranty free, out-of-warranty paid after a quote), 30-day revisits, satisfaction surveys (1-5 + NPS) and
extended-warranty (延保) sales.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus the
generator's truth for the feedback comments (topic, sentiment) in OUTDIR/_truth/ (not a DATA.md table; gold.py only).
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260902
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
D = timedelta
N_OLD, N_NEW = 5200, 2600

LATE_TEAM, LATE_FROM = "深圳南山二队", datetime(2026, 3, 1)                      # two senior technicians left
SHORTAGE = (datetime(2025, 12, 1), datetime(2026, 2, 28, 23, 59))             # washer motor / board shortage
OVERCHARGE_TEAM, OVERCHARGE = "广州天河一队", (datetime(2026, 4, 1), datetime(2026, 7, 31, 23, 59))
REPEAT_FAULT = ("热水器", "E1")                                                # ignition fix that does not hold
POLITE_CITY = "Chengdu"
AB_START = datetime(2026, 1, 1)                                                # extended-warranty price display A/B

CITIES = [  # en, zh, region, weight, english-speaking share, [(district, team)]
    ("Beijing", "北京", "华北", 1.1, 0.12, [("朝阳区", "北京朝阳一队"), ("海淀区", "北京海淀一队")]),
    ("Shanghai", "上海", "华东", 1.2, 0.16, [("浦东新区", "上海浦东一队"), ("徐汇区", "上海徐汇一队")]),
    ("Guangzhou", "广州", "华南", 1.0, 0.06, [("天河区", "广州天河一队"), ("番禺区", "广州番禺一队")]),
    ("Shenzhen", "深圳", "华南", 1.0, 0.10, [("南山区", "深圳南山二队"), ("福田区", "深圳福田一队")]),
    ("Chengdu", "成都", "西南", 0.8, 0.03, [("武侯区", "成都武侯一队"), ("锦江区", "成都锦江一队")]),
    ("Wuhan", "武汉", "华中", 0.7, 0.03, [("洪山区", "武汉洪山一队"), ("江汉区", "武汉江汉一队")]),
]
CITY = {c[0]: c for c in CITIES}
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘")
GIVEN = ["建国", "志强", "海涛", "伟", "军", "磊", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
         "飞", "鑫", "波", "峰", "强", "俊", "浩", "宇", "晨", "亮", "帅", "凯", "健"]

APPLIANCES = ["空调", "冰箱", "洗衣机", "热水器"]
APP_EN = {"空调": "air conditioner", "冰箱": "fridge", "洗衣机": "washing machine", "热水器": "water heater"}
APP_W = [0.36, 0.24, 0.22, 0.18]
BASE_RATE = {"空调": 0.026, "冰箱": 0.017, "洗衣机": 0.022, "热水器": 0.021}  # incidents per appliance-month
SEASON = {"空调": {5: 1.4, 6: 2.3, 7: 3.6, 8: 2.3, 9: 1.3, 12: 1.2, 1: 1.3},
          "冰箱": {6: 1.2, 7: 1.5, 8: 1.4},
          "洗衣机": {},
          "热水器": {11: 1.3, 12: 1.7, 1: 1.9, 2: 1.5}}
WARRANTY_YEARS = {"空调": 3, "冰箱": 1, "洗衣机": 1, "热水器": 2}
LINES, LINE_W = ["Aurora", "Nova", "Lite"], [0.2, 0.45, 0.35]
FAULTS = {  # code: (share, needs-parts probability, bot can solve)
    "空调": {"F0": (0.28, 0.25, 0), "E4": (0.27, 0.05, 1), "F2": (0.20, 0.7, 0), "P5": (0.10, 0.95, 0),
             "H6": (0.15, 0.8, 0)},
    "冰箱": {"C3": (0.15, 0.95, 0), "E5": (0.35, 0.6, 0), "F1": (0.30, 0.5, 1), "D2": (0.20, 0.7, 0)},
    "洗衣机": {"E21": (0.30, 0.3, 0), "UE": (0.28, 0.05, 1), "F9": (0.27, 0.95, 0), "E3": (0.15, 0.8, 0)},
    "热水器": {"E1": (0.36, 0.5, 0), "E6": (0.24, 0.4, 0), "A3": (0.25, 0.7, 0), "C0": (0.15, 0.6, 0)},
}
LABOR = {"空调": 120, "冰箱": 150, "洗衣机": 100, "热水器": 100}
PARTS_FEE = {"P5": (600, 1100), "C3": (550, 1000), "F9": (280, 480)}          # else (60, 300)
EW_PRICE = {"空调": (199, 349, 469), "冰箱": (159, 279, 379), "洗衣机": (149, 259, 349), "热水器": (129, 219, 299)}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_bot", "智能排障助手", "Troubleshooting bot", "service", "app", "digital", "数字服务部",
     "排障机器人|自助排障|智能客服|机器人|自助诊断|troubleshooting bot|chatbot|self-service|bot|self help"),
    ("tp_request", "提交报修", "Repair request", "service", "app", "digital", "客服中心",
     "报修|报修单|提交报修|下单报修|工单|报障|repair request|service request|raise a ticket|log a repair|request"),
    ("tp_cancel", "取消工单", "Ticket cancelled", "service", "app", "digital", "客服中心",
     "取消报修|撤单|取消工单|cancel|cancelled ticket|cancellation"),
    ("tp_dispatch", "派单", "Technician dispatch", "service", "other", "digital", "调度中心",
     "派单|派工|分配师傅|调度|dispatch|assign technician|job assignment"),
    ("tp_appt_confirm", "预约确认", "Appointment confirmed", "service", "phone", "digital", "服务网点",
     "预约确认|确认上门时间|约时间|电话预约|appointment confirmation|confirm appointment|booking confirmed"),
    ("tp_arrival", "师傅上门", "Technician arrival", "service", "other", "physical", "服务网点",
     "上门|师傅上门|到达|到场|准时上门|迟到|arrival|on-site visit|technician arrival|home visit|show up"),
    ("tp_diagnosis", "故障检测", "Diagnosis", "service", "other", "physical", "服务网点",
     "检测|故障诊断|诊断|查故障|diagnosis|inspection|troubleshooting on site|fault finding"),
    ("tp_quote", "保外报价", "Out-of-warranty quote", "purchase", "other", "physical", "服务网点",
     "报价|维修报价|保外报价|收费报价|quote|repair quote|price quote|estimate"),
    ("tp_quote_accept", "确认报价", "Quote accepted", "purchase", "app", "digital", "服务网点",
     "接受报价|同意维修|确认报价|quote accepted|accept quote|approve the quote"),
    ("tp_parts_order", "配件订购", "Parts ordering", "service", "other", "digital", "备件中心",
     "订配件|配件|备件|等配件|缺件|parts order|spare parts|parts|waiting for parts"),
    ("tp_repair_done", "维修完成", "Repair completed", "service", "other", "physical", "服务网点",
     "修好|完工|维修完成|修复|repair completed|fixed|job done|completion|repair done"),
    ("tp_payment", "维修付款", "Repair payment", "purchase", "app", "digital", "财务结算",
     "付款|支付|结算|缴费|维修费|payment|pay|checkout|repair bill"),
    ("tp_revisit", "返修", "Revisit (repeat repair)", "service", "phone", "digital", "服务网点",
     "返修|二次上门|重复维修|复修|又坏了|revisit|repeat repair|repeat visit|callback|came back"),
    ("tp_survey", "满意度回访", "Satisfaction survey", "loyalty", "phone", "digital", "客服中心",
     "回访|满意度|满意度调查|评价|打分|survey|csat|satisfaction survey|feedback survey|rating"),
    ("tp_ew_offer", "延保推荐", "Extended warranty offer", "consideration", "app", "digital", "延保业务部",
     "延保推荐|延保推送|延保广告|推销延保|extended warranty offer|warranty offer|ew offer|upsell"),
    ("tp_ew_detail", "查看延保方案", "Extended warranty plans", "consideration", "app", "digital", "延保业务部",
     "延保方案|延保详情|看延保|warranty plans|plan details|ew plans"),
    ("tp_ew_purchase", "购买延保", "Extended warranty purchase", "purchase", "app", "digital", "延保业务部",
     "买延保|购买延保|延保下单|buy extended warranty|warranty purchase|ew purchase|extended warranty sale"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("repair", "报修到完工", "Repair request to completion", 14,
     ["tp_request", "tp_dispatch", "tp_appt_confirm", "tp_arrival", "tp_diagnosis", "tp_repair_done"]),
    ("oow_pay", "保外报价到付款", "Out-of-warranty quote to payment", 30,
     ["tp_quote", "tp_quote_accept", "tp_payment"]),
    ("ext_warranty", "延保购买", "Extended warranty purchase", 7,
     ["tp_ew_offer", "tp_ew_detail", "tp_ew_purchase"]),
]

# ---------- feedback texts: topic -> (zh variants, en variants); markers are exclusive per topic ----------
TEXTS = {
    "technician_late": (
        ["约好上午9点，师傅迟到了一个多小时，也没提前打电话。", "师傅迟到快两个小时，我请了假在家干等，太耽误事了。",
         "上门师傅迟到，问客服也说不清楚什么时候到。", "约好的时间段师傅没来，迟到了40多分钟，太不守时。",
         "师傅又迟到，说是前一单没忙完，下次能不能靠谱点。"],
        ["Technician showed up over an hour late and never called ahead.",
         "I took half a day off and the engineer was late by almost two hours.",
         "The repair guy was 50 minutes late, no apology.", "Booked a 2pm slot, technician came late with no heads-up."]),
    "parts_wait": (
        ["检测完说要订配件，结果等了两个星期还没到。", "配件一直缺货，{app}坏了半个月没法用。", "师傅说配件要从总仓调，等得太久了。",
         "等配件等了十几天，中间没人主动告诉进度。"],
        ["Waited over two weeks for the parts to arrive, the {app_en} was unusable the whole time.",
         "They had to order parts and nobody updated me for ten days.", "Spare parts out of stock, the wait is way too long."]),
    "repeat_fault": (
        ["上次修完不到三周又坏了，还是同样的故障。", "{app}修好没几天又坏了，这已经是第二次上门了。", "同一个毛病又坏了，第一次根本没修好。"],
        ["Same fault came back again two weeks after the repair.", "Broke down again within a month, the first fix clearly didn't work.",
         "Had to call them again for the exact same problem."]),
    "overcharged": (
        ["师傅乱收费，报价比官网标准高了一大截，还多要了一笔上门费。", "收费不透明，工时费说涨就涨。", "修个小毛病收费好几百，感觉被宰了。",
         "上门费之前没说，付款时突然多收费。"],
        ["I was overcharged, there was a call-out fee nobody mentioned.", "The labour charge was way above the official price list.",
         "Felt ripped off, they charged me twice what the quote in the app said."]),
    "polite_technician": (
        ["师傅很有礼貌，进门穿鞋套，修完还把地面擦干净了。", "维修师傅礼貌又专业，耐心讲解了故障原因。", "师傅特别礼貌，服务很到位，点赞！"],
        ["Very polite technician, wore shoe covers and cleaned up afterwards.", "The engineer was polite and explained everything clearly.",
         "Polite, professional and tidy. Great service."]),
    "quick_fix": (
        ["上门很快，半小时就修好了。", "报修第二天就修好了，速度很快。", "师傅手脚很快，{app}马上恢复正常。"],
        ["Quick fix, done in half an hour.", "Quick response and the {app_en} works fine now."]),
    "appointment_hassle": (
        ["预约时间一拖再拖，等了好几天才排上。", "想预约周末上门，说排满了，要等三四天。"],
        ["Had to wait days for an appointment slot, they kept rescheduling.", "Earliest appointment was four days out."]),
    "ew_value": (
        ["幸亏买了延保，这次维修一分钱没花，值了。", "延保很划算，换压缩机全免费。"],
        ["Glad I bought the extended warranty, this repair cost me nothing.",
         "The extended warranty paid for itself with this one repair."]),
    "general_pos": (
        ["服务不错，问题解决了。", "整体满意，下次还找你们。", "挺好的，{app}修好了。"],
        ["Problem solved, satisfied overall.", "Good service, would recommend.", "All good, the {app_en} works now."]),
    "general_neu": (
        ["一般吧，修好了就行。", "还可以，没什么特别的。", "中规中矩。"],
        ["It's fine, the unit works now.", "Average experience, nothing special.", "OK I guess."]),
    "general_neg": (
        ["体验不太好，沟通很费劲。", "服务流程太繁琐，不太满意。"],
        ["Communication was poor, not a great experience.", "Too much hassle, not happy with the service."]),
    "bot_useless": (
        ["智能客服机器人答非所问，最后还是得打电话。", "排障机器人根本没用，绕了半天还是要报修。"],
        ["The troubleshooting chatbot is useless, it just loops the same tips.", "The chatbot couldn't understand my error code."]),
    "app_ok": (
        ["App报修很方便，进度一目了然。", "在App上报修挺顺手，师傅信息都看得到。"],
        ["Logging a repair in the app is easy and the tracking works well.", "Nice app, I can see who is coming and when."]),
    "ew_pushy": (
        ["修完就一直推销延保，短信电话轮番轰炸。", "App天天弹延保广告，烦。"],
        ["Stop pushing the extended warranty on me after every repair.", "Too many extended warranty pop-ups in the app."]),
}
SENT = {"technician_late": "neg", "parts_wait": "neg", "repeat_fault": "neg", "overcharged": "neg",
        "polite_technician": "pos", "quick_fix": "pos", "appointment_hassle": "neg", "ew_value": "pos",
        "general_pos": "pos", "general_neu": "neu", "general_neg": "neg", "bot_useless": "neg", "app_ok": "pos",
        "ew_pushy": "neg"}
TOPIC_TP = {"technician_late": "tp_arrival", "parts_wait": "tp_parts_order", "repeat_fault": "tp_revisit",
            "overcharged": "tp_payment", "polite_technician": "tp_repair_done", "quick_fix": "tp_repair_done",
            "appointment_hassle": "tp_appt_confirm", "ew_value": "tp_ew_purchase", "general_pos": "tp_repair_done",
            "general_neu": "tp_repair_done", "general_neg": "tp_repair_done", "bot_useless": "tp_bot",
            "app_ok": "tp_request", "ew_pushy": "tp_ew_offer"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, truth, experiments = [], [], [], [], []
    counters = {"ev": 0, "tk": 0, "ro": 0, "wo": 0, "fb": 0, "ss": 0}

    def nid(kind, prefix, width):
        counters[kind] += 1
        return f"{prefix}{counters[kind]:0{width}d}"

    # ---------- technicians ----------
    techs = {}  # team -> list of (id, name)
    k = 0
    for c in CITIES:
        for district, team in c[5]:
            techs[team] = []
            for _ in range(6):
                k += 1
                techs[team].append((f"T{k:03d}", str(rng.choice(SURN)) + str(rng.choice(GIVEN))))

    # ---------- customers & appliances ----------
    cw = np.array([c[3] for c in CITIES])
    customers = []
    n = N_OLD + N_NEW
    span_new = (END - D(days=20) - START).total_seconds()
    for i in range(n):
        city = CITIES[rng.choice(len(CITIES), p=cw / cw.sum())]
        district, team = city[5][rng.integers(2)]
        if i < N_OLD:
            signup = datetime(2019, 1, 1) + D(seconds=float(rng.uniform(0, (START - datetime(2019, 1, 1)).total_seconds())))
        else:
            signup = START + D(seconds=float(span_new * np.sqrt(rng.uniform())))  # more sign-ups later
        age = str(rng.choice(["18-29", "30-44", "45-59", "60+"], p=[0.18, 0.42, 0.27, 0.13]))
        lang = "en" if rng.uniform() < city[4] else "zh"
        device = "ios" if rng.uniform() < (0.5 if city[0] in ("Beijing", "Shanghai", "Shenzhen") else 0.38) else "android"
        n_app = int(rng.choice([1, 2, 3], p=[0.42, 0.36, 0.22]))
        types = list(rng.choice(APPLIANCES, size=n_app, replace=False, p=APP_W))
        apps = []
        for j, t in enumerate(types):
            if j == 0:
                bought = signup
            else:
                bought = signup + D(days=float(rng.uniform(0, max(1, (END - signup).days * 0.8))))
                if bought > END - D(days=5):
                    continue
            apps.append(dict(type=t, line=str(rng.choice(LINES, p=LINE_W)), bought=bought,
                             base_end=bought + D(days=365 * WARRANTY_YEARS[t]), ew_until=None))
        pref = rng.dirichlet([2, 2, 2])
        customers.append(dict(customer_id=f"C{i + 1:05d}", signup_at=signup, city=city[0], region=city[2],
                              district=district, team=team, age=age, lang=lang, device=device, apps=apps,
                              acq=str(rng.choice(["jd", "tmall", "offline_store", "brand_app"], p=[0.34, 0.26, 0.28, 0.12])),
                              pref=pref, ab=None, revisits=[], low_rating=None))

    def month_index(t):
        return (t.year - START.year) * 12 + t.month - START.month

    def work_time(day: datetime, lo=9, hi=18):
        return day.replace(hour=0, minute=0, second=0) + D(hours=float(rng.uniform(lo, hi)))

    def ev(c, ts, tp, action, channel, device=None, session=None, **extra):
        row = dict(event_id=nid("ev", "E", 7), customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
                   channel=channel, device=device, session_id=session, city=c["city"], district=c["district"])
        row.update(extra)
        events.append(row)
        return row

    def add_feedback(c, ts, topic, channel, tk=None, rating=None, nps=None, order_id=None, with_customer=True,
                     lang=None):
        lang = lang or c["lang"]
        zh, en = TEXTS[topic]
        app = tk["appliance_type"] if tk else str(rng.choice(APPLIANCES))
        text = str(rng.choice(zh if lang == "zh" else en)).format(app=app, app_en=APP_EN[app])
        if channel == "call_note":
            text = ("【来电记录】客户反映：" if lang == "zh" else "[Call note] Customer says: ") + text
        elif channel == "social":
            text = ("#修到家# " if lang == "zh" else "@FixHome ") + text
        fid = nid("fb", "F", 6)
        feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["customer_id"] if with_customer else None,
                             touchpoint_id=TOPIC_TP[topic], channel=channel, rating=rating, nps=nps,
                             ticket_id=tk["ticket_id"] if tk else None, order_id=order_id,
                             appliance_type=tk["appliance_type"] if tk else None, city=c["city"] if tk or with_customer else None,
                             team=tk["team"] if tk else None, technician_id=tk["technician_id"] if tk else None,
                             language=lang))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=SENT[topic]))

    def in_warranty(a, t):
        return t < a["base_end"] or (a["ew_until"] is not None and t < a["ew_until"])

    def choose_channel(c, t):
        frac = month_index(t) / 19
        p = np.array([0.33, 0.45 - 0.20 * frac, 0.22 + 0.20 * frac])  # app, phone (400 hotline), wechat
        if c["age"] == "60+":
            p[1] *= 2.2
        p = p * (0.5 + c["pref"])
        return str(rng.choice(["app", "phone", "wechat"], p=p / p.sum()))

    social_pool = []  # (customer, ts, topic, ticket) candidates for public posts

    # ---------- one repair ticket ----------
    def run_ticket(c, a, t0, fault, channel, revisit_of=None):
        tk_id = nid("tk", "TK", 6)
        team = c["team"]
        tech_id, tech_name = techs[team][rng.integers(6)]
        iw = 1 if revisit_of else int(in_warranty(a, t0))
        base = dict(ticket_id=tk_id, appliance_type=a["type"], brand_line=a["line"], in_warranty=iw)
        tk = dict(base, team=team, technician_id=tech_id, fault_code=fault)
        digital = channel in ("app", "wechat")
        dev = c["device"] if digital else None
        sess = nid("ss", "S", 6) if digital else None
        if revisit_of:
            ev(c, t0, "tp_revisit", "submit", channel, dev, sess, revisit_of=revisit_of, is_revisit=1, fault_code=fault,
               **base)
        else:
            ev(c, t0, "tp_request", "submit", channel, dev, sess, is_revisit=0, **base)
        if not revisit_of and rng.uniform() < 0.03:
            ev(c, t0 + D(hours=float(rng.uniform(0.2, 6))), "tp_cancel", "submit", channel, dev, sess,
               cancel_reason="customer_cancelled", **base)
            return None
        t = t0 + D(hours=float(rng.uniform(0.3, 4)))
        ev(c, t, "tp_dispatch", "success", "system", technician_id=tech_id, team=team, **base)
        peak = t0.month in (7, 8) and a["type"] == "空调"
        lag = int(rng.integers(2, 6) if peak else rng.integers(1, 3))
        tk["lag"] = lag
        slot = (t0 + D(days=lag)).replace(hour=int(rng.choice([9, 11, 14, 16])), minute=0, second=0)
        t = t + D(hours=float(rng.uniform(0.2, 3)))
        ev(c, t, "tp_appt_confirm", "success", "phone", technician_id=tech_id, team=team, appointment_at=slot,
           **base)
        if team == LATE_TEAM and slot >= LATE_FROM:
            delay = float(rng.normal(36, 22))
        else:
            delay = float(rng.normal(3, 9)) + (float(rng.uniform(20, 70)) if rng.uniform() < 0.07 else 0)
        delay = round(max(-15.0, min(delay, 180.0)))
        t = slot + D(minutes=delay)
        ev(c, t, "tp_arrival", "on_time" if delay <= 15 else "late", "onsite", technician_id=tech_id, team=team,
           arrival_delay_minutes=delay, **base)
        tk["delay"] = delay
        t = t + D(minutes=float(rng.uniform(10, 40)))
        ev(c, t, "tp_diagnosis", "success", "onsite", technician_id=tech_id, team=team, fault_code=fault, **base)
        share, p_parts, _ = FAULTS[a["type"]][fault]
        needs_parts = rng.uniform() < p_parts
        order = None
        if not iw:
            labor = LABOR[a["type"]] + float(rng.integers(-2, 5)) * 10
            parts = 0.0
            if needs_parts:
                lo, hi = PARTS_FEE.get(fault, (60, 300))
                parts = float(round(rng.uniform(lo, hi)))
            visit = 0.0
            inflated = team == OVERCHARGE_TEAM and OVERCHARGE[0] <= t <= OVERCHARGE[1]
            if inflated:
                labor, visit = labor * 1.8, 100.0
            amount = round(labor + parts + visit, 2)
            tq = t + D(minutes=float(rng.uniform(3, 15)))
            ev(c, tq, "tp_quote", "view", "onsite", technician_id=tech_id, team=team, fault_code=fault,
               quote_amount=amount, **base)
            p_acc = min(0.9, max(0.35, 0.9 - 0.00035 * amount))
            if rng.uniform() >= p_acc:
                return None
            t = tq + D(minutes=float(rng.uniform(2, 40)))
            oid = nid("ro", "R", 6)
            pay_ch = channel if digital else "wechat"
            ev(c, t, "tp_quote_accept", "submit", pay_ch, c["device"], nid("ss", "S", 6), order_id=oid,
               quote_amount=amount, **base)
            order = dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=amount, status="paid",
                         channel=pay_ch, device=c["device"], order_type="repair", ticket_id=tk_id,
                         appliance_type=a["type"], brand_line=a["line"], in_warranty=0, fault_code=fault,
                         technician_id=tech_id, technician_name=tech_name, team=team, city=c["city"],
                         district=c["district"], labor_fee=labor, parts_fee=parts, visit_fee=visit)
            orders.append(order)
            tk["inflated"] = inflated
            tk["order_id"] = oid
        tk["parts_wait"] = None
        if needs_parts:
            if a["type"] == "洗衣机" and SHORTAGE[0] <= t <= SHORTAGE[1]:
                wait = 9 + int(np.ceil(rng.gamma(3, 1.6)))
            else:
                wait = 1 + int(np.ceil(rng.gamma(2, 1.5)))
            tp = t + D(minutes=float(rng.uniform(5, 30)))
            ev(c, tp, "tp_parts_order", "submit", "system", technician_id=tech_id, team=team, fault_code=fault,
               parts_wait_days=wait, **base)
            tk["parts_wait"] = wait
            p_cancel = 0.02 + 0.02 * max(0, wait - 7)
            if rng.uniform() < p_cancel:
                tc = tp + D(days=float(rng.uniform(0.5, wait)))
                ev(c, tc, "tp_cancel", "submit", channel if digital else "phone", dev, None,
                   cancel_reason="parts_wait", **base)
                if order:
                    order.update(status="cancelled", cancel_reason="parts_wait")
                if rng.uniform() < 0.5:
                    add_feedback(c, tc + D(minutes=5), "parts_wait", "call_note", tk)
                return None
            done = work_time(tp + D(days=wait))
        else:
            done = t + D(minutes=float(rng.uniform(30, 90)))
        ev(c, done, "tp_repair_done", "success", "onsite", technician_id=tech_id, team=team, fault_code=fault,
           parts_wait_days=tk["parts_wait"], **base)
        tk["done"] = done
        if order:
            tpay = done + D(minutes=float(rng.uniform(5, 40)))
            method = str(rng.choice(["wechat_pay", "alipay", "bank_card", "cash"], p=[0.56, 0.3, 0.09, 0.05]))
            ev(c, tpay, "tp_payment", "success", order["channel"], c["device"], None, order_id=order["order_id"],
               payment_method=method, **base)
            order.update(payment_method=method, paid_at=tpay)
            p_ref = 0.22 if tk.get("inflated") else 0.015
            if rng.uniform() < p_ref:
                order.update(status="refunded", refund_reason="overcharge" if tk.get("inflated") else "service_issue")
        return tk

    # ---------- survey, complaints, revisit and extended-warranty offer after a completed ticket ----------
    def after_ticket(c, a, tk, revisit):
        done = tk["done"]
        issues = []
        if revisit:
            issues.append("repeat_fault")
        if tk.get("inflated"):
            issues.append("overcharged")
        if tk["delay"] > 30:
            issues.append("technician_late")
        if tk["parts_wait"] and tk["parts_wait"] > 7:
            issues.append("parts_wait")
        # complaint call notes and public posts about the first issue
        if issues:
            topic = issues[0]
            when = {"repeat_fault": done - D(hours=2), "overcharged": done + D(hours=20),
                    "technician_late": done - D(minutes=20), "parts_wait": done - D(days=3)}[topic]
            if rng.uniform() < 0.28:
                add_feedback(c, when, topic, "call_note", tk)
            if rng.uniform() < 0.07:
                social_pool.append((c, when + D(hours=float(rng.uniform(1, 30))), topic, tk))
        # satisfaction survey
        if rng.uniform() < 0.52:
            ts = done + D(hours=float(rng.uniform(2, 72)))
            r = 4.55 + float(rng.normal(0, 0.45))
            r -= 2.0 if revisit else 0
            r -= 2.0 if tk.get("inflated") else 0
            r -= 1.6 if tk["delay"] > 30 else (0.6 if tk["delay"] > 15 else 0)
            r -= 1.3 if tk["parts_wait"] and tk["parts_wait"] > 7 else 0
            r += 0.5 if c["city"] == POLITE_CITY else 0
            r -= 0.9 if tk["lag"] >= 3 else 0
            rating = int(min(5, max(1, round(r))))
            if issues:
                topic = issues[0]
                rating = min(rating, 3)
            elif tk["in_warranty"] and a["ew_until"] and done >= a["base_end"] and rng.uniform() < 0.5:
                topic = "ew_value"
            elif rating >= 4:
                p_pol = 0.55 if c["city"] == POLITE_CITY else 0.2
                u = rng.uniform()
                topic = "polite_technician" if u < p_pol else ("quick_fix" if u < p_pol + 0.25 else "general_pos")
            elif tk["lag"] >= 3:
                topic = "appointment_hassle"
            elif rating == 3:
                topic = "general_neu"
            else:
                topic = "general_neg"
            if SENT[topic] == "pos":
                rating = max(rating, 4)
            nps = None
            if rng.uniform() < 0.6:
                lo, hi = {5: (9, 10), 4: (7, 9), 3: (5, 7), 2: (2, 5), 1: (0, 3)}[rating]
                nps = int(rng.integers(lo, hi + 1))
            ev(c, ts, "tp_survey", "submit", "phone" if rng.uniform() < 0.3 else "sms", None, None,
               ticket_id=tk["ticket_id"], appliance_type=a["type"], brand_line=a["line"], in_warranty=tk["in_warranty"],
               technician_id=tk["technician_id"], team=tk["team"])
            add_feedback(c, ts, topic, "survey", tk, rating=rating, nps=nps, order_id=tk.get("order_id"))
            c["low_rating"] = (ts, rating <= 2)
            if topic == "polite_technician" and rng.uniform() < 0.08:
                social_pool.append((c, ts + D(hours=5), topic, tk))
        # 30-day revisit (repeat fault)
        p_rep = 0.38 if (a["type"], tk["fault_code"]) == REPEAT_FAULT else 0.045
        if not revisit and rng.uniform() < p_rep:
            tr = done + D(days=float(rng.uniform(2, 28)))
            if tr < END:
                c["revisits"].append(tr)
                tk2 = run_ticket(c, a, tr, tk["fault_code"], choose_channel(c, tr), revisit_of=tk["ticket_id"])
                if tk2:
                    after_ticket(c, a, tk2, revisit=True)
                return
        # extended warranty offer after the repair
        if a["ew_until"] is None and rng.uniform() < 0.65:
            paid_now = not tk["in_warranty"]
            ew_offer(c, a, done + D(hours=float(rng.uniform(1, 48))), "after_repair", paid_now)

    def ew_offer(c, a, t, trigger, paid_now=False):
        if t > END or a["ew_until"] is not None:
            return
        ch = "wechat" if c["pref"][2] > c["pref"][0] else "app"
        variant = None
        if t >= AB_START:
            if c["ab"] is None:
                c["ab"] = str(rng.choice(["A", "B"]))
                experiments.append(dict(experiment_id="ew_price_display", variant=c["ab"], customer_id=c["customer_id"],
                                        assigned_at=t))
            variant = c["ab"]
        ext = dict(appliance_type=a["type"], brand_line=a["line"], offer_trigger=trigger, variant=variant)
        ev(c, t, "tp_ew_offer", "view", ch, c["device"], None, **ext)
        if rng.uniform() >= 0.42:
            return
        sess = nid("ss", "S", 6)
        t = t + D(hours=float(rng.uniform(0.05, 30)))
        ev(c, t, "tp_ew_detail", "view", ch, c["device"], sess, **ext)
        p = 0.34 if paid_now else (0.28 if trigger == "expiry" else 0.18)
        if variant == "B":
            p *= 1.55
        if rng.uniform() >= p:
            return
        t = t + D(minutes=float(rng.uniform(2, 90)))
        years = int(rng.choice([1, 2, 3], p=[0.45, 0.33, 0.22]))
        oid = nid("wo", "W", 6)
        status = str(rng.choice(["paid", "refunded", "cancelled"], p=[0.93, 0.04, 0.03]))
        if status != "cancelled":
            ev(c, t, "tp_ew_purchase", "success", ch, c["device"], sess, order_id=oid, warranty_years=years, **ext)
        method = str(rng.choice(["wechat_pay", "alipay", "bank_card"], p=[0.6, 0.33, 0.07]))
        orders.append(dict(order_id=oid, customer_id=c["customer_id"], ts=t, amount=float(EW_PRICE[a["type"]][years - 1]),
                           status=status, channel=ch, device=c["device"], order_type="extended_warranty",
                           appliance_type=a["type"], brand_line=a["line"], city=c["city"], district=c["district"],
                           warranty_years=years, payment_method=None if status == "cancelled" else method,
                           paid_at=None if status == "cancelled" else t,
                           cancel_reason="unpaid" if status == "cancelled" else None,
                           refund_reason="cooling_off" if status == "refunded" else None))
        if status == "paid":
            a["ew_until"] = max(t, a["base_end"]) + D(days=365 * years)

    # ---------- simulate each customer's appliances ----------
    months = []
    m = START
    while m <= END:
        months.append(m)
        m = (m.replace(day=28) + D(days=4)).replace(day=1)
    for c in customers:
        triggers = []
        for a in c["apps"]:
            for m in months:
                nxt = (m.replace(day=28) + D(days=4)).replace(day=1)
                if nxt <= a["bought"] + D(days=7):
                    continue
                age_y = max(0.0, (m - a["bought"]).days / 365)
                lam = BASE_RATE[a["type"]] * (1 + 0.09 * age_y) * SEASON[a["type"]].get(m.month, 1.0)
                for _ in range(rng.poisson(lam)):
                    lo = max(m, a["bought"] + D(days=7))
                    t = lo + D(seconds=float(rng.uniform(0, (nxt - lo).total_seconds())))
                    t = t.replace(hour=int(rng.integers(7, 23)), minute=int(rng.integers(60)))
                    if START <= t <= END - D(days=1):
                        triggers.append((t, "incident", a))
            te = a["base_end"] - D(days=float(rng.uniform(5, 30)))
            if START <= te <= END and rng.uniform() < 0.8:
                triggers.append((te, "expiry", a))
        triggers.sort(key=lambda x: x[0])
        busy_until = START
        for t, kind, a in triggers:
            if kind == "expiry":
                ew_offer(c, a, t, "expiry")
                continue
            if t < busy_until:
                continue
            codes = list(FAULTS[a["type"]])
            fault = str(rng.choice(codes, p=[FAULTS[a["type"]][x][0] for x in codes]))
            channel = choose_channel(c, t)
            if channel != "phone" and rng.uniform() < 0.5:
                solvable = FAULTS[a["type"]][fault][2]
                sess = nid("ss", "S", 6)
                tb = t - D(minutes=float(rng.uniform(3, 25)))
                ok = rng.uniform() < (0.7 if solvable else 0.06)
                ev(c, tb, "tp_bot", "success" if ok else "fail", channel, c["device"], sess, appliance_type=a["type"],
                   brand_line=a["line"], fault_code=fault)
                if ok:
                    continue
                if rng.uniform() < 0.05:
                    add_feedback(c, tb + D(minutes=10), "bot_useless", "app_review", rating=int(rng.integers(1, 3)),
                                 with_customer=False)
            tk = run_ticket(c, a, t, fault, channel)
            busy_until = t + D(days=3)
            if tk:
                busy_until = tk["done"] + D(days=1)
                after_ticket(c, a, tk, revisit=False)

    # ---------- app-store reviews and social posts ----------
    for _ in range(260):
        c = customers[rng.integers(len(customers))]
        topic = str(rng.choice(["app_ok", "bot_useless", "ew_pushy", "general_neu"], p=[0.45, 0.2, 0.25, 0.1]))
        rating = {"app_ok": int(rng.integers(4, 6)), "bot_useless": int(rng.integers(1, 3)),
                  "ew_pushy": int(rng.integers(1, 4)), "general_neu": 3}[topic]
        ts = START + D(seconds=float(rng.uniform(0, (END - START).total_seconds())))
        add_feedback(c, None if rng.uniform() < 0.15 else ts, topic, "app_review", rating=rating, with_customer=False)
    for c, ts, topic, tk in social_pool:
        if ts > END:
            continue
        add_feedback(c, None if rng.uniform() < 0.3 else ts, topic, "social", tk, with_customer=False,
                     lang="en" if rng.uniform() < 0.15 else "zh")

    # ---------- customers' state at the end ----------
    ew_holders = {o["customer_id"] for o in orders if o["order_type"] == "extended_warranty" and o["status"] == "paid"}
    cust_rows = []
    for c in customers:
        if c["signup_at"] >= datetime(2026, 6, 1):
            seg = "new"
        elif c["customer_id"] in ew_holders:
            seg = "vip"
        elif (c["low_rating"] and c["low_rating"][1]) or any(t >= END - D(days=180) for t in c["revisits"]):
            seg = "at_risk"
        else:
            seg = "regular"
        n_app = len(c["apps"])
        cust_rows.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg, region=c["region"],
                              acquisition_channel=c["acq"], tier={1: "standard", 2: "silver", 3: "gold"}[n_app],
                              city=c["city"], district=c["district"], service_team=c["team"],
                              primary_device=c["device"], age_band=c["age"], language=c["lang"],
                              n_appliances=n_app, appliance_types="|".join(a["type"] for a in c["apps"]),
                              has_extended_warranty=int(c["customer_id"] in ew_holders)))

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events = [e for e in events if START <= e["ts"] <= END]
    keep_ev = {e["event_id"] for e in events}
    orders = [o for o in orders if START <= o["ts"] <= END]
    for o in orders:  # paid after the end of the data: still open
        if o.get("paid_at") and o["paid_at"] > END:
            o.update(paid_at=None, payment_method=None, status="cancelled" if o["status"] == "cancelled" else "pending")
    orders = [o for o in orders if o["status"] != "pending"]
    orders.sort(key=lambda o: o["ts"])
    feedback_ = [f for f in feedback if f["ts"] is None or START <= f["ts"] <= END]
    feedback_.sort(key=lambda f: (f["ts"] or datetime(2100, 1, 1), f["feedback_id"]))
    ids = {f["feedback_id"] for f in feedback_}
    truth = [t for t in truth if t["feedback_id"] in ids]
    assert len(keep_ev) == len(events)

    # ---------- write ----------
    def fmt(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, (float, np.floating)):
            v = float(v)
            return str(int(v)) if v == int(v) else f"{v:.2f}".rstrip("0").rstrip(".")
        return str(v)

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([fmt(r.get(col)) for col in cols])

    write(out / "touchpoints.csv",
          [dict(zip(["touchpoint_id", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"], t),
                name=t[1]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=j, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k + 1, touchpoint_id=tp,
               window_days=win) for j, zh, en, win, steps in JOURNEYS for k, tp in enumerate(steps)]
    write(out / "journeys.csv", jr,
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", cust_rows,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "district",
           "service_team", "primary_device", "age_band", "language", "n_appliances", "appliance_types",
           "has_extended_warranty"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "ticket_id",
           "appliance_type", "brand_line", "in_warranty", "fault_code", "technician_id", "team", "city", "district",
           "appointment_at", "arrival_delay_minutes", "parts_wait_days", "quote_amount", "is_revisit", "revisit_of",
           "order_id", "payment_method", "cancel_reason", "offer_trigger", "variant", "warranty_years"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "ticket_id",
           "appliance_type", "brand_line", "in_warranty", "fault_code", "technician_id", "technician_name", "team",
           "city", "district", "labor_fee", "parts_fee", "visit_fee", "warranty_years", "payment_method", "paid_at",
           "cancel_reason", "refund_reason"])
    write(out / "feedback.csv", feedback_,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "ticket_id",
           "order_id", "appliance_type", "city", "team", "technician_id", "language"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback_)}, "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
