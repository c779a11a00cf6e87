"""临江竞技 Linjiang Athletic FC: a professional football club's fan and ticketing journey (synthetic, written blind).

Fans see the club's social ads (抖音, 微博, 微信朋友圈, 小红书), visit the app, the WeChat mini-program or the website
(fixtures, news), open a fan account with real-name verification (注册实名: Chinese ID card, passport for foreign fans),
pick seats (选座) and pay (购票支付) for home matches at 临江体育中心 Linjiang Sports Centre, get their QR code / face
scanned at the gates (入场验票), buy food and drink in the stadium (场内餐饮: kiosks, and app order-ahead from June 2025)
and merchandise (球迷商店: online shop and the stadium megastore), join or upgrade a paid membership tier (会员: silver
银卡, gold 金卡; season-ticket holders are diamond 钻石), renew or buy season tickets (季票, renewal windows Jan-Feb 2025
and Dec 2025-Feb 2026, after a reminder), ask for ticket refunds (退票), resell seats they cannot use on the official
resale market (官方转售) and contact fan services with complaints (球迷服务投诉).

Data 2025-01-01 .. 2026-07-31 (extract taken in early August 2026). Times are naive Beijing time. Money in CNY.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260802), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260802
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 7, 31, 23, 59, 59)
ORDER_AHEAD = datetime(2025, 6, 1)          # app order-ahead for food launched
FACE_GATES = (datetime(2026, 4, 1), datetime(2026, 5, 1))   # new face-recognition gates N/E stands, untuned
SALE_CRASH = (datetime(2025, 8, 1), datetime(2025, 9, 1))   # ticketing system overloaded (derby on-sale)
KIT_2025, KIT_2026 = datetime(2025, 2, 22), datetime(2026, 2, 20)
N_NEW = 10000
N_LEGACY_FANS = 2800
N_LEGACY_HOLDERS = 1200

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_social_ad", "社媒广告", "Social media ad", "awareness", "ads", "digital", "marketing",
     "广告|投放|抖音广告|朋友圈广告|微博广告|ad|ads|ad click|social ad|campaign"),
    ("tp_visit", "App/官网访问", "App & website visit", "awareness", "app", "digital", "digital",
     "访问|打开App|看赛程|官网|小程序|visit|app visit|website|fixtures page|browse"),
    ("tp_register", "注册实名", "Fan account sign-up", "consideration", "app", "digital", "crm",
     "注册|实名认证|开户|球迷账号|sign-up|signup|registration|real-name check|ID verification|account"),
    ("tp_seat_select", "选座", "Seat selection", "consideration", "app", "digital", "ticketing",
     "选座位|挑座|座位图|seat map|seat selection|pick seats|choose seats"),
    ("tp_ticket_purchase", "购票支付", "Ticket checkout", "purchase", "app", "digital", "ticketing",
     "买票|购票|下单|支付|付款|抢票|checkout|ticket purchase|payment|buy tickets"),
    ("tp_renewal_notice", "季票续订提醒", "Season ticket renewal reminder", "loyalty", "email", "digital",
     "ticketing", "续订提醒|续季票通知|renewal reminder|renewal email|renewal notice"),
    ("tp_season_renewal", "季票购买续订", "Season ticket renewal", "loyalty", "app", "digital", "ticketing",
     "续季票|续订|季票|年票|买季票|season ticket|renewal|renew|season pass"),
    ("tp_membership", "会员开通升级", "Membership join / upgrade", "loyalty", "app", "digital", "crm",
     "会员|开会员|升级会员|银卡|金卡|积分|membership|member|tier upgrade|join membership"),
    ("tp_entry_scan", "入场验票", "Stadium entry scan", "service", "other", "physical", "stadium_ops",
     "入场|检票|验票|闸机|进场|人脸识别|安检口|entry|gate|turnstile|entry scan|ticket scan|admission"),
    ("tp_concession", "场内餐饮", "In-stadium food & drink", "service", "store", "physical", "catering",
     "餐饮|小吃|买吃的|啤酒|热狗|food|drinks|concessions|catering|kiosk|order-ahead"),
    ("tp_merch", "球迷商店", "Club shop", "purchase", "store", "physical", "retail",
     "周边|商店|球衣|官方商城|megastore|club shop|merch|merchandise|online shop|kit"),
    ("tp_refund", "退票", "Ticket refund", "service", "app", "digital", "ticketing",
     "退票|退款|申请退票|refund|ticket refund|cancel ticket"),
    ("tp_resale", "官方转售", "Official ticket resale", "service", "app", "digital", "ticketing",
     "转售|转让|挂票|二手票|resale|ticket exchange|resell|list my seat"),
    ("tp_complaint", "球迷服务投诉", "Fan services & complaints", "service", "phone", "digital", "fan_services",
     "投诉|客服|工单|热线|complaint|fan services|support|helpline|ticket to support"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("new_fan", "新球迷转化", "New fan conversion",
     ["tp_social_ad", "tp_visit", "tp_register", "tp_ticket_purchase"], 30),
    ("ticket_checkout", "选座购票", "Seat selection to checkout", ["tp_seat_select", "tp_ticket_purchase"], 1),
    ("match_ticket", "购票到入场", "Visit to stadium entry",
     ["tp_visit", "tp_seat_select", "tp_ticket_purchase", "tp_entry_scan"], 30),
    ("season_renewal", "季票续订", "Season ticket renewal", ["tp_renewal_notice", "tp_season_renewal"], 60),
    ("matchday", "比赛日消费", "Matchday spend", ["tp_entry_scan", "tp_concession"], 1),
]

OPP = {  # en: zh
    "Beigang Mariners": "北港海员", "Nanling Tigers": "南岭猛虎", "Yunling Eagles": "云岭飞鹰",
    "Haicheng Blue Whales": "海城蓝鲸", "Longcheng FC": "龙城FC", "Jinsha Rangers": "金沙游骑兵",
    "Donghai Stars": "东海之星", "Xueyu Snow Leopards": "雪域雪豹", "Qingyuan Knights": "青原骑士",
    "Xichuan Pandas": "西川熊猫", "Shazhou City": "沙洲城", "Jiangbei United": "江北联",
    "Songjiang Wanderers": "松江流浪者", "Baita Athletic": "白塔竞技", "Hongshan Miners": "红山矿工",
    "Fengcheng Phoenix": "凤城凤凰",
}
MATCHES = [  # id, kickoff, opponent, competition
    ("M25-01", "2025-03-08 19:35", "Beigang Mariners", "league"),
    ("M25-02", "2025-03-22 19:35", "Nanling Tigers", "league"),
    ("M25-03", "2025-04-12 19:35", "Yunling Eagles", "league"),
    ("M25-04", "2025-04-26 19:35", "Haicheng Blue Whales", "league"),
    ("M25-05", "2025-05-10 19:35", "Longcheng FC", "league"),
    ("M25-06", "2025-05-21 19:00", "Jinsha Rangers", "cup"),
    ("M25-07", "2025-05-31 19:35", "Donghai Stars", "league"),
    ("M25-08", "2025-06-07 19:35", "Xueyu Snow Leopards", "league"),
    ("M25-09", "2025-06-21 19:35", "Qingyuan Knights", "league"),
    ("M25-10", "2025-07-16 19:00", "Xichuan Pandas", "league"),      # postponed from 2025-07-12 (rainstorm)
    ("M25-11", "2025-07-30 19:00", "Shazhou City", "cup"),
    ("M25-12", "2025-08-23 19:35", "Jiangbei United", "league"),     # derby
    ("M25-13", "2025-09-13 19:35", "Songjiang Wanderers", "league"),
    ("M25-14", "2025-09-27 19:35", "Baita Athletic", "league"),
    ("M25-15", "2025-10-18 19:35", "Hongshan Miners", "league"),
    ("M25-16", "2025-11-01 19:35", "Fengcheng Phoenix", "league"),
    ("M26-01", "2026-03-07 19:35", "Nanling Tigers", "league"),
    ("M26-02", "2026-03-21 19:35", "Donghai Stars", "league"),
    ("M26-03", "2026-04-04 19:35", "Haicheng Blue Whales", "league"),
    ("M26-04", "2026-04-18 19:35", "Xichuan Pandas", "league"),
    ("M26-05", "2026-05-02 19:35", "Longcheng FC", "league"),
    ("M26-06", "2026-05-20 19:00", "Baita Athletic", "cup"),
    ("M26-07", "2026-05-30 19:35", "Jiangbei United", "league"),     # derby
    ("M26-08", "2026-06-20 19:35", "Yunling Eagles", "league"),
    ("M26-09", "2026-07-11 19:35", "Qingyuan Knights", "league"),
    ("M26-10", "2026-07-25 19:35", "Songjiang Wanderers", "league"),
]
POSTPONED = "M25-10"
POSTPONED_FROM = datetime(2025, 7, 12, 19, 35)
POSTPONE_NOTICE = datetime(2025, 7, 11, 16, 0)
DERBIES = {"M25-12", "M26-07"}
COMP_ZH = {"league": "中超联赛", "cup": "足协杯"}
STANDS = ["north", "south", "east", "west"]
STAND_ZH = {"north": "北看台", "south": "南看台(家庭区)", "east": "东看台", "west": "西看台(主看台)"}
GATES = {"north": ["N1", "N2", "N3", "N4"], "south": ["S1", "S2", "S3"], "east": ["E1", "E2", "E3"],
         "west": ["W1", "W2"]}
PRICE = {"north": 120, "south": 150, "east": 220, "west": 380}           # single-match face value
ST_PRICE = {2025: {"north": 1280, "south": 1480, "east": 1880, "west": 2880},
            2026: {"north": 1480, "south": 1680, "east": 2580, "west": 3280}}  # east +37 %, others +14..16 %
FAIL_ZH = {"system_timeout": "系统超时", "payment_declined": "支付被拒", "seat_taken": "座位已被抢",
           "id_mismatch": "证件信息不符", "passport_not_supported": "护照无法核验", "sms_timeout": "验证码超时",
           "insufficient_balance": "余额不足"}
REJECT_ZH = {"face_mismatch": "人脸识别失败", "qr_invalid": "二维码无效", "already_used": "重复入场",
             "wrong_gate": "走错入口", "id_mismatch": "证件与票不符"}
REFUND_ZH = {"cannot_attend": "无法到场", "postponed": "比赛延期", "wrong_seat": "买错座位",
             "duplicate_purchase": "重复购买", "illness": "生病"}
COMPLAINT_ZH = {"entry": "入场", "refund": "退款", "ticketing": "购票", "account": "账户实名", "resale": "转售",
                "food": "餐饮", "merchandise": "商品", "membership": "会员权益"}
FOOD_ZH = {"hot_food": "热食", "snacks": "小吃", "drinks": "饮料", "beer": "啤酒"}
MERCH = {  # category: (zh, price choices)
    "jersey": ("球衣", [399, 459]), "scarf": ("围巾", [89]), "training_wear": ("训练服", [259, 299]),
    "cap": ("帽子", [129]), "souvenir": ("纪念品", [39, 59, 79]), "kids": ("儿童装", [199, 259]),
}
TIER_ZH = {"basic": "普通会员", "silver": "银卡", "gold": "金卡", "diamond": "钻石(季票)"}
MEMBER_PRICE = {"silver": 199, "gold": 599}
ACQ = {  # channel: (zh, share among new fans, ad platform or None, P(register), P(first ticket | registered))
    "douyin_ads": ("抖音广告", 0.24, "douyin", 0.18, 0.30),
    "wechat_ads": ("朋友圈广告", 0.14, "wechat_moments", 0.42, 0.62),
    "weibo_ads": ("微博广告", 0.10, "weibo", 0.36, 0.58),
    "xiaohongshu_ads": ("小红书广告", 0.08, "xiaohongshu", 0.38, 0.60),
    "organic": ("自然流量", 0.22, None, 0.45, 0.62),
    "friend_referral": ("球迷推荐", 0.10, None, 0.62, 0.70),
    "campus_event": ("校园活动", 0.05, None, 0.50, 0.55),
    "expat_community": ("外籍球迷社群", 0.08, None, 0.62, 0.72),
}
PLATFORM_ZH = {"douyin": "抖音", "wechat_moments": "微信朋友圈", "weibo": "微博", "xiaohongshu": "小红书"}
REGION_ZH = {"local": "本市", "in_province": "省内", "out_of_province": "外省", "overseas": "海外"}

# ------------------------------------------------------------------ helpers
EV, ORD, FB, CUST = [], [], [], []
_eid = [0]
_oid = [0]
_sid = [0]
_cid = [0]
_tk = [0]


def fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rchoice(xs, p=None):
    if p is None:
        return xs[int(rng.integers(len(xs)))]
    r, acc = rng.random() * sum(p), 0.0
    for x, q in zip(xs, p):
        acc += q
        if r < acc:
            return x
    return xs[-1]


def u(a=0.0, b=1.0):
    return float(rng.uniform(a, b))


def coin(p):
    return rng.random() < p


def session():
    _sid[0] += 1
    return f"S{_sid[0]:07d}"


def ev(c, ts, tp, action, **kw):
    if ts > END or ts < START:
        return None
    _eid[0] += 1
    row = dict(event_id=f"E{_eid[0]:07d}", customer_id=c["customer_id"], ts=fmt(ts), touchpoint_id=tp,
               action=action, **kw)
    EV.append(row)
    return row


def order(c, ts, amount, order_type, status="paid", **kw):
    if ts > END or ts < START:
        return None
    _oid[0] += 1
    zh = {"match_ticket": "单场票", "season_ticket": "季票", "membership": "会员费", "merchandise": "周边商品",
          "food_beverage": "场内餐饮"}[order_type]
    row = dict(order_id=f"O{_oid[0]:07d}", customer_id=c["customer_id"], ts=fmt(ts), amount=round(amount, 2),
               status=status, order_type=order_type, 订单类型=zh, **kw)
    ORD.append(row)
    return row


def digital(c):
    """channel and device of a digital interaction by this fan."""
    ch = c["platform"] if not coin(0.15) else rchoice(["app", "mini_program", "web"])
    if ch == "web":
        dev = rchoice(["pc", "ios", "android"], [0.55, 0.2, 0.25])
    else:
        dev = c["phone"]
    return dict(channel=ch, device=dev)


def match_fields(m):
    return dict(match_id=m["id"], opponent=m["opp"], 对手=OPP[m["opp"]], competition=m["comp"],
                赛事=COMP_ZH[m["comp"]])


def pay_method(c):
    if c["lang"] == "en":
        return rchoice(["intl_card", "wechat_pay", "alipay"], [0.5, 0.35, 0.15])
    return rchoice(["wechat_pay", "alipay", "bank_card"], [0.55, 0.33, 0.12])


def fb(c, ts, channel, topic, sentiment, tp=None, rating=None, nps=None, lang=None, **kw):
    if ts is not None and (ts > END or ts < START):
        return
    FB.append(dict(cust=c, ts=ts, channel=channel, topic=topic, sentiment=sentiment, tp=tp, rating=rating, nps=nps,
                   lang=lang or (c["lang"] if c else rchoice(["zh", "en"], [0.85, 0.15])), kw=kw))


# ------------------------------------------------------------------ matches
M = []
for mid, ko, opp, comp in MATCHES:
    M.append(dict(id=mid, ko=datetime.strptime(ko, "%Y-%m-%d %H:%M"), opp=opp, comp=comp, season=int(ko[:4]),
                  derby=mid in DERBIES))
MBY = {m["id"]: m for m in M}


def demand(m):
    return 2.6 if m["derby"] else (0.55 if m["comp"] == "cup" else 1.0)


# ------------------------------------------------------------------ customers
def new_customer(kind, first_seen, acq, lang, signup=None):
    _cid[0] += 1
    c = dict(customer_id=f"F{_cid[0]:06d}", kind=kind, first_seen=first_seen, acq=acq, lang=lang,
             platform=rchoice(["app", "mini_program", "web"], [0.5, 0.32, 0.18]),
             phone=rchoice(["ios", "android"], [0.45, 0.55]), signup=signup, registered=signup is not None,
             tier="basic" if signup is not None else None, tier_paid_until=None, seasons=set(), stand=None,
             orders=0)
    if lang == "en":
        c["id_type"] = rchoice(["passport", "foreigner_permit"], [0.8, 0.2])
        c["region"] = rchoice(["local", "overseas"], [0.8, 0.2])
    else:
        c["id_type"] = "id_card" if not coin(0.015) else "hk_mo_tw_permit"
        c["region"] = rchoice(["local", "in_province", "out_of_province"], [0.68, 0.22, 0.10])
    c["gender"] = rchoice(["male", "female"], [0.72, 0.28])
    c["age_band"] = rchoice(["18-24", "25-34", "35-44", "45-54", "55+"], [0.22, 0.36, 0.22, 0.13, 0.07])
    CUST.append(c)
    return c


LEGACY_ACQ = ["organic", "friend_referral", "campus_event", "wechat_ads", "weibo_ads", "expat_community"]
holders24 = []
for i in range(N_LEGACY_HOLDERS):
    lang = "en" if coin(0.03) else "zh"
    acq = "expat_community" if lang == "en" else rchoice(LEGACY_ACQ[:5], [0.45, 0.3, 0.05, 0.1, 0.1])
    su = datetime(2016, 1, 1) + D(days=u(0, 8 * 365))
    c = new_customer("holder", su, acq, lang, signup=su)
    c["stand"] = rchoice(STANDS, [0.34, 0.22, 0.26, 0.18])
    c["tier"] = "diamond"
    c["seasons"].add(2024)
    holders24.append(c)
legacy = []
for i in range(N_LEGACY_FANS):
    lang = "en" if coin(0.06) else "zh"
    acq = "expat_community" if lang == "en" else rchoice(LEGACY_ACQ[:5], [0.4, 0.25, 0.08, 0.15, 0.12])
    su = datetime(2018, 1, 1) + D(days=u(0, 7 * 365 - 5))
    c = new_customer("fan", su, acq, lang, signup=su)
    c["tier"] = rchoice(["basic", "silver", "gold"], [0.62, 0.27, 0.11])
    c["appetite"] = float(rng.gamma(2.0, 0.045))          # chance to come to a given match
    legacy.append(c)

# new fans: first contact spread over the data, seasonal
days = np.arange((END.date() - START.date()).days + 1)
w = np.ones(len(days))
for k, d0 in enumerate(days):
    d = START + D(days=int(d0))
    if d.month in (12, 1):
        w[k] = 0.35
    elif d.month == 2:
        w[k] = 0.55
    for m in M:
        dd = (m["ko"].date() - d.date()).days
        if 0 <= dd <= 10:
            w[k] += 0.9 * demand(m) * (1 - dd / 12)
    if KIT_2026 <= d < KIT_2026 + D(days=20):
        w[k] += 0.8
w /= w.sum()
acq_names = list(ACQ)
acq_p = np.array([ACQ[a][1] for a in acq_names])
acq_p /= acq_p.sum()
newfans = []
for i in range(N_NEW):
    d0 = int(rng.choice(days, p=w))
    t0 = START + D(days=d0, seconds=int(rng.integers(8 * 3600, 23 * 3600 + 3000)))
    acq = rchoice(acq_names, acq_p)
    lang = "en" if acq == "expat_community" else ("en" if coin(0.01) else "zh")
    c = new_customer("new", t0, acq, lang)
    c["appetite"] = float(rng.gamma(1.6, 0.035))
    newfans.append(c)

# ------------------------------------------------------------------ journeys of a fan
STATE = {"attend": {}}   # (cust, match) -> attended


def next_matches(t, horizon=24):
    return [m for m in M if t < m["ko"] - D(hours=2) and (m["ko"] - t).days <= horizon]


def stand_for(c):
    if c.get("stand"):
        return c["stand"]
    return rchoice(STANDS, [0.38, 0.27, 0.22, 0.13])


def buy_ticket(c, m, t, first=False):
    """visit -> seat selection -> checkout attempts. Returns the paid order or None."""
    s = session()
    dg = digital(c)
    ev(c, t, "tp_visit", "view", session_id=s, page=rchoice(["fixtures", "match_page", "home"], [0.5, 0.35, 0.15]),
       **dg, **match_fields(m))
    st = stand_for(c)
    seats = int(rchoice([1, 2, 3, 4], [0.42, 0.38, 0.1, 0.1]))
    price = PRICE[st] * (1.5 if m["derby"] else 1.0) * (0.7 if m["comp"] == "cup" else 1.0)
    t1 = t + D(seconds=int(u(40, 400)))
    ev(c, t1, "tp_seat_select", "select", session_id=s, stand=st, 看台=STAND_ZH[st], seats=seats,
       ticket_price_cny=price, **dg, **match_fields(m))
    abandon = {"web": 0.52, "app": 0.17, "mini_program": 0.21}[dg["channel"]]
    if coin(abandon):
        return None
    t2 = t1 + D(seconds=int(u(60, 420)))
    pm = pay_method(c)
    for attempt in range(3):
        crash = SALE_CRASH[0] <= t2 < SALE_CRASH[1]
        p_fail = 0.30 if crash else 0.05
        if coin(p_fail):
            if crash and coin(0.88):
                reason = "system_timeout"
            else:
                reason = rchoice(["payment_declined", "seat_taken", "insufficient_balance", "system_timeout"],
                                 [0.4, 0.3, 0.2, 0.1])
            ev(c, t2, "tp_ticket_purchase", "failed", session_id=s, stand=st, 看台=STAND_ZH[st], seats=seats,
               payment_method=pm, fail_reason=reason, 失败原因=FAIL_ZH[reason], **dg, **match_fields(m))
            if crash and attempt == 0:
                if coin(0.06):
                    fb(c, t2 + D(minutes=int(u(5, 120))), "app_review", "crash", "negative", "tp_ticket_purchase",
                       rating=1, device=dg["device"])
                elif coin(0.05):
                    fb(c, t2 + D(minutes=int(u(5, 300))), "social", "crash", "negative", "tp_ticket_purchase")
            if not coin(0.62):
                if crash and coin(0.12):
                    complaint(c, t2 + D(minutes=int(u(10, 600))), "ticketing", m)
                return None
            t2 = t2 + D(seconds=int(u(40, 900)))
            continue
        amount = price * seats
        ev(c, t2, "tp_ticket_purchase", "success", session_id=s, stand=st, 看台=STAND_ZH[st], seats=seats,
           payment_method=pm, amount_cny=amount, **dg, **match_fields(m))
        o = order(c, t2, amount, "match_ticket", channel=dg["channel"], device=dg["device"], match_id=m["id"],
                  stand=st, 看台=STAND_ZH[st], seats=seats, sale_type="primary", season=m["season"],
                  payment_method=pm)
        c["orders"] += 1
        return o
    return None


def maybe_refund(c, m, o, t_buy):
    ko = m["ko"]
    if o is None:
        return False
    req = None
    if m["id"] == POSTPONED and t_buy < POSTPONE_NOTICE and coin(0.42):
        req = POSTPONE_NOTICE + D(hours=u(0.5, 96))
        reason = "postponed"
    elif coin(0.06):
        span = (ko - t_buy).total_seconds()
        req = t_buy + D(seconds=u(0.1, 0.98) * span)
        reason = rchoice(["cannot_attend", "wrong_seat", "duplicate_purchase", "illness"], [0.62, 0.14, 0.1, 0.14])
    if req is None or req > END:
        return False
    approved = reason == "postponed" or (ko - req) > D(hours=48)
    pm = o["payment_method"]
    dg = digital(c)
    if approved:
        days_ = {"wechat_pay": u(0.2, 2.2), "alipay": u(0.2, 2.5), "bank_card": u(3, 10),
                 "intl_card": u(9, 20)}[pm]
        days_ = round(days_, 1)
        ev(c, req, "tp_refund", "approved", refund_reason=reason, 退票原因=REFUND_ZH[reason], refund_days=days_,
           payment_method=pm, amount_cny=o["amount"], order_ref=o["order_id"], **dg, **match_fields(m))
        o["status"] = "refunded"
        o["refunded_at"] = fmt(req + D(days=days_))
        if days_ >= 7:
            if coin(0.35):
                complaint(c, req + D(days=u(5, days_)), "refund", m)
            if coin(0.12):
                fb(c, req + D(days=u(5, days_ + 2)), "social", "refund", "negative", "tp_refund")
        elif coin(0.03):
            fb(c, req + D(days=days_ + u(0, 2)), "app_review", "refund", "positive", "tp_refund",
               rating=int(rchoice([4, 5])), device=dg["device"])
        return True
    ev(c, req, "tp_refund", "rejected", refund_reason=reason, 退票原因=REFUND_ZH[reason],
       reject_reason="past_deadline", 拒绝原因="超过退票时限", payment_method=pm, order_ref=o["order_id"],
       **dg, **match_fields(m))
    if coin(0.3):
        complaint(c, req + D(hours=u(1, 30)), "refund", m)
    elif coin(0.08):
        fb(c, req + D(hours=u(1, 48)), "social", "refund", "negative", "tp_refund")
    return False


def attend(c, m, st, survey_p=0.07):
    if (c["customer_id"], m["id"]) in STATE["attend"]:
        return False        # a second ticket for the same match (a friend's seat): the fan is scanned once
    STATE["attend"][(c["customer_id"], m["id"])] = True
    ko = m["ko"]
    t = ko - D(minutes=int(u(10, 120)))
    gate = rchoice(GATES[st])
    face = FACE_GATES[0] <= ko < FACE_GATES[1] and st in ("north", "east")
    tuned_face = ko >= FACE_GATES[1] and st in ("north", "east")
    wait = float(rng.lognormal(np.log(7), 0.5))
    if face:
        wait *= 3.4
    p_rej = 0.26 if face else (0.035 if tuned_face else 0.025)
    bad = False
    if coin(p_rej):
        bad = True
        if face:
            reason = "face_mismatch" if coin(0.85) else "qr_invalid"
        elif tuned_face and coin(0.5):
            reason = "face_mismatch"
        else:
            reason = rchoice(["qr_invalid", "already_used", "wrong_gate", "id_mismatch"], [0.4, 0.2, 0.25, 0.15])
        ev(c, t, "tp_entry_scan", "rejected", gate=gate, scan_no=1, wait_minutes=round(wait, 1), stand=st,
           看台=STAND_ZH[st], reject_reason=reason, 拒绝原因=REJECT_ZH[reason], channel="other", **match_fields(m))
        t = t + D(minutes=int(u(3, 16)))
        ev(c, t, "tp_entry_scan", "admitted", gate=gate, scan_no=2, wait_minutes=round(u(2, 12), 1), stand=st,
           看台=STAND_ZH[st], channel="other", **match_fields(m))
    else:
        ev(c, t, "tp_entry_scan", "admitted", gate=gate, scan_no=1, wait_minutes=round(wait, 1), stand=st,
           看台=STAND_ZH[st], channel="other", **match_fields(m))
        if wait >= 20:
            bad = True
    if bad and coin(0.10):
        complaint(c, ko + D(minutes=int(u(30, 1500))), "entry", m)
    ate, cold = False, False
    p_food = 0.6 if c["kind"] == "holder" else 0.5
    if coin(p_food):
        ate = True
        for _ in range(1 if coin(0.7) else 2):
            tf = ko + D(minutes=int(rchoice([u(-40, 0), u(40, 62), u(62, 100)], [0.35, 0.5, 0.15])))
            app_share = 0.0 if tf < ORDER_AHEAD else (0.32 if tf.year == 2025 else 0.45)
            via_app = coin(app_share)
            cat = rchoice(list(FOOD_ZH), [0.32, 0.26, 0.27, 0.15])
            amt = round({"hot_food": u(28, 58), "snacks": u(15, 35), "drinks": u(10, 28), "beer": u(25, 60)}[cat]
                        * (1 + int(coin(0.3))), 0)
            wt = float(rng.lognormal(np.log(4 if via_app else 11), 0.45))
            kw = dict(channel="app", device=c["phone"]) if via_app else dict(channel="store")
            ev(c, tf, "tp_concession", "paid", item_category=cat, 品类=FOOD_ZH[cat], amount_cny=amt,
               wait_minutes=round(wt, 1), kiosk=f"{st[0].upper()}-K{int(rng.integers(1, 5))}", **kw,
               **match_fields(m))
            order(c, tf, amt, "food_beverage", channel=kw["channel"], device=kw.get("device", ""), match_id=m["id"],
                  stand=st, 看台=STAND_ZH[st], item_category=cat, 品类=FOOD_ZH[cat], season=m["season"],
                  payment_method=pay_method(c))
            if cat == "hot_food" and coin(0.10):
                cold = True
            if coin(0.003):
                complaint(c, tf + D(minutes=int(u(10, 600))), "food", m)
    if coin(0.05):
        shop(c, ko - D(minutes=int(u(20, 100))), store=True, m=m)
    # post-match survey
    if coin(survey_p):
        ts = ko + D(hours=u(14, 40))
        if bad and coin(0.75):
            fb(c, ts, "post_match_survey", "queue", "negative", "tp_entry_scan", rating=int(rchoice([1, 2], [0.6, 0.4])),
               match_id=m["id"])
        elif cold and coin(0.8):
            fb(c, ts, "post_match_survey", "cold_food", "negative", "tp_concession", rating=int(rchoice([2, 3])),
               match_id=m["id"])
        else:
            r = u()
            if r < 0.36:
                fb(c, ts, "post_match_survey", "atmosphere", "positive", None, rating=int(rchoice([4, 5], [0.3, 0.7])),
                   match_id=m["id"])
            elif r < 0.44:
                fb(c, ts, "post_match_survey", "parking", "negative", None, rating=int(rchoice([2, 3])),
                   match_id=m["id"])
            else:
                fb(c, ts, "post_match_survey", "generic", rchoice(["positive", "neutral"], [0.6, 0.4]), None,
                   rating=int(rchoice([3, 4, 5], [0.25, 0.45, 0.3])), match_id=m["id"])
    elif coin(0.006):
        fb(c, ko + D(hours=u(1, 30)), "social", "atmosphere", "positive", None)
    return True


def shop(c, t, store=False, m=None, kit=False):
    if store:
        kw = dict(channel="store")
    else:
        kw = digital(c)
    if not store:
        s = session()
        ev(c, t - D(minutes=int(u(2, 20))), "tp_merch", "view", session_id=s, **kw)
        if coin(0.45) and not kit:
            return
        kw["session_id"] = s
    cat = "jersey" if kit else rchoice(list(MERCH), [0.3, 0.18, 0.12, 0.12, 0.18, 0.1])
    zh, prices = MERCH[cat]
    amt = float(rchoice(prices)) + (40 if cat == "jersey" and t >= KIT_2026 else 0)
    amt *= 1 + int(coin(0.15))
    mf = match_fields(m) if m else {}
    ev(c, t, "tp_merch", "purchase", item_category=cat, 品类=zh, amount_cny=amt, **kw, **mf)
    order(c, t, amt, "merchandise", channel=kw["channel"], device=kw.get("device", ""), item_category=cat, 品类=zh,
          match_id=mf.get("match_id", ""), payment_method=pay_method(c),
          shop="megastore" if store else "online")
    c["orders"] += 1
    if cat == "jersey":
        if coin(0.012):
            complaint(c, t + D(days=u(2, 10)), "merchandise", None)
        if t >= KIT_2026 and t < KIT_2026 + D(days=45) and coin(0.06):
            fb(c, t + D(days=u(1, 8)), "social", "jersey", rchoice(["positive", "negative"], [0.65, 0.35]), "tp_merch")


def register(c, t):
    dg = digital(c)
    for attempt in range(3):
        if c["id_type"] in ("passport", "foreigner_permit"):
            p_fail = 0.38 if attempt == 0 else 0.3
        else:
            p_fail = 0.05 if attempt == 0 else 0.03
        if coin(p_fail):
            if c["id_type"] in ("passport", "foreigner_permit"):
                reason = rchoice(["passport_not_supported", "id_mismatch", "sms_timeout"], [0.85, 0.08, 0.07])
            else:
                reason = rchoice(["id_mismatch", "sms_timeout"], [0.5, 0.5])
            ev(c, t, "tp_register", "failed", id_type=c["id_type"], fail_reason=reason, 失败原因=FAIL_ZH[reason],
               **dg)
            if attempt == 0:
                if c["lang"] == "en" and coin(0.22):
                    fb(c, t + D(hours=u(0.2, 30)), "app_review", "realname", "negative", "tp_register",
                       rating=int(rchoice([1, 2], [0.7, 0.3])), device=dg["device"])
                elif coin(0.04):
                    fb(c, t + D(hours=u(0.2, 30)), "social", "realname", "negative", "tp_register")
            if not coin(0.78 if c["lang"] == "zh" else 0.55):
                if coin(0.2):
                    complaint(c, t + D(hours=u(0.5, 48)), "account", None)
                return None
            t = t + D(minutes=int(u(2, 60 * 30)))
            continue
        ev(c, t, "tp_register", "success", id_type=c["id_type"], **dg)
        c["registered"], c["signup"], c["tier"] = True, t, "basic"
        return t
    return None


def membership(c, t, action, tier):
    dg = digital(c)
    amt = MEMBER_PRICE[tier] if action != "upgrade" else MEMBER_PRICE["gold"] - MEMBER_PRICE["silver"]
    frm = c["tier"]
    ev(c, t, "tp_membership", action, tier_from=frm, tier_to=tier, 会员等级=TIER_ZH[tier], amount_cny=amt, **dg)
    order(c, t, amt, "membership", channel=dg["channel"], device=dg["device"], tier=tier, 会员等级=TIER_ZH[tier],
          payment_method=pay_method(c))
    c["tier"] = tier
    c["orders"] += 1
    if coin(0.03):
        complaint(c, t + D(days=u(3, 60)), "membership", None)


def complaint(c, t, cat, m):
    if t > END:
        return
    _tk[0] += 1
    tk = f"T{_tk[0]:06d}"
    base = {"entry": 14, "refund": 52, "ticketing": 20, "account": 26, "resale": 30, "food": 10,
            "merchandise": 40, "membership": 36}[cat]
    hours = round(float(rng.lognormal(np.log(base), 0.6)), 1)
    ch = rchoice(["phone", "app", "email"], [0.45, 0.4, 0.15]) if c["lang"] == "zh" else \
        rchoice(["email", "app"], [0.6, 0.4])
    kw = dict(channel=ch)
    if ch == "app":
        kw["device"] = c["phone"]
    mf = match_fields(m) if m else {}
    ev(c, t, "tp_complaint", "opened", ticket_no=tk, complaint_category=cat, 投诉类别=COMPLAINT_ZH[cat],
       resolution_hours=hours, **kw, **mf)
    about = {"entry": ("tp_entry_scan", "queue"), "refund": ("tp_refund", "refund"),
             "ticketing": ("tp_ticket_purchase", "crash"), "account": ("tp_register", "realname"),
             "resale": ("tp_resale", "resale"), "food": ("tp_concession", "cold_food"),
             "merchandise": ("tp_merch", "jersey"), "membership": ("tp_membership", "points")}[cat]
    fb(c, t, "ticket", about[1], "negative", about[0], ticket_no=tk, **({"match_id": m["id"]} if m else {}))
    if coin(0.45):
        r = 5 if hours < 12 else (4 if hours < 24 else (3 if hours < 48 else (2 if hours < 96 else 1)))
        r = int(min(5, max(1, r + int(rchoice([-1, 0, 0, 1])))))
        fb(c, t + D(hours=hours + u(1, 20)), "csat", "service", "positive" if r >= 4 else
           ("neutral" if r == 3 else "negative"), "tp_complaint", rating=r, ticket_no=tk)


# ------------------------------------------------------------------ season tickets
def renewal_window(year):
    if year == 2025:
        return datetime(2025, 1, 6, 10, 0), datetime(2025, 2, 20, 23, 59)
    return datetime(2025, 12, 8, 10, 0), datetime(2026, 2, 10, 23, 59)


def renew(c, year):
    """renewal reminder + renewal page for a holder of the previous season."""
    t0, t_end = renewal_window(year)
    t = t0 + D(minutes=int(u(0, 600)))
    ch = rchoice(["email", "sms", "app_push"], [0.4, 0.35, 0.25])
    ev(c, t, "tp_renewal_notice", "sent", notice_channel=ch, season=year, stand=c["stand"],
       看台=STAND_ZH[c["stand"]], channel="email" if ch == "email" else ("other" if ch == "sms" else "app"))
    if year == 2025:
        p = 0.86
    else:
        p = 0.50 if c["stand"] == "east" else 0.78
    renews = coin(p)
    dg = digital(c)
    if renews or coin(0.55):
        tv = t + D(days=u(0.05, 40 if renews else 50))
        tv = min(tv, t_end - D(hours=2))
        ev(c, tv, "tp_season_renewal", "view", season=year, stand=c["stand"], 看台=STAND_ZH[c["stand"]],
           season_price_cny=ST_PRICE[year][c["stand"]], **dg)
        if year == 2026 and coin(0.14 if c["stand"] == "east" else 0.05):
            if coin(0.8):
                fb(c, tv + D(hours=u(0.5, 60)), "social", "price", "negative", "tp_season_renewal")
            else:
                fb(c, tv + D(hours=u(0.5, 60)), "app_review", "price", "negative", "tp_season_renewal",
                   rating=int(rchoice([1, 2])), device=dg["device"])
        if renews:
            tr = tv + D(minutes=int(u(2, 30)))
            pm = pay_method(c)
            if coin(0.06):
                ev(c, tr, "tp_season_renewal", "failed", season=year, stand=c["stand"], 看台=STAND_ZH[c["stand"]],
                   fail_reason="payment_declined", 失败原因=FAIL_ZH["payment_declined"], payment_method=pm, **dg)
                tr = tr + D(hours=u(0.1, 40))
            amt = ST_PRICE[year][c["stand"]]
            ev(c, tr, "tp_season_renewal", "renewed", season=year, stand=c["stand"], 看台=STAND_ZH[c["stand"]],
               season_price_cny=amt, payment_method=pm, amount_cny=amt, **dg)
            order(c, tr, amt, "season_ticket", channel=dg["channel"], device=dg["device"], stand=c["stand"],
                  看台=STAND_ZH[c["stand"]], season=year, sale_type="renewal", payment_method=pm)
            c["seasons"].add(year)
            c["orders"] += 1
            return True
    return False


def new_season_ticket(c, year):
    t0, t_end = renewal_window(year)
    t = t0 + D(days=u(3, (t_end - t0).days - 1))
    if t < c["signup"]:
        return False
    c["stand"] = rchoice(STANDS, [0.4, 0.26, 0.18, 0.16])
    dg = digital(c)
    ev(c, t, "tp_season_renewal", "view", season=year, stand=c["stand"], 看台=STAND_ZH[c["stand"]],
       season_price_cny=ST_PRICE[year][c["stand"]], **dg)
    amt = ST_PRICE[year][c["stand"]]
    pm = pay_method(c)
    t2 = t + D(minutes=int(u(2, 25)))
    ev(c, t2, "tp_season_renewal", "new_purchase", season=year, stand=c["stand"], 看台=STAND_ZH[c["stand"]],
       season_price_cny=amt, payment_method=pm, amount_cny=amt, **dg)
    order(c, t2, amt, "season_ticket", channel=dg["channel"], device=dg["device"], stand=c["stand"],
          看台=STAND_ZH[c["stand"]], season=year, sale_type="new", payment_method=pm)
    c["seasons"].add(year)
    c["prev_tier"] = c["tier"]
    c["kind"] = "holder"
    c["tier"] = "diamond"
    c["orders"] += 1
    return True


RESALE_BUYERS = []


def holder_match(c, m):
    st = c["stand"]
    if coin(0.80 if not m["derby"] else 0.95):
        attend(c, m, st, survey_p=0.06)
        return
    if not coin(0.42):
        return
    tl = m["ko"] - D(days=u(0.3, 6))
    price = PRICE[st] * (1.5 if m["derby"] else 1.0) * (0.7 if m["comp"] == "cup" else 1.0)
    dg = digital(c)
    global _lid
    _lid += 1
    lid = f"L{_lid:06d}"
    ev(c, tl, "tp_resale", "listed", listing_id=lid, resale_price_cny=price, stand=st, 看台=STAND_ZH[st], **dg,
       **match_fields(m))
    p_sold = 0.97 if m["derby"] else (0.28 if m["comp"] == "cup" else 0.58)
    if coin(p_sold):
        tb = tl + D(seconds=u(0.02, 0.95) * (m["ko"] - tl).total_seconds())
        b = rchoice(RESALE_BUYERS)
        bdg = digital(b)
        ev(b, tb, "tp_resale", "bought", listing_id=lid, resale_price_cny=price, stand=st, 看台=STAND_ZH[st],
           **bdg, **match_fields(m))
        order(b, tb, price, "match_ticket", channel=bdg["channel"], device=bdg["device"], match_id=m["id"], stand=st,
              看台=STAND_ZH[st], seats=1, sale_type="resale", season=m["season"], payment_method=pay_method(b))
        b["orders"] += 1
        ev(c, tb, "tp_resale", "sold", listing_id=lid, resale_price_cny=price, payout_cny=round(price * 0.9, 2),
           stand=st, 看台=STAND_ZH[st], channel="other", **match_fields(m))
        if coin(0.9):
            attend(b, m, st, survey_p=0.05)
        if coin(0.015):
            fb(c, tb + D(hours=u(1, 72)), "social", "resale", "negative", "tp_resale")   # 10 % fee
    else:
        ev(c, m["ko"] - D(minutes=30), "tp_resale", "unsold", listing_id=lid, resale_price_cny=price, stand=st,
           看台=STAND_ZH[st], channel="other", **match_fields(m))
        if coin(0.06):
            complaint(c, m["ko"] + D(hours=u(2, 48)), "resale", m)
        elif coin(0.06):
            fb(c, m["ko"] + D(hours=u(1, 48)), "social", "resale", "negative", "tp_resale")


_lid = 0


# ------------------------------------------------------------------ simulate
def fan_lifecycle(c):
    """new fans: ad -> visits -> register -> tickets -> more."""
    t = c["first_seen"]
    name, share, platform, p_reg, p_first = ACQ[c["acq"]]
    if platform:
        ev(c, t, "tp_social_ad", "click", channel="ads", device=c["phone"], ad_platform=platform,
           广告平台=PLATFORM_ZH[platform], campaign=rchoice(["matchday_promo", "new_kit", "derby_hype", "family_day"],
                                                          [0.5, 0.15, 0.15, 0.2]))
        t = t + D(seconds=int(u(5, 90)))
        c["platform"] = rchoice(["app", "mini_program", "web"], [0.3, 0.3, 0.4]) if platform == "douyin" else \
            c["platform"]
    s = session()
    dg = digital(c)
    ev(c, t, "tp_visit", "view", session_id=s, page=rchoice(["home", "fixtures", "news"], [0.4, 0.35, 0.25]), **dg)
    for _ in range(int(rng.poisson(1.2))):
        tv = t + D(days=u(0.1, 60))
        ev(c, tv, "tp_visit", "view", session_id=session(), page=rchoice(["home", "fixtures", "news"]), **digital(c))
    if coin(0.06):
        shop(c, t + D(days=u(0.5, 90)))
    if not coin(p_reg):
        return
    tr = register(c, t + D(minutes=int(u(3, 60 * 24 * (8 if coin(0.6) else 1)))))
    if tr is None:
        return
    RESALE_BUYERS.append(c)
    # first ticket within ~30 days of the first contact
    if coin(p_first):
        ups = next_matches(tr, horizon=24)
        if not ups:
            ups = [m for m in M if m["ko"] > tr + D(hours=3)][:1]
        if ups:
            m = ups[0] if coin(0.7) or len(ups) == 1 else ups[1]
            latest = min(m["ko"] - D(hours=3), c["first_seen"] + D(days=29))
            tb = tr + D(seconds=u(0.05, 0.9) * max(600, (latest - tr).total_seconds()))
            if tb < m["ko"] - D(hours=2):
                bought = buy_ticket(c, m, tb, first=True)
                if bought and not maybe_refund(c, m, bought, tb):
                    if coin(0.92):
                        attend(c, m, bought["stand"])
                if bought and coin(0.12):
                    membership(c, tb + D(days=u(1, 40)), "join", "silver" if coin(0.8) else "gold")
    # later matches
    for m in M:
        if m["ko"] <= (c["signup"] or END) + D(days=3):
            continue
        if coin(c["appetite"] * demand(m)):
            tb = m["ko"] - D(days=float(rng.uniform(0.2, 16 if not m["derby"] else 12)))
            if m["derby"]:
                tb = m["ko"] - D(days=float(rng.choice([u(10, 12.5), u(0.3, 10)], p=[0.7, 0.3])))
            if tb <= c["signup"]:
                continue
            o = buy_ticket(c, m, tb)
            if o and not maybe_refund(c, m, o, tb) and coin(0.93):
                attend(c, m, o["stand"])


def legacy_fan(c):
    # memberships renew on the anniversary month; a 2026 season-ticket buyer only has 2025 activity here
    holder26 = 2026 in c["seasons"]
    if holder26:
        c["tier"] = c["prev_tier"]
    anniv = c["signup"].month
    for y in ((2025,) if holder26 else (2025, 2026)):
        t = datetime(y, anniv, min(c["signup"].day, 28), 12) + D(minutes=int(u(0, 600)))
        if t > END:
            break
        if c["tier"] in ("silver", "gold"):
            if coin(0.72 if c["tier"] == "silver" else 0.82):
                membership(c, t, "renew", c["tier"])
                if c["tier"] == "silver" and coin(0.07):
                    membership(c, t + D(days=u(10, 200)), "upgrade", "gold")
            else:
                c["tier"] = "basic"
        elif coin(0.05):
            membership(c, t, "join", "silver")
    if holder26:
        c["tier"] = "diamond"
    for m in M:
        if holder26 and m["season"] == 2026:
            continue
        if coin(c["appetite"] * demand(m)):
            tb = m["ko"] - D(days=float(rng.uniform(0.2, 18)))
            if m["derby"]:
                tb = m["ko"] - D(days=float(rng.choice([u(10, 12.5), u(0.3, 10)], p=[0.75, 0.25])))
            o = buy_ticket(c, m, tb)
            if o and not maybe_refund(c, m, o, tb) and coin(0.93):
                attend(c, m, o["stand"])
    for _ in range(int(rng.poisson(0.5))):
        shop(c, START + D(days=u(0, 570), hours=u(9, 14)))
    if coin(0.12):
        shop(c, KIT_2025 + D(days=float(rng.exponential(12)), hours=u(9, 14)), kit=True)
    if coin(0.22):
        shop(c, KIT_2026 + D(days=float(rng.exponential(9)), hours=u(9, 14)), kit=True)
    if coin(0.3):
        ev(c, START + D(days=u(0, 570), hours=u(8, 15)), "tp_visit", "view", session_id=session(),
           page=rchoice(["home", "news"]), **digital(c))


RESALE_BUYERS.extend(legacy)
# season 2025: renewals of 2024 holders, new buyers among legacy fans
holders25 = [c for c in holders24 if renew(c, 2025)]
for c in rng.permutation(len(legacy))[:150]:
    if new_season_ticket(legacy[c], 2025):
        holders25.append(legacy[c])
for c in holders24 + legacy:
    c.setdefault("appetite", 0.0)
for c in newfans:
    fan_lifecycle(c)
# holders attend 2025 matches
for c in holders25:
    for m in M:
        if m["season"] == 2025:
            holder_match(c, m)
# season 2026: renewals, new buyers among legacy fans who were not 2025 holders
holders26 = [c for c in holders25 if renew(c, 2026)]
cands = [c for c in legacy if 2025 not in c["seasons"]]
for k in rng.permutation(len(cands))[:190]:
    if new_season_ticket(cands[k], 2026):
        holders26.append(cands[k])
for c in legacy:
    if 2025 not in c["seasons"]:
        legacy_fan(c)
for c in holders26:
    for m in M:
        if m["season"] == 2026:
            holder_match(c, m)
# holders also shop, visit; lapsed holders buy single tickets sometimes
for c in holders24 + [c for c in legacy if 2025 in c["seasons"]]:
    for _ in range(int(rng.poisson(0.8))):
        shop(c, START + D(days=u(0, 570), hours=u(9, 14)))
    if coin(0.2):
        shop(c, KIT_2025 + D(days=float(rng.exponential(12)), hours=u(9, 14)), kit=True)
    if coin(0.38):
        shop(c, KIT_2026 + D(days=float(rng.exponential(9)), hours=u(9, 14)), kit=True)
    for _ in range(int(rng.poisson(3))):
        ev(c, START + D(days=u(0, 570), hours=u(8, 15)), "tp_visit", "view", session_id=session(),
           page=rchoice(["home", "news", "fixtures"]), **digital(c))
    for y in (2025, 2026):
        if (y - 1) in c["seasons"] and y not in c["seasons"]:
            for m in M:
                if m["season"] == y and coin(0.12 * demand(m)):
                    tb = m["ko"] - D(days=float(rng.uniform(0.3, 12)))
                    o = buy_ticket(c, m, tb)
                    if o and not maybe_refund(c, m, o, tb):
                        attend(c, m, o["stand"])

# ------------------------------------------------------------------ NPS waves and background feedback
WAVES = [("2025-mid", datetime(2025, 6, 25)), ("2025-end", datetime(2025, 11, 10)), ("2026-mid", datetime(2026, 6, 24))]
registered = [c for c in CUST if c["registered"] and c["signup"] and c["signup"] < datetime(2026, 6, 1)]
for wave, t0 in WAVES:
    idx = rng.choice(len(registered), size=330, replace=False)
    for k in idx:
        c = registered[int(k)]
        if c["signup"] > t0:
            continue
        holder_now = (2026 if wave == "2026-mid" else 2025) in c["seasons"]
        lapsed = wave == "2026-mid" and 2025 in c["seasons"] and 2026 not in c["seasons"]
        ts = t0 + D(days=u(0, 10), hours=u(8, 22))
        r = u()
        if lapsed and r < 0.55:
            fb(c, ts, "nps_survey", "price", "negative", "tp_season_renewal", nps=int(rchoice([0, 2, 3, 4, 5])),
               survey_wave=wave)
        elif wave == "2026-mid" and holder_now and r < 0.2:
            fb(c, ts, "nps_survey", "price", "negative", "tp_season_renewal", nps=int(rchoice([3, 5, 6, 7])),
               survey_wave=wave)
        elif wave == "2026-mid" and r < 0.3:
            fb(c, ts, "nps_survey", "queue", "negative", "tp_entry_scan", nps=int(rchoice([2, 4, 5, 6])),
               survey_wave=wave)
        elif r < 0.55:
            fb(c, ts, "nps_survey", "atmosphere", "positive", None, nps=int(rchoice([8, 9, 10], [0.2, 0.35, 0.45])),
               survey_wave=wave)
        elif r < 0.63:
            fb(c, ts, "nps_survey", "parking", "negative", None, nps=int(rchoice([3, 5, 6, 7])), survey_wave=wave)
        else:
            fb(c, ts, "nps_survey", "generic", rchoice(["positive", "neutral"], [0.5, 0.5]), None,
               nps=int(rchoice([5, 6, 7, 8, 9, 10], [0.08, 0.1, 0.2, 0.25, 0.2, 0.17])), survey_wave=wave)
# generic app reviews and social posts
for _ in range(330):
    c = CUST[int(rng.integers(len(CUST)))]
    ts = START + D(days=u(0, 575), hours=u(8, 23))
    fb(c, ts, "app_review", "generic", rchoice(["positive", "neutral"], [0.6, 0.4]), None,
       rating=int(rchoice([3, 4, 5], [0.25, 0.4, 0.35])), device=c["phone"])
for _ in range(300):
    ts = START + D(days=u(0, 575), hours=u(8, 23))
    fb(None, ts, "social", "generic", rchoice(["positive", "neutral"], [0.6, 0.4]), None)
for _ in range(90):
    ts = START + D(days=u(0, 575), hours=u(8, 23))
    fb(None, ts, "social", "atmosphere", "positive", None)

# ------------------------------------------------------------------ feedback text
T_ZH = {
    "queue": ["{gate}口排队排了快四十分钟，新装的人脸识别闸机一直刷不过去，进场时比赛都开始了",
              "入场排队太离谱了，闸机识别不了脸，工作人员也不够，强烈建议改进",
              "北看台排队进场一个小时，人脸识别一直失败只能走人工通道",
              "进场排队太久，验票速度太慢了，错过了开场",
              "今天入场又是排队半天，闸机坏了好几个，体验很差",
              "排队进场的时候被告知二维码无效，折腾了二十分钟"],
    "refund": ["申请退票已经{d}天了退款还没到账，到底什么时候能退？",
               "比赛延期申请了退票，退款迟迟不到，银行卡到现在都没收到钱",
               "退款太慢了，微信上问了好几次都说在处理",
               "退票被拒说超过时限，可是我提前两天就申请了，退款规则太不合理",
               "退款流程太复杂，要等一个多星期才能到账"],
    "realname": ["实名认证一直通不过，明明信息都填对了",
                 "注册的时候实名认证失败三次，最后放弃了，买不了票",
                 "外国朋友想注册账号，实名认证不支持护照号，太不方便了",
                 "实名核验老是提示证件信息不符，到底怎么回事"],
    "price": ["季票又涨价了，东看台一下涨了快四成，今年不续了",
              "季票涨价太狠，老球迷很寒心", "续季票的时候发现涨价这么多，考虑改成单场买",
              "涨价可以理解，但是东看台涨幅太大，没有任何说明",
              "支持球队但是季票涨价让人失望，性价比越来越低"],
    "cold_food": ["中场买的热狗是凉的，面包都硬了", "场内买的饭菜全是凉的，价格还不便宜",
                  "热食拿到手已经凉了，希望改进一下保温", "小吃凉透了，等了半天拿到的东西还不好吃"],
    "crash": ["德比抢票系统直接崩了，页面一直转圈，付款失败好几次", "抢票的时候App崩溃，钱扣了票没出来",
              "一到开售就崩，每次都这样，能不能升级一下服务器", "系统崩了三次，最后啥也没抢到"],
    "resale": ["挂在官方转售的票没卖出去，白白浪费了", "转售要收10%手续费，太黑了",
               "转售平台挂了一周都没人买，规则能不能改改", "转售成功了但打款很慢，手续费还不低"],
    "jersey": ["新赛季球衣设计很好看，已经下单两件", "球衣尺码偏小，买的L穿着紧，只能换货",
               "新球衣质量不错，就是发货有点慢", "球衣颜色和官网图片差别有点大", "主场球衣终于到了，非常满意"],
    "atmosphere": ["今天现场氛围太好了，北看台的歌声一直没停", "现场氛围很棒，带孩子来看球很开心",
                   "德比的氛围绝了，全场都在唱队歌", "赢球了！主场氛围一流，下场还来",
                   "第一次来现场，氛围比电视上看强太多"],
    "parking": ["体育中心停车太难了，找车位找了四十分钟", "散场后停车场出不去，堵了一个小时",
                "停车费太贵，而且周边停车位太少", "建议多开放几个停车场，开车来太痛苦"],
    "service": ["客服处理得很快，态度也好", "客服回复太慢了，问题拖了好几天", "客服态度还可以，就是效率一般",
                "打了三次热线客服才有人接", "客服很耐心，问题解决了，谢谢"],
    "points": ["会员积分没到账，买了票也不给积分", "银卡权益说的优先购票根本没用上，积分也算错了",
               "会员积分兑换的东西一直缺货", "升级金卡后积分清零了，不合理"],
    "generic": ["主队加油！今天踢得不错", "比赛很精彩，下次还来", "App用起来还行，就是有点卡",
                "希望球队多赢几场", "整体还可以，没什么特别的", "带朋友来看球，大家都挺开心",
                "比赛节奏有点慢，但是赢了就好", "App的赛程信息很清楚", "小程序买票挺方便的",
                "看台视野不错，座位也干净"],
}
T_EN = {
    "queue": ["Waited in the queue at gate {gate} for 40 minutes, the new face gates kept failing and I missed kick-off",
              "The entry queue was a disaster, facial scanners not recognising anyone and too few stewards",
              "Queue to get in was over an hour at the north stand, ridiculous",
              "Long queue at the gates again, the QR code scan was painfully slow"],
    "refund": ["Asked for a refund {d} days ago and the money still hasn't come back to my card",
               "Refund takes forever with a foreign card, two weeks and counting",
               "My refund request was rejected for being too late even though the game was two days away",
               "Still waiting for my refund after the postponed match"],
    "realname": ["Can't register with my passport, the ID check just fails every time",
                 "Real-name check does not accept my passport number, so I cannot buy tickets at all",
                 "As a foreigner the sign-up is impossible, passport verification keeps failing",
                 "Tried to sign up three times, passport not supported, please fix this"],
    "price": ["Season ticket price went up way too much this year, not renewing",
              "The east stand price increase is outrageous for loyal fans",
              "Price hike on season tickets with no explanation, disappointed"],
    "cold_food": ["The hot dog at half-time was cold and the bun was stale", "Food was cold by the time I got it",
                  "Cold noodles at the kiosk, and not the good kind"],
    "crash": ["Ticket site crashed during the derby sale, payment failed three times",
              "App crashed at checkout, money taken but no ticket", "Every big sale the system crashes, upgrade it"],
    "resale": ["My resale listing never sold, wasted seat", "10% fee on resale is too much",
               "Resale payout took ages"],
    "jersey": ["Love the new home jersey, great design", "Jersey runs small, had to exchange it",
               "Ordered the new jersey, took two weeks to arrive"],
    "atmosphere": ["Amazing atmosphere tonight, the north stand never stopped singing",
                   "Great atmosphere, my kids loved it", "Derby atmosphere was electric",
                   "First time at the stadium, the atmosphere beats watching on TV"],
    "parking": ["Parking around the stadium is a nightmare", "Took an hour to get out of the parking lot",
                "Not enough parking, please open more lots"],
    "service": ["Customer service sorted it out quickly, thanks", "Customer service took days to reply",
                "Customer service was polite but slow", "Had to call customer service three times"],
    "points": ["My member points never showed up after buying tickets", "Gold tier points were reset, not fair",
               "Points for the membership are missing"],
    "generic": ["Great win tonight, come on Linjiang!", "Good game, will come again", "App works fine, a bit slow",
                "Decent experience overall", "Nice seats, clear view of the pitch", "Buying tickets in the app was easy",
                "Brought friends along, everyone had fun", "Fixtures page is clear and useful"],
}


def render(item):
    lang = item["lang"]
    tpl = (T_ZH if lang == "zh" else T_EN)[item["topic"]]
    if item["topic"] == "service" and item["rating"] is not None:
        good = [k for k, s in enumerate(tpl) if ("快" in s or "耐心" in s or "quickly" in s)]
        bad = [k for k in range(len(tpl)) if k not in good]
        s = tpl[rchoice(good)] if item["rating"] >= 4 else tpl[rchoice(bad)]
    elif item["topic"] == "jersey":
        pos = [k for k, s in enumerate(tpl) if ("好看" in s or "满意" in s or "不错" in s or "Love" in s)]
        pool = pos if item["sentiment"] == "positive" else [k for k in range(len(tpl)) if k not in pos]
        s = tpl[rchoice(pool)]
    else:
        s = tpl[int(rng.integers(len(tpl)))]
    return s.format(gate=rchoice(["N2", "N3", "E1", "E2", "S1"]), d=int(rng.integers(6, 15)))


def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, rows, cols):
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            wr.writeheader()
            for r in rows:
                wr.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
         ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = []
    for jid, zh, en, steps, wd in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jr.append(dict(journey_id=jid, journey_name=zh, journey_name_zh=zh, journey_name_en=en, step=k,
                           touchpoint_id=tp, window_days=wd))
    dump("journeys", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                          "window_days"])
    # customers
    crow = []
    for c in CUST:
        if 2026 in c["seasons"]:
            seg = "season_holder"
        elif c["seasons"] & {2024, 2025}:
            seg = "lapsed_holder"
        elif c["registered"] and c["orders"] > 0:
            seg = "member"
        elif c["registered"]:
            seg = "registered"
        else:
            seg = "visitor"
        tier = c["tier"]
        if seg != "season_holder" and tier == "diamond":
            tier = "basic"
        crow.append(dict(customer_id=c["customer_id"], signup_at=fmt(c["signup"]) if c["signup"] else None,
                         segment=seg, region=c["region"], 区域=REGION_ZH[c["region"]], acquisition_channel=c["acq"],
                         获客渠道=ACQ[c["acq"]][0], tier=tier, 会员等级=TIER_ZH[tier] if tier else None,
                         first_seen_at=fmt(max(c["first_seen"], START)) if c["kind"] == "new" else None,
                         preferred_language=c["lang"], id_type=c["id_type"], gender=c["gender"],
                         age_band=c["age_band"], home_stand=c["stand"] if seg in ("season_holder", "lapsed_holder")
                         else None, season_ticket_seasons="|".join(str(y) for y in sorted(c["seasons"])) or None))
    dump("customers", crow, ["customer_id", "signup_at", "segment", "region", "区域", "acquisition_channel", "获客渠道",
                             "tier", "会员等级", "first_seen_at", "preferred_language", "id_type", "gender", "age_band",
                             "home_stand", "season_ticket_seasons"])
    # events: sorted by ts, a few exact re-sent duplicates
    rows = sorted(EV, key=lambda r: (r["ts"], r["event_id"]))
    dup_idx = rng.choice(len(rows), size=34, replace=False)
    rows = rows + [rows[int(k)] for k in dup_idx]
    rows.sort(key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
             "match_id", "opponent", "对手", "competition", "赛事", "page", "ad_platform", "广告平台", "campaign",
             "id_type", "stand", "看台", "seats", "ticket_price_cny", "payment_method", "amount_cny", "fail_reason",
             "失败原因", "gate", "scan_no", "wait_minutes", "reject_reason", "拒绝原因", "item_category", "品类", "kiosk",
             "tier_from", "tier_to", "会员等级", "season", "season_price_cny", "notice_channel", "refund_reason",
             "退票原因", "refund_days", "order_ref", "listing_id", "resale_price_cny", "payout_cny", "ticket_no",
             "complaint_category", "投诉类别", "resolution_hours"]
    dump("events", rows, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
             "match_id", "stand", "看台", "seats", "sale_type", "season", "tier", "会员等级", "item_category", "品类",
             "shop", "payment_method", "refunded_at"]
    dump("orders", sorted(ORD, key=lambda r: r["ts"]), ocols)
    # feedback
    items = sorted(FB, key=lambda r: (r["ts"] or END, r["channel"]))
    frows, trows = [], []
    for k, it in enumerate(items, 1):
        fid = f"FB{k:05d}"
        ts = it["ts"]
        if it["channel"] in ("app_review", "social") and coin(0.11):
            ts = None
        cust = it["cust"]
        if it["channel"] == "social" and coin(0.5):
            cust = None
        kw = it["kw"]
        platform = None
        if it["channel"] == "app_review":
            platform = "App Store" if kw.get("device") == "ios" else rchoice(["华为应用市场", "小米应用商店", "应用宝",
                                                                            "Google Play"] if it["lang"] == "en"
                                                                           else ["华为应用市场", "小米应用商店", "应用宝"])
        elif it["channel"] == "social":
            platform = rchoice(["x", "reddit"]) if it["lang"] == "en" else rchoice(["微博", "虎扑", "抖音", "小红书"],
                                                                                [0.4, 0.3, 0.15, 0.15])
        frows.append(dict(feedback_id=fid, text=render(it), ts=fmt(ts) if ts else None,
                          customer_id=cust["customer_id"] if cust else None, touchpoint_id=it["tp"],
                          channel=it["channel"], rating=it["rating"], nps=it["nps"], language=it["lang"],
                          platform=platform, device=kw.get("device"), match_id=kw.get("match_id"),
                          ticket_no=kw.get("ticket_no"), survey_wave=kw.get("survey_wave")))
        trows.append(dict(feedback_id=fid, topic=it["topic"], sentiment=it["sentiment"]))
    dump("feedback", frows, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                             "language", "platform", "device", "match_id", "ticket_no", "survey_wave"])
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=["feedback_id", "topic", "sentiment"])
        wr.writeheader()
        wr.writerows(trows)
    print(f"customers {len(crow)}, events {len(rows)}, orders {len(ORD)}, feedback {len(frows)}")


if __name__ == "__main__":
    write(Path(sys.argv[1]))
