"""箱循环 LoopCrate: reusable moving-box rental in Shanghai, Beijing, Shenzhen, Hangzhou and Hong Kong,
2024-07-01 .. 2026-06-30 (synthetic, written blind).

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

SEED = 20260630
START = datetime(2024, 7, 1)
END = datetime(2026, 6, 30, 23, 59, 59)
D = timedelta
N = 9000

CITIES = ["上海", "北京", "深圳", "杭州", "香港"]
CITY_W = [0.31, 0.24, 0.20, 0.15, 0.10]
CITY_EN = {"上海": "Shanghai", "北京": "Beijing", "深圳": "Shenzhen", "杭州": "Hangzhou", "香港": "Hong Kong"}
REGION = {"上海": "华东", "杭州": "华东", "北京": "华北", "深圳": "华南", "香港": "华南"}
DEPOTS = {"上海": ["浦东仓", "闵行仓"], "北京": ["朝阳仓", "海淀仓"], "深圳": ["南山仓", "龙岗仓"], "杭州": ["余杭仓"],
          "香港": ["葵涌仓"]}
DEPOT_EN = {"浦东仓": "Pudong", "闵行仓": "Minhang", "朝阳仓": "Chaoyang", "海淀仓": "Haidian", "南山仓": "Nanshan",
            "龙岗仓": "Longgang", "余杭仓": "Yuhang", "葵涌仓": "Kwai Chung"}
DEPOT_CODE = {"浦东仓": "PD", "闵行仓": "MH", "朝阳仓": "CY", "海淀仓": "HD", "南山仓": "NS", "龙岗仓": "LG",
              "余杭仓": "YH", "葵涌仓": "KC"}
SEG_ZH = {"household": "家庭", "student": "学生", "business": "企业"}
# plan: boxes, price CNY (2 weeks), extension per week
PLANS = {"STUDENT": (12, 99, 30), "S": (20, 199, 60), "M": (35, 329, 90), "L": (50, 459, 120)}
PLAN_ZH = {"STUDENT": "学生包", "S": "小户型套餐", "M": "两居套餐", "L": "三居套餐", "OFFICE": "企业搬迁"}
HKD_PER_CNY = 1.0 / 0.92            # HK prices are the CNY list × 1.2 in HKD; amount = CNY
FEE_HIKE = datetime(2025, 7, 1)      # late fee ¥2 -> ¥4 per box per day (pickups from this date)
REFUND_SLOW = datetime(2026, 3, 1)   # finance system migration: deposit refunds slow down
NS_LATE = (datetime(2026, 1, 1), datetime(2026, 4, 1))   # Nanshan drop-offs late (driver shortage)
PAY_BUG = (datetime(2025, 11, 1), datetime(2025, 12, 1))  # Android checkout bug
EXP = (datetime(2025, 9, 1), datetime(2026, 3, 31, 23, 59))  # return-reminder A/B test assignment window
AGENTS = ["BD01", "BD02", "BD03", "BD04", "BD05", "BD06"]

TOUCHPOINTS = [
    ("tp_ad", "广告/种草", "Ad / social post", "awareness", "ads", "digital", "marketing",
     "广告|小红书|抖音|种草|ad|ads|instagram|social post"),
    ("tp_calc", "箱数计算器", "Box calculator", "consideration", "web", "digital", "growth",
     "计算器|算箱数|估算箱子|需要几个箱子|calculator|box estimator|how many boxes"),
    ("tp_plan_pick", "选择套餐", "Plan selection", "consideration", "web", "digital", "growth",
     "选套餐|套餐页|加购|购物车|plan page|pick a plan|bundle|cart"),
    ("tp_checkout", "下单付款", "Checkout", "purchase", "web", "digital", "payments",
     "下单|付款|支付成功|结账|checkout|paid|place order|booking"),
    ("tp_payment_failed", "支付失败", "Payment failed", "purchase", "app", "digital", "payments",
     "付款失败|支付报错|扣款失败|payment error|payment failed|card declined"),
    ("tp_order_cancel", "取消订单", "Order cancelled", "purchase", "app", "digital", "customer_service",
     "取消|退单|不租了|cancel|cancellation"),
    ("tp_dropoff", "送箱上门", "Box drop-off", "service", "other", "physical", "logistics",
     "送箱|送货|上门送箱|箱子送到|配送|drop-off|drop off|delivery|boxes delivered"),
    ("tp_extend", "续租", "Rental extension", "service", "app", "digital", "customer_service",
     "延期|延长租期|加租|多租一周|extension|extend|extra week"),
    ("tp_pickup_booked", "预约取箱", "Pickup booked", "service", "app", "digital", "logistics",
     "约取箱|预约回收|预约上门取|book pickup|schedule collection|pickup booking"),
    ("tp_pickup_missed", "取箱爽约", "Missed pickup", "service", "other", "physical", "logistics",
     "没来取|取箱没来|司机爽约|放鸽子|missed pickup|no-show|driver didn't come"),
    ("tp_pickup", "上门取箱", "Box pickup", "service", "other", "physical", "logistics",
     "取箱|回收箱子|收箱|还箱|归还|pickup|collection|return boxes|boxes collected"),
    ("tp_inspection", "回仓验箱", "Return inspection", "service", "store", "physical", "warehouse",
     "验箱|检查箱子|回仓检查|质检|inspection|box check|returned boxes check"),
    ("tp_late_fee", "逾期费", "Late fee charged", "service", "app", "digital", "billing",
     "逾期|超期|晚还|滞纳金|late fee|overdue fee|late return charge"),
    ("tp_damage_charge", "损坏赔偿", "Damage charge", "service", "app", "digital", "billing",
     "损坏赔偿|赔箱子|坏箱费|丢箱|damage charge|damaged boxes fee|lost box fee"),
    ("tp_dispute", "费用申诉", "Charge dispute", "service", "phone", "digital", "customer_service",
     "申诉|投诉收费|扣费争议|异议|dispute|complaint about charge|appeal"),
    ("tp_dispute_resolved", "申诉处理完成", "Dispute resolved", "service", "phone", "digital", "customer_service",
     "申诉结果|处理完成|退回费用|减免|dispute resolved|waived|resolution"),
    ("tp_deposit_refund", "押金退还", "Deposit refund", "loyalty", "app", "digital", "finance",
     "退押金|押金退款|押金到账|deposit refund|deposit back|refund of deposit"),
    ("tp_b2b_enquiry", "企业搬迁咨询", "Office move enquiry", "awareness", "web", "digital", "b2b_sales",
     "企业咨询|公司搬迁咨询|办公室搬迁|询价|office move enquiry|corporate enquiry|business lead|b2b lead"),
    ("tp_site_visit", "现场评估", "Site assessment", "consideration", "store", "physical", "b2b_sales",
     "上门评估|现场勘察|看场地|site visit|site survey|walkthrough"),
    ("tp_b2b_quote", "企业报价", "Corporate quote", "consideration", "email", "digital", "b2b_sales",
     "报价单|方案报价|企业报价|quote|proposal|quotation"),
    ("tp_contract", "签约", "Contract signed", "purchase", "email", "digital", "b2b_sales",
     "签合同|签约|成单|赢单|contract|signed|closed won|deal"),
    ("tp_cs_chat", "在线客服", "Support chat", "service", "app", "digital", "customer_service",
     "客服|人工客服|在线咨询|support chat|live chat|customer service"),
]
JOURNEYS = [
    ("home_order", "家庭下单", "Home order", 7, ["tp_calc", "tp_plan_pick", "tp_checkout"]),
    ("rental_cycle", "租箱周期", "Rental cycle", 60, ["tp_dropoff", "tp_pickup_booked", "tp_pickup",
                                                      "tp_inspection", "tp_deposit_refund"]),
    ("office_move", "企业搬迁签约", "Office move sales", 45, ["tp_b2b_enquiry", "tp_site_visit", "tp_b2b_quote",
                                                              "tp_contract"]),
    ("charge_dispute", "费用申诉", "Charge dispute", 30, ["tp_dispute", "tp_dispute_resolved"]),
]

# ---- feedback texts: topic -> (zh variants, en variants)
TEXTS = {
    "late_drop": (["送箱迟到了一个多小时，搬家前一天全被打乱了", "说好上午送箱，结果下午才到，送箱迟到太耽误事",
                   "送箱迟到，司机电话也打不通", "又是送箱迟到，请假在家干等"],
                  ["Box delivery was late by over an hour, it wrecked my packing day",
                   "Delivery was late and nobody called to say so",
                   "The crates showed up hours after the slot, delivery was late again",
                   "Took the morning off and the delivery was late, not happy"]),
    "late_fee": (["逾期费太贵了，晚两天扣了好几百", "逾期费涨价也没提前通知，不合理",
                  "就晚还一天，逾期费按每个箱子算，太坑了", "逾期费比租金还高，下次不敢用了"],
                 ["The late fee is ridiculous, two days over and I paid hundreds",
                  "Nobody told me the late fee had doubled, feels like a trap",
                  "A late fee per box per day is way too harsh for one day",
                  "Late fee ended up higher than the rental itself"]),
    "damage": (["验箱说我弄坏了三个箱子要赔钱，可送来时就有裂缝", "损坏赔偿扣得莫名其妙，箱子交回去时好好的",
                "回仓验箱太苛刻，一点划痕就算损坏", "说我损坏了箱子，照片都不给看"],
               ["They billed me for damaged boxes that were already cracked on arrival",
                "The damage charge makes no sense, the crates were fine when collected",
                "Inspection is far too strict, a scuff counts as a damaged box",
                "Charged for damage with no photos as proof"]),
    "dirty": (["箱子有股霉味，不敢装衣服", "送来的箱子很脏，还有上一家的胶带", "箱子脏兮兮的，擦了半天才能用"],
              ["The boxes smelled musty, could not put clothes in them", "Boxes were dirty with old tape all over",
               "Dirty crates, had to wipe every single one"]),
    "deposit": (["押金退款太慢了，等了快两周", "押金到现在还没退，客服只说在处理", "退押金要十来天，以前两三天就到"],
                ["Deposit refund is taking forever, almost two weeks now", "Still waiting for my deposit back",
                 "Getting the deposit back took ten days, it used to be two"]),
    "missed_pickup": (["约好的取箱师傅没来，白等一天", "取箱爽约两次，箱子堆在门口", "取箱那天没人来也不通知"],
                      ["The pickup driver never showed up, wasted a whole day",
                       "They missed the pickup twice, boxes blocking my hallway",
                       "No-show for the collection and no call either"]),
    "payment": (["安卓上付款一直失败，试了好几次", "支付失败，钱扣了订单却没成功", "下单时支付失败，只好换了苹果手机付"],
                ["Payment keeps failing on Android", "Checkout failed three times, money taken but no order",
                 "Payment failed at checkout on my phone, had to use a laptop"]),
    "b2b_price": (["客户反馈企业报价偏高，拿去和别家比价了", "对方采购说报价偏高，要求再降一成"],
                  ["Client says our quote is too high compared with another vendor",
                   "Procurement pushed back, quote too high by about 10%"]),
    "sturdy": (["箱子很结实，比纸箱好用多了", "箱子结实还能叠起来，搬家轻松不少", "塑料箱很结实，下雨也不怕"],
               ["Sturdy crates, way better than cardboard", "The boxes are really sturdy and stack nicely",
                "Very sturdy boxes, survived the stairs and the rain"]),
    "eco": (["环保又不用买纸箱，下次还用", "很环保，搬完没有一堆纸箱垃圾"],
             ["Love that it is eco-friendly, zero cardboard waste", "Great eco-friendly idea, no boxes to throw away"]),
    "driver": (["送箱的师傅很客气，还帮忙搬上楼", "师傅态度很客气，准时到"],
               ["Driver was friendly and carried them upstairs", "Very friendly driver, right on time"]),
    "convenient": (["送箱取箱都上门，太省事了", "网上下单第二天就送到，省事"],
                   ["Super convenient, drop-off and pickup at my door", "Ordered online, boxes next day, so convenient"]),
    "calc": (["箱数计算器算得挺准，一个没多一个没少", "计算器很好用，告诉我要几个箱子"],
             ["The box calculator was spot on", "Handy calculator, told me exactly how many crates I needed"]),
    "labels": (["楼层分区标签做得好，搬完第二天就能开工", "企业搬迁的标签和清单很清楚，员工自己就能找到东西"],
               ["The colour labels per floor made our office move painless",
                "Clear labels and inventory sheets, staff found their stuff on day one"]),
    "neutral": (["还行吧，没什么特别的", "一般，中规中矩"], ["It was ok, nothing special", "Fine, average experience"]),
}
NEG_TOPICS = {"late_drop", "late_fee", "damage", "dirty", "deposit", "missed_pickup", "payment", "b2b_price"}
TOPIC_TP = {"late_drop": "tp_dropoff", "late_fee": "tp_late_fee", "damage": "tp_damage_charge", "dirty": "tp_dropoff",
            "deposit": "tp_deposit_refund", "missed_pickup": "tp_pickup_missed", "payment": "tp_checkout",
            "b2b_price": "tp_b2b_quote", "sturdy": "tp_pickup", "eco": "tp_pickup", "driver": "tp_dropoff",
            "convenient": "tp_dropoff", "calc": "tp_calc", "labels": "tp_contract", "neutral": None}


class W:
    events: list = []
    orders: list = []
    feedback: list = []
    customers: list = []
    experiments: list = []


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


def hour(t, lo=9, hi=20):
    return t.replace(hour=rint(lo, hi), minute=rint(0, 59), second=rint(0, 59))


# day weights for the start of a rental / enquiry (seasonality)
DAYS = [START + D(days=i) for i in range((datetime(2026, 6, 10) - START).days)]


def _season(d, seg):
    m = d.month
    w = {1: 0.8, 2: 0.45, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.35, 7: 1.4, 8: 1.2, 9: 1.15, 10: 1.05, 11: 0.9, 12: 0.85}[m]
    if seg == "student":
        w = {6: 4.0, 7: 2.5, 8: 1.2, 9: 1.6}.get(m, 0.45)
    if seg == "business":
        w = {2: 0.3, 3: 1.5, 4: 1.2, 12: 1.3}.get(m, 1.0) * (0.25 if d.weekday() >= 5 else 1.0)
    return w * (1.0 + 0.25 * (d - START).days / 730)   # growth


DW = {s: np.array([_season(d, s) for d in DAYS]) for s in ("household", "student", "business")}
for s in DW:
    DW[s] /= DW[s].sum()


def draw_day(seg):
    return DAYS[int(R.choice(len(DAYS), p=DW[seg]))]


_eid = [0]
_oid = [0]
_fid = [0]
_sid = [0]


def ev(c, ts, tp, action="view", session=None, device=None, channel=None, **kw):
    _eid[0] += 1
    row = dict(event_id=f"E{_eid[0]:07d}", customer_id=c["customer_id"], ts=ts, touchpoint_id=tp, action=action,
               session_id=session, device=device, channel=channel, city=c["city"])
    row.update(kw)
    W.events.append(row)
    return ts


def order(c, ts, otype, amount_cny, status="paid", **kw):
    _oid[0] += 1
    hk = c["city"] == "香港"
    row = dict(order_id=f"O{_oid[0]:06d}", customer_id=c["customer_id"], ts=ts, amount=round(amount_cny, 2),
               status=status, order_type=otype, currency="HKD" if hk else "CNY",
               amount_local=round(amount_cny * HKD_PER_CNY, 2) if hk else round(amount_cny, 2), city=c["city"])
    row.update(kw)
    W.orders.append(row)


def fb(c, topic, channel, ts=None, rating=None, nps=None, tp=None, **kw):
    _fid[0] += 1
    zh, en = TEXTS[topic]
    lang = c["language"]
    text = pick(zh if lang == "zh" else en)
    sent = "neg" if topic in NEG_TOPICS else ("neu" if topic == "neutral" else "pos")
    W.feedback.append(dict(feedback_id=f"FB{_fid[0]:05d}", customer_id=c["customer_id"], ts=ts, text=text,
                           touchpoint_id=tp or TOPIC_TP[topic], channel=channel, rating=rating, nps=nps,
                           language=lang, city=c["city"], sentiment_label=sent, **kw))


def make_customers():
    for i in range(1, N + 1):
        seg = pick(["household", "student", "business"], [0.60, 0.27, 0.13])
        city = pick(CITIES, CITY_W)
        lang = "en" if (city == "香港" and p(0.7)) or (city != "香港" and p(0.07)) else "zh"
        if seg == "business":
            acq = pick(["sales_team", "baidu_search", "referral", "linkedin"], [0.45, 0.25, 0.2, 0.1])
            dev = "pc"
        else:
            acq = pick(["xiaohongshu", "douyin", "baidu_search", "moving_partner", "referral", "google_ads"],
                       [0.3, 0.2, 0.15, 0.15, 0.12, 0.08] if city != "香港" else [0.1, 0.05, 0.0, 0.2, 0.25, 0.4])
            dev = pick(["ios", "android", "pc"], [0.45, 0.40, 0.15] if seg == "household" else [0.5, 0.45, 0.05])
        c = dict(customer_id=f"C{i:05d}", segment=seg, 客户类型=SEG_ZH[seg], city=city, city_en=CITY_EN[city],
                 region=REGION[city], acquisition_channel=acq, primary_device=dev, language=lang,
                 company_size=None, industry=None, agent_id=None)
        if seg == "business":
            c["company_size"] = pick(["<50", "50-200", ">200"], [0.45, 0.35, 0.20])
            c["industry"] = pick(["互联网", "金融", "制造", "律所", "教育"], [0.35, 0.2, 0.2, 0.15, 0.1])
            c["agent_id"] = pick(AGENTS)
        W.customers.append(c)


def rental(c, t0, plan, boxes, price_cny, session, depot, b2b=False, sms=False):
    """drop-off .. deposit refund for one paid rental starting with the drop-off at t0."""
    dev = None
    driver = f"{DEPOT_CODE[depot]}-D{rint(1, 3)}"
    late = 0
    if not p(0.72):
        late = rint(5, 40)
    if depot == "南山仓" and NS_LATE[0] <= t0 < NS_LATE[1]:
        late = rint(35, 120) if p(0.62) else rint(0, 25)
    tdrop = hour(t0, 8, 18)
    ev(c, tdrop, "tp_dropoff", "success", session, dev, "other", depot=depot, depot_en=DEPOT_EN[depot], plan=plan,
       box_count=boxes, driver_id=driver, minutes_late=late)
    dirty = p(0.05)
    weeks_extra = 0
    seg = c["segment"]
    if not b2b and p(0.16):
        weeks_extra = 1 if p(0.75) else 2
        te = hour(tdrop + D(days=rint(6, 12)))
        ev(c, te, "tp_extend", "submit", session, c["primary_device"], "app", plan=plan, extra_weeks=weeks_extra)
        ext_cny = PLANS[plan][2] * weeks_extra * (1.2 * 0.92 if c["city"] == "香港" else 1.0)
        order(c, te, "extension", ext_cny, session_id=session, plan=plan, depot=depot)
    rent_days = (21 if b2b else 14) + 7 * weeks_extra
    due = tdrop + D(days=rent_days)
    late_p = {"household": 0.19, "student": 0.40, "business": 0.07}[seg]
    if sms:
        late_p *= 0.5
    days_late = 0
    if p(late_p):
        days_late = int(min(9, R.geometric(0.45)))
    booked = p(0.93 if days_late == 0 else 0.55)
    if booked:
        tb = hour(due - D(days=rint(1, 4)) + D(days=days_late))
        ev(c, tb, "tp_pickup_booked", "submit", session, c["primary_device"] if not b2b else "pc",
           "app" if not b2b else "web", depot=depot, depot_en=DEPOT_EN[depot])
    tp_day = due + D(days=days_late)
    missed = p(0.16 if depot == "余杭仓" else 0.03)
    if missed:
        ev(c, hour(tp_day, 9, 17), "tp_pickup_missed", "fail", session, None, "other", depot=depot,
           depot_en=DEPOT_EN[depot], driver_id=driver)
        tp_day = tp_day + D(days=rint(1, 3))
    tpick = hour(tp_day, 9, 19)
    ev(c, tpick, "tp_pickup", "success", session, None, "other", depot=depot, depot_en=DEPOT_EN[depot], plan=plan,
       box_count=boxes, driver_id=driver, days_late=days_late)
    tinsp = hour(tpick + D(days=1), 8, 17)
    dmg_p = 0.022 if (depot == "朝阳仓" and tinsp >= datetime(2025, 1, 1)) else 0.004
    damaged = int(R.binomial(boxes, dmg_p))
    missing = int(R.binomial(boxes, 0.0015))
    ev(c, tinsp, "tp_inspection", "success", session, None, "store", depot=depot, depot_en=DEPOT_EN[depot],
       box_count=boxes, damaged_boxes=damaged, missing_boxes=missing,
       inspection_result="ok" if damaged + missing == 0 else "charge")
    fx = 1.2 * 0.92 if c["city"] == "香港" else 1.0
    charged = []
    if days_late > 0 and not b2b:
        rate = 4 if tpick >= FEE_HIKE else 2
        fee = rate * boxes * days_late * fx
        tl = tinsp + D(minutes=rint(30, 300))
        ev(c, tl, "tp_late_fee", "success", session, None, "app", depot=depot, depot_en=DEPOT_EN[depot],
           days_late=days_late, fee_amount=round(fee, 2))
        order(c, tl, "late_fee", fee, session_id=session, plan=plan, depot=depot)
        charged.append(("late_fee", tl))
    if damaged + missing > 0:
        amt = (45 * damaged + 90 * missing) * fx
        td = tinsp + D(minutes=rint(60, 400))
        ev(c, td, "tp_damage_charge", "success", session, None, "app", depot=depot, depot_en=DEPOT_EN[depot],
           damaged_boxes=damaged, missing_boxes=missing, fee_amount=round(amt, 2))
        order(c, td, "damage", amt, session_id=session, plan=plan, depot=depot)
        charged.append(("damage", td))
    disputed = None
    for kind, tc in charged:
        dp = 0.12
        if kind == "late_fee" and tc >= FEE_HIKE:
            dp = 0.30
        if kind == "damage":
            dp = 0.45 if depot == "朝阳仓" else 0.2
        if p(dp) and disputed is None:
            disputed = kind
            tdis = hour(tc + D(days=rint(0, 3)))
            ev(c, tdis, "tp_dispute", "submit", session, None, "phone", depot=depot, depot_en=DEPOT_EN[depot],
               dispute_type=kind)
            backlog = datetime(2025, 7, 1) <= tdis < datetime(2025, 10, 1)
            if p(0.93):
                res = hour(tdis + D(days=rint(9, 24) if backlog else rint(2, 8)))
                outcome = pick(["waived", "partial", "upheld"], [0.35, 0.25, 0.4] if kind == "damage"
                               else [0.2, 0.3, 0.5])
                ev(c, res, "tp_dispute_resolved", "success", session, None, "phone", depot=depot,
                   depot_en=DEPOT_EN[depot], dispute_type=kind, dispute_outcome=outcome)
            tt = tdis + D(minutes=rint(5, 90))
            fb(c, "late_fee" if kind == "late_fee" else "damage", "ticket",
               ts=None if p(0.15) else tt, tp="tp_late_fee" if kind == "late_fee" else "tp_damage_charge",
               session_id=session, depot=depot, plan=plan)
    refund_days = 0
    if not b2b:
        slow = tinsp >= REFUND_SLOW
        refund_days = rint(7, 14) if slow else rint(1, 4)
        tr = hour(tinsp + D(days=refund_days))
        deposit = 10 * boxes * fx
        ev(c, tr, "tp_deposit_refund", "success", session, None, "app", depot=depot, depot_en=DEPOT_EN[depot],
           refund_amount=round(deposit, 2))
        last = tr
    else:
        last = tinsp
    # post-rental survey
    if p(0.42):
        issues = {"late_drop": 1.6 if late > 30 else 0, "late_fee": 1.3 if days_late > 0 and not b2b else 0,
                  "damage": 1.5 if damaged + missing > 0 else 0, "dirty": 1.1 if dirty else 0,
                  "deposit": 1.0 if refund_days >= 7 else 0, "missed_pickup": 1.4 if missed else 0}
        pen = sum(issues.values())
        score = 4.65 - pen + R.normal(0, 0.45)
        rating = int(min(5, max(1, round(score))))
        nps = int(min(10, max(0, round(2.2 * score - 0.5 + R.normal(0, 1)))))
        top = max(issues, key=issues.get)
        if pen > 0 and rating <= 3:
            topic = top
        elif rating >= 4:
            topic = pick(["sturdy", "eco", "driver", "convenient"] + (["labels"] * 3 if b2b else []))
        else:
            topic = "neutral"
        fb(c, topic, "survey", ts=hour(last + D(days=1)), rating=rating, nps=nps, session_id=session, depot=depot,
           plan=plan)
    elif dirty and p(0.5):
        fb(c, "dirty", "app_review", ts=None if p(0.25) else hour(tdrop + D(days=1)), rating=rint(1, 2),
           session_id=session, depot=depot, plan=plan)


def home_customer(c):
    n_attempts = 1 if p(0.86) else 2
    t = draw_day(c["segment"])
    dev = c["primary_device"]
    assigned = None
    for k in range(n_attempts):
        if k == 1:
            t = t + D(days=rint(90, 420))
            if t > datetime(2026, 6, 10):
                break
        _sid[0] += 1
        session = f"RN{_sid[0]:06d}"
        tt = hour(t, 8, 23)
        if p(0.35):
            ev(c, tt - D(minutes=rint(10, 600)), "tp_ad", "click", session, dev, "ads",
               ad_source=c["acquisition_channel"])
        ev(c, tt, "tp_calc", "view", session, dev, "web" if dev == "pc" else "app")
        if R.random() > (0.66 if c["segment"] == "household" else 0.55):
            if p(0.06):
                fb(c, "calc", "app_review", ts=None if p(0.2) else tt + D(hours=2), rating=5)
            continue
        if c["segment"] == "student":
            plan = "STUDENT" if p(0.8) else "S"
        else:
            plan = pick(["S", "M", "L"], [0.35, 0.42, 0.23])
        tpk = tt + D(minutes=rint(2, 60 * 30))
        ev(c, tpk, "tp_plan_pick", "click", session, dev, "web" if dev == "pc" else "app", plan=plan)
        boxes, price, _ = PLANS[plan]
        pay_p = 0.74
        bug = dev == "android" and PAY_BUG[0] <= tpk < PAY_BUG[1]
        tc = tpk + D(minutes=rint(3, 60 * 40))
        if bug and p(0.62):
            ev(c, tc, "tp_payment_failed", "fail", session, dev, "app", plan=plan, error_code="PAY_SDK_TIMEOUT")
            if p(0.3):
                fb(c, "payment", "app_review", ts=None if p(0.15) else tc + D(hours=1), rating=1)
            if not p(0.35):
                continue
            tc = tc + D(minutes=rint(5, 300))
        elif not p(pay_p):
            if p(0.04):
                ev(c, tc, "tp_cs_chat", "view", session, dev, "app")
            continue
        # checkout (paid)
        coupon, disc = None, 0.0
        if c["segment"] == "student" and tc.month in (6, 7):
            coupon, disc = "GRAD20", round(price * 0.2, 2)
        elif k == 0 and p(0.22):
            coupon, disc = "FIRSTBOX15", 15.0
        fx = 1.2 * 0.92 if c["city"] == "香港" else 1.0
        depot = pick(DEPOTS[c["city"]])
        if EXP[0] <= tc <= EXP[1] and assigned is None and c["segment"] != "business":
            assigned = ("control" if p(0.5) else "sms_reminder", tc)
            W.experiments.append(dict(experiment_id="exp_return_reminder", variant=assigned[0],
                                      customer_id=c["customer_id"], assigned_at=tc))
        sms = assigned is not None and assigned[0] == "sms_reminder"
        ev(c, tc, "tp_checkout", "success", session, dev, "web" if dev == "pc" else "app", plan=plan, box_count=boxes,
           depot=depot, depot_en=DEPOT_EN[depot], coupon_code=coupon)
        amt = (price - disc) * fx
        cancel = p(0.05)
        order(c, tc, "rental", amt, status="refunded" if cancel else "paid", session_id=session, plan=plan,
              plan_zh=PLAN_ZH[plan], depot=depot, box_count=boxes, coupon_code=coupon, discount_amount=disc * fx,
              device=dev, channel="web" if dev == "pc" else "app", deposit_amount=round(10 * boxes * fx, 2))
        if cancel:
            ev(c, tc + D(hours=rint(1, 48)), "tp_order_cancel", "submit", session, dev, "app", plan=plan)
            continue
        if p(0.07):
            ev(c, hour(tc + D(days=1)), "tp_cs_chat", "view", session, dev, "app")
        rental(c, tc + D(days=rint(1, 6)), plan, boxes, price, session, depot, sms=sms)


def business_customer(c):
    t = draw_day("business")
    _sid[0] += 1
    session = f"RN{_sid[0]:06d}"
    agent = c["agent_id"]
    te = hour(t, 9, 18)
    ev(c, te, "tp_b2b_enquiry", "submit", session, "pc", "web", agent_id=agent, company_size=c["company_size"])
    if not p(0.78 if c["city"] != "香港" else 0.6):
        return
    ts = hour(te + D(days=rint(1, 6)), 9, 17)
    boxes = {"<50": rint(60, 150), "50-200": rint(150, 400), ">200": rint(400, 900)}[c["company_size"]]
    ev(c, ts, "tp_site_visit", "success", session, None, "store", agent_id=agent, box_count=boxes)
    if not p(0.88):
        return
    tq = hour(ts + D(days=rint(1, 5)), 9, 19)
    fx = 1.2 * 0.92 if c["city"] == "香港" else 1.0
    quote = round((boxes * 11.5 + 800) * fx, 2)
    ev(c, tq, "tp_b2b_quote", "submit", session, "pc", "email", agent_id=agent, box_count=boxes,
       quote_amount=quote)
    win = {"<50": 0.34, "50-200": 0.50, ">200": 0.64}[c["company_size"]]
    if agent == "BD04":
        win *= 0.4
    if not p(win):
        if p(0.35):
            fb(c, "b2b_price", "call_note", ts=None if p(0.3) else tq + D(days=rint(2, 6)), session_id=session,
               agent_id=agent)
        return
    tk = hour(tq + D(days=rint(2, 20)), 9, 19)
    ev(c, tk, "tp_contract", "success", session, "pc", "email", agent_id=agent, box_count=boxes,
       quote_amount=quote)
    depot = pick(DEPOTS[c["city"]])
    order(c, tk, "b2b_contract", quote, session_id=session, plan="OFFICE", plan_zh=PLAN_ZH["OFFICE"], depot=depot,
          box_count=boxes, agent_id=agent, channel="email")
    rental(c, tk + D(days=rint(3, 14)), "OFFICE", boxes, quote, session, depot, b2b=True)


def general_feedback():
    # app-store reviews not tied to a rental, support calls
    for c in W.customers:
        if c["segment"] != "business" and p(0.045):
            t = draw_day(c["segment"]) + D(hours=rint(8, 22))
            topic = pick(["sturdy", "eco", "convenient", "calc", "neutral", "dirty"], [3, 2, 3, 1, 1, 1])
            rating = {"neutral": 3, "dirty": 2}.get(topic, rint(4, 5))
            fb(c, topic, "app_review", ts=None if p(0.3) else t, rating=rating)


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
        if c["segment"] == "business":
            business_customer(c)
        else:
            home_customer(c)
    general_feedback()
    # data ends 2026-06-30: drop everything later
    W.events = [e for e in W.events if e["ts"] <= END]
    W.orders = [o for o in W.orders if o["ts"] <= END]
    W.feedback = [f for f in W.feedback if f["ts"] is None or f["ts"] <= END]
    # signup = first event (or enquiry) minus a little
    first = {}
    for e in W.events:
        cid = e["customer_id"]
        if cid not in first or e["ts"] < first[cid]:
            first[cid] = e["ts"]
    for c in W.customers:
        c["signup_at"] = (first[c["customer_id"]] - D(minutes=rint(1, 120))) if c["customer_id"] in first else None
    W.customers = [c for c in W.customers if c["signup_at"] is not None]
    W.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    # the drop-off webhook fires twice now and then: exact duplicate rows (same event_id)
    dup = [dict(e) for e in W.events if e["touchpoint_id"] == "tp_dropoff" and p(0.02)]
    W.events.extend(dup)
    W.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    fb_ids = sorted(W.feedback, key=lambda f: (f["ts"] or datetime(2100, 1, 1)))
    for i, f in enumerate(fb_ids, 1):
        f["feedback_id"] = f"FB{i:05d}"

    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jr = [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=i + 1,
               touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for i, tp in enumerate(j[4])]
    write(out / "journeys.csv", jr, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                     "touchpoint_id", "window_days"])
    write(out / "customers.csv", W.customers,
          ["customer_id", "signup_at", "segment", "客户类型", "region", "city", "city_en", "acquisition_channel",
           "primary_device", "language", "company_size", "industry", "agent_id"])
    write(out / "events.csv", W.events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "city",
           "depot", "depot_en", "plan", "box_count", "driver_id", "minutes_late", "extra_weeks", "days_late",
           "damaged_boxes", "missing_boxes", "inspection_result", "fee_amount", "dispute_type", "dispute_outcome",
           "refund_amount", "agent_id", "company_size", "quote_amount", "coupon_code", "error_code", "ad_source"])
    write(out / "orders.csv", W.orders,
          ["order_id", "customer_id", "ts", "amount", "status", "order_type", "currency", "amount_local", "city",
           "depot", "session_id", "plan", "plan_zh", "box_count", "coupon_code", "discount_amount", "deposit_amount",
           "agent_id", "device", "channel"])
    write(out / "feedback.csv", fb_ids,
          ["feedback_id", "customer_id", "ts", "text", "touchpoint_id", "channel", "rating", "nps", "language",
           "city", "depot", "plan", "session_id", "agent_id", "sentiment_label"])
    write(out / "experiments.csv", W.experiments, ["experiment_id", "variant", "customer_id", "assigned_at"])
    print(f"customers {len(W.customers)}, events {len(W.events)}, orders {len(W.orders)}, "
          f"feedback {len(W.feedback)}, experiments {len(W.experiments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
