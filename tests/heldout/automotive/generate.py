"""驰远汽车 / Chiyuan Motors: a car brand and its dealer group, 2025-01-01 .. 2026-08-31 (written blind).

    python generate.py OUTDIR

Writes touchpoints, customers, events, journeys, orders and feedback as CSV following DATA.md
(no experiments table). Deterministic (fixed seed), plain Python + numpy, a few seconds.
Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260831
START = datetime(2025, 1, 1)
END = datetime(2026, 8, 31, 23, 59, 59)
N_LEADS = 26000
N_OWNERS = 2600  # owners who bought before 2025 (after-sales, loyalty, some repurchase)

# iOS configurator bug (blank page / crash on iPhone Safari and the app web view): November 2025
IOS_BUG_FROM, IOS_BUG_TO = datetime(2025, 11, 1), datetime(2025, 12, 1)
# E6 battery supply problem: E6 orders placed 2026-04-01 .. 2026-06-15 are delivered very late
E6_DELAY_FROM, E6_DELAY_TO = datetime(2026, 4, 1), datetime(2026, 6, 16)
# X7 infotainment (车机) freeze: repair complaints grow month by month from March 2026
X7_HU_FROM = datetime(2026, 3, 1)
BAD_DEALER = "D07"

TOUCHPOINTS = [
    # id, name, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad", "线上广告", "线上广告", "Online ad", "awareness", "ads", "digital", "marketing",
     "广告|信息流广告|广告点击|投放|ad|ads|ad click|campaign"),
    ("tp_configurator", "官网配置器", "官网配置器", "Car configurator", "consideration", "web", "digital", "digital",
     "配置器|在线选配|选配|车型配置|configurator|build your car|online configurator|car builder"),
    ("tp_td_booking", "预约试驾", "预约试驾", "Test-drive booking", "consideration", "web", "digital", "digital",
     "试驾预约|预约|留资|test drive booking|book a test drive|lead form"),
    ("tp_test_drive", "到店试驾", "到店试驾", "Test drive", "consideration", "store", "physical", "dealer_sales",
     "试驾|门店试驾|试乘试驾|test drive|dealer visit|showroom visit"),
    ("tp_quote", "销售报价", "销售报价", "Sales quote", "purchase", "store", "physical", "dealer_sales",
     "报价|报价单|谈价|quote|quotation|price offer"),
    ("tp_order", "下订金", "下订金", "Order & deposit", "purchase", "store", "physical", "dealer_sales",
     "下订|订车|交定金|定金|大定|order|deposit|reservation|place an order"),
    ("tp_delivery", "交车", "交车", "Car delivery", "purchase", "store", "physical", "delivery",
     "提车|交付|交车仪式|delivery|handover|car handover"),
    ("tp_maint_booking", "保养预约", "保养预约", "Maintenance booking", "service", "app", "digital", "after_sales",
     "预约保养|维保预约|保养|service booking|maintenance appointment"),
    ("tp_service_visit", "到店保养维修", "到店保养维修", "Service visit", "service", "store", "physical", "after_sales",
     "进店保养|维修|售后进店|保养到店|service visit|workshop visit|repair visit"),
    ("tp_complaint", "维修投诉工单", "维修投诉工单", "Repair complaint ticket", "service", "phone", "physical",
     "customer_care", "投诉|投诉工单|客诉|售后投诉|complaint|complaint ticket|repair complaint"),
    ("tp_ticket_closed", "工单关闭", "工单关闭", "Ticket resolved", "service", "phone", "physical", "customer_care",
     "工单解决|投诉解决|结案|ticket closed|complaint resolved|resolution"),
    ("tp_owner_app", "车主App", "车主App", "Owner app", "loyalty", "app", "digital", "digital",
     "车主端|驰远App|远程控车|owner app|my chiyuan app|remote control"),
    ("tp_referral", "老带新推荐", "老带新推荐", "Referral", "loyalty", "app", "digital", "crm",
     "推荐购车|转介绍|老带新|refer a friend|referral"),
    ("tp_tradein", "置换评估", "置换评估", "Trade-in appraisal", "loyalty", "store", "physical", "used_cars",
     "置换|二手车评估|以旧换新|trade-in|trade in|used car appraisal"),
]

JOURNEYS = [
    ("purchase", "购车旅程", "购车旅程", "Car purchase", 60,
     ["tp_ad", "tp_configurator", "tp_td_booking", "tp_test_drive", "tp_quote", "tp_order"]),
    ("delivery", "交付旅程", "交付旅程", "Order to delivery", 60, ["tp_order", "tp_delivery"]),
    ("service", "保养服务旅程", "保养服务旅程", "Maintenance service", 14, ["tp_maint_booking", "tp_service_visit"]),
    ("complaint", "投诉处理旅程", "投诉处理旅程", "Complaint handling", 10, ["tp_complaint", "tp_ticket_closed"]),
]

DEALERS = {  # dealer_id: (name, province, city)
    "D01": ("广州天河店", "广东", "广州"), "D02": ("深圳南山店", "广东", "深圳"), "D03": ("杭州滨江店", "浙江", "杭州"),
    "D04": ("上海浦东店", "上海", "上海"), "D05": ("南京江宁店", "江苏", "南京"), "D06": ("北京朝阳店", "北京", "北京"),
    "D07": ("成都高新店", "四川", "成都"), "D08": ("武汉光谷店", "湖北", "武汉"),
}
PROVINCES = [  # province, region, weight
    ("广东", "华南", 0.24), ("浙江", "华东", 0.13), ("上海", "华东", 0.12), ("江苏", "华东", 0.12),
    ("北京", "华北", 0.13), ("四川", "西南", 0.14), ("湖北", "华中", 0.12),
]
ACQ = [("douyin_ads", 0.30), ("autohome", 0.22), ("dongchedi", 0.18), ("baidu_search", 0.18), ("wechat_ads", 0.12)]
# multiplier on configurator->booking and quote->order
ACQ_MULT = {"douyin_ads": (0.55, 0.6), "autohome": (1.45, 1.55), "dongchedi": (1.15, 1.05),
            "baidu_search": (1.0, 1.0), "wechat_ads": (0.9, 0.95)}
DEVICES = [("ios", 0.40), ("android", 0.42), ("pc", 0.18)]
AGE = [("18-25", 0.12), ("26-35", 0.42), ("36-45", 0.30), ("46+", 0.16)]
MODELS = {  # model: (powertrain, base price CNY, deposit, weight of interest)
    "C3": ("ice", 109800, 5000, 0.30), "S5": ("hybrid", 159800, 5000, 0.24), "X7": ("hybrid", 269800, 10000, 0.20),
    "E6": ("ev", 199800, 10000, 0.22), "E9": ("ev", 309800, 20000, 0.08),
}
# month weights for new leads, index 0 = January (金九银十, pre-Spring-Festival January)
LEAD_MONTH = [1.25, 0.7, 0.9, 1.0, 1.0, 0.95, 0.9, 0.95, 1.35, 1.4, 1.05, 1.0]

FEEDBACK = {
    # touchpoint: [(sentiment, zh, en)]
    "tp_ad": [("neg", "抖音上驰远的广告刷太多了，很烦", "I keep seeing the same Chiyuan ad everywhere, annoying"),
              ("pos", "广告里的E6看着挺漂亮，想去看看", "The E6 in the ad looks great, want to see it in person")],
    "tp_configurator": [
        ("neg", "配置器加载太慢，选个轮毂等半天", "The configurator is slow, changing wheels takes forever"),
        ("neg", "配置器里的价格和门店报价对不上", "The configurator price does not match the dealer quote"),
        ("pos", "在线选配很直观，颜色和内饰一目了然", "The online configurator is intuitive, easy to compare colours and trims"),
        ("pos", "配置器可以360度看车，很酷", "Love the 360 view in the configurator")],
    "tp_td_booking": [
        ("neg", "预约试驾后没人联系我", "Booked a test drive and nobody called me back"),
        ("pos", "预约试驾很方便，第二天就安排了", "Booking a test drive was easy, got a slot the next day")],
    "tp_test_drive": [
        ("neg", "试驾时间太短，只绕了一圈", "The test drive was far too short, just one lap around the block"),
        ("neg", "试驾车电量不足，体验打折扣", "The test car was barely charged, spoiled the drive"),
        ("pos", "试驾顾问讲解很专业，车开起来很稳", "Sales advisor explained everything, the car drives smoothly"),
        ("pos", "试驾体验很好，底盘扎实", "Great test drive, the chassis feels solid")],
    "tp_quote": [
        ("neg", "报价比网上贵，优惠不透明", "The quote was higher than online prices, discounts are not transparent"),
        ("pos", "报价清楚，没有乱收费", "Clear quote, no hidden fees")],
    "tp_order": [
        ("neg", "交定金后销售就不回消息了", "After I paid the deposit the salesperson stopped replying"),
        ("pos", "下订流程很顺利", "Placing the order was smooth")],
    "tp_delivery": [
        ("neg", "交车时发现漆面有划痕", "Found paint scratches on the car at handover"),
        ("pos", "交车仪式很用心，全家都很开心", "The delivery ceremony was lovely, the whole family was happy"),
        ("pos", "交车准时，手续很快", "Delivered on time and the paperwork was quick")],
    "tp_maint_booking": [
        ("neg", "App 上保养预约不到合适的时间", "Can't find a free maintenance slot in the app"),
        ("pos", "线上预约保养很方便", "Booking maintenance online is convenient")],
    "tp_service_visit": [
        ("neg", "保养等了三个多小时，休息区也没位置", "Waited over three hours for a routine service"),
        ("neg", "保养费用太贵，还推销一堆项目", "Service is expensive and they upsell everything"),
        ("pos", "服务顾问很专业，还帮忙洗了车", "Service advisor was professional and even washed the car"),
        ("pos", "保养很快，价格透明", "Quick service with transparent pricing")],
    "tp_complaint": [
        ("neg", "异响修了两次还没修好", "Still hear the rattling noise after two repairs"),
        ("neg", "维修配件要等一个月", "The spare part for my repair takes a month to arrive"),
        ("neg", "空调修完又坏了", "The air conditioning broke again right after the repair")],
    "tp_ticket_closed": [
        ("pos", "投诉处理很及时，问题解决了", "The complaint was handled quickly and the issue is fixed"),
        ("neg", "工单被关闭了但问题根本没解决", "They closed my ticket but the problem is not fixed")],
    "tp_owner_app": [
        ("neg", "车主App远程控车经常连不上", "Remote control in the owner app often fails to connect"),
        ("pos", "车主App 很好用，充电地图很方便", "The owner app is handy, the charging map is great")],
    "tp_referral": [
        ("pos", "推荐朋友买车拿到了保养券，不错", "Got free service vouchers for referring a friend, nice"),
        ("neg", "推荐奖励迟迟没到账", "My referral reward never arrived")],
    "tp_tradein": [
        ("neg", "置换评估价格压得太低", "The trade-in valuation for my old car was far too low"),
        ("pos", "置换补贴很给力，手续一站办完", "Good trade-in bonus and everything done in one place")],
}
D07_TEXTS = [
    ("neg", "成都高新店销售一直催着下单，体验很差", "The Chengdu Gaoxin salesperson kept pushing me to sign, awful experience"),
    ("neg", "高新店报价不透明，还要强制加装精品包", "Gaoxin store forced an accessories package into the quote"),
    ("neg", "试驾完销售就不理人了，成都这家店服务太差", "After the test drive the Chengdu staff ignored me, terrible service"),
]
IOS_BUG_TEXTS = [
    ("neg", "iPhone 上打开配置器一直白屏", "The configurator is just a blank page on my iPhone"),
    ("neg", "苹果手机选配到一半就闪退，配置全没了", "Configurator crashes halfway on iOS and I lose my build"),
]
E6_DELAY_TEXTS = [
    ("neg", "E6 交车一拖再拖，说好的一个月现在三个月了", "My E6 delivery keeps getting pushed back, three months instead of one"),
    ("neg", "订了E6一直等不到车，销售说电池缺货", "Still waiting for my E6, the dealer says batteries are out of stock"),
    ("neg", "E6提车延期也没人主动通知，太失望了", "Nobody told me my E6 delivery was delayed, very disappointed"),
]
X7_HU_TEXTS = [
    ("neg", "X7 车机经常黑屏死机，导航用不了", "The X7 infotainment screen keeps freezing and going black, no navigation"),
    ("neg", "车机升级后X7中控屏频繁重启", "After the software update my X7 centre screen keeps rebooting"),
]


def pick(rng, items):
    vals = [i[0] for i in items]
    p = np.array([i[-1] for i in items], dtype=float)
    return vals[rng.choice(len(vals), p=p / p.sum())]


def lead_days(rng, n):
    days = (END.date() - START.date()).days + 1
    w = np.array([LEAD_MONTH[(START + timedelta(days=d)).month - 1] * (1 + 0.25 * d / days) for d in range(days)])
    d = rng.choice(days, size=n, p=w / w.sum())
    return [START + timedelta(days=int(x), seconds=int(rng.integers(8 * 3600, 23 * 3600))) for x in d]


def main(out: Path) -> None:
    rng = np.random.default_rng(SEED)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "touchpoints.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
        w.writerows(TOUCHPOINTS)
    with open(out / "journeys.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                    "window_days"])
        for jid, name, zh, en, win, steps in JOURNEYS:
            for i, tp in enumerate(steps, 1):
                w.writerow([jid, name, zh, en, i, tp, win])

    dealers_of = {}
    for d, (_, prov, _) in DEALERS.items():
        dealers_of.setdefault(prov, []).append(d)
    customers = []

    def new_customer(seg, signup, acq):
        prov = pick(rng, [(p, wt) for p, _, wt in PROVINCES])
        dealer = dealers_of[prov][int(rng.integers(0, len(dealers_of[prov])))]
        c = dict(customer_id=f"C{len(customers) + 1:06d}", signup_at=signup, segment=seg,
                 region={p: r for p, r, _ in PROVINCES}[prov], acquisition_channel=acq, province=prov,
                 city=DEALERS[dealer][2], age_band=pick(rng, AGE), dealer=dealer, device=pick(rng, DEVICES))
        customers.append(c)
        return c

    events: list[list] = []
    orders: list[dict] = []
    fbs: list[dict] = []  # feedback context

    def ev(c, ts, tp, action, ch, digital=True, model="", dealer=""):
        if ts > END or ts < START:
            return False
        events.append([c["customer_id"], ts, tp, action, c["device"] if digital else "", ch, dealer, model,
                       MODELS[model][0] if model else ""])
        return True

    def dch(c):
        return "web" if c["device"] == "pc" or rng.random() < 0.55 else "app"

    def fb(c, ts, tp, sent=None, texts=None, model="", dealer="", channel=None, rating=None):
        fbs.append(dict(c=c, ts=ts, tp=tp, sent=sent, texts=texts, model=model, dealer=dealer, channel=channel,
                        rating=rating))

    def add_order(c, ts, amount, status, otype, model, ch="store"):
        orders.append(dict(order_id=f"O{len(orders) + 1:06d}", customer_id=c["customer_id"], ts=ts,
                           amount=round(float(amount), 2), status=status, channel=ch,
                           device=c["device"] if ch != "store" else "", order_type=otype, car_model=model,
                           powertrain=MODELS[model][0], dealer_id=c["dealer"]))
        return orders[-1]

    def after(t, lo_days, hi_days):
        return t + timedelta(days=float(rng.uniform(lo_days, hi_days)))

    def ownership(c, model, since):
        """After-sales life of an owner from `since`: maintenance, complaints, app, referral."""
        t = since + timedelta(days=float(rng.uniform(20, 200)))
        p_show = {"new": 0.86, "returning": 0.88, "vip": 0.93, "at_risk": 0.62}[c["segment"]]
        while t <= END:
            ch = dch(c) if c["device"] != "pc" else "web"
            if c["device"] != "pc" and rng.random() < 0.7:
                ch = "app"
            ev(c, t, "tp_maint_booking", "submit", ch, True, model, c["dealer"])
            if rng.random() < 0.04:
                fb(c, after(t, 0, 1), "tp_maint_booking", channel="app_review", model=model)
            if rng.random() < p_show:
                tv = after(t, 1, 12)
                if ev(c, tv, "tp_service_visit", "visit", "store", False, model, c["dealer"]):
                    amt = rng.uniform(350, 1400) if MODELS[model][0] == "ev" else rng.uniform(600, 2600)
                    if tv >= START:
                        add_order(c, tv, amt, "paid", "service", model)
                    if rng.random() < 0.12:
                        fb(c, after(tv, 0, 3), "tp_service_visit", channel="survey", model=model, dealer=c["dealer"])
                    p_c = 0.05 + (0.05 if c["segment"] == "at_risk" else 0)
                    hu = model == "X7" and tv >= X7_HU_FROM
                    if hu:
                        p_c += 0.05 + 0.05 * (tv.month - 2)
                    if rng.random() < p_c:
                        tc = after(tv, 1, 20)
                        if ev(c, tc, "tp_complaint", "submit", "phone", False, model, c["dealer"]):
                            is_hu = hu and rng.random() < 0.8
                            if rng.random() < 0.6 or is_hu:
                                fb(c, after(tc, 0, 0.2), "tp_complaint", "neg",
                                   X7_HU_TEXTS[int(rng.integers(0, 2))] if is_hu else None,
                                   model=model, dealer=c["dealer"], channel="ticket")
                            p_close = 0.55 if is_hu else 0.82
                            if rng.random() < p_close:
                                tcl = after(tc, 0.5, 9.5)
                            else:
                                tcl = after(tc, 11, 40) if rng.random() < 0.6 else None
                            if tcl and ev(c, tcl, "tp_ticket_closed", "success", "phone", False, model, c["dealer"]):
                                if rng.random() < 0.3:
                                    fb(c, after(tcl, 0, 2), "tp_ticket_closed", channel="survey", model=model)
            t = after(t, 120, 220)
        if c["device"] != "pc":
            n_app = int(rng.poisson({"vip": 4, "returning": 2.5, "new": 2.5, "at_risk": 1}[c["segment"]]))
            for _ in range(n_app):
                ta = after(since, 5, 600)
                ev(c, ta, "tp_owner_app", "view", "app", True, model)
                if rng.random() < 0.04:
                    fb(c, after(ta, 0, 1), "tp_owner_app", channel="app_review", model=model)
        p_ref = {"vip": 0.18, "returning": 0.07, "new": 0.06, "at_risk": 0.01}[c["segment"]]
        if rng.random() < p_ref:
            tr = after(since, 30, 500)
            if ev(c, tr, "tp_referral", "submit", "app" if c["device"] != "pc" else "web", True, model):
                if rng.random() < 0.25:
                    fb(c, after(tr, 1, 20), "tp_referral", channel="app_review")

    def purchase(c, t0, prior_model=None):
        acq_b, acq_o = ACQ_MULT[c["acquisition_channel"]]
        model = prior_model or pick(rng, [(m, v[3]) for m, v in MODELS.items()])
        t = t0
        for _ in range(int(rng.choice([1, 1, 1, 1, 2, 2]))):
            ev(c, t, "tp_ad", "click", "ads", True)
            t = after(t, 0, 3)
        if rng.random() < 0.01:
            fb(c, after(t0, 0, 2), "tp_ad", channel="social")
        if rng.random() > 0.55:
            return
        tc = after(t0, 0, 4)
        bug = c["device"] == "ios" and IOS_BUG_FROM <= tc < IOS_BUG_TO
        n_cfg = int(rng.choice([1, 1, 2, 2, 3]))
        for k in range(n_cfg):
            action = "fail" if bug and rng.random() < 0.8 else ("submit" if k == n_cfg - 1 else "view")
            ev(c, tc + timedelta(minutes=7 * k), "tp_configurator", action, dch(c), True, model)
        if bug and rng.random() < 0.10:
            fb(c, after(tc, 0, 1), "tp_configurator", "neg", IOS_BUG_TEXTS[int(rng.integers(0, 2))],
               model=model, channel=pick(rng, [("app_review", 0.5), ("social", 0.5)]))
        elif rng.random() < 0.02:
            fb(c, after(tc, 0, 1), "tp_configurator", channel=pick(rng, [("app_review", 0.6), ("social", 0.4)]),
               model=model)
        p_book = 0.38 * acq_b * (0.25 if bug else 1.0) * (1.4 if c["segment"] == "vip" else 1.0)
        if rng.random() > min(p_book, 0.95):
            return
        tb = after(tc, 0, 6)
        ev(c, tb, "tp_td_booking", "submit", dch(c), True, model, c["dealer"])
        if rng.random() < 0.02:
            fb(c, after(tb, 0, 2), "tp_td_booking", channel="survey")
        if rng.random() > 0.76:
            return
        tt = after(tb, 1, 9)
        if not ev(c, tt, "tp_test_drive", "visit", "store", False, model, c["dealer"]):
            return
        bad = c["dealer"] == BAD_DEALER
        if rng.random() < 0.33:
            if bad and rng.random() < 0.7:
                fb(c, after(tt, 0, 2), "tp_test_drive", "neg", D07_TEXTS[int(rng.integers(0, 3))], model=model,
                   dealer=c["dealer"], channel="survey")
            else:
                fb(c, after(tt, 0, 2), "tp_test_drive", model=model, dealer=c["dealer"], channel="survey")
        if rng.random() < 0.2:
            ev(c, after(tt, 0, 0.1), "tp_tradein", "submit", "store", False, model, c["dealer"])
            if rng.random() < 0.15:
                fb(c, after(tt, 0, 2), "tp_tradein", channel="call_note", dealer=c["dealer"])
        if rng.random() > (0.55 if bad else 0.72):
            return
        tq = after(tt, 0, 4)
        ev(c, tq, "tp_quote", "submit", "store", False, model, c["dealer"])
        if rng.random() < 0.06:
            fb(c, after(tq, 0, 2), "tp_quote", channel="call_note", dealer=c["dealer"], model=model)
        p_order = 0.50 * acq_o * (0.22 if bad else 1.0) * (1.5 if c["segment"] == "vip" else 1.0)
        if rng.random() > min(p_order, 0.95):
            return
        to = after(tq, 0.5, 20)
        if not ev(c, to, "tp_order", "success", "store", False, model, c["dealer"]):
            return
        _, price, deposit, _ = MODELS[model]
        price = price + float(rng.choice([0, 10000, 20000, 30000]))
        dep = add_order(c, to, deposit, "paid", "deposit", model)
        if rng.random() < 0.04:
            fb(c, after(to, 0, 5), "tp_order", channel="call_note", dealer=c["dealer"], model=model)
        delayed = model == "E6" and E6_DELAY_FROM <= to < E6_DELAY_TO
        if rng.random() < (0.06 if not delayed else 0.06):
            dep["status"] = "refunded"
            return
        if delayed:
            td = after(to, 45, 130)
            tf = after(to, 35, 65)
            for _ in range(int(rng.choice([0, 1, 1, 2]))):
                if tf <= END and tf < td:
                    fb(c, tf, "tp_delivery", "neg", E6_DELAY_TEXTS[int(rng.integers(0, 3))], model=model,
                       dealer=c["dealer"], channel=pick(rng, [("ticket", 0.4), ("social", 0.3), ("call_note", 0.3)]))
                tf = after(tf, 10, 30)
            if rng.random() < 0.22 and after(to, 40, 60) <= END:
                dep["status"] = "refunded"
                return
        else:
            td = after(to, 12, 45)
        if td > END:
            return
        ev(c, td, "tp_delivery", "success", "store", False, model, c["dealer"])
        add_order(c, td, price - deposit, "paid", "full_payment", model)
        if rng.random() < 0.35:
            fb(c, after(td, 0, 3), "tp_delivery", model=model, dealer=c["dealer"], channel="survey")
        ownership(c, model, td)

    for t0 in sorted(lead_days(rng, N_LEADS)):
        acq = pick(rng, ACQ)
        c = new_customer("new", t0, acq)
        purchase(c, t0)
    for _ in range(N_OWNERS):
        seg = pick(rng, [("returning", 0.6), ("vip", 0.2), ("at_risk", 0.2)])
        signup = datetime(2018, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 6)), seconds=int(rng.integers(0, 86400)))
        c = new_customer(seg, signup, pick(rng, ACQ))
        model = pick(rng, [("C3", 0.45), ("S5", 0.3), ("X7", 0.25)])
        ownership(c, model, START - timedelta(days=float(rng.uniform(0, 150))))
        if rng.random() < (0.12 if seg == "vip" else 0.04):  # repurchase: back into the purchase funnel
            purchase(c, lead_days(rng, 1)[0], prior_model=pick(rng, [("E6", 0.5), ("E9", 0.3), ("X7", 0.2)]))

    # ---- feedback rows
    zh_share = 0.6
    fb_rows = []
    for i, x in enumerate(sorted(fbs, key=lambda r: r["ts"])):
        c, tp = x["c"], x["tp"]
        if x["ts"] > END or x["ts"] < START:
            continue
        texts = x["texts"]
        sent = x["sent"]
        if texts is None:
            p_neg = {"tp_complaint": 1.0, "tp_ad": 0.5, "tp_service_visit": 0.35, "tp_test_drive": 0.25,
                     "tp_quote": 0.5, "tp_order": 0.4, "tp_delivery": 0.18, "tp_maint_booking": 0.4,
                     "tp_ticket_closed": 0.35, "tp_owner_app": 0.55, "tp_referral": 0.35, "tp_tradein": 0.6,
                     "tp_configurator": 0.4, "tp_td_booking": 0.45}[tp]
            if c["segment"] == "at_risk":
                p_neg = min(1.0, p_neg + 0.25)
            want = "neg" if rng.random() < p_neg else "pos"
            opts = [o for o in FEEDBACK[tp] if o[0] == want] or FEEDBACK[tp]
            sent, zh, en = opts[int(rng.integers(0, len(opts)))]
        else:
            sent, zh, en = texts
        text = zh if rng.random() < zh_share else en
        ch = x["channel"] or "survey"
        rating = ""
        if ch in ("survey", "app_review") or rng.random() < 0.5:
            rating = int(rng.choice([1, 2, 2, 3]) if sent == "neg" else rng.choice([4, 4, 5, 5, 5]))
            if tp == "tp_complaint" and rating:
                rating = int(rng.choice([1, 1, 2]))
        nps = ""
        if ch == "survey":
            nps = int(rng.integers(0, 6)) if sent == "neg" else int(rng.integers(7, 11))
        ts = x["ts"].strftime("%Y-%m-%dT%H:%M:%S") if rng.random() > 0.05 else ""
        fb_rows.append([f"F{len(fb_rows) + 1:05d}", text, ts, c["customer_id"], tp, ch, rating, nps, sent,
                        x["dealer"], x["model"]])

    # ---- write
    with open(out / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "signup_at", "segment", "region", "acquisition_channel", "province", "city",
                    "age_band"])
        for c in customers:
            w.writerow([c["customer_id"], c["signup_at"].strftime("%Y-%m-%d %H:%M:%S"), c["segment"], c["region"],
                        c["acquisition_channel"], c["province"], c["city"], c["age_band"]])
    events.sort(key=lambda e: (e[1], e[0]))
    with open(out / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id",
                    "dealer_id", "car_model", "powertrain"])
        for i, (cid, ts, tp, action, dev, ch, dealer, model, pt) in enumerate(events, 1):
            w.writerow([f"E{i:07d}", cid, ts.strftime("%Y-%m-%d %H:%M:%S"), tp, action, dev, ch,
                        f"S{cid[1:]}-{ts.strftime('%y%m%d')}" if dev else "", dealer, model, pt])
    orders.sort(key=lambda o: o["ts"])
    with open(out / "orders.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        cols = ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "car_model",
                "powertrain", "dealer_id"]
        w.writerow(cols)
        for o in orders:
            w.writerow([o[k].strftime("%Y-%m-%d %H:%M:%S") if k == "ts" else o[k] for k in cols])
    with open(out / "feedback.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                    "sentiment_label", "dealer_id", "car_model"])
        w.writerows(fb_rows)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(fb_rows)}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "automotive-data"))
