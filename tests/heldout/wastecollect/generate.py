"""清源 ClearLoop Commercial Waste & Recycling: trade waste and recycling collection for shops, restaurants, cafés,
offices and hotels in London, Manchester, Toronto, Melbourne, 上海 Shanghai, 广州 Guangzhou, 成都 Chengdu and
杭州 Hangzhou (synthetic, written blind).

Businesses come in from outbound sales calls (销售外呼) or ask for a quote online (在线申请: website form, WeChat
mini-program, or a third-party price-comparison site). A surveyor visits the site (现场评估), the customer signs a
service agreement (签订服务协议: 12/24/36 months, collection days per week, waste streams, a weight allowance per
collection), the bins are delivered (配桶送达) and scheduled collections start (定时清运: completed / late / missed,
weighed on the truck). Recycling loads with the wrong things in them get a contamination notice (污染通知: a warning
or a contamination fee). Invoices are monthly (月度账单); a collection over the weight allowance is billed an
overweight surcharge (超重附加费). Customers raise tickets (客服工单), change their service (服务变更), renew
(续约) or cancel (解约).

Data 2025-01-01 .. 2026-06-30 (CRM + route system extract taken early July 2026). Times are naive local times of
each city. Money (orders.amount) is USD, the group's reporting currency; currency + amount_local keep what was
charged.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic, sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260703), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
GZ_CUTOVER = (date(2026, 3, 1), date(2026, 3, 31))     # Guangzhou route-planning system cut-over
N_LEGACY = 560
N_CALL = 4800
N_ONLINE = 2400

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_sales_call", "销售外呼", "Sales call", "awareness", "phone", "digital", "sales",
     "电话销售|外呼|陌拜电话|cold call|outbound call|telesales|sales call"),
    ("tp_online_signup", "在线申请", "Online sign-up", "awareness", "web", "digital", "sales",
     "线上报价|网上申请|小程序下单|报价申请|quote request|online quote|sign-up form|web lead"),
    ("tp_site_assessment", "现场评估", "Site assessment", "consideration", "other", "physical", "field_ops",
     "上门评估|勘察|踩点|site survey|site visit|waste audit|assessment"),
    ("tp_agreement", "签订服务协议", "Service agreement", "purchase", "email", "digital", "sales",
     "签约|合同|服务合同|协议|contract|agreement|sign-up|signed contract"),
    ("tp_bin_delivery", "配桶送达", "Bin delivery", "purchase", "other", "physical", "field_ops",
     "送桶|配桶|发桶|交付垃圾桶|bin drop|bin delivery|container delivery|bins delivered"),
    ("tp_pickup", "定时清运", "Scheduled pickup", "service", "other", "physical", "collections_ops",
     "清运|收运|收垃圾|上门收集|collection|pickup|bin lift|bin collection|round|lift"),
    ("tp_contamination", "污染通知", "Contamination notice", "service", "email", "digital", "collections_ops",
     "混投|分类不合格|污染罚款|contamination|contaminated bin|rejected load|contamination fee"),
    ("tp_invoice", "月度账单", "Monthly invoice", "service", "email", "digital", "finance",
     "账单|发票|月结|付款|催款|invoice|bill|billing|statement|payment"),
    ("tp_support", "客服工单", "Customer service ticket", "service", "phone", "digital", "customer_service",
     "客服|投诉|报修|热线|工单|customer service|complaint|ticket|helpdesk|call centre"),
    ("tp_service_change", "服务变更", "Service change", "service", "phone", "digital", "customer_service",
     "加桶|减频|改时间|暂停服务|upgrade|downgrade|change of service|add a bin|pause"),
    ("tp_renewal", "续约", "Contract renewal", "loyalty", "email", "digital", "account_management",
     "续签|续费|合同到期|renewal|renew|re-sign|contract end"),
    ("tp_cancellation", "解约", "Cancellation", "loyalty", "phone", "digital", "account_management",
     "退订|终止合同|不续了|流失|cancel|cancellation|termination|churn|notice to cancel"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("call_to_agreement", "电话销售签约", "Sales call to agreement",
     ["tp_sales_call", "tp_site_assessment", "tp_agreement"], 45),
    ("online_to_agreement", "在线申请签约", "Online sign-up to agreement",
     ["tp_online_signup", "tp_site_assessment", "tp_agreement"], 30),
    ("onboarding", "签约到首次清运", "Agreement to first pickup",
     ["tp_agreement", "tp_bin_delivery", "tp_pickup"], 21),
]

# city: zh, region, region_zh, currency, USD per unit, price factor, weight, English-speaking, city code, hemisphere
CITIES = {
    "London": ("伦敦", "UK", "英国", "GBP", 1.27, 1.00, 0.17, True, "LDN", "north"),
    "Manchester": ("曼彻斯特", "UK", "英国", "GBP", 1.27, 0.85, 0.09, True, "MAN", "north"),
    "Toronto": ("多伦多", "Canada", "加拿大", "CAD", 0.73, 0.90, 0.12, True, "TOR", "north"),
    "Melbourne": ("墨尔本", "Australia", "澳大利亚", "AUD", 0.66, 0.92, 0.10, True, "MEL", "south"),
    "Shanghai": ("上海", "East China", "华东", "CNY", 0.139, 0.50, 0.18, False, "SHA", "north"),
    "Guangzhou": ("广州", "South China", "华南", "CNY", 0.139, 0.45, 0.13, False, "CAN", "north"),
    "Chengdu": ("成都", "Southwest China", "西南", "CNY", 0.139, 0.40, 0.10, False, "CTU", "north"),
    "Hangzhou": ("杭州", "East China", "华东", "CNY", 0.139, 0.46, 0.11, False, "HGH", "north"),
}
CITY_NAMES = list(CITIES)
CITY_P = np.array([CITIES[c][6] for c in CITY_NAMES])
CITY_P = CITY_P / CITY_P.sum()

BIZ = {  # type: zh, weight, days/week options + p, weight allowance kg range, load factor mean, streams
    "restaurant": ("餐厅", 0.30, ([2, 3], [0.35, 0.65]), (120, 260), 0.80, ["general", "food", "recycling", "glass"]),
    "cafe": ("咖啡店", 0.15, ([1, 2], [0.4, 0.6]), (60, 140), 0.71, ["general", "food", "recycling"]),
    "retail": ("零售店", 0.25, ([1, 2], [0.6, 0.4]), (80, 200), 0.66, ["general", "cardboard", "recycling"]),
    "office": ("办公室", 0.25, ([1, 2], [0.7, 0.3]), (60, 180), 0.60, ["general", "recycling"]),
    "hotel": ("酒店", 0.05, ([3], [1.0]), (200, 400), 0.76, ["general", "food", "recycling", "glass"]),
}
BIZ_NAMES = list(BIZ)
BIZ_P = np.array([BIZ[b][1] for b in BIZ_NAMES])
STREAM_ZH = {"general": "其他垃圾", "food": "厨余垃圾", "recycling": "可回收物", "glass": "玻璃", "cardboard": "纸板"}
PER_LIFT_USD = {"restaurant": 32.0, "cafe": 26.0, "retail": 27.0, "office": 24.0, "hotel": 45.0}
MISSED_REASON = {"blocked_access": "通道堵塞", "bin_not_out": "未摆桶", "truck_breakdown": "车辆故障",
                 "driver_shortage": "司机短缺", "route_error": "路线错误"}
CONTAMINANT = {"food_residue": "食物残渣", "plastic_bags": "塑料袋", "coffee_cups": "咖啡杯",
               "general_waste": "混入其他垃圾", "liquids": "液体", "polystyrene": "泡沫塑料"}
TICKET = {"missed_pickup": "漏收", "late_pickup": "清运延误", "bin_damage": "垃圾桶损坏", "billing": "账单问题",
          "extra_pickup": "预约加收", "bin_swap": "换桶加桶", "contamination_dispute": "污染申诉",
          "noise": "噪音投诉"}
CHANGE = {"upgrade": "升级（加桶/加频次）", "downgrade": "降级（减频次）", "add_stream": "新增分类", "pause": "暂停服务",
          "time_change": "调整清运时间"}
CANCEL = {"price": "价格太高", "missed_pickups": "漏收太多", "moved_premises": "搬迁", "business_closed": "停业",
          "switched_provider": "换供应商", "council_service": "改用市政清运"}
PAY = {"direct_debit": "自动扣款", "card": "信用卡", "bank_transfer": "对公转账", "cheque": "支票",
       "wechat_pay": "微信支付", "alipay": "支付宝"}
PAY_BY_REGION = {
    "UK": (["direct_debit", "card", "bank_transfer", "cheque"], [0.55, 0.2, 0.15, 0.1]),
    "Canada": (["direct_debit", "card", "bank_transfer", "cheque"], [0.42, 0.25, 0.11, 0.22]),
    "Australia": (["direct_debit", "card", "bank_transfer"], [0.5, 0.35, 0.15]),
    "CN": (["bank_transfer", "wechat_pay", "alipay"], [0.6, 0.25, 0.15]),
}
LATE_P = {"direct_debit": 0.02, "card": 0.05, "bank_transfer": 0.13, "cheque": 0.31, "wechat_pay": 0.04,
          "alipay": 0.04}
ACQ = {"outbound_call": "电话销售", "website": "官网", "wechat_mini_program": "微信小程序",
       "comparison_site": "比价平台", "referral": "转介绍", "property_manager": "物业推荐", "field_sales": "地推"}
COMPARE_EN, COMPARE_ZH = ["WasteQuotes", "BinCompare", "TradeBinFinder"], ["商废比价网", "58同城", "WasteQuotes"]
# online sign-up: p(assessment booked), p(agreement | completed assessment)
ONLINE_P = {"web": (0.78, 0.52), "mini_program": (0.74, 0.47), "comparison_site": (0.25, 0.30)}
SALES_REPS_EN = ["Amy Clarke", "Ben Hughes", "Priya Shah", "Tom Wright", "Grace Lee", "Daniel Okafor", "Chloe Martin",
                 "Jack Wilson"]
SALES_REPS_ZH = ["王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄俊"]

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
customers: list[dict] = []
_n = {"E": 0, "O": 0, "F": 0, "C": 0, "A": 0, "T": 0, "I": 0, "N": 0}


def nid(kind, width):
    _n[kind] += 1
    return f"{kind}{_n[kind]:0{width}d}"


def pick(items, p=None):
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return items[rng.choice(len(items), p=p)]


def tfmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def at(day, lo_h, hi_h):
    d0 = datetime(day.year, day.month, day.day)
    return d0 + D(minutes=int(rng.integers(int(lo_h * 60), int(hi_h * 60))))


def workday(t):
    while t.weekday() >= 5:
        t += D(days=1)
    return t


def in_data(ts):
    return START <= ts <= END


def ev(c, ts, tp, action, **kw):
    if not in_data(ts):
        return None
    row = dict(customer_id=c["customer_id"], ts=tfmt(ts), touchpoint_id=tp, event_id=nid("E", 7), action=action,
               city=c["city"], **kw)
    events.append(row)
    return row


def usd_local(c, usd):
    rate = CITIES[c["city"]][4]
    return round(usd, 2), round(usd / rate, 2)


def order(c, ts, kind, kind_zh, usd, status="paid", **kw):
    if not in_data(ts):
        return None
    amt, local = usd_local(c, usd)
    row = dict(order_id=nid("O", 7), customer_id=c["customer_id"], ts=tfmt(ts), amount=amt, status=status,
               order_type=kind, 订单类型=kind_zh, city=c["city"], 城市=CITIES[c["city"]][0],
               currency=CITIES[c["city"]][3], amount_local=local, **kw)
    orders.append(row)
    return row


def month_end(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - D(days=1)


# ---------------------------------------------------------------- feedback texts
# topic -> language -> list of (template, sentiment). Markers (unique to their topic): README.md.
TEXTS = {
    "missed": {
        "zh": [("又漏收了，{day}的垃圾一直没人来拉，店门口堆满了", "negative"),
               ("这个月已经第{n}次漏收了，打电话也没用", "negative"),
               ("漏收之后第二天才补收，后厨的厨余都臭了", "negative"),
               ("系统换了以后经常漏收，司机说路线上没有我们家", "negative"),
               ("漏收太多了，考虑换一家清运公司", "negative")],
        "en": [("Another missed collection on {day}, the bins were left full all day", "negative"),
               ("That's the {nth} missed collection this month. Not acceptable.", "negative"),
               ("Missed collection again and nobody called us back until the next day", "negative"),
               ("We had a missed collection before a busy weekend, bins overflowing into the lane", "negative")],
    },
    "overweight": {
        "zh": [("账单上多了一笔超重费，事先没人告诉我们有重量上限", "negative"),
               ("超重费怎么算的？每个月都不一样，要求给个称重记录", "negative"),
               ("上个月的超重费太离谱了，桶明明没装满", "negative"),
               ("能不能提前提醒一下快超重了，不要月底直接收超重费", "negative"),
               ("超重费解释清楚了，接受，但希望以后账单写明细", "neutral")],
        "en": [("Got an overweight charge on the invoice with no warning at all", "negative"),
               ("Why is there an overweight charge again? Please send the weighbridge tickets", "negative"),
               ("The overweight charge this month is more than the collection itself", "negative"),
               ("Overweight charge explained by the account team, fair enough, but show it per lift", "neutral")],
    },
    "noise": {
        "zh": [("早上五点多收垃圾的噪音太大，楼上住户投诉到我们这里了", "negative"),
               ("清运车倒车的噪音吵醒整条街，能不能晚点来", "negative"),
               ("凌晨收玻璃瓶噪音很大，邻居意见很大", "negative")],
        "en": [("The noise at 5am is unbearable, our neighbours are complaining to us", "negative"),
               ("Glass collection noise before 6am again, residents above the shop are furious", "negative"),
               ("Can the lorry come later? The reversing noise wakes the whole street", "negative"),
               ("Noise from the early round has got the council involved now", "negative")],
    },
    "smell": {
        "zh": [("天热了厨余桶异味很重，能不能多收一次或者洗桶", "negative"),
               ("后巷的桶异味太大，客人都闻得到", "negative"),
               ("夏天异味问题一直没解决", "negative")],
        "en": [("Terrible smell from the food waste bins in this heat, need more frequent lifts", "negative"),
               ("The smell from the bins in the back lane is reaching the dining room", "negative"),
               ("Bins are never washed, the smell is awful in summer", "negative")],
    },
    "contamination": {
        "zh": [("收到污染通知说我们可回收物里有厨余，照片根本看不清是不是我们家的桶", "negative"),
               ("污染通知一张接一张，还扣了处理费，员工都按要求分了", "negative"),
               ("污染通知附了照片，挺好，我们已经培训员工了", "neutral"),
               ("不认可这次的污染通知，要求申诉", "negative")],
        "en": [("We got a contamination notice but the photo doesn't even show our bin", "negative"),
               ("Third contamination notice this quarter and now a fee, staff are sorting properly", "negative"),
               ("Contamination notice came with photos, useful for training our kitchen staff", "neutral"),
               ("Disputing the contamination notice from last week, the bags were not ours", "negative")],
    },
    "bin_damage": {
        "zh": [("桶坏了，盖子被压裂，报修一周还没换", "negative"),
               ("送来的桶坏了一个轮子，拖都拖不动", "negative"),
               ("桶坏了以后垃圾漏一地，希望尽快换新", "negative")],
        "en": [("We have a broken bin since the last lift, the lid is snapped off", "negative"),
               ("Broken bin wheel, staff can't move it to the kerb", "negative"),
               ("Reported a broken bin twice, still no replacement", "negative")],
    },
    "crew": {
        "zh": [("司机师傅很负责，每次都把桶推回原位", "positive"),
               ("夜班的司机师傅态度好，准时，点赞", "positive"),
               ("司机师傅帮我们把纸板压好一起拉走了，谢谢", "positive")],
        "en": [("The collection crew are brilliant, always put the bins back neatly", "positive"),
               ("Shout out to our collection crew, friendly and on time every week", "positive"),
               ("Collection crew went out of their way to take the extra cardboard, much appreciated", "positive")],
    },
    "invoice": {
        "zh": [("账单看不懂，一堆代码，不知道收的是什么钱", "negative"),
               ("账单看不懂，财务每个月都要打电话问", "negative"),
               ("账单看不懂，能不能按垃圾类别分开列", "neutral")],
        "en": [("Confusing invoice, lots of codes and no idea what each line is", "negative"),
               ("Our accounts team finds the confusing invoice layout a real pain every month", "negative"),
               ("Bit of a confusing invoice format, could you split it by waste stream?", "neutral")],
    },
    "assessor": {
        "zh": [("评估员迟到了一个多小时，也没提前说", "negative"),
               ("评估员很专业，帮我们算了合适的桶数", "positive"),
               ("评估员看了五分钟就走了，建议的桶太大", "negative")],
        "en": [("The assessor turned up an hour late without a call", "negative"),
               ("Very thorough assessor, sized the bins exactly right", "positive"),
               ("The assessor barely looked at our bin store and over-sized everything", "negative")],
    },
    "delivery": {
        "zh": [("合同签了快两周送桶还没到", "negative"),
               ("送桶的车来了说进不了巷子，又约了一次", "negative"),
               ("送桶比说好的晚了好几天，中间垃圾没地方放", "negative")],
        "en": [("Signed two weeks ago and the bin delivery still hasn't happened", "negative"),
               ("Bin delivery driver couldn't get into the yard and left, had to rebook", "negative"),
               ("Bin delivery was days late, we had nowhere to put the rubbish", "negative")],
    },
    "price": {
        "zh": [("续约又涨价了，比去年贵了不少", "negative"),
               ("涨价了服务却没变好，明年不一定续", "negative"),
               ("涨价幅度能不能商量，我们是老客户", "negative")],
        "en": [("Another price increase at renewal, hard to justify", "negative"),
               ("A price increase with no improvement in service, we're shopping around", "negative"),
               ("The price increase letter came with no explanation", "negative")],
    },
    "report": {
        "zh": [("每月的回收报告对我们做ESG披露很有用", "positive"),
               ("回收报告数据清楚，总部很满意", "positive"),
               ("希望回收报告能加上碳减排数据", "neutral")],
        "en": [("The monthly recycling report is great for our sustainability reporting", "positive"),
               ("Head office loves the recycling report, clear numbers", "positive"),
               ("Would be nice if the recycling report showed diversion rate by stream", "neutral")],
    },
    "sales": {
        "zh": [("推销电话一天打好几次，已经说了不需要", "negative"),
               ("推销电话太频繁，体验很差", "negative")],
        "en": [("Stop the sales calls please, we said no twice already", "negative"),
               ("Far too many sales calls, very pushy", "negative")],
    },
    "generic_pos": {
        "zh": [("服务挺稳定的，没什么问题", "positive"), ("整体满意，价格也合理", "positive"),
               ("客服回复很快，问题当天就解决了", "positive"), ("合作一年多了，很靠谱", "positive"),
               ("分类指导做得不错，员工都会分了", "positive"), ("换了你们之后省心很多", "positive")],
        "en": [("Reliable service, no complaints", "positive"), ("Good value and easy to deal with", "positive"),
               ("Customer service sorted our query the same day", "positive"),
               ("Been with you over a year now, very dependable", "positive"),
               ("Switching to you was the best decision, much less hassle", "positive"),
               ("The online portal makes it easy to book extras", "positive")],
    },
    "generic_neu": {
        "zh": [("还行吧，一般", "neutral"), ("没有特别的意见", "neutral"), ("希望能有个手机端查清运记录", "neutral"),
               ("价格中规中矩", "neutral"), ("有时候准时有时候不准时", "neutral")],
        "en": [("It's fine, nothing special", "neutral"), ("No strong views either way", "neutral"),
               ("Would like an app to see when the lorry is coming", "neutral"), ("Average service", "neutral"),
               ("Sometimes on time, sometimes not", "neutral")],
    },
    "generic_neg": {
        "zh": [("客服电话很难打通", "negative"), ("服务越来越差了", "negative"),
               ("沟通效率太低，一件事要说好几遍", "negative"), ("对账流程太麻烦", "negative")],
        "en": [("Hard to get through on the phone", "negative"), ("Service has gone downhill lately", "negative"),
               ("Had to explain the same issue three times", "negative"),
               ("Your account team never replies to emails", "negative")],
    },
}
DAY_ZH = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NTH = {2: "second", 3: "third", 4: "fourth"}
RATING_BY_SENT = {"negative": ([1, 2, 3], [0.55, 0.35, 0.10]), "neutral": ([3, 4], [0.6, 0.4]),
                  "positive": ([4, 5], [0.3, 0.7])}


def say(topic, lang):
    tpl, sent = pick(TEXTS[topic][lang])
    wd = int(rng.integers(0, 5))
    n = int(rng.integers(2, 5))
    text = tpl.format(day=(DAY_ZH if lang == "zh" else DAY_EN)[wd], n=n, nth=NTH[n])
    return text, sent


RATED = {"onboarding_survey", "ticket_csat", "post_visit_survey", "google_review", "exit_survey", "account_review"}


def fb(c, ts, topic, channel, tp=None, rating=None, nps=None, rated=True, **kw):
    """one comment; ts None = undated. A 1-5 rating (from the sentiment) on rated channels."""
    if ts is not None and not in_data(ts):
        return None
    if channel == "review":
        channel = review_channel(c)
    if channel in ("google_review", "wechat_message"):
        kw["platform"] = "Google" if channel == "google_review" else "微信公众号"
    rated = rated and channel in RATED
    if not rated:
        rating = None
    lang = c["preferred_language"] if c is not None else pick(["zh", "en"])
    text, sent = say(topic, lang)
    if rated and rating is None and nps is None:
        vals, p = RATING_BY_SENT[sent]
        rating = int(pick(vals, p))
    fid = nid("F", 6)
    anonymous = channel in ("google_review", "wechat_group")   # public reviews / group chat: no account link
    row = dict(feedback_id=fid, customer_id=c["customer_id"] if c is not None and not anonymous else "",
               ts=tfmt(ts) if ts is not None else "", touchpoint_id=tp or "", channel=channel,
               rating=rating if rating is not None else "", nps=nps if nps is not None else "", text=text,
               language=lang, city=c["city"] if c is not None else "",
               business_type=c["business_type"] if c is not None and not anonymous else "", **kw)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=topic if not topic.startswith("generic") else "generic",
                      sentiment=sent))
    return row


# ---------------------------------------------------------------- customers
def new_customer(city, biz, signup, acq, segment):
    cid = nid("C", 5)
    en_city = CITIES[city][7]
    if en_city:
        lang = "zh" if rng.random() < (0.14 if biz in ("restaurant", "cafe") else 0.04) else "en"
    else:
        lang = "en" if rng.random() < (0.12 if biz == "office" else 0.04) else "zh"
    c = dict(customer_id=cid, signup_at=tfmt(signup), segment=segment, region=CITIES[city][1],
             区域=CITIES[city][2], city=city, 城市=CITIES[city][0], acquisition_channel=acq, 获客渠道=ACQ[acq],
             tier="standard", business_type=biz, 行业=BIZ[biz][0],
             site_size=pick(["small", "medium", "large"], [0.5, 0.38, 0.12]),
             employees=int(max(2, rng.lognormal(2.3, 0.7))), preferred_language=lang,
             account_manager="", contract_term_months="", collection_days_per_week="", price_plan="")
    customers.append(c)
    return c


def sales_rep(c):
    return pick(SALES_REPS_EN if CITIES[c["city"]][7] else SALES_REPS_ZH)


def rand_day(lo: datetime, hi: datetime):
    span = (hi - lo).days
    return lo + D(days=int(rng.integers(0, span + 1)))


def season_factor(d: date):
    # sales and sign-ups: quieter in late December / Chinese New Year
    f = 1.0
    if d.month == 12 and d.day > 18:
        f = 0.4
    if d.month in (1, 2) and not (d.month == 1 and d.day < 20):
        f = min(f, 0.8)
    return f


def acquisition():
    """prospects from sales calls and online sign-ups; returns the list of signed customers with sign dates."""
    signed = []
    # outbound calls
    for _ in range(N_CALL):
        city = CITY_NAMES[rng.choice(8, p=CITY_P)]
        biz = BIZ_NAMES[rng.choice(5, p=BIZ_P / BIZ_P.sum())]
        while True:
            d0 = rand_day(START, datetime(2026, 6, 25))
            if rng.random() < season_factor(d0.date()):
                break
        d0 = workday(d0)
        c = new_customer(city, biz, at(d0, 9, 17.5), "outbound_call", "prospect")
        rep = sales_rep(c)
        n_calls = int(pick([1, 2, 3], [0.55, 0.3, 0.15]))
        t = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S")
        interested = rng.random() < 0.23
        for k in range(n_calls):
            last = k == n_calls - 1
            if last:
                act = "interested" if interested else pick(["not_interested", "no_answer"], [0.7, 0.3])
            else:
                act = pick(["no_answer", "callback_requested"], [0.7, 0.3])
            ev(c, t, "tp_sales_call", act, channel="phone", sales_rep=rep,
               call_duration_sec=int(rng.integers(5, 40) if act == "no_answer" else rng.integers(60, 900)),
               lead_source=pick(["purchased_list", "walk_by", "directory"], [0.5, 0.2, 0.3]))
            if not last:
                t = workday(t + D(days=int(rng.integers(1, 6))))
                t = at(t, 9, 17.5)
        if not interested:
            if rng.random() < 0.035:
                fb(c, t + D(days=int(rng.integers(1, 20))), "sales", "lost_prospect_survey", "tp_sales_call",
                   rated=False)
            continue
        if rng.random() < 0.12:       # interested on the phone, never booked
            continue
        res = assessment(c, t, (3, 19), 0.53)
        if res:
            signed.append(res)
    # online sign-ups
    for _ in range(N_ONLINE):
        city = CITY_NAMES[rng.choice(8, p=CITY_P)]
        biz = BIZ_NAMES[rng.choice(5, p=BIZ_P / BIZ_P.sum())]
        en_city = CITIES[city][7]
        if en_city:
            chan = pick(["web", "comparison_site"], [0.7, 0.3])
        else:
            chan = pick(["web", "mini_program", "comparison_site"], [0.3, 0.45, 0.25])
        acq = {"web": "website", "mini_program": "wechat_mini_program", "comparison_site": "comparison_site"}[chan]
        while True:
            d0 = rand_day(START, datetime(2026, 6, 28))
            if rng.random() < season_factor(d0.date()):
                break
        ts = at(d0, 7, 23)
        c = new_customer(city, biz, ts, acq, "prospect")
        dev = "pc" if chan == "web" and rng.random() < 0.6 else pick(["ios", "android"], [0.45, 0.55])
        site = ""
        if chan == "comparison_site":
            site = pick(COMPARE_EN if en_city else COMPARE_ZH)
        kw = dict(channel=chan, device=dev, session_id=f"S{rng.integers(10**8, 10**9)}", comparison_site=site,
                  requested_streams="|".join(BIZ[biz][5][:int(rng.integers(1, len(BIZ[biz][5]) + 1))]),
                  est_bins=int(rng.integers(1, 7)))
        ev(c, ts, "tp_online_signup", "submitted", **kw)
        if rng.random() < 0.06:       # form sent twice
            ev(c, ts + D(minutes=int(rng.integers(2, 300))), "tp_online_signup", "submitted", **kw)
        p_book, p_sign = ONLINE_P[chan]
        if rng.random() >= p_book:
            continue
        res = assessment(c, ts, (2, 14), p_sign)
        if res:
            signed.append(res)
    return signed


def assessment(c, t0, delay, p_sign):
    """a site assessment visit (maybe a no-show and a second visit); then maybe an agreement."""
    t = workday(t0 + D(days=int(rng.integers(*delay))))
    t = at(t, 8.5, 17)
    assessor = pick(["Mark Evans", "Sophie Turner", "Raj Patel", "Liam Brown"] if CITIES[c["city"]][7]
                    else ["周强", "孙丽", "吴刚", "郑华"])
    no_show = rng.random() < 0.09
    kw = dict(channel="field", assessor=assessor, recommended_bins=int(rng.integers(1, 7)),
              recommended_days_per_week=int(pick(*BIZ[c["business_type"]][2])),
              est_weekly_volume_l=int(rng.integers(4, 40)) * 100,
              access_notes=pick(["loading_bay", "back_lane", "basement", "street_front", "shared_bin_store"]),
              assessor_late_min=int(max(0, rng.normal(-5, 22))))
    ev(c, t, "tp_site_assessment", "no_show" if no_show else "completed", **kw)
    if no_show:
        if rng.random() < 0.5:
            return None
        t = at(workday(t + D(days=int(rng.integers(3, 9)))), 8.5, 17)
        kw["assessor_late_min"] = int(max(0, rng.normal(-5, 22)))
        ev(c, t, "tp_site_assessment", "completed", **kw)
    if kw["assessor_late_min"] > 45 and rng.random() < 0.3:
        fb(c, t + D(days=int(rng.integers(0, 3))), "assessor", "post_visit_survey", "tp_site_assessment")
    elif rng.random() < 0.02:
        fb(c, t + D(days=int(rng.integers(0, 3))), "assessor", "post_visit_survey", "tp_site_assessment")
    if rng.random() >= p_sign:
        c["segment"] = "lost_prospect"
        if rng.random() < 0.06:
            fb(c, t + D(days=int(rng.integers(5, 30))), pick(["generic_neu", "generic_neg"]),
               "lost_prospect_survey", "tp_site_assessment", rated=False)
        return None
    gap = int(min(60, rng.gamma(2.0, 4.0))) + 1
    ts = at(workday(t + D(days=gap)), 9, 18)
    return c, ts, kw["recommended_days_per_week"]


# ---------------------------------------------------------------- service life
def schedule_days(days_per_week):
    if days_per_week == 1:
        return [int(rng.integers(0, 5))]
    if days_per_week == 2:
        return [[0, 3], [1, 4], [0, 2]][int(rng.integers(0, 3))]
    return [0, 2, 4] if rng.random() < 0.7 else [1, 3, 5]


def window_for(c):
    city, biz = c["city"], c["business_type"]
    if CITIES[city][7]:
        if biz in ("restaurant", "retail", "cafe"):
            return pick(["early_morning", "daytime", "evening"], [0.62, 0.28, 0.10])
        return pick(["early_morning", "daytime", "evening"], [0.3, 0.55, 0.15])
    if biz in ("restaurant", "hotel"):
        return pick(["early_morning", "daytime", "evening"], [0.15, 0.15, 0.70])
    return pick(["early_morning", "daytime", "evening"], [0.25, 0.45, 0.30])


WINDOW_H = {"early_morning": (5.0, 7.5), "daytime": (9.0, 15.0), "evening": (19.0, 22.5)}


def setup_service(c, sign_ts, days_per_week, legacy=False):
    biz = c["business_type"]
    lo, hi = BIZ[biz][3]
    c["limit_kg"] = int(rng.integers(lo, hi) // 10 * 10)
    c["days_per_week"] = days_per_week
    c["sched"] = schedule_days(days_per_week)
    c["window"] = window_for(c)
    c["term"] = int(pick([12, 24, 36], [0.5, 0.35, 0.15]))
    c["price_plan"] = pick(["fixed", "pay_by_weight"], [0.8, 0.2])
    fee = PER_LIFT_USD[biz] * CITIES[c["city"]][5] * days_per_week * 52 / 12 * float(rng.uniform(0.85, 1.2))
    c["fee"] = round(fee, 2)
    c["contract_id"] = nid("A", 6)
    c["route"] = f"{CITIES[c['city']][8]}-R{int(rng.integers(1, 13)):02d}"
    c["truck"] = f"{CITIES[c['city']][8]}-T{int(rng.integers(1, 19)):02d}"
    c["pay"] = pick(*PAY_BY_REGION[c["region"] if c["region"] in PAY_BY_REGION else "CN"])
    c["sign_ts"] = sign_ts
    c["streams"] = [s for s in BIZ[biz][5] if not (s == "glass" and not CITIES[c["city"]][7])]
    c["tier"] = pick(["standard", "premium", "key_account"], [0.72, 0.2, 0.08])
    c["contract_term_months"] = c["term"]
    c["collection_days_per_week"] = days_per_week
    c["account_manager"] = pick(SALES_REPS_EN if CITIES[c["city"]][7] else SALES_REPS_ZH)


def sign_and_deliver(c, sign_ts):
    """agreement + setup-fee order + bin delivery; returns the first service day or None."""
    setup_usd = round(float(rng.uniform(60, 160)) * (1 if CITIES[c["city"]][7] else 0.6), 2)
    cancelled = rng.random() < 0.025
    ev(c, sign_ts, "tp_agreement", "signed", channel=pick(["email", "field"], [0.7, 0.3]),
       contract_id=c["contract_id"], term_months=c["term"], monthly_fee_usd=c["fee"],
       collection_days_per_week=c["days_per_week"], streams="|".join(c["streams"]), price_plan=c["price_plan"],
       weight_limit_kg=c["limit_kg"], sales_rep=sales_rep(c))
    order(c, sign_ts, "agreement", "服务协议", setup_usd, "cancelled" if cancelled else "paid",
          contract_id=c["contract_id"], term_months=c["term"], monthly_fee_usd=c["fee"],
          contract_value_usd=round(c["fee"] * c["term"], 2))
    if cancelled:
        c["segment"] = "cancelled_before_start"
        return None
    t = at(workday(sign_ts + D(days=int(max(2, rng.gamma(3.0, 2.2))))), 7, 16)
    dkw = dict(channel="field", contract_id=c["contract_id"], bins_delivered=int(rng.integers(1, 7)))
    delayed = False
    if rng.random() < 0.08:
        ev(c, t, "tp_bin_delivery", "failed", delivery_issue=pick(["no_access", "site_closed", "wrong_bins"],
                                                                    [0.5, 0.3, 0.2]),
           days_from_agreement=(t.date() - sign_ts.date()).days, **dkw)
        t = at(workday(t + D(days=int(rng.integers(2, 6)))), 7, 16)
        delayed = True
    ev(c, t, "tp_bin_delivery", "delivered", delivery_issue="", days_from_agreement=(t.date() - sign_ts.date()).days,
       **dkw)
    if (t - sign_ts).days > 12:
        delayed = True
    c["delivered_ts"] = t
    c["delivery_delayed"] = delayed
    if delayed and rng.random() < 0.3:
        fb(c, t + D(days=int(rng.integers(1, 8))), "delivery", "onboarding_survey", "tp_bin_delivery")
    return t.date() + D(days=1)


def pickups(c, first_day: date, last_day: date):
    """vectorised scheduled pickups between the two days (inclusive). Returns arrays."""
    if last_day < first_day:
        return None
    d64 = np.arange(np.datetime64(first_day), np.datetime64(last_day) + 1)
    wd = (d64.astype(int) + 3) % 7
    d64 = d64[np.isin(wd, c["sched"])]
    n = len(d64)
    if n == 0:
        return None
    days = d64.astype(object)
    mon = d64.astype("datetime64[M]").astype(int)
    months = mon % 12 + 1
    years = mon // 12 + 1970
    gz = (c["city"] == "Guangzhou") & (years == 2026) & (months == 3)
    p_miss = np.where(gz, 0.21, 0.024)
    p_late = np.where(gz, 0.16, 0.055)
    if c["city"] == "Toronto":
        p_late = np.where(np.isin(months, [1, 2]), 0.09, p_late)
    u = rng.random(n)
    action = np.where(u < p_miss, "missed", np.where(u < p_miss + p_late, "late", "completed"))
    biz = c["business_type"]
    mu = np.full(n, BIZ[biz][4])
    if biz in ("restaurant", "hotel"):
        mu = mu + np.where(months == 12, 0.13, 0.0)
    if biz == "retail":
        mu = mu + np.where(np.isin(months, [11, 12]), 0.12, 0.0)
    factor = rng.normal(mu, 0.15)
    weight = np.round(np.clip(factor, 0.1, None) * c["limit_kg"], 1)
    lo, hi = WINDOW_H[c["window"]]
    minute = rng.integers(int(lo * 60), int(hi * 60), n)
    late_min = np.where(action == "late", np.round(rng.gamma(2.0, 45.0, n)) + 30, 0).astype(int)
    reasons = np.array(list(MISSED_REASON))
    base_r = rng.choice(4, n, p=[0.35, 0.27, 0.2, 0.18])
    reason = np.where(gz & (rng.random(n) < 0.85), "route_error", reasons[base_r])
    return dict(days=days, action=action, weight=weight, minute=minute, late=late_min, reason=reason,
                factor=factor)


def service_life(c, first_day: date, contract_start: date, legacy: bool):
    """pickups, renewals, cancellations, invoices, tickets, notices, feedback of one customer."""
    end_day = END.date()
    pk = pickups(c, first_day, end_day)
    # --- renewals and cancellations
    stop = None          # last service day
    cancel_info = None
    missed_days = pk["days"][pk["action"] == "missed"] if pk is not None else np.array([])
    ann = contract_start
    while True:
        y, m = ann.year, ann.month + c["term"]
        y += (m - 1) // 12
        m = (m - 1) % 12 + 1
        ann = date(y, m, min(ann.day, 28))
        decide = ann - D(days=int(rng.integers(20, 46)))
        if decide > end_day:
            break
        if ann <= START.date():
            continue
        recent = int(np.sum((missed_days >= decide - D(days=90)) & (missed_days < decide)))
        p_renew = 0.87 if recent < 2 else 0.62
        if c["city"] == "Guangzhou" and decide >= date(2026, 3, 10):
            p_renew = min(p_renew, 0.5 if recent >= 2 else 0.78)
        pct = 3.0 if decide.year == 2025 else 5.0
        d_ts = at(workday(datetime.combine(decide, datetime.min.time())), 9, 18)
        renewed = rng.random() < p_renew
        ev(c, d_ts, "tp_renewal", "renewed" if renewed else "not_renewed", channel="email",
           contract_id=c["contract_id"], price_change_pct=pct, term_months=c["term"],
           renewal_date=ann.isoformat(), new_monthly_fee_usd=round(c["fee"] * (1 + pct / 100), 2))
        if renewed:
            c["fee"] = round(c["fee"] * (1 + pct / 100), 2)
            if pct >= 5 and rng.random() < 0.12:
                fb(c, d_ts + D(days=int(rng.integers(1, 25))), "price", pick(["email", "call_note"], [0.5, 0.5]),
                   "tp_renewal", rated=False)
            continue
        if recent >= 2:
            reason = pick(["missed_pickups", "price", "switched_provider"], [0.6, 0.25, 0.15])
        else:
            reason = pick(["price", "switched_provider", "council_service", "missed_pickups"],
                          [0.45, 0.3, 0.15, 0.1])
        cancel_info = (d_ts + D(days=int(rng.integers(0, 3))), reason, ann, False)
        stop = ann - D(days=1)
        break
    # mid-term cancellation (hazard), unless a renewal decision already ended the contract earlier
    t_haz = first_day + D(days=int(rng.exponential(1 / 0.00018)))
    if t_haz <= end_day and (stop is None or t_haz < cancel_info[0].date()):
        reason = pick(["business_closed", "moved_premises", "price", "switched_provider", "missed_pickups"],
                      [0.34, 0.3, 0.14, 0.14, 0.08])
        t_c = at(workday(datetime.combine(t_haz, datetime.min.time())), 9, 18)
        eff = t_haz + D(days=30)
        cancel_info = (t_c, reason, eff, reason not in ("business_closed",))
        stop = eff - D(days=1)
    # Guangzhou cut-over: customers hit by several misses in March 2026 walk out in April-May
    if c["city"] == "Guangzhou" and pk is not None:
        march = int(np.sum((missed_days >= date(2026, 3, 1)) & (missed_days <= date(2026, 3, 31))))
        if march >= 2 and (cancel_info is None or cancel_info[0].date() > date(2026, 4, 1)) and rng.random() < 0.33:
            t_c = at(workday(datetime(2026, 4, 1) + D(days=int(rng.integers(0, 55)))), 9, 18)
            eff = t_c.date() + D(days=14)
            cancel_info = (t_c, "missed_pickups", eff, False)
            stop = eff - D(days=1)
    if cancel_info:
        t_c, reason, eff, fee_due = cancel_info
        r = ev(c, t_c, "tp_cancellation", "cancelled", channel=pick(["phone", "email"], [0.6, 0.4]),
               contract_id=c["contract_id"], cancel_reason=reason, 解约原因=CANCEL[reason],
               effective_date=eff.isoformat(), notice_days=(eff - t_c.date()).days,
               early_termination="yes" if fee_due else "no")
        if r is not None:
            c["segment"] = "churned" if eff <= end_day else "notice_given"
            if fee_due:
                order(c, t_c + D(hours=2), "early_termination_fee", "提前解约费",
                      round(c["fee"] * float(rng.uniform(1.0, 2.0)), 2), contract_id=c["contract_id"])
            if rng.random() < 0.45:
                topic = {"missed_pickups": "missed", "price": "price"}.get(reason, pick(["generic_neu",
                                                                                         "generic_neg"]))
                fb(c, t_c + D(days=int(rng.integers(1, 10))), topic, "exit_survey", "tp_cancellation")
    if c["segment"] not in ("churned", "notice_given"):
        c["segment"] = "active"
    c["_stop"] = stop
    if pk is None:
        return
    keep = pk["days"] <= (stop or end_day)
    for k in pk:
        pk[k] = pk[k][keep]
    if len(pk["days"]) == 0:
        return
    c["_served"] = True
    emit_pickups(c, pk)
    monthly(c, first_day, stop or end_day)


def emit_pickups(c, pk):
    city, en = c["city"], CITIES[c["city"]][7]
    rec = "recycling" in c["streams"]
    biz = c["business_type"]
    p_cont = {"restaurant": 0.013, "cafe": 0.01, "retail": 0.004, "office": 0.003, "hotel": 0.007}[biz]
    if city == "Shanghai":
        p_cont *= 2.2
    n_warn = 0
    missed_in_month: dict = {}
    for i in range(len(pk["days"])):
        d = pk["days"][i]
        act = str(pk["action"][i])
        base = datetime(d.year, d.month, d.day) + D(minutes=int(pk["minute"][i]))
        ts = base + D(minutes=int(pk["late"][i])) if act == "late" else base
        if act == "missed":
            row = ev(c, ts, "tp_pickup", "missed", channel="field", route_id=c["route"], truck_id=c["truck"],
                     scheduled_window=c["window"], missed_reason=str(pk["reason"][i]),
                     漏收原因=MISSED_REASON[str(pk["reason"][i])], streams="|".join(c["streams"]),
                     weight_limit_kg=c["limit_kg"])
            if row is None:
                continue
            key = (d.year, d.month)
            missed_in_month[key] = missed_in_month.get(key, 0) + 1
            gz = city == "Guangzhou" and d.year == 2026 and d.month == 3
            if rng.random() < (0.62 if gz else 0.48):
                ticket(c, ts + D(minutes=int(rng.integers(20, 600))), "missed_pickup")
            if rng.random() < (0.3 if gz else 0.09):
                fb(c, ts + D(hours=int(rng.integers(2, 72))), "missed",
                   pick(["ticket_csat", "call_note", "review"], [0.45, 0.35, 0.2]), "tp_pickup")
            continue
        w = float(pk["weight"][i])
        over = w > c["limit_kg"]
        row = ev(c, ts, "tp_pickup", act, channel="field", route_id=c["route"], truck_id=c["truck"],
                 scheduled_window=c["window"], minutes_late=int(pk["late"][i]) if act == "late" else 0,
                 weight_kg=w, weight_limit_kg=c["limit_kg"], overweight="yes" if over else "no",
                 bins_lifted=int(rng.integers(1, 4)) + len(c["streams"]) - 1, streams="|".join(c["streams"]))
        if row is None:
            continue
        if over:
            usd = max(15.0, (w - c["limit_kg"]) * 0.35) * (1 if en else 0.7)
            st = pick(["paid", "refunded", "unpaid"], [0.9, 0.07, 0.03])
            order(c, ts, "overweight_surcharge", "超重附加费", round(usd, 2), st, pickup_event_id=row["event_id"],
                  weight_kg=w, weight_limit_kg=c["limit_kg"], billing_month=ts.strftime("%Y-%m"))
            if rng.random() < 0.08:
                inv = datetime.combine(month_end(ts.year, ts.month), datetime.min.time()) + D(hours=18)
                fb(c, inv + D(days=int(rng.integers(1, 12)), hours=int(rng.integers(0, 6))), "overweight",
                   pick(["ticket_csat", "call_note", "email"], [0.4, 0.35, 0.25]),
                   "tp_invoice" if rng.random() < 0.86 else "tp_pickup")
            if rng.random() < 0.1:
                ticket(c, ts + D(days=int(rng.integers(25, 40))), "billing")
        if act == "late" and rng.random() < 0.07:
            ticket(c, ts + D(minutes=int(rng.integers(10, 120))), "late_pickup")
        if rec and rng.random() < p_cont:
            stream = "recycling" if rng.random() < 0.75 or "food" not in c["streams"] else "food"
            if biz in ("restaurant", "hotel"):
                cont = pick(list(CONTAMINANT), [0.5, 0.2, 0.02, 0.14, 0.1, 0.04])
            elif biz == "cafe":
                cont = pick(list(CONTAMINANT), [0.25, 0.15, 0.4, 0.1, 0.08, 0.02])
            else:
                cont = pick(list(CONTAMINANT), [0.12, 0.3, 0.12, 0.28, 0.06, 0.12])
            charged = n_warn >= 3 or rng.random() < 0.2
            fee_usd = round(float(rng.uniform(35, 90)) * (1 if en else 0.6), 2) if charged else 0
            nt = ts + D(hours=int(rng.integers(1, 6)))
            r = ev(c, nt, "tp_contamination", "fee_charged" if charged else "warning", channel="email",
                   notice_no=nid("N", 6), stream=stream, 垃圾类别=STREAM_ZH[stream], contaminant=cont,
                   污染物=CONTAMINANT[cont], photo_evidence=pick(["yes", "no"], [0.8, 0.2]), fee_usd=fee_usd,
                   pickup_event_id=row["event_id"])
            if r is not None:
                n_warn += 1
                if charged:
                    order(c, nt, "contamination_fee", "污染处理费", fee_usd,
                          pick(["paid", "refunded"], [0.88, 0.12]), notice_no=r["notice_no"])
                    if rng.random() < 0.22:
                        ticket(c, nt + D(hours=int(rng.integers(2, 72))), "contamination_dispute")
                if rng.random() < 0.14:
                    fb(c, nt + D(hours=int(rng.integers(3, 96))), "contamination",
                       pick(["ticket_csat", "email", "call_note"], [0.4, 0.35, 0.25]), "tp_contamination")
    c["missed_in_month"] = missed_in_month


def ticket(c, ts, cat):
    if not in_data(ts):
        return
    med = {"missed_pickup": 9, "late_pickup": 6, "bin_damage": 60, "billing": 30, "extra_pickup": 20,
           "bin_swap": 80, "contamination_dispute": 50, "noise": 40}[cat]
    if cat == "missed_pickup" and c["city"] == "Guangzhou" and ts.year == 2026 and ts.month == 3:
        med = 30
    hours = round(float(rng.lognormal(np.log(med), 0.6)), 1)
    kw = dict(channel=pick(["phone", "email", "app", "wechat"] if not CITIES[c["city"]][7] else
                           ["phone", "email", "app"], [0.45, 0.2, 0.15, 0.2] if not CITIES[c["city"]][7] else
                           [0.55, 0.3, 0.15]),
              ticket_no=nid("T", 6), ticket_category=cat, 问题类别=TICKET[cat], resolution_hours=hours)
    if cat == "missed_pickup":
        kw["recollected"] = pick(["same_day", "next_day", "not_recollected"],
                                 [0.2, 0.5, 0.3] if c["city"] == "Guangzhou" and ts.month == 3 and ts.year == 2026
                                 else [0.55, 0.38, 0.07])
    act = "escalated" if rng.random() < (0.06 if cat != "missed_pickup" else 0.1) else "resolved"
    kw["device"] = pick(["ios", "android"]) if kw["channel"] == "app" else ""
    ev(c, ts, "tp_support", act, **kw)
    if cat == "extra_pickup":
        order(c, ts + D(days=1), "extra_pickup", "临时加收", round(float(rng.uniform(30, 85)) *
                                                               (1 if CITIES[c["city"]][7] else 0.6), 2))
    if cat == "bin_damage" and rng.random() < 0.4:
        fb(c, ts + D(hours=int(rng.integers(1, 48))), "bin_damage", "ticket_csat",
           "tp_pickup" if rng.random() < 0.6 else "tp_bin_delivery")
    if cat == "billing" and rng.random() < 0.3:
        fb(c, ts + D(hours=int(rng.integers(1, 48))), "invoice", "ticket_csat", "tp_invoice")
    if cat in ("missed_pickup", "late_pickup", "extra_pickup", "bin_swap") and rng.random() < 0.12:
        fb(c, ts + D(hours=int(rng.integers(1, 72))), pick(["generic_pos", "generic_neu", "generic_neg"],
                                                           [0.5, 0.25, 0.25]), "ticket_csat", "tp_support")


def monthly(c, first_day: date, last_day: date):
    """invoices, other tickets, service changes and everyday feedback, month by month."""
    y, m = first_day.year, first_day.month
    en = CITIES[c["city"]][7]
    north = CITIES[c["city"]][9] == "north"
    while date(y, m, 1) <= last_day:
        me = month_end(y, m)
        a = max(first_day, date(y, m, 1))
        b = min(last_day, me)
        days = (b - a).days + 1
        if days > 0:
            inv_ts = datetime.combine(me, datetime.min.time()) + D(hours=18)
            if b < me:           # final invoice on the last service day
                inv_ts = datetime.combine(b, datetime.min.time()) + D(hours=18)
            usd = c["fee"] * days / me.day
            late_p = LATE_P[c["pay"]] * (1.5 if c["business_type"] == "restaurant" else 1.0)
            u = rng.random()
            if u < 0.012:
                act, st, dtp = "unpaid", "unpaid", ""
            elif u < 0.012 + 0.01:
                act, st, dtp = "disputed", "refunded", ""
            elif u < 0.022 + late_p:
                act, st, dtp = "paid_late", "paid", int(rng.integers(31, 95))
            else:
                act, st, dtp = "paid", "paid", int(rng.integers(3, 31))
            r = ev(c, inv_ts, "tp_invoice", act, channel="email", invoice_no=nid("I", 7),
                   billing_month=f"{y}-{m:02d}", amount_usd=round(usd, 2), payment_method=c["pay"],
                   付款方式=PAY[c["pay"]], days_to_pay=dtp)
            if r is not None:
                order(c, inv_ts, "monthly_invoice", "月度账单", usd, st, invoice_no=r["invoice_no"],
                      billing_month=f"{y}-{m:02d}", payment_method=c["pay"], contract_id=c["contract_id"])
            # other tickets this month
            n_t = rng.poisson(0.05 * days / 30)
            for _ in range(n_t):
                cat = pick(["bin_damage", "extra_pickup", "bin_swap", "billing"], [0.3, 0.35, 0.2, 0.15])
                ticket(c, at(a + D(days=int(rng.integers(0, days))), 8, 19), cat)
            early = c["window"] == "early_morning"
            if early and c["city"] == "London" and rng.random() < 0.045 * days / 30:
                t = at(a + D(days=int(rng.integers(0, days))), 7, 20)
                if rng.random() < 0.5:
                    ticket(c, t, "noise")
                fb(c, t + D(hours=int(rng.integers(0, 30))), "noise",
                   pick(["call_note", "review", "ticket_csat"], [0.4, 0.3, 0.3]), "tp_pickup")
            elif early and rng.random() < 0.004 * days / 30:
                fb(c, at(a + D(days=int(rng.integers(0, days))), 7, 20), "noise", "call_note", "tp_pickup")
            summer = m in (6, 7, 8) if north else m in (12, 1, 2)
            if summer and "food" in c["streams"] and rng.random() < 0.035:
                fb(c, at(a + D(days=int(rng.integers(0, days))), 8, 22), "smell",
                   pick(["call_note", "review", "ticket_csat"]), "tp_pickup")
            if rng.random() < 0.008:
                fb(c, at(a + D(days=int(rng.integers(0, days))), 8, 22), "crew",
                   pick(["review", "call_note", "ticket_csat"]), "tp_pickup", rating=5)
            if rng.random() < 0.02 * days / 30:
                kind = pick(list(CHANGE), [0.34, 0.22, 0.16, 0.1, 0.18])
                if c["business_type"] == "retail" and m in (10, 11):
                    kind = pick(list(CHANGE), [0.6, 0.1, 0.1, 0.05, 0.15])
                t = at(a + D(days=int(rng.integers(0, days))), 9, 18)
                delta = {"upgrade": 1.25, "downgrade": 0.8, "add_stream": 1.15, "pause": 1.0, "time_change": 1.0}
                ev(c, t, "tp_service_change", kind, channel=pick(["phone", "portal", "email"], [0.5, 0.3, 0.2]),
                   change_type=kind, 变更类型=CHANGE[kind], old_monthly_fee_usd=c["fee"],
                   new_monthly_fee_usd=round(c["fee"] * delta[kind], 2), contract_id=c["contract_id"])
        m += 1
        if m == 13:
            y, m = y + 1, 1


def review_channel(c):
    return "google_review" if CITIES[c["city"]][7] else "wechat_message"


def main_sim():
    # legacy customers (signed before 2025)
    legacy = []
    for _ in range(N_LEGACY):
        city = CITY_NAMES[rng.choice(8, p=CITY_P)]
        biz = BIZ_NAMES[rng.choice(5, p=BIZ_P / BIZ_P.sum())]
        signup = datetime(2019, 6, 1) + D(days=int(rng.integers(0, 2000)))
        acq = pick(["field_sales", "referral", "property_manager", "outbound_call", "website"],
                   [0.3, 0.25, 0.15, 0.2, 0.1])
        c = new_customer(city, biz, signup, acq, "active")
        setup_service(c, signup, int(pick(*BIZ[biz][2])), legacy=True)
        start = (signup + D(days=14)).date()
        # bring the contract anniversary cycle forward: the current term started at the last anniversary
        cs = start
        while True:
            y, m = cs.year, cs.month + c["term"]
            y += (m - 1) // 12
            m = (m - 1) % 12 + 1
            nxt = date(y, m, min(cs.day, 28))
            if nxt > START.date():
                break
            cs = nxt
        legacy.append((c, cs))
    signed = acquisition()
    for c, cs in legacy:
        service_life(c, START.date(), cs, legacy=True)
    for c, sign_ts, dpw in signed:
        if sign_ts > END:
            continue
        setup_service(c, sign_ts, dpw)
        first = sign_and_deliver(c, sign_ts)
        if first is None:
            continue
        c["segment"] = "onboarding"
        if first > END.date():
            continue
        service_life(c, first, sign_ts.date(), legacy=False)
        if c["segment"] == "onboarding":
            c["segment"] = "active"
        c["_first"] = first
        if rng.random() < 0.4:
            t = datetime.combine(first, datetime.min.time()) + D(days=int(rng.integers(3, 12)), hours=10)
            topic = "delivery" if c.get("delivery_delayed") and rng.random() < 0.25 else pick(
                ["generic_pos", "generic_neu", "crew", "generic_neg"], [0.62, 0.2, 0.08, 0.1])
            fb(c, t, topic, "onboarding_survey", "tp_bin_delivery")
    nps_waves()
    reviews_and_cards()


def nps_waves():
    active = [c for c in customers if c.get("_served")]
    for wave, wd in (("2025-06", date(2025, 6, 16)), ("2025-12", date(2025, 12, 8)), ("2026-06", date(2026, 6, 15))):
        for c in active:
            first = c.get("_first") or START.date()
            if first > wd or (c.get("_stop") and c["_stop"] < wd) or rng.random() > 0.3:
                continue
            mm = c.get("missed_in_month", {})
            y, m = wd.year, wd.month
            recent = sum(mm.get((y, mo), 0) for mo in range(m - 5, m + 1) if mo >= 1)
            if c["city"] == "Guangzhou" and wave == "2026-06":
                recent += 2
            p = [0.08, 0.22, 0.70] if recent < 2 else [0.45, 0.3, 0.25]
            band = pick(["det", "pas", "pro"], p)
            score = int({"det": rng.integers(0, 7), "pas": rng.integers(7, 9), "pro": rng.integers(9, 11)}[band])
            ts = at(wd + D(days=int(rng.integers(0, 10))), 8, 22)
            if rng.random() < 0.45:
                if band == "det":
                    topic = "missed" if recent >= 2 and rng.random() < 0.6 else pick(
                        ["generic_neg", "invoice", "price"], [0.6, 0.2, 0.2])
                elif band == "pro":
                    topic = "report" if c["tier"] != "standard" and rng.random() < 0.3 else "generic_pos"
                else:
                    topic = "generic_neu"
                fb(c, ts, topic, "nps_survey", None, nps=score, survey_wave=wave)
            else:
                feedback.append(dict(feedback_id=nid("F", 6), customer_id=c["customer_id"], ts=tfmt(ts),
                                     touchpoint_id="", channel="nps_survey", rating="", nps=score,
                                     text="（未填写评论）" if c["preferred_language"] == "zh" else "(no comment)",
                                     language=c["preferred_language"], city=c["city"],
                                     business_type=c["business_type"], survey_wave=wave))
                truth.append(dict(feedback_id=feedback[-1]["feedback_id"], topic="none", sentiment=""))


def reviews_and_cards():
    served = [c for c in customers if c.get("_served")]
    # public reviews / official-account messages
    for _ in range(520):
        c = served[int(rng.integers(0, len(served)))]
        t = at(rand_day(START, datetime(2026, 6, 29)).date(), 7, 23)
        topic = pick(["generic_pos", "generic_neu", "generic_neg", "crew"], [0.45, 0.2, 0.27, 0.08])
        fb(c, t, topic, review_channel(c), None)
    # quarterly account-review forms filled on paper at the site visit: typed in later without a date
    for _ in range(130):
        c = served[int(rng.integers(0, len(served)))]
        topic = pick(["generic_pos", "generic_neu", "generic_neg", "report", "crew"], [0.4, 0.25, 0.15, 0.12, 0.08])
        fb(c, None, topic, "account_review", None)
    # messages forwarded from the WeChat service group, export without time
    zh_served = [c for c in served if not CITIES[c["city"]][7]]
    for _ in range(45):
        c = zh_served[int(rng.integers(0, len(zh_served)))]
        topic = pick(["generic_neg", "generic_neu", "missed", "contamination"], [0.4, 0.3, 0.2, 0.1])
        fb(c, None, topic, "wechat_group", "tp_pickup" if topic == "missed" else
           ("tp_contamination" if topic == "contamination" else None), rated=False)


def finish_customers():
    for c in customers:
        for k in [k for k in c if k.startswith("_") or k in ("limit_kg", "days_per_week", "sched", "window", "term",
                                                            "fee", "route", "truck", "pay", "sign_ts", "streams",
                                                            "delivered_ts", "delivery_delayed", "missed_in_month",
                                                            "contract_id")]:
            c.pop(k, None)


def write(path: Path, rows: list[dict], cols=None) -> None:
    if cols is None:
        cols = []
        seen = set()
        for r in rows:
            for k in r:
                if k not in seen:
                    seen.add(k)
                    cols.append(k)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    main_sim()
    # driver-app resync: a few pickup rows sent twice (exact duplicates)
    pk_rows = [e for e in events if e["touchpoint_id"] == "tp_pickup"]
    for i in rng.choice(len(pk_rows), 40, replace=False):
        events.append(dict(pk_rows[int(i)]))
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    orders.sort(key=lambda o: (o["ts"], o["order_id"]))
    feedback.sort(key=lambda f: (f["ts"] or "9999", f["feedback_id"]))
    finish_customers()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    write(out / "customers.csv", customers)
    ecols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id", "city"]
    for e in events:
        for k in e:
            if k not in ecols:
                ecols.append(k)
    write(out / "events.csv", events, ecols)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
