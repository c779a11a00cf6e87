"""梯视传媒 LiftLens Media: an elevator and lobby screen advertising network that sells ad slots to local businesses
in four Chinese cities (上海, 杭州, 广州, 成都) and three English-speaking ones (Singapore, Sydney, Toronto)
(synthetic, written blind).

An advertiser (customer = the business: a restaurant, gym, tutoring school, property agency, clinic, shop or home
services firm) comes in either through sales (销售外呼: cold lists 陌拜名单, inbound calls 来电咨询, referrals
老客推荐, street canvassing 地推扫楼) or by signing up on the self-serve site (官网自助注册: search ads, social ads,
organic, partner platforms). A plan is built (选楼定向: building type, buildings, screens, weeks), a quote issued
(报价), the booking placed (下单排期) and paid up front (付款; chains on credit terms are invoiced after airing).
The advertiser uploads the creative (素材上传), which goes through compliance review (素材审核; rejected creatives
are fixed and re-uploaded), the campaign airs (上刊播出: live, then ended), a proof-of-play report is sent (播放报告),
an invoice / fapiao issued (开票), and the account manager asks about rebooking (续投: rebooked / declined).

Data 2025-01-01 .. 2026-06-30 (CRM + booking system extract taken 2026-07-06), naive local times of each city.
Money (orders.amount) is CNY, the group's reporting currency; currency + amount_local keep what was charged
(fixed group rates, CNY per unit: SGD 5.35, AUD 4.70, CAD 5.20).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV per DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topics and sentiment of each comment; not a DATA.md table).
Seed 20260706, numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260706
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
EXTRACT = datetime(2026, 7, 6)
AI_PRESCREEN = (datetime(2026, 4, 1), datetime(2026, 5, 6))     # AI pre-screen v1 over-flags text until retuned
GZ_OFFLINE = (datetime(2025, 7, 20), datetime(2025, 12, 20))      # Guangzhou's old LX-200 players (towers) drop off

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_sales_call", "销售外呼", "Sales call", "awareness", "phone", "digital", "sales",
     "电销|外呼|打电话|销售电话|陌拜|sales call|cold call|outbound call|phone pitch"),
    ("tp_site_signup", "官网自助注册", "Self-serve sign-up", "awareness", "web", "digital", "growth_marketing",
     "注册|自助注册|官网注册|开户|sign-up|signup|self-serve registration|create account"),
    ("tp_audience_select", "选楼定向", "Audience & building selection", "consideration", "web", "digital",
     "media_planning", "选楼|选点位|投放方案|定向|楼盘选择|building selection|media plan|targeting|site selection"),
    ("tp_quote", "报价", "Quote", "consideration", "email", "digital", "sales",
     "报价单|询价|刊例价|价格方案|quote|quotation|proposal|rate card"),
    ("tp_booking", "下单排期", "Booking", "purchase", "web", "digital", "ad_ops",
     "下单|排期|订单|锁位|booking|order|reservation|insertion order|IO"),
    ("tp_payment", "付款", "Payment", "purchase", "web", "digital", "finance",
     "支付|付款|打款|收款|payment|pay|checkout|settlement"),
    ("tp_creative_upload", "素材上传", "Creative upload", "purchase", "web", "digital", "ad_ops",
     "上传素材|传视频|广告素材|物料|creative upload|upload artwork|ad creative|asset upload"),
    ("tp_compliance_review", "素材审核", "Compliance review", "service", "other", "digital", "compliance",
     "审核|广告审核|合规审核|驳回|过审|compliance review|ad review|approval|creative approval|rejection"),
    ("tp_airing", "上刊播出", "Campaign airing", "service", "other", "physical", "network_ops",
     "上刊|播出|投放|开播|屏幕|点位|airing|on air|campaign live|flight|screens"),
    ("tp_proof_of_play", "播放报告", "Proof-of-play report", "service", "email", "digital", "ad_ops",
     "播放报告|监播报告|结案报告|播放数据|proof of play|PoP report|delivery report|campaign report"),
    ("tp_invoice", "开票", "Invoice", "service", "email", "digital", "finance",
     "发票|开发票|专票|账单|invoice|tax invoice|fapiao|bill"),
    ("tp_rebooking", "续投", "Rebooking", "loyalty", "phone", "digital", "account_management",
     "续投|复投|续约|再投|回访|rebooking|repeat booking|renewal|re-book|follow-up call"),
]
TP = {t[0]: t for t in TOUCHPOINTS}

JOURNEYS = [  # id, zh, en, window, steps
    ("sales_led", "销售签单", "Sales-led booking", 30,
     ["tp_sales_call", "tp_audience_select", "tp_quote", "tp_booking"]),
    ("self_serve", "自助下单", "Self-serve booking", 14,
     ["tp_site_signup", "tp_audience_select", "tp_quote", "tp_booking", "tp_payment"]),
    ("campaign_launch", "素材上刊", "Campaign launch", 21,
     ["tp_booking", "tp_creative_upload", "tp_compliance_review", "tp_airing"]),
]

CITIES = {  # code: en, zh, market, lang, currency, fx (CNY per unit), lead weight, rate per screen-week (local)
    "SH": ("Shanghai", "上海", "China", "zh", "CNY", 1.0, .21, 46.0),
    "HZ": ("Hangzhou", "杭州", "China", "zh", "CNY", 1.0, .13, 34.0),
    "GZ": ("Guangzhou", "广州", "China", "zh", "CNY", 1.0, .18, 36.0),
    "CD": ("Chengdu", "成都", "China", "zh", "CNY", 1.0, .12, 28.0),
    "SG": ("Singapore", "新加坡", "Singapore", "en", "SGD", 5.35, .14, 8.5),
    "SYD": ("Sydney", "悉尼", "Australia", "en", "AUD", 4.70, .13, 10.0),
    "TOR": ("Toronto", "多伦多", "Canada", "en", "CAD", 5.20, .09, 9.0),
}
DISTRICTS = {
    "SH": ["浦东新区", "徐汇区", "静安区", "闵行区"], "HZ": ["西湖区", "滨江区", "余杭区"],
    "GZ": ["天河区", "海珠区", "番禺区", "白云区"], "CD": ["武侯区", "锦江区", "高新区"],
    "SG": ["Tampines", "Jurong East", "Orchard", "Bishan"], "SYD": ["Parramatta", "Chatswood", "CBD", "Bondi"],
    "TOR": ["North York", "Downtown", "Scarborough", "Markham"],
}
REPS = {"SH": ["王磊", "陈静"], "HZ": ["刘洋"], "GZ": ["黄志强", "李敏"], "CD": ["张伟"],
        "SG": ["Marcus Tan"], "SYD": ["Chloe Wilson", "Liam Brown"], "TOR": ["Jason Wong"]}
INDUSTRIES = [  # id, zh, weight, base rejection, rebook prob
    ("restaurant", "餐饮", .24, .05, .60), ("fitness", "健身", .12, .07, .45),
    ("education", "教育培训", .15, .34, .42), ("real_estate", "房产中介", .12, .13, .36),
    ("clinic", "医美诊所", .10, .18, .40), ("retail", "零售", .15, .06, .40),
    ("home_services", "家装家政", .12, .08, .38),
]
IND = {i[0]: i for i in INDUSTRIES}
SALES_SRC = [("cold_list", "陌拜名单", .42), ("inbound_call", "来电咨询", .26), ("referral", "老客推荐", .16),
             ("street_canvass", "地推扫楼", .16)]
WEB_SRC = [("search_ads", "搜索广告", .36), ("social_ads", "社交广告", .32), ("organic", "自然流量", .20),
           ("partner_platform", "合作平台", .12)]
SRC_ZH = {a: b for a, b, _ in SALES_SRC + WEB_SRC}
P_INTEREST = dict(cold_list=.36, inbound_call=.76, referral=.86, street_canvass=.42)
P_SALES_BOOK = dict(cold_list=.52, inbound_call=.60, referral=.74, street_canvass=.50)
P_PLAN = dict(search_ads=.50, social_ads=.17, organic=.58, partner_platform=.52)
P_WEB_BOOK = dict(search_ads=.48, social_ads=.34, organic=.52, partner_platform=.47)
AD_PLATFORM = {("China", "search_ads"): ["百度"], ("China", "social_ads"): ["抖音", "小红书", "微信朋友圈"],
               ("China", "partner_platform"): ["美团商家", "大众点评"],
               ("en", "search_ads"): ["Google"], ("en", "social_ads"): ["Facebook", "Instagram", "TikTok"],
               ("en", "partner_platform"): ["Google Business Profile", "Yelp"]}
BTYPES = [("office", "写字楼", 1.2, .40), ("residential", "住宅", 1.0, .42), ("mall", "商场", 1.35, .18)]
BT = {b[0]: b for b in BTYPES}
REJECT_ZH = {"absolute_claims": "使用极限词", "guarantee_claims": "承诺效果", "missing_license": "缺少资质证明",
             "medical_claims": "医疗功效宣传", "low_resolution": "分辨率不足", "duration_exceeded": "时长超限",
             "text_too_dense": "画面文字过多"}
REJECT_BY_IND = {
    "education": (["guarantee_claims", "absolute_claims", "low_resolution"], [.55, .35, .10]),
    "clinic": (["missing_license", "medical_claims", "absolute_claims"], [.50, .40, .10]),
    "real_estate": (["absolute_claims", "missing_license", "low_resolution"], [.50, .30, .20]),
}
DECLINE_ZH = {"no_effect": "效果不明显", "budget": "预算不足", "price": "价格太高", "seasonal": "淡季暂停",
              "switched_media": "换了其他媒体", "store_closed": "店铺关门"}
PAY_METHODS = {"China": (["wechat_pay", "alipay", "bank_transfer"], [.5, .3, .2]),
               "Singapore": (["paynow", "card", "bank_transfer"], [.45, .4, .15]),
               "Australia": (["card", "bank_transfer"], [.75, .25]), "Canada": (["card", "bank_transfer"], [.75, .25])}
PAY_ZH = {"wechat_pay": "微信支付", "alipay": "支付宝", "bank_transfer": "对公转账", "paynow": "PayNow", "card": "银行卡"}
INVOICE_ZH = {"vat_special": "增值税专票", "vat_general": "增值税普票", "tax_invoice": "Tax invoice"}

ZH_NAME_A = list("老小大新金福鑫悦宏春锦御鲜好乐美")
ZH_NAME_B = ["记", "家", "坊", "苑", "轩", "阁", "园", "堂"]
ZH_KIND = {"restaurant": ["火锅", "面馆", "烧烤", "茶餐厅", "川菜馆", "咖啡"], "fitness": ["健身工作室", "瑜伽馆", "拳击馆"],
           "education": ["少儿英语", "编程教育", "美术培训", "钢琴培训"], "real_estate": ["房产经纪", "地产置业"],
           "clinic": ["口腔诊所", "医美中心", "中医馆"], "retail": ["便利店", "烘焙", "花店", "眼镜店"],
           "home_services": ["家政服务", "装饰设计", "搬家公司"]}
EN_NAME_A = ["Golden", "Harbour", "Maple", "Lucky", "Urban", "Green", "Bright", "Little", "Royal", "Sunny", "Blue",
             "Corner", "Northside", "Oak"]
EN_KIND = {"restaurant": ["Noodle Bar", "Kitchen", "Dumpling House", "Cafe", "Grill"],
           "fitness": ["Fitness", "Yoga Studio", "Boxing Club"], "education": ["Tutoring", "Coding Academy", "Music School"],
           "real_estate": ["Realty", "Property Group"], "clinic": ["Dental", "Skin Clinic", "Physio"],
           "retail": ["Bakery", "Florist", "Optical", "Mart"], "home_services": ["Cleaning Co", "Renovations", "Movers"]}

EVENTS: list[dict] = []
ORDERS: list[dict] = []
CUSTOMERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []


def pick(items, weights=None):
    if weights is None:
        return items[int(rng.integers(len(items)))]
    w = np.asarray(weights, float)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def u():
    return float(rng.random())


def work_time(day, h0=9, h1=18):
    d = day.replace(hour=0, minute=0, second=0, microsecond=0)
    while d.weekday() >= 5:
        d += D(days=1)
    return d + D(seconds=int(rng.integers(h0 * 3600, h1 * 3600)))


def any_time(day, h0=7, h1=23):
    d = day.replace(hour=0, minute=0, second=0, microsecond=0)
    return d + D(seconds=int(rng.integers(h0 * 3600, h1 * 3600)))


EV_N, ORD_N, BK_N, Q_N, INV_N, SES_N = [0], [0], [0], [0], [0], [0]


def nxt(c):
    c[0] += 1
    return c[0]


def ev(a, ts, tp, action, **kw):
    row = dict(event_id=f"E{nxt(EV_N):07d}", customer_id=a.id, ts=ts, touchpoint_id=tp, action=action,
               city=CITIES[a.city][0], 城市=CITIES[a.city][1])
    row.update(kw)
    EVENTS.append(row)
    return row


def session():
    return f"S{nxt(SES_N):07d}"


# ---------------------------------------------------------------- advertisers
class Adv:
    pass


ADVS: list[Adv] = []
ADV_BY: dict[str, Adv] = {}
NAMES: set[str] = set()


def biz_name(a):
    for _ in range(200):
        if CITIES[a.city][3] == "zh":
            n = pick(ZH_NAME_A) + pick(ZH_NAME_A) + pick(ZH_NAME_B) + pick(ZH_KIND[a.industry])
            if a.stores > 1:
                n += "（连锁）"
        else:
            n = f"{pick(EN_NAME_A)} {pick(EN_KIND[a.industry])}"
            if n in NAMES:
                n += f" {pick(DISTRICTS[a.city])}"
        if n not in NAMES:
            NAMES.add(n)
            return n
    return n + str(len(NAMES))


def new_adv(lead_ts, legacy=False):
    a = Adv()
    a.id = f"ADV{len(ADVS) + 1:05d}"
    codes = list(CITIES)
    a.city = pick(codes, [CITIES[c][6] for c in codes])
    a.market, a.lang = CITIES[a.city][2], CITIES[a.city][3]
    a.industry = pick([i[0] for i in INDUSTRIES], [i[2] for i in INDUSTRIES])
    a.stores = 1 if u() < .78 else int(rng.integers(2, 12))
    a.district = pick(DISTRICTS[a.city])
    a.rep = pick(REPS[a.city])
    a.lead_ts = lead_ts
    a.legacy = legacy
    p_self = .38 if a.lang == "zh" else .55
    if legacy:
        a.lead_type = "sales_led" if u() > .3 else "self_serve"
    else:
        a.lead_type = "self_serve" if u() < p_self else "sales_led"
    if a.lead_type == "sales_led":
        a.source = pick([s[0] for s in SALES_SRC], [s[2] for s in SALES_SRC])
    else:
        a.source = pick([s[0] for s in WEB_SRC], [s[2] for s in WEB_SRC])
    a.terms = "net30" if (a.lead_type == "sales_led" and a.stores > 1 and u() < .65) else "prepaid"
    a.name = biz_name(a)
    a.device = pick(["pc", "ios", "android"], [.45, .25, .30] if a.lang == "zh" else [.5, .35, .15])
    a.campaigns = []      # (booking_id, booked ts, end ts or None, cancelled)
    a.paid_cny = 0.0
    ADVS.append(a)
    ADV_BY[a.id] = a
    return a


def base_tail(a):
    return dict(industry=a.industry, 行业=IND[a.industry][1])


# ---------------------------------------------------------------- acquisition
def acquire(a):
    """lead steps up to the first booking; returns the booking ts or None."""
    t = a.lead_ts
    if a.lead_type == "sales_led":
        src = a.source
        interested = u() < P_INTEREST[src]
        tries = 1 if interested or u() < .5 else int(rng.integers(2, 4))
        for k in range(tries):
            last = k == tries - 1
            act = ("interested" if interested else "not_interested") if last else "no_answer"
            if last and not interested and u() < .3:
                act = "no_answer"
            ev(a, work_time(t), "tp_sales_call", act, channel=src, lead_source=src, 线索来源=SRC_ZH[src],
               sales_rep=a.rep, call_attempt=k + 1,
               call_duration_s=0 if act == "no_answer" else int(rng.gamma(3, 90 if interested else 40)), **base_tail(a))
            a.last_call = t
            if not last:
                t = t + D(days=int(rng.integers(1, 5)))
        if not interested:
            a.lost_at = "call"
            return None
        t = work_time(t + D(days=float(rng.exponential(3)) + .5))
        plan = make_plan(a)
        ev(a, t, "tp_audience_select", "plan_saved", built_by="sales_rep", **plan_cols(plan), **base_tail(a))
        if u() < .10:
            a.lost_at = "plan"
            return None
        t = work_time(t + D(days=float(rng.exponential(1.5))))
        q = quote(a, plan, t, sales=True)
        if u() < .22:    # renegotiated
            t = work_time(t + D(days=float(rng.uniform(1, 6))))
            q = quote(a, plan, t, sales=True, revised=True)
        a.plan, a.quote = plan, q
        p = P_SALES_BOOK[src] * (.85 if a.lang == "en" else 1.0)
        if u() > p:
            a.lost_at = "quote"
            return None
        return work_time(t + D(days=float(rng.gamma(2, 5)) + 1))
    # self-serve
    src = a.source
    sess = session()
    plat = pick(AD_PLATFORM.get(("China" if a.lang == "zh" else "en", src), [""]))
    ev(a, t, "tp_site_signup", "registered", channel=src, lead_source=src, 线索来源=SRC_ZH[src], ad_platform=plat,
       device=a.device, session_id=sess, utm_campaign=f"{src}_{t:%y%m}", **base_tail(a))
    if u() > P_PLAN[src]:
        a.lost_at = "signup"
        return None
    same = u() < .55
    t = t + (D(minutes=int(rng.integers(4, 40))) if same else D(days=float(rng.exponential(2.5)) + .2))
    if not same:
        sess = session()
        t = any_time(t)
    plan = make_plan(a)
    ev(a, t, "tp_audience_select", "plan_saved", built_by="advertiser", device=a.device, session_id=sess,
       **plan_cols(plan), **base_tail(a))
    if u() < .12:
        a.lost_at = "plan"
        return None
    t = t + D(seconds=int(rng.integers(20, 300)))
    q = quote(a, plan, t, sales=False, sess=sess)
    a.plan, a.quote = plan, q
    if u() > P_WEB_BOOK[src]:
        a.lost_at = "quote"
        return None
    if u() < .5:
        return t + D(minutes=int(rng.integers(3, 30)))
    return any_time(t + D(days=float(rng.exponential(3)) + .3))


def make_plan(a, prev=None):
    if prev and u() < .6:
        p = dict(prev)
        p["weeks"] = pick([1, 2, 4, 8], [.15, .35, .38, .12])
        return p
    bt = pick([b[0] for b in BTYPES], [b[3] for b in BTYPES])
    if a.industry == "real_estate":
        bt = pick(["residential", "office", "mall"], [.7, .2, .1])
    bld = int(np.clip(rng.lognormal(2.3, .7), 2, 120)) * (1 + (a.stores > 1))
    screens = int(bld * pick([2, 3, 4], [.4, .4, .2]) * (1.6 if bt == "mall" else 1))
    return dict(building_type=bt, buildings=bld, screens=screens, weeks=pick([1, 2, 4, 8], [.25, .35, .30, .10]),
                spot_seconds=pick([15, 30], [.75, .25]), district=a.district)


def plan_cols(p):
    return dict(building_type=p["building_type"], 楼宇类型=BT[p["building_type"]][1], buildings=p["buildings"],
                screens=p["screens"], weeks=p["weeks"], spot_seconds=p["spot_seconds"], target_district=p["district"])


def price(a, p, discount):
    rate = CITIES[a.city][7] * BT[p["building_type"]][2] * (1.6 if p["spot_seconds"] == 30 else 1)
    local = round(p["screens"] * p["weeks"] * rate * (1 - discount), 2)
    return local, round(local * CITIES[a.city][5], 2)


def quote(a, p, t, sales, revised=False, sess=None):
    disc = (round(float(rng.choice([0, .05, .1, .15, .2], p=[.2, .25, .3, .15, .1])) + (.05 if revised else 0), 2)
            if sales else (.1 if u() < .2 else 0.0))
    local, cny = price(a, p, disc)
    qid = f"Q{nxt(Q_N):06d}"
    kw = dict(session_id=sess, device=a.device) if sess else dict(sales_rep=a.rep)
    ev(a, t, "tp_quote", "revised" if revised else "issued", quote_id=qid, quote_amount_local=local,
       currency=CITIES[a.city][4], quote_amount_cny=cny, discount_pct=disc, weeks=p["weeks"], screens=p["screens"],
       **kw, **base_tail(a))
    return dict(id=qid, disc=disc, local=local, cny=cny)


# ---------------------------------------------------------------- campaigns
def order(a, ts, amount_cny, local, status, otype, bid, **kw):
    row = dict(order_id=f"ORD{nxt(ORD_N):06d}", customer_id=a.id, ts=ts, amount=round(amount_cny, 2), status=status,
               channel="self_serve" if a.lead_type == "self_serve" else "sales",
               device=a.device if a.lead_type == "self_serve" else "", order_type=otype,
               订单类型={"booking": "投放订单", "invoice": "月结账单"}[otype], booking_id=bid,
               currency=CITIES[a.city][4], amount_local=round(local, 2), city=CITIES[a.city][0],
               城市=CITIES[a.city][1], industry=a.industry, 行业=IND[a.industry][1], payment_terms=a.terms)
    row.update(kw)
    ORDERS.append(row)
    return row


def in_ai(t):
    return AI_PRESCREEN[0] <= t < AI_PRESCREEN[1]


def review_round(a, t_up, rnd):
    """returns (ts, approved, reason)."""
    base = IND[a.industry][3] * (1.0, .45, .25)[min(rnd, 3) - 1]
    ai = in_ai(t_up)
    hours = float(rng.gamma(2.2, 9)) + 1
    if ai:
        hours = float(rng.gamma(2.5, 16)) + 2       # appeals queue behind the AI pre-screen
        if u() < (.34 if rnd == 1 else .18):
            ts = t_up + D(hours=float(rng.uniform(.05, .5)))
            return ts, False, "text_too_dense", "ai_prescreen", round((ts - t_up).total_seconds() / 3600, 1)
    ts = t_up + D(hours=hours)
    if u() < base:
        if a.industry in REJECT_BY_IND:
            r = pick(*REJECT_BY_IND[a.industry])
        else:
            r = pick(["absolute_claims", "low_resolution", "duration_exceeded"], [.45, .35, .20])
        return ts, False, r, "human", round(hours, 1)
    return ts, True, "", "human", round(hours, 1)


def campaign(a, t_book, plan, q, rebook=False):
    bid = f"BK{nxt(BK_N):06d}"
    c = dict(id=bid, book=t_book, plan=plan, rejects=0, delay=0, delivery=None, end=None, cancelled=False,
             upload_fail=0, pay_fail=0, rebook=rebook, screen_off=False, review_hours=[])
    a.campaigns.append(c)
    local, cny = q["local"], q["cny"]
    c["local"], c["cny"] = local, cny
    self_serve = a.lead_type == "self_serve"
    sess = session() if self_serve else None
    common = dict(booking_id=bid, **base_tail(a))
    ev(a, t_book, "tp_booking", "booked", channel="self_serve" if self_serve else "sales", quote_id=q["id"],
       booking_amount_cny=cny, is_rebooking="yes" if rebook else "no", session_id=sess,
       device=a.device if self_serve else None, sales_rep=None if self_serve else a.rep, **plan_cols(plan), **common)
    t = t_book
    # payment up front (prepaid)
    if a.terms == "prepaid":
        methods, w = PAY_METHODS[a.market]
        m = pick(methods, w)
        t = t + (D(minutes=int(rng.integers(1, 8))) if self_serve else D(days=float(rng.uniform(.1, 3))))
        paid = False
        for k in range(3):
            fail_p = (.14 if m == "card" else .04)
            if u() < fail_p:
                c["pay_fail"] += 1
                ev(a, t, "tp_payment", "failed", payment_method=m, 支付方式=PAY_ZH[m],
                   fail_reason=pick(["card_declined", "3ds_timeout", "over_limit"], [.5, .3, .2]) if m == "card"
                   else pick(["over_limit", "bank_timeout"]), amount_local=local, session_id=sess, **common)
                if u() < .2:
                    break
                t = t + D(minutes=int(rng.integers(2, 600)))
                if u() < .3 and m == "card":
                    m = pick(methods, w)
                continue
            ev(a, t, "tp_payment", "success", payment_method=m, 支付方式=PAY_ZH[m], amount_local=local,
               session_id=sess, **common)
            paid = True
            break
        if not paid:
            t2 = t + D(days=float(rng.uniform(1, 4)))
            ev(a, t2, "tp_booking", "cancelled", cancel_reason="unpaid", **common)
            order(a, t_book, cny, local, "cancelled", "booking", bid, weeks=plan["weeks"], screens=plan["screens"])
            c["cancelled"] = True
            return c
        o = order(a, t, cny, local, "paid", "booking", bid, weeks=plan["weeks"], screens=plan["screens"],
                  payment_method=m)
    else:
        o = None
    planned_start = (t_book + D(days=int(rng.integers(6, 15)))).replace(hour=6, minute=0, second=0)
    # creative upload + review rounds
    t_up = any_time(t + D(days=float(rng.exponential(1.8))), 8, 23)
    approved_at = None
    rnd = 0
    while rnd < 3:
        big = u() < (.10 if self_serve else .04)
        if big:
            c["upload_fail"] += 1
            ev(a, t_up, "tp_creative_upload", "failed", file_format="mp4", file_size_mb=int(rng.integers(210, 900)),
               fail_reason=pick(["file_too_large", "wrong_format"], [.8, .2]), device=a.device if self_serve else None,
               **common)
            t_up = t_up + D(minutes=int(rng.integers(10, 1500)))
        rnd += 1
        ev(a, t_up, "tp_creative_upload", "uploaded", file_format=pick(["mp4", "jpg"], [.8, .2]),
           file_size_mb=int(rng.integers(8, 190)), duration_s=plan["spot_seconds"], version=rnd,
           device=a.device if self_serve else None, **common)
        t_rv, ok, reason, reviewer, hours = review_round(a, t_up, rnd)
        c["review_hours"].append(hours)
        ev(a, t_rv, "tp_compliance_review", "approved" if ok else "rejected", review_round=rnd, reviewer=reviewer,
           reject_reason=reason or None, 驳回原因=REJECT_ZH.get(reason), review_hours=hours, **common)
        if ok:
            approved_at = t_rv
            break
        c["rejects"] += 1
        if reviewer == "ai_prescreen":
            c["ai_reject"] = True
        if u() < (.22 if reviewer == "ai_prescreen" else .10):
            break
        t_up = any_time(t_rv + D(days=float(rng.exponential(1.2)) + .1), 8, 23)
    if approved_at is None or u() < .025:
        tc = (approved_at or t_rv) + D(days=float(rng.uniform(.5, 3)))
        ev(a, tc, "tp_booking", "cancelled", cancel_reason="creative_rejected" if approved_at is None else "changed_mind",
           **common)
        if o is not None:
            o["status"] = "refunded"
        c["cancelled"] = True
        return c
    start = planned_start
    if approved_at + D(days=1) > planned_start:
        start = (approved_at + D(days=1)).replace(hour=6, minute=0, second=0)
    c["delay"] = (start - planned_start).days
    end = (start + D(days=7 * plan["weeks"] - 1)).replace(hour=23, minute=0, second=0)
    c["start"], c["end"] = start, end
    plays_day = 144 if plan["spot_seconds"] == 15 else 96
    planned = plan["screens"] * plan["weeks"] * 7 * plays_day
    ev(a, start, "tp_airing", "live", start_date=start.date().isoformat(), planned_plays=planned,
       delay_days=c["delay"], **plan_cols(plan), **common)
    if end > END:
        c["end_in_data"] = False
        return c
    ev(a, end, "tp_airing", "ended", **plan_cols(plan), **common)
    bad = (a.city == "GZ" and plan["building_type"] != "mall" and start < GZ_OFFLINE[1]
           and end > GZ_OFFLINE[0])
    dr = float(np.clip(rng.normal(.80, .05), .62, .9) if bad else np.clip(rng.normal(.978, .012), .93, 1.0))
    c["delivery"], c["bad"] = dr, bad
    offline = int(round(plan["screens"] * (1 - dr) * (1.4 if bad else .8)))
    t_rep = work_time(end + D(days=float(rng.uniform(1, 4))))
    ev(a, t_rep, "tp_proof_of_play", "sent", building_type=plan["building_type"],
       楼宇类型=BT[plan["building_type"]][1], planned_plays=planned, delivered_plays=int(planned * dr),
       delivery_rate=round(dr, 4), offline_screens=offline, photos=int(rng.integers(6, 30)),
       makegood_offered="yes" if dr < .9 else "no", **common)
    c["report"] = t_rep
    if dr < .9 and u() < .55:
        ev(a, work_time(t_rep + D(days=float(rng.uniform(.3, 5)))), "tp_proof_of_play", "queried", **common)
    # invoice
    inv = f"INV{nxt(INV_N):06d}"
    itype = ("vat_special" if u() < .55 else "vat_general") if a.lang == "zh" else "tax_invoice"
    days = float(rng.gamma(3, 3.2)) + 1 if itype == "vat_special" else float(rng.uniform(.5, 3))
    t_inv = work_time(end + D(days=days))
    amount_cny, amount_local = cny, local
    if a.terms == "net30" and dr < .9:
        amount_cny, amount_local = round(cny * dr, 2), round(local * dr, 2)     # pro-rated for undelivered plays
    ev(a, t_inv, "tp_invoice", "issued", invoice_id=inv, invoice_type=itype, 发票类型=INVOICE_ZH[itype],
       days_after_end=round(days, 1), invoice_amount_cny=amount_cny, **common)
    c["invoice_days"] = days
    c["itype"] = itype
    if a.terms == "net30":
        due = t_inv + D(days=30)
        if bad and u() < .4:
            ev(a, work_time(t_inv + D(days=float(rng.uniform(1, 6)))), "tp_invoice", "disputed", invoice_id=inv,
               dispute_reason="undelivered_plays", **common)
        late = u() < .06
        pay_t = work_time(t_inv + D(days=float(rng.uniform(10, 40)) + (45 if late else 0)))
        if pay_t <= END:
            ev(a, pay_t, "tp_payment", "success", payment_method="bank_transfer", 支付方式=PAY_ZH["bank_transfer"],
               invoice_id=inv, amount_local=amount_local, **common)
            order(a, t_inv, amount_cny, amount_local, "paid", "invoice", bid, invoice_id=inv,
                  due_date=due.date().isoformat(), paid_at=pay_t, weeks=plan["weeks"], screens=plan["screens"])
        else:
            order(a, t_inv, amount_cny, amount_local, "overdue" if due < EXTRACT else "unpaid", "invoice", bid,
                  invoice_id=inv, due_date=due.date().isoformat(), weeks=plan["weeks"], screens=plan["screens"])
    return c


def rebook_decision(a, c):
    if c.get("cancelled") or not c.get("report"):
        return None
    t = work_time(c["report"] + D(days=float(rng.uniform(5, 20))))
    if t > END:
        return None
    p = IND[a.industry][4]
    if c["delivery"] < .9:
        p -= .28
    if c["rejects"] >= 2:
        p -= .15
    if c["delay"] > 4:
        p -= .08
    if a.lang == "en":
        p -= .03
    ok = u() < p
    if ok:
        ev(a, t, "tp_rebooking", "rebooked", sales_rep=a.rep, previous_booking_id=c["id"], **base_tail(a))
        return t
    if c["delivery"] < .9:
        r = pick(["no_effect", "switched_media", "budget"], [.6, .25, .15])
    else:
        r = pick(list(DECLINE_ZH), [.17, .33, .15, .18, .09, .08])
    ev(a, t, "tp_rebooking", "declined", sales_rep=a.rep, previous_booking_id=c["id"], decline_reason=r,
       未续投原因=DECLINE_ZH[r], **base_tail(a))
    c["decline"] = r
    return None


def run_adv(a, t_book):
    plan, q = a.plan, a.quote
    rebook = False
    while t_book is not None and t_book <= END:
        c = campaign(a, t_book, plan, q, rebook)
        if c["cancelled"] and not rebook:
            break
        if c["cancelled"]:
            break
        t = rebook_decision(a, c)
        if t is None:
            break
        t_book = work_time(t + D(days=float(rng.exponential(4)))) if a.lead_type == "sales_led" else \
            any_time(t + D(days=float(rng.exponential(4))))
        if t_book > END:
            break
        plan = make_plan(a, plan)
        disc = q["disc"]
        local, cny = price(a, plan, disc)
        qid = f"Q{nxt(Q_N):06d}"
        ev(a, t_book - D(minutes=int(rng.integers(30, 600))), "tp_quote", "issued", quote_id=qid,
           quote_amount_local=local, currency=CITIES[a.city][4], quote_amount_cny=cny, discount_pct=disc,
           weeks=plan["weeks"], screens=plan["screens"], quote_kind="renewal", **base_tail(a))
        q = dict(id=qid, disc=disc, local=local, cny=cny)
        rebook = True


# ---------------------------------------------------------------- feedback
SENT = {"review_reject": "negative", "review_slow": "negative", "plays_mismatch": "negative",
        "screen_off": "negative", "price_high": "negative", "upload_fail": "negative", "payment_fail": "negative",
        "invoice_slow": "negative", "too_many_calls": "negative", "no_buildings": "negative",
        "more_footfall": "positive", "easy_booking": "positive", "rep_helpful": "positive", "report_clear": "positive"}
TP_OF = {"review_reject": "tp_compliance_review", "review_slow": "tp_compliance_review",
         "plays_mismatch": "tp_proof_of_play", "screen_off": "tp_airing", "price_high": "tp_quote",
         "upload_fail": "tp_creative_upload", "payment_fail": "tp_payment", "invoice_slow": "tp_invoice",
         "too_many_calls": "tp_sales_call", "no_buildings": "tp_audience_select", "more_footfall": "tp_airing",
         "easy_booking": "tp_booking", "rep_helpful": "tp_sales_call", "report_clear": "tp_proof_of_play"}
TEXTS = {
    "review_reject": (["素材审核老是被驳回，改了三遍还是不过", "审核老是被驳回，说画面文字太多，我们就一句广告语",
                       "第二次了，审核老是被驳回，理由也讲不清楚", "审核老是被驳回，上刊时间一拖再拖，店里活动都错过了"],
                      ["Our creative keeps getting rejected and nobody can tell us why",
                       "Third time now, the creative keeps getting rejected for 'too much text'",
                       "Creative keeps getting rejected, so our start date slipped a week",
                       "Why does my creative keeps getting rejected? It's a simple menu photo"]),
    "review_slow": (["审核等了好几天都没结果", "素材审核等了好几天，客服只会说在排队", "审核等了好几天，排期都被耽误了"],
                    ["The review took days, no one replied to my emails", "Compliance review took days for a 15s clip",
                     "review took days and the launch got pushed"]),
    "plays_mismatch": (["播放数据对不上，报告说播了几万次，我们去看好几栋楼都没在播", "播放报告里的播放数据对不上，点位照片也少",
                        "结案报告播放数据对不上，要求给个说法", "说好的播放次数，播放数据对不上，差了一大截"],
                       ["The play counts don't add up - half the screens we checked were off",
                        "Proof of play report: play counts don't add up with what we saw",
                        "Play counts don't add up, we want a make-good",
                        "Numbers in the report look inflated, play counts don't add up"]),
    "screen_off": (["去楼里看了，电梯里的屏幕是黑的", "好几栋楼屏幕是黑的，广告根本没播", "物业说屏幕是黑的好几天了"],
                   ["Went to the building, the screen was blank", "Lobby screen was blank two days in a row",
                    "Our ad never showed, screen was blank in the lift"]),
    "price_high": (["价格太贵了，小店承受不起", "报价价格太贵，比朋友圈广告贵多了", "价格太贵，能不能再打个折"],
                   ["Honestly too pricey for a small shop", "Quote was too pricey compared to Facebook ads",
                    "Too pricey for four weeks, can you do better?"]),
    "upload_fail": (["视频素材传不上去，一直卡在99%", "素材传不上去，提示文件过大", "手机上素材传不上去，只能找电脑"],
                    ["Video upload keeps failing at 99%", "The upload keeps failing, says file too large",
                     "Upload keeps failing on my phone"]),
    "payment_fail": (["付款一直失败，扣款提示超限额", "下单后付款一直失败，只能对公转账", "付款一直失败，客服也联系不上"],
                     ["Card payment didn't go through three times", "Checkout: payment didn't go through, no error shown",
                      "My payment didn't go through and the slot got released"]),
    "invoice_slow": (["专票发票开得太慢，财务催了好几次", "发票开得太慢了，月底报不了账", "投放结束半个月了，发票开得太慢"],
                     ["The invoice took forever to arrive", "Our accounts team says the invoice took forever",
                      "Invoice took forever, please fix your billing"]),
    "too_many_calls": (["电话打得太频繁了，已经说了不需要", "你们销售电话打得太频繁，很影响做生意", "一天三个电话，电话打得太频繁"],
                       ["Too many sales calls, I said not interested", "Please stop, too many sales calls this week",
                        "too many sales calls from your team"]),
    "no_buildings": (["想投的楼没有，附近的小区都不在你们网络里", "选楼时想投的楼没有，只能选远一点的", "想投的楼没有，希望多开点位"],
                     ["Couldn't find the buildings I wanted near my shop",
                      "Map search: couldn't find the buildings I wanted", "couldn't find the buildings I wanted, coverage is thin"]),
    "more_footfall": (["投了之后来店客人变多了", "来店客人变多了，好几个说在电梯里看到的", "效果不错，来店客人变多了"],
                      ["We got more walk-ins after the campaign", "Noticeably more walk-ins, customers mentioned the lift ad",
                       "Great results, more walk-ins on weekdays"]),
    "easy_booking": (["自助下单很方便，十分钟就搞定了", "自助下单很方便，价格也透明", "第一次投放，自助下单很方便"],
                     ["Booking online was easy, took ten minutes", "Booking online was easy and prices are clear",
                      "First time advertising and booking online was easy"]),
    "rep_helpful": (["销售很专业，帮我们选了合适的楼", "对接的销售很专业，方案讲得很清楚", "销售很专业，响应也快"],
                    ["Our rep was really helpful picking buildings", "The rep was really helpful and quick to reply",
                     "rep was really helpful with the creative specs"]),
    "report_clear": (["播放报告很清楚，有照片有数据", "结案报告很清楚，老板很满意", "报告很清楚，一目了然"],
                     ["The proof of play report was clear with photos", "Report was clear and easy to share",
                      "The report was clear, thanks"]),
}
GENERIC = {"pos": (["整体还不错", "合作愉快，下次还找你们", "服务挺好的", "挺满意的"],
                   ["Overall pretty good", "Happy with it, will use again", "Service was good", "Quite satisfied"]),
           "neu": (["还行吧，效果一般", "没什么特别的", "先观望一下", "中规中矩"],
                   ["It was ok", "Nothing special", "Still deciding", "Average, I guess"]),
           "neg": (["体验不太好", "有点失望", "沟通效率太低了", "不太会再投了"],
                   ["Not a great experience", "A bit disappointed", "Communication was slow", "Probably won't book again"])}
FB_N = [0]


def fb(text, lang, ts, cid, tp, channel, topics, sentiment, rating=None, nps=None, **kw):
    fid = f"FB{nxt(FB_N):05d}"
    row = dict(feedback_id=fid, text=text, ts=ts, customer_id=cid, touchpoint_id=tp or None, channel=channel,
               rating=rating, nps=nps, language=lang)
    row.update(kw)
    FEEDBACK.append(row)
    TRUTH.append(dict(feedback_id=fid, topics="|".join(topics), sentiment=sentiment))


def say(topic, lang):
    return pick(TEXTS[topic][0 if lang == "zh" else 1])


def afb(a, topic, ts, channel, rating=None, nps=None, second=None, tp=None, **kw):
    """feedback by an advertiser on one topic (optionally a second, positive one mixed in)."""
    text = say(topic, a.lang)
    if channel == "ticket" and rating is None and u() < .65:     # CSAT asked when the ticket is closed
        rating = stars(2.1 if SENT[topic] == "negative" else 4.5)
    topics = [topic]
    sent = SENT[topic]
    if second:
        t2 = say(second, a.lang)
        text = (t2 + "，但" + text) if a.lang == "zh" else (t2 + ", but " + text[0].lower() + text[1:])
        topics.append(second)
        sent = "negative" if SENT[topic] == "negative" else sent
    fb(text, a.lang, ts, a.id, tp if tp is not None else TP_OF[topic], channel, topics, sent, rating, nps,
       business_name=a.name, city=CITIES[a.city][0], 城市=CITIES[a.city][1], industry=a.industry,
       行业=IND[a.industry][1], **kw)


def gfb(a, g, ts, channel, rating=None, nps=None, tp=None):
    fb(pick(GENERIC[g][0 if a.lang == "zh" else 1]), a.lang, ts, a.id, tp, channel, [],
       {"pos": "positive", "neu": "neutral", "neg": "negative"}[g], rating, nps, business_name=a.name,
       city=CITIES[a.city][0], 城市=CITIES[a.city][1], industry=a.industry, 行业=IND[a.industry][1])


def im_channel(a):
    return "wechat" if a.lang == "zh" else "email"


def stars(mu):
    return int(np.clip(round(rng.normal(mu, .95)), 1, 5))


def adv_feedback(a):
    evs = [e for e in EVENTS_BY.get(a.id, [])]
    calls = [e for e in evs if e["touchpoint_id"] == "tp_sales_call"]
    if calls and calls[-1]["action"] == "not_interested" and u() < .3:
        afb(a, pick(["too_many_calls", "price_high"], [.6, .4]), calls[-1]["ts"] + D(minutes=int(rng.integers(3, 40))),
            "call_note", tp="tp_sales_call")
    if getattr(a, "lost_at", None) == "quote" and u() < .35:
        q = [e for e in evs if e["touchpoint_id"] == "tp_quote"][-1]
        afb(a, "price_high", work_time(q["ts"] + D(days=float(rng.uniform(2, 12)))),
            "call_note" if a.lead_type == "sales_led" else "email")
    if getattr(a, "lost_at", None) == "plan" and u() < .3:
        p = [e for e in evs if e["touchpoint_id"] == "tp_audience_select"][-1]
        afb(a, "no_buildings", p["ts"] + D(hours=float(rng.uniform(1, 60))),
            "call_note" if a.lead_type == "sales_led" else "ticket")
    if a.campaigns and a.lead_type == "sales_led" and not a.legacy and u() < .10:
        afb(a, "rep_helpful", work_time(a.campaigns[0]["book"] + D(days=float(rng.uniform(0, 4)))), "call_note")
    for c in a.campaigns:
        if c["pay_fail"] and u() < .4:
            afb(a, "payment_fail", c["book"] + D(minutes=int(rng.integers(10, 300))), pick(["ticket", im_channel(a)]))
        if a.lead_type == "self_serve" and not c["rebook"] and not c["pay_fail"] and u() < .06:
            afb(a, "easy_booking", c["book"] + D(minutes=int(rng.integers(5, 120))), "ticket" if u() < .2 else
                im_channel(a))
        if c["upload_fail"] and u() < .35:
            afb(a, "upload_fail", c["book"] + D(days=float(rng.uniform(.1, 3))), "ticket")
        if c["rejects"]:
            rv = [e for e in evs if e.get("booking_id") == c["id"] and e["touchpoint_id"] == "tp_compliance_review"]
            t_rej = rv[0]["ts"]
            p = (.75 if c.get("ai_reject") else .22) * (1 + .3 * (c["rejects"] >= 2))
            if u() < p:
                afb(a, "review_reject", t_rej + D(hours=float(rng.uniform(.5, 30))), pick(["ticket", im_channel(a)]))
            elif max(c["review_hours"]) > 48 and u() < .4:
                afb(a, "review_slow", t_rej + D(hours=float(rng.uniform(2, 30))), pick(["ticket", im_channel(a)]))
        elif c["review_hours"] and max(c["review_hours"]) > 48 and u() < .3:
            afb(a, "review_slow", c["book"] + D(days=float(rng.uniform(2, 5))), pick(["ticket", im_channel(a)]))
        if c.get("start") and c.get("bad") and u() < .3:
            afb(a, "screen_off", any_time(c["start"] + D(days=float(rng.uniform(1, 6)))), pick(["ticket", im_channel(a)]))
        elif c.get("start") and c.get("start") < END and u() < .008:
            afb(a, "screen_off", any_time(c["start"] + D(days=float(rng.uniform(1, 6)))), pick(["ticket", im_channel(a)]))
        if c.get("report"):
            tr = c["report"]
            bad = c["delivery"] < .9
            if bad and u() < .5:
                afb(a, "plays_mismatch", tr + D(hours=float(rng.uniform(3, 90))), pick(["ticket", im_channel(a)]))
                bad_done = True
            else:
                bad_done = False
            if c.get("invoice_days", 0) > 12 and u() < .35:
                afb(a, "invoice_slow", work_time(tr + D(days=float(rng.uniform(8, 16)))), im_channel(a))
            # post-campaign survey, sent with the report
            if u() < .32:
                ts = tr + D(hours=float(rng.uniform(2, 72)))
                mu = 4.2 - (2.0 if bad else 0) - .5 * c["rejects"] - (.4 if c["delay"] > 4 else 0)
                r = stars(mu)
                if bad and not bad_done and u() < .7:
                    sec = "more_footfall" if u() < .2 else None
                    afb(a, "plays_mismatch", ts, "post_campaign_survey", rating=min(r, 3) if sec else min(r, 2),
                        second=sec)
                elif c.get("ai_reject") and u() < .45:
                    afb(a, "review_reject", ts, "post_campaign_survey", rating=min(r, 3))
                elif c.get("invoice_days", 0) > 12 and u() < .3:
                    afb(a, "invoice_slow", ts, "post_campaign_survey", rating=min(max(r, 3), 4),
                        second="more_footfall" if u() < .4 else None)
                elif r >= 4 and u() < .45:
                    afb(a, pick(["more_footfall", "report_clear"], [.6, .4]), ts, "post_campaign_survey", rating=r)
                else:
                    gfb(a, "pos" if r >= 4 else ("neu" if r == 3 else "neg"), ts, "post_campaign_survey", rating=r)
        if c.get("decline") == "price" and u() < .3:
            dt = [e for e in evs if e["touchpoint_id"] == "tp_rebooking" and e.get("previous_booking_id") == c["id"]]
            if dt:
                afb(a, "price_high", dt[0]["ts"] + D(minutes=10), "call_note", tp="tp_rebooking")
    # undated account-review notes imported from the old CRM spreadsheet
    done = [c for c in a.campaigns if c.get("report")]
    if done and u() < .09:
        c = done[-1]
        if c["delivery"] < .9:
            afb(a, "plays_mismatch", None, "account_review")
        else:
            topic = pick(["more_footfall", "price_high", "report_clear", None], [.35, .25, .15, .25])
            if topic:
                afb(a, topic, None, "account_review")
            else:
                gfb(a, pick(["pos", "neu", "neg"], [.4, .4, .2]), None, "account_review")


def nps_surveys():
    """quarterly relationship survey to advertisers with a campaign that ended in the last 180 days."""
    for qd in [datetime(2025, 3, 25), datetime(2025, 6, 24), datetime(2025, 9, 23), datetime(2025, 12, 16),
               datetime(2026, 3, 24), datetime(2026, 6, 16)]:
        for a in ADVS:
            recent = [c for c in a.campaigns if c.get("report") and qd - D(days=180) <= c["report"] <= qd]
            if not recent or u() > .38:
                continue
            c = recent[-1]
            ts = any_time(qd + D(days=int(rng.integers(0, 8))), 8, 22)
            bad = c["delivery"] < .9
            if bad:
                nps = int(rng.integers(0, 6))
            elif c.get("ai_reject"):
                nps = int(rng.integers(2, 8))
            else:
                nps = int(pick(list(range(11)), [1, 1, 1, 2, 2, 5, 7, 13, 18, 26, 24]))
            if u() < .45:     # score only, no comment
                fb("", a.lang, ts, a.id, None, "nps_survey", [], "neutral", None, nps, business_name=a.name,
                   city=CITIES[a.city][0], 城市=CITIES[a.city][1], industry=a.industry, 行业=IND[a.industry][1])
                FEEDBACK[-1]["text"] = "（未填写）" if a.lang == "zh" else "(no comment)"
                continue
            if bad and u() < .6:
                afb(a, "plays_mismatch", ts, "nps_survey", nps=nps)
            elif nps >= 9 and u() < .4:
                afb(a, "more_footfall", ts, "nps_survey", nps=nps)
            else:
                gfb(a, "pos" if nps >= 9 else ("neu" if nps >= 7 else "neg"), ts, "nps_survey", nps=nps)


def expo_cards():
    """comment cards from local merchant expos: no date, no customer."""
    for city, n in [("SH", 40), ("GZ", 30), ("SG", 25), ("SYD", 25)]:
        lang = CITIES[city][3]
        for _ in range(n):
            topic = pick(["no_buildings", "price_high", "easy_booking", None], [.25, .3, .15, .3])
            if topic:
                fb(say(topic, lang), lang, None, None, TP_OF[topic] if topic != "easy_booking" else "tp_site_signup",
                   "expo_card", [topic], SENT[topic], city=CITIES[city][0], 城市=CITIES[city][1])
            else:
                g = pick(["pos", "neu"], [.5, .5])
                fb(pick(GENERIC[g][0 if lang == "zh" else 1]), lang, None, None, None, "expo_card", [],
                   {"pos": "positive", "neu": "neutral"}[g], city=CITIES[city][0], 城市=CITIES[city][1])


EVENTS_BY: dict[str, list] = {}


# ---------------------------------------------------------------- customers
def segment(a):
    done = [c for c in a.campaigns if not c["cancelled"]]
    if not done:
        if a.campaigns or a.legacy:
            return "lapsed" if a.legacy else "lost_lead"
        return "prospect" if a.lead_ts > END - D(days=90) else "lost_lead"
    last = max((c.get("end") or c["book"]) for c in done)
    if last < END - D(days=240):
        return "lapsed"
    if last < END - D(days=120):
        return "at_risk"
    if a.paid_cny >= 60000:
        return "vip"
    if len(done) + (1 if a.legacy else 0) >= 2:
        return "returning"
    return "new"


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    # advertisers already on the network before 2025: their next campaign is booked early in 2025
    for _ in range(230):
        a = new_adv(datetime(2024, 1, 1) + D(days=float(rng.uniform(0, 350))), legacy=True)
        a.plan = make_plan(a)
        disc = .1 if a.lead_type == "sales_led" else 0
        local, cny = price(a, a.plan, disc)
        a.quote = dict(id=None, disc=disc, local=local, cny=cny)
        t = any_time(START + D(days=float(rng.uniform(0, 170))), 9, 18)
        qid = f"Q{nxt(Q_N):06d}"
        ev(a, t - D(hours=3), "tp_quote", "issued", quote_id=qid, quote_amount_local=local,
           currency=CITIES[a.city][4], quote_amount_cny=cny, discount_pct=disc, weeks=a.plan["weeks"],
           screens=a.plan["screens"], quote_kind="renewal", **base_tail(a))
        a.quote["id"] = qid
        run_adv(a, t)
    # new leads over the period, growing ~1.5 % a month, fewer around Chinese New Year
    day = START
    while day <= END - D(days=1):
        mi = (day.year - 2025) * 12 + day.month - 1
        lam = 8.0 * (1.035 ** mi) * (.55 if (day.month == 2 and day.day < 20) else 1) * (.6 if day.weekday() >= 5 else 1)
        for _ in range(int(rng.poisson(lam))):
            a = new_adv(work_time(day, 8, 21) if day.weekday() < 5 else any_time(day, 9, 21))
            if a.lead_type == "self_serve":
                a.lead_ts = any_time(day, 7, 23)
            t_book = acquire(a)
            if t_book is not None and t_book <= END:
                run_adv(a, t_book)
        day += D(days=1)
    for r in EVENTS:
        EVENTS_BY.setdefault(r["customer_id"], []).append(r)
    for o in ORDERS:
        if o["status"] == "paid":
            ADV_BY[o["customer_id"]].paid_cny += o["amount"]
    for a in ADVS:
        adv_feedback(a)
    nps_surveys()
    expo_cards()
    EVENTS[:] = [r for r in EVENTS if START <= r["ts"] <= END]
    ORDERS[:] = [o for o in ORDERS if START <= o["ts"] <= END]
    keep = [f for f in FEEDBACK if f["ts"] is None or START <= f["ts"] <= END]
    kept = {f["feedback_id"] for f in keep}
    FEEDBACK[:] = keep
    TRUTH[:] = [t for t in TRUTH if t["feedback_id"] in kept]
    for a in ADVS:
        done = [c for c in a.campaigns if not c["cancelled"]]
        CUSTOMERS.append(dict(
            customer_id=a.id, signup_at=a.lead_ts, segment=segment(a), region=a.market, acquisition_channel=a.source,
            tier="chain" if a.stores > 1 else "single_store", business_name=a.name, industry=a.industry,
            行业=IND[a.industry][1], city=CITIES[a.city][0], 城市=CITIES[a.city][1], district=a.district,
            lead_type=a.lead_type, 线索类型={"sales_led": "销售线索", "self_serve": "自助注册"}[a.lead_type],
            获客渠道=SRC_ZH[a.source], 门店类型="连锁" if a.stores > 1 else "单店", stores=a.stores,
            payment_terms=a.terms, sales_rep=a.rep, preferred_language=a.lang,
            first_booking_at=min((c["book"] for c in a.campaigns), default=None),
            campaigns_aired=len([c for c in done if c.get("start") and c["start"] <= END]),
            customer_since=a.lead_ts.year if a.legacy else None))
    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    ORDERS.sort(key=lambda r: (r["ts"], r["order_id"]))
    # the booking system re-sent a few payment webhooks: exact duplicate rows
    dups = [dict(r) for r in EVENTS if r["touchpoint_id"] == "tp_payment" and u() < .02]
    EVENTS.extend(dups)
    EVENTS.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k + 1, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for k, tp in enumerate(j[4])])
    write(out / "customers.csv", CUSTOMERS, ["customer_id", "signup_at", "segment", "region", "acquisition_channel",
                                             "tier"])
    write(out / "events.csv", EVENTS, ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                       "device", "channel"])
    write(out / "orders.csv", ORDERS, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"])
    write(out / "feedback.csv", FEEDBACK, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel",
                                           "rating", "nps"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", TRUTH)
    print(f"advertisers {len(ADVS)}, events {len(EVENTS)} ({len(dups)} duplicates), orders {len(ORDERS)}, "
          f"feedback {len(FEEDBACK)}")


def fmt(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if v is None:
        return ""
    return v


def write(path, rows, first=None):
    cols = list(first or [])
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: fmt(r.get(k)) for k in cols})


if __name__ == "__main__":
    main()
