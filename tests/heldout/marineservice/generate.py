"""锚点船艇 AnchorPoint Marine: marine engine servicing and boat storage yards on the Chinese coast and in Hong Kong.
Synthetic, written blind.

Five yards: 大连 Dalian and 青岛 Qingdao (north), 宁波象山 Xiangshan (east), 深圳大鹏 Dapeng and 香港西贡 Sai Kung
(south). One customer = one boat owner (private owner, charter operator, fishing club or company), either a yard
member (annual care plan: 10 % off labour, 5 % off parts, priority lift slots) or a walk-in. Each owner has one boat
(type, length, engine brand / type / count / hp) kept at a home marina.

Service job: request (mini-program, phone, walk-in, e-mail, WhatsApp) -> haul-out by travel lift (if the boat has to
come out; `rescheduled` attempts are tried again) -> inspection / diagnosis -> quote (sent) -> the owner's go-ahead
(tp_quote_approval; a refusal is logged at tp_quote as `declined`) -> parts order -> parts arrival -> engine repair
(`completed`, or `rework` after a failed sea trial) -> sea trial (`passed` / `failed`) -> launch and handover ->
invoice -> payment. Winter storage (north / east yards): enquiry -> storage quote -> contract -> winterization ->
storage check-in (lift and block / rack) -> spring release. Members renew their care plan every year.

Data 2024-08-01 .. 2026-07-31 (extract taken in August 2026, four months before "today" 2026-12-01). Naive local
times. Money: `orders.amount` in CNY (Sai Kung bills in HKD: `amount_local` + `currency`, converted at 0.92).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table). Deterministic
(seed 20261211), Python + numpy.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261211
D = timedelta
START, END = datetime(2024, 8, 1), datetime(2026, 7, 31, 23, 59, 59)
HKD_CNY = 0.92

VOLVO_BACKORDER = (datetime(2025, 6, 1), datetime(2025, 9, 30, 23, 59, 59))   # Volvo Penta distributor switch
LIFT_DOWN = (datetime(2026, 4, 6), datetime(2026, 4, 30, 23, 59, 59))          # Qingdao travel lift hydraulic failure
RATE_UP = datetime(2026, 1, 1)                                                 # labour rate 380 -> 450 CNY/h
AUTO_UPDATES = datetime(2025, 11, 1)                                           # WeChat / WhatsApp job status pushes
NEW_TECH_START = datetime(2025, 5, 1)                                          # 陈浩 joins Xiangshan
EXP = (datetime(2025, 8, 1), datetime(2025, 10, 15, 23, 59, 59))               # storage early-bird A/B test
TYPHOON = (datetime(2025, 9, 20), datetime(2025, 9, 23, 18, 0))                # emergency haul-outs before the typhoon
DRYSTACK_SEASON = (datetime(2025, 10, 1), datetime(2026, 5, 31))               # Xiangshan dry-stack forklift scratches

rng = np.random.default_rng(SEED)


def U(a, b):
    return float(rng.uniform(a, b))


def chance(p):
    return rng.random() < p


def pick(d: dict):
    keys = list(d)
    w = np.array([d[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def office(day: datetime, lo=8.0, hi=18.0) -> datetime:
    base = datetime(day.year, day.month, day.day)
    return base + D(hours=U(lo, hi))


def in_(t, win):
    return win[0] <= t <= win[1]


YARDS = {  # id: zh, en, region, city, weight, currency, storage?, marinas {id: (zh, en)}
    "dalian": ("大连星海船艇服务中心", "Dalian Xinghai Boatyard", "north", "dalian", 0.18, "CNY", True,
               {"xinghai_bay": ("星海湾游艇会", "Xinghai Bay Yacht Club"), "donggang": ("东港游艇码头", "Donggang Marina")}),
    "qingdao": ("青岛奥帆船艇服务中心", "Qingdao Olympic Boatyard", "north", "qingdao", 0.26, "CNY", True,
                {"olympic_marina": ("奥帆中心码头", "Olympic Sailing Center Marina"),
                 "yinhai": ("银海游艇会", "Yinhai Yacht Club"), "xiaogang": ("小港湾码头", "Xiaogang Wharf")}),
    "xiangshan": ("象山松兰山船艇服务中心", "Xiangshan Songlanshan Boatyard", "east", "ningbo", 0.20, "CNY", True,
                  {"songlanshan": ("松兰山游艇港", "Songlanshan Marina"), "shipu": ("石浦渔港", "Shipu Harbour")}),
    "dapeng": ("深圳大鹏船艇服务中心", "Shenzhen Dapeng Boatyard", "south", "shenzhen", 0.21, "CNY", False,
               {"qixing_bay": ("七星湾游艇会", "Qixing Bay Yacht Club"), "dapeng_bay": ("大鹏湾码头", "Dapeng Bay Marina"),
                "jiaochangwei": ("较场尾码头", "Jiaochangwei Pier")}),
    "saikung": ("香港西贡船艇服务中心", "Sai Kung Boatyard (Hong Kong)", "south", "hong_kong", 0.15, "HKD", False,
                {"hebe_haven": ("白沙湾游艇会", "Hebe Haven Yacht Club"), "sai_kung_pier": ("西贡公众码头", "Sai Kung Public Pier"),
                 "marina_cove": ("匡湖居游艇会", "Club Marina Cove")}),
}
TECHS = {
    "dalian": {"刘建国": 0.25, "王海涛": 0.22, "孙志强": 0.2, "张伟": 0.18, "赵磊": 0.15},
    "qingdao": {"李明": 0.2, "于洪波": 0.18, "高峰": 0.18, "徐强": 0.16, "马超": 0.15, "曲波": 0.13},
    "xiangshan": {"陈浩": 0.24, "周斌": 0.22, "胡军": 0.2, "林涛": 0.18, "吴刚": 0.16},
    "dapeng": {"黄志明": 0.24, "郑伟": 0.21, "梁家豪": 0.2, "何俊": 0.18, "罗勇": 0.17},
    "saikung": {"Tony Chan": 0.24, "Kelvin Lau": 0.22, "Mark Ellis": 0.2, "Wong Ka-fai": 0.18, "Ricky Ho": 0.16},
}
BOATS = {  # type: zh, weight, length ft range, engine plan
    "center_console": ("钓鱼艇", 0.25, (18, 28)),
    "rib": ("充气艇", 0.13, (14, 24)),
    "sport_cruiser": ("运动艇", 0.18, (24, 38)),
    "motor_yacht": ("机动游艇", 0.17, (38, 70)),
    "sailboat": ("帆船", 0.19, (26, 50)),
    "catamaran": ("双体船", 0.08, (34, 52)),
}
BRAND_EN = {"yamaha": "Yamaha", "mercury": "Mercury", "suzuki": "Suzuki", "honda": "Honda",
            "volvo_penta": "Volvo Penta", "yanmar": "Yanmar", "cummins": "Cummins", "caterpillar": "Caterpillar"}
BRAND_ZH = {"yamaha": "雅马哈", "mercury": "水星", "suzuki": "铃木", "honda": "本田",
            "volvo_penta": "沃尔沃遍达", "yanmar": "洋马", "cummins": "康明斯", "caterpillar": "卡特彼勒"}
JOB_TYPES = {"annual_service": "年度保养", "no_start": "无法启动", "overheating": "发动机过热", "electrical": "电路故障",
             "lower_unit": "尾机齿轮箱", "fuel_system": "燃油系统", "prop_shaft": "螺旋桨/轴系"}
CHANNEL_ZH = {"mini_program": 0.45, "phone": 0.3, "walk_in": 0.17, "email": 0.08}
CHANNEL_HK = {"whatsapp": 0.38, "phone": 0.27, "email": 0.2, "walk_in": 0.15}
SHOWS = [("shenzhen_boat_show_2025", datetime(2025, 3, 27), ("dapeng", "saikung")),
         ("shanghai_boat_show_2025", datetime(2025, 4, 9), ("xiangshan", "qingdao", "dalian")),
         ("hk_boat_show_2025", datetime(2025, 11, 20), ("saikung", "dapeng")),
         ("shenzhen_boat_show_2026", datetime(2026, 3, 26), ("dapeng", "saikung")),
         ("shanghai_boat_show_2026", datetime(2026, 4, 1), ("xiangshan", "qingdao", "dalian"))]

PREFIX = {"dalian": "DL", "qingdao": "QD", "xiangshan": "XS", "dapeng": "DP", "saikung": "SK"}
customers, events, orders, feedback, truth, experiments = [], [], [], [], [], []
_ev_no = [0]
_job_no = {y: 0 for y in YARDS}
_inv_no = [0]
_fb_no = [0]


def add_event(c, ts, tp, action, **extra):
    if ts > END or ts < START:
        return None
    _ev_no[0] += 1
    row = {"event_id": f"E{_ev_no[0]:07d}", "customer_id": c["customer_id"], "ts": ts, "touchpoint_id": tp,
           "action": action, "yard": c["yard"], "region": c["region"], "boat_type": c["boat_type"],
           "engine_brand": c["engine_brand"]}
    row.update(extra)
    events.append(row)
    return row


# ------------------------------------------------------------------ customers

def make_customer(i: int, new: bool) -> dict:
    yard = pick({y: v[4] for y, v in YARDS.items()})
    yz = YARDS[yard]
    owner_type = pick({"private": 0.77, "charter_operator": 0.1, "fishing_club": 0.05, "company": 0.08})
    member_p = {"private": 0.34, "charter_operator": 0.62, "fishing_club": 0.45, "company": 0.5}[owner_type]
    tier = "member" if chance(member_p) else "walk_in"
    bw = {b: v[1] for b, v in BOATS.items()}
    if yard == "saikung":
        bw.update(sailboat=0.27, motor_yacht=0.24, center_console=0.14)
    if owner_type == "fishing_club":
        bw = {"center_console": 0.7, "rib": 0.1, "sport_cruiser": 0.2}
    boat = pick(bw)
    lo, hi = BOATS[boat][2]
    length = int(round(U(lo, hi)))
    if boat in ("center_console", "rib"):
        etype = "outboard"
        brand = pick({"yamaha": 0.43, "mercury": 0.31, "suzuki": 0.16, "honda": 0.10})
        count = 2 if length >= 24 and chance(0.6) else 1
        hp = int(pick({60: 0.1, 90: 0.15, 115: 0.2, 150: 0.25, 200: 0.18, 250: 0.12}) if boat == "center_console"
                 else pick({30: 0.3, 60: 0.35, 90: 0.25, 115: 0.1}))
    elif boat == "sport_cruiser":
        etype = "sterndrive"
        brand = pick({"volvo_penta": 0.5, "mercury": 0.5})
        count = 2 if length >= 32 else 1
        hp = int(pick({250: 0.3, 300: 0.4, 350: 0.3}))
    elif boat == "sailboat":
        etype = "inboard_diesel"
        brand = pick({"yanmar": 0.5, "volvo_penta": 0.45, "cummins": 0.05})
        count = 1
        hp = int(pick({20: 0.2, 30: 0.35, 40: 0.3, 57: 0.15}))
    else:
        etype = "inboard_diesel"
        brand = pick({"volvo_penta": 0.38, "yanmar": 0.2, "cummins": 0.22, "caterpillar": 0.2} if boat == "motor_yacht"
                     else {"yanmar": 0.45, "volvo_penta": 0.45, "cummins": 0.1})
        count = 2
        hp = int(pick({110: 0.2, 230: 0.3, 370: 0.3, 550: 0.2}) if boat == "motor_yacht" else pick({40: 0.4, 57: 0.4, 80: 0.2}))
    if new:
        day = START + D(days=U(0, (END - START).days - 10))
        # spring and early-summer peak for new owners
        while not chance({1: 0.5, 2: 0.5, 3: 0.9, 4: 1.0, 5: 1.0, 6: 0.9, 7: 0.8, 8: 0.7, 9: 0.6, 10: 0.6,
                          11: 0.5, 12: 0.4}[day.month]):
            day = START + D(days=U(0, (END - START).days - 10))
        acq = pick({"wechat": 0.2, "search": 0.12, "marina_referral": 0.22, "dealer_referral": 0.14,
                    "word_of_mouth": 0.16, "boat_show": 0.08, "walk_in": 0.08})
        if yard == "saikung" and acq == "wechat":
            acq = "search"
        if acq == "boat_show":
            shows = [s for s in SHOWS if yard in s[2] and START <= s[1] <= END - D(days=30)]
            s = shows[int(rng.integers(len(shows)))]
            day, show = s[1], s[0]
        else:
            show = None
        signup = office(day)
    else:
        signup = datetime(2017, 1, 1) + D(days=U(0, (START - datetime(2017, 1, 1)).days - 1))
        signup = office(signup)
        acq = pick({"marina_referral": 0.3, "dealer_referral": 0.22, "word_of_mouth": 0.22, "walk_in": 0.1,
                    "boat_show": 0.08, "wechat": 0.05, "search": 0.03})
        show = None
    if yard == "saikung":
        lang = "en" if chance(0.72) else "zh"
    else:
        lang = "en" if chance(0.07) else "zh"
    churn = None
    if chance(0.17):
        churn = signup + D(days=U(60, 900)) if new else START + D(days=U(30, 700))
    marina = pick({m: 1.0 for m in yz[7]})
    return {"yard": yard, "region": yz[2], "city": yz[3], "tier": tier, "owner_type": owner_type, "boat_type": boat,
            "boat_length_ft": length, "engine_type": etype, "engine_brand": brand, "engine_count": count,
            "engine_hp": hp, "engine_year": int(rng.integers(2008, 2026)), "home_marina": marina,
            "home_marina_name": yz[7][marina][0] if lang == "zh" else yz[7][marina][1],
            "preferred_language": lang, "acquisition_channel": acq, "signup_at": signup, "_new": new,
            "_show": show, "_churn": churn, "member_since": signup if tier == "member" else None,
            "_jobs": 0, "_last": None, "boat_name": None}


BOAT_NAMES = ["海鸥", "蓝鲸", "启航", "远帆", "逐浪", "鹏程", "海燕", "银鱼", "追风", "星辰", "Sea Breeze", "Blue Horizon",
              "Wanderer", "Kingfisher", "Serenity", "Morning Star", "Osprey", "Tide Runner", "Mistral", "Halcyon"]


# ------------------------------------------------------------------ feedback

TEXT = {
    "parts_wait": {
        "zh": ["等配件等了{d}天，{brand}的零件一直说在路上，船就一直在岸上晒着", "报价很快确认了，结果等配件又等了三个星期，耽误了整个出海季",
               "{brand}发动机的水泵等配件等了快一个月，问了几次都说总代还没发货", "修是修好了，就是等配件太久，希望以后常用件能多备点库存"],
        "en": ["We were waiting on parts for {d} days - the {brand} dealer kept saying next week.",
               "Quote approved quickly, then the boat sat on the hardstand waiting on parts for weeks. Lost half the season.",
               "Good work in the end but waiting on parts for a simple {brand} impeller kit is not acceptable."]},
    "lift_down": {
        "zh": ["约好的上排日子吊机坏了，又改了两次时间，白跑了三趟", "吊机坏了一个多星期，春天下水全部往后推，码头那边一直催",
               "预约上排，到了现场才告诉我吊机坏了，至少提前打个电话吧"],
        "en": ["The travel lift was broken on the day of my haul-out and nobody called ahead. Rebooked twice.",
               "Travel lift out of action for over a week in April - my spring launch slipped badly."]},
    "labour_rate": {
        "zh": ["工时费涨得太厉害了，一个小保养光人工就好几千", "报价里工时费比别家贵不少，这次先不修了", "配件价格还能接受，工时费一小时四百多有点离谱",
               "今年工时费又涨了，会员还好，散客真的用不起"],
        "en": ["The labour rate went up again this year - the quote was mostly labour.",
               "Labour rate is well above the other yards in the area, declined the quote for now.",
               "Parts prices are fair but the labour rate is steep for a routine service."]},
    "no_updates": {
        "zh": ["船放进去以后就没人通知进度，每次都得自己打电话问", "修到哪一步了完全没人通知，打了三次客服才知道零件还没到", "进场一周没人通知任何消息，体验很差"],
        "en": ["No update for ten days after haul-out, I had to chase the office every time.",
               "Work was fine but there was no update unless I phoned in.", "Got no update on the job status at all - very frustrating."]},
    "hull_scratch": {
        "zh": ["出库的时候发现船底和侧面被刮花了好几道，叉车放架子时碰的", "干仓存放一个冬天，船身刮花了，正在跟他们协商赔偿", "冬天存放回来船舷刮花，很心疼"],
        "en": ["Found a long scratch down the topsides when the boat came out of the dry stack.",
               "Boat came back from winter storage with scratch marks on the hull - forklift damage."]},
    "comeback": {
        "zh": ["修完试航又出问题，返工了两次才弄好", "说是修好了，试航还是报警，返工又多等了几天", "同一个问题返工，浪费时间"],
        "en": ["Engine failed the sea trial and needed rework before I could get the boat back.",
               "Second sea trial only after rework - the same alarm came back.", "Needed rework after the first trial, not impressed."]},
    "tech_praise": {
        "zh": ["{tech}师傅很专业，讲得很清楚哪些要换哪些还能用", "师傅很专业，发动机的小毛病一下就找到了", "{tech}师傅很专业也很耐心，值得推荐"],
        "en": ["{tech} is a brilliant mechanic - explained everything and found the fault fast.",
               "Very knowledgeable mechanic, honest about what actually needed replacing.", "Best mechanic I've dealt with in years."]},
    "fast_turnaround": {
        "zh": ["周一进场周三就下水了，很快就交船", "保养速度很快就交船了，没耽误周末出海", "比预期很快就交船，赞"],
        "en": ["Quick turnaround - hauled on Monday, back in the water by Wednesday.", "Really quick turnaround on the annual service."]},
    "storage_praise": {
        "zh": ["冬天存放照看得很好，开春出库干干净净", "船在库里照看得很好，还帮忙定期检查电瓶", "存放期间照看得很好，明年继续"],
        "en": ["Boat was well looked after over the winter, clean and ready in spring.",
               "Storage team looked after her properly, batteries on trickle charge all winter."]},
    "generic_pos": {
        "zh": ["整体服务不错，价格透明", "服务不错，下次还来", "前台和师傅服务不错，推荐给朋友了", "服务不错，流程清楚"],
        "en": ["Great service overall, will be back.", "Great service and fair pricing.", "Great service from the front desk to the yard."]},
    "neutral": {
        "zh": ["还行吧，中规中矩", "还行，没什么特别的", "总体还行，就是停车不太方便", "还行，价格跟别家差不多"],
        "en": ["It was ok, nothing special.", "Average experience, job done.", "It was ok - parking at the yard is tight."]},
}
SENT = {"parts_wait": "neg", "lift_down": "neg", "labour_rate": "neg", "no_updates": "neg", "hull_scratch": "neg",
        "comeback": "neg", "tech_praise": "pos", "fast_turnaround": "pos", "storage_praise": "pos",
        "generic_pos": "pos", "neutral": "neu"}
RATING = {"neg": {1: 0.35, 2: 0.5, 3: 0.15}, "neu": {3: 0.8, 2: 0.1, 4: 0.1}, "pos": {4: 0.35, 5: 0.65}}
NPS = {"neg": (0, 6), "neu": (5, 8), "pos": (8, 10)}


def add_feedback(c, topic, channel, ts, tp, job=None, lang=None, rated=True, nps_p=0.0, anonymous=False,
                 platform=None):
    if ts is not None and ts > END:
        return
    lang = lang or c["preferred_language"]
    tmpl = TEXT[topic][lang]
    text = tmpl[int(rng.integers(len(tmpl)))]
    tech = (job or {}).get("tech") or ("老王" if lang == "zh" else "Wang")
    text = text.format(d=int((job or {}).get("parts_wait") or 20), brand=(BRAND_ZH if lang == "zh" else BRAND_EN)[c["engine_brand"]],
                       tech=tech)
    if lang == "zh" and chance(0.25):
        text = pick({f"{JOB_TYPES.get((job or {}).get('job_type'), '保养')}：": 1, "船名" + (c["boat_name"] or "") + "，": 1}) + text
    _fb_no[0] += 1
    s = SENT[topic]
    row = {"feedback_id": f"FB{_fb_no[0]:06d}", "text": text, "ts": ts,
           "customer_id": None if anonymous else c["customer_id"], "touchpoint_id": tp, "channel": channel,
           "rating": pick(RATING[s]) if rated else None,
           "nps": int(rng.integers(NPS[s][0], NPS[s][1] + 1)) if rated and chance(nps_p) else None,
           "language": lang, "yard": c["yard"], "engine_brand": c["engine_brand"],
           "job_id": (job or {}).get("job_id"), "platform": platform}
    feedback.append(row)
    truth.append({"feedback_id": row["feedback_id"], "topic": topic, "sentiment": s})


# ------------------------------------------------------------------ money

def labour_rate(c, t):
    if c["yard"] == "saikung":
        return 500.0 if t >= RATE_UP else 420.0
    return 450.0 if t >= RATE_UP else 380.0


def to_cny(c, local):
    return round(local * HKD_CNY, 2) if c["yard"] == "saikung" else round(local, 2)


def add_order(c, ts, order_type, local, status, **extra):
    if ts > END:
        return None
    _inv_no[0] += 1
    row = {"order_id": f"INV{_inv_no[0]:06d}", "customer_id": c["customer_id"], "ts": ts,
           "amount": to_cny(c, local), "status": status, "order_type": order_type, "yard": c["yard"],
           "currency": YARDS[c["yard"]][5], "amount_local": round(local, 2), "tier": c["tier"],
           "engine_brand": c["engine_brand"], "boat_type": c["boat_type"]}
    row.update(extra)
    orders.append(row)
    return row


def pay_days(c):
    if c["owner_type"] == "charter_operator":
        return U(8, 70)
    if c["owner_type"] == "company":
        return U(3, 45)
    if c["tier"] == "member":
        return U(0, 32) if chance(0.85) else U(30, 55)
    return U(0, 3) if chance(0.93) else U(5, 40)


# ------------------------------------------------------------------ one service job

def status_update(c, ts, stage, common):
    if ts >= AUTO_UPDATES:
        add_event(c, ts + D(minutes=U(1, 30)), "tp_status_update", "sent", update_stage=stage,
                  channel="whatsapp" if c["yard"] == "saikung" else "wechat", **common)


def run_job(c, t0, job_type):
    yard = c["yard"]
    _job_no[yard] += 1
    job_id = f"{PREFIX[yard]}-J{_job_no[yard]:05d}"
    job = {"job_id": job_id, "job_type": job_type, "tech": None, "parts_wait": None}
    chans = CHANNEL_HK if yard == "saikung" else CHANNEL_ZH
    ch = pick(chans)
    dev = pick({"ios": 0.55, "android": 0.45}) if ch in ("mini_program", "whatsapp") else None
    common = {"session_id": job_id, "job_id": job_id}
    add_event(c, t0, "tp_service_request", "submitted", channel=ch, device=dev, job_type=job_type,
              engine_type=c["engine_type"], engine_count=c["engine_count"], **common)
    manual_update = t0 < AUTO_UPDATES and chance(0.2)
    t = t0
    haul = chance(0.45) if c["boat_type"] in ("center_console", "rib") else chance(0.93)
    lift_resched = False
    if haul:
        t = office(t + D(days=U(1, 5)))
        for attempt in range(1, 5):
            p = 0.06
            reason = None
            if yard == "qingdao" and in_(t, LIFT_DOWN):
                p, reason = 0.55, "lift_breakdown"
            if chance(p) and attempt < 4:
                reason = reason or pick({"weather": 0.55, "yard_full": 0.25, "customer_late": 0.2})
                add_event(c, t, "tp_haul_out", "rescheduled", reschedule_reason=reason, attempt_no=attempt,
                          haul_reason="service", **common)
                if reason == "lift_breakdown":
                    lift_resched = True
                t = office(t + D(days=U(5, 12) if reason == "lift_breakdown" else U(1, 5)))
                continue
            add_event(c, t, "tp_haul_out", "completed", attempt_no=attempt, haul_reason="service",
                      lift_operator=pick({"A": 0.5, "B": 0.5}), boat_length_ft=c["boat_length_ft"], **common)
            status_update(c, t, "hauled_out", common)
            break
        t_in = t
    else:
        t = office(t + D(days=U(0, 3)))
        t_in = t
    techs = dict(TECHS[yard])
    if yard == "xiangshan" and t < NEW_TECH_START:
        techs.pop("陈浩")
    tech = pick(techs)
    job["tech"] = tech
    t = t + D(hours=U(1, 30))
    t = office(t) if t.hour >= 18 or t.hour < 8 else t
    finding = pick({"minor": 0.55, "major": 0.3, "no_fault_found": 0.05, "wear_items": 0.1})
    add_event(c, t, "tp_inspection", "completed", technician=tech, finding=finding,
              inspection_hours=round(U(0.5, 2.5), 1), **common)
    # quote
    rate_ = labour_rate(c, t)
    mult = 1.0 + 0.6 * (c["engine_count"] - 1)
    if job_type == "annual_service":
        hours = U(3, 7) * mult
        parts_local = U(600, 2200) * mult * (1.6 if c["engine_type"] == "inboard_diesel" else 1.0)
    else:
        hours = U(2, 14)
        parts_local = U(300, 9000) * (1.4 if c["engine_type"] == "inboard_diesel" else 1.0)
    if yard == "saikung":
        parts_local *= 1.1
    haul_local = (c["boat_length_ft"] * (35 if yard == "saikung" else 30)) if haul else 0.0
    disc_l, disc_p = (0.10, 0.05) if c["tier"] == "member" else (0.0, 0.0)
    labour_local = hours * rate_
    quote_local = labour_local * (1 - disc_l) + parts_local * (1 - disc_p) + haul_local
    t = t + D(hours=U(2, 40))
    add_event(c, t, "tp_quote", "sent", quote_local=round(quote_local, 2), quote_cny=to_cny(c, quote_local),
              labour_hours_quoted=round(hours, 1), labour_rate_local=rate_, estimator=tech,
              channel="whatsapp" if yard == "saikung" else "wechat", **common)
    status_update(c, t, "quote_sent", common)
    # decision
    if c["tier"] == "member":
        p_ok = 0.88
        dt = D(hours=U(1, 30))
    else:
        p_ok = 0.47 if t >= RATE_UP else 0.69
        dt = D(hours=U(6, 150))
    if job_type != "annual_service":
        p_ok = min(0.97, p_ok + 0.05)
    approved = chance(p_ok)
    t = t + dt
    if not approved:
        reason = pick({"price": 0.5 if t >= RATE_UP else 0.38, "diy": 0.17, "second_opinion": 0.17, "selling_boat": 0.1,
                       "timing": 0.12})
        add_event(c, t, "tp_quote", "declined", decline_reason=reason, **common)
        t_l = office(t + D(days=U(1, 6)))
        add_event(c, t_l, "tp_launch", "completed", launch_type="returned_unrepaired",
                  days_in_yard=round((t_l - t0).total_seconds() / 86400, 1), **common)
        fee = haul_local + (600 if yard != "saikung" else 650)
        o = add_order(c, t_l + D(hours=1), "diagnostic", fee, "paid", job_id=job_id, technician=tech,
                      labour_cny=0.0, parts_cny=0.0, haulout_cny=to_cny(c, haul_local), discount_cny=0.0,
                      payment_method=pick({"wechat_pay": 0.5, "alipay": 0.3, "card": 0.2}) if yard != "saikung"
                      else pick({"fps": 0.5, "card": 0.3, "cash": 0.2}), days_to_pay=0)
        if o:
            add_event(c, t_l + D(hours=1), "tp_invoice", "issued", order_id=o["order_id"], invoice_local=round(fee, 2), **common)
            add_event(c, t_l + D(hours=1.3), "tp_payment", "paid", order_id=o["order_id"], days_to_pay=0,
                      amount_cny=o["amount"], **common)
        if chance(0.28 if t >= RATE_UP else 0.2):
            topic = "labour_rate" if (reason == "price" or chance(0.3)) else "neutral"
            add_feedback(c, topic, "survey", t_l + D(days=U(0, 3)), "tp_quote", job, nps_p=0.5)
        return job
    add_event(c, t, "tp_quote_approval", "approved", decision_hours=round(dt.total_seconds() / 3600, 1),
              approved_cny=to_cny(c, quote_local), **common)
    # parts
    need_parts = chance(0.55 if job_type == "annual_service" else 0.78)
    t_ready = t
    cancelled = False
    calls = []
    if need_parts:
        t_po = t + D(hours=U(1, 20))
        volvo_bo = c["engine_brand"] == "volvo_penta" and in_(t_po, VOLVO_BACKORDER)
        if volvo_bo:
            wait = U(14, 32)
            bo = chance(0.88)
        else:
            base = {"dalian": (3, 8), "qingdao": (2, 6), "xiangshan": (2, 6), "dapeng": (2, 5), "saikung": (4, 10)}[yard]
            wait = U(*base)
            bo = chance(0.07)
            if bo:
                wait += U(4, 10)
        add_event(c, t_po, "tp_parts_order", "ordered", parts_brand=c["engine_brand"],
                  supplier=pick({"oem_dealer": 0.75, "aftermarket": 0.25}), parts_local=round(parts_local, 2),
                  backorder="yes" if bo else "no", eta_days=int(round(wait if not bo else wait * 0.6)), **common)
        job["parts_wait"] = round(wait)
        t_arr = office(t_po + D(days=wait))
        if wait > 14 and chance(0.17):
            # owner gives up on the job
            cancelled = True
            t_c = t_po + D(days=U(8, 14))
            add_event(c, t_c, "tp_quote_approval", "cancelled", cancel_reason="parts_delay", **common)
            t_l = office(t_c + D(days=U(1, 3)))
            add_event(c, t_l, "tp_launch", "completed", launch_type="returned_unrepaired",
                      days_in_yard=round((t_l - t0).total_seconds() / 86400, 1), **common)
            add_order(c, t_c, "repair", quote_local, "cancelled", job_id=job_id, technician=tech, cancel_reason="parts_delay",
                      labour_cny=to_cny(c, labour_local * (1 - disc_l)), parts_cny=to_cny(c, parts_local * (1 - disc_p)),
                      haulout_cny=to_cny(c, haul_local), discount_cny=to_cny(c, labour_local * disc_l + parts_local * disc_p))
            if chance(0.6):
                add_feedback(c, "parts_wait", pick({"survey": 0.4, "ticket": 0.6}), t_c + D(days=U(0, 2)), "tp_parts_arrival",
                             job, rated=True, nps_p=0.3)
            calls.append(("parts_eta", t_po + D(days=U(5, 10))))
        else:
            add_event(c, t_arr, "tp_parts_arrival", "received", days_waited=round((t_arr - t_po).total_seconds() / 86400, 1),
                      parts_brand=c["engine_brand"], **common)
            status_update(c, t_arr, "parts_arrived", common)
            t_ready = t_arr
            if wait > 10 and chance(0.6):
                calls.append(("parts_eta", t_po + D(days=U(4, wait))))
    if not cancelled:
        work = office(t_ready + D(days=U(0, 2.5) + hours / 7.0))
        actual_h = hours * U(0.9, 1.15)
        add_event(c, work, "tp_engine_repair", "completed", technician=tech, labour_hours=round(actual_h, 1),
                  work_done=job_type, **common)
        status_update(c, work, "repair_done", common)
        t = work
        p_fail = 0.28 if tech == "陈浩" else 0.065
        failed = False
        for trial in range(1, 4):
            t = office(t + D(days=U(0.2, 2)))
            if chance(p_fail if trial == 1 else 0.12) and trial < 3:
                failed = True
                add_event(c, t, "tp_sea_trial", "failed", trial_no=trial, technician=tech,
                          fail_reason=pick({"overheating": 0.3, "vibration": 0.2, "alarm": 0.25, "fuel_leak": 0.1,
                                            "low_rpm": 0.15}), **common)
                t = office(t + D(days=U(1, 3)))
                add_event(c, t, "tp_engine_repair", "rework", technician=tech, labour_hours=round(U(1, 4), 1),
                          work_done=job_type, **common)
                continue
            add_event(c, t, "tp_sea_trial", "passed", trial_no=trial, technician=tech,
                      max_rpm=int(U(2800, 6000)), **common)
            break
        t_l = t + D(hours=U(1, 30))
        t_l = office(t_l) if t_l.hour >= 18 or t_l.hour < 8 else t_l
        days_in_yard = round((t_l - t0).total_seconds() / 86400, 1)
        add_event(c, t_l, "tp_launch", "completed", launch_type="after_service", days_in_yard=days_in_yard, **common)
        status_update(c, t_l, "launched", common)
        total = labour_local * (1 - disc_l) * (actual_h / hours) + parts_local * (1 - disc_p) + haul_local
        t_inv = t_l + D(hours=U(0.5, 40))
        dtp = pay_days(c)
        paid_at = t_inv + D(days=dtp)
        status = "paid" if paid_at <= END else "unpaid"
        if status == "paid" and failed and chance(0.08):
            status = "refunded"
        o = add_order(c, t_inv, "repair", total, status, job_id=job_id, technician=tech,
                      labour_cny=to_cny(c, labour_local * (1 - disc_l) * (actual_h / hours)),
                      parts_cny=to_cny(c, parts_local * (1 - disc_p)), haulout_cny=to_cny(c, haul_local),
                      discount_cny=to_cny(c, labour_local * disc_l + parts_local * disc_p),
                      payment_method=(pick({"wechat_pay": 0.45, "alipay": 0.25, "bank_transfer": 0.3}) if yard != "saikung"
                                      else pick({"fps": 0.4, "card": 0.3, "bank_transfer": 0.3})),
                      days_to_pay=round(dtp, 1) if status != "unpaid" else None,
                      paid_at=paid_at if status != "unpaid" else None, due_date=(t_inv + D(days=30)).date())
        if o:
            add_event(c, t_inv, "tp_invoice", "issued", order_id=o["order_id"], invoice_local=round(total, 2), **common)
            if status != "unpaid":
                add_event(c, paid_at, "tp_payment", "paid", order_id=o["order_id"], days_to_pay=round(dtp, 1),
                          amount_cny=o["amount"], **common)
        # feedback on the job
        if chance(0.42):
            ts = t_l + D(days=U(0.2, 5))
            if (job["parts_wait"] or 0) >= 12 and chance(0.75):
                topic, tp = "parts_wait", "tp_parts_arrival"
            elif lift_resched and chance(0.8):
                topic, tp = "lift_down", "tp_haul_out"
            elif failed and chance(0.6):
                topic, tp = "comeback", "tp_sea_trial"
            elif t0 < AUTO_UPDATES and chance(0.2):
                topic, tp = "no_updates", "tp_status_update"
            elif c["tier"] == "walk_in" and t0 >= RATE_UP and chance(0.3):
                topic, tp = "labour_rate", "tp_invoice"
            else:
                topic = pick({"tech_praise": 0.3, "fast_turnaround": 0.18 if days_in_yard < 8 else 0.03,
                              "generic_pos": 0.3, "neutral": 0.17,
                              "labour_rate": 0.05 if c["tier"] == "walk_in" else 0.0})
                tp = {"tech_praise": "tp_engine_repair", "fast_turnaround": "tp_launch", "generic_pos": "tp_launch",
                      "neutral": "tp_launch", "labour_rate": "tp_invoice"}[topic]
            add_feedback(c, topic, "survey", ts, tp, job, nps_p=0.6)
        if chance(0.05):
            topic = pick({"tech_praise": 0.3, "generic_pos": 0.3, "neutral": 0.15,
                          "parts_wait": 0.25 if (job["parts_wait"] or 0) >= 12 else 0.0,
                          "comeback": 0.25 if failed else 0.0})
            tp = {"tech_praise": "tp_engine_repair", "generic_pos": "tp_launch", "neutral": "tp_launch",
                  "parts_wait": "tp_parts_arrival", "comeback": "tp_sea_trial"}[topic]
            add_feedback(c, topic, "review", t_l + D(days=U(1, 20)), tp, job, nps_p=0.0, anonymous=chance(0.4),
                         platform="google_maps" if yard == "saikung" else pick({"dianping": 0.7, "xiaohongshu": 0.3}))
    # support calls about the job
    p_call = 0.38 if t0 < AUTO_UPDATES else 0.16
    if chance(p_call):
        topic = pick({"job_status": 0.68, "billing": 0.1, "booking": 0.12, "parts_eta": 0.1} if t0 < AUTO_UPDATES
                     else {"job_status": 0.22, "billing": 0.28, "booking": 0.3, "parts_eta": 0.2})
        calls.append((topic, t0 + D(days=U(1, 8))))
    if manual_update:
        add_event(c, t0 + D(days=U(2, 6)), "tp_status_update", "sent", update_stage="manual", channel="sms", **common)
    for topic, tc in calls:
        tc = office(tc, 9, 18)
        add_event(c, tc, "tp_support_call", "answered", call_topic=topic,
                  wait_min=round(U(0.5, 6) if tc >= AUTO_UPDATES else U(1, 9), 1), channel="phone", **common)
        if chance(0.18):
            if topic == "job_status" and tc < AUTO_UPDATES:
                ftopic = "no_updates"
            elif topic == "parts_eta" and (job["parts_wait"] or 0) >= 12:
                ftopic = "parts_wait"
            else:
                ftopic = "neutral"
            lang = c["preferred_language"]
            add_feedback(c, ftopic, "call_note", tc if not chance(0.32) else None, "tp_support_call", job,
                         lang=lang, rated=False)
    c["_jobs"] += 1
    c["_last"] = max(c["_last"] or t0, t0)
    return job


# ------------------------------------------------------------------ winter storage

def run_storage(c, season_year):
    """season_year = the autumn the boat goes in (2024 or 2025)."""
    yard = c["yard"]
    start = datetime(season_year, 8, 1) if yard == "dalian" else datetime(season_year, 8, 10)
    t0 = office(start + D(days=U(0, 75)))
    if t0 < c["signup_at"] or t0 < START:
        return
    if c["_churn"] and t0 > c["_churn"]:
        return
    sid = f"{PREFIX[yard]}-S{season_year % 100}{int(rng.integers(10000, 99999))}"
    common = {"session_id": sid, "storage_season": f"{season_year}-{(season_year + 1) % 100:02d}"}
    if yard == "xiangshan" and c["boat_length_ft"] <= 34:
        want = pick({"indoor_shed": 0.15, "outdoor_hardstand": 0.2, "dry_stack": 0.65})
    else:
        want = pick({"indoor_shed": 0.4, "outdoor_hardstand": 0.6})
    ch = pick({"mini_program": 0.5, "phone": 0.35, "walk_in": 0.15})
    add_event(c, t0, "tp_storage_enquiry", "submitted", storage_type=want, channel=ch,
              device=pick({"ios": 0.55, "android": 0.45}) if ch == "mini_program" else None, **common)
    variant = None
    if in_(t0, EXP):
        variant = "earlybird_10off" if chance(0.5) else "standard_rate"
        experiments.append({"experiment_id": "storage_earlybird_2025", "variant": variant,
                            "customer_id": c["customer_id"], "assigned_at": t0,
                            "variant_desc": "10% off winter storage if signed by 31 Oct" if variant == "earlybird_10off"
                            else "standard winter storage rate"})
    months = 6 if yard == "dalian" else 5
    per_ft = {"indoor_shed": 95, "outdoor_hardstand": 55, "dry_stack": 75}[want]
    price = c["boat_length_ft"] * per_ft * months
    if variant == "earlybird_10off":
        price *= 0.9
    if c["tier"] == "member":
        price *= 0.95
    tq = t0 + D(hours=U(2, 72))
    add_event(c, tq, "tp_storage_quote", "sent", storage_type=want, quote_cny=round(price, 2), months=months,
              promo="earlybird_10off" if variant == "earlybird_10off" else None, **common)
    p = 0.58 if c["tier"] == "member" else 0.33
    if variant == "earlybird_10off":
        p += 0.19
    if not chance(p):
        return
    ts = office(tq + D(days=U(1, 26)))
    status = "cancelled" if chance(0.04) else "paid"
    o = add_order(c, ts, "storage", price, status, storage_type=want, storage_season=common["storage_season"],
                  months=months, promo=variant if variant == "earlybird_10off" else None,
                  payment_method=pick({"wechat_pay": 0.5, "alipay": 0.2, "bank_transfer": 0.3}),
                  cancel_reason="sold_boat" if status == "cancelled" else None)
    add_event(c, ts, "tp_storage_contract", "signed", storage_type=want, contract_no=o["order_id"] if o else None,
              contract_cny=round(price, 2), months=months, **common)
    if status == "cancelled":
        return
    tin = datetime(season_year, 10, 8) if yard == "dalian" else datetime(season_year, 10, 25)
    tin = office(max(tin + D(days=U(0, 35)), ts + D(days=2)))
    if c["engine_type"] != "outboard" or chance(0.5):
        add_event(c, tin - D(hours=U(2, 20)), "tp_winterize", "completed", technician=pick(TECHS[yard]),
                  antifreeze_litres=round(U(4, 20), 1), **common)
    add_event(c, tin, "tp_storage_checkin", "completed", storage_type=want, rack_no=f"R{int(rng.integers(1, 400)):03d}",
              **common)
    rel = datetime(season_year + 1, 4, 10) if yard == "dalian" else datetime(season_year + 1, 3, 20)
    rel = office(rel + D(days=U(0, 45)))
    delay = 0.0
    if yard == "qingdao" and in_(rel, LIFT_DOWN):
        delay = U(4, 14)
    damage_p = 0.3 if (yard == "xiangshan" and want == "dry_stack" and in_(rel, DRYSTACK_SEASON)) else 0.015
    damage = chance(damage_p)
    rel2 = office(rel + D(days=delay)) if delay else rel
    add_event(c, rel2, "tp_storage_release", "completed", storage_type=want, delay_days=round(delay, 1),
              damage_reported="yes" if damage else "no", **common)
    if damage:
        add_feedback(c, "hull_scratch", "ticket", rel2 + D(hours=U(2, 30)), "tp_storage_release", rated=False)
    if delay and chance(0.45):
        add_feedback(c, "lift_down", pick({"survey": 0.6, "ticket": 0.4}), rel2 + D(days=U(0, 3)), "tp_haul_out",
                     nps_p=0.4)
    elif chance(0.35 if not damage else 0.85):
        topic = "hull_scratch" if damage else pick({"storage_praise": 0.5, "generic_pos": 0.3, "neutral": 0.2})
        add_feedback(c, topic, "survey", rel2 + D(days=U(0.2, 4)), "tp_storage_release", nps_p=0.5)


# ------------------------------------------------------------------ per customer

def season_date(c, year, kind):
    if kind == "annual":
        if c["region"] == "north":
            lo, hi = datetime(year, 4, 1), datetime(year, 6, 15)
        elif c["region"] == "east":
            lo, hi = datetime(year, 3, 10), datetime(year, 6, 10)
        else:
            lo, hi = datetime(year, 1, 5), datetime(year, 12, 20)
        return office(lo + D(days=U(0, (hi - lo).days)))
    while True:
        d = datetime(year, 1, 1) + D(days=U(0, 364))
        w = {1: 0.3, 2: 0.3, 3: 0.5, 4: 0.7, 5: 0.9, 6: 1.0, 7: 1.0, 8: 1.0, 9: 0.9, 10: 0.7, 11: 0.5, 12: 0.3}[d.month]
        if c["region"] == "north" and d.month in (12, 1, 2, 3):
            w = 0.02
        if chance(w):
            return office(d)


def run_customer(c):
    end = min(END, c["_churn"] or END)
    starts = []
    if c["_new"]:
        if c["_show"]:
            add_event(c, c["signup_at"], "tp_boat_show", "lead_captured", show_name=c["_show"], channel="offline")
            first = office(c["signup_at"] + D(days=U(10, 80)))
        else:
            first = office(c["signup_at"] + D(days=U(0, 3))) if c["acquisition_channel"] != "walk_in" else c["signup_at"]
            if c["acquisition_channel"] in ("wechat", "search") or chance(0.15):
                pv = c["signup_at"] - D(days=U(0.5, 6))
                add_event(c, pv, "tp_web_visit", "view",
                          channel="mini_program" if c["acquisition_channel"] == "wechat" else "web",
                          device=pick({"ios": 0.5, "android": 0.35, "pc": 0.15}),
                          utm_source={"wechat": "wechat_article", "search": pick({"baidu": 0.6, "google": 0.4})
                                      if c["yard"] != "saikung" else "google"}.get(c["acquisition_channel"], "direct"),
                          landing_page=pick({"/service/annual": 0.5, "/service/repair": 0.3, "/storage": 0.2}))
                # some visitors never book
        if chance(0.9):
            starts.append((first, "annual_service" if chance(0.5) else pick({k: 1 for k in JOB_TYPES if k != "annual_service"})))
    for year in (2024, 2025, 2026):
        if chance(0.93 if c["tier"] == "member" else 0.58):
            d = season_date(c, year, "annual")
            starts.append((d, "annual_service"))
        n_bd = rng.poisson(1.0 if c["owner_type"] == "charter_operator" else 0.42)
        for _ in range(n_bd):
            starts.append((season_date(c, year, "breakdown"),
                           pick({"no_start": 0.22, "overheating": 0.2, "electrical": 0.18, "lower_unit": 0.14,
                                 "fuel_system": 0.16, "prop_shaft": 0.1})))
    starts = sorted(s for s in starts if START <= s[0] <= end - D(days=1) and s[0] >= c["signup_at"])
    last = None
    for t0, jt in starts:
        if last and (t0 - last).days < 20:
            continue
        run_job(c, t0, jt)
        last = t0
    # web visitors who never booked
    # winter storage
    if YARDS[c["yard"]][6] and c["boat_length_ft"] >= 16:
        for sy in (2024, 2025):
            if chance(0.78 if c["tier"] == "member" else 0.45):
                run_storage(c, sy)
    # typhoon emergency haul-outs in the south
    if c["yard"] in ("dapeng", "saikung") and (not c["_churn"] or c["_churn"] > TYPHOON[1]) \
            and c["signup_at"] < TYPHOON[0] and chance(0.34 if c["tier"] == "member" else 0.22):
        t = TYPHOON[0] + D(hours=U(8, 80))
        sid = f"{PREFIX[c['yard']]}-T{int(rng.integers(10000, 99999))}"
        add_event(c, t, "tp_haul_out", "completed", haul_reason="typhoon_prep", attempt_no=1, session_id=sid,
                  boat_length_ft=c["boat_length_ft"])
        fee = c["boat_length_ft"] * (35 if c["yard"] == "saikung" else 30) * 2
        tl = office(t + D(days=U(4, 10)))
        add_event(c, tl, "tp_launch", "completed", launch_type="after_typhoon", session_id=sid,
                  days_in_yard=round((tl - t).total_seconds() / 86400, 1))
        add_order(c, tl, "typhoon_haulout", fee, "paid", payment_method="fps" if c["yard"] == "saikung" else "wechat_pay")
    # care-plan renewals
    if c["tier"] == "member":
        ms = c["member_since"]
        fee = 3200.0 if c["yard"] == "saikung" else 2800.0
        if c["_new"]:
            add_order(c, ms, "membership", fee, "paid", plan="care_plan", renewal_no=0)
        k = 1
        while True:
            try:
                a = ms.replace(year=ms.year + k)
            except ValueError:
                a = ms.replace(year=ms.year + k, day=28)
            k += 1
            if a > END:
                break
            if a < START:
                continue
            if c["_churn"] and a > c["_churn"]:
                break
            add_event(c, a, "tp_membership_renewal", "renewed", plan="care_plan", renewal_no=k - 1)
            add_order(c, a, "membership", fee, "paid", plan="care_plan", renewal_no=k - 1)


# ------------------------------------------------------------------ tables

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_web_visit", "官网/小程序浏览", "Website & mini-program visit", "awareness", "web", "digital", "marketing",
     "公众号|小程序|官网|website|mini program"),
    ("tp_boat_show", "船展获客", "Boat show lead", "awareness", "other", "physical", "sales", "游艇展|船展|boat show|expo"),
    ("tp_service_request", "报修/预约保养", "Service request", "consideration", "mini_program", "digital", "service_desk",
     "报修|预约|下单|保养预约|service booking|work order|job request"),
    ("tp_haul_out", "上排吊船", "Haul-out", "service", "store", "physical", "yard_ops",
     "上排|吊船|出水|上岸|travel lift|lift out|hauling|hardstand"),
    ("tp_inspection", "检查诊断", "Inspection & diagnosis", "consideration", "store", "physical", "workshop",
     "检查|诊断|检测|survey|diagnostic|check-up"),
    ("tp_quote", "维修报价", "Repair quote", "consideration", "mini_program", "digital", "service_desk",
     "报价|报价单|估价|quote|estimate"),
    ("tp_quote_approval", "确认报价/同意维修", "Quote approved (go-ahead)", "purchase", "mini_program", "digital",
     "service_desk", "确认报价|同意维修|开工确认|go-ahead|sign-off|approval"),
    ("tp_parts_order", "配件订购", "Parts order", "service", "other", "digital", "parts",
     "订配件|订货|备件采购|parts order|ordering parts"),
    ("tp_parts_arrival", "配件到货", "Parts arrival", "service", "other", "physical", "parts",
     "配件到货|到件|parts in|parts received"),
    ("tp_engine_repair", "发动机维修", "Engine repair", "service", "store", "physical", "workshop",
     "维修|修发动机|保养施工|返工|engine work|repair|mechanic work"),
    ("tp_sea_trial", "试航", "Sea trial", "service", "other", "physical", "workshop", "试航|海试|test run|sea test"),
    ("tp_launch", "下水交船", "Launch & handover", "service", "store", "physical", "yard_ops",
     "下水|交船|提船|relaunch|splash|handover"),
    ("tp_invoice", "开票结算", "Invoice", "purchase", "email", "digital", "finance", "账单|结算单|发票|invoice|bill"),
    ("tp_payment", "付款", "Payment", "purchase", "other", "digital", "finance", "付款|回款|收款|payment|paid"),
    ("tp_status_update", "进度通知", "Job status update", "service", "app", "digital", "service_desk",
     "进度通知|进度推送|微信通知|status update|progress message"),
    ("tp_support_call", "客服电话", "Customer service call", "service", "phone", "digital", "service_desk",
     "客服|热线|电话咨询|hotline|call centre|phone call"),
    ("tp_storage_enquiry", "冬季存放咨询", "Winter storage enquiry", "consideration", "mini_program", "digital", "storage",
     "存放咨询|冬储|过冬|winter storage enquiry|layup"),
    ("tp_storage_quote", "存放报价", "Storage quote", "consideration", "mini_program", "digital", "storage",
     "存放报价|冬储报价|storage quote"),
    ("tp_storage_contract", "存放合同签约", "Winter storage contract", "purchase", "store", "physical", "storage",
     "存放合同|冬储合同|签约|storage contract|layup contract"),
    ("tp_winterize", "冬化保养", "Winterization", "service", "store", "physical", "workshop",
     "冬化|防冻保养|winterizing|winterisation|fogging"),
    ("tp_storage_checkin", "入库上架", "Storage check-in", "service", "store", "physical", "storage",
     "入库|上架|进库|check-in|racking|blocking"),
    ("tp_storage_release", "春季出库下水", "Spring release from storage", "service", "store", "physical", "storage",
     "出库|开春下水|春季下水|spring launch|recommissioning|release"),
    ("tp_membership_renewal", "会员续费", "Care-plan renewal", "loyalty", "mini_program", "digital", "membership",
     "续费|会员续约|保养套餐续费|membership renewal|care plan renewal"),
]

JOURNEYS = [
    ("service_to_approval", "报修到确认维修", "Service request to go-ahead", 14,
     ["tp_service_request", "tp_inspection", "tp_quote", "tp_quote_approval"]),
    ("approval_to_repair", "确认维修到完工", "Go-ahead to repair done", 21, ["tp_quote_approval", "tp_engine_repair"]),
    ("repair_to_launch", "完工到下水交船", "Repair to launch", 7, ["tp_engine_repair", "tp_sea_trial", "tp_launch"]),
    ("storage_signup", "冬季存放签约", "Winter storage sign-up", 30,
     ["tp_storage_enquiry", "tp_storage_quote", "tp_storage_contract"]),
    ("invoice_to_payment", "开票到付款", "Invoice to payment", 30, ["tp_invoice", "tp_payment"]),
    ("web_to_request", "线上浏览到报修", "Web visit to service request", 14, ["tp_web_visit", "tp_service_request"]),
]


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def write_csv(path, cols, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(k)) for k in cols])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    cs = [make_customer(i, new=False) for i in range(1750)] + [make_customer(i, new=True) for i in range(1150)]
    cs.sort(key=lambda c: c["signup_at"])
    for i, c in enumerate(cs):
        c["customer_id"] = f"C{20001 + i}"
        c["boat_name"] = BOAT_NAMES[int(rng.integers(len(BOAT_NAMES)))]
    for c in cs:
        run_customer(c)
    # anonymous / undated call notes from the front desk about walk-in price questions and generic remarks
    for c in cs:
        if chance(0.06):
            t = START + D(days=U(0, (END - START).days))
            if t < c["signup_at"]:
                continue
            topic = pick({"neutral": 0.4, "generic_pos": 0.3, "labour_rate": 0.3 if t >= RATE_UP else 0.1})
            add_feedback(c, topic, pick({"ticket": 0.5, "email": 0.5}), office(t) if chance(0.7) else None,
                         "tp_quote" if topic == "labour_rate" else None, rated=False)
    # segments at the end of the data
    last_any = {}
    for e in events:
        if e["touchpoint_id"] in ("tp_service_request", "tp_storage_contract", "tp_storage_enquiry"):
            cid = e["customer_id"]
            last_any[cid] = max(last_any.get(cid, e["ts"]), e["ts"])
    jobs_by = {}
    for e in events:
        if e["touchpoint_id"] == "tp_service_request":
            jobs_by[e["customer_id"]] = jobs_by.get(e["customer_id"], 0) + 1
    for c in cs:
        la = last_any.get(c["customer_id"])
        if la is None:
            seg = "prospect" if c["_new"] else "lapsed"
        elif (END - la).days > 270:
            seg = "at_risk"
        elif c["signup_at"] >= datetime(2026, 2, 1):
            seg = "new"
        else:
            seg = "returning"
        c["segment"] = seg
        c["last_visit_at"] = la
        c["jobs_in_data"] = jobs_by.get(c["customer_id"], 0)
    write(out, cs)


def write(out, cs):
    tp_cols = ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"]
    write_csv(out / "touchpoints.csv", tp_cols,
              [dict(zip(tp_cols, (t[0], t[1], t[1], t[2], t[3], t[4], t[5], t[6], t[7]))) for t in TOUCHPOINTS])
    jrows = []
    for jid, zh, en, win, steps in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append({"journey_id": jid, "journey_name": zh, "journey_name_zh": zh, "journey_name_en": en,
                          "step": k, "touchpoint_id": tp, "window_days": win})
    write_csv(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"], jrows)
    for c in cs:
        c["yard_name"] = YARDS[c["yard"]][0]
        c["yard_name_en"] = YARDS[c["yard"]][1]
        c["boat_type_zh"] = BOATS[c["boat_type"]][0]
    write_csv(out / "customers.csv",
              ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "city", "yard",
               "yard_name", "yard_name_en", "owner_type", "member_since", "boat_name", "boat_type", "boat_type_zh",
               "boat_length_ft", "engine_type", "engine_brand", "engine_count", "engine_hp", "engine_year",
               "home_marina", "home_marina_name", "preferred_language", "last_visit_at", "jobs_in_data"], cs)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    # the parts supplier's webhook sends a few arrival rows twice (same event_id)
    dup = [e for e in events if e["touchpoint_id"] == "tp_parts_arrival"]
    idx = rng.choice(len(dup), size=29, replace=False)
    extra = [dict(dup[int(i)]) for i in idx]
    allev = sorted(events + extra, key=lambda e: (e["ts"], e["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "channel", "device", "yard",
             "region", "boat_type", "engine_brand", "job_id", "job_type", "engine_type", "engine_count",
             "reschedule_reason", "attempt_no", "haul_reason", "lift_operator", "boat_length_ft", "technician", "finding",
             "inspection_hours", "quote_local", "quote_cny", "labour_hours_quoted", "labour_rate_local", "estimator",
             "decline_reason", "decision_hours", "approved_cny", "cancel_reason", "parts_brand", "supplier",
             "parts_local", "backorder", "eta_days", "days_waited", "labour_hours", "work_done", "trial_no",
             "fail_reason", "max_rpm", "launch_type", "days_in_yard", "order_id", "invoice_local", "days_to_pay",
             "amount_cny", "update_stage", "call_topic", "wait_min", "storage_season", "storage_type", "promo",
             "months", "contract_no", "contract_cny", "antifreeze_litres", "rack_no", "delay_days", "damage_reported",
             "show_name", "utm_source", "landing_page", "plan", "renewal_no"]
    write_csv(out / "events.csv", ecols, allev)
    orders.sort(key=lambda o: o["ts"])
    write_csv(out / "orders.csv",
              ["order_id", "customer_id", "ts", "amount", "status", "order_type", "yard", "currency", "amount_local",
               "tier", "engine_brand", "boat_type", "job_id", "technician", "labour_cny", "parts_cny", "haulout_cny",
               "discount_cny", "storage_type", "storage_season", "months", "promo", "plan", "renewal_no",
               "payment_method", "days_to_pay", "paid_at", "due_date", "cancel_reason"], orders)
    write_csv(out / "feedback.csv",
              ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
               "yard", "engine_brand", "job_id", "platform"], feedback)
    write_csv(out / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"],
              experiments)
    (out / "_truth").mkdir(exist_ok=True)
    write_csv(out / "_truth" / "feedback_truth.csv", ["feedback_id", "topic", "sentiment"], truth)
    print(f"customers {len(cs)}, events {len(allev)} ({len(events)} distinct), orders {len(orders)}, "
          f"feedback {len(feedback)}, experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
