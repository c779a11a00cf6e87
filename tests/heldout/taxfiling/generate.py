"""税途 TaxPath: an online individual tax-filing service for Chinese- and English-speaking filers in the US
(synthetic, written blind).

People see an ad (Google search, Facebook / Instagram, 小红书, 微信公众号) or open a friend's referral link, create an
account, upload their tax forms (W-2, 1099, 1042-S, 1098-T ...), import data from their employer's payroll system,
bank or brokerage, buy a filing package at checkout (plus state returns and expert add-ons), get their return checked
by a tax expert (CPA / EA), e-file it, receive the IRS / state acknowledgement (accepted or rejected with a reject
code; rejected returns are fixed and re-sent), track the refund until it is deposited, and sometimes file an
amendment (1040-X). Support is a live chat; feedback comes from chat comments and CSAT, a post-filing survey
(rating + NPS), an exit survey on the checkout page, app-store reviews and social posts (小红书, 一亩三分地, Reddit,
微信群).

Two filing seasons: tax year 2024 (filed Jan-Oct 2025) and tax year 2025 (filed from Dec 2025; data ends 30 Jun 2026,
extract taken early July 2026). Naive US Eastern time.

    python generate.py OUTDIR

Writes touchpoints, journeys, customers, events, orders and feedback as CSV (DATA.md) plus
OUTDIR/_truth/feedback_truth.csv (topic and sentiment of each comment; not a DATA.md table).
Deterministic (seed 20260714), Python + numpy, a few seconds. Planted patterns: README.md.
"""
from __future__ import annotations

import csv
import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

SEED = 20260714
rng = np.random.default_rng(SEED)
D = timedelta
START, END = datetime(2025, 1, 1), datetime(2026, 6, 30, 23, 59, 59)
SEASONS = {  # filing season (calendar year): tax year, IRS e-file opening, deadline, extension deadline, first day
    2025: dict(ty=2024, open=datetime(2025, 1, 27, 9), deadline=datetime(2025, 4, 16), ext=datetime(2025, 10, 15),
               early=datetime(2025, 1, 2)),
    2026: dict(ty=2025, open=datetime(2026, 1, 26, 9), deadline=datetime(2026, 4, 16), ext=datetime(2026, 10, 15),
               early=datetime(2025, 12, 1)),
}
IMPORT_OUTAGE = (datetime(2026, 2, 1), datetime(2026, 3, 1))      # aggregator API migration: imports time out
REVIEW_BACKLOG = (datetime(2026, 3, 28), datetime(2026, 4, 22))   # too few experts in the 2026 deadline crunch
RUSH_2025 = (datetime(2025, 3, 30), datetime(2025, 4, 18))        # the normal deadline rush of 2025
BANK_SLOW_FROM = datetime(2026, 1, 1)                             # partner bank slow on refund transfers

TOUCHPOINTS = [  # id, zh, en, stage, channel, kind, owner, aliases
    ("tp_ad_click", "广告点击", "Ad click", "awareness", "ads", "digital", "marketing",
     "广告|投放|谷歌广告|小红书广告|公众号广告|ad|ads|ad click|campaign"),
    ("tp_referral", "好友推荐", "Friend referral", "awareness", "social", "digital", "marketing",
     "推荐|推荐链接|邀请|老带新|referral|invite|refer a friend|referral link"),
    ("tp_signup", "注册账号", "Account sign-up", "consideration", "web", "digital", "growth",
     "注册|开户|新建账号|sign up|signup|registration|create account"),
    ("tp_doc_upload", "上传税表", "Document upload", "consideration", "app", "digital", "product",
     "上传|传资料|拍照上传|税表上传|W-2上传|upload|document upload|tax forms|W-2 upload"),
    ("tp_data_import", "数据导入", "Data import", "consideration", "web", "digital", "product",
     "导入|自动导入|连接银行|连接雇主|券商导入|import|data import|connect employer|bank link|1099 import"),
    ("tp_checkout", "套餐购买", "Package checkout", "purchase", "web", "digital", "growth",
     "付款|结账|买套餐|下单|收费页|checkout|payment|buy package|pricing page|pay"),
    ("tp_expert_review", "专家审核", "Expert review", "service", "other", "digital", "tax_experts",
     "审核|专家审核|会计师审核|人工审核|CPA审核|expert review|CPA review|tax pro review|review"),
    ("tp_efile", "电子申报", "E-file submission", "purchase", "web", "digital", "filing_ops",
     "递交|提交申报|电子报税|报税提交|e-file|efile|submit|submission|file the return"),
    ("tp_authority_ack", "税局回执", "Tax authority acknowledgement", "service", "other", "digital", "filing_ops",
     "回执|税局受理|IRS接收|被拒|驳回|acknowledgement|ack|IRS acceptance|accepted|rejected|rejection"),
    ("tp_refund_check", "退税查询", "Refund tracker", "service", "app", "digital", "customer_care",
     "查退税|退税进度|退税跟踪|退税查询|where's my refund|refund status|refund tracker|track refund"),
    ("tp_refund_deposited", "退税到账", "Refund deposited", "loyalty", "other", "digital", "filing_ops",
     "到账|退税到账|收到退税|refund received|refund deposited|refund arrived"),
    ("tp_amendment", "修改申报", "Amendment (1040-X)", "service", "web", "digital", "tax_experts",
     "修改|更正申报|补报|1040-X|amend|amendment|amended return"),
    ("tp_chat_support", "在线客服", "Chat support", "service", "web", "digital", "customer_care",
     "客服|在线客服|人工客服|聊天|chat|support|live chat|help desk|agent"),
]
JOURNEYS = [  # id, zh, en, steps, window days
    ("filing", "报税申报流程", "Tax return filing",
     ["tp_doc_upload", "tp_data_import", "tp_checkout", "tp_expert_review", "tp_efile", "tp_authority_ack"], 45),
    ("ad_to_filing", "广告到报税", "Ad click to e-file", ["tp_ad_click", "tp_signup", "tp_efile"], 60),
    ("referral", "好友推荐报税", "Referral to e-file", ["tp_referral", "tp_signup", "tp_efile"], 60),
    ("refund", "退税到账", "E-file to refund", ["tp_efile", "tp_authority_ack", "tp_refund_deposited"], 60),
]
ACQ = {  # id: zh, weight 2025, weight 2026, upload multiplier, pay multiplier, p(zh), ad platform (id, zh)
    "google_ads": ("谷歌搜索广告", 0.17, 0.15, 1.0, 1.0, 0.45, ("google", "谷歌")),
    "facebook_ads": ("Facebook广告", 0.08, 0.07, 0.93, 0.93, 0.30, ("facebook", "Facebook")),
    "xiaohongshu": ("小红书", 0.19, 0.26, 0.62, 0.60, 0.97, ("xiaohongshu", "小红书")),
    "wechat_ads": ("微信公众号广告", 0.12, 0.11, 0.98, 0.97, 0.97, ("wechat", "微信公众号")),
    "referral": ("好友推荐", 0.15, 0.14, 1.1, 1.1, 0.65, None),
    "organic_search": ("自然搜索", 0.18, 0.16, 1.02, 1.0, 0.50, None),
    "university_partner": ("高校合作", 0.11, 0.11, 1.1, 1.12, 0.60, None),
}
SIGNUP_RATE = {"google": 0.33, "facebook": 0.24, "xiaohongshu": 0.20, "wechat": 0.30}   # per ad clicker
REF_SIGNUP = 0.45
CAMPAIGNS = {"google": ["华人报税", "us tax filing online", "1040-NR students", "CPA review tax return"],
             "facebook": ["file with a CPA", "bilingual tax filing", "refund faster"],
             "xiaohongshu": ["留学生报税攻略", "在美华人报税", "报税季福利"],
             "wechat": ["报税季提醒", "华人报税指南", "老客户专享"]}
STATES = {  # code: zh, weight, has income tax, cities
    "CA": ("加州", 0.32, True, ["Los Angeles", "San Francisco", "San Jose", "Irvine"]),
    "NY": ("纽约州", 0.20, True, ["New York", "Flushing", "Brooklyn"]),
    "WA": ("华盛顿州", 0.11, False, ["Seattle", "Bellevue", "Redmond"]),
    "TX": ("得州", 0.11, False, ["Houston", "Austin", "Dallas", "Plano"]),
    "NJ": ("新泽西州", 0.10, True, ["Jersey City", "Edison", "Princeton"]),
    "MA": ("麻省", 0.08, True, ["Boston", "Cambridge", "Quincy"]),
    "IL": ("伊利诺伊州", 0.08, True, ["Chicago", "Naperville", "Champaign"]),
}
STATE_AUTH = {"CA": "CA FTB", "NY": "NY DTF", "NJ": "NJ DOT", "MA": "MA DOR", "IL": "IL DOR"}
FILER = {  # id: zh, refund due p, refund median USD, package weights
    "w2_employee": ("工薪雇员", 0.85, 2100, {"basic": 0.72, "plus": 0.28}),
    "investor": ("有投资收入", 0.70, 1600, {"plus": 0.85, "premium": 0.15}),
    "self_employed": ("自雇/自由职业", 0.35, 900, {"premium": 1.0}),
    "nonresident_student": ("非居民留学生", 0.65, 700, {"nonresident": 1.0}),
    "retiree": ("退休人士", 0.60, 1300, {"plus": 1.0}),
}
FILER_MIX = {"default": [0.52, 0.18, 0.13, 0.08, 0.09], "university_partner": [0.08, 0.02, 0.02, 0.86, 0.02],
             "xiaohongshu": [0.55, 0.22, 0.12, 0.10, 0.01]}
PACKAGES = {"basic": ("基础版", 49.0, 55.0), "plus": ("进阶版", 89.0, 99.0), "premium": ("专业版", 149.0, 169.0),
            "nonresident": ("非居民版", 69.0, 79.0)}
STATE_PRICE = {2025: 35.0, 2026: 39.0}
ADDONS = {"expert_consult": ("一对一专家咨询", 59.0, 69.0), "priority_review": ("加急审核", 29.0, 35.0)}
AUDIT = ("审计保障", 24.0, 29.0)
AMEND_FEE = 49.0
ORDER_ZH = {"filing_package": "申报套餐", "state_return": "州税申报", "expert_addon": "专家增值服务",
            "audit_defense": "审计保障", "amendment": "修改申报费"}
PAY_ZH = {"credit_card": "信用卡", "paypal": "PayPal", "wechat_pay": "微信支付", "alipay": "支付宝",
          "pay_from_refund": "从退税中扣费"}
SOURCES = {"employer_payroll": ("雇主薪资系统", ["ADP", "Paychex", "Gusto", "Workday"], 0.90),
           "bank": ("银行", ["Chase", "Bank of America", "Wells Fargo", "Citi"], 0.88),
           "brokerage": ("券商", ["Fidelity", "Charles Schwab", "Robinhood", "E*TRADE"], 0.85)}
OUTAGE_OK = {"employer_payroll": 0.55, "bank": 0.44, "brokerage": 0.30}       # per-attempt success in Feb 2026
FAIL = {"auth_failed": ("授权失败", 0.42), "form_not_ready": ("税表尚未出具", 0.28),
        "unsupported_format": ("格式不支持", 0.18), "provider_timeout": ("连接超时", 0.12)}
DOCS = {"w2_employee": ["W-2"], "investor": ["W-2", "1099-B", "1099-DIV"], "self_employed": ["1099-NEC", "1099-K"],
        "nonresident_student": ["1042-S", "1098-T", "W-2"], "retiree": ["1099-R", "SSA-1099", "1099-INT"]}
REJECT = {  # code: zh, en, weight new, weight returning
    "IND-031-04": ("上年AGI不符", "Prior-year AGI mismatch", 0.50, 0.14),
    "IND-181-01": ("缺少身份保护PIN", "IP PIN missing or incorrect", 0.15, 0.36),
    "R0000-504-02": ("受抚养人SSN不匹配", "Dependent SSN/name mismatch", 0.15, 0.26),
    "F8962-070": ("缺少8962表", "Form 8962 missing", 0.12, 0.14),
    "IND-517-01": ("SSN已被他人使用", "SSN already used on another return", 0.08, 0.10),
}
REFUND_METHOD = {"direct_deposit": "直接存款", "paper_check": "纸质支票", "refund_transfer": "退税代扣转账"}
AMEND = {  # reason: zh, weight investor, weight others
    "corrected_1099b": ("券商更正1099-B", 0.70, 0.05), "missed_1099": ("漏报1099表", 0.18, 0.28),
    "w2c": ("雇主更正W-2", 0.04, 0.22), "filing_status": ("报税身份选错", 0.05, 0.14),
    "missed_credit": ("漏报抵免", 0.06, 0.19), "expert_error": ("专家审核疏漏", 0.05, 0.12),
}
CHAT = {  # category: zh, touchpoint the chat is about
    "import_issue": ("数据导入问题", "tp_data_import"), "billing": ("费用与支付", "tp_checkout"),
    "review_progress": ("审核进度", "tp_expert_review"), "rejection": ("申报被驳回", "tp_authority_ack"),
    "refund_status": ("退税进度", "tp_refund_check"), "account": ("账号与登录", "tp_signup"),
    "document": ("税表上传", "tp_doc_upload"), "tax_question": ("税务咨询", "tp_chat_support"),
    "amendment": ("修改申报", "tp_amendment"),
}
CHAT_TOPIC = {"import_issue": "import", "billing": "price", "review_progress": "review_slow", "rejection": "rejection",
              "refund_status": "refund", "account": "login", "document": "upload", "tax_question": "question",
              "amendment": "amend"}
SOCIAL = {"小红书": "zh", "一亩三分地": "zh", "微信群": "zh", "Reddit": "en"}

# ---------- feedback text (each topic has its own marker words; the other texts have none) ----------
TOPIC_MARKERS = {
    "refund": ["退税", "refund"], "import": ["导入", "import"], "review_slow": ["审核", "review"],
    "expert_praise": ["专业", "knowledgeable"], "price": ["价格", "price"], "rejection": ["驳回", "rejected"],
    "upload": ["上传", "upload"], "queue": ["排队", "queue"], "amend": ["修改申报", "amend"],
    "login": ["验证码", "verification code"],
}
TEXT = {  # (topic, lang, sentiment)
    ("refund", "zh", "neg"): [
        "IRS早就显示接收了，退税到现在{d}天还没到账，到底卡在哪？", "选了从退税里扣服务费，结果退税一直没到，合作银行那边也查不到",
        "退税进度页面一直显示处理中，已经{w}周了", "朋友别家报的退税早到了，我的还在等，问了只说再等等",
        "请问我的退税什么时候能到？已经超过三周了", "退税查询页面的信息跟IRS官网对不上", "退税代扣那家银行太慢了，明年不选这个了"],
    ("refund", "en", "neg"): [
        "IRS accepted my return {d} days ago and the refund still hasn't shown up",
        "Chose to pay the fee out of my refund and now the refund is stuck with the partner bank",
        "Refund tracker has said processing for {w} weeks, no updates at all", "Where is my refund? Over three weeks now",
        "The refund status page doesn't match what the IRS site says"],
    ("refund", "zh", "pos"): ["退税{d}天就到账了，比预期快", "退税到账很快，追踪页面也清楚"],
    ("refund", "en", "pos"): ["Refund landed in {d} days, faster than I expected", "Refund arrived right on time"],
    ("refund_fee", "zh", "neg"): ["退税到账少了几十刀，原来是扣了代扣手续费，之前没说清楚"],
    ("refund_fee", "en", "neg"): ["My refund came in lower than the IRS amount because of the transfer fee"],
    ("import", "zh", "neg"): [
        "{p}的数据导入一直失败，提示连接超时", "导入券商的1099一直转圈，最后只能手动填", "雇主W-2导入不了，说授权失败",
        "导入功能基本用不了，白白浪费一晚上", "{p}导入试了五次都不行，心态崩了"],
    ("import", "en", "neg"): [
        "Import from {p} keeps timing out", "Tried to import my 1099 from {p} five times, gave up and typed it in by hand",
        "W-2 import failed with an authorization error", "The bank import is broken, wasted a whole evening"],
    ("import", "zh", "pos"): ["自动导入很方便，几秒钟就把W-2带进来了"],
    ("import", "en", "pos"): ["Import from my employer worked in seconds, nice"],
    ("review_slow", "zh", "neg"): [
        "付了钱{d}天了还在等审核，说好的24小时呢", "加急审核也没快，{h}小时才审完", "审核进度一直不动，马上截止日了很着急",
        "审核太慢了，问了也只说在排期", "四月审核一拖再拖，差点赶不上截止日"],
    ("review_slow", "en", "neg"): [
        "Paid {d} days ago and my return is still waiting for review", "Paid for priority review, took {h} hours anyway",
        "Review status hasn't moved and the deadline is next week", "Why does the review take this long in April?"],
    ("expert_praise", "zh", "pos"): [
        "会计师老师很专业，帮我找到了漏掉的抵免", "中文组的老师非常专业，解释得很清楚", "专业又耐心，第一次报税就很顺利",
        "老师很专业，学生报税的坑都提醒到了"],
    ("expert_praise", "en", "pos"): [
        "My tax pro was very knowledgeable and caught a credit I missed",
        "Knowledgeable preparer, explained everything about my 1040-NR", "Super knowledgeable team, first filing went smoothly"],
    ("price", "zh", "neg"): [
        "价格比去年涨了，基础版也要{price}刀", "结账时才看到州税还要另收钱，价格不透明", "这个价格还不如找楼下的会计",
        "价格太高了，学生党负担不起", "加购项太多，最后价格翻倍"],
    ("price", "en", "neg"): [
        "The price went up again this year", "Only saw the state return price at checkout, feels like bait and switch",
        "For a simple W-2 return this price is too much", "Price is steep for students"],
    ("rejection", "zh", "neg"): [
        "申报被IRS驳回了，说去年AGI不对", "提交后被驳回，又要重新填身份保护PIN", "被驳回两次了，到底哪里有问题",
        "驳回原因写得看不懂，全是代码"],
    ("rejection", "en", "neg"): [
        "My return got rejected for a prior-year AGI mismatch", "Rejected because of the IP PIN, nobody told me I needed one",
        "Rejected twice, still no idea what's wrong", "The rejected notice is full of codes I don't understand"],
    ("upload", "zh", "neg"): ["上传W-2照片老是识别不出来", "手机上传PDF总是失败", "上传的1042-S识别错了金额"],
    ("upload", "en", "neg"): ["Upload keeps failing on my phone", "Photo upload of my W-2 was read wrong",
                              "Can't upload a PDF bigger than 10MB"],
    ("queue", "zh", "neg"): ["在线客服排队{m}分钟才有人理", "排队太久了，最后放弃了", "机器人答非所问，转人工又要排队"],
    ("queue", "en", "neg"): ["Waited in the chat queue for {m} minutes", "Chat queue is way too long",
                             "Bot was useless and then the queue for a human took forever"],
    ("amend", "zh", "neg"): ["收到券商更正的1099-B，要做修改申报又要再付钱", "修改申报提交后一直没消息"],
    ("amend", "zh", "pos"): ["修改申报流程很清楚，两天就提交了"],
    ("amend", "en", "neg"): ["Had to amend because of a corrected 1099-B and pay again",
                             "Submitted the amendment a month ago, no news"],
    ("amend", "en", "pos"): ["Amend process was easy, done in two days"],
    ("login", "zh", "neg"): ["登录收不到验证码", "验证码短信延迟，换了邮箱才登上"],
    ("login", "en", "neg"): ["Never got the verification code to log in", "Verification code emails go to spam"],
    ("question", "zh", "neu"): ["请问F-1学生的奖学金需要报吗？", "我和太太是分开报好还是合报好？", "加州的房租抵免怎么申请？",
                                "父母在国内能算受抚养人吗？"],
    ("question", "en", "neu"): ["Do I need to report scholarship income as an F-1 student?",
                                "Should we file jointly or separately?", "How do I claim the California renter's credit?"],
    ("generic", "zh", "pos"): ["整体很顺利，比去年找会计省事", "中文界面很友好，爸妈也会用", "流程清楚，半小时搞定",
                               "明年还会继续用", "第一次自己报税，比想象的简单"],
    ("generic", "zh", "neu"): ["还行吧，中规中矩", "体验一般，和别家差不多", "还没准备好，先看看", "还在比较几家"],
    ("generic", "en", "pos"): ["Smooth experience overall, done in under an hour", "Love that the app is bilingual",
                               "Will use again next year", "Easy and clear, even for a first-time filer"],
    ("generic", "en", "neu"): ["It was okay", "Just comparing options for now", "Not ready yet, still waiting on my forms"],
}
SENT_RATING = {"neg": [0.62, 0.30, 0.08, 0, 0], "neu": [0, 0.1, 0.55, 0.3, 0.05], "pos": [0, 0, 0.05, 0.35, 0.60]}
NEG_RATING = {  # how angry a complaint of each topic is (1-5 stars)
    "refund": [0.90, 0.08, 0.02, 0, 0], "rejection": [0.55, 0.35, 0.10, 0, 0], "review_slow": [0.45, 0.40, 0.15, 0, 0],
    "queue": [0.45, 0.40, 0.15, 0, 0], "import": [0.35, 0.45, 0.18, 0.02, 0], "login": [0.3, 0.45, 0.22, 0.03, 0],
    "upload": [0.25, 0.45, 0.27, 0.03, 0], "price": [0.2, 0.42, 0.32, 0.06, 0], "amend": [0.3, 0.45, 0.22, 0.03, 0],
}


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def choice(items, p=None):
    items = list(items)
    if p is None:
        return items[int(rng.integers(len(items)))]
    u = rng.random() * sum(p)
    acc = 0.0
    for it, w in zip(items, p):
        acc += w
        if u < acc:
            return it
    return items[-1]


def lognorm(median, sigma):
    return float(median * math.exp(sigma * rng.standard_normal()))


def hours(h):
    return D(hours=float(h))


def daytime(day):
    h = choice(range(7, 24), [1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 6, 5, 3])
    return day.replace(hour=0, minute=0, second=0, microsecond=0) + D(hours=h, minutes=float(rng.uniform(0, 60)))


def uniform_day(a, b):
    return a + D(seconds=float(rng.uniform(0, (b - a).total_seconds())))


def season_start(year, returning):
    S = SEASONS[year]
    cuts = [S["early"], S["open"], datetime(year, 3, 1), datetime(year, 4, 1), datetime(year, 4, 16),
            datetime(year, 9, 1), S["ext"]]
    w = [0.10, 0.42, 0.20, 0.17, 0.04, 0.07] if returning else [0.06, 0.36, 0.22, 0.22, 0.05, 0.09]
    k = choice(range(6), w)
    return daytime(uniform_day(cuts[k], cuts[k + 1]))


def season_of(t):
    return 2026 if t >= datetime(2025, 11, 15) else 2025


class Gen:
    def __init__(self):
        self.customers = []
        self.events = []
        self.orders = []
        self.feedback = []
        self.n_cust = 0
        self.filers = {2024: [], 2025: [], 2026: []}

    # ---------- helpers ----------
    def ev(self, c, ts, tp, action, **kw):
        if ts > END or ts < START:
            return False
        dev = kw.pop("device", c["device"])
        ch = kw.pop("channel", None)
        if ch is None:
            ch = "app" if dev in ("ios", "android") else "web"
        r = dict(customer_id=c["id"], ts=ts, touchpoint_id=tp, action=action, device=dev, channel=ch,
                 session_id=f"{c['id']}-{ts:%y%m%d}" if dev else None)
        r.update(kw)
        self.events.append(r)
        return True

    def order(self, c, ts, amount, otype, item, item_zh, year, status="paid", pay=None, **kw):
        if ts > END:
            return None
        pay = pay or c["pay"]
        r = dict(customer_id=c["id"], ts=ts, amount=round(amount, 2), status=status,
                 channel="app" if c["device"] in ("ios", "android") else "web", device=c["device"], order_type=otype,
                 订单类型=ORDER_ZH[otype], item=item, 商品名称=item_zh, tax_year=SEASONS[year]["ty"],
                 payment_method=pay, 支付方式=PAY_ZH[pay], currency="USD", state=c["state"])
        r.update(kw)
        self.orders.append(r)
        return r

    def text(self, topic, lang, sent, **kw):
        t = choice(TEXT[(topic, lang, sent)])
        vals = dict(d=int(rng.integers(3, 12)), w=int(rng.integers(3, 7)), p=choice(["Fidelity", "Robinhood", "Chase",
                    "Charles Schwab", "ADP", "Wells Fargo"]), h=int(rng.integers(50, 110)), m=int(rng.integers(20, 60)),
                    price=55)
        vals.update({k: v for k, v in kw.items() if v is not None})
        return t.format(**vals)

    def fb(self, ts, channel, topic, sent, tp, c=None, rating=None, nps=None, lang=None, slots=None, **kw):
        if ts is not None and (ts > END or ts < START):
            return
        lang = lang or (c["lang"] if c else "zh")
        text = self.text(topic, lang, sent, **(slots or {}))
        base = {"refund_fee": "refund"}.get(topic, topic)
        r = dict(ts=ts, customer_id=c["id"] if c else None, touchpoint_id=tp, channel=channel, rating=rating,
                 nps=nps, text=text, language=lang, state=c["state"] if c else None, _topic=base, _sent=sent)
        r.update(kw)
        self.feedback.append(r)

    def rating(self, sent, topic=None):
        if sent == "neg" and topic in NEG_RATING:
            return int(rng.choice(5, p=NEG_RATING[topic])) + 1
        return int(rng.choice(5, p=SENT_RATING[sent])) + 1

    # ---------- customers ----------
    def new_customer(self, acq, signup, lead=False, legacy=False):
        self.n_cust += 1
        lang = "zh" if rng.random() < ACQ[acq][5] else "en"
        mix = FILER_MIX.get(acq, FILER_MIX["default"])
        ftype = choice(FILER, mix)
        state = choice(STATES, [v[1] for v in STATES.values()])
        if ftype == "nonresident_student":
            status = "single"
        else:
            status = choice(["single", "married_joint", "married_separate", "head_of_household"],
                            [0.42, 0.44, 0.06, 0.08])
        if ftype == "nonresident_student":
            age = choice(["18-24", "25-34"], [0.7, 0.3])
        elif ftype == "retiree":
            age = choice(["55-64", "65+"], [0.3, 0.7])
        else:
            age = choice(["18-24", "25-34", "35-44", "45-54", "55-64"], [0.06, 0.38, 0.32, 0.16, 0.08])
        dev = choice(["ios", "android", "pc", "mac"], [0.44, 0.14, 0.27, 0.15])
        refund_due = rng.random() < FILER[ftype][1]
        if refund_due:
            if lang == "zh":
                pay = choice(["credit_card", "wechat_pay", "alipay", "pay_from_refund"], [0.42, 0.17, 0.08, 0.33])
            else:
                pay = choice(["credit_card", "paypal", "pay_from_refund"], [0.52, 0.14, 0.34])
        else:
            pay = choice(["credit_card", "wechat_pay", "alipay"], [0.7, 0.2, 0.1]) if lang == "zh" else \
                choice(["credit_card", "paypal"], [0.8, 0.2])
        c = dict(id=f"C{100000 + self.n_cust * 7 % 900000:06d}", acq=acq, signup=None if lead else signup, lead=lead, legacy=legacy, lang=lang,
                 ftype=ftype, state=state, city=choice(STATES[state][3]), status=status, age=age, device=dev,
                 refund_due=refund_due, pay=pay, referrer=None, filed=set(), package=None, first_touch=signup,
                 intent_up=ACQ[acq][3], intent_pay=ACQ[acq][4], dependents=status != "single" and rng.random() < 0.45)
        self.customers.append(c)
        return c

    # ---------- one filing season of one customer ----------
    def filing(self, c, year, t0, new):
        S = SEASONS[year]
        ty = S["ty"]
        c["last_season"] = year
        common = dict(tax_year=ty)
        if new:
            self.ev(c, t0, "tp_signup", "completed", acquisition_channel=c["acq"], 获客渠道=ACQ[c["acq"]][0])
            p_up = min(0.97, 0.80 * c["intent_up"])
        else:
            p_up = 0.93
        # a few take a quick look in chat before starting
        if rng.random() < 0.03:
            self.chat(c, t0 + hours(rng.uniform(0.1, 3)), "account")
        if rng.random() > p_up:
            return
        # ---- documents
        t = t0 + (hours(rng.exponential(18) + 0.1) if new else D(0))
        unreadable = False
        for doc in DOCS[c["ftype"]]:
            if doc != DOCS[c["ftype"]][0] and rng.random() < 0.25:
                continue
            if rng.random() < 0.09:
                self.ev(c, t, "tp_doc_upload", "unreadable", doc_type=doc, **common)
                unreadable = True
                t += hours(rng.uniform(0.02, 0.3))
                if rng.random() < 0.2:
                    self.chat(c, t + hours(0.1), "document")
            self.ev(c, t, "tp_doc_upload", "uploaded", doc_type=doc, **common)
            t += hours(rng.uniform(0.01, 0.2))
        if rng.random() > 0.96:
            return
        # ---- data import
        t += hours(rng.exponential(6) + 0.05)
        failed_final = False
        outage = IMPORT_OUTAGE[0] <= t < IMPORT_OUTAGE[1]
        if c["ftype"] == "nonresident_student" and rng.random() < 0.75:
            self.ev(c, t, "tp_data_import", "skipped", **common)
        else:
            srcs = {"w2_employee": ["employer_payroll"] + (["bank"] if rng.random() < 0.35 else []),
                    "investor": ["employer_payroll", "brokerage"],
                    "self_employed": ["bank"] + (["brokerage"] if rng.random() < 0.3 else []),
                    "nonresident_student": ["employer_payroll"], "retiree": ["brokerage", "bank"]}[c["ftype"]]
            for src in srcs:
                prov = choice(SOURCES[src][1])
                for att in (1, 2, 3):
                    in_out = IMPORT_OUTAGE[0] <= t < IMPORT_OUTAGE[1]
                    p_ok = SOURCES[src][2] - (0.08 if t.month == 1 else 0.0)
                    if in_out:
                        p_ok = OUTAGE_OK[src]
                    if rng.random() < p_ok:
                        self.ev(c, t, "tp_data_import", "success", source_type=src, 来源类型=SOURCES[src][0],
                                provider=prov, attempt_no=att, **common)
                        break
                    base_fail = 1 - SOURCES[src][2]
                    if in_out and rng.random() > base_fail / (1 - OUTAGE_OK[src]):
                        fr = "provider_timeout"
                    else:
                        w = [v[1] for v in FAIL.values()]
                        if t.month == 1:
                            w = [0.25, 0.55, 0.1, 0.1]
                        fr = choice(FAIL, w)
                    self.ev(c, t, "tp_data_import", "failed", source_type=src, 来源类型=SOURCES[src][0], provider=prov,
                            attempt_no=att, fail_reason=fr, 失败原因=FAIL[fr][0], **common)
                    t += hours(rng.uniform(0.01, 0.1))
                    if att == 3 or rng.random() > 0.55:
                        failed_final = True
                        c["fail_provider"] = prov
                        break
                    t += hours(rng.uniform(0.05, 20))
                t += hours(rng.uniform(0.01, 0.2))
        if failed_final:
            if rng.random() < 0.42:
                self.chat(c, t + hours(rng.uniform(0.05, 3)), "import_issue")
            if rng.random() < (0.72 if outage else 0.13):
                if rng.random() < (0.06 if outage else 0.02):
                    self.social(t + D(days=float(rng.uniform(0.1, 3))), "import", "neg", c)
                return
        elif rng.random() < 0.05:
            return
        # ---- checkout
        t += hours(rng.exponential(10) + 0.05)
        if new:
            p_pay = (0.74 if year == 2025 else 0.70) * c["intent_pay"]
        else:
            p_pay = 0.91 if year == 2025 else 0.89
        if c["ftype"] == "nonresident_student":
            p_pay *= 0.95
        p_pay = min(0.97, p_pay)
        pkg = choice(FILER[c["ftype"]][3], list(FILER[c["ftype"]][3].values()))
        if not new and c["package"] in ("plus", "premium") and pkg == "basic":
            pkg = c["package"]
        if rng.random() > p_pay:
            self.ev(c, t, "tp_checkout", "abandoned", package=pkg, 套餐=PACKAGES[pkg][0], **common)
            if rng.random() < 0.30:
                topic = "price" if rng.random() < (0.62 if year == 2025 else 0.72) else "generic"
                self.fb(t + hours(0.01), "exit_survey", topic, "neg" if topic == "price" else "neu", "tp_checkout", c,
                        slots=dict(price=int(PACKAGES["basic"][1 if year == 2025 else 2])))
            return
        pay = c["pay"] if (c["pay"] != "pay_from_refund" or c["refund_due"]) else "credit_card"
        if rng.random() < 0.045:
            self.ev(c, t, "tp_checkout", "payment_failed", package=pkg, 套餐=PACKAGES[pkg][0], payment_method=pay,
                    **common)
            self.order(c, t, PACKAGES[pkg][1 if year == 2025 else 2], "filing_package", pkg, PACKAGES[pkg][0], year,
                       status="cancelled", pay=pay)
            if rng.random() < 0.2:
                self.chat(c, t + hours(0.1), "billing")
            if rng.random() > 0.75:
                return
            t += hours(rng.uniform(0.02, 1))
        yi = 1 if year == 2025 else 2
        self.ev(c, t, "tp_checkout", "paid", package=pkg, 套餐=PACKAGES[pkg][0], payment_method=pay, **common)
        c["package"] = pkg
        pkg_order = self.order(c, t, PACKAGES[pkg][yi], "filing_package", pkg, PACKAGES[pkg][0], year, pay=pay)
        if STATES[c["state"]][2] and rng.random() < 0.93:
            self.order(c, t, STATE_PRICE[year], "state_return", f"state_{c['state']}",
                       f"{STATES[c['state']][0]}州税申报", year, pay=pay)
            state_ret = True
        else:
            state_ret = False
        if rng.random() < (0.14 if c["lang"] == "zh" else 0.09):
            self.order(c, t, ADDONS["expert_consult"][yi], "expert_addon", "expert_consult",
                       ADDONS["expert_consult"][0], year, pay=pay)
        in_rush = datetime(year, 3, 25) <= t < datetime(year, 4, 16)
        priority = rng.random() < (0.20 if in_rush else 0.08)
        prio_order = None
        if priority:
            prio_order = self.order(c, t, ADDONS["priority_review"][yi], "expert_addon", "priority_review",
                                    ADDONS["priority_review"][0], year, pay=pay)
        if rng.random() < 0.14:
            self.order(c, t, AUDIT[yi], "audit_defense", "audit_defense", AUDIT[0], year, pay=pay)
        if rng.random() < 0.05:
            self.chat(c, t + hours(rng.uniform(0.1, 5)), "billing")
        # ---- expert review
        if REVIEW_BACKLOG[0] <= t < REVIEW_BACKLOG[1]:
            med = 30.0 if priority else 64.0
        elif RUSH_2025[0] <= t < RUSH_2025[1]:
            med = 9.0 if priority else 24.0
        else:
            med = 5.0 if priority else 14.0
        rh = max(0.5, lognorm(med, 0.45))
        issues = int(rng.poisson(0.6))
        team = "中文组" if c["lang"] == "zh" else "English team"
        expert = f"EX{int(rng.integers(1, 9)) + (0 if c['lang'] == 'zh' else 8):02d}"
        tr = t + hours(rh)
        self.ev(c, tr, "tp_expert_review", "approved_with_changes" if issues else "approved", channel="other",
                device=None, review_hours=round(rh, 1), expert_id=expert, expert_team=team, issues_found=issues,
                priority="yes" if priority else "no", package=pkg, 套餐=PACKAGES[pkg][0], **common)
        if prio_order is not None and rh > 24:
            prio_order["status"] = "refunded"
            prio_order["refunded_at"] = fmt(tr + hours(rng.uniform(1, 48)))
        if rh > 36 and rng.random() < 0.35:
            self.chat(c, t + hours(rng.uniform(30, max(31, rh))), "review_progress")
        if rh > 48 and rng.random() < 0.04:
            self.appreview(c, tr + hours(rng.uniform(1, 48)), "review_slow", "neg",
                           slots=dict(d=max(2, int(rh // 24)), h=int(rh)))
        if rng.random() < (0.05 if rh > 72 else 0.012):   # gave up and asked for the money back
            if pkg_order is not None:
                pkg_order["status"] = "refunded"
                pkg_order["refunded_at"] = fmt(tr + hours(rng.uniform(2, 72)))
            return
        # ---- e-file and acknowledgement
        te = tr + hours(rng.uniform(0.5, 30))
        if te < S["open"]:
            te = S["open"] + hours(rng.uniform(0, 72))
        form = "1040-NR" if c["ftype"] == "nonresident_student" else "1040"
        p_rej = 0.11 if new else 0.045
        rejected = False
        accepted_at = None
        for sub in (1, 2):
            self.ev(c, te, "tp_efile", "submitted" if sub == 1 else "resubmitted", form=form,
                    state_return="yes" if state_ret else "no", submission_no=sub, **common)
            ta = te + hours(max(0.3, lognorm(9, 0.7)) + (30 if te < S["open"] + D(days=7) else 0))
            if rng.random() < (p_rej if sub == 1 else 0.04):
                code = choice(REJECT, [v[2] if new else v[3] for v in REJECT.values()])
                self.ev(c, ta, "tp_authority_ack", "rejected", channel="other", device=None, authority="IRS",
                        reject_code=code, reject_reason=REJECT[code][1], 驳回原因=REJECT[code][0], form=form,
                        submission_no=sub, **common)
                rejected = True
                if rng.random() < 0.55:
                    self.chat(c, ta + hours(rng.uniform(0.5, 20)), "rejection")
                if sub == 2 or rng.random() > 0.86:
                    return
                te = ta + hours(max(1.0, lognorm(30, 0.8)))
                continue
            self.ev(c, ta, "tp_authority_ack", "accepted", channel="other", device=None, authority="IRS", form=form,
                    submission_no=sub, **common)
            accepted_at = ta
            break
        if accepted_at is None or accepted_at > END:
            return
        c["filed"].add(year)
        self.filers[year].append(c)
        if state_ret:
            ts = accepted_at + hours(rng.uniform(6, 72))
            if rng.random() < 0.03:
                self.ev(c, ts, "tp_authority_ack", "rejected", channel="other", device=None,
                        authority=STATE_AUTH[c["state"]], reject_code="STATE-0001",
                        reject_reason="State return does not match federal data", 驳回原因="州表与联邦数据不一致",
                        form="state", submission_no=1, **common)
            else:
                self.ev(c, ts, "tp_authority_ack", "accepted", channel="other", device=None,
                        authority=STATE_AUTH[c["state"]], form="state", submission_no=1, **common)
        # ---- post-filing survey
        if rng.random() < 0.32:
            self.survey(c, accepted_at + D(days=float(rng.uniform(2, 9))), failed_final, rh, rejected, unreadable, year)
        # ---- refund
        if c["refund_due"]:
            if pay == "pay_from_refund":
                method = "refund_transfer"
                med = 33.0 if accepted_at >= BANK_SLOW_FROM else 15.0
                days = lognorm(med, 0.25)
            elif rng.random() < 0.9:
                method = "direct_deposit"
                days = lognorm(11, 0.3)
            else:
                method = "paper_check"
                days = lognorm(31, 0.2)
            days = max(5.0, days)
            amt = round(max(40.0, lognorm(FILER[c["ftype"]][2], 0.7)), 2)
            td = accepted_at + D(days=days)
            n_chk = min(12, int(rng.poisson(0.4 + days / 9)))
            last = min(td, END)
            for _ in range(n_chk):
                tc = uniform_day(accepted_at + D(days=1), max(last, accepted_at + D(days=1.1)))
                self.ev(c, tc, "tp_refund_check", "status_check", refund_method=method,
                        退税方式=REFUND_METHOD[method], **common)
            self.ev(c, td, "tp_refund_deposited", "deposited", channel="other", device=None, refund_method=method,
                    退税方式=REFUND_METHOD[method], refund_amount=amt, refund_days=round(days, 1), **common)
            c["refund_days"] = days
            if days > 21:
                if rng.random() < 0.45:
                    self.chat(c, accepted_at + D(days=float(rng.uniform(21, min(days, 60)))), "refund_status")
                if rng.random() < (0.10 if c["device"] in ("ios", "android") else 0.0):
                    self.appreview(c, accepted_at + D(days=float(rng.uniform(21, days + 5))), "refund", "neg",
                                   slots=dict(d=int(days) - 2, w=int(days // 7)))
                if rng.random() < 0.07:
                    self.social(accepted_at + D(days=float(rng.uniform(21, days + 5))), "refund", "neg", c,
                                slots=dict(d=int(days) - 2, w=int(days // 7)))
            elif rng.random() < 0.03:
                self.chat(c, accepted_at + D(days=float(rng.uniform(5, days))), "refund_status")
            if method == "refund_transfer" and rng.random() < 0.04:
                self.appreview(c, td + D(days=float(rng.uniform(0.2, 5))), "refund_fee", "neg",
                               tp="tp_refund_deposited")
            if days < 12 and rng.random() < 0.03:
                self.appreview(c, td + D(days=float(rng.uniform(0.2, 5))), "refund", "pos", tp="tp_refund_deposited",
                               slots=dict(d=int(days)))
        # ---- amendment
        p_am = 0.17 if c["ftype"] == "investor" else 0.04
        if rng.random() < p_am:
            reason = choice(AMEND, [v[1] if c["ftype"] == "investor" else v[2] for v in AMEND.values()])
            tm = accepted_at + D(days=float(rng.uniform(7, 70)))
            if self.ev(c, tm, "tp_amendment", "requested", amend_reason=reason, 修改原因=AMEND[reason][0],
                       form="1040-X", **common):
                if reason != "expert_error":
                    self.order(c, tm, AMEND_FEE, "amendment", "amendment_1040x", "1040-X修改申报", year,
                               pay="credit_card" if pay == "pay_from_refund" else pay)
                if rng.random() < 0.15:
                    self.chat(c, tm + hours(rng.uniform(24, 500)), "amendment")
        # ---- app review now and then
        if c["device"] in ("ios", "android") and rng.random() < 0.035:
            topic, sent = choice([("generic", "pos"), ("expert_praise", "pos"), ("generic", "neu"), ("upload", "neg"),
                                  ("login", "neg")], [0.45, 0.2, 0.12, 0.13, 0.1])
            tp = {"generic": "tp_efile", "expert_praise": "tp_expert_review", "upload": "tp_doc_upload",
                  "login": "tp_signup"}[topic]
            self.appreview(c, accepted_at + D(days=float(rng.uniform(0.5, 20))), topic, sent, tp=tp)

    # ---------- feedback sources ----------
    def chat(self, c, ts, cat):
        if ts > END or ts < START:
            return
        w = lognorm(3.0, 0.7)
        if RUSH_2025[0] <= ts < RUSH_2025[1]:
            w *= 2.5
        if REVIEW_BACKLOG[0] <= ts < REVIEW_BACKLOG[1]:
            w *= 5.0
        bot = cat in ("tax_question", "account") and rng.random() < 0.4
        if bot:
            w = 0.0
        resolved = rng.random() < (0.55 if cat in ("refund_status", "review_progress") else 0.8)
        self.ev(c, ts, "tp_chat_support", "chat", chat_category=cat, 咨询类别=CHAT[cat][0],
                wait_minutes=round(w, 1), resolved="yes" if resolved else "no", handled_by="bot" if bot else "agent",
                tax_year=SEASONS[season_of(ts)]["ty"])
        if rng.random() < 0.42:
            if w > 20 and rng.random() < 0.5:
                topic, tp, sent = "queue", "tp_chat_support", "neg"
            else:
                topic, tp = CHAT_TOPIC[cat], CHAT[cat][1]
                sent = "neu" if topic == "question" else "neg"
                if topic == "amend" and rng.random() < 0.3:
                    sent = "pos"
            r = None
            if rng.random() < 0.65:
                r = self.rating(sent, topic)
                if resolved and sent == "neg" and topic != "refund" and rng.random() < 0.4:
                    r = min(5, r + 2)
            self.fb(ts + D(minutes=float(rng.uniform(5, 40)) + w), "chat", topic, sent, tp, c, rating=r,
                    slots=dict(m=max(20, int(w)), p=c.get("fail_provider")), chat_category=cat)

    def survey(self, c, ts, failed, rh, rejected, unreadable, year):
        u = rng.random()
        if failed and u < 0.45:
            topic, sent, tp = "import", "neg", "tp_data_import"
        elif rh > 48 and u < 0.55:
            topic, sent, tp = "review_slow", "neg", "tp_expert_review"
        elif rejected and u < 0.5:
            topic, sent, tp = "rejection", "neg", "tp_authority_ack"
        elif unreadable and u < 0.3:
            topic, sent, tp = "upload", "neg", "tp_doc_upload"
        else:
            topic, sent, tp = choice([("expert_praise", "pos", "tp_expert_review"), ("generic", "pos", "tp_efile"),
                                      ("generic", "neu", "tp_efile"), ("price", "neg", "tp_checkout"),
                                      ("import", "pos", "tp_data_import")], [0.32, 0.42, 0.12, 0.10, 0.04])
        if sent == "neg":
            nps = choice(range(11), [5, 4, 6, 8, 9, 10, 10, 10, 8, 2, 1])
        elif sent == "neu":
            nps = choice(range(11), [0, 0, 0, 1, 1, 3, 6, 10, 10, 3, 1])
        else:
            nps = choice(range(11), [0, 0, 0, 0, 0, 1, 1, 3, 7, 12, 14])
        self.fb(ts, "survey", topic, sent, tp, c, rating=self.rating(sent, topic), nps=nps,
                slots=dict(d=max(2, int(rh // 24)), h=int(rh), p=c.get("fail_provider"),
                           price=int(PACKAGES["basic"][1 if year == 2025 else 2])),
                tax_year=SEASONS[year]["ty"])

    def appreview(self, c, ts, topic, sent, tp=None, slots=None):
        if c["device"] not in ("ios", "android"):
            return
        tp = tp or {"refund": "tp_refund_check", "review_slow": "tp_expert_review", "import": "tp_data_import"}[topic]
        if rng.random() < 0.16:
            ts = None   # scraped from the store without a date
        self.fb(ts, "app_review", topic, sent, tp, c, rating=self.rating(sent, topic), slots=slots, device=c["device"],
                platform="App Store" if c["device"] == "ios" else "Google Play")

    def social(self, ts, topic, sent, c, slots=None):
        plat = choice(SOCIAL, [0.45, 0.2, 0.15, 0.2]) if c["lang"] == "zh" else "Reddit"
        if rng.random() < 0.35:
            ts = None
        tp = {"refund": "tp_refund_check", "import": "tp_data_import", "price": "tp_checkout",
              "generic": "tp_efile"}[topic]
        self.fb(ts, "social", topic, sent, tp, None, lang=SOCIAL[plat], slots=slots, platform=plat)

    # ---------- acquisition ----------
    def awareness(self, c, t_signup):
        a = ACQ[c["acq"]][6]
        if a is not None:
            for _ in range(1 + int(rng.random() < 0.35)):
                ta = t_signup - hours(rng.uniform(0.05, 24 * 6))
                self.ev(c, ta, "tp_ad_click", "click", channel="ads", ad_platform=a[0], 广告平台=a[1],
                        campaign=choice(CAMPAIGNS[a[0]]), device=c["device"])
        elif c["acq"] == "referral":
            ta = t_signup - hours(rng.uniform(0.1, 24 * 10))
            self.ev(c, ta, "tp_referral", "opened", channel="social", referrer_id=c["referrer"])

    def leads(self, year, counts):
        """ad clickers and referral openers who never created an account."""
        for acq, n_signed in counts.items():
            a = ACQ[acq][6]
            if a is not None:
                rate = SIGNUP_RATE[a[0]]
            elif acq == "referral":
                rate = REF_SIGNUP
            else:
                continue
            n = int(round(n_signed * (1 / rate - 1)))
            pool = self.filers[year - 1] + self.filers.get(year - 2, [])
            for _ in range(n):
                t = season_start(year, False)
                if t > END:
                    continue
                c = self.new_customer(acq, t, lead=True)
                if a is not None:
                    for _ in range(1 + int(rng.random() < 0.25)):
                        self.ev(c, t - hours(rng.uniform(0, 48)), "tp_ad_click", "click", channel="ads",
                                ad_platform=a[0], 广告平台=a[1], campaign=choice(CAMPAIGNS[a[0]]))
                else:
                    c["referrer"] = choice(pool)["id"] if pool else None
                    self.ev(c, t, "tp_referral", "opened", channel="social", referrer_id=c["referrer"])

    def run(self):
        # customers who filed with us before 2025 (their earlier seasons are not in the data)
        legacy = []
        for _ in range(1500):
            acq = choice(["organic_search", "referral", "google_ads", "wechat_ads", "university_partner"],
                         [0.3, 0.25, 0.2, 0.15, 0.1])
            su = datetime(2021, 1, 1) + D(days=float(rng.uniform(0, 1460)))
            su = daytime(su)
            c = self.new_customer(acq, su, legacy=True)
            c["package"] = choice(FILER[c["ftype"]][3], list(FILER[c["ftype"]][3].values()))
            c["filed"].add(2024)
            legacy.append(c)
        self.filers[2024] = legacy
        n_new = {2025: 3500, 2026: 4200}
        for year in (2025, 2026):
            # returning customers
            prev = [c for c in self.customers if not c["lead"] and (year - 1) in c["filed"]]
            older = [c for c in self.customers if not c["lead"] and (year - 1) not in c["filed"] and c["filed"]]
            for c in prev + older:
                p = 0.72 if (year - 1) in c["filed"] else 0.25
                if c.get("refund_days", 0) > 30:
                    p -= 0.2
                if rng.random() < p:
                    t = season_start(year, True)
                    if t <= END:
                        self.filing(c, year, t, new=False)
            # new customers
            counts = {}
            w = [v[1] if year == 2025 else v[2] for v in ACQ.values()]
            pool = self.filers[year - 1]
            for _ in range(n_new[year]):
                acq = choice(ACQ, w)
                t = season_start(year, False)
                if t > END:
                    continue
                counts[acq] = counts.get(acq, 0) + 1
                c = self.new_customer(acq, t)
                if acq == "referral":
                    c["referrer"] = choice(pool)["id"]
                self.awareness(c, t)
                self.filing(c, year, t, new=True)
            self.leads(year, counts)
        # a few general questions and log-in troubles from people between seasons
        for c in rng.choice(np.array(self.customers, dtype=object), 250, replace=False):
            if c["lead"]:
                continue
            t = daytime(uniform_day(datetime(2025, 5, 1), datetime(2026, 6, 30)))
            self.chat(c, t, choice(["tax_question", "account"], [0.7, 0.3]))
        # happy (or not) posts on social media, independent of a particular customer
        for _ in range(160):
            c = choice(self.customers)
            t = daytime(uniform_day(datetime(2025, 1, 20), datetime(2026, 6, 25)))
            topic, sent = choice([("generic", "pos"), ("price", "neg"), ("generic", "neu")], [0.55, 0.3, 0.15])
            self.social(t, topic, sent, c, slots=dict(price=55 if t.year == 2026 else 49))


def marker_topics(text):
    low = text.lower()
    return {k for k, ws in TOPIC_MARKERS.items() if any(w.lower() in low for w in ws)}


def write(out: Path, g: Gen):
    out.mkdir(parents=True, exist_ok=True)
    (out / "_truth").mkdir(exist_ok=True)

    def dump(name, cols, rows, path=None):
        with open(path or out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for r in rows:
                w.writerow(["" if r.get(k) is None else (fmt(r[k]) if isinstance(r.get(k), datetime) else r[k])
                            for k in cols])

    dump("touchpoints", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
         [dict(touchpoint_id=t[0], name=t[1], name_zh=t[1], name_en=t[2], stage=t[3], channel=t[4], kind=t[5],
               owner=t[6], aliases=t[7]) for t in TOUCHPOINTS])
    dump("journeys", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
                      "window_days"],
         [dict(journey_id=j[0], journey_name=j[1], journey_name_zh=j[1], journey_name_en=j[2], step=k,
               touchpoint_id=tp, window_days=j[4]) for j in JOURNEYS for k, tp in enumerate(j[3], 1)])

    # events: ids by time, a few exact re-sent duplicates
    ev = sorted(g.events, key=lambda r: (r["ts"], r["customer_id"], r["touchpoint_id"]))
    for i, r in enumerate(ev, 1):
        r["event_id"] = f"E{i:07d}"
    seen = {r["customer_id"] for r in ev}
    dup_idx = rng.choice(len(ev), 48, replace=False)
    rows = ev + [ev[i] for i in sorted(dup_idx)]
    ev_cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "device", "channel",
               "tax_year", "ad_platform", "广告平台", "campaign", "referrer_id", "acquisition_channel", "获客渠道",
               "doc_type", "source_type", "来源类型", "provider", "attempt_no", "fail_reason", "失败原因", "package", "套餐",
               "payment_method", "review_hours", "expert_id", "expert_team", "issues_found", "priority", "form",
               "state_return", "submission_no", "authority", "reject_code", "reject_reason", "驳回原因",
               "refund_method", "退税方式", "refund_amount", "refund_days", "amend_reason", "修改原因", "chat_category",
               "咨询类别", "wait_minutes", "resolved", "handled_by"]
    extra = set().union(*(r.keys() for r in ev)) - set(ev_cols) - {"_"}
    assert not extra, extra
    dump("events", ev_cols, rows)

    # orders
    od = sorted(g.orders, key=lambda r: (r["ts"], r["customer_id"], r["order_type"]))
    for i, r in enumerate(od, 1):
        r["order_id"] = f"TP{i:06d}"
    dump("orders", ["order_id", "customer_id", "ts", "amount", "status", "channel", "device", "order_type", "订单类型",
                    "item", "商品名称", "tax_year", "payment_method", "支付方式", "currency", "state", "refunded_at"], od)

    # customers: attributes at the end of the data
    cust = []
    for c in g.customers:
        if c["id"] not in seen and not c["legacy"]:
            continue
        filed = c["filed"]
        if c["lead"]:
            seg = "lead"
        elif 2026 in filed:
            seg = "returning" if (filed & {2024, 2025}) else "new"
        elif filed:
            seg = "lapsed"
        else:
            seg = "prospect"
        pkg = c["package"]
        cust.append(dict(customer_id=c["id"], signup_at=c["signup"], segment=seg, region=c["state"],
                         acquisition_channel=c["acq"], tier=pkg, 获客渠道=ACQ[c["acq"]][0], 所在州=STATES[c["state"]][0],
                         city=c["city"], preferred_language=c["lang"], filer_type=c["ftype"],
                         纳税人类型=FILER[c["ftype"]][0], filing_status=c["status"],
                         报税身份={"single": "单身", "married_joint": "夫妻合报", "married_separate": "夫妻分报",
                               "head_of_household": "户主"}[c["status"]],
                         has_dependents="yes" if c["dependents"] else "no", age_band=c["age"], device=c["device"],
                         套餐等级=PACKAGES[pkg][0] if pkg else None, referrer_id=c["referrer"],
                         last_tax_year_filed=max(SEASONS[y]["ty"] if y in SEASONS else 2023 for y in filed)
                         if filed else None))
        if c["lead"]:   # an anonymous visitor: only what the ad / referral click tells
            for k in ("region", "所在州", "city", "filer_type", "纳税人类型", "filing_status", "报税身份", "has_dependents",
                      "age_band"):
                cust[-1][k] = None
    dump("customers", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier", "获客渠道", "所在州",
                       "city", "preferred_language", "filer_type", "纳税人类型", "filing_status", "报税身份",
                       "has_dependents", "age_band", "device", "套餐等级", "referrer_id", "last_tax_year_filed"], cust)

    # feedback: ids by time (undated last), truth checked against the marker words
    fb = sorted(g.feedback, key=lambda r: (r["ts"] is None, r["ts"] or START, r["text"]))
    for i, r in enumerate(fb, 1):
        r["feedback_id"] = f"FB{i:05d}"
        m = marker_topics(r["text"])
        want = {r["_topic"]} if r["_topic"] in TOPIC_MARKERS else set()
        assert m == want, (r["text"], m, want)
    dump("feedback", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "nps",
                      "language", "platform", "device", "chat_category", "state", "tax_year"], fb)
    dump(None, ["feedback_id", "topic", "sentiment"],
         [dict(feedback_id=r["feedback_id"], topic=r["_topic"], sentiment=r["_sent"]) for r in fb],
         path=out / "_truth" / "feedback_truth.csv")
    return dict(customers=len(cust), events=len(rows), orders=len(od), feedback=len(fb))


def main():
    out = Path(sys.argv[1])
    g = Gen()
    g.run()
    print(write(out, g))


if __name__ == "__main__":
    main()
