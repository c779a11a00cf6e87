"""GlowUp 焕颜美业: a beauty & hair salon chain (6 stores in Shanghai, Hangzhou and Chengdu) with a WeChat booking
mini program, deposits, counter payment, prepaid cards (储值卡) and rebooking reminders, 2025-06-01 .. 2026-08-31.

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

SEED = 20260815
START = datetime(2025, 6, 1)
END = datetime(2026, 8, 31, 21, 59, 0)
NDAYS = (END.date() - START.date()).days + 1
N_OLD, N_NEW = 2000, 1800
D = timedelta

PRICE_HIKE = datetime(2026, 3, 1)                                     # 染发 / 烫发 list prices +20 %
ANDROID_BUG = (datetime(2025, 11, 10), datetime(2025, 11, 30, 23, 59))  # mini program 3.2.0 Android deposit bug
UPSELL = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59))      # S02 year-end prepaid-card sales push
LUJIAZUI_SHORT = datetime(2026, 1, 1)                                 # S03 two stylists gone, front desk short
LEAVER, LEAVE_DAY = "ST03", datetime(2026, 2, 15)                     # S01 senior stylist Kevin leaves
LISTING_OFF = datetime(2026, 4, 16)                                   # ... but stays bookable online until then
PROMO = (datetime(2026, 4, 1), datetime(2026, 6, 30, 23, 59))         # S05 Xiaohongshu ¥39 first-cut promo
AB_START = datetime(2026, 3, 1)                                       # rebooking reminder A/B test

STORES = [  # id, zh, en, city, district, weight, price mult, english-speaking share
    ("S01", "静安寺店", "Jing'an Temple", "Shanghai", "静安区", 1.2, 1.12, 0.22),
    ("S02", "徐家汇店", "Xujiahui", "Shanghai", "徐汇区", 1.1, 1.08, 0.10),
    ("S03", "陆家嘴店", "Lujiazui", "Shanghai", "浦东新区", 1.1, 1.12, 0.25),
    ("S04", "湖滨店", "Hubin", "Hangzhou", "上城区", 1.0, 1.0, 0.06),
    ("S05", "滨江店", "Binjiang", "Hangzhou", "滨江区", 0.9, 0.95, 0.05),
    ("S06", "春熙路店", "Chunxi Road", "Chengdu", "锦江区", 1.0, 0.9, 0.04),
]
ST = {s[0]: s for s in STORES}
CATS = ["剪发", "染发", "烫发", "美甲", "皮肤护理"]
CAT_EN = {"剪发": "haircut", "染发": "hair_color", "烫发": "perm", "美甲": "nails", "皮肤护理": "skincare"}
CAT_W = np.array([0.50, 0.18, 0.08, 0.14, 0.10])
BASE = {"剪发": 128, "染发": 498, "烫发": 598, "美甲": 168, "皮肤护理": 388}
DUR = {"剪发": 60, "染发": 150, "烫发": 180, "美甲": 90, "皮肤护理": 90}
DEPOSIT = {"剪发": 20, "染发": 100, "烫发": 100, "美甲": 20, "皮肤护理": 50}
REMIND = {"剪发": 35, "染发": 60, "烫发": 90, "美甲": 21, "皮肤护理": 28}
LEVEL_MULT = {"junior": 0.8, "senior": 1.0, "director": 1.5}
ROLE = {"剪发": "hair", "染发": "hair", "烫发": "hair", "美甲": "nail", "皮肤护理": "skin"}
CARDS = {"silver": (1000, 100, 0.90), "gold": (3000, 450, 0.85), "diamond": (5000, 1000, 0.80)}  # top-up, bonus, price
ACQ = ["xiaohongshu", "douyin_ads", "dianping", "referral", "walk_in"]
ACQ_W = [0.30, 0.20, 0.18, 0.17, 0.15]
ACQ_INTENT = {"xiaohongshu": 0.8, "douyin_ads": 0.7, "dianping": 1.0, "referral": 1.3, "walk_in": 1.0}
NAMES = ["Tony", "Kevin", "Amy", "Leo", "Coco", "Jason", "Lily", "Mia", "Ryan", "Vivian", "Eric", "Sandy", "Andy",
         "Nina", "Sam", "Grace", "Jack", "Yuki", "Ben", "Luna", "Max", "Ivy", "Oscar", "Zoe", "Allen", "Cindy", "Dylan",
         "Fiona", "Henry", "Joy", "Ken", "Rita", "Alex", "Bella", "Chris", "Daisy", "Evan", "Hazel", "Ian", "Judy",
         "Kai", "Lynn"]

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_xhs", "小红书种草笔记", "Xiaohongshu post", "awareness", "social", "digital", "品牌市场",
     "小红书|种草|笔记|红书|xhs|xiaohongshu|little red book|RED post"),
    ("tp_ad", "抖音/信息流广告", "Douyin / feed ads", "awareness", "ads", "digital", "品牌市场",
     "广告|抖音广告|投放|信息流|ads|ad|douyin ad|paid ads"),
    ("tp_browse_stylist", "浏览发型师", "Browse stylists", "consideration", "mini_program", "digital", "线上运营",
     "看发型师|选发型师|发型师主页|作品集|浏览|browse stylists|stylist page|stylist profile|portfolio"),
    ("tp_book", "预约下单", "Book appointment", "purchase", "mini_program", "digital", "线上运营",
     "预约|约号|下单预约|订位|book|booking|make an appointment|appointment"),
    ("tp_deposit", "支付定金", "Deposit payment", "purchase", "mini_program", "digital", "线上运营",
     "定金|付定金|订金|预付|deposit|pay deposit|deposit payment"),
    ("tp_deposit_fail", "定金支付失败", "Deposit payment failed", "purchase", "mini_program", "digital", "线上运营",
     "定金支付失败|付不了定金|支付失败|deposit failed|payment failed|payment error"),
    ("tp_booking_cancel", "取消预约", "Booking cancelled", "service", "mini_program", "digital", "线上运营",
     "取消预约|退定金|改约|cancel booking|cancellation|cancelled appointment"),
    ("tp_checkin", "到店签到", "Arrival check-in", "service", "store", "physical", "门店运营",
     "到店|签到|前台签到|到店等待|候位|arrival|check-in|checkin|front desk|waiting"),
    ("tp_service_done", "服务完成", "Service done", "service", "store", "physical", "门店运营",
     "做完|服务完成|剪完|染完|做头发|服务|service done|service completed|treatment|the service"),
    ("tp_pay_counter", "前台结账", "Pay at counter", "purchase", "store", "physical", "门店运营",
     "结账|买单|前台付款|收银|pay at counter|checkout|payment at desk|bill"),
    ("tp_card_offer", "推荐办卡", "Prepaid card offer", "loyalty", "store", "physical", "会员运营",
     "办卡推荐|推销办卡|推荐储值卡|card offer|card pitch|upsell|membership pitch"),
    ("tp_card_detail", "储值卡详情页", "Prepaid card page", "loyalty", "mini_program", "digital", "会员运营",
     "储值卡页面|会员卡详情|充值页|card page|membership card page|top-up page"),
    ("tp_card_topup", "储值卡充值", "Prepaid card top-up", "loyalty", "mini_program", "digital", "会员运营",
     "储值卡|充值|办卡|充卡|会员卡充值|prepaid card|top-up|top up|stored value card|membership card"),
    ("tp_review", "服务评价", "Post-service review", "loyalty", "mini_program", "digital", "客户体验",
     "评价|打分|服务评价|点评|review|rating|rate the service"),
    ("tp_rebook_reminder", "复购提醒", "Rebooking reminder", "loyalty", "mini_program", "digital", "会员运营",
     "复购提醒|回店提醒|该剪头发了|rebooking reminder|rebook reminder|come-back reminder"),
    ("tp_complaint", "投诉", "Complaint", "service", "phone", "digital", "客户体验",
     "投诉|客诉|售后|工单|complaint|after-care ticket|customer service"),
    ("tp_aftercare", "售后补救", "After-care fix", "service", "store", "physical", "客户体验",
     "返修|免费补色|售后补救|重做|redo|touch-up|after-care|fix"),
]
JOURNEYS = [
    ("booking_visit", "预约到店", "Booking to visit", 14,
     ["tp_browse_stylist", "tp_book", "tp_deposit", "tp_checkin", "tp_service_done"]),
    ("discover_book", "种草到预约", "Discover to booking", 7, ["tp_xhs", "tp_browse_stylist", "tp_book"]),
    ("prepaid_card", "储值卡办理", "Prepaid card", 7, ["tp_card_offer", "tp_card_detail", "tp_card_topup"]),
    ("rebooking", "复购回店", "Rebooking", 30, ["tp_rebook_reminder", "tp_book", "tp_service_done"]),
    ("aftercare", "投诉售后", "Complaint & after-care", 7, ["tp_complaint", "tp_aftercare"]),
]

TEXTS = {  # topic: sentiment, zh templates, en templates
    "wait_long": ("neg", [
        "明明约了{h}点，到店还等了{w}分钟才开始，预约有什么用",
        "{store}前台说师傅在忙，让我干等了{w}分钟，周末人太多了",
        "约好的时间去了还要等，等了快{w}分钟，下次不想来了",
        "等太久了，{w}分钟没人管，连杯水都没有",
        "到店签到后又等了{w}分钟，时间观念太差",
    ], [
        "Booked for {h}:00 and still had to wait {w} minutes before anyone started.",
        "Waited {w} min at the front desk at {store_en}, what is the point of booking?",
        "Too long a wait on a Saturday, {w} minutes, nobody even offered water.",
        "Had to wait almost {w} minutes after check-in. Not acceptable.",
    ]),
    "upsell": ("neg", [
        "做头发全程被推销办卡，说了不办还一直劝，体验很差",
        "{stylist}一边剪一边让我办卡充三千，烦死了",
        "结账的时候又推销办卡，不办脸色就不好看",
        "每次去都被推销办卡，只想安安静静剪个头",
        "推销办卡太频繁了，{store}这样会把老客赶走的",
    ], [
        "The whole time they kept pushing me to buy a prepaid card. So much pressure.",
        "{stylist} spent the haircut trying to sell me a 3000 card, really annoying.",
        "Hard sell on the membership card at checkout, I said no three times.",
        "Stop pushing the stored value card on every visit please.",
    ]),
    "color_unexpected": ("neg", [
        "染出来的颜色和图片完全不一样，说好的奶茶色变成了黄色",
        "颜色太深了，跟我要的效果差很多，{stylist}也没提前说明",
        "染完颜色不均匀，发根和发尾两个颜色，要求补救",
        "花了大几百染的颜色一洗就掉，和预期差太远",
        "颜色偏红，完全不是我选的色卡，很失望",
    ], [
        "The color came out nothing like the photo I showed, way too brassy.",
        "Asked for ash brown, got orange. Colour result not as expected at all.",
        "Uneven colour, roots and ends are two different shades.",
        "Paid a lot for the color and it faded after two washes.",
    ]),
    "stylist_changed": ("neg", [
        "约的是{old}老师，到店才发现换了别的发型师，也没人通知",
        "发型师被换了都不提前说一声，到店才知道",
        "预约的老师离职了，直接给我换人，也不问我同不同意",
        "为了{old}才约的，结果换了个新手，太不尊重人了",
    ], [
        "I booked {old} and was given a different stylist without any notice.",
        "My stylist was swapped without telling me, found out at the front desk.",
        "They reassigned my appointment to a junior without asking me first.",
    ]),
    "price_up": ("neg", [
        "染烫涨价了，一下贵了一百多，有点接受不了",
        "烫发涨价涨得太狠了，老客也不打折",
        "涨价也不提前通知，结账才发现贵了",
    ], [
        "Colour and perm prices went up a lot, over 100 yuan more than before.",
        "The price increase was not announced, found out at the bill.",
        "New price for a perm is too high now, I will think twice.",
    ]),
    "deposit_issue": ("neg", [
        "定金付不了，小程序一直转圈，最后没约成",
        "取消预约后定金退得很慢，一周还没到账",
        "小程序付定金报错好几次，安卓手机根本付不了",
    ], [
        "Could not pay the deposit in the mini program, it kept failing on my Android phone.",
        "Cancelled my booking and the deposit refund took more than a week.",
        "Deposit payment error again and again, gave up booking.",
    ]),
    "cut_meh": ("neg", [
        "剪得比我要求的短了很多，有点失望",
        "技术一般，剪完两边不对称",
        "发型师比较新手，剪得不太满意",
    ], [
        "The haircut was shorter than I asked for, a bit disappointed.",
        "Uneven haircut, the stylist seemed inexperienced.",
    ]),
    "praise": ("pos", [
        "{stylist}老师很专业，剪得特别满意，会再来",
        "环境干净，服务很细致，洗头很舒服",
        "效果超出预期，朋友都说好看，{store}推荐",
        "美甲做得很精致，很耐心，五星",
        "皮肤护理做完整个人都放松了，手法很好",
        "沟通很到位，按我的脸型给了建议，很喜欢",
        "准时开始，服务热情，下次还找{stylist}",
    ], [
        "{stylist} did a fantastic job, exactly the style I wanted.",
        "Clean salon, friendly staff, great head massage during the wash.",
        "Loved my nails, very neat and the technician was patient.",
        "Relaxing facial, skin feels great. Will come back.",
        "Started on time and the stylist really listened. Highly recommend {store_en}.",
    ]),
    "neutral": ("neu", [
        "还可以，中规中矩",
        "整体一般，价格偏高但服务还行",
        "第一次来，感觉还行，再看看",
        "服务正常，没有特别惊喜",
    ], [
        "It was okay, nothing special.",
        "Decent service, a bit expensive for what it is.",
        "Average experience overall.",
    ]),
}
TOPIC_TP = {"wait_long": "tp_checkin", "upsell": "tp_card_offer", "color_unexpected": "tp_service_done",
            "stylist_changed": "tp_book", "price_up": "tp_pay_counter", "deposit_issue": "tp_deposit_fail",
            "cut_meh": "tp_service_done", "praise": "tp_service_done", "neutral": "tp_service_done"}


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    events, orders, feedback, customers, truth, experiments = [], [], [], [], [], []
    counters = {"ev": 0, "o": 0, "t": 0, "fb": 0, "s": 0}

    def new_id(k, prefix, width):
        counters[k] += 1
        return f"{prefix}{counters[k]:0{width}d}"

    # ---------- staff ----------
    staff, k = [], 0
    for s in STORES:
        for role, level in [("hair", "director"), ("hair", "senior"), ("hair", "senior"), ("hair", "junior"),
                            ("hair", "junior"), ("nail", "senior" if s[0] in ("S01", "S03", "S05") else "junior"),
                            ("skin", "junior" if s[0] in ("S01", "S03", "S05") else "senior")]:
            k += 1
            staff.append(dict(id=f"ST{k:02d}", name=NAMES[k - 1], store=s[0], role=role, level=level))
    assert next(x for x in staff if x["id"] == LEAVER)["level"] == "senior"
    STAFF = {x["id"]: x for x in staff}

    def pick_staff(store, role, t, fav=None, online=False):
        # the leaver's profile stayed bookable in the mini program until LISTING_OFF
        off = LISTING_OFF if online else LEAVE_DAY
        cands = [x for x in staff if x["store"] == store and x["role"] == role
                 and not (x["id"] == LEAVER and t >= off)]
        if fav and any(x["id"] == fav for x in cands) and rng.random() < 0.8:
            return STAFF[fav]
        w = np.array([{"junior": 0.38, "senior": 0.27, "director": 0.16}[x["level"]] for x in cands])
        return cands[rng.choice(len(cands), p=w / w.sum())]

    def ev(c, ts, tp, action, sess="", **extra):
        digital = TP_KIND[tp] == "digital" and tp != "tp_complaint"
        ch = {"tp_xhs": "social", "tp_ad": "ads", "tp_complaint": "phone"}.get(tp, "mini_program" if digital else "store")
        events.append(dict(event_id=new_id("ev", "E", 7), customer_id=c["id"], ts=ts, touchpoint_id=tp,
                           session_id=sess, action=action, device=c["device"] if ch == "mini_program" else "",
                           channel=ch, **extra))

    def text_for(topic, lang, **kw):
        sent, zh, en = TEXTS[topic]
        pool = en if lang == "en" else zh
        tpl = pool[rng.integers(len(pool))]
        return tpl.format(**kw)

    def fb(c, ts, channel, topic, rating=None, nps=None, store=None, stylist=None, cat="", order_id="", old=""):
        lang = c["lang"] if c else ("en" if rng.random() < 0.2 else "zh")
        st = ST[store] if store else STORES[rng.integers(6)]
        name = STAFF[stylist]["name"] if stylist else NAMES[rng.integers(30)]
        text = text_for(topic, lang, h=int(rng.integers(11, 19)), w=int(rng.integers(25, 60)), store=st[1],
                        store_en=st[2], stylist=name, old=old or name)
        fid = new_id("fb", "F", 5)
        feedback.append(dict(feedback_id=fid, text=text, ts=ts, customer_id=c["id"] if c else "",
                             touchpoint_id=TOPIC_TP[topic], channel=channel, rating=rating, nps=nps,
                             store_id=store or "", stylist_id=stylist or "", service_category=cat, order_id=order_id,
                             device=c["device"] if c else "", language=lang))
        truth.append(dict(feedback_id=fid, topic=topic, sentiment=TEXTS[topic][0]))

    def rating_for(topic, level=None):
        s = TEXTS[topic][0]
        if s == "neg":
            return int(rng.choice([1, 2, 3], p=[0.45, 0.42, 0.13]))
        if s == "pos":
            return int(rng.choice([4, 5], p=[0.25, 0.75] if level != "junior" else [0.5, 0.5]))
        return int(rng.choice([3, 4], p=[0.7, 0.3]))

    # ---------- customers ----------
    store_w = np.array([s[5] for s in STORES])
    signup_days = np.sort(rng.choice(NDAYS - 20, size=N_NEW))
    custs = []
    for i in range(N_OLD + N_NEW):
        cid = f"C{i + 1:05d}"
        si = int(rng.choice(6, p=store_w / store_w.sum()))
        acq = str(rng.choice(ACQ, p=ACQ_W))
        old = i < N_OLD
        if old:
            first = START + D(days=int(rng.integers(0, 75)))
            signup = START - D(days=int(rng.integers(40, 900)), hours=int(rng.integers(0, 10)))
        else:
            first = START + D(days=int(signup_days[i - N_OLD]))
            signup = None
        c = dict(id=cid, store=STORES[si][0], acq=acq, old=old, first=first, signup=signup,
                 device="ios" if rng.random() < 0.52 else "android",
                 lang="en" if rng.random() < STORES[si][7] else "zh",
                 gender="F" if rng.random() < 0.78 else "M", age=str(rng.choice(["18-24", "25-34", "35-44", "45+"],
                                                                                 p=[0.25, 0.42, 0.22, 0.11])),
                 mini=rng.random() < (0.6 if acq == "walk_in" else 0.97),
                 intent=ACQ_INTENT[acq] * float(rng.uniform(0.85, 1.15)),
                 prefs=rng.dirichlet(CAT_W * 12), fav={}, card=None, balance=0.0, visits=[], variant=None,
                 life=float(rng.exponential(700 if acq != "douyin_ads" else 300)), promo=False)
        if c["gender"] == "M":
            c["prefs"] = rng.dirichlet(np.array([0.85, 0.08, 0.02, 0.01, 0.04]) * 12)
        if old and rng.random() < 0.3:
            c["card"] = str(rng.choice(["silver", "gold", "diamond"], p=[0.55, 0.33, 0.12]))
            c["balance"] = float(rng.integers(2, 30) * 100)
        custs.append(c)
    # S05 Xiaohongshu ¥39 first-cut promo: extra low-intent sign-ups, Apr-Jun 2026
    for j in range(260):
        cid = f"C{len(custs) + 1:05d}"
        first = PROMO[0] + D(days=int(rng.integers(0, 88)))
        custs.append(dict(id=cid, store="S05", acq="xiaohongshu", old=False, first=first, signup=None,
                          device="ios" if rng.random() < 0.45 else "android", lang="zh",
                          gender="F" if rng.random() < 0.7 else "M", age=str(rng.choice(["18-24", "25-34"])),
                          mini=True, intent=1.0, prefs=np.array([1.0, 0, 0, 0, 0]), fav={}, card=None,
                          balance=0.0, visits=[], variant=None, life=float(rng.exponential(150)), promo=True))

    def hour_slot(day):
        return datetime(day.year, day.month, day.day, int(rng.integers(10, 20)), int(rng.choice([0, 30])))

    def price_of(cat, level, store, t):
        p = BASE[cat] * LEVEL_MULT[level] * ST[store][6]
        if cat in ("染发", "烫发") and t >= PRICE_HIKE:
            p *= 1.2
        return float(round(p / 5) * 5)

    def card_flow(c, t, store, stylist, offered, sess):
        """Card offer at the counter (if offered) -> card page -> top-up."""
        s02 = store == "S02" and UPSELL[0] <= t <= UPSELL[1]
        if offered:
            ev(c, t, "tp_card_offer", "view", "", store_id=store, stylist_id=stylist)
            p_page = 0.32 if s02 else 0.5
            p_buy = 0.35 if s02 else 0.65
        else:
            p_page, p_buy = 1.0, 0.8
        if not c["mini"] or rng.random() >= p_page * (1.15 if c["card"] else 1.0):
            return
        t2 = t + D(minutes=int(rng.integers(3, 30))) if rng.random() < 0.6 else t + D(days=int(rng.integers(1, 6)),
                                                                                          hours=int(rng.integers(1, 5)))
        if t2 > END:
            return
        s2 = new_id("s", "S", 6)
        ev(c, t2, "tp_card_detail", "view", s2, store_id=store)
        if rng.random() >= p_buy:
            return
        cur = c["card"]
        lvl = str(rng.choice(["silver", "gold", "diamond"], p=[0.55, 0.35, 0.10])) if not cur else cur
        amt, bonus, _ = CARDS[lvl]
        t3 = t2 + D(minutes=int(rng.integers(1, 8)))
        oid = new_id("t", "T", 5)
        ev(c, t3, "tp_card_topup", "success", s2, store_id=store, order_id=oid, topup_amount=amt)
        refunded = rng.random() < (0.06 if s02 else 0.015)
        orders.append(dict(order_id=oid, customer_id=c["id"], ts=t3, amount=float(amt),
                           status="refunded" if refunded else "paid", channel="mini_program", device=c["device"],
                           order_type="card_topup", store_id=store, store_name=ST[store][1], store_name_en=ST[store][2],
                           city=ST[store][3], district=ST[store][4], stylist_id=stylist or "",
                           stylist_level=STAFF[stylist]["level"] if stylist else "", card_level=lvl,
                           bonus_amount=float(bonus), payment_method="wechat_pay" if rng.random() < 0.7 else "alipay",
                           refund_reason="card_refund" if refunded else ""))
        if not refunded:
            order = ["silver", "gold", "diamond"]
            if not cur or order.index(lvl) > order.index(cur):
                c["card"] = lvl
            c["balance"] += amt + bonus

    def visit(c, t_book, cat, channel, reminded=False):
        """One appointment (booked in the mini program, or a walk-in). Returns the service end time or None."""
        store = c["store"]
        role = ROLE[cat]
        sty = pick_staff(store, role, t_book, c["fav"].get(role), online=channel == "mini_program")
        sess = new_id("s", "S", 6)
        promo = c["promo"] and not c["visits"] and PROMO[0] <= t_book <= PROMO[1]
        if channel == "mini_program":
            lead = int(rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                                  p=[0.12, 0.2, 0.16, 0.13, 0.1, 0.08, 0.07, 0.06, 0.04, 0.02, 0.02]))
            appt = hour_slot((t_book + D(days=lead)).date())
            if appt <= t_book + D(hours=1):
                appt = t_book + D(hours=2, minutes=30 - t_book.minute % 30)
            if appt.hour >= 21:
                appt = appt + D(hours=14)
        else:
            appt = hour_slot(t_book.date())
        if appt > END:
            return None
        list_price = price_of(cat, sty["level"], store, appt)
        deposit = 9.9 if promo else float(DEPOSIT[cat]) if channel == "mini_program" else 0.0
        oid = new_id("o", "A", 6)
        o = dict(order_id=oid, customer_id=c["id"], ts=appt, channel=channel,
                 device=c["device"] if channel == "mini_program" else "", order_type="service", store_id=store,
                 store_name=ST[store][1], store_name_en=ST[store][2], city=ST[store][3], district=ST[store][4],
                 stylist_id=sty["id"], stylist_name=sty["name"], stylist_level=sty["level"], staff_role=role,
                 service_category=cat, service_category_en=CAT_EN[cat], list_price=list_price, discount=0.0,
                 deposit_amount=deposit, booked_at=t_book if channel == "mini_program" else appt,
                 promo_code="XHS39" if promo else "", no_show_flag=0, stylist_changed=0, wait_minutes=None,
                 card_level=c["card"] or "none", payment_method="", cancel_reason="", refund_reason="",
                 rebook_reminded=1 if reminded else 0)
        if promo:
            o["discount"] = list_price - 39.0
        if channel == "mini_program":
            extra = dict(store_id=store, stylist_id=sty["id"], service_category=cat)
            ev(c, t_book - D(minutes=int(rng.integers(2, 15))), "tp_browse_stylist", "view", sess, **extra)
            ev(c, t_book, "tp_book", "submit", sess, order_id=oid, **extra)
            td = t_book + D(minutes=1, seconds=int(rng.integers(5, 90)))
            bug = c["device"] == "android" and ANDROID_BUG[0] <= td <= ANDROID_BUG[1]
            if bug or rng.random() < 0.02:
                ev(c, td, "tp_deposit_fail", "fail", sess, order_id=oid, deposit_amount=deposit)
                if bug and rng.random() < 0.3:
                    fb(c, td + D(hours=int(rng.integers(1, 30))), "cs_ticket" if rng.random() < 0.6 else "survey",
                       "deposit_issue", rating=int(rng.choice([1, 2])), store=store)
                if rng.random() < (0.7 if bug else 0.4):
                    o.update(amount=o["list_price"] - o["discount"], status="cancelled",
                             cancel_reason="deposit_failed", deposit_amount=0.0)
                    orders.append(o)
                    return None
                td += D(minutes=2)
            ev(c, td, "tp_deposit", "success", sess, order_id=oid, deposit_amount=deposit)
            # booked with the leaver for after her last day: silently reassigned
            if sty["id"] == LEAVER and appt >= LEAVE_DAY:
                new = pick_staff(store, role, appt)
                while new["level"] != "junior":
                    new = pick_staff(store, role, appt)
                o.update(stylist_id=new["id"], stylist_name=new["name"], stylist_level=new["level"],
                         stylist_changed=1, list_price=price_of(cat, "senior", store, appt))
                changed_from, sty = STAFF[LEAVER]["name"], new
            else:
                changed_from = None
            p_cancel = 0.07
            p_noshow = 0.05 if not c["visits"] else 0.035
            if store == "S05" and PROMO[0] <= appt <= PROMO[1]:
                p_noshow = 0.5 if promo else 0.08
            r = rng.random()
            if r < p_cancel:
                tc = t_book + (appt - t_book) * float(rng.uniform(0.2, 0.9))
                ev(c, tc, "tp_booking_cancel", "submit", "", order_id=oid, store_id=store)
                o.update(amount=o["list_price"] - o["discount"], status="cancelled", cancel_reason="customer_cancelled")
                orders.append(o)
                if rng.random() < 0.05:
                    fb(c, tc + D(days=int(rng.integers(3, 8))), "cs_ticket", "deposit_issue",
                       rating=int(rng.choice([1, 2])) if rng.random() < 0.5 else None, store=store)
                return None
            if r < p_cancel + p_noshow:
                o.update(amount=o["list_price"] - o["discount"], status="no_show", no_show_flag=1)
                orders.append(o)
                return None
        else:
            changed_from = None
        # arrival and wait
        arrive = appt - D(minutes=int(rng.integers(0, 12)))
        mean_wait = 6.0
        if store == "S03" and appt >= LUJIAZUI_SHORT:
            mean_wait = 26.0 if appt.weekday() >= 5 else 13.0
        elif appt.weekday() >= 5:
            mean_wait = 8.0
        wait = int(min(95, rng.gamma(2.0, mean_wait / 2)))
        if channel != "mini_program":
            wait = int(wait * 1.6)
        ev(c, arrive, "tp_checkin", "success", "", order_id=oid, store_id=store, wait_minutes=wait)
        done = arrive + D(minutes=wait + DUR[cat] + int(rng.integers(-10, 20)))
        ev(c, done, "tp_service_done", "success", "", order_id=oid, store_id=store, stylist_id=sty["id"],
           service_category=cat)
        # pay
        disc_card = CARDS[c["card"]][2] if c["card"] else 1.0
        price = o["list_price"] - o["discount"]
        if c["card"] and c["balance"] >= price * disc_card and not promo:
            o["discount"] = round(o["list_price"] * (1 - disc_card), 1)
            price = o["list_price"] - o["discount"]
            c["balance"] -= price
            method = "member_card"
        else:
            method = str(rng.choice(["wechat_pay", "alipay", "cash", "bank_card"], p=[0.6, 0.3, 0.04, 0.06]))
        tpay = done + D(minutes=int(rng.integers(2, 8)))
        ev(c, tpay, "tp_pay_counter", "success", "", order_id=oid, store_id=store, payment_method=method)
        o.update(amount=round(price, 1), status="paid", payment_method=method, wait_minutes=wait)
        c["fav"][role] = sty["id"]
        # topic of this visit's experience
        topic = None
        junior = sty["level"] == "junior"
        if changed_from and rng.random() < 0.7:
            topic = "stylist_changed"
        elif wait > 20 and rng.random() < 0.55:
            topic = "wait_long"
        elif cat in ("染发", "烫发") and rng.random() < (0.34 if junior else 0.05):
            topic = "color_unexpected" if cat == "染发" or rng.random() < 0.3 else "cut_meh"
        elif cat in ("染发", "烫发") and appt >= PRICE_HIKE and appt < PRICE_HIKE + D(days=120) and rng.random() < 0.12:
            topic = "price_up"
        elif cat == "剪发" and rng.random() < (0.14 if junior else 0.03):
            topic = "cut_meh"
        # card offer at the counter
        s02 = store == "S02" and UPSELL[0] <= appt <= UPSELL[1]
        offered = c["card"] != "diamond" and not promo and rng.random() < (0.72 if s02 else 0.18)
        if offered and topic is None and rng.random() < (0.3 if s02 else 0.05):
            topic = "upsell"
        if offered:
            card_flow(c, tpay + D(minutes=1), store, sty["id"], True, sess)
        elif c["card"] and c["balance"] < 300 and rng.random() < 0.4:
            card_flow(c, tpay + D(days=int(rng.integers(0, 10))), store, None, False, sess)
        # refund after a colour complaint
        if topic == "color_unexpected" and rng.random() < 0.3:
            o.update(status="refunded", refund_reason="color_unsatisfied")
            if method == "member_card":
                c["balance"] += price
        orders.append(o)
        # review (survey) and complaint
        if topic is None:
            topic = "praise" if rng.random() < (0.55 if junior else 0.8) else "neutral"
        p_review = 0.5 if TEXTS[topic][0] == "neg" else 0.3
        if c["mini"] and rng.random() < p_review:
            tr = done + D(hours=int(rng.integers(1, 40)))
            if tr <= END:
                ev(c, tr, "tp_review", "submit", "", order_id=oid, store_id=store)
                rating = rating_for(topic, sty["level"])
                nps = None
                if rng.random() < 0.45:
                    base = {1: 2, 2: 4, 3: 6, 4: 8, 5: 9}[rating]
                    nps = int(min(10, max(0, base + rng.integers(-1, 2))))
                fb(c, tr, "survey", topic, rating=rating, nps=nps, store=store, stylist=sty["id"], cat=cat,
                   order_id=oid, old=changed_from or "")
        if topic in ("color_unexpected", "stylist_changed", "upsell") and rng.random() < 0.35:
            tcp = done + D(hours=int(rng.integers(3, 72)))
            if tcp <= END:
                ev(c, tcp, "tp_complaint", "submit", "", order_id=oid, store_id=store)
                fb(c, tcp, "cs_ticket", topic, rating=int(rng.choice([1, 2, 3])) if rng.random() < 0.5 else None,
                   store=store, stylist=sty["id"], cat=cat, order_id=oid, old=changed_from or "")
                if topic == "color_unexpected" and o["status"] == "paid" and rng.random() < 0.75:
                    ta = tcp + D(days=int(rng.integers(1, 9)), hours=int(rng.integers(0, 6)))
                    if ta <= END:
                        ev(c, ta, "tp_aftercare", "success", "", order_id=oid, store_id=store)
        c["visits"].append(appt)
        return done

    # ---------- simulate each customer ----------
    TP_KIND.update({t[0]: t[5] for t in TOUCHPOINTS})
    for c in custs:
        t = c["first"] + D(hours=int(rng.integers(9, 22)), minutes=int(rng.integers(60)))
        dead = c["first"] + D(days=c["life"])
        # awareness + first booking
        first_channel = "walk_in" if (c["acq"] == "walk_in" or not c["mini"]) else "mini_program"
        if not c["old"]:
            if c["acq"] in ("xiaohongshu", "douyin_ads"):
                tp = "tp_xhs" if c["acq"] == "xiaohongshu" else "tp_ad"
                ev(c, t - D(days=int(rng.integers(0, 4)), hours=int(rng.integers(1, 10))), tp, "view", "",
                   store_id=c["store"])
                p_browse = 0.72 if tp == "tp_xhs" else 0.55
                if c["promo"]:
                    p_browse = 0.85
                if rng.random() >= p_browse:
                    c["segment"] = "prospect"
                    continue
            c["signup"] = t - D(minutes=int(rng.integers(20, 40))) if first_channel == "mini_program" else t
            if first_channel == "mini_program":
                # browse; maybe drop before booking
                if rng.random() >= min(0.92, 0.62 * c["intent"]):
                    s = new_id("s", "S", 6)
                    ev(c, t, "tp_browse_stylist", "view", s, store_id=c["store"])
                    if rng.random() < 0.6:
                        c["segment"] = "never_visited"
                        continue
                    t = t + D(days=int(rng.integers(2, 30)))
        cat = str(rng.choice(CATS, p=c["prefs"])) if not c["promo"] else "剪发"
        channel = first_channel
        reminded = False
        while t <= END and t <= dead:
            if channel == "mini_program" and rng.random() < 0.12:  # extra look without booking
                s = new_id("s", "S", 6)
                ev(c, t - D(days=int(rng.integers(1, 5))), "tp_browse_stylist", "view", s, store_id=c["store"])
            done = visit(c, t, cat, channel, reminded)
            if c["visits"] and c["visits"][-1] > END:
                break
            done_cat = cat
            cat = str(rng.choice(CATS, p=c["prefs"]))
            if c["gender"] == "F" and t >= PRICE_HIKE and cat in ("染发", "烫发") and rng.random() < 0.3:
                cat = "剪发"
            channel = "mini_program" if c["mini"] and rng.random() < 0.88 else "walk_in"
            reminded = False
            if done is None:  # cancelled / no-show / failed deposit: maybe try again later
                if rng.random() < (0.35 if c["promo"] else 0.85):
                    t = t + D(days=int(rng.integers(3, 25)), hours=int(rng.integers(0, 5)))
                    continue
                break
            gap = REMIND[done_cat]
            if c["mini"]:
                tr = datetime(done.year, done.month, done.day, 10, 0) + D(days=gap)
                if tr > END or tr > dead:
                    break
                if c["variant"] is None and tr >= AB_START:
                    c["variant"] = "B" if rng.random() < 0.5 else "A"
                    experiments.append(dict(experiment_id="rebook_reminder_copy", variant=c["variant"],
                                            customer_id=c["id"], assigned_at=tr))
                ev(c, tr, "tp_rebook_reminder", "view", "", store_id=c["store"],
                   variant=c["variant"] if tr >= AB_START else "")
                p = 0.36 * c["intent"] + (0.16 if c["card"] else 0.0) + (0.1 if c["variant"] == "B" and tr >= AB_START else 0)
                if c["promo"]:
                    p *= 0.5
                if rng.random() < p:
                    t = tr + D(days=float(rng.uniform(0.05, 21)))
                    reminded = True
                    channel = "mini_program"
                else:
                    if rng.random() < 0.12:
                        break
                    t = tr + D(days=float(rng.uniform(31, 90)))
            else:
                t = done + D(days=float(gap + rng.uniform(5, 60)))
            t = t.replace(hour=int(rng.integers(9, 22)))
        c.setdefault("segment", None)

    # ---------- social posts (Xiaohongshu / Dianping notes), some without a date ----------
    topics_soc = ["praise", "wait_long", "upsell", "color_unexpected", "neutral", "price_up", "stylist_changed"]
    w_soc = np.array([0.36, 0.14, 0.16, 0.14, 0.1, 0.05, 0.05])
    for j in range(240):
        topic = str(rng.choice(topics_soc, p=w_soc))
        store = str(rng.choice([s[0] for s in STORES]))
        if topic == "wait_long":
            store = "S03" if rng.random() < 0.7 else store
        if topic == "upsell":
            store = "S02" if rng.random() < 0.7 else store
        dated = j >= 85
        ts = START + D(days=int(rng.integers(0, NDAYS)), hours=int(rng.integers(8, 23))) if dated else None
        fb(None, ts, "social", topic, rating=None if rng.random() < 0.5 else rating_for(topic), store=store)

    # ---------- customers table ----------
    for c in custs:
        v = [x for x in c["visits"] if x <= END]
        last = max(v) if v else None
        if c.get("segment") in ("prospect", "never_visited") or not v:
            seg = c.get("segment") or "never_visited"
        elif (END - min(v)).days <= 60 and not c["old"]:
            seg = "new"
        elif c["card"] == "diamond" and (END - last).days <= 90:
            seg = "vip"
        elif (END - last).days <= 90:
            seg = "active"
        elif (END - last).days <= 180:
            seg = "at_risk"
        else:
            seg = "churned"
        bal = max(0.0, round(c["balance"], 0))
        band = "0" if bal <= 0 else "1-499" if bal < 500 else "500-1999" if bal < 2000 else "2000+"
        customers.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=ST[c["store"]][4],
                              acquisition_channel=c["acq"], tier=c["card"] or "none", home_store_id=c["store"],
                              city=ST[c["store"]][3], primary_device=c["device"], gender=c["gender"],
                              age_band=c["age"], language=c["lang"], card_balance=bal, balance_band=band,
                              uses_mini_program=int(c["mini"])))

    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    events = [e for e in events if START <= e["ts"] <= END]
    orders.sort(key=lambda o: o["ts"])
    orders = [o for o in orders if START <= o["ts"] <= END]
    feedback_ = [f for f in feedback if f["ts"] is None or START <= f["ts"] <= END]
    ids = {f["feedback_id"] for f in feedback_}
    truth = [t for t in truth if t["feedback_id"] in ids]

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
    write(out / "customers.csv", customers,
          ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "home_store_id", "city",
           "primary_device", "gender", "age_band", "language", "card_balance", "balance_band", "uses_mini_program"])
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "store_id",
           "stylist_id", "service_category", "order_id", "deposit_amount", "wait_minutes", "payment_method",
           "topup_amount", "variant"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "store_id",
           "store_name", "store_name_en", "city", "district", "stylist_id", "stylist_name", "stylist_level",
           "staff_role", "service_category", "service_category_en", "list_price", "discount", "deposit_amount",
           "booked_at", "promo_code", "no_show_flag", "stylist_changed", "wait_minutes", "card_level",
           "bonus_amount", "payment_method", "cancel_reason", "refund_reason", "rebook_reminded"])
    write(out / "feedback.csv", feedback_,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "store_id",
           "stylist_id", "service_category", "order_id", "device", "language"])
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback_)}, "
          f"experiments {len(experiments)}")


TP_KIND: dict[str, str] = {}

if __name__ == "__main__":
    main(Path(sys.argv[1]))
