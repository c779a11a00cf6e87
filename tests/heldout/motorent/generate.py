"""骑遇 RideYonder motorcycle touring rental (synthetic, written blind).

Six depots in five countries: 昆明 Kunming and 成都 Chengdu (CNY), 清迈 Chiang Mai (THB), 皇后镇 Queenstown (NZD),
慕尼黑 Munich (EUR), 拉斯维加斯 Las Vegas (USD). Bikes by model and engine size (Royal Enfield Himalayan 450, Honda
CB500X, Kawasaki Versys 650, CFMoto 800MT, BMW R 1250 GS, Harley-Davidson Road Glide).

Journey: online quote (A/B test of the price display Oct-Dec 2025) -> booking with a 30 % booking deposit (订金) ->
licence check (online upload, or at the depot for phone bookings) -> depot pickup (briefing, security deposit 押金
taken, balance + gear / cover plan paid) -> tour start (self-guided or guided) -> breakdown assistance calls ->
bike return (some late) -> return inspection -> damage claim (accepted / disputed) -> security-deposit refund ->
review invitation -> review. Cancellations, customer-service contacts.
Data 2024-07-01 .. 2026-05-31 (extract taken early June 2026; today is 2026-12-01).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback, experiments (CSV, DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topic of each comment: generator truth, not a DATA.md table).
Deterministic (fixed seed), numpy + stdlib. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260603
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 7, 1), datetime(2026, 5, 31, 23, 59, 59)
CM_IDP = datetime(2025, 7, 1)                                    # Chiang Mai starts strict IDP checks
HIMA_RECALL = (datetime(2025, 7, 1), datetime(2025, 10, 1))      # Himalayan 450 clutch-cable batch
QT_BANK = (datetime(2026, 2, 1), datetime(2026, 5, 1))           # Queenstown: new bank, slow bond refunds
MUC_ASSESSOR = datetime(2025, 5, 1)                              # Munich: third-party damage assessor
AB = (datetime(2025, 10, 1), datetime(2025, 12, 31, 23, 59, 59))  # quote page price display test

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_quote", "在线报价", "Online quote", "consideration", "web", "digital", "growth",
     "询价|报价|查价|算价格|估价|quote|price quote|get a price|quote page"),
    ("tp_booking", "预订付订金", "Booking & deposit", "purchase", "web", "digital", "reservations",
     "预订|订车|下单|付订金|交定金|booking|reservation|book a bike|booking deposit"),
    ("tp_cancel", "取消预订", "Booking cancellation", "purchase", "web", "digital", "reservations",
     "取消|退订|取消订单|cancellation|cancelled booking|cancel"),
    ("tp_licence", "驾照审核", "Licence check", "purchase", "web", "digital", "compliance",
     "驾照核验|驾照验证|摩托车驾照审核|D照审核|国际驾照审核|licence check|license check|licence verification|IDP check"),
    ("tp_pickup", "门店提车", "Depot pickup", "service", "store", "physical", "depot_ops",
     "提车|取车|交车|门店取车|车辆交接|pickup|pick-up|collection|handover|depot pickup"),
    ("tp_tour", "出发骑行", "Tour start", "service", "store", "physical", "tours",
     "出发|上路|骑行|跑线路|开跑|tour|ride out|departure|on the road"),
    ("tp_breakdown", "道路救援", "Breakdown assistance", "service", "phone", "physical", "fleet",
     "救援|抛锚|道路救援|救援电话|拖车|breakdown|roadside assistance|recovery|tow|breakdown call"),
    ("tp_return", "还车", "Bike return", "service", "store", "physical", "depot_ops",
     "还车|交还|归还|return|drop-off|bike return|check-in"),
    ("tp_inspection", "还车验车", "Return inspection", "service", "store", "physical", "fleet",
     "验车|还车检查|车况检查|定损检查|inspection|return inspection|walk-around|damage check"),
    ("tp_damage_claim", "车损理赔", "Damage claim", "service", "email", "digital", "claims",
     "定损|车损|理赔|赔偿|扣款争议|damage claim|claim|damage charge|dispute"),
    ("tp_deposit_refund", "押金退还", "Security deposit refund", "service", "other", "digital", "finance",
     "退押金|押金退回|押金返还|bond refund|deposit refund|bond|security deposit back"),
    ("tp_review_invite", "评价邀请", "Review invitation", "loyalty", "email", "digital", "crm",
     "邀评|评价邮件|评价短信|review request|review invite|review email"),
    ("tp_review", "用户评价", "Customer review", "loyalty", "web", "digital", "crm",
     "评价|点评|打分|写评价|review|rating|feedback"),
    ("tp_support", "客服中心", "Customer service", "service", "phone", "digital", "customer_care",
     "客服|热线|在线客服|客服电话|customer service|support|hotline|call centre"),
]
JOURNEYS = [
    ("booking_to_ride", "预订到出发", "Booking to ride-out", ["tp_booking", "tp_licence", "tp_pickup", "tp_tour"], 90),
    ("quote_to_booking", "报价转化", "Quote to booking", ["tp_quote", "tp_booking"], 14),
    ("return_to_refund", "还车退押", "Return to deposit refund",
     ["tp_return", "tp_inspection", "tp_deposit_refund"], 30),
    ("review_loop", "邀评转化", "Review request to review", ["tp_review_invite", "tp_review"], 14),
]
# id, zh, en, country, currency, fx (CNY per unit), price factor, weight, lang
DEPOTS = [
    ("D1", "昆明店", "Kunming", "CN", "CNY", 1.0, 1.0, 0.20, "zh"),
    ("D2", "成都店", "Chengdu", "CN", "CNY", 1.0, 1.0, 0.17, "zh"),
    ("D3", "清迈店", "Chiang Mai", "TH", "THB", 0.2, 0.8, 0.19, "mix"),
    ("D4", "皇后镇店", "Queenstown", "NZ", "NZD", 4.3, 1.3, 0.13, "en"),
    ("D5", "慕尼黑店", "Munich", "DE", "EUR", 7.8, 1.25, 0.17, "en"),
    ("D6", "拉斯维加斯店", "Las Vegas", "US", "USD", 7.2, 1.2, 0.14, "en"),
]
DP = {d[0]: d for d in DEPOTS}
# model, cc, class, base day rate CNY, security deposit CNY, depots
BIKES = [
    ("Royal Enfield Himalayan 450", 452, "light", 380, 3000, ("D1", "D2", "D3")),
    ("Honda CB500X", 471, "light", 420, 3000, ("D1", "D2", "D3", "D4", "D5", "D6")),
    ("Kawasaki Versys 650", 649, "middle", 480, 4000, ("D3", "D4", "D5")),
    ("CFMoto 800MT", 799, "middle", 520, 4000, ("D1", "D2")),
    ("BMW R 1250 GS", 1254, "large", 980, 8000, ("D1", "D2", "D3", "D4", "D5", "D6")),
    ("Harley-Davidson Road Glide", 1923, "large", 1250, 8000, ("D6",)),
]
CLASS_ZH = {"light": "轻量级(500cc以下)", "middle": "中排量(500-999cc)", "large": "大排量(1000cc以上)"}
ROUTES = {
    "D1": [("大理洱海环线", "Dali Erhai loop"), ("丽江-香格里拉", "Lijiang-Shangri-La"), ("滇西北大环线", "NW Yunnan grand loop")],
    "D2": [("川西小环线", "West Sichuan short loop"), ("318川藏线(成都-理塘)", "G318 Chengdu-Litang"),
           ("稻城亚丁线", "Daocheng Yading")],
    "D3": [("湄宏顺1864弯", "Mae Hong Son loop"), ("清莱金三角", "Chiang Rai Golden Triangle"), ("茵他侬山", "Doi Inthanon")],
    "D4": [("南岛西海岸", "South Island West Coast"), ("峡湾国家公园", "Fiordland"), ("库克山环线", "Mt Cook loop")],
    "D5": [("阿尔卑斯山口", "Alpine passes"), ("多洛米蒂", "Dolomites"), ("黑森林", "Black Forest")],
    "D6": [("66号公路", "Route 66"), ("大峡谷环线", "Grand Canyon loop"), ("死亡谷-约塞米蒂", "Death Valley-Yosemite")],
}
PLANS = ["basic", "standard", "premium"]
PLAN_ZH = {"basic": "基础保障", "standard": "标准保障", "premium": "全险无忧"}
EXCESS = {"basic": 1.0, "standard": 0.35, "premium": 0.0}   # share of the damage cost the rider pays
PLAN_CNY = {"basic": 0, "standard": 60, "premium": 140}    # per day
FAIL_ZH = {"no_idp": "缺国际驾照/认可件", "class_mismatch": "驾照等级不符", "expired": "驾照过期",
           "blurry_photo": "照片不清晰", "too_new": "驾龄不足"}
DMG_ZH = {"scratch": "划痕", "drop_damage": "倒车损伤", "tyre": "轮胎", "pannier": "边箱", "mirror_lever": "镜子/拉杆"}
DMG_COST = {"scratch": (600, 1800), "drop_damage": (1500, 6000), "tyre": (800, 1600), "pannier": (700, 2500),
            "mirror_lever": (300, 900)}
ISSUE_ZH = {"flat_tyre": "爆胎", "battery": "电瓶没电", "clutch_cable": "离合拉线断", "crash": "事故", "fuel": "没油"}
REGIONS = ["mainland_china", "southeast_asia", "oceania", "europe", "north_america"]
REGION_ZH = {"mainland_china": "中国大陆", "southeast_asia": "东南亚", "oceania": "大洋洲", "europe": "欧洲",
             "north_america": "北美"}
ACQ = ["search_ads", "xiaohongshu", "instagram", "moto_forum", "referral", "ota_partner"]
ACQ_ZH = {"search_ads": "搜索广告", "xiaohongshu": "小红书", "instagram": "Instagram", "moto_forum": "摩旅论坛",
          "referral": "老客推荐", "ota_partner": "OTA合作"}
AGENTS = {"D1": ["杨帆", "李娜"], "D2": ["张伟", "刘洋"], "D3": ["Somchai", "陈静"], "D4": ["Liam", "Aroha"],
          "D5": ["Jonas", "Lena"], "D6": ["Mike", "Carla"]}


def ri(a, b):
    return int(rng.integers(a, b + 1))


def pick(xs, p=None):
    if p is not None:
        p = np.array(p, dtype=float) / sum(p)
    return xs[int(rng.choice(len(xs), p=p))]


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


DAYS = [START.date() + D(days=i) for i in range((END.date() - START.date()).days + 1)]


def season(country, m):
    return {
        "CN": {10: 1.6, 11: 1.3, 12: 0.9, 1: 0.8, 2: 0.7, 3: 1.1, 4: 1.3, 5: 1.4, 6: 1.0, 7: 1.2, 8: 1.3, 9: 1.0},
        "TH": {11: 1.6, 12: 1.8, 1: 1.7, 2: 1.4, 3: 1.0, 4: 0.7, 5: 0.6, 6: 0.6, 7: 0.7, 8: 0.7, 9: 0.6, 10: 1.0},
        "NZ": {11: 1.4, 12: 1.7, 1: 1.8, 2: 1.6, 3: 1.3, 4: 0.9, 5: 0.5, 6: 0.3, 7: 0.3, 8: 0.3, 9: 0.6, 10: 1.0},
        "DE": {5: 1.4, 6: 1.8, 7: 1.9, 8: 1.9, 9: 1.5, 10: 0.8, 11: 0.3, 12: 0.2, 1: 0.2, 2: 0.3, 3: 0.6, 4: 1.0},
        "US": {3: 1.2, 4: 1.5, 5: 1.5, 6: 1.1, 7: 0.8, 8: 0.8, 9: 1.3, 10: 1.5, 11: 1.0, 12: 0.6, 1: 0.6, 2: 0.8},
    }[country][m]


WEIGHTS: dict = {}


def draw_day(country):
    if country not in WEIGHTS:
        w = np.array([season(country, d.month) * (1 + 0.3 * (d - DAYS[0]).days / 365)
                      * (1.25 if d.weekday() >= 4 else 1.0) for d in DAYS])
        WEIGHTS[country] = w / w.sum()
    return DAYS[int(rng.choice(len(DAYS), p=WEIGHTS[country]))]


# ---------- feedback text (markers per topic are exclusive: see README) ----------
T = {
    "idp": (
        ["清迈店说中国驾照要配国际驾照认可件才能骑，预订时根本没提，白交了订金",
         "在清迈被拒，说没有国际驾照公证件不能提车，行程全乱了",
         "国际驾照的要求写得不清楚，到了门店才知道不行",
         "订车页面应该写明需要国际驾照或者驾照翻译认证件",
         "审核说我缺国际驾照文件，可我之前在别家租都没问题"],
        ["Turned away at {depot} because my licence needed an IDP, nobody mentioned it at booking",
         "Your site should say clearly that an IDP is required. Lost a day sorting paperwork",
         "Licence check failed for missing IDP - would have been nice to know before paying the deposit",
         "The IDP rule is buried in the T&Cs, got rejected at the desk"]),
    "damage_claim": (
        ["还车后定损扣了{dmg}，那几道痕取车时就有，申诉了三周还没结果",
         "定损完全是第三方说了算，报价比市面贵一倍",
         "{depot}的定损太离谱，一个拉杆也要扣这么多",
         "对定损结果有异议，客服只会说以评估报告为准",
         "定损流程不透明，没有照片也没有明细"],
        ["The damage claim for {dmg} is absurd, those marks were on the bike at pickup",
         "Disputing the damage claim from {depot}, their assessor charged dealer prices for a lever",
         "Damage claim process is opaque - no photos, no itemised quote, just a number",
         "Three weeks and my damage claim dispute is still 'under review'"]),
    "deposit_slow": (
        ["押金{days}天了还没退回来，说好一周内",
         "{depot}的押金退得太慢，催了好几次",
         "押金退还一直拖，卡上的钱被冻着很难受",
         "还车都快两周了押金还没到账"],
        ["Bond refund from {depot} took {days} days, they said 3 working days",
         "Still waiting on my bond refund, nobody replies to emails",
         "The security deposit took forever to come back to my card",
         "Bond refund is painfully slow, {days} days and counting"]),
    "breakdown": (
        ["半路离合线断了，打救援电话等了{wait}分钟才有人来",
         "山里抛锚，救援车三个小时才到",
         "救援热线一直占线，荒郊野外很无助",
         "车坏在路上，救援响应太慢，耽误了一天行程"],
        ["Clutch cable snapped and the breakdown truck took {wait} minutes to reach us",
         "Breakdown line kept us on hold forever, stuck on a mountain pass",
         "Had a breakdown on day two, recovery was slow and no replacement bike for hours"]),
    "queue": (
        ["国庆提车排队排了{wait}分钟，讲解都是赶着讲",
         "提车要排队，线上都审核过了还要等那么久",
         "门店排队太久，出发晚了两个小时"],
        ["Queue at the depot was {wait} minutes even with everything done online",
         "Long queue at pickup, one staff member doing all the briefings"]),
    "helmet": (
        ["租的头盔有味道，内衬很脏",
         "头盔尺码不全，只能戴偏大的",
         "头盔面罩全是划痕，下雨看不清路"],
        ["Rental helmet smelled awful, liner clearly not cleaned",
         "Helmet visor was so scratched I could barely see in the rain",
         "They only had XL helmets left"]),
    "hidden_fee": (
        ["提车时又加了一堆隐藏费用，报价里都没有",
         "报价和最后付款差了好多，隐藏费用太多"],
        ["Hidden fees at pickup - the online quote left out half the charges",
         "Final price had hidden charges that weren't in the quote"]),
    "late_fee": (
        ["下雨路断了晚还两个小时，被收了一整天的超时费",
         "超时费太狠了，晚了一点点按一天算"],
        ["Charged a full-day late fee for being 90 minutes late because of a landslide",
         "The late fee policy is harsh, rain closed the road and we still paid"]),
    "tyre": (
        ["轮胎磨得很厉害，跑山路心里没底",
         "前轮胎纹都快没了，还敢租出去"],
        ["Rear tyre was nearly bald when we picked it up",
         "Tyres were worn, not what you want on gravel"]),
    "guide": (
        ["领队超级专业，路线和补给都安排得很好",
         "跟团的领队很照顾新手，弯道技巧教得很细",
         "领队人很好，拍了好多照片"],
        ["Our guide was brilliant, knew every back road",
         "Fantastic tour guide, patient with the slower riders",
         "The guide made the trip - great stops and great stories"]),
    "bike_great": (
        ["车况很好，几乎是新车",
         "车况很好，保养得不错，一路没毛病"],
        ["Bike was well maintained and ran perfectly",
         "Immaculate, well-maintained bike, felt brand new"]),
    "easy_booking": (
        ["线上预订很方便，几分钟搞定",
         "小程序订车很方便，审核也快"],
        ["So easy to book online, whole thing took five minutes",
         "Easy to book and the app reminders were handy"]),
    "generic": (
        ["整体还行", "风景很美，体验中规中矩", "没什么问题，正常还车", "还可以，下次再来"],
        ["It was ok", "Decent trip overall", "Nothing special, did the job", "Fine experience"]),
}
NEG = {"idp", "damage_claim", "deposit_slow", "breakdown", "queue", "helmet", "hidden_fee", "late_fee", "tyre"}
POS = {"guide", "bike_great", "easy_booking"}
TOPIC_TP = {"idp": "tp_licence", "damage_claim": "tp_damage_claim", "deposit_slow": "tp_deposit_refund",
            "breakdown": "tp_breakdown", "queue": "tp_pickup", "helmet": "tp_pickup", "hidden_fee": "tp_pickup",
            "late_fee": "tp_return", "tyre": "tp_pickup", "guide": "tp_tour", "bike_great": "tp_tour",
            "easy_booking": "tp_booking", "generic": "tp_return"}


def rating_for(topic):
    if topic in NEG:
        return pick([1, 2, 3], [0.5, 0.38, 0.12])
    if topic in POS:
        return pick([4, 5], [0.3, 0.7])
    return pick([3, 4, 5], [0.3, 0.45, 0.25])


def nps_for(r):
    return int(np.clip(round(r * 2.2 - 1.0 + rng.normal(0, 1.2)), 0, 10))


events, orders, feedback, truth, customers, experiments = [], [], [], [], [], []
eid, oid, fid = [0], [0], [0]
CUST: dict = {}
AB_SEEN: set = set()


def ev(c, ts, tp, action, sess, dp, **kw):
    if ts > END or ts < START:
        return
    eid[0] += 1
    row = dict(event_id=f"E{eid[0]:07d}", customer_id=c["customer_id"], ts=iso(ts), touchpoint_id=tp, action=action,
               session_id=sess, depot_id=dp[0] if dp else "", depot=dp[1] if dp else "", depot_en=dp[2] if dp else "")
    row.update({k: v for k, v in kw.items() if v is not None})
    events.append(row)


OTYPE_ZH = {"booking_deposit": "订金", "balance": "尾款", "gear": "装备租赁", "cover_plan": "保障方案",
            "guided_tour": "领队跟团费", "damage_charge": "车损扣款", "late_fee": "超时费"}


def order(c, ts, amount_local, status, otype, dp, rid, **kw):
    if ts > END or ts < START:
        return
    oid[0] += 1
    row = dict(order_id=f"O{oid[0]:07d}", customer_id=c["customer_id"], ts=iso(ts),
               amount=round(amount_local * dp[5], 2), status=status, order_type=otype, 订单类型=OTYPE_ZH[otype],
               rental_id=rid, depot_id=dp[0], depot=dp[1], depot_en=dp[2], currency=dp[4],
               amount_local=round(amount_local, 2))
    row.update({k: v for k, v in kw.items() if v is not None})
    orders.append(row)


def fb(c, ts, topic, channel, dp=None, tp=None, rated=True, lang=None, ctx=None, with_nps=False, platform=None):
    if ts is not None and (ts > END or ts < START):
        return
    fid[0] += 1
    lang = lang or (c["preferred_language"] if c else "en")
    ctx = dict(ctx or {})
    zh, en = T[topic]
    s = pick(zh if lang == "zh" else en)
    depot = (dp[1] if lang == "zh" else dp[2]) if dp else ("门店" if lang == "zh" else "the depot")
    text = s.format(depot=depot, dmg=ctx.get("dmg", 2000), days=ctx.get("days", 12), wait=ctx.get("wait", 90))
    rated = rated and channel in ("review", "app_review")
    r = rating_for(topic) if rated else None
    row = dict(feedback_id=f"FB{fid[0]:05d}", text=text, ts=iso(ts) if ts else "",
               customer_id=c["customer_id"] if c else "", touchpoint_id=tp if tp is not None else TOPIC_TP[topic],
               channel=channel, platform=platform or "", rating=r if r is not None else "", nps=nps_for(r) if with_nps else "", language=lang,
               depot_id=dp[0] if dp else "", depot=dp[1] if dp else "", depot_en=dp[2] if dp else "")
    feedback.append(row)
    truth.append(dict(feedback_id=row["feedback_id"], topic=topic))


def make_customers(n_riders=5600):
    for i in range(n_riders):
        reg = pick(REGIONS, [0.42, 0.08, 0.14, 0.2, 0.16])
        cn = reg == "mainland_china"
        lang = "zh" if cn or (reg == "southeast_asia" and rng.random() < 0.3) else "en"
        seg = pick(["new", "returning", "group"], [0.72, 0.2, 0.08])
        acq = pick(ACQ, [0.25, 0.3, 0.05, 0.15, 0.15, 0.1] if cn else [0.3, 0.0, 0.25, 0.15, 0.15, 0.15])
        tier = "rider_club" if seg == "group" and rng.random() < 0.5 or rng.random() < 0.1 else "standard"
        c = dict(customer_id=f"C{i + 1:05d}", signup_at="", segment=seg,
                 客户类型={"new": "新客", "returning": "回头客", "group": "团骑客户"}[seg], region=reg, 客户地区=REGION_ZH[reg],
                 acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], tier=tier,
                 会员等级="车友会员" if tier == "rider_club" else "普通会员", preferred_language=lang,
                 age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"], [0.06, 0.3, 0.32, 0.2, 0.12]),
                 riding_years=ri(1, 30), licence_class=pick(["A", "A2"], [0.8, 0.2]) if not cn else "D",
                 review_opt_in=bool(rng.random() < 0.7))
        customers.append(c)
        CUST[c["customer_id"]] = c


def choose_depot(c):
    reg = c["region"]
    p = {"mainland_china": [0.36, 0.3, 0.2, 0.07, 0.04, 0.03], "southeast_asia": [0.05, 0.05, 0.6, 0.1, 0.1, 0.1],
         "oceania": [0.0, 0.0, 0.2, 0.6, 0.1, 0.1], "europe": [0.01, 0.01, 0.18, 0.12, 0.52, 0.16],
         "north_america": [0.0, 0.0, 0.12, 0.12, 0.16, 0.6]}[reg]
    return DEPOTS[int(rng.choice(6, p=np.array(p) / sum(p)))]


RENTALS = [0]


def rental(c, dp, pick_day):
    RENTALS[0] += 1
    rid = f"R{RENTALS[0]:05d}"
    cn_depot = dp[3] == "CN"
    chinese = c["region"] == "mainland_china"
    fleet = [b for b in BIKES if dp[0] in b[5]]
    bw = [{"light": 1.0, "middle": 0.9, "large": 0.8}[b[2]] for b in fleet]
    if c["licence_class"] == "A2":
        bw = [w * (0.25 if b[2] == "large" else 1) for w, b in zip(bw, fleet)]
    bike = pick(fleet, bw)
    model, cc, bclass, base, dep_cny = bike[0], bike[1], bike[2], bike[3], bike[4]
    days = int(min(21, max(1, round(rng.gamma(2.2, 2.6)))))
    tour_type = "guided" if rng.random() < (0.3 if chinese else 0.18) else "self_guided"
    plan = pick(PLANS, [0.35, 0.4, 0.25])
    route_zh, route_en = ROUTES[dp[0]][ri(0, 2)]
    chan = pick(["web", "app", "mini_program", "phone"], [0.25, 0.25, 0.4, 0.1] if chinese else [0.5, 0.35, 0.0, 0.15])
    device = None if chan == "phone" else pick(["ios", "android", "pc"],
                                              [0.3, 0.2, 0.5] if chan == "web" else [0.55, 0.45, 0.0])
    lead = int(min(120, max(2, round(rng.gamma(2.0, 12 if not cn_depot else 6)))))
    t_pick = datetime(pick_day.year, pick_day.month, pick_day.day, pick([8, 9, 10, 11], [0.3, 0.35, 0.25, 0.1]),
                      ri(0, 59), ri(0, 59))
    t_book = t_pick - D(days=lead, hours=ri(0, 12), minutes=ri(0, 59))
    if t_book < START - D(days=5):
        return
    fx = dp[5]
    day_local = round(base * dp[6] / fx, -1 if dp[4] in ("CNY", "THB") else 0)
    rent_local = day_local * days
    dep_local = round(dep_cny * dp[6] / fx, -2 if dp[4] in ("CNY", "THB") else -1)
    common = dict(rental_id=rid, bike_model=model, engine_cc=cc, bike_class=bclass, 车型级别=CLASS_ZH[bclass],
                  plan=plan, 保障方案=PLAN_ZH[plan], tour_type=tour_type, route=route_en, 路线=route_zh,
                  currency=dp[4], rental_days=days)
    sess = rid
    # quote first (online bookers)
    ab = None
    if chan != "phone" and rng.random() < 0.7:
        t_q = t_book - D(days=float(rng.uniform(0, 6)), hours=ri(0, 5))
        if AB[0] <= t_q <= AB[1]:
            ab = "B_all_in_price" if rng.random() < 0.566 else "A_base_price"
            if c["customer_id"] in AB_SEEN:
                ab = None
        ev(c, t_q, "tp_quote", "quote", "Q" + rid[1:], dp, channel=chan if chan != "mini_program" else "mini_program",
           device=device, quoted_local=rent_local, lead_days=lead, **common)
        if ab:
            AB_SEEN.add(c["customer_id"])
            experiments.append(dict(experiment_id="exp_quote_price_display", variant=ab,
                                    customer_id=c["customer_id"], assigned_at=iso(t_q)))
    ev(c, t_book, "tp_booking", "submit", sess, dp, channel=chan, device=device, lead_days=lead,
       booking_deposit_local=round(rent_local * 0.3, 2), **common)
    order(c, t_book, rent_local * 0.3, "paid", "booking_deposit", dp, rid, channel=chan, device=device,
          bike_model=model, bike_class=bclass, plan=plan)
    dep_row = orders[-1] if orders and orders[-1]["rental_id"] == rid else None
    # licence check
    strict = dp[0] == "D3" and chinese and t_book >= CM_IDP
    if dp[0] == "D3" and chinese and not strict:
        p_fail = 0.07
    elif strict:
        p_fail = 0.36
    else:
        p_fail = 0.05 + (0.06 if bclass == "large" else 0)
    online = chan != "phone"
    t_lic = t_book + D(hours=float(rng.uniform(0.2, 30))) if online else t_pick - D(minutes=ri(5, 25))
    failed = rng.random() < p_fail
    if failed:
        if strict or (not cn_depot and chinese and rng.random() < 0.6):
            reason = "no_idp"
        elif bclass == "large" and rng.random() < 0.6:
            reason = pick(["class_mismatch", "too_new"], [0.6, 0.4])
        else:
            reason = pick(["blurry_photo", "expired", "class_mismatch"], [0.6, 0.2, 0.2] if online else [0, 0.5, 0.5])
        ev(c, t_lic, "tp_licence", "fail", sess, dp, check_method="online_upload" if online else "at_depot",
           fail_reason=reason, 失败原因=FAIL_ZH[reason], channel="web" if online else "store", **common)
        fix = {"blurry_photo": 0.9, "expired": 0.2, "class_mismatch": 0.5, "too_new": 0.4, "no_idp": 0.35}[reason]
        if rng.random() < fix and online:
            ev(c, t_lic + D(hours=float(rng.uniform(2, 48))), "tp_licence", "pass", sess, dp,
               check_method="online_upload", channel="web", **common)
        else:
            t_c = t_lic + D(hours=ri(1, 20)) if online else t_lic + D(minutes=30)
            ev(c, t_c, "tp_cancel", "cancelled", sess, dp, cancel_reason="licence_failed", 取消原因="驾照审核未通过",
               channel="web" if online else "store", **common)
            if ((t_pick - t_c).days >= 14 or reason == "no_idp" and rng.random() < 0.3) and dep_row is not None:
                dep_row["status"] = "refunded"
            if rng.random() < 0.35:
                fb(c, t_c + D(days=ri(0, 3)), "idp" if reason == "no_idp" else "generic",
                   pick(["ticket", "app_review"]), dp, tp="tp_licence" if reason == "no_idp" else "tp_cancel")
            return
    else:
        ev(c, t_lic, "tp_licence", "pass", sess, dp, check_method="online_upload" if online else "at_depot",
           channel="web" if online else "store", **common)
    # other cancellations / no-shows
    if rng.random() < (0.16 if chan == "phone" else 0.07):   # phone bookings: no reminders, more drop-outs
        t_c = t_book + D(days=float(rng.uniform(0.5, max(1.0, lead - 1))))
        rsn = pick(["plans_changed", "weather", "found_cheaper"], [0.6, 0.25, 0.15])
        ev(c, t_c, "tp_cancel", "cancelled", sess, dp, cancel_reason=rsn,
           取消原因={"plans_changed": "行程变更", "weather": "天气原因", "found_cheaper": "找到更便宜的"}[rsn],
           channel=chan, **common)
        if (t_pick - t_c).days >= 14 and dep_row is not None:
            dep_row["status"] = "refunded"
        return
    # pickup
    golden = cn_depot and pick_day.month == 10 and pick_day.day <= 7
    wait = float(rng.gamma(2.0, 36 if golden and dp[0] == "D1" else (20 if golden else 8)))
    wait = round(min(240, wait + ri(3, 8)))
    ev(c, t_pick, "tp_pickup", "picked_up", sess, dp, channel="store", wait_min=wait, agent=pick(AGENTS[dp[0]]),
       security_deposit_local=dep_local, **common)
    order(c, t_pick, rent_local * 0.7, "paid", "balance", dp, rid, channel="store", bike_model=model,
          bike_class=bclass, plan=plan)
    if PLAN_CNY[plan]:
        order(c, t_pick + D(minutes=2), PLAN_CNY[plan] * days * dp[6] / fx, "paid", "cover_plan", dp, rid,
              channel="store", bike_model=model, bike_class=bclass, plan=plan)
    if rng.random() < 0.45:
        order(c, t_pick + D(minutes=3), ri(3, 8) * 10 * days * dp[6] / fx, "paid", "gear", dp, rid, channel="store",
              bike_model=model, bike_class=bclass, plan=plan, gear=pick(["helmet", "intercom", "panniers", "rain_kit"]))
    if tour_type == "guided":
        order(c, t_pick + D(minutes=4), 450 * days * dp[6] / fx, "paid", "guided_tour", dp, rid, channel="store",
              bike_model=model, bike_class=bclass, plan=plan)
    t_tour = t_pick + D(minutes=wait + ri(30, 70))
    ev(c, t_tour, "tp_tour", "departed", sess, dp, channel="store", **common)
    if rng.random() < 0.04:
        fb(c, t_pick + D(hours=2), pick(["queue", "helmet", "tyre", "hidden_fee"]) if wait < 60 else "queue",
           pick(["ticket", "ticket"]), dp, ctx=dict(wait=wait), rated=False)
    elif wait >= 60 and rng.random() < 0.25:
        fb(c, t_pick + D(hours=3), "queue", "ticket", dp, ctx=dict(wait=wait), rated=False)
    # breakdowns
    t_ret_plan = t_pick + D(days=days, hours=ri(-2, 6))
    p_bd = 0.05 + (0.2 if model.startswith("Royal") and HIMA_RECALL[0] <= t_pick < HIMA_RECALL[1] else 0)
    bd_wait = None
    if rng.random() < p_bd:
        t_bd = t_tour + D(hours=float(rng.uniform(3, max(4, days * 24 - 10))))
        issue = "clutch_cable" if model.startswith("Royal") and HIMA_RECALL[0] <= t_pick < HIMA_RECALL[1] \
            and rng.random() < 0.8 else pick(["flat_tyre", "battery", "crash", "fuel"], [0.45, 0.25, 0.15, 0.15])
        resp = round(float(rng.gamma(3.0, 30 if cn_depot else 14)) + 10)
        bd_wait = resp
        outcome = pick(["fixed_roadside", "towed", "bike_swapped"], [0.5, 0.3, 0.2])
        ev(c, t_bd, "tp_breakdown", "call", sess, dp, channel="phone", issue=issue, 故障类型=ISSUE_ZH[issue],
           response_min=resp, outcome=outcome, **common)
        if rng.random() < (0.45 if resp > 90 else 0.15):
            fb(c, t_bd + D(hours=ri(1, 30)), "breakdown", pick(["call_note", "ticket"]), dp, ctx=dict(wait=resp),
               rated=False)
    # return
    wet = dp[0] == "D3" and pick_day.month in (6, 7, 8, 9, 10)
    late = rng.random() < (0.24 if wet else 0.06)
    late_h = int(rng.integers(1, 10)) if late else 0
    t_ret = t_ret_plan + D(hours=late_h)
    ev(c, t_ret, "tp_return", "returned_late" if late else "returned", sess, dp, channel="store", late_hours=late_h,
       km_ridden=int(days * rng.uniform(120, 320)), **common)
    if late:
        order(c, t_ret + D(minutes=30), day_local * (1 if late_h > 3 else 0.5), "paid", "late_fee", dp, rid,
              channel="store", bike_model=model, bike_class=bclass, plan=plan)
        if rng.random() < 0.12:
            fb(c, t_ret + D(days=1), "late_fee", pick(["ticket", "ticket"]), dp, rated=False)
    # inspection + damage claim
    p_dmg = {"light": 0.06, "middle": 0.08, "large": 0.19}[bclass]
    dmg = rng.random() < p_dmg
    t_ins = t_ret + D(minutes=ri(15, 50))
    deducted = 0.0
    disputed = False
    if dmg:
        dt = pick(list(DMG_ZH), [0.3, 0.3, 0.1, 0.15, 0.15] if bclass == "large" else [0.35, 0.15, 0.2, 0.1, 0.2])
        lo, hi = DMG_COST[dt]
        cost_local = round(rng.uniform(lo, hi) * (1.6 if bclass == "large" else 1.0) * dp[6] / fx, 0)
        ev(c, t_ins, "tp_inspection", "damage_found", sess, dp, channel="store", damage_type=dt,
           损伤类型=DMG_ZH[dt], damage_cost_local=cost_local, inspector=pick(AGENTS[dp[0]]), **common)
        charge = round(cost_local * EXCESS[plan], 0)
        if charge > 0:
            disp_p = 0.5 if dp[0] == "D5" and t_ins >= MUC_ASSESSOR else 0.12
            disputed = rng.random() < disp_p
            ev(c, t_ins + D(hours=ri(2, 30)), "tp_damage_claim", "disputed" if disputed else "accepted", sess, dp,
               channel="email", claim_local=charge, assessor="third_party" if dp[0] == "D5" and t_ins >= MUC_ASSESSOR
               else "in_house", **common)
            deducted = min(charge, dep_local)
            refunded_later = disputed and rng.random() < 0.35
            order(c, t_ins + D(hours=1), deducted, "refunded" if refunded_later else "paid", "damage_charge", dp, rid,
                  channel="store", bike_model=model, bike_class=bclass, plan=plan, damage_type=dt,
                  disputed=disputed)
            if refunded_later:
                deducted = 0.0
            if rng.random() < (0.55 if disputed else 0.03):
                fb(c, t_ins + D(days=ri(2, 20)), "damage_claim", pick(["ticket", "call_note", "ticket"]), dp,
                   ctx=dict(dmg=f"{int(charge)} {dp[4]}" if c["preferred_language"] == "en" else f"{int(charge * fx)}元"),
                   rated=False)
    else:
        ev(c, t_ins, "tp_inspection", "clean", sess, dp, channel="store", inspector=pick(AGENTS[dp[0]]), **common)
    # deposit refund
    if dp[0] == "D4" and QT_BANK[0] <= t_ret < QT_BANK[1]:
        dtr = int(rng.integers(9, 21))
    elif dp[3] == "CN":
        dtr = int(rng.integers(1, 3))
    else:
        dtr = int(rng.integers(2, 7))
    if dmg and deducted:
        dtr += ri(0, 4)
    t_ref = t_ins + D(days=dtr, hours=ri(0, 8))
    ev(c, t_ref, "tp_deposit_refund", "refunded_partial" if deducted else "refunded_full", sess, dp, channel="other",
       days_to_refund=dtr, refunded_local=dep_local - deducted, deducted_local=deducted, **common)
    if dtr >= 9 and rng.random() < 0.3:
        fb(c, t_ref - D(days=ri(0, 3)), "deposit_slow", "ticket", dp, ctx=dict(days=dtr), rated=False)
    # review invitation + review
    if c["review_opt_in"]:
        t_inv = t_ret + D(days=1, hours=ri(0, 5))
        ev(c, t_inv, "tp_review_invite", "sent", sess, dp, channel="email", **common)
        p_rev = 0.42 if tour_type == "guided" else 0.28
        if rng.random() < p_rev:
            t_rev = t_inv + D(days=float(rng.uniform(0.1, 10)))
            ev(c, t_rev, "tp_review", "submitted", sess, dp, channel="web", **common)
            # the review text is the survey comment
            if dmg and deducted and disputed:
                topic = "damage_claim"
            elif dtr >= 9:
                topic = pick(["deposit_slow", "generic"], [0.6, 0.4])
            elif bd_wait and bd_wait > 90:
                topic = "breakdown"
            elif late:
                topic = pick(["late_fee", "generic"], [0.4, 0.6])
            elif tour_type == "guided":
                topic = pick(["guide", "bike_great", "generic", "helmet"], [0.55, 0.2, 0.2, 0.05])
            elif wait >= 60:
                topic = "queue"
            else:
                topic = pick(["bike_great", "easy_booking", "generic", "helmet", "tyre", "hidden_fee"],
                             [0.25, 0.2, 0.3, 0.08, 0.08, 0.09])
            fb(c, t_rev, topic, "review", dp, tp=TOPIC_TP[topic], ctx=dict(days=dtr, wait=bd_wait or wait,
                                                                             dmg="1500"), with_nps=True)


def quote_only(c, dp, day):
    """A prospect who only gets a quote."""
    RENTALS[0] += 1
    t_q = datetime(day.year, day.month, day.day, ri(7, 23), ri(0, 59), ri(0, 59))
    chinese = c["region"] == "mainland_china"
    chan = pick(["web", "app", "mini_program"], [0.35, 0.25, 0.4] if chinese else [0.6, 0.4, 0.0])
    device = pick(["ios", "android", "pc"], [0.3, 0.2, 0.5] if chan == "web" else [0.55, 0.45, 0.0])
    bike = pick([b for b in BIKES if dp[0] in b[5]])
    ev(c, t_q, "tp_quote", "quote", f"Q{RENTALS[0]:05d}", dp, channel=chan, device=device, bike_model=bike[0],
       engine_cc=bike[1], bike_class=bike[2], 车型级别=CLASS_ZH[bike[2]], currency=dp[4])
    return t_q


def simulate():
    make_customers()
    riders = list(customers)
    n_pros = 0
    for c in riders:
        dp = choose_depot(c)
        n = 1 if c["segment"] == "new" else (ri(2, 3) if c["segment"] == "returning" else ri(2, 5))
        for _ in range(n):
            d2 = dp if rng.random() < 0.7 else choose_depot(c)
            rental(c, d2, draw_day(d2[3]))
    # quote-only prospects; inside the A/B window the arms end up the same size
    ab_book = {"A_base_price": 0, "B_all_in_price": 0}
    for x in experiments:
        ab_book[x["variant"]] += 1
    m = ab_book["B_all_in_price"] / 0.43
    want = {"A_base_price": int(round(m - ab_book["A_base_price"])), "B_all_in_price": int(round(m * 0.57))}
    base_quoters = sum(1 for e in events if e["touchpoint_id"] == "tp_quote")
    total_pros = int(base_quoters * 2.0)
    idx = len(customers)
    for k in range(total_pros):
        idx += 1
        reg = pick(REGIONS, [0.45, 0.08, 0.13, 0.19, 0.15])
        lang = "zh" if reg == "mainland_china" else "en"
        acq = pick(ACQ, [0.35, 0.3, 0.05, 0.1, 0.05, 0.15] if lang == "zh" else [0.4, 0.0, 0.3, 0.1, 0.05, 0.15])
        c = dict(customer_id=f"C{idx:05d}", signup_at="", segment="prospect", 客户类型="潜客", region=reg,
                 客户地区=REGION_ZH[reg], acquisition_channel=acq, 获客渠道=ACQ_ZH[acq], tier="", 会员等级="",
                 preferred_language=lang, age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"]),
                 riding_years="", licence_class="", review_opt_in=False)
        customers.append(c)
        dp = choose_depot(c)
        day = draw_day(dp[3])
        while datetime(day.year, day.month, day.day) >= AB[0] and datetime(day.year, day.month, day.day) <= AB[1]:
            day = draw_day(dp[3])
        quote_only(c, dp, day)
        n_pros += 1
    for variant, n in want.items():
        for _ in range(max(0, n)):
            idx += 1
            reg = pick(REGIONS, [0.45, 0.08, 0.13, 0.19, 0.15])
            lang = "zh" if reg == "mainland_china" else "en"
            c = dict(customer_id=f"C{idx:05d}", signup_at="", segment="prospect", 客户类型="潜客", region=reg,
                     客户地区=REGION_ZH[reg], acquisition_channel="search_ads", 获客渠道=ACQ_ZH["search_ads"], tier="",
                     会员等级="", preferred_language=lang, age_band=pick(["18-24", "25-34", "35-44", "45-54", "55+"]),
                     riding_years="", licence_class="", review_opt_in=False)
            customers.append(c)
            dp = choose_depot(c)
            day = (AB[0] + D(days=ri(0, 91))).date()
            t_q = quote_only(c, dp, day)
            experiments.append(dict(experiment_id="exp_quote_price_display", variant=variant,
                                    customer_id=c["customer_id"], assigned_at=iso(t_q)))
            if rng.random() < (0.35 if variant == "A_base_price" else 0.08):
                fb(c, t_q + D(hours=ri(1, 48)), "hidden_fee" if variant == "A_base_price" else "generic",
                   "social", dp, tp="tp_quote", rated=False,
                   platform="xiaohongshu" if lang == "zh" else "instagram")
    # support contacts
    for e in [e for e in events if e["touchpoint_id"] == "tp_booking"]:
        if rng.random() < 0.12:
            c = CUST[e["customer_id"]]
            t = datetime.fromisoformat(e["ts"]) + D(days=float(rng.uniform(0.5, 10)))
            rsn = pick(["change_dates", "licence_question", "deposit_query", "bike_swap", "route_advice"],
                       [0.3, 0.25, 0.2, 0.1, 0.15])
            ev(c, t, "tp_support", pick(["call", "chat"]), "S" + e["session_id"][1:], DP[e["depot_id"]],
               channel=pick(["phone", "app"]), reason=rsn,
               咨询原因={"change_dates": "改日期", "licence_question": "驾照咨询", "deposit_query": "押金咨询",
                     "bike_swap": "换车", "route_advice": "路线咨询"}[rsn])
    # social posts: no customer, half without ts; app store reviews
    for _ in range(260):
        topic = pick(["idp", "damage_claim", "breakdown", "deposit_slow", "guide", "bike_great", "generic", "helmet"],
                     [0.14, 0.14, 0.1, 0.1, 0.2, 0.12, 0.12, 0.08])
        lang = pick(["zh", "en"], [0.5, 0.5])
        dp = pick(DEPOTS) if rng.random() < 0.6 else None
        day = DAYS[ri(0, len(DAYS) - 1)]
        ts = datetime(day.year, day.month, day.day, ri(8, 23), ri(0, 59)) if rng.random() < 0.5 else None
        fb(None, ts, topic, "social", dp, tp="", rated=False, lang=lang,
           platform=pick(["xiaohongshu", "weibo"]) if lang == "zh" else pick(["instagram", "reddit"]))
    for _ in range(220):
        c = customers[ri(0, 5599)]
        topic = pick(["easy_booking", "generic", "hidden_fee", "idp"], [0.45, 0.25, 0.2, 0.1])
        day = DAYS[ri(0, len(DAYS) - 1)]
        ts = datetime(day.year, day.month, day.day, ri(8, 23), ri(0, 59)) if rng.random() < 0.8 else None
        fb(c, ts, topic, "app_review", None, tp="tp_booking" if topic != "idp" else "tp_licence")


def write(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    first = {}
    for e in events:
        if e["customer_id"] not in first or e["ts"] < first[e["customer_id"]]:
            first[e["customer_id"]] = e["ts"]
    for c in customers:
        f = first.get(c["customer_id"])
        if f:
            t = datetime.fromisoformat(f)
            back = ri(0, 3) if c["segment"] in ("new", "prospect") else ri(30, 700)
            c["signup_at"] = iso(t - D(days=back, hours=ri(0, 20)))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))

    def dump(name, rows, cols=None):
        cols = cols or list(dict.fromkeys(k for r in rows for k in r if not k.startswith("_")))
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: r.get(k, "") for k in cols})

    dump("touchpoints", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4],
                              kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
                           touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for i, tp in enumerate(j[3])])
    dump("customers", [c for c in customers if c["customer_id"] in first])
    dump("events", events)
    dump("orders", sorted(orders, key=lambda o: o["ts"]))
    dump("feedback", feedback)
    dump("experiments", experiments)
    with open(out / "_truth" / "feedback_truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["feedback_id", "topic"])
        w.writeheader()
        w.writerows(truth)


def main() -> int:
    out = Path(sys.argv[1])
    simulate()
    write(out)
    print(f"customers {len(customers)} events {len(events)} orders {len(orders)} feedback {len(feedback)} "
          f"experiments {len(experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
