"""邻田 CommonPlot allotments & community gardens (synthetic, written blind).

A city operator renting garden plots on seven sites: 上海金桥菜园 Shanghai Jinqiao, 成都锦江菜园 Chengdu Jinjiang,
杭州西溪农园 Hangzhou Xixi (CNY), London Hackney Marshes, Manchester Chorlton (GBP), Melbourne Brunswick (AUD) and
Vancouver Strathcona (CAD). Plot sizes: full plot, half plot, starter plot, raised bed (accessible).

Journey: sign-up for the waiting list (app / web / WeChat mini program, a QR code on the site noticeboard, a council or
residents'-committee referral, or a paper form at an open day) -> proof-of-residence check (upload; rejected uploads
may be sent again) -> placed on the waiting list -> yearly "are you still interested" check -> plot offer (email
abroad, SMS in China; accept, decline or let it expire after 14 days) -> plot viewing with a site rep -> tenancy
agreement (e-sign or paper) -> annual plot fee (pro-rata in the first year; UK sites add a water charge) -> tool shed
and water access (padlock code, key or smart-lock; a refundable key deposit) -> workshops (booking, check-in) and the
seed shop -> plot inspections in the growing season (pass, first notice, final notice) -> site issue reports -> renewal
notice -> renew, give up, or renewal refused for non-cultivation. Member enquiries (calls, chat, email) throughout.

Data 2024-09-01 .. 2026-05-31 (extract taken early June 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV, DATA.md) and OUTDIR/_truth/feedback_truth.csv
(the topic of each comment: generator truth, not a DATA.md table). Deterministic (fixed seed), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta, date
from pathlib import Path

import numpy as np

SEED = 20260605
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 9, 1), datetime(2026, 6, 1)          # END exclusive: data through 2026-05-31
SPAM = (datetime(2026, 3, 2), datetime(2026, 4, 1))                 # new notification provider: offers flagged as spam
HACKNEY_RULE = datetime(2025, 6, 1)                                 # Hackney: new site manager, 75 % cultivation rule
MELB_PUMP = (datetime(2026, 1, 6), datetime(2026, 2, 28))           # Brunswick: bore pump failure, no water at troughs

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_signup", "候补名单报名", "Waiting-list sign-up", "awareness", "app", "digital", "membership",
     "报名|申请菜地|登记排队|扫码报名|sign-up|signup|application|apply for a plot|join the list"),
    ("tp_residency_check", "居住证明审核", "Proof-of-residence check", "consideration", "web", "digital", "membership",
     "居住证明|地址证明|资格审核|上传证明|proof of address|residency check|eligibility check|document check"),
    ("tp_waitlist", "进入候补名单", "Placed on waiting list", "consideration", "email", "digital", "membership",
     "候补|排队名单|候补名单|排号|waiting list|waitlist|placed on the list|list position"),
    ("tp_waitlist_check", "候补年度确认", "Annual waiting-list check", "consideration", "email", "digital",
     "membership", "年度确认|候补确认|是否仍需要|annual check|still interested|list review|waitlist refresh"),
    ("tp_plot_offer", "地块分配通知", "Plot offer", "purchase", "email", "digital", "allocations",
     "分地通知|分配通知|地块邀约|offer|plot offer|allocation offer|offer letter"),
    ("tp_viewing", "看地", "Plot viewing", "purchase", "store", "physical", "site_reps",
     "实地看地|看地块|现场看地|viewing|plot viewing|site visit|show round"),
    ("tp_agreement", "签订租约", "Tenancy agreement", "purchase", "web", "digital", "allocations",
     "签约|租约|租赁协议|电子签约|tenancy agreement|agreement|contract|e-sign|sign the lease"),
    ("tp_fee_payment", "缴纳地租", "Plot fee payment", "purchase", "web", "digital", "finance",
     "交费|缴费|年费|地租|租金|plot fee|rent|annual fee|payment|pay the fee"),
    ("tp_access_induction", "工具棚与水源开通", "Tool shed & water access", "service", "store", "physical", "site_reps",
     "开通|工具棚|取水点|门禁|新人入园|shed access|water access|induction|access code|shed key"),
    ("tp_inspection", "地块巡查", "Plot inspection", "service", "store", "physical", "site_reps",
     "巡查|检查|巡园|耕种检查|inspection|plot check|site walk|cultivation check"),
    ("tp_site_issue", "现场报修", "Site issue report", "service", "app", "digital", "site_reps",
     "报修|报障|问题上报|设施问题|site issue|maintenance request|report a problem|fault report"),
    ("tp_workshop_booking", "工作坊报名", "Workshop booking", "loyalty", "app", "digital", "community",
     "工作坊报名|课程报名|活动报名|workshop booking|class booking|book a workshop|course sign-up"),
    ("tp_workshop", "工作坊签到", "Workshop attendance", "loyalty", "store", "physical", "community",
     "工作坊|课程|活动签到|workshop|class|session|course"),
    ("tp_seed_shop", "种子小店", "Seed shop", "loyalty", "store", "physical", "community",
     "种子店|种子商店|买种子|交易小屋|seed shop|trading hut|seed sale|seeds"),
    ("tp_renewal_notice", "续租通知", "Renewal notice", "loyalty", "email", "digital", "allocations",
     "续租提醒|续约通知|renewal notice|renewal reminder|renewal letter"),
    ("tp_renewal", "续租/退租", "Renewal or give-up", "loyalty", "web", "digital", "allocations",
     "续租|续约|退租|放弃地块|不再续租|renewal|renew|give up the plot|surrender|termination"),
    ("tp_support", "会员服务", "Member enquiries", "service", "phone", "digital", "member_services",
     "客服|会员服务|咨询|热线|customer service|enquiries|helpline|member services|support"),
]
JOURNEYS = [
    ("join_waitlist", "加入候补名单", "Joining the waiting list",
     ["tp_signup", "tp_residency_check", "tp_waitlist"], 30),
    ("plot_allocation", "分地上岗", "Plot allocation",
     ["tp_plot_offer", "tp_viewing", "tp_agreement", "tp_fee_payment", "tp_access_induction"], 30),
    ("annual_renewal", "年度续租", "Annual renewal", ["tp_renewal_notice", "tp_renewal", "tp_fee_payment"], 60),
    ("workshop", "工作坊参与", "Workshop attendance", ["tp_workshop_booking", "tp_workshop"], 30),
]

SITES = {  # zh, en, city zh, city en, country, region, currency, zh speakers, offers / month,
    #        legacy holders, legacy waiting, new applicants, plot prefix
    "S1": dict(zh="上海金桥菜园", en="Shanghai Jinqiao", czh="上海", cen="Shanghai", country="CN", region="上海",
               cur="CNY", zhs=1.0, offers=19, hold=300, wait=60, new=520, pre="JQ"),
    "S2": dict(zh="成都锦江菜园", en="Chengdu Jinjiang", czh="成都", cen="Chengdu", country="CN", region="四川",
               cur="CNY", zhs=1.0, offers=16, hold=260, wait=50, new=430, pre="JJ"),
    "S3": dict(zh="杭州西溪农园", en="Hangzhou Xixi", czh="杭州", cen="Hangzhou", country="CN", region="浙江",
               cur="CNY", zhs=1.0, offers=15, hold=240, wait=40, new=390, pre="XX"),
    "S4": dict(zh="伦敦哈克尼份地", en="London Hackney Marshes", czh="伦敦", cen="London", country="UK",
               region="Greater London", cur="GBP", zhs=0.06, offers=15, hold=420, wait=700, new=640, pre="HM"),
    "S5": dict(zh="曼彻斯特乔尔顿份地", en="Manchester Chorlton", czh="曼彻斯特", cen="Manchester", country="UK",
               region="Greater Manchester", cur="GBP", zhs=0.05, offers=14, hold=330, wait=340, new=420, pre="CH"),
    "S6": dict(zh="墨尔本布伦瑞克花园", en="Melbourne Brunswick", czh="墨尔本", cen="Melbourne", country="AU",
               region="Victoria", cur="AUD", zhs=0.12, offers=11, hold=230, wait=150, new=310, pre="BR"),
    "S7": dict(zh="温哥华斯特拉斯科纳花园", en="Vancouver Strathcona", czh="温哥华", cen="Vancouver", country="CA",
               region="British Columbia", cur="CAD", zhs=0.18, offers=11, hold=210, wait=180, new=300, pre="ST"),
}
CNY = {"CNY": 1.0, "GBP": 9.2, "AUD": 4.7, "CAD": 5.3}
SIZES = ["full_plot", "half_plot", "starter_plot", "raised_bed"]
SIZE_ZH = {"full_plot": "整块地", "half_plot": "半块地", "starter_plot": "入门小地块", "raised_bed": "抬高种植床"}
FEES = {  # annual plot fee by size, local currency
    "S1": [1200, 680, 380, 300], "S2": [880, 500, 300, 220], "S3": [1000, 560, 320, 260],
    "S4": [138, 74, 42, 30], "S5": [96, 52, 30, 22], "S6": [190, 105, 60, 45], "S7": [125, 70, 40, 30]}
WATER = {"S4": [14, 8, 5, 3], "S5": [10, 6, 4, 3]}                    # UK sites: yearly water charge
KEY_DEPOSIT = {"S1": 50, "S2": 50, "S3": 50, "S4": 20, "S5": 15, "S6": 30, "S7": 25}
SEED_PACK = {"CNY": 8.0, "GBP": 1.8, "AUD": 3.5, "CAD": 3.2}
TICKET = {"CNY": [39, 49, 59, 69], "GBP": [8, 10, 12], "AUD": [15, 18, 20], "CAD": [12, 15, 18]}
# tenancy years: UK from 1 Oct (notices early Sept), China calendar year (notices early Dec), Melbourne from 1 Jul
# (notices early June), Vancouver from 1 Mar (notices early Feb)
NOTICES = {"S1": [date(2024, 12, 2), date(2025, 12, 1)], "S2": [date(2024, 12, 2), date(2025, 12, 1)],
           "S3": [date(2024, 12, 2), date(2025, 12, 1)], "S4": [date(2024, 9, 2), date(2025, 9, 1)],
           "S5": [date(2024, 9, 2), date(2025, 9, 1)], "S6": [date(2025, 6, 2)],
           "S7": [date(2025, 2, 3), date(2026, 2, 2)]}
YEAR_START = {"S1": 1, "S2": 1, "S3": 1, "S4": 10, "S5": 10, "S6": 7, "S7": 3}
SEASON = {"S1": range(3, 12), "S2": range(3, 12), "S3": range(3, 12), "S4": range(4, 10), "S5": range(4, 10),
          "S6": [10, 11, 12, 1, 2, 3], "S7": range(4, 10)}
CHECK = {"S1": [date(2025, 7, 14)], "S2": [date(2025, 7, 14)], "S3": [date(2025, 7, 14)],
         "S4": [date(2025, 1, 13), date(2026, 1, 12)], "S5": [date(2025, 1, 13), date(2026, 1, 12)],
         "S6": [date(2025, 7, 14)], "S7": [date(2025, 1, 13), date(2026, 1, 12)]}
INSPECTORS = {"S1": ["王建国", "刘秀兰"], "S2": ["陈德明", "李桂芳"], "S3": ["周海燕", "吴志强"],
              "S4": ["Dave Mills"], "S5": ["Sandra Hughes", "Imran Qureshi"], "S6": ["Priya Nair", "Tom Baxter"],
              "S7": ["Lena Park", "Marcus Chu"]}
HACKNEY_NEW_INSPECTOR = "Rita Okafor"
HOSTS = {"S1": ["张阿姨", "老赵"], "S2": ["何师傅", "小罗"], "S3": ["沈老师", "阿强"], "S4": ["Bernie", "Joy"],
         "S5": ["Keith", "Anwen"], "S6": ["Mel", "Giorgos"], "S7": ["Harold", "Mei"]}

CHANNEL_ZH = {"app": "App", "web": "网站", "mini_program": "微信小程序", "noticeboard_qr": "公告栏扫码",
              "council_referral": "街道/市政推荐", "walk_in": "现场登记"}
SEGMENT_ZH = {"individual": "个人", "household": "家庭", "school": "学校", "community_group": "社区团体"}
TIER_ZH = {"standard": "标准", "concession": "优惠"}
EXP_ZH = {"none": "新手", "some": "有一些经验", "experienced": "老手"}
STATUS_ZH = {"waiting": "候补中", "allocation_in_progress": "分地办理中", "plot_holder": "在租", "gave_up": "已退租",
             "refused_renewal": "未获续租",
             "removed_from_list": "已移出候补", "incomplete_application": "申请未完成", "lapsed": "逾期未续"}
REJECT = [("blurry_photo", "照片模糊"), ("address_outside_area", "不在服务范围"), ("document_expired", "证件过期"),
          ("name_mismatch", "姓名不符")]
DECLINE = [("too_far", "离家太远"), ("plot_too_big", "地块太大"), ("no_time_now", "暂时没时间"),
           ("moved_away", "已搬家"), ("plot_condition", "地块状况差")]
CONDITION = [("cleared", "已清理"), ("needs_work", "需整理"), ("overgrown", "杂草丛生")]
NOTICE_REASON = [("uncultivated", "未耕种"), ("weeds", "杂草蔓延"), ("rubbish", "堆放杂物"),
                 ("unauthorised_structure", "违规搭建")]
NOTICE_75 = ("below_75pct_cultivated", "耕种面积不足75%")
ISSUES = [("water_supply", "供水问题"), ("shed_lock", "工具棚锁具"), ("fence_gate", "围栏大门"), ("theft", "失窃"),
          ("paths", "道路积水"), ("pests", "鼠害虫害"), ("fly_tipping", "乱倒垃圾")]
WORKSHOPS = [("composting", "堆肥入门", 0.28), ("organic_pest_control", "有机防虫", 0.16),
             ("seed_saving", "留种与育苗", 0.14), ("winter_veg", "冬季蔬菜种植", 0.12),
             ("fruit_pruning", "果树修剪", 0.10), ("kids_gardening", "亲子种植", 0.12), ("beekeeping", "养蜂入门", 0.08)]
GIVE_UP = [("moving_house", "搬家"), ("no_time", "没时间打理"), ("health", "身体原因"), ("too_far", "离家太远"),
           ("plot_too_big", "地块太大")]
CONTACT = [("waitlist_position", "查询候补排位"), ("payment", "缴费问题"), ("inspection_notice", "巡查警告申诉"),
           ("access_key", "门禁/钥匙"), ("workshop", "工作坊咨询"), ("plot_boundary", "地块边界"), ("other", "其他")]


def dt(d, h0=9.0, h1=18.0):
    """a datetime on day d (date or datetime) between hours h0 and h1."""
    if isinstance(d, datetime):
        d = d.date()
    s = int(rng.uniform(h0 * 3600, h1 * 3600))
    return datetime(d.year, d.month, d.day) + D(seconds=s)


def pick(options, p=None):
    return options[int(rng.choice(len(options), p=p))]


def months():
    y, m = START.year, START.month
    while datetime(y, m, 1) < END:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


# ---------------------------------------------------------------- state
EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []          # raw, texts filled at the end
CUST: dict[str, dict] = {}
ctr = {"e": 0, "o": 0, "a": 0, "f": 0, "t": 0, "w": 0, "s": 0}


def nid(kind, prefix, width):
    ctr[kind] += 1
    return f"{prefix}{ctr[kind]:0{width}d}"


def ev(c, ts, tp, action, session, channel, device=None, **extra):
    if ts >= END or ts < START:
        return None
    s = SITES[c["site_id"]]
    row = dict(customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, session_id=session, action=action,
               device=device, channel=channel, site_id=c["site_id"], site=s["zh"], site_en=s["en"])
    row.update(extra)
    EVENTS.append(row)
    return row


def order(c, ts, otype, amount, status, channel, device=None, **extra):
    if ts >= END or ts < START:
        return None
    cur = SITES[c["site_id"]]["cur"]
    row = dict(order_id=None, customer_id=c["customer_id"], ts=ts, amount=round(float(amount), 2), status=status,
               channel=channel, device=device, order_type=otype, currency=cur,
               amount_cny=round(float(amount) * CNY[cur], 2), site_id=c["site_id"], site=SITES[c["site_id"]]["zh"],
               site_en=SITES[c["site_id"]]["en"])
    row.update(extra)
    ORDERS.append(row)
    return row


def fb(c, ts, tp, channel, topic, site_id=None, lang=None, rated=False, nps=False):
    sid = site_id or c["site_id"]
    if lang is None:
        lang = c["lang"] if c else ("zh" if rng.random() < SITES[sid]["zhs"] else "en")
    if ts is not None and (ts >= END or ts < START):
        return
    FEEDBACK.append(dict(customer_id=c["customer_id"] if c else None, ts=ts, touchpoint_id=tp, channel=channel,
                         topic=topic, site_id=sid, lang=lang, rated=channel in ("survey", "app_review"),
                         nps=channel == "survey"))


# ---------------------------------------------------------------- customers
def new_customer(site_id, signup_at, channel):
    s = SITES[site_id]
    cn = s["country"] == "CN"
    cid = f"C{len(CUST) + 1:05d}"
    lang = "zh" if rng.random() < s["zhs"] else "en"
    seg = pick(["individual", "household", "school", "community_group"], [0.55, 0.38, 0.03, 0.04])
    age = pick(["18-29", "30-44", "45-59", "60-74", "75+"],
               [0.08, 0.22, 0.25, 0.35, 0.10] if cn else [0.12, 0.34, 0.28, 0.20, 0.06])
    conc = rng.random() < (0.15 if cn else 0.2) + (0.25 if age in ("60-74", "75+") and not cn else 0)
    if cn:
        dev = pick(["ios", "android"], [0.35, 0.65])
    else:
        dev = pick(["ios", "android"], [0.6, 0.4])
    c = dict(customer_id=cid, site_id=site_id, lang=lang, segment=seg, age_band=age,
             tier="concession" if conc else "standard", device=dev, signup_at=signup_at,
             acquisition_channel=channel,
             experience=pick(["none", "some", "experienced"], [0.45, 0.35, 0.20]),
             accessibility=bool(rng.random() < 0.06),
             household_size=int(1 + rng.poisson(1.3)) if seg != "school" else None,
             opt_in=bool(rng.random() < 0.62), status="waiting",
             slack=float(rng.beta(1.2, 5)), wanted=None, plot_id=None, plot_size=None, tenancy_start=None,
             distance_km=round(float(rng.gamma(2.0, 1.1)), 1))
    if c["accessibility"]:
        c["wanted"] = "raised_bed"
    else:
        c["wanted"] = pick(SIZES[:3], [0.25, 0.45, 0.30])
    CUST[cid] = c
    return c


def channel_mix(site_id):
    if SITES[site_id]["country"] == "CN":
        return ["mini_program", "noticeboard_qr", "council_referral", "walk_in"], [0.46, 0.28, 0.14, 0.12]
    return ["app", "web", "noticeboard_qr", "council_referral", "walk_in"], [0.33, 0.22, 0.23, 0.12, 0.10]


def legacy_channel(site_id):
    opts, p = channel_mix(site_id)
    return pick(opts, p)


PLOT_NO = {k: 0 for k in SITES}


def new_plot(site_id, size):
    PLOT_NO[site_id] += 1
    s = SITES[site_id]
    if s["country"] == "CN":
        return f"{s['pre']}-{1 + PLOT_NO[site_id] % 6}-{PLOT_NO[site_id]:03d}"
    return f"{s['pre']}-{'ABCDEFGH'[PLOT_NO[site_id] % 8]}{PLOT_NO[site_id]:03d}"


def fee_for(c, full_year=True, when=None):
    sid = c["site_id"]
    base = FEES[sid][SIZES.index(c["plot_size"])]
    water = WATER.get(sid, [0, 0, 0, 0])[SIZES.index(c["plot_size"])]
    disc = (0.3 if SITES[sid]["country"] == "CN" else 0.5) if c["tier"] == "concession" else 0.0
    frac = 1.0
    if not full_year:
        ys = YEAR_START[sid]
        m = when.month
        left = (ys - m) % 12 or 12
        frac = left / 12
    return round(base * (1 - disc) * frac, 2), round(water * frac, 2), frac < 1


def pay_method(sid):
    cn = SITES[sid]["country"] == "CN"
    if cn:
        return pick(["wechat_pay", "alipay"], [0.6, 0.4])
    if SITES[sid]["country"] == "UK":
        return pick(["card", "direct_debit", "paypal"], [0.5, 0.4, 0.1])
    return pick(["card", "direct_debit", "paypal"], [0.7, 0.15, 0.15])


FAIL = {"direct_debit": 0.11, "card": 0.035, "paypal": 0.02, "wechat_pay": 0.008, "alipay": 0.008}


def pay_fee(c, ts, kind, session, full_year):
    """a plot fee payment (maybe a failed first attempt); returns the paid ts or None."""
    sid = c["site_id"]
    method = pay_method(sid)
    cn = SITES[sid]["country"] == "CN"
    chan = "mini_program" if cn else pick(["app", "web"], [0.55, 0.45])
    dev = c["device"] if chan != "web" else pick(["pc", c["device"]], [0.7, 0.3])
    fee, water, pro = fee_for(c, full_year, ts)
    attempts = 0
    while True:
        attempts += 1
        failed = rng.random() < FAIL[method] and attempts < 3
        act = "failed" if failed else "paid"
        ev(c, ts, "tp_fee_payment", act, session, chan, dev, payment_method=method, fee_kind=kind,
           amount_local=fee, currency=SITES[sid]["cur"], concession=c["tier"] == "concession", prorated=pro,
           plot_id=c["plot_id"], plot_size=c["plot_size"], 地块类型=SIZE_ZH[c["plot_size"]])
        o = order(c, ts, "plot_fee", fee, act, chan, dev, fee_kind=kind, payment_method=method, plot_id=c["plot_id"],
                  plot_size=c["plot_size"], prorated=pro, tenancy_id=session)
        if not failed:
            if water:
                order(c, ts, "water_charge", water, "paid", chan, dev, fee_kind=kind, payment_method=method,
                      plot_id=c["plot_id"], plot_size=c["plot_size"], prorated=pro, tenancy_id=session)
            return ts, o
        if rng.random() < 0.1:           # never paid after the failure
            return None, None
        ts = ts + D(days=int(rng.integers(1, 6)), hours=float(rng.uniform(0, 8)))
        if kind == "new" and method == "direct_debit":
            method = "card"


# ---------------------------------------------------------------- phase 1-3: applicants and waiting lists
QUEUE = {k: [] for k in SITES}       # (placed_ts, cid)
PLACEMENTS = {k: [] for k in SITES}  # (placed_ts, cid, event row)
NEW_HOLDERS = []                     # (cid, start ts)


def month_weight(m):
    return {1: 1.1, 2: 1.3, 3: 1.7, 4: 1.7, 5: 1.4, 6: 1.0, 7: 0.9, 8: 0.8, 9: 0.9, 10: 0.7, 11: 0.6, 12: 0.5}[m]


def applicants():
    ms = list(months())
    w = np.array([month_weight(m) for _, m in ms])
    w = w / w.sum()
    for sid, s in SITES.items():
        opts, p = channel_mix(sid)
        for _ in range(s["new"]):
            y, m = ms[int(rng.choice(len(ms), p=w))]
            day = int(rng.integers(1, 29))
            ch = pick(opts, p)
            hour0, hour1 = (10, 17) if ch in ("walk_in", "council_referral") else (7, 23)
            ts = dt(date(y, m, day), hour0, hour1)
            c = new_customer(sid, ts, ch)
            app = nid("a", "A", 6)
            dev = c["device"] if ch in ("app", "mini_program", "noticeboard_qr") else ("pc" if ch == "web" else None)
            ev(c, ts, "tp_signup", "submit", app, ch, dev, 报名渠道=CHANNEL_ZH[ch], plot_size_wanted=c["wanted"],
               地块类型=SIZE_ZH[c["wanted"]])
            # proof of residence
            up = {"app": 0.91, "mini_program": 0.92, "web": 0.86, "noticeboard_qr": 0.50, "council_referral": 1.0,
                  "walk_in": 0.80}[ch]
            rej = {"app": 0.06, "mini_program": 0.05, "web": 0.08, "noticeboard_qr": 0.24, "council_referral": 0.01,
                   "walk_in": 0.05}[ch]
            rchan = {"app": "app", "mini_program": "mini_program", "web": "web", "noticeboard_qr": "web",
                     "council_referral": "other", "walk_in": "store"}[ch]
            if rng.random() >= up:
                c["status"] = "incomplete_application"
                if ch == "noticeboard_qr" and rng.random() < 0.17:
                    fb(c, ts + D(days=float(rng.uniform(3, 25))), "tp_residency_check",
                       pick(["ticket", "app_review", "call_note"], [0.5, 0.2, 0.3]), "upload",
                       rated=False)
                continue
            t = ts + D(days=float(rng.uniform(0.5, 2) if ch == "council_referral" else rng.gamma(1.3, 3.0)))
            ok = False
            for attempt in range(2):
                r = rng.random() < rej * (1 if attempt == 0 else 0.6)
                rs = REJECT[0] if ch == "noticeboard_qr" and rng.random() < 0.75 else pick(REJECT, [0.4, 0.25, 0.2, 0.15])
                ev(c, t, "tp_residency_check", "rejected" if r else "approved", app, rchan,
                   dev if rchan != "pc" else "pc", signup_channel=ch,
                   reject_reason=rs[0] if r else None, 驳回原因=rs[1] if r else None,
                   reviewer_wait_h=round(float(rng.gamma(2, 10)), 1))
                if not r:
                    ok = True
                    break
                if rng.random() < (0.30 if ch == "noticeboard_qr" else 0.18):
                    fb(c, t + D(days=float(rng.uniform(0.5, 6))), "tp_residency_check",
                       pick(["ticket", "app_review", "call_note"], [0.5, 0.25, 0.25]), "upload")
                if rng.random() > 0.6:
                    break
                t = t + D(days=float(rng.uniform(2, 10)))
            if not ok:
                c["status"] = "incomplete_application"
                continue
            pt = t + D(hours=float(rng.uniform(1, 60)))
            row = ev(c, pt, "tp_waitlist", "placed", app, "email", None, plot_size_wanted=c["wanted"],
                     地块类型=SIZE_ZH[c["wanted"]])
            c["placed"] = pt
            if pt < END:
                PLACEMENTS[sid].append((pt, c["customer_id"], row))


def legacy():
    for sid, s in SITES.items():
        cn = s["country"] == "CN"
        # plot holders at the start
        for _ in range(s["hold"]):
            start = datetime(2024, 8, 31) - D(days=float(rng.uniform(60, 365 * 12)))
            c = new_customer(sid, start - D(days=float(rng.uniform(30, 900 if not cn else 200))), legacy_channel(sid))
            c["status"] = "plot_holder"
            c["plot_size"] = c["wanted"] if rng.random() < 0.8 else pick(SIZES, [0.3, 0.4, 0.2, 0.1])
            c["plot_id"] = new_plot(sid, c["plot_size"])
            c["tenancy_start"] = start
            c["tenancy"] = nid("t", "T", 6)
            c["legacy"] = True
            NEW_HOLDERS.append((c["customer_id"], start))
        # people already waiting
        lo = {"S4": 365 * 5, "S5": 365 * 3, "S6": 540, "S7": 900}.get(sid, 120)
        for _ in range(s["wait"]):
            placed = datetime(2024, 8, 31) - D(days=float(rng.uniform(10, lo)))
            c = new_customer(sid, placed - D(days=float(rng.uniform(1, 20))), legacy_channel(sid))
            c["placed"] = placed
            QUEUE[sid].append((placed, c["customer_id"]))
        QUEUE[sid].sort()


def offer_outcome(c, ts, days_on_list):
    if SPAM[0] <= ts < SPAM[1]:
        p = [0.42, 0.10, 0.48]
    elif days_on_list > 900:
        p = [0.58, 0.27, 0.15]
    else:
        p = [0.72, 0.16, 0.12]
    return pick(["accepted", "declined", "expired"], p)


def allocation(c, ts, days_on_list):
    """offer -> viewing -> agreement -> fee -> access; returns holder start or None."""
    sid = c["site_id"]
    cn = SITES[sid]["country"] == "CN"
    off = nid("t", "T", 6)
    out = offer_outcome(c, ts, days_on_list)
    size = c["wanted"]
    plot = new_plot(sid, size)
    dr = pick(DECLINE, [0.28, 0.18, 0.3, 0.12, 0.12]) if out == "declined" else None
    ev(c, ts, "tp_plot_offer", out, off, "sms" if cn else "email", None, plot_id=plot, plot_size=size,
       地块类型=SIZE_ZH[size], days_on_list=days_on_list, decline_reason=dr[0] if dr else None,
       拒绝原因=dr[1] if dr else None, response_days=None if out == "expired" else int(rng.integers(0, 14)))
    if out == "expired":
        c["status"] = "removed_from_list"
        spam = SPAM[0] <= ts < SPAM[1]
        if rng.random() < (0.6 if spam else 0.04):
            fb(c, ts + D(days=float(rng.uniform(15, 45))), "tp_plot_offer",
               pick(["ticket", "call_note", "app_review"], [0.5, 0.35, 0.15]), "spam_offer")
        return None
    if out == "declined":
        c["status"] = "removed_from_list"
        return None
    if rng.random() > 0.93:
        c["status"] = "removed_from_list"
        return None
    tv = dt(ts + D(days=float(rng.uniform(2, 11))), 9, 17)
    if tv >= END:
        c["status"] = "allocation_in_progress"
        return None
    cond = pick(CONDITION, [0.5, 0.35, 0.15])
    host = pick(HOSTS[sid])
    ev(c, tv, "tp_viewing", "viewed", off, "onsite", None, plot_id=plot, plot_size=size, 地块类型=SIZE_ZH[size],
       plot_condition=cond[0], 地块状况=cond[1], viewing_host=host)
    sign_p = {"cleared": 0.94, "needs_work": 0.88, "overgrown": 0.68}[cond[0]]
    ta = tv + D(days=float(rng.gamma(1.5, 1.5)))
    method = "e_sign" if rng.random() < (0.85 if not cn else 0.92) else "paper"
    if rng.random() > sign_p:
        c["status"] = "removed_from_list"
        if rng.random() < 0.7:
            ev(c, ta, "tp_agreement", "withdrawn", off, "web" if method == "e_sign" else "onsite",
               None, plot_id=plot, sign_method=method)
        return None
    ev(c, ta, "tp_agreement", "signed", off, ("mini_program" if cn else "web") if method == "e_sign" else "onsite",
       c["device"] if cn and method == "e_sign" else None, plot_id=plot, sign_method=method,
       tenancy_start_date=ta.date().isoformat())
    c["plot_id"], c["plot_size"], c["tenancy"] = plot, size, off
    if ta >= END:
        c["status"] = "allocation_in_progress"
        return None
    if rng.random() < 0.03:
        c["status"] = "removed_from_list"
        return None
    tp_, o = pay_fee(c, ta + D(hours=float(rng.uniform(1, 100))), "new", off, full_year=False)
    if tp_ is None:
        c["status"] = "removed_from_list"
        return None
    c["fee_order"] = o
    # shed & water access
    if cn:
        wait = int(rng.integers(0, 2))
        atype = "smart_lock"
    elif sid == "S7":
        wait = int(2 + rng.poisson(8))
        atype = "key"
    elif sid == "S6":
        wait = int(1 + rng.poisson(3))
        atype = "key"
    else:
        wait = int(1 + rng.poisson(2.5))
        atype = "padlock_code"
    tacc = dt(tp_ + D(days=wait), 9, 17)
    if tp_ >= END or tacc >= END:
        c["status"] = "allocation_in_progress"
        return None
    ev(c, tacc, "tp_access_induction", "issued", off, "onsite", None, plot_id=plot, access_type=atype,
       wait_days=wait, water_point=f"W{int(rng.integers(1, 9))}", inducted_by=pick(HOSTS[sid]))
    dep = order(c, tacc, "key_deposit", KEY_DEPOSIT[sid], "held", "onsite", None, plot_id=plot, tenancy_id=off)
    c["deposit"] = dep
    c["status"] = "plot_holder"
    c["tenancy_start"] = tacc
    # onboarding survey / key complaints
    if wait > 7 and rng.random() < 0.5:
        fb(c, tacc + D(days=float(rng.uniform(0, 5))), "tp_access_induction",
           pick(["survey", "ticket", "call_note"], [0.5, 0.3, 0.2]), "key_delay", rated=True, nps=True)
    elif rng.random() < 0.4:
        topic = pick(["friendly", "general", "price"], [0.42, 0.43, 0.15])
        fb(c, tacc + D(days=float(rng.uniform(1, 10))), "tp_access_induction", "survey", topic, rated=True, nps=True)
    return tacc


def waiting_lists():
    for sid, s in SITES.items():
        placements = sorted(PLACEMENTS[sid], key=lambda r: r[0])
        pi = 0
        q = QUEUE[sid]
        checks = [datetime.combine(d, datetime.min.time()) for d in CHECK[sid]]
        for y, m in months():
            # the month's offer dates
            k = int(rng.poisson(s["offers"]))
            last = (date(y + (m == 12), m % 12 + 1, 1) - D(days=1)).day
            days = sorted(int(x) for x in rng.integers(1, last + 1, size=k))
            todo = [(dt(date(y, m, d), 10, 17), "offer") for d in days]
            for ck in checks:
                if ck.year == y and ck.month == m:
                    todo.append((ck, "check"))
            todo.sort()
            for ts, kind in todo:
                while pi < len(placements) and placements[pi][0] < ts:
                    pt, cid, row = placements[pi]
                    if row is not None:
                        row["waitlist_position"] = len(q) + 1
                    q.append((pt, cid))
                    pi += 1
                if kind == "check":
                    keep = []
                    for pt, cid in q:
                        c = CUST[cid]
                        if pt > ts - D(days=30):
                            keep.append((pt, cid))
                            continue
                        lon = sid == "S4"
                        out = pick(["confirmed", "no_reply", "left_list"],
                                   [0.78, 0.14, 0.08] if lon else [0.84, 0.11, 0.05])
                        te = ts + D(days=30) if out == "no_reply" else dt(ts + D(days=float(rng.uniform(0, 21))), 7, 23)
                        ev(c, te, "tp_waitlist_check", out, f"K{cid[1:]}", "email", None,
                           years_waiting=round((ts - pt).days / 365, 1))
                        if out == "confirmed":
                            keep.append((pt, cid))
                            if (ts - pt).days > 500 and rng.random() < 0.07:
                                fb(c, te + D(days=float(rng.uniform(0, 3))), "tp_waitlist_check",
                                   pick(["survey", "ticket"], [0.4, 0.6]), "long_wait",
                                   rated=False)
                        else:
                            c["status"] = "removed_from_list"
                    q[:] = keep
                    continue
                if not q:
                    continue
                pt, cid = q.pop(0)
                c = CUST[cid]
                start = allocation(c, ts, (ts - pt).days)
                if start is not None:
                    NEW_HOLDERS.append((cid, start))
        # anyone placed after the last offer
        while pi < len(placements):
            pt, cid, row = placements[pi]
            if row is not None:
                row["waitlist_position"] = len(q) + 1
            q.append((pt, cid))
            pi += 1
        for pt, cid in q:
            CUST[cid]["status"] = "waiting"
            CUST[cid]["waiting_until"] = END


# ---------------------------------------------------------------- phase 4: plot holders
def walk_dates(sid):
    out = []
    for y, m in months():
        if m in SEASON[sid]:
            d = date(y, m, int(rng.integers(5, 16)))
            while d.weekday() >= 5:
                d += D(days=1)
            out.append(datetime(d.year, d.month, d.day))
    return out


WALKS = {sid: walk_dates(sid) for sid in SITES}
SURVEYS = [datetime(2024, 11, 12), datetime(2025, 11, 11)]


def workshops_schedule():
    out = {}
    for sid, s in SITES.items():
        rows = []
        for y, m in months():
            for _ in range(int(2 + rng.poisson(1.5))):
                topic = pick(WORKSHOPS, [w[2] for w in WORKSHOPS])
                d = date(y, m, int(rng.integers(1, 29)))
                free = topic[0] in ("seed_saving", "kids_gardening") or (topic[0] == "composting" and rng.random() < 0.3)
                price = 0 if free else float(pick(TICKET[s["cur"]]))
                rows.append(dict(wid=nid("w", "WS", 5), date=dt(d, 10, 15), topic=topic, free=free, price=price,
                                 cancelled=bool(rng.random() < 0.04)))
        out[sid] = sorted(rows, key=lambda r: r["date"])
    return out


WS = workshops_schedule()


def workshops_for(c, a, b, rate):
    span = max(0.0, (b - a).days / 365)
    n = int(rng.poisson(rate * span))
    cands = [w for w in WS[c["site_id"]] if a + D(days=2) < w["date"] < b]
    if not cands or n == 0:
        return
    pw = np.array([dict((t[0], t[2]) for t in WORKSHOPS)[w["topic"][0]] for w in cands])
    pw = pw / pw.sum()
    idx = rng.choice(len(cands), size=min(n, len(cands)), replace=False, p=pw)
    cn = SITES[c["site_id"]]["country"] == "CN"
    for i in idx:
        w = cands[int(i)]
        tb = w["date"] - D(days=float(rng.uniform(1, 20)))
        if tb < a:
            tb = a + (w["date"] - a) * float(rng.uniform(0.1, 0.8))
        tb = dt(tb, 7, 23)
        if tb >= w["date"] or tb < a:
            tb = w["date"] - D(hours=float(rng.uniform(2, 20)))
        chan = "mini_program" if cn else "app"
        bid = nid("s", "B", 6)
        ev(c, tb, "tp_workshop_booking", "booked", bid, chan, c["device"], workshop_id=w["wid"],
           workshop_topic=w["topic"][0], 工作坊主题=w["topic"][1], free_workshop=w["free"],
           ticket_price_local=w["price"], workshop_date=w["date"].date().isoformat())
        if not w["free"]:
            order(c, tb, "workshop_ticket", w["price"], "refunded" if w["cancelled"] else "paid", chan, c["device"],
                  workshop_id=w["wid"], workshop_topic=w["topic"][0])
        if w["cancelled"]:
            continue
        if rng.random() < (0.35 if w["free"] else 0.10):
            continue
        ev(c, w["date"] + D(minutes=float(rng.uniform(-15, 20))), "tp_workshop", "checked_in", bid, "onsite", None,
           workshop_id=w["wid"], workshop_topic=w["topic"][0], 工作坊主题=w["topic"][1], free_workshop=w["free"])
        c["attended"] = True
        if rng.random() < 0.15:
            fb(c, w["date"] + D(days=float(rng.uniform(0.2, 3))), "tp_workshop", "survey",
               pick(["learned", "general"], [0.7, 0.3]), rated=True)


def seeds_for(c, a, b):
    sid = c["site_id"]
    cn = SITES[sid]["country"] == "CN"
    south = sid == "S6"
    span = max(0.0, (b - a).days / 365)
    n = int(rng.poisson(1.7 * span))
    for _ in range(n):
        t = a + D(days=float(rng.uniform(0, (b - a).days)))
        # spring-weighted: accept / reject
        m = t.month
        spring = (8 <= m <= 10) if south else (2 <= m <= 5)
        if not spring and rng.random() < 0.6:
            continue
        chan = pick(["store", "mini_program" if cn else "app"], [0.45, 0.55])
        packs = int(rng.integers(1, 7))
        amt = packs * SEED_PACK[SITES[sid]["cur"]]
        t = dt(t, 9, 20)
        ev(c, t, "tp_seed_shop", "purchased", nid("s", "B", 6), chan, c["device"] if chan != "store" else None,
           packs=packs, amount_local=amt)
        order(c, t, "seed_pack", amt, "paid", chan, c["device"] if chan != "store" else None, packs=packs)
        if rng.random() < 0.03:
            fb(c, t + D(hours=float(rng.uniform(1, 72))), "tp_seed_shop",
               pick(["app_review", "ticket"], [0.4, 0.6]), "seed_stock", rated=False)


def issues_for(c, a, b):
    sid = c["site_id"]
    span = max(0.0, (b - a).days / 365)
    n = int(rng.poisson(0.35 * span))
    times = [a + D(days=float(rng.uniform(0, (b - a).days))) for _ in range(n)]
    kinds = [None] * n
    if sid == "S6" and a < MELB_PUMP[1] and b > MELB_PUMP[0] and rng.random() < 0.5:
        lo, hi = max(a, MELB_PUMP[0]), min(b, MELB_PUMP[1])
        for _ in range(1 + int(rng.random() < 0.25)):
            times.append(lo + D(days=float(rng.uniform(0, max(1, (hi - lo).days)))))
            kinds.append(("water_supply", "供水问题"))
    cn = SITES[sid]["country"] == "CN"
    for t, k in zip(times, kinds):
        melb = k is not None
        if k is None:
            k = pick(ISSUES, [0.14, 0.2, 0.16, 0.14, 0.12, 0.14, 0.10])
        t = dt(t, 7, 20)
        res = float(rng.gamma(2, 2.5)) if not melb else float(rng.uniform(10, 40))
        ev(c, t, "tp_site_issue", "reported", nid("s", "R", 6), "mini_program" if cn else "app", c["device"],
           issue_type=k[0], 问题类型=k[1], resolved_days=round(res, 1))
        if melb and rng.random() < 0.45:
            fb(c, t + D(days=float(rng.uniform(0, 6))), "tp_site_issue",
               pick(["ticket", "app_review", "call_note"], [0.5, 0.3, 0.2]), "water")
        elif k[0] == "theft" and rng.random() < 0.35:
            fb(c, t + D(hours=float(rng.uniform(1, 48))), "tp_site_issue", pick(["ticket", "call_note"]), "theft")
        elif k[0] == "water_supply" and rng.random() < 0.1:
            fb(c, t + D(hours=float(rng.uniform(1, 48))), "tp_site_issue", "ticket", "water")


def support_for(c, a, b, role):
    span = max(0.0, (b - a).days / 365)
    n = int(rng.poisson((0.45 if role == "waiting" and c["site_id"] in ("S4", "S5") else 0.3) * span))
    cn = SITES[c["site_id"]]["country"] == "CN"
    for _ in range(n):
        t = dt(a + D(days=float(rng.uniform(0, (b - a).days))), 8, 20)
        if role == "waiting":
            r = pick(CONTACT, [0.75, 0, 0, 0, 0.1, 0, 0.15])
        else:
            r = pick(CONTACT, [0, 0.3, 0.05, 0.2, 0.15, 0.15, 0.15])
        chan = pick(["phone", "chat", "email"], [0.45, 0.35, 0.2])
        ev(c, t, "tp_support", "contact", nid("s", "S", 6), chan if not (cn and chan == "chat") else "mini_program",
           None, contact_reason=r[0], 咨询原因=r[1], handle_min=round(float(rng.gamma(2, 4)), 1))
        if r[0] == "waitlist_position" and c.get("placed") is not None \
                and (t - c["placed"]).days > 540 and rng.random() < 0.25:
            fb(c, t + D(minutes=float(rng.uniform(5, 60))), "tp_support", "call_note", "long_wait")


def holder_life(c, start):
    sid = c["site_id"]
    cn = SITES[sid]["country"] == "CN"
    a = max(start, START)
    end = END
    level, final_year, notices_year = 0, False, 0
    if start < START and rng.random() < 0.02 + 0.3 * c["slack"]:   # a final notice in the season before the data
        level, final_year, notices_year = 2, True, 1
    midyear = a + D(days=float(rng.exponential(365 / 0.045)))
    items = [(w, "insp") for w in WALKS[sid] if w > max(a, start + D(days=25))]
    items += [(datetime.combine(n, datetime.min.time()), "renew") for n in NOTICES[sid]
              if datetime.combine(n, datetime.min.time()) > start + D(days=45)]
    items += [(s, "survey") for s in SURVEYS if s > start + D(days=60)]
    last_notice = None
    items.sort()
    ten = c["tenancy"]
    for t, kind in items:
        if t >= end:
            break
        if midyear < t:
            reason = pick(GIVE_UP, [0.3, 0.35, 0.15, 0.1, 0.1])
            ev(c, dt(midyear, 8, 22), "tp_renewal", "gave_up", ten, "web" if not cn else "mini_program", None,
               give_up_reason=reason[0], 退租原因=reason[1], plot_id=c["plot_id"], mid_term=True)
            c["status"] = "gave_up"
            end = midyear
            break
        if kind == "insp":
            if rng.random() > 0.85:
                continue
            hk = sid == "S4" and t >= HACKNEY_RULE
            insp = HACKNEY_NEW_INSPECTOR if hk else pick(INSPECTORS[sid])
            p_first = (0.20 + 0.25 * c["slack"]) if hk else (0.03 + 0.22 * c["slack"])
            p_final = 0.40 if hk else 0.30
            if level >= 1:
                act = "final_notice" if rng.random() < p_final else "pass"
            else:
                act = "first_notice" if rng.random() < p_first else "pass"
            cult = int(np.clip(rng.normal(88 - 60 * c["slack"], 10), 5, 100))
            if act != "pass":
                cult = int(np.clip(rng.normal(62 if hk else 45, 12), 5, 85))
                reason = NOTICE_75 if hk and rng.random() < 0.7 else pick(NOTICE_REASON, [0.4, 0.35, 0.15, 0.1])
            else:
                reason = (None, None)
            ts = dt(t, 9, 16)
            ev(c, ts, "tp_inspection", act, ten, "onsite", None, plot_id=c["plot_id"], plot_size=c["plot_size"],
               地块类型=SIZE_ZH[c["plot_size"]], inspector=insp, cultivated_pct=cult, notice_reason=reason[0],
               警告原因=reason[1])
            if act != "pass":
                last_notice = ts
            if act == "pass":
                level = 0 if level < 2 else level
            elif act == "first_notice":
                level = 1
                notices_year += 1
                if rng.random() < (0.32 if hk else 0.06):
                    fb(c, ts + D(days=float(rng.uniform(1, 12))), "tp_inspection",
                       pick(["ticket", "call_note", "app_review"], [0.55, 0.3, 0.15]), "warning")
                if rng.random() < 0.3:
                    ev(c, dt(ts + D(days=float(rng.uniform(1, 10))), 8, 20), "tp_support", "contact",
                       nid("s", "S", 6), pick(["phone", "email"]), None, contact_reason="inspection_notice",
                       咨询原因="巡查警告申诉", handle_min=round(float(rng.gamma(3, 5)), 1))
            else:
                level = 2
                final_year = True
                notices_year += 1
                if rng.random() < (0.4 if hk else 0.1):
                    fb(c, ts + D(days=float(rng.uniform(1, 12))), "tp_inspection",
                       pick(["ticket", "call_note"], [0.6, 0.4]), "warning")
        elif kind == "survey":
            if rng.random() < 0.3:
                hk = sid == "S4" and t >= HACKNEY_RULE
                recent = last_notice is not None and (t - last_notice).days < 200
                if recent and rng.random() < (0.85 if hk else 0.15):
                    topic = "warning"
                else:
                    topic = pick(["harvest", "friendly", "learned", "price", "seed_stock", "general", "long_wait"],
                                 [0.25, 0.2, 0.1, 0.11, 0.05, 0.29, 0.0])
                    if topic == "learned" and not c.get("attended"):
                        topic = "general"
                fb(c, t + D(days=float(rng.uniform(0, 14)), hours=float(rng.uniform(8, 22))), None, "survey", topic,
                   rated=True, nps=True)
        else:  # renewal notice
            tn = dt(t + D(days=float(rng.integers(0, 3))), 8, 11)
            ev(c, tn, "tp_renewal_notice", "sent", ten, "sms" if cn else "email", None, plot_id=c["plot_id"],
               renewal_year=str(tn.year + 1) if cn else f"{tn.year}/{(tn.year + 1) % 100:02d}")
            u = rng.random()
            tr = dt(tn + D(days=float(rng.gamma(2.0, 7.0))), 7, 23)
            chan = "mini_program" if cn else "web"
            if final_year and rng.random() < 0.65:
                ev(c, tr, "tp_renewal", "refused_non_cultivation", ten, "email" if not cn else "sms", None,
                   plot_id=c["plot_id"], give_up_reason=None, 退租原因=None)
                c["status"] = "refused_renewal"
                if rng.random() < (0.45 if sid == "S4" else 0.25):
                    fb(c, tr + D(days=float(rng.uniform(1, 15))), "tp_renewal",
                       pick(["ticket", "call_note"], [0.6, 0.4]), "warning")
                end = tr
                break
            p_give = 0.07 + (0.06 if c["age_band"] == "75+" else 0) + (0.05 if notices_year else 0)
            if u < p_give:
                reason = pick(GIVE_UP, [0.22, 0.42, 0.14, 0.08, 0.14])
                ev(c, tr, "tp_renewal", "gave_up", ten, chan, c["device"] if cn else None,
                   give_up_reason=reason[0], 退租原因=reason[1], plot_id=c["plot_id"], mid_term=False)
                c["status"] = "gave_up"
                end = tr
                break
            if u < p_give + 0.03:
                c["status"] = "lapsed"
                end = tn + D(days=60)
                break
            ev(c, tr, "tp_renewal", "renewed", ten, chan, c["device"] if cn else None, plot_id=c["plot_id"])
            paid, _ = pay_fee(c, tr + D(days=float(rng.gamma(1.2, 4.0))), "renewal", ten, full_year=True)
            if paid is None:
                c["status"] = "lapsed"
                end = tn + D(days=75)
                break
            final_year, notices_year = False, 0
            level = 0 if level < 2 else 1
    # deposit refund, cooling-off refund
    if c["status"] in ("gave_up", "refused_renewal", "lapsed") and c.get("deposit") is not None:
        c["deposit"]["status"] = "refunded"
    if c["status"] == "gave_up" and c.get("fee_order") is not None and (end - c["fee_order"]["ts"]).days < 30:
        c["fee_order"]["status"] = "refunded"
    c["end"] = end
    workshops_for(c, a, end, 1.1)
    seeds_for(c, a, end)
    issues_for(c, a, end)
    support_for(c, a, end, "holder")


def non_holder_activity():
    for c in CUST.values():
        if c.get("end") is not None or c.get("placed") is None:
            continue
        a = max(c["placed"], START)
        b = END if c["status"] == "waiting" else min(END, a + D(days=float(rng.uniform(30, 300))))
        workshops_for(c, a, b, 0.25)
        support_for(c, a, b, "waiting")


# ---------------------------------------------------------------- free-standing feedback
def extra_feedback():
    sids = list(SITES)
    # social posts: no customer, no touchpoint; half undated
    for _ in range(230):
        sid = pick(sids, [0.14, 0.12, 0.1, 0.28, 0.14, 0.11, 0.11])
        topic = pick(["warning", "long_wait", "harvest", "water", "price", "spam_offer", "friendly", "general"],
                     [0.2, 0.18, 0.2, 0.08, 0.1, 0.06, 0.08, 0.1])
        if topic == "warning":
            sid = "S4" if rng.random() < 0.85 else sid
            ts = datetime(2025, 6, 1) + D(days=float(rng.uniform(0, 330)))
        elif topic == "long_wait":
            sid = pick(["S4", "S5", "S7"], [0.7, 0.2, 0.1])
            ts = START + D(days=float(rng.uniform(0, 630)))
        elif topic == "water":
            sid = "S6"
            ts = MELB_PUMP[0] + D(days=float(rng.uniform(0, 60)))
        elif topic == "spam_offer":
            ts = SPAM[0] + D(days=float(rng.uniform(5, 45)))
        else:
            ts = START + D(days=float(rng.uniform(0, 635)))
        cn = SITES[sid]["country"] == "CN"
        lang = "zh" if cn or rng.random() < SITES[sid]["zhs"] * 1.5 else "en"
        plat = pick(["xiaohongshu", "weibo"]) if lang == "zh" else pick(["facebook_group", "reddit"])
        fb(None, None if rng.random() < 0.5 else dt(ts, 7, 23), None, plat, topic, site_id=sid, lang=lang)
        FEEDBACK[-1]["platform"] = plat
    # noticeboard comment cards: undated, half anonymous
    holders = [c for c in CUST.values() if c.get("plot_id")]
    for _ in range(160):
        c = holders[int(rng.integers(len(holders)))] if rng.random() < 0.5 else None
        sid = c["site_id"] if c else pick(sids, [0.16, 0.14, 0.12, 0.2, 0.16, 0.12, 0.1])
        topic = pick(["theft", "seed_stock", "friendly", "general", "upload", "harvest"],
                     [0.2, 0.15, 0.2, 0.2, 0.12, 0.13])
        if sid == "S6" and rng.random() < 0.4:
            topic = "water"
        tp = {"theft": "tp_site_issue", "seed_stock": "tp_seed_shop", "upload": "tp_residency_check",
              "water": "tp_site_issue"}.get(topic)
        fb(c, None, tp, "comment_card", topic, site_id=sid)
    # app store reviews
    for _ in range(240):
        c = list(CUST.values())[int(rng.integers(len(CUST)))]
        if SITES[c["site_id"]]["country"] == "CN":
            continue
        ts = START + D(days=float(rng.uniform(0, 635)))
        topic = pick(["general", "friendly", "price", "upload", "harvest"], [0.45, 0.15, 0.15, 0.15, 0.1])
        fb(c, dt(ts, 7, 23), "tp_signup" if topic == "upload" else None, "app_review", topic, rated=True)


# ---------------------------------------------------------------- texts
T = {
    "spam_offer": {
        "zh": ["分地通知被手机当成垃圾短信拦截了，等我发现早就过期了，等了这么久白等。",
               "三月的分配通知进了垃圾邮件箱，根本没看到，过了14天就作废了，太冤了。",
               "短信被拦截，地块邀约过期，能不能恢复？我一直在关注的。",
               "为什么通知会被当成垃圾短信？我错过了分给我的地，客服说只能重新排。",
               "朋友提醒我才去垃圾邮件里找到分地邮件，已经超时了。"],
        "en": ["The plot offer went straight to my spam folder and by the time I found it the offer had expired.",
               "Your offer email landed in junk. Fourteen days later it was gone. Please resend offers by text too.",
               "I missed my allocation because the email was flagged as spam - I'd waited ages for this.",
               "Checked my junk mail far too late, offer already expired. Can it be reinstated?",
               "Offer email in spam again, nobody called to check. Really disappointing."]},
    "upload": {
        "zh": ["公告栏扫码进去的网页上传居住证明一直失败，照片传不上去。",
               "上传居住证明的页面在手机上根本用不了，试了五次。",
               "扫码报名后要上传房产证或租房合同，照片总说模糊，被驳回两次。",
               "上传材料太麻烦了，老人家不会弄，能不能现场办？",
               "居住证明上传后被退回，也没说清楚哪里不对。"],
        "en": ["The QR form on the noticeboard won't let me upload my council tax bill from my phone.",
               "Tried to upload proof of address four times, keeps timing out.",
               "My upload was rejected as blurry, it wasn't. No way to talk to a person.",
               "Why do I need to upload a utility bill through a tiny mobile form? Gave up in the end.",
               "Document upload failed twice, the form just resets."]},
    "warning": {
        "zh": ["刚种下去就收到警告信，说耕种面积不够，太不近人情了。",
               "新来的巡查员一个月给我发了两次警告，冬天休耕也算？",
               "收到最后警告才知道规则改了，之前从没人通知过75%的要求。",
               "警告发得太随意了，拍张照片就说我荒废地块。",
               "我生病住院两周就被警告，续租也被拒了，很寒心。"],
        "en": ["Got a warning letter after one inspection - the new 75% rule was never explained to us.",
               "Second warning in a month, my beans were just planted. The new inspector is far too strict.",
               "A final warning for a half-dug bed in June? This used to be such a welcoming site.",
               "Non-renewal after a warning while I was in hospital. No discretion at all.",
               "The warning letters at Hackney are out of control, half our row got one."]},
    "water": {
        "zh": ["连着几周没水，水槽是干的，菜都快晒死了。",
               "停水这么久也没人说什么时候修好，只能自己从家里带水。",
               "夏天最热的时候停水，报修了三次还是没水。"],
        "en": ["No water at the troughs for three weeks in January, my tomatoes are dying.",
               "The taps have been dry since the pump failed. Any update?",
               "Reported the dry taps twice, still no water on our side of the garden.",
               "Hauling jerry cans because there's no water on site. Not good enough in a heatwave."]},
    "long_wait": {
        "zh": ["排了三年还没分到地，每年只发一封确认邮件。",
               "问了好几次排位，一直说快了快了。",
               "我的排位一年只往前挪了十几位，这样要排到什么时候？"],
        "en": ["Four years on the waiting list and still no plot. Is the list even moving?",
               "I've been on the list since 2021, every year I confirm and nothing happens.",
               "The waiting list is hopeless, 300-odd people ahead of me.",
               "Called to check my place on the waiting list, no real answer."]},
    "key_delay": {
        "zh": ["交了费一个多星期才拿到钥匙，进不了工具棚。",
               "密码锁的密码迟迟不发，白跑了两趟。"],
        "en": ["Paid the fee but waited nearly two weeks for a shed key.",
               "Still no key for the tool shed ten days after paying.",
               "The padlock code for the shed only came through after ten days.",
               "Keys are cut by hand apparently, so I waited eleven days to get in."]},
    "friendly": {
        "zh": ["带看地的阿姨特别热心，还送了我几棵苗。", "志愿者很热心，手把手教我翻地。",
               "邻居们都很热心，入园第一天就有人帮忙。"],
        "en": ["The site rep was so friendly and showed me where everything is.",
               "Lovely friendly plot neighbours, someone lent me a fork on day one.",
               "Friendly volunteers at the induction, felt welcome straight away."]},
    "harvest": {
        "zh": ["今年收成很好，番茄吃不完分给邻居。", "第一年就有收成，孩子特别开心。", "收成不错，就是虫有点多。"],
        "en": ["Great harvest this year - more courgettes than we can eat.",
               "Our first harvest of potatoes, the kids loved it.",
               "Best harvest in years, the soil here is brilliant."]},
    "learned": {
        "zh": ["堆肥课学到很多，回去马上做了个堆肥箱。", "老师讲得很实用，学到了有机防虫的方法。",
               "亲子课孩子学到了怎么播种。"],
        "en": ["Learned loads at the composting workshop, very practical.",
               "Really useful session, learnt how to save my own seed.",
               "We learned a lot about pruning, well worth the ticket."]},
    "price": {
        "zh": ["地租又涨价了，退休的人负担不起。", "一年一千多，感觉有点太贵了。", "水费和地租一起收，太贵了。"],
        "en": ["The fee has gone up again, it's getting expensive for a patch of mud.",
               "Too expensive compared with what you get - no toilet, one tap.",
               "Another price rise this year with nothing improved on site."]},
    "theft": {
        "zh": ["工具棚里的锄头被偷了，围栏也坏了。", "刚熟的西瓜被偷了好几个，希望装个摄像头。"],
        "en": ["Someone's stolen my tools from the shed again.", "My strawberries were nicked overnight.",
               "Tool box forced open and my strimmer stolen."]},
    "seed_stock": {
        "zh": ["想买的种子总是缺货，春天最需要的时候买不到。", "小程序上说有货，到了交易小屋却缺货。"],
        "en": ["Seed potatoes out of stock again at the trading hut.",
               "Every variety I wanted was sold out by March.",
               "The app said in stock, the hut said sold out."]},
    "general": {
        "zh": ["整体还可以，希望厕所能修一下。", "菜园管理还行，就是停车不方便。", "一般吧，活动可以再多一些。",
               "挺好的，适合周末带孩子来。", "还不错，希望多一些遮阳的地方。"],
        "en": ["All fine overall, would like a compost toilet though.", "Decent site, parking is a pain.",
               "It's okay. More events would be nice.", "Good place to spend a Saturday.",
               "Nice site, the paths could do with some gravel."]},
}
RATING = {"spam_offer": ([1, 2, 3], [0.55, 0.35, 0.1]), "upload": ([1, 2, 3], [0.45, 0.4, 0.15]),
          "warning": ([1, 2, 3], [0.55, 0.35, 0.1]), "water": ([1, 2, 3], [0.5, 0.4, 0.1]),
          "long_wait": ([1, 2, 3], [0.4, 0.4, 0.2]), "key_delay": ([1, 2, 3], [0.35, 0.45, 0.2]),
          "price": ([2, 3, 4], [0.45, 0.4, 0.15]), "theft": ([2, 3, 4], [0.4, 0.4, 0.2]),
          "seed_stock": ([2, 3, 4], [0.35, 0.45, 0.2]), "general": ([2, 3, 4, 5], [0.08, 0.37, 0.4, 0.15]),
          "friendly": ([4, 5], [0.3, 0.7]), "harvest": ([4, 5], [0.35, 0.65]), "learned": ([4, 5], [0.3, 0.7])}


def text_for(topic, lang):
    opts = T[topic][lang]
    return opts[int(rng.integers(len(opts)))]


# ---------------------------------------------------------------- write
def write_csv(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if v is None:
                    out.append("")
                elif isinstance(v, datetime):
                    out.append(v.strftime("%Y-%m-%d %H:%M:%S"))
                elif isinstance(v, bool):
                    out.append("true" if v else "false")
                else:
                    out.append(v)
            w.writerow(out)


def main(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    legacy()
    applicants()
    waiting_lists()
    for cid, start in NEW_HOLDERS:
        holder_life(CUST[cid], start)
    non_holder_activity()
    extra_feedback()

    # touchpoints, journeys
    write_csv(out / "touchpoints.csv",
              [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                    owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
              ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, win in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=i,
                           touchpoint_id=tp, window_days=win))
    write_csv(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                          "touchpoint_id", "window_days"])
    # customers
    crow = []
    for c in CUST.values():
        s = SITES[c["site_id"]]
        crow.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=c["segment"],
                         客户类型=SEGMENT_ZH[c["segment"]], region=s["region"],
                         acquisition_channel=c["acquisition_channel"], 获客渠道=CHANNEL_ZH[c["acquisition_channel"]],
                         tier=c["tier"], 收费档=TIER_ZH[c["tier"]], home_site_id=c["site_id"], home_site=s["zh"],
                         home_site_en=s["en"], city=s["cen"], 城市=s["czh"], country=s["country"],
                         preferred_language=c["lang"], age_band=c["age_band"], household_size=c["household_size"],
                         gardening_experience=c["experience"], 种植经验=EXP_ZH[c["experience"]],
                         accessibility_need=c["accessibility"], plot_size_wanted=c["wanted"],
                         current_status=c["status"], 当前状态=STATUS_ZH[c["status"]], current_plot_id=c["plot_id"]
                         if c["status"] == "plot_holder" else None, distance_km=c["distance_km"],
                         marketing_opt_in=c["opt_in"]))
    write_csv(out / "customers.csv", crow, list(crow[0].keys()))
    # events
    EVENTS.sort(key=lambda r: (r["ts"], r["customer_id"]))
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel"]
    seen = set(cols)
    for r in EVENTS:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    for i, r in enumerate(EVENTS, 1):
        r["event_id"] = f"E{i:07d}"
    write_csv(out / "events.csv", EVENTS, cols)
    # orders
    ORDERS.sort(key=lambda r: (r["ts"], r["customer_id"]))
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"]
    seen = set(ocols)
    for r in ORDERS:
        for k in r:
            if k not in seen:
                seen.add(k)
                ocols.append(k)
    for i, r in enumerate(ORDERS, 1):
        r["order_id"] = f"O{i:06d}"
    write_csv(out / "orders.csv", ORDERS, ocols)
    # feedback
    FEEDBACK.sort(key=lambda r: (r["ts"] is None, r["ts"] or START, r["customer_id"] or ""))
    frows, truth = [], []
    for i, f in enumerate(FEEDBACK, 1):
        fid = f"FB{i:05d}"
        s = SITES[f["site_id"]]
        rating = nps = None
        if f["rated"]:
            vals, p = RATING[f["topic"]]
            rating = int(pick(vals, p))
        if f["nps"]:
            base = {1: 2, 2: 4, 3: 6, 4: 8, 5: 9}[rating]
            nps = int(np.clip(base + rng.integers(-2, 3), 0, 10))
        frows.append(dict(feedback_id=fid, text=text_for(f["topic"], f["lang"]), ts=f["ts"],
                          customer_id=f["customer_id"], touchpoint_id=f["touchpoint_id"], channel=f["channel"],
                          rating=rating, nps=nps, language=f["lang"], site_id=f["site_id"], site=s["zh"],
                          site_en=s["en"]))
        truth.append(dict(feedback_id=fid, topic=f["topic"]))
    write_csv(out / "feedback.csv", frows, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                            "rating", "nps", "language", "site_id", "site", "site_en"])
    write_csv(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic"])
    print(f"customers {len(crow)}, events {len(EVENTS)}, orders {len(ORDERS)}, feedback {len(frows)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
