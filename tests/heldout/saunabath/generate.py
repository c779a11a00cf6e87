"""北泉浴场 NorthSpring Baths: a chain of public bathhouses and saunas — 沈阳中街店 (Shenyang), 哈尔滨中央大街店 (Harbin),
天津五大道店 (Tianjin) and NorthSpring Sauna Helsinki (Kallio). Entry tickets are time-based packages (3小时 / 6小时 /
过夜; Helsinki 2 h / 4 h) bought in the app, as a Meituan group-buy voucher (团购券, redeemed at the desk) or at the front
desk. Inside, a wristband (手牌) opens the locker and carries food-court spending, settled at check-out. Add-ons: 搓澡
(body scrub / rubbing), 按摩 massage, 足疗 foot massage, 拔罐 cupping. Membership / stored-value cards (储值卡) with
top-ups. Complaints to customer service. CNY for the Chinese sites, EUR for Helsinki. Data 2025-01-01 .. 2026-06-30
(a few resolutions / comments into July 2026).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment: the generator's truth, not a DATA.md table).
Deterministic (fixed seed), plain Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261202
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 6, 30)
N_CUST = 5000

SITES = {  # code: zh, en, currency, share of customers
    "shenyang": ("沈阳中街店", "Shenyang Zhongjie", "CNY", 0.31),
    "harbin": ("哈尔滨中央大街店", "Harbin Central Street", "CNY", 0.28),
    "tianjin": ("天津五大道店", "Tianjin Wudadao", "CNY", 0.27),
    "helsinki": ("赫尔辛基店", "Helsinki Kallio", "EUR", 0.14),
}
PKG = {  # package: (zh, minutes)
    "3h": ("3小时票", 180), "6h": ("6小时票", 360), "overnight": ("过夜票", 720),
    "2h": ("2小时票", 120), "4h": ("4小时票", 240),
}
PRICE = {
    "shenyang": {"3h": 88, "6h": 128, "overnight": 168},
    "tianjin": {"3h": 88, "6h": 128, "overnight": 168},
    "harbin": {"3h": 98, "6h": 138, "overnight": 178},
    "helsinki": {"2h": 18, "4h": 26},
}
HARBIN_NEW = {"3h": 128, "6h": 168, "overnight": 208}
HARBIN_RISE = date(2025, 12, 1)
MEITUAN_FACTOR = 0.8
ADDONS = {  # service: (zh, en, CNY price, EUR price or None)
    "rubbing": ("搓澡", "body scrub", 58, 35),
    "massage": ("按摩", "massage", 198, 65),
    "foot": ("足疗", "foot massage", 128, None),
    "cupping": ("拔罐", "cupping", 88, None),
}
CARDS = {"silver": (1000, "银卡"), "gold": (2000, "金卡"), "black": (5000, "黑卡")}
EUR_CARD = 160  # Helsinki 10-visit card
BUG = (date(2025, 7, 14), date(2025, 8, 3))      # Android app 5.2.0: package list loads blank
AB = (date(2026, 3, 1), date(2026, 5, 31))       # upsell_prompt A/B test
AB2 = (date(2025, 9, 1), date(2025, 11, 30))     # topup_bonus_copy (no effect)
LOCKER_NEW = date(2025, 10, 15)                  # Harbin new wristband locker system
SPRING = [(date(2025, 1, 28), date(2025, 2, 4)), (date(2026, 2, 15), date(2026, 2, 23))]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_app_home", "App首页", "App home", "awareness", "app", "digital", "digital",
     "首页|小程序首页|app首页|home|app home|landing"),
    ("tp_ticket_page", "门票页", "Ticket page", "consideration", "app", "digital", "ecommerce",
     "购票页|买票页|浴资页|门票|ticket page|tickets|entry tickets|admission page"),
    ("tp_package_select", "选择时段套餐", "Package selection", "purchase", "app", "digital", "ecommerce",
     "选套餐|时段套餐|选时长|3小时票|6小时票|过夜票|package|time package|choose package|select duration"),
    ("tp_payment", "在线支付", "Online payment", "purchase", "app", "digital", "payments",
     "支付|付款|下单|app支付|payment|pay|checkout online"),
    ("tp_meituan_deal", "美团团购页", "Meituan deal page", "consideration", "other", "digital", "channel_sales",
     "美团|团购页|美团套餐|大众点评团购|meituan|group-buy page|deal page"),
    ("tp_meituan_buy", "美团团购下单", "Meituan voucher purchase", "purchase", "other", "digital", "channel_sales",
     "买团购|团购券|美团券|美团下单|meituan voucher|group-buy voucher|voucher purchase"),
    ("tp_desk_ticket", "前台购票", "Desk ticket", "purchase", "store", "physical", "front_desk",
     "前台买票|现场购票|窗口买票|walk-in ticket|desk ticket|box office"),
    ("tp_checkin", "前台验票入场", "Check-in at desk", "service", "store", "physical", "front_desk",
     "入场|验票|核销|换手牌|领手牌|check-in|entry|redeem|wristband pickup"),
    ("tp_locker", "更衣柜", "Locker", "service", "store", "physical", "facilities",
     "柜子|储物柜|衣柜|手牌开柜|locker|changing room locker|locker room"),
    ("tp_service_menu", "服务项目单", "Service menu", "service", "store", "digital", "spa_ops",
     "项目单|加钟|服务菜单|技师项目|service menu|add-on menu|treatments menu"),
    ("tp_service_booked", "技师服务下单", "Treatment booked", "service", "store", "physical", "spa_ops",
     "点钟|搓澡|按摩|足疗|拔罐|技师|加项目|treatment|scrub|massage|add-on booked|rubbing"),
    ("tp_foodcourt", "餐饮区消费", "Food court", "service", "store", "physical", "food_beverage",
     "餐厅|自助餐|水吧|手牌消费|挂账|food court|restaurant|snack bar|bar tab"),
    ("tp_checkout", "离场结账", "Check-out", "service", "store", "physical", "front_desk",
     "结账|退手牌|出场|补超时费|check-out|checkout|settle wristband|leave"),
    ("tp_membership_page", "会员卡介绍页", "Membership page", "consideration", "app", "digital", "membership",
     "会员页|办卡页|储值卡页|membership page|card page|stored-value page"),
    ("tp_card_purchase", "办卡", "Card purchase", "loyalty", "app", "digital", "membership",
     "办会员卡|办储值卡|开卡|买次卡|buy card|membership purchase|stored-value card|10-visit card"),
    ("tp_topup", "储值充值", "Top-up", "loyalty", "app", "digital", "membership",
     "充值|续充|充卡|top-up|topup|recharge|reload"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "physical", "customer_service",
     "客诉|投诉单|找客服|complaint|complaint ticket|escalation"),
    ("tp_resolution", "投诉处理完毕", "Complaint resolved", "service", "phone", "physical", "customer_service",
     "结案|处理完毕|已解决|resolved|closed ticket|resolution"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("app_ticket", "App购票入场", "App ticket to entry", 7,
     ["tp_ticket_page", "tp_package_select", "tp_payment", "tp_checkin"]),
    ("meituan", "美团团购到店核销", "Meituan voucher to visit", 30, ["tp_meituan_deal", "tp_meituan_buy", "tp_checkin"]),
    ("addon", "入场后加购技师服务", "Add-on treatment upsell", 1, ["tp_checkin", "tp_service_menu", "tp_service_booked"]),
    ("membership", "办卡储值", "Membership card sign-up", 14, ["tp_membership_page", "tp_card_purchase"]),
    ("complaint", "投诉处理", "Complaint handling", 7, ["tp_complaint", "tp_resolution"]),
]

ACQ = ["meituan", "dianping", "douyin", "wechat", "app_store", "walk_in", "friend_referral", "google"]
ACQ_P_CN = [0.26, 0.12, 0.16, 0.14, 0.08, 0.14, 0.10, 0.0]
ACQ_P_HEL = [0.0, 0.0, 0.0, 0.0, 0.22, 0.33, 0.20, 0.25]
REGION = {"shenyang": "辽宁", "harbin": "黑龙江", "tianjin": "天津", "helsinki": "Uusimaa"}


def days(a, b):
    return (b - a).days


def rand_date(a=START, b=END):
    return a + D(days=int(rng.integers(0, days(a, b) + 1)))


def at(d, h0=10, h1=22):
    return datetime(d.year, d.month, d.day) + D(minutes=int(rng.integers(h0 * 60, h1 * 60)))


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def in_spring(d):
    return any(a <= d <= b for a, b in SPRING)


class W:
    def __init__(self):
        self.events, self.orders, self.fb, self.truth, self.exp = [], [], [], [], []
        self.n_ev = self.n_ord = self.n_fb = 0

    def ev(self, cid, t, tp, action, device, channel, site, **kw):
        self.n_ev += 1
        row = dict(event_id=f"E{self.n_ev:07d}", customer_id=cid, ts=fmt(t), touchpoint_id=tp, action=action,
                   device=device, channel=channel, site=site)
        row.update(kw)
        self.events.append(row)
        return t

    def order(self, cid, t, amount, status, channel, device, site, product_type, **kw):
        self.n_ord += 1
        oid = f"O{self.n_ord:06d}"
        row = dict(order_id=oid, customer_id=cid, ts=fmt(t), amount=f"{amount:.2f}", status=status, channel=channel,
                   device=device, site=site, currency=SITES[site][2], product_type=product_type)
        row.update(kw)
        self.orders.append(row)
        return oid


w = W()
TXT = {}  # topic -> (sentiment, [zh texts], [en texts])


def topic(name, sent, zh, en):
    TXT[name] = (sent, zh, en)


topic("locker_fault", "negative",
      ["手牌刷了好几次柜子都打不开，裹着浴巾在更衣室等了十分钟才来人", "更衣柜感应坏了，手牌一贴就报错，洗完澡拿不了衣服",
       "新换的柜子系统太不靠谱，两次来都打不开柜门", "柜子打不开！！叫了服务员半天没人管", "手牌开柜失灵，还被说是我手牌消磁了",
       "衣柜锁死了，等工程部来撬，体验极差"],
      ["My wristband wouldn't open the locker, waited in a towel for 10 minutes", "Locker kept beeping red, couldn't get my clothes",
       "The new locker system is a mess, it failed twice", "Locker jammed and nobody came for ages"])
topic("price_high", "negative",
      ["哈尔滨店涨价太狠了，3小时票从98涨到128，不值", "浴资一下涨三十块，还不如去隔壁", "涨价了服务没变，过夜票都两百多了",
       "票价越来越贵，以后少来了"],
      ["Prices jumped a lot since December, not worth it anymore", "Too expensive for a 3-hour ticket now"])
topic("rubbing_praise", "positive",
      ["搓澡师傅手法很好，搓得干净又不疼，下次还点他", "东北搓澡名不虚传，全身轻松", "搓澡加奶浴太舒服了", "师傅很专业，力度刚好"],
      ["The body scrub was incredible, best part of the visit", "Great scrub, the attendant was very skilled"])
topic("desk_queue", "negative",
      ["周末前台换手牌排了半小时队", "验票太慢了，就两个人在前台", "美团核销排队排到门口", "入场排队太久，夏天闷得慌"],
      ["Long queue at the front desk on Saturday", "Check-in took forever, only one person at the desk"])
topic("water_temp", "negative",
      ["汤池水温不够热，温泉池就是温水", "汗蒸房温度太低，蒸了半天不出汗", "桑拿房不够热，石头都不怎么冒气"],
      ["Sauna wasn't hot enough, barely 70 degrees", "The hot pool was lukewarm", "Löyly was weak, stove not hot"])
topic("hygiene", "negative",
      ["休息大厅毛巾有异味，地面也滑", "淋浴间头发没人清理，卫生差", "浴巾有点发黄，卫生要加强"],
      ["Showers were dirty, hair in the drain", "Towels smelled musty"])
topic("food_price", "negative",
      ["餐厅太贵了，一碗牛肉面48，手牌一刷就是两百", "自助餐不值这个价，水吧饮料也贵", "手牌消费结账吓一跳，吃的太贵"],
      ["Food court is overpriced, 14 euros for a sandwich", "Bar tab was way more than I expected"])
topic("payment_fail", "negative",
      ["安卓App选时段套餐一直白屏，付不了款", "App套餐页加载不出来，只能去前台买", "更新后选不了套餐，页面空白"],
      ["Android app shows a blank package list, can't pay", "App stuck on choosing the package after update"])
topic("meituan_redeem", "negative",
      ["美团团购券到店说核销不了，又让我补差价", "团购券前台扫不出来，耽误半小时", "美团买的票说过夜要另外加钱，描述不清"],
      [])
topic("staff_praise", "positive",
      ["服务员很热情，水果免费续", "环境干净，服务到位，推荐", "前台小姐姐态度很好，会再来", "休息厅很舒服，性价比高"],
      ["Friendly staff and a great atmosphere", "Lovely sauna, very clean, will come back", "Great löyly and friendly people"])
topic("technician_late", "negative",
      ["点了按摩技师迟到二十分钟，还照样收全钟", "足疗技师态度敷衍，一直看手机", "预约的按摩等了四十分钟"],
      ["Massage therapist was 20 minutes late", "Waited 40 minutes for my booked massage"])
topic("neutral", "neutral",
      ["还行吧，一般般", "中规中矩，周末人多", "跟以前差不多", "位置方便，其他一般"],
      ["It was okay, nothing special", "Average visit, busy on Sunday"])


def comment(cid, t, tp, channel, site, name, lang, rating=None, nps=None, device=""):
    sent, zh, en = TXT[name]
    pool = en if (lang == "en" and en) else zh
    lang = "en" if pool is en else "zh"
    w.n_fb += 1
    fid = f"F{w.n_fb:05d}"
    w.fb.append(dict(feedback_id=fid, text=pool[int(rng.integers(len(pool)))], ts=fmt(t), customer_id=cid or "",
                     touchpoint_id=tp or "", channel=channel, rating="" if rating is None else rating,
                     nps="" if nps is None else nps, site=site, language=lang, device=device))
    w.truth.append(dict(feedback_id=fid, topic=name, sentiment=sent))


def star(sent):
    if sent == "negative":
        return int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
    if sent == "positive":
        return int(rng.choice([4, 5], p=[0.3, 0.7]))
    return int(rng.choice([3, 4], p=[0.7, 0.3]))


def nps_of(r):
    return int(np.clip(r * 2 + rng.integers(-2, 1), 0, 10))


# ---------------- customers
customers = []
for i in range(N_CUST):
    site = str(rng.choice(list(SITES), p=[v[3] for v in SITES.values()]))
    hel = site == "helsinki"
    acq = str(rng.choice(ACQ, p=ACQ_P_HEL if hel else ACQ_P_CN))
    signup = rand_date(date(2023, 6, 1), date(2026, 6, 20))
    if rng.random() < 0.55:
        signup = min(signup, rand_date(date(2023, 6, 1), date(2024, 12, 31)))
    customers.append(dict(
        customer_id=f"C{i + 1:05d}", signup_at=fmt(at(signup, 9, 23)), segment="", region=REGION[site],
        acquisition_channel=acq, tier="none", home_site=site,
        gender=str(rng.choice(["male", "female"], p=[0.58, 0.42])),
        age_band=str(rng.choice(["18-24", "25-34", "35-44", "45-54", "55+"], p=[0.12, 0.3, 0.26, 0.18, 0.14])),
        primary_device=str(rng.choice(["ios", "android"], p=[0.55, 0.45] if hel else [0.42, 0.58])),
        language="en" if hel else "zh", _act=float(rng.gamma(1.6, 2.2)), _signup=signup, _last=None,
    ))


def visit_after(c, d, site, ch, device, t_in, pkg, order_id):
    """inside the bathhouse: locker, food court, add-ons, check-out."""
    cid = c["customer_id"]
    cur = SITES[site][2]
    eur = cur == "EUR"
    band = f"W{int(rng.integers(1000, 9999))}"
    queue = float(max(0, rng.normal(6, 3)))
    weekend = d.weekday() >= 5
    if site == "tianjin" and weekend:
        queue += float(rng.gamma(3, 6))
    if in_spring(d):
        queue += 15
    t = w.ev(cid, t_in, "tp_checkin", "redeem" if ch == "meituan" else "scan", device if ch == "app" else "",
             "store", site, package=pkg, order_id=order_id, wristband_no=band, queue_minutes=f"{queue:.0f}")
    # locker
    p_fail = 0.03
    if site == "harbin" and d >= LOCKER_NEW:
        p_fail = 0.10 + 0.10 * min(1, days(LOCKER_NEW, d) / 250)
    t = t + D(minutes=int(rng.integers(3, 12)))
    lock_fail = rng.random() < p_fail
    w.ev(cid, t, "tp_locker", "fail" if lock_fail else "open", "", "store", site, wristband_no=band,
         locker_no=f"{int(rng.integers(1, 800)):03d}", error="LOCKER_NO_RESPONSE" if lock_fail else "")
    # add-on upsell
    ab_var = c.get("_ab")
    p_menu = 0.45
    p_book = 0.42
    if ab_var is not None and AB[0] <= d <= AB[1]:
        if ab_var == "B":
            p_menu, p_book = 0.62, 0.47
    t_menu = t + D(minutes=int(rng.integers(10, 90)))
    addon_amt = 0.0
    if rng.random() < p_menu:
        w.ev(cid, t_menu, "tp_service_menu", "view", device if ch == "app" else "", "store", site, wristband_no=band)
        if rng.random() < p_book:
            choices = ["rubbing", "massage"] if eur else ["rubbing", "massage", "foot", "cupping"]
            probs = [0.5, 0.5] if eur else [0.52, 0.2, 0.18, 0.1]
            sv = str(rng.choice(choices, p=probs))
            price = ADDONS[sv][3] if eur else ADDONS[sv][2] + (10 if site == "harbin" and sv == "rubbing" else 0)
            tb = t_menu + D(minutes=int(rng.integers(1, 20)))
            tech = f"{site[:2].upper()}-T{int(rng.integers(1, 25)):02d}"
            late = float(max(0, rng.normal(3, 6)))
            w.ev(cid, tb, "tp_service_booked", "book", "", "store", site, wristband_no=band, service=sv,
                 technician_id=tech, amount=f"{price:.2f}", currency=cur, wait_minutes=f"{late:.0f}")
            w.order(cid, tb, price, "paid", "desk", "", site, "addon", service=sv, technician_id=tech,
                    wristband_no=band, payment_method="wristband")
            addon_amt = price
    # food court on the wristband
    food = 0.0
    nfood = int(rng.poisson(1.3 if pkg in ("6h", "overnight", "4h") else 0.8))
    tf = t_menu
    for _ in range(nfood):
        tf = tf + D(minutes=int(rng.integers(15, 80)))
        amt = float(rng.choice([6, 8, 12, 14]) if eur else rng.choice([18, 25, 32, 38, 48, 58, 68]))
        food += amt
        w.ev(cid, tf, "tp_foodcourt", "charge", "", "store", site, wristband_no=band, amount=f"{amt:.2f}",
             currency=cur, item=str(rng.choice(["noodles", "dumplings", "fruit_platter", "beer", "tea", "bbq"]
                                                if not eur else ["sandwich", "beer", "coffee", "salad"])))
    stay = PKG[pkg][1] * float(rng.uniform(0.55, 1.15))
    t_out = max(tf, t_in + D(minutes=int(stay))) + D(minutes=int(rng.integers(2, 10)))
    over = max(0.0, stay - PKG[pkg][1])
    over_fee = 0.0 if over <= 0 else (5.0 if eur else 30.0)
    w.ev(cid, t_out, "tp_checkout", "settle", "", "store", site, wristband_no=band, stay_minutes=f"{stay:.0f}",
         amount=f"{food + over_fee:.2f}", currency=cur)
    if food + over_fee > 0:
        w.order(cid, t_out, food + over_fee, "paid", "desk", "", site, "food_beverage", wristband_no=band,
                overtime_fee=f"{over_fee:.2f}", payment_method="wristband")
    return lock_fail, addon_amt, food, t_out, queue


def buy_price(site, pkg, d):
    if site == "harbin" and d >= HARBIN_RISE:
        return HARBIN_NEW[pkg]
    return PRICE[site][pkg]


def pick_pkg(site):
    if site == "helsinki":
        return str(rng.choice(["2h", "4h"], p=[0.55, 0.45]))
    return str(rng.choice(["3h", "6h", "overnight"], p=[0.45, 0.35, 0.2]))


def episode(c, d):
    cid, site = c["customer_id"], c["home_site"]
    if rng.random() < 0.05:
        site = str(rng.choice([s for s in SITES if s != "helsinki"])) if site != "helsinki" else site
    hel = site == "helsinki"
    device = c["primary_device"]
    r = rng.random()
    mode = ("app" if r < 0.55 else "desk") if hel else ("app" if r < 0.42 else ("meituan" if r < 0.75 else "desk"))
    t0 = at(d, 10, 21)
    pkg = pick_pkg(site)
    app_ver = "5.2.0" if (device == "android" and BUG[0] <= d <= BUG[1]) else ("5.1.3" if d < BUG[0] else "5.3.1")
    result = None
    if mode == "app":
        if rng.random() < 0.5:
            w.ev(cid, t0 - D(minutes=2), "tp_app_home", "view", device, "app", site, app_version=app_ver)
        w.ev(cid, t0, "tp_ticket_page", "view", device, "app", site, app_version=app_ver)
        p_sel = 0.78
        if c["acquisition_channel"] == "douyin":
            p_sel = 0.58
        price = buy_price(site, pkg, d)
        if site == "harbin" and d >= HARBIN_RISE:
            p_sel -= 0.24
        if rng.random() > p_sel:
            return None
        t1 = w.ev(cid, t0 + D(minutes=int(rng.integers(1, 6))), "tp_package_select", "select", device, "app", site,
                  app_version=app_ver, package=pkg)
        p_pay = 0.84
        bug = app_ver == "5.2.0"
        if c["acquisition_channel"] == "douyin":
            p_pay = 0.72
        if bug:
            p_pay = 0.3
            w.ev(cid, t1 + D(seconds=20), "tp_package_select", "fail", device, "app", site, app_version=app_ver,
                 error="SKU_LIST_BLANK")
        elif rng.random() < 0.005:
            w.ev(cid, t1 + D(seconds=20), "tp_package_select", "fail", device, "app", site, app_version=app_ver,
                 error="NETWORK_TIMEOUT")
        if rng.random() > p_pay:
            if bug and rng.random() < 0.3:
                comment(cid, t1 + D(hours=1), "tp_package_select", "app_review", site, "payment_fail", c["language"],
                        rating=1, device=device)
            if bug and rng.random() < 0.5:
                mode = "desk"  # went to the desk instead
            else:
                return None
        else:
            tp = t1 + D(minutes=int(rng.integers(1, 4)))
            pay_fail = rng.random() < 0.04
            method = "mobilepay" if hel else str(rng.choice(["wechat", "alipay", "stored_value"], p=[0.6, 0.25, 0.15]))
            if c["tier"] != "none" and not hel:
                method = "stored_value" if rng.random() < 0.7 else method
            if pay_fail:
                w.ev(cid, tp, "tp_payment", "fail", device, "app", site, app_version=app_ver, error="PAY_DECLINED")
                w.order(cid, tp, price, "cancelled", "app", device, site, "ticket", package=pkg, unit_price=price,
                        quantity=1, payment_method=method)
                return None
            oid = w.order(cid, tp, price, "paid", "app", device, site, "ticket", package=pkg, unit_price=price,
                          quantity=1, payment_method=method, visit_date=str(d))
            w.ev(cid, tp, "tp_payment", "success", device, "app", site, app_version=app_ver, order_id=oid,
                 amount=f"{price:.2f}", currency=SITES[site][2], package=pkg)
            if rng.random() < 0.06:
                w.orders[-1]["status"] = "refunded"
                w.orders[-1]["refund_reason"] = "change_of_plan"
                return None
            t_in = tp + D(minutes=int(rng.integers(30, 150)))
            result = visit_after(c, d, site, "app", device, t_in, pkg, oid)
    if mode == "meituan":
        w.ev(cid, t0 - D(days=int(rng.integers(0, 6))), "tp_meituan_deal", "view", device, "other", site)
        if rng.random() > 0.62:
            return None
        price = round(buy_price(site, pkg, d) * MEITUAN_FACTOR)
        tb = t0 - D(days=int(rng.integers(0, 5)), minutes=-int(rng.integers(2, 30)))
        oid = w.order(cid, tb, price, "paid", "meituan", device, site, "meituan_voucher", package=pkg, unit_price=price,
                      quantity=1, payment_method="meituan", voucher_code=f"MT{int(rng.integers(10**9, 10**10))}")
        w.ev(cid, tb, "tp_meituan_buy", "success", device, "other", site, order_id=oid, amount=f"{price:.2f}",
             currency="CNY", package=pkg)
        if rng.random() < 0.13:
            w.orders[-1]["status"] = "refunded"
            w.orders[-1]["refund_reason"] = str(rng.choice(["unused_voucher_auto_refund", "change_of_plan"], p=[0.6, 0.4]))
            return None
        redeem_fail = rng.random() < 0.05
        t_in = max(tb + D(minutes=40), at(d, 12, 21))
        if redeem_fail:
            comment(cid, t_in + D(hours=2), "tp_checkin", "meituan_review", site, "meituan_redeem", "zh",
                    rating=star("negative"))
        result = visit_after(c, d, site, "meituan", device, t_in, pkg, oid)
    if mode == "desk":
        price = buy_price(site, pkg, d)
        t_in = at(d, 11, 22)
        method = "card" if hel else str(rng.choice(["wechat", "alipay", "cash", "stored_value"], p=[0.5, 0.25, 0.1, 0.15]))
        if c["tier"] != "none" and not hel:
            method = "stored_value"
        oid = w.order(cid, t_in - D(minutes=1), price, "paid", "desk", "", site, "ticket", package=pkg,
                      unit_price=price, quantity=1, payment_method=method, visit_date=str(d))
        w.ev(cid, t_in - D(minutes=1), "tp_desk_ticket", "purchase", "", "store", site, order_id=oid,
             amount=f"{price:.2f}", currency=SITES[site][2], package=pkg)
        result = visit_after(c, d, site, "desk", device, t_in, pkg, oid)
    if result is None:
        return None
    lock_fail, addon, food, t_out, queue = result
    c["_last"] = d
    # feedback after visit
    lang = c["language"]
    if lock_fail and rng.random() < (0.45 if site == "harbin" else 0.3):
        ch = str(rng.choice(["survey", "dianping", "ticket"] if lang == "zh" else ["survey", "google_review", "ticket"]))
        rt = None if ch == "ticket" else star("negative")
        comment(cid, t_out + D(hours=int(rng.integers(1, 30))), "tp_locker", ch, site, "locker_fault", lang,
                rating=rt, nps=nps_of(rt) if ch == "survey" else None)
        if ch == "ticket" or rng.random() < 0.4:
            complaint(c, t_out + D(hours=1), site, "locker")
    if rng.random() < 0.14:
        pool = ["rubbing_praise", "staff_praise", "neutral", "water_temp", "hygiene", "food_price", "technician_late",
                "desk_queue"]
        pw = np.array([0.18 if addon else 0.04, 0.26, 0.16, 0.09, 0.08, 0.14 if food > 60 else 0.06, 0.08 if addon else 0.01,
                       0.25 if queue > 20 else 0.05])
        if site == "harbin" and d >= HARBIN_RISE:
            pool.append("price_high")
            pw = np.append(pw, 0.35)
        nm = str(rng.choice(pool, p=pw / pw.sum()))
        tpmap = {"rubbing_praise": "tp_service_booked", "technician_late": "tp_service_booked", "food_price": "tp_foodcourt",
                 "desk_queue": "tp_checkin", "price_high": "tp_ticket_page", "water_temp": "tp_checkin",
                 "hygiene": "tp_checkin", "staff_praise": "tp_checkout", "neutral": "tp_checkout"}
        chs = ["survey", "dianping", "meituan_review"] if lang == "zh" else ["survey", "google_review"]
        ch = str(rng.choice(chs))
        rt = star(TXT[nm][0])
        comment(cid, t_out + D(hours=int(rng.integers(1, 48))), tpmap[nm], ch, site, nm, lang, rating=rt,
                nps=nps_of(rt) if ch == "survey" else None)
        if TXT[nm][0] == "negative" and rng.random() < 0.25:
            complaint(c, t_out + D(hours=2), site, {"technician_late": "technician", "food_price": "price",
                                                      "price_high": "price", "desk_queue": "queue",
                                                      "hygiene": "hygiene", "water_temp": "facility"}[nm])
    return True


def complaint(c, t, site, ctype):
    cid = c["customer_id"]
    w.ev(cid, t, "tp_complaint", "submit", "", "phone", site, complaint_type=ctype,
         ticket_no=f"CS{w.n_ev:07d}")
    if rng.random() < 0.86:
        hrs = float(rng.gamma(2, 9 if site != "harbin" else 16))
        w.ev(cid, t + D(hours=hrs), "tp_resolution", "close", "", "phone", site, complaint_type=ctype,
             compensation=str(rng.choice(["none", "coupon", "free_scrub", "refund"], p=[0.4, 0.35, 0.15, 0.1])))


# A/B assignment for upsell_prompt: app users active in the window, by customer
for c in customers:
    if rng.random() < 0.9:
        c["_ab"] = "A" if rng.random() < 0.5 else "B"

# ---------------- episodes per customer
all_days = [START + D(days=i) for i in range(days(START, END) + 1)]
dw = np.array([(1.6 if x.weekday() >= 5 else 1.0) * (1.5 if x.month in (11, 12, 1, 2) else 1.0)
               * (1.8 if in_spring(x) else 1.0) * (0.75 if x.month in (6, 7, 8) else 1.0) for x in all_days])
for c in customers:
    n = int(rng.poisson(c["_act"]))
    lo = max(0, days(START, c["_signup"]))
    if lo >= len(all_days):
        continue
    p = dw[lo:] / dw[lo:].sum()
    for k in sorted(rng.choice(np.arange(lo, len(all_days)), size=n, p=p)):
        episode(c, all_days[int(k)])

# membership journey
for c in customers:
    if rng.random() > 0.22:
        continue
    cid, site = c["customer_id"], c["home_site"]
    d = rand_date()
    device = c["primary_device"]
    t = at(d, 9, 23)
    var = None
    if AB2[0] <= d <= AB2[1] and rng.random() < 0.8:
        var = "control" if rng.random() < 0.5 else "bonus_copy"
        w.exp.append(dict(experiment_id="topup_bonus_copy", variant=var, customer_id=cid,
                          assigned_at=fmt(t - D(seconds=5)), surface="tp_membership_page"))
    w.ev(cid, t, "tp_membership_page", "view", device, "app", site)
    if rng.random() < 0.3:
        t2 = t + D(days=int(rng.integers(0, 8)), minutes=int(rng.integers(3, 300)))
        if site == "helsinki":
            amt, card = EUR_CARD, "10_visit"
        else:
            card = str(rng.choice(list(CARDS), p=[0.55, 0.33, 0.12]))
            amt = CARDS[card][0]
        oid = w.order(cid, t2, amt, "paid", "app", device, site, "membership_card", card_type=card,
                      payment_method="mobilepay" if site == "helsinki" else "wechat")
        w.ev(cid, t2, "tp_card_purchase", "success", device, "app", site, order_id=oid, amount=f"{amt:.2f}",
             currency=SITES[site][2], card_type=card)
        c["tier"] = card
        if site != "helsinki":
            tt = t2
            for _ in range(int(rng.poisson(1.2))):
                tt = tt + D(days=int(rng.integers(20, 120)))
                if tt.date() > END:
                    break
                amt = float(rng.choice([500, 1000, 2000], p=[0.5, 0.38, 0.12]))
                oid = w.order(cid, tt, amt, "paid", "app", device, site, "topup", card_type=card,
                              payment_method="wechat", bonus=f"{amt * 0.1:.2f}")
                w.ev(cid, tt, "tp_topup", "success", device, "app", site, order_id=oid, amount=f"{amt:.2f}",
                     currency="CNY")

# A/B rows (only customers who checked in via app in the window get an assignment row)
ab_seen = {}
for e in w.events:
    if e["touchpoint_id"] == "tp_checkin" and e["device"] and "2026-03-01" <= e["ts"][:10] <= "2026-05-31":
        ab_seen.setdefault(e["customer_id"], e["ts"])
for c in customers:
    if c.get("_ab") and c["customer_id"] in ab_seen:
        w.exp.append(dict(experiment_id="upsell_prompt", variant=c["_ab"], customer_id=c["customer_id"],
                          assigned_at=fmt(datetime.fromisoformat(ab_seen[c["customer_id"]]) - D(minutes=1)),
                          surface="tp_checkin"))

# growing locker chatter + undated social posts
for _ in range(150):
    c = customers[int(rng.integers(N_CUST))]
    site = c["home_site"]
    nm = str(rng.choice(["locker_fault", "rubbing_praise", "staff_praise", "food_price", "water_temp", "price_high"],
                        p=[0.3, 0.25, 0.15, 0.1, 0.1, 0.1]))
    if nm == "price_high" and site != "harbin":
        nm = "staff_praise"
    ch = "google_review" if site == "helsinki" else str(rng.choice(["xiaohongshu", "douyin", "weibo"]))
    w.n_fb += 1
    sent, zh, en = TXT[nm]
    pool = en if site == "helsinki" and en else zh
    fid = f"F{w.n_fb:05d}"
    w.fb.append(dict(feedback_id=fid, text=pool[int(rng.integers(len(pool)))], ts="", customer_id="",
                     touchpoint_id={"locker_fault": "tp_locker", "rubbing_praise": "tp_service_booked",
                                    "food_price": "tp_foodcourt", "price_high": "tp_ticket_page"}.get(nm, ""),
                     channel=ch, rating="", nps="", site=site, language="en" if pool is en else "zh", device=""))
    w.truth.append(dict(feedback_id=fid, topic=nm, sentiment=sent))

# segments at the end of the data
last_seen = {}
for e in w.events:
    last_seen[e["customer_id"]] = max(last_seen.get(e["customer_id"], ""), e["ts"])
for c in customers:
    ls = last_seen.get(c["customer_id"], "")
    if c["tier"] != "none":
        c["segment"] = "vip"
    elif c["_signup"] >= date(2026, 1, 1):
        c["segment"] = "new"
    elif ls < "2025-12-01":
        c["segment"] = "at_risk"
    else:
        c["segment"] = "returning"


def write(out: Path, name, rows, cols):
    with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for r in rows:
            wr.writerow({k: r.get(k, "") for k in cols})


def main():
    out = Path(sys.argv[1])
    (out / "_truth").mkdir(parents=True, exist_ok=True)
    write(out, "touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                                    kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out, "journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                 step=k + 1, touchpoint_id=tp, window_days=j[3])
                            for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out, "customers", customers, ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier",
                                        "home_site", "gender", "age_band", "primary_device", "language"])
    w.events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out, "events", w.events, ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel",
                                    "site", "app_version", "package", "order_id", "amount", "currency", "wristband_no",
                                    "queue_minutes", "locker_no", "error", "service", "technician_id", "wait_minutes",
                                    "item", "stay_minutes", "card_type", "complaint_type", "ticket_no", "compensation"])
    write(out, "orders", w.orders, ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "site",
                                    "currency", "product_type", "package", "service", "card_type", "unit_price",
                                    "quantity", "payment_method", "visit_date", "voucher_code", "wristband_no",
                                    "technician_id", "overtime_fee", "bonus", "refund_reason"])
    write(out, "feedback", w.fb, ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                                  "site", "language", "device"])
    write(out, "experiments", w.exp, ["experiment_id", "variant", "customer_id", "assigned_at", "surface"])
    write(out / "_truth", "feedback_truth", w.truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)} events {len(w.events)} orders {len(w.orders)} feedback {len(w.fb)} "
          f"experiments {len(w.exp)}")


if __name__ == "__main__":
    main()
