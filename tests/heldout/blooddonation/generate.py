"""热血联盟 LifeDrop: a regional blood-donation service (fixed donation centres + mobile buses in 4 cities),
2025-01-01 .. 2026-06-30.

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md (no experiments
table), plus OUTDIR/_truth/feedback_truth.csv (the generator's topic and sentiment per comment; not a DATA.md
table). Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import heapq
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260630
START = datetime(2025, 1, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta
N_EXISTING = 1600
N_NEW = 3400
N_PLATELET = 180

HB_FAULT = (datetime(2026, 3, 2), datetime(2026, 5, 1))        # Chengdu: new haemoglobin meters read ~10 g/L low
QUEUE_CUT = (datetime(2025, 10, 1), datetime(2026, 4, 1))      # Hangzhou Wulin: two nurses short, weekend queues
BUS_MOVE = (datetime(2025, 9, 1), datetime(2025, 12, 1))       # Wuhan bus moved, no signage, app map not updated
LAB_MIGRATION = (datetime(2026, 1, 5), datetime(2026, 2, 9))   # new lab information system: results late
THERMOS_SUPPLIER = datetime(2025, 11, 1)                       # cheaper thermos supplier: leaks, returns
SMART_PUSH = datetime(2025, 10, 15)                            # reminders name the donor's blood type shortage
ANDROID_BUG = (datetime(2026, 3, 2), datetime(2026, 4, 3))     # app 4.2.0 on Android double-submits travel claims
ALLOWANCE_RISE = datetime(2026, 1, 1)                          # travel allowance 30/50 -> 50/80 yuan

TOUCHPOINTS = [
    # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_campus_drive", "校园献血活动", "Campus blood drive", "awareness", "other", "physical", "recruitment",
     "校园献血|高校献血|大学献血日|进校园|campus drive|university drive|college blood drive|campus"),
    ("tp_workplace_drive", "单位团体献血", "Workplace blood drive", "awareness", "other", "physical", "recruitment",
     "团体献血|单位献血|企业献血|机关献血|workplace drive|company drive|corporate blood drive|group donation"),
    ("tp_app_push", "App献血召集推送", "App call-for-donors push", "awareness", "app", "digital", "marketing",
     "召集推送|血液告急推送|App推送|应急召集|app push|call for donors|blood shortage alert|push notification"),
    ("tp_street_outreach", "街头招募", "Street outreach", "awareness", "other", "physical", "recruitment",
     "街头招募|街头宣传|路边招募|地推|street outreach|street recruitment|recruiters on the street|walk-up"),
    ("tp_bus_finder", "献血车位置查询", "Blood bus locator", "consideration", "app", "digital", "mobile_ops",
     "找献血车|献血车在哪|献血车定位|地图查询|bus locator|find the bus|bus location|where is the bus"),
    ("tp_register", "预约登记", "Registration / booking", "consideration", "app", "digital", "donor_services",
     "预约|登记|报名|预约献血|挂号|registration|booking|sign-up|register|appointment"),
    ("tp_questionnaire", "健康征询", "Health questionnaire", "consideration", "store", "physical", "medical",
     "健康征询表|征询表|问卷|健康问卷|填表|health questionnaire|questionnaire|health form|eligibility form"),
    ("tp_screening", "献血前初筛", "Pre-donation screening", "purchase", "store", "physical", "medical",
     "初筛|体检|查血|验血|血红蛋白检测|量血压|screening|pre-donation check|haemoglobin check|hb test|deferral"),
    ("tp_donation", "采血", "Blood donation", "purchase", "store", "physical", "medical",
     "献血|采血|抽血|捐血|机采|献血小板|donation|blood draw|donate|giving blood|platelet donation"),
    ("tp_rest", "献后休息与点心", "Post-donation rest & snack", "service", "store", "physical", "nursing",
     "休息|点心|献后观察|休息区|补充能量|rest|snack|recovery area|refreshments|aftercare"),
    ("tp_results", "检测结果通知", "Test results notified", "service", "app", "digital", "lab",
     "检测结果|化验结果|结果通知|血液检测|test results|lab results|results notification|blood test results"),
    ("tp_gift_claim", "纪念品领取", "Thank-you gift claimed", "loyalty", "app", "digital", "donor_services",
     "纪念品|礼品|积分兑换|领礼品|兑换|thank-you gift|gift|points redemption|souvenir|reward"),
    ("tp_travel_claim", "交通补贴报销", "Travel allowance claim", "service", "app", "digital", "finance",
     "交通补贴|路费报销|误餐交通补贴|报销|travel allowance|travel reimbursement|transport allowance|claim"),
    ("tp_reminder", "下次献血提醒", "Next-donation reminder", "loyalty", "app", "digital", "donor_services",
     "提醒|献血提醒|间隔期满提醒|召回|reminder|next donation reminder|recall|due reminder"),
    ("tp_hotline", "献血者服务热线", "Donor hotline", "service", "phone", "digital", "donor_services",
     "热线|客服|服务电话|投诉电话|hotline|call centre|customer service|phone line"),
]
JOURNEYS = [
    ("donate", "预约到献血", "Booking to donation", 7,
     ["tp_register", "tp_questionnaire", "tp_screening", "tp_donation"]),
    ("aftercare", "献血后关怀", "Post-donation care", 30, ["tp_donation", "tp_rest", "tp_results", "tp_gift_claim"]),
    ("recall", "再次献血召回", "Donor recall", 60, ["tp_reminder", "tp_register", "tp_donation"]),
]
# city zh, city en, share
CITIES = [("杭州", "Hangzhou", 0.28), ("南京", "Nanjing", 0.24), ("武汉", "Wuhan", 0.26), ("成都", "Chengdu", 0.22)]
# site id, zh, en, city zh, type
SITES = {
    "HZ01": ("杭州武林献血屋", "Hangzhou Wulin Donation Centre", "杭州", "fixed_centre"),
    "HZB1": ("杭州湖滨献血车", "Hangzhou Hubin blood bus", "杭州", "mobile_bus"),
    "HZM1": ("杭州团体采血车队", "Hangzhou group-drive bus team", "杭州", "mobile_bus"),
    "NJ01": ("南京新街口献血屋", "Nanjing Xinjiekou Donation Centre", "南京", "fixed_centre"),
    "NJB1": ("南京夫子庙献血车", "Nanjing Fuzimiao blood bus", "南京", "mobile_bus"),
    "NJM1": ("南京团体采血车队", "Nanjing group-drive bus team", "南京", "mobile_bus"),
    "WH01": ("武汉江汉路献血屋", "Wuhan Jianghan Road Donation Centre", "武汉", "fixed_centre"),
    "WHB1": ("武汉光谷献血车", "Wuhan Optics Valley blood bus", "武汉", "mobile_bus"),
    "WHM1": ("武汉团体采血车队", "Wuhan group-drive bus team", "武汉", "mobile_bus"),
    "CD01": ("成都春熙路献血屋", "Chengdu Chunxi Road Donation Centre", "成都", "fixed_centre"),
    "CDB1": ("成都天府广场献血车", "Chengdu Tianfu Square blood bus", "成都", "mobile_bus"),
    "CDM1": ("成都团体采血车队", "Chengdu group-drive bus team", "成都", "mobile_bus"),
}
CITY_SITES = {"杭州": ("HZ01", "HZB1", "HZM1"), "南京": ("NJ01", "NJB1", "NJM1"), "武汉": ("WH01", "WHB1", "WHM1"),
              "成都": ("CD01", "CDB1", "CDM1")}
CITY_EN = {c[0]: c[1] for c in CITIES}
SITE_TYPE_ZH = {"fixed_centre": "献血屋", "mobile_bus": "献血车"}
CAMPUSES = {"杭州": ["浙江大学紫金港校区", "浙江工业大学", "杭州师范大学"], "南京": ["南京大学仙林校区", "东南大学", "南京师范大学"],
            "武汉": ["武汉大学", "华中科技大学", "武汉理工大学"], "成都": ["四川大学望江校区", "电子科技大学", "西南交通大学"]}
COMPANIES = {"杭州": ["阿里巴巴西溪园区", "杭州市税务局", "海康威视"], "南京": ["苏宁总部", "南京市公安局", "南京地铁集团"],
             "武汉": ["东风汽车", "武汉市政府机关", "长江存储"], "成都": ["成都京东方", "四川航空", "成都市卫健委"]}
CHANNELS = [("campus", "校园献血"), ("workplace", "单位团体"), ("app_push", "App推送"), ("street", "街头招募")]
CH_ZH = dict(CHANNELS)
CH_TP = {"campus": "tp_campus_drive", "workplace": "tp_workplace_drive", "app_push": "tp_app_push",
         "street": "tp_street_outreach"}
AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55-60"]
AGE_BY_CH = {"campus": [0.92, 0.08, 0, 0, 0], "workplace": [0.07, 0.42, 0.31, 0.16, 0.04],
             "app_push": [0.15, 0.36, 0.27, 0.17, 0.05], "street": [0.27, 0.33, 0.21, 0.13, 0.06]}
FEMALE_BY_CH = {"campus": 0.57, "workplace": 0.42, "app_push": 0.46, "street": 0.44}
OCC = {"学生": "student", "企业职员": "office worker", "公务员": "civil servant", "医护人员": "healthcare worker",
       "工人": "factory worker", "教师": "teacher", "自由职业": "freelancer", "退休人员": "retiree",
       "夜班司机": "night-shift driver"}
OCC_GENERAL = (["企业职员", "自由职业", "工人", "教师", "公务员", "医护人员"], [0.42, 0.17, 0.15, 0.10, 0.09, 0.07])
OCC_WORK = (["企业职员", "公务员", "医护人员", "工人"], [0.55, 0.15, 0.12, 0.18])
BLOOD = (["A", "B", "O", "AB"], [0.28, 0.27, 0.35, 0.10])
DEFER_ZH = {"low_hb": "血红蛋白偏低", "high_bp": "血压偏高", "low_bp": "血压偏低", "underweight": "体重不足",
            "recent_illness": "近期感冒或服药", "recent_tattoo": "近期纹身或穿孔"}
REACT_ZH = {"none": "无", "dizziness": "头晕", "fainting": "晕厥", "bruising": "穿刺处血肿"}
# gift id, zh, en, points, value CNY, weight
GIFTS = [("thermos", "定制保温杯", "Insulated thermos", 300, 45.0, 0.24),
         ("umbrella", "折叠雨伞", "Folding umbrella", 200, 30.0, 0.17),
         ("movie", "电影票兑换券", "Movie ticket voucher", 250, 40.0, 0.20),
         ("powerbank", "充电宝", "Power bank", 500, 80.0, 0.08),
         ("market_card", "超市购物卡50元", "Supermarket card (50 yuan)", 350, 50.0, 0.15),
         ("badge", "爱心纪念徽章", "Commemorative pin badge", 100, 12.0, 0.12),
         ("checkup", "免费体检券", "Free health check voucher", 800, 150.0, 0.04)]
PLUSH = ("plush", "限量血滴公仔", "Limited-edition blood-drop plush", 600, 90.0)
MONTH_W = {1: 0.6, 2: 0.45, 3: 1.2, 4: 1.3, 5: 1.2, 6: 0.95, 7: 0.85, 8: 0.8, 9: 1.25, 10: 1.4, 11: 1.3, 12: 1.0}
CAMPUS_MONTH_W = {1: 0.15, 2: 0.1, 7: 0.08, 8: 0.05}

rng = np.random.default_rng(SEED)


def pick(items, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return items[int(rng.choice(len(items), p=p))]


def fmt(t: datetime | None) -> str:
    return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def day_time(d: datetime, h0=9.0, h1=17.0) -> datetime:
    return datetime(d.year, d.month, d.day) + D(hours=float(rng.uniform(h0, h1)))


def random_signup(channel: str) -> datetime:
    months = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 6)]
    w = [MONTH_W[m] * (CAMPUS_MONTH_W.get(m, 1.0) if channel == "campus" else 1.0) for _, m in months]
    y, m = pick(months, w)
    nd = (datetime(y + (m == 12), m % 12 + 1, 1) - datetime(y, m, 1)).days
    while True:
        d = datetime(y, m, 1) + D(days=int(rng.integers(0, nd)))
        wd = d.weekday()
        if channel in ("campus", "workplace") and wd >= 5 and rng.random() < 0.85:
            continue
        if channel == "street" and wd < 5 and rng.random() < 0.4:
            continue
        return day_time(d, 9.5, 16.5)


# ---------------------------------------------------------------- customers

customers: list[dict] = []
cid = 0


def make_customer(existing: bool, platelet: bool = False) -> dict:
    global cid
    cid += 1
    city = pick(CITIES, [c[2] for c in CITIES])[0]
    if existing:
        ch = pick([c[0] for c in CHANNELS], [0.2, 0.35, 0.25, 0.2])
    else:
        ch = pick([c[0] for c in CHANNELS], [0.33, 0.22, 0.15, 0.30])
    age = pick(AGE_BANDS, AGE_BY_CH[ch])
    if existing and age == "18-24" and rng.random() < 0.6:
        age = "25-34"
    female = rng.random() < (FEMALE_BY_CH[ch] - (0.15 if platelet else 0))
    if ch == "campus":
        occ = "学生" if rng.random() < 0.95 else "教师"
        if existing:
            occ = pick(*OCC_GENERAL)
    elif ch == "workplace":
        occ = pick(*OCC_WORK)
    elif age == "18-24" and rng.random() < 0.55:
        occ = "学生"
    elif age == "55-60" and rng.random() < 0.6:
        occ = "退休人员"
    else:
        occ = pick(*OCC_GENERAL)
    en = rng.random() < (0.10 if ch == "campus" else 0.04)
    c = dict(customer_id=f"D{cid:05d}", city=city, channel=ch, age=age, gender="female" if female else "male",
             occupation=occ, blood=pick(*BLOOD), rh="negative" if rng.random() < 0.008 else "positive",
             language="en" if en else "zh", existing=existing, platelet=platelet,
             device=pick(["ios", "android"], [0.42, 0.58]), app_channel=pick(["app", "mini_program"], [0.55, 0.45]),
             prior=0, donations=0, last_donation=None, signup=None, hb_shift=float(rng.normal(0, 6)))
    if existing:
        c["prior"] = int(rng.integers(6, 40)) if platelet else int(min(25, rng.geometric(0.28)))
        c["signup"] = datetime(2015, 1, 1) + D(days=int(rng.integers(0, 3600)), hours=float(rng.uniform(9, 17)))
    customers.append(c)
    return c


for i in range(N_EXISTING):
    make_customer(True, platelet=i < N_PLATELET)
for _ in range(N_NEW):
    make_customer(False)
# a small group of night-shift drivers recruited on the street (high blood pressure, few of them)
for c in [c for c in customers if c["channel"] == "street" and not c["existing"]][:24]:
    c["occupation"], c["gender"], c["age"] = "夜班司机", "male", pick(["35-44", "45-54"])

# ---------------------------------------------------------------- events / orders / feedback

events: list[dict] = []
orders: list[dict] = []
fb: list[dict] = []          # feedback candidates
eid = oid = vid = sid = 0


def ev(c, tp, t, action="", device="", channel="", session="", visit="", site="", **extra):
    global eid
    eid += 1
    row = dict(event_id=f"E{eid:07d}", customer_id=c["customer_id"], ts=fmt(t), touchpoint_id=tp,
               session_id=session, action=action, device=device, channel=channel, visit_id=visit)
    if site:
        s = SITES[site]
        row.update(site_id=site, site_name=s[0], site_name_en=s[1], site_type=s[3],
                   site_type_zh=SITE_TYPE_ZH[s[3]], city=s[2])
    else:
        row.update(city=c["city"])
    row.update(extra)
    events.append(row)
    return row


def app_version(t: datetime, device: str) -> str:
    if t < datetime(2025, 6, 1):
        v = "4.0.3"
    elif t < datetime(2025, 12, 1):
        v = "4.1.0"
    elif t < ANDROID_BUG[0]:
        v = "4.1.2"
    elif t < ANDROID_BUG[1]:
        v = "4.2.0"
    else:
        v = "4.2.1"
    return f"{device}-{v}"


def new_session() -> str:
    global sid
    sid += 1
    return f"S{sid:06d}"


def add_fb(c, t, tp, topic, sentiment, channel, site="", visit=""):
    fb.append(dict(c=c, t=t, tp=tp, topic=topic, sentiment=sentiment, channel=channel, site=site, visit=visit))


def defer_reason(c, t, site, first) -> tuple[str | None, int, int]:
    female = c["gender"] == "female"
    hb = (128 if female else 149) + c["hb_shift"] + rng.normal(0, 5)
    if female and c["age"] == "18-24":
        hb -= 4
    if c["platelet"]:
        hb += 4
    if site[:2] == "CD" and HB_FAULT[0] <= t < HB_FAULT[1]:
        hb -= 14
    hb = int(round(hb))
    old = c["age"] in ("45-54", "55-60")
    sbp = int(round(rng.normal(124 if (old and not female) else 115, 10)))
    if c["occupation"] == "夜班司机":
        sbp += 16
    if hb < (115 if female else 120):
        return "low_hb", hb, sbp
    if sbp >= 140:
        return "high_bp", hb, sbp
    if sbp < 90 or rng.random() < 0.006:
        return "low_bp", hb, min(sbp, 89)
    r = rng.random()
    if female and c["age"] == "18-24" and first and r < 0.02:
        return "underweight", hb, sbp
    if r < 0.022:
        return "recent_illness", hb, sbp
    if r < 0.03 and c["age"] in ("18-24", "25-34"):
        return "recent_tattoo", hb, sbp
    return None, hb, sbp


pending: list[tuple[datetime, int, str, dict]] = []    # (time, order, kind, payload)
seq = 0


def schedule(t, kind, c, **kw):
    global seq
    if t <= END:
        seq += 1
        heapq.heappush(pending, (t, seq, kind, dict(c=c, **kw)))


def pick_site(c, mode):
    centre, bus, team = CITY_SITES[c["city"]]
    if c["platelet"]:
        return centre
    if mode == "drive":
        return team
    if mode == "street":
        return bus if rng.random() < 0.75 else centre
    p_centre = 0.4 if c["city"] == "武汉" else 0.58
    return centre if rng.random() < p_centre else bus


ARRIVAL_W = [1.0, 0.9, 0.75, 0.6, 0.5, 0.4, 0.3]


def arrival_day(t_reg: datetime) -> datetime:
    w = [ARRIVAL_W[k] * (2.3 if (t_reg + D(days=k)).weekday() >= 5 else 1.0) for k in range(7)]
    k = int(pick(list(range(7)), w))
    return day_time(t_reg + D(days=k), 9.0, 17.0)


def visit(c, t_reg, mode, site, drive=""):
    """one attempt to donate: registration -> (arrival) questionnaire -> screening -> donation -> aftercare"""
    global vid, oid
    vid += 1
    v = f"V{vid:06d}"
    onsite = mode in ("drive", "street")
    if onsite:
        ev(c, "tp_register", t_reg, "submit", "", "on_site", v, v, site, drive_name=drive)
        t_arr = t_reg + D(minutes=float(rng.uniform(3, 15)))
    else:
        dev = c["device"]
        ev(c, "tp_register", t_reg, "submit", dev, c["app_channel"], new_session(), v, site,
           app_version=app_version(t_reg, dev))
        t_arr = arrival_day(t_reg)
        if t_arr <= t_reg + D(minutes=40):
            t_arr = day_time(t_reg + D(days=1), 9.0, 17.0)
    if t_arr > END:
        return
    moved = site == "WHB1" and BUS_MOVE[0] <= t_arr < BUS_MOVE[1] and not onsite
    if site[2] == "B" and not onsite:
        n_look = int(rng.integers(2, 5)) if moved else (1 if rng.random() < 0.35 else 0)
        for j in range(n_look):
            tl = t_reg + (t_arr - t_reg) * float(rng.uniform(0.5, 0.99))
            ev(c, "tp_bus_finder", tl, "view", c["device"], c["app_channel"], new_session(), v, site)
    if onsite:
        p_ns = 0.02
    elif moved:
        p_ns = 0.46
    elif c["channel"] == "app_push" and c["prior"] + c["donations"] == 0:
        p_ns = 0.2
    else:
        p_ns = 0.11
    if rng.random() < p_ns:
        if moved and rng.random() < 0.5:
            add_fb(c, t_arr + D(hours=float(rng.uniform(0.5, 30))), "tp_bus_finder", "bus_find", "neg",
                   pick(["mini_program", "hotline", "app_review"], [0.45, 0.35, 0.2]), site, v)
        if rng.random() < 0.3:
            schedule(t_arr + D(days=float(rng.uniform(3, 30))), "rebook", c)
        else:
            schedule(t_arr + D(days=float(rng.uniform(30, 45))), "reminder", c, why="no_show")
        return
    if moved and rng.random() < 0.25:
        add_fb(c, t_arr + D(hours=float(rng.uniform(1, 48))), "tp_bus_finder", "bus_find", "neg",
               pick(["survey", "mini_program", "app_review"], [0.5, 0.3, 0.2]), site, v)
    elif site[2] == "B" and rng.random() < 0.005:
        add_fb(c, t_arr + D(hours=float(rng.uniform(1, 48))), "tp_bus_finder", "bus_find", "neg", "survey", site, v)
    s = v
    first = c["prior"] + c["donations"] == 0
    ev(c, "tp_questionnaire", t_arr, "submit" if rng.random() > 0.025 else "self_deferred", "tablet", "on_site",
       s, v, site)
    if events[-1]["action"] == "self_deferred":
        schedule(t_arr + D(days=float(rng.uniform(30, 60))), "reminder", c, why="deferral")
        return
    t_scr = t_arr + D(minutes=float(rng.uniform(6, 16)))
    reason, hb, sbp = defer_reason(c, t_arr, site, first)
    ev(c, "tp_screening", t_scr, "deferred" if reason else "pass", "", "on_site", s, v, site,
       hb_g_l=hb, bp_systolic=sbp, deferral_reason=reason or "", deferral_reason_zh=DEFER_ZH.get(reason, ""))
    if reason:
        if reason == "low_hb":
            p = 0.5 if (site[:2] == "CD" and HB_FAULT[0] <= t_arr < HB_FAULT[1]) else 0.14
            if rng.random() < p:
                add_fb(c, t_scr + D(hours=float(rng.uniform(1, 72))), "tp_screening", "hb_deferral", "neg",
                       pick(["survey", "hotline", "mini_program", "social"], [0.35, 0.3, 0.25, 0.1]), site, v)
        elif rng.random() < 0.03:
            add_fb(c, t_scr + D(hours=float(rng.uniform(1, 72))), "tp_screening", "deferral_other", "neu",
                   pick(["hotline", "mini_program"]), site, v)
        schedule(t_scr + D(days=float(rng.uniform(35, 75))), "reminder", c, why="deferral")
        return
    # ---- waiting and the donation itself
    weekend = t_arr.weekday() >= 5
    med = 32.0
    if site == "HZ01" and QUEUE_CUT[0] <= t_arr < QUEUE_CUT[1]:
        med = 88.0 if weekend else 41.0
    wait = max(t_scr - t_arr + D(minutes=4), D(minutes=float(med * np.exp(rng.normal(0, 0.33)))))
    t_don = t_arr + wait
    wait_min = wait.total_seconds() / 60
    platelets = c["platelet"]
    if platelets:
        dtype, vol, units = "platelets", "", str(int(pick([1, 2], [0.55, 0.45])))
    else:
        female = c["gender"] == "female"
        vol = str(int(pick([200, 300, 400], [0.3, 0.35, 0.35] if (female and first) else [0.1, 0.25, 0.65])))
        dtype, units = "whole_blood", ""
    ok = rng.random() > 0.012
    c["donations"] += ok
    dseq = c["prior"] + c["donations"] + (0 if ok else 1)
    ev(c, "tp_donation", t_don, "success" if ok else "incomplete", "", "on_site", s, v, site,
       donation_type=dtype, donation_type_zh="机采血小板" if platelets else "全血", volume_ml=vol,
       platelet_units=units, donation_seq=dseq, is_first_donation="true" if dseq == 1 else "false",
       wait_minutes=round(wait_min))
    if wait_min > 60 and rng.random() < 0.3:
        add_fb(c, t_don + D(hours=float(rng.uniform(2, 30))), "tp_donation", "queue", "neg",
               pick(["survey", "mini_program", "social", "hotline"], [0.55, 0.2, 0.15, 0.1]), site, v)
    elif rng.random() < 0.006:
        add_fb(c, t_don + D(hours=float(rng.uniform(2, 30))), "tp_donation", "queue", "neg", "survey", site, v)
    r = rng.random()
    if r < 0.03:
        add_fb(c, t_don + D(hours=float(rng.uniform(2, 30))), "tp_donation", "needle", "neg",
               pick(["survey", "social", "mini_program"], [0.6, 0.2, 0.2]), site, v)
    elif r < 0.085:
        add_fb(c, t_don + D(hours=float(rng.uniform(2, 30))), pick(["tp_donation", "tp_rest"], [0.6, 0.4]),
               "nurse", "pos", pick(["survey", "social", "mini_program"], [0.65, 0.15, 0.2]), site, v)
    # ---- rest and snack
    t_rest = t_don + D(minutes=float(rng.uniform(45, 75) if platelets else rng.uniform(8, 14)))
    if platelets:
        p_r = 0.02
    elif dseq == 1:
        p_r = 0.11 if c["age"] == "18-24" else 0.065
    else:
        p_r = 0.015
    react = pick(["dizziness", "fainting", "bruising"], [0.7, 0.1, 0.2]) if rng.random() < p_r else "none"
    ev(c, "tp_rest", t_rest, "observed", "", "on_site", s, v, site, adverse_reaction=react,
       adverse_reaction_zh=REACT_ZH[react])
    if react in ("dizziness", "fainting") and rng.random() < 0.4:
        add_fb(c, t_rest + D(hours=float(rng.uniform(2, 48))), "tp_rest", "dizzy", "neg",
               pick(["survey", "hotline", "mini_program"], [0.6, 0.25, 0.15]), site, v)
    elif rng.random() < 0.06:
        add_fb(c, t_rest + D(hours=float(rng.uniform(2, 48))), pick(["tp_donation", "tp_rest", "tp_screening"],
               [0.5, 0.3, 0.2]), "smooth", pick(["pos", "neu"], [0.7, 0.3]), "survey", site, v)
    elif rng.random() < 0.025:
        add_fb(c, t_rest + D(hours=float(rng.uniform(2, 48))), "tp_rest", "snack",
               pick(["pos", "neg"], [0.55, 0.45]), "survey", site, v)
    if not ok:
        schedule(t_don + D(days=float(rng.uniform(30, 60))), "reminder", c, why="incomplete")
        return
    c["last_donation"] = t_don
    # ---- results
    lab = LAB_MIGRATION[0] <= t_don < LAB_MIGRATION[1]
    days = float((11.0 if lab else 3.4) * np.exp(rng.normal(0, 0.3 if lab else 0.35)))
    t_res = t_don + D(days=days)
    t_res = datetime(t_res.year, t_res.month, t_res.day) + D(hours=float(rng.uniform(10, 20)))
    if t_res <= t_don:
        t_res = t_don + D(hours=20)
    res = "abnormal" if rng.random() < 0.012 else "normal"
    if t_res <= END:
        ev(c, "tp_results", t_res, "notified", c["device"], pick(["sms", "app"], [0.4, 0.6]), new_session(), v,
           site, result_status=res, result_status_zh="正常" if res == "normal" else "异常需复查")
        if days > 7 and rng.random() < 0.3:
            add_fb(c, t_res - D(days=float(rng.uniform(0.5, 3))), "tp_results", "results_late", "neg",
                   pick(["mini_program", "hotline", "app_review", "survey"], [0.35, 0.3, 0.15, 0.2]), site, v)
        elif rng.random() < 0.012:
            add_fb(c, t_res + D(hours=float(rng.uniform(1, 30))), "tp_results", "results_ok", "pos",
                   pick(["app_review", "mini_program"]), site, v)
    # ---- thank-you gift
    if t_res <= END and rng.random() < (0.74 if c["existing"] else 0.62):
        gap = float(rng.exponential(4.0)) if rng.random() < 0.93 else float(rng.uniform(26, 50))
        t_g = t_res + D(days=gap, hours=float(rng.uniform(0.2, 3)))
        if t_g <= END:
            ses = new_session()
            if datetime(2026, 4, 1) <= t_g and rng.random() < 0.025:
                g = PLUSH
            else:
                g = pick(GIFTS, [x[5] for x in GIFTS])[:5]
            ev(c, "tp_gift_claim", t_g, "redeem", c["device"], c["app_channel"], ses, v, site, gift_item=g[0])
            status, why = "paid", ""
            if g[0] == "thermos" and t_g >= THERMOS_SUPPLIER and rng.random() < 0.2:
                status, why = "returned", "quality_issue"
            elif g[0] == "plush" and rng.random() < 0.55:
                status, why = "cancelled", "out_of_stock"
            elif rng.random() < 0.02:
                status, why = "cancelled", "out_of_stock"
            oid += 1
            orders.append(dict(order_id=f"R{oid:06d}", customer_id=c["customer_id"], ts=fmt(t_g), amount=g[4],
                               status=status, channel=c["app_channel"], device=c["device"],
                               order_type="gift_redemption", order_type_zh="礼品兑换", item=g[0], item_zh=g[1],
                               item_en=g[2], points=g[3], site_id=site, city=SITES[site][2], visit_id=v,
                               reversal_reason=why, reversal_reason_zh={"quality_issue": "质量问题退回",
                                                                        "out_of_stock": "缺货取消"}.get(why, ""),
                               reversed_at=fmt(t_g + D(days=float(rng.uniform(2, 12)))) if why else ""))
            if g[0] == "thermos" and t_g >= THERMOS_SUPPLIER and (status == "returned" and rng.random() < 0.7
                                                                  or rng.random() < 0.02):
                add_fb(c, t_g + D(days=float(rng.uniform(2, 10))), "tp_gift_claim", "thermos", "neg",
                       pick(["mini_program", "hotline", "survey", "social"], [0.35, 0.25, 0.25, 0.15]), site, v)
            elif rng.random() < 0.015:
                add_fb(c, t_g + D(days=float(rng.uniform(1, 10))), "tp_gift_claim", "gift_other",
                       pick(["pos", "neg"], [0.6, 0.4]), pick(["mini_program", "survey"]), site, v)
    # ---- travel allowance
    centre = SITES[site][3] == "fixed_centre"
    p_t = (0.6 if platelets else 0.35) if centre else 0.06
    if rng.random() < p_t:
        t_c = t_don + D(hours=float(rng.uniform(2, 120)))
        if t_c <= END:
            amt = (80.0 if platelets else 50.0) if t_don >= ALLOWANCE_RISE else (50.0 if platelets else 30.0)
            dev = c["device"]
            ver = app_version(t_c, dev)
            n_sub = 1
            if dev == "android" and ANDROID_BUG[0] <= t_c < ANDROID_BUG[1] and rng.random() < 0.3:
                n_sub = 2
            for k in range(n_sub):
                tk = t_c + D(seconds=float(rng.uniform(1, 8))) * k
                ev(c, "tp_travel_claim", tk, "submit", dev, c["app_channel"], new_session(), v, site,
                   app_version=ver, claim_amount=amt)
                status, why = "paid", ""
                if k == 1:
                    status, why = "cancelled", "duplicate_claim"
                elif rng.random() < 0.012:
                    status, why = "cancelled", "ineligible"
                oid += 1
                orders.append(dict(order_id=f"T{oid:06d}", customer_id=c["customer_id"], ts=fmt(tk), amount=amt,
                                   status=status, channel=c["app_channel"], device=dev,
                                   order_type="travel_allowance", order_type_zh="交通补贴", item="", item_zh="",
                                   item_en="", points="", site_id=site, city=SITES[site][2], visit_id=v,
                                   reversal_reason=why,
                                   reversal_reason_zh={"duplicate_claim": "重复提交", "ineligible": "不符合条件"}.get(why, ""),
                                   reversed_at=fmt(tk + D(days=float(rng.uniform(3, 15)))) if why else ""))
                if why == "duplicate_claim" and rng.random() < 0.35:
                    add_fb(c, tk + D(days=float(rng.uniform(3, 16))), "tp_travel_claim", "travel", "neg",
                           pick(["hotline", "mini_program", "app_review"]), site, v)
            if n_sub == 1 and rng.random() < 0.008:
                add_fb(c, t_c + D(days=float(rng.uniform(3, 16))), "tp_travel_claim", "travel", "neg",
                       pick(["hotline", "mini_program"]), site, v)
    # ---- next reminder
    if platelets:
        schedule(t_don + D(days=float(rng.uniform(21, 42))), "reminder", c, why="interval")
    else:
        schedule(t_don + D(days=180 + float(rng.uniform(0, 4))), "reminder", c, why="interval")


def reminder(c, t, why, attempt=1):
    t = datetime(t.year, t.month, t.day) + D(hours=float(rng.uniform(9.5, 11)))
    if t > END:
        return
    smart = t >= SMART_PUSH
    mt = "blood_type_alert" if smart else "standard"
    ev(c, "tp_reminder", t, "sent", c["device"], "app", new_session(), "", "",
       message_type=mt, message_type_zh="血型告急提醒" if smart else "常规提醒",
       reminder_reason=why, app_version=app_version(t, c["device"]))
    if c["platelet"]:
        p = 0.7
    elif why in ("deferral", "no_show"):
        p = 0.25
    else:
        p = 0.33 if c["existing"] else 0.17
    if smart and not c["platelet"]:
        p = min(0.9, p * (2.6 if c["blood"] == "O" else 2.1))
    if attempt > 1:
        p *= 0.5
    if rng.random() < 0.004:
        add_fb(c, t + D(hours=float(rng.uniform(1, 48))), "tp_reminder", "reminder",
               pick(["pos", "neg"], [0.6, 0.4]), "mini_program")
    if rng.random() < p:
        t_reg = t + D(days=float(min(55, rng.exponential(9.0))), minutes=float(rng.uniform(5, 600)))
        schedule(t_reg, "app_visit", c)
    elif c["platelet"]:
        schedule(t + D(days=float(rng.uniform(20, 40))), "reminder", c, why=why)
    elif attempt == 1:
        schedule(t + D(days=60), "reminder2", c, why=why)


# initial triggers
for c in customers:
    if not c["existing"]:
        t = random_signup(c["channel"])
        c["signup"] = t
        ch = c["channel"]
        tp = CH_TP[ch]
        if ch == "app_push":
            t0 = max(START, t - D(hours=float(rng.uniform(0.2, 48))))
            ev(c, tp, t0, "open", c["device"], "app", new_session(), "", "", campaign="blood_shortage")
            schedule(t, "app_visit", c)
        else:
            drive = pick(CAMPUSES[c["city"]]) if ch == "campus" else (pick(COMPANIES[c["city"]]) if ch == "workplace"
                                                                    else "")
            t0 = t - D(minutes=float(rng.uniform(5, 40)) if ch == "street" else float(rng.uniform(15, 120)))
            ev(c, tp, t0, "attend" if ch != "street" else "approached", "", "offline", "", "", "",
               drive_name=drive)
            schedule(t, "drive_visit" if ch != "street" else "street_visit", c, drive=drive)
    elif c["platelet"]:
        schedule(START + D(days=float(rng.uniform(0.5, 27))), "reminder", c, why="interval")
    elif rng.random() < 0.78:
        schedule(START + D(days=float(rng.uniform(0.5, 270))), "reminder", c, why="interval")
    else:
        t = random_signup(pick(["workplace", "street"]))
        if t < datetime(2025, 10, 1):
            ch = "workplace" if t.weekday() < 5 else "street"
            drive = pick(COMPANIES[c["city"]]) if ch == "workplace" else ""
            ev(c, CH_TP[ch], t - D(minutes=float(rng.uniform(10, 120))), "attend" if ch == "workplace" else
               "approached", "", "offline", "", "", "", drive_name=drive)
            schedule(t, "drive_visit" if ch == "workplace" else "street_visit", c, drive=drive)

while pending:
    t, _, kind, kw = heapq.heappop(pending)
    c = kw["c"]
    if kind == "app_visit" or kind == "rebook":
        visit(c, t, "app", pick_site(c, "app"))
    elif kind == "drive_visit":
        visit(c, t, "drive", pick_site(c, "drive"), kw.get("drive", ""))
    elif kind == "street_visit":
        visit(c, t, "street", pick_site(c, "street"))
    elif kind == "reminder":
        reminder(c, t, kw["why"])
    elif kind == "reminder2":
        reminder(c, t, kw["why"], attempt=2)

# ---------------------------------------------------------------- feedback text

TEXT = {
    "queue": (["周末去{site}献血，排队排了快两个小时，工作人员太少了", "排队时间太长了，填完表等了一个多小时才轮到采血",
               "{site}周六人特别多，排队排到中午，建议增加人手", "好心来献血结果排队排了九十分钟，下次不想周末来了",
               "排队的人太多，只有两个采血位在开，效率太低", "献血本来是好事，但{site}排队太久，能不能加个叫号系统",
               "排队等了一个半小时，中间也没人告诉我们还要多久", "周末排队太夸张，很多人排到一半就走了"],
              ["Queued for almost two hours at {site} on Saturday, not enough staff",
               "The queue was ridiculous, I waited over an hour after the questionnaire",
               "Long queue at the donation centre on the weekend, please add more staff",
               "I waited 90 minutes in the queue, nobody told us how long it would take"]),
    "needle": (["扎针的时候好疼，手臂到现在还青了一块", "这次扎了两次针才扎进去，有点疼", "针头好粗，扎的时候疼得我直冒汗",
                "扎针手法不太好，疼了好几天"],
               ["The needle really hurt this time, still bruised", "They had to put the needle in twice, quite painful",
                "The needle was so painful, is it supposed to hurt that much?"]),
    "nurse": (["护士小姐姐特别温柔，全程陪我聊天，一点都不紧张", "第一次献血很紧张，护士一直安慰我，太暖心了",
               "护士很专业也很耐心，给你们点赞", "护士阿姨人特别好，献完还叮嘱我多喝水", "感谢{site}的护士，服务很贴心",
               "护士态度超级好，下次还来"],
              ["The nurse was so kind and calm, made my first donation easy",
               "Lovely nurses at {site}, very caring and professional",
               "The nurse chatted with me the whole time, really caring"]),
    "bus_find": (["约了光谷的献血车，按App上的地址过去根本找不到，车早就换地方了", "献血车太难找了，绕了半小时也找不到，最后放弃了",
                  "App里的献血车位置不对，找不到车，白跑一趟", "献血车挪了位置也不通知一下，到了现场找不到人",
                  "光谷那边的献血车难找死了，没有任何指示牌", "地图上显示的献血车位置是错的，找不到，打电话也没人接",
                  "找不到献血车，问了保安才知道搬到步行街后门了"],
                 ["Couldn't find the blood bus at Optics Valley, the app location is wrong",
                  "The bus was hard to find, no signs at all, I gave up",
                  "Went to the address in the app and couldn't find the bus, it had moved"]),
    "hb_deferral": (["说我血红蛋白偏低不能献，我以前献了好多次都没问题，是不是仪器有问题", "又因为血红蛋白不够被刷下来了，白请了半天假",
                     "血色素测了两次都说偏低，可我体检一直正常啊", "初筛说血红蛋白低，让我一个月后再来，有点失落",
                     "同事好几个都说血红蛋白偏低被劝退，这台机器准不准", "血红蛋白才差一点就不让献，能不能复测一次"],
                    ["Told my haemoglobin was too low, but it has always been fine. Is the machine right?",
                     "Deferred again for low hemoglobin, wasted half a day",
                     "My haemoglobin was just below the limit, they would not retest"]),
    "deferral_other": (["血压有点高这次没献成，想问下多久可以再来", "说我最近感冒不能献血，下次什么时候可以来？"],
                       ["Deferred for blood pressure, when can I come back?"]),
    "dizzy": (["献完血站起来就头晕眼花，休息了半个小时才好", "第一次献血献完有点头晕，差点晕倒", "献完400毫升头晕得厉害，出了一身冷汗",
               "献血后头晕恶心，希望献前能多提醒吃早饭", "献完血在休息区晕倒了，还好工作人员及时扶住"],
              ["Felt dizzy right after donating, had to lie down for a while",
               "I nearly fainted after my first donation, very dizzy",
               "Got dizzy and sweaty after giving 400 ml, scary"]),
    "snack": ({"pos": ["献完血的点心很丰富，牛奶面包都有", "休息区点心不错，还有热饮"],
               "neg": ["点心就一小包饼干，太寒酸了", "献完血的点心越来越少了"]},
              {"pos": ["Nice snacks after donating, thanks"], "neg": ["The snack was just a tiny pack of biscuits"]}),
    "results_late": (["献血都快两周了检测结果还没收到，是不是出什么问题了", "检测结果迟迟不通知，打电话问也说还在处理",
                      "以前三四天就有化验结果，这次等了十几天", "一直没收到检测结果短信，心里有点慌",
                      "检测结果什么时候能出来？已经十天了"],
                     ["Two weeks since I donated and still no test results",
                      "My test results are taking forever this time, used to be 3 days",
                      "Still waiting for my blood test results, is something wrong?"]),
    "results_ok": (["检测结果很快就收到了，还能看到各项指标，很方便"], ["Got my test results quickly in the app, nice"]),
    "thermos": (["兑换的保温杯质量太差，用了两天就漏水", "保温杯根本不保温，盖子还关不紧，已申请退回",
                 "这批保温杯做工很粗糙，杯口还有毛刺", "积分换的保温杯漏水，纪念品质量能不能上点心",
                 "保温杯一晚上水就凉了，和以前那批差太多"],
                ["The thermos I redeemed leaks, poor quality", "The new thermos doesn't keep anything warm, returned it",
                 "Cheap thermos, the lid doesn't close properly"]),
    "gift_other": ({"pos": ["纪念徽章很好看，很有纪念意义", "电影票兑换很方便，谢谢", "积分兑换的充电宝挺好用"],
                    "neg": ["想换的礼品一直缺货", "纪念品选择太少了"]},
                   {"pos": ["The pin badge is lovely, great souvenir"], "neg": ["The gift I wanted is always out of stock"]}),
    "travel": (["交通补贴报销提交了之后被退回，说是重复提交，我明明只点了一次", "交通补贴到现在都没到账，报销流程太麻烦",
                "App报销交通补贴的时候卡住了，结果提交了两次又被驳回", "交通补贴报销被驳回了，也没说清楚原因"],
               ["My travel allowance claim was rejected as a duplicate, I only pressed submit once",
                "Travel reimbursement still not paid after two weeks"]),
    "reminder": ({"pos": ["收到献血提醒很贴心，正好间隔期满了", "提醒说我的血型库存紧张，马上就预约了"],
                  "neg": ["献血提醒推送太频繁了", "还没到间隔期就收到提醒，有点乱"]},
                 {"pos": ["The reminder that my blood type is needed got me to book right away"],
                  "neg": ["Too many reminder pushes"]}),
    "smooth": ({"pos": ["整体流程挺顺利的", "这次献血体验不错，流程很顺", "环境干净，流程清楚", "一切顺利，下次再来"],
                "neu": ["还行吧，流程正常", "和上次差不多", "一般般，没什么特别的"]},
               {"pos": ["Smooth visit, everything went fine", "Good experience overall"],
                "neu": ["It was okay", "Nothing special, same as usual"]}),
    "praise": (["献血是一件很有意义的事，坚持了十年了", "今天第一次献血，感觉很光荣", "每次献血都觉得自己做了件好事，推荐大家都来",
                "带着同事一起来献血，环境很干净", "无偿献血，传递爱心，热血联盟加油"],
               ["Donating blood feels great, proud to be a regular donor", "First time giving blood today, felt good",
                "Clean centre and friendly staff, will come again"]),
    "question": (["请问全血献血间隔是多久？", "想问一下献血前一天能不能喝酒", "请问献血证丢了怎么补办", "献血小板需要多长时间？"],
                 ["How long do I need to wait between whole blood donations?", "How do I get a replacement donor card?"]),
}


def text_for(topic, sentiment, lang, site):
    zh, en = TEXT[topic]
    pool = en if lang == "en" else zh
    if isinstance(pool, dict):
        pool = pool[sentiment]
    s = pool[int(rng.integers(0, len(pool)))]
    name = SITES[site][1] if (site and lang == "en") else (SITES[site][0] if site else "献血屋")
    return s.replace("{site}", name)


# extra rows not tied to a visit: social praise, hotline questions
dated = [c for c in customers if c["signup"] and c["signup"] >= START]
for _ in range(160):
    t = START + D(days=float(rng.uniform(0, 545)))
    add_fb(None, t, pick(["tp_donation", ""], [0.5, 0.5]), "praise", "pos", pick(["social", "survey"], [0.6, 0.4]))
for _ in range(90):
    c = customers[int(rng.integers(0, len(customers)))]
    t = START + D(days=float(rng.uniform(0, 545)))
    add_fb(c, t, pick(["tp_hotline", "tp_donation"], [0.7, 0.3]), "question", "neu", "hotline")

fb.sort(key=lambda r: (r["t"], r["topic"]))
feedback_rows, truth_rows = [], []
RATING = {"neg": ([1, 2, 3], [0.45, 0.43, 0.12]), "pos": ([4, 5], [0.25, 0.75]), "neu": ([3, 4], [0.6, 0.4])}
n = 0
for r in fb:
    if r["t"] > END:
        continue
    c = r["c"]
    if c is not None and r["channel"] == "social" and rng.random() < 0.5:
        c = None
    lang = (c["language"] if c else ("en" if rng.random() < 0.08 else "zh"))
    if c is not None and lang == "zh" and rng.random() < 0.03:
        lang = "en"
    n += 1
    ch = r["channel"]
    rated = ch in ("survey", "app_review", "mini_program")
    rating = int(pick(*RATING[r["sentiment"]])) if rated else ""
    if rated and r["topic"] == "praise":
        rating = 5
    nps = ""
    if ch == "survey" and rng.random() < 0.4:
        nps = int(rng.integers(0, 7)) if r["sentiment"] == "neg" else (int(rng.integers(9, 11)) if r["sentiment"] ==
                                                                        "pos" else int(rng.integers(6, 9)))
    undated = (ch == "social" and rng.random() < 0.4) or (ch == "hotline" and rng.random() < 0.12)
    site = r["site"]
    feedback_rows.append(dict(feedback_id=f"F{n:05d}", text=text_for(r["topic"], r["sentiment"], lang, site),
                              ts="" if undated else fmt(r["t"]), customer_id=c["customer_id"] if c else "",
                              touchpoint_id=r["tp"], channel=ch, rating=rating, nps=nps, language=lang,
                              site_id=site, city=SITES[site][2] if site else (c["city"] if c else ""),
                              visit_id=r["visit"]))
    truth_rows.append(dict(feedback_id=f"F{n:05d}", topic=r["topic"],
                           sentiment={"neg": "negative", "pos": "positive", "neu": "neutral"}[r["sentiment"]]))

# ---------------------------------------------------------------- customers table

last_don = {c["customer_id"]: c["last_donation"] for c in customers}
cust_rows = []
for c in customers:
    total = c["prior"] + c["donations"]
    if total == 0:
        seg = "prospect"
    elif c["last_donation"] is not None and c["last_donation"] >= datetime(2025, 7, 1):
        seg = "active"
    else:
        seg = "lapsed"
    tier = "gold" if total >= 30 else "silver" if total >= 20 else "bronze" if total >= 10 else "standard"
    cust_rows.append(dict(
        customer_id=c["customer_id"], signup_at=fmt(c["signup"]), segment=seg,
        segment_zh={"prospect": "未献血登记者", "active": "活跃献血者", "lapsed": "沉睡献血者"}[seg],
        region=c["city"], city_en=CITY_EN[c["city"]], acquisition_channel=c["channel"],
        acquisition_channel_zh=CH_ZH[c["channel"]], tier=tier,
        tier_zh={"standard": "普通", "bronze": "铜牌", "silver": "银牌", "gold": "金牌"}[tier],
        gender=c["gender"], gender_zh="女" if c["gender"] == "female" else "男", age_band=c["age"],
        blood_type=c["blood"], rh=c["rh"], donor_type="repeat" if c["existing"] else "first_time",
        donor_type_zh="重复献血者" if c["existing"] else "首次献血者", occupation=c["occupation"],
        occupation_en=OCC[c["occupation"]], donation_pref="platelets" if c["platelet"] else "whole_blood",
        donations_before_2025=c["prior"], language=c["language"], primary_device=c["device"],
        home_site_id=CITY_SITES[c["city"]][0 if c["platelet"] else (0 if rng.random() < 0.5 else 1)]))

# ---------------------------------------------------------------- write


def write(path: Path, rows: list[dict], cols: list[str]):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in cols})


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, list(tps[0]))
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])]
    write(out / "journeys.csv", jr, list(jr[0]))
    write(out / "customers.csv", cust_rows, list(cust_rows[0]))
    evs = sorted(events, key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", evs,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "visit_id",
           "site_id", "site_name", "site_name_en", "site_type", "site_type_zh", "city", "drive_name", "campaign",
           "app_version", "hb_g_l", "bp_systolic", "deferral_reason", "deferral_reason_zh", "donation_type",
           "donation_type_zh", "volume_ml", "platelet_units", "donation_seq", "is_first_donation", "wait_minutes",
           "adverse_reaction", "adverse_reaction_zh", "result_status", "result_status_zh", "gift_item",
           "claim_amount", "message_type", "message_type_zh", "reminder_reason"])
    ords = sorted(orders, key=lambda r: (r["ts"], r["order_id"]))
    write(out / "orders.csv", ords, list(ords[0]))
    write(out / "feedback.csv", feedback_rows, list(feedback_rows[0]))
    write(out / "_truth" / "feedback_truth.csv", truth_rows, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(cust_rows)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback_rows)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
