"""Synthetic 宴滋味 FeastCo corporate & event catering dataset (blind held-out batch).

    python generate.py OUTDIR

Writes a DATA.md folder (touchpoints, journeys, customers, events, orders, feedback) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of every feedback row; not a DATA.md table, used by gold.py
only). Fixed seed, numpy only, deterministic, about 2 s. Data covers 2025-01-01 .. 2026-05-31.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

rng = np.random.default_rng(20261203)
D = timedelta
HOUR, MIN, DAY = D(hours=1), D(minutes=1), D(days=1)
START = datetime(2025, 1, 1)
END = datetime(2026, 5, 31, 23, 59, 59)
GZ_KITCHEN_MOVE = (datetime(2025, 10, 8), datetime(2026, 1, 16))   # Guangzhou central kitchen relocation
THIRD_PARTY_FROM = datetime(2025, 11, 1)                            # outsourced vans for lunch / meeting drops
REMINDER_FROM = datetime(2026, 3, 1)                                # tasting reminder SMS for WeChat bookings
SPRING_MENU_FROM = datetime(2026, 3, 1)                             # new spring menu (allergen labels dropped)
ECONOMY_FROM = datetime(2025, 7, 1)                                 # economy lunch-box package launched

CITIES = [("Shanghai", "上海", "华东", 0.42), ("Beijing", "北京", "华北", 0.33), ("Guangzhou", "广州", "华南", 0.25)]
CITY_ZH = {c[0]: c[1] for c in CITIES}
REGION = {c[0]: c[2] for c in CITIES}
MANAGERS = {"Shanghai": [("王磊", "Wang Lei"), ("李娜", "Li Na"), ("周洁", "Zhou Jie")],
            "Beijing": [("赵婷", "Zhao Ting"), ("刘洋", "Liu Yang")],
            "Guangzhou": [("黄伟", "Huang Wei"), ("林晓", "Lin Xiao")]}
NEW_MGR, NEW_MGR_FROM = ("陈浩", "Chen Hao"), datetime(2026, 4, 1)
SLOW_MGR = {"赵婷": 6.5, "陈浩": 9.0}
CLIENT_ZH = {"company": "企业", "individual": "个人", "school": "学校"}
EVENT_ZH = {"office_lunch": "办公室午餐", "meeting": "会议餐", "wedding": "婚宴", "banquet": "宴会"}
ACQ_ZH = {"website": "官网", "wechat": "微信", "phone": "电话", "referral": "转介绍"}
EV_CH = {"website": "web", "wechat": "wechat", "phone": "phone", "referral": "referral"}
BAND = {"under_30": ("<30", "30人以下", 10, 29), "30_99": ("30-99", "30-99人", 30, 99),
        "100_299": ("100-299", "100-299人", 100, 299), "300_plus": ("300+", "300人以上", 300, 520)}
INDUSTRY = {"tech": "互联网科技", "finance": "金融", "manufacturing": "制造业", "consulting": "咨询服务",
            "healthcare": "医疗健康", "retail": "零售"}
VENUE_ZH = {"client_office": "客户办公室", "school_campus": "校园", "conference_center": "会议中心",
            "hotel_ballroom": "酒店宴会厅", "banquet_hall": "宴会中心", "outdoor_garden": "户外草坪",
            "restaurant_private_room": "餐厅包间"}
CUISINE = {"jiangnan": ("江浙菜", "Jiangnan"), "cantonese": ("粤菜", "Cantonese"), "sichuan": ("川湘菜", "Sichuan-Hunan"),
           "western": ("西式", "Western"), "fusion": ("中西融合", "Fusion")}
CUISINE_W = {"Shanghai": [0.35, 0.15, 0.1, 0.2, 0.2], "Beijing": [0.2, 0.15, 0.25, 0.2, 0.2],
             "Guangzhou": [0.05, 0.55, 0.1, 0.15, 0.15]}
PACKAGE_ZH = {"economy": "经济套餐", "standard": "标准套餐", "premium": "精选套餐", "deluxe": "尊享套餐"}
PER_HEAD = {"office_lunch": {"economy": 42, "standard": 65, "premium": 95},
            "meeting": {"standard": 85, "premium": 135},
            "banquet": {"standard": 268, "premium": 398, "deluxe": 598},
            "wedding": {"standard": 368, "premium": 568, "deluxe": 868}}
DRINKS = {"none": ("无酒水", 0), "soft_drinks": ("软饮套餐", 25), "beer_wine": ("啤酒红酒套餐", 68),
          "premium_bar": ("高端酒水套餐", 128)}
DELIVERY_ZH = {"in_house": "自有车队", "third_party": "外包车队", "on_site_kitchen": "现场厨房"}
CANCEL_ZH = {"event_postponed": "活动延期", "budget_cut": "预算削减", "chose_competitor": "选择了其他供应商",
             "venue_issue": "场地问题", "deposit_not_paid": "未付定金"}
SEGMENT_ZH = {"new": "新客户", "returning": "回头客", "one_time": "单次客户", "prospect": "潜在客户", "lapsed": "流失老客户"}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_enquiry", "询价咨询", "Enquiry", "awareness", "other", "digital", "销售部 Sales",
     "询价|咨询|留资|线索|inquiry|lead|enquiries"),
    ("tp_tasting_booked", "预约试菜", "Tasting booked", "consideration", "other", "digital", "销售部 Sales",
     "约试菜|预约试吃|试菜预约|tasting booking|book a tasting"),
    ("tp_tasting_attended", "试菜到场", "Tasting attended", "consideration", "store", "physical", "厨房 Kitchen",
     "试菜|试吃|menu tasting|tasting session|tasting"),
    ("tp_proposal_sent", "发送方案报价", "Proposal sent", "consideration", "email", "digital", "销售部 Sales",
     "方案|报价|报价单|quote|quotation|proposal"),
    ("tp_contract_signed", "签订合同", "Contract signed", "purchase", "other", "digital", "销售部 Sales",
     "签约|签合同|合同|contract|signing"),
    ("tp_deposit_paid", "支付定金", "Deposit paid", "purchase", "other", "digital", "财务部 Finance",
     "定金|订金|付定金|deposit|booking fee"),
    ("tp_headcount_confirmed", "确认人数", "Headcount confirmed", "service", "phone", "digital", "客服部 Client Service",
     "确认人数|确认桌数|报最终人数|final numbers|guest count|final headcount"),
    ("tp_event_served", "活动出餐", "Event served", "service", "other", "physical", "运营部 Operations",
     "出餐|上菜|送餐|现场服务|活动当天|event day|service|delivery|setup"),
    ("tp_final_invoice_paid", "结清尾款", "Final invoice paid", "service", "email", "digital", "财务部 Finance",
     "尾款|结款|结算|付尾款|final payment|invoice|balance"),
    ("tp_survey", "活动后回访问卷", "Post-event survey", "loyalty", "email", "digital", "客服部 Client Service",
     "回访|满意度调查|问卷|survey|feedback form"),
    ("tp_rebooking", "再次预订", "Rebooking", "loyalty", "phone", "digital", "销售部 Sales",
     "复购|续订|返单|再次下单|repeat booking|rebook|repeat order"),
    ("tp_cancel", "取消订单", "Booking cancelled", "service", "phone", "digital", "客服部 Client Service",
     "取消|退订|cancellation|cancel"),
]
JOURNEYS = [
    ("sales", "销售转化", "Sales conversion", 60,
     ["tp_enquiry", "tp_tasting_booked", "tp_tasting_attended", "tp_proposal_sent", "tp_contract_signed",
      "tp_deposit_paid"]),
    ("delivery", "活动交付", "Event delivery", 300,
     ["tp_deposit_paid", "tp_headcount_confirmed", "tp_event_served", "tp_final_invoice_paid"]),
    ("aftercare", "回访复购", "Survey to rebooking", 120, ["tp_event_served", "tp_survey", "tp_rebooking"]),
]

TEXT = {
    "cold": (["饭菜送到的时候已经凉了", "热菜都是凉的，同事们很有意见", "盒饭送来就凉了，冬天吃凉饭太难受",
              "送到公司的时候菜全凉了，保温没做好", "汤和主菜都凉了，只能拿去微波炉热"],
             ["Food was cold on arrival.", "The lunch boxes arrived cold again.",
              "Hot dishes were cold by the time they got to our office.",
              "Everything was lukewarm to cold, not acceptable in winter."]),
    "portion": (["分量太少了，好几个同事没吃饱", "经济套餐分量偏少，肉很少", "这个价位分量有点少",
                 "盒饭分量不够，男同事都说不够吃"],
                ["Portions were too small.", "Portion sizes are tiny for what we pay.",
                 "Small portions, several people were still hungry - portion control is too strict."]),
    "late": (["布置晚了半个多小时，客人都到了还在摆台", "送餐团队迟到了，会议午休被耽误", "现场搭建晚了，开席推迟",
              "出餐晚了四十分钟，领导很不满意", "服务团队迟到，场面很尴尬"],
             ["Setup was late, guests were already arriving.", "The team arrived late and lunch was delayed.",
              "Food service started 40 minutes late.", "Late setup again - not what we paid for."]),
    "staff": (["服务人员很专业，全程很省心", "现场团队非常专业，细节到位", "服务员专业又有礼貌", "领班很专业，应变很快"],
              ["Staff were very professional.", "Professional and friendly service team.",
               "The event staff were professional and attentive."]),
    "tasty": (["菜品很好吃，客人都在夸", "味道很好吃，特别是烧鹅", "这次的菜都很好吃，下次还找你们", "甜品和热菜都好吃"],
              ["Dishes were tasty, guests loved them.", "Delicious food, especially the dim sum.",
               "Really tasty menu, well done."]),
    "allergy": (["菜单上没有标注过敏原，有学生花生过敏差点吃了", "新菜单没写过敏信息，家长投诉了",
                 "没有标注含坚果和海鲜，过敏的孩子没法吃", "过敏原信息缺失，希望每道菜都标清楚"],
                ["No allergy information on the menu.", "Allergen labels were missing on the new menu.",
                 "Nobody could tell us which dishes had nuts - allergy info missing."]),
    "slow_proposal": (["试菜都一个星期了方案还没发过来", "方案拖了太久，我们差点换供应商", "催了好几次方案和报价单",
                       "方案迟迟不发，效率太低"],
                      ["Still waiting for the proposal a week after the tasting.",
                       "The proposal took far too long to arrive.",
                       "Had to chase the sales rep for the proposal several times."]),
    "price": (["人均价格有点贵", "报价偏贵，比预算高不少", "酒水套餐太贵了", "整体偏贵，性价比一般"],
              ["A bit expensive per head.", "Quote was too pricey for our budget.", "Drinks package is expensive."]),
    "invoice": (["发票开错了抬头，重开等了很久", "尾款发票一直没收到", "发票信息错了两次"],
                ["The invoice had the wrong company name.", "Still haven't received the final invoice.",
                 "Invoice errors delayed our payment."]),
    "neutral": (["整体还行，中规中矩", "一般般吧，没什么特别", "还可以，下次再看看", "总体满意，没有大问题"],
                ["It was okay overall.", "Average, nothing special.", "Fine, no major issues."]),
}
SENT = {"cold": "neg", "portion": "neg", "late": "neg", "allergy": "neg", "slow_proposal": "neg", "price": "neg",
        "invoice": "neg", "staff": "pos", "tasty": "pos", "neutral": "neu"}
TOPIC_TP = {"slow_proposal": "tp_proposal_sent", "price": "tp_proposal_sent", "invoice": "tp_final_invoice_paid"}
PREFIX = (["", "", "", "上次的活动，", "这次合作，", "说实话，"], ["", "", "", "Re our last event: ", "Honestly, "])

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[tuple] = []
_opp = [0]


def U(a, b):
    return float(rng.uniform(a, b))


def pick(xs, p=None):
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return xs[int(rng.choice(len(xs), p=p))]


def lognorm(median, sigma):
    return float(median * np.exp(sigma * rng.standard_normal()))


def biz(t: datetime, lo=9, hi=19) -> datetime:
    """move a time into office hours"""
    if t.hour < lo:
        return t.replace(hour=lo, minute=int(rng.integers(0, 60)))
    if t.hour >= hi:
        return (t + DAY).replace(hour=lo, minute=int(rng.integers(0, 60)))
    return t


def at(d: date, h: float) -> datetime:
    return datetime.combine(d, datetime.min.time()) + HOUR * h


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def ev(c, t, tp, action, channel, device="", opp="", order="", **kw):
    events.append(dict(event_id=f"EV{len(events) + 1:06d}", customer_id=c["customer_id"], ts=t, touchpoint_id=tp,
                       action=action, channel=channel, device=device, opportunity_id=opp, order_id=order,
                       city=c["city"], sales_manager=c["mgr"][0], **kw))


def rating_for(topic):
    s = SENT[topic]
    if s == "pos":
        return int(pick([5, 4], [0.62, 0.38])), int(pick([10, 9, 8], [0.45, 0.35, 0.2]))
    if s == "neu":
        return int(pick([3, 4], [0.5, 0.5])), int(pick([6, 7, 8], [0.3, 0.4, 0.3]))
    if topic == "invoice":
        return int(pick([1, 2], [0.5, 0.5])), int(rng.integers(0, 6))
    if topic == "price":
        return int(pick([2, 3], [0.4, 0.6])), int(rng.integers(3, 8))
    return int(pick([1, 2, 3], [0.3, 0.45, 0.25])), int(rng.integers(0, 7))


def add_fb(topic, lang, t, channel, cust=None, order=None, tp=None, rating=None, nps=None, city=None, when=None):
    zh, en = TEXT[topic]
    if lang == "en":
        text = pick(PREFIX[1]) + pick(en)
    else:
        text = pick(PREFIX[0]) + pick(zh)
    if tp is None:
        tp = TOPIC_TP.get(topic, "tp_event_served")
    fid = f"FB{len(feedback) + 1:05d}"
    city = city or (cust["city"] if cust else "")
    feedback.append(dict(feedback_id=fid, text=text, ts=t, customer_id=cust["customer_id"] if cust else "",
                         touchpoint_id=tp, channel=channel, rating=rating, nps=nps,
                         order_id=order["order_id"] if order else "", city=city, city_zh=CITY_ZH.get(city, ""),
                         language=lang, _when=when or t))
    truth.append((fid, topic, SENT[topic]))


# ---------------------------------------------------------------- customers
def signup_time(ctype, etype, acq):
    span = (END - START).total_seconds()
    if ctype == "company" and etype == "banquet" and rng.random() < 0.6:   # year-end party enquiries
        t = datetime(2025, 9, 1) + D(days=U(0, 90))
    else:
        while True:
            x = rng.random()
            if rng.random() < 0.75 + 0.25 * x:
                break
        t = START + D(seconds=x * span)
    if acq in ("phone", "referral"):
        return at(t.date(), U(9, 18))
    return at(t.date(), U(8, 23))


def make_customers():
    custs = []
    n_pre, n_new = 500, 3300
    for i in range(n_pre + n_new):
        pre = i < n_pre
        city, city_zh, region, _ = CITIES[int(rng.choice(3, p=[c[3] for c in CITIES]))]
        if pre:
            ctype = pick(["company", "school", "individual"], [0.72, 0.2, 0.08])
        else:
            ctype = pick(["company", "individual", "school"], [0.52, 0.34, 0.14])
        if ctype == "company":
            etype = pick(["office_lunch", "meeting", "banquet"], [0.4, 0.35, 0.25])
            acq = pick(["website", "wechat", "phone", "referral"], [0.35, 0.3, 0.2, 0.15])
        elif ctype == "individual":
            etype = "banquet" if pre else pick(["wedding", "banquet"], [0.6, 0.4])
            acq = pick(["website", "wechat", "phone", "referral"], [0.2, 0.45, 0.1, 0.25])
        else:
            etype = pick(["office_lunch", "meeting", "banquet"], [0.5, 0.2, 0.3])
            acq = pick(["website", "wechat", "phone", "referral"], [0.35, 0.15, 0.35, 0.15])
        band = {"office_lunch": pick(["under_30", "30_99"], [0.4, 0.6]),
                "meeting": pick(["under_30", "30_99", "100_299"], [0.5, 0.45, 0.05]),
                "wedding": pick(["100_299", "300_plus"], [0.7, 0.3]),
                "banquet": pick(["30_99", "100_299", "300_plus"], [0.3, 0.6, 0.1])}[etype]
        if pre:
            signup = at((datetime(2021, 1, 1) + D(days=U(0, 1450))).date(), U(9, 18))
        else:
            signup = signup_time(ctype, etype, acq)
        mgrs = list(MANAGERS[city])
        if city == "Beijing":
            w = [0.45, 0.55] if signup < NEW_MGR_FROM else [0.35, 0.35, 0.3]
            if signup >= NEW_MGR_FROM:
                mgrs.append(NEW_MGR)
        else:
            w = [1.0] * len(mgrs)
        mgr = pick(mgrs, w)
        p_en = {"Shanghai": 0.2, "Beijing": 0.12, "Guangzhou": 0.08}[city] if ctype == "company" else 0.03
        industry = pick(list(INDUSTRY)) if ctype == "company" else ("education" if ctype == "school" else "")
        custs.append(dict(customer_id=f"C{i + 1:05d}", pre=pre, city=city, city_zh=city_zh, region=region,
                          client_type=ctype, client_type_zh=CLIENT_ZH[ctype], event_type=etype,
                          event_type_zh=EVENT_ZH[etype], guest_band=BAND[band][0], guest_band_zh=BAND[band][1],
                          _band=band, acquisition_channel=acq, acquisition_channel_zh=ACQ_ZH[acq], signup_at=signup,
                          mgr=mgr, sales_manager=mgr[0], sales_manager_en=mgr[1],
                          language="en" if rng.random() < p_en else "zh",
                          industry=industry, industry_zh=INDUSTRY.get(industry, "教育" if industry else ""),
                          hist_spend=float(rng.gamma(2.0, 40000)) if pre else 0.0,
                          hist_orders=int(rng.integers(1, 12)) if pre else 0))
    return custs


# ---------------------------------------------------------------- one sales cycle
def event_datetime(c, etype, td: datetime) -> datetime:
    if etype == "office_lunch":
        d = (td + D(days=U(2, 10))).date()
        return at(d, 11.5)
    if etype == "meeting":
        d = (td + D(days=U(4, 25))).date()
        return at(d, pick([9.5, 12.0], [0.4, 0.6]))
    if etype == "wedding":
        d = (td + D(days=U(45, 220))).date()
        return at(d, pick([11.5, 17.5], [0.4, 0.6]))
    d = (td + D(days=U(14, 75))).date()
    if c["client_type"] == "company" and datetime(2025, 9, 1) <= td <= datetime(2025, 12, 5) and rng.random() < 0.8:
        d = date(2025, 12, 10) + D(days=int(rng.integers(0, 40)))   # year-end party (年会) season
        if at(d, 0) < td + D(days=5):
            d = (td + D(days=U(5, 15))).date()
    return at(d, 18.0)


def make_order(c, opp, tc, rebook):
    etype = c["event_type"]
    lo, hi = BAND[c["_band"]][2:]
    guests = int(rng.integers(lo, hi + 1))
    if etype == "office_lunch":
        pk = pick(["economy", "standard", "premium"], [0.38, 0.47, 0.15] if tc >= ECONOMY_FROM else [0, 0.75, 0.25])
    elif etype == "meeting":
        pk = pick(["standard", "premium"], [0.7, 0.3])
    elif etype == "banquet":
        pk = pick(["standard", "premium", "deluxe"], [0.45, 0.4, 0.15])
    else:
        pk = pick(["standard", "premium", "deluxe"], [0.35, 0.45, 0.2])
    per_head = PER_HEAD[etype][pk]
    p_drinks = {"office_lunch": 0.05, "meeting": 0.25, "banquet": 0.65, "wedding": 0.85}[etype]
    if rng.random() < p_drinks:
        drinks = "soft_drinks" if etype in ("office_lunch", "meeting") else \
            pick(["soft_drinks", "beer_wine", "premium_bar"], [0.2, 0.5, 0.3])
    else:
        drinks = "none"
    if etype == "office_lunch":
        venue = "school_campus" if c["client_type"] == "school" else "client_office"
        staff = 0
    elif etype == "meeting":
        venue = pick(["client_office", "conference_center"], [0.7, 0.3]) if c["client_type"] != "school" \
            else "school_campus"
        staff = int(rng.integers(1, 4))
    elif etype == "wedding":
        venue = pick(["hotel_ballroom", "banquet_hall", "outdoor_garden"], [0.5, 0.25, 0.25])
        staff = max(4, guests // 12)
    else:
        venue = "school_campus" if c["client_type"] == "school" and rng.random() < 0.6 else \
            pick(["hotel_ballroom", "banquet_hall", "restaurant_private_room"], [0.4, 0.4, 0.2])
        staff = max(2, guests // 15)
    cuisine = pick(list(CUISINE), CUISINE_W[c["city"]])
    menu_fee = guests * per_head
    drinks_fee = guests * DRINKS[drinks][1]
    staff_fee = staff * (450 if etype == "wedding" else 350)
    discount = round(0.05 * menu_fee, 2) if (rebook and etype == "office_lunch") else 0.0
    o = dict(order_id=f"FO{len(orders) + 1:05d}", customer_id=c["customer_id"], ts=tc, status="paid",
             channel="rebooking" if rebook else EV_CH[c["acquisition_channel"]], device="", opportunity_id=opp,
             is_rebooking=rebook, event_type=etype, event_type_zh=EVENT_ZH[etype], client_type=c["client_type"],
             client_type_zh=c["client_type_zh"], city=c["city"], city_zh=c["city_zh"], venue_type=venue,
             venue_type_zh=VENUE_ZH[venue], cuisine_style=CUISINE[cuisine][1], cuisine_style_zh=CUISINE[cuisine][0],
             menu_package=pk, menu_package_zh=PACKAGE_ZH[pk], guest_count=guests, per_head_price=float(per_head),
             menu_fee=float(menu_fee), drinks_package=drinks, drinks_package_zh=DRINKS[drinks][0],
             drinks_fee=float(drinks_fee), staff_count=staff, service_staff_fee=float(staff_fee),
             delivery_mode="", delivery_mode_zh="", delivery_fee=0.0, discount=discount,
             sales_manager=c["mgr"][0], sales_manager_en=c["mgr"][1], event_date=None, deposit=0.0,
             deposit_paid_at=None, final_paid_at=None, served_late=None, minutes_late=None, cancelled_at=None,
             cancel_reason="", cancel_reason_zh="", refund_amount=0.0, _served=None, _refund_at=None)
    orders.append(o)
    return o


def finish_amount(o):
    o["amount"] = round(o["menu_fee"] + o["drinks_fee"] + o["service_staff_fee"] + o["delivery_fee"] - o["discount"], 2)
    o["deposit"] = round(o["amount"] * (0.5 if o["event_type"] == "wedding" else 0.3), 2)


def opportunity(c, t0, new):
    """one sales cycle; returns (served time, had a problem) or None"""
    _opp[0] += 1
    opp = f"OPP{_opp[0]:05d}"
    etype, mgr, ctype = c["event_type"], c["mgr"][0], c["client_type"]
    fb_ch = "call_note" if c["acquisition_channel"] == "phone" else "wechat"
    slow = False
    if new:
        acq = c["acquisition_channel"]
        dev = {"website": pick(["pc", "ios", "android"], [0.6, 0.2, 0.2]),
               "wechat": pick(["ios", "android"], [0.55, 0.45])}.get(acq, "")
        ev(c, t0, "tp_enquiry", "submit", EV_CH[acq], dev, opp)
        if rng.random() > {"office_lunch": 0.72, "meeting": 0.62, "banquet": 0.7, "wedding": 0.8}[etype]:
            return None
        tb = biz(t0 + HOUR * U(0.5, 40))
        ev(c, tb, "tp_tasting_booked", "book", "phone" if acq == "referral" else EV_CH[acq], dev, opp)
        tt = at((tb + D(days=U(2, 12))).date(), U(10, 17))
        pa = (0.52 if tt < REMINDER_FROM else 0.83) if acq == "wechat" else 0.87
        if rng.random() > pa:
            return None
        ev(c, tt, "tp_tasting_attended", "attend", "store", "", opp)
        if rng.random() < 0.05:
            add_fb("tasty", c["language"], tt + HOUR * U(1, 20), fb_ch, c, None, tp="tp_tasting_attended")
        if rng.random() > 0.94:
            return None
        med = SLOW_MGR.get(mgr, 1.2)
        gap = min(lognorm(med, 0.5 if mgr in SLOW_MGR else 0.6), 24.0)
        tp = biz(tt + D(days=gap))
        slow = gap > 4
        if slow and rng.random() < 0.5:
            add_fb("slow_proposal", c["language"], tt + D(days=U(3.5, max(3.6, gap - 0.2))), fb_ch, c, None)
        ev(c, tp, "tp_proposal_sent", "send", "email", "", opp)
        ps = {"office_lunch": 0.66, "meeting": 0.6, "banquet": 0.6, "wedding": 0.55}[etype]
        ps *= 0.6 if mgr in SLOW_MGR else (0.8 if slow else 1.0)
    else:
        ev(c, biz(t0), "tp_rebooking", "request", pick(["wechat", "phone", "email"], [0.5, 0.35, 0.15]), "", opp)
        tp = biz(biz(t0) + D(days=lognorm(2.5 if mgr in SLOW_MGR else 0.6, 0.6)))
        ev(c, tp, "tp_proposal_sent", "send", "email", "", opp)
        ps = 0.8 if mgr in SLOW_MGR else (0.97 if etype == "office_lunch" else 0.9)
    if rng.random() > ps:
        return None
    tc = biz(tp + D(days=min(lognorm(3.0 if new else 1.0, 0.6), 18)))
    ev(c, tc, "tp_contract_signed", "sign", "other", "", opp)
    o = make_order(c, opp, tc, not new)
    oid = o["order_id"]
    ev_dt = None
    if rng.random() > (0.965 if new else 0.99):   # deposit never paid
        o.update(status="cancelled", cancelled_at=tc + D(days=14), cancel_reason="deposit_not_paid",
                 cancel_reason_zh=CANCEL_ZH["deposit_not_paid"])
        ev(c, o["cancelled_at"], "tp_cancel", "cancel", "phone", "", opp, oid)
        _delivery(o, c, at((tc + D(days=20)).date(), 12))
        finish_amount(o)
        return None
    td = biz(tc + D(days=min(lognorm(1.2, 0.7), 12)))
    ev_dt = event_datetime(c, etype, td)
    _delivery(o, c, ev_dt)
    finish_amount(o)
    o.update(deposit_paid_at=td, event_date=ev_dt.date())
    ev(c, td, "tp_deposit_paid", "pay", "other", "", opp, oid, payment_method=pick(["bank_transfer", "wechat_pay",
                                                                                   "alipay"], [0.6, 0.3, 0.1]))
    th = ev_dt - D(days=U(1, 6))
    if th <= td:
        th = td + (ev_dt - td) * 0.5
    th = biz(th)
    if th >= ev_dt:
        th = ev_dt - HOUR * 2
    if rng.random() < {"office_lunch": 0.02, "meeting": 0.04, "banquet": 0.05, "wedding": 0.06}[etype]:
        tx = biz(td + (ev_dt - td) * U(0.1, 0.9))
        reason = pick(["event_postponed", "budget_cut", "chose_competitor", "venue_issue"], [0.4, 0.3, 0.2, 0.1])
        refund = o["deposit"] if (ev_dt - tx) >= D(days=14) else 0.0
        o.update(status="cancelled", cancelled_at=tx, cancel_reason=reason, cancel_reason_zh=CANCEL_ZH[reason],
                 refund_amount=refund)
        ev(c, tx, "tp_cancel", "cancel", "phone", "", opp, oid)
        return None
    ev(c, th, "tp_headcount_confirmed", "confirm", pick(["phone", "wechat", "email"]), "", opp, oid)
    # service day
    in_gz_move = c["city"] == "Guangzhou" and GZ_KITCHEN_MOVE[0] <= ev_dt < GZ_KITCHEN_MOVE[1]
    p_late = 0.38 if in_gz_move else 0.06
    if o["delivery_mode"] == "third_party":
        p_late += 0.04
    late = rng.random() < p_late
    minutes = int(round((20 + rng.exponential(28)) if (late and in_gz_move) else
                        (15 + rng.exponential(15)) if late else rng.uniform(0, 10)))
    ts_served = ev_dt + MIN * (minutes if late else -minutes)
    o.update(served_late=late, minutes_late=minutes if late else 0, _served=ts_served)
    ev(c, ts_served, "tp_event_served", "late" if late else "on_time", "onsite", "", opp, oid,
       minutes_late=minutes if late else 0)
    winter = date(2025, 12, 1) <= ev_dt.date() <= date(2026, 2, 28)
    if o["delivery_mode"] == "third_party":
        p_cold = 0.40 if winter else 0.08
    elif o["delivery_mode"] == "in_house":
        p_cold = 0.03
    else:
        p_cold = 0.01
    cold = rng.random() < p_cold
    p_allergy = (0.35 if ctype == "school" else 0.02) if ev_dt >= SPRING_MENU_FROM else 0.01
    allergy = rng.random() < p_allergy
    bad = late or cold or allergy
    # complaint message on the day
    if bad and rng.random() < 0.35:
        topic = "allergy" if allergy else "cold" if cold else "late"
        add_fb(topic, c["language"], ts_served + HOUR * U(0.5, 8), fb_ch, c, o)
    if rng.random() < 0.006:   # serious service failure: full refund
        o.update(_refund_at=biz(ts_served + D(days=U(2, 6))), refund_amount=o["amount"])
        return ts_served, True
    med = {"individual": 1.5, "company": 22.0, "school": 46.0}[ctype]
    tpaid = biz(ts_served + D(days=lognorm(med, 0.6 if ctype == "individual" else 0.4)))
    o["final_paid_at"] = tpaid
    ev(c, tpaid, "tp_final_invoice_paid", "pay", "email", "", opp, oid,
       payment_method=pick(["bank_transfer", "wechat_pay", "alipay"], [0.7, 0.2, 0.1]))
    # post-event survey
    if rng.random() < {"company": 0.45, "individual": 0.6, "school": 0.55}[ctype]:
        ts_s = biz(ts_served + D(days=U(1, 6)))
        ev(c, ts_s, "tp_survey", "submit", pick(["email", "wechat"], [0.4, 0.6]), "", opp, oid)
        r = rng.random()
        if allergy and r < 0.8:
            topic = "allergy"
        elif cold and r < 0.75:
            topic = "cold"
        elif late and r < 0.75:
            topic = "late"
        elif o["menu_package"] == "economy" and r < 0.38:
            topic = "portion"
        elif slow and r < 0.3:
            topic = "slow_proposal"
        else:
            topic = pick(["tasty", "staff", "neutral", "price", "portion", "invoice"],
                         [0.34, 0.25, 0.2, 0.11, 0.04, 0.012])
        rating, nps = rating_for(topic)
        add_fb(topic, c["language"], ts_s + MIN * U(1, 30), "survey", c, o, rating=rating,
               nps=nps if rng.random() < 0.8 else None)
    # comment cards collected at on-site events (undated), public reviews from private clients
    if o["venue_type"] not in ("client_office", "school_campus") and rng.random() < 0.25:
        topic = pick(["tasty", "staff", "neutral"], [0.5, 0.35, 0.15])
        add_fb(topic, "en" if rng.random() < 0.05 else "zh", None, "comment_card", None, o,
               rating=rating_for(topic)[0], city=c["city"], when=ts_served + HOUR * 3)
    if ctype == "individual" and rng.random() < 0.25:
        if late and rng.random() < 0.7:
            topic = "late"
        elif cold and rng.random() < 0.7:
            topic = "cold"
        else:
            topic = pick(["tasty", "staff", "neutral", "price"], [0.4, 0.3, 0.15, 0.15])
        t = ts_served + D(days=U(1, 14))
        add_fb(topic, "zh", None if rng.random() < 0.06 else t, "dianping", None, None,
               tp=None if topic != "price" else "", rating=rating_for(topic)[0], city=c["city"], when=t)
    return ts_served, bad


def _delivery(o, c, ev_dt):
    etype = o["event_type"]
    if etype in ("office_lunch", "meeting"):
        mode = "in_house"
        if c["city"] in ("Shanghai", "Beijing") and ev_dt >= THIRD_PARTY_FROM and rng.random() < 0.45:
            mode = "third_party"
        fee = 120.0 if mode == "third_party" else 150.0
    else:
        mode = "on_site_kitchen" if o["venue_type"] in ("hotel_ballroom", "banquet_hall") and rng.random() < 0.7 \
            else "in_house"
        fee = 0.0 if mode == "on_site_kitchen" else 600.0
    o.update(delivery_mode=mode, delivery_mode_zh=DELIVERY_ZH[mode], delivery_fee=fee)


REBOOK = {"office_lunch": (0.985, lambda: 5 + rng.exponential(12)),
          "meeting": (0.7, lambda: 10 + rng.exponential(25)),
          "wedding": (0.03, lambda: 200 + rng.exponential(100))}


def simulate(c):
    etype = c["event_type"]
    if not c["pre"]:
        r = opportunity(c, c["signup_at"], True)
    else:
        if rng.random() > 0.85:
            return
        if etype == "office_lunch":
            t = START + D(days=U(0, 40))
        elif etype == "meeting":
            t = START + D(days=U(0, 70))
        elif c["client_type"] == "company":
            t = datetime(2025, 9, 15) + D(days=U(0, 60))
        else:
            t = START + D(days=U(0, 300))
        r = opportunity(c, at(t.date(), U(9, 18)), False)
    while r is not None:
        served, bad = r
        if etype in REBOOK:
            p, gap = REBOOK[etype]
        elif c["client_type"] == "individual":
            p, gap = 0.15, (lambda: 60 + rng.exponential(200))
        else:
            p, gap = (0.55 if c["client_type"] == "company" else 0.45), (lambda: U(300, 380))
        if bad:
            p *= 0.75 if etype == "office_lunch" else 0.5
        if rng.random() > p:
            break
        t = served + D(days=float(gap()))
        if t > END:
            break
        r = opportunity(c, at(t.date(), U(9, 18)), False)


# ---------------------------------------------------------------- write
def write_all(out: Path, custs):
    out.mkdir(parents=True, exist_ok=True)

    def cell(v):
        if v is None:
            return ""
        if isinstance(v, datetime):
            return fmt(v)
        if isinstance(v, date):
            return v.isoformat()
        if isinstance(v, bool):
            return str(v).lower()
        return v

    def write(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in rows:
                w.writerow([cell(r.get(k)) for k in cols])

    write(out / "touchpoints.csv",
          [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
                owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    write(out / "journeys.csv",
          [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k + 1,
                touchpoint_id=tp, window_days=j[3]) for j in JOURNEYS for k, tp in enumerate(j[4])],
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"])
    write(out / "customers.csv", custs,
          ["customer_id", "signup_at", "segment", "segment_zh", "region", "acquisition_channel",
           "acquisition_channel_zh", "tier", "tier_zh", "client_type", "client_type_zh", "event_type",
           "event_type_zh", "guest_band", "guest_band_zh", "city", "city_zh", "sales_manager", "sales_manager_en",
           "industry", "industry_zh", "language", "lifetime_orders"])
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    write(out / "events.csv", events,
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "opportunity_id",
           "order_id", "city", "sales_manager", "minutes_late", "payment_method"])
    write(out / "orders.csv", orders,
          ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "opportunity_id",
           "is_rebooking", "client_type", "client_type_zh", "event_type", "event_type_zh", "event_date", "city",
           "city_zh", "venue_type", "venue_type_zh", "cuisine_style", "cuisine_style_zh", "menu_package",
           "menu_package_zh", "guest_count", "per_head_price", "menu_fee", "drinks_package", "drinks_package_zh",
           "drinks_fee", "staff_count", "service_staff_fee", "delivery_mode", "delivery_mode_zh", "delivery_fee",
           "discount", "deposit", "deposit_paid_at", "final_paid_at", "served_late", "minutes_late",
           "sales_manager", "sales_manager_en", "cancelled_at", "cancel_reason", "cancel_reason_zh",
           "refund_amount"])
    write(out / "feedback.csv", feedback,
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "order_id",
           "city", "city_zh", "language"])
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv",
          [dict(feedback_id=a, topic=b, sentiment=s) for a, b, s in truth], ["feedback_id", "topic", "sentiment"])


def main() -> int:
    out = Path(sys.argv[1])
    custs = make_customers()
    for c in custs:
        simulate(c)
    global events, orders, feedback, truth
    # the extract is taken at END: drop what had not happened yet
    events = [e for e in events if e["ts"] <= END]
    orders = [o for o in orders if o["ts"] <= END]
    for o in orders:
        if o["status"] == "cancelled":
            if o["cancelled_at"] > END:
                o.update(status="pending", cancelled_at=None, cancel_reason="", cancel_reason_zh="",
                         refund_amount=0.0)
        elif o["_refund_at"] is not None and o["_refund_at"] <= END:
            o["status"] = "refunded"
        elif o["final_paid_at"] is not None and o["final_paid_at"] <= END:
            o["status"] = "paid"
        else:
            o.update(status="pending", refund_amount=0.0)
        for k in ("final_paid_at", "deposit_paid_at"):
            if o[k] is not None and o[k] > END:
                o[k] = None
        if o["_served"] is None or o["_served"] > END:
            o.update(served_late=None, minutes_late=None)
    keep = {f["feedback_id"] for f in feedback if f["_when"] <= END}
    feedback = [f for f in feedback if f["feedback_id"] in keep]
    truth = [t for t in truth if t[0] in keep]
    # customers: segment, tier
    n_paid, spend = {}, {}
    for o in orders:
        if o["status"] == "paid":
            n_paid[o["customer_id"]] = n_paid.get(o["customer_id"], 0) + 1
            spend[o["customer_id"]] = spend.get(o["customer_id"], 0.0) + o["amount"]
    for c in custs:
        n = n_paid.get(c["customer_id"], 0)
        c["lifetime_orders"] = c["hist_orders"] + n
        if not c["pre"] and c["signup_at"] >= datetime(2026, 3, 1):
            seg = "new"
        elif n >= 2:
            seg = "returning"
        elif n == 1:
            seg = "one_time"
        else:
            seg = "lapsed" if c["pre"] else "prospect"
        c["segment"], c["segment_zh"] = seg, SEGMENT_ZH[seg]
        key = c["hist_spend"] + spend.get(c["customer_id"], 0.0) >= 150000
        c["tier"], c["tier_zh"] = ("key_account", "大客户") if key else ("standard", "普通客户")
    write_all(out, custs)
    print(f"customers {len(custs)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
