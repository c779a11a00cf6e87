"""海帆 BlueSail 帆船游艇租赁: a sailing-boat and yacht charter company with four bases — 三亚半山半岛帆船港 (Sanya),
厦门五缘湾游艇港 (Xiamen), 青岛奥帆中心 (Qingdao) and Phuket Ao Po Grand Marina (普吉岛奥波游艇港, Thailand).
Online charter booking (app, WeChat mini program, web) with a skipper (带船长) or bare-boat (自驾, licence check),
deposit 30 % then balance, insurance add-on, crew (skipper) assignment, weather cancellations with rebooking or
refund, boarding, return inspection and damage claims. CNY for the Chinese bases, THB for Phuket.
Data: funnels start 2025-01-01 .. 2026-05-31 (charters, claims and comments run into July 2026).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders, feedback and experiments as CSV following DATA.md, plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every comment — the generator's truth, not a DATA.md
table) and OUTDIR/_truth/weather.csv (weather no-go days per base). Deterministic (fixed seed), numpy + stdlib.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261205
rng = np.random.default_rng(SEED)
D = timedelta
START, END = date(2025, 1, 1), date(2026, 5, 31)
N_CUST = 3600
BUG = (date(2025, 7, 10), date(2025, 7, 31))       # mini program 2.4.0: WeChat Pay deposit signature error
SANYA_RISE = date(2025, 10, 1)                      # Sanya charter prices +20 %
AB_INS = (date(2026, 1, 5), date(2026, 3, 31))      # insurance_default: B = insurance pre-ticked
AB_QF = (date(2025, 9, 1), date(2025, 11, 30))      # quote_form_v2: no effect
CLAIM_POLICY = date(2025, 9, 1)                     # new return-inspection checklist: more deductions

BASES = {  # code: zh, en, currency
    "sanya": ("三亚半山半岛帆船港", "Sanya Serenity Marina", "CNY"),
    "xiamen": ("厦门五缘湾游艇港", "Xiamen Wuyuan Bay Marina", "CNY"),
    "qingdao": ("青岛奥帆中心", "Qingdao Olympic Sailing Center", "CNY"),
    "phuket": ("普吉岛奥波游艇港", "Phuket Ao Po Grand Marina", "THB"),
}
BOATS = {  # boat_type: (model, full-day price CNY Sanya pre-rise, THB Phuket, seats)
    "monohull": ("Beneteau Oceanis 38", 4800, 28000, 8),
    "catamaran": ("Lagoon 450", 8200, 45000, 12),
    "motor_yacht": ("Azimut 55", 11000, 65000, 14),
}
BASE_FACTOR = {"sanya": 1.0, "xiamen": 0.85, "qingdao": 0.8}
SKIPPERS = {
    "sanya": ["陈海涛 Chen Haitao", "符永强 Fu Yongqiang", "林志远 Lin Zhiyuan"],
    "xiamen": ["黄国栋 Huang Guodong", "郑晓帆 Zheng Xiaofan"],
    "qingdao": ["王磊 Wang Lei", "孙浩 Sun Hao"],
    "phuket": ["Somchai Boonma", "Krit Saetang", "James Porter"],
}
SKIPPER_P = {"sanya": [0.4, 0.35, 0.25], "xiamen": [0.55, 0.45], "qingdao": [0.5, 0.5], "phuket": [0.4, 0.35, 0.25]}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_fleet", "船型浏览页", "Fleet page", "consideration", "app", "digital", "ecommerce",
     "船型页|选船|看船|游艇列表|帆船列表|fleet|boat list|browse boats|yacht page"),
    ("tp_quote", "询价报价", "Charter quote", "consideration", "app", "digital", "charter_sales",
     "询价|报价|要报价|档期查询|quote|enquiry|inquiry|availability check"),
    ("tp_licence", "自驾资质审核", "Bare-boat licence check", "purchase", "app", "digital", "charter_ops",
     "资质审核|驾照审核|证书审核|帆船证|游艇驾照|licence check|license check|ICC check|sailing certificate"),
    ("tp_deposit", "定金支付", "Deposit payment", "purchase", "app", "digital", "payments",
     "付定金|交定金|订金|预付款|deposit|down payment|booking deposit"),
    ("tp_deposit_fail", "定金支付失败", "Deposit payment failed", "purchase", "app", "digital", "payments",
     "定金付款失败|付款失败|支付失败|deposit failed|payment failed"),
    ("tp_insurance", "保险加购", "Insurance add-on", "purchase", "app", "digital", "charter_sales",
     "加购保险|租船险|免赔险|保险|insurance|damage waiver|add insurance"),
    ("tp_crew", "船长船员排班", "Crew assignment", "service", "other", "digital", "charter_ops",
     "排班|派船长|船员安排|船长分配|crew assignment|skipper assigned|crew roster"),
    ("tp_balance", "尾款支付", "Balance payment", "purchase", "app", "digital", "payments",
     "付尾款|结尾款|余款|balance|final payment|pay balance"),
    ("tp_weather_cancel", "天气取消通知", "Weather cancellation notice", "service", "app", "digital", "charter_ops",
     "天气取消|风浪取消|台风取消|停航通知|海况不宜出海|weather cancellation|weather cancel|no-go|called off"),
    ("tp_rebook", "改期", "Rebooking", "service", "app", "digital", "customer_service",
     "改期|改日期|顺延|换日期|rebook|reschedule|new date"),
    ("tp_refund", "退款到账", "Refund completed", "service", "app", "digital", "finance",
     "退款|退定金|退款成功|refund|refunded|deposit refund"),
    ("tp_checkin", "码头登船", "Boarding check-in", "service", "store", "physical", "marina_ops",
     "登船|上船|码头报到|出海|boarding|check-in|departure|set sail"),
    ("tp_return", "还船验收", "Return inspection", "service", "store", "physical", "marina_ops",
     "还船|验船|交船检查|回港|return|check-out|return inspection|handback"),
    ("tp_claim", "损坏索赔", "Damage claim", "service", "store", "physical", "charter_ops",
     "索赔|定损|损坏赔偿|扣押金|damage claim|damage charge|claim"),
    ("tp_claim_closed", "索赔结案", "Claim settled", "service", "phone", "digital", "finance",
     "结案|理赔完成|索赔处理完|claim settled|claim closed"),
    ("tp_review", "行程评价", "Trip review", "loyalty", "app", "digital", "customer_service",
     "评价|点评|打分|写评价|review|rating|trip feedback"),
    ("tp_support", "客服咨询", "Customer service", "service", "phone", "digital", "customer_service",
     "客服|人工客服|电话咨询|微信客服|support|customer service|hotline"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("booking", "线上订船到出海", "Online charter booking to boarding",
     ["tp_fleet", "tp_quote", "tp_deposit", "tp_balance", "tp_checkin"], 30),
    ("bareboat", "自驾包船资质审核", "Bare-boat approval", ["tp_quote", "tp_licence", "tp_deposit"], 7),
    ("insurance", "保险加购", "Insurance add-on", ["tp_deposit", "tp_insurance"], 3),
    ("weather", "天气取消改期", "Weather cancellation & rebooking", ["tp_weather_cancel", "tp_rebook", "tp_checkin"], 30),
    ("claim", "损坏索赔处理", "Damage claim handling", ["tp_claim", "tp_claim_closed"], 30),
]
REGIONS = {"华南": (["广州", "深圳", "海口", "长沙"], 0.3), "华东": (["上海", "杭州", "南京", "福州"], 0.3),
           "华北": (["北京", "天津", "济南", "青岛"], 0.28), "西南": (["成都", "重庆"], 0.12)}
PREF = {"华南": (["sanya", "xiamen", "phuket"], [0.55, 0.25, 0.2]),
        "华东": (["xiamen", "sanya", "qingdao", "phuket"], [0.4, 0.3, 0.12, 0.18]),
        "华北": (["qingdao", "sanya", "phuket"], [0.6, 0.28, 0.12]),
        "西南": (["sanya", "phuket", "xiamen"], [0.5, 0.3, 0.2]),
        "海外": (["phuket", "sanya"], [0.85, 0.15])}
COUNTRIES = ["Singapore", "Australia", "United Kingdom", "Russia", "Germany", "United States"]
ACQ = ["xiaohongshu", "ctrip", "douyin", "wechat", "official_site", "referral"]
ACQ_P = [0.26, 0.22, 0.2, 0.14, 0.1, 0.08]
ACQ_EN = ["google", "klook", "getyourguide", "referral"]
ACQ_EN_P = [0.4, 0.25, 0.2, 0.15]

DAYS = [START + D(i) for i in range((END - START).days + 1)]


def season(base: str, d: date) -> float:
    m = d.month
    w = {"sanya": {12: 1.6, 1: 1.9, 2: 2.0, 3: 1.5, 4: 1.0, 5: 0.8, 6: 0.6, 7: 0.9, 8: 0.9, 9: 0.5, 10: 1.1, 11: 1.2},
         "xiamen": {1: 0.6, 2: 0.8, 3: 1.0, 4: 1.3, 5: 1.4, 6: 1.0, 7: 1.1, 8: 1.0, 9: 0.9, 10: 1.5, 11: 1.2, 12: 0.7},
         "qingdao": {1: 0.2, 2: 0.3, 3: 0.5, 4: 0.8, 5: 1.2, 6: 1.6, 7: 2.2, 8: 2.3, 9: 1.4, 10: 0.9, 11: 0.4, 12: 0.2},
         "phuket": {11: 1.5, 12: 1.9, 1: 1.9, 2: 1.7, 3: 1.4, 4: 1.1, 5: 0.6, 6: 0.5, 7: 0.6, 8: 0.6, 9: 0.4, 10: 0.7}}
    return w[base][m] * (1.4 if d.weekday() >= 4 else 1.0)


DEMAND = {b: np.array([season(b, d) for d in DAYS]) for b in BASES}
DEMAND = {b: w / w.sum() for b, w in DEMAND.items()}

# ---------- weather no-go days (whole base, whole day) ----------
WEATHER: dict[str, dict[date, str]] = {b: {} for b in BASES}
for d in [START + D(i) for i in range((date(2026, 7, 31) - START).days + 1)]:
    m = d.month
    for b in BASES:
        if b == "sanya":
            p, why = (0.12, "typhoon") if m in (8, 9, 10) else ((0.05, "cold_front_wind") if m in (12, 1, 2) else (0.02, "strong_wind"))
        elif b == "xiamen":
            p, why = (0.13, "typhoon") if m in (7, 8, 9) else ((0.06, "sea_fog") if m in (3, 4) else (0.02, "strong_wind"))
        elif b == "qingdao":
            p, why = (0.16, "sea_fog") if m in (4, 5, 6, 7) else ((0.08, "gale") if m in (11, 12, 1, 2) else (0.03, "strong_wind"))
        else:
            p, why = (0.13, "monsoon_swell") if m in (5, 6, 7, 8, 9, 10) else (0.02, "thunderstorm")
        if rng.random() < p:
            WEATHER[b][d] = why

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
experiments: list[dict] = []
_ev = [0]
_ord = [0]
_fb = [0]
_sess = [0]


def at(d: date, h0: float, h1: float) -> datetime:
    return datetime(d.year, d.month, d.day) + D(seconds=int(rng.uniform(h0, h1) * 3600))


def ev(cid, ts, tp, action, device, channel, sess, **extra):
    _ev[0] += 1
    row = dict(event_id=f"E{_ev[0]:07d}", customer_id=cid, ts=ts, touchpoint_id=tp, action=action, device=device,
               channel=channel, session_id=sess)
    row.update(extra)
    events.append(row)
    return row


def new_sess():
    _sess[0] += 1
    return f"S{_sess[0]:06d}"


def app_version(ts: datetime, device: str, channel: str) -> str:
    d = ts.date()
    if channel == "mini_program":
        if d < date(2025, 4, 1):
            return "mp2.2.3"
        if d < BUG[0]:
            return "mp2.3.1"
        if d <= BUG[1]:
            return "mp2.4.0"
        return "mp2.4.2" if d < date(2026, 1, 1) else "mp2.6.0"
    if channel != "app":
        return ""
    return "5.1.0" if d < date(2025, 6, 1) else ("5.3.2" if d < date(2026, 2, 1) else "6.0.1")


def fb(cid, ts, tp, channel, text, topic, sentiment, rating=None, nps=None, **extra):
    _fb[0] += 1
    fid = f"FB{_fb[0]:05d}"
    row = dict(feedback_id=fid, customer_id=cid, ts=ts, touchpoint_id=tp, channel=channel, text=text,
               rating=rating, nps=nps)
    row.update(extra)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic, sentiment=sentiment))


TEXTS = {  # topic: (zh list, en list, sentiment)
    "claim_dispute": ([
        "还船的时候说帆上有划痕，扣了我两千押金，可那道痕出海前就有，照片也不给看",
        "验船的小哥拿着清单一项项挑毛病，最后扣了清洁费和油费，押金退回来少了一大截",
        "定损金额完全没有依据，螺旋桨缠了点渔网就要赔3000，太坑了",
        "押金扣款不透明！问客服要维修单据一直拖着不给",
        "自驾还船被说缆绳磨损要赔钱，正常使用的损耗也算我的？",
        "索赔处理了快一个月还没结案，押金预授权一直冻着",
    ], [
        "They deducted my damage deposit for a scratch that was already on the hull before we left. No photos shown.",
        "Return inspection felt like a shakedown - charged a cleaning fee and a fuel top-up we never agreed to.",
        "Damage claim for a 'torn sail' with zero evidence. Still waiting for the repair invoice they promised.",
        "Security deposit still on hold three weeks after return, the claim is going nowhere.",
        "Charged for normal wear on the lines. Deposit deductions here are not transparent at all.",
    ], "negative"),
    "refund_slow": ([
        "台风取消了出海，说好3个工作日退定金，结果等了两个多礼拜",
        "天气原因取消的单子退款太慢了，打了好几次客服电话",
        "因为海雾取消，退款迟迟不到账，体验很差",
    ], [
        "Trip was cancelled for weather, fine, but the deposit refund took over two weeks.",
        "Still waiting for my refund after the monsoon cancellation. Support keeps saying 'processing'.",
    ], "negative"),
    "price_high": ([
        "三亚的帆船价格涨得太离谱了，半天要三千多，去年还没这么贵",
        "报价比去年贵了两成，同样的船，不值",
        "包船价格太高了，最后没订，去隔壁家了",
        "价格涨了以后性价比很低，带船长的全天快六千",
    ], [
        "Prices in Sanya went up a lot, a half-day sail is now way more than last year.",
        "Quote was much higher than expected for a 38ft monohull. Booked elsewhere.",
    ], "negative"),
    "deposit_fail": ([
        "小程序付定金一直报错，微信支付签名错误，试了五六次都不行",
        "交定金的时候一直支付失败，最后档期被别人订走了",
        "小程序支付定金卡住，提示签名错误，气死",
    ], [
        "Mini program kept failing when paying the deposit - 'signature error' every time.",
    ], "negative"),
    "licence_rejected": ([
        "我有ICC证书，自驾资质审核居然不通过，说要本地证书",
        "资质审核太严了，ASA101不认，只能加钱请船长",
        "审核等了两天最后驳回，也不说明原因",
    ], [
        "My ICC was rejected for bare-boat charter without a clear reason.",
        "Licence check took two days and then got declined. Ended up paying for a skipper.",
    ], "negative"),
    "crew_late": ([
        "约的九点出海，船长十点才到，少玩了一个小时",
        "出发晚了四十分钟，也没个解释",
        "船员迟到，码头等了很久，孩子都晒蔫了",
    ], [
        "Skipper showed up 45 minutes late, we lost a big chunk of our half day.",
        "Departure was delayed almost an hour, nobody told us why.",
    ], "negative"),
    "boat_dirty": ([
        "船舱有点脏，洗手间有异味",
        "船上的救生衣很旧，垫子也潮乎乎的",
    ], [
        "Cabin was not cleaned properly and the head smelled.",
        "Life jackets looked worn out, cushions were damp.",
    ], "negative"),
    "insurance_confusing": ([
        "保险条款看不懂，免赔额到底多少说不清楚",
        "加购的保险到底保什么？客服也解释不明白",
    ], [
        "Insurance add-on wording is confusing, what is the excess exactly?",
        "Not clear what the damage waiver actually covers.",
    ], "negative"),
    "skipper_praise": ([
        "船长特别专业，风大的时候处理得很稳，还教我们拉帆",
        "船长人很好，带我们去了安静的海湾浮潜，强烈推荐",
        "船员服务周到，拍照技术也好，下次还来",
        "第一次坐帆船，船长讲解很耐心，全家都很开心",
    ], [
        "Our skipper was excellent - calm in the wind and taught the kids to trim the sails.",
        "Fantastic crew, found us a quiet bay for snorkelling. Highly recommend.",
        "Skipper was professional and friendly, best day of the holiday.",
    ], "positive"),
    "great_trip": ([
        "整体体验不错，船很新，日落很美",
        "出海很顺利，预订流程也方便",
        "船况很好，性价比可以",
    ], [
        "Great day out, boat was clean and new, sunset was amazing.",
        "Smooth booking and a lovely sail.",
        "Good value, well-maintained catamaran.",
    ], "positive"),
    "neutral": ([
        "还行吧，风不大，帆没怎么升起来",
        "一般，中规中矩",
    ], [
        "It was ok, not much wind so we motored most of the way.",
        "Average experience, nothing special.",
    ], "neutral"),
}


def text_of(topic: str, lang: str) -> tuple[str, str]:
    zh, en, s = TEXTS[topic]
    pool = en if lang == "en" else zh
    return str(pool[int(rng.integers(len(pool)))]), s


RATING = {"claim_dispute": (1, 2), "refund_slow": (1, 2), "price_high": (2, 3), "deposit_fail": (1, 2),
          "licence_rejected": (1, 2), "crew_late": (2, 3), "boat_dirty": (2, 3), "insurance_confusing": (2, 3),
          "skipper_praise": (5, 5), "great_trip": (4, 5), "neutral": (3, 3)}


def rating_of(topic):
    lo, hi = RATING[topic]
    return int(rng.integers(lo, hi + 1))


def nps_of(r):
    return int(min(10, max(0, {1: 1, 2: 3, 3: 6, 4: 8, 5: 9}[r] + rng.integers(-1, 2))))


def full_price(base: str, boat: str, dur: str, days: int, bareboat: bool, d: date) -> int:
    _, cny, thb, _ = BOATS[boat]
    p = thb if base == "phuket" else cny * BASE_FACTOR[base]
    if base == "sanya" and d >= SANYA_RISE:
        p *= 1.2
    if dur == "half_day":
        p *= 0.6
    elif dur == "multi_day":
        p *= days * 0.9
    if bareboat:
        p *= 0.78
    return int(round(p / 100.0) * 100)


# ---------- customers ----------
customers = []
for i in range(N_CUST):
    cid = f"C{i + 1:05d}"
    overseas = rng.random() < 0.13
    if overseas:
        region, city = "海外", ""
        country = str(rng.choice(COUNTRIES))
        lang = "en"
        acq = str(rng.choice(ACQ_EN, p=ACQ_EN_P))
    else:
        region = str(rng.choice(list(REGIONS), p=[v[1] for v in REGIONS.values()]))
        city = str(rng.choice(REGIONS[region][0]))
        country = "China"
        lang = "zh" if rng.random() < 0.96 else "en"
        acq = str(rng.choice(ACQ, p=ACQ_P))
    bases, bp = PREF[region]
    pref = str(rng.choice(bases, p=bp))
    segment = str(rng.choice(["new", "returning", "vip", "corporate"], p=[0.58, 0.24, 0.08, 0.10]))
    cert_p = 0.35 if overseas else 0.14
    cert = "none"
    if rng.random() < cert_p:
        cert = str(rng.choice(["ICC", "RYA_Day_Skipper", "ASA_101", "CN_yacht_licence"],
                              p=[0.3, 0.25, 0.2, 0.25] if not overseas else [0.35, 0.4, 0.25, 0.0]))
    dev = str(rng.choice(["ios", "android", "pc"], p=[0.5, 0.36, 0.14] if not overseas else [0.45, 0.2, 0.35]))
    signup = at(START + D(int(rng.integers(-400, (END - START).days - 20))), 8, 23)
    tier = {"vip": "gold", "returning": "silver"}.get(segment, "standard")
    customers.append(dict(customer_id=cid, signup_at=signup, segment=segment, region=region,
                          acquisition_channel=acq, tier=tier, home_city=city, country=country, language=lang,
                          sailing_cert=cert, preferred_base=pref, primary_device=dev,
                          company_name=(f"{['腾讯', '华为', '招商银行', '阿里巴巴', '小米', '平安', '美团', '字节'][i % 8]}{['工会', '市场部', '团建小组', '行政部'][i % 4]}"
                                        if segment == "corporate" else "")))

# experiment: quote_form_v2 — assigned at the fleet page during the window (no effect)
QF_ASSIGNED: dict[str, str] = {}
INS_ASSIGNED: dict[str, str] = {}


def charter(c: dict, d0: date):
    cid, lang = c["customer_id"], c["language"]
    base = c["preferred_base"] if rng.random() < 0.8 else str(rng.choice(list(BASES)))
    cur = BASES[base][2]
    dev = c["primary_device"] if rng.random() < 0.8 else str(rng.choice(["ios", "android", "pc"]))
    if dev == "pc":
        chan = "web"
    elif lang == "zh":
        chan = "mini_program" if rng.random() < 0.55 else "app"
    else:
        chan = "app" if rng.random() < 0.7 else "web"
    sess = new_sess()
    t = at(d0, 8, 23)
    av = app_version(t, dev, chan)
    kw = dict(base=base, app_version=av)
    ev(cid, t, "tp_fleet", "view", dev, chan, sess, **kw)
    if rng.random() < 0.4:
        ev(cid, t + D(minutes=int(rng.integers(1, 15))), "tp_fleet", "view", dev, chan, sess, **kw)
    if AB_QF[0] <= d0 <= AB_QF[1] and chan in ("app", "mini_program") and cid not in QF_ASSIGNED:
        v = "control" if rng.random() < 0.5 else "v2"
        QF_ASSIGNED[cid] = v
        experiments.append(dict(experiment_id="quote_form_v2", variant=v, customer_id=cid, assigned_at=t,
                                surface="tp_quote"))
    if rng.random() > 0.64:
        return
    # quote
    boat = str(rng.choice(list(BOATS), p=[0.5, 0.32, 0.18]))
    can_bare = c["sailing_cert"] != "none" and boat != "motor_yacht"
    bare = can_bare and rng.random() < 0.6
    dur = str(rng.choice(["half_day", "full_day", "multi_day"], p=[0.42, 0.45, 0.13] if not bare else [0.0, 0.6, 0.4]))
    ndays = int(rng.integers(2, 5)) if dur == "multi_day" else 1
    pax = int(min(BOATS[boat][3], max(1, rng.poisson(4 if c["segment"] != "corporate" else 9))))
    lead = int(rng.integers(3, 24))
    cdate = d0 + D(lead)
    price = full_price(base, boat, dur, ndays, bare, d0)
    ctype = "bareboat" if bare else "skippered"
    t += D(minutes=int(rng.integers(3, 90)))
    bk = dict(base=base, boat_type=boat, boat_model=BOATS[boat][0], charter_type=ctype, duration=dur,
              charter_date=cdate.isoformat(), pax=pax, currency=cur)
    ev(cid, t, "tp_quote", "submit", dev, chan, sess, amount=price, app_version=av, **bk)
    # licence check for bare-boat
    if bare:
        t += D(hours=float(rng.uniform(2, 40)))
        ok = rng.random() < (0.72 if c["sailing_cert"] != "ASA_101" else 0.45)
        ev(cid, t, "tp_licence", "success" if ok else "fail", dev, chan, sess, cert_type=c["sailing_cert"],
           result="approved" if ok else "rejected", **bk)
        if not ok:
            if rng.random() < 0.3:
                tx, s = text_of("licence_rejected", lang)
                fb(cid, t + D(hours=float(rng.uniform(1, 30))), "tp_licence", "ticket", tx, "licence_rejected", s,
                   base=base, language=lang, device=dev)
            return
    # deposit
    p_dep = 0.62
    if c["segment"] == "corporate":
        p_dep = 0.36
    if base == "sanya" and d0 >= SANYA_RISE:
        p_dep *= 0.62
    if c["segment"] == "vip":
        p_dep = min(0.9, p_dep + 0.15)
    t += D(hours=float(rng.uniform(0.2, 48)))
    if chan == "mini_program" and BUG[0] <= t.date() <= BUG[1] and rng.random() < 0.8:
        nf = int(rng.integers(1, 4))
        for k in range(nf):
            ev(cid, t + D(minutes=2 * k), "tp_deposit_fail", "fail", dev, chan, sess, error="WXPAY_SIGN_ERROR",
               app_version=app_version(t, dev, chan), **bk)
        if rng.random() < 0.35:
            tx, s = text_of("deposit_fail", lang)
            fb(cid, t + D(hours=float(rng.uniform(0.5, 20))), "tp_deposit_fail", "app_review", tx, "deposit_fail", s,
               rating=1, base=base, language=lang, device=dev)
        if rng.random() < 0.85:
            return
        t += D(minutes=30)
    if rng.random() > p_dep:
        if base == "sanya" and d0 >= SANYA_RISE and rng.random() < 0.14:
            tx, s = text_of("price_high", lang)
            fb(cid, t + D(hours=float(rng.uniform(1, 72))), "tp_quote",
               str(rng.choice(["ctrip_review", "ticket", "xiaohongshu"])), tx, "price_high", s,
               rating=rating_of("price_high"), base=base, language=lang, device=dev)
        elif rng.random() < 0.1:
            ev(cid, t + D(hours=3), "tp_support", "call", dev, "phone", new_sess(), topic="price_question", base=base)
        return
    # insurance A/B assignment at deposit
    insured_p = 0.3
    if AB_INS[0] <= t.date() <= AB_INS[1]:
        if cid not in INS_ASSIGNED:
            v = "A" if rng.random() < 0.5 else "B"
            INS_ASSIGNED[cid] = v
            experiments.append(dict(experiment_id="insurance_default", variant=v, customer_id=cid, assigned_at=t,
                                    surface="tp_deposit"))
        insured_p = 0.54 if INS_ASSIGNED[cid] == "B" else 0.3
    insured = rng.random() < insured_p
    ins_fee = 0
    if insured:
        ins_fee = (1800 if cur == "THB" else 380) * ndays
    total = price + ins_fee
    dep = round(total * 0.3, 2)
    _ord[0] += 1
    oid = f"BK{_ord[0]:06d}"
    order = dict(order_id=oid, customer_id=cid, ts=t, amount=total, status="paid", channel=chan, device=dev,
                 deposit_amount=dep, balance_amount=round(total - dep, 2), insurance=str(insured).lower(),
                 insurance_fee=ins_fee, charter_price=price, skipper_name="", refund_reason="", refunded_at=None,
                 rebooked="false", days=ndays, **bk)
    orders.append(order)
    ev(cid, t, "tp_deposit", "success", dev, chan, sess, order_id=oid, amount=dep, app_version=app_version(t, dev, chan), **bk)
    if insured:
        ev(cid, t + D(minutes=int(rng.integers(1, 600))), "tp_insurance", "add", dev, chan, sess, order_id=oid,
           amount=ins_fee, **bk)
    if rng.random() < 0.03:
        tx, s = text_of("insurance_confusing", lang)
        fb(cid, t + D(hours=5), "tp_insurance", "ticket", tx, "insurance_confusing", s, base=base, language=lang)
    # customer cancels
    if rng.random() < 0.06:
        order.update(status="cancelled", refund_reason="customer_cancel")
        ev(cid, t + D(days=int(rng.integers(1, 3))), "tp_support", "cancel", dev, "phone", new_sess(),
           order_id=oid, topic="cancel_booking", base=base)
        return
    # crew assignment (skippered)
    skipper = ""
    if not bare:
        skipper = str(rng.choice(SKIPPERS[base], p=SKIPPER_P[base]))
        order["skipper_name"] = skipper
    cd = cdate
    rebooked = False
    while True:
        if skipper:
            ev(cid, at(cd - D(int(rng.integers(2, 4))), 9, 18), "tp_crew", "assigned", "", "other", "",
               order_id=oid, skipper_name=skipper, **{**bk, "charter_date": cd.isoformat()})
        wx = WEATHER[base].get(cd)
        if wx and not (rebooked and rng.random() < 0.5):
            tn = at(cd - D(1), 16, 21)
            ev(cid, tn, "tp_weather_cancel", "push", dev, chan, "", order_id=oid, weather_reason=wx,
               **{**bk, "charter_date": cd.isoformat()})
            p_reb = 0.35 if base == "phuket" else 0.66
            if not rebooked and rng.random() < p_reb:
                nd = cd + D(int(rng.integers(2, 15)))
                ev(cid, tn + D(hours=float(rng.uniform(0.3, 30))), "tp_rebook", "submit", dev, chan, new_sess(),
                   order_id=oid, new_charter_date=nd.isoformat(), **bk)
                order["rebooked"] = "true"
                order["charter_date"] = nd.isoformat()
                cd = nd
                rebooked = True
                continue
            # refund
            rdays = float(rng.gamma(2.0, 2.2 if base != "phuket" else 4.5)) + 0.5
            tr = tn + D(days=rdays)
            order.update(status="refunded", refund_reason="weather", refunded_at=tr)
            ev(cid, tr, "tp_refund", "success", dev, chan, "", order_id=oid, amount=dep, refund_reason="weather",
               refund_days=round(rdays, 2), **bk)
            if rdays > 7 and rng.random() < 0.45:
                tx, s = text_of("refund_slow", lang)
                fb(cid, tr - D(days=1), "tp_refund", "ticket", tx, "refund_slow", s, base=base, language=lang)
            return
        break
    # balance
    tb = at(cd - D(int(rng.integers(1, 3))), 9, 22)
    ev(cid, tb, "tp_balance", "success", dev, chan, new_sess(), order_id=oid, amount=round(total - dep, 2),
       app_version=app_version(tb, dev, chan), **{**bk, "charter_date": cd.isoformat()})
    # boarding
    start_h = float(rng.choice([8.5, 9.0, 14.0, 16.5]))
    delay = max(0, int(rng.normal(9, 6)))
    if skipper.startswith("孙浩"):
        delay = max(0, int(rng.normal(34, 12)))
    tc = datetime(cd.year, cd.month, cd.day) + D(hours=start_h, minutes=delay)
    ev(cid, tc, "tp_checkin", "board", dev, "store", "", order_id=oid, delay_minutes=delay, skipper_name=skipper,
       **{**bk, "charter_date": cd.isoformat()})
    hours = {"half_day": 4, "full_day": 8, "multi_day": 24 * ndays - 6}[dur]
    tret = tc + D(hours=hours + float(rng.uniform(-0.5, 0.5)))
    # damage
    p_dmg = (0.16 if bare else 0.04) * (1.5 if cd >= CLAIM_POLICY else 1.0)
    dmg = rng.random() < p_dmg
    ev(cid, tret, "tp_return", "inspect", dev, "store", "", order_id=oid, inspection_result="damage" if dmg else "ok",
       skipper_name=skipper, **bk)
    claimed = False
    if dmg:
        dtype = str(rng.choice(["hull_scratch", "sail_tear", "propeller", "lost_equipment", "winch", "cleaning"],
                               p=[0.4, 0.17, 0.13, 0.13, 0.09, 0.08]))
        amt = int(rng.choice([800, 1500, 2000, 3000, 5000, 8000], p=[0.2, 0.25, 0.2, 0.2, 0.1, 0.05]))
        if cur == "THB":
            amt *= 5
        tcl = tret + D(hours=float(rng.uniform(0.5, 20)))
        ev(cid, tcl, "tp_claim", "open", dev, "store", "", order_id=oid, damage_type=dtype, claim_amount=amt,
           insured=str(insured).lower(), **bk)
        claimed = True
        if rng.random() < 0.93:
            sdays = float(rng.gamma(2.0, 2.0 if insured else 6.5)) + 0.5
            ev(cid, tcl + D(days=sdays), "tp_claim_closed", "close", dev, "phone", "", order_id=oid,
               settled_amount=0 if insured else amt, settle_days=round(sdays, 2), insured=str(insured).lower(), **bk)
    # review / feedback
    tr = tret + D(hours=float(rng.uniform(2, 60)))
    grow = min(1.0, max(0.0, (cd - date(2025, 1, 1)).days / 520.0))
    topic = None
    if claimed and rng.random() < 0.35 + 0.5 * grow:
        topic = "claim_dispute"
    elif rng.random() < (0.008 + 0.13 * grow ** 2) * (1.8 if bare else 1.0):
        topic = "claim_dispute"
    elif delay >= 25 and rng.random() < 0.5:
        topic = "crew_late"
    if topic is None and rng.random() < 0.42:
        topic = str(rng.choice(["skipper_praise", "great_trip", "neutral", "boat_dirty"],
                               p=[0.36, 0.38, 0.14, 0.12] if skipper else [0.0, 0.6, 0.25, 0.15]))
    if topic:
        tx, s = text_of(topic, lang)
        r = rating_of(topic)
        ch = str(rng.choice(["survey", "app_review", "ctrip_review" if lang == "zh" else "google_review"],
                            p=[0.6, 0.25, 0.15]))
        tp = {"claim_dispute": "tp_claim" if claimed else "tp_return", "crew_late": "tp_checkin",
              "boat_dirty": "tp_checkin"}.get(topic, "tp_review")
        ev(cid, tr, "tp_review", "submit", dev, chan, new_sess(), order_id=oid, rating=r, **bk)
        fb(cid, tr, tp, ch, tx, topic, s, rating=r, nps=nps_of(r) if ch == "survey" else None, base=base,
           language=lang, device=dev, skipper_name=skipper, order_id=oid)


# ---------- main loop ----------
for c in customers:
    n = 1 + rng.poisson({"new": 0.3, "returning": 0.9, "vip": 1.6, "corporate": 0.7}[c["segment"]])
    for _ in range(n):
        b = c["preferred_base"]
        d0 = DAYS[int(rng.choice(len(DAYS), p=DEMAND[b]))]
        charter(c, d0)
    if rng.random() < 0.08:
        d = DAYS[int(rng.integers(len(DAYS)))]
        ev(c["customer_id"], at(d, 9, 21), "tp_support", "call", c["primary_device"], "phone", new_sess(),
           topic=str(rng.choice(["availability", "route_advice", "invoice", "seasickness"])),
           base=c["preferred_base"])

# undated social posts (no ts, no customer, no rating)
for i in range(110):
    lang = "zh" if rng.random() < 0.7 else "en"
    topic = str(rng.choice(["skipper_praise", "great_trip", "claim_dispute", "price_high", "boat_dirty", "neutral"],
                           p=[0.3, 0.3, 0.18, 0.1, 0.06, 0.06]))
    tx, s = text_of(topic, lang)
    b = str(rng.choice(list(BASES)))
    fb(None, None, None, "xiaohongshu" if lang == "zh" else "instagram", tx, topic, s, base=b, language=lang)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r.get(c)) for c in cols])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    tps = [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS]
    write(out / "touchpoints.csv", tps, list(tps[0]))
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3])]
    write(out / "journeys.csv", jr, list(jr[0]))
    write(out / "customers.csv", customers, list(customers[0]))
    evs = sorted(events, key=lambda r: (r["ts"], r["event_id"]))
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id", "base",
             "app_version", "boat_type", "boat_model", "charter_type", "duration", "charter_date", "new_charter_date",
             "pax", "order_id", "amount", "currency", "error", "cert_type", "result", "skipper_name",
             "weather_reason", "refund_reason", "refund_days", "delay_minutes", "inspection_result", "damage_type",
             "claim_amount", "settled_amount", "settle_days", "insured", "rating", "topic"]
    write(out / "events.csv", evs, ecols)
    ocols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "base", "currency",
             "boat_type", "boat_model", "charter_type", "duration", "days", "charter_date", "pax", "charter_price",
             "insurance", "insurance_fee", "deposit_amount", "balance_amount", "skipper_name", "rebooked",
             "refund_reason", "refunded_at"]
    write(out / "orders.csv", sorted(orders, key=lambda r: r["ts"]), ocols)
    fcols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "text", "rating", "nps", "base",
             "language", "device", "skipper_name", "order_id"]
    fbs = sorted(feedback, key=lambda r: (r["ts"] is None, r["ts"] or datetime.min, r["feedback_id"]))
    write(out / "feedback.csv", fbs, fcols)
    write(out / "experiments.csv", experiments, ["experiment_id", "variant", "customer_id", "assigned_at", "surface"])
    write(out / "_truth" / "feedback_truth.csv", truth, ["feedback_id", "topic", "sentiment"])
    wx = [dict(base=b, day=d.isoformat(), reason=r) for b in WEATHER for d, r in sorted(WEATHER[b].items())]
    write(out / "_truth" / "weather.csv", wx, ["base", "day", "reason"])
    print(f"customers {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)} "
          f"experiments {len(experiments)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
