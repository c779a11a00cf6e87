"""童趣派 FunBurst Kids Parties: children's birthday party venues and mobile entertainers in Shanghai, Beijing,
Guangzhou, Chengdu and Singapore, 2024-06-01 .. 2026-05-31 (synthetic, written blind).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md.
Deterministic (fixed seed), plain Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260531
START = datetime(2024, 6, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
D = timedelta
N = 6200

CITIES = ["上海", "北京", "广州", "成都", "新加坡"]
CITY_W = [0.30, 0.25, 0.17, 0.16, 0.12]
CITY_EN = {"上海": "Shanghai", "北京": "Beijing", "广州": "Guangzhou", "成都": "Chengdu", "新加坡": "Singapore"}
REGION = {"上海": "华东", "北京": "华北", "广州": "华南", "成都": "西南", "新加坡": "东南亚"}
VENUES = {"上海": ["静安店", "浦东店"], "北京": ["望京店", "亦庄店"], "广州": ["天河店"], "成都": ["高新店"],
          "新加坡": ["淡滨尼店"]}
HOME_VENUE = "上门派对"
VENUE_EN = {"静安店": "Jing'an", "浦东店": "Pudong", "望京店": "Wangjing", "亦庄店": "Yizhuang", "天河店": "Tianhe",
            "高新店": "Gaoxin", "淡滨尼店": "Tampines", HOME_VENUE: "At-home party"}
SGD = 5.3  # CNY per SGD; Singapore orders carry SGD in amount_local, amount is CNY
# package: (zh, en, CNY list price, SGD list price)
PACKAGES = {"BASIC": ("基础派对", "Basic party", 1980, 398), "THEME": ("主题派对", "Theme party", 3280, 658),
            "DELUXE": ("豪华派对", "Deluxe party", 5280, 988), "HOME": ("上门派对", "At-home party", 1580, 328)}
PKG_W = [0.30, 0.35, 0.15, 0.20]
THEMES = ["冰雪公主", "恐龙探险", "超级英雄", "萌宠救援队", "太空漫游", "海洋派对"]
THEME_EN = {"冰雪公主": "Ice Princess", "恐龙探险": "Dino Adventure", "超级英雄": "Superheroes",
            "萌宠救援队": "Pet Rescue Team", "太空漫游": "Space Explorer", "海洋派对": "Under the Sea"}
THEME_W = [0.28, 0.20, 0.17, 0.14, 0.12, 0.09]
DECOR = (499, 98)        # premium theme decor add-on, CNY / SGD
CAKES = {"6寸": (268, 48), "8寸": (398, 68), "10寸": (568, 98)}
PHOTO = (599, 128)
# entertainers: id -> (stage name, role, type, city)
ENT = {
    "ENT01": ("主持人Coco", "host", "staff", "上海"), "ENT02": ("魔术师阿杰", "magician", "staff", "上海"),
    "ENT03": ("气球师小雨", "balloon", "freelance", "上海"), "ENT04": ("小丑豆豆", "clown", "freelance", "上海"),
    "ENT05": ("Magician Leo", "magician", "freelance", "上海"), "ENT06": ("主持人甜甜", "host", "staff", "上海"),
    "ENT07": ("主持人大毛", "host", "staff", "北京"), "ENT08": ("魔术师老K", "magician", "freelance", "北京"),
    "ENT09": ("气球师阿福", "balloon", "staff", "北京"), "ENT10": ("小丑乐乐", "clown", "freelance", "北京"),
    "ENT11": ("主持人小夏", "host", "staff", "北京"),
    "ENT12": ("主持人阿May", "host", "staff", "广州"), "ENT13": ("魔术师阿聪", "magician", "staff", "广州"),
    "ENT14": ("小丑泡泡哥", "clown", "freelance", "广州"), "ENT15": ("气球师阿彬", "balloon", "freelance", "广州"),
    "ENT16": ("主持人幺妹", "host", "staff", "成都"), "ENT17": ("魔术师川川", "magician", "freelance", "成都"),
    "ENT18": ("小丑嘟嘟", "clown", "staff", "成都"), "ENT19": ("气球师阿星", "balloon", "freelance", "成都"),
    "ENT20": ("Host Jasmine", "host", "staff", "新加坡"), "ENT21": ("Magician Ray", "magician", "freelance", "新加坡"),
    "ENT22": ("Clown Bubbles", "clown", "freelance", "新加坡"), "ENT23": ("Balloon Ben", "balloon", "staff", "新加坡"),
}
CONSULTANTS = {"上海": ["CS01", "CS02", "CS03"], "北京": ["CS04", "CS05"], "广州": ["CS06"], "成都": ["CS07"],
               "新加坡": ["CS08", "CS09"]}
WANGJING_LATE = (datetime(2025, 7, 1), datetime(2026, 1, 1))     # cleaning-crew cut at 望京店: rooms not turned over
BAKERY_SWITCH = datetime(2025, 10, 1)                            # mainland cake partner 甜心烘焙 -> 麦香坊
PHOTO_SLOW = datetime(2026, 1, 1)                                # two photographers/editors left
FLU = (datetime(2025, 12, 1), datetime(2026, 2, 1))              # flu season: parties cancelled
PAY_BUG = (datetime(2026, 3, 10), datetime(2026, 4, 6))          # mini program v3.2.0: iOS deposit payment bug
EXP = (datetime(2025, 8, 1), datetime(2025, 12, 31, 23, 59))     # proactive consultant A/B test

TOUCHPOINTS = [
    ("tp_ad", "广告种草", "Social ad", "awareness", "ads", "digital", "marketing",
     "小红书|抖音|广告|种草|笔记|ad|ads|instagram|facebook ad"),
    ("tp_listing", "点评店铺页", "Review-site listing", "awareness", "social", "digital", "marketing",
     "大众点评|点评|店铺页|美团|google maps|listing|review site"),
    ("tp_package_view", "浏览套餐", "Package browsing", "consideration", "mini_program", "digital", "growth",
     "看套餐|套餐页|小程序首页|浏览|package page|browse packages|browsing"),
    ("tp_enquiry", "顾问咨询", "Consultant chat", "consideration", "social", "digital", "sales",
     "企微|企业微信|加微信|咨询|顾问|whatsapp|enquiry|consultant|chat with consultant"),
    ("tp_venue_visit", "到店看场地", "Venue tour", "consideration", "store", "physical", "sales",
     "看场地|到店参观|实地看|场地参观|venue tour|site visit|visit the venue"),
    ("tp_package_select", "选择套餐", "Package selected", "consideration", "mini_program", "digital", "growth",
     "选套餐|选定套餐|选档期|挑主题|select package|choose package|pick a date"),
    ("tp_booking_submit", "提交预订", "Booking submitted", "purchase", "mini_program", "digital", "growth",
     "提交订单|下单|预订|订场|submit booking|book|booking form"),
    ("tp_deposit_failed", "定金支付失败", "Deposit payment failed", "purchase", "mini_program", "digital", "payments",
     "付款失败|支付失败|付不了定金|支付报错|payment failed|deposit failed|payment error"),
    ("tp_deposit_paid", "支付定金", "Deposit paid", "purchase", "mini_program", "digital", "payments",
     "付定金|交定金|订金|定金到账|锁档|deposit|pay deposit|deposit paid|confirmed booking"),
    ("tp_theme_addon", "加购主题布置", "Theme decor add-on", "purchase", "mini_program", "digital", "growth",
     "主题布置|布置加购|装饰|气球拱门|decor add-on|theme decor|decorations"),
    ("tp_cake_order", "预订蛋糕", "Cake ordered", "purchase", "mini_program", "digital", "growth",
     "订蛋糕|蛋糕加购|生日蛋糕|cake order|order a cake|birthday cake"),
    ("tp_photo_addon", "加购摄影", "Photo package add-on", "purchase", "mini_program", "digital", "growth",
     "摄影套餐|跟拍|加购摄影|拍照套餐|photo package|photographer|photo add-on"),
    ("tp_entertainer_assigned", "分配表演老师", "Entertainer assigned", "service", "other", "digital", "operations",
     "派老师|排老师|分配艺人|安排魔术师|小丑|assign entertainer|entertainer booked|performer assigned"),
    ("tp_balance_paid", "支付尾款", "Balance paid", "purchase", "mini_program", "digital", "payments",
     "付尾款|结尾款|补款|尾款|balance|final payment|pay the balance"),
    ("tp_reminder", "派对前提醒", "Pre-party reminder", "service", "social", "digital", "operations",
     "提醒|短信提醒|派对前通知|reminder|pre-party message"),
    ("tp_cake_delivered", "蛋糕送达", "Cake delivered", "service", "other", "physical", "operations",
     "蛋糕送到|送蛋糕|蛋糕配送|cake delivery|cake arrived|cake delivered"),
    ("tp_entertainer_noshow", "表演老师爽约", "Entertainer no-show", "service", "other", "physical", "operations",
     "老师没来|放鸽子|爽约|艺人缺席|no-show|no show|didn't turn up|entertainer missing"),
    ("tp_party_start", "派对开场", "Party starts", "service", "store", "physical", "venue_ops",
     "开场|派对开始|进场|签到|party day|party start|kick-off|check-in"),
    ("tp_photo_delivered", "照片交付", "Photos delivered", "service", "mini_program", "digital", "operations",
     "照片交付|出片|收到照片|相册|photos delivered|photo delivery|gallery"),
    ("tp_cancel_request", "取消预订", "Cancellation request", "service", "mini_program", "digital", "customer_service",
     "取消|退订|不办了|改期取消|cancel|cancellation|call off"),
    ("tp_refund", "退款到账", "Refund issued", "service", "mini_program", "digital", "finance",
     "退款|退钱|退定金|refund|money back|refund issued"),
    ("tp_cs_ticket", "客服工单", "Support ticket", "service", "phone", "digital", "customer_service",
     "投诉|工单|客服|找客服|complaint|support ticket|customer service"),
    ("tp_review", "家长评价", "Parent review", "loyalty", "mini_program", "digital", "customer_service",
     "评价|打分|满意度|问卷|review|rating|survey|feedback form"),
    ("tp_referral", "推荐好友", "Referral shared", "loyalty", "social", "digital", "marketing",
     "推荐|转发|老带新|分享给朋友|referral|refer a friend|share"),
]
JOURNEYS = [
    ("online_booking", "线上预订", "Online booking", 7,
     ["tp_package_view", "tp_package_select", "tp_booking_submit", "tp_deposit_paid"]),
    ("consult_booking", "顾问咨询成交", "Consultant-led booking", 21,
     ["tp_enquiry", "tp_venue_visit", "tp_deposit_paid"]),
    ("party_fulfilment", "派对履约", "Party fulfilment", 75,
     ["tp_deposit_paid", "tp_balance_paid", "tp_party_start", "tp_review"]),
    ("cancel_refund", "取消退款", "Cancellation and refund", 14, ["tp_cancel_request", "tp_refund"]),
]

TEXTS = {
    "noshow": (["约好的魔术师没来，临时换人，孩子们干等了好久", "表演老师放鸽子，派对冷场了半小时",
                "老师没来也没人提前通知，太失望了", "小丑老师爽约，生日会差点办砸"],
               ["The entertainer never showed up, the kids waited for ages",
                "Our clown was a no-show and nobody warned us",
                "The magician didn't turn up and the party fell flat",
                "No-show entertainer on my daughter's birthday, very disappointing"]),
    "late_start": (["派对开场晚了半小时，前一场还没收拾完", "等了快40分钟才开始，玩的时间被压缩了",
                    "开场晚了，进去时场地还在打扫", "说好两点开始，拖到两点半才进场"],
                   ["The party started late because the room wasn't ready",
                    "We waited 40 minutes before it even started",
                    "Started late and they still ended on time, so we lost half an hour",
                    "The start was delayed by half an hour, the previous party was still there"]),
    "cake": (["蛋糕送晚了，切蛋糕环节只能往后推", "蛋糕迟到四十分钟，小朋友都等急了",
              "蛋糕上的名字写错了，女儿当场就哭了", "蛋糕送来的时候侧面都压坏了"],
             ["The cake arrived late, we had to move the candles to the very end",
              "Cake came 40 minutes late, the kids were getting restless",
              "They spelled my son's name wrong on the cake",
              "The cake was squashed on one side when it arrived"]),
    "photo": (["照片拍完两周了还没收到", "摄影套餐的照片迟迟不交付，催了好几次",
               "照片要等十几天才出，生日都过去好久了"],
              ["Still waiting for the party photos two weeks later",
               "Photo delivery is painfully slow, I chased them three times",
               "Took almost two weeks to get our photos"]),
    "forfeit": (["孩子发烧只能取消，定金一分不退，太不近人情", "提前五天取消就扣全部定金，规则不合理",
                 "取消后定金不退，客服只会说按规定办"],
                ["Cancelled because my kid was sick and they kept the whole deposit",
                 "The deposit is non-refundable even five days out, that is unfair",
                 "They kept our deposit after we cancelled, support just quoted the policy"]),
    "payment": (["小程序付定金一直失败，提示签名错误", "苹果手机付不了定金，试了好多次",
                 "支付失败好几次，差点被别人抢了档期"],
                ["Paying the deposit kept failing in the mini program",
                 "Could not pay the deposit on my iPhone, error every time",
                 "Payment failed three times and we nearly lost our slot"]),
    "host": (["主持人特别会带气氛，孩子们玩疯了", "老师很专业，孩子玩得特别开心", "魔术表演太精彩了，小朋友全程尖叫",
              "气球造型做得超快，每个孩子都拿到了"],
             ["The host was amazing, the kids had a blast",
              "Fantastic magician, the children were screaming with joy",
              "Super professional entertainer, best party we've had",
              "The balloon artist was brilliant, every child got one"]),
    "decor": (["主题布置很用心，拍照超好看", "布置很漂亮，孩子一进门就尖叫", "恐龙主题布置太逼真了"],
              ["Beautiful theme decor, lots of great photo spots", "The decorations were gorgeous",
               "Loved the decor, it looked exactly like the pictures"]),
    "price": (["价格有点贵，加购项目一多就好几千", "性价比一般，蛋糕摄影都要另外加钱"],
              ["A bit pricey once you add the extras", "Good party but the add-ons make it expensive"]),
    "dirty": (["场地有点脏，地上还有上一场的彩带", "洗手间不太干净，希望改进"],
              ["The room was messy from the previous party", "The toilets were not clean"]),
    "parking": (["停车不方便，找车位找了二十分钟", "商场停车太贵了"],
                ["Parking near the venue was a nightmare", "Hard to find parking, arrived stressed"]),
    "neutral": (["还可以，中规中矩", "整体一般吧，没有特别惊喜"], ["It was okay", "Average, nothing special"]),
}
NEG = {"noshow", "late_start", "cake", "photo", "forfeit", "payment", "price", "dirty", "parking"}
TOPIC_TP = {"noshow": "tp_entertainer_noshow", "late_start": "tp_party_start", "cake": "tp_cake_delivered",
            "photo": "tp_photo_delivered", "forfeit": "tp_refund", "payment": "tp_deposit_failed",
            "host": "tp_party_start", "decor": "tp_party_start", "price": "tp_package_select",
            "dirty": "tp_party_start", "parking": "tp_party_start", "neutral": "tp_review"}

R = np.random.default_rng(SEED)


def rint(a, b):
    return int(R.integers(a, b + 1))


def p(x):
    return R.random() < x


def pick(seq, w=None):
    if w is None:
        return seq[int(R.integers(len(seq)))]
    w = np.asarray(w, float)
    return seq[int(R.choice(len(seq), p=w / w.sum()))]


def at(day, h, m=0):
    return day.replace(hour=h, minute=m, second=rint(0, 59))


def hour(t, lo=8, hi=22):
    return t.replace(hour=rint(lo, hi), minute=rint(0, 59), second=rint(0, 59))


# party-day weights: weekends, Children's Day, summer, Christmas in Singapore, growth
PDAYS = [datetime(2024, 6, 20) + D(days=i) for i in range((datetime(2026, 7, 31) - datetime(2024, 6, 20)).days)]


def _pw(d, sg):
    m = d.month
    w = {1: 0.85, 2: 0.6, 3: 0.9, 4: 1.0, 5: 1.15, 6: 1.3, 7: 1.3, 8: 1.25, 9: 0.9, 10: 1.05, 11: 0.9, 12: 1.05}[m]
    if sg and m == 12:
        w = 1.6
    if m == 6 and d.day <= 2:
        w *= 3.0
    w *= 3.2 if d.weekday() >= 5 else 0.55
    return w * (1.0 + 0.35 * (d - PDAYS[0]).days / 760)


PW = {sg: np.array([_pw(d, sg) for d in PDAYS]) for sg in (False, True)}
for k in PW:
    PW[k] /= PW[k].sum()


class W:
    events: list = []
    orders: list = []
    feedback: list = []
    customers: list = []
    experiments: list = []


_n = {"e": 0, "o": 0, "f": 0, "s": 0}


def ev(c, ts, tp, action, session, channel, **kw):
    _n["e"] += 1
    dev = c["primary_device"]
    row = dict(event_id=f"EV{_n['e']:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
               session_id=session, device=dev if channel in ("mini_program", "web", "ads", "social") else None,
               channel=channel, city=c["city"])
    if channel == "mini_program":
        row["app_version"] = "3.2.0" if PAY_BUG[0] <= ts < PAY_BUG[1] else (
            "3.1.4" if ts < PAY_BUG[0] else "3.2.1")
    row.update(kw)
    W.events.append(row)
    return ts


def order(c, ts, otype, cny, sgd, session, status="paid", **kw):
    _n["o"] += 1
    sg = c["city"] == "新加坡"
    amount = round(sgd * SGD, 2) if sg else round(cny, 2)
    row = dict(order_id=f"OD{_n['o']:06d}", customer_id=c["customer_id"], ts=ts, amount=amount, status=status,
               order_type=otype, currency="SGD" if sg else "CNY", amount_local=round(sgd, 2) if sg else amount,
               city=c["city"], session_id=session, device=c["primary_device"],
               channel="web" if (sg or c["primary_device"] == "pc") else "mini_program")
    row.update(kw)
    W.orders.append(row)
    return row


def fb(c, topic, channel, ts=None, rating=None, nps=None, tp=None, **kw):
    _n["f"] += 1
    zh, en = TEXTS[topic]
    text = pick(zh if c["language"] == "zh" else en)
    sent = "neg" if topic in NEG else ("neu" if topic == "neutral" else "pos")
    W.feedback.append(dict(feedback_id=None, customer_id=c["customer_id"], ts=ts, text=text,
                           touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating=rating, nps=nps,
                           language=c["language"], city=c["city"], sentiment_label=sent, **kw))


def make_customers():
    for i in range(1, N + 1):
        city = pick(CITIES, CITY_W)
        sg = city == "新加坡"
        lang = ("en" if p(0.85) else "zh") if sg else ("en" if city == "上海" and p(0.10) else "zh")
        if sg:
            acq = pick(["google_ads", "facebook", "friend_referral", "walk_in"], [0.35, 0.25, 0.25, 0.15])
            dev = pick(["ios", "android", "pc"], [0.55, 0.25, 0.20])
        else:
            acq = pick(["xiaohongshu", "dianping", "douyin", "wechat_referral", "kindergarten_partner", "walk_in"],
                       [0.28, 0.22, 0.16, 0.16, 0.10, 0.08])
            dev = pick(["ios", "android", "pc"], [0.52, 0.42, 0.06])
        W.customers.append(dict(
            customer_id=f"P{i:05d}", city=city, city_en=CITY_EN[city], region=REGION[city], acquisition_channel=acq,
            primary_device=dev, language=lang, child_age=rint(2, 10), kids_count=pick([1, 2, 3], [0.62, 0.33, 0.05]),
            parent_role=pick(["妈妈", "爸爸", "祖辈", "其他"], [0.66, 0.25, 0.07, 0.02]),
            marketing_opt_in=pick(["Y", "N"], [0.58, 0.42]), wechat_bound=("N" if sg else pick(["Y", "N"], [0.9, 0.1])),
            parties=0, bad=False, deluxe=False, spend=0.0, first_sel=None, exp=None))


def plan(c, party_day, k):
    """One party plan (browse .. review). Returns (held, bad_experience)."""
    sg = c["city"] == "新加坡"
    lead = int(min(60, max(5, R.gamma(3.0, 7.0))))
    t0 = hour(party_day - D(days=lead), 8, 23)
    if t0 < START or t0 > END:
        return False, False
    _n["s"] += 1
    s = f"PB{_n['s']:06d}"
    ch = "web" if (sg or c["primary_device"] == "pc") else "mini_program"
    acq = c["acquisition_channel"]
    if p(0.35):
        ev(c, t0 - D(minutes=rint(10, 60 * 48)), "tp_ad", "click", s, "ads",
           utm_campaign=pick(["birthday_general", "summer_party", "liuyi_61", "dino_theme", "princess_theme"]))
    if p(0.25) or acq == "dianping":
        ev(c, t0 - D(minutes=rint(5, 600)), "tp_listing", "view", s, "social")
    pkg = pick(list(PACKAGES), PKG_W)
    venue = HOME_VENUE if pkg == "HOME" else pick(VENUES[c["city"]])
    theme = pick(THEMES, THEME_W)
    base = dict(venue=venue, venue_en=VENUE_EN[venue], package=pkg, theme=theme, party_date=party_day.date())
    for j in range(rint(1, 3)):
        ev(c, t0 + D(minutes=5 * j), "tp_package_view", "view", s, ch)
    t = t0
    enquired = visited = False
    if p(0.30 if pkg != "HOME" else 0.18) or acq == "walk_in":
        enquired = True
        cons = pick(CONSULTANTS[c["city"]])
        t = t + D(minutes=rint(5, 60 * 20))
        ev(c, t, "tp_enquiry", "submit", s, "social", consultant_id=cons, contact_via="whatsapp" if sg else "wechat_work",
           venue=venue, venue_en=VENUE_EN[venue])
        if pkg != "HOME" and p(0.5 if acq != "walk_in" else 0.9):
            visited = True
            t = hour(t + D(days=rint(1, 6)), 10, 20)
            ev(c, t, "tp_venue_visit", "success", s, "store", consultant_id=cons, venue=venue,
               venue_en=VENUE_EN[venue])
    # select
    sel_p = 0.72 + (0.15 if visited else 0)
    if not p(sel_p):
        return False, False
    t = t + D(minutes=rint(3, 60 * 30))
    ev(c, t, "tp_package_select", "click", s, ch, **base, guest_kids=rint(6, 25))
    if c["first_sel"] is None:
        c["first_sel"] = t
        if EXP[0] <= t <= EXP[1]:
            c["exp"] = ("consultant" if p(0.5) else "control", t)
            W.experiments.append(dict(experiment_id="exp_consultant_push", variant=c["exp"][0],
                                      customer_id=c["customer_id"], assigned_at=t))
    pushed = c["exp"] is not None and c["exp"][0] == "consultant" and t - c["exp"][1] < D(days=1)
    if pushed and not enquired:
        cons = pick(CONSULTANTS[c["city"]])
        ev(c, t + D(minutes=rint(20, 240)), "tp_enquiry", "submit", s, "social", consultant_id=cons,
           contact_via="wechat_work", venue=venue, venue_en=VENUE_EN[venue], note="proactive")
    mult = {"kindergarten_partner": 1.2, "wechat_referral": 1.08, "friend_referral": 1.06, "xiaohongshu": 0.86,
            "douyin": 0.8, "facebook": 0.9}.get(acq, 1.0)
    sub_p = min(0.97, 0.76 * mult + (0.12 if pushed else 0) + (0.1 if visited else 0))
    if not p(sub_p):
        return False, False
    t = t + D(minutes=rint(2, 60 * 20))
    store = visited and p(0.6)
    sch = "store" if store else ch
    ev(c, t, "tp_booking_submit", "submit", s, sch, **base)
    dep_p = min(0.98, 0.84 * mult + (0.1 if pushed else 0))
    bug = (not store) and ch == "mini_program" and c["primary_device"] == "ios" and PAY_BUG[0] <= t < PAY_BUG[1]
    if bug and p(0.62):
        ev(c, t + D(minutes=1), "tp_deposit_failed", "fail", s, ch, error_code="WXPAY_SIGN_ERR", **base)
        if p(0.3):
            fb(c, "payment", "ticket", ts=None if p(0.1) else t + D(minutes=rint(10, 90)), session_id=s)
        if not p(0.38):
            return False, False
        t = t + D(minutes=rint(10, 60 * 30))
    elif not store and p(0.03):
        ev(c, t + D(minutes=1), "tp_deposit_failed", "fail", s, ch,
           error_code=pick(["BANK_DECLINED", "USER_CANCELLED", "TIMEOUT"]), **base)
        t = t + D(minutes=rint(3, 120))
    if not p(dep_p):
        return False, False
    t = t + D(minutes=rint(1, 60 * 6))
    if t >= party_day:
        return False, False
    cny, sgd = PACKAGES[pkg][2], PACKAGES[pkg][3]
    dep_cny, dep_sgd = round(cny * 0.3, 2), round(sgd * 0.3, 2)
    ev(c, t, "tp_deposit_paid", "success", s, sch, **base, amount_paid=round(dep_sgd * SGD if sg else dep_cny, 2))
    paid = [order(c, t, "deposit", dep_cny, dep_sgd, s, venue=venue, package=pkg, package_zh=PACKAGES[pkg][0],
                  theme=theme)]
    tdep = t
    # add-ons
    addons = []
    if pkg != "HOME" and p(0.42):
        ta = tdep + D(minutes=rint(2, 60 * 24 * 5))
        ta = min(ta, party_day - D(hours=30))
        ev(c, ta, "tp_theme_addon", "submit", s, ch, **base)
        addons.append(order(c, ta, "theme_addon", DECOR[0], DECOR[1], s, venue=venue, package=pkg, theme=theme))
    cake = None
    if p(0.62):
        size = pick(list(CAKES), [0.35, 0.45, 0.20])
        tc = min(tdep + D(minutes=rint(2, 60 * 24 * 8)), party_day - D(hours=30))
        sup = "Bakes & Co" if sg else ("甜心烘焙" if party_day < BAKERY_SWITCH else "麦香坊")
        ev(c, tc, "tp_cake_order", "submit", s, ch, **base, cake_size=size, cake_supplier=sup)
        addons.append(order(c, tc, "cake", CAKES[size][0], CAKES[size][1], s, venue=venue, package=pkg, theme=theme,
                            cake_size=size))
        cake = (size, sup)
    photo = False
    if p(0.30 if pkg != "DELUXE" else 0.55):
        tph = min(tdep + D(minutes=rint(2, 60 * 24 * 10)), party_day - D(hours=30))
        ev(c, tph, "tp_photo_addon", "submit", s, ch, **base)
        addons.append(order(c, tph, "photo", PHOTO[0], PHOTO[1], s, venue=venue, package=pkg, theme=theme))
        photo = True
    # entertainer
    pool = [e for e, v in ENT.items() if v[3] == c["city"]]
    w = [3.0 if e == "ENT14" else (0.6 if ENT[e][2] == "freelance" else 1.0) for e in pool]
    ent = pick(pool, w)
    t_assign = hour(party_day - D(days=rint(2, 9)), 9, 20)
    if t_assign < tdep:
        t_assign = tdep + D(hours=2)
    # cancellation?
    slot = at(party_day, *pick([(10, 0), (13, 30), (16, 30)], [0.3, 0.4, 0.3]))
    flu = FLU[0] <= party_day < FLU[1]
    if p(0.21 if flu else 0.07):
        days_before = pick([rint(0, 6), rint(7, 35)], [0.42, 0.58])
        tcan = hour(party_day - D(days=days_before), 8, 22)
        if tcan <= tdep:
            tcan = tdep + D(hours=rint(2, 30))
        days_before = (party_day.date() - tcan.date()).days
        if days_before < 0:
            return False, False
        reason = pick(["孩子生病", "行程有变", "选了别家", "天气原因", "其他"],
                      [0.7, 0.15, 0.05, 0.05, 0.05] if flu else [0.25, 0.35, 0.2, 0.08, 0.12])
        assigned = t_assign < tcan
        if assigned:
            ev(c, t_assign, "tp_entertainer_assigned", "success", s, "other", **base, entertainer_id=ent,
               entertainer_name=ENT[ent][0], entertainer_type=ENT[ent][2])
        tbal = None
        if days_before <= 3 and p(0.5):
            tbal = tcan - D(days=1, hours=rint(0, 10))
            if tbal > tdep:
                ev(c, tbal, "tp_balance_paid", "success", s, ch, **base)
                paid.append(order(c, tbal, "balance", round(cny * 0.7, 2), round(sgd * 0.7, 2), s, venue=venue,
                                  package=pkg, package_zh=PACKAGES[pkg][0], theme=theme))
        ev(c, tcan, "tp_cancel_request", "submit", s, ch, **base, days_before_party=days_before, cancel_reason=reason)
        refunded = (paid + addons) if days_before >= 7 else (paid[1:] + addons)
        for o in refunded:
            o["status"] = "refunded"
        amt = round(sum(o["amount"] for o in refunded), 2)
        if amt > 0:
            tr = hour(tcan + D(days=rint(1, 6)), 9, 21)
            ev(c, tr, "tp_refund", "success", s, ch, **base, refund_amount=amt, days_before_party=days_before)
        if days_before < 7 and p(0.55):
            tt = tcan + D(hours=rint(1, 48))
            if p(0.85):
                ev(c, tt, "tp_cs_ticket", "submit", s, "phone", ticket_type="deposit_forfeit")
            fb(c, "forfeit", "ticket", ts=None if p(0.12) else tt, session_id=s, venue=venue)
        return False, days_before < 7
    ev(c, t_assign, "tp_entertainer_assigned", "success", s, "other", **base, entertainer_id=ent,
       entertainer_name=ENT[ent][0], entertainer_type=ENT[ent][2])
    tbal = hour(party_day - D(days=rint(1, 5)), 8, 22) if p(0.85) else slot - D(minutes=rint(20, 60))
    if tbal <= tdep:
        tbal = tdep + D(hours=rint(1, 12))
    coupon, disc = None, 0.0
    if tdep.month == 5:
        coupon, disc = "LIUYI61", 61.0
    elif k == 0 and p(0.2):
        coupon, disc = "FIRSTPARTY100", 100.0
    bal_cny, bal_sgd = round(cny * 0.7 - disc, 2), round(sgd * 0.7 - disc / SGD, 2)
    ev(c, tbal, "tp_balance_paid", "success", s, "store" if tbal.date() == slot.date() else ch, **base,
       coupon_code=coupon)
    paid.append(order(c, tbal, "balance", bal_cny, bal_sgd, s, venue=venue, package=pkg,
                      package_zh=PACKAGES[pkg][0], theme=theme, coupon_code=coupon,
                      discount_amount=round(disc if not sg else disc, 2)))
    ev(c, hour(party_day - D(days=1), 9, 12), "tp_reminder", "success", s, "social", **base)
    # party day
    weather = pick(["晴", "多云", "阴", "小雨", "大雨"], [0.4, 0.25, 0.15, 0.14, 0.06])
    noshow = p(0.19 if ent == "ENT14" else (0.035 if ENT[ent][2] == "freelance" else 0.012))
    performer = ent
    if noshow:
        ev(c, slot - D(minutes=rint(0, 20)), "tp_entertainer_noshow", "fail", s, "other", **base, entertainer_id=ent,
           entertainer_name=ENT[ent][0], entertainer_type=ENT[ent][2])
        subs = [e for e in pool if e != ent]
        performer = pick(subs) if p(0.7) else None
    r = R.random()
    delay = rint(0, 5) if r < 0.80 else (rint(6, 15) if r < 0.92 else rint(16, 40))
    if venue == "望京店" and WANGJING_LATE[0] <= slot < WANGJING_LATE[1] and p(0.5):
        delay = rint(16, 55)
    if venue == HOME_VENUE and p(0.12):
        delay = rint(16, 45)
    if noshow:
        delay += rint(25, 60)
    kids = rint(6, 25)
    ev(c, slot + D(minutes=delay), "tp_party_start", "success", s, "store" if venue != HOME_VENUE else "other", **base,
       entertainer_id=performer, entertainer_name=ENT[performer][0] if performer else None,
       entertainer_type=ENT[performer][2] if performer else None, start_delay_min=delay, guest_kids=kids,
       weather=weather, staff_on_shift=rint(2, 6) if venue != HOME_VENUE else 1)
    cake_issue = None
    if cake:
        size, sup = cake
        late_p = 0.30 if sup == "麦香坊" else 0.06
        cm = rint(21, 70) if p(late_p) else rint(-30, 15)
        issue = "late" if cm > 20 else "none"
        if p(0.07 if sup == "麦香坊" else 0.012):
            issue = "wrong_name"
        elif p(0.015):
            issue = "damaged"
        cake_issue = issue
        ev(c, slot - D(minutes=30) + D(minutes=cm), "tp_cake_delivered", "success", s, "other", **base,
           cake_size=size, cake_supplier=sup, cake_minutes_late=max(cm, 0), cake_issue=issue)
    photo_days = None
    if photo:
        photo_days = rint(8, 16) if party_day >= PHOTO_SLOW else rint(2, 5)
        ev(c, hour(party_day + D(days=photo_days), 10, 21), "tp_photo_delivered", "success", s, ch, **base,
           photo_days=photo_days, photo_count=rint(45, 90))
        if photo_days >= 10 and p(0.3):
            tt = hour(party_day + D(days=rint(7, photo_days - 1)), 9, 21)
            ev(c, tt, "tp_cs_ticket", "submit", s, "phone", ticket_type="photo_delay")
            fb(c, "photo", "ticket", ts=None if p(0.12) else tt, session_id=s, venue=venue)
    if noshow and p(0.6):
        fb(c, "noshow", "call_note", ts=None if p(0.4) else slot + D(hours=rint(1, 5)), session_id=s, venue=venue,
           entertainer_id=ent)
    # survey / public review
    dirty = venue != HOME_VENUE and p(0.05)
    issues = {"noshow": 2.6 if noshow else 0, "late_start": 1.3 if delay > 15 and not noshow else 0,
              "cake": 1.2 if cake_issue in ("late", "wrong_name", "damaged") else 0,
              "dirty": 0.9 if dirty else 0}
    pen = sum(issues.values())
    score = 4.7 - pen + R.normal(0, 0.45)
    rating = int(min(5, max(1, round(score))))
    nps = int(min(10, max(0, round(2.2 * score - 0.6 + R.normal(0, 1.1)))))
    top = max(issues, key=issues.get)
    if pen > 0 and rating <= 3:
        topic = top
    elif rating >= 4:
        topic = pick(["host", "decor", "host", "price", "parking"], [3, 2, 1, 0.5, 0.4])
    else:
        topic = pick(["neutral", "price", "parking"])
    info = dict(session_id=s, venue=venue, entertainer_id=performer, package=pkg)
    if p(0.55):
        tr = hour(slot + D(hours=rint(3, 60)), 8, 23)
        ev(c, tr, "tp_review", "submit", s, ch, **base, rating=rating)
        fb(c, topic, "survey", ts=tr, rating=rating, nps=nps, tp="tp_review" if topic == "neutral" else None, **info)
    if p(0.13):
        fb(c, topic, "social", ts=None if p(0.2) else hour(slot + D(days=rint(1, 10))), rating=rating, **info)
    if rating >= 4 and p(0.15):
        ev(c, hour(slot + D(days=rint(1, 20))), "tp_referral", "click", s, "social")
    c["parties"] += 1
    c["deluxe"] |= pkg == "DELUXE"
    c["spend"] += sum(o["amount"] for o in paid + addons)
    return True, noshow or rating <= 2


def customer(c):
    sg = c["city"] == "新加坡"
    day = PDAYS[int(R.choice(len(PDAYS), p=PW[sg]))]
    k = 0
    tries = 0
    while day <= datetime(2026, 7, 31) and tries < 5:
        tries += 1
        held, bad = plan(c, day, k)
        if held or bad:
            c["bad"] = bad
        if held:
            k += 1
            if p(0.15 if bad else 0.50):
                day = day + D(days=rint(345, 385))        # next birthday
            elif p(0.15):
                day = day + D(days=rint(60, 300))         # a sibling's birthday
            else:
                break
        else:
            if bad and p(0.8):
                break
            if p(0.22):
                day = day + D(days=rint(7, 60))
            else:
                break
        # keep the party on a weekend mostly
        if day.weekday() < 5 and p(0.75):
            day = day + D(days=5 - day.weekday())


def write(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            out = []
            for k in cols:
                v = r.get(k)
                if isinstance(v, datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S")
                out.append("" if v is None else v)
            w.writerow(out)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    make_customers()
    for c in W.customers:
        customer(c)
    # data ends 2026-05-31: drop everything later (future parties stay as deposits only)
    W.events = [e for e in W.events if START <= e["ts"] <= END]
    W.orders = [o for o in W.orders if o["ts"] <= END]
    W.feedback = [f for f in W.feedback if f["ts"] is None or f["ts"] <= END]
    cust_with = {e["customer_id"] for e in W.events}
    first = {}
    for e in W.events:
        cid = e["customer_id"]
        if cid not in first or e["ts"] < first[cid]:
            first[cid] = e["ts"]
    held = {}
    for e in W.events:
        if e["touchpoint_id"] == "tp_party_start":
            held[e["customer_id"]] = held.get(e["customer_id"], 0) + 1
    for c in W.customers:
        if c["customer_id"] not in cust_with:
            continue
        c["signup_at"] = first[c["customer_id"]] - D(minutes=rint(1, 240))
        n = held.get(c["customer_id"], 0)
        if c["bad"]:
            seg = "at_risk"
        elif n >= 2 and (c["deluxe"] or c["spend"] >= 9000):
            seg = "vip"
        elif n >= 2:
            seg = "returning"
        else:
            seg = "new"
        c["segment"] = seg
        c["tier"] = "gold" if c["spend"] >= 8000 else ("silver" if c["spend"] >= 3000 else "regular")
    W.customers = [c for c in W.customers if c["customer_id"] in cust_with]
    W.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    # the venue check-in tablet sends some party-start rows twice: exact duplicates (same event_id)
    dup = [dict(e) for e in W.events if e["touchpoint_id"] == "tp_party_start" and p(0.02)]
    W.events.extend(dup)
    W.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    fbs = sorted(W.feedback, key=lambda f: (f["ts"] or datetime(2100, 1, 1)))
    for i, f in enumerate(fbs, 1):
        f["feedback_id"] = f"FB{i:05d}"

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for i, tp in enumerate(j[4])]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", W.customers,
          ["customer_id", "signup_at", "segment", "region", "city", "city_en", "acquisition_channel", "tier",
           "primary_device", "language", "child_age", "kids_count", "parent_role", "marketing_opt_in",
           "wechat_bound"])
    write(out / "events.csv", W.events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "venue", "venue_en", "package", "theme", "party_date", "guest_kids", "consultant_id", "contact_via",
           "note", "entertainer_id", "entertainer_name", "entertainer_type", "start_delay_min", "weather",
           "staff_on_shift", "cake_size", "cake_supplier", "cake_minutes_late", "cake_issue", "photo_days",
           "photo_count", "days_before_party", "cancel_reason", "refund_amount", "amount_paid", "coupon_code",
           "ticket_type", "rating", "error_code", "app_version", "utm_campaign"])
    write(out / "orders.csv", W.orders,
          ["order_id", "customer_id", "ts", "amount", "status", "order_type", "currency", "amount_local", "city",
           "venue", "session_id", "package", "package_zh", "theme", "cake_size", "coupon_code", "discount_amount",
           "device", "channel"])
    write(out / "feedback.csv", fbs,
          ["feedback_id", "customer_id", "ts", "text", "touchpoint_id", "channel", "rating", "nps", "language",
           "city", "venue", "package", "entertainer_id", "session_id", "sentiment_label"])
    write(out / "experiments.csv", W.experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(W.customers)}, events {len(W.events)}, orders {len(W.orders)}, "
          f"feedback {len(W.feedback)}, experiments {len(W.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
