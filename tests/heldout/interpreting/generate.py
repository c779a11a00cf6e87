"""译桥 VerbaLink Language Services: document translation and on-site interpreting for law firms, hospitals and
businesses in London, New York, Sydney, Toronto, 上海 Shanghai, 北京 Beijing, 深圳 Shenzhen and 成都 Chengdu
(synthetic, written blind).

Clients find us through search ads (Google / Bing in English-speaking cities, 百度 / 360 in China), referrals
(an existing client, a partner law firm, a hospital network), translation marketplaces, public tenders (hospitals)
or come straight to the website. A client sends a quote request (询价), uploads the files (上传文件, translation) or
fills in an event brief (口译需求单, interpreting), gets a quote (报价), issues a purchase order (下单 / PO), a
translator or interpreter is assigned (派单), the translation is delivered (译稿交付) or the interpreter works the
session (现场口译: in person or by video), the client reviews (客户审校: approved, or a revision round), the job is
invoiced (开票收款) and many clients come back with repeat projects. Customer-service tickets (客服工单) and quarterly
account reviews (客户回访) for key accounts complete the picture.

Data 2025-01-01 .. 2026-06-30 (CRM + TMS + finance extract taken in early July 2026). Times are naive local times
of each city. Money (orders.amount) is USD, the group's reporting currency; currency + amount_local keep what was
charged.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic, sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260712), Python + numpy. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260712
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
CNY_GAP = (datetime(2026, 1, 30), datetime(2026, 3, 1))   # Chinese New Year 2026: freelance pool away
N_LEGACY = 280

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_search_ad", "搜索广告点击", "Search ad click", "awareness", "ads", "digital", "marketing",
     "搜索广告|百度推广|竞价广告|SEM|Google Ads|paid search|search ad|PPC|ad click"),
    ("tp_referral", "客户推荐", "Referral", "awareness", "other", "digital", "sales",
     "转介绍|推荐|口碑介绍|referral|word of mouth|recommended by"),
    ("tp_quote_request", "询价申请", "Quote request", "consideration", "web", "digital", "sales",
     "询价|报价申请|在线询价|需求提交|quote request|enquiry|inquiry|RFQ|request a quote"),
    ("tp_file_upload", "上传文件", "File upload", "consideration", "web", "digital", "project_management",
     "传文件|上传稿件|发稿|源文件|file upload|upload|source files|documents sent"),
    ("tp_event_brief", "口译需求单", "Interpreting event brief", "consideration", "web", "digital",
     "interpreting_desk", "活动需求|口译需求|会议需求单|event brief|booking brief|event details|interpreting request"),
    ("tp_quote", "报价", "Quote", "consideration", "email", "digital", "sales",
     "报价单|估价|出报价|quote|quotation|estimate|price quote"),
    ("tp_purchase_order", "下单确认", "Purchase order", "purchase", "email", "digital", "sales",
     "下单|采购订单|PO|确认订单|成单|purchase order|PO received|order confirmation|booking confirmed"),
    ("tp_assignment", "译员派单", "Linguist assignment", "purchase", "other", "digital", "project_management",
     "派单|分配译员|指派口译员|安排翻译|assignment|translator assigned|interpreter assigned|resourcing"),
    ("tp_delivery", "译稿交付", "Translation delivery", "service", "email", "digital", "project_management",
     "交稿|交付|译文交付|返稿|delivery|delivered translation|turnaround|deliverable"),
    ("tp_onsite_session", "现场口译", "Interpreting session", "service", "other", "physical", "interpreting_desk",
     "口译现场|出场|陪同口译|同传|交传|视频口译|on-site session|interpreting session|assignment day|booking"),
    ("tp_review", "客户审校", "Client review & revisions", "service", "email", "digital", "project_management",
     "审校|返修|修改|修订|客户反馈修改|review|revision|revision round|rework|amendments"),
    ("tp_invoice", "开票收款", "Invoice & payment", "service", "email", "digital", "finance",
     "发票|账单|收款|付款|催款|invoice|billing|payment|accounts receivable"),
    ("tp_support", "客服工单", "Service ticket", "service", "phone", "digital", "client_services",
     "客服|投诉|工单|售后|support ticket|complaint|helpdesk|client services"),
    ("tp_account_review", "客户季度回访", "Quarterly account review", "loyalty", "phone", "digital",
     "account_management", "回访|季度回顾|大客户回访|QBR|account review|business review|check-in call"),
]
JOURNEYS = [  # id, zh, en, steps, window
    ("ad_to_quote", "广告到询价", "Search ad to quote request", ["tp_search_ad", "tp_quote_request"], 14),
    ("quote_to_order", "询价成单", "Quote request to purchase order",
     ["tp_quote_request", "tp_quote", "tp_purchase_order"], 14),
    ("interpreting_booking", "口译预约到出场", "Interpreting brief to session",
     ["tp_event_brief", "tp_quote", "tp_purchase_order", "tp_onsite_session"], 60),
]

CITIES = {  # city: zh, country, region, currency, fx (USD per unit), tz weight, lang_zh share, price factor
    "London": ("伦敦", "UK", "EMEA", "GBP", 1.27, 0.17, 0.12, 1.0),
    "New York": ("纽约", "US", "North America", "USD", 1.0, 0.17, 0.15, 1.08),
    "Sydney": ("悉尼", "Australia", "APAC", "AUD", 0.66, 0.12, 0.20, 0.95),
    "Toronto": ("多伦多", "Canada", "North America", "CAD", 0.73, 0.10, 0.18, 0.95),
    "Shanghai": ("上海", "China", "Greater China", "CNY", 0.14, 0.16, 0.90, 0.62),
    "Beijing": ("北京", "China", "Greater China", "CNY", 0.14, 0.12, 0.92, 0.60),
    "Shenzhen": ("深圳", "China", "Greater China", "CNY", 0.14, 0.10, 0.88, 0.58),
    "Chengdu": ("成都", "China", "Greater China", "CNY", 0.14, 0.06, 0.95, 0.52),
}
CITY_NAMES = list(CITIES)
CN_CITIES = {"Shanghai", "Beijing", "Shenzhen", "Chengdu"}
CLIENT_TYPES = {"law_firm": "律所", "hospital": "医院", "corporate": "企业"}
ACQ = {"search_ads": "搜索广告", "referral": "客户推荐", "marketplace": "翻译平台", "direct": "官网直访",
       "tender": "招投标"}
DOMAINS = {"legal": "法律", "medical": "医疗", "financial": "财经", "technical": "技术", "marketing": "市场营销",
           "general": "通用"}
DOC_TYPES = {  # domain -> [(doc_type, zh, median words, certified share)]
    "legal": [("contract", "合同", 4200, 0.15), ("court_filing", "诉讼文书", 6500, 0.35),
              ("certificate", "证件公证材料", 450, 0.95), ("patent", "专利", 9000, 0.05)],
    "medical": [("medical_record", "病历", 2200, 0.25), ("consent_form", "知情同意书", 1200, 0.05),
                ("discharge_summary", "出院小结", 900, 0.10), ("clinical_protocol", "临床方案", 12000, 0.0)],
    "financial": [("annual_report", "年报", 15000, 0.0), ("audit_report", "审计报告", 8000, 0.20)],
    "technical": [("user_manual", "说明书", 9000, 0.0), ("specification", "技术规格书", 5000, 0.0)],
    "marketing": [("marketing_copy", "宣传材料", 2500, 0.0), ("website", "网站内容", 6000, 0.0)],
    "general": [("letter", "信函", 800, 0.10), ("presentation", "演示文稿", 2000, 0.0)],
}
DOC_ZH = {d: z for v in DOC_TYPES.values() for d, z, _, _ in v}
EVENT_TYPES = {  # client type -> [(event_type, zh, mode choices, venue, weight)]
    "law_firm": [("deposition", "取证作证", ["consecutive"], "law_office", 0.35),
                 ("court_hearing", "庭审", ["consecutive"], "court", 0.30),
                 ("client_meeting", "客户会谈", ["consecutive", "remote_video"], "law_office", 0.25),
                 ("arbitration", "仲裁", ["simultaneous", "consecutive"], "conference_centre", 0.10)],
    "hospital": [("medical_appointment", "门诊陪诊", ["consecutive", "remote_video"], "hospital", 0.55),
                 ("surgery_consent", "术前谈话", ["consecutive"], "hospital", 0.20),
                 ("discharge_briefing", "出院说明", ["consecutive", "remote_video"], "hospital", 0.15),
                 ("mental_health", "心理咨询", ["remote_video"], "remote", 0.10)],
    "corporate": [("business_negotiation", "商务谈判", ["consecutive"], "client_office", 0.35),
                  ("conference", "会议", ["simultaneous"], "conference_centre", 0.25),
                  ("factory_audit", "验厂", ["consecutive", "escort"], "factory", 0.20),
                  ("site_visit", "考察陪同", ["escort"], "client_office", 0.10),
                  ("training", "培训", ["consecutive", "remote_video"], "client_office", 0.10)],
}
EVENT_ZH = {e: z for v in EVENT_TYPES.values() for e, z, _, _, _ in v}
MODES = {"consecutive": ("交替传译", 110), "simultaneous": ("同声传译", 185), "escort": ("陪同口译", 65),
         "remote_video": ("视频远程口译", 80)}
VENUES = {"law_office": "律所", "court": "法院", "conference_centre": "会议中心", "hospital": "医院",
          "remote": "远程", "client_office": "客户办公室", "factory": "工厂"}
PAIR_RATE = {"en-zh": 0.13, "zh-en": 0.15, "zh-ja": 0.17, "ja-zh": 0.16, "zh-de": 0.19, "zh-ko": 0.16,
             "es-en": 0.12, "en-es": 0.12, "ar-en": 0.17, "vi-en": 0.13, "ko-en": 0.16, "fr-en": 0.14}
PAIRS_EN = [("en-zh", .30), ("zh-en", .30), ("es-en", .10), ("en-es", .06), ("ar-en", .07), ("vi-en", .05),
            ("ko-en", .06), ("fr-en", .06)]
PAIRS_CN = [("zh-en", .45), ("en-zh", .30), ("zh-ja", .08), ("ja-zh", .05), ("zh-de", .07), ("zh-ko", .05)]
DOMAIN_MULT = {"legal": 1.15, "medical": 1.2, "financial": 1.1, "technical": 1.05, "marketing": 1.0, "general": 0.9}
LOST = {"price_too_high": "价格太高", "turnaround_too_long": "交期太长", "chose_competitor": "选了别家",
        "project_cancelled": "项目取消", "no_response": "客户未回复"}
REVISION = {"terminology": "术语不准确", "style": "文风不合适", "omission": "漏译", "formatting": "排版问题",
            "name_spelling": "人名地名拼写"}
PAY = {"bank_transfer": "银行转账", "card": "信用卡", "cheque": "支票", "wechat_pay": "微信支付", "alipay": "支付宝"}
TICKETS = {"late_delivery": "交稿延迟", "quality_complaint": "译文质量投诉", "invoice_query": "发票问题",
           "rush_fee_dispute": "加急费异议", "interpreter_late": "口译员迟到", "upload_issue": "上传问题",
           "reschedule": "改期", "nda_request": "保密协议"}
ORDER_TYPES = {"translation_job": "笔译项目", "interpreting_booking": "口译预约", "rush_fee": "加急费",
               "late_cancellation_fee": "临时取消费", "certification_fee": "认证盖章费"}
PMS = ["Olivia Hart", "Daniel Brooks", "Priya Nair", "Marcus Lee", "王晓雯", "陈子豪", "刘婧", "赵一鸣"]
AMS = ["Hannah Cole", "James Whitaker", "Sophie Tran", "李倩", "周睿", "孙悦"]
LINGUISTS = [f"L{i:03d}" for i in range(1, 181)]

events: list[dict] = []
orders: list[dict] = []
feedback: list[dict] = []
truth: list[dict] = []
_eid = [0]
_oid = [0]
_pid = [0]
experience: dict[str, list[float]] = {}
INVOICED: set[str] = set()


def pick(options, p=None):
    if p is not None:
        p = np.asarray(p, float)
        p = p / p.sum()
    return options[int(rng.choice(len(options), p=p))]


def biz_time(d: datetime, start_h=8.5, end_h=18.5) -> datetime:
    """a time on d's date (or the next weekday) within business hours."""
    while d.weekday() >= 5 and rng.random() < 0.85:
        d = d + D(days=1)
    h = start_h + rng.random() * (end_h - start_h)
    return datetime(d.year, d.month, d.day) + D(hours=h)


def add_hours(t: datetime, h: float) -> datetime:
    return t + D(hours=float(h))


def ev(cust, tp, ts, action, channel=None, device=None, **extra):
    if ts > END:   # after the extract was taken
        return None
    _eid[0] += 1
    row = dict(event_id=f"E{_eid[0]:07d}", customer_id=cust["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
               touchpoint_id=tp, action=action, channel=channel, device=device, city=cust["city"],
               城市=CITIES[cust["city"]][0])
    row.update(extra)
    events.append(row)
    return row


def order(cust, ts, kind, usd, status, **extra):
    _oid[0] += 1
    cur, fx = CITIES[cust["city"]][3], CITIES[cust["city"]][4]
    row = dict(order_id=f"O{_oid[0]:06d}", customer_id=cust["customer_id"], ts=ts.strftime("%Y-%m-%d %H:%M:%S"),
               amount=round(usd, 2), status=status, channel=extra.pop("channel", "email"), order_type=kind,
               订单类型=ORDER_TYPES[kind], city=cust["city"], 城市=CITIES[cust["city"]][0], currency=cur,
               amount_local=round(usd / fx, 2))
    row.update(extra)
    orders.append(row)
    return row


# ---------------------------------------------------------------- customers

def make_customer(cid, ctype, city, acq, signup, legacy):
    tier = "standard"
    if legacy:
        tier = pick(["standard", "preferred", "key_account"], [0.5, 0.3, 0.2])
    zh_share = CITIES[city][6]
    lang = "zh" if rng.random() < zh_share else "en"
    size = {"law_firm": ["boutique", "mid_size", "large"], "hospital": ["clinic", "district_hospital",
                                                                       "teaching_hospital"],
            "corporate": ["sme", "mid_market", "enterprise"]}[ctype]
    c = dict(customer_id=cid, signup_at=signup.strftime("%Y-%m-%d %H:%M:%S"), segment=None,
             region=CITIES[city][2], country=CITIES[city][1], city=city, 城市=CITIES[city][0],
             acquisition_channel=acq, 获客渠道=ACQ[acq], tier=tier, client_type=ctype, 客户类型=CLIENT_TYPES[ctype],
             organisation_size=pick(size, [0.45, 0.35, 0.20]), preferred_language=lang,
             account_manager=pick(AMS[:3] if city not in CN_CITIES else AMS[3:]),
             payment_terms=("net60" if ctype == "hospital" else pick(["prepaid", "net30"], [0.3, 0.7])
                            if not legacy else pick(["net30", "net60"], [0.8, 0.2])),
             framework_agreement="yes" if legacy and rng.random() < 0.55 else "no")
    c["_lang"] = lang
    c["_legacy"] = legacy
    c["_projects"] = 0
    c["_won"] = 0
    c["_last_project"] = None
    experience[cid] = []
    return c


# ---------------------------------------------------------------- feedback

FB_TEXT = {
    "rush_fee": (
        ["发票上多了一笔加急费，下单的时候根本没说清楚，很不满意。", "加急费收得太狠了，比正常价还多一半，之前报价单上看不出来。",
         "这次加急费我们要求核对，客服说系统自动加的，体验很差。", "合同里没写加急费，财务对账时才发现，希望以后提前说明。",
         "加急费和翻译费分开开票，报销流程很麻烦。"],
        ["The rush fee on the invoice came as a surprise, nobody told us when we confirmed the order.",
         "A 50% rush fee is steep and it was not obvious on the quote.",
         "Please explain the rush fee up front - our finance team queried the invoice.",
         "We were billed a rush fee even though we gave you three days. Not happy.",
         "Invoice had a separate rush fee line we never agreed to."]),
    "late_delivery": (
        ["交稿晚了两天，客户那边差点误了开庭，非常被动。", "译稿又交稿晚了，说好的截止时间没做到。",
         "这次交稿晚了，项目组一直说在催译员，过年前后真的不靠谱。", "交稿晚了一天，我们只能自己加班赶审校。"],
        ["Late delivery again - we missed our filing window because of it.",
         "Late delivery on a document we flagged as urgent, very disappointing.",
         "The translation arrived a day after the deadline. Late delivery is not acceptable for court papers.",
         "Second late delivery this quarter; we need a more reliable turnaround."]),
    "terminology": (
        ["医学术语翻得不准确，医生看了要重新改。", "法律术语前后不统一，合同里同一个词有三种译法。",
         "术语表明明给过了，译员没有用。", "专业术语错误比较多，返修了两轮才过。"],
        ["Several terminology errors in the clinical sections; our doctors had to correct them.",
         "Legal terminology was inconsistent across the contract.",
         "We sent a glossary but the terminology still did not follow it.",
         "Terminology issues meant two revision rounds before sign-off."]),
    "interp_late": (
        ["口译员迟到了二十分钟，医生和病人都在等。", "今天的口译员迟到，门诊只能往后排，影响很大。",
         "口译员迟到半小时，说是找不到住院部。", "第二次遇到口译员迟到了，希望能提前到场。"],
        ["The interpreter was late by 20 minutes and the clinic had to reschedule two patients.",
         "Our interpreter was late again - the hospital is a maze, but please build in time.",
         "The interpreter was late for the consent appointment; the surgeon was not pleased.",
         "Interpreter was late to the deposition, we started 30 minutes behind."]),
    "interp_praise": (
        ["口译老师很专业，谈判现场反应非常快。", "这次的口译老师很专业，客户特别满意。", "口译老师很专业，医学内容也很熟悉。",
         "庭审的口译老师很专业，法官都夸了。"],
        ["Excellent interpreter, calm and precise under pressure.", "We had an excellent interpreter for the audit.",
         "Excellent interpreter - our patients felt at ease.", "Truly excellent interpreter at the arbitration hearing."]),
    "pm_praise": (
        ["项目经理沟通及时，进度一直很清楚。", "感谢项目经理帮忙协调加急，安排得很好。", "项目经理很负责，每一步都有确认。"],
        ["Our project manager kept us updated at every step.", "Great project manager, very responsive on email.",
         "The project manager sorted out our glossary quickly, thank you."]),
    "slow_quote": (
        ["报价太慢了，等了两天才回复，我们已经找别家了。", "询价之后报价太慢，急件根本等不起。", "报价太慢，电话催了两次。"],
        ["You were slow to quote - two days for a one-page certificate.",
         "Too slow to quote, we went elsewhere for the urgent part.",
         "Slow to quote again; a same-day estimate would help a lot."]),
    "formatting": (
        ["排版和原文不一致，表格全乱了。", "译文排版要重新调整，PDF 转出来很乱。", "内容没问题，就是排版花了我们很多时间。"],
        ["The formatting did not match the source, tables were broken.",
         "Good translation but the formatting needed a lot of fixing.",
         "Formatting of the scanned PDF came back messy."]),
    "upload": (
        ["网站上传失败好几次，最后只能发邮件。", "大文件上传失败，页面一直转圈。", "扫描件上传失败，提示格式不支持。"],
        ["The portal upload failed three times with our scanned PDFs.",
         "Upload failed for files over 20 MB, had to email them instead.",
         "File upload failed on the quote form, no error message."]),
    "confidentiality": (
        ["我们对保密要求很高，希望能签单独的保密协议。", "请确认译员签了保密协议，涉及并购材料。", "保密流程说明得不够清楚。"],
        ["We need a clearer confidentiality process before sending case files.",
         "Please confirm all linguists sign our confidentiality terms.",
         "Confidentiality wording on the upload page worried our partners."]),
    "audio": (
        ["视频口译远程音质很差，断断续续。", "远程音质不好，病人听不清。", "远程音质问题导致会谈延长了半小时。"],
        ["Audio quality on the video call was poor, we kept losing the interpreter.",
         "Bad audio quality during the remote session.", "Audio quality dropped several times in the video link."]),
    "price": (
        ["价格偏高，同样的文件别家便宜三成。", "整体价格偏高，希望大客户能有折扣。", "报价价格偏高，预算批不下来。"],
        ["Your rates are too expensive compared with other agencies.",
         "Too expensive for a simple certificate translation.", "The quote was too expensive for our budget."]),
}
GENERIC = {
    "positive": (["整体很满意，下次还会合作。", "服务不错，按时完成。", "很顺利，谢谢团队。", "质量稳定，值得推荐。"],
                 ["Smooth job, thank you.", "Good quality and on time.", "Happy with the work overall.",
                  "Reliable as always, we will be back."]),
    "neutral": (["还可以，没有特别的问题。", "一般，符合预期。", "流程正常。"],
                ["It was fine.", "As expected.", "OK overall, nothing special."]),
    "negative": (["这次体验一般，沟通有点费劲。", "不太满意，希望改进。", "有些地方需要改进，回复也比较慢。"],
                 ["Not great this time, communication could be better.", "Below our expectations.",
                  "Some back and forth that should not have been needed."]),
}
SENT = {"rush_fee": "negative", "late_delivery": "negative", "terminology": "negative", "interp_late": "negative",
        "interp_praise": "positive", "pm_praise": "positive", "slow_quote": "negative", "formatting": "negative",
        "upload": "negative", "confidentiality": "neutral", "audio": "negative", "price": "negative"}
_fid = [0]


def fb(text_topic, lang, ts, cust, tp, channel, rating=None, nps=None, **extra):
    _fid[0] += 1
    fid = f"FB{_fid[0]:06d}"
    if text_topic in FB_TEXT:
        zh, en = FB_TEXT[text_topic]
        text, sent = pick(zh if lang == "zh" else en), SENT[text_topic]
    elif text_topic == "none":
        text, sent = ("（未填写评论）" if lang == "zh" else "(no comment)"), "neutral"
    else:
        zh, en = GENERIC[text_topic]
        text, sent = pick(zh if lang == "zh" else en), text_topic
        text_topic = "generic"
    row = dict(feedback_id=fid, text=text, ts=ts.strftime("%Y-%m-%d %H:%M:%S") if ts else None,
               customer_id=cust["customer_id"] if cust else None, touchpoint_id=tp, channel=channel, rating=rating,
               nps=nps, language=lang, city=extra.pop("city", cust["city"] if cust else None))
    row.update(extra)
    feedback.append(row)
    truth.append(dict(feedback_id=fid, topic=text_topic, sentiment=sent))
    return row


def stars(base):
    return int(min(5, max(1, round(base + rng.normal(0, 0.6)))))


# ---------------------------------------------------------------- projects

def quote_prob(cust, channel, repeat, line):
    if repeat:
        return 0.86
    p = {"web": 0.40, "email": 0.50, "phone": 0.47, "wechat": 0.42, "marketplace": 0.055}[channel]
    p *= {"law_firm": 1.05, "hospital": 0.9, "corporate": 1.0}[cust["client_type"]]
    if line == "interpreting":
        p *= 1.1
    return min(p, 0.95)


def project(cust, t0, channel, repeat):
    """one quote request and everything that follows; returns True when it became an order."""
    n_orders = len(orders)
    won = _project(cust, t0, channel, repeat)
    if won and f"P{_pid[0]:06d}" not in INVOICED:
        for o in orders[n_orders:]:
            if o["status"] == "paid" and o["order_type"] != "late_cancellation_fee":
                o["status"] = "open"    # work in progress at the extract: not invoiced yet
    return won


def _project(cust, t0, channel, repeat):
    _pid[0] += 1
    pid = f"P{_pid[0]:06d}"
    ctype, city = cust["client_type"], cust["city"]
    cn = city in CN_CITIES
    lang = cust["_lang"]
    line_p = {"law_firm": 0.22, "hospital": 0.68, "corporate": 0.38}[ctype]
    line = "interpreting" if rng.random() < line_p else "translation"
    cust["_projects"] += 1
    cust["_last_project"] = t0
    dev = None
    if channel in ("web", "client_portal"):
        dev = pick(["pc", "ios", "android"], [0.78, 0.12, 0.10])
    elif channel == "wechat":
        dev = pick(["ios", "android"], [0.45, 0.55])
    elif channel == "marketplace":
        dev = "pc"
    pair = pick(*zip(*(PAIRS_CN if cn else PAIRS_EN)))
    if ctype == "hospital" and not cn and rng.random() < 0.4:
        pair = pick(["es-en", "ar-en", "vi-en", "zh-en"], [0.35, 0.25, 0.2, 0.2])
    src, tgt = pair.split("-")
    mk = CITIES[city][7]
    sat = 4.5   # the client's experience of this project
    issue = None
    ev(cust, "tp_quote_request", t0, "submitted", channel, dev, project_id=pid, service_line=line,
       source_lang=src, target_lang=tgt, language_pair=pair, is_repeat="yes" if repeat else "no",
       session_id=f"S{_pid[0]:07d}" if dev else None)
    rush = False
    cert = False
    if line == "translation":
        dom = pick(*zip(*{"law_firm": [("legal", .85), ("financial", .15)],
                          "hospital": [("medical", .9), ("general", .1)],
                          "corporate": [("technical", .3), ("marketing", .25), ("financial", .2), ("legal", .15),
                                        ("general", .1)]}[ctype]))
        doc, doc_zh, med, cshare = pick(DOC_TYPES[dom])
        words = int(max(120, med * math.exp(rng.normal(0, 0.6))))
        cert = rng.random() < cshare
        fmt = pick(["docx", "pdf_text", "pdf_scanned", "xlsx", "pptx"], [0.4, 0.25, 0.2, 0.08, 0.07])
        size_mb = round(float(np.exp(rng.normal(0.5 if fmt != "pdf_scanned" else 2.6, 0.9))), 1)
        tu = add_hours(t0, rng.uniform(0.02, 0.3))
        if channel != "marketplace" and (fmt == "pdf_scanned" and size_mb > 20 and rng.random() < 0.6
                                          or rng.random() < 0.02):
            ev(cust, "tp_file_upload", tu, "upload_failed", channel if dev else "email", dev, project_id=pid,
               file_format=fmt, file_size_mb=size_mb, upload_error="file_too_large" if size_mb > 20 else "timeout")
            tu = add_hours(tu, rng.uniform(0.1, 3))
            issue = issue or "upload"
            sat -= 0.4
        ev(cust, "tp_file_upload", tu, "uploaded", channel if dev else "email", dev, project_id=pid,
           file_format=fmt, file_size_mb=size_mb, word_count=words, domain=dom, 领域=DOMAINS[dom], doc_type=doc,
           文件类型=doc_zh, certified="yes" if cert else "no", language_pair=pair)
        rush = rng.random() < {"law_firm": 0.34, "hospital": 0.25, "corporate": 0.18}[ctype]
        turnaround = max(1, math.ceil(words / 2800) + 1)
        if rush:
            turnaround = max(1, turnaround // 2)
        price = max(60.0, words * PAIR_RATE[pair] * DOMAIN_MULT[dom]) * mk
        if cert:
            price += 45 * mk
        hq = float(np.exp(rng.normal(1.3, 1.0)))  # hours to quote
        t_entry = tu
    else:
        ev_type, ev_zh, modes, venue, _ = pick(EVENT_TYPES[ctype], [e[4] for e in EVENT_TYPES[ctype]])
        mode = pick(modes)
        if mode == "remote_video":
            venue = "remote"
        lead = {"hospital": float(rng.exponential(4)) + 0.5, "law_firm": float(rng.uniform(3, 30)),
                "corporate": float(rng.uniform(5, 50))}[ctype]
        if ev_type == "conference":
            lead += 20
        hours = {"simultaneous": float(rng.choice([4, 6, 8, 8, 16])), "escort": float(rng.choice([4, 8, 8])),
                 }.get(mode, float(rng.choice([2, 2, 2.5, 3, 3, 4, 6])))
        n_int = 2 if mode == "simultaneous" else 1
        event_day = t0 + D(days=lead)
        event_at = datetime(event_day.year, event_day.month, event_day.day) + D(hours=float(rng.choice(
            [8.5, 9, 9.5, 10, 11, 13, 14, 15])))
        tb = add_hours(t0, rng.uniform(0.05, 0.8))
        ev(cust, "tp_event_brief", tb, "submitted", channel if dev else "email", dev, project_id=pid,
           event_type=ev_type, 活动类型=ev_zh, mode=mode, 口译形式=MODES[mode][0], venue_type=venue,
           场地类型=VENUES[venue], event_date=event_at.strftime("%Y-%m-%d %H:%M"), scheduled_hours=hours,
           interpreters_needed=n_int, language_pair=pair, lead_time_days=round(lead, 1))
        rush = lead < 2
        price = max(2, hours) * MODES[mode][1] * n_int * mk
        hq = float(np.exp(rng.normal(1.1, 0.95)))
        if ctype == "hospital":
            hq *= 0.5
        t_entry = tb
    if channel == "marketplace":
        hq = float(rng.uniform(0.05, 0.5))
    tq = add_hours(t_entry, hq)
    if tq > END:
        return False
    if hq > 24:
        sat -= 0.5
        issue = issue or "slow_quote"
    rush_amt = round(price * (0.5 if line == "translation" else 0.3), 2) if rush else 0.0
    qid = f"Q{_pid[0]:06d}"
    ev(cust, "tp_quote", tq, "sent", "email" if channel != "marketplace" else "marketplace", None, project_id=pid,
       quote_id=qid, quote_amount_usd=round(price + rush_amt, 2), rush="yes" if rush else "no",
       hours_to_quote=round((tq - t0).total_seconds() / 3600, 2), quoted_by=pick(PMS[4:] if cn else PMS[:4]),
       turnaround_days=turnaround if line == "translation" else None)
    p = quote_prob(cust, channel, repeat, line)
    if hq > 24:
        p *= 0.7
    won = rng.random() < p
    if not won:
        if channel == "marketplace":
            reason = pick(list(LOST), [0.45, 0.05, 0.15, 0.05, 0.30])
        else:
            reason = pick(list(LOST), [0.32, 0.18, 0.2, 0.15, 0.15])
        tl = tq + D(days=float(rng.uniform(7, 30)))
        if tl <= END:
            ev(cust, "tp_quote", tl, "lost", "email" if channel != "marketplace" else "marketplace", None, project_id=pid, quote_id=qid, lost_reason=reason,
               丢单原因=LOST[reason])
            if rng.random() < 0.10 and not repeat:
                topic = "price" if reason == "price_too_high" else ("slow_quote" if hq > 24 else
                                                                   pick(["negative", "neutral"]))
                fb(topic, lang, tl + D(days=float(rng.uniform(0.5, 5))), cust, "tp_quote", "lost_quote_survey",
                   rating=stars(2.3))
        return False
    delay = float(np.exp(rng.normal(0.2, 1.0)))  # days from quote to PO
    if rng.random() < 0.06:
        delay = float(rng.uniform(14, 25))
    if line == "interpreting":
        delay = min(delay, max(0.05, (event_at - tq).total_seconds() / 86400 * 0.6))
    tpo = tq + D(days=delay)
    if tpo > END:
        return False
    cust["_won"] += 1
    po = f"PO-{_pid[0]:06d}"
    kind = "translation_job" if line == "translation" else "interpreting_booking"
    ev(cust, "tp_purchase_order", tpo, "po_issued", "email" if channel != "marketplace" else "marketplace", None,
       project_id=pid, po_number=po, amount_usd=round(price + rush_amt, 2), rush="yes" if rush else "no")
    job = order(cust, tpo, kind, price, "paid", project_id=pid, po_number=po, service_line=line,
                language_pair=pair, rush="yes" if rush else "no",
                word_count=words if line == "translation" else None,
                hours=hours if line == "interpreting" else None,
                domain=dom if line == "translation" else None,
                event_type=ev_type if line == "interpreting" else None)
    rush_o = order(cust, tpo, "rush_fee", rush_amt, "paid", project_id=pid, po_number=po, service_line=line,
                   language_pair=pair, rush="yes") if rush else None
    cert_o = order(cust, tpo, "certification_fee", 35 * mk, "paid", project_id=pid, po_number=po,
                   service_line=line, language_pair=pair, rush="yes" if rush else "no") if cert else None
    bill = [o for o in (job, rush_o, cert_o) if o]
    # assignment
    zh_pair = "zh" in pair
    in_gap = CNY_GAP[0] <= tpo <= CNY_GAP[1]
    ha = float(np.exp(rng.normal(0.8, 0.8)))
    if in_gap and zh_pair:
        ha *= 5
    ta = add_hours(tpo, ha)
    ling = pick(LINGUISTS)
    ltype = pick(["in_house", "freelance"], [0.3, 0.7])
    acc = {"law_firm": ["court_certified", "CATTI", "NAATI", "CIOL"], "hospital": ["medical_certified", "NAATI",
                                                                               "CATTI"],
           "corporate": ["CATTI", "ATA", "NAATI", "CIOL", "none"]}[ctype]
    ev(cust, "tp_assignment", ta, "assigned", None, None, project_id=pid, linguist_id=ling, linguist_type=ltype,
       accreditation=pick(acc), hours_to_assign=round(ha, 2), service_line=line)
    reassigned = rng.random() < (0.32 if (in_gap and zh_pair) else 0.05)
    if reassigned:
        ta = add_hours(ta, rng.uniform(4, 40))
        ev(cust, "tp_assignment", ta, "reassigned", None, None, project_id=pid, linguist_id=pick(LINGUISTS),
           linguist_type="freelance", accreditation=pick(acc), hours_to_assign=None, service_line=line,
           reassign_reason=pick(["linguist_unavailable", "linguist_dropped_out", "client_request"], [0.6, 0.3, 0.1]))
    if rng.random() < 0.02 and line == "translation":
        tc = add_hours(ta, rng.uniform(2, 48))
        if tc <= END:
            ev(cust, "tp_purchase_order", tc, "cancelled_by_client", "email", None, project_id=pid, po_number=po)
            for o in bill:
                o["status"] = "cancelled"
        return True
    # service
    if line == "translation":
        due = tpo + D(days=turnaround)
        due = datetime(due.year, due.month, due.day, 18, 0)
        late_p = 0.07 + (0.05 if rush else 0) + (0.02 if words > 8000 else 0)
        if CNY_GAP[0] <= due <= CNY_GAP[1] + D(days=3) and zh_pair:
            late_p = 0.55
        elif CNY_GAP[0] <= due <= CNY_GAP[1]:
            late_p += 0.06
        late = rng.random() < late_p
        if late:
            days_late = float(rng.choice([1, 1, 1, 2, 2, 3, 4, 6]))
            td = due + D(days=days_late, hours=float(rng.uniform(-6, 6)))
        else:
            days_late = 0.0
            td = due - D(hours=float(rng.uniform(0.5, 40)))
            td = max(td, ta + D(hours=1))
        if td > END:
            return True
        qa = int(min(100, max(70, rng.normal(93 if not late else 90, 4))))
        ev(cust, "tp_delivery", td, "delivered_late" if late else "delivered_on_time", "email", None,
           project_id=pid, due_at=due.strftime("%Y-%m-%d %H:%M:%S"), days_late=days_late if late else 0,
           qa_score=qa, word_count=words, language_pair=pair, rush="yes" if rush else "no", linguist_id=ling)
        if late:
            sat -= 1.3 if days_late < 3 else 1.8
            issue = "late_delivery"
        # review rounds
        rev_p = {"law_firm": 0.30, "hospital": 0.24, "corporate": 0.17}[ctype]
        if dom == "medical":
            rev_p += 0.06
        tr = td
        rnd = 0
        while rng.random() < (rev_p if rnd == 0 else 0.3) and rnd < 3:
            rnd += 1
            tr = tr + D(days=float(rng.uniform(0.5, 4)))
            if ctype == "law_firm":
                reason = pick(list(REVISION), [0.45, 0.1, 0.1, 0.1, 0.25])
            elif dom == "medical":
                reason = pick(list(REVISION), [0.6, 0.05, 0.15, 0.15, 0.05])
            else:
                reason = pick(list(REVISION), [0.2, 0.42, 0.1, 0.23, 0.05])
            if tr > END:
                return True
            ev(cust, "tp_review", tr, "revision_requested", "email", None, project_id=pid, revision_round=rnd,
               revision_reason=reason, 修改原因=REVISION[reason])
            sat -= 0.5
            if reason in ("terminology", "formatting") and issue in (None, "upload", "slow_quote"):
                issue = reason
        tr = tr + D(days=float(rng.uniform(0.3, 3)))
        if tr > END:
            return True
        ev(cust, "tp_review", tr, "approved", "email", None, project_id=pid, revision_round=rnd)
        t_done = tr
    else:
        if event_at > END:
            for o in bill:
                o["status"] = "scheduled"
            return True
        sess_dev = None
        # client cancellation
        if rng.random() < 0.06:
            hours_before = float(rng.choice([2, 10, 20, 30, 48, 72, 120]))
            tc = event_at - D(hours=hours_before)
            late_cx = hours_before < 24
            ev(cust, "tp_onsite_session", tc, "client_cancelled", "phone", None, project_id=pid, mode=mode,
               口译形式=MODES[mode][0], venue_type=venue, 场地类型=VENUES[venue], event_type=ev_type,
               活动类型=ev_zh, scheduled_hours=hours, hours_notice=hours_before)
            for o in bill:
                o["status"] = "cancelled"
            if late_cx:
                order(cust, tc, "late_cancellation_fee", price * 0.5, "paid", project_id=pid, po_number=po,
                      service_line=line, language_pair=pair, event_type=ev_type)
            return True
        if venue == "hospital":
            late_p = 0.17
        elif venue == "remote":
            late_p = 0.02
        else:
            late_p = 0.045
        noshow_p = 0.012 + (0.05 if in_gap and cn else 0)
        r = rng.random()
        overtime = 0.0
        if r < noshow_p:
            action, late_min = "interpreter_no_show", None
            sat -= 2.5
            issue = "no_show"
        elif r < noshow_p + late_p:
            action, late_min = "interpreter_late", int(rng.choice([10, 15, 20, 25, 30, 40, 60]))
            sat -= 1.4
            issue = "interp_late"
        else:
            action, late_min = "completed", None
            if rng.random() < 0.18:
                overtime = float(rng.choice([0.5, 1, 1, 1.5, 2]))
        audio_bad = mode == "remote_video" and action != "interpreter_no_show" and rng.random() < 0.22
        if audio_bad:
            sat -= 1.0
            issue = issue or "audio"
        ev(cust, "tp_onsite_session", event_at, action, "video" if mode == "remote_video" else "onsite", sess_dev,
           project_id=pid, mode=mode, 口译形式=MODES[mode][0], venue_type=venue, 场地类型=VENUES[venue],
           event_type=ev_type, 活动类型=ev_zh, scheduled_hours=hours,
           actual_hours=None if action == "interpreter_no_show" else hours + overtime,
           overtime_hours=overtime if action != "interpreter_no_show" else None, interpreter_late_min=late_min,
           linguist_id=ling, audio_issue="yes" if audio_bad else ("no" if mode == "remote_video" and action != "interpreter_no_show"
                                              else None))
        if action == "interpreter_no_show":
            for o in bill:
                o["status"] = "refunded"
            t_done = None
        else:
            t_done = event_at + D(hours=hours + overtime)
            if overtime:
                job["amount"] = round(job["amount"] + overtime * MODES[mode][1] * n_int * mk, 2)
                job["amount_local"] = round(job["amount"] / CITIES[city][4], 2)
                job["overtime_hours"] = overtime
    # invoice
    if t_done is not None:
        ti = t_done + D(days=float(rng.uniform(0.2, 3)))
        if ti <= END:
            if cn:
                method = pick(["bank_transfer", "wechat_pay", "alipay"], [0.62, 0.2, 0.18])
            else:
                method = pick(["bank_transfer", "card", "cheque"],
                              [0.55, 0.3, 0.15] if ctype != "hospital" else [0.6, 0.05, 0.35])
            late_pay = 0.08 + (0.27 if ctype == "hospital" else 0) + (0.2 if method == "cheque" else 0)
            dispute = 0.012 + (0.11 if rush else 0)
            r = rng.random()
            if r < dispute:
                action = "disputed"
            elif r < dispute + 0.01:
                action = "unpaid"
            elif r < dispute + 0.01 + late_pay:
                action = "paid_late"
            else:
                action = "paid"
            terms = cust["payment_terms"]
            due_days = {"prepaid": 0, "net30": 30, "net60": 60}[terms]
            dtp = None
            if action == "paid":
                dtp = int(max(0, due_days - rng.uniform(0, 0.6) * due_days + rng.normal(0, 2)))
            elif action == "paid_late":
                dtp = int(due_days + rng.uniform(3, 45))
            elif action == "disputed":
                dtp = int(due_days + rng.uniform(10, 50))
            total = sum(o["amount"] for o in bill)
            inv = f"INV-{_pid[0]:06d}"
            ev(cust, "tp_invoice", ti, action, "email", None, project_id=pid, invoice_no=inv,
               amount_usd=round(total, 2), payment_terms=terms, payment_method=method, 付款方式=PAY[method],
               days_to_pay=dtp, rush="yes" if rush else "no",
               dispute_reason=("rush_fee" if rush else pick(["quality", "hours_billed"])) if action == "disputed"
               else None)
            INVOICED.add(pid)
            for o in bill:
                o["invoice_no"] = inv
                o["payment_method"] = method
            if action == "disputed":
                (rush_o or job)["status"] = "refunded"
                sat -= 1.0
                issue = "rush_fee" if rush else issue
            elif action == "unpaid":
                for o in bill:
                    o["status"] = "unpaid"
            if rush and issue in (None, "upload", "slow_quote") and rng.random() < 0.35:
                issue = "rush_fee"
                sat -= 0.6
    # support ticket
    tick_p = {"late_delivery": 0.45, "interp_late": 0.35, "no_show": 0.8, "rush_fee": 0.3, "upload": 0.3,
              "terminology": 0.2, "audio": 0.25}.get(issue, 0.015)
    t_ref = t_done or event_at if line == "interpreting" else t_done
    if t_ref and rng.random() < tick_p:
        cat = {"late_delivery": "late_delivery", "interp_late": "interpreter_late", "no_show": "interpreter_late",
               "rush_fee": "rush_fee_dispute", "upload": "upload_issue", "terminology": "quality_complaint",
               "audio": "quality_complaint"}.get(issue) or pick(["invoice_query", "reschedule", "nda_request",
                                                                 "quality_complaint"])
        tt = t_ref + D(hours=float(rng.uniform(1, 72)))
        if tt <= END:
            esc = rng.random() < (0.25 if issue in ("no_show", "late_delivery") else 0.08)
            ev(cust, "tp_support", tt, "escalated" if esc else "resolved", pick(["phone", "email", "wechat"]
                                                                              if cn else ["phone", "email"]),
               None, project_id=pid, ticket_category=cat, 工单类别=TICKETS[cat],
               resolution_hours=round(float(np.exp(rng.normal(2.3 if not esc else 3.6, 0.7))), 1))
    # survey after the job
    experience[cust["customer_id"]].append(sat)
    if t_done is not None and rng.random() < 0.34:
        ts = t_done + D(days=float(rng.uniform(0.5, 6)))
        if ts <= END:
            rating = stars(sat)
            topic_tp = {"late_delivery": ("late_delivery", "tp_delivery"), "terminology": ("terminology", "tp_review"),
                        "formatting": ("formatting", "tp_review" if rng.random() < 0.6 else "tp_delivery"),
                        "interp_late": ("interp_late", "tp_onsite_session"), "audio": ("audio", "tp_onsite_session"),
                        "rush_fee": ("rush_fee", "tp_invoice" if rng.random() < 0.86 else "tp_quote"),
                        "upload": ("upload", "tp_file_upload"), "slow_quote": ("slow_quote", "tp_quote")}
            if issue in topic_tp and rng.random() < 0.8:
                topic, tp = topic_tp[issue]
            elif rating >= 4:
                r = rng.random()
                if line == "interpreting" and r < 0.35:
                    topic, tp = "interp_praise", "tp_onsite_session"
                elif r < 0.5:
                    topic, tp = "pm_praise", "tp_delivery" if line == "translation" else "tp_assignment"
                elif ctype == "law_firm" and r < 0.56:
                    topic, tp = "confidentiality", "tp_file_upload"
                else:
                    topic, tp = "positive", "tp_delivery" if line == "translation" else "tp_onsite_session"
            else:
                topic = "negative" if rating <= 2 else "neutral"
                tp = "tp_delivery" if line == "translation" else "tp_onsite_session"
            fb(topic, lang, ts, cust, tp, "post_job_survey", rating=rating, service_line=line, project_id=pid)
    return True


# ---------------------------------------------------------------- simulation

def month_starts():
    d = date(2025, 1, 1)
    while d <= END.date():
        yield d
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def poisson_times(t_from, rate_per_month):
    out, t = [], t_from
    while True:
        t = t + D(days=float(rng.exponential(30.4 / rate_per_month)))
        if t > END:
            return out
        out.append(t)


def repeat_rate(c):
    base = {"law_firm": 0.62, "hospital": 1.05, "corporate": 0.38}[c["client_type"]]
    if c["_legacy"]:
        base *= {"standard": 1.0, "preferred": 1.6, "key_account": 2.6}[c["tier"]]
    return base * float(np.exp(rng.normal(0, 0.45)))


def run_account(c, t_first, channel):
    """projects of a client from t_first: the first one new (unless legacy), then repeats."""
    rate = repeat_rate(c)
    if c["_legacy"]:
        times = poisson_times(START, rate)
        for t in times:
            project(c, biz_time(t), pick(["client_portal", "email", "phone"] + (["wechat"] if c["city"] in CN_CITIES
                                                                                 else []),
                                         [0.5, 0.35, 0.15] + ([0.2] if c["city"] in CN_CITIES else [])), True)
            if experience[c["customer_id"]] and np.mean(experience[c["customer_id"]][-3:]) < 2.6 and \
                    rng.random() < 0.25:
                break
        return
    won = project(c, t_first, channel, False)
    if not won:
        if rng.random() < 0.12:   # tries again later
            t2 = t_first + D(days=float(rng.uniform(20, 200)))
            if t2 < END:
                run_account(c, biz_time(t2), channel)
        return
    t = t_first
    while True:
        t = t + D(days=float(rng.exponential(30.4 / rate)))
        if t > END:
            return
        project(c, biz_time(t), pick(["client_portal", "email", "phone"], [0.55, 0.35, 0.10]), True)
        if experience[c["customer_id"]] and np.mean(experience[c["customer_id"]][-3:]) < 2.6 and rng.random() < 0.3:
            return


def city_pick():
    return pick(CITY_NAMES, [CITIES[c][5] for c in CITY_NAMES])


def simulate():
    customers = []
    n = 0
    for _ in range(N_LEGACY):
        n += 1
        ctype = pick(list(CLIENT_TYPES), [0.38, 0.22, 0.40])
        acq = pick(list(ACQ), [0.3, 0.35, 0.0, 0.2, 0.15] if ctype == "hospital" else [0.35, 0.4, 0.05, 0.2, 0.0])
        signup = datetime(2019, 1, 1) + D(days=float(rng.uniform(0, 2150)))
        c = make_customer(f"C{n:05d}", ctype, city_pick(), acq, signup, True)
        customers.append(c)
    legacy = list(customers)
    new = []
    for i, m in enumerate(month_starts()):
        vol = int(rng.poisson(240 * (1 + 0.025 * i)))
        for _ in range(vol):
            n += 1
            ctype = pick(list(CLIENT_TYPES), [0.34, 0.14, 0.52])
            city = city_pick()
            acq = pick(list(ACQ), [0.60, 0.15, 0.13, 0.09, 0.03 if ctype == "hospital" else 0.0])
            day = datetime(m.year, m.month, 1) + D(days=float(rng.uniform(0, 28)))
            c = make_customer(f"C{n:05d}", ctype, city, acq, biz_time(day, 7, 22.5), False)
            customers.append(c)
            new.append(c)
    for c in legacy:
        run_account(c, None, None)
    for c in new:
        t = datetime.strptime(c["signup_at"], "%Y-%m-%d %H:%M:%S")
        cn = c["city"] in CN_CITIES
        acq = c["acquisition_channel"]
        if acq == "search_ads":
            plat = pick(["baidu", "so_360"], [0.85, 0.15]) if cn else pick(["google_ads", "bing_ads"], [0.82, 0.18])
            kw = pick({"law_firm": ["legal translation", "certified translation", "court interpreter"],
                       "hospital": ["medical interpreter", "medical translation", "patient interpreter"],
                       "corporate": ["business interpreter", "document translation", "conference interpreting"]}[
                c["client_type"]] if not cn else {"law_firm": ["法律翻译", "翻译盖章", "庭审口译"],
                                                  "hospital": ["医学翻译", "陪诊翻译", "病历翻译"],
                                                  "corporate": ["商务口译", "同声传译", "合同翻译"]}[c["client_type"]])
            clicks = 1 + int(rng.poisson(0.5))
            tc = t
            for k in range(clicks):
                dev = pick(["pc", "ios", "android"], [0.55, 0.25, 0.20])
                cpc = {"google_ads": 6.5, "bing_ads": 4.2, "baidu": 1.6, "so_360": 0.9}[plat]
                ev(c, "tp_search_ad", tc, "click", "ads", dev, ad_platform=plat, keyword=kw,
                   campaign=f"{c['client_type']}_{'cn' if cn else 'en'}", cpc_usd=round(cpc * float(
                       np.exp(rng.normal(0, 0.3))), 2))
                tc = tc + D(days=float(rng.exponential(2.5)), hours=float(rng.uniform(0, 5)))
            conv_p = {"google_ads": 0.33, "bing_ads": 0.30, "baidu": 0.27, "so_360": 0.09}[plat]
            if rng.random() < conv_p:
                tq = tc + D(hours=float(rng.exponential(40)))
                ch = pick(["web", "phone", "email", "wechat"], [0.45, 0.1, 0.05, 0.4] if cn else [0.72, 0.16, 0.12, 0])
                if tq <= END:
                    run_account(c, tq, ch)
        elif acq == "referral":
            rtype = pick(["existing_client", "partner_law_firm", "hospital_network"],
                         [0.6, 0.25, 0.15] if c["client_type"] != "hospital" else [0.3, 0.1, 0.6])
            ref = pick(legacy)["customer_id"]
            ev(c, "tp_referral", t, "referred", pick(["email", "phone"]), None, referrer_type=rtype,
               referrer_customer_id=ref)
            if rng.random() < 0.72:
                tq = t + D(days=float(rng.exponential(4)), hours=float(rng.uniform(1, 6)))
                if tq <= END:
                    run_account(c, biz_time(tq), pick(["email", "phone", "web"] + (["wechat"] if cn else []),
                                                      [0.55, 0.25, 0.15] + ([0.2] if cn else [])))
        elif acq == "marketplace":
            run_account(c, t, "marketplace")
        elif acq == "tender":
            run_account(c, t, "email")
        else:
            run_account(c, t, pick(["web", "email", "phone", "wechat"], [0.45, 0.2, 0.15, 0.2] if cn else
                                   [0.6, 0.25, 0.15, 0]))
    return customers


def surveys(customers):
    """NPS waves, account reviews, public reviews, undated forms and WeChat group exports."""
    active_by = {}
    for e in events:
        if e["touchpoint_id"] == "tp_purchase_order":
            active_by.setdefault(e["customer_id"], []).append(e["ts"])
    cmap = {c["customer_id"]: c for c in customers}
    for wave, send in (("2025-06", datetime(2025, 6, 16)), ("2025-12", datetime(2025, 12, 8)),
                       ("2026-06", datetime(2026, 6, 15))):
        for cid, tss in active_by.items():
            c = cmap[cid]
            if not (c["_legacy"] or min(tss) < str(send)):
                continue
            if rng.random() > 0.42:
                continue
            exp = experience[cid][-4:] or [4.3]
            s = float(np.mean(exp))
            base = 6.2 + 2.2 * (s - 3.2) + rng.normal(0, 1.6)
            nps = int(min(10, max(0, round(base))))
            ts = send + D(days=float(rng.uniform(0, 12)), hours=float(rng.uniform(8, 20)))
            if rng.random() < 0.45:
                topic = "none"
            elif nps >= 9:
                topic = pick(["interp_praise", "pm_praise", "positive"], [0.3, 0.3, 0.4])
            elif nps <= 6:
                topic = pick(["price", "late_delivery", "interp_late", "negative", "rush_fee"],
                             [0.3, 0.2, 0.15, 0.25, 0.1])
                if c["client_type"] == "hospital" and rng.random() < 0.5:
                    topic = "interp_late"
            else:
                topic = pick(["neutral", "price", "positive"], [0.5, 0.25, 0.25])
            tp = {"interp_praise": "tp_onsite_session", "late_delivery": "tp_delivery",
                  "interp_late": "tp_onsite_session", "rush_fee": "tp_invoice", "price": "tp_quote"}.get(topic)
            if topic == "rush_fee" and rng.random() < 0.3:
                tp = "tp_quote"
            fb(topic, c["_lang"], ts, c, tp, "nps_survey", nps=nps, survey_wave=wave)
    # quarterly account reviews for key / preferred accounts (events + call notes)
    for c in customers:
        if not c["_legacy"] or c["tier"] == "standard":
            continue
        for q in range(6):
            qs = datetime(2025 + q // 4, (q % 4) * 3 + 2, 10)
            if rng.random() < 0.15:
                continue
            t = biz_time(qs + D(days=float(rng.uniform(0, 40))))
            exp = experience[c["customer_id"]][-5:] or [4.3]
            s = float(np.mean(exp))
            outcome = "at_risk" if s < 3.3 else pick(["no_change", "expanded", "framework_renewed"], [0.6, 0.25, 0.15])
            ev(c, "tp_account_review", t, "held", "phone", None, review_outcome=outcome, account_manager=c[
                "account_manager"], quarter=f"{t.year}-Q{(t.month - 1) // 3 + 1}")
            if rng.random() < 0.5:
                topic = ("negative" if s < 3.3 else pick(["pm_praise", "positive", "price", "confidentiality"],
                                                        [0.3, 0.4, 0.2, 0.1]))
                fb(topic, c["_lang"], t + D(hours=1), c, "tp_account_review", "call_note")
    # public reviews: Google (English cities) and Dianping (Chinese cities); some without a customer, some undated
    for i in range(620):
        city = city_pick()
        cn = city in CN_CITIES
        lang = "zh" if (cn or rng.random() < 0.1) else "en"
        ts = START + D(days=float(rng.uniform(0, 545)), hours=float(rng.uniform(0, 24)))
        r = rng.random()
        topic = ("interp_praise" if r < 0.2 else "pm_praise" if r < 0.32 else "price" if r < 0.45 else
                 "late_delivery" if r < 0.55 else "slow_quote" if r < 0.63 else "positive" if r < 0.85 else
                 "negative")
        rating = {"interp_praise": 5, "pm_praise": 5, "positive": 5, "negative": 1}.get(topic, 2)
        rating = int(min(5, max(1, rating + rng.choice([-1, 0, 0, 0]))))
        tp = {"interp_praise": "tp_onsite_session", "price": "tp_quote", "late_delivery": "tp_delivery",
              "slow_quote": "tp_quote"}.get(topic)
        fb(topic, lang, ts if rng.random() > 0.08 else None, None, tp, "dianping_review" if cn else "google_review",
           rating=rating, city=city)
    # hospital liaison paper forms (undated) about interpreting sessions
    hosp = [c for c in customers if c["client_type"] == "hospital" and c["_won"]]
    for i in range(140):
        c = pick(hosp)
        topic = pick(["interp_late", "interp_praise", "positive", "audio", "negative"], [0.42, 0.25, 0.18, 0.08, 0.07])
        rating = {"interp_late": 2, "interp_praise": 5, "positive": 4, "audio": 2, "negative": 2}[topic]
        fb(topic, c["_lang"], None, c, "tp_onsite_session", "hospital_feedback_form", rating=stars(rating))
    # WeChat work-group exports (undated, Chinese clients)
    cnc = [c for c in customers if c["city"] in CN_CITIES and c["_won"]]
    for i in range(70):
        c = pick(cnc)
        topic = pick(["rush_fee", "late_delivery", "pm_praise", "upload", "neutral"], [0.25, 0.2, 0.25, 0.15, 0.15])
        tp = {"rush_fee": "tp_invoice", "late_delivery": "tp_delivery", "upload": "tp_file_upload"}.get(topic)
        fb(topic, "zh", None, c, tp, "wechat_group")


def finish_customers(customers):
    last = {}
    for e in events:
        if e["touchpoint_id"] == "tp_purchase_order" and e["action"] == "po_issued":
            last[e["customer_id"]] = max(last.get(e["customer_id"], ""), e["ts"])
    for c in customers:
        if c["customer_id"] in last:
            c["segment"] = "active" if last[c["customer_id"]] >= "2026-01-01" else "dormant"
        elif c["_projects"]:
            c["segment"] = "lost_prospect"
        elif c["_legacy"]:
            c["segment"] = "dormant"
        else:
            c["segment"] = "prospect"
        if not c["_legacy"] and c["_won"] >= 6:
            c["tier"] = "preferred"


def write(path: Path, rows: list[dict], cols=None) -> None:
    if cols is None:
        cols = []
        for r in rows:
            for k in r:
                if k not in cols and not k.startswith("_"):
                    cols.append(k)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    customers = simulate()
    surveys(customers)
    finish_customers(customers)
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    for i, e in enumerate(events, 1):
        e["event_id"] = f"E{i:07d}"
    # ad-platform click import ran twice for a few days: exact duplicate rows (same event_id)
    dups = [dict(e) for e in events if e["touchpoint_id"] == "tp_search_ad" and "2025-09-08" <= e["ts"] < "2025-09-10"]
    events.extend(dups)
    feedback.sort(key=lambda f: f["feedback_id"])
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=k, touchpoint_id=tp, window_days=j[4])
                                 for j in JOURNEYS for k, tp in enumerate(j[3], 1)])
    write(out / "customers.csv", customers)
    base = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "device", "session_id"]
    ecols = base + [k for k in dict.fromkeys(k for e in events for k in e) if k not in base]
    write(out / "events.csv", events, ecols)
    write(out / "orders.csv", orders)
    write(out / "feedback.csv", feedback)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(customers)}, events {len(events)}, orders {len(orders)}, feedback {len(feedback)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
