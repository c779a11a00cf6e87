"""锦鉴数据室 DealCrest VDR — a virtual data room SaaS for M&A and fundraising deals, sold to law firms, investment
banks and companies in mainland China (上海, 北京, 深圳), Hong Kong, Singapore and the UK (synthetic, written blind).

A firm asks for a demo on the website / from an ad / the WeChat official account / a conference stand (预约演示), or a
partner (a law firm, an accounting firm or a bank's ECM desk) refers it (合作伙伴推荐). Sales runs an online product
demo (产品演示: held / no_show). The firm opens a 14-day free trial room (免费试用), sets it up (数据室搭建: folder
index, permission groups; completed or stalled), uploads documents that are OCR'd and full-text indexed (文档上传与索引:
indexed / index_failed per upload batch) and buys a room subscription (订阅付费: starter / professional / enterprise
plan, 3-month term paid up front, monthly extensions after that). The room goes live: bidders / investors are invited
(投资方邀请: nda_signed / declined / no_response), they ask questions in the Q&A module (投资方问答: answered within the
48 h SLA, answered_late, withdrawn), the deal closes or is terminated (交易完成), the room is archived (归档导出:
download zip or encrypted USB; delivered, or redelivered when files were missing) and the account manager wins a
renewal or a new room for the next deal (续约/新项目). Support tickets (客服工单) come in along the way.
Page overage (over the plan's page allowance), storage overage, room extensions and archive exports are orders too.
210 accounts already had a live room at 1 Jan 2025 (their earlier events are before the extract).

Data 2025-01-01 .. 2026-06-30 (CRM + product + billing extract taken 2026-07-03), naive local times of each market.
orders.amount is USD (reporting currency); currency + amount_local keep what was charged
(CNY 7.20, HKD 7.80, SGD 1.35, GBP 0.79 per USD, fixed group rates).

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders, feedback (CSV per DATA.md) and
OUTDIR/_truth/feedback_truth.csv (topics of each comment; not a DATA.md table). Seed 20260703, numpy + stdlib.
"""
from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260703
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
OCR_V4 = (datetime(2026, 3, 2), datetime(2026, 3, 30))   # OCR engine v4: Chinese/scanned PDFs fail, rolled back 30 Mar
PER_USD = {"CNY": 7.20, "HKD": 7.80, "SGD": 1.35, "GBP": 0.79}

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_demo_request", "预约演示", "Demo request", "awareness", "web", "digital", "marketing",
     "演示申请|申请演示|留资|询价|线索|demo request|book a demo|lead|enquiry|inquiry"),
    ("tp_partner_referral", "合作伙伴推荐", "Partner referral", "awareness", "other", "physical", "partnerships",
     "渠道推荐|伙伴推荐|转介绍|介绍客户|referral|partner lead|introducer"),
    ("tp_demo_call", "产品演示", "Product demo", "consideration", "phone", "digital", "sales",
     "演示|线上演示|产品讲解|demo|demo call|product walkthrough|sales demo"),
    ("tp_trial", "免费试用", "Free trial", "consideration", "web", "digital", "sales",
     "试用|试用数据室|开通试用|trial|free trial|trial room|pilot room"),
    ("tp_room_setup", "数据室搭建", "Room setup", "consideration", "web", "digital", "customer_success",
     "搭建|建房|目录搭建|权限设置|room setup|room configuration|folder index|permissions setup|onboarding"),
    ("tp_doc_upload", "文档上传与索引", "Document upload & indexing", "consideration", "web", "digital", "product",
     "上传|文档上传|索引|OCR|全文检索|批量上传|upload|document upload|indexing|bulk upload|ocr"),
    ("tp_subscription", "订阅付费", "Room subscription", "purchase", "web", "digital", "sales",
     "付费|订阅|开通正式版|签约|购买|计费|subscription|paid plan|purchase|go live|billing|conversion"),
    ("tp_bidder_invite", "投资方邀请", "Bidder invitation", "service", "email", "digital", "customer_success",
     "邀请投资方|投资人邀请|买方邀请|NDA|保密协议|访问权限|bidder invite|investor invitation|nda|bidder access"),
    ("tp_qa", "投资方问答", "Bidder Q&A", "service", "web", "digital", "customer_success",
     "问答|Q&A|问答模块|尽调问答|提问|bidder q&a|q and a|due diligence questions|qa module"),
    ("tp_deal_close", "交易完成", "Deal close", "service", "other", "physical", "customer_success",
     "结项|交割|签约完成|交易结束|项目结束|deal close|closing|signing|completion|deal end"),
    ("tp_archive_export", "归档导出", "Archive export", "service", "other", "physical", "customer_success",
     "归档|导出|存档|U盘归档|archive|archive export|export|usb archive|closing archive"),
    ("tp_renewal", "续约/新项目", "Renewal or new room", "loyalty", "phone", "digital", "account_management",
     "续约|续费|新项目|复购|新数据室|renewal|renew|new room|repeat deal|upsell"),
    ("tp_support_ticket", "客服工单", "Support ticket", "service", "email", "digital", "support",
     "工单|客服|技术支持|售后|投诉|support ticket|helpdesk|support|complaint|ticket"),
]
JOURNEYS = [  # id, zh, en, window, steps
    ("demo_to_trial", "演示到试用", "Demo to trial", 30, ["tp_demo_request", "tp_demo_call", "tp_trial"]),
    ("trial_to_paid", "试用转付费", "Trial to paid", 30, ["tp_trial", "tp_room_setup", "tp_doc_upload", "tp_subscription"]),
    ("deal_execution", "项目执行", "Deal execution", 240, ["tp_subscription", "tp_bidder_invite", "tp_qa", "tp_deal_close"]),
    ("close_to_renewal", "结项到续约", "Close to renewal", 180, ["tp_deal_close", "tp_archive_export", "tp_renewal"]),
]

MARKETS = {  # market: zh name, country, currency, [(city, region)], weight, zh-speaking share
    "CN": ("中国内地", "China", "CNY", [("上海", "上海市"), ("北京", "北京市"), ("深圳", "广东省")], 0.31, 1.0),
    "HK": ("香港", "Hong Kong", "HKD", [("香港", "香港特别行政区")], 0.33, 0.5),
    "SG": ("新加坡", "Singapore", "SGD", [("Singapore", "Singapore")], 0.15, 0.15),
    "UK": ("英国", "United Kingdom", "GBP", [("London", "England"), ("Manchester", "England"),
                                            ("Edinburgh", "Scotland")], 0.21, 0.0),
}
MKT = list(MARKETS)
FIRM_ZH = {"law_firm": "律师事务所", "investment_bank": "投资银行", "corporate": "企业"}
FIRM_W = {"CN": [0.30, 0.30, 0.40], "HK": [0.38, 0.40, 0.22], "SG": [0.40, 0.30, 0.30], "UK": [0.50, 0.28, 0.22]}
SOURCES = ["website", "linkedin_ads", "search_ads", "wechat", "conference"]
SOURCE_ZH = {"website": "官网", "linkedin_ads": "领英广告", "search_ads": "搜索广告", "wechat": "微信公众号",
             "conference": "行业会议", "partner_referral": "合作伙伴推荐", "installed_base": "老客户"}
SRC_W = {"CN": [0.30, 0.06, 0.22, 0.32, 0.10], "HK": [0.34, 0.24, 0.16, 0.14, 0.12],
         "SG": [0.36, 0.34, 0.18, 0.0, 0.12], "UK": [0.36, 0.36, 0.18, 0.0, 0.10]}
CONFERENCES = {"CN": "中国并购年会", "HK": "Asia M&A Forum Hong Kong", "SG": "SuperReturn Asia Singapore",
               "UK": "London Dealmakers Summit"}
PARTNERS = {"CN": [("瀚衡律师事务所", "law_firm"), ("立信达会计师事务所", "accounting_firm")],
            "HK": [("Carrow & Lam Solicitors", "law_firm"), ("Pacific Harbour Securities ECM", "bank")],
            "SG": [("Tan Goh & Partners", "law_firm"), ("Straits Advisory", "accounting_firm")],
            "UK": [("Whitcombe Reid LLP", "law_firm"), ("Fenwick Lowe Accountants", "accounting_firm")]}
PTYPE_ZH = {"law_firm": "律所", "accounting_firm": "会计师事务所", "bank": "银行"}
SALES = {"CN": ["王振宇", "刘雅琴"], "HK": ["陈嘉欣", "Michael Leung"], "SG": ["Priya Menon", "Daniel Tan"],
         "UK": ["Oliver Hughes", "Sophie Clarke"]}
AM_NPS = {"Priya Menon": 1.8, "Michael Leung": -1.8, "刘雅琴": 0.6}
PLANS = {  # plan: USD per month, page allowance
    "starter": (1500, 5000), "professional": (3600, 25000), "enterprise": (7800, None)}
PLAN_ZH = {"starter": "入门版", "professional": "专业版", "enterprise": "企业版"}
DEALS = {"ma_sell_side": "并购卖方", "fundraising": "融资", "ipo_dd": "IPO尽调", "restructuring": "债务重组"}
DEAL_W = {"law_firm": [0.45, 0.2, 0.2, 0.15], "investment_bank": [0.55, 0.2, 0.2, 0.05],
          "corporate": [0.2, 0.65, 0.1, 0.05]}
BIDDERS_N = {"ma_sell_side": (8, 26), "fundraising": (5, 16), "ipo_dd": (3, 8), "restructuring": (4, 11)}
TERMINATE = {"ma_sell_side": 0.22, "fundraising": 0.38, "ipo_dd": 0.12, "restructuring": 0.2}
FILE_TYPES = {"pdf_text": "文本PDF", "pdf_scanned": "扫描版PDF", "docx": "Word文档", "xlsx": "Excel表格"}
QA_CAT = {"financial": "财务", "legal": "法律", "tax": "税务", "hr": "人事", "commercial": "商务", "it_ip": "IT与知识产权"}
QA_W = [0.30, 0.24, 0.12, 0.10, 0.16, 0.08]
TICKET_ZH = {"permissions": "权限问题", "upload_indexing": "上传与索引", "billing": "计费问题",
             "bidder_access": "投资方访问", "qa_module": "问答模块", "export": "归档导出", "other": "其他"}
ORDER_ZH = {"subscription": "数据室订阅", "room_extension": "延期续费", "page_overage": "超页费", "storage_overage": "超容量费",
            "archive_export": "归档导出"}
EXPORT_ZH = {"download_zip": "在线下载", "encrypted_usb": "加密U盘"}
BIRDS = [("Falcon", "猎鹰"), ("Heron", "苍鹭"), ("Kestrel", "红隼"), ("Osprey", "鱼鹰"), ("Crane", "仙鹤"),
         ("Swift", "雨燕"), ("Magpie", "喜鹊"), ("Egret", "白鹭"), ("Kite", "鸢"), ("Raven", "渡鸦"),
         ("Oriole", "黄鹂"), ("Ibis", "朱鹮"), ("Condor", "秃鹰"), ("Plover", "鸻"), ("Lark", "云雀")]
INVESTORS = ["鼎元资本", "华泓投资", "启明山资本", "弘信产业基金", "远景并购基金", "国泰安联投资", "盛世景资本", "中岳战投",
             "Harbourline Capital", "Northbridge Partners", "Kestrel Private Equity", "Summit Ridge Capital",
             "Bluewater Infrastructure", "Granite Peak Partners", "Meridian Growth", "Atlas Strategic Holdings",
             "Lion City Ventures", "Straits Growth Fund", "Thames Valley Capital", "Orchard Road Partners",
             "Jade Harbour Capital", "Victoria Peak Investments", "Red Kite Industrial", "Pennine Equity"]

# ---- feedback texts: every comment of a topic carries its marker phrase (gold counts by these markers)
MARK = {
    "perm_complex": ("权限设置太复杂", "permission settings are a nightmare"),
    "setup_easy": ("搭建很快", "set up the room in no time"),
    "ocr_bad": ("扫描件搜不到", "scanned files aren't searchable"),
    "upload_slow": ("上传太慢", "uploads are painfully slow"),
    "qa_slow": ("问答回复太慢", "Q&A answers took days"),
    "qa_good": ("问答流程很清晰", "Q&A workflow is really clean"),
    "watermark": ("水印挡住内容", "watermark covers the text"),
    "nda_hassle": ("保密协议签署麻烦", "NDA click-through kept failing"),
    "mobile_viewer": ("手机上看文件很卡", "mobile viewer is clunky"),
    "overage_shock": ("超页费太贵", "page overage charges were a shock"),
    "price_high": ("价格偏贵", "pricing is steep"),
    "demo_good": ("演示讲得很清楚", "demo was really clear"),
    "export_missing": ("归档缺文件", "archive export was missing files"),
    "export_easy": ("归档导出很方便", "archive export was painless"),
    "support_fast": ("客服响应很快", "support got back to us fast"),
    "security_good": ("安全性让客户放心", "security gave our client peace of mind"),
}
NEG = {"perm_complex", "ocr_bad", "upload_slow", "qa_slow", "watermark", "nda_hassle", "mobile_viewer",
       "overage_shock", "price_high", "export_missing"}
FB = {
    "perm_complex": {
        "zh": ["{m}，按投资方分组设置文件夹权限要点几十次", "{m}了，第一次用根本搞不清查看和下载权限的区别",
               "说实话{m}，我们合伙人都不敢自己动", "{m}，能不能做个模板直接套用"],
        "en": ["The {m} - setting folder access per bidder group took us a whole day",
               "Honestly the {m}, view vs download vs print rights are confusing",
               "Our paralegal says the {m}; please add templates", "{m} for a first-time user"]},
    "setup_easy": {
        "zh": ["{m}，导入目录模板半天就好了", "{m}，客户成功经理全程陪着", "整体{m}，比上一家供应商省事"],
        "en": ["We {m} using the index template", "CSM was great, we {m}", "Honestly we {m}, much easier than our old VDR"]},
    "ocr_bad": {
        "zh": ["{m}，上传的合同全文检索一个字都搜不出来", "中文{m}，识别出来全是乱码", "{m}，投资方抱怨没法检索尽调文件",
               "最近{m}，重新上传了三次还是不行"],
        "en": ["Our {m} anymore, full-text search returns nothing", "The Chinese {m} - OCR comes out as gibberish",
               "Bidders complain the {m}", "Since the update our {m}, re-uploaded three times"]},
    "upload_slow": {
        "zh": ["{m}，两千页的文件夹传了一个晚上", "批量{m}，经常中途断掉", "{m}，赶上投资方进场前真的很急"],
        "en": ["Bulk {m}, a 2k-page folder took all night", "The {m} and sometimes stall halfway",
               "{m} the night before bidders went in"]},
    "qa_slow": {
        "zh": ["{m}，提了问题三四天才有人答", "卖方{m}，影响我们的报价时间表", "{m}，催了好几次都没动静"],
        "en": ["The {m}; we waited four days on a simple tax point", "Seller side {m}, hurt our bid timetable",
               "Q&A was frustrating - {m} to come back"]},
    "qa_good": {
        "zh": ["{m}，问题分类和分派都很方便", "{m}，答复能直接关联到文件", "{m}，比邮件来回效率高多了"],
        "en": ["The {m}, routing to the right expert was easy", "Nice - {m} and answers link to documents",
               "{m}, far better than email chains"]},
    "watermark": {
        "zh": ["{m}，财务报表的数字都看不清", "动态{m}了，打印出来没法用", "{m}，能不能调淡一点"],
        "en": ["The dynamic {m} on the financial statements", "The {m}, printouts are unusable",
               "Please lighten it, the {m}"]},
    "nda_hassle": {
        "zh": ["{m}，点了同意还是进不去", "{m}，我们法务要走纸质流程", "{m}，折腾了一天才拿到访问权限"],
        "en": ["The {m}, we couldn't get into the room", "Our {m} on Safari", "{m} so we lost a day of review"]},
    "mobile_viewer": {
        "zh": ["{m}，翻页要等好几秒", "{m}，出差路上基本没法看", "iPad上也是，{m}"],
        "en": ["The {m}, page turns take ages", "Reviewing on the train is impossible, the {m}",
               "Even on iPad the {m}"]},
    "overage_shock": {
        "zh": ["{m}，事先没人提醒我们快超了", "这次{m}，比订阅费还高", "{m}，希望改成按容量计费"],
        "en": ["The {m}, nobody warned us we were close", "Those {m} - more than the subscription itself",
               "{m}; per-page pricing feels outdated"]},
    "price_high": {
        "zh": ["{m}，小项目用不起", "和其他数据室比{m}", "{m}，预算审批很难过"],
        "en": ["The {m} for a small fundraising round", "Compared to other VDRs the {m}",
               "{m} - hard to get past our cost committee"]},
    "demo_good": {
        "zh": ["{m}，权限和问答都演示到了", "销售{m}，回答问题也专业", "{m}，我们当场就决定试用"],
        "en": ["The {m}, covered permissions and Q&A", "Sales {m} and answered every question",
               "The {m}; we signed up for the trial right after"]},
    "export_missing": {
        "zh": ["{m}，问答记录和部分附件都没导出来", "U盘里的{m}，又重新寄了一次", "{m}，律所存档要求完整副本"],
        "en": ["The {m} - Q&A log and some attachments were not there", "USB {m}, had to be sent again",
               "Our {m}, which is a compliance problem for us"]},
    "export_easy": {
        "zh": ["{m}，目录结构完整保留", "{m}，U盘加密也很专业", "{m}，两天就收到了"],
        "en": ["The {m}, folder structure kept intact", "{m} and the encrypted USB arrived quickly",
               "Really, the {m}"]},
    "support_fast": {
        "zh": ["{m}，半夜提的工单十分钟有人回", "{m}，问题当场解决", "中文{m}，很专业"],
        "en": ["The {m}, even at midnight", "{m} and fixed it on the call", "{m} - great service"]},
    "security_good": {
        "zh": ["{m}，审计日志很完整", "{m}，监管检查也过了", "{m}，权限控制到位"],
        "en": ["The {m}, audit trail was complete", "{m} - passed their infosec review easily",
               "The platform's {m}"]},
}
FILLER = {"zh": ["整体还可以", "没什么特别的意见", "用起来还行，希望继续改进", "基本满足需求", "一般般吧"],
          "en": ["Fine overall", "No major issues", "Does the job", "OK, nothing special", "Works as expected"]}


def P(p: float) -> bool:
    return bool(rng.random() < p)


def pick(seq, p=None):
    return seq[int(rng.choice(len(seq), p=p))]


def office(day: datetime, lo=9.0, hi=19.0) -> datetime:
    h = float(rng.uniform(lo, hi))
    return datetime(day.year, day.month, day.day) + D(hours=h, seconds=int(rng.integers(0, 60)))


def later(t: datetime, lo_d: float, hi_d: float, lo=9.0, hi=19.0) -> datetime:
    d = t + D(days=float(rng.uniform(lo_d, hi_d)))
    out = office(d, lo, hi)
    return out if out > t else t + D(minutes=int(rng.integers(5, 90)))


EVENTS: list[dict] = []
ORDERS: list[dict] = []
FEEDBACK: list[dict] = []
TRUTH: list[dict] = []
CUST: dict[str, dict] = {}
ROOMS: dict[str, list] = {}
_n = {"room": 0, "ord": 0, "tk": 0, "demo": 0}


def ev(cid, tp, ts, action, sess=None, **extra):
    c = CUST[cid]
    row = dict(customer_id=cid, ts=ts, touchpoint_id=tp, action=action, session_id=sess, market=c["market"])
    row.update(extra)
    EVENTS.append(row)
    return row


def order(cid, ts, otype, usd, status="paid", **extra):
    c = CUST[cid]
    cur = MARKETS[c["market"]][2]
    local = round(usd * PER_USD[cur], -1 if cur in ("CNY", "HKD") else 0)
    _n["ord"] += 1
    row = dict(order_id=f"SO{_n['ord']:06d}", customer_id=cid, ts=ts, amount=round(local / PER_USD[cur], 2),
               status=status, order_type=otype, 订单类型=ORDER_ZH[otype], currency=cur, amount_local=local,
               market=c["market"])
    row.update(extra)
    ORDERS.append(row)
    return row


def feedback(cid, ts, topics, channel, tp, rating=None, nps=None, drop_ts=False, lang=None, **extra):
    c = CUST[cid] if cid else None
    if lang is None:
        lang = c["lang"] if c else "en"
    parts = []
    for t in topics:
        parts.append(pick(FB[t][lang]).format(m=MARK[t][0 if lang == "zh" else 1]))
    if not parts:
        parts.append(pick(FILLER[lang]))
    sep = "；" if lang == "zh" else ". "
    text = sep.join(parts)
    if lang == "en":
        text = text[0].upper() + text[1:]
    fid = f"FB{len(FEEDBACK) + 1:05d}"
    row = dict(feedback_id=fid, text=text, ts=None if drop_ts else ts, _ts=ts, customer_id=cid, touchpoint_id=tp,
               channel=channel, rating=rating, nps=nps, language=lang, market=c["market"] if c else None)
    row.update(extra)
    FEEDBACK.append(row)
    neg = any(t in NEG for t in topics)
    pos = any(t not in NEG for t in topics)
    TRUTH.append(dict(feedback_id=fid, topics="|".join(topics),
                      sentiment="negative" if neg else ("positive" if pos else "neutral")))
    return row


def stars(topics):
    if any(t in NEG for t in topics):
        return int(pick([1, 2, 2, 3], [0.3, 0.35, 0.15, 0.2]))
    if topics:
        return int(pick([4, 5], [0.4, 0.6]))
    return int(pick([3, 4, 5], [0.4, 0.4, 0.2]))


def msg_channel(c):
    return "wechat" if c["lang"] == "zh" else "email"


def new_customer(signup, market=None, source=None, partner=None, legacy=False):
    market = market or pick(MKT, [MARKETS[m][4] for m in MKT])
    name_zh, country, cur, cities, _, zh_share = MARKETS[market]
    city, region = cities[int(rng.choice(len(cities)))] if len(cities) > 1 else cities[0]
    ftype = pick(list(FIRM_ZH), FIRM_W[market])
    lang = "zh" if P(zh_share) else "en"
    cid = f"AC{len(CUST) + 1:05d}"
    if lang == "zh":
        stem = pick(["汇衡", "方德", "正衍", "明策", "嘉禾", "恒岳", "通和", "朗润", "博远", "睿信", "中瀚", "海诚"])
        fname = stem + {"law_firm": "律师事务所", "investment_bank": "证券", "corporate": pick(["科技有限公司",
                                                                                       "生物医药有限公司",
                                                                                       "新能源股份有限公司"])}[ftype]
    else:
        stem = pick(["Ashford", "Barrow", "Castleton", "Denholm", "Everly", "Fairbank", "Granger", "Holloway",
                     "Kingsley", "Linden", "Marlow", "Ng", "Ong", "Lau", "Wong", "Tan"])
        fname = stem + {"law_firm": pick([" & Partners LLP", " Legal", " Solicitors"]),
                        "investment_bank": pick([" Capital Markets", " Securities", " Advisory"]),
                        "corporate": pick([" Holdings", " Technologies", " Group"])}[ftype]
    CUST[cid] = dict(customer_id=cid, signup_at=signup, market=market, 市场=name_zh, country=country, city=city,
                     region=region, firm_type=ftype, 客户类型=FIRM_ZH[ftype], firm_name=fname, lang=lang,
                     preferred_language=lang, acquisition_channel=source or "installed_base",
                     获客渠道=SOURCE_ZH[source or "installed_base"], account_manager=pick(SALES[market]),
                     partner_name=partner, employees=int(rng.choice([30, 80, 150, 400, 1200, 5000],
                                                                    p=[0.15, 0.2, 0.2, 0.2, 0.15, 0.1])),
                     legacy=legacy, rooms=0, trial=False, paid=False, last_close=None, live=False, renewed=False)
    return cid


def ticket(cid, ts, cat, tp_about=None, room=None, fb_topics=None):
    _n["tk"] += 1
    tk = f"TK{_n['tk']:05d}"
    c = CUST[cid]
    frh = float(np.round(rng.gamma(2.0, 2.5 if c["market"] != "UK" else 4.0), 1))
    ev(cid, "tp_support_ticket", ts, pick(["resolved", "resolved", "resolved", "escalated"]), tk, ticket_id=tk,
       ticket_category=cat, 工单类型=TICKET_ZH[cat], first_response_hours=frh, room_id=room, device="pc")
    if fb_topics is not None:
        feedback(cid, later(ts, 0.2, 3), fb_topics, "ticket", tp_about or "tp_support_ticket", ticket_id=tk,
                 room_id=room, respondent_role="admin")
    elif P(0.22):
        topics = ["support_fast"] if frh < 4 and P(0.7) else []
        feedback(cid, later(ts, 0.5, 4), topics, "support_csat", "tp_support_ticket", rating=stars(topics) if topics
                 else int(pick([2, 3, 4], [0.3, 0.4, 0.3])), ticket_id=tk, room_id=room, respondent_role="admin")


def upload_batch(cid, ts, room, phase):
    c = CUST[cid]
    ft = pick(list(FILE_TYPES), [0.42, 0.33 if c["market"] in ("CN", "HK") else 0.18, 0.15, 0.10]
              if c["market"] in ("CN", "HK") else [0.52, 0.18, 0.18, 0.12])
    pages = int(max(20, rng.lognormal(6.3, 0.8)))
    v4 = OCR_V4[0] <= ts < OCR_V4[1]
    engine = "v4.0" if v4 else ("v3.9" if ts >= OCR_V4[1] else "v3.8")
    p_fail = 0.05 if ft == "pdf_scanned" else 0.025
    if v4:
        p_fail = 0.72 if ft == "pdf_scanned" else 0.14
    fail = P(p_fail)
    minutes = float(np.round(pages / rng.uniform(60, 140) * (2.5 if ft == "pdf_scanned" else 1.0), 1))
    ev(cid, "tp_doc_upload", ts, "index_failed" if fail else "indexed", room, room_id=room, file_type=ft,
       文件类型=FILE_TYPES[ft], pages=pages, ocr_engine=engine, index_minutes=minutes, phase=phase,
       doc_language=pick(["zh", "en", "mixed"], [0.6, 0.15, 0.25]) if c["market"] in ("CN", "HK") else "en",
       device="pc")
    if fail:
        if P(0.45):
            ticket(cid, later(ts, 0, 1), "upload_indexing", "tp_doc_upload", room,
                   fb_topics=["ocr_bad"] if ft == "pdf_scanned" and (v4 or P(0.5)) else ["upload_slow"])
        elif ft == "pdf_scanned" and P(0.35):
            feedback(cid, later(ts, 0, 4), ["ocr_bad"], msg_channel(c), "tp_doc_upload", room_id=room,
                     respondent_role="admin", drop_ts=P(0.25) and c["lang"] == "zh")
    elif P(0.02):
        feedback(cid, later(ts, 0, 3), ["upload_slow"], msg_channel(c), "tp_doc_upload", room_id=room,
                 respondent_role="admin")
    return pages, fail


def run_room(cid, t_sub, plan, deal, repeat=False, room=None):
    """A paid room from subscription to close, archive and maybe the next room (a trial room keeps its id)."""
    c = CUST[cid]
    if room is None:
        _n["room"] += 1
        room = f"VDR{_n['room']:05d}"
    bird = BIRDS[_n["room"] % len(BIRDS)]
    codename = f"Project {bird[0]}" if c["lang"] == "en" else f"{bird[1]}项目"
    c["rooms"] += 1
    c["paid"] = True
    c["plan"] = plan
    price, allowance = PLANS[plan]
    ev(cid, "tp_subscription", t_sub, "paid", room, room_id=room, plan=plan, 套餐=PLAN_ZH[plan], deal_type=deal,
       交易类型=DEALS[deal], deal_codename=codename, term_months=3, is_repeat_room=repeat, device="pc")
    order(cid, t_sub, "subscription", price * 3, room_id=room, plan=plan, deal_type=deal, is_repeat_room=repeat,
          channel="contract" if plan == "enterprise" or repeat else "online_checkout")
    # more uploads in the first weeks
    pages_total = 0
    for _ in range(int(rng.integers(2, 6))):
        p, _f = upload_batch(cid, later(t_sub, 0, 35), room, "live")
        pages_total += p
    pages_total += int(rng.integers(1500, 6000)) if deal in ("ma_sell_side", "ipo_dd") else int(rng.integers(500, 3000))
    # bidders (some deals are pulled before any bidder is let in)
    lo, hi = BIDDERS_N[deal]
    n_bid = 0 if P(0.07) else int(rng.integers(lo, hi + 1))
    t_inv0 = later(t_sub, 3, 18)
    signed = []
    for k in range(n_bid):
        t = later(t_inv0, 0, 12)
        inv = pick(INVESTORS)
        r = rng.random()
        act = "nda_signed" if r < 0.74 else ("declined" if r < 0.86 else "no_response")
        ev(cid, "tp_bidder_invite", t, act, room, room_id=room, bidder_org=inv,
           nda_method=pick(["click_through", "docusign", "wet_ink"], [0.6, 0.3, 0.1]), deal_type=deal,
           交易类型=DEALS[deal], device=pick(["pc", "ios", "android"], [0.75, 0.15, 0.10]))
        if act == "nda_signed":
            signed.append((inv, t))
    # Q&A
    dur = float(rng.uniform(60, 190)) if deal != "ipo_dd" else float(rng.uniform(45, 110))
    if n_bid == 0:
        dur = float(rng.uniform(40, 120))
    elif P(0.12):
        dur = float(rng.uniform(240, 330))      # long-running processes
    t_close = later(t_sub, dur, dur + 5)
    p_late = {"corporate": 0.34, "law_firm": 0.11, "investment_bank": 0.08}[c["firm_type"]]
    late_by_bidder = {}
    for inv, t_in in signed:
        nq = int(rng.poisson(2.6))
        late_by_bidder[inv] = 0
        for _ in range(nq):
            t = later(t_in, 1, max(2.0, (t_close - t_in).days * 0.85))
            cat = pick(list(QA_CAT), QA_W)
            pl = p_late + (0.10 if cat == "tax" else 0.0)
            r = rng.random()
            if r < 0.03:
                act, hours = "withdrawn", None
            elif r < 0.03 + pl:
                act, hours = "answered_late", float(np.round(rng.uniform(49, 160), 1))
                late_by_bidder[inv] += 1
            else:
                act, hours = "answered", float(np.round(rng.gamma(2.2, 6.0 + (5 if cat == "tax" else 0)), 1))
                hours = min(hours, 47.5)
            ev(cid, "tp_qa", t, act, room, room_id=room, bidder_org=inv, qa_category=cat, 问题类别=QA_CAT[cat],
               response_hours=hours, sla_hours=48, device=pick(["pc", "ios", "android"], [0.68, 0.2, 0.12]),
               deal_type=deal)
        # bidder survey
        if nq and P(0.2):
            tps = []
            if late_by_bidder[inv] and P(0.65):
                tps = ["qa_slow"]
            elif not late_by_bidder[inv] and P(0.3):
                tps = ["qa_good"]
            tp = "tp_qa"
            r = rng.random()
            if not tps and r < 0.07:
                tps, tp = ["watermark"], "tp_bidder_invite"
            elif not tps and r < 0.13:
                tps, tp = ["mobile_viewer"], "tp_bidder_invite"
            elif not tps and r < 0.18:
                tps, tp = ["nda_hassle"], "tp_bidder_invite"
            blang = "zh" if (inv[0] >= "\u4e00" or (c["lang"] == "zh" and P(0.5))) else "en"
            feedback(cid, later(t_close - D(days=10), 0, 15) if t_close < END else later(t_in, 5, 40), tps, "bidder_survey",
                     tp, rating=stars(tps), lang=blang, respondent_role="bidder", bidder_org=inv, room_id=room)
    # support tickets during the room's life
    for _ in range(int(rng.poisson(0.9))):
        t = later(t_sub, 0, max(1.0, dur))
        cat = pick(["permissions", "bidder_access", "billing", "qa_module", "other"], [0.3, 0.3, 0.12, 0.13, 0.15])
        if cat == "bidder_access" and P(0.3):
            ticket(cid, t, cat, "tp_bidder_invite", room, fb_topics=[pick(["nda_hassle", "watermark"])])
        else:
            ticket(cid, t, cat, room=room)
    # extensions monthly after the 3-month term
    t_ext = t_sub + D(days=91)
    while t_ext < min(t_close, END):
        order(cid, office(t_ext), "room_extension", price, room_id=room, plan=plan, deal_type=deal,
              channel="auto_renew")
        t_ext += D(days=30)
    if t_close > END:
        c["live"] = True
        return
    outcome = "terminated" if n_bid == 0 or P(TERMINATE[deal]) else "closed"
    ev(cid, "tp_deal_close", t_close, outcome, room, room_id=room, deal_type=deal, 交易类型=DEALS[deal],
       deal_value_musd=float(np.round(rng.lognormal(3.6, 1.0), 1)) if outcome == "closed" else None,
       days_live=(t_close - t_sub).days, bidders_invited=n_bid, bidders_signed=len(signed))
    c["last_close"] = t_close
    # page overage at close
    if allowance and pages_total > allowance:
        over = pages_total - allowance
        st = "refunded" if P(0.1) else "paid"
        order(cid, later(t_close, 1, 6), "page_overage", over * 0.40, status=st, room_id=room, plan=plan,
              pages_over=over, deal_type=deal, channel="invoice")
        if P(0.3):
            feedback(cid, later(t_close, 2, 12), ["overage_shock"], pick([msg_channel(c), "call_note"]),
                     "tp_subscription", respondent_role="admin", room_id=room,
                     account_manager=c["account_manager"], drop_ts=P(0.3))
    elif allowance is None and pages_total > 30000 and P(0.5):
        order(cid, later(t_close, 1, 6), "storage_overage", float(rng.choice([500, 1000, 1500])), room_id=room,
              plan=plan, deal_type=deal, channel="invoice")
    # NPS after close
    if P(0.42):
        base = 8.2 if outcome == "closed" else 6.6
        score = int(np.clip(np.round(rng.normal(base + AM_NPS.get(c["account_manager"], 0), 1.6)), 0, 10))
        tps = []
        if score >= 9 and P(0.35):
            tps = ["security_good"]
        elif score <= 6 and P(0.35):
            tps = ["price_high"]
        feedback(cid, later(t_close, 2, 10), tps, "nps_survey", "tp_deal_close", nps=score,
                 respondent_role="admin", room_id=room, account_manager=c["account_manager"])
    # archive export
    if P(0.86):
        fmt = pick(list(EXPORT_ZH), [0.55, 0.45] if c["firm_type"] == "law_firm" else [0.72, 0.28])
        t_exp = later(t_close, 2, 12)
        p_re = 0.30 if fmt == "encrypted_usb" else 0.07
        redo = P(p_re)
        days = int(rng.integers(1, 4)) if fmt == "download_zip" else int(rng.integers(4, 11))
        if redo:
            days += int(rng.integers(5, 15))
        if t_exp <= END:
            ev(cid, "tp_archive_export", t_exp, "redelivered" if redo else "delivered", room, room_id=room,
               export_format=fmt, 导出方式=EXPORT_ZH[fmt], export_pages=pages_total, days_to_deliver=days,
               missing_items=int(rng.integers(3, 60)) if redo else 0)
            order(cid, t_exp, "archive_export", 400 if fmt == "download_zip" else 1200, room_id=room, plan=plan,
                  export_format=fmt, deal_type=deal, channel="invoice")
            if redo:
                c["redo"] = True
            if P(0.32 if redo else 0.2):
                tps = ["export_missing"] if redo and P(0.75) else (["export_easy"] if not redo and P(0.45) else [])
                feedback(cid, later(t_exp, days, days + 6), tps, "admin_survey", "tp_archive_export",
                         rating=stars(tps), respondent_role="admin", room_id=room)
            if redo and P(0.25):
                ticket(cid, later(t_exp, 1, 6), "export", "tp_archive_export", room, fb_topics=["export_missing"])
        t_ref = t_exp
    else:
        redo = False
        t_ref = t_close
    # renewal / next room
    p_ren = {"investment_bank": 0.58, "law_firm": 0.52, "corporate": 0.22}[c["firm_type"]]
    if redo:
        p_ren *= 0.45
    if outcome == "terminated":
        p_ren *= 0.8
    if P(p_ren):
        t_ren = later(t_ref, 15, 140)
        if t_ren <= END:
            plan2 = plan if P(0.7) else pick(list(PLANS), [0.3, 0.45, 0.25])
            deal2 = pick(list(DEALS), DEAL_W[c["firm_type"]])
            ev(cid, "tp_renewal", t_ren, "new_room" if plan2 != "enterprise" else pick(["new_room", "annual_plan"]),
               None, plan=plan2, 套餐=PLAN_ZH[plan2], deal_type=deal2, 交易类型=DEALS[deal2],
               account_manager=c["account_manager"])
            c["renewed"] = True
            run_room(cid, later(t_ren, 0, 10), plan2, deal2, repeat=True)
            return
    if P(0.25):
        tps = ["price_high"] if P(0.4) else []
        feedback(cid, later(t_ref, 30, 120), tps, "call_note", "tp_renewal", respondent_role="admin",
                 account_manager=c["account_manager"], drop_ts=P(0.5))


def choose_plan(c):
    w = {"law_firm": [0.5, 0.4, 0.1], "investment_bank": [0.15, 0.5, 0.35], "corporate": [0.7, 0.25, 0.05]}
    return pick(list(PLANS), w[c["firm_type"]])


P_PAID = {"partner_referral": 0.80, "website": 0.58, "conference": 0.55, "wechat": 0.52, "search_ads": 0.47,
          "linkedin_ads": 0.16}


def run_trial(cid, t_trial):
    c = CUST[cid]
    c["trial"] = True
    _n["room"] += 1
    room = f"VDR{_n['room']:05d}"
    ev(cid, "tp_trial", t_trial, "started", room, room_id=room, trial_days=14, device="pc")
    if not P(0.86 if c["firm_type"] != "corporate" else 0.8):
        return
    t_set = later(t_trial, 0, 3)
    stalled = P(0.32 if c["firm_type"] == "corporate" else 0.1)
    ev(cid, "tp_room_setup", t_set, "stalled" if stalled else "completed", room, room_id=room,
       setup_hours=float(np.round(rng.gamma(2.0, 3.5 if stalled else 1.6), 1)),
       permission_groups=int(rng.integers(2, 15)), folders=int(rng.integers(8, 120)), used_template=P(0.45),
       device="pc")
    if P(0.28):
        if stalled or c["firm_type"] == "corporate":
            tps = ["perm_complex"] if P(0.7) else []
        else:
            tps = ["perm_complex"] if P(0.12) else (["setup_easy"] if P(0.45) else [])
        feedback(cid, later(t_set, 1, 5), tps, "admin_survey", "tp_room_setup", rating=stars(tps),
                 respondent_role="admin", room_id=room)
    elif stalled and P(0.3):
        if P(0.5):
            ticket(cid, later(t_set, 0, 2), "permissions", "tp_room_setup", room, fb_topics=["perm_complex"])
        else:
            feedback(cid, later(t_set, 0, 4), ["perm_complex"], msg_channel(c), "tp_room_setup", room_id=room,
                     respondent_role="admin", drop_ts=P(0.25) and c["lang"] == "zh")
    if not P(0.9 if not stalled else 0.55):
        return
    fails = 0
    for i in range(int(rng.integers(1, 4))):
        _p, f = upload_batch(cid, later(t_set, 0.1 + i * 1.5, 2 + i * 2), room, "trial")
        fails += f
    p = P_PAID[c["acquisition_channel"]] * (0.5 if stalled else 1.0) * (0.2 if fails else 1.0)
    if P(p):
        t_sub = later(t_trial, 8, 27)
        if t_sub <= END:
            plan = choose_plan(c)
            run_room(cid, t_sub, plan, pick(list(DEALS), DEAL_W[c["firm_type"]]), room=room)
    elif P(0.1):
        order(cid, later(t_trial, 10, 20), "subscription", PLANS["starter"][0] * 3, status="cancelled",
              room_id=room, plan="starter", channel="online_checkout")


def run_demo_lead(t):
    market = pick(MKT, [MARKETS[m][4] for m in MKT])
    src = pick(SOURCES, SRC_W[market])
    cid = new_customer(t, market, src)
    c = CUST[cid]
    _n["demo"] += 1
    dev = pick(["pc", "mobile"], [0.55, 0.45] if src in ("wechat", "linkedin_ads") else [0.8, 0.2])
    ev(cid, "tp_demo_request", t, "submitted", f"DM{_n['demo']:05d}", channel=src, lead_source=src,
       线索来源=SOURCE_ZH[src], conference=CONFERENCES[market] if src == "conference" else None, device=dev,
       campaign=f"{src}_{t:%Y%m}" if src in ("linkedin_ads", "search_ads") else None)
    if P(0.04):
        ev(cid, "tp_demo_request", later(t, 1, 12), "submitted", f"DM{_n['demo']:05d}", channel=src, lead_source=src,
           线索来源=SOURCE_ZH[src], device=dev)
    if not P(0.8 if src != "linkedin_ads" else 0.7):
        return
    t_demo = later(t, 1, 8)
    held = True
    if P(0.17 if src != "linkedin_ads" else 0.3):
        ev(cid, "tp_demo_call", t_demo, "no_show", f"DM{_n['demo']:05d}", presenter=c["account_manager"],
           duration_min=0, device="pc")
        held = P(0.45)
        t_demo = later(t_demo, 2, 9)
    if not held:
        return
    dur = int(rng.integers(25, 70))
    ev(cid, "tp_demo_call", t_demo, "held", f"DM{_n['demo']:05d}", presenter=c["account_manager"],
       duration_min=dur, device="pc")
    tps = []
    if P(0.12):
        tps = ["demo_good"] if P(0.6) else ["price_high"]
        note = P(0.4)
        feedback(cid, later(t_demo, 0, 3), tps, "call_note" if note else "demo_survey", "tp_demo_call",
                 rating=None if note else stars(tps), respondent_role="admin", account_manager=c["account_manager"],
                 drop_ts=note and P(0.5))
    p_trial = {"website": 0.62, "linkedin_ads": 0.5, "search_ads": 0.55, "wechat": 0.56, "conference": 0.66}[src]
    if P(p_trial):
        run_trial(cid, later(t_demo, 0.2, 10))


def run_referral(t):
    market = pick(MKT, [MARKETS[m][4] for m in MKT])
    partner, ptype = PARTNERS[market][int(rng.integers(0, 2))]
    cid = new_customer(t, market, "partner_referral", partner)
    ev(cid, "tp_partner_referral", t, "referred", None, partner_name=partner, partner_type=ptype,
       合作伙伴类型=PTYPE_ZH[ptype], channel="partner_referral", lead_source="partner_referral",
       线索来源=SOURCE_ZH["partner_referral"])
    c = CUST[cid]
    if P(0.35):
        _n["demo"] += 1
        ev(cid, "tp_demo_call", later(t, 1, 6), "held", f"DM{_n['demo']:05d}", presenter=c["account_manager"],
           duration_min=int(rng.integers(25, 60)), device="pc")
    if P(0.78):
        run_trial(cid, later(t, 2, 15))


def legacy_base():
    for _ in range(210):
        t_sub = datetime(2024, 6, 1) + D(days=float(rng.uniform(0, 205)))
        cid = new_customer(t_sub - D(days=float(rng.uniform(30, 500))), legacy=True)
        c = CUST[cid]
        c["trial"] = True
        run_room(cid, office(t_sub), choose_plan(c), pick(list(DEALS), DEAL_W[c["firm_type"]]))


def review_site():
    paid = [cid for cid, c in CUST.items() if c["paid"]]
    for _ in range(170):
        cid = pick(paid)
        c = CUST[cid]
        t = office(START + D(days=float(rng.uniform(20, (END - START).days))))
        r = rng.random()
        if r < 0.18:
            tps, tp = ["perm_complex"], "tp_room_setup"
        elif r < 0.32:
            tps, tp = ["price_high"], "tp_subscription"
        elif r < 0.40:
            tps, tp = ["mobile_viewer"], "tp_bidder_invite"
        elif r < 0.62:
            tps, tp = ["security_good"], "tp_deal_close"
        elif r < 0.78:
            tps, tp = ["qa_good"], "tp_qa"
        elif r < 0.88:
            tps, tp = ["setup_easy"], "tp_room_setup"
        else:
            tps, tp = [], "tp_subscription"
        row = feedback(cid, t, tps, "review_site", tp, rating=stars(tps), lang="en" if c["market"] != "CN" else "zh",
                       respondent_role="admin", site="G2" if c["market"] != "CN" else "企服点评")
        if P(0.4):
            row["customer_id"] = None       # anonymous review, not matched to an account


def segment(c):
    if not c["trial"]:
        return "prospect"
    if not c["paid"]:
        return "trial_only"
    if c["live"]:
        return "repeat" if c["rooms"] >= 2 else "active"
    if c["renewed"]:
        return "repeat"
    if c["last_close"] and (END - c["last_close"]).days > 150:
        return "churned"
    return "between_deals"


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    legacy_base()
    day = START
    while day <= END:
        m_idx = (day.year - 2025) * 12 + day.month - 1
        lam = (3.0 + 0.06 * m_idx) * (0.6 if day.weekday() >= 5 else 1.0)
        if day.month == 2 and day.day < 15:
            lam *= 0.6   # Chinese New Year / quiet weeks
        for _ in range(int(rng.poisson(lam))):
            run_demo_lead(office(day, 8, 23))
        for _ in range(int(rng.poisson(0.75 + 0.015 * m_idx))):
            run_referral(office(day))
        day += D(days=1)
    review_site()
    # keep only the extract window, number events by time
    rows = [r for r in EVENTS if START <= r["ts"] <= END]
    rows.sort(key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(rows, 1):
        r["event_id"] = f"EV{i:07d}"
    # a few archive-service webhook re-sends: exact duplicates
    dups = [dict(r) for r in rows if r["touchpoint_id"] == "tp_archive_export"][:: 25]
    rows = rows + dups
    rows.sort(key=lambda r: r["event_id"])
    orders = sorted([o for o in ORDERS if START <= o["ts"] <= END], key=lambda o: o["ts"])
    tmap = {t["feedback_id"]: t for t in TRUTH}
    fb = sorted([f for f in FEEDBACK if START <= f["_ts"] <= END], key=lambda f: f["_ts"])
    truth = []
    for i, f in enumerate(fb, 1):
        t = dict(tmap[f["feedback_id"]])
        f["feedback_id"] = t["feedback_id"] = f"FB{i:05d}"
        truth.append(t)
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel"]
    for r in rows:
        for k in r:
            if k not in ev_cols:
                ev_cols.append(k)
    fb_cols = ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text"]
    for r in fb:
        for k in r:
            if k not in fb_cols and k != "_ts":
                fb_cols.append(k)
    ord_cols = ["order_id", "customer_id", "ts", "amount", "status", "channel"]
    for r in orders:
        for k in r:
            if k not in ord_cols:
                ord_cols.append(k)
    cust_rows = []
    for c in CUST.values():
        seg = segment(c)
        cust_rows.append(dict(customer_id=c["customer_id"], signup_at=c["signup_at"], segment=seg,
                              region=c["region"], acquisition_channel=c["acquisition_channel"],
                              tier=c.get("plan") if c["paid"] else None, firm_name=c["firm_name"],
                              firm_type=c["firm_type"], 客户类型=c["客户类型"], market=c["market"], 市场=c["市场"],
                              country=c["country"], city=c["city"], employees=c["employees"],
                              preferred_language=c["preferred_language"], account_manager=c["account_manager"],
                              partner_name=c["partner_name"], 获客渠道=c["获客渠道"]))
    write(out / "touchpoints.csv", [dict(touchpoint_id=t[0], name=t[2], name_zh=t[1], name_en=t[2], stage=t[3],
                                         channel=t[4], kind=t[5], owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    write(out / "journeys.csv", [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2],
                                      step=i, touchpoint_id=tp, window_days=j[3])
                                 for j in JOURNEYS for i, tp in enumerate(j[4], 1)])
    write(out / "customers.csv", cust_rows)
    write(out / "events.csv", rows, ev_cols)
    write(out / "orders.csv", orders, ord_cols)
    write(out / "feedback.csv", fb, fb_cols)
    (out / "_truth").mkdir(exist_ok=True)
    write(out / "_truth" / "feedback_truth.csv", truth)
    print(f"customers {len(cust_rows)}, events {len(rows)} ({len(dups)} dup), orders {len(orders)}, "
          f"feedback {len(fb)}")


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def write(path: Path, rows: list[dict], cols=None) -> None:
    cols = cols or list(rows[0])
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: fmt(r.get(k)) for k in cols})


if __name__ == "__main__":
    main()
