"""拨云通 Dialwise: a B2B cloud phone system (VoIP) SaaS sold to small and mid-sized companies in the United States,
the United Kingdom, Canada, Australia and Ireland (English-speaking; a few owners write in Chinese).

A company finds our website (Google Ads, organic search, G2 / Capterra, a customer referral, a reseller partner or an
outbound SDR), looks at the pricing page, may book a sales demo, starts a 14-day free trial, installs the softphone app
(Windows, Mac, iOS, Android) and makes its first call, converts to a paid plan (Essentials / Pro / Enterprise, per
seat, billed monthly on a monthly or an annual term), ports its existing numbers from the old carrier (port request ->
LOA review, sometimes rejected and resubmitted -> port completed), adds seats, opens support tickets, answers NPS
surveys, and at the end of an annual term renews or cancels (monthly-term accounts may cancel any month).
Launched 2024-10-01; the extract ends 2026-04-30.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md), plus
OUTDIR/_truth/feedback_truth.csv (the generator's topics and sentiment per comment; not a DATA.md table).
Deterministic (seed 20261207), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20261207
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2024, 10, 1), datetime(2026, 4, 30, 23, 59, 59)
N_LEADS = 11000
BUG = (datetime(2025, 11, 3), datetime(2026, 1, 20))      # Android app 5.2.0 / 5.2.1 audio-routing bug, fixed in 5.2.2
OUTAGE = datetime(2025, 9, 16, 14, 5)                      # us-east SIP trunk outage, ~4 h, US accounts
PRICE_NOTICE = datetime(2026, 1, 5)                        # Essentials price increase announced
PRICE_UP = datetime(2026, 2, 1)                            # Essentials 18 -> 22 USD per seat (monthly term)

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_visit", "官网访问", "Website visit", "awareness", "web", "digital", "marketing",
     "官网|网站|落地页|访问官网|website|site visit|landing page|web traffic"),
    ("tp_pricing", "查看价格页", "Pricing page viewed", "consideration", "web", "digital", "marketing",
     "价格页|定价页|看报价|pricing|pricing page|plans page"),
    ("tp_demo", "预约产品演示", "Sales demo booked", "consideration", "web", "digital", "sales",
     "演示|产品演示|约演示|demo|sales demo|walkthrough"),
    ("tp_trial", "免费试用注册", "Free trial signup", "consideration", "web", "digital", "growth",
     "试用|注册试用|开通试用|免费试用|free trial|trial signup|sign up|signup"),
    ("tp_app_install", "安装App与设置", "App installed & set up", "consideration", "app", "digital", "product",
     "装App|下载客户端|软电话|设置|app install|softphone|desktop app|setup|onboarding"),
    ("tp_first_call", "首次通话", "First call", "consideration", "app", "digital", "product",
     "首通|第一通电话|打出第一个电话|first call|first outbound call|aha moment"),
    ("tp_paid", "转付费订阅", "Paid subscription", "purchase", "web", "digital", "billing",
     "付费|转付费|转正|订阅|账单|扣费|convert|conversion|paid plan|subscription|subscribe|billing|invoice"),
    ("tp_port_request", "提交携号转入", "Port request submitted", "service", "web", "digital", "porting",
     "携号转入|号码携转|转号|携转申请|port request|number porting|port in|LNP"),
    ("tp_port_loa", "授权书审核", "LOA review", "service", "other", "digital", "porting",
     "授权书|LOA|授权书审核|驳回|letter of authorization|LOA review|LOA rejected"),
    ("tp_port_done", "携转完成", "Port completed", "service", "phone", "digital", "porting",
     "携转完成|号码转过来了|转号完成|port complete|port completed|FOC|numbers ported"),
    ("tp_calls", "日常通话", "Everyday calling", "service", "app", "digital", "network_ops",
     "通话|掉线|通话质量|音质|calls|calling|call quality|dropped calls|MOS|jitter"),
    ("tp_seat_add", "增加席位", "Seats added", "loyalty", "web", "digital", "account_management",
     "加席位|增加席位|加坐席|扩容|增购|add seats|seat expansion|upsell|more users|more licenses"),
    ("tp_ticket", "提交工单", "Support ticket opened", "service", "email", "digital", "support",
     "工单|报修|找客服|提工单|ticket|support ticket|support request|case"),
    ("tp_ticket_resolved", "工单解决", "Ticket resolved", "service", "email", "digital", "support",
     "工单解决|结单|已解决|resolved|ticket closed|resolution"),
    ("tp_nps", "NPS调研", "NPS survey", "loyalty", "email", "digital", "customer_success",
     "NPS|满意度调研|推荐意愿|净推荐值|survey|NPS survey"),
    ("tp_renewal_due", "续约提醒", "Renewal notice", "loyalty", "email", "digital", "account_management",
     "续约提醒|合同到期|到期提醒|renewal notice|renewal due|contract end"),
    ("tp_renewal", "完成续约", "Renewed", "loyalty", "web", "digital", "account_management",
     "续约|续费|续签|renewal|renewed|contract renewal"),
    ("tp_cancel", "取消订阅", "Cancellation", "loyalty", "web", "digital", "customer_success",
     "取消订阅|退订|流失|不用了|销户|cancel|cancellation|churn|churned"),
    ("tp_review", "点评网站评价", "Review site (G2 / Capterra)", "loyalty", "social", "digital", "marketing",
     "G2|Capterra|点评|口碑|第三方评价|review|review site|rating"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("acquisition", "官网到付费", "Website to paid", ["tp_visit", "tp_pricing", "tp_trial", "tp_paid"], 45),
    ("activation", "试用激活", "Trial activation", ["tp_trial", "tp_app_install", "tp_first_call", "tp_paid"], 30),
    ("porting", "号码携转", "Number porting", ["tp_port_request", "tp_port_loa", "tp_port_done"], 30),
    ("support", "工单处理", "Support ticket", ["tp_ticket", "tp_ticket_resolved"], 7),
    ("expansion", "席位扩充", "Seat expansion", ["tp_paid", "tp_seat_add"], 180),
    ("renewal", "年度续约", "Annual renewal", ["tp_renewal_due", "tp_renewal"], 45),
]
# country: zh, weight, share of Chinese-writing owners, support queue, carriers (en, zh, weight, median port days,
# LOA rejection rate)
COUNTRIES = {
    "United States": ("美国", 0.50, 0.05, "Americas", [
        ("AT&T", "AT&T美国电话电报", 0.28, 3.6, 0.06), ("Verizon", "威瑞森", 0.26, 3.8, 0.42),
        ("Comcast Business", "康卡斯特商业", 0.20, 4.0, 0.06), ("Spectrum", "Spectrum特许通讯", 0.14, 4.4, 0.06),
        ("Lumen", "Lumen流明", 0.12, 4.4, 0.06)]),
    "United Kingdom": ("英国", 0.20, 0.04, "EMEA", [
        ("BT", "英国电信", 0.55, 12.5, 0.06), ("Virgin Media Business", "维珍媒体商业", 0.25, 4.6, 0.06),
        ("Vodafone UK", "沃达丰英国", 0.20, 4.2, 0.06)]),
    "Canada": ("加拿大", 0.10, 0.16, "Americas", [
        ("Bell", "贝尔", 0.45, 4.4, 0.06), ("Rogers", "罗杰斯", 0.35, 4.0, 0.06), ("Telus", "泰勒斯", 0.20, 4.0, 0.06)]),
    "Australia": ("澳大利亚", 0.13, 0.15, "APAC", [
        ("Telstra", "澳洲电信", 0.60, 5.2, 0.06), ("Optus", "澳都斯", 0.40, 4.4, 0.06)]),
    "Ireland": ("爱尔兰", 0.07, 0.03, "EMEA", [
        ("Eir", "爱尔兰电信Eir", 0.60, 5.0, 0.06), ("Vodafone Ireland", "沃达丰爱尔兰", 0.40, 4.4, 0.06)]),
}
# industry: zh, weight, conversion mult, churn mult, seat-growth mult
INDUSTRIES = {
    "healthcare": ("医疗诊所", 0.13, 1.10, 0.6, 4.5), "legal": ("律师事务所", 0.11, 1.15, 0.6, 1.0),
    "real_estate": ("房地产中介", 0.15, 1.00, 3.5, 0.5), "home_services": ("家政维修服务", 0.12, 0.95, 1.3, 0.8),
    "tech": ("软件科技", 0.16, 0.95, 1.0, 1.2), "retail": ("零售门店", 0.10, 0.90, 1.2, 0.7),
    "financial_services": ("金融服务", 0.09, 1.05, 0.7, 1.1), "education": ("教育培训", 0.07, 1.00, 0.9, 0.9),
    "logistics": ("物流运输", 0.07, 0.95, 1.0, 1.0)}
SIZES = {  # band: zh, weight, seats range, numbers range, ticket factor, churn factor, p demo
    "1-10": ("1-10人", 0.46, (1, 9), (1, 3), 0.7, 1.3, 0.18),
    "11-50": ("11-50人", 0.33, (8, 36), (2, 12), 1.0, 1.0, 0.40),
    "51-200": ("51-200人", 0.16, (30, 120), (6, 40), 1.8, 0.7, 0.70),
    "201-1000": ("201-1000人", 0.05, (100, 380), (20, 150), 3.0, 0.5, 0.85)}
CHANNELS = {  # en: zh, weight, p(pricing | visit), p(trial | pricing), p(paid | trial) base
    "google_ads": ("谷歌广告", 0.30, 0.72, 0.32, 0.36), "organic_search": ("自然搜索", 0.24, 0.66, 0.48, 0.55),
    "review_site": ("点评网站", 0.14, 0.80, 0.55, 0.58), "referral": ("客户推荐", 0.10, 0.82, 0.66, 0.66),
    "partner": ("渠道伙伴", 0.10, 0.86, 0.74, 0.88), "outbound_sdr": ("销售外呼", 0.12, 0.60, 0.44, 0.52)}
TIERS = {"essentials": ("基础版", 18.0), "pro": ("专业版", 29.0), "enterprise": ("企业版", 42.0)}
TERMS = {"monthly": "月付合同", "annual": "年度合同"}
SEGMENTS = {"lead": "潜在客户", "trial_expired": "试用未转化", "new": "新付费客户", "active": "活跃付费客户",
            "churned": "已流失"}
TICKET_CATS = {  # en: zh, base weight
    "billing": ("账单计费", 0.20), "number_routing": ("来电路由", 0.18), "integrations": ("集成对接", 0.15),
    "account_access": ("账号登录", 0.12), "hardware": ("话机硬件", 0.09), "e911": ("E911紧急地址", 0.08),
    "feature_request": ("功能需求", 0.10), "call_quality": ("通话质量", 0.08),
    "porting": ("号码携转", 0.0), "outage": ("服务中断", 0.0)}
CHURN_REASONS = {
    "price_increase": "涨价", "too_expensive": "价格太贵", "switched_competitor": "换用竞品",
    "call_quality": "通话质量差", "business_closed": "业务关停或缩减", "missing_feature": "缺少功能",
    "porting_issue": "号码携转问题", "payment_failed": "扣款失败", "poor_support": "客服支持差"}
REJECT = {"missing_account_pin": "缺少账户PIN", "name_mismatch": "公司名称不符", "address_mismatch": "服务地址不符",
          "missing_bill": "缺少近期账单"}
OTYPE = {"subscription": "订阅费", "addon": "增值功能", "usage": "通话用量费", "hardware": "话机硬件"}
PLATFORMS = ["windows", "mac", "ios", "android"]
REPS = ["Megan Lee", "Tom Walsh", "Priya Nair", "Jack O'Brien", "Chloe Martin", "Sam Reid"]
CSMS = ["Olivia Grant", "Ben Carter", "Aisha Khan", "Liam Foster", "Grace Wu"]

TXT = {  # topic: (zh texts, en texts)
    "porting_slow": (["号码携转已经等了两个多星期，还没转过来", "携转进度太慢了，客户打我们老号码都打不通",
                      "BT那边的携转一直卡着，没人告诉我们什么时候能好", "号码携转比销售说的慢太多"],
                     ["Our number porting has been stuck for over two weeks",
                      "Porting is painfully slow - customers still can't reach us on our old number",
                      "Still waiting on porting, BT hasn't released our numbers and nobody gives us a date",
                      "The porting took far longer than sales promised"]),
    "loa": (["授权书被驳回了，说缺少原运营商的账户PIN", "授权书审核又没通过，公司名称和账单上的不一致",
             "转号授权书来回改了三次"],
            ["Our LOA got rejected because the account PIN was missing",
             "The LOA was rejected again over a mismatch in the service address",
             "Had to resubmit the LOA three times before anyone accepted it"]),
    "call_drop": (["安卓App打电话老是掉线", "通话三十秒左右就掉线，客户很不满", "更新App以后安卓手机上通话频繁掉线"],
                  ["Calls keep dropping after about 30 seconds on the Android app",
                   "Dropped calls all day on our Android phones since the last update",
                   "Half our calls from the Android app drop mid-conversation"]),
    "echo": (["通话有回声，对方听到自己的声音", "会议通话回声很重"],
             ["There's an echo on calls to landlines", "Customers hear an echo on conference calls"]),
    "outage": (["9月16号下午整个服务中断了四个小时，电话打不进来", "服务中断那天我们漏接了好多客户来电"],
               ["The outage on the 16th knocked out our phones for four hours",
                "Total outage this afternoon - no inbound or outbound calls",
                "That outage cost us a full afternoon of sales calls"]),
    "price_hike": (["基础版涨价了，每个席位从18涨到22美元，太离谱", "涨价也不提前好好沟通", "这次涨价让我们考虑换别家"],
                   ["The price increase on Essentials from $18 to $22 a seat is hard to swallow",
                    "A 22% price increase with one month's notice is not ok",
                    "We're reconsidering after the price increase"]),
    "billing_error": (["这个月账单多扣了已经删掉的席位的钱", "被重复扣费了，麻烦退款"],
                      ["We were charged for seats we removed last month", "Got double charged on this invoice"]),
    "slow_support": (["客服回复太慢了，等了一天多才有人理", "工单提交了一整晚都没人回复，时差问题太明显"],
                     ["Took over a day to hear back from support",
                      "We're in Sydney and never hear back from support until the next day",
                      "Waited hours to hear back on an urgent ticket"]),
    "great_support": (["客服很给力，十分钟就解决了", "客服很给力，耐心帮我们把IVR配好了"],
                      ["Support was super helpful and fixed it in ten minutes",
                       "Support sorted it out within the hour, great service"]),
    "e911": (["E911紧急地址一直验证不通过", "设置E911地址的流程太绕了"],
             ["E911 address validation keeps failing for our second office", "Setting up E911 addresses is confusing"]),
    "call_clarity": (["通话音质很清晰，比以前的座机好多了", "声音很清晰，没有延迟"],
                     ["Call quality is crystal clear", "Crystal clear audio even on hotel wifi"]),
    "easy_setup": (["设置特别简单，上手很快", "后台界面清楚，新员工上手很快"],
                   ["We were set up in under an hour", "Easy to set up, the whole team was live the same day"]),
    "missing_feature": (["希望能有短信群发功能", "希望能有更好的呼叫中心报表"],
                        ["Wish it had proper SMS campaigns", "Wish it had better call-centre analytics"]),
    "integrations": (["和HubSpot的集成经常不同步", "Salesforce里的通话记录对不上"],
                     ["The HubSpot integration stops syncing call logs", "Salesforce call logging is unreliable"]),
    "hardware": (["寄来的Yealink话机有一台开不了机"], ["One of the Yealink desk phones won't power on"]),
    "routing": (["IVR菜单改了以后来电转接乱了", "呼叫转移设置不生效"],
                ["The IVR menu sends callers to the wrong team", "Call forwarding rules don't apply after hours"]),
    "account_access": (["管理员账号登不上，重置密码邮件收不到"], ["Locked out of the admin console, reset email never arrives"]),
    "too_expensive": (["对我们这种小团队来说太贵了"], ["Too expensive for a team our size"]),
    "competitor": (["我们换成了Zoom Phone", "公司决定换成Teams电话"],
                   ["We're switching to Zoom Phone", "Switching to Microsoft Teams Phone as part of our M365 deal"]),
    "business_closed": (["办公室关了，暂时用不上了"], ["We're closing the office for now"]),
}
GEN = {
    "pos": (["整体很满意", "用起来挺顺手的", "已经推荐给同行了"], ["Overall very happy", "Does what we need",
                                                        "Would recommend to other firms"]),
    "neu": (["还行，有待改进", "一般般"], ["It's fine", "Does the job, nothing special"]),
    "neg": (["体验很差", "很失望"], ["Very disappointed", "Not what we expected"]),
}
NEG_TOPICS = {"porting_slow", "loa", "call_drop", "echo", "outage", "price_hike", "billing_error", "slow_support",
              "e911", "missing_feature", "integrations", "hardware", "routing", "account_access", "too_expensive",
              "competitor"}
POS_TOPICS = {"great_support", "call_clarity", "easy_setup"}
TOPIC_TP = [("porting_slow", "tp_port_done"), ("loa", "tp_port_loa"), ("call_drop", "tp_calls"), ("outage", "tp_calls"),
            ("echo", "tp_calls"), ("price_hike", "tp_paid"), ("billing_error", "tp_paid"),
            ("too_expensive", "tp_paid"), ("slow_support", "tp_ticket_resolved"), ("e911", "tp_app_install"),
            ("routing", "tp_calls"), ("integrations", "tp_app_install"), ("hardware", "tp_app_install"),
            ("account_access", "tp_app_install"), ("missing_feature", "tp_calls"), ("competitor", "tp_cancel"),
            ("great_support", "tp_ticket_resolved"), ("call_clarity", "tp_calls"), ("easy_setup", "tp_app_install")]
CHANNEL_TP = {"support_ticket": "tp_ticket", "csat": "tp_ticket_resolved", "nps_survey": "tp_nps",
              "review_site": "tp_review", "churn_survey": "tp_cancel"}
CAT_TOPIC = {"billing": "billing_error", "number_routing": "routing", "integrations": "integrations",
             "account_access": "account_access", "hardware": "hardware", "e911": "e911",
             "feature_request": "missing_feature", "outage": "outage"}
REASON_TOPIC = {"price_increase": "price_hike", "too_expensive": "too_expensive", "switched_competitor": "competitor",
                "call_quality": "call_drop", "business_closed": "business_closed", "missing_feature": "missing_feature",
                "porting_issue": "porting_slow", "poor_support": "slow_support"}
NAME_A = ["Harbor", "Maple", "Summit", "Bluewater", "Oakridge", "Riverside", "Northgate", "Kestrel", "Granite",
          "Willow", "Beacon", "Cedar", "Silverline", "Brightside", "Fairview", "Redwood", "Lakeshore", "Pinecrest",
          "Ashford", "Clearwater", "Highland", "Meadow", "Southbank", "Westfield", "Ironbark", "Coastal"]
NAME_B = {"healthcare": ["Family Dental", "Physio", "Medical Group", "Vet Clinic", "Health"],
          "legal": ["Law", "Legal LLP", "& Partners Solicitors", "Law Group"],
          "real_estate": ["Realty", "Property Group", "Estate Agents", "Homes"],
          "home_services": ["Plumbing", "Electrical", "HVAC", "Cleaning Co"],
          "tech": ["Software", "Labs", "Digital", "Systems"], "retail": ["Outfitters", "Furniture", "Boutique", "Cycles"],
          "financial_services": ["Wealth", "Accounting", "Mortgage Brokers", "Insurance"],
          "education": ["Tutoring", "Academy", "Learning Centre"], "logistics": ["Freight", "Couriers", "Logistics"]}


def pick(vals, w):
    w = np.asarray(w, float)
    return vals[int(rng.choice(len(vals), p=w / w.sum()))]


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def add_months(t, k):
    y, m = divmod(t.month - 1 + k, 12)
    return t.replace(year=t.year + y, month=m + 1, day=min(t.day, 28))


def month_end(y, m):
    return (datetime(y + (m == 12), m % 12 + 1, 1) - D(minutes=10))


def work_hours(t):
    """move a timestamp into office hours (8:00-18:00) of its day or the next day."""
    if t.hour < 8:
        return t.replace(hour=8) + D(minutes=float(rng.uniform(0, 90)))
    if t.hour >= 18:
        return (t + D(days=1)).replace(hour=8) + D(minutes=float(rng.uniform(0, 90)))
    return t


def list_price(tier, term, t):
    p = TIERS[tier][1]
    if tier == "essentials" and t >= PRICE_UP:
        p = 22.0
    return round(p * (0.85 if term == "annual" else 1.0), 2)


class Gen:
    def __init__(self):
        self.events, self.orders, self.feedback, self.truth = [], [], [], []
        self.n = dict(ev=0, ord=0, fb=0, tr=0, sub=0, pt=0, tk=0)

    def nid(self, k):
        self.n[k] += 1
        return self.n[k]

    def ev(self, c, t, tp, sid, action, **kw):
        if t > END:
            return False
        row = dict(event_id=f"E{self.nid('ev'):07d}", customer_id=c["customer_id"], ts=ts(t), touchpoint_id=tp,
                   session_id=sid, action=action)
        row.update(kw)
        self.events.append(row)
        return True

    def order(self, c, t, amount, otype, sub, status="paid", **kw):
        if t > END:
            return None
        row = dict(order_id=f"INV-{self.nid('ord'):06d}", customer_id=c["customer_id"], ts=ts(t),
                   amount=round(float(amount), 2), status=status, channel=c["sales_channel"], order_type=otype,
                   订单类型=OTYPE[otype], invoice_month=t.strftime("%Y-%m"), subscription_id=sub,
                   payment_method=c["pay_method"], currency="USD")
        row.update(kw)
        self.orders.append(row)
        return row

    def fb(self, c, t, topics, channel, rating=None, nps=None, undated=False, gen=None, no_customer=False, **kw):
        if t > END:
            return
        fid = f"FB{self.nid('fb'):05d}"
        lang = "zh" if (c["lang"] == "zh" and rng.random() < 0.85) else "en"
        li = 0 if lang == "zh" else 1
        parts = [str(rng.choice(TXT[k][li])) for k in topics]
        if gen is None:
            gen = "neg" if (set(topics) & NEG_TOPICS) else ("pos" if topics else "neu")
        if not topics or rng.random() < 0.3:
            parts.append(str(rng.choice(GEN[gen][li])))
        text = ("，" if lang == "zh" else ". ").join(parts) + ("。" if lang == "zh" else ".")
        tp = next((t_ for k, t_ in TOPIC_TP if k in topics), CHANNEL_TP[channel])
        neg = bool(set(topics) & NEG_TOPICS) or (rating is not None and rating <= 2) or gen == "neg"
        senti = "negative" if neg else ("positive" if (gen == "pos" or set(topics) & POS_TOPICS) else "neutral")
        row = dict(feedback_id=fid, text=text, ts=None if undated else ts(t),
                   customer_id=None if no_customer else c["customer_id"], touchpoint_id=tp, channel=channel,
                   rating=rating, nps=nps, language=lang, plan_tier=c.get("tier"),
                   套餐=TIERS[c["tier"]][0] if c.get("tier") else None, industry=c["industry"],
                   行业=INDUSTRIES[c["industry"]][0], company_size=c["size"], region=c["country"],
                   地区=COUNTRIES[c["country"]][0])
        row.update(kw)
        self.feedback.append(row)
        self.truth.append(dict(feedback_id=fid, topics="|".join(sorted(topics)), sentiment=senti))

    # ---------- leads ----------
    def leads(self):
        days, d = [], START
        while d <= END - D(days=2):
            g = 0.55 + 0.95 * (d - START).days / 575
            s = {12: 0.75, 1: 1.2, 8: 0.85}.get(d.month, 1.0) * (0.55 if d.weekday() >= 5 else 1.0)
            days.append((d, g * s))
            d += D(days=1)
        w = np.array([x[1] for x in days])
        idx = np.sort(rng.choice(len(days), size=N_LEADS, p=w / w.sum()))
        self.cust = []
        for i, k in enumerate(idx):
            t = days[k][0] + D(hours=float(rng.uniform(7, 22)))
            country = pick(list(COUNTRIES), [v[1] for v in COUNTRIES.values()])
            ind = pick(list(INDUSTRIES), [v[1] for v in INDUSTRIES.values()])
            size = pick(list(SIZES), [v[1] for v in SIZES.values()])
            ch = pick(list(CHANNELS), [v[1] for v in CHANNELS.values()])
            name = f"{NAME_A[int(rng.integers(len(NAME_A)))]} {str(rng.choice(NAME_B[ind]))}"
            self.cust.append(dict(
                customer_id=f"AC{i + 1:05d}", first_seen=t, country=country, industry=ind, size=size, channel=ch,
                company=name, lang="zh" if rng.random() < COUNTRIES[country][2] else "en",
                crm=pick(["hubspot", "salesforce", "none"], [0.3, 0.2, 0.5]), csm=str(rng.choice(CSMS)),
                sales_channel="partner" if ch == "partner" else ("sales_assisted" if size in ("51-200", "201-1000")
                                                                 else "self_serve"),
                pay_method=pick(["card", "ach", "direct_debit"],
                                [0.6, 0.4, 0.0] if country in ("United States", "Canada") else [0.55, 0.0, 0.45]),
                trial=None, paid=None, tier=None, seats=None, term=None, churned=None, platforms=[], demo=False,
                slow_port=None, bad_support=False))

    # ---------- one lead ----------
    def lead(self, c):
        ch = CHANNELS[c["channel"]]
        sz = SIZES[c["size"]]
        t = c["first_seen"]
        web_dev = "desktop" if rng.random() < 0.78 else "mobile"
        self.ev(c, t, "tp_visit", None, "view", device=web_dev, channel=c["channel"],
                page=pick(["home", "features", "blog", "integrations", "compare"], [0.4, 0.2, 0.2, 0.1, 0.1]),
                campaign=pick(["brand", "voip_for_small_business", "ringcentral_alternative", "none"],
                              [0.3, 0.4, 0.3, 0.0]) if c["channel"] == "google_ads" else None)
        tv = t
        for _ in range(int(rng.poisson(0.9))):
            tv = tv + D(days=float(rng.exponential(4) + 0.05))
            self.ev(c, tv, "tp_visit", None, "view", device=web_dev, channel="direct",
                    page=pick(["features", "blog", "integrations", "customers"], [0.3, 0.3, 0.2, 0.2]))
        if rng.random() > ch[2]:
            return
        tp = t + D(hours=float(rng.exponential(30) + 0.05))
        self.ev(c, tp, "tp_pricing", None, "view", device=web_dev, channel="web",
                plan_viewed=pick(["essentials", "pro", "enterprise"], [0.4, 0.4, 0.2]))
        t_last = tp
        if rng.random() < sz[6]:
            td = tp + D(days=float(rng.uniform(0.5, 6)))
            if self.ev(c, work_hours(td), "tp_demo", None, "booked", channel="web", sales_rep=str(rng.choice(REPS))):
                c["demo"] = True
                t_last = work_hours(td)
        p_trial = ch[3] * 0.9 * (1.25 if c["demo"] else 1.0)
        if rng.random() > p_trial:
            return
        if rng.random() < 0.08:
            tt = t_last + D(days=float(rng.uniform(50, 90)))
        else:
            tt = t_last + D(hours=float(rng.exponential(50) + 0.2))
        trid = f"TR{self.nid('tr'):05d}"
        if not self.ev(c, tt, "tp_trial", trid, "signup", device=web_dev, channel="web", trial_days=14):
            return
        c["trial"] = tt
        # ---- activation
        p_inst = 0.47 + (0.25 if c["demo"] else 0.0) + (0.08 if c["size"] != "1-10" else 0.0)
        call = None
        plat = pick(PLATFORMS, [0.34, 0.2, 0.22, 0.24])
        c["platforms"] = [plat]
        for p in PLATFORMS:
            if p != plat and c["size"] != "1-10" and rng.random() < 0.35:
                c["platforms"].append(p)
        if rng.random() < p_inst:
            ti = tt + D(hours=float(rng.exponential(20) + 0.1))
            ver = self.app_version(plat, ti)
            self.ev(c, ti, "tp_app_install", trid, "installed", device=plat, channel="app", app_version=ver)
            if rng.random() < 0.86:
                tc = ti + D(hours=float(rng.exponential(14) + 0.05))
                bug = plat == "android" and BUG[0] <= tc < BUG[1]
                dropped = rng.random() < (0.40 if bug else 0.05)
                call = "dropped" if dropped else "connected"
                self.ev(c, tc, "tp_first_call", trid, call, device=plat, channel="app",
                        app_version=self.app_version(plat, tc),
                        call_seconds=int(rng.uniform(8, 40)) if dropped else int(rng.uniform(40, 600)))
                t_call = tc
        # ---- conversion
        p_paid = ch[4] * INDUSTRIES[c["industry"]][2] * (1.15 if c["demo"] else 1.0)
        p_paid *= {"connected": 1.0, "dropped": 0.4, None: 0.12}[call]
        if rng.random() > min(p_paid, 0.95):
            if rng.random() < 0.025:
                tr = tt + D(days=float(rng.uniform(20, 120)))
                self.fb(c, tr, ["call_drop"] if call == "dropped" else ["missing_feature"], "review_site",
                        rating=float(pick([1, 2, 3], [0.3, 0.4, 0.3])), undated=rng.random() < 0.45,
                        review_platform=pick(["g2", "capterra"], [0.6, 0.4]))
            return
        if rng.random() < 0.85:
            tpd = tt + D(days=float(rng.uniform(4, 15)))
        else:
            tpd = tt + D(days=float(rng.uniform(15, 40)))
        if call is not None and tpd <= t_call:
            tpd = t_call + D(hours=float(rng.uniform(1, 48)))
        self.subscription(c, work_hours(tpd))

    def app_version(self, plat, t):
        if plat != "android":
            return "5.1" if t < datetime(2025, 11, 3) else "5.2"
        if t < BUG[0]:
            return "5.1.4"
        if t < datetime(2025, 12, 8):
            return "5.2.0"
        if t < BUG[1]:
            return "5.2.1"
        return "5.2.2"

    # ---------- paid subscription ----------
    def subscription(self, c, t0):
        sz = SIZES[c["size"]]
        tier = {"1-10": pick(["essentials", "pro"], [0.72, 0.28]),
                "11-50": pick(["essentials", "pro", "enterprise"], [0.33, 0.6, 0.07]),
                "51-200": pick(["pro", "enterprise"], [0.55, 0.45]),
                "201-1000": pick(["pro", "enterprise"], [0.15, 0.85])}[c["size"]]
        seats = int(rng.integers(sz[2][0], sz[2][1] + 1))
        term = "annual" if rng.random() < (0.25 if c["size"] == "1-10" else 0.45) else "monthly"
        sub = f"SUB{self.nid('sub'):05d}"
        price = list_price(tier, term, t0)
        if not self.ev(c, t0, "tp_paid", sub, "subscribed", channel="web", plan_tier=tier, 套餐=TIERS[tier][0],
                       seats_after=seats, contract_term=term, 合同期限=TERMS[term], price_per_seat=price):
            return
        c.update(paid=t0, tier=tier, seats=seats, term=term, sub=sub)
        addon = tier != "essentials" and rng.random() < 0.22
        # ---- porting
        if rng.random() < 0.72:
            self.port(c, t0)
        # hardware
        if c["size"] != "1-10" and rng.random() < 0.28:
            phones = max(1, int(seats * rng.uniform(0.2, 0.7)))
            self.order(c, t0 + D(minutes=20), phones * rng.uniform(89, 199), "hardware", sub, plan_tier=tier,
                       套餐=TIERS[tier][0], seats=phones, contract_term=term, 合同期限=TERMS[term])
        term_start, term_price = t0, price
        k = 0
        t_end = END
        android = "android" in c["platforms"]
        while True:
            inv_t = t0 + D(minutes=5) if k == 0 else add_months(t0.replace(hour=6, minute=0, second=0), k)
            if inv_t > END:
                break
            # ---- renewal / cancellation at the boundary
            if k > 0:
                reason = None
                if term == "annual" and add_months(term_start, 12) <= inv_t + D(days=1):
                    due = inv_t - D(days=30)
                    self.ev(c, due, "tp_renewal_due", sub, "notice_sent", channel="email", plan_tier=tier,
                            套餐=TIERS[tier][0], seats_after=seats, contract_term=term, 合同期限=TERMS[term])
                    p_ren = 0.88 * (0.55 if c["industry"] == "real_estate" else 1.0)
                    if tier == "essentials" and inv_t >= PRICE_NOTICE:
                        p_ren *= 0.7
                    if rng.random() < p_ren:
                        tr = inv_t - D(days=float(rng.uniform(1, 26)))
                        self.ev(c, work_hours(tr), "tp_renewal", sub, "renewed", channel="web", plan_tier=tier,
                                套餐=TIERS[tier][0], seats_after=seats, contract_term=term, 合同期限=TERMS[term])
                        term_start = inv_t
                        term_price = list_price(tier, term, inv_t)
                    else:
                        reason = "price_increase" if (tier == "essentials" and inv_t >= PRICE_NOTICE and
                                                      rng.random() < 0.6) else None
                        reason = reason or self.base_reason(c)
                        tc = inv_t - D(days=float(rng.uniform(0.5, 12)))
                        self.cancel(c, tc, sub, reason)
                        t_end = tc
                        break
                elif term == "monthly":
                    h = 0.021 * INDUSTRIES[c["industry"]][3] * sz[5]
                    if c["country"] == "Australia":
                        h *= 1.3
                    extra = []
                    if tier == "essentials" and inv_t >= PRICE_UP:
                        extra.append(("price_increase", 0.075))
                    elif tier == "essentials" and inv_t >= PRICE_NOTICE:
                        extra.append(("price_increase", 0.03))
                    if android and datetime(2025, 11, 20) <= inv_t < datetime(2026, 2, 15):
                        extra.append(("call_quality", 0.035))
                    if c["slow_port"] is not None and 0 <= (inv_t - c["slow_port"]).days < 45:
                        extra.append(("porting_issue", 0.08))
                    if c["bad_support"]:
                        extra.append(("poor_support", 0.02))
                    u = rng.random()
                    acc = h
                    if u < acc:
                        reason = self.base_reason(c)
                    else:
                        for r, p in extra:
                            acc += p
                            if u < acc:
                                reason = r
                                break
                    if c.get("failed_payment"):
                        reason = "payment_failed"
                    if reason:
                        tc = inv_t - D(days=float(rng.uniform(0.5, 12)))
                        if reason == "payment_failed":
                            tc = c["failed_payment"] + D(days=float(rng.uniform(10, 20)))
                        tc = max(tc, add_months(t0, k - 1) + D(days=1))
                        self.cancel(c, tc, sub, reason)
                        t_end = tc
                        break
            # ---- invoices
            unit = term_price if term == "annual" else list_price(tier, term, inv_t)
            r = rng.random()
            status = "paid" if r < 0.975 else ("cancelled" if r < 0.988 else "refunded")
            if k == 0 and status == "cancelled":
                status = "paid"
            common = dict(plan_tier=tier, 套餐=TIERS[tier][0], contract_term=term, 合同期限=TERMS[term])
            self.order(c, inv_t, seats * unit, "subscription", sub, status=status, seats=seats, price_per_seat=unit,
                       **common)
            c["failed_payment"] = inv_t if (status == "cancelled" and rng.random() < 0.5) else None
            if status == "refunded":
                self.billing_ticket(c, inv_t + D(days=float(rng.uniform(1, 6))))
            if addon:
                agents = max(1, int(seats * 0.3))
                self.order(c, inv_t + D(seconds=30), agents * 15.0, "addon", sub, seats=agents, price_per_seat=15.0,
                           addon="contact_center", **common)
            if rng.random() < 0.35:
                self.order(c, inv_t + D(seconds=60), seats * rng.uniform(0.5, 6.0) + 5, "usage", sub,
                           usage_type=pick(["international", "toll_free", "sms"], [0.5, 0.3, 0.2]), **common)
            # ---- life during the month
            nxt = add_months(t0.replace(hour=6, minute=0, second=0), k + 1)
            span = (min(nxt, END) - inv_t).total_seconds() / 86400.0
            if span <= 0:
                break
            if rng.random() < 0.05 * INDUSTRIES[c["industry"]][4] * {"essentials": 0.8, "pro": 1.3,
                                                                     "enterprise": 1.1}[tier] and k > 0:
                ta = work_hours(inv_t + D(days=float(rng.uniform(0, span))))
                add = max(1, int(round(seats * rng.uniform(0.08, 0.3))))
                if self.ev(c, ta, "tp_seat_add", sub, "seats_added", channel="web", plan_tier=tier,
                           套餐=TIERS[tier][0], seats_before=seats, seats_added=add, seats_after=seats + add,
                           contract_term=term, 合同期限=TERMS[term]):
                    seats += add
                    c["seats"] = seats
            lam = 0.09 * sz[4]
            if android and BUG[0] <= inv_t + D(days=span / 2) < BUG[1] + D(days=5):
                lam += 0.35
            for _ in range(int(rng.poisson(lam * span / 30.0))):
                tk = inv_t + D(days=float(rng.uniform(0, span)))
                cat = None
                if android and BUG[0] <= tk < BUG[1] and rng.random() < 0.8:
                    cat = "call_quality"
                self.ticket(c, tk, cat)
            if c["country"] == "United States" and inv_t <= OUTAGE < nxt and rng.random() < 0.3:
                self.ticket(c, OUTAGE + D(minutes=float(rng.uniform(5, 300))), "outage")
            if tier == "essentials" and inv_t <= PRICE_UP < nxt and rng.random() < 0.12:
                self.billing_ticket(c, PRICE_UP + D(days=float(rng.uniform(0, 10))), hike=True)
            k += 1
        c["end"] = t_end
        self.usage(c, t0, t_end)
        self.surveys(c, t0, t_end)
        if rng.random() < 0.14 and (t_end - t0).days > 60:
            tr = t0 + D(days=float(rng.uniform(60, max(61, (t_end - t0).days + 20))))
            topics, rating = self.experience(c, tr)
            self.fb(c, tr, topics, "review_site", rating=rating, undated=rng.random() < 0.45,
                    no_customer=rng.random() < 0.3, review_platform=pick(["g2", "capterra"], [0.6, 0.4]))

    def base_reason(self, c):
        if c["industry"] == "real_estate" and rng.random() < 0.5:
            return "business_closed"
        return pick(["too_expensive", "switched_competitor", "business_closed", "missing_feature"],
                    [0.3, 0.3, 0.2, 0.2])

    def cancel(self, c, t, sub, reason):
        if not self.ev(c, t, "tp_cancel", sub, "cancelled", channel="web", plan_tier=c["tier"],
                       套餐=TIERS[c["tier"]][0], seats_before=c["seats"], contract_term=c["term"],
                       合同期限=TERMS[c["term"]], churn_reason=reason, 流失原因=CHURN_REASONS[reason]):
            return
        c["churned"] = t
        if rng.random() < 0.55:
            topics = [REASON_TOPIC[reason]] if reason in REASON_TOPIC else []
            self.fb(c, t + D(hours=float(rng.uniform(0.2, 30))), topics, "churn_survey", churn_reason=reason,
                    流失原因=CHURN_REASONS[reason])

    def experience(self, c, t):
        """topics and a 1-5 rating for a review written at t."""
        topics = []
        stars = float(pick([5, 4, 3, 2], [0.5, 0.32, 0.12, 0.06]))
        if "android" in c["platforms"] and BUG[0] <= t < BUG[1] + D(days=30):
            topics.append("call_drop")
            stars -= 2.5
        if c["slow_port"] is not None and t - c["slow_port"] < D(days=90):
            topics.append("porting_slow")
            stars -= 2.0
        if c["tier"] == "essentials" and t >= PRICE_NOTICE and rng.random() < 0.5:
            topics.append("price_hike")
            stars -= 1.5
        if c["bad_support"] and rng.random() < 0.5:
            topics.append("slow_support")
            stars -= 1.0
        if not topics:
            if rng.random() < 0.35:
                topics.append(pick(["call_clarity", "easy_setup", "great_support"], [0.45, 0.35, 0.2]))
                stars = 5.0 if rng.random() < 0.8 else 4.0
            elif rng.random() < 0.15:
                topics.append(pick(["missing_feature", "integrations", "echo"], [0.5, 0.3, 0.2]))
                stars -= 1.0
        return topics, float(min(5, max(1, round(stars))))

    # ---------- porting ----------
    def port(self, c, t_paid):
        carriers = COUNTRIES[c["country"]][4]
        car = pick(carriers, [x[2] for x in carriers])
        if rng.random() < 0.15 and c["trial"] is not None:
            tr = c["trial"] + D(days=float(rng.uniform(1, 4)))
            tr = min(tr, t_paid - D(hours=1))
        else:
            tr = t_paid + D(days=float(rng.exponential(3) + 0.1))
        tr = work_hours(tr)
        pid = f"PT{self.nid('pt'):05d}"
        lo, hi = SIZES[c["size"]][3]
        nums = int(rng.integers(lo, hi + 1))
        kw = dict(losing_carrier=car[0], 原运营商=car[1], numbers_count=nums)
        if not self.ev(c, tr, "tp_port_request", pid, "submitted", channel="web", **kw):
            return
        t = tr
        approved = None
        for attempt in range(3):
            gap = float(rng.uniform(0.3, 2.5)) if attempt == 0 else float(rng.exponential(2.5) + 0.5)
            t = work_hours(t + D(days=gap))
            p_rej = car[4] if attempt == 0 else 0.08
            if rng.random() < p_rej:
                if car[0] == "Verizon":
                    why = pick(list(REJECT), [0.8, 0.08, 0.08, 0.04])
                else:
                    why = pick(list(REJECT), [0.1, 0.4, 0.35, 0.15])
                if not self.ev(c, t, "tp_port_loa", pid, "rejected", channel="other", reject_reason=why,
                               驳回原因=REJECT[why], **kw):
                    return
                if rng.random() < 0.35:
                    self.ticket(c, t + D(hours=float(rng.uniform(1, 30))), "porting", topic="loa", pid=pid)
                if rng.random() > 0.85:
                    break
            else:
                if not self.ev(c, t, "tp_port_loa", pid, "approved", channel="other", **kw):
                    return
                approved = t
                break
        if approved is None:
            return
        days = float(rng.lognormal(np.log(car[3]), 0.35))
        td = approved + D(days=days)
        total = (td - tr).total_seconds() / 86400
        if total > 9:
            c["slow_port"] = td
            if rng.random() < 0.6:
                self.ticket(c, tr + D(days=float(rng.uniform(6, min(total, 9)))), "porting", topic="porting_slow",
                            pid=pid)
        self.ev(c, td, "tp_port_done", pid, "completed", channel="phone", numbers_ported=nums, **kw)

    # ---------- support ----------
    def ticket(self, c, t, cat=None, topic=None, pid=None):
        if t > END:
            return
        if cat is None:
            cats = [k for k, v in TICKET_CATS.items() if v[1] > 0]
            cat = pick(cats, [TICKET_CATS[k][1] for k in cats])
        tid = f"TK{self.nid('tk'):05d}"
        queue = COUNTRIES[c["country"]][3]
        au = c["country"] == "Australia"
        prio = "urgent" if cat in ("outage", "call_quality") else pick(["low", "normal", "high"], [0.3, 0.55, 0.15])
        frm = float(rng.lognormal(np.log(520 if au else 30), 0.6))
        kw = dict(ticket_category=cat, 工单类型=TICKET_CATS[cat][0], priority=prio, support_queue=queue)
        self.ev(c, t, "tp_ticket", tid, "opened", channel=pick(["email", "chat", "phone"], [0.45, 0.35, 0.2]),
                first_response_minutes=round(frm, 0), **kw)
        if topic is None:
            if cat == "call_quality":
                topic = "call_drop" if ("android" in c["platforms"] and BUG[0] <= t < BUG[1]) or rng.random() < 0.4 \
                    else "echo"
            elif cat == "porting":
                topic = "porting_slow"
            else:
                topic = CAT_TOPIC[cat]
        if rng.random() < 0.55:
            self.fb(c, t + D(minutes=1), [topic], "support_ticket", ticket_id=tid, ticket_category=cat,
                    工单类型=TICKET_CATS[cat][0])
        med = {"outage": 3.0, "porting": 30.0}.get(cat, 5.0) * (4.5 if au else 1.0)
        hrs = float(rng.lognormal(np.log(med), 0.7))
        if rng.random() < 0.06:
            hrs += float(rng.uniform(170, 400))
        tr = t + D(hours=hrs)
        if not self.ev(c, tr, "tp_ticket_resolved", tid, "resolved", channel="email",
                       resolution_code=pick(["fixed", "config_change", "workaround", "duplicate"], [0.5, 0.3, 0.15, 0.05]),
                       **kw):
            return
        slow = hrs > 24 or frm > 240
        if slow:
            c["bad_support"] = c["bad_support"] or (au and rng.random() < 0.5)
        if rng.random() < 0.4:
            stars = float(pick([5, 4, 3, 2, 1], [0.48, 0.3, 0.12, 0.06, 0.04]))
            topics = []
            if slow:
                stars -= 1.5
                topics.append("slow_support")
            if cat == "porting":
                stars -= 1.6
                if rng.random() < 0.5:
                    topics.append(topic)
            elif cat == "outage":
                stars -= 0.6
            elif cat == "call_quality" and topic == "call_drop":
                stars -= 1.0
            stars = float(min(5, max(1, round(stars))))
            if not topics and stars >= 4 and hrs < 3 and rng.random() < 0.5:
                topics.append("great_support")
            gen = "pos" if stars >= 4 else ("neu" if stars == 3 else "neg")
            self.fb(c, tr + D(minutes=float(rng.uniform(10, 600))), topics, "csat", rating=stars, gen=gen,
                    ticket_id=tid, ticket_category=cat, 工单类型=TICKET_CATS[cat][0])

    def billing_ticket(self, c, t, hike=False):
        self.ticket(c, t, "billing", topic="price_hike" if hike else "billing_error")

    # ---------- usage summaries ----------
    def usage(self, c, t0, t_end):
        y, m = t0.year, t0.month
        while True:
            me = month_end(y, m)
            t = min(me, t_end, END)
            if t < t0:
                break
            ms = datetime(y, m, 1)
            frac = ((t - max(ms, t0)).total_seconds() / 86400.0) / ((me - ms).total_seconds() / 86400.0)
            for p in c["platforms"]:
                share = (0.6 if p == c["platforms"][0] else 0.4 / max(1, len(c["platforms"]) - 1)) \
                    if len(c["platforms"]) > 1 else 1.0
                calls = int(round(c["seats"] * rng.uniform(40, 110) * share * frac))
                if calls <= 0:
                    continue
                pd_ = 0.011
                mos = 4.25
                if p == "android":
                    ov = (min(t, BUG[1]) - max(ms, BUG[0])).total_seconds()
                    if ov > 0:
                        f = ov / max(1.0, (t - ms).total_seconds())
                        pd_ += 0.08 * f
                        mos -= 0.8 * f
                if c["country"] == "United States" and y == 2025 and m == 9:
                    pd_ += 0.006
                dropped = int(rng.binomial(calls, min(pd_, 0.5)))
                self.ev(c, t, "tp_calls", c["sub"], "usage_summary", device=p, channel="app", usage_month=f"{y}-{m:02d}",
                        calls=calls, minutes=round(calls * float(rng.uniform(2.5, 5.0)), 0), dropped_calls=dropped,
                        avg_mos=round(mos + float(rng.normal(0, 0.05)), 2))
            if t >= t_end or t >= END:
                break
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)

    # ---------- NPS surveys ----------
    def surveys(self, c, t0, t_end):
        off = int(c["customer_id"][2:]) % 3
        y, m = t0.year, t0.month
        while True:
            t = datetime(y, m, 10, 15, 0)
            if t > END or t > t_end:
                break
            if (y * 12 + m) % 3 == off and (t - t0).days >= 30 and rng.random() < 0.32:
                tr = t + D(hours=float(rng.exponential(36) + 0.2))
                if tr < t_end:
                    self.nps(c, tr)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)

    def nps(self, c, t):
        mu = 8.4
        topics = []
        if "android" in c["platforms"] and BUG[0] + D(days=7) <= t < BUG[1] + D(days=20):
            mu -= 3.2
            topics.append("call_drop")
        if c["slow_port"] is not None and D(0) <= t - c["slow_port"] < D(days=75):
            mu -= 2.6
            topics.append("porting_slow")
        if c["tier"] == "essentials" and t >= PRICE_NOTICE:
            mu -= 2.2
            if rng.random() < 0.7:
                topics.append("price_hike")
        if c["country"] == "Australia":
            mu -= 0.8
            if c["bad_support"] and rng.random() < 0.6:
                topics.append("slow_support")
        if c["industry"] == "real_estate":
            mu -= 0.3
        score = int(np.clip(round(rng.normal(mu, 1.4)), 0, 10))
        if not topics and score >= 9 and rng.random() < 0.55:
            topics.append(pick(["call_clarity", "easy_setup", "great_support"], [0.45, 0.35, 0.2]))
        elif not topics and score <= 6 and rng.random() < 0.4:
            topics.append(pick(["missing_feature", "integrations", "echo", "routing"], [0.35, 0.3, 0.2, 0.15]))
        if not self.ev(c, t, "tp_nps", None, "responded", channel="email", nps_score=score):
            return
        self.fb(c, t + D(seconds=5), topics, "nps_survey", nps=score,
                gen="pos" if score >= 9 else ("neu" if score >= 7 else "neg"))

    def run(self):
        self.leads()
        for c in self.cust:
            self.lead(c)

    def customer_rows(self):
        rows = []
        for c in self.cust:
            if c["paid"] is None:
                seg = "lead" if c["trial"] is None else "trial_expired"
            elif c["churned"] is not None:
                seg = "churned"
            elif c["paid"] >= datetime(2026, 2, 1):
                seg = "new"
            else:
                seg = "active"
            tier = c["tier"]
            rows.append(dict(
                customer_id=c["customer_id"], company_name=c["company"],
                signup_at=ts(c["trial"]) if c["trial"] else None, segment=seg, 客户状态=SEGMENTS[seg],
                region=c["country"], 地区=COUNTRIES[c["country"]][0], acquisition_channel=c["channel"],
                获客渠道=CHANNELS[c["channel"]][0], tier=tier, 套餐等级=TIERS[tier][0] if tier else None,
                industry=c["industry"], 行业=INDUSTRIES[c["industry"]][0], company_size=c["size"],
                公司规模=SIZES[c["size"]][0], seats=c["seats"], contract_term=c["term"],
                合同期限=TERMS[c["term"]] if c["term"] else None,
                primary_platform=c["platforms"][0] if c["trial"] else None, crm=c["crm"],
                csm_owner=c["csm"] if c["paid"] else None, first_seen_at=ts(c["first_seen"]),
                paid_at=ts(c["paid"]) if c["paid"] else None, churned_at=ts(c["churned"]) if c["churned"] else None,
                preferred_language=c["lang"]))
        return rows


def write(path: Path, rows, cols):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


EV_COLS = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel", "page",
           "campaign", "plan_viewed", "sales_rep", "trial_days", "app_version", "call_seconds", "plan_tier", "套餐",
           "seats_before", "seats_added", "seats_after", "contract_term", "合同期限", "price_per_seat",
           "losing_carrier", "原运营商", "numbers_count", "numbers_ported", "reject_reason", "驳回原因",
           "usage_month", "calls", "minutes", "dropped_calls", "avg_mos", "ticket_category", "工单类型", "priority",
           "support_queue", "first_response_minutes", "resolution_code", "nps_score", "churn_reason", "流失原因"]
ORD_COLS = ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type", "订单类型", "invoice_month",
            "subscription_id", "plan_tier", "套餐", "seats", "price_per_seat", "contract_term", "合同期限", "addon",
            "usage_type", "payment_method", "currency"]
FB_COLS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps", "language",
           "ticket_id", "ticket_category", "工单类型", "review_platform", "churn_reason", "流失原因", "plan_tier", "套餐",
           "industry", "行业", "company_size", "region", "地区"]
CUST_COLS = ["customer_id", "company_name", "signup_at", "segment", "客户状态", "region", "地区", "acquisition_channel",
             "获客渠道", "tier", "套餐等级", "industry", "行业", "company_size", "公司规模", "seats", "contract_term",
             "合同期限", "primary_platform", "crm", "csm_owner", "first_seen_at", "paid_at", "churned_at",
             "preferred_language"]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)
    g = Gen()
    g.run()
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS],
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"])
    jrows = []
    for jid, zh, en, steps, win in JOURNEYS:
        for k, tp in enumerate(steps, 1):
            jrows.append(dict(journey_id=jid, journey_name=en, journey_name_zh=zh, journey_name_en=en, step=k,
                              touchpoint_id=tp, window_days=win))
    write(out / "journeys.csv", jrows, ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                        "touchpoint_id", "window_days"])
    write(out / "customers.csv", g.customer_rows(), CUST_COLS)
    ev = sorted(g.events, key=lambda r: (r["ts"], r["event_id"]))
    dup = rng.choice(len(ev), size=24, replace=False)             # the event pipeline re-sends a few rows
    ev = ev + [ev[int(i)] for i in dup]
    write(out / "events.csv", ev, EV_COLS)
    write(out / "orders.csv", sorted(g.orders, key=lambda r: r["order_id"]), ORD_COLS)
    fb = sorted(g.feedback, key=lambda r: r["feedback_id"])
    write(out / "feedback.csv", fb, FB_COLS)
    write(out / "_truth" / "feedback_truth.csv", g.truth, ["feedback_id", "topics", "sentiment"])
    print(f"leads {len(g.cust)}, trials {g.n['tr']}, subscriptions {g.n['sub']}, ports {g.n['pt']}, "
          f"tickets {g.n['tk']}, events {len(ev)}, orders {len(g.orders)}, feedback {len(g.feedback)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
